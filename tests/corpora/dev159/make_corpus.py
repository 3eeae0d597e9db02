#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Independent mail corpus dev159 for Siegel (issue 14).

150 fictitious outgoing e-mails of the invented insurer "Weserbogen
Versicherungsgruppe" (domain weserbogen.example), each labelled NORMAL,
CONFIDENTIAL or STRICTLY_CONFIDENTIAL.  Standard library only: every MIME
part, PDF, DOCX, XLSX, ODT, ODS, ZIP, CSV, ICS and attached message is built
by hand below.

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds in memory and verifies everything
"""
import base64
import csv
import io
import os
import re
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, parseaddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd159-'
DOM = 'weserbogen.example'
CRLF = '\r\n'

# ---------------------------------------------------------------------------
# IBAN helpers (ISO 13616 / ISO 7064 mod 97-10)
# ---------------------------------------------------------------------------
IBAN_LEN = {'DE': 22, 'AT': 20, 'CH': 21, 'PL': 28, 'TR': 26, 'IT': 27,
            'GR': 27, 'ES': 24, 'GB': 22, 'NL': 18, 'PT': 25, 'FR': 27,
            'BE': 16, 'LU': 20, 'CY': 28, 'DK': 18, 'IE': 22}


def _num(s):
    return ''.join(str(int(ch, 36)) for ch in s)


def iban(cc, bban, grouped=True):
    """Return a valid IBAN for country cc and the given BBAN."""
    bban = bban.replace(' ', '').upper()
    check = 98 - int(_num(bban + cc + '00')) % 97
    s = f'{cc}{check:02d}{bban}'
    assert len(s) == IBAN_LEN[cc], (cc, bban, len(s))
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return int(_num(s[4:] + s[:4])) % 97 == 1


# ---------------------------------------------------------------------------
# Document builders (standard library only)
# ---------------------------------------------------------------------------
ZIPDATE = (2026, 1, 2, 8, 0, 0)


def _zip(members, stored_first=None):
    """members: list of (name, bytes|str); deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zi.compress_type = (zipfile.ZIP_STORED if name == stored_first
                                else zipfile.ZIP_DEFLATED)
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def make_pdf(lines, title='Dokument', author='Weserbogen Versicherungsgruppe',
             compress=True, date='20260105090000'):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding).
    A line starting with '# ' is printed bold and a bit larger."""
    def lit(s):
        b = s.encode('cp1252', 'replace')
        return b'(' + b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title ' + lit(title) + b' /Author ' + lit(author) +
               b' /Producer (Weserbogen DMS 7.2) /CreationDate (D:' + date.encode() + b'+01\'00\') >>')
    kids = []
    n = 6
    for pg in pages:
        ops = [b'BT', b'56 790 Td', b'14 TL']
        for ln in pg:
            if ln.startswith('# '):
                ops.append(b'/F2 12 Tf ' + lit(ln[2:]) + b" '")
            else:
                ops.append(b'/F1 10 Tf ' + lit(ln) + b" '")
        ops.append(b'ET')
        raw = b'\n'.join(ops)
        if compress:
            data = zlib.compress(raw, 9)
            objs[n + 1] = (b'<< /Length ' + str(len(data)).encode() +
                           b' /Filter /FlateDecode >>\nstream\n' + data + b'\nendstream')
        else:
            objs[n + 1] = (b'<< /Length ' + str(len(raw)).encode() + b' >>\nstream\n' + raw +
                           b'\nendstream')
        objs[n] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents '
                   + str(n + 1).encode() + b' 0 R >>')
        kids.append(n)
        n += 2
    objs[2] = (b'<< /Type /Pages /Kids [' + b' '.join(str(k).encode() + b' 0 R' for k in kids) +
               b'] /Count ' + str(len(kids)).encode() + b' >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in range(1, n):
        offs[i] = len(out)
        out += str(i).encode() + b' 0 obj\n' + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 ' + str(n).encode() + b'\n0000000000 65535 f \n'
    for i in range(1, n):
        out += b'%010d 00000 n \n' % offs[i]
    out += (b'trailer\n<< /Size ' + str(n).encode() + b' /Root 1 0 R /Info 5 0 R >>\nstartxref\n' +
            str(xref).encode() + b'\n%%EOF\n')
    return bytes(out)


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def make_docx(paras, title='', author='Weserbogen'):
    """paras: list of str (paragraph) or list (table row of cells).
    A paragraph starting with '# ' becomes bold."""
    body = []
    rows = []

    def flush():
        if rows:
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
            for r in rows:
                t.append('<w:tr>' + ''.join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>' for c in r) + '</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
            rows.clear()
    for p in paras:
        if isinstance(p, (list, tuple)):
            rows.append(p)
            continue
        flush()
        if p.startswith('# '):
            body.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>')
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    flush()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>' + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
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
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                 ('word/document.xml', doc), ('docProps/core.xml', core)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets):
    """sheets: list of (name, rows); numbers stay numbers, the rest inline strings."""
    S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    members = []
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{S}" xmlns:r="{R}"><sheets>']
    wbr = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for k, (name, rows) in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{k}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        wb.append(f'<sheet name="{_x(name)}" sheetId="{k}" r:id="rId{k}"/>')
        wbr.append(f'<Relationship Id="rId{k}" Type="{R}/worksheet" Target="worksheets/sheet{k}.xml"/>')
        x = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{S}"><sheetData>']
        for r, row in enumerate(rows, 1):
            x.append(f'<row r="{r}">')
            for c, v in enumerate(row):
                ref = f'{_col(c)}{r}'
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    x.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            x.append('</row>')
        x.append('</sheetData></worksheet>')
        members.append((f'xl/worksheets/sheet{k}.xml', ''.join(x)))
    ct.append('</Types>')
    wb.append('</sheets></workbook>')
    wbr.append('</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([('[Content_Types].xml', ''.join(ct)), ('_rels/.rels', rels),
                 ('xl/workbook.xml', ''.join(wb)), ('xl/_rels/workbook.xml.rels', ''.join(wbr))] + members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'office:version="1.2"')


def _odf(mimetype, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([('mimetype', mimetype), ('META-INF/manifest.xml', manifest),
                 ('content.xml', content)], stored_first='mimetype')


def make_odt(paras):
    b = []
    for p in paras:
        if p.startswith('# '):
            b.append(f'<text:h text:outline-level="1">{_x(p[2:])}</text:h>')
        else:
            b.append(f'<text:p>{_x(p)}</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               '<office:body><office:text>' + ''.join(b) + '</office:text></office:body></office:document-content>')
    return _odf('application/vnd.oasis.opendocument.text', content)


def make_ods(sheets):
    b = []
    for name, rows in sheets:
        b.append(f'<table:table table:name="{_x(name)}">')
        for row in rows:
            b.append('<table:table-row>')
            for v in row:
                if isinstance(v, (int, float)):
                    b.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    b.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            b.append('</table:table-row>')
        b.append('</table:table>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               '<office:body><office:spreadsheet>' + ''.join(b) +
               '</office:spreadsheet></office:body></office:document-content>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet', content)


def make_csv(rows, delimiter=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def make_ics(uid, start, end, summary, location='', description='', organizer='', attendee=''):
    def fold(line):
        out = []
        b = line.encode('utf-8')
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode('utf-8'))
            b = b[cut:]
        out.append(b.decode('utf-8'))
        return '\r\n '.join(out)

    def esc(t):
        return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Weserbogen//Kalender 4.1//DE',
             'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20260102T080000Z',
             f'DTSTART;TZID=Europe/Berlin:{start}', f'DTEND;TZID=Europe/Berlin:{end}',
             f'SUMMARY:{esc(summary)}']
    if location:
        lines.append(f'LOCATION:{esc(location)}')
    if description:
        lines.append(f'DESCRIPTION:{esc(description)}')
    if organizer:
        lines.append(f'ORGANIZER;CN={organizer}')
    if attendee:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:{attendee}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


# ---------------------------------------------------------------------------
# MIME tree and serialisation (written by hand, CRLF, deterministic)
# ---------------------------------------------------------------------------
class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 flowed=False, inline_name=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.inline_name = flowed, inline_name


class Att:
    def __init__(self, filename, data, ctype, charset=None, cte='base64', disposition='attachment'):
        self.filename, self.data, self.ctype = filename, data, ctype
        self.charset, self.cte, self.disposition = charset, cte, disposition


class Multi:
    def __init__(self, subtype, parts):
        self.subtype, self.parts = subtype, parts


class Rfc822:
    def __init__(self, msgbytes, filename=None):
        self.msgbytes, self.filename = msgbytes, filename


CT = {'pdf': 'application/pdf',
      'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'odt': 'application/vnd.oasis.opendocument.text',
      'ods': 'application/vnd.oasis.opendocument.spreadsheet',
      'zip': 'application/zip', 'csv': 'text/csv', 'ics': 'text/calendar',
      'html': 'text/html', 'txt': 'text/plain'}


def A(filename, data, ctype=None, charset=None, cte=None):
    """Attachment helper: str data is encoded with charset (default utf-8)."""
    ext = filename.rsplit('.', 1)[-1].lower()
    ctype = ctype or CT.get(ext, 'application/octet-stream')
    if isinstance(data, str):
        charset = charset or 'utf-8'
        data = data.encode(charset)
    return Att(filename, data, ctype, charset, cte or 'base64')


def qp_encode(b):
    """Quoted-printable (RFC 2045) of CRLF text bytes; returns str with CRLF."""
    out = []
    for line in b.split(b'\r\n'):
        enc = []
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and i < len(line) - 1):
                enc.append(chr(c))
            else:
                enc.append('=%02X' % c)
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + '=')
                cur = ''
            cur += tok
        out.append(cur)
    return CRLF.join(out)


def b64(b):
    s = base64.b64encode(b).decode('ascii')
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def crlf(t):
    return t.replace('\r\n', '\n').replace('\n', '\r\n')


def fname_params(name, key='filename'):
    try:
        name.encode('ascii')
        return f'{key}="{name}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        return f"{key}*=utf-8''{quote(name, safe='')}"


def render_part(p, bctr):
    """Return (list of header lines, body str) for a MIME node."""
    if isinstance(p, Text):
        raw = crlf(p.text).encode(p.charset)
        params = f'text/{p.subtype}; charset="{p.charset}"'
        if p.flowed:
            params += '; format=flowed'
        if p.cte == 'quoted-printable':
            body = qp_encode(raw)
        elif p.cte == 'base64':
            body = b64(raw)
        else:
            if p.cte == '7bit':
                raw.decode('ascii')
            body = raw.decode(p.charset)
        hdrs = [f'Content-Type: {params}', f'Content-Transfer-Encoding: {p.cte}']
        if p.inline_name:
            hdrs.append(f'Content-Disposition: inline; {fname_params(p.inline_name)}')
        return hdrs, body
    if isinstance(p, Att):
        ct = p.ctype
        if p.charset:
            ct += f'; charset="{p.charset}"'
        ct += '; ' + fname_params(p.filename, 'name')
        if p.cte == 'quoted-printable':
            body = qp_encode(crlf(p.data.decode(p.charset)).encode(p.charset))
        elif p.cte in ('7bit', '8bit'):
            body = crlf(p.data.decode(p.charset or 'ascii'))
        else:
            body = b64(p.data)
        return [f'Content-Type: {ct}', f'Content-Transfer-Encoding: {p.cte}',
                f'Content-Disposition: {p.disposition}; {fname_params(p.filename)}'], body
    if isinstance(p, Rfc822):
        hdrs = ['Content-Type: message/rfc822']
        if p.filename:
            hdrs.append(f'Content-Disposition: attachment; {fname_params(p.filename)}')
        return hdrs, p.msgbytes.decode('utf-8')
    if isinstance(p, Multi):
        bctr[0] += 1
        bnd = f'----=_WB_{bctr[1]}_{bctr[0]:02d}_{p.subtype[:3]}'
        chunks = []
        if p.subtype == 'mixed':
            chunks.append('This is a multi-part message in MIME format.' + CRLF)
        for sub in p.parts:
            h, b = render_part(sub, bctr)
            chunks.append(f'--{bnd}{CRLF}' + CRLF.join(h) + CRLF + CRLF + b + CRLF)
        chunks.append(f'--{bnd}--{CRLF}')
        return [f'Content-Type: multipart/{p.subtype};{CRLF} boundary="{bnd}"'], ''.join(chunks)
    raise TypeError(p)


def enc_header(name, value, charset='utf-8'):
    try:
        value.encode('ascii')
        h = Header(value, 'us-ascii', header_name=name)
    except UnicodeEncodeError:
        h = Header(value, charset, header_name=name)
    return f'{name}: ' + h.encode(linesep=CRLF)


def addr(a, charset='utf-8'):
    if isinstance(a, str):
        return a
    name, mail = a
    try:
        name.encode('ascii')
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return formataddr((name, mail), charset=charset)


def addr_list(name, lst, charset='utf-8'):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    items = [addr(a, charset) for a in lst]
    line = f'{name}: ' + items[0]
    for it in items[1:]:
        if len(line.rsplit(CRLF, 1)[-1]) + len(it) + 2 > 76:
            line += ',' + CRLF + ' ' + it
        else:
            line += ', ' + it
    return line


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(d, tz='+0100'):
    import datetime
    y, mo, da, h, mi = d[:5]
    s = d[5] if len(d) > 5 else (mo * 7 + da * 3 + h) % 60
    wd = datetime.date(y, mo, da).weekday()
    if tz is None:
        tz = '+0200' if (mo, da) >= (3, 29) and (mo, da) < (10, 25) else '+0100'
    return f'{DAYS[wd]}, {da:02d} {MONTHS[mo - 1]} {y} {h:02d}:{mi:02d}:{s:02d} {tz}'


def build_message(frm, to, subject, date, root, cc=None, msgid=None, reply_to=None,
                  in_reply_to=None, extra=(), hcharset='utf-8', tag='x', tz=None):
    hdr = []
    hdr.append(addr_list('From', frm, hcharset))
    hdr.append(addr_list('To', to, hcharset))
    if cc:
        hdr.append(addr_list('Cc', cc, hcharset))
    if reply_to:
        hdr.append(addr_list('Reply-To', reply_to, hcharset))
    hdr.append(enc_header('Subject', subject, hcharset))
    hdr.append(f'Date: {rfcdate(date, tz)}')
    hdr.append(f'Message-ID: {msgid}')
    if in_reply_to:
        hdr.append(f'In-Reply-To: {in_reply_to}')
        hdr.append(f'References: {in_reply_to}')
    for e in extra:
        hdr.append(e)
    hdr.append('MIME-Version: 1.0')
    h, body = render_part(root, [0, tag])
    out = CRLF.join(hdr + h) + CRLF + CRLF + body
    if not out.endswith(CRLF):
        out += CRLF
    # 8bit bodies are serialised in their declared charset
    if isinstance(root, Text) and root.cte == '8bit':
        head, _, b = out.partition(CRLF + CRLF)
        return head.encode('ascii') + (CRLF + CRLF).encode('ascii') + b.encode(root.charset)
    return out.encode('utf-8')


# ---------------------------------------------------------------------------
# The invented world
# ---------------------------------------------------------------------------
STAFF = {}


def staff(key, name, local, sig):
    STAFF[key] = ((name, f'{local}@{DOM}'), sig.strip('\n'))


FOOT_DE = """Weserbogen Versicherungsgruppe · Weserbogenallee 1 · 28197 Bremen
Weserbogen Allgemeine Versicherung AG · Amtsgericht Bremen HRB 99117
Vorstand: Dr. Hauke Lindemeyer (Vors.), Annette Kluthe, Ralf Pannier
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Nachricht. Das unerlaubte Kopieren oder Weitergeben ist nicht gestattet."""

FOOT_EN = """Weserbogen Versicherungsgruppe, Weserbogenallee 1, 28197 Bremen, Germany
Registered: Amtsgericht Bremen HRB 99117 | Board: Dr. Hauke Lindemeyer (Chair), Annette Kluthe, Ralf Pannier
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this message. Any unauthorised
copying or disclosure is prohibited."""

staff('awr', 'Agnieszka Wróbel', 'agnieszka.wrobel', """
Mit freundlichen Grüßen
Agnieszka Wróbel
Leistungsabteilung Krankenversicherung – ambulant/Zahn
Weserbogen Krankenversicherung AG
Tel. +49 421 5550-3312
""")
staff('tko', 'Tomasz Kowalczyk', 'tomasz.kowalczyk', """
Pozdrawiam / Viele Grüße
Tomasz Kowalczyk
Kfz-Schaden, Team 4
Weserbogen Allgemeine Versicherung AG
T +49 421 5550-4471 | Fax +49 421 5550-4499
""")
staff('eyi', 'Emre Yıldız', 'emre.yildiz', """
--
Emre Yıldız
IT Anwendungsbetreuung – SecureMail / Portal
Weserbogen Informatik GmbH
Durchwahl -7730
""")
staff('ade', 'Ayşe Demir', 'ayse.demir', """
Viele Grüße
Ayşe Demir
Personalabteilung / HR Services
Tel. -1184
""")
staff('gfe', 'Giulia Ferraro', 'giulia.ferraro', """
Kind regards,
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
Phone +49 421 5550-3580 | 24h assistance +49 421 5550-3599
""")
staff('mbe', 'Marco Bellandi', 'marco.bellandi', """
Cordiali saluti / Mit freundliche Grüße
Marco Bellandi
Einkauf & Facility Management
Weserbogen Versicherungsgruppe
""")
staff('epa', 'Eleni Papadopoulou', 'eleni.papadopoulou', """
Mit freundlichen Grüßen
Eleni Papadopoulou
Risikoprüfung Leben / BU
Weserbogen Lebensversicherung AG
Tel. +49 421 5550-2218
""")
staff('dka', 'Dimitris Karagiannis', 'dimitris.karagiannis', """
Freundliche Grüße
Dimitris Karagiannis
Rechtsschutz-Schaden / Regress
Weserbogen Rechtsschutz AG
""")
staff('ksa', 'Kübra Şahin', 'kuebra.sahin', """
Herzliche Grüße aus Bremen
Kübra Şahin
Kundenservice
Weserbogen Versicherungsgruppe
Service-Hotline 0800 5550 100 (kostenfrei)
""")
staff('pno', 'Piotr Nowicki', 'piotr.nowicki', """
Beste Grüße
Piotr Nowicki
Maklerbetreuung Nord-Ost
Weserbogen Versicherungsgruppe
Mobil +49 170 5550 2961
""")
staff('iru', 'Irene Russo', 'irene.russo', """
Cordiali saluti,
Irene Russo
Unfall-Leistung
Weserbogen Lebensversicherung AG
""")
staff('jha', 'Jens Haberkorn', 'jens.haberkorn', """
Gruß
Jens Haberkorn
Maklerbetreuung / Vertriebsunterstützung
Weserbogen Versicherungsgruppe
""")
staff('sol', 'Sabine Oltmanns', 'sabine.oltmanns', """
Mit freundlichen Grüßen

Sabine Oltmanns
Kundenservice
Weserbogen Versicherungsgruppe
""")
staff('fla', 'Dr. med. Frieder Lampe', 'frieder.lampe', """
Mit kollegialen Grüßen
Dr. med. Frieder Lampe
Gesellschaftsarzt
Weserbogen Lebensversicherung AG / Weserbogen Krankenversicherung AG
""")
staff('kvo', 'Kerstin Vöge', 'kerstin.voege', """
Kerstin Vöge
Datenschutzbeauftragte der Weserbogen Versicherungsgruppe
datenschutz@weserbogen.example
""")
staff('hru', 'Henning Rüther', 'henning.ruether', """
Mit freundlichen Grüßen
Henning Rüther
Sachschaden Privat (Wohngebäude / Hausrat)
Weserbogen Allgemeine Versicherung AG
""")
staff('bst', 'Birte Stührmann', 'birte.stuehrmann', """
Birte Stührmann
Unternehmenskommunikation
""")
staff('lme', 'Lars Meinecke', 'lars.meinecke', """
Lars Meinecke
Aktuariat Leben
""")
staff('cbe', 'Claudia Behrens', 'claudia.behrens', """
Freundliche Grüße
Claudia Behrens
Haftpflicht-Schaden
Weserbogen Allgemeine Versicherung AG
""")
staff('oti', 'Olaf Tiedemann', 'olaf.tiedemann', """
Mit freundlichen Grüßen
Olaf Tiedemann
Firmenkunden Gewerbe & Industrie
Weserbogen Allgemeine Versicherung AG
Tel. +49 421 5550-5120
""")
staff('fdr', 'Fenja Drewes', 'fenja.drewes', """
Viele Grüße
Fenja Drewes
Reiseversicherung
""")
staff('mwe', 'Maren Wessels', 'maren.wessels', """
Mit freundlichen Grüßen
Maren Wessels
Pflegeversicherung – Leistung
Weserbogen Krankenversicherung AG
""")
staff('rca', 'Ruth Calloway', 'ruth.calloway', """
Best regards,
Ruth Calloway
Reinsurance & Group Risk
Weserbogen Versicherungsgruppe
""")


def S(key):
    return STAFF[key][0]


def SIG(key):
    return STAFF[key][1]


MAILS = []


def mail(n, label, lang, kind, reason, frm, to, subject, date, body=None, html=None,
         atts=(), cc=None, charset='utf-8', cte='quoted-printable', html_cte=None,
         flowed=False, reply_to=None, in_reply_to=None, extra=(), mailer=None, tz=None,
         hcharset='utf-8', root=None):
    """Register one mail.  body: text/plain, html: text/html.  Both -> alternative."""
    if isinstance(frm, str) and frm in STAFF:
        frm = S(frm)
    if root is None:
        parts = []
        if body is not None:
            parts.append(Text(body, 'plain', charset, cte, flowed))
        if html is not None:
            parts.append(Text(html, 'html', charset, html_cte or cte))
        core = parts[0] if len(parts) == 1 else Multi('alternative', parts)
        root = Multi('mixed', [core] + list(atts)) if atts else core
    ex = list(extra)
    if mailer:
        ex.append(f'X-Mailer: {mailer}')
    msgid = f'<{date[0]:04d}{date[1]:02d}{date[2]:02d}{date[3]:02d}{date[4]:02d}.{PREFIX}{n:04d}.{(n * 7919) % 99991:05x}@{DOM}>'
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason,
                      build=lambda: build_message(frm, to, subject, date, root, cc=cc, msgid=msgid,
                                                  reply_to=reply_to, in_reply_to=in_reply_to,
                                                  extra=ex, hcharset=hcharset, tag=f'{n:04d}', tz=tz)))


def ext_msg(frm, to, subject, date, body, msgid, charset='utf-8', cte='quoted-printable',
            atts=(), html=None, cc=None):
    """A complete message written by someone else (to be attached or quoted)."""
    parts = [Text(body, 'plain', charset, cte)]
    if html:
        parts.append(Text(html, 'html', charset, cte))
    core = parts[0] if len(parts) == 1 else Multi('alternative', parts)
    root = Multi('mixed', [core] + list(atts)) if atts else core
    return build_message(frm, to, subject, date, root, cc=cc, msgid=msgid,
                         tag='fw' + msgid.strip('<>').split('@')[0][-6:])


OUTLOOK = 'Microsoft Outlook 16.0'
TB = 'Mozilla Thunderbird 128.6'

# ===========================================================================
# MAILS
# ===========================================================================

# --- 0001 ------------------------------------------------------------------
mail(1, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'health claim of the addressee living in Szczecin: asthma J45.0, pulmonologist invoice, inhaler; Polish colleague\'s German',
     'awr', ('Krzysztof Zieliński', 'k.zielinski@wp-poczta.example'),
     'Ihre Erstattung – Rechnungen Dr. Nowak (Lungenfacharzt)', (2026, 1, 8, 10, 42),
     body=f"""Sehr geehrter Herr Zieliński,

vielen Dank für Ihre E-Mail vom 5. Januar und für die eingescannte Rechnungen.

Wir haben die Rechnung von der Lungenfacharztpraxis Dr. Ewa Nowak in Szczecin
(Behandlung am 11.12.2025, Diagnose Asthma bronchiale J45.0, Lungenfunktionsprüfung
und Allergietest) geprüft. Weil die Behandlung im Ausland war, haben wir den Betrag
von 640,00 PLN mit dem Kurs von Rechnungsdatum umgerechnet, das sind 150,12 EUR.

Für das Inhalationsspray (Budesonid/Formoterol) fehlt uns leider noch das Rezept
– in der Apotheke-Quittung steht nur der Preis, aber nicht der Name von Ihnen
und nicht der verordnende Arzt. Können Sie bitte das Rezept oder eine Kopie
nachreichen? Dann erstatten wir auch die 38,40 EUR für das Medikament.

Die Auszahlung der 150,12 EUR geht in den nächsten Tagen auf Ihr bekanntes
Konto bei der Bank in Polen.

Versicherungsnummer: KV 4410-772931-03
Tarif: Weserbogen AmbulantPlus

Bei Fragen können Sie mich gerne anrufen, ich spreche auch Polnisch.

{SIG('awr')}
""")

# --- 0002 ------------------------------------------------------------------
mail(2, 'NORMAL', 'en', 'newsletter',
     'trap: expat newsletter on vaccinations, malaria prophylaxis, dengue and hospital networks abroad; nobody identifiable',
     ('Weserbogen International', f'newsletter@{DOM}'), ('Weserbogen Expat Members', f'expat-members@{DOM}'),
     'Your Expat Health Letter – February 2026', (2026, 2, 3, 7, 0),
     mailer='Weserbogen Newsletter Engine 3.4',
     extra=['List-Unsubscribe: <https://www.weserbogen.example/newsletter/abmelden>', 'Precedence: bulk'],
     body="""YOUR EXPAT HEALTH LETTER – February 2026
Weserbogen International Health

1) Vaccinations before you travel home (and back)
Many of you fly home for Easter. Please check your vaccination record: tetanus,
diphtheria and pertussis every 10 years, measles if you were born after 1970,
and for South-East Asia hepatitis A and Japanese encephalitis. Travel
vaccinations recommended by your doctor are reimbursed in the tariffs
GlobalCare Comfort and GlobalCare Premium.

2) Malaria prophylaxis – what we pay
Prophylaxis tablets are covered when prescribed. Keep the prescription and the
pharmacy receipt together, otherwise we have to ask you for it afterwards.

3) Dengue season in Thailand and Vietnam
Our assistance partner reports more hospital admissions than last year. High
fever, headache and pain behind the eyes are typical. In an emergency call the
24h assistance line first – we then send the guarantee of payment directly to
the hospital.

4) New network hospitals
Since January we have direct billing with 14 more hospitals in Spain, Portugal
and Greece. The list is in the member area: https://www.weserbogen.example/expat/netzwerk

You receive this newsletter because you subscribed in the member area.
Unsubscribe: https://www.weserbogen.example/newsletter/abmelden
Weserbogen Krankenversicherung AG · Weserbogenallee 1 · 28197 Bremen · Germany
""",
     html="""<html><head><meta charset="utf-8"><title>Expat Health Letter</title></head>
<body style="font-family:Arial,sans-serif;color:#1b2a3a">
<h1 style="color:#0a5c7a">Your Expat Health Letter &ndash; February 2026</h1>
<h2>1) Vaccinations before you travel home (and back)</h2>
<p>Many of you fly home for Easter. Please check your vaccination record: tetanus,
diphtheria and pertussis every 10 years, measles if you were born after 1970,
and for South-East Asia hepatitis A and Japanese encephalitis. Travel vaccinations
recommended by your doctor are reimbursed in the tariffs <b>GlobalCare Comfort</b>
and <b>GlobalCare Premium</b>.</p>
<h2>2) Malaria prophylaxis &ndash; what we pay</h2>
<p>Prophylaxis tablets are covered when prescribed. Keep the prescription and the
pharmacy receipt together.</p>
<h2>3) Dengue season in Thailand and Vietnam</h2>
<p>Our assistance partner reports more hospital admissions than last year. High fever,
headache and pain behind the eyes are typical. In an emergency call the 24h assistance
line first.</p>
<h2>4) New network hospitals</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Country</th><th>new hospitals</th><th>direct billing since</th></tr>
<tr><td>Spain</td><td>6</td><td>01.01.2026</td></tr>
<tr><td>Portugal</td><td>3</td><td>01.01.2026</td></tr>
<tr><td>Greece</td><td>5</td><td>15.01.2026</td></tr>
</table>
<p style="font-size:11px">You receive this newsletter because you subscribed in the member area.
<a href="https://www.weserbogen.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>
""")

# --- 0003 ------------------------------------------------------------------
mail(3, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'motor liability claim of a named customer: claim number, plate, third-party car damage, explicitly nobody hurt',
     'tko', ('Heike Brunkhorst', 'heike.brunkhorst@kabelpost.example'),
     'Schaden 26-K-0041187 / HB-HB 2814 – Ihre Meldung vom 12.01.', (2026, 1, 14, 9, 5),
     charset='iso-8859-1', cte='8bit', mailer=OUTLOOK,
     body=f"""Sehr geehrte Frau Brunkhorst,

danke für Ihre Schadenmeldung. Ich habe den Schaden angelegt unter Nummer
26-K-0041187, bitte immer diese Nummer angeben.

So wie ich verstehe, Sie sind am 12.01.2026 auf dem Parkplatz vom Einkaufszentrum
Weserpark beim Rückwärtsfahren mit Ihrem VW Golf (HB-HB 2814) gegen den geparkten
Ford Fiesta von Herrn Ole Kastens gefahren. Niemand war verletzt, das haben Sie
ja geschrieben, gut so.

Herr Kastens hat sich schon bei uns gemeldet, er will das Auto in Werkstatt
reparieren lassen. Wir regulieren das direkt mit ihm, Sie müssen nichts zahlen.
Ihr Schadenfreiheitsrabatt wird aber zum 01.01.2027 zurückgestuft, von SF 9
auf SF 5, außer Sie zahlen den Schaden selbst zurück (bis max. 6 Monate nach
Regulierung möglich). Ich schicke Ihnen dazu dann eine extra Information, wenn
die Rechnung von der Werkstatt da ist.

Bitte schicken Sie mir noch ein Foto von Ihrem Heck, auch wenn nur kleine
Kratzer sind.

{SIG('tko')}
""")

# --- 0004 ------------------------------------------------------------------
mail(4, 'NORMAL', 'de', 'internal',
     'trap: IT ticket about the scanner for "Arztberichte" and "Arztrechnungen" in the mail room; no document content, no persons',
     'eyi', [('Poststelle Eingang', f'poststelle@{DOM}')], 'RE: INC-2026-00871 Scanner Poststelle druckt Arztberichte doppelt',
     (2026, 1, 15, 13, 27), cc=[('IT Servicedesk', f'servicedesk@{DOM}')],
     body=f"""Hallo zusammen,

ich war eben unten bei euch in der Poststelle wegen Ticket INC-2026-00871.

Problem war nicht der Scanner selbst, sondern das Profil "KV-Belege": da war
Duplex UND "Rückseite separat" aktiviert, darum kommt jede Seite von die
Arztberichte und Arztrechnungen zweimal in der Eingangskorb von Leistung.
Ich habe das Profil korrigiert (nur Duplex, leere Seiten entfernen = an).

Was ihr bitte noch macht:
- Stapel von heute ab 8:30 Uhr nochmal scannen, die alten habe ich im
  Eingangskorb als "Dublette" markiert, die Leistungsabteilung weiß Bescheid
- Wenn wieder Doppelte kommen: bitte nicht neu starten, sondern mich anrufen,
  dann kann ich im Log schauen

Ticket setze ich auf "gelöst – Bestätigung ausstehend". Wenn bis Freitag nix
kommt, schließe ich es.

Danke und Gruß
Emre

{SIG('eyi')}
""")

# --- 0005 ------------------------------------------------------------------
mail(5, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'expat health: addressee in Bangkok admitted with dengue fever A97.0, guarantee of payment to hospital, platelet count',
     'gfe', ('Dr. Rainer Holtkamp', 'rainer.holtkamp@siam-net.example'),
     'Your admission at Chao Phraya Medical Centre – guarantee of payment', (2026, 1, 19, 4, 55),
     charset='us-ascii', cte='7bit',
     body="""Dear Dr. Holtkamp,

I hope you are feeling a little better today. Your wife called our 24h line
during the night and we spoke with the ward doctor of Chao Phraya Medical
Centre this morning (Bangkok time).

Just to resume what we have done:
- Diagnosis on admission: dengue fever (A97.0), platelets 38,000/uL on
  18 January, no signs of bleeding at the moment.
- We sent the guarantee of payment for the inpatient stay to the hospital
  at 09:40 local time, for a first period of 5 days in a standard single
  room (tariff GlobalCare Premium, policy GC-2291-58810).
- Laboratory tests, infusions and the doctor's visits are included. You do
  not have to pay a deposit, please tell the admission desk if they ask.

If the doctors decide to keep you longer, the hospital will send us an
update and we extend the guarantee. Please do not worry about this part.

One thing: the hospital asked if you have a prior condition of the liver,
because of the blood values. If yes, please let me know the name of your
doctor in Germany, so that our medical officer can speak with him if needed.

Get well soon, and please drink a lot (I am sure they told you already).

Kind regards,
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
Phone +49 421 5550-3580 | 24h assistance +49 421 5550-3599
""")

# --- 0006 ------------------------------------------------------------------
IB6 = iban('ES', '21000418450200051332')
mail(6, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'household insurance customer living in Mallorca: new Spanish IBAN for the direct debit, policy number; Turkish colleague\'s English',
     'ksa', ('Monika Brenneis', 'm.brenneis@correo-isla.example'),
     'Re: new bank account for my premium', (2026, 1, 20, 11, 18),
     in_reply_to='<c2a1f7e0-44b1-4d0e-9c1a-brenneis@correo-isla.example>',
     body=f"""Dear Mrs. Brenneis,

thank you for your message and the signed SEPA mandate. I have changed the bank
account for your household insurance (Hausratversicherung, policy H-5503-118204)
today. From the next premium on 01.02.2026 we will collect from:

Account holder: Monika Brenneis
Bank: Banca Illes Balears (Palma)
IBAN: {IB6}

The old account at the Sparkasse in Bremen is not used any more. The premium stay
the same, 14,80 EUR per month.

You asked also if the insurance is still valid while you are living in Spain.
Yes – the insured place is your flat in Bremen-Findorff, and this does not change
when you are abroad, as long as the flat is not left empty for longer then 60 days
(then please tell us, because of the water pipes in winter).

If you have more question, you can write me in German also, of course. I only answered
in English because you wrote in English.

Herzliche Grüße aus Bremen
Kübra Şahin
Kundenservice
Weserbogen Versicherungsgruppe
Service-Hotline 0800 5550 100 (kostenfrei)

