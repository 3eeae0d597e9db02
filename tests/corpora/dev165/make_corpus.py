#!/usr/bin/env python3
"""Independent evaluation corpus dev165 for Siegel (150 fictitious outgoing mails).

Standard library only. `python3 make_corpus.py` writes mails/ and labels.tsv;
`python3 make_corpus.py --check` rebuilds everything in memory, compares byte for
byte with the files on disk and validates every mail and attachment.

All persons, companies, numbers, IBANs and addresses are invented; every host
name ends in `.example`.
"""
import base64, csv, datetime, hashlib, html.parser, io, os, quopri, re, sys, zipfile, zlib
import email, email.policy, email.utils
from email.header import Header
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd165-'
DOM = 'weserland.example'
CRLF = '\r\n'

# --------------------------------------------------------------------------- IBAN
IBAN_LEN = {'DE': 22, 'AT': 20, 'NL': 18, 'ES': 24, 'PT': 25, 'FR': 27, 'GB': 22, 'CH': 21,
            'IT': 27, 'BE': 16, 'LU': 20, 'PL': 28, 'DK': 18, 'IE': 22}


def _mod97(s):
    n = ''.join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban(cc, bban, grouped=True, lower=False):
    chk = 98 - _mod97(bban + cc + '00')
    s = f'{cc}{chk:02d}{bban}'
    assert len(s) == IBAN_LEN[cc], (cc, bban)
    if grouped:
        s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s.lower() if lower else s


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and _mod97(s[4:] + s[:4]) == 1


# --------------------------------------------------------------------------- file formats
FIXED_ZIP_TIME = (2026, 1, 2, 9, 30, 0)


def zip_bytes(members, stored_first=None):
    """members: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode('cp1252', errors='replace')
    out = bytearray()
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out += b'\\' + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b'\\%03o' % ch
        else:
            out.append(ch)
    return bytes(out)


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf_bytes(title, lines, date='20260110090000', author='Weserland Versicherungen'):
    """Hand-written PDF 1.4, Helvetica/WinAnsi, Flate-compressed text layer."""
    wrapped = []
    for ln in lines:
        wrapped.extend(_wrap(ln, 92) if ln else [''])
    pages = [wrapped[i:i + 52] for i in range(0, max(len(wrapped), 1), 52)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    for i, pl in enumerate(pages):
        pobj, cobj = 5 + 2 * i, 6 + 2 * i
        kids.append(pobj)
        cs = bytearray(b'BT\n/F1 10 Tf\n13 TL\n50 790 Td\n')
        if i == 0:
            cs += b'/F1 13 Tf\n(' + _pdf_str(title) + b') Tj\nT* T*\n/F1 10 Tf\n'
        for ln in pl:
            cs += b'(' + _pdf_str(ln) + b') Tj T*\n'
        cs += b'ET\n'
        comp = zlib.compress(bytes(cs), 9)
        objs[cobj] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + comp + b'\nendstream'
        objs[pobj] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> '
                      b'/Contents %d 0 R >>' % cobj)
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % n_pages
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = (b'<< /Title (' + _pdf_str(title) + b') /Author (' + _pdf_str(author) + b') /Producer (Weserland DocGen 3.2) '
               b'/CreationDate (D:' + date.encode() + b'+01\'00\') >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for k in range(1, size):
        out += b'%010d 00000 n \n' % offs[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref)
    return bytes(out)


def _core_xml(title, author, created='2026-01-05T08:00:00Z'):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            '</cp:coreProperties>')


def docx_bytes(paras, title='Dokument', author='Weserland Versicherungen'):
    """paras: str | ('h', str) | ('table', rows)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []

    def run(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r>'
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'h':
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run(p[1], True)}</w:p>')
        elif isinstance(p, tuple) and p[0] == 'table':
            rows = ''.join('<w:tr>' + ''.join(f'<w:tc><w:p>{run(str(c))}</w:p></w:tc>' for c in r) + '</w:tr>'
                           for r in p[1])
            body.append(f'<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/>'
                        f'<w:bottom w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>{rows}</w:tbl>')
        else:
            body.append(f'<w:p>{run(p)}</w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>{"".join(body)}'
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
    return zip_bytes([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                      ('word/document.xml', doc.encode()), ('docProps/core.xml', _core_xml(title, author).encode())])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets, author='Weserland Versicherungen'):
    """sheets: list of (name, rows); numbers become numeric cells, everything else inline strings."""
    S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    members = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f'{_col(c)}{r}'
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            xr.append(f'<row r="{r}">{"".join(cells)}</row>')
        sx = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{S}">'
              f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
        members.append((f'xl/worksheets/sheet{i}.xml', sx.encode()))
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{i}" r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="{R}/worksheet" Target="worksheets/sheet{i}.xml"/>')
        ct_over.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    wb = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{S}" xmlns:r="{R}">'
          f'<sheets>{"".join(wb_sheets)}</sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{"".join(wb_rels)}</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join(ct_over) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return zip_bytes([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                      ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', wbr.encode())]
                     + members + [('docProps/core.xml', _core_xml(sheets[0][0], author).encode())])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:office-value="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')


def _odf(mime, body_xml, title):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS} office:version="1.2">'
               f'<office:body>{body_xml}</office:body></office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODF_NS} office:version="1.2"><office:meta>'
            f'<dc:title>{xesc(title)}</dc:title><meta:creation-date>2026-01-05T08:00:00</meta:creation-date>'
            '<meta:generator>Weserland DocGen 3.2</meta:generator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_bytes([('mimetype', mime.encode()), ('content.xml', content.encode()), ('meta.xml', meta.encode()),
                      ('META-INF/manifest.xml', manifest.encode())], stored_first='mimetype')


def odt_bytes(paras, title='Dokument'):
    xs = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'h':
            xs.append(f'<text:h text:outline-level="1">{xesc(p[1])}</text:h>')
        else:
            xs.append(f'<text:p>{xesc(p)}</text:p>')
    return _odf('application/vnd.oasis.opendocument.text', f'<office:text>{"".join(xs)}</office:text>', title)


def ods_bytes(sheets, title='Tabelle'):
    ts = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
            xr.append(f'<table:table-row>{"".join(cells)}</table:table-row>')
        ts.append(f'<table:table table:name="{xesc(name)}">{"".join(xr)}</table:table>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet', f'<office:spreadsheet>{"".join(ts)}</office:spreadsheet>', title)


def csv_bytes(rows, encoding='utf-8', delim=';', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + data) if bom else data


def ics_bytes(uid, start, end, summary, location='', description='', organizer='', attendees=(), method='REQUEST'):
    def fold(line):
        b = line.encode('utf-8')
        out, cur = [], b''
        for ch in line:
            e = ch.encode('utf-8')
            if len(cur) + len(e) > 73:
                out.append(cur)
                cur = b' ' + e
            else:
                cur += e
        out.append(cur)
        return b'\r\n'.join(out)

    def tx(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Weserland Versicherungen//Kalender 2026//DE', f'METHOD:{method}',
         'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20260102T080000Z', f'DTSTART;TZID=Europe/Berlin:{start}',
         f'DTEND;TZID=Europe/Berlin:{end}', f'SUMMARY:{tx(summary)}']
    if location:
        L.append(f'LOCATION:{tx(location)}')
    if description:
        L.append(f'DESCRIPTION:{tx(description)}')
    if organizer:
        L.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    for cn, addr in attendees:
        L.append(f'ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{addr}')
    L += ['END:VEVENT', 'END:VCALENDAR']
    return b'\r\n'.join(fold(x) for x in L) + b'\r\n'


# --------------------------------------------------------------------------- MIME
def enc_header(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, 'utf-8', maxlinelen=76).encode(linesep='\r\n')


def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset='utf-8')


def fmt_addrs(v):
    if v is None:
        return None
    if isinstance(v, tuple):
        v = [v]
    return ', '.join(fmt_addr(p) for p in v)


def _lf2crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def encode_body(data, cte):
    if cte == 'base64':
        return _lf2crlf(base64.encodebytes(data))
    if cte == 'quoted-printable':
        q = quopri.encodestring(data.replace(b'\r\n', b'\n'))
        if not q.endswith(b'\n'):
            q += b'\n'
        return _lf2crlf(q)
    if cte in ('7bit', '8bit'):
        d = _lf2crlf(data)
        if not d.endswith(b'\r\n'):
            d += b'\r\n'
        if cte == '7bit':
            d.decode('ascii')
        assert all(len(l) <= 998 for l in d.split(b'\r\n'))
        return d
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        h = ''.join(f'{k}: {v}\r\n' for k, v in self.headers)
        return h.encode('ascii') + b'\r\n' + self.body


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', flowed=False):
    data = text.encode(charset)
    ct = f'text/{subtype}; charset="{charset}"' + ('; format=flowed' if flowed else '')
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', cte)], encode_body(data, cte))


CTYPES = {'pdf': 'application/pdf', 'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'odt': 'application/vnd.oasis.opendocument.text', 'ods': 'application/vnd.oasis.opendocument.spreadsheet',
          'zip': 'application/zip', 'csv': 'text/csv', 'ics': 'text/calendar', 'html': 'text/html', 'htm': 'text/html',
          'txt': 'text/plain', 'eml': 'message/rfc822', 'jpg': 'image/jpeg'}


def _fname_param(fn):
    if all(ord(c) < 128 for c in fn):
        return f'filename="{fn}"'
    return "filename*=utf-8''" + ''.join(c if (c.isalnum() and ord(c) < 128) or c in '.-_' else
                                         ''.join(f'%{b:02X}' for b in c.encode('utf-8')) for c in fn)


def att_part(fn, data, ctype=None):
    ext = fn.rsplit('.', 1)[-1].lower()
    ctype = ctype or CTYPES[ext]
    fp = _fname_param(fn)
    if ctype == 'message/rfc822':
        return Part([('Content-Type', 'message/rfc822'), ('Content-Disposition', f'attachment; {fp}')],
                    _lf2crlf(data) if data.endswith(b'\n') else _lf2crlf(data) + b'\r\n')
    params = ''
    cs = None
    if isinstance(data, tuple):
        data, cs = data
    if ctype.startswith('text/') or cs:
        params = f'; charset="{cs or "utf-8"}"'
        if ctype == 'text/calendar':
            params += '; method=REQUEST'
    nm = f'; name="{fn}"' if all(ord(c) < 128 for c in fn) else ''
    return Part([('Content-Type', f'{ctype}{params}{nm}'), ('Content-Disposition', f'attachment; {fp}'),
                 ('Content-Transfer-Encoding', 'base64')], encode_body(data, 'base64'))


def multipart(subtype, parts, boundary):
    body = b''
    for p in parts:
        body += b'--' + boundary.encode() + b'\r\n' + p.bytes() + b'\r\n'
    body += b'--' + boundary.encode() + b'--\r\n'
    return Part([('Content-Type', f'multipart/{subtype};\r\n\tboundary="{boundary}"')], body)


def build_message(m, n):
    tag = f'{n:04d}'
    parts_body = None
    cs, cte = m.get('charset', 'utf-8'), m.get('cte', 'quoted-printable')
    hcs, hcte = m.get('html_charset', cs), m.get('html_cte', cte)
    if m.get('body') is not None and m.get('html') is not None:
        parts_body = multipart('alternative', [text_part(m['body'], 'plain', cs, cte, m.get('flowed', False)),
                                               text_part(m['html'], 'html', hcs, hcte)], f'=_alt_{tag}_wl{n * 7919 % 100000:05d}')
    elif m.get('html') is not None:
        parts_body = text_part(m['html'], 'html', hcs, hcte)
    else:
        parts_body = text_part(m['body'], 'plain', cs, cte, m.get('flowed', False))
    atts = m.get('atts', [])
    if atts:
        aps = [att_part(*a) for a in atts]
        root = multipart('mixed', [parts_body] + aps, f'----=_NextPart_{tag}_{(n * 104729) % 0xFFFFFF:06X}.01DC{n:04X}')
    else:
        root = parts_body
    H = [('From', fmt_addrs(m['frm'])), ('To', fmt_addrs(m['to']))]
    if m.get('cc'):
        H.append(('Cc', fmt_addrs(m['cc'])))
    if m.get('reply_to'):
        H.append(('Reply-To', fmt_addrs(m['reply_to'])))
    H.append(('Subject', enc_header(m['subj'])))
    H.append(('Date', m['date']))
    H.append(('Message-ID', m['msgid']))
    if m.get('in_reply_to'):
        H.append(('In-Reply-To', m['in_reply_to']))
        H.append(('References', m['in_reply_to']))
    for k, v in m.get('hdrs', []):
        H.append((k, enc_header(v)))
    H.append(('MIME-Version', '1.0'))
    return Part(H + root.headers, root.body).bytes()


def inner_eml(frm, to, subj, date, msgid, body, charset='utf-8', cte='quoted-printable', atts=()):
    """A complete message used as message/rfc822 attachment."""
    m = dict(frm=frm, to=to, subj=subj, date=date, msgid=msgid, body=body, charset=charset, cte=cte, atts=list(atts))
    return build_message(m, int(hashlib.md5(msgid.encode()).hexdigest()[:4], 16))


# --------------------------------------------------------------------------- people
STAFF = {
    'brockmann': ('Lena Brockmann', 'lena.brockmann', 'Personalgewinnung & Recruiting', 'Talent Acquisition', '2214'),
    'hagedorn': ('Dr. Tobias Hagedorn', 'tobias.hagedorn', 'Leiter Personal', 'Head of Human Resources', '2200'),
    'aydin': ('Merve Aydın', 'merve.aydin', 'Personalbetreuung & Onboarding', 'HR Business Partner / Onboarding', '2231'),
    'feldkamp': ('Jonas Feldkamp', 'jonas.feldkamp', 'Entgeltabrechnung', 'Payroll', '2247'),
    'lueders': ('Kathrin Lüders', 'kathrin.lueders', 'Ausbildung & duales Studium', 'Apprenticeships', '2260'),
    'okafor': ('Daniel Okafor', 'daniel.okafor', 'Talent Acquisition IT & International', 'Talent Acquisition IT & International', '2219'),
    'wendt': ('Pascal Wendt', 'pascal.wendt', 'IT-Servicedesk', 'IT Service Desk', '1180'),
    'janssen': ('Heike Janßen', 'heike.janssen', 'Facility Management', 'Facility Management', '1402'),
    'imhoff': ('Dr. med. Frauke Imhoff', 'frauke.imhoff', 'Gesellschaftsärztin Krankenversicherung', 'Medical Officer, Health Insurance', '3105'),
    'kroeger': ('Sven Kröger', 'sven.kroeger', 'Leistungsservice Krankenversicherung', 'Health Claims', '3141'),
    'reimers': ('Anja Reimers', 'anja.reimers', 'Vertragsservice Leben', 'Life Policy Services', '3320'),
    'sievers': ('Malte Sievers', 'malte.sievers', 'Leistungsprüfung Berufsunfähigkeit', 'Disability Claims', '3362'),
    'kuhlmann': ('Svenja Kuhlmann', 'svenja.kuhlmann', 'Risikoprüfung Leben/BU', 'Life Underwriting', '3377'),
    'pohl': ('Marco Pohl', 'marco.pohl', 'Leistung Unfallversicherung', 'Accident Claims', '3410'),
    'albers': ('Dennis Albers', 'dennis.albers', 'Kfz-Schadenservice', 'Motor Claims', '4120'),
    'renken': ('Claudia Renken', 'claudia.renken', 'Sachschaden Privatkunden', 'Property Claims', '4215'),
    'thiele': ('Oliver Thiele', 'oliver.thiele', 'Haftpflicht-Schaden', 'Liability Claims', '4233'),
    'harms': ('Birte Harms', 'birte.harms', 'Rechtsschutz-Leistung', 'Legal Expenses Claims', '4301'),
    'demir': ('Yusuf Demir', 'yusuf.demir', 'Reiseversicherung & Assistance', 'Travel Insurance & Assistance', '4377'),
    'gerdes': ('Henrik Gerdes', 'henrik.gerdes', 'Firmenkunden Komposit', 'Commercial Lines', '4502'),
    'brandt': ('Nicole Brandt', 'nicole.brandt', 'Maklerbetreuung Nord', 'Broker Relations North', '5110'),
    'stenzel': ('Dr. Ralf Stenzel', 'ralf.stenzel', 'Datenschutzbeauftragter', 'Data Protection Officer', '1020'),
    'wiechmann': ('Julia Wiechmann', 'julia.wiechmann', 'Unternehmenskommunikation', 'Corporate Communications', '1050'),
    'meyerkoch': ('Torsten Meyer-Koch', 'torsten.meyer-koch', 'Einkauf', 'Procurement', '1310'),
    'behrens': ('Ines Behrens', 'ines.behrens', 'Kundenservice', 'Customer Service', '6000'),
    'vogt': ('Dr. Katharina Vogt', 'katharina.vogt', 'Aktuariat Leben/Kranken', 'Actuarial Life & Health', '3010'),
    'whitfield': ('Emma Whitfield', 'emma.whitfield', 'International Health – Expat Services', 'International Health – Expat Services', '3190'),
    'ostendorf': ('Jan Ostendorf', 'jan.ostendorf', 'IT-Sicherheit', 'IT Security', '1195'),
}


def P(key):
    s = STAFF[key]
    return (s[0], f'{s[1]}@{DOM}')


def sig(key, lang='de', short=False, footer=True):
    name, local, t_de, t_en, ext = STAFF[key]
    if short:
        return f'\n\n{name.split()[-2] if name.startswith("Dr") else name.split()[0]}'
    if lang == 'de':
        s = (f'\n\nMit freundlichen Grüßen\n\n{name}\n{t_de}\n\nWeserland Versicherungen\n'
             f'Am Speicherhafen 12, 28217 Bremen\nTelefon +49 421 5570-{ext}\n{local}@{DOM}')
    else:
        s = (f'\n\nKind regards\n\n{name}\n{t_en}\n\nWeserland Versicherungen\n'
             f'Am Speicherhafen 12, 28217 Bremen, Germany\nPhone +49 421 5570-{ext}\n{local}@{DOM}')
    if footer:
        s += FOOT_DE if lang == 'de' else FOOT_EN
    return s


FOOT_DE = ('\n\n--\nWeserland Allgemeine Versicherung AG | Weserland Lebensversicherung AG | Weserland Krankenversicherung AG\n'
           'Sitz Bremen, Amtsgericht Bremen HRB 40917 | Vorstand: Dr. Hauke Tiedemann (Vors.), Miriam Colberg, Arne Vosskuhl\n'
           'Vorsitzender des Aufsichtsrats: Prof. Dr. Gerold Ammermann\n\n'
           'Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht '
           'der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort '
           'den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe '
           'dieser Mail sind nicht gestattet.')
FOOT_EN = ('\n\n--\nWeserland Versicherungen, Am Speicherhafen 12, 28217 Bremen, Germany\n'
           'Registered office Bremen, Local Court Bremen HRB 40917. Management Board: Dr. Hauke Tiedemann (Chair), '
           'Miriam Colberg, Arne Vosskuhl\n\n'
           'This e-mail may contain confidential and/or privileged information. If you are not the intended '
           'recipient (or have received this e-mail in error) please notify the sender immediately and destroy '
           'this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is '
           'strictly forbidden.')

# --------------------------------------------------------------------------- corpus
MAILS = []
_T0 = datetime.datetime(2026, 1, 5, 7, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


def add(label, lang, kind, reason, frm, to, subj, body=None, **kw):
    n = len(MAILS) + 1
    assert label in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'), label
    assert lang in ('de', 'en', 'mixed'), lang
    if 'date' not in kw:
        minutes = (n - 1) * 1607 + (n * 37 % 53) * 11
        d = _T0 + datetime.timedelta(minutes=minutes)
        if d.weekday() >= 5:
            d += datetime.timedelta(days=7 - d.weekday())
        if d.hour >= 18 or d.hour < 7:
            d = d.replace(hour=7 + n % 10)
        if d.month >= 4:  # CEST
            d = d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
        kw['date'] = email.utils.format_datetime(d)
    h = hashlib.sha1(f'{PREFIX}{n}'.encode()).hexdigest()
    kw.setdefault('msgid', f'<{h[:8].upper()}.{h[8:14]}.{PREFIX}{n:04d}@mx1.{DOM}>')
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, subj=subj, body=body, **kw))


O16 = [('X-Mailer', 'Microsoft Outlook 16.0')]
TB = [('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0')]

# =========================================================================== MAILS
# ---- 0001
add('NORMAL', 'de', 'internal', 'trap: open-positions list for claims jobs asks for ICD-10/GOÄ skills; no person',
    P('brockmann'), [('Führungskräfte Leistung', f'fk-leistung@{DOM}')], 'Offene Stellen KW 2 – Stand Recruiting',
    '''Hallo zusammen,

hier der wöchentliche Stand zu unseren offenen Stellen im Bereich Leistung:

1) Sachbearbeiter/in Leistungsprüfung Krankenversicherung (ambulant), Bremen, 2 Stellen
   Anforderungen: Ausbildung zur/zum Kauffrau/-mann für Versicherungen und Finanzanlagen oder MFA
   mit Abrechnungserfahrung; sicherer Umgang mit GOÄ/GOZ, Grundkenntnisse ICD-10-GM.
   Stand: 41 Bewerbungen, 6 Vorstellungsgespräche geplant (KW 3/4).

2) Fachkraft Pflegeberatung (Pflegepflichtversicherung), Teilzeit 30 Std.
   Anforderungen: examinierte Pflegefachkraft, Erfahrung in der Begutachtung nach SGB XI wünschenswert.
   Stand: 9 Bewerbungen, Ausschreibung läuft noch bis 31.01.

3) Beratungsarzt/-ärztin Berufsunfähigkeit (Honorarbasis)
   Stand: Gespräch mit der Personalberatung am Donnerstag, danach Longlist.

4) Kfz-Schadenregulierer/in Innendienst – besetzt zum 01.03., Ausschreibung wird heute offline genommen.

Bitte gebt mir bis Freitag Rückmeldung, wer von euch bei den Gesprächen zu 1) dabei sein kann. Die
Bewerbungsunterlagen liegen wie immer nur im Bewerbermanagement-System, nicht im Postfach.

Viele Grüße
Lena''', hdrs=O16)

# ---- 0002
add('CONFIDENTIAL', 'de', 'insurer-to-applicant', "interview invitation quotes the applicant's salary expectation (income)",
    P('brockmann'), ('Jasmin Kordes', 'jasmin.kordes@posteo-mail.example'),
    'Ihre Bewerbung als Sachbearbeiterin Leistungsprüfung – Einladung zum Gespräch',
    '''Sehr geehrte Frau Kordes,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Weserland Versicherungen. Ihre Unterlagen haben
uns gefallen und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich ein am

    Dienstag, 20. Januar 2026, 10:00 Uhr
    Weserland Versicherungen, Am Speicherhafen 12, 28217 Bremen, Empfang Haus B

Ihre Gesprächspartner sind Frau Kirsten Bahr (Gruppenleitung Leistung ambulant) und ich. Planen Sie bitte
etwa 75 Minuten ein, inklusive einer kurzen Arbeitsprobe (Prüfung einer fiktiven Arztrechnung).

Vorab eine offene Frage: Sie nennen in Ihrem Anschreiben eine Gehaltsvorstellung von 46.500 EUR brutto
jährlich. Die Stelle ist in Tarifgruppe 5 des Tarifvertrags für das private Versicherungsgewerbe
eingruppiert; mit Ihren drei Berufsjahren läge das Jahresgehalt inklusive Sonderzahlungen bei rund
45.800 EUR. Lassen Sie uns gern im Gespräch darüber sprechen, ob das für Sie passt.

Bitte bestätigen Sie den Termin kurz per Antwortmail. Reisekosten erstatten wir Ihnen für die Anreise mit
öffentlichen Verkehrsmitteln.''' + sig('brockmann'), hdrs=O16)

# ---- 0003
add('STRICTLY_CONFIDENTIAL', 'de', 'internal', "forwarded cover letter discloses applicant's severe disability (GdB 50) and condition",
    P('brockmann'), [('Kirsten Bahr', f'kirsten.bahr@{DOM}')],
    'WG: Bewerbung Sachbearbeitung Leistung – Beteiligung SBV erforderlich',
    '''Hallo Kirsten,

anbei zur Info das Anschreiben von Herrn Wolff (Auszug unten). Da er eine Schwerbehinderung angibt, müssen
wir die Schwerbehindertenvertretung (Frau Lammers) beteiligen und ihn grundsätzlich zum Gespräch einladen
(§ 165 SGB IX gilt für uns zwar nicht direkt, wir handhaben es aber laut BV genauso). Fachlich passt er aus
meiner Sicht ohnehin gut.

Bitte die Info vertraulich behandeln und nicht in die Teamrunde geben.

Gruß Lena

-----Ursprüngliche Nachricht-----
Von: Benedikt Wolff <b.wolff@netzpost.example>
Gesendet: Montag, 5. Januar 2026 21:14
An: Karriere Weserland <karriere@weserland.example>
Betreff: Bewerbung Sachbearbeitung Leistung Krankenversicherung (Ref. 2026-014)

Sehr geehrte Damen und Herren,

[...] seit 2019 arbeite ich in der Abrechnung eines orthopädischen MVZ und kenne GOÄ und EBM daher aus
der Praxis. Der Offenheit halber möchte ich erwähnen, dass ich schwerbehindert bin (GdB 50, Multiple
Sklerose, schubförmiger Verlauf, derzeit stabil unter Therapie). Im Arbeitsalltag bin ich nicht
eingeschränkt; ich würde mir lediglich die Möglichkeit wünschen, an einzelnen Tagen mobil zu arbeiten,
wenn eine Infusion ansteht. [...]

Mit freundlichen Grüßen
Benedikt Wolff''', hdrs=O16)

# ---- 0004
_nl_txt = '''Weserland Newsletter Gesundheit | Januar 2026

Zähne gut, alles gut: Was die Zahnzusatzversicherung 2026 leistet

Professionelle Zahnreinigung, Füllungen, Implantate: Die gesetzliche Krankenkasse zahlt oft nur einen
Festzuschuss. Mit WeserZahn Plus erstatten wir bis zu 90 % für Zahnersatz und zweimal im Jahr die
professionelle Zahnreinigung – ohne Wartezeit bei Unfällen.

Neu ab 1. Februar:
- Kieferorthopädie für Kinder (KIG 1–2) bis 1.500 EUR
- Bleaching einmal in zwei Jahren bis 150 EUR
- Digitale Rechnungseinreichung per App: Foto der Zahnarztrechnung, fertig

Tipp: Heil- und Kostenplan vorab einreichen, dann wissen Sie vor der Behandlung, was wir übernehmen.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.weserland.example/newsletter/abmelden
Weserland Krankenversicherung AG, Am Speicherhafen 12, 28217 Bremen'''
_nl_html = '''<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Weserland Newsletter Gesundheit</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b4f6c;color:#fff;padding:16px"><b>Weserland Newsletter Gesundheit</b> | Januar 2026</td></tr>
<tr><td style="padding:16px"><h1 style="font-size:20px">Zähne gut, alles gut</h1>
<p>Professionelle Zahnreinigung, Füllungen, Implantate: Die gesetzliche Krankenkasse zahlt oft nur einen
Festzuschuss. Mit <b>WeserZahn Plus</b> erstatten wir bis zu 90&nbsp;% für Zahnersatz und zweimal im Jahr die
professionelle Zahnreinigung.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Leistung</th><th>WeserZahn</th><th>WeserZahn Plus</th></tr>
<tr><td>Zahnersatz</td><td>70 %</td><td>90 %</td></tr>
<tr><td>Prof. Zahnreinigung</td><td>1× jährlich</td><td>2× jährlich</td></tr>
<tr><td>Kieferorthopädie Kinder (KIG 1–2)</td><td>–</td><td>bis 1.500 EUR</td></tr>
<tr><td>Bleaching</td><td>–</td><td>150 EUR / 2 Jahre</td></tr>
</table>
<p>Tipp: Heil- und Kostenplan vorab einreichen – per App einfach die Zahnarztrechnung fotografieren.</p>
<p style="font-size:11px;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.weserland.example/newsletter/abmelden">Abmelden</a><br>
Weserland Krankenversicherung AG, Am Speicherhafen 12, 28217 Bremen</p></td></tr></table>
</body></html>'''
add('NORMAL', 'de', 'newsletter', 'trap: dental product newsletter (Zahnersatz, Kieferorthopädie), no person',
    ('Weserland Versicherungen', f'newsletter@{DOM}'), ('Weserland Kundinnen und Kunden', f'newsletter@{DOM}'),
    'Zahnzusatz 2026: Mehr Leistung für Ihr Lächeln', _nl_txt, html=_nl_html,
    hdrs=[('List-Unsubscribe', '<https://www.weserland.example/newsletter/abmelden>'), ('Precedence', 'bulk')])

