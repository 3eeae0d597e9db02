#!/usr/bin/env python3
"""Generator for the Siegel evaluation corpus dev157 (files d157-0001.eml ... d157-0150.eml).

Fictitious insurer "Falkenau Versicherungsgruppe" (falkenau-versicherung.example) and its
tied agency "Generalagentur Joerg Hesselbach" in the small town of Grevenhausen, which writes
under the insurer's domain.  Standard library only.

    python3 make_corpus.py          # writes mails/, labels.tsv
    python3 make_corpus.py --check  # rebuilds in memory, compares, parses and opens everything
"""
import sys, os, io, re, zlib, zipfile, base64, quopri, datetime, csv
from email.header import Header
from email.utils import formataddr, format_datetime
import email, email.policy
from email.parser import BytesParser
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

NN = '157'
PFX = 'd157-'
DOM = 'falkenau-versicherung.example'
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- helpers

def iban(cc, bban):
    """Build an ISO 13616 IBAN with valid mod-97 check digits, grouped in fours."""
    s = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    chk = 98 - n % 97
    raw = f'{cc}{chk:02d}{bban}'
    return ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))

def iban_ok(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def raw(ib):
    return ib.replace(' ', '')

# --------------------------------------------------------------------------- attachments

FIXED_ZIP_TIME = (2026, 1, 12, 9, 30, 0)

def mkzip(members, when=FIXED_ZIP_TIME, stored_first=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for k, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and k == 0) else zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()

def _pdfstr(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

def pdf(lines, title='Dokument', author='Falkenau Versicherung AG', compress=True,
        created='20260112093000'):
    """Minimal PDF 1.4, Helvetica/WinAnsi, real text layer.  First line bold as heading."""
    if isinstance(lines, str):
        lines = lines.split('\n')
    per = 56
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)]
    objs = {}
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title (' + _pdfstr(title) + b') /Author (' + _pdfstr(author) +
               b') /Producer (Falkenau DocServer 4.2) /CreationDate (D:' + created.encode() + b"+01'00') >>")
    kids = []
    nxt = 6
    for pi, pl in enumerate(pages):
        cs = [b'BT', b'14 TL', b'50 790 Td']
        for li, line in enumerate(pl):
            font = b'/F2 12 Tf' if (pi == 0 and li == 0) else b'/F1 10 Tf'
            cs.append(font + b' (' + _pdfstr(line) + b') Tj T*')
        cs.append(b'ET')
        stream = b'\n'.join(cs) + b'\n'
        if compress:
            data = zlib.compress(stream, 9)
            objs[nxt + 1] = (b'<< /Length ' + str(len(data)).encode() + b' /Filter /FlateDecode >>\nstream\n'
                             + data + b'\nendstream')
        else:
            objs[nxt + 1] = (b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'endstream')
        objs[nxt] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents '
                     + str(nxt + 1).encode() + b' 0 R >>')
        kids.append(nxt)
        nxt += 2
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = (b'<< /Type /Pages /Kids [' + b' '.join(str(k).encode() + b' 0 R' for k in kids) +
               b'] /Count ' + str(len(kids)).encode() + b' >>')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for n in sorted(objs):
        offs[n] = out.tell()
        out.write(str(n).encode() + b' 0 obj\n' + objs[n] + b'\nendobj\n')
    xref = out.tell()
    size = max(objs) + 1
    out.write(b'xref\n0 ' + str(size).encode() + b'\n0000000000 65535 f \n')
    for n in range(1, size):
        out.write(b'%010d 00000 n \n' % offs[n])
    out.write(b'trailer\n<< /Size ' + str(size).encode() + b' /Root 1 0 R /Info 5 0 R >>\nstartxref\n'
              + str(xref).encode() + b'\n%%EOF\n')
    return out.getvalue()

def _core(title, creator, when='2026-01-12T09:30:00Z'):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(creator)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
            '</cp:coreProperties>')

def docx(paras, title='Dokument', creator='Falkenau'):
    """paras: str (paragraph), ('h', str) heading, ('table', rows)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    def p(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>'
    for x in paras:
        if isinstance(x, tuple) and x[0] == 'h':
            body.append(p(x[1], True))
        elif isinstance(x, tuple) and x[0] == 'table':
            rows = []
            for r in x[1]:
                cells = ''.join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{p(str(c))}</w:tc>' for c in r)
                rows.append(f'<w:tr>{cells}</w:tr>')
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        + ''.join(rows) + '</w:tbl>')
        else:
            body.append(p(x))
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
           + ''.join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
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
    return mkzip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', _core(title, creator)),
                  ('word/document.xml', doc)])

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(sheets, creator='Falkenau'):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    ws = []
    for si, (name, rows) in enumerate(sheets):
        xr = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                ref = f'{_col(ci)}{ri + 1}'
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            xr.append(f'<row r="{ri + 1}">{"".join(cells)}</row>')
        ws.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + ''.join(f'<sheet name="{xesc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
              + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + ''.join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    members = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', _core(sheets[0][0], creator)),
               ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels), ('xl/styles.xml', styles)]
    members += [(f'xl/worksheets/sheet{i + 1}.xml', w) for i, w in enumerate(ws)]
    return mkzip(members)

_ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" office:version="1.2"')

def _odf(mime, inner):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODNS}><office:body>'
               + inner + '</office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return mkzip([('mimetype', mime), ('content.xml', content), ('META-INF/manifest.xml', manifest)], stored_first=True)

def odt(paras):
    inner = ''.join(f'<text:p>{xesc(p)}</text:p>' for p in paras)
    return _odf('application/vnd.oasis.opendocument.text', f'<office:text>{inner}</office:text>')

def ods(sheets):
    tabs = []
    for name, rows in sheets:
        rr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
            rr.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
        tabs.append(f'<table:table table:name="{xesc(name)}">' + ''.join(rr) + '</table:table>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet', '<office:spreadsheet>' + ''.join(tabs) + '</office:spreadsheet>')

def csvdata(rows, enc='utf-8', delim=';'):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue().encode(enc)

def ics(uid, start, end, summary, location='', description='', organizer=None, stamp='20260110T080000Z'):
    def fold(line):
        b = line.encode('utf-8')
        out = []
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b' ' + b[cut:]
        out.append(b)
        return b'\r\n'.join(out)
    esc = lambda s: s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Falkenau//Kalender 2.1//DE', 'METHOD:REQUEST', 'BEGIN:VEVENT',
         f'UID:{uid}', f'DTSTAMP:{stamp}', f'DTSTART;TZID=Europe/Berlin:{start}', f'DTEND;TZID=Europe/Berlin:{end}',
         f'SUMMARY:{esc(summary)}']
    if location:
        L.append(f'LOCATION:{esc(location)}')
    if description:
        L.append(f'DESCRIPTION:{esc(description)}')
    if organizer:
        L.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    L += ['END:VEVENT', 'END:VCALENDAR']
    return b'\r\n'.join(fold(x) for x in L) + b'\r\n'

# --------------------------------------------------------------------------- MIME building

CRLF = b'\r\n'

def _hdr(name, value, charset='utf-8'):
    try:
        value.encode('ascii')
        v = value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = 'utf-8'
        v = Header(value, charset, header_name=name).encode(maxlinelen=76)
    return (f'{name}: {v}').replace('\r\n', '\n').replace('\n', '\r\n').encode('ascii')

def _addr(a, charset='utf-8'):
    if isinstance(a, tuple):
        try:
            a[0].encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = 'utf-8'
        return formataddr(a, charset=charset)
    return a

def _addrlist(lst, charset='utf-8'):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ',\r\n '.join(_addr(a, charset) for a in lst)

def enc_text(text, charset, cte):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    data = text.encode(charset)
    if cte == 'base64':
        b = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        b = quopri.encodestring(data)
    elif cte in ('8bit', '7bit'):
        if cte == '7bit':
            data.decode('ascii')
        b = data
    else:
        raise ValueError(cte)
    return b.replace(b'\n', b'\r\n')

def part_text(text, subtype='plain', charset='utf-8', cte='quoted-printable', flowed=False, extra=()):
    ct = f'Content-Type: text/{subtype}; charset="{charset}"'
    if flowed:
        ct += '; format=flowed'
    hs = [ct.encode(), f'Content-Transfer-Encoding: {cte}'.encode()] + [e.encode() for e in extra]
    return hs, enc_text(text, charset, cte)

def _param_name(fn):
    try:
        fn.encode('ascii')
        return f'"{fn}"', f'filename="{fn}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        return f'"{Header(fn, "utf-8").encode()}"', f"filename*=utf-8''{quote(fn)}"

def part_att(fn, ctype, data, cte='base64', inline=False):
    nm, fnp = _param_name(fn)
    disp = 'inline' if inline else 'attachment'
    if ctype == 'message/rfc822':
        hs = [f'Content-Type: message/rfc822; name={nm}'.encode(), f'Content-Disposition: {disp}; {fnp}'.encode()]
        try:
            data.decode('ascii')
            hs.append(b'Content-Transfer-Encoding: 7bit')
        except UnicodeDecodeError:
            hs.append(b'Content-Transfer-Encoding: 8bit')
        return hs, data if data.endswith(CRLF) else data + CRLF
    hs = [f'Content-Type: {ctype}; name={nm}'.encode(), f'Content-Disposition: {disp}; {fnp}'.encode(),
          f'Content-Transfer-Encoding: {cte}'.encode()]
    if cte == 'base64':
        body = base64.encodebytes(data).replace(b'\n', CRLF)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data.replace(b'\r\n', b'\n')).replace(b'\n', CRLF)
    else:
        body = data if data.endswith(CRLF) else data + CRLF
    return hs, body

def multipart(subtype, parts, boundary, preamble=True):
    hs = [f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"'.encode()]
    out = io.BytesIO()
    if preamble:
        out.write(b'This is a multi-part message in MIME format.\r\n')
    for ph, pb in parts:
        out.write(b'\r\n--' + boundary.encode() + CRLF)
        out.write(CRLF.join(ph) + CRLF + CRLF + pb)
    out.write(b'\r\n--' + boundary.encode() + b'--\r\n')
    return hs, out.getvalue()

# --------------------------------------------------------------------------- registry

MAILS = []

def add(label, lang, kind, reason, frm, to, subject, body=None, *, html=None, att=(), cc=(), charset='utf-8',
        cte='quoted-printable', date=None, irt=None, headers=(), flowed=False, html_cte=None, mid=None):
    assert label in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'), label
    assert lang in ('de', 'en', 'mixed'), lang
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, subject=subject, body=body,
                      html=html, att=list(att), cc=cc, charset=charset, cte=cte, date=date, irt=irt,
                      headers=list(headers), flowed=flowed, html_cte=html_cte or cte, mid=mid))

def _date(i, m):
    if m['date']:
        d = datetime.datetime(*m['date'])
    else:
        base = datetime.datetime(2026, 1, 5, 7, 40)
        d = base + datetime.timedelta(days=(i * 37) // 20, minutes=(i * 97) % 600)
        if d.weekday() >= 5:
            d += datetime.timedelta(days=7 - d.weekday())
    off = 2 if (d.month, d.day) >= (3, 29) and d.month < 11 else 1
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(d.replace(tzinfo=tz))

def build(i, m):
    n = i + 1
    cs = m['charset']
    hs = [_hdr('Date', _date(i, m))]
    hs.append(('From: ' + _addr(m['frm'], cs)).encode('ascii'))
    hs.append(('To: ' + _addrlist(m['to'], cs)).encode('ascii'))
    if m['cc']:
        hs.append(('Cc: ' + _addrlist(m['cc'], cs)).encode('ascii'))
    hs.append(_hdr('Subject', m['subject'], cs if cs != 'us-ascii' else 'utf-8'))
    mid = m['mid'] or f'<{PFX}{n:04d}.{(n * 7919) % 100000:05d}@mail.{DOM}>'
    hs.append(f'Message-ID: {mid}'.encode())
    if m['irt']:
        hs.append(f'In-Reply-To: <{m["irt"]}>'.encode())
        hs.append(f'References: <{m["irt"]}>'.encode())
    hs.append(b'MIME-Version: 1.0')
    for h in m['headers']:
        hs.append(_hdr(*h.split(': ', 1)))
    bnd = lambda k: f'----=_Part_{NN}_{n:04d}_{k}'
    body_part = None
    if m['body'] is not None and m['html'] is not None:
        body_part = multipart('alternative', [part_text(m['body'], 'plain', cs, m['cte'], m['flowed']),
                                              part_text(m['html'], 'html', cs, m['html_cte'])], bnd('alt'), preamble=False)
    elif m['html'] is not None:
        body_part = part_text(m['html'], 'html', cs, m['html_cte'])
    else:
        body_part = part_text(m['body'], 'plain', cs, m['cte'], m['flowed'])
    if m['att']:
        parts = [body_part] + [part_att(*a) for a in m['att']]
        ph, pb = multipart('mixed', parts, bnd('mix'))
    else:
        ph, pb = body_part
    return CRLF.join(hs + ph) + CRLF + CRLF + pb

def eml(frm, to, subject, body, date, mid, charset='utf-8', cte='quoted-printable', att=()):
    """A complete message (bytes) for forwarding as message/rfc822 or zipping."""
    m = dict(label='NORMAL', frm=frm, to=to, subject=subject, body=body, html=None, att=list(att), cc=(),
             charset=charset, cte=cte, date=date, irt=None, headers=[], flowed=False, html_cte=cte, mid=f'<{mid}>')
    return build(9000 + len(mid), m)

# --------------------------------------------------------------------------- the world

H = 'Falkenau Versicherung AG'

FOOT_DE = """--
Falkenau Versicherung AG · Falkenauer Ring 1 · 34131 Kassel
Vorstand: Dr. Annette Wiegand (Vors.), Lars Eickhoff, Sibel Karaca · Vorsitzender des Aufsichtsrats: Prof. Dr. Hartmut Lenz
Sitz der Gesellschaft: Kassel · Amtsgericht Kassel HRB 99012

Diese E-Mail enthält möglicherweise vertrauliche Informationen. Wenn Sie nicht der richtige
Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet."""

FOOT_EN = """--
Falkenau Versicherung AG · Falkenauer Ring 1 · 34131 Kassel · Germany
Registered office: Kassel · Local court Kassel HRB 99012 · CEO: Dr. Annette Wiegand

This e-mail may contain confidential and/or privileged information. If you are not the
intended recipient (or have received this e-mail in error) please notify the sender
immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution
of the material in this e-mail is strictly forbidden."""

AG_FOOT = """Generalagentur Jörg Hesselbach
Ihr Falkenau-Team in Grevenhausen
Marktstraße 14 · 37649 Grevenhausen
Tel. 05532 91807-0 · Fax 05532 91807-29
Öffnungszeiten: Mo-Fr 8:30-12:30, Di + Do 14:00-18:00

Gebundener Versicherungsvertreter nach § 34d Abs. 7 GewO, ausschließlich für die Unternehmen der
Falkenau Versicherungsgruppe tätig. Vermittlerregister-Nr. D-K7QX-42M8P-51, einsehbar unter
www.vermittlerregister.example. Die Agentur erhält für die Vermittlung eine Provision, die in der
Versicherungsprämie enthalten ist."""

def ag_sig(who):
    names = {'jh': 'Jörg Hesselbach | Generalagent', 'sk': 'Sabine Kroll | Innendienst',
             'lm': 'Lea Marquardt | Kundenservice'}
    return f"--\n{names[who]}\n{AG_FOOT}\n\n{FOOT_DE.split(chr(10), 1)[1]}"

def P(addr_local, name):
    return (name, f'{addr_local}@{DOM}')

JH = P('joerg.hesselbach', 'Jörg Hesselbach')
SK = P('sabine.kroll', 'Sabine Kroll')
LM = P('lea.marquardt', 'Lea Marquardt')
AGB = P('agentur.hesselbach', 'Generalagentur Hesselbach')
VOLL = P('katrin.vollmer', 'Dr. Katrin Vollmer')       # Leistung Kranken
REUT = P('tobias.reuter', 'Tobias Reuter')            # Kfz-Schaden
ACHT = P('miriam.achterberg', 'Miriam Achterberg')    # Risikoprüfung Leben/BU
SALZ = P('henrik.salzmann', 'Henrik Salzmann')        # Vertriebsdirektion Nord
DEMI = P('aylin.demir', 'Aylin Demir')                # Personal
OSTE = P('frank.osterloh', 'Frank Osterloh')          # IT Service Desk
WHIT = P('claire.whitfield', 'Claire Whitfield')      # International Health Desk
JENS = P('rasmus.jensen', 'Rasmus Jensen')            # Rückversicherung
LIND = P('petra.lindner', 'Petra Lindner')            # Rechtsschutz
GRUB = P('benedikt.gruber', 'Benedikt Gruber')        # Sach/Haftpflicht-Schaden
KOWA = P('nadine.kowalczyk', 'Nadine Kowalczyk')      # Maklerbetreuung
BRAN = P('oliver.brandt', 'Oliver Brandt')            # Datenschutzbeauftragter
FENS = P('julia.fenske', 'Julia Fenske')              # Marketing
RINA = P('marco.rinaldi', 'Marco Rinaldi')            # Travel claims
HOLL = P('stefan.hollmann', 'Stefan Hollmann')        # Leben Bestand
SOMM = P('ulrich.sommer', 'Dr. med. Ulrich Sommer')   # Gesellschaftsarzt
CART = P('emma.carter', 'Emma Carter')                # Group Finance
WAGN = P('ines.wagner', 'Ines Wagner')                # Einkauf
PAUL = P('paulina.nowak', 'Paulina Nowak')            # Provisionsabrechnung
KLEE = P('bernd.kleemann', 'Bernd Kleemann')          # Gewerbe/Firmen
NOREPLY = ('Falkenau Kundenportal', f'noreply@{DOM}')
NEWS = ('Falkenau Versicherung', f'newsletter@{DOM}')

def sig(name, role, dept, phone, lang='de'):
    if lang == 'de':
        return f'Mit freundlichen Grüßen\n\n{name}\n{role} · {dept}\nTelefon 0561 7093-{phone}\n\n{FOOT_DE}'
    return f'Kind regards\n\n{name}\n{role} · {dept}\nPhone +49 561 7093-{phone}\n\n{FOOT_EN}'

# IBANs (all valid, generated)
IB_BODE = iban('DE', '26069553' + '0004471203')
IB_LUED = iban('DE', '26051260' + '0000718844')
IB_MACK = iban('DE', '26069553' + '0110022907')
IB_POEH = iban('DE', '26051260' + '0000390217')
IB_TEGT = iban('DE', '52250501' + '8000661934')
IB_SIEV = iban('DE', '26069553' + '0205518800')
IB_SV = iban('DE', '26069553' + '0000186201')
IB_FALK = iban('DE', '52200400' + '6000555010')
IB_KRAM = iban('DE', '10100100' + '1234770091')
IB_NL = iban('NL', 'INGB' + '0006677123')
IB_GB = iban('GB', 'BARC' + '20051773412345')
IB_GB_EXAMPLE = 'GB29 NWBK 6016 1331 9268 19'   # published example IBAN (test data)
IB_AT = iban('AT', '20111' + '82221219800')
IB_ROSS = iban('DE', '52060410' + '0004518830')
IB_DE_EXAMPLE = 'DE89 3704 0044 0532 0130 00'   # published example IBAN (test data)
IB_HART = iban('DE', '70020270' + '0015884726')
IB_YILD = iban('DE', '44050199' + '0900123776')
IB_HOFF = iban('DE', '86050500' + '0043112090')
IB_BRAU = iban('DE', '12500105' + '0170648489')
IB_FR = iban('FR', '30003021970005028413K42')
IB_CH = iban('CH', '00235235812048571')
IB_DACH = iban('DE', '26069553' + '0308822100')
IB_LORE = iban('DE', '52050000' + '0041188230')
IB_NOAH = iban('DE', '26051260' + '0000552017')

# =========================================================================== MAILS

def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))

def outlook_de(name, addr, when, to, subject):
    return f"""-----Ursprüngliche Nachricht-----
Von: {name} <{addr}>
Gesendet: {when}
An: {to}
Betreff: {subject}
"""

def outlook_en(name, addr, when, to, subject):
    return f"""________________________________
From: {name} <{addr}>
Sent: {when}
To: {to}
Subject: {subject}
"""
# ---- 0001
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: club summer fete plan with first-aid course, defibrillator and blood-pressure stand; no person data',
    LM, ('Schützenverein Grevenhausen 1862 e.V.', 'vorstand@sv-grevenhausen.example'),
    'Schützenfest 2026 – unser Stand & der Erste-Hilfe-Kurs',
    f"""Hallo Herr Wendt, hallo liebe Vorstandsmitglieder,

wie beim letzten Treffen im Vereinsheim besprochen, hier unsere Planung für das Schützenfest
am 13. und 14. Juni:

- Unser Pavillon steht wieder neben dem Kinderkarussell (3 x 6 m, Strom brauchen wir nur für die Kaffeemaschine).
- Das DRK Grevenhausen bietet an unserem Stand am Samstag von 14 bis 17 Uhr kostenloses
  Blutdruckmessen an. Frau Lüdecke vom Ortsverein bringt zwei Messgeräte mit.
- Der Erste-Hilfe-Kurs für Übungsleiter und Thekenpersonal findet am 25. April im Schützenhaus statt
  (9 Stunden, Kosten übernimmt die Agentur). Bitte bis 31. März Teilnehmer melden, max. 16 Plätze.
- Den Defibrillator, den wir letztes Jahr gespendet haben, sollte jemand vor dem Fest einmal prüfen –
  die Elektroden-Pads laufen laut Aufkleber im Mai ab. Ersatzpads besorgen wir gern.

Gewinnspiel wie immer: Glücksrad, Hauptpreis ein Grillkurs beim Fleischerfachgeschäft Rump.

Sonnige Grüße aus der Marktstraße
Lea Marquardt

{ag_sig('lm')}""", date=(2026, 1, 7, 10, 12))

# ---- 0002
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'health claim statement: physiotherapy for lumbar radiculopathy (M54.16) of the named policyholder',
    VOLL, ('Renate Wöhrmann', 'r.woehrmann@gmx.example'),
    'Ihre Leistungsabrechnung vom 08.01.2026 – KV 4471-220931',
    f"""Sehr geehrte Frau Wöhrmann,

vielen Dank für die Einreichung Ihrer Rechnungen. Wir haben Ihre Unterlagen geprüft und erstatten
Ihnen folgende Beträge aus Ihrem Tarif KomfortPlus ambulant (Versicherungsnummer KV 4471-220931):

  Rechnung Physiotherapie Bergmann, Kassel, 10 x Krankengymnastik (KG)   420,00 EUR   erstattet 378,00 EUR
  Rechnung Dr. med. Jansen, Orthopädie, GOÄ Nr. 1, 5, 3306              112,64 EUR   erstattet 112,64 EUR

Diagnose laut Verordnung: M54.16 Radikulopathie, Lumbalbereich.

Für die Krankengymnastik gilt in Ihrem Tarif ein Höchstsatz von 37,80 EUR je Behandlung; den Rest
von 42,00 EUR können wir leider nicht übernehmen. Sollte Ihr Orthopäde weitere Behandlungen
verordnen, reichen Sie bitte wieder Verordnung und Rechnung zusammen ein.

Der Betrag von 490,64 EUR wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.

{sig('Dr. Katrin Vollmer', 'Leistungsprüfung', 'Krankenversicherung ambulant', '4412')}""",
    cte='8bit', date=(2026, 1, 8, 14, 3))

# ---- 0003
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'motor windscreen claim of a named expat customer: claim number, plate, policy; nobody hurt',
    REUT, ('Daniel Okafor', 'dokafor@fastmail-box.example'),
    'Your windscreen claim KS-2026-004418',
    f"""Dear Mr Okafor,

thank you for reporting the stone chip that turned into a crack on your windscreen.

Claim number:   KS-2026-004418
Policy:         KF 3301-778120 (comprehensive, EUR 150 excess)
Vehicle:        Skoda Octavia Combi, plate KS-DO 482

Because the crack runs through the driver's field of vision it cannot be repaired, so the
windscreen will be replaced. You can use our partner Glasklar Autoglas in Kassel-Bettenhausen;
in that case the excess is reduced to EUR 75 and they will bill us directly. If you prefer another
workshop, please send us their invoice and we reimburse the cost minus the excess.

No appointment with an assessor is needed. Please keep the old windscreen until the work is done.

{sig('Tobias Reuter', 'Claims handler', 'Motor claims', '3307', 'en')}""",
    date=(2026, 1, 8, 16, 20))

# ---- 0004
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'sole trader (e.K.) business liability endorsement; IBAN and SEPA mandate of the owner only in the PDF attachment',
    SK, ('Mathias Bode', 'info@tischlerei-bode.example'),
    'Nachtrag zu Ihrer Betriebshaftpflicht',
    f"""Moin Herr Bode,

wie am Telefon besprochen haben wir die Montagearbeiten außerhalb der Werkstatt (Treppenbau vor Ort)
jetzt mit in den Vertrag aufgenommen. Den Nachtrag und das geänderte SEPA-Mandat finden Sie im Anhang.

Bitte das Mandat unterschreiben und einfach beim nächsten Mal vorbeibringen, oder Lea holt es ab,
wenn sie Donnerstag ohnehin wegen der Fenster bei Ihnen ist.

Schöne Grüße
Sabine Kroll

{ag_sig('sk')}""",
    att=[('Nachtrag_BHV_Bode.pdf', 'application/pdf', pdf([
        'Nachtrag Nr. 3 zur Betriebshaftpflichtversicherung',
        '',
        'Versicherungsnehmer: Tischlerei Mathias Bode e.K., Inh. Mathias Bode',
        'Anschrift: Am Mühlenbach 7, 37649 Grevenhausen',
        'Vertragsnummer: BH 5520-031877',
        'Gültig ab: 01.02.2026',
        '',
        'Eingeschlossen werden Tätigkeitsschäden bei Montagearbeiten auf fremden Grundstücken',
        '(Treppen- und Innenausbau), Sublimit 250.000 EUR je Schadenereignis.',
        'Mehrbeitrag jährlich: 146,30 EUR zzgl. Versicherungsteuer',
        '',
        'SEPA-Lastschriftmandat',
        'Gläubiger-ID: DE98ZZZ09999999999 (Falkenau Versicherung AG)',
        'Kontoinhaber: Mathias Bode',
        'IBAN: ' + IB_BODE + '   BIC: GENODEF1GRV',
        'Kreditinstitut: Volksbank Leinebergland eG',
        '',
        'Ort, Datum, Unterschrift ______________________________',
    ], title='Nachtrag BH 5520-031877'))], date=(2026, 1, 9, 9, 41))

# ---- 0005
add('NORMAL', 'en', 'internal',
    'trap: IT incident about upload of "medical reports" in the portal; no person or case named',
    OSTE, [('Portal Operations', f'portal-ops@{DOM}')], cc=[('Service Desk', f'servicedesk@{DOM}')],
    subject='INC0048812 – portal upload of medical reports fails above 10 MB',
    body=f"""Hi all,

summary of today's incident for the record:

* Since the 06:00 deployment (release 26.1.3) uploads of scanned medical reports and doctors'
  invoices bigger than 10 MB fail in the customer portal with HTTP 413.
* Cause: the new reverse-proxy template reset client_max_body_size to the default.
* Workaround applied 09:52: value set back to 25m on web-01 to web-04, reload, tested with a
  22 MB test PDF (Lorem ipsum, 40 pages) - OK.
* Affected: 37 failed upload attempts between 06:04 and 09:50 according to the access log.
  Customers receive the standard message asking them to try again; no data was lost.

Problem ticket PRB0002231 opened so the template gets fixed before the next release.

Frank

--
Frank Osterloh | IT Service Desk, 2nd level | ext. 6120""",
    cte='7bit', charset='us-ascii', date=(2026, 1, 9, 11, 5))

# ---- 0006
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'agent asks risk underwriting about a named applicant with type-1 diabetes (E10.90, HbA1c); questionnaire in DOCX',
    JH, ACHT, 'Risikovoranfrage BU – Herr Niklas Sander, Kfz-Mechatroniker',
    f"""Hallo Frau Achterberg,

ich habe hier einen jungen Kunden, der gern eine BU abschließen möchte, bevor er im Herbst den
Meisterkurs anfängt. Bevor wir den Antrag stellen, bitte ich um eine Einschätzung:

Niklas Sander, geb. 14.09.1998, Kfz-Mechatroniker (Geselle), Nichtraucher
Gewünscht: BU-Rente 1.500 EUR mtl., Endalter 67, Tarif BU Premium

