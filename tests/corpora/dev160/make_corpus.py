#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the Siegel evaluation corpus dev160 (files d160-0001.eml ... d160-0150.eml).

Standard library only.  `python3 make_corpus.py` writes mails/ and labels.tsv;
`python3 make_corpus.py --check` rebuilds everything in memory, compares it byte for
byte with the files on disk, parses every mail and opens every attachment.

All persons, companies, numbers and addresses are invented; every domain ends in .example.
"""
import base64
import csv
import datetime
import hashlib
import io
import os
import quopri
import re
import sys
import textwrap
import urllib.parse
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd160-'
DOM = 'auenwald-versicherung.example'
MAILHOST = 'mx1.' + DOM

# --------------------------------------------------------------------------------------
# IBANs (ISO 13616 / ISO 7064 mod 97-10)
# --------------------------------------------------------------------------------------

def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def make_iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def grp(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


IB = {
    'leon': make_iban('DE', '21050170' + '0098127734'),
    'kenji_flatmate': make_iban('DE', '21092023' + '0004418820'),
    'aisha_old': make_iban('DE', '10010010' + '0561237789'),
    'aisha_new': make_iban('DE', '50010517' + '5402871196'),
    'gerd': make_iban('DE', '21352240' + '0179003412'),
    'korte': make_iban('DE', '23064107' + '0000712354'),
    'tietz': make_iban('DE', '21060237' + '0001448291'),
    'emre': make_iban('DE', '21050170' + '1002339850'),
    'kevin_mahn': make_iban('DE', '21040010' + '0277120459'),
    'clara_neighbour': make_iban('DE', '20050550' + '1380662271'),
    'sofia_it': make_iban('IT', 'X' + '03069' + '09606' + '100000117235'),
    'olivia_gb': make_iban('GB', 'NWBK' + '601613' + '31926819'),
    'sandra': make_iban('DE', '21450000' + '0120044718'),
    'ingrid': make_iban('DE', '21751230' + '0000331987'),
    'liam_ie': make_iban('IE', 'AIBK' + '931152' + '12345678'),
    'supplier_merch': make_iban('DE', '30050110' + '1006043309'),
    'druckhaus': make_iban('DE', '21050000' + '0190778822'),
    'auenwald_own': make_iban('DE', '21050000' + '0052001470'),
    'mia': make_iban('DE', '21352240' + '0188120005'),
    'mateo_es': make_iban('ES', '2100' + '0418' + '45' + '0200051332'),
    'greta': make_iban('DE', '23051030' + '0511889023'),
    'example_pub': 'DE89370400440532013000',   # the widely published example IBAN
}
for _k, _v in IB.items():
    assert iban_ok(_v), _k

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

def D(month, day, hour=9, minute=0, second=0):
    """Fixed date in 2026, Europe/Berlin offset (CEST from 29 March to 24 October)."""
    naive = datetime.datetime(2026, month, day, hour, minute, second)
    summer = datetime.datetime(2026, 3, 29, 2) <= naive < datetime.datetime(2026, 10, 25, 3)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return naive.replace(tzinfo=tz)


# --------------------------------------------------------------------------------------
# MIME parts (rendered by hand so that every byte is under our control)
# --------------------------------------------------------------------------------------

class Text:
    def __init__(self, text, sub='plain', charset='utf-8', cte=None, flowed=False,
                 filename=None, inline_disp=False, lang=None):
        self.text = text.replace('\r\n', '\n')
        if not self.text.endswith('\n'):
            self.text += '\n'
        self.sub = sub
        self.charset = charset
        data = self.text.encode(self._codec())
        if cte is None:
            cte = '7bit' if all(b < 128 for b in data) else 'quoted-printable'
        self.cte = cte
        self.flowed = flowed
        self.filename = filename
        self.inline_disp = inline_disp
        self.lang = lang

    def _codec(self):
        return {'windows-1252': 'cp1252', 'iso-8859-1': 'latin-1', 'us-ascii': 'ascii'}.get(
            self.charset, self.charset)


class Bin:
    def __init__(self, data, ctype, filename, cte='base64', params=None, inline=False):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.cte = cte
        self.params = params or []
        self.inline = inline


class Multi:
    def __init__(self, sub, parts, params=None):
        self.sub = sub
        self.parts = parts
        self.params = params or []


class Rfc822:
    def __init__(self, raw, filename=None):
        self.raw = raw
        self.filename = filename


def _fold_plain(name, value):
    """Fold an ASCII header value at ', ' or spaces to keep lines below 78 chars."""
    line = name + ': ' + value
    if len(line) <= 78:
        return line
    out, cur = [], name + ':'
    tokens = re.split(r'(?<=,) ', value) if ', ' in value else value.split(' ')
    for t in tokens:
        if len(cur) + 1 + len(t) > 78 and cur.strip() and cur != name + ':':
            out.append(cur)
            cur = ' ' + t
        else:
            cur = cur + ' ' + t
    out.append(cur)
    return '\r\n'.join(out)


def header_line(name, value, charset='utf-8'):
    try:
        value.encode('ascii')
        return _fold_plain(name, value)
    except UnicodeEncodeError:
        try:
            value.encode({'windows-1252': 'cp1252', 'iso-8859-1': 'latin-1'}.get(charset, charset))
        except UnicodeEncodeError:
            charset = 'utf-8'
        h = Header(value, charset, header_name=name)
        return name + ': ' + h.encode(linesep='\r\n', maxlinelen=76)


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def _param(key, val):
    try:
        val.encode('ascii')
        return '%s="%s"' % (key, val)
    except UnicodeEncodeError:
        return "%s*=utf-8''%s" % (key, urllib.parse.quote(val, safe=''))


def _enc(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data).replace(b'\n', b'\r\n')
    if cte == 'quoted-printable':
        q = quopri.encodestring(data.replace(b'\r\n', b'\n'))
        if not q.endswith(b'\n'):
            q += b'\n'
        return q.replace(b'\n', b'\r\n')
    if cte in ('7bit', '8bit'):
        d = data if data.endswith(b'\n') else data + b'\n'
        return d.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    raise ValueError(cte)


def render_part(p, tag, counter):
    """Return bytes: part headers + CRLF + body."""
    if isinstance(p, Text):
        ct = 'text/%s; charset=%s' % (p.sub, p.charset if p.charset != 'utf-8' else 'UTF-8')
        if p.flowed:
            ct += '; format=flowed'
        hl = []
        if p.filename:
            ct += '; ' + _param('name', p.filename)
        hl.append('Content-Type: ' + ct)
        hl.append('Content-Transfer-Encoding: ' + p.cte)
        if p.lang:
            hl.append('Content-Language: ' + p.lang)
        if p.filename:
            hl.append('Content-Disposition: %s; %s' % ('inline' if p.inline_disp else 'attachment',
                                                       _param('filename', p.filename)))
        body = _enc(p.text.encode(p._codec()), p.cte)
        return '\r\n'.join(hl).encode('ascii') + b'\r\n\r\n' + body
    if isinstance(p, Bin):
        ct = p.ctype
        for k, v in p.params:
            ct += '; %s=%s' % (k, v)
        ct += '; ' + _param('name', p.filename)
        hl = ['Content-Type: ' + ct,
              'Content-Transfer-Encoding: ' + p.cte,
              'Content-Disposition: %s; %s' % ('inline' if p.inline else 'attachment',
                                              _param('filename', p.filename))]
        body = _enc(p.data, p.cte)
        return '\r\n'.join(hl).encode('ascii') + b'\r\n\r\n' + body
    if isinstance(p, Rfc822):
        hl = ['Content-Type: message/rfc822' + ('; ' + _param('name', p.filename) if p.filename else '')]
        eightbit = any(b > 127 for b in p.raw)
        hl.append('Content-Transfer-Encoding: ' + ('8bit' if eightbit else '7bit'))
        hl.append('Content-Disposition: ' + ('attachment; ' + _param('filename', p.filename)
                                             if p.filename else 'inline'))
        raw = p.raw if p.raw.endswith(b'\r\n') else p.raw + b'\r\n'
        return '\r\n'.join(hl).encode('ascii') + b'\r\n\r\n' + raw
    if isinstance(p, Multi):
        counter[0] += 1
        b = '----=_Part_%s_%d' % (tag, counter[0])
        ct = 'Content-Type: multipart/%s;\r\n\tboundary="%s"' % (p.sub, b)
        for k, v in p.params:
            ct += '; %s="%s"' % (k, v)
        out = [ct.encode('ascii'), b'\r\n\r\n']
        if counter[0] == 1:
            out.append(b'This is a multi-part message in MIME format.\r\n')
        for i, sp in enumerate(p.parts):
            out.append(('--%s\r\n' % b).encode('ascii') if i == 0 else ('\r\n--%s\r\n' % b).encode('ascii'))
            out.append(render_part(sp, tag, counter))
        out.append(('\r\n--%s--\r\n' % b).encode('ascii'))
        return b''.join(out)
    raise TypeError(p)


def render_message(headers, root, tag, charset='utf-8'):
    """headers: list of (name, value); values already formatted (addresses via addr())."""
    lines = [header_line(k, v, charset) for k, v in headers]
    lines.append('MIME-Version: 1.0')
    head = '\r\n'.join(lines).encode('ascii') + b'\r\n'
    return head + render_part(root, tag, [0])


# --------------------------------------------------------------------------------------
# Attachments, built by hand
# --------------------------------------------------------------------------------------

ZDATE = (2026, 1, 2, 8, 0, 0)


def _zip(members, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data, *rest in members:
            zi = zipfile.ZipInfo(name, date_time=rest[0] if rest else ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


# ---- PDF ------------------------------------------------------------------------------

def _pdf_str(s):
    b = s.encode('cp1252', errors='replace')
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '(' + ''.join(out) + ')'


def pdf(text, title='Dokument', author='Auenwald Versicherung AG', date='20260102080000'):
    """text: str with form feeds (\f) separating pages; lines starting with '# ' are bold."""
    pages = []
    for ptxt in text.split('\f'):
        lines = []
        for ln in ptxt.split('\n'):
            if len(ln) > 96 and not ln.startswith('# '):
                lines.extend(textwrap.wrap(ln, 96) or [''])
            else:
                lines.append(ln)
        while len(lines) > 60:
            pages.append(lines[:60])
            lines = lines[60:]
        pages.append(lines)
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = ('<< /Title %s /Author %s /Producer (Auenwald DocGen 3.1) /CreationDate (D:%s+01\'00\') >>'
               % (_pdf_str(title), _pdf_str(author), date)).encode('latin-1')
    kids = []
    n = 6
    for pl in pages:
        cs = ['BT', '/F1 10 Tf', '13 TL', '56 790 Td']
        for ln in pl:
            if ln.startswith('# '):
                cs.append('/F2 12 Tf %s Tj T* /F1 10 Tf' % _pdf_str(ln[2:]))
            else:
                cs.append('%s Tj T*' % _pdf_str(ln))
        cs.append('ET')
        raw = '\n'.join(cs).encode('latin-1')
        comp = zlib.compress(raw, 9)
        objs[n + 1] = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp)) + comp + b'\nendstream'
        objs[n] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R '
                   '/F2 4 0 R >> >> /Contents %d 0 R >>' % (n + 1)).encode('ascii')
        kids.append(n)
        n += 2
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids),
                                                           len(kids))).encode('ascii')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for i in range(1, size):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref)
    return bytes(out)


def pdf_text(data):
    """Extract the text layer of a PDF written by pdf() (or any simple Tj-based PDF)."""
    assert data.startswith(b'%PDF-'), 'not a PDF'
    assert b'%%EOF' in data[-32:], 'no EOF marker'
    texts = []
    for m in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
        ln = int(m.group(1))
        s = data[m.end():m.end() + ln]
        if m.group(2):
            s = zlib.decompress(s)
        i = 0
        while i < len(s):
            if s[i:i + 1] == b'(':
                depth, j, buf = 1, i + 1, bytearray()
                while depth:
                    c = s[j:j + 1]
                    if c == b'\\':
                        nx = s[j + 1:j + 2]
                        if nx.isdigit():
                            buf.append(int(s[j + 1:j + 4], 8))
                            j += 4
                            continue
                        buf += nx
                        j += 2
                        continue
                    if c == b'(':
                        depth += 1
                    elif c == b')':
                        depth -= 1
                        if not depth:
                            break
                    buf += c
                    j += 1
                texts.append(bytes(buf).decode('cp1252'))
                i = j + 1
            else:
                i += 1
    return '\n'.join(texts)


# ---- DOCX -----------------------------------------------------------------------------

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx(blocks, title='', creator='Auenwald Versicherung AG'):
    """blocks: str (paragraph), ('h', str) heading, ('table', rows)."""
    body = []

    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))
    for b in blocks:
        if isinstance(b, str):
            for ln in b.split('\n'):
                body.append(para(ln))
        elif b[0] == 'h':
            body.append(para(b[1], True))
        elif b[0] == 'table':
            rows = []
            for r in b[1]:
                rows.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                                % para(str(c)) for c in r) + '</w:tr>')
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % ''.join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W_NS, ''.join(body)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (_x(title), _x(creator)))
    return _zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                 ('docProps/core.xml', core), ('word/document.xml', doc)])


# ---- XLSX -----------------------------------------------------------------------------

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); numbers stay numbers."""
    ct = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb_sheets, wb_rels, members = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        xr = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                ref = '%s%d' % (_col(ci), ri)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        members.append(('xl/worksheets/sheet%d.xml' % si,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % ''.join(xr)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % ''.join(ct))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % ''.join(wb_sheets))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % ''.join(wb_rels))
    return _zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels)] + members)


# ---- ODF (ODT / ODS) ------------------------------------------------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % (ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([('mimetype', mime), ('META-INF/manifest.xml', manifest), ('content.xml', content)],
                stored_first='mimetype')


def odt(paragraphs):
    ps = []
    for p in paragraphs:
        for ln in p.split('\n'):
            ps.append('<text:p>%s</text:p>' % _x(ln))
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % ''.join(ps))


def ods(sheets):
    ts = []
    for name, rows in sheets:
        rs = []
        for r in rows:
            cs = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cs.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cs.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
            rs.append('<table:table-row>%s</table:table-row>' % ''.join(cs))
        ts.append('<table:table table:name="%s">%s</table:table>' % (_x(name), ''.join(rs)))
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(ts))


# ---- CSV, ICS, ZIP --------------------------------------------------------------------

def csv_bytes(rows, charset='utf-8', delimiter=';'):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delimiter, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue().encode({'windows-1252': 'cp1252'}.get(charset, charset))


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def ics(uid, summary, start, end, location='', description='', organizer=None, method='REQUEST',
        attendees=()):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Auenwald Versicherung AG//Kalender 2026//DE', 'VERSION:2.0',
         'METHOD:' + method, 'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20260102T080000Z',
         'DTSTART;TZID=Europe/Berlin:' + start, 'DTEND;TZID=Europe/Berlin:' + end,
         'SUMMARY:' + esc(summary)]
    if location:
        L.append('LOCATION:' + esc(location))
    if description:
        L.append('DESCRIPTION:' + esc(description))
    if organizer:
        L.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for a in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (a[0], a[1]))
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_ics_fold(x) for x in L) + '\r\n').encode('utf-8')


def zip_bytes(members):
    return _zip(members)


# ---- attachment shortcuts -------------------------------------------------------------

MT = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'odt': 'application/vnd.oasis.opendocument.text',
    'ods': 'application/vnd.oasis.opendocument.spreadsheet',
    'zip': 'application/zip',
}


def A(filename, data, ctype=None, **kw):
    ext = filename.rsplit('.', 1)[-1].lower()
    return Bin(data, ctype or MT.get(ext, 'application/octet-stream'), filename, **kw)


def A_csv(filename, rows, charset='utf-8', ctype='text/csv', delimiter=';'):
    return Bin(csv_bytes(rows, charset, delimiter), ctype, filename,
               cte='quoted-printable' if charset != 'utf-8' else 'base64',
               params=[('charset', charset)])


def A_ics(filename, data):
    return Bin(data, 'text/calendar', filename, cte='base64',
               params=[('charset', 'utf-8'), ('method', 'REQUEST')])


def A_html(filename, html, charset='utf-8'):
    return Bin(html.encode(charset), 'text/html', filename, cte='base64', params=[('charset', charset)])


# --------------------------------------------------------------------------------------
# The invented world: staff, signatures, footers
# --------------------------------------------------------------------------------------

FOOT_DE = """Auenwald Versicherung AG | Auenwald Lebensversicherung AG | Auenwald Krankenversicherung AG
Fördeplatz 7, 24103 Kiel | www.auenwald-versicherung.example
Vorstand: Dr. Karsten Lühr (Vorsitz), Birte Assmann, Malte Iwersen
Vorsitzende des Aufsichtsrats: Dr. Ute Quandel | Sitz Kiel | Amtsgericht Kiel HRB 24071 KI

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie
bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die
unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""

FOOT_EN = """Auenwald Versicherung AG | Fördeplatz 7, 24103 Kiel, Germany | www.auenwald-versicherung.example
Board: Dr. Karsten Lühr (Chair), Birte Assmann, Malte Iwersen | Registered office Kiel, HRB 24071 KI

This e-mail may contain confidential and/or privileged information. If you are not the intended
recipient (or have received this e-mail in error) please notify the sender immediately and
destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in
this e-mail is strictly forbidden."""

FOOT_GO = """auenwald go – Versicherung für Azubis & Studis | ein Angebot der Auenwald Versicherung AG
Fördeplatz 7, 24103 Kiel | App: „Auenwald App" im Store deiner Wahl | Insta & TikTok: @auenwald.go"""

STAFF = {
    'lea': ('Lea Brandt', 'lea.brandt', 'Kundenservice Digital – Chat & App', 'Digital Customer Service – Chat & App', '2140'),
    'jonas': ('Jonas Petersen', 'jonas.petersen', 'Kraftfahrt-Schaden', 'Motor Claims', '3312'),
    'ostertag': ('Dr. med. Miriam Ostertag', 'miriam.ostertag', 'Leistungsprüfung Kranken / Ärztlicher Dienst', 'Health Claims / Medical Service', '4410'),
    'fatma': ('Fatma Yıldız', 'fatma.yildiz', 'Risikoprüfung Leben & BU', 'Life & Disability Underwriting', '4620'),
    'tobias': ('Tobias Reimers', 'tobias.reimers', 'Maklerbetreuung Nord', 'Broker Relations North', '5105'),
    'sven': ('Sven Hagedorn', 'sven.hagedorn', 'Product Owner Auenwald App', 'Product Owner, Auenwald App', '6011'),
    'katharina': ('Katharina Wolff', 'katharina.wolff', 'Personalabteilung', 'Human Resources', '1820'),
    'nele': ('Nele Janssen', 'nele.janssen', 'Marketing – Junge Zielgruppen', 'Marketing – Young Customers', '1733'),
    'hendrik': ('Hendrik Claußen', 'hendrik.claussen', 'Sach-Schaden Privatkunden', 'Property Claims, Private Customers', '3520'),
    'annalena': ('Anna-Lena Vogt', 'datenschutz', 'Datenschutzbeauftragte', 'Data Protection Officer', '1090'),
    'priya': ('Priya Raman', 'priya.raman', 'International Desk – Reise & Expat', 'International Desk – Travel & Expat Claims', '4788'),
    'marc': ('Marc Delacroix', 'marc.delacroix', 'Rückversicherung & Partnerschaften', 'Reinsurance & Partnerships', '7203'),
    'julia': ('Julia Kranz', 'julia.kranz', 'Rechtsschutz-Leistung', 'Legal Expenses Claims', '3840'),
    'benedikt': ('Benedikt Sauer', 'benedikt.sauer', 'Haftpflicht-Schaden', 'Liability Claims', '3655'),
    'ayse': ('Ayşe Demir', 'ayse.demir', 'Ausbildungsleitung', 'Head of Apprenticeships', '1845'),
    'thomas': ('Thomas Lüders', 'thomas.lueders', 'Einkauf & Dienstleistersteuerung', 'Procurement', '1610'),
    'kai': ('Kai Mertens', 'kai.mertens', 'Firmenkunden – betriebliche Altersversorgung', 'Corporate Clients – Occupational Pensions', '5340'),
    'emily': ('Emily Carter', 'emily.carter', 'Digitale Produkte – Conversational AI', 'Digital Product – Conversational AI', '6054'),
}


def who(key):
    n, local = STAFF[key][0], STAFF[key][1]
    return addr(n, local + '@' + DOM)


def email_of(key):
    return STAFF[key][1] + '@' + DOM


def sig(key, lang='de', foot=False, short=False):
    n, local, dep_de, dep_en, ext = STAFF[key]
    if short:
        return '\n-- \n%s | %s' % (n, dep_de if lang == 'de' else dep_en)
    s = '\n-- \n%s\n%s\n%s +49 431 5570-%s\n%s@%s' % (
        n, dep_de if lang == 'de' else dep_en, 'Tel.' if lang == 'de' else 'Phone', ext, local, DOM)
    if foot:
        s += '\n\n' + (FOOT_DE if lang == 'de' else FOOT_EN)
    return s


# --------------------------------------------------------------------------------------
# The mail list
# --------------------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason, *, frm, to, subject, date, body=None, html=None, atts=(),
         root=None, cc=None, hdrs=(), charset='utf-8', cte=None, flowed=False, mailer=None,
         subj_charset=None, lang_hdr=True):
    assert label in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'), label
    assert lang in ('de', 'en', 'mixed'), lang
    if root is None:
        parts = []
        if body is not None:
            tp = Text(body, charset=charset, cte=cte, flowed=flowed)
            if html is not None:
                parts.append(Multi('alternative', [tp, Text(html, sub='html', charset=charset, cte=cte)]))
            else:
                parts.append(tp)
        elif html is not None:
            parts.append(Text(html, sub='html', charset=charset, cte=cte))
        if atts:
            root = Multi('mixed', parts + list(atts))
        else:
            assert len(parts) == 1
            root = parts[0]
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                      subject=subject, date=date, root=root, cc=cc, hdrs=list(hdrs),
                      charset=subj_charset or (charset if charset in ('iso-8859-1', 'windows-1252') else 'utf-8'),
                      mailer=mailer, lang_hdr=lang_hdr))


MAILERS = [
    'Microsoft Outlook 16.0',
    'Mozilla Thunderbird 128.6.0',
    'Auenwald Kundenservice-Desk 5.2',
    'Microsoft Outlook 16.0',
]


def build_one(n, m):
    tag = '%04d' % n
    dt = m['date']
    h = hashlib.sha1(('d160-%d-%s' % (n, m['subject'])).encode('utf-8')).hexdigest()[:10]
    mid = '<%s.%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), tag, h, MAILHOST)
    to = m['to'] if isinstance(m['to'], (list, tuple)) else [m['to']]
    headers = [('Date', format_datetime(dt)), ('From', m['frm']), ('To', ', '.join(to))]
    if m['cc']:
        cc = m['cc'] if isinstance(m['cc'], (list, tuple)) else [m['cc']]
        headers.append(('Cc', ', '.join(cc)))
    headers.append(('Subject', m['subject']))
    headers.append(('Message-ID', mid))
    headers += m['hdrs']
    mailer = m['mailer'] or MAILERS[n % len(MAILERS)]
    if mailer != '-':
        headers.append(('X-Mailer', mailer))
    if m['lang_hdr']:
        headers.append(('Content-Language', {'de': 'de-DE', 'en': 'en-GB', 'mixed': 'de-DE'}[m['lang']]))
    return render_message(headers, m['root'], tag, m['charset']), mid


def inner_mail(tag, frm, to, subject, date, body, charset='utf-8', cte=None, extra=()):
    """A message used as a message/rfc822 attachment."""
    headers = [('Date', format_datetime(date)), ('From', frm), ('To', to), ('Subject', subject),
               ('Message-ID', '<inner.%s@%s>' % (tag, MAILHOST))] + list(extra)
    return render_message(headers, Text(body, charset=charset, cte=cte), 'in' + tag, charset)


# ======================================================================================
# MAILS 1-25
# ======================================================================================

# 1
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'pasted app-chat transcript: student abroad with tonsillitis, antibiotic and doctor bill in Lisbon (travel health)',
     frm=who('lea'), to=addr('Sophie Neumann', 'sophie.neumann@netzpost.example'),
     subject='Deine Nachricht im App-Chat – Arztrechnung aus Lissabon',
     date=D(2, 12, 16, 41),
     body="""Hallo Sophie,

danke für deine Nachricht über den Chat in der Auenwald App. Wie versprochen fasse ich dir alles
noch einmal schriftlich zusammen, damit du nicht im Chatverlauf suchen musst.

---------- Chatverlauf vom 12.02.2026 (Auszug) ----------
[14:02] Sophie: hiii 👋 bin grad im auslandssemester in lissabon und hab seit 4 tagen ne
        richtig fiese mandelentzündung 🤒 war heute im centro de saúde, die haben mir
        amoxicillin 1000 verschrieben und ich musste 85 € für arzt + 11,40 € apotheke direkt
        zahlen. zahlt ihr das??
[14:03] Ava (Chatbot): Oh nein, gute Besserung! 💚 Ich verbinde dich mit einer Kollegin aus dem
        Kundenservice.
[14:06] Lea (Auenwald): Hi Sophie, ich bin Lea. Ja – dein Tarif go Reise Semester übernimmt
        ambulante Behandlungen im Ausland und verordnete Medikamente.
[14:07] Sophie: mega 🙏🙏 was brauchst du von mir?
[14:09] Lea (Auenwald): Die Rechnung des Arztes mit Diagnose, das Rezept bzw. die
        Apothekenquittung. Portugiesisch ist okay, eine Übersetzung brauchen wir nicht.
[14:10] Sophie: diagnose steht drauf, "amigdalite aguda". reicht ein foto?
[14:11] Lea (Auenwald): Ja, ein gut lesbares Foto reicht völlig.
---------- Ende Chatverlauf ----------

So geht's weiter:
1. In der App unter „Rechnung einreichen" → „Reise-Krankenversicherung" die Fotos hochladen.
2. Als Vertrag wählst du RS-2291-0478 aus (ist bei dir vorausgewählt).
3. Die Erstattung kommt normalerweise innerhalb von 5 Werktagen auf dein hinterlegtes Konto.

Falls es dir in ein paar Tagen nicht besser geht oder du ins Krankenhaus musst: Unser
Notruf-Partner ist rund um die Uhr unter +49 431 5570-9110 erreichbar, auch aus Portugal.

Gute Besserung und liebe Grüße nach Lissabon ☀️
Lea
""" + sig('lea', foot=True))

# 2
mail('NORMAL', 'de', 'internal',
     'trap: campaign captions with Unfall, Schaden, SF-Klasse and a fictitious persona "Ronja, 19" from the agency',
     frm=who('nele'), to=['marketing-jung@' + DOM, addr('Lea Brandt', 'lea.brandt@' + DOM)],
     cc=addr('Jan-Ole Riecken', 'jan-ole.riecken@agentur-kielwasser.example'),
     subject='Captions Kampagne „Erstes Auto" – bitte bis Donnerstag Feedback 🚗',
     date=D(1, 20, 11, 5),
     body="""Hallo zusammen,

die Agentur hat uns die ersten Captions für die Frühjahrskampagne „Erstes Auto" geschickt.
Bitte bis Donnerstag 12 Uhr kommentieren, gerne direkt hier per Reply-all.

Post 1 (Reel, 15 s)
  „Führerschein in der Tasche, erstes Auto vor der Tür 🎉 Und jetzt? Mit der
  Zweitwagenregelung startest du in einer besseren SF-Klasse als gedacht. Link in Bio."

Post 2 (Karussell)
  „Parkrempler? Passiert. 🙈 Schaden in 2 Minuten per App melden – Foto, Standort, fertig."
  Folie 3: „Was tun nach einem Unfall? 1. Warnblinker 2. Absichern 3. Verletzte versorgen,
  112 rufen 4. Fotos 5. App öffnen"

Post 3 (Story mit Umfrage)
  „Wer zahlt, wenn dein Kumpel mit deinem Auto fährt? 🤔 A) niemand B) deine Kfz-Versicherung"

Persona für die Reels ist „Ronja, 19, Azubi Zimmerin" – die ist komplett von der
Agentur ausgedacht, gespielt von einer Schauspielerin. Bitte keine echten Kundengeschichten
einbauen, auch nicht anonymisiert, ohne dass wir vorher mit Datenschutz gesprochen haben.

Zwei offene Punkte:
- Folie 3 Post 2: Rechtsabteilung fragt, ob „Verletzte versorgen" vor „Absichern" stehen muss.
- Hashtags: #erstesauto #führerschein #azubileben ok? Oder lieber ohne #azubileben?

Danke euch!
Nele
""" + sig('nele', short=True))

# 3
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'eVB number with VIN, birth date and address of a young first-car owner (motor, non-personal line)',
     frm=who('jonas'), to=addr('Mia Schröder', 'mia.schroeder06@funkmail.example'),
     subject='AW: eVB für meinen Polo?? 🙈',
     date=D(1, 23, 8, 52),
     hdrs=[('In-Reply-To', '<CAF7k2-mia-0123@funkmail.example>')],
     body="""Hallo Mia,

na klar, hier ist deine eVB-Nummer für die Zulassung:

   eVB-Nummer:     A7K9P2M
   Fahrzeug:       VW Polo 1.0 TSI, Erstzulassung 03/2017
   FIN:            WVWZZZAWZHY118204
   Halterin:       Mia Schröder, geb. 14.08.2006
   Anschrift:      Holtenauer Straße 188, 24105 Kiel

Die Nummer ist 6 Monate gültig. Bei der Zulassungsstelle brauchst du außerdem Personalausweis,
Zulassungsbescheinigung Teil I und II und eine SEPA-Lastschrift für die Kfz-Steuer.

Zur SF-Übertragung von deiner Mutter: Das Formular habe ich ihr gestern geschickt. Sobald es
unterschrieben zurück ist, stufen wir dich rückwirkend ein. Bis dahin läuft der Vertrag
vorläufig in SF 0.

Allzeit gute Fahrt!
Jonas Petersen

-----Ursprüngliche Nachricht-----
Von: Mia Schröder <mia.schroeder06@funkmail.example>
Gesendet: Donnerstag, 22. Januar 2026 21:47
An: kfz@auenwald-versicherung.example
Betreff: eVB für meinen Polo?? 🙈

hallo, ich hab heute mein erstes auto gekauft 🥳🥳 (polo, silber, bisschen verbeult aber egal)
und der verkäufer meint ich brauch ne evb nummer für die zulassung. geht das per mail?
meine mama ist auch bei euch versichert, wegen sf klasse übertragen oder so.

lg mia
""" + sig('jonas'))

# 4
mail('NORMAL', 'en', 'internal',
     "trap: sprint review about the doctor's-invoice upload, dental OCR and sick-note intent; no person",
     frm=who('emily'), to=['app-team@' + DOM], cc=who('sven'),
     subject='Sprint 41 review notes – upload flow, OCR, chatbot intents',
     date=D(2, 3, 17, 22),
     body="""Hi all,

quick notes from today's sprint review, in case you missed it.

DONE
* Upload of doctor's invoices (Android 14): crash rate down from 2.3 % to 0.1 % after the
  camera-permission fix. iOS was never affected.
* Dental cost estimate OCR: field confidence now shown to the claims handler; anything below
  0.8 goes to manual keying as before.
* "Find a doctor" map: switched tile provider, nothing user-visible.

NOT DONE
* Chatbot intent "sick note / AU" still misroutes about 1 in 12 utterances to motor claims
  ("my car is sick" lol). Retraining with 300 new synthetic utterances next sprint.
* Push notification for "claim settled" – blocked by legal review of the wording (must not
  reveal anything about the claim on the lock screen).

METRICS (last 14 days, all users)
* App sessions: 182k, chat conversations: 9,418, median first response 38 s
* Invoice uploads: 21,730 (health 71 %, dental 17 %, travel 6 %, other 6 %)

Retro actiosn: Malik from QA gets a proper test device pool, and we stop demoing on
production data – use the fixture set "persona_pack_v3" only.

Cheers,
Emily
""" + sig('emily', 'en', short=True))

# 5
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'health claim settlement for an international student; diagnosis, physiotherapy and birth date only in the PDF',
     frm=who('priya'), to=addr('Ana Souza', 'ana.souza@stud.uni-foerde.example'),
     subject='Your claim settlement – go Student International',
     date=D(3, 6, 10, 14),
     atts=[A('Leistungsabrechnung_KV-7731-2040_2026-03-06.pdf', pdf("""# Auenwald Krankenversicherung AG
Fördeplatz 7, 24103 Kiel

# Leistungsabrechnung / Claim settlement
Datum / Date: 06.03.2026
Versicherte Person / Insured person: Ana Beatriz Souza, geb. / born 22/09/2001
Vertrag / Policy: KV-7731-2040, Tarif go Student International
Anschrift: Studentenwohnheim Westring, Zimmer 314, Westring 285, 24116 Kiel

# Eingereichte Belege / Documents received 03.03.2026
1. Dr. med. Jens Mahler, Orthopädie, Kiel – Rechnung 26-0211
   Diagnose: Distorsion des Kniegelenkes rechts, Innenbandzerrung (S83.6 R)
   Konsultation, Sonografie Knie                          EUR   96,52
2. Physio am Hafen – Verordnung Krankengymnastik 6 x KG
   Behandlungsdaten 09.02.–27.02.2026                     EUR  192,00
3. Apotheke am Exerzierplatz – Ibuprofen 600 mg, 20 St.   EUR   23,88

Erstattungsfähig / Eligible                               EUR  312,40
Selbstbehalt / Deductible (bereits erfüllt)               EUR    0,00
Auszahlung / Payment                                      EUR  312,40

Die Auszahlung erfolgt auf das bei uns hinterlegte Konto (IBAN endet auf ...4471).
""", title='Leistungsabrechnung KV-7731-2040'))],
     body="""Dear Ana,

please find attached the settlement of the invoices you uploaded on 3 March.

The full amount will be transferred to your account within three working days. The document
is in German and English; if anything is unclear, just reply to this e-mail or use the chat
in the app.

Kind regards,
Priya Raman
""" + sig('priya', 'en', foot=True))

# 6
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'bicycle theft under contents insurance: claim and policy number, address, payout IBAN',
     frm=who('hendrik'), to=addr('Leon Hartmann', 'leon.hartmann@webpost.example'),
     subject='Ihr Fahrraddiebstahl – Schaden HR-26-004417',
     date=D(2, 17, 13, 30),
     body="""Sehr geehrter Herr Hartmann,

vielen Dank für die vollständigen Unterlagen zum Diebstahl Ihres Fahrrads.

Schadennummer:   HR-26-004417
Versicherung:    Hausratversicherung go Wohnen, Vertrag HR-5523017
Versicherungsort: Knooper Weg 52, 24118 Kiel (WG, 2. OG links)
Gegenstand:      Cube Kathmandu Hybrid, Rahmennummer WCU4412093K
Polizeiliche Anzeige: PD Kiel, Tagebuchnummer 0421/26/118840

Der Keller war verschlossen und das Rad angeschlossen; damit ist der Schaden gedeckt. Nach
den Bedingungen erstatten wir den Neuwert, begrenzt auf die vereinbarte Fahrradklausel von
1.500 €:

   Kaufpreis laut Rechnung (09/2024)     1.149,00 €
   Selbstbeteiligung                        -150,00 €
   Auszahlung                               999,00 €

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto
IBAN %s (Leon Hartmann).

Sollte das Fahrrad wieder auftauchen, melden Sie sich bitte bei uns – dann klären wir
gemeinsam, ob Sie das Rad oder die Entschädigung behalten.

Mit freundlichen Grüßen

Hendrik Claußen
""" % grp(IB['leon']) + sig('hendrik', foot=True))

