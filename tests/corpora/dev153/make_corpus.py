#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent mail corpus dev153 (files d153-0001 ... d153-0150).

150 fictitious outgoing e-mails of the invented "Weserland Versicherung AG"
(domain weserland.example), each labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Standard library only: every attachment (PDF, DOCX,
XLSX, ODT, ODS, ZIP, CSV, ICS, HTML, message/rfc822) is built by hand below.

    python3 make_corpus.py           write mails/ and labels.tsv
    python3 make_corpus.py --check   rebuild in memory and verify everything
"""
import csv
import hashlib
import html.parser
import io
import os
import re
import sys
import textwrap
import zipfile
import zlib
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, default as POLICY_DEFAULT
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd153-'
DOMAIN = 'weserland.example'
ZIP_TIME = (2026, 1, 15, 10, 30, 0)

# ---------------------------------------------------------------- documents

def _wrap(lines, width=92):
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width) or [''])
    return out


def _pdf_str(s):
    b = s.encode('cp1252', errors='replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(lines, title='Dokument', author='Weserland Versicherung AG',
        created='20260115103000'):
    """A small PDF 1.4 with a Helvetica text layer (FlateDecode streams)."""
    if isinstance(lines, str):
        lines = lines.split('\n')
    lines = _wrap(lines)
    per_page = 54
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objs = []
    kids = [5 + 2 * i for i in range(len(pages))]
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (
        ' '.join('%d 0 R' % k for k in kids), len(pages))).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica '
                b'/Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Title (' + _pdf_str(title) + b') /Author (' + _pdf_str(author)
                + b') /Producer (Weserland DMS 4.2) /CreationDate (D:'
                + created.encode() + b"+01'00') >>")
    for i, pg in enumerate(pages):
        cs = b'BT\n/F1 10 Tf\n13 TL\n56 790 Td\n'
        for line in pg:
            cs += b'(' + _pdf_str(line) + b') Tj T*\n'
        cs += b'ET\n'
        comp = zlib.compress(cs, 9)
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>'
                     % (6 + 2 * i)).encode())
        objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp)
                    + comp + b'\nendstream')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offsets:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, xref))
    return bytes(out)


def _zip(files, odf_mimetype=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        if odf_mimetype:
            zi = zipfile.ZipInfo('mimetype', ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, odf_mimetype)
        for name, data in files:
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def zipped(files):
    """ZIP archive of (name, bytes|str) members, fixed timestamps."""
    return _zip(files)


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx(blocks, title='', author='Weserland Versicherung AG'):
    """blocks: str paragraphs ('# ' = bold heading) or list-of-rows tables."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    for b in blocks:
        if isinstance(b, str):
            if b.startswith('# '):
                body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s'
                            '</w:t></w:r></w:p>' % xesc(b[2:]))
            else:
                body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                            % xesc(b))
        else:
            rows = []
            for row in b:
                cells = ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t>'
                                '</w:r></w:p></w:tc>' % xesc(str(c)) for c in row)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl>'
                        % ''.join(rows))
    document = (XML_HEAD + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body>'
                '</w:document>' % (W, ''.join(body)))
    ctypes = (XML_HEAD +
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = (XML_HEAD +
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T10:30:00Z</dcterms:created>'
            '</cp:coreProperties>' % (xesc(title), xesc(author)))
    return _zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                 ('word/document.xml', document), ('docProps/core.xml', core)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); numbers become numeric cells."""
    NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    files = []
    sheet_xml = []
    wb_rels = []
    ct_over = []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        files.append(('xl/worksheets/sheet%d.xml' % si,
                      XML_HEAD + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>'
                      % (NS, ''.join(xr))))
        sheet_xml.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>'
                       % (si, RNS, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                       'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    workbook = (XML_HEAD + '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>'
                % (NS, RNS, ''.join(sheet_xml)))
    ctypes = (XML_HEAD +
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              + ''.join(ct_over) + '</Types>')
    rels = (XML_HEAD +
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>' % RNS)
    wbrels = (XML_HEAD +
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join(wb_rels) + '</Relationships>')
    return _zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                 ('xl/workbook.xml', workbook), ('xl/_rels/workbook.xml.rels', wbrels)] + files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(kind, inner, title):
    mt = 'application/vnd.oasis.opendocument.' + kind
    content = (XML_HEAD + '<office:document-content %s office:version="1.2"><office:body>'
               '%s</office:body></office:document-content>' % (ODF_NS, inner))
    meta = (XML_HEAD + '<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><meta:creation-date>2026-01-15T10:30:00</meta:creation-date>'
            '<meta:generator>Weserland Office</meta:generator></office:meta></office:document-meta>'
            % (ODF_NS, xesc(title)))
    manifest = (XML_HEAD +
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    return _zip([('content.xml', content), ('meta.xml', meta),
                 ('META-INF/manifest.xml', manifest)], odf_mimetype=mt)


def _odf_table(name, rows):
    out = ['<table:table table:name="%s">' % xesc(name)]
    for row in rows:
        out.append('<table:table-row>')
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append('<table:table-cell office:value-type="float" office:value="%s">'
                           '<text:p>%s</text:p></table:table-cell>' % (repr(v), v))
            else:
                out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                           '</table:table-cell>' % xesc(str(v)))
        out.append('</table:table-row>')
    out.append('</table:table>')
    return ''.join(out)


def odt(blocks, title=''):
    inner = []
    for b in blocks:
        if isinstance(b, str):
            if b.startswith('# '):
                inner.append('<text:h text:outline-level="1">%s</text:h>' % xesc(b[2:]))
            else:
                inner.append('<text:p>%s</text:p>' % xesc(b))
        else:
            inner.append(_odf_table('Tabelle%d' % len(inner), b))
    return _odf('text', '<office:text>%s</office:text>' % ''.join(inner), title)


def ods(sheets, title=''):
    inner = ''.join(_odf_table(n, rows) for n, rows in sheets)
    return _odf('spreadsheet', '<office:spreadsheet>%s</office:spreadsheet>' % inner, title)


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ''
        cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics(uid, start, end, summary, location='', description='', organizer=None,
        attendees=(), method='REQUEST', tz='Europe/Berlin'):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Weserland Versicherung//Kalender 3.1//DE',
             'METHOD:' + method, 'BEGIN:VEVENT', 'UID:%s@%s' % (uid, DOMAIN),
             'DTSTAMP:20260115T093000Z',
             'DTSTART;TZID=%s:%s' % (tz, start), 'DTEND;TZID=%s:%s' % (tz, end),
             'SUMMARY:' + _ics_esc(summary)]
    if location:
        lines.append('LOCATION:' + _ics_esc(location))
    if description:
        lines.append('DESCRIPTION:' + _ics_esc(description))
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s'
                     % (cn, mail))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ''.join(_ics_fold(l) + '\r\n' for l in lines)


def csvtext(rows, delimiter=';'):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delimiter, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

# ---------------------------------------------------------------- people

# key: (name, local part, title de, title en, phone)
STAFF = {
    'oltmanns': ('Jana Oltmanns', 'jana.oltmanns', 'Assistance-Koordination | 24h-Notrufzentrale',
                 'Assistance Coordinator | 24/7 Emergency Centre', '+49 421 5570-3310'),
    'faber': ('Dr. med. Henrik Faber', 'henrik.faber', 'Beratungsarzt Reise-Assistance',
              'Medical Officer, Travel Assistance', '+49 421 5570-3390'),
    'aydin': ('Melike Aydın', 'melike.aydin', 'Leistung Reiseversicherung',
              'Travel Claims', '+49 421 5570-3221'),
    'brinkmann': ('Tobias Brinkmann', 'tobias.brinkmann', 'Maklerbetreuung Nord',
                  'Broker Relations North', '+49 421 5570-2140'),
    'claasen': ('Sophie Claasen', 'sophie.claasen', 'Kundenservice Kraftfahrt',
                'Motor Customer Service', '+49 421 5570-4410'),
    'luedemann': ('Frederik Lüdemann', 'frederik.luedemann', 'Schaden Sach/Haftpflicht',
                  'Property & Liability Claims', '+49 421 5570-4620'),
    'wuebbenhorst': ('Anke Wübbenhorst', 'anke.wuebbenhorst', 'Personalabteilung',
                     'Human Resources', '+49 421 5570-1180'),
    'thiele': ('Mareike Thiele', 'mareike.thiele', 'Datenschutzbeauftragte',
               'Data Protection Officer', '+49 421 5570-1099'),
    'gallagher': ('Owen Gallagher', 'owen.gallagher', 'International Health / Expat-Team',
                  'International Health & Expat Team', '+49 421 5570-3560'),
    'raman': ('Priya Raman', 'priya.raman', 'Underwriting Expat',
              'Expat Underwriting', '+49 421 5570-3575'),
    'dierks': ('Lars Dierks', 'lars.dierks', 'IT-Service Desk', 'IT Service Desk',
               '+49 421 5570-7000'),
    'evers': ('Katrin Evers', 'katrin.evers', 'Leistung Leben & Vorsorge',
              'Life & Pensions Claims', '+49 421 5570-2510'),
    'hollmann': ('Benedikt Hollmann', 'benedikt.hollmann', 'Rechtsschutz Schaden',
                 'Legal Expenses Claims', '+49 421 5570-4810'),
    'harms': ('Nele Harms', 'nele.harms', 'Unternehmenskommunikation',
              'Corporate Communications', '+49 421 5570-1020'),
    'roolfs': ('Stefan Roolfs', 'stefan.roolfs', 'Einkauf', 'Procurement',
               '+49 421 5570-1350'),
    'dubois': ('Claire Dubois', 'claire.dubois', 'Case Management Rücktransporte',
               'Repatriation Case Manager', '+49 421 5570-3340'),
    'meyerdierks': ('Gesa Meyerdierks', 'gesa.meyerdierks', 'Leistung Krankenversicherung',
                    'Health Claims', '+49 421 5570-2720'),
    'kueck': ('Jonas Kück', 'jonas.kueck', 'Firmenkunden Gewerbe', 'Commercial Clients',
              '+49 421 5570-5130'),
    'stubbe': ('Hauke Stubbe', 'hauke.stubbe', 'Kfz-Schaden', 'Motor Claims',
               '+49 421 5570-4470'),
    'rasch': ('Imke Rasch', 'imke.rasch', 'Beschwerdemanagement', 'Complaints Management',
              '+49 421 5570-1240'),
    'okafor': ('Ruth Okafor', 'ruth.okafor', 'Studenten- & Au-pair-Programme',
               'Student & Au-pair Programmes', '+49 421 5570-3610'),
    'petersen': ('Malte Petersen', 'malte.petersen', 'Underwriting Reise & Firmenreisen',
                 'Travel & Business Travel Underwriting', '+49 421 5570-3120'),
}
TEAM = {
    'notruf': ('Weserland Assistance 24h', 'notruf'),
    'reise': ('Weserland Reiseversicherung', 'reise'),
    'service': ('Weserland Kundenservice', 'service'),
    'newsletter': ('Weserland Newsletter', 'newsletter'),
    'portal': ('Weserland SecureMail', 'securemail'),
    'datenschutz': ('Datenschutz Weserland', 'datenschutz'),
    'makler': ('Weserland Maklerservice', 'maklerservice'),
    'expat': ('Weserland Expat Care', 'expat'),
    'karriere': ('Weserland Karriere', 'karriere'),
    'noreply': ('Weserland Versicherung', 'no-reply'),
}


def who(key):
    """Address for a staff key, team key, (name, email) tuple or bare email."""
    if isinstance(key, Address):
        return key
    if isinstance(key, tuple):
        name, mail = key
        local, dom = mail.split('@')
        return Address(name, local, dom)
    if key in STAFF:
        return Address(STAFF[key][0], STAFF[key][1], DOMAIN)
    if key in TEAM:
        return Address(TEAM[key][0], TEAM[key][1], DOMAIN)
    local, dom = key.split('@')
    return Address('', local, dom)


def mail_of(key):
    a = who(key)
    return a.addr_spec


HOTLINE = '+49 421 5570-112'


def sig(key, lang='de', short=False):
    name, local, tde, ten, phone = STAFF[key]
    if short:
        return '%s\n%s' % (name.replace('Dr. med. ', 'Dr. '), tde if lang == 'de' else ten)
    if lang == 'de':
        return ('Mit freundlichen Grüßen\n\n%s\n%s\nWeserland Versicherung AG\n'
                'Am Speicherhof 12, 28217 Bremen\nTel. %s\n%s@%s' % (name, tde, phone, local, DOMAIN))
    return ('Kind regards,\n\n%s\n%s\nWeserland Versicherung AG\n'
            'Am Speicherhof 12, 28217 Bremen, Germany\nPhone %s\n%s@%s'
            % (name, ten, phone, local, DOMAIN))


FOOT_DE = """--
Weserland Versicherung AG | Am Speicherhof 12 | 28217 Bremen
Vorsitzender des Aufsichtsrats: Dr. Konrad Behnken
Vorstand: Ulrike Feldhaus (Vors.), Marten Siefken, Dr. Yasemin Korkmaz
Sitz der Gesellschaft: Bremen | Registergericht: Amtsgericht Bremen HRB 40917 HB

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet."""

FOOT_EN = """--
Weserland Versicherung AG | Am Speicherhof 12 | 28217 Bremen | Germany
Chairman of the Supervisory Board: Dr. Konrad Behnken
Management Board: Ulrike Feldhaus (CEO), Marten Siefken, Dr. Yasemin Korkmaz
Registered office: Bremen | Amtsgericht Bremen HRB 40917 HB

This e-mail may contain confidential and/or privileged information. If you
are not the intended recipient (or have received this e-mail in error)
please notify the sender immediately and destroy this e-mail. Any
unauthorised copying, disclosure or distribution of the material in this
e-mail is strictly forbidden."""

FOOT_SHORT = ("--\nWeserland Versicherung AG, Bremen | AG Bremen HRB 40917 HB | "
              "Vorstand: U. Feldhaus (Vors.), M. Siefken, Dr. Y. Korkmaz")

# ---------------------------------------------------------------- mails

MAILS = []
CTYPES = {
    'pdf': ('application', 'pdf'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'odt': ('application', 'vnd.oasis.opendocument.text'),
    'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'),
    'zip': ('application', 'zip'),
    'csv': ('text', 'csv'),
    'ics': ('text', 'calendar'),
    'html': ('text', 'html'),
    'htm': ('text', 'html'),
    'txt': ('text', 'plain'),
}


def when(s):
    """'2026-03-04 09:12' -> aware datetime in German local time."""
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M')
    summer = datetime(2026, 3, 29, 2, 0) <= dt < datetime(2026, 10, 25, 3, 0)
    return dt.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def M(n, label, lang, kind, reason, frm, to, subject, date, body=None, *, cc=(),
      html=None, html_only=False, charset='utf-8', cte=None, html_cte=None, atts=(),
      headers=(), reply_to=None, mid_style=0):
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, frm=frm,
                      to=list(to) if isinstance(to, list) else [to],
                      subject=subject, date=date, body=body, cc=cc, html=html,
                      html_only=html_only, charset=charset, cte=cte, html_cte=html_cte,
                      atts=atts, headers=headers, reply_to=reply_to, mid_style=mid_style))


def msgid(n, date, style=0, salt=''):
    h = hashlib.sha1(('d153-%d-%s' % (n, salt)).encode()).hexdigest().upper()
    dt = when(date)
    if style == 1:   # Exchange-like
        return '<%s%s@EXCH02.weserland.example>' % (h[:12], h[12:20].lower())
    if style == 2:   # Thunderbird-like
        return '<%s-%s-%s@%s>' % (h[:8].lower(), h[8:12].lower(), h[12:24].lower(), DOMAIN)
    return '<%s.%s.d153@mail.%s>' % (dt.strftime('%Y%m%d%H%M%S'), h[:10].lower(), DOMAIN)


def _set_text(part, text, subtype, charset, cte):
    if cte is None:
        try:
            text.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)


def inner_mail(frm, to, subject, date, body, charset='utf-8', cte=None, atts=(),
               n=0, cc=(), salt='fwd'):
    """A message object used as forwarded message/rfc822 attachment."""
    m = dict(n=n, frm=frm, to=to if isinstance(to, list) else [to], subject=subject,
             date=date, body=body, cc=cc, html=None, html_only=False, charset=charset,
             cte=cte, html_cte=None, atts=atts, headers=(), reply_to=None, mid_style=2)
    return _build(m, inner=salt)


def _build(m, inner=False):
    msg = EmailMessage(policy=SMTP)
    msg['From'] = who(m['frm'])
    msg['To'] = [who(t) for t in m['to']]
    if m['cc']:
        msg['Cc'] = [who(t) for t in m['cc']]
    if m['reply_to']:
        msg['Reply-To'] = who(m['reply_to'])
    msg['Subject'] = m['subject']
    msg['Date'] = format_datetime(when(m['date']))
    msg['Message-ID'] = msgid(m['n'], m['date'], m['mid_style'], inner or '')
    for k, v in m['headers']:
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    if m['html_only']:
        _set_text(msg, m['html'] if m['html'] is not None else m['body'], 'html',
                  m['charset'], m['html_cte'] or m['cte'])
    else:
        _set_text(msg, m['body'], 'plain', m['charset'], m['cte'])
        if m['html'] is not None:
            alt = EmailMessage(policy=SMTP)
            _set_text(alt, m['html'], 'html', m['charset'], m['html_cte'] or m['cte'])
            msg.make_alternative()
            msg.attach(alt)
    for att in m['atts']:
        fname, data = att[0], att[1]
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=fname)
            continue
        ext = fname.rsplit('.', 1)[-1].lower()
        maintype, subtype = att[2].split('/') if len(att) > 2 and att[2] else CTYPES[ext]
        if isinstance(data, str):
            cs = att[3] if len(att) > 3 else 'utf-8'
            msg.add_attachment(data.encode(cs), maintype=maintype, subtype=subtype,
                               filename=fname)
            part = msg.get_payload()[-1]
            part.set_param('charset', cs)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in msg.walk():
        if part is not msg and 'Message-ID' not in part:
            del part['MIME-Version']
        if part.get_content_maintype() == 'multipart':
            i += 1
            part.set_boundary('----=_Part_%d_%s.%d' % (
                m['n'], 'i' if inner else 'o', i * 7919 + m['n']))
    return msg


def build(m):
    try:
        return _build(m).as_bytes(policy=SMTP)
    except Exception as e:
        raise RuntimeError('building mail %d: %s' % (m['n'], e)) from e


def label_rows():
    return [('%s%04d.eml' % (PREFIX, m['n']), m['label'], m['lang'], m['kind'], m['reason'])
            for m in sorted(MAILS, key=lambda x: x['n'])]


def labels_tsv():
    bio = io.StringIO()
    bio.write('file\tlabel\tlang\tkind\treason\n')
    for r in label_rows():
        for f in r:
            assert '\t' not in f and '\n' not in f, r
        bio.write('\t'.join(r) + '\n')
    return bio.getvalue().encode('utf-8')

# ---------------------------------------------------------------- checks

IBAN_LEN = {'DE': 22, 'AT': 20, 'ES': 24, 'NL': 18, 'FR': 27, 'CH': 21, 'GB': 22,
            'IT': 27, 'PT': 25, 'BE': 16, 'LU': 20, 'PL': 28, 'DK': 18}
# deliberately wrong IBAN (customer typo quoted in d153-0093, CONFIDENTIAL)
KNOWN_BAD_IBANS = {'DE44358623580771726417'}


def iban_ok(s):
    s = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def find_ibans(text):
    found = []
    for mm in re.finditer(r'\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,31})', text):
        cc = mm.group(1)
        if cc not in IBAN_LEN:
            continue
        raw = (cc + mm.group(2) + mm.group(3)).replace(' ', '')
        if len(raw) < IBAN_LEN[cc]:
            continue
        found.append(raw[:IBAN_LEN[cc]])
    return found


def pdf_text(b):
    assert b.startswith(b'%PDF-1.'), 'no PDF header'
    assert b.rstrip().endswith(b'%%EOF'), 'no EOF'
    sx = int(re.search(rb'startxref\n(\d+)\n', b).group(1))
    assert b[sx:sx + 4] == b'xref', 'bad startxref'
    offs = re.findall(rb'(\d{10}) 00000 n ', b[sx:])
    for i, o in enumerate(offs, 1):
        assert b[int(o):].startswith(b'%d 0 obj' % i), 'bad xref entry %d' % i
    out = []
    for mm in re.finditer(rb'/Length (\d+) /Filter /FlateDecode >>\nstream\n', b):
        ln = int(mm.group(1))
        cs = zlib.decompress(b[mm.end():mm.end() + ln])
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', cs):
            s = re.sub(rb'\\(.)', rb'\1', t.group(1))
            out.append(s.decode('cp1252'))
    return '\n'.join(out)


def xml_text(data):
    root = ET.fromstring(data)
    return ' '.join(t for t in root.itertext())


class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.t = []

    def handle_data(self, d):
        self.t.append(d)


def html_text(s):
    p = _HP()
    p.feed(s)
    p.close()
    return ' '.join(p.t)


def open_attachment(fname, data, stats, depth=0):
    """Open an attachment by its type; return its text."""
    ext = fname.rsplit('.', 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == 'pdf':
        t = pdf_text(data)
        assert t.strip(), 'empty PDF text layer: ' + fname
        return t
    if ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        names = z.namelist()
        if ext == 'docx':
            assert '[Content_Types].xml' in names
            return xml_text(z.read('word/document.xml'))
        if ext == 'xlsx':
            assert '[Content_Types].xml' in names
            return ' '.join(xml_text(z.read(n)) for n in names if n.startswith('xl/worksheets/'))
        if ext in ('odt', 'ods'):
            assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == 0
            assert z.read('mimetype').decode().endswith('text' if ext == 'odt' else 'spreadsheet')
            xml_text(z.read('META-INF/manifest.xml'))
            return xml_text(z.read('content.xml'))
        texts = []
        for n in names:
            if n.endswith('/'):
                continue
            texts.append(open_attachment(n, z.read(n), stats, depth + 1))
        return '\n'.join(texts)
    if ext == 'eml':
        inner = message_from_bytes(data, policy=POLICY_DEFAULT)
        return check_message(inner, stats, None)
    text = data.decode('utf-8') if isinstance(data, bytes) else data
    if ext == 'csv':
        rows = list(csv.reader(io.StringIO(text), delimiter=';'))
        assert rows and len(rows[0]) > 1, 'CSV without columns: ' + fname
    elif ext == 'ics':
        assert text.startswith('BEGIN:VCALENDAR') and 'END:VCALENDAR' in text
        assert '\r\n' in text
    elif ext in ('html', 'htm'):
        text = html_text(text)
    return text


ALLOWED_CHARSETS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}


def check_message(msg, stats, problems):
    texts = []
    for k in ('subject', 'from', 'to', 'cc'):
        if msg[k] is not None:
            texts.append(str(msg[k]))
            if getattr(msg[k], 'defects', None):
                raise AssertionError('header defect in %s: %r' % (k, msg[k].defects))
    for k in ('from', 'to', 'cc', 'reply-to'):
        if msg[k] is not None:
            for a in msg[k].addresses:
                assert a.domain.endswith('.example'), 'non-example address ' + a.addr_spec
    for part in msg.walk():
        assert not part.defects, 'MIME defects: %r' % (part.defects,)
        ct = part.get_content_type()
        fname = part.get_filename()
        if part.is_multipart():
            continue
        if ct == 'message/rfc822':
            continue
        if fname:
            payload = part.get_payload(decode=True)
            if ct.startswith('text/'):
                cs = part.get_content_charset() or 'us-ascii'
                assert cs in ALLOWED_CHARSETS, cs
                payload = payload.decode(cs)
            texts.append(open_attachment(fname, payload, stats))
        elif ct.startswith('text/'):
            cs = part.get_content_charset()
            assert cs in ALLOWED_CHARSETS, 'charset %s' % cs
            stats['charset:' + cs] = stats.get('charset:' + cs, 0) + 1
            stats['cte:' + part.get('Content-Transfer-Encoding', '7bit')] = \
                stats.get('cte:' + part.get('Content-Transfer-Encoding', '7bit'), 0) + 1
            t = part.get_content()
            texts.append(html_text(t) if ct == 'text/html' else t)
        else:
            raise AssertionError('unnamed non-text part ' + ct)
    # forwarded messages
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            stats['eml'] = stats.get('eml', 0) + 1
            inner = part.get_payload()[0]
            assert inner['Message-ID'], 'inner message without Message-ID'
    return '\n'.join(texts)


def check(files):
    errors = []
    ids = set()
    counts = {}
    langs = {}
    kinds = {}
    stats = {}
    tops = {}
    for m in sorted(MAILS, key=lambda x: x['n']):
        name = '%s%04d.eml' % (PREFIX, m['n'])
        try:
            data = files[name]
            disk = os.path.join(HERE, 'mails', name)
            with open(disk, 'rb') as fh:
                assert fh.read() == data, 'differs from file on disk'
            assert re.search(rb'(?<!\r)\n', data) is None, 'bare LF'
            assert b'\r\n' in data
            msg = message_from_bytes(data, policy=POLICY_DEFAULT)
            mid = msg['Message-ID']
            assert mid and mid not in ids, 'Message-ID missing or duplicate'
            ids.add(mid)
            assert mid.strip('<>').split('@')[1].endswith('.example')
            assert msg['Date'].datetime.year == 2026
            tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
            text = check_message(msg, stats, errors)
            for host in re.findall(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)', text):
                assert host.lower().endswith('.example'), 'host ' + host
            for host in re.findall(r'https?://([^/\s"\'<>)]+)', text):
                assert host.lower().endswith('.example'), 'url host ' + host
            for host in re.findall(r'\bwww\.([\w-]+(?:\.[\w-]+)+)', text):
                assert host.lower().endswith('.example'), 'www host ' + host
            for ib in find_ibans(text):
                if ib in KNOWN_BAD_IBANS:
                    continue
                assert iban_ok(ib), 'IBAN checksum ' + ib
        except Exception as e:  # noqa
            errors.append('%s: %s: %s' % (name, type(e).__name__, e))
        counts[m['label']] = counts.get(m['label'], 0) + 1
        langs[(m['label'], m['lang'])] = langs.get((m['label'], m['lang']), 0) + 1
        kinds[m['kind']] = kinds.get(m['kind'], 0) + 1
    with open(os.path.join(HERE, 'labels.tsv'), 'rb') as fh:
        if fh.read() != labels_tsv():
            errors.append('labels.tsv differs from generator')
    nums = sorted(m['n'] for m in MAILS)
    if nums != list(range(1, 151)):
        errors.append('mail numbers not 1..150')
    want = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
    if counts != want:
        errors.append('label counts %r != %r' % (counts, want))
    for m in MAILS:
        if m['label'] == 'NORMAL' and 'trap:' not in m['reason'] and 'grey:' not in m['reason']:
            pass
    return errors, counts, langs, kinds, stats, tops


def main():
    files = {}
    for m in MAILS:
        files['%s%04d.eml' % (PREFIX, m['n'])] = build(m)
    if '--check' in sys.argv:
        errors, counts, langs, kinds, stats, tops = check(files)
        print('mails: %d' % len(files))
        print('labels: ' + ', '.join('%s %d' % (k, counts.get(k, 0)) for k in
                                     ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')))
        lt = {}
        for (lab, lang), c in langs.items():
            lt[lang] = lt.get(lang, 0) + c
        print('languages: ' + ', '.join('%s %d' % (k, lt[k]) for k in sorted(lt)))
        for lab in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'):
            print('  %-22s %s' % (lab, ', '.join('%s %d' % (l, langs.get((lab, l), 0))
                                                 for l in ('de', 'en', 'mixed'))))
        print('top-level types: ' + ', '.join('%s %d' % kv for kv in sorted(tops.items())))
        print('kinds: ' + ', '.join('%s %d' % kv for kv in sorted(kinds.items())))
        print('parts/attachments: ' + ', '.join('%s %d' % kv for kv in sorted(stats.items())))
        print('traps: %d of %d NORMAL mails' % (
            sum(1 for m in MAILS if m['label'] == 'NORMAL' and 'trap:' in m['reason']),
            counts.get('NORMAL', 0)))
        if errors:
            print('FAILED (%d problems):' % len(errors))
            for e in errors:
                print('  ' + e)
            sys.exit(1)
        print('check OK: byte-identical rebuild, CRLF, no MIME defects, unique Message-IDs, '
              '.example hosts, charsets, IBAN checksums, attachments open, label counts')
        return
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(HERE, 'mails', name), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(labels_tsv())
    print('wrote %d mails and labels.tsv' % len(files))

# ======================================================================
# MAILS 1-25
# ======================================================================

M(1, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'wife informed: husband in clinic in Palma with suspected myocardial infarction (I21.9), cost cover granted, travel health case',
  'oltmanns', ('Heike Wöltje', 'heike.woeltje@netzpost.example'),
  'Ihr Anruf heute Nacht – Kostenübernahme Clínica Son Verí, Fall WA-26-01877',
  '2026-05-14 06:42', """Sehr geehrte Frau Wöltje,

wie heute Nacht am Telefon besprochen, fasse ich Ihnen den Stand kurz schriftlich zusammen.

Ihr Mann, Herr Herbert Wöltje, ist gestern Abend gegen 22:30 Uhr Ortszeit in die
Clínica Son Verí in Palma aufgenommen worden. Die behandelnde Kardiologin, Dra. Pons,
geht von einem Herzinfarkt aus (Verdachtsdiagnose I21.9), die Herzkatheteruntersuchung
ist für heute Vormittag angesetzt. Er ist ansprechbar und kreislaufstabil.

Wir haben der Klinik um 01:15 Uhr eine Kostenübernahmeerklärung aus seiner
Auslandsreisekrankenversicherung (Vertrag RK 2209 4471) geschickt. Sie müssen also
nichts vorstrecken und vor Ort keine Kreditkarte hinterlegen – falls die Verwaltung
trotzdem danach fragt, geben Sie bitte unsere Fallnummer WA-26-01877 an.

Unser Beratungsarzt Dr. Faber spricht heute Mittag mit der Klinik. Ob und wann ein
Rücktransport nach Bremen sinnvoll ist, entscheiden wir erst nach dem Eingriff.
Ich melde mich spätestens morgen früh wieder bei Ihnen.

Sie erreichen die Notrufzentrale rund um die Uhr unter """ + HOTLINE + """.