Er hat seit dem 12. Lebensjahr Diabetes Typ 1 (E10.90), Insulinpumpe, letzter HbA1c 6,9 %,
keine Folgeerkrankungen, Augenarzt jährlich ohne Befund. Sonst nur 2022 eine Meniskus-OP rechts,
ausgeheilt, keine Beschwerden.

Den ausgefüllten Fragebogen Diabetes habe ich angehängt. Kommt für ihn eine Annahme mit
Zuschlag in Frage, oder wird das eher ein Ausschluss?

Danke und Gruß aus Grevenhausen
Jörg Hesselbach

{ag_sig('jh')}""",
    att=[('Fragebogen_Diabetes_Sander.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx([
        ('h', 'Zusatzfragebogen Diabetes mellitus'),
        'Antragsteller: Niklas Sander, geb. 14.09.1998, Grevenhausen',
        ('table', [['Frage', 'Angabe'],
                   ['Diabetes-Typ / seit', 'Typ 1, seit 2010'],
                   ['Therapie', 'Insulinpumpe (CSII), Insulin aspart'],
                   ['Letzte HbA1c-Werte', '6,9 % (11/2025), 7,1 % (05/2025)'],
                   ['Hypoglykämien mit Fremdhilfe', 'keine in den letzten 5 Jahren'],
                   ['Folgeerkrankungen (Retinopathie, Nephropathie, Neuropathie)', 'keine'],
                   ['Behandelnder Arzt', 'Diabetologische Schwerpunktpraxis Dr. Pauls, Holzminden']]),
        'Unterschrift Antragsteller: Niklas Sander',
    ], title='Fragebogen Diabetes', creator='Jörg Hesselbach'))],
    date=(2026, 1, 12, 8, 55))

# ---- 0007
NL1_TXT = """Falkenau Kompakt – Ausgabe Februar 2026
========================================

Liebe Kundinnen und Kunden,

1) Gesunde Zähne, kleine Rechnung
   Eine professionelle Zahnreinigung kostet im Schnitt 90 bis 120 Euro. Mit ZahnPlus erstatten
   wir zwei Reinigungen im Jahr zu 100 % – ganz ohne Wartezeit.

2) Wussten Sie schon?
   Psychische Erkrankungen (34 %) und Erkrankungen des Rücken- und Bewegungsapparats (21 %) sind
   die häufigsten Ursachen für Berufsunfähigkeit. Nur jeder Vierte ist dagegen abgesichert.

3) Pflege: Was zahlt die gesetzliche Pflegeversicherung?
   Bei Pflegegrad 3 zahlt die Pflegekasse 599 Euro Pflegegeld im Monat. Die Kosten eines
   Pflegeheims liegen oft bei über 2.500 Euro Eigenanteil. Unser Rechner zeigt Ihre Lücke:
   https://www.falkenau-versicherung.example/pflegerechner

4) Termine: Vortrag "Vorsorgevollmacht und Patientenverfügung" in unseren Agenturen, jeweils
   19 Uhr – Eintritt frei.

Sie möchten diesen Newsletter nicht mehr erhalten? Abmelden:
https://www.falkenau-versicherung.example/newsletter/abmelden

Falkenau Versicherung AG, Falkenauer Ring 1, 34131 Kassel
"""
NL1_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Falkenau Kompakt</title></head>
<body style="font-family:Arial,sans-serif;color:#203040">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0b4f6c;color:#fff;padding:16px"><h1 style="margin:0">Falkenau Kompakt</h1>Ausgabe Februar 2026</td></tr>
<tr><td style="padding:16px">
<h2>Gesunde Zähne, kleine Rechnung</h2>
<p>Eine professionelle Zahnreinigung kostet im Schnitt 90 bis 120 Euro. Mit <b>ZahnPlus</b> erstatten wir
zwei Reinigungen im Jahr zu 100&nbsp;% – ganz ohne Wartezeit.</p>
<h2>Wussten Sie schon?</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Ursache der Berufsunfähigkeit</th><th>Anteil</th></tr>
<tr><td>Psychische Erkrankungen</td><td>34&nbsp;%</td></tr>
<tr><td>Rücken und Bewegungsapparat</td><td>21&nbsp;%</td></tr>
<tr><td>Krebs und andere bösartige Geschwülste</td><td>8&nbsp;%</td></tr>
<tr><td>Herz- und Gefäßerkrankungen</td><td>7&nbsp;%</td></tr>
</table>
<h2>Pflege: Was zahlt die Pflegekasse?</h2>
<p>Bei Pflegegrad 3 zahlt die Pflegekasse 599 Euro Pflegegeld im Monat. Der Eigenanteil im Pflegeheim liegt oft
über 2.500 Euro. <a href="https://www.falkenau-versicherung.example/pflegerechner">Zum Pflegerechner</a></p>
<h2>Termine</h2>
<p>Vortrag &bdquo;Vorsorgevollmacht und Patientenverfügung&ldquo; in unseren Agenturen, jeweils 19 Uhr – Eintritt frei.</p>
</td></tr>
<tr><td style="font-size:11px;color:#667;padding:16px">Falkenau Versicherung AG, Falkenauer Ring 1, 34131 Kassel ·
<a href="https://www.falkenau-versicherung.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></body></html>
"""
add('NORMAL', 'de', 'newsletter',
    'trap: customer newsletter with BU causes by diagnosis group, care grade amounts, dental cleaning; no individual',
    NEWS, ('Newsletter-Empfänger', f'newsletter-verteiler@{DOM}'),
    'Falkenau Kompakt: Zahnreinigung, BU-Ursachen, Pflegelücke',
    NL1_TXT, html=NL1_HTML, headers=['List-Unsubscribe: <https://www.falkenau-versicherung.example/newsletter/abmelden>',
                                     'Precedence: bulk'], date=(2026, 1, 13, 6, 30))

# ---- 0008
add('CONFIDENTIAL', 'mixed', 'insurer-to-broker',
    'English cover note to UK broker; German CSV attachment lists named pupils with birth dates for group travel cover',
    KOWA, ('Gareth Pike', 'g.pike@harcourt-pike.example'),
    'Group travel cover – Schüleraustausch Grevenhausen / Bath, participant list',
    f"""Dear Gareth,

please find attached the participant list for the exchange group as registered with us. The group
travel policy RG 7710-2026-014 covers trip cancellation, baggage and personal liability for the
stay 18-29 March 2026. Medical expenses are covered through the pupils' own health insurance, so
we don't need any health details.

The list is in German (our school contact uses our template), columns are surname, first name,
date of birth, form, and whether a parental consent form is on file.

Could your client (the host school in Bath) confirm the UK group leader's name by Friday?

{sig('Nadine Kowalczyk', 'Broker relations', 'Maklerbetreuung', '2290', 'en')}""",
    att=[('Teilnehmerliste_Austausch_Bath_2026.csv', 'text/csv', csvdata([
        ['Nachname', 'Vorname', 'Geburtsdatum', 'Klasse', 'Einverständnis Eltern'],
        ['Albers', 'Jonas', '02.05.2010', '10b', 'ja'],
        ['Bekić', 'Mira', '17.11.2009', '10a', 'ja'],
        ['Dreyer', 'Luca', '30.01.2010', '10b', 'ja'],
        ['Fröhlich', 'Hanna', '09.08.2010', '10c', 'nein – folgt'],
        ['Hölscher', 'Tim', '21.03.2010', '10a', 'ja'],
        ['Krüger', 'Emma', '12.12.2009', '10c', 'ja'],
        ['Nowak', 'Oskar', '05.06.2010', '10b', 'ja'],
        ['Şahin', 'Elif', '28.02.2010', '10a', 'ja'],
        ['Begleitung: Weiß', 'Claudia (Lehrerin)', '', '', ''],
    ], enc='utf-8'), 'base64')],
    date=(2026, 1, 13, 11, 47))

# ---- 0009
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
    'request for medical report for a named BU claimant with date of birth; release of confidentiality attached (PDF)',
    P('bu-leistung', 'Falkenau Lebensversicherung – BU-Leistung'), ('Dr. med. Henning Faber', 'praxis@ortho-faber.example'),
    'Anforderung ärztlicher Bericht – Ihr Patient Carsten Michalski, geb. 03.05.1979',
    f"""Sehr geehrter Herr Dr. Faber,

Herr Carsten Michalski, geb. 03.05.1979, wohnhaft in Baunatal, hat bei uns Leistungen aus seiner
Berufsunfähigkeitsversicherung (Vertrag LV 8830-114207) beantragt. Er gibt an, bei Ihnen seit
Juni 2025 wegen eines Bandscheibenvorfalls L5/S1 in Behandlung zu sein.

Wir bitten Sie um einen ärztlichen Bericht mit folgenden Angaben:
1. Diagnosen (möglichst mit ICD-10-Code) und Zeitpunkt der Erstdiagnose
2. bisherige Behandlung und Verlauf, insbesondere operative Eingriffe
3. aktuelle Funktionseinschränkungen (Heben, Tragen, Zwangshaltungen, Sitzen)
4. Prognose: Ist mit einer Besserung innerhalb von sechs Monaten zu rechnen?

Die Schweigepflichtentbindung des Patienten liegt bei. Für den Bericht vergüten wir 60,00 EUR
nach Rechnungsstellung (bitte mit unserem Zeichen BU-L 2026-0117).

Mit freundlichen Grüßen

i. A. Carola Sievert
BU-Leistungsprüfung
Falkenau Lebensversicherung AG · Falkenauer Ring 1 · 34131 Kassel
Telefon 0561 7093-5183

{FOOT_DE}""",
    att=[('Schweigepflichtentbindung_Michalski.pdf', 'application/pdf', pdf([
        'Erklärung zur Entbindung von der Schweigepflicht',
        '',
        'Ich, Carsten Michalski, geb. 03.05.1979, Lindenweg 22, 34225 Baunatal,',
        'entbinde die mich behandelnden Ärzte, insbesondere Dr. med. Henning Faber (Orthopädie),',
        'von der Schweigepflicht gegenüber der Falkenau Lebensversicherung AG, soweit dies',
        'zur Prüfung meines Antrags auf Leistungen wegen Berufsunfähigkeit erforderlich ist.',
        '',
        'Vertrag: LV 8830-114207',
        'Baunatal, 05.01.2026          gez. C. Michalski',
    ], title='Schweigepflichtentbindung'))], date=(2026, 1, 14, 10, 2))

# ---- 0010
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: purchase order for AED pads, first-aid kits and an eye-wash station; company bank details only',
    WAGN, ('Order desk', 'orders@medisupply-europe.example'),
    'PO 4500081273 – AED pads and first-aid kits, Kassel head office',
    f"""Hello,

please deliver the following to our head office (goods receiving, gate 2):

  12 x  AED electrode pads adult, compatible with ZOLL AED Plus (CPR-D-padz)
   2 x  AED paediatric pads
  25 x  first-aid kit DIN 13157, wall cabinet
   4 x  eye-wash station, 2 x 500 ml
  10 x  burn dressing set

Delivery by 30 January 2026 please. Invoice to Falkenau Versicherung AG, accounts payable,
Falkenauer Ring 1, 34131 Kassel, quoting PO 4500081273. Payment 30 days net to your account on file.

Thanks,
Ines Wagner
Procurement | Falkenau Versicherung AG | +49 561 7093-1045

{FOOT_EN}""", date=(2026, 1, 14, 13, 18))
# ---- 0011
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: general info for a sports club on accident cover (cruciate ligament, fractures, disability) without any member named',
    LM, ('Uwe Brakel (Kassenwart TuS Grevenhausen)', 'kasse@tus-grevenhausen.example'),
    'AW: Unfallversicherung für die Übungsleiter?',
    f"""Hallo Uwe,

kurz zu deiner Frage vom Sportlerball: Eure Mitglieder sind über den Sportversicherungsvertrag des
Landessportbunds bei der Sportausübung grundsätzlich unfallversichert – aber nur mit kleinen
Summen (Invalidität ab 25 %, Grundsumme ca. 30.000 EUR). Bei typischen Sportverletzungen wie
Kreuzbandriss, Sprunggelenksfraktur oder Bandscheibenvorfall bleibt da oft nicht viel übrig.

Für eure Übungsleiter gibt es zwei Wege:
1. eine Vereins-Gruppenunfallversicherung (ab ca. 9 EUR pro Person und Jahr),
2. oder jeder schließt privat unsere Unfall 24 ab – dann gilt sie auch beim Joggen oder im Urlaub.

Ich hänge dir unser Infoblatt an. Wenn ihr mögt, komme ich zur nächsten Vorstandssitzung dazu und
erkläre das in zehn Minuten.

Viele Grüße, Lea

{ag_sig('lm')}

> Hallo Lea, sind unsere Übungsleiter eigentlich versichert, wenn sie sich beim Training verletzen?
> Uns fragen die Eltern immer wieder. Gruß Uwe""",
    att=[('Infoblatt_Vereinsunfall.pdf', 'application/pdf', pdf([
        'Gruppenunfallversicherung für Vereine',
        '',
        'Für wen? Übungsleiter, Trainer, Vorstand, ehrenamtliche Helfer',
        'Leistungen: Invalidität bis 100.000 EUR mit Progression 225 %, Unfallrente ab 50 % Invalidität,',
        'Krankenhaustagegeld 20 EUR, Bergungskosten, kosmetische Operationen bis 5.000 EUR',
        'Beitrag: ab 9,00 EUR pro Person und Jahr (Gruppe ab 10 Personen)',
        'Rechenbeispiel: Kreuzbandriss mit bleibender Beeinträchtigung (Beinwert 1/7) = 10 % Invalidität',
        '',
        'Generalagentur Jörg Hesselbach, Marktstraße 14, 37649 Grevenhausen',
    ], title='Infoblatt Vereinsunfall', compress=False))],
    irt='CAFE1234sportlerball@tus-grevenhausen.example', date=(2026, 1, 15, 9, 7))

# ---- 0012
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'household claim: stolen e-bike of a named customer, claim number, police reference, payout to her IBAN',
    GRUB, ('Yvonne Brückner', 'yvonne.brueckner@web-post.example'),
    'Ihr Schaden H-26-01-3391 – Diebstahl E-Bike',
    f"""Sehr geehrte Frau Brückner,

vielen Dank für die Unterlagen zum Diebstahl Ihres E-Bikes (Kalkhoff Endeavour, Rahmennummer
WB21K44017) aus dem Fahrradkeller am 28.12.2025. Die Anzeige bei der Polizei Kassel liegt uns vor
(Vorgangsnummer 0410-2025-087713).

Ihre Hausratversicherung HR 2209-556102 deckt Fahrraddiebstahl bis 3.000 EUR. Abzüglich der
Selbstbeteiligung von 150 EUR erstatten wir den Zeitwert von 2.640 EUR.

Den Betrag überweisen wir auf das von Ihnen genannte Konto
IBAN {IB_HOFF} (Kontoinhaberin Yvonne Brückner).

Sollte das Rad wieder auftauchen, geben Sie uns bitte Bescheid.

{sig('Benedikt Gruber', 'Schadenregulierung', 'Sach- und Haftpflichtschaden', '3520')}""",
    date=(2026, 1, 15, 15, 26))

# ---- 0013
SL_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Ms Lambert,</p>
<p>we have now received the invoices from Hospital Particular do Algarve in Faro and the discharge letter.
Your travel health insurance (policy RK 6120-448031) covers the treatment in full:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde7ef"><th>Date</th><th>Service</th><th>Amount</th><th>Reimbursed</th></tr>
<tr><td>02/01/2026</td><td>Emergency admission, CT abdomen</td><td>EUR 1,240.00</td><td>EUR 1,240.00</td></tr>
<tr><td>02/01/2026</td><td>Laparoscopic appendectomy (diagnosis K35.8 acute appendicitis)</td><td>EUR 4,870.00</td><td>EUR 4,870.00</td></tr>
<tr><td>03&ndash;05/01/2026</td><td>Inpatient stay, 3 nights</td><td>EUR 1,950.00</td><td>EUR 1,950.00</td></tr>
<tr><td>06/01/2026</td><td>Rebooked return flight</td><td>EUR 389.00</td><td>EUR 389.00</td></tr>
</table>
<p>The hospital has already been paid directly by our assistance partner. The flight costs of EUR 389.00
will be transferred to your account within five working days.</p>
<p>We hope you have recovered well.</p>
<p>Kind regards<br>Marco Rinaldi<br>Travel Claims &middot; Falkenau Versicherung AG<br>+49 561 7093-3861</p>
<p style="font-size:8pt;color:#777">This e-mail may contain confidential and/or privileged information. If you are not the
intended recipient please notify the sender immediately and destroy this e-mail.</p>
</body></html>"""
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'HTML-only body with table: appendectomy abroad (K35.8), hospital stay of the named traveller',
    RINA, ('Sophie Lambert', 'sophie.lambert@orange-mail.example'),
    'Your claim RK-26-00091 – Faro', html=SL_HTML, html_cte='base64', date=(2026, 1, 16, 10, 44))

# ---- 0014
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'life line: funeral-expense life policy of a named elderly customer, beneficiary change to his daughter',
    SK, ('Kurt Pöhlmann', 'k.poehlmann@t-netz.example'),
    'Ihre Sterbegeldversicherung - Änderung Bezugsrecht',
    f"""Guten Tag Herr Pöhlmann,

schön, dass Sie gestern mit Ihrer Tochter bei uns in der Agentur waren. Wie besprochen habe ich
die Änderung des Bezugsrechts an die Hauptverwaltung gegeben:

Vertrag:             Sterbegeld Plus, Nr. LV 2201-090344
Versicherte Person:  Kurt Pöhlmann, geb. 11.02.1941
Bezugsberechtigt bisher:  Hildegard Pöhlmann (verstorben 2024)
Bezugsberechtigt neu:     Martina Köhler, geb. Pöhlmann (Tochter)
Versicherungssumme:  8.000 EUR

Die Bestätigung aus Kassel kommt per Post, das dauert meist zwei Wochen. Der Beitrag von 31,40 EUR
im Monat bleibt gleich und wird weiter von Ihrem Konto bei der Sparkasse abgebucht.

Herzliche Grüße, auch an Ihre Tochter
Sabine Kroll

{ag_sig('sk')}""", cte='quoted-printable', charset='iso-8859-1', date=(2026, 1, 16, 11, 30))

# ---- 0015
add('NORMAL', 'de', 'internal',
    'trap: staff flu vaccination campaign by the company doctor with calendar invite; no individual health data',
    DEMI, ('Alle Mitarbeitenden Kassel', f'alle-kassel@{DOM}'),
    'Grippeschutzimpfung am 3. und 4. Februar – jetzt Termin buchen',
    f"""Liebe Kolleginnen und Kollegen,

unser betriebsärztlicher Dienst bietet auch in diesem Jahr die Grippeschutzimpfung (Vierfach-Impfstoff
Saison 2025/2026) direkt im Haus an:

  Dienstag, 3. Februar, 8:00–12:00 Uhr und Mittwoch, 4. Februar, 13:00–16:00 Uhr
  Raum E.14 (neben der Kantine)

Die Impfung ist freiwillig und kostenlos. Bitte bringt euren Impfpass mit, falls vorhanden. Wer
gerade eine akute Infektion mit Fieber hat, sollte die Impfung verschieben – im Zweifel kurz mit
Dr. Sommer sprechen. Termine bucht ihr über das Intranet (Service > Gesundheit > Impftermine);
die Einladung für euren Kalender hängt an.

Eure Personalabteilung
Aylin Demir

--
Aylin Demir · Personal & Gesundheitsmanagement · Durchwahl 1187""",
    att=[('Grippeimpfung_2026.ics', 'text/calendar; method=REQUEST', ics(
        'grippe2026-1@falkenau-versicherung.example', '20260203T080000', '20260203T120000',
        'Grippeschutzimpfung (Betriebsarzt)', 'Raum E.14, Falkenauer Ring 1, Kassel',
        'Freiwillige Grippeschutzimpfung. Impfpass mitbringen.', ('Aylin Demir', f'aylin.demir@{DOM}')))],
    date=(2026, 1, 19, 8, 2))

# ---- 0016
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'agency confirms new IBAN and direct debit for a named British customer\'s household contents policy',
    LM, ('Fiona Mackay', 'fiona.mackay@btmail.example'),
    'Your new bank details – contents insurance',
    f"""Dear Mrs Mackay,

thank you for popping in yesterday. As promised, here is the confirmation in English:

We have changed the direct debit for your contents insurance (policy HR 2209-771045, flat at
Kirchstraße 3a, Grevenhausen) to your new account:

  Account holder: Fiona Mackay
  IBAN: {IB_MACK}
  Bank: Volksbank Leinebergland

The next premium (EUR 96.20, half-yearly) will be collected on 1 March 2026 from the new account.
Your old account at Barclays will no longer be used.

If anything is unclear, just give us a ring – Sabine or I are in the office every morning.

Best wishes from Grevenhausen
Lea Marquardt
Customer service

Generalagentur Jörg Hesselbach · Marktstraße 14 · 37649 Grevenhausen · Germany
Tel. +49 5532 91807-0
Tied agent under § 34d (7) GewO, working exclusively for the Falkenau insurance group.

{FOOT_EN}""", date=(2026, 1, 19, 12, 15))

# ---- 0017
add('STRICTLY_CONFIDENTIAL', 'de', 'customer',
    'sickness daily allowance: depression F32.1 and incapacity certificate only in the quoted customer mail',
    VOLL, P('ktg-team', 'Team Krankentagegeld'),
    'WG: Krankentagegeld – Folgebescheinigung',
    f"""Hallo zusammen,

bitte übernehmt den Fall ab morgen, ich bin ab Mittwoch im Urlaub. Die Folgebescheinigung ist im
System, die Zahlung für Februar ist noch nicht angewiesen. Bitte auch die Frist für das
Gutachten im Blick behalten (Schreiben vom 02.12.).

Danke!
Katrin

{outlook_de('Thomas Wilke', 'thomas.wilke@posteo-mail.example', 'Montag, 19. Januar 2026 18:42', 'Vollmer, Katrin', 'Krankentagegeld – Folgebescheinigung')}
Sehr geehrte Frau Dr. Vollmer,

anbei die Folgebescheinigung meiner Hausärztin. Ich bin weiterhin bis 15.02.2026 krankgeschrieben
(Diagnose F32.1 mittelgradige depressive Episode). Seit Dezember bin ich zusätzlich in einer
Tagesklinik in Kassel, die Psychotherapie läuft weiter.

Meine Versicherungsnummer ist KV 4471-310872. Bitte zahlen Sie das Krankentagegeld weiter auf
mein Konto, ich bin finanziell wirklich darauf angewiesen.

Mit freundlichen Grüßen
Thomas Wilke""", date=(2026, 1, 20, 7, 51))

# ---- 0018
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: portal notification mail without content ("neue Nachricht"), health-insurance brand in the footer',
    NOREPLY, 'm.hartwig@gmx.example',
    'Sie haben eine neue Nachricht in Ihrem Falkenau-Postfach',
    """Guten Tag,

in Ihrem persönlichen Postfach im Falkenau-Kundenportal liegt eine neue Nachricht für Sie.

Bitte melden Sie sich wie gewohnt an:
https://portal.falkenau-versicherung.example/login

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Die Nachricht steht 90 Tage
zum Abruf bereit.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.

Falkenau Versicherung AG · Falkenau Krankenversicherung AG · Falkenau Lebensversicherung AG
Falkenauer Ring 1 · 34131 Kassel""", cte='quoted-printable', date=(2026, 1, 20, 9, 0))

# ---- 0019
add('NORMAL', 'en', 'internal',
    'trap: actuarial BU incidence by diagnosis group and age band, aggregate XLSX only',
    JENS, [('Actuarial Life', f'aktuariat-leben@{DOM}')],
    'BU incidence 2021-2025 by cause – input for the treaty renewal',
    f"""Hi team,

attached the aggregated BU incidence table for the Atlas Re renewal meeting on 5 February. Figures
are per 1,000 exposure years, own portfolio, all tariffs since 2012, cells with fewer than 10
claims merged into "other".

Main points:
- mental disorders (ICD chapter F) now 36 % of new claims, up from 31 % in 2021
- musculoskeletal (chapter M) stable at 22 %
- neoplasms (chapter C/D) slightly down at 15 %
- incidence for ages 50-59 about 4x the 30-39 band, as expected

Please check the exposure column against your own extract before I send it to Atlas Re.

Cheers
Rasmus

--
Rasmus Jensen | Reinsurance & Actuarial Life | Falkenau Versicherung AG | ext. 2741""",
    att=[('BU_incidence_2021-2025.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx([
        ('Incidence', [['Cause (ICD chapter)', 'Age 20-29', 'Age 30-39', 'Age 40-49', 'Age 50-59', 'Share of claims'],
                       ['F mental disorders', 0.61, 1.02, 1.74, 2.95, 0.36],
                       ['M musculoskeletal', 0.22, 0.48, 1.11, 2.40, 0.22],
                       ['C/D neoplasms', 0.05, 0.21, 0.66, 1.58, 0.15],
                       ['I circulatory', 0.01, 0.07, 0.31, 1.02, 0.08],
                       ['G nervous system', 0.09, 0.15, 0.27, 0.44, 0.07],
                       ['other (merged)', 0.14, 0.25, 0.41, 0.88, 0.12]]),
        ('Exposure', [['Year', 'Exposure years', 'New claims'], [2021, 181402, 702], [2022, 186930, 741],
                      [2023, 190214, 799], [2024, 193877, 826], [2025, 197002, 858]])]))],
    date=(2026, 1, 21, 14, 33))

# ---- 0020
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'motor: eVB number, vehicle and VIN, date of birth of the named young policyholder for the SF class',
    LM, ('Jessica Tegtmeyer', 'jessy.tegtmeyer@mail-box.example'),
    'eVB für deinen neuen Polo 🚗',
    f"""Hi Jessica,

Glückwunsch zum neuen Auto! Hier wie besprochen deine eVB-Nummer für die Zulassungsstelle:

   eVB: K7P3M2X

Fahrzeug: VW Polo 1.0 TSI, FIN WVWZZZAWZRY118204, Erstzulassung 04/2024
Versicherungsnehmerin: Jessica Tegtmeyer, geb. 22.07.2003
Vertrag: KF 3301-902516, Haftpflicht + Teilkasko 150 EUR SB

Weil du schon über das Auto deiner Mutter als Zweitfahrerin gefahren bist, bekommst du die
SF-Klasse ½ statt SF 0 – das spart ungefähr 280 EUR im Jahr. Dafür brauche ich aber noch die
Bestätigung von deiner Mama (einfach die Erklärung unterschreiben lassen, die liegt im Büro).

Der Beitrag wird jährlich vom Konto abgebucht, das du im Antrag angegeben hast.

Gute Fahrt!
Lea

{ag_sig('lm')}""", date=(2026, 1, 21, 16, 48))

# ---- 0021
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
    'cost coverage for a named patient\'s hip replacement (OPS 5-820.00, M16.1) to the hospital',
    VOLL, ('Patientenverwaltung Klinikum Nordhessen', 'patientenaufnahme@klinikum-nordhessen.example'),
    'Kostenübernahmeerklärung – Aydın, Elif, geb. 19.06.1958',
    f"""Sehr geehrte Damen und Herren,

für unsere Versicherte

  Elif Aydın, geb. 19.06.1958, Versicherungsnummer KV 4471-008815
  geplante Aufnahme: 09.02.2026, Orthopädische Klinik
  Diagnose: M16.1 sonstige primäre Koxarthrose, Eingriff: OPS 5-820.00 (Implantation einer Totalendoprothese am Hüftgelenk)

erklären wir die Kostenübernahme für die allgemeinen Krankenhausleistungen nach DRG sowie für die
Wahlleistungen Zweibettzimmer und Chefarztbehandlung gemäß Tarif KomfortPlus stationär.

Die Abrechnung erfolgt bitte direkt mit uns unter Angabe der Versicherungsnummer. Eine
anschließende Anschlussheilbehandlung muss gesondert beantragt werden.

{sig('Dr. Katrin Vollmer', 'Leistungsprüfung', 'Krankenversicherung stationär', '4412')}""",
    date=(2026, 1, 22, 9, 20))

# ---- 0022
add('NORMAL', 'en', 'insurer-to-broker',
    'trap: broker product update on income protection tariff, health questions and commission rates; no client',
    KOWA, ('Falkenau broker partners', f'broker-news@{DOM}'),
    'New income protection tariff "BU Flex" from 1 March – what changes for you',
    f"""Dear partners,

from 1 March 2026 we replace our BU Premium tariff for new business with BU Flex. The main changes:

* Simplified health questions: 5 years look-back for outpatient treatment (was 10), no questions
  about psychotherapy older than 5 years, hay fever and short-sightedness no longer need to be declared.
* Students and trainees can insure up to EUR 1,250 monthly benefit without income proof.
* Optional "restart" clause: after a benefit period the cover continues without new health check.
* Commission: 40 per mille of the total premium (until now 38), liability period unchanged at 60 months.

Existing policies are not affected. Application forms in the broker portal are switched
automatically on 1 March; paper forms dated before 28 February are accepted until 31 March.

Webinar for brokers: 12 February 2026, 10:00, registration under
https://makler.falkenau-versicherung.example/webinare

{sig('Nadine Kowalczyk', 'Broker relations', 'Maklerbetreuung', '2290', 'en')}""", date=(2026, 1, 22, 11, 0))

# ---- 0023
add('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
    'legal expenses cover confirmation for a named client\'s tenancy dispute (policy and claim number, rent reduction)',
    LIND, ('Rechtsanwältin Dr. Friederike Gerlach', 'kanzlei@gerlach-mietrecht.example'),
    'Deckungszusage – Ihr Mandant Tobias Engel, unser Zeichen RS-26-00412',
    f"""Sehr geehrte Frau Dr. Gerlach,

in der Mietrechtsangelegenheit Ihres Mandanten Tobias Engel gegen die Wohnbau Fuldatal GmbH
(Mietminderung wegen Schimmelbildung im Schlafzimmer, Wohnung Leipziger Str. 118, Kassel)
erteilen wir Deckungszusage aus dem Rechtsschutzvertrag RS 7702-204518 für

  - die außergerichtliche Tätigkeit und
  - die erste Instanz vor dem Amtsgericht Kassel.

Der Gegenstandswert ergibt sich aus dem Jahresbetrag der geltend gemachten Minderung
(12 x 145 EUR). Die vereinbarte Selbstbeteiligung von 250 EUR trägt Ihr Mandant.

Bitte senden Sie uns Kostennoten unter Angabe unseres Zeichens.

{sig('Petra Lindner', 'Schadenbearbeitung', 'Rechtsschutz', '3650')}""", date=(2026, 1, 23, 10, 15))

# ---- 0024
add('NORMAL', 'mixed', 'insurer-to-customer',
    'trap: bilingual out-of-office with emergency assistance number for medical emergencies abroad; no person data',
    RINA, ('Marie-Claire Dubois', 'mc.dubois@voila-mail.example'),
    'Abwesenheitsnotiz / Out of office: Re: Anfrage Reiseversicherung',
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Februar 2026 nicht im Büro.
Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
reiseschaden@falkenau-versicherung.example oder 0561 7093-3800.
Bei medizinischen Notfällen im Ausland erreichen Sie unseren Notruf rund um die Uhr:
+49 561 7093-9110.

Thank you for your message. I am out of the office until 6 February 2026 inclusive.
Your e-mail will not be forwarded. For urgent matters please contact
reiseschaden@falkenau-versicherung.example or +49 561 7093-3800.
In case of a medical emergency abroad, our 24/7 assistance line is +49 561 7093-9110.

Marco Rinaldi""", cte='quoted-printable', charset='iso-8859-1',
    headers=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], date=(2026, 1, 26, 8, 13))

# ---- 0025
add('NORMAL', 'de', 'internal',
    'trap: agency quarterly figures to the sales director (new business per line incl. health and BU, lapse rate); staff named only organisationally, no customer',
    JH, SALZ, 'Agenturbericht Q4/2025 Grevenhausen',
    f"""Hallo Henrik,

wie jedes Quartal die Zahlen aus Grevenhausen, Tabelle unten und ausführlich im Anhang.

Neugeschäft Q4 (Stück / Bewertungssumme):
  Kfz             64 / 38.400 EUR   (Wechselgeschäft November war gut, 11 Stück von der Konkurrenz)
  Sach/HUK        41 / 22.150 EUR
  Leben/BU        12 / 61.300 EUR
  Kranken-Zusatz  19 / 7.980 EUR
  Gewerbe          5 / 14.700 EUR (u. a. Dachdeckerei, Bäckerei)

Stornoquote Leben 3,1 % (Vorjahr 3,8 %), in Kranken-Zusatz leider 6 Kündigungen wegen der
Beitragsanpassung zum Januar.

Personal: Lea macht im Mai die IHK-Prüfung Versicherungsfachfrau, Sabine bleibt bei 30 Stunden.
Für 2026 plane ich wieder einen Vorsorgeabend mit der Volksbank und einen Stand beim Schützenfest.

Können wir den Termin am 18.02. auf 14 Uhr legen? Vormittags habe ich Kundentermine.

Gruß
Jörg

{ag_sig('jh')}""",
    att=[('Agenturbericht_Q4_2025.ods', 'application/vnd.oasis.opendocument.spreadsheet', ods([
        ('Q4', [['Sparte', 'Stück', 'Bewertungssumme EUR', 'Vorjahr Stück'],
                ['Kfz', 64, 38400, 51], ['Sach/HUK', 41, 22150, 44], ['Leben/BU', 12, 61300, 10],
                ['Kranken-Zusatz', 19, 7980, 23], ['Gewerbe', 5, 14700, 3]]),
        ('Storno', [['Sparte', 'Storno %'], ['Leben', 3.1], ['Kranken-Zusatz', 6.4], ['Kfz', 8.9]])]))],
    date=(2026, 1, 26, 17, 35))
# ---- 0026
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'business interruption claim of a sole-trader bakery: owner named, turnover and lost income figures',
    SK, ('Gerd Lüdecke', 'baeckerei.luedecke@t-netz.example'),
    'Betriebsunterbrechung nach dem Ofenbrand – was wir noch brauchen',
    f"""Hallo Herr Lüdecke,

der Gutachter war gestern da und hat bestätigt, dass der Etagenofen nicht mehr zu retten ist. Für
die Betriebsunterbrechung (Vertrag GW 6610-040227, Bäckerei Gerd Lüdecke, Inh. Gerd Lüdecke)
braucht die Schadenabteilung in Kassel noch:

1. Ihre BWA für Oktober bis Dezember 2025
2. die Umsatzzahlen vom Januar 2025 zum Vergleich (Sie hatten am Telefon ca. 41.000 EUR gesagt)
3. eine Aufstellung, welche Kunden Sie in den zwei Wochen nicht beliefern konnten (Kindergarten,
   Seniorenheim, Edeka Bäumer)

Nach Ihrer Schätzung fehlen Ihnen durch den Ausfall etwa 17.500 EUR Umsatz und 6.200 EUR Rohertrag.
Das passt zur Versicherungssumme, Sie sind also nicht unterversichert.

Den Abschlag von 5.000 EUR hat Kassel freigegeben, der geht diese Woche auf Ihr Geschäftskonto.

Wenn Sie mögen, komme ich Freitag früh vorbei, dann nehme ich die Unterlagen gleich mit –
und ein paar Brötchen 😉

Sabine Kroll

{ag_sig('sk')}""", charset='utf-8', cte='8bit', date=(2026, 1, 27, 8, 40))

# ---- 0027
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'international health pre-authorisation: MRI and arthroscopy for a named expat\'s meniscus tear (S83.2)',
    WHIT, ('Andreas Köster', 'andreas.koester@emirates-mail.example'),
    'Pre-authorisation approved – MRI and arthroscopy, member no. IH-55-20719',
    f"""Dear Mr Köster,

thank you for sending the referral from Dr. Al-Hashimi at Mediclinic Jumeirah.

We confirm cover under your International Health Premium plan (member no. IH-55-20719) for:

  - MRI of the right knee (done 19 January), and
  - arthroscopic partial meniscectomy, planned for 3 February 2026, day case,
    diagnosis S83.2 tear of meniscus, current injury.

A guarantee of payment for up to AED 28,500 has been sent to the hospital directly. Your annual
outpatient deductible of USD 250 has already been met this year, so nothing is due from you.

Physiotherapy afterwards is covered for up to 12 sessions without further approval; please send us
the prescription together with the first invoice.

Get well soon.

{sig('Claire Whitfield', 'Senior case manager', 'International Health Desk', '4790', 'en')}""",
    date=(2026, 1, 27, 12, 5))

# ---- 0028
add('NORMAL', 'de', 'internal',
    'trap: data-protection training reminder with fictitious example (Max Mustermann, ICD code, IBAN placeholder)',
    BRAN, ('Alle Mitarbeitenden', f'alle@{DOM}'),
    'Pflichtschulung Datenschutz 2026 – bis 31. März abschließen',
    f"""Liebe Kolleginnen und Kollegen,

die jährliche Datenschutz-Unterweisung ist ab heute im Lernportal freigeschaltet (Dauer ca. 25 Minuten).
Neu in diesem Jahr ist das Modul "E-Mail an Externe".

Ein Beispiel aus dem Modul, damit ihr wisst, worum es geht:

  Falsch: "Anbei der Arztbericht von Max Mustermann (fiktiv), Diagnose F43.2, IBAN DE00 0000 ...",
          unverschlüsselt an eine private Adresse.
  Richtig: Versand über das Kundenportal oder verschlüsselt; im Betreff keine Diagnosen, keine
           Namen, keine Versicherungsnummern.

Gesundheitsdaten (Art. 9 DSGVO) und alles, was unter § 203 StGB fällt, verlassen das Haus nie
unverschlüsselt. Wer unsicher ist: lieber einmal mehr bei uns nachfragen.

Die Teilnahme ist Pflicht, auch für die Generalagenturen. Die Agenturleitungen bekommen Anfang April
eine Liste, wer noch fehlt.

Oliver Brandt
Datenschutzbeauftragter · Durchwahl 1090 · datenschutz@falkenau-versicherung.example""",
    cte='quoted-printable', date=(2026, 1, 28, 9, 0))

# ---- 0029
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: storm damage to the agency\'s own office roof, quote requested from a roofing company; no private person',
    LM, ('Dachdeckerei Wöhler GmbH', 'info@dachdecker-woehler.example'),
    'Sturmschaden Dach Marktstraße 14 – Bitte um Angebot',
    f"""Hallo Herr Wöhler,

nach dem Sturm am Wochenende fehlen bei uns in der Agentur (Marktstraße 14) auf der Hofseite
mindestens acht Dachpfannen, und im Archivraum tropft es durch. Wir haben eine Plane vom
Bauhof drübergelegt, die hält aber nicht ewig.

Könnten Sie sich das diese Woche noch ansehen und uns ein Angebot schicken? Der Hauseigentümer
(Herr Hesselbach senior) hat zugestimmt, Rechnung bitte an die Agentur. Den Schaden melden wir
selbst über die Gebäudeversicherung – für Sie also ganz normaler Auftrag.

Schlüssel liegt bei uns im Büro, Zugang über den Hof.

Danke und viele Grüße
Lea Marquardt

{ag_sig('lm')}""", date=(2026, 1, 28, 8, 17))

# ---- 0030
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: year-end audit bank confirmation request listing the insurer\'s own corporate IBANs and balances',
    CART, ('Audit team Falkenau', 'falkenau.audit@kpw-audit.example'),
    'Bank confirmations FY2025 – list of accounts',
    f"""Dear Ms Hoang,

as requested for the year-end audit, below are the corporate accounts of Falkenau Versicherung AG for
which you will send confirmation requests. Balances as at 31 December 2025 from our ledger:

  Landesbank Hessen-Thüringen   {IB_FALK}   EUR 18,402,116.55   main operating account
  Commerzbank Kassel            {IB_KRAM}   EUR  2,904,300.10   premium collection (SEPA)
  HSBC London                   {IB_GB}     GBP    811,002.00   reinsurance settlements

The signed authorisation letters for the banks are in the data room (folder 04_Treasury).
Please let me know if you also need the custody accounts.

{sig('Emma Carter', 'Head of Group Finance', 'Finance', '1502', 'en')}""",
    date=(2026, 1, 28, 15, 10))

# ---- 0031
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'life line: policy loan on a named customer\'s endowment policy, surrender value, payout to IBAN; loan contract PDF',
    HOLL, ('Manfred Roß', 'manfred.ross@posteo-mail.example'),
    'Ihr Policendarlehen zur Lebensversicherung LV 1180-337209',
    f"""Sehr geehrter Herr Roß,

gern gewähren wir Ihnen ein Policendarlehen auf Ihre Kapitallebensversicherung LV 1180-337209.

Rückkaufswert zum 01.02.2026:   24.817,40 EUR
Gewünschtes Darlehen:           12.000,00 EUR
Zinssatz:                       4,25 % p. a., Zinszahlung vierteljährlich

Den Darlehensvertrag finden Sie im Anhang. Bitte unterschreiben Sie ihn und senden Sie ihn im
beigefügten Rückumschlag an uns zurück. Nach Eingang überweisen wir den Betrag auf Ihr Konto
{IB_ROSS}.

Bitte beachten Sie: Stirbt die versicherte Person vor Rückzahlung, wird das offene Darlehen mit
der Todesfallleistung verrechnet.

{sig('Stefan Hollmann', 'Bestandsverwaltung', 'Lebensversicherung', '5202')}""",
    att=[('Darlehensvertrag_LV1180-337209.pdf', 'application/pdf', pdf([
        'Darlehensvertrag (Policendarlehen)',
        'Darlehensnehmer: Manfred Roß, Gartenstraße 9, 34246 Vellmar, geb. 27.08.1963',
        'Versicherungsvertrag: LV 1180-337209, Kapitallebensversicherung, Ablauf 01.09.2030',
        'Darlehensbetrag: 12.000,00 EUR, Zinssatz 4,25 % p. a.',
        'Auszahlung auf: ' + IB_ROSS,
        'Sicherheit: Abtretung der Ansprüche aus dem Versicherungsvertrag in Höhe des Darlehens',
        '',
        'Kassel, 29.01.2026 Falkenau Lebensversicherung AG',
        'Unterschrift Darlehensnehmer: ___________________________',
    ], title='Policendarlehen'))], date=(2026, 1, 29, 10, 36))

# ---- 0032
add('STRICTLY_CONFIDENTIAL', 'mixed', 'hospital',
    'German cover note; forwarded English hospital mail with cardiac catheterisation and stent for a named member',
    WHIT, VOLL, 'FW: Guarantee of payment – Mr Jürgen Stahl / NSTEMI, Boston',
    f"""Hallo Katrin,

kannst du kurz drüberschauen? Der Kunde hat einen deutschen KV-Vertrag mit Auslandsbaustein, nicht
unseren International-Tarif. Das Krankenhaus will eine Garantie über USD 85.000. Ich würde
zusagen, brauche aber die Freigabe über 50.000.

Danke, Claire

{outlook_en('Linda Moreau (Patient Financial Services)', 'l.moreau@bayview-medical.example', 'Thursday, January 29, 2026 2:14 AM', 'International Health Desk', 'Guarantee of payment – Mr Jürgen Stahl')}
Dear Sir or Madam,

your member Mr Jürgen Stahl, DOB 04/17/1959, policy KV 4471-552318, was admitted through our
emergency department on January 27 with chest pain. Diagnosis: NSTEMI (I21.4). He underwent
cardiac catheterization and received two drug-eluting stents in the LAD on January 28.
Expected discharge January 31.

Estimated charges: USD 85,000. Please send a guarantee of payment to this address.

Linda Moreau
Patient Financial Services, Bayview Medical Center, Boston MA""", date=(2026, 1, 29, 9, 12))

# ---- 0033
add('CONFIDENTIAL', 'de', 'internal',
    'grey: the tied agent\'s own commission statement and advance payments (income of a natural person), with the agency account',
    SK, PAUL, 'Provisionsabrechnung Januar – Agentur 4711 Hesselbach',
    f"""Hallo Frau Nowak,

in der Provisionsabrechnung Januar für die Agentur 4711 (Jörg Hesselbach) stimmt etwas nicht:

  Abschlussprovision Leben lt. Abrechnung:   3.214,50 EUR
  lt. unserer Liste:                         4.102,80 EUR
  Differenz:                                   888,30 EUR

Ich vermute, die BU vom 19.12. (Antrag 8830-119455) fehlt noch. Außerdem ist der Vorschuss von
2.500 EUR zweimal verrechnet worden. Ausgezahlt wurden insgesamt 7.940,12 EUR auf das
Agenturkonto {IB_SIEV} – es müssten aber 11.328,42 EUR sein.

Können Sie das bitte prüfen und eine Korrekturabrechnung schicken? Herr Hesselbach braucht die
Zahlen für den Steuerberater bis Mitte Februar.

Danke und viele Grüße
Sabine Kroll

{ag_sig('sk')}""", date=(2026, 1, 29, 14, 2))

# ---- 0034
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'private liability claim of named Dutch tourists (damaged holiday flat), claim number and Dutch IBAN',
    GRUB, ('Pieter and Anouk van Dijk', 'pvandijk@ziggo-post.example'),
    'Your liability claim PH-26-00211 – damage to the holiday flat in Willingen',
    f"""Dear Mr and Mrs van Dijk,

thank you for your report and the photos. The landlord of the holiday flat in Willingen has sent us
the invoice for the replacement of the glass ceramic hob (EUR 640.00).

Your private liability insurance with us (policy PH 4090-118233, taken out through our agency in
Grevenhausen) covers damage to rented holiday accommodation. We pay the landlord directly.

Your deductible of EUR 100 will be collected separately; if you prefer, you can also transfer it to
our account. As you asked, we will refund the EUR 120 you already paid for the cleaning to your
account NL IBAN {IB_NL} (Anouk van Dijk).

{sig('Benedikt Gruber', 'Claims handler', 'Property & liability claims', '3520', 'en')}""",
    date=(2026, 1, 30, 11, 22))

# ---- 0035
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: grey: donation confirmation to a fire-brigade support club with the club\'s (legal entity) IBAN; no private person',
    JH, ('Förderverein Freiwillige Feuerwehr Grevenhausen e.V.', 'foerderverein@feuerwehr-grevenhausen.example'),
    'Spende für die Wärmebildkamera',
    f"""Liebe Kameradinnen und Kameraden,

wie bei der Jahreshauptversammlung angekündigt, unterstützt die Agentur die Anschaffung der neuen
Wärmebildkamera mit 750 Euro. Wir überweisen den Betrag diese Woche auf das Vereinskonto

   Förderverein FF Grevenhausen e.V.
   IBAN {IB_SV}

Eine Zuwendungsbestätigung brauchen wir nicht, es ist Sponsoring – ein Foto für die Zeitung bei
der Übergabe wäre aber schön. Passt euch der Übungsabend am 24. Februar?

Mit kameradschaftlichem Gruß
Jörg Hesselbach

{ag_sig('jh')}""", date=(2026, 1, 30, 16, 5))

# ---- 0036
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'underwriting decision: BU accepted with spine exclusion for a named applicant (herniated disc history)',
    ACHT, ('Carina Schlüter', 'carina.schlueter@freenet-box.example'),
    'Ihr Antrag auf Berufsunfähigkeitsversicherung – unser Angebot',
    f"""Sehr geehrte Frau Schlüter,

vielen Dank für Ihren Antrag vom 12.01.2026 und die ergänzenden Arztberichte.

Nach Prüfung Ihrer Gesundheitsangaben können wir Ihnen den Vertrag leider nicht zu normalen
Bedingungen anbieten. Wegen des Bandscheibenvorfalls L4/L5 (2023) mit anschließender
Physiotherapie und der wiederkehrenden Lumbalgie schlagen wir folgende Vereinbarung vor:

  "Vom Versicherungsschutz ausgeschlossen ist Berufsunfähigkeit, die ganz oder teilweise durch
   Erkrankungen oder Verletzungen der Wirbelsäule einschließlich der Bandscheiben verursacht ist."

Alle übrigen Ursachen (z. B. psychische Erkrankungen, Unfälle, Krebs) sind voll versichert. Nach
fünf beschwerdefreien Jahren prüfen wir den Ausschluss auf Ihren Wunsch erneut.

Bitte teilen Sie uns innerhalb von vier Wochen mit, ob Sie das Angebot annehmen.

{sig('Miriam Achterberg', 'Risikoprüfung', 'Leben/BU', '5120')}""",
    date=(2026, 2, 2, 10, 25))

# ---- 0037
add('NORMAL', 'en', 'insurer-to-customer',
    'trap: portal one-time password mail (credential, no personal or contract data)',
    NOREPLY, 'j.okonkwo@inbox-mail.example',
    'Your one-time password for the Falkenau secure mailbox',
    """Hello,

a secure message from Falkenau Versicherung is waiting for you. To open it, you first need to
register for our secure mailbox.

Your one-time password: 7Hq-4LmZ-p9Tx

You will receive the registration link in a separate e-mail. The one-time password is valid for
14 days. After logging in for the first time you will choose your own password and a security
question.

Please do not reply to this automatically generated e-mail.

Falkenau Versicherung AG | Falkenauer Ring 1 | 34131 Kassel | Germany
https://securemail.falkenau-versicherung.example""", charset='us-ascii', cte='7bit', date=(2026, 2, 2, 11, 3))

# ---- 0038
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'commercial liability claim: roof tile damaged a named neighbour\'s car (plate); no injuries',
    KLEE, ('Dachdeckerei Wöhler GmbH, Herr Wöhler', 'info@dachdecker-woehler.example'),
    'Haftpflichtschaden 26-BH-00318 – Baustelle Lindenallee 5',
    f"""Sehr geehrter Herr Wöhler,

zu dem Schaden an der Baustelle Lindenallee 5 in Grevenhausen liegt uns jetzt die Forderung des
Geschädigten vor:

  Geschädigter:   Herr Dieter Kampmann, Lindenallee 7, 37649 Grevenhausen
  Fahrzeug:       Mercedes C 200, HOL-DK 77
  Schaden:        Dachpfanne vom Gerüst gefallen, Delle Motorhaube, Kratzer Windschutzscheibe
  Forderung:      2.184,60 EUR lt. Kostenvoranschlag Autohaus Meyer

Personen wurden nach Ihrer Schilderung nicht verletzt. Bitte bestätigen Sie uns kurz, dass das
Gerüst zum Zeitpunkt des Schadens ordnungsgemäß mit Fangnetz gesichert war, und nennen Sie uns
den Mitarbeiter, der an dem Tag die Aufsicht hatte.

Ihre Selbstbeteiligung nach Vertrag BH 5520-044196 beträgt 500 EUR.

Mit freundlichen Grüßen
Bernd Kleemann
Firmenkunden-Schaden · Falkenau Versicherung AG · Telefon 0561 7093-3744
(in Kopie: Generalagentur Hesselbach)

{FOOT_DE}""", cc=[AGB], date=(2026, 2, 3, 9, 48))

# ---- 0039
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
    'facultative reinsurance submission for a named life applicant with hypertension, ECG findings; medical summary in XLSX',
    JENS, ('Life facultative desk', 'fac.life@atlas-re.example'),
    'Facultative submission – term life EUR 2.5m, our ref. FAC-L-2026-007',
    f"""Dear colleagues,

we would like to offer you the following risk on a facultative basis, 60 % quota share, retention
EUR 1.0m:

  Life insured:     Dr. Konstantin Reimann, born 09 March 1971, managing director
  Cover:            term life EUR 2,500,000, 20 years, key-person cover for Reimann Antriebstechnik GmbH
  Medical evidence: full medical by our examiner, resting and exercise ECG, blood profile

Findings: treated hypertension since 2019 (ramipril 5 mg, amlodipine 5 mg), today 138/86;
exercise ECG showed isolated ventricular extrasystoles without ST changes; LDL 168 mg/dl,
BMI 29.4. Non-smoker. Our own assessment: +50 % extra mortality.

Full summary in the attached workbook. We would appreciate your terms by 13 February.

{sig('Rasmus Jensen', 'Reinsurance & Actuarial Life', 'Falkenau Lebensversicherung AG', '2741', 'en')}""",
    att=[('FAC-L-2026-007_medical_summary.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx([
        ('Summary', [['Item', 'Value'], ['Life insured', 'Dr. Konstantin Reimann'], ['Date of birth', '1971-03-09'],
                     ['Sum assured EUR', 2500000], ['Blood pressure', '138/86 (treated)'],
                     ['Medication', 'Ramipril 5 mg, Amlodipine 5 mg'], ['ECG', 'isolated VES, no ST changes'],
                     ['LDL mg/dl', 168], ['BMI', 29.4], ['Proposed rating', '+50 %']])]))],
    date=(2026, 2, 3, 14, 55))

# ---- 0040
add('NORMAL', 'de', 'internal',
    'trap: sales campaign "Gesundheitswochen" for dental/hospital supplementary insurance with agency ranking; no customers',
    SALZ, [('Generalagenturen Direktion Nord', f'ga-direktion-nord@{DOM}')],
    'Startschuss Gesundheitswochen 2026 🦷🏥',
    f"""Liebe Agenturinhaberinnen und Agenturinhaber,

ab Montag starten unsere Gesundheitswochen (16.02.–27.03.). Schwerpunkte:

• ZahnPlus und ZahnPlus Premium – Aktion: keine Gesundheitsfragen bis 30 Jahre
• Krankenhauszusatz Einbettzimmer + Chefarzt
• Pflegetagegeld – mit den neuen Beispielrechnungen für Pflegegrad 2 bis 5

Zwischenstand Vorjahresaktion (Stück Kranken-Zusatz je Agentur):
  1. GA Holzminden 48   2. GA Hesselbach, Grevenhausen 41   3. GA Einbeck 37

Die Top 3 laden wir wieder zur Vertriebstagung nach Bad Wildungen ein. Werbemittel (Flyer
"Zahnersatz – was zahlt die Kasse?", Wartezimmerposter für Arztpraxen, Zahnputzbecher) könnt ihr
ab sofort im Werbemittelshop bestellen.

Packen wir's an!
Henrik Salzmann
Vertriebsdirektion Nord

{FOOT_DE}""", date=(2026, 2, 4, 7, 58))

# ---- 0041
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'child accident policy: named child\'s forearm fracture (S52.5) after trampoline fall, invalidity assessment',
    JH, ('Familie Brandes', 'familie.brandes@mail-box.example'),
    'Unfallversicherung Finn – wie es weitergeht',
    f"""Liebe Frau Brandes, lieber Herr Brandes,

erstmal gute Besserung an Finn! Ich habe heute mit der Unfallabteilung in Kassel telefoniert:

- Das Krankenhaustagegeld für die drei Tage im Kinderkrankenhaus Park Schönfeld (20.–22.01.)
  wird sofort gezahlt, 3 x 30 EUR.
- Für den Unterarmbruch (distale Radiusfraktur links, S52.5, mit zwei Drähten versorgt) gibt es
  die Gipspauschale von 200 EUR. Die zahlt Kassel, sobald der Arztbericht vom Kinderchirurgen da ist.
- Ob eine Invalidität bleibt, kann man erst in einem Jahr sagen. Dann bitte ich Sie, mit Finn
  noch einmal zum Arzt zu gehen, wir schicken Ihnen rechtzeitig den Vordruck.

Vertrag: Kinder-Unfall KU 3003-620184, versicherte Person Finn Brandes (8 Jahre).

Den Bericht vom Kinderchirurgen können Sie gern bei uns in der Agentur abgeben, wir scannen ihn
ein und schicken ihn verschlüsselt weiter.

Herzliche Grüße
Jörg Hesselbach

{ag_sig('jh')}""", cte='base64', date=(2026, 2, 4, 12, 30))

# ---- 0042
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: ticket to the scanning software vendor with synthetic test documents (Max Mustermann, example IBAN, fake diagnosis)',
    OSTE, ('DocCapture support', 'support@doccapture-solutions.example'),
    'Case 77120 – classification of doctors\' invoices fails after update 8.4',
    f"""Hello support team,

after installing DocCapture 8.4 on our test system the classifier sends most doctors' invoices
(German "Arztrechnung", GOÄ layout) to the class "other". Before the update the hit rate was 96 %.

To reproduce, use the attached synthetic test set (all data invented by us, no real persons):
- Rechnung_Mustermann_Max.pdf – "Max Mustermann, geb. 01.01.1970, Diagnose J06.9 (fiktiv)"
- IBAN on the invoices is the published test IBAN {IB_GB_EXAMPLE}

Logs from the classification service are attached as well. Priority: high – production rollout
is planned for 23 February.

Regards
Frank Osterloh
IT Service Desk, 2nd level | Falkenau Versicherung AG | +49 561 7093-6120

{FOOT_EN}""",
    att=[('testset_and_logs.zip', 'application/zip', mkzip([
        ('testset/Rechnung_Mustermann_Max.pdf', pdf([
            'TESTDOKUMENT - FIKTIV',
            'Dr. med. Erika Beispiel, Musterstraße 1, 12345 Musterstadt',
            'Rechnung für: Max Mustermann, geb. 01.01.1970',
            'Diagnose: J06.9 akute Infektion der oberen Atemwege (fiktiv)',
            'GOÄ 1 Beratung 10,72 EUR; GOÄ 5 Untersuchung 10,72 EUR',
            'Bitte überweisen auf ' + IB_GB_EXAMPLE + ' (Test-IBAN)',
        ], title='Testrechnung')),
        ('logs/classifier-2026-02-04.log', 'INFO 2026-02-04T09:12:01 doc=test-001 class=other score=0.41\n'
                                           'INFO 2026-02-04T09:12:02 doc=test-002 class=other score=0.38\n'
                                           'WARN 2026-02-04T09:12:02 model version mismatch: expected 8.3 layout model\n'),
    ]))], date=(2026, 2, 5, 10, 40))