# ---- 0005
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'health claim settlement: physiotherapy with ICD M54.5, named insured',
    P('kroeger'), ('Gerhard Pieper', 'g.pieper@t-netmail.example'), 'Ihre Rechnung Krankengymnastik – Erstattung',
    '''Sehr geehrter Herr Pieper,

wir haben Ihre eingereichten Rechnungen der Physiotherapiepraxis Meinken geprüft (Versicherungsnummer
KV 7712-448190, Tarif WeserMed Komfort).

Verordnung vom 14.11.2025, Diagnose: M54.5 Kreuzschmerz, 12 x Krankengymnastik, 6 x Fango

Rechnungsbetrag:      612,00 EUR
erstattungsfähig:     538,80 EUR (Fango über Höchstsatz unserer Heilmittelliste)
Selbstbehalt 2026:    300,00 EUR (bereits mit dieser Rechnung verrechnet)
Auszahlung:           238,80 EUR

Den Betrag überweisen wir in den nächsten Tagen auf Ihr bekanntes Konto. Für die weiteren sechs
Behandlungen der Folgeverordnung benötigen wir keinen neuen Antrag.

Mit freundlichen Grüßen

Sven Kröger
Leistungsservice Krankenversicherung
Weserland Krankenversicherung AG''', charset='iso-8859-1', cte='quoted-printable')

# ---- 0006
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'motor claim: named customer, claim number, plate, nobody hurt',
    P('albers'), ('Tanja Möhlmann', 'tanja.moehlmann@mailbox-nord.example'),
    'Schaden 26-K-0041187 – Parkrempler vom 03.01.2026',
    '''Guten Tag Frau Möhlmann,

danke für Ihre Schadenmeldung. Ich habe den Vorgang unter der Schadennummer 26-K-0041187 angelegt.

Versicherter Pkw: VW Golf, HB-TM 418, Vertrag KF-3390217
Schadentag: 03.01.2026, Parkplatz Einkaufszentrum Weserpark
Ihre Angabe: beim Ausparken den Audi des Anspruchstellers (Herr Ruschmeyer) am hinteren Kotflügel berührt,
niemand verletzt.

Wir regulieren den Schaden des Gegners direkt über Ihre Haftpflicht. Ihre Schadenfreiheitsklasse wird
nur dann zurückgestuft, wenn der Betrag über 500 EUR liegt – Sie können den Schaden dann innerhalb von
sechs Monaten selbst erstatten, wir schicken Ihnen dazu nach Abschluss eine Mitteilung.

Fotos vom eigenen Fahrzeug brauchen wir nicht, die Vollkasko ist nicht betroffen.''' + sig('albers'), hdrs=TB, cte='8bit')

# ---- 0007
_ics7 = ics_bytes('int-2026-031@weserland.example', '20260122T150000', '20260122T160000',
                  'Interview: Cloud Platform Engineer (Ref. IT-2026-031)', 'Microsoft Teams (link in description)',
                  'Join: https://meet.weserland.example/j/8841207733\nInterviewers: Daniel Okafor, Rasmus Eilers (Head of Platform)',
                  ('Daniel Okafor', f'daniel.okafor@{DOM}'), [('Priya Raghunathan', 'priya.r@inboxly.example')])
add('NORMAL', 'en', 'insurer-to-applicant', 'grey: interview invitation to a named applicant, no birth date, income or health data',
    P('okafor'), ('Priya Raghunathan', 'priya.r@inboxly.example'), 'Interview invitation – Cloud Platform Engineer',
    '''Dear Priya,

thank you for your application for the Cloud Platform Engineer role. We'd like to invite you to a first
video interview on Thursday, 22 January 2026, 15:00-16:00 CET. The calendar invitation is attached.

The first half is a conversation about your background and what you're looking for; in the second half
Rasmus Eilers, our Head of Platform, will walk you through a small architecture scenario (no live coding).
You do not need to prepare anything.

If the slot does not work for you, just reply with two or three alternatives.

Looking forward to speaking with you,
Daniel''' + sig('okafor', 'en', footer=False),
    atts=[('invite.ics', _ics7)])

# ---- 0008
_offer = pdf_bytes('Offer of Employment – Weserland Versicherungen', [
    'Bremen, 13 January 2026', '', 'Mr Tomasz Wieczorek', 'ul. Jasna 14/6', '50-123 Wroclaw, Poland', '',
    'Offer of employment: Senior Data Engineer (Ref. IT-2026-009)', '',
    'Dear Mr Wieczorek,', '',
    'Following our interviews we are pleased to offer you the position of Senior Data Engineer in our Data & Analytics '
    'department, reporting to Dr. Henrike Saathoff.', '',
    'Start date: 1 April 2026 (negotiable)', 'Place of work: Bremen, hybrid (up to 3 days remote per week)',
    'Annual base salary: EUR 78,000 gross, paid in 12 instalments',
    'Variable pay: up to 10 % of base salary (target agreement)',
    'Relocation allowance: EUR 6,500 one-off, plus 3 months temporary apartment',
    'Probation period: 6 months', 'Holidays: 30 working days',
    'Date of birth (as per your passport): 11 September 1990', '',
    'This offer is subject to a valid EU Blue Card / right to work and is valid until 10 February 2026.', '',
    'Dr. Tobias Hagedorn, Head of Human Resources'])
add('CONFIDENTIAL', 'en', 'insurer-to-applicant', 'harmless body; salary, relocation allowance and birth date only in the PDF offer letter',
    P('okafor'), ('Tomasz Wieczorek', 'tomasz.wieczorek@pocztamail.example'), 'Your offer – Weserland Versicherungen',
    '''Hi Tomasz,

great news – as discussed on the phone, please find our written offer attached. Take your time to read
it; I'm happy to jump on a call if anything is unclear, especially around the Blue Card process and the
relocation support.

Best,
Daniel''' + sig('okafor', 'en'), atts=[('Offer_Wieczorek_Senior_Data_Engineer.pdf', _offer)], hdrs=O16)

# ---- 0009
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor', 'expat health: request for medical report on named insured (suspected appendicitis, surgery)',
    P('whitfield'), ('Dr. Rui Carvalho', 'r.carvalho@clinica-estrela.example'),
    'Medical report request – our member Mr. Lukas Brandes, policy EX-204417',
    '''Dear Dr. Carvalho,

Weserland Versicherungen provides international health cover for Mr. Lukas Brandes (date of birth
02/05/1987, policy EX-204417), who was admitted to Clínica Estrela on 12 January 2026 with acute
abdominal pain and underwent a laparoscopic appendectomy the next day.

To settle the hospital invoice directly with your billing department, we kindly ask for:

  - the discharge summary including final diagnosis (ICD-10) and procedure,
  - the histology result, if available,
  - confirmation of the length of stay (planned discharge 16 January).

Mr. Brandes has signed a release of medical confidentiality, a copy of which is attached to our portal
message of 13 January. Please send the documents through our secure portal
(https://securemail.weserland.example) rather than by regular e-mail.

Thank you for your support.''' + sig('whitfield', 'en'))

# ---- 0010
_pf = docx_bytes([('h', 'Personalfragebogen für neue Mitarbeitende'), 'Bitte vollständig ausfüllen und am ersten Arbeitstag mitbringen.',
                  ('table', [['Name, Vorname', ''], ['Geburtsname', ''], ['Geburtsdatum / Geburtsort', ''],
                             ['Anschrift', ''], ['Steuer-Identifikationsnummer', ''], ['Sozialversicherungsnummer', ''],
                             ['Krankenkasse (gesetzlich / privat)', ''], ['Schwerbehinderung ja/nein, GdB', ''],
                             ['Konfession (für Kirchensteuer)', ''], ['IBAN / Kreditinstitut', ''],
                             ['Notfallkontakt (Name, Telefon)', ''], ['Vermögenswirksame Leistungen (Vertrag beifügen)', '']]),
                  'Datenschutzhinweis: Die Angaben werden ausschließlich zur Durchführung des Beschäftigungsverhältnisses '
                  'verarbeitet (Art. 88 DSGVO, § 26 BDSG).', 'Stand: 01/2026, Personal'], title='Personalfragebogen')
add('NORMAL', 'de', 'internal', 'trap: blank staff questionnaire (DOCX) with fields for birth date, IBAN, disability, religion – no data filled in',
    P('aydin'), [('Team Personalbetreuung', f'personalbetreuung@{DOM}')], 'Neue Version Personalfragebogen 01/2026',
    '''Liebe Kolleginnen und Kollegen,

anbei die überarbeitete Vorlage des Personalfragebogens. Geändert haben sich:

- Feld „Krankenkasse" unterscheidet jetzt gesetzlich / privat (wegen Arbeitgeberzuschuss)
- neuer Datenschutzhinweis nach Rückmeldung von Dr. Stenzel
- das Feld „Vorstrafen" ist entfallen – das fragen wir nur noch über das Führungszeugnis ab, und nur bei den
  Stellen, bei denen es laut Liste erforderlich ist

Bitte ab sofort nur noch diese Version in die Willkommensmappen legen und die alten Ausdrucke entsorgen
(Datenschutztonne, nicht Altpapier 🙂).

Danke & viele Grüße
Merve''', atts=[('Personalfragebogen_2026-01.docx', _pf)], hdrs=O16)

# ---- 0011
_payx = xlsx_bytes([('Eintritte 02-2026', [
    ['Personalnr.', 'Name', 'Vorname', 'Geburtsdatum', 'Eintritt', 'Kostenstelle', 'Tarifgruppe', 'Monatsgehalt brutto', 'IBAN', 'Steuer-ID'],
    [104877, 'Kordes', 'Jasmin', '17.06.1996', '01.02.2026', '3140', 'TG 5 / 3. BJ', 3520, iban('DE', '29050101' + '0081420377'), '57 284 913 406'],
    [104878, 'Yilmaz', 'Emre', '03.12.1988', '01.02.2026', '4120', 'TG 6 / 8. BJ', 4385, iban('DE', '44030010' + '3302188415'), '81 039 552 174'],
    [104879, 'Hollmann', 'Greta', '29.08.2001', '01.02.2026', '6000', 'TG 4 / 1. BJ', 3045, iban('DE', '12250501' + '0004477019'), '26 710 438 925'],
])])
add('CONFIDENTIAL', 'de', 'internal', 'payroll master data of three new hires (birth dates, salaries, IBANs, tax IDs) only in XLSX',
    P('aydin'), [P('feldkamp')], 'Stammdaten Eintritte Februar',
    '''Hi Jonas,

wie besprochen die Stammdaten für die drei Eintritte zum 01.02. Die Kirchensteuermerkmale ziehst du ja über
ELStAM, die habe ich bewusst nicht mit aufgenommen. Sozialversicherungsnummern reiche ich nach, sobald
die Meldebestätigungen da sind.

LG Merve''', atts=[('Stammdaten_Eintritte_2026-02.xlsx', _payx)], hdrs=O16)

# ---- 0012
add('NORMAL', 'de', 'internal', 'trap: ICD-10-GM 2026 code update note for claims staff, codes without any person',
    P('imhoff'), [('Leistung Kranken – alle', f'leistung-kv@{DOM}')], 'ICD-10-GM 2026: Was sich für die Leistungsprüfung ändert',
    '''Liebe Kolleginnen und Kollegen,

zum 1. Januar ist die ICD-10-GM Version 2026 in Kraft getreten. Für unsere Prüfpraxis relevant:

* U-Kapitel: U10.9 (Post-COVID) bleibt, neue Zusatzkennzeichen für Long-COVID-Folgezustände.
* F-Kapitel: Präzisierungen bei F43.8 (sonstige Reaktionen auf schwere Belastung), bitte in den
  Prüfregeln für Psychotherapie-Anträge berücksichtigen.
* M-Kapitel: keine inhaltlichen Änderungen, M54.- weiterhin häufigster Code in der Heilmittelprüfung.
* Kodierung mit Zusatzkennzeichen G (gesichert), V (Verdacht), Z (Zustand nach), A (ausgeschlossen) –
  Rechnungen mit V-Kennzeichen weiterhin wie bisher behandeln, nicht automatisch ablehnen.

Die Prüfregeln im Leistungssystem werden am 21.01. abends aktualisiert (Wartungsfenster 19–22 Uhr).
Fragen gern in die Sprechstunde am Mittwoch.

Viele Grüße
Frauke Imhoff''')

# ---- 0013
_ib13 = iban('DE', '29050101' + '0061884402')
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'household burglary settlement: named customer, policy, amount, IBAN',
    P('renken'), ('Familie Lüdemann', 'hauke.luedemann@mailbox-nord.example'), 'Einbruchdiebstahl vom 28.12.2025 – Abrechnung',
    f'''Sehr geehrter Herr Lüdemann,

Ihr Einbruchschaden (Hausrat, Vertrag HR-5510982, Schaden 25-H-0913354) ist abschließend geprüft.

Entwendet bzw. beschädigt:
  Notebook (Neuwert laut Rechnung)       1.249,00 EUR
  Spielekonsole inkl. Controller           589,00 EUR
  Schmuck (Wertsachen, Grenze 20 %)      2.400,00 EUR
  Reparatur Terrassentür                    876,40 EUR
  --------------------------------------------------
  Entschädigung                          5.114,40 EUR

Die Zahlung geht heute an das von Ihnen angegebene Konto
{_ib13} (Sparkasse Bremen, Kontoinhaber Hauke Lüdemann).

Sollten gestohlene Gegenstände wieder auftauchen, melden Sie sich bitte bei uns. Das Aktenzeichen der
Polizei (Einbruch 2025/118803) haben wir in der Akte vermerkt.''' + sig('renken'))

# ---- 0014
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital', 'cost coverage for named patient: planned hip replacement, ICD M16.1, DRG',
    P('kroeger'), ('Patientenverwaltung St. Ansgar', 'patientenverwaltung@ansgar-klinik.example'),
    'Kostenübernahmeerklärung – Frau Renate Schütte, Aufnahme 09.02.2026',
    '''Sehr geehrte Damen und Herren,

für unsere Versicherte

  Frau Renate Schütte, geb. 22.03.1954
  Versicherungsnummer KV 7708-120553, Tarif WeserMed Stationär 1-Bett / Chefarzt

übernehmen wir die Kosten der stationären Behandlung in Ihrem Haus ab 09.02.2026 im Rahmen der
tariflichen Leistungen.

Aufnahmediagnose: M16.1 G sonstige primäre Koxarthrose, rechts
Geplanter Eingriff: Implantation einer Hüft-Totalendoprothese (OPS 5-820.00), voraussichtlich DRG I47C

Die Kostenübernahme gilt für allgemeine Krankenhausleistungen, Wahlleistung Unterkunft Einbettzimmer und
wahlärztliche Leistungen. Bitte rechnen Sie direkt mit uns ab (Klinik-Card liegt vor).

Mit freundlichen Grüßen
Sven Kröger
Leistungsservice Krankenversicherung''' + FOOT_DE, hdrs=O16)

# ---- 0015
add('NORMAL', 'en', 'internal', 'grey: joiners named with start date and team for laptop provisioning; no personal data beyond that',
    P('okafor'), [P('wendt')], 'Hardware for March joiners',
    '''Hi Pascal,

quick heads-up for the March joiners in IT so you can order hardware in time:

- Tomasz Wieczorek, Data & Analytics, start 1 April (not March - visa pending), standard dev laptop + 2 screens
- Ana Lima, Platform team, start 2 March, MacBook please (team standard)
- Felix Onken, Service Desk (your team!), start 2 March, standard laptop + headset

All three will need the usual onboarding bundle: AD account, Teams, VPN token, badge request to
Facility. Ana will work remotely from Lisbon for the first two weeks, so could you ship her device to the
office and she picks it up on day 1? Or is there a way to pre-stage it for remote setup?

Thanks!
Daniel''', hdrs=O16, cte='7bit', charset='us-ascii')

# ---- 0016
add('NORMAL', 'de', 'insurer-to-broker', 'trap: broker portal registration with one-time password notice, no customer data',
    ('Weserland Maklerportal', f'maklerportal@{DOM}'), ('Frank Carstens', 'f.carstens@carstens-makler.example'),
    'Ihr Zugang zum Weserland Maklerportal',
    '''Sehr geehrter Herr Carstens,

für Ihre Firma Carstens & Partner Versicherungsmakler GmbH (Vermittlernummer 81-20455) wurde ein Zugang
zum Weserland Maklerportal eingerichtet. Sie sind als Makleradministrator eingetragen und können weitere
Benutzer Ihres Büros selbst anlegen und Bestandsrechte vergeben.

Benutzername: carstens.f
Ihr Einmal-Passwort erhalten Sie getrennt per SMS an die hinterlegte Mobilnummer.

Anmeldung: https://makler.weserland.example/login

Beim ersten Login werden Sie aufgefordert, ein eigenes Passwort und eine Sicherheitsfrage festzulegen.
Das Einmal-Passwort ist 72 Stunden gültig.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.

Weserland Versicherungen – Maklerservice''', hdrs=[('Auto-Submitted', 'auto-generated')], cte='8bit')

# ---- 0017
_csv17 = csv_bytes([['Personalnr.', 'Name', 'Steuerklasse', 'Kinderfreibeträge', 'Konfession', 'Schwerbehinderung', 'Nachweis bis', 'Bemerkung'],
                    ['104878', 'Yilmaz, Emre', '3', '1,0', 'keine', 'Gleichstellung (GdB 30)', '31.12.2028', 'Kündigungsschutz, kein Zusatzurlaub'],
                    ['104879', 'Hollmann, Greta', '1', '0', 'ev', 'nein', '', 'Werkstudentin bis 31.01., dann Festanstellung'],
                    ['104880', 'Schoof, Rainer', '4', '2,0', 'rk', 'ja (GdB 60)', 'unbefristet', 'Zusatzurlaub 5 Tage, Parkplatz EG beantragt']],
                   encoding='windows-1252')
add('STRICTLY_CONFIDENTIAL', 'de', 'internal', 'CSV only: religion (Konfession) and severe-disability status of named new hires for payroll',
    P('aydin'), [P('feldkamp')], 'Nachtrag Abrechnungsmerkmale Eintritte',
    '''Hallo Jonas,

hier noch die fehlenden Merkmale aus den Personalfragebögen, bevor die ELStAM-Abfrage durch ist (du
wolltest es ja für die Probeabrechnung schon haben). Die Nachweise zur Schwerbehinderung bzw.
Gleichstellung liegen in der Personalakte, Teil C (verschlossen).

Bitte die Datei nach Übernahme löschen.

Merve''', atts=[('Merkmale_Eintritte_02-2026.csv', (_csv17, 'windows-1252'), 'application/vnd.ms-excel')], hdrs=O16)

# ---- 0018
add('CONFIDENTIAL', 'en', 'insurer-to-supplier', "relocation brief for a new hire: birth dates, passport number, family members",
    P('okafor'), ('Sophie Clarke', 'sophie.clarke@movewell-relocation.example'),
    'Relocation package – Tomasz Wieczorek (start 1 April)',
    '''Hi Sophie,

we have a signed contract, so please go ahead with the relocation package "Comfort" for our new Senior
Data Engineer. Details for your team:

  Employee:   Tomasz Wieczorek, born 11 September 1990, Polish citizen
  Passport:   EK 4417302 (valid until 2031)
  Family:     wife Marta Wieczorek (born 2 February 1992), daughter Zofia (born 14 June 2021)
  Current address: ul. Jasna 14/6, 50-123 Wroclaw
  Arrival:    around 20 March 2026, temporary apartment from 20 March to 19 June

Services: home search (3-room, Bremen-Schwachhausen or Findorff, up to EUR 1,450 warm), registration
appointment (Bürgeramt), bank account opening, daycare search for Zofia. Blue Card is handled by our
immigration lawyer, not by you.

Please invoice Weserland Versicherungen, cost centre 2210, PO 4500187723.

Thanks,
Daniel''' + sig('okafor', 'en'), hdrs=O16)

# ---- 0019
_bu = xlsx_bytes([('BU incidence 2021-2025', [
    ['ICD-10 chapter', 'Description', 'New claims 2021', '2022', '2023', '2024', '2025', 'Share 2025'],
    ['F', 'Mental and behavioural disorders', 412, 455, 489, 517, 548, '37.6 %'],
    ['M', 'Musculoskeletal system', 301, 296, 287, 279, 268, '18.4 %'],
    ['C/D', 'Neoplasms', 188, 195, 203, 198, 207, '14.2 %'],
    ['I', 'Circulatory system', 97, 101, 95, 99, 92, '6.3 %'],
    ['G', 'Nervous system', 85, 90, 94, 101, 108, '7.4 %'],
    ['S/T', 'Injuries', 121, 117, 110, 106, 102, '7.0 %'],
    ['other', '(cells < 30 merged)', 140, 128, 135, 131, 133, '9.1 %'],
    ['Total', '', 1344, 1382, 1413, 1431, 1458, '100 %']]),
    ('Notes', [['Source: Weserland Leben disability claims database, extract 15.01.2026'],
               ['Counts of newly admitted claims; no individual data; cells below 30 merged into "other".']])])
add('NORMAL', 'en', 'insurer-to-partner', 'trap: aggregated disability incidence by ICD chapter for the reinsurer, no individual data',
    P('vogt'), ('Dr. Martin Schaefer', 'martin.schaefer@hanseatic-re.example'), 'BU treaty 2026 – incidence statistics by ICD chapter',
    '''Dear Martin,

as agreed in our treaty meeting, attached are the disability (BU) incidence figures for 2021-2025 by
ICD-10 chapter. Mental disorders continue to grow and are now well above a third of all new claims;
musculoskeletal claims keep declining slowly. All cells below 30 cases are merged, so the file contains
no individual claims.

We would like to discuss the proposed loading for the "F" chapter in the quota share at our call on
3 February. Could you send your own market comparison beforehand?

Best regards
Katharina''' + sig('vogt', 'en'), atts=[('BU_incidence_ICD_2021-2025.xlsx', _bu)])

# ---- 0020
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-therapist', 'disability claim: request to psychotherapist about named insured, depression F33.1',
    P('sievers'), ('Dipl.-Psych. Annette Kruse', 'praxis@psychotherapie-kruse.example'),
    'BU-Leistungsantrag Herr Christian Ahlers – Bitte um Befundbericht',
    '''Sehr geehrte Frau Kruse,

Herr Christian Ahlers (geb. 08.10.1979) hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung
(Vertrag BU 5520-331870) beantragt. Nach seinen Angaben befindet er sich seit Mai 2025 bei Ihnen in
Behandlung wegen einer rezidivierenden depressiven Störung, gegenwärtig mittelgradige Episode (F33.1).

Eine Schweigepflichtentbindung von Herrn Ahlers liegt uns vor (Kopie anbei im Portal). Wir bitten Sie um
einen kurzen Befundbericht zu folgenden Fragen:

1. Seit wann besteht die Erkrankung, welche Vorbehandlungen sind Ihnen bekannt?
2. Welche Symptome schränken die berufliche Tätigkeit (Projektleiter Bau, ca. 60 % Außendienst) aktuell ein?
3. Welche Therapie findet statt (Frequenz, Verfahren, Medikation durch den Facharzt)?
4. Wie schätzen Sie die Prognose für die nächsten sechs Monate ein?

Für den Bericht vergüten wir 85,00 EUR nach Rechnungsstellung. Bitte senden Sie ihn über unser
SecureMail-Portal oder per Post an die untenstehende Anschrift, nicht als normale E-Mail.''' + sig('sievers'), hdrs=O16)

# ---- 0021
_odt21 = odt_bytes([('h', 'Willkommenstag am 2. März 2026 – Ablauf'),
                    '08:45 Ankommen, Kaffee, Ausgabe der Mitarbeiterausweise (Empfang Haus B)',
                    '09:15 Begrüßung durch Dr. Tobias Hagedorn (Leiter Personal) und ein Vorstandsmitglied',
                    '09:45 Weserland in 45 Minuten: Sparten, Kunden, Vertriebswege',
                    '10:45 Pause',
                    '11:00 IT-Start: Laptop, Passwort, Multi-Faktor-Anmeldung, Phishing-Quiz',
                    '12:00 Mittagessen in der Kantine mit den Pat:innen',
                    '13:00 Datenschutz und Schweigepflicht: Warum wir Gesundheitsdaten besonders schützen (Dr. Ralf Stenzel)',
                    '13:45 Betriebsärztlicher Dienst stellt sich vor: Bildschirmarbeitsplatz-Vorsorge, Grippeimpfung, '
                    'Betriebliches Eingliederungsmanagement (BEM) – was ist das?',
                    '14:30 Betriebsrat und Schwerbehindertenvertretung',
                    '15:00 Rundgang, Übergabe an die Teams',
                    'Bitte mitbringen: Personalfragebogen, Sozialversicherungsausweis, Nachweis Krankenversicherung.'],
                   title='Willkommenstag März 2026')
add('NORMAL', 'de', 'internal', 'trap: onboarding-day agenda (ODT) mentions company doctor, vaccination, BEM, disability representative; no person',
    P('aydin'), [('Pat:innen Eintritte März', f'paten-maerz@{DOM}')], 'Willkommenstag 2. März – Ablauf und Bitte an die Pat:innen',
    '''Liebe Pat:innen,

vielen Dank, dass ihr für die März-Eintritte die Patenschaft übernehmt! Anbei der Ablauf des
Willkommenstags. Wir sind diesmal 11 neue Kolleginnen und Kollegen, davon 3 Auszubildende.

Eure Aufgaben am Tag selbst: ab 12:00 Uhr Mittagessen mit „euren" Neuen (Essensmarken bekommt ihr bei
mir), ab 15:00 Uhr Übergabe ins Team und Arbeitsplatz zeigen. In den ersten zwei Wochen bitte ein kurzes
tägliches Check-in, danach wöchentlich.

Die Zuordnung, wer wen betreut, schicke ich euch getrennt.

Herzliche Grüße
Merve Aydın''', atts=[('Ablauf_Willkommenstag_2026-03-02.odt', _odt21)])

# ---- 0022
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'buildings storm claim: named customer, insured address, policy and claim numbers (windows-1252)',
    P('renken'), ('Werner Tönjes', 'w.toenjes@landpost.example'), 'Sturmschaden Wohngebäude – Ihr Dach in Lilienthal',
    '''Sehr geehrter Herr Tönjes,

vielen Dank für die Fotos. Nach Sturmtief „Gunda" am 18.01.2026 haben wir für Ihr Wohngebäude
Trupermoorer Landstraße 41, 28865 Lilienthal (Vertrag WG-2281094) den Schaden 26-G-0004471 angelegt.

Da mehr als 30 Dachziegel betroffen sind und die Regenrinne abgerissen ist, schicken wir einen
Sachverständigen. Herr Dipl.-Ing. Kück meldet sich in den nächsten zwei Werktagen bei Ihnen.

Notmaßnahmen (Plane, Dachdecker-Notdienst) dürfen Sie sofort beauftragen; die Kosten übernehmen wir im
Rahmen der Schadenminderung. Heben Sie bitte die Rechnung auf.

Ihr Selbstbehalt beträgt laut Vertrag 250 €.''' + sig('renken'), charset='windows-1252', cte='quoted-printable', hdrs=O16)

# ---- 0023
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'life policy: change of beneficiary for named customer (personal line, no medical word)',
    P('reimers'), ('Sabine Grotheer', 'sabine.grotheer@webpost-nord.example'), 'Änderung Bezugsrecht – Ihre Rentenversicherung LV 3381-770254',
    '''Sehr geehrte Frau Grotheer,

wir bestätigen Ihnen die Änderung des Bezugsrechts für den Todesfall in Ihrer Rentenversicherung
LV 3381-770254 mit Wirkung zum 30.01.2026:

  bisher: Ehemann Thomas Grotheer (widerrufliches Bezugsrecht)
  neu:    zu gleichen Teilen Ihre Kinder Lea Grotheer und Finn Grotheer (widerruflich)

Die Todesfallleistung vor Rentenbeginn entspricht der Beitragsrückgewähr, derzeit 41.280,55 EUR. Der
Nachtrag zum Versicherungsschein kommt in den nächsten Tagen per Post.

Bitte bewahren Sie ihn zusammen mit Ihren Vertragsunterlagen auf.''' + sig('reimers'))

