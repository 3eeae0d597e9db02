#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the dev196 mail corpus (prefix d196-), Auenfels Versicherung AG.

Standard library only.  Deterministic: fixed dates, Message-IDs, MIME
boundaries, ZIP member times and document metadata.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp folder, compares
                                     # byte for byte and checks every mail

Every mail below is written on its own.  Shared pieces are only the staff
signatures (STAFF / sig()) and the legal footers.  All persons, companies,
numbers and addresses are fictitious; every host ends in .example.
"""

import codecs
import datetime as _dt
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import textwrap
import zipfile
import xml.etree.ElementTree as ET
from email import message_from_bytes
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email.utils import format_datetime
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd196-'
DOMAIN = 'auenfels.example'
ZIP_TIME = (2026, 2, 2, 8, 15, 0)
LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')

# ---------------------------------------------------------------------------
# Staff of Auenfels Versicherung AG (Bamberg).  Each person always signs the
# same way.
# ---------------------------------------------------------------------------

STAFF = {
    'oberlaender': ('Katrin Oberländer', 'katrin.oberlaender@auenfels.example',
                    'Katrin Oberländer\nKfz-Schaden · Sachbearbeitung\n'
                    'Auenfels Versicherung AG\nAm Auenfels 3 · 96052 Bamberg\n'
                    'Tel. +49 951 4470-2314 · Fax -2399\n'
                    'katrin.oberlaender@auenfels.example'),
    'wendeler': ('Tobias Wendeler', 'tobias.wendeler@auenfels.example',
                 'Tobias Wendeler\nPersonenschaden Kfz/Haftpflicht\n'
                 'Auenfels Versicherung AG\nTel. +49 951 4470-2340\n'
                 'tobias.wendeler@auenfels.example'),
    'mueckenhaupt': ('Florian Mückenhaupt', 'florian.mueckenhaupt@auenfels.example',
                     '--\nFlorian Mückenhaupt\nSachschaden Gebäude & Hausrat\n'
                     'Auenfels Versicherung AG | Am Auenfels 3 | 96052 Bamberg\n'
                     'T +49 951 4470-2251 | M +49 171 5550 2251'),
    'reischl': ('Dr. Anja Reischl', 'anja.reischl@auenfels.example',
                'Dr. med. Anja Reischl\nLeistungsprüfung Krankenversicherung\n'
                'Auenfels Krankenversicherung AG\nTel. +49 951 4470-3102'),
    'aydin': ('Sevgi Aydın', 'sevgi.aydin@auenfels.example',
              'Sevgi Aydın\nKundenservice\nAuenfels Versicherung AG\n'
              'Service-Telefon 0800 4470 100 (kostenfrei)\nservice@auenfels.example'),
    'zielinski': ('Marek Zielinski', 'marek.zielinski@auenfels.example',
                  'Marek Zielinski | IT Service Desk | ext. 5500\n'
                  'Auenfels Versicherung AG'),
    'hofrichter': ('Jana Hofrichter', 'jana.hofrichter@auenfels.example',
                   'Jana Hofrichter\nMaklerbetreuung Nordbayern\n'
                   'Auenfels Versicherung AG\nTel. +49 951 4470-1820\n'
                   'Mobil +49 160 5550 1820'),
    'baumgaertel': ('Hendrik Baumgärtel', 'hendrik.baumgaertel@auenfels.example',
                    'Hendrik Baumgärtel\nLeistung Leben/BU\n'
                    'Auenfels Lebensversicherung AG\nTel. +49 951 4470-3411'),
    'donnelly': ('Claire Donnelly', 'claire.donnelly@auenfels.example',
                 'Claire Donnelly\nInternational Claims Desk / Internationale Schadenabteilung\n'
                 'Auenfels Versicherung AG, Bamberg, Germany\n'
                 'T +49 951 4470-2390\nclaire.donnelly@auenfels.example'),
    'stenzel': ('Ulrike Stenzel', 'ulrike.stenzel@auenfels.example',
                'Ulrike Stenzel\nPersonalabteilung\nAuenfels Versicherung AG\n'
                'Tel. +49 951 4470-6010'),
    'rauscher': ('Benedikt Rauscher', 'benedikt.rauscher@auenfels.example',
                 'Benedikt Rauscher\nDatenschutzbeauftragter der Auenfels-Gruppe\n'
                 'datenschutz@auenfels.example · Tel. +49 951 4470-6100'),
    'kraft': ('Paulina Kraft', 'paulina.kraft@auenfels.example',
              'Paulina Kraft\nLeistung Unfallversicherung\nAuenfels Versicherung AG\n'
              'Tel. +49 951 4470-3520'),
    'hansen': ('Ole Hansen', 'ole.hansen@auenfels.example',
               'Ole Hansen\nHaftpflicht-Schaden\nAuenfels Versicherung AG\n'
               'Tel. +49 951 4470-2280'),
    'gruenwald': ('Raphael Grünwald', 'raphael.gruenwald@auenfels.example',
                  'Raphael Grünwald\nAktuariat Schaden/Unfall\n'
                  'Auenfels Versicherung AG\nTel. +49 951 4470-7020'),
    'tessmann': ('Miriam Tessmann', 'miriam.tessmann@auenfels.example',
                 'Miriam Tessmann\nUnternehmenskommunikation\n'
                 'Auenfels Versicherung AG\nTel. +49 951 4470-8000\n'
                 'presse@auenfels.example'),
    'lohmeier': ('Stefan Lohmeier', 'stefan.lohmeier@auenfels.example',
                 'Stefan Lohmeier\nFacility Management\nTel. -6600 / Mobil 0171 5550 6600'),
    'erbacher': ('Nadine Erbacher', 'nadine.erbacher@auenfels.example',
                 'Nadine Erbacher\nRegress & Teilungsabkommen\n'
                 'Auenfels Versicherung AG\nTel. +49 951 4470-2420'),
    'demirtas': ('Yusuf Demirtaş', 'yusuf.demirtas@auenfels.example',
                 'Yusuf Demirtaş\nSpezialermittlung / SIU\n'
                 'Auenfels Versicherung AG\nTel. +49 951 4470-2480'),
    'vollmer': ('Greta Vollmer', 'greta.vollmer@auenfels.example',
                'Greta Vollmer\nKraftfahrt Vertrag\nAuenfels Versicherung AG\n'
                'Tel. +49 951 4470-1410'),
    'raman': ('Priya Raman', 'priya.raman@auenfels.example',
              'Priya Raman\nGroup Reinsurance\nAuenfels Versicherung AG\n'
              'T +49 951 4470-7100'),
    'amon': ('Dr. Felix Amon', 'felix.amon@auenfels.example',
             'Dr. Felix Amon\nRechtsschutz-Schaden\nAuenfels Versicherung AG\n'
             'Tel. +49 951 4470-2460'),
    'wunderlich': ('Doris Wunderlich', 'doris.wunderlich@auenfels.example',
                   'Doris Wunderlich\nLeistungsabteilung Kranken, Team 2\n'
                   'Auenfels Krankenversicherung AG\nTel. +49 951 4470-3140'),
    'seubert': ('Matthias Seubert', 'matthias.seubert@auenfels.example',
                'Matthias Seubert\nSchadenaußendienst Sach/Kfz\n'
                'Auenfels Versicherung AG\nMobil +49 171 5550 2266'),
}

FOOTER_DE = (
    '________________________________\n'
    'Auenfels Versicherung AG · Sitz Bamberg · Amtsgericht Bamberg HRB 19482\n'
    'Vorstand: Dr. Cornelia Weißgerber (Vors.), Arndt Pfister, Selin Özkan\n'
    'Vorsitzender des Aufsichtsrats: Prof. Dr. Heribert Lanzinger\n'
    'Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der\n'
    'richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie\n'
    'diese E-Mail.')

FOOTER_EN = (
    '________________________________\n'
    'Auenfels Versicherung AG, registered office Bamberg, Germany,\n'
    'Local Court Bamberg HRB 19482. Management board: Dr. Cornelia Weißgerber\n'
    '(chair), Arndt Pfister, Selin Özkan. Chair of the supervisory board:\n'
    'Prof. Dr. Heribert Lanzinger.\n'
    'This e-mail may contain confidential information. If you are not the\n'
    'intended recipient, please notify the sender and delete this e-mail.')


def who(key):
    """'Name <address>' of a staff member."""
    name, addr, _ = STAFF[key]
    return '%s <%s>' % (name, addr)


def sig(key):
    return STAFF[key][2]


# ---------------------------------------------------------------------------
# Dates, ids, boundaries
# ---------------------------------------------------------------------------

def _tz_for(d):
    # CET/CEST for 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC
    if _dt.datetime(2026, 3, 29, 2) <= d < _dt.datetime(2026, 10, 25, 3):
        return _dt.timezone(_dt.timedelta(hours=2))
    return _dt.timezone(_dt.timedelta(hours=1))


def date(s):
    """'2026-03-04 09:12' -> RFC 5322 date string with the German offset."""
    d = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    d = d.replace(second=int(hashlib.md5(s.encode()).hexdigest()[:2], 16) % 60)
    return format_datetime(d.replace(tzinfo=_tz_for(d)))


CURRENT = {'n': 0}


def _h(*parts):
    return hashlib.sha1('|'.join(str(p) for p in parts).encode()).hexdigest()


def msgid(tag='', host='mail.auenfels.example'):
    h = _h('mid', CURRENT['n'], tag)
    return '<%s.%s@%s>' % (h[:14].upper(), h[14:22], host)


def old_id(label, host):
    """Message-ID of an earlier mail in a thread (for In-Reply-To)."""
    h = _h('old', label, host)
    return '<%s@%s>' % (h[:20], host)


# ---------------------------------------------------------------------------
# Message building
# ---------------------------------------------------------------------------

def M(frm, to, subject, when, body, *, cc=None, bcc=None, reply_to=None,
      in_reply_to=None, references=None, charset='utf-8',
      cte='quoted-printable', flowed=False, html=None, html_only=False,
      attachments=(), agent='Microsoft Outlook 16.0', headers=(),
      importance=None):
    """Build one message.  attachments: list of (filename, content, mime)
    where content is bytes, str (text part) or an EmailMessage (rfc822)."""
    m = EmailMessage(policy=DEFAULT_POLICY)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if bcc:
        m['Bcc'] = bcc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = date(when)
    m['Message-ID'] = msgid()
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
        m['References'] = references or in_reply_to
    if importance:
        m['Importance'] = importance
    for k, v in headers:
        m[k] = v
    if agent:
        if agent.startswith('Mozilla') or agent.startswith('Thunderbird'):
            m['User-Agent'] = agent
        else:
            m['X-Mailer'] = agent
    m['MIME-Version'] = '1.0'
    params = {'format': 'flowed'} if flowed else None
    if html_only:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(body, subtype='plain', charset=charset, cte=cte,
                      params=params)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset,
                              cte='quoted-printable')
    for fname, content, mime in attachments:
        maintype, subtype = mime.split('/', 1)
        if isinstance(content, EmailMessage):
            m.add_attachment(content, filename=fname)
        elif isinstance(content, str):
            cs = 'utf-8'
            if ';' in subtype:
                subtype, rest = subtype.split(';', 1)
                cs = rest.split('=', 1)[1].strip()
            extra = {}
            if subtype == 'calendar':
                extra['params'] = {'method': 'REQUEST'}
            m.add_attachment(content, subtype=subtype, charset=cs,
                             cte='base64', filename=fname, **extra)
        else:
            m.add_attachment(content, maintype=maintype, subtype=subtype,
                             filename=fname)
    return m


def fwd(frm, to, subject, when, body, **kw):
    """An earlier message, to be attached as message/rfc822 (not counted)."""
    kw.setdefault('agent', None)
    saved = CURRENT['n']
    CURRENT['n'] = 'inner-%s-%s' % (saved, when)
    try:
        return M(frm, to, subject, when, body, **kw)
    finally:
        CURRENT['n'] = saved


def _fix_boundaries(m, n, path='0', is_root=True):
    if not is_root:
        del m['MIME-Version']
    if m.get_content_maintype() == 'multipart':
        m.set_boundary('----=_AVF_%s_%s' % (_h('b', n, path)[:16], path.count('.')))
        for i, p in enumerate(m.get_payload()):
            _fix_boundaries(p, n, '%s.%d' % (path, i), False)
    elif m.get_content_type() == 'message/rfc822':
        for j, inner in enumerate(m.get_payload()):
            _fix_boundaries(inner, n, '%sr%d' % (path, j), True)


def serialize(m, n):
    _fix_boundaries(m, n)
    buf = io.BytesIO()
    BytesGenerator(buf, policy=SMTP.clone(max_line_length=78)).flatten(m)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Attachments, written by hand (standard library only)
# ---------------------------------------------------------------------------

def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = (zipfile.ZIP_STORED if name == stored_first
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_bytes(members):
    """A plain ZIP archive: members = [(name, bytes)]."""
    return _zip(members)


def _x(s):
    return _xesc(str(s), {'"': '&quot;'})


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, creator='Auenfels Versicherung AG'):
    """sheets = [(name, rows)]; a cell is str, int or float; None = empty."""
    ws_parts = []
    for si, (name, rows) in enumerate(sheets, 1):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<sheetData>']
        for ri, row in enumerate(rows, 1):
            out.append('<row r="%d">' % ri)
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                               % (ref, _x(v)))
            out.append('</row>')
        out.append('</sheetData></worksheet>')
        ws_parts.append(''.join(out))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i
                    for i in range(1, len(sheets) + 1)) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(n), i, i)
                    for i, (n, _) in enumerate(sheets, 1)) +
          '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i)
                        for i in range(1, len(sheets) + 1)) +
              '</Relationships>')
    members = [('[Content_Types].xml', ct), ('_rels/.rels', rels),
               ('docProps/core.xml', _core(creator)),
               ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels)]
    for i, p in enumerate(ws_parts, 1):
        members.append(('xl/worksheets/sheet%d.xml' % i, p))
    return _zip(members)


def _core(creator):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-02T08:15:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-02T08:15:00Z</dcterms:modified>'
            '</cp:coreProperties>' % _x(creator))


def _wpara(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (rpr, _x(text)))


def docx(blocks, creator='Auenfels Versicherung AG'):
    """blocks: str (paragraph), ('b', str) bold paragraph, ('t', rows) table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_wpara(b))
        elif b[0] == 'b':
            body.append(_wpara(b[1], bold=True))
        elif b[0] == 't':
            body.append('<w:tbl><w:tblPr><w:tblBorders>'
                        '<w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        '</w:tblBorders></w:tblPr>')
            for row in b[1]:
                body.append('<w:tr>' + ''.join(
                    '<w:tc>%s</w:tc>' % _wpara(c) for c in row) + '</w:tr>')
            body.append('</w:tbl>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + ''.join(body) + '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                 ('docProps/core.xml', _core(creator)),
                 ('word/document.xml', doc)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office_meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'office:version="1.2"')


def _odf(mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([('mimetype', mime), ('META-INF/manifest.xml', manifest),
                 ('content.xml', content)], stored_first='mimetype')


def odt(paras):
    inner = ''.join('<text:p>%s</text:p>' % _x(p) for p in paras)
    return _odf('application/vnd.oasis.opendocument.text',
                '<office:text>%s</office:text>' % inner)


def ods(sheets):
    out = []
    for name, rows in sheets:
        out.append('<table:table table:name="%s">' % _x(name))
        for row in rows:
            out.append('<table:table-row>')
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<table:table-cell office:value-type="float" office:value="%s">'
                               '<text:p>%s</text:p></table:table-cell>' % (v, v))
                elif v is None or v == '':
                    out.append('<table:table-cell/>')
                else:
                    out.append('<table:table-cell office:value-type="string">'
                               '<text:p>%s</text:p></table:table-cell>' % _x(v))
            out.append('</table:table-row>')
        out.append('</table:table>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(out))


def _pdfstr(s):
    b = s.encode('cp1252', errors='replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(lines, title='Dokument', author='Auenfels Versicherung AG', width=92):
    """A simple PDF with a real text layer (Helvetica, WinAnsiEncoding).
    A line starting with '# ' is set in bold."""
    flat = []
    for ln in lines:
        bold = ln.startswith('# ')
        t = ln[2:] if bold else ln
        wrapped = textwrap.wrap(t, width) or ['']
        flat.extend((bold, w) for w in wrapped)
    pages = [flat[i:i + 56] for i in range(0, len(flat), 56)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title (' + _pdfstr(title) + b') /Author (' + _pdfstr(author) +
               b") /Producer (Auenfels DocGen 3.2) /CreationDate (D:20260202081500+01'00') >>")
    kids = []
    num = 6
    for pg in pages:
        cs = [b'BT', b'14 TL', b'56 786 Td']
        cur = None
        for bold, t in pg:
            f = b'/F2' if bold else b'/F1'
            if f != cur:
                cs.append(f + b' 10 Tf')
                cur = f
            cs.append(b'(' + _pdfstr(t) + b') Tj T*')
        cs.append(b'ET')
        stream = b'\n'.join(cs)
        objs[num + 1] = (b'<< /Length %d >>\nstream\n' % len(stream)) + stream + b'\nendstream'
        objs[num] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     b'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> '
                     b'/Contents %d 0 R >>' % (num + 1))
        kids.append(num)
        num += 2
    objs[2] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) +
               b'] /Count %d >>' % len(kids))
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        out.write(b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n')
    xref = out.tell()
    n = max(objs) + 1
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % n)
    for i in range(1, n):
        out.write(b'%010d 00000 n \n' % offs[i])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n'
              % (n, xref))
    return out.getvalue()


def ics(uid, start, end, summary, location, description, organizer, attendees,
        method='REQUEST'):
    """An iCalendar invitation; start/end as '20260310T093000' local Berlin time."""
    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 74:
            return line
        out, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 73:
                out.append(cur)
                cur = ' ' + ch
            else:
                cur += ch
        out.append(cur)
        return '\r\n'.join(out)

    def tx(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Auenfels Versicherung AG//Kalender//DE',
             'VERSION:2.0', 'METHOD:%s' % method, 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20260202T071500Z',
             'DTSTART;TZID=Europe/Berlin:%s' % start,
             'DTEND;TZID=Europe/Berlin:%s' % end,
             'SUMMARY:%s' % tx(summary), 'LOCATION:%s' % tx(location),
             'DESCRIPTION:%s' % tx(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for cn, addr in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, addr))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
MIME_ODT = 'application/vnd.oasis.opendocument.text'
MIME_ODS = 'application/vnd.oasis.opendocument.spreadsheet'
MIME_PDF = 'application/pdf'
MIME_ZIP = 'application/zip'

MAILS = {}


def mail(n, label, lang, kind, reason):
    assert label in LABELS and lang in ('de', 'en') and '\n' not in reason
    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco

# ===========================================================================
# MAILS
# ===========================================================================

# ---------------------------------------------------------------------------
# 0001-0025
# ---------------------------------------------------------------------------

@mail(1, 'NORMAL', 'de', 'internal',
      'trap: burst pipe in the insurer\'s own office building (Wasserschaden, Trocknung, Gutachter) - no customer, no person')
def _():
    return M(who('lohmeier'), 'Alle Mitarbeitenden 1. und 2. OG <og1-og2@auenfels.example>',
             'Rohrbruch Teeküche 2.14 – Trocknungsgeräte im 1. OG bis voraussichtlich Freitag',
             '2026-01-20 07:48',
             '''Guten Morgen zusammen,

heute Nacht ist in der Teeküche 2.14 die Zuleitung zur Spülmaschine geplatzt.
Der Wachdienst hat das Wasser gegen 4 Uhr bemerkt und den Haupthahn zugedreht,
trotzdem ist einiges durch die Decke in die Räume 1.12 bis 1.16 gelaufen.

Was das für euch heißt:

- Teeküche 2.14 ist gesperrt. Bitte die Küche im 3. OG nutzen.
- In 1.12–1.16 stehen ab ca. 9 Uhr Trocknungsgeräte der Fa. TrockenTec Franken.
  Die laufen Tag und Nacht und sind laut. Wer dort sitzt, kann sich bis Freitag
  in den Projektraum 0.08 oder ins Homeoffice ausweichen (bitte mit der
  Teamleitung absprechen).
- Bitte KEINE Akten, Kartons oder Geräte auf dem Boden abstellen. Die
  Posteingangskisten aus 1.14 haben wir schon ins Archiv gebracht, es ist nichts
  nass geworden.
- Der Sachverständige unserer eigenen Gebäudeversicherung kommt Mittwoch
  um 10 Uhr und schaut sich Decke und Estrich an. Eventuell müssen zwei
  Deckenplatten raus.

Die Leitung ist seit 6:30 Uhr geflickt, Wasser in der Küche 3. OG läuft normal.

Fragen bitte direkt an mich.

Danke für eure Geduld
Stefan

''' + sig('lohmeier'))