# ---- 0043
add('CONFIDENTIAL', 'de', 'insurer-to-authority',
    'notice to the vehicle registration office that motor cover ended for a named keeper (plate, VIN)',
    REUT, ('Kfz-Zulassungsstelle Landkreis Holzminden', 'zulassung@landkreis-holzminden.example'),
    'Anzeige nach § 25 Abs. 1 FZV – HOL-RS 312',
    """Sehr geehrte Damen und Herren,

gemäß § 25 Abs. 1 FZV zeigen wir an, dass für das nachstehende Fahrzeug kein
Versicherungsschutz mehr besteht:

  Halter:               Rainer Seidel, Bergstraße 4, 37649 Grevenhausen
  amtl. Kennzeichen:    HOL-RS 312
  FIN:                  VF1RFB00X58233104
  Versicherungsschein:  KF 3301-400877
  Ende des Versicherungsschutzes: 05.02.2026, 00:00 Uhr (Beitragsverzug, § 38 VVG)

Wir bitten um Einleitung der erforderlichen Maßnahmen.

Mit freundlichen Grüßen
i. A. Tobias Reuter
Kfz-Betrieb · Falkenau Versicherung AG · Telefon 0561 7093-3307""",
    charset='windows-1252', cte='quoted-printable', date=(2026, 2, 5, 13, 0))

# ---- 0044
add('CONFIDENTIAL', 'en', 'insurer-to-applicant',
    'HR offer to a named new hire: salary, start date, tax ID request and bank details',
    DEMI, ('Ciarán Byrne', 'ciaran.byrne@eir-mail.example'),
    'Your contract with Falkenau – next steps',
    f"""Dear Ciarán,

we are delighted that you accepted our offer for the position of Data Engineer in the Analytics
team. To confirm the key terms once more:

  Start date:        1 April 2026
  Annual salary:     EUR 72,000 gross, paid in 12 monthly instalments
  Variable bonus:    up to 10 % of annual salary
  Working hours:     38 h/week, hybrid (2 days in Kassel)
  Probation:         6 months

For payroll we still need your German tax identification number (Steuer-ID), your social security
number (or the confirmation that you applied for one), and the bank account the salary should be
paid into. You mentioned your Irish account for the first months – that is fine, SEPA transfers to
IE accounts work without problems.

The signed contract will reach you by post this week. Welcome aboard!

{sig('Aylin Demir', 'HR Business Partner', 'Human Resources', '1187', 'en')}""",
    date=(2026, 2, 6, 9, 15))

# ---- 0045
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: invitation to a talk on long-term care for a rural women\'s club with calendar file; no individual',
    LM, ('Landfrauenverein Grevenhausen', 'landfrauen.grevenhausen@dorfmail.example'),
    'Vortrag „Pflegefall in der Familie – was nun?“ am 10. März',
    f"""Liebe Frau Ebeling,

vielen Dank für die Einladung! Wir kommen gern am Dienstag, 10. März, um 19:30 Uhr ins
Gemeindehaus. Herr Hesselbach spricht ca. 45 Minuten über:

– Pflegegrade 1 bis 5 und wie der Medizinische Dienst begutachtet
– was Pflegekasse, Pflegegeld und Entlastungsbetrag leisten
– Eigenanteil im Heim, Elternunterhalt, Pflegetagegeld
– Vorsorgevollmacht und Patientenverfügung

Danach ist Zeit für Fragen. Einzelfälle besprechen wir aber lieber unter vier Augen in der Agentur,
nicht vor allen. Einen Beamer bringen wir mit. Die Kalendereinladung hänge ich an.

Viele Grüße
Lea Marquardt

{ag_sig('lm')}""",
    att=[('Vortrag_Pflege_Landfrauen.ics', 'text/calendar; method=REQUEST', ics(
        'vortrag-pflege-20260310@falkenau-versicherung.example', '20260310T193000', '20260310T210000',
        'Vortrag Pflegefall in der Familie (Landfrauen)', 'Gemeindehaus Grevenhausen, Kirchplatz 2',
        'Referent: Jörg Hesselbach, Generalagentur Falkenau', ('Lea Marquardt', f'lea.marquardt@{DOM}')))],
    date=(2026, 2, 6, 11, 40))

# ---- 0046
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'body says only "anbei HKP"; scanned dental treatment plan (crowns, periodontitis) of a named customer in the PDF',
    LM, P('leistung-zahn', 'Leistungsservice Zahn'), 'HKP Frau Schrader – bitte Vorabprüfung',
    f"""Hallo liebe Kolleginnen und Kollegen,

anbei der HKP von Frau Schrader mit der Bitte um Vorabprüfung, sie war heute bei uns im Büro.
Antwort gern direkt an die Kundin per Post, Kopie an uns.

Danke!
Lea

{ag_sig('lm')}""",
    att=[('Scan_20260206_HKP.pdf', 'application/pdf', pdf([
        'Heil- und Kostenplan Teil 2 (Privatleistungen)',
        'Zahnarztpraxis Dr. Ole Brinkmann, Bahnhofstraße 3, 37649 Grevenhausen',
        'Patientin: Ingrid Schrader, geb. 30.10.1956, Versicherungsnummer KZ 4488-017730',
        'Befund: 16, 26 insuffiziente Füllungen; 36 fehlt; generalisierte Parodontitis Stadium III',
        'Planung: 16, 26 Vollkeramikkronen (GOZ 2210); 36 Implantat (GOZ 9010) mit Krone',
        'Voraussichtliches Honorar: 5.930,40 EUR, Material/Labor: 2.415,00 EUR',
        'Grevenhausen, 02.02.2026',
    ], title='Scan'))], date=(2026, 2, 6, 15, 2))

# ---- 0047
IHB_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>International Health Bulletin</title></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="color:#0b4f6c">International Health Bulletin &ndash; February 2026</h1>
<p>For members of the Falkenau International Health plans.</p>
<h2>Travelling this spring? Check your vaccinations</h2>
<p>Yellow fever, hepatitis A and typhoid vaccinations for travel are reimbursed under all Premium plans.
Talk to a travel medicine clinic at least six weeks before departure.</p>
<h2>Malaria prophylaxis</h2>
<p>Atovaquone/proguanil and doxycycline are covered when prescribed for travel to risk areas. Remember
that prophylaxis does not replace mosquito protection.</p>
<h2>New: video consultations in 12 languages</h2>
<p>Available 24/7 in the Falkenau Health app, no co-payment. <a href="https://health.falkenau-versicherung.example/app">Download the app</a></p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Service</th><th>Premium</th><th>Standard</th></tr>
<tr><td>Travel vaccinations</td><td>100 %</td><td>80 %, max. EUR 300</td></tr>
<tr><td>Video consultation</td><td>included</td><td>included</td></tr>
<tr><td>Annual health check-up</td><td>EUR 500</td><td>&ndash;</td></tr>
</table>
<p style="font-size:11px;color:#666">You receive this bulletin as a member of an International Health plan.
<a href="https://health.falkenau-versicherung.example/unsubscribe">Unsubscribe</a> &middot; Falkenau Versicherung AG, Kassel, Germany</p>
</body></html>"""
add('NORMAL', 'en', 'newsletter',
    'trap: HTML-only member bulletin about vaccinations, malaria prophylaxis and drug names; no individual',
    NEWS, ('International Health members', f'ih-members@{DOM}'),
    'International Health Bulletin – vaccinations, malaria, video consultations',
    html=IHB_HTML, html_cte='quoted-printable', headers=['Precedence: bulk'], date=(2026, 2, 9, 6, 45))

# ---- 0048
add('NORMAL', 'de', 'internal',
    'trap: IT announcement about automatic encryption of mail with health data and IBANs; no case data',
    OSTE, [('Generalagenturen', f'alle-agenturen@{DOM}'), ('Alle Mitarbeitenden', f'alle@{DOM}')],
    'Ab 2. März: E-Mails mit Gesundheitsdaten werden automatisch verschlüsselt',
    f"""Liebe Kolleginnen und Kollegen in Kassel und in den Agenturen,

ab Montag, 2. März, prüft unser neues E-Mail-Gateway jede ausgehende Nachricht. Enthält eine Mail
z. B. Diagnosen, ICD-Codes, Arztrechnungen, Geburtsdaten oder IBANs, wird sie automatisch
verschlüsselt oder im Kundenportal abgelegt. Der Empfänger bekommt dann eine Benachrichtigung.

Was ändert sich für euch?
1. Nichts, wenn ihr wie bisher schreibt – das Gateway entscheidet selbst.
2. Mit [vertraulich] oder [streng vertraulich] im Betreff könnt ihr die Verschlüsselung erzwingen.
3. Kunden ohne Zertifikat bekommen beim ersten Mal ein Einmal-Passwort für das Portal.

Fragen gern an den Service Desk (Durchwahl 6100) oder in die Sprechstunde am 26.02. um 10 Uhr
per Videokonferenz.

Frank Osterloh
IT Service Desk""", cte='8bit', date=(2026, 2, 9, 10, 0))

# ---- 0049
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
    'company physician requests medical records from a UK GP for a named life applicant (born 1962)',
    SOMM, ('Dr. Anjali Patel', 'reception@widcombe-surgery.example'),
    'Request for medical records – Mr Robert Mackay, born 22 November 1962',
    f"""Dear Dr Patel,

Mr Robert Mackay, born 22 November 1962, formerly registered at your surgery (NHS no. 943 476 5919),
has applied for a term life insurance with us. He has lived in Germany since 2019. In his
application he states a transient ischaemic attack in 2017 and atrial fibrillation treated with
apixaban.

With his signed consent (enclosed with our letter by post), we would be grateful for:
  - a copy of the discharge summary of the TIA admission (Royal United Hospital, 2017),
  - the most recent ECG and echocardiography reports,
  - a list of his current medication.

We will of course pay your usual fee for the report. Please reply to this address or send the
documents by post to our medical department.

Yours sincerely
Dr. med. Ulrich Sommer
Chief Medical Officer, Falkenau Lebensversicherung AG
Falkenauer Ring 1, 34131 Kassel, Germany | +49 561 7093-5100

{FOOT_EN}""", date=(2026, 2, 9, 14, 20))

# ---- 0050
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'motor no-claims class downgrade after an at-fault claim: named customer, policy, new SF class and premium',
    REUT, ('Sven Hartung', 'sven.hartung@mail-box.example'),
    'Rückstufung Ihres Schadenfreiheitsrabatts – KF 3301-651990',
    f"""Sehr geehrter Herr Hartung,

wir haben den Haftpflichtschaden vom 14.11.2025 (Auffahrunfall an der Ampel Holländische Straße,
Sachschaden am Fahrzeug der Gegnerin 3.960 EUR, niemand verletzt) reguliert.

Das hat Auswirkungen auf Ihren Vertrag KF 3301-651990 (Kennzeichen KS-SH 1204):
  Schadenfreiheitsklasse bisher:  SF 12 (Beitragssatz 36 %)
  ab 01.01.2027:                  SF 6 (Beitragssatz 46 %)
  Mehrbeitrag ca.:                112 EUR im Jahr

Sie können die Rückstufung vermeiden, indem Sie uns die Schadenzahlung innerhalb von sechs Monaten
erstatten. Ob sich das lohnt, rechnen wir Ihnen gern vor.

{sig('Tobias Reuter', 'Schadenbearbeitung', 'Kfz-Schaden', '3307')}""", date=(2026, 2, 10, 9, 30))
# ---- 0051
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'starter package for a named apprentice: training allowance (income), date of birth, new address, IBAN',
    SK, ('Ole Sievers', 'ole.sievers2006@mail-box.example'),
    'Deine erste eigene Wohnung – Haftpflicht und Hausrat',
    f"""Hallo Ole,

schön, dass du gestern mit deinem Vater da warst. Hier die Zusammenfassung, damit du alles schwarz
auf weiß hast:

Privathaftpflicht Single Start + Hausrat Kompakt, Beginn 01.03.2026
Versicherungsnehmer: Ole Sievers, geb. 03.06.2006
Neue Adresse: Mühlenweg 12, Dachgeschoss, 37649 Grevenhausen

Weil du noch in der Ausbildung bist (Ausbildungsvergütung laut deiner Angabe 1.020 EUR brutto im
2. Lehrjahr), bekommst du den Starter-Nachlass von 30 %. Zusammen zahlst du 7,85 EUR im Monat.

Abbuchung vom Konto IBAN {IB_DACH} – bitte kurz prüfen, ob die Nummer stimmt, die hast du
mir vorgelesen. Die Police kommt per Post.

Viele Grüße
Sabine

{ag_sig('sk')}""", date=(2026, 2, 10, 11, 14))

# ---- 0052
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: press release on preliminary results with benefits paid for cancer and mental-health treatment in aggregate',
    FENS, ('Editorial desk', 'newsdesk@insurance-weekly.example'),
    'Press release: Falkenau grows premium income by 4.8 % in 2025',
    f"""For immediate release

Kassel, 11 February 2026 - Falkenau Versicherungsgruppe increased gross written premiums by 4.8 %
to EUR 3.21 billion in 2025 (preliminary figures).

* Health: benefits paid rose 7.1 % to EUR 912 million. Costs for oncology drugs alone increased by
  18 %; outpatient psychotherapy claims rose 11 %.
* Life: new business premium EUR 402 million, surrender rate down to 2.9 %.
* Property & casualty: combined ratio 96.4 % after storm losses of EUR 58 million (storm "Kira").
* 312 tied agencies and 2,900 broker partners.

"Our tied agencies in small towns remain the backbone of our sales," said CEO Dr. Annette Wiegand.

Full results will be published on 26 March 2026.

Press contact: Julia Fenske, +49 561 7093-1300, presse@falkenau-versicherung.example""",
    cte='7bit', charset='us-ascii', date=(2026, 2, 11, 7, 0))

# ---- 0053
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'long-term care daily allowance: care grade 3 assessment of a named insured person (dementia), payment decision',
    VOLL, ('Petra Hofmann', 'p.hofmann@tonline-mail.example'),
    'Pflegetagegeld für Ihre Mutter, Frau Erna Hofmann – Pflegegrad 3',
    f"""Sehr geehrte Frau Hofmann,

vielen Dank für die Übersendung des Gutachtens des Medizinischen Dienstes vom 21.01.2026.

Danach ist bei Ihrer Mutter, Frau Erna Hofmann (Versicherungsnummer PT 4490-002761), seit
01.12.2025 Pflegegrad 3 festgestellt (Gesamtpunkte 52,5; Hauptdiagnose: Demenz bei Alzheimer-
Krankheit, G30.1/F00.1). Wir zahlen daher ab Dezember das vereinbarte Pflegetagegeld von 60 % aus
dem Tarif PflegeTag 50, also 30,00 EUR täglich.

Die Nachzahlung für Dezember und Januar (62 Tage = 1.860,00 EUR) überweisen wir in den nächsten
Tagen auf das Konto Ihrer Mutter. Als Bevollmächtigte erhalten Sie eine Kopie dieser Abrechnung.

Mit freundlichen Grüßen
Dr. Katrin Vollmer
Leistungsprüfung Pflege · Falkenau Krankenversicherung AG · Telefon 0561 7093-4412

{FOOT_DE}""", charset='windows-1252', cte='quoted-printable', date=(2026, 2, 11, 13, 48))

# ---- 0054
add('NORMAL', 'de', 'internal',
    'trap: agency orders promotional items (first-aid kits, plasters, flyers on dental and care); no customer',
    LM, ('Werbemittelshop', f'werbemittel@{DOM}'), 'Bestellung Werbemittel GA 4711 Grevenhausen',
    f"""Hallo,

für die Gesundheitswochen und das Schützenfest bestellen wir für die Agentur 4711:

  50 x  Flyer "Zahnersatz – was zahlt die Kasse?" (Art. 2231)
  50 x  Flyer "Pflegegrade einfach erklärt" (Art. 2240)
  30 x  Kfz-Verbandkasten mit Falkenau-Logo (Art. 5102)
 200 x  Pflasterbriefchen (Art. 5110)
  20 x  Wartezimmerposter "Krankenhauszusatz" für die Arztpraxen im Ort (Art. 2255)
   1 x  Roll-up "Ihr Falkenau-Team vor Ort" (Art. 6001)

Lieferadresse: Generalagentur Hesselbach, Marktstraße 14, 37649 Grevenhausen.
Kostenstelle 4711-WM, Budget 2026 ist freigegeben (Herr Salzmann weiß Bescheid).

Danke!
Lea Marquardt

{ag_sig('lm')}""", date=(2026, 2, 12, 8, 30))

# ---- 0055
add('CONFIDENTIAL', 'en', 'insurer-to-broker',
    'commission statement to a sole-trader broker with his tax number, VAT status and IBAN',
    PAUL, ('Liam O\'Sullivan', 'liam@osullivan-finance.example'),
    'Commission statement January 2026 – broker no. M-20418',
    f"""Dear Mr O'Sullivan,

please find below your commission statement for January 2026.

  Broker no.:          M-20418, Liam O'Sullivan Finanzberatung (sole trader)
  Tax no.:             026 812 40457, insurance brokerage exempt from VAT (§ 4 no. 11 UStG)
  New business commission:     EUR 4,120.00
  Renewal commission:          EUR   938.55
  Clawback (lapse LV 8830-101187): EUR -612.40
  Total payable:               EUR 4,446.15

The amount will be paid on 16 February to your account {IB_GB}.
Please note: your statement is also available as PDF in the broker portal.

Kind regards
Paulina Nowak
Commission accounting | Falkenau Versicherung AG | +49 561 7093-2230

{FOOT_EN}""", date=(2026, 2, 12, 10, 55))

# ---- 0056
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
    'legal expenses cover for dismissal on grounds of illness: sick days and migraine of the named client',
    LIND, ('RA Jan-Hendrik Vogt', 'vogt@arbeitsrecht-vogt.example'),
    'RS-26-00588 – Kündigungsschutzklage Ihres Mandanten Herrn Mehmet Yıldız',
    f"""Sehr geehrter Herr Kollege Vogt,

für die Kündigungsschutzklage Ihres Mandanten Mehmet Yıldız gegen die Spedition Nordhessen Logistik
GmbH erteilen wir Deckungszusage für die erste Instanz (Vertrag RS 7702-330915, Baustein Arbeit).

Aus der Kündigung vom 20.01.2026 ergibt sich, dass der Arbeitgeber krankheitsbedingt gekündigt hat
(64 Arbeitsunfähigkeitstage 2025, überwiegend wegen chronischer Migräne, G43.1). Wir weisen darauf
hin, dass ein betriebliches Eingliederungsmanagement nach Angaben Ihres Mandanten nicht angeboten
wurde – das dürfte die Erfolgsaussichten deutlich verbessern.

Mit freundlichen Grüßen
Petra Lindner
Rechtsschutz-Schaden · Falkenau Versicherung AG · 0561 7093-3650

{FOOT_DE}""", date=(2026, 2, 12, 15, 5))

# ---- 0057
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'buildings water-damage claim of a named homeowner, mortgage bank assignment and his IBAN',
    JH, ('Heinz Kramer', 'heinz.kramer@dorfmail.example'), cc=[('Volksbank Leinebergland, Baufinanzierung', 'baufi@vb-leinebergland.example')],
    subject='Leitungswasserschaden Hauptstraße 41 – Auszahlung',
    body=f"""Hallo Herr Kramer,

gute Nachrichten: Kassel hat den Leitungswasserschaden (Schaden W-26-00733, Wohngebäude
WG 2104-118260) freigegeben. Gutachten und Rechnungen der Firma Heizung & Sanitär Dörge
wurden vollständig anerkannt:

  Trocknung                     2.860,00 EUR
  Estrich und Fliesen Bad       6.415,50 EUR
  Rohrbruchbeseitigung            742,80 EUR
  Summe                        10.018,30 EUR

Weil für Ihr Haus ein Sicherungsschein zugunsten der Volksbank besteht, habe ich die Bank in Kopie
genommen. Die Volksbank hat zugestimmt, dass die Zahlung direkt an Sie geht – auf Ihr Konto
{IB_BRAU}.

Gruß
Jörg Hesselbach

{ag_sig('jh')}""", date=(2026, 2, 13, 9, 20))

# ---- 0058
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'trip cancellation because the named customer\'s mother had a stroke; medical certificate requested',
    RINA, ('Hannah Whitmore', 'hannah.whitmore@gmx.example'),
    'Re: Cancellation of our trip to Lisbon',
    f"""Dear Ms Whitmore,

I am very sorry to hear about your mother's stroke. A serious unexpected illness of a close
relative is an insured reason under your trip cancellation policy (RR 5540-203377).

To settle the claim (cancellation costs EUR 1,436 for two persons) we need:
  1. the cancellation invoice from the tour operator,
  2. a certificate from the treating hospital confirming the admission of your mother
     (Mrs Margaret Whitmore) on 9 February and the diagnosis, and
  3. the completed claim form (attached to our first e-mail).

You can upload everything in our portal; please do not send medical documents by ordinary e-mail.

Marco Rinaldi
Travel Claims | Falkenau Versicherung AG | +49 561 7093-3861

> On 10 Feb 2026, at 21:17, Hannah Whitmore wrote:
> We had to cancel our holiday. My mum had a stroke on Monday and is in hospital in Leeds.
> What do I need to send you?""", date=(2026, 2, 13, 11, 2))

# ---- 0059
add('NORMAL', 'de', 'insurer-to-hospital',
    'trap: hospital billing framework (direct billing card, DRG invoices) sent to a clinic\'s accounts dept; no patient',
    VOLL, ('Abrechnung Klinikum Nordhessen', 'abrechnung@klinikum-nordhessen.example'),
    'Direktabrechnung ab 1. April: neue Klinikcard und elektronische Rechnungen',
    f"""Sehr geehrte Damen und Herren,

ab 1. April 2026 stellen wir auf die neue Falkenau-Klinikcard (Version 3, mit QR-Code) um. Die alten
Karten bleiben bis 31.12.2026 gültig.

Außerdem bitten wir Sie, Rechnungen für DRG-Fallpauschalen und Wahlleistungen künftig
ausschließlich elektronisch über den Datenaustausch nach § 301 SGB V analog (PKV-Verfahren) zu
übermitteln. Rechnungen, die per unverschlüsselter E-Mail oder Fax kommen, können wir aus
Datenschutzgründen nicht mehr annehmen.

Eine Informationsveranstaltung für Ihre Patientenverwaltung bieten wir am 4. März um 14 Uhr online an.

{sig('Dr. Katrin Vollmer', 'Leistungsprüfung', 'Krankenversicherung stationär', '4412')}""", date=(2026, 2, 16, 10, 10))

# ---- 0060
add('NORMAL', 'mixed', 'internal',
    'trap: bilingual change notice for the health-claims database maintenance window; no data',
    OSTE, [('IT Change Advisory Board', f'cab@{DOM}'), ('Leistung Kranken', f'leistung-kranken@{DOM}')],
    'CHG0019044 – Wartung Leistungsdatenbank / maintenance health claims DB, Sa 21.02.',
    """*** Deutsch below English ***

Change CHG0019044 - approved
Window: Saturday 21 Feb 2026, 06:00-12:00 CET
System: health claims database (LDB-PROD), ICD-10-GM catalogue update 2026, index rebuild
Impact: claims workflow and the customer portal upload are read-only during the window.
Rollback: restore from snapshot 05:45.

Change CHG0019044 - genehmigt
Zeitfenster: Samstag, 21.02.2026, 06:00-12:00 Uhr
System: Leistungsdatenbank Kranken (LDB-PROD), Einspielung ICD-10-GM 2026, Neuaufbau der Indizes
Auswirkung: Leistungsworkflow und Upload im Kundenportal nur lesend.
Rückfall: Wiederherstellung aus Snapshot 05:45 Uhr.

Frank Osterloh, IT Service Desk""", charset='iso-8859-1', cte='quoted-printable', date=(2026, 2, 16, 14, 0))

# ---- 0061
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'HR: reintegration management (BEM) for a named employee after long sickness; invitation DOCX attached',
    DEMI, [('Sandra Kühn', f'sandra.kuehn@{DOM}')], cc=[SOMM],
    subject='BEM-Verfahren Herr Dirk Lampe – Einladung zum Erstgespräch',
    body=f"""Hallo Frau Kühn,

Herr Lampe aus Ihrem Team (Kfz-Betrieb) war in den letzten zwölf Monaten mehr als sechs Wochen
arbeitsunfähig (insgesamt 58 Tage). Wir sind daher verpflichtet, ihm ein betriebliches
Eingliederungsmanagement anzubieten. Die Einladung (Entwurf anbei) geht morgen an ihn raus.

Er hat mir im Vorgespräch selbst gesagt, dass es um seinen Rücken geht und er nach der Reha eine
stufenweise Wiedereingliederung möchte – das bitte vertraulich behandeln. Dr. Sommer ist in Kopie,
weil er am Erstgespräch teilnehmen soll, falls Herr Lampe zustimmt.

Bitte halten Sie sich den 26.02. um 10 Uhr frei.

Viele Grüße
Aylin Demir
Personal & Gesundheitsmanagement · Durchwahl 1187""",
    att=[('Einladung_BEM_Lampe.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx([
        ('h', 'Angebot eines Betrieblichen Eingliederungsmanagements (§ 167 Abs. 2 SGB IX)'),
        'Herrn Dirk Lampe, Personalnummer 40718, Kfz-Betrieb',
        'Sehr geehrter Herr Lampe,',
        'Sie waren in den vergangenen zwölf Monaten länger als sechs Wochen arbeitsunfähig. Wir möchten mit Ihnen gemeinsam klären, wie Ihre Arbeitsunfähigkeit überwunden und Ihr Arbeitsplatz erhalten werden kann.',
        'Die Teilnahme ist freiwillig. Ein Erstgespräch schlagen wir für den 26.02.2026, 10:00 Uhr vor.',
        'Aylin Demir, Personalabteilung',
    ], title='Einladung BEM', creator='Aylin Demir'))], date=(2026, 2, 17, 9, 0))

# ---- 0062
add('NORMAL', 'en', 'internal',
    'trap: board KPI report on health benefits by treatment area and top diagnoses in aggregate (PDF)',
    CART, ('Board office', f'vorstandsbuero@{DOM}'),
    'Q4 2025 KPI pack – health benefits and claims ratios',
    f"""Dear all,

attached the Q4 KPI pack for the board meeting on 24 February. Headlines:

- Health benefits paid Q4: EUR 241m (+6.8 % yoy); inpatient 44 %, outpatient 31 %, dental 17 %
- Oncology drug spending up 18 % - three new CAR-T cases alone account for EUR 1.1m
- Claims ratio health 79.2 %, life benefit ratio 91.0 %, P&C combined ratio 96.4 %
- Average processing time health claims: 3.1 days (target 3.0)

No individual cases are shown; all numbers are portfolio aggregates.

Emma Carter
Head of Group Finance | ext. 1502""",
    att=[('KPI_Q4_2025.pdf', 'application/pdf', pdf([
        'KPI Pack Q4 2025 - Board of Management',
        '',
        'Health insurance: benefits paid EUR 241.0m (+6.8 %)',
        '  inpatient 44 %, outpatient 31 %, dental 17 %, other 8 %',
        '  top cost drivers: oncology (C00-D48) 14 %, musculoskeletal (M00-M99) 12 %, circulatory (I00-I99) 11 %',
        'Life: benefit ratio 91.0 %, surrender rate 2.9 %',
        'P&C: combined ratio 96.4 %, storm losses EUR 58m',
        'Service: health claims processing time 3.1 days, portal share 61 %',
    ], title='KPI Q4 2025', author='Group Finance'))], date=(2026, 2, 17, 16, 22))

# ---- 0063
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'buildings policy premium adjustment: named homeowner, insured address and policy number',
    GRUB, ('Familie Ahrens', 'ahrens.familie@dorfmail.example'),
    'Anpassung Ihres Beitrags – Wohngebäude WG 2104-090522',
    """Sehr geehrte Frau Ahrens, sehr geehrter Herr Ahrens,