# ---- 0024
add('NORMAL', 'mixed', 'internal', 'trap: out-of-office of a recruiter mentioning applications and references, no person',
    P('brockmann'), [('Karriere Weserland', f'karriere@{DOM}')], 'Automatische Antwort: Rückfragen Referenzen / Automatic reply',
    '''Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Februar 2026 nicht im Büro und habe
keinen Zugriff auf meine E-Mails.

Bewerbungen und Unterlagen (Zeugnisse, Referenzen) laden Sie bitte ausschließlich über unser
Bewerbungsportal hoch: https://karriere.weserland.example – per E-Mail geschickte Unterlagen werden
aus Datenschutzgründen nicht bearbeitet. In dringenden Fällen erreichen Sie meine Kollegin Merve Aydın
unter +49 421 5570-2231.

Thank you for your message. I am out of office until 6 February 2026. Please upload applications and
documents via https://karriere.weserland.example only; for urgent matters please contact Daniel Okafor
(daniel.okafor@weserland.example).

Lena Brockmann''', hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')])

# ---- 0025
_ib25 = iban('DE', '25050000' + '0152209871')
add('CONFIDENTIAL', 'de', 'insurer-to-broker', "commission statement of a sole-trader broker with personal IBAN and tax number",
    P('brandt'), ('Sönke Lemke', 'soenke@finanzkontor-lemke.example'), 'Provisionsabrechnung Januar 2026 – Vermittlernr. 81-30771',
    f'''Moin Herr Lemke,

Ihre Provisionsabrechnung für Januar steht im Maklerportal. Kurz die Eckdaten:

  Abschlussprovision Leben/BU:     4.812,00 EUR
  Abschlussprovision Komposit:       906,40 EUR
  Bestandsprovision:               1.377,15 EUR
  Stornoreserve (Einbehalt 10 %):   -671,00 EUR
  Auszahlung:                      6.424,55 EUR

Überweisung auf Ihr Geschäftskonto {_ib25}, Steuernummer 60/148/21907 (Kleinunternehmer nach § 19 UStG
liegt nicht vor – daher wie bisher ohne USt. nach § 4 Nr. 11 UStG).

Ab Februar gilt die neue Courtage-Vereinbarung für die Zahnzusatztarife, die schicke ich Ihnen gesondert.

Beste Grüße aus Bremen
Nicole Brandt
Maklerbetreuung Nord''', hdrs=O16)

# ---- 0026
add('NORMAL', 'de', 'internal', 'trap: staff vaccination campaign (Grippe, COVID booster), no individual health data',
    ('Betriebsärztlicher Dienst', f'betriebsarzt@{DOM}'), [('Alle Mitarbeitenden Bremen', f'alle-bremen@{DOM}')],
    'Grippeschutzimpfung – letzte Termine im Februar',
    '''Liebe Kolleginnen und Kollegen,

wegen der großen Nachfrage bieten wir zwei weitere Impftage an:

  Mittwoch, 11.02., 09:00–12:00 Uhr, Haus A, Raum 0.14
  Donnerstag, 12.02., 13:00–16:00 Uhr, Haus B, Raum 2.07

Geimpft wird der tetravalente Influenza-Impfstoff der Saison 2025/26. Bitte bringt euren Impfpass mit,
falls vorhanden. Wer Fieber hat oder akut krank ist, verschiebt die Impfung bitte.

Termine bucht ihr über das Intranet (Service > Gesundheit > Impfen). Die Daten sieht nur das Team
der Arbeitsmedizin Weser GmbH, nicht Personal oder Führungskräfte.

Bleibt gesund!
Euer Betriebsärztlicher Dienst''')

# ---- 0027
add('STRICTLY_CONFIDENTIAL', 'en', 'internal', "reference-check notes reveal a candidate's five-month sick leave for burnout",
    P('okafor'), [P('hagedorn')], 'Reference check – Head of Claims Analytics shortlist',
    '''Tobias,

summary of the two reference calls for the shortlist, as you asked. Please treat as confidential – the
candidates agreed to the calls, not to wider circulation.

1) Dr. Nadine Rohlfs – former manager at Atlantis Direkt (now retired) was very positive: strong on
   pricing models, good team lead, "a bit impatient with IT". No concerns.

2) Marcus Feddersen – his current boss confirmed the project work but mentioned, unprompted, that
   Marcus was off sick for about five months in 2025 with burnout and has been back on a graded return
   (Hamburger Modell) since October. I stopped him there and did not ask further. We must not use this
   in the decision, and I have not written it into the ATS. Just flagging that the reference was
   inappropriate and that we may want to get a second reference from an earlier employer instead.

Happy to discuss on Thursday.
Daniel''', hdrs=O16)

# ---- 0028
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'legal expenses: coverage confirmation for named customer in a tenancy dispute (non-personal line)',
    P('harms'), ('Melanie Ostermann', 'm.ostermann@freemail-hb.example'), 'Deckungszusage Mietrechtsstreit – RS 4410-227803',
    '''Sehr geehrte Frau Ostermann,

für die Auseinandersetzung mit Ihrer Vermieterin wegen der Nebenkostenabrechnung 2024 (Nachforderung
1.842,60 EUR) erteilen wir Ihnen Deckungszusage im Rahmen Ihres Rechtsschutzvertrags RS 4410-227803
(Baustein Wohnungs- und Grundstücks-Rechtsschutz, Selbstbeteiligung 150 EUR).

Die Zusage umfasst die außergerichtliche Tätigkeit Ihrer Anwältin, Frau RAin Oltmanns (Kanzlei Rasch &
Oltmanns), sowie – falls erforderlich – das Verfahren in erster Instanz vor dem Amtsgericht Bremen.

Bitte lassen Sie die Kanzlei direkt mit uns abrechnen und geben Sie dort unsere Schadennummer
26-R-0008812 an.''' + sig('harms'))

# ---- 0029
add('NORMAL', 'en', 'insurer-to-partner', 'trap: press release on a disability product mentioning mental illness and cancer statistics, no person',
    P('wiechmann'), [('Editorial desk', 'newsdesk@finanzreport-nord.example'), ('Insurance desk', 'versicherung@wirtschaftsblatt.example')],
    'Press release: Weserland launches disability cover for young professionals',
    '''PRESS RELEASE – for immediate publication

Bremen, 5 February 2026 – Weserland Lebensversicherung AG is launching "WeserStart BU", a disability
income product for career starters aged 18 to 30. Premiums start at EUR 19 per month for a monthly
benefit of EUR 1,000 and can be increased without new health questions at marriage, the birth of a child
or a salary increase.

"Mental illness is now the reason for almost four in ten disability claims we pay, followed by back
problems and cancer," says Miriam Colberg, member of the Management Board. "Young people often think it
won't affect them. We want to make cover affordable before health questions become a hurdle."

The simplified application contains five health questions instead of the usual twelve. Policies can be
taken out online or through brokers.

Press contact:
Julia Wiechmann, Corporate Communications
julia.wiechmann@weserland.example, +49 421 5570-1050''')

# ---- 0030
_hkp = xlsx_bytes([('HKP Prüfung', [
    ['Versicherte', 'Nadine Behrmann, KV 7715-339012'], ['Zahnarzt', 'Dr. Ole Tammen, Bremen-Vegesack'],
    ['Befund', 'Zahn 36 nicht erhaltungswürdig (Wurzelfraktur), Zahn 37 tief kariös'], [],
    ['GOZ', 'Leistung', 'Anzahl', 'Faktor', 'Betrag EUR', 'erstattungsfähig EUR'],
    ['9010', 'Implantat inkl. Vorbereitung', 1, 2.3, 404.30, 404.30],
    ['9040', 'Freilegung Implantat', 1, 2.3, 135.82, 135.82],
    ['2200', 'Vollkrone Zahn 37', 1, 3.5, 296.54, 194.87],
    ['2210', 'Implantatkrone 36', 1, 2.3, 194.87, 194.87],
    ['', 'Material- und Laborkosten', '', '', 1380.00, 1173.00],
    ['', 'Summe', '', '', 2411.53, 2102.86], [], ['Hinweis', 'Faktor > 2,3 bei 2200 ohne ausreichende Begründung – Nachfrage beim Zahnarzt']])])
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'dental treatment plan review: findings and GOZ positions of named insured, XLSX',
    P('kroeger'), ('Nadine Behrmann', 'nadine.behrmann@mailbox-nord.example'), 'Ihr Heil- und Kostenplan vom 19.01.2026',
    '''Sehr geehrte Frau Behrmann,

wir haben den Heil- und Kostenplan von Dr. Tammen für das Implantat an Zahn 36 und die Krone an Zahn 37
geprüft. Nach Ihrem Tarif WeserZahn Plus erstatten wir voraussichtlich 2.102,86 EUR von 2.411,53 EUR;
die Einzelheiten finden Sie in der Anlage.

Die Differenz entsteht vor allem durch den erhöhten Faktor 3,5 bei der Krone (GOZ 2200), für den auf dem
Plan keine Begründung angegeben ist. Wenn Ihre Zahnarztpraxis eine Begründung nachreicht, prüfen wir
gern erneut.

Die Zusage gilt sechs Monate.''' + sig('kroeger'), atts=[('HKP_Pruefung_Behrmann.xlsx', _hkp)])

# ---- 0031
add('NORMAL', 'de', 'insurer-to-applicant', 'grey/trap: general answer to an applicant about pre-employment medical checks; no health data of the person',
    P('brockmann'), ('Leonie Barth', 'leonie.barth@posteo-mail.example'), 'AW: Frage zur Einstellungsuntersuchung',
    '''Hallo Frau Barth,

gute Frage, die wir öfter bekommen: Eine ärztliche Einstellungsuntersuchung gibt es bei uns für
Bürotätigkeiten nicht. Sie müssen uns also auch keine Angaben zu Ihrer Gesundheit machen, und wir fragen
im Gespräch auch nicht danach.

Was es gibt: eine freiwillige Angebotsvorsorge „Bildschirmarbeit" beim Betriebsärztlichen Dienst in den
ersten Monaten (Sehtest, ggf. Bildschirmarbeitsplatzbrille). Die Ergebnisse bleiben beim Betriebsarzt.

Für Ihren Gesprächstermin am Donnerstag brauchen Sie also nur gute Laune mitzubringen. 🙂

Viele Grüße
Lena Brockmann

> Am 08.02.2026 um 18:41 schrieb Leonie Barth <leonie.barth@posteo-mail.example>:
>
> Sehr geehrte Frau Brockmann,
> muss ich vor der Einstellung zu einer ärztlichen Untersuchung, und wenn ja, muss ich dann Vorerkrankungen
> angeben? Ich frage nur, weil ich das bei einem anderen Arbeitgeber so erlebt habe.
> Viele Grüße, Leonie Barth''', flowed=True, cte='8bit', hdrs=TB)

# ---- 0032
_contract = docx_bytes([('h', 'Arbeitsvertrag'), 'zwischen der Weserland Allgemeine Versicherung AG, Am Speicherhafen 12, 28217 Bremen (Arbeitgeberin)',
                        'und Frau Leonie Barth, geb. 30.04.1999, Hemelinger Heerstraße 211, 28309 Bremen (Arbeitnehmerin)',
                        '§ 1 Beginn und Tätigkeit: Das Arbeitsverhältnis beginnt am 01.04.2026. Frau Barth wird als Sachbearbeiterin Kundenservice eingestellt.',
                        '§ 2 Probezeit: Die ersten sechs Monate gelten als Probezeit.',
                        '§ 3 Vergütung: Tarifgruppe 4, 2. Berufsjahr, monatlich 3.168,00 EUR brutto, zzgl. Sonderzahlungen nach Tarifvertrag. '
                        'Übertarifliche Zulage 120,00 EUR monatlich (anrechenbar).',
                        '§ 4 Arbeitszeit: 38 Stunden/Woche, Gleitzeit, mobiles Arbeiten nach Betriebsvereinbarung.',
                        '§ 5 Urlaub: 30 Arbeitstage.', '§ 6 Verschwiegenheit: Über Kunden- und Gesundheitsdaten ist Stillschweigen zu wahren (§ 203 StGB).',
                        'Bremen, den 23.02.2026'], title='Arbeitsvertrag Barth')
add('CONFIDENTIAL', 'de', 'insurer-to-applicant', 'harmless body; contract DOCX carries birth date, home address and salary',
    P('aydin'), ('Leonie Barth', 'leonie.barth@posteo-mail.example'), 'Ihr Arbeitsvertrag',
    '''Liebe Frau Barth,

wie telefonisch besprochen erhalten Sie vorab Ihren Arbeitsvertrag zur Durchsicht. Das Original kommt
zweifach per Post; bitte senden Sie uns ein unterschriebenes Exemplar im beiliegenden Rückumschlag
zurück.

Wir freuen uns sehr auf die Zusammenarbeit!

Herzliche Grüße
Merve Aydın
Personalbetreuung & Onboarding''', atts=[('Arbeitsvertrag_Barth_2026.docx', _contract)], hdrs=O16, date='Mon, 23 Feb 2026 10:12:00 +0100')

# ---- 0033
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor', "HR asks company doctor about a new field hire's type 1 diabetes and company-car driving",
    P('aydin'), ('Dr. med. Jörg Wessels', 'j.wessels@arbeitsmedizin-weser.example'), 'Vorsorgetermin neuer Außendienstmitarbeiter – Dienstwagen',
    '''Sehr geehrter Herr Dr. Wessels,

zum 01.03. beginnt Herr Kai-Uwe Brüning (geb. 14.07.1983) bei uns als Schadenregulierer im Außendienst,
mit Dienstwagen und ca. 35.000 km Fahrleistung im Jahr. Herr Brüning hat uns von sich aus mitgeteilt,
dass er Typ-1-Diabetiker ist (Insulinpumpe) und in den letzten Jahren keine Hypoglykämie mit
Fremdhilfe hatte. Er wünscht selbst eine arbeitsmedizinische Beratung, bevor er die Touren übernimmt.

Könnten Sie ihm in der zweiten Februarhälfte einen Termin zur Beratung nach G 25 (Fahr-, Steuer- und
Überwachungstätigkeit) anbieten? Er ist mit der Weitergabe seiner Kontaktdaten einverstanden:
Tel. 0171 5582094.

Uns reicht selbstverständlich die Mitteilung, ob aus Ihrer Sicht Maßnahmen am Arbeitsplatz nötig sind –
Befunde bitte nicht an uns.''' + sig('aydin'), hdrs=O16)

# ---- 0034
add('NORMAL', 'de', 'insurer-to-supplier', 'trap: purchase order for first-aid kits and AED pads (medical words, no person)',
    P('meyerkoch'), ('Vertrieb Medisan', 'bestellung@medisan-erste-hilfe.example'), 'Bestellung 4500188104 – Erste Hilfe Material',
    '''Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017:

Pos. Menge  Artikel
10    24    Verbandkasten DIN 13157, Wandhalterung
20    12    Nachfüllset DIN 13157
30     6    AED-Elektroden Erwachsene (passend für Defibrillator Typ CardioLife S)
40     2    AED-Elektroden Kinder
50    10    Rettungsdecke gold/silber
60     4    Augenspülflasche 500 ml

Lieferadresse: Weserland Versicherungen, Warenannahme Haus C, Am Speicherhafen 12, 28217 Bremen
Liefertermin: bis 27.02.2026
Rechnung bitte mit Bestellnummer an rechnungseingang@weserland.example

Mit freundlichen Grüßen
Torsten Meyer-Koch
Einkauf''', charset='iso-8859-1', cte='8bit')

# ---- 0035
add('CONFIDENTIAL', 'en', 'insurer-to-customer', 'grey: travel cancellation claim for job loss (no health content); named customer and policy',
    P('demir'), ('Oliver Grant', 'oliver.grant@mailcloud.example'), 'Your cancellation claim TR-26-00917',
    '''Dear Mr Grant,

thank you for sending the termination letter from your former employer. Involuntary unemployment is an
insured cancellation reason under your annual travel policy RV-880342, so we will reimburse the
cancellation fees for your trip to Madeira (departure 14 March 2026):

  Cancellation fee tour operator (40 %):     EUR 1,196.00
  less excess:                               EUR   100.00
  Payment:                                   EUR 1,096.00

The amount will be transferred to the account you use for your premium payments within five working days.
We're sorry about the circumstances and hope you can travel again soon.''' + sig('demir', 'en'), cte='7bit', charset='us-ascii',
    hdrs=O16)

# ---- 0036
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'long-term care: care grade 3 assessment result for named insured',
    P('kroeger'), ('Ute Hinrichs', 'ute.hinrichs@t-netmail.example'), 'Pflegegutachten für Ihre Mutter – Ergebnis',
    '''Sehr geehrte Frau Hinrichs,

das Gutachten der MEDICPROOF-Gutachterin zum Hausbesuch bei Ihrer Mutter, Frau Erna Hinrichs
(Pflegepflichtversicherung PV 7790-004127), liegt uns vor. Ergebnis:

  Gesamtpunktwert:  58,75 Punkte  ->  Pflegegrad 3 ab 01.01.2026
  Schwerpunkte:     Mobilität (Sturzgefahr nach Oberschenkelhalsfraktur), kognitive Einschränkungen
                    bei beginnender Demenz, Hilfe bei der Medikamentengabe

Ab Januar zahlen wir Pflegegeld von monatlich 599 EUR; die Nachzahlung für Januar und Februar erfolgt mit
der nächsten Zahlung. Sie haben außerdem Anspruch auf Pflegehilfsmittel zum Verbrauch (bis 42 EUR/Monat)
und auf einen Beratungsbesuch nach § 37 Abs. 3 SGB XI pro Halbjahr.

Da Sie uns die Vollmacht Ihrer Mutter übersandt haben, schreiben wir Ihnen direkt.''' + sig('kroeger'))

# ---- 0037
_tc = csv_bytes([['case', 'first_name', 'last_name', 'birth_date', 'iban', 'expected'],
                 ['T01', 'Erika', 'Mustermann', '1964-08-12', 'DE89 3704 0044 0532 0130 00', 'accepted'],
                 ['T02', 'Max', 'Mustermann', '1970-01-01', 'DE89370400440532013000', 'accepted (no spaces)'],
                 ['T03', 'Erika', 'Mustermann', '1964-08-12', 'DE89 3704 0044 0532 0130 01', 'rejected: checksum'],
                 ['T04', 'Test', 'Person (fiktiv)', '', 'GB82 WEST 1234 5698 7654 32', 'accepted (foreign)']], delim=';')
add('NORMAL', 'en', 'internal', 'trap: API test cases with Mustermann placeholders and published example IBANs (one intentionally bad in test file)',
    P('wendt'), [('Payments API team', f'payments-api@{DOM}')], 'Test cases for SEPA validation – please review',
    '''Hi all,

for the new direct debit endpoint I put together the standard test cases (attached). These are the
usual placeholder persons and the published example IBANs, no production data. T03 is supposed to
fail the checksum, so don't "fix" it.

Can someone from QA add a case for an AT IBAN and one with lower-case letters?

Cheers,
Pascal''', atts=[('sepa_testcases.csv', _tc)], cte='7bit', charset='us-ascii')

# ---- 0038
add('CONFIDENTIAL', 'de', 'internal', "new hire's bank details and tax ID appear only in the quoted reply",
    P('aydin'), [P('feldkamp')], 'WG: Bankverbindung für die Gehaltszahlung',
    f'''Jonas, zur Info – habe ich im System eingetragen, bitte bei der Märzabrechnung berücksichtigen.
M.

-----Ursprüngliche Nachricht-----
Von: Emre Yilmaz <emre.yilmaz@netzpost.example>
Gesendet: Montag, 16. Februar 2026 07:58
An: Aydın, Merve <merve.aydin@weserland.example>
Betreff: Bankverbindung für die Gehaltszahlung

Hallo Frau Aydın,

ich habe mein Konto gewechselt, bitte ab März auf das neue Konto überweisen:
Emre Yilmaz, {iban('DE', '50010517' + '5402137788')}, ING
Die Steuer-ID hatte ich im Fragebogen vergessen: 81 039 552 174.

Danke und viele Grüße
Emre Yilmaz''', hdrs=O16)

# ---- 0039
add('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer', 'travel health: repatriation of named insured after stroke in Spain, quoted English hospital report',
    P('demir'), ('Heike Lampe', 'heike.lampe@mailbox-nord.example'), 'Rücktransport Ihres Mannes aus Alicante',
    '''Liebe Frau Lampe,

wie am Telefon besprochen: Der Ambulanzflug für Ihren Mann ist für Donnerstag, 19.02., organisiert.
Abholung 08:30 Uhr am Hospital General, Landung Bremen ca. 14:00 Uhr, Weiterverlegung in die Stroke Unit
des Klinikums Bremen-Mitte. Sie können mitfliegen.

Unten der Bericht des behandelnden Arztes, den wir für die Flugtauglichkeit angefordert haben:

> From: Dr. Javier Molina <jmolina@hgalicante.example>
> Subject: Fit to fly – patient Reinhard Lampe, DOB 06/11/1951
>
> Mr Lampe was admitted on 11 February with acute ischaemic stroke (left MCA territory), treated with
> thrombolysis. Residual right-sided weakness and mild aphasia, improving. Stable, on apixaban 5 mg bid.
> Fit for air ambulance transfer with medical escort, stretcher, oxygen available.

Die Kosten übernehmen wir vollständig aus der Auslandsreise-Krankenversicherung (Vertrag RK-6620145).
Ich melde mich morgen noch einmal mit der genauen Uhrzeit.

Herzliche Grüße
Yusuf Demir
Weserland Assistance, 24h: +49 421 5570-4999''')

# ---- 0040
_hail_txt = '''Hagelunwetter 21./22. Februar – Informationen für Vermittler

Liebe Partnerinnen und Partner,

nach dem Hagelunwetter im Raum Oldenburg, Delmenhorst und Bremen-Nord rechnen wir mit mehreren tausend
Kfz- und Gebäudeschäden. Damit Ihre Kundinnen und Kunden schnell Hilfe bekommen:

- Schadenmeldung online: https://schaden.weserland.example/hagel (Fotos genügen, keine Kostenvoranschläge)
- Drive-in-Besichtigung Kfz: 24.–28.02., Messeplatz Oldenburg, 8–18 Uhr
- Notreparaturen Dach/Fenster dürfen ohne Rückfrage beauftragt werden

Bitte leiten Sie keine Schadenfotos mit Kundendaten per unverschlüsselter E-Mail an uns weiter, sondern
nutzen Sie das Maklerportal.

Ihr Weserland Maklerservice'''
_hail_html = '''<html><body style="font-family:Segoe UI,Arial">
<h2>Hagelunwetter 21./22. Februar – Informationen für Vermittler</h2>
<p>Liebe Partnerinnen und Partner,</p>
<p>nach dem Hagelunwetter im Raum Oldenburg, Delmenhorst und Bremen-Nord rechnen wir mit mehreren tausend Kfz- und Gebäudeschäden.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Was</th><th>Wo / Wann</th></tr>
<tr><td>Schadenmeldung online</td><td><a href="https://schaden.weserland.example/hagel">schaden.weserland.example/hagel</a></td></tr>
<tr><td>Drive-in-Besichtigung Kfz</td><td>24.–28.02., Messeplatz Oldenburg, 8–18 Uhr</td></tr>
<tr><td>Notreparaturen</td><td>ohne Rückfrage beauftragen</td></tr>
</table>
<p>Bitte keine Schadenfotos mit Kundendaten per unverschlüsselter E-Mail, sondern über das Maklerportal.</p>
<p>Ihr Weserland Maklerservice</p></body></html>'''
add('NORMAL', 'de', 'insurer-to-broker', 'trap: hail-event broker mailing with claims handling info, no customer',
    ('Weserland Maklerservice', f'maklerservice@{DOM}'), ('Weserland Vertriebspartner', f'maklerservice@{DOM}'),
    'Hagelunwetter: Sonderregelungen zur Schadenmeldung', _hail_txt, html=_hail_html,
    hdrs=[('Precedence', 'bulk')], date='Mon, 23 Feb 2026 09:05:00 +0100')

# ---- 0041
_kpi = xlsx_bytes([('Funnel Q4 2025', [
    ['Job family', 'Open roles', 'Applications', 'Interviews', 'Offers', 'Hires', 'Time to hire (days)', 'Offer acceptance'],
    ['Claims (health, life, P&C)', 14, 611, 83, 17, 15, 41, '88 %'],
    ['IT & Data', 9, 402, 51, 11, 7, 63, '64 %'],
    ['Sales / broker relations', 5, 148, 22, 6, 5, 38, '83 %'],
    ['Apprentices & dual students', 12, 389, 74, 14, 12, 55, '86 %'],
    ['Total', 40, 1550, 230, 48, 39, 48, '81 %']]),
    ('Diversity (aggregate)', [
    ['Metric', 'Applications', 'Hires'], ['Women', '54 %', '56 %'], ['Applicants with declared severe disability', '2.1 %', '2.6 %'],
    ['International applicants (non-DE)', '17 %', '10 %'], ['Note', 'self-declared, aggregated, groups < 5 not shown', '']]),
    ('Channels', [['Channel', 'Applications', 'Hires'], ['Career site', 702, 18], ['Jobhafen job board', 455, 9],
                  ['Employee referral', 96, 7], ['Agencies', 61, 3], ['Other', 236, 2]])])
add('NORMAL', 'en', 'internal', 'trap: recruiting KPI report with aggregated disability and diversity shares, no individual',
    P('okafor'), [P('hagedorn'), ('HR leadership', f'hr-lt@{DOM}')], 'Recruiting dashboard Q4 2025',
    '''Hi all,

attached the Q4 recruiting dashboard. Headlines:

* 39 hires against 40 open roles; time to hire down from 56 to 48 days.
* IT & Data is still the bottleneck: offer acceptance only 64 %, mostly lost on salary and remote policy.
* Employee referrals are small in volume but convert best (7 hires out of 96 applications) - proposal:
  raise the referral bonus from EUR 1,000 to EUR 1,500 for IT roles.
* Diversity figures are self-declared and aggregated; groups below five are not shown.

Let me know if you need any cut for the board meeting.

Daniel''', atts=[('Recruiting_Dashboard_Q4-2025.xlsx', _kpi)], cte='7bit', charset='us-ascii')

# ---- 0042
add('CONFIDENTIAL', 'en', 'insurer-to-authority', 'Blue Card pre-approval: new hire with birth date, passport, salary',
    P('okafor'), ('Fachkräfteeinwanderung Bremen', 'fachkraefte@migrationsamt-bremen.example'),
    'Accelerated skilled worker procedure (§ 81a AufenthG) – Tomasz Wieczorek',
    '''Dear Sir or Madam,

as employer we apply for the accelerated skilled-worker procedure for our future employee:

  Name:            Tomasz Wieczorek
  Date of birth:   11.09.1990, Wroclaw (Poland)
  Nationality:     Polish
  Passport no.:    EK 4417302

Note: As an EU citizen Mr Wieczorek does not need a residence title himself. The procedure concerns his
wife, Ms Marta Wieczorek (born 02.02.1992), who holds Ukrainian citizenship, for family reunification.

Employment details for the file: Senior Data Engineer, permanent contract from 01.04.2026, annual gross
salary EUR 78,000, 38 hours/week, place of work Bremen.

The signed agreement under § 81a AufenthG, the employment contract and the "Erklärung zum
Beschäftigungsverhältnis" were uploaded to your portal today (reference FKE-2026-0388).

Yours faithfully''' + sig('okafor', 'en'), hdrs=O16)

# ---- 0043
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'life claim: death of named insured, cause of death (pancreatic cancer), payout',
    P('reimers'), ('Helen Marsh-Köhler', 'helen.marshkoehler@mailcloud.example'), 'Term life policy LV 3379-100582 – your claim',
    '''Dear Mrs Marsh-Köhler,

please accept our sincere condolences on the death of your husband, Mr Stefan Köhler.

We have received the death certificate, the certificate of inheritance and the medical certificate of
cause of death issued by the Hospiz am Bürgerpark. It states pancreatic carcinoma, diagnosed in March
2025, as the underlying cause of death on 14 January 2026.

Since the policy had been in force for more than three years and the diagnosis came well after the
application, no further medical enquiries are necessary. We will pay the sum insured of EUR 150,000 plus
the final bonus of EUR 3,412.80 to you as named beneficiary within the next week.

If you have any questions, you can reach me directly at the number below.''' + sig('reimers', 'en'))

# ---- 0044
add('NORMAL', 'en', 'insurer-to-supplier', 'trap: request for quote to translate a medical terminology glossary, no patient data',
    P('meyerkoch'), ('Projects', 'projects@lingua-bridge.example'), 'RFQ: medical glossary DE-EN for claims (approx. 1,800 terms)',
    '''Dear LinguaBridge team,

we are looking for a quote for the translation and terminology review of our internal claims glossary
from German into English (approx. 1,800 terms, 22,000 words including definitions).

Subject areas: diagnoses and ICD-10 terminology, dental (GOZ), hospital billing (DRG, OPS), physiotherapy,
psychotherapy, disability assessment, motor and property claims.

The glossary contains no patient data. Requirements: translators with medical background, delivery in
TBX or XLSX, confidentiality agreement, delivery by 30 April 2026.

Please send your offer by 6 March to procurement@weserland.example.

Kind regards
Torsten Meyer-Koch
Procurement, Weserland Versicherungen''')