# 7
mail('NORMAL', 'de', 'insurer-to-customer',
     'trap: one-time login code of the app, no name, no contract, mentions health data only as feature text',
     frm=addr('Auenwald App', 'noreply@app.' + DOM), to='j.becker2007@netzpost.example',
     subject='Dein Bestätigungscode für die Auenwald App',
     date=D(1, 9, 19, 3, 12), mailer='Auenwald Notification Service 2.4',
     hdrs=[('Auto-Submitted', 'auto-generated')],
     body="""Hallo!

Dein Bestätigungscode lautet:

    482913

Gib den Code in der App ein, um deine E-Mail-Adresse zu bestätigen. Der Code ist
15 Minuten gültig.

Du hast keinen Code angefordert? Dann kannst du diese Mail ignorieren – ohne den Code kann
niemand dein Konto nutzen.

Gut zu wissen: Dokumente wie Arztrechnungen oder Fotos vom Unfallschaden überträgt die App
verschlüsselt. Wir fragen dich nie per E-Mail oder SMS nach Passwort oder Code.

Dein Team von auenwald go

""" + FOOT_GO,
     html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bestätigungscode</title></head>
<body style="font-family:Arial,sans-serif;color:#1d3b2a">
<p>Hallo!</p>
<p>Dein Bestätigungscode lautet:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">482913</p>
<p>Gib den Code in der App ein, um deine E-Mail-Adresse zu bestätigen. Der Code ist 15 Minuten gültig.</p>
<p>Du hast keinen Code angefordert? Dann kannst du diese Mail ignorieren – ohne den Code kann niemand dein Konto nutzen.</p>
<p style="font-size:12px">Gut zu wissen: Dokumente wie Arztrechnungen oder Fotos vom Unfallschaden überträgt die App verschlüsselt.
Wir fragen dich nie per E-Mail oder SMS nach Passwort oder Code.</p>
<p>Dein Team von auenwald go</p>
<p style="font-size:11px;color:#666">auenwald go – ein Angebot der Auenwald Versicherung AG, Fördeplatz 7, 24103 Kiel</p>
</body></html>
""")

# 8
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'disability (BU) application of a nursing trainee: back pain history M54.5, physiotherapy, sick leave',
     frm=who('fatma'), to=who('ostertag'),
     subject='[streng vertraulich] BU-Antrag Lina Petrović – Rückfrage Wirbelsäule',
     date=D(2, 9, 9, 47),
     body="""Hallo Miriam,

ich bräuchte bitte deine Einschätzung zu einem BU-Antrag aus dem go-Start-Paket:

Antragstellerin: Lina Petrović, geb. 11.07.2004
Beruf: Auszubildende Pflegefachfrau (2. Ausbildungsjahr), Städtisches Klinikum Holtenau
Beantragt: BU-Rente 1.000 €/Monat, Endalter 67, Antrag LV-A-26-01937

Gesundheitsfragen – Angaben der Antragstellerin:
- 10/2024 akute Lumbago (M54.5), Hausärztin Dr. Sommerfeld, 6 x Physiotherapie,
  AU 12 Tage
- seitdem „ab und zu Verspannungen nach langen Schichten", keine weitere Behandlung
- kein Bandscheibenvorfall, keine Bildgebung
- BMI 22, Nichtraucherin

Der Arztbericht der Hausärztin ist in der Akte (Scan vom 05.02.). Bei Pflegeberufen und
Rücken sind wir ja eher vorsichtig. Meine Tendenz wäre: Annahme ohne Ausschluss, weil
einmalig und über ein Jahr beschwerdefrei – oder siehst du das anders und wir nehmen eine
Ausschlussklausel Wirbelsäule?

Antrag kam über den Makler Tietz, der drängelt etwas, weil die Ausbildungsvergütung ab März
steigt und sie dann die Dynamik anpassen will.

Danke dir!
Fatma
""" + sig('fatma'))

# 9
mail('NORMAL', 'en', 'insurer-to-supplier',
     'trap: release scope with test persona "Max Mustermann (fictitious)" and the published example IBAN',
     frm=who('sven'), to=addr('Dana Whitfield', 'dana.whitfield@brightloop.example'),
     cc=['app-team@' + DOM],
     subject='Release 4.12 – scope freeze and test data',
     date=D(2, 25, 15, 18),
     body="""Hi Dana,

as discussed in the steering call, scope for 4.12 is frozen as of today:

  APP-2231  Upload of dental invoices fails for HEIC images (iOS 18)
  APP-2240  Chat: quick-reply "Krankmeldung einreichen" opens the wrong form
  APP-2252  SEPA mandate screen: IBAN validation accepts lower-case input
  APP-2260  Accessibility: VoiceOver labels for the claims timeline
  APP-2266  Travel insurance: emergency number visible without login

For the UAT environment please use only the synthetic personas from our fixture pack, e.g.

  Name:   Max Mustermann (fictitious)
  Born:   01.01.1990
  IBAN:   DE89 3704 0044 0532 0130 00 (the well-known example IBAN)
  Policy: TEST-000-0001

No production exports, please – not even "anonymised" ones. If your team needs more
variety (e.g. a dental claim with several invoices), tell me and I'll add personas to the
pack.

Code freeze is Friday 6 March, go-live planned for 17 March.

Best,
Sven
""" + sig('sven', 'en', foot=True))

# 10
mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'liability claim of an exchange student (flatmate laptop), address and claim number; German and English',
     frm=who('benedikt'), to=addr('Kenji Watanabe', 'kenji.watanabe@stud.uni-foerde.example'),
     subject='Haftpflichtschaden HS-26-01882 / your liability claim',
     date=D(2, 4, 14, 2),
     body="""Sehr geehrter Herr Watanabe,
Dear Mr Watanabe,

you asked in the chat for an English summary – here it is. Die verbindliche Fassung ist die
deutsche weiter unten.

ENGLISH
Your private liability insurance (policy PH-8840-5519) covers the damage you caused on
29 January in your shared flat at Lindenweg 12a, 24118 Kiel: a cup of coffee spilled over
the laptop (MacBook Air, 2023) of your flatmate Felix Brandstätter. We need:
  - the repair quote or, if the laptop cannot be repaired, the original invoice,
  - a short statement from Mr Brandstätter,
  - his bank details, because we pay him directly.

DEUTSCH
Ihre Privathaftpflichtversicherung (Vertrag PH-8840-5519) tritt für den Schaden vom
29.01.2026 in Ihrer Wohngemeinschaft, Lindenweg 12a, 24118 Kiel, ein. Bitte senden Sie uns
den Kostenvoranschlag bzw. die Kaufrechnung, eine kurze Stellungnahme von Herrn
Brandstätter sowie dessen Bankverbindung. Die Zahlung erfolgt direkt an den Geschädigten.

Schadennummer / claim number: HS-26-01882

Mit freundlichen Grüßen / Kind regards
Benedikt Sauer
""" + sig('benedikt', foot=True))

# 11
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
     'request for a medical report: accident insurance, clavicle fracture S42.0 of a named patient with birth date',
     frm=who('ostertag'), to=addr('Praxis Dr. med. Henrike Sommerfeld', 'praxis@praxis-sommerfeld.example'),
     subject='Anforderung ärztlicher Bericht – Unfallversicherung, Herr Finn Albers',
     date=D(2, 2, 10, 25),
     atts=[A('Schweigepflichtentbindung_Albers_unterschrieben.pdf', pdf("""# Erklärung zur Entbindung von der Schweigepflicht
Versicherer: Auenwald Versicherung AG – Unfallversicherung
Versicherte Person: Finn Albers, geb. 03.05.2002, Brunswiker Str. 9, 24105 Kiel
Vertrag: UV-3318-2207, Schaden UV-26-000214

Ich entbinde die mich behandelnden Ärztinnen und Ärzte, insbesondere
Dr. med. Henrike Sommerfeld (Allgemeinmedizin, Kiel) und die Unfallchirurgie des
Städtischen Klinikums Holtenau, von ihrer Schweigepflicht, soweit die Auenwald Versicherung AG
Auskünfte zu dem Unfall vom 17.01.2026 und seinen Folgen benötigt.

Kiel, 28.01.2026                    gez. Finn Albers
""", title='Schweigepflichtentbindung'))],
     body="""Sehr geehrte Frau Dr. Sommerfeld,

Ihr Patient, Herr Finn Albers (geb. 03.05.2002), hat bei uns Leistungen aus seiner privaten
Unfallversicherung beantragt (Vertrag UV-3318-2207, Schaden UV-26-000214).

Nach seinen Angaben stürzte er am 17.01.2026 mit dem Fahrrad auf dem Weg zur Berufsschule
und zog sich eine Klavikulafraktur links (S42.0) zu, die im Klinikum Holtenau operativ mit
Plattenosteosynthese versorgt wurde. Die Nachbehandlung erfolgt bei Ihnen.

Für die Prüfung bitten wir um einen kurzen Befundbericht zu:
  1. Diagnose(n) und Behandlungsverlauf seit der Entlassung,
  2. derzeitiger Funktion der linken Schulter (Bewegungsausmaß),
  3. voraussichtlicher Dauer der Arbeitsunfähigkeit,
  4. Vorerkrankungen oder Vorschäden an der linken Schulter.

Die unterschriebene Schweigepflichtentbindung liegt bei. Für den Bericht vergüten wir nach
GOÄ Nr. 75 zzgl. Porto; bitte senden Sie Ihre Rechnung mit dem Bericht über unseren
Arztportal-Zugang oder per Post.

Mit freundlichen Grüßen

Dr. med. Miriam Ostertag
""" + sig('ostertag', foot=True))

# 12
CAMPUS_TXT = """auenwald go · Campus-Post März 2026

Hi!

Semesterferien, Hausarbeiten, Umzugskartons – der März ist bei vielen von euch voll. Hier die
drei Fragen, die uns im Chat zuletzt am häufigsten erreicht haben:

1) Auslandssemester: Brauche ich eine Auslandskrankenversicherung?
Die gesetzliche Krankenkasse zahlt im EU-Ausland nur, was dort Kassenleistung ist – oft mit
Zuzahlungen. Rücktransport nach Deutschland ist gar nicht drin. Ein Reise-Tarif für bis zu
12 Monate kostet bei uns ab 19 € im Monat.

2) WG-Zimmer: Ist mein Laptop über die Hausrat meiner Eltern versichert?
Oft ja – solange du noch in Ausbildung bist und dein Lebensmittelpunkt bei den Eltern liegt.
Ziehst du in deine erste eigene Wohnung, brauchst du meist eine eigene Police.

3) Prüfungsstress: Wo finde ich Hilfe?
Wenn dir alles über den Kopf wächst: Die psychosoziale Beratung des Studierendenwerks ist
kostenlos. Und ja – Psychotherapie gehört zu den Leistungen jeder Krankenversicherung.

Gewinnspiel: Unter allen, die bis 31.03. ihr Profil in der App vervollständigen, verlosen wir
3 x ein Jahresticket fürs Kieler Uni-Sportzentrum.

Abmelden: https://news.auenwald-versicherung.example/abmelden
"""

CAMPUS_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Campus-Post März 2026</title></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#f4f7f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1d6b45;color:#fff;font-size:22px">auenwald go · Campus-Post März 2026</td></tr>
<tr><td><p>Hi!</p><p>Semesterferien, Hausarbeiten, Umzugskartons – der März ist bei vielen von euch voll.
Hier die drei Fragen, die uns im Chat zuletzt am häufigsten erreicht haben:</p></td></tr>
<tr><td><h3>1) Auslandssemester: Brauche ich eine Auslandskrankenversicherung?</h3>
<p>Die gesetzliche Krankenkasse zahlt im EU-Ausland nur, was dort Kassenleistung ist – oft mit Zuzahlungen.
Rücktransport nach Deutschland ist gar nicht drin. Ein Reise-Tarif für bis zu 12 Monate kostet bei uns ab 19&nbsp;€ im Monat.</p></td></tr>
<tr><td><h3>2) WG-Zimmer: Ist mein Laptop über die Hausrat meiner Eltern versichert?</h3>
<p>Oft ja – solange du noch in Ausbildung bist und dein Lebensmittelpunkt bei den Eltern liegt.
Ziehst du in deine erste eigene Wohnung, brauchst du meist eine eigene Police.</p></td></tr>
<tr><td><h3>3) Prüfungsstress: Wo finde ich Hilfe?</h3>
<p>Wenn dir alles über den Kopf wächst: Die psychosoziale Beratung des Studierendenwerks ist kostenlos.
Und ja – Psychotherapie gehört zu den Leistungen jeder Krankenversicherung.</p></td></tr>
<tr><td style="background:#e8f3ec"><b>Gewinnspiel:</b> Unter allen, die bis 31.03. ihr Profil in der App vervollständigen,
verlosen wir 3 x ein Jahresticket fürs Kieler Uni-Sportzentrum.</td></tr>
<tr><td style="font-size:11px;color:#777">Du bekommst diese Mail, weil du die Campus-Post abonniert hast.
<a href="https://news.auenwald-versicherung.example/abmelden">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""

mail('NORMAL', 'de', 'newsletter',
     'trap: student newsletter about travel health insurance, psychotherapy and laptops in shared flats; no person',
     frm=addr('auenwald go Campus-Post', 'campus-post@news.' + DOM), to='campus-post-verteiler@news.' + DOM,
     subject='Campus-Post März: Auslandssemester, WG-Hausrat & Prüfungsstress 📚',
     date=D(3, 3, 7, 30), mailer='Auenwald Mailer 8.1',
     hdrs=[('List-Unsubscribe', '<https://news.auenwald-versicherung.example/abmelden>'),
           ('Precedence', 'bulk')],
     body=CAMPUS_TXT, html=CAMPUS_HTML)

# 13
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'electronics insurance claim (phone screen): claim number, IMEI and address in the quoted customer mail',
     frm=who('hendrik'), to=addr('Chidi Okafor', 'chidi.okafor@hotpost.example'),
     subject='RE: cracked screen – what now?',
     date=D(3, 10, 11, 58),
     hdrs=[('In-Reply-To', '<20260309213311.77120@hotpost.example>'),
           ('References', '<20260309213311.77120@hotpost.example>')],
     body="""Dear Mr Okafor,

thank you for the photos. Your electronics cover includes accidental breakage, so the
repair is covered. Your claim number is EL-26-00733.

You can have the screen replaced at any repair shop; our partner FixPoint Kiel
(Holstenstraße 61) can bill us directly. We cover up to EUR 289.00, minus your deductible
of EUR 50.00.

Best regards,
Hendrik Claußen

-----Original Message-----
From: Chidi Okafor <chidi.okafor@hotpost.example>
Sent: Monday, March 9, 2026 9:33 PM
To: service@auenwald-versicherung.example
Subject: cracked screen – what now?

Hi,
I dropped my phone on the stairs at the library today and the screen is completely
cracked :( It's a Pixel 8, IMEI 35 882911 204417 6, bought in Nov 2024. I have the
electronics insurance since I moved into my flat (Feldstraße 121, 24105 Kiel), policy
number EV-2210-3387 I think. What do I need to do? I need the phone for my master thesis
interviews.

Thanks,
Chidi
""" + sig('hendrik', 'en'))

# 14
mail('NORMAL', 'de', 'internal',
     'trap: trainee onboarding week with first-aid course, company doctor and data-protection training on health data',
     frm=who('ayse'), to=['azubis-2026@' + DOM], cc=['ausbilder@' + DOM],
     subject='Eure Einführungswoche 3.–7. August – Programm & Kalendereinladung',
     date=D(6, 24, 9, 15),
     atts=[A_ics('Einfuehrungswoche_Azubis_2026.ics',
                 ics('einfuehrung-2026@' + DOM, 'Einführungswoche Azubis & dual Studierende 2026',
                     '20260803T083000', '20260807T160000', 'Fördeplatz 7, Kiel, Raum Förde 1',
                     'Programm siehe Mail von Ayşe Demir. Bitte Laptop-Ausgabe am Montag 9 Uhr.',
                     ('Ayşe Demir', 'ayse.demir@' + DOM)))],
     body="""Hallo ihr Lieben,

in fünf Wochen geht's los 🎉 Hier schon mal das Programm für eure erste Woche:

Mo 03.08.  08:30  Frühstück & Begrüßung durch den Vorstand
           10:00  Laptop, Ausweis, Zugänge (bringt bitte euren Personalausweis mit)
           13:00  Hausführung mit den Azubis aus dem 2. Jahr
Di 04.08.  ganztags Erste-Hilfe-Kurs (Pflicht für alle, 9 UE) mit dem DRK
Mi 05.08.  09:00  Datenschutz-Schulung: „Gesundheitsdaten, Bankdaten & Co. – was darf in
                  eine E-Mail?" mit Anna-Lena Vogt
           14:00  Vorstellung Betriebsärztlicher Dienst & Betriebsrat
Do 06.08.  Teamtag am Falckensteiner Strand (bei Regen: Kletterhalle)
Fr 07.08.  Einteilung in die Abteilungen, Abschlussrunde

Die Kalendereinladung hängt an. Falls ihr Fragen zur ersten Gehaltsabrechnung habt:
Katharina Wolff aus der Personalabteilung ist am Montag den ganzen Tag dabei.

Ich freu mich auf euch!
Ayşe
""" + sig('ayse'))

# 15
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'dental treatment plan: four wisdom teeth surgery under anaesthesia, GOZ items, customer quote with emoji',
     frm=addr('Auenwald Krankenversicherung – Leistung Zahn', 'leistung-zahn@' + DOM),
     to=addr('Hannah Krüger', 'hannah.krueger@webpost.example'),
     subject='AW: Weisheitszähne – zahlt ihr das? 😬',
     date=D(3, 18, 15, 7),
     body="""Liebe Frau Krüger,

vielen Dank für den Heil- und Kostenplan Ihrer Kieferchirurgin, den Sie über die App
eingereicht haben. Gute Nachricht: Wir übernehmen die Kosten im Rahmen Ihres Tarifs
go Zahn 80.

Geplante Behandlung (Dr. Katrin Voß, Mund-Kiefer-Gesichtschirurgie, Kiel):
  - operative Entfernung der Zähne 18, 28, 38, 48 (GOZ 3045 / 3030)
  - Leitungs- und Vollnarkose (GOÄ 462, 451)
  - Röntgen OPG (GOÄ 5004), Nahtentfernung, Nachkontrolle
  Gesamtkosten laut Plan:           1.486,32 €
  Erstattung 80 %:                  1.189,06 €

Der Plan gilt sechs Monate. Bitte reichen Sie nach der Behandlung die Rechnung ein – am
einfachsten wieder per App.

Alles Gute für den Eingriff!

Ihr Team Leistung Zahn
Auenwald Krankenversicherung AG

> Von: Hannah Krüger <hannah.krueger@webpost.example>
> Gesendet: Montag, 16. März 2026 22:14
> Betreff: Weisheitszähne – zahlt ihr das? 😬
>
> Hallo, meine Kieferchirurgin will alle 4 Weisheitszähne auf einmal ziehen, zwei sind
> schon verlagert und entzündet sich ständig 😬 unter Vollnarkose. Ich hab den Kostenplan
> in die App geladen, Vertragsnummer KV-Z-4460-1182. Wie viel zahlt ihr davon?
> Danke & liebe Grüße, Hannah

""" + FOOT_DE)

# 16
mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
     'offer for an 18-year-old first-car driver to the broker: birth date, address, parents\' contract',
     frm=who('tobias'), to=addr('Vanessa Nguyen', 'v.nguyen@kessler-nguyen.example'),
     subject='Angebot Kfz Jannik Becker – Zweitwagenregelung',
     date=D(1, 14, 16, 12),
     body="""Hallo Frau Nguyen,

wie telefonisch besprochen hier die Eckdaten für Ihren Kunden:

Versicherungsnehmer:  Jannik Becker, geb. 02.06.2007
Anschrift:            Am Wellsee 23, 24146 Kiel
Führerschein:         Klasse B seit 02.06.2025 (vorher BF17 seit 11/2024)
Fahrzeug:             Opel Corsa E, EZ 08/2016, 66 kW, Kennzeichen noch offen
Fahrleistung:         8.000 km/Jahr, Laternenparker
Fahrerkreis:          nur VN

Über die Zweitwagenregelung seines Vaters Ralf Becker (Vertrag KF-1140-7725, SF 18) stufen
wir Jannik in SF 1/2 ein. Damit kommen wir auf:

   Kfz-Haftpflicht (100 Mio. €)           612,40 €
   Teilkasko SB 150 €                     118,90 €
   Jahresbeitrag                          731,30 €  (monatlich 63,90 € inkl. Zuschlag)

Telematik-Rabatt „go Drive" bis 20 % ist noch nicht eingerechnet – für Fahranfänger lohnt
sich das in der Regel. Angebot gilt 4 Wochen; die eVB kann ich sofort ausstellen, sobald
Sie mir den unterschriebenen Antrag schicken.

Viele Grüße aus Kiel
Tobias Reimers
""" + sig('tobias', foot=True))

# 17
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: aggregated young-driver frequency and bodily-injury statistics by age band for the reinsurer',
     frm=who('marc'), to=addr('Helen Strand', 'h.strand@northgate-re.example'),
     subject='Young driver portfolio 2023-2025 – frequency analysis as promised',
     date=D(4, 14, 14, 40),
     atts=[A('AW_young_driver_frequency_2023-2025.xlsx', xlsx([
         ('Frequency', [
             ['Age band', 'Year', 'Vehicle years', 'MTPL claims', 'Frequency %', 'of which bodily injury', 'Avg MTPL cost EUR'],
             ['18-20', 2023, 4120, 498, 12.09, 41, 4880],
             ['18-20', 2024, 4516, 521, 11.54, 38, 5120],
             ['18-20', 2025, 4987, 540, 10.83, 35, 5310],
             ['21-24', 2023, 9870, 802, 8.13, 52, 4410],
             ['21-24', 2024, 10412, 811, 7.79, 49, 4630],
             ['21-24', 2025, 11230, 845, 7.52, 47, 4720],
             ['25-64 (reference)', 2025, 318400, 13120, 4.12, 610, 3980],
         ]),
         ('Telematics', [
             ['Group', 'Vehicle years 2025', 'Frequency %', 'Comment'],
             ['18-24 with go Drive', 3810, 7.02, 'opt-in, selection effect likely'],
             ['18-24 without', 12407, 9.36, ''],
         ]),
     ]))],
     body="""Dear Helen,

as promised in Hamburg, attached is the frequency analysis for our young driver segment
(18-24) for underwriting years 2023-2025. All figures are portfolio aggregates; the
smallest cell has 35 claims, so nothing is traceable to individual drivers.

Headlines:
* Frequency in the 18-20 band fell from 12.1 % to 10.8 % – mostly the telematics tariff.
* Bodily injury share is stable at roughly 7 % of MTPL claims; average severity is up
  about 4 % p.a. (repair costs, not medical inflation).
* The telematics split on the second sheet is opt-in, so please read it with care.

Happy to walk your pricing team through it before the 1/7 renewal.

Best regards,
Marc
""" + sig('marc', 'en', foot=True))

# 18
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
     'repatriation request to the assistance partner: named gap-year traveller, femur fracture, hospital in Thailand',
     frm=who('priya'), to=addr('GlobeAssist Operations', 'ops@globeassist.example'),
     cc=addr('International Desk', 'international@' + DOM),
     subject='URGENT – cost guarantee & repatriation, case GA-26-118 / Tom Berger',
     date=D(1, 29, 7, 12),
     body="""Dear colleagues,

please take over case GA-26-118 with immediate effect.

Insured:        Tom Berger, born 19 April 2006, German citizen
Policy:         RS-3310-8841, go Reise Work & Travel (12 months, worldwide)
Current place:  Nimman International Hospital, Chiang Mai, ward 4B
Attending:      Dr. Sakda Pongpanich (orthopaedics), +66 53 000 4411

Event: scooter accident on 27 January near Mae Rim. Closed fracture of the right femoral
shaft (S72.3), operated on 28 January with intramedullary nailing. No head injury according
to the hospital, patient is conscious and oriented. His mother (Kerstin Berger, +49 171
0000 214) is in contact with us.

What we need from you:
1. Cost guarantee to the hospital up to EUR 25,000 – issued in our name, please send us
   a copy.
2. Contact with the treating doctor about fitness to fly; our medical service favours
   repatriation on a scheduled flight (business class, leg extension, medical escort) as
   soon as the doctor agrees, probably from day 7-10 post-op.
3. Target hospital: Städtisches Klinikum Holtenau, trauma surgery, Kiel – bed request will
   be placed by us once you have a flight date.

Please note: the patient is not covered for motorcycle licence issues under this tariff
(he held an international licence incl. A1 – copy on file, so no issue).

Thanks and regards,
Priya Raman
""" + sig('priya', 'en', foot=True))

# 19
mail('NORMAL', 'de', 'insurer-to-customer',
     'grey: prospect asks if she needs contents insurance for her first flat; generic product answer, no contract or health data',
     frm=who('lea'), to=addr('Merle Steffens', 'merle.steffens@funkmail.example'),
     subject='AW: Brauch ich ne Hausrat für meine erste Wohnung?',
     date=D(3, 24, 12, 33),
     body="""Hallo Merle,

danke für deine Frage über unser Kontaktformular – und Glückwunsch zur ersten eigenen
Wohnung! 🏠

Kurz gesagt: Solange du bei deinen Eltern gemeldet warst, war dein Kram oft über deren
Hausratversicherung mit abgesichert. Mit der eigenen Wohnung ändert sich das in der Regel –
dann brauchst du eine eigene Police.

Worauf du achten solltest:
• Versicherungssumme: grob 650 € pro m² ist die Faustregel, für kleine Wohnungen reicht oft
  weniger. Lieber einmal durchzählen (Laptop, Fahrrad, Klamotten, Möbel …).
• Fahrrad: Diebstahl ist nicht automatisch drin, das ist ein Zusatzbaustein.
• Glas und Elementar: für Mietwohnungen meist nicht nötig.
• Privathaftpflicht gehört eigentlich dazu – die brauchst du wirklich, z. B. wenn bei dir die
  Waschmaschine ausläuft und die Wohnung darunter nass wird.

Unsere go-Tarife für Azubis und Studis kannst du in der App in 3 Minuten durchrechnen. Wenn du
magst, ruf ich dich auch kurz an – sag mir einfach, wann es passt.

Viele Grüße
Lea

> Hi, ich bin 20, mach ne Ausbildung zur Tischlerin und zieh im April in meine erste eigene
> Wohnung 🥳 brauch ich da ne Hausrat oder ist das übertrieben? LG Merle
""" + sig('lea', short=True))

# 20
mail('CONFIDENTIAL', 'de', 'customer',
     'app-chat transcript of a water damage in a first flat forwarded to property claims: policy number, address, phone',
     frm=who('lea'), to=addr('Sach-Schaden Privatkunden', 'sach-schaden@' + DOM),
     subject='WG: Chat #CH-2026-031877 – Wasserschaden Waschmaschine, bitte übernehmen',
     date=D(3, 2, 18, 20),
     body="""Hallo Sach-Team,

bitte übernehmt diesen Fall aus dem App-Chat. Kundin hat Fotos hochgeladen, die hängen im
Chat-Ticket CH-2026-031877.

Kundin:   Clara Weiß, Hausrat + Privathaftpflicht go Wohnen, Vertrag HR-6012-4498
Adresse:  Kronshagener Weg 7, 3. OG rechts, 24116 Kiel
Mobil:    0152 00418 772 (Rückruf gewünscht nach 16 Uhr)

--- Chatverlauf ---
[15:41] Clara: HILFE 😭 meine waschmaschine ist ausgelaufen, das ganze bad und der flur
        stehen unter wasser
[15:41] Ava (Chatbot): Das klingt stressig! Erst mal: Dreh bitte den Wasserhahn an der
        Maschine zu und zieh den Stecker, wenn du gefahrlos rankommst. ⚡💧
[15:43] Clara: hab ich. unten bei der nachbarin tropft es auch von der decke 😬😬
[15:44] Lea (Auenwald): Hi Clara, ich bin Lea. Gut, dass du schnell reagiert hast. Für die
        Wohnung unter dir ist deine Privathaftpflicht zuständig, für deine eigenen Sachen
        die Hausrat. Kannst du ein paar Fotos machen?
[15:52] Clara: [4 Fotos hochgeladen]
[15:53] Clara: laminat im flur wölbt sich schon. ist meine erste wohnung, ich hab echt
        keine ahnung was ich machen muss 🙈
[15:55] Lea (Auenwald): Keine Sorge. Sag bitte auch der Hausverwaltung Bescheid (wegen
        Trocknung). Ich gebe alles an unsere Schadenkollegen weiter, die melden sich heute
        noch bei dir.
[15:56] Clara: danke danke danke 🙏
--- Ende ---

Hausverwaltung laut Kundin: HV Möller, Kiel. Nachbarin: Frau Gerda Lassen, 2. OG.

Danke!
Lea
""" + sig('lea', short=True))

# 21
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
     'attachment-only: bAV direct-insurance (life) list of trainees with birth dates, salary conversion and contract numbers',
     frm=who('kai'), to=addr('Sabine Ohlsen', 'sabine.ohlsen@nordwerft.example'),
     subject='Bestandsliste Direktversicherung Auszubildende – Stand 01.04.2026',
     date=D(4, 8, 10, 3),
     atts=[A('Nordwerft_DV_Azubis_Stand_2026-04-01.xlsx', xlsx([
         ('Bestand', [
             ['Vertrag', 'Name', 'Vorname', 'Geb.-Datum', 'Eintritt', 'Entgeltumwandlung mtl. EUR',
              'AG-Zuschuss EUR', 'Tarif', 'Status'],
             ['LV-DV-88120', 'Kowalski', 'Nico', '1999-11-04', '2024-09-01', 50, 7.5, 'go Rente Invest', 'aktiv'],
             ['LV-DV-88121', 'Hamdi', 'Sara', '2005-02-17', '2024-09-01', 40, 6, 'go Rente Invest', 'aktiv'],
             ['LV-DV-88122', 'Lorenzen', 'Bjarne', '2006-07-30', '2025-08-01', 25, 3.75, 'go Rente Invest', 'aktiv'],
             ['LV-DV-88123', 'Popescu', 'Andrei', '2004-12-09', '2025-08-01', 50, 7.5, 'go Rente Klassik', 'beitragsfrei seit 01.02.2026'],
             ['LV-DV-88124', 'Thiessen', 'Marie', '2006-03-21', '2025-08-01', 30, 4.5, 'go Rente Invest', 'aktiv'],
         ]),
     ]))],
     body="""Sehr geehrte Frau Ohlsen,

wie vereinbart erhalten Sie anbei die aktuelle Bestandsliste zum Stichtag 01.04.2026.

Bitte gleichen Sie die Liste mit Ihrer Lohnabrechnung ab und geben Sie mir bis zum 20.04.
Bescheid, falls Abweichungen bestehen. Neue Azubis zum 01.08. können Sie wie gewohnt über
das Firmenkundenportal anmelden.

Freundliche Grüße

Kai Mertens
""" + sig('kai', foot=True))

# 22
mail('NORMAL', 'de', 'internal',
     'trap: IT incident ticket about the chat intent "Krankmeldung" and sick-note upload, no customer data',
     frm=addr('IT-Servicedesk', 'servicedesk@' + DOM), to=who('sven'), cc=who('emily'),
     subject='[INC-2026-04417] Chat-Intent „Krankmeldung" landet in Queue Kfz-Schaden – Status: In Bearbeitung',
     date=D(3, 11, 8, 2), mailer='Auenwald ServiceDesk 11.3',
     hdrs=[('Auto-Submitted', 'auto-generated')],
     body="""Ticket INC-2026-04417 wurde aktualisiert.

Titel:       Chat-Intent „Krankmeldung" landet in Queue Kfz-Schaden
Priorität:   P3 (mittel)
Status:      In Bearbeitung
Zugewiesen:  Team Conversational AI
Melder:      Lea Brandt

Beschreibung (Melder):
Seit dem Deployment am 09.03. werden Chats, in denen Kundinnen und Kunden „Krankmeldung
hochladen" oder „AU einreichen" schreiben, in die Queue Kfz-Schaden geroutet statt zu
Leistung Kranken. Betrifft geschätzt 40–60 Chats pro Tag. Die Kolleginnen verschieben die
Chats manuell.

Neuer Kommentar (Emily Carter, 11.03.2026 07:58):
Root cause gefunden: Das neue Synonym „Schaden melden" wurde beiden Intents zugeordnet.
Fix ist im Release-Branch, Deployment heute 13:00. Bitte nach dem Deployment mit den
Testsätzen aus dem Wiki (Seite „Intent-Regression") prüfen. Keine echten Chatverläufe ins
Ticket kopieren!

Dieses Ticket nicht per Mail beantworten. Kommentare bitte im Servicedesk-Portal erfassen:
https://servicedesk.auenwald-versicherung.example/ticket/INC-2026-04417
""")

# 23
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'rent-deposit guarantee for an Erasmus student: income (allowance, grant), landlord, guarantee number',
     frm=who('lea'), to=addr('Lucas Moreau', 'lucas.moreau@stud.uni-foerde.example'),
     subject='Your rent deposit guarantee – approved 🎉',
     date=D(2, 20, 14, 49),
     body="""Hi Lucas,

good news: your rent deposit guarantee (Mietkautionsbürgschaft) has been approved, so you
don't have to pay the EUR 1,260 deposit for your first flat in cash.

Guarantee no.:   MKB-26-0419
Amount:          EUR 1,260.00 (three months' basic rent)
Landlord:        Hausverwaltung Möller GmbH, on behalf of the owner of
                 Exerzierplatz 14, flat 2.3, 24103 Kiel
Fee:             EUR 63.00 per year (5 %), first fee due 1 March

For the credit check we took into account the figures you gave us in the app:
  monthly allowance from your parents   EUR   850
  Erasmus+ grant                         EUR   540 (until 31 July 2026)
  student job at the university library  EUR   320 (approx.)

The guarantee certificate will be sent to the property management directly; they usually
confirm within two days. Please keep in mind that if the landlord claims the deposit at the
end of your tenancy, we pay and then claim the amount back from you.

Enjoy the new flat!
Lea
""" + sig('lea', 'en', foot=True))

# 24
mail('NORMAL', 'mixed', 'internal',
     'trap: chatbot tone guide with invented example utterances (broken leg, panic) and emojis, no real customer',
     frm=who('emily'), to=[who('lea'), who('nele')],
     subject='Ava tone guide v2 – pasted from our Teams thread',
     date=D(2, 16, 17, 3),
     body="""Hi ihr beiden,

here's the Teams thread from Friday, so we have it in one place before I put it into the
wiki. Bitte einmal drüberlesen, v.a. die Beispiele.

[Fri 14:02] Emily Carter: So for v2 I'd keep "du" for the go-brand and "Sie" everywhere else.
            Agreed?
[Fri 14:03] Nele Janssen: ja 👍 aber bitte Ava nicht zu flapsig. Kein "Krass!" oder "Oha".
[Fri 14:05] Lea Brandt: Emojis nur spiegeln – wenn die Person welche nutzt, darf Ava max.
            eins pro Nachricht. Bei Unfall, Krankheit, Tod: gar keine.
[Fri 14:06] Emily Carter: 💯 love it. Examples I'd put in the guide (all invented):
            User: "hab mir beim fußball das bein gebrochen 😭 was jetzt"
            Ava (bad):  "Autsch! 🤕 Kein Stress, wir regeln das! 💪"
            Ava (good): "Das tut mir leid. Ich helfe dir gern weiter – geht es um die
                         Kosten für den Arzt oder um etwas anderes?"
[Fri 14:08] Lea Brandt: Und bei "ich hab panikattacken und kann nicht mehr" sofort den
            Krisen-Baustein mit der Telefonseelsorge, nicht erst nach dem Vertrag fragen.
[Fri 14:09] Nele Janssen: +1. Und Ava sagt nie "ich verstehe dich" – ist ja ein Bot 🙃
[Fri 14:11] Emily Carter: ok, writing it up. Deadline for comments: Wednesday.

Thanks!
Emily
""" + sig('emily', 'en', short=True))

# 25
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'base64 body: psychotherapy cover for a named student who wrote about panic attacks, F41.0, contract number',
     frm=addr('Auenwald Krankenversicherung – Leistung', 'leistung-kranken@' + DOM),
     to=addr('Laura Fischer', 'laura.fischer@stud.uni-foerde.example'),
     subject='Deine Frage zur Psychotherapie – Tarif go Student Plus',
     date=D(1, 27, 12, 0), cte='base64',
     body="""Hallo Laura,

danke, dass du uns geschrieben hast – das ist kein leichtes Thema, und es ist gut, dass du
dir Unterstützung holst.

Zu deiner Frage aus dem App-Postfach: Dein Tarif go Student Plus (Vertrag KV-5520-8813)
übernimmt ambulante Psychotherapie bei approbierten Psychotherapeutinnen und
-therapeuten. So läuft es ab:

1. Probatorische Sitzungen: Die ersten bis zu 5 Sitzungen kannst du ohne Antrag machen. Wir
   erstatten sie zu 100 %.
2. Danach brauchen wir einen kurzen Antrag deiner Therapeutin mit Diagnose und geplanter
   Stundenzahl. Du hattest geschrieben, dass deine Hausärztin eine Panikstörung (F41.0)
   vermutet – die Diagnose stellt aber die Therapeutin selbst.
3. Erstattet werden bis zu 30 Sitzungen pro Kalenderjahr zu 80 %, Verlängerung ist möglich.

Die Therapeutin, die du genannt hast (Dipl.-Psych. Anke Nowak, Kiel), ist approbiert und
rechnet nach GOP ab – das passt.

Wenn es dir akut schlecht geht, erreichst du die Telefonseelsorge rund um die Uhr unter
0800 111 0 111.

Alles Gute für dich
Dein Team Leistung Kranken
Auenwald Krankenversicherung AG

""" + FOOT_DE)


# ======================================================================================
# MAILS 26-50
# ======================================================================================

# 26
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'rear-end collision of a trainee\'s first car, nobody hurt: claim number, plates of both cars, assessor appointment',
     frm=who('jonas'), to=addr('Emre Aydın', 'emre.aydin@funkmail.example'),
     subject='Dein Auffahrunfall vom 05.02. – Schaden KS-26-011503',
     date=D(2, 6, 9, 31), charset='utf-8', cte='8bit', flowed=True,
     mailer='Mozilla Thunderbird 128.6.0',
     body="""Hey Emre,

erst mal gut, dass dir und der anderen Fahrerin nichts passiert ist – so steht's auch in deiner Schadenmeldung aus der App ("niemand verletzt, nur Blech").

Hier die Eckdaten, damit du alles beisammen hast:

Schadennummer: KS-26-011503
Dein Fahrzeug: Seat Ibiza, KI-EA 712 (Vollkasko, SB 300 €)
Unfallgegnerin: Renault Clio, RD-TK 88, Halterin Tanja Kruse
Ort/Zeit: Kiel, Westring / Ecke Olshausenstraße, 05.02.2026, ca. 7:40 Uhr
Hergang laut dir: Ampel sprang auf Gelb, Vorderfrau bremste, du bist bei ca. 20 km/h aufgefahren.

Bei einem Auffahrunfall geht man erst mal davon aus, dass der Auffahrende zu dicht dran war – den Schaden am Clio reguliert deshalb deine Kfz-Haftpflicht. Das kostet dich leider SF-Rabatt; wie viel genau, schicke ich dir, sobald die Kosten feststehen. Tipp: Bei kleineren Summen kannst du den Schaden innerhalb von 6 Monaten selbst zurückkaufen.

Für deinen Ibiza kommt am Dienstag, 10.02., zwischen 10 und 12 Uhr unser Gutachter Herr Dreßler vom Sachverständigenbüro Lüttjohann zu dir in die Werkstatt (Kfz-Meisterbetrieb Rasch, Kiel-Gaarden). Passt das?

Viele Grüße
Jonas
""" + sig('jonas'))

# 27
mail('NORMAL', 'en', 'internal',
     'trap: draft replies to public app-store reviews mentioning dentist claims and hospital; pseudonymous handles, no data',
     frm=who('emily'), to=[who('lea'), who('nele')],
     subject='App store reviews – draft replies for this week',
     date=D(3, 16, 10, 44),
     body="""Hi both,

five new reviews since Monday (avg. 4.1 stars). Draft replies below – please check tone
before i post them via the store console. Remember: public replies never confirm that the
reviewer is a customer or mention any contract or claim details.

1) "kielerjung03" ★★☆☆☆ "Dentist invoice upload took forever, and then I had to wait 3
   weeks for my money"
   Draft: "Thanks for the feedback! We have just released a faster upload. If something is
   still open for you, please contact us via the chat in the app so we can look at it
   personally."

2) "sunny_daze_92" ★★★★★ "Used it from the hospital in Spain, the emergency button worked 🙏"
   Draft: "We're really glad the emergency button helped. Get well soon and thank you for the
   five stars!"

3) "throwaway_8812" ★☆☆☆☆ "Why do you need my health data for a bike insurance???"
   Draft: "We don't – the bike insurance only asks for the bike and where it's kept. Maybe you
   were in the health tariff calculator? Please write to us in the chat and we'll check."