""" + sig('oltmanns') + '\n' + FOOT_DE, mid_style=1)


M(2, 'NORMAL', 'en', 'insurer-to-partner',
  'trap: SLA review invitation with assistance partner, "medical cases", "repatriation" and response times only as aggregates, ICS invite',
  'oltmanns', [('Rebecca Farrugia', 'r.farrugia@meridian-assist.example'),
               ('Daniel Camilleri', 'd.camilleri@meridian-assist.example')],
  'Q1 service review – Meridian / Weserland', '2026-04-08 11:05', """Dear Rebecca, dear Daniel,

as agreed in February, here is the invite for our quarterly service review. Proposed agenda:

1. Q1 figures: call volume, time to first medical contact, guarantee-of-payment turnaround
   (our numbers show 94 % of GOPs issued within 4 hours, target is 95 %)
2. Repatriation flights: subcontractor performance, the two delayed ambulance jets in
   March (root cause only, no case discussion please – we do that on the secure line)
3. New hospital network for the Canary Islands
4. Escalation contacts for the summer peak, holiday cover on both sides
5. AOB

We'll send the Q1 dashboard a few days before. Teams link is in the invite.

Best,
Jana

""" + sig('oltmanns', 'en', short=True) + '\n' + FOOT_EN,
  atts=[('Service_Review_Q1.ics',
         ics('sr-q1-2026-meridian', '20260423T140000', '20260423T153000',
             'Service Review Q1 Meridian / Weserland', 'Microsoft Teams',
             'Quarterly SLA review. Agenda see mail.',
             ('Jana Oltmanns', 'jana.oltmanns@weserland.example'),
             [('Rebecca Farrugia', 'r.farrugia@meridian-assist.example'),
              ('Daniel Camilleri', 'd.camilleri@meridian-assist.example'),
              ('Claire Dubois', 'claire.dubois@weserland.example')]))])


M(3, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'travel cancellation paid after job loss (no health reason), named customer, policy and IBAN',
  'aydin', ('Ole Tammling', 'ole.tammling@kabelmail.example'),
  'Reiserücktritt Kreta – Erstattung, Schaden RR-26-00312', '2026-03-02 14:20', """Hallo Herr Tammling,

Ihre Unterlagen sind vollständig, danke für die schnelle Nachreichung der Kündigung
Ihres Arbeitgebers. Der Verlust des Arbeitsplatzes nach Reisebuchung ist in Ihrem
Tarif "Reiserücktritt Komfort" (Vertrag RR 5510 2287) versichert.

Abrechnung:
  Stornokosten laut Reiseveranstalter   2.184,00 EUR
  abzüglich Selbstbehalt 20 %            -436,80 EUR
  Erstattung                            1.747,20 EUR

Der Betrag geht in den nächsten drei Werktagen auf das von Ihnen angegebene Konto
IBAN DE63 7104 6999 8563 8859 33 (Kontoinhaber Ole Tammling).

Viel Erfolg bei der Jobsuche – und vielleicht klappt es mit Kreta ja im Herbst.

""" + sig('aydin') + '\n' + FOOT_DE, charset='utf-8', cte='8bit')


M(4, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
  'body names only case number; attached guarantee of payment names patient, birth date and dengue fever (A90)',
  'dubois', ('International Patient Office', 'ipo@riverside-bkk.example'),
  'GOP WA-26-02215', '2026-02-11 03:58', """Dear colleagues,

please find attached our guarantee of payment for case WA-26-02215.
Kindly send the itemised interim bill every 72 hours to assistance@weserland.example.

Thank you,
Claire Dubois
Weserland Assistance 24h | """ + HOTLINE + """
""",
  atts=[('GOP_WA-26-02215.pdf', pdf([
      'Weserland Versicherung AG - Assistance 24h',
      'Am Speicherhof 12, 28217 Bremen, Germany',
      '',
      'GUARANTEE OF PAYMENT',
      '',
      'To: Bangkok Riverside International Hospital, International Patient Office',
      'Our reference: WA-26-02215          Date: 11 February 2026',
      '',
      'Patient: Mr Jannik Brüggemann',
      'Date of birth: 17/09/1994          Passport: C7H2K91LX',
      'Policy: Auslandsreisekrankenversicherung RK 3307 1180, valid 02/01/2026 - 31/03/2026',
      'Admission: 10 February 2026, ward 7B',
      'Diagnosis (as reported by the hospital): Dengue fever (A90), thrombocytopenia',
      '',
      'We guarantee payment of medically necessary inpatient treatment up to',
      'THB 350,000 (three hundred fifty thousand Baht) for this admission.',
      'Excluded: personal items, telephone, upgrade to VIP suite, companion bed.',
      'Any extension beyond the amount requires our written approval.',
      '',
      'Please send the medical report and the final itemised invoice to:',
      'assistance@weserland.example, quoting WA-26-02215.',
      '',
      'Claire Dubois, Repatriation Case Manager',
      'Weserland Assistance 24h, +49 421 5570-112'], title='Guarantee of payment WA-26-02215'))])


M(5, 'NORMAL', 'de', 'newsletter',
  'trap: customer newsletter on travel health (vaccinations, malaria prophylaxis, emergency number), no personal data',
  'newsletter', ('Weserland Kundinnen und Kunden', 'kundennewsletter@listen.weserland.example'),
  'Sommer, Sonne, Sicherheit – Ihr Reise-Check 2026', '2026-06-03 08:00', """Weserland Kundenbrief Juni 2026
================================

Sommer, Sonne, Sicherheit – fünf Dinge vor der Reise

1. Impfungen prüfen
   Masern, Tetanus, Diphtherie: Ein Blick in den Impfpass lohnt sich. Für Fernreisen
   empfiehlt sich ein Termin in der reisemedizinischen Beratung 6–8 Wochen vor Abflug.

2. Malaria-Prophylaxe
   Ob Tabletten oder Notfall-Selbstbehandlung sinnvoll sind, hängt vom Reiseziel ab.
   Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.

3. Reiseapotheke
   Schmerzmittel, Mittel gegen Durchfall, Pflaster, Sonnenschutz – und Ihre
   regelmäßigen Medikamente in ausreichender Menge im Handgepäck.

4. Notrufnummer speichern
   Unsere Notrufzentrale ist weltweit rund um die Uhr erreichbar: """ + HOTLINE + """

5. Krankenhaus im Ausland?
   Rufen Sie uns möglichst früh an. Wir sprechen mit den Ärzten vor Ort, übernehmen
   die Kosten direkt mit der Klinik und organisieren, wenn nötig, den Rücktransport.

Mehr Tipps: https://www.weserland.example/reise

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://www.weserland.example/newsletter/abmelden
Weserland Versicherung AG, Am Speicherhof 12, 28217 Bremen
""",
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Reise-Check 2026</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b3a">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b4f6c;color:#fff;padding:18px"><h1 style="margin:0">Sommer, Sonne, Sicherheit</h1>
<p style="margin:4px 0 0">Weserland Kundenbrief Juni 2026</p></td></tr>
<tr><td style="padding:16px">
<h2>Fünf Dinge vor der Reise</h2>
<ol>
<li><b>Impfungen prüfen</b> – Masern, Tetanus, Diphtherie. Für Fernreisen 6–8 Wochen vorher zur reisemedizinischen Beratung.</li>
<li><b>Malaria-Prophylaxe</b> – Tabletten oder Notfall-Selbstbehandlung? Das hängt vom Reiseziel ab.</li>
<li><b>Reiseapotheke</b> – Schmerzmittel, Mittel gegen Durchfall, Pflaster, Sonnenschutz und Ihre regelmäßigen Medikamente ins Handgepäck.</li>
<li><b>Notrufnummer speichern</b> – weltweit rund um die Uhr: <a href="tel:+494215570112">""" + HOTLINE + """</a></li>
<li><b>Krankenhaus im Ausland?</b> – Rufen Sie uns früh an. Wir regeln die Kosten direkt mit der Klinik und organisieren den Rücktransport.</li>
</ol>
<p><a href="https://www.weserland.example/reise">Mehr Tipps für Ihre Reise</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#667;padding:16px">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.weserland.example/newsletter/abmelden">Abmelden</a><br>
Weserland Versicherung AG, Am Speicherhof 12, 28217 Bremen</td></tr>
</table></body></html>
""", headers=[('List-Unsubscribe', '<https://www.weserland.example/newsletter/abmelden>'),
              ('Precedence', 'bulk')])


M(6, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
  'broker gets family annual travel policy offer with birth dates of parents and children (no health content)',
  'brinkmann', ('Svenja Tammen', 's.tammen@tammen-makler.example'),
  'AW: Jahresreiseschutz Familie Janssen – Angebot', '2026-01-19 16:12', """Hallo Frau Tammen,

anbei die Zahlen für Familie Janssen. Für den Familientarif brauchen wir alle
Geburtsdaten, die Sie mir ja schon geschickt haben – ich habe sie so übernommen:

  Frerk Janssen      geb. 03.08.1981
  Maike Janssen      geb. 21.12.1983
  Tjark Janssen      geb. 14.05.2013
  Lina Janssen       geb. 30.09.2016

Jahresreiseschutz "Familie Plus" (Rücktritt bis 6.000 EUR je Reise, Gepäck,
Reiseabbruch), Wohnsitz Leer, Beginn 01.02.2026: 219,00 EUR Jahresbeitrag.
Ohne Reisekrankenversicherung, die hat die Familie laut Ihrer Info schon woanders.

Wenn das passt, schicken Sie mir bitte nur noch den unterschriebenen Antrag,
die SEPA-Daten können wir dann über das Maklerportal erfassen.

Viele Grüße aus Bremen
Tobias Brinkmann

> Von: Svenja Tammen <s.tammen@tammen-makler.example>
> Gesendet: Montag, 19. Januar 2026 10:03
> Betreff: Jahresreiseschutz Familie Janssen
>
> Moin Herr Brinkmann, können Sie mir für die Familie Janssen aus Leer ein
> Angebot für den Jahresreiseschutz machen? 2 Erwachsene, 2 Kinder.
> Gruß, Svenja Tammen

""" + FOOT_SHORT, mid_style=1)


M(7, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
  'medical officer decides repatriation of named patient after stroke (I63.5), transport mode, oxygen',
  'faber', 'dubois', 'Rücktransport Wöhlken (WA-26-03102) – med. Freigabe',
  '2026-07-22 13:47', """Claire,

habe eben mit dem Stationsarzt im Hospital Costa Azahar in Valencia gesprochen.

Pat.: Gerda Wöhlken, 78 J.
Dx: ischämischer Schlaganfall li. Mediastromgebiet (I63.5), Lyse am 19.07.,
    Hemiparese re. (Arm > Bein), leichte Aphasie, schluckt wieder breiige Kost.
Vitalparameter stabil, SpO2 96 % unter 2 l O2, ohne O2 91 %.
Vorerkrankungen: VHF, Marcumar bisher, jetzt auf Apixaban umgestellt.

Bewertung: transportfähig ab 24.07., aber NICHT Linienflug sitzend. Ich empfehle
Ambulanzjet mit Arztbegleitung, liegend, O2 kontinuierlich, Zielklinik Stroke Unit
Klinikum Bremen-Mitte (Bettenzusage hole ich morgen). Tochter möchte mitfliegen –
aus meiner Sicht unproblematisch, wenn Aerocura einen Platz hat.

Kannst du bei Aerocura anfragen und die Kostenfreigabe vorbereiten?

Henrik

--
Dr. med. Henrik Faber
Beratungsarzt Reise-Assistance
""", cte='quoted-printable')


M(8, 'NORMAL', 'en', 'internal',
  'trap: IT ticket about upload of "medical reports" failing in the case tool, no case or patient data',
  'dierks', ('Expat Team', 'expat-team@weserland.example'),
  'RE: [INC-204417] Upload of medical reports fails in CaseNet (files > 20 MB)',
  '2026-02-24 09:31', """Hi all,

quick update on INC-204417.

Root cause: the proxy in front of CaseNet rejects uploads larger than 20 MB. Scanned
medical reports from some hospitals (Dubai and Singapore in particular) come as
multi-page TIFFs converted to PDF and easily exceed that.

Workaround until the change on Thursday night:
- ask the hospital to split the report, or
- save the PDF with "reduced size" in Acrobat before uploading
- do NOT send the file to your personal mailbox or a USB stick to shrink it

The proxy limit will go up to 100 MB on 26 Feb (change CHG-11820, 22:00-23:00,
CaseNet read-only during that hour).

Thanks for your patience,
Lars

Lars Dierks | IT Service Desk | ext. 7000
""", charset='us-ascii', headers=[('X-Ticket-ID', 'INC-204417')])


M(9, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-doctor',
  'GP asked for prior findings (diabetes, foot ulcer) of named patient; English query of Cape Town hospital quoted',
  'faber', ('Praxis Dr. Schütte-Lamprecht', 'praxis@hausarzt-lamprecht.example'),
  'Ihr Patient Reinhard Ostendorf, geb. 02.04.1955 – Rückfrage Sunrise Medical Centre Kapstadt',
  '2026-03-09 10:16', """Sehr geehrte Frau Kollegin Schütte-Lamprecht,

Ihr Patient Herr Reinhard Ostendorf (geb. 02.04.1955, Bremen-Vegesack) wird seit dem
05.03. im Sunrise Medical Centre in Kapstadt stationär behandelt. Eine
Schweigepflichtentbindung für Sie liegt uns vor (unterschrieben am 06.03., anbei
auf Wunsch).

Die Klinik fragt nach Vorbefunden, weil sie eine Amputation diskutiert. Die Anfrage
der Kollegen unten im Original. Könnten Sie uns die letzten HbA1c-Werte, den
aktuellen Medikamentenplan und ggf. den Bericht der Fußambulanz faxen
(0421 5570-3399) oder über unser Portal hochladen? Per normaler E-Mail bitte nicht.

Kollegiale Grüße
Henrik Faber

-------- Forwarded message --------
From: Dr Thandi Mokoena <t.mokoena@sunrise-medical.example>
Date: Sun, 8 Mar 2026 19:02 +0200
Subject: Mr R. Ostendorf – request for previous records

Dear Dr Faber,
Mr Ostendorf (70) was admitted with an infected diabetic foot ulcer, right
forefoot (E11.74, L97), osteomyelitis of the 2nd metatarsal on MRI. He says he has
been treated by his GP for "sugar" for 15 years and had a toe problem last year.
Before we consent him for a partial ray amputation we would appreciate his HbA1c
history, his medication list and any vascular studies.
Kind regards, Thandi Mokoena, MBChB, Surgical Registrar

""" + sig('faber') + '\n' + FOOT_DE)


M(10, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'au-pair in the USA: baggage claim settled, policy number and IBAN of named person, no health content',
  'okafor', ('Marta Ilić', 'marta.ilic@uni-mail.example'),
  'Your baggage claim – JFK, suitcase delayed 5 days (claim GP-26-0441)',
  '2026-09-15 17:40', """Hi Marta,

good news: we've settled your baggage claim under your au-pair policy AP 7734 0021.

Emergency purchases while your suitcase was missing (receipts from Target and
Old Navy, 9-13 Sept):      USD 286.40
converted at 0.9214:         EUR 263.89
Limit for delayed baggage:   EUR 400.00

We'll transfer EUR 263.89 to your German account DE67 3699 1435 4056 7209 29 –
as requested, not to the US account of your host family.

Enjoy the rest of your year in New Jersey!

Ruth

""" + sig('okafor', 'en') + '\n' + FOOT_EN, charset='utf-8')


M(11, 'NORMAL', 'de', 'insurer-to-supplier',
  'trap: print order for emergency wallet cards ("Notfall", "Krankenhaus im Ausland") with hotline, company bank details only',
  'roolfs', ('Auftragsannahme Druckhaus Hemelingen', 'auftrag@druckhaus-hemelingen.example'),
  'Bestellung 4500018822 – Notfallkarten Reise 2026', '2026-01-27 11:09', """Guten Tag Herr Brandt,

hiermit bestellen wir verbindlich gemäß Ihrem Angebot AN-2026-0117 vom 20.01.2026:

Pos. 1  Notfallkarte Reise, Scheckkartenformat, 2-seitig 4/4-farbig,
        350 g Bilderdruck matt, Ecken gerundet            25.000 Stk.
Pos. 2  Versandtasche C6 mit Sichtfenster, bedruckt        25.000 Stk.

Text Vorderseite: "Notfall im Ausland? Krankenhaus, Arzt, Rücktransport -
wir helfen rund um die Uhr: """ + HOTLINE + """"
Rückseite: Feld "Versicherungsnummer" zum Selbsteintragen (leer lassen!).

Druckdaten kommen bis 30.01. von unserer Agentur. Liefertermin KW 8 an
Weserland Versicherung AG, Warenannahme Tor 3, Am Speicherhof 12, 28217 Bremen.

Rechnung bitte mit Bestellnummer an rechnungseingang@weserland.example.

Mit freundlichen Grüßen
Stefan Roolfs
Einkauf
Weserland Versicherung AG

""" + FOOT_SHORT, charset='iso-8859-1', cte='quoted-printable')


M(12, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'travel cancellation because mother (insured risk person) receives chemotherapy, attest requested',
  'aydin', ('Sabine Harjes', 'sabine.harjes@maildorf.example'),
  'Ihre Stornierung Madeira – Reiserücktritt RR 6120 3391', '2026-04-20 09:03', """Sehr geehrte Frau Harjes,

es tut mir sehr leid zu lesen, dass bei Ihrer Mutter, Frau Anneliese Harjes, ein
Mammakarzinom festgestellt wurde und die Chemotherapie schon am 04.05. beginnt –
ausgerechnet in der Woche der geplanten Madeira-Reise.

Ihre Mutter ist als mitreisende Person im Vertrag versichert, die Stornierung ist
damit grundsätzlich gedeckt. Damit wir die Stornokosten von 3.460 EUR erstatten
können, benötigen wir noch:

- das Reiserücktritts-Attest (Formular anbei im Portal) – ausgefüllt vom
  behandelnden Onkologen, mit Datum der Diagnose und dem Therapiebeginn,
- die Stornorechnung von "Inselträume Reisen",
- Ihre Bankverbindung, falls abweichend vom Beitragseinzug.

Bitte laden Sie das Attest über unser SecureMail-Portal hoch und nicht per
E-Mail – es enthält Gesundheitsdaten Ihrer Mutter.

Ich wünsche Ihrer Mutter alle Kraft für die Behandlung.

""" + sig('aydin') + '\n' + FOOT_DE)