# ---- 0045
add('CONFIDENTIAL', 'en', 'insurer-to-company', 'grey: fleet renewal for a company with named fleet manager, premiums and loss ratio',
    P('gerdes'), ('Laura Bennett', 'l.bennett@nordsee-logistik.example'), 'Fleet policy renewal 2026 – Nordsee Logistik GmbH',
    '''Dear Ms Bennett,

thanks for the call on Tuesday. Here is our renewal proposal for the Nordsee Logistik GmbH fleet policy
FL-700442 (87 trucks, 23 vans, 14 cars):

  Premium 2025:               EUR 318,400
  Claims paid 2023-2025:      EUR 741,950 (loss ratio 79 %)
  Renewal premium 2026:       EUR 339,200 (+6.5 %), deductible own damage EUR 1,000 -> EUR 1,500

The increase reflects mainly the two rear-end collisions on the A1 last autumn. If you roll out the
driver-assistance retrofit you mentioned (emergency brake assist) to at least 60 trucks, we can offer a
3 % discount from 1 July.

Could you also update us on the new depot in Achim? Vehicles stationed there need to be listed.''' + sig('gerdes', 'en'), hdrs=O16)

# ---- 0046
add('STRICTLY_CONFIDENTIAL', 'en', 'internal', "onboarding: new hire's wheelchair use and workplace adjustments",
    P('aydin'), [P('janssen')], 'Workplace adjustments for Ana Lima (start 2 March)',
    '''Hi Heike,

one more for the March joiners: Ana Lima (Platform team, 3rd floor, Haus A) uses a wheelchair since a
spinal cord injury (paraplegia, T10). She told us openly and asked us to prepare a few things:

- a height-adjustable desk (electric), ideally near the lift
- a parking space in the underground car park close to the lift (her car has hand controls)
- an accessible toilet on the 3rd floor - the one next to the kitchen is currently used as storage, can
  we clear it by then?
- the evacuation plan: she would need an evacuation chair/helper on her floor

The Integrationsamt may fund part of it; I'm already in touch with them and the SBV. Could you let me
know by next Friday what's feasible?

Thanks a lot,
Merve''' + sig('aydin', 'en', footer=False), hdrs=O16)

# ---- 0047
add('NORMAL', 'de', 'internal', 'trap: rejection-letter templates with «placeholders» and AGG wording, no applicant',
    P('brockmann'), [('Recruiting-Team', f'recruiting@{DOM}')], 'Absage-Vorlagen überarbeitet (AGG-sicher)',
    '''Hallo ihr Lieben,

nach dem Workshop mit der Rechtsabteilung habe ich unsere Absagetexte angepasst. Wichtigste Punkte:
keine Begründung mit Alter, Gesundheit, Herkunft, Elternzeit o. Ä. – am besten gar keine inhaltliche
Begründung. Die neuen Bausteine:

--- Vorlage A (nach Sichtung der Unterlagen) ---
«Anrede» «Nachname»,
vielen Dank für Ihre Bewerbung als «Stellentitel» (Ref. «Referenz»). Wir haben uns die Entscheidung nicht
leicht gemacht, uns aber für andere Bewerberinnen und Bewerber entschieden, deren Profil den
Anforderungen noch besser entspricht. Ihre Unterlagen löschen wir sechs Monate nach Abschluss des
Verfahrens. Wir wünschen Ihnen für Ihre Zukunft alles Gute.

--- Vorlage B (nach dem Gespräch) ---
«Anrede» «Nachname»,
herzlichen Dank für das angenehme Gespräch am «Datum». [...] Gern würden wir Ihre Unterlagen für
künftige Stellen im Talentpool speichern – dazu brauchen wir Ihre Einwilligung (Link: «Talentpool-Link»).

Bitte die alten Vorlagen im ATS ab Montag nicht mehr verwenden.

Lena''', hdrs=O16)

# ---- 0048
add('CONFIDENTIAL', 'de', 'insurer-to-supplier', "agency placement fee computed from a named hire's annual salary",
    P('brockmann'), ('Buchhaltung TalentBrücke', 'buchhaltung@talentbruecke.example'), 'Ihre Rechnung RE-2026-0117 – Korrektur erbeten',
    '''Sehr geehrte Damen und Herren,

zu Ihrer Rechnung RE-2026-0117 über die Vermittlung von Frau Dr. Nadine Rohlfs (Head of Claims
Analytics, Eintritt 01.04.2026):

Sie haben das Honorar mit 25 % auf ein Jahreszieleinkommen von 132.000 EUR berechnet. Laut unserem
Rahmenvertrag ist Bemessungsgrundlage jedoch nur das feste Jahresgrundgehalt ohne variable Vergütung;
das beträgt bei Frau Rohlfs 118.000 EUR. Das Honorar beläuft sich damit auf 29.500,00 EUR netto statt
33.000,00 EUR.

Außerdem ist laut § 6 des Rahmenvertrags ein Drittel erst nach bestandener Probezeit fällig.

Bitte senden Sie uns eine korrigierte Rechnung (zwei Teilrechnungen).''' + sig('brockmann'), hdrs=O16)

# ---- 0049
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority', 'maternity-protection notice to the labour inspectorate: pregnancy of a named new employee',
    P('aydin'), ('Gewerbeaufsicht Bremen', 'mutterschutz@gewerbeaufsicht-bremen.example'), 'Mitteilung nach § 27 MuSchG – Weserland Allgemeine Versicherung AG',
    '''Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen gemäß § 27 Abs. 1 MuSchG mit, dass uns eine Mitarbeiterin ihre Schwangerschaft
mitgeteilt hat:

  Name:                 Greta Hollmann, geb. 29.08.2001
  Tätigkeit:            Sachbearbeiterin Kundenservice (Bildschirmarbeit, Telefon), seit 01.02.2026
  Mitteilung am:        25.02.2026
  voraussichtl. Entbindungstermin: 18.09.2026 (lt. ärztlicher Bescheinigung)

Die Gefährdungsbeurteilung nach § 10 MuSchG wurde angepasst; Nachtarbeit, Mehrarbeit und
Sonn-/Feiertagsarbeit finden nicht statt. Ein Beschäftigungsverbot ist derzeit nicht erforderlich.

Das ausgefüllte Formular haben wir zusätzlich über das Behördenportal hochgeladen.''' + sig('aydin'))

# ---- 0050
add('NORMAL', 'en', 'internal', 'trap: DPIA meeting minutes on AI triage of health claims, no individual',
    P('stenzel'), [('DPIA Claims Triage', f'dpia-triage@{DOM}')], 'Minutes: DPIA workshop "AI triage of medical invoices" (3rd session)',
    '''Minutes - DPIA workshop 3, AI triage of medical invoices
Participants: R. Stenzel (DPO), F. Imhoff (medical officer), S. Kroeger (claims), J. Ostendorf (IT
security), vendor representatives (remote)

1. Data categories: invoices contain diagnoses (ICD-10), procedures, medication - special categories
   under Art. 9 GDPR. Legal basis: Sec. 22 BDSG / Art. 9(2)(f) and consent in the application.
2. Training data: vendor will only receive pseudonymised invoices; direct identifiers (name, policy
   number, date of birth) are removed before export. Re-identification risk for rare diagnoses to be
   assessed (k-anonymity >= 10 on diagnosis + age band + region).
3. Human oversight: no automatic rejection; the model only sorts into "fast lane" / "manual review".
4. Retention: training snapshot deleted after 12 months.
5. Open: transfer impact assessment for the vendor's US support team -> J. Ostendorf.

Next session: 24 March, 10:00.
Ralf Stenzel''', cte='7bit', charset='us-ascii')

# ---- 0051
_ib51 = iban('DE', '21050000' + '1007730612')
add('CONFIDENTIAL', 'en', 'insurer-to-customer', 'motor total loss settlement: named customer, plate, VIN, valuation, IBAN',
    P('albers'), ('Ryan O\'Donnell', 'ryan.odonnell@mailcloud.example'), 'Total loss settlement – claim 26-K-0052290',
    f'''Dear Mr O'Donnell,

the assessor's report on your Skoda Octavia (HB-RO 771, VIN TMBJJ7NE4K0218835) confirms a total loss after
the hail storm of 21 February: repair costs of EUR 14,820 exceed the replacement value.

  Replacement value (incl. VAT):    EUR 16,300.00
  Residual value (best offer):      EUR  2,950.00
  Deductible (comprehensive):       EUR    300.00
  Payment:                          EUR 13,050.00

Payment will go to your account {_ib51} once we have received the signed settlement form and both keys.
The buyer of the wreck (Autoverwertung Stührmann) will collect it after payment; please remove your
personal belongings and the plates.''' + sig('albers', 'en'))

# ---- 0052
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'expat health: pharmacy receipts with named medicines for named insured',
    P('whitfield'), ('Mei Tanaka', 'mei.tanaka@inboxly.example'), 'Your pharmacy receipts from January',
    '''Dear Ms Tanaka,

thank you for submitting your pharmacy receipts from Singapore. We reimbursed the following items under
your International Health policy EX-209931:

  09 Jan  Levothyroxine 75 mcg, 90 tablets          SGD  38.50   reimbursed 100 %
  09 Jan  Sertraline 50 mg, 30 tablets              SGD  61.20   reimbursed 100 %
  23 Jan  Vitamin D3 1000 IU                        SGD  19.90   not covered (food supplement)

Total reimbursed: SGD 99.70 = EUR 68.94 (exchange rate of the invoice date).

For regular prescriptions you can ask your doctor for a 3-month supply; one receipt instead of three
makes it easier for you and for us.''' + sig('whitfield', 'en'), cte='base64')

# ---- 0053
add('NORMAL', 'en', 'newsletter', 'trap: pet insurance newsletter (vet, surgery, vaccinations), HTML-only with table, no customer',
    ('Weserland Pet', f'newsletter@{DOM}'), ('Weserland pet owners', f'newsletter@{DOM}'), 'Spring check: is your dog covered for surgery?',
    html='''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Weserland Pet</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:620px;margin:auto">
<h1 style="color:#2e7d32">Spring check for your pet</h1>
<p>Tick season is starting. Did you know that a cruciate ligament surgery for a medium-sized dog costs
EUR 2,000-3,500 since the new veterinary fee schedule (GOT)?</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#e8f5e9"><th>Cover</th><th>Pet Surgery</th><th>Pet Complete</th></tr>
<tr><td>Surgery incl. anaesthesia</td><td>up to EUR 5,000</td><td>unlimited</td></tr>
<tr><td>Vet treatment (no surgery)</td><td>-</td><td>up to 4x GOT</td></tr>
<tr><td>Vaccinations, deworming</td><td>-</td><td>EUR 70 / year</td></tr>
<tr><td>Waiting period</td><td>30 days</td><td>30 days (accidents: none)</td></tr>
</table>
<p>Switch from Surgery to Complete until 30 April without new health questions about your pet.</p>
<p><a href="https://www.weserland.example/tier">Learn more</a> |
<a href="https://www.weserland.example/newsletter/unsubscribe">Unsubscribe</a></p>
<p style="font-size:11px">Weserland Allgemeine Versicherung AG, Am Speicherhafen 12, 28217 Bremen, Germany</p>
</body></html>''', hdrs=[('Precedence', 'bulk')])

# ---- 0054
_ib54 = iban('DE', '29050101' + '0081334650')
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'SEPA mandate confirmation with IBAN of named customer (base64 body)',
    ('Weserland Kundenservice', f'kundenservice@{DOM}'), ('Dirk Meyerholz', 'dirk.meyerholz@t-netmail.example'),
    'Bestätigung Ihres SEPA-Lastschriftmandats',
    f'''Sehr geehrter Herr Meyerholz,

vielen Dank für die Erteilung des SEPA-Lastschriftmandats. Wir ziehen die Beiträge für folgende Verträge ab
dem 01.04.2026 von Ihrem Konto ein:

  Kontoinhaber:    Dirk Meyerholz
  IBAN:            {_ib54}
  BIC:             SBREDE22XXX
  Mandatsreferenz: WL-MND-00482291
  Gläubiger-ID:    DE98ZZZ09999999999

  Privathaftpflicht PH-6612830      monatlich  7,90 EUR
  Hausrat HR-5521047                monatlich 11,45 EUR

Die Vorabankündigung (Pre-Notification) erfolgt mit dieser E-Mail; der Einzug erfolgt jeweils zum 1. des
Monats bzw. am folgenden Bankarbeitstag.

Mit freundlichen Grüßen
Ihr Weserland Kundenservice''', cte='base64')

# ---- 0055
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'underwriting decision for named applicant with knee exclusion, sent to broker',
    P('kuhlmann'), ('Frank Carstens', 'f.carstens@carstens-makler.example'), 'Antrag BU – Ihr Kunde Herr Lars Wiebking, Votum',
    '''Hallo Herr Carstens,

die Risikoprüfung zum BU-Antrag Ihres Kunden Lars Wiebking (geb. 25.05.1991, Antrag A-BU-2026-04418)
ist abgeschlossen. Wir können annehmen, allerdings mit einer Leistungsausschlussklausel:

  Ausgeschlossen: Berufsunfähigkeit infolge von Erkrankungen oder Verletzungen des rechten Kniegelenks
  einschließlich Folgeschäden (Grund: Kreuzbandruptur 2022, Meniskus-Teilresektion 2023,
  weiterhin Beschwerden laut Bericht Dr. Hanke vom 12.01.2026).

Beitrag unverändert 78,40 EUR monatlich, kein Risikozuschlag. Die Klausel können wir nach drei Jahren
Beschwerdefreiheit auf Antrag überprüfen.

Bitte besprechen Sie das Votum mit Ihrem Kunden; die Policierung erfolgt nach Ihrer Rückmeldung.''' + sig('kuhlmann'), hdrs=O16)

# ---- 0056
add('NORMAL', 'mixed', 'internal', 'grey: buddy programme for international hires, names of buddies only (organisational)',
    P('okafor'), [('Buddies international', f'buddies-int@{DOM}')], 'Buddy-Programm / Buddy programme – Kick-off',
    '''Hallo zusammen, hi everyone,

thanks for volunteering as buddies for our international colleagues! Kurz das Wichtigste auf Deutsch
und Englisch:

DE: Das Kick-off ist am Mittwoch, 11.03., 16:00 Uhr in der Teeküche Haus A (Kuchen gibt's). Wir
sprechen über typische Fragen der ersten Wochen: Anmeldung beim Bürgeramt, Krankenversicherung
(gesetzlich oder privat?), Steuerklasse, Bankkonto, Deutschkurs.

EN: Please do not give tax or legal advice yourselves - refer to HR or the relocation partner. Your
role is social: lunch, coffee, showing around, explaining "Feierabend" and "Mahlzeit".

Pairings so far: Ana Lima - Jannik Voss, Tomasz Wieczorek - Sandra Köhn, Mei-Ling Cho - Patrick Eggers.

Bis Mittwoch / see you Wednesday!
Daniel''', hdrs=O16)

# ---- 0057
add('CONFIDENTIAL', 'en', 'insurer-to-applicant', "counter-offer negotiation: candidate's current salary and the revised offer",
    P('okafor'), ('Mei-Ling Cho', 'meiling.cho@inboxly.example'), 'Re: Offer – Machine Learning Engineer',
    '''Hi Mei-Ling,

thanks for being so open about your current package. I discussed it with Tobias and the hiring manager.

You mentioned your current base of EUR 71,500 plus a EUR 8,000 retention bonus that you'd lose if you
leave before June. We can't match a retention bonus as such, but we can offer:

  - base salary EUR 76,000 (instead of 72,000)
  - a sign-on bonus of EUR 6,000, paid with the first salary (repayable pro rata if you leave within 12 months)
  - start date 1 June, so you keep your current bonus

Everything else from the original offer stays. I'll send the updated letter once you say this works for you.

Best,
Daniel

> On 4 Mar 2026, at 21:02, Mei-Ling Cho <meiling.cho@inboxly.example> wrote:
> Hi Daniel, thanks again for the offer. Honestly, the base is below what I earn now, and there's a
> retention bonus I would lose. Is there any flexibility?''', hdrs=[('X-Mailer', 'Apple Mail (2.3826)')], flowed=True, cte='8bit')

# ---- 0058
_gip = xlsx_bytes([('Enrolment', [
    ['Policy GIP-11820 – Group income protection, Hafenkontor Software GmbH', '', '', '', '', ''],
    ['Employee no.', 'Name', 'Date of birth', 'Annual salary EUR', 'Insured monthly benefit EUR', 'Status'],
    ['HK-014', 'Ahrens, Jule', '1985-03-19', 64000, 3200, 'accepted'],
    ['HK-022', 'Nwosu, Chidi', '1979-11-02', 88000, 4400, 'accepted'],
    ['HK-031', 'Petersen, Frauke', '1968-07-30', 57000, 2850, 'deferred: medical evidence required (above free cover limit)'],
    ['HK-047', 'Lindqvist, Erik', '1993-01-11', 71000, 3550, 'accepted']])])
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company', 'group income protection (life line) enrolment list: names, birth dates, salaries, underwriting status',
    P('kuhlmann'), ('Anke Drews', 'a.drews@hafenkontor-software.example'), 'GIP-11820: enrolment confirmation March 2026',
    '''Dear Ms Drews,

please find attached the confirmation of the enrolments for March. Three of the four new employees are
covered from 1 March. For Ms Petersen, the requested benefit exceeds the free cover limit, so we need a
short health declaration; I will send her the form directly and securely via our portal - please do
not collect it yourself.

Kind regards
Svenja Kuhlmann
Life Underwriting''', atts=[('GIP-11820_Enrolment_2026-03.xlsx', _gip)])

# ---- 0059
add('NORMAL', 'en', 'internal', 'trap: mail-gateway maintenance notice mentioning encryption of health data, no person',
    P('ostendorf'), [('All staff', f'all-staff@{DOM}')], 'Maintenance SecureMail gateway, Sat 14 March 06:00-09:00',
    '''Dear colleagues,

on Saturday, 14 March, from 06:00 to 09:00 we will update the SecureMail gateway (new certificate chain
and TLS configuration). During this time outgoing e-mail is queued and delivered afterwards; the
SecureMail portal for customers and brokers is not available.

What changes for you: nothing. Mail to customers containing health or bank data will still be encrypted
or sent via the portal automatically. Please keep using the subject tag [vertraulich] when you know a mail
is sensitive - it's still the most reliable signal.

IT Security
Jan Ostendorf''', cte='7bit', charset='us-ascii')

# ---- 0060
add('STRICTLY_CONFIDENTIAL', 'de', 'internal', 'criminal record entry (fraud conviction) of a named candidate for a claims role',
    P('hagedorn'), [P('brockmann')], 'Führungszeugnis Kandidat Regulierung – bitte Rückruf',
    '''Lena,

das erweiterte Führungszeugnis von Herrn Sascha Menken ist gekommen. Es enthält eine Eintragung:
Verurteilung durch das AG Oldenburg vom 04.07.2022 wegen Betrugs (§ 263 StGB) in zwei Fällen,
Geldstrafe 90 Tagessätze. Hintergrund nach seinen eigenen Angaben im Gespräch: falsche Angaben gegenüber
seinem damaligen Kfz-Versicherer.

Für eine Stelle in der Schadenregulierung mit Zahlungsfreigabe ist das aus meiner Sicht ein
Ausschlussgrund (Tätigkeitsbezug gegeben). Bitte ruf mich an, bevor du ihm absagst – ich möchte, dass wir
das sauber und ohne Nennung von Details in der Absage machen. Das Zeugnis liegt im Tresor, nicht im ATS.

Tobias''', hdrs=O16)

# ---- 0061
add('CONFIDENTIAL', 'de', 'insurer-to-partner', 'no-claims bonus transfer request to previous insurer: named driver with birth date and contract',
    P('albers'), ('Vertragsservice Kraft', 'sf-anfragen@hansa-direkt-vers.example'), 'Anfrage Schadenfreiheitsrabatt – Übernahme zum 01.04.2026',
    '''Sehr geehrte Damen und Herren,

für die Übernahme des Schadenverlaufs bitten wir um Auskunft gemäß den Tarifbestimmungen:

  Versicherungsnehmer:   Niklas Brenneke, geb. 03.02.1997
  Anschrift:             Lüneburger Straße 9, 27283 Verden
  Ihr Vertrag:           KH 55-0938174, Kennzeichen VER-NB 97
  unser Vertrag:         KF-3401288, Beginn 01.04.2026

Bitte teilen Sie uns SF-Klasse Haftpflicht und Vollkasko, Anzahl gemeldeter Schäden im letzten
Kalenderjahr und das Vertragsende mit. Die Vorversicherungsanfrage senden Sie gern über GDV-Datennetz
oder an diese Adresse.''' + sig('albers'), hdrs=O16)

# ---- 0062
add('NORMAL', 'de', 'insurer-to-doctor', 'trap: information letter to practices about digital invoice submission, no patient',
    P('imhoff'), [('Praxis Dr. Wübbena', 'info@praxis-wuebbena.example')], 'Neu: Arztrechnungen digital direkt an die Weserland übermitteln',
    '''Sehr geehrte Damen und Herren,

viele unserer Versicherten reichen Arzt- und Zahnarztrechnungen inzwischen per App ein. Ab April bieten
wir auch Praxen und Abrechnungsstellen an, Rechnungen – mit Einverständnis der Patientin oder des
Patienten – direkt digital an uns zu übermitteln.

Ihre Vorteile: schnellere Erstattung für Ihre Patienten, weniger Rückfragen, keine Papierrechnungen.
Technisch nutzen wir den Standard der PVS-Schnittstelle; Ihre Abrechnungsstelle kann sich unter
https://partner.weserland.example/arztrechnung registrieren.

Gesundheitsdaten übermitteln Sie dabei ausschließlich verschlüsselt über die Schnittstelle – bitte
schicken Sie uns keine Rechnungen oder Befunde per normaler E-Mail.

Für Rückfragen steht Ihnen unser Partnerservice unter +49 421 5570-3100 zur Verfügung.

Mit freundlichen Grüßen
Dr. med. Frauke Imhoff
Gesellschaftsärztin, Weserland Krankenversicherung AG''')

# ---- 0063
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer', 'liability claim settlement: injured pedestrian, fractures, pain and suffering',
    P('thiele'), ('Rebecca Hughes', 'r.hughes@hughes-legal.example'), 'Your client Mr Peter Salzmann – settlement offer, claim 25-L-0087613',
    '''Dear Ms Hughes,

regarding the accident of 2 October 2025 (our policyholder's bicycle vs. your client on the Weser
promenade) we have now received the medical records you forwarded.

Your client sustained a distal radius fracture (S52.5) with surgical fixation and a fractured rib, with
six weeks of incapacity for work and 12 sessions of physiotherapy. The orthopaedic report expects full
recovery without permanent impairment.

On this basis we offer a final settlement of:
  pain and suffering        EUR 6,500.00
  loss of earnings          EUR 2,184.60 (as evidenced by the employer certificate)
  out-of-pocket expenses    EUR   412.35
  total                     EUR 9,096.95 plus your fees under the RVG.

This offer is open until 15 April 2026.''' + sig('thiele', 'en'), hdrs=O16)

# ---- 0064
_ll = csv_bytes([['Year', 'Line', 'Region', 'Cause', 'Gross loss EUR', 'Net retention EUR'],
                 ['2023', 'Commercial property', 'Lower Saxony', 'Fire (electrical)', '4,850,000', '1,500,000'],
                 ['2024', 'Commercial property', 'Bremen', 'Storm/flood', '2,310,000', '1,500,000'],
                 ['2024', 'Engineering (PV)', 'Schleswig-Holstein', 'Hail', '1,740,000', '1,500,000'],
                 ['2025', 'Commercial property', 'Lower Saxony', 'Fire (arson suspected)', '6,020,000', '1,500,000']], delim=';')
add('NORMAL', 'en', 'insurer-to-partner', 'trap: anonymised large-loss list for reinsurer (no insured names)',
    P('gerdes'), ('Property treaty team', 'property@hanseatic-re.example'), 'Large loss list 2023-2025 for the property renewal',
    '''Dear colleagues,

as requested, attached the large-loss list (gross > EUR 1m) for the commercial property and engineering
portfolio. Insured names are removed; please refer to the loss IDs in your bordereaux if you need
details.

Regards
Henrik Gerdes''', atts=[('large_losses_2023-2025.csv', _ll)], cte='7bit', charset='us-ascii')

# ---- 0065
add('CONFIDENTIAL', 'en', 'insurer-to-customer', 'yacht insurance renewal: named owner, boat, hull value, premium',
    P('gerdes'), ('Dr. Ingrid Sandström', 'ingrid.sandstrom@nordic-mail.example'), 'Renewal of your yacht policy YA-30218',
    '''Dear Dr Sandström,

your yacht policy YA-30218 for the "Lille Måne" (Hallberg-Rassy 37, berth Vegesack marina) is due for
renewal on 1 April. Hull value is set at EUR 212,000 (unchanged), third-party liability EUR 10m.

Renewal premium: EUR 1,486.30 (previous year EUR 1,441.00), navigation area North Sea and Baltic incl.
Norway. Your request to add the Channel crossing to Cherbourg for July is accepted at no extra charge.

The policy documents will follow by post.''' + sig('gerdes', 'en'))

# ---- 0066
add('NORMAL', 'de', 'internal', 'trap: pay bands for job ads (pay-transparency directive), tariff groups and ranges, no individual salary',
    P('hagedorn'), [('Recruiting-Team', f'recruiting@{DOM}'), ('Führungskräfte', f'fuehrungskraefte@{DOM}')],
    'Gehaltsangaben in Stellenanzeigen ab 1. April',
    '''Liebe Kolleginnen und Kollegen,

im Vorgriff auf die Umsetzung der EU-Entgelttransparenzrichtlinie nennen wir ab 1. April in allen
Stellenanzeigen eine Gehaltsspanne. Grundlage sind die Tarifgruppen des privaten Versicherungsgewerbes
bzw. unsere AT-Bänder:

  TG 4   (z. B. Kundenservice)              38.900 – 45.200 EUR p. a.
  TG 5   (z. B. Sachbearbeitung Leistung)   42.700 – 51.800 EUR p. a.
  TG 6   (z. B. Spezialist/in Regulierung)  48.100 – 58.400 EUR p. a.
  AT 1   (z. B. Senior IT, Teamleitung)     65.000 – 82.000 EUR p. a.
  AT 2   (z. B. Abteilungsleitung)          80.000 – 105.000 EUR p. a.

Jeweils inklusive Sonderzahlungen, ohne variable Vergütung. Im Gespräch fragen wir nicht mehr nach dem
bisherigen Gehalt, sondern nur nach der Gehaltsvorstellung.

Fragen gern an mich oder Lena Brockmann.

Viele Grüße
Tobias Hagedorn''', hdrs=O16)

# ---- 0067
add('STRICTLY_CONFIDENTIAL', 'de', 'internal', 'trade-union membership of a named new employee (special category)',
    P('feldkamp'), [P('aydin')], 'Mitgliederbonus ver.di – Herr Schoof',
    '''Hallo Merve,

Herr Rainer Schoof (PNr. 104880) hat mir seine Mitgliedsbescheinigung der ver.di (Mitglied seit 2011)
geschickt, weil er den Mitgliederbonus nach dem Tarifvertrag (zwei zusätzliche freie Tage) haben möchte.

Ich trage das als Merkmal im Abrechnungssystem ein, damit die Urlaubsansprüche stimmen. Kannst du die
Bescheinigung bitte in den verschlossenen Teil der Personalakte nehmen? Sie liegt in deinem Postfach im
2. OG. Und bitte nicht an die Führungskraft weitergeben – für die reicht es zu wissen, dass er 32 statt
30 Urlaubstage hat.

Danke!
Jonas''', hdrs=O16)

# ---- 0068
add('NORMAL', 'de', 'internal', 'trap: reference-letter phrase kit mentioning illness, disability, works council as things never to write',
    P('aydin'), [('Personalbetreuung', f'personalbetreuung@{DOM}')], 'Zeugnis-Baukasten 2026 und Do & Don\'t',
    '''Hallo ihr,

unser Zeugnis-Baukasten ist aktualisiert (Intranet > Personal > Vorlagen). Zur Erinnerung die
wichtigsten Regeln:

Leistungsbeurteilung (Notenskala):
  1: „stets zu unserer vollsten Zufriedenheit"
  2: „stets zu unserer vollen Zufriedenheit"
  3: „zu unserer vollen Zufriedenheit"
  4: „zu unserer Zufriedenheit"

Niemals erwähnen: Krankheiten und krankheitsbedingte Fehlzeiten, Schwerbehinderung, Schwangerschaft
oder Elternzeit (außer auf Wunsch), Betriebsratstätigkeit, Gewerkschaftszugehörigkeit, Abmahnungen,
Kündigungsgrund (nur auf Wunsch der Mitarbeitenden).

Bei Ausscheiden nach langer Krankheit: Zeitraum der Beschäftigung vollständig nennen, die Fehlzeit nicht.

Neu: Englische Zeugnisse (Reference Letter) gibt es jetzt ebenfalls als Baukasten.

Merve''', hdrs=O16)