4) "Lukas P." ★★★★☆ "Good app, dark mode please"
   Draft: "It's on the roadmap for summer! 🌙"

5) "mxmx" ★★★★★ "easy" – no reply needed.

Emily
""" + sig('emily', 'en', short=True))

# 28
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
     'cost guarantee to a Lisbon hospital for a named Erasmus student: appendectomy, K35.8, passport and birth date',
     frm=who('priya'), to=addr('Gabinete do Doente Internacional', 'international@hsbras-lisboa.example'),
     subject='Guarantee of payment – Mr Jakob Winter, admitted 14/04/2026',
     date=D(4, 15, 8, 20),
     body="""Dear Sir or Madam,

Auenwald Versicherung AG hereby confirms cover for the following patient:

  Patient:      Jakob Winter
  Date of birth: 28/10/2003
  Passport:     C4XK71P92 (Germany)
  Policy:       RS-2297-1160, go Reise Semester (valid 01/02/2026 - 31/07/2026)
  Admission:    14/04/2026, emergency department
  Diagnosis as reported by your ward: acute appendicitis (K35.8), laparoscopic
                appendectomy on 14/04/2026

We guarantee payment of the medically necessary inpatient treatment up to EUR 12,000.
Please send your invoice, including the discharge report, directly to us at
international@auenwald-versicherung.example quoting our reference RS-26-004519. Do not
charge the patient.

Should treatment exceed the guaranteed amount or the stay last longer than 5 days, please
contact us in advance.

Yours faithfully,

Priya Raman
""" + sig('priya', 'en', foot=True))

# 29
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'legal-expenses cover for a deposit dispute of a young tenant: contract, landlord, amount (no health)',
     frm=who('julia'), to=addr('Noah Schulte', 'noah.schulte@webpost.example'),
     subject='Deckungszusage Rechtsschutz – Rückzahlung Ihrer Mietkaution',
     date=D(3, 25, 14, 18),
     body="""Sehr geehrter Herr Schulte,

Sie haben uns mitgeteilt, dass Ihr früherer Vermieter, Herr Detlef Brammer, die Mietkaution
für Ihre Wohnung in der Lerchenstraße 31, 24103 Kiel, in Höhe von 1.050,00 € seit Ihrem
Auszug am 31.08.2025 nicht zurückzahlt. Er verweist auf angebliche Schäden an Laminat und
Küchenzeile.

Für die außergerichtliche und gerichtliche Interessenwahrnehmung erteilen wir Ihnen hiermit
Deckungszusage aus Ihrem Vertrag RS-go-3012-4470 (Privat-, Berufs- und Wohnungs-
Rechtsschutz für Mieter), Leistungsfall RS-26-002871. Eine Selbstbeteiligung besteht in
Ihrem Tarif nicht.

Sie können eine Anwältin oder einen Anwalt frei wählen. Wenn Sie möchten, nennen wir Ihnen
eine auf Mietrecht spezialisierte Kanzlei in Kiel. Bitte geben Sie der Kanzlei unsere
Leistungsfallnummer, damit sie direkt mit uns abrechnen kann.

Mit freundlichen Grüßen

Julia Kranz
""" + sig('julia', foot=True))

# 30
mail('NORMAL', 'de', 'insurer-to-supplier',
     'trap: merchandise order for freshers\' week (first-aid kits, plasters) with the supplier GmbH IBAN',
     frm=who('thomas'), to=addr('Auftragsannahme Werbeartikel Nord', 'auftrag@werbeartikel-nord.example'),
     subject='Bestellung 4500031877 – Merch Ersti-Woche Wintersemester',
     date=D(6, 2, 13, 5),
     body="""Sehr geehrte Damen und Herren,

auf Basis Ihres Angebots AN-26-2214 vom 27.05.2026 bestellen wir:

Pos. Menge  Artikel                                                    EP netto   Gesamt
10   500    Brotdose Bambus, 1-farbig bedruckt „auenwald go"             3,10 €  1.550,00 €
20   500    Erste-Hilfe-Set Mini (Pflaster, Blasenpflaster, Rettungs-    2,45 €  1.225,00 €
            decke) im Etui, Aufdruck „Versichert? Sicher!"
30   1.000  Jutebeutel, Siebdruck 2-farbig                               1,20 €  1.200,00 €
40   300    Powerbank 5.000 mAh, Logo gelasert                           6,90 €  2.070,00 €
                                                                   Summe netto 6.045,00 €

Liefertermin: spätestens 21.09.2026, frei Haus an
Auenwald Versicherung AG, Warenannahme Tor 2, Fördeplatz 7, 24103 Kiel.

Bitte beachten Sie: Die Erste-Hilfe-Sets müssen den Inhalt laut Angebot haben; Medikamente
(z. B. Schmerztabletten) dürfen nicht enthalten sein.

Zahlung 30 Tage netto auf Ihr Konto laut Rechnung. Ihre Bankverbindung haben wir wie folgt
im Kreditorenstamm hinterlegt: Werbeartikel Nord GmbH, IBAN %s – bitte
teilen Sie Änderungen nur schriftlich mit.

Mit freundlichen Grüßen
Thomas Lüders
""" % grp(IB['supplier_merch']) + sig('thomas', foot=True))

# 31
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'pregnancy of a student in a health tariff: Doppler, CTG and glucose-test invoices, app message with emoji',
     frm=who('ostertag'), to=addr('Team Leistung Kranken 2', 'leistung-kranken-2@' + DOM),
     subject='Fall Elif Kaya – Schwangerschaftsvorsorge, bitte alles freigeben',
     date=D(4, 21, 11, 37),
     body="""Liebes Team,

kurze Info zu einer Kundin, die sich gestern über die App gemeldet hat. Ihre Nachricht
(aus dem Postfach kopiert):

  „Hallo 🙂 ich bin in der 32. SSW 🤰 und studiere noch. Meine Frauenärztin hat mir
   gesagt, dass manche Untersuchungen privat sind. Zahlt mein Tarif das? Ich hab schon zwei
   Rechnungen bekommen und bin etwas panisch wegen Geld 🙈"

Kundin: Elif Kaya, geb. 04.12.2002, Vertrag KV-5519-0026 (go Student Plus, Wahltarif mit
Vorsorge). Eingereicht sind bisher:
  - Dr. med. Sevgi Balcı, Frauenheilkunde: Vorsorgeuntersuchung, Dopplersonografie
    (GOÄ 424), CTG – 214,60 €
  - oraler Glukosetoleranztest (Labor Nordlicht) – 48,00 €

Der Tarif zahlt Schwangerschaftsvorsorge nach den Mutterschafts-Richtlinien vollständig,
den oGTT ebenfalls (seit 2025 ausdrücklich in den AVB). Bitte beide Rechnungen ohne Rückfrage zu 100 %
erstatten und ihr eine freundliche Nachricht ins App-Postfach schicken, dass auch die
weiteren Vorsorgetermine und die Entbindung abgedeckt sind.

Danke!
Miriam
""" + sig('ostertag', short=True))

# 32
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'returned direct debit for a student\'s contents and liability policy: IBAN, arrears amount, policy number',
     frm=addr('Auenwald Versicherung – Beitragsservice', 'beitragsservice@' + DOM),
     to=addr('Aisha Bello', 'aisha.bello@hotpost.example'),
     subject='Your direct debit could not be collected – policy HP-7710-3342',
     date=D(5, 5, 8, 15), charset='us-ascii',
     body="""Dear Ms Bello,

unfortunately your bank returned our direct debit of 1 May 2026.

  Policy:          HP-7710-3342 (go Wohnen contents + personal liability)
  Amount due:      EUR 11.90 (May premium)
  Return charge:   EUR 3.00 (charged by your bank)
  Account debited: IBAN %s
  Reason given:    account closed (MD06 / AC04)

Please transfer EUR 14.90 to our account within 14 days, quoting your policy number, or
simply enter a new bank account in the app under "Profile > Payment". Your cover stays in
force in the meantime.

If you have already changed banks, no worries - this happens a lot when students move. Just
update the details and we will collect the amount again.

Kind regards
Premium Service
Auenwald Versicherung AG

Auenwald Versicherung AG, Foerdeplatz 7, 24103 Kiel, Germany
Bank details: IBAN %s
""" % (grp(IB['aisha_old']), grp(IB['auenwald_own'])))

# 33
mail('NORMAL', 'de', 'internal',
     'trap: out-of-office auto-reply mentioning accidents and hospital stays as examples of urgent cases',
     frm=who('lea'), to=who('jonas'),
     subject='Automatische Antwort: Rückruf Kundin Kfz-Chat',
     date=D(4, 2, 10, 12), mailer='Microsoft Exchange Server',
     hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April 2026 nicht im Büro und lese meine E-Mails in dieser
Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen – zum Beispiel nach einem Unfall, bei einem Krankenhausaufenthalt im
Ausland oder einem größeren Schaden – wenden Sie sich bitte an das Team Kundenservice
Digital unter kundenservice-digital@auenwald-versicherung.example oder
+49 431 5570-2100.

Ab dem 13. April bin ich wieder für Sie da.

Viele Grüße
Lea Brandt
""")

# 34
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'asthma medication reimbursement for a PhD student: J45.0, inhalers in CSV attachment, body names the condition',
     frm=who('priya'), to=addr('Kwame Mensah', 'k.mensah@phd.uni-foerde.example'),
     subject='Reimbursement of your pharmacy receipts (Jan-Mar 2026)',
     date=D(4, 9, 13, 55),
     atts=[A_csv('pharmacy_receipts_KV-8830-1204_Q1-2026.csv', [
         ['date', 'pharmacy', 'PZN', 'product', 'qty', 'price_eur', 'reimbursed_eur'],
         ['2026-01-08', 'Apotheke am Exerzierplatz', '04711251', 'Salbutamol inhaler 100 µg', '2', '29.86', '29.86'],
         ['2026-01-08', 'Apotheke am Exerzierplatz', '09281703', 'Budesonide/formoterol 160/4.5 µg', '1', '78.40', '78.40'],
         ['2026-02-19', 'Holsten-Apotheke', '09281703', 'Budesonide/formoterol 160/4.5 µg', '1', '78.40', '78.40'],
         ['2026-03-24', 'Holsten-Apotheke', '09281703', 'Budesonide/formoterol 160/4.5 µg', '1', '78.40', '78.40'],
         ['2026-03-24', 'Holsten-Apotheke', '13340022', 'Peak flow meter', '1', '24.95', '0.00'],
     ])],
     body="""Dear Mr Mensah,

thank you for uploading your pharmacy receipts for the first quarter. We have reimbursed
EUR 265.06 to your account; the list is attached.

As your pulmonologist confirmed bronchial asthma (J45.0) when you joined, the inhalers are
covered at 100 % under your tariff go Student International. The peak flow meter is a
medical aid that needs a prescription before we can reimburse it – if Dr. Lindemann writes
one, just upload it together with the receipt and we will pay the EUR 24.95 as well.

Best regards,
Priya Raman
""" + sig('priya', 'en'))

# 35
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'quarterly payment request of a trainee motor customer quoting her training allowance (income)',
     frm=addr('Auenwald Kfz-Service', 'kfz@' + DOM), to=addr('Mia Schröder', 'mia.schroeder06@funkmail.example'),
     subject='AW: Beitrag lieber vierteljährlich? + Frage wegen Geld',
     date=D(2, 11, 15, 26),
     body="""Hallo Mia,

klar, das stellen wir gern um. Ab 01.03.2026 buchen wir den Beitrag für deinen Polo
(Vertrag KF-2240-1876) vierteljährlich ab: 168,75 € statt 56,25 € im Monat. Du sparst damit
den Ratenzuschlag von 5 %.

Zu deiner zweiten Frage: Einen Rabatt nach Einkommen gibt es in der Kfz-Versicherung leider
nicht. Aber weil du uns deine Ausbildungsvergütung genannt hast: Mit 890 € netto im ersten
Lehrjahr wäre eine Stundung im Notfall möglich – melde dich dann einfach, bevor eine
Zahlung platzt.

Liebe Grüße
Deine Kfz-Kolleg:innen von auenwald go

--- Deine Nachricht aus der App vom 10.02.2026, 20:14 ---
hi nochmal 👋 kann ich den beitrag auch alle 3 monate zahlen? ich krieg als azubi nur
890 netto und am monatsende wirds immer knapp 😅 gibts da irgendwas für azubis?
""")

# 36
STUDLIFE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Student Life Digest</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:640px;margin:auto">
<h1 style="color:#1d6b45">auenwald go – Student Life Digest #4</h1>
<p>Welcome to Kiel! 👋 This issue is for everyone who has just arrived for the summer semester.</p>
<h2>Your first two weeks – checklist</h2>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f3ec"><th>What</th><th>Where</th><th>Why</th></tr>
<tr><td>Register your address (Anmeldung)</td><td>Bürgeramt, appointment online</td><td>needed for bank account, tax ID, everything</td></tr>
<tr><td>Proof of health insurance</td><td>university enrolment office</td><td>no enrolment without it – statutory or private</td></tr>
<tr><td>Bank account</td><td>any bank, many are free for students</td><td>rent, salary from student jobs</td></tr>
<tr><td>Personal liability insurance</td><td>not compulsory, but strongly recommended</td><td>covers damage you cause to others – e.g. your flatmate's laptop</td></tr>
</table>
<h2>Health insurance in Germany in 60 seconds</h2>
<p>Under 30 and enrolled? You can join a statutory fund at the student rate. Over 30, or coming from a country
with a social security agreement? Then a private student tariff may be the better choice. Doctors' invoices,
prescriptions and dentist visits work differently in each system – our FAQ explains the difference.</p>
<h2>Events</h2>
<ul><li>23 April, 6 pm: "Insurance in Germany – the essentials" (English), Audimax foyer</li>
<li>7 May: International Students' BBQ with the Studierendenwerk</li></ul>
<p style="font-size:11px;color:#777">auenwald go is a brand of Auenwald Versicherung AG, Fördeplatz 7, 24103 Kiel.
<a href="https://news.auenwald-versicherung.example/unsubscribe?l=en">Unsubscribe</a></p>
</body></html>
"""

mail('NORMAL', 'en', 'newsletter',
     'trap: HTML-only newsletter for international students about health insurance, doctors\' invoices, liability',
     frm=addr('auenwald go', 'hello@news.' + DOM), to='intl-students@news.' + DOM,
     subject='Student Life Digest #4: your first two weeks in Kiel',
     date=D(4, 7, 8, 0), mailer='Auenwald Mailer 8.1',
     hdrs=[('List-Unsubscribe', '<https://news.auenwald-versicherung.example/unsubscribe?l=en>'),
           ('Precedence', 'bulk')],
     html=STUDLIFE_HTML)

# 37
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'accident insurance disability benefit after bike fall: clavicle, arm value table, percentage, amount; PDF letter',
     frm=who('ostertag'), to=addr('Finn Albers', 'finn.albers@webpost.example'),
     subject='Ihre Unfallversicherung – Leistungsabrechnung Invalidität',
     date=D(6, 16, 10, 48),
     atts=[A('Abrechnung_Invaliditaet_UV-26-000214.pdf', pdf("""# Auenwald Versicherung AG – Unfallversicherung
Herrn Finn Albers, Brunswiker Str. 9, 24105 Kiel
Vertrag UV-3318-2207 | Schaden UV-26-000214 | Kiel, 16.06.2026

# Abrechnung der Invaliditätsleistung

Unfall vom 17.01.2026: Fahrradsturz, Klavikulafraktur links, operativ versorgt
(Plattenosteosynthese, Klinikum Holtenau). Grundlage: Bericht Dr. Sommerfeld vom
09.03.2026 und Gutachten Dr. Ahrens (Unfallchirurgie) vom 02.06.2026.

Dauerhafte Beeinträchtigung: Funktionsminderung linke Schulter, Abduktion bis 150 Grad,
endgradige Schmerzen bei Überkopfarbeit.
Bemessung nach Gliedertaxe: Arm im Schultergelenk 70 %, davon 1/7 Funktionsminderung
= 10 % Invaliditätsgrad.

Grundsumme 100.000 EUR, Progression 350 %: bei 10 % keine Progression
Invaliditätsleistung                                   10.000,00 EUR
Bereits gezahlter Vorschuss (03/2026)                  -2.000,00 EUR
Auszahlung                                              8.000,00 EUR

Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall jährlich neu
bemessen lassen.
""", title='Abrechnung Invalidität'))],
     body="""Sehr geehrter Herr Albers,

das Gutachten von Dr. Ahrens liegt uns vor, vielen Dank für Ihre Geduld und die
Untersuchungstermine.

Für die verbliebene Bewegungseinschränkung Ihrer linken Schulter zahlen wir Ihnen eine
Invaliditätsleistung von insgesamt 10.000 €; abzüglich des Vorschusses überweisen wir
8.000 € in den nächsten Tagen. Die ausführliche Abrechnung finden Sie im Anhang.

Für Ihre Ausbildung wünschen wir Ihnen weiterhin alles Gute – und allzeit gute Fahrt auf dem
Rad.

Mit freundlichen Grüßen
Dr. med. Miriam Ostertag
""" + sig('ostertag', foot=True))

# 38
mail('CONFIDENTIAL', 'de', 'insurer-to-authority',
     'insurance termination notice to the vehicle registration office: owner, plate, VIN of a motorcycle',
     frm=addr('Auenwald Kfz-Bestand', 'kfz-bestand@' + DOM),
     to=addr('Zulassungsstelle Kiel', 'zulassung@stadt-kiel-verwaltung.example'),
     subject='Anzeige nach § 25 FZV – Wegfall des Versicherungsschutzes KI-MJ 125',
     date=D(5, 12, 6, 30), mailer='Auenwald KfzBestand Batch 2.0',
     hdrs=[('Auto-Submitted', 'auto-generated')], charset='iso-8859-1', cte='quoted-printable',
     body="""Anzeige über das Nichtbestehen bzw. die Beendigung der Haftpflichtversicherung
gemäß § 25 Abs. 1 FZV

Versicherer:         Auenwald Versicherung AG, VU-Nr. 9412
Halter:              Moritz Jankowski
Anschrift:           Elisabethstraße 44, 24143 Kiel
Kennzeichen:         KI-MJ 125
Fahrzeug:            Leichtkraftrad Honda CB125R
FIN:                 MLHJC9110K5204471
Versicherungsschein: KF-2511-0903
Ende des Versicherungsschutzes: 11.05.2026, 24:00 Uhr
Grund:               Nichtzahlung des Erstbeitrags (§ 37 VVG)

Diese Anzeige wurde maschinell erstellt und ist ohne Unterschrift gültig.
Rückfragen: kfz-bestand@auenwald-versicherung.example
""")

# 39
mail('NORMAL', 'de', 'internal',
     'trap: data-protection guidance on chat transcripts with an obviously fictitious example (Max Mustermann, Diagnose)',
     frm=who('annalena'), to=['alle-kundenservice@' + DOM, 'alle-schaden@' + DOM],
     subject='Bitte keine Chatverläufe mehr in normale E-Mails kopieren',
     date=D(3, 4, 8, 40),
     body="""Liebe Kolleginnen und Kollegen,

bei der letzten Stichprobe ist mir aufgefallen, dass immer wieder komplette Chatverläufe
aus der App in interne E-Mails kopiert werden – oft mit allem, was die Kundinnen und
Kunden dort so schreiben: Diagnosen, Medikamente, Kontodaten, Fotos von Rezepten.

Bitte merken:
1. Chatverläufe gehören ins Ticket, nicht in die Mail. Im Ticket sind sie zugriffs-
   geschützt und werden nach dem Löschkonzept automatisch gelöscht.
2. Wenn ihr einem anderen Team einen Fall übergebt, reicht die Ticketnummer.
3. Muss es doch eine E-Mail sein (z. B. an externe Stellen), läuft sie über Siegel – das
   Gateway erkennt Gesundheitsdaten und verschlüsselt bzw. nutzt das Portal.

Ein Negativbeispiel (frei erfunden):

   „Hallo Team, Kunde Max Mustermann, geb. 01.01.1990, schreibt im Chat, dass er wegen
    Diagnose XY Medikament Z nimmt – bitte Rechnung prüfen."

Besser: „Hallo Team, bitte Ticket CH-2026-000000 übernehmen, Rechnung liegt im Ticket."

Fragen gern an mich. Danke fürs Mitmachen!

Anna-Lena Vogt
Datenschutzbeauftragte
""")

# 40
mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
     'list of named exchange students with addresses and contents policy numbers for a UK broker (CSV)',
     frm=who('tobias'), to=addr('Oliver Pike', 'oliver.pike@harbourlane-brokers.example'),
     subject='Student contents scheme Kiel – policy list spring intake',
     date=D(3, 30, 16, 5),
     atts=[A_csv('harbourlane_spring_intake_2026.csv', [
         ['policy_no', 'surname', 'first_name', 'address_kiel', 'start', 'sum_insured_eur', 'premium_eur'],
         ['HR-7112-0081', 'Hughes', 'Eleanor', 'Westring 285, room 212, 24116 Kiel', '2026-03-01', '8000', '38.40'],
         ['HR-7112-0082', 'Patel', 'Rohan', 'Knooper Weg 113, 24118 Kiel', '2026-03-01', '8000', '38.40'],
         ['HR-7112-0083', 'MacLeod', 'Fiona', 'Sophienblatt 60, 24114 Kiel', '2026-03-15', '12000', '52.80'],
         ['HR-7112-0084', 'Adeyemi', 'Tobi', 'Westring 285, room 407, 24116 Kiel', '2026-03-15', '8000', '38.40'],
     ], delimiter=',')],
     body="""Hi Oliver,

attached is the list of your students who joined the Kiel contents scheme for the spring
intake – four policies, all issued and paid. Certificates went to the students directly by
e-mail.

Commission for the batch (4 x 15 % of annual premium) will appear on your April statement.

One thing: Ms MacLeod asked for a higher sum insured because of camera equipment; I set
EUR 12,000. If she wants the cameras covered outside the flat as well, she needs the
"valuables away from home" add-on – could you check with her?

Cheers,
Tobias
""" + sig('tobias', 'en', foot=True))

# 41
mail('NORMAL', 'de', 'insurer-to-customer',
     'grey: general answer whether a student is still covered by parents\' liability insurance; no contract confirmed',
     frm=addr('auenwald go Team', 'hallo@' + DOM), to=addr('Joshua Brandl', 'josh.brandl@funkmail.example'),
     subject='Re: Bin ich noch über meine Eltern haftpflichtversichert?',
     date=D(4, 28, 17, 50), cte='8bit', flowed=True, mailer='Mozilla Thunderbird 128.6.0',
     body="""Hi Joshua,

kurze Antwort: Meistens ja – aber nicht für immer. 🙂

In den meisten Familien-Haftpflichtverträgen (auch bei uns) sind Kinder mitversichert, solange sie unverheiratet sind und sich in der ersten Ausbildung oder im Erststudium befinden. Eine Wartezeit zwischen Schule und Studium (Work & Travel, FSJ) schadet in der Regel nicht.

Aus der Familienversicherung fällst du typischerweise raus, wenn
– du nach der Ausbildung in einen festen Job gehst,
– du heiratest oder
– die Altersgrenze im Vertrag erreicht ist (oft 25 oder 30).

Welcher Vertrag bei euch besteht und was genau drinsteht, können wir per Mail leider nicht verraten – da müssten deine Eltern kurz selbst nachschauen oder sich bei ihrem Versicherer melden. Falls du eine eigene Haftpflicht willst: go Haftpflicht gibt's ab 3,90 € im Monat.

Liebe Grüße
Dein auenwald go Team

> Hey, ich bin 23 und fang im Oktober meinen Master an, vorher hab ich 1 Jahr gearbeitet.
> Bin ich noch über meine Eltern haftpflichtversichert??
""")

# 42
mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
     'chatbot escalation: named student discloses depression treatment while asking about trip cancellation (HTML transcript)',
     frm=who('emily'), to=who('priya'), cc=addr('Chat Escalations', 'chat-escalation@' + DOM),
     subject='Escalation from Ava – travel cancellation + mental health disclosure',
     date=D(5, 19, 21, 7),
     atts=[A_html('ava_transcript_CH-2026-058812.html', """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Transcript CH-2026-058812</title></head><body>
<h3>Chat CH-2026-058812 – 19/05/2026 – user: Jasper Lindholm (verified, policy RS-2310-6627)</h3>
<table border="1" cellpadding="4">
<tr><td>20:31</td><td>Jasper</td><td>hi, I booked a trip to Norway in June with the travel insurance from you</td></tr>
<tr><td>20:31</td><td>Ava</td><td>Hi Jasper! How can I help with your trip?</td></tr>
<tr><td>20:33</td><td>Jasper</td><td>I don't think I can go. I've been diagnosed with depression in April and my psychiatrist says travelling alone is not a good idea right now</td></tr>
<tr><td>20:33</td><td>Jasper</td><td>I'm on sertraline and it's getting a bit better but not enough</td></tr>
<tr><td>20:34</td><td>Ava</td><td>Thank you for telling me. I'm connecting you with a colleague who can look at the cancellation with you.</td></tr>
<tr><td>20:34</td><td>System</td><td>Escalation: health disclosure + cancellation. Queue: International Desk (closed until 08:00)</td></tr>
</table></body></html>""")],
     body="""Hi Priya,

