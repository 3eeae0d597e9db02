#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev193 (prefix d193-) for Siegel.

150 hand-written, fictitious e-mails of the Weserbogen Versicherungsgruppe
(Minden), with an emphasis on the English-language mail of its International
Desk.  Python standard library only; output is deterministic.

    python3 make_corpus.py            # writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check    # rebuilds into a temp folder, compares byte for
                                      # byte and checks every mail and attachment
"""
import datetime
import email
import email.policy
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

POL = email.policy.SMTP
PREFIX = 'd193-'
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def D(y, mo, d, h, mi, s=0):
    """RFC 5322 date in Europe/Berlin local time (2026: DST from 29 Mar to 25 Oct)."""
    day = datetime.date(y, mo, d)
    off = 2 if datetime.date(2026, 3, 29) <= day < datetime.date(2026, 10, 25) else 1
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def iban(cc, bban, grouped=True, lower=False):
    """IBAN with ISO 7064 MOD 97-10 check digits computed from country + BBAN."""
    s = (bban + cc + '00').upper()
    num = ''.join(str(int(ch, 36)) for ch in s)
    ck = 98 - int(num) % 97
    ib = '%s%02d%s' % (cc, ck, bban)
    if grouped:
        ib = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib.lower() if lower else ib


def iban_ok(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in r)) % 97 == 1


def _h(*parts):
    return hashlib.sha1('|'.join(str(p) for p in parts).encode()).hexdigest()


# ---------------------------------------------------------------------------
# attachments written by hand (ZIP of XML, PDF with a text layer, ...)
# ---------------------------------------------------------------------------
ZDT = (2026, 1, 2, 8, 0, 0)


def zip_bytes(members, dt=ZDT):
    """members: list of (name, bytes|str[, date_time]); deterministic ZIP."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for m in members:
            name, data = m[0], m[1]
            t = m[2] if len(m) > 2 else dt
            zi = zipfile.ZipInfo(name, date_time=t)
            zi.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core_xml(title, author, when):
    return (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>') % (xesc(title), xesc(author), xesc(author), when, when)


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='', author='Weserbogen', when='2026-01-05T08:00:00Z', dt=ZDT):
    """sheets: list of (name, rows); a row is a list of str/int/float/None."""
    ct = [XML_HEAD, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels, files = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                       'Target="worksheets/sheet%d.xml"/>' % (i, i))
        out = [XML_HEAD, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            out.append('<row r="%d">' % r)
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            out.append('</row>')
        out.append('</sheetData></worksheet>')
        files.append(('xl/worksheets/sheet%d.xml' % i, ''.join(out)))
    ct.append('</Types>')
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                   'Target="styles.xml"/>' % (n + 1))
    members = [
        ('[Content_Types].xml', ''.join(ct)),
        ('_rels/.rels', XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ('docProps/core.xml', _core_xml(title, author, when)),
        ('xl/workbook.xml', XML_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + ''.join(wb_sheets) +
         '</sheets></workbook>'),
        ('xl/_rels/workbook.xml.rels', XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
         ''.join(wb_rels) + '</Relationships>'),
        ('xl/styles.xml', XML_HEAD + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
         '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
         '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
         '</styleSheet>'),
    ] + files
    return zip_bytes(members, dt)


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def _wrun(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(text))


def docx(blocks, title='', author='Weserbogen', when='2026-01-05T08:00:00Z', dt=ZDT):
    """blocks: str paragraphs ('# ' prefix = bold heading) or ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
            for row in b[1]:
                t.append('<w:tr>')
                for cell in row:
                    t.append('<w:tc><w:p>%s</w:p></w:tc>' % _wrun(str(cell)))
                t.append('</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
        elif b.startswith('# '):
            body.append('<w:p>%s</w:p>' % _wrun(b[2:], bold=True))
        else:
            body.append('<w:p>%s</w:p>' % _wrun(b))
    doc = (XML_HEAD + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>') % (W_NS, ''.join(body))
    members = [
        ('[Content_Types].xml', XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ('_rels/.rels', XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ('docProps/core.xml', _core_xml(title, author, when)),
        ('word/document.xml', doc),
    ]
    return zip_bytes(members, dt)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(kind, inner, title, dt):
    mt = 'application/vnd.oasis.opendocument.' + kind
    content = (XML_HEAD + '<office:document-content %s><office:body>%s</office:body></office:document-content>') % (ODF_NS, inner)
    meta = (XML_HEAD + '<office:document-meta %s><office:meta><dc:title>%s</dc:title>'
            '<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>') % (ODF_NS, xesc(title))
    manifest = (XML_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>') % mt
    return zip_bytes([('mimetype', mt), ('META-INF/manifest.xml', manifest), ('content.xml', content), ('meta.xml', meta)], dt)


def odt(paras, title='', dt=ZDT):
    inner = '<office:text>%s</office:text>' % ''.join('<text:p>%s</text:p>' % xesc(p) for p in paras)
    return _odf('text', inner, title, dt)


def ods(name, rows, title='', dt=ZDT):
    out = ['<office:spreadsheet><table:table table:name="%s">' % xesc(name)]
    for row in rows:
        out.append('<table:table-row>')
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc('' if v is None else str(v)))
        out.append('</table:table-row>')
    out.append('</table:table></office:spreadsheet>')
    return _odf('spreadsheet', ''.join(out), title, dt)


def _pdfstr(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(lines, title='', author='Weserbogen Versicherung AG', created='20260105080000+01\'00\'',
        compress=False, size=10, per_page=58):
    """Simple PDF (A4, Helvetica, WinAnsi) with a real text layer.

    A line starting with '# ' is set in Helvetica-Bold."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title (' + _pdfstr(title) + b') /Author (' + _pdfstr(author) + b') /Producer (Weserbogen DocGen 4.2) '
               b'/CreationDate (D:' + created.encode() + b') >>')
    kids = []
    nxt = 6
    for pg in pages:
        lead = size + 4
        ops = [b'BT', b'/F1 %d Tf' % size, b'%d TL' % lead, b'56 790 Td']
        for ln in pg:
            if ln.startswith('# '):
                ops.append(b'/F2 %d Tf (' % (size + 1) + _pdfstr(ln[2:]) + b') Tj T* /F1 %d Tf' % size)
            else:
                ops.append(b'(' + _pdfstr(ln) + b') Tj T*')
        ops.append(b'ET')
        stream = b'\n'.join(ops)
        if compress:
            data = zlib.compress(stream, 9)
            objs[nxt + 1] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream'
        else:
            objs[nxt + 1] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
        objs[nxt] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     b'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (nxt + 1))
        kids.append(nxt)
        nxt += 2
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids)
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for i in range(1, n):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, xref)
    return bytes(out)


def ics(uid, summary, start, end, organizer, attendees=(), location='', description='', method='REQUEST',
        stamp='20260105T080000Z', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'):
    """start/end like '20260212T100000' (Europe/Berlin)."""
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

    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'METHOD:' + method,
         'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
         'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
         'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
         'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
         'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE',
         'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + stamp,
         'DTSTART;TZID=Europe/Berlin:' + start, 'DTEND;TZID=Europe/Berlin:' + end,
         'SUMMARY:' + esc(summary), 'ORGANIZER:mailto:' + organizer]
    for a in attendees:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:' + a)
    if location:
        L.append('LOCATION:' + esc(location))
    if description:
        L.append('DESCRIPTION:' + esc(description))
    L += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'


# ---------------------------------------------------------------------------
# MIME building
# ---------------------------------------------------------------------------

def _cte_for(text, charset):
    try:
        text.encode('ascii')
        ascii_ = True
    except UnicodeEncodeError:
        ascii_ = False
    if ascii_ and max((len(x) for x in text.split('\n')), default=0) <= 76:
        return '7bit'
    return 'quoted-printable'


def text_part(text, subtype='plain', charset='utf-8', cte=None, flowed=False):
    p = MIMEPart(policy=POL)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte or _cte_for(text, charset))
    if flowed:
        p.set_param('format', 'flowed')
    return p