# ---- 0069
_azubi = csv_bytes([['Ausbildungsberuf', 'Name', 'Vorname', 'Geburtsdatum', 'Anschrift', 'Beginn', 'Ende', 'Vergütung 1. AJ EUR', 'Schulabschluss'],
                    ['Kaufmann/-frau f. Versicherungen u. Finanzanlagen', 'Bruns', 'Maja', '14.05.2008', 'Osterholzer Heerstraße 120, 28325 Bremen', '01.08.2026', '31.07.2029', '1175', 'Abitur'],
                    ['Kaufmann/-frau f. Versicherungen u. Finanzanlagen', 'Kaya', 'Deniz', '02.11.2009', 'Vahrer Straße 17, 28329 Bremen', '01.08.2026', '31.07.2029', '1175', 'Mittlere Reife'],
                    ['Fachinformatiker/in Anwendungsentwicklung', 'Stöver', 'Lukas', '27.01.2007', 'Am Lehester Deich 88, 28357 Bremen', '01.08.2026', '31.07.2029', '1175', 'Fachabitur']],
                   encoding='utf-8', bom=True)
add('CONFIDENTIAL', 'de', 'insurer-to-partner', 'apprenticeship contracts registered with the chamber: names, birth dates, addresses, pay (CSV)',
    P('lueders'), ('Ausbildungsberatung IHK', 'ausbildung@ihk-weser.example'), 'Eintragung Berufsausbildungsverträge 2026 – Weserland Versicherungen',
    '''Sehr geehrte Frau Pundt,

anbei die Angaben zu den ersten drei Ausbildungsverträgen für den Ausbildungsbeginn 01.08.2026 zur
Eintragung in das Verzeichnis der Berufsausbildungsverhältnisse. Die unterschriebenen Verträge gehen
Ihnen heute per Post zu (bei den beiden minderjährigen Auszubildenden mit Unterschrift der
Erziehungsberechtigten).

Weitere fünf Verträge folgen voraussichtlich im April.

Freundliche Grüße
Kathrin Lüders
Ausbildungsleitung, Weserland Versicherungen''', atts=[('Ausbildungsvertraege_2026_Teil1.csv', _azubi)], hdrs=O16)

# ---- 0070
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor', "youth-labour medical certificate of a minor apprentice: asthma restriction named",
    P('lueders'), ('Praxis Dr. Carola Hemken', 'praxis@hausarzt-hemken.example'), 'Bescheinigung Erstuntersuchung JArbSchG – Deniz Kaya',
    '''Sehr geehrte Frau Dr. Hemken,

vielen Dank für die Bescheinigung über die Erstuntersuchung nach § 32 JArbSchG für unseren künftigen
Auszubildenden Deniz Kaya (geb. 02.11.2009).

Auf der Bescheinigung ist vermerkt: „Arbeiten mit Exposition gegenüber Stäuben/Reizgasen wegen
Asthma bronchiale nicht empfohlen". Da die Ausbildung überwiegend im Büro stattfindet, sehen wir kein
Problem. Einmal im Jahr sind die Auszubildenden allerdings eine Woche im Archiv (Altakten, teils
staubig). Können Sie uns kurz bestätigen, dass das mit FFP2-Maske vertretbar ist, oder sollen wir diese
Station für Deniz ersetzen?

Seine Mutter hat der Rückfrage bei Ihnen zugestimmt (Einverständnis liegt uns schriftlich vor).''' + sig('lueders'), hdrs=O16)

# ---- 0071
add('NORMAL', 'de', 'insurer-to-partner', 'trap: career-fair arrangements with a school (apprenticeship info), no person',
    P('lueders'), ('Frau Schnakenberg', 'berufsorientierung@gymnasium-vegesack.example'), 'Tag der Ausbildung am 26.03. – unser Stand',
    '''Liebe Frau Schnakenberg,

vielen Dank für die Einladung! Wir kommen gern mit zwei Auszubildenden und einer dualen Studentin zum
Tag der Ausbildung. Wir brauchen einen Tisch, eine Stellwand und Strom für einen Bildschirm.

Unsere Themen: Ausbildung Kaufmann/-frau für Versicherungen und Finanzanlagen, Fachinformatik,
duales Studium BWL-Versicherung und – neu – Wirtschaftsinformatik. Außerdem können die Schülerinnen und
Schüler bei uns einen „Schadenfall" am Tablet regulieren (ein Fahrradunfall, natürlich erfunden).

Praktikumsplätze für die Jahrgangsstufe 10 (Zeitraum 15.–26.06.) haben wir wieder sechs.

Herzliche Grüße
Kathrin Lüders''', cte='8bit')

# ---- 0072
add('CONFIDENTIAL', 'de', 'internal', "company car for a new hire: driver-licence data and birth date for the licence check",
    P('aydin'), [('Fuhrpark', f'fuhrpark@{DOM}')], 'Dienstwagen für Herrn Brüning ab 01.03.',
    '''Liebe Kolleginnen im Fuhrpark,

für Herrn Kai-Uwe Brüning (Schadenregulierer Außendienst, Eintritt 01.03.) bitte ein Fahrzeug aus dem
Pool „Regulierung" bereitstellen. Für die Führerscheinkontrolle und den Überlassungsvertrag:

  Name:           Kai-Uwe Brüning, geb. 14.07.1983 in Verden
  Führerschein:   Klasse B, BE; Nr. B072RZ4PL51, ausgestellt 12.09.2016, Landkreis Verden
  Privatanschrift: Große Straße 46, 27283 Verden
  Privatnutzung:  ja, 1-%-Regelung, Entfernung Wohnung–Arbeit 39 km

Die elektronische Führerscheinkontrolle (Etikett) macht ihr bitte am ersten Tag nach dem
Willkommensprogramm.

Danke
Merve''', hdrs=O16, date='Thu, 19 Feb 2026 11:20:00 +0100')

# ---- 0073
add('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-hospital', 'cross-border: named German insured treated in Groningen, diagnosis and cost coverage, mixed DE/EN',
    P('kroeger'), ('Patient Accounts UMC', 'patient.accounts@umc-groningen.example'), 'Guarantee of payment / Kostenübernahme – Mr Hendrik Folkerts',
    '''Dear colleagues, sehr geehrte Damen und Herren,

we confirm that Mr Hendrik Folkerts (born 17.04.1962, Weserland health insurance no. KV 7702-661840)
is fully insured with us (private comprehensive health insurance, tariff WeserMed Premium).

Admission 24.03.2026 with NSTEMI (I21.4), coronary angiography and stent implantation on 25.03.
We guarantee payment of the hospital costs and physician fees up to EUR 25,000; please send the final
invoice with diagnosis and procedure codes to our claims department.

Für Rückfragen auf Deutsch: Herr Folkerts' Ehefrau hat uns gebeten, sie über die Verlegung nach Bremen
zu informieren, sobald die Klinik grünes Licht gibt. Bitte geben Sie uns kurz Bescheid.

Kind regards / Mit freundlichen Grüßen
Sven Kröger
Health Claims / Leistungsservice Krankenversicherung''' + FOOT_EN)

# ---- 0074
add('NORMAL', 'de', 'internal', 'trap: canteen menu with diet labels (diabetic-friendly, lactose-free), no person',
    P('janssen'), [('Alle Mitarbeitenden Bremen', f'alle-bremen@{DOM}')], 'Speiseplan KW 15',
    '''Moin zusammen,

der Speiseplan für die kommende Woche:

Mo  Linsen-Dal mit Basmatireis (vegan, glutenfrei) | Hähnchenbrust, Ofengemüse
Di  Grünkohl mit Pinkel (Saisonfinale!) | Gemüselasagne (vegetarisch)
Mi  Fischfrikadellen, Kartoffelsalat | Kichererbsen-Curry (vegan)
Do  Spaghetti Bolognese / mit Soja-Bolognese | Salatbar
Fr  Backfisch, Remoulade | Ofenkartoffel mit Kräuterquark

Gerichte mit dem Symbol „D" sind für Diabetiker geeignet (max. 4 BE), „L" laktosefrei. Eine
Allergenliste nach LMIV liegt an der Ausgabe aus.

Am Donnerstag ist der Gesundheitstag der Krankenkasse im Foyer: Blutdruck- und Blutzuckermessung,
Rückenscreening – anonym und freiwillig.

Guten Appetit!
Heike Janßen, Facility Management''', charset='windows-1252', cte='quoted-printable')

# ---- 0075
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'HTML-only policy schedule table: named customer, insured address, sums, policy numbers',
    P('behrens'), ('Katrin und Bernd Willms', 'willms.familie@landpost.example'), 'Ihre Versicherungsübersicht zum Umzug',
    html='''<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Sehr geehrte Frau Willms, sehr geehrter Herr Willms,</p>
<p>wie gewünscht haben wir Ihre Verträge auf die neue Anschrift <b>Alter Postweg 14, 28844 Weyhe</b> ab
01.04.2026 umgestellt. Hier Ihre Übersicht:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dbe5f1"><th>Vertrag</th><th>Sparte</th><th>Versicherungssumme</th><th>Jahresbeitrag</th></tr>
<tr><td>HR-5530871</td><td>Hausrat (120 m²)</td><td>78.000 EUR</td><td>142,80 EUR</td></tr>
<tr><td>WG-2290415</td><td>Wohngebäude, Alter Postweg 14</td><td>Wert 1914: 24.500 Mark</td><td>689,40 EUR</td></tr>
<tr><td>PH-6620998</td><td>Privathaftpflicht Familie</td><td>15 Mio. EUR</td><td>89,00 EUR</td></tr>
<tr><td>KF-3395562</td><td>Kfz, DH-KW 228</td><td>SF 18 / SF 12</td><td>512,30 EUR</td></tr>
</table>
<p>Durch die neue Tarifzone ändert sich Ihr Hausratbeitrag um 9,60 EUR pro Jahr.</p>
<p>Mit freundlichen Grüßen<br>Ines Behrens<br>Kundenservice<br>Weserland Versicherungen</p>
</body></html>''', hdrs=O16)

# ---- 0076
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'HTML-only table of reimbursed invoices with diagnoses for named insured',
    P('kroeger'), ('Marlene Osterloh', 'marlene.osterloh@freemail-hb.example'), 'Leistungsabrechnung Nr. 2026-031877',
    html='''<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Frau Osterloh,</p>
<p>zu Ihrer Einreichung vom 05.03.2026 (Versicherungsnummer KV 7719-088214) erhalten Sie folgende Abrechnung:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Datum</th><th>Leistungserbringer</th><th>Diagnose</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>12.02.2026</td><td>Dr. Imke Schwenker, Gynäkologie</td><td>N80.1 Endometriose des Ovars</td><td>186,42 EUR</td><td>186,42 EUR</td></tr>
<tr><td>19.02.2026</td><td>Radiologie am Wall, MRT Becken</td><td>N80.1</td><td>612,90 EUR</td><td>612,90 EUR</td></tr>
<tr><td>24.02.2026</td><td>Apotheke am Markt, Dienogest 2 mg</td><td>–</td><td>58,37 EUR</td><td>58,37 EUR</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td>857,69 EUR</td><td><b>857,69 EUR</b></td></tr>
</table>
<p>Der Betrag wird Ihrem Konto in den nächsten Tagen gutgeschrieben.</p>
<p>Mit freundlichen Grüßen<br>Ihr Leistungsservice Krankenversicherung</p>
<p style="font-size:8pt;color:#777">Weserland Krankenversicherung AG, Am Speicherhafen 12, 28217 Bremen</p>
</body></html>''', cte='base64')

# ---- 0077
_ioc = zip_bytes([('IOC_fake_applications_2026-03.txt',
                   b'Indicators - fake job applications (March 2026)\r\n'
                   b'Sender domains: bewerbung-online24.example, jobs-mail-de.example\r\n'
                   b'Attachment names: Bewerbung_Lebenslauf.zip, Zeugnisse_Scan.iso, Bewerbung.pdf.exe\r\n'
                   b'SHA256 (zip): 3f1c0a9d6e1b4c2a8f77e0d1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5\r\n'
                   b'Subject patterns: "Bewerbung auf Ihre Stellenanzeige", "Initiativbewerbung - Anlagen"\r\n')])
add('NORMAL', 'en', 'internal', 'trap: IT-security warning about fake job applications (Bewerbung, Lebenslauf), IOC list in ZIP',
    P('ostendorf'), [('Recruiting team', f'recruiting@{DOM}'), ('HR all', f'hr-all@{DOM}')], 'WARNING: malicious "Bewerbung" mails in circulation',
    '''Hi all,

since Monday we've seen a wave of fake job applications aimed at HR mailboxes. They look convincing
(CV photo, certificates "attached"), but the attachment is a password-protected ZIP containing an ISO
or an .exe disguised as PDF.

Please:
1. Never open application attachments from e-mail - genuine applications arrive via the career portal.
2. Do not enter the "password" given in the mail.
3. Forward suspicious mails as attachment to phishing@weserland.example and delete them.

Indicators are in the attached ZIP (plain text, safe to open) for the SOC tooling.

Thanks,
Jan Ostendorf, IT Security''', atts=[('IOC_fake_applications.zip', _ioc)], cte='7bit', charset='us-ascii')

# ---- 0078
_bew_pdf1 = pdf_bytes('Lebenslauf Anja Krüger', ['Anja Krüger', 'geb. 21.12.1986 in Cuxhaven', 'Kirchweg 33, 27472 Cuxhaven', '',
                                                  'Berufserfahrung', '2018-heute: Sachbearbeiterin Leistung, BKK Küste', '2009-2018: Medizinische Fachangestellte, Praxis Dr. Lürssen',
                                                  '', 'Kenntnisse: GOÄ, EBM, ICD-10, SAP'])
_bew_pdf2 = pdf_bytes('Schwerbehindertenausweis (Kopie)', ['Kopie Schwerbehindertenausweis', 'Name: Anja Krüger, geb. 21.12.1986',
                                                          'GdB: 50, Merkzeichen: G', 'gültig bis 12/2029', 'Ausstellende Behörde: Versorgungsamt Cuxhaven'])
_zip78 = zip_bytes([('Krueger_Anja/01_Anschreiben.pdf', pdf_bytes('Anschreiben', ['Sehr geehrte Damen und Herren,',
                    'hiermit bewerbe ich mich als Sachbearbeiterin Leistungsprüfung (Ref. 2026-014).', 'Mit freundlichen Grüßen', 'Anja Krüger'])),
                    ('Krueger_Anja/02_Lebenslauf.pdf', _bew_pdf1),
                    ('Krueger_Anja/03_Nachweis_Schwerbehinderung.pdf', _bew_pdf2)])
add('STRICTLY_CONFIDENTIAL', 'de', 'internal', 'severe-disability card copy only inside a ZIP of forwarded application documents',
    P('brockmann'), [('Kirsten Bahr', f'kirsten.bahr@{DOM}'), ('SBV Frau Lammers', f'sbv@{DOM}')], 'Unterlagen Bewerberin Ref. 2026-014 für Donnerstag',
    '''Hallo Kirsten, hallo Frau Lammers,

für das Gespräch am Donnerstag um 14 Uhr die Unterlagen der Bewerberin als ZIP (aus dem ATS
exportiert, weil das Freigabe-Modul gerade hakt). Bitte nach dem Gespräch löschen.

Viele Grüße
Lena''', atts=[('Bewerbung_2026-014_Krueger.zip', _zip78)], hdrs=O16)

# ---- 0079
_exp = zip_bytes([('Auskunft_Art15/Vertraege.csv', csv_bytes([['Vertrag', 'Sparte', 'Beginn', 'Beitrag jährlich EUR', 'Zahlweg'],
                                                              ['PH-6605413', 'Privathaftpflicht', '01.06.2019', '74,20', 'Lastschrift'],
                                                              ['KF-3388020', 'Kfz (HB-JS 1204)', '15.03.2021', '611,85', 'Lastschrift'],
                                                              ['HR-5509176', 'Hausrat', '01.06.2019', '98,60', 'Lastschrift']])),
                  ('Auskunft_Art15/Stammdaten.csv', csv_bytes([['Feld', 'Wert'], ['Name', 'Jens Stüve'], ['Geburtsdatum', '19.08.1975'],
                                                               ['Anschrift', 'Kornstraße 210, 28201 Bremen'], ['IBAN', iban('DE', '29050101' + '0013385517')],
                                                               ['Kundennummer', 'WL-K-0441278']])),
                  ('Auskunft_Art15/Schaeden.csv', csv_bytes([['Schaden', 'Vertrag', 'Datum', 'Art', 'Zahlung EUR'],
                                                             ['23-K-0812277', 'KF-3388020', '11.11.2023', 'Glasbruch Frontscheibe', '684,00']])),
                  ('Auskunft_Art15/Hinweise.txt', 'Erläuterungen zur Auskunft nach Art. 15 DSGVO. Empfänger: Rückversicherer, GDV-HIS (keine Einmeldung).'.encode('utf-8'))])
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'GDPR access request answer: customer master data, IBAN, contracts only inside ZIP',
    P('stenzel'), ('Jens Stüve', 'jens.stueve@webpost-nord.example'), 'Ihre Anfrage nach Art. 15 DSGVO',
    '''Sehr geehrter Herr Stüve,

Sie haben Auskunft über die bei uns zu Ihrer Person gespeicherten Daten verlangt. Die Auskunft erhalten
Sie als ZIP-Archiv; das Passwort haben wir Ihnen wie vereinbart per SMS geschickt.

Im Archiv finden Sie Ihre Stammdaten, die Vertrags- und Schadenübersicht sowie Erläuterungen zu
Zwecken, Empfängern und Speicherdauern. Gesundheitsdaten sind zu Ihrer Person nicht gespeichert, da Sie
bei uns keine Personenversicherung haben.

Bei Fragen erreichen Sie mich unter datenschutz@weserland.example.''' + sig('stenzel'), atts=[('Auskunft_Art15_Stueve.zip', _exp)])

# ---- 0080
_dis = inner_eml(('Sekretariat Unfallchirurgie St. Ansgar', 'sekretariat.uch@ansgar-klinik.example'), ('Leistung Unfall', f'leistung-unfall@{DOM}'),
                 'Entlassbericht Herr Arne Dettmers, geb. 09.06.1971', 'Tue, 03 Mar 2026 11:22:05 +0100', '<eb-55821@ansgar-klinik.example>',
                 '''Sehr geehrte Damen und Herren,

anbei wie angefordert die Zusammenfassung des Entlassberichts:

Patient: Arne Dettmers, geb. 09.06.1971
Aufnahme 18.02.2026 nach Sturz von der Leiter (Arbeitsunfall ausgeschlossen, privat)
Diagnosen: S82.6 Fraktur des Außenknöchels rechts; S42.02 Fraktur der Clavicula links
Therapie: offene Reposition und Plattenosteosynthese OSG rechts (OPS 5-794.k6), Clavicula konservativ
Entlassung 26.02.2026, Teilbelastung 20 kg für 6 Wochen, Thromboseprophylaxe

Mit freundlichen Grüßen
Sekretariat Prof. Dr. Harms, Unfallchirurgie''')
add('STRICTLY_CONFIDENTIAL', 'de', 'internal', 'accident claim: discharge summary with fractures only in the attached forwarded .eml',
    P('pohl'), [('Dr. med. Frauke Imhoff', f'frauke.imhoff@{DOM}')], 'WG: Entlassbericht Unfall – bitte Einschätzung Invalidität',
    '''Hallo Frau Dr. Imhoff,

anbei die Mail der Klinik zu unserem Unfallversicherten (Schaden 26-U-0003391). Können Sie mir sagen, ob
wir jetzt schon eine vorläufige Invaliditätseinschätzung anfordern sollten oder erst nach einem Jahr?

Danke und Gruß
Marco Pohl
Leistung Unfallversicherung''', atts=[('Entlassbericht Dettmers.eml', _dis, 'message/rfc822')], hdrs=O16)

# ---- 0081
add('NORMAL', 'de', 'insurer-to-customer', 'trap: content-free portal notification ("new secure message", mentions health documents in general)',
    ('Weserland SecureMail', f'securemail@{DOM}'), ('Karin Gödeke', 'karin.goedeke@mailbox-nord.example'), 'Neue Nachricht in Ihrem Weserland-Postfach',
    '''Guten Tag,

in Ihrem persönlichen Weserland-Postfach liegt eine neue Nachricht für Sie bereit.

Aus Sicherheitsgründen senden wir Inhalte mit persönlichen Daten, zum Beispiel Leistungsabrechnungen,
Arztberichte oder Vertragsunterlagen, nicht per E-Mail. Bitte melden Sie sich an:

https://securemail.weserland.example

Ihr Benutzername ist Ihre E-Mail-Adresse. Passwort vergessen? Nutzen Sie „Passwort zurücksetzen" und
beantworten Sie Ihre Sicherheitsfrage.

Die Nachricht wird nach 90 Tagen automatisch gelöscht.

Ihre Weserland Versicherungen
(Diese E-Mail wurde automatisch erzeugt.)''', hdrs=[('Auto-Submitted', 'auto-generated')], cte='8bit')

# ---- 0082
add('CONFIDENTIAL', 'de', 'insurer-to-lawyer', "legal-expenses cover for a named client's dismissal case, with salary for the value in dispute",
    P('harms'), ('RA Dr. Moritz Oltmanns', 'm.oltmanns@rasch-oltmanns.example'), 'Ihr Mandant Herr Volker Siemers – Deckungszusage Kündigungsschutzklage',
    '''Sehr geehrter Herr Dr. Oltmanns,

für Ihren Mandanten Herrn Volker Siemers (unser Versicherungsnehmer, Vertrag RS 4402-118335, Baustein
Arbeits-Rechtsschutz) bestätigen wir Deckung für die Kündigungsschutzklage gegen die Nordkran Service
GmbH vor dem Arbeitsgericht Bremen-Bremerhaven.

Gegenstandswert: Vierteljahresverdienst; bei dem von Ihnen genannten Bruttomonatsgehalt von 4.350 EUR
also 13.050 EUR. Eine Ausdehnung auf Weiterbeschäftigungsantrag und Zeugnis bitten wir gesondert
anzufragen.

Selbstbeteiligung des Mandanten: 250 EUR. Unsere Schadennummer: 26-R-0011470.''' + sig('harms'), hdrs=O16)

# ---- 0083
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'daily sickness allowance: incapacity certificate and diagnosis of named insured',
    P('kroeger'), ('Bastian Rohde', 'bastian.rohde@t-netmail.example'), 'Krankentagegeld ab dem 43. Tag',
    '''Hallo Herr Rohde,

Ihre Arbeitsunfähigkeitsbescheinigungen bis 20.03.2026 liegen uns vor. Nach den Angaben Ihres
Orthopäden (lumbaler Bandscheibenvorfall L4/L5, konservative Therapie, ab April Reha geplant) zahlen
wir ab dem 43. Tag der Arbeitsunfähigkeit, also ab 24.02.2026, Krankentagegeld:

  Tarif KT 43, versichert 120 EUR täglich
  24.02.–20.03.2026 = 25 Tage   ->   3.000,00 EUR

Bitte schicken Sie uns Folgebescheinigungen immer zeitnah (gern per App) und teilen Sie uns den Beginn
der Reha mit; für die Zeit in der Reha gilt Ihr Anspruch weiter.''' + sig('kroeger'), cte='8bit')

# ---- 0084
_ics84 = ics_bytes('roadshow-2026-hh@weserland.example', '20260415T100000', '20260415T160000',
                   'Weserland Makler-Roadshow 2026 – Hamburg', 'Hotel Elbkai, Große Elbstraße 40, 22767 Hamburg',
                   'Themen: neue BU für Berufseinsteiger, Pflegezusatz, Zahnzusatz-Courtage, Cyber für Kleinbetriebe. '
                   '6 Weiterbildungsstunden (IDD).', ('Nicole Brandt', f'nicole.brandt@{DOM}'),
                   [('Frank Carstens', 'f.carstens@carstens-makler.example')])
add('NORMAL', 'de', 'insurer-to-broker', 'trap: roadshow invitation (BU, care, dental products) with ICS, no customer',
    P('brandt'), ('Frank Carstens', 'f.carstens@carstens-makler.example'), 'Einladung: Makler-Roadshow 15.04. in Hamburg',
    '''Lieber Herr Carstens,

wir gehen wieder auf Tour und würden uns freuen, Sie und Ihr Team in Hamburg zu sehen:

  Mittwoch, 15. April 2026, 10–16 Uhr, Hotel Elbkai

Auf dem Programm: unsere neue BU für Berufseinsteiger (mit nur fünf Gesundheitsfragen), der
überarbeitete Pflegezusatz, Neuigkeiten zur Zahnzusatz-Courtage und ein Praxisblock Cyber für
Kleinbetriebe. Es gibt 6 Weiterbildungsstunden nach IDD.

Die Kalendereinladung hängt an; bitte melden Sie Kolleginnen und Kollegen bis 10.04. an.

Herzliche Grüße
Nicole Brandt''', atts=[('Roadshow_Hamburg.ics', _ics84)], hdrs=O16)

# ---- 0085
_trans = xlsx_bytes([('Transfer', [
    ['Customer', 'Date of birth', 'Policy', 'Line', 'Annual premium EUR', 'Transfer date'],
    ['Albrecht, Harald', '12.02.1958', 'KF-3377120', 'Motor (HH-HA 212)', 702.40, '01.05.2026'],
    ['Albrecht, Harald', '12.02.1958', 'WG-2271033', 'Buildings, Elbchaussee 301', 1890.00, '01.05.2026'],
    ['Demirci, Selin', '30.09.1990', 'HR-5518842', 'Contents', 84.20, '01.05.2026'],
    ['Ferber GmbH (contact: Ole Ferber)', '', 'BH-8801245', 'Commercial liability', 3120.00, '01.05.2026']])])
add('CONFIDENTIAL', 'en', 'insurer-to-broker', 'portfolio transfer list: customers with birth dates, policies, addresses (XLSX)',
    P('brandt'), ('James Whitaker', 'j.whitaker@hanse-assekuranz.example'), 'Portfolio transfer from Kröger & Sohn – customer list',
    '''Dear James,

as discussed, here is the list of contracts moving from the former agency Kröger & Sohn to Hanse
Assekuranz with effect from 1 May. Please check whether all customers have signed the broker mandate;
we can only transfer contracts with a valid mandate on file.

Health and life contracts are not in this list - they follow separately via the broker portal.

Best regards
Nicole''', atts=[('Portfolio_transfer_2026-05.xlsx', _trans)], hdrs=O16)

# ---- 0086
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'underwriting: genetic test (BRCA2) of named applicant and family history',
    P('kuhlmann'), ('Charlotte Evers', 'charlotte.evers@nordic-mail.example'), 'Your application for term life cover – genetic test results',
    '''Dear Ms Evers,

thank you for your open answers in the application for term life cover (application A-RL-2026-01933).

You mentioned that you carry a BRCA2 variant, found through predictive testing after your mother's breast
cancer diagnosis. Under section 18 of the German Genetic Diagnostics Act (GenDG), we may neither ask for
nor use results of predictive genetic tests for a sum insured below EUR 300,000. Your requested sum
insured is EUR 250,000, so this information will not be taken into account and we have deleted it from
the application file.

Your application will be assessed only on the basis of the regular health questions. We will send you
our decision within the next week.''' + sig('kuhlmann', 'en'))

# ---- 0087
add('NORMAL', 'mixed', 'insurer-to-partner', 'trap: agenda with Austrian partner insurer on cross-border claims (green card, medical invoices), no person',
    P('albers'), ('Mag. Stefanie Gruber', 'stefanie.gruber@alpenland-versicherung.example'), 'Agenda Jour fixe Grenzschäden / cross-border claims – 28. April',
    '''Liebe Frau Gruber,

danke für die Terminbestätigung. Vorschlag für die Agenda, teils auf Englisch, weil Ihre Kollegen aus
Ljubljana dazukommen:

1. Grüne-Karte-Schäden 2025: Fallzahlen und Durchlaufzeiten (beide Seiten)
2. Direct settlement of Austrian hospital invoices for German motor victims – process and data channel
   (SecureMail vs. domain encryption via our gateways)
3. Regress in Personenschäden: Schnittstelle zu den Sozialversicherungsträgern
4. AOB: joint training for claims handlers, autumn 2026

Would 09:30–12:00 CET work for everyone?

Beste Grüße aus Bremen
Dennis Albers''')