@mail(2, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named policyholder, motor policy and claim number, plate, third-party owner and witness named; explicitly nobody hurt')
def _():
    body = '''Sehr geehrter Herr Amsel,

vielen Dank für Ihre schnelle Meldung. Wir haben den Schaden unter der
Schadennummer KS-26-004417 zu Ihrem Kfz-Vertrag AV-K 318 552 904 angelegt.

Damit wir den Schaden der Halterin des Opel zügig regulieren können, brauchen
wir noch:

1. zwei oder drei Fotos von Ihrem Touran (Heck rechts) und, falls Sie welche
   gemacht haben, vom Opel,
2. Name und Anschrift der Halterin – Sie schreiben, Frau Dörfler hat Sie
   angerufen; eine Telefonnummer reicht uns auch, dann melden wir uns bei ihr,
3. die Kontaktdaten der Dame, die den Zettel unter den Scheibenwischer
   geklemmt hat (Frau Held?). Als Zeugin ist sie für uns wichtig, falls es
   später Streit über die Höhe des Schadens gibt.

Sie müssen die Halterin nicht selbst bezahlen und auch keine Rechnung
annehmen – bitte verweisen Sie sie einfach an uns. Ihr Schadenfreiheitsrabatt
ist erst betroffen, wenn wir tatsächlich zahlen; Sie können den Betrag dann
noch innerhalb von sechs Monaten selbst erstatten, wir schreiben Sie dazu an.

Die Fotos können Sie einfach als Antwort auf diese Mail schicken.

Mit freundlichen Grüßen

''' + sig('oberlaender') + '''

-----Ursprüngliche Nachricht-----
Von: Jörg Amsel <joerg.amsel@netzpost.example>
Gesendet: Montag, 12. Januar 2026 18:42
An: Kfz-Schaden <kfz-schaden@auenfels.example>
Betreff: Parkschaden beim Supermarkt Berliner Ring

Hallo,

ich muss einen Schaden melden. Bin heute um ca 16:15 auf dem Parkplatz vom
Supermarkt am Berliner Ring beim rausfahren (rückwärts) an einen geparkten Opel
Corsa gekommen, rotes Auto, Kennzeichen BA-RD 3318. War nur langsam, aber
Stoßstange hinten links hat jetzt ne Delle und Kratzer. Bei mir ist hinten rechts
was verkratzt. Verletzt wurde keiner, es sass auch niemand drin.

Ich hab einen Zettel hinterlassen, bevor ich gefahren bin, und eine Frau die
daneben eingeladen hat hat auch ihre Nummer dazugeschrieben (Held, 0951 555 71 20).
Die Halterin Frau Dörfler hat mich dann schon angerufen.

Mein Auto: VW Touran BA-JA 412.

Was muss ich jetzt machen?

Gruß
Jörg Amsel
'''
    return M(who('oberlaender'), 'Jörg Amsel <joerg.amsel@netzpost.example>',
             'AW: Parkschaden beim Supermarkt Berliner Ring – Ihre Schadennummer KS-26-004417',
             '2026-01-13 10:05', body,
             in_reply_to=old_id('amsel-1', 'netzpost.example'))


@mail(3, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'injured third party in a rear-end collision: neck injury, emergency room, sick leave, consent form pre-filled with her name')
def _():
    body = '''Sehr geehrte Frau Schoberth,

wir sind der Kfz-Haftpflichtversicherer des Fahrzeugs BA-TK 1907, das am
19. Januar 2026 auf der B 22 bei Memmelsdorf auf Ihren Wagen aufgefahren ist.
Es tut uns leid, dass Sie bei dem Unfall verletzt wurden.

Nach Ihrem Telefonat mit meiner Kollegin haben wir notiert:

- Behandlung noch am Unfalltag in der Notaufnahme des Klinikums
  Bamberg-Bruderwald, Diagnose laut Ihren Angaben HWS-Distorsion
  (Schleudertrauma), dazu Kopfschmerzen und Schwindel,
- Halskrawatte für einige Tage, Schmerzmittel (Ibuprofen 600),
- arbeitsunfähig geschrieben vom 19.01. bis voraussichtlich 02.02.2026,
- Weiterbehandlung bei Ihrer Hausärztin Dr. Kerstin Fries in Litzendorf,
  Physiotherapie ist verordnet.

Ihren Fahrzeugschaden reguliert meine Kollegin Frau Oberländer getrennt; dort
ist alles auf dem Weg.

Für den Personenschaden benötigen wir:

1. die unterschriebene Schweigepflichtentbindung (anbei, bereits mit Ihren
   Daten ausgefüllt – bitte prüfen),
2. Kopien der Arbeitsunfähigkeitsbescheinigungen,
3. falls vorhanden, den Entlassbrief der Notaufnahme.

Sobald die Unterlagen vorliegen, zahlen wir Ihnen einen ersten Vorschuss auf
das Schmerzensgeld. Fahrtkosten zur Physiotherapie erstatten wir ebenfalls;
bitte notieren Sie sich dazu einfach Datum und gefahrene Kilometer.

Sie können mich jederzeit direkt anrufen.

Mit freundlichen Grüßen

''' + sig('wendeler') + '\n\n' + FOOTER_DE
    form = pdf([
        '# Auenfels Versicherung AG – Schadenabteilung Personenschaden',
        'Schaden-Nr.: KP-26-000381   Unser Versicherungsnehmer: Thomas Kempf',
        '',
        '# Erklärung zur Entbindung von der ärztlichen Schweigepflicht',
        '',
        'Ich, Marlene Schoberth, geb. 27.06.1979, wohnhaft Hauptstraße 41, 96117 Memmelsdorf,',
        'entbinde die mich wegen der Folgen des Verkehrsunfalls vom 19.01.2026 behandelnden',
        'Ärztinnen, Ärzte und Einrichtungen, insbesondere',
        '  - Klinikum Bamberg-Bruderwald, Zentrale Notaufnahme',
        '  - Dr. med. Kerstin Fries, Allgemeinmedizin, Litzendorf',
        '  - Praxis für Physiotherapie Lehner, Memmelsdorf',
        'gegenüber der Auenfels Versicherung AG von der Schweigepflicht, soweit es um',
        'Befunde, Diagnosen und Behandlungen geht, die mit dem Unfall in Zusammenhang stehen.',
        '',
        'Die Erklärung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.',
        '',
        'Ort, Datum: ______________________   Unterschrift: ______________________',
    ], title='Schweigepflichtentbindung KP-26-000381')
    return M(who('wendeler'), 'Marlene Schoberth <m.schoberth@frankenmail.example>',
             'Ihr Unfall vom 19.01.2026 auf der B 22 – Unterlagen zum Personenschaden',
             '2026-01-23 14:31', body,
             attachments=[('Schweigepflichtentbindung_Schoberth.pdf', form, MIME_PDF)])


@mail(4, 'NORMAL', 'en', 'newsletter',
      'trap: fleet safety bulletin with injury-accident statistics and whiplash advice for all fleet customers - aggregates only, no person')
def _():
    html = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fleet Safety Bulletin</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1d2b36;max-width:640px">
<table width="100%" cellpadding="12" style="background:#0f4c5c;color:#ffffff">
<tr><td><b>Auenfels Fleet Safety Bulletin</b><br>Spring 2026 &middot; for fleet managers</td></tr>
</table>
<h2>What our 2025 fleet claims tell us</h2>
<p>Across the roughly 2,300 company fleets we insure, the number of accidents with
<b>personal injury</b> fell by 6&nbsp;% compared with 2024. Damage-only claims rose slightly,
mostly because of parking and manoeuvring damage.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f1f2"><th align="left">Claim type</th><th>Share of claims</th><th>Average cost</th></tr>
<tr><td>Rear-end collisions</td><td align="right">31&nbsp;%</td><td align="right">EUR 4,950</td></tr>
<tr><td>Manoeuvring / parking</td><td align="right">27&nbsp;%</td><td align="right">EUR 1,870</td></tr>
<tr><td>Junctions and turning</td><td align="right">18&nbsp;%</td><td align="right">EUR 6,420</td></tr>
<tr><td>Wildlife</td><td align="right">7&nbsp;%</td><td align="right">EUR 3,310</td></tr>
<tr><td>Claims with bodily injury (all types)</td><td align="right">9&nbsp;%</td><td align="right">EUR 14,800</td></tr>
</table>
<h3>Three things that make a difference</h3>
<ol>
<li><b>Head restraints.</b> A head restraint set too low is the most common reason why a
low-speed rear-end collision ends with a whiplash injury. The top edge should be level with
the top of the head. It takes drivers ten seconds to check.</li>
<li><b>Fatigue.</b> Accidents in the last hour of long delivery shifts are clearly over-represented.
Plan a break after two hours at the wheel.</li>
<li><b>After an accident:</b> secure the scene, call 112 if anyone is hurt, take photos, note
witnesses &ndash; and do not admit liability on the spot. Our claims line is open 24/7.</li>
</ol>
<p>Want a free 90-minute driver workshop for your team? Reply to this e-mail or call your
account manager.</p>
<p style="font-size:11px;color:#666">You receive this bulletin because your company holds a fleet
policy with Auenfels Versicherung AG. <a href="https://www.auenfels.example/newsletter/abmelden">Unsubscribe</a>.<br>
Auenfels Versicherung AG, Am Auenfels 3, 96052 Bamberg, Germany &middot; Local Court Bamberg HRB 19482</p>
</body></html>
'''
    return M('Auenfels Fleet Service <fleet-bulletin@auenfels.example>',
             'Fleet customers <fleet-bulletin-list@auenfels.example>',
             'Fleet Safety Bulletin – Spring 2026: what our claims data says about injuries',
             '2026-03-17 08:00', None, html=html, html_only=True,
             agent='Auenfels Mailer 2.4',
             headers=[('List-Unsubscribe', '<https://www.auenfels.example/newsletter/abmelden>')])


@mail(5, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'fleet claim: company policyholder with named driver, third-party owner and witness with phone, plates and policy number; nobody hurt')
def _():
    body = '''Dear Gareth,

thanks for passing this on so quickly. I have opened the claim for Harcourt
Logistics GmbH under our reference KF-26-011562 (fleet policy AV-KF 77 120 045).

What we have so far, from your note and the driver's phone call:

  Date/time   9 February 2026, approx. 07:40
  Place       yard of Brose-Ring 14, Hallstadt (their customer's site)
  Vehicle     Ford Transit Custom, BA-HL 220
  Driver      Mr Tom Beresford
  Third party BMW 320d, BA-IP 5150, owned and driven to work by
              Ms Ivana Petrović (employee of the site owner); car was parked
  Witness     Mr Dragan Ilić, forklift driver on site, mobile 0176 5550 3391
  Injuries    none – the BMW was empty, Mr Beresford was unhurt

Mr Ilić has already told our claims line that the van reversed without a
banksman and caught the BMW's front wing. On that basis we will accept
liability for Ms Petrović's damage; please let your client know so that
nobody on site starts arguing about it.

Could you send us:
- Mr Beresford's short written statement (two or three sentences are fine),
- a copy of his driving licence (front and back),
- the photos the site manager took.

Ms Petrović may contact us directly on kfz-schaden@auenfels.example or by
phone; the reference number is all she needs.

Kind regards,
Claire

''' + sig('donnelly') + '''

From: Gareth Penhallow <g.penhallow@penhallow-finch.example>
Sent: 09 February 2026 11:02
To: Claire Donnelly
Subject: Harcourt Logistics – van incident Hallstadt this morning

Claire – quick one. Harcourt's driver Tom Beresford clipped a parked car
reversing out of a customer's yard in Hallstadt this morning. Nobody hurt,
just metal. The car belongs to a lady who works there (Ivana Petrovic). A
forklift driver saw it. Can you open a claim? Details to follow.
Gareth
'''
    return M(who('donnelly'), 'Gareth Penhallow <g.penhallow@penhallow-finch.example>',
             'RE: Harcourt Logistics – van incident Hallstadt this morning [KF-26-011562]',
             '2026-02-09 15:27', body,
             in_reply_to=old_id('harcourt-1', 'penhallow-finch.example'))


@mail(6, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'injured pedestrian: hip fracture, total hip replacement, rehab, walking frame, pain and suffering offer to her lawyer')
def _():
    body = '''Sehr geehrter Herr Dr. Ruhland,

in der Unfallsache Ihrer Mandantin Frau Hannelore Greiner gegen unseren
Versicherungsnehmer Herrn Ewald Schrüfer (Unfall vom 14.11.2025 am
Fußgängerüberweg Hauptstraße/Bahnhofstraße in Forchheim, unser Zeichen
KP-25-004872) nehmen wir Bezug auf Ihr Schreiben vom 2. Februar.

Die volle Haftung unseres Versicherungsnehmers steht außer Streit.

Den übersandten Unterlagen entnehmen wir:
- mediale Schenkelhalsfraktur rechts (S72.0), am 15.11.2025 mit einer
  Hüft-Totalendoprothese versorgt, stationär bis 27.11.2025,
- Anschlussheilbehandlung vom 28.11. bis 19.12.2025 in der Rehaklinik
  Staffelberg, Bad Staffelstein,
- seither Gehen mit Rollator, ambulante Physiotherapie zweimal wöchentlich,
  laut Bericht von Dr. Oswald vom 21.01.2026 noch deutliches Hinken und
  belastungsabhängige Schmerzen; eine Prognose sei frühestens nach sechs
  Monaten möglich.

Unter Berücksichtigung des Alters Ihrer Mandantin (71), der Dauer der
Behandlung und des bisherigen Verlaufs bieten wir zur Abgeltung des
Schmerzensgeldes für die bis heute eingetretenen Folgen einen Betrag von
insgesamt 18.000 EUR an, abzüglich des bereits gezahlten Vorschusses von
5.000 EUR. Zukünftige, derzeit nicht vorhersehbare Folgen bleiben
ausdrücklich vorbehalten.

Den Haushaltsführungsschaden können wir noch nicht beziffern. Bitte teilen
Sie uns mit, welche Tätigkeiten Ihre Mandantin vor dem Unfall im Haushalt
selbst erledigt hat und seit wann ihre Tochter sie unterstützt. Die
Rechnungen des Sanitätshauses (Rollator, Toilettensitzerhöhung) erstatten wir
nach Vorlage.

Für die weitere Beurteilung bitten wir außerdem um den Entlassbericht der
Rehaklinik.

Mit freundlichen Grüßen

''' + sig('wendeler') + '\n\n' + FOOTER_DE
    return M(who('wendeler'), 'RA Dr. Sebastian Ruhland <ruhland@dressler-ruhland.example>',
             'Ihre Mandantin Hannelore Greiner ./. Schrüfer – Unser Zeichen KP-25-004872',
             '2026-02-11 11:20', body,
             cc='Kanzlei Dressler Ruhland <kanzlei@dressler-ruhland.example>')


@mail(7, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: order of first-aid kits, warning vests and fire extinguishers for the company car pool - Verbandkasten/Unfall words, no person')
def _():
    body = '''Sehr geehrter Herr Kremer,

wie telefonisch besprochen bestellen wir für unseren Fuhrpark:

  38 x  Kfz-Verbandkasten DIN 13164:2022, Art.-Nr. VK-13164-K
  40 x  Warnweste EN ISO 20471, gelb, Einheitsgröße
   6 x  Kfz-Feuerlöscher 2 kg Pulver mit Halterung (für die Transporter)
   2 x  Betriebsverbandkasten DIN 13157 (Tiefgarage und Poststelle)

Hintergrund: Bei der Fuhrparkprüfung im Januar waren bei elf Fahrzeugen die
Verbandkästen abgelaufen oder unvollständig; die alten Kästen holen Sie bitte
bei der Lieferung mit ab.

Lieferadresse: Auenfels Versicherung AG, Warenannahme Tor 2,
Am Auenfels 3, 96052 Bamberg. Anlieferung bitte Montag bis Donnerstag
zwischen 7 und 14 Uhr.

Rechnung bitte mit unserer Bestellnummer BE-2026-0147 an
rechnungseingang@auenfels.example.

Vielen Dank und freundliche Grüße

''' + sig('lohmeier') + '\n\n' + FOOTER_DE
    return M(who('lohmeier'), 'Arbeitsschutz Kremer GmbH <bestellung@kremer-arbeitsschutz.example>',
             'Bestellung BE-2026-0147 – Verbandkästen und Warnwesten Fuhrpark',
             '2026-02-03 13:12', body)


@mail(8, 'CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'expert commission: named vehicle owner with phone, plate, VIN, claim number and liability question; no injuries')
def _():
    body = '''Hallo Herr Pohlig,

anbei ein neuer Auftrag, Details im PDF. Kurz:

Skoda Octavia Combi, BA-LB 77, Halterin Frau Lea Brunnhuber. Das Fahrzeug
steht bereits bei Karosseriebau Fleischmann in Hallstadt. Frontschaden links
nach Zusammenstoß mit einem Linksabbieger an der Kreuzung Emil-Kemmer-Straße.

Die Haftung ist streitig (beide behaupten Grün), deshalb bitte besonders
sorgfältig die Anstoßstellen dokumentieren und – wenn möglich – etwas zur
Kollisionsgeschwindigkeit sagen. Das gegnerische Fahrzeug (Audi A4,
BA-ZZ 804) wird vom anderen Versicherer begutachtet.

Verletzt wurde nach beiden Angaben niemand.

Frau Brunnhuber ist tagsüber unter 0170 5550 8812 erreichbar und möchte
gern beim Termin dabei sein.

Danke & Gruß
Katrin Oberländer

''' + sig('oberlaender')
    auftrag = pdf([
        '# Gutachtenauftrag Kfz-Schaden',
        'Auftraggeber: Auenfels Versicherung AG, Kfz-Schaden, Am Auenfels 3, 96052 Bamberg',
        'Sachbearbeitung: Katrin Oberländer, Tel. 0951 4470-2314',
        'Auftragnehmer: Ingenieurbüro Pohlig & Partner, Kfz-Sachverständige, Bamberg',
        '',
        'Schaden-Nr.: KS-26-006093          Vertrag: AV-K 402 118 366 (Vollkasko, SB 300 EUR)',
        'Schadentag: 28.01.2026, ca. 17:50 Uhr, Kreuzung Emil-Kemmer-Straße / Kronacher Straße',
        '',
        '# Fahrzeug',
        'Skoda Octavia Combi 2.0 TDI, amtl. Kennzeichen BA-LB 77',
        'FIN: TMBJJ7NE5L0123456, Erstzulassung 03/2020, Laufleistung ca. 71.400 km',
        'Halterin / VN: Lea Brunnhuber, Weidenstraße 9, 96103 Hallstadt, Tel. 0170 5550 8812',
        'Standort: Karosseriebau Fleischmann GmbH, Industriestraße 22, 96103 Hallstadt',
        '',
        '# Auftrag',
        '1. Feststellung des Schadenumfangs und der Reparaturkosten',
        '2. Wiederbeschaffungswert, Restwert (drei Angebote), Wertminderung',
        '3. Dokumentation der Anstoßstellen, Einschätzung Kollisionswinkel/-geschwindigkeit',
        '4. Nutzungsausfall-Gruppe',
        '',
        'Personenschaden: nach Angaben beider Beteiligter keiner.',
        'Bitte Gutachten bis 13.02.2026 digital an kfz-schaden@auenfels.example.',
    ], title='Gutachtenauftrag KS-26-006093')
    return M(who('oberlaender'), 'Ingenieurbüro Pohlig & Partner <auftrag@kfz-gutachten-pohlig.example>',
             'Gutachtenauftrag KS-26-006093 – Skoda Octavia BA-LB 77',
             '2026-01-30 09:44', body,
             attachments=[('Auftrag_KS-26-006093.pdf', auftrag, MIME_PDF)])


@mail(9, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'injured cyclist from Ireland: rib fractures, pneumothorax, chest drain, hospital stay, partner\'s quoted mail about his recovery')
def _():
    body = '''Tobias,

could you take over the bodily injury side of KS-26-007715? It is the right-
turn accident in Luitpoldstraße on 3 February – our insured Konrad Baier
turned right across the cycle lane and hit a cyclist. Liability is clear
(the police report has Baier admitting he did not check the mirror).

The cyclist is Aidan Mulcahy, 27, an Irish software developer who was in
Bamberg for a conference. His partner wrote to me yesterday, see below.
Summary of what we know:

- three fractured ribs on the left (7th to 9th) and a pneumothorax,
  chest drain inserted in the emergency department,
- six nights at Klinikum Bamberg-Bruderwald, discharged 9 February,
- flew home to Cork on 14 February after the pulmonologist cleared him,
- EHIC covered part of the hospital bill; the hospital is sending us the
  rest (approx. EUR 2,900 for the private room and the ambulance),
- off work at least four weeks, his employer in Cork pays sick pay for
  the first two only.

I would suggest a reserve of EUR 25,000 for now (pain and suffering, loss
of earnings, travel, bike). The bike (a rented one, owned by the conference
hotel) I am handling myself.

I have told Ms Farrell that you will contact them. They are fine with English
but she asked for everything in writing because Aidan is still tired on the
phone.

Thanks!
Claire

> From: Niamh Farrell <niamh.farrell@eirpost.example>
> Sent: Tuesday, 17 February 2026 21:14
> To: Claire Donnelly <claire.donnelly@auenfels.example>
> Subject: Aidan Mulcahy - accident in Bamberg
>
> Dear Ms Donnelly,
>
> thank you for the call last week. Aidan is home now, still sleeping a lot
> and the breathing hurts when he laughs or coughs. The GP here (Dr Hennessy)
> saw him on Monday and says the lung is fine but the ribs will take another
> 4-6 weeks. He is on paracetamol and something stronger at night.
>
> He cannot work at the moment, his company pays two weeks and after that it is
> only the state illness benefit. Who do we send the payslips to?
>
> Also the hospital in Bamberg gave us a letter in German (Entlassungsbrief?),
> should we send you that?
>
> Kind regards,
> Niamh Farrell
'''
    return M(who('donnelly'), who('wendeler'),
             'Handover BI: cyclist Aidan Mulcahy – KS-26-007715',
             '2026-02-18 09:03', body + '\n' + sig('donnelly'))


@mail(10, 'NORMAL', 'de', 'internal',
      'trap: training invitation on bodily-injury handling (HWS, pain and suffering tables, rehab management) with ICS - no person')
def _():
    body = '''Liebe Kolleginnen und Kollegen aus Kfz- und Haftpflicht-Schaden,

auch in diesem Jahr bieten wir die Grundlagenschulung zur Regulierung von
Personenschäden an. Eingeladen sind alle, die seit 2025 in der
Schadenbearbeitung sind, und alle, die ihr Wissen auffrischen möchten.

Themen:
  - HWS-Verletzungen: Biomechanik, Harmlosigkeitsgrenze, aktuelle
    Rechtsprechung
  - Schmerzensgeld: Arbeit mit Schmerzensgeldtabellen, taggenaue Bemessung
  - Haushaltsführungs- und Verdienstausfallschaden
  - Reha-Management: wann lohnt sich ein Reha-Dienst?
  - Kommunikation mit Verletzten und Angehörigen

Referentin ist Frau Dr. Beate Sohnle, Fachanwältin für Verkehrsrecht, ergänzt
durch Tobias Wendeler aus unserem Personenschaden-Team mit Fällen aus der
Praxis (anonymisiert).

Termin: Dienstag, 10. März 2026, 9:00–16:00 Uhr, Schulungsraum 0.10,
Mittagessen in der Kantine ist organisiert.

Bitte nehmt die Einladung im Anhang an oder sagt ab, damit wir planen
können. Maximal 18 Plätze.

Viele Grüße
Ulrike Stenzel

''' + sig('stenzel')
    cal = ics('schulung-ps-2026-03-10@auenfels.example', '20260310T090000', '20260310T160000',
              'Schulung Personenschadenregulierung – Grundlagen',
              'Schulungsraum 0.10, Am Auenfels 3, Bamberg',
              'Grundlagenschulung Personenschaden (HWS, Schmerzensgeld, Haushaltsführungsschaden, '
              'Reha-Management). Referentin: Dr. Beate Sohnle.',
              ('Ulrike Stenzel', 'ulrike.stenzel@auenfels.example'),
              [('Kfz-Schaden Team', 'team-kfz-schaden@auenfels.example'),
               ('Haftpflicht-Schaden Team', 'team-hp-schaden@auenfels.example')])
    return M(who('stenzel'), 'Team Kfz-Schaden <team-kfz-schaden@auenfels.example>',
             'Einladung: Schulung Personenschadenregulierung am 10.03.2026',
             '2026-02-05 10:30', body,
             cc='Team Haftpflicht-Schaden <team-hp-schaden@auenfels.example>',
             attachments=[('Einladung.ics', cal, 'text/calendar')])


@mail(11, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'burglary claim: named customers, home address, household policy, police case number, list of stolen items in XLSX; no one hurt')
def _():
    body = '''Sehr geehrte Frau Wolfrum, sehr geehrter Herr Wolfrum,

es tut uns leid, dass bei Ihnen während Ihres Urlaubs eingebrochen wurde.
Gut, dass niemand zu Hause war.

Wir haben den Schaden zu Ihrer Hausratversicherung AV-H 220 781 513 unter der
Nummer SH-26-001209 aufgenommen. Die Polizeiinspektion Bamberg-Land hat uns
die Anzeige mit der Tagebuchnummer BY8120-004417-26/1 bestätigt.

Im Anhang finden Sie die Stehlgutliste, so wie Sie sie uns am Telefon
diktiert haben. Bitte prüfen Sie sie in Ruhe und ergänzen Sie, was noch fehlt
– oft fällt einem in den ersten Wochen noch etwas auf. Dieselbe Liste geben
Sie bitte auch der Polizei, das ist Voraussetzung für die Entschädigung.

Für den Schmuck und die Kamera brauchen wir Kaufbelege, Fotos oder
Gutachten, soweit vorhanden. Für die Terrassentür kommt am Donnerstag,
12. Februar, zwischen 9 und 11 Uhr unser Außendienstmitarbeiter Herr Seubert
zu Ihnen in die Ringstraße 17 nach Hirschaid. Den Glaser können Sie aber
schon jetzt beauftragen; bitte heben Sie die kaputten Teile bis zum Termin auf.

Mit freundlichen Grüßen

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_DE
    liste = xlsx([('Stehlgut', [
        ['Schaden-Nr. SH-26-001209', None, None, None, None],
        ['VN: Dieter und Sabine Wolfrum, Ringstraße 17, 96114 Hirschaid', None, None, None, None],
        ['Nr.', 'Gegenstand', 'Anschaffung', 'Neupreis EUR', 'Beleg vorhanden'],
        [1, 'Laptop Lenovo ThinkPad E14', '2023', 899.0, 'ja'],
        [2, 'Spiegelreflexkamera Nikon D7500 mit Objektiv 18-140', '2021', 1249.0, 'ja'],
        [3, 'Goldkette 585, ca. 45 cm (Erbstück)', 'unbekannt', None, 'Foto'],
        [4, 'Damenarmbanduhr Junghans', '2018', 560.0, 'nein'],
        [5, 'Bargeld aus Schreibtischschublade', '', 340.0, ''],
        [6, 'Tablet Samsung Galaxy Tab S7', '2022', 649.0, 'ja'],
        [7, 'Spielkonsole mit 2 Controllern', '2024', 549.0, 'ja'],
        [8, 'Terrassentür (aufgehebelt), Glas und Beschlag', '', None, 'Kostenvoranschlag folgt'],
    ])])
    return M(who('mueckenhaupt'), 'Sabine Wolfrum <sabine.wolfrum@kabelmail.example>',
             'Einbruch in Ihr Haus – Schaden SH-26-001209 / Stehlgutliste zur Prüfung',
             '2026-02-09 16:48', body,
             cc='Dieter Wolfrum <d.wolfrum@kabelmail.example>',
             attachments=[('Stehlgutliste_SH-26-001209.xlsx', liste, MIME_XLSX)])


@mail(12, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: motor XL renewal data for the reinsurer - aggregated loss triangles and counts of large bodily-injury claims, no individual claimant')
def _():
    body = '''Dear Lukas,

as promised, please find attached the data pack for the renewal of our
motor excess of loss treaty (layer EUR 2.5m xs 2.5m and the unlimited top
layer for German MTPL).

Contents:
- sheet "Triangles": incurred and paid triangles for accident years
  2016-2025, development to 31 December 2025, gross of reinsurance
- sheet "Large BI counts": number of bodily injury claims above EUR 500k
  per accident year, split by development stage
- sheet "Portfolio": vehicle years and premium by segment

As discussed in Zurich, we have not included any individual claim
descriptions this year. If your underwriters need more colour on the three
2024 claims that are currently reserved above EUR 2.5m, we can arrange a
call with our bodily injury team; the files themselves stay with us.

Two points to note:
1. Accident year 2023 contains one very large serious-injury claim that was
   re-reserved upwards in Q3 2025 after a court decision on care costs; this
   explains the jump in the 24-36 month column.
2. Vehicle years for 2025 are provisional.

Looking forward to your quote by 20 October.

Best regards,
Priya

''' + sig('raman') + '\n\n' + FOOTER_EN
    tri = [['Accident year', '12m', '24m', '36m', '48m', '60m', '72m']]
    vals = {2020: [41.2, 55.8, 61.0, 63.4, 64.1, 64.3], 2021: [38.9, 52.7, 57.5, 59.9, 60.4],
            2022: [44.6, 60.1, 65.9, 68.2], 2023: [47.3, 64.0, 79.8], 2024: [49.8, 66.9],
            2025: [52.1]}
    for y in sorted(vals):
        tri.append([y] + vals[y])
    big = [['Accident year', 'BI claims > EUR 500k', 'of which > EUR 2.5m', 'open'],
           [2019, 4, 1, 1], [2020, 2, 0, 0], [2021, 3, 1, 1], [2022, 5, 1, 2],
           [2023, 4, 2, 3], [2024, 6, 3, 5], [2025, 3, 0, 3]]
    port = [['Segment', 'Vehicle years 2025', 'Gross written premium EUR m'],
            ['Private cars', 412850, 168.4], ['Fleet', 61230, 33.9],
            ['Motorcycles', 38410, 7.2], ['Light commercial', 22115, 14.6]]
    data = xlsx([('Triangles', [['Incurred, EUR m, as at 31.12.2025']] + tri),
                 ('Large BI counts', big), ('Portfolio', port)], creator='Group Reinsurance')
    return M(who('raman'), 'Lukas Amstutz <lukas.amstutz@alpenwall-re.example>',
             'Motor XL 2027 renewal – data pack', '2026-09-22 17:05', body,
             cc='Raphael Grünwald <raphael.gruenwald@auenfels.example>',
             attachments=[('Auenfels_MotorXL_2027_datapack.xlsx', data, MIME_XLSX)])


@mail(13, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health claim settlement: physiotherapy after a slipped disc (M51.1), amounts reimbursed and cut, practice named')
def _():
    body = '''Sehr geehrter Herr Hagemeister,

wir haben die Rechnung der Praxis für Physiotherapie Birgit Amend vom
26. Januar 2026 über 12 Behandlungen Krankengymnastik und 6 Behandlungen
Manuelle Therapie abgerechnet (Ihre Krankenversicherung AV-KV 5 018 332,
Tarif KomfortAmbulant).

Verordnet wurden die Behandlungen von Ihrem Orthopäden Dr. Lindner wegen des
Bandscheibenvorfalls L5/S1 (ICD-10 M51.1) mit ausstrahlenden Beschwerden ins
rechte Bein.

  Rechnungsbetrag                          612,00 EUR
  davon erstattungsfähig                   561,60 EUR
  abzüglich 10 % Selbstbeteiligung          56,16 EUR
  Erstattung                               505,44 EUR

Die Differenz von 50,40 EUR ergibt sich daraus, dass die Praxis für die
Manuelle Therapie 42,00 EUR je Sitzung berechnet hat; Ihr Tarif erstattet
dafür bis zu 33,60 EUR. Sie können die Praxis darauf ansprechen, viele passen
ihre Preise für Privatversicherte an.

Der Betrag geht in den nächsten Tagen auf Ihr bekanntes Konto.

Für eine weitere Serie brauchen wir eine neue Verordnung. Falls Dr. Lindner
eine Reha-Maßnahme empfiehlt, sprechen Sie uns bitte vorher an, damit wir die
Kostenübernahme prüfen können.

Mit freundlichen Grüßen

''' + sig('reischl') + '\n\n' + FOOTER_DE
    return M(who('reischl'), 'Vincent Hagemeister <v.hagemeister@mailo.example>',
             'Ihre Rechnung Physiotherapie vom 26.01.2026 – Abrechnung',
             '2026-02-12 08:37', body)


@mail(14, 'NORMAL', 'en', 'internal',
      'trap: IT ticket about a stuck scanner batch labelled medical reports/Arztberichte - technical only, no document content')
def _():
    body = '''Hi Doris,

update on INC-2026-004812 ("Scanner Poststelle – Stapel Arztberichte KV
hängt").

Root cause: the Kodak scanner in the mailroom lost its connection to the
capture server during the night backup window (02:00-02:40). The batch
that was running at that moment ("KV-Leistung Arztberichte 2026-03-03, 214
pages") was left half-imported and locked, which blocked all following
batches in the same queue.

What we did:
- released the lock and deleted the incomplete import (nothing had been
  passed on to the workflow yet, so no documents are missing in the files),
- re-scanned batch from page 1 this morning together with Mr Huber,
- all 214 pages are now in the KV inbox, checksum matches the scanner log,
- moved the backup window of the capture server to 03:30.

Please ask your team to check whether anything from yesterday afternoon
looks odd in the inbox (duplicate pages etc.). If not, I'll close the
ticket on Friday.

Cheers,
Marek

''' + sig('zielinski')
    return M(who('zielinski'), who('wunderlich'),
             'INC-2026-004812 resolved – scanner batch in mailroom',
             '2026-03-04 11:15', body, cc='IT Service Desk <servicedesk@auenfels.example>')


@mail(15, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat household customer changes bank details: full IBAN in the quoted request, policy number, home address')
def _():
    body = '''Dear Mr Mehta,

thank you for your message. We have changed the bank account for your
household contents insurance (policy AV-H 231 604 877) as requested.

From 1 March 2026 the premium will be collected from
  account holder: Rohan Mehta
  IBAN: DE35 5001 0517 6824 4165 23
by SEPA direct debit, under the existing mandate reference AV-H231604877-01.
The next collection is the quarterly premium of EUR 43.80 on 1 April.

Your new address in Erlangen (Schuhstraße 31, 91052 Erlangen) is also
updated. Please note that the sum insured was calculated for 62 m²; if your
new flat is larger, tell us and we will adjust it so that you are not
underinsured.

Kind regards

''' + sig('aydin') + '''

-----Original Message-----
From: Rohan Mehta <rohan.mehta@inbox-mail.example>
Sent: Sunday, 15 February 2026 20:51
To: service@auenfels.example
Subject: change of bank account + address

Hello,

I moved last week and also changed my bank. Please use the new account for
my home contents insurance from now on:

Rohan Mehta
IBAN DE35500105176824416523
(bank: Regnitztal Bank, Erlangen branch)

New address: Schuhstraße 31, 91052 Erlangen. Old one was Obere Königstraße 8 in Bamberg.

My policy number is AV-H 231 604 877 I think.

Thanks,
Rohan

Sent from my iPhone
'''
    return M(who('aydin'), 'Rohan Mehta <rohan.mehta@inbox-mail.example>',
             'RE: change of bank account + address', '2026-02-16 10:22', body,
             in_reply_to=old_id('mehta', 'inbox-mail.example'))


@mail(16, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'fraud investigation: claimant\'s claimed slipped disc and passenger\'s injuries, previous conviction for fraud; expert\'s mail attached as rfc822')
def _():
    inner = fwd('Dipl.-Ing. Rainer Pohlig <r.pohlig@kfz-gutachten-pohlig.example>',
                who('oberlaender'),
                'KS-26-008821 – Auffälligkeiten BMW 530d', '2026-02-24 16:10',
                '''Hallo Frau Oberländer,

kurze Vorabinfo zu KS-26-008821, Gutachten folgt:

Die Schäden am BMW 530d (ERH-DK 240) passen aus meiner Sicht nur zum Teil
zum geschilderten Hergang. Die Eindrückung am Heck ist frisch, die Kratzer an
der rechten Seite sind dagegen älter (Korrosion in den Riefen, Schmutz in der
Lackkante). Außerdem war der Wagen schon 2024 mit einem Heckschaden bei mir –
damals für einen anderen Versicherer.

Die Spuren am Fahrzeug Ihres VN (Fiat Ducato) sind auffällig gering für die
behauptete Wucht.

Ich würde das nicht ohne Weiteres regulieren.

Gruß
R. Pohlig
''')
    body = '''Hallo Katrin,

danke für die Weiterleitung. Ich habe mir KS-26-008821 angesehen und
würde die Akte gern zu uns nehmen. Aus meiner Sicht ist das ein typischer
Fall für einen provozierten Auffahrunfall:

- Anspruchsteller Dennis Kowalczyk, geb. 02.12.1990, Fürth. In der HIS-Abfrage
  drei Vorschäden seit 2022, jeweils Heckschäden, jeweils mit
  Personenschaden.
- Er macht jetzt wieder HWS-Beschwerden und einen Bandscheibenvorfall C5/C6
  geltend, mit Attest eines Orthopäden aus Nürnberg, der in zwei der
  Vorschäden ebenfalls die Atteste ausgestellt hat. Sein Beifahrer
  (Sebastian Rudloff) will eine Schulterprellung und Schlafstörungen seit dem
  Unfall haben.
- Laut Auskunft der Staatsanwaltschaft Nürnberg-Fürth in einem früheren
  Verfahren ist Herr Kowalczyk 2023 wegen Betrugs zu einer Geldstrafe
  verurteilt worden (90 Tagessätze) – dort ging es um eine fingierte
  Wohnungseinbruchsmeldung.
- Pohligs Vorabinfo (anbei) passt ins Bild.

Vorschlag: keine Zahlung, auch keinen Vorschuss auf das Schmerzensgeld.
Ich bestelle ein biomechanisches Gutachten und frage beim Orthopäden über
den Anwalt die Befunde an (MRT-Bild mit Datum!). Die Anwaltskanzlei bekommt
von uns erst mal nur eine Eingangsbestätigung.

Bitte den Fall im System auf "SIU" setzen, dann sehen alle Bescheid.

Gruß
Yusuf

''' + sig('demirtas')
    return M(who('demirtas'), who('oberlaender'),
             'WG: KS-26-008821 – Auffälligkeiten BMW 530d / Übernahme SIU',
             '2026-02-25 08:51', body,
             cc=who('wendeler'),
             attachments=[('KS-26-008821 – Auffälligkeiten BMW 530d.eml', inner, 'message/rfc822')])


@mail(17, 'NORMAL', 'de', 'newsletter',
      'trap: customer newsletter on what to do after a collision with deer (police, injured persons, Wildunfallbescheinigung) - general advice')
def _():
    html = '''<html><head><meta charset="utf-8"><title>Auenfels kompakt</title></head>
<body style="font-family:Georgia,serif;color:#222;max-width:620px;margin:auto">
<p style="font-size:12px;color:#777">Wird diese E-Mail nicht richtig angezeigt?
<a href="https://www.auenfels.example/kompakt/2026-10">Im Browser öffnen</a></p>
<h1 style="color:#0f4c5c">Auenfels kompakt &ndash; Oktober 2026</h1>
<h2>Wildunfall: Was jetzt zu tun ist</h2>
<p>Im Herbst steigt die Zahl der Wildunfälle deutlich. Gerade in der Dämmerung
zwischen 6 und 8 Uhr und ab 17 Uhr queren Rehe und Wildschweine die Straßen
&ndash; auf den Landstraßen in Oberfranken besonders häufig.</p>
<p><b>Wenn es doch passiert:</b></p>
<ol>
<li>Warnblinker an, Warnweste anziehen, Unfallstelle mit dem Warndreieck sichern.</li>
<li>Wurde jemand verletzt? Dann sofort Notruf 112 und Erste Hilfe leisten.</li>
<li>Die Polizei (110) informieren &ndash; auch wenn &bdquo;nur&ldquo; das Auto beschädigt ist.
Sie verständigt den zuständigen Jagdpächter.</li>
<li>Verletzte oder tote Tiere nicht anfassen und keinesfalls mitnehmen &ndash; das ist Wilderei.</li>
<li>Fotos machen: Fahrzeug, Unfallstelle, Tier (wenn möglich), Haare oder Blut am Wagen.</li>
<li>Wildunfallbescheinigung vom Jäger oder der Polizei geben lassen.</li>
</ol>
<p>Haarwild-Schäden sind in der Teilkasko versichert. Melden Sie den Schaden
am besten direkt in der Auenfels-App unter &bdquo;Schaden melden&ldquo; &ndash;
Fotos können Sie dort gleich hochladen.</p>
<h2>Außerdem in dieser Ausgabe</h2>
<ul>
<li>Laub in der Dachrinne: warum der Herbstputz Wasserschäden verhindert</li>
<li>Neuer Schadenservice per Video-Besichtigung</li>
<li>Gewinnspiel: 3 Fahrsicherheitstrainings zu gewinnen</li>
</ul>
<hr>
<p style="font-size:11px;color:#777">Sie erhalten &bdquo;Auenfels kompakt&ldquo;, weil Sie sich dafür angemeldet haben.
<a href="https://www.auenfels.example/kompakt/abmelden">Abmelden</a> &middot;
Auenfels Versicherung AG, Am Auenfels 3, 96052 Bamberg &middot; HRB 19482 AG Bamberg</p>
</body></html>
'''
    return M('Auenfels kompakt <kompakt@auenfels.example>',
             'Abonnenten Auenfels kompakt <kompakt-abo@lists.auenfels.example>',
             'Wildunfall im Herbst: Die 6 wichtigsten Schritte | Auenfels kompakt 10/2026',
             '2026-10-06 07:30', None, html=html, html_only=True, agent='Auenfels Mailer 2.4',
             headers=[('List-Unsubscribe', '<https://www.auenfels.example/kompakt/abmelden>')])


@mail(18, 'CONFIDENTIAL', 'de', 'insurer-to-company',
      'water damage in an insured block of flats: tenants named with flat and phone numbers, building policy and claim number, site visit ICS; nobody hurt')
def _():
    body = '''Sehr geehrte Frau Lang,

danke für den Anruf heute früh. Zusammenfassung für Ihre Unterlagen:

Objekt: Am Sendelbach 12, 96050 Bamberg (WEG, Wohngebäudeversicherung
AV-W 118 442 090), Schaden-Nr. SW-26-002254.

Ursache nach Einschätzung des Installateurs: undichte Verbindung an der
Warmwasser-Steigleitung in der Wand zwischen Bad und Küche der Wohnung
3. OG links (Mieter: Familie Okonkwo). Das Wasser ist in die Wohnung
darunter gelaufen, 2. OG links (Mieterin: Frau Erika Kessel), dort Decke und
Wand im Bad und im Flur durchfeuchtet, Laminat im Flur aufgequollen.
Verletzt wurde zum Glück niemand; Strom in Frau Kessels Bad ist vorsorglich
abgeschaltet.

Weiteres Vorgehen:
1. Leckageortung und Reparatur durch Sanitär Hummel – bereits beauftragt,
   Freigabe von uns liegt vor.
2. Trocknung durch TrockenTec Franken, Aufbau am Montag. Die Geräte laufen
   über den Hausstrom; die Stromkosten der beiden Mieter erstatten wir auf
   Nachweis (Zählerstand bei Auf- und Abbau notieren).
3. Ortstermin mit unserem Außendienst, Herrn Seubert, am Mittwoch,
   25. Februar, 10 Uhr – Einladung anbei. Bitte sorgen Sie dafür, dass beide
   Wohnungen zugänglich sind.

Kontakt der Mieter, wie von Ihnen genannt:
  Familie Okonkwo (Chidi und Amara Okonkwo), Tel. 0157 5550 4412
  Frau Erika Kessel, Tel. 0951 555 30 87 (Festnetz, bitte vormittags)

Schäden an Möbeln und Hausrat der Mieter sind nicht über die
Gebäudeversicherung versichert; die Mieter sollten ihre eigene
Hausratversicherung informieren.

Mit freundlichen Grüßen

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_DE
    cal = ics('sw-26-002254-ortstermin@auenfels.example', '20260225T100000', '20260225T113000',
              'Ortstermin Leitungswasserschaden SW-26-002254',
              'Am Sendelbach 12, 96050 Bamberg (2. und 3. OG links)',
              'Besichtigung Leitungswasserschaden, Teilnehmer: Hausverwaltung Brückner & Lang '
              '(Fr. Lang), Auenfels Außendienst (Hr. Seubert), ggf. Sanitär Hummel.',
              ('Florian Mückenhaupt', 'florian.mueckenhaupt@auenfels.example'),
              [('Nicole Lang', 'n.lang@brueckner-lang.example'),
               ('Matthias Seubert', 'matthias.seubert@auenfels.example')])
    return M(who('mueckenhaupt'), 'Nicole Lang <n.lang@brueckner-lang.example>',
             'Leitungswasser Am Sendelbach 12 – SW-26-002254 – Ortstermin 25.02.',
             '2026-02-19 12:06', body, cc=who('seubert'),
             attachments=[('Ortstermin_SW-26-002254.ics', cal, 'text/calendar')])


@mail(19, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'life underwriting: request to the applicant\'s GP for a report on hypertension and sleep apnoea, name and date of birth')
def _():
    body = '''Dear Dr Breen,

Re: Mr Simon Achterberg, date of birth 11/05/1981
    Application for term life cover, our reference AV-L-A 26-003318

Mr Achterberg, who was your patient until he moved to Germany in 2023, has
applied to us for term life insurance of EUR 350,000. In his application
he declared:

  - essential hypertension, diagnosed 2019, treated with amlodipine 5 mg,
  - obstructive sleep apnoea, diagnosed 2021 after a sleep study at
    St Luke's, treated with CPAP.

To assess the application we would be grateful for a short report covering:
1. the most recent blood pressure readings on record,
2. the result of the sleep study (AHI) and whether CPAP use was documented
   as regular,
3. any cardiovascular investigations (ECG, echocardiography) and their
   results,
4. any other conditions or referrals in the last five years.

Mr Achterberg's signed consent to release this information is attached to
the post copy of this letter and we can e-mail a scan if you prefer. We will
pay your usual fee for a private medical report (please invoice us in GBP).

Please reply through our secure portal link (sent separately) or by post to
the address below; please do not send medical details by ordinary e-mail.

Yours sincerely

''' + sig('baumgaertel') + '\n\n' + FOOTER_EN
    return M(who('baumgaertel'), 'Dr Alistair Breen <reception@harrowgate-medical.example>',
             'Request for medical report – Mr S. Achterberg (DOB 11/05/1981)',
             '2026-03-02 14:55', body)


@mail(20, 'NORMAL', 'en', 'internal',
      'IT notice: mailbox migration schedule for claims and benefits departments - only team mailbox names')
def _():
    body = '''Hello all,

the migration of the remaining team mailboxes to the new mail platform
continues next week. Affected mailboxes and time slots:

  Mon 9 Mar, 18:00   kfz-schaden@, kfz-personenschaden@, regress@
  Tue 10 Mar, 18:00  sach-schaden@, haftpflicht-schaden@
  Wed 11 Mar, 18:00  leistung-kv@, leistung-leben@, leistung-unfall@
  Thu 12 Mar, 18:00  service@, makler@

During the slot (about two hours) mail is queued, nothing gets lost. Please
do not move large folders around on that evening.

After the move:
- restart Outlook once,
- shared mailboxes appear automatically after max. 1 hour,
- rules you created yourself in a team mailbox need to be checked – server
  side rules are migrated, client side rules are not.

The classification labels in the subject (e.g. [vertraulich]) keep working
the same way.

Questions: reply to this mail or call 5500.

Marek

''' + sig('zielinski')
    return M(who('zielinski'), 'Claims and Benefits – all staff <schaden-leistung-alle@auenfels.example>',
             'Mailbox migration wave 3 – claims & benefits team mailboxes (9–12 March)',
             '2026-03-05 16:40', body, agent='Thunderbird/115.8.1', cte='8bit', flowed=True)


@mail(21, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'no-claims transfer from father to daughter: both named, daughter\'s date of birth, licence date, motor policy numbers')
def _():
    body = '''Sehr geehrter Herr Pflaum,

gern übertragen wir den Schadenfreiheitsrabatt Ihres Zweitwagens auf Ihre
Tochter. Zu Ihren Fragen:

Was wird übertragen?
Sie können nur so viele schadenfreie Jahre abgeben, wie Ihre Tochter selbst
hätte fahren können. Frau Lena Pflaum, geb. 03.09.2001, hat ihren
Führerschein seit dem 14.10.2019 – das ergibt rechnerisch sechs volle Jahre.
Der Vertrag AV-K 377 090 152 (Opel Astra, BA-GP 60) steht derzeit in SF 18;
übertragen werden also SF 6, die restlichen Jahre verfallen.

Was passiert mit Ihrem Vertrag?
Der Zweitwagenvertrag wird auf Ihre Tochter umgeschrieben bzw. – wenn sie
ein eigenes Auto anmeldet – für sie neu abgeschlossen. Ihr Hauptvertrag
AV-K 211 478 004 (SF 25) bleibt davon unberührt.

Was brauchen wir?
Die Übertragungserklärung (unterschreiben Sie beide), eine Kopie des
Führerscheins Ihrer Tochter und, falls sie ein anderes Fahrzeug fährt, die
eVB-Nummer, die wir ihr dann zuschicken.

Die Erklärung schicke ich Ihnen heute per Post, damit Sie beide im Original
unterschreiben können.

Mit freundlichen Grüßen

''' + sig('vollmer') + '''

-----Ursprüngliche Nachricht-----
Von: Gerhard Pflaum <g.pflaum@t-net.example>
Gesendet: Donnerstag, 5. März 2026 19:33
An: Kfz-Vertrag <kfz-vertrag@auenfels.example>
Betreff: SF Rabatt auf Tochter übertragen?

Guten Tag, meine Tochter Lena zieht im April nach Würzburg und braucht ein eigenes
Auto, kann ich ihr den Rabatt vom Astra geben? Geht das komplett? Sie ist 24.
Mfg G. Pflaum
'''
    return M(who('vollmer'), 'Gerhard Pflaum <g.pflaum@t-net.example>',
             'AW: SF Rabatt auf Tochter übertragen?', '2026-03-06 11:18', body,
             in_reply_to=old_id('pflaum', 't-net.example'))


@mail(22, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance claim: fall on ice outside the neighbour\'s house, wrist fracture with surgery, hospital days, invalidity assessment')
def _():
    body = '''Sehr geehrte Frau Eichhorn,

vielen Dank für die Unfallanzeige und den OP-Bericht. Gute Besserung
weiterhin!

Zu Ihrer Unfallversicherung AV-U 610 224 387 haben wir Folgendes geprüft:

Unfall: Sturz am 8. Januar 2026 gegen 7:15 Uhr auf dem nicht gestreuten
Gehweg vor dem Haus Kirchweg 5 in Strullendorf.
Verletzung: distale Radiusfraktur links (handgelenksnahe Speichenfraktur),
am 9. Januar in der Unfallchirurgie des Klinikums mit einer winkelstabilen
Platte versorgt, stationär vom 8. bis 11. Januar.

Leistungen, die wir jetzt zahlen:
  Krankenhaustagegeld 4 Tage x 30 EUR         120,00 EUR
  Genesungsgeld 4 Tage x 30 EUR               120,00 EUR
  Gipsgeld (Pauschale)                         100,00 EUR
  zusammen                                     340,00 EUR

Invaliditätsleistung: Ob eine dauerhafte Beeinträchtigung der Hand
zurückbleibt, lässt sich erst beurteilen, wenn die Behandlung abgeschlossen
ist. Die Invalidität muss innerhalb von 15 Monaten nach dem Unfall ärztlich
festgestellt und bei uns geltend gemacht werden, also spätestens bis
8. April 2027. Wir melden uns rechtzeitig vorher bei Ihnen; bitte heben Sie
bis dahin alle Befunde auf, auch die der Handtherapie.

Noch ein Hinweis: Weil der Gehweg nicht gestreut war, haben Sie
möglicherweise zusätzlich einen Anspruch gegen den Eigentümer des
Hauses Kirchweg 5 bzw. dessen Haftpflichtversicherung (Schmerzensgeld,
Haushaltshilfe). Unsere Leistungen aus der Unfallversicherung werden darauf
nicht angerechnet. Wenn Sie dazu Unterstützung möchten, wenden Sie sich gern
an Ihre Rechtsschutzversicherung.

Mit freundlichen Grüßen

''' + sig('kraft') + '\n\n' + FOOTER_DE
    return M(who('kraft'), 'Renate Eichhorn <renate.eichhorn@frankenmail.example>',
             'Ihre Unfallmeldung vom 12.01.2026 – Leistungsabrechnung', '2026-01-29 10:41', body)


@mail(23, 'NORMAL', 'de', 'internal',
      'trap: minutes of the motor claims meeting with bodily-injury KPIs, reserves and HWS rates - aggregates only, DOCX')
def _():
    body = '''Hallo zusammen,

anbei das Protokoll der Schadenrunde vom Dienstag. Die Aufgaben sind in der
Tabelle am Ende, bitte bis zur nächsten Runde am 14. April erledigen.

Gruß
Katrin

''' + sig('oberlaender')
    doc = docx([
        ('b', 'Protokoll Schadenrunde Kfz – 17. März 2026'),
        'Teilnehmende: K. Oberländer (Protokoll), T. Wendeler, N. Erbacher, Y. Demirtaş, M. Seubert, G. Vollmer (Gast)',
        ('b', '1. Kennzahlen Februar'),
        ('t', [['Kennzahl', 'Feb 2026', 'Feb 2025'],
               ['Neue Kfz-Schäden', '3.412', '3.198'],
               ['davon mit Personenschaden', '287 (8,4 %)', '301 (9,4 %)'],
               ['offene Personenschäden gesamt', '1.146', '1.203'],
               ['Ø Reserve offener Personenschäden', '21.700 EUR', '19.900 EUR'],
               ['Anteil HWS-Verletzungen an Personenschäden', '46 %', '49 %'],
               ['Ø Durchlaufzeit reine Sachschäden', '11,2 Tage', '13,0 Tage']]),
        ('b', '2. Themen'),
        'a) Die durchschnittliche Reserve steigt vor allem wegen zwei Großschäden aus dem Herbst; ohne diese liegt sie auf Vorjahresniveau. Herr Wendeler stellt die Reservierungsrichtlinie für Schwerverletzte in der nächsten Runde vor.',
        'b) Video-Besichtigung: 19 % der Sachschäden werden inzwischen per Video besichtigt. Werkstätten im Partnernetz melden gute Erfahrungen.',
        'c) SIU: Im Februar 14 Verdachtsfälle, davon 5 mit Personenschaden. Auffällig ist eine Häufung von Auffahrunfällen im Raum Fürth; Herr Demirtaş berichtet gesondert.',
        'd) Regress: Teilungsabkommen mit zwei Krankenkassen wird neu verhandelt.',
        ('b', '3. Aufgaben'),
        ('t', [['Aufgabe', 'Wer', 'Bis'],
               ['Reservierungsrichtlinie Schwerverletzte vorstellen', 'Wendeler', '14.04.'],
               ['Auswertung Video-Besichtigung nach Werkstatt', 'Seubert', '14.04.'],
               ['Schulungstermin Gesprächsführung bestätigen', 'Oberländer', '31.03.']]),
    ], creator='Katrin Oberländer')
    return M(who('oberlaender'), 'Team Kfz-Schaden <team-kfz-schaden@auenfels.example>',
             'Protokoll Schadenrunde Kfz 17.03.2026', '2026-03-19 15:02', body,
             attachments=[('Protokoll_Schadenrunde_2026-03-17.docx', doc, MIME_DOCX)])


@mail(24, 'CONFIDENTIAL', 'en', 'insurer-to-assessor',
      'commission to a loss adjuster: named owner of an insured holiday home, named holiday guests who caused a kitchen fire, policy and claim numbers; nobody hurt')
def _():
    body = '''Dear Mr Pryce,

we would like to instruct Crawmoor's German desk on the following loss.
English is preferred because the policyholder does not speak German.

Policyholder  Mrs Fiona Whitcombe, of Truro, Cornwall
Risk          holiday house Hohenmirsberger Weg 4, 91278 Pottenstein
              (buildings and contents, policy AV-W 140 551 206)
Our ref.      SW-26-004410
Date of loss  Saturday 11 April 2026, around 19:30

What happened, according to Mrs Whitcombe and the letting agency: the
house was let for Easter to a Dutch family, Mr and Mrs Joost and Marieke
van Dijk with two children. A frying pan caught fire on the hob; Mr van Dijk
tried to put it out with water, which spread the fire to the extractor hood
and the wall units. The fire brigade came (Pottenstein volunteer fire
brigade), the family left the house unharmed. Smoke damage throughout the
ground floor, kitchen burnt out.

Please:
1. inspect and establish the extent of the damage and a reserve,
2. arrange emergency measures if needed (boarding up, drying, cleaning of
   smoke residue) – authority up to EUR 5,000 without further approval,
3. obtain the rental agreement and the guests' details from the letting
   agency (Fränkische Schweiz Ferienhäuser, contact Ms Judith Raab), and
   check whether the van Dijks have personal liability cover – we will
   consider recovery,
4. check the loss of rent claim (bookings cancelled until further notice).

The keys are with the letting agency. Mrs Whitcombe can be reached on
+44 7700 900 418 (UK mobile) and is happy to do a video call.

Kind regards

''' + sig('donnelly') + '\n\n' + FOOTER_EN
    return M(who('donnelly'), 'Owen Pryce <owen.pryce@crawmoor.example>',
             'New instruction – fire at holiday house, Pottenstein – our ref SW-26-004410',
             '2026-04-13 09:26', body, cc='Crawmoor Germany desk <germany@crawmoor.example>')


@mail(25, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel insurance claim: appendectomy in Malaga, hospital invoice, repatriation; customer named')
def _():
    body = '''Dear Mr Lindqvist,

I hope you are recovering well after the operation.

We have now settled the costs of your treatment in Málaga under your annual
travel policy AV-R 880 412 559:

  Hospital Costa del Sol Privado, appendectomy (laparoscopic),
  3 nights, invoice 26/01873                       EUR 7,418.00  paid direct
  Emergency consultation Dr. Ruiz, 4 April         EUR   180.00  reimbursed
  Pharmacy (antibiotics, pain relief)              EUR    46.35  reimbursed
  Rebooked flight Málaga–Nuremberg                 EUR   312.40  reimbursed

The last three items, EUR 538.75 in total, will be transferred to your
account within the next three working days. The hospital invoice was paid
directly by our assistance partner GlobeAssist.

One thing is still missing for our file: the discharge summary ("informe de
alta") from the hospital. You mentioned that you have a copy – could you
upload a scan in the customer portal? A photo from your phone is fine.

No further forms are needed. If you need follow-up treatment here in
Germany (e.g. removal of stitches), that is a matter for your regular health
insurance, not the travel policy.

Best wishes

''' + sig('donnelly') + '\n\n' + FOOTER_EN
    return M(who('donnelly'), 'Jonas Lindqvist <jonas.lindqvist@nordpost.example>',
             'Your claim – treatment in Málaga, April 2026 (AV-R 880 412 559)',
             '2026-04-22 13:47', body)

# ---------------------------------------------------------------------------
# 0026-0050
# ---------------------------------------------------------------------------

@mail(26, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: broker information on a new buildings-insurance tariff (natural hazards, water damage, claims examples) - product information only')
def _():
    body = '''Liebe Partnerinnen und Partner,

ab 1. Mai 2026 gibt es bei uns die neue Tarifgeneration "Wohngebäude 2026".
Die wichtigsten Änderungen auf einen Blick:

1. Elementar ist Standard
   Weitere Naturgefahren (Starkregen, Überschwemmung, Rückstau, Erdrutsch,
   Schneedruck) sind in den Varianten Plus und Top automatisch enthalten.
   Abwahl nur mit Unterschrift des Kunden. Selbstbehalt 10 %, mind. 500 EUR,
   max. 5.000 EUR.

2. Leitungswasser neu geregelt
   - Ableitungsrohre auf dem Grundstück bis 5.000 EUR mitversichert (Top:
     unbegrenzt)
   - Kosten der Leckageortung auch ohne Rohrbruch bis 3.000 EUR
   - Mehrkosten für Trocknung bei Fußbodenheizung

3. Photovoltaik und Wallbox
   Bis 30 kWp ohne Zuschlag mitversichert, inkl. Ertragsausfall 12 Monate.

4. Beitragsbeispiel (ZÜRS-Zone 1, EFH 160 m² Wohnfläche, Baujahr 1998, Plus,
   SB 500 EUR): 486 EUR Jahresbeitrag inkl. VersSt.

Aus der Schadenpraxis: Rund 40 % der Leitungswasserschäden bei uns entstehen
an Armaturen und Schläuchen von Wasch- und Spülmaschinen. Ein Aquastop-Ventil
für wenige Euro verhindert viele davon – ein gutes Gesprächsthema für Ihre
Beratung.

Produktinformationen, Bedingungen und das neue Antragsformular finden Sie ab
sofort im Maklerportal unter "Produkte > Sach > Wohngebäude 2026".
Gern stelle ich Ihnen den Tarif auch in einem kurzen Webinar vor.

Viele Grüße aus Bamberg

''' + sig('hofrichter') + '\n\n' + FOOTER_DE
    return M(who('hofrichter'), 'Maklerpartner Nordbayern <makler-nordbayern@lists.auenfels.example>',
             'Neu ab 1. Mai: Wohngebäude 2026 – Elementar als Standard',
             '2026-04-08 09:00', body)


@mail(27, 'CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'liability claim declined: neighbour named with address, our policyholder named, storm-felled tree on carport, claim number; nobody hurt')
def _():
    body = '''Sehr geehrter Herr Tröger,

Sie haben uns den Schaden an Ihrem Carport und Ihrem Pkw gemeldet, der
beim Sturm in der Nacht zum 16. Februar 2026 entstanden ist, als die Fichte
auf dem Grundstück Ihres Nachbarn Herrn Wilfried Pschierer umgestürzt ist.
Herr Pschierer ist bei uns privathaftpflichtversichert; wir haben den
Vorgang unter der Schadennummer HP-26-000954 geprüft.

Leider können wir Ihnen keinen Schadenersatz zahlen. Dazu unsere Gründe:

Herr Pschierer haftet nur, wenn er eine Pflicht verletzt hat – etwa wenn der
Baum erkennbar krank oder morsch war und er ihn trotzdem nicht fällen ließ.
Nach dem Bericht der Baumpflegefirma, die den Stamm am 17. Februar
begutachtet hat, war die Fichte gesund; sie ist bei Windgeschwindigkeiten
von über 100 km/h (Deutscher Wetterdienst, Station Bamberg) mit dem
Wurzelteller umgekippt. Herr Pschierer hat den Baum außerdem im Herbst 2025
kontrollieren lassen (Rechnung liegt uns vor). Ein solches Ereignis ist
rechtlich höhere Gewalt.

Wir empfehlen Ihnen, den Schaden Ihrer eigenen Versicherung zu melden:
Schäden am Carport übernimmt in der Regel Ihre Wohngebäudeversicherung
(Sturm), Schäden am Auto Ihre Teilkasko, sofern vorhanden.

Es freut uns, dass bei dem Sturm niemand verletzt wurde.

Wenn Sie Fragen zu unserer Entscheidung haben, rufen Sie mich gern an.

Mit freundlichen Grüßen

''' + sig('hansen') + '\n\n' + FOOTER_DE
    return M(who('hansen'), 'Markus Tröger <markus.troeger@web-post.example>',
             'Ihr Schaden durch umgestürzte Fichte, Zeilweg 7 in Gundelsheim – HP-26-000954',
             '2026-02-27 14:12', body, cc=who('mueckenhaupt'))


@mail(28, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'request to a hospital for the discharge report of an injured motorcyclist (third party): lower-leg fracture, surgeries named, consent attached')
def _():
    body = '''Sehr geehrte Damen und Herren,

in der Kfz-Haftpflichtsache unseres Versicherungsnehmers regulieren wir den
Personenschaden von

  Herrn Florian Betz, geb. 21.08.1996, Hauptstraße 3, 91330 Eggolsheim,

der am 7. März 2026 als Motorradfahrer bei Buttenheim verunglückt ist und
vom 7. März bis 2. April in Ihrem Haus behandelt wurde (Unfallchirurgie,
Station 4B).

Nach Angaben von Herrn Betz erlitt er eine offene Unterschenkelfraktur
rechts, die mit einem Fixateur externe und später mit einem Marknagel
versorgt wurde, sowie eine Fraktur des rechten Handgelenks. Eine
Wundinfektion habe einen weiteren Eingriff erforderlich gemacht.

Wir bitten um Übersendung
  - des Entlassberichts,
  - der OP-Berichte,
  - und einer Aussage zur voraussichtlichen Dauer der Arbeitsunfähigkeit.

Die Schweigepflichtentbindungserklärung von Herrn Betz ist beigefügt. Ihre
Kosten für die Erstellung der Unterlagen erstatten wir nach Rechnung
(bitte mit unserem Zeichen KP-26-001247).

Aus Datenschutzgründen bitten wir, die Unterlagen nicht per unverschlüsselter
E-Mail, sondern per Post oder über den Link zu unserem Upload-Portal zu
senden, den Sie von uns gesondert erhalten.

Mit freundlichen Grüßen

''' + sig('wendeler') + '\n\n' + FOOTER_DE
    sfe = pdf([
        '# Schweigepflichtentbindung',
        'Ich, Florian Betz, geb. 21.08.1996, Hauptstraße 3, 91330 Eggolsheim, entbinde das',
        'Klinikum Bamberg-Bruderwald und die dort behandelnden Ärztinnen und Ärzte gegenüber der',
        'Auenfels Versicherung AG von der Schweigepflicht hinsichtlich der Behandlung der Verletzungen',
        'aus dem Verkehrsunfall vom 07.03.2026 (Schaden-Nr. KP-26-001247).',
        '',
        'Eggolsheim, 14.04.2026          gez. Florian Betz',
    ], title='Schweigepflichtentbindung Betz')
    return M(who('wendeler'), 'Klinikum Bamberg-Bruderwald – Patientenverwaltung <patientenverwaltung@klinikum-bruderwald.example>',
             'Anforderung Behandlungsunterlagen – Herr Florian Betz, geb. 21.08.1996 – KP-26-001247',
             '2026-04-16 10:05', body,
             attachments=[('SFE_Betz_KP-26-001247.pdf', sfe, MIME_PDF)])


@mail(29, 'NORMAL', 'en', 'internal',
      'trap: job advert for a bodily-injury claims handler (whiplash, rehabilitation, medical reports) - no person')
def _():
    body = '''Dear colleagues,

we are growing our international claims team and are looking for a

  Motor Bodily Injury Claims Handler (m/f/d), English-speaking
  Bamberg, full-time or 30 hours, hybrid

What you will do
- handle motor liability claims with personal injury involving foreign
  claimants, mainly from the UK, Ireland, the Netherlands and Scandinavia
- review medical reports, assess whiplash and fracture claims, calculate
  pain and suffering, loss of earnings and care costs under German law
- work with solicitors, rehabilitation providers and assistance companies
- instruct medical experts and manage reserves up to EUR 250,000

What you bring
- training as an insurance professional or a law degree, ideally some years
  in bodily injury claims
- fluent English and good German (B2 or better)
- a calm, friendly way of talking to people after an accident

Internal applications by 30 April to Ulrike Stenzel (HR). If you know
someone outside the company who would fit, our referral bonus of EUR 1,500
applies.

The full ad is on the intranet under Careers > Open positions > CL-2026-07.

Best regards,
Ulrike

''' + sig('stenzel')
    return M(who('stenzel'), 'All staff <alle@auenfels.example>',
             'Open position: Motor Bodily Injury Claims Handler (EN) – CL-2026-07',
             '2026-04-09 12:00', body)


@mail(30, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: process change for the windscreen partner network (claim numbers, plates, photos in general terms) - no customer')
def _():
    body = '''Sehr geehrte Damen und Herren,

zum 1. Juni 2026 stellen wir die Abwicklung von Glasschäden in unserem
Partnernetz um. Bitte informieren Sie alle Filialen.

Was sich ändert:

1. Schadenmeldung nur noch über das Werkstattportal
   Die Meldung per Fax oder E-Mail an glasschaden@ entfällt. Im Portal
   erfassen Sie Kennzeichen, Vertragsnummer des Kunden und die Fotos
   (Übersicht, Detail mit Maßband, Prüfnummer der Scheibe).

2. Reparatur vor Austausch
   Steinschläge außerhalb des Sichtfelds des Fahrers und kleiner als ein
   2-Euro-Stück sind zu reparieren. Für einen Austausch in solchen Fällen
   brauchen Sie vorher unsere Freigabe.

3. Kalibrierung von Fahrerassistenzsystemen
   Die Kalibrierung der Frontkamera wird nur mit Protokoll vergütet
   (Upload im Portal, Pflichtfeld).

4. Vergütung
   Die Pauschalen aus der Rahmenvereinbarung 2025 gelten unverändert weiter.

Wir schulen Ihre Mitarbeitenden gern: Online-Termine am 12. und 19. Mai,
jeweils 14 Uhr, Anmeldung über das Portal.

Mit freundlichen Grüßen

''' + sig('oberlaender') + '\n\n' + FOOTER_DE
    return M(who('oberlaender'), 'Glas-Partnernetz <glas-partner@lists.auenfels.example>',
             'Glasschäden: neuer Ablauf ab 01.06.2026 im Werkstattportal',
             '2026-04-28 10:15', body)


@mail(31, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'disability income claim: severe depressive episode (F32.2), inpatient psychiatric stay, questionnaires to the treating psychiatrist')
def _():
    body = '''Sehr geehrte Frau Wiesent,

Ihr Antrag auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung
AV-L 7 301 884 ist am 20. Mai 2026 bei uns eingegangen. Vielen Dank – wir
wissen, dass es nicht leicht ist, diese Unterlagen zusammenzustellen, wenn es
einem nicht gut geht.

Sie schreiben, dass Sie wegen einer schweren depressiven Episode (F32.2)
seit dem 3. Februar 2026 arbeitsunfähig sind und vom 17. Februar bis
14. April stationär in der Klinik am Michelsberg behandelt wurden. Derzeit
sind Sie in ambulanter Behandlung bei Frau Dr. Hagn (Psychiatrie und
Psychotherapie) und nehmen an einer Tagesklinik-Gruppe teil.

Damit wir Ihren Anspruch prüfen können, brauchen wir noch:

1. den Fragebogen für die behandelnde Ärztin – wir schicken ihn mit Ihrer
   Einverständniserklärung direkt an Frau Dr. Hagn, wenn Sie zustimmen,
2. den Entlassbericht der Klinik am Michelsberg,
3. eine Beschreibung Ihrer beruflichen Tätigkeit als Teamleiterin in der
   Disposition (Formular "Tätigkeitsbeschreibung"), gern mit Ihrem
   Arbeitgeber zusammen.

Für die Zeit der Prüfung ist Ihr Beitrag gestundet; Sie müssen nichts
zahlen. Wenn Ihnen das Ausfüllen der Formulare schwerfällt, kann ich Sie auch
anrufen und wir gehen die Fragen gemeinsam durch – sagen Sie mir einfach
einen Termin.

Mit freundlichen Grüßen

''' + sig('baumgaertel') + '\n\n' + FOOTER_DE
    return M(who('baumgaertel'), 'Carina Wiesent <carina.wiesent@mailo.example>',
             'Ihr Leistungsantrag Berufsunfähigkeit – nächste Schritte', '2026-05-26 15:20', body)


@mail(32, 'NORMAL', 'de', 'internal',
      'trap: data protection reminder about sending accident and medical reports to workshops - rules only, no case')
def _():
    body = '''Liebe Kolleginnen und Kollegen in der Schadenbearbeitung,

in den letzten Wochen sind uns drei Fälle aufgefallen, in denen
Polizeiberichte oder Arztberichte aus Unfallakten vollständig an
Werkstätten oder Abschleppdienste weitergeleitet wurden. Das ist nicht in
Ordnung, auch wenn es gut gemeint war ("dann weiß die Werkstatt Bescheid").

Deshalb noch einmal die Regeln:

1. Werkstätten, Abschleppdienste und Mietwagenfirmen bekommen nur, was sie
   für ihren Auftrag brauchen: Schadennummer, Fahrzeug, Kennzeichen,
   Kontakt des Kunden, Umfang der Freigabe.
2. Verletzungen, Arztberichte, Atteste und Angaben zu Alkohol oder Drogen
   gehören nie in eine Mail an diese Partner.
3. Polizeiberichte enthalten fast immer Daten von Beteiligten und Zeugen.
   Wenn ein Sachverständiger sie braucht, nur den relevanten Auszug schicken.
4. Mails mit Gesundheitsdaten an Anwälte, Ärzte und Kliniken immer über
   die verschlüsselte Strecke – Betreff-Markierung [streng vertraulich]
   setzen, das Gateway erledigt den Rest.
5. Im Zweifel: fragen, bevor man auf "Senden" drückt.

Die Fälle aus den letzten Wochen sind aufgearbeitet; es ist kein Schaden
entstanden. Eine Kurzschulung (20 Minuten, online) bieten wir am 9. Juni an.

Viele Grüße

''' + sig('rauscher')
    return M(who('rauscher'), 'Schaden alle <schaden-alle@auenfels.example>',
             'Datenschutz-Hinweis: Unfall- und Arztberichte nicht an Werkstätten weiterleiten',
             '2026-05-21 08:20', body, cte='8bit')


@mail(33, 'CONFIDENTIAL', 'de', 'insurer-to-company',
      'repair approval to a body shop: customer named with phone, plate, claim number, deductible and hire car; no injuries mentioned')
def _():
    body = '''Hallo Herr Fleischmann,

zu KS-26-006093 (Skoda Octavia, BA-LB 77, Frau Brunnhuber):

das Gutachten von Pohlig liegt vor, Reparaturkosten 4.868,32 EUR netto, kein
Totalschaden. Die Reparatur ist damit freigegeben, bitte nach Gutachten
instand setzen. Abweichungen über 10 % nur nach Rücksprache.

Abrechnung:
- Rechnung an uns, abzüglich 300 EUR Selbstbeteiligung aus der
  Vollkasko – die stellen Sie bitte Frau Brunnhuber direkt in Rechnung.
- Die Mehrwertsteuer übernehmen wir, Frau Brunnhuber ist nicht
  vorsteuerabzugsberechtigt.

Mietwagen: Frau Brunnhuber braucht das Auto für den Arbeitsweg. Ein
Ersatzfahrzeug der Klasse 4 ist für die Reparaturdauer (laut Gutachten 6
Arbeitstage) freigegeben. Falls Teile länger brauchen, bitte Bescheid geben.

Sie erreichen Frau Brunnhuber unter 0170 5550 8812 für den Abholtermin.

Die Haftungsfrage mit dem Unfallgegner klären wir noch; das hat für Ihre
Abrechnung keine Bedeutung.

Danke und viele Grüße
Katrin Oberländer

''' + sig('oberlaender')
    return M(who('oberlaender'), 'Karosseriebau Fleischmann <service@fleischmann-karosserie.example>',
             'Reparaturfreigabe KS-26-006093 – BA-LB 77', '2026-02-16 08:58', body)


@mail(34, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'injured British tourist: whiplash and post-traumatic stress symptoms with counselling, request to her solicitor for medical evidence')
def _():
    body = '''Dear Mr Okafor,

Your client: Mrs Deborah Kettle
Accident: 26 May 2026, B 2 near Pegnitz
Our insured: Mr Helmut Strobel (vehicle BT-HS 512)
Our reference: KP-26-002066

Thank you for your letter of 8 June. We confirm that we are the motor
liability insurer of Mr Strobel and that liability for the collision is
not disputed: Mr Strobel failed to give way when leaving a petrol station.

As to the injuries, you state that your client suffered a whiplash injury
to the neck and upper back, was examined at the hospital in Pegnitz on the
day of the accident and has since been treated by her GP in Harrogate, and
that she has developed symptoms of post-traumatic stress (nightmares,
avoiding car journeys) for which she has started counselling.

Claims are assessed under German law, the law of the place of the accident.
In order to value the claim we need:

1. the hospital record from Pegnitz (we can request this ourselves if your
   client signs the enclosed German-language authority),
2. the GP records from the date of the accident onwards,
3. a report of the counsellor or a psychologist describing diagnosis,
   number of sessions and prognosis,
4. evidence of any loss of earnings (Mrs Kettle is, we understand, a
   self-employed hairdresser).

Please note that under German law the level of general damages for
whiplash injuries is considerably lower than under English tariffs. We will
make an interim payment of EUR 1,500 on receipt of the GP records.

Please send medical documents by secure upload; a link will follow in a
separate e-mail.

Yours sincerely

''' + sig('wendeler') + '\n\n' + FOOTER_EN
    return M(who('wendeler'), 'Daniel Okafor <d.okafor@ashdown-mercer.example>',
             'Your client Mrs Deborah Kettle – accident 26 May 2026 – our ref KP-26-002066',
             '2026-06-15 11:40', body, cc='Claire Donnelly <claire.donnelly@auenfels.example>')


@mail(35, 'NORMAL', 'de', 'auto-reply',
      'trap: out-of-office reply of a property claims handler mentioning water damage and injuries in general terms - no person, no case')
def _():
    body = '''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. August 2026 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet.

In dringenden Fällen – zum Beispiel bei einem akuten Wasserschaden, wenn
jemand verletzt wurde oder ein Gebäude nicht mehr bewohnbar ist – erreichen
Sie unsere Schadenhotline rund um die Uhr unter 0800 4470 200.

Alle anderen Anliegen schreiben Sie bitte an sach-schaden@auenfels.example.
Meine Kolleginnen und Kollegen kümmern sich darum.

Freundliche Grüße
Florian Mückenhaupt

''' + sig('mueckenhaupt')
    return M(who('mueckenhaupt'), 'Dagmar Pfeufer <dagmar.pfeufer@frankenmail.example>',
             'Automatische Antwort: Rückfrage', '2026-08-03 19:02', body,
             headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
             agent=None)


@mail(36, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'personal liability: customer\'s 9-year-old son broke the neighbour\'s window, neighbour named, policy and claim number; no injury')
def _():
    body = '''Hallo Frau Hetzel,

danke für die Fotos und die Rechnung des Glasers.

Kurz zur Einordnung, weil Sie am Telefon gefragt hatten, ob Jannik mit
seinen 9 Jahren überhaupt "haftet": Kinder zwischen 7 und 17 haften für
Schäden, wenn sie verstehen konnten, dass ihr Handeln etwas kaputt machen
kann. Bei einem Fußball, der auf dem Garagenhof gegen ein Fenster geschossen
wird, ist das bei einem Neunjährigen in der Regel so. Ihre
Privathaftpflichtversicherung (AV-P 509 336 120, Familientarif) übernimmt den
Schaden deshalb.

Wir überweisen die Glaserrechnung über 486,50 EUR direkt an Herrn Rösch, wie
er es sich gewünscht hat. Seine Bankverbindung steht auf der Rechnung.
Schadennummer für Ihre Unterlagen: HP-26-001877.

Schön, dass sich niemand an den Scherben verletzt hat – Herr Rösch hatte das
ja befürchtet, weil seine Enkel oft in dem Zimmer spielen.

Einen Selbstbehalt haben Sie in Ihrem Tarif nicht, und der Schaden hat
keinen Einfluss auf Ihren Beitrag.

Viele Grüße

''' + sig('hansen') + '''

Am 11.05.2026 um 21:17 schrieb Melanie Hetzel <melanie.hetzel@kabelmail.example>:
> Guten Abend Herr Hansen,
> anbei wie besprochen die Rechnung vom Glaser und 2 Fotos. Herr Rösch (Albrecht
> Rösch, Garagenweg 2, 96129 Strullendorf) möchte das Geld gern direkt überwiesen
> haben. Jannik war ziemlich zerknirscht, er hat sich auch selber entschuldigt.
> Viele Grüße Melanie Hetzel
'''
    return M(who('hansen'), 'Melanie Hetzel <melanie.hetzel@kabelmail.example>',
             'Re: Fensterscheibe Herr Rösch – HP-26-001877', '2026-05-12 09:33', body,
             in_reply_to=old_id('hetzel', 'kabelmail.example'), agent='Thunderbird/115.10.1',
             cte='8bit')


@mail(37, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'HR: return-to-work management invitation for an employee after seven weeks of sickness following knee surgery')
def _():
    body = '''Hallo Frau Brandl,

Herr Andreas Pfeuffer aus Ihrem Team war seit dem 9. März durchgehend
arbeitsunfähig und kommt am 4. Mai zurück. Da er damit mehr als sechs Wochen
im Jahr krank war, sind wir verpflichtet, ihm ein betriebliches
Eingliederungsmanagement (BEM) anzubieten.

Herr Pfeuffer hat mir am Telefon erzählt, dass er nach dem Kreuzbandriss
beim Fußball operiert wurde (Kreuzbandplastik rechts) und noch zweimal pro
Woche zur Physiotherapie muss. Er möchte ausdrücklich, dass Sie das wissen,
damit die Termine eingeplant werden können. Langes Sitzen ohne Bewegung ist
für das Knie derzeit noch schlecht; er fragt nach einem höhenverstellbaren
Schreibtisch.

Mein Vorschlag für das erste BEM-Gespräch: Mittwoch, 6. Mai, 10 Uhr, bei mir
im Büro, mit Herrn Pfeuffer, Ihnen und – wenn er das wünscht – jemandem vom
Betriebsrat. Die Teilnahme ist für ihn freiwillig.

Bitte behandeln Sie die Informationen zur Erkrankung vertraulich und legen
Sie nichts davon in der Teamablage ab. In die Personalakte kommt nur die
Tatsache, dass ein BEM angeboten wurde.

Viele Grüße
Ulrike Stenzel

''' + sig('stenzel')
    return M(who('stenzel'), 'Sabine Brandl <sabine.brandl@auenfels.example>',
             '[vertraulich] BEM Herr Pfeuffer – Gesprächstermin', '2026-04-29 14:05', body)


@mail(38, 'NORMAL', 'en', 'insurer-to-press',
      'trap: English press release on annual results - claims inflation, bodily injury costs, storm losses as aggregates')
def _():
    body = '''PRESS RELEASE – for immediate release

Auenfels Group 2025: premium growth of 6.1 %, combined ratio improves to 96.4 %

Bamberg, 26 March 2026 – The Auenfels Group increased its gross written
premium in 2025 by 6.1 % to EUR 1.42 billion. The combined ratio in
property and casualty insurance improved from 99.8 % to 96.4 %, despite
claims inflation in motor insurance.

Key figures 2025
- Gross written premium: EUR 1.42 bn (2024: EUR 1.34 bn)
- Property & casualty combined ratio: 96.4 % (99.8 %)
- Motor: average cost of a repair claim +7 %, average cost of a bodily
  injury claim +9 %, driven by longer rehabilitation and higher care costs
- Natural catastrophes: EUR 61 m in storm, hail and heavy rain losses
  (2024: EUR 94 m)
- Health and life: 612,000 insured persons; benefits paid EUR 388 m
- Solvency ratio: 204 %

"Repair and medical costs keep rising, and we see that above all in motor
insurance," said CEO Dr. Cornelia Weißgerber. "We have answered with a
stronger partner-workshop network and with early rehabilitation management
for people injured in road accidents, which helps them and reduces costs."

The full annual report is available at www.auenfels.example/investors.

Press contact:
''' + sig('tessmann') + '\n\n' + FOOTER_EN
    return M(who('tessmann'), 'International press list <press-international@lists.auenfels.example>',
             'Press release: Auenfels Group 2025 results', '2026-03-26 07:00', body,
             bcc='Miriam Tessmann <miriam.tessmann@auenfels.example>')


@mail(39, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'tenant liability: customer\'s washing machine flooded the flat below, neighbours and landlord named, policy and claim number; nobody hurt')
def _():
    body = '''Dear Ms Kowalski,

thank you for your call this morning, and don't worry – this is exactly
what your personal liability insurance is for.

I have opened claim HP-26-002311 under your policy AV-P 612 007 945.
To sum up what you told me:

- On Sunday 14 June the inlet hose of your washing machine came off while
  you were out. Water ran into the flat below you (Schmitt-Ludwig family,
  ground floor, Tocklergasse 6, Bamberg).
- Their kitchen ceiling and one wall are wet, some ceiling plaster came
  down. Nobody was at home, so nobody was hurt.
- The landlord, Mr Erwin Deuerling, has informed his buildings insurer.

How it works from here:
1. Damage to the building itself (ceiling, plaster, floor) is normally paid
   by the landlord's buildings insurer. They may later ask us for the money
   back – that is between the insurers, you don't need to do anything.
2. Damage to the Schmitt-Ludwigs' own belongings (e.g. their kitchen
   table, a rug) is a liability claim against you. Please give them my
   contact details and ask them to send us a list with photos.
3. Your own washing machine and anything of yours that got wet would be
   your household contents insurance, not this policy.

Please don't promise anyone payment or sign anything – just refer them to
me.

Kind regards

''' + sig('hansen') + '\n\n' + FOOTER_EN
    return M(who('hansen'), 'Hannah Kowalski <hannah.kowalski@webpost-mail.example>',
             'Water damage at Tocklergasse 6 – your claim HP-26-002311', '2026-06-15 12:52', body)


@mail(40, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'advance on pain and suffering to an injured passenger: nasal fracture, concussion, hospital night, plus her IBAN')
def _():
    body = '''Sehr geehrte Frau Liebl,

vielen Dank für die Unterlagen, die Sie uns nach dem Unfall vom
21. März 2026 in Breitengüßbach geschickt haben. Sie saßen als Beifahrerin
im Fiat Panda Ihrer Schwester, in den unser Versicherungsnehmer beim
Abbiegen hineingefahren ist.

Aus dem Bericht der Notaufnahme und dem Attest Ihres HNO-Arztes ergibt sich:
  - Nasenbeinfraktur, am 24. März geschlossen reponiert,
  - Gehirnerschütterung (Commotio cerebri), eine Nacht zur Überwachung
    stationär,
  - Prellungen an Brustkorb und linker Schulter durch den Gurt,
  - arbeitsunfähig vom 21. März bis 10. April 2026.

Wir zahlen Ihnen heute einen Vorschuss auf das Schmerzensgeld von
2.500 EUR auf das von Ihnen genannte Konto:

  Kontoinhaberin: Johanna Liebl
  IBAN: DE69 7635 0000 2708 6089 08

Den Verdienstausfall (Differenz zwischen Nettolohn und Krankengeld) und
die Zuzahlungen für Medikamente rechnen wir ab, sobald uns die
Lohnbescheinigung Ihres Arbeitgebers vorliegt.

Das endgültige Schmerzensgeld besprechen wir, wenn Ihr HNO-Arzt die
Behandlung abgeschlossen hat – Sie hatten erwähnt, dass eventuell noch eine
Korrektur der Nasenscheidewand nötig sein könnte.

Mit freundlichen Grüßen

''' + sig('wendeler') + '\n\n' + FOOTER_DE
    return M(who('wendeler'), 'Johanna Liebl <johanna.liebl@frankenmail.example>',
             'Unfall vom 21.03.2026 – Vorschuss Schmerzensgeld (KP-26-001508)',
             '2026-04-20 09:12', body)


@mail(41, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: order for secure shredding containers for the health benefits department\'s medical reports - logistics only')
def _():
    body = '''Sehr geehrte Frau Gerstner,

wir möchten den Rahmenvertrag über die Aktenvernichtung für unseren
Standort Bamberg um weitere Behälter erweitern:

  20 x Sicherheitsbehälter 240 l, abschließbar, Schutzklasse 3 / P-4
       für Leistungsabteilung Kranken (Arztberichte, Rechnungen,
       Heil- und Kostenpläne), 3. OG
  10 x Sicherheitsbehälter 240 l für Personenschaden Kfz, 1. OG
   5 x Datenträgerbehälter (H-4) für die IT, UG

Leerung bitte wie bisher 14-tägig, dienstags; für die Leistungsabteilung
Kranken ab Juli wöchentlich.

Wie im Vertrag vereinbart, benötigen wir nach jeder Vernichtung das
Vernichtungsprotokoll mit Behälternummern. Die Protokolle gehen bitte an
unseren Datenschutzbeauftragten, Herrn Rauscher (datenschutz@auenfels.example).

Lieferung der neuen Behälter an Tor 2; Ansprechpartner vor Ort ist
Herr Lohmeier.

Mit freundlichen Grüßen

''' + sig('lohmeier') + '\n\n' + FOOTER_DE
    return M(who('lohmeier'), 'Akten-Safe Franken GmbH <vertrieb@akten-safe-franken.example>',
             'Erweiterung Rahmenvertrag Aktenvernichtung – zusätzliche Behälter',
             '2026-06-02 11:28', body, cc=who('rauscher'))


@mail(42, 'CONFIDENTIAL', 'de', 'insurer-to-authority',
      'request to the police for accident data: named drivers, plates, claim number; states that nobody was injured')
def _():
    body = '''Sehr geehrte Damen und Herren,

wir sind Kfz-Haftpflicht- und Kaskoversicherer von Frau Lea Brunnhuber
(Skoda Octavia, BA-LB 77). Am 28. Januar 2026 gegen 17:50 Uhr kam es an der
Kreuzung Emil-Kemmer-Straße / Kronacher Straße in Hallstadt zu einem
Zusammenstoß mit einem Audi A4, amtliches Kennzeichen BA-ZZ 804, Fahrer nach
Angaben unserer Versicherungsnehmerin ein Herr Kubitza.

Der Unfall wurde von einer Streife Ihrer Dienststelle aufgenommen
(Vorgangsnummer laut Unfallmitteilung: BY8117-002931-26/4). Verletzt wurde
nach Angaben beider Beteiligter niemand.

Da beide Fahrer angeben, bei Grün gefahren zu sein, bitten wir um Auskunft,
ob Zeugen ermittelt wurden, und gegebenenfalls um deren Namen und
Anschriften, soweit Sie diese an Beteiligte herausgeben dürfen. Ein
berechtigtes Interesse ergibt sich aus der Regulierung des Schadens
(§ 475 StPO bzw. Auskunft nach Art. 5 BayPAG). Sollte eine Auskunft nur an
einen Rechtsanwalt möglich sein, teilen Sie uns das bitte kurz mit.

Unser Zeichen: KS-26-006093.

Mit freundlichen Grüßen

''' + sig('oberlaender') + '\n\n' + FOOTER_DE
    return M(who('oberlaender'), 'PI Bamberg-Land – Verkehr <verkehr.pi-bamberg-land@polizei-bayern.example>',
             'Verkehrsunfall 28.01.2026 Hallstadt – Anfrage Zeugen – Az. BY8117-002931-26/4',
             '2026-02-17 13:40', body)


@mail(43, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'international student health insurance: root canal treatment on tooth 36, dental invoice reimbursed')
def _():
    body = '''Dear Ms Nakamura,

we have processed the dental invoice you uploaded on 2 July:

  Dentist:    Zahnarztpraxis Dr. Kühnlein, Bamberg
  Treatment:  root canal treatment, lower left first molar (tooth 36),
              3 sessions between 9 and 30 June, incl. X-rays and
              temporary filling
  Invoice:    EUR 642.18

Under your student health plan (policy AV-KV-S 2 204 516) root canal
treatment is covered at 80 %. We will therefore reimburse EUR 513.74. The
crown that your dentist recommends for this tooth is not yet part of this
invoice. Crowns are covered at 50 % after a waiting period of eight months,
which you have completed, so please send us the treatment plan ("Heil- und
Kostenplan") before the work starts and we will confirm the amount in
advance.

The payment will reach your account within five working days.

Best regards

''' + sig('reischl') + '\n\n' + FOOTER_EN
    return M(who('reischl'), 'Aiko Nakamura <aiko.nakamura@uni-mail.example>',
             'Your dental invoice of 30 June – reimbursement', '2026-07-07 10:10', body)


@mail(44, 'NORMAL', 'de', 'internal',
      'trap: damage to a company pool car in the underground car park - company plate, nobody named, asking the driver to report')
def _():
    body = '''Hallo zusammen,

am Poolfahrzeug BA-AV 105 (grauer Golf Variant, Stellplatz U2-14) ist seit
gestern die hintere rechte Tür eingedrückt, Lackschaden bis zum Radlauf.
Sieht nach dem Betonpfeiler neben der Ausfahrt aus.

Wer das Auto zuletzt hatte und es gemerkt hat: kein Drama, das passiert.
Bitte meldet euch einfach kurz bei mir, damit wir den Schaden im Fuhrpark
ordentlich aufnehmen können (Kaskomeldung, Datum, Uhrzeit). Laut Buchungstool
war das Fahrzeug am Montag und Dienstag unterwegs, die Buchungen zeige ich
hier aber nicht.

Bei der Gelegenheit: Der Pfeiler wird nächste Woche mit gelb-schwarzer
Markierung und einem Rammschutz versehen. Bis dahin bitte beim Ausparken aus
U2-14 bis U2-18 besonders aufpassen.

Danke!
Stefan

''' + sig('lohmeier')
    return M(who('lohmeier'), 'Poolfahrzeug-Nutzer <poolfahrzeuge@auenfels.example>',
             'Schaden am Poolfahrzeug BA-AV 105 – wer war zuletzt unterwegs?',
             '2026-03-11 08:05', body, agent='Microsoft Outlook 16.0')


@mail(45, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'commission statement to a sole-trader broker: her new IBAN and tax number, commission amounts')
def _():
    body = '''Liebe Frau Kögler,

danke für Ihre Nachricht. Ich habe Ihre neue Bankverbindung an die
Provisionsabrechnung weitergegeben; sie gilt ab der Abrechnung für April:

  Kontoinhaberin: Sabine Kögler
  IBAN: DE47 7793 5010 1872 6809 798 -> korrigiert: DE47 7935 0101 8726 8097 98

(In Ihrer Mail war eine Ziffer verrutscht; ich habe die Nummer mit Ihnen am
Telefon abgeglichen, die zweite ist die richtige.)

Ihre Steuernummer 207/263/40518 ist bei uns hinterlegt; als
Versicherungsvermittlerin sind Sie umsatzsteuerbefreit, auf der Abrechnung
wird daher keine USt ausgewiesen.

Die Courtageabrechnung für das erste Quartal (Abschluss 2.318,40 EUR,
Bestand 1.406,75 EUR, abzüglich Stornoreserve 231,84 EUR) ist am 8. April
noch auf das alte Konto gegangen. Falls das alte Konto schon aufgelöst ist,
sagen Sie mir Bescheid, dann lassen wir die Rücklastschrift abwarten und
überweisen neu.

Herzliche Grüße

''' + sig('hofrichter') + '\n\n' + FOOTER_DE
    return M(who('hofrichter'), 'Sabine Kögler <info@koegler-vers.example>',
             'AW: neue Bankverbindung ab April', '2026-04-10 16:02', body)


@mail(46, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'long-term care daily allowance: insured mother with dementia, care grade 3 assessed by the medical service, monthly payment')
def _():
    body = '''Sehr geehrter Herr Schütz,

vielen Dank, dass Sie uns das Gutachten des Medizinischen Dienstes für
Ihre Mutter, Frau Hildegard Schütz, geschickt haben. Ihre Vollmacht liegt uns
vor, deshalb schreibe ich Ihnen direkt.

Der Medizinische Dienst hat nach dem Hausbesuch am 14. Juli 2026 den
Pflegegrad 3 festgestellt (bisher Pflegegrad 2). Als Hauptgrund nennt das
Gutachten die fortschreitende Alzheimer-Demenz mit zunehmender
Orientierungsstörung, dazu die Sturzgefahr nach der Hüftoperation im Frühjahr.

Aus der Pflegetagegeldversicherung Ihrer Mutter (AV-PT 3 118 004) zahlen wir
deshalb ab dem 1. Juli 2026:

  Pflegegrad 3, ambulante Pflege:  42 EUR täglich
  für Juli 2026 (31 Tage):         1.302,00 EUR

Die Differenz für Juli wird in den nächsten Tagen nachgezahlt, ab August
erfolgt die Zahlung monatlich im Voraus auf das bekannte Konto.

Ab Pflegegrad 3 entfällt außerdem die Beitragspflicht für diesen Vertrag –
der Beitrag für August wird schon nicht mehr abgebucht.

Sollte Ihre Mutter später in ein Pflegeheim umziehen, teilen Sie uns das bitte
mit; das Tagegeld steigt dann auf 60 EUR.

Mit freundlichen Grüßen

''' + sig('aydin') + '\n\n' + FOOTER_DE
    return M(who('aydin'), 'Werner Schütz <werner.schuetz@t-net.example>',
             'Pflegetagegeld Ihrer Mutter – neuer Pflegegrad', '2026-07-28 11:45', body)


@mail(47, 'NORMAL', 'en', 'internal',
      'IT change notice: certificate renewal for the repair-shop portal - technical only')
def _():
    body = '''Change CHG-2026-0311 – approved by CAB on 14 April

What:   renewal of the TLS certificate for werkstatt.auenfels.example
        (repair-shop and glass partner portal) and the SFTP host
        sftp-werkstatt.auenfels.example
When:   Tuesday 21 April 2026, 21:00-21:30
Impact: partners may get one connection error during the switch; uploads in
        progress are retried automatically.

The new certificate is issued by our usual CA, valid until 20 May 2027.
The SFTP host key does NOT change, so partners do not need to confirm a new
fingerprint.

Partners who pin the certificate in their own workshop software (currently
known: 3 body shop chains) were informed by Katrin's team last week with the
new fingerprint:

  SHA-256  4E:91:0C:7A:B3:22:5D:E8:1F:60:9A:44:C7:0B:DE:12:
           38:AF:65:90:2C:E1:7B:D4:08:53:F6:A9:3E:71:CC:05

Rollback: old certificate is valid until 30 April; we can switch back within
five minutes.

Marek

''' + sig('zielinski')
    return M(who('zielinski'), 'IT Change Management <cab@auenfels.example>',
             'CHG-2026-0311: certificate renewal repair-shop portal, 21 April 21:00',
             '2026-04-15 10:31', body, cc=who('oberlaender'))


@mail(48, 'CONFIDENTIAL', 'en', 'insurer-to-company',
      'fleet claims report to the policyholder company: drivers named with plates, claim numbers and amounts in a CSV; no injuries')
def _():
    body = '''Dear Mr Ashworth,

as agreed in our review meeting, please find attached the claims list for
your fleet for the first quarter of 2026 (fleet policy AV-KF 77 120 045).

Eleven claims in total, all damage only – no injuries in this quarter, which
is good news. Four of them are reversing or manoeuvring incidents, three of
those with the Transit vans. You may want to look at reversing cameras for
the older vans; we would accept them as a risk improvement at the next
renewal.

The open claim KF-26-011562 (Hallstadt) is settled with the third party;
final amount EUR 3,412.60.

The list contains your drivers' names, so please keep it within your fleet
management.

Kind regards

''' + sig('donnelly') + '\n\n' + FOOTER_EN
    csvtext = '''claim_no;date;plate;vehicle;driver;type;third_party;status;paid_eur;reserve_eur
KF-26-010233;2026-01-08;BA-HL 204;Ford Transit Custom;Paul Dorsch;reversing into gate post;no;closed;1180.40;0.00
KF-26-010781;2026-01-19;BA-HL 231;VW Caddy;Marta Nowak;windscreen stone chip;no;closed;96.00;0.00
KF-26-010902;2026-01-22;BA-HL 212;Ford Transit Custom;Tom Beresford;side mirror vs. lorry;yes;closed;412.75;0.00
KF-26-011137;2026-01-30;BA-HL 226;Skoda Octavia;Neil Ashworth;parking damage, unknown third party;no;closed;1630.00;0.00
KF-26-011562;2026-02-09;BA-HL 220;Ford Transit Custom;Tom Beresford;reversing into parked BMW;yes;closed;3412.60;0.00
KF-26-011688;2026-02-12;BA-HL 207;Ford Transit Custom;Kemal Arslan;rear-ended at traffic lights;yes (at fault);recovery;0.00;0.00
KF-26-012011;2026-02-20;BA-HL 235;VW ID.4;Sophie Lehmann;deer collision B 173;no;closed;2846.90;0.00
KF-26-012403;2026-03-02;BA-HL 204;Ford Transit Custom;Paul Dorsch;loading ramp damage;no;open;0.00;1500.00
KF-26-012590;2026-03-06;BA-HL 231;VW Caddy;Marta Nowak;hit kerb, tyre and rim;no;closed;388.20;0.00
KF-26-012877;2026-03-16;BA-HL 212;Ford Transit Custom;Dariusz Wrona;reversing vs. bollard;no;open;0.00;900.00
KF-26-013104;2026-03-27;BA-HL 226;Skoda Octavia;Neil Ashworth;hail;no;open;0.00;2200.00
'''
    return M(who('donnelly'), 'Neil Ashworth <neil.ashworth@harcourt-logistics.example>',
             'Fleet claims Q1 2026 – Harcourt Logistics GmbH', '2026-04-14 14:18', body,
             cc='Gareth Penhallow <g.penhallow@penhallow-finch.example>',
             attachments=[('Harcourt_fleet_claims_Q1_2026.csv', csvtext, 'text/csv; charset=utf-8')])


@mail(49, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'recourse claim of the accident insurance carrier: injured claimant on her way to work, pelvic fracture, treatment costs')
def _():
    body = '''Hallo Nadine,

zu KP-25-004110 (Unfall A 70, Ausfahrt Hallstadt, 12.09.2025) ist heute
die Regressanmeldung der Verwaltungs-Berufsgenossenschaft gekommen. Kurz die
Lage, damit du das Teilungsabkommen prüfen kannst:

- Geschädigte: Frau Svenja Ott, geb. 1987, Sachbearbeiterin bei einem
  Steuerbüro in Bamberg. Sie war auf dem Weg zur Arbeit, deshalb zahlt die
  VBG als gesetzliche Unfallversicherung (Wegeunfall).
- Verletzungen laut D-Arzt-Bericht: vordere Beckenringfraktur links,
  Rippenserienfraktur 4–6 rechts, Milzkontusion (konservativ behandelt).
- Stationär 12.09.–30.09.2025, anschließend BG-Reha in Bad Kissingen bis
  28.10.2025, Wiedereingliederung seit Januar.
- Die VBG macht geltend: Heilbehandlung 31.420 EUR, Verletztengeld
  14.870 EUR, Reha 9.380 EUR, zusammen 55.670 EUR.

Haftung unseres VN: 100 %, unstreitig (Auffahrunfall am Stauende).

Für uns wichtig: Das Teilungsabkommen mit der VBG greift nur bis 50.000 EUR je
Schadenfall, alles darüber wäre nach Sach- und Rechtslage zu regeln. Bitte
prüf, ob wir die Verletztengeldzahlung in voller Höhe akzeptieren müssen
– Frau Ott hat laut ihrem Anwalt schon ab 7. Januar wieder 4 Stunden täglich
gearbeitet.

Den Schmerzensgeldanspruch von Frau Ott selbst bearbeite ich weiter.

Danke dir!
Tobias

''' + sig('wendeler')
    return M(who('wendeler'), who('erbacher'),
             '[streng vertraulich] KP-25-004110 – Regress VBG, Wegeunfall Frau Ott',
             '2026-02-03 16:22', body)


@mail(50, 'NORMAL', 'de', 'insurer-to-prospect',
      'trap: reply to a prospect about how motor premiums are calculated - general tariff information, no contract, no personal data beyond a name')
def _():
    body = '''Sehr geehrte Frau Neubauer,

vielen Dank für Ihr Interesse. Gern erkläre ich Ihnen, wovon der Beitrag für
ein Auto bei uns abhängt:

- Typklasse: Sie richtet sich nach den Schäden, die Fahrzeuge desselben
  Modells bundesweit verursachen. Ein kleiner Stadtwagen liegt meist deutlich
  günstiger als ein großer SUV.
- Regionalklasse: Sie hängt vom Zulassungsbezirk ab. Der Landkreis Bamberg
  liegt in der Haftpflicht in einer eher günstigen Klasse.
- Schadenfreiheitsklasse (SF): Je länger Sie unfallfrei fahren, desto
  niedriger der Beitrag. Als Fahranfängerin können Sie unter bestimmten
  Voraussetzungen mit SF 1/2 oder durch Übertragung von einem Elternteil
  einsteigen.
- Fahrerkreis, jährliche Fahrleistung, Garage, Wohneigentum.
- Die Kaskoart: Haftpflicht allein, Teilkasko oder Vollkasko.

Eine genaue Zahl kann ich Ihnen erst nennen, wenn ich das Fahrzeug (HSN/TSN
aus dem Fahrzeugschein) und Ihre Angaben kenne. Am einfachsten geht das über
unseren Online-Rechner unter www.auenfels.example/kfz – dort können Sie
verschiedene Varianten vergleichen und das Angebot speichern, ohne sich
festzulegen.

Wenn Sie lieber telefonieren, rufen Sie mich gern an.

Mit freundlichen Grüßen

''' + sig('aydin') + '\n\n' + FOOTER_DE
    return M(who('aydin'), 'Lisa Neubauer <lisa.neubauer@frankenmail.example>',
             'Ihre Anfrage: Wie wird der Kfz-Beitrag berechnet?', '2026-05-05 14:30', body)

# ---------------------------------------------------------------------------
# 0051-0075
# ---------------------------------------------------------------------------

@mail(51, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'storm claim: roof tiles hit the neighbour\'s car, customer and neighbour named, buildings policy and claim number; nobody hurt')
def _():
    body = '''Sehr geehrter Herr Dotterweich,

danke für Ihren Anruf und die Fotos vom Dach.

1. Ihr Dach
Der Sturm vom 4. März 2026 hat laut Deutschem Wetterdienst in Ihrer Gegend
Windstärke 9–10 erreicht, damit liegt ein versicherter Sturmschaden vor.
Den Schaden an Ihrem Haus (Wohngebäudeversicherung AV-W 131 206 558,
Schadennummer SW-26-002903) übernehmen wir. Bitte lassen Sie das Dach von
Ihrem Dachdecker notdürftig sichern; die Kosten dafür zahlen wir ebenfalls.
Schicken Sie uns den Kostenvoranschlag für die endgültige Reparatur, bevor
der Auftrag erteilt wird.

2. Das Auto Ihres Nachbarn
Zwei Ziegel sind auf den Passat von Herrn Günter Tröster gefallen
(Motorhaube, Windschutzscheibe). Das ist für Sie kein Haftpflichtfall:
Sie haften nur, wenn das Dach schlecht unterhalten war. Ihr Dach wurde 2019
neu eingedeckt, das spricht klar dagegen. Herr Tröster sollte den Schaden
deshalb seiner Teilkaskoversicherung melden – Sturm ist dort versichert.
Wenn seine Versicherung sich an uns wendet, kümmern wir uns darum.

Zum Glück ist in dem Moment niemand vorbeigegangen.

Mit freundlichen Grüßen

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_DE
    return M(who('mueckenhaupt'), 'Kilian Dotterweich <k.dotterweich@netzpost.example>',
             'Sturmschaden Dach und Auto Ihres Nachbarn – SW-26-002903', '2026-03-06 15:09', body)


@mail(52, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'life death claim notified to group reinsurance: named insured, cause of death (myocardial infarction), sum assured, beneficiary')
def _():
    body = '''Hi Priya,

a death claim for you to notify to Alpenwall under the life quota share
(surplus above our EUR 250,000 retention):

  Policy:        AV-L 4 402 991, term life, start 01.10.2019
  Life insured:  Karl-Heinz Rupprecht, born 17.02.1968
  Date of death: 9 May 2026
  Cause:         acute myocardial infarction (per death certificate and
                 the emergency physician's report; no autopsy)
  Sum assured:   EUR 400,000
  Beneficiary:   spouse, Mrs Brigitte Rupprecht

Contestability: the policy is more than five years in force, so no review of
the application answers is possible anyway. For completeness: he declared
raised cholesterol at underwriting (statin), accepted at standard rates.

We intend to pay the full sum at the end of next week once the certificate
of inheritance question is resolved (the beneficiary designation is clear, so
probably not needed). Reinsurer share would be EUR 150,000.

Can you send the notification and let me know if Alpenwall wants the
documents? I'd rather send them via the secure portal than attach them.

Thanks,
Hendrik

''' + sig('baumgaertel')
    return M(who('baumgaertel'), who('raman'),
             'Death claim AV-L 4 402 991 – notification to Alpenwall (quota share)',
             '2026-05-20 10:48', body)


@mail(53, 'NORMAL', 'de', 'internal',
      'trap: actuarial analysis of motor loss ratios by region with bodily-injury share - aggregates only, XLSX')
def _():
    body = '''Hallo Greta,

hier wie gewünscht die Auswertung Schadenquote Kfz-Haftpflicht nach
Regionalklasse für unser Bestandsgebiet (Anfalljahr 2025, Stand 31.03.2026).

Auffällig:
- Die Zulassungsbezirke mit Autobahnanteil (A 3, A 70, A 73) haben einen
  deutlich höheren Anteil Personenschäden am Schadenaufwand (bis 58 %).
- In den Stadtbezirken ist die Frequenz höher, der Durchschnittsschaden
  aber niedriger – typisch Parkschäden.
- Zwei Bezirke mit sehr kleinem Bestand habe ich unter "übrige" zusammen-
  gefasst; einzelne Großschäden würden dort sonst alles verzerren.

Für die Tarifierung 2027 würde ich vorschlagen, die Regionalklassen in den
Bezirken BA-Land und FO um je eine Stufe anzuheben. Lass uns das am
Donnerstag besprechen.

Gruß
Raphael

''' + sig('gruenwald')
    rows = [['Zulassungsbezirk', 'Fahrzeugjahre', 'Schadenhäufigkeit ‰', 'Ø Schaden EUR',
             'Anteil Personenschaden am Aufwand', 'Schadenquote %'],
            ['Bamberg Stadt', 38210, 71.4, 3120, 0.31, 68.2],
            ['Bamberg Land', 71544, 58.9, 4480, 0.52, 79.6],
            ['Forchheim', 52870, 57.2, 4390, 0.58, 81.3],
            ['Lichtenfels', 29105, 52.0, 3870, 0.44, 66.9],
            ['Coburg Stadt', 21340, 66.1, 3010, 0.29, 64.0],
            ['Haßberge', 36980, 50.3, 4020, 0.49, 70.8],
            ['Erlangen-Höchstadt', 64210, 60.7, 4150, 0.47, 74.5],
            ['übrige (zusammengefasst)', 18760, 55.8, 3940, 0.41, 69.1]]
    return M(who('gruenwald'), who('vollmer'),
             'Auswertung Schadenquote KH nach Regionalklasse AJ 2025', '2026-04-21 17:30', body,
             attachments=[('SQ_KH_Regionalklasse_AJ2025.xlsx',
                           xlsx([('Auswertung', rows)], creator='Raphael Grünwald'), MIME_XLSX)])


@mail(54, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'car stolen abroad: named customer, plate and VIN, French police report number, policy and claim number; no one hurt')
def _():
    body = '''Dear Mr Whitaker,

I'm sorry to hear that your car was stolen in Lyon. I have registered the
theft under claim number KS-26-014207 (your policy AV-K 455 318 902,
comprehensive cover).

Vehicle: VW Tiguan 2.0 TDI, registration N-DW 818,
VIN WVGZZZ5NZMW045187

Thank you for sending the "récépissé de dépôt de plainte" from the
Commissariat Lyon 2e (reference 2026/004311). Please also report the theft to
the German police (any police station, or online via the Bavarian police
website) and to the registration office in Nuremberg, so that the vehicle
is flagged in Germany as well.

What happens next:
- We have to wait one month from the date of the theft (16 May). If the car
  is not found by 16 June, we pay the replacement value.
- Please send us both keys by registered post. If one key is missing, tell
  us why.
- The replacement value will be determined by an expert based on the
  vehicle's age and mileage (you mentioned approx. 48,000 km).
- The hire car in Lyon and your train ticket home are covered up to the
  limits of your European breakdown cover – please keep the receipts.

Kind regards

''' + sig('oberlaender') + '\n\n' + FOOTER_EN
    return M(who('oberlaender'), 'Daniel Whitaker <daniel.whitaker@mailhub.example>',
             'Theft of your car in Lyon – claim KS-26-014207', '2026-05-19 11:55', body)


@mail(55, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'accident insurance: request to the trauma surgeon about a knee injury (meniscus, ACL) after a cyclist was knocked over by a loose dog')
def _():
    body = '''Sehr geehrter Herr Dr. Stamminger,

Ihr Patient, Herr Ralf Gebhardt, geb. 30.10.1974, hat bei uns eine private
Unfallversicherung (AV-U 602 913 448). Er hat uns folgenden Unfall gemeldet:

Am 22. Juni 2026 fuhr er mit dem Fahrrad auf dem Regnitz-Radweg bei
Pettstadt, als ein nicht angeleinter Hund quer über den Weg lief. Herr
Gebhardt stürzte und verdrehte sich das rechte Knie. Er hat sich noch am
selben Tag bei Ihnen als Durchgangsarzt vorgestellt.

Nach seinen Angaben wurde im MRT ein Riss des Innenmeniskus und eine
Teilruptur des vorderen Kreuzbandes festgestellt; eine Arthroskopie sei
für August geplant.

Für die Prüfung unserer Leistungen bitten wir Sie um einen kurzen
Befundbericht:
  1. Erstbefund am Unfalltag,
  2. MRT-Befund,
  3. geplante bzw. durchgeführte Behandlung,
  4. Vorschäden am rechten Knie (Herr Gebhardt gibt an, keine zu haben),
  5. voraussichtliche Dauer der Behandlung.

Die Schweigepflichtentbindung von Herrn Gebhardt liegt bei. Für den Bericht
zahlen wir eine Gebühr nach GOÄ Nr. 75.

Am liebsten erhalten wir den Bericht über den verschlüsselten Upload-Link,
den wir Ihrer Praxis gesondert schicken.

Mit freundlichen Grüßen

''' + sig('kraft') + '\n\n' + FOOTER_DE
    return M(who('kraft'), 'Praxis Dr. Stamminger <praxis@unfallchirurgie-stamminger.example>',
             'Befundbericht Herr Ralf Gebhardt, geb. 30.10.1974 – Unfall 22.06.2026',
             '2026-07-01 09:27', body)


@mail(56, 'NORMAL', 'en', 'newsletter',
      'trap: English broker newsletter on a claims app - first notice of loss figures, injury checkbox, all general')
def _():
    text = '''AUENFELS BROKER NEWS - June 2026

1. New: report claims for your clients in the broker app
From 1 July you can report motor and property claims for your clients
directly in the Auenfels broker app. Photos, the accident sketch and witness
details can be added on the spot; the claim is assigned to a handler within
two hours on working days.

In the pilot with 40 broker firms, 72 % of claims were reported on the day
of the incident, and the average time to the first payment fell from 9 to 4
days.

If someone was injured, simply tick "personal injury" - the claim then goes
straight to our bodily injury team, who will contact the injured person
themselves. You don't need to collect medical documents.

2. Webinar: "After the storm" - property claims in practice
Thursday 9 July, 10:00, 45 minutes, with our property claims team.

3. Service hours over the summer
The broker hotline is open Monday to Friday 8:00-18:00 all summer.

You receive this newsletter as a registered Auenfels partner.
Unsubscribe: https://makler.auenfels.example/newsletter
'''
    html = '''<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#0f4c5c">AUENFELS BROKER NEWS &ndash; June 2026</h2>
<h3>1. New: report claims for your clients in the broker app</h3>
<p>From 1 July you can report motor and property claims for your clients directly in the
Auenfels broker app. Photos, the accident sketch and witness details can be added on the spot;
the claim is assigned to a handler within two hours on working days.</p>
<p>In the pilot with 40 broker firms, <b>72&nbsp;%</b> of claims were reported on the day of the
incident, and the average time to the first payment fell from 9 to 4 days.</p>
<p>If someone was injured, simply tick <i>personal injury</i> &ndash; the claim then goes straight
to our bodily injury team, who will contact the injured person themselves. You don't need to
collect medical documents.</p>
<h3>2. Webinar: &ldquo;After the storm&rdquo; &ndash; property claims in practice</h3>
<p>Thursday 9 July, 10:00, 45 minutes, with our property claims team.</p>
<h3>3. Service hours over the summer</h3>
<p>The broker hotline is open Monday to Friday 8:00&ndash;18:00 all summer.</p>
<p style="color:#888;font-size:11px">You receive this newsletter as a registered Auenfels partner.
<a href="https://makler.auenfels.example/newsletter">Unsubscribe</a></p>
</body></html>
'''
    return M('Auenfels Broker News <brokernews@auenfels.example>',
             'Broker partners <brokernews-list@lists.auenfels.example>',
             'Broker News June 2026: report claims in the app', '2026-06-23 08:15', text,
             html=html, agent='Auenfels Mailer 2.4')


@mail(57, 'CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'dooring incident: cyclist\'s e-bike damaged, she and a witness named, our policyholder named, claim number; cyclist unhurt')
def _():
    body = '''Sehr geehrte Frau Hümmer,

vielen Dank für Ihre Schilderung und den Kostenvoranschlag des
Fahrradhändlers.

Unser Versicherungsnehmer, Herr Armin Schuberth, hat bestätigt, dass er am
2. Juli 2026 in der Königstraße die Fahrertür seines geparkten Wagens
geöffnet hat, ohne auf den Radweg zu achten. Sie konnten noch bremsen, sind
aber mit dem Vorderrad gegen die Tür gefahren. Gut, dass Sie nicht gestürzt
sind und unverletzt blieben – Herr Yilmaz, der das vom Café aus gesehen hat,
hat uns das ebenfalls so beschrieben.

Wir übernehmen den Schaden an Ihrem E-Bike vollständig:

  Kostenvoranschlag Zweirad Kraus vom 06.07.2026
  (Vorderrad, Gabel, Display, Arbeitslohn)          847,60 EUR
  Pauschale für Telefon und Porto                    25,00 EUR
  zusammen                                          872,60 EUR

Bitte teilen Sie uns Ihre Bankverbindung mit, dann überweisen wir den
Betrag sofort. Wenn Sie die Reparatur lieber direkt von Zweirad Kraus mit uns
abrechnen lassen wollen, geht das auch.

Für die Zeit der Reparatur erstatten wir Ihnen außerdem die Kosten für ein
Leihrad oder Fahrkarten, wenn Sie die Belege schicken.

Unser Zeichen: HP-26-002877 (Kfz-Haftpflicht, Vertrag von Herrn Schuberth).

Mit freundlichen Grüßen

''' + sig('oberlaender') + '\n\n' + FOOTER_DE
    return M(who('oberlaender'), 'Teresa Hümmer <teresa.huemmer@posteo-mail.example>',
             'Ihr E-Bike – Unfall Königstraße am 02.07.2026 (HP-26-002877)',
             '2026-07-08 10:44', body)


@mail(58, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'daily sickness allowance for a self-employed joiner after carpal tunnel surgery on both hands (G56.0), sick notes and payment')
def _():
    body = '''Hallo Herr Sandner,

kurz zum Stand Ihres Krankentagegelds:

Die Arbeitsunfähigkeitsbescheinigungen von Dr. Roppelt liegen jetzt
lückenlos vom 4. Mai bis 26. Juni 2026 vor (Diagnose G56.0,
Karpaltunnelsyndrom, OP rechts am 5. Mai und links am 2. Juni). Ihr Tarif
KT 22 zahlt ab dem 22. Tag der Arbeitsunfähigkeit 120 EUR täglich.

  Leistungszeitraum 25.05.–26.06.2026 = 33 Tage x 120 EUR = 3.960,00 EUR

Den Betrag haben wir heute angewiesen.

Für die Zeit ab 27. Juni brauchen wir eine neue Bescheinigung. Sie hatten
am Telefon gesagt, dass Sie ab Mitte Juli wieder stundenweise in die
Werkstatt wollen – das ist in Ordnung, aber bitte melden Sie uns den Tag, an
dem Sie wieder arbeiten, auch wenn es nur ein paar Stunden sind. Bei
Selbständigen endet die Arbeitsunfähigkeit im Sinne der Bedingungen mit der
ersten beruflichen Tätigkeit.

Gute Besserung für die Hände!

Viele Grüße

''' + sig('reischl') + '\n\n' + FOOTER_DE
    return M(who('reischl'), 'Oliver Sandner <info@schreinerei-sandner.example>',
             'Krankentagegeld – Abrechnung bis 26.06.2026', '2026-07-02 16:15', body)


@mail(59, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: statistics report on deer collisions and injured persons by district to the insurers\' association - aggregates only')
def _():
    body = '''Sehr geehrte Frau Dr. Hollfelder,

anbei unsere Meldung zur Wildunfallstatistik 2025 für den Arbeitskreis
Kraftfahrt des Landesverbands, wie in der Sitzung im März vereinbart.

Kurzfassung für unser Geschäftsgebiet:
  - 4.812 gemeldete Wildschäden in der Teilkasko (2024: 4.390)
  - Ø Schadenaufwand 3.260 EUR (2024: 3.050 EUR)
  - 61 Unfälle mit verletzten Personen, davon 9 mit schwer Verletzten;
    in 47 Fällen war die Ursache ein Ausweichmanöver ohne Kollision
  - Schwerpunkte: B 22 (Steigerwald), B 173, St 2190, Kreis Haßberge
  - Monate mit den meisten Schäden: April, Oktober, November

Die Angaben zu Verletzten stammen aus unseren Kfz-Haftpflicht- und
Unfallakten und sind nur als Anzahl enthalten. Einzelfälle melden wir, wie
besprochen, nicht.

Die Tabelle nach Landkreisen kommt über das Verbandsportal.

Mit freundlichen Grüßen

''' + sig('gruenwald') + '\n\n' + FOOTER_DE
    return M(who('gruenwald'), 'Dr. Ute Hollfelder <u.hollfelder@lv-versicherer-bayern.example>',
             'AK Kraftfahrt: Meldung Wildunfallstatistik 2025 – Auenfels', '2026-05-13 13:20', body)


@mail(60, 'CONFIDENTIAL', 'en', 'insurer-to-partner',
      'assistance partner instructed to tow and provide a hire car: customer named with mobile, plate, location; nobody hurt')
def _():
    body = '''Dear GlobeAssist team,

please organise towing and a replacement car for our policyholder:

  Name:       Felix Haberland (travelling with wife and two children)
  Mobile:     +49 160 5550 7720
  Vehicle:    Skoda Kodiaq, BA-FH 2204, silver
  Location:   A1 Westautobahn, parking area Mondsee, direction Salzburg,
              Austria
  Policy:     AV-K 390 004 163 incl. "Europa-Schutzbrief"
  Our ref.:   KS-26-017390

What happened: about 45 minutes ago, a lorry changing lanes caught the
left rear of the car. The car is drivable only at low speed, the rear wheel
is bent. Nobody was hurt. The Austrian police attended (Autobahnpolizei
Seewalchen), the lorry's details were exchanged.

Cover: towing to the nearest suitable workshop, hire car of a comparable
class (7 seats needed) for up to 7 days or return of the family to
Bamberg, whichever is cheaper. Hotel for one night if the hire car cannot be
provided today.

Please confirm the booking reference to Mr Haberland by SMS and to us by
e-mail.

Thank you,

''' + sig('donnelly') + '\n\n' + FOOTER_EN
    return M(who('donnelly'), 'GlobeAssist Operations <ops@globeassist.example>',
             'URGENT – towing + hire car, A1 Mondsee (AT) – KS-26-017390', '2026-08-01 14:37',
             body, importance='high')


@mail(61, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'body only confirms receipt; the quoted mail of the injured tenant describes a head wound, stitches, concussion and headaches')
def _():
    body = '''Sehr geehrte Frau Rambach,

vielen Dank für Ihre Nachricht und die Unterlagen. Ich habe alles erhalten
und melde mich bis Ende nächster Woche mit einer ausführlichen Antwort.

Mit freundlichen Grüßen

''' + sig('hansen') + '''

-----Ursprüngliche Nachricht-----
Von: Ilse Rambach <ilse.rambach@frankenmail.example>
Gesendet: Sonntag, 24. Mai 2026 17:58
An: Hansen, Ole <ole.hansen@auenfels.example>
Betreff: Balkonfliese – Unterlagen

Sehr geehrter Herr Hansen,

Herr Kastner (mein Vermieter) hat mir Ihre Adresse gegeben. Wie schon am
Telefon gesagt: am 9. Mai ist mir beim Aufschließen der Haustür (Kapellenstr. 14)
eine Fliese vom Balkon im 2. Stock auf den Kopf gefallen. Ich hatte eine
Platzwunde am Hinterkopf, die in der Notaufnahme mit 6 Stichen genäht wurde,
und eine Gehirnerschütterung. Ich musste eine Nacht im Krankenhaus bleiben.
Seitdem habe ich immer wieder Kopfschmerzen und mir wird schwindlig, wenn ich
mich schnell bücke. Mein Hausarzt Dr. Seeberger hat mich bis 22.5. krank
geschrieben und mich zum Neurologen überwiesen, Termin ist erst im Juli.

Anbei der Arztbrief vom Krankenhaus, die Krankmeldung und die Rechnung für die
Zuzahlung. Meine Brille ist auch kaputt gegangen (Rechnung Optik Wenzel, 389 EUR).

Ich finde es wichtig, dass der Balkon jetzt endlich repariert wird, da sind
noch mehr Fliesen locker.

Mit freundlichen Grüßen
Ilse Rambach
'''
    return M(who('hansen'), 'Ilse Rambach <ilse.rambach@frankenmail.example>',
             'AW: Balkonfliese – Unterlagen', '2026-05-26 08:14', body,
             in_reply_to=old_id('rambach', 'frankenmail.example'))


@mail(62, 'NORMAL', 'de', 'internal',
      'farewell party for a retiring colleague - name only in an organisational context')
def _():
    body = '''Liebe Kolleginnen und Kollegen,

nach 38 Jahren bei Auenfels – davon 31 im Kfz-Schaden – geht unser Gottfried
Haas Ende Juni in den Ruhestand. Kaum jemand hat so viele Unfallskizzen
gesehen, so viele Werkstattrechnungen nachgerechnet und so viele
Kolleginnen und Kollegen eingearbeitet wie er.

Wir verabschieden ihn am

  Freitag, 26. Juni 2026, ab 14:00 Uhr
  auf der Dachterrasse (bei Regen in der Kantine)

Für ein Geschenk sammeln Jana (1.21) und Katrin (1.14) bis 19. Juni. Wer eine
Anekdote oder ein Foto für das Erinnerungsbuch hat: bitte an Katrin schicken.

Und bitte nichts verraten!

Viele Grüße
Katrin und Jana
'''
    return M(who('oberlaender'), 'Bereich Schaden <bereich-schaden@auenfels.example>',
             'Abschied Gottfried – 26. Juni auf der Dachterrasse (psst!)', '2026-06-05 12:41',
             body, cc=who('hofrichter'))


@mail(63, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'returned direct debit for a motor premium: customer named, policy number, outstanding amount, new IBAN in the quoted reply')
def _():
    body = '''Dear Mr Fernández,

thank you for the quick reply. I have stored the new account and will
collect the outstanding premium of EUR 214.60 (returned debit of 1 August
plus the bank's return fee of EUR 3.00) on 18 August from

  IBAN DE82 7935 0101 2792 4581 96

Your motor policy AV-K 506 772 310 remains in force; you do not need to do
anything else. The reminder you received is cancelled.

Kind regards

''' + sig('aydin') + '''

> -----Original Message-----
> From: Mateo Fernández <mateo.fernandez@mailhub.example>
> Sent: Wednesday, 12 August 2026 07:12
> To: service@auenfels.example
> Subject: Re: Your direct debit was returned - policy AV-K 506 772 310
>
> Hi, sorry about that, I closed my old account in July and forgot to tell you.
> New one is: DE82 7935 0101 2792 4581 96 (Mateo Fernández Ruiz). Please take
> it from there. Thanks!
>
> Mateo
>
>> Dear Mr Fernández,
>> the premium for your motor insurance due on 1 August (EUR 211.60) could
>> not be collected; your bank returned the direct debit with the reason
>> "account closed". ...
'''
    return M(who('aydin'), 'Mateo Fernández <mateo.fernandez@mailhub.example>',
             'RE: Your direct debit was returned - policy AV-K 506 772 310',
             '2026-08-12 09:40', body, in_reply_to=old_id('fernandez', 'mailhub.example'))


@mail(64, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group accident insurance: employee broke her ankle at a company bouldering event, hospital stay and claim handling with HR')
def _():
    body = '''Dear Ms Greenberg,

thank you for reporting the accident at your team event. I have registered
it under your group accident policy AV-GU 88 204 117 (claim UG-26-000612).

Injured employee: Ms Ingrid Solberg
Date: Friday 18 September 2026, team event at the bouldering hall
"Blockwerk" in Bamberg
Injury (from your report and Ms Solberg's e-mail): fall from about three
metres onto the mat, fracture of the right ankle (bimalleolar), operated
on 19 September at the Klinikum, four nights in hospital, cast for six
weeks.

Team events organised by the employer are covered around the clock under
your policy. For Ms Solberg this means:
- hospital daily allowance of EUR 25 for each night in hospital,
- a lump sum for the fracture ("Knochenbruchpauschale") of EUR 500,
- a possible invalidity benefit later, if a permanent impairment of the
  foot remains.

As the employee's health data is involved, we would prefer to deal with
Ms Solberg directly from now on. Could you please forward her this e-mail
and ask her to send us the hospital discharge letter herself, or give us her
private e-mail address with her permission?

Please note that this is separate from the statutory accident insurance
(Berufsgenossenschaft), which you must also inform because it happened at a
company event.

Kind regards

''' + sig('kraft') + '\n\n' + FOOTER_EN
    return M(who('kraft'), 'Rachel Greenberg <people@lumenfold.example>',
             'Group accident claim UG-26-000612 – team event 18 September', '2026-09-24 11:03', body)


@mail(65, 'NORMAL', 'en', 'internal',
      'trap: data protection quiz for staff with questions on health data, dashcam footage and witness statements - no real case')
def _():
    body = '''Hi everyone,

it's that time of the year again – the annual data protection quiz. Ten
questions, five minutes, and the three best teams get cake. Answers by
Friday via the intranet form, not by reply to this mail please.

1. A customer sends a photo of their dented car. Is that health data?
2. The same customer adds "my neck still hurts from the crash". Is the
   e-mail now health data?
3. May you forward a police accident report with the names of two witnesses
   to the repair shop so they know what happened?
4. Dashcam footage in which the other driver's face is visible: personal
   data – yes or no?
5. A loss adjuster asks for the tenant's phone number so he can arrange a
   site visit. May you give it to him?
6. What is the retention period for a closed motor claim file without
   personal injury?
7. Which subject tag makes the gateway send a mail encrypted?
8. A broker wants the claims list of his client – a company fleet. The list
   contains the drivers' names. Allowed?
9. Your colleague is off sick. A customer calls and asks "is she ill?". What
   do you say?
10. True or false: anonymised statistics ("9 % of claims involve injuries")
   can go out as normal e-mail.

Good luck!
Benedikt

''' + sig('rauscher')
    return M(who('rauscher'), 'All staff <alle@auenfels.example>',
             'Data protection quiz 2026 – 10 questions, 5 minutes, cake', '2026-09-14 09:00', body)


@mail(66, 'CONFIDENTIAL', 'en', 'internal',
      'tenant/landlord dispute after water damage: tenant and landlord named, address, buildings policy and claim number, quoted German letter; no injury')
def _():
    body = '''Hi Claire,

could you do me a favour and call a tenant in English? Background:

Our customer Mrs Irmgard Schwinn (buildings policy AV-W 107 339 661) owns
the two-family house Moosstraße 23 in Bamberg. The upper flat is let to a
Scottish couple, Mr Callum Reid and Ms Isla Reid. After the leaking flat
roof in March (our claim SW-26-002760) we paid for the roof repair and the
drying. The ceiling in their bedroom still needs to be replastered and
painted; the painter was booked twice and the tenants cancelled both times.

Mrs Schwinn says the Reids are now withholding 30 % of the rent and want us
to pay for a hotel. See her letter below. I think it's mostly a
misunderstanding: the hotel would only be covered if the flat were
uninhabitable, which it isn't.

Mr Reid's mobile: 0176 5550 1934. He reportedly prefers calls after 17:00.

Can you explain to him what is covered and get two possible dates for the
painter? I'll send him a written summary afterwards.

Thanks a lot!
Florian

-------- Weitergeleitete Nachricht --------
Von: Irmgard Schwinn <i.schwinn@t-net.example>
Datum: 18.05.2026 10:02
Betreff: Mieter Reid / Schlafzimmerdecke

Sehr geehrter Herr Mückenhaupt,
meine Mieter lassen den Maler nicht rein und zahlen seit Mai nur noch einen
Teil der Miete. Sie sagen, die Versicherung muss ihnen ein Hotel zahlen. Ich
verstehe das nicht, es ist doch alles trocken. Können Sie bitte mit den
Leuten reden, die sprechen kaum Deutsch.
Mit freundlichen Grüßen
Irmgard Schwinn

''' + sig('mueckenhaupt')
    return M(who('mueckenhaupt'), who('donnelly'),
             'Favour: call tenant (EN) – Moosstraße 23, SW-26-002760', '2026-05-19 13:27', body)


@mail(67, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household claim after a fire in a block of flats: the customer\'s smoke inhalation and hospital night are mentioned next to hotel costs')
def _():
    body = '''Sehr geehrte Frau Wagenhäuser,

ich hoffe, es geht Ihnen nach der Rauchgasvergiftung wieder besser und Sie
konnten sich von der Nacht im Krankenhaus etwas erholen. Danke, dass Sie
trotzdem so schnell angerufen haben.

Zum Brand im Haus Obere Sandstraße 30 am 3. Juni 2026 (das Feuer ist nach
Auskunft der Feuerwehr im Keller ausgebrochen, nicht in Ihrer Wohnung) und
Ihrer Hausratversicherung AV-H 228 115 740 (Schaden SH-26-003318):

1. Hotelkosten
Ihre Wohnung ist wegen des Rußes und des Brandgeruchs vorerst nicht
bewohnbar. Wir übernehmen die Hotelkosten bis zu 100 Tage, höchstens
120 EUR pro Nacht. Das Hotel Alte Post, in dem Sie jetzt sind, liegt darunter
– bitte sammeln Sie die Rechnungen.

2. Reinigung und beschädigter Hausrat
Ein Sanierungsunternehmen (Brandschadensanierung Kunzmann) wird sich bei
Ihnen melden, um Möbel, Textilien und Elektrogeräte zu prüfen. Was sich
reinigen lässt, wird gereinigt; was nicht zu retten ist, ersetzen wir zum
Neuwert.

3. Kleidung und Dinge des täglichen Bedarfs
Für das Nötigste, das Sie sofort kaufen mussten, überweisen wir Ihnen
heute vorab 1.000 EUR.

Die Schäden am Gebäude, im Treppenhaus und in den anderen Wohnungen
regelt die Gebäudeversicherung des Eigentümers; damit haben Sie nichts zu tun.

Mit freundlichen Grüßen

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_DE
    return M(who('mueckenhaupt'), 'Petra Wagenhäuser <petra.wagenhaeuser@web-post.example>',
             'Brand Obere Sandstraße 30 – Ihre Hausratversicherung (SH-26-003318)',
             '2026-06-05 12:18', body)


@mail(68, 'NORMAL', 'de', 'internal',
      'trap: new blank motor claim form (fields for injured persons, witnesses, police) distributed to staff - empty form, no person')
def _():
    body = '''Hallo zusammen,

ab sofort gilt die neue Schadenanzeige Kfz (Stand 07/2026). Änderungen
gegenüber der alten Version:

- eigener Abschnitt "Verletzte Personen" mit Hinweis auf die
  Schweigepflichtentbindung (separates Formular),
- Zeugen jetzt mit E-Mail-Adresse,
- Frage nach Dashcam-Aufnahmen,
- QR-Code zum Online-Upload von Fotos.

Die PDF-Vorlage ist im Anhang und liegt im Formularcenter. Bitte die alten
Ausdrucke im Postversand und in den Kundencentern ab 1. August nicht mehr
verwenden.

Viele Grüße
Katrin

''' + sig('oberlaender')
    form = pdf([
        '# Auenfels Versicherung AG – Schadenanzeige Kraftfahrt (Stand 07/2026)',
        'Schaden-Nr. (falls bekannt): ____________    Versicherungsschein-Nr.: ____________',
        '',
        '# 1. Versicherungsnehmer/in',
        'Name, Vorname: ______________________________  Telefon: ________________',
        'Anschrift: ____________________________________________________________',
        '',
        '# 2. Fahrer/in zum Unfallzeitpunkt',
        'Name, Vorname: ______________________________  Geburtsdatum: ____________',
        'Führerschein-Klasse: ____  ausgestellt am: ____________',
        '',
        '# 3. Unfallhergang',
        'Datum: ________  Uhrzeit: ______  Ort (Straße, PLZ, Ort): _______________________',
        'Schilderung: _____________________________________________________________',
        '_________________________________________________________________________',
        'Skizze bitte auf Seite 2.',
        '',
        '# 4. Polizei',
        'Wurde die Polizei hinzugezogen?  [ ] ja  [ ] nein    Dienststelle / Aktenzeichen: __________',
        '',
        '# 5. Verletzte Personen',
        'Wurden Personen verletzt?  [ ] ja  [ ] nein',
        'Wenn ja: Namen und Anschriften (keine Angaben zu Verletzungen in diesem Formular –',
        'wir setzen uns mit den Verletzten selbst in Verbindung):',
        '_________________________________________________________________________',
        '',
        '# 6. Zeugen',
        'Name, Anschrift, Telefon, E-Mail: _________________________________________',
        '',
        '# 7. Unfallgegner',
        'Kennzeichen: __________  Halter/in: __________________  Versicherer: ______________',
        '',
        '# 8. Dashcam / Fotos',
        'Gibt es Dashcam-Aufnahmen?  [ ] ja  [ ] nein    Fotos vorhanden?  [ ] ja  [ ] nein',
        '',
        'Ort, Datum, Unterschrift: ________________________________________________',
    ], title='Schadenanzeige Kraftfahrt 07/2026')
    return M(who('oberlaender'), 'Bereich Schaden <bereich-schaden@auenfels.example>',
             'Neue Schadenanzeige Kfz (Stand 07/2026) – bitte ab sofort verwenden',
             '2026-07-20 10:00', body, cc='Kundencenter <kundencenter@auenfels.example>',
             attachments=[('Schadenanzeige_Kfz_2026-07_blanko.pdf', form, MIME_PDF)])


@mail(69, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'deer collision: named customer, plate, policy and claim number, hunter named on the certificate; explicitly nobody hurt')
def _():
    body = '''Dear Ms Hartmann,

thank you for sending the photos and the game accident certificate
("Wildunfallbescheinigung") signed by the local hunting tenant,
Mr Alois Seidl. Everything is complete.

Claim:     KS-26-021934
Policy:    AV-K 471 660 283 (partial cover, excess EUR 150)
Vehicle:   Mazda CX-5, BA-EH 1312
Accident:  20 October 2026, 06:40, Kreisstraße BA 30 between Geisfeld and
           Melkendorf, collision with a roe deer

I'm glad you and your son were not hurt – the airbag not deploying was, in
this case, a good sign that the impact was moderate.

The repair estimate from Autohaus Dinkel (EUR 3,742.80 incl. VAT) is
approved. We will pay the workshop directly, less your excess of EUR 150,
which they will charge you on collection. A collision with game does not
affect your no-claims bonus.

Kind regards

''' + sig('oberlaender') + '\n\n' + FOOTER_EN
    return M(who('oberlaender'), 'Emily Hartmann <emily.hartmann@mailhub.example>',
             'Your deer collision of 20 October – claim KS-26-021934 approved', '2026-10-23 15:11', body)


@mail(70, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'legal expenses cover for a medical malpractice claim: delayed diagnosis of appendicitis, peritonitis, intensive care, client named')
def _():
    body = '''Sehr geehrte Frau Rechtsanwältin Pfaffenberger,

in der Angelegenheit Ihres Mandanten Herrn Thomas Wirth
(Rechtsschutzversicherung AV-RS 8 001 446, Schaden RS-26-000731) erteilen wir
Deckungszusage für die außergerichtliche Geltendmachung von Ansprüchen wegen
eines Behandlungsfehlers gegen die Klinik Sankt Otto GmbH.

Nach Ihrer Darstellung wurde Herr Wirth am 11. Januar 2026 mit starken
Unterbauchschmerzen in der Notaufnahme vorstellig und mit der Diagnose
"Gastroenteritis" nach Hause geschickt. Zwei Tage später wurde eine
perforierte Appendizitis mit Peritonitis festgestellt; es folgten eine
Notoperation, neun Tage Intensivstation und eine zweite Operation wegen
eines Abszesses. Herr Wirth war bis Ende März arbeitsunfähig.

Die Zusage umfasst:
  - Ihre Gebühren für die außergerichtliche Tätigkeit,
  - die Kosten eines Gutachtens der Schlichtungsstelle für Arzthaftpflicht-
    fragen (gebührenfrei) bzw. eines Privatgutachtens bis 2.500 EUR nach
    vorheriger Abstimmung.

Für ein gerichtliches Verfahren bitten wir um erneute Anfrage mit
Erfolgsaussichten, sobald das Ergebnis der Schlichtungsstelle vorliegt.

Die Selbstbeteiligung von Herrn Wirth beträgt 250 EUR.

Mit freundlichen Grüßen

''' + sig('amon') + '\n\n' + FOOTER_DE
    return M(who('amon'),
             'RAin Lena Pfaffenberger <kanzlei@pfaffenberger-recht.example>',
             'Deckungszusage RS-26-000731 – Ihr Mandant Thomas Wirth ./. Klinik Sankt Otto',
             '2026-04-30 14:22', body)


@mail(71, 'NORMAL', 'de', 'internal',
      'trap: fire-safety acceptance of the refurbished canteen (fire alarm, sprinklers, escape routes) - building only')
def _():
    body = '''Hallo zusammen,

kurzer Stand zur Kantine:

Die Brandschutzabnahme durch den Prüfsachverständigen war heute Vormittag.
Ergebnis: bestanden, mit zwei kleinen Auflagen.

1. Die Rauchmelder über der neuen Essensausgabe müssen auf Wärmemelder
   umgestellt werden (Fehlalarme durch Dampf). Erledigt bis 30.04.
2. Der Feuerlöscher neben dem Fettbackgerät wird gegen einen
   Fettbrandlöscher (Klasse F) getauscht. Ist bestellt.

Die Sprinkleranlage im Lager wurde erfolgreich geprüft, die Fluchtwege
sind frei und beschildert. Die Brandschutzordnung Teil B hängt neu aus.

Damit kann die Kantine wie geplant am Montag, 4. Mai, wieder öffnen. Die
Ersatzverpflegung im Foyer (Foodtruck) endet am Freitag.

Die Brandschutzhelferschulung für die Kantinenmitarbeitenden findet am
6. Mai statt.

Viele Grüße
Stefan

''' + sig('lohmeier')
    return M(who('lohmeier'), 'Hausverteiler Standort Bamberg <standort-bamberg@auenfels.example>',
             'Kantine: Brandschutzabnahme bestanden – Wiedereröffnung 4. Mai', '2026-04-23 15:50',
             body, agent='Microsoft Outlook 16.0', cte='base64')


@mail(72, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'bicycle theft: named customer, frame number, police case number, household policy and claim number')
def _():
    body = '''Hallo Herr Brehm,

danke für die Unterlagen zum gestohlenen Fahrrad. Wir haben alles, was wir
brauchen:

- Kaufbeleg Cube Kathmandu Hybrid, gekauft 04/2024 für 3.299 EUR,
- Rahmennummer WBK2407731C (stimmt mit dem Fahrradpass überein),
- Anzeige bei der PI Bamberg-Stadt, Vorgangsnummer BY8110-011284-26/2,
- Foto des aufgebrochenen Schlosses.

Ihr Fahrrad war über die Hausratversicherung AV-H 244 508 117 mit der
Fahrradklausel bis 4.000 EUR versichert, auch nachts auf dem
Bahnhofsvorplatz, weil es mit einem Bügelschloss an einem festen Gegenstand
angeschlossen war.

Entschädigung (Neuwert, Schaden SH-26-004791): 3.299,00 EUR abzüglich
Selbstbeteiligung 150 EUR = 3.149,00 EUR. Die Zahlung geht heute raus.

Sollte das Rad wieder auftauchen, melden Sie sich bitte. Sie können es dann
gegen Rückzahlung der Entschädigung zurückbekommen oder es bleibt bei uns.

Viele Grüße

''' + sig('mueckenhaupt')
    return M(who('mueckenhaupt'), 'Lukas Brehm <lukas.brehm@posteo-mail.example>',
             'Fahrraddiebstahl am Bahnhof – Entschädigung SH-26-004791', '2026-07-14 09:16', body)


@mail(73, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'large-loss notification to the reinsurer: motorcyclist with spinal cord injury and paraplegia, claimant initials, age, claim number, care cost estimate')
def _():
    body = '''Dear Lukas,

under clause 9 of the Motor XL treaty we notify the following claim, which
we now expect to exceed 50 % of the priority:

Our claim no.:    KP-26-001930
Date of loss:     16 May 2026
Place:            St 2260 near Scheßlitz, Bavaria
Our insured:      private car, failed to give way when turning left
Claimant:         J.R., male, 34, motorcyclist, married, two children,
                  employed as an electrician

Injuries (as per hospital reports received so far):
- fracture of the 11th thoracic vertebra with spinal cord injury,
  complete paraplegia below T11,
- fractures of the left femur and the pelvis,
- 6 weeks in the trauma centre, now in a specialised spinal cord injury
  rehabilitation unit.

Liability: 100 % our insured; confirmed by the police reconstruction.

Current reserve: EUR 3.9 m (gross), of which
  - care and assistance for life: EUR 2.1 m
  - loss of earnings until retirement: EUR 0.9 m
  - home and vehicle conversion: EUR 0.35 m
  - pain and suffering: EUR 0.4 m
  - other: EUR 0.15 m

We have engaged a rehabilitation manager and will report every quarter.
Medical reports are available to your claims team via the secure data
room, not by e-mail.

Best regards,
Priya

''' + sig('raman') + '\n\n' + FOOTER_EN
    return M(who('raman'), 'Lukas Amstutz <lukas.amstutz@alpenwall-re.example>',
             'Motor XL – large loss notification KP-26-001930 (spinal cord injury)',
             '2026-07-30 16:02', body, cc=who('wendeler'))


@mail(74, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: penetration test scope for the claims portal incl. the upload of medical and police documents - technical, test accounts only')
def _():
    body = '''Hi Jaroslav,

as discussed, here's the scope for the penetration test of the customer
claims portal in November. Please confirm or comment by 16 October.

In scope
- https://schaden.auenfels.example (customer claims portal), incl.
  - first notice of loss for motor, household and liability,
  - upload module for photos, police reports, medical certificates and
    invoices (max. 25 MB per file, PDF/JPG/PNG/HEIC),
  - secure messaging between customer and claims handler,
  - password reset and the one-time-code login
- the REST API behind the portal (OpenAPI spec attached to the contract)

Out of scope
- the broker portal, the core claims system, anything on premises

Test data
- Use only the test tenant at schaden-test.auenfels.example. It contains
  synthetic claims only (persons like "Erika Testfrau", IBANs from the
  official test ranges). Please do not upload real documents of any kind;
  for the upload tests use your own dummy PDFs.
- 6 test accounts will be sent via the secure channel.

Window: 9-20 November, 08:00-20:00 CET, no DoS tests.

Report in English, with findings rated according to CVSS 4.0.

Thanks,
Marek

''' + sig('zielinski')
    return M(who('zielinski'), 'Jaroslav Vrba <j.vrba@redmoss-security.example>',
             'Scope: pentest claims portal, November 2026', '2026-10-05 14:40', body)


@mail(75, 'CONFIDENTIAL', 'de', 'insurer-to-company',
      'towing invoice query: customer named, plate, accident location, claim number; driver stated to be unhurt')
def _():
    body = '''Sehr geehrter Herr Wagner,

zu Ihrer Rechnung Nr. 2026-0871 vom 28. August über 1.486,90 EUR:

Es geht um die Bergung des Opel Astra, BA-NK 553, unserer
Versicherungsnehmerin Frau Nadine Kestler nach dem Unfall am 24. August 2026
auf der A 73 bei Breitengüßbach (Schaden-Nr. KS-26-019066). Die Fahrerin
blieb unverletzt, das Fahrzeug stand im Grünstreifen.

Wir können die Rechnung leider nicht in voller Höhe übernehmen:

1. Sie berechnen einen Kranwagen (Position 3, 480 EUR). Nach den Fotos der
   Autobahnpolizei stand der Astra auf allen vier Rädern auf ebenem Grund;
   ein Kranwagen war nicht nötig.
2. Die Standgebühren (Position 6) laufen vom 24.08. bis 27.08., also vier
   Tage. Frau Kestler hat Ihnen schon am 25.08. mitgeteilt, dass das Auto in
   die Werkstatt Autohaus Dinkel gebracht werden soll. Wir übernehmen zwei
   Tage.
3. Die Position "Sonderreinigung Fahrbahn" (186 EUR) hat laut Polizei nicht
   stattgefunden; ausgelaufen sind keine Betriebsstoffe.

Anerkannt sind damit 760,90 EUR, die wir heute direkt an Sie überweisen.
Bitte wenden Sie sich wegen des Restbetrags an uns, nicht an Frau Kestler.

Mit freundlichen Grüßen

''' + sig('oberlaender') + '\n\n' + FOOTER_DE
    return M(who('oberlaender'), 'Abschleppdienst Wagner <buero@abschlepp-wagner.example>',
             'Ihre Rechnung 2026-0871 – Bergung BA-NK 553 – KS-26-019066', '2026-09-03 11:31', body)

# ---------------------------------------------------------------------------
# 0076-0100
# ---------------------------------------------------------------------------

@mail(76, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'motor recourse: insured driver\'s blood alcohol of 1.3 per mille from the police blood test, criminal proceedings; police excerpt in PDF')
def _():
    body = '''Hallo Nadine,

ich gebe dir KS-26-015540 zur Prüfung des Regresses.

Unser VN Herr Marco Dietz ist am 6. Juni 2026 gegen 1:20 Uhr in Zapfendorf
mit seinem Wagen gegen zwei geparkte Autos gefahren. Laut Polizeibericht
(Auszug anbei) ergab die Blutprobe 1,31 Promille. Gegen ihn läuft ein
Strafverfahren wegen Trunkenheit im Verkehr (§ 316 StGB), der Führerschein
wurde sichergestellt.

Verletzt wurde niemand, die beiden Halter der geparkten Fahrzeuge haben wir
schon reguliert (zusammen 11.860 EUR). Den Kaskoschaden am eigenen Fahrzeug
lehnen wir wegen grober Fahrlässigkeit vollständig ab – Schreiben ist raus.

Für die Haftpflicht gilt: Obliegenheitsverletzung nach D.2.1 AKB
(Alkoholklausel), Regress bis 5.000 EUR. Ich denke, wir sollten den vollen
Betrag geltend machen; Herr Dietz hat am Telefon selbst gesagt, er habe "ein
paar Bier zu viel" getrunken.

Bitte die Akte nicht an die Werkstatt oder den Sachverständigen geben, der
Auszug ist nur für uns.

Danke, Katrin

''' + sig('oberlaender')
    auszug = pdf([
        '# Polizeiinspektion Bamberg-Land – Verkehrsunfallanzeige (Auszug)',
        'Vorgangs-Nr.: BY8117-014920-26/1        Aufnahme: POM Hirschmann / PK Lindner',
        'Unfallzeit: 06.06.2026, 01:20 Uhr     Unfallort: Zapfendorf, Bamberger Straße 40-44',
        '',
        '# Beteiligter 01 (Verursacher)',
        'Dietz, Marco, geb. 14.03.1989, wh. Lindenweg 8, 96199 Zapfendorf',
        'Fahrzeug: VW Golf, BA-MD 1403, Halter: ders., Versicherer: Auenfels Versicherung AG',
        'Atemalkoholtest vor Ort: 1,38 Promille. Blutentnahme 02:05 Uhr durch Dr. Eckert (Bereitschaft),',
        'Ergebnis Blutalkohol (Institut für Rechtsmedizin): 1,31 Promille.',
        'Führerschein sichergestellt. Strafanzeige gem. § 316 StGB gefertigt.',
        '',
        '# Beteiligte 02 und 03 (geparkte Fahrzeuge)',
        'Opel Zafira, BA-KW 77, Halterin: Kerstin Wolf; Ford Fiesta, BA-JS 210, Halter: Jakob Stahl',
        'Personenschaden: keiner.',
        '',
        '# Hergang',
        'Fzg. 01 befuhr die Bamberger Straße in Richtung Ortsmitte, kam in einer leichten Rechtskurve',
        'nach rechts von der Fahrbahn ab und touchierte nacheinander die ordnungsgemäß geparkten',
        'Fahrzeuge 02 und 03. Der Fahrer gab an, er sei "kurz eingenickt".',
    ], title='VU-Anzeige Auszug BY8117-014920-26/1', author='Polizeiinspektion Bamberg-Land')
    return M(who('oberlaender'), who('erbacher'),
             '[streng vertraulich] KS-26-015540 Regress Dietz – Alkohol', '2026-06-22 10:07', body,
             attachments=[('VU-Anzeige_Auszug_KS-26-015540.pdf', auszug, MIME_PDF)])


@mail(77, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: complaint statistics for motor and bodily-injury claims sent to a consumer advice centre - counts and categories only')
def _():
    body = '''Sehr geehrter Herr Kirchner,

wie im Gespräch am 10. Juni zugesagt, hier unsere Beschwerdezahlen für das
Jahr 2025 zu den Themen, die Ihre Beratungsstelle besonders interessieren:

Kfz-Schaden (insgesamt 412 Beschwerden bei ca. 39.000 Schadenfällen)
  - Höhe der Reparaturkosten / Kürzungen nach Prüfbericht      146
  - Mietwagen / Nutzungsausfall                                 71
  - Bearbeitungsdauer                                            88
  - Personenschaden (Höhe Schmerzensgeld, Dauer)                 54
  - Sonstiges                                                    53

Wohngebäude/Hausrat (insgesamt 238 Beschwerden)
  - Leitungswasser, Ablehnung wegen Verschleiß                  61
  - Elementar / Starkregen                                      39
  - Bearbeitungsdauer nach Sturm "Elke" (Februar 2025)          74
  - Sonstiges                                                   64

Zur Bearbeitungsdauer bei Personenschäden: Die Hälfte dieser Beschwerden
betrifft Fälle, in denen wir noch auf ärztliche Unterlagen warteten. Wir
haben deshalb einen Upload-Weg eingerichtet, über den Verletzte ihre Berichte
direkt und verschlüsselt schicken können.

Gern stellen wir die Zahlen auch bei Ihrem Runden Tisch im Herbst vor.

Mit freundlichen Grüßen

''' + sig('tessmann') + '\n\n' + FOOTER_DE
    return M(who('tessmann'), 'Peter Kirchner <p.kirchner@verbraucherberatung-franken.example>',
             'Beschwerdestatistik 2025 Kfz und Sach – wie besprochen', '2026-06-17 12:12', body)


@mail(78, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'burst pipe in an owner-occupied flat: customer named, address, building and contents policy, loss adjuster visit, payout IBAN; nobody hurt')
def _():
    body = '''Dear Ms Ribeiro,

thank you for talking me through the damage on the phone this morning –
I'm glad nobody was at home when the pipe burst and that the downstairs
neighbour noticed the water so quickly.

Your flat: Kunigundendamm 48, 3rd floor, 96050 Bamberg
Policies: buildings (flat owner, via the owners' association) and your own
contents policy AV-H 249 113 806
Our claim: SH-26-005902

Next steps:
1. Ms Heike Reinwald from Heberer Schadenservice, our loss adjuster, will
   visit on Thursday, 24 September, at 14:00. She will measure the moisture,
   take photos and agree the drying and repair with you. Please keep the
   damaged parquet pieces and the broken fitting.
2. The drying company can start as soon as she has seen the flat.
3. For the damaged contents (you mentioned the sofa, a rug and books on the
   lowest shelves), please make a list with approximate purchase dates.

You asked whether we can pay the advance to your Portuguese account. We
can, but a German account is faster. We have noted the account you gave us:

  Ana Ribeiro, IBAN DE45 7635 0000 4287 8895 23

An advance of EUR 1,500 for immediate costs will be paid tomorrow.

Kind regards

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_EN
    return M(who('mueckenhaupt'), 'Ana Ribeiro <ana.ribeiro@mailhub.example>',
             'Burst pipe at Kunigundendamm 48 – claim SH-26-005902, adjuster visit Thursday',
             '2026-09-21 16:24', body,
             cc='Heike Reinwald <h.reinwald@heberer-schadenservice.example>')


@mail(79, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dental supplementary insurance: treatment plan for an implant at tooth 46, statutory subsidy, reimbursement commitment')
def _():
    body = '''Sehr geehrte Frau Zapf,

wir haben den Heil- und Kostenplan von Zahnarzt Dr. Möhrlein vom
2. Oktober 2026 geprüft:

  Implantat regio 46 mit Knochenaufbau (Sinuslift nicht erforderlich),
  vollkeramische Krone auf Implantat
  Gesamtkosten laut Plan:                          3.846,20 EUR
  davon Festzuschuss Ihrer Krankenkasse (Befund 2.1,
  Bonus 30 %):                                       542,70 EUR
  verbleibender Eigenanteil:                       3.303,50 EUR

Ihr Zahnzusatztarif ZahnPlus 80 (Vertrag AV-ZZ 6 220 981) erstattet 80 % der
Gesamtkosten einschließlich der Kassenleistung, höchstens den Eigenanteil.
Im dritten Versicherungsjahr gilt eine Leistungsgrenze von 3.000 EUR, die Sie
bisher mit 410 EUR (Füllung 2025) in Anspruch genommen haben.

  80 % von 3.846,20 EUR = 3.076,96 EUR, abzüglich Kassenleistung 542,70 EUR
  = 2.534,26 EUR, innerhalb der verfügbaren Grenze von 2.590,00 EUR.

Wir sagen Ihnen damit eine Erstattung von voraussichtlich 2.534,26 EUR zu,
vorausgesetzt die Rechnung entspricht dem Plan. Ihr Eigenanteil läge bei
etwa 769 EUR.

Bitte reichen Sie nach der Behandlung die Rechnung und den Bonusnachweis ein.

Mit freundlichen Grüßen

''' + sig('reischl') + '\n\n' + FOOTER_DE
    return M(who('reischl'), 'Christine Zapf <christine.zapf@kabelmail.example>',
             'Ihr Heil- und Kostenplan Implantat vom 02.10.2026 – Leistungszusage',
             '2026-10-09 13:33', body)


@mail(80, 'NORMAL', 'de', 'newsletter',
      'trap: intranet news about a blood donation drive and a first-aid course in the building - invitation, no person')
def _():
    text = '''Auenfels intern - Nachrichten aus dem Haus, KW 19

BLUTSPENDE IM HAUS - 20. MAI
Der Blutspendedienst Franken kommt wieder zu uns: Mittwoch, 20. Mai, 9 bis
15 Uhr, Schulungsräume 0.10 bis 0.12. Spenden dürfen alle Gesunden ab 18
Jahren mit mindestens 50 kg Körpergewicht. Bitte Personalausweis mitbringen
und vorher gut frühstücken. Die Spende gilt als Arbeitszeit (ca. 1 Stunde).
Termine können Sie über das Intranet buchen - beim letzten Mal waren es 87
Spenden, schaffen wir die 100?

ERSTE-HILFE-KURS FÜR ALLE
Für Ersthelferinnen und Ersthelfer ist die Auffrischung alle zwei Jahre
Pflicht, alle anderen sind herzlich eingeladen: 9. Juni, 8:30 bis 16:00 Uhr.
Schwerpunkt diesmal: Herz-Lungen-Wiederbelebung und der Defibrillator im
Foyer.

NEUE FAHRRADSTELLPLÄTZE
Ab Juni gibt es 40 weitere überdachte Fahrradstellplätze an Tor 2, zwölf
davon mit Ladestation für E-Bikes.

KANTINE
Die Kantine ist wieder offen - danke für Ihre Geduld während des Umbaus.

Redaktion: Unternehmenskommunikation, intern@auenfels.example
'''
    return M('Auenfels intern <intern@auenfels.example>', 'Alle Mitarbeitenden <alle@auenfels.example>',
             'Auenfels intern KW 19: Blutspende, Erste Hilfe, Fahrradstellplätze', '2026-05-04 07:45',
             text, agent='Auenfels Mailer 2.4', charset='iso-8859-1')


@mail(81, 'CONFIDENTIAL', 'de', 'insurer-to-witness',
      'witness questionnaire (DOCX) sent to a named witness: both drivers, plates, claim number; nobody hurt')
def _():
    body = '''Sehr geehrte Frau Feulner,

die Polizeiinspektion Bamberg-Land hat uns mitgeteilt, dass Sie am
28. Januar 2026 gegen 17:50 Uhr an der Kreuzung Emil-Kemmer-Straße /
Kronacher Straße in Hallstadt einen Zusammenstoß zwischen einem grünen Skoda
Octavia (BA-LB 77) und einem dunklen Audi A4 (BA-ZZ 804) beobachtet haben
und bereit sind, als Zeugin auszusagen. Vielen Dank dafür!

Wir sind der Versicherer der Fahrerin des Skoda, Frau Brunnhuber. Die
beiden Fahrer schildern den Unfall unterschiedlich; Ihre Beobachtung kann
helfen, den Schaden fair zu regeln. Verletzt wurde bei dem Unfall niemand.

Wir haben einige Fragen im angehängten Fragebogen zusammengestellt. Sie
können ihn ausfüllen und als Antwort zurückschicken, ausdrucken und per Post
senden oder mich einfach anrufen – dann schreibe ich Ihre Antworten auf und
schicke sie Ihnen zur Kontrolle.

Ihre Angaben verwenden wir nur für die Regulierung dieses Schadens.
Selbstverständlich erstatten wir Ihnen Porto oder Telefonkosten.

Mit freundlichen Grüßen

''' + sig('oberlaender') + '\n\n' + FOOTER_DE
    fb = docx([
        ('b', 'Zeugenfragebogen – Schaden-Nr. KS-26-006093'),
        'Unfall vom 28.01.2026, ca. 17:50 Uhr, Kreuzung Emil-Kemmer-Straße / Kronacher Straße, Hallstadt',
        'Beteiligte: Skoda Octavia, BA-LB 77 (Fahrerin Lea Brunnhuber) – Audi A4, BA-ZZ 804 (Fahrer Herr Kubitza)',
        ('b', 'Ihre Angaben'),
        'Name: Ursula Feulner    Anschrift: Lichtenfelser Straße 9, 96103 Hallstadt    Telefon: ________________',
        ('b', 'Fragen'),
        '1. Wo standen oder gingen Sie, als sich der Unfall ereignete?',
        '2. Aus welcher Richtung kamen die beiden Fahrzeuge?',
        '3. Welche Farbe zeigte die Ampel für den Skoda, welche für den Audi? Sind Sie sich sicher?',
        '4. Haben Sie gesehen, ob eines der Fahrzeuge geblinkt hat?',
        '5. Wie schnell waren die Fahrzeuge nach Ihrer Einschätzung?',
        '6. Haben Sie nach dem Unfall mit einem der Fahrer gesprochen? Was wurde gesagt?',
        '7. Gab es weitere Zeugen?',
        'Ort, Datum, Unterschrift: ______________________________',
    ], creator='Katrin Oberländer')
    return M(who('oberlaender'), 'Ursula Feulner <u.feulner@frankenmail.example>',
             'Ihre Zeugenaussage zum Unfall vom 28.01.2026 in Hallstadt', '2026-02-26 09:50', body,
             attachments=[('Zeugenfragebogen_KS-26-006093.docx', fb, MIME_DOCX)])


@mail(82, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-claimant',
      'pedestrian student injured on a zebra crossing: knee ligament sprain, facial abrasions, physiotherapy, claim form')
def _():
    body = '''Dear Mr Bramley,

we are the motor liability insurer of the car that hit you on the zebra
crossing in Lange Straße, Bamberg, on 12 October 2026. I am very sorry this
happened to you during your exchange semester.

From your e-mail and the certificate from the emergency department I have
noted:
- sprain of the medial collateral ligament of the right knee, knee brace for
  four weeks,
- abrasions to the chin and the left cheek, cleaned and dressed,
- a bruised right hip,
- six sessions of physiotherapy prescribed by Dr. Nüßlein.

Liability is accepted in full; the driver has confirmed that she did not
see you in the dark.

You are entitled to compensation for pain and suffering and to
reimbursement of your costs. So far you have mentioned:
  - prescription charges and the knee brace (EUR 48.50),
  - taxi rides to the physiotherapist (please keep receipts),
  - your broken glasses (EUR 219.00),
  - your phone screen (EUR 139.00).

Please fill in the enclosed claim form (English version) and send it back
together with copies of the receipts. As soon as the physiotherapy is
finished, I'll make you an offer for the pain and suffering. If you fly home
before then, that is not a problem – we can settle everything by e-mail and
pay to a UK account.

Kind regards

''' + sig('wendeler') + '\n\n' + FOOTER_EN
    form = pdf([
        '# Auenfels Versicherung AG – Claim form for injured persons (English)',
        'Our reference: KP-26-003115      Claimant: Oliver Bramley',
        '',
        '1. Your contact details (address in Germany and at home):',
        '2. Date of birth:',
        '3. Your doctors and therapists (name, address):',
        '4. Have you been unable to study or work? From - to:',
        '5. Expenses (please list and attach receipts):',
        '6. Bank details for payment (IBAN, account holder):',
        '7. Declaration: I confirm the above information is correct.',
        '   Signature: ____________________   Date: __________',
    ], title='Claim form KP-26-003115')
    return M(who('wendeler'), 'Oliver Bramley <o.bramley@student-mail.example>',
             'Your accident on 12 October in Lange Straße – our ref KP-26-003115', '2026-10-19 10:26',
             body, attachments=[('Claim_form_KP-26-003115.pdf', form, MIME_PDF)])


@mail(83, 'NORMAL', 'de', 'internal',
      'trap: letter template for declining bodily-injury claims for lack of causation, with «placeholders» - no real person')
def _():
    body = '''Hallo Team,

der Textbaustein PS-17 ("Ablehnung mangels Kausalität – HWS") ist von der
Rechtsabteilung überarbeitet worden. Bitte ab sofort nur noch die neue
Fassung verwenden; die alte ist im Textsystem gesperrt.

Neue Fassung:

---------------------------------------------------------------------
«Anrede» «Titel» «Nachname»,

in der Schadensache «Schadennummer» haben Sie Ansprüche wegen einer
Verletzung der Halswirbelsäule aus dem Unfall vom «Unfalldatum» geltend
gemacht.

Nach dem Ergebnis des von uns eingeholten unfallanalytischen und
biomechanischen Gutachtens vom «Gutachtendatum» lag die kollisionsbedingte
Geschwindigkeitsänderung Ihres Fahrzeugs bei «Delta-v» km/h. Nach diesem
Ergebnis und den vorgelegten ärztlichen Unterlagen ist nicht nachgewiesen,
dass die von Ihnen geschilderten Beschwerden durch den Unfall verursacht
wurden.

Wir bedauern, Ihnen keine günstigere Nachricht geben zu können. Den
Sachschaden haben wir unabhängig davon reguliert.

«Grußformel»
«Sachbearbeiter»
---------------------------------------------------------------------

Wichtig: Der Baustein ist nur zu verwenden, wenn ein Gutachten vorliegt.
Ohne Gutachten bitte keine Ablehnung, sondern Rücksprache mit Tobias.

Viele Grüße
Katrin

''' + sig('oberlaender')
    return M(who('oberlaender'), 'Team Kfz-Schaden <team-kfz-schaden@auenfels.example>',
             'Textbaustein PS-17 (Ablehnung HWS) überarbeitet', '2026-03-24 14:44', body,
             cc=who('wendeler'))


@mail(84, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'fleet offer to a broker with the client company\'s driver list including names and dates of birth (XLSX)')
def _():
    body = '''Hallo Herr Thiel,

anbei unser Angebot für die Flotte der Gebr. Hofmann Bau GmbH (24 Fahrzeuge,
Beginn 01.01.2027). Die Fahrerliste, die Sie uns geschickt haben, habe ich mit
der Einstufung zurück in die Tabelle gelegt (Blatt "Fahrer").

Eckpunkte:
- Haftpflicht 100 Mio. EUR pauschal, Vollkasko SB 1.000 EUR / Teilkasko SB
  300 EUR für Pkw und Transporter, Teilkasko für die drei Lkw
- Jahresbeitrag netto 41.860 EUR (Vorversicherer: 46.300 EUR)
- Schadenquote der letzten drei Jahre: 58 %, keine Personenschäden

Zwei Fahrer sind unter 23; für sie gilt ein Zuschlag, der im Beitrag
bereits enthalten ist. Sollte einer der beiden die Firma verlassen, bitte
Bescheid geben.

Das Angebot gilt bis 30. November. Für die Annahme brauchen wir die
Schadenfreiheitsbescheinigung des Vorversicherers.

Viele Grüße

''' + sig('hofrichter')
    fahrer = [['Name', 'Vorname', 'Geburtsdatum', 'Führerschein seit', 'Klasse', 'Fahrzeug'],
              ['Hofmann', 'Bernd', '1968-02-11', '1986', 'B, C1, CE', 'BA-GH 1'],
              ['Hofmann', 'Jörg', '1971-07-30', '1989', 'B, C, CE', 'BA-GH 2'],
              ['Schlereth', 'Andrea', '1983-09-02', '2001', 'B', 'BA-GH 14'],
              ['Popescu', 'Ionut', '1990-12-19', '2010', 'B, C', 'BA-GH 31'],
              ['Wölfel', 'Tim', '2004-04-05', '2022', 'B', 'BA-GH 22'],
              ['Meyer', 'Kevin', '2003-01-27', '2021', 'B, BE', 'BA-GH 23'],
              ['Gräbner', 'Harald', '1962-05-15', '1980', 'B, C, CE', 'BA-GH 40']]
    angebot = [['Position', 'Anzahl', 'Beitrag netto EUR'],
               ['Pkw', 9, 9870], ['Transporter', 12, 22440], ['Lkw 7,5 t', 3, 9550],
               ['gesamt', 24, 41860]]
    return M(who('hofrichter'), 'Maximilian Thiel <m.thiel@thiel-makler.example>',
             'Angebot Flotte Gebr. Hofmann Bau GmbH – Beginn 01.01.2027', '2026-10-28 16:40', body,
             attachments=[('Angebot_Flotte_Hofmann_2027.xlsx',
                           xlsx([('Angebot', angebot), ('Fahrer', fahrer)], creator='Jana Hofrichter'),
                           MIME_XLSX)])


@mail(85, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'life insurance underwriting query to an applicant: BMI, HbA1c, smoking status, prediabetes')
def _():
    body = '''Dear Mr Adeyemi,

thank you for your application for term life insurance (EUR 250,000, 25
years; application no. AV-L-A 26-005470).

Before we can make a decision we need a little more information on the
health questions:

1. You gave your height as 1.78 m and your weight as 105 kg (BMI 33). Has
   your weight changed by more than 5 kg in the last two years?
2. Your GP's letter mentions an HbA1c of 6.1 % in March 2026 and the word
   "prediabetes". Have you been prescribed any medication for this (e.g.
   metformin)? Has the value been checked again since?
3. You ticked "non-smoker" but the GP's letter says "ex-smoker since 2024".
   When exactly did you stop, and did you use e-cigarettes or nicotine
   replacement after that? (This affects the rate, not whether we accept.)

With this information we expect to be able to offer cover, possibly with a
small extra premium. If it is easier, you can also answer by phone; I will
then send you a written record to confirm.

Kind regards

''' + sig('baumgaertel') + '\n\n' + FOOTER_EN
    return M(who('baumgaertel'), 'Joseph Adeyemi <joseph.adeyemi@mailhub.example>',
             'Your life insurance application – three questions', '2026-06-09 11:11', body)


@mail(86, 'NORMAL', 'en', 'internal',
      'meeting invitation (ICS) for the reinsurance treaty renewal workshop - organisational only')
def _():
    body = '''Hi all,

invitation for our internal preparation workshop for the 1/1 renewals
(motor XL, property cat XL, casualty quota share).

Agenda
1. Market feedback from Monte Carlo and Baden-Baden (Priya)
2. Loss development motor BI, incl. large-loss trend (Raphael)
3. Cat modelling update after the 2026 hail season (Raphael / external)
4. Retention options and budget (Priya, CFO office)
5. Timeline and who talks to which reinsurer

Please bring your figures as of 30 September. Slides by Friday into the
Teams channel "Renewal 2027".

Priya

''' + sig('raman')
    cal = ics('renewal-2027-prep@auenfels.example', '20261020T130000', '20261020T170000',
              'Renewal 2027 – internal preparation workshop', 'Board room 4.01, Bamberg / Teams',
              'Preparation of the 1/1/2027 reinsurance renewals. Agenda in the invitation mail.',
              ('Priya Raman', 'priya.raman@auenfels.example'),
              [('Raphael Grünwald', 'raphael.gruenwald@auenfels.example'),
               ('Tobias Wendeler', 'tobias.wendeler@auenfels.example'),
               ('Florian Mückenhaupt', 'florian.mueckenhaupt@auenfels.example'),
               ('CFO office', 'cfo-office@auenfels.example')])
    return M(who('raman'), 'Raphael Grünwald <raphael.gruenwald@auenfels.example>, '
             'Tobias Wendeler <tobias.wendeler@auenfels.example>, '
             'Florian Mückenhaupt <florian.mueckenhaupt@auenfels.example>',
             'Invitation: Renewal 2027 – internal preparation workshop (20 Oct)', '2026-10-01 09:35',
             body, cc='CFO office <cfo-office@auenfels.example>',
             attachments=[('invite.ics', cal, 'text/calendar')])


@mail(87, 'CONFIDENTIAL', 'en', 'internal',
      'English witness statement of a named tourist with a German translation: delivery van driver and car owner named, plates; no injuries')
def _():
    body = '''Hi Katrin,

as promised, the statement of the American witness in KS-26-012660 (Obere
Brücke, delivery van vs. parked Mini), with my translation below. Mr Haskins
gave it to me on the phone on Monday and confirmed the written version by
e-mail today. He has flown home; his contact details are in the file.

Original:
"My name is Dwight Haskins, I'm from Madison, Wisconsin, and I was in Bamberg
on vacation with my wife. On April 14 around 11 in the morning we were
standing by the Old Town Hall taking pictures. A white delivery van with
the name 'Getränke Löffler' on it came down the street quite fast and when it
made the turn it hit the side of a parked red Mini. The driver stopped,
looked at the damage, and then drove off. I took a photo of the van's plate,
BA-GL 640. I left a note with my phone number on the Mini. Nobody was in the
Mini and nobody got hurt."

Übersetzung:
„Mein Name ist Dwight Haskins, ich komme aus Madison, Wisconsin, und war mit
meiner Frau im Urlaub in Bamberg. Am 14. April gegen 11 Uhr standen wir am
Alten Rathaus und haben fotografiert. Ein weißer Lieferwagen mit der
Aufschrift ‚Getränke Löffler' kam ziemlich schnell die Straße herunter und
streifte beim Abbiegen die Seite eines geparkten roten Mini. Der Fahrer hielt
an, sah sich den Schaden an und fuhr dann weiter. Ich habe das Kennzeichen
des Lieferwagens fotografiert, BA-GL 640. Ich habe einen Zettel mit meiner
Telefonnummer am Mini hinterlassen. Im Mini saß niemand, verletzt wurde
niemand."

The Mini belongs to Ms Tanja Rosenbusch, she has the photo as well. The van
is insured with us (Getränke Löffler e.K., fleet policy). Since the driver
drove off, you may want to pass this to Nadine for a possible recourse
against the driver.

Claire

''' + sig('donnelly')
    return M(who('donnelly'), who('oberlaender'),
             'KS-26-012660 – witness statement Haskins (EN + DE)', '2026-04-22 15:45', body,
             cc=who('erbacher'))


@mail(88, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
      'occupational pension (direct insurance): employee\'s death reported by the employer, survivors\' benefit, named widow')
def _():
    body = '''Sehr geehrte Frau Schaub,

vielen Dank für Ihre Mitteilung. Es tut uns sehr leid, vom Tod Ihres
Mitarbeiters Herrn Stefan Merkl zu erfahren.

Herr Merkl war über Ihre Firma in der Direktversicherung
AV-bAV 3 310 428-017 (Gruppenvertrag Mälzerei Schaub GmbH) versichert. Für den
Todesfall vor Rentenbeginn ist eine Leistung in Höhe des Deckungskapitals
zuzüglich Überschussbeteiligung vereinbart, derzeit rund 38.400 EUR.
Bezugsberechtigt ist nach der Erklärung von Herrn Merkl seine Ehefrau,
Frau Daniela Merkl.

Für die Auszahlung benötigen wir:
  1. die Sterbeurkunde (Kopie genügt),
  2. eine ärztliche Bescheinigung über die Todesursache (Formular liegt
     bei der Post, die Frau Merkl von uns erhält),
  3. die Bankverbindung von Frau Merkl.

Bitte geben Sie Frau Merkl unsere Kontaktdaten. Wir schreiben ihr auch
selbst, möchten aber nicht, dass unser Brief sie unvorbereitet erreicht –
wenn Sie mit ihr sprechen, wäre es gut, wenn Sie ihn ankündigen.

Aus Ihrer Sicht als Arbeitgeberin ist nichts weiter zu tun; der Vertrag wird
mit der Auszahlung beendet. Die Beiträge für Oktober, die nach dem Todestag
eingegangen sind, erstatten wir an Sie zurück.

Mit freundlichen Grüßen

''' + sig('baumgaertel') + '\n\n' + FOOTER_DE
    return M(who('baumgaertel'), 'Monika Schaub <personal@maelzerei-schaub.example>',
             'Direktversicherung Herr Stefan Merkl – Todesfall', '2026-10-16 14:02', body)


@mail(89, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: partner workshop network - new invoice submission and photo requirements for accident repairs, general process')
def _():
    body = '''Sehr geehrte Partnerbetriebe,

ab dem 1. Oktober 2026 nehmen wir Rechnungen für Unfallinstandsetzungen nur
noch elektronisch über das Werkstattportal an. Papier- und PDF-Rechnungen per
Mail an rechnungseingang@ werden ab dann zurückgeschickt.

Was Sie pro Auftrag hochladen:
  - Rechnung als XRechnung oder ZUGFeRD,
  - Reparaturablauf-Fotos: vor, während und nach der Reparatur, jeweils mit
    sichtbarem Kennzeichen oder FIN,
  - Vermessungsprotokoll bei Achs- und Rahmenarbeiten,
  - Kalibrierprotokoll bei Fahrerassistenzsystemen.

Was Sie nicht hochladen müssen (und bitte auch nicht sollen):
  - Polizeiberichte, Unfallmitteilungen oder Angaben zu Verletzten. Diese
    Unterlagen bekommen wir direkt von unseren Kunden bzw. der Polizei.

Zahlungsziel: Wir zahlen vollständige Rechnungen innerhalb von 10 Tagen.

Die Zugangsdaten für neue Mitarbeitende legt der Administrator Ihres
Betriebs im Portal an. Fragen zum Portal: werkstattportal@auenfels.example.

Mit freundlichen Grüßen

''' + sig('oberlaender') + '\n\n' + FOOTER_DE
    return M(who('oberlaender'), 'Partnerwerkstätten <werkstattnetz@lists.auenfels.example>',
             'Werkstattnetz: Rechnungen nur noch über das Portal ab 01.10.2026', '2026-08-27 08:30', body)


@mail(90, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'vandalism on a parked car: customer and a neighbour witness named, plate, police case and claim number; nobody hurt')
def _():
    body = '''Hallo Herr Gügel,

ich habe Ihren Schaden aufgenommen: KS-26-018220 zu Ihrem Vertrag
AV-K 338 019 776 (Vollkasko, SB 500 EUR).

Zusammengefasst: In der Nacht auf den 16. August wurde Ihr Audi Q3
(BA-RG 1909), geparkt vor Ihrem Haus in der Schützenstraße, rundum
zerkratzt und der rechte Außenspiegel abgetreten. Ihre Nachbarin
Frau Dorothea Reck hat gegen 0:30 Uhr zwei junge Männer gesehen, die am Auto
standen, und hat die Polizei gerufen; die beiden waren aber schon weg.
Anzeige bei der PI Bamberg-Stadt, Vorgangsnummer BY8110-018774-26/7.

Vandalismus ist über die Vollkasko versichert. Der Schaden wird Ihren
Schadenfreiheitsrabatt allerdings belasten (Rückstufung von SF 14 auf SF 10
im nächsten Jahr). Bei einem Schaden in der Größenordnung, die die Werkstatt
genannt hat (ca. 4.500 EUR), lohnt sich die Meldung aber in jedem Fall.

Bitte lassen Sie einen Kostenvoranschlag machen und schicken Sie ihn uns
mit zwei, drei Fotos. Wenn die Täter ermittelt werden, holen wir uns das Geld
von ihnen zurück – dann bekommen Sie auch Ihre SF-Klasse zurück.

Viele Grüße

''' + sig('oberlaender')
    return M(who('oberlaender'), 'Ralf Gügel <ralf.guegel@kabelmail.example>',
             'Vandalismus Schützenstraße – KS-26-018220', '2026-08-17 12:20', body)


@mail(91, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'children\'s accident insurance: 7-year-old broke her elbow at a trampoline park, surgery with wires, hospital days')
def _():
    body = '''Dear Mrs Olsen,

I'm so sorry to hear about Freya's accident – I hope she is coping well
with the cast.

I have registered the claim under your children's accident policy
AV-KU 618 200 947 (claim UK-26-000418).

From your message and the discharge letter:
- accident on 29 August 2026 at the trampoline park "Sprungwerk" in
  Bamberg, Freya (7) landed on her outstretched arm,
- supracondylar fracture of the left humerus (above the elbow),
- closed reduction and fixation with two K-wires under general anaesthetic
  on 30 August, three nights in the children's ward,
- wires to be removed after about four weeks.

Benefits payable now:
  hospital daily allowance, 3 days x EUR 40          EUR 120.00
  fracture lump sum (children's tariff)              EUR 500.00
  "comfort" benefit for a parent staying with the
  child in hospital, 3 nights x EUR 25               EUR  75.00
  total                                              EUR 695.00

We will also pay the cost of extra tutoring if Freya misses more than
two weeks of school, and we will review a possible invalidity benefit after
the treatment has finished. Elbow fractures in children usually heal
completely, but please keep all reports.

Wishing Freya a quick recovery,

''' + sig('kraft') + '\n\n' + FOOTER_EN
    return M(who('kraft'), 'Sarah Olsen <sarah.olsen@mailhub.example>',
             'Freya\'s accident at the trampoline park – claim UK-26-000418', '2026-09-08 10:10', body)


@mail(92, 'NORMAL', 'de', 'internal',
      'trap: minutes of the occupational safety committee with counts of staff commuting accidents and first-aiders - no names, ODT')
def _():
    body = '''Hallo zusammen,

anbei das Protokoll der ASA-Sitzung vom 15. Oktober als ODT (die
Sicherheitsfachkraft arbeitet mit LibreOffice). Bitte Korrekturen bis
Freitag an mich.

Viele Grüße
Ulrike

''' + sig('stenzel')
    doc = odt([
        'Protokoll der Sitzung des Arbeitsschutzausschusses (ASA) – 15.10.2026',
        'Teilnehmende: Geschäftsleitung (Hr. Pfister), Betriebsrat (2), Betriebsärztin, Fachkraft für Arbeitssicherheit, Sicherheitsbeauftragte (3), Personal (U. Stenzel, Protokoll)',
        'TOP 1 Unfallgeschehen 1.-3. Quartal 2026: 7 meldepflichtige Unfälle (Vorjahr 9), davon 5 Wegeunfälle (3 mit dem Fahrrad, 2 mit dem Pkw), 1 Sturz auf der Außentreppe bei Glätte, 1 Schnittverletzung in der Kantine. Ausfalltage gesamt 96.',
        'TOP 2 Maßnahmen: Außentreppe Tor 2 erhält beheizte Stufen; Fahrradsicherheitsaktion im Frühjahr mit Lichtcheck.',
        'TOP 3 Erste Hilfe: 41 ausgebildete Ersthelfende (Soll 38). Defibrillator Foyer geprüft, Elektroden getauscht.',
        'TOP 4 Gefährdungsbeurteilung psychische Belastung Schadenabteilung: Befragung läuft bis 30.11., Ergebnisse nur aggregiert ab 10 Antworten je Team.',
        'TOP 5 Bildschirmarbeitsplätze: 60 höhenverstellbare Tische werden 2027 beschafft.',
        'Nächste Sitzung: 21.01.2027.',
    ])
    return M(who('stenzel'), 'ASA-Verteiler <asa@auenfels.example>',
             'Protokoll ASA 15.10.2026 (Entwurf)', '2026-10-19 13:05', body,
             attachments=[('Protokoll_ASA_2026-10-15.odt', doc, MIME_ODT)])


@mail(93, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'D&O renewal for a company policyholder: named managing directors, a pending claim by a named former employee, policy number')
def _():
    body = '''Dear Gareth,

please find our renewal terms for the D&O policy of Harcourt Logistics GmbH
(AV-DO 2 204 310) below. Insured persons are, as before, all managing
directors and authorised officers, currently Mr Neil Ashworth and
Dr Katja Brenner (managing directors) and Mr Oskar Veit (Prokurist).

Terms for 2027
- limit EUR 5m, annual aggregate, unchanged
- premium EUR 14,900 net (2026: EUR 13,600)
- retention for company reimbursement: EUR 10,000
- new exclusion: fines and penalties under the Supply Chain Act

The increase reflects the open notification from April: the former
warehouse manager, Mr Lutz Amrhein, has claimed against Mr Ashworth
personally, alleging that he was dismissed in breach of contract after
raising safety concerns. We have appointed defence counsel; the claim is
reserved and remains covered under the 2026 policy period.

Please ask your client to confirm by 1 December that there are no other
circumstances which could give rise to a claim, and send us the 2025
annual accounts.

Kind regards

''' + sig('donnelly') + '\n\n' + FOOTER_EN
    return M(who('donnelly'), 'Gareth Penhallow <g.penhallow@penhallow-finch.example>',
             'Harcourt Logistics – D&O renewal 2027', '2026-11-03 10:20', body)


@mail(94, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'carbon monoxide poisoning of a tenant family from a defective gas boiler in the insured landlord\'s house: hospital, oxygen therapy, children')
def _():
    body = '''Sehr geehrter Herr Marković,

wir sind der Haftpflichtversicherer Ihres Vermieters, Herrn Rupert Kestel
(Haus- und Grundbesitzerhaftpflicht, Schaden HP-26-004015). Herr Kestel hat
uns über den Vorfall vom 11. November 2026 in Ihrer Wohnung in der
Gaustadter Hauptstraße 61 informiert. Wir wünschen Ihnen und Ihrer Familie
gute Besserung.

Nach den Angaben von Herrn Kestel und dem Bericht des Schornsteinfegers
ist aus der Gastherme im Bad Kohlenmonoxid ausgetreten, weil das Abgasrohr
undicht war. Sie, Ihre Frau und Ihre beiden Kinder (8 und 11 Jahre) wurden
mit Kohlenmonoxidvergiftungen ins Klinikum gebracht; Sie und Ihre Tochter
wurden wegen erhöhter CO-Werte im Blut in der Druckkammer behandelt.
Alle vier konnten nach zwei bis drei Tagen entlassen werden.

Wir möchten Ihre Ansprüche schnell und unkompliziert regeln. Dazu bitten
wir um:
  - die Entlassberichte des Klinikums für alle vier Familienmitglieder,
  - die Bescheinigungen über Arbeitsunfähigkeit bzw. Schulbefreiung,
  - eine Aufstellung Ihrer Kosten (Fahrten, Zuzahlungen, Hotel bis zur
    Freigabe der Wohnung).

Die Schweigepflichtentbindungen (je eine pro Person, für die Kinder
unterschreiben Sie als Eltern) liegen bei. Nach Eingang der Berichte zahlen
wir einen ersten Vorschuss auf das Schmerzensgeld.

Falls Ihre Kinder nach dem Erlebnis Angst haben oder schlecht schlafen,
übernehmen wir auch die Kosten für eine psychologische Beratung.

Mit freundlichen Grüßen

''' + sig('hansen') + '\n\n' + FOOTER_DE
    return M(who('hansen'), 'Dragan Marković <dragan.markovic@web-post.example>',
             'Kohlenmonoxid-Austritt in Ihrer Wohnung – Ihre Ansprüche (HP-26-004015)',
             '2026-11-18 15:55', body)


@mail(95, 'NORMAL', 'en', 'insurer-to-partner',
      'external auditors asking for IT general controls evidence - no personal data')
def _():
    body = '''Dear Ms Fairbairn,

thank you for the PBC list for the interim audit. For the IT general
controls we can provide the following by 13 November:

1. User access reviews Q2 and Q3 for the core claims system and the
   health benefits system (sign-off sheets, not the user lists themselves
   – those you can inspect on site),
2. change management: list of changes to the claims and payment systems
   since 1 January with CAB approvals,
3. backup and restore test reports (last test: 8 September),
4. the report of the external penetration test of the customer portal
   (2025) and the status of open findings,
5. the SOC 2 reports of our cloud provider and of the print and mail
   service provider.

For item 1 please let us know which sample period you need. Screens from
the production systems will only be shown on site, not sent.

Best regards,

''' + sig('zielinski') + '\n\n' + FOOTER_EN
    return M(who('zielinski'), 'Morag Fairbairn <morag.fairbairn@kestrel-audit.example>',
             'RE: PBC list interim audit 2026 – IT general controls', '2026-10-27 09:50', body,
             in_reply_to=old_id('pbc', 'kestrel-audit.example'))


@mail(96, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: general broker information on cancellation rights after a claim in motor and liability - legal explanation, no case')
def _():
    body = '''Liebe Maklerpartnerinnen und -partner,

in den letzten Wochen kamen mehrere Fragen dazu, wann nach einem Schaden
gekündigt werden kann. Hier die Rechtslage in Kürze:

1. Kündigung im Schadenfall (§ 92 VVG bzw. Regelungen in AKB/AHB)
   - Beide Seiten können kündigen, nachdem der Versicherer eine Leistung
     erbracht oder abgelehnt hat.
   - Frist: innerhalb eines Monats nach Abschluss der Verhandlungen über
     die Entschädigung.
   - Der Kunde kann wählen, ob die Kündigung sofort oder zum Ende der
     laufenden Versicherungsperiode wirkt.
   - Kündigt der Versicherer, wird die Kündigung einen Monat nach Zugang
     wirksam.

2. Was wir tatsächlich tun
   Wir kündigen nach Schäden nur in Ausnahmefällen, etwa bei
   Betrugsverdacht oder einer Häufung von Leitungswasserschäden, die auf
   marode Leitungen hinweist. Ein einzelner Kfz-Unfall, auch mit
   Personenschaden, ist für uns kein Kündigungsgrund.

3. Schadenfreiheitsrabatt bei Wechsel
   Die SF-Klasse nach Rückstufung geht mit zum neuen Versicherer; ein Wechsel
   direkt nach einem Schaden "rettet" den Rabatt also nicht.

Fragen zu einzelnen Kunden besprechen wir gern telefonisch.

Viele Grüße

''' + sig('hofrichter') + '\n\n' + FOOTER_DE
    return M(who('hofrichter'), 'Maklerpartner Nordbayern <makler-nordbayern@lists.auenfels.example>',
             'Maklerwissen: Kündigung nach dem Schadenfall – was gilt?', '2026-09-29 10:05', body)


@mail(97, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'health claims review: inpatient bill for a heart attack (I21.4) with coronary stent (OPS 8-837), query to the medical adviser')
def _():
    body = '''Hallo Frau Dr. Reischl,

ich brauche bitte Ihre Einschätzung zu einer Krankenhausrechnung:

Versicherter: Herr Gunther Lauterbach, geb. 1959, Vollversicherung
AV-KV 1 224 097, Tarif KomfortStationär (Chefarzt, Zweibettzimmer)

Klinikum am Rosengarten, Aufenthalt 4.–11. August 2026
Hauptdiagnose I21.4 (NSTEMI), Nebendiagnosen I25.13, E11.9, I10.90
Prozedur OPS 8-837.00 (PTCA) mit 8-837.k0 (Stent-Implantation)
DRG-Rechnung 9.842,16 EUR, Wahlleistungen Chefarzt 2.311,40 EUR,
Zweibettzimmer 7 Tage à 68 EUR

Meine Frage: Die Klinik hat zusätzlich eine zweite Koronarangiographie am
10. August abgerechnet (Chefarztrechnung GOÄ 626, 628). Laut Entlassbericht
war sie "zur Kontrolle bei erneuten pektanginösen Beschwerden". Ist das aus
medizinischer Sicht plausibel, oder sollen wir die Begründung anfordern?

Der Diabetes (E11.9) ist bei Vertragsbeginn 2011 angegeben worden, da gibt
es also kein Thema mit der Anzeigepflicht.

Danke und viele Grüße
Doris

''' + sig('wunderlich')
    return M(who('wunderlich'), who('reischl'),
             'Rückfrage Krankenhausrechnung Lauterbach – zweite Koronarangiographie',
             '2026-08-25 11:38', body)


@mail(98, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: framework agreement with a partner body shop on labour rates, paint and hire cars - company terms only')
def _():
    body = '''Sehr geehrter Herr Fleischmann,

wie besprochen die Eckpunkte für die Verlängerung der
Partnerschaftsvereinbarung ab 1. Januar 2027:

  Stundenverrechnungssatz Karosserie/Mechanik   142,00 EUR (bisher 134,00)
  Stundenverrechnungssatz Lackierung            158,00 EUR (bisher 149,00)
  Lackmaterial                                  Faktor 1,9 auf AZT-Lackstufe
  Ersatzteilaufschläge (UPE)                    keine
  Verbringungskosten                            keine (eigene Lackiererei)
  Hol- und Bringservice                         kostenlos im Umkreis 30 km
  Ersatzwagen                                   eigene Flotte, 29 EUR/Tag
                                                für Kunden mit Werkstattbindung

Qualitätskennzahlen (wie bisher): Nacharbeitsquote unter 3 %,
Durchlaufzeit Ø unter 7 Arbeitstagen, Kundenzufriedenheit mindestens 4,5
von 5 Sternen in der Befragung.

Ihr Betrieb hat 2025 alle drei Werte erreicht – danke dafür. Der neue Vertrag
kommt in den nächsten Tagen zur Unterschrift über das Werkstattportal.

Mit freundlichen Grüßen

''' + sig('oberlaender') + '\n\n' + FOOTER_DE
    return M(who('oberlaender'), 'Günther Fleischmann <g.fleischmann@fleischmann-karosserie.example>',
             'Partnerschaftsvereinbarung 2027 – Konditionen', '2026-11-12 16:10', body)


@mail(99, 'CONFIDENTIAL', 'en', 'insurer-to-company',
      'letting agency and overseas landlord: kitchen fire in an insured rented flat, named landlord and tenant, policy and claim number; tenant unhurt')
def _():
    body = '''Dear Ms Herold, dear Mr Lowther,

thank you both for the quick information. I have registered the fire at
Hauptstraße 27, 2nd floor right, 91054 Erlangen under claim number
SW-26-006188 (landlord's buildings and fixtures policy AV-W 152 770 391,
policyholder Mr Graham Lowther).

What we know so far:
- On 2 November at around 20:15 oil in a pan caught fire on the cooker in
  the kitchen. The tenant, Ms Yuki Tanabe, smothered the flames with a lid
  and called the fire brigade. She was not hurt and was checked by the
  paramedics only as a precaution, without any findings.
- The cooker, the extractor hood and two wall cupboards are burnt, the
  kitchen ceiling and walls are sooted, the rest of the flat smells of
  smoke.

Next steps:
1. Our fire damage specialist, Brandschadensanierung Kunzmann, will
   contact Ms Herold (agency) to arrange a visit on Thursday or Friday.
2. Mr Lowther, as the fitted kitchen belongs to the flat, it is covered by
   your policy. Please send us the purchase invoice or the year it was
   installed.
3. Ms Tanabe's own belongings are not covered by your policy – Ms Herold,
   could you please remind her to inform her own household insurer?
4. If the flat cannot be let for a while, loss of rent is covered for up to
   12 months.

Kind regards

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_EN
    return M(who('mueckenhaupt'), 'Sonja Herold <s.herold@herold-immobilien.example>',
             'Kitchen fire Hauptstraße 27, Erlangen – claim SW-26-006188', '2026-11-04 13:49', body,
             cc='Graham Lowther <graham.lowther@lowther-home.example>')


@mail(100, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'passenger accident cover: customer\'s 16-year-old son injured in a crash - collarbone fracture, splenic injury, intensive care')
def _():
    body = '''Sehr geehrter Herr Hoffmann,

wir haben von Herrn Wendeler aus unserer Kfz-Abteilung erfahren, dass Ihr
Sohn Luca bei dem Unfall am 7. September 2026 auf der B 4 bei Ebersdorf
schwer verletzt wurde. Es tut uns sehr leid, und wir hoffen, dass es ihm
inzwischen besser geht.

Luca saß als Beifahrer in Ihrem Wagen, für den Sie bei uns eine
Insassenunfallversicherung abgeschlossen haben (zu Vertrag AV-K 287 440 913,
Pauschalsystem, 50.000 EUR Invalidität / 5.000 EUR Todesfall / 20 EUR
Krankenhaustagegeld je Insasse). Diese Leistungen erhalten Sie unabhängig
davon, wer den Unfall verursacht hat.

Nach dem Bericht des Klinikums Coburg wurden bei Luca eine Fraktur des
rechten Schlüsselbeins und ein Milzriss festgestellt. Die Milz konnte
erhalten werden; er lag drei Tage auf der Intensivstation und insgesamt
zwölf Tage im Krankenhaus.

Wir zahlen jetzt:
  Krankenhaustagegeld 12 Tage x 20 EUR = 240 EUR

Ob eine dauerhafte Beeinträchtigung zurückbleibt (z. B. an der Schulter),
lässt sich erst in einigen Monaten beurteilen. Wir melden uns im Frühjahr
2027 bei Ihnen, um ein ärztliches Gutachten zu veranlassen. Die Frist zur
ärztlichen Feststellung läuft bis 7. Dezember 2027.

Die Ansprüche gegenüber dem Unfallgegner (Schmerzensgeld für Luca)
bestehen daneben und werden auf diese Leistungen nicht angerechnet.

Mit freundlichen Grüßen

''' + sig('kraft') + '\n\n' + FOOTER_DE
    return M(who('kraft'), 'Bernd Hoffmann <bernd.hoffmann@t-net.example>',
             'Insassenunfallversicherung – Unfall Ihres Sohnes Luca am 07.09.2026',
             '2026-09-25 09:40', body, cc=who('wendeler'))

# ---------------------------------------------------------------------------
# 0101-0125
# ---------------------------------------------------------------------------

@mail(101, 'NORMAL', 'en', 'internal',
      'trap: IT advice that dashcam videos and accident photos are too large for mail, use the SFTP drop - technical, no case')
def _():
    body = '''Hi Katrin, hi Florian,

a quick follow-up on the bounced mails from yesterday: customers and
lawyers are increasingly sending dashcam videos (MP4, often 200-800 MB)
and phone videos of water damage. Our mail gateway accepts at most 35 MB
per message, so these bounce and the sender gets an English/German error
message that nobody understands.

What we've set up:
- The customer portal upload now accepts video files up to 2 GB
  (schaden.auenfels.example > "Dokumente nachreichen").
- For lawyers, assessors and workshops there is a personal SFTP/HTTPS drop
  link valid for 14 days. You can create it in the claims system under
  "Externe Übermittlung > Upload-Link erzeugen". The files land directly in
  the claim file and are scanned for malware.
- Please don't ask people to use public file-sharing services.

I've also changed the bounce text so that it points to the portal.

Let me know if your teams need a 15-minute demo.

Marek

''' + sig('zielinski')
    return M(who('zielinski'), who('oberlaender') + ', ' + who('mueckenhaupt'),
             'Dashcam videos / large files – please use the upload link instead of mail',
             '2026-06-11 10:02', body)


@mail(102, 'CONFIDENTIAL', 'de', 'insurer-to-company',
      'security certificate for a leasing company: named lessee, VIN, plate, comprehensive policy number')
def _():
    body = '''Sehr geehrte Damen und Herren,

für das folgende Fahrzeug stellen wir Ihnen wie gewünscht einen
Sicherungsschein aus (Anlage folgt per Post):

  Leasingnehmerin:   Jasmin Gößwein, Am Hirtenbach 4, 96135 Stegaurach
  Leasingvertrag:    LV-2026-118830
  Fahrzeug:          Cupra Formentor 1.5 eTSI
  FIN:               VSSZZZKMZRR504112
  Kennzeichen:       BA-JG 880
  Versicherung:      AV-K 512 883 007, Vollkasko mit SB 500 EUR,
                     Teilkasko mit SB 150 EUR, Beginn 15.04.2026

Mit dem Sicherungsschein verpflichten wir uns,
  - Kaskoentschädigungen bei Totalschaden und Diebstahl nur an Sie zu
    zahlen,
  - Sie zu informieren, wenn der Beitrag nicht gezahlt wird oder der
    Vertrag gekündigt werden soll.

Reparaturschäden rechnen wir wie üblich mit der Werkstatt bzw. der
Leasingnehmerin ab, sofern Sie nicht widersprechen.

Mit freundlichen Grüßen

''' + sig('vollmer') + '\n\n' + FOOTER_DE
    return M(who('vollmer'), 'Leasing-Service <versicherung@regnitz-leasing.example>',
             'Sicherungsschein LV-2026-118830 – BA-JG 880', '2026-04-16 14:26', body)


@mail(103, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: travel health insurance product sheet for a partner travel agency - illness abroad, repatriation, pre-existing conditions in general terms')
def _():
    body = '''Dear Ms Whelan,

as requested, here is the English product summary of our travel health
insurance for your customers booking through Regnitz Reisen. Feel free to
copy it into your booking confirmation.

------------------------------------------------------------
Auenfels Travel Health – cover for illness and accidents abroad

- Medical treatment abroad: doctors, hospital, medicines and dressings,
  without upper limit
- Dental treatment for acute pain, simple fillings and repairs of dentures
- Transport home when medically advisable, including accompanying person
- Search and rescue costs up to EUR 25,000
- Trips of up to 56 days each, worldwide, unlimited number per year
- Annual premium from EUR 14.90 per person, EUR 34.90 for families

Not covered: treatment that was the purpose of the trip, and treatment of
known conditions that had to be expected when the trip started.
Pregnancy complications are covered until the end of the 36th week.
------------------------------------------------------------

Please don't collect health information from your customers for this
product – there are no health questions, and claims are handled directly
between the traveller and us.

Brochures in English and German will reach your branch next week.

Best regards

''' + sig('hofrichter') + '\n\n' + FOOTER_EN
    return M(who('hofrichter'), 'Aoife Whelan <aoife.whelan@regnitz-reisen.example>',
             'Travel health insurance – English product summary for your bookings',
             '2026-03-12 15:18', body)


@mail(104, 'NORMAL', 'en', 'newsletter',
      'trap: storm-season checklist for property customers (roof, trees, neighbours, what to do after damage) - general advice, HTML only')
def _():
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm season</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;max-width:600px;margin:auto;color:#203040">
<div style="background:#e9f0f4;padding:14px"><b>Auenfels Home &amp; Property</b> &middot; customer information</div>
<h2>Storm season checklist</h2>
<p>Autumn storms cause most of the roof and tree damage we see every year. A few checks now can
save you a lot of trouble &ndash; and protect your neighbours and passers-by.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>&#9744;</td><td><b>Roof:</b> loose tiles, damaged ridge, satellite dish firmly fixed?</td></tr>
<tr><td>&#9744;</td><td><b>Trees:</b> dead branches over the pavement, the street or your neighbour&rsquo;s garden?
As the owner you are responsible for trees being safe.</td></tr>
<tr><td>&#9744;</td><td><b>Garden:</b> trampolines, garden furniture and bins secured or stored away?</td></tr>
<tr><td>&#9744;</td><td><b>Gutters and drains</b> free of leaves, so heavy rain can run off.</td></tr>
<tr><td>&#9744;</td><td><b>Windows and skylights</b> closed when you leave the house.</td></tr>
</table>
<h3>If damage happens</h3>
<ol>
<li>Safety first. If anyone is injured, call 112. Keep away from damaged roofs and fallen power lines.</li>
<li>Prevent further damage if you can do so safely (cover the roof, move valuables).</li>
<li>Take photos before clearing up, and keep damaged parts.</li>
<li>Report the claim in the Auenfels app or on 0800 4470 200 &ndash; 24/7.</li>
<li>If something from your property damaged a neighbour&rsquo;s car or house, report that too &ndash;
we&rsquo;ll take care of it with them.</li>
</ol>
<p style="font-size:11px;color:#777">Auenfels Versicherung AG &middot; Am Auenfels 3 &middot; 96052 Bamberg &middot;
<a href="https://www.auenfels.example/unsubscribe">Unsubscribe</a></p>
</body></html>
'''
    return M('Auenfels Home & Property <service@auenfels.example>',
             'Property customers (EN) <property-info-en@lists.auenfels.example>',
             'Storm season checklist – five things to check this weekend', '2026-10-15 17:00', None,
             html=html, html_only=True, agent='Auenfels Mailer 2.4', cte='base64')


@mail(105, 'CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'water from the customer\'s flat damaged the neighbour\'s flat: neighbour named with IBAN, customer named, claim number; nobody hurt')
def _():
    body = '''Sehr geehrte Frau Ziegler,

vielen Dank für die Rechnungen und Fotos. Ich habe Ihren Schaden aus dem
Wasseraustritt in der Wohnung über Ihnen (unsere Versicherungsnehmerin
Frau Katharina Roppelt, Haftpflichtschaden HP-26-003402) jetzt abgerechnet.

  Malerarbeiten Wohnzimmerdecke und -wand
  (Malerbetrieb Hemmerlein, Rechnung vom 10.09.)        1.184,40 EUR
  Ersatz Stehleuchte (Zeitwert)                            85,00 EUR
  Reinigung Teppich                                        96,00 EUR
  Stromkosten Trockengerät 9 Tage                          42,30 EUR
  Kostenpauschale                                          25,00 EUR
  gesamt                                                1.432,70 EUR

Die Parkettschäden sind Teil des Gebäudes und werden, wie Sie wissen, von
der Gebäudeversicherung der Eigentümergemeinschaft bezahlt; die haben wir
deshalb hier nicht berücksichtigt.

Den Betrag überweisen wir auf Ihr Konto
  Anna Ziegler, IBAN DE31 7706 0100 3100 4642 45
mit dem Verwendungszweck HP-26-003402.

Ich hoffe, bei Ihnen ist jetzt alles wieder trocken und ruhig.

Mit freundlichen Grüßen

''' + sig('hansen') + '\n\n' + FOOTER_DE
    return M(who('hansen'), 'Anna Ziegler <anna.ziegler@posteo-mail.example>',
             'Wasserschaden Ihrer Wohnung – Abrechnung HP-26-003402', '2026-09-17 14:58', body)


@mail(106, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health insurance premium arrears: reminder with amount owed and the move to the emergency tariff - a person\'s health contract')
def _():
    body = '''Sehr geehrter Herr Kuhnert,

für Ihre private Krankenversicherung (AV-KV 3 870 115, Tarife
KomfortAmbulant, KomfortStationär und Pflegepflicht) sind folgende Beiträge
offen:

  Juni 2026        612,44 EUR
  Juli 2026        612,44 EUR
  August 2026      612,44 EUR
  Säumniszuschläge  18,00 EUR
  offen gesamt   1.855,32 EUR

Wir haben Sie am 15. Juli und 14. August bereits gemahnt. Bitte verstehen
Sie diese Mail nicht als Drohung, sondern als Hinweis, damit Sie reagieren
können: Wenn der Rückstand zwei Monate nach Zugang der zweiten Mahnung noch
besteht, müssen wir Ihren Vertrag nach § 193 Abs. 7 VVG in den
Notlagentarif umstellen. Dann sind nur noch akute Erkrankungen, Schmerzen,
Schwangerschaft und Vorsorge versichert.

Wir wissen, dass es Zeiten gibt, in denen das Geld knapp ist. Sprechen Sie
uns an – möglich sind zum Beispiel:
  - eine Ratenzahlung des Rückstands,
  - ein Wechsel in einen günstigeren Tarif oder eine höhere Selbstbeteiligung,
  - bei Hilfebedürftigkeit eine Halbierung des Beitrags im Basistarif.

Sie erreichen mich direkt unter der unten stehenden Nummer.

Mit freundlichen Grüßen

''' + sig('aydin') + '\n\n' + FOOTER_DE
    return M(who('aydin'), 'Jens Kuhnert <jens.kuhnert@netzpost.example>',
             'Ihre Krankenversicherung – offene Beiträge Juni bis August', '2026-09-02 10:30', body)


@mail(107, 'NORMAL', 'de', 'internal',
      'company outing planning - organisational only')
def _():
    body = '''Hallo ihr Lieben,

der Betriebsausflug der Schadenabteilungen steht: Freitag, 11. September,
Kanutour auf der Wiesent von Muggendorf nach Doos, danach Brotzeit im
Biergarten.

Ablauf:
  8:15  Abfahrt Bus ab Tor 2
  9:30  Einweisung und Start der Kanutour (ca. 3 Stunden, gemütlich)
 13:30  Brotzeit, danach Wanderung oder Bus zurück
 17:30  Ankunft in Bamberg

Wer nicht paddeln mag, kann mit der Wandergruppe (ca. 8 km) mitgehen – bitte
bei der Anmeldung angeben. Schwimmwesten werden gestellt, Wechselkleidung
bitte selbst mitbringen.

Anmeldung bis 28. August über das Formular im Intranet. Für alle, die an dem
Tag Dienst in der Schadenhotline haben: Wir machen im Oktober noch eine
kleine Runde für euch.

Viele Grüße
das Orga-Team (Jana, Ole, Paulina)
'''
    return M(who('kraft'), 'Bereich Schaden <bereich-schaden@auenfels.example>',
             'Betriebsausflug 11. September – Kanutour auf der Wiesent', '2026-07-31 11:45', body,
             cc=who('hansen') + ', ' + who('hofrichter'))


@mail(108, 'NORMAL', 'en', 'insurer-to-broker',
      'trap: general explanation for an English-speaking broker of legal expenses cover in tenancy disputes - no client')
def _():
    body = '''Hi Gareth,

you asked how our legal expenses insurance works for tenancy disputes,
since several of your expat clients rent flats in Germany. In short:

What's covered (module "Wohnen", for tenants)
- disputes with the landlord about rent increases, the deposit, repairs,
  mould, service charge statements and notice to quit
- lawyer's fees at the statutory rates, court costs, witnesses and experts
  appointed by the court, the other side's costs if your client loses

What isn't
- disputes that started before the policy began or within the 3-month
  waiting period
- buying or building property

How a claim works
1. Your client calls our legal hotline first – a lawyer gives initial
   advice by phone, free of charge and without affecting the no-claims
   discount.
2. If a lawyer needs to act, your client chooses one (or we recommend one
   who speaks English) and we issue a cover confirmation.
3. Excess: EUR 150 per case, waived if the matter is settled through
   mediation.

Premium for a single tenant: from EUR 9.80 per month. I can send you the
English policy wording if that helps.

Best,
Jana

''' + sig('hofrichter') + '\n\n' + FOOTER_EN
    return M(who('hofrichter'), 'Gareth Penhallow <g.penhallow@penhallow-finch.example>',
             'Legal expenses for tenants – how it works', '2026-05-27 11:22', body)


@mail(109, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'commission to a medical expert: injured motorcyclist\'s open tibia fracture, infection, impairment assessment')
def _():
    body = '''Sehr geehrter Herr Prof. Dr. Wachter,

in der Haftpflichtsache KP-26-001247 bitten wir Sie um ein
unfallchirurgisches Gutachten über

  Herrn Florian Betz, geb. 21.08.1996, Hauptstraße 3, 91330 Eggolsheim.

Herr Betz ist am 7. März 2026 als Motorradfahrer mit dem Pkw unseres
Versicherungsnehmers kollidiert. Die Haftung ist zu 100 % anerkannt.

Verletzungen und Verlauf nach den vorliegenden Unterlagen:
  - offene Unterschenkelfraktur rechts (Gustilo II), Fixateur externe,
    am 12.03. Verfahrenswechsel auf Marknagel,
  - postoperative Wundinfektion, Revision am 24.03.,
  - distale Radiusfraktur rechts, konservativ,
  - stationär bis 02.04., ambulante Reha bis Juli,
  - seit 3. August Wiedereingliederung als Industriemechaniker.

Fragen:
  1. Welche unfallbedingten Gesundheitsschäden liegen vor?
  2. Wie lange bestand unfallbedingte Arbeitsunfähigkeit (100 %, 50 %)?
  3. Welche Dauerfolgen sind zu erwarten (Bewegungsumfang oberes Sprunggelenk,
     Beinlängendifferenz, Arthroserisiko)?
  4. Ist mit einer Metallentfernung zu rechnen, und wie lange wird Herr Betz
     danach ausfallen?
  5. Ist die Tätigkeit als Industriemechaniker auf Dauer vollschichtig
     möglich?

Die Behandlungsunterlagen stellen wir Ihnen über den Datenraum zur
Verfügung; den Zugang erhalten Sie separat. Herr Betz wurde über die
Begutachtung informiert und ist einverstanden; er erwartet Ihre
Terminvorschläge.

Mit freundlichen Grüßen

''' + sig('wendeler') + '\n\n' + FOOTER_DE
    return M(who('wendeler'), 'Prof. Dr. Konrad Wachter <sekretariat@gutachten-wachter.example>',
             'Gutachtenauftrag KP-26-001247 – Herr Florian Betz', '2026-09-10 09:15', body,
             importance='normal')


@mail(110, 'NORMAL', 'de', 'notification',
      'trap: portal notification "you have a new secure message" - no name, no content')
def _():
    body = '''Guten Tag,

in Ihrem Auenfels-Kundenpostfach liegt eine neue Nachricht für Sie.

Sie können sie hier lesen:
https://postfach.auenfels.example/

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Melden Sie sich
wie gewohnt mit Ihrer E-Mail-Adresse und Ihrem Passwort an.

Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort.

Ihre Auenfels Versicherung

--
Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht
auf diese E-Mail.
Auenfels Versicherung AG · Am Auenfels 3 · 96052 Bamberg
'''
    return M('Auenfels Kundenpostfach <no-reply@postfach.auenfels.example>',
             'k.stoecklein@web-post.example',
             'Neue Nachricht in Ihrem Kundenpostfach', '2026-06-30 06:12', body, agent=None,
             headers=[('Auto-Submitted', 'auto-generated')])


@mail(111, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'hit-and-run on a parked car: customer named, witness with partial plate, police case, claim number; nobody hurt - sent from a phone')
def _():
    body = '''Hallo Frau Gebert,

kurze Info von unterwegs: ich war eben bei Ihrem Auto in der Tiefgarage
Kunigundenruhstraße, Fotos sind gemacht. Schaden an Tür und Kotflügel
hinten links wie von Ihnen beschrieben, ca. 2.800 EUR schätze ich.

Der Hausmeister Herr Pickel hat mir noch gesagt das er am Samstag abend
einen weißen Transporter gesehen hat, der beim Rangieren an Ihr Auto
gekommen ist und dann weg ist. Kennzeichen hat er nur teilweise: "BA-K?
7.." Das hab ich der Polizei (Vorgang BY8110-016640-26/3) gleich
telefonisch durchgegeben. Bitte lassen Sie Herrn Pickel als Zeugen in Ihrer
Anzeige nachtragen.

Für Sie: Schaden läuft unter KS-26-016702 über Ihre Vollkasko (Vertrag
AV-K 366 217 450). Wenn die Polizei den Fahrer findet, holen wir uns alles
zurück und Ihr SF bleibt unberührt.

Gut das keiner im Auto war.

Gruß
M. Seubert

Von meinem iPhone gesendet

''' + sig('seubert')
    return M(who('seubert'), 'Heike Gebert <heike.gebert@frankenmail.example>',
             'Ihr Parkschaden Tiefgarage – Besichtigung erledigt', '2026-07-06 13:47', body,
             agent='iPhone Mail (21F90)', cte='8bit')


@mail(112, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'fraud investigation: several named claimants with whiplash and back injury claims represented by the same firm, GP certificates, prior claims')
def _():
    body = '''Claire,

thanks for flagging the third letter from "Bridgewater Claims Ltd". I've
now looked at all three files together and I think we have a pattern.

  KP-26-002410  Mr Rhys Pritchard, 29 – whiplash, lower back pain,
                "anxiety when driving", GP note from a practice in Luton
  KP-26-002655  Mr Kieran Doyle, 31 – whiplash, shoulder sprain,
                same practice, same doctor, same wording
  KP-26-002871  Ms Shannon Pritchard, 27 – whiplash, headaches,
                same practice; she is Rhys Pritchard's sister

All three were passengers in rental cars that were allegedly hit from
behind by our policyholders at low speed in Nuremberg and Munich, all
within seven weeks in May/June. In two cases our policyholders say they did
not notice any impact at all; the damage photos show scuffs only.

The UK insurance fraud database (via our partner) shows Mr Doyle with two
prior whiplash claims in England in 2023 and 2024.

I suggest:
- no payments, only acknowledgement letters;
- request original hospital or GP records and the rental agreements;
- biomechanical report for KP-26-002655 (the one with the best photos);
- I'll check with the rental companies whether the same persons hired
  cars before.

Please keep the files marked SIU. I'll prepare a short note for the
Schadenrunde.

Yusuf

''' + sig('demirtas')
    return M(who('demirtas'), who('donnelly'),
             '[strictly confidential] SIU – Bridgewater Claims, three whiplash files',
             '2026-08-19 17:20', body, cc=who('wendeler'))


@mail(113, 'NORMAL', 'de', 'internal',
      'fleet: tyre change appointments for the company pool cars - plates of company vehicles only')
def _():
    body = '''Hallo zusammen,

die Poolfahrzeuge bekommen ab nächster Woche Winterreifen. Termine bei
Reifen-Dippold (Hallstadt):

  Mo 19.10.  BA-AV 101, BA-AV 102, BA-AV 103
  Di 20.10.  BA-AV 104, BA-AV 105 (mit neuer Tür :-)), BA-AV 106
  Mi 21.10.  BA-AV 110, BA-AV 111 (Transporter Poststelle)

Die Fahrzeuge stehen an diesen Tagen von 7:30 bis ca. 12:00 nicht zur
Verfügung; im Buchungstool sind sie schon geblockt. Wer einen Außentermin hat
und umplanen muss, meldet sich bitte bei mir.

Bei der Gelegenheit wird bei allen Fahrzeugen der Verbandkasten und das
Warndreieck geprüft.

Danke
Stefan

''' + sig('lohmeier')
    return M(who('lohmeier'), 'Poolfahrzeug-Nutzer <poolfahrzeuge@auenfels.example>',
             'Reifenwechsel Poolfahrzeuge 19.–21.10.', '2026-10-12 08:40', body,
             charset='windows-1252', cte='quoted-printable')


@mail(114, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'body is harmless; the ZIP holds a windows-1252 CSV claims status list of the broker\'s clients with names, plates and policy numbers')
def _():
    body = '''Hallo Herr Thiel,

wie jeden Monat die Schadenübersicht für Ihren Bestand, diesmal als ZIP,
weil Ihr MVP die CSV sonst umbenennt. Das Kennwort für den Import kennen Sie.

Viele Grüße

''' + sig('hofrichter')
    rows = [
        'Schaden-Nr;Kunde;Vertrag;Sparte;Schadentag;Beschreibung;Status;Zahlung EUR;Reserve EUR',
        'KS-26-014880;Hübner, Karl-Heinz;AV-K 301 225 004;Kfz-Haftpflicht;12.05.2026;Auffahrunfall Ampel Hallstadt, nur Sachschaden;abgeschlossen;3.118,20;0,00',
        'KS-26-015120;Gößwein, Jasmin;AV-K 512 883 007;Vollkasko;19.05.2026;Parkrempler Tiefgarage;in Reparatur;0,00;2.400,00',
        'SH-26-003010;Reuß, Friederike;AV-H 217 006 388;Hausrat;22.05.2026;Fahrraddiebstahl Kellerabteil;abgeschlossen;1.149,00;0,00',
        'SW-26-003377;Gebr. Hofmann Bau GmbH;AV-W 160 441 209;Gebäude;28.05.2026;Sturm, Dach Lagerhalle;Gutachter beauftragt;0,00;18.000,00',
        'HP-26-002190;Müller-Wendt, Ines;AV-P 488 120 331;Privathaftpflicht;03.06.2026;Mietsache: Waschbecken gesprungen;Belege angefordert;0,00;350,00',
        'KS-26-016002;Thäter, Bernd;AV-K 420 778 115;Teilkasko;06.06.2026;Glasbruch Windschutzscheibe;abgeschlossen;712,40;0,00',
    ]
    csvdata = ('\r\n'.join(rows) + '\r\n').encode('cp1252')
    hinweis = ('Schadenübersicht Bestand Thiel & Sohn GmbH, Stand 15.06.2026\r\n'
               'Format: CSV, Trennzeichen Semikolon, Zeichensatz Windows-1252\r\n'
               'Bitte nicht an Endkunden weitergeben.\r\n').encode('cp1252')
    z = zipfile_bytes([('Schadenuebersicht_Thiel_2026-06.csv', csvdata),
                       ('LIESMICH.txt', hinweis)])
    return M(who('hofrichter'), 'Maximilian Thiel <m.thiel@thiel-makler.example>',
             'Schadenübersicht Juni', '2026-06-15 07:55', body,
             attachments=[('Schadenuebersicht_Thiel_2026-06.zip', z, MIME_ZIP)])


@mail(115, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance invalidity benefit: permanent impairment of the left foot rated 3/20, medical report findings, payout')
def _():
    body = '''Sehr geehrter Herr Strätz,

das Gutachten von Herrn Dr. Ebert vom 14. April 2026 liegt uns vor. Vielen
Dank, dass Sie den Termin so kurzfristig wahrgenommen haben.

Zum Unfall vom 3. Februar 2025 (Sturz von der Leiter beim Obstbaumschnitt,
Trümmerbruch des linken Fersenbeins, operativ versorgt) stellt der Gutachter
als Dauerfolge fest:
  - schmerzhafte Bewegungseinschränkung des unteren Sprunggelenks links,
  - beginnende Arthrose, Gangbild auf unebenem Boden unsicher,
  - Einlagenversorgung dauerhaft erforderlich.

Er bewertet die Beeinträchtigung mit 3/20 Fußwert. Nach der Gliedertaxe
Ihres Vertrags (AV-U 604 118 272) entspricht der Verlust eines Fußes einem
Invaliditätsgrad von 40 %. Daraus ergibt sich:

  40 % x 3/20 = 6 % Invalidität
  Grundsumme 100.000 EUR, Progression 225 % (bis 25 % keine Steigerung)
  Invaliditätsleistung: 6.000,00 EUR

Der Betrag wird in den nächsten Tagen überwiesen.

Sie und wir können den Invaliditätsgrad jährlich, längstens bis zu drei
Jahre nach dem Unfall, erneut ärztlich bemessen lassen. Sollte sich Ihr Fuß
verschlechtern, sprechen Sie uns bitte an.

Mit freundlichen Grüßen

''' + sig('kraft') + '\n\n' + FOOTER_DE
    return M(who('kraft'), 'Jürgen Strätz <juergen.straetz@t-net.example>',
             'Invaliditätsleistung aus Ihrer Unfallversicherung', '2026-04-27 15:30', body)


@mail(116, 'NORMAL', 'en', 'internal',
      'cloud cost review for the claims platform - technical and financial, no personal data')
def _():
    body = '''Hi all,

summary of the monthly cloud cost review for the claims platform (September):

  compute (claims portal, document service)      EUR 18,420  (+4 %)
  storage (documents, photos, videos)            EUR  9,870  (+22 %)
  OCR / document classification                  EUR  6,115  (-3 %)
  backup                                         EUR  3,240  (+1 %)
  total                                          EUR 37,645  (+8 %)

The storage jump is mostly the dashcam and damage videos since the upload
limit went up to 2 GB in June. Proposals:

1. Move video files older than 90 days to the archive tier (about 70 %
   cheaper; retrieval takes a few hours, which is fine for closed claims).
2. Transcode uploaded videos to 1080p on ingest – most phones send 4K.
3. Apply the retention rules from the records management policy
   automatically: delete photos and videos of closed damage-only claims
   after the retention period instead of keeping them forever.

Item 3 needs the DPO's and Legal's sign-off; I've put it on the agenda for
the data governance board.

Marek

''' + sig('zielinski')
    return M(who('zielinski'), 'Claims IT steering <claims-it-steering@auenfels.example>',
             'Cloud cost review September – claims platform', '2026-10-08 13:00', body)


@mail(117, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'e-bike theft from a shared bike room: customer named, frame number, police reference, household policy and claim number')
def _():
    body = '''Dear Mr Okonkwo,

thank you for reporting the theft of your e-bike. I have registered it
under claim SH-26-005511 (household contents policy AV-H 253 770 148, with
the bicycle extension up to EUR 3,000).

Details as reported:
  e-bike Kalkhoff Endeavour 5, black, bought 09/2025 for EUR 2,899,
  frame number KH25E0441873, battery key and charger still with you,
  stolen between 19 and 23 August from the locked bike room in the
  basement of Am Sendelbach 12, Bamberg,
  police reference BY8110-017902-26/1

One question before we can pay: was the bike locked to anything in the
bike room, or only with a frame lock? Under your policy a bike in a locked
communal room is covered either way, but we need to know for our records.

Please also send us the purchase invoice and, if you have one, a photo of
the bike. The battery key and charger can be disposed of.

Kind regards

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_EN
    return M(who('mueckenhaupt'), 'Chidi Okonkwo <chidi.okonkwo@mailhub.example>',
             'Your stolen e-bike – claim SH-26-005511', '2026-08-26 11:17', body)


@mail(118, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'HTML-only mail with a table: loss of earnings and household help for an injured motorcyclist with his injuries and IBAN')
def _():
    html = '''<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Betz,</p>
<p>vielen Dank für die Lohnbescheinigungen Ihres Arbeitgebers und die Aufstellung Ihrer Mutter
zur Hilfe im Haushalt. Wir haben Ihren Verdienstausfall und den Haushaltsführungsschaden für die
Zeit vom 7. März bis 2. August 2026 berechnet:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde8ee"><th align="left">Position</th><th align="left">Grundlage</th><th align="right">Betrag</th></tr>
<tr><td>Verdienstausfall netto</td><td>Nettolohn 2.640 EUR/Monat abzgl. Krankengeld der AOK, 07.03.&ndash;02.08.</td><td align="right">2.981,40 EUR</td></tr>
<tr><td>entgangene Überstunden</td><td>Durchschnitt der 12 Monate vor dem Unfall</td><td align="right">640,00 EUR</td></tr>
<tr><td>Haushaltsführungsschaden</td><td>Gipsbein und Handgelenk rechts: 100 % bis 02.04., 50 % bis 31.05., 8,5 h/Woche x 10 EUR</td><td align="right">1.785,00 EUR</td></tr>
<tr><td>Fahrten zur Physiotherapie und Reha</td><td>62 Fahrten, 1.860 km x 0,30 EUR</td><td align="right">558,00 EUR</td></tr>
<tr><td>Zuzahlungen Medikamente, Unterarmgehstützen</td><td>Belege</td><td align="right">96,50 EUR</td></tr>
<tr style="font-weight:bold"><td colspan="2">Summe</td><td align="right">6.060,90 EUR</td></tr>
</table>
<p>Wir überweisen den Betrag auf Ihr Konto <b>DE53 7712 0073 7491 2422 16</b> (Florian Betz).</p>
<p>Das Schmerzensgeld besprechen wir, wenn das Gutachten von Prof. Wachter vorliegt &ndash; er wird
sich wegen der Folgen der Unterschenkelfraktur und der Infektion direkt bei Ihnen melden.</p>
<p>Mit freundlichen Grüßen</p>
<p>Tobias Wendeler<br>Personenschaden Kfz/Haftpflicht<br>Auenfels Versicherung AG<br>Tel. +49 951 4470-2340<br>
tobias.wendeler@auenfels.example</p>
<p style="font-size:8pt;color:#777">Auenfels Versicherung AG &middot; Sitz Bamberg &middot; Amtsgericht Bamberg HRB 19482</p>
</body></html>
'''
    return M(who('wendeler'), 'Florian Betz <florian.betz@frankenmail.example>',
             'Verdienstausfall und Haushaltsführungsschaden – Abrechnung KP-26-001247',
             '2026-09-14 16:05', None, html=html, html_only=True)


@mail(119, 'NORMAL', 'de', 'insurer-to-authority',
      'trap: sponsorship of wildlife warning reflectors with the district office, accident counts per road section - aggregates, no person')
def _():
    body = '''Sehr geehrter Herr Kraus,

vielen Dank für das gute Gespräch letzte Woche. Wie besprochen fassen wir
unser Angebot zusammen:

Die Auenfels Versicherung finanziert im Landkreis Bamberg auf drei
Streckenabschnitten blaue Wildwarnreflektoren und Duftzäune:
  - St 2260 zwischen Scheßlitz und Würgau (ca. 4 km),
  - BA 30 zwischen Geisfeld und Melkendorf (ca. 3 km),
  - B 22 im Bereich Steigerwald-Anstieg (ca. 5 km, Abstimmung mit dem
    Staatlichen Bauamt erforderlich).

Nach unseren Schadendaten gab es auf diesen Abschnitten 2023–2025 zusammen
rund 210 Wildunfälle, davon 11 mit verletzten Personen. Genauere Zahlen je
Abschnitt stellen wir Ihnen zur Verfügung, allerdings nur in Summe und
ohne Angaben zu einzelnen Unfällen oder Beteiligten.

Die Montage würde die Kreisjägerschaft mit den Revierinhabern übernehmen;
Budget insgesamt 38.000 EUR für Material und eine Evaluation nach zwei
Jahren.

Wenn der Kreisausschuss zustimmt, könnten wir im Frühjahr 2027 starten.

Mit freundlichen Grüßen

''' + sig('tessmann') + '\n\n' + FOOTER_DE
    return M(who('tessmann'), 'Stefan Kraus <stefan.kraus@lra-bamberg.example>',
             'Wildwarnreflektoren im Landkreis – Zusammenfassung unseres Angebots',
             '2026-11-09 14:30', body, cc=who('gruenwald'))


@mail(120, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'heavy-rain flooding of a basement: customer named, home address, buildings policy with natural hazards, claim number, assessor visit')
def _():
    body = '''Sehr geehrte Frau Amtmann,

nach dem Starkregen vom Dienstagabend haben wir Ihren Schaden unter der
Nummer SW-26-004877 aufgenommen. Ihre Wohngebäudeversicherung
AV-W 126 550 813 enthält den Baustein "Weitere Naturgefahren", damit sind
Überschwemmung und Rückstau versichert (Selbstbehalt 10 %, mind. 500 EUR).

Was wir bisher wissen: Im Keller Ihres Hauses Mühlweg 3 in Memmelsdorf
stand das Wasser ca. 40 cm hoch, die Feuerwehr hat am Mittwochmorgen
abgepumpt. Betroffen sind Heizungsraum, Waschküche und Hobbyraum.

Bitte:
- Lüften Sie so viel wie möglich, aber heizen Sie den Keller noch nicht
  stark auf.
- Fotografieren Sie alles, bevor Sie etwas wegwerfen. Nasse Kartons, Textilien
  und Teppiche dürfen nach den Fotos entsorgt werden.
- Die Heizung bitte vor Wiederinbetriebnahme vom Heizungsbauer prüfen lassen.

Unser Gutachter Herr Seubert kommt am Freitag, 17. Juli, gegen 9 Uhr. Er
prüft auch, ob eine Rückstauklappe vorhanden war und funktioniert hat – das
ist für die Höhe der Leistung wichtig.

Beschädigter Hausrat im Keller (Waschmaschine, Trockner, Vorräte) ist nicht
über die Gebäudeversicherung, sondern über eine Hausratversicherung mit
Elementarschutz versichert, falls Sie eine haben.

Mit freundlichen Grüßen

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_DE
    return M(who('mueckenhaupt'), 'Gabriele Amtmann <g.amtmann@kabelmail.example>',
             'Starkregen – Wasser im Keller, Mühlweg 3 (SW-26-004877)', '2026-07-15 08:25', body,
             cc=who('seubert'))


@mail(121, 'NORMAL', 'en', 'insurer-to-company',
      'trap: group health product information for an employer\'s HR: maternity, pregnancy check-ups, fertility - benefits in general, no employee')
def _():
    body = '''Dear Ms Greenberg,

thank you for your interest in extending your employee benefits. As asked,
here is an overview of the family-related benefits in our group health
plan "Auenfels bKV Komfort". They apply to every employee in the plan,
without health questions or waiting periods if at least 10 employees join.

Pregnancy and maternity
- additional pregnancy check-ups and screening tests that statutory
  insurance does not pay (e.g. extra ultrasound, toxoplasmosis test), up to
  EUR 600 per pregnancy
- antenatal classes and a midwife's home visits beyond the statutory
  allowance
- one-off payment of EUR 300 per birth for baby equipment

Fertility
- co-payment for fertility treatment up to EUR 2,000 per treatment cycle
  once statutory insurance has paid its share, max. two cycles

General
- glasses and contact lenses, dental cleaning, alternative practitioners
- budget per employee of EUR 900 or EUR 1,500 per year (your choice)
- monthly premium from EUR 28.40 per employee, paid by the employer

Employees submit their own claims via our app; as the employer you will
never see what an individual employee has claimed.

I'd be happy to present the plan to your management team.

Best regards

''' + sig('hofrichter') + '\n\n' + FOOTER_EN
    return M(who('hofrichter'), 'Rachel Greenberg <people@lumenfold.example>',
             'Group health plan – family benefits overview', '2026-05-18 15:40', body)


@mail(122, 'NORMAL', 'en', 'internal',
      'IT security notice: new password and MFA policy - general, no personal data')
def _():
    body = '''Dear colleagues,

from 1 December our password policy changes. The new rules follow the
current BSI recommendations:

- Minimum length 14 characters. Passphrases are welcome ("four random
  words" is a good recipe).
- No more forced change every 90 days. You only need to change your
  password if it may have been compromised.
- Multi-factor authentication is mandatory for all remote access and for
  all applications that contain customer or health data (claims, benefits,
  portal administration).
- Passwords are checked against a list of known leaked passwords.

The first time you log in after 1 December you may be asked to set a new
password if yours is shorter than 14 characters.

Please never send passwords by e-mail, not even internally, and never give
them to anyone on the phone – IT will never ask you for your password.

Thanks,
IT Security / Service Desk

''' + sig('zielinski')
    return M(who('zielinski'), 'All staff <alle@auenfels.example>',
             'New password and MFA rules from 1 December', '2026-11-16 09:05', body)


@mail(123, 'CONFIDENTIAL', 'en', 'insurer-to-assessor',
      'reply to the loss adjuster\'s final report (DOCX): named owner and holiday guests, recovery against the guests\' liability insurer, amounts; nobody hurt')
def _():
    body = '''Dear Mr Pryce,

thank you for the final report on the fire at Mrs Whitcombe's holiday house
in Pottenstein (our ref SW-26-004410). I've gone through it and agree with
your figures. My comments are in the attached version of the summary page.

We will now:
1. pay Mrs Whitcombe the buildings and contents amounts less the excess,
2. pay the loss of rent for April to July on production of the letting
   agency's statement,
3. write to Mr van Dijk's personal liability insurer in the Netherlands
   (Zuiderzee Verzekeringen, policy reference as per your report) for
   recovery. Your statement that the fire started through cooking with
   hot oil and was spread by water is the key point here.

Please send your invoice to our claims mailbox. Thank you for the quick and
thorough work – and for keeping Mrs Whitcombe so well informed.

Kind regards

''' + sig('donnelly') + '\n\n' + FOOTER_EN
    doc = docx([
        ('b', 'Crawmoor Adjusting – Final Report Summary (with Auenfels comments)'),
        'Insured: Mrs Fiona Whitcombe, Truro, Cornwall. Risk: Hohenmirsberger Weg 4, 91278 Pottenstein',
        'Insurer reference: SW-26-004410. Policy: AV-W 140 551 206. Date of loss: 11 April 2026',
        ('b', 'Cause'),
        'Overheated cooking oil in a frying pan ignited; guest (Mr Joost van Dijk) attempted to extinguish with water, causing spread to extractor hood and wall units. No injuries. Fire brigade Pottenstein attended (report no. FF-POT 26/017).',
        ('b', 'Quantum'),
        ('t', [['Head of claim', 'Claimed EUR', 'Agreed EUR', 'Auenfels comment'],
               ['Kitchen (fitted), reinstatement', '24,860', '22,940', 'agreed'],
               ['Smoke cleaning, redecoration ground floor', '9,420', '9,420', 'agreed'],
               ['Contents (furniture, linen, crockery)', '6,310', '5,180', 'agreed, wear and tear deducted'],
               ['Loss of rent Apr-Jul', '7,200', '6,600', 'subject to agency statement'],
               ['Total', '47,790', '44,140', 'less excess EUR 500']]),
        ('b', 'Recovery'),
        'The guests, Mr and Mrs Joost and Marieke van Dijk (Utrecht), hold personal liability cover with Zuiderzee Verzekeringen N.V. Liability appears clear under German law (§ 823 BGB; tenant\'s duty of care). Recommend recovery of the full agreed amount.',
    ], creator='Claire Donnelly')
    return M(who('donnelly'), 'Owen Pryce <owen.pryce@crawmoor.example>',
             'RE: Final report – fire Pottenstein – SW-26-004410', '2026-08-06 10:52', body,
             in_reply_to=old_id('crawmoor-final', 'crawmoor.example'),
             attachments=[('SW-26-004410_final_summary_Auenfels_comments.docx', doc, MIME_DOCX)])


@mail(124, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'life insurance policy loan for a named customer: surrender value, loan amount, interest - a specific life contract')
def _():
    body = '''Hallo Team Vertrag Leben,

bitte das Policendarlehen für folgenden Vertrag einrichten:

  Versicherungsnehmer: Herr Dr. Ansgar Hümmer, geb. 09.06.1964
  Vertrag: AV-L 2 118 930, kapitalbildende Lebensversicherung,
           Ablauf 01.12.2029
  Rückkaufswert zum 01.03.2026: 61.840,22 EUR
  beantragtes Darlehen: 40.000,00 EUR (max. möglich 80 % = 49.472 EUR)
  Zinssatz: 4,25 % p. a., Zinszahlung vierteljährlich per Lastschrift
  Auszahlung auf das bekannte Konto des VN

Der unterschriebene Darlehensvertrag ist heute per Post eingegangen und
liegt im DMS. Die Abtretung des Vertrags an die Sparkasse wurde 2021
aufgehoben, es gibt also keine Drittrechte.

Herr Dr. Hümmer braucht das Geld laut Telefonat für den Umbau seiner
Praxisräume und hätte es gern bis 15. März.

Danke!
Hendrik

''' + sig('baumgaertel')
    return M(who('baumgaertel'), 'Team Vertrag Leben <vertrag-leben@auenfels.example>',
             'Policendarlehen AV-L 2 118 930 einrichten', '2026-03-03 09:22', body)


@mail(125, 'NORMAL', 'de', 'insurer-to-press',
      'trap: answer to a journalist on hail and storm losses, roof damage and injuries in aggregate - press information')
def _():
    body = '''Sehr geehrte Frau Lindig,

gern beantworte ich Ihre Fragen zum Hagelunwetter vom 23. Juni für Ihren
Beitrag im Regnitz-Kurier:

1. Wie viele Schäden wurden gemeldet?
   Bis gestern 6.412 Schadenmeldungen, davon 4.880 an Fahrzeugen und 1.532
   an Gebäuden (Dächer, Rollläden, Wintergärten, Photovoltaik).

2. Wie hoch ist der Schaden?
   Wir schätzen derzeit rund 31 Mio. EUR, davon etwa zwei Drittel Kfz.

3. Gab es Verletzte?
   Bei uns sind im Zusammenhang mit dem Unwetter bislang keine Personenschäden
   gemeldet worden. Aus der Unfallversicherung liegen uns vereinzelte
   Meldungen über Stürze bei Aufräumarbeiten vor; dazu können wir aus
   Datenschutzgründen keine Einzelheiten nennen.

4. Wie schnell wird reguliert?
   Wir haben drei mobile Hagelzentren eingerichtet (Bamberg, Forchheim,
   Lichtenfels). Fahrzeuge werden dort ohne Termin besichtigt, in der
   Regel wird noch am selben Tag eine Zahlung angewiesen.

Für ein kurzes Interview mit unserem Schadenvorstand stehe ich Ihnen gern
zur Verfügung.

Mit freundlichen Grüßen

''' + sig('tessmann') + '\n\n' + FOOTER_DE
    return M(who('tessmann'), 'Kerstin Lindig <k.lindig@regnitz-kurier.example>',
             'Ihre Anfrage zum Hagelunwetter vom 23. Juni', '2026-06-29 17:12', body)

# ---------------------------------------------------------------------------
# 0126-0150
# ---------------------------------------------------------------------------

@mail(126, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dog owner\'s liability: customer\'s dog bit the neighbour\'s dog, vet bill for the animal, both owners named, claim number')
def _():
    body = '''Liebe Frau Schrepfer,

danke für Ihren Anruf und die Tierarztrechnung. Ich fasse kurz zusammen:

Am 4. Oktober ist Ihr Labrador-Rüde Bruno beim Spaziergang am
Main-Donau-Kanal auf den Hund Ihres Nachbarn, Herrn Holger Zeis, losgegangen.
Der Terrier "Pepper" hatte zwei Bisswunden am Hals, die beim Tierarzt
Dr. Albrecht genäht wurden, dazu Antibiotikum und eine Nachkontrolle.
Menschen wurden nicht verletzt – Herr Zeis hat die Hunde getrennt, ohne
gebissen zu werden.

Ihre Tierhalterhaftpflicht (AV-TH 711 402 356, Schaden HP-26-003980)
übernimmt die Tierarztkosten von Herrn Zeis:

  Rechnung Tierarztpraxis Dr. Albrecht vom 04.10.   312,86 EUR
  Nachkontrolle und Fäden ziehen vom 14.10.          48,20 EUR
  zusammen                                          361,06 EUR

Wir überweisen direkt an Herrn Zeis. Ein Schmerzensgeld für Tiere gibt es
nach deutschem Recht nicht; die Fahrtkosten zum Tierarzt (2 x 9 km) zahlen
wir aber gern mit, wenn Herr Zeis sie uns nennt.

Ein Tipp: Wenn Bruno öfter so auf andere Rüden reagiert, bietet die
Hundeschule in Hallstadt Kurse an, die wir mit 50 EUR bezuschussen.

Viele Grüße

''' + sig('hansen')
    return M(who('hansen'), 'Bettina Schrepfer <bettina.schrepfer@frankenmail.example>',
             'Bruno und Pepper – Tierarztkosten Herr Zeis (HP-26-003980)', '2026-10-20 12:34', body)


@mail(127, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
      'body only asks the employer for a salary certificate; the attached pre-filled PDF states the employee\'s accident-related sick leave and birth date')
def _():
    body = '''Sehr geehrte Damen und Herren,

mit Einverständnis Ihrer Mitarbeiterin bitten wir Sie, die beigefügte
Verdienstbescheinigung auszufüllen und an uns zurückzusenden. Die Angaben
benötigen wir für die Regulierung eines Schadens.

Vielen Dank für Ihre Mühe.

Mit freundlichen Grüßen

''' + sig('wendeler') + '\n\n' + FOOTER_DE
    form = pdf([
        '# Auenfels Versicherung AG – Verdienstbescheinigung für Arbeitgeber',
        'Unser Zeichen: KP-26-001508',
        '',
        'Arbeitnehmerin: Johanna Liebl, geb. 02.11.1991, Bahnhofstraße 17, 96149 Breitengüßbach',
        'Arbeitgeber: Brauerei-Gasthof Dorn GmbH, Personalabteilung',
        '',
        'Frau Liebl war infolge der bei einem Verkehrsunfall am 21.03.2026 erlittenen Verletzungen',
        '(Nasenbeinfraktur, Gehirnerschütterung) vom 21.03.2026 bis 10.04.2026 arbeitsunfähig.',
        'Die Einverständniserklärung von Frau Liebl zur Weitergabe dieser Angaben liegt uns vor.',
        '',
        '# Bitte vom Arbeitgeber auszufüllen',
        '1. Brutto- und Nettoarbeitsentgelt der letzten drei Monate vor dem 21.03.2026:',
        '   ________________________________________________',
        '2. Entgeltfortzahlung im Zeitraum 21.03.–10.04.2026 geleistet?  [ ] ja  [ ] nein',
        '3. Entgangene Zuschläge (Sonntag/Feiertag/Nacht), Trinkgeldausfall (geschätzt):',
        '   ________________________________________________',
        '4. Arbeitgeberanteile zur Sozialversicherung im Zeitraum: ______________',
        '',
        'Ort, Datum, Stempel, Unterschrift: ____________________________',
    ], title='Verdienstbescheinigung KP-26-001508')
    return M(who('wendeler'), 'Brauerei-Gasthof Dorn – Personal <personal@gasthof-dorn.example>',
             'Verdienstbescheinigung – unser Zeichen KP-26-001508', '2026-04-22 10:48', body,
             attachments=[('Verdienstbescheinigung_KP-26-001508.pdf', form, MIME_PDF)])


@mail(128, 'NORMAL', 'en', 'insurer-to-broker',
      'broker portal maintenance window announcement - no personal data')
def _():
    body = '''Dear partners,

our broker portal and the BiPRO interfaces will be unavailable for planned
maintenance on

  Saturday, 7 November 2026, 06:00 – 14:00 CET

During this time you cannot log in, download electronic broker post or
submit applications. Your broker management software will retry
automatically; documents produced during the window will be delivered on
Saturday afternoon.

Claims can still be reported by phone on 0800 4470 200 (24/7).

After the maintenance, the portal will offer two small improvements:
- the claims overview can be filtered by line of business,
- downloads of broker post are available for 180 days (previously 90).

Thank you for your understanding.

''' + sig('hofrichter') + '\n\n' + FOOTER_EN
    return M(who('hofrichter'), 'Broker partners <brokernews-list@lists.auenfels.example>',
             'Broker portal maintenance – Saturday 7 November', '2026-10-30 12:00', body)


@mail(129, 'CONFIDENTIAL', 'de', 'internal',
      'recourse against a workshop for a faulty wheel change: customer named, plate, claim number, customer\'s complaint attached as rfc822; nobody hurt')
def _():
    inner = fwd('Horst Ebitsch <horst.ebitsch@t-net.example>', 'kfz-schaden@auenfels.example',
                'Rad verloren auf der A73!!', '2026-11-02 21:05',
                '''Sehr geehrte Damen und Herren,

mir ist heute auf der A73 kurz nach Forchheim-Süd das linke Hinterrad
abgegangen!! Ich hatte am Freitag bei Reifen-Service Gumbrecht in Forchheim
die Winterreifen draufmachen lassen. Bei ca. 100 km/h fing es an zu
rumpeln, ich bin auf den Standstreifen und dann ist das Rad weggerollt und
hat die Leitplanke getroffen. Mir ist Gott sei Dank nichts passiert, und es
ist auch niemand anderes zu schaden gekommen.

Das Auto (Mazda 6, FO-HE 512) steht jetzt beim Abschleppdienst. Radnabe,
Bremsscheibe und Kotflügel sind kaputt. Die Autobahnmeisterei will Geld für
die Leitplanke.

Die Werkstatt sagt, das kann nicht sein, die hätten alles mit
Drehmomentschlüssel angezogen. Das glaube ich nicht!!

Mit freundlichen Grüßen
Horst Ebitsch
Vertrag AV-K 344 901 227
''')
    body = '''Hallo Nadine,

anbei die Mail von Herrn Ebitsch (KS-26-022514). Ich reguliere jetzt aus
der Vollkasko (Eigenschaden, SB 300 EUR) und aus der Haftpflicht die
Leitplanke gegenüber der Autobahn GmbH.

Aus meiner Sicht ein klarer Regressfall gegen Reifen-Service Gumbrecht:
Pohlig hat das Fahrzeug heute besichtigt, an der Nabe waren vier der
fünf Radbolzen ausgerissen, der fünfte fehlte – Radbolzen sind nicht
angezogen worden. Das Gutachten folgt.

Kannst du die Werkstatt bzw. deren Betriebshaftpflicht anschreiben? Die
Werkstatt ist kein Partnerbetrieb von uns.

Niemand verletzt, das Rad ist in der Leitplanke hängen geblieben. Zum Glück.

Danke,
Katrin

''' + sig('oberlaender')
    return M(who('oberlaender'), who('erbacher'),
             'WG: Rad verloren auf der A73!! – Regress Werkstatt, KS-26-022514', '2026-11-04 08:44',
             body, attachments=[('Rad verloren auf der A73.eml', inner, 'message/rfc822')])


@mail(130, 'NORMAL', 'de', 'internal',
      'trap: product note to sales on new hearing-aid and glasses benefits in the health tariffs - tariff features, no person')
def _():
    body = '''Liebe Kolleginnen und Kollegen im Vertrieb,

zum 1. Januar 2027 verbessern wir die Hilfsmittelleistungen in den
ambulanten Tarifen. Für Ihre Kundengespräche die wichtigsten Punkte:

Hörgeräte
  - KomfortAmbulant: bis 1.500 EUR je Ohr alle 5 Jahre (bisher 1.000 EUR)
  - PremiumAmbulant: 100 % bis 2.500 EUR je Ohr alle 4 Jahre
  - Batterien und Reparaturen neu mitversichert

Sehhilfen
  - Brillen und Kontaktlinsen: 300 EUR in 2 Jahren (bisher 200 EUR)
  - Augenlaser-Operation: einmalig bis 1.500 EUR je Auge

Was wir im Gespräch beachten
  - Bestehende Kunden profitieren automatisch, es gibt keine neue
    Gesundheitsprüfung.
  - Bei Neuabschlüssen gelten die Gesundheitsfragen wie bisher; bitte
    keine Diagnosen oder Hörtest-Ergebnisse per E-Mail einsammeln, sondern
    immer über den Online-Antrag.

Die aktualisierten Produktblätter sind ab 1. Dezember im Vertriebsportal.

Viele Grüße
Produktmanagement Kranken

''' + sig('reischl')
    return M(who('reischl'), 'Vertrieb Kranken <vertrieb-kranken@auenfels.example>',
             'Produktinfo 2027: bessere Leistungen für Hörgeräte und Brillen', '2026-11-19 11:20', body)


@mail(131, 'NORMAL', 'de', 'internal',
      'trap: training on talking to accident victims with an explicitly invented case study - no real person')
def _():
    body = '''Hallo zusammen,

für den Workshop "Gespräche mit Unfallbeteiligten und Angehörigen" am
14. Oktober hier das Fallbeispiel zur Vorbereitung. Bitte lesen und die
drei Fragen am Ende für euch beantworten.

FALLBEISPIEL (frei erfunden)

Frau K., 54 Jahre, ruft vier Tage nach einem Unfall an. Ihr Mann war als
Radfahrer von einem Lieferwagen erfasst worden, den wir versichern. Er liegt
mit Kopfverletzungen auf der Intensivstation. Frau K. ist sehr aufgebracht:
Der Fahrer habe sich nicht gemeldet, im Krankenhaus sage man ihr nichts, und
jetzt komme auch noch Post von uns mit "Schadenanzeige" und
"Schweigepflichtentbindung".

Fragen:
1. Was sagen Sie in den ersten zwei Minuten des Gesprächs?
2. Was dürfen Sie Frau K. über den Stand der Regulierung sagen, was nicht?
3. Welche Hilfen können Sie anbieten, bevor Unterlagen vorliegen
   (z. B. Vorschuss, Reha-Management, psychologische Erstbetreuung)?

Es gibt keine falschen Antworten – wir wollen üben, nicht prüfen.

Viele Grüße
Tobias

''' + sig('wendeler')
    return M(who('wendeler'), 'Team Personenschaden <team-personenschaden@auenfels.example>',
             'Workshop 14.10. – Fallbeispiel zur Vorbereitung', '2026-10-07 16:30', body,
             cc=who('oberlaender'))


@mail(132, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'no-claims certificate for a customer moving abroad: name, date of birth, policy, claims history with one damage-only claim')
def _():
    body = '''Dear Mr Whitfield,

as requested, please find below your claims experience for your new
insurer in the UK. The signed certificate on our letterhead is also on its
way to you by post.

------------------------------------------------------------
CERTIFICATE OF CLAIMS EXPERIENCE / SCHADENFREIHEITSBESCHEINIGUNG

Policyholder:      Mr Jonathan Whitfield
Date of birth:     22 March 1979
Policy:            AV-K 298 115 604, motor liability and comprehensive
Period insured:    1 April 2018 to 30 September 2026 (cancelled on
                   relocation abroad)
Vehicle (last):    Volvo V60, BA-JW 322
Claims:            one third-party claim (damage only, no injuries),
                   date 17 January 2024, paid EUR 1,406.00
No-claims class:   SF 7 (German system) at the end of the contract,
                   equivalent to 7 claim-free years before the 2024 claim
                   and 2 claim-free years since
------------------------------------------------------------

UK insurers usually ask for the number of years without a claim; in your
case that is 2 years since the last at-fault claim. If your new insurer
needs anything else, they are welcome to contact us directly quoting the
policy number.

All the best for your move back to Bristol!

''' + sig('vollmer') + '\n\n' + FOOTER_EN
    return M(who('vollmer'), 'Jonathan Whitfield <j.whitfield@mailhub.example>',
             'Your no-claims certificate – AV-K 298 115 604', '2026-10-02 14:09', body)


@mail(133, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'letter to a Czech hospital about the treatment bill of an injured lorry driver: concussion, nasal fracture, laceration, admission dates')
def _():
    body = '''Dear Sir or Madam,

Patient: Mr Pavel Novotný, born 04.05.1977, Sokolov
Treatment: admission 27 July 2026, discharge 30 July 2026
Your invoice no. 2026/08/1147 of 12 August, CZK 86,420

We are the motor liability insurer of the German car whose driver caused
the collision on 27 July 2026 on the B 14 near Waidhaus, in which
Mr Novotný was injured as the driver of a lorry. Liability is accepted.

According to your discharge report, Mr Novotný was treated for
  - concussion (S06.0) with observation for 48 hours,
  - a fracture of the nasal bones (S02.2), reduced under local anaesthetic,
  - a 6 cm laceration of the forehead, sutured.

We are prepared to settle your invoice directly. As part of the costs
will have been claimed from Mr Novotný's health insurer (VZP), please
confirm which amount remains unpaid and whether the health insurer will
submit its own recourse claim to us. Please state your bank details (IBAN
and BIC) on your reply.

Please reply through the secure upload link below rather than by plain
e-mail, as medical information is involved:
https://upload.auenfels.example/h/KP-26-002944

Yours faithfully

''' + sig('wendeler') + '\n\n' + FOOTER_EN
    return M(who('wendeler'), 'Billing department <fakturace@nemocnice-zapad.example>',
             'Invoice 2026/08/1147 – Mr Pavel Novotný – our ref KP-26-002944', '2026-08-24 13:16',
             body, cc=who('donnelly'))


@mail(134, 'NORMAL', 'de', 'internal',
      'trap: internal job advert for a field claims assessor (accident damage, witnesses, water damage, injured persons in general) - no person')
def _():
    body = '''Liebe Kolleginnen und Kollegen,

für unseren Schadenaußendienst in Oberfranken suchen wir zum
1. Februar 2027 eine/n

  Kfz-Sachverständige/n bzw. Schadenregulierer/in Außendienst (m/w/d)
  Region Bamberg/Coburg, Vollzeit, Dienstwagen auch zur privaten Nutzung

Ihre Aufgaben
  - Besichtigung von Unfall-, Hagel- und Vandalismusschäden an Fahrzeugen
    und von Leitungswasser-, Sturm- und Brandschäden an Gebäuden
  - Gespräche mit Kundinnen und Kunden, Zeugen, Mietern, Hausverwaltungen
    und Werkstätten vor Ort
  - Prüfung von Kostenvoranschlägen und Rechnungen, Regulierung vor Ort
    bis 15.000 EUR
  - bei Schäden mit verletzten Personen: Erstkontakt und Übergabe an das
    Personenschaden-Team

Ihr Profil
  - Kfz-Meister/in, Techniker/in oder Ingenieur/in, gern mit
    Sachverständigenausbildung
  - Freude am Kontakt mit Menschen in schwierigen Situationen
  - Führerschein Klasse B

Interne Bewerbungen bis 15. Dezember an die Personalabteilung. Herr Seubert
steht für Fragen zum Arbeitsalltag gern zur Verfügung.

Viele Grüße

''' + sig('stenzel')
    return M(who('stenzel'), 'Alle Mitarbeitenden <alle@auenfels.example>',
             'Stellenausschreibung: Schadenaußendienst Kfz/Sach (m/w/d), Oberfranken',
             '2026-11-23 09:30', body)


@mail(135, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: process information for brokers on electronic insurance confirmations (eVB) for vehicle registration - no client')
def _():
    body = '''Liebe Maklerpartnerinnen und -partner,

kurze Erinnerung, weil es in den letzten Wochen häufiger Rückfragen gab:

eVB-Nummern für Zulassungen
  - Sie können eVB-Nummern selbst im Maklerportal erzeugen (Kfz > eVB
    anfordern). Die Nummer ist sofort gültig und 6 Monate verwendbar.
  - Für Kurzzeitkennzeichen gibt es eine eigene eVB-Art; bitte nicht die
    normale eVB verwenden.
  - Eine eVB ist noch kein Vertrag. Wenn innerhalb von 14 Tagen nach der
    Zulassung kein Antrag vorliegt, schreiben wir den Halter an.

Saisonkennzeichen und Wechselkennzeichen
  - Angaben zum Saisonzeitraum bitte schon bei der eVB-Anforderung machen,
    sonst stimmt die Zulassungsbehörde die Daten nicht mit uns ab.

Ansprechpartner bei technischen Problemen: makler-kfz@auenfels.example.

Viele Grüße

''' + sig('vollmer') + '\n\n' + FOOTER_DE
    return M(who('vollmer'), 'Maklerpartner Nordbayern <makler-nordbayern@lists.auenfels.example>',
             'eVB-Nummern im Maklerportal – kurze Erinnerung', '2026-03-31 10:10', body,
             cc=who('hofrichter'))


@mail(136, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'mould after water damage in a rented flat: tenants\' child with asthma attacks, paediatrician\'s letter, quoted German note; names and address')
def _():
    body = '''Hi Claire,

another English-speaking tenant, sorry! This time it is more delicate.

Claim SW-26-005230, buildings policy of our customer Mr Werner Hain,
Luitpoldstraße 40, Bamberg, ground floor flat. After the leaking waste
pipe in June the wall between bathroom and children's room was not dried
properly (the drying company left too early, that's on us / them, not on
the tenants). There is now visible mould behind the wardrobe.

The tenants, Mr and Mrs Daniel and Grace Oyelaran, wrote to Mr Hain that
their son Samuel (6) has had three asthma attacks since September and needed
to be taken to the children's hospital once at night. Their paediatrician,
Dr. Engelhardt, writes (Mr Hain forwarded the letter):

  "Bei Samuel besteht ein allergisches Asthma bronchiale. Seit
  September 2026 deutliche Verschlechterung mit drei akuten
  Exazerbationen, davon eine mit notfallmäßiger Vorstellung. Eine
  Schimmelpilzbelastung im Kinderzimmer ist als Auslöser
  wahrscheinlich; ich empfehle dringend die Sanierung und bis dahin
  die Nutzung eines anderen Raumes."

What I need from you: please call Mrs Oyelaran (0152 5550 6671) and tell
her that
- the mould remediation starts on Monday (Kunzmann, 5 days),
- we pay for a holiday flat for the family during the works,
- any claim for Samuel's health they want to make is a liability question
  against the drying company, and we'll help them with the contact.

Please don't put anything about Samuel's asthma in the claim notes beyond
"health impairment alleged, see medical letter" – the letter goes into the
restricted section of the file.

Thanks,
Florian

''' + sig('mueckenhaupt')
    return M(who('mueckenhaupt'), who('donnelly'),
             '[streng vertraulich] SW-26-005230 – mould, tenant family Oyelaran – please call',
             '2026-10-28 11:40', body)


@mail(137, 'NORMAL', 'en', 'internal',
      'team meeting notes of the international claims desk: backlog numbers, languages, staffing - aggregates, no case details')
def _():
    body = '''Hi team,

notes from today's desk meeting:

Backlog
- 214 open claims (last month 238), of which 61 with personal injury
- average age of open damage-only claims: 23 days (target 20)
- oldest open file: accident year 2023, waiting for a court decision in
  Austria

Languages
- English 58 %, Dutch 14 %, Czech 11 %, Polish 8 %, other 9 %
- the Czech files need more support – Tobias and I will speak to HR about
  a translator framework contract

Staffing
- new colleague for motor BI starts on 1 December (position CL-2026-07)
- Christmas rota: see the separate mail, please add your wishes by Friday

Other
- please use the upload link instead of asking for medical documents by
  e-mail – the DPO has seen a few slip through
- the Bridgewater files stay with SIU, no contact with the claimants'
  representative without Yusuf

Next meeting: 25 November, 10:00.

Claire

''' + sig('donnelly')
    return M(who('donnelly'), 'International Claims Desk <intl-claims@auenfels.example>',
             'Desk meeting 11 November – notes', '2026-11-11 15:55', body)


@mail(138, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'total loss settlement: customer named, plate, VIN, replacement and residual value, IBAN in the attached settlement PDF; driver unhurt')
def _():
    body = '''Sehr geehrter Herr Schwarzmann,

das Gutachten zu Ihrem Seat Leon liegt vor. Leider lohnt sich eine
Reparatur nicht: Die Reparaturkosten (11.940 EUR) liegen über dem
Wiederbeschaffungswert. Wir rechnen den Schaden deshalb als Totalschaden ab.

Die Abrechnung finden Sie im Anhang. Kurz zusammengefasst zahlen wir
6.950 EUR, wenn Sie das Fahrzeug selbst an den Restwertaufkäufer verkaufen
(der zahlt Ihnen 1.850 EUR), insgesamt erhalten Sie also 8.800 EUR abzüglich
300 EUR Selbstbeteiligung.

Bitte melden Sie das Fahrzeug ab und schicken Sie uns die
Abmeldebescheinigung. Das Angebot des Restwertaufkäufers ist bis
4. Februar gültig; er holt den Wagen kostenlos beim Abschleppdienst ab.

Schön, dass Ihnen bei dem Unfall auf der glatten Straße nichts passiert ist.

Mit freundlichen Grüßen

''' + sig('oberlaender') + '\n\n' + FOOTER_DE
    abr = pdf([
        '# Abrechnung Totalschaden – Schaden-Nr. KS-26-002288',
        'Versicherungsnehmer: Maximilian Schwarzmann, Am Graben 6, 96191 Viereth-Trunstadt',
        'Vertrag: AV-K 421 300 118, Vollkasko, SB 300 EUR',
        'Fahrzeug: Seat Leon ST 1.5 TSI, BA-MS 606, FIN VSSZZZKLZLR041207',
        'Schadentag: 12.01.2026, Alleinunfall bei Glätte, Kreisstraße BA 5, Anprall an Schutzplanke',
        'Personenschaden: keiner',
        '',
        '# Berechnung',
        'Wiederbeschaffungswert (brutto, lt. Gutachten Pohlig)      8.800,00 EUR',
        'abzüglich Restwert (höchstes Angebot, Restwertbörse)      - 1.850,00 EUR',
        'Wiederbeschaffungsaufwand                                  6.950,00 EUR',
        'abzüglich Selbstbeteiligung Vollkasko                       - 300,00 EUR',
        'Zahlung Auenfels                                           6.650,00 EUR',
        'zuzüglich Erlös Restwert (vom Aufkäufer an Sie)            1.850,00 EUR',
        '',
        'Auszahlung an: Maximilian Schwarzmann, IBAN DE09 7705 0000 5683 9581 85',
        'Abschleppkosten (Abschleppdienst Wagner, 312,40 EUR) zahlen wir direkt.',
    ], title='Totalschadenabrechnung KS-26-002288')
    return M(who('oberlaender'), 'Maximilian Schwarzmann <m.schwarzmann@web-post.example>',
             'Ihr Seat Leon – Totalschadenabrechnung KS-26-002288', '2026-01-28 14:20', body,
             attachments=[('Abrechnung_KS-26-002288.pdf', abr, MIME_PDF)])


@mail(139, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'professional liability of a physiotherapist: patient\'s pneumothorax after dry needling, hospital stay; reply to the patient\'s lawyer')
def _():
    body = '''Sehr geehrter Herr Rechtsanwalt Dr. Lehnert,

wir sind der Berufshaftpflichtversicherer der Physiotherapiepraxis Tanja
Mahr in Hirschaid (Vertrag AV-BH 9 204 771) und nehmen Bezug auf Ihr
Schreiben vom 3. November im Namen Ihrer Mandantin, Frau Corinna Heublein.

Sie tragen vor, Frau Heublein habe am 8. Oktober 2026 bei einer
Dry-Needling-Behandlung der Schulter-Nacken-Muskulatur einen
Pneumothorax rechts erlitten. Sie sei am Abend mit Atemnot in die
Notaufnahme gekommen, habe eine Thoraxdrainage erhalten und sei vier Tage
stationär behandelt worden. Bis 2. November sei sie arbeitsunfähig gewesen.

Frau Mahr bestreitet nicht, die Behandlung durchgeführt zu haben. Sie
gibt an, über das Risiko eines Pneumothorax mündlich aufgeklärt zu haben;
eine schriftliche Aufklärung ist in der Patientenakte allerdings nicht
dokumentiert.

Wir sind bereit, über eine außergerichtliche Einigung zu sprechen. Dafür
benötigen wir:
  1. den Entlassbericht und die Röntgenbefunde,
  2. die Arbeitsunfähigkeitsbescheinigungen,
  3. eine Schweigepflichtentbindung Ihrer Mandantin gegenüber dem
     Krankenhaus und ihrer Hausärztin,
  4. Angaben zu Vorerkrankungen der Lunge, sofern vorhanden.

Die Unterlagen senden Sie bitte über den beigefügten Upload-Link; er ist
30 Tage gültig.

Mit freundlichen Grüßen

''' + sig('hansen') + '\n\n' + FOOTER_DE
    return M(who('hansen'), 'RA Dr. Matthias Lehnert <lehnert@kanzlei-lehnert.example>',
             'Ihre Mandantin Corinna Heublein ./. Praxis Mahr – HP-26-004102', '2026-11-13 10:36', body)


@mail(140, 'NORMAL', 'de', 'newsletter',
      'trap: customer health newsletter with back-pain exercises and a general note on slipped discs - general advice, no person')
def _():
    text = '''Auenfels Gesundheit – Ihr Newsletter im November

RÜCKEN STARK MACHEN – FÜNF ÜBUNGEN FÜR DEN ALLTAG
Rückenschmerzen sind einer der häufigsten Gründe für Arztbesuche. Meist
stecken keine ernsten Ursachen dahinter, sondern verspannte Muskeln und zu
wenig Bewegung. Diese fünf Übungen dauern zusammen zehn Minuten:

1. Katzenbuckel im Vierfüßlerstand (10 Wiederholungen)
2. Beckenkippen in Rückenlage (15 Wiederholungen)
3. Brücke (3 x 20 Sekunden halten)
4. Unterarmstütz (3 x 20 Sekunden)
5. Dehnung der Hüftbeuger im Ausfallschritt (je Seite 30 Sekunden)

Wann zum Arzt? Wenn Schmerzen ins Bein ausstrahlen, Taubheitsgefühle
auftreten oder die Schmerzen nach einem Sturz beginnen. Ein Bandscheiben-
vorfall lässt sich in den meisten Fällen ohne Operation behandeln.

Für Versicherte in unseren Krankenvollversicherungen übernehmen wir einen
zertifizierten Rückenkurs zu 80 %, bis 150 EUR pro Jahr.

Diesen Newsletter abbestellen: https://www.auenfels.example/gesundheit/abmelden
Auenfels Krankenversicherung AG, Am Auenfels 3, 96052 Bamberg
'''
    html = '''<html><body style="font-family:Arial,sans-serif;max-width:600px">
<h2 style="color:#2f7d5b">Auenfels Gesundheit &ndash; November</h2>
<h3>Rücken stark machen &ndash; fünf Übungen für den Alltag</h3>
<p>Rückenschmerzen sind einer der häufigsten Gründe für Arztbesuche. Meist stecken keine ernsten
Ursachen dahinter, sondern verspannte Muskeln und zu wenig Bewegung. Diese fünf Übungen dauern
zusammen zehn Minuten:</p>
<ol><li>Katzenbuckel im Vierfüßlerstand (10 Wiederholungen)</li>
<li>Beckenkippen in Rückenlage (15 Wiederholungen)</li>
<li>Brücke (3 &times; 20 Sekunden halten)</li>
<li>Unterarmstütz (3 &times; 20 Sekunden)</li>
<li>Dehnung der Hüftbeuger im Ausfallschritt (je Seite 30 Sekunden)</li></ol>
<p><b>Wann zum Arzt?</b> Wenn Schmerzen ins Bein ausstrahlen, Taubheitsgefühle auftreten oder die
Schmerzen nach einem Sturz beginnen. Ein Bandscheibenvorfall lässt sich in den meisten Fällen ohne
Operation behandeln.</p>
<p>Für Versicherte in unseren Krankenvollversicherungen übernehmen wir einen zertifizierten Rückenkurs
zu 80&nbsp;%, bis 150&nbsp;EUR pro Jahr.</p>
<p style="font-size:11px;color:#888"><a href="https://www.auenfels.example/gesundheit/abmelden">Abmelden</a>
&middot; Auenfels Krankenversicherung AG, Am Auenfels 3, 96052 Bamberg</p>
</body></html>
'''
    return M('Auenfels Gesundheit <gesundheit@auenfels.example>',
             'Newsletter Gesundheit <gesundheit-abo@lists.auenfels.example>',
             'Rücken stark machen: 5 Übungen in 10 Minuten', '2026-11-05 07:00', text, html=html,
             agent='Auenfels Mailer 2.4')


@mail(141, 'CONFIDENTIAL', 'en', 'insurer-to-claimant',
      'neighbour\'s fence damaged by the customer\'s car rolling off the driveway: both named, address, claim number; nobody hurt')
def _():
    body = '''Dear Mr Callaghan,

thank you for your e-mail and the quote from the fencing company.

Our policyholder, Mrs Ingeborg Fischer, has confirmed that on the evening
of 21 September her car rolled down her driveway at Am Bergfeld 11 because
the handbrake had not been applied properly, crossed the footpath and came
to a stop against your garden fence and the gate post at number 14. We are
relieved to hear that nobody was in the garden at the time and no one was
hurt.

Mrs Fischer's motor liability insurance covers the damage to your
property. Based on the quote from Zaunbau Pfister (EUR 2,386.50 incl. VAT
for a new fence section, gate post and installation), we will pay the full
amount. Please also let us know if any plants or garden lights were damaged.

To pay you, we need:
- the name of the account holder and the IBAN,
- confirmation whether you would like us to pay you or the fencing company
  directly.

Our reference is HP-26-003661; please quote it in any correspondence.

Kind regards

''' + sig('hansen') + '\n\n' + FOOTER_EN
    return M(who('hansen'), 'Seán Callaghan <sean.callaghan@eirpost.example>',
             'Your fence at Am Bergfeld 14 – our reference HP-26-003661', '2026-09-28 09:58', body)


@mail(142, 'NORMAL', 'de', 'internal',
      'trap: statistics on reasons for trip cancellation claims (illness, accident, pregnancy, death in the family) in ODS - aggregates only')
def _():
    body = '''Hallo Jana,

für dein Maklergespräch nächste Woche die Auswertung der
Reiserücktrittsschäden 2025 nach Stornogrund (ODS, Auszug aus dem Data
Warehouse, alle Fälle gezählt, keine Einzeldaten).

Kurz: Fast zwei Drittel aller Stornierungen gehen auf eine unerwartete
schwere Erkrankung zurück, dann kommen Unfälle und Todesfälle in der
Familie. Arbeitsplatzverlust ist selten, aber teuer, weil oft Fernreisen
betroffen sind.

Gruß
Raphael

''' + sig('gruenwald')
    data = ods([('Stornogründe 2025', [
        ['Stornogrund', 'Anzahl Schäden', 'Anteil', 'Ø Entschädigung EUR'],
        ['unerwartete schwere Erkrankung (versicherte Person)', 2841, 0.612, 1180],
        ['Unfallverletzung', 512, 0.110, 1320],
        ['Tod, schwere Erkrankung eines Angehörigen', 498, 0.107, 1410],
        ['Schwangerschaftskomplikation / Schwangerschaft nach Buchung', 163, 0.035, 1650],
        ['Impfunverträglichkeit', 27, 0.006, 890],
        ['Arbeitsplatzverlust, neuer Arbeitsplatz', 96, 0.021, 2310],
        ['Schaden am Eigentum (Feuer, Einbruch, Wasser)', 71, 0.015, 1240],
        ['sonstige', 434, 0.094, 760],
        ['gesamt', 4642, 1.0, 1230],
    ])])
    return M(who('gruenwald'), who('hofrichter'),
             'Reiserücktritt 2025 – Stornogründe (Auswertung)', '2026-02-19 17:44', body,
             attachments=[('Reiseruecktritt_Stornogruende_2025.ods', data, MIME_ODS)])


@mail(143, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: hail event loss estimate to the property cat reinsurer - counts of claims, buildings and vehicles, injuries reported as none - aggregates')
def _():
    body = '''Dear Lukas,

first loss estimate for the hail event of 23 June 2026 (Upper Franconia),
for the property cat XL and the motor own-damage aggregate cover:

                               claims reported   estimate EUR m
  Motor own damage (hail)            4,880             20.4
  Buildings (roofs, shutters, PV)    1,402              9.1
  Contents                             130              0.6
  Commercial property                   41              1.2
  Total                              6,453             31.3

Notes
- Estimate as of 6 July; we expect late reports for PV systems and roofs
  that could not be inspected yet, +10-15 %.
- No bodily injury claims linked to the event have been reported under our
  liability or motor policies.
- Event definition: 72-hour clause, one event; hail footprint attached as
  KML in the data room.

We do not expect the event to reach the cat XL retention (EUR 40m), but it
will erode the aggregate deductible of the motor cover.

Best regards,
Priya

''' + sig('raman') + '\n\n' + FOOTER_EN
    return M(who('raman'), 'Lukas Amstutz <lukas.amstutz@alpenwall-re.example>',
             'Hail 23 June 2026 – first loss estimate', '2026-07-07 11:05', body)


@mail(144, 'CONFIDENTIAL', 'de', 'insurer-to-company',
      'glass breakage in a stairwell during a move: tenant who caused it and caretaker named, glass policy of the owners\' association, recourse')
def _():
    body = '''Sehr geehrter Herr Brückner,

zum Glasbruch im Treppenhaus Kantstraße 9 (Glasversicherung der WEG,
Vertrag AV-G 402 116 880, Schaden SG-26-000813):

Nach Angaben Ihres Hausmeisters, Herrn Erwin Schober, ist die
Drahtglasscheibe der Treppenhaustür im 1. OG am Samstag, 13. Juni, beim
Auszug von Herrn Fabian Lörch (bisher Wohnung 1. OG rechts) zu Bruch
gegangen – ein Umzugshelfer ist mit einem Schrank dagegengestoßen. Verletzt
hat sich nach Auskunft von Herrn Schober niemand, er hat die Scherben noch
am selben Tag weggeräumt und die Tür mit einer Platte gesichert.

Den Ersatz der Scheibe (Glaserei Kraus, 684,20 EUR) übernehmen wir aus der
Glasversicherung; die Rechnung zahlen wir direkt an die Glaserei.

Da der Schaden von Herrn Lörch bzw. seinen Helfern verursacht wurde, werden
wir uns das Geld von ihm bzw. seiner Privathaftpflichtversicherung
zurückholen. Bitte nennen Sie uns dazu seine neue Anschrift, falls Sie sie
haben. Für die WEG hat der Regress keine Folgen.

Mit freundlichen Grüßen

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_DE
    return M(who('mueckenhaupt'), 'Jochen Brückner <j.brueckner@brueckner-lang.example>',
             'Glasbruch Treppenhaus Kantstraße 9 – SG-26-000813', '2026-06-18 10:12', body)


@mail(145, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'accident insurance claim of a driver injured in a collision: sternum fracture, whiplash, hospital stay, daily allowance')
def _():
    body = '''Dear Mr Hollister,

thank you for your accident report and the discharge letter from the
Klinikum. I'm sorry you were hurt and hope you are feeling better now.

Your accident policy AV-U 611 870 332 covers accidents in road traffic
worldwide. Based on the documents:
- collision on 30 October 2026 on the A 73 near Erlangen-Nord, you were
  the driver,
- fracture of the sternum caused by the seat belt, whiplash injury of the
  cervical spine, bruised left knee,
- inpatient from 30 October to 3 November (5 days), unable to work since.

Benefits paid now:
  hospital daily allowance 5 days x EUR 50             EUR 250.00
  convalescence allowance 5 days x EUR 50              EUR 250.00
  total                                                EUR 500.00

If you are still unable to work after 6 weeks, your tariff also pays a
temporary disability lump sum of EUR 2,000; please send a certificate from
your GP after 11 December.

Because your policy pays fixed sums, you can keep these benefits in full,
in addition to any compensation you receive from the other driver's
insurer.

With best wishes for your recovery,

''' + sig('kraft') + '\n\n' + FOOTER_EN
    return M(who('kraft'), 'Mark Hollister <mark.hollister@mailhub.example>',
             'Your accident claim – benefits paid', '2026-11-12 14:45', body)


@mail(146, 'NORMAL', 'de', 'internal',
      'trap: IT ticket about a police report PDF that will not open - technical only, no content of the document')
def _():
    body = '''Hallo Katrin,

zu deinem Ticket INC-2026-019377 ("Polizeibericht.pdf lässt sich nicht
öffnen"):

Die Datei ist nicht kaputt. Sie ist mit einer PDF-Version erzeugt worden,
die unser alter Viewer im Schadensystem nicht kann (PDF 2.0 mit
verschlüsselten Objektströmen – das neue Polizei-Vorgangssystem erzeugt das
seit Oktober so). Im Browser oder mit dem Standard-PDF-Programm auf deinem
Notebook geht sie auf.

Workaround bis zum Update: rechte Maustaste auf das Dokument im
Schadensystem > "Extern öffnen".

Das Update des Viewers ist für das Release am 24. November eingeplant.
Das Ticket schließe ich, sobald das Release durch ist.

Gruß
Marek

''' + sig('zielinski')
    return M(who('zielinski'), who('oberlaender'),
             'INC-2026-019377 – PDF lässt sich nicht öffnen', '2026-11-10 09:12', body,
             charset='windows-1252', cte='8bit', agent='Microsoft Outlook 16.0')


@mail(147, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'basement storage break-in: customer named, address, household policy and claim number, police reference, stolen items; nobody hurt')
def _():
    body = '''Dear Ms Lindgren,

I've registered the break-in to your basement storage compartment under
claim SH-26-006340 (household contents policy AV-H 262 104 553).

As I understand it, the compartments in the basement of Heinrichsdamm 21,
Bamberg, were broken into during the night of 7 to 8 November; the
caretaker found several padlocks cut. From yours the following are missing:
  - a set of winter tyres on alloy rims (bought 2024, approx. EUR 1,100),
  - a road bike, Canyon Endurace, frame number in your purchase documents,
  - two boxes of camping equipment (tent, sleeping bags, stove).

Police reference: BY8110-021155-26/4.

Items in a basement compartment are covered as long as the compartment
was locked, which it was. Bicycles are covered up to EUR 1,000 under your
policy without the bicycle extension – I'm sorry to say that this will
limit the payment for the road bike.

Please send receipts or photos for the tyres, the bike and the camping
equipment. Once I have them, I can settle the claim within a few days.

Kind regards

''' + sig('mueckenhaupt') + '\n\n' + FOOTER_EN
    return M(who('mueckenhaupt'), 'Maja Lindgren <maja.lindgren@nordpost.example>',
             'Basement break-in Heinrichsdamm 21 – your claim SH-26-006340', '2026-11-09 16:03', body)


@mail(148, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
      'dog bite on a jogger: bite wound on the calf, tetanus shot, antibiotics, sick leave; dog owner is our customer')
def _():
    body = '''Sehr geehrter Herr Lorenz,

wir sind der Tierhalterhaftpflichtversicherer von Frau Renate Söllner,
deren Schäferhund "Arko" Sie am 27. September 2026 beim Joggen am
Hauptsmoorwald gebissen hat. Frau Söllner hat den Vorfall gemeldet und
bedauert ihn sehr. Wir übernehmen Ihren Schaden.

Nach Ihren Unterlagen wurden Sie in der Notaufnahme versorgt:
  - Bisswunde an der linken Wade mit zwei tiefen Einstichen,
    Wundreinigung, offene Wundbehandlung,
  - Tetanus-Auffrischung,
  - Antibiotikum (Amoxicillin/Clavulansäure) für sieben Tage,
  - arbeitsunfähig vom 29.09. bis 09.10.2026.

Sie erhalten von uns:
  Schmerzensgeld                                    1.200,00 EUR
  Zuzahlungen Medikamente und Verbandsmaterial        27,40 EUR
  beschädigte Laufhose und Laufschuh (Zeitwert)       95,00 EUR
  Fahrtkosten Arzt/Notaufnahme                        18,60 EUR
  Auslagenpauschale                                   25,00 EUR
  zusammen                                         1.366,00 EUR

Wenn die Narbe später Beschwerden macht oder Sie wegen der Erfahrung
Angst beim Laufen haben und eine Behandlung brauchen, melden Sie sich bitte
wieder; mit dieser Zahlung ist das nicht ausgeschlossen.

Bitte nennen Sie uns Ihre Bankverbindung.

Mit freundlichen Grüßen

''' + sig('hansen') + '\n\n' + FOOTER_DE
    return M(who('hansen'), 'Sven Lorenz <sven.lorenz@posteo-mail.example>',
             'Hundebiss am 27.09.2026 – Regulierung (HP-26-003822)', '2026-10-15 11:27', body)


@mail(149, 'NORMAL', 'en', 'internal',
      'Christmas holiday rota of the international claims desk - names in an organisational context only')
def _():
    body = '''Hi all,

here's the Christmas rota for the desk. The claims hotline is covered by the
central team, but we need one person per day for urgent international files
(towing abroad, hospital cost guarantees via GlobeAssist).

  Mon 21 Dec   Claire
  Tue 22 Dec   Tobias
  Wed 23 Dec   Ole
  Thu 24 Dec   (half day) Claire
  Mon 28 Dec   Paulina
  Tue 29 Dec   Tobias
  Wed 30 Dec   Ole
  Thu 31 Dec   (half day) Paulina

Swaps are fine, just tell me and update the shared calendar. Whoever is on
duty please take the desk phone home (it forwards to your mobile).

Thanks – and happy holidays in advance!
Claire

''' + sig('donnelly')
    return M(who('donnelly'), 'International Claims Desk <intl-claims@auenfels.example>',
             'Christmas rota – international desk', '2026-11-26 10:05', body)


@mail(150, 'NORMAL', 'de', 'internal',
      'trap: release notes for the motor tariff calculator (driver protection for personal injury, accident benefits) - product features only')
def _():
    body = '''Hallo zusammen,

am Montag, 30. November, geht die neue Version des Kfz-Tarifrechners
(Version 2027.1) live. Die Änderungen für Vertrieb und Kundenservice:

Neue Bausteine
  - Fahrerschutz: ersetzt Personenschäden des Fahrers bei selbst
    verschuldetem Unfall (Verdienstausfall, Schmerzensgeld,
    Hinterbliebenenrente) bis 12 Mio. EUR. Preis ab 3,40 EUR/Monat.
  - Rabattschutz jetzt auch für Fahranfänger ab SF 1.

Geänderte Logik
  - Regionalklassen 2027 sind eingespielt.
  - Die Typklassen werden jetzt über die HSN/TSN automatisch geholt; die
    manuelle Auswahl bleibt als Fallback.
  - Angebote bleiben 60 statt 30 Tage gespeichert.

Bugfixes
  - Saisonkennzeichen über den Jahreswechsel werden richtig berechnet.
  - PDF-Angebot zeigt die Teilkasko-SB wieder korrekt an.

Schulungsvideo (12 Minuten) im Intranet unter Vertrieb > Kfz.

Viele Grüße
Greta

''' + sig('vollmer')
    return M(who('vollmer'), 'Vertrieb und Service Kfz <vertrieb-kfz@auenfels.example>',
             'Tarifrechner Kfz 2027.1 – was ist neu?', '2026-11-25 15:15', body)

# ===========================================================================
# Build and check
# ===========================================================================

def build(outdir):
    maildir = os.path.join(outdir, 'mails')
    os.makedirs(maildir, exist_ok=True)
    rows = ['file\tlabel\tlang\tkind\treason']
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        CURRENT['n'] = n
        m = fn()
        data = serialize(m, n)
        name = '%s%04d.eml' % (PREFIX, n)
        with open(os.path.join(maildir, name), 'wb') as f:
            f.write(data)
        rows.append('\t'.join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8',
              newline='\n') as f:
        f.write('\n'.join(rows) + '\n')


def _iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def _pdf_text(data):
    out = []
    for sm in re.finditer(rb'stream\n(.*?)\nendstream', data, re.S):
        for tm in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', sm.group(1)):
            out.append(re.sub(rb'\\(.)', rb'\1', tm.group(1)).decode('cp1252'))
    return '\n'.join(out)


def _check_zip_office(data, kind, where, texts):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where
    names = z.namelist()
    need = {'xlsx': ['[Content_Types].xml', 'xl/workbook.xml'],
            'docx': ['[Content_Types].xml', 'word/document.xml'],
            'odt': ['mimetype', 'content.xml'],
            'ods': ['mimetype', 'content.xml']}.get(kind, [])
    for nm in need:
        assert nm in names, (where, nm)
    for nm in names:
        if nm.endswith('.xml') or nm.endswith('.rels'):
            root = ET.fromstring(z.read(nm))
            texts.append(' '.join(root.itertext()))
    if kind in ('odt', 'ods'):
        assert names[0] == 'mimetype', where
        assert z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED, where


def _check_blob(fname, data, where, texts, stats):
    low = (fname or '').lower()
    ext = low.rsplit('.', 1)[-1] if '.' in low else ''
    if ext in ('xlsx', 'docx', 'odt', 'ods'):
        _check_zip_office(data, ext, where, texts)
        stats[ext] = stats.get(ext, 0) + 1
    elif ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        stats['zip'] = stats.get('zip', 0) + 1
        for nm in z.namelist():
            _check_blob(nm, z.read(nm), where + '!' + nm, texts, stats)
    elif ext == 'pdf':
        assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF'), where
        t = _pdf_text(data)
        assert t.strip(), (where, 'no text layer')
        texts.append(t)
        stats['pdf'] = stats.get('pdf', 0) + 1
    elif ext == 'ics':
        t = data.decode('utf-8')
        assert 'BEGIN:VCALENDAR' in t and 'END:VCALENDAR' in t, where
        texts.append(t)
        stats['ics'] = stats.get('ics', 0) + 1
    elif ext in ('csv', 'txt'):
        for enc in ('utf-8', 'cp1252'):
            try:
                texts.append(data.decode(enc))
                break
            except UnicodeDecodeError:
                continue
        stats[ext] = stats.get(ext, 0) + 1
    elif ext == 'eml':
        _check_msg(message_from_bytes(data, policy=DEFAULT_POLICY), where, texts, stats)
        stats['eml'] = stats.get('eml', 0) + 1


def _check_msg(msg, where, texts, stats):
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == 'message/rfc822':
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            codecs.lookup(cs)
            text = payload.decode(cs)  # strict
            texts.append(text)
            fname = part.get_filename()
            if ct == 'text/calendar' or (fname or '').lower().endswith('.ics'):
                assert 'BEGIN:VCALENDAR' in text and 'END:VCALENDAR' in text, where
                stats['ics'] = stats.get('ics', 0) + 1
            elif fname:
                ext = fname.lower().rsplit('.', 1)[-1]
                stats[ext] = stats.get(ext, 0) + 1
        else:
            _check_blob(part.get_filename(), payload, where, texts, stats)
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            stats['rfc822'] = stats.get('rfc822', 0) + 1
            for inner in part.get_payload():
                texts.append(str(inner.get('Subject', '')))
                _check_msg(inner, where + '>fwd', texts, stats)


def check():
    tmp = tempfile.mkdtemp(prefix='d196-check-')
    problems = []
    try:
        build(tmp)
        for rel in ['labels.tsv'] + ['mails/' + f for f in sorted(os.listdir(os.path.join(tmp, 'mails')))]:
            a = os.path.join(tmp, rel)
            b = os.path.join(HERE, rel)
            if not os.path.exists(b):
                problems.append('missing in folder: ' + rel)
                continue
            with open(a, 'rb') as fa, open(b, 'rb') as fb:
                if fa.read() != fb.read():
                    problems.append('differs from rebuild: ' + rel)
        extra = set(os.listdir(os.path.join(HERE, 'mails'))) - set(os.listdir(os.path.join(tmp, 'mails')))
        for e in sorted(extra):
            problems.append('extra file in mails/: ' + e)
    finally:
        shutil.rmtree(tmp)

    mids = set()
    stats = {}
    tops = {}
    table = {}
    bad_ibans = []
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8') as f:
        rows = [l.rstrip('\n').split('\t') for l in f]
    assert rows[0] == ['file', 'label', 'lang', 'kind', 'reason'], rows[0]
    rows = rows[1:]
    if not len(rows) == len(MAILS) == 150:
        problems.append('expected 150 mails, found %d' % len(rows))
    for r in rows:
        assert len(r) == 5 and r[1] in LABELS and r[2] in ('de', 'en') and r[4], r
        if r[1] != 'NORMAL':
            assert not r[4].startswith('trap:'), r
        table[(r[1], r[2])] = table.get((r[1], r[2]), 0) + 1
        path = os.path.join(HERE, 'mails', r[0])
        with open(path, 'rb') as fh:
            raw = fh.read()
        if b'\n' in raw.replace(b'\r\n', b'') or b'\r' in raw.replace(b'\r\n', b''):
            problems.append(r[0] + ': bare CR or LF')
        for line in raw.split(b'\r\n'):
            if len(line) > 998:
                problems.append(r[0] + ': line longer than 998 octets')
                break
        msg = message_from_bytes(raw, policy=DEFAULT_POLICY)
        texts = []
        try:
            _check_msg(msg, r[0], texts, stats)
        except Exception as e:  # noqa
            problems.append('%s: %r' % (r[0], e))
        mid = msg['Message-ID']
        if not mid or mid in mids:
            problems.append(r[0] + ': missing or duplicate Message-ID')
        mids.add(mid)
        if msg['Date'].datetime.year != 2026:
            problems.append(r[0] + ': date not in 2026')
        if not msg['From'].addresses[0].domain.endswith(DOMAIN):
            problems.append(r[0] + ': From not at ' + DOMAIN)
        for hdr in ('From', 'To', 'Cc'):
            for a in (msg[hdr].addresses if msg[hdr] else ()):
                if not a.domain.endswith('.example'):
                    problems.append('%s: host not .example: %s' % (r[0], a))
        top = msg.get_content_type()
        tops[top] = tops.get(top, 0) + 1
        alltext = re.sub(r'\r?\n[ \t]', '', '\n'.join(texts))  # unfold ICS lines
        for h in re.findall(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)', alltext):
            if not h.lower().endswith('.example'):
                problems.append('%s: host not .example in text: %s' % (r[0], h))
        for cand in re.findall(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b', alltext):
            if not _iban_ok(cand):
                bad_ibans.append((r[0], cand))
    print('%-24s %5s %5s %6s' % ('label', 'de', 'en', 'total'))
    for lab in LABELS:
        de, en = table.get((lab, 'de'), 0), table.get((lab, 'en'), 0)
        print('%-24s %5d %5d %6d' % (lab, de, en, de + en))
    de = sum(v for (l, g), v in table.items() if g == 'de')
    en = sum(v for (l, g), v in table.items() if g == 'en')
    print('%-24s %5d %5d %6d' % ('total', de, en, de + en))
    print()
    print('top-level types:', ', '.join('%s %d' % kv for kv in sorted(tops.items())))
    print('attachments/parts checked:', ', '.join('%s %d' % kv for kv in sorted(stats.items())))
    if bad_ibans:
        print('IBAN-like strings failing the checksum (must be deliberate):')
        for f, c in bad_ibans:
            print('  %s: %s' % (f, c))
    print()
    if problems:
        print('PROBLEMS:')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('OK: %d mails rebuilt byte for byte and parsed without defects' % len(rows))


def main():
    if '--check' in sys.argv[1:]:
        check()
    else:
        build(HERE)
        print('wrote %d mails to %s' % (len(MAILS), os.path.join(HERE, 'mails')))


if __name__ == '__main__':
    main()