zum 01.04.2026 passen wir Ihren Beitrag für die Wohngebäudeversicherung WG 2104-090522
(Versicherungsort Im Winkel 3, 37649 Grevenhausen) an den gestiegenen Baupreisindex an.

  Beitrag bisher:  612,40 EUR jährlich
  Beitrag neu:     648,90 EUR jährlich

Ihr Versicherungsschutz bleibt unverändert (gleitender Neuwert, inkl. Elementar).

Ihr Ansprechpartner vor Ort bleibt die Generalagentur Hesselbach in Grevenhausen.

Mit freundlichen Grüßen
Falkenau Versicherung AG""", charset='iso-8859-1', cte='8bit', date=(2026, 2, 18, 8, 0))

# ---- 0064
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: grey: church parish (legal entity) buildings/organ cover; contact named only in his office role',
    SK, ('Ev.-luth. Kirchengemeinde St. Marien Grevenhausen', 'kirchenbuero@stmarien-grevenhausen.example'),
    'Orgel und Glocken – Ihre Inhaltsversicherung',
    f"""Sehr geehrter Herr Pastor Wendland,

vielen Dank für das nette Gespräch nach dem Neujahrsempfang. Wie versprochen die Eckdaten:

Die neue Orgel (Neubau durch die Werkstatt Schuke-Nachfolger, Wert lt. Vertrag 186.000 EUR) ist
über die bestehende Inhaltsversicherung der Kirchengemeinde bisher nur mit 60.000 EUR erfasst.
Wir empfehlen eine Erhöhung auf den vollen Wert plus eine Elektronikversicherung für die
Setzeranlage. Die Glocken sind über das Gebäude versichert, Glockenbruch ist eingeschlossen.

Mehrbeitrag ca. 210 EUR im Jahr. Die Zustimmung des Kirchenvorstands reicht uns formlos per Mail.

Mit freundlichen Grüßen
Sabine Kroll

{ag_sig('sk')}""", date=(2026, 2, 18, 10, 30))

# ---- 0065
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'maternity cover abroad: named expat member\'s pregnancy, due date and planned caesarean section',
    WHIT, ('Ana Ferreira-Schulz', 'ana.ferreira.schulz@sg-mail.example'),
    'Maternity benefits – your planned delivery in Singapore',
    f"""Dear Mrs Ferreira-Schulz,

congratulations on your pregnancy! Thank you for sending the letter from Dr. Lim at Mount Elizabeth.