# ---- 0088
add('CONFIDENTIAL', 'de', 'insurer-to-authority', "garnishee statement: a named customer's pending property claim payout is attached by a creditor",
    P('renken'), ('Gerichtsvollzieherin Möller', 'gv.moeller@justiz-bremen.example'), 'Drittschuldnererklärung – PfÜB AG Bremen 248 M 1107/26',
    '''Sehr geehrte Frau Möller,

zum Pfändungs- und Überweisungsbeschluss des Amtsgerichts Bremen vom 10.03.2026 (248 M 1107/26) in der
Sache Inkasso Nordwest GmbH ./. Patrick Lüers geben wir folgende Erklärung nach § 840 ZPO ab:

1. Wir erkennen die gepfändete Forderung dem Grunde nach an. Herr Lüers, geb. 04.01.1988, hat gegen
   uns einen Anspruch aus dem Hausratvertrag HR-5540019 (Leitungswasserschaden vom 02.02.2026) in Höhe
   von voraussichtlich 3.870,00 EUR.
2. Die Zahlung erfolgt nach Abschluss der Regulierung an die Gläubigerin.
3. Vorrangige Pfändungen oder Abtretungen sind uns nicht bekannt.''' + sig('renken'), charset='iso-8859-1', cte='quoted-printable')

# ---- 0089
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'health insurance premium arrears and emergency tariff for named policyholder (personal line)',
    ('Weserland Beitragsservice', f'beitragsservice@{DOM}'), ('Mario Sand', 'mario.sand@freemail-hb.example'), 'Beitragsrückstand Krankenversicherung – Ruhen der Leistungen',
    '''Sehr geehrter Herr Sand,

trotz unserer Mahnungen vom 12.01. und 13.02.2026 ist der Beitragsrückstand für Ihre Krankheitskosten-
versicherung KV 7724-390615 nicht ausgeglichen:

  offene Beiträge Nov. 2025 – März 2026:   2.471,50 EUR
  Säumniszuschläge:                          74,15 EUR

Gemäß § 193 Abs. 6 VVG ruht Ihr Vertrag ab dem 01.05.2026 und wird im Notlagentarif fortgeführt. Dann
sind nur noch Aufwendungen für die Behandlung akuter Erkrankungen und Schmerzzustände sowie bei
Schwangerschaft und Mutterschaft versichert.

Wenn Sie hilfebedürftig im Sinne des SGB II oder XII sind, tritt das Ruhen nicht ein – bitte senden Sie
uns dann den Bescheid. Eine Ratenzahlung ist möglich; rufen Sie uns an: 0421 5570-6100.

Mit freundlichen Grüßen
Ihr Beitragsservice''')

# ---- 0090
add('NORMAL', 'de', 'insurer-to-supplier', 'trap: order to shred medical files and claims records (health words, no person)',
    P('meyerkoch'), ('Auftragsannahme Aktenwolf', 'auftrag@aktenwolf-entsorgung.example'), 'Abruf Aktenvernichtung April – Schutzklasse 3',
    '''Guten Tag,

wir rufen aus dem Rahmenvertrag (Vertrag Nr. AV-2023-112, Schutzklasse 3, Sicherheitsstufe P-4) für April
folgende Leistungen ab:

- 40 Sicherheitsbehälter 240 l aus der Leistungsabteilung Kranken (Arztrechnungen, Befundberichte,
  Heil- und Kostenpläne nach Ablauf der Aufbewahrungsfrist)
- 12 Behälter aus dem Personalbereich (Bewerbungsunterlagen abgelehnter Bewerber, älter als 6 Monate)
- 2 Paletten Archivkartons Altakten Leben (Verträge abgelaufen vor 2014)

Abholung bitte am 28. oder 29.04., Warenannahme Haus C. Vernichtungsnachweis wie immer je Behälter mit
Plombennummer an einkauf@weserland.example.

Mit freundlichen Grüßen
Torsten Meyer-Koch''')

# ---- 0091
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-applicant', "staff health-cover enrolment of a new hire: declared asthma and inhaler",
    P('whitfield'), ('Ana Lima', 'ana.lima@correio-mail.example'), 'Your staff health insurance – enrolment before your start',
    '''Dear Ana,

welcome aboard (almost)! As a Weserland employee you can join our staff private health plan at the
employee rate. Thank you for returning the enrolment form so quickly.

In the health questions you declared asthma (since childhood, controlled with a budesonide/formoterol
inhaler, no hospital stays in the last five years) and the paraplegia after your accident in 2019,
including the ongoing urological follow-up. For staff enrolments within three months of joining we do not
apply surcharges or exclusions, so both conditions are covered in full from 2 March.

Your membership card will be sent to your Bremen address. Prescriptions from Portugal in the first weeks
can be submitted via the app as well.

Warm regards
Emma''' + sig('whitfield', 'en'))

# ---- 0092
add('STRICTLY_CONFIDENTIAL', 'de', 'internal', 'probation review of a named employee citing sick days and a stated back condition',
    ('Kirsten Bahr', f'kirsten.bahr@{DOM}'), [P('hagedorn')], 'Probezeit Herr Wolff – Bitte um Gespräch',
    '''Hallo Tobias,

die Probezeit von Herrn Benedikt Wolff endet am 31.07. Fachlich bin ich sehr zufrieden. Bevor jemand
fragt: Er hatte seit Februar 14 Krankheitstage, davon 6 Tage nach einem MS-Schub im April (Kortisonstoß,
hat er selbst erzählt) und die vereinbarten Infusionstage, die er im Homeoffice nachgearbeitet hat.

Ich möchte ausdrücklich, dass wir ihn übernehmen, und bitte dich, das im Gespräch mit dem Bereichsleiter
so zu vertreten, falls dort die Fehlzeiten angesprochen werden. Die SBV (Frau Lammers) ist informiert.

Können wir uns nächste Woche kurz zusammensetzen?

Viele Grüße
Kirsten''', hdrs=O16)

# ---- 0093
add('NORMAL', 'en', 'internal', 'trap: aggregated 90-day onboarding survey (mentions sick leave, health offers), no individual',
    P('aydin'), [('HR leadership', f'hr-lt@{DOM}')], '90-day onboarding survey – results 2025 cohort',
    '''Hi all,

results of the 90-day onboarding survey for everyone who joined between January and September 2025
(n = 87, response rate 71 %):

- 89 % felt well prepared on day one (laptop ready, desk, buddy) - up from 74 %.
- Weakest item: "I know whom to ask about benefits" (58 %). Many did not know about the staff health
  plan, the company doctor or the Employee Assistance Programme.
- Free-text themes: too many systems in week one; wish for more team lunches; two comments that sick
  leave reporting during probation felt "scary" - we should explain the process better (call in,
  certificate from day 3, no questions about the reason).

Proposal: a one-page "Benefits & health at Weserland" sheet in the welcome pack. Draft by end of April.

Merve''', cte='quoted-printable', charset='us-ascii')

# ---- 0094
add('CONFIDENTIAL', 'de', 'insurer-to-applicant', 'welcome letter: personnel number, social-security number (contains birth date) and home address',
    P('aydin'), ('Lukas Stöver', 'lukas.stoever@schuelerpost.example'), 'Willkommen bei der Weserland – alles für deinen Start am 3. August',
    '''Hallo Lukas,

Anfang August geht es los – wir freuen uns! Ein paar Infos für deinen Start:

Dein erster Tag: Montag, 03.08.2026, 08:30 Uhr, Empfang Haus B. Kathrin Lüders holt dich dort ab.
Deine Personalnummer: 104925 (brauchst du für das Intranet und die Kantinenkarte)
Die Sozialversicherungsnummer 28 270107 S 512 haben wir von deiner Krankenkasse bekommen, die musst du
also nicht mehr nachreichen.

Wir schicken deine Unterlagen (Ausbildungsplan, Ticket fürs Deutschlandticket Job) an
Am Lehester Deich 88, 28357 Bremen – bitte sag Bescheid, falls du vorher umziehst.

Bis bald!
Merve Aydın
Personalbetreuung & Onboarding''', flowed=True, cte='8bit', hdrs=TB)

# ---- 0095
_bav = ods_bytes([('Entgeltumwandlung', [
    ['Personalnr.', 'Name', 'Geburtsdatum', 'Umwandlung mtl. EUR', 'AG-Zuschuss 15 %', 'Vertrag Direktversicherung', 'Beginn'],
    ['104877', 'Kordes, Jasmin', '17.06.1996', 150, 22.5, 'LV-DV 9904-112280', '01.05.2026'],
    ['104878', 'Yilmaz, Emre', '03.12.1988', 250, 37.5, 'LV-DV 9904-112281', '01.05.2026'],
    ['104880', 'Schoof, Rainer', '08.05.1969', 302, 45.3, 'LV-DV 9904-112282', '01.05.2026']])], title='bAV Anmeldungen')
add('STRICTLY_CONFIDENTIAL', 'de', 'internal', 'occupational pension (life line) enrolments of named staff with birth dates and contributions (ODS)',
    P('feldkamp'), [('bAV-Service Leben', f'bav-service@{DOM}')], 'Anmeldung Direktversicherung Neueintritte – Stand April',
    '''Hallo liebe Kolleginnen und Kollegen im bAV-Service,

anbei die Entgeltumwandlungs-Vereinbarungen aus den Neueintritten (ODS, wie gewohnt). Die
Vertragsnummern habt ihr schon reserviert. Beginn jeweils 01.05.2026, Beitrag inkl. AG-Zuschuss.

Bitte die Versicherungsscheine an die Privatadresse und nicht an den Arbeitsplatz schicken.

Gruß Jonas
Entgeltabrechnung''', atts=[('bAV_Anmeldungen_2026-03.ods', _bav)], hdrs=O16)

# ---- 0096
_ics96 = ics_bytes('eh-kurs-2026-04@weserland.example', '20260519T083000', '20260519T163000', 'Erste-Hilfe-Ausbildung (9 UE) – Neueintritte',
                   'Haus A, Schulungsraum 0.22', 'Durchführung: Johanniter-Ausbildungszentrum Weser. Mittagessen in der Kantine.',
                   ('Heike Janßen', f'heike.janssen@{DOM}'), [])
add('NORMAL', 'de', 'insurer-to-supplier', 'trap: first-aid course booking for new staff (Ersthelfer, Reanimation), no participant names',
    P('janssen'), ('Kursplanung', 'kurse@ersthelfer-weser.example'), 'Buchung Erste-Hilfe-Ausbildung 19.05. – 12 Teilnehmende',
    '''Guten Tag Frau Tietjen,

wie telefonisch besprochen buchen wir die Erste-Hilfe-Ausbildung (9 Unterrichtseinheiten, Abrechnung
über die VBG) als Inhouse-Kurs:

  Termin:  Dienstag, 19.05.2026, 08:30–16:30 Uhr
  Ort:     Weserland Versicherungen, Haus A, Schulungsraum 0.22
  Gruppe:  12 Teilnehmende aus den Neueintritten Februar/März

Schwerpunkte bitte wie letztes Mal: Herz-Lungen-Wiederbelebung mit AED, stabile Seitenlage,
Herzinfarkt und Schlaganfall erkennen, Unterzuckerung. Die Teilnehmerliste mit Namen für die VBG
schicken wir Ihnen am Kurstag in Papierform mit.

Eine Kalendereinladung für Ihre Trainerin hängt an.

Mit freundlichen Grüßen
Heike Janßen
Facility Management''', atts=[('Erste-Hilfe-Kurs.ics', _ics96)])

# ---- 0097
_ref97 = docx_bytes([('h', 'Reference Letter (draft)'), 'Mr Chidi Okonkwo, born 7 March 1987 in Lagos, was employed by Weserland Versicherungen '
                     'from 1 September 2021 to 31 May 2026 as Senior Pricing Analyst in the Actuarial department.',
                     'His annual salary at the end of employment was EUR 84,500.',
                     'Mr Okonkwo developed our motor pricing models (GLM, gradient boosting) and led a team of three analysts.',
                     'He always performed his duties to our complete satisfaction. His conduct towards superiors, colleagues and business '
                     'partners was always exemplary.', 'He leaves at his own request. We thank him and wish him every success.',
                     '[Note HR: salary only at employee request - he needs it for his new employer in Ireland; remove otherwise.]'],
                    title='Reference Okonkwo')
add('CONFIDENTIAL', 'en', 'internal', 'draft reference letter for a leaving employee: birth date and salary only in DOCX',
    P('aydin'), [P('vogt')], 'Draft reference letter – Chidi Okonkwo',
    '''Hi Katharina,

attached the draft reference letter for Chidi. He asked for an English version and, unusually, for his
final salary to be mentioned (his new employer in Dublin wants proof for the relocation package).
Please check the part about his tasks - you know them better than I do.

I need it back by 20 May so he has it on his last day.

Thanks,
Merve''', atts=[('Reference_Okonkwo_DRAFT.docx', _ref97)], hdrs=O16)

# ---- 0098
add('NORMAL', 'en', 'insurer-to-applicant', 'trap: talent-pool job alert (data, claims automation roles mentioning health data), no applicant data',
    ('Weserland Careers', f'karriere@{DOM}'), ('Talent pool member', 'talentpool@karriere.weserland.example'), 'New roles that match your profile',
    '''Hello,

you are in the Weserland talent pool for IT & Data. New roles this month:

* Data Scientist - Health Claims Automation (Bremen/hybrid)
  Build models that route medical invoices to fast-track processing. Experience with sensitive data
  (health data, GDPR Art. 9) is a plus. EUR 65,000-82,000.

* Security Engineer - Secure Communication (Bremen/hybrid)
  Operate our S/MIME and TLS gateway and the portal for customers and brokers. EUR 65,000-82,000.

* Working Student Recruiting Analytics (20 h/week)

Apply with one click: https://karriere.weserland.example/jobs

You receive this e-mail because you joined our talent pool. Your data will be deleted 24 months after
joining unless you renew your consent: https://karriere.weserland.example/talentpool/settings

Weserland Versicherungen - Talent Acquisition''', html='''<html><body style="font-family:Arial">
<h2>New roles that match your profile</h2>
<ul>
<li><b>Data Scientist - Health Claims Automation</b> (Bremen/hybrid) &ndash; EUR 65,000-82,000</li>
<li><b>Security Engineer - Secure Communication</b> (Bremen/hybrid) &ndash; EUR 65,000-82,000</li>
<li><b>Working Student Recruiting Analytics</b> (20 h/week)</li>
</ul>
<p><a href="https://karriere.weserland.example/jobs">Apply with one click</a></p>
<p style="font-size:10px">You receive this e-mail because you joined our talent pool.
<a href="https://karriere.weserland.example/talentpool/settings">Settings</a></p></body></html>''',
    hdrs=[('Precedence', 'bulk'), ('Auto-Submitted', 'auto-generated')])

# ---- 0099
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'travel health: malaria treatment in Kenya for named insured, hospital invoice',
    P('demir'), ('Samuel Achterberg', 'samuel.achterberg@mailcloud.example'), 'Re: Hospital bill Nairobi – claim TR-26-01288',
    '''Dear Mr Achterberg,

good to hear you are back home and feeling better.

We have checked the invoice from the Aga Khan Hospital: three days inpatient treatment for falciparum
malaria (B50.9) with IV artesunate, lab tests and a follow-up visit. Your travel health insurance
RK-6631907 covers this in full:

  Hospital invoice       KES 412,600 = EUR 2,948.10
  Pharmacy (Riamet)      KES   4,300 = EUR    30.72
  Total reimbursed                     EUR 2,978.82

The amount will be transferred within three working days. Your GP will probably want to see the
discharge letter; please keep the original.

Best wishes
Yusuf Demir

> -----Original Message-----
> From: Samuel Achterberg
> Sent: Monday, 13 April 2026 08:12
> Subject: Hospital bill Nairobi
>
> Hello, attached the bill from the hospital in Nairobi. I had malaria after the safari, three nights.
> Paid by credit card. Thanks, Samuel''')

# ---- 0100
add('CONFIDENTIAL', 'en', 'insurer-to-customer', 'grey: pet insurance vet bill (animal health) for named customer and policy',
    P('renken'), ('Hannah Fitzgerald', 'hannah.fitz@inboxly.example'), 'Vet invoice for Bruno – policy TK-220417',
    '''Dear Ms Fitzgerald,

we've reimbursed the invoice from Tierarztpraxis Am Deich for Bruno (Labrador, 6 years): X-ray and
surgery for a torn cruciate ligament (TPLO), EUR 2,874.50 at 2x GOT.

Under Pet Surgery your benefit is 100 % up to EUR 5,000 per year minus your EUR 250 excess, so we pay
EUR 2,624.50. Physiotherapy for dogs after surgery is covered for up to 10 sessions - send the invoices
when you have them.

We hope Bruno is back on four paws soon!''' + sig('renken', 'en'), cte='quoted-printable')

# ---- 0101
add('NORMAL', 'en', 'insurer-to-partner', 'trap: press Q&A on health premium increases (hospital costs, medicines), no person',
    P('wiechmann'), ('Claire Donovan', 'c.donovan@euro-insurance-news.example'), 'Re: Your questions on PKV premium adjustments 2026',
    '''Dear Ms Donovan,

thank you for your questions. Our answers, to be quoted as "a Weserland spokesperson":

1. Why are private health premiums rising in 2026?
   Mainly because claims costs have increased: hospital costs (+9 % per insured), new expensive
   medicines, especially in oncology, and more outpatient psychotherapy.

2. How many customers are affected?
   About 62 % of our comprehensive health customers see an adjustment, on average +8.7 %.

3. What can customers do?
   Every customer has the right to switch to another tariff with us (§ 204 VVG) without new health
   checks for equivalent benefits. We send tariff-switch proposals together with the adjustment letter.

Happy to arrange a background call with our actuary.

Best regards
Julia Wiechmann, Corporate Communications''')

# ---- 0102
_hoer = pdf_bytes('Rechnung Hörakustik Brinkmann', ['Hörakustik Brinkmann, Obernstraße 12, 28195 Bremen', '',
                  'Rechnung Nr. 2026-0457 vom 02.04.2026', 'Kunde: Herr Wilhelm Gerken, Am Dobben 77, 28203 Bremen', '',
                  'Versorgung beidseitig nach HNO-Verordnung Dr. Frerichs (Diagnose: H90.3 Schallempfindungsschwerhörigkeit beidseitig)',
                  '2 x Hörsystem Phonak Audeo L90-R  je 2.390,00 EUR', 'Anpassung, Otoplastik, Service 6 Jahre  inkl.', '',
                  'Gesamtbetrag: 4.780,00 EUR'])
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'hearing aids reimbursement, diagnosis in a scanned invoice sent as octet-stream',
    P('kroeger'), ('Wilhelm Gerken', 'w.gerken@t-netmail.example'), 'AW: Hörgeräte',
    '''Sehr geehrter Herr Gerken,

anbei wie gewünscht noch einmal die Rechnung des Hörakustikers, die Sie uns geschickt hatten, mit
unserem Prüfvermerk. Wir erstatten nach Ihrem Tarif 80 % bis höchstens 1.500 EUR je Ohr, also
3.000,00 EUR. Der Betrag ist gestern überwiesen worden.

Mit freundlichen Grüßen
Sven Kröger''', atts=[('Scan_20260408_0931.pdf', _hoer, 'application/octet-stream')], hdrs=O16)

# ---- 0103
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'e-bike theft: named customer, frame number, contract, settlement',
    P('renken'), ('Carsten Rüther', 'c.ruether@freemail-hb.example'), 'Diebstahl Ihres E-Bikes – Schaden 26-H-0310284',
    '''Hallo Herr Rüther,

danke für die Diebstahlanzeige der Polizei Bremen (Tagebuch-Nr. 0412/26/118803). Ihr E-Bike
Riese & Müller Charger4, Rahmennummer WSBC604211773K, war über die Fahrradklausel Ihres Hausratvertrags
HR-5533412 versichert, auch nachts, da es im verschlossenen Fahrradkeller stand.

Entschädigung: Neuwert laut Kaufbeleg 5.499 EUR, begrenzt auf die vereinbarte Summe von 5.000 EUR.
Wir zahlen in den nächsten Tagen.

Falls das Rad gefunden wird, melden Sie sich bitte – dann können Sie wählen, ob Sie es gegen Rückzahlung
zurücknehmen.''' + sig('renken'))

# ---- 0104
_goae = xlsx_bytes([('GOÄ alt-neu', [
    ['GOÄ alt', 'Leistung', 'Punkte alt', 'EUR 2,3fach alt', 'GOÄ neu (Entwurf)', 'EUR neu', 'Veränderung'],
    ['1', 'Beratung', 80, 10.72, 'A1.01', 15.20, '+41,8 %'],
    ['3', 'Eingehende Beratung', 150, 20.11, 'A1.02', 27.40, '+36,3 %'],
    ['5', 'Symptombezogene Untersuchung', 80, 10.72, 'A1.10', 14.10, '+31,5 %'],
    ['250', 'Blutentnahme', 40, 5.36, 'L1.01', 6.00, '+11,9 %'],
    ['410', 'Sonographie eines Organs', 200, 26.81, 'C5.01', 31.50, '+17,5 %']]),
    ('Hochrechnung', [['Bestand ambulant', 'Kosten 2025 Mio. EUR', 'Schätzung nach GOÄ neu', 'Effekt'], ['gesamt', 412.6, 448.9, '+8,8 %']])])
add('NORMAL', 'de', 'internal', 'trap: GOÄ old/new fee schedule comparison and cost projection, no patient',
    P('vogt'), [('Dr. med. Frauke Imhoff', f'frauke.imhoff@{DOM}'), ('Produktmanagement Kranken', f'pm-kranken@{DOM}')],
    'GOÄ-Novelle: Vergleich und Hochrechnung für den Bestand',
    '''Hallo zusammen,

anbei die Gegenüberstellung der häufigsten GOÄ-Ziffern alt/neu (auf Basis des veröffentlichten
Entwurfs) und eine erste Hochrechnung für unseren ambulanten Bestand: +8,8 % auf die Arztkosten, wenn
die Novelle wie geplant kommt. Beratungsleistungen steigen überproportional, Labor und Technik weniger.

Bitte noch nicht extern verwenden – die Zahlen sind vorläufig und gehen in die BAP-Rechnung für 2027 ein.

Katharina''', atts=[('GOAE_Vergleich_Hochrechnung.xlsx', _goae)], hdrs=O16)

# ---- 0105
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer', 'legal expenses: criminal proceedings for drunk driving of named client (criminal data)',
    P('harms'), ('RA Hanno Schweers', 'kanzlei@schweers-verkehrsrecht.example'), 'Ihr Mandant Herr Timo Bolte – Strafverfahren, RS 4415-330912',
    '''Sehr geehrter Herr Schweers,

zum Strafverfahren gegen Ihren Mandanten Herrn Timo Bolte (StA Verden, Az. 411 Js 2207/26) wegen
Trunkenheit im Verkehr (§ 316 StGB, BAK 1,34 ‰) teilen wir mit:

Verkehrs-Rechtsschutz besteht für Vorsatzdelikte nicht; wir gewähren Deckung für die Verteidigung
daher zunächst nur unter dem Vorbehalt, dass keine rechtskräftige Verurteilung wegen Vorsatzes erfolgt.
Im Fall einer Verurteilung wegen Vorsatzes fordern wir die Kosten zurück. Bei fahrlässiger Begehung
bleibt es bei der Deckung.

Bitte halten Sie uns über den Verfahrensstand (Strafbefehl / Hauptverhandlung) auf dem Laufenden. Die
Frage der Fahrerlaubnis (vorläufige Entziehung nach § 111a StPO) ist ebenfalls umfasst.''' + sig('harms'), hdrs=O16)

# ---- 0106
add('CONFIDENTIAL', 'en', 'insurer-to-assessor', 'cargo claim: named contact person at consignee, policy and loss details',
    P('gerdes'), ('Captain Neil Harper', 'n.harper@harper-marine-surveys.example'), 'Survey instruction – water damage to cargo, B/L HBGAC2604113',
    '''Dear Captain Harper,

please attend the following loss on our behalf as soon as possible:

  Assured:      Weserfrucht Import GmbH, open cargo policy TR-OC-5512
  Contact:      Mr Jörn Eilers, logistics manager, mobile +49 160 9982471
  Goods:        1,420 cartons of dried apricots, container MSKU 884120-3
  Vessel/route: MV "Nordic Star", Izmir - Bremerhaven, discharged 30 April
  Damage:       water ingress, cartons wet on the bottom two tiers; consignee noted reservations

The container is still at the CTB terminal, stack 14. Please take samples, check the door seals and the
container condition, and send us a preliminary report within 48 hours. Our claim reference: 26-T-000417.''' + sig('gerdes', 'en'))

# ---- 0107
add('NORMAL', 'de', 'insurer-to-customer', 'trap: generic legal-expenses product information to a prospect (employment law, waiting period), no contract',
    P('behrens'), ('Yvonne Kasten', 'y.kasten@webpost-nord.example'), 'AW: Rechtsschutz bei Ärger mit dem Arbeitgeber?',
    '''Guten Tag Frau Kasten,

danke für Ihre Anfrage. Ganz allgemein: Arbeits-Rechtsschutz ist in unseren Tarifen Privat und
Privat+Beruf enthalten. Er hilft z. B. bei Kündigung, Abmahnung oder Streit um ein Arbeitszeugnis.

Wichtig: Es gibt eine Wartezeit von drei Monaten. Für Streitigkeiten, die vor Vertragsbeginn oder in der
Wartezeit entstehen, besteht kein Versicherungsschutz. Wenn Sie bereits konkreten Ärger haben, kann ein
neuer Vertrag dafür also leider nicht mehr helfen.

Ein Angebot können Sie online berechnen: https://www.weserland.example/rechtsschutz

Freundliche Grüße
Ines Behrens, Kundenservice

-----Ursprüngliche Nachricht-----
Von: Yvonne Kasten
Gesendet: Mittwoch, 15. April 2026 19:40
Betreff: Rechtsschutz bei Ärger mit dem Arbeitgeber?

Hallo, zahlt Ihre Rechtsschutzversicherung auch, wenn man mit dem Arbeitgeber Streit hat? Und ab wann?
Viele Grüße''')

# ---- 0108
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'expat health: pregnancy and maternity cover for named insured, due date',
    P('whitfield'), ('Sarah Lindgren', 'sarah.lindgren@nordic-mail.example'), 'Maternity cover – your questions',
    '''Dear Sarah,

congratulations! Thank you for letting us know so early.

Your International Health Premium policy EX-211046 has been in force for more than 10 months, so the
maternity waiting period is fulfilled. With your expected due date of 28 October 2026 in Dubai, you are
covered for:

  - antenatal care (incl. the first-trimester screening and the two anomaly scans you mentioned),
  - delivery in a private hospital, incl. a planned C-section if medically indicated,
  - newborn care; if you add your baby within 30 days of birth, there are no health questions.

Please send us the pre-authorisation request from Mediclinic City Hospital about six weeks before the due
date so we can arrange direct billing.

Warm regards
Emma Whitfield''' + FOOT_EN, cte='base64')

# ---- 0109
add('NORMAL', 'en', 'internal', 'trap: complaints KPI summary (health claims, disability) in aggregate only',
    P('behrens'), [('Management Board office', f'vorstandsbuero@{DOM}')], 'Complaints Q1 2026 – summary for the board',
    '''Dear colleagues,

Q1 2026 complaints in brief:

  Total complaints:             1,148 (Q1 2025: 1,062)
  Health claims (refusals):       371 - mostly GOAE factor above 2.3 and psychotherapy approvals
  Disability claims:               64 - processing time remains the main issue (avg. 97 days)
  Motor claims:                   238 - hail event in February
  Ombudsman cases:                 19 (PKV ombudsman 12, insurance ombudsman 7)
  Complaints upheld (partly):     34 %

No individual cases are included; the detailed list is available in the complaints system for
authorised users.

Ines Behrens, Customer Service''', cte='7bit', charset='us-ascii')

# ---- 0110
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'glass breakage: named customer, contract and payment (short reply, iso-8859-1)',
    P('renken'), ('Gisela Harjes', 'gisela.harjes@landpost.example'), 'AW: Ceranfeld gesprungen',
    '''Liebe Frau Harjes,

kein Problem - das gesprungene Ceranfeld ist über Ihre Glasversicherung (Vertrag GL-7710334) versichert.
Schicken Sie uns einfach die Rechnung des Elektrikers, wir erstatten den Betrag dann ohne
Selbstbeteiligung.

Viele Grüße
Claudia Renken

> Gesendet: Mittwoch, 6. Mai 2026 um 11:03 Uhr
> Von: "Gisela Harjes"
> Betreff: Ceranfeld gesprungen
> Mir ist ein Topf auf das Ceranfeld gefallen, jetzt ist ein Sprung drin. Zahlt das die Versicherung?''',
    charset='iso-8859-1', cte='8bit')