> From: Monika Brenneis <m.brenneis@correo-isla.example>
> Sent: Saturday, 17 January 2026 19:02
> Subject: new bank account for my premium
>
> Hello, I closed my German account, please take the money from my Spanish
> account now, form is attached. Is my Hausrat still ok while I live here?
> Monika Brenneis
""")

# --- 0007 ------------------------------------------------------------------
mail(7, 'NORMAL', 'de', 'insurer-to-broker',
     'trap: product launch of a new disability (BU) tariff with generic health questions, BMI limits and pre-existing conditions as text; no customer',
     'jha', [('Finanzkontor Hansa GmbH', 'info@finanzkontor-hansa.example')],
     'Neu ab 1. März: BU Vital 2026 – Unterlagen für Ihre Beratung', (2026, 2, 10, 8, 30),
     atts=[A('Weserbogen_BU_Vital_2026_Vermittlerinfo.pdf', make_pdf([
         '# BU Vital 2026 - Vermittlerinformation',
         'Weserbogen Lebensversicherung AG, Stand 02/2026',
         '',
         '# Was ist neu?',
         '- Vereinfachte Gesundheitsfragen: 5 Jahre Rückblick statt 10 Jahre (ambulant),',
         '  stationäre Aufenthalte weiterhin 10 Jahre',
         '- Psychotherapie: Fragen nur noch zu den letzten 5 Jahren',
         '- Keine Frage mehr nach Brille/Kontaktlinsen unter 8 Dioptrien',
         '- BMI-Grenzen: 17 bis 32 ohne Zuschlag, 32 bis 35 Prüfung, darüber Ablehnung möglich',
         '',
         '# Typische Vorerkrankungen und Votum (Richtwerte)',
         'Heuschnupfen ohne Asthma: normale Annahme',
         'Bandscheibenvorfall, ausgeheilt > 3 Jahre: normale Annahme oder Ausschluss Wirbelsäule',
         'Bluthochdruck, medikamentös gut eingestellt: Zuschlag 0-25 %',
         'Depressive Episode, abgeschlossen > 5 Jahre: Einzelfallprüfung',
         '',
         '# Beitragsbeispiel (fiktiv, Berufsgruppe 1)',
         'Eintrittsalter 30, BU-Rente 1.500 EUR, Endalter 67: 48,20 EUR monatlich',
         '',
         'Nur für den internen Gebrauch durch Vermittler. Keine Kundenunterlage.',
     ], title='BU Vital 2026'))],
     body=f"""Liebe Partnerinnen und Partner,

zum 1. März 2026 kommt unsere neue Berufsunfähigkeitsversicherung BU Vital 2026.
Die wichtigsten Punkte für Ihre Beratung:

* kürzere Gesundheitsfragen (ambulant nur noch 5 Jahre)
* Psychotherapie-Frage ebenfalls auf 5 Jahre begrenzt
* neue BMI-Grenzen und eine Übersicht typischer Vorerkrankungen mit Richtvotum
* Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat, Geburt
  eines Kindes oder Gehaltssprung über 10 %

Die Vermittlerinformation hängt als PDF an. Die Antragsstrecke im Maklerportal
ist ab 1.3. freigeschaltet, Anträge mit Datum vor dem 1.3. laufen noch im alten
Tarif.

Für anonyme Risikovoranfragen nutzen Sie bitte wie gewohnt das Formular im
Portal – bitte keine Arztberichte per normaler E-Mail schicken.

Webinar-Termine folgen nächste Woche.

{SIG('jha')}
""")

# --- 0008 ------------------------------------------------------------------
mail(8, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
     'request to a GP for a medical report in a BU claim of a named insured (birth date, back pain since 2025, sick leave), consent form attached',
     'fla', ('Praxis Dr. med. Ute Kolbe', 'praxis@praxis-kolbe.example'),
     'Anforderung ärztlicher Befundbericht – Herr Malte Siefken, geb. 04.09.1979', (2026, 1, 21, 14, 10),
     atts=[A('Schweigepflichtentbindung_Siefken.pdf', make_pdf([
         '# Erklärung zur Entbindung von der Schweigepflicht',
         'Versicherte Person: Malte Siefken, geb. 04.09.1979',
         'Anschrift: Delmestraße 61, 28199 Bremen',
         'Vertrag: BU 7730-204415 (Weserbogen Lebensversicherung AG)',
         '',
         'Ich entbinde die nachstehend genannten Ärzte von ihrer Schweigepflicht gegenüber',
         'der Weserbogen Lebensversicherung AG, soweit dies zur Prüfung meines Antrags auf',
         'Leistungen wegen Berufsunfähigkeit erforderlich ist:',
         '- Dr. med. Ute Kolbe, Allgemeinmedizin, Bremen',
         '- Orthopädische Gemeinschaftspraxis am Wall, Bremen',
         '- Reha-Klinik Hohe Geest (Aufenthalt 10/2025)',
         '',
         'Bremen, 08.01.2026        gez. Malte Siefken',
     ], title='Schweigepflichtentbindung'))],
     body=f"""Sehr geehrte Frau Kollegin Kolbe,

Ihr Patient Herr Malte Siefken, geb. 04.09.1979, hat bei uns Leistungen aus
seiner Berufsunfähigkeitsversicherung (Vertrag BU 7730-204415) beantragt. Er
gibt an, seit Frühjahr 2025 wegen chronischer Lumbalgie mit Ausstrahlung ins
linke Bein (M54.4) nicht mehr als Dachdecker arbeiten zu können; arbeitsunfähig
sei er seit dem 14.05.2025.

Für die Prüfung bitten wir Sie um einen Befundbericht mit folgenden Angaben:

1. Diagnosen mit Erstdiagnosedatum
2. bisherige Therapie (Physiotherapie, Schmerzmedikation, Injektionen)
3. Befunde der Bildgebung (MRT LWS), soweit bei Ihnen vorliegend
4. Ihre Einschätzung der Belastbarkeit für körperlich schwere Tätigkeit
5. Arbeitsunfähigkeitszeiten seit 2023

Die Schweigepflichtentbindung von Herrn Siefken liegt bei. Ihre Kosten
erstatten wir nach GOÄ Nr. 75 (ausführlicher Befundbericht) zuzüglich Porto.

Bitte senden Sie den Bericht nicht per unverschlüsselter E-Mail, sondern per
Post oder über unser SecureMail-Portal (https://securemail.weserbogen.example);
die Zugangsdaten erhalten Sie auf Wunsch von meinem Sekretariat.

{SIG('fla')}
""")

# --- 0009 ------------------------------------------------------------------
mail(9, 'CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'legal expenses (tenancy) cover confirmation for a named customer living in Groningen, bilingual German/English; no health data',
     'dka', ('Familie van Dijk', 'vandijk.groningen@ziggo-post.example'),
     'Deckungszusage / confirmation of cover – RS 3318-660275, Mietstreit Bremen', (2026, 1, 22, 16, 2),
     body=f"""Sehr geehrter Herr van Dijk, sehr geehrte Frau van Dijk,
(English version below)

für den Streit mit Ihrem Mieter in der Wohnung Neustadtswall 18, Bremen, über die
ausstehende Miete (Oktober 2025 bis Januar 2026, 4 x 780 EUR) erteilen wir
Deckungszusage aus Ihrem Vermieter-Rechtsschutz (Vertrag RS 3318-660275) für die
außergerichtliche Tätigkeit und die erste Instanz vor dem Amtsgericht Bremen.

Selbstbeteiligung laut Vertrag: 150 EUR.
Ihr Anwalt, Herr Rechtsanwalt Brandhorst, kann direkt mit uns abrechnen.

---

Dear Mr and Mrs van Dijk,

for the dispute with your tenant in the flat Neustadtswall 18 in Bremen about the
unpaid rent (October 2025 to January 2026, 4 x 780 EUR) we confirm cover under your
landlord legal protection policy RS 3318-660275. Cover is for the out-of-court work
and the first instance at the local court (Amtsgericht) Bremen.

Deductible according to your policy: 150 EUR.
Your lawyer, Mr Brandhorst, can send his invoice directly to us. Please note that
a court in Germany will communicate only in German – he will explain you the
letters, this is included.

Freundliche Grüße / Kind regards
Dimitris Karagiannis
Rechtsschutz-Schaden / Regress
Weserbogen Rechtsschutz AG
""")

# --- 0010 ------------------------------------------------------------------
mail(10, 'NORMAL', 'en', 'internal',
     'trap: workshop notes on the expat claims process (ICD-10 coding, hospital guarantees, medical evacuation thresholds); no case, no person',
     'gfe', [('Team International Health', f'intl-health@{DOM}')], 'Notes from Thursday workshop – expat claims process 2026',
     (2026, 1, 23, 17, 41), cc=[S('fla')],
     body=f"""Hi all,

here my notes from Thursday, sorry for the delay. Please correct me if I forgot
something.

1. Guarantee of payment (GOP)
   - First GOP always max 5 days / 10.000 EUR, then extension after medical
     report. Same for all countries now (before Spain was 7 days).
   - The hospital must send diagnosis as ICD-10 code, not only text. If only
     text, we ask them, we do not code by ourself.

2. Medical evacuation
   - Decision always with Dr. Lampe or his deputy, never alone by the case
     handler. Also in the night: call the on-duty doctor.
   - Threshold for air ambulance vs. scheduled flight with escort: medical
     decision, not a cost decision (Frieder insisted on this, correctly).

3. Claims from outside EU
   - Invoices in Thai, Arabic, Turkish: translation by the partner
     EuroAssist24, not Google Translate please (data protection!).
   - Exchange rate: day of the invoice, ECB rate.

4. Open points
   - Template for "pre-existing condition" question to customers – Marta
     will do a first draft in EN/DE.
   - Statistics per country for the board: only aggregated, minimum 10
     cases per cell, otherwise "other".

Next workshop: 19 February, same room (B 3.14).

Ciao,
Giulia
""")

# --- 0011 ------------------------------------------------------------------
mail(11, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'disability underwriting decision for the applicant: acceptance with exclusion of spine after disc prolapse M51.1; Greek colleague\'s German',
     'epa', ('Jannik Oetjen', 'jannik.oetjen@nordpost.example'),
     'Ihr Antrag auf Berufsunfähigkeitsversicherung – unser Angebot', (2026, 1, 26, 11, 3),
     body=f"""Sehr geehrter Herr Oetjen,

vielen Dank für Ihren Antrag auf eine Berufsunfähigkeitsversicherung (Antrag-Nr.
A-26-015532) und für die Unterlagen von Ihrem Orthopäden, die Sie nachgereicht haben.

Wir haben alles genau angeschaut. Aus dem Befund geht hervor, dass Sie im Jahr 2023
einen Bandscheibenvorfall L5/S1 (M51.1) hatten, mit Physiotherapie und einer
Periradikulären Therapie behandelt, und seitdem beschwerdefrei sind. Das ist gut,
aber weil es noch nicht drei Jahre her ist, können wir den Vertrag leider nicht ohne
Einschränkung annehmen.

Unser Angebot ist deshalb:

- Annahme zum normalen Beitrag (67,35 EUR monatlich)
- mit Ausschluss: Berufsunfähigkeit infolge von Erkrankungen oder Verletzungen der
  Lendenwirbelsäule einschließlich Bandscheiben ist nicht versichert.

Den Ausschluss können wir nach drei Jahren Beschwerdefreiheit auf Ihren Antrag
nochmal prüfen, dann mit aktuellem Attest.

Wenn Sie damit einverstanden sind, brauchen wir bitte die unterschriebene
Annahmeerklärung bis 15.02.2026 zurück. Wenn nicht, dann bleibt der Antrag ohne
Folgen für Sie, natürlich.

Ich bin gerne für Sie da bei Fragen.

{SIG('epa')}
""")

# --- 0012 ------------------------------------------------------------------
mail(12, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'buildings claim (burst pipe) of a named owner who lives in Porto: insured address, claim number, loss adjuster appointment in ICS',
     'hru', ('Dr. Ines Cardoso-Meyer', 'ines.cardoso@sapo-mail.example'),
     'Leitungswasserschaden Am Dobben 112 – Termin mit dem Sachverständigen', (2026, 1, 27, 8, 50),
     atts=[A('Besichtigung_Am_Dobben_112.ics', make_ics(
         'wb-lw-26-0331187@weserbogen.example', '20260203T100000', '20260203T113000',
         'Besichtigung Leitungswasserschaden Am Dobben 112 (Schaden 26-W-0331187)',
         'Am Dobben 112, 28203 Bremen, Erdgeschoss links',
         'Sachverständiger: Ing.-Büro Gerdes\nAnsprechpartner vor Ort: Hausmeister Herr Wilkens\nVersicherungsnehmerin: Dr. Ines Cardoso-Meyer',
         f'mailto:henning.ruether@{DOM}', 'mailto:ines.cardoso@sapo-mail.example'))],
     body=f"""Sehr geehrte Frau Dr. Cardoso-Meyer,

wie gestern am Telefon besprochen: der Sachverständige Herr Gerdes (Ing.-Büro
Gerdes) besichtigt den Leitungswasserschaden in Ihrem Haus Am Dobben 112 am
Dienstag, 3. Februar 2026, um 10:00 Uhr. Da Sie in Porto sind, öffnet Ihr
Hausmeister Herr Wilkens. Die Kalendereinladung hängt an.

Schadennummer: 26-W-0331187
Vertrag: Wohngebäude WG-1190-447620

Die Trocknungsfirma darf schon beauftragt werden; bitte heben Sie die
beschädigten Fliesen und das Stück vom gerissenen Rohr auf, bis der
Sachverständige es gesehen hat.

Die Mieter im Erdgeschoss haben Anspruch auf Mietminderung – der Mietausfall ist
bei Ihnen bis zu 12 Monate mitversichert. Schicken Sie mir bitte den Mietvertrag
(nur die Seite mit der Miete) und die Mitteilung über die Minderung.

{SIG('hru')}
""")

# --- 0013 ------------------------------------------------------------------
mail(13, 'NORMAL', 'de', 'insurer-to-supplier',
     'trap: purchase order for first-aid kits, AED pads and burn dressings for the offices; Italian colleague\'s German; supplier company bank data only',
     'mbe', ('Medivent Betriebsbedarf GmbH', 'bestellung@medivent-bedarf.example'),
     'Bestellung Nr. 4500188213 – Erste Hilfe Material Standort Bremen', (2026, 1, 28, 10, 12),
     body=f"""Sehr geehrte Damen und Herren,

hiermit wir bestellen folgendes Material für unsere Standort Weserbogenallee 1,
28197 Bremen, wie in Ihrem Angebot AN-26-0117 vom 20.01.2026:

Pos. 1  Erste-Hilfe-Koffer DIN 13157, gefüllt         24 Stück   à 39,90 EUR
Pos. 2  Nachfüllset DIN 13157                         30 Stück   à 17,50 EUR
Pos. 3  Elektroden-Pads für AED (Erwachsene)          6 Paar     à 59,00 EUR
Pos. 4  Elektroden-Pads für AED (Kinder)              2 Paar     à 64,00 EUR
Pos. 5  Brandwunden-Verbandtuch 60x80                 12 Stück   à 11,20 EUR
Pos. 6  Augenspülflasche 500 ml                       10 Stück   à 6,80 EUR

Lieferung bitte bis 13.02.2026 an Warenannahme Tor 2 (Mo-Fr 7-15 Uhr), z. Hd. Herr
Bellandi. Die alte Pads mit Ablaufdatum 03/2026 nehmen Sie bitte zurück, wie
vereinbart, für die Entsorgung.

Rechnung bitte mit Bestellnummer 4500188213 an rechnungseingang@weserbogen.example,
sonst die Buchhaltung kann nicht zuordnen und es dauert lange.

Grazie e buona giornata

{SIG('mbe')}
""")

# --- 0014 ------------------------------------------------------------------
mail(14, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
     'travel health: named patient in Heraklion hospital with tibial plateau fracture S82.1, surgery plan, repatriation by air ambulance; hospital mail quoted',
     'gfe', ('Venizeleio General Hospital – International Office', 'intl.office@venizeleio-hosp.example'),
     'RE: Patient Hannelore Gerken, DOB 17/03/1952 – fracture, repatriation', (2026, 2, 2, 12, 33),
     mailer=OUTLOOK,
     body=f"""Dear Ms Stavrou,

thank you for the report of this morning. We confirm the costs for the surgery
(open reduction and internal fixation of the tibial plateau, right side) and the
stay until the patient is fit to fly.

Our medical officer, Dr. Lampe, agrees with the plan of Dr. Manousakis: surgery
tomorrow, then at least 5 days post-op before transport. We will organise the
repatriation to Bremen by air ambulance (stretcher, medical escort), tentative
date 10 February. Please send us on the 8th an updated report with wound status,
mobilisation and the thrombosis prophylaxis she receives (drug and dose), the
flight doctor needs this.

The invoice please in the name of Weserbogen Krankenversicherung AG, reference
TR-26-00912, with the itemised list.

Kind regards,
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
Phone +49 421 5550-3580 | 24h assistance +49 421 5550-3599

From: Eirini Stavrou <intl.office@venizeleio-hosp.example>
Sent: Monday, February 2, 2026 10:58
To: Ferraro, Giulia <giulia.ferraro@{DOM}>
Subject: Patient Hannelore Gerken, DOB 17/03/1952 – fracture, repatriation

Dear Mrs Ferraro,
your insured Mrs Hannelore Gerken (DOB 17/03/1952, German passport) was admitted
yesterday 19:20 after a fall at the harbour. X-ray and CT show a fracture of the
right tibial plateau (Schatzker II). Known hypertension, takes ramipril 5 mg.
Dr. Manousakis recommends surgery. Please confirm coverage.
Eirini Stavrou, International Patients Office
""")

# --- 0015 ------------------------------------------------------------------
mail(15, 'CONFIDENTIAL', 'de', 'internal',
     'HR to an employee: correction of the January payslip with gross salary, tax class and tax ID; no health data',
     'ade', ('Finn-Ole Harms', f'finn-ole.harms@{DOM}'), 'Korrektur Ihrer Gehaltsabrechnung Januar 2026',
     (2026, 2, 4, 9, 15),
     body=f"""Hallo Herr Harms,

Sie haben Recht gehabt, in Ihrer Abrechnung für Januar ist ein Fehler. Die
Tariferhöhung zum 01.01.2026 war im System noch nicht drin. Entschuldigung dafür!

Alt (falsch):   Bruttogehalt 4.286,00 EUR
Neu (richtig):  Bruttogehalt 4.414,58 EUR (Tarifgruppe VII, 11. Berufsjahr)

Die Differenz von 128,58 EUR brutto kommt mit der Februar-Abrechnung als
Nachzahlung. Steuerklasse I, Steuer-ID 47 193 828 604 – das haben wir nochmal
kontrolliert, ist richtig hinterlegt.

Die korrigierte Abrechnung finden Sie ab Freitag im Mitarbeiterportal unter
"Meine Dokumente". Bitte nicht ausdrucken und im Büro liegen lassen :-)

{SIG('ade')}
""")

# --- 0016 ------------------------------------------------------------------
mail(16, 'NORMAL', 'de', 'newsletter',
     'trap: HTML-only customer magazine "Gesund durch den Winter" with flu vaccination, vitamin D, back pain and check-up tips; no person',
     ('Weserbogen Kundenmagazin', f'newsletter@{DOM}'), ('Kundinnen und Kunden', f'kundenmagazin@{DOM}'),
     'Gesund durch den Winter – Ihr Weserbogen Magazin 1/2026', (2026, 1, 12, 6, 30),
     extra=['List-Unsubscribe: <https://www.weserbogen.example/magazin/abmelden>', 'Precedence: bulk'],
     html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Weserbogen Magazin 1/2026</title></head>
<body style="margin:0;background:#f2f5f7;font-family:Verdana,Arial,sans-serif">
<table width="640" align="center" cellpadding="18" style="background:#ffffff">
<tr><td><h1 style="color:#005b7f">Gesund durch den Winter</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>die Grippewelle ist da &ndash; und mit ihr die Frage: Lohnt sich die Impfung noch?
Unsere Gesellschaftsärztin erklärt, warum eine Grippeschutzimpfung auch im Januar noch
sinnvoll ist und für wen die Ständige Impfkommission sie besonders empfiehlt
(ab 60 Jahren, Schwangere, chronisch Kranke, medizinisches Personal).</p>
<h2>Vitamin D: Tablette oder Tageslicht?</h2>
<p>Ein Bluttest auf Vitamin D ist nur bei Verdacht auf Mangel eine Kassenleistung.
In unseren Tarifen <b>AmbulantPlus</b> und <b>Vorsorge Komfort</b> ist er einmal im Jahr erstattungsfähig.</p>
<h2>Rückenschmerzen vom Homeoffice?</h2>
<p>Fünf Übungen für zwischendurch &ndash; und warum ein Physiotherapie-Rezept nach
drei Wochen Schmerzen besser ist als die nächste Schmerztablette.</p>
<h2>Check-up ab 35</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Untersuchung</th><th>ab Alter</th><th>wie oft</th></tr>
<tr><td>Gesundheits-Check-up</td><td>35</td><td>alle 3 Jahre</td></tr>
<tr><td>Hautkrebs-Screening</td><td>35</td><td>alle 2 Jahre</td></tr>
<tr><td>Darmkrebs-Früherkennung</td><td>50</td><td>je nach Methode</td></tr>
</table>
<p style="font-size:11px;color:#667">Sie erhalten dieses Magazin, weil Sie es im Kundenportal bestellt haben.
<a href="https://www.weserbogen.example/magazin/abmelden">Abmelden</a> &middot;
Weserbogen Versicherungsgruppe, Weserbogenallee 1, 28197 Bremen</p>
</td></tr></table></body></html>
""")

# --- 0017 ------------------------------------------------------------------
mail(17, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'claims handler asks the medical officer about outpatient psychotherapy of a named insured with recurrent depression F33.1; customer mail quoted',
     'awr', S('fla'), 'WG: Antrag Psychotherapie – KV 4410-118270-01 (Frau Lüders)', (2026, 2, 5, 15, 48),
     mailer=OUTLOOK,
     body=f"""Hallo Herr Dr. Lampe,

können Sie bitte einmal drauf schauen? Frau Lüders (KV 4410-118270-01) beantragt
Verlängerung von ihre Verhaltenstherapie um weitere 25 Sitzungen. Bericht vom
Therapeuten ist im Akte seit gestern (Diagnose F33.1, rezidivierende depressive
Störung, gegenwärtig mittelgradig). Bisher bewilligt: 24 + 36 Sitzungen.

Nach unseren Bedingungen ist das über die 60 Sitzungen hinaus nur mit
Gutachten möglich. Soll ich das Gutachterverfahren einleiten oder reicht Ihnen
der Bericht?

Danke und Grüße
Agnieszka Wróbel

-----Ursprüngliche Nachricht-----
Von: Svenja Lüders <svenja.lueders@kabelpost.example>
Gesendet: Mittwoch, 4. Februar 2026 21:17
An: Leistung KV <leistung-kv@{DOM}>
Betreff: Antrag Psychotherapie

Sehr geehrte Damen und Herren,
meine Therapeutin Frau Dipl.-Psych. Haferkamp beantragt die Verlängerung meiner
Therapie. Mir geht es seit Dezember wieder schlechter, ich bin seit 3 Wochen
krankgeschrieben und nehme seit Januar Sertralin 50 mg. Bitte helfen Sie mir,
dass ich die Therapie weitermachen kann, ich habe Angst vor einer Lücke.
Mit freundlichen Grüßen
Svenja Lüders
""")

# --- 0018 ------------------------------------------------------------------
mail(18, 'NORMAL', 'en', 'insurer-to-partner',
     'trap: aggregated disability incidence by ICD-10 chapter and age band for the reinsurer (XLSX); small cells merged, no persons',
     'rca', ('Nordic Re – Life Treaty Team', 'life.treaty@nordic-re.example'),
     'Weserbogen BU portfolio – incidence by ICD chapter 2021-2025', (2026, 2, 6, 10, 20),
     atts=[A('WB_BU_incidence_ICD_2021-2025.xlsx', make_xlsx([
         ('incidence', [
             ['ICD-10 chapter', 'description', 'claims 2021-2025', 'exposure (policy years)', 'incidence per 1,000'],
             ['F', 'Mental and behavioural disorders', 412, 618400, 0.666],
             ['M', 'Musculoskeletal system', 288, 618400, 0.466],
             ['C', 'Neoplasms', 171, 618400, 0.277],
             ['I', 'Circulatory system', 96, 618400, 0.155],
             ['G', 'Nervous system', 74, 618400, 0.120],
             ['S/T', 'Injuries', 69, 618400, 0.112],
             ['other', 'all chapters with < 30 claims merged', 83, 618400, 0.134],
         ]),
         ('age bands', [
             ['age band', 'claims', 'exposure', 'incidence per 1,000'],
             ['18-34', 142, 201300, 0.705],
             ['35-49', 433, 259800, 1.667],
             ['50-67', 618, 157300, 3.929],
         ])]))],
     body=f"""Dear Lars-Erik,

as agreed in the treaty meeting, please find attached the incidence analysis
for our disability (BU) portfolio, claims reported 2021-2025, by ICD-10 chapter
and by age band. Chapters with fewer than 30 claims are merged into "other",
so no single case can be seen.

Main observations:
- Mental disorders (chapter F) stay the largest cause, share 34 % (2016-2020: 29 %).
- Neoplasms slightly down, probably still the Covid effect on diagnosis delays.
- Age band 50-67 incidence 3.9 per mille, in line with the pricing basis.

Happy to discuss in our call on the 12th.

{SIG('rca')}

{FOOT_EN}
""")

# --- 0019 ------------------------------------------------------------------
mail(19, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'travel baggage claim of a named student in Edinburgh: stolen suitcase, claim number, payout; no health content',
     'fdr', ('Sophie Ahlers', 's.ahlers@ed-students.example'),
     'Your baggage claim R-26-00457 – stolen suitcase at Edinburgh Waverley', (2026, 2, 9, 14, 7),
     body=f"""Dear Ms Ahlers,

thank you for sending the police report (Police Scotland ref. PS-20260131-3318) and
the list of items. We have checked your claim under your travel insurance
(policy RV-8842-10396, tariff Student Year Abroad).

Stolen items accepted:
  suitcase (bought 2022)              time value   45.00 EUR
  clothing                            time value  310.00 EUR
  headphones (receipt provided)       time value   90.00 EUR
  textbooks                                       120.00 EUR
  ---------------------------------------------------------
  total                                           565.00 EUR
  less deductible                                 -50.00 EUR
  payment                                         515.00 EUR

The laptop is unfortunately not covered, because it was in the suitcase and
not carried with you – the policy excludes electronics in checked or unattended
luggage (section 4.3). I know this is disappointing.

We transfer 515.00 EUR to the German account you gave in the claim form within
5 working days.

Viele Grüße
Fenja Drewes
Reiseversicherung
""")

# --- 0020 ------------------------------------------------------------------
mail(20, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'long-term care: decision letter (PDF) granting care level 3 to the customer\'s mother after dementia assessment; body only names the decision',
     'mwe', ('Thomas Kückens', 'thomas.kueckens@nordpost.example'),
     'Bescheid Pflegeleistungen für Frau Gertrud Kückens', (2026, 2, 11, 10, 40),
     atts=[A('Bescheid_Pflegegrad_Kückens.pdf', make_pdf([
         '# Bescheid über Leistungen der privaten Pflegepflichtversicherung',
         'Versicherte Person: Gertrud Kückens, geb. 23.06.1938',
         'Vertrag: PPV 5520-031877-02',
         'Bevollmächtigter: Thomas Kückens',
         '',
         'Auf Grundlage des Gutachtens der Medicproof-Gutachterin vom 29.01.2026 stellen wir',
         'ab 01.12.2025 den Pflegegrad 3 fest (Gesamtpunktwert 52,5).',
         '',
         'Ergebnis der Begutachtung (Auszug):',
         '- Modul 2 kognitive und kommunikative Fähigkeiten: erheblich beeinträchtigt',
         '  (Demenz bei Alzheimer-Krankheit, G30.1/F00.1)',
         '- Modul 4 Selbstversorgung: Hilfe beim Waschen und Ankleiden',
         '- Sturzgefahr, Rollator',
         '',
         'Leistungen: Pflegegeld 599 EUR monatlich oder Pflegesachleistung bis 1.497 EUR,',
         'Entlastungsbetrag 131 EUR monatlich.',
         '',
         'Rechtsbehelf: Gegen diesen Bescheid können Sie innerhalb eines Monats',
         'Widerspruch einlegen.',
     ], title='Bescheid Pflegegrad'))],
     body=f"""Sehr geehrter Herr Kückens,

anbei erhalten Sie den Bescheid für Ihre Mutter. Das Gutachten ist positiv
ausgefallen, die Leistungen laufen rückwirkend ab Dezember.

Das Pflegegeld für Dezember bis Februar (3 x 599 EUR) überweisen wir
nächste Woche auf das Konto Ihrer Mutter. Wenn Sie einen Pflegedienst
einschalten möchten, reicht ein kurzer Anruf.

{SIG('mwe')}
""")

# --- 0021 ------------------------------------------------------------------
mail(21, 'NORMAL', 'de', 'internal',
     'trap: data-protection quiz (DOCX) with questions on health data, ICD codes, IBANs and § 203 StGB; only invented examples',
     'kvo', [('Alle Mitarbeitenden Leistung', f'leistung-alle@{DOM}')], 'Datenschutz-Quiz Februar: Gesundheitsdaten – machen Sie mit!',
     (2026, 2, 12, 8, 0),
     atts=[A('Datenschutz-Quiz_Gesundheitsdaten.docx', make_docx([
         '# Datenschutz-Quiz: Gesundheitsdaten',
         'Frage 1: Eine Kundin schickt ihre Arztrechnung per normaler E-Mail. Dürfen Sie mit',
         'Diagnose im Text antworten? a) ja b) nur mit Einwilligung c) nein, nur über das Portal',
         'Frage 2: Ist eine ICD-10-Angabe wie "F32.1" ein Gesundheitsdatum? a) ja b) nein',
         'Frage 3: Was gehört zu den Daten nach § 203 StGB? a) Diagnosen b) die Tatsache,',
         'dass jemand bei uns lebens- oder krankenversichert ist c) beides',
         'Frage 4: "Max Mustermann, geb. 01.01.1970, IBAN DE00 ..." steht in einer Schulungsfolie.',
         'Ist das ein Datenschutzvorfall? a) ja b) nein, fiktives Beispiel',
         ['Frage', 'richtige Antwort'],
         ['1', 'c'], ['2', 'a'], ['3', 'c'], ['4', 'b'],
     ], title='Datenschutz-Quiz', author='Kerstin Vöge'))],
     body=f"""Liebe Kolleginnen und Kollegen,

im Februar dreht sich unser Datenschutz-Quiz um Gesundheitsdaten: Diagnosen,
ICD-Codes, Arztberichte, Rezepte – und die Frage, wann eine E-Mail ins
SecureMail-Portal gehört.

Das Quiz hängt an (vier Fragen, fünf Minuten). Die Auflösung steht gleich mit
drin, es geht ums Lernen, nicht ums Prüfen. Unter allen, die mir bis 27.02.
ihre Antworten schicken, verlosen wir drei Kinogutscheine.

Alle Beispiele sind erfunden.

Viele Grüße
{SIG('kvo')}
""")

# --- 0022 ------------------------------------------------------------------
mail(22, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
     'portfolio transfer list (XLSX only) of household/liability customers with birth dates, addresses and policy numbers; body harmless',
     'pno', ('Versicherungsmakler Bogdan Lis e.K.', 'b.lis@lis-makler.example'),
     'Bestandsübertragung Ostsee-Agentur – Ihre Liste', (2026, 2, 13, 15, 30),
     atts=[A('Bestandsuebertragung_Ostsee_Agentur.xlsx', make_xlsx([
         ('Bestand', [
             ['Vertrag', 'Sparte', 'Versicherungsnehmer', 'geb.', 'Anschrift', 'Jahresbeitrag EUR'],
             ['H-5503-201877', 'Hausrat', 'Renate Schwarting', '12.05.1961', 'Strandweg 4, 18225 Kühlungsborn', 168.40],
             ['PH-6610-087312', 'Privathaftpflicht', 'Jörg Wendland', '30.11.1974', 'Lindenallee 19, 18119 Rostock', 71.90],
             ['H-5503-202431', 'Hausrat', 'Małgorzata Krüger', '02.02.1983', 'Am Hafen 7, 17438 Wolgast', 132.00],
             ['WG-1190-311092', 'Wohngebäude', 'Uwe und Petra Stoltenberg', '19.07.1958', 'Dorfstraße 33, 18211 Bargeshagen', 612.55],
             ['PH-6610-091554', 'Privathaftpflicht', 'Levin Ahrens', '08.08.1999', 'Kröpeliner Str. 51, 18055 Rostock', 58.20],
         ])]))],
     body=f"""Hallo Herr Lis,

wie besprochen im Termin in Rostock schicke ich Ihnen die Liste von die Verträge,
die zum 01.04.2026 von der Ostsee-Agentur (Herr Peters geht in Rente) in Ihren
Bestand übergehen. Bitte prüfen Sie, ob alle Kunden bei Ihnen schon bekannt sind,
und geben Sie mir bis Ende Februar Bescheid.

Die Kunden bekommen von uns ein Schreiben über den Wechsel in der Betreuung,
Entwurf schicke ich nächste Woche.

{SIG('pno')}
""")

# --- 0023 ------------------------------------------------------------------
mail(23, 'NORMAL', 'de', 'insurer-to-customer',
     'trap: out-of-office reply of the health claims handler mentioning Arztrechnungen, Zahnarzt and Heil- und Kostenpläne in general terms',
     'awr', ('Bernd Ruschmeyer', 'b.ruschmeyer@kabelpost.example'), 'Abwesenheitsnotiz: Ihre Nachricht', (2026, 2, 16, 7, 2),
     charset='windows-1252', cte='quoted-printable',
     extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
     body="""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.02.2026 nicht im Büro.
Ihre E-Mail wird nicht weitergeleitet.

Arztrechnungen, Zahnarztrechnungen und Heil- und Kostenpläne reichen Sie bitte
am einfachsten über die Weserbogen-App oder das Kundenportal ein – dort ist die
Übertragung verschlüsselt. In dringenden Fällen erreichen Sie meine Kolleginnen
und Kollegen unter leistung-kv@weserbogen.example oder +49 421 5550-3300.

Dzien dobry – w pilnych sprawach prosze dzwonic pod numer +49 421 5550-3300.

Agnieszka Wróbel
Leistungsabteilung Krankenversicherung
""")

# --- 0024 ------------------------------------------------------------------
mail(24, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'life insurance death claim: beneficiary in Thessaloniki told cause of death (myocardial infarction), death certificate, payout; Greek colleague\'s English',
     'epa', ('Georgios Alexiou', 'g.alexiou@otenet-mail.example'),
     'Life insurance L-2207-558130 – your late father Konstantinos Alexiou', (2026, 2, 17, 13, 25),
     body=f"""Dear Mr Alexiou,

first of all please accept our sincere condolences for the loss of your father.

We have received the documents you sent: the death certificate from the municipality
of Thessaloniki (with apostille), the medical certificate of the cause of death and
your ID card. The certificate states that Mr Konstantinos Alexiou (born 02.11.1949)
died on 14 January 2026 at the Papageorgiou Hospital of an acute myocardial
infarction; he was treated there since 2019 for coronary heart disease.

As the contract L-2207-558130 is running since 1998, there is no waiting period
or question about pre-existing conditions anymore. You are named as the only
beneficiary, so we can pay:

  sum insured                 25,000.00 EUR
  profit participation         3,412.77 EUR
  total                       28,412.77 EUR

We need only one more thing: your bank details (IBAN and BIC) on the attached form,
signed by you. Please send it with post or upload in our portal, not as normal
e-mail.

If you wish, you can write to me also in Greek, I am happy to help.

With kind regards,
Eleni Papadopoulou
Risikoprüfung Leben / BU (Leistung Leben)
Weserbogen Lebensversicherung AG
Tel. +49 421 5550-2218
""")