M(13, 'NORMAL', 'de', 'internal',
  'trap: out-of-office auto reply mentioning hospital stays abroad and emergency number, no person concerned',
  'oltmanns', 'meyerdierks',
  'Automatische Antwort: Rückfrage Rechnung Hospital Costa Azahar', '2026-08-03 07:12', """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17.08.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet.

In dringenden Fällen – insbesondere bei einem Krankenhausaufenthalt im Ausland
oder einem geplanten Rücktransport – wenden Sie sich bitte an die
24h-Notrufzentrale: """ + HOTLINE + """ bzw. notruf@weserland.example.

Fragen zu Abrechnungen beantwortet in meiner Vertretung Claire Dubois
(claire.dubois@weserland.example).

Thank you for your message. I am out of office until 17 August 2026. For
emergencies abroad please call """ + HOTLINE + """.

Jana Oltmanns
""", headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


M(14, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'motor liability claim for parking damage, named customer, plate, claim number; nobody hurt',
  'claasen', ('Dirk Meinken', 'd.meinken@web-post.example'),
  'Schaden KF-26-118204 / HB-DM 412', '2026-02-05 15:33', """Guten Tag Herr Meinken,

danke für Ihre Schadenmeldung von gestern. Kurze Bestätigung:

Schadennummer:  KF-26-118204
Vertrag:        Kfz-Haftpflicht/Teilkasko KF 5531 0902
Fahrzeug:       VW Touran, HB-DM 412
Ereignis:       03.02.2026, Parkplatz Weserpark, beim Ausparken den Kotflügel eines
                geparkten Skoda (OHZ-KL 77) gestreift. Niemand verletzt.

Wir regulieren den Schaden am Skoda direkt mit der Halterin. Ihre Schadenfreiheits-
klasse wird zum 01.01.2027 zurückgestuft, sofern Sie den Schaden nicht selbst
übernehmen möchten – das Angebot dazu kommt, sobald die Reparaturkosten feststehen.

Melden Sie sich gern, wenn die Gegenseite Sie direkt kontaktiert.

""" + sig('claasen') + '\n' + FOOT_DE, cte='8bit')


M(15, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
  'harmless body; attached XLSX lists expat employees with diagnoses (K35.8 etc.) and amounts for the employer',
  'gallagher', ('Yvonne Kessler-Brand', 'y.kessler-brand@kessler-anlagenbau.example'),
  'Group expat plan GEP-0815 – claims report H2/2025', '2026-01-21 10:44', """Dear Ms Kessler-Brand,

as requested for your benefits review, attached is the claims report of your group
expat plan GEP-0815 for July–December 2025.

Please note that the report contains individual claims. We'd suggest that it stays
within HR benefits and is not circulated to line managers.

Happy to walk you through it on our call next week.

""" + sig('gallagher', 'en') + '\n' + FOOT_EN,
  atts=[('GEP-0815_claims_H2-2025.xlsx', xlsx([
      ('Claims', [
          ['Member', 'Employee no.', 'Country', 'Date', 'Diagnosis', 'ICD-10', 'Provider', 'Paid EUR'],
          ['Hamid Rahimi', 'K-20418', 'Qatar', '2025-07-14', 'Acute appendicitis, laparoscopic appendectomy', 'K35.8', 'Al Noor Hospital Doha', 9840.50],
          ['Stefanie Korte', 'K-19077', 'Qatar', '2025-08-02', 'Gastroenteritis', 'A09', 'Doha Family Clinic', 312.00],
          ['Bernd Ahlers', 'K-11523', 'Saudi Arabia', '2025-09-21', 'Lumbar disc herniation, physiotherapy x10', 'M51.2', 'Riyadh Spine Centre', 2140.00],
          ['Piotr Nowicki', 'K-22190', 'Qatar', '2025-10-05', 'Hypertension, check-up and medication', 'I10', 'Doha Family Clinic', 188.40],
          ['Hamid Rahimi', 'K-20418', 'Qatar', '2025-11-11', 'Follow-up after appendectomy', 'Z09', 'Al Noor Hospital Doha', 145.00],
          ['Mirjam Ahlers (spouse)', 'K-11523-1', 'Saudi Arabia', '2025-12-03', 'Pregnancy, first trimester screening', 'Z34.0', 'Riyadh Women Clinic', 690.00],
      ]),
      ('Summary', [['Members', 41], ['Claims', 6], ['Paid EUR', 13315.90]])]))])


M(16, 'NORMAL', 'en', 'insurer-to-broker',
  'trap: expat health rate card with age bands, deductibles and "pre-existing conditions" wording, no person',
  'gallagher', ('Ben Hartley', 'ben.hartley@globalmove.example'),
  '2026 rate card – Weserland Global Health (expat)', '2026-01-08 12:00', """Hi Ben,

as promised, the 2026 rate card for Weserland Global Health. Main changes:

- average increase 6.8 %, mostly in the USA-inclusive area
- new 2,500 EUR deductible option
- maternity waiting period down from 12 to 10 months
- pre-existing conditions: still moratorium underwriting for groups under 10 lives,
  full medical underwriting for individuals

Rates are per person per year in EUR; PDF attached. Let me know if your clients in
Singapore need a quote in SGD.

Cheers,
Owen
""" + '\n' + FOOT_EN,
  atts=[('Weserland_Global_Health_rates_2026.pdf', pdf([
      'Weserland Global Health - rate card 2026 (EUR per person per year)',
      '',
      'Area 1 = worldwide excl. USA, Area 2 = worldwide incl. USA',
      '',
      'Age band      Area 1 / no ded.   Area 1 / 1,000   Area 2 / no ded.   Area 2 / 1,000',
      '0-17          1,140              890              2,310              1,870',
      '18-29         1,620              1,260            3,480              2,790',
      '30-39         2,050              1,610            4,420              3,560',
      '40-49         2,780              2,190            5,960              4,790',
      '50-59         3,940              3,110            8,350              6,720',
      '60-64         5,320              4,200            11,240             9,050',
      '',
      'Options: dental + 410, evacuation & repatriation included, maternity after 10 months.',
      'Pre-existing conditions: individual medical underwriting; groups < 10: moratorium.',
      'Rates valid for new business from 1 January 2026. Subject to underwriting.'],
      title='Rate card 2026'))], mid_style=1)


M(17, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'grey: visa insurance certificate for student abroad (travel health contract, birth date, passport) - health line, no diagnosis',
  'okafor', ('Lea-Marie Focken', 'lea.focken@uni-mail.example'),
  'Versicherungsbestätigung für Ihr Visum (Auslandssemester Seoul)', '2026-06-29 13:25', """Liebe Frau Focken,

wie gewünscht anbei die Versicherungsbestätigung in englischer Sprache für Ihren
Visumsantrag bei der koreanischen Botschaft. Die Bestätigung nennt Deckungssumme,
Laufzeit und den Einschluss von Rücktransport, so wie es die Botschaft verlangt.

Falls die Botschaft zusätzlich eine unterschriebene Originalfassung möchte,
schicken wir sie Ihnen gern per Post.

Viel Erfolg in Seoul!

""" + sig('okafor') + '\n' + FOOT_DE,
  atts=[('Versicherungsbestaetigung_Focken.pdf', pdf([
      'Weserland Versicherung AG, Am Speicherhof 12, 28217 Bremen, Germany',
      '',
      'CERTIFICATE OF INSURANCE - STUDENTS ABROAD',
      '',
      'Insured person:   Ms Lea-Marie Focken',
      'Date of birth:    1 March 2003',
      'Passport no.:     C4LM77T20',
      'Policy no.:       SA 4410 0937 (Weserland Study Abroad Health)',
      'Period of cover:  25 August 2026 - 24 February 2027',
      'Territory:        worldwide excl. USA/Canada',
      '',
      'Cover includes: inpatient and outpatient medical treatment, emergency dental',
      'treatment, medically necessary repatriation and return of mortal remains,',
      'no deductible. Sum insured: unlimited for medical treatment.',
      '',
      'Bremen, 29 June 2026',
      'Ruth Okafor, Student & Au-pair Programmes'], title='Certificate of insurance'))])


M(18, 'NORMAL', 'de', 'internal',
  'trap: HR travel policy update (vaccinations, travel health insurance, emergency number) for all staff, no individual',
  'wuebbenhorst', ('Alle Mitarbeitenden', 'alle@weserland.example'),
  'Neue Dienstreiserichtlinie ab 1. März 2026', '2026-02-16 08:30', """Liebe Kolleginnen und Kollegen,

der Vorstand hat die neue Dienstreiserichtlinie beschlossen; sie gilt ab 1. März
2026 und steht im Intranet unter Personal > Richtlinien. Die wichtigsten Punkte:

* Auslandsdienstreisen sind über unseren Gruppenvertrag krankenversichert –
  Sie müssen selbst nichts abschließen. Die Notfallkarte bekommen Sie am Empfang.
* Reiseimpfungen, die für dienstliche Reisen empfohlen sind, erstattet die Firma.
  Bitte reichen Sie nur die Rechnung ein, keine Atteste oder Impfpässe.
* Bei einem Unfall oder Krankenhausaufenthalt im Ausland: zuerst die
  Notrufzentrale (""" + HOTLINE + """), danach kurze Info an Ihre Führungskraft
  (ohne Details zur Erkrankung).
* Bahn vor Flug bis 600 km, Economy bis 6 Stunden Flugzeit.
* Reisekostenabrechnung nur noch über das Self-Service-Portal.

Bei Fragen: personal@weserland.example oder Durchwahl -1180.

Viele Grüße
Anke Wübbenhorst
Personalabteilung
""", cte='quoted-printable')


M(19, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'base64 body: letter after repatriation from Turkey, femoral neck fracture (S72.0), hip replacement, costs covered',
  'dubois', ('Wilfried Drögemüller', 'w.droegemueller@maildorf.example'),
  'Ihr Rücktransport aus Antalya – Abschluss Fall WA-26-04420', '2026-10-06 10:10', """Sehr geehrter Herr Drögemüller,

wir hoffen, dass Sie sich in der Reha in Bad Zwischenahn gut erholen.

Zum Abschluss Ihres Falls eine Übersicht der Kosten, die wir aus Ihrer
Auslandsreisekrankenversicherung (RK 1185 6630) direkt bezahlt haben:

- Memorial Lara Hospital, Antalya: Versorgung der Oberschenkelhalsfraktur links
  (S72.0) mit Hüft-Totalendoprothese, 6 Tage stationär          14.870,00 EUR
- Ambulanzjet Antalya – Bremen mit Arzt und Pflegekraft          23.400,00 EUR
- Krankentransport Flughafen Bremen – Klinikum Links der Weser        310,00 EUR
- Rückflug Ihrer Ehefrau (Umbuchung)                                  268,00 EUR

Für Sie entsteht keine Selbstbeteiligung. Die Kosten der Anschlussheilbehandlung
trägt Ihre gesetzliche Krankenkasse; die Rechnungen dafür schicken Sie bitte
nicht an uns.

Die Röntgenbilder und den Entlassbericht aus Antalya haben wir auf CD an Ihren
Hausarzt geschickt, wie Sie es am Telefon gewünscht hatten.

Gute Besserung und herzliche Grüße

""" + sig('dubois') + '\n' + FOOT_DE, cte='base64')


M(20, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'cancellation claim declined (airline strike not an insured event), named customer, policy and booking number',
  'aydin', ('Thomas Quinlan', 'tquinlan@netzpost.example'),
  'Your claim RR-26-00977 – trip to Lisbon', '2026-03-18 16:55', """Dear Mr Quinlan,

thank you for your claim under your travel cancellation policy RR 7719 2054 for the
trip to Lisbon (booking no. TAP-7XQ2LM, 21–25 March 2026).

I'm sorry, but we cannot pay this claim. You cancelled the trip because of the
announced strike of the airline's cabin crew. The policy covers cancellation for
reasons relating to you or a person close to you (for example illness, accident,
job loss or damage to your home) – a strike is not one of the insured events
(section 3.2 of the terms, copy attached in your portal mailbox).

Under EU rules the airline itself has to refund the ticket if it cancels the
flight; you may want to ask TAP directly. If you disagree with our decision you
can contact our complaints team (beschwerde@weserland.example) or the insurance
ombudsman.

Yours sincerely,

Melike Aydın
Travel Claims
""" + FOOT_EN, charset='utf-8')


M(21, 'NORMAL', 'en', 'newsletter',
  'trap: HTML-only broker newsletter about expat health (hospital partners, maternity, mental health cover), no person',
  'makler', ('Broker partners', 'broker-news@listen.weserland.example'),
  'Expat Health Update – spring 2026', '2026-04-01 07:30', html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Expat Health Update</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h1 style="color:#0b4f6c">Expat Health Update &ndash; spring 2026</h1>
<p>Dear partners,</p>
<p>three things you can tell your internationally mobile clients this spring:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e5eef3"><th>What</th><th>Details</th></tr>
<tr><td>Direct billing Dubai</td><td>Six new partner hospitals in Dubai and Abu Dhabi settle directly with us &ndash; no pre-payment for inpatient stays.</td></tr>
<tr><td>Mental health</td><td>Outpatient psychotherapy now covered up to 25 sessions per year in all plans (previously Premium only).</td></tr>
<tr><td>Maternity</td><td>Waiting period reduced to 10 months; newborns covered from birth without health questions if added within 30 days.</td></tr>
<tr><td>Evacuation</td><td>Medical evacuation to the nearest centre of excellence remains included in every plan.</td></tr>
</table>
<p>Webinar for brokers: 23 April, 10:00 CET. <a href="https://makler.weserland.example/webinar">Register here</a>.</p>
<p>Weserland Versicherung AG &middot; Broker Relations &middot; <a href="mailto:maklerservice@weserland.example">maklerservice@weserland.example</a></p>
<p style="font-size:11px;color:#777">You receive this mail as a registered partner. <a href="https://makler.weserland.example/abmelden">Unsubscribe</a></p>
</body></html>
""", html_only=True, headers=[('Precedence', 'bulk')])


M(22, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-partner',
  'ambulance flight order to air-ambulance company: patient, birth date, stroke diagnosis, oxygen in body and DOCX',
  'dubois', ('Disposition Aerocura', 'dispo@aerocura.example'),
  'Flugauftrag Valencia – Bremen, Pat. Wöhlken, 24.07.2026', '2026-07-22 16:30', """Hallo liebe Dispo,

hiermit beauftragen wir den Ambulanzflug gemäß Ihrem Angebot von heute 15:10 Uhr
(Learjet 45, 28.900 EUR pauschal inkl. Bodentransporte beidseits).

Patientin: Gerda Wöhlken, geb. 11.02.1948, 64 kg
Diagnose: Schlaganfall (I63.5), Hemiparese rechts, O2 2 l/min
Abholung: Hospital Costa Azahar, Valencia, Station Neurología, 24.07. ab 09:00
Ziel: Klinikum Bremen-Mitte, Stroke Unit (Bettenzusage liegt vor)
Begleitperson: Tochter Birgit Wöhlken-Saathoff (1 Sitzplatz)

Details und Arzt-zu-Arzt-Kontakt im beigefügten Auftragsblatt.

Danke und viele Grüße
Claire Dubois
Case Management Rücktransporte | Weserland Assistance 24h
""" + HOTLINE + '\n\n' + FOOT_SHORT,
  atts=[('Flugauftrag_WA-26-03102.docx', docx([
      '# Flugauftrag Ambulanzjet – Fall WA-26-03102',
      'Auftraggeber: Weserland Versicherung AG, Assistance 24h',
      [['Feld', 'Angabe'],
       ['Patientin', 'Gerda Wöhlken, geb. 11.02.1948'],
       ['Diagnose', 'Ischämischer Schlaganfall li. (I63.5), Lyse 19.07.2026'],
       ['Befund', 'Hemiparese rechts, leichte Aphasie, schluckt breiige Kost'],
       ['Begleiterkrankungen', 'Vorhofflimmern, Antikoagulation Apixaban 5 mg 1-0-1'],
       ['Sauerstoff', '2 l/min kontinuierlich, SpO2 96 %'],
       ['Lagerung', 'liegend, Oberkörper 30 Grad'],
       ['Abholung', 'Hospital Costa Azahar, Valencia, 24.07.2026 09:00'],
       ['Ziel', 'Klinikum Bremen-Mitte, Stroke Unit'],
       ['Arzt vor Ort', 'Dr. Vicente Llorca, +34 961 000 447'],
       ['Beratungsarzt', 'Dr. med. Henrik Faber, +49 421 5570-3390']],
      'Kostenübernahme: pauschal 28.900 EUR laut Angebot vom 22.07.2026.'],
      title='Flugauftrag WA-26-03102'))])


M(23, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
  'legal expenses cover confirmed for named customer in dispute with Portuguese car rental over deposit, no injury',
  'hollmann', ('RA Dr. Jörn Riedemann', 'riedemann@riedemann-recht.example'),
  'Deckungszusage – Ihr Mandant Kai Uwe Plönnies ./. AutoAlgarve Lda., RS-26-02281',
  '2026-05-06 12:12', """Sehr geehrter Herr Dr. Riedemann,

in der Angelegenheit Ihres Mandanten Kai Uwe Plönnies (Verkehrs-Rechtsschutz,
Vertrag RS 3301 8824) erteilen wir Deckungszusage für die außergerichtliche
Interessenwahrnehmung gegenüber der AutoAlgarve Lda., Faro.

Streitgegenstand: Einbehalt der Kaution von 1.200 EUR für angebliche
Unterbodenschäden am Mietwagen (Fiat 500L, PT-Kennzeichen 44-ZR-18), Mietzeitraum
12.–26.04.2026. Ihr Mandant bestreitet die Schäden; Übergabeprotokoll und Fotos
liegen Ihnen vor.

Die Selbstbeteiligung Ihres Mandanten beträgt 150 EUR. Für ein gerichtliches
Verfahren in Portugal bitten wir um erneute Abstimmung vorab; die Kosten eines
portugiesischen Korrespondenzanwalts sind nach § 5 Abs. 1 a ARB 2024 erstattungsfähig.

""" + sig('hollmann') + '\n' + FOOT_DE)


M(24, 'NORMAL', 'de', 'insurer-to-customer',
  'trap: portal notification mail without content ("neue Nachricht"), only generic text and link',
  'portal', 'h.gerdes-wiebe@maildorf.example',
  'Sie haben eine neue Nachricht im Weserland SecureMail-Portal', '2026-03-12 18:03', """Guten Tag,

in Ihrem persönlichen Postfach im Weserland SecureMail-Portal liegt eine neue
Nachricht für Sie bereit.

Aus Gründen des Datenschutzes senden wir den Inhalt nicht per E-Mail. Bitte melden
Sie sich an, um die Nachricht zu lesen:

https://securemail.weserland.example/login

Die Nachricht steht 90 Tage zum Abruf bereit. Sie haben Ihr Passwort vergessen?
Nutzen Sie auf der Anmeldeseite "Passwort zurücksetzen" und beantworten Sie Ihre
Sicherheitsfrage.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Weserland Versicherung AG
""", headers=[('Auto-Submitted', 'auto-generated')])


M(25, 'STRICTLY_CONFIDENTIAL', 'en', 'customer',
  'staff forwards internally a customer mail describing wife\'s symptoms (chest pain, collapse) in Cape Town',
  'gallagher', 'faber', 'FW: urgent - my wife in hospital Cape Town', '2026-11-03 21:18', """Henrik, can you call the hospital tonight? Case opened as WA-26-05531.
Customer is on Global Health Premium, no pre-auth needed for admission.
Owen

-----Original Message-----
From: Graham Whitfield <g.whitfield@kabelmail.example>
Sent: Tuesday, 3 November 2026 20:51
To: expat@weserland.example
Subject: urgent - my wife in hospital Cape Town

Hello,

my wife Ingrid Whitfield (policy WGH 5520 118, member 02) collapsed at a restaurant
tonight. She had chest pain and shortness of breath for two days, we thought it was
the long flight. Ambulance took her to Groote Valley Hospital. They say possible
pulmonary embolism and want to do a CT scan but asked who pays.

Please call me on +27 82 000 4417. I don't know what to do.

Graham Whitfield
""", cc=['notruf'])

# ======================================================================
# MAILS 26-50
# ======================================================================

M(26, 'NORMAL', 'de', 'internal',
  'trap: training invite "Umgang mit Gesundheitsdaten in der Assistance" (Schweigepflicht, Diagnosen, Arztberichte) - topic only, ICS',
  'thiele', [('Team Notrufzentrale', 'notrufzentrale-team@weserland.example'),
             ('Team Leistung Reise', 'leistung-reise@weserland.example')],
  'Pflichtschulung: Gesundheitsdaten in der Assistance (2 Termine)', '2026-02-03 09:15', """Liebe Kolleginnen und Kollegen,

nach den Fragen aus dem letzten Audit biete ich eine 90-minütige Pflichtschulung an:

  - Was sind Gesundheitsdaten nach Art. 9 DSGVO, was fällt unter § 203 StGB?
  - Arztberichte, Diagnosen, Entlassbriefe: Wie kommen sie sicher zu ausländischen
    Kliniken und zurück? (Portal, Fax, verschlüsselte Mail – und was nicht geht)
  - Telefonate mit Angehörigen: Wem dürfen wir was sagen?
  - Schweigepflichtentbindungen: wann nötig, wie dokumentieren
  - Fallbeispiele (anonymisiert) aus 2025

Termin 1 ist als Einladung angehängt, Termin 2 (10.03., 14:00) folgt separat.
Bitte nehmt an einem der beiden Termine teil.

Viele Grüße
Mareike

Mareike Thiele
Datenschutzbeauftragte
""",
  atts=[('Schulung_Gesundheitsdaten_Termin1.ics',
         ics('dsschulung-2026-1', '20260224T100000', '20260224T113000',
             'Pflichtschulung Gesundheitsdaten in der Assistance', 'Raum Weser 2.14 / Teams',
             'Schweigepflicht, Art. 9 DSGVO, sichere Übermittlung von Arztberichten.',
             ('Mareike Thiele', 'mareike.thiele@weserland.example'),
             [('Team Notrufzentrale', 'notrufzentrale-team@weserland.example'),
              ('Team Leistung Reise', 'leistung-reise@weserland.example')]))])


M(27, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'household burglary claim settled, named customer, address, stolen items, IBAN (windows-1252 body)',
  'luedemann', ('Familie Rosenbohm', 'rosenbohm.familie@kabelmail.example'),
  'Einbruch in der Osterwoche – Regulierung HR-26-031150', '2026-04-24 11:47', """Sehr geehrte Frau Rosenbohm, sehr geehrter Herr Rosenbohm,

danke für die Geduld. Der Einbruch in Ihr Haus Am Deich 7 in 27572 Bremerhaven
während Ihres Urlaubs (01.–06.04.2026) ist über Ihre Hausratversicherung
HR 7 220 316-4 gedeckt. Die Polizei hat das Ermittlungsverfahren unter dem
Aktenzeichen 26/0412-BHV geführt.

Entschädigung (Neuwert, laut Stehlgutliste und Belegen):
  Notebook Lenovo ThinkPad              1.249,00 €
  Spielkonsole mit 2 Controllern          539,00 €
  Schmuck (Bargeldgrenze/Wertsachen)    2.000,00 € (Höchstbetrag erreicht)
  Bargeld                                 300,00 €
  Reparatur Terrassentür                  884,50 €
  Summe                                 4.972,50 €

Die Zahlung erfolgt auf Ihr Konto DE43 2670 2362 5945 8291 43.

Wenn das Notebook wider Erwarten wieder auftaucht, sagen Sie uns bitte Bescheid.

""" + sig('luedemann') + '\n' + FOOT_DE, charset='windows-1252', cte='quoted-printable')


M(28, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'named customer\'s life insurance made paid-up (Beitragsfreistellung) - personal line, no medical word',
  'evers', ('Jens-Peter Uhlhorn', 'jp.uhlhorn@web-post.example'),
  'Ihre Lebensversicherung LV-88 120 447 – Beitragsfreistellung zum 01.07.2026',
  '2026-06-10 14:02', """Sehr geehrter Herr Uhlhorn,

wie am Telefon besprochen, stellen wir Ihre kapitalbildende Lebensversicherung
LV-88 120 447 zum 01.07.2026 beitragsfrei. Sie müssen ab Juli keine Beiträge mehr
zahlen; der Vertrag bleibt mit reduzierter Leistung bestehen.

  Beitragsfreie Versicherungssumme:          18.412,00 EUR
  garantierte Ablaufleistung 01.12.2041:     18.412,00 EUR
  Todesfallleistung bis dahin:               18.412,00 EUR
  bisherige Versicherungssumme:              35.000,00 EUR

Sie können die Beitragszahlung innerhalb von drei Jahren ohne neue
Gesundheitsprüfung wieder aufnehmen. Die Nachtragsurkunde erhalten Sie per Post.

Bezugsberechtigt im Todesfall bleibt unverändert Ihre Ehefrau.

""" + sig('evers') + '\n' + FOOT_DE)


M(29, 'NORMAL', 'en', 'insurer-to-supplier',
  'trap: translation order for BLANK medical questionnaire and consent form templates (diagnosis, medication fields)',
  'roolfs', ('Project Management', 'pm@linguafranca.example'),
  'PO 4500019044 - translation of forms (ES, TH, TR, AR)', '2026-03-04 10:27', """Hello Ms Ferreira,

we'd like to go ahead with your quote Q-26-3310. Scope:

- "Medical questionnaire for treating physicians abroad" (2 pages): fields for
  diagnosis, ICD code, medication, fitness to fly, planned discharge date
- "Release from medical confidentiality" (1 page, consent form)
- "Guarantee of payment" letter template (1 page)

Target languages: Spanish, Thai, Turkish, Arabic. Source files are the blank Word
templates on the SFTP share - there is no patient data in them, please keep all
placeholder fields like [PATIENT NAME] untranslated.

Delivery by 27 March. Invoice to rechnungseingang@weserland.example quoting the PO.

Regards,
Stefan Roolfs
Procurement, Weserland Versicherung AG
""", charset='us-ascii')


M(30, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-hospital',
  'English cost guarantee to clinic in Lanzarote for a child with forearm fracture (S52.5), German internal note quoted',
  'oltmanns', ('Admisión Clínica San Telmo', 'admision@clinica-santelmo.example'),
  'Cost guarantee – Finn Lüers (age 9) – WA-26-02977', '2026-04-03 15:40', """Dear colleagues,

we confirm cost coverage for the outpatient and, if necessary, inpatient treatment
of our insured

  Finn Lüers, born 12/08/2016
  policy Familien-Reiseschutz RF 8841 0063

following his fall on 3 April (distal forearm fracture left, S52.5, as reported by
your emergency department). Please invoice Weserland Assistance directly,
reference WA-26-02977. The parents do not need to pay a deposit.

If surgery (K-wires) is planned, please call our medical officer beforehand:
""" + HOTLINE + """.

Best regards
Jana Oltmanns, Weserland Assistance 24h

> -----Ursprüngliche Nachricht-----
> Von: Melike Aydın
> Gesendet: Freitag, 3. April 2026 15:21
> An: Notruf
> Betreff: Anruf Vater Lüers
>
> Vater (Jörg Lüers) hat angerufen, Sohn Finn auf Lanzarote vom Klettergerüst
> gefallen, Unterarm links gebrochen, Klinik San Telmo in Puerto del Carmen will
> 600 € Anzahlung. Vertrag RF 8841 0063 ist aktiv, Reise 28.03.–11.04.
> Kannst du der Klinik die Kostenübernahme schicken? Mail: admision@clinica-santelmo.example

""" + FOOT_SHORT)


M(31, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'relocation goods (transit) claim of named expat: damaged furniture, policy, address in Singapore, payment',
  'kueck', ('Annika Sørensen', 'annika.sorensen@mailbox.example'),
  'Your relocation goods claim TR-26-00218 – container arrival Singapore', '2026-05-27 08:52', """Dear Ms Sørensen,

thank you for the survey report from Asia Marine Surveyors on your container that
arrived at your new address (18 Holland Grove Road, Singapore 278798) on 14 May.

The surveyor confirmed transport damage to:
  - dining table (oak), split top, repair quote         SGD 1,150
  - glass display cabinet, broken                        SGD 1,890
  - 2 boxes of kitchenware, broken crockery              SGD   340

These are covered under your relocation goods policy TV 2026-7710 (all risks,
new-for-old). The dent in the washing machine was already listed on the packing
inventory in Hamburg and therefore isn't covered.

Amount payable: SGD 3,380 less deductible SGD 150 = SGD 3,230, which we will
convert on the day of payment. Please confirm whether you want payment to your
German account on file or to a Singapore account.

Kind regards,

Jonas Kück
Commercial Clients / Transport
Weserland Versicherung AG
""" + FOOT_EN, cte='quoted-printable')


M(32, 'NORMAL', 'de', 'insurer-to-partner',
  'trap: reinsurer gets anonymised assistance large-loss list (age bands, countries, diagnosis groups, costs), no person identifiable',
  'petersen', ('Dr. Annette Vollmers', 'a.vollmers@elbe-re.example'),
  'Großschadenliste Reise-Assistance 2025 (anonymisiert) – QS Vertrag 2026', '2026-02-19 13:30', """Liebe Frau Dr. Vollmers,

wie für die Quotenvertragserneuerung vereinbart, die Großschäden > 50.000 EUR aus
der Reise-Assistance 2025. Die Liste ist anonymisiert: keine Namen, keine
Vertragsnummern, Alter nur in 10-Jahres-Bändern, Diagnosen nur als ICD-Kapitel.
Fälle aus Ländern mit weniger als drei Großschäden sind unter "übrige" zusammengefasst.

Auffällig ist wie im Vorjahr die USA: 4 von 17 Fällen, aber 46 % des Aufwands.

Für Rückfragen stehe ich gern zur Verfügung.

Beste Grüße
Malte Petersen
Underwriting Reise & Firmenreisen
Weserland Versicherung AG
""",
  atts=[('Grossschaeden_Assistance_2025_anonym.xlsx', xlsx([
      ('Großschäden', [
          ['lfd. Nr.', 'Altersband', 'Land', 'ICD-Kapitel', 'Leistungsart', 'Aufwand EUR'],
          [1, '60-69', 'USA', 'IX Kreislauf', 'stationär + Ambulanzjet', 412300],
          [2, '70-79', 'USA', 'IX Kreislauf', 'stationär', 288950],
          [3, '50-59', 'Spanien', 'XIX Verletzungen', 'stationär + Ambulanzjet', 96400],
          [4, '70-79', 'Spanien', 'IX Kreislauf', 'Ambulanzjet', 61800],
          [5, '60-69', 'Thailand', 'I Infektionen', 'stationär', 74220],
          [6, '30-39', 'USA', 'XIX Verletzungen', 'stationär', 158700],
          [7, '60-69', 'Türkei', 'XIX Verletzungen', 'stationär + Ambulanzjet', 52900],
          [8, '70-79', 'Spanien', 'II Neubildungen', 'Ambulanzjet', 57450],
          [9, '40-49', 'USA', 'XI Verdauung', 'stationär', 131000],
          [10, '60-69', 'Thailand', 'IX Kreislauf', 'stationär + Linienflug liegend', 88140],
          [11, '70-79', 'Türkei', 'IX Kreislauf', 'Ambulanzjet', 55300],
          [12, '50-59', 'Thailand', 'XIX Verletzungen', 'stationär', 60310],
          [13, '-', 'übrige (5 Fälle)', 'versch.', 'versch.', 402870],
      ]),
      ('Summen', [['Fälle', 17], ['Aufwand gesamt EUR', 1940390]])]))], mid_style=1)


M(33, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
  'health claims asks assistance to check pre-existing condition (knee surgery, arthrosis M17.1) of named insured abroad',
  'meyerdierks', 'oltmanns', 'WA-26-03380 Behrens – Vorerkrankung Knie?', '2026-08-12 10:05', """Hi Jana,

zu eurem Fall Behrens (Kniescheibe ausgerenkt auf Korfu, Klinik will
arthroskopieren): Ich habe in unserer Krankheitskostenvoll bei ihr nachgesehen.

- 11/2024 Arthroskopie rechtes Knie, Meniskusteilresektion, Gonarthrose M17.1
- 03/2025 bis 06/2025 Physiotherapie 3 x 6 Einheiten
- seit 2025 regelmäßig Ibuprofen 600 verordnet

In der Reisekranken gibt es keinen Ausschluss für Vorerkrankungen, solange die
Behandlung im Ausland "unvorhergesehen" ist. Ausgerenkt beim Bootsausstieg ist für
mich unvorhergesehen – ich würde zahlen. Aber die Arthroskopie dort finde ich
nicht dringend; sie ist in 6 Tagen eh wieder zu Hause. Kann Henrik das mit dem
Arzt in Korfu klären? Stabilisierende Versorgung ja, OP lieber in Bremen.

Gruß
Gesa
""", charset='utf-8', cte='8bit')


M(34, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'legal expenses cover for dismissal case, named customer, employer and monthly gross salary (income)',
  'hollmann', ('Serkan Yıldız', 'serkan.yildiz@netzpost.example'),
  'Ihre Kündigungsschutzklage – Deckungszusage RS-26-01104', '2026-03-26 10:40', """Sehr geehrter Herr Yıldız,

für Ihre Kündigungsschutzklage gegen die Hafenlogistik Bremerhaven GmbH
(Kündigung vom 16.03.2026 zum 30.06.2026) erteilen wir Deckungszusage aus Ihrem
Arbeits-Rechtsschutz (Vertrag RS 5512 0847), Selbstbeteiligung 250 EUR.

Der Streitwert richtet sich nach drei Bruttomonatsgehältern. Mit Ihrem Gehalt
von 3.980 EUR brutto sind das 11.940 EUR; darauf richten sich die Anwaltsgebühren.

Sie haben freie Anwaltswahl. Wenn Sie eine Empfehlung möchten, nennen wir Ihnen
gern eine Kanzlei für Arbeitsrecht in Bremerhaven. Die Klage muss innerhalb von
drei Wochen nach Zugang der Kündigung eingereicht sein – bitte nicht zu lange warten.

""" + sig('hollmann') + '\n' + FOOT_DE)


M(35, 'NORMAL', 'en', 'internal',
  'trap: team stats mail with aggregated medical cases, repatriations, top diagnoses groups - no individuals',
  'gallagher', ('Expat Team', 'expat-team@weserland.example'),
  'March in numbers + thanks', '2026-04-02 17:20', """Hi team,

March was busy – thank you all. Quick numbers from the dashboard:

  new medical cases                 412   (Feb: 355)
  guarantees of payment issued      187
  evacuations / repatriations        11
  average GOP turnaround          3h 40m
  complaints                          2

Top case groups: respiratory infections, injuries from traffic accidents,
pregnancy-related, dental emergencies. Nothing unusual, but Dubai direct billing is
clearly working – only 3 reimbursement claims from there.

Cake on Friday, 3 pm, kitchen 3rd floor.

Owen
""")


M(36, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'au-pair in Australia: emergency root canal treatment reimbursed, dentist invoice, policy',
  'okafor', ('Johanna Stelljes', 'jo.stelljes@maildorf.example'),
  'Re: dentist bill Melbourne', '2026-02-02 09:14', """Hi Johanna,

sorry to hear about the toothache – that sounds miserable.

Good news: the emergency treatment is covered under your au-pair policy AP 5590 3318.
I've approved the invoice from Brunswick Dental Care (2 Feb):

  emergency exam + X-ray          AUD   145
  root canal treatment tooth 36   AUD 1,190
  temporary crown                 AUD   260
  total                           AUD 1,595  = EUR 967.40

The permanent crown isn't an emergency, so please have that done back home in
August (or ask us before if the dentist insists).

Payment goes to your account ending 0442 within 5 working days.

Ruth

On Sun, 1 Feb 2026 at 22:03, Johanna Stelljes wrote:
> Hi, I had terrible pain since Thursday and the dentist said the nerve is
> inflamed and did a root canal. They charged my card 1,595 AUD. Is this covered?
> Invoice attached (photo). Johanna

""" + sig('okafor', 'en', short=True) + '\n' + FOOT_EN, mid_style=2)


M(37, 'CONFIDENTIAL', 'de', 'insurer-to-company',
  'commercial liability claim of a company policyholder with named contact person, third-party property damage',
  'kueck', ('Holger Rademacher', 'h.rademacher@kaeltetechnik-rademacher.example'),
  'Ihr Haftpflichtschaden BH-26-00417 – Wasserschaden Kühlraum Fleischerei Garbade',
  '2026-06-18 11:22', """Sehr geehrter Herr Rademacher,

zum Schaden, den Ihr Monteur Herr Kaya am 09.06.2026 bei der Fleischerei Garbade in
Achim verursacht hat (Kondensatleitung beim Tausch des Verdampfers nicht
angeschlossen, Wasser im Kühlraum und im Verkaufsraum):

Betriebshaftpflicht Kältetechnik Rademacher GmbH, Vertrag BH 4001 2290.
Unser Sachverständiger war am 15.06. vor Ort. Schadenhöhe laut Gutachten:
  Fußboden Kühlraum (Fliesen, Estrich)   7.840 EUR
  verdorbene Ware                        2.215 EUR
  Betriebsunterbrechung 2 Tage           1.600 EUR

Wir regulieren direkt mit Herrn Garbade. Ihre Selbstbeteiligung von 500 EUR
stellen wir Ihnen gesondert in Rechnung.

Bitte schicken Sie uns noch den Montagebericht vom 09.06. für die Akte.

""" + sig('kueck') + '\n' + FOOT_DE)


M(38, 'NORMAL', 'de', 'insurer-to-customer',
  'trap: reply to a prospect asking about Work-and-Travel health cover, generic product info and age-based prices, no contract',
  'okafor', ('Mats Lohmann', 'mats.lohmann2007@mailbox.example'),
  'AW: Frage Krankenversicherung Work and Travel Kanada', '2026-01-13 16:48', """Hallo Mats,

danke für deine Anfrage. Für Work and Travel in Kanada passt unser Tarif
"Weltweit Jung" (bis 35 Jahre):

- ambulante und stationäre Behandlung, Zahnschmerzbehandlung, Rücktransport
- auch bei Jobs vor Ort versichert (außer gefährliche Tätigkeiten wie Holzfällen)
- Vorerkrankungen: akute Behandlungen sind mitversichert, geplante Behandlungen nicht
- Beitrag: 49 EUR im Monat für Kanada/USA, 34 EUR für alle anderen Länder
- Laufzeit bis zu 24 Monate, Kündigung monatlich nach Rückkehr

Abschließen kannst du online unter https://www.weserland.example/work-and-travel.
Das kanadische Visum (IEC) verlangt eine Bestätigung über die gesamte Aufenthaltsdauer;
die bekommst du nach Abschluss sofort als PDF.

Viele Grüße
Ruth Okafor
Studenten- & Au-pair-Programme

> Hallo, ich gehe im April für ein Jahr nach Kanada (Work and Travel) und brauche eine
> Krankenversicherung. Was kostet das und ist das auch mit Job dort versichert?
> Mats

""" + FOOT_SHORT, cte='8bit')


M(39, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'reimbursement of doctor\'s bill from Greece for named child with middle-ear infection (H66.9) and antibiotics',
  'aydin', ('Kristina Baumfalk', 'k.baumfalk@web-post.example'),
  'Arztrechnung Naxos – Erstattung für Emil', '2026-08-27 10:31', """Liebe Frau Baumfalk,

die Rechnung des Iatreio Dr. Papadakis aus Naxos-Stadt für Ihren Sohn Emil haben
wir geprüft und erstatten sie vollständig aus Ihrem Familien-Reiseschutz
RF 2299 1406:

  Behandlung 17.08.2026, Diagnose akute Mittelohrentzündung links (H66.9)
  Untersuchung und Otoskopie                 60,00 EUR
  Amoxicillin-Saft 250 mg/5 ml (Apotheke)    14,80 EUR
  Nasenspray, Ibuprofen-Saft                 11,40 EUR
  Erstattung                                 86,20 EUR

Das Geld ist auf dem Weg auf Ihr Konto, von dem wir auch den Beitrag abbuchen.

Ich hoffe, Emil ist wieder fit!

""" + sig('aydin') + '\n' + FOOT_DE)


M(40, 'CONFIDENTIAL', 'en', 'broker',
  'broker mail quoted in reply: new household contract for client with date of birth, address and IBAN',
  'brinkmann', ('Ben Hartley', 'ben.hartley@globalmove.example'),
  'RE: Household & liability for Mr Okonkwo, Bremen', '2026-05-05 09:26', """Hi Ben,

thanks – all there. Policy will be issued with start date 15 May, documents go to
the client's portal mailbox and to you via broker post. I'll confirm the policy
numbers tomorrow.

Best
Tobias

-----Original Message-----
From: Ben Hartley <ben.hartley@globalmove.example>
Sent: Monday, 4 May 2026 18:12
To: Tobias Brinkmann <tobias.brinkmann@weserland.example>
Subject: Household & liability for Mr Okonkwo, Bremen

Hi Tobias,

our client moves from London to Bremen for a 3-year assignment and wants your
household + personal liability combo. Details:

Name: Chinedu Okonkwo
Date of birth: 22 November 1986
New address: Parkallee 114, 28209 Bremen (from 15 May)
Sum insured household: EUR 65,000, bicycle theft incl.
Payment: annual, direct debit
IBAN: DE08 7767 9137 8773 5946 88 (his new Sparkasse account)

Can you bind from 15 May?
Cheers, Ben

Ben Hartley | Senior Consultant | GlobalMove Expat Brokers Ltd, London

""" + FOOT_EN, mid_style=1)


M(41, 'NORMAL', 'de', 'insurer-to-authority',
  'trap: general question to immigration office about minimum health cover for au-pair visas, no person named',
  'okafor', ('Ausländerbehörde Bremen – Servicepostfach', 'service@migrationsamt-bremen.example'),
  'Allgemeine Anfrage: Anforderungen an Krankenversicherungsnachweise für Au-pairs',
  '2026-01-30 14:00', """Sehr geehrte Damen und Herren,

wir bieten als Versicherer eine Kombination aus Kranken-, Unfall- und
Haftpflichtversicherung für Au-pairs aus Drittstaaten an. In letzter Zeit hören
wir von Gastfamilien, dass Nachweise unterschiedlich bewertet werden.

Unsere allgemeinen Fragen – es geht um keinen Einzelfall:

1. Welche Mindestdeckung für ambulante und stationäre Behandlung erwarten Sie?
2. Muss eine Selbstbeteiligung ausgeschlossen sein?
3. Reicht eine Versicherungsbestätigung in deutscher Sprache, oder benötigen Sie
   zusätzlich das Bedingungswerk?
4. Werden Schwangerschaft und Entbindung als Leistungsbereich vorausgesetzt?

Über eine kurze Rückmeldung oder den Hinweis auf ein Merkblatt würden wir uns
freuen; wir würden es dann den Au-pair-Agenturen zur Verfügung stellen.

""" + sig('okafor') + '\n' + FOOT_DE)


M(42, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-authority',
  'letter to civil registry abroad: death of named insured, cause of death on certificate, return of remains',
  'dubois', ('Civil Registry Office Funchal', 'registo@registo-funchal.example'),
  'Request for international death certificate – Mr Uwe Gerdes-Wiebe (deceased 14/03/2026)',
  '2026-03-16 12:15', """Dear Sir or Madam,

we are the travel insurer of Mr Uwe Gerdes-Wiebe, German citizen, born 05/07/1950,
who died on 14 March 2026 at Hospital Dr. Nélio Mendonça, Funchal. According to the
hospital's medical certificate the cause of death was cardiac arrest following an
acute aortic dissection (I71.0).

On behalf of his widow, Mrs Hilke Gerdes-Wiebe, we are arranging the return of
the remains to Germany with the funeral directors Agência Funerária Atlântico.
For the transfer and for the German authorities we kindly ask for:

  - two copies of the international (multilingual) extract of the death record
  - confirmation that there is no objection to the transfer of the remains

A power of attorney signed by Mrs Gerdes-Wiebe is attached. The fees can be
invoiced to us or paid by the funeral directors on our behalf.

Thank you for your help in this sad matter.

""" + sig('dubois', 'en') + '\n' + FOOT_EN,
  atts=[('Power_of_attorney_Gerdes-Wiebe.pdf', pdf([
      'POWER OF ATTORNEY / VOLLMACHT',
      '',
      'I, Hilke Gerdes-Wiebe, born 19/01/1953, residing at Vegesacker Heerstraße 41,',
      '28757 Bremen, Germany, widow of Uwe Gerdes-Wiebe (born 05/07/1950, died',
      '14/03/2026 in Funchal), authorise Weserland Versicherung AG, Bremen, and the',
      'funeral directors Agencia Funeraria Atlantico, Funchal, to apply for the death',
      'certificate and all documents needed for the return of the remains.',
      '',
      'Bremen, 15 March 2026',
      'signed: Hilke Gerdes-Wiebe'], title='Power of attorney'))])


M(43, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'motor accident in Italy (green card, foreign claims representative), named customer, plate, no injuries',
  'stubbe', ('Andrea Lüpkes', 'andrea.luepkes@mailbox.example'),
  'Unfall Gardasee 08.08.2026 – Schaden KF-26-140733', '2026-08-11 09:40', """Guten Morgen Frau Lüpkes,

danke für die Fotos und den Europäischen Unfallbericht.

Kurz zur Lage: Der Unfall am 08.08. in Riva del Garda (Auffahrunfall an der
Ampel, Sie standen, der Fiat Doblò mit Kennzeichen GK 318 ZT ist aufgefahren) ist
für Sie ein Fremdschaden. Niemand wurde verletzt – das erleichtert vieles.

Sie können Ihren Schaden am Heck Ihres Golf (OL-AL 207) direkt beim deutschen
Schadenregulierungsbeauftragten des italienischen Versicherers geltend machen,
das ist die "Assicurazioni Lago Deutschland Service GmbH". Ich habe Ihre Unterlagen
dort schon angekündigt; Ihr Aktenzeichen bei uns: KF-26-140733, Vertrag KF 7104 3318.

Falls es hakt: Ihr Verkehrs-Rechtsschutz bei uns greift auch hier.

""" + sig('stubbe') + '\n' + FOOT_DE)


M(44, 'NORMAL', 'de', 'internal',
  'trap: Easter shift roster for emergency centre (staff names, shifts) as ODS - organisational, no health data',
  'oltmanns', ('Team Notrufzentrale', 'notrufzentrale-team@weserland.example'),
  'Dienstplan Ostern 2026 – bitte bis Freitag prüfen', '2026-03-10 12:30', """Moin zusammen,

anbei der Entwurf für Ostern. Tauschwünsche bitte direkt untereinander klären und
mir bis Freitag Bescheid geben. Ärztlicher Hintergrund ist über Ostern Henrik
(Karfreitag bis Sonntag) und Dr. Wendt (Montag).

Denkt dran: Ostern ist traditionell viel los mit Skiunfällen und Kanaren – die
Nachtschicht ist deshalb doppelt besetzt.

Jana
""",
  atts=[('Dienstplan_Ostern_2026.ods', ods([
      ('Ostern', [
          ['Datum', 'Früh 06-14', 'Spät 14-22', 'Nacht 22-06', 'Hintergrund Arzt'],
          ['Fr 03.04.', 'Oltmanns', 'Dubois', 'Kowalczyk / Eilers', 'Dr. Faber'],
          ['Sa 04.04.', 'Tietjen', 'Oltmanns', 'Kowalczyk / Eilers', 'Dr. Faber'],
          ['So 05.04.', 'Tietjen', 'Aydın', 'Ahrens / Dubois', 'Dr. Faber'],
          ['Mo 06.04.', 'Eilers', 'Aydın', 'Ahrens / Tietjen', 'Dr. Wendt'],
      ]),
      ('Stunden', [['Name', 'Stunden'], ['Oltmanns', 16], ['Dubois', 16], ['Tietjen', 24],
                   ['Kowalczyk', 16], ['Eilers', 24], ['Ahrens', 16], ['Aydın', 16]])],
      title='Dienstplan Ostern 2026'))])


M(45, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'daily sickness allowance: named insured, sick note period, diagnosis on certificate (F32.1) mentioned',
  'meyerdierks', ('Timo Siebels', 'timo.siebels@kabelmail.example'),
  'Krankentagegeld – Ihre Arbeitsunfähigkeit seit 12.01.2026', '2026-02-09 11:11', """Sehr geehrter Herr Siebels,

Ihre Arbeitsunfähigkeitsbescheinigungen bis 20.02.2026 liegen uns vor. Aus Ihrem
Krankentagegeldtarif TG 43 (Vertrag KV 417 558 902) zahlen wir ab dem 43. Tag der
Arbeitsunfähigkeit 95 EUR kalendertäglich, also ab dem 23.02.2026.

Ihr Psychiater hat als Diagnose eine mittelgradige depressive Episode (F32.1)
angegeben. Damit wir die Dauer einschätzen können, bitten wir um einen kurzen
Befundbericht – das Formular liegt in Ihrem Portal-Postfach; die Kosten für den
Bericht übernehmen wir. Wenn Sie eine stationäre oder teilstationäre Behandlung
beginnen, sagen Sie uns bitte Bescheid, das Krankentagegeld läuft dann weiter.

Wir wünschen Ihnen gute Besserung.

""" + sig('meyerdierks') + '\n' + FOOT_DE)


M(46, 'NORMAL', 'en', 'insurer-to-partner',
  'trap: direct-billing hospital network list (hospitals, addresses, departments) as CSV - no patients',
  'gallagher', ('Provider Network Team', 'network@meridian-assist.example'),
  'Updated direct-billing network – Gulf & Southeast Asia', '2026-03-23 10:02', """Hi Network team,

attached is our updated list of direct-billing hospitals for the Gulf and
Southeast Asia. Please load it into your provider search so your doctors see the
same list as our case managers. Changes vs. January:

- added: Al Safa Specialist Hospital (Dubai), Lotus Heart Institute (Bangkok)
- removed: Marina Day Surgery (contract ended 28 Feb)
- Al Noor Doha: maternity ward now included

Thanks,
Owen
""",
  atts=[('direct_billing_network_2026-03.csv', csvtext([
      ['provider_id', 'name', 'city', 'country', 'departments', 'direct_billing', 'contact'],
      ['DXB-014', 'Al Safa Specialist Hospital', 'Dubai', 'AE', 'emergency;cardiology;orthopaedics', 'inpatient+outpatient', 'billing@alsafa-hospital.example'],
      ['DXB-009', 'Jumeirah Family Clinic', 'Dubai', 'AE', 'general practice;paediatrics', 'outpatient', 'accounts@jumeirah-fc.example'],
      ['DOH-002', 'Al Noor Hospital Doha', 'Doha', 'QA', 'emergency;surgery;maternity', 'inpatient+outpatient', 'insurance@alnoor-doha.example'],
      ['BKK-003', 'Bangkok Riverside International Hospital', 'Bangkok', 'TH', 'emergency;infectious diseases;ICU', 'inpatient', 'ipo@riverside-bkk.example'],
      ['BKK-011', 'Lotus Heart Institute', 'Bangkok', 'TH', 'cardiology;cardiac surgery', 'inpatient', 'guarantee@lotusheart.example'],
      ['SGP-001', 'Harbourfront Medical Centre', 'Singapore', 'SG', 'emergency;oncology;dialysis', 'inpatient+outpatient', 'gop@harbourfront-med.example'],
  ], delimiter=';'))])


M(47, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'student abroad (Lyon): personal liability claim for flatmate\'s laptop, named insured, claim number, third party',
  'luedemann', ('Paula Grotheer', 'paula.grotheer@uni-mail.example'),
  'Dein Haftpflichtschaden in Lyon – PH-26-07719', '2026-11-12 15:05', """Hallo Paula,

danke für deine Meldung. Kurz, was jetzt passiert:

Du bist über die Privathaftpflicht deiner Eltern (Vertrag PH 2201 5590) mitversichert,
auch während deines Erasmus-Semesters in Lyon. Der Schaden – Kaffee über das MacBook
deiner Mitbewohnerin Chloé Marchand am 07.11. – ist ein typischer Haftpflichtfall.

Wir brauchen noch:
1. den Kostenvoranschlag der Reparatur oder, falls Totalschaden, eine Bestätigung
   der Werkstatt und den Kaufbeleg (Zeitwert wird ersetzt)
2. Chloés Kontaktdaten und ihre Bankverbindung, damit wir direkt an sie zahlen

Du kannst alles einfach per Foto über die Weserland-App hochladen.

Viele Grüße nach Lyon
Frederik Lüdemann
Schaden Sach/Haftpflicht
""" + FOOT_SHORT)


M(48, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'accident insurance disability benefit: named insured, degree of disability after ski accident, medical report',
  'evers', ('Martin Hespe', 'martin.hespe@web-post.example'),
  'Ihre Unfallversicherung UV 3318 0072 – Invaliditätsleistung Skiunfall Ischgl',
  '2026-09-30 09:48', """Sehr geehrter Herr Hespe,

das Gutachten von Herrn Prof. Dr. Wendeborn (Unfallchirurgie, Oldenburg) liegt uns
vor. Danach verbleibt nach Ihrem Skiunfall vom 27.01.2025 in Ischgl (Tibiakopffraktur
rechts, operativ versorgt, Kreuzbandersatzplastik) eine dauerhafte Funktions-
beeinträchtigung des rechten Beins von 3/10 Beinwert.

Berechnung nach Gliedertaxe:
  Beinwert bis oberhalb des Knies   70 %
  davon 3/10                        21 % Invaliditätsgrad
  Grundsumme                        150.000 EUR
  mit Progression 225 %             (21 % unter 25 %, keine Progression)
  Invaliditätsleistung               31.500 EUR

Die Zahlung ist angewiesen. Eine Kopie des Gutachtens finden Sie in Ihrem
Portal-Postfach. Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach
dem Unfall jährlich neu bemessen lassen.

""" + sig('evers') + '\n' + FOOT_DE)


M(49, 'NORMAL', 'de', 'insurer-to-partner',
  'trap: job ad for nurses/paramedics in the emergency centre (Intensivpflege, Rettungsdienst, Diagnosen) sent to job board',
  'karriere', ('Anzeigenservice Nordjobs', 'anzeigen@nordjobs.example'),
  'Anzeigenauftrag: Pflegefachkraft (m/w/d) Notrufzentrale – Laufzeit 30 Tage', '2026-05-19 08:45', """Guten Tag,

bitte schalten Sie die folgende Anzeige ab 20.05.2026 für 30 Tage (Paket "Premium
Nord", Rahmenvertrag RV-2025-118). Logo liegt Ihnen vor.

------------------------------------------------------------
Pflegefachkraft oder Notfallsanitäter (m/w/d)
für unsere 24h-Notrufzentrale Reise-Assistance, Bremen

Ihre Aufgaben:
- Sie nehmen Notrufe von Versicherten aus aller Welt entgegen
- Sie sprechen mit Ärzten und Kliniken im Ausland über Diagnosen und Therapie
- Sie bereiten Rücktransporte mit unseren Beratungsärzten vor

Ihr Profil:
- examinierte Pflegefachkraft (gern Intensivpflege/Anästhesie) oder Notfallsanitäter
- sehr gutes Englisch, weitere Sprache von Vorteil
- Bereitschaft zu Schichtdienst

Wir bieten: 38-Stunden-Woche, Schichtzulagen, Jobticket, 30 Tage Urlaub.
Bewerbung: https://karriere.weserland.example/notruf
------------------------------------------------------------

Rechnung wie immer an rechnungseingang@weserland.example.

Mit freundlichen Grüßen
Weserland Versicherung AG – Personalmarketing
""")


M(50, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'SEPA direct debit confirmation for expat customer: name, UK IBAN, policy, mandate reference',
  'service', ('Rhiannon Price', 'rhiannon.price@mailbox.example'),
  'Direct debit set up – mandate WES-HR-0020417', '2026-07-01 06:05', """Dear Ms Price,

thank you for choosing Weserland. We have set up the direct debit for your
household contents and liability policy HR 9 440 108-2 as follows:

  Account holder:   Rhiannon Price
  IBAN:             GB32 BARC 9983 5562 7025 70
  Mandate ref.:     WES-HR-0020417
  Creditor ID:      DE98ZZZ09999999999
  First collection: 15 July 2026, EUR 148.20 (annual premium)

We will notify you at least 5 days before any change in the amount. You can
cancel the mandate at any time in your customer portal.

Weserland Customer Service
service@weserland.example
""" + FOOT_EN, headers=[('Auto-Submitted', 'auto-generated')])

# ======================================================================
# MAILS 51-75
# ======================================================================

M(51, 'NORMAL', 'de', 'insurer-to-customer',
  'trap: one-time password for new portal account (Initialpasswort, Sicherheitsfrage) - no contract or health content',
  'portal', 'birte.haase@netzpost.example',
  'Ihr Zugang zum Weserland SecureMail-Portal', '2026-01-22 10:31', """Guten Tag,

für Sie wurde ein Postfach im Weserland SecureMail-Portal eingerichtet.

Ihr Benutzername:      birte.haase@netzpost.example
Ihr Einmal-Passwort:   7Kq-mR4x-Ze9P

Das Einmal-Passwort ist 7 Tage gültig. Bei der ersten Anmeldung unter
https://securemail.weserland.example vergeben Sie ein eigenes Passwort und
wählen eine Sicherheitsfrage, mit der Sie Ihr Passwort später selbst
zurücksetzen können.

Sie haben diesen Zugang nicht angefordert? Dann ignorieren Sie diese E-Mail; das
Postfach wird nach 7 Tagen automatisch gelöscht.

Weserland Versicherung AG
Diese E-Mail wurde automatisch erstellt. Antworten werden nicht gelesen.
""", headers=[('Auto-Submitted', 'auto-generated')], charset='utf-8', cte='8bit')


M(52, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
  'bill review to US hospital for named patient: CPT lines, cardiac catheterisation, reductions; details also in XLSX',
  'gallagher', ('Patient Financial Services', 'pfs@mercylakes.example'),
  'Account 7781-2290 / Patient: Helga Rickmers – itemised bill review', '2026-02-27 15:58', """Dear Ms Alvarez,

thank you for the itemised bill for our insured Helga Rickmers (DOB 03/11/1949),
admitted 9–14 February 2026 with NSTEMI, cardiac catheterisation and one
drug-eluting stent (LAD).

We have reviewed the charges against usual and customary rates for Orlando, FL.
Our line-by-line review is attached. In short:

  billed charges            USD 187,430.00
  recommended allowance     USD  61,912.00

The main differences are the cath lab charge (CPT 92928), pharmacy mark-ups and
two days of telemetry that the medical record does not support. We are prepared
to pay USD 61,912.00 within 10 business days of your acceptance, which would
close the account without balance billing to the patient.

""" + sig('gallagher', 'en') + '\n' + FOOT_EN,
  atts=[('Rickmers_bill_review.xlsx', xlsx([
      ('Review', [
          ['Rev code', 'CPT/HCPCS', 'Description', 'Billed USD', 'Allowed USD', 'Comment'],
          ['0450', '99285', 'ED visit, high complexity', 6840.0, 2150.0, 'UCR'],
          ['0481', '92928', 'PCI with DES, single vessel', 68900.0, 21400.0, 'UCR'],
          ['0481', '93458', 'Left heart cath with angiography', 24300.0, 8950.0, 'UCR'],
          ['0206', '-', 'Telemetry bed day x4', 38800.0, 11800.0, '2 days not supported by record'],
          ['0250', '-', 'Pharmacy (ticagrelor, heparin, statin)', 19650.0, 4212.0, 'mark-up'],
          ['0300', '-', 'Laboratory (troponin series, lipids)', 11940.0, 5400.0, 'UCR'],
          ['0320', '-', 'Radiology', 17000.0, 8000.0, 'UCR'],
          ['', '', 'TOTAL', 187430.0, 61912.0, ''],
      ])]))])


M(53, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'baggage theft in Barcelona: named insured, stolen items, police report number, payment - no health content',
  'aydin', ('Dennis Kruse', 'dennis.kruse@mailbox.example'),
  'Rucksack gestohlen in Barcelona – Reisegepäck RG-26-01188', '2026-06-15 13:13', """Hallo Herr Kruse,

ärgerlich, dass Ihnen am zweiten Urlaubstag der Rucksack an der Rambla gestohlen
wurde. Die Anzeige bei den Mossos d'Esquadra (Denuncia 08019-26-004471) liegt vor,
danke.

Ersetzt werden aus Ihrer Reisegepäckversicherung RG 4471 2209:

  Rucksack Deuter, 2 Jahre alt (Zeitwert)         65,00 EUR
  Sonnenbrille Ray-Ban (Zeitwert)                 90,00 EUR
  Powerbank, Ladekabel                            35,00 EUR
  Ersatz-Personalausweis (Gebühr Konsulat)        37,00 EUR

Nicht ersetzt werden das Bargeld (120 EUR) – Bargeld ist in der Gepäckversicherung
nicht versichert – und das iPhone, weil Wertgegenstände nur in einem verschlossenen
Behältnis oder am Körper versichert sind. Den iPhone-Schaden können Sie über Ihre
Handyversicherung beim Mobilfunkanbieter versuchen.

Wir überweisen 227,00 EUR auf Ihr bekanntes Konto.

""" + sig('aydin') + '\n' + FOOT_DE)


M(54, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'long-term care: named insured assessed care level 3, care allowance from Pflegetagegeld contract, dementia mentioned',
  'meyerdierks', ('Ursula Behnken-Kramer', 'u.behnken-kramer@maildorf.example'),
  'Pflegetagegeld für Ihren Vater Herrn Gustav Kramer – Pflegegrad 3', '2026-05-08 09:57', """Sehr geehrte Frau Behnken-Kramer,

als Bevollmächtigte Ihres Vaters teilen wir Ihnen mit: Das Gutachten des
Medizinischen Dienstes vom 22.04.2026 stellt bei Herrn Gustav Kramer
(Vertrag PT 2209 8860) den Pflegegrad 3 fest, insbesondere wegen der
fortschreitenden Demenz und der eingeschränkten Mobilität nach dem Sturz im
Februar.

Aus dem Pflegetagegeld zahlen wir ab 01.04.2026 monatlich 1.200 EUR (60 % des
vereinbarten Tagessatzes bei Pflegegrad 3). Die Zahlung für April und Mai geht
diese Woche auf das Konto Ihres Vaters.

Bitte teilen Sie uns mit, falls Ihr Vater in ein Pflegeheim umzieht – in
vollstationärer Pflege erhöht sich die Leistung auf 100 %.

""" + sig('meyerdierks') + '\n' + FOOT_DE)


M(55, 'NORMAL', 'en', 'internal',
  'trap: data-protection memo on how to send medical reports, discharge letters and diagnoses to foreign hospitals - rules only',
  'thiele', ('Expat Team', 'expat-team@weserland.example'),
  'How to send medical information abroad – one page for your desk', '2026-05-12 14:44', """Dear colleagues,

after a few questions from the expat team, here are the rules in one page. Please
print it and keep it at your desk.

1. Medical reports, discharge letters, lab results, diagnoses: never as plain
   e-mail attachment to a hospital's general address.
2. Preferred: the hospital's own secure portal, or our SecureMail portal (the
   hospital gets a notification mail and downloads the document).
3. If the hospital has a certificate: encrypted mail (S/MIME). Check the lock icon.
4. Fax only to numbers confirmed by phone, cover sheet without diagnosis.
5. A guarantee of payment may go by normal mail ONLY if it contains no diagnosis
   (our template "GOP short" has no diagnosis field).
6. Phone calls with relatives: only with the patient's consent in CaseNet.

Questions: datenschutz@weserland.example or call me on ext. 1099.

Mareike Thiele
Data Protection Officer
""", charset='us-ascii')


M(56, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
  'commission statement to sole-trader broker with his IBAN and tax number (natural person)',
  'makler', ('Heiko Vosskamp', 'heiko@vosskamp-finanz.example'),
  'Provisionsabrechnung Mai 2026 – Vermittler-Nr. 204417', '2026-06-03 05:30', """Sehr geehrter Herr Vosskamp,

Ihre Provisionsabrechnung für Mai 2026 steht in Ihrer elektronischen Vermittlerpost
bereit. Zusammenfassung:

  Abschlussprovision Sach          1.184,20 EUR
  Abschlussprovision Reise           312,55 EUR
  Bestandsprovision                  968,11 EUR
  Stornoreserve (Einbehalt 10 %)    -246,49 EUR
  Auszahlung                       2.218,37 EUR

Überweisung am 05.06.2026 auf Ihr Konto DE32 2509 1014 0699 1768 36
(Heiko Vosskamp, Finanzberatung). Ihre Steuernummer 46/212/03318 ist hinterlegt;
als Kleinunternehmer weisen wir keine Umsatzsteuer aus.

Weserland Maklerservice
maklerservice@weserland.example
""" + FOOT_SHORT, headers=[('Auto-Submitted', 'auto-generated')])


M(57, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'short harmless reply; pregnancy complication abroad (bleeding, hospital in Crete, week 24) only in the quoted customer mail',
  'aydin', ('Nadine Ehlers', 'nadine.ehlers@kabelmail.example'),
  'AW: Krankenhaus Heraklion', '2026-07-07 08:20', """Liebe Frau Ehlers,

danke, die Unterlagen sind angekommen und vollständig. Wir melden uns bis Ende
der Woche.

Viele Grüße
Melike Aydın

> Am 06.07.2026 um 22:41 schrieb Nadine Ehlers <nadine.ehlers@kabelmail.example>:
>
> Hallo Frau Aydın,
> anbei wie besprochen die Rechnung vom Venizeleio Krankenhaus. Ich war ja in der
> 24. Woche schwanger und hatte am 28.06. plötzlich Blutungen, die haben mich
> 3 Tage dabehalten (Plazenta tief sitzend, sagen sie). Dem Baby geht es gut.
> Reiseversicherung RK 5540 0217. Die Klinik wollte 2.300 Euro, die hab ich mit
> Kreditkarte bezahlt. Auch dabei: Rechnung Frauenarzt nach Rückkehr.
> LG Nadine Ehlers

""", mid_style=2)


M(58, 'NORMAL', 'de', 'newsletter',
  'trap: HTML-only newsletter (iso-8859-1) with travel pharmacy checklist - medicines, diarrhoea, fever - no person',
  'newsletter', ('Weserland Kundinnen und Kunden', 'kundennewsletter@listen.weserland.example'),
  'Checkliste Reiseapotheke: Was muss mit?', '2026-07-01 08:00', html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Checkliste Reiseapotheke</title></head>
<body style="font-family:Verdana,sans-serif">
<h2>Checkliste Reiseapotheke</h2>
<p>Liebe Leserinnen und Leser,</p>
<p>eine gut gepackte Reiseapotheke erspart im Urlaub manchen Weg zur Apotheke. Unsere Liste zum Abhaken:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Wofür?</th><th>Was?</th></tr>
<tr><td>Schmerzen und Fieber</td><td>Paracetamol oder Ibuprofen, Fieberthermometer</td></tr>
<tr><td>Durchfall</td><td>Elektrolytpulver, ggf. Loperamid (nicht für Kinder unter 12)</td></tr>
<tr><td>Reisekrankheit</td><td>Kaugummis oder Tabletten gegen Übelkeit</td></tr>
<tr><td>Haut</td><td>Sonnenschutz, After-Sun, Insektenschutz, Wunddesinfektion, Pflaster</td></tr>
<tr><td>Dauermedikamente</td><td>ausreichend für die ganze Reise plus eine Woche, im Handgepäck</td></tr>
</table>
<p>Tipp: Für Medikamente, die unter das Betäubungsmittelgesetz fallen, brauchen Sie bei Reisen in Schengen-Staaten eine ärztliche Bescheinigung.</p>
<p>Im Notfall erreichen Sie unsere Assistance rund um die Uhr: <b>+49 421 5570-112</b></p>
<p style="font-size:10px">Weserland Versicherung AG &middot; Am Speicherhof 12 &middot; 28217 Bremen &middot;
<a href="https://www.weserland.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>
""", html_only=True, charset='iso-8859-1', cte='quoted-printable',
  headers=[('List-Unsubscribe', '<https://www.weserland.example/newsletter/abmelden>'),
           ('Precedence', 'bulk')])


M(59, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'liability claim of host family (named policyholders) for damage caused by their au-pair, third-party window, no injury',
  'luedemann', ('Caroline and Mark Dunmore', 'dunmore.family@kabelmail.example'),
  'Liability claim PH-26-05120 – neighbour\'s conservatory window', '2026-06-22 12:49', """Dear Mrs and Mr Dunmore,

thanks for the photos. As you know, your au-pair, Ms Daniela Ruiz, is covered under
your family liability policy PH 6620 0911 as a member of the household.

When she was playing football with your boys on 19 June, the ball went through the
glass roof of the conservatory next door (Mr Albers, Wilhelm-Raabe-Str. 9). Nobody
was hurt. We have asked Mr Albers for the glazier's quote and will settle with him
directly – you don't have to do anything else.

Just one question: was the window already cracked before? Mr Albers mentioned an
older repair on the phone. A short reply is enough.

Best regards,
Frederik Lüdemann
Property & Liability Claims
""" + FOOT_EN, cte='quoted-printable')


M(60, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
  'employer HR informed about named employee evacuated from Lagos with severe malaria (B50.9) - employee consented',
  'dubois', ('Frauke Janßen', 'f.janssen@nordsee-offshore.example'),
  'Medical evacuation Lagos – your employee Mr Sönke Albrecht', '2026-10-14 19:22', """Dear Ms Janßen,

as requested by Mr Albrecht, who has given us his consent to inform you as his HR
contact, a short update:

Mr Sönke Albrecht (group travel policy GR 7712 0040, employee no. 3318) was
admitted on 11 October to Reddington Lakeside Hospital, Lagos, with severe
falciparum malaria (B50.9). After two days of IV artesunate his parasite count
is falling and he is stable, but the treating team and our medical officer agreed
that he should be evacuated for further care.

He will be flown by air ambulance to Hamburg tomorrow, 15 October, ETA 17:30, and
admitted to the tropical medicine ward of UKE Hamburg. His wife has been informed
and will meet him there.

He will certainly not be fit for work for several weeks. Please do not expect him
back on the rig before the medical all-clear.

""" + sig('dubois', 'en') + '\n' + FOOT_EN)


M(61, 'NORMAL', 'de', 'insurer-to-supplier',
  'trap: purchase order for first-aid kits, AED pads, eye wash - words like Verbandmaterial, Defibrillator, no person',
  'roolfs', ('Vertrieb Medisan Betriebsbedarf', 'vertrieb@medisan-betrieb.example'),
  'Bestellung 4500019270 – Erste-Hilfe-Material für 3 Standorte', '2026-02-10 10:20', """Sehr geehrte Damen und Herren,

wir bestellen zu den Konditionen des Rahmenvertrags 2025/118:

  12 x Verbandkasten DIN 13157, Wandhalterung
   6 x Nachfüllset DIN 13157
   4 x Elektrodenpaar für AED Lifepak CR2 (Erwachsene)
   2 x Elektrodenpaar Kinder
   3 x Augenspülflasche 500 ml
   5 x Rettungsdecke, 10er-Pack
   1 x Notfallrucksack für die Notrufzentrale (Bremen, 3. OG)

Lieferung aufgeteilt: 6 Verbandkästen nach Bremen, je 3 nach Oldenburg und
Bremerhaven (Adressen wie bisher). Die Elektroden bitte mit Verfallsdatum
mindestens 24 Monate.

Mit freundlichen Grüßen
Stefan Roolfs
Einkauf | Weserland Versicherung AG
""", charset='windows-1252', cte='8bit')


M(62, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'buildings water damage: named customer, address, claim number, assessor appointment as ICS',
  'luedemann', ('Gerrit Bruns', 'gerrit.bruns@web-post.example'),
  'Leitungswasserschaden Kirchweg 22 – Gutachtertermin', '2026-01-29 16:02', """Hallo Herr Bruns,

der Sachverständige Herr Dipl.-Ing. Kolbe (Büro Kolbe & Stüve) kommt am Donnerstag,
05.02., um 10:00 Uhr zu Ihnen in den Kirchweg 22, 28790 Schwanewede. Die Einladung
hängt zum Eintragen in Ihren Kalender an.

Bitte halten Sie bereit: Rechnung des Installateurs für die Leckortung, Fotos vom
Tag des Rohrbruchs, falls vorhanden die Baupläne des Kellers.

Ihre Schadennummer bei uns: WG-26-002871 (Wohngebäude WG 1180 4427).
Die Trocknungsgeräte dürfen bis zum Termin weiterlaufen.

Viele Grüße
Frederik Lüdemann
""" + FOOT_SHORT,
  atts=[('Gutachtertermin_WG-26-002871.ics',
         ics('wg-26-002871-termin', '20260205T100000', '20260205T113000',
             'Gutachtertermin Leitungswasserschaden WG-26-002871',
             'Kirchweg 22, 28790 Schwanewede',
             'Sachverständiger Dipl.-Ing. Kolbe. Kunde: Gerrit Bruns. Bitte Installateurrechnung und Fotos bereithalten.',
             ('Frederik Lüdemann', 'frederik.luedemann@weserland.example'),
             [('Gerrit Bruns', 'gerrit.bruns@web-post.example'),
              ('Kolbe & Stüve', 'termine@kolbe-stueve.example')]))])


M(63, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
  'harmless body; attached ODT dental treatment plan of named insured (implants, periodontitis K05.3) for internal review',
  'meyerdierks', ('Zahnärztlicher Beratungsdienst', 'zahngutachten@weserland.example'),
  'Bitte um Stellungnahme – HKP Nr. 26-0713', '2026-04-14 11:30', """Hallo zusammen,

anbei ein Heil- und Kostenplan zur Stellungnahme (Frist für die Zusage an die
Versicherte: 28.04.). Mir kommen die Augmentationen hoch vor.

Danke und Gruß
Gesa
""",
  atts=[('HKP_26-0713.odt', odt([
      '# Heil- und Kostenplan – Prüfauftrag',
      'Versicherte: Marlies Osterloh, geb. 14.06.1968, Vertrag KV 880 104 557',
      'Behandelnder Zahnarzt: Dr. Stefan Claußen, Delmenhorst',
      'Befund: chronische Parodontitis (K05.3), Zähne 36 und 37 nicht erhaltungswürdig, Knochenabbau regio 36/37',
      [['Position', 'Leistung', 'Betrag EUR'],
       ['GOZ 9010', 'Implantat regio 36, 37', '2.480,00'],
       ['GOZ 9100', 'Augmentation (Knochenaufbau) regio 36/37', '1.920,00'],
       ['GOZ 2200', 'Implantatkronen 36, 37', '1.640,00'],
       ['Material/Labor', 'Implantate, Knochenersatz, Labor', '2.310,00'],
       ['Summe', '', '8.350,00']],
      'Tarif ZE 80: Erstattung 80 % nach Wartezeit; Zahnstaffel im 3. Versicherungsjahr bis 3.000 EUR.',
      'Frage an Beratungszahnarzt: Ist die Augmentation in diesem Umfang medizinisch notwendig?'],
      title='HKP 26-0713'))])


M(64, 'NORMAL', 'en', 'insurer-to-partner',
  'trap: press release on new air-ambulance partner (repatriations, intensive care flights, statistics) to a news agency',
  'harms', ('Newsdesk', 'newsdesk@nordpresse.example'),
  'Press release: Weserland signs air-ambulance partnership with Aerocura', '2026-03-31 10:00', """PRESS RELEASE – for immediate release

Weserland signs air-ambulance partnership with Aerocura

Bremen, 31 March 2026 – Weserland Versicherung AG has signed a five-year
partnership with Aerocura Ambulanzflug GmbH for medical repatriation flights.
Two dedicated intensive-care jets will be stationed in Bremen and Palma.

"Last year we brought 312 customers home after an accident or illness abroad,
46 of them in an ambulance jet," says Ulrike Feldhaus, CEO. "A stroke on Mallorca
or a complicated fracture in Turkey should not mean waiting days for a plane."

The partnership covers flights from all of Europe, North Africa and the Middle
East with physician and intensive-care nurse on board. Customers with Weserland
travel health insurance are covered automatically; there is no extra premium.

About Weserland: founded 1891 in Bremen, 1,900 employees, 1.4 million customers.

Press contact: Nele Harms, Corporate Communications, +49 421 5570-1020,
presse@weserland.example
""")


M(65, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'HTML-only claim statement: table of treatments abroad (physiotherapy, MRI, diagnosis lumbago M54.5) for named insured',
  'meyerdierks', ('Bernd Fokken', 'bernd.fokken@netzpost.example'),
  'Ihre Leistungsabrechnung Nr. 2026-114702', '2026-09-09 07:15', html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Fokken,</p>
<p>zu Ihren eingereichten Rechnungen aus Ihrem Aufenthalt in Portugal erhalten Sie folgende Abrechnung
aus Ihrer Auslandsreisekrankenversicherung (Vertrag RK 6671 0845):</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7ee"><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Diagnose</th><th>Rechnung</th><th>Erstattung</th></tr>
<tr><td>19.08.2026</td><td>Clínica do Mar, Albufeira</td><td>Notfallbehandlung, Injektion</td><td>Lumbago (M54.5)</td><td>180,00 €</td><td>180,00 €</td></tr>
<tr><td>20.08.2026</td><td>Imagiologia Sul, Faro</td><td>MRT Lendenwirbelsäule</td><td>Lumbago (M54.5)</td><td>420,00 €</td><td>420,00 €</td></tr>
<tr><td>21.–26.08.2026</td><td>Fisio Algarve</td><td>Physiotherapie 5 x</td><td>Lumbago (M54.5)</td><td>250,00 €</td><td>250,00 €</td></tr>
<tr><td>19.08.2026</td><td>Farmácia Central</td><td>Diclofenac 75 mg, Tizanidin</td><td>&ndash;</td><td>38,60 €</td><td>38,60 €</td></tr>
<tr><td colspan="4"><b>Summe</b></td><td><b>888,60 €</b></td><td><b>888,60 €</b></td></tr>
</table>
<p>Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen.</p>
<p>Mit freundlichen Grüßen<br>Gesa Meyerdierks<br>Leistung Krankenversicherung<br>Weserland Versicherung AG</p>
</body></html>
""", html_only=True, cte='base64')


M(66, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'no-claims class transfer for named customer with date of birth, previous insurer, plate',
  'claasen', ('Leonie Wachtendorf', 'leonie.wachtendorf@maildorf.example'),
  'Übernahme Schadenfreiheitsrabatt von Ihrer Mutter – Bestätigung', '2026-02-26 14:37', """Hallo Frau Wachtendorf,

die Übertragung des Schadenfreiheitsrabatts Ihrer Mutter auf Sie ist durch:

  Versicherungsnehmerin:  Leonie Wachtendorf, geb. 02.10.2001
  Fahrzeug:               Opel Corsa, OHZ-LW 112
  Vertrag:                KF 8820 1147, Beginn 01.03.2026
  übernommen von:         Elke Wachtendorf (Vorversicherer: Nordstern Versicherung)
  anrechenbare Jahre:     7 (Sie haben den Führerschein seit 2019)
  neue SF-Klasse:         SF 7, Beitragssatz 43 %

Neuer Jahresbeitrag Haftpflicht + Teilkasko: 512,40 EUR. Die geänderte
Beitragsrechnung kommt per Post; Ihre Mutter bekommt von ihrem Versicherer
eine Bestätigung, dass ihr Vertrag jetzt in SF 0 läuft.

""" + sig('claasen') + '\n' + FOOT_DE)


M(67, 'NORMAL', 'de', 'internal',
  'trap: Q1 complaints report with categories (Krankenhausrechnung, Rücktransport, Ablehnung wegen Vorerkrankung) - aggregates only',
  'rasch', ('Bereichsleitung Leistung', 'bl-leistung@weserland.example'),
  'Beschwerdebericht Q1/2026 Reise & Assistance', '2026-04-09 15:10', """Hallo zusammen,

hier die Kurzfassung des Beschwerdeberichts Q1 für Reise & Assistance
(ausführlich im Intranet, Bereich Qualität):

  Beschwerden gesamt                    64  (Q4/2025: 58)
  davon Ombudsmann                       5
  berechtigt/teilweise berechtigt       41 %

Top-Themen:
  1. Dauer der Erstattung von Krankenhausrechnungen (19)
  2. Ablehnung wegen Vorerkrankung / "nicht unvorhergesehen" (14)
  3. Rücktransport zu spät oder nicht im Ambulanzjet (8)
  4. Reiserücktritt: Attest nicht anerkannt (7)
  5. Erreichbarkeit Notruf nachts (4)

Empfehlung: Für Thema 2 würden wir gern die Textbausteine überarbeiten – viele
Kunden verstehen nicht, warum eine Behandlung "vorhersehbar" war.

Viele Grüße
Imke Rasch
Beschwerdemanagement
""")


M(68, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
  'request to treating doctor in Nice for fitness-to-fly report of named patient after pneumonia (J18.9), COPD',
  'faber', ('Dr Élodie Marchetti', 'e.marchetti@clinique-oliviers.example'),
  'Mr Horst Rabe, room 214 – fitness to fly?', '2026-01-16 08:35', """Dear Dr Marchetti,

thank you for your time on the phone yesterday. As discussed, we plan to bring
Mr Horst Rabe (born 30/05/1946), who has been treated at your clinic since
8 January for community-acquired pneumonia (J18.9) on a background of COPD
GOLD 3, back to Bremen once he is fit to fly.

Could you please send us, by our secure portal link (sent separately), a short
report answering:

  1. current oxygen requirement at rest and on exertion (SpO2, FiO2)
  2. can he walk 50 m and climb aircraft stairs unaided?
  3. most recent blood gas and chest X-ray findings
  4. date you would expect him to be fit for a commercial flight with oxygen,
     or do you recommend an air ambulance?

Many thanks for your help.

Dr. med. Henrik Faber
Medical Officer, Travel Assistance
Weserland Versicherung AG, Bremen
""" + FOOT_EN)


M(69, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'student\'s cancellation claim after visa refusal (no health reason): name, policy, university, amount',
  'okafor', ('Aylin Demirtaş', 'aylin.demirtas@uni-mail.example'),
  'Your cancellation claim – visa refused (Toronto)', '2026-08-05 11:18', """Dear Ms Demirtaş,

I'm sorry your study permit for the University of Toronto was refused – that is
really disappointing after all the preparation.

The refusal of a visa is an insured event under your Study Abroad cancellation
cover (policy SA 6618 2093), provided you applied in time, which you did
(application 12 May, refusal letter 28 July).

We reimburse:
  flight Frankfurt–Toronto, non-refundable part     EUR 612.00
  housing deposit Campus Living (not returned)      CAD 750.00 = EUR 498.60
  total                                             EUR 1,110.60

The tuition deposit is refunded by the university directly, so we don't cover it.
Payment goes to the account you gave us in the claim form within five days.

If you reapply for the winter term, just let me know and we'll move your cover.

""" + sig('okafor', 'en') + '\n' + FOOT_EN)


M(70, 'NORMAL', 'en', 'insurer-to-broker',
  'trap: broker portal maintenance notice mentioning customer data, portfolio rights and broker post - no data',
  'makler', ('Broker partners', 'broker-news@listen.weserland.example'),
  'Planned maintenance: broker portal and BiPRO interface, 14 March', '2026-03-09 09:00', """Dear partners,

on Saturday, 14 March 2026, from 06:00 to 14:00 CET we will update the broker portal.

During this time:
- the portal and the electronic broker post are not available,
- your broker management software cannot fetch documents via the BiPRO interface
  (queued documents will be delivered afterwards),
- customer and contract data cannot be viewed, portfolio rights are unaffected.

Emergency travel cases are not affected: your clients can reach our 24h
assistance as usual on +49 421 5570-112.

After the update, firm administrators will find a new "user rights" report that
shows which of their users can see which portfolio.

Weserland Broker Service
""", charset='us-ascii', headers=[('Precedence', 'bulk')])


M(71, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
  'recourse after ski collision in Austria: injuries of named accident insured (Schlüsselbeinbruch, Gehirnerschütterung)',
  'evers', ('Kanzlei Riedemann', 'kanzlei@riedemann-recht.example'),
  'Regress Unfallversicherung – Skiunfall Saalbach 14.02.2026, Ihr Az. 26/0311',
  '2026-05-20 10:55', """Sehr geehrter Herr Dr. Riedemann,

wir beauftragen Sie mit dem Regress gegen den Unfallverursacher.

Unsere Versicherte Frau Katja Bischoff (Unfallversicherung UV 7781 0266) wurde am
14.02.2026 auf der Piste in Saalbach von einem Skifahrer von hinten umgefahren
(Herr Rainer Moosbrugger, Innsbruck; Haftpflichtversicherer laut Polizeiprotokoll:
Tiroler Alpenländische). Verletzungen laut Befundbericht des Krankenhauses
Zell am See:

  - Claviculafraktur rechts (S42.0), operativ mit Platte versorgt
  - Commotio cerebri (S06.0), 2 Nächte Überwachung
  - Prellungen Thorax

Wir haben aus der Unfallversicherung bisher 4.500 EUR Krankenhaustagegeld und
Genesungsgeld sowie 2.800 EUR Bergungskosten (Hubschrauber) gezahlt. Soweit ein
Forderungsübergang möglich ist, bitten wir um Geltendmachung nach österreichischem
Recht. Die Schweigepflichtentbindung von Frau Bischoff liegt bei.

""" + sig('evers') + '\n' + FOOT_DE)


M(72, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'travel cancellation because of burglary at home (property damage reason), named customers, amounts',
  'aydin', ('Rainer Tönjes', 'r.toenjes@web-post.example'),
  'Reiserücktritt wegen Einbruch – Schaden RR-26-00861', '2026-04-28 12:02', """Sehr geehrter Herr Tönjes,

der Einbruch in Ihre Wohnung zwei Tage vor Abflug nach Marrakesch ist ein
"erheblicher Schaden am Eigentum" im Sinne Ihrer Reiserücktrittsversicherung
(RR 3309 1157) – Ihre Anwesenheit war wegen Polizei, Schlüsseldienst und
Schadenaufnahme nötig. Wir übernehmen daher die Stornokosten für Sie und Ihre
Ehefrau Petra Tönjes:

  Pauschalreise Marrakesch, 2 Personen, Storno 80 %    2.256,00 EUR
  Selbstbehalt                                          -100,00 EUR
  Erstattung                                           2.156,00 EUR

Die Hausratschadenmeldung läuft bei meinem Kollegen Herrn Lüdemann separat.

""" + sig('aydin') + '\n' + FOOT_DE)


M(73, 'NORMAL', 'de', 'insurer-to-customer',
  'trap: answer to a general question (student discount, "Vorerkrankungen") from an unknown sender - nothing about a contract',
  'service', ('Jule Albers', 'jule.albers99@netzpost.example'),
  'AW: Studentenrabatt?', '2026-09-21 13:44', """Hallo Frau Albers,

vielen Dank für Ihre Nachricht. Einen eigenen Studentenrabatt haben wir nicht,
aber zwei Tarife sind für Studierende gedacht:

- "Weltweit Jung" für Reisen bis 24 Monate (bis 35 Jahre) – Auslandssemester,
  Praktikum, Work and Travel
- "Reiseschutz Basis" als Jahresvertrag für Urlaubsreisen bis 8 Wochen,
  ab 12 EUR im Jahr

Zur Frage nach Vorerkrankungen: Wir stellen bei diesen Tarifen keine
Gesundheitsfragen. Versichert sind unvorhergesehene Erkrankungen und Unfälle im
Ausland; Behandlungen, die schon vor der Reise feststanden, sind nicht versichert.

Alle Details unter https://www.weserland.example/studium-ausland.

Freundliche Grüße
Ihr Weserland Kundenservice
""" + FOOT_SHORT)


M(74, 'STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
  'English/German thread on outpatient psychotherapy for named expat in Shanghai (PTSD F43.1), pre-authorisation',
  'gallagher', 'meyerdierks', 'RE: Pre-auth psychotherapy – Kathrin Weyhe (WGH 7740 221)', '2026-06-24 17:05', """Danke Gesa, understood. I'll tell her we approve 15 sessions for now and need a
progress report before the next block. Ich schreibe ihr morgen früh.

Owen

-----Original Message-----
From: Gesa Meyerdierks
Sent: Wednesday, 24 June 2026 16:40
To: Owen Gallagher
Subject: AW: Pre-auth psychotherapy – Kathrin Weyhe (WGH 7740 221)

Hi Owen,

habe mir den Antrag angesehen. Diagnose laut Psychiater in Shanghai: PTBS
(F43.1) nach dem Verkehrsunfall im März, dazu Schlafstörungen, Sertralin 50 mg.
Verhaltenstherapie ist in ihrem Tarif Global Health Premium versichert, 25
Sitzungen/Jahr. Wir sollten aber nicht alle 25 auf einmal zusagen – erst 15,
dann Verlaufsbericht. Therapeutin ist approbiert (Nachweis liegt bei). OK from my side.

Gesa

-----Original Message-----
From: Owen Gallagher
Sent: Wednesday, 24 June 2026 11:02
To: Gesa Meyerdierks
Subject: Pre-auth psychotherapy – Kathrin Weyhe (WGH 7740 221)

Gesa, could you have a look at the attached request from Ms Weyhe's therapist
(CBT, 25 sessions, English-speaking therapist at Shanghai United Clinic)?
Our plan covers it but I'm not sure about the number of sessions. Thanks!
""", mid_style=1)


M(75, 'NORMAL', 'en', 'insurer-to-supplier',
  'trap: request for proposal for air-ambulance services (ICU equipment, patient categories, response times) - no patient',
  'roolfs', [('Tender Office', 'tenders@skymed-jets.example'),
             ('Commercial Department', 'sales@polar-air-ambulance.example')],
  'RFP 2026-07: Air ambulance services 2027-2029', '2026-07-06 09:00', """Dear Sir or Madam,

Weserland Versicherung AG invites you to submit a proposal for air-ambulance services
for the years 2027 to 2029. The tender documents are attached; deadline for
questions is 31 July, for proposals 28 August 2026, 12:00 CET.

Estimated volume: 40-60 missions per year, mainly Mediterranean, Canary Islands,
Turkey and Egypt; occasionally long-haul (Thailand, USA).

Please confirm your participation by replying to this mail.

Kind regards,
Stefan Roolfs
Procurement
Weserland Versicherung AG
""",
  atts=[('RFP_2026-07_Air_ambulance.docx', docx([
      '# Request for Proposal 2026-07 – Air ambulance services 2027–2029',
      '# 1. Scope',
      'Bed-to-bed repatriation of insured persons by air ambulance, including ground transfers at both ends, a physician and an intensive-care nurse on board.',
      '# 2. Patient categories',
      [['Category', 'Examples', 'Required equipment'],
       ['A – ventilated', 'polytrauma, severe respiratory failure', 'ICU ventilator, invasive monitoring'],
       ['B – monitored', 'stroke, myocardial infarction, post-surgery', 'monitor, defibrillator, oxygen, syringe pumps'],
       ['C – stable, lying', 'fractures of the leg or pelvis', 'stretcher, vacuum mattress, oxygen'],
       ['D – infectious', 'suspected highly contagious disease', 'isolation unit (price separately)']],
      '# 3. Service levels',
      'Confirmation of flight within 2 hours; wheels-up within 12 hours for category A/B in Europe.',
      '# 4. Pricing',
      'Please state a flat price per route cluster (Annex 1) and an hourly rate for long-haul missions.',
      '# 5. Data protection',
      'Patient data will only be exchanged over encrypted channels; a data processing agreement is part of the contract.'],
      title='RFP 2026-07'))])

# ======================================================================
# MAILS 76-100
# ======================================================================

M(76, 'NORMAL', 'de', 'internal',
  'trap: first-aider course announcement (Herz-Lungen-Wiederbelebung, Defibrillator, Verletzungen) - no individual health data',
  'wuebbenhorst', ('Alle Mitarbeitenden Bremen', 'alle-bremen@weserland.example'),
  'Ersthelfer gesucht – Kurs am 12./13. Mai', '2026-04-15 10:12', """Liebe Kolleginnen und Kollegen,

für den Standort Bremen brauchen wir laut Unfallverhütungsvorschrift 5 % der
Belegschaft als betriebliche Ersthelfer – aktuell sind es zu wenige.

Der zweitägige Erste-Hilfe-Kurs (Herz-Lungen-Wiederbelebung, Umgang mit dem
Defibrillator im Foyer, Versorgung von Verletzungen, stabile Seitenlage) findet am
12. und 13. Mai jeweils 8:30–16:00 Uhr im Schulungsraum EG statt. Die Kosten trägt
die Berufsgenossenschaft, die Zeit gilt als Arbeitszeit.

Wer schon Ersthelfer ist und dessen Kurs länger als zwei Jahre her ist: Bitte zur
Auffrischung am 13. Mai kommen.

Anmeldung bis 30. April formlos per Mail an mich.

Viele Grüße
Anke Wübbenhorst
Personalabteilung
""")


M(77, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'car stolen in Poland: named customer, plate, VIN, police report, partial comprehensive claim',
  'stubbe', ('Markus Wendelken', 'markus.wendelken@kabelmail.example'),
  'Fahrzeugdiebstahl Danzig – KF-26-151290', '2026-09-02 10:24', """Sehr geehrter Herr Wendelken,

Ihre Diebstahlmeldung ist bei uns angelegt:

  Schadennummer:     KF-26-151290
  Vertrag:           Teilkasko KF 6608 2214
  Fahrzeug:          Škoda Kodiaq, HB-MW 2208
  FIN:               TMBJJ7NS4N8014273
  Ereignis:          Nacht 29./30.08.2026, Hotelparkplatz Gdańsk-Oliwa
  Polizei:           Komenda Miejska Policji Gdańsk, Az. RSD-4471/26

Wie geht es weiter? Wenn das Fahrzeug innerhalb eines Monats nach Eingang der
Meldung nicht wieder auftaucht, zahlen wir den Wiederbeschaffungswert abzüglich
Selbstbeteiligung (150 EUR). Bitte schicken Sie uns per Post beide Fahrzeugschlüssel,
die Zulassungsbescheinigung Teil II und die Abmeldebestätigung.

Den Mietwagen für die Heimreise (412 EUR) erstatten wir aus Ihrem Schutzbrief.

""" + sig('stubbe') + '\n' + FOOT_DE)


M(78, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'expat in Dubai: pre-authorisation of knee MRI and arthroscopy for meniscus tear (M23.2) approved',
  'gallagher', ('Lukas Brandhorst', 'lukas.brandhorst@mailbox.example'),
  'Pre-authorisation approved – knee arthroscopy, Al Safa Specialist Hospital', '2026-04-27 12:34', """Dear Mr Brandhorst,

good news: we have approved the treatment request from Dr Qureshi, Al Safa
Specialist Hospital, Dubai.

  Member:        Lukas Brandhorst, WGH 3390 417-01
  Diagnosis:     tear of medial meniscus, right knee (M23.2)
  Approved:      MRI right knee (done 24 April), arthroscopic partial
                 meniscectomy as day case, 6 physiotherapy sessions
  Date:          30 April 2026
  Billing:       direct billing with the hospital, your deductible of AED 500
                 will be collected by the hospital on the day

Please bring your member card and Emirates ID. Further physiotherapy beyond six
sessions needs a new request from the physiotherapist.

All the best for Thursday!

Owen Gallagher
International Health & Expat Team
""" + FOOT_EN, cte='quoted-printable')


M(79, 'NORMAL', 'en', 'internal',
  'trap: blank GOP workflow checklist PDF (diagnosis, admission, medical report fields) for the team - template only',
  'dubois', ('Assistance case managers', 'casemanagers@weserland.example'),
  'New GOP checklist – please use from Monday', '2026-01-09 16:20', """Hi all,

as discussed in the team meeting, attached is the new one-page checklist for
guarantees of payment. It replaces the old Word version. Fields stay empty
here, of course – fill them in CaseNet, not on paper.

Main change: we now ask for the admission diagnosis in writing before sending a
GOP above EUR 10,000 (or equivalent), and the "GOP short" without diagnosis is
the default for hospitals that only have a general mailbox.

Claire
""",
  atts=[('GOP_checklist_v3.pdf', pdf([
      'Weserland Assistance 24h - Checklist guarantee of payment (GOP) v3, January 2026',
      '',
      '[ ] Policy active on date of admission?       Policy no.: ____________________',
      '[ ] Insured person identified (name, date of birth as in passport)',
      '[ ] Hospital and ward, contact of treating doctor: ____________________',
      '[ ] Admission diagnosis received in writing (mandatory above EUR 10,000)',
      '[ ] Pre-existing condition? -> medical officer',
      '[ ] Amount and currency of GOP: ____________   valid until: ___________',
      '[ ] Template: GOP short (no diagnosis) / GOP full (portal or encrypted only)',
      '[ ] Relatives informed? Consent documented in CaseNet',
      '[ ] Repatriation to be assessed? Date of next medical review: __________',
      '',
      'Never send the full GOP or medical reports to a general hospital mailbox.'],
      title='GOP checklist v3'))])


M(80, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'household policy change for named customers moving to Spain: new foreign address, contract number, premium',
  'service', ('Ingrid und Hans Oltrogge', 'oltrogge.ih@web-post.example'),
  'Ihr Umzug nach Dénia – Hausrat HR 3 114 507-9', '2026-10-19 09:01', """Sehr geehrte Frau Oltrogge, sehr geehrter Herr Oltrogge,

wir haben Ihre Nachricht erhalten, dass Sie zum 01.11.2026 dauerhaft nach Spanien
ziehen (neue Anschrift: Carrer de la Mar 18, 03700 Dénia, Alicante).

Leider können wir Ihre Hausratversicherung HR 3 114 507-9 nur für Wohnungen in
Deutschland fortführen. Der Vertrag endet daher mit dem Umzug zum 31.10.2026; den
zu viel gezahlten Beitrag (86,40 EUR) erstatten wir auf Ihr Konto.

Während des Umzugs ist Ihr Hausrat in beiden Wohnungen versichert. Für die
Überführung Ihres Umzugsguts nach Spanien bieten wir eine Transportversicherung
an – Angebot gern auf Anfrage. Ihre Privathaftpflicht läuft weltweit weiter.

Wir wünschen Ihnen einen guten Start an der Costa Blanca!

Ihr Weserland Kundenservice
service@weserland.example | +49 421 5570-0
""" + FOOT_SHORT)


M(81, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-partner',
  'grey: au-pair agency receives XLSX of newly insured au-pairs (names, birth dates, nationality) in the combined health/accident package; one pregnancy exclusion note',
  'okafor', ('Vermittlung AuPair Brücke', 'vermittlung@aupair-bruecke.example'),
  'Neuzugänge Au-pair-Gruppenvertrag AP-G 118 – September 2026', '2026-09-04 14:06', """Liebe Frau Gerken,

anbei die Liste der zum 01.09. neu angemeldeten Au-pairs im Gruppenvertrag
AP-G 118 (Kranken-, Unfall- und Haftpflichtversicherung). Die Versicherungs-
bestätigungen für die Ausländerbehörden liegen in Ihrem Portal-Postfach.

Bitte beachten Sie die Anmerkung in Zeile 5: Für diese Teilnehmerin gilt der
Leistungsausschluss für die bereits bestehende Schwangerschaft; bitte klären Sie
mit der Gastfamilie, ob der Aufenthalt so stattfinden soll.

Viele Grüße
Ruth Okafor
Studenten- & Au-pair-Programme
""" + FOOT_SHORT,
  atts=[('AP-G118_Neuzugaenge_2026-09.xlsx', xlsx([
      ('Neuzugänge', [
          ['Nr.', 'Name', 'Vorname', 'geb.', 'Staatsangehörigkeit', 'Gastfamilie (Ort)', 'Beginn', 'Anmerkung'],
          [1, 'Kovalenko', 'Daryna', '14.02.2005', 'UA', 'Familie Brüning (Verden)', '01.09.2026', ''],
          [2, 'Mendoza Ruiz', 'Valentina', '03.07.2004', 'CO', 'Familie Stührenberg (Bremen)', '01.09.2026', ''],
          [3, 'Nguyen', 'Thi Lan', '22.11.2003', 'VN', 'Familie Oetjen (Syke)', '01.09.2026', ''],
          [4, 'Okoye', 'Chiamaka', '09.05.2005', 'NG', 'Familie Heitmann (Achim)', '15.09.2026', ''],
          [5, 'Baghdasaryan', 'Ani', '30.01.2004', 'AM', 'Familie Rodenberg (Bremen)', '15.09.2026',
           'bestehende Schwangerschaft (ca. 10. SSW) vom Versicherungsschutz ausgeschlossen'],
          [6, 'Santos', 'Mariana', '17.08.2005', 'BR', 'Familie Lampe (Oyten)', '15.09.2026', ''],
      ])]))], mid_style=1)


M(82, 'NORMAL', 'de', 'insurer-to-broker',
  'trap: travel agency partner receives blank claim forms, brochures and medical-certificate form (empty) - no customer',
  'brinkmann', ('Reisebüro Sonnenhafen', 'info@sonnenhafen-reisen.example'),
  'Nachschub Prospekte + Formulare für die Saison', '2026-03-03 11:50', """Hallo Frau Cordes,

wie gewünscht geht heute ein Paket an Sie raus:

  100 x Prospekt "Reiseschutz 2026"
   50 x Prospekt "Auslandskrankenversicherung für Langzeitreisende"
   50 x Schadenmeldung Reiserücktritt (leer)
   50 x Formular "Ärztliches Attest Reiserücktritt" (leer, vom Arzt auszufüllen)
   30 x Notfallkarte für Kunden

Die Formulare gibt es auch als ausfüllbare PDFs unter
https://www.weserland.example/formulare – die sind immer aktuell.

Ein Hinweis, weil die Frage bei Ihren Kolleginnen aufkam: Bitte nehmen Sie
ausgefüllte Atteste Ihrer Kunden nicht entgegen und scannen Sie sie nicht ein.
Die Kunden schicken sie direkt an uns (am besten über das Portal).

Viele Grüße
Tobias Brinkmann
Maklerbetreuung Nord
""")


M(83, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'rental car excess reimbursement in Iceland: named customer, rental agreement, damage, bank account (masked) - no injury',
  'aydin', ('Sophie Lindqvist', 'sophie.lindqvist@netzpost.example'),
  'Rental car excess claim MS-26-00590 – Reykjavík', '2026-07-30 15:15', """Dear Ms Lindqvist,

your claim under the rental car excess cover of your travel policy RS 2208 6645 is
approved.

Rental company Arctic Wheels ehf. charged ISK 195,000 from your credit card for the
gravel damage to the windscreen and the headlight of the Dacia Duster (rental
agreement AW-558120, 12–20 July 2026). Nobody was injured.

  charged excess:      ISK 195,000
  converted:           EUR 1,302.45
  policy limit:        EUR 1,500.00
  payable:             EUR 1,302.45

Payment to your account DE** **** **** **** **28 61 (as on file) within 3 days.

Regards,
Melike Aydın
Travel Claims
""" + FOOT_EN, charset='utf-8', cte='8bit')


M(84, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
  'query to GP about cancellation attest: named patient, diagnosis on attest (Bandscheibenvorfall M51.1), date of first treatment',
  'aydin', ('Praxis Dr. med. Carsten Ahlf', 'praxis@dr-ahlf.example'),
  'Rückfrage zum Reiserücktrittsattest Ihrer Patientin Frau Wiebke Stolle', '2026-05-26 10:48', """Sehr geehrter Herr Dr. Ahlf,

Ihre Patientin Frau Wiebke Stolle, geb. 18.03.1972, hat ihre Kreuzfahrt
(Abreise 02.06.2026) storniert und uns Ihr Attest vom 20.05.2026 eingereicht.
Eine Schweigepflichtentbindung liegt uns vor (Kopie anbei im Portal).

Sie bescheinigen einen Bandscheibenvorfall L5/S1 (M51.1) mit Reisunfähigkeit.
Für unsere Prüfung brauchen wir noch zwei Angaben:

1. Wann war die erste Behandlung wegen dieser Beschwerden?
2. Waren bei Reisebuchung (14.01.2026) bereits Rückenbeschwerden bekannt oder in
   Behandlung?

Eine kurze Antwort per Fax (0421 5570-3299) oder über den Portal-Link genügt.
Die Gebühr nach GOÄ Nr. 75 übernehmen wir.

""" + sig('aydin') + '\n' + FOOT_DE)


M(85, 'NORMAL', 'de', 'internal',
  'trap: IT change for renewal of the S/MIME certificate of the emergency mailbox (keys, Domänenzertifikat) - technical only',
  'dierks', ('Team Notrufzentrale', 'notrufzentrale-team@weserland.example'),
  'Zertifikatstausch Postfach notruf@ am 18.11. – kurze Störung möglich', '2026-11-10 13:05', """Hallo zusammen,

das S/MIME-Zertifikat des Funktionspostfachs notruf@weserland.example läuft am
22.11. ab. Wir tauschen es am Mittwoch, 18.11., zwischen 07:00 und 07:30 Uhr.

Was ihr merkt:
- verschlüsselte Mails von Kliniken, die noch den alten öffentlichen Schlüssel
  haben, kommen weiter an (der alte private Schlüssel bleibt zum Entschlüsseln
  hinterlegt)
- Partner mit Gateway (Meridian, Aerocura) bekommen das neue Zertifikat
  automatisch über das Domänenzertifikat, da ist nichts zu tun
- in Outlook kann einmal die Meldung "Zertifikat geändert" kommen – bitte
  bestätigen

Fragen an mich oder das Service Desk (-7000).

Gruß
Lars
""", headers=[('X-Change-ID', 'CHG-12466')])


M(86, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'grey: pet health insurance - named customer, dog fell ill on holiday in Denmark, vet bill (animal health, not human)',
  'service', ('Tanja Rehling', 't.rehling@maildorf.example'),
  'Tierarztrechnung Dänemark – Ihre Hündin Frida', '2026-08-19 14:41', """Liebe Frau Rehling,

wir hoffen, Frida geht es wieder gut! Die Rechnung der Dyreklinik Ringkøbing
haben wir aus Ihrer Hundekrankenversicherung TK 4402 1178 erstattet:

  Notfallbehandlung am Wochenende, Magendrehung ausgeschlossen   DKK 2.850
  Röntgen Abdomen                                                DKK 1.400
  Infusion, Medikamente                                          DKK   980
  gesamt                                                         DKK 5.230  (701,80 EUR)
  Erstattung 80 %                                                   561,44 EUR

Auslandsbehandlungen sind bis zu 12 Wochen im Jahr versichert. Die Überweisung
geht auf Ihr Beitragskonto.

Herzliche Grüße
Ihr Weserland Kundenservice
""" + FOOT_SHORT)


M(87, 'NORMAL', 'en', 'insurer-to-customer',
  'trap: English out-of-office reply mentioning medical emergencies, hospitals and pre-authorisation - no person concerned',
  'gallagher', ('Marcus Leary', 'marcus.leary@kabelmail.example'),
  'Automatic reply: Expat plan for my family?', '2026-12-21 18:02', """Thank you for your e-mail.

I'm away until 4 January 2027 with limited access to e-mail.

- Medical emergency, hospital admission or evacuation: please call our 24/7
  assistance on +49 421 5570-112 (worldwide, reverse charges accepted).
- Pre-authorisations and claims: expat@weserland.example - my colleagues will
  deal with your request.
- Everything else: I'll get back to you when I'm back.

Merry Christmas and a happy new year!

Owen Gallagher
International Health & Expat Team, Weserland Versicherung AG
""", charset='us-ascii',
  headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


M(88, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'letter to daughter on return of remains of her father who died of sepsis in Thailand; life and travel policies',
  'dubois', ('Maren Schoon-Pattison', 'maren.pattison@mailbox.example'),
  'Your father, Mr Heino Schoon – return to Germany and next steps', '2026-02-06 17:30', """Dear Ms Schoon-Pattison,

please accept our deepest sympathy on the death of your father, Mr Heino Schoon.

As promised on the phone, here is a summary in writing, in English as you asked,
so that your husband can read it too.

1. What happened
Your father was admitted to Phuket Coastal Hospital on 30 January with a urinary
tract infection which developed into septic shock (A41.9). Despite intensive care
he died on 3 February at 04:10 local time. The hospital has issued the medical
certificate of death; the Thai death certificate was registered on 5 February.

2. Return of remains
We have instructed the funeral directors Phuket Memorial Services together with
Gebr. Hemken Bestattungen in Bremen. The flight is planned for 11 February via
Bangkok to Hamburg, transfer by road to Bremen. All costs are covered by his
travel health policy RK 4420 9931 (return of mortal remains, no limit); you do not
need to pay anything in Thailand.

3. His personal belongings
The hospital has handed them to the funeral directors; they travel with him.

4. Life insurance
Your father also had a term life policy with us (LV-91 330 018). My colleague
Katrin Evers from Life & Pensions will contact you separately; she will need the
death certificate and the certificate of inheritance or the beneficiary's ID.

If there is anything else we can do, please call me directly.

""" + sig('dubois', 'en') + '\n' + FOOT_EN)


M(89, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
  'liability claim vs. named customer\'s son for damage to holiday apartment in Austria, claimant lawyer, no injury',
  'luedemann', ('RA Mag. Verena Pichler', 'office@pichler-recht.example'),
  'Ihr Schreiben vom 02.03.2026 – Ferienwohnung Schladming / unser Az. PH-26-01733',
  '2026-03-11 11:35', """Sehr geehrte Frau Magistra Pichler,

in Sachen Ihrer Mandantin, der Appartementhaus Dachsteinblick KG, gegen unseren
Versicherungsnehmer Herrn Dieter Helmers (Privathaftpflicht PH 1183 7720) teilen
wir mit:

Der mitversicherte Sohn Lasse Helmers (17) hat am 21.02.2026 in der Wohnung
Nr. 4 beim Hantieren mit Skiwachs die Arbeitsplatte der Küche und den Parkettboden
beschädigt. Die Haftung dem Grunde nach erkennen wir an.

Zur Höhe: Die Rechnung der Tischlerei Gruber über 4.860 EUR enthält den Austausch
der gesamten Küchenfront, obwohl nur die Arbeitsplatte betroffen ist. Wir bieten
zur Erledigung 2.350 EUR an (Arbeitsplatte, Abschleifen und Versiegeln des
Parketts, Abzug neu für alt 20 %). Mietausfall ist nicht belegt.

Mit freundlichen Grüßen
Frederik Lüdemann
Schaden Sach/Haftpflicht | Weserland Versicherung AG
""" + FOOT_SHORT)


M(90, 'NORMAL', 'mixed', 'internal',
  'trap: German/English team mail on country risk list (travel warnings, epidemics, hospital quality) - no case',
  'petersen', [('Expat Team', 'expat-team@weserland.example'),
               ('Team Notrufzentrale', 'notrufzentrale-team@weserland.example')],
  'Länderliste Q3 / country risk list Q3', '2026-07-01 09:40', """Hallo zusammen / hi all,

die neue Länderliste ist im Intranet. Kurz die Änderungen:

- Sudan, Haiti: weiterhin keine Deckung für Reisen entgegen Reisewarnung
- Madagaskar: Pest-Ausbruch laut WHO beendet, wieder normale Einstufung
- Bangladesch: Dengue-Welle, Kliniken überlastet – bei stationären Fällen früh
  an Evakuierung nach Bangkok denken

For the English speakers: the list now has a new column "hospital quality"
(A = direct admission OK, B = stabilise and evacuate, C = evacuate
immediately). Please use it when you speak to members who are travelling, not
only when a case is already open.

Danke / thanks
Malte
""")


M(91, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
  'German letter to insured with quoted English discharge summary from Malta (appendicitis, K35.3, antibiotics)',
  'oltmanns', ('Kevin Rademacher', 'kevin.rademacher@netzpost.example'),
  'Entlassbericht Mater Dei – zur Weitergabe an Ihren Hausarzt', '2026-09-25 16:25', """Hallo Herr Rademacher,

wie besprochen unten der Text des Entlassberichts aus Malta, damit Sie ihn Ihrem
Hausarzt zeigen können (das Original mit Stempel kommt per Post). Die Fäden sollen
am 01.10. gezogen werden. Die Klinikrechnung haben wir direkt bezahlt
(Reisekrankenversicherung RK 5532 0781).

Gute Besserung!
Jana Oltmanns
Weserland Assistance 24h

--- Discharge summary (copy) ---
Mater Dei General Hospital, Department of Surgery
Patient: Kevin Rademacher, DOB 07/12/1990
Admitted: 20/09/2026   Discharged: 24/09/2026
Diagnosis: acute appendicitis with localised peritonitis (K35.3)
Procedure: laparoscopic appendicectomy 20/09/2026
Course: uneventful, IV co-amoxiclav 3 days, switched to oral
Medication on discharge: amoxicillin/clavulanic acid 875/125 mg bid for 4 days,
paracetamol 1 g as needed
Follow-up: removal of sutures day 10 by GP, no heavy lifting for 4 weeks
Fit to fly: yes, from 26/09/2026
Signed: Mr J. Camilleri, Consultant Surgeon
""" + '\n' + FOOT_SHORT)


M(92, 'CONFIDENTIAL', 'en', 'insurer-to-company',
  'business travel (baggage/cancellation) policy: XLSX of named travelling employees with passport numbers and trips, no health cover',
  'petersen', ('Travel Management', 'travel@hansecontainer.example'),
  'Business travel policy GR-BT 2210 – declared trips Q4', '2026-10-02 10:10', """Dear Mr Ruhland,

thank you for declaring your Q4 trips. Attached is the confirmation list for the
business travel cover (cancellation, interruption, baggage, travel delay) under
policy GR-BT 2210. Medical cover for these trips runs under your separate group
health contract and is not part of this list.

Please check the passport numbers – two were missing a digit and we corrected them
based on your booking tool export.

Best regards,
Malte Petersen
Travel & Business Travel Underwriting
Weserland Versicherung AG
""" + FOOT_EN,
  atts=[('GR-BT2210_trips_Q4-2026.xlsx', xlsx([
      ('Trips', [
          ['Traveller', 'Passport no.', 'Destination', 'From', 'To', 'Trip cost EUR', 'Covered'],
          ['Jörg Ruhland', 'C01X88K42', 'Shanghai', '2026-10-12', '2026-10-19', 4120, 'yes'],
          ['Anja Ehrhorn', 'C77T2L0P9', 'Singapore', '2026-10-26', '2026-11-02', 3890, 'yes'],
          ['Mehmet Sarı', 'C3K9P1M76', 'Rotterdam', '2026-11-04', '2026-11-05', 610, 'yes'],
          ['Frank Bultmann', 'C5R6T8N13', 'Houston', '2026-11-16', '2026-11-24', 5480, 'yes'],
          ['Anja Ehrhorn', 'C77T2L0P9', 'Dubai', '2026-12-07', '2026-12-10', 2240, 'yes'],
      ])]))])


M(93, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'customer typed an invalid IBAN (quoted); staff asks for correction of refund account - bank data and travel claim',
  'aydin', ('Sandra Pöhlmann', 'sandra.poehlmann@kabelmail.example'),
  'AW: Bankverbindung für Erstattung RR-26-01402', '2026-05-29 09:22', """Hallo Frau Pöhlmann,

danke für die schnelle Antwort. Leider kann die IBAN so nicht stimmen – die
Prüfziffer passt nicht, unser System lehnt sie ab. Vermutlich sind am Ende zwei
Ziffern vertauscht. Könnten Sie bitte noch einmal auf Ihre Bankkarte schauen?

Die Erstattung der Stornokosten (1.318,00 EUR) liegt bereit und geht raus, sobald
wir die richtige Kontonummer haben.

Viele Grüße
Melike Aydın

-----Ursprüngliche Nachricht-----
Von: Sandra Pöhlmann <sandra.poehlmann@kabelmail.example>
Gesendet: Donnerstag, 28. Mai 2026 20:14
An: Aydın, Melike <melike.aydin@weserland.example>
Betreff: Re: Bankverbindung für Erstattung RR-26-01402

Guten Abend,
bitte auf dieses Konto: DE44 3586 2358 0771 7264 17, Sparkasse, Inhaberin
Sandra Pöhlmann.
Danke!!

""" + FOOT_SHORT, mid_style=1)


M(94, 'NORMAL', 'de', 'insurer-to-supplier',
  'trap: order for certified destruction of old paper files incl. "Gesundheitsakten" (security level, containers) - no content',
  'roolfs', ('Disposition Aktenwolf', 'dispo@aktenwolf.example'),
  'Abruf Aktenvernichtung Archiv UG - 40 Sicherheitsbehälter', '2026-11-23 08:55', """Guten Morgen Frau Schnieders,

wir rufen aus dem Rahmenvertrag die Vernichtung des Altarchivs der Leistungsabteilung
ab (Aufbewahrungsfristen abgelaufen, Löschfreigabe des Datenschutzes liegt vor):

- ca. 40 Sicherheitsbehälter à 240 l, Schutzklasse 3, Sicherheitsstufe P-4
  (Gesundheitsakten, Arztberichte, Krankenhausrechnungen der Jahre 2010-2015)
- Abholung: Montag, 07.12.2026, ab 7:00 Uhr, Tiefgarage Am Speicherhof 12
- Vernichtung bitte noch am selben Tag, Vernichtungsprotokoll mit Behälternummern

Bitte schicken Sie zwei Mitarbeiter mit Sicherheitsüberprüfung; unser
Haustechniker Herr Gerdes begleitet die Abholung.

Mit freundlichen Grüßen
Stefan Roolfs
Einkauf
""", charset='iso-8859-1', cte='quoted-printable')


M(95, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'harmless body; attached PDF claim statement with naturopath treatments (acupuncture, diagnosis migraine G43.0) for named insured',
  'meyerdierks', ('Katharina Möhle', 'k.moehle@netzpost.example'),
  'Ihre Leistungsabrechnung vom 13.03.2026', '2026-03-13 07:02', """Sehr geehrte Frau Möhle,

anbei erhalten Sie Ihre Leistungsabrechnung. Bei Fragen erreichen Sie uns
montags bis freitags von 8 bis 18 Uhr.

Mit freundlichen Grüßen
Ihre Weserland Krankenversicherung
""",
  atts=[('Leistungsabrechnung_2026-03-13.pdf', pdf([
      'Weserland Versicherung AG - Krankenversicherung',
      'Frau Katharina Möhle, Lilienthaler Heerstraße 211, 28357 Bremen',
      'Vertrag KV 552 018 334, Tarif AMB 90 + HP 1000',
      '',
      'Leistungsabrechnung vom 13.03.2026',
      '',
      'Heilpraktikerin Annette Brümmer, Rechnung vom 02.03.2026',
      'Diagnose: Migräne ohne Aura (G43.0)',
      '  GebüH 1     Anamnese                         21,00 EUR',
      '  GebüH 26.2  Akupunktur 4 Sitzungen          112,00 EUR',
      '  GebüH 4     Eingehende Untersuchung          15,00 EUR',
      '',
      'Rechnungsbetrag   148,00 EUR',
      'erstattungsfähig  148,00 EUR (Tarif HP 1000, noch verfügbar 2026: 852,00 EUR)',
      'Erstattung        148,00 EUR auf Konto DE18 3530 5913 5833 0404 47',
      '',
      'Mit freundlichen Grüßen, Ihre Weserland Krankenversicherung'],
      title='Leistungsabrechnung'))], charset='utf-8', cte='8bit')


M(96, 'NORMAL', 'en', 'newsletter',
  'trap: student programme newsletter (vaccinations, mental health support, "your health insurance") - no person',
  'newsletter', ('Study abroad community', 'studyabroad@listen.weserland.example'),
  'Your semester abroad: 7 things to sort out before you fly', '2026-07-15 07:00', """WESERLAND STUDY ABROAD - newsletter July 2026

7 things to sort out before you fly

1. Check your visa requirements - many countries want a certificate of insurance
   in English. You can download yours in the app.
2. Vaccinations: get advice 6-8 weeks before departure.
3. Prescription medicines: take enough, and a doctor's letter in English.
4. Save the 24/7 assistance number: +49 421 5570-112.
5. Mental health matters: counselling and psychotherapy are covered in the
   Study Abroad plan - talking to someone early helps.
6. Dental check before you go: routine treatment abroad is not covered.
7. Liability: broke your flatmate's laptop? Personal liability is included.

Questions? studyabroad@weserland.example

Unsubscribe: https://www.weserland.example/newsletter/unsubscribe
""", html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0b4f6c">7 things to sort out before you fly</h2>
<ol>
<li>Check your <b>visa requirements</b> &ndash; many countries want a certificate of insurance in English.</li>
<li><b>Vaccinations</b>: get advice 6&ndash;8 weeks before departure.</li>
<li><b>Prescription medicines</b>: take enough, and a doctor's letter in English.</li>
<li>Save the 24/7 assistance number: <b>+49 421 5570-112</b>.</li>
<li><b>Mental health matters</b>: counselling and psychotherapy are covered in the Study Abroad plan.</li>
<li><b>Dental check</b> before you go: routine treatment abroad is not covered.</li>
<li><b>Liability</b>: broke your flatmate's laptop? Personal liability is included.</li>
</ol>
<p><a href="https://www.weserland.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
""", charset='us-ascii', headers=[('Precedence', 'bulk')])


M(97, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'legal expenses (travel contract law): named customer vs. tour operator over hotel defects, cover confirmed',
  'hollmann', ('Claudia Meinerts', 'claudia.meinerts@mailbox.example'),
  'Reisemängel Hurghada – Deckungszusage RS-26-03390', '2026-10-27 14:18', """Sehr geehrte Frau Meinerts,

für die Geltendmachung Ihrer Minderungsansprüche gegen die SunDune Reisen GmbH
(Pauschalreise Hurghada, 03.–17.10.2026, Reisepreis 3.780 EUR für zwei Personen)
besteht Versicherungsschutz aus Ihrem Privat-Rechtsschutz RS 2204 9918.

Sie haben Baulärm neben dem Hotel, einen geschlossenen Pool und ein anderes als das
gebuchte Zimmer schriftlich beim Reiseleiter gerügt – das ist wichtig. Nach der
Frankfurter Tabelle sind Minderungen von 20–30 % realistisch.

Möchten Sie selbst schreiben oder gleich einen Anwalt beauftragen? Die
Anwaltskosten sind abzüglich Ihrer Selbstbeteiligung von 150 EUR gedeckt.

""" + sig('hollmann') + '\n' + FOOT_DE, charset='windows-1252', cte='quoted-printable')


M(98, 'NORMAL', 'de', 'internal',
  'trap: incident report on telephone outage of the emergency hotline (calls lost, fallback) - no caller data',
  'dierks', [('Bereichsleitung Assistance', 'bl-assistance@weserland.example'), 'oltmanns'],
  'Störungsbericht INC-207781: Ausfall Notrufhotline 02.08. 02:14–02:51', '2026-08-03 11:00', """Hallo zusammen,

hier der Kurzbericht zur Störung in der Nacht auf Sonntag:

Was:     Die Notrufnummer +49 421 5570-112 war 37 Minuten nicht erreichbar
         (Anrufer hörten Besetztzeichen).
Ursache: Fehlerhaftes Firmware-Update am Session Border Controller beim
         Telefonieprovider, automatisches Failover griff nicht.
Folgen:  laut Provider 23 Anrufversuche aus dem Ausland, davon 17 Rufnummern
         identifiziert; die Notrufzentrale hat alle 17 bis 03:40 Uhr
         zurückgerufen. Keine Eskalationen bekannt.
Maßnahmen:
  1. Failover auf die Backup-Nummer wird monatlich getestet (ab sofort)
  2. Provider liefert bis 15.08. Root-Cause-Analyse
  3. Ansage auf Backup-Nummer wird zweisprachig

Die Liste der zurückgerufenen Nummern liegt nur im CaseNet, nicht in dieser Mail.

Lars Dierks
IT-Service Desk
""")


M(99, 'CONFIDENTIAL', 'en', 'broker',
  'broker request quoted: expat client\'s date of birth, address abroad and employer for liability/household quote',
  'brinkmann', ('Ben Hartley', 'ben.hartley@globalmove.example'),
  'RE: Quote request – Dr. Amira Haddad (assignment Bremen)', '2026-08-24 10:02', """Hi Ben,

thanks. For household contents we can only insure the Bremen flat, not her house
in Lyon – she'd need a French insurer for that. Personal liability worldwide is
fine. Quote in her broker post folder this afternoon.

Tobias

> On 21 Aug 2026, at 17:45, Ben Hartley <ben.hartley@globalmove.example> wrote:
>
> Hi Tobias, next one for you:
> Dr. Amira Haddad, born 09/04/1984, French national
> Employer: Airbus Operations GmbH, assignment Bremen 01/10/2026 - 30/09/2028
> Bremen address: Schwachhauser Ring 52, 28209 Bremen
> keeps her house in Lyon: 14 rue des Tanneurs, 69005 Lyon
> wants household + personal liability, annual payment from her French account.
> Thanks, Ben

""" + FOOT_EN)


M(100, 'NORMAL', 'de', 'insurer-to-partner',
  'trap: association survey answered with aggregated assistance costs by country and diagnosis group - no persons',
  'petersen', ('Fachausschuss Reise', 'reise@versichererverband-nord.example'),
  'Umfrage Assistance-Kosten 2025 – Antwort Weserland', '2026-02-25 15:30', """Sehr geehrte Damen und Herren,

zu Ihrer Umfrage vom 02.02. unsere Werte für 2025 (nur Reise-Assistance,
Auslandsreisekrankenversicherung, ohne Expat):

  Anzahl Assistance-Fälle                    5.812
  davon stationär                            1.944
  Rücktransporte gesamt                        312
  davon Ambulanzjet                             46
  durchschnittliche Kosten je stationärem Fall  6.340 EUR
  Anteil USA am Aufwand                          31 %

Häufigste Diagnosegruppen (Anteil an stationären Fällen): Verletzungen 34 %,
Herz-Kreislauf 21 %, Infektionen 14 %, Verdauung 9 %, sonstige 22 %.

Die Zahlen dürfen in der anonymisierten Marktauswertung verwendet werden,
nicht mit Nennung unseres Hauses.

Mit freundlichen Grüßen
Malte Petersen
""" + FOOT_SHORT)

# ======================================================================
# MAILS 101-125
# ======================================================================

M(101, 'NORMAL', 'en', 'insurer-to-partner',
  'trap: remittance advice to assistance partner with its company IBAN, invoice numbers and "medical cases" fee - no person',
  ('Weserland Accounts Payable', 'kreditoren@weserland.example'),
  ('Meridian Finance', 'finance@meridian-assist.example'),
  'Remittance advice – payment run 2026-05-04', '2026-05-04 06:30', """Dear Sir or Madam,

we have today initiated the following payment to your account
Meridian Medical Assistance Ltd, IBAN GB73 BARC 7575 9796 6731 08:

  Invoice        Date         Description                              EUR
  MMA-26-0412    2026-04-02   Service fee April, 24/7 medical desk   38,500.00
  MMA-26-0388    2026-03-31   Case handling fees March (207 cases)   15,525.00
  MMA-26-0391    2026-03-31   Credit note duplicate fee               -75.00
  Total                                                              53,950.00

Value date: 2026-05-06. Please quote our creditor number 700418 in all
correspondence.

Weserland Versicherung AG - Accounts Payable
This is an automatically generated message.
""", charset='us-ascii', headers=[('Auto-Submitted', 'auto-generated')])


M(102, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
  'final bill settlement to Bangkok hospital; CSV attachment lists patient, ICD codes (A90, D69.6) and charges',
  'dubois', ('International Patient Office', 'ipo@riverside-bkk.example'),
  'WA-26-02215 – final settlement', '2026-03-06 10:45', """Dear Khun Siriporn,

thank you for the final invoice for case WA-26-02215. We have checked it against
the guarantee of payment; please find our settlement file attached (CSV, same
format as last time). We will transfer THB 261,940 this week.

The companion bed and the minibar charges (THB 9,800) are not covered and have
been billed to the patient directly, as agreed with him at discharge.

Best regards,
Claire Dubois
Weserland Assistance 24h
""",
  atts=[('settlement_WA-26-02215.csv', csvtext([
      ['case', 'patient', 'dob', 'admission', 'discharge', 'icd10', 'item', 'billed_thb', 'paid_thb'],
      ['WA-26-02215', 'Jannik Brüggemann', '1994-09-17', '2026-02-10', '2026-02-16', 'A90', 'Room and board 6 nights', '72000', '72000'],
      ['WA-26-02215', 'Jannik Brüggemann', '1994-09-17', '2026-02-10', '2026-02-16', 'D69.6', 'Platelet monitoring, labs', '48600', '48600'],
      ['WA-26-02215', 'Jannik Brüggemann', '1994-09-17', '2026-02-10', '2026-02-16', 'A90', 'IV fluids, medication', '61340', '61340'],
      ['WA-26-02215', 'Jannik Brüggemann', '1994-09-17', '2026-02-10', '2026-02-16', '', 'Physician fees', '80000', '80000'],
      ['WA-26-02215', 'Jannik Brüggemann', '1994-09-17', '2026-02-10', '2026-02-16', '', 'Companion bed, minibar', '9800', '0'],
  ]))])


M(103, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'e-bike theft: named customer, frame number, police file, household contract, payout',
  'luedemann', ('Heinz-Dieter Kattau', 'hd.kattau@web-post.example'),
  'E-Bike gestohlen – Hausrat HR 5 902 118-3, Schaden HR-26-044087', '2026-06-08 10:16', """Sehr geehrter Herr Kattau,

Ihr E-Bike (Kalkhoff Endeavour, Rahmennummer WBK44120877Z) wurde am 30.05.2026 vor
dem Bahnhof Delmenhorst gestohlen, obwohl es mit einem Bügelschloss angeschlossen
war. Die Polizei hat die Anzeige unter 0412-26-118730 aufgenommen.

Ihre Fahrradklausel sieht den Ersatz bis 3.000 EUR vor:
  Kaufpreis 04/2024                        3.299,00 EUR
  Entschädigung (Neuwert bis Höchstbetrag) 3.000,00 EUR

Das Geld überweisen wir auf das Konto, von dem wir Ihren Beitrag einziehen.
Falls das Rad wieder auftaucht, melden Sie sich bitte – Sie können dann wählen,
ob Sie das Rad zurücknehmen und die Entschädigung zurückzahlen.

""" + sig('luedemann') + '\n' + FOOT_DE, cte='8bit')


M(104, 'NORMAL', 'de', 'internal',
  'trap: rejection letter template "Vorerkrankung" with «Platzhalter» for diagnosis/name, sent for review - no real person',
  'rasch', [('Team Leistung Reise', 'leistung-reise@weserland.example'), 'faber'],
  'Entwurf neuer Textbaustein "Ablehnung – nicht unvorhergesehen"', '2026-04-21 14:25', """Hallo zusammen,

wie im Beschwerdebericht angekündigt: ein verständlicherer Baustein für
Ablehnungen wegen vorhersehbarer Behandlung. Bitte bis 30.04. kommentieren,
Henrik bitte besonders den medizinischen Teil.

------------------------------------------------------------------
Sehr geehrte/r «Anrede» «Nachname»,

vielen Dank für Ihre Rechnungen aus «Land» vom «Rechnungsdatum».

Ihre Auslandsreisekrankenversicherung soll helfen, wenn Sie im Urlaub
unerwartet krank werden oder einen Unfall haben. Nicht versichert sind
Behandlungen, von denen schon vor der Reise feststand oder feststehen musste,
dass sie während der Reise nötig werden.

Bei Ihnen war «Diagnose» bereits am «Datum Vorbehandlung» bekannt, und Ihr Arzt
hatte «Maßnahme» geplant. Deshalb können wir die Kosten von «Betrag» leider
nicht übernehmen.

Sind Sie anderer Meinung? Schreiben Sie uns – wir prüfen Ihren Fall gern noch
einmal. Sie können sich auch an den Versicherungsombudsmann wenden.
------------------------------------------------------------------

Danke!
Imke
""")


M(105, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'student in Dublin: counselling sessions for anxiety disorder (F41.1) approved under study abroad health plan',
  'okafor', ('Lennart Visser', 'l.visser@uni-mail.example'),
  'Re: counselling sessions – are they covered?', '2026-11-05 12:07', """Hi Lennart,

thanks for getting in touch, and well done for looking for support.

Yes – the sessions with Ms Aoife Brennan (accredited psychotherapist, Dublin 8) are
covered under your Study Abroad plan SA 2207 4419. Her referral letter mentions
generalised anxiety disorder (F41.1); that is all we need, no further report for
now.

  covered: up to 25 sessions per year, EUR 90 per session max.
  her fee: EUR 80 per session -> fully covered
  billing: you pay her and upload the receipts in the app, or she invoices us
           directly (she has done that for other students)

If she recommends medication through a GP, prescriptions are covered too.

Take care,
Ruth

""" + sig('okafor', 'en', short=True) + '\n' + FOOT_EN)


M(106, 'NORMAL', 'en', 'internal',
  'trap: ODS with call volumes by language, country and case type (medical, hospital, repatriation) - aggregates',
  'oltmanns', [('Expat Team', 'expat-team@weserland.example'), 'gallagher'],
  'Call volume by language – for the staffing discussion', '2026-10-08 10:38', """Hi Owen, hi all,

for Thursday's staffing discussion, attached are the call volumes Jan–Sep by
language and case type. Short version: Spanish and Turkish are fine, Thai and
Arabic calls go to the interpreter line in 80 % of cases, and we lose time there.

Jana
""",
  atts=[('call_volume_2026_Q1-Q3.ods', ods([
      ('by language', [
          ['Language', 'Calls', 'via interpreter', 'avg handling min'],
          ['German', 14210, 0, 7.2], ['English', 5120, 0, 8.9], ['Spanish', 1880, 310, 10.4],
          ['Turkish', 960, 240, 11.0], ['Thai', 410, 330, 16.8], ['Arabic', 390, 312, 15.9],
          ['French', 640, 120, 9.8]]),
      ('by case type', [
          ['Case type', 'Cases'], ['outpatient advice', 6120], ['hospital admission', 1944],
          ['repatriation', 231], ['lost documents / money', 588], ['other', 1402]])],
      title='Call volume 2026'))])


M(107, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'annual premium statement for tax return: named customer, tax ID, liability and household premiums paid',
  'service', ('Dr. Amira Haddad', 'amira.haddad@mailbox.example'),
  'Premium statement 2026 for your tax return', '2026-12-30 08:00', """Dear Dr Haddad,

as requested, here is your premium statement for 2026 for the German tax office:

  Policyholder:          Dr. Amira Haddad, Schwachhauser Ring 52, 28209 Bremen
  Tax ID (Steuer-ID):    58 441 902 317
  Personal liability     PH 7720 0914    premiums paid 2026:  EUR  61.80
  Household contents     HR 9 441 230-7  premiums paid 2026:  EUR 118.40

Only the liability premium can be claimed as "other provision expenses"
(sonstige Vorsorgeaufwendungen). Household premiums are not tax-deductible.

Kind regards,
Weserland Customer Service
""" + FOOT_EN)


M(108, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'group accident insurance: employer informed about named employee\'s injuries in a business-trip accident in Brazil',
  'evers', ('Personalabteilung Hanse Container', 'personal@hansecontainer.example'),
  'Gruppenunfallversicherung GU 1108 – Unfall Herr Mehmet Sarı, São Paulo', '2026-11-20 13:30', """Sehr geehrte Frau Lorenzen,

wir bestätigen den Eingang Ihrer Unfallanzeige. Herr Mehmet Sarı ist über Ihre
Gruppenunfallversicherung GU 1108 versichert; Dienstreisen sind eingeschlossen.

Nach dem Bericht des Hospital Sírio-Libanês hat Herr Sarı bei dem Taxiunfall am
16.11.2026 eine Beckenringfraktur (S32.8) und eine Rippenserienfraktur links
erlitten. Er wird voraussichtlich am 27.11. liegend nach Hamburg zurückgeflogen;
das organisiert unsere Assistance.

Für die Unfallversicherung benötigen wir später den Entlassbericht aus Hamburg
und nach Abschluss der Behandlung ein ärztliches Gutachten zur Invalidität. Herr
Sarı bekommt die Unterlagen direkt von uns – bitte leiten Sie keine Arztberichte
über die Personalabteilung weiter.

""" + sig('evers') + '\n' + FOOT_DE)


M(109, 'NORMAL', 'de', 'newsletter',
  'trap: broker newsletter on new cancellation tariff with fictitious sample family ("Familie Muster, fiktiv"), illness examples, no real person',
  'makler', ('Vertriebspartner Reise', 'makler-reise@listen.weserland.example'),
  'Makler-Info 04/2026: Reiserücktritt Komfort+ – was ist neu?', '2026-05-04 07:15', """Makler-Info 04/2026
-------------------

Reiserücktritt Komfort+ ab 1. Juni 2026

Neu versichert:
- Rücktritt wegen Schwangerschaft, wenn diese erst nach Buchung festgestellt wird
- Rücktritt wegen psychischer Erkrankung (ärztlich attestiert), ohne Wartezeit
- Impfunverträglichkeit bei für das Reiseland empfohlenen Impfungen
- Verlust des Arbeitsplatzes und Aufnahme eines neuen Jobs

Rechenbeispiel (fiktiv): Familie Muster, zwei Erwachsene (40/38), zwei Kinder,
Pauschalreise Mallorca 4.200 EUR, Tarif ohne Selbstbehalt: Einmalbeitrag 168 EUR.
Muss die Reise wegen einer Blinddarmentzündung eines Kindes storniert werden,
zahlen wir die vollen Stornokosten.

Schulungsvideo und Produktblatt: https://makler.weserland.example/rr-komfort-plus

Ihr Weserland Maklerservice
Abmelden: https://makler.weserland.example/abmelden
""", headers=[('Precedence', 'bulk')], charset='iso-8859-1', cte='8bit')


M(110, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'travel cancellation because named customer was summoned as a witness to court - no health reason, amounts',
  'aydin', ('Florian Eggers', 'florian.eggers@kabelmail.example'),
  'Stornierung Rom – Ladung als Zeuge', '2026-09-14 11:52', """Hallo Herr Eggers,

eine Zeugenladung vor Gericht ist tatsächlich ein versicherter Rücktrittsgrund,
sofern der Termin nicht verschoben werden kann. Das Landgericht Verden hat uns
Ihren Antrag auf Verlegung und die Ablehnung vom 02.09. bestätigt – danke für die
Unterlagen.

Aus Ihrer Reiserücktrittsversicherung RR 8812 4460 erstatten wir:
  Flug Bremen–Rom (Ryanair), nicht erstattbar      189,98 EUR
  Hotel Trastevere, 3 Nächte, Stornogebühr 100 %   412,00 EUR
  Summe                                            601,98 EUR

Ihre Begleitung, Frau Yasmin Hadžić, ist nicht im Vertrag versichert und hat
keinen eigenen Rücktrittsgrund; ihre Kosten können wir leider nicht übernehmen.

""" + sig('aydin') + '\n' + FOOT_DE)


M(111, 'NORMAL', 'en', 'insurer-to-supplier',
  'trap: IT vendor asked to enforce TLS for partner domains (hospitals, assistance partner) - only domains and settings',
  'dierks', ('Support SecureGate', 'support@securegate-mail.example'),
  'Ticket #88124 – enforce TLS for partner domains', '2026-06-16 15:20', """Hello SecureGate support,

please add the following domains to the "TLS mandatory" policy on our gateway
(cluster BRE-01 and BRE-02), effective 22 June:

  meridian-assist.example        (assistance partner, medical reports)
  aerocura.example               (air ambulance, flight orders)
  riverside-bkk.example          (hospital, direct billing)
  mercylakes.example             (hospital, USA)
  clinica-santelmo.example       (hospital, Lanzarote)

Minimum TLS 1.2, certificate validation required (no opportunistic fallback).
If the remote server does not offer TLS, mails must be routed to the portal
(notification mail to the recipient) instead of being bounced.

Meridian and Aerocura additionally have domain certificates for gateway-to-
gateway S/MIME - please keep that rule first.

Thanks,
Lars Dierks
IT Service Desk, Weserland Versicherung AG
""", charset='us-ascii')


M(112, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-partner',
  'case handover to assistance partner: named insured in Egypt with gastroenteritis and dehydration (A09, E86); German note forwarded',
  'oltmanns', ('Meridian Medical Desk', 'medical@meridian-assist.example'),
  'Case handover WA-26-04871 – Hurghada, Ms Renate Kück', '2026-10-18 23:40', """Dear Meridian team,

please take over case WA-26-04871 for the night shift as agreed (overflow):

Insured: Renate Kück, born 21/06/1957, policy RK 7719 0442
Location: El Gouna Hospital, Hurghada, room 112
Reason: acute gastroenteritis (A09) with dehydration (E86), creatinine elevated,
on IV fluids since 16:00. Type 2 diabetes on metformin (paused).
GOP: EUR 5,000 issued 18/10 19:20.
To do: medical update at 08:00 local, ask whether metformin restart is planned,
inform husband (+49 171 000 3318) – he is in the hotel and speaks only German.

Internal note from our colleague below (in German, sorry).

Thanks, Jana

---------- Weitergeleitete Nachricht ----------
Von: Melike Aydın <melike.aydin@weserland.example>
Datum: Sa., 18. Okt. 2026 um 19:02
Betreff: Kück Hurghada

Ehemann sagt, sie hatte schon im Hotel seit 3 Tagen Durchfall und hat kaum
getrunken. Nierenwerte laut Arzt "nicht gut". Bitte Zucker im Blick behalten,
sie spritzt kein Insulin. Rückflug regulär am 25.10.
""", mid_style=1)


M(113, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'pro-rata premium refund for cancelled annual travel policy: named customer, IBAN (NL), policy',
  'service', ('Joost van Dalen', 'joost.vandalen@netzpost.example'),
  'Cancellation confirmed – annual travel policy RJ 5520 1183', '2026-03-20 09:44', """Dear Mr van Dalen,

we confirm the cancellation of your annual travel policy RJ 5520 1183 as of
31 March 2026, because you are moving back to the Netherlands.

Premium paid for 01/09/2025 – 31/08/2026:   EUR 144.00
Refund for April – August (5 months):        EUR  60.00

We will transfer the refund to the account you gave us:
NL30 ABNA 6894 0061 36 (J. van Dalen).

Thank you for having been our customer – goede reis!

Weserland Customer Service
""" + FOOT_EN)


M(114, 'NORMAL', 'de', 'insurer-to-broker',
  'trap: general commission rates for travel products to a travel agency (Provision, Konto, Abrechnung) - no customer, no account data',
  'brinkmann', ('Reisebüro Sonnenhafen', 'info@sonnenhafen-reisen.example'),
  'AW: Provisionssätze Reiseversicherung 2026', '2026-01-15 15:47', """Hallo Frau Cordes,

gern die Sätze für 2026 im Überblick (unverändert zum Vorjahr außer Komfort+):

  Reiserücktritt Einmalschutz          25 % vom Nettobeitrag
  Reiserücktritt Komfort+ (neu)        22 %
  Jahresreiseschutz                    20 % im 1. Jahr, 7,5 % Folgejahre
  Auslandskrankenversicherung lang     15 %

Die Abrechnung läuft wie gehabt monatlich über die Vermittlerpost; die Zahlung
geht auf das Geschäftskonto, das in Ihrem Agenturvertrag hinterlegt ist.
Stornos innerhalb von 14 Tagen werden verrechnet.

Viele Grüße
Tobias Brinkmann

> Hallo Herr Brinkmann, können Sie mir die aktuellen Provisionssätze schicken?
> Unsere neue Kollegin fragt. Danke! Heike Cordes

""" + FOOT_SHORT)


M(115, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
  'HR: return-to-work (BEM) invitation for named employee after 9 weeks of illness incl. rehab - employee health data',
  'wuebbenhorst', ('Torsten Eilers', 'torsten.eilers@weserland.example'),
  'Einladung zum BEM-Gespräch [vertraulich]', '2026-06-01 09:30', """Lieber Herr Eilers,

schön, dass Sie nach Ihrer Reha in Bad Bevensen wieder da sind. Sie waren in den
letzten zwölf Monaten insgesamt mehr als sechs Wochen arbeitsunfähig (zuletzt
neun Wochen nach der Bandscheiben-OP). Deshalb bieten wir Ihnen, wie gesetzlich
vorgesehen, ein betriebliches Eingliederungsmanagement (BEM) an.

Die Teilnahme ist freiwillig. Im Gespräch geht es darum, was Ihnen die Rückkehr
erleichtert – z. B. ein höhenverstellbarer Schreibtisch, weniger Nachtschichten in
der Notrufzentrale oder eine stufenweise Wiedereingliederung. Diagnosen müssen Sie
uns nicht nennen.

Terminvorschlag: Dienstag, 09.06., 10:00 Uhr, Raum 1.08. Auf Wunsch nehmen Frau
Brand vom Betriebsrat und Dr. Kühl (Betriebsarzt) teil.

Bitte geben Sie mir bis 05.06. Bescheid.

Herzliche Grüße
Anke Wübbenhorst
Personalabteilung
""", headers=[('Sensitivity', 'Private')])


M(116, 'CONFIDENTIAL', 'de', 'internal',
  'HR: salary adjustment letter to named employee with new gross salary and grade - income data',
  'wuebbenhorst', ('Claire Dubois', 'claire.dubois@weserland.example'),
  'Ihre Gehaltsanpassung zum 01.07.2026', '2026-06-19 16:00', """Liebe Frau Dubois,

wir freuen uns, Ihnen mitzuteilen, dass Sie mit Wirkung zum 01.07.2026 in die
Tarifgruppe VII, Stufe 3 eingruppiert werden. Damit verbunden ist die Übernahme
der fachlichen Leitung "Rücktransporte".

  bisheriges Bruttomonatsgehalt   4.612,00 EUR
  neues Bruttomonatsgehalt        5.288,00 EUR
  Funktionszulage                   250,00 EUR

Die Schichtzulagen bleiben unverändert. Ein Nachtrag zu Ihrem Arbeitsvertrag geht
Ihnen per Hauspost zu; bitte unterschreiben Sie ein Exemplar und schicken Sie es
an die Personalabteilung zurück.

Herzlichen Glückwunsch und viele Grüße
Anke Wübbenhorst
Personalabteilung
""", cc=['oltmanns'])


M(117, 'NORMAL', 'en', 'insurer-to-partner',
  'trap: treaty renewal meeting with reinsurer (loss ratios, medical inflation) as ICS - business only',
  'petersen', ('Dr. Annette Vollmers', 'a.vollmers@elbe-re.example'),
  'Travel QS treaty 2027 – renewal meeting', '2026-09-28 11:10', """Dear Annette,

as discussed, invitation attached for the renewal meeting of the travel quota share
for 2027 in Hamburg. On our side: Ms Feldhaus (first hour), Owen Gallagher and me.

Topics from our side: loss ratio development 2024–2026 (medical inflation in
the USA and Spain), repatriation costs after the new air-ambulance contract,
commission and the event limit for epidemics.

Looking forward to seeing you,
Malte
""",
  atts=[('Renewal_TravelQS_2027.ics',
         ics('elbere-renewal-2027', '20261020T100000', '20261020T150000',
             'Renewal Travel QS 2027 – Elbe Re / Weserland', 'Elbe Re, Ballindamm 40, Hamburg',
             'Loss ratios, medical inflation, repatriation costs, commission, epidemic event limit.',
             ('Malte Petersen', 'malte.petersen@weserland.example'),
             [('Annette Vollmers', 'a.vollmers@elbe-re.example'),
              ('Owen Gallagher', 'owen.gallagher@weserland.example')]))])


M(118, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'expat claim statement (plain + HTML table): physiotherapy and orthopaedic visits for named member, rotator cuff (M75.1)',
  'expat', ('Dr. Tobias Achterberg', 't.achterberg@mailbox.example'),
  'Claim statement 2026-0931 – Weserland Global Health', '2026-08-14 06:45', """Dear Dr Achterberg,

your claim has been processed (member WGH 6612 018-01, Singapore).

Date        Provider                       Treatment                       Billed SGD  Paid SGD
2026-07-20  Orchard Orthopaedic Clinic     consultation, ultrasound         420.00     420.00
2026-07-22  Orchard Orthopaedic Clinic     MRI right shoulder             1,150.00   1,150.00
2026-07-27  Physio Plus Tanjong Pagar      physiotherapy x6                 720.00     720.00
                                           total                          2,290.00   2,290.00

Diagnosis as stated by the provider: rotator cuff tear, right shoulder (M75.1).
Deductible 2026 already met. Paid to your account on file.

Weserland Expat Care
""", html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Dr Achterberg,</p>
<p>your claim has been processed (member WGH 6612 018-01, Singapore).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date</th><th>Provider</th><th>Treatment</th><th>Billed SGD</th><th>Paid SGD</th></tr>
<tr><td>2026-07-20</td><td>Orchard Orthopaedic Clinic</td><td>consultation, ultrasound</td><td>420.00</td><td>420.00</td></tr>
<tr><td>2026-07-22</td><td>Orchard Orthopaedic Clinic</td><td>MRI right shoulder</td><td>1,150.00</td><td>1,150.00</td></tr>
<tr><td>2026-07-27</td><td>Physio Plus Tanjong Pagar</td><td>physiotherapy x6</td><td>720.00</td><td>720.00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>2,290.00</b></td><td><b>2,290.00</b></td></tr>
</table>
<p>Diagnosis as stated by the provider: rotator cuff tear, right shoulder (M75.1).<br>
Deductible 2026 already met. Paid to your account on file.</p>
<p>Weserland Expat Care</p>
</body></html>
""", charset='us-ascii', cte='quoted-printable')


M(119, 'NORMAL', 'de', 'internal',
  'trap: company doctor flu vaccination campaign (Impfung, Vorerkrankungen, Allergien in general terms) - no individual',
  'wuebbenhorst', ('Alle Mitarbeitenden', 'alle@weserland.example'),
  'Grippeschutzimpfung im Haus – 3. und 4. November', '2026-10-20 08:05', """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser Betriebsarzt Dr. Kühl die Grippeschutzimpfung im
Haus an:

  Dienstag, 03.11., 9–12 Uhr, und Mittwoch, 04.11., 13–16 Uhr
  Betriebsarztpraxis, Raum 0.14

Die Impfung ist freiwillig und kostenlos. Bitte bringt euren Impfpass mit. Wer
Vorerkrankungen hat, auf Hühnereiweiß allergisch reagiert oder schwanger ist,
bespricht das bitte vorher direkt mit Dr. Kühl – nicht mit der Führungskraft und
nicht mit der Personalabteilung.

Eine Anmeldung ist nicht nötig. Die Impfung gilt als Arbeitszeit.

Viele Grüße
Anke Wübbenhorst
""")


M(120, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'motor assistance: breakdown in France, towing and hotel refund to named customer with IBAN',
  'claasen', ('Thorsten Imholze', 'thorsten.imholze@maildorf.example'),
  'Schutzbrief – Panne bei Lyon, Erstattung', '2026-08-21 13:26', """Guten Tag Herr Imholze,

die Rechnungen zur Panne auf der A6 bei Lyon (Kupplung, 09.08.2026) haben wir
aus Ihrem Kfz-Schutzbrief (Vertrag KF 4410 7783, Kennzeichen WST-TI 58) geprüft:

  Abschleppen Dépannage Rhône Autos         285,00 EUR
  Hotel Ibis Villefranche, 2 Nächte, 4 Pers. 236,00 EUR
  Reparatur (nicht versichert)                  –
  Erstattung                                521,00 EUR

Die Reparatur selbst ist im Schutzbrief nicht versichert, das wissen Sie ja schon.
Wir überweisen auf Ihr Konto DE35 0010 2881 5564 6928 35.

Gute Heimfahrt hatten Sie hoffentlich trotzdem!

""" + sig('claasen') + '\n' + FOOT_DE, charset='windows-1252', cte='base64')


M(121, 'NORMAL', 'en', 'internal',
  'trap: personnel announcement (new colleague in expat team, previous job at assistance partner) - no private data',
  'gallagher', [('Expat Team', 'expat-team@weserland.example'),
                ('Team Notrufzentrale', 'notrufzentrale-team@weserland.example')],
  'Welcome Inês!', '2026-09-01 08:58', """Hi everyone,

please welcome Inês Carvalho, who joins the Expat team today as case manager.
Inês worked for five years on the medical desk of our partner Meridian in Malta,
so many of you already know her voice from the phone. She speaks Portuguese,
Spanish, English and "enough German to understand our jokes".

She'll sit next to Claire for the first weeks and will mostly handle Brazil,
Portugal and Spain cases. Lunch with the team on Wednesday – please join!

Owen
""", charset='utf-8', cte='8bit')


M(122, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'life insurance death benefit paid to named beneficiary after death of insured abroad (cause in death certificate)',
  'evers', ('Maren Schoon-Pattison', 'maren.pattison@mailbox.example'),
  'Lebensversicherung LV-91 330 018 Ihres Vaters – Auszahlung', '2026-03-04 10:20', """Sehr geehrte Frau Schoon-Pattison,

nochmals unser herzliches Beileid zum Tod Ihres Vaters.

Mit der internationalen Sterbeurkunde aus Phuket (Todesursache: septischer Schock)
und Ihrem Personalausweis liegen uns alle Unterlagen vor. Sie sind im Vertrag
LV-91 330 018 als Bezugsberechtigte für den Todesfall eingetragen; ein Erbschein
ist deshalb nicht nötig.

  Versicherungssumme Todesfall        50.000,00 EUR
  Überschussbeteiligung                1.842,17 EUR
  Auszahlung                          51.842,17 EUR

Die Auszahlung erfolgt auf Ihr Konto DE30 9453 4582 9199 3632 56. Wir melden
die Auszahlung nach § 33 ErbStG an das zuständige Finanzamt.

Wenn Sie Fragen haben, rufen Sie mich gern direkt an.

""" + sig('evers') + '\n' + FOOT_DE)


M(123, 'NORMAL', 'mixed', 'insurer-to-partner',
  'trap: bilingual agenda for partner visit (case reviews anonymised, data protection, repatriation process) as PDF',
  'oltmanns', [('Rebecca Farrugia', 'r.farrugia@meridian-assist.example')],
  'Visit Bremen 2–3 June / Besuch Bremen – agenda', '2026-05-18 14:12', """Dear Rebecca,

anbei / attached the agenda for your visit. We have kept the case reviews
anonymised, as agreed – no names on the slides, please.

Hotel: Atlantic Grand, two nights booked for you and Daniel (paid by us).
Pick-up at the airport on 2 June, 10:15, by our driver.

Bis bald / see you soon,
Jana
""",
  atts=[('Agenda_Meridian_Visit_June2026.pdf', pdf([
      'Meridian Medical Assistance - visit to Weserland, Bremen, 2-3 June 2026',
      '',
      'Tuesday, 2 June',
      '11:00  Welcome / Begrüßung - Ulrike Feldhaus',
      '11:30  Tour of the emergency centre / Rundgang Notrufzentrale',
      '13:30  Repatriation process end-to-end (Claire Dubois, Dr. Henrik Faber)',
      '15:00  Anonymised case reviews: 3 complex hospital cases 2025',
      '16:30  Data protection: sharing medical reports, consent of relatives (Mareike Thiele)',
      '',
      'Wednesday, 3 June',
      '09:00  Overflow process for night shifts / Nacht-Überlauf',
      '10:30  KPIs and SLA 2027',
      '12:00  Lunch, departure'], title='Agenda visit'))])


M(124, 'CONFIDENTIAL', 'en', 'insurer-to-authority',
  'request to local police abroad for report copy on a stolen rental car of named insured - no injury',
  'stubbe', ('Policía Local de Marbella – Atestados', 'atestados@policia-marbella.example'),
  'Request for copy of police report – theft of vehicle 5521 KXP, 14/07/2026', '2026-07-24 09:12', """Dear Sir or Madam,

we are the insurer of Ms Christiane Wolters (German national, passport no.
C2W8L4K03), who reported the theft of her rental car, a white Seat Ibiza,
registration 5521 KXP, on 14 July 2026 at your station (report no.
MB-2026-071433). She has authorised us to obtain a copy of the report (power of
attorney attached in Spanish and English).

We need the copy for the settlement with the rental company Costa Rent S.L.
under her rental-car excess insurance.

Thank you in advance.

""" + sig('stubbe', 'en') + '\n' + FOOT_EN,
  atts=[('Poder_Power_of_attorney_Wolters.pdf', pdf([
      'PODER / POWER OF ATTORNEY',
      '',
      'Yo / I, Christiane Wolters, nacida / born 11/04/1979, domicilio / residing at',
      'Hollerallee 27, 28209 Bremen, Alemania / Germany, pasaporte / passport C2W8L4K03,',
      'autorizo a / authorise Weserland Versicherung AG, Bremen, a solicitar copia de la',
      'denuncia MB-2026-071433 / to request a copy of report MB-2026-071433.',
      '',
      'Bremen, 22/07/2026    firmado / signed: Christiane Wolters'], title='Poder'))])


M(125, 'NORMAL', 'de', 'insurer-to-supplier',
  'trap: framework contract for telephone interpreting in emergency calls (medical terminology, Schweigepflicht clause), supplier company IBAN',
  'roolfs', ('Vertrieb DolmetschDirekt GmbH', 'vertrieb@dolmetschdirekt.example'),
  'Rahmenvertrag Telefondolmetschen 2026–2028 – Gegenzeichnung', '2026-01-07 13:40', """Sehr geehrter Herr Kaminski,

anbei erhalten Sie den von uns unterschriebenen Rahmenvertrag zurück. Die für uns
wichtigen Punkte noch einmal zusammengefasst:

- Verfügbarkeit 24/7 für Thai, Arabisch, Türkisch, Russisch, Vietnamesisch;
  Verbindung innerhalb von 60 Sekunden
- Dolmetscher mit Erfahrung in medizinischer Terminologie (Arztgespräche über
  Diagnosen, Medikation, Transportfähigkeit)
- Verpflichtung aller Dolmetscher auf Verschwiegenheit nach § 203 Abs. 4 StGB,
  Nachweis bis 31.01.
- keine Aufzeichnung der Gespräche beim Dienstleister
- Preis 1,95 EUR/Minute, Abrechnung monatlich

Zahlungen erfolgen auf Ihr Geschäftskonto DolmetschDirekt GmbH,
IBAN DE70 7472 4383 7286 2875 95, wie im Vertrag angegeben.

Mit freundlichen Grüßen
Stefan Roolfs
Einkauf
""", atts=[('Rahmenvertrag_Telefondolmetschen_signiert.pdf', pdf([
      'Rahmenvertrag Telefondolmetschen 2026-2028',
      'zwischen Weserland Versicherung AG, Bremen, und DolmetschDirekt GmbH, Hannover',
      '',
      '§ 1 Gegenstand: Telefondolmetschen für die 24h-Notrufzentrale',
      '§ 2 Verfügbarkeit: 24/7, Verbindung innerhalb von 60 Sekunden',
      '§ 3 Verschwiegenheit: Die Dolmetscher werden nach § 203 Abs. 4 StGB verpflichtet.',
      '§ 4 Datenschutz: keine Aufzeichnung; Auftragsverarbeitungsvertrag als Anlage 2',
      '§ 5 Vergütung: 1,95 EUR je angefangene Minute, monatliche Abrechnung',
      '§ 6 Laufzeit: 01.02.2026 bis 31.01.2028',
      '',
      'Bremen, 07.01.2026 - gez. Stefan Roolfs (Einkauf), gez. Dr. Yasemin Korkmaz (Vorstand)'],
      title='Rahmenvertrag'))])

# ======================================================================
# MAILS 126-150
# ======================================================================

M(126, 'NORMAL', 'de', 'insurer-to-customer',
  'trap: reminder that a portal message has not been retrieved (Erinnerung, Löschfrist) - no content, no contract',
  'portal', 'k.moehle@netzpost.example',
  'Erinnerung: Ungelesene Nachricht in Ihrem SecureMail-Postfach', '2026-04-10 18:00', """Guten Tag,

in Ihrem Postfach im Weserland SecureMail-Portal liegt seit 14 Tagen eine
ungelesene Nachricht.

Bitte melden Sie sich unter https://securemail.weserland.example an, um sie zu
lesen. Nach 90 Tagen wird die Nachricht automatisch gelöscht.

Sie können sich nicht mehr anmelden? Über "Passwort vergessen" setzen Sie Ihr
Passwort mit Ihrer Sicherheitsfrage zurück. Falls Sie die Antwort nicht mehr
wissen, rufen Sie uns an: +49 421 5570-0.

Diese Nachricht wurde automatisch erzeugt.
Weserland Versicherung AG
""", headers=[('Auto-Submitted', 'auto-generated')], charset='iso-8859-1', cte='8bit')


M(127, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'dog owner liability: named customer\'s dog bit another dog (vet bill of third party), claim number - animal only',
  'luedemann', ('Sven Hullmann', 'sven.hullmann@kabelmail.example'),
  'Ihr Hund Bruno – Tierarztkosten des Geschädigten, TH-26-00288', '2026-02-17 12:40', """Hallo Herr Hullmann,

die Tierarztrechnung für den Labrador von Frau Ahlers (Wunde am Hals nach dem
Beißvorfall am 08.02. auf der Hundewiese am Werdersee) liegt uns jetzt vor:
612,40 EUR. Wir zahlen den Betrag aus Ihrer Hundehalterhaftpflicht TH 5590 2271
direkt an Frau Ahlers.

Zum Mitverschulden: Beide Hunde waren nach Ihren Angaben ohne Leine, aber auf
einer freigegebenen Freilauffläche. Wir rechnen daher kein Mitverschulden an.

Ihre Selbstbeteiligung beträgt 150 EUR – die Rechnung dafür kommt separat.

Schöne Grüße
Frederik Lüdemann
""" + FOOT_SHORT, cte='quoted-printable')


M(128, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'au-pair in the UK told her pregnancy care is not covered beyond emergencies (pregnancy confirmed week 8)',
  'okafor', ('Mariya Petrova', 'mariya.petrova@mailbox.example'),
  'Re: pregnancy – what is covered?', '2026-10-22 16:33', """Dear Mariya,

thank you for trusting us with this – I know it's a lot to take in, especially
far from home.

Your au-pair policy AP 8831 2046 (Weserland Au-pair UK) covers:
  - emergencies during pregnancy, e.g. bleeding, severe pain, admission to
    hospital – always call our assistance first if you can: +49 421 5570-112
  - treatment of complications

It does not cover routine antenatal care (check-ups, scans, the birth itself)
when the pregnancy started after the beginning of the policy, which is the case
here (your GP confirmed week 8 on 20 October). As you live in England, you can
register with the NHS midwife service; ask your GP for the referral.

If you decide to return to Bulgaria earlier, tell us – we will cancel the policy
and refund the unused premium.

Please don't hesitate to write if you have questions.

Ruth

""" + sig('okafor', 'en') + '\n' + FOOT_EN)


M(129, 'NORMAL', 'en', 'insurer-to-authority',
  'trap: answer to a supervisory/data-protection authority on general safeguards for transferring health data to assistance partners - no case',
  'thiele', ('Information and Data Protection Commissioner', 'idpc@dataprotection-mt.example'),
  'Your ref. IDPC/INQ/2026/118 – general safeguards for assistance partners', '2026-06-30 11:00', """Dear Sir or Madam,

thank you for your letter of 12 June. You asked, in general terms and not about an
individual complaint, how Weserland Versicherung AG protects health data that it
shares with its assistance partner in Malta.

1. Legal basis: Art. 9(2)(c) and (f) GDPR for emergencies; otherwise explicit
   consent of the insured, documented in our case system.
2. Contract: data processing agreement under Art. 28 GDPR, last audit March 2026.
3. Transmission: gateway-to-gateway S/MIME encryption with domain certificates on
   both sides; no medical reports over unencrypted mail.
4. Access: named medical desk staff only, audit log kept for six years.
5. Deletion: case files are deleted 10 years after closure of the case, unless
   litigation is pending.

We would be happy to provide the audit report on request.

Mareike Thiele
Data Protection Officer, Weserland Versicherung AG
datenschutz@weserland.example
""" + FOOT_EN)


M(130, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'harmless body; ZIP with policy PDFs (birth date, IBAN, address) and a nested ZIP with the SEPA mandate CSV',
  'service', ('Nils Brockmann', 'nils.brockmann@web-post.example'),
  'Ihre Vertragsunterlagen', '2026-02-13 07:45', """Guten Tag Herr Brockmann,

wie gewünscht erhalten Sie Ihre Vertragsunterlagen noch einmal gesammelt als
ZIP-Datei. Das Kennwort für Ihr Kundenportal bleibt unverändert.

Freundliche Grüße
Ihr Weserland Kundenservice
""", atts=[('Vertragsunterlagen_Brockmann.zip', zipped([
      ('Versicherungsschein_Hausrat_HR-6-221-904-1.pdf', pdf([
          'Weserland Versicherung AG - Versicherungsschein Hausrat',
          'Versicherungsnehmer: Nils Brockmann, geb. 27.08.1990',
          'Anschrift: Am Wandrahm 9, 28195 Bremen',
          'Vertrag: HR 6 221 904-1, Beginn 01.03.2026, Versicherungssumme 52.000 EUR',
          'Jahresbeitrag: 96,30 EUR, Zahlung per SEPA-Lastschrift'], title='Versicherungsschein Hausrat')),
      ('Versicherungsschein_Privathaftpflicht_PH-9930-1182.pdf', pdf([
          'Weserland Versicherung AG - Versicherungsschein Privathaftpflicht',
          'Versicherungsnehmer: Nils Brockmann, geb. 27.08.1990',
          'Vertrag: PH 9930 1182, Single-Tarif, Deckungssumme 20 Mio. EUR',
          'Jahresbeitrag: 58,90 EUR'], title='Versicherungsschein PHV')),
      ('SEPA.zip', zipped([
          ('SEPA-Mandat.csv', csvtext([
              ['Mandatsreferenz', 'Kontoinhaber', 'IBAN', 'BIC', 'Datum'],
              ['WES-HR-0019930', 'Nils Brockmann', 'DE78 6245 6402 1143 1771 06', 'GENODEF1HB1', '2026-02-11']])),
          ('Hinweise.txt', 'Die Mandatsreferenz gilt für beide Verträge.\n')])),
  ]))])


M(131, 'NORMAL', 'de', 'internal',
  'trap: summer party announcement with emergency-centre staffing and first-aid note - organisational only',
  'harms', ('Alle Mitarbeitenden', 'alle@weserland.example'),
  'Sommerfest am 26. Juni – Anmeldung bis 12.06.', '2026-05-28 12:00', """Liebe Kolleginnen und Kollegen,

am Freitag, 26. Juni, ab 15 Uhr feiern wir unser Sommerfest auf der Dachterrasse
und im Innenhof. Es gibt Grill (auch vegetarisch/vegan), Live-Musik von den
"Speicherhof Allstars" und für die Kinder eine Hüpfburg.

Die Notrufzentrale ist natürlich besetzt – das Team bekommt Essen nach oben
gebracht und feiert am 3. Juli nach. Ein Sanitätsdienst des DRK ist vor Ort.

Bitte meldet euch bis 12.06. im Intranet an (mit Anzahl der Begleitpersonen und
Kinder) und gebt dort auch Lebensmittelallergien an, damit die Küche planen kann.

Sonnige Grüße
Nele Harms
Unternehmenskommunikation
""", cte='quoted-printable')


_hosp_mail = inner_mail(
    ('Dr. Marta Esteve', 'm.esteve@costa-azahar-hospital.example'),
    ('Weserland Assistance', 'notruf@weserland.example'),
    'Patient Mr Friedrich Bokelmann – confusion, request for transfer', '2026-08-29 11:20',
    """Dear colleagues,

regarding your insured Mr Friedrich Bokelmann (born 14/01/1939), admitted on
27 August after a fall in his hotel:

He has a known dementia (F03, according to his wife) and since yesterday shows
an acute delirium, probably due to a urinary tract infection (N39.0), now on
ceftriaxone. CT head: no bleeding. Fracture excluded.

He pulls out his IV lines and needs a sitter at night, which we cannot provide
for longer. His wife is exhausted. We recommend repatriation as soon as the
infection is controlled, ideally with a nurse escort, in 3-4 days.

Kind regards,
Dr. Marta Esteve
Internal Medicine, Hospital Costa Azahar, Valencia
""", n=132)

M(132, 'STRICTLY_CONFIDENTIAL', 'mixed', 'hospital',
  'German forward with harmless note; attached .eml from Spanish hospital: dementia (F03), delirium, UTI of named patient',
  'dubois', 'faber', 'WG: Patient Bokelmann – Rücktransport?', '2026-08-29 12:02', """Henrik,

siehe angehängte Mail aus Valencia. Kannst du heute noch mit Dr. Esteve
telefonieren? Ich halte bei Aerocura einen Termin für Dienstag fest.

Claire
""", atts=[('Patient_Bokelmann_Valencia.eml', _hosp_mail)], mid_style=1)


M(133, 'NORMAL', 'en', 'insurer-to-customer',
  'trap: reply to a prospect about registering a car in Germany (eVB number, no-claims bonus) - generic, no contract',
  'claasen', ('Priyanka Nair', 'priyanka.nair@mailbox.example'),
  'RE: Car insurance as a newcomer to Germany', '2026-04-16 10:50', """Dear Ms Nair,

welcome to Bremen! Here's how it works:

1. Before you can register a car, you need an "eVB number" (electronic insurance
   confirmation). We issue it within minutes once you apply online – it is free
   and not yet a contract.
2. Take the eVB number, your passport, your registration certificate (Meldebe-
   scheinigung) and the car papers to the registration office.
3. Your premium depends on your no-claims years. Many insurers, including us,
   accept a no-claims letter from your previous insurer abroad (in English) –
   please ask them for one covering the last 5 years.

You can get a quote at https://www.weserland.example/kfz – the English version is
at the bottom of the page.

Best regards,
Sophie Claasen
Motor Customer Service

> Hi, I just moved from India for a job in Bremen and want to buy a used car.
> What do I need for insurance? Thanks, Priyanka

""" + FOOT_EN)


M(134, 'NORMAL', 'en', 'newsletter',
  'trap: expat newsletter explaining SEPA with the published example IBAN DE89 3704 0044 0532 0130 00 - no customer',
  'expat', ('Expat community', 'expat-news@listen.weserland.example'),
  'Settling in Germany: paying bills, tax IDs and insurance', '2026-05-20 07:30', """WESERLAND EXPAT NEWS - May 2026

Settling in Germany: three admin things nobody explains

1. IBAN and SEPA direct debit
Most German bills are paid by direct debit (Lastschrift). You give the company
your IBAN once and sign a mandate. A German IBAN has 22 characters and looks
like the example banks use in their brochures:
    DE89 3704 0044 0532 0130 00
Never send your IBAN together with a copy of your ID by ordinary e-mail; use the
company's portal.

2. Tax ID
Within a few weeks of registering your address you'll receive your 11-digit tax
ID by post. Your employer needs it for payroll.

3. Insurance you really need
Health insurance is mandatory. Personal liability is not, but 85 % of Germans have
it - if you scratch a parked car with your bike, you're liable for the full
damage.

Questions? expat@weserland.example
Unsubscribe: https://www.weserland.example/expat-news/unsubscribe
""", charset='us-ascii', headers=[('Precedence', 'bulk')])


M(135, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'traffic legal expenses: administrative speeding fine in the Netherlands for named driver (no criminal offence)',
  'hollmann', ('Olaf Depken', 'olaf.depken@netzpost.example'),
  'Bußgeld Niederlande – Rechtsschutz RS-26-02916', '2026-07-09 15:33', """Hallo Herr Depken,

zum Bußgeldbescheid des Centraal Justitieel Incassobureau (CJIB) über 259 EUR wegen
Geschwindigkeitsüberschreitung (A7 bei Groningen, 21 km/h zu schnell, Kennzeichen
LER-OD 91) teile ich Ihnen mit:

Ihr Verkehrs-Rechtsschutz (Vertrag RS 6640 2218) deckt die Kosten eines
niederländischen oder deutschen Anwalts für den Einspruch. Die Geldbuße selbst
zahlt die Rechtsschutzversicherung nicht.

Ehrlich gesagt: Bei Blitzerfotos mit gut erkennbarem Fahrer sind die Chancen
gering. Der Einspruch ("beroep") muss innerhalb von sechs Wochen eingelegt
werden. Punkte in Flensburg gibt es für Verstöße in den Niederlanden nicht.

Sagen Sie mir gern, wie Sie vorgehen möchten.

""" + sig('hollmann') + '\n' + FOOT_DE)


M(136, 'NORMAL', 'de', 'insurer-to-broker',
  'grey: commission totals to a broker GmbH with the company\'s own bank account - no natural person, no customer data',
  'makler', ('Buchhaltung Tammen & Partner', 'buchhaltung@tammen-makler.example'),
  'Courtageabrechnung Q2/2026 – Tammen & Partner GmbH', '2026-07-06 05:45', """Sehr geehrte Damen und Herren,

die Courtageabrechnung Q2/2026 für die Tammen & Partner Versicherungsmakler GmbH
(Vertragspartner-Nr. 100233) liegt in Ihrer elektronischen Maklerpost.

  Abschlusscourtage Sach/HUK     14.228,10 EUR
  Abschlusscourtage Reise         3.904,55 EUR
  Bestandscourtage                9.117,80 EUR
  Verrechnung Stornohaftung      -1.212,00 EUR
  Summe (zzgl. USt. entfällt)    26.038,45 EUR

Überweisung am 08.07.2026 auf das Geschäftskonto der GmbH,
IBAN DE66 4211 6882 4671 3987 60.

Einzelaufstellung je Vertrag: bitte über Ihr Maklerverwaltungsprogramm abrufen
(BiPRO) oder im Portal unter "Abrechnungen".

Weserland Maklerservice
""", headers=[('Auto-Submitted', 'auto-generated')])


M(137, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'dental accident on holiday in Croatia: front tooth fracture, dentist invoice for named insured',
  'aydin', ('Yvonne Schierholz', 'yvonne.schierholz@maildorf.example'),
  'Zahnunfall in Split – Erstattung', '2026-08-31 10:05', """Liebe Frau Schierholz,

was für ein Pech – beim Biss auf den Olivenkern den Schneidezahn abzubrechen!

Die Rechnung der Zahnarztpraxis Dr. Jurić in Split haben wir aus Ihrer
Auslandsreisekrankenversicherung (RK 2213 7095) geprüft:

  Befund: Kronenfraktur Zahn 11 mit Pulpabeteiligung
  Wurzelkanalbehandlung Zahn 11               180,00 €
  provisorische Versorgung (Aufbaufüllung)     95,00 €
  Röntgen                                      25,00 €
  Schmerzmittel (Apotheke)                      8,60 €
  Erstattung                                  308,60 €

Die endgültige Krone ist keine Notfallbehandlung. Die lassen Sie bitte von
Ihrem Zahnarzt in Deutschland machen – dafür ist Ihre Zahnzusatzversicherung
zuständig, falls Sie eine haben.

""" + sig('aydin') + '\n' + FOOT_DE, cte='quoted-printable')


M(138, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'cancellation insurance certificate listing travellers with birth dates and booking number - no health content',
  'reise', ('Elena Castellano', 'elena.castellano@kabelmail.example'),
  'Your cancellation insurance – certificate RR 9904 5581', '2026-11-30 09:09', """Dear Ms Castellano,

thank you for booking Weserland cancellation insurance. Your certificate:

  Policy:           RR 9904 5581 (single trip, no deductible)
  Trip:             Cape Verde, Sal – 14 to 28 February 2027
  Booking no.:      SUNW-8841207 (Sunwings Reisen)
  Trip price:       EUR 5,640.00
  Insured persons:  Elena Castellano, 12/03/1985
                    Marco Castellano, 30/07/1983
                    Sofia Castellano, 05/01/2015
  Premium:          EUR 231.00, paid by credit card

Keep this e-mail with your travel documents. If you need to cancel, tell us and
the tour operator straight away – cancellation fees go up closer to departure.

Have a wonderful trip!
Weserland Reiseversicherung
""" + FOOT_EN, headers=[('Auto-Submitted', 'auto-generated')])


M(139, 'NORMAL', 'de', 'insurer-to-supplier',
  'trap: web agency gets DOCX draft text "Notfall im Ausland - was tun?" (Krankenhaus, Arztbericht, Rücktransport) - public content',
  'harms', ('Konzeption Pixelwerft', 'konzept@pixelwerft.example'),
  'Texte Landingpage "Notfall im Ausland" – Version 2', '2026-03-25 17:10', """Hallo Jan,

anbei Version 2 der Texte für die Landingpage. Die Fachabteilung hat den Teil
zum Rücktransport noch einmal geschärft. Bitte so übernehmen; die Icons wie
besprochen (Telefon, Krankenhaus, Flugzeug).

Livegang weiterhin 14.04.

Grüße
Nele
""",
  atts=[('Landingpage_Notfall_im_Ausland_v2.docx', docx([
      '# Notfall im Ausland – was tun?',
      'Ein Unfall am Strand, Fieber in der Nacht, der Arzt spricht nur Spanisch: Wir helfen rund um die Uhr.',
      '# 1. Rufen Sie uns an',
      'Unsere Notrufzentrale erreichen Sie weltweit unter +49 421 5570-112. Halten Sie Ihre Versicherungsnummer bereit.',
      '# 2. Krankenhaus',
      'Wir nennen Ihnen geeignete Kliniken in der Nähe und sprechen mit den Ärzten. Die Kosten rechnen wir direkt mit dem Krankenhaus ab.',
      '# 3. Arztberichte',
      'Arztberichte schicken wir uns mit der Klinik sicher verschlüsselt zu. Sie müssen nichts weiterleiten.',
      '# 4. Rücktransport',
      'Ist ein Rücktransport medizinisch sinnvoll, organisieren wir ihn – im Linienflug mit Begleitung oder im Ambulanzjet.'],
      title='Landingpage Notfall im Ausland'))])


M(140, 'CONFIDENTIAL', 'de', 'insurer-to-company',
  'cargo claim for company policyholder with named contact: damaged shipment to Norway, claim number, amounts',
  'kueck', ('Björn Hasselmann', 'b.hasselmann@nordfisch-technik.example'),
  'Transportschaden Sendung nach Ålesund – TR-26-00417', '2026-10-12 09:37', """Sehr geehrter Herr Hasselmann,

zum Transportschaden an der Filetiermaschine FM-400 (Sendung vom 24.09. an
Ålesund Seafood AS, Lkw + Fähre Hirtshals–Bergen) haben wir den Havariebericht
von Nordic Survey erhalten.

Versicherungsnehmerin: Nordfisch Technik GmbH, Warenversicherung TV 2204 8817
Schadenursache: Ladungsverrutschen wegen unzureichender Sicherung beim Frachtführer
Schaden: Gehäuse und Förderband, Reparatur vor Ort 18.400 EUR zzgl. Techniker-
einsatz 4.200 EUR

Wir regulieren 22.600 EUR abzüglich Ihrer Selbstbeteiligung von 1.000 EUR und
nehmen anschließend Regress beim Frachtführer Trans-Scan AS. Bitte treten Sie
dafür Ihre Ansprüche an uns ab (Formular anbei im Portal).

""" + sig('kueck') + '\n' + FOOT_DE)


M(141, 'NORMAL', 'en', 'internal',
  'trap: board summary of assistance KPIs (repatriations, hospital cases, costs by region) as HTML and PDF attachment - aggregates',
  'gallagher', [('Ulrike Feldhaus', 'ulrike.feldhaus@weserland.example')],
  'Assistance & Expat – KPI summary 2025 for the board meeting', '2026-02-02 18:15', """Dear Ms Feldhaus,

attached is the one-page KPI summary for Thursday's board meeting (HTML for the
board portal, PDF for printing). All figures are aggregated; no individual cases.

Key messages: volume +9 %, cost per inpatient case +7 % (USA-driven), NPS stable
at +41, ambulance-jet costs will drop ~12 % with the Aerocura contract.

Best regards,
Owen
""",
  atts=[('KPI_Assistance_2025.html', """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>KPI Assistance 2025</title></head>
<body><h1>Assistance &amp; Expat – KPIs 2025</h1>
<table border="1"><tr><th>KPI</th><th>2024</th><th>2025</th></tr>
<tr><td>Assistance cases</td><td>5,330</td><td>5,812</td></tr>
<tr><td>Inpatient cases</td><td>1,790</td><td>1,944</td></tr>
<tr><td>Repatriations (of which ambulance jet)</td><td>287 (41)</td><td>312 (46)</td></tr>
<tr><td>Avg. cost per inpatient case (EUR)</td><td>5,925</td><td>6,340</td></tr>
<tr><td>Expat members</td><td>8,410</td><td>9,120</td></tr>
<tr><td>NPS</td><td>+40</td><td>+41</td></tr></table></body></html>
"""),
        ('KPI_Assistance_2025.pdf', pdf([
            'Assistance & Expat - KPIs 2025 (board meeting 5 February 2026)',
            '',
            'Assistance cases              2024: 5,330     2025: 5,812',
            'Inpatient cases               2024: 1,790     2025: 1,944',
            'Repatriations (ambulance jet) 2024: 287 (41)  2025: 312 (46)',
            'Avg. cost per inpatient case  2024: 5,925 EUR 2025: 6,340 EUR',
            'Expat members                 2024: 8,410     2025: 9,120',
            'NPS                           2024: +40       2025: +41'], title='KPI 2025'))])


M(142, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'trip interruption after death of grandfather at home, death certificate with cause (Herzversagen) - named persons',
  'aydin', ('Jessica Frerichs', 'jessica.frerichs@netzpost.example'),
  'Reiseabbruch Teneriffa – Ihr Großvater', '2026-12-08 11:58', """Liebe Frau Frerichs,

mein herzliches Beileid zum Tod Ihres Großvaters, Herrn Hinrich Frerichs.

Sie mussten Ihren Urlaub auf Teneriffa am 29.11. abbrechen, nachdem Ihr
Großvater am 28.11. zu Hause in Wittmund verstorben war (laut Todesbescheinigung
akutes Herzversagen bei bekannter Herzinsuffizienz). Der Tod eines Großelternteils
ist in Ihrer Reiseabbruchversicherung RA 4417 3302 versichert.

Wir erstatten:
  Umbuchung Rückflug Condor (2 Personen)        318,00 EUR
  nicht genutzte Hotelnächte (5 von 10), anteilig 745,00 EUR
  Summe                                         1.063,00 EUR

Die Zahlung geht in den nächsten Tagen auf Ihr Konto.

Alles Gute für Sie und Ihre Familie.

""" + sig('aydin') + '\n' + FOOT_DE)


M(143, 'NORMAL', 'de', 'internal',
  'trap: deletion concept for assistance files (Arztberichte, Diagnosen, Fristen) - rules, no person',
  'thiele', [('Bereichsleitung Assistance', 'bl-assistance@weserland.example'), 'dierks'],
  'Löschkonzept Assistance-Akten – Entwurf zur Abstimmung', '2026-09-15 10:25', """Hallo zusammen,

wie im Datenschutz-Jour-fixe besprochen, der Entwurf der Löschregeln für CaseNet:

  Datenart                                   Frist                 Grundlage
  Fallakte mit Arztberichten, Diagnosen      10 J. nach Abschluss  § 14 VVG, Verjährung
  Rechnungen Kliniken/Ambulanzflug           10 J. (Buchungsbeleg)  § 257 HGB, § 147 AO
  Gesprächsnotizen mit Angehörigen           3 J. nach Abschluss   Art. 5 DSGVO
  Sprachaufzeichnungen Notruf                90 Tage               Qualitätssicherung
  Protokolle (Audit-Log) Zugriffe            6 J.                  § 257 HGB

Technisch: automatische Löschläufe monatlich; Fälle mit laufendem Rechtsstreit
bekommen eine Sperre ("legal hold"). Lars, kannst du prüfen, ob CaseNet die
Sprachaufzeichnungen getrennt löschen kann?

Viele Grüße
Mareike
""", cte='quoted-printable')


M(144, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
  'student abroad: laptop stolen from dorm in Madrid, household outside cover of parents\' contract, named student',
  'luedemann', ('Jonas Harms-Okoro', 'jonas.harmsokoro@uni-mail.example'),
  'Laptop stolen in your residence hall – claim HR-26-061122', '2026-11-18 14:50', """Hi Jonas,

sorry to hear about the break-in at Residencia Moncloa. Good news first: as a
student living temporarily away from home, your belongings are covered by your
parents' household policy (HR 2 880 714-0) under "external insurance"
(Außenversicherung), up to 10 % of the sum insured, here EUR 6,500.

For the stolen MacBook Air (bought 09/2025 for EUR 1,249) we need:
  - the police report (denuncia) from the Policía Nacional – you mentioned you
    have the number 28079-26-011483; please send the PDF
  - the purchase receipt
  - a short confirmation from the residence that your room was broken into
    (forced door)

The replacement value will then be paid to your parents' account unless they
tell us otherwise.

Best,
Frederik Lüdemann
Property & Liability Claims
""" + FOOT_EN)


M(145, 'NORMAL', 'mixed', 'internal',
  'trap: German/English thread on Christmas hotline staffing and FAQ translation ("hospital abroad", "medical report") - no case',
  'oltmanns', 'gallagher', 'AW: Christmas cover + FAQ "Emergency abroad" EN', '2026-11-26 16:44', """Hi Owen,

passt, dann übernimmt dein Team 24.–26.12. die englischsprachige Schiene und wir
die deutsche. Night shift stays with Meridian overflow as usual.

Zur FAQ: Deine Übersetzung ist super, nur zwei Kleinigkeiten:
- "Krankenhausbericht" bitte "medical report", nicht "hospital report"
- "Kostenübernahme" bei uns immer "guarantee of payment"

Jana

-----Ursprüngliche Nachricht-----
Von: Owen Gallagher
Gesendet: Donnerstag, 26. November 2026 15:10
An: Jana Oltmanns
Betreff: Christmas cover + FAQ "Emergency abroad" EN

Hi Jana,
two things: (1) can my team take the English calls over Christmas so your team
can have the 25th off? (2) attached is my translation of the FAQ "Notfall im
Ausland" – could you check the terminology?
Owen
""", mid_style=1)


M(146, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
  'harmless body; HTML attachment (premium invoice) with named customer, plate and IBAN for direct debit; iso-8859-1 body',
  'service', ('Reinhild Gerdes', 'reinhild.gerdes@maildorf.example'),
  'Ihre Beitragsrechnung 2027', '2026-11-27 06:12', """Sehr geehrte Frau Gerdes,

anbei erhalten Sie Ihre Beitragsrechnung für das kommende Jahr. Bitte prüfen Sie
die Angaben; der Beitrag wird zum Fälligkeitstermin abgebucht.

Mit freundlichen Grüßen
Ihr Weserland Kundenservice
""", charset='iso-8859-1', cte='quoted-printable',
  atts=[('Beitragsrechnung_2027_KF-3307-9915.html', """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Beitragsrechnung 2027</title></head>
<body style="font-family:Arial,sans-serif">
<h2>Beitragsrechnung 2027</h2>
<p>Versicherungsnehmerin: Reinhild Gerdes, Am Schwarzen Meer 130, 28205 Bremen</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Vertrag</th><th>Fahrzeug</th><th>Sparte</th><th>Beitrag</th></tr>
<tr><td>KF 3307 9915</td><td>Toyota Yaris, HB-RG 330</td><td>Haftpflicht SF 25</td><td>298,40 €</td></tr>
<tr><td>KF 3307 9915</td><td>Toyota Yaris, HB-RG 330</td><td>Vollkasko SF 20</td><td>341,10 €</td></tr>
<tr><td colspan="3"><b>Jahresbeitrag</b></td><td><b>639,50 €</b></td></tr>
</table>
<p>Fällig am 01.01.2027. Abbuchung per SEPA-Lastschrift von IBAN DE19 9205 7037 1843 6348 50,
Mandatsreferenz WES-KF-0033079.</p>
</body></html>
""", 'text/html', 'utf-8')])


M(147, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
  'request to Scottish GP for records of a named German student with asthma exacerbation (J45.9) and hospital admission',
  'faber', ('Dr Alastair Reid', 'a.reid@meadowbank-practice.example'),
  'Your patient Ms Hanna Lüschen (DOB 05/05/2004) – request for records', '2026-12-02 09:20', """Dear Dr Reid,

we are the study abroad health insurer of Ms Hanna Lüschen, a German Erasmus
student registered at your practice since September.

Ms Lüschen was admitted to the Royal Infirmary of Edinburgh from 22 to 25
November with an acute exacerbation of asthma (J45.9). She has asked us to cover
the costs, and the hospital has invoiced us as an overseas visitor.

To confirm that the treatment was unforeseen, could you please let us know:
  1. when she first consulted you about her asthma in Edinburgh,
  2. which inhalers you prescribed (she mentions salbutamol and a steroid inhaler),
  3. whether she had been admitted for asthma before, if known.

Ms Lüschen's signed consent is attached. A fee for the report is of course
payable; please send your invoice with the reply, by our secure upload link
or by fax to +49 421 5570-3399.

With kind regards,

Dr. med. Henrik Faber
Medical Officer, Travel Assistance
Weserland Versicherung AG
""" + FOOT_EN,
  atts=[('Consent_Lueschen.pdf', pdf([
      'Consent to release medical information',
      '',
      'I, Hanna Lüschen, born 05/05/2004, policy SA 3390 1127, consent to my doctors',
      'Dr Alastair Reid (Meadowbank Practice, Edinburgh) and the Royal Infirmary of',
      'Edinburgh releasing information about my asthma and my admission in November',
      '2026 to the medical officer of Weserland Versicherung AG.',
      '',
      'Edinburgh, 28/11/2026    signed: Hanna Lüschen'], title='Consent'))])


M(148, 'NORMAL', 'de', 'insurer-to-customer',
  'trap: generic answer which emergency numbers apply in Canada, what to do in hospital - sender not identified as insured',
  'notruf', ('Gunnar Schröder', 'gunnar.schroeder@kabelmail.example'),
  'AW: Notrufnummer Kanada?', '2026-06-12 20:31', """Guten Abend Herr Schröder,

gern beantworten wir Ihre allgemeine Frage:

- Der öffentliche Notruf in Kanada (Rettungsdienst, Polizei, Feuerwehr) ist 911.
- Unsere Assistance erreichen Sie weltweit unter +49 421 5570-112, auch als
  R-Gespräch. Am besten speichern Sie die Nummer vor der Reise im Handy.
- Müssen Sie in Kanada ins Krankenhaus, rufen Sie uns bitte möglichst früh an.
  Wir klären dann die Kostenübernahme direkt mit der Klinik; viele Kliniken
  verlangen sonst eine Kreditkarte als Sicherheit.

Ob und wie Sie bei uns versichert sind, können wir per E-Mail nicht
beantworten – dafür melden Sie sich bitte im Kundenportal an.

Gute Reise!
Ihre Weserland Assistance 24h
""")


M(149, 'CONFIDENTIAL', 'mixed', 'insurer-to-customer',
  'German/English mail to expat customer: household policy ended due to move to Canada, refund to IBAN',
  'service', ('Daniel Whitaker', 'daniel.whitaker@netzpost.example'),
  'Kündigung Hausrat / cancellation of your household policy HR 4 118 220-6', '2026-08-07 10:05', """Sehr geehrter Herr Whitaker,
(English version below)

wir bestätigen die Kündigung Ihrer Hausratversicherung HR 4 118 220-6 zum
31.08.2026 wegen Ihres Umzugs nach Vancouver. Den anteiligen Beitrag von
42,75 EUR überweisen wir auf Ihr Konto DE97 3282 5357 1683 5756 80.

Ihre Privathaftpflicht PH 8810 4472 endet ebenfalls zum 31.08.2026.

---

Dear Mr Whitaker,

we confirm the cancellation of your household policy HR 4 118 220-6 as of
31 August 2026 because of your move to Vancouver. We will refund the unused
premium of EUR 42.75 to your account DE97 3282 5357 1683 5756 80.

Your personal liability policy PH 8810 4472 also ends on 31 August 2026.

All the best for your new life in Canada!

Weserland Kundenservice / Customer Service
""" + FOOT_SHORT)


M(150, 'NORMAL', 'en', 'insurer-to-partner',
  'trap: draft cooperation agreement with au-pair agency (insurance package, health cover wording, data protection) - no au-pair named',
  'okafor', ('Birgit Gerken', 'b.gerken@aupair-bruecke.example'),
  'Cooperation agreement 2027 – draft for your comments', '2026-11-09 11:30', """Dear Ms Gerken,

attached is the draft cooperation agreement for 2027, in English as your board
requested. Main changes compared to 2026:

- the package for au-pairs from non-EU countries now includes dental emergency
  treatment up to EUR 500 and psychotherapy (10 sessions)
- pre-existing conditions: acute flare-ups covered, planned treatment not
- the agency no longer collects health questionnaires – au-pairs answer the
  questions directly in our portal, so you never see medical information
- participant lists are exchanged only via the portal (no Excel by e-mail)

Looking forward to your comments by 30 November.

Best regards,
Ruth Okafor
Student & Au-pair Programmes, Weserland Versicherung AG
""",
  atts=[('Cooperation_agreement_2027_draft.odt', odt([
      '# Cooperation Agreement 2027 (draft)',
      'between AuPair Brücke e.V., Bremen ("Agency") and Weserland Versicherung AG ("Insurer")',
      '# 1. Insurance package',
      [['Cover', 'Limit'],
       ['Health (inpatient/outpatient)', 'unlimited'],
       ['Dental emergency', 'EUR 500'],
       ['Psychotherapy', '10 sessions'],
       ['Accident (disability)', 'EUR 100,000'],
       ['Personal liability', 'EUR 10 million']],
      '# 2. Registration',
      'Au-pairs register themselves in the insurer portal and answer health questions there. The agency receives confirmation of cover only.',
      '# 3. Data protection',
      'The agency does not receive health information. Participant lists are exchanged via the portal only.'],
      title='Cooperation agreement 2027'))])

if __name__ == '__main__':
    main()