Your plan (International Health Premium, member no. IH-55-31802) includes maternity cover after a
10-month waiting period, which you have completed. For your expected delivery date of 18 June 2026
we have noted:

  - planned caesarean section (breech presentation confirmed at 30 weeks' scan is to be re-checked)
  - prenatal check-ups and the gestational diabetes screening: covered in full
  - hospital package Mount Elizabeth, 4 nights: we will issue a guarantee of payment

Please register your baby with us within 30 days of birth; the newborn is then covered from birth
without health questions.

{sig('Claire Whitfield', 'Senior case manager', 'International Health Desk', '4790', 'en')}""",
    cte='base64', date=(2026, 2, 18, 13, 45))

# ---- 0066
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'traffic legal expenses: speeding fine (administrative offence, points) of a named policyholder',
    LIND, ('Marco Ziegler', 'marco.ziegler@web-post.example'),
    'Ihr Bußgeldverfahren – Kostenschutz RS-26-00671',
    """Sehr geehrter Herr Ziegler,

zu dem Bußgeldbescheid des Landkreises Northeim vom 02.02.2026 (Geschwindigkeitsüberschreitung
außerorts um 31 km/h, 160 EUR, 1 Punkt, 1 Monat Fahrverbot) bestätigen wir Kostenschutz aus Ihrem
Verkehrs-Rechtsschutz RS 7702-512094 für das Einspruchsverfahren.

Bitte beauftragen Sie einen Anwalt Ihrer Wahl; die Einspruchsfrist endet zwei Wochen nach
Zustellung. Eine Selbstbeteiligung fällt in Ihrem Tarif nicht an.

Mit freundlichen Grüßen
Petra Lindner
Rechtsschutz · Falkenau Versicherung AG""", date=(2026, 2, 19, 9, 12))

# ---- 0067
add('NORMAL', 'de', 'internal',
    'trap: letter template for cancellation confirmations with «placeholders» for name, IBAN, date of birth',
    KLEE, ('Generalagenturen', f'alle-agenturen@{DOM}'),
    'Neue Textvorlage Kündigungsbestätigung (Gewerbe) – bitte ab sofort verwenden',
    f"""Liebe Agenturen,

im Textsystem gibt es ab heute die neue Vorlage GEW-KB-07. Bitte nicht mehr die alte Word-Datei
vom Laufwerk nehmen. Zur Info der Text:

-------------------------------------------------------------
Sehr geehrte(r) «Anrede» «Nachname»,

wir bestätigen die Kündigung Ihres Vertrags «Vertragsnummer» zum «Ablaufdatum».
Zu viel gezahlte Beiträge von «Betrag» EUR erstatten wir auf Ihr Konto «IBAN».
Geburtsdatum des Versicherungsnehmers (nur bei Einzelunternehmen): «Geburtsdatum»
-------------------------------------------------------------

Die Felder füllt das System aus dem Bestand. Bei Einzelunternehmern kommt das Geburtsdatum aus dem
Partnersystem – bitte vor dem Versand einen kurzen Blick drauf werfen.

Viele Grüße
Bernd Kleemann, Firmenkunden""", date=(2026, 2, 19, 11, 30))

# ---- 0068
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'dental supplementary insurance: reimbursement decision on a named customer\'s crowns and implant',
    LM, ('Ingrid Schrader', 'ingrid.schrader@dorfmail.example'),
    'Ihr Heil- und Kostenplan ist geprüft',
    f"""Liebe Frau Schrader,

Kassel hat sich gemeldet: Ihr Heil- und Kostenplan von Dr. Brinkmann ist geprüft. Aus Ihrer
ZahnPlus-Versicherung (KZ 4488-017730) werden erstattet:

  Vollkeramikkronen 16 und 26:  70 % des Rechnungsbetrags
  Implantat 36 mit Krone:       70 %, höchstens 1.500 EUR im ersten Versicherungsjahr – Sie sind
                                aber schon im vierten Jahr, also ohne Begrenzung
  Parodontitisbehandlung:       100 % (die Vorbehandlung ist mitversichert)

Nach dem HKP sind das voraussichtlich rund 5.840 EUR. Die genaue Summe steht dann auf der
Abrechnung, wenn Sie die Rechnung einreichen.

Viele Grüße aus der Agentur
Lea Marquardt

{ag_sig('lm')}""", charset='windows-1252', cte='quoted-printable', date=(2026, 2, 19, 15, 40))

# ---- 0069
add('CONFIDENTIAL', 'en', 'insurer-to-company',
    'fleet policy for a company: named drivers with birth dates and licence dates only in the XLSX',
    KLEE, ('Siobhan Kelly (Fleet Manager)', 'fleet@kelly-medtech.example'),
    'Fleet policy 2026 – driver list for your review',
    f"""Dear Ms Kelly,

as discussed, the fleet policy FL 6601-000417 for Kelly MedTech GmbH will be renewed on 1 April
with the new driver-related tariff. Please check the attached driver list (taken from your
November upload) and tell us about any changes. Drivers not on the list are still covered,
but the premium is based on the listed ones.

{sig('Bernd Kleemann', 'Commercial lines', 'Firmenkunden', '3744', 'en')}""",
    att=[('Fleet_FL6601-000417_drivers.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx([
        ('Drivers', [['Plate', 'Vehicle', 'Driver', 'Date of birth', 'Licence since'],
                     ['KS-KM 101', 'VW Passat Variant', 'Siobhan Kelly', '1981-04-02', '1999'],
                     ['KS-KM 102', 'VW Passat Variant', 'Tomasz Wiśniewski', '1990-11-19', '2008'],
                     ['KS-KM 103', 'Skoda Superb', 'Julia Brand', '1995-01-07', '2013'],
                     ['KS-KM 104', 'VW ID.4', 'Markus Heil', '1976-08-30', '1994'],
                     ['KS-KM 105', 'VW Caddy', 'pool vehicle', '', '']])]))],
    date=(2026, 2, 20, 10, 3))

# ---- 0070
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'term life death benefit for a named widow after her husband\'s death; documents requested',
    HOLL, ('Monika Albrecht', 'monika.albrecht@posteo-mail.example'),
    'Risikolebensversicherung LV 3301-228004 – Ihr verstorbener Ehemann',
    f"""Sehr geehrte Frau Albrecht,

zum Tod Ihres Mannes, Herrn Wolfgang Albrecht, möchten wir Ihnen unser aufrichtiges Beileid
aussprechen.

Sie sind in der Risikolebensversicherung LV 3301-228004 als Bezugsberechtigte eingetragen. Die
Versicherungssumme beträgt 150.000 EUR. Damit wir die Leistung schnell auszahlen können,
benötigen wir noch:

  - die Sterbeurkunde (Kopie genügt),
  - die ärztliche Bescheinigung über die Todesursache (Vordruck anbei, bitte vom Hausarzt ausfüllen lassen),
  - Ihre Bankverbindung.

Da der Vertrag erst seit 2 Jahren und 4 Monaten besteht, müssen wir die Angaben bei Antragstellung
prüfen; dazu fragen wir mit Ihrem Einverständnis beim Hausarzt Ihres Mannes an.

Für Rückfragen bin ich persönlich für Sie da.

{sig('Stefan Hollmann', 'Leistung Tod', 'Lebensversicherung', '5202')}""", date=(2026, 2, 20, 14, 18))

# ---- 0071
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: DPO asks a group data-protection network about a DPIA for a claims voicebot handling health data; no data',
    BRAN, ('Insurance Privacy Forum', 'secretariat@insurance-privacy-forum.example'),
    'DPIA for a claims voicebot – experience with health data (Art. 9 GDPR)?',
    f"""Dear colleagues,

we are preparing a data protection impact assessment for a voicebot that will take first notice of
loss by phone, including for accident and travel health claims. Two questions to the forum:

1. Has anyone obtained explicit consent (Art. 9(2)(a) GDPR) by voice, and how did you document it?
2. Do you store the recordings at all, or only the transcript? Our draft: transcript kept with the
   claim, audio deleted after 30 days, no voice biometrics.

Any templates or lessons learned would be very welcome. Happy to share our DPIA afterwards.

Best regards
Oliver Brandt
Data Protection Officer, Falkenau Versicherungsgruppe
datenschutz@falkenau-versicherung.example""", date=(2026, 2, 23, 9, 5))

# ---- 0072
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'motor switch: previous insurer, no-claims class, date of birth and driving licence date of a named customer',
    SK, ('Timo Hahne', 'timo.hahne@mail-box.example'),
    'AW: Wechsel Kfz-Versicherung',
    f"""Hallo Herr Hahne,

die Vorversicherungsanfrage an die Weserland Versicherung ist raus. Bis die Bestätigung da ist,
rechne ich mit Ihren Angaben:

  Fahrer: Timo Hahne, geb. 17.12.1988, Führerschein seit 2007
  Vorversicherung: Weserland, SF 14, Vertrag endet 31.03.2026 (Kündigung liegt vor)
  Fahrzeug: Ford Kuga, HOL-TH 88, Garage, 12.000 km/Jahr

Beitrag bei uns Haftpflicht + Vollkasko 500/150: 689,70 EUR statt bisher 812 EUR.

Schönen Gruß
Sabine Kroll

{ag_sig('sk')}

-----Ursprüngliche Nachricht-----
Von: Timo Hahne <timo.hahne@mail-box.example>
Gesendet: Sonntag, 22. Februar 2026 19:03
An: Agentur Hesselbach
Betreff: Wechsel Kfz-Versicherung

Hallo Frau Kroll, habe bei der Weserland gekündigt, können Sie jetzt das Angebot fertig machen?
SF 14 müsste stimmen. Gruß Timo Hahne""", date=(2026, 2, 23, 10, 44))

# ---- 0073
add('NORMAL', 'de', 'insurer-to-partner',
    'trap: planning a pensions/financing evening with the local bank (income, mortgage, care costs as topics); no person',
    JH, ('Katja Römer (Volksbank Leinebergland)', 'katja.roemer@vb-leinebergland.example'),
    'Vorsorgeabend 23. April – Ablauf',
    f"""Hallo Katja,

danke für das Telefonat. Mein Vorschlag für den Ablauf im Sitzungssaal der Volksbank:

19:00  Begrüßung (du)
19:10  "Baufinanzierung und Absicherung – was passiert, wenn das Einkommen wegfällt?" (ich, 20 Min.)
19:30  "Pflegefall und Erbschaft – Vollmachten, Pflegekosten, Elternunterhalt" (Notarin Dr. Hesse)
20:15  Fragen, Imbiss

Einladungen: 300 Postkarten, davon 150 für eure Kunden, 150 für unsere. Anmeldungen laufen über
euch. Bewirtung teilen wir uns wie letztes Jahr.

Gruß
Jörg

{ag_sig('jh')}""", date=(2026, 2, 23, 13, 20))

# ---- 0074
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
    'guarantee of payment for a named member\'s inpatient alcohol withdrawal treatment (F10.2) in Vienna',
    WHIT, ('Admissions, Privatklinik am Kahlenberg', 'admissions@kahlenberg-clinic.example'),
    'Guarantee of payment – Mr Lukas Brenner, member IH-55-40117',
    f"""Dear admissions team,

we confirm that Mr Lukas Brenner, born 05.05.1984, is insured under our International Health
Standard plan (member no. IH-55-40117).

We grant a guarantee of payment for a qualified inpatient withdrawal treatment (diagnosis F10.2,
alcohol dependence syndrome) of up to 21 days from 24 February 2026, semi-private room, at the
daily rate of EUR 640 quoted in your letter. A subsequent rehabilitation stay requires a separate
application with the treating physician's report.

Please send the invoice with the discharge summary directly to us, quoting our reference
IH-GOP-2026-0211.

{sig('Claire Whitfield', 'Senior case manager', 'International Health Desk', '4790', 'en')}""",
    date=(2026, 2, 23, 16, 9))

# ---- 0075
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'grey: dog liability claim – vet bill for the other dog (animal health) and named customers; no human injured',
    GRUB, ('Sandra Voß', 'sandra.voss@dorfmail.example'),
    'Hundehalter-Haftpflicht: Beißerei am Weserufer',
    """Sehr geehrte Frau Voß,

die Tierarztrechnung der Geschädigten, Frau Annette Krull, liegt uns vor. Ihr Labrador "Bruno" hat
deren Jack-Russell-Hündin am 08.02. in die Flanke gebissen; die Wunde musste in der Tierklinik
genäht werden (Rechnung 486,90 EUR inkl. Antibiotikum und Nachkontrolle).

Wir übernehmen die Rechnung aus Ihrer Hundehalter-Haftpflicht TH 4090-330128 in voller Höhe und
zahlen direkt an Frau Krull. Menschen wurden laut beiden Schilderungen nicht verletzt.

Mit freundlichen Grüßen
Benedikt Gruber
Sach- und Haftpflichtschaden""", date=(2026, 2, 24, 11, 0))
# ---- 0076
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'baggage loss claim of a named traveller: flight, item list, payout to her UK IBAN',
    RINA, ('Rebecca Hughes', 'rebecca.hughes@btmail.example'),
    'Baggage claim RG-26-00345 – settlement',
    f"""Dear Ms Hughes,

your suitcase lost on flight EW 7463 Cologne – Manchester on 2 February has not been found by the
airline within 21 days, so we now settle your claim under policy RG 5540-290113.

  Suitcase (Samsonite, 2 years old)       EUR 180.00
  Clothing and shoes (receipts provided)  EUR 642.50
  Toiletries, charger                     EUR  58.90
  less airline compensation               EUR -300.00
  Total                                   EUR 581.40

The payment goes to your account {IB_GB} in the next few days (bank charges for the foreign
transfer are on us).

Kind regards
Marco Rinaldi
Travel Claims | Falkenau Versicherung AG

{FOOT_EN}""", date=(2026, 2, 24, 14, 30))

# ---- 0077
add('NORMAL', 'de', 'insurer-to-authority',
    'trap: agency sponsors a public defibrillator at the sports ground; resuscitation training, no person data',
    JH, ('Bürgermeisterin Grevenhausen', 'buergermeisterin@grevenhausen.example'),
    'Defibrillator am Sportplatz – Sponsoring und Standort',
    f"""Sehr geehrte Frau Bürgermeisterin, liebe Frau Tiedemann,

wie im Ortsrat angesprochen, finanziert die Agentur einen öffentlich zugänglichen Defibrillator
(AED) mit beheiztem Außenkasten am Sportplatz. Vorschlag für den Standort: Außenwand des
Vereinsheims, gut sichtbar vom Parkplatz, Stromanschluss ist vorhanden.

Kosten inkl. Montage ca. 2.300 EUR, die Wartung übernimmt für fünf Jahre der Lieferant. Das DRK
bietet im Mai zwei kostenlose Kurse "Herzdruckmassage und AED" für Bürgerinnen und Bürger an.

Könnte die Gemeinde die Genehmigung für die Außenwand erteilen und den Standort an die
Rettungsleitstelle melden?

Mit freundlichen Grüßen
Jörg Hesselbach

{ag_sig('jh')}""", date=(2026, 2, 25, 8, 50))

# ---- 0078
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'underwriting: life application of a named applicant postponed because of atrial fibrillation and TIA',
    ACHT, ('Robert Mackay', 'rob.mackay@btmail.example'), cc=[JH],
    subject='Your application for term life insurance – our decision',
    body=f"""Dear Mr Mackay,

thank you for your patience and for arranging the records from your GP in Bath.

Having reviewed the documents, we are unfortunately unable to offer cover at this time. The
transient ischaemic attack in 2017, together with the atrial fibrillation diagnosed in 2023,
means that we have to postpone the decision. We can reconsider an application after 1 July 2027,
provided there have been no further cerebrovascular events and the anticoagulation is stable.

This is not a decision on your health in general, only on the insurability for this product.
Your agent, Mr Hesselbach (in copy), will be happy to talk you through alternatives such as our
funeral expense plan without health questions.

Kind regards
Miriam Achterberg
Underwriting Life | Falkenau Lebensversicherung AG | +49 561 7093-5120

{FOOT_EN}""", date=(2026, 2, 25, 11, 12))

# ---- 0079
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: portal registration link mail (second mail after one-time password); no content',
    NOREPLY, 'ingrid.schrader@dorfmail.example',
    'Registrierung für Ihr Falkenau-Postfach',
    """Guten Tag,

Sie haben soeben ein Einmal-Passwort für das sichere Falkenau-Postfach erhalten. Über den folgenden
Link schließen Sie die Registrierung ab:

https://securemail.falkenau-versicherung.example/register?token=Q2hUeW9nZ2xlLTIwMjYtMDItMjU

Der Link ist 14 Tage gültig. Halten Sie Ihr Einmal-Passwort bereit. Danach vergeben Sie ein
eigenes Passwort und eine Sicherheitsfrage.

Sie haben keine Nachricht von uns erwartet? Dann wenden Sie sich bitte an Ihre Agentur oder an
0561 7093-0.

Falkenau Versicherung AG · Falkenauer Ring 1 · 34131 Kassel""", date=(2026, 2, 25, 11, 13))

# ---- 0080
add('CONFIDENTIAL', 'mixed', 'insurer-to-partner',
    'English cover note with German claim notice: named German driver\'s accident in NL, plates, no injuries',
    REUT, ('Claims department, Polder Verzekeringen', 'schade@polder-verzekeringen.example'),
    'Your ref. NL-26-88120 / our ref. KS-2026-011902 – collision Utrecht 14 Feb',
    f"""Dear colleagues,

regarding the collision on 14 February in Utrecht (Croeselaan) between your policyholder and ours,
please find our policyholder's statement below (in German, as received). Liability is disputed;
according to our customer your policyholder ran a red light. Nobody was injured.

Our policyholder: Anja Petersen, Kassel, VW Golf KS-AP 2210, policy KF 3301-771204
Your policyholder: vehicle NL plate 87-TRK-4

We would appreciate a copy of your policyholder's statement and the police report, if any.

--- Schadenschilderung der VN (Auszug) ---
Ich stand an der Ampel Croeselaan, Richtung Bahnhof, Grün. Beim Anfahren kam von rechts der
weiße Lieferwagen (87-TRK-4) bei Rot über die Kreuzung und hat meine Beifahrerseite getroffen.
Zeugin: eine Radfahrerin, Name habe ich leider nicht. Schaden Tür und Kotflügel rechts.
--------------------------------------------

{sig('Tobias Reuter', 'Claims handler', 'Motor claims', '3307', 'en')}""", date=(2026, 2, 26, 9, 30))

# ---- 0081
FWD81 = eml(('Bernd Tewes', 'b.tewes@dorfmail.example'), ('Agentur Hesselbach', f'agentur.hesselbach@{DOM}'),
            'Unfall am Samstag', f"""Hallo Frau Kroll,

wie am Telefon gesagt: Ich bin am Samstag beim Dachrinne-Saubermachen von der Leiter gefallen.
Im Krankenhaus Holzminden haben sie eine Rippenserienfraktur links (4.-6. Rippe) und eine
Gehirnerschütterung festgestellt, ich war bis Dienstag stationär. Den Entlassungsbericht
habe ich abfotografiert, schicke ich hinterher.

Meine Unfallversicherung ist die Nummer UV 3003-118740.

Gruß Bernd Tewes""", (2026, 2, 25, 20, 14), 'a81-7731@dorfmail.example')
add('STRICTLY_CONFIDENTIAL', 'de', 'customer',
    'harmless body; attached forwarded customer mail (message/rfc822) reports rib fractures and concussion after a fall',
    SK, P('unfall-leistung', 'Unfall-Leistung'), 'WG: Unfall am Samstag',
    f"""Hallo,

Unfallmeldung unseres Kunden im Anhang, bitte anlegen. Das Formular schicken wir ihm heute per Post.

Gruß
Sabine Kroll

{ag_sig('sk')}""", att=[('Unfall am Samstag.eml', 'message/rfc822', FWD81)], date=(2026, 2, 26, 8, 12))

# ---- 0082
add('NORMAL', 'en', 'internal',
    'trap: employee assistance programme announcement (counselling, burnout, addiction support) for all staff',
    DEMI, [('International staff', f'intl-staff@{DOM}')],
    'Employee Assistance Programme – confidential counselling, 24/7',
    """Dear colleagues,

a reminder for everyone who joined in the past year: our Employee Assistance Programme (EAP) is
available to you and your family members free of charge.

* confidential counselling by phone or video, 24/7, in English and German
* support with stress, burnout, anxiety, relationship problems, grief, addiction
* up to six face-to-face sessions per topic with a psychologist near you
* legal and financial first advice

Falkenau never learns who uses the service - the provider only reports anonymous usage figures
(last year 7 % of staff). Number: 0800 000 4711 (toll-free), web: https://eap-care.example/falkenau

Take care of yourselves.
Aylin Demir
HR Business Partner""", cte='quoted-printable', date=(2026, 2, 26, 10, 0))

# ---- 0083
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'burglary at a sole-trader hair salon: owner named, police case, loss list only in the ODT attachment',
    GRUB, ('Nicole Brandt', 'salon@haarwerk-brandt.example'),
    'Einbruch in Ihren Salon – Schadenaufstellung zur Unterschrift',
    f"""Sehr geehrte Frau Brandt,

vielen Dank für das Telefonat. Anbei die Schadenaufstellung, wie wir sie aus Ihren Angaben
zusammengestellt haben. Bitte prüfen, unterschreiben und zurücksenden.

{sig('Benedikt Gruber', 'Schadenregulierung', 'Sach- und Haftpflichtschaden', '3520')}""",
    att=[('Schadenaufstellung_ED_26-00812.odt', 'application/vnd.oasis.opendocument.text', odt([
        'Schadenaufstellung Einbruchdiebstahl, Schaden ED-26-00812',
        'Versicherungsnehmerin: Nicole Brandt e.K., Haarwerk Brandt, Inh. Nicole Brandt, Lange Straße 17, 37603 Holzminden',
        'Vertrag: Inhaltsversicherung GI 6610-051330',
        'Tatzeit: Nacht 21./22.02.2026, Anzeige Polizei Holzminden, Tagebuch-Nr. 0211-26-004119',
        '1. Kasse mit Wechselgeld 380,00 EUR',
        '2. Haarschneidemaschinen (3 Stück) 1.120,00 EUR',
        '3. Pflegeprodukte Verkaufsregal 2.045,00 EUR',
        '4. Reparatur Eingangstür 1.690,00 EUR',
        'Gesamt 5.235,00 EUR',
        'Unterschrift Versicherungsnehmerin: ____________________',
    ]))], date=(2026, 2, 26, 13, 40))

# ---- 0084
add('STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'CMO\'s medical opinion on a named applicant (hypertension, ECG, lipids) for the reinsurance case',
    SOMM, [JENS, ACHT], 'RE: FAC-L-2026-007 Reimann – medical opinion',
    f"""Rasmus, Miriam,

my view on Dr. Reimann after reading the cardiologist's letter that came in yesterday:

- Hypertension well controlled on dual therapy, no left ventricular hypertrophy on echo.
- The VES on the exercise ECG are benign; stress echo normal, no ischaemia.
- LDL 168 untreated - he has now started atorvastatin 20 mg.

I would move from +50 % to +25 %, with a reconsideration clause after 3 years if LDL is below 115.
Atlas Re will probably follow, their manual gives +25 to +50 for this profile.

Ulrich

> From: Rasmus Jensen
> Atlas Re asked whether we have any further cardiac work-up on Reimann before they quote.
> Can you have a look?""", date=(2026, 2, 27, 8, 25))

# ---- 0085
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: grey: prospect asked about dental cover; generic product info and prices by age band, no health data of her',
    LM, ('Melanie Gerdes', 'melanie.gerdes@web-post.example'),
    'AW: Zahnzusatzversicherung – was kostet das?',
    f"""Hallo Frau Gerdes,

danke für Ihre Anfrage über unsere Homepage. Gern ein erster Überblick:

ZahnPlus (70 % für Zahnersatz, 100 % Prophylaxe bis 150 EUR/Jahr):
  20–29 Jahre 12,40 EUR | 30–39 Jahre 16,90 EUR | 40–49 Jahre 22,30 EUR im Monat
ZahnPlus Premium (90 % Zahnersatz, Implantate, Inlays, Kieferorthopädie für Erwachsene nach Unfall):
  20–29 Jahre 19,80 EUR | 30–39 Jahre 26,50 EUR | 40–49 Jahre 34,10 EUR im Monat

Wichtig: Bereits angeratene oder laufende Behandlungen sind nicht versichert. Im Antrag gibt es drei
kurze Gesundheitsfragen zum Zustand der Zähne. Die besprechen wir am besten persönlich – kommen
Sie doch einfach vorbei, dienstags und donnerstags auch nachmittags.

Viele Grüße
Lea Marquardt

{ag_sig('lm')}

> Hallo, was kostet bei Ihnen eine Zahnzusatzversicherung für Erwachsene? Danke, M. Gerdes""",
    cte='8bit', date=(2026, 2, 27, 11, 6))

# ---- 0086
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'health insurance premium arrears of a named policyholder, emergency tariff (Notlagentarif) warning; no diagnosis',
    P('beitrag-kranken', 'Falkenau Krankenversicherung – Beitragsservice'), ('Frank Wittkowski', 'f.wittkowski@freenet-box.example'),
    'Zahlungserinnerung – Ihre Krankenversicherung KV 4471-640918',
    """Sehr geehrter Herr Wittkowski,

für Ihre private Krankheitskostenversicherung KV 4471-640918 sind folgende Beiträge offen:

  Dezember 2025   486,20 EUR
  Januar 2026     512,70 EUR
  Februar 2026    512,70 EUR
  Säumniszuschläge  15,00 EUR
  Summe         1.526,60 EUR

Bitte überweisen Sie den Betrag innerhalb von zwei Monaten. Andernfalls ruht der Vertrag nach
§ 193 Abs. 6 VVG und Sie werden in den Notlagentarif umgestellt; dann erstatten wir nur noch
Aufwendungen bei akuten Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und Mutterschaft.

Wenn Sie in finanziellen Schwierigkeiten sind, sprechen Sie uns bitte an – eine Ratenzahlung oder
ein Wechsel in einen günstigeren Tarif ist oft möglich.

Mit freundlichen Grüßen
Beitragsservice Krankenversicherung""", charset='windows-1252', cte='quoted-printable', date=(2026, 3, 2, 7, 30))

# ---- 0087
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'employment legal expenses: named customer\'s salary, bonus and severance figures; no health data',
    LIND, ('James Whitaker', 'james.whitaker@proton-box.example'),
    'Legal expenses cover – your dispute with Nordwerk Systems GmbH',
    f"""Dear Mr Whitaker,

thank you for the documents. Under your legal expenses policy RS 7702-618842 (employment module)
we grant cover for the out-of-court negotiation with your employer about the termination agreement.

For the calculation of the value in dispute we have used your figures:
  - monthly gross salary EUR 6,850, annual bonus target EUR 12,000 (2025 paid: EUR 9,400)
  - severance offered by the employer: EUR 41,100 (0.5 monthly salaries per year of service)
  - your lawyer's demand: EUR 68,500

Please note that the waiting period of three months has been completed, and your excess is EUR 150.

Kind regards
Petra Lindner
Legal expenses claims | Falkenau Versicherung AG | +49 561 7093-3650

{FOOT_EN}""", date=(2026, 3, 2, 10, 20))

# ---- 0088
add('NORMAL', 'mixed', 'internal',
    'trap: English note forwarding German ICD-10-GM 2026 catalogue changes to the claims IT team; codes only, no person',
    VOLL, [('Claims IT (offshore team)', f'claims-it@{DOM}')], cc=[OSTE],
    subject='ICD-10-GM 2026 – changes relevant for the rules engine',
    body=f"""Hi all,

below the summary from our medical coding specialist (in German, sorry - DeepL works fine). Please
check whether the rules engine tables need an update before the maintenance on 21 February
(already done) / the next one in April.

---
Wesentliche Änderungen ICD-10-GM 2026 (Auszug):
- U-Kodes: neue Schlüsselnummern für Post-COVID-Verlaufsformen präzisiert
- F43.-: Unterteilung der Anpassungsstörungen in F43.20 ff. bleibt, Hinweise überarbeitet
- E66.-: Adipositas-Grade neu mit BMI-Angabe in der fünften Stelle
- M54.-: keine Änderung, aber neue Exklusiva zu M51.-
Zusatzkennzeichen G, V, Z, A, L, R, B bleiben unverändert.
---

Thanks
Katrin""", date=(2026, 3, 2, 14, 55))

# ---- 0089
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'car dealer\'s list of buyers with eVB numbers and plates in a windows-1252 CSV attachment',
    SK, ('Autohaus Meyer GmbH, Zulassungsservice', 'zulassung@autohaus-meyer-grevenhausen.example'),
    'eVB-Liste KW 10',
    f"""Hallo Frau Strüber,

hier die eVB-Nummern für die Zulassungen in der kommenden Woche, wie gewohnt als CSV für Ihr
System. Bei Herrn Oltmanns fehlt noch die Kopie vom Personalausweis, die bringt er selbst mit.

Gruß
Sabine Kroll

{ag_sig('sk')}""",
    att=[('evb_kw10.csv', 'text/csv; charset=windows-1252', csvdata([
        ['Kunde', 'Anschrift', 'Fahrzeug', 'FIN', 'eVB', 'Kennzeichen Wunsch'],
        ['Jürgen Oltmanns', 'Birkenweg 2, 37649 Grevenhausen', 'Opel Corsa F', 'W0V7H9EC4P4021187', 'R2T8W5K', 'HOL-JO 55'],
        ['Dörte Möller', 'Am Anger 11, 37649 Grevenhausen', 'Dacia Duster', 'UU1HJD40571922830', 'M4P9Q2X', 'HOL-DM 7'],
        ['Kai Lüttge', 'Schulstraße 6, 37647 Polle', 'Ford Transit Custom', 'WF0YXXTTGYNS31772', 'H6J3C8V', 'frei'],
    ], enc='windows-1252'), 'quoted-printable')], date=(2026, 3, 3, 9, 2))

# ---- 0090
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
    'motor liability personal injury claim: named cyclist\'s fractured clavicle and whiplash, medical report request',
    REUT, ('Eleanor Marsh, Marsh & Tate Solicitors', 'e.marsh@marsh-tate.example'),
    'Your client Mr Oliver Grant – accident 30 January 2026, Dover',
    """Dear Ms Marsh,

we act as motor liability insurer of the German vehicle KS-LB 904 involved in the collision with
your client, Mr Oliver Grant, in Dover on 30 January 2026. Liability is not disputed.

From your letter we understand that your client suffered a displaced fracture of the left clavicle
(surgically fixed on 31 January) and a whiplash injury, and that he was unable to work as a courier
for eight weeks.

To assess the claim for pain and suffering and loss of earnings we need the medical report of the
treating orthopaedic surgeon, the physiotherapy records and evidence of his earnings before the
accident. We propose to instruct an independent medical expert jointly.

Yours sincerely
Tobias Reuter
Motor claims, international | Falkenau Versicherung AG""", charset='us-ascii', cte='7bit', date=(2026, 3, 3, 12, 10))

# ---- 0091
add('NORMAL', 'de', 'internal',
    'trap: training invitation on the planned GOÄ reform for claims staff with example fee items; no patient',
    VOLL, [('Leistung Kranken', f'leistung-kranken@{DOM}')],
    'Schulung GOÄneu – Termine im März',
    f"""Hallo zusammen,

die Bundesärztekammer und der PKV-Verband haben den Entwurf der neuen Gebührenordnung für Ärzte
vorgelegt. Für uns ändert sich in der Rechnungsprüfung einiges:

- keine Steigerungsfaktoren mehr (bisher 2,3 / 3,5), stattdessen feste Euro-Beträge
- neue Leistungslegende z. B. für die Beratung (bisher GOÄ 1 und 3) und die Ganzkörperuntersuchung (GOÄ 8)
- Zuschläge für Videosprechstunde werden eigene Ziffern

Schulung in zwei Gruppen (je 90 Minuten, Raum 3.21 oder Teams):
  Gruppe A: Di 10.03., 9:00 Uhr    Gruppe B: Do 12.03., 13:30 Uhr
Bitte bis Freitag bei Frau Tran eintragen. Die Folien mit einer Gegenüberstellung alt/neu kommen vorab.

Katrin Vollmer""", date=(2026, 3, 3, 15, 30))

# ---- 0092
CERT_TXT = """Subject: CN=Falkenau Versicherung AG Mail Gateway, O=Falkenau Versicherung AG, C=DE
Issuer: CN=Example Trust Mail CA 3, O=Example Trust, C=DE
Serial: 4F:1A:22:9C:03:77:E1:0B
Valid: 2026-03-01 to 2028-02-29
Key usage: digitalSignature, keyEncipherment; extended: emailProtection
SHA-256 fingerprint: 9C:41:7B:E2:0D:55:18:AF:3E:91:6C:24:D8:70:0B:5F:A2:C9:13:47:8E:66:F0:21:B4:7D:9A:03:55:E8:C1:2F
-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIITxoinAN34QswDQYJKoZIhvcNAQELBQAwRDELMAkGA1UE
BhMCREUxFTATBgNVBAoMDEV4YW1wbGUgVHJ1c3QxHjAcBgNVBAMMFUV4YW1wbGUg
VHJ1c3QgTWFpbCBDQSAzMB4XDTI2MDMwMTAwMDAwMFoXDTI4MDIyOTAwMDAwMFow
-----END CERTIFICATE-----
"""
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: domain certificate exchange for gateway-to-gateway encryption of health claims mail; certificate only',
    OSTE, ('PKI team, Atlas Re', 'pki@atlas-re.example'),
    'New domain certificate falkenau-versicherung.example – please import by 31 March',
    f"""Hello PKI team,

our gateway domain certificate will be replaced on 1 April 2026. Please import the new certificate
(details and PEM attached) into your gateway so that facultative submissions with medical evidence
keep being encrypted end to end. The old certificate (serial 2B:77:...:91) stays valid until 30 April.

Fingerprint check by phone: +49 561 7093-6120.

Frank Osterloh
IT Service Desk, 2nd level | Falkenau Versicherung AG

{FOOT_EN}""", att=[('falkenau_gateway_2026.txt', 'text/plain; charset=us-ascii', CERT_TXT.encode('ascii'), 'quoted-printable')],
    date=(2026, 3, 4, 9, 45))

# ---- 0093
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'accident insurance: hospital daily allowance for a named customer\'s rib fractures after a fall from a ladder',
    SK, ('Bernd Tewes', 'b.tewes@dorfmail.example'), 'Ihre Unfallmeldung',
    f"""Hallo Herr Tewes,

die Unfall-Leistung in Kassel hat Ihren Fall angelegt (Schaden UV-26-00481). Für die vier Tage im
Krankenhaus Holzminden zahlt Ihre Unfallversicherung 4 x 50 EUR Krankenhaustagegeld, dazu kommt
das Genesungsgeld in gleicher Höhe. Wegen der Rippenbrüche brauchen wir noch den Entlassungsbericht
– das Foto reicht leider nicht, bitte das Original oder einen Scan in guter Qualität.

Gute Besserung und bitte vorerst nicht wieder auf die Leiter!

Sabine Kroll

{ag_sig('sk')}""", date=(2026, 3, 4, 11, 0))

# ---- 0094
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'rent deposit guarantee for a named tenant: net income check and landlord; no health data',
    KLEE, ('Tomás Alvarez', 'tomas.alvarez@fastmail-box.example'),
    'Rent deposit guarantee – approved',
    f"""Dear Mr Alvarez,

good news: we can issue the rent deposit guarantee (Mietkautionsbürgschaft) for your new flat.

  Landlord:              GWG Kassel Wohnungsgesellschaft mbH
  Flat:                  Friedrich-Ebert-Straße 77, 2nd floor left, 34117 Kassel
  Deposit guaranteed:    EUR 2,790 (three months' basic rent)
  Annual fee:            EUR 139.50 (5 %)

Our check was based on your employment contract (net income EUR 3,410 per month, permanent contract
since 2024) and your SCHUFA self-disclosure. The original guarantee certificate goes to you by post;
please hand it to the landlord.

Kind regards
Bernd Kleemann
Commercial & special lines | Falkenau Versicherung AG""", date=(2026, 3, 4, 14, 12))

# ---- 0095
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: order for certified shredding of medical file archives and paper health claims (DIN 66399); no data',
    WAGN, ('Aktenvernichtung Nordhessen GmbH', 'auftrag@akten-nordhessen.example'),
    'Auftrag: Vernichtung Papierarchiv Leistung Kranken, Schutzklasse 3',
    """Sehr geehrte Damen und Herren,

hiermit beauftragen wir Sie gemäß Rahmenvertrag vom 12.05.2024 mit der Vernichtung von
ca. 14 Tonnen Papierakten aus dem Archiv Leistung Kranken (Arztrechnungen, Krankenhausberichte,
Heil- und Kostenpläne der Jahre 2012–2015, Aufbewahrungsfrist abgelaufen).

  Sicherheitsstufe P-4, Schutzklasse 3 nach DIN 66399
  Abholung in verplombten Behältern: 16.–18. März, Rampe Gebäude C
  Vernichtungsnachweis je Behälter an datenschutz@falkenau-versicherung.example

Bitte bestätigen Sie den Termin und benennen Sie die eingesetzten Mitarbeiter (Verpflichtung auf
Vertraulichkeit liegt vor).

Mit freundlichen Grüßen
Ines Wagner
Einkauf · Falkenau Versicherung AG · Telefon 0561 7093-1045""", date=(2026, 3, 5, 8, 40))

# ---- 0096
add('CONFIDENTIAL', 'de', 'internal',
    'agency asks motor back office to switch a named keeper\'s policy to a seasonal plate',
    LM, P('kfz-betrieb', 'Kfz-Betrieb'), 'Saisonkennzeichen KF 3301-388410 – Bitte umstellen',
    f"""Hallo Kfz-Betrieb,

unser Kunde Herr Günter Wehmeyer (Im Brook 9, 37649 Grevenhausen) hat sein Motorrad auf
Saisonkennzeichen umgemeldet. Bitte den Vertrag KF 3301-388410 umstellen:

  Fahrzeug: BMW R 1250 RT, HOL-GW 19, Saison 04–10
  Zulassung Saison ab: 01.04.2026

Er fragt, ob der Rabattschutz erhalten bleibt. Danke für kurze Info!

Lea

{ag_sig('lm')}""", date=(2026, 3, 5, 10, 15))

# ---- 0097
add('NORMAL', 'en', 'insurer-to-broker',
    'trap: guide for brokers on sending medical evidence and bank forms securely (portal, S/MIME); no client data',
    KOWA, ('Brightwater Insurance Brokers', 'office@brightwater-brokers.example'),
    'How to send us medical reports and SEPA mandates securely',
    f"""Dear colleagues at Brightwater,

following your question last week, here is how to get medical questionnaires, doctors' reports and
signed SEPA mandates to us without using ordinary e-mail:

1. Broker portal upload (recommended): "Documents > Upload", choose the policy or application
   number - the document lands directly in the right file.
2. S/MIME: send an empty e-mail with the subject [ZERTIFIKAT] to any of our addresses and you get
   our certificate by return. Your own certificate is collected automatically from your first
   signed mail.
3. Secure mailbox: if neither works, we deposit our replies in the secure web mailbox and you get
   a notification.

Please never put diagnoses or bank details in the subject line.

{sig('Nadine Kowalczyk', 'Broker relations', 'Maklerbetreuung', '2290', 'en')}""", date=(2026, 3, 5, 13, 25))

# ---- 0098
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'occupational pension (direct insurance) statement of a named employee; life line, salary conversion; PDF',
    HOLL, ('Jana Pietsch', 'jana.pietsch@mail-box.example'),
    'Ihre Standmitteilung zur Direktversicherung 2025',
    f"""Sehr geehrte Frau Pietsch,

anbei Ihre jährliche Standmitteilung zur Direktversicherung über Ihren Arbeitgeber, die Tischlerei
Bode e.K. Auf Ihre Frage am Telefon: Ja, die Entgeltumwandlung von 150 EUR monatlich wird vom
Arbeitgeber um 15 % bezuschusst, das sehen Sie in der Aufstellung.

{sig('Stefan Hollmann', 'Bestandsverwaltung', 'Lebensversicherung / bAV', '5202')}""",
    att=[('Standmitteilung_2025_DV_7704-228190.pdf', 'application/pdf', pdf([
        'Standmitteilung zum 31.12.2025 - Direktversicherung',
        'Versicherte Person: Jana Pietsch, geb. 08.01.1992',
        'Versicherungsnehmer: Tischlerei Mathias Bode e.K.',
        'Vertrag: DV 7704-228190, Beginn 01.08.2018, Rentenbeginn 01.02.2059',
        'Beitrag: 172,50 EUR mtl. (Entgeltumwandlung 150,00 EUR + AG-Zuschuss 22,50 EUR)',
        'Garantierte Altersrente: 312,44 EUR mtl.; Kapitalwert 31.12.2025: 17.903,11 EUR',
        'Todesfallleistung vor Rentenbeginn: Rückzahlung Beiträge',
    ], title='Standmitteilung 2025'))], date=(2026, 3, 6, 9, 5))

# ---- 0099
add('NORMAL', 'de', 'internal',
    'grey: agency organisation – clerk absent this week (no reason given), holiday cover, opening hours',
    JH, SALZ, 'Vertretung KW 11/12',
    f"""Hallo Henrik,

kurz zur Organisation: Sabine fällt diese Woche aus, Lea hält mit mir den Laden offen. Nachmittags
machen wir Dienstag und Donnerstag trotzdem auf. In KW 12 bin ich auf der Vertriebstagung, dann
übernimmt Kollege Bartels (GA Holzminden) die Notfallnummer, ist abgesprochen.

Termin mit dir am 18.03. steht. Magst du mir vorher die neue Zielvereinbarung schicken?

Gruß Jörg

{ag_sig('jh')}""", date=(2026, 3, 9, 8, 5))

# ---- 0100
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'travel health: medical evacuation of a named diver with decompression sickness (T70.3) from Egypt',
    RINA, ('Kerstin Vahle', 'kerstin.vahle@posteo-mail.example'),
    'Your husband\'s medical transport from Hurghada',
    f"""Dear Mrs Vahle,

as discussed on the phone in English with your son, a short written confirmation:

Our assistance doctor has spoken with the hyperbaric centre in Hurghada. After three sessions in
the pressure chamber your husband, Mr Dirk Vahle (policy RK 6120-508771), is stable; the
decompression sickness (T70.3) has left a slight numbness in the left leg.

We will organise and pay for the repatriation on 12 March by scheduled flight, business class with
a flight nurse, and ground transport to the BG Klinikum Hamburg for follow-up. The flight nurse
will contact you tomorrow.

Kind regards
Marco Rinaldi
Travel Claims | Falkenau Versicherung AG | 24/7 assistance: +49 561 7093-9110

{FOOT_EN}""", date=(2026, 3, 9, 16, 40))
# ---- 0101
add('NORMAL', 'en', 'insurer-to-customer',
    'trap: generic answer to an expat prospect on pre-existing conditions, waiting periods, maternity; nothing about him',
    WHIT, ('Arjun Mehta', 'arjun.mehta@inbox-mail.example'),
    'RE: International health insurance for my move to Germany',
    f"""Dear Mr Mehta,

thank you for your interest. Some general points before you fill in the application:

- Pre-existing conditions: we ask about treatments in the last 5 years (10 years for inpatient stays).
  Chronic conditions such as asthma, diabetes or hypertension do not automatically lead to a
  rejection; often we offer cover with a surcharge.
- Waiting periods: none for accidents; 8 months for dental prosthetics, 10 months for maternity.
- Germany: if you will be employed here, you must also check whether you have to join the statutory
  scheme. Our plan can then be used as a top-up.

Our brochure and the premium table for ages 18 to 65 are available at
https://www.falkenau-versicherung.example/international-health

Please do not send us any medical information by e-mail - the application has a secure upload.

{sig('Claire Whitfield', 'Senior case manager', 'International Health Desk', '4790', 'en')}

-----Original Message-----
From: Arjun Mehta
Sent: Monday, March 9, 2026 10:12 PM
Subject: International health insurance for my move to Germany

Hi, I'm moving to Frankfurt in June with my wife. How do you handle pre-existing conditions and
is there a waiting period for pregnancy? Thanks, Arjun""", date=(2026, 3, 10, 9, 15))

# ---- 0102
add('STRICTLY_CONFIDENTIAL', 'de', 'customer',
    'agent forwards a named customer\'s complaint about reimbursement of her hearing aids (quoted customer text)',
    JH, P('beschwerde-kranken', 'Beschwerdemanagement Kranken'), 'WG: Beschwerde Hörgeräte Frau Rump',
    f"""Hallo Beschwerdemanagement,

Frau Rump war heute sehr aufgebracht bei uns in der Agentur. Ich kenne sie seit 20 Jahren, sie ist
eine treue Kundin (Kranken, Sach, Leben). Könnt ihr euch das bitte noch einmal ansehen? Die
Begründung mit dem "Festbetrag" hat sie nicht verstanden – ich ehrlich gesagt auch nicht.

Danke und Gruß
Jörg Hesselbach

{ag_sig('jh')}

-------- Weitergeleitete Nachricht --------
Betreff: Hörgeräte
Datum: Tue, 10 Mar 2026 08:41:07 +0100
Von: Gisela Rump <gisela.rump@dorfmail.example>
An: Agentur Hesselbach <agentur.hesselbach@{DOM}>

Sehr geehrter Herr Hesselbach,

ich habe im Januar zwei neue Hörgeräte bekommen, weil meine Schwerhörigkeit schlimmer geworden ist
(der HNO-Arzt sagt mittelgradig beidseits, Innenohr). Die Geräte haben 3.980 Euro gekostet. Die
Falkenau hat mir nur 1.400 Euro erstattet. In meinem Vertrag KV 4471-101332 steht doch
"Hilfsmittel 80 %"!! Ich bin 74 Jahre alt und kann mir das so nicht leisten.

Bitte kümmern Sie sich darum.
Gisela Rump""", date=(2026, 3, 10, 11, 30))

# ---- 0103
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'motor total loss settlement of a named Austrian customer: valuation, residual value, AT IBAN',
    REUT, ('Florian Gruber', 'florian.gruber@a1-mail.example'),
    'Total loss settlement – claim KS-2026-009877',
    f"""Dear Mr Gruber,

the assessor's report on your Audi A4 Avant (KS-FG 640) after the hailstorm is now available:

  Replacement value (incl. VAT)     EUR 14,600.00
  Residual value (best offer)       EUR  3,150.00
  Comprehensive excess              EUR    300.00
  Payment                           EUR 11,150.00

As requested we will transfer the amount to your Austrian account {IB_AT}, account holder
Florian Gruber. The buyer of the wreck (Autoverwertung Fulda) will contact you for collection.

{sig('Tobias Reuter', 'Claims handler', 'Motor claims', '3307', 'en')}""", date=(2026, 3, 10, 15, 0))

# ---- 0104
add('NORMAL', 'de', 'internal',
    'trap: DPO reminder to agencies: no health data or IBANs via messenger apps; example without a real person',
    BRAN, ('Generalagenturen', f'alle-agenturen@{DOM}'),
    'Bitte keine Arztberichte per WhatsApp annehmen',
    """Liebe Agenturinhaberinnen und Agenturinhaber,

aus mehreren Agenturen hören wir, dass Kundinnen und Kunden Fotos von Arztberichten,
Krankenhausrechnungen oder Kontoauszügen per WhatsApp schicken. Bitte:

- Solche Nachrichten nicht weiterleiten, nicht auf dem Diensthandy speichern, nach Übernahme löschen.
- Den Kunden freundlich auf den Upload im Kundenportal oder die Agentur-Scanstation hinweisen.
- Niemals Diagnosen, ICD-Codes oder die IBAN in einen Betreff oder in eine Chatnachricht schreiben.

Eine Textvorlage für die Antwort an Kunden findet ihr im Agenturportal unter
Datenschutz > Vorlagen > "Messenger".

Oliver Brandt
Datenschutzbeauftragter""", charset='iso-8859-1', cte='quoted-printable', date=(2026, 3, 11, 8, 30))

# ---- 0105
DS_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Discharge summary</title></head><body>
<h2>St Columba's Private Hospital, Dublin &ndash; Discharge Summary</h2>
<table border="1" cellpadding="4">
<tr><td>Patient</td><td>Mr Brendan Falkner</td></tr>
<tr><td>DOB</td><td>12/09/1967</td></tr>
<tr><td>Admitted / discharged</td><td>02/03/2026 &ndash; 07/03/2026</td></tr>
<tr><td>Diagnosis</td><td>Community-acquired pneumonia, right lower lobe (J18.1); type 2 diabetes (E11.9)</td></tr>
<tr><td>Treatment</td><td>IV co-amoxiclav 5 days, oxygen 2 l/min for 48 h, insulin sliding scale</td></tr>
<tr><td>Medication on discharge</td><td>Amoxicillin 1 g tds 5 days, metformin 1 g bd</td></tr>
<tr><td>Follow-up</td><td>GP in 1 week, chest X-ray in 6 weeks</td></tr>
</table></body></html>"""
add('STRICTLY_CONFIDENTIAL', 'en', 'hospital',
    'case manager forwards a hospital discharge summary (pneumonia, diabetes) of a named member as HTML attachment',
    WHIT, SOMM, 'Falkner – discharge summary Dublin, pls check before we pay',
    """Ulrich,

the hospital invoice for Mr Falkner (IH-55-28844) is EUR 11,240 for five nights. The discharge
summary is attached as they sent it (HTML). Length of stay looks reasonable to me, but could you
confirm before I release the payment?

Thanks
Claire""", att=[('discharge_summary_Falkner.html', 'text/html; charset=utf-8', DS_HTML.encode('utf-8'), 'base64')],
    date=(2026, 3, 11, 10, 48))

# ---- 0106
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'club liability claim: a named visitor\'s glasses broken at the shooting club, address and claim number; no injury',
    LM, ('Schützenverein Grevenhausen, Geschäftsführer', 'vorstand@sv-grevenhausen.example'),
    'Vereinshaftpflicht: Brille von Herrn Kötter',
    f"""Hallo Herr Wendt,

zum Schaden beim Preisschießen am 28.02.: Die Forderung von Herrn Andreas Kötter (Steinweg 14,
37649 Grevenhausen) ist eingegangen. Seine Brille ist beim Abbau der Schießstandbeleuchtung
heruntergefallen, als die Leiter umkippte – zum Glück ist ihm selbst nichts passiert.

  Schadennummer: VH-26-00214 (Vereinshaftpflicht VH 5530-008711)
  Forderung: 689 EUR (Gleitsichtbrille, Rechnung Optik Lammers)

Kassel zahlt direkt an Herrn Kötter. Der Verein muss nichts weiter tun, außer mir bitte noch den
Namen des Helfers an der Leiter zu nennen (nur für die Akte).

Viele Grüße
Lea Marquardt

{ag_sig('lm')}""", date=(2026, 3, 11, 13, 12))

# ---- 0107
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: treaty renewal with an anonymised large-loss list (age bands, causes such as cancer and stroke); no person',
    JENS, ('Treaty underwriting, Atlas Re', 'treaty.life@atlas-re.example'),
    'Life & BU surplus treaty 2026 – large loss list and proposed terms',
    f"""Dear Martin,

ahead of our meeting on 19 March, attached the large loss list 2023-2025 (claims above EUR 250k).
As agreed, it contains no names, dates of birth or policy numbers - only age band, sex, cause
group and amount.

  Age band  Sex  Cause                      Amount EUR
  40-44     m    malignant neoplasm lung     410,000
  45-49     f    breast cancer, metastatic   380,000
  50-54     m    myocardial infarction       600,000
  55-59     m    stroke                      275,000
  35-39     f    suicide (after 3 years)     300,000
  55-59     m    ALS (BU annuity, PV)        512,000

Proposed: retention up from EUR 1.0m to EUR 1.25m, reinsurance commission unchanged at 42 %.

Best regards
Rasmus

{FOOT_EN}""", date=(2026, 3, 12, 9, 20))

# ---- 0108
add('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
    'bilingual letter about a named child\'s ADHD therapy (F90.0) and methylphenidate in the US, for parents and clinic',
    WHIT, ('Familie Krämer-Lowe', 'kraemer.lowe@comcast-mail.example'),
    'Kostenzusage Therapie Ihres Sohnes Noah / cost approval therapy Noah Krämer-Lowe',
    f"""Sehr geehrte Frau Krämer-Lowe, sehr geehrter Herr Lowe,

für Ihren Sohn Noah (geb. 14.10.2016, mitversichert im Vertrag IH-55-30415) übernehmen wir die Kosten
der Verhaltenstherapie bei Dr. Sarah Kline, Boston Children's Behavioral Health, wegen ADHS (F90.0):
20 Sitzungen à USD 180 sowie die Medikation mit Methylphenidat (retardiert, 18 mg).
Die englische Fassung unten können Sie direkt an die Praxis weitergeben.

---

To Boston Children's Behavioral Health, Dr. Sarah Kline:
We confirm cover for Noah Krämer-Lowe, DOB 10/14/2016, member IH-55-30415: behavioural therapy for
ADHD (F90.0), 20 sessions at USD 180 each, and methylphenidate extended release 18 mg. Please bill
Falkenau directly, quoting reference IH-APP-2026-0388.

{sig('Claire Whitfield', 'Senior case manager', 'International Health Desk', '4790', 'en')}""",
    cte='base64', date=(2026, 3, 12, 14, 5))