Ava escalated this one tonight after hours – the transcript is attached (exported from the
ticket, so it doesn't sit in the chat tool forever). The user is Jasper Lindholm, Swedish
master student, go Reise Annual policy. He disclosed a depression diagnosis and ongoing
medication and wants to cancel a trip to Norway in June.

He didn't express anything acute, so no crisis protocol was triggered, but please be
careful in tone. He'll need a certificate from his psychiatrist for the cancellation claim
(unexpected serious illness). I told him someone would contact him tomorrow morning.

Thanks,
Emily
""" + sig('emily', 'en', short=True))

# 43
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'dog liability claim of a young dog owner: bitten trousers of a jogger, nobody hurt; policy number and addresses',
     frm=who('benedikt'), to=addr('Paula Lehmann', 'paula.lehmann@netzpost.example'),
     subject='Hundehaftpflicht – Ihr Bruno und die Joggerhose',
     date=D(5, 27, 12, 9),
     body="""Hallo Frau Lehmann,

danke für Ihre Schadenmeldung und die Fotos von der, äh, ehemaligen Laufhose.

Zusammengefasst: Ihr Labrador-Mischling Bruno (8 Monate) hat am 24.05. im Werftpark einen
Jogger angesprungen und ihm dabei ein Loch in die Laufhose gerissen. Verletzt wurde
niemand – das hat uns der Jogger, Herr Dirk Mahnke, auch selbst bestätigt.

Ihre Hundehaftpflicht (Vertrag TH-4471-2208) übernimmt den Schaden. Wir zahlen Herrn Mahnke
den Zeitwert der Hose (Neupreis 89,00 €, ca. 1 Jahr alt) von 60,00 € direkt aus. Eine
Selbstbeteiligung haben Sie nicht vereinbart.

Kleiner Tipp für den Junghund-Alltag: Die Hundeschule am Schützenpark bietet einen
Kurs „Begegnungen mit Joggern und Radfahrern" an – für Versicherte von uns 15 % günstiger.

Freundliche Grüße
Benedikt Sauer

Schaden-Nr.: TH-26-000981
""" + sig('benedikt'))

# 44
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: info session for international students on German health insurance, ICS invite; no person data',
     frm=who('nele'), to=addr('International Office', 'welcome@international.uni-foerde.example'),
     subject='Info session "Health insurance in Germany" – 23 April, Audimax foyer',
     date=D(3, 27, 13, 13),
     atts=[A_ics('info_session_health_insurance_2026-04-23.ics',
                 ics('infosession-2026-04-23@' + DOM, 'Info session: Health insurance in Germany (English)',
                     '20260423T180000', '20260423T193000', 'Audimax foyer, Kiel Förde University',
                     'Short talk + Q&A: statutory vs private student tariffs, doctors, prescriptions, dentists, liability.',
                     ('Nele Janssen', 'nele.janssen@' + DOM),
                     attendees=[('International Office', 'welcome@international.uni-foerde.example')]))],
     body="""Dear colleagues at the International Office,

thanks again for having us at your welcome week. As agreed, here is the invitation for the
evening info session:

  "Health insurance in Germany – the essentials"
  Thursday, 23 April 2026, 6:00-7:30 pm, Audimax foyer, in English

Topics: statutory vs. private student tariffs, how to see a doctor, what happens with
prescriptions and dentist bills, why personal liability insurance matters, and what to do
if you need a hospital at 3 am. We will not sell anything on site – it's an information
event, and the slides go to you afterwards.

Could you share the invite in your newsletter and on the screens in the foyer? The
calendar file is attached.

Best wishes,
Nele Janssen
""" + sig('nele', 'en'))

# 45
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'legal expenses: trainee dismissed in probation after long sick leave, herniated disc M51.2 in the case summary',
     frm=who('julia'), to=addr('Kanzlei Brinkmann Rechtsanwälte', 'kanzlei@kanzlei-brinkmann.example'),
     subject='Deckungszusage Arbeitsrecht – Mandantin Selin Aksoy, Leistungsfall RS-26-003106',
     date=D(4, 30, 11, 2),
     body="""Sehr geehrter Herr Rechtsanwalt Brinkmann,

Ihre Mandantin, Frau Selin Aksoy (geb. 15.01.2005), ist bei uns im Rahmen der
Familien-Rechtsschutzversicherung ihrer Eltern (Vertrag RS-2207-5539) mitversichert. Wir
erteilen Deckungszusage für die Kündigungsschutzklage gegen die Kanzlei Dr. Ewers &
Partner Steuerberater, Kiel (Gegenstandswert nach Ihrer Angabe 3 Bruttomonatsgehälter
à 1.080 €).

Zum Sachverhalt laut Ihrem Schreiben vom 27.04.:
- Ausbildung zur Steuerfachangestellten seit 01.08.2025, Probezeit 4 Monate, verlängert
- seit 12.11.2025 arbeitsunfähig wegen eines lumbalen Bandscheibenvorfalls (M51.2),
  stationäre Behandlung im Klinikum Holtenau, anschließend ambulante Reha bis 20.03.2026
- Kündigung am 23.03.2026, drei Tage nach Rückkehr, ohne Angabe von Gründen

Da die Mandantin als Auszubildende nach § 22 BBiG nach der Probezeit nur aus wichtigem
Grund gekündigt werden kann, halten wir hinreichende Erfolgsaussichten für gegeben. Bitte
rechnen Sie Ihre Gebühren nach RVG direkt mit uns ab; Vorschussanforderungen bitte über das
Anwaltsportal.

Mit freundlichen Grüßen
Julia Kranz
""" + sig('julia', foot=True))

# 46
mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'trip cancellation after a failed exam (no health): student, booking, travel operator reply quoted in English',
     frm=addr('Auenwald Reise-Service', 'reise@' + DOM), to=addr('Zeynep Arslan', 'zeynep.arslan@stud.uni-foerde.example'),
     subject='AW: Stornierung Malta-Reise wegen Wiederholungsprüfung',
     date=D(3, 13, 10, 36),
     body="""Hallo Zeynep,

danke für die Unterlagen. Die Wiederholungsprüfung am 21.03. fällt genau in deinen
Reisezeitraum, und sie war bei der Buchung noch nicht bekannt – damit ist das ein
versichertes Stornoereignis (Ziffer 2.1 f Reiserücktritt go: „nicht bestandene Prüfung an
Schule oder Hochschule, Wiederholungstermin im Reisezeitraum").

Reiserücktrittsversicherung: RR-go-4410-7803
Buchung: Sprachreise Malta, 16.–30.03.2026, 1.240 €
Stornokosten laut Veranstalter: 40 % = 496,00 €
Selbstbehalt: 0 € (Tarif go)

Wir erstatten dir also die 496,00 € auf das Konto, das in der App hinterlegt ist.

Der Veranstalter hat uns auf Englisch geantwortet, ich hänge dir den Text unten an, damit
du die Storno-Bestätigung auch für deine Unterlagen hast.

Viel Erfolg bei der Prüfung! 🍀
Deine Reise-Kolleginnen von auenwald go

> From: bookings@maltalingua.example
> Subject: Cancellation confirmation – booking ML-26-3391 / Ms Zeynep Arslan
>
> Dear Ms Arslan, we confirm the cancellation of your language course and homestay
> (16-30 March 2026). According to our terms, 40 % of the package price (EUR 496.00)
> is retained. Best of luck with your exam! – Malta Lingua School, Sliema
""")

# 47
mail('NORMAL', 'de', 'internal',
     'trap: collective-agreement pay table for trainees (Ausbildungsvergütung) and a salary FAQ, no individual',
     frm=who('katharina'), to=['ausbilder@' + DOM], cc=who('ayse'),
     subject='Ausbildungsvergütung ab 01.09.2026 – neue Tariftabelle',
     date=D(6, 10, 14, 30),
     body="""Liebe Ausbilderinnen und Ausbilder,

die Tarifparteien des privaten Versicherungsgewerbes haben sich geeinigt. Ab 01.09.2026
gelten folgende Ausbildungsvergütungen (brutto/Monat):

                                   bisher      neu
   1. Ausbildungsjahr             1.150 €    1.205 €
   2. Ausbildungsjahr             1.240 €    1.300 €
   3. Ausbildungsjahr             1.340 €    1.405 €
   Duales Studium (alle Jahre)    1.400 €    1.465 €

Dazu kommen wie bisher vermögenswirksame Leistungen (40 €), Fahrtkostenzuschuss und das
Deutschlandticket-Jobticket.

Typische Fragen der Azubis, die ihr gern so beantworten könnt:
- „Muss ich Steuern zahlen?" – Bis zum Grundfreibetrag praktisch nein; Sozialabgaben fallen
  an (ca. 21 %).
- „Krieg ich Krankengeld, wenn ich krank bin?" – Die ersten 6 Wochen läuft die Vergütung
  weiter (Entgeltfortzahlung), danach zahlt die Krankenkasse.
- „Zählt die Berufsschule als Arbeitszeit?" – Ja.

Individuelle Abrechnungsfragen bitte nicht im Verteiler, sondern direkt an mich.

Viele Grüße
Katharina Wolff
""" + sig('katharina', short=True))

# 48
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'attachment-only: BU underwriting decision with spine exclusion clause for a nursing trainee (DOCX)',
     frm=who('fatma'), to=addr('Lina Petrović', 'lina.petrovic@netzpost.example'),
     cc=addr('Marvin Tietz', 'info@tietz-makler.example'),
     subject='Deine Entscheidung zum Antrag LV-A-26-01937',
     date=D(2, 18, 9, 4),
     atts=[A('Annahmeschreiben_LV-A-26-01937.docx', docx([
         ('h', 'Auenwald Lebensversicherung AG – Risikoprüfung'),
         'Frau Lina Petrović, Schauenburgerstraße 57, 24105 Kiel',
         'Kiel, 18.02.2026',
         ('h', 'Ihr Antrag auf Berufsunfähigkeitsversicherung LV-A-26-01937'),
         'Sehr geehrte Frau Petrović,',
         'wir haben Ihren Antrag und den Bericht Ihrer Hausärztin Dr. Sommerfeld geprüft. Aufgrund der '
         'Lumbago im Oktober 2024 (M54.5) mit physiotherapeutischer Behandlung und zwölf Tagen '
         'Arbeitsunfähigkeit können wir den Vertrag nur mit folgender Besonderer Vereinbarung annehmen:',
         ('table', [['Ausschluss', 'Berufsunfähigkeit infolge von Erkrankungen oder Verletzungen der Wirbelsäule '
                                   'einschließlich Bandscheiben und der zugehörigen Muskulatur'],
                    ['Überprüfung', 'auf Antrag nach 5 beschwerdefreien Jahren'],
                    ['BU-Rente', '1.000 EUR monatlich, Endalter 67'],
                    ['Beitrag', '41,30 EUR monatlich (Azubi-Startbeitrag bis 31.07.2027)']]),
         'Bitte bestätigen Sie die Besondere Vereinbarung innerhalb von vier Wochen mit Ihrer Unterschrift.',
         'Mit freundlichen Grüßen – Fatma Yıldız, Risikoprüfung Leben & BU',
     ], title='Annahmeschreiben'))],
     body="""Hallo Frau Petrović,

im Anhang finden Sie unsere Entscheidung zu Ihrem Antrag mit allen Details. Ihr Makler,
Herr Tietz, erhält eine Kopie.

Wenn Sie einverstanden sind, unterschreiben Sie bitte das Schreiben und laden es in der
App hoch – dann kann der Vertrag zum 01.03. starten.

Freundliche Grüße
Fatma Yıldız
""" + sig('fatma', foot=True))

# 49
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'liability claim payout to the flatmate: name and IBAN of the third party in the quoted reply',
     frm=who('benedikt'), to=addr('Kenji Watanabe', 'kenji.watanabe@stud.uni-foerde.example'),
     subject='Re: AW: Haftpflichtschaden HS-26-01882 / your liability claim',
     date=D(2, 19, 9, 12),
     body="""Dear Mr Watanabe,

thanks – everything is complete now. We transferred EUR 1,034.00 (repair of the logic board
and display according to the Apple service quote) to your flatmate today. Your claim is
closed; your premium does not change.

Kind regards,
Benedikt Sauer

> On 18 Feb 2026, at 22:40, Kenji Watanabe wrote:
>
> Hello Mr Sauer,
> here is the quote from the Apple service partner (EUR 1,034) and Felix's statement.
> His bank account: Felix Brandstätter, IBAN %s.
> He says sorry it took so long, he was home in Austria for the semester break 😅
> Best, Kenji
""" % grp(IB['kenji_flatmate']) + sig('benedikt', 'en'))

# 50
mail('NORMAL', 'de', 'insurer-to-customer',
     'trap: portal notification "neue Nachricht" without any content, only a link',
     frm=addr('Auenwald Postfach', 'postfach-benachrichtigung@secure.' + DOM),
     to='finn.albers@webpost.example',
     subject='Neue Nachricht in deinem Auenwald Postfach',
     date=D(6, 16, 10, 50), mailer='Auenwald SecureMail 3.8',
     hdrs=[('Auto-Submitted', 'auto-generated')],
     body="""Hallo,

in deinem persönlichen Postfach liegt eine neue Nachricht für dich.

Zum Postfach: https://secure.auenwald-versicherung.example/postfach

Aus Sicherheitsgründen steht der Inhalt nicht in dieser E-Mail. Melde dich mit deinem
Passwort an oder öffne die Auenwald App.

Diese Benachrichtigung wurde automatisch versendet. Bitte antworte nicht darauf.

Dein Auenwald Team
""", charset='utf-8')


# ======================================================================================
# MAILS 51-75
# ======================================================================================

# 51
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'maturity payout of an endowment life policy: amount, tax, payout IBAN (personal line life); windows-1252',
     frm=addr('Auenwald Lebensversicherung – Leistung', 'leistung-leben@' + DOM),
     to=addr('Gerd Hansen', 'g.hansen@t-netzpost.example'),
     subject='Ablauf Ihrer Kapitallebensversicherung LV-1994-220871 zum 01.03.2026',
     date=D(2, 23, 11, 11), charset='windows-1252', cte='quoted-printable',
     mailer='Microsoft Outlook 16.0',
     body="""Sehr geehrter Herr Hansen,

Ihre Kapitallebensversicherung läuft am 01.03.2026 planmäßig ab. Wir gratulieren Ihnen –
32 Jahre sind eine lange Zeit!

Versicherte Person:      Gerd Hansen, geb. 18.06.1961
Vertrag:                 LV-1994-220871
Vertragsbeginn:          01.03.1994

Garantierte Versicherungssumme     40.903,35 €
Schlussüberschuss                   6.214,80 €
Bewertungsreserven                    388,12 €
Ablaufleistung gesamt              47.506,27 €

Da der Vertrag vor 2005 abgeschlossen wurde und länger als 12 Jahre lief, ist die
Ablaufleistung steuerfrei. Wir überweisen den Betrag am 02.03.2026 auf Ihr Konto
%s bei der Förde Sparkasse.

Bitte prüfen Sie die Bankverbindung. Falls sie nicht mehr aktuell ist, teilen Sie uns die
neue IBAN bitte bis 25.02. schriftlich mit.

Mit freundlichen Grüßen
Ihre Auenwald Lebensversicherung AG
Team Leistung Leben

""" % grp(IB['gerd']) + FOOT_DE)

# 52
mail('NORMAL', 'de', 'internal',
     'trap: storm warning to property claims staff; Schaden, Verletzte, Notfall in general terms only',
     frm=who('hendrik'), to=['sach-schaden@' + DOM, 'kundenservice-digital@' + DOM],
     subject='Sturmtief „Yara" – Vorbereitung Schadenspitze ab Sonntag',
     date=D(2, 27, 15, 40),
     body="""Moin zusammen,

der DWD warnt für Sonntag/Montag vor Orkanböen bis 120 km/h an der Küste und
Starkregen im Binnenland. Wir rechnen mit 3.000–5.000 Meldungen in der ersten Woche.

Was wir vorbereiten:
- Urlaubsperre gibt es nicht, aber bitte Montag/Dienstag möglichst alle im Haus.
- Die App bekommt ab Sonntag 18 Uhr ein Banner „Sturmschaden melden" mit
  Kurzformular (Fotos, Adresse, Art des Schadens). Chat-Team schaltet Ava auf den
  Sturmmodus.
- Textbaustein für Kundinnen und Kunden: „Bitte bringen Sie sich nicht in Gefahr.
  Betreten Sie keine beschädigten Dächer. Bei Verletzten oder akuter Gefahr: 112."
- Notdienste: Dachdecker Kahl & Söhne und Trocknungsfirma AquaStop Nord sind
  informiert und haben Kapazität zugesagt.
- Kleinschäden bis 1.500 € bitte ohne Gutachter, nach Fotos regulieren.

Danke euch – wird eine anstrengende Woche. Kuchen geht auf mich.
Hendrik
""" + sig('hendrik', short=True))

# 53
mail('CONFIDENTIAL', 'de', 'insurer-to-company',
     'grey: commercial fire claim of a bakery GmbH with named managing director and her mobile number',
     frm=who('hendrik'), to=addr('Kirsten Thormählen', 'k.thormaehlen@baeckerei-thormaehlen.example'),
     subject='Brandschaden Backstube – Ihre Betriebsversicherung BV-6620-1137',
     date=D(1, 13, 16, 22),
     body="""Sehr geehrte Frau Thormählen,

vielen Dank für das Telefonat heute Morgen – gut, dass niemand im Betrieb war, als der
Etagenofen in der Nacht zum 12.01. Feuer gefangen hat.

Zusammenfassung:
  Versicherungsnehmerin:  Bäckerei Thormählen GmbH, Dorfstraße 18, 24241 Blumenthal
  Ansprechpartnerin:      Kirsten Thormählen, Geschäftsführerin, mobil 0171 0000 8843
  Vertrag:                Betriebsversicherung BV-6620-1137 (Inhalt, Betriebsunterbrechung)
  Schaden-Nr.:            BS-26-000077

Der Sachverständige, Herr Dipl.-Ing. Wenzel, ist morgen um 8 Uhr bei Ihnen. Bitte
entsorgen Sie nichts, bevor er die Backstube gesehen hat; Fotos, die Sie bereits gemacht
haben, können Sie mir gern vorab schicken.

Für die Betriebsunterbrechung brauchen wir die Umsätze der letzten 12 Monate (BWA
genügt). Den Backbetrieb in der Filiale Kronshagen können Sie ja zum Glück fortführen.

Mit freundlichen Grüßen
Hendrik Claußen
""" + sig('hendrik', foot=True))

# 54
mail('NORMAL', 'en', 'insurer-to-supplier',
     'trap: data-processing agreement talks with the chat vendor about retention of chat logs containing health data',
     frm=who('sven'), to=addr('Markus Aalto', 'markus.aalto@parlant.example'),
     cc=[who('annalena'), who('emily')],
     subject='DPA annex 3 – retention periods for chat logs',
     date=D(1, 21, 14, 3),
     body="""Hi Markus,

thanks for the redlined DPA. Our DPO (Anna-Lena, cc) has one open point on annex 3:

Our customers regularly type health data, bank details and occasionally details about
third parties into the chat, even though the bot asks them not to. For us this means:

1. Transcripts must be deleted from your platform 30 days after the conversation is
   closed. They are archived in our own ticket system – you don't need a longer copy.
2. Your model-improvement programme must not use our transcripts, not even pseudonymised.
   Please make that explicit in clause 7.4 instead of the opt-out.
3. Sub-processors outside the EEA: the US support desk may only see metadata (conversation
   ID, timestamps, error codes), never message content.
4. Backups: 30 days is fine if the restore process honours deletions.

If you can confirm 1-4 in writing, we can sign this month. Happy to jump on a call
Thursday.

Best,
Sven
""" + sig('sven', 'en', foot=True))

# 55
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'long-term care daily allowance: care level 3 of an elderly customer, answered to her daughter; iso-8859-1 8bit',
     frm=addr('Auenwald Krankenversicherung – Pflege', 'pflege@' + DOM),
     to=addr('Birte Ploog', 'birte.ploog@netzpost.example'),
     subject='Pflegetagegeld für Ihre Mutter, Frau Renate Ploog',
     date=D(3, 9, 14, 51), charset='iso-8859-1', cte='8bit',
     body="""Sehr geehrte Frau Ploog,

vielen Dank für die Zusendung des Gutachtens des Medizinischen Dienstes und Ihrer
Vorsorgevollmacht.

Bei Ihrer Mutter, Frau Renate Ploog (geb. 02.11.1947), wurde mit Wirkung ab 01.02.2026 der
Pflegegrad 3 festgestellt. Hauptursachen laut Gutachten sind eine fortschreitende
Parkinson-Erkrankung und die Folgen des Oberschenkelhalsbruchs vom Dezember.

Aus der Pflegetagegeldversicherung PT-3304-1120 zahlen wir ab 01.02.2026 monatlich:

    Pflegegrad 3, ambulante Pflege: 60 % von 50 EUR x 30 Tage = 900,00 EUR

Die Nachzahlung für Februar überweisen wir zusammen mit der Märzzahlung. Die Beiträge für
den Vertrag entfallen ab Pflegegrad 3 (Beitragsbefreiung).

Sollte Ihre Mutter in eine stationäre Einrichtung wechseln, teilen Sie uns dies bitte mit;
dann erhöht sich die Leistung auf 100 %.

Mit freundlichen Grüßen
Ihr Team Pflege

""" + FOOT_DE.replace('|', '-'))

# 56
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'buildings insurance water damage of a family home: address, claim number, payout IBAN',
     frm=who('hendrik'), to=addr('Familie Korte', 'korte.familie@webpost.example'),
     subject='Leitungswasserschaden Haus Korte – Abschlagszahlung',
     date=D(4, 3, 10, 20),
     body="""Sehr geehrte Frau Korte, sehr geehrter Herr Korte,

die Trocknungsfirma hat ihren Zwischenbericht geschickt: Estrich und Wände im
Hauswirtschaftsraum und Flur Ihres Hauses Am Dorfteich 6, 24119 Kronshagen, sind nach drei
Wochen wieder im Sollbereich. Ursache war, wie vermutet, eine korrodierte Pressfitting-
Verbindung an der Warmwasserleitung hinter der Waschmaschine.

Wohngebäudeversicherung WG-4120-0553, Schaden-Nr. WG-26-001290

Wir leisten eine Abschlagszahlung von 6.500,00 € für Leckortung, Trocknung und die ersten
Arbeiten des Malerbetriebs auf Ihr Konto IBAN %s. Die
Schlussabrechnung erfolgt nach Vorlage der Handwerkerrechnungen.

Mit freundlichen Grüßen
Hendrik Claußen
""" % IB['korte'] + sig('hendrik'))

# 57
MAKLER_TXT = """Maklerinfo 04/2026 – Auenwald Versicherung

1. NEU: go Start BU für Azubis und Studierende
   - Einstieg ab 15 Jahren, Startbeitrag in den ersten 3 Jahren
   - vereinfachte Gesundheitsprüfung: 5 Fragen, Zeitraum 3 Jahre (ambulant) bzw. 5 Jahre
     (stationär), psychische Erkrankungen 5 Jahre
   - Nachversicherungsgarantie bei Ausbildungsende, Heirat, Geburt eines Kindes, erste Immobilie
2. Kfz: Zweitwagenregelung jetzt auch für Enkel (SF 1/2 bei Großeltern-Vertrag ab SF 10)
3. Krankenzusatz: Zahntarif go Zahn 80 ohne Wartezeit bei Unfall
4. Termine: Maklerforum Nord am 11.06. in Kiel, Webinar „Biometrie-Risiken junger Kunden" 28.05.

Ihr Maklerbetreuer beantwortet Fragen gern. Abmelden: https://makler.auenwald-versicherung.example/newsletter
"""

MAKLER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Maklerinfo 04/2026</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#1d6b45">Maklerinfo 04/2026</h2>
<h3>1. NEU: go Start BU für Azubis und Studierende</h3>
<ul><li>Einstieg ab 15 Jahren, Startbeitrag in den ersten 3 Jahren</li>
<li>vereinfachte Gesundheitsprüfung: 5 Fragen, Zeitraum 3 Jahre (ambulant) bzw. 5 Jahre (stationär), psychische Erkrankungen 5 Jahre</li>
<li>Nachversicherungsgarantie bei Ausbildungsende, Heirat, Geburt eines Kindes, erste Immobilie</li></ul>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Eintrittsalter</th><th>Beruf</th><th>BU-Rente</th><th>Startbeitrag mtl.</th></tr>
<tr><td>17</td><td>Azubi Elektroniker/in</td><td>1.000 €</td><td>38,20 €</td></tr>
<tr><td>20</td><td>Studierende/r Lehramt</td><td>1.000 €</td><td>29,70 €</td></tr>
<tr><td>22</td><td>Azubi Pflegefachkraft</td><td>1.000 €</td><td>44,10 €</td></tr>
</table>
<p><small>Musterbeiträge, Endalter 67, Nichtraucher, ohne Dynamik.</small></p>
<h3>2. Kfz: Zweitwagenregelung jetzt auch für Enkel</h3><p>SF 1/2 bei Großeltern-Vertrag ab SF 10.</p>
<h3>3. Krankenzusatz</h3><p>Zahntarif go Zahn 80 ohne Wartezeit bei Unfall.</p>
<h3>4. Termine</h3><p>Maklerforum Nord am 11.06. in Kiel, Webinar „Biometrie-Risiken junger Kunden" am 28.05.</p>
<p style="font-size:10px">Auenwald Versicherung AG, Fördeplatz 7, 24103 Kiel – <a href="https://makler.auenwald-versicherung.example/newsletter">Abmelden</a></p>
</body></html>
"""

mail('NORMAL', 'de', 'newsletter',
     'trap: broker newsletter on BU for trainees with health questions, psychische Erkrankungen and sample premiums',
     frm=addr('Auenwald Maklerservice', 'maklerinfo@news.' + DOM), to='makler-verteiler@news.' + DOM,
     subject='Maklerinfo 04/2026: go Start BU, Zweitwagen für Enkel, Zahn ohne Wartezeit',
     date=D(4, 22, 7, 45), mailer='Auenwald Mailer 8.1',
     hdrs=[('List-Unsubscribe', '<https://makler.auenwald-versicherung.example/newsletter>'),
           ('Precedence', 'bulk')],
     body=MAKLER_TXT, html=MAKLER_HTML)

# 58
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
     'request to an Irish doctor for a report on a named student\'s wrist fracture from a ski trip (travel/accident)',
     frm=who('priya'), to=addr('Dr Aoife Brennan', 'reception@brennan-clinic.example'),
     subject='Medical report request – Mr Ciarán Doyle, DOB 07/03/2004',
     date=D(2, 26, 12, 44),
     body="""Dear Dr Brennan,

your patient Mr Ciarán Doyle (date of birth 07/03/2004) holds a travel insurance policy with
us (go Reise Annual, policy RS-2301-7741) and has claimed for treatment after a skiing
accident in Austria on 8 February 2026. He told us that you have been treating him since
his return to Dublin.

According to the Austrian hospital (Alpenklinikum Gasteinertal), he sustained a distal radius fracture of
the left wrist (S52.5) that was treated with closed reduction and a cast. To assess the
follow-up costs and the accident benefit, we would be grateful for a short report covering:

  - follow-up treatment since 12 February (X-rays, physiotherapy),
  - current function of the wrist,
  - any previous injury to the same wrist.

Mr Doyle's signed authorisation to release medical information is on file and can be sent
to you on request. We will reimburse your fee up to EUR 80 on receipt of an invoice.

Kind regards,
Priya Raman
""" + sig('priya', 'en', foot=True))

# 59
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'grey: young driver asks whether a speeding fine (administrative offence, points) affects his premium; named, contract',
     frm=who('jonas'), to=addr('Niklas Baumann', 'niklas.baumann@funkmail.example'),
     subject='AW: Blitzer + Punkt in Flensburg – wird mein Beitrag jetzt teurer?',
     date=D(5, 7, 16, 58),
     body="""Hallo Niklas,

nein, keine Sorge: Ein Bußgeld und ein Punkt in Flensburg haben auf deinen Beitrag bei uns
keinen Einfluss. Wir erfahren davon normalerweise auch gar nichts – das KBA meldet uns
keine Punkte.

Teurer wird es nur, wenn wir einen Schaden für dich regulieren müssen (SF-Rückstufung).

Was du aber wissen solltest: Du bist noch in der Probezeit (Führerschein seit 08/2024).
21 km/h zu schnell außerorts ist ein A-Verstoß – die Führerscheinstelle ordnet dann ein
Aufbauseminar an und die Probezeit verlängert sich auf 4 Jahre. Das hat wiederum nichts mit
deinem Vertrag KF-2290-3318 zu tun.

Fahr vorsichtig!
Jonas

> Am 06.05.2026 um 22:03 schrieb Niklas Baumann:
> hab heute post bekommen, bin auf der B76 mit 121 statt 100 geblitzt worden 🤦‍♂️
> 70 € + 1 punkt. muss ich euch das melden und wird die versicherung jetzt teurer??
""" + sig('jonas', short=True))

# 60
mail('NORMAL', 'de', 'internal',
     'trap: tender for shredding of health files and medical records, security level P-5, no person data',
     frm=who('thomas'), to=[who('annalena'), addr('Facility Management', 'facility@' + DOM)],
     subject='Ausschreibung Aktenvernichtung 2027–2029 – Entwurf Leistungsverzeichnis',
     date=D(5, 20, 9, 25),
     body="""Hallo Anna-Lena, hallo Facility-Team,

anbei (bzw. unten) mein Entwurf für das Leistungsverzeichniss der neuen Ausschreibung
Aktenvernichtung. Der aktuelle Vertrag mit DataShred Nord endet am 31.12.2026.

Leistungsumfang:
- Abholung verschlossener Sicherheitsbehälter (240 l) an 3 Standorten, wöchentlich
- Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-5 für Papier,
  H-5 für Festplatten, O-5 für Datenträger
- Betroffene Unterlagen u. a.: Leistungsakten Kranken (Arztberichte, Rechnungen,
  Gutachten), Antragsunterlagen Leben/BU mit Gesundheitsfragen, Personalakten,
  Kontoauszüge, Schadenakten
- Vernichtungsprotokoll je Behälter mit Siegelnummer
- Auftragsverarbeitung nach Art. 28 DSGVO, Subunternehmer nur nach Zustimmung

Anna-Lena, kannst du bitte bis 05.06. prüfen, ob wir für die Gesundheitsunterlagen
zusätzlich eine Verpflichtung nach § 203 StGB für die Mitarbeitenden des Dienstleisters
brauchen? Ich meine ja.

Danke!
Thomas
""" + sig('thomas', short=True))

# 61
_inner61 = inner_mail('61a', addr('Sekretariat Orthopädie', 'ortho-sekretariat@klinikum-holtenau.example'),
                      addr('Leistung Kranken', 'leistung-kranken@' + DOM),
                      'Entlassbrief Frau Helga Brünning, Aufenthalt 02.03.-13.03.2026', D(3, 16, 14, 2),
                      """Sehr geehrte Damen und Herren,

mit Einverständnis der Patientin übersenden wir den Kurzentlassbericht.

Patientin: Helga Brünning, geb. 23.09.1951, Versichertennr. KV-1988-004127
Aufnahme: 02.03.2026, Entlassung: 13.03.2026

Diagnosen:
- Primäre Coxarthrose rechts (M16.1)
- Z. n. Implantation einer zementfreien Hüft-TEP rechts am 03.03.2026 (OPS 5-820.00)
- Arterielle Hypertonie (I10.90), Diabetes mellitus Typ 2, diätetisch eingestellt (E11.90)

Verlauf: komplikationslos, Mobilisation an Unterarmgehstützen, Wundverhältnisse reizlos.
Anschlussheilbehandlung in der Reha-Klinik Ostseeblick ab 16.03.2026 beantragt.

Medikation bei Entlassung: Ramipril 5 mg 1-0-0, Enoxaparin 40 mg s.c. bis 13.04.,
Ibuprofen 600 mg bei Bedarf.

Mit freundlichen Grüßen
Dr. med. Ole Fedders, Oberarzt Orthopädie
Städtisches Klinikum Holtenau
""")

mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'forwarded message/rfc822 only: hospital discharge letter with hip replacement, diagnoses, medication',
     frm=who('ostertag'), to=addr('Reha-Steuerung', 'reha-steuerung@' + DOM),
     subject='WG: Entlassbrief – bitte AHB-Kostenzusage prüfen',
     date=D(3, 16, 15, 10),
     root=Multi('mixed', [Text("""Hallo Kolleginnen,

siehe angehängte Mail vom Klinikum. Die AHB in der Reha-Klinik Ostseeblick ist medizinisch plausibel, bitte
Kostenzusage nach Tarif erteilen und der Klinik direkt zuschicken.

Danke
Miriam
""" + sig('ostertag', short=True)), Rfc822(_inner61, 'Entlassbrief_Klinikum_Holtenau.eml')]))

# 62
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'contents claim after burglary of a British expat\'s flat: address, police reference, stolen items list (XLSX)',
     frm=who('hendrik'), to=addr('Olivia Grant', 'olivia.grant@hotpost.example'),
     subject='Burglary at your flat – claim HR-26-006012, list of items',
     date=D(4, 17, 11, 30),
     atts=[A('HR-26-006012_stolen_items.xlsx', xlsx([
         ('Items', [
             ['No.', 'Item', 'Bought', 'Price paid EUR', 'Receipt', 'Replacement value EUR', 'Comment'],
             [1, 'MacBook Pro 14"', '2024-10', 2399, 'yes', 2199, ''],
             [2, 'Canon EOS R8 + 24-105 lens', '2023-05', 1890, 'yes', 1749, ''],
             [3, 'Gold necklace (grandmother)', 'inherited', '', 'no', 650, 'valuables limit 20 %'],
             [4, 'Cash', '', 240, 'no', 240, 'cash limit EUR 1,000'],
             [5, 'Front door lock (repair)', '', '', 'invoice', 310, 'Schlüsseldienst Nord'],
         ]),
     ]))],
     body="""Dear Ms Grant,

I'm very sorry about the break-in at your flat at Papenhuder Straße 34, 22087 Hamburg,
on 14 April.

I have prepared the list of stolen items from your phone call and the police report
(Polizeikommissariat 31, reference 260414-1622-038855) – please check the attached
spreadsheet and add anything that's missing. Where you have no receipt, bank statements
or photos of the items help us as well.

Your contents policy HR-4418-9902 covers theft following a break-in at replacement value.
Once you've confirmed the list, we'll settle within about two weeks.

Kind regards,
Hendrik Claußen
""" + sig('hendrik', 'en', foot=True))

# 63
mail('NORMAL', 'en', 'internal',
     'trap: board-deck comments on Q1 KPIs incl. health claims ratio and BU incidence; portfolio aggregates only',
     frm=who('marc'), to=addr('Strategy Office', 'strategy@' + DOM),
     subject='Comments on Q1 board deck – slides 7-12',
     date=D(4, 24, 18, 2),
     body="""Hi team,

my comments on the draft Q1 board deck:

Slide 7 (health): "Claims ratio 81.4 %" – please add the prior-year figure (79.9 %) and
say that the increase is driven by inpatient costs and psychotherapy, both in line with
the market.
Slide 8 (life/BU): BU incidence for the under-30 cohort is still based on only 41 claims –
add a footnote that it is not credible on its own and that we blend with the reinsurer's
table.
Slide 9 (motor): young driver frequency down 0.7 pts thanks to telematics – nice, but put
the opt-in caveat on the slide, not only in the appendix.
Slide 11 (digital): 61 % of health invoices now arrive via the app. Great headline.
Slide 12: the quote from a customer ("the app saved my holiday") must go unless we have
written consent – otherwise replace it with the NPS score.

Thanks,
Marc
""" + sig('marc', 'en', short=True))

# 64
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
     'HR to the occupational health service: reintegration (BEM) of a named employee after 7 weeks of sickness, cardiac event',
     frm=who('katharina'), to=addr('Arbeitsmedizin Nord – Dr. Jessen', 'praxis@amz-nord.example'),
     subject='[vertraulich] BEM-Verfahren Herr Rainer Stoltenberg',
     date=D(5, 4, 13, 15),
     body="""Sehr geehrter Herr Dr. Jessen,

Herr Rainer Stoltenberg (Personalnummer 104417, Abteilung Kfz-Bestand) ist seit dem
16.03.2026 arbeitsunfähig, inzwischen mehr als sechs Wochen innerhalb der letzten zwölf
Monate. Wir haben ihm deshalb ein Betriebliches Eingliederungsmanagement angeboten, das er
angenommen hat.

Herr Stoltenberg hat uns selbst mitgeteilt, dass er nach einem Herzinfarkt mit
Stent-Implantation derzeit eine kardiologische Reha in Bad Malente macht und ab Juni
stufenweise zurückkehren möchte (Hamburger Modell). Er ist einverstanden, dass wir Sie
einbeziehen; die Einwilligungserklärung liegt in der BEM-Akte, nicht in der Personalakte.

Wir bitten Sie um ein Gespräch mit ihm und um eine Empfehlung zu:
  - Umfang der Wiedereingliederung (Stunden pro Tag, Dauer),
  - Arbeitsplatzanpassungen (er wünscht sich zwei Homeoffice-Tage),
  - Einschränkungen bei Stress / Überstunden.

Termin zum BEM-Erstgespräch: 19.05.2026, 10:00 Uhr, Raum Förde 4, mit Betriebsrat
(Frau Lüth) und Schwerbehindertenvertretung.

Mit freundlichen Grüßen
Katharina Wolff
""" + sig('katharina', foot=True))

# 65
mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
     'commission statement of a sole-trader broker: his IBAN and tax number, customer names in CSV (windows-1252)',
     frm=addr('Auenwald Provisionsabrechnung', 'provision@' + DOM),
     to=addr('Marvin Tietz', 'info@tietz-makler.example'),
     subject='Courtageabrechnung März 2026 – Vermittlernummer 40-1187',
     date=D(4, 6, 6, 5), mailer='Auenwald Provision 4.0',
     atts=[A_csv('Courtage_40-1187_2026-03.csv', [
         ['Vertrag', 'Kunde', 'Sparte', 'Beginn', 'Bewertungssumme', 'Satz', 'Courtage EUR'],
         ['PH-go-9012-3358', 'Garcia, Mateo', 'PHV', '01.04.2026', '54,00', '20 %', '10,80'],
         ['HR-6012-4498', 'Weiß, Clara', 'Hausrat/PHV', '01.02.2026', '142,80', '20 %', '28,56'],
         ['KF-2240-1876', 'Schröder, Mia', 'Kfz', '01.02.2026', '675,00', '6 %', '40,50'],
         ['RS-go-3012-4470', 'Schulte, Noah', 'Rechtsschutz', '01.03.2026', '214,20', '15 %', '32,13'],
         ['', '', '', '', '', 'Summe', '112,99'],
     ], charset='windows-1252', ctype='application/vnd.ms-excel')],
     body="""Sehr geehrter Herr Tietz,

anbei Ihre Courtageabrechnung für März 2026.

Auszahlungsbetrag: 112,99 € (umsatzsteuerfrei nach § 4 Nr. 11 UStG)
Überweisung am 10.04.2026 auf Ihr Konto:
  Kontoinhaber: Marvin Tietz Versicherungsmakler (Einzelunternehmen)
  IBAN: %s
Steuernummer laut unseren Unterlagen: 20/112/04471

Bitte prüfen Sie Ihre Bankverbindung und Steuernummer; Änderungen teilen Sie uns bitte
über das Maklerportal mit.

Mit freundlichen Grüßen
Provisionsabrechnung
Auenwald Versicherung AG
""" % grp(IB['tietz']))