# --- 0025 ------------------------------------------------------------------
mail(25, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'legal expenses (employment): cover for an unfair-dismissal suit of a named customer, monthly gross salary used for the court value',
     'dka', ('Serkan Aydın', 'serkan.aydin@freimail.example'),
     'Ihre Kündigungsschutzklage – Deckungszusage RS 3318-702114', (2026, 2, 18, 9, 48),
     body=f"""Sehr geehrter Herr Aydın,

Ihr Arbeitgeber, die Spedition Hollmann GmbH, hat Ihnen mit Schreiben vom 30.01.2026
ordentlich zum 31.03.2026 gekündigt. Dagegen wollen Sie Kündigungsschutzklage beim
Arbeitsgericht Bremen erheben. Für das erstinstanzliche Verfahren erteilen wir
hiermit Deckungszusage aus Ihrem Arbeits-Rechtsschutz.

Gegenstandswert: drei Bruttomonatsgehälter, also 3 x 3.350,00 EUR = 10.050,00 EUR.
In der ersten Instanz vor dem Arbeitsgericht trägt jede Partei ihre Anwaltskosten
selbst – diese übernehmen wir, abzüglich Ihrer Selbstbeteiligung von 250 EUR.

Bitte beachten Sie die Frist: die Klage muss innerhalb von drei Wochen nach
Zugang der Kündigung beim Gericht sein. Das heißt: spätestens 20.02.2026! Ihr
Rechtsanwalt, Herr Demirci, weiß das sicher, aber ich sage lieber nochmal.

{SIG('dka')}
""")

# --- 0026 ------------------------------------------------------------------
mail(26, 'NORMAL', 'mixed', 'internal',
     'trap: IT change note on the SecureMail gateway certificate renewal, subject-tag rules and the health-claims mailbox rule described in German/English; no mail content',
     'eyi', [('CAB Change Advisory Board', f'cab@{DOM}')], 'CHG-2026-0142 SecureMail Gateway: Zertifikatswechsel / certificate renewal 28.02.',
     (2026, 2, 19, 16, 55), cc=[S('kvo')],
     body=f"""Hallo zusammen, hi Mark (vendor side, in CC via ticket),

kurze Zusammenfassung für das CAB am Montag – English part below for the vendor.

DE:
- Das S/MIME-Domänenzertifikat für weserbogen.example läuft am 03.03.2026 ab.
  Neues Zertifikat ist bestellt, Wechsel geplant Samstag 28.02., 06:00-08:00 Uhr.
- Während Wechsel: ausgehende Mails mit Markierung [vertraulich] oder
  [streng vertraulich] im Betreff werden in der Queue gehalten, nicht im Klartext
  geschickt. Danach automatisch raus.
- Postfach-Regel "Leistung KV = immer streng vertraulich" bleibt unverändert,
  nur Test danach mit einer Testmail (ohne echte Daten!).
- Partner mit Gateway-zu-Gateway (4 Rückversicherer, 2 Krankenhäuser) bekommen
  unseren neuen öffentlichen Schlüssel am Montag davor, Vorlage Mail ist fertig.

EN:
- Renewal of the domain certificate on Sat 28 Feb, 06:00-08:00 CET.
- Please keep the old private key available until 10 March for decryption of
  late replies, then destroy as per our key policy.
- Rollback: re-import old cert (valid until 03 March).

Risiko: gering. Rückfragen gerne an mich.

Emre

{SIG('eyi')}
""")

# --- 0027 ------------------------------------------------------------------
mail(27, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'dental plan (Heil- und Kostenplan) of a customer in Poznań: implant regio 36, GOZ positions, bone graft, reimbursement share; Polish colleague\'s German',
     'awr', ('Dorota Maćkowiak', 'dorota.mackowiak@interia-mail.example'),
     'Heil- und Kostenplan Implantat – Ihre Zahnzusatzversicherung ZZ 4460-093318', (2026, 2, 20, 11, 11),
     body=f"""Sehr geehrte Frau Maćkowiak,

den Heil- und Kostenplan von Ihrem Zahnarzt in Poznań (Klinika Stomatologiczna
Dentica, Dr. Piotr Jankowiak, vom 09.02.2026) haben wir erhalten und geprüft.

Geplant ist:
- Extraktion Zahn 36 (nicht erhaltungswürdig nach Wurzelfraktur)
- Knochenaufbau (Augmentation) regio 36
- Implantat regio 36 mit Krone (Zirkon)

Gesamtkosten laut Plan: 11.800 PLN, das sind ca. 2.766 EUR.

In Ihrem Tarif ZahnPlus 80 erstatten wir 80 % für Implantate und Knochenaufbau,
auch bei Behandlung im Ausland, aber höchstens bis zu den Sätzen wie in
Deutschland nach GOZ (z. B. GOZ 9010 Implantatinsertion, 9100 Augmentation).
Nach unsere Berechnung ist der Plan unter diesen Grenzen, darum:

   voraussichtliche Erstattung: 80 % = ca. 2.213 EUR

Bitte beachten: Sie sind im 2. Versicherungsjahr, die Summenbegrenzung ist
3.000 EUR für die ersten vier Jahre zusammen. Bisher haben wir 312 EUR gezahlt
(Füllungen 2025), also es passt noch.

Nach der Behandlung schicken Sie bitte die Rechnung mit Zahnschema und den
Röntgenbild-Befund. Polnisch ist kein Problem, wir übersetzen intern.

{SIG('awr')}
""")

# --- 0028 ------------------------------------------------------------------
mail(28, 'CONFIDENTIAL', 'en', 'insurer-to-company',
     'grey: fleet motor renewal for a Dutch logistics company with named fleet manager; CSV with plates, VINs and named drivers',
     'oti', ('Kees Hoogeveen', 'k.hoogeveen@vandermolen-logistiek.example'),
     'Fleet policy FL-9902-1147 – renewal 2026/2027 and vehicle list', (2026, 2, 23, 10, 5),
     atts=[A('FL-9902-1147_vehicle_list_2026.csv', make_csv([
         ['plate', 'VIN', 'make/model', 'first reg.', 'main driver', 'sum insured EUR'],
         ['HB-VM 101', 'WDB9066331S550118', 'Mercedes Sprinter', '2023-04', 'Jeroen Bakker', '48000'],
         ['HB-VM 102', 'WDB9066331S550274', 'Mercedes Sprinter', '2023-04', 'Ahmet Kılıç', '48000'],
         ['HB-VM 117', 'WMA06XZZ3LM812233', 'MAN TGE', '2024-09', 'Paweł Zając', '52000'],
         ['HB-VM 130', 'VF1MA000566218832', 'Renault Master', '2025-02', 'Sanne de Groot', '41000'],
     ]), charset='utf-8')],
     body=f"""Dear Mr Hoogeveen,

thank you for the meeting last week in Bremen. As promised, our renewal offer
for the fleet policy FL-9902-1147 (Van der Molen Logistiek B.V., German branch
Bremen-Hemelingen) for the period 01.04.2026 - 31.03.2027:

- 23 vehicles, third party liability + comprehensive, deductible 500 EUR
- premium 2026/2027: 38,940 EUR net (+3.5 % after the loss ratio of 71 %)
- new: windscreen damage without deductible if repaired by our partner

Please check the attached vehicle list. We have the main driver for each van
because of the telematics discount; if drivers changed, please correct in the
file and send it back. The list contains personal data of your drivers, so
please send it back through our secure portal, the link comes in a separate
mail.

{SIG('oti')}
""")

# --- 0029 ------------------------------------------------------------------
mail(29, 'NORMAL', 'de', 'insurer-to-customer',
     'grey: answer to a prospect asking about dental insurance; generic tariff facts (waiting times, implants, cleaning), no contract, no health data of the person',
     'sol', ('Lukas Hinrichs', 'lukas.hinrichs@nordpost.example'),
     'AW: Frage zu Zahnzusatzversicherung', (2026, 2, 24, 12, 44),
     body=f"""Guten Tag Herr Hinrichs,

danke für Ihr Interesse an unserer Zahnzusatzversicherung. Gerne beantworte ich
Ihre Fragen allgemein:

1. Wartezeit: bei ZahnPlus 80 und ZahnPlus 100 gibt es keine Wartezeit, aber in
   den ersten vier Jahren sind die Leistungen summenmäßig begrenzt
   (1.000 / 2.000 / 3.000 / 4.000 EUR).
2. Implantate: ja, inklusive Knochenaufbau.
3. Professionelle Zahnreinigung: bis 150 EUR pro Jahr, auch zweimal jährlich.
4. Bereits angeratene oder laufende Behandlungen sind nicht versichert – das ist
   bei allen Anbietern so.

Die Produktinformation finden Sie unter https://www.weserbogen.example/zahn.
Wenn Sie ein Angebot möchten, brauchen wir Ihr Geburtsdatum und die Antworten auf
die drei Gesundheitsfragen im Antrag. Das geht am sichersten direkt online über
den Tarifrechner oder per Post – bitte nicht per E-Mail.

{SIG('sol')}
""")

# --- 0030 ------------------------------------------------------------------
mail(30, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'accident insurance: lawyer of a named insured told the disability degree (30 %) after wrist fracture, expert opinion, payment; Italian colleague\'s German',
     'iru', ('Rechtsanwältin Dr. Carla Westphal', 'kanzlei@westphal-recht.example'),
     'Ihr Mandant Herr Hauke Ritter – Unfallversicherung UV 6620-118404, Invaliditätsleistung', (2026, 2, 25, 14, 36),
     body=f"""Sehr geehrte Frau Dr. Westphal,

bezüglich Ihrem Schreiben vom 10.02.2026 für Ihren Mandanten Herrn Hauke Ritter
teile ich Ihnen mit, dass das Gutachten von Prof. Dr. Sanders (Unfallchirurgie,
Klinikum Weserhöhe) jetzt bei uns vorliegt.

Der Gutachter stellt fest: nach dem Sturz vom Fahrrad am 02.06.2024 mit distaler
Radiusfraktur rechts (S52.51) und operativer Versorgung verbleibt eine
Bewegungseinschränkung im Handgelenk und Kraftminderung. Er bewertet die
Funktionsbeeinträchtigung mit 3/7 Handwert.

Nach der Gliedertaxe in den Bedingungen (Hand im Handgelenk = 55 %) ergibt das
einen Invaliditätsgrad von 23,57 %, gerundet wir rechnen mit 24 %. Mit der
Progression in dem Tarif UnfallAktiv (bis 25 % keine Progression) ist die
Leistung:

   24 % von 120.000 EUR Grundsumme = 28.800,00 EUR

Die von Ihrem Mandanten verlangten 30 % können wir nicht bestätigen, die
Gutachten sagt klar 3/7. Wenn Sie möchten, kann Ihr Mandant innerhalb von drei
Jahren nach dem Unfall eine Neubemessung verlangen.

Die Zahlung von 28.800,00 EUR geht an das Konto von Herrn Ritter, nicht auf
Ihr Anderkonto, außer Sie schicken uns eine Geldempfangsvollmacht.

{SIG('iru')}
""")

# --- 0031 ------------------------------------------------------------------
mail(31, 'NORMAL', 'en', 'insurer-to-supplier',
     'trap: framework agreement for shredding medical files and health-claim documents (DIN 66399 P-4), container counts; company data only; Italian colleague\'s English',
     'mbe', ('SecurShred Nord GmbH', 'sales@securshred-nord.example'),
     'Contract renewal – destruction of medical files and claim documents 2026', (2026, 2, 26, 9, 22),
     body=f"""Dear Mrs Koenen,

thank you for the new offer. Here some points we would like to have different,
before I can give it to our legal department for signing:

1. Security level: for the health claims archive (medical reports, doctor
   invoices, hospital discharge letters) we need protection class 3 and
   security level P-4 according to DIN 66399, not P-3 like in the offer.
   For the normal office paper P-3 is ok.
2. Containers: 40 containers of 240 l (now 32), emptying every two weeks in
   building A and weekly in building C (health claims department).
3. Destruction certificate per pick-up, not monthly, please.
4. Your staff must sign our confidentiality declaration (§ 203 StGB) – the
   template I send you in the next days.
5. Price: the offer is 8 % higher than 2025. Honestly I think 4 % is more fair,
   the volume is growing.

Can we have a call on Tuesday at 10? I am available all morning.

{SIG('mbe')}
""")

# --- 0032 ------------------------------------------------------------------
IB32 = iban('DE', '29050101' + '1034482711')
mail(32, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'motor comprehensive total loss of a named customer: vehicle, VIN, replacement value, payout to her IBAN; nobody injured',
     'tko', ('Marlene Gieschen', 'marlene.gieschen@tmail.example'),
     'Totalschaden Ihr Opel Corsa – Abrechnung Schaden 26-K-0063920', (2026, 3, 2, 11, 50),
     charset='windows-1252', cte='quoted-printable',
     body=f"""Sehr geehrte Frau Gieschen,

das Gutachten für Ihren Opel Corsa (FIN W0V7D9EA5L4089211, Kennzeichen HB-MG 612)
ist da. Der Sachverständige hat einen wirtschaftlichen Totalschaden festgestellt –
die Reparatur kostet mehr als das Auto vor dem Unfall wert war.

Abrechnung aus Ihrer Vollkaskoversicherung KF-7781-330617:

Wiederbeschaffungswert              9.400,00 EUR
abzüglich Restwert (Angebot Autohaus Kerstens)   - 2.150,00 EUR
abzüglich Selbstbeteiligung         -   300,00 EUR
----------------------------------------------
Auszahlung                          6.950,00 EUR

Überweisung an: Marlene Gieschen, IBAN {IB32}

Das Restwertangebot ist 3 Wochen gültig. Wenn Sie das Auto an Autohaus Kerstens
verkaufen, bekommen Sie die 2.150 EUR direkt von dort. Gut das bei dem Unfall
(Glätte, Leitplanke) niemand verletzt wurde.

Für Ihr neues Auto brauchen Sie eine neue eVB-Nummer, rufen Sie mich einfach an.

{SIG('tko')}
""")

# --- 0033 ------------------------------------------------------------------
mail(33, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'expat health: the addressee in Lisbon is pregnant (due date), maternity cover, waiting period, prenatal screening reimbursement',
     'gfe', ('Anna-Lena Wichmann', 'al.wichmann@clix-mail.example'),
     'Re: maternity cover – congratulations!', (2026, 3, 3, 9, 14),
     in_reply_to='<CAF-88231-wichmann@clix-mail.example>', flowed=True, cte='8bit', mailer=TB,
     body=f"""Dear Ms Wichmann,

first of all: congratulations! And thank you for telling us so early.

To your questions:

1. Your tariff GlobalCare Comfort (policy GC-2291-61044) has a waiting period
   of 8 months for pregnancy and birth. You started on 1 March 2025, so with
   the expected date of delivery 29 September 2026 you are fully covered.

2. Prenatal check-ups with your obstetrician at Hospital da Luz, the
   ultrasounds and the first-trimester screening (NIPT) are covered 100 %.
   Please send the invoices together with the "Boletim de Saúde da Grávida"
   page that shows the week of pregnancy, then we do not need to ask every time.

3. Birth in a private hospital in Lisbon: covered, single room included. Please
   call us 4 weeks before, so we send the guarantee of payment.

4. Your baby: if you add the child to your policy within 2 months after birth,
   there are no health questions and no waiting period.

All the best for you and the baby,
Giulia

--
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
""")

# --- 0034 ------------------------------------------------------------------
mail(34, 'NORMAL', 'de', 'internal',
     'trap: actuarial note on the 2026 mortality table update (ODS), death rates per age and sex, smoker factors; portfolio aggregates only',
     'lme', [('Produktentwicklung Leben', f'produkt-leben@{DOM}')], 'Sterbetafel 2026 – Auswirkung auf Risikoleben (Tabelle anbei)',
     (2026, 3, 4, 16, 21), cc=[S('epa')],
     atts=[A('Sterbetafel_2026_Vergleich.ods', make_ods([
         ('q_x', [['Alter', 'q_x Männer alt', 'q_x Männer neu', 'q_x Frauen alt', 'q_x Frauen neu'],
                  [30, 0.00071, 0.00066, 0.00031, 0.00029],
                  [40, 0.00143, 0.00132, 0.00078, 0.00073],
                  [50, 0.00391, 0.00369, 0.00222, 0.00211],
                  [60, 0.00934, 0.00897, 0.00512, 0.00494]]),
         ('Raucher', [['Faktor', 'Männer', 'Frauen'], ['Raucher', 2.1, 1.9], ['Nichtraucher', 0.8, 0.85]])]))],
     body=f"""Moin zusammen,

die neue unternehmenseigene Sterbetafel 2026 (Basis: eigener Bestand 2019–2024,
ca. 212.000 Risikolebenverträge, plus DAV-Tafel als Prior) ist fertig.

Kurzfassung:
- Sterbewahrscheinlichkeiten sinken im Mittel um 6 % bei Männern und 5 % bei
  Frauen, am stärksten zwischen 35 und 50.
- Der Raucherfaktor bleibt bei rund 2, Nichtraucher 0,8–0,85.
- Covid-Jahre 2020–2022 sind mit halbem Gewicht drin, die Übersterblichkeit bei
  über 70-Jährigen verzerrt sonst das Bild.

Beitragseffekt Risikoleben Neugeschäft: ca. −4 % bei 35-jährigen Nichtrauchern.
Details in der Tabelle (q_x je Alter und Geschlecht, keine Einzelverträge).

Lars

{SIG('lme')}
""")

# --- 0035 ------------------------------------------------------------------
mail(35, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'private liability claim of a named customer living in Vienna: damage to the rented flat in Bremen, claim number, no personal injury',
     'cbe', ('Florian Gruber-Heitmann', 'f.gruber@aon-wien-mail.example'),
     'Ihr Haftpflichtschaden 26-H-0019022 – Mietwohnung Osterdeich', (2026, 3, 5, 10, 3),
     body=f"""Sehr geehrter Herr Gruber-Heitmann,

Ihr Vermieter, Herr Lohmann, hat uns die Kostenvoranschläge für die Schäden in
der Wohnung Osterdeich 201 geschickt, die Sie bis Dezember bewohnt haben.

Wir übernehmen aus Ihrer Privathaftpflicht (PH-6610-074128):
- Brandfleck im Parkett Wohnzimmer (Bügeleisen): Abschleifen und Versiegeln,
  Zeitwert 680 EUR
- gesprungenes Waschbecken im Bad: 410 EUR

Nicht versichert sind die Bohrlöcher in den Fliesen und die Abnutzung der
Wandfarbe – das ist übliche Abnutzung bzw. Schönheitsreparatur und fällt unter
den Mietvertrag, nicht unter die Haftpflicht.

Wir zahlen die 1.090 EUR direkt an Herrn Lohmann. Ihre neue Adresse in Wien
haben wir für den Vertrag eingetragen; bitte beachten Sie, dass die
Haftpflicht auch in Österreich gilt, aber bei einem dauerhaften Wohnsitz im
Ausland der Vertrag angepasst werden sollte. Frau Şahin vom Kundenservice meldet
sich dazu.

{SIG('cbe')}
""")

# --- 0036 ------------------------------------------------------------------
mail(36, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'premium arrears in a named customer\'s private health insurance (emergency tariff warning); no diagnosis but a health contract; Turkish colleague\'s German',
     'ksa', ('Hakan Öztürk', 'hakan.oeztuerk@freimail.example'),
     'Beitragsrückstand in Ihrer Krankenversicherung KV 4410-650019-01', (2026, 3, 6, 8, 38),
     body=f"""Sehr geehrter Herr Öztürk,

wir haben leider seit Dezember 2025 keine Beiträge für Ihre private
Krankenversicherung bekommen. Die Lastschrift wurde dreimal von Ihrer Bank
zurückgegeben. Der Rückstand ist inzwischen:

   Dezember 2025 bis März 2026: 4 x 486,22 EUR = 1.944,88 EUR
   zzgl. Säumniszuschlag 19,44 EUR

Ich möchte Ihnen gerne helfen, bevor es ernst wird: wenn der Rückstand nicht
bezahlt wird, müssen wir nach dem Gesetz (§ 193 VVG) das Mahnverfahren machen,
und am Ende ruht der Vertrag und Sie sind nur noch im Notlagentarif versichert.
Das heißt, nur akute Krankheiten und Schmerzen werden bezahlt.

Wir können eine Ratenzahlung vereinbaren. Rufen Sie mich bitte an, dann finden
wir zusammen eine Lösung. Ich bin Montag bis Donnerstag bis 16 Uhr da.

Herzliche Grüße aus Bremen
Kübra Şahin
Kundenservice
Weserbogen Versicherungsgruppe
Service-Hotline 0800 5550 100 (kostenfrei)
""")

# --- 0037 ------------------------------------------------------------------
mail(37, 'NORMAL', 'en', 'insurer-to-broker',
     'trap: onboarding of a Polish broker firm to the broker portal (firm administrator, one-time password sent separately, portfolio rights); no customer data',
     'pno', ('Marta Wiśniewska', 'm.wisniewska@baltic-brokers.example'),
     'Your access to the Weserbogen broker portal – next steps', (2026, 3, 9, 13, 2),
     body=f"""Dear Ms Wiśniewska,

nice to meet you in Szczecin last week, and welcome as a new partner!

Your firm Baltic Brokers Sp. z o.o. is now registered as partner number VP-48812.
You are set up as the firm administrator. What happens next:

1. Today you receive an e-mail from noreply@weserbogen.example with the link
   to the portal and your user name.
2. The one-time password comes by SMS to the mobile number you gave us (ending
   ...417), not by e-mail – for security.
3. At first login you choose your own password and a security question.
4. Then you can create the users for your colleagues and give them portfolio
   rights (which customers/contracts they may see). Only you as administrator
   can do this.

The portal is in German and English; the product documents for the German-speaking
customers in Poland are in German only at the moment, sorry.

Please call me if something does not work.

Best regards,
Piotr Nowicki
Maklerbetreuung Nord-Ost
Weserbogen Versicherungsgruppe
Mobil +49 170 5550 2961
""")

# --- 0038 ------------------------------------------------------------------
IB38 = iban('CH', '00762170400534213')
mail(38, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'liability policy of a customer who moved to Zürich: cancellation and premium refund to his Swiss IBAN',
     'sol', ('Nils Behrmann', 'nils.behrmann@bluemail-ch.example'),
     'Cancellation of your liability insurance PH-6610-055870 – refund', (2026, 3, 10, 15, 45),
     charset='us-ascii', cte='7bit',
     body=f"""Dear Mr Behrmann,

as requested, we have cancelled your personal liability insurance PH-6610-055870
with effect from 28 February 2026, the date you moved to Zurich and took out a
Swiss policy.

You had paid the annual premium until 31 December 2026. We refund the unused part:

  premium 2026                 84.90 EUR
  used (Jan - Feb)            -14.15 EUR
  refund                       70.75 EUR

The refund goes to your Swiss account:
  IBAN {IB38}
  Zuercher Kantonalbank (ZKB)

Please note your bank may charge a fee for the incoming EUR payment.

If you come back to Germany one day, we are happy to insure you again.

Mit freundlichen Gruessen / Kind regards

Sabine Oltmanns
Kundenservice
Weserbogen Versicherungsgruppe
""")