# ---- 0109
add('NORMAL', 'de', 'newsletter',
    'trap: small agency customer newsletter (tick vaccination tip, bicycle check, child accident cover); typos, no person',
    AGB, ('Kundinnen und Kunden der Agentur Hesselbach', f'agentur-newsletter@{DOM}'),
    'Hesselbach-Post Frühjahr 2026',
    f"""Liebe Kundinnen und Kunden,

der Frühling kommt – und mit ihm ein paar Tipps aus Ihrer Agentur:

🚲 Fahrrad-Check: Am Samstag, 11. April, prüft Zweirad Pape vor unserer Tür kostenlos Bremsen und
Licht. Für Kunden gibts dazu einen Fahrradcodierung zum halben Preis.

🦟 Zecken: Der Landkreis ist FSME-Risikogebiet. Sprechen Sie mit Ihrem Hausarzt über die Impfung – die
Kosten übernimmt die Krankenkasse. Für Borreliose gibt es keine Impfung, also nach jedem Ausflug absuchen!

⚽ Kinder-Unfallversicherung: Die gesetzliche Unfallversicherung gilt nur in Kita, Schule und auf dem
Weg dahin. Die meisten Kinderunfälle passieren aber in der Freizeit. Ab 6,90 € im Monat.

📅 Unser Stand beim Schützenfest: 13./14. Juni – mit Glücksrad und Blutdruckmessen vom DRK.

Bis bald in der Marktstraße!
Ihr Team Jörg Hesselbach, Sabine Kroll und Lea Marquardt

Sie möchten die Hesselbach-Post nicht mehr? Kurze Antwort an uns genügt.

{AG_FOOT}""", cte='8bit', headers=['Precedence: bulk'], date=(2026, 3, 13, 7, 45))

# ---- 0110
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'glass breakage claim: named customer, household policy number and payout; short',
    GRUB, ('Erwin Stolte', 'erwin.stolte@tonline-mail.example'),
    'Glasbruch Ceranfeld – HR 2209-310677',
    """Sehr geehrter Herr Stolte,

den Glasbruch Ihres Ceranfeldes (Schaden GL-26-00902) regulieren wir nach Rechnung
Elektro Hagedorn: 512,00 EUR. Der Betrag geht auf Ihr bekanntes Konto, eine Selbstbeteiligung
ist in Ihrer Hausratversicherung HR 2209-310677 nicht vereinbart.

Mit freundlichen Grüßen
Benedikt Gruber""", charset='iso-8859-1', cte='8bit', date=(2026, 3, 13, 10, 0))

# ---- 0111
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
    'query to a dentist abroad about a named patient\'s root canal treatment and crown on her invoice',
    VOLL, ('Tandartspraktijk De Pijp', 'info@tandarts-depijp.example'),
    'Invoice 2026-0417 – patient Mrs Lotte Brinkmann',
    """Dear Dr. de Vries,

your patient Mrs Lotte Brinkmann (born 23.02.1990) has submitted your invoice 2026-0417 of
EUR 1,385.00 to us, her German private health insurer.

To assess the claim, could you please tell us:
1. which tooth was treated (the invoice says only "wortelkanaalbehandeling, molaar"),
2. whether the root canal treatment was a revision of an earlier treatment, and
3. whether the crown is a temporary or a definitive zirconia crown.

A short answer by e-mail is fine; please use our reference KV-L 26-33120.

Kind regards
Dr. Katrin Vollmer
Claims assessment, Falkenau Krankenversicherung AG, Kassel, Germany""", date=(2026, 3, 16, 9, 40))

# ---- 0112
add('NORMAL', 'de', 'insurer-to-company',
    'trap: grey: renewal for a roofing GmbH with the company\'s own IBAN and turnover; contact only in his role',
    SK, ('Dachdeckerei Wöhler GmbH', 'buchhaltung@dachdecker-woehler.example'),
    'Verlängerung Betriebshaftpflicht 2026/27',
    f"""Sehr geehrte Damen und Herren,

die Betriebshaftpflicht der Dachdeckerei Wöhler GmbH verlängert sich zum 01.04.2026. Grundlage ist
der gemeldete Vorjahresumsatz der GmbH von 1,84 Mio. EUR und 14 Beschäftigte.

  Jahresbeitrag neu: 4.982,60 EUR zzgl. 19 % Versicherungsteuer
  Abbuchung vom Geschäftskonto der GmbH, IBAN DE71 **** **** **** **44 09 (wie bisher)

Bitte melden Sie uns bis 31.03., falls sich an Umsatz oder Mitarbeiterzahl etwas geändert hat.

Mit freundlichen Grüßen
Sabine Kroll

{ag_sig('sk')}""", date=(2026, 3, 16, 11, 20))

# ---- 0113
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'sole-trader photographer: business equipment cover at home address, serial numbers and IBAN',
    KLEE, ('Megan Price Photography', 'hello@meganprice-photo.example'),
    'Your equipment insurance – policy issued',
    f"""Dear Ms Price,

your electronics/equipment policy EL 6620-014752 has been issued from 15 March 2026.

  Insured:        Megan Price (sole trader), Megan Price Photography
  Location:       Wilhelmshöher Allee 212, 34119 Kassel (studio in your flat) and worldwide on assignments
  Items:          Canon EOS R5 (SN 0932004417), RF 24-70 mm (SN 4410038), RF 70-200 mm (SN 5520107),
                  MacBook Pro 16" (SN C02FK1XYMD6R), Profoto B10 flash kit
  Sum insured:    EUR 14,500, excess EUR 250
  Premium:        EUR 318.40 per year, by direct debit from {IB_YILD}

Please keep purchase receipts for all items; for theft from a car we need proof that the items were
kept in a locked boot out of sight.

Kind regards
Bernd Kleemann
Commercial lines | Falkenau Versicherung AG

{FOOT_EN}""", date=(2026, 3, 16, 14, 45))

# ---- 0114
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'underwriting answer to the agent: named applicant with type-1 diabetes accepted with 50 % surcharge',
    ACHT, JH, 'AW: Risikovoranfrage BU – Herr Niklas Sander, Kfz-Mechatroniker',
    f"""Hallo Herr Hesselbach,

danke für die vollständigen Unterlagen. Für Herrn Sander können wir Folgendes in Aussicht stellen:

- Annahme BU Premium, 1.500 EUR mtl., Endalter 67
- Risikozuschlag 50 % wegen Diabetes mellitus Typ 1 (gute Einstellung, HbA1c < 7,5 %, keine
  Folgeschäden); Überprüfung des Zuschlags auf Antrag nach 5 Jahren
- kein Ausschluss für das Knie, die Meniskus-OP ist folgenlos ausgeheilt

Voraussetzung: ein aktueller Befundbericht der diabetologischen Praxis (nicht älter als 3 Monate)
wird mit dem Antrag eingereicht. Die Voranfrage ist 3 Monate gültig.

Viele Grüße
Miriam Achterberg
Risikoprüfung Leben/BU · Durchwahl 5120

> Niklas Sander, geb. 14.09.1998, Kfz-Mechatroniker (Geselle), Nichtraucher
> Er hat seit dem 12. Lebensjahr Diabetes Typ 1 (E10.90), Insulinpumpe, letzter HbA1c 6,9 %""",
    irt=f'{PFX}0006.{(6 * 7919) % 100000:05d}@mail.{DOM}', date=(2026, 3, 17, 8, 50))

# ---- 0115
add('NORMAL', 'en', 'internal',
    'trap: synthetic test data for portal staging with Erika Mustermann, published example IBANs and fake diagnoses (ZIP)',
    OSTE, [('Portal dev team', f'portal-dev@{DOM}')],
    'Test data set v7 for staging (synthetic only!)',
    f"""Hi devs,

new synthetic test data for staging is in the attached ZIP. Reminder: never copy production data
to staging, not even "just one claim".

Contents:
- customers.csv: 40 invented customers ("Erika Mustermann", "Max Mustermann", "John Doe"), dates of
  birth 1900-01-01 style, IBANs only the published examples {IB_DE_EXAMPLE} / {IB_GB_EXAMPLE}
- claims.json equivalent as CSV: fake diagnoses marked TEST (e.g. "Z00.0 TEST")
- README.txt

Frank""",
    att=[('testdata_v7.zip', 'application/zip', mkzip([
        ('testdata_v7/README.txt', 'Synthetic test data for the portal staging system. All persons fictitious.\n'
                                   'IBANs are published example numbers. Do not use production data.\n'),
        ('testdata_v7/customers.csv', csvdata([
            ['id', 'name', 'birth_date', 'iban', 'note'],
            ['T0001', 'Erika Mustermann (fiktiv)', '1900-01-01', IB_DE_EXAMPLE, 'TEST'],
            ['T0002', 'Max Mustermann (fiktiv)', '1900-01-02', IB_DE_EXAMPLE, 'TEST'],
            ['T0003', 'John Doe (fictitious)', '1900-01-03', IB_GB_EXAMPLE, 'TEST'],
        ])),
        ('testdata_v7/claims.csv', csvdata([
            ['claim', 'customer', 'diagnosis', 'amount'],
            ['TC-1', 'T0001', 'Z00.0 TEST', '100.00'],
            ['TC-2', 'T0002', 'J06.9 TEST', '55.30'],
        ])),
    ]))], date=(2026, 3, 17, 11, 0))

# ---- 0116
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'legal expenses for a neighbour dispute (hedge): named customer and neighbour, addresses, claim number',
    LIND, ('Horst Kaminski', 'horst.kaminski@freenet-box.example'),
    'Ihr Nachbarschaftsstreit – Kostenschutz RS-26-00904',
    """Sehr geehrter Herr Kaminski,

für Ihre Auseinandersetzung mit Ihrem Nachbarn, Herrn Uwe Kettler (Am Hang 5), wegen der
Thujahecke an der Grundstücksgrenze Am Hang 7 in Fuldabrück besteht Kostenschutz aus Ihrem
Rechtsschutz RS 7702-417220 (Baustein Wohnen, Nachbarrecht).

Bitte beachten Sie, dass in Hessen vor einer Klage ein Schlichtungsverfahren bei einer Schiedsperson
vorgeschrieben ist. Die Kosten dafür übernehmen wir ebenfalls.

Mit freundlichen Grüßen
Petra Lindner
Rechtsschutz""", date=(2026, 3, 17, 14, 30))

# ---- 0117
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'agent informs a named customer that his care supplement application was declined because of Parkinson\'s (G20)',
    JH, ('Hartmut Wessel', 'h.wessel@dorfmail.example'),
    'Ihr Antrag Pflegetagegeld',
    f"""Lieber Herr Wessel,

leider habe ich keine gute Nachricht. Die Risikoprüfung in Kassel hat den Antrag auf das
Pflegetagegeld abgelehnt. Grund ist die Parkinson-Erkrankung, die Ihr Neurologe im letzten Herbst
festgestellt hat – bei einer bereits bestehenden Erkrankung, die später zu Pflegebedürftigkeit
führen kann, nimmt leider kein Versicherer mehr an.

Was ich Ihnen anbieten kann: Die Pflegeversicherung "Pflege Direkt" ohne Gesundheitsfragen, mit
drei Jahren Wartezeit und geringerer Leistung. Lassen Sie uns das in Ruhe besprechen, gern auch bei
Ihnen zu Hause mit Ihrer Frau. Ich rufe Sie Anfang nächster Woche an.

Herzliche Grüße
Jörg Hesselbach

{ag_sig('jh')}""", date=(2026, 3, 18, 9, 10))

# ---- 0118
add('CONFIDENTIAL', 'en', 'insurer-to-partner',
    'debt collection hand-over: named debtors abroad, addresses, amounts and motor/household policy numbers in CSV',
    CART, ('Client services, Shannon Receivables Ltd', 'clients@shannon-receivables.example'),
    'New placements March 2026 – Falkenau (client 0471)',
    """Hello,

please find attached the new placements for March. All debtors have moved to Ireland or the UK and
did not respond to our two reminders and the final notice. Only P&C policies are included.

Total: 3 accounts, EUR 2,914.35. Please confirm receipt and start the amicable stage.

Emma Carter
Group Finance | Falkenau Versicherung AG""",
    att=[('placements_2026-03.csv', 'text/csv', csvdata([
        ['debtor', 'address', 'policy', 'line', 'amount_eur', 'due_since'],
        ['Declan Moore', '14 Harbour View, Cobh, Co. Cork, Ireland', 'KF 3301-209911', 'motor', '1,402.10', '2025-09-01'],
        ['Sinead Walsh', '3 Mill Lane, Galway, Ireland', 'HR 2209-644018', 'household', '318.25', '2025-07-01'],
        ['Gary Whitlock', '55 Elm Road, Leicester LE2 1AB, UK', 'KF 3301-300452', 'motor', '1,194.00', '2025-10-01'],
    ], delim=','), 'base64')], date=(2026, 3, 18, 13, 35))

# ---- 0119
add('NORMAL', 'de', 'internal',
    'trap: results of the mental-stress risk assessment by department (aggregates, groups of 10+); no individual',
    DEMI, [('Führungskräfte', f'fuehrungskraefte@{DOM}')],
    'Ergebnisse Gefährdungsbeurteilung psychische Belastung 2025',
    f"""Liebe Führungskräfte,

die Ergebnisse der Befragung zur psychischen Belastung liegen vor (Rücklauf 71 %). Ausgewertet wird
nur für Gruppen ab 10 Personen, kleinere Teams sind zusammengefasst.

Auffällig:
- Zeitdruck "häufig/sehr häufig": Leistung Kranken 64 %, Kfz-Schaden 58 %, Haus gesamt 41 %
- Unterbrechungen durch Telefon/Chat: Kundenservice 72 %
- Erschöpfung nach der Arbeit: Haus gesamt 33 % (Vorjahr 29 %)

Bis Ende April bitte pro Bereich zwei Maßnahmen festlegen (z. B. Fokuszeiten, Telefonrotation).
Der Betriebsrat und Dr. Sommer unterstützen gern. Die Detailberichte gehen Ihnen einzeln zu.

Aylin Demir
Personal & Gesundheitsmanagement""", date=(2026, 3, 18, 16, 0))

# ---- 0120
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'hail damage to a named farmer\'s buildings and PV system, assessor appointment, payout to his IBAN',
    JH, ('Heiko Dörries', 'hof.doerries@dorfmail.example'),
    'Hagelschaden Hof Dörries – Gutachtertermin',
    f"""Moin Heiko,

Kassel schickt zum Hagelschaden einen Sachverständigen: Herr Dipl.-Ing. Wolters kommt am
Mittwoch, 25.03., gegen 10 Uhr auf den Hof. Bitte die Dachflächen vom Maschinenschuppen und die
PV-Anlage (Vertrag PV 6630-002284, 29,6 kWp) zugänglich machen, der Wechselrichter-Log von
Februar wäre auch hilfreich.

Wohngebäude (WG 2104-207731, Hofstelle Dörries, Oberdorf 2) und PV werden zusammen begutachtet.
Den Abschlag von 8.000 EUR überweist Kassel vorab auf dein Konto {IB_HART}.

Gruß
Jörg

{ag_sig('jh')}""", date=(2026, 3, 19, 7, 55))

# ---- 0121
add('NORMAL', 'en', 'insurer-to-customer',
    'trap: automatic acknowledgement of uploaded claim documents with no content or names',
    NOREPLY, 'a.novak@seznam-mail.example',
    'We have received your documents',
    """Thank you. We have received the documents you uploaded on 19 March 2026.

For your security this confirmation does not contain any details. You can see the status of your
claim at any time in the customer portal: https://portal.falkenau-versicherung.example

This e-mail was generated automatically; replies are not read.
Falkenau Versicherung AG, Kassel, Germany""", charset='us-ascii', cte='7bit',
    headers=['Auto-Submitted: auto-generated'], date=(2026, 3, 19, 18, 22))

# ---- 0122
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'psychotherapy approval (behavioural therapy, anxiety disorder F41.1) for a named policyholder; format=flowed',
    VOLL, ('Laura Specht', 'laura.specht@posteo-mail.example'),
    'Kostenzusage Verhaltenstherapie',
    """Sehr geehrte Frau Specht, 

wir haben den Antrag Ihrer Psychotherapeutin, Frau Dipl.-Psych. Anke Wiese, 
geprüft und übernehmen die Kosten für eine Verhaltenstherapie wegen 
generalisierter Angststörung (F41.1):

- 5 probatorische Sitzungen (bereits erfolgt)
- 24 Sitzungen Kurzzeittherapie à 50 Minuten, GOP 870, 2,3-facher Satz

Versicherungsnummer: KV 4471-588120, Tarif KomfortPlus ambulant 
(Psychotherapie 80 %, bis 50 Sitzungen je Kalenderjahr).

Für eine Verlängerung benötigen wir rechtzeitig einen neuen Bericht 
Ihrer Therapeutin.

Mit freundlichen Grüßen
Dr. Katrin Vollmer
Leistungsprüfung, Falkenau Krankenversicherung AG
""", cte='8bit', flowed=True, headers=['User-Agent: Mozilla Thunderbird'], date=(2026, 3, 20, 10, 30))

# ---- 0123
add('NORMAL', 'mixed', 'insurer-to-partner',
    'trap: bilingual workshop invitation on the medical underwriting manual (diagnoses as topics) with ICS; no case',
    ACHT, [('Martin Oakes', 'm.oakes@atlas-re.example'), SOMM], cc=[JENS],
    subject='Workshop Underwriting-Manual 2026 / underwriting manual workshop, 21 April',
    body=f"""Dear Martin, lieber Ulrich,

as discussed – the workshop on the new underwriting manual takes place in Kassel on 21 April.
Topics: diabetes type 1 and 2, mental health (depression, burnout), cancer survivors after 5 years,
BMI tables. Invitation attached.

Liebe Grüße / kind regards
Miriam Achterberg
Risikoprüfung Leben/BU · Underwriting Life""",
    att=[('workshop_uw_manual.ics', 'text/calendar; method=REQUEST', ics(
        'uw-manual-2026-04-21@falkenau-versicherung.example', '20260421T093000', '20260421T163000',
        'Workshop Underwriting-Manual 2026 (Falkenau / Atlas Re)', 'Falkenauer Ring 1, Kassel, Raum 5.02',
        'Agenda: Diabetes, psychische Erkrankungen, Krebs nach 5 Jahren, BMI-Tabellen', ('Miriam Achterberg', f'miriam.achterberg@{DOM}')))],
    date=(2026, 3, 20, 13, 15))

# ---- 0124
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'BU claim decision: named claimant with multiple sclerosis (G35) recognised as 70 % disabled; annuity',
    P('bu-leistung', 'Falkenau Lebensversicherung – BU claims'), ('Helen Brooks', 'helen.brooks@proton-box.example'),
    'Your disability claim – decision',
    f"""Dear Ms Brooks,

we have completed the assessment of your claim under your income protection policy LV 8830-207713.

Based on the report of your neurologist and our independent medical examination on 2 March, we
recognise that you have been unable to work as a secondary-school teacher to a degree of 70 % since
1 October 2025 because of relapsing-remitting multiple sclerosis (G35) with fatigue and reduced
walking distance.

You will therefore receive the full monthly benefit of EUR 2,100 from 1 October 2025, and you are
exempt from paying premiums. Back payment for October to March: EUR 12,600.

We will review the claim in 18 months; you only need to tell us if your condition improves
significantly or you return to work.

Yours sincerely
Carola Sievert
Disability claims | Falkenau Lebensversicherung AG

{FOOT_EN}""", date=(2026, 3, 23, 9, 0))

# ---- 0125
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'household move notice: named customer\'s new address and living space, premium change; short reply with typos',
    SK, ('Erika Heuer', 'erika.heuer@web-post.example'),
    'AW: Umzug',
    f"""Hallo Frau Heuer,

danke für die Info, hab ich eingetragen! Ihre Hausratversicherung HR 2209-118004 läuft ab 1.4. an
der neuen Adresse Gartenweg 8, 37649 Grevenhausen weiter, Wohnfläche neu 78 qm statt 64 qm. Der
Beitrag erhöht sich dadruch um 1,90 EUR im Monat. Während des Umzugs sind Ihre Sachen an beiden
Adressen versichert.

Grüße
Sabine Kroll

{ag_sig('sk')}

> Hallo Frau Kroll wir ziehen am 28.3. um in den Gartenweg 8, die Whonung hat 78 qm.
> Muss ich was machen? LG Erika Heuer""", date=(2026, 3, 23, 11, 40))
# ---- 0126
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: grey: riding club (legal entity) animal liability for club horses; colic and laminitis of horses, no person data',
    LM, ('Reit- und Fahrverein Grevenhausen e.V.', 'info@rfv-grevenhausen.example'),
    'Tierhalterhaftpflicht für die Schulpferde',
    f"""Hallo liebe Reitvereins-Vorstände,

danke für die Liste der Schulpferde. Die Tierhalterhaftpflicht für den Verein kostet für die sechs
Pferde zusammen 684 EUR im Jahr (inkl. Reitbeteiligungen und Fremdreiterrisiko).

Zu eurer Frage: Tierarztkosten für die Pferde selbst (z. B. Kolik-OP, Hufrehe) sind über die
Haftpflicht nicht versichert. Dafür gibt es eine OP-Kostenversicherung für Pferde, die lohnt sich
aber meist nur für junge Tiere. Bei "Lotte" (24 Jahre) würde ich das nicht mehr machen.

Antrag schicke ich euch zur Unterschrift durch den 1. Vorsitzenden.

Viele Grüße
Lea Marquardt

{ag_sig('lm')}""", date=(2026, 3, 23, 15, 0))

# ---- 0127
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'rental car excess claim of a named traveller in Portugal: booking, damage, reimbursement; no injury',
    RINA, ('Greg Lindqvist', 'greg.lindqvist@fastmail-box.example'),
    'Rental car excess refund – claim RX-26-00177',
    f"""Hi Mr Lindqvist,

thanks for sending the damage report from the rental company in Porto. Under your rental car excess
cover (policy RX 5550-030981) we refund the excess you were charged:

  Rental agreement: PRT-88431207, Fiat 500X, 04-11 March 2026
  Damage: scratched rear bumper in a car park, no other vehicle, nobody hurt
  Excess charged to your credit card: EUR 950.00
  Refund: EUR 950.00

The refund will be transferred to the account you gave in the claim form within five working days.

Best regards
Marco Rinaldi
Travel Claims | Falkenau Versicherung AG""", date=(2026, 3, 24, 9, 30))

# ---- 0128
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: catering order for the staff health day with diabetic-friendly, gluten- and lactose-free options; no person',
    WAGN, ('Events team, GreenTable Catering', 'events@greentable-catering.example'),
    'Health Day 22 April – catering order for 350 people',
    """Hello GreenTable team,

confirming our order for the staff Health Day on 22 April (Falkenauer Ring 1, canteen):

- lunch buffet for 350 people, 11:30-14:00
- at least 30 % vegetarian, 10 % vegan
- clearly labelled gluten-free, lactose-free and diabetic-friendly (low sugar) options,
  allergen list according to EU 1169/2011 at each dish
- smoothie bar next to the blood pressure and body-fat measuring stations (2nd floor)
- no alcohol

Budget EUR 14 per person. Please send the final offer and menu by 31 March.

Best regards
Ines Wagner
Procurement | Falkenau Versicherung AG""", cte='quoted-printable', charset='us-ascii', date=(2026, 3, 24, 11, 5))

# ---- 0129
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'partial-cover deer collision: named customer, plate, claim number; nobody injured',
    REUT, ('Wilfried Bartsch', 'w.bartsch@tonline-mail.example'),
    'Wildunfall vom 19.03. – Ihr Schaden KS-2026-013340',
    """Sehr geehrter Herr Bartsch,

die Wildunfallbescheinigung des Jagdpächters liegt uns vor, vielen Dank. Der Zusammenstoß mit dem
Reh auf der K 47 zwischen Grevenhausen und Golmbach ist über Ihre Teilkasko (KF 3301-118827,
Kennzeichen HOL-WB 61, 150 EUR SB) versichert. Verletzt wurde zum Glück niemand.

Bitte lassen Sie den Frontschaden in einer Werkstatt Ihrer Wahl reparieren; bis 2.500 EUR
brauchen wir kein Gutachten, die Rechnung genügt. Die Teilkasko-Regulierung hat keinen Einfluss auf
Ihren Schadenfreiheitsrabatt.

Mit freundlichen Grüßen
Tobias Reuter
Kfz-Schaden · Falkenau Versicherung AG""", date=(2026, 3, 24, 14, 40))

# ---- 0130
add('CONFIDENTIAL', 'en', 'insurer-to-broker',
    'broker transfer of a named client\'s household and liability policies: address, policy numbers, premiums',
    KOWA, ('Brightwater Insurance Brokers', 'office@brightwater-brokers.example'),
    'Transfer of agency – your new client Mr Samuel Adeyemi',
    f"""Dear colleagues,

we have received the broker mandate signed by Mr Samuel Adeyemi (Goethestraße 41, 34119 Kassel).
From 1 April 2026 the following policies are assigned to your firm (broker no. M-31007):

  HR 2209-502277  household contents, sum insured EUR 52,000, premium EUR 148.20 p.a.
  PH 4090-502278  private liability, EUR 10m, premium EUR 71.40 p.a.

The previous agency has been informed. Renewal commission from the next due date goes to you.
The policy documents are in the broker portal under "Portfolio > Transfers".

{sig('Nadine Kowalczyk', 'Broker relations', 'Maklerbetreuung', '2290', 'en')}""", date=(2026, 3, 25, 9, 15))

# ---- 0131
add('NORMAL', 'de', 'internal',
    'trap: company physician distributes new BMI/blood-pressure rating tables for underwriting; generic, no applicant',
    SOMM, [('Risikoprüfung Leben/BU', f'risikopruefung@{DOM}')],
    'Neue Einstufungstabellen BMI und Blutdruck ab 1. April',
    """Liebe Kolleginnen und Kollegen der Risikoprüfung,

ab 1. April gelten die überarbeiteten Einstufungstabellen (Manual Kap. 4.2 und 6.1):

BMI (Erwachsene ab 25 Jahren):
  18,5 – 32,0  normal
  32,1 – 35,0  +25 %
  35,1 – 40,0  +50 % bis +75 %, abhängig von Begleiterkrankungen
  > 40,0       Zurückstellung, individuelle Prüfung

Blutdruck (behandelt, Mittelwert aus 3 Messungen):
  bis 140/90   normal
  bis 160/95   +25 %
  darüber      ärztliches Zeugnis anfordern

Bei Rückfragen bin ich Dienstag und Donnerstag im Haus.

Dr. Ulrich Sommer
Gesellschaftsarzt""", charset='windows-1252', cte='8bit', date=(2026, 3, 25, 11, 30))

# ---- 0132
ZIP132 = mkzip([
    ('Rump_Belege/Rechnung_Hoerakustik_Lammers.pdf', pdf([
        'Hörakustik Lammers - Rechnung Nr. 2026-0088',
        'Kundin: Gisela Rump, Lindenstraße 20, 37649 Grevenhausen, geb. 02.07.1951',
        '2 x Hörsystem Phonak Audéo L90 (HdO, Ex-Hörer), inkl. Anpassung',
        'Gesamt 3.980,00 EUR; Festbetrag Kasse entfällt (privat versichert)',
    ], title='Rechnung Hörakustik')),
    ('Rump_Belege/Verordnung_HNO.pdf', pdf([
        'Ohrenärztliche Verordnung einer Hörhilfe',
        'Patientin: Gisela Rump, geb. 02.07.1951',
        'Diagnose: H90.3 G Sensorineurale Hörminderung beidseits, mittelgradig',
        'Tonaudiogramm: Hörverlust 55 dB rechts, 60 dB links (1-4 kHz)',
        'Dr. med. Petra Hollenbach, HNO-Ärztin, Holzminden, 08.12.2025',
    ], title='Verordnung Hörhilfe')),
])
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'body harmless; ZIP with hearing-aid invoice and ENT prescription (H90.3, audiogram) of a named customer',
    SK, P('beschwerde-kranken', 'Beschwerdemanagement Kranken'), 'Nachtrag Belege zur Beschwerde (Agentur 4711)',
    f"""Hallo zusammen,

zur Beschwerde, die Herr Hesselbach letzte Woche weitergeleitet hat, hier die Belege als ZIP. Die
Kundin hat sie heute vorbeigebracht, wir haben sie eingescannt. Die Originale gehen per Post zurück.

Gruß
Sabine Kroll

{ag_sig('sk')}""", att=[('Belege_4711_0326.zip', 'application/zip', ZIP132)], date=(2026, 3, 26, 10, 10))

# ---- 0133
BN_HTML = """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<h1>Falkenau Broker News &ndash; March 2026</h1>
<h3>Claims statistics 2025 by line</h3>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Line</th><th>Claims reported</th><th>Avg. settlement time</th><th>Paid (EUR m)</th></tr>
<tr><td>Health (outpatient, inpatient, dental)</td><td>1,284,000</td><td>3.1 days</td><td>912</td></tr>
<tr><td>Disability (BU)</td><td>858</td><td>62 days</td><td>41</td></tr>
<tr><td>Accident</td><td>9,420</td><td>18 days</td><td>37</td></tr>
<tr><td>Motor</td><td>61,300</td><td>11 days</td><td>288</td></tr>
</table>
<h3>Reminder: secure document exchange</h3>
<p>Medical questionnaires and SEPA mandates belong in the broker portal, not in plain e-mail.</p>
<p><a href="https://makler.falkenau-versicherung.example/news">Read online</a> &middot;
<a href="https://makler.falkenau-versicherung.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
add('NORMAL', 'en', 'newsletter',
    'trap: broker newsletter with claims statistics for health, BU and accident (aggregates only), HTML + text',
    NEWS, ('Falkenau broker partners', f'broker-news@{DOM}'), 'Falkenau Broker News – March 2026',
    """Falkenau Broker News - March 2026