# 66
mail('NORMAL', 'de', 'insurer-to-partner',
     'trap: freshers\' breakfast cooperation with the student union; mentions Krankenversicherung and Beratung, no persons',
     frm=who('nele'), to=addr('Studierendenwerk Förde – Soziales', 'soziales@stw-foerde.example'),
     subject='Ersti-Frühstück am 12.10. – Ablauf und Stand',
     date=D(6, 18, 12, 6),
     body="""Liebe Frau Schack,

danke für das gute Gespräch gestern! Hier unser Stand fürs Ersti-Frühstück:

- Datum: Montag, 12.10.2026, 8:30–11:00 Uhr, Mensa I, Foyer
- Wir stellen: Brötchen, Kaffee, Hafermilch, Obst (Catering Lindenblatt), zwei Stehtische,
  Roll-up, 500 Brotdosen und Erste-Hilfe-Sets als Giveaway
- Ihr stellt: Strom, Tische, die Beratungsstellen (BAföG, Wohnen, psychosoziale Beratung)
- Keine Vertragsabschlüsse und keine Datenerhebung am Stand – nur Infomaterial, wie
  vereinbart. Das Gewinnspiel läuft ausschließlich über einen QR-Code.

Themen auf unseren Flyern: „Krankenversichert im Studium – gesetzlich oder privat?",
„Haftpflicht: Warum sie wichtiger ist als du denkst", „Erste eigene Wohnung – was brauche
ich?".

Könnten Sie mir bis Ende Juli sagen, ob die Mensa an dem Tag regulär öffnet? Dann planen
wir die Aufbauzeit.

Viele Grüße
Nele Janssen
""" + sig('nele'))

# 67
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'term life underwriting for a young couple buying their first flat: BMI, blood pressure and lab results requested',
     frm=who('fatma'), to=[addr('Daniel Chen', 'daniel.chen@hotpost.example'), addr('Mei Chen', 'mei.chen@hotpost.example')],
     subject='Your term life application – additional medical information needed',
     date=D(5, 13, 9, 40),
     body="""Dear Mr and Mrs Chen,

thank you for your applications for term life cover (EUR 280,000 each, term 25 years) to
secure the mortgage on your first flat in Kiel-Düsternbrook. Congratulations on the
purchase!

Mr Chen (born 12 August 1996): no further questions – we can accept your application at
standard rates. The policy document will follow this week.

Mrs Chen (born 30 January 1997): in the health questionnaire you mentioned elevated blood
pressure readings during your pregnancy in 2024 and a current BMI of 31. Before we can
decide, we need:
  1. a blood pressure log over 7 days (morning and evening) or a 24-hour measurement,
  2. recent blood results (HbA1c, lipids, creatinine), not older than 6 months,
  3. a short report from your GP on whether any medication was prescribed after the birth.

Your GP can upload the documents directly via our doctors' portal using reference
LV-A-26-03355. The costs of the GP report are covered by us.

Kind regards,
Fatma Yıldız
""" + sig('fatma', 'en', foot=True))

# 68
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'no-claims class transfer from grandmother to grandson: both names, her birth date, plates and contract numbers',
     frm=addr('Auenwald Kfz-Service', 'kfz@' + DOM),
     to=[addr('Jannik Becker', 'j.becker2007@netzpost.example'), addr('Hildegard Becker', 'h.becker@t-netzpost.example')],
     subject='Übertragung Schadenfreiheitsrabatt – Bestätigung',
     date=D(3, 12, 12, 12),
     body="""Sehr geehrte Frau Becker,
hallo Jannik,

die Übertragung des Schadenfreiheitsrabatts ist erledigt:

Abgebende Person:   Hildegard Becker, geb. 09.04.1944, Vertrag KF-0877-2015
                    Fahrzeug VW Golf Plus, KI-HB 44 (abgemeldet zum 28.02.2026)
Übernehmende Person: Jannik Becker, Vertrag KF-2602-4418, Opel Corsa KI-JB 207

Übertragen werden nur die schadenfreien Jahre, die Jannik selbst hätte fahren können – also
seit Erwerb des Führerscheins (BF17 ab 11/2024). Jannik wird damit ab 01.03.2026 in
SF 1 eingestuft, der Beitrag sinkt von 63,90 € auf 51,20 € im Monat.

Frau Becker, Ihr Vertrag wird zum 28.02.2026 beendet. Die SF-Klasse ist nach der
Übertragung für Sie verbraucht; falls Sie später wieder ein Auto versichern möchten, starten
Sie in SF 0.

Mit freundlichen Grüßen
Ihr Kfz-Service
""" + '\n' + FOOT_DE)

# 69
mail('NORMAL', 'de', 'internal',
     'trap: training invitation on emojis in customer chat; lists 🤒 🚑 and words like Krebs only as examples',
     frm=who('lea'), to=['kundenservice-digital@' + DOM],
     subject='Schulung „Emojis im Kundenchat – wann ja, wann nein?" 🙂🙃',
     date=D(5, 22, 11, 41),
     body="""Hallo Team,

nach den vielen Rückfragen machen wir eine kurze Schulung (45 min) zu Emojis im Chat.
Termine: Di 09.06. 10:00 und Do 11.06. 14:00, Raum Förde 2 oder Teams.

Vorgeschmack auf die Regeln:
✅ Spiegeln: Wenn die Kundin Emojis nutzt, dürfen wir das auch – max. eins pro Nachricht.
✅ Neutral & freundlich: 🙂 👍 🙏 💚
❌ Nie bei Tod, schwerer Krankheit, Unfällen mit Verletzten. Auch kein 🙏 als „Beileid".
❌ Keine mehrdeutigen: 🙃 😅 🤡 💀 – werden oft als Ironie gelesen.
❌ Keine medizinischen Emojis als Deko: 🤒 🚑 💊 🩺 – wirken schnell zynisch.
⚠️ Achtung bei Übersetzungen: Das Krebs-Emoji 🦀 ist tatsächlich schon mal in einem
   Chat zu Onkologie-Leistungen „witzig" gemeint gewesen. Bitte nicht.

Bringt gern eigene Beispiele mit – aber bitte als Screenshot ohne Namen/Vertragsdaten
oder einfach nachgestellt.

Bis bald!
Lea
""" + sig('lea', short=True))

# 70
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'child accident insurance: 8-year-old with forearm fracture at a trampoline park, hospital days, payout',
     frm=addr('Auenwald Unfall-Leistung', 'unfall-leistung@' + DOM), to=addr('Sandra Meier', 's.meier@webpost.example'),
     subject='Unfall Ihres Sohnes Lukas am 07.03. – Leistungen aus der Kinderunfallversicherung',
     date=D(3, 31, 13, 5),
     body="""Sehr geehrte Frau Meier,

wir hoffen, dass es Lukas wieder besser geht und der Gips bald ab ist.

Nach dem Bericht der Kinderchirurgie des Klinikums Holtenau hat sich Lukas (geb.
22.06.2017) beim Sturz im Trampolinpark am 07.03.2026 eine dislozierte Unterarmfraktur
rechts (S52.4) zugezogen, die am selben Tag in Narkose reponiert und mit zwei Drähten
fixiert wurde. Er war vom 07. bis 10.03. stationär.

Aus der Kinderunfallversicherung KU-3390-0714 zahlen wir:
   Krankenhaustagegeld 4 Tage x 30 €            120,00 €
   Gipsgeld (Knochenbruch)                        150,00 €
   Kosmetische Operationen / Bergungskosten          0,00 €
   Summe                                          270,00 €

Überweisung auf Ihr Konto IBAN %s.

Eine Invaliditätsleistung kommt erst in Betracht, wenn nach Abschluss der Behandlung eine
dauerhafte Einschränkung bleibt. Das ist bei Kindern zum Glück selten; wir melden uns in
einem Jahr noch einmal.

Mit freundlichen Grüßen
Ihre Unfall-Leistung
""" % grp(IB['sandra']) + '\n' + FOOT_DE)

# 71
mail('CONFIDENTIAL', 'en', 'insurer-to-partner',
     'recourse letter to another motor insurer: both drivers named, plates, claim numbers, no injury',
     frm=who('jonas'), to=addr('Claims Recovery', 'recovery@baltic-mutual.example'),
     subject='Your insured TK-88 / our claim KS-26-011503 – liability accepted, recourse of towing costs',
     date=D(3, 3, 15, 33), charset='us-ascii',
     body="""Dear colleagues,

regarding the rear-end collision on 5 February 2026 in Kiel (Westring / Olshausenstrasse)
between

  our insured driver:  Emre Aydin, Seat Ibiza, KI-EA 712, policy KF-2380-5516
  your insured:        Tanja Kruse, Renault Clio, RD-TK 88, your ref. BM-MTPL-26-00417

we accept full liability for the damage to your insured's vehicle as stated in our letter
of 20 February. Nobody was injured.

However, the towing invoice you paid (EUR 642.60, Abschleppdienst Holm) includes a
night surcharge although the vehicle was towed at 10:15 am. We will reimburse EUR 420.00;
please send a corrected invoice if you disagree.

Payment of the repair costs (EUR 3,184.22) has been made today.

Kind regards
Jonas Petersen
Motor Claims, Auenwald Versicherung AG
""")

# 72
mail('NORMAL', 'en', 'newsletter',
     'trap: internal engineering newsletter on the claims data model (patient, diagnosis code, IBAN fields), no data',
     frm=addr('Auenwald Engineering', 'engineering-weekly@' + DOM), to='it-alle@' + DOM,
     subject='Engineering Weekly #112 – new claims data model, IBAN validation, on-call changes',
     date=D(5, 29, 16, 0), mailer='Auenwald Mailer 8.1', hdrs=[('Precedence', 'list')],
     body="""ENGINEERING WEEKLY #112

1. Claims data model v5 is live
   The health claim entity now separates "patient" (the insured person treated) from
   "policyholder". Diagnosis codes (ICD-10-GM) move to their own table with access
   logging; only the claims roles can read them. Migration ran on 3.4 million rows
   without errors.

2. IBAN validation library
   All services now use the shared library (mod-97 check + bank code lookup). If you
   still have a home-made regex somewhere, please remove it. Unit tests should use
   the fixture IBANs from the test-data repo, never real ones.

3. On-call
   From June, the app on-call rotation also covers the chat platform. Runbook:
   https://wiki.auenwald-versicherung.example/oncall/chat

4. Brown-bag session
   Thursday 12:30: "Why we never log request bodies" – Sven and the security team.

Have a great weekend!
""")

# 73
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'glasses reimbursement in a supplementary health tariff: dioptres and optician invoice of a named trainee',
     frm=addr('Auenwald Krankenversicherung – Leistung', 'leistung-kranken@' + DOM),
     to=addr('Marlene Stöver', 'marlene.stoever@funkmail.example'),
     subject='Erstattung deiner neuen Brille 👓',
     date=D(6, 8, 10, 2),
     body="""Hi Marlene,

deine Rechnung von Optik Hansen ist da und schon bearbeitet.

Brille vom 29.05.2026: Gleitsicht? Nein – Einstärkengläser, hochbrechend 1,67
R: -6,50 sph / -0,75 cyl, L: -6,25 sph / -1,00 cyl
Rechnungsbetrag: 489,00 €

Dein Zusatztarif go Sehen (Vertrag KZ-7108-2210) zahlt alle 2 Jahre bis 300 € für Brillen
und Kontaktlinsen – die 300 € sind in 2–3 Tagen auf deinem Konto. Das nächste Budget gibt's
ab 29.05.2028, oder früher, wenn sich deine Werte um mindestens 0,5 Dioptrien ändern (dann
bitte eine Bescheinigung vom Augenarzt oder Optiker mitschicken).

Viel Spaß mit der neuen Brille!
Dein Team Leistung Kranken
""" + '\n' + FOOT_GO)

# 74
mail('CONFIDENTIAL', 'de', 'customer',
     'customer app message about a stolen e-scooter forwarded: insurance plate, frame number, address, police report',
     frm=who('lea'), to=addr('Sach-Schaden Privatkunden', 'sach-schaden@' + DOM),
     subject='WG: App-Nachricht – E-Scooter geklaut',
     date=D(4, 27, 9, 3),
     body="""Moin, bitte als neuen Schaden anlgen. Kunde hat Teilkasko für den E-Scooter.

Vertrag: KS-EK-2610-0091 (E-Scooter, Versicherungskennzeichen 472 BKZ, grün 2026)
Kunde: Ben Kowalczyk, Sörensenstraße 3, 24143 Kiel

----- Nachricht aus dem App-Postfach, 26.04.2026 23:48 -----
yo, mein e-scooter (xiaomi 4 pro, seriennr 27442/00371188) wurde heute nacht vorm
haus geklaut, war mit kettenschloss am fahrradbügel 😤 schloss liegt durchgeknipst
aufm boden. anzeige hab ich online gemacht, vorgangsnummer 260426-2311-071420.
zahlt ihr das? ich brauch den für die arbeit (azubi bei den stadtwerken, frühschicht
ab 6 🥲)
-----

Lea
""" + sig('lea', short=True))

# 75
mail('NORMAL', 'de', 'insurer-to-authority',
     'trap: answers to the data-protection authority\'s questionnaire on chatbot use; categories of data named, no person',
     frm=who('annalena'), to=addr('Landesbeauftragte für Datenschutz', 'poststelle@ldsa-nord.example'),
     subject='Ihr Fragebogen „KI-gestützte Chatbots in der Versicherungswirtschaft" – Az. LD-2026-0418',
     date=D(6, 12, 14, 44),
     body="""Sehr geehrte Damen und Herren,

zu Ihrem Fragebogen vom 14.05.2026 nehmen wir wie folgt Stellung:

1. Einsatzzweck: Der Chatbot „Ava" beantwortet allgemeine Fragen und leitet Anliegen an
   Mitarbeitende weiter. Er trifft keine Leistungsentscheidungen.
2. Datenkategorien: Kontaktdaten, Vertragsnummern; Gesundheitsdaten nur, wenn Nutzerinnen
   und Nutzer sie selbst eingeben. Der Bot fragt keine Gesundheitsdaten ab und weist auf
   die Nutzung des Postfachs hin.
3. Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO; für selbst eingegebene Gesundheitsdaten
   Einwilligung nach Art. 9 Abs. 2 lit. a DSGVO (Hinweis vor Chatbeginn).
4. Speicherdauer: 30 Tage beim Dienstleister, danach nur im Ticketsystem nach Löschkonzept.
5. Training: Keine Nutzung von Kundendaten zum Training des Sprachmodells.
6. DSFA: durchgeführt am 02.12.2025, aktualisiert am 20.03.2026.

Die DSFA stellen wir Ihnen auf Wunsch gern zur Verfügung.

Mit freundlichen Grüßen
Anna-Lena Vogt
Datenschutzbeauftragte der Auenwald Versicherungsgruppe
""" + '\n' + FOOT_DE)


# ======================================================================================
# MAILS 76-100
# ======================================================================================

# 76
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'certificate of private health insurance for the immigration office: named student, birth date, passport, tariff (PDF)',
     frm=who('priya'), to=addr('Ana Souza', 'ana.souza@stud.uni-foerde.example'),
     subject='RE: certificate for Ausländerbehörde??',
     date=D(1, 15, 16, 20),
     atts=[A('Versicherungsbescheinigung_Souza_KV-7731-2040.pdf', pdf("""# Auenwald Krankenversicherung AG
Fördeplatz 7, 24103 Kiel

# Versicherungsbescheinigung / Certificate of insurance
zur Vorlage bei der Ausländerbehörde / for the immigration authority

Hiermit bestätigen wir, dass
Frau Ana Beatriz Souza, geboren am 22.09.2001 in Belo Horizonte (Brasilien),
Reisepass Nr. GF884120,
bei uns seit dem 01.10.2025 ununterbrochen krankenversichert ist.

Vertrag: KV-7731-2040, Tarif go Student International
Umfang: ambulante, stationäre und zahnärztliche Behandlung, keine Leistungsausschlüsse,
Selbstbehalt 300 EUR je Kalenderjahr, Erstattung 100 % (ambulant / stationär)
Der Versicherungsschutz entspricht § 2 Abs. 3 AufenthG.

Beiträge sind bis einschließlich 31.01.2026 bezahlt.

Kiel, 15.01.2026
Auenwald Krankenversicherung AG
(maschinell erstellt, ohne Unterschrift gültig)
""", title='Versicherungsbescheinigung'))],
     body="""Hi Ana,

sure – the certificate for the immigration office (Ausländerbehörde) is attached. It is in
German as they require, with the passport number you gave us in the chat.

Good luck with the appointment on the 22nd!

Best,
Priya

> -----Original Message-----
> From: Ana Souza <ana.souza@stud.uni-foerde.example>
> Sent: Thursday, 15 January 2026 09:02
> Subject: certificate for Ausländerbehörde??
>
> Hi! I need to extend my residence permit and they want "Nachweis
> Krankenversicherung" 🙈 can you send me something? appointment is on 22 Jan.
> passport no. GF884120. thank youuu
""" + sig('priya', 'en'))

# 77
mail('NORMAL', 'en', 'internal',
     'trap: chatbot analytics with top intents (travel health, dentist, sick note, psychotherapy) as counts only',
     frm=who('emily'), to=['digital-leads@' + DOM],
     subject='Ava monthly analytics – April 2026',
     date=D(5, 4, 9, 14),
     body="""Hi everyone,

April numbers for Ava (go brand + main brand):

Conversations: 31,208 (+9 % vs March)
Resolved without human: 58 %
Handover to staff: 42 %, median wait 2:41 min
CSAT: 4.4 / 5 (n = 3,902)

Top 10 intents
   1  submit_invoice_health        6,412
   2  claim_status                 4,870
   3  motor_claim_report           2,944
   4  travel_health_abroad         2,211
   5  dentist_cost_estimate        1,760
   6  change_bank_details          1,502
   7  sick_note_upload (AU)        1,188
   8  psychotherapy_coverage         731
   9  first_car_evb                  684
  10  contents_first_flat            602

Observations
* "psychotherapy_coverage" doubled since the Campus-Post mentioned it – good, the answer
  page works (deflection 71 %).
* "first_car_evb" peaks every Friday afternoon 🚗 – maybe a push message for dealers?
* No change in the share of users typing health details in free text (about 6 %); the
  new warning banner goes live in May.

Raw data stays in the analytics workspace – please don't export conversation texts.

Emily
""" + sig('emily', 'en', short=True))

# 78
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'HTML-only policy confirmation for a first-flat contents insurance: name, address, masked IBAN, sums',
     frm=addr('auenwald go', 'vertrag@' + DOM), to=addr('Leon Hartmann', 'leon.hartmann@webpost.example'),
     subject='Willkommen! Deine Hausrat go Wohnen ist aktiv 🏠',
     date=D(1, 8, 12, 0), mailer='Auenwald Dokumentenservice 6.2',
     html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Deine Vertragsbestätigung</title></head>
<body style="font-family:Arial,sans-serif;color:#1d3b2a;max-width:620px">
<h2>Hallo Leon, willkommen bei auenwald go! 🏠</h2>
<p>Deine Hausratversicherung für die erste eigene Wohnung ist ab sofort aktiv. Hier alles auf einen Blick:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td><b>Versicherungsnehmer</b></td><td>Leon Hartmann, geb. 27.02.2003</td></tr>
<tr><td><b>Versicherungsort</b></td><td>Knooper Weg 52, 24118 Kiel (WG, 2. OG links)</td></tr>
<tr><td><b>Vertrag</b></td><td>HR-5523017, Tarif go Wohnen</td></tr>
<tr><td><b>Beginn</b></td><td>01.01.2026, 00:00 Uhr</td></tr>
<tr><td><b>Versicherungssumme</b></td><td>15.000 €</td></tr>
<tr><td><b>Bausteine</b></td><td>Fahrraddiebstahl bis 1.500 €, Überspannung, Elementar: nein</td></tr>
<tr><td><b>Beitrag</b></td><td>6,40 € monatlich per Lastschrift</td></tr>
<tr><td><b>Konto</b></td><td>""" + IB['leon'][:4] + ' •••• •••• •••• ••' + IB['leon'][-4:-2] + ' ' + IB['leon'][-2:] + """</td></tr>
</table>
<p>Deinen Versicherungsschein findest du im Postfach der App. Schaden? Einfach in der App melden – rund um die Uhr.</p>
<p>Viele Grüße<br>Dein auenwald go Team</p>
<p style="font-size:11px;color:#777">auenwald go – ein Angebot der Auenwald Versicherung AG, Fördeplatz 7, 24103 Kiel.
Diese E-Mail kann vertrauliche Informationen enthalten.</p>
</body></html>
""")

# 79
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'chat reply to a trainee with an ACL rupture: hospital daily allowance, surgery date, chat quote',
     frm=who('lea'), to=addr('Vincent Roth', 'vincent.roth@funkmail.example'),
     subject='Dein Krankenhaustagegeld nach der Kreuzband-OP',
     date=D(3, 20, 17, 25),
     body="""Hi Vincent,

wie versprochen die Antwort auf deine Frage aus dem Chat von heute Nachmittag:

> du: hab mir beim handball das kreuzband gerissen 😩 OP ist am 30.3. im klinikum holtenau,
> wahrscheinlich 2-3 nächte. krieg ich da was aus meinem krankenhaustagegeld? bin azubi und
> krieg ja weiter gehalt, aber trotzdem 😅

Ja! Dein Krankenhaustagegeld (Vertrag KT-go-5501-3378) zahlt dir 30 € für jeden Tag im
Krankenhaus, und zwar unabhängig davon, ob du weiter Gehalt bekommst. Bei 3 Nächten sind das
also 90 € – Aufnahme- und Entlassungstag zählen beide mit.

Was du nach der Entlassung tun musst: Lad einfach die Aufenthaltsbescheinigung des
Klinikums in der App hoch (bekommst du an der Pforte oder mit dem Entlassbrief). Den
Entlassbrief selbst brauchen wir nicht.

Für die Reha danach zahlt das Tagegeld übrigens nicht – nur für die Tage im Krankenhaus.

Gute Besserung und viel Erfolg bei der OP! 💪
Lea
""" + sig('lea'))

# 80
mail('NORMAL', 'de', 'insurer-to-partner',
     'trap: cooperation contract draft with the student union mentioning students with disabilities and chronic illness in general',
     frm=who('nele'), to=addr('Dr. Ingo Schack', 'i.schack@stw-foerde.example'),
     cc=addr('Rechtsabteilung', 'recht@' + DOM),
     subject='Kooperationsvereinbarung 2026/27 – unsere Anmerkungen',
     date=D(5, 15, 15, 55),
     atts=[A('Kooperationsvereinbarung_STW_Auenwald_Entwurf_v3.docx', docx([
         ('h', 'Kooperationsvereinbarung zwischen dem Studierendenwerk Förde und der Auenwald Versicherung AG'),
         ('h', '§ 1 Gegenstand'),
         'Die Parteien arbeiten bei der Information von Studierenden über Versicherungsschutz zusammen '
         '(Krankenversicherung, Haftpflicht, Hausrat, Auslandsaufenthalte).',
         ('h', '§ 2 Leistungen der Auenwald Versicherung AG'),
         'Infoveranstaltungen (mindestens 4 pro Jahr, davon 2 in englischer Sprache), Infomaterial, '
         'Sponsoring des Ersti-Frühstücks. Barrierefreie Materialien für Studierende mit Behinderung oder '
         'chronischer Erkrankung werden in Abstimmung mit der Beratungsstelle „Studieren mit Beeinträchtigung" erstellt.',
         ('h', '§ 3 Datenschutz'),
         'Das Studierendenwerk übermittelt keine personenbezogenen Daten von Studierenden an die Auenwald '
         'Versicherung AG. Kontaktaufnahmen erfolgen ausschließlich auf Initiative der Studierenden.',
         ('h', '§ 4 Vergütung'),
         ('table', [['Leistung', 'Betrag p. a.'], ['Sponsoring Ersti-Frühstück', '4.500 EUR'],
                    ['Infoveranstaltungen', 'unentgeltlich'], ['Druckkosten Materialien', 'trägt Auenwald']]),
         ('h', '§ 5 Laufzeit'),
         '01.10.2026 bis 30.09.2027, Verlängerung um ein Jahr, wenn keine Partei bis 30.06. kündigt.',
     ], title='Kooperationsvereinbarung Entwurf v3'))],
     body="""Sehr geehrter Herr Dr. Schack,

anbei der Entwurf in Version 3 mit unseren Änderungen im Änderungsmodus – bzw. da unser
Export den Modus leider verliert: Geändert haben wir § 2 (barrierefreie Materialien, auf
Anregung Ihrer Beratungsstelle) und § 3 (ausdrücklicher Ausschluss jeder Datenübermittlung).

§ 4 ist unverändert. Wenn Sie einverstanden sind, lassen wir die Vereinbarung bis Ende Juni
unterzeichnen.

Viele Grüße
Nele Janssen
""" + sig('nele', foot=True))

# 81
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'liability claim of a Spanish student who hit a parked car with his bike: third-party plate, claim number, Outlook quote',
     frm=who('benedikt'), to=addr('Mateo García', 'mateo.garcia@stud.uni-foerde.example'),
     subject='RE: I scratched a car with my bicycle',
     date=D(4, 13, 14, 27),
     body="""Dear Mr García,

thank you for reporting this so honestly – that's exactly right.

Your personal liability insurance (policy PH-go-9012-3358) covers the damage. I have
contacted the owner of the car, Mrs Ilse Carstens (VW Up, KI-IC 311), and asked her for a
repair quote. You don't need to do anything else; she will hear from us directly.

Claim number: HS-26-02711

Kind regards,
Benedikt Sauer

________________________________
From: Mateo García <mateo.garcia@stud.uni-foerde.example>
Sent: Sunday, April 12, 2026 19:16
To: service@auenwald-versicherung.example
Subject: I scratched a car with my bicycle

Hello,
today on Holtenauer Straße I lost balance with my bike and my handlebar scratched a
parked white VW Up, plate KI-IC 311, along the passenger door. I left a note with my
phone number and the owner called me. She was nice but the scratch is long. I live at
Hasseldieksdammer Weg 12, 24114 Kiel. What should I do?

Mateo
""" + sig('benedikt', 'en'))

# 82
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'annual pension statement of a young customer (life line): contributions, fund value, beneficiary only in PDF',
     frm=addr('Auenwald Lebensversicherung', 'service-leben@' + DOM),
     to=addr('Sarah Pohl', 'sarah.pohl@netzpost.example'),
     subject='Deine jährliche Standmitteilung 2025 ist da',
     date=D(2, 13, 7, 0), mailer='Auenwald Dokumentenservice 6.2',
     atts=[A('Standmitteilung_2025_LV-R-2021-118830.pdf', pdf("""# Auenwald Lebensversicherung AG
# Standmitteilung zum 31.12.2025

Versicherungsnehmerin und versicherte Person: Sarah Pohl, geb. 05.05.1999
Anschrift: Sophienblatt 81, 24114 Kiel
Vertrag: LV-R-2021-118830, go Rente Invest (fondsgebundene Rentenversicherung)
Vertragsbeginn: 01.09.2021, Rentenbeginn: 01.09.2066

Gezahlte Beiträge 2025:             1.200,00 EUR (100 EUR monatlich)
Gezahlte Beiträge gesamt:           5.200,00 EUR
Fondsguthaben zum 31.12.2025:       6.011,47 EUR
Garantiertes Rentenkapital:         0,00 EUR (keine Beitragsgarantie vereinbart)
Mögliche Monatsrente (6 % p.a.):    1.184 EUR (nicht garantiert)
Kosten 2025:                        62,18 EUR

Bezugsrecht im Todesfall vor Rentenbeginn: Jan Pohl (Bruder), geb. 11.11.2001
Todesfallleistung: Fondsguthaben, mindestens Beitragssumme
""", title='Standmitteilung 2025'))],
     body="""Hi Sarah,

deine Standmitteilung für 2025 liegt im Anhang und natürlich auch im Postfach der App.

Kurz zusammengefasst: Dein Guthaben ist 2025 ordentlich gewachsen. Wenn du deinen Beitrag
nach dem Berufseinstieg erhöhen möchtest, geht das in der App unter „Meine Verträge" in zwei
Klicks.

Viele Grüße
Dein auenwald go Team
""" + '\n' + FOOT_GO)

# 83
mail('NORMAL', 'de', 'internal',
     'trap: call for a trainee project on insurance for first-year students (Krankenversicherung, Haftpflicht), no persons',
     frm=who('ayse'), to=['azubis-alle@' + DOM],
     subject='Azubi-Projekt 2026: „Versicherungen für Erstis" – wer macht mit?',
     date=D(1, 19, 13, 27),
     body="""Hallo zusammen,

Marketing hat uns gefragt, ob wir Azubis und dual Studierenden ein Projekt übernehmen:
Ihr entwickelt Inhalte für Erstsemester – ehrlich, verständlich, ohne Verkaufsdruck.

Mögliche Themen:
- Krankenversicherung im Studium: gesetzlich, privat, Familienversicherung bis 25
- Haftpflicht: Warum die 4 € im Monat die wichtigsten sind
- Erste eigene Wohnung: Hausrat, Kaution, Strom – die Checkliste
- Auslandssemester: was passiert, wenn man im Ausland krank wird
- Erstes Auto: Zweitwagenregelung, Telematik, warum der Beitrag so hoch ist

Format: Insta-Karussells, ein 60-Sekunden-Video und ein Vortrag für die Ersti-Woche.
Zeitaufwand: ca. 4 Stunden pro Woche von März bis Juni, wird als Ausbildungszeit
anerkannt.

Meldet euch bis 30.01. bei mir – gern auch als Team. 🙌

Ayşe
""" + sig('ayse', short=True))

# 84
mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'insurance of an imported car with Swedish plates: VIN, owner, new address; German with Swedish-English',
     frm=who('jonas'), to=addr('Nora Lindqvist', 'nora.lindqvist@hotpost.example'),
     subject='Ummeldung deines Volvo aus Schweden / re-registration of your Volvo',
     date=D(5, 6, 10, 5),
     body="""Hej Nora,

du hattest geschrieben, dass dein Deutsch „okay, aber nicht für Behördenkram" ist – deshalb
schreibe ich beides.

DEUTSCH
Für die Zulassung deines Volvo V40 (schwedisches Kennzeichen NRA 48K, FIN
YV1MV2251G2330912) in Deutschland brauchst du eine eVB von uns. Die Nummer lautet
K2R8W4T. Versicherungsnehmerin: Nora Lindqvist, Wilhelminenstraße 22, 24103 Kiel.
Deine schadenfreien Jahre bei deinem schwedischen Versicherer (7 Jahre) erkennen wir an, wenn du uns die
Bescheinigung (skadefrihetsintyg) schickst – dann SF 7.

ENGLISH
For registering your Volvo V40 (Swedish plate NRA 48K) in Germany you need our eVB number:
K2R8W4T. Take it to the registration office with the Swedish registration certificate, the
TÜV report and your passport. Please send us the no-claims certificate from your Swedish
insurer; we will then place you in no-claims class 7.

Ha det bra!
Jonas
""" + sig('jonas', 'de'))

# 85
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
     'facultative reinsurance request for a named life applicant with hypertension and type 2 diabetes E11.9',
     frm=who('marc'), to=addr('Life Facultative Desk', 'fac.life@northgate-re.example'),
     subject='Fac request – term life EUR 2.5m – Dr Felix Amsel, male, 41',
     date=D(2, 5, 16, 48),
     body="""Dear colleagues,

we request facultative capacity above our retention of EUR 750,000 for the following case:

Life assured:   Dr Felix Amsel, male, born 17/09/1984, dentist (self-employed), non-smoker
Product:        level term, EUR 2,500,000, term 20 years (practice loan)
Our ref.:       LV-A-26-00988

Medical:
* Arterial hypertension since 2019, on ramipril 10 mg + amlodipine 5 mg, readings in the
  last 3 months 132-138 / 84-88 mmHg
* Type 2 diabetes (E11.9) diagnosed 2023, metformin 1000 mg bid, HbA1c 6.6 % (Jan 2026)
* BMI 29.8, lipids under atorvastatin 20 mg (LDL 98 mg/dl)
* ECG at rest and exercise ECG (Jan 2026) unremarkable, no retinopathy, eGFR 94

Our own assessment: +75 % extra mortality. Financial underwriting complete (practice
turnover EUR 1.1m, loan documentation on file).

Medical evidence (GP report, lab, ECGs) will be sent via the secure portal – not by e-mail.

Kind regards,
Marc Delacroix
""" + sig('marc', 'en', foot=True))

# 86
mail('NORMAL', 'de', 'insurer-to-customer',
     'grey: prize notification of a freshers\' raffle to a named student with shipping question; no insurance data',
     frm=who('nele'), to=addr('Tarek Haddad', 'tarek.haddad@stud.uni-foerde.example'),
     subject='Du hast gewonnen! 🎉 Ersti-Gewinnspiel auenwald go',
     date=D(4, 14, 11, 32),
     body="""Hi Tarek,

Glückwunsch – du hast beim Ersti-Gewinnspiel am Stand in der Mensa eine JBL-Bluetooth-Box
gewonnen! 🎉🔊

Damit wir sie dir schicken können, antworte bitte bis 28.04. auf diese Mail mit der
Adresse, an die das Paket gehen soll. Alternativ kannst du die Box auch bei uns am
Fördeplatz 7 abholen (Empfang, Mo–Fr 8–18 Uhr, Ausweis mitbringen).

Kleingedrucktes: Deine Adresse nutzen wir nur für den Versand und löschen sie danach. Eine
Versicherung musst du dafür natürlich nicht abschließen.

Viel Spaß damit!
Nele vom auenwald go Team
""" + sig('nele', short=True))

# 87
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'premium arrears reminder for a young driver\'s motor policy: amount, IBAN, consequences; iso-8859-1 QP',
     frm=addr('Auenwald Beitragsservice', 'beitragsservice@' + DOM),
     to=addr('Kevin Meißner', 'kevin.meissner@funkmail.example'),
     subject='Zahlungserinnerung – Kfz-Versicherung KF-2477-0192',
     date=D(6, 5, 6, 45), charset='iso-8859-1', cte='quoted-printable', mailer='Auenwald Inkasso 3.3',
     body="""Sehr geehrter Herr Meißner,

leider konnten wir die folgenden Beiträge für Ihre Kfz-Versicherung (Fahrzeug KI-KM 2004,
Ford Fiesta) nicht einziehen:

    Beitrag April 2026        71,15 EUR
    Beitrag Mai 2026          71,15 EUR
    Rücklastschriftgebühr      3,00 EUR
    Rückstand gesamt         145,30 EUR