# --- 0039 ------------------------------------------------------------------
mail(39, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'HTML-only health claim statement in a table: doctor invoices with GOÄ numbers and diagnoses (H40.1 glaucoma, E78.0) of the addressee',
     ('Weserbogen Leistungsservice', f'leistung-kv@{DOM}'), ('Wilhelm Tönjes', 'w.toenjes@tmail.example'),
     'Ihre Leistungsabrechnung vom 11.03.2026', (2026, 3, 11, 18, 2),
     html_cte='base64',
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Tönjes,</p>
<p>wir haben Ihre eingereichten Belege geprüft. Hier die Abrechnung zu Ihrer Krankenversicherung
<b>KV 4410-229184-01</b>, Tarif AmbulantPlus:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dfe9ef"><th>Datum</th><th>Leistungserbringer</th><th>Diagnose</th><th>GOÄ</th><th>Rechnung</th><th>Erstattung</th></tr>
<tr><td>14.01.2026</td><td>Augenarztpraxis Dr. Frerichs</td><td>H40.1 Offenwinkelglaukom</td><td>1256, 1242, 423</td><td>187,43 €</td><td>187,43 €</td></tr>
<tr><td>02.02.2026</td><td>Dr. med. Jasper (Innere)</td><td>E78.0 Hypercholesterinämie</td><td>1, 5, 3550, 3562.H1</td><td>96,12 €</td><td>96,12 €</td></tr>
<tr><td>09.02.2026</td><td>Löwen-Apotheke</td><td>Latanoprost Augentropfen, Atorvastatin 20 mg</td><td>&ndash;</td><td>64,80 €</td><td>64,80 €</td></tr>
<tr style="font-weight:bold"><td colspan="4">Summe</td><td>348,35 €</td><td>348,35 €</td></tr>
</table>
<p>Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen. Ihre Selbstbeteiligung für 2026
(300 €) ist bereits durch frühere Belege erreicht.</p>
<p>Mit freundlichen Grüßen<br>Ihr Leistungsservice der Weserbogen Krankenversicherung AG</p>
<p style="font-size:10px;color:#777">Diese Nachricht wurde automatisch erstellt. Antworten Sie bitte über das Kundenportal.</p>
</body></html>
""")

# --- 0040 ------------------------------------------------------------------
mail(40, 'NORMAL', 'de', 'internal',
     'trap: HR invitation to the staff flu vaccination by the company doctor, registration slots; no individual health data; Turkish colleague',
     'ade', [('Alle Mitarbeitenden Bremen', f'alle-bremen@{DOM}')], 'Grippeschutzimpfung im Haus – jetzt anmelden (letzter Termin!)',
     (2026, 1, 9, 10, 0), charset='iso-8859-1', cte='quoted-printable',
     body="""Liebe Kolleginnen und Kollegen,

wegen der großen Nachfrage gibt es noch einen letzten Impftermin mit unserem
Betriebsarzt Dr. Kahrs:

   Donnerstag, 22. Januar 2026, 9:00 - 13:00 Uhr, Raum A 0.12 (Gesundheitsraum)

Geimpft wird mit dem aktuellen Vierfach-Impfstoff. Bitte bringen Sie Ihren
Impfausweis mit (wenn vorhanden). Die Impfung ist freiwillig und kostenlos,
und der Termin gilt als Arbeitszeit.

Anmeldung bitte nur über das Buchungstool im Intranet (Gesundheit > Impfen),
nicht per Mail an mich – ich darf und will keine Listen führen, wer geimpft
ist und wer nicht. Die Anmeldedaten sieht nur das Team vom Betriebsarzt.

Wer Fragen zu Unverträglichkeiten oder Allergien hat, spricht das bitte direkt
beim Arzt an.

Viele Grüße
Ayşe Demir
Personalabteilung / HR Services
""".replace('Ayşe', 'Ayse').replace('–', '-'))

# --- 0041 ------------------------------------------------------------------
mail(41, 'NORMAL', 'de', 'internal',
     'trap: team note on the GOZ/GOÄ billing changes and typical dentist invoice questions, with invented example positions only; Polish colleague',
     'awr', [('Team Zahn', f'team-zahn@{DOM}')], 'Schulung GOZ – Zusammenfassung und Beispiele', (2026, 3, 12, 14, 15),
     body=f"""Hallo Team,

danke an alle für die Teilnahme gestern! Hier die wichtigste Punkte von der
Schulung mit Frau Dr. Behnke (Zahnärztekammer) zum Nachlesen:

1. Steigerungsfaktor über 2,3 nur mit Begründung auf der Rechnung. "Erhöhter
   Zeitaufwand" allein reicht nicht, es muss konkret sein (z. B. "schwieriger
   Zugang wegen eingeschränkter Mundöffnung").
2. Analogberechnung § 6 GOZ: wir prüfen, ob die Analog-Nummer gleichwertig ist.
   Beispiel aus Schulung: Kariesinfiltration analog GOZ 2000a.
3. PZR: GOZ 1040 pro Zahn, nicht pauschal. Typische Rechnung liegt bei 90–130 EUR.
4. Implantate: GOZ 9010 + 9000 (Planung) + evtl. 9100 (Augmentation). Material
   nach Beleg, Laborrechnung immer anfordern.
5. Auslandsrechnungen (bei uns viele aus Polen und Türkei): Umrechnung auf GOZ
   nach der Tabelle im Leitfaden, Kapitel 7.

Die Folien liegen unter G:\\Leistung\\Zahn\\Schulung_2026. Die Beispiele in die
Folien sind alle ausgedacht, keine echte Fälle.

Nächste Schulung: Kieferorthopädie (KIG), April.

Gruß
Agnieszka
""")

# --- 0042 ------------------------------------------------------------------
mail(42, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'household burglary claim of a named couple: insured address, police case number, PDF list of stolen items with values',
     'hru', [('Kirsten Lammers', 'kirsten.lammers@kabelpost.example'), ('Dirk Lammers', 'dirk.lammers@kabelpost.example')],
     'Einbruch 07.03.2026 – Hausratschaden 26-H-0412260', (2026, 3, 13, 9, 57),
     atts=[A('Stehlgutliste_26-H-0412260.pdf', make_pdf([
         '# Stehlgutliste / Entschädigungsberechnung',
         'Schaden 26-H-0412260, Hausrat H-5503-147339',
         'Versicherungsnehmer: Kirsten und Dirk Lammers, Parkallee 88, 28209 Bremen',
         'Polizei Bremen, Vorgangsnummer 260307-1141-K3',
         '',
         'Pos  Gegenstand                      Neuwert EUR   Entschädigung EUR',
         '1    Notebook Lenovo ThinkPad           1.349,00          1.349,00',
         '2    Schmuck (Goldkette, 2 Ringe)       2.800,00          2.800,00',
         '3    Bargeld                               420,00            420,00',
         '4    Spielkonsole mit 3 Spielen            610,00            610,00',
         '5    Wohnungstür (Reparatur Schloss)       385,00            385,00',
         '',
         'Summe                                   5.564,00          5.564,00',
         'Hinweis: Bargeld bis 1.500 EUR versichert, Schmuck außerhalb Tresor bis 20 % VS.',
     ], title='Stehlgutliste'))],
     body=f"""Sehr geehrte Frau Lammers, sehr geehrter Herr Lammers,

es tut mir leid, dass bei Ihnen eingebrochen wurde. Die Stehlgutliste, die Sie
bei der Polizei eingereicht haben, habe ich mit den Belegen abgeglichen. Meine
Berechnung finden Sie im Anhang – alle Positionen sind ersetzt, insgesamt
5.564,00 EUR.

Die Zahlung erfolgt auf das Konto, von dem wir den Beitrag abbuchen. Sollte
Gestohlenes wieder auftauchen, melden Sie sich bitte bei mir.

{SIG('hru')}
""")

# --- 0043 ------------------------------------------------------------------
mail(43, 'NORMAL', 'en', 'newsletter',
     'trap: English broker newsletter on travel health and expat products, commission table, claims ratio by country; aggregates only',
     ('Weserbogen Broker Service', f'broker-news@{DOM}'), ('International broker partners', f'broker-news@{DOM}'),
     'Broker Update Q1/2026 – travel health, expat tariffs, portal news', (2026, 3, 16, 7, 30),
     extra=['Precedence: bulk'],
     body="""BROKER UPDATE Q1/2026
-----------------------------------------------------------------

1. Travel health insurance: new annual policy "TravelCare Year"
   Unlimited trips up to 56 days each, medical repatriation when medically
   sensible (not only "necessary"), pre-existing conditions covered if stable
   for 6 months. Commission 20 % of the premium.

2. Expat tariffs GlobalCare: claims experience 2025 by region
     Europe                      loss ratio 68 %
     Middle East / Turkey        loss ratio 74 %
     South-East Asia             loss ratio 81 %
     North America               not offered
   Main cost drivers remain hospital stays, oncology and maternity.

3. Broker portal
   Since February you can upload documents of your clients directly in the
   portal; medical documents are stored encrypted and only visible to our
   underwriting. Please do not send them by normal e-mail.

4. Dates
   19 March webinar "Selling travel health to students" (EN)
   24 March Webinar "Pflegezusatz verstaendlich erklaert" (DE)

Weserbogen Versicherungsgruppe, Broker Service
https://makler.weserbogen.example | broker-news@weserbogen.example
""", charset='us-ascii', cte='7bit')

# --- 0044 ------------------------------------------------------------------
mail(44, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'reimbursement of physiotherapy in Milan for a German customer after shoulder surgery (rotator cuff); Italian colleague\'s English',
     'gfe', ('Matthias Rehberg', 'matthias.rehberg@libero-posta.example'),
     'Your physiotherapy invoices from Milano – reimbursement', (2026, 3, 17, 12, 18),
     body=f"""Dear Mr Rehberg,

we received your invoices from Studio di Fisioterapia Navigli (12 sessions, January
to March 2026) and the prescription of Dr. Colombo after your arthroscopic surgery
of the right shoulder (rotator cuff reconstruction, 20 November 2025).

Good news: all 12 sessions are reimbursed, because in your tariff the limit for
physiotherapy after an operation is 30 sessions per year.

  12 sessions x 55.00 EUR        660.00 EUR
  reimbursement 100 %            660.00 EUR

Two small things for the next time, so it goes faster:
- the invoice must have your name as the patient, on two invoices there was only
  "Sig. Rehberg" without first name – we accepted it this time;
- if the doctor prescribes more sessions, please send the new prescription with
  the first invoice.

I hope the shoulder is better and you can go skiing again next winter!

Kind regards / Cordiali saluti,
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
""")

# --- 0045 ------------------------------------------------------------------
mail(45, 'CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'motor claim of a customer living in Poland with a German-registered car; German letter with an English summary, plate and claim number',
     'tko', ('Wojciech Sadowski', 'w.sadowski@onet-poczta.example'),
     'Schaden / claim 26-K-0071145 – Autobahn A2, Steinschlag', (2026, 3, 18, 8, 12),
     body=f"""Sehr geehrter Herr Sadowski,

Ihre Meldung zum Steinschlag auf der A2 bei Magdeburg (13.03.2026) ist
angekommen. Für Ihren Skoda Octavia, Kennzeichen OHZ-WS 77, zahlen wir die
neue Windschutzscheibe aus der Teilkasko (Vertrag KF-7781-402256), ohne
Selbstbeteiligung, wenn Sie die Scheibe bei einer Partnerwerkstatt tauschen.
In Polen haben wir keine Partnerwerkstatt, dann gilt SB 150 EUR.

Short summary in English, as you asked:
- claim number 26-K-0071145, windscreen damage, partial cover
- in Germany at a partner garage: no deductible
- in Poland: possible, deductible 150 EUR, please send the invoice with photo
  of the damage and of the car plate
- your no-claims class does not change, glass damage does not count

Jeśli ma Pan pytania, proszę dzwonić – mówię po polsku.

{SIG('tko')}
""")

# --- 0046 ------------------------------------------------------------------
mail(46, 'NORMAL', 'de', 'insurer-to-authority',
     'trap: DPO annual statistics to the supervisory authority: number of data breaches by type, misdirected health mails, counts only, no persons',
     'kvo', ('Landesamt für Datenschutzaufsicht – Referat 3', 'referat3@lfd-bremen.example'),
     'Jahresmitteilung 2025 – Datenschutzvorfälle Weserbogen Versicherungsgruppe (Az. LfD-3-2025-118)', (2026, 3, 19, 11, 0),
     body=f"""Sehr geehrte Frau Dr. Brüning,

wie mit Ihrem Referat vereinbart, übermittle ich die zusammengefasste Statistik
der Datenschutzvorfälle 2025 (Az. LfD-3-2025-118). Einzelheiten zu den nach
Art. 33 DSGVO gemeldeten Fällen liegen Ihnen bereits vor.

Vorfälle 2025 gesamt: 57 (2024: 71)
  davon Fehlversand E-Mail                          19
    darunter mit Gesundheitsdaten (Arztberichte,
    Leistungsabrechnungen)                           7
  Fehlversand Post                                  22
  Verlust/Diebstahl Gerät (verschlüsselt)            4
  Phishing mit Kontozugriff                          2
  sonstige                                          10
  gemeldet nach Art. 33 DSGVO                        9
  Benachrichtigung Betroffener nach Art. 34          3

Maßnahme: Seit Oktober 2025 erkennt unser Mail-Gateway Gesundheitsdaten und
leitet solche Nachrichten ins SecureMail-Portal um. Die Zahl der Fehlversendungen
mit Gesundheitsdaten ist im vierten Quartal auf einen Fall gesunken.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
{SIG('kvo')}

{FOOT_DE}
""")

# --- 0047 ------------------------------------------------------------------
mail(47, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'underwriter asks the medical officer about an applicant with type 2 diabetes E11.9, HbA1c and BMI; Greek colleague\'s German',
     'epa', S('fla'), 'Rückfrage Risikoprüfung Antrag A-26-019877 (Diabetes)', (2026, 3, 20, 10, 31),
     body=f"""Lieber Herr Dr. Lampe,

ich brauche einmal Ihre Meinung zu einem Antrag Risikolebensversicherung mit
hohe Summe (450.000 EUR, Laufzeit 25 Jahre, Immobilienfinanzierung):

Antragsteller: Herr Timo Ehlers, geb. 15.07.1981, Steuerberater, Nichtraucher
- Diabetes mellitus Typ 2 (E11.9) seit 2022, Metformin 1000 mg 2x täglich
- HbA1c laut Hausarzt: 6,9 % (11/2025), davor 7,4 % (05/2025)
- BMI 31,2, Blutdruck 138/86 ohne Medikamente
- keine Folgeerkrankungen bekannt (Augenarzt 2025 ohne Befund, Niere ok)

Unsere Richtlinie sagt bei HbA1c unter 7 und ohne Folgeschäden Zuschlag
+50 %, aber mit dem BMI über 30 ich bin nicht sicher, ob wir noch +25 %
draufmachen oder ob Sie es als ein Risiko zusammen sehen. Der Makler drückt
natürlich wegen Termin beim Notar.

Akte ist in Ihrem Korb. Danke schon mal!

Viele Grüße
Eleni
""")

# --- 0048 ------------------------------------------------------------------
mail(48, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'no-claims certificate for a named customer moving to Canada: date of birth, driving licence date, claim-free years; no health data',
     'tko', ('Wolfgang Petersen', 'wolfgang.petersen@maplemail.example'),
     'Your no-claims certificate for the insurer in British Columbia', (2026, 3, 23, 15, 40),
     atts=[A('No-claims_certificate_Petersen.pdf', make_pdf([
         '# Certificate of claims-free driving / Schadenfreiheitsbescheinigung',
         'Weserbogen Allgemeine Versicherung AG, Bremen, Germany',
         '',
         'Policyholder: Wolfgang Petersen, date of birth 21 August 1968',
         'Driving licence class B since: 14 October 1986',
         'Motor policy: KF-7781-118052, vehicles: BMW 320d (B-WP 2068), until 31.03.2026',
         'Insured with Weserbogen since: 01.01.2004',
         'Claims-free years: 22 (SF class 22)',
         'Claims in the last 5 years: none',
         '',
         'Bremen, 23 March 2026        Weserbogen Allgemeine Versicherung AG, Kfz-Vertrag',
     ], title='No-claims certificate'))],
     body=f"""Dear Mr Petersen,

as requested, attached is the certificate of your claims-free driving in
English and German for your new insurer in Vancouver (ICBC asked for the
driving licence date and the number of claim-free years, both are included).

Your German motor policy ends on 31 March 2026 with the sale of the car. The
certificate is signed electronically; if the Canadian insurer needs an original
with stamp, I send it by post, just tell me the address.

Good luck with the new start in Canada!

Pozdrawiam / Viele Grüße
Tomasz Kowalczyk
Kfz-Schaden, Team 4
Weserbogen Allgemeine Versicherung AG
""")

# --- 0049 ------------------------------------------------------------------
mail(49, 'NORMAL', 'de', 'insurer-to-customer',
     'trap: content-free portal notification ("neue Nachricht im SecureMail-Postfach"), security question and password hints; no category, no content',
     ('Weserbogen SecureMail', f'noreply@{DOM}'), ('e.schnackenberg@tmail.example', 'e.schnackenberg@tmail.example'),
     'Sie haben eine neue Nachricht in Ihrem Weserbogen-Postfach', (2026, 3, 24, 6, 12),
     charset='us-ascii', cte='7bit',
     extra=['Auto-Submitted: auto-generated'],
     body="""Guten Tag,

in Ihrem persoenlichen Postfach im Weserbogen SecureMail-Portal liegt eine
neue Nachricht fuer Sie bereit.

Sie koennen die Nachricht hier lesen:
https://securemail.weserbogen.example/login

Aus Sicherheitsgruenden enthaelt diese E-Mail keine Inhalte und keine
Anhaenge. Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.

Wenn Sie Ihr Passwort vergessen haben, nutzen Sie "Passwort vergessen" auf
der Anmeldeseite und beantworten Sie Ihre Sicherheitsfrage.

Ihre Weserbogen Versicherungsgruppe
(Diese E-Mail wurde automatisch versendet. Bitte nicht antworten.)
""")

# --- 0050 ------------------------------------------------------------------
mail(50, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'accident insurance: hospital daily allowance for a hip fracture S72.0 of the insured, hospital dates; statement PDF; Italian colleague',
     'iru', ('Erika Bischoff', 'erika.bischoff@nordpost.example'),
     'Krankenhaustagegeld aus Ihrer Unfallversicherung', (2026, 3, 25, 10, 10),
     atts=[A('Abrechnung_KHT_Bischoff.pdf', make_pdf([
         '# Abrechnung Krankenhaustagegeld und Genesungsgeld',
         'Unfallversicherung UV 6620-093115, versicherte Person: Erika Bischoff',
         'Unfall: 21.01.2026, Sturz auf Glatteis vor dem Haus',
         'Diagnose laut Entlassungsbericht: Schenkelhalsfraktur links (S72.0), Hüft-TEP',
         'Klinikum Weserhöhe: 21.01.2026 - 05.02.2026 (16 Tage)',
         'Reha-Klinik Am Moor: 05.02.2026 - 26.02.2026 (21 Tage)',
         '',
         'Krankenhaustagegeld 37 Tage x 30,00 EUR    = 1.110,00 EUR',
         'Genesungsgeld       37 Tage x 30,00 EUR    = 1.110,00 EUR',
         'Summe                                         2.220,00 EUR',
     ], title='Abrechnung KHT'))],
     body=f"""Sehr geehrte Frau Bischoff,

ich hoffe, es geht Ihnen wieder besser und Sie sind gut zuhause angekommen.

Für die Zeit im Krankenhaus und in der Reha zahlen wir aus Ihrer
Unfallversicherung das Krankenhaustagegeld und das Genesungsgeld, zusammen
2.220,00 EUR. Die Abrechnung ist im Anhang.

Wegen eventuell bleibende Beeinträchtigung (Invalidität): Das kann man erst
später beurteilen. Bitte denken Sie an die Frist – die Invalidität muss
innerhalb von 15 Monaten nach dem Unfall von einem Arzt festgestellt werden,
also bis spätestens 21.04.2027. Ich schreibe Ihnen rechtzeitig vorher nochmal.

{SIG('iru')}
""")

# --- 0051 ------------------------------------------------------------------
mail(51, 'NORMAL', 'en', 'internal',
     'trap: minutes of the reinsurance treaty renewal (pandemic exclusion, critical illness definitions, cancer and stroke wording); no insured person',
     'rca', [S('lme'), S('epa'), S('fla')], 'Minutes – life/CI treaty renewal call with Nordic Re, 24 March', (2026, 3, 26, 9, 5),
     body=f"""Hi all,

minutes of Tuesday's call, for your files. Nothing confidential about clients in
here, so feel free to forward internally.

Participants: Nordic Re (L.-E. Sundqvist, M. Aalto), WB (Lars, Eleni, Frieder, me)

1. Pandemic exclusion
   Nordic Re wanted a general pandemic exclusion for new business from 2027.
   We said no; compromise: no exclusion, but an event limit of 25m EUR for
   deaths within 90 days of a declared pandemic. To be drafted by them.

2. Critical illness definitions
   - Cancer: alignment with the new market wording ("malignant tumour with
     uncontrolled growth and invasion of tissue"); carcinoma in situ stays
     excluded except breast (partial benefit 25 %).
   - Stroke: permanent neurological deficit for at least 3 months, confirmed
     by a neurologist. TIA remains excluded.
   - Heart attack: troponin + ECG changes OR typical symptoms; Frieder to send
     the exact troponin wording we use in claims.

3. Retention
   Life retention stays at 300k per life; CI 150k.

4. Next steps
   Draft treaty by 15 April, signing before 30 June.

Ruth

{SIG('rca')}
""")

# --- 0052 ------------------------------------------------------------------
mail(52, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'grey: traffic legal expenses for a named driver\'s administrative speeding fine (points, fine amount); an administrative offence, not a criminal conviction',
     'dka', ('Mustafa Kaplan', 'mustafa.kaplan@tmail.example'),
     'Bußgeldbescheid vom 02.03.2026 – Verkehrs-Rechtsschutz RS 3318-540871', (2026, 3, 27, 13, 16),
     body=f"""Sehr geehrter Herr Kaplan,

Sie haben uns den Bußgeldbescheid der Bußgeldstelle Bremen geschickt: Überschreitung
der zulässigen Geschwindigkeit innerorts um 23 km/h am 19.01.2026 auf der
Stresemannstraße, 150 EUR Geldbuße, 1 Punkt in Flensburg.

Für den Einspruch und das Verfahren vor dem Amtsgericht übernehmen wir die Kosten
aus Ihrem Verkehrs-Rechtsschutz, auch die Kosten für ein Gutachten über die
Messung, wenn der Anwalt das für sinnvoll hält. Die Selbstbeteiligung entfällt bei
Verkehrs-Ordnungswidrigkeiten in Ihrem Tarif.

Wichtig: Der Einspruch muss innerhalb von zwei Wochen nach Zustellung bei der
Behörde sein. Zugestellt wurde am 05.03., also ist die Frist schon knapp! Bitte
geben Sie den Bescheid heute noch Ihrem Anwalt.

{SIG('dka')}
""")

# --- 0053 ------------------------------------------------------------------
mail(53, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'care insurance: nursing bed and care aids approved for the insured with care level 4 after stroke (hemiparesis); windows-1252',
     'mwe', ('Jutta Ahlers-Voss', 'jutta.ahlers@nordpost.example'),
     'Pflegehilfsmittel für Herrn Karl-Heinz Voss – Genehmigung', (2026, 3, 30, 11, 27),
     charset='windows-1252', cte='quoted-printable',
     body="""Sehr geehrte Frau Ahlers-Voss,

für Ihren Vater, Herrn Karl-Heinz Voss (PPV 5520-018844-01), haben wir folgende
Pflegehilfsmittel genehmigt:

- Pflegebett mit Aufrichthilfe (leihweise über Sanitätshaus Dierks)
- Anti-Dekubitus-Auflage
- Toilettenstuhl
- zum Verbrauch bestimmte Hilfsmittel (Handschuhe, Bettschutzeinlagen) bis 42 €/Monat

Grundlage ist die Empfehlung im Pflegegutachten vom 17.03.2026: Pflegegrad 4,
Halbseitenlähmung rechts nach Schlaganfall (I63.5) im Dezember, Transfer aus dem
Bett nur mit Hilfe möglich.

Das Sanitätshaus meldet sich wegen der Lieferung bei Ihnen. Für den Umbau des
Badezimmers (bodengleiche Dusche) können Sie einen Zuschuss für
wohnumfeldverbessernde Maßnahmen bis 4.180 € beantragen; das Formular schicke ich
Ihnen gerne zu.

Mit freundlichen Grüßen
Maren Wessels
Pflegeversicherung – Leistung
Weserbogen Krankenversicherung AG
""")

# --- 0054 ------------------------------------------------------------------
mail(54, 'NORMAL', 'de', 'insurer-to-supplier',
     'trap: order of blood-pressure monitors and body-fat scales for the staff health day; Italian colleague\'s German; no health data of anyone',
     'mbe', ('Sanitätshaus Dierks GmbH – Firmenkunden', 'firmenkunden@sanitaetshaus-dierks.example'),
     'Gesundheitstag 16.04. – Leihgeräte Blutdruck und Körperfettwaage', (2026, 3, 31, 9, 40),
     body=f"""Guten Morgen Frau Dierks,

für unseren Gesundheitstag am 16. April möchten wir gerne wieder Geräte bei Ihnen
ausleihen, wie letztes Jahr:

- 4 Blutdruckmessgeräte Oberarm (automatisch)
- 2 Körperfettwaagen
- 1 Venen-Messgerät, wenn Sie haben (letztes Jahr war sehr gefragt!)
- Einmal-Manschettenbezüge 300 Stück

Aufbau bitte am 15.04. ab 14 Uhr im Foyer Gebäude A, Abholung 16.04. ab 17 Uhr.

Die Messungen macht wie immer das Team vom Betriebsarzt, die Ergebnisse bekommt
nur der Mitarbeiter selbst auf einem Kärtchen, wir speichern nichts. Könnten Sie
bitte auch wieder 500 von diese Kärtchen "Meine Werte" mitbringen?

Bitte schicken Sie mir ein Angebot, dann mache ich die Bestellung im System.

{SIG('mbe')}
""")

# --- 0055 ------------------------------------------------------------------
mail(55, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'travel cancellation of a named customer in Izmir because of job loss (employer, dismissal date), booking value; no health content',
     'ksa', ('Deniz Yurtsever', 'deniz.yurtsever@ttnet-posta.example'),
     'Your travel cancellation claim R-26-01208 – unexpected job loss', (2026, 4, 1, 10, 55),
     tz='+0200',
     body=f"""Dear Mr Yurtsever,

thank you for the documents. I am sorry about your job, I hope you find quickly
something new.

Your travel cancellation insurance (policy RV-8842-22710) covers the cancellation
when the insured person loses the job unexpectedly by dismissal from the employer.
From the letter of Ege Tekstil A.Ş. we see that your contract was terminated on
12 March 2026 for economic reasons, after 6 years. This is covered.

Cancelled trip: Izmir - Hamburg - Copenhagen, 18-30 April 2026, 2 persons
  booking price                         2,340.00 EUR
  cancellation fee of the travel agency 1,404.00 EUR (60 %)
  deductible 20 %                        -280.80 EUR
  payment                               1,123.20 EUR

The payment we can do to your Turkish account, please send me the IBAN of the
account (TR...), the name of the bank and account holder. Please use the upload
form in the portal, not e-mail.

Herzliche Grüße aus Bremen / Sevgiler,
Kübra Şahin
Kundenservice
Weserbogen Versicherungsgruppe
""")

# --- 0056 ------------------------------------------------------------------
mail(56, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'expat health in Singapore: ACL rupture S83.5 after a football injury, MRI, surgery pre-approval; English reply quoting the customer\'s German mail',
     'gfe', ('Benedikt Sauer', 'benedikt.sauer@lionmail-sg.example'),
     'AW: Kreuzband OP Singapur – pre-approval', (2026, 4, 2, 4, 20), tz='+0200', mailer=OUTLOOK,
     body=f"""Dear Mr Sauer,

I answer in English because our colleague for German is on holiday this week,
I hope this is ok for you.

We confirm the pre-approval for the reconstruction of the anterior cruciate
ligament of your left knee at Mount Elizabeth Novena Hospital, planned 9 April
2026, surgeon Dr. Lim Wei Jie. The MRI report confirms the complete rupture and
a small tear of the medial meniscus; both procedures are included.

- Approved: surgery, 2 nights in single room, anaesthesia, implants
- Physiotherapy afterwards: up to 30 sessions in your tariff, prescription needed
- Your deductible for 2026 (1,000 EUR) is not yet used and will be deducted

The hospital can bill us directly (reference GOP-26-00733).

Gute Besserung!
Giulia Ferraro
International Health & Travel Assistance

-----Ursprüngliche Nachricht-----
Von: Benedikt Sauer <benedikt.sauer@lionmail-sg.example>
Gesendet: Dienstag, 31. März 2026 22:48
An: International Health <intl-health@{DOM}>
Betreff: Kreuzband OP Singapur

Hallo liebes Team,
ich habe mir beim Fußball am 21.3. das Knie verdreht, MRT gestern: vorderes
Kreuzband links komplett gerissen, Meniskus innen eingerissen. Der Orthopäde
will am 9.4. operieren. Brauche ich eine Genehmigung vorher? MRT-Befund hängt an.
Viele Grüße aus Singapur, Benedikt Sauer (GC-2291-70518)
""")

# --- 0057 ------------------------------------------------------------------
mail(57, 'NORMAL', 'de', 'internal',
     'trap: sales meeting agenda with sales figures for long-term care supplements, BU and dental; no customer, no employee data',
     'jha', [('Vertrieb Makler Nord', f'vertrieb-nord@{DOM}')], 'Agenda Vertriebsrunde 09.04. – Pflege, BU, Zahn', (2026, 4, 3, 15, 2),
     tz='+0200',
     body=f"""Moin zusammen,

hier die Agenda für die Vertriebsrunde am Donnerstag (09.04., 10–12 Uhr, B 2.07
und Teams):

1. Zahlen Q1 (Neugeschäft Makler Nord)
   Pflegezusatz            412 Anträge   (Plan 380)
   BU Vital 2026           137 Anträge   (Plan 160, Start erst 1.3.)
   ZahnPlus                901 Anträge   (Plan 850)
   Krankenvoll               58 Anträge   (Plan 70)
2. Rückmeldungen zur neuen BU: Gesundheitsfragen kürzer – trotzdem viele
   Rückfragen der Risikoprüfung bei Psychotherapie und Rücken. Eleni kommt dazu
   und erklärt, was die Makler besser vorbereiten können.
3. Pflegezusatz: Kampagne "Pflegefall – und dann?" im Mai
4. Maklerportal: Upload von Arztberichten, erste Erfahrungen
5. Verschiedenes

Bitte bringt eure Top-3-Makler-Themen mit.

Jens

{SIG('jha')}
""")

# --- 0058 ------------------------------------------------------------------
mail(58, 'CONFIDENTIAL', 'de', 'insurer-to-company',
     'commercial liability claim of a craft company with named managing director and contact; damage at a customer\'s house, nobody hurt',
     'oti', ('Elektro Hüsing GmbH – Herr Jan Hüsing', 'jan.huesing@elektro-huesing.example'),
     'Betriebshaftpflicht BHV-8100-20117 – Schaden Kabelbrand Fam. Rosendahl', (2026, 4, 6, 8, 45), tz='+0200',
     body=f"""Sehr geehrter Herr Hüsing,

Ihre Schadenmeldung zum Kabelbrand im Haus der Familie Rosendahl (Im Holze 9,
Lilienthal) vom 30.03.2026 haben wir erhalten. Ihr Monteur, Herr Sven Kück, hatte
am 27.03. die Unterverteilung im Keller erneuert; zwei Tage später kam es dort zu
einem Schmorbrand. Verletzt wurde niemand, die Familie war zuhause und hat den
Brand sofort bemerkt.

Nächste Schritte:
1. Unser Sachverständiger Herr Gerdes (Elektro-Gutachter) schaut sich die
   Verteilung am 10.04. an. Bitte nichts reparieren oder entsorgen bis dahin.
2. Schicken Sie uns das Prüfprotokoll der Installation (E-Check) und den
   Arbeitsbericht von Herrn Kück.
3. Bitte keine Haftung gegenüber Familie Rosendahl anerkennen – das klären wir.

Schadennummer: 26-B-0008841, Selbstbeteiligung 500 EUR.

{SIG('oti')}

{FOOT_DE}
""")

# --- 0059 ------------------------------------------------------------------
mail(59, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'disability benefit review for a customer who moved to Athens: ongoing BU pension, request for current rehab/psychiatric reports (F43.2)',
     'epa', ('Christos Mavridis', 'christos.mavridis@otenet-mail.example'),
     'Nachprüfung Ihrer BU-Rente – Vertrag BU 7730-118625', (2026, 4, 7, 12, 12), tz='+0200',
     body=f"""Sehr geehrter Herr Mavridis,

seit Juli 2024 zahlen wir Ihnen eine Berufsunfähigkeitsrente von 1.250 EUR im Monat
wegen der Anpassungsstörung mit depressiver Symptomatik (F43.2) nach dem Unfall auf
Ihrer Baustelle. Wie in den Bedingungen vorgesehen, prüfen wir jetzt, ob die
Berufsunfähigkeit weiter besteht (Nachprüfung nach § 174 VVG).

Dafür brauchen wir bitte:
1. aktuellen Bericht von Ihrem behandelnden Psychiater in Athen (Diagnose,
   Behandlung, Medikamente, Einschätzung der Arbeitsfähigkeit) – gerne auf
   Griechisch, wir lassen übersetzen;
2. den Entlassungsbericht der Reha, falls Sie 2025 in Reha waren;
3. Angaben, ob Sie zurzeit irgendeine Tätigkeit ausüben.

Die Rente läuft während der Prüfung normal weiter, keine Sorge. Die Kosten für
die Berichte übernehmen wir.

Αν θέλετε, μπορούμε να μιλήσουμε και στα ελληνικά – καλέστε με.

{SIG('epa')}
""")

# --- 0060 ------------------------------------------------------------------
mail(60, 'NORMAL', 'mixed', 'insurer-to-partner',
     'trap: gateway-to-gateway encryption setup with a hospital group\'s IT (domain certificate fingerprints, TLS enforcement, test mail); no patient',
     'eyi', ('IT Security Klinikverbund Nordwest', 'it-security@klinikverbund-nw.example'),
     'Gateway-Verschlüsselung / domain encryption – Zertifikatsaustausch', (2026, 4, 8, 14, 30), tz='+0200',
     body=f"""Hallo Herr Rademacher, hello Ms. Okafor,

wie im Call besprochen (German first, English below for your vendor):

DE
- Unser Domänenzertifikat für weserbogen.example (S/MIME, Gateway) haben Sie
  über den Link im letzten Mail bekommen. Fingerprint SHA-256 zur Kontrolle:
  4B:91:0E:7C:22:AF:D3:58:61:0C:9E:B7:44:2D:F1:83:6A:0E:5C:19:B2:77:C4:D0:39:8E:AA:12:F6:03:5B:71
- Ihr Zertifikat für klinikverbund-nw.example haben wir importiert.
- Ab Montag erzwingen wir TLS 1.2+ für Ihre Domain; Mails, die nicht
  verschlüsselt zugestellt werden können, bleiben in der Queue.

EN
- Please send one test mail from any mailbox at klinikverbund-nw.example to
  gateway-test@weserbogen.example with the subject "G2G test 1" and only dummy
  text, no patient data. We confirm decryption and reply encrypted.
- After a successful test, your accounting department can send hospital
  invoices and discharge reports to leistung-stationaer@weserbogen.example.

Viele Grüße / Best regards
Emre

{SIG('eyi')}
""")

# --- 0061 ------------------------------------------------------------------
IB61 = iban('DE', '25050000' + '0151206634')
mail(61, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'SEPA mandate confirmation for buildings insurance: named customer, birth date, IBAN, policy number',
     'sol', ('Gerd Lüdemann', 'gerd.luedemann@kabelpost.example'),
     'Bestätigung SEPA-Lastschriftmandat – Wohngebäude WG-1190-502288', (2026, 4, 9, 9, 9), tz='+0200',
     charset='iso-8859-1', cte='quoted-printable',
     body=f"""Sehr geehrter Herr Lüdemann,

wir bestätigen Ihnen das neue SEPA-Lastschriftmandat:

Versicherungsnehmer:  Gerd Lüdemann, geb. 11.02.1957
Vertrag:              Wohngebäude WG-1190-502288, Am Krähenberg 5, 27721 Ritterhude
Kontoinhaber:         Gerd Lüdemann
IBAN:                 {IB61}
Mandatsreferenz:      WB-WG1190502288-03
Gläubiger-ID:         DE98ZZZ09999999999

Der Jahresbeitrag von 884,30 EUR wird am 01.05.2026 abgebucht.

Falls Sie das Mandat nicht erteilt haben, melden Sie sich bitte umgehend.

Mit freundlichen Grüßen

Sabine Oltmanns
Kundenservice
Weserbogen Versicherungsgruppe
""")

# --- 0062 ------------------------------------------------------------------
mail(62, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'reply with a harmless body; the quoted customer mail (living in Cork) names her migraine G43.1, neurologist and triptan prescription',
     'gfe', ('Johanna Kerrigan', 'johanna.kerrigan@eirmail.example'),
     'Re: reimbursement question', (2026, 4, 10, 16, 0), tz='+0200', mailer=TB,
     in_reply_to='<0a99e2f1-kerrigan@eirmail.example>',
     body=f"""Dear Ms Kerrigan,

yes, that is fine – please send all of them together at the end of the month,
and use the upload in the app. We will then pay everything in one go.

Kind regards,
Giulia

On 09.04.2026 21:13, Johanna Kerrigan wrote:
> Hello,
> since January I see a neurologist in Cork, Dr. Fitzgerald, because my migraine
> with aura (G43.1) got much worse, 8-10 attacks a month. She prescribed
> sumatriptan and now wants to try the monthly injection (erenumab). The
> injections are expensive, 450 EUR each. Is it ok if I collect the receipts and
> send them monthly? My policy is GC-2291-64470.
> Thanks, Johanna Kerrigan
""")

# --- 0063 ------------------------------------------------------------------
mail(63, 'NORMAL', 'en', 'insurer-to-customer',
     'trap: automatic portal registration mail (user name, one-time password by post, security question); no contract, no content',
     ('Weserbogen SecureMail', f'noreply@{DOM}'), ('a.moreau@orange-fr-mail.example', 'a.moreau@orange-fr-mail.example'),
     'Welcome to the Weserbogen secure mailbox – please complete your registration', (2026, 4, 13, 7, 31), tz='+0200',
     charset='us-ascii', cte='7bit', extra=['Auto-Submitted: auto-generated'],
     body="""Welcome to the Weserbogen secure mailbox.

A secure mailbox has been created for this e-mail address so that we can send
you confidential documents in encrypted form.

Your user name: this e-mail address
Your one-time password: will be sent to you separately by letter
Registration link (valid 14 days):
https://securemail.weserbogen.example/register?lang=en

At your first login you will:
  1. set your own password (at least 12 characters),
  2. choose a security question for password resets,
  3. optionally upload your own S/MIME certificate if you prefer to receive
     encrypted e-mails directly in your mail program.

We will never ask for your password by e-mail or phone.

Weserbogen Versicherungsgruppe
(This message was generated automatically. Please do not reply.)
""")

# --- 0064 ------------------------------------------------------------------
mail(64, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
     'status reply to a broker: named customer, household and liability policy numbers, premium change after move; no health data',
     'pno', ('Marta Wiśniewska', 'm.wisniewska@baltic-brokers.example'),
     'RE: status client Kamiński – household + liability', (2026, 4, 14, 11, 36), tz='+0200', mailer=OUTLOOK,
     body=f"""Hi Marta,

both contracts of Mr Tomasz Kamiński are now changed to the new address
(ul. Wały Chrobrego 3/12, Szczecin – the flat in Pasewalk is given up):

- Household H-5503-219904: the insured place is now Szczecin; because the
  household insurance is only for Germany in this tariff, it ends on 30.04.2026.
  Refund of 41.20 EUR goes to his account.
- Private liability PH-6610-099173: continues, Europe-wide cover, premium
  stays 64.90 EUR/year.

Commission for the household is cancelled pro rata, you will see it in the May
statement.

Greetings to Szczecin,
Piotr

From: Marta Wiśniewska <m.wisniewska@baltic-brokers.example>
Sent: Monday, 13 April 2026 17:20
Subject: status client Kamiński – household + liability

Hi Piotr, what is the status for Mr Kamiński, did you get the change of address?
Regards, Marta
""")

# --- 0065 ------------------------------------------------------------------
mail(65, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
     'cost coverage to a hospital for a named insured: cholecystectomy for gallstones K80.2, elective services (chief physician, single room)',
     'awr', ('Klinikum Weserhöhe – Patientenaufnahme', 'aufnahme@klinikum-weserhoehe.example'),
     'Kostenübernahme stationär – Frau Ingrid Hashagen, geb. 09.12.1955', (2026, 4, 15, 8, 3), tz='+0200',
     body=f"""Sehr geehrte Damen und Herren,

für unsere Versicherte

   Frau Ingrid Hashagen, geb. 09.12.1955
   Versicherungsnummer KV 4410-044871-01, Tarif Stationär Komfort

übernehmen wir die Kosten für die geplante stationäre Behandlung ab 21.04.2026
(laparoskopische Cholezystektomie bei symptomatischer Cholezystolithiasis, K80.2)
nach den allgemeinen Krankenhausleistungen (DRG) sowie die Wahlleistungen
Chefarztbehandlung und Einbettzimmer.

Bitte rechnen Sie direkt mit uns ab (Klinik-Card liegt Ihnen vor). Bei
Verlängerung über 5 Tage hinaus bitten wir um kurze Mitteilung mit Begründung.

(Ich vertrete in dieser Woche das Team Stationär.)

{SIG('awr')}
""")

# --- 0066 ------------------------------------------------------------------
mail(66, 'NORMAL', 'de', 'internal',
     'trap: job ad for a nurse / medical assistant in the medical officer\'s team (health vocabulary, ICD coding skills); no applicant data',
     'ade', [('Intranet-Redaktion', f'intranet@{DOM}')], 'Stellenanzeige bitte veröffentlichen: Pflegefachkraft / MFA im Team Gesellschaftsarzt',
     (2026, 4, 16, 10, 20), tz='+0200', cc=[S('fla')],
     body=f"""Hallo liebe Intranet-Redaktion,

bitte diese Anzeige ab Montag intern und extern (Karriereseite) veröffentlichen:

---
Pflegefachkraft oder Medizinische Fachangestellte (m/w/d) – Team Gesellschaftsarzt
Bremen, Vollzeit oder Teilzeit (ab 30 Std.), unbefristet

Ihre Aufgaben:
- Auswertung von Arztberichten, Entlassungsberichten und Gutachten für die
  Leistungs- und Risikoprüfung (Kranken, Leben, BU, Pflege)
- Kodierung von Diagnosen nach ICD-10-GM und Prozeduren nach OPS
- telefonische Rückfragen bei Praxen und Kliniken
- Vorbereitung von Fällen für unseren Gesellschaftsarzt

Sie bringen mit:
- abgeschlossene Ausbildung in der Pflege oder als MFA, Berufserfahrung
- sehr gute Kenntnisse medizinischer Fachbegriffe; Englisch gut, weitere
  Sprachen (z. B. Polnisch, Türkisch) sind ein Plus
- Diskretion – Sie arbeiten mit sehr sensiblen Gesundheitsdaten

Wir bieten: Tarifvertrag Versicherungen, 38 Std., mobiles Arbeiten 60 %,
Jobrad, Betriebsarzt und Gesundheitstag.

Bewerbung bis 15.05.2026 über das Bewerbungsportal: https://karriere.weserbogen.example
---

Danke!
{SIG('ade')}
""")

# --- 0067 ------------------------------------------------------------------
mail(67, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'new motor policy: eVB number for a named young driver, birth date, licence date, vehicle data; Polish colleague',
     'tko', ('Lea-Marie Focken', 'lea.focken@freimail.example'),
     'Ihre eVB-Nummer für die Zulassung – Fiat 500', (2026, 4, 17, 12, 40), tz='+0200',
     body=f"""Hallo Frau Focken,

hier Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassung:

   eVB-Nummer: K7R2M9X

Gültig für: Fiat 500 1.0 Hybrid, FIN ZFA3120000JX41177, Zulassung Landkreis Osterholz

Für den Vertrag habe ich folgende Daten von Ihnen genommen, bitte prüfen:
- Versicherungsnehmerin und Fahrerin: Lea-Marie Focken, geb. 03.06.2006
- Führerschein seit: 12.07.2024 (begleitetes Fahren ab 17 – schon drin)
- Einstufung: SF 1/2 (Führerschein länger als 1 Jahr)
- Haftpflicht + Teilkasko SB 150 EUR, jährlicher Beitrag 712,40 EUR

Wenn Ihre Mutter als weitere Fahrerin eingetragen werden soll, brauche ich noch
ihr Geburtsdatum.

Gute Fahrt mit dem neuen Auto!

{SIG('tko')}
""")

# --- 0068 ------------------------------------------------------------------
mail(68, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
     'medical officer asks a physician in Malta for records of a named expat patient (atrial fibrillation I48.0, cardioversion) for a claim',
     'fla', ('Dr. Joseph Camilleri', 'j.camilleri@sliema-clinic.example'),
     'Request for medical records – Mr Heiko Brandt, born 27.05.1960', (2026, 4, 20, 9, 50), tz='+0200',
     body=f"""Dear Dr. Camilleri,

Mr Heiko Brandt (born 27 May 1960), who lives in Sliema and is insured with us
in our expat tariff, has submitted your invoices for treatment of atrial
fibrillation (I48.0) including an electrical cardioversion on 3 March 2026 at
Mater Dei Hospital.

To assess whether the condition existed before the start of his insurance
(1 September 2025), I would be grateful for:

- the date of first diagnosis of atrial fibrillation,
- a copy of the ECG and echocardiography reports,
- his current medication (anticoagulation, rate/rhythm control).

Mr Brandt's signed consent to release medical information is attached to the
secure message we will send you through our portal; you will receive a
notification from noreply@weserbogen.example. Your fee for the report will of
course be reimbursed.

With kind regards,
Dr. med. Frieder Lampe
Chief Medical Officer
Weserbogen Lebensversicherung AG / Weserbogen Krankenversicherung AG
""")

# --- 0069 ------------------------------------------------------------------
mail(69, 'NORMAL', 'en', 'insurer-to-partner',
     'trap: English press release on a travel health survey (percentages of travellers ill abroad, hospital costs, vaccinations); survey aggregates only',
     'bst', [('Press distribution list', f'presse-verteiler@{DOM}')], 'Press release: One in seven holidaymakers needs a doctor abroad',
     (2026, 4, 21, 10, 0), tz='+0200', reply_to=('Birte Stührmann', f'presse@{DOM}'),
     body=f"""PRESS RELEASE – for immediate release
Bremen, 21 April 2026

One in seven holidaymakers needs a doctor abroad – survey by Weserbogen

In a representative online survey of 2,012 adults living in Germany (conducted by
Institut Nordpanel, February 2026), 14 % of respondents said they had needed
medical help on at least one holiday abroad in the past five years. Most common
reasons were gastrointestinal infections (38 %), injuries from falls or sports
(27 %) and respiratory infections (19 %).

Only 52 % knew that statutory health insurance does not pay for a return
transport home from abroad. "A broken leg in Crete can cost 30,000 euros with
the ambulance flight", says Fenja Drewes, head of travel insurance at Weserbogen.

Key figures:
- 14 % needed a doctor abroad (2021: 11 %)
- 3 % were admitted to hospital
- 61 % check their vaccination status before long-haul trips

About Weserbogen: The Weserbogen Versicherungsgruppe, based in Bremen, insures
about 1.1 million customers in health, life, property and legal expenses.

Press contact: Birte Stührmann, presse@weserbogen.example, +49 421 5550-1010
""")

# --- 0070 ------------------------------------------------------------------
mail(70, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'grey: dog-owner liability claim of a named customer, her dog bit another dog; vet invoice of the injured animal (animal health, no human health)',
     'cbe', ('Annika Pundt', 'annika.pundt@tmail.example'),
     'Hundehalterhaftpflicht – Beißvorfall 28.03. im Bürgerpark', (2026, 4, 22, 14, 22), tz='+0200',
     body=f"""Sehr geehrte Frau Pundt,

zu dem Vorfall im Bürgerpark am 28.03.2026: Ihr Hund "Bruno" (Labrador-Mischling)
hat den Dackel von Herrn Renken gebissen. Herr Renken hat uns die Rechnung der
Tierklinik Am Wall geschickt (Wundversorgung unter Narkose, Antibiotikum, zwei
Nachkontrollen) über 684,37 EUR.

Aus Ihrer Hundehalterhaftpflicht (HH-6650-017723) übernehmen wir die
Tierarztkosten vollständig. Die von Herrn Renken zusätzlich verlangten 200 EUR
"Schmerzensgeld" für seinen Hund können wir nicht zahlen – für Tiere gibt es
kein Schmerzensgeld.

Da Menschen nicht verletzt wurden, ist der Fall damit für uns erledigt. Bitte
führen Sie Bruno im Park an der Leine, sonst kann es beim nächsten Mal
schwierig werden mit der Versicherung.

{SIG('cbe')}
""")

# --- 0071 ------------------------------------------------------------------
mail(71, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'multipart/alternative: medicine reimbursement for a customer in Innsbruck (rheumatoid arthritis, adalimumab biosimilar, PZN) with HTML table',
     ('Weserbogen Leistungsservice', f'leistung-kv@{DOM}'), ('Mag. Veronika Oberleitner', 'v.oberleitner@tirol-mail.example'),
     'Erstattung Ihrer Arzneimittel – März 2026', (2026, 4, 23, 17, 45), tz='+0200',
     body="""Sehr geehrte Frau Oberleitner,

wir haben Ihre Apothekenbelege aus Innsbruck für März 2026 abgerechnet
(KV 4410-300912-01, Tarif AmbulantPlus):

- Adalimumab-Biosimilar 40 mg, 2 Fertigspritzen (PZN 16826712),
  Verordnung Dr. Pichler (Rheumatologie), Diagnose M06.0
  Rechnung 1.036,50 EUR, Erstattung 1.036,50 EUR
- Methotrexat 15 mg, 4 Fertigspritzen
  Rechnung 68,20 EUR, Erstattung 68,20 EUR
- Folsäure 5 mg, 20 Tabletten: nicht erstattungsfähig (rezeptfrei), 0,00 EUR

Summe der Erstattung: 1.104,70 EUR

Bei Biologika prüfen wir einmal jährlich die Verordnung; die nächste Prüfung
ist im Januar 2027.

Ihr Leistungsservice der Weserbogen Krankenversicherung AG
""",
     html="""<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Sehr geehrte Frau Oberleitner,</p>
<p>wir haben Ihre Apothekenbelege aus Innsbruck für März 2026 abgerechnet (KV 4410-300912-01, Tarif AmbulantPlus):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Arzneimittel</th><th>PZN</th><th>Verordnung / Diagnose</th><th>Rechnung</th><th>Erstattung</th></tr>
<tr><td>Adalimumab-Biosimilar 40 mg, 2 Fertigspritzen</td><td>16826712</td><td>Dr. Pichler, M06.0</td><td>1.036,50 &euro;</td><td>1.036,50 &euro;</td></tr>
<tr><td>Methotrexat 15 mg, 4 Fertigspritzen</td><td>&ndash;</td><td>Dr. Pichler</td><td>68,20 &euro;</td><td>68,20 &euro;</td></tr>
<tr><td>Folsäure 5 mg, 20 Tabletten</td><td>&ndash;</td><td>rezeptfrei</td><td>4,95 &euro;</td><td>0,00 &euro;</td></tr>
<tr><td colspan="4"><b>Summe der Erstattung</b></td><td><b>1.104,70 &euro;</b></td></tr>
</table>
<p>Ihr Leistungsservice der Weserbogen Krankenversicherung AG</p>
</body></html>
""")

# --- 0072 ------------------------------------------------------------------
mail(72, 'NORMAL', 'de', 'insurer-to-broker',
     'trap: maintenance notice for the broker portal (portfolio rights, electronic broker post, BiPRO interface); no customers',
     ('Weserbogen Maklerportal', f'maklerportal@{DOM}'), ('Angebundene Vertragspartner', f'maklerportal@{DOM}'),
     'Wartung Maklerportal am 02.05. und neue Funktion "Bestandsrechte je Nutzer"', (2026, 4, 24, 15, 0), tz='+0200',
     body="""Sehr geehrte Vertragspartner,

am Samstag, 02.05.2026, von 20:00 bis 24:00 Uhr ist das Maklerportal wegen
Wartungsarbeiten nicht erreichbar. Die BiPRO-430-Schnittstelle für Ihr
Maklerverwaltungsprogramm liefert in dieser Zeit keine elektronische
Vermittlerpost; Dokumente werden danach nachgeliefert.

Neu ab 04.05.: Makleradministratoren können Bestandsrechte je Nutzer feiner
vergeben – zum Beispiel nur Sachsparten, oder nur Kranken/Leben. Mitarbeitende,
die keine Gesundheitsdaten sehen sollen, bekommen so keinen Zugriff auf
Leistungsabrechnungen und Arztberichte Ihrer Kunden.

Anleitung: https://makler.weserbogen.example/hilfe/bestandsrechte

Ihr Team Maklerportal
Weserbogen Versicherungsgruppe
""")

# --- 0073 ------------------------------------------------------------------
mail(73, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'rental car excess claim of a named customer after a parking damage in Florida; claim number, payout; no injuries',
     'fdr', ('Sebastian Warnke', 'sebastian.warnke@nordpost.example'),
     'Rental car excess – your claim R-26-01566 (Orlando)', (2026, 4, 27, 11, 11), tz='+0200',
     charset='us-ascii', cte='7bit',
     body="""Dear Mr Warnke,

thanks for the documents from the rental company in Orlando. The damage on
the rental car (rear bumper, parking garage, 2 April 2026) was charged to your
credit card with the excess of 750.00 USD. Your rental car excess insurance
(RV-8842-30981) reimburses this amount.

  charged excess              750.00 USD
  exchange rate (02.04.2026)  1 USD = 0.9212 EUR
  payment                     690.90 EUR

Payment goes to the account you named in the claim form within 5 working days.
Good that nobody was hurt and it was only the bumper.

Viele Gruesse
Fenja Drewes
Reiseversicherung
""")

# --- 0074 ------------------------------------------------------------------
mail(74, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'child accident insurance: 9-year-old knocked out two front teeth at school (S03.2), dental treatment costs; Italian colleague\'s German',
     'iru', ('Stefanie Meinken', 'steffi.meinken@kabelpost.example'),
     'Unfall von Paul am 13.03. – Zahnbehandlung, Kinderunfallversicherung', (2026, 4, 28, 9, 33), tz='+0200',
     body=f"""Sehr geehrte Frau Meinken,

danke für die Unterlagen zum Unfall von Paul (geb. 2016) auf dem Schulhof. So
wie wir lesen im Bericht von der Zahnärztin Frau Dr. Rohlfs, zwei obere
Schneidezähne (11 und 21) sind bei dem Sturz ausgeschlagen worden (Luxation,
S03.2), Zahn 11 konnte replantiert werden, Zahn 21 nicht.

Weil Paul über die Schule auch gesetzlich unfallversichert ist (Unfallkasse),
zahlt diese zuerst die Behandlung. Aus Ihrer privaten Kinderunfallversicherung
(UV 6620-140355) zahlen wir zusätzlich:

- Kosmetische Operationen / Zahnersatz: bis 5.000 EUR für Kosten, die die
  Unfallkasse nicht übernimmt – das Implantat kann erst mit ca. 18 Jahren
  gemacht werden, bis dahin Provisorium. Wir merken den Fall vor.
- Sofortleistung für Schwerverletzungen: leider nein, Zahnverletzungen sind
  dort nicht aufgeführt.

Bitte schicken Sie uns später die Rechnungen, die nicht von der Unfallkasse
bezahlt werden. Alles Gute für Paul!

{SIG('iru')}
""")

# --- 0075 ------------------------------------------------------------------
mail(75, 'NORMAL', 'en', 'internal',
     'trap: underwriting guideline update for English-speaking brokers (BMI table, blood pressure, smoker definition); no applicant; Greek colleague\'s English',
     'epa', [('Underwriting Team Life', f'risikopruefung-leben@{DOM}')], 'Update underwriting guidelines 04/2026 – BMI and blood pressure',
     (2026, 4, 29, 16, 48), tz='+0200',
     body=f"""Dear colleagues,

because we have now more English-speaking brokers (Poland, Netherlands), I made
the short English version of the changes in the guidelines. Please use this
when you answer their risk enquiries, so everybody says the same.

1. BMI (adults 18-65)
   below 17          individual assessment
   17 - 32           standard
   32.1 - 35         +25 % to +50 %, depending on blood pressure and lipids
   above 35          usually decline for disability, term life +75 % or more

2. Blood pressure (treated or not)
   up to 140/90      standard
   up to 160/100     +25 %
   above             postpone, new values after 3 months

3. Smoker
   Smoker is everybody who smoked cigarettes, cigars, pipe, e-cigarettes or
   heated tobacco in the last 12 months. Nicotine patches = smoker too.

4. Examples in the guideline are all invented, do not use names of real
   applicants in training material, please!

The German version stays the official one. If you find a mistake in my
English, tell me, I will not be offended :)

Eleni
""")

# --- 0076 ------------------------------------------------------------------
mail(76, 'CONFIDENTIAL', 'de', 'internal',
     'grey: HR sends an employee the income certificate for parental allowance (ODT) with gross salary; parental leave taken as not health data; body harmless',
     'ade', ('Jana Freese', f'jana.freese@{DOM}'), 'Ihre Verdienstbescheinigung für die Elterngeldstelle', (2026, 4, 30, 13, 5),
     tz='+0200',
     atts=[A('Verdienstbescheinigung_Freese.odt', make_odt([
         '# Arbeitgeberbescheinigung über das Arbeitsentgelt (Elterngeld)',
         'Arbeitgeber: Weserbogen Versicherungsgruppe, Weserbogenallee 1, 28197 Bremen',
         'Arbeitnehmerin: Jana Freese, Personalnummer 104377',
         'Bemessungszeitraum: 03/2025 bis 02/2026',
         'Bruttoarbeitsentgelt monatlich: 3.912,50 EUR (12 Monate gleichbleibend)',
         'Einmalzahlungen (nicht berücksichtigungsfähig): Urlaubsgeld 06/2025 1.950,00 EUR',
         'Steuerklasse IV, Kirchensteuer: nein',
         'Beginn der Elternzeit: 15.06.2026',
     ]))],
     body=f"""Liebe Frau Freese,

wie gewünscht anbei die Verdienstbescheinigung für Ihren Elterngeldantrag. Bitte
prüfen Sie die Angaben, bevor Sie sie an die Elterngeldstelle schicken. Das
Original mit Unterschrift und Stempel liegt ab Montag bei mir zum Abholen.

Alles Gute für die nächsten Wochen!

{SIG('ade')}
""")

# --- 0077 ------------------------------------------------------------------
mail(77, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'glasses reimbursement for a customer in Szczecin with diopter values and progressive lenses after cataract operation of the left eye; 8bit',
     'awr', ('Halina Becker', 'halina.becker@wp-poczta.example'),
     'AW: Rechnung Optiker Szczecin – Gleitsichtbrille', (2026, 5, 4, 10, 17), tz='+0200',
     cte='8bit', mailer=OUTLOOK,
     body=f"""Sehr geehrte Frau Becker,

die Rechnung vom Optiker (Salon Optyczny Wzrok, Szczecin) über 2.100 PLN haben wir
bekommen. Weil Ihr linkes Auge im Januar am Grauen Star operiert wurde (neue Linse),
haben sich die Werte natürlich geändert, das sieht man auch in der Verordnung:

   rechts: sph -1,75 cyl -0,50 Achse 90, Add +2,25
   links:  sph +0,25 cyl -0,25 Achse 80, Add +2,50

Darum zahlen wir die neue Brille, obwohl die letzte erst 2024 war. Ihr Tarif
zahlt für Sehhilfen bis 300 EUR in zwei Jahren; die Rechnung ist umgerechnet
493,08 EUR, also erstatten wir 300,00 EUR.

Die Augentropfen nach der Operation (Dexamethason/Levofloxacin) sind auch
erstattet, zusammen mit der Brille kommen 331,40 EUR auf Ihr Konto.

Pozdrawiam serdecznie

{SIG('awr')}

-----Ursprüngliche Nachricht-----
Von: Halina Becker
Gesendet: Montag, 27. April 2026 09:12
An: leistung-kv@{DOM}
Betreff: Rechnung Optiker Szczecin

Guten Tag, anbei Rechnung für meine neue Brille nach OP am Auge. Bitte um Erstattung.
H. Becker
""")

# --- 0078 ------------------------------------------------------------------
mail(78, 'NORMAL', 'de', 'internal',
     'trap: template of the premium adjustment letter for health insurance with «placeholders» (name, birth date, IBAN fields empty); no real customer',
     'sol', [('Textredaktion Kundenkommunikation', f'textredaktion@{DOM}')],
     'Vorlage Beitragsanpassung KV 2027 – bitte Korrektur lesen', (2026, 5, 5, 14, 44), tz='+0200',
     body=f"""Hallo liebe Textredaktion,

anbei (im Text, damit ihr direkt reinschreiben könnt) der Entwurf für das
Anschreiben zur Beitragsanpassung in der Krankenversicherung zum 01.01.2027.
Die Platzhalter füllt das Drucksystem, bitte nicht ändern.

------------------------------------------------------------------
«Anrede» «Titel» «Nachname»,

zum 1. Januar 2027 passen wir die Beiträge in Ihrem Tarif «Tarifname» an.
Ihr neuer Monatsbeitrag beträgt «Beitrag_neu» EUR (bisher «Beitrag_alt» EUR).

Warum? Die Ausgaben für Arzneimittel, Krankenhausbehandlungen und
Zahnbehandlungen sind stärker gestiegen als kalkuliert. Ein unabhängiger
Treuhänder hat die Anpassung geprüft und ihr zugestimmt.

Versicherte Person(en): «VP_Name» (geb. «VP_Gebdatum»)
Abbuchung vom Konto: IBAN «IBAN_maskiert»

Sie möchten Beitrag sparen? Ein Tarifwechsel nach § 204 VVG ist ohne neue
Gesundheitsprüfung möglich, soweit der neue Tarif keine Mehrleistungen hat.
------------------------------------------------------------------

Rückmeldung bitte bis 20.05., dann geht es zur Rechtsabteilung.

{SIG('sol')}
""")

# --- 0079 ------------------------------------------------------------------
IB79 = iban('PL', '10901014' + '0000071219812874')
mail(79, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'motor third-party claim paid to a named customer living in Gdańsk (German car), Polish IBAN, plate; no injuries; Polish colleague\'s English',
     'tko', ('Agata Lewandowska', 'agata.lewandowska@onet-poczta.example'),
     'Your claim 26-K-0088012 – payment of repair costs', (2026, 5, 6, 9, 26), tz='+0200',
     body=f"""Dear Mrs Lewandowska,

the other driver (our customer) accepted that he caused the accident in Gdańsk-
Oliwa on 17 April when he opened the door of his parked car against your Toyota
Yaris (HB-AL 305). Nobody was hurt.

We pay the repair according to the invoice of Auto Serwis Kowal:

  repair costs              3,720.00 PLN
  loss of use, 3 days         180.00 PLN
  total                     3,900.00 PLN

Payment in PLN to your account:
  Agata Lewandowska, IBAN {IB79}

You don't need to do anything more. If you have questions, you can write or call
me also in Polish.

Best regards / Pozdrawiam
Tomasz Kowalczyk
Kfz-Schaden, Team 4
Weserbogen Allgemeine Versicherung AG
""")

# --- 0080 ------------------------------------------------------------------
mail(80, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'medical evacuation from Kenya for an insured with severe falciparum malaria B50.9; ICU, air ambulance plan, told to the wife',
     'gfe', ('Claudia Hartwig', 'claudia.hartwig@safari-post.example'),
     'Medical evacuation of your husband – flight plan Nairobi – Hamburg', (2026, 5, 7, 22, 40), tz='+0200',
     charset='us-ascii', cte='base64',
     body="""Dear Mrs Hartwig,

as promised on the phone, here the summary of what we organised today.

- Your husband, Mr Olaf Hartwig, is stable in the ICU of Aga Khan University
  Hospital Nairobi. Diagnosis: severe falciparum malaria (B50.9) with kidney
  involvement, treated with IV artesunate since 5 May. Parasites are now
  below 1 %, the kidney values improve.
- The treating doctor and our medical officer agreed that he is fit for air
  transport with ICU equipment from Saturday.
- Air ambulance: Learjet of our partner AeroMed Europe, departure Nairobi
  Saturday 9 May ca. 08:00 local time, arrival Hamburg ca. 17:30. One seat for
  you is reserved on board.
- Admission: Bernhard-Nocht ward (tropical medicine), University Hospital
  Hamburg-Eppendorf; the bed is confirmed.

All costs are paid by your travel health insurance RV-8842-31470, you do not
need to pay anything at the hospital. Please have both passports ready.

Our assistance team (+49 421 5550-3599) is reachable day and night.

Kind regards,
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
""")

# --- 0081 ------------------------------------------------------------------
mail(81, 'NORMAL', 'en', 'insurer-to-supplier',
     'trap: pentest scope for the portal with synthetic test customers ("Max Mustermann (fictitious)"), published example IBAN and fake diagnosis codes',
     'eyi', ('RedBay Security – Engagement Team', 'engagements@redbay-security.example'),
     'Pentest SecureMail portal – scope and test data (PT-2026-07)', (2026, 5, 8, 11, 0), tz='+0200',
     atts=[A('PT-2026-07_testdata.csv', make_csv([
         ['test_user', 'name', 'date_of_birth', 'iban', 'diagnosis_code', 'note'],
         ['tu01', 'Max Mustermann (fictitious)', '01.01.1970', 'DE89 3704 0044 0532 0130 00', 'Z00.0', 'published example IBAN'],
         ['tu02', 'Erika Musterfrau (fictitious)', '12.08.1964', 'DE89 3704 0044 0532 0130 00', 'Z00.0', 'published example IBAN'],
         ['tu03', 'Test Broker Admin', '', '', '', 'firm administrator role'],
     ], delimiter=','), charset='us-ascii')],
     body=f"""Hello team,

as agreed, the scope for the pentest PT-2026-07 (18-29 May 2026):

In scope
- https://securemail-test.weserbogen.example (portal, registration, password
  reset with security question, upload/download, message reply)