def multipart(subtype, parts, boundary):
    p = MIMEPart(policy=POL)
    p['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for x in parts:
        p.attach(x)
    return p


class Att:
    """An attachment: data (bytes or str), content type, filename."""
    def __init__(self, filename, data, ctype, charset=None, inline=False, cte=None, params=None):
        self.filename, self.data, self.ctype, self.charset = filename, data, ctype, charset
        self.inline, self.cte, self.params = inline, cte, params or {}

    def part(self):
        p = MIMEPart(policy=POL)
        maintype, subtype = self.ctype.split('/')
        disp = 'inline' if self.inline else 'attachment'
        if isinstance(self.data, EmailMessage):
            p.set_content(self.data, subtype='rfc822', disposition=disp, filename=self.filename)
        elif maintype == 'text':
            data = self.data
            if isinstance(data, bytes):
                data = data.decode(self.charset or 'utf-8')
            p.set_content(data, subtype=subtype, charset=self.charset or 'utf-8',
                          cte=self.cte or _cte_for(data, self.charset or 'utf-8'),
                          disposition=disp, filename=self.filename)
        else:
            p.set_content(self.data, maintype, subtype, cte=self.cte or 'base64',
                          disposition=disp, filename=self.filename)
        for k, v in self.params.items():
            p.set_param(k, v)
        return p


XLSX_T = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_T = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
ODT_T = 'application/vnd.oasis.opendocument.text'
ODS_T = 'application/vnd.oasis.opendocument.spreadsheet'


def _split_addrs(v):
    out, cur, q, ang = [], '', False, False
    for ch in v:
        if ch == '"':
            q = not q
        elif ch == '<' and not q:
            ang = True
        elif ch == '>' and not q:
            ang = False
        if ch == ',' and not q and not ang:
            out.append(cur)
            cur = ''
        else:
            cur += ch
    out.append(cur)
    return [x.strip() for x in out if x.strip()]


def fix_addrs(v):
    """Quote display names that contain a period (as mail clients do)."""
    res = []
    for a in _split_addrs(v):
        m = re.match(r'^([^"<][^<]*?)\s*<([^>]+)>$', a)
        if m and '.' in m.group(1):
            a = '"%s" <%s>' % (m.group(1), m.group(2))
        res.append(a)
    return ', '.join(res)


def build(n, frm, to, subject, date, body=None, html=None, atts=(), cc=None, reply_to=None,
          irt=None, refs=None, headers=(), charset='utf-8', cte=None, flowed=False, mid_host=None,
          html_charset='utf-8', sub=None, msgid=None, top_mixed=False):
    """Build one message.  n: mail number (for deterministic ids); sub: for nested messages."""
    key = (n, sub)
    m = EmailMessage(policy=POL)
    m['From'] = fix_addrs(frm)
    m['To'] = fix_addrs(to)
    if cc:
        m['Cc'] = fix_addrs(cc)
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = date
    h = _h('d193', *key)
    host = mid_host or 'mail.weserbogen.example'
    m['Message-ID'] = msgid or '<%s.%s@%s>' % (h[:12].upper(), h[12:20], host)
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    for k, v in headers:
        m[k] = v
    if html is not None and body is not None:
        core = multipart('alternative', [text_part(body, 'plain', charset, cte, flowed),
                                         text_part(html, 'html', html_charset)],
                         '----=_alt_%s' % h[20:36])
    elif html is not None:
        core = text_part(html, 'html', html_charset, cte)
    else:
        core = text_part(body or '', 'plain', charset, cte, flowed)
    if atts or top_mixed:
        top = multipart('mixed', [core] + [a.part() for a in atts], '----=_mix_%s' % h[24:40])
    else:
        top = core
    m['MIME-Version'] = '1.0'
    for k, v in top.items():
        m[k] = v
    m.set_payload(top._payload)  # raw payload (keeps 8bit surrogates)
    return m


# ---------------------------------------------------------------------------
# the invented world: people, signatures, footers
# ---------------------------------------------------------------------------
ORG = 'Weserbogen Versicherung AG'
ADDR = 'Am Weserbogen 12 · 32423 Minden'

FOOT_DE = """

--------------------------------------------------------------
Weserbogen Versicherungsgruppe · Am Weserbogen 12 · 32423 Minden
Weserbogen Allgemeine Versicherung AG (HRB 99871), Weserbogen
Lebensversicherung AG (HRB 99872), Weserbogen Krankenversicherung AG
(HRB 99873), jeweils Amtsgericht Bad Oeynhausen.
Vorstand: Dr. Henrike Leßmann (Vors.), Mathias Quade, Svenja Oberdiek
Aufsichtsratsvorsitzender: Prof. Dr. Ewald Stork
Diese E-Mail ist nur für den genannten Empfänger bestimmt. Sollten Sie
sie irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender
und löschen Sie die Nachricht.
"""

FOOT_EN = """

--------------------------------------------------------------
Weserbogen Insurance Group · Am Weserbogen 12 · 32423 Minden · Germany
Weserbogen Allgemeine Versicherung AG (HRB 99871), Weserbogen
Lebensversicherung AG (HRB 99872), Weserbogen Krankenversicherung AG
(HRB 99873), registered at Amtsgericht Bad Oeynhausen.
Management Board: Dr. Henrike Leßmann (Chair), Mathias Quade, Svenja Oberdiek
Chair of the Supervisory Board: Prof. Dr. Ewald Stork
This e-mail is intended for the named recipient only. If you have
received it in error, please notify the sender and delete it.
"""

P = {
    'owen': ('Owen Fitzgerald', 'owen.fitzgerald'),
    'annika': ('Dr. Annika Roßbach', 'annika.rossbach'),
    'marta': ('Marta Kowalczyk', 'marta.kowalczyk'),
    'emily': ('Emily Hartmann', 'emily.hartmann'),
    'jens': ('Jens Overbeck', 'jens.overbeck'),
    'sabine': ('Sabine Hölscher', 'sabine.hoelscher'),
    'tobias': ('Tobias Brinkmann', 'tobias.brinkmann'),
    'heike': ('Heike Lammers', 'heike.lammers'),
    'kai': ('Kai-Uwe Strothmann', 'kai-uwe.strothmann'),
    'yvonne': ('Yvonne Detmers', 'yvonne.detmers'),
    'priya': ('Priya Raman', 'priya.raman'),
    'friederike': ('Friederike Aschoff', 'friederike.aschoff'),
    'lukas': ('Lukas Nowak', 'lukas.nowak'),
    'christoph': ('Christoph Vahle', 'christoph.vahle'),
    'gesine': ('Gesine Tiemann', 'gesine.tiemann'),
    'ralf': ('Ralf Meier-Evers', 'ralf.meier-evers'),
    'bernd': ('Bernd Kuhlmann', 'bernd.kuhlmann'),
    'nadine': ('Nadine Sievers', 'nadine.sievers'),
    'egger': ('Dr. med. Thomas Egger', 'thomas.egger'),
    'melanie': ('Melanie Frerichs', 'melanie.frerichs'),
    'ole': ('Ole Jansen', 'ole.jansen'),
    'carsten': ('Carsten Rehbein', 'carsten.rehbein'),
    'dirk': ('Dirk Schwentker', 'dirk.schwentker'),
    'henrik': ('Henrik Voßkuhl', 'henrik.vosskuhl'),
}


def A(key):
    """Address of a staff member."""
    name, local = P[key]
    q = '"%s"' % name if ('.' in name or ',' in name) else name
    return '%s <%s@weserbogen.example>' % (q, local)


def E(key):
    return '%s@weserbogen.example' % P[key][1]


SIG = {
    'owen': """-- 
Owen Fitzgerald
International Client Manager | International Desk
Weserbogen Versicherung AG
Am Weserbogen 12, 32423 Minden, Germany
T +49 571 8890-4412 | M +49 160 5550 2291
owen.fitzgerald@weserbogen.example""",
    'annika': """Dr. Annika Roßbach
Leiterin International Desk / Head of International Desk
Weserbogen Versicherung AG · Am Weserbogen 12 · 32423 Minden
Tel. +49 571 8890-4400 · annika.rossbach@weserbogen.example""",
    'marta': """Marta Kowalczyk
Leistung Auslandskrankenversicherung / International Health Claims
Weserbogen Krankenversicherung AG
Tel. +49 571 8890-4431 · Fax +49 571 8890-4499
marta.kowalczyk@weserbogen.example""",
    'emily': """Emily Hartmann
Assistance Coordinator | 24/7 Emergency Service
Weserbogen Versicherung AG, Minden (Germany)
Emergency line +49 571 8890-7700 (24/7) | Office +49 571 8890-4437
emily.hartmann@weserbogen.example""",
    'jens': """Mit freundlichen Grüßen
Jens Overbeck
Kfz-Schaden
Weserbogen Allgemeine Versicherung AG
Tel. 0571 8890-2214 · Fax 0571 8890-2299""",
    'sabine': """Sabine Hölscher
Leistungsprüfung Leben/BU
Weserbogen Lebensversicherung AG
Telefon 0571 8890-3120
sabine.hoelscher@weserbogen.example""",
    'tobias': """Viele Grüße aus Minden
Tobias Brinkmann
Maklerbetreuung Nord-West
Weserbogen Versicherung AG
Tel. 0571 8890-1550 | Mobil 0171 5550 8812
tobias.brinkmann@weserbogen.example""",
    'heike': """Heike Lammers
Datenschutzbeauftragte der Weserbogen Versicherungsgruppe
Tel. 0571 8890-1090 · datenschutz@weserbogen.example""",
    'kai': """Kai-Uwe Strothmann
IT-Servicedesk · Durchwahl -1999
servicedesk@weserbogen.example""",
    'yvonne': """Yvonne Detmers
Personal / Human Resources
Weserbogen Versicherung AG
Tel. 0571 8890-1210""",
    'priya': """Priya Raman
Senior Underwriter Marine & Cargo
Weserbogen Allgemeine Versicherung AG
Am Weserbogen 12, 32423 Minden, Germany
Tel +49 571 8890-2630 | priya.raman@weserbogen.example""",
    'friederike': """Freundliche Grüße
Friederike Aschoff
Schadenservice Sach (Hausrat/Wohngebäude/Glas)
Weserbogen Allgemeine Versicherung AG
Tel. 0571 8890-2410""",
    'lukas': """Lukas Nowak
Haftpflicht- und Rechtsschutzschaden
Weserbogen Allgemeine Versicherung AG
Tel. 0571 8890-2520 · lukas.nowak@weserbogen.example""",
    'christoph': """Christoph Vahle
Unternehmenskommunikation / Pressesprecher
Weserbogen Versicherungsgruppe
Tel. 0571 8890-1020 · presse@weserbogen.example""",
    'gesine': """Gesine Tiemann
Leistungsabteilung Krankenversicherung
Weserbogen Krankenversicherung AG
Tel. 0571 8890-3410""",
    'ralf': """Ralf Meier-Evers
Facility Management
Tel. -1400 / Mobil 0171 5550 3307""",
    'bernd': """Mit freundlichen Grüßen

Bernd Kuhlmann
Leistung Unfallversicherung
Weserbogen Allgemeine Versicherung AG
Telefon 0571 8890-3610""",
    'nadine': """Nadine Sievers
Aktuariat & Rückversicherung
Weserbogen Versicherungsgruppe
Tel. +49 571 8890-1710""",
    'egger': """Dr. med. Thomas Egger
Beratungsarzt / Medical Advisor
Weserbogen Krankenversicherung AG""",
    'melanie': """Melanie Frerichs
Kundenservice
Weserbogen Versicherung AG
Service-Telefon 0571 8890-0""",
    'ole': """Ole Jansen
Firmenkunden Personenversicherung (bAV, bKV, Group Expat)
Weserbogen Versicherung AG
Tel. +49 571 8890-1830 | Mobil +49 171 5550 4410""",
    'dirk': """Dirk Schwentker
Schadenservice Reiseversicherung
Weserbogen Versicherung AG
Tel. 0571 8890-2740 · reise-schaden@weserbogen.example""",
    'henrik': """Henrik Voßkuhl
Underwriting & Schaden Financial Lines (D&O, Cyber, VSV)
Weserbogen Allgemeine Versicherung AG
Tel. +49 571 8890-2810 · henrik.vosskuhl@weserbogen.example""",
    'carsten': """Carsten Rehbein
Vertriebscontrolling
Tel. 0571 8890-1640""",
}

def quote(text, prefix='> '):
    """Quote a text the way a mail client does."""
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


MAILS = {}


def mail(n, label, lang, kind, reason):
    assert label in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'), label
    assert lang in ('de', 'en'), lang
    assert '\t' not in reason and '\n' not in reason

    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

# --- 1 -------------------------------------------------------------------
@mail(1, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat health claim: physiotherapy after ACL reconstruction of a named member in Singapore, knee swelling quoted')
def _():
    body = """Dear Mr Steinkamp,

thank you for sending the remaining invoices so quickly.

We have now settled the physiotherapy sessions 1 to 8 from Orchard Bay
Physio & Rehab (invoices SG-PT-20931 to SG-PT-20938). The clinic charged
SGD 145.00 per session, which is within the customary rates for Singapore,
so we reimburse the full SGD 1,160.00. Converted at the rate of the
treatment dates this comes to EUR 826.37; the transfer to your German
salary account goes out tomorrow.

Your plan covers up to 20 physiotherapy sessions per year after an
inpatient operation, so the further 4 sessions your surgeon prescribed
after the ACL reconstruction are covered as well. You do not need a new
pre-authorisation for them. If the swelling you describe does not settle
and Dr Tan orders an MRI, please let us know beforehand - imaging above
SGD 1,000 needs a short approval, which we usually give within one
working day.

Claim reference for all further invoices: INT-2026-00417
Membership no.: GEX-418823-02 (Ravensberg Maschinenbau group plan)

Kind regards from Minden

Marta Kowalczyk

""" + SIG['marta'] + """

-----Original Message-----
From: Florian Steinkamp <florian.steinkamp@lionmail.example>
Sent: Sunday, 11 January 2026 15:02
To: International Health Claims <expat-claims@weserbogen.example>
Subject: physiotherapy invoices Singapore

Hello,

attached the invoices for my physio sessions after the knee operation
(cruciate ligament, 4 Dec at Orchard Bay Medical Centre). The knee is
still quite swollen in the evenings, the surgeon wants 4 more sessions.
Are these covered, or do I need some approval first?

Best regards
Florian Steinkamp
Ravensberg Maschinenbau - Asia Pacific Office, Singapore
""" + FOOT_EN
    return build(1, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>',
                 'Florian Steinkamp <florian.steinkamp@lionmail.example>',
                 'RE: physiotherapy invoices Singapore [INT-2026-00417]', D(2026, 1, 13, 10, 41, 12),
                 body=body, irt='<CAF8z2Lx0Q1@lionmail.example>',
                 headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Topic', 'physiotherapy invoices Singapore')])


# --- 2 -------------------------------------------------------------------
@mail(2, 'NORMAL', 'de', 'internal',
      'trap: in-house flu vaccination campaign, vaccine and doctor words but no person concerned')
def _():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst wieder eine
Grippeschutzimpfung im Haus an. Die Impfung ist freiwillig und für Sie
kostenlos.

Termine (jeweils Raum E.14, neben der Kantine):
  Dienstag,   27.01.2026   08:30 - 12:00 Uhr
  Donnerstag, 29.01.2026   13:00 - 16:00 Uhr
  Montag,     02.02.2026   08:30 - 11:30 Uhr

Verwendet wird ein tetravalenter Impfstoff der aktuellen Saison. Bitte
bringen Sie Ihren Impfpass mit, falls vorhanden. Wer akut Fieber hat,
sollte die Impfung verschieben. Fragen zu Allergien oder Vorerkrankungen
klären Sie bitte direkt vor Ort mit Frau Dr. Hünefeld - bitte NICHT per
Mail an die Personalabteilung schicken.

Eine Anmeldung ist nicht nötig; erfahrungsgemäß ist es dienstags
morgens am ruhigsten.

Die Impfung gilt als Arbeitszeit. Bitte stimmen Sie sich mit Ihrer
Teamleitung ab, damit die Telefonie besetzt bleibt.

Viele Grüße
Yvonne Detmers

""" + SIG['yvonne']
    return build(2, A('yvonne'), 'Alle Mitarbeitenden Minden <alle-minden@weserbogen.example>',
                 'Grippeschutzimpfung 2026 - Termine im Haus', D(2026, 1, 19, 8, 2), body=body,
                 headers=[('X-Mailer', 'Microsoft Outlook 16.0')])


# --- 3 -------------------------------------------------------------------
@mail(3, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor claim of a named customer: claim number, registration, rear-end collision; nobody hurt')
def _():
    body = """Sehr geehrter Herr Wiechers,

vielen Dank für Ihre Schadenmeldung vom Freitag. Wir haben den Schaden
unter der Nummer KS-26-0031874 angelegt.

Nach Ihrer Schilderung sind Sie am 16.01.2026 gegen 07:45 Uhr auf der
B 61 in Höhe der Abfahrt Barkhausen mit Ihrem VW Touran (MI-RW 2217) auf
einen Lieferwagen aufgefahren, der verkehrsbedingt abbremsen musste.
Verletzt wurde nach Ihren Angaben niemand.

Da Sie der Auffahrende sind, regulieren wir den Schaden am Lieferwagen
über Ihre Kfz-Haftpflichtversicherung. Für Ihr eigenes Fahrzeug besteht
Vollkaskoschutz mit 300 EUR Selbstbeteiligung (Vertrag KF 4471092).

Damit wir weitermachen können, bitten wir um:
- Fotos der Schäden an beiden Fahrzeugen,
- das amtliche Kennzeichen und, wenn bekannt, den Versicherer des
  Lieferwagens (laut Ihrer Skizze HF-LK 809),
- einen Kostenvoranschlag Ihrer Werkstatt oder den Besichtigungstermin,
  falls Sie lieber einen Gutachter möchten.

Bitte geben Sie gegenüber der Gegenseite kein Schuldanerkenntnis ab;
Ansprüche des Geschädigten prüfen wir für Sie.

""" + SIG['jens'] + FOOT_DE
    return build(3, A('jens'), 'Rolf Wiechers <r.wiechers@posteo-mail.example>',
                 'Ihr Kfz-Schaden vom 16.01.2026 - Schaden-Nr. KS-26-0031874', D(2026, 1, 19, 14, 22),
                 body=body)


# --- 4 -------------------------------------------------------------------
@mail(4, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: quarterly service review with the assistance partner, medical evacuation and hospital figures only as totals')
def _():
    body = """Hi Dana,

as discussed on the phone, here is the invite for our Q4/2025 service
review. Emily and I will dial in from Minden; Annika might join for the
last half hour.

Proposed agenda
1. Volumes Q4: 1,214 assistance calls, 87 hospital admissions abroad
   handled with a guarantee of payment, 9 medical evacuations,
   3 repatriations of mortal remains (all totals, no case detail needed)
2. Response times against the SLA (first call-back < 30 min)
3. New escalation matrix for weekends - draft from your side?
4. Invoice format: we'd like one consolidated PDF plus CSV per month
5. Holiday cover around Easter

If anything case-specific comes up, let's take it to the secure portal
rather than this thread.

Cheers,
Owen

""" + SIG['owen'] + FOOT_EN
    cal = ics('d193-0004-sr-q4@weserbogen.example', 'Weserbogen / Lakeshore - Service Review Q4 2025',
              '20260204T160000', '20260204T170000', E('owen'),
              ['dwhitfield@lakeshore-assist.example', E('emily'), E('annika')],
              'Microsoft Teams (link in body)',
              'Quarterly service review. Agenda see mail. Teams: https://teams.weserbogen.example/l/meetup/4417')
    return build(4, A('owen'), 'Dana Whitfield <dwhitfield@lakeshore-assist.example>',
                 'Service Review Q4 2025 - Wed 4 Feb, 10am Chicago / 5pm Minden', D(2026, 1, 21, 11, 5),
                 body=body, cc=A('emily') + ', ' + A('annika'),
                 atts=[Att('invite.ics', cal, 'text/calendar', params={'method': 'REQUEST'})])


# --- 5 -------------------------------------------------------------------
@mail(5, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health insurance benefit statement of a named customer; diagnoses and pulmonologist invoices in the PDF')
def _():
    body = """Guten Tag Frau Lohmeyer,

anbei erhalten Sie die Leistungsabrechnung zu den Rechnungen, die Sie
uns am 08.01.2026 über die App eingereicht haben.

Erstattet werden 612,48 EUR. Der Betrag wird in den nächsten Tagen auf
Ihr bekanntes Konto überwiesen. Bei einer Position konnten wir nur den
2,3-fachen Satz berücksichtigen; die Begründung finden Sie auf Seite 1
unter "Hinweise".

Bei Rückfragen erreichen Sie mich unter der unten stehenden Nummer.

Freundliche Grüße

""" + SIG['gesine'] + FOOT_DE
    lines = ['# Weserbogen Krankenversicherung AG - Leistungsabrechnung',
             'Minden, 14.01.2026',
             '',
             'Versicherte Person: Cornelia Lohmeyer, geb. 02.07.1971',
             'Versicherungsnummer: KV 3308127-01   Tarif: AmbuPlus 80 / SB 600',
             '',
             '# Eingereichte Belege',
             'Beleg 1  Dr. med. Harald Quernheim, Facharzt für Innere Medizin und Pneumologie, Bad Oeynhausen',
             '         Rechnung vom 18.12.2025   Diagnosen: J45.0 G allergisches Asthma bronchiale,',
             '         J30.1 G allergische Rhinopathie durch Pollen',
             '         GOÄ 1, 5, 605, 605a, 608 (Spirometrie, Bodyplethysmographie)    312,87 EUR',
             'Beleg 2  Apotheke am Wesertor, Rezept vom 18.12.2025',
             '         Budesonid/Formoterol 160/4,5 µg Pulverinhalator 3 x 120 ED        187,51 EUR',
             'Beleg 3  Dr. med. Harald Quernheim, Rechnung vom 05.01.2026',
             '         GOÄ 1, 385 ff. (Prick-Test, 22 Allergene), Faktor 3,0              188,00 EUR',
             '',
             '# Berechnung',
             'Rechnungsbeträge gesamt                                   688,38 EUR',
             'davon erstattungsfähig                                    650,08 EUR',
             'Kürzung Beleg 3 auf 2,3-fachen Satz (keine Begründung)     -37,60 EUR',
             'Erstattung 80 % nach verbrauchter Selbstbeteiligung       612,48 EUR (gerundet)',
             '',
             '# Hinweise',
             'Für einen Steigerungssatz über 2,3 ist nach § 5 Abs. 2 GOÄ eine schriftliche Begründung',
             'auf der Rechnung erforderlich. Reicht Ihr Arzt diese nach, prüfen wir erneut.',
             'Verbleibende Selbstbeteiligung 2026: 0,00 EUR']
    return build(5, A('gesine'), 'Cornelia Lohmeyer <conny.lohmeyer@freenet-post.example>',
                 'Ihre Leistungsabrechnung vom 14.01.2026', D(2026, 1, 14, 15, 37), body=body,
                 atts=[Att('Leistungsabrechnung_2026-01-14.pdf', pdf(lines, 'Leistungsabrechnung', compress=True),
                           'application/pdf')])


# --- 6 -------------------------------------------------------------------
@mail(6, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel baggage claim of a named customer with claim number and her IBAN quoted; no health content')
def _():
    ib = iban('DE', '49050000' + '0281744390')
    body = """Dear Ms Thornton,

thanks for your message and sorry to hear your suitcase took the scenic
route. I've opened a baggage delay claim under our reference
RG-26-00871 (travel policy RV 2209413, "Reise Komfort" family cover).

Delayed baggage is covered up to EUR 300 for necessary replacement
purchases when the bag arrives more than 12 hours after you do. To pay
this out I still need:

  * the Property Irregularity Report (PIR) the airline gave you at
    Dublin Airport - a photo is fine,
  * the receipts for what you bought while waiting (you mentioned
    toiletries, a charger and some clothes from Penneys),
  * the airline's confirmation of when the bag was delivered to you.

The bank details in your mail are noted for the payment. Please double-
check them below, as a wrong digit delays things by a week or more:

  Account holder: Rebecca Thornton
  IBAN: """ + ib + """

Once everything's in, payment normally goes out within five working
days.

Kind regards,
Owen

""" + SIG['owen'] + """

On 26 Jan 2026, at 21:13, Rebecca Thornton <becky.thornton@gmx-mail.example> wrote:
> Hi there,
> I flew Frankfurt to Dublin on Friday (flight EI 657) and my suitcase
> didn't arrive until Monday evening. I had to buy a few bits in the
> meantime, receipts come to about 190 euro. My account is
> """ + ib.replace(' ', '') + """ if you need it.
> Thanks, Becky
>
> Sent from my iPhone
""" + FOOT_EN
    return build(6, A('owen'), 'Rebecca Thornton <becky.thornton@gmx-mail.example>',
                 'Re: Suitcase delayed Dublin - what do I need to send?', D(2026, 1, 27, 9, 12), body=body,
                 irt='<6F2A11C0-94B1-4E3A-9D3F-2A7718C0B1E2@gmx-mail.example>')


# --- 7 -------------------------------------------------------------------
@mail(7, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: job advert for a health claims handler (Arzt-/Krankenhausrechnungen, GOÄ, Diagnosen) sent to a job board')
def _():
    body = """Hallo Herr Pahmeyer,

anbei wie besprochen der Anzeigentext für die Stelle in der
Leistungsabteilung Kranken. Bitte ab Montag, 02.02., für 30 Tage online
stellen (Paket "Regional Plus", Angebot AN-2026-117 vom 12.01.).

Logo und Bildmaterial haben Sie noch von der letzten Anzeige. Die
Kennziffer für Bewerbungen ist KV-LP-0226, Bewerbungen bitte
ausschließlich über unser Bewerberportal, nicht per Mail.

Danke und viele Grüße
Yvonne Detmers

""" + SIG['yvonne'] + FOOT_DE
    ad = docx(['# Sachbearbeiter (m/w/d) Leistungsprüfung Krankenversicherung',
               'Weserbogen Krankenversicherung AG, Minden - Vollzeit oder Teilzeit (ab 30 Std.), unbefristet',
               '# Ihre Aufgaben',
               'Sie prüfen Arzt-, Zahnarzt- und Krankenhausrechnungen unserer Versicherten nach GOÄ, GOZ und '
               'Krankenhausentgeltgesetz und entscheiden über die Erstattung.',
               'Sie beurteilen Heil- und Kostenpläne, Hilfsmittelverordnungen und Anträge auf Kostenübernahme '
               '(z. B. Rehabilitation, Psychotherapie) - bei medizinischen Fragen gemeinsam mit unseren Beratungsärzten.',
               'Sie beantworten Fragen unserer Kundinnen und Kunden telefonisch und schriftlich.',
               '# Ihr Profil',
               'Abgeschlossene Ausbildung als Kauffrau/-mann für Versicherungen und Finanzanlagen, Medizinische/r '
               'Fachangestellte/r oder vergleichbar. Kenntnisse in medizinischer Terminologie und ICD-10 sind ein Plus.',
               'Sorgfalt im Umgang mit Gesundheitsdaten ist für Sie selbstverständlich.',
               '# Wir bieten',
               'Gleitzeit, mobiles Arbeiten bis 60 %, 30 Tage Urlaub, JobRad, Kantine, betriebliche Altersversorgung.',
               'Kennziffer KV-LP-0226 - Bewerbung über karriere.weserbogen.example'],
              title='Stellenanzeige KV-LP-0226', author='Yvonne Detmers', when='2026-01-22T10:15:00Z')
    return build(7, A('yvonne'), 'Jörg Pahmeyer <anzeigen@stellenmarkt-owl.example>',
                 'Anzeige Sachbearbeiter Leistung KV - Kennziffer KV-LP-0226', D(2026, 1, 22, 11, 30), body=body,
                 atts=[Att('Anzeige_KV-LP-0226.docx', ad, DOCX_T)])


# --- 8 -------------------------------------------------------------------
@mail(8, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'guarantee of payment to a Turkish hospital for a named insured with date of birth, appendicitis diagnosis quoted')
def _():
    body = """Dear Mr Yıldız,

thank you for your quick notification.

We confirm that Mr Heinz-Dieter Wolters, born 14.08.1957, holds a valid
travel health insurance with us (policy RK 5520174, cover period
01.01.2026 - 31.12.2026, worldwide excluding USA/Canada).

Guarantee of payment
We guarantee payment for the medically necessary inpatient treatment of
the acute appendicitis you described, including the laparoscopic
appendectomy, up to EUR 9,500.00 (nine thousand five hundred euros).
Please contact us before exceeding this amount. Not covered are private
extras such as a companion bed, telephone or minibar; please bill these
to the patient directly.

Please send us
- the discharge report in English (diagnosis, operation report,
  histology if available),
- the itemised final invoice, addressed to Weserbogen Krankenversicherung
  AG, International Desk, quoting our case number A-26-0094,
- your assessment whether Mr Wolters is fit to fly on his booked return
  flight AYT-HAJ on 09 February, or when he will be.

Our 24/7 line is +49 571 8890-7700 if anything changes.

Best regards,

""" + SIG['emily'] + """

________________________________
From: International Patient Office <intpatient@akdeniz-hospital.example>
Sent: Tuesday, February 3, 2026 11:48 AM
To: Assistance <assistance@weserbogen.example>
Subject: Patient Wolters Heinz-Dieter / admission notice

Dear Sir or Madam,

we are informing that your insured Mr. WOLTERS HEINZ-DIETER (D.O.B.
14.08.1957) is admitted to our hospital today 03.02.2026 at 06:20 with
acute abdominal pain since night. Ultrasound and blood test done,
leukocytes 16.800. Diagnose: acute appendicitis (K35.8), surgery
laparoscopic is planned for today afternoon. Estimated cost 7.800 EUR
incl. 3 days room.

Kindly requesting the guarantee of payment as soon as possible.

Best regards
Emre Yıldız
International Patient Office
Akdeniz Private Hospital Antalya
""" + FOOT_EN
    return build(8, A('emily'), 'International Patient Office <intpatient@akdeniz-hospital.example>',
                 'RE: Patient Wolters Heinz-Dieter / admission notice - Guarantee of Payment A-26-0094',
                 D(2026, 2, 3, 12, 26), body=body, cc='Assistance <assistance@weserbogen.example>',
                 headers=[('Importance', 'high'), ('X-Priority', '1')])


# --- 9 -------------------------------------------------------------------
@mail(9, 'CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'only in the XLSX: named policyholder, address, phone and stolen-goods list of a household burglary; body has claim number only')
def _():
    body = """Hallo Herr Kettelhake,

zum Einbruchdiebstahl Hausrat, Schaden 26-HR-01233, schicke ich Ihnen die
Stehlgutliste, die wir heute erhalten haben (Excel anbei). Die
Kontaktdaten der VN stehen im zweiten Blatt.

Bitte vereinbaren Sie den Ortstermin direkt mit der VN; sie ist ab 16 Uhr
telefonisch gut erreichbar. Mich interessieren vor allem die Positionen
Schmuck und die Kamera - da fehlen bisher Belege.

Danke und Gruß
Friederike Aschoff

""" + SIG['friederike'] + FOOT_DE
    rows = [['Pos.', 'Gegenstand', 'Anschaffung', 'Neupreis EUR', 'Beleg vorhanden'],
            [1, 'Notebook Lenovo ThinkPad X1 Carbon', '2024', 1849.00, 'ja'],
            [2, 'Systemkamera Sony Alpha 6400 mit Objektiv 18-135', '2022', 1299.00, 'nein'],
            [3, 'Goldkette 585, ca. 45 cm (Erbstück)', 'unbekannt', 950.00, 'nein'],
            [4, 'Ring Weißgold mit Brillant 0,25 ct', '2019', 1480.00, 'Foto'],
            [5, 'Spielekonsole PlayStation 5 + 2 Controller', '2023', 629.00, 'ja'],
            [6, 'Bargeld', '', 340.00, '-'],
            [7, 'Armbanduhr Junghans Max Bill', '2021', 745.00, 'ja'],
            ['', 'Summe', '', 7292.00, '']]
    contact = [['Schaden-Nr.', '26-HR-01233'],
               ['Versicherungsnehmerin', 'Kerstin Bödeker'],
               ['Risikoanschrift', 'Sandtrift 41, 32425 Minden'],
               ['Telefon', '0571 5550 3318 (ab 16 Uhr)'],
               ['Vertrag', 'HR 6604218 - Hausrat Premium, VS 78.000 EUR'],
               ['Schadentag', '24.01.2026, zwischen 09:00 und 17:30 Uhr'],
               ['Polizei', 'PI Minden, Tgb.-Nr. 260124-0937']]
    return build(9, A('friederike'), 'Sachverständigenbüro Kettelhake <info@sv-kettelhake.example>',
                 'Schaden 26-HR-01233 - Stehlgutliste / Ortstermin', D(2026, 1, 28, 10, 3), body=body,
                 atts=[Att('Stehlgutliste_26-HR-01233.xlsx',
                           xlsx([('Stehlgut', rows), ('Kontakt', contact)], title='Stehlgutliste',
                                author='Kerstin Bödeker', when='2026-01-27T19:40:00Z'), XLSX_T)])


# --- 10 ------------------------------------------------------------------
@mail(10, 'NORMAL', 'de', 'internal',
      'trap: IT ticket about the mailroom scanner skewing Arztrechnungen/Rezepte, no document or person named')
def _():
    body = """Hallo zusammen,

kurzer Zwischenstand zu INC-2026-01187 ("Scanner Poststelle zieht schief
ein"):

- Betroffen ist nur der Kodak i4850 in der Poststelle (Gerät PS-SCN-02).
- Bei dünnem Papier (Kassenbons, Apothekenrezepte, manche Arztrechnungen
  auf Recyclingpapier) zieht der Einzug schräg, die OCR erkennt dann die
  GOÄ-Ziffern und Beträge schlecht. Die Dokumente landen korrekt in der
  Klärungsqueue, gehen also nicht verloren.
- Die Einzugsrollen sind laut Zähler bei 410.000 Blatt, Wechsel ist bei
  400.000 fällig. Der Techniker kommt Mittwoch 8 Uhr.

Bis dahin bitte dünne Belege über PS-SCN-01 scannen oder im Trägerblatt
einlegen. Ich melde mich, wenn das Gerät wieder freigegeben ist.

Gruß
Kai-Uwe

""" + SIG['kai']
    return build(10, '"IT-Servicedesk" <servicedesk@weserbogen.example>',
                 'Poststelle <poststelle@weserbogen.example>',
                 '[INC-2026-01187] Scanner Poststelle zieht Belege schief ein - Zwischenstand', D(2026, 2, 2, 13, 48),
                 body=body, cc='Leistung KV Teamleitung <kv-leitung@weserbogen.example>',
                 headers=[('X-Ticket-ID', 'INC-2026-01187'), ('Auto-Submitted', 'no')])


# --- 11 ------------------------------------------------------------------
@mail(11, 'NORMAL', 'en', 'newsletter',
      'trap: English customer newsletter on travel health cover (hospital, repatriation, pre-existing conditions), no person')
def _():
    text = """Weserbogen - News for our English-speaking customers
Spring 2026

TRAVELLING ABROAD THIS EASTER? FIVE THINGS TO KNOW ABOUT YOUR TRAVEL HEALTH COVER

1. Your European Health Insurance Card is not enough.
   The EHIC only covers what a local public patient would get. Private
   clinics, co-payments and the flight home are not included.

2. Repatriation is covered when it is medically sensible.
   If you fall ill on holiday, our doctors decide together with the
   treating hospital whether you should be flown home. You do not pay for
   the ambulance jet.

3. Call us before you go to hospital, if you can.
   Our 24/7 emergency line +49 571 8890-7700 finds a suitable hospital and
   usually sends a guarantee of payment directly, so you do not have to
   pay up front.

4. Pre-existing conditions.
   Acute worsening of a known condition abroad is covered. Trips made in
   order to get treatment are not.

5. Keep receipts - in any language.
   Send invoices via the Weserbogen app. We accept English, Spanish,
   Italian, French and Turkish documents without translation.

Not insured yet? Travel health cover starts at EUR 14.90 a year per person.
More: https://www.weserbogen.example/en/travel

You receive this newsletter because you subscribed at weserbogen.example.
Unsubscribe: https://www.weserbogen.example/newsletter/unsubscribe
Weserbogen Versicherung AG, Am Weserbogen 12, 32423 Minden, Germany
"""
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Weserbogen News - Spring 2026</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1d2b36;max-width:640px;margin:auto">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5c7a;color:#fff;padding:18px">
<h1 style="margin:0;font-size:22px">Weserbogen - News for our English-speaking customers</h1>
<p style="margin:4px 0 0">Spring 2026</p></td></tr></table>
<h2 style="color:#0b5c7a">Travelling abroad this Easter? Five things to know about your travel health cover</h2>
<ol>
<li><b>Your European Health Insurance Card is not enough.</b> The EHIC only covers what a local public patient would get. Private clinics, co-payments and the flight home are not included.</li>
<li><b>Repatriation is covered when it is medically sensible.</b> If you fall ill on holiday, our doctors decide together with the treating hospital whether you should be flown home. You do not pay for the ambulance jet.</li>
<li><b>Call us before you go to hospital, if you can.</b> Our 24/7 emergency line <a href="tel:+4957188907700">+49 571 8890-7700</a> finds a suitable hospital and usually sends a guarantee of payment directly.</li>
<li><b>Pre-existing conditions.</b> Acute worsening of a known condition abroad is covered. Trips made in order to get treatment are not.</li>
<li><b>Keep receipts - in any language.</b> Send invoices via the Weserbogen app. We accept English, Spanish, Italian, French and Turkish documents without translation.</li>
</ol>
<p style="background:#eef6f9;padding:12px">Not insured yet? Travel health cover starts at <b>EUR&nbsp;14.90</b> a year per person.
<a href="https://www.weserbogen.example/en/travel">Find out more</a></p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed at weserbogen.example.
<a href="https://www.weserbogen.example/newsletter/unsubscribe">Unsubscribe</a><br>
Weserbogen Versicherung AG, Am Weserbogen 12, 32423 Minden, Germany</p>
</body></html>
"""
    return build(11, 'Weserbogen News <newsletter@weserbogen.example>',
                 'newsletter-en@lists.weserbogen.example', 'Travelling this Easter? 5 things about your travel health cover',
                 D(2026, 3, 10, 7, 0), body=text, html=html,
                 headers=[('List-Unsubscribe', '<https://www.weserbogen.example/newsletter/unsubscribe>'),
                          ('Precedence', 'bulk')])


# --- 12 ------------------------------------------------------------------
@mail(12, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'cost coverage for a named patient with birth date: hip replacement for coxarthrosis (M16.1), chief physician treatment')
def _():
    body = """Sehr geehrte Damen und Herren,

für die stationäre Behandlung unserer Versicherten

  Frau Renate Pöttker, geb. 03.05.1949
  Versicherungsnummer KV 1187735-01, Tarif StatPlus 1 (Ein-/Zweibettzimmer, Chefarzt)

geplante Aufnahme am 09.02.2026 in der Klinik für Orthopädie und
Unfallchirurgie, Einweisungsdiagnose Coxarthrose rechts (M16.1),
geplanter Eingriff Hüft-TEP rechts,

übernehmen wir die Kosten der allgemeinen Krankenhausleistungen sowie
die Wahlleistungen Zweibettzimmer und ärztliche Wahlleistung
(Chefarztbehandlung) im tariflichen Umfang. Die Kostenübernahme gilt für
einen Aufenthalt von bis zu 12 Tagen; eine Verlängerung teilen Sie uns
bitte mit kurzer medizinischer Begründung mit.

Die Rechnungen senden Sie bitte direkt an uns (Direktabrechnung,
IK 168140217). Die Wahlleistungsvereinbarung mit Frau Pöttker liegt uns
in Kopie vor.

Mit freundlichen Grüßen

""" + SIG['gesine'] + FOOT_DE
    return build(12, A('gesine'), 'Patientenverwaltung Krankenhaus Lindenhöhe <patientenaufnahme@kh-lindenhoehe.example>',
                 'Kostenübernahme Pöttker, Renate - Aufnahme 09.02.2026', D(2026, 2, 4, 9, 55), body=body)


# --- 13 ------------------------------------------------------------------
@mail(13, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'cargo claim of a UK importer with named contact person, policy and claim numbers; no health content')
def _():
    body = """Giles,

quick update on the Thistle & Crane loss before your call with Harriet
Cole tomorrow.

Insured:      Thistle & Crane Homewares Ltd, Leicester
Policy:       Open Cover WB-MC-2024-0193 (ICC (A), warehouse to warehouse)
Our claim:    MC-26-0042
Conveyance:   MSKU 704418-3, Hamburg -> Felixstowe, arr. 19 Jan 2026
Loss:         water ingress, 41 of 236 cartons porcelain tableware
              wet/broken, invoice value GBP 18,420.00

We have instructed Pemberley Marine Surveyors (Graham Tolley) to attend
at the consignee's warehouse on Thursday. Please ask Mrs Cole to keep the
damaged cartons and the container seal until then and to lodge a written
notice of claim with the carrier within the three days - that protects
the recovery.

Reserve is set at GBP 18,400. No admission of liability from our side
until the survey is in, as usual, but nothing I've seen so far worries
me coverage-wise.

Best,
Priya

""" + SIG['priya'] + FOOT_EN
    return build(13, A('priya'), 'Giles Pemberton <giles.pemberton@harbourfinch.example>',
                 'Thistle & Crane - water damage Felixstowe - our ref MC-26-0042', D(2026, 1, 21, 16, 18), body=body,
                 cc='Marine Claims <marine-claims@weserbogen.example>')


# --- 14 ------------------------------------------------------------------
@mail(14, 'NORMAL', 'de', 'internal',
      'trap: water damage in the archive room with health claim files (Leistungsakten KV), no person or file named')
def _():
    body = """Moin zusammen,

heute Nacht ist im UG an der Fallleitung vor Archivraum U.07 eine
Muffe undicht geworden. Der Hausmeister hat das um 6:10 Uhr entdeckt, das
Wasser ist abgestellt, die Firma Grotefeld ist schon da.

Betroffen:
- Regalreihe 3 und 4, unterstes Fach: Leistungsakten Kranken
  Jahrgänge 2012 bis 2014 (Papierakten vor der Digitalisierung),
- ca. 30 Umzugskartons der Registratur Leben.

Die nassen Kartons stehen jetzt auf Paletten im Raum U.09 (abgeschlossen,
Schlüssel nur beim Empfang gegen Unterschrift). Die Firma Aquatec holt
sie morgen zur Vakuum-Gefriertrocknung ab. Datenschutz (Frau Lammers) ist
informiert, Transport und Trocknung laufen über den bestehenden AV-Vertrag.

Bitte den Raum U.07 bis auf Weiteres nicht betreten, die Trockner laufen
ca. 10 Tage. Fragen gern an mich.

Gruß
Ralf

""" + SIG['ralf']
    return build(14, A('ralf'), 'Leitung Leistung KV <kv-leitung@weserbogen.example>',
                 'Wasserschaden Archiv UG (Raum U.07)', D(2026, 2, 5, 7, 31), body=body,
                 cc='Registratur <registratur@weserbogen.example>, ' + A('heike'))


# --- 15 ------------------------------------------------------------------
@mail(15, 'STRICTLY_CONFIDENTIAL', 'en', 'hospital',
      'only in the forwarded message/rfc822: Thai hospital report on a named insured with dengue fever and platelet counts')
def _():
    inner_body = """Dear Weserbogen Assistance Team,

Refer to your case A-26-0311, please find medical update of your
insured person as below.

Patient name : Ms. Lena Brakhage
Age / Sex    : 29 y / F
HN           : 26-004417
Admit date   : 02 Feb 2026, 22.40

Chief complaint: high fever 39.8 C since 3 days, headache, pain behind
eyes, muscle pain. Patient stay in Kata area, many mosquito.
Lab: Dengue NS1 antigen positive. Platelet 02 Feb 96,000 -> 04 Feb
38,000 /uL. Hct 44%.
Diagnosis: Dengue fever with warning signs (A97.1).
Treatment: IV fluid, paracetamol, monitor platelet twice a day. No
bleeding sign until now.

Doctor opinion: patient need to stay admit at least 3-4 days more until
platelet going up. Not fit to fly before platelet > 100,000 and no fever
48 hrs. Estimated cost until now THB 84,300.

Please kindly confirm guarantee for extend stay.

Best regards,
Suda Chaiyaporn (Ms.)
International Insurance Coordinator
Andaman Bay International Hospital, Phuket
Tel +66 76 555 0148
"""
    inner = build(15, 'Suda Chaiyaporn <insurance@andamanbay-hospital.example>',
                  'Assistance <assistance@weserbogen.example>',
                  'Medical update case A-26-0311 / Ms. Lena Brakhage', D(2026, 2, 4, 9, 17),
                  body=inner_body, sub='inner', mid_host='andamanbay-hospital.example')
    body = """Thomas,

the medical update from Phuket for case A-26-0311 is attached. Could you
have a look before 3 pm? The hospital wants an extension of the guarantee
and I need your view on the fit-to-fly criteria they set - her return
flight is on Saturday.

Thanks,
Emily

""" + SIG['emily']
    return build(15, A('emily'), A('egger'), 'FW: Medical update case A-26-0311', D(2026, 2, 4, 9, 52),
                 body=body, atts=[Att('Medical update case A-26-0311.eml', inner, 'message/rfc822')])


# --- 16 ------------------------------------------------------------------
@mail(16, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'buildings water damage of a named customer: claim number, address, appointment with the loss adjuster (ICS)')
def _():
    body = """Sehr geehrter Herr Krome,

wie heute Vormittag telefonisch besprochen, kommt unser Sachverständiger
Herr Dipl.-Ing. Uwe Kettelhake am

   Dienstag, 10.02.2026, zwischen 10:00 und 11:00 Uhr

zu Ihnen in den Kuhlenkamp 14, 32425 Minden, um den Leitungswasserschaden
im Badezimmer und in der darunterliegenden Küche aufzunehmen
(Schaden-Nr. 26-WG-00388, Wohngebäudeversicherung WG 2290461).

Eine Kalendereinladung hängt an. Bitte halten Sie, wenn vorhanden, die
Rechnung des Installateurs über die Leckortung und Fotos vom Zustand
direkt nach dem Schaden bereit. Mit der Trocknung können Sie schon
beginnen; die Kosten dafür sind versichert.

""" + SIG['friederike'] + FOOT_DE
    cal = ics('d193-0016-wg00388@weserbogen.example', 'Ortstermin Leitungswasserschaden 26-WG-00388',
              '20260210T100000', '20260210T110000', E('friederike'),
              ['m.krome@t-mail.example', 'info@sv-kettelhake.example'], 'Kuhlenkamp 14, 32425 Minden',
              'Besichtigung durch SV Kettelhake. Schaden-Nr. 26-WG-00388.')
    return build(16, A('friederike'), 'Matthias Krome <m.krome@t-mail.example>',
                 'Ortstermin Sachverständiger am 10.02. - Ihr Schaden 26-WG-00388', D(2026, 2, 5, 11, 46),
                 body=body, cc='info@sv-kettelhake.example',
                 atts=[Att('Ortstermin.ics', cal, 'text/calendar', params={'method': 'REQUEST'})])


# --- 17 ------------------------------------------------------------------
@mail(17, 'NORMAL', 'en', 'internal',
      'trap: desk rota for St Patrick\'s Day and Easter, mentions medical emergency calls but no case or person health')
def _():
    body = """Hi all,

a few practical things for March/April so nobody gets caught out:

* Tue 17 March (St Patrick's Day): Lakeshore's Dublin overflow team is
  off, so English-language calls after 6 pm go to Chicago directly. No
  action needed from us, but expect slower call-backs that evening.
* Good Friday to Easter Monday: on-call from our side is Emily (Fri/Sat)
  and me (Sun/Mon). Marta is on leave 30 March - 10 April.
* If a medical emergency call comes in on the desk line during office
  hours, don't try to sort it out yourselves - transfer to 7700 and log
  the call in the case tool. The escalation sheet is in the Teams channel
  ("Emergency_Escalation_v7.pdf"), please re-read it once.
* Reminder: case details go into the case tool, not into Teams chats.

And yes, there will be cake on the 17th.

Owen

""" + SIG['owen']
    return build(17, A('owen'), 'International Desk <international@weserbogen.example>',
                 'Desk cover St Patrick\'s Day & Easter', D(2026, 3, 4, 16, 20), body=body)


# --- 18 ------------------------------------------------------------------
@mail(18, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'request to a GP for a medical report on a named BU claimant with birth date (herniated disc), with questionnaire DOCX')
def _():
    body = """Sehr geehrte Frau Dr. Sandmann,

Ihr Patient

  Herr Sven Hagedorn, geb. 21.09.1978, Hahler Weg 7a, 32427 Minden

hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung
(Vertrag BU 8810457-2) beantragt. Er gibt an, seit Oktober 2025 wegen
eines lumbalen Bandscheibenvorfalls mit Ausstrahlung ins linke Bein
arbeitsunfähig zu sein und seinen Beruf als Dachdecker nicht mehr
ausüben zu können.

Für die Prüfung bitten wir Sie um einen ärztlichen Bericht anhand des
beigefügten Fragebogens, insbesondere zu Befunden (MRT), bisheriger
Therapie und Prognose. Eine Schweigepflichtentbindung von Herrn
Hagedorn für Sie liegt uns vor; eine Kopie schicken wir Ihnen auf
Wunsch gern per Post.

Für den Bericht vergüten wir Ihnen 55,00 EUR zzgl. Auslagen. Bitte
senden Sie ihn per Post oder Fax an die unten genannte Anschrift bzw.
Nummer, nicht per unverschlüsselter E-Mail.

Mit freundlichen Grüßen

""" + SIG['sabine'] + FOOT_DE
    form = docx(['# Weserbogen Lebensversicherung AG - Ärztlicher Bericht zur Berufsunfähigkeit',
                 'Patient: Sven Hagedorn, geb. 21.09.1978 - Vertrag BU 8810457-2',
                 '1. Seit wann behandeln Sie den Patienten und weshalb?',
                 '2. Welche Diagnosen bestehen (bitte mit ICD-10)? Bekannt: M51.1 lumbaler Bandscheibenvorfall mit Radikulopathie.',
                 '3. Welche Befunde liegen vor (Bildgebung, neurologischer Status, Lasègue)?',
                 '4. Welche Therapie erfolgte bisher (Medikation, Physiotherapie, Injektionen, OP-Indikation)?',
                 '5. Seit wann besteht Arbeitsunfähigkeit?',
                 '6. Welche Tätigkeiten sind aus Ihrer Sicht noch möglich (Heben, Tragen, Arbeiten über Kopf, auf Leitern)?',
                 '7. Wie beurteilen Sie die Prognose für die nächsten 6 Monate?',
                 'Ort, Datum, Stempel und Unterschrift der Ärztin / des Arztes'],
                title='Ärztlicher Bericht BU', author='Sabine Hölscher', when='2026-02-05T13:00:00Z')
    return build(18, A('sabine'), '"Praxis Dr. Sandmann" <praxis@dr-sandmann-minden.example>',
                 'Ärztlicher Bericht - Hagedorn, Sven, geb. 21.09.1978', D(2026, 2, 5, 14, 10), body=body,
                 atts=[Att('Fragebogen_BU_Hagedorn.docx', form, DOCX_T)])


# --- 19 ------------------------------------------------------------------
@mail(19, 'NORMAL', 'de', 'internal',
      'trap: minutes of the data-protection jour fixe about mailing health data, incident counts only')
def _():
    body = """Hallo zusammen,

anbei das Protokoll unseres Jour fixe vom Dienstag. Die Aufgaben sind
gelb markiert; bitte bis zum nächsten Termin (17.03.) erledigen.

Besonders wichtig: Ab 01.04. schicken wir Arztanfragen ins Ausland nur
noch über das Portal oder verschlüsselt. Das International Desk stellt
dafür eine englische Textvorlage bereit.

Viele Grüße
Heike Lammers

""" + SIG['heike']
    doc = docx(['# Protokoll Jour fixe Datenschutz - 10.02.2026',
                'Teilnehmende: Datenschutz, IT-Sicherheit, Leistung KV, Leistung Leben/BU, International Desk, Kundenservice',
                '# TOP 1 Datenschutzvorfälle Q4/2025',
                'Gemeldet wurden 5 Vorfälle: 3 Fehlversendungen per E-Mail (falscher Empfänger, Autovervollständigung), '
                '1 Brief an alte Anschrift, 1 verlorener USB-Stick (verschlüsselt). Keine Meldung an die Aufsicht erforderlich; '
                'die Bewertung liegt im Vorfallregister.',
                '# TOP 2 E-Mail-Versand von Gesundheitsdaten',
                'Gesundheitsdaten (Diagnosen, Arztberichte, Rechnungen) gehen nur verschlüsselt oder über das Portal hinaus. '
                'Einwilligung der Kunden zur TLS-Übertragung wird im Portal dokumentiert. Aufgabe: Kundenservice prüft die Textbausteine.',
                '# TOP 3 Auslandskorrespondenz',
                'Ärzte und Kliniken im Ausland schicken Befunde oft unverschlüsselt. Antworten mit Diagnosen künftig über das '
                'Portal oder per S/MIME; International Desk erstellt eine englische Vorlage (Aufgabe: Fitzgerald, bis 01.03.).',
                '# TOP 4 Löschkonzept Papierakten',
                'Nach dem Wasserschaden im Archiv: Prüfen, welche Jahrgänge ohnehin löschreif sind (Aufgabe: Registratur).',
                ('table', [['Aufgabe', 'Verantwortlich', 'Termin'],
                           ['Textbausteine Einwilligung', 'Kundenservice', '17.03.2026'],
                           ['Englische Vorlage Arztanfrage', 'International Desk', '01.03.2026'],
                           ['Löschkonzept Altakten', 'Registratur', '17.03.2026']])],
               title='Protokoll JF Datenschutz 2026-02-10', author='Heike Lammers', when='2026-02-11T09:00:00Z')
    return build(19, A('heike'), 'JF Datenschutz <jf-datenschutz@weserbogen.example>',
                 'Protokoll Jour fixe Datenschutz 10.02.2026', D(2026, 2, 11, 9, 24), body=body,
                 atts=[Att('Protokoll_JF_Datenschutz_2026-02-10.docx', doc, DOCX_T)])


# --- 20 ------------------------------------------------------------------
@mail(20, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'trip cancellation because the named customer\'s mother had a stroke: health information about a relative')
def _():
    body = """Dear Mr Mulholland,

I was very sorry to read about your mother. I hope she is making good
progress in Sligo.

Your trip cancellation cover (policy RR 3381026, annual cover for you
and your partner) pays cancellation costs when a close relative falls
seriously ill unexpectedly. A stroke clearly falls under this, and your
mother is a close relative in the sense of the conditions, so the claim
is covered in principle. I've registered it under RR-26-00219.

To settle it I need two documents:

1. A short certificate from the hospital or your mother's GP confirming
   that she was admitted on 7 February with a stroke, and that the
   illness made you cancel - the standard form is attached, but a letter
   on hospital paper saying the same is fine. It can be in English.
2. The cancellation invoice from the tour operator for the Lisbon
   package (you mentioned EUR 1,840 for both of you).

Your cover has a deductible of 20 % of the cancellation costs, so on
EUR 1,840 we would pay EUR 1,472.

Please send the documents via our portal rather than by e-mail, as they
contain medical information. If you haven't registered yet, the link is
in the letter we posted to you today.

Kind regards,
Owen

""" + SIG['owen'] + FOOT_EN
    form = pdf(['# Weserbogen Versicherung AG - Medical certificate for trip cancellation',
                'Claim RR-26-00219 / Policy RR 3381026',
                '',
                'To be completed by the treating physician (English or German).',
                '',
                'Patient name: ____________________________   Date of birth: ______________',
                'Relationship to the insured person: ______________________________________',
                'Date of onset of illness / accident: ______________',
                'Date of first treatment: ______________   Inpatient from ________ to ________',
                'Diagnosis (please also give ICD-10 if possible): ___________________________',
                'Was the illness known before the trip was booked?   [ ] yes   [ ] no',
                'Physician\'s stamp and signature: ________________________________________'],
               'Medical certificate RR')
    return build(20, A('owen'), 'Ciarán Mulholland <ciaran.mulholland@eircommail.example>',
                 'Your cancelled Lisbon trip - claim RR-26-00219', D(2026, 2, 12, 10, 8), body=body,
                 atts=[Att('Medical_certificate_trip_cancellation.pdf', form, 'application/pdf')])


# --- 21 ------------------------------------------------------------------
@mail(21, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'personal liability claim of a named customer (dropped a friend\'s TV), claim number, mobile mail quoted')
def _():
    body = """Hallo Herr Ostermeier,

danke für die schnelle Meldung - so etwas passiert beim Umzug leider
öfter, als man denkt.

Ich habe den Schaden aus Ihrer Privathaftpflicht (PH 5503318) unter der
Nummer 26-PH-00612 angelegt. Damit ich den Schaden Ihres Freundes, Herrn
Timo Brandt, regulieren kann, brauche ich:

- ein Foto des Fernsehers (gern auch vom Typenschild),
- die Kaufrechnung oder zumindest das Kaufjahr,
- einen Kostenvoranschlag einer Werkstatt ODER eine kurze Bestätigung,
  dass sich eine Reparatur nicht lohnt.

Hinweis: Bei Geräten, die älter als zwei Jahre sind, erstatten wir den
Zeitwert, nicht den Neupreis. Herr Brandt kann mir die Unterlagen auch
direkt schicken; bitte dabei die Schadennummer angeben.

""" + SIG['lukas'] + """

Am 14.02.2026 um 22:47 schrieb Jan Ostermeier <jan.ostermeier@web-post.example>:
> Hallo,
> hab beim umzug von meinem kumpel heute den fernseher fallen lassen
> (samsung 55 zoll), display hat jetzt nen riss quer durch. zahlt das
> meine haftpflicht?? er wohnt in bückeburg, timo brandt, ich schick
> euch gern seine nummer
> lg jan
>
> Von meinem iPhone gesendet
""" + FOOT_DE
    return build(21, A('lukas'), 'Jan Ostermeier <jan.ostermeier@web-post.example>',
                 'AW: fernseher kaputt beim umzug', D(2026, 2, 16, 8, 37), body=body,
                 irt='<A1C7E0B2-3F11-4D0B-8E7C-61F0D8A2B9C4@web-post.example>')


# --- 22 ------------------------------------------------------------------
@mail(22, 'NORMAL', 'en', 'insurer-to-company',
      'trap: generic claims guide for a corporate expat health plan (pre-authorisation, hospitals, dental), no member named')
def _():
    body = """Dear Claudia,

as promised after our call, attached is the updated claims guide for the
WB Global Care plan. Feel free to put it on your intranet or hand it to
assignees in their welcome pack - it doesn't contain anything personal.

Main changes for 2026:
- Claims can now be submitted in the app in any currency; we pay in EUR,
  USD, SGD, AED or GBP.
- Pre-authorisation is needed for planned inpatient treatment, MRI/CT
  above the local threshold and any treatment in the USA.
- Direct billing is now available at 41 hospitals in Singapore,
  Shanghai, Dubai and Houston.
- Dental: the 12-month waiting period is waived for assignees who join
  within 30 days of their start date.

If individual employees have questions about their own claims, please
ask them to contact us directly (expat-claims@weserbogen.example) rather
than going through HR - that keeps their health data out of your
mailboxes.

Best regards
Ole Jansen

""" + SIG['ole'] + FOOT_EN
    guide = pdf(['# WB Global Care - Claims Guide 2026',
                 'For employees of Ravensberg Maschinenbau GmbH on international assignment',
                 '',
                 '# 1. Outpatient treatment',
                 'Pay the doctor, keep the itemised invoice, upload a photo in the Weserbogen app.',
                 'We reimburse within 10 working days. Invoices in English, French, Spanish or Chinese need no translation.',
                 '# 2. Planned hospital stays',
                 'Ask for pre-authorisation at least 5 working days before admission.',
                 'At our direct-billing hospitals you only show your membership card.',
                 '# 3. Emergencies',
                 'Call +49 571 8890-7700 (24/7). Our assistance partner arranges admission and payment guarantees.',
                 '# 4. Dental and vision',
                 'Dental treatment 90 %, orthodontics for children up to 18 at 80 %, glasses and lenses up to EUR 300 every 2 years.',
                 '# 5. Maternity',
                 'Prenatal care and delivery are covered after 10 months of membership.',
                 '# 6. What is not covered',
                 'Treatment in the USA without pre-authorisation (benefit reduced to 50 %), cosmetic treatment,',
                 'experimental treatment, treatment that was the purpose of the trip.',
                 '',
                 'Questions: expat-claims@weserbogen.example   Emergency: +49 571 8890-7700'],
                'WB Global Care Claims Guide 2026', compress=True)
    return build(22, A('ole'), 'Claudia Wittkamp <claudia.wittkamp@ravensberg-mb.example>',
                 'WB Global Care - claims guide 2026 for your assignees', D(2026, 2, 9, 15, 3), body=body,
                 atts=[Att('WB_Global_Care_Claims_Guide_2026.pdf', guide, 'application/pdf')])


# --- 23 ------------------------------------------------------------------
@mail(23, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'life insurance of a named customer: beneficiary change to a named partner with birth date (personal line)')
def _():
    body = """Sehr geehrter Herr Rasche,

Ihr Schreiben vom 09.02.2026 ist bei uns eingegangen. Wie gewünscht
haben wir das Bezugsrecht für den Todesfall in Ihrer
Risikolebensversicherung

  Vertrag LV 7720431-5, Versicherungssumme 180.000 EUR

mit Wirkung zum 12.02.2026 geändert. Bezugsberechtigt im Todesfall ist
jetzt

  Frau Nadine Kruse, geb. 11.02.1985 (Lebensgefährtin),

und zwar widerruflich. Das bisherige Bezugsrecht zugunsten Ihrer
geschiedenen Ehefrau ist damit erloschen. Eine Bestätigung mit dem
aktuellen Stand des Vertrages erhalten Sie zusätzlich per Post.

Bitte denken Sie daran: Ein widerrufliches Bezugsrecht können Sie
jederzeit wieder ändern; dafür genügt eine schriftliche Mitteilung an
uns.

Freundliche Grüße

""" + SIG['melanie'] + FOOT_DE
    return build(23, A('melanie'), 'Marco Rasche <marco.rasche@online-mail.example>',
                 'Ihre Lebensversicherung LV 7720431-5 - Änderung des Bezugsrechts', D(2026, 2, 12, 11, 19),
                 body=body)


# --- 24 ------------------------------------------------------------------
@mail(24, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor insurance of a named US couple: registration, policy number, driver\'s date of birth, US claims history')
def _():
    body = """Dear Mr Caldwell,

thank you for the documents. Here's where we are with the motor policy
for your Ford Kuga:

Policy:        KF 4490318 (liability + comprehensive, EUR 500 excess)
Registration:  MI-BC 724
Drivers:       you and Mrs Megan Caldwell (date of birth 1987-06-19)

No-claims class: German insurers normally start a driver without a
German record in class SF 0. We can recognise foreign driving
experience, though. With a letter from your previous insurer confirming
claims-free years, we can place the policy in SF 4 (you) instead of
SF 0, which roughly halves the premium.

The letter from Prairie Mutual Auto you sent confirms coverage from
2019 to 2025, but it doesn't say "no claims" anywhere. Could you ask
them for a "claims experience letter" (or "loss history report") showing
the period and the absence of at-fault claims? A PDF by e-mail is fine;
it doesn't need an apostille.

Until then the policy runs provisionally in SF 0 and we'll correct the
premium back to the start date once we have the letter.

Best regards,
Owen

""" + SIG['owen'] + FOOT_EN
    return build(24, A('owen'), 'Brandon Caldwell <b.caldwell@prairiemail.example>',
                 'Car insurance Ford Kuga MI-BC 724 - US driving record', D(2026, 2, 17, 14, 2), body=body,
                 cc='Megan Caldwell <megan.caldwell@prairiemail.example>')


# --- 25 ------------------------------------------------------------------
@mail(25, 'NORMAL', 'de', 'internal',
      'trap: aggregated health insurance benefit spending by ICD chapter (XLSX), no person')
def _():
    body = """Hallo Frau Kampmann,

wie für die Vorstandsvorlage angefragt: Leistungsausgaben der
Krankenvollversicherung 2025 nach ICD-Kapiteln der Hauptdiagnose, Vergleich
zu 2024. Grundlage sind ausschließlich aggregierte Daten aus dem DWH,
Zellen mit weniger als 20 Fällen sind in "Sonstige" zusammengefasst.

Auffällig: Kapitel V (psychische Störungen) +11,8 %, Kapitel II
(Neubildungen) +7,2 %, getrieben v. a. durch neue Onkologika. Kapitel XIII
(Muskel-Skelett) ist dagegen leicht rückläufig.

Die Zahlen sind vorläufig (Stand Buchungsschluss 31.01.2026).

Viele Grüße
Nadine Sievers

""" + SIG['nadine']
    rows = [['ICD-Kapitel', 'Bezeichnung', 'Leistungsfälle 2025', 'Ausgaben 2025 EUR', 'Ausgaben 2024 EUR', 'Veränderung %'],
            ['II', 'Neubildungen', 2140, 18422310, 17184905, 7.2],
            ['V', 'Psychische und Verhaltensstörungen', 3318, 9820412, 8783920, 11.8],
            ['IX', 'Krankheiten des Kreislaufsystems', 4975, 14102377, 13890210, 1.5],
            ['X', 'Krankheiten des Atmungssystems', 7811, 6211540, 6402118, -3.0],
            ['XIII', 'Muskel-Skelett-System und Bindegewebe', 9204, 16733091, 16950412, -1.3],
            ['XIX', 'Verletzungen, Vergiftungen', 3870, 8844120, 8391774, 5.4],
            ['', 'Sonstige Kapitel', 15522, 31488730, 30117004, 4.6],
            ['', 'Summe', 46840, 105622580, 101720343, 3.8]]
    return build(25, A('nadine'), 'Birgit Kampmann <birgit.kampmann@weserbogen.example>',
                 'Leistungsausgaben KV 2025 nach ICD-Kapitel (Vorstandsvorlage)', D(2026, 2, 18, 16, 44), body=body,
                 atts=[Att('KV_Leistungsausgaben_2025_ICD-Kapitel.xlsx',
                           xlsx([('ICD-Kapitel 2025', rows)], title='Leistungsausgaben KV 2025', author='Nadine Sievers',
                                when='2026-02-18T15:30:00Z'), XLSX_T)])

# --- 26 ------------------------------------------------------------------
@mail(26, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'only in the XLSX: group expat health enrolment of named employees and dependants with birth dates and individual exclusions')
def _():
    body = """Dear Claudia,

please find attached the processed enrolment list for the April
assignment wave (14 assignees plus family members). Column H shows the
status of each enrolment.

Two enrolments are still incomplete because the medical questionnaire is
missing. Could you remind the colleagues concerned? They can fill it in
online; the questionnaire goes straight to us and not to HR.

Where an individual exclusion applies, we have written to the member
directly with the details. HR only sees that an exclusion exists, not why.

Membership cards will be sent to the home addresses in Germany next week.

Best regards
Ole Jansen

""" + SIG['ole'] + FOOT_EN
    rows = [['Member no.', 'Surname', 'First name', 'Date of birth', 'Role', 'Destination', 'Start', 'Status'],
            ['GEX-418823-31', 'Borgmann', 'Tim', '1986-03-14', 'employee', 'Shanghai', '2026-04-01', 'accepted - standard terms'],
            ['GEX-418823-32', 'Borgmann', 'Yuki', '1988-11-02', 'spouse', 'Shanghai', '2026-04-01', 'accepted - standard terms'],
            ['GEX-418823-33', 'Borgmann', 'Emil', '2019-07-21', 'child', 'Shanghai', '2026-04-01', 'accepted - standard terms'],
            ['GEX-418823-34', 'Klatte', 'Rebecca', '1991-05-30', 'employee', 'Houston', '2026-04-15', 'accepted - individual exclusion (member informed)'],
            ['GEX-418823-35', 'Nolting', 'Jörg', '1972-01-09', 'employee', 'Dubai', '2026-04-01', 'accepted - premium loading 25 % (member informed)'],
            ['GEX-418823-36', 'Nolting', 'Sandra', '1974-08-17', 'spouse', 'Dubai', '2026-04-01', 'accepted - standard terms'],
            ['GEX-418823-37', 'Pohlmann', 'Kai', '1995-12-03', 'employee', 'Singapore', '2026-04-01', 'PENDING - medical questionnaire missing'],
            ['GEX-418823-38', 'Sahin', 'Deniz', '1989-02-26', 'employee', 'Singapore', '2026-04-01', 'accepted - standard terms'],
            ['GEX-418823-39', 'Sahin', 'Melis', '1990-10-11', 'spouse', 'Singapore', '2026-04-01', 'accepted - maternity waiting period waived'],
            ['GEX-418823-40', 'Tewes', 'Lars', '1983-06-05', 'employee', 'Houston', '2026-05-01', 'PENDING - medical questionnaire missing'],
            ['GEX-418823-41', 'Vahrenhorst', 'Ines', '1980-04-19', 'employee', 'Chennai', '2026-04-01', 'accepted - individual exclusion (member informed)'],
            ['GEX-418823-42', 'Wöhler', 'Finn', '1998-09-28', 'employee', 'Shanghai', '2026-04-01', 'accepted - standard terms'],
            ['GEX-418823-43', 'Yilmaz', 'Cem', '1987-07-07', 'employee', 'Dubai', '2026-04-01', 'accepted - standard terms'],
            ['GEX-418823-44', 'Zurheide', 'Anna', '1993-01-15', 'employee', 'Chennai', '2026-04-01', 'accepted - standard terms']]
    return build(26, A('ole'), 'Claudia Wittkamp <claudia.wittkamp@ravensberg-mb.example>',
                 'WB Global Care - enrolment April wave processed', D(2026, 3, 9, 13, 27), body=body,
                 atts=[Att('Ravensberg_enrolment_April2026_processed.xlsx',
                           xlsx([('Enrolment', rows)], title='Enrolment April 2026', author='Ole Jansen',
                                when='2026-03-09T12:10:00Z'), XLSX_T)])


# --- 27 ------------------------------------------------------------------
@mail(27, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'legal expenses cover confirmation for a named policyholder in a tenancy dispute, contract and claim numbers')
def _():
    body = """Sehr geehrte Frau Rechtsanwältin Oltmanns,

in der Mietsache Ihrer Mandantin

  Frau Sabine Eickhoff, Königswall 88, 32423 Minden
  ./. Hausverwaltung Stemmer & Partner GbR

erteilen wir Deckungszusage aus dem Rechtsschutzvertrag RS 2207745
(Baustein Wohnungs- und Grundstücksrechtsschutz) für die
außergerichtliche Interessenwahrnehmung wegen der Rückforderung der
Nebenkostenvorauszahlungen 2023 und 2024.

Unser Zeichen: 26-RS-00417
Selbstbeteiligung: 150 EUR
Gegenstandswert nach Ihren Angaben: 2.384,60 EUR

Für ein gerichtliches Verfahren bitten wir um erneute Anfrage mit
Klageentwurf. Bitte rechnen Sie Ihre Vergütung nach RVG unmittelbar mit
uns ab; Vorschüsse zahlen wir auf Anforderung.

""" + SIG['lukas'] + FOOT_DE
    return build(27, A('lukas'), '"Kanzlei Brandes & Oltmanns" <kanzlei@brandes-oltmanns.example>',
                 'Deckungszusage Eickhoff ./. Stemmer & Partner - Ihr Az. 14/26 OL - unser Zeichen 26-RS-00417',
                 D(2026, 2, 19, 10, 6), body=body)


# --- 28 ------------------------------------------------------------------
@mail(28, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: product information on a new dental supplementary tariff for brokers (implants, waiting periods, health questions)')
def _():
    body = """Liebe Maklerpartnerinnen und Maklerpartner,

zum 01.04.2026 führen wir unseren neuen Zahnzusatztarif DentaPlus ein.
Das Produktblatt hängt an, die Tarifrechner im Maklerportal sind ab
morgen freigeschaltet.

Die wichtigsten Punkte:
- 90 % für Zahnersatz inkl. Implantate und Inlays, auch bei bereits
  fehlenden Zähnen (max. 2 fehlende Zähne versicherbar, Zuschlag 10 %)
- 100 % für zwei professionelle Zahnreinigungen pro Jahr
- Kieferorthopädie für Kinder bis 18 Jahre: 80 % bis 1.500 EUR (KIG 1-2)
- keine Wartezeiten, Zahnstaffel nur in den ersten 4 Jahren
- nur 2 Gesundheitsfragen (laufende Behandlung? fehlende Zähne?)

Provision: 6 Monatsbeiträge, Stornohaftung 24 Monate wie gewohnt.

Fragen beantworte ich gern, am liebsten am Telefon.

""" + SIG['tobias'] + FOOT_DE
    sheet = pdf(['# DentaPlus - Zahnzusatzversicherung der Weserbogen Krankenversicherung AG',
                 'Produktinformation für Vermittler - Stand 04/2026',
                 '',
                 '# Leistungen',
                 'Zahnersatz (Kronen, Brücken, Prothesen, Implantate, Inlays): 90 % des Rechnungsbetrags',
                 'Zahnbehandlung (Kunststofffüllungen, Wurzel- und Parodontosebehandlung): 90 %',
                 'Professionelle Zahnreinigung: 100 %, bis 2 x jährlich',
                 'Kieferorthopädie bis 18 Jahre: 80 %, max. 1.500 EUR (KIG 1-2), KIG 3-5 Ergänzung zur GKV',
                 'Bleaching: 150 EUR alle 3 Jahre',
                 '',
                 '# Zahnstaffel (Höchstbeträge Zahnersatz/-behandlung)',
                 'Jahr 1: 1.000 EUR   Jahr 1-2: 2.000 EUR   Jahr 1-3: 3.000 EUR   Jahr 1-4: 4.000 EUR   danach unbegrenzt',
                 'Bei Unfall entfällt die Zahnstaffel.',
                 '',
                 '# Gesundheitsfragen',
                 '1. Ist eine Zahnbehandlung oder Parodontosebehandlung angeraten, geplant oder begonnen?',
                 '2. Fehlen Zähne, die noch nicht ersetzt sind (ohne Weisheitszähne und Lückenschluss)?',
                 '',
                 '# Beitragsbeispiele monatlich',
                 'Alter 20: 12,40 EUR   Alter 35: 21,90 EUR   Alter 50: 32,70 EUR   Alter 65: 41,20 EUR'],
                'DentaPlus Produktinformation')
    return build(28, A('tobias'), 'Maklerpartner Nord-West <maklerinfo-nw@lists.weserbogen.example>',
                 'Neu zum 01.04.: Zahnzusatztarif DentaPlus', D(2026, 3, 16, 9, 0), body=body,
                 atts=[Att('DentaPlus_Produktinformation_2026-04.pdf', sheet, 'application/pdf')])


# --- 29 ------------------------------------------------------------------
@mail(29, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'request to an Irish GP for a medical report on a named income-protection claimant with date of birth (fatigue, visual disturbance)')
def _():
    body = """Dear Dr Walsh,

Re: Mr Kevin O'Dwyer, date of birth 02/11/1983
    (address on our file: 14 Ardfert Close, Ballincollig, Co. Cork)

Mr O'Dwyer holds an income protection policy with us (German
"Berufsunfähigkeitsversicherung", policy BU 8814120-7), which he took
out while he was working in Bielefeld. He has now made a claim, stating
that he has been unable to work as a software engineer since
September 2025 because of severe fatigue, visual disturbances and
problems with balance, and that you are his treating GP.

To assess the claim, we would be grateful for a medical report
covering:

  1. diagnoses, with dates of first symptoms and of diagnosis,
  2. relevant findings and specialist letters (neurology, imaging),
  3. current treatment and its effect,
  4. his capacity for desk work: hours per day, need for breaks,
  5. your view of the prognosis over the next 6 to 12 months.

His signed consent to the release of medical information is attached.
We will pay your fee for the report (up to EUR 150, or your standard
rate if higher - please send an invoice).

As the report contains health information, please do not reply by
ordinary e-mail. You can upload it at
https://portal.weserbogen.example/upload using the reference
BU-26-00172 and the code we will give you by phone, or post it to the
address below.

Yours sincerely,

Owen Fitzgerald
on behalf of Sabine Hölscher, Claims Assessment Life/Income Protection

""" + SIG['owen'] + FOOT_EN
    consent = pdf(['# Consent to the release of medical information',
                   'Weserbogen Lebensversicherung AG - claim BU-26-00172',
                   '',
                   'I, Kevin O\'Dwyer, born 02/11/1983, of 14 Ardfert Close, Ballincollig, Co. Cork,',
                   'authorise Dr Connor Walsh, Douglas Road Medical Centre, Cork, and any specialist',
                   'who has treated me since 01/01/2024 to release to Weserbogen Lebensversicherung AG',
                   'the medical information needed to assess my claim for income protection benefits.',
                   '',
                   'This consent is valid for 12 months and can be withdrawn at any time.',
                   '',
                   'Signed: Kevin O\'Dwyer          Date: 28/01/2026'],
                  'Consent medical information')
    return build(29, A('owen'), '"Dr Connor Walsh" <reception@douglasroad-medical.example>',
                 'Medical report request - Mr Kevin O\'Dwyer (DOB 02/11/1983) - our ref BU-26-00172',
                 D(2026, 2, 9, 11, 12), body=body, cc=A('sabine'),
                 atts=[Att('Consent_ODwyer_signed.pdf', consent, 'application/pdf')])


# --- 30 ------------------------------------------------------------------
@mail(30, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance disability benefit for a named customer: wrist fracture, permanent impairment per the limb table')
def _():
    body = """Sehr geehrte Frau Riechmann,

das fachärztliche Gutachten von Herrn Dr. Pollmeier vom 30.01.2026 liegt
uns jetzt vor. Vielen Dank für Ihre Geduld.

Zu Ihrem Fahrradsturz am 22.04.2025 (distale Radiusfraktur links,
operativ versorgt mit Plattenosteosynthese) stellt der Gutachter eine
dauerhafte Beeinträchtigung der Beweglichkeit des linken Handgelenks
fest. Er bewertet die Funktionsbeeinträchtigung der linken Hand mit 2/10
des Handwertes.

Nach der Gliedertaxe Ihres Vertrages (UV 3319902, Grundsumme 100.000 EUR,
Progression 350 %) gilt für den Verlust der Hand ein Invaliditätsgrad von
55 %. Daraus ergibt sich:

  55 % x 2/10 = 11 % Invalidität
  11 % von 100.000 EUR = 11.000 EUR
  (die Progression greift erst ab 25 % Invalidität)

Den Betrag überweisen wir in den nächsten Tagen. Das Gutachten senden
wir Ihnen in Kopie per Post.

Sind Sie mit der Bemessung nicht einverstanden, können Sie innerhalb von
drei Jahren nach dem Unfall eine Neubemessung verlangen.

""" + SIG['bernd'] + FOOT_DE
    return build(30, A('bernd'), 'Jutta Riechmann <jutta.riechmann@mailbox-owl.example>',
                 'Ihre Unfallversicherung UV 3319902 - Invaliditätsleistung', D(2026, 2, 20, 10, 51), body=body)


# --- 31 ------------------------------------------------------------------
@mail(31, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: invoicing rules for a Spanish assistance partner (medical repatriation, ambulance invoices), no case or person')
def _():
    body = """Hola Javier,

thanks for asking - and sorry the announcement was so short.

From 1 April, please send your invoices like this:

- one PDF per case, file name = our case number (e.g. A-26-0123.pdf),
- plus one CSV per month listing all cases invoiced (case number,
  invoice number, date, amount, currency),
- no diagnoses or medical reports in the invoice itself or in the
  e-mail text; medical documents go to the portal as before,
- ambulance and repatriation invoices need the distance in km and the
  vehicle type (basic / medicalised / air ambulance).

We pay within 30 days to the account on file. If your bank details
change, please tell us by letter on company paper, never by e-mail only
- there have been fraud attempts with fake bank-change mails in the
market.

Un saludo,
Emily

""" + SIG['emily'] + """

-----Original Message-----
From: Javier Morales Ruiz <jmorales@costaclara-asistencia.example>
Sent: Monday, 23 February 2026 17:41
To: Emily Hartmann <emily.hartmann@weserbogen.example>
Subject: new invoice format from april?

Dear Emily,

we receive your circular about the new invoice format from 1 april but
is not clear for us if we must send one invoice for every case or one
collective invoice per month as now. Also for the medical repatriations
with ambulance, our accountant ask if you need the km. Please can you
explain us?

Many thanks and best regards
Javier Morales Ruiz
Asistencia Costa Clara S.L. - Málaga
""" + FOOT_EN
    return build(31, A('emily'), 'Javier Morales Ruiz <jmorales@costaclara-asistencia.example>',
                 'RE: new invoice format from april?', D(2026, 2, 24, 9, 15), body=body)


# --- 32 ------------------------------------------------------------------
@mail(32, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'confirmation of new bank details of a named customer for household/liability contracts; full IBAN quoted from her mail')
def _():
    ib = iban('DE', '49050000' + '5410882036')
    body = """Guten Tag Frau Niemeier,

vielen Dank für Ihre Nachricht. Wir haben Ihre neue Bankverbindung für
folgende Verträge hinterlegt:

  Hausratversicherung        HR 6611047
  Privathaftpflicht          PH 5521905

Neue Bankverbindung: Sparkasse Minden-Lübbecke (fiktiv),
IBAN endend auf ...""" + ib.replace(' ', '')[-4:] + """, Kontoinhaberin Tanja Niemeier

Die nächste Abbuchung erfolgt am 01.03.2026 vom neuen Konto. Das
SEPA-Lastschriftmandat (Mandatsreferenz WB-HR6611047-02) schicken wir
Ihnen per Post zur Unterschrift zu; bitte unterschrieben zurücksenden.

Freundliche Grüße

""" + SIG['melanie'] + """

-----Ursprüngliche Nachricht-----
Von: Tanja Niemeier <tanja.niemeier@online-mail.example>
Gesendet: Sonntag, 22. Februar 2026 20:14
An: Kundenservice <service@weserbogen.example>
Betreff: Neue Bankverbindung

Hallo, ich habe das Konto gewechselt. Bitte ab März abbuchen von
IBAN """ + ib + """ (Sparkasse). Betrifft Hausrat und
Haftpflicht. Danke! Tanja Niemeier, Ringstraße 17, 32427 Minden
""" + FOOT_DE
    return build(32, A('melanie'), 'Tanja Niemeier <tanja.niemeier@online-mail.example>',
                 'AW: Neue Bankverbindung', D(2026, 2, 23, 9, 2), body=body)


# --- 33 ------------------------------------------------------------------
@mail(33, 'NORMAL', 'de', 'newsletter',
      'trap: HTML-only customer newsletter on travel health insurance abroad (Krankenrücktransport, Vorerkrankungen)')
def _():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Weserbogen Kundenbrief Mai 2026</title></head>
<body style="margin:0;background:#f3f5f6;font-family:Verdana,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b5c7a;color:#ffffff"><span style="font-size:20px">Weserbogen Kundenbrief</span><br>Mai 2026</td></tr>
<tr><td>
<h2 style="color:#0b5c7a;font-size:18px">Urlaub ohne Sorgen: Was Ihre Auslandsreise-Krankenversicherung leistet</h2>
<p>Die gesetzliche Krankenkasse zahlt im Ausland oft nur einen Teil der Kosten &ndash; und einen Krankenrücktransport nach Deutschland gar nicht. Unsere Auslandsreise-Krankenversicherung schließt diese Lücke.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e6f0f4"><th align="left">Leistung</th><th align="left">Umfang</th></tr>
<tr><td>Ambulante und stationäre Behandlung</td><td>100 %, ohne Selbstbeteiligung</td></tr>
<tr><td>Arzneimittel und Verbandmittel</td><td>100 %</td></tr>
<tr><td>Krankenrücktransport</td><td>wenn medizinisch sinnvoll und vertretbar</td></tr>
<tr><td>Zahnbehandlung</td><td>schmerzstillende Behandlung und Reparaturen</td></tr>
<tr><td>Reisedauer</td><td>bis 56 Tage je Reise</td></tr>
</table>
<p><b>Vorerkrankungen?</b> Verschlechtert sich eine bekannte Erkrankung im Urlaub unerwartet, sind Sie versichert. Nicht versichert sind Reisen, die zur Behandlung angetreten werden.</p>
<p><b>Im Notfall</b> erreichen Sie unseren Notruf rund um die Uhr: <a href="tel:+4957188907700">+49 571 8890-7700</a>.</p>
<p style="text-align:center"><a href="https://www.weserbogen.example/reise" style="background:#e87722;color:#fff;padding:10px 18px;text-decoration:none">Jetzt ab 9,90 EUR im Jahr abschließen</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#777777">Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben. <a href="https://www.weserbogen.example/newsletter/abmelden">Abmelden</a><br>
Weserbogen Versicherung AG, Am Weserbogen 12, 32423 Minden</td></tr>
</table></td></tr></table>
</body></html>
"""
    return build(33, 'Weserbogen Kundenbrief <newsletter@weserbogen.example>', 'kundenbrief@lists.weserbogen.example',
                 'Urlaub ohne Sorgen - Ihr Kundenbrief Mai', D(2026, 5, 5, 7, 30), html=html,
                 headers=[('List-Unsubscribe', '<https://www.weserbogen.example/newsletter/abmelden>'),
                          ('Precedence', 'bulk')])


# --- 34 ------------------------------------------------------------------
@mail(34, 'CONFIDENTIAL', 'en', 'insurer-to-partner',
      'motor own-damage claim of a named German customer repaired in Poland: registration, claim number; workshop text quoted')
def _():
    body = """Dear Mr Zieliński,

thank you for the estimate.

We confirm the repair of the VW Passat Variant, registration MI-DK 5510,
owner Mr Dennis Kröger, under our claim number KS-26-0040127
(comprehensive cover, parking damage by unknown third party, 21.02.2026
in Poznań).

Approved: repair as per your estimate no. 118/02/2026,
PLN 9,760.00 gross, of which the customer pays the excess of EUR 300
directly to you. Please send your invoice, addressed to Mr Kröger, with
our claim number to kfz-schaden@weserbogen.example; we will pay the rest
to your company account.

Please keep the replaced parts until we confirm the invoice.

""" + SIG['jens'] + """

-----Original Message-----
From: Piotr Zieliński <serwis@auto-kowal-poznan.example>
Sent: Wednesday, 25 February 2026 14:20
To: kfz-schaden@weserbogen.example
Subject: Passat MI-DK 5510 - cost estimate

Good afternoon,

your client Mr. Kröger leave his car at our workshop after the damage on
parking place. Rear bumper and tailgate is damaged, also parking sensor
and the left tail light. In attachment the estimation, total 9.760 PLN
brutto with VAT. We can start the repair on Friday if you give us the
agreement. Mr. Kröger must go back to Germany on 6 March.

Best regards
Piotr Zieliński
Auto Kowal Serwis Sp. z o.o., Poznań
""" + FOOT_EN
    return build(34, A('jens'), 'Piotr Zieliński <serwis@auto-kowal-poznan.example>',
                 'RE: Passat MI-DK 5510 - cost estimate - claim KS-26-0040127', D(2026, 2, 26, 8, 47), body=body,
                 cc='Dennis Kröger <dennis.kroeger@mailbox-owl.example>')


# --- 35 ------------------------------------------------------------------
@mail(35, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'long-term care daily allowance for a named insured: care level 3 per assessment, written to his daughter')
def _():
    body = """Sehr geehrte Frau Stühmeier-Bode,

vielen Dank für die Zusendung des Gutachtens des Medizinischen Dienstes.

Für Ihren Vater, Herrn Wilhelm Stühmeier (Pflegetagegeldversicherung
PT 4410229), ist darin Pflegegrad 3 seit dem 01.12.2025 festgestellt.
Grundlage sind vor allem die eingeschränkte Mobilität nach dem
Schlaganfall und die zunehmende Vergesslichkeit.

Aus dem Tarif PflegeTag 50 zahlen wir bei Pflegegrad 3 und häuslicher
Pflege 60 % des vereinbarten Tagessatzes von 50 EUR, also 30 EUR pro Tag.
Für Dezember 2025 bis Februar 2026 überweisen wir rückwirkend
2.700,00 EUR, ab März monatlich im Voraus.

Ihre Vorsorgevollmacht haben wir zur Akte genommen. Künftige Schreiben
senden wir daher an Sie.

Sollte sich der Pflegegrad ändern oder Ihr Vater in ein Pflegeheim
umziehen, geben Sie uns bitte Bescheid, denn dann ändert sich der
Tagessatz.

Mit freundlichen Grüßen

""" + SIG['gesine'] + FOOT_DE
    return build(35, A('gesine'), 'Katrin Stühmeier-Bode <k.stuehmeier-bode@t-mail.example>',
                 'Pflegetagegeld für Herrn Wilhelm Stühmeier - PT 4410229', D(2026, 2, 26, 14, 30), body=body,
                 charset='iso-8859-1')


# --- 36 ------------------------------------------------------------------
@mail(36, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: bordereaux schedule with a reinsurer for the travel health quota share, totals only; large losses go via portal')
def _():
    body = """Dear Alistair,

following the renewal of the travel health quota share (treaty
TQS-2026, 40 % cession), here is the bordereaux calendar for 2026 as
agreed in our call:

  Quarter   Premium bordereau   Claims bordereau   Account
  Q1        30 April            30 April           15 May
  Q2        31 July             31 July            14 August
  Q3        31 October          31 October         13 November
  Q4        31 January 2027     31 January 2027    15 February 2027

Format as before: one XLSX per bordereau with totals by product and
country of treatment, no individual claims. Claims above EUR 100,000
are notified individually within 10 working days via your secure portal
and not by e-mail - that includes the medical summary you need for the
reserve.

Could you confirm that your new portal address is the one in your
letter of 12 January? Then I'll update our procedures.

Best regards
Nadine

""" + SIG['nadine'] + FOOT_EN
    return build(36, A('nadine'), 'Alistair Keane <alistair.keane@thamesgate-re.example>',
                 'TQS-2026 - bordereaux calendar 2026', D(2026, 1, 29, 15, 55), body=body,
                 cc=A('annika'))


# --- 37 ------------------------------------------------------------------
@mail(37, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: purchase order for first-aid kits, defibrillator pads and a blood-pressure monitor for the first-aid room')
def _():
    body = """Guten Tag Frau Ripke,

hiermit bestellen wir auf Grundlage Ihres Angebots ANG-26-0212 vom
20.02.2026:

  12 x Erste-Hilfe-Koffer DIN 13157, Wandhalterung           à 48,90 EUR
   4 x Nachfüllset DIN 13157                                 à 21,50 EUR
   3 x Elektrodenpaar Erwachsene für AED Lifepak CR2         à 89,00 EUR
   1 x Elektrodenpaar Kinder für AED Lifepak CR2             à 112,00 EUR
   1 x Oberarm-Blutdruckmessgerät, vollautomatisch,
       für den Sanitätsraum                                  à 64,90 EUR
   2 x Augenspülflasche 500 ml                               à 9,80 EUR

Lieferanschrift: Weserbogen Versicherung AG, Warenannahme Tor 2,
Am Weserbogen 12, 32423 Minden, z. Hd. Facility Management.
Bestellnummer bitte auf der Rechnung angeben: FM-2026-0088.

Die alten AED-Elektroden (Ablauf 03/2026) nehmen Sie bitte bei der
Lieferung mit.

Danke und freundliche Grüße
Ralf Meier-Evers

""" + SIG['ralf'] + FOOT_DE
    return build(37, A('ralf'), 'Medi-Ausstattung Weser GmbH <bestellung@medi-weser.example>',
                 'Bestellung FM-2026-0088 Erste Hilfe / AED', D(2026, 2, 27, 10, 14), body=body)


# --- 38 ------------------------------------------------------------------
@mail(38, 'STRICTLY_CONFIDENTIAL', 'en', 'doctor',
      'Irish GP report on a named income-protection claimant (multiple sclerosis G35, MRI, medication), forwarded internally')
def _():
    body = """Sabine, Thomas,

Dr Walsh's report on O'Dwyer came in via the upload, but he also sent
the text by mail to the desk address (despite my request...). Pasting it
below so you have it quickly; the signed PDF is in the claim file
BU-26-00172. I've deleted his mail from the shared mailbox.

Owen

-----Original Message-----
From: Connor Walsh <reception@douglasroad-medical.example>
Sent: Thursday, 5 March 2026 18:02
To: International Desk <international@weserbogen.example>
Subject: Report Kevin O'Dwyer DOB 02/11/1983

Dear Mr Fitzgerald,

Kevin O'Dwyer has attended this practice since July 2024. He first
reported episodes of blurred vision in the left eye and tingling in both
legs in November 2024. He was referred to the neurology service at Lee
Valley University Hospital, where an MRI of brain and spine in February
2025 showed multiple periventricular and one cervical demyelinating
lesion. CSF showed oligoclonal bands. A diagnosis of relapsing-remitting
multiple sclerosis (ICD-10 G35) was made in March 2025.

He had a further relapse in August 2025 with marked gait unsteadiness,
treated with IV methylprednisolone. He is now on ocrelizumab infusions
every six months. His main ongoing complaint is severe fatigue; he also
reports poor concentration after about two hours of screen work.

In my opinion he is currently not capable of working more than 3 hours
a day at a desk, and not at all on days following a bad night. Prognosis
for the next 12 months is uncertain; with stable disease some
improvement of fatigue may be expected.

Yours sincerely,
Dr Connor Walsh MICGP
Douglas Road Medical Centre, Cork
"""
    return build(38, A('owen'), A('sabine') + ', ' + A('egger'),
                 'FW: Report Kevin O\'Dwyer DOB 02/11/1983 [BU-26-00172]', D(2026, 3, 6, 8, 21), body=body)


# --- 39 ------------------------------------------------------------------
@mail(39, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'payment reminder for a named customer\'s motor policy: arrears, returned direct debit, policy number')
def _():
    body = """Sehr geehrter Herr Pavlović,

leider konnten wir den Folgebeitrag für Ihre Kfz-Versicherung nicht
einziehen. Ihre Bank hat die Lastschrift vom 02.03.2026 mit dem Vermerk
"Konto erloschen" zurückgegeben.

Vertrag:              KF 4478805 (Opel Astra, MI-AP 1905)
Offener Beitrag:      186,44 EUR (Quartal 2/2026)
Rücklastschriftgebühr: 3,00 EUR
Gesamt:               189,44 EUR

Bitte überweisen Sie den Betrag bis zum 27.03.2026 mit dem
Verwendungszweck KF 4478805 (Kontodaten siehe beigefügte
Zahlungsaufforderung), oder teilen Sie uns eine neue Bankverbindung mit,
dann buchen wir erneut ab.

Wichtig: Zahlen Sie nicht fristgerecht, entfällt nach Ablauf der Frist
der Versicherungsschutz (§ 38 VVG). Die rechtlichen Hinweise finden Sie
in der Zahlungsaufforderung, die Ihnen zusätzlich per Post zugeht.

Freundliche Grüße

""" + SIG['melanie'] + FOOT_DE
    notice = pdf(['# Zahlungsaufforderung nach § 38 VVG',
                  'Weserbogen Allgemeine Versicherung AG - Minden, 13.03.2026',
                  '',
                  'Herrn Aleksandar Pavlović, Kampstraße 3, 32423 Minden',
                  'Vertrag KF 4478805 - Kfz-Haftpflicht und Teilkasko - MI-AP 1905',
                  '',
                  'Offener Folgebeitrag Q2/2026: 186,44 EUR zzgl. Rücklastschriftgebühr 3,00 EUR',
                  'Zahlungsfrist: 27.03.2026',
                  'Empfänger: Weserbogen Allgemeine Versicherung AG',
                  'IBAN: ' + iban('DE', '49050101' + '0000557788') + '   Verwendungszweck: KF 4478805',
                  '',
                  'Rechtsfolgen: Tritt nach Ablauf der Frist ein Versicherungsfall ein und sind Sie mit der Zahlung',
                  'in Verzug, sind wir von der Leistung frei. Wir können den Vertrag nach Fristablauf fristlos kündigen.'],
                 'Zahlungsaufforderung KF 4478805')
    return build(39, A('melanie'), 'Aleksandar Pavlović <a.pavlovic@web-post.example>',
                 'Zahlungsaufforderung Kfz-Versicherung KF 4478805', D(2026, 3, 13, 12, 5), body=body,
                 atts=[Att('Zahlungsaufforderung_KF4478805.pdf', notice, 'application/pdf')])


# --- 40 ------------------------------------------------------------------
@mail(40, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dental supplementary insurance: treatment plan for an implant of a named customer, tooth 36, periodontal remark')
def _():
    body = """Hallo Herr Lüdeking,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Frau Dr. Winkelmann
vom 04.03.2026 geprüft.

Geplant ist ein Einzelzahnimplantat in Regio 36 mit
Knochenaufbau (Augmentation) und Implantatkrone, geschätzte Kosten
4.126,80 EUR. Die gesetzliche Krankenkasse beteiligt sich mit dem
Festzuschuss von voraussichtlich 512,46 EUR.

Aus Ihrem Tarif DentaPlus erstatten wir 90 % des Rechnungsbetrags
abzüglich der Kassenleistung, höchstens jedoch den Restbetrag. Da Ihr
Vertrag im dritten Jahr läuft, gilt die Zahnstaffel von 3.000 EUR; davon
sind 2026 bereits 214,00 EUR verbraucht.

Unsere Zusage (vorbehaltlich der tatsächlichen Rechnung):
  höchstens 2.786,00 EUR

Die im Plan erwähnte Parodontitisbehandlung muss vor dem Implantat
abgeschlossen sein; bitte schicken Sie uns dazu später die Rechnung mit.

Viele Grüße

""" + SIG['gesine'] + FOOT_DE
    return build(40, A('gesine'), 'Heiko Lüdeking <heiko.luedeking@gmx-mail.example>',
                 'Heil- und Kostenplan Implantat - Zusage', D(2026, 3, 11, 16, 2), body=body, cte='8bit', flowed=False)


# --- 41 ------------------------------------------------------------------
@mail(41, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'cancellation of household cover of a named couple moving to Canada: new address abroad, refund to IBAN')
def _():
    ib = iban('DE', '25040066' + '0437719200')
    body = """Dear Ms Eggert, dear Mr Fletcher,

thank you for letting us know about your move to Vancouver - exciting
times!

We have cancelled your household contents insurance HR 6590337 with
effect from 31 March 2026, the day your lease in Minden ends. The
premium you paid for April to December 2026 will be refunded:

  Refund:       EUR 87.40
  To:           """ + ib + """ (Hannah Eggert)
  Value date:   around 7 April 2026

Your personal liability policy PH 5498812 stays in force. It covers you
worldwide for stays abroad of up to five years, so you can keep it for
now. Please bear in mind that we need a postal address for legal
notices; we've noted the one you gave us:

  4417 West 12th Avenue, Vancouver BC V6R 2P9, Canada

If you would rather cancel the liability cover as well, a short e-mail
is enough.

All the best for the move,
Owen

""" + SIG['owen'] + FOOT_EN
    return build(41, A('owen'), 'Hannah Eggert <hannah.eggert@postbox-mail.example>',
                 'Household insurance HR 6590337 - cancellation confirmed (move to Canada)', D(2026, 3, 3, 10, 40),
                 body=body, cc='Mark Fletcher <mark.fletcher@postbox-mail.example>')


# --- 42 ------------------------------------------------------------------
@mail(42, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: blank consent/confidentiality-release form (Schweigepflichtentbindung) as DOCX template for brokers')
def _():
    body = """Hallo Frau Vogt,

wie eben am Telefon besprochen: anbei die aktuelle Fassung unserer
Einwilligungs- und Schweigepflichtentbindungserklärung (Stand 01/2026)
als Word-Vorlage. Bitte ab sofort nur noch diese Fassung für Anträge in
Leben, BU und Kranken verwenden; die alte Version von 2022 wird ab
01.05. nicht mehr angenommen.

Die Vorlage ist leer, Ihre Kunden füllen sie selbst aus. Bitte keine
ausgefüllten Erklärungen per Mail schicken, sondern mit dem Antrag über
das Maklerportal hochladen.

""" + SIG['tobias'] + FOOT_DE
    doc = docx(['# Einwilligungs- und Schweigepflichtentbindungserklärung',
                'Weserbogen Lebensversicherung AG / Weserbogen Krankenversicherung AG - Fassung 01/2026',
                'Name, Vorname der zu versichernden Person: ______________________   Geburtsdatum: ____________',
                '# 1. Erhebung von Gesundheitsdaten bei Dritten',
                'Ich willige ein, dass der Versicherer - soweit zur Risikobeurteilung oder zur Prüfung der Leistungspflicht '
                'erforderlich - meine Gesundheitsdaten bei Ärzten, Pflegepersonen, Bediensteten von Krankenhäusern, '
                'sonstigen Krankenanstalten, Pflegeheimen, Personenversicherern, gesetzlichen Krankenkassen, '
                'Berufsgenossenschaften und Behörden erhebt und für diese Zwecke verwendet.',
                '[ ] Ich möchte im Einzelfall vorher informiert werden und entscheide dann selbst.',
                '# 2. Weitergabe an Stellen außerhalb des Versicherers',
                'Ich willige ein, dass der Versicherer meine Gesundheitsdaten an medizinische Gutachter, Rückversicherer und '
                'Dienstleister übermittelt, soweit dies erforderlich ist, und entbinde die dort tätigen Personen insoweit von '
                'ihrer Schweigepflicht.',
                '# 3. Widerruf',
                'Diese Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.',
                'Ort, Datum: ____________________   Unterschrift: ______________________________'],
               title='Schweigepflichtentbindung 01-2026', author='Weserbogen Recht', when='2026-01-02T08:00:00Z')
    return build(42, A('tobias'), 'Anja Vogt <a.vogt@finanzkontor-schaumburg.example>',
                 'Vorlage Schweigepflichtentbindung Stand 01/2026', D(2026, 3, 5, 11, 52), body=body,
                 atts=[Att('Schweigepflichtentbindung_Vorlage_2026-01.docx', doc, DOCX_T)])


# --- 43 ------------------------------------------------------------------
@mail(43, 'NORMAL', 'en', 'insurer-to-customer',
      'trap: generic answer to a US prospect about health insurance for students in Germany, no personal or health data')
def _():
    body = """Dear Mr Jennings,

thanks for your interest, and congratulations on your place in
Hannover!

To enrol at a German university you need health insurance that the
university accepts. In short:

* Students under 30 are normally insured in the public system
  (gesetzliche Krankenversicherung) at the student rate of about
  EUR 140 per month. Any public health fund ("Krankenkasse") can
  issue the confirmation your university needs.
* You can opt out of the public system and take private insurance
  instead, but that decision applies for your whole studies. Our
  student tariff "Campus" costs from EUR 89 a month for applicants
  under 25 with no health issues; pre-existing conditions are assessed
  individually.
* Travel health insurance alone, including the one you may have from
  the US, is usually not accepted for enrolment.

If you'd like a quote for Campus, the easiest way is the online form at
https://www.weserbogen.example/en/campus - it asks the health questions
in a protected form, so please don't send us any health details by
e-mail.

Best regards,
Owen Fitzgerald

""" + SIG['owen'] + """

> From: Tyler Jennings <tjennings@bluejaymail.example>
> Sent: Friday, March 6, 2026 4:12 AM
> To: info@weserbogen.example
> Subject: Health insurance for international students?
>
> Hi, I'm from Ohio and will start a master's in Hannover in October.
> Do I need a German insurance or is my US student plan ok? What would
> it cost with you? Thanks, Tyler
""" + FOOT_EN
    return build(43, A('owen'), 'Tyler Jennings <tjennings@bluejaymail.example>',
                 'RE: Health insurance for international students?', D(2026, 3, 6, 13, 33), body=body)


# --- 44 ------------------------------------------------------------------
@mail(44, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'daily sickness allowance for a named self-employed customer: incapacity certificates with F32.1 depressive episode')
def _():
    body = """Sehr geehrter Herr Dreyer,

vielen Dank für die Arbeitsunfähigkeitsbescheinigungen von Herrn
Dr. med. Kirchhoff (Facharzt für Psychiatrie und Psychotherapie).

Sie sind danach seit dem 12.01.2026 wegen einer mittelgradigen
depressiven Episode (F32.1 G) arbeitsunfähig. Ihr Krankentagegeld-Tarif
TG 43 zahlt ab dem 43. Tag der Arbeitsunfähigkeit, also ab dem
23.02.2026, 150 EUR pro Tag.

Für den Zeitraum 23.02. bis 15.03.2026 (21 Tage) überweisen wir
3.150,00 EUR auf Ihr Geschäftskonto.

Damit wir ohne Unterbrechung weiterzahlen können, benötigen wir die
Folgebescheinigung spätestens eine Woche nach Ablauf der aktuellen
Bescheinigung (15.03.2026). Bitte denken Sie auch daran, dass Sie
während der Arbeitsunfähigkeit Ihr Architekturbüro nicht - auch nicht
stundenweise - weiterführen dürfen, wenn Sie Krankentagegeld beziehen.

Wenn Sie Fragen haben oder es Ihnen hilft, dass wir Dinge telefonisch
statt schriftlich klären, rufen Sie mich gern an.

Mit freundlichen Grüßen

""" + SIG['gesine'] + FOOT_DE
    return build(44, A('gesine'), 'Frank Dreyer <f.dreyer@architektur-dreyer.example>',
                 'Ihr Krankentagegeld - Zahlung ab 23.02.2026', D(2026, 3, 17, 9, 48), body=body)


# --- 45 ------------------------------------------------------------------
@mail(45, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor policy change for a named customer: son added as driver with birth date, premium surcharge')
def _():
    body = """Guten Tag Frau Tegeler,

wie gewünscht haben wir Ihren Sohn als weiteren Fahrer in Ihre
Kfz-Versicherung aufgenommen:

  Vertrag:        KF 4452260, Škoda Octavia, MI-ST 383
  neuer Fahrer:   Leon Tegeler, geb. 04.04.2007
  gültig ab:      20.03.2026

Da Leon jünger als 23 Jahre ist, erhöht sich der Jahresbeitrag um
312,00 EUR (anteilig für 2026: 244,27 EUR). Der Betrag wird mit der
nächsten Rate am 01.04. abgebucht.

Tipp: Wenn Leon an einem anerkannten Fahrsicherheitstraining teilnimmt,
gewähren wir 10 % Nachlass auf den Zuschlag. Die Teilnahmebescheinigung
genügt.

Viele Grüße

""" + SIG['melanie'] + """

-----Ursprüngliche Nachricht-----
Von: Birgit Tegeler
Gesendet: Mittwoch, 18. März 2026 19:30
An: Kundenservice
Betreff: Sohn soll auch fahren dürfen

Hallo, unser Sohn Leon hat jetzt den Führerschein (geb. 04.04.2007) und
soll ab Freitag auch mit dem Octavia fahren. Was kostet das?
Gruß B. Tegeler
""" + FOOT_DE
    return build(45, A('melanie'), 'Birgit Tegeler <birgit.tegeler@freenet-post.example>',
                 'AW: Sohn soll auch fahren dürfen', D(2026, 3, 19, 10, 12), body=body)


# --- 46 ------------------------------------------------------------------
@mail(46, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'HTML-only pre-authorisation for a named expat member in Dubai: brain MRI for migraine with aura, membership number')
def _():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Uhlenbrock,</p>
<p>thank you for sending the referral from Dr Haddad. We are happy to confirm cover for the examination:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dce9f1"><td><b>Member</b></td><td>Jasmin Uhlenbrock, GEX-502214-01</td></tr>
<tr><td><b>Pre-authorisation no.</b></td><td>PA-26-01183</td></tr>
<tr><td><b>Examination</b></td><td>MRI brain with and without contrast</td></tr>
<tr><td><b>Reason given by referring doctor</b></td><td>migraine with aura, new visual symptoms, rule out secondary cause</td></tr>
<tr><td><b>Provider</b></td><td>Gulf Crescent Diagnostic Centre, Dubai Healthcare City (direct billing)</td></tr>
<tr><td><b>Approved amount</b></td><td>up to AED 3,800</td></tr>
<tr><td><b>Valid until</b></td><td>30 April 2026</td></tr>
</table>
<p>Just show your membership card and this approval number at the reception; the centre will bill us directly. The radiologist's report goes to Dr Haddad. If further treatment is recommended (for example a neurology follow-up or new medication), please send us the report first and we will check cover quickly.</p>
<p>Kind regards,<br>Marta Kowalczyk</p>
<p style="color:#555;font-size:9pt">Marta Kowalczyk<br>Leistung Auslandskrankenversicherung / International Health Claims<br>Weserbogen Krankenversicherung AG<br>Tel. +49 571 8890-4431 &middot; Fax +49 571 8890-4499<br>marta.kowalczyk@weserbogen.example</p>
<p style="color:#888;font-size:8pt">Weserbogen Insurance Group &middot; Am Weserbogen 12 &middot; 32423 Minden &middot; Germany. This e-mail is intended for the named recipient only.</p>
</body></html>
"""
    return build(46, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>',
                 'Jasmin Uhlenbrock <jasmin.uhlenbrock@hellweg-solar-me.example>',
                 'Pre-authorisation PA-26-01183 - MRI approved', D(2026, 3, 18, 11, 4), html=html,
                 headers=[('X-Mailer', 'Microsoft Outlook 16.0')])


# --- 47 ------------------------------------------------------------------
@mail(47, 'NORMAL', 'de', 'internal',
      'trap: new letter template for refusing a medical aid, only «placeholders» for name and diagnosis')
def _():
    body = """Hallo Team,

der überarbeitete Textbaustein für die Ablehnung von Hilfsmitteln ist
jetzt im Korrespondenzsystem unter "KV-HM-07" freigegeben. Neu ist vor
allem die verständlichere Begründung und der Hinweis auf das
Beschwerdemanagement / den Ombudsmann.

Bitte die alten Bausteine KV-HM-03 und -04 nicht mehr nutzen.

Zur Info der Text (Platzhalter in «»):

----------------------------------------------------------------
«Anrede» «Titel» «Nachname»,

vielen Dank für Ihren Antrag auf Kostenübernahme für «Hilfsmittel»
vom «Antragsdatum».

Wir haben Ihren Antrag sorgfältig geprüft. Leider können wir die
Kosten nicht übernehmen, weil «Begründung_Tarif».

Die ärztliche Verordnung von «Verordner» vom «Verordnungsdatum» mit der
Diagnose «Diagnose_Klartext» haben wir dabei berücksichtigt.

Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie
sich an unser Beschwerdemanagement oder an den Ombudsmann Private
Kranken- und Pflegeversicherung wenden.
----------------------------------------------------------------

Bei Fragen gern melden.

Gesine

""" + SIG['gesine']
    return build(47, A('gesine'), 'Team Leistung KV <kv-leistung@weserbogen.example>',
                 'Neuer Textbaustein KV-HM-07 (Ablehnung Hilfsmittel)', D(2026, 3, 20, 14, 15), body=body)


# --- 48 ------------------------------------------------------------------
@mail(48, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'personal liability claim of a named Irish student (coffee on flatmate\'s laptop), claim and policy numbers')
def _():
    body = """Dear Ms Gallagher,

thanks for reporting the accident with your flatmate's laptop. No need
to apologise for writing in English - we're glad to help in English.

Your liability cover (policy PH 5530761, tariff "PH Young") pays for
damage you cause to other people's property by accident, so this is
covered. I've registered the claim as 26-PH-00789.

What we need next:
  - the name and e-mail address of your flatmate (Lea, if I understood
    correctly), so we can contact her directly,
  - a repair quote from an authorised service centre, or, if the laptop
    can't be repaired, a short statement from the centre saying so,
  - the purchase date and price of the laptop (a receipt if she still
    has it).

We pay the repair costs, or the current value if a repair doesn't make
sense. The excess on your policy is EUR 150.

Kind regards,
Lukas Nowak

""" + SIG['lukas'] + FOOT_EN
    return build(48, A('lukas'), 'Aoife Gallagher <aoife.gallagher@student-mail.example>',
                 'Your liability claim 26-PH-00789 (laptop)', D(2026, 3, 23, 15, 28), body=body)


# --- 49 ------------------------------------------------------------------
@mail(49, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'travel cancellation claim: named customer hospitalised with pneumonia before a cruise; medical certificate requested')
def _():
    body = """Sehr geehrte Frau Prüßner,

es tut uns leid, dass Sie Ihre Kreuzfahrt nicht antreten konnten, und wir
wünschen Ihnen gute Besserung.

Ihre Reiserücktrittsversicherung (RR 3355180) übernimmt die
Stornokosten, wenn eine unerwartete schwere Erkrankung die Reise
unzumutbar macht. Ihre stationäre Aufnahme wegen einer
Lungenentzündung am 26.03.2026, zwei Tage vor Reisebeginn, erfüllt diese
Voraussetzung. Die Kosten für Ihren Mann als mitversicherte
Reiseperson übernehmen wir ebenfalls.

Für die Regulierung (Schaden 26-RR-00341) fehlen uns noch:

1. die Entlassungsbescheinigung oder ein Attest des Krankenhauses mit
   Aufnahmedatum und Diagnose (unser Formular hängt an, ein formloses
   Attest genügt ebenso),
2. die Stornorechnung der Reederei (laut Ihrem Anruf 4.980 EUR).

Ein Selbstbehalt ist in Ihrem Tarif nicht vereinbart.

""" + SIG['dirk'] + FOOT_DE
    form = pdf(['# Ärztliches Attest zur Reiserücktrittsversicherung',
                'Weserbogen Versicherung AG - Schaden 26-RR-00341',
                '',
                'Name der Patientin / des Patienten: _______________________________',
                'Erkrankt seit: __________   Behandlung seit: __________',
                'Stationär vom __________ bis __________',
                'Diagnose: ___________________________________________________________',
                'War die Erkrankung bei Reisebuchung bereits bekannt?   [ ] ja   [ ] nein',
                'War der Reiseantritt aus ärztlicher Sicht unzumutbar?   [ ] ja   [ ] nein',
                '',
                'Stempel und Unterschrift des Arztes: ______________________________'],
               'Attest Reiseruecktritt')
    return build(49, A('dirk'), 'Elke Prüßner <elke.pruessner@t-mail.example>',
                 'Ihre abgesagte Kreuzfahrt - Schaden 26-RR-00341', D(2026, 3, 30, 11, 27), body=body,
                 atts=[Att('Attest_Reiseruecktritt.pdf', form, 'application/pdf')])


# --- 50 ------------------------------------------------------------------
@mail(50, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: job advert for a medical case manager (nurse, evacuations, hospital liaison) sent to a recruitment agency')
def _():
    body = """Dear Niamh,

as discussed, we'd like you to start the search for the role below. The
full description is attached; salary band and benefits as in my mail of
last week. Please send CVs through your portal only - no CVs by e-mail,
thank you.

Kind regards,
Yvonne Detmers

""" + SIG['yvonne'] + FOOT_EN
    jd = docx(['# Medical Case Manager (m/f/d) - International Assistance',
               'Weserbogen Versicherung AG, Minden (Germany) - full time, permanent, hybrid',
               '# About the role',
               'You are the medical voice of our 24/7 assistance team. When our customers fall ill or have an accident abroad, '
               'you talk to treating doctors and hospitals worldwide, assess medical reports, and help decide on hospital '
               'choice, guarantees of payment, medical evacuation and repatriation.',
               '# What you bring',
               'Registered nurse or paramedic with at least 3 years of experience, ideally in intensive care or emergency medicine.',
               'Fluent English and good German (B2); Spanish, Turkish or French is a plus.',
               'Calm on the phone, good judgement, and care with sensitive medical data.',
               '# What we offer',
               'A small international team, rota with on-call allowance, 30 days leave, relocation support for candidates from abroad.',
               'Reference: INT-MCM-2026'],
              title='Medical Case Manager', author='Yvonne Detmers', when='2026-03-24T09:00:00Z')
    return build(50, A('yvonne'), 'Niamh Brennan <niamh.brennan@shannonpeople.example>',
                 'Search mandate: Medical Case Manager (INT-MCM-2026)', D(2026, 3, 24, 10, 3), body=body,
                 atts=[Att('JD_Medical_Case_Manager_INT-MCM-2026.docx', jd, DOCX_T)])

# --- 51 ------------------------------------------------------------------
@mail(51, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'only in the CSV (windows-1252): portfolio transfer list with named policyholders, addresses and property/motor contracts')
def _():
    body = """Hallo Frau Vogt,

die Bestandsübertragung aus dem Bestand Heitkamp (Ruhestand zum 31.03.)
auf die Finanzkontor Schaumburg GmbH ist gebucht. Sie erhalten die
Courtage für die Verträge ab Fälligkeit 01.04.2026.

Die Liste der übertragenen Sachverträge hängt als CSV an (Semikolon,
Excel-Format). Die Verträge der Personenversicherung (Leben, Kranken,
Unfall) sehen Sie wie gewohnt im Maklerportal unter
"Bestand > Übertragungen"; die schicke ich bewusst nicht per Mail.

Die Kunden werden von uns in den nächsten zwei Wochen per Brief über den
Betreuerwechsel informiert.

""" + SIG['tobias'] + FOOT_DE
    csv = """Vertragsnr;Sparte;Versicherungsnehmer;Strasse;PLZ;Ort;Jahresbeitrag EUR;Hauptfälligkeit
HR 6480112;Hausrat;Gerda Heuer;Am Bruch 4;31675;Bückeburg;142,80;01.04.
PH 5410773;Privathaftpflicht;Gerda Heuer;Am Bruch 4;31675;Bückeburg;68,40;01.04.
KF 4310928;Kfz;Stefan Wöltje;Petzer Straße 112;31675;Bückeburg;611,20;01.01.
WG 2201884;Wohngebäude;Stefan und Iris Wöltje;Petzer Straße 112;31675;Bückeburg;884,10;01.07.
HR 6502274;Hausrat;Olaf Brüning;Lange Straße 22;31683;Obernkirchen;119,00;01.10.
KF 4399017;Kfz;Olaf Brüning;Lange Straße 22;31683;Obernkirchen;423,65;01.01.
RS 2189340;Rechtsschutz;Bärbel Schaper;Kirchhofstraße 9;31707;Bad Eilsen;318,00;01.05.
PH 5477201;Privathaftpflicht;Mustafa Demir;Bahnhofstraße 61;31655;Stadthagen;72,90;01.02.
TH 7100432;Tierhalterhaftpflicht;Mustafa Demir;Bahnhofstraße 61;31655;Stadthagen;59,50;01.02.
GL 1204419;Glas;Anneliese Kötter;Friedrich-Ebert-Straße 3;31675;Bückeburg;36,00;01.04.
"""
    return build(51, A('tobias'), 'Anja Vogt <a.vogt@finanzkontor-schaumburg.example>',
                 'Bestandsübertragung Heitkamp -> Finanzkontor Schaumburg (Sachverträge)', D(2026, 3, 25, 12, 40),
                 body=body,
                 atts=[Att('Bestandsuebertragung_Sach_2026-04.csv', csv.replace('\n', '\r\n'), 'text/csv',
                           charset='windows-1252')])


# --- 52 ------------------------------------------------------------------
@mail(52, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'life insurance of a named British policyholder: irrevocable beneficiary of his ex-wife after divorce (personal line)')
def _():
    body = """Dear Mr Ashworth,

thank you for your e-mail of 24 March and please accept my apologies for
the slow reply - I wanted to check the file properly first.

Your endowment policy LV 7698822-1 (maturity 01.12.2034, sum assured
EUR 95,000) names your former wife, Mrs Caroline Ashworth, as the
beneficiary both on death and on maturity. Unfortunately this
nomination was made "irrevocable" (unwiderruflich) in 2011, which is
quite common when a policy is used as security for a mortgage.

An irrevocable nomination can only be changed with the written consent
of the beneficiary. The divorce itself does not change it. So in
practice there are two ways forward:

1. Mrs Ashworth signs a short declaration giving up her rights (we can
   send you the form), or
2. the divorce settlement or a court order obliges her to do so - in
   that case please send us a copy and we will check it.

Once we have either, we can register your daughter as new beneficiary,
as you asked.

I'm sorry this is more complicated than you hoped. Please call me if
you'd like to go through it on the phone.

Kind regards,
Owen

""" + SIG['owen'] + FOOT_EN
    return build(52, A('owen'), 'Graham Ashworth <graham.ashworth@btmail.example>',
                 'Your policy LV 7698822-1 - change of beneficiary', D(2026, 3, 27, 10, 55), body=body)


# --- 53 ------------------------------------------------------------------
@mail(53, 'NORMAL', 'de', 'internal',
      'trap: IT test cases with a fictitious Max Mustermann, birth date and the published example IBAN')
def _():
    body = """Hallo Testteam,

für den Regressionstest des neuen SEPA-Moduls (Release 26.2) bitte
ausschließlich die folgenden synthetischen Testpersonen verwenden, keine
Echtdaten aus der Produktion:

  TP-01  Max Mustermann (fiktiv), geb. 01.01.1970
         IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN aus der
         Bundesbank-Doku), Mandat TEST-0001
  TP-02  Erika Musterfrau (fiktiv), geb. 12.08.1964
         IBAN DE89370400440532013000 (gleiche Beispiel-IBAN, ohne
         Leerzeichen - Test der Eingabevalidierung)
  TP-03  Erika Musterfrau, IBAN mit Prüfziffernfehler
         DE88 3704 0044 0532 0130 00 -> muss abgelehnt werden

Die Testfälle liegen in ALM unter SEPA/26.2/Regression. Bitte bis
Donnerstag durchlaufen lassen, Fehler wie immer als Defect mit
Screenshot.

Danke!
Kai-Uwe

""" + SIG['kai']
    return build(53, A('kai'), 'Testteam Anwendungsentwicklung <testteam@weserbogen.example>',
                 'Testdaten SEPA-Modul Release 26.2', D(2026, 3, 30, 8, 58), body=body)


# --- 54 ------------------------------------------------------------------
@mail(54, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'travel health claim of a named customer treated for renal colic in Izmir (N20.1), Turkish hospital invoice, mixed German/English')
def _():
    body = """Sehr geehrter Herr Aydın,

vielen Dank für die Unterlagen aus Izmir. Wir haben die Rechnung des
Ege Şifa Private Hospital jetzt abgerechnet.

Behandlung:   22.03.2026, Notaufnahme, ambulant
Diagnose lt. Bericht: "Renal colic, left ureteral stone 5 mm (N20.1)"
Leistungen:   CT Abdomen, Infusion, Schmerzmittel, Urinstatus,
              Medikamente für 7 Tage (Tamsulosin, Diclofenac)
Rechnung:     18.450,00 TRY
Kurs am Behandlungstag: 1 EUR = 41,27 TRY
Erstattung:   447,06 EUR (100 %, keine Selbstbeteiligung)

Der Betrag geht in den nächsten Tagen auf Ihr Konto. Ihre
Auslandsreise-Krankenversicherung (Vertrag RK 5531942) ist damit für
diese Reise abgerechnet.

Bitte lassen Sie den Stein nach Ihrer Rückkehr hausärztlich oder
urologisch kontrollieren; der Bericht aus Izmir empfiehlt das
ausdrücklich. Rechnungen aus Deutschland reichen Sie bitte bei Ihrer
gesetzlichen Krankenkasse ein, nicht bei uns.

Freundliche Grüße

""" + SIG['marta'] + """

-----Ursprüngliche Nachricht-----
Von: Mehmet Aydın <m.aydin@web-post.example>
Gesendet: Donnerstag, 26. März 2026 22:05
An: Auslandskranken <expat-claims@weserbogen.example>
Betreff: Rechnung Krankenhaus Türkei

Guten Abend,
ich war im Urlaub bei meiner Familie in Izmir und musste nachts ins
Krankenhaus, starke Schmerzen in der Seite, es war ein Nierenstein.
Rechnung und Bericht (Englisch) hänge ich an, ich habe alles mit
Kreditkarte bezahlt.
Mit freundlichen Grüßen
Mehmet Aydın
""" + FOOT_DE
    return build(54, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>',
                 'Mehmet Aydın <m.aydin@web-post.example>', 'AW: Rechnung Krankenhaus Türkei', D(2026, 3, 31, 14, 9),
                 body=body)


# --- 55 ------------------------------------------------------------------
@mail(55, 'NORMAL', 'en', 'insurer-to-partner',
      'renewal of the agreement with the Dutch claims representative: fees, contacts, no claim or person data')
def _():
    body = """Dear Mr Bakker,

thank you for sending the renewal proposal for the claims
representative agreement (motor, Netherlands) for 2026-2028.

We are fine with most points. Two comments:

1. Fee per file: you propose EUR 195 flat. We would prefer EUR 180 for
   material-damage-only files and EUR 240 for files with personal
   injury, as the work differs a lot.
2. Communication: for files with personal injury, please use the
   secure portal for all medical documents from now on. Plain e-mail is
   fine for everything else.

Our contacts stay the same: Jens Overbeck (motor claims) for files,
Dr. Annika Roßbach for the contract itself.

If you can agree to point 1, please send a revised version and we will
sign it before the end of April.

Kind regards
Jens Overbeck

""" + SIG['jens'] + """

> -----Original Message-----
> From: Ruud Bakker <r.bakker@vandijk-claims.example>
> Sent: Tuesday, 24 March 2026 16:20
> To: Jens Overbeck
> Subject: renewal agreement claims representative NL
>
> Dear Mr Overbeck,
>
> Our agreement as your claims representative in the Netherlands is
> ending on 30 april. Enclosed our proposal for the renewal, the fee we
> propose to make flat 195 euro per file because the administration is
> more simple for both sides. Please let us know if you agree.
>
> Met vriendelijke groet / kind regards,
> Ruud Bakker
> Van Dijk Claims Services B.V., Utrecht
""" + FOOT_EN
    return build(55, A('jens'), 'Ruud Bakker <r.bakker@vandijk-claims.example>',
                 'RE: renewal agreement claims representative NL', D(2026, 3, 26, 9, 30), body=body,
                 cc=A('annika'))


# --- 56 ------------------------------------------------------------------
@mail(56, 'CONFIDENTIAL', 'de', 'insurer-to-company',
      'commercial liability claim: insured electrician drilled a water pipe at a named private customer\'s house, claim number')
def _():
    body = """Sehr geehrter Herr Tönsing,

vielen Dank für die Schadenmeldung Ihres Betriebes.

Ihr Mitarbeiter hat am 30.03.2026 bei der Montage einer Außenleuchte im
Haus von Herrn und Frau Kleinesper, Lindenstraße 28, 32479 Hille, eine
Wasserleitung angebohrt. Der Wasserschaden betrifft Flur und Keller.

Wir haben den Schaden aus Ihrer Betriebshaftpflichtversicherung
BH 9901334 unter der Nummer 26-BH-00158 angelegt. Die Selbstbeteiligung
beträgt 500 EUR.

Für die weitere Bearbeitung bitten wir um:
- den Arbeitsauftrag bzw. Montagebericht des Einsatzes,
- Fotos der Bohrstelle,
- Name und Telefonnummer der Geschädigten für die Terminabsprache mit
  unserem Sachverständigen (falls nicht bereits bei Ihnen vorhanden,
  bitte kurz bei Familie Kleinesper nachfragen).

Bitte erkennen Sie gegenüber den Geschädigten keine Ansprüche an; die
Regulierung übernehmen wir.

""" + SIG['lukas'] + FOOT_DE
    return build(56, A('lukas'), 'Elektro Tönsing GmbH <info@elektro-toensing.example>',
                 'Ihre Schadenmeldung vom 31.03.2026 - 26-BH-00158', D(2026, 4, 1, 11, 2), body=body)


# --- 57 ------------------------------------------------------------------
@mail(57, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'air ambulance order for a named insured after a heart attack in Chicago (STEMI, two stents), bed-to-bed transfer')
def _():
    body = """Dana,

following our call, here is the written order for case A-26-0402.

Patient:       Mr Rainer Sudbrack, 66, travel health policy RK 5479013
Hospital:      St. Clement Heart Institute, Chicago, cardiac step-down unit
Diagnosis:     acute inferior STEMI on 30 March, PCI with 2 drug-eluting
               stents (RCA), EF 45 %, no arrhythmias for 72 hrs
Treating MD:   Dr. Patel confirms fit to fly with medical escort from
               Friday 3 April

Our medical advisor Dr. Egger agrees. Please organise:
- air ambulance (not commercial stretcher), doctor + nurse escort,
  oxygen, bed-to-bed transfer,
- destination: Herz- und Diabeteszentrum, Bad Oeynhausen, cardiology
  ward - admission confirmed by phone (Dr. Lange, +49 5731 555 3340),
- seat for his wife, Mrs Ingrid Sudbrack, on the same flight if possible.

Cost approval: up to USD 115,000 for the transport as per your quote
Q-26-0918. The hospital bill in Chicago goes directly to us under the
guarantee we issued on 31 March.

Please send the flight plan to assistance@ once confirmed.

Thanks,
Emily

""" + SIG['emily'] + FOOT_EN
    return build(57, A('emily'), 'Dana Whitfield <dwhitfield@lakeshore-assist.example>',
                 'Case A-26-0402 Sudbrack - air ambulance ORD-HAJ - ORDER', D(2026, 4, 1, 15, 44), body=body,
                 cc='Lakeshore Medical Desk <medical@lakeshore-assist.example>, ' + A('egger'),
                 headers=[('Importance', 'high')])


# --- 58 ------------------------------------------------------------------
@mail(58, 'NORMAL', 'de', 'internal',
      'team outing invitation with a calendar entry; asks for dietary needs at sign-up, no personal data')
def _():
    body = """Hallo zusammen,

unser Betriebsausflug findet dieses Jahr am Freitag, 12. Juni, statt!

Programm:
  09:30 Uhr  Abfahrt mit dem Bus ab Parkplatz Tor 2
  10:30 Uhr  Kanutour auf der Weser von Rinteln nach Hameln
             (wer nicht paddeln möchte: Stadtführung Rattenfänger)
  13:30 Uhr  Mittagessen im Brauhaus
  17:30 Uhr  Rückkehr nach Minden

Anmeldung bis 15. Mai im Intranet unter "Betriebsausflug 2026". Dort
könnt ihr auch Unverträglichkeiten/vegetarisch angeben - bitte nicht per
Mail an mich.

Einen Kalendereintrag zum Vormerken hänge ich an.

Liebe Grüße
Yvonne

""" + SIG['yvonne']
    cal = ics('d193-0058-ausflug2026@weserbogen.example', 'Betriebsausflug 2026 (Weser / Hameln)',
              '20260612T093000', '20260612T173000', E('yvonne'), ['alle-minden@weserbogen.example'],
              'Treffpunkt Parkplatz Tor 2', 'Anmeldung bis 15.05. im Intranet.', method='PUBLISH')
    return build(58, A('yvonne'), 'Alle Mitarbeitenden Minden <alle-minden@weserbogen.example>',
                 'Save the date: Betriebsausflug 12.06.2026', D(2026, 4, 2, 10, 0), body=body,
                 atts=[Att('Betriebsausflug_2026.ics', cal, 'text/calendar', params={'method': 'PUBLISH'})])


# --- 59 ------------------------------------------------------------------
@mail(59, 'CONFIDENTIAL', 'en', 'insurer-to-company',
      'D&O notice of circumstances naming an insured director of a US subsidiary and a former employee; policy number')
def _():
    body = """Dear Ms Ortiz,

thank you for the notice of circumstances sent on behalf of Ravensberg
Machinery Inc. We have registered it under the group D&O policy
DO 0044128 (policyholder Ravensberg Maschinenbau GmbH, US subsidiaries
included) with our reference DO-26-0007.

As we understand it, Mr Travis Holloway, former plant manager in
Charlotte, has announced through his attorney that he will sue Mr Scott
Halvorsen (President and director of Ravensberg Machinery Inc.)
personally for wrongful termination and defamation. No suit has been
filed yet.

Notifying this now was the right step: any later claim arising from
these circumstances will be treated as made during the current policy
period. Please note:

- Mr Halvorsen should not admit liability or agree a settlement without
  our prior consent.
- Defence counsel: we are happy for you to propose a firm; hourly rates
  above USD 650 need our approval.
- Employment practices claims against the company itself are not
  covered by the D&O policy; please check with your local EPL insurer.

Please send us the attorney's letter and Mr Holloway's employment file
summary (dates, position, reason for termination as documented) via our
secure upload link, which I will send separately.

Kind regards
Henrik Voßkuhl

""" + SIG['henrik'] + FOOT_EN
    return build(59, A('henrik'), 'Jennifer Ortiz <jortiz@ravensberg-machinery.example>',
                 'D&O DO 0044128 - notice of circumstances Holloway / Halvorsen - our ref DO-26-0007',
                 D(2026, 4, 7, 17, 12), body=body, cc='Giles Pemberton <giles.pemberton@harbourfinch.example>')


# --- 60 ------------------------------------------------------------------
@mail(60, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'approval of oncological rehabilitation for a named customer after breast cancer surgery (C50.4)')
def _():
    body = """Liebe Frau Wehking,

wir haben Ihren Antrag auf eine stationäre onkologische
Rehabilitationsmaßnahme geprüft und freuen uns, Ihnen eine Zusage geben
zu können.

Nach der brusterhaltenden Operation (Diagnose C50.4 links) und dem
Abschluss der Bestrahlung am 20.03.2026 übernehmen wir aus Ihrem Tarif
KomfortPlus die Kosten für

  3 Wochen Reha-Zentrum Heidehöhe, Bad Salzuflen,
  Aufnahme am 27.04.2026, Einzelzimmer,

zu 100 % nach Abzug der Leistung Ihres Rentenversicherungsträgers. Die
Deutsche Rentenversicherung hat ihre Beteiligung ja bereits abgelehnt,
weil Sie nicht mehr berufstätig sind; in diesem Fall übernehmen wir die
Kosten vollständig. Eine Verlängerung um bis zu einer Woche ist möglich,
wenn die Klinik sie medizinisch begründet.

Die Kostenübernahme haben wir der Klinik direkt geschickt. Sie müssen
nichts weiter tun.

Wir wünschen Ihnen eine gute und erholsame Zeit in Bad Salzuflen.

Herzliche Grüße

""" + SIG['gesine'] + FOOT_DE
    return build(60, A('gesine'), 'Ute Wehking <ute.wehking@online-mail.example>',
                 'Ihre Reha in Bad Salzuflen - Kostenzusage', D(2026, 4, 8, 12, 30), body=body)


# --- 61 ------------------------------------------------------------------
@mail(61, 'NORMAL', 'en', 'internal',
      'trap: Q1 travel health claims statistics by country (XLSX), hospital/evacuation counts, small cells merged')
def _():
    body = """Hi Annika,

Q1 figures for the travel health book attached, for your slide deck on
Thursday. Headlines:

- 3,412 claims (+9 % on Q1/2025), average EUR 318
- Spain and Turkey still top by count; the US by amount, as always -
  13 claims there cost more than the 1,400 from Spain
- 41 inpatient cases with a guarantee of payment, 6 air ambulances
- Countries with fewer than 10 claims are grouped as "Other"

No individual cases in the file, so you can share it with the
reinsurer as it is.

Marta

""" + SIG['marta']
    rows = [['Country of treatment', 'Claims', 'of which inpatient', 'Paid EUR', 'Average EUR'],
            ['Spain', 1402, 9, 298114, 212.6],
            ['Turkey', 611, 7, 214870, 351.7],
            ['Italy', 388, 3, 96410, 248.5],
            ['Austria', 344, 5, 151209, 439.6],
            ['Greece', 201, 2, 47733, 237.5],
            ['Thailand', 84, 4, 88120, 1049.0],
            ['USA', 13, 4, 312408, 24031.4],
            ['Other', 369, 7, 175932, 476.8],
            ['Total', 3412, 41, 1084806, 317.9]]
    evac = [['Medical transports Q1', 'Count', 'Cost EUR'],
            ['Air ambulance', 6, 412300],
            ['Stretcher on scheduled flight', 9, 61250],
            ['Ground ambulance cross-border', 11, 38900]]
    return build(61, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>', A('annika'),
                 'Q1 2026 travel health - figures by country', D(2026, 4, 9, 17, 2), body=body,
                 atts=[Att('Travel_health_Q1_2026_by_country.xlsx',
                           xlsx([('By country', rows), ('Transports', evac)], title='Travel health Q1 2026',
                                author='Marta Kowalczyk', when='2026-04-09T14:45:00Z'), XLSX_T)])


# --- 62 ------------------------------------------------------------------
@mail(62, 'CONFIDENTIAL', 'de', 'insurer-to-company',
      'carrier liability cargo claim of a logistics company with named contact and driver, policy and claim numbers')
def _():
    body = """Sehr geehrter Herr Rahe,

danke für die Meldung. Wir haben den Schaden aus Ihrer
Verkehrshaftungsversicherung VH 3007721 unter TR-26-0119 angelegt.

Sachverhalt, wie ich ihn verstanden habe:
- Sendung: 6 Paletten Schaltschränke, Absender Ravensberg Maschinenbau
  GmbH, Herford, Empfänger Bremer Anlagenbau GmbH
- Beim Entladen in Bremen am 07.04.2026 ist eine Palette vom Stapler
  des Empfängers gefallen; Ihr Fahrer, Herr Andrzej Nowicki, hat den
  Schaden auf dem Lieferschein vermerkt.
- Schadenhöhe laut Absender: 14.300 EUR

Da der Schaden beim Entladen durch den Empfänger entstand, spricht
einiges dafür, dass Sie hier gar nicht haften. Bitte senden Sie uns:
  * den quittierten Lieferschein mit dem Vermerk,
  * die Fotos Ihres Fahrers,
  * das Anspruchsschreiben des Absenders, sobald es vorliegt.

Bitte keine Zahlungszusage an den Absender; wir antworten ihm direkt.

Freundliche Grüße
Priya Raman

""" + SIG['priya'] + FOOT_DE
    return build(62, A('priya'), 'Dieter Rahe <d.rahe@kettler-logistik.example>',
                 'Schaden Schaltschränke Bremen 07.04. - unser Zeichen TR-26-0119', D(2026, 4, 9, 10, 20), body=body)


# --- 63 ------------------------------------------------------------------
@mail(63, 'NORMAL', 'de', 'insurer-to-assessor',
      'trap: out-of-office reply of the life/BU claims handler naming a deputy for urgent Leistungsfälle, no case data')
def _():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17.04.2026 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet.

In dringenden Leistungsfällen der Berufsunfähigkeits- und
Lebensversicherung wenden Sie sich bitte an meine Kollegin
Frau Petra Brune, Tel. 0571 8890-3125, oder an
leben-leistung@weserbogen.example.

Bitte senden Sie ärztliche Unterlagen nicht per E-Mail, sondern über
unser Kundenportal oder per Post.

""" + SIG['sabine']
    return build(63, A('sabine'), '"Dr. Falk Ehlers" <f.ehlers@gutachten-ehlers.example>',
                 'Automatische Antwort: Ihre Rechnung Nr. 2026-0412', D(2026, 4, 10, 13, 7), body=body,
                 headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


# --- 64 ------------------------------------------------------------------
@mail(64, 'STRICTLY_CONFIDENTIAL', 'en', 'customer',
      'named customer 24 weeks pregnant admitted in Sardinia with premature contractions; her mail forwarded to assistance')
def _():
    body = """Emily,

can you pick this up with the hospital in Olbia today? Mrs Ferraro is
fully insured with us (comprehensive health KV 3390412-01, worldwide
cover for trips up to 8 weeks), so this is not a travel policy case.
Maternity is covered, no waiting period left. She needs a guarantee of
payment and probably advice on whether/when she can travel. I told her
by phone that you will call her back.

Thanks!
Marta

""" + SIG['marta'] + """

-----Original Message-----
From: Giulia Ferraro <giulia.ferraro@libero-mail.example>
Sent: Tuesday, 14 April 2026 08:36
To: expat-claims@weserbogen.example
Subject: URGENT - hospital in Sardinia - pregnancy

Good morning,

I am Giulia Ferraro, insured by you with number KV 3390412-01. I am
on holiday in Sardinia with my husband and since yesterday evening I have
contractions, I am pregnant in 24th week. We went to the hospital in
Olbia (Ospedale Giovanni Paolo II? I think) and they keep me, they gave
me medicine to stop contractions and injection for the lungs of the baby.
The doctor say I must stay minimum one week and no flying for now.
The hospital ask me who pay. Please can you help me, my Italian is
good but the administration want document from the insurance.

My phone +39 345 555 0192 (Italian number now).

Thank you very much
Giulia Ferraro
"""
    return build(64, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>', A('emily'),
                 'FW: URGENT - hospital in Sardinia - pregnancy', D(2026, 4, 14, 8, 58), body=body,
                 headers=[('Importance', 'high')])


# --- 65 ------------------------------------------------------------------
@mail(65, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'internal underwriting of a term-life application: named applicant with birth year, BMI, hypertension, sleep apnoea')
def _():
    body = """Hallo Sabine,

mein Votum zu Starke:

Risikoerhöhend sind BMI 33,1, die medikamentös eingestellte Hypertonie
(Candesartan 16 mg, Werte laut Hausarzt um 140/90) und die
obstruktive Schlafapnoe mit CPAP seit 2022. Laborwerte unauffällig,
kein Nikotin. Die Schlafapnoe ist gut behandelt, Compliance laut
Schlaflabor > 6 h/Nacht.

Vorschlag: Annahme mit 50 % Risikozuschlag, keine Ausschlüsse.
Bei BMI < 30 in zwei Jahren kann der Zuschlag auf Antrag überprüft
werden.

Gruß
Thomas

""" + SIG['egger'] + """

Von: Hölscher, Sabine
Gesendet: Dienstag, 14. April 2026 11:20
An: Egger, Thomas Dr. med.
Betreff: Votum Risikoleben - Antrag Starke, Dominik (Jg. 1981)

Hallo Thomas,

kannst du mir ein Votum zum Antrag RL-A 26-01877 geben?
Antragsteller Dominik Starke, geb. 1981, Versicherungssumme 250.000 EUR,
Laufzeit 20 Jahre (Absicherung Baufinanzierung). Hausarztbericht und
Schlaflaborbefund liegen in der Akte.

Danke dir
Sabine
"""
    return build(65, A('egger'), A('sabine'), 'AW: Votum Risikoleben - Antrag Starke, Dominik (Jg. 1981)',
                 D(2026, 4, 15, 9, 40), body=body, headers=[('X-Mailer', 'Microsoft Outlook 16.0')])


# --- 66 ------------------------------------------------------------------
@mail(66, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'rental car excess claim of a named US customer after parking damage in Orlando; no injuries; claim number')
def _():
    body = """Dear Mr Brooks,

thank you for the claim form for the rental car damage in Orlando.

Your rental car excess insurance (policy RV 2287140) reimburses the
excess the rental company charges you for damage to the vehicle - here
USD 1,000 for the scratched door and mirror at the Disney Springs car
park on 3 April. You confirmed nobody was hurt and no other car was
involved, so this is straightforward. Claim number: 26-MS-00095.

To pay you, we need copies of:
  1. the rental agreement (with the excess amount),
  2. the damage report you signed when returning the car,
  3. the credit card statement showing the USD 1,000 charge.

We will pay in euros at the exchange rate of the debit date, to the
account we have on file for your premium payments unless you tell us
otherwise.

Kind regards
Dirk Schwentker

""" + SIG['dirk'] + FOOT_EN
    return build(66, A('dirk'), 'Nathan Brooks <nathan.brooks@lakemail.example>',
                 'Rental car excess Orlando - claim 26-MS-00095', D(2026, 4, 16, 11, 25), body=body)


# --- 67 ------------------------------------------------------------------
@mail(67, 'NORMAL', 'de', 'insurer-to-press',
      'trap: press answer with aggregated causes of occupational disability (psychische Erkrankungen, Krebs), no person')
def _():
    body = """Sehr geehrte Frau Holtkamp,

gern beantworte ich Ihre Fragen für den Beitrag im Mindener Wochenblatt.

1. Wie viele neue BU-Leistungsfälle gab es 2025?
   Wir haben 2025 insgesamt 612 neue Leistungsfälle in der
   Berufsunfähigkeitsversicherung anerkannt (2024: 577).

2. Was sind die häufigsten Ursachen?
   - psychische Erkrankungen (z. B. Depressionen, Burn-out): 37 %
   - Erkrankungen des Muskel-Skelett-Systems (Rücken, Gelenke): 21 %
   - Krebserkrankungen: 15 %
   - Unfälle: 9 %
   - Herz-Kreislauf-Erkrankungen: 7 %
   - sonstige: 11 %

3. Wie alt sind die Betroffenen?
   Das Durchschnittsalter bei Eintritt der BU lag bei 47 Jahren.

Sie dürfen die Zahlen mit Quellenangabe "Weserbogen Lebensversicherung"
verwenden. Einzelfälle können wir aus Datenschutzgründen nicht
schildern; für ein Porträt vermittle ich Ihnen gern den Kontakt zu einer
Selbsthilfeorganisation.

Mit freundlichen Grüßen

""" + SIG['christoph'] + FOOT_DE
    return build(67, '"Vahle, Christoph (Presse)" <presse@weserbogen.example>',
                 'Miriam Holtkamp <redaktion@mindener-wochenblatt.example>',
                 'AW: Anfrage Berufsunfähigkeit - Zahlen für Beitrag', D(2026, 4, 20, 15, 11), body=body)


# --- 68 ------------------------------------------------------------------
@mail(68, 'NORMAL', 'en', 'insurer-to-broker',
      'trap: meeting invitation (ICS) at an international health insurance forum in Dublin, no person data')
def _():
    body = """Hi Siobhán,

great that you're going to the International Health Insurance Forum in
Dublin too. I've put a slot for a coffee in both our calendars (invite
attached) - Wednesday 13 May, 10:30, at the Corrib stand if that
works, otherwise in the lobby of the Convention Centre.

Topics on my side:
- your pipeline for Irish tech firms sending staff to Germany (group
  health and income protection),
- the new English-language portal for your clients,
- commission terms for 2027.

Looking forward to it!
Annika

""" + SIG['annika'] + FOOT_EN
    cal = ics('d193-0068-ihif-dublin@weserbogen.example', 'Coffee Weserbogen / Corrib Risk Partners (IHIF Dublin)',
              '20260513T113000', '20260513T120000', E('annika'), ['siobhan@corribrisk.example', E('owen')],
              'Convention Centre Dublin, Corrib stand',
              'Meeting at the International Health Insurance Forum. Times in Europe/Berlin (10:30 Irish time).')
    return build(68, A('annika'), 'Siobhán Ní Bhriain <siobhan@corribrisk.example>',
                 'Coffee at IHIF Dublin, 13 May?', D(2026, 4, 21, 9, 17), body=body, cc=A('owen'),
                 atts=[Att('IHIF_Dublin_coffee.ics', cal, 'text/calendar', params={'method': 'REQUEST'})])


# --- 69 ------------------------------------------------------------------
@mail(69, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'cyber claim of a named sole-trader tax adviser (ransomware), policy number; client data only mentioned generally')
def _():
    body = """Sehr geehrter Herr Wessel,

wie heute Morgen am Telefon besprochen, bestätige ich Ihnen die
Aufnahme des Schadens aus Ihrer Cyberversicherung CY 0081204
(Steuerberatung Jürgen Wessel, Porta Westfalica) unter CY-26-0021.

Nächste Schritte:
1. Die IT-Forensiker der Firma Kryptwerk kommen heute um 14 Uhr zu
   Ihnen. Bitte die betroffenen Rechner NICHT neu aufsetzen und nicht
   ausschalten, nur vom Netz trennen.
2. Auf die Lösegeldforderung bitte nicht reagieren.
3. Da nach Ihrer Aussage auch Mandantendaten (Steuerunterlagen)
   betroffen sein könnten, prüfen Sie bitte mit unserem Datenschutz-
   Anwalt Herrn Dr. Remmert die Meldung an die LDI NRW innerhalb von
   72 Stunden seit Kenntnis (also bis Donnerstag, 10 Uhr). Die Kosten
   des Anwalts sind versichert. Er meldet sich in der nächsten Stunde
   bei Ihnen.
4. Ihr Berufsgeheimnis bleibt gewahrt: Forensiker und Anwalt arbeiten
   unter Verschwiegenheitsverpflichtung.

Die Selbstbeteiligung beträgt 1.000 EUR. Ich bin heute bis 19 Uhr unter
0171 5550 6612 erreichbar.

""" + SIG['henrik'] + FOOT_DE
    return build(69, A('henrik'), '"Steuerberatung Wessel" <kanzlei@stb-wessel.example>',
                 'Ihr Cyberschaden CY-26-0021 - nächste Schritte', D(2026, 4, 21, 10, 55), body=body,
                 headers=[('Importance', 'high')])


# --- 70 ------------------------------------------------------------------
@mail(70, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'harmless body; the PDF statement holds a named member\'s emergency root canal in Lisbon with pulpitis diagnosis')
def _():
    body = """Dear Mr Haverkamp,

please find attached your claim statement for the invoices you submitted
on 2 April. The amount will be transferred within the next three working
days.

Kind regards,

""" + SIG['marta'] + FOOT_EN
    lines = ['# Weserbogen Krankenversicherung AG - Claim statement',
             'Minden, 22 April 2026',
             '',
             'Member: Jonas Haverkamp, born 17 Sept 1990',
             'Membership / policy: GEX-477105-01 (WB Global Care, individual expat plan, Portugal)',
             'Claim reference: INT-2026-01944',
             '',
             '# Invoices',
             '1  Clínica Dentária Alfama, Lisbon - 28 March 2026 - emergency appointment',
             '   Diagnosis: acute irreversible pulpitis tooth 26 (K04.0)',
             '   Treatment: opening of root canal, medication, temporary filling        EUR 185.00',
             '2  Clínica Dentária Alfama, Lisbon - 1 April 2026',
             '   Root canal treatment tooth 26 (3 canals), X-ray x 2                    EUR 420.00',
             '3  Farmácia Rossio - 28 March 2026 - Amoxicillin 1 g, Ibuprofen 600 mg    EUR 14.30',
             '',
             '# Calculation',
             'Total invoiced                                                           EUR 619.30',
             'Dental benefit 90 % (items 1-2)                                           EUR 544.50',
             'Medication 100 % (item 3)                                                 EUR 14.30',
             'Amount paid                                                              EUR 558.80',
             '',
             'Note: The permanent crown recommended by the dentist needs a treatment plan before it is done.']
    return build(70, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>',
                 'Jonas Haverkamp <jonas.haverkamp@sapo-mail.example>', 'Your claim statement INT-2026-01944',
                 D(2026, 4, 22, 14, 48), body=body,
                 atts=[Att('Claim_statement_INT-2026-01944.pdf', pdf(lines, 'Claim statement', compress=True),
                           'application/pdf')])


# --- 71 ------------------------------------------------------------------
@mail(71, 'NORMAL', 'de', 'internal',
      'trap: actuarial note on mortality tables and death probabilities for term-life pricing, no person')
def _():
    body = """Hallo zusammen,

kurze Info vor der Tarifrunde Risikoleben 2027:

Die DAV hat die Überprüfung der Sterbetafel DAV 2008 T abgeschlossen.
Ergebnis: Die Tafel ist für Risikoversicherungen weiterhin ausreichend
vorsichtig; die beobachtete Sterblichkeit in unserem Bestand liegt bei
71 % (Männer) bzw. 68 % (Frauen) der Tafelwerte, Nichtraucher deutlich
darunter.

Beispiel (Nichtraucher, Männer, einjährige Sterbewahrscheinlichkeit q_x):

  Alter   DAV 2008 T   eigener Bestand 2021-2025
  30      0,00071      0,00045
  40      0,00118      0,00079
  50      0,00313      0,00214
  60      0,00797      0,00566

Vorschlag: Für 2027 prüfen wir einen zusätzlichen Nachlass in der
Nichtraucher-Tarifgruppe (Größenordnung 5 bis 8 %). Die Detailauswertung
nach Berufsgruppen stelle ich im Aktuariats-Jour-fixe am 05.05. vor.

Viele Grüße
Nadine

""" + SIG['nadine']
    return build(71, A('nadine'), 'Aktuariat Leben <aktuariat-leben@weserbogen.example>',
                 'Sterblichkeit Risikoleben - Vergleich DAV 2008 T / Bestand', D(2026, 4, 23, 16, 30), body=body)


# --- 72 ------------------------------------------------------------------
@mail(72, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-court',
      'pension-rights information to a family court about a named insured\'s private pension policy with birth date and values')
def _():
    body = """Sehr geehrte Damen und Herren,

in der Familiensache

  Bekemeier ./. Bekemeier, Az. 12 F 318/25

übersenden wir die angeforderte Auskunft zum Versorgungsausgleich für
das Anrecht von Herrn Thorsten Bekemeier, geb. 30.06.1976, aus der
privaten Rentenversicherung Nr. RV 9120456-3 bei der Weserbogen
Lebensversicherung AG.

Ehezeit laut Beschluss: 01.05.2009 - 31.10.2025
Ehezeitanteil (Deckungskapital): 38.412,87 EUR
Teilungskosten: 250,00 EUR (hälftig)
Ausgleichswert (Vorschlag): 19.081,44 EUR

Wir schlagen die interne Teilung vor. Die ausführliche Berechnung nach
§ 5 VersAusglG sowie unsere Teilungsordnung sind als PDF beigefügt und
gehen Ihnen zusätzlich auf dem Postweg zu.

Mit freundlichen Grüßen

""" + SIG['melanie'] + FOOT_DE
    calc = pdf(['# Auskunft zum Versorgungsausgleich - Az. 12 F 318/25',
                'Weserbogen Lebensversicherung AG',
                'Versicherte Person: Thorsten Bekemeier, geb. 30.06.1976',
                'Vertrag: RV 9120456-3, Private Rentenversicherung, Beginn 01.12.2006',
                '',
                'Deckungskapital zum 01.05.2009:        6.218,40 EUR',
                'Deckungskapital zum 31.10.2025:       44.631,27 EUR',
                'Ehezeitanteil:                        38.412,87 EUR',
                'abzgl. hälftige Teilungskosten:          125,00 EUR',
                'Ausgleichswert (1/2):                 19.081,44 EUR (gerundet)',
                '',
                'Korrespondierender Kapitalwert: 19.081,44 EUR'],
               'Auskunft Versorgungsausgleich')
    return build(72, A('melanie'), '"Amtsgericht Minden - Familiengericht" <familiengericht@ag-minden.example>',
                 'Az. 12 F 318/25 - Auskunft Versorgungsausgleich RV 9120456-3', D(2026, 4, 24, 10, 2), body=body,
                 atts=[Att('Auskunft_VA_12F318-25.pdf', calc, 'application/pdf')])


# --- 73 ------------------------------------------------------------------
@mail(73, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'buildings insurance quote for a holiday home of a named Irish couple; broker mail with date of birth quoted')
def _():
    body = """Hi Siobhán,

thanks for sending this through. Here's our quote for the Kinsellas'
holiday home:

  Risk address:     Am Kahlen Asten 17, 59955 Winterberg
  Owners:           Declan and Mairéad Kinsella
  Cover:            buildings incl. storm/hail and natural hazards
                    (flood, heavy snow - relevant up there!)
  Sum insured:      replacement value, base "Wert 1914" 28,500 Mark
  Excess:           EUR 500
  Annual premium:   EUR 712.40 incl. 19 % insurance tax

Because the house is empty for more than 60 days in a row at times, the
owners need to switch off and drain the water supply in winter, or have
someone check the house weekly. That's the only special condition.

If they're happy, please send the signed proposal through the broker
portal and we'll issue the policy from 1 June.

Cheers,
Owen

""" + SIG['owen'] + """

> From: Siobhán Ní Bhriain <siobhan@corribrisk.example>
> Sent: Thursday 23 April 2026 17:55
> To: Owen Fitzgerald
> Subject: Holiday home Winterberg - Kinsella
>
> Owen, hi - new one for you. Clients Declan Kinsella (DOB 12/05/1968)
> and Mairéad Kinsella (DOB 03/09/1970), Oranmore, Co. Galway, bought a
> chalet in Winterberg last autumn (Am Kahlen Asten 17), built 1994,
> 140 m2, timber/brick. Currently insured with nobody since the sale -
> the bank wants cover by 1 June. Can you quote buildings? They'll do
> contents with us here. Thanks a mil, S.
""" + FOOT_EN
    return build(73, A('owen'), 'Siobhán Ní Bhriain <siobhan@corribrisk.example>',
                 'RE: Holiday home Winterberg - Kinsella', D(2026, 4, 27, 11, 36), body=body)


# --- 74 ------------------------------------------------------------------
@mail(74, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: anonymised large-loss list for the reinsurer (XLSX) with injury categories and age bands only')
def _():
    body = """Sehr geehrter Herr Dr. Marquardt,

wie im Vertrag Sach/HUK-Kumulschaden-XL vereinbart, erhalten Sie anbei
unsere Großschadenliste 2025 (alle Schäden über 250.000 EUR brutto).

Die Liste ist anonymisiert: keine Namen, Anschriften oder Kennzeichen;
Personenschäden sind nur mit Schweregrad-Kategorie und Altersband
angegeben. Wenn Sie für einzelne Schäden Details benötigen, stellen wir
die Unterlagen im Datenraum bereit.

Mit freundlichen Grüßen
Nadine Sievers

""" + SIG['nadine'] + FOOT_DE
    rows = [['lfd. Nr.', 'Sparte', 'Schadenjahr', 'Ursache', 'Personenschaden', 'Altersband', 'Reserve + Zahlung EUR'],
            [1, 'Kfz-Haftpflicht', 2025, 'Frontalzusammenstoß Landstraße', 'schwer (Dauerschaden)', '20-29', 2840000],
            [2, 'Feuer Gewerbe', 2025, 'Brand Lagerhalle, Elektrik', 'nein', '-', 1910000],
            [3, 'Kfz-Haftpflicht', 2024, 'Fußgänger, innerorts', 'schwer', '60-69', 1125000],
            [4, 'Betriebshaftpflicht', 2025, 'Produktmangel Dosierpumpe', 'nein', '-', 640000],
            [5, 'Wohngebäude', 2025, 'Sturm "Hermine", Dachstuhl', 'nein', '-', 412500],
            [6, 'Kfz-Haftpflicht', 2025, 'Auffahrunfall Autobahn, mehrere Beteiligte', 'mittel', '40-49', 388000],
            [7, 'Privathaftpflicht', 2025, 'Fahrradunfall mit Fußgänger', 'mittel', '70-79', 261300]]
    return build(74, A('nadine'), 'Dr. Felix Marquardt <felix.marquardt@elbtal-re.example>',
                 'Großschadenliste 2025 Sach/HUK (anonymisiert)', D(2026, 4, 28, 9, 12), body=body,
                 atts=[Att('Grossschadenliste_2025_anonymisiert.xlsx',
                           xlsx([('Großschäden 2025', rows)], title='Großschadenliste 2025', author='Nadine Sievers',
                                when='2026-04-27T16:00:00Z'), XLSX_T)])


# --- 75 ------------------------------------------------------------------
@mail(75, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'internal coverage question on chemotherapy in the US for a named expat member with lymphoma')
def _():
    body = """Hi Gesine,

quick one before I call the member back this afternoon - you know the
Global Care conditions better than I do.

Mr Stefan Merschmann (GEX-418823-12, Ravensberg assignee in Houston)
was diagnosed last week with diffuse large B-cell lymphoma. The
oncologist at Gulf Coast Cancer Center proposes 6 cycles of R-CHOP
starting 11 May; their estimate is USD 184,000 for the chemo alone,
PET-CT and possible radiotherapy on top.

Questions:
1. Is there any sub-limit for oncology under the US extension, or does
   only the overall USD 2m annual cap apply?
2. If he prefers to have the treatment in Germany (his wife wants to
   be near family in Bielefeld), do we still cover it under the expat
   plan, or does his statutory insurance kick in again?
3. Can we offer him a second opinion at a German university hospital
   before he decides?

He's pretty shaken, so I'd like to give him clear answers.

Thanks,
Owen

""" + SIG['owen']
    return build(75, A('owen'), A('gesine'), 'Global Care - chemo in US vs Germany (GEX-418823-12)',
                 D(2026, 4, 29, 11, 3), body=body, cc='"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>')

# --- 76 ------------------------------------------------------------------
@mail(76, 'CONFIDENTIAL', 'de', 'internal',
      'HR letter to a named employee with his new monthly salary and pay grade (income)')
def _():
    body = """Lieber Herr Kölling,

wie im Jahresgespräch mit Frau Dr. Roßbach besprochen, freue ich mich,
Ihnen Folgendes bestätigen zu können:

Mit Wirkung zum 01.05.2026 werden Sie von Tarifgruppe VI in die
Tarifgruppe VII (Berufsjahr 3) des Tarifvertrags für das private
Versicherungsgewerbe eingruppiert. Ihr monatliches Bruttogehalt beträgt
damit 4.680,00 EUR (bisher 4.212,00 EUR). Die außertarifliche Zulage für
die Rufbereitschaft im Assistance-Team (180,00 EUR monatlich) bleibt
unverändert.

Das schriftliche Änderungsschreiben liegt ab Montag zur Unterschrift in
Ihrem Postfach im Personalportal.

Herzlichen Glückwunsch und weiterhin viel Erfolg!

Viele Grüße
Yvonne Detmers

""" + SIG['yvonne']
    return build(76, A('yvonne'), 'Marvin Kölling <marvin.koelling@weserbogen.example>',
                 'Ihre Höhergruppierung zum 01.05.2026', D(2026, 4, 22, 15, 0), body=body, cc=A('annika'),
                 headers=[('Sensitivity', 'Private')])


# --- 77 ------------------------------------------------------------------
@mail(77, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: translation order for blank claim forms (diagnosis and treating-doctor fields) into English, Spanish, Turkish')
def _():
    body = """Hello Ms Quinn,

we'd like to order the translation of two blank forms into English,
Spanish and Turkish (attached, German source in Word):

1. "Antrag auf Erstattung von Krankheitskosten im Ausland"
   (claim form for medical expenses abroad), 2 pages
2. "Ärztliche Bescheinigung Transportfähigkeit" (fit-to-fly
   certificate for the treating doctor), 1 page

Please keep the layout and the field labels short - the forms are
filled in by hand in hospitals. The forms are empty templates, there is
no personal data in them. Our glossary from last year's job (Excel,
"WB_Glossary_Health_2025") still applies, for example "Diagnose" =
"diagnosis", "behandelnder Arzt" = "treating physician".

Deadline: 20 May. Please confirm price and date.

Kind regards
Marta Kowalczyk

""" + SIG['marta'] + FOOT_EN
    form = docx(['# Antrag auf Erstattung von Krankheitskosten im Ausland',
                 'Versicherungsnummer: ______________   Schadennummer (falls bekannt): ______________',
                 'Name der behandelten Person: ____________________   Geburtsdatum: ___________',
                 'Reiseland: ______________   Reisebeginn: ________   Rückreise: ________',
                 '# Angaben zur Behandlung',
                 'Erkrankung / Unfall seit: ________   Diagnose: _____________________________',
                 'Behandelnder Arzt / Krankenhaus (Name, Anschrift): ______________________',
                 'Ambulant [ ]   Stationär [ ] von ______ bis ______',
                 'Bestand die Erkrankung bereits vor Reiseantritt?  [ ] ja  [ ] nein',
                 '# Bankverbindung für die Erstattung',
                 'Kontoinhaber: ____________________   IBAN: ______________________________',
                 'Ort, Datum, Unterschrift: ____________________________',
                 '# Ärztliche Bescheinigung Transportfähigkeit',
                 'Der/die Patient/in ist ab ________ transportfähig   [ ] Linienflug sitzend  [ ] mit Begleitung  [ ] liegend',
                 'Stempel und Unterschrift des behandelnden Arztes: ____________________'],
                title='Formulare Ausland Vorlage', author='Marta Kowalczyk', when='2026-05-04T08:30:00Z')
    return build(77, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>',
                 'Órla Quinn <projects@wordbridge-translations.example>',
                 'Translation order: 2 blank claim forms DE > EN/ES/TR', D(2026, 5, 4, 10, 26), body=body,
                 atts=[Att('Formulare_Ausland_Vorlage_DE.docx', form, DOCX_T)])


# --- 78 ------------------------------------------------------------------
@mail(78, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
      'only in the XLSX: employer pension (Direktversicherung) list with named employees, birth dates, salary conversion, sums')
def _():
    body = """Hallo Frau Grote,

anbei wie jedes Jahr die Bestandsliste Ihrer Direktversicherungen zum
Stichtag 01.05.2026 für Ihre Lohnbuchhaltung. Bitte gleichen Sie die
Beträge der Entgeltumwandlung mit Ihren Abrechnungsdaten ab; Abweichungen
gern bis 31.05. an mich.

Zwei Hinweise:
- Bei einem Mitarbeiter ist die Umwandlung seit März ausgesetzt
  (Elternzeit) - der Vertrag läuft beitragsfrei weiter.
- Neuzugänge melden Sie bitte weiter über das Firmenkundenportal.

Die Datei ist mit dem Kennwort geschützt, das wir Ihnen per SMS
geschickt haben.

Viele Grüße
Ole Jansen

""" + SIG['ole'] + FOOT_DE
    rows = [['Personalnr.', 'Name', 'Vorname', 'Geburtsdatum', 'Vertrag', 'Umwandlung mtl. EUR',
             'AG-Zuschuss mtl. EUR', 'Garantierte Rente mtl. EUR', 'Status'],
            ['K-0117', 'Rahe', 'Dieter', '14.02.1968', 'DV 5502114-1', 250.00, 37.50, 412.80, 'aktiv'],
            ['K-0245', 'Nowicki', 'Andrzej', '09.09.1979', 'DV 5502287-4', 100.00, 15.00, 218.40, 'aktiv'],
            ['K-0301', 'Grote', 'Sabine', '23.06.1983', 'DV 5502331-2', 200.00, 30.00, 391.10, 'aktiv'],
            ['K-0388', 'Lübbert', 'Kevin', '30.11.1990', 'DV 5502402-9', 150.00, 22.50, 346.95, 'beitragsfrei ab 01.03.2026'],
            ['K-0412', 'Schäfer', 'Natalia', '17.04.1995', 'DV 5502518-6', 75.00, 11.25, 201.70, 'aktiv'],
            ['K-0433', 'Hüsemann', 'Jürgen', '02.01.1962', 'DV 5502519-3', 302.00, 45.30, 290.15, 'aktiv'],
            ['K-0470', 'Krüger', 'Jana', '11.08.1998', 'DV 5502644-8', 50.00, 7.50, 158.60, 'aktiv']]
    return build(78, A('ole'), 'Sabine Grote <s.grote@kettler-logistik.example>',
                 'Bestandsliste Direktversicherung Stichtag 01.05.2026', D(2026, 5, 5, 8, 45), body=body,
                 atts=[Att('Bestandsliste_DV_Kettler_2026-05-01.xlsx',
                           xlsx([('Bestand', rows)], title='Bestandsliste Direktversicherung', author='Ole Jansen',
                                when='2026-05-04T15:00:00Z'), XLSX_T)])


# --- 79 ------------------------------------------------------------------
@mail(79, 'NORMAL', 'de', 'internal',
      'trap: training invitation on ICD-10-GM 2026 changes for the health claims team (ICS), no patient')
def _():
    body = """Liebe Kolleginnen und Kollegen der Leistungsabteilung,

zum Jahreswechsel ist die ICD-10-GM 2026 in Kraft getreten. Die
Änderungen betreffen uns vor allem bei

- neuen Kodes für Long-/Post-COVID-Zustände (U09.-, U10.-),
- der erweiterten Differenzierung bei Adipositas (E66.-),
- geänderten Zusatzkennzeichen bei Verdachtsdiagnosen (V) und
  Zustand nach (Z).

In der Schulung schauen wir uns an, woran man auf Arztrechnungen eine
veraltete Kodierung erkennt und wann wir nachfragen müssen. Bitte
bringt keine echten Fälle mit; ich habe anonymisierte Beispiele
vorbereitet.

Termin siehe Einladung (60 Minuten, Raum 3.12 oder Teams).

Viele Grüße
Thomas Egger

""" + SIG['egger']
    cal = ics('d193-0079-icd2026@weserbogen.example', 'Schulung ICD-10-GM 2026 für die Leistungsprüfung',
              '20260512T140000', '20260512T150000', E('egger'), ['kv-leistung@weserbogen.example'],
              'Raum 3.12 / Microsoft Teams', 'Änderungen ICD-10-GM 2026, anonymisierte Beispiele.')
    return build(79, A('egger'), 'Team Leistung KV <kv-leistung@weserbogen.example>',
                 'Einladung: Schulung ICD-10-GM 2026 (12.05., 14 Uhr)', D(2026, 4, 30, 13, 14), body=body,
                 atts=[Att('Schulung_ICD-10-GM_2026.ics', cal, 'text/calendar', params={'method': 'REQUEST'})])


# --- 80 ------------------------------------------------------------------
@mail(80, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'no-claims confirmation for a named customer moving to Scotland: date of birth, policy, claims history (PDF)')
def _():
    body = """Dear Ms MacLeod,

as requested, please find attached a confirmation of your claims-free
driving years with us, in English, for your new insurer in the UK.

It shows your motor policy KF 4401873 from 01.02.2019 to 30.04.2026,
the no-claims class (SF 7) and that no claims were made in that period.
Insurers in the UK usually accept this as proof of no-claims discount;
if yours needs anything else, just let me know.

All the best for the move back to Edinburgh!

""" + SIG['jens'] + FOOT_EN
    letter = pdf(['# Weserbogen Allgemeine Versicherung AG',
                  'Am Weserbogen 12, 32423 Minden, Germany',
                  '',
                  'Minden, 6 May 2026',
                  '',
                  '# Confirmation of claims-free driving (No Claims Discount)',
                  '',
                  'Policyholder:       Ms Fiona MacLeod',
                  'Date of birth:      21 January 1984',
                  'Address until 04/2026: Simeonsplatz 9, 32423 Minden, Germany',
                  'Motor policy:       KF 4401873 (third-party liability and comprehensive)',
                  'Vehicle:            Mini Cooper Countryman, registration MI-FM 221 (cancelled 30.04.2026)',
                  'Period of cover:    01.02.2019 to 30.04.2026',
                  'No-claims class:    SF 7 (seven claims-free years)',
                  'Claims:             none in the period of cover',
                  '',
                  'This confirmation is issued at the request of the policyholder for presentation to a',
                  'motor insurer in the United Kingdom.',
                  '',
                  'Jens Overbeck, Motor Claims and Underwriting'],
                 'No claims confirmation')
    return build(80, A('jens'), 'Fiona MacLeod <fiona.macleod@thistlemail.example>',
                 'Your no-claims confirmation (policy KF 4401873)', D(2026, 5, 6, 9, 31), body=body,
                 atts=[Att('No_Claims_Confirmation_MacLeod.pdf', letter, 'application/pdf')])


# --- 81 ------------------------------------------------------------------
@mail(81, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'motor liability personal injury: named injured party with whiplash (HWS-Distorsion), medical certificates, pain and suffering offer')
def _():
    body = """Sehr geehrter Herr Rechtsanwalt Steinmeier,

in der Unfallsache Ihrer Mandantin

  Frau Laura Wischhusen ./. unser VN (Kfz-Haftpflicht KF 4469930)
  Unfall vom 19.02.2026, Minden, Portastraße
  unser Zeichen KS-26-0036611

liegen uns jetzt die Unterlagen vor, die Sie mit Schreiben vom
24.04.2026 übersandt haben:

- Durchgangsarztbericht vom 19.02.2026: HWS-Distorsion (S13.4),
  Prellung linke Schulter,
- Bescheinigungen der Hausärztin über Arbeitsunfähigkeit vom
  19.02. bis 13.03.2026,
- Verordnung über 12 x Krankengymnastik, Rechnung der Praxis
  PhysioVital 420,00 EUR.

Die Haftung unseres Versicherungsnehmers ist unstreitig. Wir bieten zur
Abgeltung aller Ansprüche aus dem Unfall, ausgenommen etwaige Zukunfts-
schäden, an:

  Schmerzensgeld                     1.800,00 EUR
  Haushaltsführungsschaden (3 Wo.)     540,00 EUR
  Zuzahlungen/Physiotherapie           420,00 EUR
  Fahrtkosten zu Behandlungen           96,40 EUR
  Summe                              2.856,40 EUR

zuzüglich Ihrer Gebühren nach RVG aus diesem Wert. Den Verdienstausfall
rechnet der Arbeitgeber nach Entgeltfortzahlung direkt mit uns ab.

""" + SIG['jens'] + FOOT_DE
    return build(81, A('jens'), '"Kanzlei Steinmeier Verkehrsrecht" <post@ra-steinmeier.example>',
                 'Ihre Mandantin Wischhusen - KS-26-0036611 - Abfindungsangebot', D(2026, 5, 6, 14, 22), body=body)


# --- 82 ------------------------------------------------------------------
@mail(82, 'NORMAL', 'en', 'insurer-to-customer',
      'trap: portal registration one-time code in English, generic greeting, mentions medical documents only in general')
def _():
    body = """Hello,

you have started the registration for the Weserbogen secure portal.

Your one-time registration code is:   731-582

The code is valid for 48 hours. Enter it on the registration page
together with the letter code we sent you by post.

In the portal you can read our letters, upload invoices and medical
documents safely, and send us messages that are encrypted end-to-end.

If you did not start this registration, please ignore this e-mail or
call us on +49 571 8890-0.

Weserbogen Versicherung AG
This is an automatically generated e-mail. Please do not reply.
"""
    return build(82, 'Weserbogen Secure Portal <noreply@weserbogen.example>', 'ciaran.mulholland@eircommail.example',
                 'Your registration code for the Weserbogen secure portal', D(2026, 2, 12, 18, 2), body=body,
                 headers=[('Auto-Submitted', 'auto-generated')], mid_host='portal.weserbogen.example')


# --- 83 ------------------------------------------------------------------
@mail(83, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'electronics insurance claim of a named customer (smartphone display), claim number, payout to her IBAN')
def _():
    ib = iban('DE', '37050198' + '0019283746')
    body = """Hallo Frau Kuhlmann,

vielen Dank für die Reparaturrechnung von "Handydoktor Minden" über
229,00 EUR für den Displaytausch Ihres iPhone 14.

Aus Ihrer Elektronikversicherung (EL 1147205) erstatten wir den Betrag
abzüglich der Selbstbeteiligung von 50 EUR, also 179,00 EUR.

Die Zahlung geht an die Bankverbindung aus Ihrer Schadenmeldung:
IBAN """ + ib + """, Kontoinhaberin Lisa Kuhlmann.

Schadennummer für Ihre Unterlagen: 26-EL-00274.

Freundliche Grüße

""" + SIG['friederike'] + FOOT_DE
    return build(83, A('friederike'), 'Lisa Kuhlmann <lisa.kuhlmann98@mailbox-owl.example>',
                 'Ihr Schaden 26-EL-00274 - Erstattung Displaytausch', D(2026, 5, 7, 10, 18), body=body)


# --- 84 ------------------------------------------------------------------
@mail(84, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker',
      'group accident claim for a named UK employee injured at a German trade fair: ankle fracture, surgery, hospital allowance')
def _():
    body = """Giles,

thanks for passing on the notification from Pennine Precision Tools.

I've registered the claim under their group personal accident policy
GU 6602177 (business travel cover) as 26-UV-00231:

  Insured person:  Mr Craig Doherty, sales engineer
  Accident:        21 April 2026, Hannover trade fair, fell from the
                   raised platform of the company stand while setting up
  Injury:          trimalleolar fracture of the right ankle, open
                   reduction and internal fixation on 22 April,
                   inpatient until 27 April, then flown home to
                   Manchester (seated, with crutches)

What the policy pays now:
- hospital daily allowance EUR 50 x 6 days = EUR 300,
- the extra cost of the return flight (business class seat for the
  leg) as per the receipt, EUR 1,184.

Permanent impairment, if any, can only be assessed after about 12
months. We'll ask for a consultant's report next spring.

For the hospital allowance, could the company send us the discharge
letter from the hospital in Hannover? Via the upload link please, not
by e-mail.

Best regards,
Owen

Owen Fitzgerald, on behalf of Bernd Kuhlmann (accident claims)

""" + SIG['owen'] + FOOT_EN
    return build(84, A('owen'), 'Giles Pemberton <giles.pemberton@harbourfinch.example>',
                 'Pennine Precision Tools - accident C. Doherty - our ref 26-UV-00231', D(2026, 5, 7, 16, 40),
                 body=body, cc=A('bernd'))


# --- 85 ------------------------------------------------------------------
@mail(85, 'NORMAL', 'de', 'insurer-to-customer',
      'trap: portal notification "neue Nachricht" without name or content; mentions Gesundheitsdaten only generally')
def _():
    body = """Sehr geehrte Kundin, sehr geehrter Kunde,

in Ihrem persönlichen Postfach im Weserbogen-Kundenportal liegt eine
neue Nachricht für Sie.

Bitte melden Sie sich unter https://portal.weserbogen.example an, um sie
zu lesen. Aus Datenschutzgründen - zum Beispiel, weil Nachrichten
Gesundheitsdaten oder Vertragsdetails enthalten können - senden wir den
Inhalt nicht per E-Mail.

Sie haben Ihr Passwort vergessen? Nutzen Sie auf der Anmeldeseite die
Funktion "Passwort zurücksetzen".

Mit freundlichen Grüßen
Ihre Weserbogen Versicherung

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht
darauf.
"""
    return build(85, 'Weserbogen Kundenportal <noreply@weserbogen.example>', 'k.stuehmeier-bode@t-mail.example',
                 'Neue Nachricht in Ihrem Kundenportal', D(2026, 5, 8, 6, 15), body=body,
                 headers=[('Auto-Submitted', 'auto-generated')], mid_host='portal.weserbogen.example')


# --- 86 ------------------------------------------------------------------
@mail(86, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'travel health claim for a named customer after a ski accident in Tyrol: tibial plateau fracture, helicopter rescue, surgery')
def _():
    body = """Sehr geehrte Frau Heidemann,

wir hoffen, dass es Ihrem Knie inzwischen besser geht.

Die Rechnungen zu Ihrem Skiunfall am 02.03.2026 in Sölden haben wir
abgerechnet (Auslandsreise-Krankenversicherung RK 5512230):

  Bergrettung / Hubschrauber Christophorus-Ost           3.870,00 EUR
  Privatklinik Arlberg-Süd, 02.-07.03.2026
    Schienbeinkopffraktur rechts (S82.1),
    Osteosynthese mit Platte und Schrauben,
    5 Tage stationär, Sonderklasse                       9.412,60 EUR
  Orthese und Unterarmgehstützen                           318,00 EUR
  Rücktransport liegend im Krankenwagen nach Minden      1.290,00 EUR
  -------------------------------------------------------------------
  Summe                                                 14.890,60 EUR

Die Klinik und den Krankentransport haben wir direkt bezahlt. Die
Kosten der Bergung, die Sie vor Ort mit Kreditkarte beglichen haben,
erstatten wir Ihnen (3.870,00 EUR). Ihre gesetzliche Krankenkasse
(AOK) haben wir wegen ihres Anteils an der Klinikrechnung angeschrieben;
das betrifft Sie nicht weiter.

Für die Physiotherapie in Minden ist jetzt wieder Ihre Krankenkasse
zuständig.

Gute Besserung und freundliche Grüße

""" + SIG['marta'] + FOOT_DE
    return build(86, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>',
                 'Sabrina Heidemann <sabrina.heidemann@web-post.example>',
                 'Ihr Skiunfall in Sölden - Abrechnung', D(2026, 4, 13, 11, 8), body=body)


# --- 87 ------------------------------------------------------------------
@mail(87, 'NORMAL', 'en', 'internal',
      'trap: IT ticket about an Outlook rule for the expat-claims mailbox (medical reports, invoices), no case content')
def _():
    body = """Hi Owen,

your request REQ-2026-04412 ("auto-sort expat-claims mailbox") is done.

What we set up on the shared mailbox expat-claims@:
  * Mails from the app gateway (app-upload@) go to folder "01 App".
  * Mails whose subject contains "pre-authorisation" or "PA-" go to
    "02 Pre-Auth".
  * Mails with attachments larger than 10 MB go to "03 Large" - that's
    mostly scanned hospital files.
  * Everything else stays in the inbox.

We did NOT add a rule that sorts by words like "diagnosis" or "medical
report" in the body, as you suggested - content rules on that mailbox
would need a data protection check first (Heike is in cc). Let's talk
about it if you still need it.

Please test and close the ticket in the portal if it works.

Cheers
Kai-Uwe

""" + SIG['kai']
    return build(87, '"IT-Servicedesk" <servicedesk@weserbogen.example>', A('owen'),
                 '[REQ-2026-04412] Outlook rules for expat-claims mailbox - done', D(2026, 5, 11, 9, 3), body=body,
                 cc=A('heike'), headers=[('X-Ticket-ID', 'REQ-2026-04412')])


# --- 88 ------------------------------------------------------------------
@mail(88, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'e-bike theft claim of a named customer: frame number, police reference, household policy')
def _():
    body = """Hallo Herr Möllering,

danke für Ihre Meldung. Ärgerlich, dass das Rad direkt vor dem Bahnhof
weggekommen ist.

Wir haben den Diebstahl aus Ihrer Hausratversicherung HR 6633014
(Baustein Fahrraddiebstahl, Entschädigung bis 3.000 EUR) unter der
Nummer 26-FD-00419 angelegt.

  Fahrrad:         E-Bike Stevens E-Triton, schwarz
  Rahmennummer:    WB4X2219873K
  Tatort/-zeit:    Bahnhof Minden, Fahrradständer Ost,
                   11.05.2026 zwischen 07:10 und 17:45 Uhr
  Polizei:         Anzeige vom 11.05., Tgb.-Nr. 260511-1422

Bitte schicken Sie uns noch die Kaufrechnung und - falls vorhanden -
den Schlüssel des Fahrradschlosses (per Post). Wird das Rad innerhalb
von vier Wochen gefunden, sagen Sie uns bitte Bescheid.

""" + SIG['friederike'] + FOOT_DE
    return build(88, A('friederike'), 'Hendrik Möllering <hendrik.moellering@t-mail.example>',
                 'E-Bike-Diebstahl - Ihr Schaden 26-FD-00419', D(2026, 5, 12, 13, 51), body=body)


# --- 89 ------------------------------------------------------------------
@mail(89, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'death benefit claim under a named deceased policyholder\'s life insurance: cause of death (pancreatic cancer) quoted')
def _():
    body = """Dear Mrs Ellison,

please accept our sincere condolences on the death of your husband.

Thank you for sending the documents so soon. I have registered your
claim for the death benefit under Mr Peter Ellison's term life policy
LV 7731140-2 (sum assured EUR 120,000, beneficiary: yourself).

Because the policy started less than three years ago (1 July 2023), we
are required to check whether the illness was known when the policy was
taken out. This is a routine step and not a sign of doubt. For it I
need:

  1. the medical certificate of the cause of death (the death
     certificate you sent is the short version without the cause), and
  2. your permission to ask his GP in Bad Oeynhausen for a short
     report on when the pancreatic cancer was first diagnosed. The
     consent form is attached - please sign it as his heir.

Once we have these, I will do my best to conclude within two weeks.

With kind regards,
Owen Fitzgerald
on behalf of Sabine Hölscher, Life Claims

""" + SIG['owen'] + """

On Mon, 11 May 2026 at 19:02, Margaret Ellison <maggie.ellison@btmail.example> wrote:
> Dear Sir or Madam,
> My husband Peter passed away on 2 March after a short illness
> (pancreatic cancer, diagnosed last November). I enclose the death
> certificate and the policy. I'm afraid my German isn't good enough to
> fill in your forms. What else do you need?
> Yours faithfully, Margaret Ellison
""" + FOOT_EN
    consent = pdf(['# Consent to obtain medical information (deceased insured person)',
                   'Weserbogen Lebensversicherung AG - policy LV 7731140-2',
                   '',
                   'Deceased insured person: Peter Ellison, date of death 02/03/2026',
                   'I, the undersigned heir / beneficiary, authorise Weserbogen Lebensversicherung AG to',
                   'obtain information from the treating physicians of the deceased about the illness',
                   'that led to death and about its first diagnosis.',
                   '',
                   'Name: ____________________   Relationship: ____________   Signature: ______________'],
                  'Consent deceased')
    return build(89, A('owen'), 'Margaret Ellison <maggie.ellison@btmail.example>',
                 'Re: Peter Ellison - life insurance LV 7731140-2', D(2026, 5, 12, 10, 14), body=body,
                 cc=A('sabine'), atts=[Att('Consent_medical_information_deceased.pdf', consent, 'application/pdf')])


# --- 90 ------------------------------------------------------------------
@mail(90, 'NORMAL', 'de', 'internal',
      'trap: canteen menu with allergens and diabetic-friendly/gluten-free labels, no person')
def _():
    body = """Speiseplan KW 21 (18.05. - 22.05.2026)
Betriebsrestaurant "Weserblick"

Montag
  Linsen-Kokos-Curry mit Basmatireis (vegan) ............. 4,20 EUR
  Schweineschnitzel, Pommes, Salat ....................... 5,60 EUR
  Allergene: Sellerie, Senf (Curry); Gluten, Ei (Schnitzel)

Dienstag
  Ofenlachs mit Dillkartoffeln ........................... 6,10 EUR
  Käsespätzle mit Röstzwiebeln ........................... 4,50 EUR
  Allergene: Fisch, Milch (Lachs); Gluten, Ei, Milch (Spätzle)

Mittwoch
  Hähnchenbrust, Ratatouille, Polenta - glutenfrei ....... 5,40 EUR
  Gemüselasagne .......................................... 4,60 EUR

Donnerstag
  Rindergulasch, Kartoffelpüree .......................... 5,90 EUR
  Bunte Bowl mit Falafel ................................. 4,80 EUR

Freitag
  Fischfilet "Müllerin Art", Petersilienkartoffeln ....... 5,20 EUR
  Milchreis mit Kirschen ................................. 3,20 EUR

Alle mit (D) gekennzeichneten Desserts sind diabetikergeeignet
(zuckerreduziert, mit Erythrit gesüßt). Fragen zu Allergenen und
Unverträglichkeiten beantwortet das Küchenteam gern an der Ausgabe.

Guten Appetit!
Ihr Team vom Betriebsrestaurant
"""
    return build(90, 'Betriebsrestaurant Weserblick <kantine@weserbogen.example>',
                 'Alle Mitarbeitenden Minden <alle-minden@weserbogen.example>', 'Speiseplan KW 21',
                 D(2026, 5, 15, 11, 30), body=body, charset='windows-1252')


# --- 91 ------------------------------------------------------------------
@mail(91, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'returned direct debit for a named customer\'s household/motor premiums, his Irish IBAN and arrears')
def _():
    ib = iban('IE', 'AIBK' + '931152' + '12345678')
    body = """Dear Mr Doyle,

your bank has returned our direct debit of 1 May for your policies

  HR 6621558 (household contents)    EUR  24.10
  KF 4482116 (car, MI-RD 88)          EUR 143.75

with the reason code MD06 ("refund request by the debtor"). Maybe this
was a mistake when you checked your statement - it happens.

The account we debited is your Irish account
  """ + ib + """
which you gave us in February. SEPA direct debits from German insurers
work with Irish accounts, so there's no technical problem.

Could you please either transfer EUR 167.85 by 29 May (reference
KF 4482116) or let us know that we may debit the account again? Until
the car premium is paid, please note that cover is at risk under German
law; the formal notice follows by post.

Kind regards,
Owen

""" + SIG['owen'] + FOOT_EN
    return build(91, A('owen'), 'Ronan Doyle <ronan.doyle@eircommail.example>',
                 'Returned direct debit - HR 6621558 / KF 4482116', D(2026, 5, 13, 9, 22), body=body)


# --- 92 ------------------------------------------------------------------
@mail(92, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'hearing aids for a named insured: ENT prescription, bilateral hearing loss, reimbursement amounts')
def _():
    body = """Sehr geehrter Herr Bredemeier,

vielen Dank für die Unterlagen zu Ihrer Hörgeräteversorgung.

Laut Verordnung Ihres HNO-Arztes Dr. Tepe vom 02.04.2026 besteht bei
Ihnen eine beidseitige Innenohrschwerhörigkeit (H90.3); das beigefügte
Tonaudiogramm bestätigt das. Die Versorgung mit zwei Hinter-dem-Ohr-
Geräten durch Hörakustik Kamphenkel ist damit medizinisch notwendig.

Rechnung Hörakustik Kamphenkel vom 05.05.2026     4.380,00 EUR
Tarifleistung Hilfsmittel: 80 %, max. 1.500 EUR je Ohr
Erstattung                                        3.000,00 EUR

Die Erstattung überweisen wir in den nächsten Tagen. Batterien und
Reinigungsmittel sind nicht erstattungsfähig; eine Neuversorgung ist
frühestens nach fünf Jahren wieder versichert (außer bei wesentlicher
Verschlechterung des Hörvermögens).

Mit freundlichen Grüßen

""" + SIG['gesine'] + FOOT_DE
    return build(92, A('gesine'), 'Werner Bredemeier <w.bredemeier@t-mail.example>',
                 'Ihre Hörgeräte - Erstattung', D(2026, 5, 13, 15, 2), body=body)


# --- 93 ------------------------------------------------------------------
@mail(93, 'NORMAL', 'de', 'internal',
      'trap: sickness absence rate per department (aggregated percentages), no employee named')
def _():
    body = """Liebe Führungskräfte,

hier die Krankenstandsquoten für das erste Quartal 2026 (Anteil der
krankheitsbedingten Fehltage an den Sollarbeitstagen). Abteilungen mit
weniger als 10 Mitarbeitenden sind zusammengefasst, damit keine
Rückschlüsse auf einzelne Personen möglich sind.

  Bereich                         Q1/2026   Q1/2025
  Kundenservice                     7,9 %     7,1 %
  Leistung Kranken                  6,4 %     6,8 %
  Leistung Leben/BU/Unfall          5,2 %     5,5 %
  Schaden Sach/HUK                  5,8 %     6,2 %
  International Desk / Assistance   3,9 %     4,4 %
  IT                                4,1 %     3,8 %
  Stabsbereiche (zusammengefasst)   4,6 %     4,9 %
  Gesamt                            5,9 %     6,0 %

Die Grippewelle im Februar war im Kundenservice deutlich zu spüren. Das
BGM-Team bietet im Juni wieder die Rücken-Workshops an; Infos folgen.

Bitte die Zahlen nicht an die Teams weiterleiten; wir besprechen sie im
Führungskreis am 27.05.

Viele Grüße
Yvonne Detmers

""" + SIG['yvonne']
    return build(93, A('yvonne'), 'Führungskreis <fuehrungskreis@weserbogen.example>',
                 'Krankenstand Q1/2026 nach Bereichen', D(2026, 5, 18, 8, 40), body=body)


# --- 94 ------------------------------------------------------------------
@mail(94, 'NORMAL', 'en', 'insurer-to-press',
      'trap: answer to an English-language expat magazine with aggregated claim categories and destinations')
def _():
    body = """Dear Mr Okafor,

thank you for your questions for the expat health feature in "Expat
Living Germany". Here are our answers - you may quote them as "a
spokesperson for Weserbogen Versicherung".

1. How many people does Weserbogen insure abroad?
   About 4,300 employees and family members on international
   assignment in 38 countries are covered under our group expat plans,
   plus around 1,100 individual expat policies.

2. Which destinations are most common?
   China, the USA, Singapore, the United Arab Emirates and India
   account for two thirds of assignees.

3. What do expats claim for most?
   By number: routine outpatient care, dental treatment and maternity.
   By cost: cancer treatment, cardiac events and premature births -
   above all in the US, where a single hospital stay can exceed
   USD 250,000.

4. Advice for readers?
   Check whether your plan covers the US if you travel there, and ask
   about pre-existing conditions before you sign - not after.

We can't comment on individual cases. Happy to help with anything else.

Best regards,

""" + SIG['christoph'] + FOOT_EN
    return build(94, '"Vahle, Christoph (Presse)" <presse@weserbogen.example>',
                 'Daniel Okafor <editor@expatliving-germany.example>',
                 'RE: Expat health feature - your questions', D(2026, 5, 19, 12, 17), body=body)


# --- 95 ------------------------------------------------------------------
@mail(95, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dog owner liability claim of a named customer (dog chewed the neighbour\'s garden furniture), claim number')
def _():
    body = """Guten Tag Frau Brinkhoff,

ach je - Balu hat also die Gartenkissen für sich entdeckt. :-)

Den Schaden an der Lounge-Garnitur Ihrer Nachbarn, Familie Kröning
(Stiftsallee 40), regulieren wir aus Ihrer Hundehalterhaftpflicht
TH 7108841 unter der Nummer 26-TH-00087.

Damit wir zahlen können, brauchen wir:
- Fotos der beschädigten Polster und des Gestells,
- den Kaufbeleg oder das Kaufjahr (laut Ihrer Nachricht 2023),
- die Bankverbindung der Familie Kröning - die kann uns Familie Kröning
  gern direkt mitteilen (Schadennummer angeben).

Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.

""" + SIG['lukas'] + FOOT_DE
    return build(95, A('lukas'), 'Marion Brinkhoff <marion.brinkhoff@gmx-mail.example>',
                 'Balu und die Gartenmöbel - Schaden 26-TH-00087', D(2026, 5, 20, 9, 55), body=body)


# --- 96 ------------------------------------------------------------------
@mail(96, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat health: orthodontic treatment (Class II malocclusion) and travel vaccinations of a named member\'s child in Houston')
def _():
    body = """Dear Ms Klatte,

thanks for your questions about Noah - here are the answers for both.

1. Orthodontic treatment
The treatment plan from Bayou City Orthodontics (Class II
malocclusion, fixed braces upper and lower jaw, estimated 24 months,
USD 6,850) is covered under the children's orthodontic benefit of your
Global Care plan at 80 %, up to USD 5,000 over the whole treatment.
We'll pay in instalments as the invoices come in. The initial
records and X-rays (USD 420) are included in the plan amount.

2. Vaccinations before the trip to Kenya
Hepatitis A and typhoid vaccinations for Noah are covered at 100 % as
travel vaccinations. Yellow fever is covered too if the travel clinic
recommends it. Malaria tablets are not covered, I'm afraid - they count
as prevention, not treatment.

Please send the invoices through the app as usual, using the member
number GEX-418823-48 for Noah.

Kind regards
Marta

""" + SIG['marta'] + FOOT_EN
    return build(96, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>',
                 'Rebecca Klatte <rebecca.klatte@ravensberg-mb.example>',
                 'Noah - braces and vaccinations', D(2026, 5, 21, 16, 35), body=body)


# --- 97 ------------------------------------------------------------------
@mail(97, 'NORMAL', 'de', 'internal',
      'trap: lift out of order; physiotherapy practice tenant and its patients with walking aids mentioned, no person')
def _():
    body = """Hallo zusammen,

Aufzug B (Eingang Nord) ist ab Montag, 25.05., für voraussichtlich drei
Tage außer Betrieb. Die Firma Schindler tauscht die Steuerung.

Bitte beachten:
- Die Physiotherapiepraxis im EG (Mieterin Nordflügel) ist informiert.
  Ihre Patientinnen und Patienten mit Rollator oder Rollstuhl nutzen
  bitte den Aufzug A; der Empfang weist den Weg.
- Lieferungen für die Etagen 2-4 laufen in der Zeit über Tor 2 und
  Aufzug A.
- Die Evakuierungsstühle im Treppenhaus Nord bleiben wie immer
  einsatzbereit.

Danke für euer Verständnis.

Ralf

""" + SIG['ralf']
    return build(97, A('ralf'), 'Alle Mitarbeitenden Minden <alle-minden@weserbogen.example>',
                 'Aufzug B außer Betrieb 25.-27.05.', D(2026, 5, 21, 14, 3), body=body)


# --- 98 ------------------------------------------------------------------
@mail(98, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'short holding reply; only the quoted customer mail holds her psychotherapy application for an anxiety disorder')
def _():
    body = """Sehr geehrte Frau Kleine-Vennekate,

vielen Dank für Ihre Nachricht und die Unterlagen. Sie sind vollständig.
Wir melden uns bis Ende nächster Woche mit unserer Entscheidung.

Freundliche Grüße

""" + SIG['gesine'] + """

Am 20.05.2026 um 21:48 schrieb Svenja Kleine-Vennekate <svenja.kv@posteo-mail.example>:
> Sehr geehrte Frau Tiemann,
>
> anbei wie telefonisch besprochen der Antrag meiner Therapeutin
> Frau Dipl.-Psych. Annegret Vollmer auf Kostenübernahme für eine
> Verhaltenstherapie (zunächst 24 Sitzungen plus 4 probatorische), den
> Bericht an den Gutachter im verschlossenen Umschlag schicke ich per
> Post. Diagnose laut Antrag: Panikstörung mit Agoraphobie (F40.01).
>
> Ich habe seit Dezember kaum noch allein das Haus verlassen und würde
> gern so schnell wie möglich anfangen. Vielen Dank für Ihre Hilfe.
>
> Svenja Kleine-Vennekate
> Versicherungsnummer KV 3374419-01
""" + FOOT_DE
    return build(98, A('gesine'), 'Svenja Kleine-Vennekate <svenja.kv@posteo-mail.example>',
                 'AW: Antrag Psychotherapie', D(2026, 5, 21, 9, 4), body=body, cte='8bit', flowed=True)


# --- 99 ------------------------------------------------------------------
@mail(99, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'pet health insurance claim of a named customer for her dog treated at a vet in Colorado; animal health only')
def _():
    body = """Hi Ms Martinez,

good news: Buddy's treatment at the vet in Fort Collins is covered.

Your dog health insurance (policy TK 8802315, "Hund Premium") also
covers treatment abroad for trips of up to six weeks. The invoice from
Poudre Valley Animal Hospital (USD 1,236.50 for the X-rays, stitches and
antibiotics after he cut his paw on the hiking trail) is reimbursed at
80 %, converted at the rate of the treatment date:

  USD 1,236.50 = EUR 1,141.02 x 80 % = EUR 912.82

The payment goes to your usual account this week. Claim reference
26-TK-00312.

Give Buddy a pat from us!

Owen

""" + SIG['owen'] + FOOT_EN
    return build(99, A('owen'), 'Kayla Martinez <kayla.martinez@rockymail.example>',
                 'Buddy - vet invoice from Colorado (26-TK-00312)', D(2026, 5, 22, 10, 12), body=body)


# --- 100 -----------------------------------------------------------------
@mail(100, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: comments on the assistance partner\'s monthly SLA report (PDF), call and hospital-admission totals only')
def _():
    body = """Hi Dana,

thanks for the April SLA report (attached again for Owen, who was out).

Overall a good month. Three points from our side:

1. First call-back within 30 minutes: 94.1 %, slightly below the 95 %
   target. Was that the weekend of the system outage on the 18th?
2. Hospital admissions with guarantee of payment went up to 34 - mostly
   Spain and Turkey over Easter. No issue, just noting it.
3. Page 2, "medical escorts": please split commercial escorts and air
   ambulances in future reports; we need that for our reinsurer.

Talk on Thursday.
Emily

""" + SIG['emily'] + FOOT_EN
    rep = pdf(['# Lakeshore Global Assistance Inc. - Monthly SLA Report',
               'Client: Weserbogen Versicherung AG   Period: April 2026',
               '',
               '# Call handling',
               'Inbound calls: 436   Answered < 20 s: 96.8 %   Abandoned: 1.1 %',
               'First call-back < 30 min: 94.1 % (target 95 %)',
               '',
               '# Cases',
               'New cases: 291   Outpatient referrals: 188   Hospital admissions (GOP issued): 34',
               'Medical escorts / air ambulances: 5   Repatriation of mortal remains: 1',
               '',
               '# Complaints',
               'Complaints received: 2 (both resolved within 5 working days)',
               '',
               'All figures aggregated. No personal data contained in this report.'],
              'Lakeshore SLA Report April 2026', author='Lakeshore Global Assistance Inc.')
    return build(100, A('emily'), 'Dana Whitfield <dwhitfield@lakeshore-assist.example>',
                 'RE: SLA report April 2026', D(2026, 5, 12, 15, 47), body=body, cc=A('owen'),
                 atts=[Att('Lakeshore_SLA_Report_2026-04.pdf', rep, 'application/pdf')])

# --- 101 -----------------------------------------------------------------
@mail(101, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'cancellation of household and motor contracts of a named customer emigrating to New Zealand, new address abroad')
def _():
    body = """Sehr geehrte Frau Hattenhauer,

vielen Dank für Ihr Schreiben. Wie gewünscht bestätigen wir:

1. Hausratversicherung HR 6577302
   Kündigung wegen Wegzugs ins Ausland zum 30.06.2026. Der zu viel
   gezahlte Beitrag (Juli bis Dezember, 71,40 EUR) wird Ihrem Konto
   gutgeschrieben.

2. Kfz-Versicherung KF 4433809 (Toyota Yaris, MI-JH 606)
   Der Vertrag endet mit der Abmeldung des Fahrzeugs. Bitte schicken
   Sie uns die Abmeldebescheinigung der Zulassungsstelle, sobald Sie
   sie haben. Ihren Schadenfreiheitsrabatt (SF 12) bewahren wir sieben
   Jahre für Sie auf; eine englische Bescheinigung für einen
   neuseeländischen Versicherer stellen wir Ihnen auf Wunsch gern aus.

Ihre neue Anschrift ab Juli haben wir für die Schlussabrechnung
notiert:
  14 Kowhai Road, Devonport, Auckland 0624, Neuseeland

Wir wünschen Ihnen einen guten Start am anderen Ende der Welt!

Freundliche Grüße

""" + SIG['melanie'] + FOOT_DE
    return build(101, A('melanie'), 'Julia Hattenhauer <julia.hattenhauer@online-mail.example>',
                 'Ihre Kündigung wegen Umzug nach Neuseeland', D(2026, 5, 26, 10, 3), body=body)


# --- 102 -----------------------------------------------------------------
@mail(102, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'second-opinion request to a London cardiologist for a named expat member (atrial fibrillation, ablation); records in a ZIP')
def _():
    body = """Dear Dr Hart,

thank you for agreeing to provide a second opinion for us again.

Member:     Mr Jörg Nolting, born 09.01.1972, GEX-418823-35
            (employee of a German engineering company, assigned to Dubai)
Question:   Is the proposed catheter ablation (pulmonary vein isolation)
            for his paroxysmal atrial fibrillation medically indicated
            now, or should rate/rhythm control with medication be
            continued first?

Background in brief: AF first documented in 2023, two episodes in 2025
requiring cardioversion in Dubai, currently on bisoprolol 5 mg and
apixaban 5 mg bid, echo with normal LV function, mild left atrial
dilatation. The treating cardiologist in Dubai proposes ablation at a
cost of AED 118,000. Mr Nolting has consented to your review.

The records (echo report, Holter summaries, cardiologist's letter) are
in the attached ZIP. Please reply through the secure portal as before;
our usual fee of GBP 450 applies.

Kind regards,

""" + SIG['egger'] + FOOT_EN
    echo = pdf(['# Gulf Heart Clinic, Dubai Healthcare City - Echocardiography report',
                'Patient: NOLTING, Jörg   DOB 09/01/1972   MRN GHC-55182   Date 12/04/2026',
                'LV size normal, LVEF 58 % (biplane). No regional wall motion abnormality.',
                'LA mildly dilated, LAVI 38 ml/m2. Mitral valve: trace regurgitation.',
                'Rhythm during study: atrial fibrillation, ventricular rate 88/min.',
                'Conclusion: structurally normal heart apart from mild LA dilatation.'], 'Echo report')
    holter = ('HOLTER SUMMARY - NOLTING Jörg - 48h, 02-04/04/2026\r\n'
              'AF burden 14 % (longest episode 6 h 12 min), max ventricular rate in AF 142/min\r\n'
              'No pauses > 2.5 s. No ventricular tachycardia.\r\n')
    letter = docx(['# Referral letter - Dr Samir Aziz, Consultant Cardiologist, Gulf Heart Clinic',
                   'Re: Mr Jörg Nolting, DOB 09/01/1972',
                   'Symptomatic paroxysmal AF despite beta-blocker, two cardioversions in 2025. CHA2DS2-VASc 0, '
                   'anticoagulated because of planned cardioversions. I recommend pulmonary vein isolation as '
                   'first-line rhythm strategy given his age and symptom burden.'],
                  title='Referral Nolting', author='Gulf Heart Clinic', when='2026-04-20T06:00:00Z')
    z = zip_bytes([('Nolting_records/Echo_2026-04-12.pdf', echo, (2026, 4, 12, 9, 30, 0)),
                   ('Nolting_records/Holter_summary_2026-04.txt', holter, (2026, 4, 5, 11, 0, 0)),
                   ('Nolting_records/Referral_Dr_Aziz.docx', letter, (2026, 4, 20, 10, 15, 0))])
    return build(102, A('egger'), '"Dr Imogen Hart" <secretary@marylebone-opinions.example>',
                 'Second opinion request - Mr J. Nolting (DOB 09.01.1972) - AF ablation', D(2026, 4, 28, 12, 10),
                 body=body, cc=A('owen'),
                 atts=[Att('Nolting_records.zip', z, 'application/zip')])


# --- 103 -----------------------------------------------------------------
@mail(103, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: broker info on new underwriting guidelines for BU health questions (Psychotherapie, Rückenbeschwerden), no applicant')
def _():
    body = """Liebe Maklerpartnerinnen und Maklerpartner,

ab dem 01.07.2026 gelten für die Berufsunfähigkeitsversicherung
vereinfachte Annahmerichtlinien. Die wichtigsten Änderungen:

- Psychotherapie: Abgeschlossene ambulante Psychotherapien, die länger
  als 3 Jahre zurückliegen (bisher 5 Jahre), müssen nicht mehr
  angegeben werden, wenn seitdem keine Behandlung stattfand.
- Rückenbeschwerden: Einmalige Behandlungen (bis 6 Sitzungen
  Physiotherapie) ohne Bandscheibenbefund führen nicht mehr zu einer
  Ausschlussklausel.
- Allergien / Heuschnupfen: keine Rückfragen mehr, sofern keine
  Asthma-Diagnose besteht.
- BMI: normale Annahme bis BMI 32 (bisher 30).

Die Gesundheitsfragen im Antrag selbst bleiben unverändert. Die
aktualisierte Risikoprüfungs-Checkliste finden Sie im Maklerportal unter
"Leben > Annahmerichtlinien".

Für Risikovoranfragen nutzen Sie bitte weiter das anonyme Formular im
Portal - bitte keine Arztberichte Ihrer Kunden per E-Mail schicken.

""" + SIG['tobias'] + FOOT_DE
    return build(103, A('tobias'), 'Maklerpartner Nord-West <maklerinfo-nw@lists.weserbogen.example>',
                 'BU: neue Annahmerichtlinien ab 01.07.2026', D(2026, 5, 27, 9, 0), body=body)


# --- 104 -----------------------------------------------------------------
@mail(104, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'funeral-expense life insurance of a named deceased: date and cause of death, payout to the undertaker')
def _():
    body = """Sehr geehrter Herr Tiemeyer,

unser herzliches Beileid zum Tod Ihrer Mutter.

Die Unterlagen zur Sterbegeldversicherung von Frau Hildegard Tiemeyer
(Vertrag SG 2044178, Versicherungssumme 6.000 EUR) sind vollständig:

- Sterbeurkunde: verstorben am 08.05.2026 in Petershagen,
- Todesbescheinigung (vertraulicher Teil) mit Todesursache
  Herz-Kreislauf-Versagen bei bekannter Herzinsuffizienz,
- Abtretungserklärung zugunsten des Bestattungshauses Rodenbeck.

Da der Vertrag seit 2009 besteht, ist keine weitere Prüfung nötig. Wir
zahlen die Versicherungssumme von 6.000,00 EUR zuzüglich
Überschussbeteiligung von 1.184,37 EUR. Entsprechend der Abtretung gehen
4.920,00 EUR (Rechnung des Bestattungshauses) an das Bestattungshaus
Rodenbeck, der Rest von 2.264,37 EUR an Sie als Bezugsberechtigten.

Mit freundlichen Grüßen

""" + SIG['melanie'] + FOOT_DE
    return build(104, A('melanie'), 'Uwe Tiemeyer <uwe.tiemeyer@freenet-post.example>',
                 'Sterbegeldversicherung Ihrer Mutter - Auszahlung', D(2026, 5, 27, 14, 45), body=body)


# --- 105 -----------------------------------------------------------------
@mail(105, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: bilingual out-of-office reply pointing to the 24/7 medical emergency line, no case data')
def _():
    body = """Thank you for your e-mail. I am out of the office until Monday,
8 June 2026, with limited access to e-mail.

For new claims and general questions, please contact
international@weserbogen.example (+49 571 8890-4400).
For medical emergencies abroad, call our 24/7 emergency line on
+49 571 8890-7700.

---

Vielen Dank für Ihre Nachricht. Ich bin bis Montag, 8. Juni 2026,
nicht im Büro. In dringenden Fällen wenden Sie sich bitte an
international@weserbogen.example; bei medizinischen Notfällen im
Ausland an unseren Notruf +49 571 8890-7700.

Owen Fitzgerald
"""
    return build(105, A('owen'), 'Dana Whitfield <dwhitfield@lakeshore-assist.example>',
                 'Automatic reply: Case list May - open GOPs', D(2026, 5, 29, 17, 2), body=body,
                 headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


# --- 106 -----------------------------------------------------------------
@mail(106, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'short mobile reply on a named customer\'s deer collision: claim number and registration; nobody hurt')
def _():
    body = """Hallo Herr Sander,

danke, ist angekommen. Schaden läuft unter KS-26-0049311 (Teilkasko,
Wildschaden). Bescheinigung vom Jäger reicht, Fotos auch. Werkstatt
können Sie frei wählen, bitte KV vorher an mich.

Gruß J. Overbeck

Von meinem Smartphone gesendet

-------- Ursprüngliche Nachricht --------
Von: Bernd Sander <b.sander@web-post.example>
Datum: 30.05.26 06:52
An: kfz-schaden@weserbogen.example
Betreff: Wildunfall heute nacht

Moin, bin heute nacht auf der L770 bei Hille mit nem Reh
zusammengestoßen, Frontschürze und Scheinwerfer rechts kaputt, mir ist
nix passiert. Jäger war da, hab ne Bescheinigung. Kennzeichen MI-BS 1212,
Vertrag müsste KF 4420017 sein. Was muss ich tun?
Gruß Bernd Sander
"""
    return build(106, A('jens'), 'Bernd Sander <b.sander@web-post.example>', 'AW: Wildunfall heute nacht',
                 D(2026, 5, 30, 9, 14), body=body, cte='base64', headers=[('X-Mailer', 'Outlook for Android')])


# --- 107 -----------------------------------------------------------------
@mail(107, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'legal expenses cover for a named British employee\'s dismissal claim: monthly salary and amount in dispute (income)')
def _():
    body = """Dear Mr Bennett,

thank you for the documents. I'm sorry to hear about your dismissal.

Your legal expenses insurance (policy RS 2230914, including employment
law) covers a lawyer for a claim against unfair dismissal
("Kündigungsschutzklage"). We confirm cover under our reference
26-RS-00911 for the first instance at the Labour Court in Bielefeld.

Important: the claim must be filed within three weeks of receiving the
notice, i.e. by 12 June 2026. Please contact a lawyer now.

The amount in dispute is usually three months' gross salary. With your
salary of EUR 3,950 per month, that is EUR 11,850. Based on this we pay
the lawyer's statutory fees and the court costs; your excess is
EUR 250. In the first instance at the German labour courts, each side
pays its own lawyer even if it wins - that's why the cover matters.

If you would like a lawyer who works in English, we can recommend
Ms Petra Lindqvist, Bielefeld (employment law, +49 521 555 4410).

Kind regards,
Lukas Nowak

""" + SIG['lukas'] + FOOT_EN
    return build(107, A('lukas'), 'Oliver Bennett <oliver.bennett@postbox-mail.example>',
                 'Legal expenses - your dismissal - cover confirmed (26-RS-00911)', D(2026, 5, 28, 11, 50), body=body)


# --- 108 -----------------------------------------------------------------
@mail(108, 'NORMAL', 'de', 'internal',
      'organisational notice of a new motor claims hotline number')
def _():
    body = """Hallo zusammen,

ab Montag, 08.06.2026, erreichen Kundinnen und Kunden die
Kfz-Schadenhotline unter der neuen Rufnummer

   0571 8890-2200  (Mo-Fr 7-20 Uhr, Sa 9-14 Uhr)

Die alte Nummer 0571 8890-2222 wird noch bis 31.08. auf die neue
umgeleitet.

Bitte passt bis Freitag an:
- Eure E-Mail-Signaturen, falls dort die Hotline steht,
- Textbausteine im Korrespondenzsystem (KF-01 bis KF-14 sind zentral
  schon geändert),
- Aushänge in den Servicecentern.

Flyer mit der neuen Nummer liegen ab Mittwoch in der Poststelle.

Danke!
Jens

""" + SIG['jens']
    return build(108, A('jens'), 'Schaden Sach/HUK <schaden-alle@weserbogen.example>',
                 'Neue Rufnummer Kfz-Schadenhotline ab 08.06.', D(2026, 6, 1, 8, 20), body=body,
                 cc='Kundenservice <service@weserbogen.example>')


# --- 109 -----------------------------------------------------------------
@mail(109, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'cost coverage for a named insured\'s delivery with birth date and expected due date, private room')
def _():
    body = """Sehr geehrte Damen und Herren,

für unsere Versicherte

  Frau Derya Yıldırım, geb. 27.10.1992
  Versicherungsnummer KV 3401882-01, Tarif KomfortPlus (Einbettzimmer)

erklären wir die Kostenübernahme für die stationäre Entbindung in Ihrer
Geburtsklinik. Voraussichtlicher Entbindungstermin ist der 14.06.2026.

Die Kostenübernahme umfasst die allgemeinen Krankenhausleistungen, die
Wahlleistung Einbettzimmer und die ärztliche Wahlleistung für Mutter und
Kind. Das Neugeborene ist ab Geburt mitversichert, wenn die Eltern es
innerhalb von zwei Monaten bei uns anmelden; bis dahin rechnen Sie die
Kosten des Kindes bitte ebenfalls direkt mit uns ab.

Nicht übernommen werden die Zusatzkosten des Familienzimmers für den
Partner (Unterkunft und Verpflegung der Begleitperson).

Mit freundlichen Grüßen

""" + SIG['gesine'] + FOOT_DE
    return build(109, A('gesine'), 'Patientenaufnahme Geburtshilfe <aufnahme-gyn@kh-lindenhoehe.example>',
                 'Kostenübernahme Entbindung Yıldırım, Derya (ET 14.06.2026)', D(2026, 6, 2, 10, 31), body=body)


# --- 110 -----------------------------------------------------------------
@mail(110, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group accident claim for a named truck driver injured near Lyon: rib fractures and pneumothorax, hospital allowance')
def _():
    body = """Dear Mr de Vries,

thank you for reporting the accident of your driver so quickly, and I
hope he is doing better.

We have registered the claim under the group accident policy
GU 6611402 (all drivers of Kettler & Sohn Logistik) as 26-UV-00277.

  Insured person:  Mr Marek Wiśniewski
  Accident:        28 May 2026, A7 near Vienne, truck left the road
                   after a tyre blow-out
  Injuries:        fractures of ribs 4-7 on the right, pneumothorax
                   treated with a chest drain, bruising of the right
                   shoulder
  Hospital:        Centre Hospitalier Lyon-Sud-Est, intensive care
                   until 30 May, then surgical ward

Our assistance team is in touch with the hospital about the transfer
home to Poznań once he is fit to travel; his wife has been informed by
the hospital. Hospital daily allowance (EUR 40/day) is paid from the
date of admission; the group policy also pays the recovery benefit
afterwards.

Please ask Mr Wiśniewski or his wife to send us the French discharge
report when he leaves hospital; we will have it translated.

Kind regards,

""" + SIG['bernd'] + FOOT_EN
    return build(110, A('bernd'), 'Bram de Vries <b.devries@kettler-logistik.example>',
                 'Accident M. Wiśniewski near Lyon - group accident claim 26-UV-00277', D(2026, 6, 1, 15, 6),
                 body=body, cc=A('emily'))


# --- 111 -----------------------------------------------------------------
@mail(111, 'NORMAL', 'de', 'internal',
      'trap: weekly sales KPI report (premium volume, lapse rates per line incl. health and life), aggregated')
def _():
    body = """Hallo zusammen,

hier der Wochenreport Neugeschäft KW 22 (25.05. - 29.05.2026):

  Sparte                   Stück    Jahresbeitrag EUR   Vorjahr-KW
  Kfz                        412          241.880          388
  Hausrat/Wohngebäude        198           87.320          211
  Privathaftpflicht          264           19.210          240
  Krankenzusatz              133           41.090          102
  Krankenvoll                 17           91.460           21
  BU                          29           38.440           31
  Risikoleben                 46           15.630           44
  Unfall                      58           12.870           63
  ---------------------------------------------------------------
  Gesamt                   1.157          547.900        1.100

Stornoquote Frühstorno (< 6 Monate) rollierend 12 Monate: 6,1 %.
Die Aktion "DentaPlus" zieht spürbar (+30 % Krankenzusatz gegenüber
Vorjahr).

Details je Vertriebsweg im Dashboard.

Viele Grüße
Carsten

""" + SIG['carsten']
    return build(111, A('carsten'), 'Vertrieb Leitung <vertrieb-leitung@weserbogen.example>',
                 'Wochenreport Neugeschäft KW 22', D(2026, 6, 1, 7, 45), body=body)


# --- 112 -----------------------------------------------------------------
@mail(112, 'NORMAL', 'en', 'internal',
      'trap: International Desk team minutes on caseload, pre-existing-condition guidelines and portal use, no case named')
def _():
    body = """Hi team,

minutes of Tuesday's meeting below. Shout if I missed anything.

International Desk - team meeting 2 June 2026
Present: Annika, Owen, Marta, Emily, Marvin; Thomas Egger for item 3

1. Caseload
   Open cases 214 (May: 198). Travel health is up as expected for the
   season; expat claims are stable. Backlog of invoices older than 10
   days: 37, mostly US invoices waiting for itemised bills.

2. Hiring
   Medical Case Manager: 6 CVs from the agency, 2 interviews next week
   (Annika, Emily, Thomas).

3. Pre-existing conditions - new guideline for expat underwriting
   Thomas presented the draft: well-controlled hypertension, asthma
   and hypothyroidism will be accepted without loading; diabetes and
   heart conditions stay with individual assessment. Final version by
   end of June.

4. Secure communication
   Share of medical correspondence via the portal: 71 % (target 85 %).
   Owen will send the new English template for doctor requests to all.

5. AOB
   Summer party 26 June. Marta's farewell lunch before her sabbatical
   is on 24 July.

Annika

""" + SIG['annika']
    return build(112, A('annika'), 'International Desk <international@weserbogen.example>',
                 'Minutes team meeting 2 June', D(2026, 6, 3, 17, 25), body=body, cc=A('egger'))


# --- 113 -----------------------------------------------------------------
@mail(113, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'eVB number for a named customer\'s new car: vehicle, VIN, SF class, contract number')
def _():
    body = """Hallo Herr Brune,

hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

  eVB-Nummer:      7KR4QXM
  Versicherungsnehmer: Malte Brune, Weserstraße 70, 32423 Minden
  Fahrzeug:        Hyundai Kona Elektro, FIN KMHK581GFRU219874
  Wunschkennzeichen (reserviert): MI-MB 2026
  Versicherungsschutz: Kfz-Haftpflicht und Vollkasko (SB 300 EUR),
                   Übernahme SF 9 aus Ihrem bisherigen Vertrag
  Vertrag:         KF 4491205, Beginn mit Zulassung

Die eVB ist sechs Monate gültig. Nach der Zulassung erhalten Sie den
Versicherungsschein automatisch.

Gute Fahrt!

""" + SIG['melanie'] + FOOT_DE
    return build(113, A('melanie'), 'Malte Brune <malte.brune@gmx-mail.example>',
                 'Ihre eVB für den Hyundai Kona', D(2026, 6, 3, 11, 11), body=body)


# --- 114 -----------------------------------------------------------------
@mail(114, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'care aids (walker, nursing bed) for a named insured with care level 2 after a stroke, windows-1252')
def _():
    body = """Sehr geehrte Frau Nagel,

wir haben die Anträge für die Pflegehilfsmittel Ihres Mannes, Herrn
Klaus Nagel, geprüft (private Pflegepflichtversicherung PV 1093325).

Bewilligt sind:
- ein Leichtgewicht-Rollator (Verordnung Dr. Meinert vom 18.05.2026),
  Festbetrag 89,00 EUR,
- ein Pflegebett mit elektrischer Höhenverstellung leihweise über das
  Sanitätshaus Bölling, einschließlich Lieferung und Aufbau.

Bei Pflegegrad 2 und der halbseitigen Lähmung nach dem Schlaganfall im
Februar sind beide Hilfsmittel aus unserer Sicht notwendig. Die
Zuzahlung von 10 %, höchstens 25 EUR, entfällt für zum Verbrauch
bestimmte Hilfsmittel; für den Rollator fällt sie an.

Zusätzlich erstatten wir monatlich bis zu 42 EUR für
Verbrauchshilfsmittel (Einmalhandschuhe, Bettschutzeinlagen) gegen
Beleg.

Mit freundlichen Grüßen

""" + SIG['gesine'] + FOOT_DE
    return build(114, A('gesine'), 'Ingrid Nagel <ingrid.nagel@t-mail.example>',
                 'Pflegehilfsmittel für Herrn Klaus Nagel', D(2026, 6, 4, 9, 38), body=body, charset='windows-1252')


# --- 115 -----------------------------------------------------------------
@mail(115, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household theft claim (bike stolen from a locked cellar) of a named British student, payout to his UK IBAN')
def _():
    ib = iban('GB', 'NWBK' + '601613' + '31926819')
    body = """Dear Mr Hargreaves,

thanks for your patience. Your claim for the road bike stolen from the
locked cellar of your building in Bielefeld is settled.

  Claim:           26-HR-01871 (household contents HR 6640128)
  Bike:            Canyon Endurace CF 7, bought 2024 for EUR 1,899
  Police ref:      Bielefeld, 260521-0388
  Payment:         EUR 1,899.00 (new-for-old, no deduction)

As you asked, we'll pay to your UK account:

  Name:  Thomas Hargreaves
  IBAN:  """ + ib + """
  BIC:   NWBKGB2L

Your UK bank may charge a fee for receiving a euro transfer. If you
would rather have the money on your German account, please let me know
by tomorrow noon.

Kind regards,
Owen

""" + SIG['owen'] + FOOT_EN
    return build(115, A('owen'), 'Tom Hargreaves <tom.hargreaves@uni-bielefeld-mail.example>',
                 'Stolen bike - claim 26-HR-01871 settled', D(2026, 6, 4, 16, 3), body=body)


# --- 116 -----------------------------------------------------------------
@mail(116, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: notice of the insurer\'s own new company bank account and creditor ID for commission clawbacks, no natural person')
def _():
    ib = iban('DE', '49050101' + '0000884410')
    body = """Sehr geehrte Damen und Herren,

zum 01.07.2026 stellt die Weserbogen Versicherungsgruppe ihre
Bankverbindungen um. Für Rückzahlungen von Courtagen
(Stornohaftung) und für Überweisungen an uns gilt ab diesem Tag
ausschließlich:

  Kontoinhaber:   Weserbogen Allgemeine Versicherung AG
  Bank:           Sparkasse Minden-Lübbecke
  IBAN:           """ + ib + """
  BIC:            WELADED1MIN
  Gläubiger-ID:   DE71ZZZ00001234567

Die bisherige Verbindung bei der Volksbank bleibt bis 31.12.2026 aktiv,
eingehende Zahlungen werden weitergeleitet. Bestehende
SEPA-Lastschriftmandate gelten unverändert weiter.

Achtung: Wir werden Bankverbindungen niemals nur per E-Mail ändern. Im
Zweifel rufen Sie uns bitte unter 0571 8890-1500 an.

Mit freundlichen Grüßen
Ihre Finanzbuchhaltung
Weserbogen Versicherungsgruppe
""" + FOOT_DE
    return build(116, 'Finanzbuchhaltung <finanzbuchhaltung@weserbogen.example>',
                 'Maklerpartner Nord-West <maklerinfo-nw@lists.weserbogen.example>',
                 'Neue Bankverbindung der Weserbogen Versicherung ab 01.07.2026', D(2026, 6, 5, 10, 0), body=body)


# --- 117 -----------------------------------------------------------------
@mail(117, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-applicant',
      'income-protection underwriting decision for a named US applicant: exclusion for spine disorders after back treatment')
def _():
    body = """Dear Ms Kowalski,

thank you for your application for income protection insurance
(Berufsunfähigkeitsversicherung) and for answering our follow-up
questions about your back so thoroughly.

Our underwriters have now decided. We can offer you the cover as
applied for (monthly benefit EUR 2,000, to age 67), with one
exclusion:

  "Excluded is occupational disability caused by diseases or
  complaints of the lumbar and thoracic spine, including disc
  disorders, and their consequences."

The reason is the physiotherapy and the MRI in 2024 (L4/L5 disc
protrusion, treated conservatively), as reported by your orthopaedist
in Minden. The premium stays unchanged.

We review exclusions like this on request: if you have had no
treatment for your back for three years, write to us and we will
check whether we can remove it.

If you accept, please sign and return the enclosed acceptance form
within four weeks. If you have questions, I'm happy to explain on the
phone.

Kind regards,
Owen Fitzgerald
on behalf of Life Underwriting

""" + SIG['owen'] + FOOT_EN
    return build(117, A('owen'), 'Ashley Kowalski <ashley.kowalski@codeworks-mail.example>',
                 'Your income protection application - our decision', D(2026, 6, 8, 14, 27), body=body)


# --- 118 -----------------------------------------------------------------
@mail(118, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'glass insurance claim of a named customer (broken ceramic hob), contract and claim numbers')
def _():
    body = """Guten Tag Herr Schwarze,

das Foto des gesprungenen Ceranfelds ist angekommen, danke.

Glasbruch an Kochfeldern ist über Ihre Glasversicherung (GL 1219907)
versichert. Sie können das Kochfeld austauschen lassen und uns die
Rechnung schicken; wir erstatten die Kosten für Glaskeramikfeld,
Montage und Entsorgung. Das Gerät selbst (Elektronik, Heizspiralen) ist
nicht mitversichert, falls der Monteur einen Komplettaustausch
empfiehlt - dann zahlen wir den Anteil, der auf die Glasplatte
entfällt.

Schadennummer: 26-GL-00122

""" + SIG['friederike'] + FOOT_DE
    return build(118, A('friederike'), 'Gerd Schwarze <gerd.schwarze@online-mail.example>',
                 'Ceranfeld - Ihr Glasschaden 26-GL-00122', D(2026, 6, 8, 11, 9), body=body)


# --- 119 -----------------------------------------------------------------
@mail(119, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: order to a shredding company for locked bins for health claim files (Gesundheitsdaten, P-4), no file content')
def _():
    body = """Guten Tag Herr Albers,

wir erweitern unseren Auftrag zur Aktenvernichtung (Rahmenvertrag
RV-2024-17) wie folgt:

- zusätzlich 40 abschließbare Sicherheitsbehälter (240 l) für die
  Leistungsabteilungen Kranken und Leben/BU, 3. und 4. OG,
- Abholung wöchentlich dienstags statt 14-tägig,
- Vernichtung nach DIN 66399 Schutzklasse 3, Sicherheitsstufe P-4,
  da die Behälter Unterlagen mit Gesundheitsdaten enthalten
  (Arztberichte, Rechnungen, Gutachten).

Bitte bestätigen Sie, dass die eingesetzten Fahrer und Mitarbeitenden
auf die Vertraulichkeit verpflichtet sind; die Anlage zum AV-Vertrag
schickt unsere Datenschutzbeauftragte separat.

Vernichtungsprotokolle bitte wie bisher monatlich als PDF an
facility@weserbogen.example.

Freundliche Grüße
Ralf Meier-Evers

""" + SIG['ralf'] + FOOT_DE
    return build(119, A('ralf'), 'Dokumentenvernichtung Weserland GmbH <auftrag@dv-weserland.example>',
                 'Erweiterung Auftrag Aktenvernichtung - RV-2024-17', D(2026, 6, 9, 13, 22), body=body,
                 cc=A('heike'))


# --- 120 -----------------------------------------------------------------
@mail(120, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'premium arrears in a named customer\'s comprehensive health insurance with emergency-tariff warning (health line, no diagnosis)')
def _():
    body = """Sehr geehrter Herr Kaminski,

für Ihre Krankenversicherung (Vertrag KV 3350761-01, Tarif Komfort 600)
sind folgende Monatsbeiträge offen:

  März 2026     587,34 EUR
  April 2026    587,34 EUR
  Mai 2026      587,34 EUR
  Säumniszuschläge  17,62 EUR
  -------------------------
  Summe       1.779,64 EUR

Wir wissen, dass finanzielle Engpässe jeden treffen können. Bitte
sprechen Sie uns an - wir können eine Ratenzahlung vereinbaren.

Bitte beachten Sie aber: Bleibt der Rückstand bestehen, ruht Ihr
Vertrag nach den gesetzlichen Vorschriften (§ 193 Abs. 6 VVG) und wird
im Notlagentarif weitergeführt. Dann sind nur noch Behandlungen akuter
Erkrankungen und Schmerzzustände sowie Leistungen bei Schwangerschaft
versichert. Eine zweite Mahnung erhalten Sie per Post.

Wenn Sie hilfebedürftig im Sinne des Sozialrechts sind, lassen Sie uns
bitte die Bescheinigung des Jobcenters zukommen; dann tritt das Ruhen
nicht ein.

Freundliche Grüße

""" + SIG['melanie'] + FOOT_DE
    return build(120, A('melanie'), 'Piotr Kaminski <piotr.kaminski@web-post.example>',
                 'Beitragsrückstand Krankenversicherung KV 3350761-01', D(2026, 6, 9, 8, 55), body=body)


# --- 121 -----------------------------------------------------------------
@mail(121, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: support ticket to a US software vendor about a broken CSV export (diagnosis_code column), synthetic data only')
def _():
    body = """Hello Claimwise Support,

we have a problem with the scheduled CSV export in our sandbox tenant
(tenant ID wb-sbx-02, version 8.14.2).

Steps to reproduce:
1. Reports > Claims > "Monthly claims extract", format CSV, delimiter ";"
2. Run for any month with more than 10,000 rows

Expected: one row per claim line with all 23 columns.
Actual:   from row 10,001 the columns "diagnosis_code" and
          "provider_name" are shifted by one, so the ICD codes end up in
          the provider column. Below 10,000 rows everything is fine.

The sandbox only holds synthetic test data (generated patients
"Test Patient 00001" ff., random ICD codes), so you may look at the
file. I attached the first lines of the broken part; please do not
request production data.

Priority: high - our go-live is on 1 July.

Thanks
Kai-Uwe Strothmann

""" + SIG['kai']
    sample = ('claim_id;line;member;service_date;provider_name;diagnosis_code;amount;currency\r\n'
              'SBX-0010000;1;Test Patient 04412;2026-03-02;Test Provider 118;J06.9;84.20;EUR\r\n'
              'SBX-0010001;1;Test Patient 08830;2026-03-02;;Test Provider 201;M54.5;112.00;EUR\r\n'
              'SBX-0010002;1;Test Patient 00917;2026-03-03;;Test Provider 007;K29.7;65.50;EUR\r\n')
    return build(121, '"IT-Servicedesk" <servicedesk@weserbogen.example>', 'Claimwise Support <support@claimwise.example>',
                 'Sandbox wb-sbx-02: CSV export shifts columns after 10,000 rows', D(2026, 6, 10, 15, 41), body=body,
                 atts=[Att('export_sample_rows_10000ff.csv', sample, 'text/csv')])


# --- 122 -----------------------------------------------------------------
@mail(122, 'CONFIDENTIAL', 'en', 'insurer-to-partner',
      'survey instructions for a UK cargo claim: insured company, named contact, claim number, consignee warehouse')
def _():
    body = """Dear Graham,

thanks for confirming Thursday. Instructions for the survey:

  Our ref:        MC-26-0042
  Insured:        Thistle & Crane Homewares Ltd, Leicester
  Contact:        Mrs Harriet Cole, Operations Director,
                  +44 116 555 0433 (mobile on request)
  Location:       consignee's warehouse, Unit 7, Orwell Logistics Park,
                  Felixstowe IP11 3QT
  Goods:          porcelain tableware, 236 cartons, 41 reported
                  wet/broken, container MSKU 704418-3 (seal kept)

Please:
1. establish cause and extent (water ingress - container roof? condensation?),
2. check stowage and packing against the packing list,
3. note the container's condition and seal number, and photograph the
   roof from inside,
4. comment on salvage - can the dry cartons be sold at full value?
5. secure recovery against the carrier (notice of claim already sent by
   the insured on 21 Jan).

Preliminary report within 5 working days please; fee as per our
framework agreement.

Best,
Priya

""" + SIG['priya'] + FOOT_EN
    return build(122, A('priya'), 'Graham Tolley <g.tolley@pemberley-marine.example>',
                 'Survey instructions - Thistle & Crane, Felixstowe - MC-26-0042', D(2026, 1, 22, 10, 4), body=body,
                 cc='Giles Pemberton <giles.pemberton@harbourfinch.example>')


# --- 123 -----------------------------------------------------------------
@mail(123, 'NORMAL', 'de', 'internal',
      'trap: invitation to the staff health day (back screening, blood pressure, eye test), anonymous results, no person')
def _():
    body = """Liebe Kolleginnen und Kollegen,

am Donnerstag, 25. Juni, findet unser Gesundheitstag im Foyer und in
den Schulungsräumen im EG statt. Angebote (jeweils 9-15 Uhr):

- Rückenscreening mit 3D-Wirbelsäulenvermessung (15 Minuten)
- Blutdruck- und Blutzuckermessung durch den betriebsärztlichen Dienst
- Sehtest am Bildschirmarbeitsplatz
- Kurzvorträge: "Gesund schlafen im Schichtdienst" (10 Uhr),
  "Stress erkennen" (13 Uhr)
- Smoothie-Bar der Kantine

Alle Ergebnisse bekommt nur ihr selbst; weder die Personalabteilung
noch eure Führungskraft erfahren etwas. Die Teilnahme ist freiwillig
und zählt als Arbeitszeit.

Anmeldung für das Rückenscreening über das Buchungstool im Intranet,
alles andere ohne Anmeldung.

Euer BGM-Team
Yvonne Detmers

""" + SIG['yvonne']
    return build(123, A('yvonne'), 'Alle Mitarbeitenden Minden <alle-minden@weserbogen.example>',
                 'Gesundheitstag am 25.06. - Rückenscreening & mehr', D(2026, 6, 10, 8, 30), body=body)


# --- 124 -----------------------------------------------------------------
@mail(124, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'HTML-only reimbursement overview for a named insured: orthopaedist and physiotherapy invoices with diagnosis')
def _():
    html = """<html><head><meta charset="utf-8"><title>Erstattungsübersicht</title></head>
<body style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<p>Guten Tag Herr Fischbeck,</p>
<p>zu Ihren über die App eingereichten Belegen erhalten Sie folgende Erstattungsübersicht:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#e3edf2"><th>Beleg</th><th>Leistungserbringer</th><th>Datum</th><th>Leistung / Diagnose</th><th align="right">Betrag</th><th align="right">Erstattung</th></tr>
<tr><td>1</td><td>Dr. med. Anke Vehling, Orthopädie, Minden</td><td>12.05.2026</td><td>Untersuchung, Sonographie Schulter; Impingement-Syndrom rechts (M75.4)</td><td align="right">138,42 EUR</td><td align="right">138,42 EUR</td></tr>
<tr><td>2</td><td>Physio am Dom, Minden</td><td>15.05.-05.06.2026</td><td>6 x Krankengymnastik, 6 x Wärmetherapie</td><td align="right">246,00 EUR</td><td align="right">221,40 EUR</td></tr>
<tr><td>3</td><td>Weser-Apotheke</td><td>12.05.2026</td><td>Ibuprofen 600 mg, 50 St.</td><td align="right">14,87 EUR</td><td align="right">14,87 EUR</td></tr>
<tr style="font-weight:bold"><td colspan="4">Summe</td><td align="right">399,29 EUR</td><td align="right">374,69 EUR</td></tr>
</table>
<p>Bei Beleg 2 erstatten wir 90 % (Tarif AmbuPlus 90, Heilmittel). Die Überweisung erfolgt in 2-3 Werktagen.</p>
<p>Versicherungsnummer: KV 3366025-01</p>
<p>Freundliche Grüße<br>Ihr Leistungsservice der Weserbogen Krankenversicherung AG</p>
<p style="font-size:8pt;color:#777">Weserbogen Krankenversicherung AG &middot; Am Weserbogen 12 &middot; 32423 Minden &middot; Amtsgericht Bad Oeynhausen HRB 99873</p>
</body></html>
"""
    return build(124, 'Leistungsservice Kranken <leistungsservice@weserbogen.example>',
                 'Niklas Fischbeck <niklas.fischbeck@mailbox-owl.example>', 'Ihre Erstattungsübersicht vom 11.06.2026',
                 D(2026, 6, 11, 5, 12), html=html, headers=[('Auto-Submitted', 'auto-generated')])


# --- 125 -----------------------------------------------------------------
@mail(125, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat member with type 1 diabetes: insulin pump supplies shipped to Vietnam, her question quoted')
def _():
    body = """Dear Ms Brüggemann,

thank you for your question - it's a sensible one to ask before the
supplies run out.

Yes, your plan (WB Global Care individual, GEX-490017-01) covers your
insulin pump consumables and insulin even if they are bought in Germany
and shipped to you in Ho Chi Minh City, as long as they are prescribed
by a doctor. We reimburse:

  - infusion sets, reservoirs and CGM sensors at 100 %,
  - insulin at 100 %,
  - shipping costs up to EUR 60 per shipment, max. four shipments a year.

Customs duties in Vietnam are not covered, I'm afraid. A German
prescription is fine; please ask the pharmacy for an itemised invoice.

Your pump itself (replacement due in 2027) will need a pre-approval;
we'll remind you in good time.

Kind regards,
Marta

""" + SIG['marta'] + """

> On 11 June 2026 07:15, Johanna Brüggemann <johanna.brueggemann@saigonmail.example> wrote:
> Dear Ms Kowalczyk,
> as you know I have type 1 diabetes and use an Omnipod pump with a
> Dexcom sensor. Supplies here in Vietnam are difficult to get. Can my
> mother buy them at the pharmacy in Minden and ship them to me, and
> will you pay? My diabetologist in Germany can write the prescription.
> Thanks a lot, Johanna
""" + FOOT_EN
    return build(125, '"Kowalczyk, Marta" <marta.kowalczyk@weserbogen.example>',
                 'Johanna Brüggemann <johanna.brueggemann@saigonmail.example>',
                 'Re: pump supplies from Germany?', D(2026, 6, 11, 10, 40), body=body)

# --- 126 -----------------------------------------------------------------
@mail(126, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'premium certificate for the tax return of a named customer with tax ID and liability/motor contracts (PDF)')
def _():
    body = """Sehr geehrte Frau Rehmert,

wie am Telefon besprochen, erhalten Sie anbei die Bescheinigung über die
im Jahr 2025 gezahlten Beiträge zu Ihren Haftpflichtversicherungen für
Ihre Einkommensteuererklärung.

Die Beiträge zur Kfz-Haftpflicht und zur Privathaftpflicht sind als
sonstige Vorsorgeaufwendungen abziehbar; die Kasko-Anteile nicht, sie
sind deshalb getrennt ausgewiesen.

Freundliche Grüße

""" + SIG['melanie'] + FOOT_DE
    cert = pdf(['# Beitragsbescheinigung 2025',
                'Weserbogen Allgemeine Versicherung AG - Minden, 12.06.2026',
                '',
                'Versicherungsnehmerin: Claudia Rehmert, Bäckerstraße 31, 32423 Minden',
                'Steuerliche Identifikationsnummer: 47 036 892 151',
                '',
                'Vertrag KF 4412907 - Kfz-Versicherung (VW Golf, MI-CR 74)',
                '   davon Kfz-Haftpflicht                         318,40 EUR',
                '   davon Teil-/Vollkasko (nicht abziehbar)         402,10 EUR',
                'Vertrag PH 5460213 - Privathaftpflicht               74,90 EUR',
                '',
                'Summe abziehbarer Beiträge 2025:                  393,30 EUR',
                '',
                'Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.'],
               'Beitragsbescheinigung 2025')
    return build(126, A('melanie'), 'Claudia Rehmert <claudia.rehmert@t-mail.example>',
                 'Ihre Beitragsbescheinigung 2025', D(2026, 6, 12, 9, 17), body=body,
                 atts=[Att('Beitragsbescheinigung_2025_Rehmert.pdf', cert, 'application/pdf')])


# --- 127 -----------------------------------------------------------------
@mail(127, 'NORMAL', 'en', 'internal',
      'trap: English data-protection quiz (ODT) for international staff with a fictitious John Doe and made-up diagnosis')
def _():
    body = """Dear colleagues of the International Desk and Assistance team,

as promised, here is the short data protection quiz in English. It
takes about ten minutes. Please send your answers to me by 30 June - no
marks, no names on the results, it's only to see where we need more
training.

All people and cases in the quiz are invented. "John Doe" does not
exist, and neither does his broken leg.

Many thanks,
Heike

""" + SIG['heike']
    quiz = odt(['Data protection quiz - International Desk (June 2026)',
                'All persons and cases are fictitious.',
                '1. A hospital in Spain e-mails you the discharge report of "John Doe (fictitious), born 01/01/1970", '
                'diagnosis: fracture of the left femur. May you forward it to the assistance partner by ordinary e-mail? '
                '(a) yes, they are our partner (b) only via the portal or encrypted (c) only with the patient\'s phone consent',
                '2. Which of these is health data? (a) a pharmacy receipt (b) the fact that someone needs a wheelchair '
                'on the flight (c) a hospital\'s name in a guarantee of payment (d) all of them',
                '3. A customer\'s sister calls and asks whether her brother is still in hospital in Antalya. What do you do?',
                '4. You sent a medical report to the wrong address. Who do you inform, and how fast?',
                '5. True or false: an anonymised case study with age band and country only is not personal data.'],
               title='DP quiz International Desk')
    return build(127, A('heike'), 'International Desk <international@weserbogen.example>',
                 'Data protection quiz (10 minutes) - by 30 June', D(2026, 6, 15, 10, 5), body=body,
                 cc=A('annika'), atts=[Att('DP_quiz_International_Desk_2026-06.odt', quiz, ODT_T)])


# --- 128 -----------------------------------------------------------------
@mail(128, 'NORMAL', 'de', 'internal',
      'trap: release notes of the doctor-invoice checking module (GOÄ rules, ICD plausibility), no invoice data')
def _():
    body = """Hallo Leistung KV,

heute Abend (16.06., ab 18 Uhr) spielen wir Release 26.3 des Moduls
"Arztrechnungsprüfung" ein. Die wichtigsten Änderungen:

- GOÄ-Regelwerk: neue Ausschlussregeln für Nr. 1 neben Nr. 3 sowie für
  Zuschläge A-D am selben Tag. Wird die Regel verletzt, erscheint der
  Hinweis "GOÄ-Konflikt" statt der automatischen Freigabe.
- ICD-Plausibilität: Rechnungen mit Diagnosen, die nicht zum Fachgebiet
  des Arztes passen (z. B. gynäkologische Kodes beim Augenarzt), gehen
  in die manuelle Prüfung.
- Steigerungsfaktor > 2,3 ohne Begründungstext wird jetzt zuverlässig
  erkannt (Fehler aus INC-2026-00873 behoben).
- Performance: Stapelverarbeitung ca. 30 % schneller.

Bitte ab morgen früh auf Auffälligkeiten achten und Tickets mit
Belegnummer (nicht mit Patientennamen) aufmachen.

Gruß
Kai-Uwe

""" + SIG['kai']
    return build(128, '"IT-Servicedesk" <servicedesk@weserbogen.example>',
                 'Team Leistung KV <kv-leistung@weserbogen.example>',
                 'Release 26.3 Arztrechnungsprüfung heute Abend', D(2026, 6, 16, 11, 47), body=body)


# --- 129 -----------------------------------------------------------------
@mail(129, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'accident insurance file for a named insured sent to her lawyer: accident report, medical opinion and benefits in a ZIP')
def _():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Hufendiek,

wie mit Ihrer Mandantin, Frau Jutta Riechmann, vereinbart und auf
Grundlage ihrer Vollmacht und Schweigepflichtentbindung vom 08.06.2026
übersende ich Ihnen Kopien aus unserer Akte zur Unfallversicherung
UV 3319902 für den Schadenersatzprozess gegen den Radfahrer, der den
Sturz am 22.04.2025 verursacht hat.

Die ZIP-Datei enthält:
- die Unfallanzeige Ihrer Mandantin,
- das fachärztliche Gutachten Dr. Pollmeier vom 30.01.2026,
- die Aufstellung unserer Leistungen.

Das Kennwort für die Datei erhalten Sie telefonisch von mir.

""" + SIG['bernd'] + FOOT_DE
    anzeige = pdf(['# Unfallanzeige - Weserbogen Allgemeine Versicherung AG',
                   'Versicherte Person: Jutta Riechmann, geb. 19.03.1966, Vertrag UV 3319902',
                   'Unfalltag: 22.04.2025, ca. 17:20 Uhr, Radweg Bastaustraße, Minden',
                   'Hergang: Ein entgegenkommender Radfahrer wich auf meine Spur aus, ich stürzte auf die linke Hand.',
                   'Verletzung: Bruch des linken Handgelenks, OP am 23.04.2025 im Krankenhaus Lindenhöhe.',
                   'Erstbehandelnder Arzt: Notaufnahme Krankenhaus Lindenhöhe'], 'Unfallanzeige')
    gutachten = docx(['# Fachärztliches Gutachten zur Invalidität',
                      'Dr. med. Reinhard Pollmeier, Facharzt für Orthopädie und Unfallchirurgie - 30.01.2026',
                      'Probandin: Jutta Riechmann, geb. 19.03.1966',
                      'Diagnose: Zustand nach distaler Radiusfraktur links (S52.51), Plattenosteosynthese 23.04.2025, '
                      'Metallentfernung 14.10.2025.',
                      'Befund: Extension/Flexion links 45-0-50 (rechts 70-0-80), Grobkraft links vermindert (Jamar 18 kg vs. 30 kg).',
                      'Beurteilung: Dauerhafte Funktionsbeeinträchtigung der linken Hand: 2/10 Handwert.'],
                     title='Gutachten Riechmann', author='Dr. Pollmeier', when='2026-01-30T10:00:00Z')
    leist = ('Datum;Leistung;Betrag EUR\r\n'
             '12.05.2025;Krankenhaustagegeld 4 Tage;200,00\r\n'
             '30.06.2025;Genesungsgeld;200,00\r\n'
             '20.02.2026;Invaliditätsleistung 11 %;11000,00\r\n')
    z = zip_bytes([('Akte_UV3319902/01_Unfallanzeige.pdf', anzeige, (2025, 4, 28, 10, 2, 0)),
                   ('Akte_UV3319902/02_Gutachten_Pollmeier.docx', gutachten, (2026, 1, 30, 11, 40, 0)),
                   ('Akte_UV3319902/03_Leistungen.csv', leist.encode('utf-8'), (2026, 6, 16, 9, 0, 0))])
    return build(129, A('bernd'), '"RA Dr. Hufendiek" <kanzlei@hufendiek-recht.example>',
                 'Ihre Mandantin Riechmann - Unterlagen Unfallversicherung UV 3319902', D(2026, 6, 16, 14, 20),
                 body=body, atts=[Att('Akte_UV3319902_Riechmann.zip', z, 'application/zip')])


# --- 130 -----------------------------------------------------------------
@mail(130, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'first payment reminder for a named customer\'s household and liability premiums, contract numbers and amount')
def _():
    body = """Dear Ms Mehta,

we have not yet received the annual premium for your household and
personal liability insurance, which was due on 1 June:

  Household contents   HR 6655180    EUR 131.60
  Personal liability   PH 5544207    EUR  66.20
  Total                              EUR 197.80

Perhaps the invoice got lost among your post - it happens. Please
transfer the amount by 3 July with the reference HR 6655180, or set up
a direct debit in the customer portal, which saves you the trouble
next year.

If you have already paid, please ignore this reminder.

Kind regards
Melanie Frerichs

""" + SIG['melanie'] + FOOT_EN
    return build(130, A('melanie'), 'Anjali Mehta <anjali.mehta@postbox-mail.example>',
                 'Reminder: premium household & liability insurance', D(2026, 6, 17, 8, 33), body=body)


# --- 131 -----------------------------------------------------------------
@mail(131, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'rent deposit guarantee for a named tenant: landlord, flat address, deposit amount, guarantee number')
def _():
    body = """Hallo Frau Kemper,

Ihre Mietkautionsbürgschaft ist ausgestellt. Die Bürgschaftsurkunde
schicken wir heute im Original per Post direkt an Ihre Vermieterin:

  Bürgschaftsnummer:  MK 3309128
  Mieterin:           Lena Kemper
  Vermieterin:        Wohnbau Weserland eG, Minden
  Mietobjekt:         Rodenbecker Straße 52, 2. OG links, 32427 Minden
  Bürgschaftsbetrag:  2.340,00 EUR (drei Nettokaltmieten)
  Jahresbeitrag:      114,66 EUR (4,9 %)

Der Beitrag wird jährlich im Voraus von Ihrem Konto abgebucht. Bitte
denken Sie daran: Zahlen wir an die Vermieterin, müssen Sie uns den
Betrag erstatten - die Bürgschaft ersetzt die Kaution, nicht die
Verpflichtungen aus dem Mietvertrag.

Viel Freude in der neuen Wohnung!

""" + SIG['melanie'] + FOOT_DE
    return build(131, A('melanie'), 'Lena Kemper <lena.kemper@gmx-mail.example>',
                 'Ihre Mietkautionsbürgschaft MK 3309128', D(2026, 6, 17, 13, 12), body=body)


# --- 132 -----------------------------------------------------------------
@mail(132, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: term-life reinsurance renewal terms (mortality basis, retention, medical underwriting limits), aggregates only')
def _():
    body = """Dear Cormac,

thank you for the renewal terms for our term life surplus treaty
(SUR-L-2027). Our comments:

1. Retention: we'd like to increase our retention from EUR 300,000 to
   EUR 400,000 per life. Our portfolio has grown and the large-sum
   share has stabilised.
2. Reinsurance rates: your offer of 62 % of DAV 2008 T for non-smokers
   is fine; for smokers we see 85 % rather than 90 % in our experience
   (A/E 2021-2025: 0.83 on 214 deaths, totals available for your
   actuaries).
3. Medical underwriting limits: please confirm that the age/sum grid of
   your manual version 7.1 applies, including the new limits for
   ECG and NT-proBNP.
4. Facultative cases: we'd like to send facultative submissions through
   your portal only from 2027, not by e-mail.

Could we have a call in the week of 6 July to close this?

Best regards
Nadine Sievers

""" + SIG['nadine'] + FOOT_EN
    return build(132, A('nadine'), 'Cormac Dunne <cormac.dunne@northbridge-re.example>',
                 'SUR-L-2027 renewal - our comments', D(2026, 6, 18, 16, 1), body=body)


# --- 133 -----------------------------------------------------------------
@mail(133, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: answer to an association survey with aggregated long-term-care supplementary insureds per care level (ODS)')
def _():
    body = """Sehr geehrte Frau Lütke-Wöstmann,

anbei unsere Antwort auf die Mitgliederumfrage "Pflegezusatz 2025" als
Tabelle im gewünschten Format (ODS).

Erfasst sind die Versicherten mit Pflegetagegeld- oder
Pflegekostenzusatz zum 31.12.2025 sowie die Leistungsbezieher nach
Pflegegrad. Werte unter 5 haben wir wie vereinbart als "<5"
ausgewiesen.

Mit freundlichen Grüßen
Nadine Sievers

""" + SIG['nadine'] + FOOT_DE
    rows = [['Merkmal', 'Anzahl', 'Anteil %'],
            ['Versicherte Pflegezusatz gesamt', 18412, 100.0],
            ['davon Pflegetagegeld', 15209, 82.6],
            ['davon Pflegekosten', 3203, 17.4],
            ['Leistungsbezieher Pflegegrad 1', 112, None],
            ['Leistungsbezieher Pflegegrad 2', 298, None],
            ['Leistungsbezieher Pflegegrad 3', 241, None],
            ['Leistungsbezieher Pflegegrad 4', 97, None],
            ['Leistungsbezieher Pflegegrad 5', '<5', None],
            ['Durchschnittsalter bei Leistungsbeginn', 79.4, None]]
    return build(133, A('nadine'), 'Verband Westfälischer Versicherer <statistik@vwv-verband.example>',
                 'Umfrage Pflegezusatz 2025 - Weserbogen Krankenversicherung AG', D(2026, 6, 19, 11, 25), body=body,
                 atts=[Att('Umfrage_Pflegezusatz_2025_Weserbogen.ods', ods('Pflegezusatz 2025', rows,
                                                                          title='Umfrage Pflegezusatz 2025'), ODS_T)])


# --- 134 -----------------------------------------------------------------
@mail(134, 'STRICTLY_CONFIDENTIAL', 'de', 'therapist',
      'physiotherapist\'s request about a named patient after rotator cuff surgery, forwarded to the medical advisor')
def _():
    body = """Hallo Thomas,

kannst du mir kurz sagen, ob die weiteren Einheiten aus deiner Sicht
plausibel sind? Herr Vinke ist bei uns vollversichert (KV 3318840-01),
Tarif begrenzt Heilmittel auf 30 Einheiten pro Jahr ohne
Begründung, er hat 24 verbraucht.

Danke
Gesine

""" + SIG['gesine'] + """

-----Ursprüngliche Nachricht-----
Von: Physio am Dom <info@physio-am-dom.example>
Gesendet: Donnerstag, 18. Juni 2026 17:12
An: Leistung Kranken <kv-leistung@weserbogen.example>
Betreff: Herr Heinrich Vinke - Verlängerung KG

Sehr geehrte Damen und Herren,

wir behandeln Ihren Versicherten Herrn Heinrich Vinke (geb. 03.12.1958)
seit März nach arthroskopischer Rekonstruktion der
Rotatorenmanschette rechts (Supraspinatussehnenruptur). Die aktive
Abduktion liegt aktuell bei 100°, Außenrotation deutlich eingeschränkt,
nachts noch Schmerzen. Der Operateur Dr. Haverbeck hat weitere
2 x 10 Einheiten KG am Gerät verordnet.

Bitte teilen Sie uns mit, ob die Kosten übernommen werden, damit Herr
Vinke nicht in Vorleistung gehen muss.

Mit freundlichen Grüßen
Carina Wolff, Physiotherapeutin
Physio am Dom, Minden
"""
    return build(134, A('gesine'), A('egger'), 'WG: Herr Heinrich Vinke - Verlängerung KG', D(2026, 6, 19, 8, 12),
                 body=body)


# --- 135 -----------------------------------------------------------------
@mail(135, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'address change of a named customer moving to Cork: liability and legal expenses contracts, new Irish address')
def _():
    body = """Dear Ms Byrne,

thank you for letting us know. We have changed your address for

  Personal liability      PH 5519924
  Legal expenses          RS 2241078

to:  Apartment 12, Lapp's Quay House, Cork T12 X2Y8, Ireland
     (valid from 1 July 2026)

Both contracts continue. Your liability cover applies worldwide, so you
are covered in Ireland as before. Legal expenses cover, however, only
applies to disputes that fall under German or EU jurisdiction; for a
tenancy dispute about your flat in Cork, for example, you would need an
Irish policy. Please let us know if you would like to cancel RS 2241078
with effect from your move - that's possible as a special case.

As requested, we will write to you in English from now on.

Kind regards
Melanie Frerichs

""" + SIG['melanie'] + FOOT_EN
    return build(135, A('melanie'), 'Clodagh Byrne <clodagh.byrne@eircommail.example>',
                 'Your new address in Cork', D(2026, 6, 22, 10, 37), body=body)


# --- 136 -----------------------------------------------------------------
@mail(136, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'commission statement of a sole-trader broker with his IBAN, tax number and commission income (PDF)')
def _():
    ib = iban('DE', '49050000' + '6007733129')
    body = """Hallo Herr Pape,

anbei Ihre Courtageabrechnung für das zweite Quartal 2026 (Abrechnung
CA-2026-Q2-0412). Der Auszahlungsbetrag von 4.918,27 EUR wird am
30.06. auf Ihr hinterlegtes Geschäftskonto überwiesen.

Bitte prüfen Sie Ihre Daten auf der Abrechnung; Ihre neue Steuernummer
aus dem Schreiben des Finanzamts haben wir übernommen.

""" + SIG['tobias'] + FOOT_DE
    stmt = pdf(['# Courtageabrechnung Q2/2026 - CA-2026-Q2-0412',
                'Weserbogen Versicherung AG, Maklerbetreuung Nord-West',
                '',
                'Vermittler: Versicherungsmakler Dirk Pape e.K., Inhaber Dirk Pape',
                'Vermittlernummer: M-40771   IHK-Registernummer: D-W-118-XQ7P-42',
                'Steuernummer: 335/5091/4472 (Finanzamt Minden)',
                'Bankverbindung: IBAN ' + ib,
                '',
                'Abschlusscourtage Sach/HUK                                3.104,50 EUR',
                'Bestandscourtage Sach/HUK                                 1.966,12 EUR',
                'Stornohaftung (Rückbelastung 2 Verträge)                   -152,35 EUR',
                'Auszahlungsbetrag (umsatzsteuerfrei nach § 4 Nr. 11 UStG)  4.918,27 EUR',
                '',
                'Kumulierte Courtage 2026: 9.612,80 EUR'],
               'Courtageabrechnung Q2 2026')
    return build(136, A('tobias'), 'Dirk Pape <info@makler-pape.example>',
                 'Courtageabrechnung Q2/2026', D(2026, 6, 23, 14, 4), body=body,
                 atts=[Att('Courtageabrechnung_CA-2026-Q2-0412.pdf', stmt, 'application/pdf')])


# --- 137 -----------------------------------------------------------------
@mail(137, 'NORMAL', 'en', 'newsletter',
      'trap: English broker newsletter on group international health (maternity, mental health, evacuation), no person')
def _():
    text = """Weserbogen Broker Briefing - International | June 2026

GROUP INTERNATIONAL HEALTH: WHAT'S NEW FOR 2027 RENEWALS

* Mental health: outpatient psychotherapy now covered up to 25
  sessions a year without pre-authorisation, online therapy included.
* Maternity: waiting period reduced from 10 to 6 months for groups of
  20+ lives.
* Medical evacuation: cover extended to evacuation for political
  unrest, not only for medical reasons.
* Chronic conditions: new disease-management programme for diabetes
  and hypertension with remote monitoring.
* Underwriting: groups of 10+ lives on "medical history disregarded"
  terms.

Webinar for brokers: Thursday 9 July, 10:00 UK / 11:00 CET,
register at https://www.weserbogen.example/en/brokers/webinar

Questions? Your International Desk: international@weserbogen.example

You receive this briefing as a registered broker partner of Weserbogen.
Unsubscribe: https://www.weserbogen.example/en/brokers/unsubscribe
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;color:#1b2a35">
<p style="font-size:12px;color:#0b5c7a">Weserbogen Broker Briefing &ndash; International | June 2026</p>
<h1 style="font-size:20px">Group international health: what's new for 2027 renewals</h1>
<ul>
<li><b>Mental health:</b> outpatient psychotherapy now covered up to 25 sessions a year without pre-authorisation, online therapy included.</li>
<li><b>Maternity:</b> waiting period reduced from 10 to 6 months for groups of 20+ lives.</li>
<li><b>Medical evacuation:</b> cover extended to evacuation for political unrest, not only for medical reasons.</li>
<li><b>Chronic conditions:</b> new disease-management programme for diabetes and hypertension with remote monitoring.</li>
<li><b>Underwriting:</b> groups of 10+ lives on &quot;medical history disregarded&quot; terms.</li>
</ul>
<p><a href="https://www.weserbogen.example/en/brokers/webinar">Register for the broker webinar</a> &ndash; Thursday 9 July, 10:00 UK / 11:00 CET</p>
<p style="font-size:11px;color:#777">You receive this briefing as a registered broker partner of Weserbogen.
<a href="https://www.weserbogen.example/en/brokers/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return build(137, 'Weserbogen International <newsletter@weserbogen.example>', 'broker-briefing-en@lists.weserbogen.example',
                 'Broker Briefing: group international health - 2027 changes', D(2026, 6, 24, 8, 0), body=text, html=html,
                 headers=[('List-Unsubscribe', '<https://www.weserbogen.example/en/brokers/unsubscribe>'),
                          ('Precedence', 'bulk')])


# --- 138 -----------------------------------------------------------------
@mail(138, 'NORMAL', 'de', 'insurer-to-broker',
      'broker information on the new motor type classes and regional classes, no customer data')
def _():
    body = """Liebe Maklerpartnerinnen und Maklerpartner,

der GDV hat die neue Typklassenstatistik veröffentlicht. Für unseren
Bestand wirkt sie sich ab der Hauptfälligkeit 01.01.2027 so aus:

- ca. 38 % der Fahrzeuge: Typklasse in der Haftpflicht unverändert,
- ca. 33 %: niedrigere, ca. 29 %: höhere Typklasse,
- besonders betroffen (höher): einige Elektro-SUV und Kompaktvans,
  vor allem in der Vollkasko wegen teurer Reparaturen.

Die Regionalklassen für den Kreis Minden-Lübbecke bleiben in der
Haftpflicht gleich (RK 5), in der Vollkasko sinken sie um eine Klasse.

Im Maklerportal finden Sie unter "Kfz > Typklassen 2027" eine Liste
aller Modelle zum Durchsuchen. Die Beitragsanpassung an Ihre Kunden
schicken wir wie jedes Jahr mit der Beitragsrechnung im November.

""" + SIG['tobias'] + FOOT_DE
    return build(138, A('tobias'), 'Maklerpartner Nord-West <maklerinfo-nw@lists.weserbogen.example>',
                 'Kfz: neue Typklassen ab 2027', D(2026, 6, 25, 9, 0), body=body)


# --- 139 -----------------------------------------------------------------
@mail(139, 'CONFIDENTIAL', 'en', 'insurer-to-applicant',
      'job offer to a named candidate with annual salary, allowances and start date (income)')
def _():
    body = """Dear Ms Moran,

it was a pleasure meeting you in Minden last week. I'm delighted to
confirm, on behalf of Dr Annika Roßbach, that we would like to offer
you the position of Medical Case Manager in our International Desk.

Key terms:
  Start date:          1 September 2026
  Salary:              EUR 58,500 gross per year (13 payments), pay
                       group VIII of the insurance-industry tariff
  On-call allowance:   EUR 180 per month, plus EUR 45 per on-call
                       weekend day
  Relocation:          lump sum of EUR 3,500, and up to three months of
                       temporary accommodation in Minden
  Working hours:       38 hours per week, hybrid (up to 60 % remote
                       after the 6-month probation period)

The full contract in German and a courtesy English translation will
follow by post this week. Please let us know by 6 July whether you
accept.

We very much look forward to working with you!

Kind regards
Yvonne Detmers

""" + SIG['yvonne'] + FOOT_EN
    return build(139, A('yvonne'), 'Aisling Moran <aisling.moran@eircommail.example>',
                 'Offer: Medical Case Manager, International Desk', D(2026, 6, 26, 11, 0), body=body, cc=A('annika'))


# --- 140 -----------------------------------------------------------------
@mail(140, 'CONFIDENTIAL', 'de', 'internal',
      'HR forwards an applicant\'s current salary and salary expectation to the hiring manager (income)')
def _():
    body = """Hallo Annika,

zur Stelle Sachbearbeitung International Desk (INT-SB-2026): Herr Nils
Husmann wäre aus meiner Sicht der stärkste Kandidat für die zweite
Runde. Zu deiner Frage nach dem Gehalt, aus dem Telefoninterview:

- aktuelles Gehalt bei der Hansa Reiseversicherung: 49.200 EUR brutto
  p. a. inkl. Bonus,
- Gehaltsvorstellung: 54.000 EUR,
- Kündigungsfrist: 3 Monate zum Quartalsende.

Mit Tarifgruppe VI, Berufsjahr 7, kämen wir auf rund 52.600 EUR; mit
der Rufbereitschaftszulage wären wir nah dran.

Bitte nicht weiterleiten. Lebenslauf und Zeugnisse findest du wie
immer im Bewerbermanagement.

Viele Grüße
Yvonne

""" + SIG['yvonne']
    return build(140, A('yvonne'), A('annika'), 'INT-SB-2026: Husmann - Gehalt', D(2026, 6, 26, 15, 22), body=body,
                 headers=[('Sensitivity', 'Company-Confidential')])


# --- 141 -----------------------------------------------------------------
@mail(141, 'NORMAL', 'en', 'internal',
      'trap: phishing warning about fake "Global Medical Billing" hospital invoices, no real case or person')
def _():
    body = """Hi all,

heads-up: since yesterday we have seen several phishing mails to the
international@, assistance@ and expat-claims@ mailboxes.

What they look like:
  From:     "Global Medical Billing" <billing@globalmed-billing.example>
            (or similar)
  Subject:  "Outstanding hospital invoice - patient transfer - URGENT"
  Content:  claims that a hospital abroad treated "one of your insured"
            and asks you to open a ZIP file or to pay to a new bank
            account. Names and amounts vary.

Please:
  * do NOT open the attachments or links,
  * do NOT reply,
  * report the mail with the "Report phishing" button in Outlook.

Genuine hospital invoices always refer to one of OUR case numbers
(A-26-xxxx) and come through channels we already know. If in doubt,
call the hospital on the number in the case file, not the one in the
mail.

Thanks
Kai-Uwe (IT Security)

""" + SIG['kai']
    return build(141, '"IT-Servicedesk" <servicedesk@weserbogen.example>',
                 'International Desk <international@weserbogen.example>, Assistance <assistance@weserbogen.example>',
                 'PHISHING WARNING: fake hospital invoices "Global Medical Billing"', D(2026, 6, 29, 9, 6), body=body,
                 headers=[('Importance', 'high')])


# --- 142 -----------------------------------------------------------------
@mail(142, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: blank motor claim form (PDF) with fields for injuries and witnesses sent to a broker, nothing filled in')
def _():
    body = """Hallo Frau Vogt,

anbei wie gewünscht die aktuelle Kfz-Schadenanzeige als ausfüllbares
PDF (Stand 06/2026). Die alte Fassung mit der Faxnummer bitte nicht mehr
an Kunden geben.

Am schnellsten geht es für Ihre Kunden übrigens über die Schadenmeldung
in der App oder im Maklerportal - dann entfällt das Formular ganz.

""" + SIG['tobias'] + FOOT_DE
    form = pdf(['# Kfz-Schadenanzeige - Weserbogen Allgemeine Versicherung AG',
                'Stand 06/2026',
                '',
                'Versicherungsschein-Nr.: ______________   Amtl. Kennzeichen: ______________',
                'Versicherungsnehmer (Name, Anschrift): _____________________________________',
                'Fahrer zum Unfallzeitpunkt: ___________________   Geburtsdatum: ___________',
                '',
                '# Schadenereignis',
                'Datum / Uhrzeit: __________   Ort: ____________________________________',
                'Hergang (bitte Skizze beifügen): ____________________________________________',
                'Polizeilich aufgenommen?  [ ] ja  Dienststelle/Az.: __________  [ ] nein',
                '',
                '# Personenschäden',
                'Wurden Personen verletzt?  [ ] nein  [ ] ja: Name, Art der Verletzung, Krankenhaus:',
                '______________________________________________________________________',
                '',
                '# Zeugen',
                'Name, Anschrift, Telefon: _____________________________________________',
                '',
                'Ort, Datum, Unterschrift: ____________________________'],
               'Kfz-Schadenanzeige 06-2026')
    return build(142, A('tobias'), 'Anja Vogt <a.vogt@finanzkontor-schaumburg.example>',
                 'Kfz-Schadenanzeige aktuell (Formular)', D(2026, 6, 29, 13, 44), body=body,
                 atts=[Att('Kfz-Schadenanzeige_2026-06.pdf', form, 'application/pdf')])


# --- 143 -----------------------------------------------------------------
@mail(143, 'CONFIDENTIAL', 'de', 'customer',
      'only in the forwarded message/rfc822: named customer\'s towing invoice request with his IBAN and motor claim number')
def _():
    ib = iban('DE', '49050101' + '0082266104')
    inner_body = """Hallo,

anbei die Rechnung vom Abschleppdienst Hoppe (218,00 EUR), die ich
vor Ort bezahlt habe. Bitte überweisen Sie mir das Geld zurück auf
IBAN """ + ib + """ (Dennis Kleinebrahm).

Schadennummer ist KS-26-0052290, Panne mit meinem Caddy MI-DK 340 am
Samstag auf der A2, Schutzbrief ist ja bei euch mit drin.

Danke und Gruß
Dennis Kleinebrahm
"""
    inner = build(143, 'Dennis Kleinebrahm <d.kleinebrahm@web-post.example>', 'Kundenservice <service@weserbogen.example>',
                  'Abschleppen Rechnung KS-26-0052290', D(2026, 6, 29, 20, 41), body=inner_body, sub='inner',
                  mid_host='web-post.example')
    body = """Hallo Jens,

die Mail vom Kunden kam beim Kundenservice an, gehört aber zu deinem
Schutzbrief-Fall. Ich hänge sie dir im Original an (mit Rechnung war
leider nichts dabei, die muss er noch schicken - ich habe ihm
geantwortet).

Gruß
Melanie

""" + SIG['melanie']
    return build(143, A('melanie'), A('jens'), 'WG: Abschleppen Rechnung KS-26-0052290', D(2026, 6, 30, 8, 5),
                 body=body, atts=[Att('Abschleppen Rechnung KS-26-0052290.eml', inner, 'message/rfc822')])


# --- 144 -----------------------------------------------------------------
@mail(144, 'NORMAL', 'en', 'insurer-to-customer',
      'generic answer to a UK prospect on German car insurance (eVB, no-claims classes), no personal or contract data')
def _():
    body = """Dear Mr Whitaker,

thanks for getting in touch before your move to Bielefeld. A few
pointers on car insurance in Germany:

* You can't register a car in Germany without insurance. The insurer
  gives you a 7-character "eVB" code, which the registration office
  checks electronically. We can issue one online within minutes.
* Premiums depend heavily on the no-claims class ("SF-Klasse"). German
  insurers often recognise years without claims in the UK if you bring
  a letter from your UK insurer showing the period and that there were
  no claims. Please keep it - it can save you a lot.
* Third-party liability is compulsory. Most people add partial
  ("Teilkasko") or comprehensive ("Vollkasko") cover.
* If you import your UK car, it needs a German roadworthiness test and
  possibly modifications (headlights) before registration.

Once you have your address in Germany, you can get a quote at
https://www.weserbogen.example/en/car or call us - we're happy to go
through it in English.

Kind regards
Melanie Frerichs

""" + SIG['melanie'] + FOOT_EN
    return build(144, A('melanie'), 'James Whitaker <james.whitaker@britmail.example>',
                 'RE: Car insurance when moving from the UK', D(2026, 6, 30, 12, 14), body=body)


# --- 145 -----------------------------------------------------------------
@mail(145, 'NORMAL', 'de', 'internal',
      'results of the staff survey in percentages per topic, no person')
def _():
    body = """Liebe Kolleginnen und Kollegen,

vielen Dank, dass sich 78 % von euch an der Mitarbeiterbefragung
beteiligt haben - so viele wie nie!

Die wichtigsten Ergebnisse (Zustimmung "trifft zu / trifft eher zu"):

  Ich arbeite gern bei Weserbogen                  84 % (2024: 81 %)
  Ich fühle mich von meiner Führungskraft
  unterstützt                                      77 % (74 %)
  Die Arbeitsbelastung ist gut zu bewältigen       52 % (49 %)
  Mobiles Arbeiten funktioniert gut                91 % (88 %)
  Ich erfahre rechtzeitig, was im Unternehmen
  passiert                                         58 % (61 %)

Handlungsfelder für uns sind also vor allem Arbeitsbelastung und
interne Kommunikation. Die Ergebnisse eurer Bereiche besprechen eure
Führungskräfte bis Ende Juli in den Teams; Bereiche mit weniger als 7
Antworten werden nicht einzeln ausgewertet.

Herzliche Grüße
Yvonne Detmers, im Namen des Vorstands

""" + SIG['yvonne']
    return build(145, A('yvonne'), 'Alle Mitarbeitenden <alle@weserbogen.example>',
                 'Ergebnisse der Mitarbeiterbefragung 2026', D(2026, 6, 30, 15, 0), body=body)


# --- 146 -----------------------------------------------------------------
@mail(146, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'commission statement for a named sole-trader broker with his IBAN, tax number and commission income (XLSX)')
def _():
    ib = iban('DE', '48050161' + '0043319877')
    body = """Hi Mark,

your commission statement for Q2 is attached (Excel, as you asked -
easier for your accountant).

Total payout: EUR 2,764.10, paid on 30 June to your business account
ending """ + ib.replace(' ', '')[-4:] + """. Two points:

- The clawback of EUR 188.40 relates to the household policy that
  lapsed after 5 months (details on sheet 2).
- We still have your old tax number on file. The "Steuernummer" on the
  statement is the one from 2024 - if the Finanzamt gave you a new one
  after your move to Bielefeld-Mitte, please send it to me.

Enjoy the summer!
Tobias

""" + SIG['tobias'] + FOOT_EN
    s1 = [['Commission statement Q2/2026', '', ''],
          ['Broker', 'Mark Donnelly Insurance Services (sole trader, Mark Donnelly)', ''],
          ['Broker no.', 'M-41190', ''],
          ['Tax number', '305/5120/0871', ''],
          ['IBAN', ib, ''],
          ['', '', ''],
          ['Item', 'Line', 'EUR'],
          ['Acquisition commission', 'Motor', 1284.50],
          ['Acquisition commission', 'Household/Liability', 902.30],
          ['Renewal commission', 'all', 765.70],
          ['Clawback', 'Household', -188.40],
          ['Payout', '', 2764.10]]
    s2 = [['Policy', 'Line', 'Start', 'Lapse', 'Clawback EUR'],
          ['HR 6651093', 'Household', '2026-01-01', '2026-05-31', -188.40]]
    return build(146, A('tobias'), 'Mark Donnelly <mark@donnelly-insurance.example>',
                 'Commission statement Q2/2026', D(2026, 6, 30, 16, 40), body=body,
                 atts=[Att('Commission_Q2_2026_M-41190.xlsx',
                           xlsx([('Statement', s1), ('Clawbacks', s2)], title='Commission Q2 2026',
                                author='Tobias Brinkmann', when='2026-06-30T13:00:00Z'), XLSX_T)])


# --- 147 -----------------------------------------------------------------
@mail(147, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'travel baggage theft in Mallorca for a named customer: claim number, police report, stolen items; no health content')
def _():
    body = """Sehr geehrter Herr Landwehr,

schade, dass Ihr Urlaub auf Mallorca so geendet hat.

Ihre Reisegepäckversicherung (RG 1177426) ersetzt gestohlenes Gepäck bis
zur Versicherungssumme von 2.000 EUR pro Person. Den Diebstahl der
Strandtasche am 26.06.2026 in Cala Millor haben wir als Schaden
26-RG-00502 angelegt.

Für die Regulierung brauchen wir noch:
- die polizeiliche Anzeige ("denuncia") der Guardia Civil - Ihr Foto
  davon ist leider nicht lesbar, bitte noch einmal scannen,
- Kaufbelege für die Sonnenbrille (Ray-Ban, ca. 180 EUR) und die
  Bluetooth-Kopfhörer (ca. 249 EUR),
- eine Aufstellung, was sonst in der Tasche war.

Bargeld ist nicht versichert, die Kosten für den neuen
Personalausweis (37 EUR) dagegen schon.

""" + SIG['dirk'] + FOOT_DE
    return build(147, A('dirk'), 'Stefan Landwehr <s.landwehr@freenet-post.example>',
                 'Diebstahl Strandtasche Mallorca - Schaden 26-RG-00502', D(2026, 7, 1, 10, 2), body=body)


# --- 148 -----------------------------------------------------------------
@mail(148, 'NORMAL', 'en', 'insurer-to-supplier',
      'hotel room booking for three named colleagues attending a conference, organisational only')
def _():
    body = """Dear reservations team,

further to our phone call, please book the following rooms under the
conference rate "IHIF2026":

  Dr Annika Roßbach   single room   arr. 12 May, dep. 15 May
  Owen Fitzgerald     single room   arr. 12 May, dep. 14 May
  Emily Hartmann      single room   arr. 13 May, dep. 15 May

All rooms with breakfast. The invoice should go to Weserbogen
Versicherung AG, Am Weserbogen 12, 32423 Minden, Germany, VAT ID
DE 812 345 678; each guest will settle extras on departure.

Please send the confirmation to this address.

Many thanks,
Owen Fitzgerald

""" + SIG['owen']
    return build(148, A('owen'), 'Reservations <reservations@liffey-quay-hotel.example>',
                 'Booking 3 rooms 12-15 May, rate IHIF2026 - Weserbogen', D(2026, 3, 31, 15, 15), body=body,
                 cc=A('annika'))


# --- 149 -----------------------------------------------------------------
@mail(149, 'NORMAL', 'de', 'internal',
      'personnel announcement of a new colleague on the International Desk, no private data')
def _():
    body = """Liebe Kolleginnen und Kollegen,

ich freue mich, euch eine neue Kollegin ankündigen zu können: Ab dem
1. September verstärkt Aisling Moran unser International Desk als
Medical Case Manager.

Aisling ist Intensivpflegekraft und hat zuletzt sechs Jahre bei einem
Assistance-Dienstleister in Dublin Krankenrücktransporte und
Klinikaufenthalte im Ausland koordiniert. Sie spricht Englisch, Irisch
und gutes Deutsch - sprecht sie also ruhig auf Deutsch an.

Sie sitzt in Raum 2.07 bei Emily und Owen. Ihre Einarbeitung
übernehmen Emily (Assistance) und Dr. Egger (medizinische Fragen).

Bitte heißt sie herzlich willkommen!

Annika

""" + SIG['annika']
    return build(149, A('annika'), 'Alle Mitarbeitenden Minden <alle-minden@weserbogen.example>',
                 'Neue Kollegin im International Desk ab 1. September', D(2026, 7, 8, 9, 30), body=body)


# --- 150 -----------------------------------------------------------------
@mail(150, 'NORMAL', 'en', 'internal',
      'trap: anonymised training case study (cardiac event abroad, age band, country) for the assistance team')
def _():
    body = """Hi all,

for Thursday's case review, here is the anonymised case study. Please
read it beforehand; we'll discuss the questions at the end. Nothing in
it identifies the real customer - age is given as a band, dates and
places are changed.

----------------------------------------------------------------
CASE STUDY 2026-07: "Cardiac event on a city trip"

A man in his fifties on a four-day city trip to southern Europe calls
the emergency line from his hotel with chest pain. He is taken to a
public hospital, where an acute coronary syndrome is diagnosed and a
stent is placed the next morning. The treating cardiologist considers
him fit to fly after 72 hours on a scheduled flight, seated, with a
medical escort. The patient wants to go home the next day.

Questions:
1. Who decides on the transport - the treating doctor, our medical
   advisor, or the patient?
2. Commercial flight with escort vs. air ambulance: what criteria
   would make you choose the air ambulance?
3. The hospital asks for a guarantee of payment but will not send a
   medical report before discharge. How do you handle that?
4. Which of the information above would you be allowed to share with
   the patient's employer if they call?
----------------------------------------------------------------

See you Thursday,
Thomas

""" + SIG['egger']
    return build(150, A('egger'), 'Assistance Team <assistance-team@weserbogen.example>',
                 'Case review Thursday - anonymised case study 2026-07', D(2026, 7, 6, 16, 12), body=body,
                 cc=A('emily'))


# ===========================================================================
# writing and checking
# ===========================================================================

def render():
    """Return {filename: bytes} for all mails and the labels.tsv text."""
    out = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        msg = fn()
        name = '%s%04d.eml' % (PREFIX, n)
        out[name] = msg.as_bytes(policy=POL)
        rows.append('\t'.join((name, label, lang, kind, reason)))
    return out, '\n'.join(rows) + '\n'


def write(folder):
    mails, labels = render()
    md = os.path.join(folder, 'mails')
    os.makedirs(md, exist_ok=True)
    for name, data in mails.items():
        with open(os.path.join(md, name), 'wb') as f:
            f.write(data)
    with open(os.path.join(folder, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(labels)
    return mails, labels


class CheckError(Exception):
    pass


def _pdf_text(data):
    if not data.startswith(b'%PDF-'):
        raise CheckError('not a PDF')
    if b'%%EOF' not in data[-32:]:
        raise CheckError('PDF without %%EOF')
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream', data, re.S):
        d, s = m.group(1), m.group(2)
        if b'/FlateDecode' in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
            raw = re.sub(rb'\\(.)', rb'\1', t.group(1))
            texts.append(raw.decode('cp1252', 'replace'))
    # xref offsets must point at objects
    sx = int(re.search(rb'startxref\s+(\d+)', data).group(1))
    if not data[sx:sx + 4] == b'xref':
        raise CheckError('bad startxref')
    return '\n'.join(texts)


def _check_zip_members(z, where):
    bad = z.testzip()
    if bad:
        raise CheckError('%s: corrupt member %s' % (where, bad))
    for info in z.infolist():
        data = z.read(info.filename)
        _check_file(info.filename, data, '%s/%s' % (where, info.filename))


def _check_office(name, data, where):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        if z.testzip():
            raise CheckError('%s: corrupt' % where)
        for nm in names:
            if nm.endswith('.xml') or nm.endswith('.rels'):
                ET.fromstring(z.read(nm))
        low = name.lower()
        if low.endswith('.xlsx'):
            assert 'xl/workbook.xml' in names and any(x.startswith('xl/worksheets/') for x in names), where
        elif low.endswith('.docx'):
            assert 'word/document.xml' in names, where
            txt = ''.join(ET.fromstring(z.read('word/document.xml')).itertext())
            if not txt.strip():
                raise CheckError('%s: empty docx' % where)
        else:
            assert names[0] == 'mimetype', where
            assert 'content.xml' in names, where


STATS = {}


def _stat(k):
    STATS[k] = STATS.get(k, 0) + 1


def _check_file(name, data, where):
    low = name.lower()
    if low.endswith(('.xlsx', '.docx', '.odt', '.ods')):
        _check_office(name, data, where)
        _stat(low.rsplit('.', 1)[1])
    elif low.endswith('.zip'):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            _check_zip_members(z, where)
        _stat('zip')
    elif low.endswith('.pdf'):
        t = _pdf_text(data)
        if len(t.strip()) < 20:
            raise CheckError('%s: PDF without text layer' % where)
        _stat('pdf')
    elif low.endswith('.ics'):
        t = data.decode('utf-8') if isinstance(data, bytes) else data
        if 'BEGIN:VCALENDAR' not in t or 'END:VCALENDAR' not in t:
            raise CheckError('%s: ICS without VCALENDAR' % where)
        _stat('ics')
    elif low.endswith(('.csv', '.txt')):
        _stat(low.rsplit('.', 1)[1])
    elif low.endswith('.eml'):
        _stat('eml')


def _check_msg(msg, where):
    if msg.defects:
        raise CheckError('%s: defects %r' % (where, msg.defects))
    for k, v in msg.items():
        if getattr(v, 'defects', None):
            raise CheckError('%s: header %s defects %r' % (where, k, v.defects))
    for part in msg.walk():
        if part.defects:
            raise CheckError('%s: part defects %r' % (where, part.defects))
        for k, v in part.items():
            if getattr(v, 'defects', None):
                raise CheckError('%s: part header %s defects %r' % (where, k, v.defects))
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            _stat('rfc822')   # walk() descends into the inner message
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            try:
                txt = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                raise CheckError('%s: %s does not decode as %s: %s' % (where, ct, cs, e))
            if ct == 'text/calendar' and ('BEGIN:VCALENDAR' not in txt or 'END:VCALENDAR' not in txt):
                raise CheckError('%s: calendar part without VCALENDAR' % where)
        if fn:
            _check_file(fn, payload, where + ':' + fn)
        elif ct == 'text/calendar':
            _stat('ics')


def check():
    with tempfile.TemporaryDirectory() as tmp:
        write(tmp)
        # byte-for-byte comparison with the written corpus
        for sub in ['labels.tsv'] + ['mails/' + f for f in sorted(os.listdir(os.path.join(tmp, 'mails')))]:
            a = os.path.join(tmp, sub)
            b = os.path.join(HERE, sub)
            if not os.path.exists(b):
                raise CheckError('missing %s (run without --check first)' % sub)
            with open(a, 'rb') as fa, open(b, 'rb') as fb:
                if fa.read() != fb.read():
                    raise CheckError('%s differs from a fresh rebuild' % sub)
        extra = set(os.listdir(os.path.join(HERE, 'mails'))) - set(os.listdir(os.path.join(tmp, 'mails')))
        if extra:
            raise CheckError('stray files in mails/: %s' % sorted(extra))
        # a second render in the same process must give the same bytes too
        m1, l1 = render()
        m2, l2 = render()
        if m1 != m2 or l1 != l2:
            raise CheckError('render is not deterministic')
    mails, labels = m1, l1
    assert len(mails) == 150, len(mails)
    rows = labels.rstrip('\n').split('\n')
    assert rows[0] == 'file\tlabel\tlang\tkind\treason'
    mids = set()
    counts = {}
    langs = {}
    for row in rows[1:]:
        f, label, lang, kind, reason = row.split('\t')
        counts[label] = counts.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        if label == 'NORMAL' and reason.startswith('trap:'):
            _stat('trap')
        data = mails[f]
        if re.search(rb'(?<!\r)\n', data):
            raise CheckError('%s: bare LF' % f)
        if any(len(x) > 998 for x in data.split(b'\r\n')):
            raise CheckError('%s: line longer than 998 octets' % f)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        mid = msg['Message-ID']
        if not mid or mid in mids:
            raise CheckError('%s: missing or duplicate Message-ID' % f)
        mids.add(mid)
        if '2026' not in msg['Date']:
            raise CheckError('%s: date not in 2026' % f)
        frm = str(msg['From'])
        if not frm.rstrip('>').endswith('@weserbogen.example'):
            raise CheckError('%s: not sent from the insurer: %s' % (f, frm))
        for h in ('From', 'To', 'Cc', 'Reply-To'):
            for addr in (msg.get_all(h) or []):
                for a in getattr(addr, 'addresses', ()):
                    if not a.domain.endswith('.example'):
                        raise CheckError('%s: host not .example: %s' % (f, a))
        _check_msg(msg, f)
        _stat(msg.get_content_type())
    for row in rows[1:]:
        pass
    print('OK: %d mails, byte-identical rebuild, no defects' % len(mails))
    print('labels:', ', '.join('%s %d' % (k, counts.get(k, 0)) for k in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')))
    for lab in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'):
        print('  %-22s de %3d  en %3d' % (lab, langs.get((lab, 'de'), 0), langs.get((lab, 'en'), 0)))
    print('stats:', ', '.join('%s %d' % kv for kv in sorted(STATS.items())))


def main():
    if '--check' in sys.argv[1:]:
        try:
            check()
        except (CheckError, AssertionError) as e:
            print('CHECK FAILED:', e)
            sys.exit(1)
    else:
        mails, labels = write(HERE)
        stray = set(os.listdir(os.path.join(HERE, 'mails'))) - set(mails)
        for s in stray:
            os.remove(os.path.join(HERE, 'mails', s))
        print('wrote %d mails and labels.tsv' % len(mails))


if __name__ == '__main__':
    main()