Bitte überweisen Sie den Betrag bis zum 19.06.2026 auf unser Konto
IBAN %s, Verwendungszweck KF-2477-0192.

Die Lastschrift wurde von Ihrer Bank mit dem Grund "Konto erloschen" zurückgegeben
(Konto %s). Bitte teilen Sie uns Ihre neue Bankverbindung mit.

Bleibt die Zahlung aus, sind wir nach § 38 VVG berechtigt, den Vertrag zu kündigen; die
Zulassungsstelle wird dann informiert. Wenn Sie gerade knapp bei Kasse sind: Melden Sie
sich bei uns, eine Ratenzahlung ist möglich.

Mit freundlichen Grüßen
Beitragsservice
""" % (grp(IB['auenwald_own']), IB['kevin_mahn']) + '\n' + FOOT_DE)

# 88
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'attachment-only: BU health questionnaire answers of a trainee (asthma, ADHD medication) in an ODS sheet',
     frm=who('fatma'), to=addr('Risikoprüfung Team 2', 'risikopruefung-2@' + DOM),
     subject='Antrag LV-A-26-02214 – Gesundheitsangaben zur Zweitprüfung',
     date=D(3, 19, 11, 7),
     atts=[A('LV-A-26-02214_Gesundheitsfragen.ods', ods([
         ('Gesundheitsfragen', [
             ['Frage', 'Antwort', 'Details'],
             ['Antragsteller', 'Tim Reuter, geb. 30.01.2006', 'Azubi Fachinformatiker, 1. Lehrjahr'],
             ['1 Behandlungen letzte 3 Jahre ambulant', 'ja', 'Asthma bronchiale seit Kindheit, Salbutamol bei Bedarf, 2-3x/Monat'],
             ['2 Stationär letzte 5 Jahre', 'nein', ''],
             ['3 Psychische Erkrankungen letzte 5 Jahre', 'ja', 'ADHS, Diagnose 2016, Methylphenidat 20 mg bis 2024, seitdem ohne Medikation'],
             ['4 Arbeitsunfähigkeit > 2 Wochen', 'nein', ''],
             ['5 Körpergröße / Gewicht', '1,84 m / 71 kg', ''],
             ['Vorschlag Erstprüfung', 'Annahme normal', 'Asthma mild, ADHS ohne Therapie seit > 1 Jahr'],
         ]),
     ]))],
     body="""Hi,

bitte Zweitprüfung für den Antrag im Anhang (Vier-Augen-Prinzip wegen Frage 3). Meine
Einschätzung steht in der letzten Zeile.

Danke & Gruß
Fatma
""" + sig('fatma', short=True))

# 89
mail('NORMAL', 'en', 'insurer-to-supplier',
     'trap: penetration test findings on the app (session tokens, IBAN field, health upload endpoint), no personal data',
     frm=who('sven'), to=[addr('Dana Whitfield', 'dana.whitfield@brightloop.example'),
                          addr('Security Team', 'security@brightloop.example')],
     subject='Pentest Q2 – findings and fix deadlines',
     date=D(6, 3, 17, 10),
     body="""Hi Dana, hi security team,

the external pentest of the app and API (NordSec, 18-29 May) is done. Summary of findings
relevant to you – the full report is in the shared vault, not attached here:

HIGH
  PT-01  /api/v3/claims/health/upload accepted files up to 200 MB without content-type
         check. Fix: limit 25 MB, allow-list PDF/JPEG/PNG/HEIC. Deadline: 17 June.
MEDIUM
  PT-02  Session tokens not invalidated on password change (other devices stay logged in).
         Deadline: 30 June.
  PT-03  IBAN field in the SEPA mandate screen reflected unescaped in an error message
         (self-XSS only). Deadline: 30 June.
LOW
  PT-04  Verbose stack trace on 500 errors in the staging API.
  PT-05  Missing rate limit on the "resend code" endpoint.

No customer data was accessed during the test – the testers used the fixture accounts.

Please confirm the deadlines by Friday.

Thanks,
Sven
""" + sig('sven', 'en', foot=True))

# 90
mail('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'legal-expenses cover for a young tenant\'s rent reduction over mould (no health stated): names, address, case number',
     frm=who('julia'), to=addr('RAin Dr. Paulina Reetz', 'reetz@mietrecht-reetz.example'),
     subject='Ihre Mandantin Jana Ebert – Deckungsschutz Mietminderung, RS-26-003390',
     date=D(5, 18, 10, 10),
     body="""Sehr geehrte Frau Dr. Reetz,

wir bestätigen Deckungsschutz für Ihre Mandantin, Frau Jana Ebert, aus deren
Mieter-Rechtsschutz (Vertrag RS-go-3105-1187) für die außergerichtliche Vertretung in der
Angelegenheit:

   Mietsache:   Ringstraße 64, 1. OG, 24114 Kiel (1-Zimmer-Wohnung, Mietbeginn 01.10.2025)
   Vermieterin: Wohnbau Förde Verwaltungs GmbH
   Gegenstand:  Mietminderung wegen Schimmelbildung im Schlafbereich seit 12/2025,
                Forderung auf Mängelbeseitigung

Die Gegenstandswerte entnehmen wir Ihrem Schreiben (Minderung 20 % von 480 € für
6 Monate, Mängelbeseitigung 3.000 €). Für ein Sachverständigengutachten zur
Schimmelursache bitten wir vorab um Abstimmung.

Mit freundlichen Grüßen
Julia Kranz
""" + sig('julia', foot=True))

# 91
mail('STRICTLY_CONFIDENTIAL', 'en', 'customer',
     'customer e-mail forwarded to claims: student\'s dermatologist invoice for severe acne and isotretinoin, lab tests',
     frm=who('lea'), to=addr('Leistung Kranken', 'leistung-kranken@' + DOM),
     subject='FW: question about my dermatologist invoice',
     date=D(4, 23, 9, 48),
     body="""Hi colleagues, please take this one over (customer wrote to the general service
address, English-speaking). Policy KV-8102-4471. – Lea

-----Original Message-----
From: Hamid Rahimi <hamid.rahimi@stud.uni-foerde.example>
Sent: Wednesday, 22 April 2026 23:10
To: service@auenwald-versicherung.example
Subject: question about my dermatologist invoice

Hello,

I got an invoice from Dr. Hennings (dermatology, Kiel) for EUR 286.40. I have very bad
acne on my face and back for 2 years now and she started me on isotretinoin 20 mg. Because
of the medication I need blood tests every month (liver values and lipids), which are on
the invoice too. The pharmacy charged another EUR 64.90.

Is this covered by my student tariff? My friend said acne treatment is "cosmetic" and not
paid, but for me it is really not cosmetic, I have scars and it hurts.

I uploaded both receipts in the app. Thank you!
Hamid Rahimi
""" + sig('lea', 'en', short=True))

# 92
mail('NORMAL', 'de', 'internal',
     'trap: maintenance window notice for app, portal and chat (uploads of invoices paused), no persons',
     frm=addr('IT-Betrieb', 'it-betrieb@' + DOM), to=['alle@' + DOM],
     subject='Wartungsfenster Sa 16.05., 22:00–02:00 Uhr – App, Portal, Chat',
     date=D(5, 12, 15, 0), mailer='Auenwald ServiceDesk 11.3',
     body="""Liebe Kolleginnen und Kollegen,

am Samstag, 16.05.2026, von 22:00 bis ca. 02:00 Uhr aktualisieren wir die Datenbanken
der Kundenplattform.

Betroffen:
- Auenwald App: Anmeldung möglich, aber keine Uploads (Arztrechnungen, Schadenfotos,
  Krankmeldungen). Die App zeigt einen Hinweis.
- Kundenportal und SecureMail-Postfach: nicht erreichbar
- Chat: Ava antwortet, Übergabe an Mitarbeitende nicht möglich
- Notfall-Hotline Reise und Kfz-Schadenhotline: laufen normal weiter

Bitte weist Kundinnen und Kunden, die am Freitag oder Samstag nach Uploads fragen, auf
das Wartungsfenster hin.

Danke!
Euer IT-Betrieb
""")

# 93
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'collision-damage settlement of a trainee\'s car with repair costs and payout IBAN (PDF + body)',
     frm=who('jonas'), to=addr('Emre Aydın', 'emre.aydin@funkmail.example'),
     subject='Abrechnung Vollkasko – KS-26-011503',
     date=D(3, 5, 14, 17),
     atts=[A('Abrechnung_Vollkasko_KS-26-011503.pdf', pdf("""# Auenwald Versicherung AG – Kraftfahrt-Schaden
Herrn Emre Aydın, Iltisstraße 40, 24143 Kiel
Schaden KS-26-011503 | Vertrag KF-2380-5516 | Fahrzeug Seat Ibiza KI-EA 712

# Abrechnung Vollkasko
Reparaturkosten laut Gutachten Lüttjohann (netto)      2.611,40 EUR
Mehrwertsteuer (Rechnung liegt vor)                      496,17 EUR
Wertminderung                                              0,00 EUR
Abzüglich Selbstbeteiligung                             -300,00 EUR
Auszahlung an Kfz-Meisterbetrieb Rasch (Abtretung)     2.807,57 EUR

Rückstufung ab 01.01.2027: Haftpflicht SF 1 -> SF 0, Vollkasko SF 1 -> SF 0
Rückkauf möglich bis 05.09.2026 (Haftpflicht 3.184,22 EUR, Kasko 2.807,57 EUR)
""", title='Abrechnung Vollkasko'))],
     body="""Hey Emre,

dein Ibiza ist fertig, die Werkstatt hat uns die Rechnung geschickt. Die Abrechnung hängt an.

Die 300 € Selbstbeteiligung zahlst du direkt bei Rasch, den Rest überweisen wir der
Werkstatt. Den Nutzungsausfall für die 4 Tage ohne Auto (kein Leihwagen) zahlen wir dir
mit 4 x 23 € = 92 € auf dein Konto %s.

Zur Rückstufung: Lohnt sich der Rückkauf? Ehrlich gesagt bei den Beträgen eher nicht – aber
rechne es in der App unter „Schaden zurückkaufen" mal durch.

Viele Grüße
Jonas
""" % grp(IB['emre']) + sig('jonas'))

# 94
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
     'subject names patient and surgery; body: DRG invoice audit of an ACL reconstruction (OPS code, length of stay)',
     frm=who('ostertag'), to=addr('Klinikum Holtenau – Patientenabrechnung', 'abrechnung@klinikum-holtenau.example'),
     subject='Rechnung 2026-118803 – Vincent Roth – Kreuzbandplastik 30.03.2026',
     date=D(4, 20, 13, 50),
     body="""Sehr geehrte Damen und Herren,

zu Ihrer Rechnung vom 08.04.2026 bitten wir um Prüfung folgender Punkte:

1. Abgerechnet ist die DRG I30C mit 4 Belegungstagen (30.03.–02.04.). Laut
   Aufenthaltsbescheinigung wurde der Patient am 01.04. entlassen. Bitte korrigieren Sie die
   Verweildauer.
2. Der Wahlleistungszuschlag Einbettzimmer (3 x 98,00 €) ist vom Tarif nicht umfasst;
   der Patient ist über uns nur mit Krankenhaustagegeld versichert, die allgemeinen
   Krankenhausleistungen trägt seine gesetzliche Krankenkasse. Die Rechnung
   ist daher an den Patienten bzw. die Kasse zu richten, nicht an uns.
3. OPS 5-813.4 (Plastik vorderes Kreuzband mit autogener Sehne) ist plausibel.

Wir senden die Rechnung zu unserer Entlastung zurück.

Mit freundlichen Grüßen
Dr. med. Miriam Ostertag
""" + sig('ostertag', foot=True))

# 95
mail('NORMAL', 'mixed', 'internal',
     'trap: TikTok campaign planning for Mental Health Awareness Week with emojis; influencer is a paid creator, no patient',
     frm=who('nele'), to=who('emily'), cc=who('lea'),
     subject='TikTok series for Mental Health Awareness Week – quick sync? 🧠💚',
     date=D(4, 29, 12, 20),
     body="""Hi Emily,

Agentur hat die Skripte für die TikTok-Serie geschickt. Overview:

Video 1 – "Prüfungsstress vs. Angststörung: where's the line?" 🧠
  Creator: @lotta.studiert (paid partnership, labelled as ad)
  Expert: Dipl.-Psych. from the Studierendenwerk counselling service
Video 2 – "Was zahlt meine Krankenversicherung bei Psychotherapie?" 💬
  Facts only, no tariff advertising, link to our FAQ
Video 3 – "How to support a friend who's not okay" 💚
  Ends with the Telefonseelsorge number

Two questions for you:
1. Can Ava handle a spike of "psychotherapy_coverage" chats that week? I'd guess +300 %.
2. Should the chat show the crisis hotline proactively when someone comes from the
   TikTok link? I think yes, but only if it doesn't feel creepy 😬

Lotta only moderates – all the content about symptoms comes from the expert, so nobody
on camera talks about their own health.

Können wir Do 14 Uhr kurz callen?
Nele
""" + sig('nele', 'en', short=True))

# 96
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'confirmation of a new SEPA mandate: old and new IBAN of an international student',
     frm=addr('Auenwald Versicherung – Beitragsservice', 'beitragsservice@' + DOM),
     to=addr('Aisha Bello', 'aisha.bello@hotpost.example'),
     subject='New direct debit mandate confirmed',
     date=D(5, 9, 10, 0),
     body="""Dear Ms Bello,

thank you – we have received your new SEPA direct debit mandate via the app.

  Mandate reference:  AW-HP-7710-3342-02
  New account:        %s (Aisha Bello)
  Replaces:           %s
  Creditor ID:        DE98ZZZ09999999999

We will collect the outstanding EUR 14.90 together with the June premium (EUR 11.90) on
1 June 2026.

Kind regards
Premium Service
Auenwald Versicherung AG
""" % (grp(IB['aisha_new']), grp(IB['aisha_old'])) + '\n' + FOOT_EN)

# 97
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'underwriting decision with medical extra premium for raised blood pressure and BMI; DOCX letter and short body',
     frm=who('fatma'), to=addr('Mei Chen', 'mei.chen@hotpost.example'),
     subject='Decision on your term life application LV-A-26-03355',
     date=D(6, 1, 11, 22),
     atts=[A('Decision_LV-A-26-03355.docx', docx([
         ('h', 'Auenwald Lebensversicherung AG – Underwriting'),
         'Mrs Mei Chen, Niemannsweg 102, 24105 Kiel',
         ('h', 'Term life application LV-A-26-03355'),
         'Dear Mrs Chen,',
         'thank you for sending the blood pressure log and the laboratory results from Dr. Harms. The average '
         'of your 7-day log was 142/91 mmHg; HbA1c 5.6 %, lipids within normal limits.',
         'Because of the elevated blood pressure (currently untreated) and a BMI of 31, we can offer cover '
         'with an extra premium:',
         ('table', [['Sum insured', 'EUR 280,000'], ['Term', '25 years'], ['Standard premium', 'EUR 14.20 / month'],
                    ['Medical extra premium', '+50 % = EUR 7.10 / month'], ['Total', 'EUR 21.30 / month'],
                    ['Review', 'extra premium can be reviewed after 2 years with normal readings']]),
         'Kind regards, Fatma Yıldız',
     ], title='Underwriting decision'))],
     body="""Dear Mrs Chen,

our decision on your application is attached. If you accept the offer, please sign it in
the app; your cover can then start together with your husband's policy on 1 July.

Kind regards,
Fatma Yıldız
""" + sig('fatma', 'en'))

# 98
mail('NORMAL', 'de', 'insurer-to-broker',
     'trap: product sheet for brokers on the trainee start package with health questions and sample ages, no customer',
     frm=who('tobias'), to=['makler-nord@news.' + DOM],
     subject='Neu: go Start-Paket für Azubis – Produktblatt & Courtage',
     date=D(1, 26, 10, 0),
     atts=[A('Produktblatt_go_Start-Paket_2026.pdf', pdf("""# go Start-Paket für Auszubildende und Studierende
Auenwald Versicherung AG – nur für Vermittler, nicht zur Weitergabe an Kunden

# Bausteine
- Privathaftpflicht (10 Mio. EUR), Hausrat bis 15.000 EUR, Fahrrad bis 1.500 EUR
- Berufsunfähigkeit bis 1.500 EUR Rente, vereinfachte Gesundheitsprüfung (5 Fragen)
- optional: Zahn 80, Auslandsreise-Krankenversicherung, Unfall mit Gipsgeld

# Gesundheitsfragen BU (Kurzform)
1. Ambulante Behandlungen in den letzten 3 Jahren?
2. Stationäre Behandlungen in den letzten 5 Jahren?
3. Psychotherapie oder psychische Erkrankungen in den letzten 5 Jahren?
4. Arbeitsunfähigkeit über 2 Wochen in den letzten 3 Jahren?
5. Größe und Gewicht

# Musterbeiträge (monatlich, alle Bausteine außer optionalen)
Alter 17, Azubi Mechatroniker/in:   39,80 EUR
Alter 20, Studium BWL:               27,40 EUR
Alter 23, Azubi Pflegefachkraft:     48,90 EUR

# Courtage
Sach/HUK 20 %, BU 35 Promille der Beitragssumme, Stornohaftung 60 Monate
""", title='Produktblatt go Start-Paket'))],
     body="""Liebe Maklerpartnerinnen und Maklerpartner,

ab 01.02.2026 gibt es das go Start-Paket – alle wichtigen Absicherungen für Azubis und
Studierende in einem Antrag, mit vereinfachter Gesundheitsprüfung für die BU.

Das Produktblatt mit Musterbeiträgen und Courtagesätzen hängt an. Anträge können Sie ab
sofort im Maklerportal stellen; Vorabanfragen zur Risikoprüfung gern anonymisiert (Alter,
Beruf, Diagnose) an risikopruefung@auenwald-versicherung.example.

Viele Grüße
Tobias Reimers
""" + sig('tobias', foot=True))

# 99
mail('CONFIDENTIAL', 'de', 'customer',
     'app chat of a young driver about a parking bump forwarded to motor claims: plates, contract, third-party name',
     frm=who('lea'), to=addr('Kfz-Schaden', 'kfz-schaden@' + DOM),
     subject='Chat CH-2026-061004 – Parkrempler Mia Schröder, bitte übernehmen',
     date=D(6, 22, 16, 36),
     body="""Hallo Kfz-Team,

Kundin: Mia Schröder, Vertrag KF-2240-1876, VW Polo KI-MS 219
Gegner: Audi A4, KI-RW 1560, Halter laut Kundin Rüdiger Wendt (Zettel hinterlassen)

[15:58] Mia: hallooo 🙈 ich bin beim ausparken beim edeka gegen nen audi gerollt
[15:58] Ava: Ist jemand verletzt?
[15:59] Mia: nee nee alles gut, nur die stoßstange vom audi hat ne delle und mein
        kennzeichen ist verbogen 😅
[16:01] Mia: der besitzer war nicht da, ich hab nen zettel mit meiner nummer hinter den
        scheibenwischer gemacht. jetzt hat er angerufen, heißt rüdiger wendt
[16:02] Lea: Super gemacht, Mia! Das war genau richtig. Ich gebe den Fall an die
        Schadenkollegen, die melden sich bei dir und bei Herrn Wendt.
[16:03] Mia: wird das jetzt teuer für mich? 😬
[16:04] Lea: Das klären die Kollegen mit dir – bei kleinen Schäden kann sich der Rückkauf
        lohnen.

Fotos hängen im Tikcet. Danke!
Lea
""" + sig('lea', short=True))

# 100
mail('NORMAL', 'en', 'internal',
     'trap: logistics for the reinsurance treaty renewal meeting (ICS); mentions life/health treaties only by name',
     frm=who('marc'), to=['reinsurance-team@' + DOM, addr('Helen Strand', 'h.strand@northgate-re.example')],
     subject='Treaty renewal 1/7 – meeting in Kiel, 9 June',
     date=D(5, 11, 11, 11),
     atts=[A_ics('treaty_renewal_2026-06-09.ics',
                 ics('renewal-2026-06-09@' + DOM, 'Treaty renewal 1/7 – Auenwald / Northgate Re',
                     '20260609T100000', '20260609T160000', 'Fördeplatz 7, Kiel, board room',
                     'Agenda: motor XL, property cat, life & health quota share, BU surplus treaty. Lunch included.',
                     ('Marc Delacroix', 'marc.delacroix@' + DOM)))],
     body="""Hi all,

confirming our renewal meeting:

  Tuesday 9 June, 10:00-16:00, Kiel, board room (6th floor)

Agenda:
  10:00  Motor XL – young driver experience, telematics
  11:30  Property cat – storm "Yara" loss update
  13:00  Lunch
  14:00  Life & health quota share, BU surplus treaty
  15:30  Wrap-up

Helen, your team's hotel is booked at the Hotel Förde Blick (3 rooms, 8-9 June). A taxi
will pick you up at 9:30.

Calendar invite attached.

Marc
""" + sig('marc', 'en'))


# ======================================================================================
# MAILS 101-125
# ======================================================================================

# 101
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'death benefit of a life policy to the widow: deceased named, cause of death from the death certificate, payout',
     frm=addr('Auenwald Lebensversicherung – Leistung', 'leistung-leben@' + DOM),
     to=addr('Ingrid Sörensen', 'ingrid.soerensen@t-netzpost.example'),
     subject='Unser herzliches Beileid – Todesfallleistung LV-2004-117420',
     date=D(1, 30, 10, 40),
     body="""Sehr geehrte Frau Sörensen,

zum Tod Ihres Mannes, Herrn Uwe Sörensen, sprechen wir Ihnen unser aufrichtiges Beileid aus.

Sie haben uns die Sterbeurkunde und die ärztliche Todesbescheinigung übersandt; vielen Dank,
dass Sie sich in dieser schweren Zeit darum gekümmert haben. Laut Bescheinigung ist Ihr Mann
am 04.01.2026 im Städtischen Klinikum Holtenau an den Folgen eines Pankreaskarzinoms
verstorben. Da der Vertrag seit mehr als drei Jahren besteht, ist eine weitere Prüfung nicht
erforderlich.

Aus der Risikolebensversicherung LV-2004-117420 (versicherte Person Uwe Sörensen,
geb. 14.02.1956; Bezugsberechtigte: Ingrid Sörensen) zahlen wir:

    Versicherungssumme                       75.000,00 €
    Überschussbeteiligung                     2.318,40 €
    Auszahlung                               77.318,40 €

Die Überweisung erfolgt in den nächsten Tagen auf Ihr Konto
IBAN %s.

Wenn Sie Fragen haben, rufen Sie mich gern direkt an: 0431 5570-4230.

Mit freundlichen Grüßen und in stillem Gedenken
Susanne Lorenz
Leistung Leben
""" % grp(IB['ingrid']) + '\n' + FOOT_DE)

# 102
AKT_TXT = """Auenwald aktuell – Frühling 2026

Liebe Kundinnen und Kunden,

* Fahrrad-Check: Vor der ersten Tour Bremsen, Licht und Reifendruck prüfen. Und: Ein
  gutes Schloss ist die halbe Miete – viele Hausrat-Tarife verlangen ein Bügel- oder
  Faltschloss ab 50 Euro.
* Zeckenzeit: Wer in Risikogebieten wandert, sollte mit dem Hausarzt über die FSME-Impfung
  sprechen. Nach einem Zeckenstich die Stelle beobachten; bei Wanderröte zum Arzt.
* Auslandsreise: Die Auslandsreise-Krankenversicherung gilt für Reisen bis 8 Wochen – prüfen
  Sie vor längeren Reisen Ihren Tarif.
* Gewitter und Überspannung: Schäden an Elektrogeräten durch Blitz sind in vielen
  Hausratverträgen mitversichert.

Ihre Auenwald Versicherung
Abmelden: https://news.auenwald-versicherung.example/abmelden
"""

AKT_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Auenwald aktuell</title></head>
<body style="font-family:Georgia,serif">
<h1>Auenwald aktuell – Frühling 2026</h1>
<p>Liebe Kundinnen und Kunden,</p>
<table cellpadding="8" border="0">
<tr><td valign="top"><b>Fahrrad-Check</b></td><td>Vor der ersten Tour Bremsen, Licht und Reifendruck prüfen. Und: Ein gutes Schloss ist die halbe Miete – viele Hausrat-Tarife verlangen ein Bügel- oder Faltschloss ab 50 Euro.</td></tr>
<tr><td valign="top"><b>Zeckenzeit</b></td><td>Wer in Risikogebieten wandert, sollte mit dem Hausarzt über die FSME-Impfung sprechen. Nach einem Zeckenstich die Stelle beobachten; bei Wanderröte zum Arzt.</td></tr>
<tr><td valign="top"><b>Auslandsreise</b></td><td>Die Auslandsreise-Krankenversicherung gilt für Reisen bis 8 Wochen – prüfen Sie vor längeren Reisen Ihren Tarif.</td></tr>
<tr><td valign="top"><b>Gewitter</b></td><td>Schäden an Elektrogeräten durch Blitz sind in vielen Hausratverträgen mitversichert.</td></tr>
</table>
<p>Ihre Auenwald Versicherung</p>
<p><small><a href="https://news.auenwald-versicherung.example/abmelden">Abmelden</a></small></p>
</body></html>
"""

mail('NORMAL', 'de', 'newsletter',
     'trap: customer newsletter on tick bites, FSME vaccination, travel health insurance and bike locks; windows-1252',
     frm=addr('Auenwald aktuell', 'aktuell@news.' + DOM), to='kunden-newsletter@news.' + DOM,
     subject='Auenwald aktuell: Fahrrad-Check, Zeckenzeit und Gewitter',
     date=D(4, 1, 7, 0), charset='windows-1252', cte='quoted-printable', mailer='Auenwald Mailer 8.1',
     hdrs=[('List-Unsubscribe', '<https://news.auenwald-versicherung.example/abmelden>'), ('Precedence', 'bulk')],
     body=AKT_TXT, html=AKT_HTML)

# 103
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'baggage claim of an Italian trainee: flight, airline property irregularity report, items and values, policy number',
     frm=addr('Auenwald Travel Service', 'travel@' + DOM), to=addr('Sofia Rossi', 'sofia.rossi@hotpost.example'),
     subject='Your delayed suitcase – claim RG-26-000512',
     date=D(1, 12, 13, 13),
     body="""Dear Ms Rossi,

welcome back to Kiel, and sorry your suitcase didn't make it with you.

We have registered your baggage claim under your travel policy RS-go-2218-6003:

  Claim number:   RG-26-000512
  Flight:         LH 2311 Munich - Hamburg, 6 January 2026
  Airline PIR:    HAMLH48812
  Status:         suitcase still missing (day 6)

For emergency purchases during the delay (toiletries, clothes for work) we reimburse up to
EUR 300; please upload the receipts in the app. If the suitcase is officially declared lost
after 21 days, we need the airline's final answer and a list of the contents with
approximate values. You mentioned your laptop was in the checked bag – unfortunately
electronics in checked baggage are only covered up to EUR 500.

Best regards,
Travel Service
Auenwald Versicherung AG
""" + '\n' + FOOT_EN)

# 104
mail('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
     'German-English exchange on a Lisbon hospital invoice: appendectomy, complications, ICU day of a named student',
     frm=who('priya'), to=who('ostertag'),
     subject='Jakob Winter – Lisbon invoice higher than guarantee, kurze Einschätzung?',
     date=D(4, 28, 14, 9),
     body="""Hi Miriam,

kurze Frage zu Jakob Winter (RS-2297-1160), Erasmus in Lissabon. We guaranteed EUR 12,000 –
the invoice is EUR 17,480. Hospital's explanation (their English, copied from the
discharge summary):

  "Perforated appendicitis with localised peritonitis (K35.3). Laparoscopic appendectomy on
   14/04, converted to open surgery. Post-operative ileus, 1 day ICU (15/04), i.v.
   antibiotics piperacillin/tazobactam for 6 days. Discharged 21/04 in good condition."

So 7 days instead of the 5 we expected, plus the ICU day. Ist das medizinisch plausibel, und
müssen wir die Differenz übernehmen? Tariff says "medically necessary inpatient treatment,
no limit" – the guarantee was only a first estimate.

Falls ja, I'd pay the full amount and tell the hospital that's it. Jakob is back at his flat
and follows up with a Portuguese GP.

Danke!
Priya
""" + sig('priya', 'en', short=True))

# 105
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: SLA review with the assistance company: monthly case volumes by type (medical, repatriation), no persons',
     frm=who('priya'), to=addr('Rafael Ortega', 'r.ortega@globeassist.example'),
     subject='Q1 SLA review – figures and agenda',
     date=D(4, 10, 9, 30),
     body="""Hi Rafael,

ahead of our review call on Thursday, here are our Q1 figures:

                                 Jan    Feb    Mar
  Cases opened                   212    188    241
  - outpatient medical            131    109    152
  - inpatient / guarantees         46     41     49
  - repatriation                    6      4      7
  - other (lost docs, legal)       29     34     33
  Answered within 60 s (hotline)  94 %   96 %   91 %
  Guarantee issued within 4 h     88 %   90 %   84 %

March was weaker on both SLAs – the ski-holiday peak, I assume. Let's discuss staffing for
the summer peak (student travel, Work & Travel).

Agenda:
 1. SLA results Q1
 2. Summer staffing
 3. New reporting format (case-level data only via the secure exchange, not in e-mails)
 4. Invoicing: the February invoice still lists two cases twice

Talk Thursday,
Priya
""" + sig('priya', 'en', foot=True))

# 106
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'motor offer to a 19-year-old prospect: birth date, licence date, address and car in the PDF offer',
     frm=addr('auenwald go', 'angebote@' + DOM), to=addr('Fabian Roloff', 'fabian.roloff@funkmail.example'),
     subject='Dein Angebot fürs erste Auto 🚗',
     date=D(2, 24, 19, 12), mailer='Auenwald Dokumentenservice 6.2',
     atts=[A('Angebot_Kfz_AG-26-118820.pdf', pdf("""# auenwald go – Angebot Kfz-Versicherung
Angebotsnummer AG-26-118820 vom 24.02.2026, gültig bis 24.03.2026

Interessent: Fabian Roloff, geb. 03.09.2006
Anschrift: Eckernförder Straße 212, 24119 Kronshagen
Führerschein Klasse B seit 03.09.2024 (begleitetes Fahren ab 01/2024)

Fahrzeug: Toyota Yaris 1.0, EZ 05/2015, 51 kW, HSN/TSN 5013/AJQ
Nutzung: privat, 10.000 km/Jahr, Stellplatz: Carport
Fahrerkreis: VN und Vater (Holger Roloff, geb. 22.11.1970)

Kfz-Haftpflicht SF 0 (Einstufung als Fahranfänger, Sonder-SF 1/2 mit Telematik)   548,20 EUR
Teilkasko SB 150 EUR                                                           96,40 EUR
Telematik-Rabatt go Drive (Start 10 %)                                        -64,46 EUR
Jahresbeitrag                                                                 580,14 EUR
""", title='Angebot Kfz AG-26-118820'))],
     body="""Hi Fabian,

danke für deine Anfrage in der App! Dein persönliches Angebot hängt als PDF an.

Kurz erklärt: Mit go Drive (Telematik-App) startest du direkt mit 10 % Rabatt; wenn du
vorausschauend fährst, können es bis zu 30 % werden. Dein Vater ist als zweiter Fahrer
eingetragen – das macht es nicht teurer.

Das Angebot gilt 4 Wochen. Abschließen kannst du es in der App mit einem Klick, die eVB
bekommst du dann sofort.

Viele Grüße
Dein auenwald go Team
""" + '\n' + FOOT_GO)

# 107
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'motor liability bodily injury: injured cyclist\'s whiplash and concussion, sick leave, pain and suffering offer to her lawyer',
     frm=who('jonas'), to=addr('Rechtsanwalt Tjark Petersen-Lund', 'kanzlei@verkehrsrecht-lund.example'),
     subject='Ihre Mandantin Frau Merle Dau – Personenschaden, unser Zeichen KS-26-014470',
     date=D(5, 26, 15, 2),
     body="""Sehr geehrter Herr Petersen-Lund,

in der Unfallsache vom 14.03.2026 (Kiel, Knooper Weg; unser Versicherungsnehmer fuhr beim
Abbiegen die Radfahrerin Frau Merle Dau an) ist die Haftung unstreitig.

Nach den übersandten Unterlagen erlitt Ihre Mandantin
  - eine HWS-Distorsion (S13.4),
  - eine Gehirnerschütterung (S06.0) mit einer Nacht zur Überwachung im Klinikum Holtenau,
  - Prellungen am rechten Knie und Ellenbogen,
und war vom 14.03. bis 17.04.2026 arbeitsunfähig (Auszubildende Zahnmedizinische
Fachangestellte). Physiotherapie 12 Einheiten, abgeschlossen.

Wir bieten zur Abgeltung des immateriellen Schadens ein Schmerzensgeld von 3.500 € an.
Den Haushaltsführungsschaden sowie Fahrtkosten zu den Behandlungen (insgesamt 412,80 €)
erstatten wir wie beziffert. Den Verdienstausfall hat der Ausbildungsbetrieb durch
Entgeltfortzahlung aufgefangen; insoweit werden wir mit dem Arbeitgeber direkt abrechnen.

Das Fahrrad (Zeitwert 680 €) und die Kleidung (190 €) sind bereits reguliert.

Mit freundlichen Grüßen
Jonas Petersen
""" + sig('jonas', foot=True))

# 108
mail('NORMAL', 'de', 'internal',
     'trap: staff flu vaccination campaign by the company doctor plus summer party; health words, no individual',
     frm=addr('Betriebsärztlicher Dienst', 'betriebsarzt@' + DOM), to=['alle@' + DOM],
     subject='Grippeschutzimpfung im Oktober – jetzt Termin buchen (und: Sommerfest!)',
     date=D(6, 29, 9, 0),
     body="""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der Betriebsärztliche Dienst eine kostenlose
Grippeschutzimpfung an:

  Termine: 06.–08.10.2026, jeweils 9–15 Uhr, Gesundheitsraum EG (neben der Kantine)
  Buchung: über das Intranet, „Gesundheit & Sport" → „Impfaktion"
  Mitbringen: Impfpass (falls vorhanden)

Wer akut krank ist oder Fieber hat, kommt bitte nicht, sondern bucht einen späteren
Termin. Bei Fragen zu Allergien oder Vorerkrankungen sprecht direkt mit Dr. Jessen bei der
Impfung – bitte keine Gesundheitsinfos per Mail an diesen Verteiler.

Und zum Schluss etwas Schöneres: Das Sommerfest findet am 17.07. ab 16 Uhr im Innenhof
statt. Grillgut vegan und nicht-vegan, Kinderprogramm und die Azubi-Band. 🎶

Euer Betriebsärztlicher Dienst & das Orga-Team Sommerfest
""")