- broker portal test instance https://makler-test.weserbogen.example, roles
  "firm administrator" and "user with portfolio rights"
- the notification mails (no content, check for information leakage)

Out of scope
- production systems, social engineering, DoS

Test data
- only the synthetic users in the attached CSV. Names are the usual
  "Mustermann" examples, the IBAN is the public example IBAN from the banking
  literature, the diagnosis code Z00.0 means "general examination" and is
  only there to trigger the health-data classification. No real customer data
  exists in the test environment.

Please send the report encrypted (our S/MIME certificate is on the website).

Emre Yildiz
IT Anwendungsbetreuung - SecureMail / Portal
Weserbogen Informatik GmbH
""")

# --- 0082 ------------------------------------------------------------------
mail(82, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'flood damage (natural hazards) of a named couple\'s house: ZIP with expert report PDF and damage list CSV, insured address and policy',
     'hru', ('Bernhard und Silke Rohde', 'rohde.familie@nordpost.example'),
     'Elementarschaden Hochwasser Wümme – Gutachten und Schadenaufstellung', (2026, 5, 11, 15, 25), tz='+0200',
     atts=[A('Schaden_26-W-0510244_Unterlagen.zip', _zip([
         ('Gutachten_Ingbuero_Gerdes_26-W-0510244.pdf', make_pdf([
             '# Gutachten Elementarschaden (Überschwemmung)',
             'Objekt: Einfamilienhaus Am Wümmedeich 14, 28865 Lilienthal',
             'Eigentümer/VN: Bernhard und Silke Rohde, Vertrag WG-1190-228371 inkl. Elementar',
             'Schadentag: 26.04.2026, Ausuferung der Wümme, Wasserstand im Keller 1,10 m',
             'Schäden: Estrich und Dämmung Keller, Heizungsanlage (Öl), Elektroverteilung',
             'Trocknung: 6 Wochen, Kosten lt. Angebot Trocknungsfirma 7.800 EUR',
             'Gesamtschaden Gebäude (netto): 46.350 EUR',
             'Ölschaden Gebäudesubstanz: nicht festgestellt (Tank dicht)',
         ], title='Gutachten 26-W-0510244')),
         ('Schadenaufstellung.csv', make_csv([
             ['Pos', 'Gewerk', 'Betrag EUR'],
             ['1', 'Trocknung', '7800'],
             ['2', 'Estrich/Dämmung', '14900'],
             ['3', 'Heizung', '18650'],
             ['4', 'Elektro', '5000'],
         ]).encode('windows-1252')),
     ]))],
     body=f"""Sehr geehrte Frau Rohde, sehr geehrter Herr Rohde,

anbei das Gutachten von Herrn Gerdes und unsere Schadenaufstellung (als ZIP,
die Dateien waren zusammen zu groß für einzelne Anhänge).

Zusammengefasst: der Schaden am Gebäude durch das Hochwasser der Wümme am
26. April beträgt 46.350 EUR netto. Da Sie vorsteuerabzugsberechtigt nicht sind,
erstatten wir brutto. Die Elementar-Selbstbeteiligung von 10 % (mind. 500 EUR)
wird abgezogen.

Eine Abschlagszahlung von 20.000 EUR habe ich heute angewiesen, damit die
Heizung schnell ersetzt werden kann.

{SIG('hru')}
""")

# --- 0083 ------------------------------------------------------------------
mail(83, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'medical officer\'s opinion for the claims team on a named insured: PTSD F43.1 after robbery, inpatient psychosomatic stay medically necessary',
     'fla', [('Leistung KV stationär', f'leistung-stationaer@{DOM}')], 'Stellungnahme GA: KV 4410-512006-01, Antrag psychosomatische Klinik',
     (2026, 5, 12, 12, 5), tz='+0200', mailer=OUTLOOK,
     body=f"""Liebe Kolleginnen und Kollegen,

zum Antrag von Herrn Marvin Tietjen (KV 4410-512006-01) auf Kostenübernahme für
eine stationäre Behandlung in der Psychosomatischen Klinik Am Hasbruch:

Nach Aktenlage (Bericht des ambulanten Psychotherapeuten vom 28.04., Bericht
des Psychiaters Dr. Feldhusen vom 05.05.) besteht eine posttraumatische
Belastungsstörung (F43.1) nach einem Raubüberfall an seinem Arbeitsplatz im
Oktober 2025, mit Intrusionen, Schlafstörung und Vermeidungsverhalten,
zusätzlich mittelgradige depressive Episode (F32.1). Die ambulante Therapie
(22 Sitzungen) und Sertralin 100 mg haben keine ausreichende Besserung gebracht.

Die stationäre Behandlung ist aus meiner Sicht medizinisch notwendig. Ich
empfehle eine Zusage für zunächst 6 Wochen, Verlängerung nur mit
Zwischenbericht.

Gemischte Anstalt? Nein – die Klinik ist reines Akutkrankenhaus (§ 4 Abs. 5
MB/KK greift nicht).

{SIG('fla')}
""")

# --- 0084 ------------------------------------------------------------------
mail(84, 'NORMAL', 'de', 'internal',
     'trap: minutes of the data protection impact assessment for the new portal (DOCX): health data categories, risks, measures; no persons',
     'kvo', [S('eyi'), ('Projekt SecureMail 2.0', f'projekt-securemail@{DOM}')],
     'Protokoll DSFA SecureMail 2.0 – Workshop 11.05.', (2026, 5, 13, 9, 30), tz='+0200',
     atts=[A('Protokoll_DSFA_SecureMail2_2026-05-11.docx', make_docx([
         '# Datenschutz-Folgenabschätzung SecureMail 2.0 – Protokoll',
         'Datum: 11.05.2026, Teilnehmende: Datenschutz, IT-Sicherheit, Fachbereiche KV/LV/Schaden',
         '# Verarbeitete Datenkategorien',
         ['Kategorie', 'Beispiele', 'Schutzbedarf'],
         ['Gesundheitsdaten (Art. 9 DSGVO)', 'Arztberichte, Diagnosen, Rechnungen, Pflegegutachten', 'sehr hoch'],
         ['Daten nach § 203 StGB', 'Tatsache des Versicherungsverhältnisses Leben/Kranken', 'sehr hoch'],
         ['Bankdaten', 'IBAN für Erstattungen', 'hoch'],
         ['Kontaktdaten', 'E-Mail, Telefon', 'normal'],
         '# Risiken',
         'R1 Fehlversand an falsche E-Mail-Adresse bei der Registrierung – Maßnahme: Double-Opt-in',
         'R2 Kontoübernahme über Passwort-Reset – Maßnahme: Sicherheitsfrage plus Einmal-Code',
         'R3 Benachrichtigungsmail enthält Inhalt – Maßnahme: feste Vorlage ohne Inhalte',
         'Ergebnis: Restrisiko vertretbar, Wiedervorlage nach Go-live.',
     ], title='Protokoll DSFA', author='Kerstin Vöge'))],
     body=f"""Hallo zusammen,

anbei das Protokoll unseres DSFA-Workshops vom Montag. Bitte bis Freitag
Anmerkungen direkt in die Datei (Änderungen nachverfolgen).

Offener Punkt für Emre: Aufbewahrungsfrist der Protokollierung (6 Jahre nach
§ 257 HGB) – bitte prüfen, ob im Audit-Log wirklich keine Betreffzeilen im
Klartext stehen.

Danke!
{SIG('kvo')}
""")

# --- 0085 ------------------------------------------------------------------
mail(85, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'liability claim: letter to the injured party\'s lawyer naming our policyholder, policy and claim number, property damage only',
     'cbe', ('Rechtsanwälte Brandhorst & Meier', 'sekretariat@kanzlei-brandhorst.example'),
     'Ihr Zeichen 118/26 BM – Wasserschaden Wohnung Hollerallee 40, unser VN Herr Lasse Kröger', (2026, 5, 14, 10, 48), tz='+0200',
     body=f"""Sehr geehrter Herr Rechtsanwalt Meier,

wir sind der Privathaftpflichtversicherer von Herrn Lasse Kröger (PH-6610-082240,
Schaden 26-H-0031188). Ihr Mandant, Herr Dr. Petzold, macht Ersatz für den
Wasserschaden in seiner Wohnung geltend, der am 02.04.2026 durch die
übergelaufene Badewanne in der darüberliegenden Wohnung unseres
Versicherungsnehmers entstanden ist.

Die Haftung dem Grunde nach ist unstreitig. Zur Höhe:
- Deckenanstrich und Trocknung: 2.340,00 EUR – wird erstattet
- Parkett Wohnzimmer: erstattet wird der Zeitwert (Baujahr 2009), 3.150,00 EUR
  statt verlangter 5.900,00 EUR
- Hotelkosten: nicht erstattungsfähig, die Wohnung war bewohnbar (Gutachten)

Wir zahlen 5.490,00 EUR auf Ihr Kanzleikonto, sobald uns eine
Geldempfangsvollmacht vorliegt.

{SIG('cbe')}

{FOOT_DE}
""")

# --- 0086 ------------------------------------------------------------------
mail(86, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'long-term care daily allowance for a customer with Alzheimer dementia F00.1 and care level 3; iso-8859-1 8bit body',
     'mwe', ('Elke Buschmann', 'elke.buschmann@tmail.example'),
     'Pflegetagegeld - Ihre Mutter Frau Hilde Buschmann (PT 5590-007731)', (2026, 5, 15, 11, 15), tz='+0200',
     charset='iso-8859-1', cte='8bit',
     body="""Sehr geehrte Frau Buschmann,

vielen Dank für die Vorsorgevollmacht und das Gutachten. Wir zahlen aus der
Pflegetagegeldversicherung Ihrer Mutter (PT 5590-007731) ab 01.03.2026:

   Pflegegrad 3 (Demenz vom Alzheimer-Typ, F00.1):
   60 % des vereinbarten Tagessatzes von 50 EUR = 30 EUR pro Tag

Für März und April sind das 61 Tage x 30 EUR = 1.830 EUR. Der Betrag kommt
diese Woche auf das Konto Ihrer Mutter, danach monatlich.

Die Beitragsbefreiung ab Pflegegrad 3 gilt ebenfalls ab 01.03.2026; der
Beitrag von 74,10 EUR wird nicht mehr abgebucht.

Bei einer Höherstufung reicht es, uns den neuen Bescheid der Pflegeversicherung
zu schicken.

Mit freundlichen Grüßen
Maren Wessels
Pflegeversicherung - Leistung
Weserbogen Krankenversicherung AG
""")

# --- 0087 ------------------------------------------------------------------
mail(87, 'NORMAL', 'en', 'newsletter',
     'trap: HTML-only summer travel newsletter (travel health insurance, EHIC, heat stroke, travel pharmacy list, repatriation costs); nobody identifiable',
     ('Weserbogen Travel', f'newsletter@{DOM}'), ('Travel newsletter subscribers', f'travel-news@{DOM}'),
     'Summer 2026: your checklist for a healthy holiday', (2026, 5, 18, 6, 45), tz='+0200',
     charset='windows-1252', html_cte='quoted-printable', extra=['Precedence: bulk'],
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Georgia,serif;max-width:600px">
<h1>Your checklist for a healthy holiday</h1>
<p>Summer is coming &ndash; here is what our assistance doctors wish every traveller knew.</p>
<ol>
<li><b>Travel health insurance</b>: the European Health Insurance Card (EHIC) covers only
public doctors and hospitals and never the flight home. An ambulance jet from the Canary
Islands costs 15,000&ndash;25,000 &euro;.</li>
<li><b>Heat</b>: heat exhaustion and heat stroke are the most common reasons for calls to our
assistance line in July. Drink before you are thirsty.</li>
<li><b>Travel pharmacy</b>: painkillers, something against diarrhoea, plasters, sun cream,
insect repellent, and your regular medicines for the whole trip plus three days.</li>
<li><b>Children</b>: check the vaccination record &ndash; measles cases in Europe increased again.</li>
</ol>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Destination</th><th>typical hospital day</th></tr>
<tr><td>Spain (private)</td><td>900 &euro;</td></tr>
<tr><td>USA</td><td>4,500 &euro;</td></tr>
<tr><td>Thailand (private)</td><td>600 &euro;</td></tr>
</table>
<p>Book TravelCare Year online: <a href="https://www.weserbogen.example/reise">www.weserbogen.example/reise</a></p>
<p style="font-size:10px">Weserbogen Versicherungsgruppe &middot; Bremen &middot; <a href="https://www.weserbogen.example/newsletter/abmelden">unsubscribe</a></p>
</body></html>
""")

# --- 0088 ------------------------------------------------------------------
mail(88, 'CONFIDENTIAL', 'en', 'insurer-to-company',
     'grey: cargo claim of an Italian company with named contact person (wet damage to machinery in transit), policy and claim numbers',
     'oti', ('Dott.ssa Chiara Bonetti – Meccanica Bonetti S.r.l.', 'c.bonetti@meccanica-bonetti.example'),
     'Cargo claim 26-T-000417 – water damage, shipment Genova – Bremerhaven', (2026, 5, 19, 14, 2), tz='+0200',
     body=f"""Dear Dott.ssa Bonetti,

thank you for your call. I confirm the receipt of your claim under the open cargo
policy TR-4410-0091 (Meccanica Bonetti S.r.l., Brescia):

- shipment: 2 CNC milling heads, container MSKU 771203-4, Genova to Bremerhaven,
  vessel "Aurora Bay", arrival 11 May 2026
- damage: seawater in the container, corrosion on both units
- invoice value: 186,400 EUR (CIF + 10 %)

Our surveyor from Hanseatic Marine Surveyors will inspect the goods at the
terminal on Thursday. Please make sure your forwarder keeps the container and
the packaging, and sends a written notice of claim to the shipping line within
3 days (this is important for the recourse).

We will come back after the survey report.

{SIG('oti')}
""")

# --- 0089 ------------------------------------------------------------------
mail(89, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'term life underwriting for an applicant in Limassol: hypertension readings, lipid values, 50 % surcharge offer; Greek colleague\'s English',
     'epa', ('Andreas Georgiou', 'andreas.georgiou@cytanet-mail.example'),
     'Your application for term life insurance – our offer with surcharge', (2026, 5, 20, 10, 35), tz='+0200',
     body=f"""Dear Mr Georgiou,

thank you for doing the medical examination so quickly in Limassol. The report of
Dr. Ioannou arrived yesterday.

Results that are important for us:
- blood pressure 156/98 and 152/96 (two measurements), you are not treated yet
- total cholesterol 268 mg/dl, LDL 182 mg/dl
- ECG normal, BMI 27.8, non-smoker

Because of the high blood pressure without treatment we cannot offer the normal
premium. Our offer is:

  sum insured 300,000 EUR, term 20 years
  premium with surcharge +50 %: 61.80 EUR per month (instead of 41.20 EUR)

If you start treatment and after 12 months you send us values under 140/90,
we will check again and can remove the surcharge. I really recommend you to
speak with your doctor about it – also independent of the insurance.

Please tell me until 10 June if you accept.

With kind regards,
Eleni Papadopoulou
Risikoprüfung Leben / BU
Weserbogen Lebensversicherung AG
""")

