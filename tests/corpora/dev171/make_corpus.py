#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_corpus.py - Siegel independent evaluation corpus dev171 (prefix d171-).

150 fictitious outgoing e-mails of the invented insurer "Elbwarte Versicherungsgruppe"
(domain elbwarte.example), labelled NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.
Standard library only.  All attachments (PDF, DOCX, XLSX, ODT, ODS, ZIP, CSV, ICS,
HTML, message/rfc822) are built by hand below.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares byte for byte,
                                     # parses and opens everything, prints statistics
"""
import csv
import datetime
import hashlib
import html.parser
import io
import os
import re
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from xml.sax.saxutils import escape as _xesc
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd171-'
DOM = 'elbwarte.example'
ZIP_TIME = (2026, 1, 12, 8, 0, 0)


def xesc(s):
    return _xesc(s, {'"': '&quot;'})


# ---------------------------------------------------------------- IBAN helpers
def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def mkiban(cc, bban):
    """Return a checksum-valid IBAN for an invented BBAN."""
    chk = 98 - _iban_num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return len(s) >= 15 and _iban_num(s[4:] + s[:4]) % 97 == 1


def mask(iban):
    return grp(iban[:4] + '*' * (len(iban) - 8) + iban[-4:])


def grp(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- dates
def d(spec):
    """'03-02 09:14' -> aware datetime in 2026, CET/CEST (DST 29.03.-25.10.2026)."""
    md, hm = spec.split()
    mo, dy = map(int, md.split('-'))
    hh, mi = map(int, hm.split(':'))
    naive = datetime.datetime(2026, mo, dy, hh, mi, 0)
    summer = datetime.datetime(2026, 3, 29, 2) <= naive < datetime.datetime(2026, 10, 25, 3)
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))


# ---------------------------------------------------------------- PDF (hand-made, text layer)
def _pdf_str(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(lines, title='Dokument', compress=True, author='Elbwarte DocGen'):
    if isinstance(lines, str):
        lines = lines.split('\n')
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)]
    kids = [5 + 2 * k for k in range(len(pages))]
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(pages))).encode(),
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Title (' + _pdf_str(title) + b') /Author (' + _pdf_str(author) +
            b") /Producer (Elbwarte DocGen 4.2) /CreationDate (D:20260112080000+01'00') >>"]
    for k, pl in enumerate(pages):
        cs = b'BT\n/F1 10 Tf\n13 TL\n56 786 Td\n'
        for ln in pl:
            cs += b'(' + _pdf_str(ln) + b') Tj T*\n'
        cs += b'ET'
        if compress:
            data = zlib.compress(cs, 9)
            dic = b'<< /Length %d /Filter /FlateDecode >>' % len(data)
        else:
            data = cs
            dic = b'<< /Length %d >>' % len(data)
        objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                    b'/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (kids[k] + 1))
        objs.append(dic + b'\nstream\n' + data + b'\nendstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def pdf_text(b):
    """Minimal extractor used by --check; also validates the xref table."""
    assert b.startswith(b'%PDF-1.') and b.rstrip().endswith(b'%%EOF'), 'not a PDF'
    m = re.search(rb'startxref\n(\d+)\n%%EOF', b)
    xref = int(m.group(1))
    assert b[xref:xref + 4] == b'xref', 'bad startxref'
    n = int(re.match(rb'xref\n0 (\d+)\n', b[xref:]).group(1))
    entries = re.findall(rb'(\d{10}) 00000 n ', b[xref:])
    assert len(entries) == n - 1, 'xref size'
    for i, e in enumerate(entries, 1):
        assert b[int(e):].startswith(b'%d 0 obj' % i), 'xref offset %d' % i
    out = []
    for sm in re.finditer(rb'<<([^<>]*)>>\nstream\n', b):
        ln = int(re.search(rb'/Length (\d+)', sm.group(1)).group(1))
        data = b[sm.end():sm.end() + ln]
        assert b[sm.end() + ln:sm.end() + ln + 10] == b'\nendstream'
        if b'/FlateDecode' in sm.group(1):
            data = zlib.decompress(data)
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', data):
            out.append(re.sub(rb'\\(.)', rb'\1', s.group(1)).decode('cp1252'))
    return '\n'.join(out)


# ---------------------------------------------------------------- ZIP based formats
def _zip(members, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def zipf(members):
    """members: list of (name, bytes)."""
    return _zip(members)


XML_HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def _core(title, creator):
    return (XML_HDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-12T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (xesc(title), xesc(creator)))


def docx(items, title='', creator='Elbwarte'):
    """items: str -> paragraph, list/tuple -> table row (consecutive rows form one table)."""
    body, rows = [], []

    def flush():
        if rows:
            t = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
            for r in rows:
                t += '<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                        % xesc(str(c)) for c in r) + '</w:tr>'
            body.append(t + '</w:tbl>')
            rows.clear()
    for it in items:
        if isinstance(it, (list, tuple)):
            rows.append(it)
        else:
            flush()
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(it))
    flush()
    doc = (XML_HDR + '<w:document xmlns:w="%s"><w:body>' % W_NS + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = (XML_HDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (XML_HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                 ('docProps/core.xml', _core(title, creator)), ('word/document.xml', doc)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='', creator='Elbwarte'):
    """sheets: list of (name, rows); cells str -> inline string, int/float -> number."""
    wb_sheets, wb_rels, ovr, files = '', '', '', []
    for k, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = ''
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)):
                    cells += '<c r="%s"><v>%s</v></c>' % (ref, repr(v))
                else:
                    cells += '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v)))
            xr.append('<row r="%d">%s</row>' % (ri, cells))
        files.append(('xl/worksheets/sheet%d.xml' % k, XML_HDR +
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                      + ''.join(xr) + '</sheetData></worksheet>'))
        wb_sheets += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), k, k)
        wb_rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                    'Target="worksheets/sheet%d.xml"/>' % (k, k))
        ovr += ('<Override PartName="/xl/worksheets/sheet%d.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % k)
    wb = (XML_HDR + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + wb_sheets + '</sheets></workbook>')
    ct = (XML_HDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ovr +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = (XML_HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wrels = (XML_HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + wb_rels + '</Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', _core(title, creator)),
                 ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wrels)] + files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, body):
    content = XML_HDR + '<office:document-content %s><office:body>%s</office:body></office:document-content>' % (ODF_NS, body)
    manifest = (XML_HDR + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([('mimetype', mime), ('META-INF/manifest.xml', manifest), ('content.xml', content)], stored_first='mimetype')


def _odf_table(name, rows):
    t = '<table:table table:name="%s">' % xesc(name)
    for r in rows:
        t += '<table:table-row>'
        for v in r:
            if isinstance(v, (int, float)):
                t += '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v)
            else:
                t += '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v))
        t += '</table:table-row>'
    return t + '</table:table>'


def odt(items):
    body, rows = '', []
    for it in items + ['']:
        if isinstance(it, (list, tuple)):
            rows.append(it)
            continue
        if rows:
            body += _odf_table('Tabelle1', rows)
            rows = []
        if it:
            body += '<text:p>%s</text:p>' % xesc(it)
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % body)


def ods(sheets):
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(_odf_table(n, r) for n, r in sheets))


def csvb(rows, enc='utf-8', delim=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics(uid, start, end, summary, location='', description='', organizer='', attendees=(), method='REQUEST'):
    def fold(line):
        b = line.encode('utf-8')
        out = []
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b[cut:]
        out.append(b.decode())
        return '\r\n '.join(out)

    def e(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Elbwarte//Groupware 9.1//DE', 'METHOD:' + method,
         'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20260112T080000Z',
         'DTSTART;TZID=Europe/Berlin:' + start, 'DTEND;TZID=Europe/Berlin:' + end,
         'SUMMARY:' + e(summary)]
    if location:
        L.append('LOCATION:' + e(location))
    if description:
        L.append('DESCRIPTION:' + e(description))
    if organizer:
        L.append('ORGANIZER:mailto:' + organizer)
    for a in attendees:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:' + a)
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(x) for x in L) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------- attachment descriptors
def A(filename, data, ctype=None, charset=None, cte=None):
    """Attachment: bytes or an EmailMessage (message/rfc822)."""
    if ctype is None:
        ext = filename.rsplit('.', 1)[-1].lower()
        ctype = {
            'pdf': 'application/pdf', 'zip': 'application/zip', 'csv': 'text/csv', 'ics': 'text/calendar',
            'txt': 'text/plain', 'html': 'text/html', 'htm': 'text/html', 'eml': 'message/rfc822',
            'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'odt': 'application/vnd.oasis.opendocument.text',
            'ods': 'application/vnd.oasis.opendocument.spreadsheet'}[ext]
    return (filename, data, ctype, charset, cte)


# ================================================================ the invented world
ADDR = 'Speicherstadtufer 40 | 20457 Hamburg'
ENT = {
    'leben': ('Elbwarte Lebensversicherung AG', 'HRB 114702',
              'Vorstand: Dr. Clemens Hasselbrink (Vorsitz), Ute Marquardt, Per Lindqvist'),
    'kranken': ('Elbwarte Krankenversicherung AG', 'HRB 114703',
                'Vorstand: Dr. Clemens Hasselbrink (Vorsitz), Friederike Obst'),
    'allg': ('Elbwarte Allgemeine Versicherung AG', 'HRB 98231',
             'Vorstand: Ute Marquardt (Vorsitz), Jonas Terheyden'),
    'rs': ('Elbwarte Rechtsschutz AG', 'HRB 120077', 'Vorstand: Jonas Terheyden, Dr. Merle Quast'),
    'gruppe': ('Elbwarte Holding AG', 'HRB 98230',
               'Vorstand: Dr. Clemens Hasselbrink (Vorsitz), Ute Marquardt, Jonas Terheyden'),
}
# key: (name, local part, role de, role en, entity, extension)
STAFF = {
    'oltmanns': ('Katrin Oltmanns', 'katrin.oltmanns', 'Teamleitung bAV Kollektivverwaltung', 'Team Lead Group Pensions Administration', 'leben', '4410'),
    'brodersen': ('Jens Brodersen', 'jens.brodersen', 'bAV Firmenkundenservice', 'Group Pensions Service', 'leben', '4417'),
    'demirtas': ('Aylin Demirtaş', 'aylin.demirtas', 'Rentenservice bAV', 'Pension Payments Service', 'leben', '4452'),
    'riekhof': ('Malte Riekhof', 'malte.riekhof', 'Firmenkundenbetreuer bAV Region Nord', 'Corporate Pensions Account Manager', 'leben', '4301'),
    'mcallister': ('Fiona McAllister', 'fiona.mcallister', 'International Employee Benefits', 'International Employee Benefits', 'leben', '4388'),
    'wendt': ('Hauke Wendt', 'hauke.wendt', 'Aktuariat Leben', 'Life Actuarial', 'leben', '4120'),
    'sasse': ('Dr. med. Henrike Sasse', 'henrike.sasse', 'Gesellschaftsärztin / Risikoprüfung', 'Chief Medical Officer, Underwriting', 'leben', '4170'),
    'okafor': ('Daniel Okafor', 'daniel.okafor', 'Leistung Unfallversicherung', 'Accident Claims', 'allg', '3720'),
    'kuehl': ('Tobias Kühl', 'tobias.kuehl', 'Leistungsabteilung Krankenversicherung', 'Health Claims', 'kranken', '5210'),
    'aksoy': ('Selin Aksoy', 'selin.aksoy', 'Expat Health Service', 'Expat Health Service', 'kranken', '5288'),
    'petersen': ('Sven Petersen', 'sven.petersen', 'Kfz-Schadenregulierung', 'Motor Claims', 'allg', '3310'),
    'wolters': ('Nadine Wolters', 'nadine.wolters', 'Schadenservice Sach', 'Property Claims', 'allg', '3402'),
    'ahlers': ('Frank Ahlers', 'frank.ahlers', 'Haftpflicht-Schaden', 'Liability Claims', 'allg', '3515'),
    'hollerbach': ('Miriam Hollerbach', 'miriam.hollerbach', 'Rechtsschutz-Leistung', 'Legal Expenses Claims', 'rs', '3860'),
    'baumgart': ('Leonie Baumgart', 'leonie.baumgart', 'Reiseversicherung', 'Travel Insurance', 'allg', '3640'),
    'jessen': ('Henrik Jessen', 'henrik.jessen', 'Firmenkunden Komposit', 'Commercial Lines Underwriting', 'allg', '3905'),
    'sommer': ('Ricarda Sommer', 'ricarda.sommer', 'Kundenservice', 'Customer Service', 'allg', '1000'),
    'feddersen': ('Claudia Feddersen', 'claudia.feddersen', 'Personalabteilung', 'Human Resources', 'gruppe', '2210'),
    'carstens': ('Ole Carstens', 'ole.carstens', 'IT Service Desk', 'IT Service Desk', 'gruppe', '2900'),
    'lammers': ('Dr. Birte Lammers', 'birte.lammers', 'Datenschutzbeauftragte', 'Data Protection Officer', 'gruppe', '2050'),
    'reimers': ('Thomas Reimers', 'thomas.reimers', 'Maklerbetreuung', 'Broker Relations', 'gruppe', '2600'),
    'nissen': ('Julia Nissen', 'julia.nissen', 'Unternehmenskommunikation', 'Corporate Communications', 'gruppe', '2020'),
    'behrens': ('Kai Behrens', 'kai.behrens', 'Einkauf', 'Procurement', 'gruppe', '2740'),
    'groth': ('Stefan Groth', 'stefan.groth', 'Beitragsbuchhaltung / Inkasso', 'Premium Accounting', 'gruppe', '2480'),
}


def addr(key):
    n, lp = STAFF[key][0], STAFF[key][1]
    if '.' in n:
        n = '"%s"' % n
    return '%s <%s@%s>' % (n, lp, DOM)


def email_of(key):
    return '%s@%s' % (STAFF[key][1], DOM)


def sig(key, lang='de', style='full'):
    n, lp, rde, ren, ent, ext = STAFF[key]
    if style == 'short':
        return '%s\n%s, Tel. -%s' % (n, rde if lang == 'de' else ren, ext)
    if style == 'mini':
        return n.split()[-2] if n.startswith('Dr.') else n.split()[0]
    role = rde if lang == 'de' else ren
    tel = 'Telefon' if lang == 'de' else 'Phone'
    return ('%s\n%s\n\n%s\n%s\n%s +49 40 5550-%s\n%s@%s | www.%s'
            % (n, role, ENT[ent][0], ADDR, tel, ext, lp, DOM, DOM))


def footer(ent='leben', lang='de'):
    name, hrb, vst = ENT[ent]
    if lang == 'de':
        return ('-- \n%s | Sitz Hamburg | Amtsgericht Hamburg %s\n%s\n'
                'Vorsitzender des Aufsichtsrats: Hinrich Aldag\n\n'
                'Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. '
                'Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, '
                'informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. '
                'Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.'
                % (name, hrb, vst))
    return ('-- \n%s | Registered office Hamburg | Hamburg local court %s\n%s\n'
            'Chairman of the Supervisory Board: Hinrich Aldag\n\n'
            'This e-mail may contain confidential and/or privileged information. If you are not the intended '
            'recipient (or have received this e-mail in error) please notify the sender immediately and destroy '
            'this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail '
            'is strictly forbidden.' % (name, hrb, vst.replace('Vorstand', 'Board of Management').replace('Vorsitz', 'Chair')))


def outlook_quote(frm, sent, to, subject, body, lang='de', cc=None):
    if lang == 'de':
        h = 'Von: %s\nGesendet: %s\nAn: %s\n' % (frm, sent, to)
        if cc:
            h += 'Cc: %s\n' % cc
        h += 'Betreff: %s\n' % subject
    else:
        h = 'From: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
        if cc:
            h += 'Cc: %s\n' % cc
        h += 'Subject: %s\n' % subject
    return '-----Original Message-----\n' + h + '\n' + body if lang == 'en' else \
        '-----Ursprüngliche Nachricht-----\n' + h + '\n' + body


def gt_quote(intro, body):
    return intro + '\n' + '\n'.join(('> ' + ln) if ln else '>' for ln in body.strip('\n').split('\n'))


# ================================================================ mail builder
MAILS = []


def M(label, lang, kind, reason, frm, to, subject, date, body=None, *, cc=None, html=None, atts=(),
      cs='utf-8', cte='quoted-printable', irt=None, hdrs=None, flowed=False, html_only=False,
      html_cs=None, html_cte='quoted-printable', reply_to=None):
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, subject=subject,
                      date=d(date), body=body, cc=cc, html=html, atts=list(atts), cs=cs, cte=cte, irt=irt,
                      hdrs=hdrs or {}, flowed=flowed, html_only=html_only, html_cs=html_cs or cs,
                      html_cte=html_cte, reply_to=reply_to))


def _crlf(s):
    return s.replace('\r\n', '\n')


def build(n, m):
    try:
        return _build(n, m)
    except Exception as e:
        raise RuntimeError('mail %d (%s): %r' % (n, m['subject'], e))


def _build(n, m):
    msg = EmailMessage(policy=policy.SMTP)
    msg['From'] = m['frm']
    msg['To'] = m['to'] if isinstance(m['to'], str) else ', '.join(m['to'])
    if m['cc']:
        msg['Cc'] = m['cc'] if isinstance(m['cc'], str) else ', '.join(m['cc'])
    if m['reply_to']:
        msg['Reply-To'] = m['reply_to']
    msg['Subject'] = m['subject']
    msg['Date'] = format_datetime(m['date'])
    h = hashlib.sha1(('%d|%s' % (n, m['subject'])).encode()).hexdigest()[:10]
    msg['Message-ID'] = '<%s.%s%04d.%s@mx1.%s>' % (m['date'].strftime('%Y%m%d%H%M%S'), PREFIX, n, h, DOM)
    if m['irt']:
        msg['In-Reply-To'] = m['irt']
        msg['References'] = m['irt']
    for k, v in m['hdrs'].items():
        msg[k] = v
    if m['html_only']:
        msg.set_content(_crlf(m['html']), subtype='html', charset=m['html_cs'], cte=m['html_cte'])
    else:
        msg.set_content(_crlf(m['body']), charset=m['cs'], cte=m['cte'])
        if m['flowed']:
            msg.set_param('format', 'flowed')
        if m['html']:
            msg.add_alternative(_crlf(m['html']), subtype='html', charset=m['html_cs'], cte=m['html_cte'])
    for fn, data, ctype, charset, cte in m['atts']:
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=fn)
            continue
        mt, st = ctype.split('/')
        kw = dict(maintype=mt, subtype=st, filename=fn, cte=cte or 'base64')
        if charset:
            kw['params'] = {'charset': charset}
        msg.add_attachment(data, **kw)
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('=_elbw_%s%04d_%02d' % (PREFIX.rstrip('-'), n, i))
    return msg.as_bytes()


def inner_mail(frm, to, subject, date, body, cs='utf-8', cte='quoted-printable', mid=None, atts=()):
    """A message to be attached as message/rfc822 (a forwarded mail)."""
    im = EmailMessage(policy=policy.SMTP)
    im['From'] = frm
    im['To'] = to
    im['Subject'] = subject
    im['Date'] = format_datetime(d(date))
    im['Message-ID'] = mid or '<%s.fwd@%s>' % (hashlib.sha1((subject + date).encode()).hexdigest()[:16],
                                                 frm.split('@')[-1].rstrip('>'))
    im.set_content(_crlf(body), charset=cs, cte=cte)
    for fn, data, ctype, charset, acte in atts:
        mt, st = ctype.split('/')
        im.add_attachment(data, maintype=mt, subtype=st, filename=fn, cte=acte or 'base64')
    for i, part in enumerate(im.walk()):
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('=_fwd_%s_%02d' % (hashlib.sha1(subject.encode()).hexdigest()[:8], i))
    return im


# ================================================================ invented bank data (all mod-97 valid)
IB = {k: mkiban('DE', v) for k, v in {
    'wilkens': '20040060' '0718822301', 'harms': '20750000' '0044196730', 'krueger': '25050180' '0003377120',
    'oelke': '21050170' '0090125566', 'bock': '23052750' '0001184409', 'tamm': '20050550' '1261047893',
    'hennings': '24070024' '0615009212', 'voss': '25190001' '7721002200', 'lemke': '20030000' '0055620081',
    'ostsee': '21352240' '0180044455', 'yildiz': '20069177' '0034507612', 'brandt': '26050001' '0056743210',
    'schuett': '29050101' '0081234405', 'meinke': '20190003' '0312045567', 'rasch': '21050000' '0092551007',
    'ketelsen': '21750000' '0165502318', 'jahnke': '20041155' '0667105200', 'lohnpilot': '20070024' '0911300000',
    'gerken': '24151005' '1210049812', 'pohl': '20060000' '0009087723',
}.items()}
IB['moreno'] = mkiban('ES', '2100' '0418' '45' '0200051332')
IB['kowalczyk'] = mkiban('AT', '12000' '00513274891')
IB['okoro'] = mkiban('NL', 'INGB' '0006618403')
EXAMPLE_IBAN = 'DE89370400440532013000'   # the widely published documentation example


# ================================================================ MAILS 1-30
OSTSEE_HR = 'Martina Wiebe <m.wiebe@ostsee-feinkost.example>'
KRANWERK = 'Bernd Stüve <lohn@kranwerk-lueneburg.example>'
NORDLICHT = 'Sabine Kröger <sabine.kroeger@nordlicht-logistik.example>'
BRIGHT = 'Emma Lindgren <emma.lindgren@brightwave.example>'
MEYER = 'Petra Meyer <p.meyer@meyer-soehne-bau.example>'
HARBOUR = 'James Whitfield <j.whitfield@harbour-analytics.example>'
LOHNPILOT = 'Carsten Ehlers <bav-schnittstelle@lohnpilot.example>'
FINK = 'Lars Fink <l.fink@fink-partner.example>'
HARMS = 'Uwe Harms <info@harms-versicherungen.example>'

# 1
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'attachment-only: XLSX with named employees, birth dates and salary-conversion amounts of new bAV direct-insurance contracts',
  addr('brodersen'), OSTSEE_HR, 'Ihre Anmeldungen Direktversicherung März 2026', '03-03 10:12',
  '''Sehr geehrte Frau Wiebe,

vielen Dank für die Anmeldungen, die uns am 26.02. erreicht haben. Alle vier Verträge sind
policiert, Versicherungsbeginn ist jeweils der 01.03.2026. Die Übersicht mit den
Vertragsnummern finden Sie in der angehängten Liste – bitte übernehmen Sie die Nummern in
Ihre Lohnabrechnung, damit die Beiträge ab dem Märzlauf richtig zugeordnet werden.

Die Versicherungsscheine gehen den Mitarbeitenden wie gewohnt per Post an die Privatanschrift.

Mit freundlichen Grüßen

''' + sig('brodersen') + '\n\n' + footer('leben'),
  atts=[A('Anmeldebestaetigung_Ostsee_Feinkost_2026-03.xlsx', xlsx([('Anmeldungen', [
      ['Personalnr.', 'Name', 'Vorname', 'Geburtsdatum', 'Vertragsnummer', 'Entgeltumwandlung mtl. EUR',
       'AG-Zuschuss 15 % EUR', 'Beginn'],
      ['00417', 'Voß', 'Jannik', '14.03.1996', 'DV-26-0045811', 150.0, 22.5, '01.03.2026'],
      ['00388', 'Albrecht', 'Lea Marie', '02.11.1989', 'DV-26-0045812', 200.0, 30.0, '01.03.2026'],
      ['00502', 'Ruhnke', 'Tanja', '27.07.1975', 'DV-26-0045813', 100.0, 15.0, '01.03.2026'],
      ['00511', 'Yıldız', 'Emre', '09.01.2001', 'DV-26-0045814', 75.0, 11.25, '01.03.2026'],
  ])], title='Anmeldebestätigung', creator='Jens Brodersen'))])

# 2
M('NORMAL', 'de', 'internal',
  'trap: salary conversion, income ceilings, pension and social-security words, but only 2026 legal limits for everyone',
  addr('oltmanns'), 'bAV Kollektiv <bav-kollektiv@elbwarte.example>', 'Rechengrößen 2026 – bitte in die Textbausteine übernehmen', '01-07 08:41',
  '''Moin zusammen,

kurz vor dem ersten großen Anmeldeschwung die Werte für 2026, bitte überall in den
Standardbriefen und in der Arbeitgeber-FAQ austauschen (Bausteine BAV-017 bis BAV-023):

  Beitragsbemessungsgrenze RV (bundeseinheitlich):  101.400 € jährlich / 8.450 € mtl.
  steuerfrei nach § 3 Nr. 63 EStG (8 % BBG):        8.112 € jährlich / 676 € mtl.
  sozialversicherungsfrei (4 % BBG):                 4.056 € jährlich / 338 € mtl.
  Mindestbetrag Entgeltumwandlung (1/160 Bezugsgröße): 296,25 € jährlich

Den verpflichtenden Arbeitgeberzuschuss von 15 % bitte weiterhin nur dann erwähnen, wenn der
Arbeitgeber tatsächlich SV-Beiträge spart – es gab im Januar zwei Rückfragen von Lohnbüros,
die das missverstanden hatten.

Hauke aus dem Aktuariat schaut noch einmal über die Zahlen, bis dahin bitte nicht in die
Kundenkommunikation. Ich melde mich, sobald das Okay da ist.

Danke & Gruß
Katrin

--
''' + sig('oltmanns', style='short'), cte='8bit')

# 3
_q3 = outlook_quote(KRANWERK, 'Montag, 9. Februar 2026 15:47', 'bav-service@elbwarte.example',
                    'Austritt Krüger, Dennis – Pers.-Nr. 2231',
                    '''Hallo zusammen,

Herr Dennis Krüger (geb. 18.05.1984) verlässt uns zum 31.03.2026 auf eigenen Wunsch. Seine
Direktversicherung läuft bei Ihnen unter DV-19-0031207, die Entgeltumwandlung von zuletzt
220 € im Monat endet mit der Märzabrechnung.

Was brauchen Sie von uns? Herr Krüger möchte den Vertrag wohl privat weiterführen, ist sich
aber noch nicht sicher.

Gruß aus Lüneburg
Bernd Stüve
Lohnbuchhaltung
Kranwerk Lüneburg GmbH & Co. KG''')
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'leaver: named employee with birth date, contract number, conversion amount and surrender value of his pension contract',
  addr('brodersen'), KRANWERK, 'AW: Austritt Krüger, Dennis – Pers.-Nr. 2231', '02-10 11:05',
  '''Hallo Herr Stüve,

danke für die frühzeitige Info. Zum Austritt brauchen wir von Ihnen nur noch die
Austrittsmeldung (Formular BAV-A3, unterschrieben) – ein Scan reicht.

Für Herrn Krüger gibt es drei Wege, die wir ihm nach Eingang der Meldung auch direkt
schriftlich erläutern:
1. private Fortführung mit eigenen Beiträgen (dann ohne Steuer-/SV-Förderung),
2. Beitragsfreistellung – Stand 01.04.2026 wären das rund 14.380 € Deckungskapital,
3. Mitnahme zum neuen Arbeitgeber nach § 4 BetrAVG, sofern der mitmacht.

Eine Auszahlung des Rückkaufswerts ist wegen der Verfügungsbeschränkung aus § 2 Abs. 2
BetrAVG nicht möglich, das fragen die meisten als Erstes. Die versicherungsvertragliche
Lösung haben Sie ja schon damals erklärt, das bleibt so.

Viele Grüße

''' + sig('brodersen') + '\n\n' + _q3 + '\n\n' + footer('leben'), irt='<a81f0c.2231@kranwerk-lueneburg.example>')

# 4
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
  'attachment-only: CSV with names, birth dates, monthly salary sacrifice and pension contract numbers of three new hires',
  addr('mcallister'), BRIGHT, 'RE: Q1 new joiners – pension enrolment', '03-12 14:26',
  '''Hi Emma,

thanks for sending the joiner list through so quickly. All three are now set up under your
group scheme (framework agreement RV-BW-2024-01). I've attached the confirmation file in the
same CSV layout your payroll team imports every month – certificate numbers are in column E.

A couple of notes:
- Nils asked about topping up with a one-off payment from his sign-on bonus. That is fine, but
  please run it through payroll as salary sacrifice so the tax treatment works.
- The 15 % employer top-up is already included in the amounts.

Welcome packs in English will go out to the employees next week.

Best regards,
Fiona

''' + sig('mcallister', 'en') + '\n\n' + footer('leben', 'en'),
  atts=[A('brightwave_enrolment_confirmation_2026Q1.csv', csvb([
      ['employee_id', 'last_name', 'first_name', 'date_of_birth', 'certificate_no', 'sacrifice_eur_month',
       'employer_topup_eur', 'start'],
      ['BW-0193', 'Hartmann', 'Nils', '1993-08-21', 'DV-26-0046120', '250.00', '37.50', '2026-04-01'],
      ['BW-0197', 'Okonkwo', 'Grace', '1990-02-05', 'DV-26-0046121', '180.00', '27.00', '2026-04-01'],
      ['BW-0201', 'Sørensen', 'Mads', '1998-12-30', 'DV-26-0046122', '120.00', '18.00', '2026-04-01'],
  ], delim=','), charset='utf-8')])

# 5
_html5 = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Employee Benefits Briefing</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b3a;max-width:640px">
<h1 style="color:#0b4f6c">Employee Benefits Briefing &ndash; Spring 2026</h1>
<p>Dear HR and payroll colleagues,</p>
<h2>1. Salary sacrifice in Germany: the 2026 figures</h2>
<p>Employees can convert up to <b>EUR 676 a month</b> tax-free into a direct insurance or pension fund
(8&nbsp;% of the pension contribution ceiling); up to <b>EUR 338</b> are also free of social security
contributions. Employers must add a 15&nbsp;% subsidy where they save contributions.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Figure 2026</th><th>per year</th><th>per month</th></tr>
<tr><td>Contribution ceiling (pension insurance)</td><td>101,400</td><td>8,450</td></tr>
<tr><td>Tax-free (8 %)</td><td>8,112</td><td>676</td></tr>
<tr><td>Social-security-free (4 %)</td><td>4,056</td><td>338</td></tr>
</table>
<h2>2. Leavers: what really happens to the pension?</h2>
<p>Vested rights stay with the employee. Our new two-page leaflet explains continuation,
paid-up status and transfer in plain language &ndash; download it at
<a href="https://www.elbwarte.example/firmen/bav/austritt">elbwarte.example/firmen/bav/austritt</a>.</p>
<h2>3. Occupational disability cover for blue-collar staff</h2>
<p>Simplified health questions for group contracts with at least 25 enrolments are back. Ask your
account manager for the conditions.</p>
<h2>4. Webinar</h2>
<p>&bdquo;bAV for payroll beginners&ldquo;, 21 April 2026, 10:00&ndash;11:00 CEST. Registration via
<a href="https://events.elbwarte.example/bav-payroll">events.elbwarte.example</a>.</p>
<hr><p style="font-size:11px;color:#667">You receive this briefing because your company has a group pension
contract with Elbwarte Lebensversicherung AG. <a href="https://www.elbwarte.example/newsletter/abmelden">Unsubscribe</a>.
Elbwarte Lebensversicherung AG, Speicherstadtufer 40, 20457 Hamburg.</p>
</body></html>'''
M('NORMAL', 'en', 'newsletter',
  'trap: salary sacrifice, disability cover, health questions, leavers – a generic HR newsletter without any person',
  'Elbwarte Employee Benefits <newsletter@elbwarte.example>', 'undisclosed-recipients:;',
  'Employee Benefits Briefing – Spring 2026', '03-17 07:00',
  '''Employee Benefits Briefing - Spring 2026

Dear HR and payroll colleagues,

1. Salary sacrifice in Germany: the 2026 figures
Employees can convert up to EUR 676 a month tax-free (8 % of the pension contribution ceiling);
up to EUR 338 are also free of social security contributions. Employers must add a 15 % subsidy
where they save contributions.

2. Leavers: what really happens to the pension?
Vested rights stay with the employee. Leaflet: https://www.elbwarte.example/firmen/bav/austritt

3. Occupational disability cover for blue-collar staff
Simplified health questions for group contracts with at least 25 enrolments are back.

4. Webinar "bAV for payroll beginners", 21 April 2026, 10:00-11:00 CEST
https://events.elbwarte.example/bav-payroll

Unsubscribe: https://www.elbwarte.example/newsletter/abmelden
''', html=_html5, hdrs={'List-Unsubscribe': '<https://www.elbwarte.example/newsletter/abmelden>',
                        'Precedence': 'bulk'})

# 6
_p6 = pdf(['Elbwarte Lebensversicherung AG - Rentenservice bAV', '',
           'Frau Gerda Wilkens', 'Am Mühlenteich 7', '21465 Reinbek', '',
           'Hamburg, 16. März 2026', '',
           'Mitteilung über den Beginn Ihrer Betriebsrente',
           'Vertrag: PK-08-0011936 (Pensionskasse, Arbeitgeber: Ostsee Feinkost GmbH)',
           'Geburtsdatum: 03.04.1961', '',
           'Rentenbeginn: 01.04.2026',
           'Monatliche Bruttorente: 412,38 EUR (garantiert 371,20 EUR, Überschussrente 41,18 EUR)',
           'Beitrag zur Kranken- und Pflegeversicherung (KVdR, Zahlstellenverfahren): 79,12 EUR',
           'Auszahlungsbetrag: 333,26 EUR',
           'Zahlung jeweils zum Monatsende auf: ' + grp(IB['wilkens']) + ' (Hamburger Sparkasse)',
           'Steuer-Identifikationsnummer: 57 294 018 336', '',
           'Die Rente ist nach § 22 Nr. 5 EStG voll steuerpflichtig. Wir melden die Leistung',
           'jährlich an die Finanzverwaltung (Rentenbezugsmitteilung).', '',
           'Mit freundlichen Grüßen', 'Elbwarte Lebensversicherung AG'], title='Rentenbeginn Wilkens')
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'pension start letter: named pensioner, birth date, pension amount, health-insurance deduction, IBAN and tax ID (PDF); body names the contract',
  addr('demirtas'), 'Gerda Wilkens <gerda.wilkens@posteingang.example>', 'Ihre Betriebsrente ab 1. April 2026', '03-16 13:40',
  '''Sehr geehrte Frau Wilkens,

wie telefonisch besprochen erhalten Sie vorab per E-Mail unsere Mitteilung über den Beginn
Ihrer Betriebsrente aus dem Vertrag PK-08-0011936. Das Original geht Ihnen zusätzlich per
Post zu.

Bitte prüfen Sie die Bankverbindung im Schreiben. Die erste Zahlung erfolgt Ende April.
Die Beiträge zur Kranken- und Pflegeversicherung führen wir direkt an Ihre Krankenkasse ab,
Sie müssen dafür nichts tun.

Freundliche Grüße
Aylin Demirtaş

''' + sig('demirtas') + '\n\n' + footer('leben'), atts=[A('Rentenbeginn_PK-08-0011936.pdf', _p6)])

# 7
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'motor claim of a named policyholder: plate, claim number, repair amount; explicitly nobody injured',
  addr('petersen'), 'Malte Oelke <malte.oelke@webpost.example>', 'Schaden K-2026-118402 / HH-MO 4471',
  '02-19 09:58',
  '''Guten Morgen Herr Oelke,

der Kostenvoranschlag der Werkstatt Autohaus Priebe liegt uns vor. Wir übernehmen die
Reparatur Ihres Fahrzeugs (HH-MO 4471) aus der Vollkasko abzüglich Ihrer Selbstbeteiligung
von 300 €, also 2.614,70 €. Die Werkstatt rechnet direkt mit uns ab.

Da laut Ihrer Schilderung und dem Polizeibericht niemand verletzt wurde, ist für uns nichts
weiter zu klären. Ihr Schadenfreiheitsrabatt wird zum 01.01.2027 zurückgestuft (SF 12 -> SF 7),
es sei denn, Sie erstatten uns den Betrag innerhalb von sechs Monaten.

Beste Grüße
Sven Petersen
Kfz-Schadenregulierung, Tel. 040 5550-3310''', cte='8bit')

# 8
M('NORMAL', 'de', 'insurer-to-company',
  'trap: blank enrolment form with «placeholders» for birth date, salary, IBAN and health questions',
  addr('riekhof'), NORDLICHT, 'Vorlage Beitrittserklärung bAV für Ihr Intranet', '01-20 16:03',
  '''Hallo Frau Kröger,

wie am Donnerstag versprochen hier die Word-Vorlage der Beitrittserklärung, die Sie in Ihr
Intranet stellen können. Die grauen Felder in «Klammern» sind Platzhalter – bitte nichts
vorausfüllen, die Mitarbeitenden tragen alles selbst ein und geben das Formular direkt bei
Ihnen im Personalbüro ab.

Die Gesundheitsfragen auf Seite 2 entfallen für Nordlicht, weil Sie über 50 Anmeldungen
liegen (vereinfachte Annahme). Ich habe den Abschnitt trotzdem drin gelassen und
durchgestrichen markiert – so war es mit Ihrem Betriebsrat abgestimmt.

Viele Grüße aus der Speicherstadt
Malte Riekhof

''' + sig('riekhof'), atts=[A('Beitrittserklaerung_Nordlicht_Vorlage.docx', docx([
    'Beitrittserklärung zur betrieblichen Altersversorgung – Nordlicht Logistik SE',
    'Gruppenvertrag: wird vom Personalbüro eingetragen',
    ['Feld', 'Eintrag'],
    ['Name, Vorname', '«Name», «Vorname»'],
    ['Geburtsdatum', '«TT.MM.JJJJ»'],
    ['Personalnummer', '«Pers.-Nr.»'],
    ['Monatliches Bruttogehalt', '«Betrag» EUR'],
    ['Entgeltumwandlung monatlich', '«Betrag» EUR'],
    ['IBAN für spätere Rentenzahlung', '«DE.. .... .... .... .... ..»'],
    'Gesundheitsfragen (entfallen bei vereinfachter Annahme): «entfällt»',
    'Bezugsberechtigt im Todesfall: «Name, Geburtsdatum»',
    'Ort, Datum, Unterschrift: «________»'], title='Vorlage Beitrittserklärung', creator='Malte Riekhof'))])

# 9
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'attachment-only: windows-1252 CSV of contribution differences with names, personnel numbers and pension contract numbers',
  addr('brodersen'), LOHNPILOT, 'Beitragsabgleich Februar – Mandant 4417 (Meyer & Söhne)', '03-05 15:20',
  '''Hallo Herr Ehlers,

beim Abgleich der Februar-Beitragsliste für Ihren Mandanten 4417 passen drei Positionen
nicht zu unserem Bestand (Details in der CSV, gleiche Spaltenfolge wie Ihre Lieferung).
Bei zwei Personen fehlt die Erhöhung zum 01.02., bei einer wurde nach dem Austritt noch
gezahlt. Könnten Sie das mit dem Lohnbüro klären und uns eine Korrekturlieferung schicken?

Der Rest (61 Positionen) ist verbucht.

Danke und Gruß
Jens Brodersen
bAV Firmenkundenservice''', cs='iso-8859-1',
  atts=[A('Abgleich_4417_2026-02.csv', csvb([
      ['Mandant', 'PersNr', 'Name', 'Vorname', 'Vertrag', 'Soll EUR', 'Ist EUR', 'Hinweis'],
      ['4417', '0112', 'Schütt', 'Hannes', 'DV-21-0039920', '180,00', '150,00', 'Erhöhung ab 01.02. fehlt'],
      ['4417', '0139', 'Gerken', 'Maren', 'DV-23-0042217', '120,00', '100,00', 'Erhöhung ab 01.02. fehlt'],
      ['4417', '0087', 'Rasch', 'Jörg', 'DV-17-0028810', '0,00', '95,00', 'Austritt 31.01.2026 – Rückbuchung?'],
  ], enc='windows-1252'), ctype='application/vnd.ms-excel', charset='windows-1252')])

# 10
M('CONFIDENTIAL', 'de', 'insurer-to-broker',
  "sole-trader broker's own commission, IBAN and tax number; per-employer totals only, no insured persons",
  addr('groth'), HARMS, 'Courtageabrechnung bAV Februar 2026', '03-09 10:30',
  '''Sehr geehrter Herr Harms,

anbei die Kurzfassung Ihrer Courtageabrechnung bAV für Februar 2026:

  Abschlussprovision Neugeschäft (3 Firmenkunden)   2.184,60 €
  Bestandspflege                                     412,95 €
  Stornoreserve-Einbehalt                           -218,46 €
  ------------------------------------------------------------
  Auszahlung                                        2.379,09 €

Die Gutschrift geht wie gewohnt auf Ihr Konto ''' + grp(IB['harms']) + '''.
Ihre Steuernummer 43/127/04418 ist hinterlegt; da Sie als Versicherungsvermittler nach
§ 4 Nr. 11 UStG umsatzsteuerbefreit sind, weisen wir keine Umsatzsteuer aus.

Die ausführliche Abrechnung liegt wie immer in Ihrer elektronischen Vermittlerpost.

Mit freundlichen Grüßen
Stefan Groth
Beitragsbuchhaltung / Inkasso
Elbwarte Versicherungsgruppe''')

# 11
M('NORMAL', 'de', 'internal',
  'trap: calendar invitation mentioning pension payment run, leavers and salary conversion as agenda items only',
  addr('oltmanns'), ['Jens Brodersen <jens.brodersen@elbwarte.example>', 'Aylin Demirtaş <aylin.demirtas@elbwarte.example>',
                     'Malte Riekhof <malte.riekhof@elbwarte.example>'],
  'Einladung: Jour fixe bAV Kollektiv (wöchentlich, Di 09:30)', '01-09 12:15',
  '''Jour fixe bAV Kollektiv
Wann: dienstags 09:30–10:00, ab 13.01.2026
Wo: Raum 4.12 „Kaispeicher“ / Teams

Feste Punkte:
- Rückstände Anmeldungen / Austritte
- Rentenzahllauf (Ausnahmen, Rückläufer)
- Entgeltumwandlung: Fragen aus den Lohnbüros
- Sonstiges
''', atts=[A('einladung.ics', ics('jf-bav-2026@elbwarte.example', '20260113T093000', '20260113T100000',
                                    'Jour fixe bAV Kollektiv', 'Raum 4.12 Kaispeicher / Teams',
                                    'Rückstände Anmeldungen/Austritte, Rentenzahllauf, Entgeltumwandlung',
                                    email_of('oltmanns'), [email_of('brodersen'), email_of('demirtas'),
                                                           email_of('riekhof')]), ctype='text/calendar',
           charset='utf-8')])

# 12
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
  "leaver moving abroad: named employee's vested pension rights, contract values and new address",
  addr('mcallister'), HARBOUR, "Sarah O'Donnell – deferred pension after leaving", '04-08 11:47',
  '''Dear James,

following your note of 2 April: Sarah O'Donnell leaves Harbour Analytics on 30 April and
relocates to Dublin. Her direct insurance (DV-20-0036644) has been funded by salary sacrifice
since 2020, so her rights are fully vested from day one.

Position as at 1 May 2026:
  - guaranteed capital at age 67:       EUR 41,870
  - current reserve (paid-up value):    EUR 18,212.44
  - contributions so far:               EUR 17,600.00

She can keep the contract paid-up, continue it privately, or take it to a new German employer.
A transfer to an Irish scheme is not possible under German law; she will receive her pension
from us wherever she lives. We need her new postal address (she mentioned 14 Clontarf Road,
Dublin 3 - please confirm) and, later, an IBAN for the payments.

I'll write to her directly in English once you have confirmed the leaving date in the portal.

Kind regards,

''' + sig('mcallister', 'en') + '\n\n' + footer('leben', 'en'), cs='us-ascii', cte='7bit')

# 13
M('NORMAL', 'de', 'insurer-to-customer',
  'trap: auto-reply of the pension payment service, no customer data',
  'Aylin Demirtaş <aylin.demirtas@elbwarte.example>', 'Horst Tiedemann <horst.tiedemann@online-mail.example>',
  'Automatische Antwort: Rente März nicht angekommen', '03-31 08:02',
  '''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen rund um Rentenzahlungen, Bankverbindungen oder Lebensbescheinigungen
wenden Sie sich bitte an unser Team Rentenservice bAV: rentenservice@elbwarte.example oder
Telefon 040 5550-4450 (Mo–Fr 8–17 Uhr).

Aylin Demirtaş
Rentenservice bAV
Elbwarte Lebensversicherung AG''', hdrs={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
  cte='8bit')

# 14
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'eVB confirmation code for a named customer with home address and new vehicle (non-personal line)',
  addr('sommer'), 'Ahmed Benali <ahmed.benali@mailo.example>', 'Your eVB number for registering the car',
  '02-02 17:21',
  '''Dear Mr Benali,

as requested, here is the electronic insurance confirmation (eVB) for your new car:

  eVB number:    7KQ4M2X
  Policyholder:  Ahmed Benali, Veringstraße 88, 21107 Hamburg
  Vehicle:       Skoda Octavia Combi, VIN TMBJJ7NE8R0412277
  Cover:         third-party liability + comprehensive (SB 500 EUR), from the day of registration

Just give the number to the registration office; you don't need to print this e-mail.
Your policy documents will follow once the car is registered.

Kind regards
Ricarda Sommer
Customer Service | Elbwarte Allgemeine Versicherung AG''')

# 15
_h15 = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Hennings,</p>
<p>zu den eingereichten Rechnungen erhalten Sie folgende Abrechnung zu Ihrem Tarif <b>Komfort-Ambulant 90</b>
(Versicherungsnummer KV 4418 2207 31):</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Datum</th><th>Leistungserbringer</th><th>Diagnose</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>12.01.2026</td><td>Dr. med. Anja Reuter, Orthopädie</td><td>M54.5 G Kreuzschmerz, GOÄ 1, 5, 800</td><td>142,38 €</td><td>128,14 €</td></tr>
<tr><td>19.01.2026</td><td>Radiologie am Hafentor</td><td>M51.2 G Bandscheibenverlagerung (MRT LWS), GOÄ 5700</td><td>612,77 €</td><td>551,49 €</td></tr>
<tr><td>02.02.2026</td><td>Physiotherapie Kühne</td><td>KG 6x, Fango 6x</td><td>318,00 €</td><td>286,20 €</td></tr>
<tr><td>05.02.2026</td><td>Apotheke am Rathausmarkt</td><td>Ibuprofen 600 mg, Pantoprazol 20 mg</td><td>24,95 €</td><td>22,46 €</td></tr>
</table>
<p>Erstattung gesamt: <b>988,29 €</b> auf Ihr Konto ''' + mask(IB['hennings']) + '''.</p>
<p>Ihre Selbstbeteiligung für 2026 ist damit zu 60 % ausgeschöpft.</p>
<p>Mit freundlichen Grüßen<br>Tobias Kühl<br>Leistungsabteilung Krankenversicherung<br>Elbwarte Krankenversicherung AG</p>
</body></html>'''
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'HTML-only body: health-claim settlement with ICD codes, doctors, MRI, physiotherapy and medicines of the addressee',
  addr('kuehl'), 'Birgit Hennings <birgit.hennings@webpost.example>', 'Ihre Leistungsabrechnung vom 24.02.2026',
  '02-24 10:15', html=_h15, html_only=True)

# 16
M('NORMAL', 'de', 'insurer-to-supplier',
  'trap: print job for annual pension statements – quantities, envelopes, deadlines, no personal data',
  addr('behrens'), 'Auftragsannahme <auftrag@wellenreiter-druck.example>',
  'Druckauftrag Standmitteilungen bAV 2025 – Mengengerüst', '01-14 13:33',
  '''Hallo Frau Dittmer,

hier wie besprochen das Mengengerüst für die Standmitteilungen bAV (Jahresmitteilungen 2025):

- ca. 48.200 Sendungen, DIN A4, 2–4 Seiten duplex, Fenster-Kuvert DL
- davon ca. 3.900 mit englischer Beilage (International)
- Datenlieferung per SFTP am 02.02., Druck/Kuvertierung bis 13.02., Einlieferung Dialogpost
- Beilage „Ihre Rente verstehen“ (Artikel 4471-26) liegt bei Ihnen auf Lager

Die Druckdaten kommen wie immer verschlüsselt über unser Austauschverzeichnis, nicht per Mail.
Bitte bestätigen Sie mir den Termin und den Preis je Sendung (Vorjahr 0,287 € netto).

Gruß
Kai Behrens
Einkauf | Elbwarte Versicherungsgruppe | Tel. 040 5550-2740''')

# 17
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'water-damage claim: named policyholder, insured address, payout amount and full IBAN',
  addr('wolters'), 'Familie Bock <bock.familie@online-mail.example>', 'Leitungswasserschaden S-2026-004519 – Auszahlung',
  '01-28 14:52',
  '''Sehr geehrte Frau Bock, sehr geehrter Herr Bock,

wir haben den Leitungswasserschaden in Ihrer Wohnung Kirchenweg 12, 22083 Hamburg, geprüft.
Nach dem Bericht des Trocknungsunternehmens erstatten wir

  Trocknung und Leckortung               1.486,20 EUR
  Bodenbelag Flur/Küche (Zeitwert)       2.310,00 EUR
  Hotelkosten 3 Nächte                     387,00 EUR
  -------------------------------------------------
  gesamt                                 4.183,20 EUR

Die Zahlung geht in den nächsten Tagen auf Ihr Konto ''' + IB['bock'] + ''' bei der
Hamburger Volksbank.

Mit freundlichen Grüßen
Nadine Wolters
Schadenservice Sach

Elbwarte Allgemeine Versicherung AG''', cs='iso-8859-1')

# 18
M('NORMAL', 'en', 'insurer-to-partner',
  'trap: aggregated group-pension portfolio by age band and disability incidence for the reinsurer, no individuals',
  addr('wendt'), 'Kristin Aas <kristin.aas@nordkap-re.example>', 'Group pension & disability rider portfolio – YE 2025 figures',
  '02-26 09:10',
  '''Hi Kristin,

as agreed for the renewal of treaty NK-L-2019/4, attached are the year-end 2025 figures of
our group pension portfolio with disability riders. Everything is aggregated by age band;
bands with fewer than 20 lives are merged, as usual.

Headlines: 61,480 insured lives (+4.2 %), 212 new disability claims (incidence 3.4 per mille),
psychiatric diagnoses now 38 % of new claims (2024: 35 %), musculoskeletal 22 %.

Let me know if your pricing team needs the split by occupation class as well.

Cheers,
Hauke

''' + sig('wendt', 'en'),
  atts=[A('Elbwarte_group_portfolio_YE2025.xlsx', xlsx([
      ('Lives by age band', [['Age band', 'Lives', 'Sum insured disability pension EUR p.a. (avg)', 'New claims 2025'],
                             ['18-29', 9870, 10200, 9], ['30-39', 16315, 11850, 41], ['40-49', 17102, 12400, 67],
                             ['50-59', 14260, 12100, 79], ['60-67', 3933, 10900, 16], ['Total', 61480, 11780, 212]]),
      ('Claims by cause', [['ICD-10 chapter', 'Share of new claims'], ['F (mental and behavioural)', 0.38],
                           ['M (musculoskeletal)', 0.22], ['C/D (neoplasms)', 0.15], ['I (circulatory)', 0.08],
                           ['other', 0.17]])], title='Portfolio YE2025', creator='Hauke Wendt'))])

# 19
_q19 = gt_quote('Am 14.04.2026 um 09:03 schrieb Emma Lindgren:', '''Hi Malte,

quick one: Jonas Petersen (our backend lead) wants to add the BU-Zusatzversicherung to his
Direktversicherung. He told me he had a burnout episode in 2024 and was off for 4 months,
plus he still takes Sertralin 50 mg. Does he have to declare that? He'd rather not tell us
in HR, obviously, but he asked me to find out.

Thanks!
Emma''')
M('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-company',
  "quoted HR mail names an employee's burnout, sick leave and antidepressant; reply on BU rider underwriting",
  addr('riekhof'), BRIGHT, 'AW: BU-Zusatz / disability rider – health questions', '04-14 12:40',
  '''Hi Emma,

kurze Antwort vorab, details follow in English below.

Ja, Herr Petersen muss die Gesundheitsfragen vollständig und wahrheitsgemäß beantworten –
eine Behandlung in den letzten 5 Jahren gehört dazu. Bitte schicken Sie uns (und vor allem
sich selbst) aber nichts Medizinisches per Mail. Er soll den Antrag direkt über unser Portal
ausfüllen; die Angaben gehen dann nur an unsere Risikoprüfung, nicht an Sie als Arbeitgeber.

In English: yes, he has to disclose it, but he should answer the health questions himself in
our secure portal. HR never sees his answers. Please delete the details from your mailbox.

Viele Grüße / best regards
Malte

''' + sig('riekhof') + '\n\n' + _q19, irt='<CAE1x9b.emma@brightwave.example>', cte='8bit', flowed=True)

# 20
M('NORMAL', 'de', 'internal',
  'trap: IT incident about the pension payment batch job and bank file, no personal data',
  addr('carstens'), 'bAV Rentenservice <rentenservice@elbwarte.example>',
  'INC0048812 – Abbruch Batchlauf RZ_RENTE_MONAT (Testumgebung)', '02-25 07:55',
  '''Hallo Rentenservice,

zur Info: Der Testlauf RZ_RENTE_MONAT ist heute Nacht in der Umgebung T2 um 03:14 mit
SQLCODE -911 abgebrochen (Deadlock auf der Tabelle ZAHLPLAN). Die SEPA-Datei wurde nicht
erzeugt, es ist also auch nichts an die Bank gegangen – in T2 ohnehin nur Testdaten.

Produktion ist nicht betroffen, der Monatslauf am 26.02. ist geplant wie immer.
Wir wiederholen den Test heute um 13:00. Ticket bleibt offen bis zum erfolgreichen Lauf.

Gruß
Ole Carstens
IT Service Desk, Durchwahl -2900''', cte='8bit')

# 21
M('CONFIDENTIAL', 'de', 'internal',
  "attachment-only: staff member's salary increase letter (new gross salary, personnel number); body harmless",
  addr('feddersen'), 'Jana Lüders <jana.lueders@elbwarte.example>', 'Ihr Schreiben zur Gehaltsanpassung', '04-01 09:00',
  '''Liebe Frau Lüders,

anbei vorab Ihr Schreiben zur Gehaltsanpassung zum 01.04.2026. Das unterschriebene Original
liegt ab morgen in Ihrem Postfach im 2. OG.

Bei Fragen melden Sie sich gern bei mir.

Viele Grüße
Claudia Feddersen
Personalabteilung''', atts=[A('Gehaltsanpassung_Lueders_2026.docx', docx([
    'Elbwarte Holding AG – Personalabteilung',
    'Frau Jana Lüders, Personalnummer 20-1187, Abteilung Schadenservice Sach',
    'Gehaltsanpassung zum 01.04.2026',
    'Sehr geehrte Frau Lüders,',
    'in Anerkennung Ihrer Leistungen erhöhen wir Ihr monatliches Bruttogehalt mit Wirkung zum 01.04.2026 '
    'von 4.180,00 EUR auf 4.460,00 EUR (Tarifgruppe VI, Stufe 3 plus übertarifliche Zulage 145,00 EUR).',
    'Ihre Entgeltumwandlung in die Elbwarte-Pensionskasse (120,00 EUR monatlich) bleibt unverändert.',
    'Alle übrigen Bestimmungen Ihres Arbeitsvertrags bleiben bestehen.',
    'Hamburg, 27.03.2026', 'Claudia Feddersen, Personalleitung'], title='Gehaltsanpassung', creator='C. Feddersen'))])

# 22
M('NORMAL', 'de', 'insurer-to-broker',
  'trap: product information on the 2026 bAV tariff – guarantees, health questions, disability rider, example calculation for a fictitious model employee',
  addr('riekhof'), FINK, 'Neuer bAV-Tarif „Elbwarte Rente Invest 2026“ – Unterlagen für Ihre Firmenkunden',
  '01-22 11:18',
  '''Hallo Herr Fink,

wie angekündigt anbei die Vertriebsunterlage zum neuen Direktversicherungstarif. Die
wichtigsten Punkte in Kürze:

* Beitragsgarantie wählbar 60 / 80 / 90 %
* Hinterbliebenenschutz bis zur Höhe des Deckungskapitals
* BU-Zusatz mit vereinfachter Gesundheitsprüfung ab 10 Anmeldungen pro Firma
* Rechenbeispiel für einen Modellmitarbeiter (Alter 35, 3.800 € brutto, 200 € Umwandlung)

Für Ihre Firmenkunden mit bestehenden Gruppenverträgen ändert sich nichts, der neue Tarif
gilt nur für Neuanmeldungen ab 01.03.2026.

Viele Grüße
Malte Riekhof''', atts=[A('Vertriebsinfo_Rente_Invest_2026.pdf', pdf([
    'Elbwarte Rente Invest 2026 - Direktversicherung nach § 3 Nr. 63 EStG', '',
    'Für Vermittler - nicht zur Weitergabe an Endkunden', '',
    'Beitragsgarantie: 60 %, 80 % oder 90 % der Beiträge', 'Rentenfaktor garantiert: 26,10 EUR je 10.000 EUR',
    'BU-Zusatzversicherung: vereinfachte Gesundheitsfragen ab 10 Anmeldungen, volle Prüfung darunter',
    '', 'Rechenbeispiel (Modellmitarbeiter, fiktiv):',
    'Alter 35, Bruttogehalt 3.800 EUR, Entgeltumwandlung 200 EUR, AG-Zuschuss 30 EUR',
    'Netto-Aufwand ca. 104 EUR, prognostizierte Monatsrente ab 67: 612 EUR (bei 5 % Wertentwicklung)',
    '', 'Stand 01/2026. Prognosen sind nicht garantiert.'], title='Vertriebsinfo Rente Invest 2026'))])

# 23
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
  'pension-splitting information to the family court: named spouses, birth dates, divorce file, pension capital and equalisation value',
  addr('wendt'), 'Amtsgericht Elbmarsch – Familiengericht <familiengericht@ag-elbmarsch.justiz.example>',
  'Az. 412 F 1187/25 – Auskunft zum Versorgungsausgleich (Schütt ./. Schütt)', '02-11 14:05',
  '''Sehr geehrte Damen und Herren,

in der Familiensache Schütt ./. Schütt (Az. 412 F 1187/25) erteilen wir auf Ihr Ersuchen
vom 15.01.2026 Auskunft zum Anrecht des Ehemanns aus der betrieblichen Altersversorgung:

  Versicherter:            Hannes Schütt, geb. 22.09.1979
  Vertrag:                 DV-21-0039920 (Direktversicherung, Arbeitgeber Meyer & Söhne Bau GmbH)
  Ehezeit:                 01.06.2008 – 31.08.2025
  Ehezeitanteil (Kapital): 11.842,16 €
  Teilungskosten:          250,00 € (pauschal, hälftig)
  Ausgleichswert:          5.796,08 €

Wir schlagen die interne Teilung nach § 10 VersAusglG vor. Die Berechnung nach
§ 5 VersAusglG und die Teilungsordnung haben wir beigefügt (PDF).

Das förmliche Schreiben mit Unterschrift geht Ihnen zusätzlich über das beBPo zu.

Mit freundlichen Grüßen
Hauke Wendt
Aktuariat Leben

''' + footer('leben'), atts=[A('VA_Auskunft_412F1187-25.pdf', pdf([
    'Auskunft Versorgungsausgleich - Az. 412 F 1187/25', '',
    'Ausgleichspflichtige Person: Hannes Schütt, geb. 22.09.1979',
    'Ausgleichsberechtigte Person: Svenja Schütt geb. Lorenzen, geb. 04.12.1981',
    'Anrecht: DV-21-0039920, Elbwarte Lebensversicherung AG', '',
    'Deckungskapital 31.08.2025: 14.104,60 EUR', 'davon Ehezeitanteil: 11.842,16 EUR',
    'Ausgleichswert nach Abzug hälftiger Teilungskosten: 5.796,08 EUR',
    'Korrespondierender Kapitalwert: 5.796,08 EUR', '', 'Hamburg, 11.02.2026'], title='VA-Auskunft'))])

# 24
M('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
  'legal-expenses cover confirmation: named client, policy number, tenancy dispute and rent amounts (no health or criminal content)',
  addr('hollerbach'), '"RA Dr. Jan Voss" <j.voss@voss-brandt.example>',
  'Deckungszusage RS-2026-03318 – Ihre Mandantin Frau Ilka Meinke', '03-10 10:44',
  '''Sehr geehrter Herr Dr. Voss,

für Ihre Mandantin Frau Ilka Meinke (Rechtsschutzvertrag RS 77 401 285, Baustein
Wohnungs- und Grundstücks-RS) erteilen wir Deckungszusage für die außergerichtliche
Interessenwahrnehmung wegen der Mieterhöhung vom 12.12.2025 (von 980 € auf 1.127 € kalt).

Die Selbstbeteiligung von 150 € trägt Ihre Mandantin. Gebühren bitte nach RVG auf Basis
des Jahresbetrags der streitigen Erhöhung abrechnen.

Für eine etwaige Klage benötigen wir eine gesonderte Anfrage mit Klageentwurf.

Mit freundlichen Grüßen
Miriam Hollerbach
Rechtsschutz-Leistung
Elbwarte Rechtsschutz AG''', cte='base64')

# 25
_t25 = '''Elbwarte aktuell - Ihr Kundenbrief März 2026

Liebe Kundinnen und Kunden,

* Betriebsrenten steigen: Zum 1. Juli 2026 erhöhen wir die laufenden Renten aus unseren
  Pensionskassentarifen um 1,5 %. Sie müssen nichts tun.
* Zahnzusatz mit Sofortleistung: Ab April ohne Wartezeit für professionelle Zahnreinigung.
* Reisezeit: Die Auslandsreise-Krankenversicherung deckt auch Rücktransporte - die wichtigsten
  Notrufnummern finden Sie auf www.elbwarte.example/reise.
* Betrugsmasche: Wir fragen Sie niemals per E-Mail nach PIN, TAN oder Ihrer Bankverbindung.

Ihr Elbwarte-Team
Abmelden: https://www.elbwarte.example/newsletter/abmelden
'''
_h25 = '''<html><head><meta charset="windows-1252"></head><body style="font-family:Georgia,serif">
<h2>Elbwarte aktuell &ndash; Ihr Kundenbrief März 2026</h2>
<p>Liebe Kundinnen und Kunden,</p>
<ul>
<li><b>Betriebsrenten steigen:</b> Zum 1. Juli 2026 erhöhen wir die laufenden Renten aus unseren Pensionskassentarifen um 1,5&nbsp;%. Sie müssen nichts tun.</li>
<li><b>Zahnzusatz mit Sofortleistung:</b> Ab April ohne Wartezeit für professionelle Zahnreinigung.</li>
<li><b>Reisezeit:</b> Die Auslandsreise-Krankenversicherung deckt auch Rücktransporte &ndash; Notrufnummern auf <a href="https://www.elbwarte.example/reise">www.elbwarte.example/reise</a>.</li>
<li><b>Betrugsmasche:</b> Wir fragen Sie niemals per E-Mail nach PIN, TAN oder Ihrer Bankverbindung.</li>
</ul>
<p>Ihr Elbwarte-Team &bull; <a href="https://www.elbwarte.example/newsletter/abmelden">Abmelden</a></p>
</body></html>'''
M('NORMAL', 'de', 'newsletter',
  'trap: customer newsletter on pension increase, dental cover, travel health and bank data phishing; no person',
  'Elbwarte Kundenbrief <kundenbrief@elbwarte.example>', 'kundenbrief-empfaenger@elbwarte.example',
  'Elbwarte aktuell: Betriebsrenten steigen zum 1. Juli', '03-20 06:30', _t25, html=_h25,
  cs='windows-1252', hdrs={'Precedence': 'bulk', 'List-Unsubscribe': '<https://www.elbwarte.example/newsletter/abmelden>'})

# 26
def _stand(name, geb, vnr, kap, rente, beitr):
    return pdf(['Elbwarte Lebensversicherung AG', 'Jährliche Standmitteilung zum 31.12.2025', '',
                'Versicherte Person: %s, geb. %s' % (name, geb), 'Vertrag: %s (Direktversicherung)' % vnr,
                'Arbeitgeber: Meyer & Söhne Bau GmbH', '',
                'Beiträge 2025 (Entgeltumwandlung + AG-Zuschuss): %s EUR' % beitr,
                'Vertragsguthaben 31.12.2025: %s EUR' % kap,
                'Garantierte Monatsrente ab 67: %s EUR' % rente, '',
                'Diese Mitteilung ersetzt keine Auskunft nach § 4a BetrAVG.'], title='Standmitteilung ' + vnr)
_z26 = zipf([('Standmitteilungen_2025/Schuett_Hannes_DV-21-0039920.pdf', _stand('Hannes Schütt', '22.09.1979', 'DV-21-0039920', '15.312,40', '88,17', '2.160,00')),
             ('Standmitteilungen_2025/Gerken_Maren_DV-23-0042217.pdf', _stand('Maren Gerken', '17.06.1992', 'DV-23-0042217', '3.904,11', '41,50', '1.380,00')),
             ('Standmitteilungen_2025/Brandt_Ole_DV-18-0030151.pdf', _stand('Ole Brandt', '30.01.1968', 'DV-18-0030151', '22.871,95', '109,62', '2.760,00')),
             ('Standmitteilungen_2025/LIESMICH.txt', 'Bitte die Mitteilungen ungeöffnet an die Mitarbeitenden weitergeben.\r\n'.encode('utf-8'))])
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'ZIP-only: annual pension statements (PDF) of three named employees with birth dates and contract values',
  addr('brodersen'), MEYER, 'Standmitteilungen 2025 für Ihre Mitarbeiter', '02-17 08:49',
  '''Sehr geehrte Frau Meyer,

Sie hatten darum gebeten, die Standmitteilungen Ihrer drei Mitarbeiter ohne eigene
E-Mail-Adresse gesammelt zu bekommen. Im ZIP liegen die drei PDFs; bitte geben Sie sie
ausgedruckt und verschlossen weiter.

Das Passwort für das Archiv haben wir Ihnen nicht gesondert geschickt, weil Sie das nicht
wollten – in Zukunft nutzen wir dafür lieber unser Firmenkundenportal.

Mit freundlichen Grüßen
Jens Brodersen''', atts=[A('Standmitteilungen_Meyer_Soehne_2025.zip', _z26)])

# 27
M('NORMAL', 'mixed', 'insurer-to-company',
  'grey: new SEPA mandate for a company (GmbH) account that pays the group premium – no natural person, company IBAN only',
  addr('groth'), 'Harbour Analytics Finance <finance.de@harbour-analytics.example>',
  'SEPA-Lastschriftmandat Gruppenvertrag / new direct debit mandate', '01-16 15:37',
  '''Sehr geehrte Damen und Herren, dear colleagues,

vielen Dank für das neue SEPA-Firmenlastschriftmandat. Ab dem Einzug am 01.02.2026 buchen
wir die Beiträge zum Gruppenvertrag RV-HA-2023-07 vom neuen Geschäftskonto der Harbour
Analytics GmbH ab:

  Kontoinhaber: Harbour Analytics GmbH
  IBAN: ''' + grp(mkiban('DE', '50070010' '0925004411')) + '''
  Mandatsreferenz: EW-RV-HA-2023-07-02

In English, for your London treasury team: the group premium for the German pension scheme
will be collected from the new company account listed above starting 1 February. Our
creditor ID is DE98ZZZ09999999999. The old mandate (ref. -01) expires with the January run.

Mit freundlichen Grüßen / kind regards
Stefan Groth
Beitragsbuchhaltung / Premium Accounting''')

# 28
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'trip cancellation after job loss: named customer, booking, refund and IBAN; no health content',
  addr('baumgart'), 'Luca Moreno <luca.moreno@mailbox.example>', 'Trip cancellation claim R-26-02217 – decision',
  '04-21 16:08',
  '''Dear Mr Moreno,

thank you for the termination letter from your former employer. Involuntary job loss is an
insured reason under your annual travel cancellation policy (RR 2093 4471), so we will pay
the cancellation fees for your trip to Mallorca:

  booking 8812004 (Sunway Reisen), cancelled 09/04/2026
  cancellation fee charged:   EUR 1,418.00
  deductible (20 %):          EUR  -283.60
  payment:                    EUR 1,134.40

The amount will be transferred to ''' + grp(IB['moreno']) + ''' within five working days.

Best wishes for your job search,
Leonie Baumgart
Travel Insurance | Elbwarte Allgemeine Versicherung AG''')

# 29
M('NORMAL', 'en', 'internal',
  'trap: data-protection reminder about health data, diagnoses, IBANs and salary lists in e-mail – rules only, no data',
  addr('lammers'), 'All staff <alle@elbwarte.example>', 'Reminder: health data and salary lists never go out by plain e-mail',
  '02-05 11:00',
  '''Dear colleagues,

a short reminder after two incidents in January:

1. Diagnoses, doctor's letters, sick notes, care levels and anything else about a person's
   health are special-category data (Art. 9 GDPR) and subject to professional secrecy
   (section 203 German Criminal Code). They leave the house only encrypted or via the portal.
2. Salary conversion lists from employers, pension payment lists and anything with IBANs,
   birth dates or tax IDs count as confidential. The same rule applies.
3. Employers do not need, and must not get, health information about their employees'
   disability riders. If HR forwards you such details, answer without quoting them.

Questions? privacy@elbwarte.example or ext. 2050.

Birte Lammers
Data Protection Officer''', cs='us-ascii', cte='7bit')

# 30
M('CONFIDENTIAL', 'de', 'insurer-to-company',
  'grey: company as policyholder of a group pension contract – contract number, premium volume, participation, named HR contact; no individual employee',
  addr('riekhof'), KRANWERK, 'Gruppenvertrag RV-KL-2016-02 – Jahresgespräch 2026', '01-27 10:20',
  '''Hallo Herr Stüve,

zur Vorbereitung unseres Jahresgesprächs am 05.02. die Eckdaten Ihres Gruppenvertrags
RV-KL-2016-02:

  Versicherte Mitarbeitende:   143 (Vorjahr 131)
  Teilnahmequote:              61 %
  Beitragsvolumen 2025:        402.816 € (davon AG-Finanzierung 96.540 €)
  Austritte 2025:              9, davon 6 mit Beitragsfreistellung
  Rabattstufe:                 3 (ab 150 Versicherten Stufe 4)

Vorschlag für den Termin: Opting-out-Modell für Neueinstellungen – Ihr Betriebsrat hatte
Interesse signalisiert. Ich bringe ein Muster der Betriebsvereinbarung mit.

Beste Grüße
Malte Riekhof

''' + sig('riekhof') + '\n\n' + footer('leben'))

# ================================================================ MAILS 31-60
# 31
_ib31 = mkiban('ES', '0049' '1500' '05' '2710234567')
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'pensioner abroad: named former employee, pension amount, Spanish IBAN and proof-of-life request',
  addr('mcallister'), 'Antonio Ruiz Delgado <a.ruizdelgado@correo-sur.example>',
  'Your company pension – proof of life 2026 and new bank account', '05-06 10:31',
  '''Dear Mr Ruiz Delgado,

thank you for your letter from Alicante. We have updated your bank details; from the June
payment onwards your monthly company pension of EUR 287.54 (contract PK-02-0004478, former
employer Kranwerk Lüneburg) will be paid to

    ''' + grp(_ib31) + ''' (Banco del Levante)

As every year, we also need a proof of life ("Lebensbescheinigung"). Please have the enclosed
form signed by the town hall (ayuntamiento) or a notary and send it back by 30 June 2026.
Without it we have to suspend payments from August - we would really rather not.

Kind regards,
Fiona McAllister
International Employee Benefits
Elbwarte Lebensversicherung AG''', cte='quoted-printable')

# 32
M('NORMAL', 'de', 'internal',
  'trap: internal job ad for the pension payment team – salary band, health management, company pension as benefits; no person',
  addr('feddersen'), 'Führungskräfte <fuehrungskraefte@elbwarte.example>',
  'Interne Ausschreibung: Sachbearbeiter/in Rentenservice bAV (m/w/d), Kennziffer 2026-014', '02-03 12:00',
  '''Liebe Führungskräfte,

bitte machen Sie Ihre Teams auf folgende interne Ausschreibung aufmerksam:

Sachbearbeiter/in Rentenservice bAV (m/w/d), Vollzeit/Teilzeit, unbefristet

Ihre Aufgaben: Rentenzahlungen und Rentenanpassungen, Hinterbliebenenleistungen,
Lebensbescheinigungen, Krankenversicherung der Rentner (Zahlstellenverfahren),
Rentenbezugsmitteilungen an die Finanzverwaltung.

Wir bieten: Tarifgruppe VI VersTV (ca. 4.000–4.600 € brutto/Monat), 38 Std., mobiles Arbeiten,
Zuschuss zur Entgeltumwandlung 25 %, betriebliches Gesundheitsmanagement, Jobrad.

Bewerbungen bis 20.02.2026 über das Intranet (Karriere > Interne Stellen).

Viele Grüße
Claudia Feddersen
Personalabteilung''')

# 33
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'private liability claim of a named policyholder (dog damaged a fence), policy number, amount; no injury',
  addr('ahlers'), 'Kerstin Lemke <kerstin.lemke@webpost.example>', 'Ihr Haftpflichtschaden H-2026-20914 (Zaun Nachbar)',
  '03-24 15:12',
  '''Sehr geehrte Frau Lemke,

Ihr Hund „Bruno“ hat laut Ihrer Schilderung am 14.03. den Holzzaun Ihres Nachbarn,
Herrn Detlef Priem, Moorweg 3 in Tangstedt, beschädigt. Verletzt wurde niemand.

Aus Ihrer Tierhalterhaftpflicht (Vertrag TH 5512 0093) übernehmen wir die Reparatur laut
Angebot der Tischlerei Horn über 865,00 €. Wir zahlen direkt an Herrn Priem, sobald er uns
seine Bankverbindung mitteilt. Eine Selbstbeteiligung ist in Ihrem Tarif nicht vereinbart.

Mit freundlichen Grüßen
Frank Ahlers
Haftpflicht-Schaden''')

# 34
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
  'request for medical report for a named patient (disability claim from bAV rider), diagnosis mentioned, consent referenced',
  addr('sasse'), '"Praxis Dr. med. Anja Reuter" <praxis@praxis-reuter.example>',
  'Befundanforderung – Ihre Patientin Maren Gerken, geb. 17.06.1992', '04-02 09:27',
  '''Sehr geehrte Frau Kollegin Reuter,

Ihre Patientin Frau Maren Gerken, geb. 17.06.1992, hat bei uns Leistungen aus ihrer
Berufsunfähigkeits-Zusatzversicherung (Direktversicherung über ihren Arbeitgeber, Vertrag
DV-23-0042217) beantragt. Sie gibt eine lumbale Bandscheibenprotrusion L4/5 mit
Radikulopathie (M51.1) an, in Ihrer Behandlung seit November 2025.

Die Schweigepflichtentbindung vom 25.03.2026 liegt uns vor (Kopie anbei folgt per Post).
Wir bitten um einen kurzen Befundbericht mit Diagnosen, Therapieverlauf, aktueller
Arbeitsunfähigkeit und Ihrer Einschätzung der Belastbarkeit für ihre Tätigkeit als
Bauzeichnerin. Die Gebühr nach GOÄ Nr. 75 erstatten wir selbstverständlich.

Mit kollegialen Grüßen
Dr. med. Henrike Sasse
Gesellschaftsärztin / Risikoprüfung
Elbwarte Lebensversicherung AG

''' + footer('leben'))

# 35
M('NORMAL', 'en', 'insurer-to-customer',
  'trap: portal notification without content ("new secure message"), one-time link',
  'Elbwarte SecureMail <securemail@elbwarte.example>', 'grace.okonkwo@mailo.example',
  'You have a new secure message from Elbwarte', '04-09 08:15',
  '''Hello,

you have received a new secure message from Elbwarte Lebensversicherung AG.

To read it, please log in to the Elbwarte SecureMail portal:
https://securemail.elbwarte.example/login

If this is your first message, you will receive your one-time password in a separate
letter or text message. For security reasons this notification contains no content.

The message will be kept for 90 days.

Please do not reply to this e-mail.
Elbwarte SecureMail''', cs='us-ascii', cte='7bit', hdrs={'Auto-Submitted': 'auto-generated'})

# 36
M('CONFIDENTIAL', 'en', 'insurer-to-broker',
  'fleet offer listing named drivers with birth dates and licence dates (motor, non-personal line)',
  addr('jessen'), 'Marta Kowalczyk <m.kowalczyk@balticrisk.example>', 'Fleet quote – Hafenkontor Spedition, 12 vehicles',
  '02-12 13:50',
  '''Hi Marta,

please find our fleet terms for Hafenkontor Spedition GmbH below. Since they want a named-driver
policy, I need you to double-check the driver list your client sent - two licence dates look
odd.

  Vehicles:           12 (8 vans up to 3.5 t, 4 cars)
  Annual premium:     EUR 19,860 (TPL + comprehensive, deductible 1,000)
  Named drivers:
    Piotr Nowak        born 11/04/1987  licence since 2006
    Dennis Rehder      born 02/09/2001  licence since 2019  <- under 25 loading
    Stefanie Brüggen   born 27/01/1979  licence since 1997
    Kemal Aydın        born 15/10/1990  licence since 2012

Quote valid until 15 March. Happy to discuss the under-25 loading.

Best,
Henrik

''' + sig('jessen', 'en'))

# 37
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'death of an employee in service: named deceased, beneficiary widow, death benefit amount and contract',
  addr('demirtas'), NORDLICHT, 'Todesfall Herr Frank Jahnke – Direktversicherung DV-14-0021583', '03-11 14:18',
  '''Sehr geehrte Frau Kröger,

vielen Dank für Ihre Nachricht und unser herzliches Beileid an Ihr Team. Wir haben den Tod
von Herrn Frank Jahnke (verstorben am 02.03.2026) in unserem System erfasst.

Zum weiteren Vorgehen:
- Die Beitragszahlung aus der Entgeltumwandlung endet mit dem Monat Februar. Den bereits für
  März eingezogenen Beitrag (175,00 €) erstatten wir Ihnen.
- Bezugsberechtigt ist laut Vertrag die Ehefrau, Frau Ingrid Jahnke. Die Todesfallleistung
  beträgt nach vorläufiger Berechnung 38.415,22 € (Vertragsguthaben).
- Wir schreiben Frau Jahnke selbst an und benötigen von ihr die Sterbeurkunde und ihre
  Bankverbindung. Bitte geben Sie ihr gern meine Durchwahl.

Mit freundlichen Grüßen
Aylin Demirtaş
Rentenservice bAV, Tel. 040 5550-4452

''' + footer('leben'))

# 38
M('NORMAL', 'de', 'insurer-to-company',
  'trap: invitation to an employee info session on salary conversion at the employer, calendar attachment',
  addr('riekhof'), NORDLICHT, 'Infoveranstaltung Entgeltumwandlung am 24.03. – Termin', '03-02 09:05',
  '''Hallo Frau Kröger,

anbei die Termineinladung für die Infoveranstaltung in Ihrer Kantine. Ich bringe wie
besprochen Flyer mit und stehe danach für Einzelgespräche zur Verfügung – die finden aber
nur mit den Mitarbeitenden und ohne Unterlagen für den Arbeitgeber statt.

Themen: Wie funktioniert Entgeltumwandlung? Was bleibt netto? Was passiert bei Jobwechsel,
Elternzeit oder Berufsunfähigkeit? Wie hoch ist später die Rente?

Bis dann
Malte Riekhof''', atts=[A('Infoveranstaltung_bAV_Nordlicht.ics', ics('bav-info-nordlicht-20260324@elbwarte.example',
      '20260324T120000', '20260324T133000', 'Infoveranstaltung Entgeltumwandlung (Nordlicht Logistik)',
      'Nordlicht Logistik SE, Kantine Halle 2, Am Containerterminal 5, 21129 Hamburg',
      'Vortrag 30 Min., danach Fragen und Einzelgespräche', email_of('riekhof'),
      ['sabine.kroeger@nordlicht-logistik.example']), charset='utf-8')])

# 39
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'long-term care daily allowance: named insured person, care level 3, dementia diagnosis, payment',
  addr('kuehl'), 'Sabine Pohl <sabine.pohl@online-mail.example>', 'Pflegetagegeld für Ihre Mutter, Frau Erika Pohl',
  '01-30 11:40',
  '''Sehr geehrte Frau Pohl,

danke für die Zusendung des Gutachtens des Medizinischen Dienstes. Ihrer Mutter, Frau Erika
Pohl (Versicherungsnummer KV 3391 0045 17), wurde der Pflegegrad 3 zuerkannt; Grund ist die
fortschreitende Alzheimer-Demenz (G30.1, F00.1) mit erheblichen Einschränkungen der
Alltagskompetenz.

Aus dem Pflegetagegeldtarif PT 50 zahlen wir ab dem 01.12.2025 monatlich 900 € (60 % des
vereinbarten Satzes bei Pflegegrad 3). Die Nachzahlung für Dezember und Januar, 1.800 €,
überweisen wir auf das Konto Ihrer Mutter, für das Sie Vollmacht haben.

Mit freundlichen Grüßen
Tobias Kühl

''' + sig('kuehl') + '\n\n' + footer('kranken'))

# 40
M('NORMAL', 'de', 'internal',
  'trap: participation rates and average salary conversion per employer (companies only, no employees) in an ODS',
  addr('oltmanns'), 'Vertrieb bAV <vertrieb-bav@elbwarte.example>', 'Teilnahmequoten Q4/2025 je Firmenkunde', '01-19 14:22',
  '''Hallo Vertrieb,

wie jedes Quartal die Teilnahmequoten und durchschnittlichen Umwandlungsbeträge unserer
größeren Firmenkunden. Nur Firmenebene, keine Personen. Auffällig: Nordlicht hat nach der
Infoveranstaltung im Herbst deutlich zugelegt, Meyer & Söhne stagniert.

Gruß
Katrin''', atts=[A('Teilnahmequoten_Q4_2025.ods', ods([('Q4 2025', [
    ['Firmenkunde', 'Mitarbeitende', 'Teilnehmer', 'Quote', 'Ø Umwandlung EUR/Monat'],
    ['Kranwerk Lüneburg GmbH & Co. KG', 234, 143, 0.61, 168.4],
    ['Nordlicht Logistik SE', 1120, 588, 0.525, 142.1],
    ['Ostsee Feinkost GmbH', 96, 51, 0.531, 121.9],
    ['Meyer & Söhne Bau GmbH', 64, 22, 0.344, 138.0],
    ['Brightwave Software GmbH', 180, 139, 0.772, 231.5]])]))])

# 41
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'premium reminder in household insurance: named customer, policy number, arrears and direct-debit IBAN',
  addr('groth'), 'Dirk Voss <dirk.voss@freenet-post.example>', 'Zahlungserinnerung Hausratversicherung HR 6620 1178',
  '04-15 07:48',
  '''Sehr geehrter Herr Voss,

die Lastschrift für den Quartalsbeitrag Ihrer Hausratversicherung (HR 6620 1178) über
64,35 € wurde von Ihrer Bank zurückgegeben (Rückgabegrund: Konto erloschen). Bitte
überweisen Sie den Betrag zzgl. 3,00 € Rücklastschriftgebühr bis zum 30.04.2026 oder teilen
Sie uns eine neue Bankverbindung mit.

Zurzeit ist bei uns hinterlegt: ''' + IB['voss'] + '''

Bleibt der Beitrag offen, müssen wir Sie nach § 38 VVG schriftlich mahnen; der
Versicherungsschutz kann dann entfallen.

Freundliche Grüße
Stefan Groth
Beitragsbuchhaltung / Inkasso''', cs='windows-1252')

# 42
M('NORMAL', 'en', 'insurer-to-supplier',
  "trap: supplier invoice query with the supplier's company bank account and VAT number",
  addr('behrens'), 'Accounts <accounts@printcloud-solutions.example>', 'Invoice PCS-2026-0311 – wrong cost centre',
  '03-26 10:02',
  '''Hello accounts team,

your invoice PCS-2026-0311 (managed print services, March) was booked to cost centre 4400
(Group Pensions) but the devices are in claims, cost centre 3300. Could you issue a corrected
invoice? Amount and your bank details are fine:

  PrintCloud Solutions GmbH, VAT ID DE312998471
  IBAN ''' + grp(mkiban('DE', '30050000' '0004417720')) + '''

We will pay within our usual 30 days once we have the corrected document.

Thanks,
Kai Behrens
Procurement, Elbwarte Group''', cs='us-ascii', cte='7bit')

# 43
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
  'cost guarantee to a foreign hospital: named expat patient, birth date, appendicitis with ICD code, admission',
  addr('aksoy'), 'Admissions <admissions@straits-general.example>', 'Guarantee of payment – patient Tobias Rehm, DOB 1986-05-19',
  '05-18 03:42',
  '''Dear Admissions team,

Elbwarte Krankenversicherung AG confirms cover for our insured

  Patient:      Tobias Rehm, born 19 May 1986, German national
  Policy:       EXP-GL-004471 (International Health Plan, via employer Harbour Analytics)
  Admission:    18 May 2026, emergency
  Diagnosis:    acute appendicitis (K35.8), laparoscopic appendectomy planned

We guarantee payment of medically necessary treatment, semi-private room, up to
SGD 38,000. Please send the final itemised invoice and the discharge summary to
expat-claims@elbwarte.example. For any extension beyond five days, please contact our
24/7 assistance line +49 40 5550-5299.

Kind regards,
Selin Aksoy
Expat Health Service''')

# 44
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'commercial liability of a sole trader (natural person): claim number, third-party car damage; nobody hurt',
  addr('ahlers'), 'Jan Ketelsen <info@luett-groen-garten.example>', 'Betriebshaftpflicht BH 3018 442 – Steinschlag Rasenmäher',
  '05-07 11:26',
  '''Moin Herr Ketelsen,

kurz zum Schaden vom 29.04.: Ein Stein aus Ihrem Aufsitzmäher hat beim Kunden Dr. Hinz die
Heckscheibe seines Wagens (HH-RH 208) beschädigt. Personen waren nicht in der Nähe.

Wir regulieren das über Ihre Betriebshaftpflicht für die Gärtnerei (Einzelunternehmen,
BH 3018 442). Die Scheibe kostet laut Glaserei 684,50 €; Ihre Selbstbeteiligung von 250 €
stellen wir Ihnen gesondert in Rechnung. Bitte schicken Sie uns noch ein Foto der Stelle
und sagen Sie Dr. Hinz, dass er sich direkt bei mir melden kann.

Gruß
Frank Ahlers''', cte='8bit')

# 45
M('NORMAL', 'mixed', 'internal',
  'trap: S/MIME certificate renewal for the pension mailbox – certificate, keys, passwords; no personal data',
  addr('carstens'), 'bAV Rentenservice <rentenservice@elbwarte.example>',
  'S/MIME-Zertifikat rentenservice@ läuft ab / certificate expires 28.02.', '02-16 10:45',
  '''Hallo zusammen, hi all,

das S/MIME-Zertifikat des Funktionspostfachs rentenservice@elbwarte.example läuft am
28.02.2026 ab. Wir tauschen es am 25.02. zwischen 18 und 19 Uhr; in der Zeit kann das
Postfach keine verschlüsselten Mails öffnen.

For our colleagues in International Benefits: nothing to do on your side. Partners who
encrypt to us will pick up the new public key from the LDAP directory automatically; the
private key never leaves the gateway. Old mails remain readable (old key is archived).

Neuer Fingerprint (SHA-256), falls ein Partner fragt:
  4B:1E:90:7C:AA:32:5D:01:E8:77:C4:19:2F:6B:DE:40:93:58:11:7A:0C:E2:BB:64:3D:9F:05:71:C8:2A:66:D3

Gruß / cheers
Ole''')

# 46
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'grey: parental leave is no health datum, but it concerns the pension contract (personal line) of a named employee, contract number',
  addr('brodersen'), OSTSEE_HR, 'Elternzeit Frau Albrecht – Beitragspause DV-26-0045812', '06-04 10:10',
  '''Hallo Frau Wiebe,

danke für die Meldung. Für Frau Lea Marie Albrecht stellen wir die Direktversicherung
DV-26-0045812 für die Dauer der Elternzeit (voraussichtlich 15.06.2026 bis 14.06.2027)
beitragsfrei. Der Versicherungsschutz bleibt in Höhe des bisherigen Guthabens bestehen.

Frau Albrecht kann während der Elternzeit privat weiterzahlen; wir haben ihr die
Möglichkeit direkt erklärt. Bitte melden Sie uns die Wiederaufnahme der
Entgeltumwandlung rechtzeitig vor Ende der Elternzeit.

Herzlichen Glückwunsch übrigens an die Kollegin, falls Sie es ausrichten möchten.

Viele Grüße
Jens Brodersen''')

# 47
M('CONFIDENTIAL', 'en', 'internal',
  "staff relocation: named employee's private address and bank account for expense reimbursement",
  addr('feddersen'), 'Payroll <payroll@elbwarte.example>', 'Relocation allowance – Priya Raman (new hire, Actuarial)',
  '05-04 16:30',
  '''Hi payroll team,

Priya Raman joins Life Actuarial on 1 June, relocating from Manchester. Please pay the agreed
relocation allowance of EUR 6,500 (gross, taxable) with her first salary and reimburse the
moving company invoice (EUR 3,212.80) separately to her private account:

  Priya Raman, Eppendorfer Landstraße 61, 20249 Hamburg
  IBAN ''' + grp(IB['okoro']) + ''' (her Dutch account, she kept it)

Her tax ID is still pending; the registration certificate is in the personnel file.

Thanks,
Claudia
HR''')

# 48
M('NORMAL', 'de', 'insurer-to-broker',
  'trap: one-time password mail for a new broker-portal user; no customer data',
  'Elbwarte Vermittlerportal <noreply-vermittlerportal@elbwarte.example>', 'Jana Fink <j.fink@fink-partner.example>',
  'Ihr Zugang zum Elbwarte Vermittlerportal', '01-13 09:12',
  '''Guten Tag Frau Fink,

Ihr Makleradministrator hat für Sie einen Zugang zum Elbwarte Vermittlerportal angelegt.

Benutzername: FINKP-0042
Einmal-Passwort: K7r!-vQ2m-8Lzs

Das Einmal-Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung werden Sie gebeten,
ein eigenes Passwort und eine Sicherheitsfrage festzulegen.
Anmeldung: https://vermittler.elbwarte.example

Bitte antworten Sie nicht auf diese E-Mail.''', hdrs={'Auto-Submitted': 'auto-generated'})

# 49
_fw49 = inner_mail('Sabine Kröger <sabine.kroeger@nordlicht-logistik.example>', 'bav-service@elbwarte.example',
                   'Herr Tamm – Erwerbsminderungsrente, was passiert mit der bAV?', '04-20 16:12',
                   '''Guten Tag,

unser Lagermitarbeiter Heinz Tamm (Pers.-Nr. 30778, geb. 08.11.1963) hat einen Bescheid
über eine volle Erwerbsminderungsrente bekommen – nach seinem zweiten Herzinfarkt und der
Bypass-OP im letzten Jahr kann er nicht mehr arbeiten. Er ist seit Oktober krankgeschrieben.

Er hat bei Ihnen eine Direktversicherung mit BU-Zusatz (DV-09-0016730). Können Sie ihm
sagen, was er beantragen muss? Den Rentenbescheid der DRV hat er mir gegeben, ich hänge
ihn aber lieber nicht an.

Freundliche Grüße
Sabine Kröger
HR Business Partner, Nordlicht Logistik SE''')
M('STRICTLY_CONFIDENTIAL', 'de', 'company',
  'forwarded employer mail (message/rfc822) with employee heart attack, bypass surgery, disability pension; body harmless',
  addr('brodersen'), '"Leistung BU" <leistung-bu@elbwarte.example>', 'WG: Herr Tamm – Erwerbsminderungsrente', '04-21 08:33',
  '''Hallo Kolleginnen und Kollegen,

bitte übernehmen, Anfrage vom Arbeitgeber (siehe Anhang). Ich antworte Frau Kröger nur,
dass wir uns direkt beim Versicherten melden.

Gruß
Jens''', atts=[A('Herr Tamm - Erwerbsminderungsrente.eml', _fw49)])

# 50
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'no-claims bonus transfer: named customer with birth date, previous insurer, plate',
  addr('sommer'), 'Nele Brandt <nele.brandt@mailbox.example>', 'Übertragung Schadenfreiheitsrabatt von Ihrem Vater',
  '01-21 13:05',
  '''Hallo Frau Brandt,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater, Herrn Ole Brandt, auf Sie ist
durch. Für Ihren Vertrag KF 2207 9931 (HH-NB 1992) gilt ab sofort SF 9 statt SF 1/2.

Laut Übertragungserklärung: Nele Brandt, geb. 04.07.2002, Führerschein seit 10.08.2020,
Vorversicherer Ihres Vaters: Hanse-Mutual Versicherung, Vertrag 77-4410029.

Ihr neuer Jahresbeitrag: 512,40 € statt 1.108,90 €. Die Differenz für das laufende Jahr
verrechnen wir mit dem nächsten Beitrag.

Viele Grüße
Ricarda Sommer
Kundenservice''')

# 51
M('NORMAL', 'en', 'insurer-to-partner',
  "trap: answers to an association survey on salary conversion, leavers and pension payments – market aggregates only",
  addr('oltmanns'), 'Survey team <survey@pensions-forum-europe.example>', 'RE: Pensions Forum survey 2026 – Elbwarte answers',
  '04-28 17:05',
  '''Dear survey team,

please find our answers below (figures as at 31/12/2025, German business only):

Q1  Number of employers with group pension contracts:            3,412
Q2  Active members:                                            61,480
Q3  Share of members financing by salary sacrifice only:           71 %
Q4  Average monthly salary sacrifice:                         EUR 152
Q5  Leavers in 2025 / of which continued privately:       4,118 / 9 %
Q6  Pensions in payment / average monthly pension:  9,877 / EUR 214
Q7  Disability riders attached:                                  34 %

We are happy to be named as a participant but not in connection with individual figures.

Best regards,
Katrin Oltmanns
Team Lead Group Pensions Administration, Elbwarte Lebensversicherung AG''', cs='us-ascii', cte='7bit')

# 52
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'household burglary: named customer, insured address, stolen items, police reference; no health data',
  addr('wolters'), 'Rebecca Hale <rebecca.hale@postbox-north.example>', 'Burglary claim S-2026-007731 – next steps',
  '02-27 12:20',
  '''Dear Ms Hale,

I'm sorry to hear about the break-in at your flat (Grindelallee 140, 20146 Hamburg) on
24 February. Based on your list and the police reference (VG 26/118842, Police station 17) we
have registered the following items under your contents policy HR 7710 3381:

  - MacBook Pro 14" (2024)         EUR 2,299
  - Omega watch (inheritance)     EUR 3,800 - valuation needed
  - cash                          EUR   320 - limit EUR 1,000
  - bicycle from the cellar        EUR   940

Please send purchase receipts or photos where you have them. A loss adjuster will call you
to arrange a visit next week.

Kind regards,
Nadine Wolters
Property Claims''')

# 53
M('NORMAL', 'de', 'insurer-to-customer',
  'trap: company-pension and tax words; grey: a named prospect (self-employed) gets a generic answer, no contract, no personal data',
  addr('sommer'), 'Tim Scholtysik <tim@scholtysik-design.example>', 'AW: Betriebsrente als Selbstständiger?',
  '05-11 09:48',
  '''Hallo Herr Scholtysik,

danke für Ihre Anfrage. Kurz gesagt: Als Selbstständiger ohne Arbeitgeber können Sie keine
Entgeltumwandlung nutzen – die bAV setzt ein Arbeitsverhältnis voraus. Für Sie kommen eher
eine Basisrente („Rürup“) oder eine private Rentenversicherung in Frage; Beiträge zur
Basisrente sind 2026 bis 30.826 € als Sonderausgaben absetzbar.

Wenn Sie später eigene Mitarbeitende einstellen, können Sie ihnen natürlich eine bAV
anbieten – dann beraten wir Sie gern als Arbeitgeber.

Unverbindliche Infos: https://www.elbwarte.example/vorsorge/basisrente

Viele Grüße
Ricarda Sommer
Kundenservice''', cte='8bit')

# 54
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
  'attachment-only: list of named former employees in receipt of pensions with birth dates and amounts for the employer’s pension adjustment review',
  addr('mcallister'), HARBOUR, 'Pension adjustment review 2026 – list of pensioners', '05-26 14:55',
  '''Hi James,

for your three-yearly pension adjustment review under section 16 of the German Company
Pensions Act, attached is the list of former Harbour Analytics employees who currently draw a
pension from your support-fund scheme, with the current monthly amounts.

If the board decides on an increase, please let us know the percentage by 15 July so we can
include it in the August payment run.

Best,
Fiona''', atts=[A('HA_pensioners_2026-05.xlsx', xlsx([('Pensioners', [
    ['Name', 'Date of birth', 'Pension since', 'Monthly pension EUR', 'Type'],
    ['Gordon Fairley', '1954-03-22', '2019-04-01', 1184.50, 'old age'],
    ['Helga Timm', '1957-11-08', '2022-12-01', 642.10, 'old age'],
    ['Rainer Schulte', '1962-06-30', '2024-02-01', 918.77, 'disability (full)'],
    ['Ursula Fairley', '1956-09-14', '2025-08-01', 710.68, "widow's pension"]])],
    title='Pensioners', creator='F. McAllister'))])

# 55
M('NORMAL', 'de', 'internal',
  'trap: collection of data-protection bins for personnel and medical files – logistics only',
  addr('behrens'), 'Alle Mitarbeitenden Standort Speicherstadt <standort-ssu@elbwarte.example>',
  'Abholung Datenschutztonnen am Freitag', '03-04 16:45',
  '''Liebe Kolleginnen und Kollegen,

am Freitag, 06.03., ab 7 Uhr holt die Aktenfuchs GmbH die grauen Datenschutztonnen ab
(Sicherheitsstufe P-4). Bitte bis Donnerstagabend alles einwerfen, was weg soll –
Arztberichte, Rentenanträge, alte Gehaltslisten, Kopien von Personalausweisen usw. gehören
ausschließlich in die Tonnen, niemals ins Altpapier.

Volle Tonnen bitte nicht selbst umfüllen, sondern beim Empfang melden (Tel. -1100).

Danke!
Kai Behrens, Einkauf''')

# 56
M('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
  'motor liability claim: our named policyholder, plate, opposing lawyer; property damage only',
  addr('petersen'), '"Kanzlei Brenner & Holst" <post@brenner-holst.example>', 'Ihr Zeichen 26/0412 – Unfall 18.02.2026, unser VN Herr Rasch',
  '03-19 11:03',
  '''Sehr geehrte Damen und Herren,

in der Unfallsache Ihres Mandanten Herrn Kevin Lau gegen unseren Versicherungsnehmer
Herrn Jörg Rasch (Fahrzeug HH-JR 5512, Schaden K-2026-120377) erkennen wir die Haftung
zu 100 % an.

Wir regulieren auf Basis des Gutachtens Schadengutachten Nord vom 23.02.:
Reparaturkosten netto 4.870,12 €, Wertminderung 400 €, Gutachterkosten 812,50 €,
Nutzungsausfall 8 Tage à 59 € = 472 €, Kostenpauschale 25 €.

Personenschäden wurden nicht geltend gemacht. Ihre Gebührenrechnung erwarten wir gesondert.

Mit freundlichen Grüßen
Sven Petersen
Kfz-Schadenregulierung
Elbwarte Allgemeine Versicherung AG''')

# 57
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
  'cost coverage to a hospital: named patient, birth date, planned knee replacement with ICD/OPS codes',
  addr('kuehl'), 'Patientenverwaltung <patientenverwaltung@klinikum-alsterbogen.example>',
  'Kostenübernahmeerklärung – Herr Werner Meinke, geb. 12.02.1955', '05-13 08:20',
  '''Sehr geehrte Damen und Herren,

für unseren Versicherten

  Herrn Werner Meinke, geb. 12.02.1955, Versicherungsnr. KV 1104 7720 09
  Aufnahme geplant: 01.06.2026, Station Orthopädie
  Diagnose: primäre Gonarthrose rechts (M17.1)
  Eingriff: Implantation einer Endoprothese am Kniegelenk (OPS 5-822.g1)

übernehmen wir die Kosten der allgemeinen Krankenhausleistungen nach DRG sowie die
Wahlleistungen Zweibettzimmer und Chefarztbehandlung gemäß Tarif Stationär Plus.

Rechnungen bitte direkt an uns (Direktabrechnung). Diese Erklärung gilt bis 31.07.2026.

Mit freundlichen Grüßen
Tobias Kühl
Leistungsabteilung Krankenversicherung
Elbwarte Krankenversicherung AG''', cs='iso-8859-1')

# 58
_h58 = '''<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#0b4f6c">Broker Bulletin No. 4/2026</h2>
<p><b>Dental plus:</b> From 1 May, implants and inlays are reimbursed at 90&nbsp;% in the top tier, no waiting period for check-ups.</p>
<p><b>Group income protection:</b> simplified health questions for companies with 10+ employees &ndash; only three questions (current sick leave, treatment for back/joints or mental health in the last 3 years).</p>
<p><b>Travel health:</b> COVID-like pandemic exclusions removed from all 2026 tariffs.</p>
<p><b>Commission:</b> new statement layout from June; IBAN changes only via the broker portal.</p>
<p>Questions: <a href="mailto:makler@elbwarte.example">makler@elbwarte.example</a></p>
</body></html>'''
M('NORMAL', 'en', 'newsletter',
  'trap: broker newsletter on dental, income protection health questions and commissions – product info only',
  'Elbwarte Broker Relations <makler@elbwarte.example>', 'broker-bulletin@elbwarte.example', 'Broker Bulletin 4/2026',
  '04-16 07:30', html=_h58, html_only=True, hdrs={'Precedence': 'bulk'})

# 59
M('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
  'legal-expenses cover for an employment dispute: named customer, salary, dismissal, policy number',
  addr('hollerbach'), 'Daniel Whitcombe <dwhitcombe@mailo.example>', 'Deckungszusage Kündigungsschutzklage / cover confirmation',
  '06-09 14:40',
  '''Sehr geehrter Herr Whitcombe,

wir bestätigen Ihnen Rechtsschutz für die Kündigungsschutzklage gegen Ihren Arbeitgeber
Bergmann Maritime Services GmbH (Vertrag RS 88 120 447, Baustein Arbeits-RS).

As you asked us to explain this in English as well: we cover the legal fees of your lawyer
and the court fees for the first instance. Basis is your gross monthly salary of
EUR 5,850 - the court value is three months' salary (EUR 17,550). Your deductible is EUR 250.

Please ask your lawyer to send us the claim form before filing.

Mit freundlichen Grüßen / kind regards
Miriam Hollerbach
Rechtsschutz-Leistung | Elbwarte Rechtsschutz AG''')

# 60
M('NORMAL', 'de', 'insurer-to-company',
  'trap: payroll interface spec with a fictitious test record (Max Mustermann) and the published example IBAN',
  addr('brodersen'), LOHNPILOT, 'Schnittstelle bAV-Meldungen 2.3 – Testdatei', '02-23 13:14',
  '''Hallo Herr Ehlers,

für die Umstellung auf Version 2.3 der Meldeschnittstelle (An-/Abmeldungen, Änderungen der
Entgeltumwandlung) hier eine Testdatei mit einem fiktiven Datensatz. Bitte schicken Sie
Ihre Testlieferung nur mit solchen Dummy-Daten, nicht mit echten Mitarbeitenden.

Neu in 2.3: Feld 14 „Grund“ (AN = Anmeldung, AB = Austritt, EU = Änderung Umwandlung,
EZ = Elternzeit, RB = Rentenbeginn) und das IBAN-Feld für die spätere Rentenzahlung.

Gruß
Jens Brodersen''', atts=[A('bav_meldung_v23_TEST.csv', csvb([
    ['satzart', 'mandant', 'persnr', 'name', 'vorname', 'geburtsdatum', 'vertrag', 'betrag_eur', 'gueltig_ab',
     'iban', 'grund'],
    ['T', '9999', '00001', 'Mustermann', 'Max', '01.01.1980', 'DV-00-0000000', '100,00', '01.04.2026',
     EXAMPLE_IBAN, 'AN'],
    ['T', '9999', '00002', 'Musterfrau', 'Erika', '12.08.1964', 'DV-00-0000001', '0,00', '01.04.2026', '', 'AB']]),
    charset='utf-8')])

# ================================================================ MAILS 61-90
# 61
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'policy loan on a named customer’s private life policy: contract, surrender value, loan amount and interest',
  addr('sommer'), 'Oliver Kent <oliver.kent@postbox-north.example>', 'Your policy loan request – life policy LV 3318 0271',
  '02-09 15:33',
  '''Dear Mr Kent,

we can grant the policy loan you asked for on your endowment policy LV 3318 0271.

  Surrender value as at 1 March 2026:  EUR 27,640.18
  Maximum loan (80 %):                 EUR 22,112.14
  Amount requested:                    EUR 15,000.00
  Interest:                            4.25 % p.a., payable quarterly

Your life cover remains unchanged. If the loan is still outstanding when the policy matures
or on death, we deduct it from the benefit. Please sign and return the loan agreement we have
placed in your customer portal; we transfer the money within three working days after that.

Kind regards,
Ricarda Sommer
Customer Service, Elbwarte Lebensversicherung AG

''' + footer('leben', 'en'))

# 62
M('NORMAL', 'en', 'internal',
  'trap: ICD-10-GM 2026 code changes for the claims rule engine – codes and rules only, no patients',
  addr('kuehl'), 'Claims IT & Rules <claims-rules@elbwarte.example>', 'ICD-10-GM 2026 – codes to update in the rule engine',
  '01-08 10:17',
  '''Hi rules team,

ICD-10-GM 2026 is live since 1 January. Please update the following in the pre-check rules
(no urgent production impact, but the plausibility checks flag the new codes as unknown):

  - U07.x codes: keep, but remove the automatic "pandemic" tag
  - F43.8 subcodes new (adjustment disorders): map to the psychotherapy workflow like F43.2
  - M54.5x now split into M54.50/M54.51/M54.59 (low back pain): map all three to "back"
  - G30.8 remains; add new G31.85 to the dementia/care workflow

Test cases are in the usual folder (all synthetic). Go-live for the rules: 2 February.

Thanks,
Tobias''', cte='7bit', cs='us-ascii')

# 63
M('CONFIDENTIAL', 'de', 'insurer-to-assessor',
  "assessment order: named car owner, phone, plate, VIN and claim number (motor, no injury)",
  addr('petersen'), 'Schadengutachten Nord <auftrag@sg-nord.example>', 'Gutachtenauftrag K-2026-121904 – HH-LY 7731',
  '03-30 08:12',
  '''Moin,

bitte begutachten Sie folgendes Fahrzeug (Haftpflichtschaden, unser VN ist Unfallverursacher):

  Geschädigte:   Frau Lina Yüksel, Tel. 0176 5550 2219
  Fahrzeug:      VW Golf VIII, HH-LY 7731, FIN WVWZZZCDZNW118340
  Standort:      bei der Geschädigten, Sievekingsallee 17, 20535 Hamburg
  Schaden:       Seite links, Einparkschaden, keine Verletzten

Bitte Reparaturweg und Wertminderung ermitteln. Termin bitte direkt mit Frau Yüksel.

Danke & Gruß
Sven Petersen''')

# 64
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  "survivor's benefit: named widow, deceased husband, death benefit and widow's pension options, IBAN requested",
  addr('demirtas'), 'Ingrid Jahnke <ingrid.jahnke@posteingang.example>', 'Leistungen aus der Direktversicherung Ihres verstorbenen Mannes',
  '03-18 10:05',
  '''Sehr geehrte Frau Jahnke,

zunächst möchten wir Ihnen unser aufrichtiges Beileid zum Tod Ihres Mannes aussprechen.

Ihr Mann, Herr Frank Jahnke, hatte über seinen Arbeitgeber Nordlicht Logistik eine
Direktversicherung bei uns (DV-14-0021583), in der Sie als Bezugsberechtigte eingetragen
sind. Sie können wählen zwischen

  a) einer einmaligen Kapitalzahlung von 38.415,22 € oder
  b) einer lebenslangen Hinterbliebenenrente von monatlich 142,90 €.

Die Kapitalzahlung ist steuerpflichtig (Fünftelregelung kann angewendet werden), die
Rente unterliegt der Kranken- und Pflegeversicherung der Rentner.

Wir benötigen von Ihnen: die Sterbeurkunde (Kopie genügt), Ihre Wahl (a oder b), Ihre
Steuer-ID und Ihre Bankverbindung. Sie können alles gern über unser Kundenportal
hochladen – das ist sicherer als eine normale E-Mail.

Mit freundlichen Grüßen

''' + sig('demirtas') + '\n\n' + footer('leben'), cte='base64')

# 65
M('NORMAL', 'de', 'insurer-to-press',
  'trap: press release on company pensions – salary conversion figures, pension payments, employer subsidy; aggregates only',
  addr('nissen'), 'Redaktion Wirtschaft <wirtschaft@hanse-kurier.example>', 'Pressemitteilung: Betriebsrente boomt bei kleinen Firmen',
  '05-19 10:00',
  '''Sehr geehrte Damen und Herren,

anbei unsere heutige Pressemitteilung, Sperrfrist 11:00 Uhr.

PRESSEMITTEILUNG
Elbwarte: Betriebsrente boomt bei kleinen Firmen

Hamburg, 19. Mai 2026 – Immer mehr kleine und mittlere Unternehmen bieten ihren
Beschäftigten eine betriebliche Altersversorgung an. Bei der Elbwarte Lebensversicherung
stieg die Zahl der Arbeitgeber mit Gruppenvertrag 2025 um 11 % auf 3.412. Die
durchschnittliche Entgeltumwandlung liegt bei 152 Euro im Monat, 71 % der Versicherten
finanzieren ausschließlich über Entgeltumwandlung. „Der Arbeitgeberzuschuss von 15 Prozent
wirkt“, sagt Vorstand Per Lindqvist. Knapp 9.900 Betriebsrentnerinnen und -rentner erhalten
monatlich im Schnitt 214 Euro.

Pressekontakt: Julia Nissen, presse@elbwarte.example, 040 5550-2020

Mit freundlichen Grüßen
Julia Nissen
Unternehmenskommunikation''', cs='windows-1252')

# 66
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'rental-car excess claim: named customer, rental agreement, damage amount, refund to IBAN; no injury',
  addr('baumgart'), 'Hannah Cole <hannah.cole@mailbox.example>', 'Rental car excess – claim R-26-03390 settled',
  '07-14 12:02',
  '''Dear Ms Cole,

good news: we will reimburse the excess the rental company charged you after the parking
damage in Lisbon (rental agreement AVX-PT-558201, 28 June 2026). Nobody was hurt and the
damage report from the rental desk is sufficient.

  Excess charged to your card:   EUR 950.00
  Reimbursed:                    EUR 950.00

Payment to your account ''' + grp(mkiban('DE', '10010010' '0611204455')) + ''' within five working days.

Kind regards,
Leonie Baumgart''')

# 67
M('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-company',
  'named employee on long-term sick leave receiving sickness benefit; salary conversion paused (health fact)',
  addr('riekhof'), BRIGHT, 'Re: Nils Hartmann – Krankengeld / salary sacrifice during sick leave', '07-01 09:44',
  '''Hi Emma,

zur Frage von gestern: Solange Herr Hartmann nach Ablauf der Entgeltfortzahlung Krankengeld
von der Krankenkasse bekommt, gibt es kein Entgelt, das umgewandelt werden kann. His direct
insurance DV-26-0046120 will therefore be paid-up automatically from 1 July (six weeks after
his sick leave started on 19 May).

Options: he may keep paying privately (we can send him the form), or you as employer may
continue the contributions voluntarily. Once he is back at work, just report the restart
with the usual "EU" record and the contract resumes.

Please don't send us the sick note or any reason for the absence - we don't need it.

Viele Grüße / best
Malte''', flowed=True, cte='8bit')

# 68
M('NORMAL', 'en', 'insurer-to-supplier',
  'trap: translation order for English pension letter templates with placeholders – no real persons',
  addr('mcallister'), 'Project desk <projects@lingua-hafen.example>', 'Translation order – 14 pension letter templates DE>EN',
  '02-18 14:00',
  '''Hello project desk,

please find our order for the translation of 14 letter templates (German > English, approx.
6,300 words) for our pension payments service: pension start notice, survivor's benefit,
proof-of-life reminder, leaver options, paid-up notice, etc.

The templates only contain placeholders like <<NAME>>, <<DATE_OF_BIRTH>>, <<IBAN>> and
<<PENSION_AMOUNT>> - please keep them exactly as they are. Terminology list attached in the
portal as last time (Direktversicherung = direct insurance, Entgeltumwandlung = salary
sacrifice, Unverfallbarkeit = vesting).

Delivery by 6 March; PO number 4500188213.

Thanks,
Fiona McAllister
International Employee Benefits''', cs='us-ascii', cte='7bit')

# 69
M('CONFIDENTIAL', 'de', 'insurer-to-broker',
  'attachment-only: portfolio transfer list with named private customers, addresses and property/motor contract numbers',
  addr('reimers'), FINK, 'Bestandsübertragung Versicherungsbüro Harms → Fink & Partner', '06-15 11:20',
  '''Hallo Herr Fink,

wie besprochen übertragen wir zum 01.07.2026 den Komposit-Bestand des Versicherungsbüros
Harms auf Ihre Firma. Anbei die Liste der betroffenen Kunden und Verträge zum Abgleich mit
Ihrem MVP. Die Kunden werden von uns gesondert informiert.

Bitte nicht weiterleiten, sondern nur intern verwenden – und bitte spätestens ab Juli die
elektronische Vermittlerpost statt E-Mail.

Beste Grüße
Thomas Reimers
Maklerbetreuung''', atts=[A('Bestandsuebertragung_Harms_Fink_2026-07.xlsx', xlsx([('Bestand', [
    ['Kunde', 'Anschrift', 'Sparte', 'Vertrag', 'Jahresbeitrag EUR'],
    ['Kerstin Lemke', 'Moorweg 5, 22889 Tangstedt', 'Tierhalterhaftpflicht', 'TH 5512 0093', 89.4],
    ['Dirk Voss', 'Hegestraße 22, 20251 Hamburg', 'Hausrat', 'HR 6620 1178', 257.4],
    ['Malte Oelke', 'Rübenkamp 140, 22307 Hamburg', 'Kfz', 'KF 1881 2046', 784.2],
    ['Heike Gerdes', 'Alte Landstraße 9, 22397 Hamburg', 'Wohngebäude', 'WG 4410 0021', 1212.0]])],
    title='Bestandsübertragung', creator='T. Reimers'))])

# 70
M('NORMAL', 'en', 'insurer-to-broker',
  'trap: portal maintenance notice mentioning broker post, customer data and certificates generically',
  addr('reimers'), 'Broker partners <broker-partners@elbwarte.example>', 'Broker portal maintenance Saturday 14 March, 06:00-12:00',
  '03-09 16:00',
  '''Dear partners,

on Saturday, 14 March 2026, from 06:00 to 12:00 CET the broker portal and the API for your
broker management software (electronic broker post) will be unavailable. We are renewing
our server certificates and upgrading the document archive.

During this time you cannot view customer or contract data or download documents. Broker
post created during the window will be delivered afterwards. Nothing changes for your
logins, passwords or security questions.

Kind regards,
Thomas Reimers
Broker Relations''', cs='us-ascii', cte='7bit')

# 71
M('STRICTLY_CONFIDENTIAL', 'de', 'internal',
  'attachment-only: returned pension payments with named pensioners, contract numbers and IBANs; one deceased',
  addr('demirtas'), addr('groth'), 'Rückläufer Rentenzahllauf März – bitte Konten sperren', '04-02 13:47',
  '''Hallo Stefan,

aus dem Rentenzahllauf vom 26.03. sind vier Zahlungen zurückgekommen (Liste anbei). Bei
zwei Rentnern ist das Konto erloschen, bei einer Rentnerin wissen wir inzwischen vom Tod
(Sterbefallmitteilung der Tochter kam gestern), einmal ist der Name falsch.

Kannst du die Beträge bitte auf das Klärungskonto buchen und die Lastschriftsperre setzen?
Ich schreibe die Rentner bzw. die Erben an.

Danke dir
Aylin''', atts=[A('Ruecklaeufer_RZL_2026-03.xlsx', xlsx([('Rückläufer', [
    ['Vertrag', 'Rentner/in', 'IBAN', 'Betrag EUR', 'Rückgabegrund', 'Bemerkung'],
    ['PK-04-0006610', 'Gerhard Lemke', IB['lemke'], 388.12, 'AC04 Konto erloschen', ''],
    ['PK-07-0010282', 'Waltraud Ketelsen', IB['ketelsen'], 251.7, 'MD07 Kontoinhaber verstorben', 'verst. 11.03.2026'],
    ['DV-99-0002217', 'Hans-Peter Gerken', IB['gerken'], 176.45, 'AC04 Konto erloschen', ''],
    ['PK-11-0014430', 'Renate Schuett', IB['schuett'], 412.0, 'AM05 Name abweichend', 'Name lt. Bank: Renate Schütt-Bode']])],
    title='Rückläufer', creator='A. Demirtas'))])

# 72
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  "grey: pet health insurance – the dog's diagnosis and vet bill for a named customer (animal health, not human)",
  addr('sommer'), 'Sophie Lang <sophie.lang@webpost.example>', 'Vet bill for Luna – claim T-26-00893', '06-22 10:55',
  '''Dear Ms Lang,

we have checked the invoice from Tierklinik Elbufer for your dog Luna (Labrador, 6 years).
The cruciate ligament surgery on 9 June is covered by your pet health plan TK 2201 6640:

  invoice total:        EUR 2,874.31
  covered at 80 %:      EUR 2,299.45
  annual limit left:    EUR 2,700.55

We will transfer the amount to the account we have on file for your premiums. Get well soon, Luna!

Kind regards,
Ricarda Sommer''')

# 73
M('NORMAL', 'de', 'internal',
  'trap: company doctor flu-vaccination dates for all staff – vaccination, allergies, consent words but no person',
  addr('feddersen'), 'Alle Mitarbeitenden <alle@elbwarte.example>', 'Grippeschutzimpfung durch den Betriebsarzt – Termine Oktober',
  '09-28 09:00',
  '''Liebe Kolleginnen und Kollegen,

unser Betriebsarzt Dr. Kessler bietet auch in diesem Jahr die Grippeschutzimpfung an:
13., 14. und 20. Oktober, jeweils 9–15 Uhr, Raum 0.08 (Erdgeschoss, neben dem Empfang).

Bitte tragen Sie sich im Intranet unter „Gesundheit > Impfung“ ein. Den Anamnesebogen
(Allergien, Vorerkrankungen, Blutverdünner) füllen Sie bitte erst vor Ort aus und geben ihn
direkt beim Betriebsarzt ab – nicht per Mail an die Personalabteilung schicken!

Die Impfung ist freiwillig und kostenlos, die Zeit gilt als Arbeitszeit.

Viele Grüße
Claudia Feddersen
Personalabteilung / Betriebliches Gesundheitsmanagement''')

# 74
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'accident insurance: named customer, wrist fracture with ICD code, degree of permanent impairment and benefit',
  addr('okafor'), 'Mark Redfern <mark.redfern@online-mail.example>', 'Your accident claim U-2025-08817 – permanent impairment assessment',
  '05-29 11:11',
  '''Dear Mr Redfern,

the medical report from Dr. Brauer (trauma surgery, 12 May 2026) is now available. It
confirms that the distal radius fracture of your right wrist (S52.51) after your fall on the
ice on 3 February 2025 has left a permanent restriction of movement.

Under the limb scale of your individual accident policy (UV 6031 2297) the hand is valued at
55 %; the doctor assesses a 2/10 loss of function. Your degree of permanent impairment is
therefore 11 %.

  sum insured:         EUR 150,000
  progression:         none (below 25 %)
  benefit:             EUR 16,500

If you disagree with the assessment, you may request a re-assessment within three years.

Kind regards,
Daniel Okafor
Accident Claims

''' + footer('allg', 'en'))

# 75
M('CONFIDENTIAL', 'de', 'internal',
  "subject-only: named staff member's tax ID, tax class change and personnel number in the subject; body says only 'see subject'",
  addr('feddersen'), 'Entgeltabrechnung <entgelt@elbwarte.example>',
  'Korrektur April: Yildiz, Bastian PNr 20-0934 – StKl III ab 01.04., Steuer-ID 48 117 392 605', '04-23 14:29',
  '''Hallo Entgelt-Team,

bitte wie im Betreff korrigieren, der Nachweis liegt in der Personalakte.
Rest der Abrechnung bleibt, wie sie ist.

Danke!
Claudia''', cs='windows-1252')

# 76
M('NORMAL', 'en', 'insurer-to-partner',
  'trap: enforcing TLS with a partner domain – certificates and transport security, no personal data',
  addr('carstens'), 'IT Security <itsec@nordkap-re.example>', 'Mandatory TLS between elbwarte.example and nordkap-re.example',
  '02-20 13:15',
  '''Hello Nordkap IT security,

from 2 March 2026 our gateway will only deliver mail to nordkap-re.example over TLS 1.2 or
higher with a valid certificate (MTA-STS mode "enforce" on our side). If the TLS handshake
fails, mail is held for 24 hours and then returned to our sender - it will not be sent in
plain text.

Our test yesterday at 14:10 UTC worked against mx1 and mx2.nordkap-re.example. Could you
confirm that mx3 (backup) will also present a certificate covering its host name?

Best regards,
Ole Carstens
IT Service Desk, Elbwarte Group''')

# 77
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
  "liability claim: injured cyclist's fractured collarbone, hospital stay and pain-and-suffering claim",
  addr('ahlers'), '"RAin Katja Wessel" <kanzlei@wessel-recht.example>', 'Ihre Mandantin Frau Marlene Rasch – Sturz vor dem Grundstück unseres VN',
  '06-03 15:50',
  '''Sehr geehrte Frau Rechtsanwältin Wessel,

in der Sache Ihrer Mandantin Frau Marlene Rasch (Sturz mit dem Fahrrad am 19.01.2026 vor
dem Grundstück unseres Versicherungsnehmers, Haftpflichtvertrag PH 2281 4430) haben wir die
übersandten Unterlagen geprüft:

- Entlassungsbericht Klinikum Alsterbogen: Claviculafraktur links (S42.03),
  operative Versorgung mit Plattenosteosynthese, stationär 19.–23.01.2026
- Arbeitsunfähigkeit bis 06.03.2026, anschließend 10 Einheiten Physiotherapie

Unser Versicherungsnehmer hat seine Räumpflicht an diesem Morgen nicht erfüllt; wir
erkennen die Haftung dem Grunde nach zu 70 % an (Mitverschulden wegen nicht angepasster
Geschwindigkeit). Wir bieten ein Schmerzensgeld von 4.200 € sowie 70 % des nachgewiesenen
Verdienstausfalls an.

Mit freundlichen Grüßen
Frank Ahlers
Haftpflicht-Schaden

''' + footer('allg'))

# 78
M('NORMAL', 'de', 'insurer-to-company',
  'trap: process reminder to an employer about reporting leavers and salary-conversion changes – no employee named',
  addr('brodersen'), MEYER, 'Kurze Bitte: Austritte und Änderungen bis zum 5. Arbeitstag', '05-05 09:02',
  '''Hallo Frau Meyer,

eine allgemeine Bitte, weil es in den letzten Monaten öfter zu Rückbuchungen kam: Melden
Sie uns Austritte, Elternzeiten und Änderungen der Entgeltumwandlung bitte spätestens bis
zum 5. Arbeitstag des Folgemonats – am einfachsten über das Firmenkundenportal oder über
Ihr Lohnbüro (LohnPilot hat die Schnittstelle).

Bitte keine Listen mit Namen und Geburtsdaten per unverschlüsselter E-Mail schicken. Wenn
es doch einmal per Mail sein muss, nutzen Sie die sichere Nachricht im Portal.

Vielen Dank und viele Grüße
Jens Brodersen
bAV Firmenkundenservice''')

# 79
M('CONFIDENTIAL', 'en', 'insurer-to-broker',
  'grey: commercial cargo claim of a company policyholder with named contact, policy number and loss amount',
  addr('jessen'), 'Marta Kowalczyk <m.kowalczyk@balticrisk.example>', 'Cargo claim TR-2026-0418 – Hafenkontor Spedition',
  '06-18 10:30',
  '''Hi Marta,

update on your client's cargo loss: the container with 22 pallets of electronics (Hafenkontor
Spedition GmbH, open cover TR 4401 8820) was damaged by seawater on MV Nordstern. The surveyor
estimates the loss at EUR 184,300; salvage value about EUR 21,000.

Their logistics manager, Mr Piotr Nowak (mobile +49 160 5550 4482), has been very helpful
with the documents. We still need the bill of lading and the commercial invoice.

Best,
Henrik Jessen
Commercial Lines Underwriting''')

# 80
M('NORMAL', 'en', 'newsletter',
  'trap: follow-up to a payroll webinar on salary sacrifice, leavers and pension payments – Q&A without persons',
  'Elbwarte Employee Benefits <newsletter@elbwarte.example>', 'webinar-participants@elbwarte.example',
  'Thanks for joining "bAV for payroll beginners" – slides and Q&A', '04-22 16:00',
  '''Thank you for joining our webinar yesterday (212 participants!).

Slides: https://events.elbwarte.example/bav-payroll/slides.pdf

Top questions:

Q: An employee goes on parental leave - do we stop the salary sacrifice?
A: Yes, there is no salary to convert. Report the pause; the contract becomes paid-up.

Q: Can a leaver cash in the direct insurance?
A: Not if it was funded by salary sacrifice and vested - only continuation, paid-up or transfer.

Q: Who pays the health insurance contributions on company pensions?
A: We deduct them as paying agency and transfer them to the pensioner's health insurer.

Q: Do we have to report a pensioner's death?
A: Relatives usually tell us; if you hear first, a short note is welcome.

Next webinar: "Pension payments and taxation", 16 June 2026.
''', cs='us-ascii', cte='7bit', hdrs={'Precedence': 'bulk'})

# 81
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'divorce pension split: named ex-wife, maiden name, birth date, new pension contract from internal division, value',
  addr('wendt'), 'Svenja Schütt <svenja.lorenzen@webpost.example>', 'Versorgungsausgleich – Ihr neues Anrecht bei der Elbwarte',
  '07-08 10:40',
  '''Sehr geehrte Frau Schütt,

das Amtsgericht Elbmarsch hat mit Beschluss vom 12.06.2026 (rechtskräftig seit 14.07.2026,
Az. 412 F 1187/25) die interne Teilung des Anrechts Ihres früheren Ehemanns bei uns
angeordnet. Für Sie richten wir deshalb einen eigenen Vertrag ein:

  Versicherte Person:  Svenja Schütt geb. Lorenzen, geb. 04.12.1981
  Vertrag:             VA-26-0000412 (beitragsfreie Rentenversicherung)
  Ausgleichswert:      5.796,08 €
  garantierte Rente:   25,60 € monatlich ab 67

Sie müssen nichts weiter tun. Eine Kündigung mit Auszahlung ist nach § 12 VersAusglG
ausgeschlossen; Sie können aber Beiträge zuzahlen.

Mit freundlichen Grüßen
Hauke Wendt
Aktuariat Leben''')

# 82
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'buildings storm claim: named homeowner, insured address, payout amount and IBAN',
  addr('wolters'), 'Heike Gerdes <heike.gerdes@mailbox.example>', 'Sturmschaden Dach – Ihr Wohngebäudevertrag WG 4410 0021',
  '02-06 10:25',
  '''Sehr geehrte Frau Gerdes,

nach dem Sturm "Ylenia II" am 31.01. haben Sie uns die Rechnung der Dachdeckerei Wiechers
geschickt (12 Dachziegel, Firstabdeckung, Gerüst). Wir erstatten aus Ihrem
Wohngebäudevertrag für das Haus Alte Landstraße 9, 22397 Hamburg:

  Rechnung brutto        3.118,27 EUR
  Selbstbehalt            -500,00 EUR
  Erstattung             2.618,27 EUR

auf Ihr Konto ''' + grp(IB['jahnke']) + '''.

Mit freundlichen Grüßen
Nadine Wolters
Schadenservice Sach''', cs='iso-8859-1', cte='8bit')

# 83
M('NORMAL', 'de', 'internal',
  'trap: data-protection quiz with fictitious cases (diagnosis, birth date, IBAN) – "Frau M., 54" is invented',
  addr('lammers'), 'Führungskräfte <fuehrungskraefte@elbwarte.example>', 'Datenschutz-Quiz für Ihre Teambesprechung',
  '03-13 12:30',
  '''Liebe Führungskräfte,

für die nächste Teambesprechung hier fünf Quizfragen (Auflösung unten). Alle Fälle sind
ausgedacht.

1. Eine Arbeitgeberin schickt uns per Mail eine Liste mit Namen, Geburtsdaten und
   Umwandlungsbeträgen ihrer neuen Mitarbeitenden. Welche Kategorie?
2. „Frau M., 54, Diabetes Typ 2, HbA1c 8,1“ – in einer anonymen Schulungsfolie. Kategorie?
3. Ein Makler fragt telefonisch nach der Rentenhöhe eines Kunden. Dürfen wir antworten?
4. Eine IBAN ohne Namen in einer Testdatei. Kategorie?
5. Ein Rentner schickt seine Lebensbescheinigung unverschlüsselt. Dürfen wir unverschlüsselt
   antworten?

Auflösung: 1 vertraulich, als bAV-Vorgang streng vertraulich; 2 normal, wenn wirklich nicht
zuordenbar; 3 nur mit Vollmacht und Bestandsrecht; 4 normal; 5 nur reaktiv und ohne
weitere Daten – besser Portal.

Viele Grüße
Birte Lammers
Datenschutzbeauftragte''')

# 84
M('CONFIDENTIAL', 'mixed', 'insurer-to-company',
  'business travel policy: named employees with birth dates and passport numbers for a trip; no health data',
  addr('baumgart'), HARBOUR, 'Dienstreise-Versicherung / business travel cover – Singapore trip', '08-24 15:15',
  '''Hi James,

die Gruppen-Dienstreiseversicherung (GR 3001 882) deckt die Reise nach Singapur vom 7. bis
18. September. Für die Anmeldung beim Assistance-Dienst brauche ich die Daten in dieser
Form – bitte kurz prüfen, ob alles stimmt:

  Tobias Rehm        19.05.1986   Pass C4KL29X71
  Aisha Malik        02.10.1991   Pass C5TT81M02
  Gordon Fairley jr. 30.03.1983   Passport (UK) 5611 40 221

In English for your travel desk: cover includes trip cancellation, baggage and
emergency assistance; travel health abroad runs through the separate expat plan.

Viele Grüße
Leonie Baumgart''')

# 85
M('NORMAL', 'en', 'insurer-to-customer',
  'trap: how to send documents securely (medical reports, bank details) – generic instructions, no contract data',
  addr('sommer'), 'Liam Okafor <liam.okafor@mailo.example>', 'RE: How can I send you my documents?', '05-21 13:37',
  '''Dear Mr Okafor,

thanks for asking before sending anything! Please don't e-mail medical reports, bank details
or copies of ID cards to us. The safest way is our customer portal:

  1. Log in at https://kunden.elbwarte.example (first time: "Register" with your customer number
     from any of our letters)
  2. Choose "Upload documents"
  3. Select the topic - that is enough, our system routes it to the right team

Alternatively, you can send paper copies to Elbwarte Versicherungsgruppe, Speicherstadtufer 40,
20457 Hamburg.

Kind regards,
Ricarda Sommer
Customer Service''', cs='us-ascii', cte='7bit')

# 86
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker',
  "underwriting decision for a broker's client: named applicant, knee surgery history, exclusion clause",
  addr('sasse'), 'Marta Kowalczyk <m.kowalczyk@balticrisk.example>', 'Underwriting decision – disability cover for Mr Kemal Aydın',
  '07-21 14:02',
  '''Dear Ms Kowalczyk,

we have completed the medical underwriting for your client Mr Kemal Aydın (born 15/10/1990,
application BU-A-26-07712). Given the anterior cruciate ligament reconstruction of his left
knee in 2023 and the ongoing physiotherapy, we can offer cover with the following exclusion:

  "No benefits are payable for occupational disability caused by disorders of the left knee
   joint, including their consequences."

Otherwise standard terms, no loading. The exclusion can be reviewed on request after three
years without treatment. Please discuss the offer with your client; it is valid for 8 weeks.

Kind regards,
Dr. med. Henrike Sasse
Chief Medical Officer, Underwriting

''' + footer('leben', 'en'))

# 87
M('NORMAL', 'de', 'insurer-to-authority',
  'trap: answer to the supervisory authority with complaint statistics on pension payments and health claims – aggregates only',
  addr('lammers'), 'Referat Beschwerden <beschwerden@versicherungsaufsicht-nord.example>',
  'Ihr Schreiben vom 02.03.2026 – Beschwerdestatistik 2025', '03-27 11:50',
  '''Sehr geehrte Damen und Herren,

wie erbeten übersenden wir die Beschwerdestatistik 2025 (Gesamtzahlen, keine Einzelfälle):

  Betriebliche Altersversorgung      148  (davon Rentenzahlung/Verzögerung 61)
  Private Krankenversicherung        402  (davon Leistungsablehnung 233)
  Kfz                                 319
  Sach/Haftpflicht                    287
  Rechtsschutz                        96

Die Bearbeitungsdauer betrug im Mittel 11 Arbeitstage. Einzelfälle übermitteln wir auf
Anforderung ausschließlich über den gesicherten Kanal.

Mit freundlichen Grüßen
Dr. Birte Lammers
Datenschutzbeauftragte und Beschwerdemanagement''')

# 88
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'car theft: named customer, plate, VIN, police reference and claim number; no injury',
  addr('petersen'), 'Arjun Mehta <arjun.mehta@postbox-north.example>', 'Stolen car HH-AM 3030 – claim K-2026-124410',
  '08-11 09:20',
  '''Dear Mr Mehta,

we have registered the theft of your BMW 320d Touring (HH-AM 3030, VIN WBA8E11040K771203)
from the street outside your home in Winterhude on the night of 8/9 August. The police
reference is 0908-26-FR-4471.

We wait the statutory one month in case the car is found. After that we pay the
replacement value under your comprehensive cover (policy KF 3310 8874); our estimate is
EUR 23,400 less your EUR 300 deductible. Please send both keys and the registration
certificate part II by registered mail.

Kind regards,
Sven Petersen
Motor Claims''')

# 89
_tab89 = '''  Name               Vertrag          bisher   neu      ab
  Sophie Alm         DV-22-0041117    120 €    180 €    01.06.2026
  Rüdiger Hansen     DV-16-0025560    250 €    0 €      01.06.2026 (ausgesetzt)
  Mia-Sophie Kurz    DV-24-0043380    60 €     100 €    01.06.2026'''
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'confirmation of salary-conversion changes for three named employees with pension contract numbers and amounts',
  addr('brodersen'), KRANWERK, 'Änderungen Entgeltumwandlung ab Juni – Bestätigung', '05-27 10:36',
  '''Hallo Herr Stüve,

die drei Änderungen aus Ihrer Meldung vom 20.05. sind eingepflegt:

''' + _tab89 + '''

Bei Herrn Hansen ist der Vertrag ab Juni beitragsfrei; wenn er wieder einsteigen möchte,
reicht eine neue Änderungsmeldung. Die neuen Versicherungsnachträge gehen den
Mitarbeitenden direkt zu.

Gruß aus Hamburg
Jens Brodersen''')

# 90
M('NORMAL', 'de', 'insurer-to-supplier',
  'trap: purchase order for first-aid kits, defibrillator pads and a blood-pressure monitor for the office',
  addr('behrens'), 'Vertrieb <vertrieb@medisafe-betriebsbedarf.example>', 'Bestellung 4500189420 – Erste Hilfe Standort Speicherstadt',
  '06-10 08:45',
  '''Guten Morgen,

hiermit bestellen wir zur Lieferung an Elbwarte Versicherungsgruppe, Warenannahme,
Speicherstadtufer 40, 20457 Hamburg:

  10 x Verbandkasten DIN 13157, Art. 11-2040
   6 x Elektrodenpads für AED Lifeguard S, Erwachsene, Art. 33-0815
   2 x Pads pädiatrisch, Art. 33-0816
   1 x Blutdruckmessgerät Oberarm für den Sanitätsraum, Art. 45-1200
   4 x Augenspülflasche 500 ml

Lieferung bitte bis 19.06., Rechnung an kreditoren@elbwarte.example mit Bestellnummer.

Mit freundlichen Grüßen
Kai Behrens
Einkauf''')

# ================================================================ MAILS 91-120
# 91
_q91 = gt_quote('Am 08.06.2026 um 14:21 schrieb Martina Wiebe <m.wiebe@ostsee-feinkost.example>:', '''Hallo Herr Brodersen,

unsere Kollegin Tanja Ruhnke (DV-26-0045813) ist seit dem Schlaganfall im Januar zu 60 %
schwerbehindert (GdB 60) und geht zum 01.09. in die vorgezogene Altersrente für
schwerbehinderte Menschen. Kann sie die Direktversicherung dann auch schon mit 63 als
Rente bekommen, oder erst mit 67? Sie ist gerade wieder in der Reha in Bad Malente.

Viele Grüße
Martina Wiebe''')
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'only in the quoted reply: employer names an employee’s stroke, degree of disability and rehab; reply itself is harmless',
  addr('brodersen'), OSTSEE_HR, 'AW: Frage vorgezogene Rente', '06-09 09:14',
  '''Hallo Frau Wiebe,

kurze Antwort: Ja, das geht, wir melden uns dazu direkt bei der Versicherten mit einer
Berechnung. Alles Weitere bitte nicht mehr per Mail, sondern über das Portal.

Viele Grüße
Jens Brodersen

''' + _q91, irt='<20260608142100.51ab@ostsee-feinkost.example>')

# 92
M('NORMAL', 'en', 'internal',
  'trap: actuarial note on mortality tables, disability incidence and pension factors – no individual data',
  addr('wendt'), 'Life Actuarial <aktuariat-leben@elbwarte.example>', 'Pension factors 2027 – first results with DAV 2004 R update',
  '09-15 17:12',
  '''Hi all,

first results for the 2027 new-business pension factors:

- Mortality: DAV 2004 R with the 2025 trend update lowers the guaranteed annuity factor by
  about 1.8 % at age 67 (unisex, 60/40 mix). For the salary-sacrifice tariffs this means
  EUR 25.63 instead of EUR 26.10 per EUR 10,000.
- Disability riders: incidence in our group portfolio is still below the DAV 1997 I table
  (A/E 71 %), mental disorders continue to rise. No change to rider premiums proposed.
- Pensions in payment: surplus participation for 2027 unchanged at 1.5 % p.a.

Details in the actuarial memo on the team drive. Comments by 30 September please.

Hauke''', cs='us-ascii', cte='7bit')

# 93
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'motor cancellation confirmation: named customer, plate, refund amount and IBAN',
  addr('sommer'), 'Jonas Pohl <jonas.pohl@webpost.example>', 'Kündigungsbestätigung Kfz-Versicherung KF 5520 1180',
  '07-02 11:30',
  '''Hallo Herr Pohl,

wir bestätigen die Kündigung Ihrer Kfz-Versicherung KF 5520 1180 für den Opel Corsa
HH-JP 277 wegen Verkauf zum 26.06.2026. Der zu viel gezahlte Beitrag von 187,44 € wird
auf Ihr Konto ''' + IB['pohl'] + ''' erstattet.

Den Schadenfreiheitsrabatt (SF 6) heben wir sieben Jahre für Sie auf.

Viele Grüße
Ricarda Sommer''')

# 94
M('NORMAL', 'de', 'insurer-to-company',
  'trap: model works agreement on salary conversion (ODT) with placeholders – employer subsidy, leavers, parental leave rules',
  addr('riekhof'), OSTSEE_HR, 'Muster Betriebsvereinbarung Entgeltumwandlung (ODT)', '02-24 15:58',
  '''Hallo Frau Wiebe,

Ihr Betriebsrat hatte nach einem Muster für die Betriebsvereinbarung gefragt – anbei als
ODT, da Sie mit LibreOffice arbeiten. Bitte lassen Sie das Muster vor Unterzeichnung von
Ihrem Arbeitsrechtler prüfen; wir dürfen keine Rechtsberatung leisten.

Viele Grüße
Malte Riekhof''', atts=[A('Muster_BV_Entgeltumwandlung.odt', odt([
    'Betriebsvereinbarung über die Entgeltumwandlung (Muster)',
    'zwischen der «Firma» und dem Betriebsrat der «Firma»',
    '§ 1 Geltungsbereich: alle Arbeitnehmerinnen und Arbeitnehmer einschließlich Auszubildender.',
    '§ 2 Durchführungsweg: Direktversicherung bei der Elbwarte Lebensversicherung AG, Gruppenvertrag «Nr.».',
    '§ 3 Arbeitgeberzuschuss: «15 / 20 / 25» % des umgewandelten Betrags.',
    '§ 4 Ruhen: Während Elternzeit, Krankengeldbezug und unbezahltem Urlaub ruht die Umwandlung.',
    '§ 5 Ausscheiden: Die Anwartschaft ist sofort unverfallbar; der Vertrag wird auf den Arbeitnehmer übertragen.',
    ['Regelung', 'Variante A', 'Variante B'],
    ['Opting-out', 'nein', 'ja, Widerspruch binnen 2 Monaten'],
    ['Mindestbetrag', '1/160 der Bezugsgröße', '25 EUR'],
    'Ort, Datum, Unterschriften: «________»']))])

# 95
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-applicant',
  'underwriting follow-up to a named applicant: hypertension, blood-pressure readings and medication requested',
  addr('sasse'), 'Grace Okonkwo <grace.okonkwo@mailo.example>', 'Your application for term life cover – further medical information',
  '03-04 10:05',
  '''Dear Ms Okonkwo,

thank you for your application for term life insurance (application RL-A-26-01187, sum
insured EUR 250,000). In the health questions you mentioned high blood pressure, treated
with Ramipril 5 mg since 2024.

To assess your application we need:

  1. a short report from your GP with the last three blood-pressure readings,
  2. the most recent blood test (kidney values, cholesterol),
  3. confirmation whether there has been any heart or kidney examination.

Please upload the documents in our secure portal rather than sending them by e-mail. As soon
as we have them, we will usually decide within a week.

Kind regards,
Dr. med. Henrike Sasse
Chief Medical Officer, Underwriting
Elbwarte Lebensversicherung AG''')

# 96
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'e-bike theft: named customer, home address, frame number and claim number; property line',
  addr('wolters'), 'Felix Andersen <felix.andersen@online-mail.example>', 'Your e-bike theft claim S-2026-011204',
  '07-29 14:44',
  '''Dear Mr Andersen,

we are sorry your e-bike was stolen from the bike shed at Osterstraße 18, 20259 Hamburg. Your
household insurance (HR 9021 4471) includes bicycle theft up to EUR 4,000 at any time of day.

  bike:         Riese & Müller Charger4, frame no. WRM-4471-88210
  purchased:    2024, EUR 4,899
  police ref.:  0726-26-EB-1120
  payment:      EUR 3,675 (replacement value less 25 % age deduction, capped)

Please confirm that the bike was locked to a fixed object. Then we pay within a week.

Kind regards,
Nadine Wolters''')

# 97
M('NORMAL', 'en', 'insurer-to-partner',
  'trap: meeting invitation with the reinsurer – agenda about disability claims and large health claims, no cases',
  addr('wendt'), 'Kristin Aas <kristin.aas@nordkap-re.example>', 'Invitation: annual treaty meeting, 22 October, Hamburg',
  '09-21 11:20',
  '''Hi Kristin,

as discussed, here is the invitation for our annual treaty meeting. Agenda draft:

1. Group pension portfolio & disability riders 2026 (incidence, recovery rates)
2. Large health claims pool: development of claims above EUR 100k (anonymised)
3. Mental health claims: our new case-management approach
4. Renewal terms 2027

Lunch at our canteen, the weather in Hamburg will be terrible anyway.

Cheers,
Hauke''', atts=[A('treaty_meeting_2026.ics', ics('treaty-2026-1022@elbwarte.example', '20261022T100000',
                                                 '20261022T150000', 'Nordkap Re / Elbwarte annual treaty meeting',
                                                 'Elbwarte, Speicherstadtufer 40, Room 6.01',
                                                 'Agenda: group pensions, large claims pool, mental health, renewal 2027',
                                                 email_of('wendt'), ['kristin.aas@nordkap-re.example']))])

# 98
_q98 = gt_quote('Horst Tiedemann schrieb am 30.03.2026 22:47:', '''sehr geehrte damen und herren
meine Betriebsrente für März ist 23 euro weniger als sonst!! ich hab nichts geändert. was ist
da los? Vertrag PK 09 0016731
Horst Tiedemann''')
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  "pensioner's reduced pension explained: contract, amounts, health-insurance deduction after change of health insurer",
  addr('demirtas'), 'Horst Tiedemann <horst.tiedemann@online-mail.example>', 'AW: Rente März', '04-13 10:22',
  '''Sehr geehrter Herr Tiedemann,

entschuldigen Sie die späte Antwort, ich war im Urlaub.

Ihre Betriebsrente aus dem Vertrag PK-09-0016731 ist unverändert 398,60 € brutto. Weniger
ausgezahlt wurde, weil Ihre neue Krankenkasse (seit 01.03.) einen höheren Zusatzbeitrag
erhebt und Sie außerdem ab März den vollen Beitrag zur Pflegeversicherung zahlen – das
Zahlstellenverfahren hat uns den neuen Satz gemeldet:

  Rente brutto                 398,60 €
  Krankenversicherung (KVdR)   -66,37 €  (vorher -50,63 €)
  Pflegeversicherung           -14,55 €  (vorher -7,34 €)
  Auszahlung                   317,68 €

Wir haben also richtig gerechnet. Bei Fragen zum Beitragssatz hilft Ihre Krankenkasse.

Mit freundlichen Grüßen
Aylin Demirtaş
Rentenservice bAV

''' + _q98, cte='8bit')

# 99
M('CONFIDENTIAL', 'de', 'insurer-to-broker',
  "household offer for a broker's named customer with birth date, address and previous claims",
  addr('wolters'), HARMS, 'Angebot Hausrat für Ihre Kundin Frau Swantje Möller', '03-06 12:12',
  '''Hallo Herr Harms,

für Ihre Kundin Frau Swantje Möller, geb. 21.02.1958, Bahrenfelder Chaussee 44, 22761
Hamburg, können wir die Hausratversicherung anbieten:

  Wohnfläche 78 qm, Versicherungssumme 62.400 €
  Tarif Komfort inkl. Fahrraddiebstahl und Elementar
  Jahresbeitrag 214,80 €

Wegen des Einbruchs 2023 (Vorversicherer, 5.100 €) vereinbaren wir eine
Selbstbeteiligung von 250 €. Antrag bitte über das Vermittlerportal einreichen.

Viele Grüße
Nadine Wolters
Schadenservice Sach (Vertretung Antragsprüfung)''')

# 100
_h100 = '''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Intranet-News</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<div style="background:#0b4f6c;color:#fff;padding:8px"><b>Elbwarte Intranet-News</b> &middot; KW 11/2026</div>
<h3>Rekord im bAV-Kollektiv: 1.914 Anmeldungen im ersten Quartal</h3>
<p>So viele Anmeldungen zur Entgeltumwandlung gab es noch nie. Das Team von Katrin Oltmanns hat die Policierung
trotz Tarifwechsel im Schnitt in 3,2 Arbeitstagen geschafft. Danke!</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Monat</th><th>Anmeldungen</th><th>Austritte</th><th>neue Renten</th></tr>
<tr><td>Januar</td><td>611</td><td>402</td><td>88</td></tr>
<tr><td>Februar</td><td>544</td><td>315</td><td>71</td></tr>
<tr><td>März</td><td>759</td><td>377</td><td>93</td></tr>
</table>
<h3>Gesundheitstag am 22. April</h3>
<p>Rückenscreening, Sehtest und Hautkrebs-Vorsorge &ndash; anonym und freiwillig, Anmeldung im Intranet.</p>
<h3>Kantine</h3><p>Ab Montag wieder Fischbrötchen-Freitag.</p>
</body></html>'''
M('NORMAL', 'de', 'internal',
  'trap: HTML-only intranet news with enrolment/leaver/pension counts and a health day – aggregates, no persons',
  addr('nissen'), 'Alle Mitarbeitenden <alle@elbwarte.example>', 'Intranet-News KW 11: Rekord bei den bAV-Anmeldungen',
  '03-13 08:00', html=_h100, html_only=True)

# 101
M('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-company',
  "named employee's pregnancy / maternity protection period and its effect on her pension contract",
  addr('mcallister'), HARBOUR, 'Aisha Malik – Mutterschutz / maternity leave and her direct insurance', '10-05 13:20',
  '''Hi James,

thanks for letting us know that Aisha Malik is expecting her baby in December. Zur Info für
Ihre Lohnabrechnung:

- Mutterschutz ab 02.11.2026: während des Mutterschaftsgeldbezugs gibt es kein umwandelbares
  Entgelt, die Entgeltumwandlung in ihre Direktversicherung DV-25-0044815 ruht.
- Your voluntary employer contribution (EUR 100 per month) may continue - that is up to you.
- After maternity leave she will probably take parental leave; please report that separately.

I'll send Aisha a short letter in English about her options.

Best regards / viele Grüße
Fiona''')

# 102
M('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
  "legal-expenses cover for a named client's neighbour dispute over a hedge, policy number",
  addr('hollerbach'), '"Sarah Lindqvist, Attorney" <s.lindqvist@lindqvist-law.example>',
  'Your client Mr Robert Haines – neighbour dispute, cover RS-2026-05561', '08-05 10:15',
  '''Dear Ms Lindqvist,

we confirm cover under Mr Robert Haines' legal expenses policy RS 90 551 208 (private and
residential module) for the out-of-court representation in his dispute with his neighbour
over the 4-metre hedge on the boundary of Alsterdorfer Straße 210.

Please note the mandatory mediation attempt under our terms; the mediator's fees are
covered in full. The deductible of EUR 150 applies once.

Kind regards,
Miriam Hollerbach
Legal Expenses Claims, Elbwarte Rechtsschutz AG''')

# 103
M('NORMAL', 'en', 'insurer-to-supplier',
  'trap: secure destruction contract for medical and personnel files – volumes and certificates, no data',
  addr('behrens'), 'Contracts <contracts@secure-destruct.example>', 'Renewal of destruction contract 2027 – medical records',
  '11-03 09:40',
  '''Dear contracts team,

we would like to renew our framework contract for the secure destruction of paper records
for 2027 under the same terms:

  - approx. 38 t per year, security level P-4 (medical reports, pension files, HR files)
  - 120 locked bins at two sites, fortnightly collection
  - certificate of destruction per collection, GDPR Art. 28 processing agreement

One change: please quote separately for hard disks (H-5), about 600 units a year.

Best regards,
Kai Behrens
Procurement''', cs='us-ascii', cte='7bit')

# 104
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'attachment-only, sent as application/octet-stream: premium adjustment letter with diabetes risk surcharge for a named customer',
  addr('kuehl'), 'Bernd Hollmann <b.hollmann@freenet-post.example>', 'AW: Scan', '10-27 16:40',
  'anbei wie gewünscht die Kopie.\n\nT. Kühl',
  atts=[A('Scan_0042.pdf', pdf(['Elbwarte Krankenversicherung AG', '',
                                'Herrn Bernd Hollmann, Hasselbrookstraße 31, 22089 Hamburg', '',
                                'Beitragsanpassung zum 01.01.2027 - Versicherungsnummer KV 2209 1145 88', '',
                                'Tarif Komfort-Ambulant 90: 412,18 EUR (bisher 389,40 EUR)',
                                'Tarif Stationär Plus: 118,22 EUR (bisher 109,90 EUR)',
                                'Risikozuschlag wegen Diabetes mellitus Typ 2 (E11.9) lt. Antrag 2019: 48,60 EUR',
                                'Beitragsentlastungstarif BE 200: 36,00 EUR', '',
                                'Neuer Monatsbeitrag gesamt: 615,00 EUR'], title='Scan', compress=False,
                               author='SCANNER-3OG'), ctype='application/octet-stream')])

# 105
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'legal-expenses cover for a speeding-fine procedure (administrative offence, not criminal) of a named driver',
  addr('hollerbach'), 'Pascal Neumann <pascal.neumann@mailbox.example>', 'Rechtsschutz Bußgeldverfahren – Zusage',
  '09-08 12:51',
  '''Hallo Herr Neumann,

Ihr Verkehrs-Rechtsschutz (RS 61 002 930) übernimmt die Kosten für die Verteidigung gegen
den Bußgeldbescheid des Landkreises Harburg vom 28.08.2026: 31 km/h zu schnell außerorts,
260 € Bußgeld, 2 Punkte und ein Monat Fahrverbot.

Ihre Anwältin kann direkt mit uns abrechnen. Eine Selbstbeteiligung fällt in diesem
Baustein nicht an.

Viele Grüße
Miriam Hollerbach''')

# 106
_h106 = '''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Checkliste Austritt bAV</title></head><body>
<h1>Checkliste für Arbeitgeber: Austritt eines Mitarbeitenden mit bAV</h1>
<ol>
<li>Austrittsmeldung (Formular BAV-A3) bis zum 5. Arbeitstag des Folgemonats</li>
<li>Letzter Beitrag aus Entgeltumwandlung mit der letzten Gehaltsabrechnung</li>
<li>Versicherungsvertragliche Lösung innerhalb von 3 Monaten erklären</li>
<li>Mitarbeitende über Fortführung, Beitragsfreistellung und Mitnahme informieren</li>
<li>Keine Gesundheitsdaten, keine Kopien von Ausweisen per E-Mail</li>
</ol>
<table border="1"><tr><th>Feld</th><th>Beispiel</th></tr>
<tr><td>Name</td><td>«Name, Vorname»</td></tr><tr><td>Austrittsdatum</td><td>«TT.MM.JJJJ»</td></tr>
<tr><td>Vertrag</td><td>«DV-..-.......»</td></tr></table>
</body></html>'''
M('NORMAL', 'de', 'insurer-to-broker',
  'trap: HTML checklist for leavers with placeholders for name, date and contract – no real person',
  addr('riekhof'), FINK, 'Checkliste Austritt für Ihre Firmenkunden', '05-12 14:05',
  '''Hallo Herr Fink,

anbei unsere neue Checkliste zum Austritt als HTML-Datei – Sie können sie einfach in Ihren
Kundenbereich stellen oder ausdrucken. Die Felder in «» sind Platzhalter.

Grüße
Malte''', atts=[A('Checkliste_Austritt_bAV.html', _h106.encode('utf-8'), charset='utf-8')])

# 107
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
  "employer informed that a named employee's disability claim was accepted and contributions are waived",
  addr('mcallister'), BRIGHT, 'Grace Okonkwo – premium waiver on her direct insurance', '11-17 09:55',
  '''Hi Emma,

a short formal note for your payroll: we have accepted Grace Okonkwo's claim under the
disability rider of her direct insurance (DV-26-0046121) with effect from 1 October 2026.

This means:
  - the premium of EUR 207.00 per month is waived by us from October,
  - please stop the salary sacrifice from the November payroll and refund October,
  - her monthly disability pension is paid directly to her.

We do not share medical details with employers, so please don't ask her colleagues either.
Grace agreed that we inform you about the waiver.

Best regards,
Fiona

''' + sig('mcallister', 'en'))

# 108
M('CONFIDENTIAL', 'en', 'internal',
  'attachment-only: onboarding list of named trainees with birth dates and private addresses',
  addr('feddersen'), 'Facility & IT onboarding <onboarding@elbwarte.example>', 'New trainees 1 August – onboarding list',
  '07-20 10:00',
  '''Hi all,

attached is the list of our six new trainees starting on 1 August, so that IT can create the
accounts and facilities can prepare badges. Please delete the file once you are done.

Thanks,
Claudia''', atts=[A('trainees_2026-08.csv', csvb([
    ['last_name', 'first_name', 'date_of_birth', 'private_address', 'programme'],
    ['Behnke', 'Lasse', '2008-03-17', 'Fuhlsbüttler Str. 402, 22309 Hamburg', 'Kaufmann Versicherungen'],
    ['Nguyen', 'Thi Mai', '2007-11-02', 'Billstedter Hauptstr. 12, 22111 Hamburg', 'Kauffrau Versicherungen'],
    ['Carstensen', 'Ella', '2005-06-25', 'Lange Reihe 88, 20099 Hamburg', 'Dual studies IT'],
    ['Rahimi', 'Omid', '2006-01-09', 'Wandsbeker Chaussee 301, 22089 Hamburg', 'Kaufmann Versicherungen'],
    ['Thode', 'Jule', '2007-09-30', 'Marktstr. 14, 21465 Reinbek', 'Kauffrau Versicherungen'],
    ['Wiese', 'Finn', '2004-12-12', 'Am Ring 3, 25436 Uetersen', 'Dual studies Actuarial']], delim=','),
    charset='utf-8')])

# 109
M('NORMAL', 'en', 'insurer-to-customer',
  'trap: English out-of-office reply of the international pensions desk, no data',
  'Fiona McAllister <fiona.mcallister@elbwarte.example>', 'Antonio Ruiz Delgado <a.ruizdelgado@correo-sur.example>',
  'Out of office: Re: proof of life', '08-10 07:12',
  '''Thank you for your e-mail. I am on annual leave until 24 August with no access to e-mail.

For pension payments and proof-of-life questions please contact rentenservice@elbwarte.example
or call +49 40 5550-4450. Your message will not be forwarded.

Fiona McAllister
International Employee Benefits''', cs='us-ascii', cte='7bit', hdrs={'Auto-Submitted': 'auto-replied'})

# 110
M('STRICTLY_CONFIDENTIAL', 'de', 'internal',
  'internal case discussion of a disability claim: recurrent depression, psychotherapy report, ICD code',
  addr('sasse'), 'Leistung BU <leistung-bu@elbwarte.example>', 'Fallbesprechung BU-L-26-0318 (Gerken) – meine Einschätzung',
  '05-22 16:15',
  '''Liebe Kolleginnen und Kollegen,

zum Fall Maren Gerken (DV-23-0042217, BU-Zusatz): Der Befund von Dr. Reuter bestätigt die
Bandscheibenproblematik, die für sich allein keine BU von 50 % begründet. Neu ist der
Bericht der Psychotherapeutin Frau Dipl.-Psych. Hahn: rezidivierende depressive Störung,
gegenwärtig mittelgradig (F33.1), seit 01/2026 in Behandlung, Escitalopram 10 mg.

Meine Empfehlung: zusätzliches psychiatrisches Gutachten (Dr. Lorenzen), bis dahin
befristetes Anerkenntnis für 12 Monate. Bitte im Leistungskreis am Dienstag besprechen.

Henrike Sasse''')

# 111
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'confirmation of a changed bank account for a named property customer, full new IBAN and policy number',
  addr('groth'), 'Dirk Voss <dirk.voss@freenet-post.example>', 'Neue Bankverbindung gespeichert – HR 6620 1178',
  '04-28 09:31',
  '''Sehr geehrter Herr Voss,

danke für Ihre Rückmeldung. Wir haben Ihre neue Bankverbindung für die Hausratversicherung
HR 6620 1178 gespeichert:

  Kontoinhaber: Dirk Voss
  IBAN: ''' + grp(IB['brandt']) + '''

Den offenen Beitrag von 64,35 € ziehen wir am 05.05. ein; die Rücklastschriftgebühr
erlassen wir Ihnen ausnahmsweise.

Freundliche Grüße
Stefan Groth''')

# 112
M('NORMAL', 'de', 'insurer-to-company',
  "grey: monthly group-premium invoice to a company – totals, company IBAN, no employee data",
  addr('groth'), 'Buchhaltung <buchhaltung@nordlicht-logistik.example>', 'Beitragsrechnung bAV Juni 2026 – Gruppenvertrag RV-NL-2012-05',
  '06-01 06:45',
  '''Sehr geehrte Damen und Herren,

die Beitragsrechnung für Juni 2026 zum Gruppenvertrag RV-NL-2012-05:

  Anzahl Verträge:                     588
  Entgeltumwandlung gesamt:       83.556,00 €
  Arbeitgeberzuschuss 15 %:       12.533,40 €
  Rechnungsbetrag:                96.089,40 €

Einzug per SEPA-Firmenlastschrift am 05.06.2026 vom Konto der Nordlicht Logistik SE,
IBAN ''' + grp(mkiban('DE', '20050000' '0012004433')) + ''', Mandatsreferenz EW-RV-NL-2012-05-01.

Die Einzelaufstellung steht im Firmenkundenportal.

Mit freundlichen Grüßen
Beitragsbuchhaltung Elbwarte Lebensversicherung AG''')

# 113
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
  "request for medical records about a named patient's pregnancy complications for an expat health claim",
  addr('aksoy'), 'Riverside Medical Practice <records@riverside-medical.example>',
  'Medical records request – Ms Aisha Malik, DOB 02/10/1991', '12-03 11:08',
  '''Dear Dr Hughes,

our insured Ms Aisha Malik (date of birth 2 October 1991, policy EXP-GL-004502) was treated
at your practice during her stay in the UK in October for pre-eclampsia in the 31st week of
pregnancy, before her transfer back to Hamburg.

With her signed consent (attached to our letter sent by post), we kindly ask for copies of
the consultation notes, blood pressure and urine protein results, and the referral letter.
We will of course cover your reasonable copying fees.

Kind regards,
Selin Aksoy
Expat Health Service, Elbwarte Krankenversicherung AG''')

# 114
_t114 = '''bAV-Brief für Arbeitgeber 2/2026

1. Betriebsrentenstärkungsgesetz II: Was sich 2026 ändert
   - Opting-out auch ohne Tarifvertrag für Betriebe bis 50 Mitarbeitende
   - Förderbetrag für Geringverdiener steigt
2. Austritte: Unser neuer Online-Prozess spart Ihrem Lohnbüro Zeit
3. Rentenzahlungen: Wir übernehmen das Zahlstellenverfahren komplett für Sie
4. Termine: Arbeitgeberforum am 17.09. in Hamburg

Alle Details: https://www.elbwarte.example/firmen/bav-brief
'''
_h114 = '''<html><body style="font-family:Arial,sans-serif">
<h2>bAV-Brief für Arbeitgeber 2/2026</h2>
<ol><li><b>Betriebsrentenstärkungsgesetz II</b>: Opting-out auch ohne Tarifvertrag für Betriebe bis 50 Mitarbeitende; Förderbetrag für Geringverdiener steigt.</li>
<li><b>Austritte</b>: Unser neuer Online-Prozess spart Ihrem Lohnbüro Zeit.</li>
<li><b>Rentenzahlungen</b>: Wir übernehmen das Zahlstellenverfahren komplett für Sie.</li>
<li><b>Termine</b>: Arbeitgeberforum am 17.09. in Hamburg.</li></ol>
<p><a href="https://www.elbwarte.example/firmen/bav-brief">Alle Details</a></p></body></html>'''
M('NORMAL', 'de', 'newsletter',
  'trap: employer newsletter on pension law changes, leavers and pension payments – no persons',
  'Elbwarte Firmenkunden <firmenkunden@elbwarte.example>', 'bav-brief@elbwarte.example',
  'bAV-Brief für Arbeitgeber 2/2026: BRSG II, Austritte online', '07-07 07:15', _t114, html=_h114,
  cte='8bit', hdrs={'Precedence': 'bulk'})

# 115
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'travel baggage claim: named customer, flight, missing items and compensation; no health content',
  addr('baumgart'), 'Carla Reimann <carla.reimann@webpost.example>', 'Gepäckverlust Flug nach Kreta – Schaden R-26-04412',
  '08-19 13:09',
  '''Liebe Frau Reimann,

Ihr Koffer ist laut Fluggesellschaft endgültig verloren (PIR-Nr. HERLH 44127, Flug vom
02.08.). Aus Ihrer Reisegepäckversicherung (RG 1102 3369) erstatten wir den Zeitwert des
Inhalts laut Ihrer Liste, abzüglich der bereits von der Airline gezahlten 400 €:

  Kleidung, Schuhe, Kosmetik       1.240 €
  Kamera Sony Alpha (Zeitwert)       530 €
  abzgl. Airline                    -400 €
  Erstattung                       1.370 €

Viele Grüße
Leonie Baumgart''')

# 116
M('NORMAL', 'en', 'internal',
  'trap: change request for mail-gateway classification rules with synthetic test mails (IBANs, ICD codes) – no real data',
  addr('carstens'), 'Change Advisory Board <cab@elbwarte.example>', 'CR-2026-0193: new classification rules on the mail gateway',
  '10-14 15:30',
  '''Hi CAB,

request for approval of CR-2026-0193 (window: 24 October, 20:00-22:00):

- new rule set for the outbound mail gateway: subject tags [vertraulich] and
  [streng vertraulich], detection of IBANs (checksum), birth dates next to names, ICD-10 codes
- mailbox rules: leistung-bu@ and rentenservice@ always "strictly confidential"
- tested with 400 synthetic mails from the test generator ("Erika Musterfrau", example IBANs,
  made-up diagnoses); false-positive rate in test 2.1 %

Rollback: switch back to rule set 2026-03 (one click). Risk: low.

Ole''')

# 117
_z117 = zipf([
    ('Rueckmeldung_4417_2026-09.csv', csvb([
        ['Mandant', 'PersNr', 'Name', 'Vorname', 'Geburtsdatum', 'Vertrag', 'Vorgang', 'Status'],
        ['4417', '0151', 'Kaya', 'Deniz', '03.03.1999', 'DV-26-0047730', 'Anmeldung', 'policiert'],
        ['4417', '0152', 'Ramdohr', 'Till', '28.10.1987', 'DV-26-0047731', 'Anmeldung', 'policiert'],
        ['4417', '0112', 'Schütt', 'Hannes', '22.09.1979', 'DV-21-0039920', 'Austritt 30.09.', 'beitragsfrei'],
        ['4417', '0139', 'Gerken', 'Maren', '17.06.1992', 'DV-23-0042217', 'Beitragsbefreiung BU', 'in Prüfung']],
        enc='windows-1252')),
    ('Anschreiben.docx', docx(['Rückmeldung bAV-Meldungen September 2026, Mandant 4417 (Meyer & Söhne Bau GmbH)',
                               '4 Vorgänge, Details siehe CSV. Bei Beitragsbefreiung bitte bis zur Entscheidung weiter abführen.',
                               'Elbwarte Lebensversicherung AG, bAV Firmenkundenservice'], title='Anschreiben'))])
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'ZIP-only: CSV with named employees, birth dates, pension contracts, enrolments, a leaver and a pending disability waiver',
  addr('brodersen'), LOHNPILOT, 'Rückmeldung Meldungen 09/2026 Mandant 4417', '10-02 12:20',
  '''Hallo Herr Ehlers,

anbei die Rückmeldung zu den Septembermeldungen (ZIP mit CSV und Anschreiben).

Gruß
Jens Brodersen''', atts=[A('Rueckmeldung_4417_2026-09.zip', _z117)])

# 118
M('CONFIDENTIAL', 'en', 'insurer-to-broker',
  "motor renewal for a broker's named private customer: previous claims, plate, no-claims class",
  addr('petersen'), 'Marta Kowalczyk <m.kowalczyk@balticrisk.example>', 'Renewal 2027 – Mr Robert Haines, HH-RH 1204',
  '11-12 12:00',
  '''Hi Marta,

about your client Mr Robert Haines (policy KF 7781 2209, Audi A4 HH-RH 1204): because of the
two at-fault claims this year (rear-end collision in March, EUR 3,420; parking damage in
July, EUR 1,180) he drops from SF 14 to SF 6 on 1 January. The new annual premium will be
EUR 1,046.30 instead of EUR 612.80.

He could buy back the smaller claim (EUR 1,180) to limit the downgrade to SF 10. Let me know
by 30 November.

Best,
Sven''')

# 119
M('NORMAL', 'en', 'insurer-to-partner',
  'trap: cooperation proposal with a bank for SME company pensions – product and process, no customer data',
  addr('riekhof'), 'Corporate Banking <sme-partners@nordbank-hamburg.example>', 'Company pensions for your SME clients – proposal',
  '06-26 11:11',
  '''Dear colleagues,

thank you for the good meeting last week. As promised, our proposal in short:

- Your relationship managers introduce SME clients interested in a company pension plan;
  we handle advice, contracts, enrolments, leavers and later the pension payments.
- No exchange of client data between us before the client has signed our data-protection
  consent; leads come via the secure partner portal.
- Remuneration per introduced employer, not per employee.

We will send a draft cooperation agreement by mid-July.

Best regards,
Malte Riekhof
Corporate Pensions Account Manager''', cs='us-ascii', cte='7bit')

# 120
M('NORMAL', 'de', 'internal',
  'grey: holiday cover plan naming colleagues and absence dates without reasons',
  addr('oltmanns'), 'bAV Kollektiv <bav-kollektiv@elbwarte.example>', 'Vertretungen Sommerferien Rentenservice / Kollektiv',
  '06-19 15:02',
  '''Hallo zusammen,

hier die Vertretungen für die Sommerferien, bitte im Outlook-Kalender eintragen:

  Aylin      06.07.–24.07.   Vertretung: Jens (Rentenzahllauf Juli macht Jens)
  Jens       27.07.–14.08.   Vertretung: Malte / Katrin
  Fiona      10.08.–21.08.   Vertretung International: Katrin
  Hauke      nicht da 03.08.–07.08.

Rentenzahllauf August (26.08.) ist wieder komplett besetzt. Bitte Abwesenheitsnotizen mit
dem Funktionspostfach rentenservice@ als Kontakt einrichten.

Katrin''', cte='8bit')

# ================================================================ MAILS 121-150
# 121
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'attachment-only: annual pension benefit statement for tax (PDF) with named pensioner, tax ID, pension and health contributions',
  addr('demirtas'), 'Gerda Wilkens <gerda.wilkens@posteingang.example>', 'Ihre Leistungsmitteilung 2026 für die Steuererklärung',
  '12-14 09:40',
  '''Sehr geehrte Frau Wilkens,

wie gewünscht schicke ich Ihnen die Leistungsmitteilung für Ihre Steuerberaterin schon
jetzt vorab als PDF. Das Original folgt im Januar per Post.

Frohe Feiertage!
Aylin Demirtaş
Rentenservice bAV''', atts=[A('Leistungsmitteilung_22Nr5_2026.pdf', pdf([
    'Elbwarte Lebensversicherung AG', 'Mitteilung nach § 22 Nr. 5 Satz 7 EStG für das Kalenderjahr 2026', '',
    'Leistungsempfängerin: Gerda Wilkens, geb. 03.04.1961', 'Identifikationsnummer: 57 294 018 336',
    'Vertrag: PK-08-0011936', '',
    'Zeile 1 - Leistungen aus Pensionskasse, steuerfreie Beiträge (§ 3 Nr. 63 EStG): 3.711,42 EUR',
    'Beiträge zur Krankenversicherung (KVdR): 712,08 EUR', 'Beiträge zur Pflegeversicherung: 153,41 EUR', '',
    'Zeitraum: 01.04.2026 - 31.12.2026 (9 Monate)'], title='Leistungsmitteilung 2026'))])

# 122
M('NORMAL', 'de', 'internal',
  'trap: collective pay round for all staff – salary increase percentages and pension contribution, no individual',
  addr('feddersen'), 'Alle Mitarbeitenden <alle@elbwarte.example>', 'Tarifabschluss 2026: Was sich für Ihr Gehalt ändert',
  '06-12 12:00',
  '''Liebe Kolleginnen und Kollegen,

die Tarifparteien haben sich geeinigt. Für alle Tarifbeschäftigten gilt:

- ab 01.09.2026: +3,2 % auf die Tabellengehälter, mindestens 110 € monatlich
- ab 01.10.2027: weitere +2,4 %
- Auszubildende: +90 € in jedem Ausbildungsjahr
- der Arbeitgeberbeitrag zur betrieblichen Altersversorgung steigt von 25 auf 30 % der
  Entgeltumwandlung

Die Erhöhung wird automatisch mit der Septemberabrechnung umgesetzt. Wenn Sie Ihre
Entgeltumwandlung anpassen möchten, nutzen Sie bitte das Formular im Intranet.

Ihre Personalabteilung''')

# 123
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'glass breakage claim: named customer, policy number, address, amount',
  addr('wolters'), 'Ute Kowalski <ute.kowalski@mailo.example>', 'Glasbruch Ceranfeld – Ihr Hausratvertrag HR 3309 7720',
  '11-06 15:25',
  '''Hallo Frau Kowalski,

das gesprungene Ceranfeld in Ihrer Küche (Stübeheide 12, 22337 Hamburg) ist über die
Glasversicherung Ihres Hausratvertrags HR 3309 7720 mitversichert. Wir übernehmen die
Rechnung von Elektro Behn über 689,00 € komplett.

Bitte schicken Sie uns die Rechnung noch als PDF über das Kundenportal.

Viele Grüße
Nadine Wolters''')

# 124
M('NORMAL', 'en', 'insurer-to-customer',
  'trap: generic answer on German tax and health contributions on company pensions – no contract data',
  addr('mcallister'), 'Paul Whitley <paul.whitley@mailbox.example>', 'RE: How are German company pensions taxed?',
  '09-30 10:20',
  '''Dear Mr Whitley,

thanks for your general question. Without looking at a specific contract, the rules are:

- Pensions from direct insurance or a pension fund financed tax-free during working life are
  fully taxable in Germany when paid out (section 22 no. 5 Income Tax Act).
- If you live abroad, a double tax treaty usually gives the taxing right to your country of
  residence; you can apply for exemption at the tax office in Germany.
- Statutory health insurance members pay health and long-term care contributions on company
  pensions above a monthly allowance (EUR 197.75 in 2026).

For advice on your own situation, please talk to a tax adviser. If you already have a
contract with us, log in to the portal and send us your question with the contract number.

Kind regards,
Fiona McAllister''', cs='us-ascii', cte='7bit')

# 125
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
  "death of a named pensioner and the widow's pension that replaces it; details partly only in the inline-forwarded solicitor mail",
  addr('mcallister'), HARBOUR, 'Fwd: Gordon Fairley – death and widow’s pension', '09-09 14:48',
  '''Dear James,

for your pension accounting, see the solicitor's note below. Gordon's pension (EUR 1,184.50 a
month) ends with August; the September payment will be reclaimed from the bank. Mrs Ursula
Fairley is entitled to 60 %, i.e. EUR 710.70 a month from September, on top of her own small
widow's pension from her Harbour years. We will write to her directly.

Kind regards,
Fiona McAllister
International Employee Benefits

---------- Forwarded message ---------
From: Alasdair Grant <a.grant@grant-macleod-solicitors.example>
Date: Mon, 7 Sep 2026 at 16:02
Subject: Estate of the late Gordon Fairley
To: <rentenservice@elbwarte.example>

Dear Sirs,

we act for Mrs Ursula Fairley, widow of Mr Gordon Fairley (born 22 March 1954), who died on
24 August 2026 at the Royal Infirmary, Edinburgh, following a long illness with pancreatic
cancer. A certified copy of the death certificate will follow by post. Please advise what
survivor's benefits are payable under his German company pension (your ref. UK-HA-0031).

Yours faithfully,
Alasdair Grant
Grant MacLeod Solicitors''')

# 126
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'private liability claim: named customer broke a friend’s laptop, policy number and payment; no injury',
  addr('ahlers'), 'Jamie Porter <jamie.porter@online-mail.example>', 'Liability claim H-2026-30118 – laptop',
  '10-08 16:10',
  '''Hi Mr Porter,

thanks for the photos. Your personal liability policy PH 4410 9902 covers the damage to your
friend Ms Lea Brix's laptop (coffee spilled during your visit on 2 October). We pay the
current value of EUR 640 directly to her once she sends us her bank details.

Kind regards,
Frank Ahlers
Liability Claims''')

# 127
M('NORMAL', 'de', 'insurer-to-partner',
  'trap: minutes of an industry working group on broker data standards (BiPRO) – contract and pension data fields named, no data',
  addr('reimers'), 'Arbeitskreis Vermittlerdaten <ak-vermittlerdaten@normen-forum.example>',
  'Protokoll AK Vermittlerdaten 03/2026', '04-24 13:30',
  '''Liebe Mitglieder des Arbeitskreises,

anbei die Kurzfassung unseres Treffens vom 22.04.:

1. Norm 430.4 (Transfer von Dokumenten): Alle Teilnehmer liefern Vermittlerpost ab Q3 mit
   Kategorie „bAV-Kollektiv“ (An-/Abmeldungen, Entgeltumwandlung, Rentenbeginn).
2. Felder für Gesundheitsdaten (Risikoprüfung) werden künftig nur noch verschlüsselt
   übertragen; Vorschlag der Elbwarte angenommen.
3. Testdaten: Es wird ein gemeinsamer synthetischer Bestand erstellt, keine Echtdaten.

Nächstes Treffen: 24.06., Hamburg.

Thomas Reimers''')

# 128
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  "base64 body: child accident insurance – named child's concussion, hospital days and benefit",
  addr('okafor'), 'Kate Sullivan <kate.sullivan@postbox-north.example>', 'Accident claim for Noah – hospital daily benefit',
  '06-24 09:12',
  '''Dear Ms Sullivan,

I hope Noah is feeling better. Following the discharge letter from the children's hospital
Altona, we will pay the hospital daily benefit from his child accident policy KU 1120 4478:

  insured child:   Noah Sullivan, born 14 March 2017
  diagnosis:       concussion (S06.0) after a fall from the climbing frame at school, 11 June
  hospital stay:   11-14 June 2026 (4 days x EUR 50)
  payment:         EUR 200

Because it was a school accident, please also notify the school's statutory accident
insurer; our benefit is paid in addition.

Kind regards,
Daniel Okafor''', cte='base64')

# 129
M('CONFIDENTIAL', 'de', 'insurer-to-company',
  'fleet claim of a company with the named driver (employee), plate and damage; nobody injured',
  addr('petersen'), MEYER, 'Flottenschaden K-2026-127702 – Transporter HH-MS 410', '09-17 11:45',
  '''Hallo Frau Meyer,

der Schaden vom 15.09. an Ihrem Transporter HH-MS 410 ist angelegt. Ihr Fahrer, Herr Ole
Brandt, ist laut Unfallbericht beim Rangieren auf der Baustelle Veddeler Damm gegen einen
Betonpoller gefahren. Verletzt wurde niemand, fremde Sachen wurden nicht beschädigt.

Die Reparatur läuft über die Flotten-Vollkasko (Selbstbeteiligung 1.000 €). Bitte geben
Sie den Transporter bei Ihrer Vertragswerkstatt ab; die schickt uns den Kostenvoranschlag.

Gruß
Sven Petersen''')

# 130
M('NORMAL', 'en', 'internal',
  'trap: project minutes for the employer portal (enrolments, leavers, salary sacrifice, pension payments) – no data',
  addr('oltmanns'), 'Project Employer Portal <proj-arbeitgeberportal@elbwarte.example>', 'Minutes: employer portal steering, 3 November',
  '11-03 17:40',
  '''Minutes - employer portal steering committee, 3 November 2026

Present: K. Oltmanns, J. Brodersen, F. McAllister, O. Carstens, B. Lammers

1. Release 2 (leavers online, salary sacrifice changes) went live on 19 October; 412 employers
   use it, 61 % of all changes now arrive through the portal.
2. Release 3 (pension start notifications, survivor's benefits) planned for February 2027.
3. DPO: employers must never see health data of disability claims; the portal shows only
   "premium waiver: yes/no". Agreed.
4. Test data: only synthetic employees in T2. Agreed.

Next meeting: 1 December.''', cs='us-ascii', cte='7bit')

# 131
_t131 = '''Hallo Herr Stüve,

Herr Rüdiger Hansen (DV-16-0025560) hat mit Vollendung des 65. Lebensjahres die Auszahlung
als Rente beantragt. Für Ihre Unterlagen die Eckdaten:

  Rentenbeginn:         01.12.2026
  Monatsrente brutto:   214,37 EUR
  KV/PV-Beiträge:       führen wir als Zahlstelle ab
  Meldung an Krankenkasse: erfolgt durch uns (Zahlstellenmeldeverfahren)

Sie müssen als Arbeitgeber nichts weiter tun, da es eine Direktversicherung ist.

Gruß
Jens Brodersen'''
_h131 = '''<html><body style="font-family:Calibri,sans-serif">
<p>Hallo Herr Stüve,</p>
<p>Herr <b>Rüdiger Hansen</b> (DV-16-0025560) hat mit Vollendung des 65. Lebensjahres die Auszahlung als Rente beantragt. Für Ihre Unterlagen die Eckdaten:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Rentenbeginn</td><td>01.12.2026</td></tr>
<tr><td>Monatsrente brutto</td><td>214,37 EUR</td></tr>
<tr><td>KV/PV-Beiträge</td><td>führen wir als Zahlstelle ab</td></tr>
<tr><td>Meldung an Krankenkasse</td><td>erfolgt durch uns (Zahlstellenmeldeverfahren)</td></tr>
</table>
<p>Sie müssen als Arbeitgeber nichts weiter tun, da es eine Direktversicherung ist.</p>
<p>Gruß<br>Jens Brodersen</p></body></html>'''
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
  'pension start of a named employee with contract number and monthly pension, text and HTML table',
  addr('brodersen'), KRANWERK, 'Rentenbeginn Herr Hansen zum 01.12.2026', '11-10 10:05', _t131, html=_h131,
  cs='iso-8859-1', html_cs='iso-8859-1')

# 132
M('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
  "motor policy for an expat: named customer's birth date, foreign licence and plate",
  addr('sommer'), 'Aisha Malik <aisha.malik@mailbox.example>', 'Ihre Kfz-Versicherung / your car insurance – KF 9104 2231',
  '01-23 13:13',
  '''Hallo Frau Malik,

Ihr Vertrag KF 9104 2231 für den Mini Cooper HH-AM 915 ist angelegt. Since you asked for
English: we have recorded your details as follows - please check:

  date of birth:       02/10/1991
  driving licence:     UK, issued 2010 (exchange to a German licence required within 6 months)
  no-claims class:     SF 5 (based on the letter from your UK insurer)
  annual premium:      EUR 698.20

Viele Grüße / kind regards
Ricarda Sommer''')

# 133
M('NORMAL', 'de', 'newsletter',
  'trap: customer satisfaction survey invitation mentioning claims, pensions and health benefits generically',
  'Elbwarte Kundenservice <kundenservice@elbwarte.example>', 'umfrage-empfaenger@elbwarte.example',
  'Wie zufrieden sind Sie mit uns? 3 Minuten für Ihre Meinung', '10-20 08:00',
  '''Liebe Kundin, lieber Kunde,

ob Schadenmeldung, Rentenzahlung oder Arztrechnung – wir möchten wissen, wie Sie unseren
Service erleben. Die Umfrage dauert etwa drei Minuten und ist anonym:

https://umfrage.elbwarte.example/2026

Unter allen Teilnehmenden verlosen wir 20 Gutscheine für den Hamburger Tierpark.

Herzliche Grüße
Ihr Elbwarte-Kundenservice

Sie erhalten diese E-Mail, weil Sie der Kontaktaufnahme zu Befragungszwecken zugestimmt haben.
Abmelden: https://www.elbwarte.example/newsletter/abmelden''', cs='windows-1252',
  hdrs={'Precedence': 'bulk'})

# 134
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'expat dental claim: named insured, root canal treatment with diagnosis code, dentist invoice and reimbursement',
  addr('aksoy'), 'Tobias Rehm <tobias.rehm@postbox-north.example>', 'Your dental claim – Singapore invoice of 2 July',
  '07-16 08:50',
  '''Dear Mr Rehm,

we have processed the invoice from Marina Dental Clinic, Singapore (2 July 2026):

  tooth 36: pulpitis (K04.0), root canal treatment in 3 sessions     SGD 1,850
  ceramic crown tooth 36                                             SGD 1,400
  panoramic X-ray                                                     SGD   120

Your International Health Plan (EXP-GL-004471) reimburses 100 % of the root canal treatment
and X-ray and 80 % of the crown. Total reimbursement: SGD 3,090 = EUR 2,138.70 (rate of
2 July), paid to your German account.

Kind regards,
Selin Aksoy
Expat Health Service''')

# 135
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'phone insurance claim: named customer, IMEI, repair cost and deductible',
  addr('sommer'), 'Zoe Hartley <zoe.hartley@webpost.example>', 'Broken display – gadget claim E-26-07718',
  '08-28 12:34',
  '''Hi Ms Hartley,

we have approved the display repair for your smartphone (IMEI 35 882110 447120 3) under your
gadget insurance EL 7712 0091. The authorised repair shop Handyklinik Eimsbüttel will invoice
us directly; you pay only the deductible of EUR 50 at pick-up.

Kind regards,
Ricarda Sommer''')

# 136
M('NORMAL', 'de', 'insurer-to-supplier',
  'trap: maintenance request to the payment-software vendor for the pension payment run and SEPA files – no data',
  addr('carstens'), 'Support <support@zahlwerk-software.example>', 'Wartungsfenster ZahlWerk 7.4 – Rentenzahllauf November',
  '11-05 14:15',
  '''Hallo ZahlWerk-Support,

wir möchten das Update auf ZahlWerk 7.4 (SEPA-Schema 2026, neue Rückgabegründe) vor dem
Rentenzahllauf am 26.11. einspielen. Vorschlag: Freitag, 13.11., 18:00–21:00 Uhr.

Bitte testen Sie vorher wieder nur mit den synthetischen Zahlungsdateien aus T2 – auf
Produktivdaten (Renten, IBANs der Rentner) haben Sie im Wartungsfenster keinen Zugriff,
die Fernwartung läuft nur auf den Applikationsserver.

Gruß
Ole Carstens''')

# 137
M('STRICTLY_CONFIDENTIAL', 'de', 'internal',
  'attachment-only: reintegration (BEM) invitation to a named staff member after long sick leave (DOCX)',
  addr('feddersen'), 'Jana Lüders <jana.lueders@elbwarte.example>', 'Einladung Gespräch', '09-22 10:30',
  '''Liebe Frau Lüders,

anbei die Einladung zu einem Gespräch – bitte in Ruhe lesen. Ich freue mich, wenn Sie
sich melden.

Viele Grüße
Claudia Feddersen''', atts=[A('Einladung_BEM_Lueders.docx', docx([
    'Einladung zum Betrieblichen Eingliederungsmanagement (§ 167 Abs. 2 SGB IX)',
    'Frau Jana Lüders, Personalnummer 20-1187',
    'Sie waren in den letzten zwölf Monaten länger als sechs Wochen arbeitsunfähig (insgesamt 58 Arbeitstage, '
    'zuletzt 03.08.–18.09.2026). Wir möchten mit Ihnen gemeinsam besprechen, wie wir Sie unterstützen können.',
    'Die Teilnahme ist freiwillig. Angaben zu Diagnosen müssen Sie nicht machen.',
    'Vorschlag: 06.10.2026, 10:00 Uhr, Raum 2.14, mit Betriebsrat (Herr Sievers) und Betriebsarzt (Dr. Kessler).',
    'Claudia Feddersen, Personalabteilung'], title='Einladung BEM', creator='C. Feddersen'))])

# 138
M('CONFIDENTIAL', 'en', 'internal',
  'attachment-only: bonus payouts per named sales employee (income) in an ODS',
  addr('feddersen'), 'Payroll <payroll@elbwarte.example>', 'Sales bonus 2026 H1 – for the July payroll', '07-06 15:15',
  '''Hi payroll,

attached are the H1 bonus amounts for the corporate pensions sales team, approved by the
board member. Please pay them with the July salary.

Thanks,
Claudia''', atts=[A('bonus_H1_2026_corporate_pensions.ods', ods([('Bonus H1', [
    ['Personnel no.', 'Name', 'Target achievement', 'Bonus EUR gross'],
    ['20-0412', 'Malte Riekhof', 1.18, 7080],
    ['20-0877', 'Johanna Wulf', 0.94, 4230],
    ['20-1033', 'Björn Asmussen', 1.02, 5100]])]))])

# 139
M('NORMAL', 'en', 'insurer-to-broker',
  'trap: general commission terms for group pension business – no broker-specific or customer data',
  addr('reimers'), 'Marta Kowalczyk <m.kowalczyk@balticrisk.example>', 'RE: Commission structure for group pensions',
  '05-15 11:45',
  '''Hi Marta,

in general (our standard terms for 2026, not your individual agreement):

- acquisition commission: 2.5 % of the contribution sum over max. 35 years,
  spread over 5 years for salary-sacrifice contracts
- servicing commission: 1.0 % of current contributions
- clawback period: 5 years, pro rata
- no commission on pensions in payment or transfers from other insurers

Your individual agreement is in the broker portal under "Contracts".

Best,
Thomas Reimers
Broker Relations''', cs='us-ascii', cte='7bit')

# 140
M('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
  'enrolment letter to a named employee: pension contract, salary conversion, employer subsidy, beneficiary',
  addr('brodersen'), 'Deniz Kaya <deniz.kaya@mailo.example>', 'Willkommen in Ihrer betrieblichen Altersversorgung',
  '10-06 11:02',
  '''Hallo Frau Kaya,

Ihr Arbeitgeber Meyer & Söhne Bau hat Sie zur Direktversicherung angemeldet. Die Eckdaten
Ihres Vertrags DV-26-0047730:

  Beginn:                       01.10.2026
  Entgeltumwandlung:            150,00 € monatlich
  Arbeitgeberzuschuss (15 %):    22,50 € monatlich
  garantierte Rente ab 67:      118,40 € monatlich
  Bezugsrecht im Todesfall:     Ehepartner, sonst Kinder (Standard)

Sie möchten ein anderes Bezugsrecht, z. B. für Ihren Lebenspartner? Dann schicken Sie uns
bitte das Formular aus dem Kundenportal. Den Versicherungsschein erhalten Sie per Post.

Viele Grüße
Jens Brodersen
bAV Firmenkundenservice''')

# 141
M('NORMAL', 'de', 'insurer-to-company',
  'trap: invitation to the employer forum with agenda on salary conversion, leavers and pension payments',
  addr('riekhof'), 'Arbeitgeberforum <arbeitgeberforum@elbwarte.example>', 'Einladung Arbeitgeberforum bAV am 17. September',
  '08-03 09:30',
  '''Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Arbeitgeberforum ein:

  17.09.2026, 14:00–18:00 Uhr, Elbwarte Speicherstadt, 6. OG
  - BRSG II in der Praxis: Opting-out und Arbeitgeberzuschüsse
  - Austritte, Elternzeit, Krankengeld: was Ihr Lohnbüro melden muss
  - Zahlstellenverfahren bei Betriebsrenten
  - Get-together mit Fischbrötchen

Anmeldung mit der angehängten Einladung oder unter https://events.elbwarte.example/forum2026

Mit freundlichen Grüßen
Malte Riekhof''', atts=[A('Arbeitgeberforum_2026.ics', ics('ag-forum-2026@elbwarte.example', '20260917T140000',
                                                          '20260917T180000', 'Elbwarte Arbeitgeberforum bAV 2026',
                                                          'Elbwarte, Speicherstadtufer 40, 6. OG',
                                                          'BRSG II, Austritte, Zahlstellenverfahren', email_of('riekhof')))],
  hdrs={'Precedence': 'bulk'})

# 142
M('CONFIDENTIAL', 'de', 'insurer-to-authority',
  "police inquiry answered: named policyholder and plate of a vehicle in a hit-and-run investigation (property damage only)",
  addr('petersen'), 'Polizeikommissariat 31 <pk31@polizei-hafenstadt.example>', 'Ihre Anfrage vom 02.11. – Az. 3126/26/VU – Halterdaten',
  '11-04 10:50',
  '''Sehr geehrte Damen und Herren,

zu Ihrer Anfrage im Ermittlungsverfahren wegen unerlaubten Entfernens vom Unfallort
(Sachschaden, Az. 3126/26/VU) teilen wir mit, dass das Fahrzeug HH-KT 8812 bei uns
haftpflichtversichert ist:

  Versicherungsnehmer: Klaus Thiessen, Barmbeker Straße 150, 22299 Hamburg
  Vertrag: KF 4420 1197, Beginn 01.04.2019

Weitere Auskünfte nur auf schriftliches Ersuchen der Staatsanwaltschaft.

Mit freundlichen Grüßen
Sven Petersen''')

# 143
_h143 = '''<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Travel Tips for the holidays</h2>
<p>Going somewhere warm? Check which <b>vaccinations</b> your destination recommends (hepatitis A, typhoid, yellow fever) at least six weeks before departure.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Destination</th><th>Typical recommendation</th></tr>
<tr><td>Thailand</td><td>Hepatitis A, typhoid; dengue protection</td></tr>
<tr><td>Kenya</td><td>Yellow fever, malaria prophylaxis</td></tr>
<tr><td>Canary Islands</td><td>standard vaccinations only</td></tr></table>
<p>Taking regular medication? Carry a doctor's certificate in English and keep pills in your hand luggage.</p>
<p>Our 24/7 emergency line abroad: +49 40 5550-5299.</p>
<p style="font-size:11px">Unsubscribe: <a href="https://www.elbwarte.example/newsletter/abmelden">www.elbwarte.example/newsletter/abmelden</a></p>
</body></html>'''
M('NORMAL', 'en', 'newsletter',
  'trap: travel-health newsletter (vaccinations, malaria, medication) in an HTML-only body with a table – no person',
  'Elbwarte Travel <travel@elbwarte.example>', 'travel-newsletter@elbwarte.example', 'Travel tips: vaccinations and medication abroad',
  '11-26 07:00', html=_h143, html_only=True, html_cte='base64', hdrs={'Precedence': 'bulk'})

# 144
M('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
  'welcome letter to a named employee: pension certificate number, salary sacrifice, projected pension, beneficiary',
  addr('mcallister'), 'Nils Hartmann <nils.hartmann@mailo.example>', 'Welcome to your Brightwave company pension',
  '04-10 10:10',
  '''Dear Mr Hartmann,

welcome to the Brightwave company pension scheme! Your direct insurance is now in force:

  certificate:                DV-26-0046120
  start:                      1 April 2026
  salary sacrifice:           EUR 250.00 per month (+ EUR 37.50 employer top-up)
  one-off payment (bonus):    EUR 3,000.00 in April
  guaranteed pension at 67:   EUR 412.90 per month
  beneficiary on death:       spouse or registered partner, otherwise children

Your full policy documents are in your personal area of our portal; the paper version comes
by post. You can change your salary sacrifice once a year through your HR team.

Kind regards,
Fiona McAllister
International Employee Benefits, Elbwarte Lebensversicherung AG''')

# 145
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'legal advice cover in inheritance law: named customer, policy number and estate value (no health)',
  addr('hollerbach'), 'Ben Carter <ben.carter@online-mail.example>', 'Your legal advice request – inheritance',
  '03-25 14:22',
  '''Dear Mr Carter,

your legal expenses policy RS 44 210 773 includes an initial legal consultation in family and
inheritance law. We therefore cover one consultation with a lawyer of your choice regarding
your late mother's estate (flat in Hamburg-Eilbek and savings, about EUR 310,000), up to
EUR 250 including VAT.

Please send us the lawyer's invoice after the consultation.

Kind regards,
Miriam Hollerbach''')

# 146
_fw146 = inner_mail('Druckhaus Wellenreiter <versand@wellenreiter-druck.example>', 'kai.behrens@elbwarte.example',
                    'Versandbestätigung Auftrag 26-0114 Standmitteilungen bAV', '02-13 15:40',
                    '''Sehr geehrter Herr Behrens,

Auftrag 26-0114 ist abgeschlossen:
  gedruckt und kuvertiert:   48.177 Sendungen
  davon englische Beilage:    3.902
  Einlieferung Dialogpost:    13.02.2026, 14:10 Uhr, BZ 20

Die Druckdaten wurden gemäß AV-Vertrag heute gelöscht, das Löschprotokoll folgt.

Mit freundlichen Grüßen
Druckhaus Wellenreiter GmbH, Versandabteilung''', cs='iso-8859-1')
M('NORMAL', 'de', 'internal',
  'trap: quick internal note (with typos) plus the forwarded printer confirmation (.eml) that the pension statements were mailed – counts only',
  addr('oltmanns'), 'bAV Kollektiv <bav-kollektiv@elbwarte.example>', 'Standmitteilungen sind raus', '02-13 17:58',
  '''Hallo ihr,

kurz zur info: die Druckerei hat heute die letzten Standmitteilungen verschickt (bestätigung
von Kai hängt an), 23 Rückläufer wg. Adressfehlern gibts schon (die komen nächste woche als
Liste über das Austauschverzeichnis, NICHT per mail).

Erfahrungsgemäß rufen ab Montag die Leute an wg. "warum ist meine Rente weniger als
letztes Jahr" - Textbaustein BAV-031 ist aktualisiert.

Schönes Wochenende!
K.''', cte='8bit', atts=[A('Versandbestaetigung_26-0114.eml', _fw146)])

# 147
M('CONFIDENTIAL', 'de', 'insurer-to-customer',
  'motor policy change: adding the named son as driver with birth date and licence date, new premium',
  addr('sommer'), 'Malte Oelke <malte.oelke@webpost.example>', 'Fahrerkreis erweitert – Ihr Sohn Paul', '05-08 10:40',
  '''Hallo Herr Oelke,

wie gewünscht haben wir Ihren Sohn in den Fahrerkreis Ihres Vertrags KF 1881 2046
(HH-MO 4471) aufgenommen:

  Paul Oelke, geb. 12.01.2008, Führerschein Klasse B seit 15.04.2026 (begleitetes Fahren
  bis zum 18. Geburtstag abgeschlossen)

Wegen des jungen Fahrers erhöht sich der Jahresbeitrag ab 08.05.2026 um 342,00 € auf
1.126,20 €. Die anteilige Differenz buchen wir mit der nächsten Rate ab.

Gute Fahrt!
Ricarda Sommer''')

# 148
M('CONFIDENTIAL', 'en', 'insurer-to-customer',
  'cancellation of a travel policy with refund to a named customer’s IBAN',
  addr('baumgart'), 'Luca Moreno <luca.moreno@mailbox.example>', 'Your annual travel policy RR 2093 4471 – cancellation confirmed',
  '12-01 09:15',
  '''Dear Mr Moreno,

as requested, your annual travel cancellation policy RR 2093 4471 ends on 31 December 2026.
As you paid the 2027 premium in advance, we refund EUR 119.00 to ''' + grp(IB['moreno']) + '''.

We were glad to help with the Mallorca cancellation this year and wish you all the best.

Kind regards,
Leonie Baumgart''')

# 149
M('NORMAL', 'mixed', 'internal',
  'trap: internal thread on portal tests with dummy accounts, one-time passwords and fake IBANs – no real data',
  addr('carstens'), ['Fiona McAllister <fiona.mcallister@elbwarte.example>', 'Jens Brodersen <jens.brodersen@elbwarte.example>'],
  'AW: SecureMail test accounts for the employer portal', '10-16 11:58',
  '''Hi Fiona, hallo Jens,

die Testkonten sind angelegt: arbeitgeber-test01 bis -05@test.elbwarte.example. The one-time
passwords are in the test vault, not in this mail. Alle Testmitarbeitenden heißen
"Testperson 1-40", Geburtsdaten 01.01.1970 ff., IBANs sind die Beispiel-IBAN aus der
SEPA-Doku (''' + EXAMPLE_IBAN + ''').

Please do not upload real payroll files, not even "just once for the demo".

Gruß / cheers
Ole

''' + gt_quote('Fiona McAllister wrote on 16/10/2026 10:21:', '''Ole, could we get five employer test accounts for
the demo with Brightwave next week? English UI please.
Fiona'''))

# 150
M('NORMAL', 'de', 'internal',
  'trap: blood donation drive in the building – blood groups, health questionnaire, doctor; no person',
  addr('feddersen'), 'Alle Mitarbeitenden <alle@elbwarte.example>', 'Blutspende im Haus am 3. Dezember',
  '11-19 11:11',
  '''Liebe Kolleginnen und Kollegen,

am 03.12. kommt der Blutspendedienst Nord zu uns (9–15 Uhr, Konferenzbereich 6. OG).
Gesucht werden alle Blutgruppen, besonders 0 negativ.

Vor Ort füllen Sie einen Gesundheitsfragebogen aus und sprechen kurz mit der Ärztin des
Blutspendedienstes – diese Angaben bleiben beim Spendedienst, wir erfahren davon nichts.
Bitte Personalausweis mitbringen und vorher gut frühstücken.

Die Spendezeit gilt als Arbeitszeit. Danke an alle, die mitmachen!

Claudia Feddersen
Betriebliches Gesundheitsmanagement''')


# ================================================================ output and check
COUNTS = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
CHARSETS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}
IBAN_LEN = {'DE': 22, 'AT': 20, 'ES': 24, 'NL': 18, 'FR': 27, 'IT': 27, 'CH': 21, 'GB': 22, 'PL': 28, 'DK': 18}


def render():
    files = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for i, m in enumerate(MAILS, 1):
        name = '%s%04d.eml' % (PREFIX, i)
        files[name] = build(i, m)
        for f in ('reason', 'kind'):
            assert '\t' not in m[f] and '\n' not in m[f], (name, f)
        rows.append('\t'.join([name, m['label'], m['lang'], m['kind'], m['reason']]))
    return files, ('\n'.join(rows) + '\n').encode('utf-8')


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, data):
        self.out.append(data)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return ' '.join(p.out)


def _xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(t for t in root.itertext() if t.strip())


def open_attachment(fn, data, ctype, stats, depth=0):
    """Open an attachment by type, return its text; raise on anything broken."""
    ext = fn.rsplit('.', 1)[-1].lower() if '.' in fn else ''
    key = ext or ctype
    stats['att'][key] = stats['att'].get(key, 0) + 1
    if ext == 'pdf':
        t = pdf_text(data)
        assert t.strip(), 'empty PDF text layer in %s' % fn
        return t
    if ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, 'corrupt zip %s' % fn
        names = z.namelist()
        if ext == 'docx':
            assert '[Content_Types].xml' in names
            for nm in names:
                if nm.endswith('.xml') or nm.endswith('.rels'):
                    ET.fromstring(z.read(nm))
            return _xml_text(z.read('word/document.xml'))
        if ext == 'xlsx':
            ET.fromstring(z.read('xl/workbook.xml'))
            ET.fromstring(z.read('[Content_Types].xml'))
            return ' '.join(_xml_text(z.read(nm)) for nm in names if nm.startswith('xl/worksheets/'))
        if ext in ('odt', 'ods'):
            assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
            ET.fromstring(z.read('META-INF/manifest.xml'))
            return _xml_text(z.read('content.xml'))
        out = []
        saved, stats['_cs'] = stats.get('_cs'), None
        for nm in names:
            if nm.endswith('/'):
                continue
            out.append(open_attachment(nm, z.read(nm), '', stats, depth + 1))
        stats['_cs'] = saved
        return '\n'.join(out)
    if ext == 'csv':
        cs = stats.get('_cs')
        if cs:
            txt = data.decode(cs)
        else:   # ZIP members carry no charset: UTF-8, else Windows-1252
            try:
                txt = data.decode('utf-8')
            except UnicodeDecodeError:
                txt = data.decode('windows-1252')
        rows = list(csv.reader(io.StringIO(txt), delimiter=';' if ';' in txt.split('\n')[0] else ','))
        assert len(rows) >= 2, 'csv too short'
        return txt
    if ext == 'ics':
        txt = data.decode('utf-8')
        assert txt.startswith('BEGIN:VCALENDAR\r\n') and txt.rstrip().endswith('END:VCALENDAR')
        assert 'BEGIN:VEVENT' in txt
        return txt.replace('\r\n ', '')
    if ext in ('html', 'htm'):
        return html_text(data.decode(stats.get('_cs') or 'utf-8'))
    if ext == 'txt':
        return data.decode(stats.get('_cs') or 'utf-8')
    if ext == 'eml':
        sub = BytesParser(policy=policy.default).parsebytes(data)
        return '\n'.join(check_message(sub, stats, depth + 1))
    raise AssertionError('unknown attachment type %s (%s)' % (fn, ctype))


def check_message(msg, stats, depth=0):
    """Walk a parsed message, assert no defects, decode all text; return list of texts."""
    texts = []
    for name, val in msg.items():
        assert not getattr(val, 'defects', None), ('header defect', name, val.defects)
        texts.append(str(val))
    parts = [msg]
    while parts:
        p = parts.pop(0)
        assert not p.defects, ('MIME defect', p.defects)
        ct = p.get_content_type()
        if p.is_multipart():
            if ct == 'message/rfc822':
                inner = p.get_payload(0)
                stats['att']['eml'] = stats['att'].get('eml', 0) + 1
                texts += check_message(inner, stats, depth + 1)
            else:
                parts = list(p.iter_parts()) + parts
            continue
        fn = p.get_filename()
        cs = p.get_content_charset()
        raw = p.get_payload(decode=True)
        if fn or p.get_content_disposition() == 'attachment':
            stats['_cs'] = cs
            texts.append(open_attachment(fn or 'noname', raw, ct, stats, depth))
            stats['_cs'] = None
            continue
        assert p.get_content_maintype() == 'text', ('inline non-text part', ct)
        assert cs in CHARSETS, ('charset', cs)
        txt = raw.decode(cs)
        if depth == 0:
            stats['cs'][cs] = stats['cs'].get(cs, 0) + 1
            cte = p.get('Content-Transfer-Encoding', '7bit').lower()
            stats['cte'][cte] = stats['cte'].get(cte, 0) + 1
        texts.append(html_text(txt) if ct == 'text/html' else txt)
    return texts


HOST_RE = re.compile(r'(?:https?://|www\.)([A-Za-z0-9.-]+)|[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
IBAN_RE = re.compile(r'\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b')


def check(files, labels_bytes, full=True):
    stats = {'att': {}, 'cs': {}, 'cte': {}, 'top': {}, '_cs': None}
    mids, ibans = set(), 0
    assert len(files) == len(MAILS) and (len(files) == 150 or not full)
    for i, (name, b) in enumerate(sorted(files.items()), 1):
        m = MAILS[i - 1]
        assert name == '%s%04d.eml' % (PREFIX, i)
        assert b'\n' not in b.replace(b'\r\n', b''), 'bare LF in %s' % name
        assert b'\r' not in b.replace(b'\r\n', b''), 'bare CR in %s' % name
        msg = BytesParser(policy=policy.default).parsebytes(b)
        mid = msg['Message-ID']
        assert mid and mid not in mids, 'duplicate Message-ID %s' % name
        mids.add(mid)
        assert msg['Date'].datetime.year == 2026
        frm = getaddresses([str(msg['From'])])
        assert len(frm) == 1 and frm[0][1].endswith('@' + DOM), 'not sent from the insurer: %s' % name
        for h in ('From', 'To', 'Cc', 'Reply-To'):
            for _, a in getaddresses([str(x) for x in msg.get_all(h, [])]):
                assert a == '' or a.split('@')[-1].endswith('.example'), (name, h, a)
        stats['top'][msg.get_content_type()] = stats['top'].get(msg.get_content_type(), 0) + 1
        try:
            texts = check_message(msg, stats)
        except Exception as e:
            raise AssertionError('%s: %r' % (name, e))
        alltext = '\n'.join(texts)
        for mm in HOST_RE.finditer(alltext):
            host = (mm.group(1) or mm.group(2)).rstrip('.').lower()
            assert host.endswith('.example'), '%s: foreign host %s' % (name, host)
        for mm in IBAN_RE.finditer(alltext):
            cc = mm.group(1)
            cand = (mm.group(0)).replace(' ', '')
            if cc in IBAN_LEN and len(cand) == IBAN_LEN[cc]:
                assert iban_ok(cand), '%s: invalid IBAN %s' % (name, mm.group(0))
                ibans += 1
    # labels
    cnt, lang, kinds = {}, {}, {}
    for m in MAILS:
        cnt[m['label']] = cnt.get(m['label'], 0) + 1
        lang[(m['label'], m['lang'])] = lang.get((m['label'], m['lang']), 0) + 1
        kinds[(m['kind'], m['label'])] = kinds.get((m['kind'], m['label']), 0) + 1
        assert m['lang'] in ('de', 'en', 'mixed')
        if m['label'] == 'NORMAL':
            pass
    assert cnt == COUNTS or not full, cnt
    rows = list(csv.reader(io.StringIO(labels_bytes.decode('utf-8')), delimiter='\t'))
    assert rows[0] == ['file', 'label', 'lang', 'kind', 'reason'] and len(rows) == len(MAILS) + 1
    assert all(len(r) == 5 and r[4] for r in rows[1:])
    return stats, cnt, lang, kinds, ibans


def main():
    files, labels = render()
    if '--check' in sys.argv:
        ok = True
        for name, b in files.items():
            p = os.path.join(HERE, 'mails', name)
            if not os.path.exists(p) or open(p, 'rb').read() != b:
                print('DIFFERS:', name)
                ok = False
        on_disk = sorted(f for f in os.listdir(os.path.join(HERE, 'mails')))
        if on_disk != sorted(files):
            print('mails/ holds other files than the generator writes')
            ok = False
        if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != labels:
            print('DIFFERS: labels.tsv')
            ok = False
        stats, cnt, lang, kinds, ibans = check(files, labels)
        print('rebuild byte-identical:', 'yes' if ok else 'NO')
        print('mails: %d, unique Message-IDs, CRLF only, no MIME/header defects, all hosts .example' % len(files))
        print('labels:', ', '.join('%s %d' % (k, cnt[k]) for k in COUNTS))
        for lab in COUNTS:
            print('  %-22s de %3d  en %3d  mixed %2d' % (lab, lang.get((lab, 'de'), 0), lang.get((lab, 'en'), 0),
                                                      lang.get((lab, 'mixed'), 0)))
        tl = {}
        for (lab, lg), v in lang.items():
            tl[lg] = tl.get(lg, 0) + v
        print('languages:', ', '.join('%s %d' % (k, tl.get(k, 0)) for k in ('de', 'en', 'mixed')))
        print('top-level types:', ', '.join('%s %d' % kv for kv in sorted(stats['top'].items())))
        print('body charsets:', ', '.join('%s %d' % kv for kv in sorted(stats['cs'].items())))
        print('body transfer encodings:', ', '.join('%s %d' % kv for kv in sorted(stats['cte'].items())))
        print('attachments opened (incl. ZIP members, forwarded mails):',
              ', '.join('%s %d' % kv for kv in sorted(stats['att'].items())))
        print('IBANs found and checksum-valid:', ibans)
        ks = {}
        for (k, lab), v in kinds.items():
            ks.setdefault(k, {})[lab] = v
        print('kinds:')
        for k in sorted(ks, key=lambda k: -sum(ks[k].values())):
            print('  %-24s %3d  N %2d  C %2d  S %2d' % (k, sum(ks[k].values()), ks[k].get('NORMAL', 0),
                                                     ks[k].get('CONFIDENTIAL', 0), ks[k].get('STRICTLY_CONFIDENTIAL', 0)))
        if not ok:
            sys.exit(1)
        print('CHECK OK')
        return
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'mails')):
        if f.startswith(PREFIX) and f.endswith('.eml') and f not in files:
            os.remove(os.path.join(HERE, 'mails', f))
    for name, b in files.items():
        with open(os.path.join(HERE, 'mails', name), 'wb') as fh:
            fh.write(b)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(labels)
    print('wrote %d mails and labels.tsv' % len(files))


if __name__ == '__main__':
    main()