# ---- 0111
add('NORMAL', 'en', 'internal', 'trap: internal-audit sampling plan for health claims files (diagnoses, GOÄ) with no case data',
    ('Internal Audit', f'internal.audit@{DOM}'), [P('kroeger'), P('imhoff')], 'Audit 2026-07 Health claims – sampling plan',
    '''Dear Mr Kröger, dear Dr Imhoff,

as announced, audit 2026-07 "Health claims - approval of psychotherapy and hospital cost coverage" starts
on 18 May. Sampling plan:

  Population:  all approvals Oct 2025 - Mar 2026 (approx. 6,900 cases)
  Sample:      60 cases, stratified: 20 psychotherapy (F-diagnoses), 20 inpatient cost coverage,
               20 GOÄ factor > 3.5
  Selection:   random, by the audit tool; we draw the sample on 18 May and will access the files
               read-only in the claims system (no copies, no exports)

We do not need any documents in advance. Please nominate a contact person for each stratum.

Kind regards
Internal Audit''')

# ---- 0112
add('NORMAL', 'de', 'insurer-to-customer', 'trap: child accident insurance product information (fractures, disability) for a prospect',
    P('behrens'), ('Familie Tegeler', 'tegeler.family@mailbox-nord.example'), 'Ihre Anfrage: Kinderunfallversicherung',
    '''Liebe Familie Tegeler,

vielen Dank für Ihr Interesse an unserer Kinderunfallversicherung. Die wichtigsten Leistungen im
Überblick:

- Invaliditätsleistung bis 500.000 EUR mit Progression 350 % (z. B. nach schweren Knochenbrüchen oder
  Kopfverletzungen)
- Unfallrente ab 50 % Invalidität lebenslang
- Kosmetische Operationen, Bergungskosten, Zahnersatz nach Unfall
- Krankenhaustagegeld und Gipsgeld
- Mitversichert: Vergiftungen durch Gase oder Dämpfe, Impfschäden, Zeckenstiche (Borreliose, FSME)

Für Kinder bis 14 Jahre kostet der Tarif KinderPlus 9,80 EUR im Monat. Es gibt keine
Gesundheitsfragen.

Den Antrag finden Sie online; gern berate ich Sie auch telefonisch.

Herzliche Grüße
Ines Behrens''')

# ---- 0113
add('CONFIDENTIAL', 'de', 'insurer-to-customer', "cyber policy quote for a sole-trader tax adviser: turnover and business address",
    P('gerdes'), ('StB Dipl.-Kfm. Hartmut Eilers', 'kanzlei@stb-eilers.example'), 'Angebot Cyberversicherung für Ihre Kanzlei',
    '''Sehr geehrter Herr Eilers,

danke für die Angaben im Risikofragebogen. Auf Basis Ihres Jahresumsatzes 2025 von 386.000 EUR (Einzelkanzlei,
4 Mitarbeitende, Lilienthaler Heerstraße 140, 28357 Bremen) können wir Ihnen folgenden Schutz anbieten:

  Versicherungssumme:        500.000 EUR
  Selbstbeteiligung:         1.000 EUR
  Jahresbeitrag netto:       1.284,00 EUR (zzgl. VSt 19 % = 1.527,96 EUR)

Voraussetzungen: Multi-Faktor-Authentifizierung für den Fernzugriff und tägliche Offline-Backups – beides
haben Sie bestätigt. Da Sie Mandantendaten nach § 203 StGB verarbeiten, ist der Baustein
„Datenschutzverletzungen" mit Kosten für Benachrichtigung und Forensik enthalten.

Das Angebot gilt bis 31.05.2026.''' + sig('gerdes'), hdrs=O16)

# ---- 0114
_rente = pdf_bytes('Standmitteilung Ihrer Direktversicherung 2026', [
    'Weserland Lebensversicherung AG', '', 'Frau Jasmin Kordes, Hastedter Heerstraße 55, 28207 Bremen', '',
    'Versicherungsnummer LV-DV 9904-112280 (Entgeltumwandlung, Arbeitgeber Weserland Allgemeine Versicherung AG)',
    'Geburtsdatum: 17.06.1996   Rentenbeginn: 01.07.2063', '',
    'Beitrag monatlich: 172,50 EUR (davon Arbeitgeberzuschuss 22,50 EUR)',
    'Garantierte Monatsrente: 412,18 EUR', 'Mögliche Monatsrente inkl. Überschuss (nicht garantiert): 598,40 EUR',
    'Rückkaufswert zum 01.05.2026: 0,00 EUR (Vertragsbeginn 01.05.2026)', '',
    'Hinterbliebenenschutz: Beitragsrückgewähr vor Rentenbeginn'])
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'harmless body; life/pension statement (personal line) with birth date only in the PDF',
    P('reimers'), ('Jasmin Kordes', 'jasmin.kordes@posteo-mail.example'), 'Ihre Unterlagen zur Direktversicherung',
    '''Sehr geehrte Frau Kordes,

wie gewünscht erhalten Sie anbei Ihre erste Standmitteilung als PDF. Bei Fragen zur Entgeltumwandlung
wenden Sie sich gern an mich oder an Ihre Entgeltabrechnung.''' + sig('reimers'), atts=[('Standmitteilung_2026.pdf', _rente)])

# ---- 0115
add('NORMAL', 'en', 'insurer-to-partner', 'trap: S/MIME domain certificate exchange with a partner (encryption of health data mentioned), no person',
    P('ostendorf'), ('PKI team', 'pki@hanseatic-re.example'), 'Gateway-to-gateway encryption – our new domain certificate',
    '''Hello PKI team,

our domain certificate for weserland.example is renewed. New certificate details:

  Subject:      CN=weserland.example, O=Weserland Versicherungen, C=DE
  Issuer:       Hansa Trust Gateway CA 4
  Valid:        2026-04-20 to 2027-05-21
  SHA-256 fingerprint: 8C:1E:57:A2:90:3B:44:DF:0A:6E:12:C7:9B:58:E0:41:7D:2A:66:B3:91:05:CC:48:7F:E2:13:9A:55:0D:B8:C4

Please import it in your gateway by 30 April; the old one expires on 21 May. Disability claim files and
medical reports in the treaty exchange will continue to be encrypted gateway-to-gateway, so no change
for your underwriters.

The certificate is available at https://pki.weserland.example/domain/weserland.example.cer

Best regards
Jan Ostendorf, IT Security''', cte='7bit', charset='us-ascii')

# ---- 0116
add('CONFIDENTIAL', 'en', 'insurer-to-customer', 'private liability: named customer damaged a friend\'s vase, claim and policy numbers, nobody hurt',
    P('thiele'), ('Lucy Brennan', 'lucy.brennan@mailcloud.example'), 'Your liability claim 26-L-0044178 (Ming-style vase)',
    '''Dear Ms Brennan,

thank you for your report. Under your personal liability policy PH-6631205 you're covered for damage you
cause to other people's property, including at a friend's home.

To assess the claim for the vase you knocked over at Mr Kowalski's flat on 18 April, please send us:
  - the purchase receipt or any valuation of the vase (he mentioned it's an antique reproduction),
  - a photo of the pieces, and
  - Mr Kowalski's contact details so we can settle with him directly.

No one was hurt, so no further forms are needed.''' + sig('thiele', 'en'))

# ---- 0117
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', "short reply; depression, medication and therapy only in the customer's quoted mail",
    P('kroeger'), ('Thorsten Lindemann', 'th.lindemann@netzpost.example'), 'AW: Antrag Psychotherapie',
    '''Sehr geehrter Herr Lindemann,

vielen Dank, Ihre Unterlagen sind vollständig bei uns eingegangen. Sie erhalten unsere Entscheidung
innerhalb von drei Wochen.

Mit freundlichen Grüßen
Sven Kröger

-----Ursprüngliche Nachricht-----
Von: Thorsten Lindemann <th.lindemann@netzpost.example>
Gesendet: Dienstag, 21. April 2026 22:17
An: Leistung Kranken <leistung-kv@weserland.example>
Betreff: Antrag Psychotherapie

Guten Abend,

anbei der Antrag meiner Therapeutin. Ich bin seit Herbst wegen einer schweren Depression krankgeschrieben,
nehme Venlafaxin 150 mg und war sechs Wochen in der Tagesklinik. Jetzt soll eine Verhaltenstherapie mit
25 Sitzungen folgen. Bitte entscheiden Sie schnell, ich halte das Warten gerade schlecht aus.

Thorsten Lindemann
Versicherungsnummer KV 7731-205577''', hdrs=O16)

# ---- 0118
add('NORMAL', 'de', 'internal', 'trap: water damage in the office kitchen ("Schaden", "Leitungswasser"), no customer',
    P('janssen'), [('Alle Haus B', f'haus-b@{DOM}')], 'Wasserschaden Teeküche 3. OG Haus B',
    '''Hallo zusammen,

in der Teeküche im 3. OG (Haus B) ist heute Nacht ein Schlauch an der Spülmaschine geplatzt. Der
Leitungswasserschaden betrifft die Küche und Teile des Flurs bis Raum 3.14; die Trocknungsgeräte laufen
voraussichtlich zwei Wochen und sind etwas laut.

Bitte die Küche nicht betreten, Kaffee gibt es im 2. OG. Die Räume 3.12–3.14 sind bis Freitag gesperrt,
die Kolleginnen und Kollegen dort arbeiten im Homeoffice oder im Desk-Sharing-Bereich 1. OG.

Ja, wir haben den Schaden bei unserer eigenen Gebäudeversicherung gemeldet 😉

Heike Janßen''', cte='8bit')

# ---- 0119
add('CONFIDENTIAL', 'mixed', 'insurer-to-partner', 'green-card accident abroad: named driver, plate, policy; no injuries (DE/EN)',
    P('albers'), ('Mag. Stefanie Gruber', 'stefanie.gruber@alpenland-versicherung.example'), 'Unfall in Salzburg / accident Salzburg – Ihr Az. S-26-20418',
    '''Liebe Frau Gruber,

zu Ihrem Aktenzeichen S-26-20418: Wir bestätigen Deckung für unseren Versicherungsnehmer

  Herrn Florian Hasselbach, Kfz-Haftpflicht KF-3412760, Kennzeichen OHZ-FH 312 (Grüne Karte gültig)

Unfall am 11.04.2026 in Salzburg, Alpenstraße: Auffahrunfall an der Ampel, laut beiden Fahrern
niemand verletzt.

For your colleague in the claims centre: please settle the third-party damage (vehicle of Ms Novak,
S-482 KT) directly under the Green Card agreement and send us your settlement statement for
reimbursement. Our claim no. 26-K-0071295.

Beste Grüße / best regards
Dennis Albers''', hdrs=O16)

# ---- 0120
_zip120 = zip_bytes([
    ('Invoice_2026-02_Cardiology.pdf', pdf_bytes('London Heart Clinic – Invoice', ['Patient: Mr Jonathan Reuter, DOB 30/01/1966',
     'Policy: Weserland International Health EX-198820', 'Consultation cardiology, Holter ECG, echocardiogram',
     'Diagnosis: paroxysmal atrial fibrillation (I48.0)', 'Total: GBP 1,840.00'])),
    ('Invoice_2026-03_Ablation.pdf', pdf_bytes('London Heart Clinic – Invoice', ['Patient: Mr Jonathan Reuter, DOB 30/01/1966',
     'Catheter ablation (pulmonary vein isolation), 1 night', 'Total: GBP 18,950.00'])),
    ('Summary.txt', 'Claim EX-198820 / Reuter: 2 invoices, total GBP 20,790. Question for reviewer: medical necessity of ablation after only 2 months of medication?'.encode())])
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor', 'medical review request: cardiology invoices of named insured only inside ZIP',
    P('whitfield'), ('Dr. Alan Pritchard', 'a.pritchard@independent-medical-review.example'), 'Review request – case 26-0412',
    '''Dear Dr Pritchard,

please find attached case 26-0412 for your medical review under our framework agreement. The question
is in the summary file. We would appreciate your opinion within ten working days.

As always, please delete the files once your report is sent.

Kind regards
Emma Whitfield''', atts=[('case_26-0412.zip', _zip120)])

# ---- 0121
add('NORMAL', 'de', 'newsletter', 'trap: life-insurance bonus-rate announcement (Überschussbeteiligung, Todesfall, Rente), no customer',
    ('Weserland Leben', f'newsletter@{DOM}'), ('Kundinnen und Kunden Leben', f'newsletter@{DOM}'), 'Überschussbeteiligung 2026: laufende Verzinsung steigt auf 2,9 %',
    '''Liebe Kundinnen und Kunden,

die Weserland Lebensversicherung AG erhöht die laufende Verzinsung für 2026 auf 2,9 % (2025: 2,6 %).
Die Gesamtverzinsung inklusive Schlussüberschuss und Beteiligung an den Bewertungsreserven liegt bei
bis zu 3,5 %.

Was bedeutet das für Sie?
- Renten- und Kapitallebensversicherungen: höhere Überschüsse, die Ihrem Vertrag gutgeschrieben werden.
- Risikolebensversicherungen: Die Überschüsse werden meist mit dem Beitrag verrechnet; Ihr
  Todesfallschutz bleibt unverändert.
- Berufsunfähigkeitsversicherungen: Wenn Sie bereits eine BU-Rente beziehen, steigt diese um die
  Überschussrente (Bonusrente).

Ihre persönliche Standmitteilung erhalten Sie wie jedes Jahr zum Jahrestag Ihres Vertrags.

Weserland Lebensversicherung AG
Abmelden: https://www.weserland.example/newsletter/abmelden''', hdrs=[('Precedence', 'bulk')])

# ---- 0122
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'premium reminder for buildings policy: named customer, arrears, policy (windows-1252)',
    ('Weserland Beitragsservice', f'beitragsservice@{DOM}'), ('Egon Brüggemann', 'e.brueggemann@landpost.example'), 'Zahlungserinnerung Wohngebäudeversicherung WG-2260147',
    '''Sehr geehrter Herr Brüggemann,

leider konnten wir den Jahresbeitrag für Ihre Wohngebäudeversicherung WG-2260147 (Risikoort Dorfstraße 8,
27711 Osterholz-Scharmbeck) nicht einziehen – die Lastschrift wurde von Ihrer Bank mit dem Grund
„Konto erloschen" zurückgegeben.

  offener Beitrag 2026:         1.138,20 €
  Rücklastschriftgebühr:            3,50 €
  zu zahlen bis 05.06.2026:    1.141,70 €

Bitte überweisen Sie den Betrag oder teilen Sie uns Ihre neue Bankverbindung mit. Ist der Erstbeitrag
bzw. Folgebeitrag nach Ablauf der Frist nicht gezahlt, sind wir nach § 38 VVG bei einem Schaden
leistungsfrei.

Mit freundlichen Grüßen
Ihr Beitragsservice''', charset='windows-1252', cte='8bit')

# ---- 0123
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'psychotherapy approval with diagnosis for named insured, base64 body',
    P('kroeger'), ('Thorsten Lindemann', 'th.lindemann@netzpost.example'), 'Entscheidung zu Ihrem Antrag auf Psychotherapie',
    '''Sehr geehrter Herr Lindemann,

wir haben über Ihren Antrag entschieden: Wir übernehmen die Kosten für 25 Sitzungen
Verhaltenstherapie (Langzeittherapie) bei Frau Dipl.-Psych. Annette Kruse, Diagnose F32.2 schwere
depressive Episode ohne psychotische Symptome.

Die Zusage gilt für Sitzungen ab dem 01.06.2026 bis zum 31.05.2027. Erstattet werden 100 % nach GOP,
bis zum 2,3-fachen Satz. Für eine Verlängerung senden Sie uns bitte rechtzeitig einen Bericht der
Therapeutin.

Wir wünschen Ihnen alles Gute.''' + sig('kroeger'), cte='base64')

# ---- 0124
add('NORMAL', 'en', 'internal', 'grey: staff-newsletter welcome of named new joiners with roles only',
    P('wiechmann'), [('All staff', f'all-staff@{DOM}')], 'Weserland Weekly: please welcome our new colleagues',
    '''Weserland Weekly - No. 18/2026

Please welcome our new colleagues who joined in April:

* Dr. Nadine Rohlfs - Head of Claims Analytics (from a direct insurer in Hamburg; she sails in her
  free time and is already asking about the company regatta)
* Tomasz Wieczorek - Senior Data Engineer, Data & Analytics (moved with his family from Wroclaw)
* Leonie Barth - Customer Service, team Ines Behrens
* Kai-Uwe Brüning - field claims adjuster, motor, region Verden/Rotenburg

Say hello in the canteen or on Teams!

Also in this issue: the summer party on 26 June, the new bike leasing offer, and why our claims team
handled 4,100 hail claims in eight weeks.

Corporate Communications''')

# ---- 0125
_brk = inner_eml(('Finanzkontor Lemke', 'soenke@finanzkontor-lemke.example'), ('Kfz-Antrag Weserland', f'kfz-antrag@{DOM}'),
                 'Antrag Kfz – Kundin Elif Aksoy', 'Mon, 18 May 2026 09:14:40 +0200', '<fk-20260518-0914@finanzkontor-lemke.example>',
                 '''Hallo zusammen,

bitte Kfz-Versicherung für meine Kundin policieren:

Elif Aksoy, geb. 23.07.2000, Neustadtswall 41, 28199 Bremen
Fahrzeug: Opel Corsa F, Erstzulassung 03/2022, FIN W0V7H9EC0N4152267, Kennzeichen HB-EA 723 (reserviert)
Beginn 01.06.2026, Haftpflicht + Teilkasko 150 EUR SB, Fahrerkreis: nur VN
SF-Klasse: Übernahme vom Vater (Zweitwagenregelung), Vertrag beim Vorversicherer KH 55-0981203
Zahlung: jährlich, Lastschrift

Gruß Sönke Lemke''', cte='8bit')
add('CONFIDENTIAL', 'de', 'broker', "broker's motor application with customer birth date, VIN and prior policy only in the attached .eml",
    P('albers'), ('Sönke Lemke', 'soenke@finanzkontor-lemke.example'), 'AW: Antrag Kfz – Kundin Elif Aksoy (Rückfrage SF-Übertragung)',
    '''Moin Herr Lemke,

zu Ihrem Antrag (Ihre Mail hänge ich zur Zuordnung noch einmal an): Für die Übertragung der SF-Klasse vom
Vater brauchen wir die unterschriebene SF-Übertragungserklärung beider Beteiligten und den Nachweis, dass
Ihre Kundin das Fahrzeug des Vaters in den letzten Jahren regelmäßig gefahren ist (z. B. Eintrag als
Fahrerin im Vorvertrag).

Bis dahin policieren wir vorläufig in SF ½; die Umstufung erfolgt rückwirkend.

Gruß
Dennis Albers''', atts=[('Antrag Kfz Aksoy.eml', _brk, 'message/rfc822')], hdrs=O16)

# ---- 0126
add('STRICTLY_CONFIDENTIAL', 'mixed', 'internal', 'return-to-work (BEM) plan for a named international employee after burnout, DE/EN',
    P('aydin'), [('Rasmus Eilers', f'rasmus.eilers@{DOM}')], 'BEM-Gespräch Ana Lima / return-to-work plan',
    '''Hallo Rasmus,

kurze Zusammenfassung des BEM-Gesprächs von heute (Ana hat zugestimmt, dass du als Führungskraft diese
Punkte erfährst – nicht mehr):

- Ana was on sick leave for seven weeks (exhaustion/burnout after the move and the first months),
  now stable with weekly therapy sessions.
- Stufenweise Wiedereingliederung ab 01.06.: zwei Wochen 4 Std./Tag, dann zwei Wochen 6 Std./Tag,
  ab 29.06. wieder voll.
- No on-call duty until end of July, please. Meetings before 10:00 only if really necessary.
- Die Betriebsärztin prüft zusätzlich den Arbeitsplatz (Transfer Rollstuhl/Stuhl, Pausenraum).

Bitte nichts davon im Team teilen; wenn jemand fragt: "Ana startet schrittweise wieder".

Danke dir!
Merve''', hdrs=O16)

# ---- 0127
_court_txt = '''Maklerinformation Mai 2026: Courtage-Änderungen ab 1. Juli

Liebe Partnerinnen und Partner,

zum 1. Juli passen wir die Courtage in einigen Sparten an:

Zahnzusatz (WeserZahn, WeserZahn Plus): Abschluss 6 statt 5 Monatsbeiträge
Pflegezusatz (WeserPflege Tagegeld): Abschluss 30 ‰ der Beitragssumme, Haftungszeit 60 Monate
BU für Berufseinsteiger (WeserStart BU): Abschluss 40 ‰, Bestandscourtage 1,5 %
Kfz: unverändert

Die aktualisierte Courtagezusage finden Sie im Maklerportal unter Dokumente > Verträge.

Ihr Weserland Maklerservice'''
_court_html = '''<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<h3>Maklerinformation Mai 2026: Courtage-Änderungen ab 1. Juli</h3>
<p>Liebe Partnerinnen und Partner,</p><p>zum 1. Juli passen wir die Courtage in einigen Sparten an:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eee"><th>Produkt</th><th>Abschluss</th><th>Bestand</th></tr>
<tr><td>Zahnzusatz (WeserZahn, WeserZahn Plus)</td><td>6 statt 5 Monatsbeiträge</td><td>unverändert</td></tr>
<tr><td>Pflegezusatz (WeserPflege Tagegeld)</td><td>30 ‰ BWS, Haftung 60 Monate</td><td>unverändert</td></tr>
<tr><td>WeserStart BU</td><td>40 ‰</td><td>1,5 %</td></tr>
<tr><td>Kfz</td><td colspan="2">unverändert</td></tr></table>
<p>Die aktualisierte Courtagezusage finden Sie im <a href="https://makler.weserland.example/dokumente">Maklerportal</a>.</p>
<p>Ihr Weserland Maklerservice</p></body></html>'''
add('NORMAL', 'de', 'insurer-to-broker', 'trap: commission changes for dental, care and disability products (broker mailing), no customer',
    ('Weserland Maklerservice', f'maklerservice@{DOM}'), ('Weserland Vertriebspartner', f'maklerservice@{DOM}'),
    'Courtage-Änderungen zum 1. Juli 2026', _court_txt, html=_court_html, hdrs=[('Precedence', 'bulk')])

# ---- 0128
add('CONFIDENTIAL', 'en', 'insurer-to-customer', 'rent deposit guarantee for named tenant: address, landlord, amount, annual fee',
    P('behrens'), ('Diego Fernández', 'diego.fernandez@correio-mail.example'), 'Your rent deposit guarantee – certificate issued',
    '''Dear Mr Fernández,

your rent deposit guarantee (Mietkautionsbürgschaft) MK-90318 has been issued:

  Tenant:          Diego Fernández
  Rented flat:     Fehrfeld 52, 2nd floor left, 28203 Bremen
  Landlord:        GEWOBA-Nord Wohnbau GmbH
  Guaranteed sum:  EUR 2,850.00 (three months' basic rent)
  Annual fee:      EUR 142.50, first payment on 1 June 2026

We have sent the original guarantee certificate directly to your landlord, as you requested. Your
landlord can claim against the guarantee only for outstanding rent or damage after the tenancy ends;
we will inform you before any payment.''' + sig('behrens', 'en'))

# ---- 0129
_inv = pdf_bytes('Leistungsabrechnung Invalidität – Schaden 26-U-0003391', [
    'Versicherte Person: Arne Dettmers, geb. 09.06.1971, Unfallversicherung UV 8812-044731', '',
    'Unfall vom 18.02.2026: Sturz von der Leiter', 'Verletzungen: Außenknöchelfraktur rechts (S82.6), Claviculafraktur links (S42.02)', '',
    'Vorläufige Bemessung nach Gliedertaxe (Gutachten Dr. Brand vom 28.04.2026):',
    'Funktionsbeeinträchtigung Fuß rechts 2/20 Fußwert: 40 % x 2/20 = 4,0 %',
    'Schulter/Arm links: keine dauerhafte Beeinträchtigung zu erwarten', '',
    'Invaliditätsgrad vorläufig: 4,0 %', 'Grundsumme 150.000 EUR, Progression 225 % (nicht erreicht)',
    'Vorschuss Invaliditätsleistung: 6.000,00 EUR', 'Endgültige Bemessung spätestens drei Jahre nach dem Unfall.'])
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'accident insurance: disability grading of named insured with fractures, PDF statement',
    P('pohl'), ('Arne Dettmers', 'arne.dettmers@mailbox-nord.example'), 'Ihre Unfallversicherung – Vorschuss auf die Invaliditätsleistung',
    '''Sehr geehrter Herr Dettmers,

nach dem Gutachten von Herrn Dr. Brand können wir Ihnen einen Vorschuss auf die Invaliditätsleistung
zahlen. Für den rechten Fuß ergibt sich nach der Gliedertaxe vorläufig ein Invaliditätsgrad von 4 %,
an der Schulter erwartet der Gutachter keine bleibenden Folgen.

Die Berechnung finden Sie in der Anlage. Den Vorschuss von 6.000,00 EUR überweisen wir diese Woche.
Sollte sich der Zustand verschlechtern, können Sie und wir innerhalb von drei Jahren nach dem Unfall eine
Neubemessung verlangen.

Gute Besserung weiterhin!''' + sig('pohl'), atts=[('Invaliditaet_Vorschuss_26-U-0003391.pdf', _inv)])

# ---- 0130
add('NORMAL', 'en', 'insurer-to-supplier', "trap: renewal of the insurer's own pool-car leasing (fleet, damage, mileage), no person",
    P('meyerkoch'), ('Corporate accounts', 'corporate@hansa-leasing.example'), 'Pool car fleet 2026/27 – renewal and new EVs',
    '''Dear Mr Ruiz,

our leasing contract for the pool cars (contract HL-RV-20330, 38 vehicles) ends on 30 September. For the
renewal we'd like quotes for:

  - 30 fully electric compact cars (WLTP range > 400 km), 36 months, 25,000 km/year
  - 8 estate cars (plug-in hybrid), same terms
  - maintenance, tyres and damage management included; our own motor insurance covers the vehicles

Last cycle we had 14 damage cases (mostly parking dents) and excess mileage on 6 cars - please take this
into account in your proposal. Charging cards for public charging should be part of the offer.

Deadline for quotes: 12 June 2026.

Kind regards
Torsten Meyer-Koch, Procurement''', cte='7bit', charset='us-ascii')

# ---- 0131
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'contract data correction: named customer, birth date and new address for household policy',
    P('behrens'), ('Renate Kuhlenkamp', 'r.kuhlenkamp@t-netmail.example'), 'Korrektur Ihrer Vertragsdaten',
    '''Sehr geehrte Frau Kuhlenkamp,

vielen Dank für Ihren Hinweis. Wir haben Ihre Daten in allen Verträgen korrigiert:

  Geburtsdatum:   bisher fälschlich 31.05.1956, korrigiert auf 13.05.1956 (wie telefonisch bestätigt)
  Anschrift:      Buntentorsteinweg 302, 28201 Bremen (seit 01.05.2026)
  Verträge:       Hausrat HR-5502281, Privathaftpflicht PH-6600377

Der neue Versicherungsschein mit der korrigierten Anschrift geht Ihnen in den nächsten Tagen per Post zu.''' + sig('behrens'))

# ---- 0132
add('NORMAL', 'en', 'insurer-to-hospital', 'trap: framework for direct billing with an international hospital (guarantees, ICD coding), no patient',
    P('whitfield'), ('International Office', 'international.office@mediclinic-dubai.example'), 'Direct billing agreement – draft terms',
    '''Dear Ms Haddad,

thank you for the constructive call. As agreed, the key points for the direct billing agreement between
Weserland International Health and your hospital:

1. Guarantees of payment are issued per admission via our secure portal within 4 hours (24/7 for
   emergencies).
2. Invoices must include ICD-10 diagnosis codes, CPT procedure codes and itemised pharmacy charges.
3. Maternity packages: fixed price for normal delivery and for C-section, to be agreed in Annex 2.
4. Medical reports are exchanged exclusively via the portal, never by unencrypted e-mail.
5. Payment term: 30 days from receipt of a complete invoice.

Our legal team will send the draft contract next week.

Kind regards
Emma Whitfield''')

# ---- 0133
_rvg = docx_bytes([('h', 'Rahmenvereinbarung Gebühren (Entwurf)'), 'zwischen Weserland Allgemeine Versicherung AG (Rechtsschutz) und Kanzlei Rasch & Oltmanns',
                   ('table', [['Verfahren', 'Vergütung'], ['Außergerichtliche Vertretung Arbeitsrecht', '1,3 Geschäftsgebühr nach RVG, keine Erhöhung'],
                              ['Erstberatung (Telefon)', 'pauschal 95 EUR netto'], ['Verkehrsunfall, Schadenersatz', 'RVG, Gegenstandswert nach Regulierung'],
                              ['Mediation', 'Stundensatz 180 EUR netto, max. 6 Stunden']]),
                   'Die Vereinbarung enthält keine Mandantendaten; Mandate werden einzeln über die Schadennummer zugeordnet.'],
                  title='Rahmenvereinbarung Gebühren')