# --- 0090 ------------------------------------------------------------------
mail(90, 'NORMAL', 'de', 'insurer-to-partner',
     'trap: pricing basis for a care supplement tariff sent to the reinsurer (XLSX): care level incidence per age, average duration; aggregates only',
     'lme', ('Nordic Re – Health Pricing', 'health.pricing@nordic-re.example'),
     'Pflegezusatz PflegePlus 2027 – Rechnungsgrundlagen zur Abstimmung', (2026, 5, 21, 16, 10), tz='+0200',
     atts=[A('PflegePlus2027_Rechnungsgrundlagen.xlsx', make_xlsx([
         ('Eintritt Pflegegrad', [
             ['Alter', 'PG2 je 1.000', 'PG3 je 1.000', 'PG4 je 1.000', 'PG5 je 1.000'],
             [60, 4.1, 1.6, 0.6, 0.2], [70, 12.8, 5.9, 2.2, 0.9], [80, 41.5, 22.7, 9.8, 4.1], [90, 118.0, 74.3, 36.9, 17.2]]),
         ('Verweildauer', [['Pflegegrad', 'mittlere Dauer Jahre'], ['PG2', 3.1], ['PG3', 2.6], ['PG4', 1.9], ['PG5', 1.2]]),
     ]))],
     body=f"""Sehr geehrter Herr Aalto,

wie besprochen die Rechnungsgrundlagen für den neuen Pflegezusatztarif
PflegePlus 2027 zur Abstimmung mit Ihrer Pricing-Abteilung:

- Eintrittswahrscheinlichkeiten je Pflegegrad und Alter (Basis: Pflegestatistik
  und eigener PPV-Bestand 2018–2025, ca. 390.000 Versicherte)
- mittlere Verweildauer je Pflegegrad
- Demenz als Ursache: Anteil 38 % der Eintritte ab PG3 (nur Gesamtwert)

Alle Werte sind aggregiert; Einzelfalldaten liefern wir – wie im Vertrag
vereinbart – nicht.

Wir würden uns über Ihr Feedback bis Mitte Juni freuen.

Mit freundlichen Grüßen
Lars Meinecke
Aktuariat Leben / Kranken
""")

# --- 0091 ------------------------------------------------------------------
IB91 = iban('TR', '00062' + '0' + '0001298350473116')
mail(91, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'customer moved to Antalya: household policy ended, new foreign address, premium refund to a Turkish IBAN; Turkish colleague\'s German',
     'ksa', ('Hatice Arslan', 'hatice.arslan@ttnet-posta.example'),
     'Umzug in die Türkei – Ihre Hausratversicherung H-5503-088410', (2026, 5, 22, 9, 51), tz='+0200',
     body=f"""Sehr geehrte Frau Arslan,

vielen Dank für Ihren Anruf und die Abmeldebescheinigung aus Delmenhorst. Wir
haben Ihre neue Anschrift eingetragen:

   Hatice und Mehmet Arslan
   Güzeloba Mah. 2236 Sok. No: 7/3
   07230 Muratpaşa / Antalya, Türkei

Die Hausratversicherung endet mit dem Umzug am 30.04.2026, weil die Wohnung in
Deutschland aufgegeben ist. Den zu viel bezahlten Beitrag (Mai bis Dezember:
8 x 12,35 EUR = 98,80 EUR) überweisen wir auf Ihr Konto in der Türkei:

   IBAN {IB91}

Bitte beachten Sie: Ihre Privathaftpflicht läuft weiter und gilt auch in der
Türkei, aber nur für drei Jahre Auslandsaufenthalt. Danach müssen wir
zusammen schauen, was passt.

Size iyi günler dilerim!

Herzliche Grüße aus Bremen
Kübra Şahin
Kundenservice
Weserbogen Versicherungsgruppe
""")

# --- 0092 ------------------------------------------------------------------
mail(92, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'attachment-only: body says only "Unterlagen anbei"; DOCX statement of psychotherapy sessions with diagnosis F41.1 and therapist',
     ('Weserbogen Leistungsservice', f'leistung-kv@{DOM}'), ('Nadine Oltrogge', 'nadine.oltrogge@freimail.example'),
     'Ihre angeforderten Unterlagen', (2026, 5, 26, 8, 20), tz='+0200',
     atts=[A('Leistungsuebersicht_2025.docx', make_docx([
         '# Leistungsübersicht 2025 – für Ihre Steuererklärung',
         'Versicherte Person: Nadine Oltrogge, KV 4410-610283-01',
         ['Zeitraum', 'Leistungserbringer', 'Diagnose', 'Sitzungen', 'Erstattung EUR'],
         ['01-06/2025', 'Dipl.-Psych. Merle Abbenseth', 'F41.1 generalisierte Angststörung', '18', '1.818,00'],
         ['07-12/2025', 'Dipl.-Psych. Merle Abbenseth', 'F41.1 generalisierte Angststörung', '14', '1.414,00'],
         ['2025', 'Hausarzt Dr. Kück', 'J06.9, F41.1', '4', '212,60'],
         'Summe erstattete Krankheitskosten 2025: 3.444,60 EUR',
         'Beitragsrückerstattung 2025: keine (Leistungen in Anspruch genommen)',
     ], title='Leistungsübersicht 2025'))],
     body="""Guten Tag Frau Oltrogge,

wie telefonisch gewünscht erhalten Sie anbei die angeforderten Unterlagen.

Freundliche Grüße
Ihr Leistungsservice
Weserbogen Krankenversicherung AG
""")

# --- 0093 ------------------------------------------------------------------
mail(93, 'NORMAL', 'en', 'insurer-to-partner',
     'trap: updated escalation list for the assistance partner (staff names, phones, medical officer on duty rota) and hospital network regions; no patient',
     'gfe', ('EuroAssist24 – Operations', 'operations@euroassist24.example'),
     'Updated escalation list and duty rota June 2026', (2026, 5, 27, 13, 13), tz='+0200',
     body=f"""Dear colleagues in Valencia,

please replace the old escalation list with this one from 1 June:

Level 1 – case handling (24/7):  +49 421 5550-3599, intl-health@weserbogen.example
Level 2 – team lead:             Giulia Ferraro, +49 421 5550-3580 (Mon-Fri)
                                 Marta Żurawska, +49 421 5550-3584 (Mon-Fri)
Level 3 – medical officer:       Dr. Frieder Lampe / Dr. Anke Vosteen (rota below)

Medical officer on duty (nights and weekends)
  1-7 June      Dr. Lampe
  8-14 June     Dr. Vosteen
  15-21 June    Dr. Lampe
  22-30 June    Dr. Vosteen

Reminder: air ambulance decisions always need Level 3. Guarantees of payment up
to 10,000 EUR you can issue yourself as before.

Please send medical reports only through the secure channel (gateway
encryption is active since April), never to personal mailboxes.

Grazie mille and have a good summer season,
Giulia

{SIG('gfe')}
""")

# --- 0094 ------------------------------------------------------------------
IB94 = iban('GB', 'NWBK' + '601613' + '31926819')
mail(94, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'motor policy cancelled after a customer moved to Manchester: premium refund to a UK IBAN, plate, policy number',
     'sol', ('Oliver Janssen', 'oliver.janssen@britmail.example'),
     'Your German car insurance KF-7781-291774 – cancellation and refund', (2026, 5, 28, 15, 37), tz='+0200',
     charset='iso-8859-1', cte='quoted-printable',
     body=f"""Dear Mr Janssen,

we have received the deregistration certificate (Abmeldebescheinigung) of your
car HB-OJ 1987 from the Bremen registration office dated 15 May 2026. Your motor
insurance KF-7781-291774 therefore ends on 15 May 2026.

Refund of the unused premium:
  annual premium 2026                    623.50 EUR
  used 01.01. - 15.05.2026              -230.05 EUR
  refund                                 393.45 EUR

We transfer the refund to your UK account as requested:
  Oliver Janssen, IBAN {IB94}

Your no-claims class (SF 12) is kept for 7 years. If you come back to Germany
and buy a car, you can continue with it - with us or with another insurer.

Mit freundlichen Grüßen / Kind regards

Sabine Oltmanns
Kundenservice
Weserbogen Versicherungsgruppe
""")

# --- 0095 ------------------------------------------------------------------
mail(95, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-hospital',
     'guarantee of payment to a hospital in Málaga for a named German tourist with appendicitis K35.8, bilingual German/English',
     'gfe', ('Hospital Costa del Sol Privado – Admisiones', 'admisiones@hcs-privado.example'),
     'Kostenübernahme / guarantee of payment – Herr Jörg Wilkens, DOB 30.11.1979', (2026, 6, 1, 3, 12), tz='+0200',
     body=f"""Sehr geehrte Damen und Herren, dear colleagues,

(English below – nuestro equipo habla también español: +49 421 5550-3599)

DE: Für unseren Versicherten Herrn Jörg Wilkens, geb. 30.11.1979, Reise-
Krankenversicherung RV-8842-40077, übernehmen wir die Kosten der stationären
Behandlung ab 31.05.2026 wegen akuter Appendizitis (K35.8) einschließlich der
laparoskopischen Appendektomie, bis maximal 12.000 EUR und 5 Tage.

EN: We guarantee payment for the inpatient treatment of our insured Mr Jörg
Wilkens, born 30 November 1979, travel health policy RV-8842-40077, from
31 May 2026 for acute appendicitis (K35.8), including laparoscopic
appendectomy, up to 12,000 EUR and 5 days. No deposit may be taken from the
patient. Please send the discharge report and itemised invoice to us,
reference GOP-26-01091.

Mit freundlichen Grüßen / Kind regards,
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
Phone +49 421 5550-3580 | 24h assistance +49 421 5550-3599
""")

# --- 0096 ------------------------------------------------------------------
mail(96, 'NORMAL', 'de', 'internal',
     'trap: team organisation mail: a colleague is absent this week (no reason given), phone rota, claims backlog counts; Polish colleague\'s German',
     'tko', [('Team Kfz-Schaden 4', f'kfz-team4@{DOM}')], 'Diese Woche: Vertretung und Telefondienst', (2026, 6, 2, 7, 48), tz='+0200',
     body=f"""Moin Team,

Jasper fällt diese Woche aus, er ist voraussichtlich ab Montag wieder da.
Seine Fälle verteilen wir so:

- Endziffer 0-4: Nicole
- Endziffer 5-9: ich

Telefondienst (Hotline Schaden) diese Woche:
Di  Nicole / Arne
Mi  Tomasz / Leonie
Do  Arne / Leonie
Fr  Nicole / Tomasz

Offene Posteingänge Stand heute früh: 214 (davon 38 älter als 5 Tage). Bitte
zuerst die Fälle mit Personenschaden und die Totalschäden, dann der Rest. Wer
am Freitag Zeit hat, bitte bei mir melden, dann machen wir zusammen
Rückstandsabbau mit Pizza :)

Danke euch!
Tomasz
""")

# --- 0097 ------------------------------------------------------------------
mail(97, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'legal expenses (tenancy) for a customer now living in Athens in a deposit dispute with her former landlord in Bremen; Greek colleague\'s English',
     'dka', ('Sofia Karamanli', 'sofia.karamanli@otenet-mail.example'),
     'Your legal expenses insurance RS 3318-611950 – deposit dispute', (2026, 6, 3, 12, 26), tz='+0200',
     body=f"""Dear Ms Karamanli,

thank you for your e-mail. I understand your former landlord in Bremen, Mr Ostendorf,
does not pay back the rent deposit of 2,100 EUR, although you moved out on
31 January and the flat handover protocol has no defects.

Your tenant legal protection (policy RS 3318-611950) covers this dispute, also
while you live now in Greece, because the flat and the contract were in Germany.
We confirm cover for:
- a lawyer in Bremen (you can choose, or we recommend one),
- the court procedure at the Amtsgericht Bremen if necessary.
Your deductible is 150 EUR.

Practical tip: a landlord may keep the deposit for about 3-6 months to calculate
the utility costs (Nebenkosten), but not all of it. The lawyer will first write
to him and ask for the payment.

If it is easier for you, we can also continue in Greek – just write me.

Freundliche Grüße / Με εκτίμηση,
Dimitris Karagiannis
Rechtsschutz-Schaden / Regress
Weserbogen Rechtsschutz AG
""")

# --- 0098 ------------------------------------------------------------------
mail(98, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'accident pension for an insured with 55 % disability after a lower leg amputation T87.4/S88.1 following a motorcycle accident; windows-1252',
     'iru', ('Rüdiger Hemme', 'ruediger.hemme@kabelpost.example'),
     'Ihre Unfallrente ab 01.07.2026 – UV 6620-077312', (2026, 6, 4, 10, 2), tz='+0200',
     charset='windows-1252', cte='quoted-printable',
     body="""Sehr geehrter Herr Hemme,

nach dem Gutachten von Dr. Bollhorst (Klinik für Unfallchirurgie) steht jetzt
fest: nach dem Motorradunfall am 14.08.2024 und der Unterschenkelamputation
links (S88.1) mit Stumpfkomplikationen (T87.4) verbleibt eine Invalidität von
55 %. Sie haben alles sehr tapfer durchgestanden, wenn ich so sagen darf.

Aus Ihrer Unfallversicherung leisten wir deshalb:

1. Invaliditätsleistung: 55 % von 100.000 € mit Progression 350 %
   = 137.500,00 € (Einmalzahlung)
2. Unfallrente ab 50 % Invalidität: 1.000,00 € monatlich, lebenslang,
   erstmals zum 01.07.2026

Die Einmalzahlung überweisen wir in den nächsten Tagen auf Ihr Konto. Die
Rente wird jeweils zum Monatsersten gezahlt.

Die Kosten für die neue Prothese trägt nicht die Unfallversicherung, sondern
Ihre Krankenversicherung – bitte reichen Sie den Kostenvoranschlag dort ein.

Cordiali saluti,
Irene Russo
Unfall-Leistung
Weserbogen Lebensversicherung AG
""")

# --- 0099 ------------------------------------------------------------------
mail(99, 'NORMAL', 'mixed', 'internal',
     'trap: trilingual medical glossary (XLSX) for the assistance team: diagnoses, procedures and drug terms in German/English/Italian; no cases',
     'gfe', [('Team International Health', f'intl-health@{DOM}')], 'Glossar medizinische Begriffe DE / EN / IT – Version 3',
     (2026, 6, 5, 14, 40), tz='+0200',
     atts=[A('Glossar_Medizin_DE_EN_IT_v3.xlsx', make_xlsx([
         ('Glossar', [
             ['Deutsch', 'English', 'Italiano', 'ICD-10 (Beispiel)'],
             ['Blinddarmentzündung', 'appendicitis', 'appendicite', 'K37'],
             ['Oberschenkelhalsbruch', 'femoral neck fracture', 'frattura del collo del femore', 'S72.0'],
             ['Herzinfarkt', 'myocardial infarction', 'infarto del miocardio', 'I21.9'],
             ['Lungenentzündung', 'pneumonia', 'polmonite', 'J18.9'],
             ['Kostenübernahme', 'guarantee of payment', 'garanzia di pagamento', ''],
             ['Rücktransport', 'repatriation', 'rimpatrio sanitario', ''],
         ])]))],
     body=f"""Hallo zusammen / hi all,

anbei Version 3 von unserem Glossar. Neu: 40 Begriffe aus Kardiologie und
Orthopädie, und die italienische Spalte ist jetzt von einer Ärztin kontrolliert
(danke an Dr. Vosteen für den Kontakt!).

Please use it for phone calls with hospitals, not for official translations of
medical reports – those still go to EuroAssist24.

If you miss a term, add it in the "Wunschliste" tab of the shared version on
G:\\International\\Glossar – I update the file every month.

Ciao
Giulia
""")

# --- 0100 ------------------------------------------------------------------
IB100 = iban('NL', 'RABO' + '0347718296')
mail(100, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
     'grey: commission statement to a sole-trader broker in the Netherlands (a natural person): his IBAN, VAT/tax number and earnings',
     'jha', ('Pieter de Wit – Assurantiekantoor De Wit', 'pieter@dewit-assurantien.example'),
     'Commission statement May 2026 – partner VP-47190', (2026, 6, 8, 9, 0), tz='+0200',
     atts=[A('Commission_VP-47190_2026-05.csv', make_csv([
         ['contract', 'line', 'event', 'premium EUR', 'rate', 'commission EUR'],
         ['H-5503-230118', 'household', 'new business', '186.00', '20%', '37.20'],
         ['PH-6610-101552', 'liability', 'new business', '72.50', '20%', '14.50'],
         ['KF-7781-412290', 'motor', 'new business', '944.00', '8%', '75.52'],
         ['RS-3318-702981', 'legal expenses', 'new business', '318.00', '15%', '47.70'],
     ], delimiter=';'), charset='windows-1252', cte='quoted-printable')],
     body=f"""Dear Pieter,

attached your commission statement for May 2026 (4 contracts, total 174.92 EUR).

Payment on 15 June to your account:
  Pieter de Wit, IBAN {IB100}
  Tax number (NL): 8127.44.610.B01 – no German VAT charged (reverse charge)

Your income from us this year up to now: 2,318.44 EUR. Remember that for your
Dutch tax declaration we send the annual statement in January.

Gruß / regards
Jens Haberkorn
Maklerbetreuung / Vertriebsunterstützung
Weserbogen Versicherungsgruppe
""")

# --- 0101 ------------------------------------------------------------------
mail(101, 'NORMAL', 'de', 'internal',
     'trap: notes on ICD-10-GM 2026 code changes (long COVID, obesity, dementia codes) for the claims team; codes without any patient; Polish colleague',
     'awr', [('Leistung KV alle', f'leistung-kv-alle@{DOM}')], 'ICD-10-GM 2026 – was ändert sich für uns?', (2026, 6, 9, 11, 30), tz='+0200',
     body=f"""Liebe Kolleginnen und Kollegen,

seit 1. Januar gilt die ICD-10-GM Version 2026. Ich habe für uns die Änderungen
zusammengefasst, die in der Leistungsprüfung oft vorkommen:

- U09.9! Post-COVID-Zustand: bleibt Zusatzkennzeichen, nie allein als Diagnose
  akzeptieren, immer mit der Primärdiagnose (z. B. G93.3, R53).
- E66.- Adipositas: neue Unterteilung nach BMI-Klassen an der 5. Stelle. Für
  Tarife mit Ausschluss "Adipositas-Chirurgie" bitte Code genau anschauen.
- F00-F03 Demenz: in der Pflege sehen wir jetzt öfter die neue Schweregrad-
  Kennzeichnung – für die Pflegeleistung ist aber das Gutachten maßgeblich,
  nicht der Code.
- Zusatzkennzeichen G, V, Z, A: "V" (Verdacht) heißt nicht gesichert – bei
  Ausschlussprüfungen nie auf V-Diagnosen stützen!

Die vollständige Liste ist im Wiki unter Leistung > Kodierung > ICD 2026.
Fragen gerne an mich oder an das Team Gesellschaftsarzt.

Viele Grüße
Agnieszka
""")

# --- 0102 ------------------------------------------------------------------
INNER102 = ext_msg(('Markus Lehnhoff', 'markus.lehnhoff@dubai-post.example'), ('International Health', f'intl-health@{DOM}'),
                   'Knee surgery Dubai – cost question', (2026, 6, 8, 19, 44),
                   """Dear team,

my orthopaedic surgeon at Mediclinic City Hospital recommends a total knee
replacement on the right side (severe osteoarthritis, Kellgren-Lawrence grade 4,
M17.1). I have had pain for 3 years, injections no longer help. The quote is
68,000 AED for the surgery and 4 nights.

Alternatively I could fly to Bremen and do it at Klinikum Weserhoehe. What is
better for you? My policy number is GC-2291-55309. MRI report and the quote are
attached to my portal upload.

Best regards
Markus Lehnhoff
Dubai Marina
""", '<DXB-7781-lehnhoff@dubai-post.example>')
mail(102, 'STRICTLY_CONFIDENTIAL', 'en', 'customer',
     'customer mail (attached .eml) from an expat in Dubai about knee replacement for osteoarthritis M17.1 forwarded to the medical officer; cover note harmless',
     'gfe', S('fla'), 'FW: Knee surgery Dubai – cost question', (2026, 6, 9, 9, 2), tz='+0200',
     atts=[Rfc822(INNER102, 'Knee surgery Dubai - cost question.eml')],
     body="""Frieder,

could you look at the attached one? Dubai vs. Bremen, he asks which is better.
I think for him and for us both are ok but I want your medical view first.

Thanks!
Giulia
""")

# --- 0103 ------------------------------------------------------------------
mail(103, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'electronics insurance: screen damage of a named customer\'s smartphone, serial number, policy, repair in Istanbul; Turkish colleague\'s English',
     'ksa', ('Elif Yavuz', 'elif.yavuz@ttnet-posta.example'),
     'Your smartphone claim E-26-02291 – repair approved', (2026, 6, 10, 13, 8), tz='+0200',
     body=f"""Dear Ms Yavuz,

thank you for the photos and the repair quote. Your electronics insurance
(policy EL-3003-045128) covers the broken display of your phone:

  device: Samsung Galaxy S24, IMEI 35 291811 204477 3
  damage: display broken after falling from the table, 24 May 2026
  repair quote Teknik Servis Kadıköy: 7,850 TRY (approx. 206 EUR)
  deductible: 50 EUR

You can do the repair now. Please send us the invoice after, then we pay
156 EUR to your account. Important: the invoice must show the IMEI number,
otherwise we cannot match it.

Herzliche Grüße aus Bremen / Sevgiler,
Kübra Şahin
Kundenservice
Weserbogen Versicherungsgruppe
""")

# --- 0104 ------------------------------------------------------------------
mail(104, 'NORMAL', 'en', 'insurer-to-doctor',
     'trap: medical officer\'s general guidance for doctors abroad on how to send medical reports securely (portal, no normal e-mail); no patient named',
     'fla', [('Partner physicians abroad', f'partner-physicians@{DOM}')], 'How to send us medical reports securely – guidance for treating physicians',
     (2026, 6, 11, 8, 15), tz='+0200',
     body=f"""Dear colleagues,

many of you treat our insured persons abroad and send us medical reports,
discharge letters and invoices. Thank you for this cooperation. Because these
documents contain health data, please:

1. Do not send them as normal e-mail attachments. Use our secure portal
   https://securemail.weserbogen.example – we can create an account for your
   practice or hospital in one day.
2. If your hospital uses S/MIME, we can exchange certificates; our public
   certificate is on https://www.weserbogen.example/securemail.
3. Please always write the diagnosis with ICD-10 code and the date of first
   diagnosis; this avoids most of our questions.
4. Reports for your fee: we pay according to the German GOÄ equivalent or the
   local tariff, whichever is higher.

With kind regards and thanks,
Dr. med. Frieder Lampe
Chief Medical Officer
Weserbogen Lebensversicherung AG / Weserbogen Krankenversicherung AG
""")

# --- 0105 ------------------------------------------------------------------
mail(105, 'NORMAL', 'en', 'insurer-to-partner',
     'trap: answer to the external auditors on sampling of health claims: pseudonymised IDs only, process description, counts; no person',
     'rca', ('Hallermann Audit – Insurance Team', 'insurance.team@hallermann-audit.example'),
     'Audit 2025 – sample of health claims (your request 14/2026)', (2026, 6, 12, 10, 40), tz='+0200',
     body=f"""Dear Mr Vance,

regarding your request 14/2026:

- Population: 418,775 health claims paid in 2025 (outpatient 71 %, dental 16 %,
  inpatient 13 %), total 612.4m EUR.
- As agreed with our data protection officer, we provide the sample with
  pseudonymised claim IDs only (format PS-xxxxxx). Diagnoses and names are not in
  the extract; your team can see the documents on site in our audit room, read
  only, with an employee present.
- Sample size 60 (stratified: 40 outpatient, 10 dental, 10 inpatient), random
  seed as you proposed.

The extract will be in your data room on Monday. On-site days: 22-24 June.

{SIG('rca')}

{FOOT_EN}
""")

# --- 0106 ------------------------------------------------------------------
mail(106, 'NORMAL', 'de', 'insurer-to-supplier',
     'trap: glass breakage in the insurer\'s own staff restaurant, order to a glazier (company data, cost centre); Italian colleague\'s German',
     'mbe', ('Glaserei Meyerdierks GmbH', 'auftrag@glaserei-meyerdierks.example'),
     'Auftrag: Glasbruch Kantine Gebäude B (Fenster 3. Feld)', (2026, 6, 15, 7, 55), tz='+0200',
     charset='us-ascii', cte='7bit',
     body="""Guten Morgen Herr Meyerdierks,

am Freitag abend ist in unsere Kantine (Gebaeude B, Erdgeschoss) eine Scheibe
gesprungen - das dritte Feld von links, Isolierglas ca. 180 x 240 cm, vermutlich
Spannungsriss wegen der Hitze. Niemand war in der Kantine, nichts passiert.

Wir haben provisorisch mit Folie gesichert. Bitte kommen Sie zum Ausmessen
heute oder morgen, Anmeldung am Empfang Gebaeude A, fragen Sie nach mir.

Rechnung bitte an: Weserbogen Versicherungsgruppe, Kostenstelle 8120
(Facility), Bestellnummer folgt nach Ausmessen.

Die Glasversicherung fuer das Gebaeude ist bei uns selbst, ich melde das
intern - Sie muessen nix machen mit Versicherung.

Grazie,
Marco Bellandi
Einkauf & Facility Management
""")

# --- 0107 ------------------------------------------------------------------
mail(107, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'term life offer with smoker surcharge and BMI 33 for the applicant; typed on a Greek keyboard without umlauts, us-ascii 7bit',
     'epa', ('Dennis Wöbse', 'dennis.woebse@tmail.example'),
     'Ihr Antrag Risikolebensversicherung A-26-031140', (2026, 6, 16, 14, 19), tz='+0200',
     charset='us-ascii', cte='7bit',
     body="""Sehr geehrter Herr Woebse,

(entschuldigen Sie bitte die fehlenden Umlaute, ich arbeite heute vom
Laptop mit griechischer Tastatur)

vielen Dank fuer Ihre Antworten auf unsere Rueckfragen. Wir koennen Ihren
Antrag auf Risikolebensversicherung (Versicherungssumme 200.000 EUR,
Laufzeit 20 Jahre) annehmen, allerdings mit Zuschlag:

- Raucher (ca. 15 Zigaretten taeglich): Raucherbeitrag statt Nichtraucher
- BMI 33,1 (Groesse 1,81 m, Gewicht 108 kg): Zuschlag +25 %
- Schlafapnoe mit CPAP-Therapie seit 2024, gut eingestellt: kein weiterer
  Zuschlag

Monatsbeitrag: 58,40 EUR (Nichtraucher ohne Zuschlag waeren es 19,90 EUR).

Wenn Sie mindestens 12 Monate nicht rauchen, koennen Sie den Wechsel in
den Nichtrauchertarif beantragen (mit Cotinin-Test).

Mit freundlichen Gruessen
Eleni Papadopoulou
Risikopruefung Leben / BU
Weserbogen Lebensversicherung AG
""")

# --- 0108 ------------------------------------------------------------------
mail(108, 'NORMAL', 'de', 'insurer-to-supplier',
     'trap: catering order for the staff health day with allergen and diet counts (vegan, gluten-free, lactose-free); numbers only, no names',
     'mbe', ('Weser-Catering Schumacher', 'events@weser-catering.example'),
     'Gesundheitstag 16.04. – Catering, Allergene und Mengen', (2026, 4, 2, 10, 5), tz='+0200',
     body=f"""Liebe Frau Schumacher,

danke für das Angebot "Gesund & Bunt". Wir nehmen Variante B, für ca. 450
Personen, mit diesen Wünschen:

- 60 Portionen vegan
- 25 Portionen glutenfrei
- 30 Portionen laktosefrei
- keine Nüsse in den Salaten (wir haben Kollegen mit schwerer Nussallergie,
  bitte separat kennzeichnen, auch bei die Desserts)
- Smoothie-Bar ohne Zuckerzusatz

Allergenkennzeichnung nach den 14 Hauptallergenen bitte an jedem Buffet, gut
lesbar – das hat letztes Jahr gefehlt.

Ausgabe 11:30 bis 14:00 Uhr im Foyer, Aufbau ab 10 Uhr.

{SIG('mbe')}
""")

# --- 0109 ------------------------------------------------------------------
mail(109, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'hit-and-run parking damage on a named customer\'s car: plate, comprehensive policy, claim number; iso-8859-1 8bit; Polish colleague',
     'tko', ('Gabriele Stindt', 'gabi.stindt@nordpost.example'),
     'Parkschaden mit Fahrerflucht – Ihr Mazda CX-30 (HB-GS 480)', (2026, 6, 17, 9, 44), tz='+0200',
     charset='iso-8859-1', cte='8bit',
     body=f"""Sehr geehrte Frau Stindt,

leider ist der Verursacher von dem Schaden an Ihrem Mazda CX-30 (HB-GS 480) nicht
bekannt, die Polizei hat das Verfahren eingestellt (Az. 260512-0931-V2). Darum
reguliert jetzt Ihre eigene Vollkasko (KF-7781-356004), Schadennummer
26-K-0102275.

Reparatur Autohaus Wöltjen laut Kostenvoranschlag:   2.874,10 EUR
Selbstbeteiligung Vollkasko:                           -500,00 EUR
Wir zahlen an die Werkstatt:                          2.374,10 EUR

Ihre SF-Klasse wird ab 01.01.2027 von SF 14 auf SF 8 zurückgestuft. Da es ein
Vollkaskoschaden ohne bekannten Verursacher ist, geht das leider nicht anders.
Bei so einem Betrag lohnt sich aber meistens nicht, den Schaden selbst zu
zahlen - ich rechne Ihnen das gerne aus, wenn Sie möchten.

Pozdrawiam / Viele Grüße
Tomasz Kowalczyk
Kfz-Schaden, Team 4
Weserbogen Allgemeine Versicherung AG
""")

# --- 0110 ------------------------------------------------------------------
mail(110, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'care counselling visit (§ 37 Abs. 3 SGB XI) for a care recipient with care level 2 after Parkinson G20; ICS appointment attached',
     'mwe', ('Reinhard Kaemena', 'r.kaemena@kabelpost.example'),
     'Beratungsbesuch Pflege – Termin 24.06. bei Ihnen zuhause', (2026, 6, 18, 11, 3), tz='+0200',
     atts=[A('Beratungsbesuch_Kaemena.ics', make_ics(
         'wb-pflege-beratung-26-44120@weserbogen.example', '20260624T140000', '20260624T150000',
         'Pflegeberatung nach § 37 Abs. 3 SGB XI – Herr Reinhard Kaemena (PG 2)',
         'Vahrer Feldweg 22, 28329 Bremen',
         'Beraterin: Frau Olschewski (compass-nord)\nThema: Versorgung bei Morbus Parkinson, Sturzprophylaxe, Entlastung der Ehefrau',
         f'mailto:maren.wessels@{DOM}', 'mailto:r.kaemena@kabelpost.example'))],
     body=f"""Sehr geehrter Herr Kaemena,

da Sie Pflegegeld beziehen (Pflegegrad 2), ist halbjährlich ein Beratungsbesuch
vorgeschrieben. Unsere Pflegeberaterin Frau Olschewski kommt am Mittwoch,
24. Juni, um 14 Uhr zu Ihnen nach Hause. Den Termin finden Sie im Anhang für
Ihren Kalender.

Frau Olschewski möchte mit Ihnen und Ihrer Frau besprechen, wie es mit der
Parkinson-Erkrankung im Alltag geht, ob Hilfsmittel (z. B. Haltegriffe,
Duschhocker) helfen könnten und wie Ihre Frau entlastet werden kann.

Der Besuch ist für Sie kostenlos. Wenn der Termin nicht passt, rufen Sie bitte
an: 0421 5550-3720.

{SIG('mwe')}
""")

# --- 0111 ------------------------------------------------------------------
mail(111, 'NORMAL', 'mixed', 'internal',
     'trap: monitoring alert about the mail queue of the health-claims mailbox rule (counts, queue IDs) in German/English; no message content',
     'eyi', [('IT Betrieb Mail', f'it-mail@{DOM}')], 'ALERT: Queue "secure-strict" > 500 Nachrichten / messages – Ursache gefunden',
     (2026, 6, 19, 2, 17), tz='+0200',
     body=f"""Moin / hi,

kurze Info für die Frühschicht:

02:00 Alert "queue secure-strict > 500". Ursache: die Regel "Absender
leistung-kv@ -> streng vertraulich -> Portal" hat nach dem Patch 4.2.1 die
Portal-API mit altem Token aufgerufen (HTTP 401). Mails sind NICHT im Klartext
raus, alle in der Queue gehalten. Token erneuert um 02:09, Queue läuft ab.

Stats:
  queued 02:00        617
  delivered to portal 02:15    412
  remaining           205 (ETA 02:30)
  bounced                0

EN for the vendor ticket VND-88213: after patch 4.2.1 the portal connector kept
the expired OAuth token in cache. Please check why the token refresh did not
run. Logs attached to the ticket (headers only, no bodies).

Ich gehe jetzt schlafen ;)
Emre

{SIG('eyi')}
""")

# --- 0112 ------------------------------------------------------------------
mail(112, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'travel insurance policy confirmation for a named family (names and dates of birth of all travellers, trip dates); no health data',
     'fdr', ('Familie Tammen', 'tammen.family@nordpost.example'),
     'Your family travel insurance for Canada – policy confirmation RV-8842-41903', (2026, 6, 22, 16, 1), tz='+0200',
     body=f"""Dear Mr and Mrs Tammen,

thank you for booking TravelCare Family. Your policy confirmation:

Policy:        RV-8842-41903
Trip:          Canada (Vancouver - Calgary), 18 July - 12 August 2026
Cover:         travel cancellation, trip interruption, baggage, travel health,
               repatriation
Insured persons:
  Hendrik Tammen      born 14.02.1983
  Anja Tammen         born 29.09.1985
  Mika Tammen         born 03.05.2014
  Lotta Tammen        born 21.11.2017
Premium:       189.00 EUR (paid by credit card)

The insurance card for Canadian doctors and hospitals is in the portal; please
print it or save it on your phone. The 24h assistance number is on the card.

Have a great trip!

Viele Grüße
Fenja Drewes
Reiseversicherung
""")

# --- 0113 ------------------------------------------------------------------
mail(113, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'recourse against the liability insurer\'s lawyer for treatment costs of our health-insured cyclist (concussion S06.0, clavicle fracture); Greek colleague',
     'dka', ('RA Hinnerk Bösch', 'boesch@kanzlei-boesch.example'),
     'Regress – Verkehrsunfall 03.02.2026, unsere Versicherte Frau Tjarka Hollmann', (2026, 6, 23, 10, 21), tz='+0200',
     body=f"""Sehr geehrter Herr Rechtsanwalt Bösch,

Sie vertreten die Halterin des Pkw HB-KL 233, die am 03.02.2026 an der
Kreuzung Schwachhauser Heerstraße / Parkallee unsere Versicherte, Frau Tjarka
Hollmann, beim Abbiegen übersehen hat. Frau Hollmann ist bei uns
krankenversichert (KV 4410-587220-01).

Die Ansprüche auf Ersatz der Heilbehandlungskosten sind nach § 86 VVG auf uns
übergegangen. Wir haben bisher gezahlt:

  Klinikum Weserhöhe, 03.–07.02.2026 (Gehirnerschütterung S06.0,
  Claviculafraktur links S42.0, operative Plattenosteosynthese)   8.912,40 EUR
  ambulante Nachbehandlung Unfallchirurgie, Röntgen                   612,18 EUR
  Physiotherapie, 18 Behandlungen                                     918,00 EUR
  ---------------------------------------------------------------------------
  Summe                                                             10.442,58 EUR

Die Haftung Ihrer Mandantin ist nach der polizeilichen Unfallaufnahme
eindeutig. Wir bitten um Ausgleich bis 15.07.2026. Die Belege stellen wir
Ihnen gerne über unser SecureMail-Portal zur Verfügung.

{SIG('dka')}

{FOOT_DE}
""")