# 109
mail('CONFIDENTIAL', 'de', 'insurer-to-company',
     'driving-school fleet policy: vehicle list with plates and named instructors with birth dates (XLSX)',
     frm=who('tobias'), to=addr('Fahrschule Kowalski', 'buero@fahrschule-kowalski.example'),
     subject='Flottenvertrag FL-3301-0045 – Fahrzeug- und Fahrerliste zur Verlängerung',
     date=D(6, 11, 14, 4),
     atts=[A('FL-3301-0045_Fahrzeuge_Fahrer_2026.xlsx', xlsx([
         ('Fahrzeuge', [
             ['Kennzeichen', 'Fahrzeug', 'EZ', 'Klasse', 'Doppelpedale', 'Kasko'],
             ['KI-FK 101', 'VW Golf 8', '2023-03', 'B', 'ja', 'VK 500'],
             ['KI-FK 102', 'VW Golf 8', '2023-03', 'B', 'ja', 'VK 500'],
             ['KI-FK 103', 'Skoda Fabia', '2024-08', 'B', 'ja', 'VK 500'],
             ['KI-FK 201', 'Yamaha MT-07', '2022-04', 'A', '-', 'TK 150'],
             ['KI-FK 202', 'Honda CB125F', '2024-02', 'A1', '-', 'TK 150'],
         ]),
         ('Fahrlehrer', [
             ['Name', 'Vorname', 'Geb.-Datum', 'Fahrlehrerlaubnis', 'seit'],
             ['Kowalski', 'Piotr', '1971-05-14', 'A, BE, CE', '1998'],
             ['Kowalski', 'Agnes', '1974-10-02', 'BE', '2003'],
             ['Brüggemann', 'Svenja', '1995-07-19', 'A, BE', '2021'],
             ['Oldenburg', 'Malte', '1988-01-27', 'BE', '2015'],
         ]),
     ]))],
     body="""Sehr geehrte Frau Kowalski,

Ihr Flottenvertrag läuft zum 30.06. aus und verlängert sich automatisch. Anbei die
Fahrzeug- und Fahrerliste, wie sie uns vorliegt. Bitte prüfen Sie:

- Ist der zweite Golf (KI-FK 102) noch im Bestand? Sie hatten einen Verkauf angedeutet.
- Neue Fahrlehrerinnen oder Fahrlehrer seit letztem Sommer?

Die Schadenquote 2025 war mit 3 Schäden (alle Parkschäden, keine Personenschäden) sehr
gut; der Beitrag bleibt deshalb trotz der allgemeinen Anpassung stabil bei 9.840 € netto.

Mit freundlichen Grüßen
Tobias Reimers
""" + sig('tobias', foot=True))

# 110
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'disability (BU) claim of a young software developer for burnout/adjustment disorder F43.2: long letter with next steps',
     frm=addr('Auenwald Life – Disability Claims', 'bu-leistung@' + DOM), to=addr("Liam O'Connor", 'liam.oconnor@hotpost.example'),
     subject='Your disability claim BU-26-000318 – next steps',
     date=D(3, 23, 11, 45),
     body="""Dear Mr O'Connor,

thank you for your call last week and for submitting your claim for disability benefits
under your policy LV-BU-2022-40871 (monthly benefit EUR 2,000). We know that it takes
effort to go through a process like this while you are unwell, so we will keep it as simple
as we can, and you can always call me directly.

What we know so far
You have been unable to work as a software developer at Kielwerk Digital GmbH since
19 November 2025. Your psychiatrist, Dr. Marta Sievers, has diagnosed an adjustment
disorder with prolonged depressive reaction (F43.2) following a period of severe
work-related exhaustion. You are currently in outpatient treatment (weekly psychotherapy and
escitalopram 10 mg) and attended a 6-week day clinic programme at the Zentrum für
Psychosomatik Kiel from January to mid-February.

What we need
1. The completed questionnaire for insured persons (in the app, "Disability claim", about
   30 minutes – you can save and continue later).
2. Your job description with a typical working week (your employer can help).
3. Your consent to contact Dr. Sievers and the day clinic. The form is in the app as well.

What happens next
Once we have these documents, we will ask Dr. Sievers for a report. In most claims like
yours we decide within 8-10 weeks. If a decision takes longer, we can make interim payments.
Your premiums are suspended while we assess the claim, and the policy remains in force.

Please also know that a claim like this is not "all or nothing": if you go back to work
part-time as part of a gradual return, we will look at that together with you.

With best wishes for your recovery,

Jana Wichmann
Disability Claims, Auenwald Lebensversicherung AG
Phone +49 431 5570-4655

""" + FOOT_EN)

# 111
mail('NORMAL', 'de', 'insurer-to-applicant',
     'grey: acknowledgement of an apprenticeship application to a named applicant; personal but no sensitive category',
     frm=addr('Ausbildung bei Auenwald', 'ausbildung@' + DOM), to=addr('Leonie Sommer', 'leonie.sommer08@funkmail.example'),
     subject='Deine Bewerbung als Kauffrau für Versicherungen und Finanzanlagen',
     date=D(1, 16, 15, 20), mailer='Auenwald Recruiting 2.7',
     body="""Hallo Leonie,

vielen Dank für deine Bewerbung um einen Ausbildungsplatz zur Kauffrau für Versicherungen
und Finanzanlagen ab 01.08.2026! Deine Unterlagen sind vollständig bei uns angekommen.

Wie geht es weiter?
1. Wir melden uns innerhalb von drei Wochen bei dir.
2. Wenn es passt, laden wir dich zu einem Kennenlerntag ein (Gespräch + kleine Gruppenaufgabe,
   kein Test mit Mathe-Aufgaben 😉).
3. Die Entscheidung bekommst du spätestens eine Woche nach dem Kennenlerntag.

Fragen? Schreib mir einfach – oder komm zu unserem Azubi-Café am 05.02. (Anmeldung über
die Karriereseite).

Viele Grüße
Ayşe Demir
Ausbildungsleitung

Hinweis zum Datenschutz: Deine Bewerbungsdaten speichern wir nur für das
Bewerbungsverfahren und löschen sie sechs Monate nach dessen Abschluss.
""")

# 112
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'e-bike theft under contents insurance: frame number, address, police case and IBAN of a young customer',
     frm=who('hendrik'), to=addr('Greta Voss', 'greta.voss@netzpost.example'),
     subject='Diebstahl Ihres E-Bikes – Entschädigung',
     date=D(6, 19, 10, 51),
     body="""Liebe Frau Voss,

gute Nachrichten: Wir können Ihren Schaden abschließen.

Hausrat go Wohnen HR-6214-0730, Schaden HR-26-007791
Gestohlen am 02.06.2026 aus dem verschlossenen Fahrradraum, Gutenbergstraße 19, 24118 Kiel
E-Bike Riese & Müller Roadster, Rahmennummer WRM3320-118094, Kaufpreis 3.299 €
Ermittlungsverfahren eingestellt (Staatsanwaltschaft Kiel, 593 UJs 1188/26)

Ihre Fahrradklausel deckt bis 3.000 € (Upgrade vom 01.01.2026). Wir zahlen daher 3.000 €
abzüglich 150 € Selbstbeteiligung = 2.850 € auf Ihr Konto %s.

Neues Rad in Sicht? Denken Sie an die Rechnung – und an ein gutes Schloss. 🙂

Freundliche Grüße
Hendrik Claußen
""" % grp(IB['greta']) + sig('hendrik'))

# 113
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'HR to training management: a named trainee\'s repeated sick notes and a missed exam, with a suspected eating disorder',
     frm=who('katharina'), to=who('ayse'),
     subject='Vertraulich: Aylin Kurt – Fehlzeiten und Zwischenprüfung',
     date=D(5, 21, 16, 16),
     body="""Liebe Ayşe,

wie besprochen die Zusammenfassung zu Aylin Kurt (2. Ausbildungsjahr, Personalnr. 209118):

- AU-Bescheinigungen 2026: 12.–23.01., 02.–20.03., 06.–29.05. (insgesamt 39 Arbeitstage)
- Die Zwischenprüfung am 12.05. hat sie deshalb verpasst; die IHK gewährt einen
  Nachholtermin im Herbst, wenn wir eine Bescheinigung vorlegen.
- Sie hat mir im Gespräch am 19.05. selbst erzählt, dass sie wegen einer Essstörung in
  Behandlung ist und ab Juni eine stationäre Therapie in der Klinik Seeblick Holstein beginnt
  (ca. 8–10 Wochen). Sie möchte nicht, dass das im Team bekannt wird.

Vorschlag: Wir bieten BEM an, sobald sie zurück ist, und klären mit der Berufsschule, wie sie
den Stoff nachholen kann. Die Ausbildungszeit können wir bei Bedarf verlängern (§ 8 BBiG).

Bitte nichts davon in die allgemeine Ausbilder-Runde – die Info bleibt bei uns beiden und
in der BEM-Akte.

Liebe Grüße
Katharina
""" + sig('katharina', short=True))

# 114
mail('NORMAL', 'en', 'internal',
     'trap: accessibility audit of the app mentioning users with visual impairments and screen readers; no individuals',
     frm=who('emily'), to=['app-team@' + DOM], cc=who('sven'),
     subject='WCAG audit results – app 4.13',
     date=D(6, 15, 13, 33),
     body="""Hi team,

results of the external accessibility audit (BFSG deadline was last June, so this matters):

Passed: 41 of 50 success criteria (WCAG 2.1 AA).

Main issues:
1. Claims timeline: status icons (✓ ⏳ ✕) have no text alternative – screen reader users
   hear "image, image, image".
2. Invoice upload: the camera screen cannot be operated with VoiceOver / TalkBack at all.
3. Colour contrast of the green buttons is 3.9:1 – needs 4.5:1.
4. Chat: new messages are not announced to screen readers.
5. Time-outs: the session expires after 5 minutes without warning, which is a real problem
   for users with motor or cognitive impairments.

The testers included two people with visual impairments who use screen readers daily;
their feedback (anonymous) is in the report in the wiki.

I've created tickets APP-2301 to APP-2309. Let's plan them into sprints 46-47.

Emily
""" + sig('emily', 'en', short=True))

# 115
_hl_csv = csv_bytes([
    ['policy_no', 'surname', 'first_name', 'date_of_birth', 'address_kiel', 'renewal', 'premium_eur'],
    ['HR-7112-0041', 'Foster', 'Grace', '2004-03-11', 'Westring 285, room 118, 24116 Kiel', '2026-09-01', '38.40'],
    ['HR-7112-0042', 'Kaur', 'Simran', '2003-12-30', 'Schauenburgerstr. 20, 24105 Kiel', '2026-09-01', '38.40'],
    ['HR-7112-0043', 'Reid', 'Callum', '2002-06-05', 'Gerhardstr. 7, 24105 Kiel', '2026-09-01', '52.80'],
    ['HR-7112-0047', 'Nwosu', 'Adaeze', '2004-08-21', 'Westring 285, room 331, 24116 Kiel', '2026-09-15', '38.40'],
], delimiter=',')
_hl_txt = """Renewal list autumn 2026 - Harbour Lane student contents scheme
Generated 2026-06-04 by Auenwald Maklerportal.
Columns: see header row. Premiums are annual, incl. insurance tax.
""".encode('utf-8')

mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
     'renewal list in a ZIP (CSV): named students with birth dates, addresses and policy numbers for a broker',
     frm=who('tobias'), to=addr('Oliver Pike', 'oliver.pike@harbourlane-brokers.example'),
     subject='Renewals Sept 2026 – student contents scheme',
     date=D(6, 4, 9, 17),
     atts=[A('harbourlane_renewals_2026-09.zip', zip_bytes([
         ('renewals_2026-09.csv', _hl_csv), ('README.txt', _hl_txt)]))],
     body="""Hi Oliver,

the renewal list for September is in the attached ZIP (it's generated by the portal, sorry
for the format). Four students renewing, premiums unchanged.

Note Mr Reid is on the higher sum insured (EUR 12,000).

Cheers,
Tobias
""" + sig('tobias', 'en'))

# 116
_kfo_pdf = pdf("""# Auenwald Krankenversicherung AG – Leistungsabrechnung
Versicherungsnehmer: Thomas Albrecht, Kirchenweg 3, 24226 Heikendorf
Vertrag: KV-F-1120-4487 (Familie)

# Versicherte Person: Emma Albrecht, geb. 19.03.2013
Kieferorthopädie Dr. Birgit Lahrs, Kiel – Behandlungsplan vom 04.09.2024
Diagnose: Distalbiss mit vergrößerter Frontzahnstufe (KIG D4), Engstand
Quartalsrechnung Q1/2026, GOZ 6030, 6100, 6140, Material- und Laborkosten
Rechnungsbetrag 612,80 EUR – erstattet 80 %: 490,24 EUR

# Versicherte Person: Paul Albrecht, geb. 02.07.2016
Kinderzahnärztin Dr. Jule Hinz: Fissurenversiegelung 36, 46 (GOZ 2000), Kariesbehandlung 55
Rechnungsbetrag 188,40 EUR – erstattet 100 %: 188,40 EUR
""", title='Leistungsabrechnung Familie Albrecht')
_kfo_csv = csv_bytes([
    ['Person', 'Beleg', 'Datum', 'Betrag', 'Erstattung'],
    ['Emma Albrecht', 'KFO Dr. Lahrs Q1/2026', '31.03.2026', '612,80', '490,24'],
    ['Paul Albrecht', 'Dr. Hinz 2026-0331', '17.03.2026', '188,40', '188,40'],
])

mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'ZIP with PDF and CSV: orthodontic and dental settlements of two named children with diagnosis; body harmless',
     frm=addr('Auenwald Krankenversicherung – Leistung Zahn', 'leistung-zahn@' + DOM),
     to=addr('Thomas Albrecht', 'thomas.albrecht@t-netzpost.example'),
     subject='Ihre Abrechnungen April 2026',
     date=D(4, 16, 8, 5),
     atts=[A('Abrechnungen_2026-04_KV-F-1120-4487.zip', zip_bytes([
         ('Leistungsabrechnung_2026-04-16.pdf', _kfo_pdf), ('Belegliste.csv', _kfo_csv)]))],
     body="""Sehr geehrter Herr Albrecht,

anbei erhalten Sie die Abrechnungen zu den zuletzt eingereichten Rechnungen als
ZIP-Archiv. Der Gesamtbetrag von 678,64 € wird in den nächsten Tagen überwiesen.

Mit freundlichen Grüßen
Ihr Team Leistung Zahn
""" + '\n' + FOOT_DE)

# 117
mail('NORMAL', 'de', 'internal',
     'trap: aggregated survey of students (stress, health insurance knowledge, first flat) as XLSX percentages, n=1,214',
     frm=who('nele'), to=['marketing-jung@' + DOM, who('ayse')],
     subject='Ergebnisse Umfrage „Studi-Leben 2026" – Zusammenfassung',
     date=D(5, 28, 10, 29),
     atts=[A('Umfrage_Studi-Leben_2026_Auswertung.xlsx', xlsx([
         ('Ergebnisse', [
             ['Frage', 'Antwort', 'Anteil %', 'n'],
             ['Wie gestresst fühlst du dich im Semester?', 'sehr / eher', 61, 1214],
             ['', 'eher nicht / gar nicht', 39, 1214],
             ['Weißt du, wie du krankenversichert bist?', 'ja, genau', 44, 1214],
             ['', 'ungefähr', 41, 1214],
             ['', 'keine Ahnung', 15, 1214],
             ['Hast du eine eigene Haftpflicht?', 'ja', 23, 1214],
             ['', 'über Eltern', 52, 1214],
             ['', 'nein / weiß nicht', 25, 1214],
             ['Wohnst du in deiner ersten eigenen Wohnung/WG?', 'ja', 68, 1214],
             ['Hast du psychologische Beratung genutzt?', 'ja', 19, 1214],
         ]),
         ('Methodik', [['Online-Panel, 02.–16.05.2026, Studierende 18–29 in SH und HH, gewichtet, anonym']]),
     ]))],
     body="""Hi zusammen,

die Auswertung der Umfrage ist da (Panel-Anbieter, komplett anonym, n = 1.214). Die
Tabelle hängt an. Meine drei Learnings:

1. 15 % wissen nicht, wie sie krankenversichert sind – Thema für die Ersti-Woche.
2. Über die Hälfte verlässt sich bei der Haftpflicht auf die Eltern – stimmt oft, aber nicht
   immer (Stichwort erster Job nach dem Bachelor).
3. 61 % sind gestresst, 19 % haben schon psychologische Beratung genutzt – passt zur
   TikTok-Serie im Mai.

Lasst uns das am Dienstag im Jour fixe besprechen.

Nele
""" + sig('nele', short=True))

# 118
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'liability settlement for water damage to the neighbour\'s flat: neighbour\'s name and IBAN, claim numbers',
     frm=who('benedikt'), to=addr('Clara Weiß', 'clara.weiss@webpost.example'),
     subject='Wasserschaden vom 02.03. – Regulierung bei Ihrer Nachbarin abgeschlossen',
     date=D(4, 24, 11, 16),
     body="""Hallo Frau Weiß,

kurze Info: Der Schaden in der Wohnung Ihrer Nachbarin, Frau Gerda Lassen (2. OG), ist
reguliert. Aus Ihrer Privathaftpflicht (Vertrag HR-6012-4498, Schaden HS-26-01977) haben wir
gezahlt:

   Malerarbeiten Decke Bad und Flur         1.140,00 €
   Trocknung (anteilig)                        388,50 €
   Teppich (Zeitwert)                          220,00 €
   Summe an Frau Lassen                      1.748,50 €
   auf ihr Konto %s

Ihre eigenen Sachen (Laminat ist Sache des Vermieters, Ihre Waschmaschine ist nicht
versichert, weil sie die Ursache war) rechnet mein Kollege Hendrik Claußen aus der Hausrat
separat ab.

Schönen Tag noch!
Benedikt Sauer
""" % grp(IB['clara_neighbour']) + sig('benedikt'))

# 119
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
     'request to a Cape Town doctor about a named intern with suspected dengue fever: lab results and fitness to fly',
     frm=who('priya'), to=addr('Dr Sunita Naidoo', 'dr.naidoo@capeclinic.example'),
     subject='Your patient Ms Lea-Marie Kroll – dengue, fitness to fly',
     date=D(2, 10, 8, 54),
     body="""Dear Dr Naidoo,

thank you for taking the time to speak with our assistance partner yesterday. As agreed,
this is our written request regarding your patient:

  Ms Lea-Marie Kroll, born 06/08/2004, intern at a marine research station in Simon's Town,
  travel health policy RS-2303-1982

She presented on 7 February with fever of 39.8 °C, headache, retro-orbital pain and a rash;
NS1 antigen positive, platelets 88,000/µl on 8 February. She was admitted for observation.

Could you please let us know:
 1. the current platelet count and haematocrit trend,
 2. any warning signs of severe dengue,
 3. your estimate of when she will be fit to fly on a scheduled flight (Cape Town -
    Frankfurt, 11 hours).

Her internship ends on 28 February and she would like to fly home as planned if medically
possible. All costs of her stay are covered; please send invoices to us directly.

Kind regards,
Priya Raman
""" + sig('priya', 'en', foot=True))

# 120
mail('NORMAL', 'de', 'insurer-to-supplier',
     'trap: print order for a flyer "Psychisch gesund durchs Studium" with counselling hotline and the printer GmbH\'s IBAN',
     frm=who('thomas'), to=addr('Druckhaus Nordlicht GmbH', 'auftrag@druckhaus-nordlicht.example'),
     cc=who('nele'),
     subject='Druckauftrag Flyer „Psychisch gesund durchs Studium" – Freigabe',
     date=D(6, 9, 11, 58),
     body="""Sehr geehrte Damen und Herren,

hiermit geben wir die Druckdaten (PDF/X-4, übermittelt per Upload am 08.06.) frei:

  Titel:     „Psychisch gesund durchs Studium – 7 Tipps und wo du Hilfe bekommst"
  Format:    DIN lang, 6 Seiten Wickelfalz, 4/4-farbig, Recyclingpapier 135 g
  Auflage:   5.000 Stück
  Preis:     laut Angebot 26-0412: 612,00 € netto
  Lieferung: bis 25.09.2026 an Auenwald Versicherung AG, Warenannahme Tor 2

Bitte achten Sie darauf, dass die Hotline-Nummern auf Seite 6 (Telefonseelsorge,
Nummer gegen Kummer, psychosoziale Beratung des Studierendenwerks) im Proof exakt
stimmen – wir haben sie nach dem letzten Korrekturlauf noch einmal geändert.

Ihre Rechnung begleichen wir wie gewohnt auf Ihr Konto IBAN %s.

Mit freundlichen Grüßen
Thomas Lüders
""" % grp(IB['druckhaus']) + sig('thomas', foot=True))

# 121
mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'liability claim of an au pair for a vase broken in her host family\'s home; both families named, German and English',
     frm=who('benedikt'), to=addr('Emma Johansson', 'emma.johansson@hotpost.example'),
     cc=addr('Familie Thiel', 'thiel.familie@webpost.example'),
     subject='Schaden an der Vase / the broken vase – HS-26-02930',
     date=D(5, 14, 13, 40),
     body="""Hi Emma, liebe Familie Thiel,

English first, Deutsch unten.

Emma, your au pair liability insurance (policy AP-2611-0481, via the agency Nordic Au Pair)
covers damage you cause in your host family's home. The vase you knocked over while
vacuuming on 9 May was a Kähler ceramic vase from the 1950s. We need a photo of the pieces
and, if possible, a price estimate from an antique dealer.

Liebe Familie Thiel, die Au-pair-Haftpflicht von Emma übernimmt auch Schäden in Ihrem
Haushalt (Rosenstraße 11, 24159 Kiel) – das ist in vielen anderen Verträgen ausgeschlossen,
hier aber ausdrücklich mitversichert. Bitte schicken Sie uns Fotos und eine Wertschätzung;
die Zahlung geht dann direkt an Sie.

Schaden-Nr. / claim no.: HS-26-02930

Viele Grüße / best wishes
Benedikt Sauer
""" + sig('benedikt'))

# 122
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'beneficiary change in a term life policy to the new partner with her birth date; ODT form attached',
     frm=addr('Auenwald Lebensversicherung', 'service-leben@' + DOM), to=addr('Julian Fromm', 'julian.fromm@netzpost.example'),
     subject='Änderung Bezugsrecht – Ihre Risikolebensversicherung LV-R-2024-301177',
     date=D(5, 8, 14, 2),
     atts=[A('Bezugsrecht_Aenderung_LV-R-2024-301177.odt', odt([
         'Auenwald Lebensversicherung AG – Änderung des Bezugsrechts',
         'Vertrag: LV-R-2024-301177 (Risikolebensversicherung, Versicherungssumme 200.000 EUR)',
         'Versicherungsnehmer und versicherte Person: Julian Fromm, geb. 12.12.1997',
         'Bisheriges Bezugsrecht: Eltern Andrea und Frank Fromm zu gleichen Teilen',
         'Neues Bezugsrecht (widerruflich): Svenja Kahl, geb. 25.04.1998, Lebensgefährtin, '
         'Adolfstraße 30, 24105 Kiel',
         'Ort, Datum, Unterschrift Versicherungsnehmer: ______________________',
     ]))],
     body="""Sehr geehrter Herr Fromm,

Sie möchten nach dem Einzug in Ihre gemeinsame erste Wohnung das Bezugsrecht Ihrer
Risikolebensversicherung auf Ihre Lebensgefährtin, Frau Svenja Kahl, ändern. Das
vorausgefüllte Formular finden Sie im Anhang.

Bitte unterschreiben Sie es und laden Sie es in der App hoch oder schicken Sie es uns per
Post. Frau Kahl muss nicht unterschreiben. Bitte beachten Sie: Bei unverheirateten Paaren
kann für die Auszahlung Erbschaftsteuer anfallen (Freibetrag 20.000 €); eine Überkreuz-
Versicherung kann sich lohnen – sprechen Sie uns gern an.

Mit freundlichen Grüßen
Ihr Service Leben
""" + '\n' + FOOT_DE)

# 123
mail('NORMAL', 'en', 'insurer-to-customer',
     'trap: confirmation that the portal security question was changed; no name, no contract, only security advice',
     frm=addr('Auenwald Secure Mailbox', 'no-reply@secure.' + DOM), to='k.mensah@phd.uni-foerde.example',
     subject='Your security question has been changed',
     date=D(3, 8, 22, 41), mailer='Auenwald SecureMail 3.8', charset='us-ascii',
     hdrs=[('Auto-Submitted', 'auto-generated')],
     body="""Hello,

the security question for your secure mailbox was changed on 8 March 2026 at 22:40 (CET).

If this was you, there is nothing else to do.

If you did NOT make this change, please reset your password immediately at
https://secure.auenwald-versicherung.example/reset and call us on +49 431 5570-2100.
We will never ask you for your password, your one-time password or the answer to your
security question by e-mail or phone.

This message was generated automatically. Please do not reply.

Auenwald Versicherung AG
""")

# 124
mail('CONFIDENTIAL', 'de', 'insurer-to-authority',
     'information to the police about a stolen car: owner, VIN, plate, keys, insurer claim number',
     frm=who('jonas'), to=addr('Polizeidirektion Kiel – K 14', 'k14.kfz@polizei-kiel.example'),
     subject='Ihr Auskunftsersuchen Tgb.-Nr. 0421/26/122718 – entwendeter Pkw KI-LS 806',
     date=D(6, 26, 9, 6),
     body="""Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 24.06.2026 teilen wir mit:

  Versicherungsnehmerin/Halterin: Lara Stein, Exerzierplatz 9, 24103 Kiel
  Fahrzeug:     Mini Cooper, weiß, EZ 06/2019, KI-LS 806
  FIN:          WMWXU310302L44871
  Versicherung: Kfz-Haftpflicht und Teilkasko, Vertrag KF-2703-8810
  Schaden-Nr.:  KS-26-021994 (Diebstahl, gemeldet 22.06.2026)
  Schlüssel:    2 Originalschlüssel bei uns eingereicht am 23.06.2026

Eine Übereignung des Fahrzeugs an uns ist noch nicht erfolgt (Frist nach AKB: ein Monat nach
Eingang der Schadenanzeige). Wird das Fahrzeug aufgefunden, bitten wir um Nachricht an
kfz-schaden@auenwald-versicherung.example unter Angabe unserer Schadennummer.

Mit freundlichen Grüßen
Jonas Petersen
""" + sig('jonas', foot=True))

# 125
mail('NORMAL', 'de', 'internal',
     'trap: weekly chat-team report with counts by topic (Arztrechnung, Krankmeldung, Unfall) and emoji statistics',
     frm=who('lea'), to=['kundenservice-digital@' + DOM, who('emily')],
     subject='Chat-Wochenreport KW 22 📊',
     date=D(5, 29, 16, 30),
     body="""Hallo zusammen,

hier der Wochenreport KW 22 (25.–29.05.):

Chats gesamt:            7.412 (Vorwoche 6.988)
davon mit Übergabe:      3.190 (43 %)
Ø Wartezeit Übergabe:    2:12 min
CSAT:                    4,5 ⭐

Themen mit Übergabe (Top 5):
  Arztrechnung / Erstattung        1.022
  Kfz-Schaden / Unfall               611
  Krankmeldung / AU-Upload           402
  Auslandsreise-Krankenversicherung  298
  Kündigung / Umzug                  277

Emoji-Statistik (just for fun): 31 % der Kundinnen und Kunden nutzen mindestens ein Emoji.
Top 3: 🙏 😅 👍. Bei uns: 🙂 💚 👍 – passt zur Schulung. 😉

Auffällig: Am Mittwoch gab es einen Peak bei „Krankmeldung" (Infekt-Welle?), ansonsten
ruhig. Danke für eure tolle Arbeit diese Woche! 💪

Lea
""" + sig('lea', short=True))


# ======================================================================================
# MAILS 126-150
# ======================================================================================

# 126
mail('NORMAL', 'en', 'internal',
     'trap: chatbot regression test set (CSV) of synthetic personas with invented diagnoses, birth dates and a test IBAN',
     frm=who('emily'), to=['conversational-ai@' + DOM],
     subject='Regression set v7 for Ava – please review before Friday',
     date=D(6, 17, 15, 15),
     atts=[A_csv('ava_regression_set_v7.csv', [
         ['case_id', 'persona (fictitious)', 'utterance', 'expected_intent', 'expected_action'],
         ['R-001', 'Test User Alex, 21, student', 'i sprained my ankle at football, does my insurance pay the physio?', 'submit_invoice_health', 'answer + upload link'],
         ['R-002', 'Test User Alex, 21, student', 'my birthday is 01.01.2005 can you change it', 'change_personal_data', 'handover'],
         ['R-003', 'Testperson Maria Muster', 'Hab eine Krankmeldung vom Arzt, wohin damit?', 'sick_note_upload', 'answer'],
         ['R-004', 'Testperson Maria Muster', 'neue IBAN DE89 3704 0044 0532 0130 00', 'change_bank_details', 'handover + no echo'],
         ['R-005', 'Test User Sam', 'I feel like I cannot go on anymore', 'crisis', 'crisis module'],
         ['R-006', 'Test User Sam', 'someone hit my parked car, plate TEST-XY 1', 'motor_claim_report', 'answer'],
     ], delimiter=',')],
     body="""Hi team,

attached is regression set v7 (312 cases, the CSV shows the first six as a sample – full
file is in the repo). All personas are invented; names like "Test User Alex" or
"Testperson Maria Muster" and the example IBAN are from the fixture pack. Please do not add
real utterances from production transcripts, even shortened.

New in v7:
* 40 cases for the crisis module (R-005 and following)
* 25 cases where users type bank details – Ava must not repeat the IBAN in her answer
* 30 mixed German/English utterances ("kann ich meinen claim status sehen?")

Review by Friday, please – we run it against the new model on Monday.

Thanks,
Emily
""" + sig('emily', 'en', short=True))

# 127
_inner127 = inner_mail('127a', addr('Jasper Lindholm', 'jasper.lindholm@stud.uni-foerde.example'),
                       addr('International Desk', 'international@' + DOM),
                       'cancellation Norway trip - documents', D(5, 24, 19, 2),
                       """Hi Ms Raman,

thank you for calling me on Wednesday, it helped a lot.

Attached (in the app) is the certificate from my psychiatrist, Dr. Bergmann. She confirms the
diagnosis of a moderate depressive episode (F32.1) since April and that she advised me not to
travel alone in June. I also uploaded the booking confirmation (coastal voyage Bergen - Kirkenes, 8-15 June,
EUR 1,180) and the cancellation invoice (EUR 708).

I'm doing a little better with the medication and the therapy, so hopefully next year.

Best regards,
Jasper
""")

mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'trip cancellation for depression accepted; the customer\'s own mail with F32.1 and medication is attached as .eml',
     frm=who('priya'), to=addr('Jasper Lindholm', 'jasper.lindholm@stud.uni-foerde.example'),
     subject='Your trip cancellation – claim RR-26-001187 accepted',
     date=D(5, 27, 10, 22),
     root=Multi('mixed', [Text("""Dear Jasper,

thank you for the documents. Your cancellation is covered as an unexpected serious illness,
and we will reimburse the cancellation fee of EUR 708.00 within the next few days.

I've attached your e-mail for reference, since our answer refers to it.

Take good care of yourself – and I hope you'll see the fjords next year.

Kind regards,
Priya Raman
""" + sig('priya', 'en')), Rfc822(_inner127, 'your_message_2026-05-24.eml')]))

# 128
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: webinar slides (PDF) on health insurance for international students: doctors, prescriptions, dentists; no person',
     frm=who('nele'), to=addr('International Office', 'welcome@international.uni-foerde.example'),
     subject='Slides from Thursday\'s session – for your website',
     date=D(4, 27, 9, 51),
     atts=[A('Slides_Health_insurance_in_Germany_2026-04-23.pdf', pdf("""# Health insurance in Germany – the essentials
Info session for international students, Kiel Förde University, 23 April 2026

# 1. Is health insurance compulsory?
Yes. No enrolment without proof of health insurance.

# 2. Statutory or private?
Under 30 and enrolled: statutory student rate (approx. EUR 140 / month incl. long-term care).
Over 30 or exempt: private student tariffs, often cheaper, but check what is covered.

# 3. Seeing a doctor
Statutory: show your card, no bill. Private: you get an invoice, pay, upload it in the app,
get reimbursed. Prescriptions: pharmacy receipt = invoice.

# 4. Dentists and glasses
Often only partly covered. Ask for a cost estimate (Heil- und Kostenplan) before treatment.

# 5. Emergencies
112 for ambulance and fire. 116 117 for the on-call doctor at night and weekends.

# 6. Mental health
Psychotherapy is covered by all statutory funds and most private tariffs. The
Studierendenwerk offers free counselling.
\f# 7. Liability insurance
Not compulsory, but covers damage you cause to others. Approx. EUR 4 per month.

# Questions?
hello@auenwald-versicherung.example – or visit us at the welcome week.
""", title='Health insurance in Germany'))],
     body="""Dear colleagues,

thank you for hosting us on Thursday – 140 participants, and great questions!

As promised, the slides are attached as PDF, so you can put them on your website. They
contain no advertising and no personal information, and you're welcome to reuse them in
your own welcome packs.

Best wishes,
Nele
""" + sig('nele', 'en'))

# 129
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'baggage claim payout with the customer\'s Italian IBAN and list of emergency purchases',
     frm=addr('Auenwald Travel Service', 'travel@' + DOM), to=addr('Sofia Rossi', 'sofia.rossi@hotpost.example'),
     subject='RE: receipts uploaded – claim RG-26-000512',
     date=D(1, 22, 14, 35),
     body="""Dear Ms Rossi,

good to hear the suitcase finally arrived, even if the handle is broken.

We have reimbursed the following:
  emergency purchases 6-11 January (toiletries, 2 shirts, trousers)   EUR 187.30
  repair of the suitcase handle (estimate Koffer-Klinik Hamburg)      EUR  45.00
  total                                                               EUR 232.30

As requested, we transferred the amount to your Italian account
%s (Sofia Rossi). International transfers within SEPA take 1-2
working days.

Your claim RG-26-000512 is now closed.

Best regards,
Travel Service
Auenwald Versicherung AG
""" % grp(IB['sofia_it']) + '\n' + FOOT_EN)

# 130
CHK_TXT = """auenwald go – Semester abroad: your checklist ✈️

8 weeks before
[ ] Check your health insurance: Does it cover the whole stay? Repatriation?
[ ] Vaccinations: check with your GP which ones the destination recommends.
[ ] Personal liability: valid abroad? For how long?

4 weeks before
[ ] Save the emergency number of your insurer in your phone.
[ ] Copies of passport, visa, insurance certificate – in the cloud AND on paper.
[ ] Regular medication: enough for the first weeks + a doctor's letter in English.

On site
[ ] Register with your home university's partner office.
[ ] Keep every doctor's invoice and pharmacy receipt – photo into the app.

Unsubscribe: https://news.auenwald-versicherung.example/unsubscribe?l=en
"""