add('NORMAL', 'de', 'insurer-to-lawyer', 'trap: fee framework draft (DOCX) with a law firm, no client named',
    P('harms'), ('RA Dr. Moritz Oltmanns', 'm.oltmanns@rasch-oltmanns.example'), 'Rahmenvereinbarung Gebühren – Entwurf zur Abstimmung',
    '''Sehr geehrter Herr Dr. Oltmanns,

wie in unserem Gespräch angekündigt anbei der Entwurf der Rahmenvereinbarung für die Zusammenarbeit im
Rechtsschutz. Wir würden die Vereinbarung gern zum 1. Juli in Kraft setzen.

Bitte prüfen Sie insbesondere die Pauschale für die telefonische Erstberatung.''' + sig('harms'), atts=[('Rahmenvereinbarung_Gebuehren_Entwurf.docx', _rvg)])

# ---- 0134
_evb = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>eVB-Bestätigung</title></head><body>
<h2>Elektronische Versicherungsbestätigung (eVB)</h2>
<table border="1" cellpadding="4">
<tr><td>eVB-Nummer</td><td><b>K7Q2M4X</b></td></tr>
<tr><td>Versicherungsnehmer</td><td>Elif Aksoy, geb. 23.07.2000</td></tr>
<tr><td>Anschrift</td><td>Neustadtswall 41, 28199 Bremen</td></tr>
<tr><td>Fahrzeug</td><td>Opel Corsa F, FIN W0V7H9EC0N4152267</td></tr>
<tr><td>gültig bis</td><td>15.11.2026</td></tr>
</table><p>Weserland Allgemeine Versicherung AG, VU-Nr. 5741</p></body></html>'''
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'eVB confirmation with birth date, address and VIN only in an HTML attachment',
    ('Weserland Kfz-Service', f'kfz-service@{DOM}'), ('Elif Aksoy', 'elif.aksoy@inboxly.example'), 'Ihre eVB für die Zulassung',
    '''Hallo Frau Aksoy,

Ihre elektronische Versicherungsbestätigung für die Zulassung finden Sie im Anhang. Die eVB-Nummer
nennen Sie einfach bei der Zulassungsstelle.

Gute Fahrt!
Ihr Weserland Kfz-Service''', atts=[('eVB_Bestaetigung.html', _evb.encode('utf-8'))])

# ---- 0135
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'complaint answer on IVF cost coverage: fertility diagnosis of named couple',
    P('imhoff'), ('Julia Hartwig', 'julia.hartwig@freemail-hb.example'), 'Ihre Beschwerde zur Kinderwunschbehandlung',
    '''Sehr geehrte Frau Hartwig,

vielen Dank für Ihre Beschwerde vom 11.05. Ich habe Ihren Fall als Gesellschaftsärztin noch einmal
selbst geprüft.

Nach den Unterlagen des Kinderwunschzentrums liegt bei Ihnen eine beidseitige Tubenundurchgängigkeit
(N97.1) vor; die ICSI-Behandlung ist damit medizinisch notwendig. Unsere Ablehnung vom 28.04. stützte
sich darauf, dass der Samenbefund Ihres Mannes unauffällig sei und deshalb „nur" eine IVF erforderlich
gewesen wäre. Nach der Stellungnahme Ihrer Ärztin, die mir jetzt vorliegt, ist die ICSI wegen der
schlechten Befruchtungsrate im ersten Zyklus jedoch angezeigt.

Wir übernehmen daher die Kosten für bis zu drei ICSI-Zyklen einschließlich der Medikamente nach Ihrem
Tarif. Ich bitte die lange Bearbeitung zu entschuldigen.''' + sig('imhoff'), hdrs=O16)

# ---- 0136
add('NORMAL', 'en', 'internal', 'trap: summer internship programme call (health claims, disability teams) without names',
    P('lueders'), [('Team leads', f'teamleads@{DOM}')], 'Summer internships 2026 – please register your projects',
    '''Hi team leads,

we'll again host 12 summer interns (students, 8-10 weeks, July-September). If your team can offer a
project, please register it in the intranet form by 19 June. Good examples from last year:

- "Which medical invoices could be processed automatically?" (Health Claims)
- Visualising disability claim durations by diagnosis group (Disability Claims - aggregated data only)
- Hail claims dashboard (Motor)

Important: interns sign the confidentiality declaration on day one, but they should work with
anonymised or test data wherever possible. No access to real health data without the DPO's approval.

Kathrin Lüders, Apprenticeships & Early Careers''')

# ---- 0137
_cb = ods_bytes([('Rückrufe', [['Ticket', 'Kunde', 'Geburtsdatum', 'Kundennummer', 'Grund', 'Status'],
                               ['SR-88120', 'Weber, Holger', '02.10.1971', 'WL-K-0390211', 'Portal gesperrt (3 Fehlversuche)', 'verifiziert'],
                               ['SR-88134', 'Akgün, Sevgi', '27.03.1985', 'WL-K-0452270', 'Sicherheitsfrage vergessen', 'offen'],
                               ['SR-88141', 'Tiedjen, Bärbel', '16.12.1948', 'WL-K-0120935', 'neue E-Mail-Adresse', 'Rückruf vereinbart 14 Uhr']])],
                title='Rückrufliste Portal')
add('CONFIDENTIAL', 'de', 'internal', 'identity-check callback list (ODS) with customers\' birth dates and customer numbers',
    P('behrens'), [('Team Kundenservice Portal', f'ks-portal@{DOM}')], 'Rückrufliste Portal-Entsperrungen Dienstag',
    '''Hallo Team,

die offenen Rückrufe für die Portal-Entsperrung hängen als Tabelle an. Bitte vor der Entsperrung wie
immer Geburtsdatum und Kundennummer abfragen und nicht vorlesen. Frau Tiedjen möchte um 14 Uhr
angerufen werden.

Danke!
Ines''', atts=[('Rueckrufe_Portal.ods', _cb)], hdrs=O16)

# ---- 0138
add('NORMAL', 'en', 'internal', "trap: carer's-leave and sick-child policy FAQ (illness, care of relatives), no individual",
    P('hagedorn'), [('All staff', f'all-staff@{DOM}')], 'FAQ: leave when a family member is ill',
    '''Dear colleagues,

we often get questions about time off when a child or relative is ill. The short version:

* Sick child under 12: up to 15 working days per parent and year (statutory health insurance pays
  child sickness benefit; for privately insured parents we continue pay for up to 5 days).
* Acute care situation of a close relative: up to 10 days off at short notice (Pflegeunterstützungsgeld).
* Longer care phases: care leave (up to 6 months) or family care leave (up to 24 months, min. 15 h/week).
* Terminal illness of a close relative: up to 3 months' leave.

You never have to tell your manager the diagnosis. HR only needs the certificate where required.
Questions: personalbetreuung@weserland.example

Tobias Hagedorn, Head of HR''')

# ---- 0139
add('NORMAL', 'de', 'insurer-to-customer', 'trap: automatic ticket confirmation mentioning health documents in general, no content',
    ('Weserland Kundenservice', f'kundenservice@{DOM}'), ('Rolf Hinz', 'rolf.hinz@webpost-nord.example'), 'Ihr Anliegen ist eingegangen [Ticket #KS-2026-118420]',
    '''Guten Tag,

vielen Dank für Ihre Nachricht. Ihr Anliegen ist unter der Ticketnummer KS-2026-118420 bei uns
eingegangen. Wir melden uns innerhalb von drei Werktagen.

Bitte beachten Sie: Arztrechnungen, Rezepte und Befunde können Sie am schnellsten über die Weserland-App
oder unser SecureMail-Portal einreichen – nicht per E-Mail. Aus Datenschutzgründen beantworten wir
Fragen zu Gesundheitsdaten ausschließlich über das Portal.

Ihr Weserland Kundenservice

Diese Nachricht wurde automatisch erstellt.''', hdrs=[('Auto-Submitted', 'auto-replied')], charset='utf-8', cte='quoted-printable')

# ---- 0140
add('CONFIDENTIAL', 'en', 'insurer-to-company', 'D&O claim notification: named managing director, allegations, policy',
    P('gerdes'), ('Dr. Felix Brandhorst', 'f.brandhorst@weser-solar-tech.example'), 'D&O policy DO-40871 – notification of claim acknowledged',
    '''Dear Dr Brandhorst,

we acknowledge receipt of the notification of circumstances under D&O policy DO-40871 (Weser Solar
Technik GmbH). As we understand it, the insolvency administrator of the former subsidiary Weser Solar
Montage GmbH has asserted claims against you personally as former managing director for payments made
after the onset of insolvency (§ 15b InsO), in the amount of approx. EUR 1.2m.

We have opened claim 26-DO-0031. The policy provides defence costs cover; we agree to the appointment of
Hughes Legal as defence counsel at the rates agreed in the policy. Please do not acknowledge any
liability or enter into settlement discussions without our prior consent.''' + sig('gerdes', 'en'), hdrs=O16)

# ---- 0141
add('NORMAL', 'de', 'internal', 'trap: IT ticket about the scanner for doctors\' invoices, no document content',
    P('wendt'), [P('kroeger')], 'Ticket INC-2026-55812: Scanner Posteingang „Arztrechnungen" zieht schief ein',
    '''Hallo Herr Kröger,

zu Ihrem Ticket: Der Hochleistungsscanner im Posteingang (Gerät SCN-PE-02, Stapel „Arztrechnungen /
Rezepte") hatte verschlissene Einzugsrollen, deshalb die schiefen Scans und die Fehler bei der
Texterkennung. Der Techniker tauscht die Rollen morgen um 7 Uhr, bis 9 Uhr ist das Gerät weg.

Bitte bis dahin den Stapel „Befundberichte" auf SCN-PE-01 umlegen. Die falsch erkannten Belege von
gestern (ca. 140 Stück) laufen nach dem Tausch automatisch noch einmal durch die OCR.

Gruß
Pascal Wendt, IT-Servicedesk''')

# ---- 0142
add('NORMAL', 'mixed', 'newsletter', 'trap: bilingual student travel/health insurance newsletter (vaccinations, doctor abroad), no person',
    ('Weserland Reise', f'newsletter@{DOM}'), ('Studierende / students', f'newsletter@{DOM}'), 'Auslandssemester? Gut versichert ins Ausland / Semester abroad?',
    '''Auslandssemester geplant? / Planning a semester abroad?

DE: Mit WeserCampus Ausland sind Sie bis zu 24 Monate im Ausland krankenversichert – inklusive
Arztbesuch, Krankenhaus, Zahnbehandlung nach Unfall und Rücktransport. Ab 1,35 EUR pro Tag.
Tipp: Impfungen (z. B. Hepatitis A/B, Tollwut) rechtzeitig beim Hausarzt planen.

EN: With WeserCampus Abroad you're covered for up to 24 months: doctor visits, hospital, emergency
dental treatment and repatriation. From EUR 1.35 per day. Many universities (e.g. in Australia or the
US) require proof of health insurance - we send an English certificate within 24 hours.

Jetzt abschließen / buy online: https://www.weserland.example/campus

Weserland Allgemeine Versicherung AG · Abmelden/unsubscribe: https://www.weserland.example/newsletter/abmelden''',
    hdrs=[('Precedence', 'bulk')])

# ---- 0143
add('CONFIDENTIAL', 'de', 'insurer-to-customer', 'travel: rental-car excess claim for named customer (no health content), windows-1252',
    P('demir'), ('Anke Brinkmann', 'anke.brinkmann@mailbox-nord.example'), 'Selbstbeteiligung Mietwagen Mallorca – Erstattung',
    '''Liebe Frau Brinkmann,

die Vermietfirma auf Mallorca hat Ihnen für den Kratzer an der Stoßstange 650 € Selbstbeteiligung
belastet. Über Ihre Reiseversicherung RV-881204 (Baustein Mietwagen-Selbstbeteiligung) erstatten wir
Ihnen den vollen Betrag.

Der Schadenbericht der Vermietung und der Kreditkartenbeleg reichen uns aus. Die Zahlung erfolgt an Ihr
für die Beitragszahlung hinterlegtes Konto.

Viele Grüße
Yusuf Demir
Reiseversicherung & Assistance''', charset='windows-1252', cte='quoted-printable')

# ---- 0144
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-partner', 'HTML-only recourse statement to a statutory health fund: injured person\'s treatment costs and diagnoses',
    P('thiele'), ('Regress AOK-Nord', 'regress@gesundheitskasse-nord.example'), 'Ihr Regress Az. R-26-44180 – Versicherte Frau Ida Wilkens',
    html='''<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrem Regressanspruch nach § 116 SGB X aus dem Verkehrsunfall vom 09.01.2026 (unser Versicherungsnehmer ./.
Ihre Versicherte <b>Frau Ida Wilkens, geb. 05.11.1949</b>) erkennen wir die Haftung zu 100 % an und regulieren wie folgt:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Position</th><th>Diagnose</th><th>Betrag</th></tr>
<tr><td>Krankenhaus St. Ansgar 09.–21.01.2026</td><td>S72.01 Schenkelhalsfraktur links, Hemiprothese</td><td>11.384,20 EUR</td></tr>
<tr><td>Anschlussheilbehandlung 22.01.–12.02.2026</td><td>Z96.64</td><td>4.102,00 EUR</td></tr>
<tr><td>Heilmittel, Hilfsmittel (Rollator)</td><td>–</td><td>688,45 EUR</td></tr>
<tr><td colspan="2"><b>Summe</b></td><td><b>16.174,65 EUR</b></td></tr>
</table>
<p>Die Zahlung erfolgt unter unserer Schadennummer 26-L-0002214.</p>
<p>Mit freundlichen Grüßen<br>Oliver Thiele<br>Haftpflicht-Schaden, Weserland Versicherungen</p>
</body></html>''', hdrs=O16)

# ---- 0145
add('NORMAL', 'en', 'internal', 'trap: data-protection quiz about health data, IBANs and birth dates with invented examples',
    P('stenzel'), [('All staff', f'all-staff@{DOM}')], 'Data protection quiz – 5 questions, 5 minutes',
    '''Dear colleagues,

this month's quiz (answers next week):

1. A customer e-mails a photo of her prescription. May you reply with a quote of it by normal e-mail?
   a) yes, she sent it herself  b) no, answer via the portal  c) only with her written consent to e-mail
2. Which of these is "strictly confidential" at Weserland?
   a) a birth date  b) an ICD-10 code next to a customer's name  c) a claim number in motor
3. "Max Mustermann, born 01.01.1970, IBAN DE89 3704 0044 0532 0130 00" in a test file - a problem?
4. A colleague is off sick. Can you tell a caller why?
5. A job applicant mentions a disability in the cover letter. Who may see it?

Winners of last month: team Property Claims (100 % correct!).

Ralf Stenzel, Data Protection Officer''', cte='7bit', charset='us-ascii')

# ---- 0146
add('CONFIDENTIAL', 'en', 'insurer-to-customer', "commercial contents quote for a sole trader: turnover, business address",
    P('gerdes'), ('Tom Ashworth', 'tom@ashworths-cafe.example'), 'Your quote: business contents and interruption cover for the café',
    '''Dear Tom,

thanks for the chat yesterday. Based on your figures for Ashworth's Café (sole trader, Ostertorsteinweg 61,
28203 Bremen) - annual turnover 2025 EUR 214,000, gross profit EUR 128,000 - here's our quote:

  Contents (equipment, stock)             sum insured EUR 85,000
  Business interruption (12 months)       sum insured EUR 128,000
  Glass (shop front)                      included
  Annual premium                          EUR 1,096.40 incl. insurance tax

The espresso machine (EUR 14,500) is covered against breakdown as well if you add the electronics
module for EUR 96.00 a year. Let me know and I'll send the application.''' + sig('gerdes', 'en'))

# ---- 0147
add('NORMAL', 'en', 'insurer-to-broker', 'trap: critical-illness product FAQ for brokers (heart attack, cancer, stroke definitions), no customer',
    P('brandt'), ('James Whitaker', 'j.whitaker@hanse-assekuranz.example'), 'FAQ WeserVital critical illness – English version for your team',
    '''Dear James,

as promised, the English FAQ for your international clients:

Q: Which conditions are covered?
A: 54 serious illnesses, incl. cancer (invasive), heart attack, stroke, multiple sclerosis, kidney
   failure, loss of sight, Alzheimer's disease before age 65.
Q: Is there a survival period?
A: Yes, 14 days after diagnosis.
Q: Are pre-existing conditions excluded?
A: Only conditions asked in the application and not declared. Underwriting is individual.
Q: Can a client with a past melanoma apply?
A: Usually after 5 years without recurrence, possibly with an exclusion - please send us an anonymous
   pre-enquiry first (age, year of diagnosis, stage), never the client's name or reports by e-mail.

Best regards
Nicole''')

# ---- 0148
add('NORMAL', 'en', 'insurer-to-partner', 'trap: association survey with aggregated cyber claims figures, no insured',
    P('gerdes'), ('Statistics unit', 'statistics@insurers-association.example'), 'Cyber claims survey 2025 – Weserland figures',
    '''Dear colleagues,

our answers to the cyber claims survey 2025 (SME portfolio only):

  Policies in force 31.12.2025:            3,412
  Claims reported:                            118
  of which ransomware:                         31
  of which business e-mail compromise:         44
  of which data breach with notification:      17 (incl. 5 at medical practices and 3 at tax advisers)
  Gross claims paid:                  EUR 4.87m
  Largest single claim:               EUR 0.61m

The figures are aggregated and contain no policyholder data. Please treat them as confidential business
information; publication only in the anonymised market overview.

Kind regards
Henrik Gerdes, Commercial Lines''')

# ---- 0149
add('NORMAL', 'mixed', 'internal', 'trap: onboarding feedback invitation (DE/EN), anonymous survey, no person',
    P('aydin'), [('Neueintritte 2026', f'neueintritte-2026@{DOM}')], 'Wie waren deine ersten 100 Tage? / How were your first 100 days?',
    '''Hallo zusammen, hi everyone,

ihr seid jetzt rund 100 Tage bei uns – Zeit für ein ehrliches Feedback! Die Umfrage dauert 7 Minuten
und ist anonym: https://umfrage.weserland.example/onboarding-100

You've been with us for about 100 days - we'd love your honest feedback. The survey takes 7 minutes and
is anonymous. We do not see names, only results for groups of 5 or more.

Fragen u. a. zu Einarbeitung, Pat:innen-Programm, IT-Start, Gesundheitsangeboten (Betriebsarzt,
Sportkurse, EAP) und ob ihr wisst, an wen ihr euch bei Problemen wenden könnt.

Danke! / Thank you!
Merve''')

# ---- 0150
add('STRICTLY_CONFIDENTIAL', 'en', 'internal', 'expatriation medical clearance of a named employee: hypertension and medication',
    P('okafor'), [P('hagedorn')], 'Assignment Singapore – medical clearance for Patrick Eggers',
    '''Tobias,

update on Patrick Eggers' assignment to our Singapore representative office (start 1 September):

The occupational health service did the pre-assignment examination (G 35) last week. Patrick gave us
permission to share the result with you and me only: fit for assignment, with the note that his
hypertension (on ramipril 5 mg) is well controlled but needs regular checks - a local GP should be
arranged before departure, and he needs a 6-month supply of his medication for the move.

Emma from International Health is setting up his expat health cover; pre-existing conditions are covered
under our staff plan. Relocation and housing are on track; the employment pass application was filed on
Monday.

Daniel''', hdrs=O16)

# =========================================================================== build / check
LABEL_TARGET = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
# deliberately wrong checksum inside a NORMAL test-case file (d165-0037, case T03)
INTENTIONALLY_INVALID = {'DE89370400440532013001'}
CHARSETS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}


def render():
    files = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for i, m in enumerate(MAILS, 1):
        fn = f'{PREFIX}{i:04d}.eml'
        files[fn] = build_message(m, i)
        assert '\t' not in m['reason'] and '\n' not in m['reason']
        rows.append(f'{fn}\t{m["label"]}\t{m["lang"]}\t{m["kind"]}\t{m["reason"]}')
    return files, ('\n'.join(rows) + '\n').encode('utf-8')


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def _html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return ' '.join(p.out)


def _xml_text(data):
    root = ET.fromstring(data)
    return ' '.join(t for t in root.itertext())


def _pdf_text(data):
    assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF'), 'PDF frame'
    assert b'startxref' in data and b'xref' in data
    texts = []
    for mm in re.finditer(rb'<< /Length (\d+) /Filter /FlateDecode >>\nstream\n', data):
        ln = int(mm.group(1))
        raw = data[mm.end():mm.end() + ln]
        cs = zlib.decompress(raw)
        for s in re.findall(rb'\(((?:[^()\\]|\\.)*)\) Tj', cs):
            s = re.sub(rb'\\([0-7]{3})', lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb'\\(.)', rb'\1', s)
            texts.append(s.decode('cp1252'))
    t = '\n'.join(texts)
    assert t.strip(), 'PDF without text layer'
    return t


def open_file(name, data, charset=None, depth=0):
    """Open an attachment by its extension; return its text."""
    ext = name.rsplit('.', 1)[-1].lower()
    if ext == 'pdf':
        return _pdf_text(data)
    if ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        names = z.namelist()
        if ext == 'docx':
            return _xml_text(z.read('word/document.xml'))
        if ext == 'xlsx':
            ET.fromstring(z.read('xl/workbook.xml'))
            return ' '.join(_xml_text(z.read(n)) for n in names if n.startswith('xl/worksheets/'))
        if ext in ('odt', 'ods'):
            assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
            assert z.read('mimetype').decode().endswith('text' if ext == 'odt' else 'spreadsheet')
            ET.fromstring(z.read('META-INF/manifest.xml'))
            return _xml_text(z.read('content.xml'))
        return '\n'.join(open_file(n, z.read(n), None, depth + 1) for n in names if not n.endswith('/'))
    if ext == 'csv':
        t = data.decode(charset or 'utf-8')
        rows = list(csv.reader(io.StringIO(t.lstrip('\ufeff')), delimiter=';'))
        assert rows and len(rows[0]) > 1, 'CSV'
        return t
    if ext == 'ics':
        t = data.decode(charset or 'utf-8')
        assert t.startswith('BEGIN:VCALENDAR\r\n') and t.rstrip().endswith('END:VCALENDAR') and 'BEGIN:VEVENT' in t
        return t
    if ext in ('html', 'htm'):
        return _html_text(data.decode(charset or 'utf-8'))
    if ext == 'txt':
        return data.decode(charset or 'utf-8')
    if ext == 'eml':
        inner = email.message_from_bytes(data, policy=email.policy.default)
        return '\n'.join(check_message(inner, depth + 1)[0])
    raise AssertionError(f'unknown attachment type {name}')


ADDR_RE = re.compile(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)')
URL_RE = re.compile(r'(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)')
IBAN_RE = re.compile(r'\b(' + '|'.join(IBAN_LEN) + r')(\d{2})(?=[ \dA-Z])', re.I)


def check_message(msg, depth=0):
    texts, stats = [], {'atts': []}
    assert not msg.defects, msg.defects
    for k in msg.keys():
        v = msg[k]
        assert not getattr(v, 'defects', None), (k, v.defects)
        texts.append(str(v))
    for part in msg.walk():
        assert not part.defects, part.defects
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            stats['atts'].append('eml')
            continue  # walked into by walk()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn is None and ct.startswith('text/'):
            cs = part.get_content_charset()
            assert cs in CHARSETS, cs
            raw = part.get_payload(decode=True)
            t = raw.decode(cs)  # strict
            texts.append(_html_text(t) if ct == 'text/html' else t)
            if depth == 0:
                stats.setdefault('body', []).append((ct, cs, part['Content-Transfer-Encoding']))
            continue
        assert fn, f'attachment without name ({ct})'
        data = part.get_payload(decode=True)
        assert data, fn
        texts.append(open_file(fn, data, part.get_content_charset()))
        stats['atts'].append(fn.rsplit('.', 1)[-1].lower())
        if fn.lower().endswith('.zip'):
            z = zipfile.ZipFile(io.BytesIO(data))
            stats['atts'] += ['zip>' + n.rsplit('.', 1)[-1].lower() for n in z.namelist()]
    return texts, stats


def check_hosts_ibans(text, where):
    for h in ADDR_RE.findall(text) + URL_RE.findall(text):
        h = h.rstrip('.').lower()
        assert h.endswith('.example'), f'{where}: host {h}'
    for mm in IBAN_RE.finditer(text):
        cc = mm.group(1).upper()
        s = text[mm.start():mm.start() + 60]
        chars, i = '', 0
        while len(chars) < IBAN_LEN[cc] and i < len(s):
            c = s[i]
            if c.isalnum():
                chars += c
            elif c == ' ' and i + 1 < len(s) and s[i + 1].isalnum():
                pass
            else:
                break
            i += 1
        if len(chars) == IBAN_LEN[cc] and chars[2:4].isdigit() and any(ch.isdigit() for ch in chars[4:8]):
            if not re.fullmatch(r'[A-Za-z]{2}\d{2}[A-Za-z0-9]+', chars) or not chars[4:].replace(' ', '').isalnum():
                continue
            if sum(ch.isdigit() for ch in chars) < IBAN_LEN[cc] - 6:
                continue
            if chars.upper() in INTENTIONALLY_INVALID:
                continue
            assert iban_ok(chars), f'{where}: bad IBAN {chars}'
            check_hosts_ibans.count += 1


check_hosts_ibans.count = 0


def check(files, labels):
    errors = 0
    mailsdir = os.path.join(HERE, 'mails')
    on_disk = sorted(os.listdir(mailsdir))
    assert on_disk == sorted(files), 'file list differs from generator'
    for fn, data in files.items():
        with open(os.path.join(mailsdir, fn), 'rb') as f:
            assert f.read() == data, f'{fn} differs from generator (rebuild)'
    with open(os.path.join(HERE, 'labels.tsv'), 'rb') as f:
        assert f.read() == labels, 'labels.tsv differs'
    ids = set()
    from collections import Counter
    lab, lang, kind, top, atts, cs_c = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for i, (fn, data) in enumerate(sorted(files.items()), 1):
        m = MAILS[i - 1]
        try:
            assert re.search(rb'(?<!\r)\n', data) is None, 'bare LF'
            assert b'\r\r' not in data
            for line in data.split(b'\r\n'):
                assert len(line) <= 998, 'line too long'
            msg = email.message_from_bytes(data, policy=email.policy.default)
            mid = msg['Message-ID']
            assert mid and mid not in ids, 'Message-ID'
            ids.add(mid)
            assert msg['Date'].datetime.year == 2026, 'date'
            frm = msg['From'].addresses[0]
            assert frm.domain == DOM, 'sender not from the insurer domain'
            for h in ('From', 'To', 'Cc', 'Reply-To'):
                if msg[h]:
                    for a in msg[h].addresses:
                        assert a.domain.endswith('.example'), a
            texts, st = check_message(msg)
            check_hosts_ibans('\n'.join(texts), fn)
            lab[m['label']] += 1
            lang[m['lang']] += 1
            kind[m['kind']] += 1
            top[msg.get_content_type()] += 1
            for a in st['atts']:
                atts[a] += 1
            for ct, cs, cte in st.get('body', []):
                cs_c[(cs, str(cte))] += 1
        except Exception as e:  # noqa
            errors += 1
            print(f'FAIL {fn}: {e!r}')
    assert dict(lab) == LABEL_TARGET, f'label counts {dict(lab)}'
    print(f'{len(files)} mails checked, {errors} errors')
    print('labels:', dict(lab))
    print('lang:', dict(lang))
    print('top-level types:', dict(top))
    print('attachments:', dict(sorted(atts.items())))
    print('body charset/CTE:', {f'{a}/{b}': c for (a, b), c in sorted(cs_c.items())})
    print('valid IBANs seen:', check_hosts_ibans.count)
    print('kinds:', len(kind))
    return errors == 0


def main():
    files, labels = render()
    if '--check' in sys.argv:
        ok = check(files, labels)
        print('CHECK OK' if ok else 'CHECK FAILED')
        sys.exit(0 if ok else 1)
    md = os.path.join(HERE, 'mails')
    os.makedirs(md, exist_ok=True)
    for fn in os.listdir(md):
        if fn.startswith(PREFIX) and fn.endswith('.eml'):
            os.remove(os.path.join(md, fn))
    for fn, data in files.items():
        with open(os.path.join(md, fn), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(labels)
    print(f'wrote {len(files)} mails')


if __name__ == '__main__':
    main()