# --- 0114 ------------------------------------------------------------------
mail(114, 'NORMAL', 'de', 'newsletter',
     'trap: broker newsletter (text + HTML) on the new care supplement, BU health questions, dental tariff, commission news; no customer',
     ('Weserbogen Maklerbrief', f'maklerbrief@{DOM}'), ('Vertragspartner Weserbogen', f'maklerbrief@{DOM}'),
     'Maklerbrief Juni 2026: PflegePlus, BU-Gesundheitsfragen, Zahn-Aktion', (2026, 6, 24, 7, 0), tz='+0200',
     extra=['Precedence: bulk', 'List-Unsubscribe: <mailto:maklerbrief-abmelden@weserbogen.example>'],
     body="""MAKLERBRIEF JUNI 2026

1. PflegePlus 2027 kommt
   Pflegetagegeld in allen Pflegegraden, Leistung auch bei Demenz ohne
   körperliche Einschränkung ab Pflegegrad 2. Drei Gesundheitsfragen, keine
   Frage nach Bluthochdruck.

2. BU Vital: die häufigsten Rückfragen der Risikoprüfung
   Rückenbeschwerden ohne Diagnose, Psychotherapie "nur Coaching",
   Heuschnupfen mit gelegentlichem Asthma-Spray. Tipps im Maklerportal.

3. Zahn-Aktion bis 30.09.
   Ohne Wartezeit, erste Zahnreinigung sofort erstattungsfähig.

4. Courtage
   Die Bestandsprovision Kranken wird ab 01.07. monatlich statt quartalsweise
   über die elektronische Vermittlerpost abgerechnet.

Weserbogen Versicherungsgruppe – Maklervertrieb
""",
     html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#005b7f">Maklerbrief Juni 2026</h2>
<h3>1. PflegePlus 2027 kommt</h3>
<p>Pflegetagegeld in allen Pflegegraden, Leistung auch bei Demenz ohne körperliche Einschränkung
ab Pflegegrad 2. Drei Gesundheitsfragen, keine Frage nach Bluthochdruck.</p>
<h3>2. BU Vital: die häufigsten Rückfragen der Risikoprüfung</h3>
<ul><li>Rückenbeschwerden ohne Diagnose</li><li>Psychotherapie &bdquo;nur Coaching&ldquo;</li>
<li>Heuschnupfen mit gelegentlichem Asthma-Spray</li></ul>
<h3>3. Zahn-Aktion bis 30.09.</h3><p>Ohne Wartezeit, erste Zahnreinigung sofort erstattungsfähig.</p>
<h3>4. Courtage</h3><p>Die Bestandsprovision Kranken wird ab 01.07. monatlich abgerechnet.</p>
<p style="font-size:10px">Weserbogen Versicherungsgruppe &ndash; Maklervertrieb &middot;
<a href="https://makler.weserbogen.example">makler.weserbogen.example</a></p>
</body></html>
""")

# --- 0115 ------------------------------------------------------------------
mail(115, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'private liability: lost key of a rented flat\'s locking system, named customer, claim number, landlord company; no personal injury',
     'cbe', ('Merve Çelik', 'merve.celik@freimail.example'),
     'Schlüsselverlust – Schließanlage Wohnanlage Hemelinger Hafen', (2026, 6, 25, 15, 12), tz='+0200',
     body=f"""Sehr geehrte Frau Çelik,

Sie haben am 13.06.2026 den Generalschlüssel Ihrer Mietwohnung (Hemelinger
Hafendamm 4, Whg. 17) verloren. Die Hausverwaltung Weserblick Immobilien GmbH
verlangt den Austausch der Schließanlage für 38 Wohnungen, Kostenvoranschlag
6.840 EUR.

Ihre Privathaftpflicht (PH-6610-120877, Schaden 26-H-0047713) schließt den
Verlust fremder Schlüssel von Schließanlagen bis 10.000 EUR ein. Bevor wir
zahlen, prüfen wir aber mit der Hausverwaltung, ob ein Austausch wirklich nötig
ist – oft reicht ein Austausch der Zylinder an den Haustüren, wenn nicht
bekannt ist, wo der Schlüssel verloren ging.

Bitte unterschreiben Sie nichts gegenüber der Hausverwaltung, und schicken Sie
mir eine kurze Beschreibung, wo und wann Sie den Schlüssel zuletzt hatten.

{SIG('cbe')}
""")

# --- 0116 ------------------------------------------------------------------
mail(116, 'NORMAL', 'en', 'insurer-to-partner',
     'trap: anonymised large-loss list for the health stop-loss treaty (age bands, diagnosis groups, amounts); no names or IDs',
     'rca', ('Nordic Re – Health Treaty', 'health.treaty@nordic-re.example'),
     'Health stop-loss: large losses > 250k EUR, H1 2026 (anonymised)', (2026, 6, 26, 12, 30), tz='+0200',
     body=f"""Dear Mikko,

as required by clause 9 of the health stop-loss treaty, the half-year list of
large losses above 250,000 EUR. As always anonymised: no names, no policy or
claim numbers, age in 10-year bands, diagnosis as ICD chapter group only.

 #  age band  diagnosis group            line        paid H1 2026 EUR
 1  40-49     neoplasms (C)              inpatient          612,400
 2  60-69     circulatory (I)            inpatient          401,150
 3  0-9       perinatal (P)              inpatient          388,900
 4  50-59     neoplasms (C)              outpatient/drugs   297,300
 5  30-39     injuries (S/T)             inpatient/abroad   268,700

Total H1: 1,968,450 EUR (H1 2025: 1,512,000 EUR). Case 3 is a premature birth
abroad; the others are domestic except case 5 (motorcycle accident, Portugal).

The detailed case files are available for your medical audit on site, as usual.

{SIG('rca')}
""")

# --- 0117 ------------------------------------------------------------------
mail(117, 'NORMAL', 'de', 'internal',
     'trap: controlling report on health benefit expenditure by benefit type (drugs, hospital, dental, psychotherapy) and month; aggregates only',
     ('Controlling Kranken', f'controlling-kv@{DOM}'), [('Bereichsleitung Leistung KV', f'bl-leistung-kv@{DOM}')],
     'Monatsbericht Leistungsausgaben KV Mai 2026', (2026, 6, 29, 8, 0), tz='+0200',
     charset='windows-1252', cte='quoted-printable',
     body="""Guten Morgen,

der Monatsbericht Leistungsausgaben KV für Mai 2026 (Mio. €):

Leistungsart                 Mai 2026   Mai 2025   Veränderung
Arzneimittel                    14,82      13,10      +13,1 %
   davon Onkologika              4,91       4,02      +22,1 %
   davon Biologika (Rheuma/CED)  2,33       1,98      +17,7 %
Krankenhaus stationär           21,40      20,85       +2,6 %
Ärztliche Behandlung ambulant   17,66      16,90       +4,5 %
Zahnbehandlung/Zahnersatz        8,12       7,95       +2,1 %
Psychotherapie                   2,47       2,01      +22,9 %
Heilmittel (Physio, Logo)        3,05       2,88       +5,9 %
Summe                           67,52      64,49       +4,7 %

Auffällig: weiterhin starker Anstieg bei Onkologika und Psychotherapie. Die
Schadenquote YTD liegt bei 79,4 % (Plan 78,0 %).

Die Detailauswertung nach Tarifen liegt im BI-Portal.

Controlling Kranken
""")

# --- 0118 ------------------------------------------------------------------
IB118 = iban('DE', '29151281' + '0008877312')
mail(118, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'returned direct debit for a named customer\'s buildings premium: IBAN, amount, bank return fee; windows-1252 8bit',
     'sol', ('Hans-Hermann Lohmann', 'hh.lohmann@kabelpost.example'),
     'Rücklastschrift Wohngebäudeversicherung WG-1190-390045', (2026, 6, 30, 10, 50), tz='+0200',
     charset='windows-1252', cte='8bit',
     body=f"""Sehr geehrter Herr Lohmann,

die Lastschrift für Ihre Wohngebäudeversicherung (WG-1190-390045, Objekt
Vegesacker Heerstraße 201) über 1.126,40 € wurde von Ihrer Bank nicht eingelöst:

   Konto: IBAN {IB118}
   Grund: Konto erloschen (AC04)
   Rücklastschriftgebühr der Bank: 3,50 €

Bitte überweisen Sie den Betrag von 1.129,90 € bis 14.07.2026 oder teilen Sie
uns eine neue Bankverbindung mit (SEPA-Mandat im Kundenportal).

Bitte denken Sie daran: Ohne Zahlung des Erstbeitrags bzw. Folgebeitrags kann
der Versicherungsschutz entfallen – bei einem Wohngebäude wäre das sehr
ärgerlich.

Mit freundlichen Grüßen

Sabine Oltmanns
Kundenservice
Weserbogen Versicherungsgruppe
""")

# --- 0119 ------------------------------------------------------------------
INNER119 = ext_msg(('Bärbel Nordmeyer', 'baerbel.nordmeyer@tmail.example'), ('Leistung KV', f'leistung-kv@{DOM}'),
                   'Arztbrief Kardiologie – bitte an Ihren Arzt weitergeben', (2026, 6, 29, 20, 11),
                   """Sehr geehrte Damen und Herren,

anbei, wie besprochen, der Arztbrief aus der Kardiologie (abgetippt, weil der
Scanner nicht geht):

"Diagnosen: Koronare Herzkrankheit, 2-Gefäß-Erkrankung (I25.12),
Z. n. Stentimplantation RIVA 06/2026, arterielle Hypertonie (I10.00).
Therapie: ASS 100, Ticagrelor 90 mg 1-0-1 für 12 Monate, Atorvastatin 40 mg,
Ramipril 5 mg. Anschlussheilbehandlung empfohlen."

Meine Versicherungsnummer ist KV 4410-208813-02. Bitte sagen Sie mir, ob die
Reha in Bad Zwischenahn bezahlt wird.

Bärbel Nordmeyer
""", '<9e1f-22ab-nordmeyer@tmail.example>')
mail(119, 'STRICTLY_CONFIDENTIAL', 'de', 'customer',
     'customer mail attached as .eml (coronary heart disease I25.12, stent, medication) forwarded to the medical officer; covering text names no diagnosis',
     'awr', S('fla'), 'WG: Arztbrief Kardiologie – Frage AHB', (2026, 6, 30, 8, 41), tz='+0200', mailer=OUTLOOK,
     atts=[Rfc822(INNER119, 'Arztbrief Kardiologie.eml')],
     body="""Hallo Herr Dr. Lampe,

im Anhang die Mail von Frau Nordmeyer. Sie fragt wegen Anschlussheilbehandlung.
Tarif ist Stationär Komfort, AHB ist dort drin, aber brauchen wir Ihre
Bestätigung der Notwendigkeit? Danke!

Agnieszka
""")

# --- 0120 ------------------------------------------------------------------
mail(120, 'NORMAL', 'en', 'insurer-to-partner',
     'trap: API change notice to a broker-software vendor (BiPRO document types for health claim statements, test data only)',
     'eyi', ('MaklerSoft Nord – Product Team', 'product@maklersoft-nord.example'),
     'BiPRO 430 – new document types from 1 September (health claim statements)', (2026, 7, 1, 13, 40), tz='+0200',
     body=f"""Hello Ms Brandes,

a heads-up for your next release of the broker management software:

From 1 September 2026 our electronic broker post (BiPRO 430.4 style API) will
deliver two new document types:

  WB-KV-LA   health claim statement (Leistungsabrechnung), PDF, encrypted
  WB-LV-SA   life/pension annual statement, PDF

Documents of type WB-KV-LA are only delivered to users whose portfolio rights
include health; other users get a placeholder "document not authorised".

Test endpoint: https://bipro-test.weserbogen.example/430/transfer
Test partner: VP-00001 with the usual synthetic customers ("Max Mustermann",
fictitious). Please never use real customer documents in your test systems.

Best regards,
Emre Yildiz
IT Anwendungsbetreuung – SecureMail / Portal
Weserbogen Informatik GmbH
""")

# --- 0121 ------------------------------------------------------------------
mail(121, 'NORMAL', 'de', 'insurer-to-customer',
     'grey: answer to a prospect asking about motorcycle insurance: general tariff info and needed data; no contract and no personal data given back',
     'ksa', ('Okan Demirtaş', 'okan.demirtas@freimail.example'),
     'AW: Anfrage Motorradversicherung Saison', (2026, 3, 11, 12, 12),
     body=f"""Hallo Herr Demirtaş,

danke für Ihre Anfrage! Für ein Angebot für Ihr Motorrad brauchen wir noch ein
paar Sachen, bitte am besten über den Tarifrechner online eingeben
(https://www.weserbogen.example/motorrad), nicht per Mail:

- Hersteller, Modell und Leistung (kW)
- Saisonkennzeichen ja/nein und welche Monate
- Ihr Geburtsdatum und seit wann Sie den Führerschein A haben
- ob Sie schon einen Schadenfreiheitsrabatt für Motorrad haben

Allgemein: bei uns gibt es Saisonkennzeichen ab 4 Monate, Teilkasko mit
Helm- und Kleidungsversicherung bis 1.000 EUR, und einen Rabatt, wenn das
Motorrad in der Garage steht.

Wenn Sie lieber telefonieren wollen, ich bin Montag-Donnerstag bis 16 Uhr da.

Herzliche Grüße aus Bremen
Kübra Şahin
Kundenservice
Weserbogen Versicherungsgruppe
""")

# --- 0122 ------------------------------------------------------------------
mail(122, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'orthodontic treatment plan for a 10-year-old insured child (KIG D4, distal bite), costs and reimbursement; Polish colleague\'s German',
     'awr', ('Katarzyna Hoffmann', 'k.hoffmann@wp-poczta.example'),
     'Kieferorthopädie für Emilia – Behandlungsplan geprüft', (2026, 7, 2, 9, 8), tz='+0200',
     body=f"""Sehr geehrte Frau Hoffmann,

der kieferorthopädische Behandlungsplan für Ihre Tochter Emilia (KV 4410-377120-03)
von Frau Dr. Reents ist geprüft.

Befund laut Plan: Distalbiss mit vergrößerter Frontzahnstufe 7 mm,
KIG D4 (kieferorthopädische Indikationsgruppe), Behandlung mit
herausnehmbarer Apparatur, später feste Zahnspange, Dauer ca. 4 Jahre.

Kosten laut Plan: 5.940 EUR über die ganze Behandlung.
Ihr Tarif ZahnPlus Kids zahlt bei KIG 3 bis 5 80 %, also ca. 4.752 EUR.

Die Abschlagsrechnungen von der Praxis kommen vierteljährlich. Bitte immer mit
der Nummer vom Behandlungsplan einreichen, dann geht schneller.

Ein kleiner Hinweis: Die "Zusatzleistungen" im Plan (Keramikbrackets, 680 EUR)
sind nicht medizinisch notwendig, die zahlen wir nicht.

{SIG('awr')}
""")

# --- 0123 ------------------------------------------------------------------
mail(123, 'NORMAL', 'en', 'internal',
     'trap: invitation to a farewell lunch for a retiring colleague and a birthday (names only, no health or personal data); Turkish colleague\'s English',
     'ade', [('HR & Payroll team', f'hr-team@{DOM}')], 'Farewell lunch for Gisela + cake for Jonas 🎉', (2026, 7, 3, 11, 45), tz='+0200',
     body=f"""Dear all,

as most of you know, our Gisela Rohlfs is retiring at the end of July after
41 (!) years in Weserbogen payroll. We want to say thank you with a lunch:

  Thursday, 23 July, 12:30, restaurant "Kajüte" at the Schlachte
  (lunch is paid by the department, drinks yourself :)

Also Jonas has birthday on the same day, so there is cake in the kitchen at
10:00. Please do not tell him, he thinks nobody knows.

For the farewell present, please give your contribution to Marek until 17 July,
we think about a voucher for the garden centre (she loves her roses).

Please tell me until 15 July if you come, so I can book the table.

{SIG('ade')}
""")

# --- 0124 ------------------------------------------------------------------
mail(124, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'employment legal expenses: cover for a dispute about a warning letter and unpaid overtime of a named customer, salary figures; Greek colleague',
     'dka', ('Jennifer Bultmann', 'jenny.bultmann@tmail.example'),
     'Abmahnung und Überstunden – Ihr Rechtsschutz RS 3318-690214', (2026, 7, 6, 14, 14), tz='+0200',
     body=f"""Sehr geehrte Frau Bultmann,

Sie möchten gegen die Abmahnung Ihres Arbeitgebers (Autohaus Gerken & Söhne,
Schreiben vom 19.06.2026) vorgehen und zusätzlich 86 nicht bezahlte
Überstunden aus 2025 geltend machen.

Aus Ihrem Arbeits-Rechtsschutz übernehmen wir:
- die außergerichtliche Tätigkeit Ihres Anwalts zur Abmahnung (Gegenstandswert
  ein Bruttomonatsgehalt, also 2.980 EUR),
- die Geltendmachung der Überstunden: 86 Std. x 18,62 EUR = 1.601,32 EUR brutto.

Selbstbeteiligung: 150 EUR (einmal für beide Sachen, weil ein Versicherungsfall).

Bitte beachten Sie: im Arbeitsvertrag gibt es vielleicht eine Ausschlussfrist
für Überstunden (oft 3 Monate). Lassen Sie das bitte schnell von Ihrem Anwalt
prüfen.

{SIG('dka')}
""")

# --- 0125 ------------------------------------------------------------------
mail(125, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'multipart/alternative: disability benefit acknowledged for multiple sclerosis G35.1 of the addressee, monthly pension and premium waiver',
     'epa', ('Kathrin Stelljes', 'kathrin.stelljes@nordpost.example'),
     'Anerkenntnis Ihrer Berufsunfähigkeitsleistung – BU 7730-301128', (2026, 7, 7, 11, 22), tz='+0200',
     body=f"""Sehr geehrte Frau Stelljes,

nach Prüfung aller Unterlagen erkennen wir unsere Leistungspflicht aus Ihrer
Berufsunfähigkeitsversicherung (BU 7730-301128) an.

Grundlage: Sie sind als Grundschullehrerin seit dem 01.11.2025 zu mehr als 50 %
berufsunfähig wegen Multipler Sklerose mit schubförmigem Verlauf (G35.1),
Fatigue und Gangunsicherheit (Gutachten Prof. Dr. Thalmann, Neurologie, vom
12.06.2026).

Leistungen ab 01.11.2025:
- monatliche BU-Rente: 1.800,00 EUR
- Beitragsbefreiung: 92,14 EUR monatlich
- Nachzahlung für 11/2025 bis 07/2026: 16.200,00 EUR

Das Anerkenntnis ist unbefristet. Wir werden die Berufsunfähigkeit von Zeit zu
Zeit nachprüfen, wie im Vertrag vorgesehen.

Ich wünsche Ihnen alles Gute.

{SIG('epa')}
""",
     html=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Stelljes,</p>
<p>nach Prüfung aller Unterlagen erkennen wir unsere Leistungspflicht aus Ihrer
Berufsunfähigkeitsversicherung (BU 7730-301128) an.</p>
<p>Grundlage: Sie sind als Grundschullehrerin seit dem 01.11.2025 zu mehr als 50&nbsp;% berufsunfähig
wegen <b>Multipler Sklerose mit schubförmigem Verlauf (G35.1)</b>, Fatigue und Gangunsicherheit
(Gutachten Prof. Dr. Thalmann, Neurologie, vom 12.06.2026).</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>monatliche BU-Rente</td><td align="right">1.800,00 &euro;</td></tr>
<tr><td>Beitragsbefreiung</td><td align="right">92,14 &euro;</td></tr>
<tr><td>Nachzahlung 11/2025&ndash;07/2026</td><td align="right">16.200,00 &euro;</td></tr>
</table>
<p>Das Anerkenntnis ist unbefristet. Ich wünsche Ihnen alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Eleni Papadopoulou<br>Risikoprüfung Leben / BU<br>Weserbogen Lebensversicherung AG</p>
</body></html>
""")

# --- 0126 ------------------------------------------------------------------
mail(126, 'NORMAL', 'en', 'insurer-to-broker',
     'trap: webinar invitation (ICS) for Polish brokers on selling dental and care supplements, health questions explained; no customer',
     'pno', [('Baltic Brokers Sp. z o.o.', 'biuro@baltic-brokers.example'), ('Versicherungsmakler Bogdan Lis e.K.', 'b.lis@lis-makler.example')],
     'Webinar 15 July: dental and long-term care supplements for German-speaking clients in Poland', (2026, 7, 8, 10, 0), tz='+0200',
     atts=[A('Webinar_2026-07-15.ics', make_ics(
         'wb-webinar-20260715-pl@weserbogen.example', '20260715T100000', '20260715T113000',
         'Webinar: ZahnPlus & PflegePlus for clients in Poland',
         'Online (link follows one day before)',
         'Agenda: tariffs, health questions in the application, claims with Polish invoices, Q&A',
         f'mailto:piotr.nowicki@{DOM}'))],
     body=f"""Dear partners,

many of your clients are German citizens living in Poland or Polish citizens
working in Germany. For them we offer a webinar (in English, questions also in
Polish or German welcome):

  Wednesday, 15 July 2026, 10:00-11:30 CEST

Content:
- ZahnPlus and PflegePlus: what is covered, waiting times, limits
- the health questions in the application and how to explain them to clients
  (e.g. "Is treatment recommended or planned?" – what does it mean in practice)
- claims with Polish invoices: currency conversion, translation, GOZ comparison
- how your clients can upload dentist invoices in the app

Calendar invitation attached. Please forward to your colleagues.

{SIG('pno')}
""")

# --- 0127 ------------------------------------------------------------------
mail(127, 'CONFIDENTIAL', 'de', 'internal',
     'HR sends the payroll office a CSV (windows-1252) with named employees, personnel numbers, gross salaries and bonus amounts; no health data',
     'ade', [('Entgeltabrechnung', f'entgelt@{DOM}')], 'Bonus 2025 – Auszahlungsliste Bereich Schaden (Juli-Abrechnung)', (2026, 7, 9, 15, 33), tz='+0200',
     atts=[A('Bonus_2025_Schaden.csv', make_csv([
         ['Personalnr', 'Name', 'Bereich', 'Jahresbrutto 2025', 'Zielerreichung', 'Bonus EUR'],
         ['104211', 'Kowalczyk, Tomasz', 'Kfz-Schaden', '56.480,00', '112 %', '3.163,00'],
         ['100876', 'Behrens, Claudia', 'Haftpflicht', '61.020,00', '104 %', '3.173,00'],
         ['103344', 'Rüther, Henning', 'Sach privat', '58.900,00', '98 %', '2.886,00'],
         ['105017', 'Dölling, Arne', 'Kfz-Schaden', '44.350,00', '101 %', '2.240,00'],
     ]), charset='windows-1252', cte='quoted-printable')],
     body=f"""Hallo liebes Entgelt-Team,

anbei die Liste für die Bonuszahlung 2025 Bereich Schaden, freigegeben durch
Herrn Pannier am 07.07. Bitte mit der Juli-Abrechnung auszahlen.

Die Datei ist wie immer aus dem HR-System exportiert (Semikolon, Windows-
Zeichensatz). Bitte nach Verarbeitung aus dem Postfach löschen.

{SIG('ade')}
""")

# --- 0128 ------------------------------------------------------------------
mail(128, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'expat health: second medical opinion for an insured in Rome with breast cancer C50.4, planned mastectomy and chemotherapy; Italian colleague',
     'gfe', ('Susanne Carbone', 'susanne.carbone@libero-posta.example'),
     'Second opinion before your operation – how we can help', (2026, 7, 10, 9, 37), tz='+0200',
     body=f"""Dear Mrs Carbone,

thank you for trusting us with this – I know these are very difficult days.

You told me on the phone that the oncologists at Policlinico Gemelli
recommend a mastectomy on the left side and afterwards chemotherapy, after the
biopsy showed an invasive ductal carcinoma (C50.4), HER2 negative. You would
like a second opinion before you decide.

Your tariff GlobalCare Premium includes the second-opinion service:
- an oncologist of the Tumour Centre Bremen-Nord reviews the biopsy, MRI and
  staging results and the proposed therapy;
- you get a written opinion in German or English within 7 working days and
  a video call with the doctor if you wish;
- there are no costs for you, and the choice of treatment stays yours.

If you agree, please upload the reports in the portal (category "second
opinion") – our medical team will take care of the rest. I am your contact
person for everything organisational.

Un abbraccio e tanta forza,
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
Phone +49 421 5550-3580
""")

# --- 0129 ------------------------------------------------------------------
mail(129, 'NORMAL', 'en', 'insurer-to-broker',
     'trap: ZIP of blank forms for a Dutch broker (consent to release medical information, health questionnaire, SEPA mandate) with empty fields only',
     'jha', ('Pieter de Wit – Assurantiekantoor De Wit', 'pieter@dewit-assurantien.example'),
     'Blank forms in English – as requested', (2026, 7, 13, 11, 8), tz='+0200',
     atts=[A('Weserbogen_blank_forms_EN.zip', _zip([
         ('Consent_release_medical_information_BLANK.pdf', make_pdf([
             '# Consent to release medical information (blank form)',
             'Insured person: ______________________  date of birth: ____________',
             'Policy number: ______________________',
             'I release the following doctors/hospitals from medical confidentiality towards',
             'Weserbogen Lebensversicherung AG / Weserbogen Krankenversicherung AG:',
             '1. ____________________________  2. ____________________________',
             'Place, date, signature: ____________________________',
         ], title='Consent blank')),
         ('Health_questionnaire_BLANK.docx', make_docx([
             '# Health questionnaire (blank)',
             'Have you been treated by a doctor in the last 5 years? [ ] yes [ ] no',
             'Have you been in hospital in the last 10 years? [ ] yes [ ] no',
             'Do you take medication regularly? [ ] yes [ ] no   If yes, which: ____________',
             'Height: ____ cm   Weight: ____ kg',
         ], title='Health questionnaire blank')),
         ('SEPA_mandate_BLANK.txt', 'SEPA DIRECT DEBIT MANDATE (blank)\r\nAccount holder: ____________\r\nIBAN: ____________________________\r\nBIC: ___________\r\nCreditor ID: DE98ZZZ09999999999\r\n'),
     ]))],
     body=f"""Hi Pieter,

as promised, our standard forms in English, all blank, zipped together:

- consent to release medical information
- health questionnaire (term life / disability)
- SEPA mandate

The German versions remain legally binding; the English ones are
translations for your clients' understanding. Completed forms with health
information please upload in the broker portal, never by e-mail.

Cheers,
Jens

{SIG('jha')}
""")

# --- 0130 ------------------------------------------------------------------
mail(130, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'storm damage to a named customer\'s roof: insured address, claim number, roofer\'s estimate; customer mail quoted with Outlook header',
     'hru', ('Jens-Peter Wübbenhorst', 'jp.wuebbenhorst@kabelpost.example'),
     'AW: Sturm Dach – Schaden 26-W-0712390', (2026, 7, 14, 8, 28), tz='+0200', mailer=OUTLOOK,
     body=f"""Guten Morgen Herr Wübbenhorst,

danke für die Fotos und das Angebot der Dachdeckerei Hashagen. Sturm "Hanna"
am 09.07. hatte in Osterholz-Scharmbeck nachweislich Windstärke 10, damit ist
der Sturmschaden aus Ihrer Wohngebäudeversicherung (WG-1190-266105) gedeckt.

Sie können den Auftrag erteilen. Wir übernehmen:
- Neueindeckung der beschädigten Fläche (ca. 24 m²): 4.380,00 EUR
- Notabdichtung vom 10.07.: 612,00 EUR
- Gerüst: 1.150,00 EUR
abzüglich Selbstbeteiligung 250 EUR.

Die Dachrinne auf der Nordseite war laut Fotos schon vorher durchgerostet –
die ersetzen wir leider nicht.

{SIG('hru')}

-----Ursprüngliche Nachricht-----
Von: Jens-Peter Wübbenhorst <jp.wuebbenhorst@kabelpost.example>
Gesendet: Sonntag, 12. Juli 2026 18:03
An: Rüther, Henning <henning.ruether@{DOM}>
Betreff: Sturm Dach

Hallo Herr Rüther, wie am Telefon gesagt: Beim Sturm Donnerstag sind auf
unserem Haus Bördestraße 12 in Osterholz-Scharmbeck ca. 40 Dachpfannen runter.
Fotos und Angebot anbei. Kann ich den Dachdecker beauftragen?
Gruß J.-P. Wübbenhorst
""")

# --- 0131 ------------------------------------------------------------------
mail(131, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
     'accident insurance: order for an orthopaedic expert opinion on a named insured (rotator cuff tear vs degeneration, S46.0/M75.1); Italian colleague',
     'iru', ('Prof. Dr. med. Arne Sanders', 'gutachten@ortho-sanders.example'),
     'Gutachtenauftrag – Herr Bernd Ahlhorn, geb. 22.01.1966, UV 6620-129940', (2026, 7, 15, 13, 51), tz='+0200',
     body=f"""Sehr geehrter Herr Prof. Sanders,

wir bitten Sie um ein unfallchirurgisch-orthopädisches Gutachten für unseren
Versicherten:

   Herr Bernd Ahlhorn, geb. 22.01.1966, Schlosser
   Unfall: 04.11.2025, Sturz von der Leiter auf die rechte Schulter

Fragestellung:
1. Ist die im MRT vom 20.11.2025 festgestellte Rotatorenmanschettenruptur
   rechts (Supraspinatussehne, S46.0) unfallbedingt, oder liegt eine
   vorbestehende Degeneration vor (Vorbefund 2021: Impingement-Syndrom M75.4,
   Tendinose M75.1)?
2. Wie hoch ist ggf. der Mitwirkungsanteil von Krankheiten oder Gebrechen?
3. Bemessung der Invalidität nach Gliedertaxe (Arm im Schultergelenk).

Die Akte (Arztberichte, MRT-Befunde, OP-Bericht vom 08.12.2025) und die
Schweigepflichtentbindung stellen wir Ihnen über das SecureMail-Portal zur
Verfügung. Untersuchungstermin bitte direkt mit Herrn Ahlhorn vereinbaren
(Tel. 04791 555 3318).

Honorar nach Vereinbarung, Rechnung bitte mit Aktenzeichen.

{SIG('iru')}

{FOOT_DE}
""")

# --- 0132 ------------------------------------------------------------------
mail(132, 'NORMAL', 'en', 'internal',
     'trap: IT security phishing warning about fake "medical invoice" mails with IBAN change requests (example text shown, invented sender); no real person',
     'eyi', [('All staff', f'alle@{DOM}')], 'WARNING: phishing mails "Outstanding medical invoice / new bank details"', (2026, 7, 16, 9, 12), tz='+0200',
     body=f"""Dear colleagues,

since this morning we see phishing mails in many mailboxes, especially in the
claims departments. They look like this (sender invented by the attackers):

  From: "Dr. Med Clinic Billing" <billing@dr-med-clinic-invoices.example>
  Subject: Outstanding medical invoice – new bank details
  "Please note our new bank account for all payments of patient invoices.
   Invoice attached (Invoice_2026_07.zip)."

Please:
- do NOT open the ZIP, do not click links;
- never change bank details of doctors, hospitals or customers because of an
  e-mail – always call back on the number we already have in the system;
- report the mail with the "Report phishing" button in Outlook.

If you already opened the attachment: disconnect the network cable / Wi-Fi and
call the IT hotline -7000 immediately. Nobody will be blamed.

Thanks for staying alert!

Emre Yildiz
IT Anwendungsbetreuung – SecureMail / Portal
""")

# --- 0133 ------------------------------------------------------------------
mail(133, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'motor accident in Norway: named customer, plate, claim number, the other party\'s details in an attached HTML accident summary; nobody injured',
     'tko', ('Lars-Henrik Bruns', 'lh.bruns@fjordmail.example'),
     'Your accident in Bergen – claim 26-K-0119904', (2026, 7, 17, 14, 2), tz='+0200',
     atts=[A('Accident_summary_26-K-0119904.html', """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Accident summary 26-K-0119904</title></head>
<body><h2>European Accident Statement – summary</h2>
<table border="1" cellpadding="4">
<tr><th></th><th>Vehicle A (our customer)</th><th>Vehicle B</th></tr>
<tr><td>Driver</td><td>Lars-Henrik Bruns</td><td>Ingrid Solheim</td></tr>
<tr><td>Vehicle</td><td>VW Passat Variant, HB-LB 777</td><td>Tesla Model Y, EV 41902</td></tr>
<tr><td>Insurer</td><td>Weserbogen, KF-7781-377120</td><td>Fjordforsikring ASA, 90-1177-32</td></tr>
<tr><td>Place / time</td><td colspan="2">Bergen, Nygårdsgaten, 8 July 2026, 16:40</td></tr>
<tr><td>Injuries</td><td colspan="2">none</td></tr>
<tr><td>Circumstances</td><td>12 (turning right)</td><td>1 (parked / stopped)</td></tr>
</table></body></html>
""")],
     body=f"""Dear Mr Bruns,

we have received the European accident statement from Bergen. I made a short
summary for our file (attached), please check if it is correct.

As I understand, you were turning right into Nygårdsgaten and touched the
stopped Tesla of Ms Solheim. Nobody was injured. Your third-party liability
(green card valid for Norway) will pay the damage of Ms Solheim; her insurer
Fjordforsikring will contact us directly.

For the damage on your own Passat: you have comprehensive cover with 300 EUR
deductible. Please send me a quote from a garage when you are back in Germany.

Pozdrawiam / Best regards
Tomasz Kowalczyk
Kfz-Schaden, Team 4
Weserbogen Allgemeine Versicherung AG
""")

# --- 0134 ------------------------------------------------------------------
mail(134, 'NORMAL', 'de', 'internal',
     'trap: base64-encoded intranet note about the "back health week" (physiotherapy slots, ergonomics, yoga); no individual health data',
     'bst', [('Alle Mitarbeitenden', f'alle@{DOM}')], 'Aktionswoche Rückengesundheit 7.–11. September', (2026, 7, 20, 8, 30), tz='+0200',
     cte='base64',
     body=f"""Liebe Kolleginnen und Kollegen,

Rückenschmerzen sind auch bei uns die häufigste Ursache für Arbeitsunfähigkeit –
das zeigt der anonyme Gesundheitsbericht der Betriebskrankenkasse jedes Jahr.
Deshalb gibt es vom 7. bis 11. September die Aktionswoche Rückengesundheit:

- Kurz-Checks bei Physiotherapeutinnen der Praxis Rückenwind (15 Min.,
  Anmeldung im Intranet, die Ergebnisse bekommt nur ihr selbst)
- Ergonomie-Beratung am Arbeitsplatz: Stuhl, Tisch, Bildschirm
- Bewegte Pause jeden Tag um 11:00 im Foyer, Yoga am Mittwoch nach Feierabend
- Vortrag "Bandscheibe, Ischias & Co. – was wirklich hilft" (Dr. Kahrs,
  Betriebsarzt), Donnerstag 12:30, auch im Stream

Alles freiwillig, alles während der Arbeitszeit.

Bleibt in Bewegung!
{SIG('bst')}
""")

# --- 0135 ------------------------------------------------------------------
mail(135, 'NORMAL', 'de', 'internal',
     'trap: deletion concept (DOCX) with retention periods for health claims, medical reports, bank data and audit logs; categories only',
     'kvo', [('Fachbereichsleitungen', f'fbl@{DOM}')], 'Löschkonzept 2026 – Fristen zur Abstimmung', (2026, 7, 21, 10, 10), tz='+0200',
     atts=[A('Löschkonzept_2026_Entwurf.docx', make_docx([
         '# Löschkonzept Weserbogen Versicherungsgruppe – Entwurf 2026',
         ['Datenkategorie', 'Beispiele', 'Löschfrist', 'Rechtsgrundlage'],
         ['Leistungsunterlagen KV', 'Arztrechnungen, Arztberichte, Rezepte', '10 Jahre nach Vertragsende', '§ 147 AO, Verjährung'],
         ['Risikoprüfung abgelehnter Anträge', 'Gesundheitsangaben, Befunde', '3 Jahre nach Ablehnung', 'Art. 17 DSGVO, Verjährung'],
         ['Bankdaten', 'IBAN, Mandate', '14 Monate nach Widerruf', 'SEPA-Regelwerk'],
         ['Protokollierung SecureMail', 'wer hat wann was gelesen', '6 Jahre', '§ 257 HGB'],
         ['Bewerbungen', 'Lebenslauf, Zeugnisse', '6 Monate', 'AGG'],
         'Hinweis: Gesundheitsdaten sind nach Ablauf der Frist physisch zu vernichten (DIN 66399, P-4).',
     ], title='Löschkonzept 2026', author='Kerstin Vöge'))],
     body=f"""Liebe Kolleginnen und Kollegen,

anbei der Entwurf des überarbeiteten Löschkonzepts. Neu sind vor allem die
Fristen für abgelehnte Anträge in der Risikoprüfung (bisher unbegrenzt
aufbewahrt!) und für die Protokollierung im SecureMail-Portal.

Bitte prüft die Fristen für eure Bereiche und gebt mir bis 14.08. Rückmeldung.
Danach geht das Konzept in die Vorstandssitzung im September.

{SIG('kvo')}
""")

# --- 0136 ------------------------------------------------------------------
mail(136, 'CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'household insurance confirmation for a student in London, German letter with English certificate: name, date of birth, address, policy',
     'sol', ('Clara Meiners', 'clara.meiners@uni-london-mail.example'),
     'Versicherungsbestätigung / Certificate of insurance – Hausrat H-5503-240771', (2026, 7, 22, 12, 0), tz='+0200',
     body=f"""Liebe Frau Meiners,

wie gewünscht die Versicherungsbestätigung für Ihr Studentenwohnheim in London.
Ihre Hausrat-Außenversicherung gilt dort für bis zu 12 Monate, weil Sie Ihren
Wohnsitz bei Ihren Eltern in Bremen behalten.

----------------------------------------------------------------
CERTIFICATE OF INSURANCE

Policyholder:       Clara Meiners, born 07 March 2005
Home address:       Kirchweg 71, 28199 Bremen, Germany
Temporary address:  Room 4.17, Hartley Hall, 22 Gower Place, London WC1E
Policy:             Household contents H-5503-240771 (Weserbogen Allgemeine
                    Versicherung AG), incl. contents away from home
Cover abroad:       up to 15,000 EUR, fire, burglary, water, storm
Valid:              15 September 2026 - 14 September 2027
----------------------------------------------------------------

Viel Erfolg im Studium!

{SIG('sol')}
""")

# --- 0137 ------------------------------------------------------------------
mail(137, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'critical illness claim of a customer in Nicosia: ischaemic stroke I63.9 with residual deficit, neurologist report, lump sum; Greek colleague\'s English',
     'epa', ('Nikos Charalambous', 'nikos.charalambous@cytanet-mail.example'),
     'Your critical illness claim – decision', (2026, 7, 23, 10, 44), tz='+0200',
     body=f"""Dear Mr Charalambous,

I am glad to hear from your wife that you are back home and the rehabilitation
goes well.

We have received the report of Dr. Stylianou (Neurology, Nicosia General
Hospital) and the MRI of 2 April 2026. They confirm an ischaemic stroke (I63.9)
in the left middle cerebral artery territory, with a weakness of the right arm
and speech difficulties still present after three months.

This fulfils the definition of "stroke" in your critical illness cover
(rider to life policy L-2207-601944): permanent neurological deficit for at
least 3 months, confirmed by a neurologist. We therefore pay the lump sum:

  critical illness benefit    100,000.00 EUR

The life cover continues unchanged; the premium for the rider ends.

Please send me the bank details on the form I sent by post. If you prefer, we
can also talk in Greek by phone.

Με εκτίμηση,
Eleni Papadopoulou
Risikoprüfung Leben / BU (Leistung Leben)
Weserbogen Lebensversicherung AG
""")

# --- 0138 ------------------------------------------------------------------
mail(138, 'NORMAL', 'de', 'insurer-to-customer',
     'trap: holiday auto-reply of the motor claims handler mentioning Personenschaden, Unfall, Totalschaden in general terms',
     'tko', ('Ralf Kuhlmann', 'ralf.kuhlmann@nordpost.example'), 'Automatische Antwort: Rückruf', (2026, 7, 27, 6, 30), tz='+0200',
     charset='iso-8859-1', cte='quoted-printable',
     extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
     body="""Guten Tag,

ich bin bis 14.08.2026 im Urlaub (in Polen, ohne Laptop :-) ).

Bei neuen Unfällen, Personenschäden oder Totalschäden melden Sie sich bitte
bei der Schadenhotline 0800 5550 200 (24 Stunden), bei laufenden Schäden bei
meinem Kollegen Arne Dölling, arne.doelling@weserbogen.example.

Ihre E-Mail wird nicht automatisch weitergeleitet.

Tomasz Kowalczyk
Kfz-Schaden, Team 4
""")

# --- 0139 ------------------------------------------------------------------
mail(139, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'yacht insurance: a named owner\'s sailing yacht damaged in a Croatian marina (storm, mooring), hull number, claim; nobody hurt',
     'oti', ('Dr. Harald Vinnen', 'h.vinnen@segelpost.example'),
     'Yacht "Morgenrot" – storm damage Marina Kremik, claim 26-Y-000082', (2026, 7, 28, 17, 12), tz='+0200',
     body=f"""Dear Dr. Vinnen,

thank you for the quick report and the photos. I write in English so you can
forward this directly to the marina office in Primošten.

Insured yacht: "Morgenrot", Hallberg-Rassy 372, hull no. SE-HRY37204H718,
  policy YA-7010-00318 (hull and liability, Mediterranean)
Event: Bora storm on 24 July 2026, mooring line broke, contact with the
  neighbouring yacht; crew not on board, nobody injured
Damage reported: gelcoat and rubbing strake starboard, pulpit bent

Our surveyor in Split, Mr Ante Radić, will inspect the yacht on 31 July. The
damage to the neighbouring yacht (Bavaria 41, owner from Austria) is covered by
your yacht liability; please give the owner our claim number.

Deductible hull: 500 EUR.

{SIG('oti')}
""")

# --- 0140 ------------------------------------------------------------------
mail(140, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'care insurance: objection rejected, second assessment keeps care level 1; PDF with assessment findings (COPD J44.1, mobility points)',
     'mwe', ('Wiebke Harjes', 'wiebke.harjes@tmail.example'),
     'Ihr Widerspruch zur Einstufung Ihres Vaters – Ergebnis', (2026, 7, 29, 11, 31), tz='+0200',
     atts=[A('Widerspruchsbescheid_Harjes.pdf', make_pdf([
         '# Widerspruchsbescheid – Private Pflegepflichtversicherung',
         'Versicherter: Friedrich Harjes, geb. 16.04.1944, PPV 5520-062115-01',
         'Widerspruch vom 03.06.2026 gegen die Einstufung in Pflegegrad 1',
         '',
         'Zweitgutachten (Medicproof, Hausbesuch 14.07.2026):',
         '- Diagnosen: COPD GOLD 3 (J44.1), Herzinsuffizienz NYHA II (I50.12)',
         '- Modul 1 Mobilität: 4 Punkte (Treppensteigen nur mit Pausen)',
         '- Modul 4 Selbstversorgung: 6 Punkte',
         '- Gesamtpunktwert: 24,5 (Pflegegrad 2 ab 27 Punkten)',
         '',
         'Ergebnis: Der Widerspruch wird zurückgewiesen. Es bleibt bei Pflegegrad 1.',
         'Entlastungsbetrag 131 EUR monatlich wird weiter gezahlt.',
         'Rechtsbehelf: Klage vor dem Sozialgericht Bremen innerhalb eines Monats.',
     ], title='Widerspruchsbescheid'))],
     body=f"""Sehr geehrte Frau Harjes,

leider muss ich Ihnen mitteilen, dass auch das Zweitgutachten für Ihren Vater
keinen höheren Pflegegrad ergeben hat. Der Bescheid mit den Einzelheiten hängt an.

Der Abstand zu Pflegegrad 2 ist nicht groß (2,5 Punkte). Wenn sich der Zustand
Ihres Vaters verschlechtert, können Sie jederzeit einen neuen Antrag stellen.
Die Pflegeberatung (0421 5550-3720) hilft Ihnen auch beim Entlastungsbetrag.

{SIG('mwe')}
""")

# --- 0141 ------------------------------------------------------------------
mail(141, 'NORMAL', 'en', 'newsletter',
     'trap: HTML-only expat customer newsletter (German tax deadline for insurance premiums, health portal app, heat warnings, care supplement); nobody identifiable',
     ('Weserbogen International', f'newsletter@{DOM}'), ('Weserbogen Expat Members', f'expat-members@{DOM}'),
     'Expat Letter August 2026: tax certificate, app update, summer health', (2026, 7, 30, 7, 0), tz='+0200',
     extra=['Precedence: bulk', 'List-Unsubscribe: <https://www.weserbogen.example/newsletter/abmelden>'],
     html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<h1>Expat Letter &ndash; August 2026</h1>
<h3>Premium certificate for your German tax return</h3>
<p>If you still pay taxes in Germany, you can deduct health and long-term care premiums. The
annual premium certificate is in the app under &bdquo;Documents&ldquo;. Deadline for the 2025
tax return with a tax adviser: 1 March 2027.</p>
<h3>App update 5.0</h3>
<p>Photograph hospital and doctor invoices in any language &ndash; the app recognises the currency
and sends them encrypted. Medical reports can be uploaded as PDF.</p>
<h3>Heat waves in Southern Europe</h3>
<p>Older travellers and people with heart or kidney diseases should plan the day around the heat.
Signs of heat stroke: confusion, hot dry skin, fainting &ndash; call the local emergency number.</p>
<h3>Care supplement PflegePlus</h3>
<p>Also available for expats in the EU and Switzerland from 2027.</p>
<p style="font-size:11px">Weserbogen Krankenversicherung AG, Bremen &middot;
<a href="https://www.weserbogen.example/newsletter/abmelden">unsubscribe</a></p>
</body></html>
""")

# --- 0142 ------------------------------------------------------------------
mail(142, 'NORMAL', 'de', 'internal',
     'trap: customer service drafts website FAQ texts about sending doctor invoices, IBAN changes and health questions securely; general text only; Turkish colleague',
     'ksa', [('Web-Redaktion', f'web@{DOM}')], 'FAQ-Texte für die Website – sichere Einreichung von Belegen', (2026, 7, 31, 14, 26), tz='+0200',
     body=f"""Hallo liebe Web-Redaktion,

wie besprochen hier meine Vorschläge für die FAQ. Das sind die Fragen, die wir
an der Hotline am meisten hören. Bitte Deutsch nochmal korrigieren, wenn was
komisch klingt :)

F: Darf ich meine Arztrechnungen per E-Mail schicken?
A: Bitte nicht. Normale E-Mails sind wie eine Postkarte. Nutzen Sie die
   Weserbogen-App oder das Kundenportal – dort ist alles verschlüsselt.

F: Wie ändere ich meine Bankverbindung (IBAN)?
A: Im Kundenportal unter "Meine Daten > Bankverbindung". Wir rufen Sie
   niemals an und fragen nach Ihrer IBAN oder Ihrem Passwort.

F: Ich wohne im Ausland. Kann ich trotzdem das Portal nutzen?
A: Ja, das Portal funktioniert weltweit, auch in Englisch.

F: Warum bekomme ich eine E-Mail ohne Inhalt ("Sie haben eine neue Nachricht")?
A: Weil vertrauliche Dokumente, zum Beispiel Leistungsabrechnungen oder
   Bescheide, nur im geschützten Postfach liegen.

{SIG('ksa')}
""")

# --- 0143 ------------------------------------------------------------------
mail(143, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
     'guarantee of payment to a private hospital in Antalya for a retired insured with NSTEMI I21.4 and coronary angiography/stent',
     'gfe', ('Akdeniz Şifa Hastanesi – International Patient Center', 'international@akdeniz-sifa.example'),
     'Guarantee of payment – Mr Mehmet Arslan, DOB 12.04.1951 – NSTEMI', (2026, 8, 3, 6, 58), tz='+0200',
     body=f"""Dear Mr Doğan,

thank you for your call this night. We confirm the guarantee of payment for
our insured

  Mr Mehmet Arslan, date of birth 12.04.1951
  health insurance KV 4410-021377-01 (resident in Antalya, EU/Turkey cover)

for the inpatient treatment from 2 August 2026 for non-ST-elevation myocardial
infarction (I21.4), including coronary angiography and, if indicated, PCI with
drug-eluting stent(s), up to 15,000 EUR and 5 days in a standard single room.

For any extension or for a bypass operation please contact us before. Please
send the discharge report and the itemised invoice (in English or Turkish) to
our secure portal, reference GOP-26-01377. No deposit may be requested from the
patient or his wife.

Kind regards,
Giulia Ferraro
International Health & Travel Assistance
Weserbogen Krankenversicherung AG
Phone +49 421 5550-3580 | 24h assistance +49 421 5550-3599
""")

# --- 0144 ------------------------------------------------------------------
mail(144, 'NORMAL', 'de', 'internal',
     'trap: monthly KPI of motor claims (number of claims, personal injury share, total losses, average cost); aggregates only; Polish colleague',
     'tko', [('Bereichsleitung Schaden', f'bl-schaden@{DOM}')], 'KPI Kfz-Schaden Juli 2026', (2026, 8, 4, 16, 5), tz='+0200',
     atts=[A('KPI_Kfz_2026-07.xlsx', make_xlsx([
         ('KPI', [['Kennzahl', 'Juli 2026', 'Juli 2025'],
                  ['neue Schäden', 3412, 3198],
                  ['davon mit Personenschaden', 188, 171],
                  ['Totalschäden', 241, 233],
                  ['Durchschnitt Haftpflicht EUR', 4120, 3890],
                  ['Durchschnitt Kasko EUR', 2740, 2610],
                  ['Bearbeitungszeit Tage (Median)', 9, 11]])]))],
     body=f"""Hallo zusammen,

anbei die KPI für Juli. Kurz:
- mehr Schäden als Vorjahr (+6,7 %), vor allem Hagel am 19./20. Juli
- Personenschäden leicht gestiegen (188), darunter keine Großschäden über 1 Mio.
- Bearbeitungszeit gesunken auf 9 Tage, danke an alle im Team für den
  Rückstandsabbau!

Die Tabelle hat nur Summen, keine einzelnen Fälle.

Viele Grüße
Tomasz
""")

# --- 0145 ------------------------------------------------------------------
mail(145, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
     'grey: business contents claim of a sole trader (natural person): tax number, turnover loss, policy; water damage in her bakery, nobody hurt',
     'oti', ('Bäckerei Anke Rosebrock (Inh. Anke Rosebrock)', 'info@baeckerei-rosebrock.example'),
     'Leitungswasser Backstube – Betriebsunterbrechung, Schaden 26-G-0033021', (2026, 8, 5, 10, 37), tz='+0200',
     body=f"""Sehr geehrte Frau Rosebrock,

zu Ihrem Schaden in der Backstube (Rohrbruch 28.07.2026) aus Ihrer
Inhaltsversicherung mit Betriebsunterbrechung (GI-2050-004417):

1. Sachschaden: Teigknetmaschine und Gärschrank, Ersatz laut Angebot
   9.860 EUR netto. Da Sie vorsteuerabzugsberechtigt sind, zahlen wir netto.
2. Betriebsunterbrechung 28.07. bis voraussichtlich 10.08.: Für die
   Berechnung brauchen wir Ihre Umsätze. Ihr Steuerberater hat uns die BWA
   geschickt: Umsatz August 2025 38.420 EUR, Steuernummer 60/142/21877 –
   danke. Wir rechnen mit einem Ertragsausfall von ca. 11.000 EUR.

Eine Abschlagszahlung von 10.000 EUR geht heute raus, damit Sie die Maschinen
bestellen können.

{SIG('oti')}
""")

# --- 0146 ------------------------------------------------------------------
mail(146, 'NORMAL', 'en', 'insurer-to-partner',
     'trap: profit participation declaration for 2027 sent to a rating agency (interest rates, mortality and disability results); company figures only',
     'lme', ('Hanse Rating – Life Analysts', 'life@hanse-rating.example'),
     'Weserbogen Leben – declaration of profit participation 2027', (2026, 8, 6, 12, 0), tz='+0200',
     body=f"""Dear Ms Lindqvist,

for your annual life insurance rating, the key figures of our declaration of
profit participation for 2027, approved by the board yesterday:

- current total interest for classic policies: 3.05 % (2026: 2.85 %)
- terminal bonus: 0.40 %
- risk result: favourable mortality in term life (actual/expected 71 %),
  disability (BU) actual/expected 88 %
- solvency ratio (SCR) 31.12.2025: 214 %

The figures are public from 1 September; please do not publish before.

Best regards,
Lars Meinecke
Aktuariat Leben
Weserbogen Lebensversicherung AG

{FOOT_EN}
""")

# --- 0147 ------------------------------------------------------------------
mail(147, 'NORMAL', 'en', 'insurer-to-partner',
     'trap: logistics for a reinsurance conference (hotel, dinner, dietary requirements as counts: vegetarian, gluten-free, nut allergy); no names tied to diets',
     'rca', ('Nordic Re – Events', 'events@nordic-re.example'),
     'Bremen Treaty Days 23-24 September – logistics', (2026, 8, 10, 9, 50), tz='+0200',
     body=f"""Dear Saara,

a few practical points for the Treaty Days in Bremen:

- Hotel: 12 rooms at Hotel am Weserufer, 22-24 Sept, booked on Weserbogen.
- Dinner on 23 Sept at Ratskeller, 19:30, 26 persons. Dietary requirements
  from your side: 3 vegetarian, 1 gluten-free, 1 severe nut allergy – the
  restaurant is informed (no names needed).
- Programme: day 1 life & CI (with our medical officer on claims trends), day 2
  health stop-loss and cyber.
- Transfer from airport: shuttle at 14:00 and 16:00 on 22 Sept.

Looking forward to seeing you!

{SIG('rca')}
""")

# --- 0148 ------------------------------------------------------------------
mail(148, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
     'travel delay claim of a named customer in Milan: missed connection, extra hotel costs, policy and booking numbers; no health data; Italian colleague',
     'gfe', ('Federico Lanza', 'federico.lanza@libero-posta.example'),
     'Your claim for the missed connection Frankfurt – Milano (R-26-02014)', (2026, 8, 11, 15, 15), tz='+0200',
     body=f"""Dear Mr Lanza,

thank you for the documents. Your flight Bremen - Frankfurt on 2 August was
delayed by 3 hours, so you missed the connection to Milano Linate and had to
stay one night in Frankfurt. Your travel insurance (policy RV-8842-47715,
tariff TravelCare Year) covers additional costs of the journey:

  hotel Frankfurt Airport (1 night)      149.00 EUR
  dinner and breakfast                    38.50 EUR
  taxi hotel - airport                    26.00 EUR
  total                                  213.50 EUR

We pay 213.50 EUR to your Italian account known to us. The compensation from the
airline under the EU regulation (250 EUR) is a separate claim – please ask the
airline directly; we do not deduct it.

A presto,
Giulia Ferraro
International Health & Travel Assistance
""")

# --- 0149 ------------------------------------------------------------------
mail(149, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'attachment-only: body says "Kopien anbei"; ZIP with two PDFs (doctor invoices with diagnoses N20.0 kidney stones, lithotripsy) for the addressee',
     'awr', ('Detlef Schnakenberg', 'd.schnakenberg@kabelpost.example'),
     'Kopien Ihrer Belege', (2026, 8, 12, 13, 3), tz='+0200',
     atts=[A('Belege_Schnakenberg_2026.zip', _zip([
         ('Rechnung_Urologie_Dr_Frese.pdf', make_pdf([
             '# Urologische Gemeinschaftspraxis Dr. Frese & Partner',
             'Patient: Detlef Schnakenberg, geb. 18.10.1970',
             'Rechnung Nr. 2026-04471 vom 12.05.2026',
             'Diagnose: Nephrolithiasis rechts (N20.0), Nierenkolik',
             'GOÄ 1, 7, 410, 420, 5200 (Sonographie, Urinstatus, CT)',
             'Rechnungsbetrag: 412,77 EUR',
         ], title='Rechnung Urologie')),
         ('Rechnung_Klinikum_ESWL.pdf', make_pdf([
             '# Klinikum Weserhöhe – Urologie',
             'Patient: Detlef Schnakenberg, KV 4410-498133-01',
             'Extrakorporale Stoßwellenlithotripsie (ESWL), OPS 8-110.2, 21.05.2026',
             'ambulant, Wahlarzt Chefarzt Dr. Yilmaz',
             'Rechnungsbetrag: 1.186,40 EUR',
         ], title='Rechnung ESWL')),
     ]))],
     body=f"""Sehr geehrter Herr Schnakenberg,

wie am Telefon besprochen, anbei die Kopien. Die Originale haben wir nach dem
Scannen vernichtet.

{SIG('awr')}
""")

# --- 0150 ------------------------------------------------------------------
mail(150, 'NORMAL', 'de', 'internal',
     'trap: intranet news about the new SecureMail portal (health data, IBAN, § 203 StGB explained; subject tags mentioned as text); no personal data',
     'bst', [('Alle Mitarbeitenden', f'alle@{DOM}')], 'Intranet-News: Das neue SecureMail-Portal ist da', (2026, 8, 17, 8, 0), tz='+0200',
     body=f"""Liebe Kolleginnen und Kollegen,

ab heute läuft unser neues SecureMail-Portal. Was heißt das für euch?

Wenn ihr eine E-Mail nach draußen schickt, prüft das System automatisch, ob
vertrauliche Inhalte drin sind – zum Beispiel Diagnosen, Arztberichte,
Bankverbindungen oder auch nur die Tatsache, dass jemand bei uns kranken- oder
lebensversichert ist (das fällt unter § 203 StGB). Solche Mails gehen dann
verschlüsselt raus oder landen im Portal-Postfach der Empfänger. Die
Empfänger bekommen nur eine Benachrichtigung ohne Inhalt.

Ihr könnt eine Mail auch selbst markieren, mit einem Kennwort im Betreff –
die genauen Kennwörter stehen im Wiki (Stichwort "Betreff-Markierung").

Was ihr nicht mehr machen müsst: Passwörter für ZIP-Dateien per SMS
verschicken. Was ihr weiter machen müsst: zweimal auf die Empfängeradresse
schauen!

Fragen? Emre Yıldız und sein Team helfen gern (Durchwahl -7730).

{SIG('bst')}
""")

# ===========================================================================
# Build and check
# ===========================================================================
ALLOWED_CHARSETS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}
EXPECT = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}


def build_all():
    out = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for m in sorted(MAILS, key=lambda m: m['n']):
        fn = f"{PREFIX}{m['n']:04d}.eml"
        try:
            out[fn] = m['build']()
        except Exception:
            print('error building', fn, file=sys.stderr)
            raise
        assert '\t' not in m['reason'] and '\n' not in m['reason']
        rows.append(f"{fn}\t{m['label']}\t{m['lang']}\t{m['kind']}\t{m['reason']}")
    return out, ('\n'.join(rows) + '\n').encode('utf-8')


def pdf_text(data):
    assert data.startswith(b'%PDF-'), 'not a PDF'
    assert b'%%EOF' in data[-32:], 'PDF without %%EOF'
    texts = []
    for m in re.finditer(rb'<<([^>]*?)>>\s*stream\r?\n(.*?)\r?\nendstream', data, re.S):
        raw = m.group(2)
        if b'/FlateDecode' in m.group(1):
            raw = zlib.decompress(raw)
        i = 0
        while True:
            j = raw.find(b'(', i)
            if j < 0:
                break
            k, depth, buf = j + 1, 1, bytearray()
            while depth:
                c = raw[k]
                if c == 0x5C:
                    buf.append(raw[k + 1])
                    k += 2
                    continue
                if c == 0x28:
                    depth += 1
                elif c == 0x29:
                    depth -= 1
                    if not depth:
                        break
                buf.append(c)
                k += 1
            texts.append(bytes(buf).decode('cp1252'))
            i = k + 1
    return '\n'.join(texts)


def xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(t.strip() for t in root.itertext() if t.strip())


def office_text(name, data, problems, where):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    assert z.testzip() is None
    need = {'docx': 'word/document.xml', 'xlsx': 'xl/workbook.xml',
            'odt': 'content.xml', 'ods': 'content.xml'}[name.rsplit('.', 1)[-1].lower()]
    if need not in names:
        problems.append(f'{where}: {name} lacks {need}')
    if name.lower().endswith(('.odt', '.ods')):
        if names[0] != 'mimetype' or z.getinfo('mimetype').compress_type != zipfile.ZIP_STORED:
            problems.append(f'{where}: {name} mimetype not first/stored')
    txt = []
    for n in names:
        if n.endswith('.xml') or n.endswith('.rels'):
            t = xml_text(z.read(n))
            if not n.endswith('.rels') and not n.startswith(('[Content', 'META-INF')):
                txt.append(t)
    return '\n'.join(txt)


def file_text(name, data, problems, where, charset=None):
    """Open one attachment (recursively for ZIP and mails); return its text."""
    low = name.lower()
    if low.endswith('.pdf'):
        t = pdf_text(data)
        if not t.strip():
            problems.append(f'{where}: {name} has no text layer')
        return t
    if low.endswith(('.docx', '.xlsx', '.odt', '.ods')):
        return office_text(name, data, problems, where)
    if low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return '\n'.join(file_text(n, z.read(n), problems, f'{where}/{name}')
                         for n in z.namelist() if not n.endswith('/'))
    if low.endswith('.eml'):
        return check_message(data, problems, f'{where}/{name}', top=False)['text']
    if low.endswith('.ics'):
        t = data.decode(charset or 'utf-8').replace('\r\n ', '')
        if not (t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR')):
            problems.append(f'{where}: {name} is not a calendar')
        return t
    if low.endswith(('.csv', '.txt', '.html', '.htm')):
        if charset:
            return data.decode(charset)
        try:
            return data.decode('utf-8')
        except UnicodeDecodeError:
            return data.decode('windows-1252')
    problems.append(f'{where}: cannot open {name}')
    return ''


HOST_RE = re.compile(r'[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)|https?://([^/\s"\'<>)]+)|\bwww\.([A-Za-z0-9.-]+[A-Za-z0-9])')
IBAN_RE = re.compile(r'\b(' + '|'.join(IBAN_LEN) + r')(\d{2})((?:[ ]?[A-Z0-9]){8,32})')


def scan_text(t, problems, where, stats):
    for m in HOST_RE.finditer(t):
        host = (m.group(1) or m.group(2) or ('www.' + m.group(3) if m.group(3) else '')).lower()
        host = host.split(':')[0].rstrip('.,;')
        if host and not host.endswith('.example'):
            problems.append(f'{where}: host {host} is not .example')
    for m in IBAN_RE.finditer(t):
        cc = m.group(1)
        compact = (cc + m.group(2) + m.group(3)).replace(' ', '')[:IBAN_LEN[cc]]
        if len(compact) < IBAN_LEN[cc]:
            continue
        stats['iban'] += 1
        if not iban_ok(compact):
            problems.append(f'{where}: IBAN {compact} fails mod 97')


def walk(p):
    yield p
    if p.get_content_type() == 'message/rfc822':
        return
    if p.is_multipart():
        for s in p.get_payload():
            yield from walk(s)


def check_message(b, problems, where, top=True, stats=None):
    if b'\n' in b.replace(b'\r\n', b''):
        problems.append(f'{where}: bare LF')
    if b'\r' in b.replace(b'\r\n', b''):
        problems.append(f'{where}: bare CR')
    for ln in b.split(b'\r\n'):
        if len(ln) > 998:
            problems.append(f'{where}: line longer than 998')
    msg = BytesParser(policy=policy.default).parsebytes(b)
    texts = []
    info = {'msgid': msg['Message-ID'], 'text': '', 'ctypes': [], 'charsets': set(), 'ctes': set(),
            'atts': []}
    for h in ('From', 'To', 'Cc', 'Reply-To'):
        for v in msg.get_all(h, []):
            for _, a in getaddresses([str(v)]):
                if not a.lower().endswith('.example'):
                    problems.append(f'{where}: {h} address {a} not .example')
    if top:
        frm = parseaddr(str(msg['From']))[1]
        if not frm.endswith('@' + DOM):
            problems.append(f'{where}: not sent from {DOM}')
        if ' 2026 ' not in str(msg['Date']):
            problems.append(f'{where}: date not in 2026')
    texts.append(str(msg['Subject']))
    for part in walk(msg):
        for d in part.defects:
            problems.append(f'{where}: MIME defect {type(d).__name__}')
        ct = part.get_content_type()
        info['ctypes'].append(ct)
        if part.is_multipart() or ct == 'message/rfc822':
            if ct == 'message/rfc822':
                inner = part.get_payload()[0]
                info['atts'].append('eml')
                texts.append(check_message(inner.as_bytes(policy=policy.SMTP), problems,
                                           where + '/rfc822', top=False)['text'])
            continue
        cte = str(part.get('Content-Transfer-Encoding', '7bit')).lower()
        info['ctes'].add(cte)
        data = part.get_payload(decode=True)
        fn = part.get_filename()
        cs = part.get_content_charset()
        if ct.startswith('text/'):
            cs = cs or 'us-ascii'
            info['charsets'].add(cs)
            if cs not in ALLOWED_CHARSETS:
                problems.append(f'{where}: charset {cs}')
            try:
                data.decode(cs)
            except UnicodeDecodeError:
                problems.append(f'{where}: text part does not decode as {cs}')
        if fn:
            info['atts'].append(fn.rsplit('.', 1)[-1].lower())
            if fn.lower().endswith('.zip'):
                for n in zipfile.ZipFile(io.BytesIO(data)).namelist():
                    info['atts'].append('zip:' + n.rsplit('.', 1)[-1].lower())
            try:
                texts.append(file_text(fn, data, problems, where, cs))
            except Exception as e:  # noqa
                problems.append(f'{where}: attachment {fn} does not open: {e!r}')
        elif ct.startswith('text/'):
            texts.append(data.decode(cs, 'replace'))
        else:
            problems.append(f'{where}: unnamed non-text part {ct}')
    info['text'] = '\n'.join(texts)
    if top:
        scan_text(info['text'], problems, where, stats)
    return info


def check(files, labels):
    problems = []
    stats = {'iban': 0}
    on_disk_labels = open(os.path.join(HERE, 'labels.tsv'), 'rb').read()
    if on_disk_labels != labels:
        problems.append('labels.tsv differs from the generator')
    disk = sorted(f for f in os.listdir(os.path.join(HERE, 'mails')) if f.endswith('.eml'))
    if disk != sorted(files):
        problems.append('mails/ holds other files than the generator writes')
    ids = {}
    from collections import Counter
    lab, lang, kind, tops, cs_c, cte_c, att_c = (Counter() for _ in range(7))
    cross = Counter()
    for fn, b in sorted(files.items()):
        p = os.path.join(HERE, 'mails', fn)
        if not os.path.exists(p) or open(p, 'rb').read() != b:
            problems.append(f'{fn}: file on disk differs from rebuild')
        info = check_message(b, problems, fn, stats=stats)
        if info['msgid'] in ids:
            problems.append(f'{fn}: Message-ID also in {ids[info["msgid"]]}')
        ids[info['msgid']] = fn
        tops[info['ctypes'][0]] += 1
        for c in info['charsets']:
            cs_c[c] += 1
        for c in info['ctes']:
            cte_c[c] += 1
        for a in info['atts']:
            att_c[a] += 1
    rows = list(csv.reader(io.StringIO(labels.decode('utf-8')), delimiter='\t'))
    assert rows[0] == ['file', 'label', 'lang', 'kind', 'reason']
    for r in rows[1:]:
        lab[r[1]] += 1
        lang[r[2]] += 1
        kind[r[3]] += 1
        cross[(r[1], r[2])] += 1
        if r[1] == 'NORMAL' and not r[4].startswith(('trap:', 'grey:')):
            pass
    if dict(lab) != EXPECT:
        problems.append(f'label counts {dict(lab)} != {EXPECT}')
    if set(lang) - {'de', 'en', 'mixed'}:
        problems.append(f'unknown lang {set(lang)}')
    print(f'mails: {len(files)}  parsed OK, CRLF OK, Message-IDs unique: {len(ids) == len(files)}')
    print('labels:', ', '.join(f'{k} {lab[k]}' for k in EXPECT))
    print('lang:', ', '.join(f'{k} {v} ({100 * v / len(files):.0f} %)' for k, v in sorted(lang.items())))
    for L in EXPECT:
        print(f'  {L:22s}', '  '.join(f'{g} {cross[(L, g)]:3d}' for g in ('de', 'en', 'mixed')))
    print('kind:', ', '.join(f'{k} {v}' for k, v in kind.most_common()))
    print('top-level types:', ', '.join(f'{k} {v}' for k, v in tops.most_common()))
    print('charsets (mails using):', ', '.join(f'{k} {v}' for k, v in cs_c.most_common()))
    print('transfer encodings (mails using):', ', '.join(f'{k} {v}' for k, v in cte_c.most_common()))
    print('attachments:', ', '.join(f'{k} {v}' for k, v in sorted(att_c.items())))
    print('valid IBANs found:', stats['iban'])
    traps = sum(1 for r in rows[1:] if r[1] == 'NORMAL' and r[4].startswith('trap:'))
    greys = sum(1 for r in rows[1:] if r[4].startswith('grey:'))
    print(f'NORMAL traps: {traps}, grey decisions: {greys}')
    if problems:
        print(f'{len(problems)} PROBLEM(S):')
        for p in problems:
            print('  ' + p)
        return 1
    print('check: OK')
    return 0


def main():
    files, labels = build_all()
    if '--check' in sys.argv[1:]:
        sys.exit(check(files, labels))
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'mails')):
        if f.endswith('.eml') and f not in files:
            os.remove(os.path.join(HERE, 'mails', f))
    for fn, b in files.items():
        with open(os.path.join(HERE, 'mails', fn), 'wb') as fh:
            fh.write(b)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(labels)
    print(f'wrote {len(files)} mails and labels.tsv')


if __name__ == '__main__':
    main()