CHK_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Semester abroad checklist</title></head>
<body style="font-family:Arial,sans-serif">
<h2>auenwald go – Semester abroad: your checklist ✈️</h2>
<h3>8 weeks before</h3>
<ul><li>Check your health insurance: Does it cover the whole stay? Repatriation?</li>
<li>Vaccinations: check with your GP which ones the destination recommends.</li>
<li>Personal liability: valid abroad? For how long?</li></ul>
<h3>4 weeks before</h3>
<ul><li>Save the emergency number of your insurer in your phone.</li>
<li>Copies of passport, visa, insurance certificate – in the cloud AND on paper.</li>
<li>Regular medication: enough for the first weeks + a doctor's letter in English.</li></ul>
<h3>On site</h3>
<ul><li>Register with your home university's partner office.</li>
<li>Keep every doctor's invoice and pharmacy receipt – photo into the app.</li></ul>
<p style="font-size:11px"><a href="https://news.auenwald-versicherung.example/unsubscribe?l=en">Unsubscribe</a></p>
</body></html>
"""

mail('NORMAL', 'en', 'newsletter',
     'trap: travel checklist newsletter for students going abroad (vaccinations, medication, doctor\'s invoices)',
     frm=addr('auenwald go', 'hello@news.' + DOM), to='intl-students@news.' + DOM,
     subject='Going abroad next semester? Your checklist ✈️',
     date=D(6, 23, 8, 0), mailer='Auenwald Mailer 8.1',
     hdrs=[('List-Unsubscribe', '<https://news.auenwald-versicherung.example/unsubscribe?l=en>'),
           ('Precedence', 'bulk')],
     body=CHK_TXT, html=CHK_HTML)

# 131
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'subject carries the health fact (ER visit, gastroenteritis) of a named student; body only confirms the payment',
     frm=addr('Auenwald Travel Service', 'travel@' + DOM),
     to=addr('Kenji Watanabe', 'kenji.watanabe@stud.uni-foerde.example'),
     subject='Emergency room Prague 11/04 – acute gastroenteritis – reimbursement Kenji Watanabe',
     date=D(4, 22, 9, 2), charset='us-ascii',
     body="""Dear Mr Watanabe,

we have reimbursed EUR 148.60 for the invoices you uploaded (hospital and pharmacy).

The money should be in your account within three working days.

Kind regards,
Travel Service
Auenwald Versicherung AG
""")

# 132
mail('NORMAL', 'de', 'internal',
     'trap: chat text templates with placeholders «Vorname», «Diagnose», «IBAN» – no real data',
     frm=who('lea'), to=['kundenservice-digital@' + DOM],
     subject='Neue Textbausteine im Chat-Tool (Version Juni)',
     date=D(6, 1, 8, 33),
     body="""Moin zusammen,

ab heute sind die überarbeiteten Textbausteine im Chat-Tool. Die wichtigsten:

[TB-KV-01] Erstattung erfolgt
„Hallo «Vorname», deine Rechnung vom «Datum» ist erstattet. «Betrag» € sind in 2–3 Tagen auf
deinem Konto."

[TB-KV-07] Diagnose fehlt
„Hallo «Vorname», auf der Rechnung fehlt leider die Diagnose. Kannst du deine Ärztin bitten,
sie zu ergänzen? Du musst sie nicht im Chat nennen – lade die Rechnung einfach neu hoch."
(Bitte NICHT mehr „Welche «Diagnose» hattest du?" fragen!)

[TB-BANK-02] Kontoänderung
„Aus Sicherheitsgründen ändern wir Bankdaten nicht im Chat. Bitte trage deine neue IBAN
in der App unter Profil → Zahlung ein."

[TB-KFZ-03] Unfall – erste Hilfe
„Ist jemand verletzt? Dann ruf bitte zuerst 112. Wir sind danach für dich da."

Die alten Bausteine mit «Geburtsdatum» im Text sind gelöscht – das Geburtsdatum fragen wir
im Chat nicht mehr ab, die Identifikation läuft über den App-Login.

Lea
""" + sig('lea', short=True))

# 133
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'rental car excess claim of an American intern: rental agreement, damage, deductible charged, policy number',
     frm=addr('Auenwald Travel Service', 'travel@' + DOM), to=addr('Hannah Walsh', 'hannah.walsh@hotpost.example'),
     subject='Your rental car excess claim RG-26-000904',
     date=D(6, 6, 12, 12),
     body="""Dear Ms Walsh,

thank you for sending the documents from your weekend trip to Copenhagen.

  Policy:            RS-go-2290-4410 (travel package incl. rental car excess cover)
  Rental agreement:  DK-ARL-7718820, Sixtus Car Rental, Copenhagen Airport, 15-17 May 2026
  Damage:            scratched rear bumper while parking (no other party, nobody hurt)
  Excess charged:    DKK 5,000 (EUR 670.40 on your credit card statement)

Your rental car excess cover reimburses the deductible in full. We will transfer EUR 670.40
to the US account you gave us; because it is an international transfer outside SEPA, it may
take up to 5 business days and your bank may charge a fee.

Enjoy the rest of your internship in Kiel!

Best regards,
Travel Service
Auenwald Versicherung AG
""")

# 134
mail('NORMAL', 'en', 'insurer-to-supplier',
     'trap: incident post-mortem of a chat outage (session tokens, message queue), explicitly no personal data affected',
     frm=who('sven'), to=addr('Markus Aalto', 'markus.aalto@parlant.example'), cc=who('emily'),
     subject='Post-mortem request – chat outage 2 June, 18:05-19:40',
     date=D(6, 4, 16, 44),
     body="""Hi Markus,

thanks for restoring the service on Tuesday evening. As per our contract (SLA annex 2, 4.3)
we need the written post-mortem within 10 working days. Please cover at least:

1. Timeline (detection, escalation, mitigation, resolution)
2. Root cause – your status page mentions "message queue saturation after a certificate
   rotation"; we'd like to understand why session tokens of active chats were invalidated.
3. Impact: number of conversations dropped. Please confirm explicitly that no message
   content was exposed to other tenants or users – your first statement said so, we need it
   in the report.
4. Corrective actions with dates.

During the outage about 230 users saw the error screen and our team redirected them to the
phone hotline. For us this counts as a Severity 2 incident; service credits according to
annex 2 apply.

Best,
Sven
""" + sig('sven', 'en', foot=True))

# 135
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'HTML-only: dental prosthesis treatment plan (bridge, implant) with tooth numbers and findings in a table',
     frm=addr('Auenwald Krankenversicherung – Leistung Zahn', 'leistung-zahn@' + DOM),
     to=addr('Yusuf Çelik', 'yusuf.celik@webpost.example'),
     subject='Ihr Heil- und Kostenplan – unsere Zusage',
     date=D(2, 19, 14, 0), cte='quoted-printable',
     html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Heil- und Kostenplan</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Çelik,</p>
<p>vielen Dank für den Heil- und Kostenplan Ihres Zahnarztes, Dr. Arne Kühl, vom 12.02.2026.
Für Ihren Vertrag <b>KV-Z-3381-0517</b> (Tarif Zahn Komfort 90) sagen wir folgende Leistungen zu:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef"><th>Zahn</th><th>Befund</th><th>Geplante Versorgung</th><th>Kosten laut Plan</th><th>Erstattung 90&nbsp;%</th></tr>
<tr><td>36</td><td>fehlt (Extraktion 11/2025 nach Wurzelfraktur)</td><td>Implantat mit Keramikkrone</td><td>3.120,00&nbsp;€</td><td>2.808,00&nbsp;€</td></tr>
<tr><td>14–16</td><td>15 fehlt, 14 und 16 kariös, Füllungen insuffizient</td><td>Brücke, vollkeramisch</td><td>2.460,00&nbsp;€</td><td>2.214,00&nbsp;€</td></tr>
<tr><td>–</td><td>Parodontitis Stadium II (vor Behandlung)</td><td>systematische PAR-Therapie</td><td>780,00&nbsp;€</td><td>702,00&nbsp;€</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>6.360,00&nbsp;€</b></td><td><b>5.724,00&nbsp;€</b></td></tr>
</table>
<p>Bitte beachten Sie: Die Zahnstaffel Ihres Tarifs begrenzt die Erstattung im 2. Versicherungsjahr auf 3.000&nbsp;€.
Den übersteigenden Betrag erstatten wir, wenn Teile der Behandlung ins nächste Versicherungsjahr (ab 01.07.2026) fallen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Leistung Zahn<br>Auenwald Krankenversicherung AG</p>
<p style="font-size:11px;color:#666">Auenwald Krankenversicherung AG, Fördeplatz 7, 24103 Kiel – Diese E-Mail kann vertrauliche Informationen enthalten.</p>
</body></html>
""")

# 136
mail('NORMAL', 'en', 'internal',
     'trap: diversity statistics of the trainee cohort (gender, disability, migration background) as aggregates only',
     frm=who('marc'), to=addr('ESG Reporting', 'esg@' + DOM), cc=who('ayse'),
     subject='ESG report – trainee cohort figures for section S1',
     date=D(3, 17, 12, 48),
     body="""Hi ESG team,

Ayşe sent me the trainee figures for section S1 ("own workforce"). For the report we only
use aggregates; cells with fewer than 5 people are merged, as agreed with the works council.

Trainees and dual students 2025/26 (all years), n = 47
  Women / men / diverse:                          26 / 21 / merged into "other or n/a"
  Under 20 / 20-24 / 25 and older:                19 / 23 / 5
  With severe disability (self-declared):         merged (< 5)
  First in family to start vocational training
  or university (voluntary survey, n = 39):       41 %
  Retained after completion (class of 2025):      14 of 16

Please don't cross the figures with department names – with 47 people that could
identify individuals.

Thanks,
Marc
""" + sig('marc', 'en', short=True))

# 137
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'move into a first flat changes the regional class of a young driver\'s car policy: old and new address, premium',
     frm=addr('Auenwald Kfz-Service', 'kfz@' + DOM), to=addr('Lara Stein', 'lara.stein@netzpost.example'),
     subject='Deine neue Adresse – Auswirkung auf deine Kfz-Versicherung',
     date=D(4, 20, 11, 4), cte='8bit', flowed=True, mailer='Mozilla Thunderbird 128.6.0',
     body="""Hallo Lara,

danke für die Info über die App – und herzlichen Glückwunsch zur ersten eigenen Wohnung! 🔑

Wir haben deine Adresse geändert:
bisher: Dorfstraße 4, 24250 Löptin (bei deinen Eltern)
neu: Exerzierplatz 9, 24103 Kiel (ab 01.05.2026)

Für deinen Mini Cooper (Vertrag KF-2703-8810) bedeutet der Umzug in die Stadt leider eine andere Regionalklasse: Haftpflicht von 4 auf 7, Teilkasko von 3 auf 6. Dein Beitrag steigt deshalb ab 01.05. von 47,30 € auf 55,90 € im Monat.

Kleiner Trost: Wenn du einen festen Stellplatz oder eine Garage hast, gibt es 5 % Nachlass – sag uns einfach Bescheid.

Viele Grüße
Dein Kfz-Service von auenwald go
""")

# 138
mail('NORMAL', 'en', 'insurer-to-customer',
     'grey: prospective international student asks about cover before arrival; generic tariff information, nothing personal',
     frm=addr('auenwald go', 'hello@' + DOM), to=addr('Arjun Mehta', 'arjun.mehta@hotpost.example'),
     subject='Re: insurance before I arrive in Kiel?',
     date=D(2, 28, 13, 20),
     body="""Hi Arjun,

thanks for your message – and welcome (soon) to Kiel!

Short answer: yes, you can take out health insurance before you arrive, and for the visa
you usually need proof of it anyway.

* Incoming students under 30 usually join a statutory health insurance fund once enrolled.
  Before enrolment (e.g. for a language course), a private "incoming" tariff bridges the
  gap – ours starts at EUR 39 per month.
* If you are 30 or older, or your university says you are exempt, a private student tariff
  like go Student International is an option.
* Whatever you choose, make sure it has no waiting periods and covers pre-existing
  conditions as required for the residence permit.

We don't need any documents from you for a quote – just use the calculator on our website
or in the app. If you tell us your start date, we can also send the certificate for the
visa appointment once you sign up.

Best,
Your auenwald go team

> Hello, I'm starting a Master's in Kiel in October and my visa appointment in Mumbai
> asks for health insurance proof. Can I buy it from India? Thanks, Arjun
""")

# 139
mail('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
     'large-loss notice for the reinsurer draft: named traveller, femur fracture, pulmonary embolism, repatriation costs',
     frm=who('priya'), to=who('marc'),
     subject='Großschaden-Meldung für Northgate – Tom Berger (GA-26-118), bitte vor Versand prüfen',
     date=D(2, 16, 11, 11),
     body="""Hi Marc,

der Fall Berger geht über den Meldeschwellenwert (EUR 50,000) für den Reise-Vertrag mit
Northgate. Draft below, bitte einmal drüberschauen – dann schicke ich es über das
Rückversicherungsportal, not by mail.

---
Large loss notification – travel medical
Insured: Tom Berger, born 19/04/2006, policy RS-3310-8841
Event: scooter accident, Chiang Mai, 27/01/2026; femoral shaft fracture right (S72.3),
intramedullary nailing 28/01.
Complication: pulmonary embolism on 03/02 (I26.9), 4 days ICU, anticoagulation.
Repatriation: air ambulance Chiang Mai - Hamburg 12/02 (fitness for scheduled flight not
given after the embolism), then ambulance to Klinikum Holtenau.
Costs to date: hospital THB 1.46m (EUR 38,900), air ambulance EUR 61,500, escort and
ground transport EUR 4,200. Total EUR 104,600. Reserve for follow-up: EUR 10,000.
---

Anmerkung: Der Patient ist stabil, Reha ab März in der Reha-Klinik Ostseeblick geplant (läuft über GKV).

Danke!
Priya
""" + sig('priya', 'en', short=True))

# 140
mail('NORMAL', 'mixed', 'internal',
     'trap: buddy list pairing new trainees and interns with colleagues (names only) plus lunch plans, German and English',
     frm=who('ayse'), to=['azubis-alle@' + DOM, 'praktikum@' + DOM],
     subject='Buddy-Programm Sommer / buddy programme summer 2026 🤝',
     date=D(6, 30, 10, 0),
     body="""Hallo zusammen / hi everyone,

hier die Buddy-Paare für den Sommer. Buddies treffen sich in den ersten zwei Wochen
mindestens zweimal zum Mittagessen – die Kantine lädt ein (Gutscheine gibt's bei mir).

  Neu / new                       Buddy
  Leonie Sommer (Azubi)           Jannes Ott (Azubi 2. Jahr)
  Hannah Walsh (intern, US)       Emily Carter (Digital Product)
  Mats Ehlers (dual Student)      Kim Nguyen (IT, dual Student 3. Jahr)
  Amira Saleh (Azubi)             Fatma Yıldız (Risikoprüfung)

For our international interns: Emily and Priya are happy to help with anything from
Anmeldung to finding a good Fischbrötchen. 🐟

Kick-off-Frühstück: Montag, 03.08., 8:30 Uhr, Raum Förde 1.

Liebe Grüße / best,
Ayşe
""" + sig('ayse', short=True))

# 141
mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
     'quoted-only: broker\'s question about a named student\'s liability claim (flatmate\'s guitar) with claim number',
     frm=who('benedikt'), to=addr('Oliver Pike', 'oliver.pike@harbourlane-brokers.example'),
     subject='RE: claim status?',
     date=D(5, 22, 15, 47),
     body="""Hi Oliver,

done – payment went out this mornign, see below.

Benedikt

From: Oliver Pike <oliver.pike@harbourlane-brokers.example>
Sent: Thursday, May 21, 2026 4:12 PM
To: Benedikt Sauer <benedikt.sauer@auenwald-versicherung.example>
Subject: claim status?

Hi Benedikt,

my client Callum Reid (policy HR-7112-0043, personal liability add-on) is asking about
claim HS-26-02544 – the acoustic guitar of his flatmate that fell off the balcony at
Gerhardstraße 7 during the flat party in April. The flatmate's repair invoice
(EUR 540) went to you on 30 April. Any news?

Cheers,
Oliver
Harbour Lane Brokers Ltd
""" + sig('benedikt', 'en'))

# 142
mail('NORMAL', 'en', 'insurer-to-customer',
     'trap: automatic app notification "document received" without any content or claim reference',
     frm=addr('Auenwald App', 'noreply@app.' + DOM), to='hamid.rahimi@stud.uni-foerde.example',
     subject='We received your document',
     date=D(4, 22, 23, 12, 44), mailer='Auenwald Notification Service 2.4', charset='us-ascii',
     hdrs=[('Auto-Submitted', 'auto-generated')],
     body="""Hi,

we've received the document you uploaded in the Auenwald App. You'll find the status in
the app under "My requests".

For your security, we never include details of your documents in e-mails.

Your auenwald go team

You receive this message because notifications are switched on in the app. You can change
this under Settings > Notifications.
""")

# 143
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'base64 body: newborn added to the mother\'s health insurance after birth, birth date, weight, caesarean section',
     frm=addr('Auenwald Krankenversicherung – Vertrag', 'vertrag-kranken@' + DOM),
     to=addr('Elif Kaya', 'elif.kaya@stud.uni-foerde.example'),
     subject='Herzlichen Glückwunsch! Kindernachversicherung für Deniz',
     date=D(6, 25, 9, 38), cte='base64',
     body="""Liebe Frau Kaya,

herzlichen Glückwunsch zur Geburt Ihres Sohnes! 💙

Wir haben Deniz Kaya, geboren am 18.06.2026 im Städtischen Klinikum Holtenau (3.340 g,
51 cm), rückwirkend ab Geburt ohne Gesundheitsprüfung und ohne Wartezeiten in Ihrem Tarif
versichert:

   Neuer Vertrag:  KV-5519-0026-K1 (Kindertarif go Family Start)
   Beginn:         18.06.2026
   Beitrag:        38,70 € monatlich

Die Kosten der Entbindung per Kaiserschnitt und die Versorgung von Deniz auf der
Neugeborenenstation rechnet das Klinikum direkt mit uns ab. Die Nachsorge durch Ihre
Hebamme, Frau Anke Brodersen, erstatten wir Ihnen nach Rechnung.

Bitte schicken Sie uns noch die Geburtsurkunde (Foto in der App genügt).

Alles Gute für Ihre kleine Familie!
Ihr Vertragsservice Kranken

""" + FOOT_DE)

# 144
mail('NORMAL', 'en', 'insurer-to-supplier',
     'trap: quote request for emoji reactions in the chat widget; no personal data',
     frm=who('emily'), to=addr('Dana Whitfield', 'dana.whitfield@brightloop.example'),
     subject='Quote request: emoji reactions in the chat widget 👍',
     date=D(5, 25, 14, 8),
     body="""Hi Dana,

could you send us a quote for the following small feature in the app's chat widget?

* Users can react to a message with one of five emojis (👍 ❤️ 😂 😮 🙏)
* Reactions are stored with the message and shown to our agents in the agent console
* No free emoji picker – only the five
* Accessibility: reactions must be announced by screen readers
* Analytics: count reactions per message type (bot / agent), no user IDs in the
  analytics export

Target release: 4.15 (September). A rough estimate in person-days is enough for now.

Thanks!
Emily
""" + sig('emily', 'en', foot=True))

# 145
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'burglary contents claim settlement with the customer\'s UK IBAN and valuables limit',
     frm=who('hendrik'), to=addr('Olivia Grant', 'olivia.grant@hotpost.example'),
     subject='Settlement of your burglary claim HR-26-006012',
     date=D(5, 6, 16, 2),
     body="""Dear Ms Grant,

thank you for confirming the list and sending the bank statements. Here is our settlement:

  MacBook Pro 14"                 EUR 2,199.00
  Canon EOS R8 + lens             EUR 1,749.00
  Gold necklace (valuables)       EUR   650.00
  Cash                            EUR   240.00
  Lock repair                     EUR   310.00
  Total                           EUR 5,148.00

No deductible applies. As you asked, we will pay to your UK account
%s (Olivia Grant); the exchange rate of your bank will
apply.

If any of the items are recovered by the police, please let us know.

Kind regards,
Hendrik Claußen
""" % grp(IB['olivia_gb']) + sig('hendrik', 'en'))

# 146
mail('NORMAL', 'de', 'internal',
     'trap: deletion concept for chat logs listing data categories (Gesundheitsdaten, Bankdaten) and retention periods',
     frm=who('annalena'), to=[who('sven'), who('emily'), who('lea')],
     subject='Löschkonzept Chat & App – Version 2.0 zur Abstimmung',
     date=D(3, 26, 10, 15),
     body="""Hallo zusammen,

anbei die Kernpunkte der Version 2.0 des Löschkonzepts. Bitte Rückmeldung bis 09.04.

Datenart                                  Ort              Löschfrist
Chatverläufe ohne Vertragsbezug           Chat-Plattform   30 Tage nach Chat-Ende
Chatverläufe mit Vertrags-/Schadenbezug   Ticketsystem     Ende der Aufbewahrung der Akte
                                                           (Sach 6 J., Leben/Kranken 10 J.)
Hochgeladene Belege (Arztrechnungen, AU)  Leistungsakte    10 Jahre nach Ende der Leistung
Fotos Kfz-/Sachschaden                    Schadenakte      6 Jahre nach Abschluss
Bankdaten-Änderungen im Chat              nicht speichern  – sofort maskieren (nur letzte 4)
Analytics-Events                          Analytics        13 Monate, pseudonymisiert
Push-Token                                App-Backend      bei Abmeldung / 90 Tage inaktiv

Offene Fragen:
1. Sven: Kann die Chat-Plattform Bankdaten automatisch maskieren, bevor sie gespeichert
   werden? (Stichwort IBAN-Erkennung mit Prüfziffer)
2. Emily: Werden in den Intent-Trainingsdaten noch Originaläußerungen gespeichert?
3. Lea: Braucht ihr für die Qualitätssicherung wirklich 30 Tage, oder reichen 14?

Danke!
Anna-Lena
""")

# 147
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'scanned settlement letter sent as application/octet-stream: accident and medical costs of a wrist fracture',
     frm=who('priya'), to=addr('Ciarán Doyle', 'ciaran.doyle@hotpost.example'),
     subject='RE: settlement letter',
     date=D(3, 27, 15, 3),
     atts=[A('Scan_2026-03-27_1502.pdf', pdf("""# Auenwald Versicherung AG – International Desk
Mr Ciarán Doyle, 14 Ranelagh Gardens, Dublin 6, Ireland
Policy RS-2301-7741 | Claim RS-26-001345 | Kiel, 27 March 2026

# Settlement – skiing accident, Austria, 8 February 2026
Diagnosis: distal radius fracture left (S52.5), closed reduction, cast 6 weeks
Alpenklinikum Gasteinertal, emergency treatment and X-ray   EUR    684.20
Rescue by helicopter from the slope                         EUR  4,120.00
Follow-up Dr Aoife Brennan, Dublin (3 visits, X-ray)         EUR    310.00
Physiotherapy, 8 sessions                                    EUR    360.00
Total medical and rescue costs                               EUR  5,474.20
Accident lump sum (fracture benefit)                         EUR    500.00
Payment to IE account ending 5678                            EUR  5,974.20
""", title='Scan'), ctype='application/octet-stream')],
     body="""Dear Mr Doyle,

sorry – the letter went to your old address. Here is the scan.

Best regards,
Priya Raman
""" + sig('priya', 'en'))

# 148
mail('NORMAL', 'en', 'internal',
     'trap: English out-of-office reply referring urgent travel-health cases to a team mailbox',
     frm=who('emily'), to=who('marc'),
     subject='Automatic reply: Comments on Q1 board deck – slides 7-12',
     date=D(4, 24, 18, 2, 40), mailer='Microsoft Exchange Server',
     hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
     body="""Hi,

I'm on annual leave until Monday 4 May with no access to e-mail.

For anything urgent about the app or the chatbot, please contact Sven Hagedorn
(sven.hagedorn@auenwald-versicherung.example). If a customer conversation was escalated
because of a medical emergency abroad, the International Desk handles it
(international@auenwald-versicherung.example).

Thanks,
Emily
""")

# 149
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: answers for a campus radio interview on young drivers, accident statistics and insurance costs; aggregates only',
     frm=who('nele'), to=addr('Campus Radio Förde', 'redaktion@campusradio-foerde.example'),
     subject='Your questions for Friday\'s show – our written answers',
     date=D(5, 13, 17, 17),
     body="""Hi Finja,

as promised, here are the written answers for the English-language show on Friday. Feel
free to quote them.

1. Why is car insurance so expensive for 18-year-olds?
   Statistically, drivers aged 18-20 have about three times as many accidents as drivers
   aged 25-64 in our portfolio. Insurers price that risk – not the individual person.

2. What can young drivers do?
   Use a parent's or grandparent's second-car arrangement, choose a telematics tariff, and
   drive carefully: every claim-free year brings the premium down.

3. What should you do after an accident?
   Secure the scene, call 112 if anybody is hurt, take photos, exchange details. Don't
   admit liability on the spot – just describe what happened.

4. Do students need health insurance in Germany?
   Yes, it's compulsory for enrolment.

Please don't use our answers in any advertising. And if you want a live guest: I'm happy to
come to the studio.

Best,
Nele
""" + sig('nele', 'en'))

# 150
mail('NORMAL', 'de', 'internal',
     'trap: invitation to the trainees\' graduation party; names of graduates only, no grades or personal data',
     frm=who('ayse'), to=['alle@' + DOM],
     subject='Einladung: Abschlussfeier unserer Azubis und dual Studierenden 🎓',
     date=D(6, 26, 14, 0),
     body="""Liebe Kolleginnen und Kollegen,

elf Azubis und fünf dual Studierende haben in diesem Sommer ihre Abschlussprüfungen
bestanden – das wollen wir feiern! 🎉

   Donnerstag, 16.07.2026, 16:00 Uhr
   Dachterrasse (bei Regen: Kantine)

Programm: kurze Rede des Vorstands, Übergabe der Zeugnismappen, Fotobox, danach Grillen.

Herzlichen Glückwunsch an alle Absolventinnen und Absolventen – besonders an diejenigen,
die nach der Ausbildung bei uns bleiben und ab August in Kfz-Schaden, im Kundenservice
Digital und in der Risikoprüfung starten.

Bitte meldet euch bis 08.07. im Intranet an, damit wir genug Würstchen (und Tofu) haben.

Liebe Grüße
Ayşe
""" + sig('ayse'))


# --------------------------------------------------------------------------------------
# Build, write, check
# --------------------------------------------------------------------------------------

def build_all():
    assert len(MAILS) == 150, len(MAILS)
    files, rows = [], ['file\tlabel\tlang\tkind\treason']
    for n, m in enumerate(MAILS, 1):
        raw, _ = build_one(n, m)
        fn = '%s%04d.eml' % (PREFIX, n)
        files.append((fn, raw))
        for f in ('reason', 'kind'):
            assert '\t' not in m[f] and '\n' not in m[f]
        rows.append('\t'.join([fn, m['label'], m['lang'], m['kind'], m['reason']]))
    labels = ('\n'.join(rows) + '\n').encode('utf-8')
    return files, labels


def write():
    files, labels = build_all()
    md = os.path.join(HERE, 'mails')
    os.makedirs(md, exist_ok=True)
    for fn in os.listdir(md):
        if fn.startswith(PREFIX) and fn.endswith('.eml'):
            os.remove(os.path.join(md, fn))
    for fn, raw in files:
        with open(os.path.join(md, fn), 'wb') as f:
            f.write(raw)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(labels)
    print('wrote %d mails and labels.tsv' % len(files))


ALLOWED_CHARSETS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}
CODEC = {'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252', 'us-ascii': 'ascii'}
RE_MAIL = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
RE_URL = re.compile(r'(?:https?://|www\.)([A-Za-z0-9.-]+)')
RE_IBAN = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b')
IBAN_LEN = {'DE': 22, 'GB': 22, 'IE': 22, 'IT': 27, 'ES': 24, 'FR': 27, 'NL': 18, 'AT': 20,
            'PT': 25, 'SE': 24, 'BR': 29}


class _HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.chunks = []

    def handle_data(self, d):
        self.chunks.append(d)


def html_text(s):
    p = _HP()
    p.feed(s)
    p.close()
    return ' '.join(p.chunks)


def _xml_text(data):
    root = ET.fromstring(data)
    return ' '.join(t for t in root.itertext())


def open_attachment(name, data, stats, depth=0):
    """Open an attachment by file type; return its text.  Raises on any problem."""
    ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
    stats[ext] = stats.get(ext, 0) + 1
    if ext == 'pdf':
        t = pdf_text(data)
        assert t.strip(), 'PDF without text layer: ' + name
        return t
    if ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, name
        if ext == 'zip':
            out = []
            for zi in z.infolist():
                if zi.is_dir():
                    continue
                out.append(open_attachment(zi.filename, z.read(zi), stats, depth + 1))
            assert out, 'empty zip ' + name
            return '\n'.join(out)
        names = z.namelist()
        for nm in names:
            if nm.endswith('.xml') or nm.endswith('.rels'):
                ET.fromstring(z.read(nm))
        if ext == 'docx':
            assert '[Content_Types].xml' in names
            t = _xml_text(z.read('word/document.xml'))
        elif ext == 'xlsx':
            assert 'xl/workbook.xml' in names
            t = ' '.join(_xml_text(z.read(nm)) for nm in names if nm.startswith('xl/worksheets/'))
        else:
            assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
            t = _xml_text(z.read('content.xml'))
        assert t.strip(), 'empty document ' + name
        return t
    if ext == 'csv':
        for cs in ('utf-8', 'cp1252'):
            try:
                s = data.decode(cs)
                break
            except UnicodeDecodeError:
                continue
        rows = list(csv.reader(io.StringIO(s), delimiter=';' if ';' in s.splitlines()[0] else ','))
        assert len(rows) >= 2, name
        return s
    if ext == 'ics':
        s = data.decode('utf-8')
        assert s.startswith('BEGIN:VCALENDAR') and 'END:VCALENDAR' in s and 'BEGIN:VEVENT' in s, name
        return s.replace('\r\n ', '')      # unfold
    if ext in ('html', 'htm'):
        t = html_text(data.decode('utf-8'))
        assert t.strip()
        return t
    if ext == 'eml':
        msg = BytesParser(policy=policy.default).parsebytes(data)
        assert not msg.defects
        return '\n'.join(check_message(msg, stats, depth + 1)[0])
    if ext in ('txt', 'log'):
        return data.decode('utf-8')
    raise AssertionError('unknown attachment type: ' + name)


def check_message(msg, stats, depth=0):
    """Walk a parsed message; return (texts, n_attachments)."""
    texts, natt = [], 0
    for part in msg.walk():
        assert not part.defects, part.defects
        for k, v in part.items():
            assert not getattr(v, 'defects', None), (k, v.defects)
            texts.append(str(v))
        ctype = part.get_content_type()
        if ctype == 'message/rfc822':
            stats['eml'] = stats.get('eml', 0) + 1
            natt += 1
        if part.is_multipart():
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if ctype.startswith('text/') and not fn:
            cs = part.get_content_charset()
            assert cs in ALLOWED_CHARSETS, cs
            stats['charset:' + cs] = stats.get('charset:' + cs, 0) + 1
            stats['cte:' + part.get('Content-Transfer-Encoding', '7bit')] = \
                stats.get('cte:' + part.get('Content-Transfer-Encoding', '7bit'), 0) + 1
            t = payload.decode(CODEC[cs])          # strict
            texts.append(html_text(t) if ctype == 'text/html' else t)
        else:
            assert fn, 'attachment without file name'
            natt += 1
            texts.append(open_attachment(fn, payload, stats, depth))
    return texts, natt


def check():
    files, labels = build_all()
    ok = True
    md = os.path.join(HERE, 'mails')
    on_disk = sorted(f for f in os.listdir(md) if f.endswith('.eml'))
    assert on_disk == [f for f, _ in files], 'file list differs from generator'
    for fn, raw in files:
        with open(os.path.join(md, fn), 'rb') as f:
            assert f.read() == raw, 'differs from generator: ' + fn
    with open(os.path.join(HERE, 'labels.tsv'), 'rb') as f:
        assert f.read() == labels, 'labels.tsv differs from generator'
    mids = set()
    stats = {}
    tops = {}
    n_ib = 0
    for (fn, raw), m in zip(files, MAILS):
        assert b'\n' not in raw.replace(b'\r\n', b'') and b'\r' not in raw.replace(b'\r\n', b''), \
            'bare LF/CR in ' + fn
        for line in raw.split(b'\r\n'):
            assert len(line) <= 998, 'line too long in ' + fn
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert not msg.defects, (fn, msg.defects)
        mid = msg['Message-ID']
        assert mid and mid not in mids, 'duplicate Message-ID ' + fn
        mids.add(mid)
        dt = parsedate_to_datetime(msg['Date'])
        assert dt.year == 2026, fn
        frm = msg['From'].addresses[0].domain
        assert frm == DOM or frm.endswith('.' + DOM), 'not sent from the insurer: ' + fn
        ct = msg.get_content_type()
        tops[ct] = tops.get(ct, 0) + 1
        try:
            texts, natt = check_message(msg, stats)
        except Exception as e:
            print('FAIL', fn, repr(e))
            ok = False
            continue
        if natt:
            stats['mails with attachments'] = stats.get('mails with attachments', 0) + 1
        alltext = '\n'.join(texts)
        for h in RE_MAIL.findall(alltext) + RE_URL.findall(alltext):
            h = h.rstrip('.').lower()
            if not h.endswith('.example'):
                print('FAIL', fn, 'host not .example:', h)
                ok = False
        for cand in RE_IBAN.findall(alltext):
            c = cand.replace(' ', '')
            if IBAN_LEN.get(c[:2]) == len(c):
                n_ib += 1
                if not iban_ok(c):
                    print('FAIL', fn, 'IBAN checksum', cand)
                    ok = False
    cnt = {}
    lang = {}
    for m in MAILS:
        cnt[m['label']] = cnt.get(m['label'], 0) + 1
        lang[m['lang']] = lang.get(m['lang'], 0) + 1
    if cnt != {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}:
        print('FAIL label counts', cnt)
        ok = False
    print('mails: %d, unique Message-IDs: %d, IBANs validated: %d' % (len(files), len(mids), n_ib))
    print('labels:', ', '.join('%s %d' % (k, cnt[k]) for k in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')))
    print('languages:', ', '.join('%s %d' % (k, lang.get(k, 0)) for k in ('de', 'en', 'mixed')))
    print('top-level types:', ', '.join('%s %d' % kv for kv in sorted(tops.items())))
    print('parts/attachments:', ', '.join('%s %d' % kv for kv in sorted(stats.items())))
    print('check: ' + ('OK' if ok else 'FAILED'))
    return ok


def table():
    """Print the distribution tables used in README.md."""
    from collections import Counter
    lab = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')
    c = Counter((m['label'], m['lang']) for m in MAILS)
    print('| label | de | en | mixed | total |')
    for l in lab:
        print('| %s | %d | %d | %d | %d |' % (l, c[(l, 'de')], c[(l, 'en')], c[(l, 'mixed')],
                                             sum(c[(l, x)] for x in ('de', 'en', 'mixed'))))
    k = Counter((m['kind'], m['label']) for m in MAILS)
    kinds = sorted({m['kind'] for m in MAILS}, key=lambda x: -sum(k[(x, l)] for l in lab))
    print('| kind | n | NORMAL | CONF. | STRICT |')
    for kk in kinds:
        print('| %s | %d | %d | %d | %d |' % (kk, sum(k[(kk, l)] for l in lab), k[(kk, lab[0])],
                                             k[(kk, lab[1])], k[(kk, lab[2])]))
    traps = sum(1 for m in MAILS if m['reason'].startswith('trap'))
    grey = sum(1 for m in MAILS if 'grey:' in m['reason'])
    print('traps', traps, 'grey', grey)


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.exit(0 if check() else 1)
    elif '--table' in sys.argv:
        table()
    else:
        write()