Claims statistics 2025 by line
- Health (outpatient, inpatient, dental): 1,284,000 claims, 3.1 days, EUR 912m paid
- Disability (BU): 858 claims, 62 days, EUR 41m
- Accident: 9,420 claims, 18 days, EUR 37m
- Motor: 61,300 claims, 11 days, EUR 288m

Reminder: medical questionnaires and SEPA mandates belong in the broker portal, not in plain e-mail.

Read online: https://makler.falkenau-versicherung.example/news
Unsubscribe: https://makler.falkenau-versicherung.example/unsubscribe""",
    html=BN_HTML, charset='us-ascii', cte='7bit', html_cte='quoted-printable', headers=['Precedence: bulk'],
    date=(2026, 3, 26, 7, 0))

# ---- 0134
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'childminder (sole trader) liability: owner named, home address as place of care, number of children, IBAN',
    KLEE, ('Kindertagespflege Sonnenkäfer, Frau Bianca Lorenz', 'sonnenkaefer.lorenz@mail-box.example'),
    'Ihre Betriebshaftpflicht für die Kindertagespflege',
    f"""Sehr geehrte Frau Lorenz,

vielen Dank für Ihren Antrag. Ihre Betriebshaftpflicht als Tagesmutter (BH 5520-061904) beginnt am
01.04.2026:

  Betreuungsort: Ihre Wohnung, Sonnenweg 3, 34270 Schauenburg
  Betreute Kinder: bis zu 5 gleichzeitig, Alter 1–3 Jahre
  Deckungssumme: 5 Mio. EUR, inkl. Schlüsselverlust und Schäden an Sachen der Eltern
  Beitrag: 96,50 EUR jährlich, Lastschrift von {IB_LORE}

Die Bescheinigung für das Jugendamt liegt bei der Police.

Mit freundlichen Grüßen
Bernd Kleemann
Firmenkunden · Falkenau Versicherung AG""", date=(2026, 3, 26, 13, 20))

# ---- 0135
GL_TXT = """Dear Mr Okonkwo,

we have processed your claim for new glasses and the eye examination (policy KV 4471-733410):

  Eye examination, Dr. Bauer (ophthalmologist): GOÄ 1240, 1256, 1242 - EUR 86.14, reimbursed 100 %
  Glasses (high-index lenses -6.5 / -6.75 dpt):  EUR 642.00, reimbursed EUR 300.00 (tariff limit every 2 years)

Dr. Bauer noted a suspicion of glaucoma (H40.0) and recommends a follow-up visual field test in three
months; that test is covered in full.

Total reimbursement: EUR 386.14

Kind regards
Dr. Katrin Vollmer
Claims assessment | Falkenau Krankenversicherung AG
"""
GL_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Okonkwo,</p>
<p>we have processed your claim for new glasses and the eye examination (policy KV 4471-733410):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Invoiced</th><th>Reimbursed</th></tr>
<tr><td>Eye examination, Dr. Bauer (GOÄ 1240, 1256, 1242)</td><td>EUR 86.14</td><td>EUR 86.14</td></tr>
<tr><td>Glasses, high-index lenses -6.5 / -6.75 dpt</td><td>EUR 642.00</td><td>EUR 300.00</td></tr>
</table>
<p>Dr. Bauer noted a suspicion of glaucoma (H40.0) and recommends a follow-up visual field test in three
months; that test is covered in full.</p>
<p><b>Total reimbursement: EUR 386.14</b></p>
<p>Kind regards<br>Dr. Katrin Vollmer<br>Claims assessment | Falkenau Krankenversicherung AG</p>
</body></html>"""
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'glasses and eye exam reimbursement of a named policyholder: -6.5 dpt, suspected glaucoma (H40.0); text + HTML',
    VOLL, ('Joseph Okonkwo', 'j.okonkwo@inbox-mail.example'), 'Your reimbursement – glasses and eye examination',
    GL_TXT, html=GL_HTML, cte='quoted-printable', html_cte='base64', date=(2026, 3, 27, 10, 0))

# ---- 0136
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: talk on cyber insurance for the local traders\' association (doctors\' and pharmacies\' patient data as examples)',
    JH, ('Gewerbeverein Grevenhausen e.V.', 'vorstand@gewerbeverein-grevenhausen.example'),
    'Vortrag Cyberversicherung beim Unternehmerfrühstück',
    f"""Hallo Herr Pape,

gern halte ich beim Unternehmerfrühstück am 15. April einen kurzen Vortrag (20 Minuten) zum Thema
"Hackerangriff im Handwerksbetrieb – was zahlt die Cyberversicherung?".

Inhalte:
- typische Fälle: Verschlüsselungstrojaner, gefälschte Rechnungen (CEO-Fraud), gehackte Webshops
- besonders betroffen sind Arztpraxen, Apotheken und Physiotherapeuten, weil dort Patientendaten
  und Rezepte liegen – die Meldepflicht an die Datenschutzbehörde gilt innerhalb von 72 Stunden
- was die Versicherung zahlt: IT-Forensik, Betriebsunterbrechung, Anwalt, Krisen-PR
- zehn Maßnahmen, die nichts kosten

Beamer und Leinwand bringe ich mit. Brötchen bitte wie immer von Lüdecke 😊

Gruß
Jörg Hesselbach

{ag_sig('jh')}""", date=(2026, 3, 27, 12, 30))

# ---- 0137
add('CONFIDENTIAL', 'en', 'internal',
    'HR letter to a named employee confirming her salary increase and new gross salary',
    DEMI, ('Priya Raman', f'priya.raman@{DOM}'), 'Your salary review 2026',
    """Dear Priya,

following your annual review with Emma, I am pleased to confirm your salary increase:

  Position:            Senior Data Analyst, Group Finance (grade T7)
  Current salary:      EUR 68,400 gross p.a.
  New salary:          EUR 73,200 gross p.a. from 1 April 2026 (+7.0 %)
  Bonus target 2026:   12 % of annual salary

The formal letter will be in your personal folder in the HR portal tomorrow. Congratulations and
thank you for your work on the KPI reporting.

Best regards
Aylin Demir
HR Business Partner""", date=(2026, 3, 30, 9, 0))

# ---- 0138
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'underwriting query to a named applicant about Hashimoto\'s thyroiditis (E06.3) and medication for term life',
    ACHT, ('Svenja Reinholz', 'svenja.reinholz@web-post.example'),
    'Rückfrage zu Ihrem Antrag auf Risikolebensversicherung',
    """Sehr geehrte Frau Reinholz,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über 200.000 EUR.

Sie haben angegeben, dass bei Ihnen eine Hashimoto-Thyreoiditis (E06.3) bekannt ist und Sie
L-Thyroxin 75 µg einnehmen. Damit wir den Antrag abschließend prüfen können, bitten wir um:

1. die letzten Laborwerte (TSH, fT3, fT4), nicht älter als sechs Monate,
2. die Angabe, ob es in den letzten fünf Jahren Schilddrüsenoperationen oder Radiojodtherapien gab.

In der Regel ist eine gut eingestellte Hashimoto-Erkrankung ohne Zuschlag versicherbar. Bitte laden
Sie die Unterlagen im Kundenportal hoch.

Mit freundlichen Grüßen
Miriam Achterberg
Risikoprüfung Leben/BU""", charset='iso-8859-1', cte='quoted-printable', date=(2026, 3, 30, 10, 45))

# ---- 0139
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: brief for the PR agency on a "mental health at work" campaign (burnout, depression statistics); no individual',
    FENS, ('Account team, Brightline PR', 'falkenau-team@brightline-pr.example'),
    'Campaign brief: "Talk about it" – mental health at work',
    """Hi both,

as promised, the key points for the autumn campaign:

- Objective: make BU and mental-health support services known to employers (group income protection)
- Facts we may use: 36 % of our new BU claims are due to mental disorders; sickness absence due to
  depression and burnout has doubled in ten years (public health insurer statistics)
- Tone: empathetic, no stigma, no "patients" in hospital gowns
- Images: only stock photos or employees who have signed a model release - no real claimants,
  no case stories without written consent

First draft by 24 April please.

Julia Fenske
Marketing & Communications | Falkenau Versicherung AG""", date=(2026, 3, 30, 14, 10))

# ---- 0140
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'car park bump caused by a named young customer: other party\'s plate, claim number; no one hurt',
    LM, ('Jessica Tegtmeyer', 'jessy.tegtmeyer@mail-box.example'), 'AW: Parkrempler beim Edeka 🙈',
    f"""Hi Jessica,

halb so wild, sowas passiert! Ich hab den Schaden für dich aufgenommen:

  Schaden KS-2026-014221 zu deinem Vertrag KF 3301-902516
  Datum: 27.03.2026, Parkplatz Edeka Bäumer, beim Ausparken
  Gegner: Skoda Fabia, HOL-MK 203 (Halterin Monika Kruse), Delle hintere Tür
  Verletzt: niemand

Kassel meldet sich bei Frau Kruse wegen des Kostenvoranschlags. Wenn der Schaden unter ca. 600 EUR
bleibt, lohnt es sich evtl., ihn selbst zu zahlen – sonst wirst du im SF hochgestuft. Das rechne
ich dir dann aus.

LG Lea

{ag_sig('lm')}""", date=(2026, 3, 30, 16, 20))

# ---- 0141
add('STRICTLY_CONFIDENTIAL', 'en', 'doctor',
    'forwarded oncologist\'s letter with a named member\'s breast cancer diagnosis (C50.4) and chemotherapy plan',
    WHIT, SOMM, 'FW: Treatment plan – Mrs Ingrid Sørensen',
    f"""Ulrich,

the oncologist's plan for Mrs Sørensen (IH-55-19006) below. The hospital asks for a guarantee for
the first four cycles. Fine from a medical point of view?

Claire

{outlook_en('Dr. Maren Holt', 'm.holt@oslo-cancer-clinic.example', 'Monday, March 30, 2026 4:02 PM', 'International Health Desk', 'Treatment plan – Mrs Ingrid Sørensen')}
Dear colleagues,

Mrs Ingrid Sørensen, born 03.11.1974, was diagnosed with invasive ductal carcinoma of the left
breast, upper outer quadrant (C50.4), cT2 cN1 M0, HER2-positive. Tumour board recommendation:
neoadjuvant chemotherapy (docetaxel, carboplatin, trastuzumab, pertuzumab), 6 cycles every 3
weeks, followed by surgery. Start 8 April 2026.

We kindly ask for a guarantee of payment for cycles 1-4 (NOK 486,000).

Dr. Maren Holt, Oncology, Oslo Cancer Clinic""", date=(2026, 3, 31, 8, 20))

# ---- 0142
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: grey: appointment confirmation for a pension advice meeting with a prospect; no contract, income or health data',
    LM, ('Kevin Brüggemann', 'kevin.brueggemann@mail-box.example'), 'Terminbestätigung Donnerstag 16 Uhr',
    f"""Hallo Herr Brüggemann,

hiermit bestätige ich Ihren Beratungstermin zum Thema Altersvorsorge:

  Donnerstag, 9. April 2026, 16:00 Uhr, bei uns in der Agentur, Marktstraße 14
  Berater: Jörg Hesselbach

Wenn Sie haben, bringen Sie gern die letzte Renteninformation der Deutschen Rentenversicherung mit.
Parkplätze gibt es hinter dem Haus.

Viele Grüße
Lea Marquardt

{ag_sig('lm')}""", date=(2026, 3, 31, 10, 0))

# ---- 0143
add('CONFIDENTIAL', 'en', 'insurer-to-company',
    'cargo claim of a company with named contact and named lorry driver (licence), police report; no injury',
    KLEE, ('Claims, Midlands Freight Ltd', 'claims@midlands-freight.example'),
    'Cargo claim TR-26-00058 – theft from trailer, Calais',
    """Dear Mr Davies,

regarding the theft of 14 pallets of power tools from trailer GB-TR 4471 at the Calais truck stop
on 21 March (cargo policy TR 6640-000912, Midlands Freight Ltd):

To assess whether the parking obligations of the policy were met, please send us:
  - the written statement of the driver, Mr Kevin Hollis (licence no. HOLLI712085KH9TX),
  - the tachograph data for 20-21 March,
  - the French police report (procès-verbal no. 2026/00318).

The consignee's invoice values (EUR 86,400) are noted. Nobody was harmed.

Kind regards
Bernd Kleemann
Commercial lines | Falkenau Versicherung AG""", date=(2026, 3, 31, 14, 30))

# ---- 0144
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-therapist',
    'query to a physiotherapy practice about lymphatic drainage for a named patient after breast cancer surgery',
    VOLL, ('Physiotherapie am Park', 'praxis@physio-am-park.example'),
    'Rückfrage Rechnung Nr. 2026-311 – Patientin Heike Marwede',
    """Sehr geehrte Damen und Herren,

Ihre Patientin Frau Heike Marwede (Versicherungsnummer KV 4471-229106) hat uns Ihre Rechnung
über 20 x manuelle Lymphdrainage (60 Min.) nach Ablatio mammae links eingereicht.

Die ärztliche Verordnung lautet auf 45 Minuten Behandlungsdauer. Bitte bestätigen Sie uns, ob
tatsächlich 60 Minuten behandelt wurden, und senden Sie uns ggf. eine Verordnung über die längere
Dauer. Die Kompressionsbestrumpfung rechnen Sie bitte gesondert ab.

Mit freundlichen Grüßen
Dr. Katrin Vollmer
Leistungsprüfung · Falkenau Krankenversicherung AG""", date=(2026, 4, 1, 9, 30))

# ---- 0145
add('NORMAL', 'en', 'internal',
    'trap: payroll notice about salary payment dates and the new payslip portal; no individual salary',
    CART, [('All staff', f'alle@{DOM}')], 'Salary payment dates and digital payslips from April',
    """Dear colleagues,

two changes in payroll from April 2026:

1. Salaries will be paid on the 25th of each month (until now the last working day). If the 25th
   falls on a weekend, the payment is made on the Friday before.
2. Payslips are only available in the HR portal. If you need a paper copy, e.g. for a loan
   application, please contact payroll.

Bank details changes must be entered in the portal by the 10th of the month to be effective for
that month's payment.

Emma Carter
Group Finance""", date=(2026, 4, 1, 12, 0))

# ---- 0146
add('NORMAL', 'en', 'insurer-to-customer',
    'trap: portal password-reset confirmation without any contract or personal content',
    NOREPLY, 'helen.brooks@proton-box.example', 'Your password has been changed',
    """Hello,

the password for your Falkenau secure mailbox was changed on 1 April 2026 at 19:42 CEST.

If you made this change, you do not need to do anything. If you did not, please reset your password
immediately at https://securemail.falkenau-versicherung.example/reset and contact us on
+49 561 7093-0.

This message was sent automatically.
Falkenau Versicherung AG""", charset='us-ascii', cte='7bit', date=(2026, 4, 1, 19, 43))

# ---- 0147
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'grey: pharmacy (sole trader) contents claim for spoiled vaccines after fridge failure; owner named, no patient',
    GRUB, ('Apotheke am Markt, Inh. Dr. Claudia Henning e.K.', 'info@apotheke-am-markt-grevenhausen.example'),
    'Ausfall Medikamentenkühlschrank – Schaden EL-26-00317',
    f"""Sehr geehrte Frau Dr. Henning,

vielen Dank für die Schadenmeldung über die Agentur Hesselbach. Der Medikamentenkühlschrank ist in
der Nacht zum 30.03. ausgefallen (Kompressor), der Temperaturlogger zeigt 19 °C über 7 Stunden.

Vernichtet werden mussten laut Ihrer Liste:
  Grippeimpfstoffe (Restbestand) 12 Packungen, Insuline 31 Packungen, FSME-Impfstoff 8 Packungen,
  sonstige Kühlware 22 Positionen – Einkaufswert gesamt 4.318,60 EUR

Die Ware ist über Ihre Inhaltsversicherung (GI 6610-077403) inkl. Verderb von Kühlgut versichert.
Den Kühlschrank selbst prüfen wir über die Elektronikversicherung, bitte senden Sie uns das
Prüfprotokoll des Technikers.

{sig('Benedikt Gruber', 'Schadenregulierung', 'Sach- und Haftpflichtschaden', '3520')}""",
    cc=[AGB], date=(2026, 4, 2, 9, 15))

# ---- 0148
add('NORMAL', 'en', 'insurer-to-broker',
    'trap: webinar recording on long-term care and dementia cover for brokers; no client',
    KOWA, ('Falkenau broker partners', f'broker-news@{DOM}'),
    'Recording: "Long-term care – selling the care gap" webinar',
    """Dear partners,

thank you to the 212 of you who joined yesterday's webinar. The recording and slides are now online
(broker portal > Academy). It counts as 1.5 hours towards your IDD training obligation.

Key facts from the session:
- 5.6 million people in Germany receive care benefits, two thirds of them at home
- dementia is the most common reason for care grades 4 and 5
- average own contribution in a care home: EUR 2,984 per month in the first year

Next webinar: 7 May, "Disability cover for trades and crafts".

Nadine Kowalczyk
Broker relations | Falkenau Versicherung AG""", date=(2026, 4, 2, 11, 0))

# ---- 0149
add('NORMAL', 'de', 'internal',
    'trap: agency reports a misconfigured scan-to-mail device ("Arztberichte" scanned); no document or name in the mail',
    LM, ('IT Service Desk', f'servicedesk@{DOM}'), 'Scanner Agentur 4711 schickt an falsche Adresse',
    f"""Hallo Service Desk,

unser Multifunktionsgerät (Kyocera, Inventarnr. AG-4711-03) schickt seit dem Update gestern die
Scans nicht mehr an unser Agenturpostfach, sondern an eine Adresse "scan@localhost". Wir scannen
da täglich Arztberichte, Rechnungen und Anträge ein – bitte schnell schauen!

Bis dahin scannen wir nichts mehr und schicken die Papiere per Hauspost nach Kassel.

Danke
Lea Marquardt
Agentur 4711 Hesselbach, Tel. 05532 91807-12""", date=(2026, 4, 2, 14, 25))

# ---- 0150
add('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
    'German/English: funeral expense life policy for a named customer\'s husband, no health questions, waiting period',
    SK, ('Fiona Mackay', 'fiona.mackay@btmail.example'), cc=[('Robert Mackay', 'rob.mackay@btmail.example')],
    subject='Sterbegeldversicherung für Robert / funeral plan for Robert',
    body=f"""Liebe Frau Mackay, lieber Herr Mackay,

wie besprochen hier die Eckdaten – below in English as well, so Robert can read it too:

  Sterbegeld Plus ohne Gesundheitsfragen
  Versicherte Person: Robert Mackay, geb. 22.11.1962
  Versicherungssumme: 10.000 EUR, Beitrag 41,80 EUR mtl., Beginn 01.05.2026
  Bezugsberechtigt: Fiona Mackay
  Wartezeit: 3 Jahre (bei Tod durch Unfall sofort volle Leistung)

In English: this is the funeral expense plan we talked about. There are no health questions, so the
earlier decision on the term life application does not matter here. During the first three years
only the premiums paid are refunded in case of death, except after an accident. The monthly premium
of EUR 41.80 will be taken from the account you use for your contents insurance ({IB_MACK}).

Bitte unterschreiben Sie beide den Antrag beim nächsten Besuch.

Viele Grüße / best wishes
Sabine Kroll

{ag_sig('sk')}""", date=(2026, 4, 2, 16, 0))

# =========================================================================== build / check

def build_all():
    out = {}
    for i, m in enumerate(MAILS):
        try:
            out[f'{PFX}{i + 1:04d}.eml'] = build(i, m)
        except Exception as e:
            raise RuntimeError(f'mail {i + 1}: {e}') from e
    rows = ['file\tlabel\tlang\tkind\treason']
    for i, m in enumerate(MAILS):
        assert '\t' not in m['reason'] and '\n' not in m['reason']
        rows.append(f"{PFX}{i + 1:04d}.eml\t{m['label']}\t{m['lang']}\t{m['kind']}\t{m['reason']}")
    return out, ('\n'.join(rows) + '\n').encode('utf-8')

REAL_TLD = r'(?:de|com|org|net|eu|info|uk|nl|at|ch|io|fr|es|it|pt|pl|be|dk|se|lu|us|biz|gov|edu)'
HOST_RE = re.compile(r'(?<![\w.-])((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)(?![\w-])', re.I)
MAIL_RE = re.compile(r'[\w.+-]+@((?:[\w-]+\.)+[\w-]+)')
URL_RE = re.compile(r'(?:https?://|www\.)([^\s/<>"\')]+)', re.I)
IBAN_RE = re.compile(r'\b(?:DE|AT|NL|GB|FR|CH|LU|BE|ES|IT|PL|DK)\d{2}(?!ZZZ)(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b')

def pdf_text(data):
    assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF'), 'pdf frame'
    texts = []
    for mm in re.finditer(rb'<<([^>]*?)>>\nstream\n(.*?)\n?endstream', data, re.S):
        d = mm.group(2)
        if b'/FlateDecode' in mm.group(1):
            d = zlib.decompress(d)
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', d):
            t = re.sub(rb'\\(.)', rb'\1', s.group(1))
            texts.append(t.decode('cp1252'))
    # xref sanity
    sx = int(re.search(rb'startxref\n(\d+)', data).group(1))
    assert data[sx:sx + 4] == b'xref', 'xref offset'
    return '\n'.join(texts)

def xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(t for t in root.itertext())

def open_attachment(fn, data, depth=0):
    """Open an attachment by its file name; return its text (recursing into ZIPs)."""
    low = fn.lower()
    if low.endswith('.pdf'):
        t = pdf_text(data)
    elif low.endswith(('.docx', '.xlsx')):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None
            names = z.namelist()
            assert '[Content_Types].xml' in names
            xs = [n for n in names if n.endswith('.xml') or n.endswith('.rels')]
            for n in xs:
                ET.fromstring(z.read(n))
            main = [n for n in names if n.startswith(('word/document', 'xl/worksheets/'))]
            assert main, fn
            t = '\n'.join(xml_text(z.read(n)) for n in main)
    elif low.endswith(('.odt', '.ods')):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.namelist()[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
            ET.fromstring(z.read('META-INF/manifest.xml'))
            t = xml_text(z.read('content.xml'))
    elif low.endswith('.zip'):
        parts = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None
            for n in z.namelist():
                if n.endswith('/'):
                    continue
                bump('  zip member ' + n.rsplit('.', 1)[-1].lower())
                parts.append(open_attachment(n, z.read(n), depth + 1))
        t = '\n'.join(parts)
    elif low.endswith('.ics'):
        t = data.decode('utf-8')
        assert t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR'), fn
        assert b'\n' not in data.replace(b'\r\n', b''), 'ics crlf'
        t = t.replace('\r\n ', '')
    elif low.endswith('.eml'):
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        t = check_message(msg, fn)
    elif low.endswith(('.csv', '.txt', '.html', '.htm', '.xml', '.log')):
        for enc in ('utf-8', 'cp1252'):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
    else:
        raise AssertionError('unknown attachment type ' + fn)
    assert t.strip(), 'empty text in ' + fn
    return t

STATS = {}

def bump(k):
    STATS[k] = STATS.get(k, 0) + 1

def check_message(msg, name):
    texts = []
    for k, v in msg.items():
        texts.append(f'{k}: {v}')
    for part in msg.walk():
        assert not part.defects, f'{name}: defects {part.defects}'
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            bump('attachment eml (message/rfc822)')
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct.startswith('text/') and not fn:
            cs = part.get_content_charset()
            assert cs in ('utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'), f'{name}: charset {cs}'
            bump(f'charset {cs}')
            bump(f'cte {part.get("Content-Transfer-Encoding", "7bit")}')
            texts.append(part.get_payload(decode=True).decode(cs))
        elif fn:
            data = part.get_payload(decode=True)
            assert data, f'{name}: empty attachment {fn}'
            bump('attachment ' + fn.rsplit('.', 1)[-1].lower())
            texts.append(fn)
            texts.append(open_attachment(fn, data))
        elif ct == 'message/rfc822':
            pass
        else:
            raise AssertionError(f'{name}: unexpected part {ct}')
    return '\n'.join(texts)

def check():
    mails, labels = build_all()
    ok = True
    errors = []
    def err(s):
        errors.append(s)
    # byte-for-byte comparison with the files on disk
    disk = sorted(f for f in os.listdir(os.path.join(HERE, 'mails')) if f.endswith('.eml'))
    if disk != sorted(mails):
        err('file list differs from generator')
    for fn, data in mails.items():
        p = os.path.join(HERE, 'mails', fn)
        if not os.path.exists(p) or open(p, 'rb').read() != data:
            err(f'{fn}: differs from rebuild')
    if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != labels:
        err('labels.tsv differs from rebuild')
    # a second in-memory build must be identical (determinism)
    mails2, labels2 = build_all()
    if mails2 != mails or labels2 != labels:
        err('generator is not deterministic')
    mids = set()
    nibans = 0
    for i, (fn, data) in enumerate(sorted(mails.items())):
        m = MAILS[i]
        try:
            if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
                raise AssertionError('bare LF or CR')
            for line in data.split(CRLF):
                assert len(line) <= 998, 'line too long'
            msg = BytesParser(policy=email.policy.default).parsebytes(data)
            assert not msg.defects, msg.defects
            mid = msg['Message-ID']
            assert mid not in mids, 'duplicate Message-ID ' + mid
            mids.add(mid)
            assert msg['Date'].datetime.year == 2026, 'date'
            frm = msg['From'].addresses[0].addr_spec
            assert frm.endswith('@' + DOM), 'From not insurer domain: ' + frm
            text = check_message(msg, fn)
            bump('top ' + msg.get_content_type())
            # hosts
            hosts = set(MAIL_RE.findall(text)) | set(URL_RE.findall(text))
            hosts |= {h for h in HOST_RE.findall(text) if re.search(r'\.' + REAL_TLD + r'$', h, re.I)}
            for h in hosts:
                h = h.rstrip('.').lower()
                assert h.endswith('.example'), 'non-.example host ' + h
            for ib in IBAN_RE.findall(text):
                assert iban_ok(ib), 'bad IBAN ' + ib
                nibans += 1
        except Exception as e:
            err(f'{fn}: {type(e).__name__}: {e}')
    # label / language counts
    from collections import Counter
    lc = Counter(m['label'] for m in MAILS)
    ll = Counter(m['lang'] for m in MAILS)
    if len(MAILS) != 150 or lc['NORMAL'] != 60 or lc['CONFIDENTIAL'] != 45 or lc['STRICTLY_CONFIDENTIAL'] != 45:
        err(f'label counts wrong: {len(MAILS)} {dict(lc)}')
    for e in errors:
        print('ERROR', e)
    print(f'mails: {len(MAILS)}  labels: ' + ', '.join(f'{k} {lc[k]}' for k in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')))
    print('languages: ' + ', '.join(f'{k} {ll[k]}' for k in ('de', 'en', 'mixed')))
    print('kinds: ' + ', '.join(f'{k} {v}' for k, v in sorted(Counter(m['kind'] for m in MAILS).items())))
    print('IBANs validated: %d, unique Message-IDs: %d' % (nibans, len(mids)))
    for k in sorted(STATS):
        print(f'  {k}: {STATS[k]}')
    print('traps (NORMAL with trap:): %d, grey: %d' % (sum(1 for m in MAILS if m['reason'].startswith('trap:')),
                                                      sum(1 for m in MAILS if 'grey:' in m['reason'])))
    print('CHECK ' + ('FAILED' if errors else 'OK') + ': byte-identical rebuild, CRLF, no MIME defects, attachments open, '
          '.example hosts, IBAN checksums, charsets, label counts')
    return not errors

def main():
    if '--check' in sys.argv:
        sys.exit(0 if check() else 1)
    mails, labels = build_all()
    d = os.path.join(HERE, 'mails')
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith('.eml') and f not in mails:
            os.remove(os.path.join(d, f))
    for fn, data in mails.items():
        with open(os.path.join(d, fn), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(labels)
    print(f'wrote {len(mails)} mails')

if __name__ == '__main__':
    main()
