#!/usr/bin/env python3
"""Independent labelled mail corpus d133 for Siegel (issue 14).

Fictitious outgoing mail of the international desk of "Rheinbogen Versicherung AG"
(domain rheinbogen-versicherung.example).  Python standard library only.

    python3 make_corpus.py           # writes mails/d133-0001.eml ... d133-0150.eml, labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, re-parses and validates everything

Every mail below (section MAILS) is written by hand in its own function.  Only the MIME
plumbing, the attachment writers and the staff signatures / legal footers are shared.
"""
import base64
import csv
import datetime
import html as htmlmod
import io
import os
import quopri
import random
import re
import sys
import zipfile
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from xml.sax.saxutils import escape as xesc
import xml.etree.ElementTree as ET

SEED = 133
PREFIX = 'd133-'
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = 'rheinbogen-versicherung.example'
N, C, S = 'NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'
EXPECTED = {N: 60, C: 45, S: 45}

# ---------------------------------------------------------------------------
# context (per mail: number, random generator for ids and boundaries)
# ---------------------------------------------------------------------------


class _Ctx:
    n = 0
    rng = random.Random(SEED)
    k = 0


CTX = _Ctx()


def _reset_ctx(n):
    CTX.n = n
    CTX.rng = random.Random(SEED * 100003 + n)
    CTX.k = 0


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def D(m, d, H, M, S=0, tz=None):
    """RFC 5322 date in 2026; CET/CEST unless tz given."""
    dt = datetime.datetime(2026, m, d, H, M, S)
    if tz is None:
        tz = '+0200' if datetime.datetime(2026, 3, 29, 2) <= dt < datetime.datetime(2026, 10, 25, 3) else '+0100'
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (DAYS[dt.weekday()], d, MONTHS[m - 1], 2026, H, M, S, tz)


def mid(domain=DOM, style=None):
    """Deterministic, unique Message-ID in a few client styles."""
    r = CTX.rng
    CTX.k += 1
    tag = '%04d%02d' % (CTX.n, CTX.k)
    style = style or r.choice(['outlook', 'tb', 'plain', 'java'])
    if style == 'outlook':
        core = ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(24))
        return '<%s%s@%s>' % (core, tag, domain)
    if style == 'tb':
        return '<%08x-%04x-%s-%04x-%012x@%s>' % (r.getrandbits(32), r.getrandbits(16), tag, r.getrandbits(16),
                                                 r.getrandbits(48), domain)
    if style == 'java':
        return '<%d.%s.%d.JavaMail.siebel@%s>' % (r.randrange(10 ** 6, 10 ** 7), tag, r.randrange(10 ** 12, 10 ** 13),
                                                   domain)
    return '<%s.%x@%s>' % (tag, r.getrandbits(40), domain)


def _boundary(style=None):
    r = CTX.rng
    CTX.k += 1
    style = style or r.choice(['outlook', 'tb', 'java'])
    if style == 'outlook':
        return '_%03d_%s%04d%02d_' % (r.randrange(1000), ''.join(r.choice('ABCDEF0123456789') for _ in range(20)),
                                      CTX.n, CTX.k)
    if style == 'tb':
        return '------------%s%04d%02d' % (''.join(r.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(14)),
                                           CTX.n, CTX.k)
    return '----=_Part_%d_%d.%d' % (r.randrange(100000), CTX.n * 100 + CTX.k, r.randrange(10 ** 12, 10 ** 13))


# ---------------------------------------------------------------------------
# IBAN helper (computes ISO 7064 check digits; used to write valid numbers)
# ---------------------------------------------------------------------------


def _iban_num(s):
    return int(''.join(str(int(ch, 36)) for ch in s))


def iban(cc, bban, grouped=True):
    check = 98 - _iban_num(bban + cc + '00') % 97
    raw = '%s%02d%s' % (cc, check, bban)
    if not grouped:
        return raw
    return ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s):
    s = s.replace(' ', '').upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


# ---------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=b''):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def serialize(self):
        out = b''.join(('%s: %s\r\n' % (k, v)).encode('ascii') for k, v in self.headers)
        out += b'\r\n'
        if self.parts is not None:
            out += self.preamble
            b = self.boundary.encode('ascii')
            for p in self.parts:
                out += b'\r\n--' + b + b'\r\n' + p.serialize()
            out += b'\r\n--' + b + b'--\r\n'
        else:
            out += self.body
        return out


def _param(k, v):
    try:
        v.encode('ascii')
        return '%s="%s"' % (k, v)
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (k, quote(v, safe=''))


def _crlf_lines(raw):
    return raw.replace(b'\n', b'\r\n')


def encode_body(raw, cte):
    """raw: bytes with LF line ends (text) or arbitrary bytes (binary, base64 only)."""
    if cte == 'base64':
        return _crlf_lines(base64.encodebytes(raw))
    if cte == 'quoted-printable':
        enc = quopri.encodestring(raw, quotetabs=False)
        if not enc.endswith(b'\n'):
            enc += b'=\n'
        return _crlf_lines(enc)
    if cte == '7bit':
        raw.decode('ascii')
    if not raw.endswith(b'\n'):
        raw += b'\n'
    out = _crlf_lines(raw)
    for line in out.split(b'\r\n'):
        assert len(line) <= 998, 'line too long in %s body' % cte
    return out


def text(body, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False, filename=None,
         disp=None, lang=None):
    """A text/* part. body is a str with \\n line ends."""
    if not body.endswith('\n'):
        body += '\n'
    raw = body.encode(cs)
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += '; format=flowed'
    if filename:
        ct += '; ' + _param('name', filename)
    h = [('Content-Type', ct)]
    h.append(('Content-Transfer-Encoding', cte))
    if filename or disp:
        d = disp or 'attachment'
        if filename:
            d += '; ' + _param('filename', filename)
        h.append(('Content-Disposition', d))
    if lang:
        h.append(('Content-Language', lang))
    return Part(h, encode_body(raw, cte))


def html(body, cs='utf-8', cte='quoted-printable', **kw):
    return text(body, sub='html', cs=cs, cte=cte, **kw)


def alt(plain_part, html_part, style=None):
    b = _boundary(style)
    return Part([('Content-Type', 'multipart/alternative; boundary="%s"' % b)], parts=[plain_part, html_part],
                boundary=b)


def mixed(*parts, style=None, preamble=True):
    b = _boundary(style)
    pre = b'This is a multi-part message in MIME format.\r\n' if preamble else b''
    return Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b)], parts=list(parts), boundary=b,
                preamble=pre)


def related(html_part, *inline, style=None):
    b = _boundary(style)
    return Part([('Content-Type', 'multipart/related; type="text/html"; boundary="%s"' % b)],
                parts=[html_part] + list(inline), boundary=b)


def att(data, ctype, filename, disp='attachment'):
    h = [('Content-Type', '%s; %s' % (ctype, _param('name', filename))),
         ('Content-Transfer-Encoding', 'base64'),
         ('Content-Disposition', '%s; %s' % (disp, _param('filename', filename)))]
    return Part(h, encode_body(data, 'base64'))


def rfc822(msg_bytes, filename=None):
    try:
        msg_bytes.decode('ascii')
        cte = '7bit'
    except UnicodeDecodeError:
        cte = '8bit'
    h = [('Content-Type', 'message/rfc822' + ('; ' + _param('name', filename) if filename else '')),
         ('Content-Transfer-Encoding', cte)]
    if filename:
        h.append(('Content-Disposition', 'attachment; ' + _param('filename', filename)))
    else:
        h.append(('Content-Disposition', 'inline'))
    return Part(h, msg_bytes)


MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
MIME_ODT = 'application/vnd.oasis.opendocument.text'
MIME_ODS = 'application/vnd.oasis.opendocument.spreadsheet'


# ---------------------------------------------------------------------------
# headers and whole messages
# ---------------------------------------------------------------------------


def _addr(a):
    if isinstance(a, str):
        if a in STAFF:
            s = STAFF[a]
            return formataddr((s['name'], s['addr']))
        return a
    return formataddr(a, charset='utf-8')


def _addrlist(lst):
    if not isinstance(lst, list):
        lst = [lst]
    items = [_addr(a) for a in lst]
    out, line = [], ''
    for i, it in enumerate(items):
        piece = it + (',' if i < len(items) - 1 else '')
        if line and len(line) + len(piece) > 70:
            out.append(line)
            line = piece
        else:
            line = (line + ' ' + piece) if line else piece
    out.append(line)
    return '\r\n '.join(out)


def _subject(s):
    try:
        s.encode('ascii')
    except UnicodeEncodeError:
        return Header(s, 'utf-8', header_name='Subject').encode(linesep='\r\n')
    if len(s) + 9 <= 78:
        return s
    words, out, line = s.split(' '), [], ''
    for w in words:
        if line and len(line) + 1 + len(w) > 66:
            out.append(line)
            line = w
        else:
            line = (line + ' ' + w) if line else w
    out.append(line)
    return '\r\n '.join(out)


MAILERS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'owa': ('X-MS-Has-Attach', ''),
    'tb': ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1'),
    'ios': ('X-Mailer', 'iPhone Mail (22D82)'),
    'crm': ('X-Mailer', 'Rheinbogen KOMPASS Korrespondenz 7.4'),
    'portal': ('X-Mailer', 'Rheinbogen SecureMail Notifier 3.2'),
    'news': ('X-Mailer', 'Rheinbogen Newsletter Service 2.9'),
}


def build(frm, to, subject, date, body, cc=None, reply_to=None, irt=None, refs=None, mailer=None,
          msgid=None, extra=None, lang=None, bcc_note=False):
    """Return a top-level Part (a whole message)."""
    h = [('Date', date), ('From', _addrlist([frm]))]
    h.append(('To', _addrlist(to)))
    if cc:
        h.append(('Cc', _addrlist(cc)))
    if reply_to:
        h.append(('Reply-To', _addrlist(reply_to)))
    h.append(('Subject', _subject(subject)))
    if msgid is None:
        frm_addr = STAFF[frm]['addr'] if isinstance(frm, str) and frm in STAFF else (
            frm[1] if isinstance(frm, tuple) else frm)
        dom = frm_addr.rsplit('@', 1)[1].rstrip('>')
        msgid = mid(dom)
    h.append(('Message-ID', msgid))
    if irt:
        h.append(('In-Reply-To', irt))
        h.append(('References', refs or irt))
    elif refs:
        h.append(('References', refs))
    h.append(('MIME-Version', '1.0'))
    if lang:
        h.append(('Content-Language', lang))
    if mailer:
        k, v = MAILERS[mailer]
        if k == 'X-MS-Has-Attach':
            h.append(('X-MS-Has-Attach', 'yes' if body.parts else ''))
            h.append(('X-MS-TNEF-Correlator', ''))
        else:
            h.append((k, v))
    for k, v in (extra or []):
        h.append((k, v))
    own = [(k, v) for (k, v) in body.headers if k.lower() != 'content-language' or not lang]
    return Part(h + own, body=body.body, parts=body.parts, boundary=body.boundary, preamble=body.preamble)


def inner(frm, to, subject, date, body, **kw):
    """A complete message as bytes, e.g. for message/rfc822 attachments."""
    return build(frm, to, subject, date, body, **kw).serialize()


def ref(local, domain):
    """A Message-ID of a mail we received (for In-Reply-To)."""
    return '<%s@%s>' % (local, domain)


# ---------------------------------------------------------------------------
# attachment writers (standard library only, deterministic)
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def zipbytes(members, when=ZIP_TIME):
    """members: list of (name, bytes[, stored])"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    return bio.getvalue()


def _pdf_str(s):
    b = s.encode('cp1252')
    return b'(' + b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'


def pdf(pages, title='', author='Rheinbogen Versicherung AG', when='20260105090000', compress=True,
        producer='Rheinbogen DocGen 5.1'):
    """pages: list of pages; a page is a list of lines; a line starting with '# ' is bold."""
    objs = []  # index 0 -> object 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_obj = add(None)
    f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    kids = []
    for lines in pages:
        cs = [b'BT', b'/F1 10 Tf', b'14 TL', b'56 790 Td']
        cur = 'F1'
        for ln in lines:
            want = 'F2' if ln.startswith('# ') else 'F1'
            t = ln[2:] if ln.startswith('# ') else ln
            if want != cur:
                cs.append(b'/%s %s Tf' % (want.encode(), b'12' if want == 'F2' else b'10'))
                cur = want
            cs.append(_pdf_str(t) + b' Tj T*')
        cs.append(b'ET')
        stream = b'\n'.join(cs) + b'\n'
        if compress:
            data = zlib.compress(stream, 9)
            content = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
        else:
            content = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream')
        pg = add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R '
                 b'/F2 %d 0 R >> >> /Contents %d 0 R >>' % (pages_obj, f1, f2, content))
        kids.append(pg)
    objs[cat - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_obj
    objs[pages_obj - 1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (
        b' '.join(b'%d 0 R' % k for k in kids), len(kids))
    info = add(b'<< /Title ' + _pdf_str(title) + b' /Author ' + _pdf_str(author) + b' /Producer ' +
               _pdf_str(producer) + b' /CreationDate (D:' + when.encode() + b'+01\'00\') >>')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, cat, info, xref)
    return out


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')


def _wrun(t, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(t))


def docx(blocks, title='', author='Rheinbogen Versicherung AG', when='2026-01-05T09:00:00Z'):
    """blocks: str (paragraph), ('h', str) heading, ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p>%s</w:p>' % (_wrun(b) if b else ''))
        elif b[0] == 'h':
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % _wrun(b[1], True))
        elif b[0] == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
            t += ['<w:gridCol w:w="%d"/>' % (9000 // ncol)] * ncol
            t.append('</w:tblGrid>')
            for r in rows:
                t.append('<w:tr>')
                for c in list(r) + [''] * (ncol - len(r)):
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>' % (
                        9000 // ncol, _wrun(str(c)) if str(c) else ''))
                t.append('</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W_NS, ''.join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
    core = CORE_XML.format(title=xesc(title), author=xesc(author), when=when)
    return zipbytes([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                     ('word/document.xml', doc.encode()), ('docProps/core.xml', core.encode())])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='', author='Rheinbogen Versicherung AG', when='2026-01-05T09:00:00Z'):
    """sheets: list of (name, rows); cells str / int / float / None."""
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    rns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref_ = '%s%d' % (_col(ci), ri)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref_, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (
                        ref_, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>%s'
              '</sheetData></worksheet>' % (ns, ''.join(xr)))
        files.append(('xl/worksheets/sheet%d.xml' % i, ws.encode()))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name, {'"': '&quot;'}), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (
            i, rns, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                       'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n + 1, rns))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s">'
          '<sheets>%s</sheets></workbook>' % (ns, rns, ''.join(wb_sheets)))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
           'openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wb_rels))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
              'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
              '<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" '
              'builtinId="0"/></cellStyles></styleSheet>' % ns)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/>%s'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/></Types>' % ''.join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>' % rns)
    core = CORE_XML.format(title=xesc(title), author=xesc(author), when=when)
    return zipbytes([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                     ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', wbr.encode()),
                     ('xl/styles.xml', styles.encode()), ('docProps/core.xml', core.encode())] + files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(kind, body_xml, title, when):
    mt = MIME_ODT if kind == 'text' else MIME_ODS
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:%s>%s</office:%s></office:body></office:document-content>' % (
                   ODF_NS, kind, body_xml, kind))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles/></office:document-styles>' % ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><meta:creation-date>%s</meta:creation-date></office:meta>'
            '</office:document-meta>' % (ODF_NS, xesc(title), when))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    return zipbytes([('mimetype', mt.encode(), True), ('content.xml', content.encode()),
                     ('styles.xml', styles.encode()), ('meta.xml', meta.encode()),
                     ('META-INF/manifest.xml', manifest.encode())])


def _ods_table(name, rows):
    out = ['<table:table table:name="%s">' % xesc(name, {'"': '&quot;'})]
    for r in rows:
        out.append('<table:table-row>')
        for v in r:
            if v is None or v == '':
                out.append('<table:table-cell/>')
            elif isinstance(v, (int, float)):
                out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                           '</table:table-cell>' % (repr(v), repr(v)))
            else:
                out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                           % xesc(str(v)))
        out.append('</table:table-row>')
    out.append('</table:table>')
    return ''.join(out)


def odt(blocks, title='', when='2026-01-05T09:00:00'):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<text:p>%s</text:p>' % xesc(b))
        elif b[0] == 'h':
            body.append('<text:h text:outline-level="1">%s</text:h>' % xesc(b[1]))
        elif b[0] == 'table':
            body.append(_ods_table('Tabelle1', b[1]))
    return _odf('text', ''.join(body), title, when)


def ods(sheets, title='', when='2026-01-05T09:00:00'):
    return _odf('spreadsheet', ''.join(_ods_table(n, r) for n, r in sheets), title, when)


def csvtext(rows, delim=';'):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def _ics_fold(line):
    b = line.encode('utf-8')
    out = []
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
    out.append(b)
    return b'\r\n '.join(out).decode('utf-8')


def ics(events, method='REQUEST', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'):
    """events: list of dicts with uid, start, end (YYYYMMDDTHHMMSS), summary, location, desc, organizer."""
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'METHOD:' + method,
         'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
         'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT', 'BEGIN:STANDARD',
         'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000',
         'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE']
    for e in events:
        L += ['BEGIN:VEVENT', 'UID:' + e['uid'], 'DTSTAMP:' + e.get('stamp', '20260101T080000Z'),
              'DTSTART;TZID=Europe/Berlin:' + e['start'], 'DTEND;TZID=Europe/Berlin:' + e['end'],
              'SUMMARY:' + e['summary']]
        if e.get('location'):
            L.append('LOCATION:' + e['location'])
        if e.get('desc'):
            L.append('DESCRIPTION:' + e['desc'].replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
                     .replace('\n', '\\n'))
        if e.get('organizer'):
            L.append('ORGANIZER;CN=%s:mailto:%s' % e['organizer'])
        for cn, a in e.get('attendees', []):
            L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, a))
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return '\r\n'.join(_ics_fold(x) for x in L) + '\r\n'


def ics_part(events, filename='invite.ics', method='REQUEST'):
    data = ics(events, method=method).encode('utf-8')
    h = [('Content-Type', 'text/calendar; charset="utf-8"; method=%s; %s' % (method, _param('name', filename))),
         ('Content-Transfer-Encoding', 'base64'),
         ('Content-Disposition', 'attachment; ' + _param('filename', filename))]
    return Part(h, encode_body(data, 'base64'))


class _H2T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'head'):
            self.skip += 1
        if tag in ('br', 'p', 'div', 'tr', 'h1', 'h2', 'h3', 'li', 'table'):
            self.out.append('\n')
        if tag == 'li':
            self.out.append('* ')
        if tag in ('td', 'th'):
            self.out.append('\t')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'head'):
            self.skip -= 1
        if tag in ('p', 'h1', 'h2', 'h3', 'table', 'ul', 'ol'):
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            s = ' '.join(data.split())
            if s and data[:1].isspace():
                s = ' ' + s
            if s and data[-1:].isspace():
                s += ' '
            self.out.append(s if s else (' ' if data else ''))


def html2text(h):
    p = _H2T()
    p.feed(h)
    t = ''.join(p.out)
    lines = [ln.strip() for ln in t.split('\n')]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if not blank and out:
                out.append('')
            blank = True
        else:
            out.append(ln.replace('\t', '  ').strip())
            blank = False
    return '\n'.join(out).strip() + '\n'


# ---------------------------------------------------------------------------
# the invented company: staff, signatures, footers
# ---------------------------------------------------------------------------

STAFF = {}


def _staff(key, name, local, title_de, title_en, ext, mobile=None):
    STAFF[key] = dict(name=name, addr='%s@%s' % (local, DOM), title_de=title_de, title_en=title_en, ext=ext,
                      mobile=mobile)


_staff('keller', 'Hannah Keller', 'hannah.keller', 'Kundenservice International',
       'International Customer Service', '4120')
_staff('brandt', 'Tobias Brandt', 'tobias.brandt', 'Schaden International (Kfz, Sach, Haftpflicht)',
       'International Claims (motor, property, liability)', '4310')
_staff('yilmaz', 'Dr. med. Miriam Yilmaz', 'miriam.yilmaz', 'Beratungsärztin, Leistung Kranken International',
       'Medical Adviser, International Health Claims', '4450')
_staff('petersen', 'Jonas Petersen', 'jonas.petersen', 'Broker Desk International',
       'Broker Desk International', '4200', '+49 171 5550 4200')
_staff('demir', 'Aylin Demir', 'aylin.demir', 'Leben & Vorsorge International',
       'Life & Pensions International', '4520')
_staff('grant', 'Olivia Grant', 'olivia.grant', 'Partner- und Netzwerkmanagement',
       'Partner & Network Management (assistance, hospitals)', '4610', '+49 160 5550 4610')
_staff('wendt', 'Markus Wendt', 'markus.wendt', 'Underwriting Firmenkunden International',
       'Commercial Underwriting International', '4700')
_staff('roth', 'Sabine Roth', 'sabine.roth', 'Leiterin International Desk', 'Head of International Desk', '4100')
_staff('haas', 'Felix Haas', 'felix.haas', 'IT-Servicedesk', 'IT Service Desk', '2000')
_staff('vogt', 'Leonie Vogt', 'leonie.vogt', 'Unternehmenskommunikation', 'Corporate Communications', '1300')
_staff('okafor', 'Daniel Okafor', 'daniel.okafor', 'Leistung Reise & Assistance',
       'Travel & Assistance Claims', '4380')
_staff('lang', 'Katrin Lang', 'katrin.lang', 'Leistung Unfall', 'Accident Claims', '4470')
_staff('richter', 'Paul Richter', 'paul.richter', 'Rechtsabteilung', 'Legal Department', '3100')
_staff('hoffmann', 'Eva Hoffmann', 'eva.hoffmann', 'Finanzen / Inkasso', 'Finance / Collections', '3500')
_staff('bauer', 'Ines Bauer', 'ines.bauer', 'Personalabteilung', 'Human Resources', '1800')
_staff('nguyen', 'Thi Lan Nguyen', 'thilan.nguyen', 'Büro des Datenschutzbeauftragten',
       'Office of the Data Protection Officer', '3900')
_staff('schulte', 'Bernd Schulte', 'bernd.schulte', 'Leistung Kranken International (Sachbearbeitung)',
       'International Health Claims', '4430')
_staff('fischer', 'Julia Fischer', 'julia.fischer', 'Vertrag Sach/HUK International',
       'Policy Administration (property & motor), International', '4330')

# system mailboxes
STAFF['portal'] = dict(name='Rheinbogen SecureMail', addr='noreply-securemail@' + DOM)
STAFF['cert'] = dict(name='Rheinbogen Zertifikatsdienst', addr='zertifikat@' + DOM)
STAFF['news'] = dict(name='Rheinbogen Expat Health News', addr='newsletter@' + DOM)
STAFF['brokernews'] = dict(name='Rheinbogen Broker Desk', addr='broker-desk@' + DOM)
STAFF['intl'] = dict(name='Rheinbogen International Desk', addr='international@' + DOM)
STAFF['press'] = dict(name='Rheinbogen Presse', addr='presse@' + DOM)
STAFF['claimsintl'] = dict(name='Rheinbogen International Claims', addr='claims-international@' + DOM)

FOOT_DE = """--
Rheinbogen Versicherung AG · Rheinuferstraße 40 · 50679 Köln
Sitz der Gesellschaft: Köln · Registergericht: Amtsgericht Köln HRB 99133
Vorsitzende des Aufsichtsrats: Dr. Ursula Feldkamp
Vorstand: Martin Aldenhoven (Vorsitzender), Petra Sommerfeld, Dr. Kai Lindqvist
Informationen zum Datenschutz: https://www.rheinbogen-versicherung.example/datenschutz"""

FOOT_EN = """--
Rheinbogen Versicherung AG · Rheinuferstrasse 40 · 50679 Cologne · Germany
Registered office: Cologne · Register court: Amtsgericht Köln HRB 99133
Chair of the Supervisory Board: Dr. Ursula Feldkamp
Board of Management: Martin Aldenhoven (Chair), Petra Sommerfeld, Dr. Kai Lindqvist
Privacy notice: https://www.rheinbogen-versicherung.example/en/privacy

This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""

FOOT_ASCII = """--
Rheinbogen Versicherung AG, Rheinuferstrasse 40, 50679 Cologne, Germany
Amtsgericht Koeln HRB 99133 - Board: M. Aldenhoven (Chair), P. Sommerfeld, Dr. K. Lindqvist"""


def sig(key, lang='en', foot=True, short=False, ascii_only=False):
    s = STAFF[key]
    name = s['name']
    if ascii_only:
        name = name.replace('ö', 'oe').replace('ü', 'ue').replace('ä', 'ae')
    if short:
        return name.split(' ')[-2] if name.startswith('Dr.') else name.split(' ')[0]
    title = s['title_de'] if lang == 'de' else s['title_en']
    if ascii_only:
        title = title.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')
    phone = '+49 221 5550-%s' % s['ext']
    lines = [name, title, 'Rheinbogen Versicherung AG' + (' | International Desk' if lang == 'en' else ''),
             ('Tel.' if lang == 'de' else 'Phone') + ' ' + phone]
    if s.get('mobile'):
        lines.append(('Mobil' if lang == 'de' else 'Mobile') + ' ' + s['mobile'])
    lines.append(s['addr'])
    out = '\n'.join(lines)
    if foot:
        out += '\n\n' + (FOOT_ASCII if ascii_only else (FOOT_DE if lang == 'de' else FOOT_EN))
    return out


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = {}


def mail(n, label, lang, kind, reason):
    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = (fn, label, lang, kind, reason)
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================


@mail(1, N, 'en', 'newsletter',
      'trap: expat health newsletter (dengue season, vaccinations, mental health, claims tips) - no person, no contract')
def _():
    h = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Expat Health News - Spring 2026</title>
<style>body{font-family:Arial,sans-serif;color:#1d2b3a} h2{color:#0a5c7a} .box{background:#eef6f9;padding:12px}</style>
</head><body>
<p style="font-size:11px;color:#777">Having trouble reading this? <a href="https://news.rheinbogen-versicherung.example/v/2026-03">View it in your browser</a></p>
<h1>Expat Health News &ndash; Spring 2026</h1>
<p>Dear members of Rheinbogen GlobalHealth,</p>
<p>the days are getting longer in Europe, the monsoon is approaching in South and South-East Asia, and
many of you are planning home leave. Here is what our medical and service teams would like you to know this season.</p>
<h2>1. Dengue season: what you can do</h2>
<p>Health authorities in several Asian and Latin American countries expect an early dengue season. There is no
specific medicine against dengue fever; prevention means avoiding mosquito bites: repellent with DEET or icaridin,
long sleeves at dusk and dawn, screens on windows. If you develop a high fever, severe headache or pain behind the
eyes, see a doctor and avoid ibuprofen and aspirin until dengue has been ruled out.</p>
<h2>2. Vaccinations before you travel</h2>
<p>Your GlobalHealth plan (Plus and Premier) reimburses travel vaccinations recommended by the WHO or the German STIKO
for your country of residence, up to the limit in your table of benefits. Check your vaccination record at least six
weeks before departure &ndash; some vaccines need two doses.</p>
<h2>3. Mental health abroad</h2>
<div class="box"><p>Moving countries is one of the most stressful life events there are. Loneliness, burn-out and anxiety are
no less common among expatriates than at home &ndash; they are just harder to talk about. All GlobalHealth members
can use our 24/7 Employee &amp; Member Assistance line for up to six free counselling sessions per year, in
English, German, French, Spanish and Mandarin. No referral needed, and nothing is reported to your employer.</p></div>
<h2>4. Submitting claims: three tips</h2>
<ul><li>Photograph the whole invoice, including the diagnosis and the doctor's stamp.</li>
<li>Invoices in Thai, Arabic or Japanese are fine &ndash; we translate them.</li>
<li>Use the Rheinbogen app or the secure portal, never plain e-mail, for anything with medical details.</li></ul>
<h2>5. New direct-billing hospitals</h2>
<p>Since January our network has grown by 38 hospitals, including facilities in Nairobi, Ho Chi Minh City, Lima and
Tbilisi. Search the network at <a href="https://www.rheinbogen-versicherung.example/en/globalhealth/network">rheinbogen-versicherung.example/en/globalhealth/network</a>.</p>
<p>Stay healthy,<br>your Rheinbogen GlobalHealth team</p>
<hr>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed to Expat Health News.
<a href="https://news.rheinbogen-versicherung.example/unsubscribe">Unsubscribe</a> &middot;
Rheinbogen Versicherung AG, Rheinuferstrasse 40, 50679 Cologne, Germany &middot; Amtsgericht K&ouml;ln HRB 99133</p>
</body></html>
"""
    return build('news', [('Expat Health News', 'expat-health-news@lists.rheinbogen-versicherung.example')],
                 'Expat Health News - Spring 2026: dengue season, vaccinations, mental health',
                 D(3, 17, 7, 30), alt(text(html2text(h), cte='quoted-printable'), html(h), style='java'),
                 mailer='news', extra=[('List-Unsubscribe', '<https://news.rheinbogen-versicherung.example/unsubscribe>'),
                                       ('Precedence', 'bulk')])


@mail(2, C, 'en', 'insurer-to-customer',
      'motor claim of a British expat in Munich: claim number, plate, policy - parking damage, nobody hurt')
def _():
    b = """Dear Mr Ashworth,

thank you for reporting the damage to your car so quickly and for the photos.

We have opened the claim under your motor policy KF-4471 2093:

  Claim number:   S-26-0031874
  Vehicle:        Volvo XC40, registration M-RA 5521
  Date of loss:   21 January 2026, car park Arnulfstraße, Munich
  What happened:  a reversing van scraped the rear bumper while your car was parked

As the other driver left a note with his details, we will contact his insurer directly and claim the
repair costs from them. You do not have to do anything else for now. If you would like to have the car
repaired straight away, you can use one of our partner garages (list at
https://www.rheinbogen-versicherung.example/en/motor/garages) - they will bill us directly and you
will not lose your no-claims discount.

Please do not hesitate to call me if anything is unclear. I am in the office Monday to Thursday.

Kind regards

""" + sig('brandt', 'en')
    return build('brandt', [('Richard Ashworth', 'r.ashworth@mailbox.example')],
                 'Your claim S-26-0031874 - damage to your Volvo (M-RA 5521)', D(1, 22, 11, 4),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook',
                 irt=ref('CAF7x2kqP0w1', 'mailbox.example'))


@mail(3, S, 'en', 'insurer-to-hospital',
      'guarantee of payment to a Bangkok hospital: named patient, dengue fever A97.1, inpatient stay')
def _():
    b = """Dear Ms Srisuk,
Dear colleagues of the International Patient Services,

re: Guarantee of Payment - our ref. GH-26-004815

Patient:        Mr Lukas Brenner, born 14.02.1989
Policy:         Rheinbogen GlobalHealth Plus, GH-2026-0048731
Admission:      02 April 2026, via emergency department
Diagnosis:      Dengue fever with warning signs (ICD-10 A97.1), thrombocytopenia

We hereby confirm that we will cover the costs of the medically necessary inpatient treatment of the
above patient in a standard single room, initially for 5 days (02-06 April 2026), up to THB 280,000.
Deductible: none for inpatient treatment under this plan.

Not covered under this guarantee: personal items, telephone, accompanying person's meals.

Please send us a medical update on day 4 (platelet count and planned discharge date) and, after
discharge, the itemised final invoice together with the discharge summary. If the stay has to be
extended, please ask for an extension before the guarantee expires.

Invoices: claims-international@rheinbogen-versicherung.example, marked with our ref. GH-26-004815,
via your hospital's encrypted channel as usual.

With kind regards

""" + sig('schulte', 'en', ascii_only=True)
    return build('schulte', [('Ploy Srisuk', 'ips@riverside-hospital-bkk.example')], 'GOP GH-26-004815 - Mr L. Brenner',
                 D(4, 2, 15, 41), text(b, cs='us-ascii', cte='7bit'), cc=['claimsintl'], mailer='outlook',
                 irt=ref('IPS.20260402.0931', 'riverside-hospital-bkk.example'))


@mail(4, N, 'de', 'internal',
      'trap: minutes of a process meeting on repatriation cases (ambulance jets, medical escort, SLA) - no case, no person')
def _():
    b = """Hallo zusammen,

anbei wie versprochen das Kurzprotokoll unserer Prozessrunde "Rücktransporte" von gestern.

Teilnehmende: S. Roth, O. Grant, D. Okafor, Dr. M. Yilmaz, B. Schulte, Vertreter Meridian Assist (per Teams)

1. Ausgangslage
   2025 hatten wir 41 Rücktransporte (Ambulanzjet 9, Linienflug mit ärztlicher Begleitung 23,
   Linienflug sitzend/liegend ohne Begleitung 9). Durchschnittliche Zeit von der Meldung bis zur
   Kostenzusage: 19 Stunden - Ziel laut SLA sind 12 Stunden.

2. Engpass Beratungsarzt
   Die medizinische Transportfähigkeit wird bisher ausschließlich von unserem Beratungsärztlichen
   Dienst bestätigt. Vorschlag: Bei Standardfällen (Fraktur der unteren Extremität, stabil, keine
   Intensivpflicht) entscheidet der Assisteur-Arzt allein, wir werden nur informiert.
   -> Dr. Yilmaz prüft, welche Fallgruppen in Frage kommen. Termin: 15.05.

3. Kostenrahmen
   Ambulanzjet-Einsätze ab 40.000 EUR weiterhin nur mit Freigabe Teamleitung.

4. Datenschutz
   Fallberichte des Assisteurs kommen z. T. noch als unverschlüsselte PDF per Mail. O. Grant klärt
   mit Meridian die Umstellung auf das Portal bzw. Domänenverschlüsselung bis Ende Juni.

5. Nächster Termin: 18.06., 10:00 Uhr, Raum 4.12 / Teams

Ergänzungen bitte bis Freitag an mich.

Viele Grüße
Sabine

""" + sig('roth', 'de', foot=False)
    return build('roth', ['grant', 'okafor', 'yilmaz', 'schulte'], 'Protokoll Prozessrunde Rücktransporte 28.04.',
                 D(4, 29, 8, 12), text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(5, C, 'de', 'insurer-to-customer',
      'premium refund after cancellation of household insurance (move to Spain): named customer, policy, IBAN')
def _():
    ib = iban('DE', '50010517' + '5401237788')
    b = """Sehr geehrte Frau Lindemann,

wir bestätigen die Beendigung Ihrer Hausratversicherung HR-88 301 552 zum 31.03.2026 wegen
Ihres Umzugs nach Valencia.

Für den Zeitraum 01.04. bis 31.12.2026 haben Sie den Beitrag bereits im Voraus gezahlt. Den nicht
verbrauchten Beitrag von 143,28 EUR erstatten wir Ihnen in den nächsten Tagen auf Ihr Konto

    Kontoinhaberin: Gabriele Lindemann
    IBAN:           %s
    Bank:           ING-DiBa

Bitte beachten Sie: Ihre Privathaftpflichtversicherung PH-23 774 019 läuft unverändert weiter und
gilt auch in Spanien. Ihre neue Anschrift (Carrer de la Reina 18, 46011 València) haben wir dort
ebenfalls gespeichert.

Für Ihren Neustart wünschen wir Ihnen alles Gute!

Mit freundlichen Grüßen

""" % ib + sig('fischer', 'de')
    return build('fischer', [('Gabriele Lindemann', 'gabi.lindemann@postfach.example')],
                 'Ihre Hausratversicherung HR-88 301 552 - Beitragserstattung', D(3, 9, 14, 20),
                 text(b, cs='iso-8859-1', cte='8bit'), mailer='crm')


@mail(6, S, 'de', 'insurer-to-customer',
      'daily sickness allowance of a cross-border worker (Trier/Luxembourg): incapacity certificate, lumbago M54.5')
def _():
    b = """Sehr geehrter Herr Kremer,

vielen Dank für die Zusendung der Arbeitsunfähigkeitsbescheinigung Ihres Hausarztes in Trier und
der Bescheinigung Ihres Arbeitgebers in Luxemburg.

Zu Ihrer Krankentagegeldversicherung KT-60 218 334:

- arbeitsunfähig seit:          09.02.2026
- Diagnose laut Bescheinigung:  M54.5 (Kreuzschmerz), M51.2 (Bandscheibenverlagerung)
- Karenzzeit Ihres Tarifs:      42 Tage, also Leistung ab dem 23.03.2026
- vereinbartes Tagegeld:        95,00 EUR

Da Sie in Luxemburg arbeiten, zahlt Ihr Arbeitgeber zunächst Ihr Gehalt weiter und danach die
luxemburgische Gesundheitskasse (CNS) ein Krankengeld. Unser Krankentagegeld leisten wir
zusätzlich, solange das Nettoeinkommen nicht überschritten wird. Bitte schicken Sie uns deshalb
ab dem 23.03. alle zwei Wochen eine Folgebescheinigung Ihres Arztes sowie den Bescheid der CNS
über das Krankengeld.

Am einfachsten laden Sie die Unterlagen in unserem SecureMail-Portal hoch - dann sind sie sicher
verschlüsselt und gehen direkt an mich.

Gute Besserung!

Mit freundlichen Grüßen

""" + sig('schulte', 'de')
    return build('schulte', [('Thomas Kremer', 'thomas.kremer@webpost.example')],
                 'Ihr Krankentagegeld - Arbeitsunfähigkeit seit 09.02.2026', D(3, 4, 10, 55),
                 text(b, cs='utf-8', cte='8bit', flowed=False), mailer='outlook')


@mail(7, N, 'en', 'insurer-to-customer',
      'portal notification mail: new secure message, no content, no contract data')
def _():
    h = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>New secure message</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#0a5c7a;color:#fff;padding:14px 20px;font-size:18px">Rheinbogen SecureMail</td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>you have received a new secure message from Rheinbogen Versicherung AG.</p>
<p>For your protection, the content is not included in this e-mail. Please sign in to your mailbox to read it:</p>
<p><a href="https://securemail.rheinbogen-versicherung.example/login" style="background:#0a5c7a;color:#fff;padding:10px 18px;text-decoration:none">Open SecureMail</a></p>
<p>The message will be kept for 90 days. You can download it as a PDF or as an e-mail file.</p>
<p>Never share your password. Rheinbogen staff will never ask you for it.</p>
<p style="color:#666;font-size:12px">This notification was sent automatically. Please do not reply to it.<br>
Deutsch: Sie haben eine neue sichere Nachricht erhalten &ndash; bitte melden Sie sich im Portal an.</p>
</td></tr></table>
</body></html>
"""
    return build('portal', [('', 'j.okonkwo-baum@inbox-mail.example')], 'You have a new secure message',
                 D(2, 11, 16, 3), html(h, cs='utf-8', cte='quoted-printable'), mailer='portal',
                 extra=[('Auto-Submitted', 'auto-generated')])


@mail(8, S, 'en', 'insurer-to-assistance',
      'medical evacuation Nairobi to Johannesburg: named patient, femur fracture S72.0, ICU, escort')
def _():
    b = """Hi Carmen,

following our call just now - please go ahead with the evacuation for case MA-26-11873.

Patient:      Mrs Annika Sørensen-Voss, DOB 03/09/1977, GlobalHealth Premier GH-2025-0117206
Location:     Aga Wanjiru Hospital, Nairobi, ward 3B
Diagnosis:    closed fracture of the femoral neck, right (S72.0), after road traffic accident on 11 May;
              hip hemiarthroplasty recommended, local hospital cannot operate before 19 May
Condition:    stable, on IV analgesia, no ICU need, mild anaemia (Hb 10.1)

Decision by our medical adviser Dr Yilmaz: fit to fly on stretcher with medical escort (doctor +
nurse). Destination: Parkview Orthopaedic Hospital, Johannesburg - admission confirmed for
14 May by Dr Naidoo's team.

Please:
- book the air ambulance or stretcher on a scheduled flight, whichever is available first
  (cost approval up to EUR 38,000 - above that, call me)
- arrange ground ambulance at both ends
- send us the fit-to-fly form signed by the escorting doctor before departure

Her husband (Mr Henrik Voss, +254 722 555 019) would like to accompany her - the plan covers one
economy ticket for him.

Thanks a lot,
Daniel

""" + sig('okafor', 'en')
    return build('okafor', [('Carmen Ruiz, Meridian Assist', 'ops.madrid@meridian-assist.example')],
                 'RE: MA-26-11873 Sørensen-Voss - evacuation NBO-JNB approved', D(5, 12, 17, 48),
                 text(b, cs='utf-8', cte='quoted-printable'), cc=['yilmaz'], mailer='outlook',
                 irt=ref('MA-26-11873.7.ops', 'meridian-assist.example'))


@mail(9, C, 'en', 'insurer-to-customer',
      'household burglary claim, English-speaking customer in Munich: claim no., list of stolen items with values (XLSX)')
def _():
    b = """Dear Ms Calloway,

thank you for the police report (reference 0815-26-017743 of Munich police, PI 14) and for filling in
the list of stolen items so carefully. I have attached the list as we have recorded it - please check
it and let me know if anything is missing. Items with a value above EUR 1,000 need a receipt or another
proof of ownership (a photo with the item in it is fine, too).

Your household policy HR-91 004 117 covers the items at replacement value. Our loss adjuster,
Mr Gerstner from Sachverständigenbüro Lechner, will call you this week to arrange a short visit to
look at the balcony door.

The door itself is covered by your landlord's building insurance - please let your landlord know
as well.

Best regards

""" + sig('brandt', 'en')
    rows = [['Claim S-26-0044120 - burglary 14 Feb 2026 - Calloway, Schleißheimer Str. 211, 80809 München'],
            [],
            ['No.', 'Item', 'Bought', 'Price paid EUR', 'Receipt', 'Note'],
            [1, 'MacBook Pro 14"', '2024', 2399.0, 'yes', ''],
            [2, 'Canon EOS R8 with 24-105 lens', '2023', 2150.0, 'yes', ''],
            [3, 'Gold necklace (inherited)', '', 1800.0, 'no', 'valuation 2019 available'],
            [4, 'Bose headphones QC45', '2022', 329.0, 'no', ''],
            [5, 'Cash', '', 240.0, 'no', 'cash limit EUR 1,500'],
            [6, 'Leather jacket', '2021', 460.0, 'no', 'photo'],
            [],
            ['', 'Total', '', 7378.0, '', '']]
    x = xlsx([('Stolen items', rows)], title='Stolen items S-26-0044120', author='Tobias Brandt')
    return build('brandt', [('Megan Calloway', 'megan.calloway@freemail.example')],
                 'Claim S-26-0044120 - list of stolen items for your review', D(2, 18, 9, 37),
                 mixed(text(b, cte='quoted-printable'), att(x, MIME_XLSX, 'S-26-0044120_stolen_items.xlsx')),
                 mailer='outlook')


@mail(10, N, 'en', 'insurer-to-assistance',
      'trap: monthly SLA report to the assistance company - cases per country, response times, no patient data (XLSX)')
def _():
    b = """Dear Carmen, dear Pablo,

please find attached the SLA report for March 2026 as discussed in our quarterly review.

Headlines:
- 312 new medical cases (Feb: 287), 27 of them inpatient, 6 evacuations/repatriations
- calls answered within 20 seconds: 93.1 % (target 95 %) - the dip was in week 11, when the
  measles outbreak in the Philippines doubled the call volume for two days
- guarantee of payment issued within 4 hours: 88 % (target 90 %)
- complaints: 3, all about waiting times for call-backs

Could you send us by 20 April your action plan for the call-back queue? Happy to discuss it in
our call on the 23rd.

Best wishes
Olivia

""" + sig('grant', 'en', ascii_only=True)
    rows1 = [['Rheinbogen x Meridian Assist - SLA report March 2026'], [],
             ['KPI', 'Target', 'Jan', 'Feb', 'Mar'],
             ['Calls answered < 20 s', 0.95, 0.958, 0.951, 0.931],
             ['Abandoned calls', 0.03, 0.012, 0.019, 0.041],
             ['GOP issued < 4 h', 0.90, 0.91, 0.90, 0.88],
             ['Case report to insurer < 24 h', 0.95, 0.97, 0.96, 0.96],
             ['Complaints', 5, 1, 2, 3]]
    rows2 = [['Country', 'Outpatient', 'Inpatient', 'Evacuation/Repatriation', 'Total'],
             ['Thailand', 41, 6, 1, 48], ['UAE', 38, 4, 0, 42], ['Philippines', 33, 3, 1, 37],
             ['Kenya', 19, 3, 2, 24], ['Spain', 22, 2, 0, 24], ['USA', 14, 4, 1, 19], ['China', 17, 1, 0, 18],
             ['Other (31 countries)', 101, 4, 1, 106], ['Total', 285, 27, 6, 318]]
    x = xlsx([('KPIs', rows1), ('Cases by country', rows2)], title='SLA report March 2026', author='Olivia Grant')
    return build('grant', [('Carmen Ruiz', 'carmen.ruiz@meridian-assist.example'),
                           ('Pablo Ortega', 'pablo.ortega@meridian-assist.example')],
                 'SLA report March 2026', D(4, 8, 13, 15),
                 mixed(text(b, cs='us-ascii', cte='7bit'), att(x, MIME_XLSX, 'SLA_Meridian_2026-03.xlsx')),
                 mailer='outlook')


@mail(11, S, 'en', 'insurer-to-customer',
      'life insurance beneficiary change for an expat in Singapore: named insured, policy - personal line, no medical word')
def _():
    b = """Dear Mr Hartley,

we have received your signed request of 2 June and have changed the beneficiary of your term life
insurance GlobalLife Term LV 7 112 904 338 as follows, with effect from 5 June 2026:

  Insured person:       Mr Simon Hartley, Singapore
  Sum insured:          EUR 450,000
  Beneficiary (100 %):  Ms Mei Ling Tan, born 22/11/1986, your partner
  Previous beneficiary: Ms Claire Hartley (revoked)

The beneficiary designation is revocable. If you would like to make it irrevocable - for example
because the policy secures a mortgage - we need a separate declaration signed by you and by Ms Tan.

Your updated policy schedule is available in your SecureMail mailbox.

Kind regards

""" + sig('demir', 'en')
    return build('demir', [('Simon Hartley', 'simon.hartley@inbox-mail.example')],
                 'Your life policy LV 7 112 904 338 - change of beneficiary confirmed', D(6, 5, 9, 2),
                 text(b, cs='utf-8', cte='base64'), mailer='crm')


@mail(12, N, 'mixed', 'auto-reply',
      'trap: bilingual out-of-office of the medical adviser (mentions medical enquiries, no case)')
def _():
    b = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.08.2026 nicht im Büro und lese
meine E-Mails in dieser Zeit nicht.

Medizinische Anfragen zu laufenden Leistungsfällen richten Sie bitte an unser Team:
leistung-kranken-international@rheinbogen-versicherung.example oder Tel. +49 221 5550-4400.
In dringenden Fällen im Ausland erreichen Sie unsere Assistance rund um die Uhr unter
+49 221 5550-9111.

Thank you for your message. I am out of the office until 10 August 2026 inclusive and will not
be reading e-mail.

For medical questions on open claims please contact our team:
leistung-kranken-international@rheinbogen-versicherung.example or +49 221 5550-4400.
In an emergency abroad our assistance service is available 24/7 at +49 221 5550-9111.

Dr. med. Miriam Yilmaz
"""
    return build('yilmaz', [('Dr Oluwaseun Adebayo', 'o.adebayo@lagos-medcentre.example')],
                 'Automatische Antwort: Abwesenheit / Out of office', D(7, 27, 10, 18),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook',
                 irt=ref('b81f2c.adebayo', 'lagos-medcentre.example'),
                 extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


@mail(13, C, 'en', 'insurer-to-customer',
      'SEPA direct debit mandate confirmation for a liability policy: named customer, IBAN, mandate reference')
def _():
    ib = iban('DE', '10010010' + '0940713225')
    b = """Dear Dr Mukherjee,

thank you for setting up a SEPA direct debit for your personal liability insurance PH-24 118 650.

Mandate reference:   RBV-PH24118650-01
Creditor ID:         DE98ZZZ09999999999 (Rheinbogen Versicherung AG)
Account holder:      Dr Ananya Mukherjee
IBAN:                %s
First collection:    1 February 2026, EUR 74.90 (annual premium)

You will receive no further notice before each annual collection unless the amount changes.
You can ask your bank to refund a direct debit within eight weeks of the debit date.

Kind regards

""" % ib + sig('fischer', 'en', ascii_only=True)
    return build('fischer', [('Dr Ananya Mukherjee', 'ananya.m@freemail.example')],
                 'SEPA mandate for policy PH-24 118 650', D(1, 14, 8, 51), text(b, cs='us-ascii', cte='7bit'),
                 mailer='crm')


@mail(14, N, 'de', 'internal',
      'trap: internal job advert "Sachbearbeiter*in Leistung Kranken International" (medical invoices, diagnoses, English)')
def _():
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stellenausschreibung</title></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>für unser Team <b>Leistung Kranken International</b> suchen wir zum 1. Juli 2026 Verstärkung &ndash;
vielleicht kennt ihr jemanden, oder ihr habt selbst Lust auf einen Wechsel?</p>
<h3>Sachbearbeiter*in Leistung Kranken International (m/w/d), Vollzeit oder Teilzeit ab 30 Std.</h3>
<p><b>Ihre Aufgaben</b></p>
<ul>
<li>Prüfung von Arzt- und Krankenhausrechnungen aus aller Welt für unsere GlobalHealth-Kund*innen</li>
<li>Kostenzusagen für stationäre Behandlungen in Abstimmung mit unseren Beratungsärzt*innen und Assistance-Partnern</li>
<li>Korrespondenz mit Versicherten, Krankenhäusern und Maklern auf Deutsch und Englisch</li>
<li>Bewertung von Diagnosen (ICD-10) und Behandlungen auf medizinische Notwendigkeit</li>
</ul>
<p><b>Ihr Profil</b></p>
<ul>
<li>Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen oder medizinische Ausbildung (MFA, Pflege)</li>
<li>Sehr gutes Englisch, weitere Sprache (Französisch, Spanisch, Arabisch) willkommen</li>
<li>Sorgfalt im Umgang mit Gesundheitsdaten</li>
</ul>
<p>Wir bieten mobiles Arbeiten bis 60 %, 30 Tage Urlaub, betriebliche Krankenversicherung und ein Jobrad.</p>
<p>Interne Bewerbungen bitte bis 15.05. an <a href="mailto:ines.bauer@rheinbogen-versicherung.example">Ines Bauer</a>,
Personalabteilung. Die Ausschreibung erscheint ab 20.05. auch extern.</p>
<p>Viele Grüße<br>Ines Bauer<br>Personalabteilung, Tel. -1800</p>
</body></html>
"""
    return build('bauer', [('Alle Mitarbeitenden Köln', 'alle-koeln@rheinbogen-versicherung.example')],
                 'Interne Stellenausschreibung: Sachbearbeiter*in Leistung Kranken International',
                 D(4, 21, 9, 0), alt(text(html2text(h), cs='utf-8', cte='quoted-printable'), html(h)),
                 mailer='outlook')


@mail(15, S, 'en', 'insurer-to-customer',
      'maternity pre-authorisation for an expat in Dubai: pregnancy, expected delivery date, hospital, plan')
def _():
    b = """Dear Mrs Al-Rashid,

congratulations! We are happy to confirm the pre-authorisation for your delivery.

  Member:                 Mrs Sarah Al-Rashid (née Whitcombe)
  Policy:                 Rheinbogen GlobalHealth Premier, GH-2024-0093318
  Expected delivery date: 14 September 2026
  Hospital:               Al Noor Women's and Children's Hospital, Dubai (direct billing partner)
  Approved:               normal delivery or medically necessary caesarean section, up to 4 nights,
                          newborn care in the first 14 days, antenatal scans as per your table of benefits

As your waiting period of 10 months ended on 1 March 2026, the maternity benefit applies in full
(limit AED 60,000 per pregnancy).

Please remember to add your baby to the policy within 30 days after birth - then no health
questions will be asked. A short e-mail with the birth certificate is enough.

We wish you a good pregnancy and all the best for the birth.

Warm regards

""" + sig('keller', 'en')
    return build('keller', [('Sarah Al-Rashid', 'sarah.alrashid@inbox-mail.example')],
                 'Pre-authorisation for your delivery in September', D(6, 16, 12, 27),
                 text(b, cs='utf-8', cte='quoted-printable'), cc=['intl'], mailer='outlook',
                 irt=ref('20260615201144.sar', 'inbox-mail.example'))


@mail(16, C, 'en', 'insurer-to-partner',
      'instruction to a Croatian claims correspondent: motor accident of a named German customer in Split, no injuries')
def _():
    b = """Dear Mr Horvat,

we would kindly ask you to handle the following claim on our behalf in Croatia under our
correspondent agreement.

Our insured:     Mr Jörg Pfeiffer, Hauptstraße 7, 79576 Weil am Rhein, Germany
Policy:          motor third party liability KF-3390 5817, green card DE/055/3390581
Vehicle:         VW Passat Variant, LÖ-JP 412
Date / place:    9 August 2026, about 18:20, Ulica Domovinskog rata, Split
Claimant:        Ms Ivana Marić, Split, her Škoda Octavia ST 8841-KM
Circumstances:   our insured was turning left into a car park and overlooked the oncoming vehicle.
                 Both cars damaged at the front left. The police attended; nobody was injured.
                 Our insured accepts liability.

Please
- contact the claimant and her insurer,
- inspect the claimant's vehicle or have it inspected, and
- settle the property damage up to EUR 6,000 without further reference to us.

Your fee according to the agreement. The police report (Croatian) is in the attached scan you
already received from our customer via the European accident statement - if not, just let me know.

Kind regards

""" + sig('brandt', 'en')
    return build('brandt', [('Mario Horvat', 'm.horvat@adriatic-claims.example')],
                 'New instruction: Pfeiffer / Marić - MTPL claim Split 09.08.2026 - our ref. S-26-0071552',
                 D(8, 12, 10, 14), text(b, cs='utf-8', cte='8bit'), cc=['claimsintl'], mailer='outlook')


@mail(17, N, 'en', 'internal',
      'trap: IT ticket - OCR of medical invoices in Thai/Arabic script fails; technical, no invoice content')
def _():
    b = """Hi Felix,

quick one for the service desk - I opened INC-2026-118733 this morning but wanted to give you the
background.

Since the DocCapture update on Monday (v7.2 -> 7.3) the OCR step no longer recognises invoices in
Thai or Arabic script. Latin-script invoices are fine. The documents end up in the "manual
indexing" queue, which now has about 640 items - mostly hospital and doctors' invoices from our
GlobalHealth customers in Thailand and the Gulf states.

What we see:
- job log: "language pack tha/ara not found, fallback eng"
- the language packs are still in C:\\DocCapture\\tessdata on the old server, not on the new one

Could you check with the vendor whether the packs were dropped on purpose? Until then my team
indexes manually, so nothing is lost, it is just slow.

No screenshots attached on purpose (the queue shows patient names).

Thanks!
Bernd

""" + sig('schulte', 'en', foot=False)
    return build('schulte', ['haas'], 'OCR for Thai/Arabic invoices broken since DocCapture 7.3 (INC-2026-118733)',
                 D(3, 12, 9, 26), text(b, cs='us-ascii', cte='7bit'), mailer='outlook')


@mail(18, S, 'en', 'insurer-to-doctor',
      'request to an English-speaking GP for a medical report on a disability (BU) claim; burnout, questionnaire DOCX')
def _():
    b = """Dear Dr Whitmore,

your patient Mr Gareth Owens (born 30 November 1982) has claimed benefits under his occupational
disability insurance with us (policy BU 4 420 118 907) because of the exhaustion syndrome you have
been treating him for since January 2026.

With his signed consent and release from medical confidentiality (copy attached to our letter in
your SecureMail inbox), we would ask you to answer the attached questionnaire - in particular:

- diagnoses (with ICD-10 codes) and since when they exist,
- the course of treatment, medication and referrals (he mentioned a psychiatrist, Dr Brückner),
- your assessment of how far he is currently able to work as a software architect.

We will pay your fee according to GOÄ no. 85 (expert report) plus expenses. Please invoice us
with reference BU-L-26-0038.

If it is easier for you, you are welcome to upload the report in our secure portal instead of
e-mailing it - the link is in the notification you received yesterday.

With kind regards

""" + sig('demir', 'en')
    d = docx([('h', 'Medical questionnaire - occupational disability'),
              'Our reference: BU-L-26-0038 - Insured person: Gareth Owens, born 30.11.1982',
              'Policy BU 4 420 118 907 - Occupation: software architect, 40 h/week',
              '',
              '1. Since when have you been treating the patient, and for which conditions (ICD-10)?',
              '2. Which findings support the diagnosis of an exhaustion syndrome / depressive episode?',
              '3. Treatment so far (psychotherapy, medication with dose, inpatient or day-clinic stays):',
              '4. Is the patient currently unable to work? Since when, and for how long is this expected?',
              '5. Which of the following activities can the patient still carry out, and for how many hours a day?',
              ('table', [['Activity', 'Hours per day', 'Remarks'],
                         ['Concentrated screen work', '', ''],
                         ['Meetings / communication with clients', '', ''],
                         ['Working under time pressure', '', ''],
                         ['Travel', '', '']]),
              '6. Is a return to work likely within the next 6 months? Which measures would help?',
              '',
              'Place, date, stamp and signature of the doctor'],
             title='Medical questionnaire BU-L-26-0038', author='Aylin Demir')
    return build('demir', [('Dr Sarah Whitmore', 'praxis@whitmore-praxis.example')],
                 'Medical report request - your patient G. Owens - our ref. BU-L-26-0038', D(3, 24, 15, 8),
                 mixed(text(b, cte='quoted-printable'), att(d, MIME_DOCX, 'Questionnaire_BU-L-26-0038.docx')),
                 mailer='outlook')


@mail(19, N, 'en', 'insurer-to-prospect',
      'trap: prospect asks about international health plans (pre-existing conditions, maternity) - generic answer, no personal data')
def _():
    b = """Dear Ms Novak,

many thanks for your interest in Rheinbogen GlobalHealth, and congratulations on the new job in
Munich!

To answer your questions:

1. Do you need German statutory insurance or can you take an international plan?
   That depends on your employment contract and income. Employees in Germany earning below the
   compulsory insurance threshold (EUR 77,400 a year in 2026) must join a statutory fund. Above
   it, you can choose private insurance - and if you are posted to Germany by a foreign employer,
   an international plan like GlobalHealth may be the right choice.

2. Pre-existing conditions
   We ask health questions when you apply. Depending on the answers we accept the application as
   it is, with a surcharge, with an exclusion, or - rarely - not at all. Conditions that have been
   treated and have not needed treatment for five years usually do not matter.

3. Maternity
   Maternity is included in Plus and Premier after a waiting period of 10 months.

4. Premiums (2026, per month, worldwide excluding USA, EUR 500 deductible):
   age 25-29: Essential 142, Plus 219, Premier 318
   age 30-34: Essential 161, Plus 247, Premier 356
   age 35-39: Essential 188, Plus 284, Premier 401

The brochure and the tables of benefits are attached as a link, because they are a bit big for
e-mail: https://www.rheinbogen-versicherung.example/en/globalhealth/downloads

When you are ready, our online application takes about 20 minutes. Or, if you prefer, I can
arrange a call with one of our advisers - just reply with two or three time slots.

Best regards

""" + sig('keller', 'en')
    q = """
-----Original Message-----
From: Petra Novak <petra.novak@freemail.example>
Sent: Monday, 19 January 2026 21:47
To: international@rheinbogen-versicherung.example
Subject: Health insurance when moving to Germany

Hello, I am moving from Zagreb to Munich in April for a new job and my colleague recommended your
international plans. Do I need German insurance or can I take yours? What about pre-existing
conditions in general, and is maternity included? What do the plans cost roughly for someone in
their early thirties? Thanks, Petra
"""
    return build('keller', [('Petra Novak', 'petra.novak@freemail.example')],
                 'RE: Health insurance when moving to Germany', D(1, 20, 10, 12),
                 text(b + q, cs='utf-8', cte='quoted-printable'), mailer='outlook',
                 irt=ref('CAJx7-novak-0119', 'freemail.example'))


@mail(20, C, 'en', 'insurer-to-broker',
      'renewal list for a London broker: named clients, motor policies, plates, premiums (XLSX)')
def _():
    b = """Hi James,

as promised, attached the renewal list for your clients' motor policies due on 1 April 2026 -
12 policies, all UK nationals resident in Germany.

Two things to note:
- Mr Bellamy's new car (row 7) is still insured under the old plate - please ask him for the new
  registration certificate.
- Ms O'Neill (row 10) has had two claims in 2025, so the renewal is with a 15 % loading. Happy to
  talk this through if she wants to increase the deductible instead.

Renewal documents go out from our side on 1 March unless you tell me otherwise.

Cheers
Jonas

""" + sig('petersen', 'en')
    rows = [['Whitfield Expat Solutions Ltd - agency no. 70-4412 - motor renewals 01.04.2026'], [],
            ['Row', 'Policyholder', 'Policy', 'Vehicle', 'Plate', 'SF class', 'Premium 2025 EUR', 'Premium 2026 EUR'],
            [1, 'Thomas Ainsworth', 'KF-5021 3377', 'BMW 320d Touring', 'M-TA 2207', 'SF 12', 612.40, 598.10],
            [2, 'Rebecca Lowe', 'KF-5021 4410', 'Mini Cooper SE', 'M-RL 118E', 'SF 6', 488.00, 502.70],
            [3, 'Harjit Sandhu', 'KF-5022 0093', 'Skoda Superb', 'FS-HS 940', 'SF 9', 701.20, 689.00],
            [4, 'Niamh Gallagher', 'KF-5022 1176', 'VW ID.3', 'M-NG 33E', 'SF 3', 655.80, 640.30],
            [5, 'Oliver Pemberton', 'KF-5022 4481', 'Audi A4 Avant', 'STA-OP 71', 'SF 15', 543.90, 530.00],
            [6, 'Fiona MacLeod', 'KF-5023 0102', 'Volvo V60', 'M-FM 6060', 'SF 10', 590.00, 577.40],
            [7, 'Charles Bellamy', 'KF-5023 2218', 'Tesla Model Y (new)', 'M-CB 990E', 'SF 20', 512.30, 534.80],
            [8, 'Priya Raman', 'KF-5023 5530', 'Toyota Corolla', 'DAH-PR 24', 'SF 4', 610.70, 598.20],
            [9, 'Daniel Whitaker', 'KF-5024 0019', 'Ford Kuga', 'M-DW 1888', 'SF 8', 633.00, 621.50],
            [10, "Siobhan O'Neill", 'KF-5024 3360', 'Seat Leon', 'M-SO 412', 'SF 2 -> M', 702.10, 807.40],
            [11, 'Marcus Greene', 'KF-5024 7781', 'BMW X1', 'ED-MG 55', 'SF 11', 587.60, 575.00],
            [12, 'Hannah Brook', 'KF-5025 1123', 'Fiat 500e', 'M-HB 5E', 'SF 5', 431.20, 423.90]]
    x = xlsx([('Renewals 2026-04', rows)], title='Motor renewals Whitfield', author='Jonas Petersen')
    return build('petersen', [('James Whitfield', 'james@whitfield-expat.example')],
                 'Motor renewals 1 April - your clients', D(2, 3, 16, 40),
                 mixed(text(b, cte='quoted-printable'), att(x, MIME_XLSX, 'Whitfield_motor_renewals_2026-04.xlsx')),
                 cc=[('Lucy Park', 'lucy.park@whitfield-expat.example')], mailer='outlook')


@mail(21, S, 'de', 'insurer-to-customer',
      'surrender of a life policy on emigration to Canada: named policyholder, surrender value, IBAN - personal line')
def _():
    ib = iban('DE', '37040044' + '0780335120')
    b = """Sehr geehrter Herr Baumgärtner,

wie gewünscht haben wir Ihre Kapitallebensversicherung LV 6 203 117 450 zum 01.07.2026 gekündigt.

Abrechnung:
  Rückkaufswert zum 01.07.2026          18.412,63 EUR
  Überschussbeteiligung                  2.117,40 EUR
  abzgl. Kapitalertragsteuer inkl. Soli    411,52 EUR
  Auszahlungsbetrag                     20.118,51 EUR

Die Auszahlung erfolgt am 02.07.2026 auf Ihr Konto:
  Kontoinhaber: Florian Baumgärtner
  IBAN: %s

Da Sie Ihren Wohnsitz nach Vancouver verlegen, haben wir Ihnen die Steuerbescheinigung an Ihre
neue Adresse geschickt (2210 West 4th Avenue, Vancouver BC V6K 1N8). Eine Kopie liegt in Ihrem
Postfach im SecureMail-Portal.

Bitte beachten Sie: Mit der Kündigung endet auch der Todesfallschutz über 40.000 EUR. Wenn Sie in
Kanada neuen Schutz abschließen möchten, wenden Sie sich gern an uns - über unseren Partner
Great Lakes Mutual können wir eine Anschlusslösung anbieten.

Mit freundlichen Grüßen

""" % ib + sig('demir', 'de')
    return build('demir', [('Florian Baumgärtner', 'f.baumgaertner@postfach.example')],
                 'Kündigung Ihrer Lebensversicherung LV 6 203 117 450 - Abrechnung', D(6, 24, 11, 30),
                 text(b, cs='iso-8859-1', cte='quoted-printable'), mailer='crm')


@mail(22, N, 'de', 'insurer-to-customer',
      'trap: portal one-time password mail (credential, but no content and no contract data)')
def _():
    b = """Guten Tag,

für Sie wurde ein Postfach im SecureMail-Portal der Rheinbogen Versicherung AG eingerichtet,
weil wir Ihnen eine vertrauliche Nachricht senden möchten.

Ihr Einmal-Passwort lautet:   Kq7#vR2m-tX9p

Den Link zur Registrierung erhalten Sie in einer zweiten E-Mail. Melden Sie sich dort mit Ihrer
E-Mail-Adresse und diesem Einmal-Passwort an. Danach vergeben Sie ein eigenes Passwort und eine
Sicherheitsfrage.

Das Einmal-Passwort ist 7 Tage gültig.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Rheinbogen Versicherung AG - SecureMail
https://securemail.rheinbogen-versicherung.example
"""
    return build('portal', [('', 'm.schwarzkopf@webpost.example')], 'Ihr Einmal-Passwort für SecureMail',
                 D(5, 6, 14, 2, 31), text(b, cs='iso-8859-1', cte='quoted-printable'), mailer='portal',
                 extra=[('Auto-Submitted', 'auto-generated')])


@mail(23, C, 'de', 'insurer-to-customer',
      'eVB (electronic insurance confirmation) for a cross-border worker living in Alsace: name, birth date, address, eVB number')
def _():
    b = """Sehr geehrte Frau Wagner-Schmitt,

wie telefonisch besprochen erhalten Sie hier Ihre elektronische Versicherungsbestätigung (eVB)
für die Zulassung Ihres neuen Fahrzeugs in Deutschland:

  eVB-Nummer:          K7TQ2MX
  Versicherungsnehmerin: Nadine Wagner-Schmitt, geb. 17.06.1984
  Anschrift:           12 rue des Vosges, 67160 Wissembourg, Frankreich
  Halteranschrift DE:  c/o Schmitt Holzbau GmbH, Am Sägewerk 3, 76829 Landau
  Fahrzeug:            Opel Corsa-e, FIN W0V7H9EH3P4127733
  Tarif:               Kfz-Haftpflicht + Vollkasko, SB 300/150 EUR

Da Sie in Frankreich wohnen, aber das Fahrzeug überwiegend in Deutschland nutzen und hier
zulassen, brauchen wir für die Zulassungsstelle in Landau zusätzlich die Bestätigung Ihres
Arbeitgebers über die Firmenadresse. Die haben Sie uns ja schon geschickt - danke.

Die eVB gilt sechs Monate. Nach der Zulassung erhalten Sie Ihren Versicherungsschein.

Mit freundlichen Grüßen

""" + sig('fischer', 'de')
    return build('fischer', [('Nadine Wagner-Schmitt', 'nadine.ws@freemail.example')],
                 'Ihre eVB K7TQ2MX für den Opel Corsa-e', D(2, 26, 16, 5),
                 text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(24, S, 'en', 'assistance',
      'internal forward of an assistance company case report (message/rfc822): named patient, stroke I63.9, ICU in Manila')
def _():
    b = """Miriam,

case report from Blue Atlas below (attached as received). Could you have a look before 3 pm? They
want our view on the transfer to Singapore - I have the GOP for the local hospital ready, but not
for an evacuation yet.

Thanks
Bernd
"""
    rb = """Dear Rheinbogen team,

Case report 2 - BA-26-30412 - Mr Werner Holtkamp, DOB 08.03.1958, GlobalHealth Plus GH-2023-0071940

Admission 27.05.2026, 22:40, St. Luke's Global City, Manila, via ER. Sudden right-sided weakness and
aphasia at dinner. CT: no bleeding. MRI: acute ischaemic stroke, left MCA territory (I63.9).
Thrombolysis given at 00:15 (door-to-needle 95 min). Now ICU day 2, GCS 13, haemodynamically stable,
NIHSS improved from 14 to 9. Known hypertension and type 2 diabetes (metformin, amlodipine).

Treating neurologist: Dr Reyes. Planned: 3-5 more days ICU/stroke unit, then early rehabilitation.
Family (wife, Mrs Helga Holtkamp) requests transfer to Singapore or Germany for rehabilitation.

Our medical officer considers the patient not yet fit to fly. Re-assessment 01.06.

Estimated costs so far: PHP 1,240,000. GOP extension requested until 05.06.

Kind regards
Dr Rania Haddad
Medical Officer, Blue Atlas Medical Assistance, Dubai
"""
    inner_b = inner(('Dr Rania Haddad', 'medical@blueatlas-ma.example'), ['claimsintl'],
                    'Case report 2 - BA-26-30412 - HOLTKAMP, Werner', D(5, 29, 6, 12, tz='+0400'),
                    text(rb, cs='utf-8', cte='quoted-printable'), mailer='outlook')
    return build('schulte', ['yilmaz'], 'WG: Case report 2 - BA-26-30412 - HOLTKAMP, Werner', D(5, 29, 9, 44),
                 mixed(text(b, cs='us-ascii', cte='7bit'), rfc822(inner_b, 'Case report 2 - BA-26-30412.eml')),
                 mailer='outlook')


@mail(25, N, 'en', 'insurer-to-broker',
      'trap: webinar invitation for brokers "International health for digital nomads" (ICS) - product topics only')
def _():
    b = """Dear partners,

we would like to invite you to our next Broker Desk webinar:

  "Digital nomads, remote workers, posted employees - which international health cover fits?"
  Thursday, 23 April 2026, 15:00-16:00 CEST, online (Teams), in English

What we will cover:
- when a travel health policy is enough, and when it is not
- GlobalHealth Essential / Plus / Premier: benefits, waiting periods, pre-existing conditions
- cross-border workers and social security: A1 certificates, S1 forms
- how to submit a clean application (and what slows down underwriting)
- your questions

The session counts as 1 hour of IDD training ("Weiterbildungszeit"); you will get a certificate.

Please register by replying to this e-mail - the calendar invitation is attached.

Best regards

""" + sig('petersen', 'en')
    ev = [dict(uid='rb-broker-webinar-2026-04-23@rheinbogen-versicherung.example', start='20260423T150000',
               end='20260423T160000', summary='Broker Desk webinar: international health for digital nomads',
               location='Microsoft Teams', organizer=('Jonas Petersen', STAFF['petersen']['addr']),
               desc='Rheinbogen Broker Desk webinar (English). Join link: https://meet.rheinbogen-versicherung.example/'
                    'broker-desk/2026-04-23\nIDD training 60 minutes.')]
    return build('brokernews', [('Broker Desk partners', 'broker-partners@lists.rheinbogen-versicherung.example')],
                 'Invitation: webinar "International health for digital nomads" - 23 April', D(4, 2, 10, 0),
                 mixed(text(b, cte='quoted-printable'), ics_part(ev, 'webinar_2026-04-23.ics')),
                 mailer='outlook')


@mail(26, S, 'en', 'insurer-to-hospital',
      'invoice query to a Spanish private clinic: named patient, appendectomy K35.8, line items questioned')
def _():
    b = """Dear Ms Jiménez,

thank you for the final invoice no. FAC-2026/04417 for our insured Ms Charlotte Evers
(born 12/05/1996, GlobalHealth Essential GH-2025-0130052), treated in your clinic from
3 to 6 July 2026 for acute appendicitis (K35.8), laparoscopic appendectomy on 3 July.

Before we can pay, we need clarification on the following items:

  item 14  "Intensive monitoring, 2 days"   EUR 3,960.00
           The discharge summary does not mention an ICU or IMC stay; the patient was on the
           surgical ward according to the nursing notes. Please explain or correct.

  item 22  "Abdominal CT with contrast"     EUR 1,180.00
           An ultrasound had already confirmed the diagnosis. Please send the radiologist's
           indication for the additional CT.

  item 31  "Histopathology, 3 specimens"    EUR 870.00
           The histology report lists one specimen (appendix).

The remaining items (EUR 9,214.50) are approved and will be paid this week under our guarantee
of payment GH-26-006602.

Kind regards

""" + sig('schulte', 'en')
    return build('schulte', [('Lucía Jiménez', 'facturacion@clinica-marazul.example')],
                 'Invoice FAC-2026/04417 - C. Evers - items 14, 22, 31', D(7, 21, 14, 9),
                 text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(27, C, 'en', 'insurer-to-customer',
      'no-claims history letter of a UK insurer forwarded as message/rfc822: named driver, years without claims, policy')
def _():
    b = """Dear Mr Okoye,

good news: Thames & Harbour have confirmed your claims-free driving history (their letter is
attached). We can therefore place your new motor policy KF-4890 1127 in no-claims class SF 7
instead of SF 1/2 - your annual premium drops from EUR 1,184.60 to EUR 706.20.

The corrected policy schedule will follow by post. The difference for the first quarter will
be credited against the next instalment.

Kind regards

""" + sig('fischer', 'en')
    ib = """Dear Sirs,

Re: Driving history - Mr Chinedu Okoye, date of birth 04 July 1988
Our policy: TH/MTR/7730918 (private car, 12 Maple Grove, Reading RG1 7PQ)

We confirm that Mr Okoye was insured with us as policyholder and main driver from 01/06/2019 to
31/12/2025 and that no claims were made during this period. No-claims discount at expiry: 6 years.

The policy was cancelled at the customer's request following his move to Germany.

Yours faithfully

Customer Records Team
Thames & Harbour Insurance plc
"""
    inner_b = inner(('Thames & Harbour Customer Records', 'records@thamesharbour.example'),
                    [('Chinedu Okoye', 'c.okoye@freemail.example')],
                    'Your driving history - policy TH/MTR/7730918', D(1, 27, 11, 15, tz='+0000'),
                    text(ib, cs='us-ascii', cte='7bit'))
    return build('fischer', [('Chinedu Okoye', 'c.okoye@freemail.example')],
                 'Your motor policy KF-4890 1127 - no-claims class SF 7', D(1, 29, 10, 3),
                 mixed(text(b, cte='quoted-printable'), rfc822(inner_b, 'Thames_Harbour_driving_history.eml')),
                 mailer='outlook')


@mail(28, N, 'en', 'insurer-to-partner',
      'trap: aggregated claims statistics of the expat health portfolio for the reinsurer (region, diagnosis chapter, age band) CSV')
def _():
    b = """Dear Rachel,

as agreed for the quota share renewal, attached are the portfolio figures 2025 for the
GlobalHealth book (underwriting year view, as at 31 March 2026).

All figures are aggregated: claims by region, ICD-10 chapter and age band. Cells with fewer than
10 claimants are merged into "other" as usual, so there are no individual cases in the file.

Main drivers of the 3.4 pt increase in the loss ratio:
- inpatient costs in the USA (+22 % per case, mostly oncology and cardiology)
- musculoskeletal claims in the Gulf region
- mental health outpatient claims (+31 % in frequency, from a low base)

Large losses (> EUR 250,000) follow separately in the bordereau, as always via the portal.

Best regards
Sabine

""" + sig('roth', 'en')
    rows = [['region', 'icd10_chapter', 'age_band', 'claimants', 'claims_paid_eur', 'avg_per_claimant_eur'],
            ['Europe', 'IX circulatory', '40-59', 118, 512840, 4346],
            ['Europe', 'XIII musculoskeletal', '40-59', 241, 688310, 2856],
            ['Europe', 'V mental and behavioural', '18-39', 96, 201600, 2100],
            ['Gulf', 'XIII musculoskeletal', '18-39', 133, 402990, 3030],
            ['Gulf', 'XV pregnancy', '18-39', 74, 611240, 8260],
            ['Asia', 'I infectious (incl. dengue)', '18-39', 152, 298880, 1966],
            ['Asia', 'II neoplasms', '40-59', 21, 1203300, 57300],
            ['USA', 'II neoplasms', '40-59', 12, 2015400, 167950],
            ['USA', 'IX circulatory', '60+', 10, 1188200, 118820],
            ['Africa', 'XIX injury', '18-39', 38, 344100, 9055],
            ['other', 'other', 'all', 2210, 6120450, 2769]]
    return build('roth', [('Rachel Moore', 'rachel.moore@northstar-re.example')],
                 'GlobalHealth portfolio 2025 - aggregated claims statistics', D(4, 14, 17, 22),
                 mixed(text(b, cte='quoted-printable'),
                       text(csvtext(rows, ','), sub='csv', cs='utf-8', cte='quoted-printable',
                            filename='globalhealth_claims_2025_aggregated.csv')), mailer='outlook')


@mail(29, S, 'en', 'insurer-to-customer',
      'cost approval for outpatient psychotherapy (F41.1 generalised anxiety) with an English-speaking therapist in Berlin')
def _():
    b = """Dear Ms Fitzgerald,

thank you for sending the treatment plan from your therapist, Ms Dana Levinson (licensed
psychological psychotherapist, Berlin-Kreuzberg).

We are pleased to confirm cost coverage under your health insurance GH-2025-0152277:

  Diagnosis:   generalised anxiety disorder (F41.1)
  Treatment:   cognitive behavioural therapy, short-term therapy
  Approved:    24 sessions of 50 minutes, from 1 March 2026 to 28 February 2027
  Fee:         up to 2.3 x GOP rate (about EUR 100 per session), 100 % after your deductible

If more sessions are needed, your therapist can apply for an extension with a short report - we
only need it about four weeks before the 24th session.

Please ask Ms Levinson to send her invoices to us directly via the portal, or submit them in the
app. You do not have to add any explanation.

Take care,

""" + sig('keller', 'en')
    return build('keller', [('Aoife Fitzgerald', 'aoife.fitz@mailbox.example')],
                 'Your psychotherapy - cost approval', D(2, 24, 13, 49), text(b, cs='utf-8', cte='8bit'),
                 mailer='outlook', irt=ref('9f3a17c2-aoife', 'mailbox.example'))


@mail(30, C, 'mixed', 'insurer-to-customer',
      'relocation goods (transit) insurance for a family moving Düsseldorf-Singapore: names, address, valued inventory (XLSX)')
def _():
    b = """Sehr geehrte Familie Achterberg, dear Mr and Mrs Achterberg,

vielen Dank für die Inventarliste. Ihre Umzugsgut-Transportversicherung ist wie folgt
eingedeckt / your relocation goods insurance is now in place:

  Police / policy:    TR-26-110482
  Versicherte / insured: Jan Achterberg and Emily Achterberg-Clarke
  Von / from:         Kaiserswerther Str. 88, 40477 Düsseldorf
  Nach / to:          12 Holland Grove Road, Singapore 278790
  Transport:          Seefracht, 20'-Container, Spedition Rhenus-Nord Logistik
  Versicherungssumme / sum insured: EUR 96,400 (see attached list)
  Prämie / premium:   EUR 443.44 incl. insurance tax

Two items exceed the single-item limit of EUR 10,000 (the piano and the painting). They are
covered, but please make sure the mover documents their condition with photos at packing.

Bitte senden Sie uns nach Ankunft den unterschriebenen Ablieferschein - bei Schäden bitte
innerhalb von 7 Tagen melden.

Mit freundlichen Grüßen / kind regards

""" + sig('wendt', 'en')
    rows = [['Policy TR-26-110482 - Achterberg - inventory / Inventarliste'], [],
            ['Pos', 'Gegenstand / item', 'Raum / room', 'Wert / value EUR'],
            [1, 'Yamaha U1 upright piano', 'living room', 12500],
            [2, 'Ölgemälde "Rheinufer" (A. Kampf, 1920s)', 'living room', 14000],
            [3, 'Sofa, armchairs, coffee table', 'living room', 6200],
            [4, 'Dining table and 8 chairs', 'dining', 4800],
            [5, 'Beds and wardrobes (3 bedrooms)', 'bedrooms', 9600],
            [6, 'Kitchen equipment, crockery', 'kitchen', 3900],
            [7, 'Books (approx. 40 boxes)', 'study', 4000],
            [8, 'Bicycles (2 e-bikes, 2 children)', 'garage', 8100],
            [9, 'Clothing, linen', 'all', 11000],
            [10, 'Electronics (TV, hi-fi, computers)', 'all', 9800],
            [11, 'Toys, sports equipment', "children's rooms", 3500],
            [12, 'Miscellaneous', '', 9000],
            ['', 'Summe / total', '', 96400]]
    x = xlsx([('Inventar', rows)], title='Inventory TR-26-110482', author='Markus Wendt')
    return build('wendt', [('Jan Achterberg', 'jan.achterberg@postfach.example')],
                 'Umzugsgutversicherung / relocation insurance TR-26-110482 Düsseldorf - Singapore',
                 D(6, 30, 15, 36), mixed(text(b, cs='utf-8', cte='quoted-printable'),
                                         att(x, MIME_XLSX, 'Inventar_TR-26-110482.xlsx')),
                 cc=[('Emily Achterberg-Clarke', 'emily.ac@postfach.example')], mailer='outlook')


@mail(31, N, 'de', 'insurer-to-supplier',
      'trap: translation order for general policy wording (health tariff terms: diagnosis, hospital, psychotherapy) - ODT')
def _():
    b = """Sehr geehrte Frau Albrecht,

wir möchten Sie mit der Übersetzung unserer neuen Tarifbedingungen GlobalHealth 2027 ins
Englische beauftragen (Auszug anbei, ca. 18.400 Wörter insgesamt; die vollständige Datei
erhalten Sie über Ihren Upload-Bereich).

Eckdaten:
- Ausgangstext: Deutsch, Zieltext: britisches Englisch
- Fachgebiet: private Krankenversicherung (Begriffe wie "Heilbehandlung", "medizinisch
  notwendige Behandlung", "Arbeitsunfähigkeit", "Psychotherapie", "Wartezeit")
- bitte unser Glossar (Stand März 2026) verwenden
- Liefertermin: 12.06.2026
- Angebotspreis laut Rahmenvertrag: 0,16 EUR pro Wort, Rechnung an Rheinbogen Versicherung AG,
  Kostenstelle 4100, Bestellnummer BE-2026-03318

Die Bedingungen enthalten keine personenbezogenen Daten; Sie können wie üblich mit Ihrem
Übersetzungstool arbeiten.

Mit freundlichen Grüßen

""" + sig('roth', 'de')
    o = odt([('h', 'Allgemeine Versicherungsbedingungen GlobalHealth 2027 - Auszug Teil B'),
             '§ 4 Umfang der Leistungspflicht',
             '(1) Im Versicherungsfall erbringt der Versicherer Ersatz von Aufwendungen für medizinisch notwendige '
             'Heilbehandlung wegen Krankheit oder Unfallfolgen sowie für Untersuchungen und medizinisch notwendige '
             'Behandlung wegen Schwangerschaft und Entbindung.',
             '(2) Der versicherten Person steht die Wahl unter den niedergelassenen approbierten Ärzten und Zahnärzten '
             'frei. Für ambulante Psychotherapie gilt § 4a.',
             '(3) Bei medizinisch notwendiger stationärer Heilbehandlung hat die versicherte Person freie Wahl unter '
             'den öffentlichen und privaten Krankenhäusern, die unter ständiger ärztlicher Leitung stehen.',
             '§ 5 Wartezeiten',
             '(1) Die allgemeine Wartezeit beträgt drei Monate. Sie entfällt bei Unfällen.',
             '(2) Die besonderen Wartezeiten betragen für Entbindung, Psychotherapie, Zahnersatz und '
             'Kieferorthopädie zehn Monate.'],
            title='AVB GlobalHealth 2027 Auszug')
    return build('roth', [('Katharina Albrecht', 'k.albrecht@polyglot-uebersetzungen.example')],
                 'Auftrag Übersetzung AVB GlobalHealth 2027 (BE-2026-03318)', D(4, 16, 11, 3),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'),
                       att(o, MIME_ODT, 'AVB_GlobalHealth_2027_Auszug_Teil_B.odt')), mailer='outlook')


@mail(32, S, 'mixed', 'insurer-to-customer',
      'supply of insulin to a type 1 diabetic customer in Chile, German reply with English customs certificate (E10.9)')
def _():
    b = """Hallo Frau Reinholz,

danke für Ihre Nachricht aus Santiago. Wie besprochen stellen wir Ihnen für den Zoll eine
Bescheinigung auf Englisch aus - Sie finden den Text unten, das unterschriebene Original liegt
als PDF in Ihrem SecureMail-Postfach.

Die Kosten für die Insulinpens und die Sensoren, die Ihnen Ihre Mutter aus Deutschland schickt,
erstatten wir wie gewohnt nach Tarif (Arznei- und Hilfsmittel 100 %). Bitte reichen Sie die
Apothekenrechnung aus Bielefeld einfach in der App ein.

Gute Zeit in Chile!
Hannah Keller

-------------------------------------------------------------------

TO WHOM IT MAY CONCERN

We confirm that Ms Lea Reinholz, born 28 January 1999, passport no. C4KT09LX2, is insured with
Rheinbogen Versicherung AG under the international health insurance GH-2025-0161904.

Ms Reinholz has type 1 diabetes mellitus (ICD-10 E10.9) and depends on daily insulin therapy.
The enclosed parcel contains medication and medical devices for her personal use only:

  - Insulin aspart (NovoRapid FlexPen), 10 pens of 3 ml
  - Insulin degludec (Tresiba FlexTouch), 5 pens of 3 ml
  - Continuous glucose sensors (FreeStyle Libre 3), 6 pieces

Cologne, 9 September 2026
Rheinbogen Versicherung AG - International Health Claims

""" + sig('keller', 'de')
    return build('keller', [('Lea Reinholz', 'lea.reinholz@inbox-mail.example')],
                 'Bescheinigung für den Zoll / customs certificate - insulin shipment', D(9, 9, 8, 47),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook',
                 irt=ref('CAB3ww-reinholz-stgo', 'inbox-mail.example'))


@mail(33, N, 'en', 'insurer-to-hospital',
      'trap: renewal of a direct-billing agreement with an Irish hospital: tariffs, payment terms, hospital company bank account')
def _():
    ib = iban('IE', 'AIBK' + '93115212345678')
    b = """Dear Mr Gallagher,

thank you for the meeting in Dublin last week. As agreed, here is a summary of the points for the
renewal of our direct-billing agreement from 1 July 2026:

1. Term: 3 years, automatic renewal for 1 year unless terminated with 6 months' notice.
2. Tariffs: your 2026 price list (version 4) applies; room rates + 3.5 %% from 1 July 2026,
   procedure prices unchanged. Annual indexation capped at Irish CPI + 1 %%.
3. Guarantees of payment: issued by us or on our behalf by Meridian Assist; elective admissions
   need a GOP at least 48 hours in advance, emergencies within 24 hours after admission.
4. Invoices: electronically, itemised, with the discharge summary, via the encrypted channel only.
   Payment within 30 days.
5. Our payments go to the hospital's account as per your letter of 4 March:
   St. Aidan's Hospital Group CLG, IBAN %s, BIC AIBKIE2D.

Paul Richter from our legal department will send the contract draft by the end of the month.

Kind regards

""" % ib + sig('grant', 'en')
    return build('grant', [('Conor Gallagher', 'c.gallagher@staidans-hospital.example')],
                 'Direct-billing agreement - renewal from 1 July 2026', D(5, 19, 16, 11),
                 text(b, cs='utf-8', cte='quoted-printable'), cc=['richter'], mailer='outlook')


@mail(34, C, 'en', 'insurer-to-customer',
      'baggage loss claim on a travel policy (no health content): named customer, flight, items, PIR as PDF')
def _():
    b = """Dear Mr Lindqvist-Hall,

thank you for your claim for the suitcase that did not arrive on your flight from Frankfurt to
Toronto (AC 873, 28 March 2026). I have attached our claim summary with the property irregularity
report of Air Canada.

Under your annual travel insurance RV-77 044 219 we pay for:
- emergency purchases while your baggage was delayed (toiletries, clothing): EUR 318.40 - approved
- the suitcase and its contents, as soon as the airline declares it lost (usually after 21 days)

Please send us the airline's final answer and the compensation they paid, if any - we then pay the
difference up to EUR 2,500.

Kind regards

""" + sig('okafor', 'en')
    p = pdf([['# Claim summary - baggage', '',
              'Claim no.: RV-S-26-002271', 'Policyholder: Erik Lindqvist-Hall, Leipziger Str. 61, 10117 Berlin',
              'Policy: RV-77 044 219 (annual travel insurance, family)',
              'Flight: AC 873 FRA-YYZ, 28.03.2026, bag tag AC 114 552',
              'Airline file reference (PIR): YYZAC31847',
              '', '# Emergency purchases (delay 5 days)',
              '29.03. Shoppers Drug Mart, toiletries            CAD 64.20',
              '29.03. Simons, shirts, underwear, trousers    CAD 402.75',
              'Total CAD 466.95 = EUR 318.40 (rate 1.4665)', '',
              '# Declared contents of the missing suitcase',
              'Suit, 2 pairs of shoes, clothing, tablet (iPad Air), camera charger',
              'Declared value: EUR 2,140.00', '', 'Status: waiting for final answer of the airline']],
            title='Claim summary RV-S-26-002271', when='20260407101500')
    return build('okafor', [('Erik Lindqvist-Hall', 'erik.lh@mailbox.example')],
                 'Your travel claim RV-S-26-002271 - delayed suitcase', D(4, 7, 10, 22),
                 mixed(text(b, cte='quoted-printable'), att(p, 'application/pdf', 'Claim_RV-S-26-002271.pdf')),
                 mailer='outlook')


@mail(35, S, 'en', 'insurer-to-partner',
      'coordination of benefits with a US insurer: named patient, breast cancer C50.9, chemotherapy in Boston')
def _():
    b = """Dear Ms Donovan,

thank you for your call yesterday. To confirm what we discussed regarding our mutual member:

  Patient:              Mrs Katharina Albers-Reed, DOB 1979-10-02
  Your plan:            Great Lakes Mutual PPO, member ID GLM-88203144 (through her husband's employer)
  Our plan:             Rheinbogen GlobalHealth Premier incl. USA, GH-2022-0044017
  Diagnosis:            invasive ductal carcinoma, left breast (C50.9), diagnosed 04/2026
  Treatment:            neoadjuvant chemotherapy at Mercy General Cancer Center, Boston,
                        6 cycles from May 2026, surgery planned for October

Coordination of benefits: as the plan of the spouse's employer, Great Lakes Mutual is primary.
We will pay secondary - i.e. the patient's share after your EOB (deductible, coinsurance) up to our
plan limits. Please send your EOBs for each cycle to us so we can settle the balance with the
hospital directly.

For the planned surgery and the possible breast reconstruction we would appreciate an early
notice, as we need our medical adviser's review for reconstruction.

Best regards

""" + sig('schulte', 'en', ascii_only=True)
    return build('schulte', [('Kelly Donovan', 'k.donovan@greatlakesmutual.example')],
                 'Coordination of benefits - Albers-Reed - your ref. COB-26-11904', D(6, 3, 17, 4),
                 text(b, cs='us-ascii', cte='quoted-printable'), mailer='outlook')


@mail(36, N, 'en', 'insurer-to-supplier',
      'trap: query on a translation agency invoice (company bank details, word counts) - no personal data')
def _():
    b = """Dear Mr Kowalczyk,

thanks for invoice no. 2026-0418 (EUR 3,744.00). Before we can release it, two small points:

1. The invoice is for 23,400 words, but our order BE-2026-02210 was for 19,800 words (broker
   brochure and FAQ "International health for posted workers"). Did the glossary count as
   translated text? If so, please send a separate line for it at the reduced rate.
2. Your bank details changed since the last invoice (new IBAN at Santander Bank Polska). For our
   fraud check we need a confirmation letter of the new account on company letterhead, signed by
   a managing director. Please do not send it by e-mail only - a call-back to your office number
   will follow.

Kind regards
Leonie Vogt

""" + sig('vogt', 'en', ascii_only=True)
    return build('vogt', [('Piotr Kowalczyk', 'accounts@lingua-bridge.example')],
                 'Invoice 2026-0418 - word count and bank details', D(3, 3, 14, 44),
                 text(b, cs='us-ascii', cte='7bit'), mailer='outlook')


@mail(37, C, 'en', 'insurer-to-customer',
      'grey: trip cancellation because of job loss (no health reason): named customer, booking, employer letter, refund')
def _():
    b = """Dear Ms Barker,

I am sorry to hear that you lost your job - I hope you find something new soon.

Good news on the trip: involuntary unemployment is an insured reason for cancellation under your
travel cancellation insurance RV-80 310 772. We have checked the termination letter from Brightwave
Software GmbH (notice of 27 January, for operational reasons) and your booking with Sunvista
Travel (Cape Town, 14-28 March 2026, two persons).

  Cancellation costs charged by the tour operator:   EUR 2,364.00
  Deductible (20 %%):                                 EUR   472.80
  We pay:                                             EUR 1,891.20

The amount will be transferred to your account ending in ...4711 within the next five working
days.

Kind regards

""" + sig('okafor', 'en')
    b = b.replace('%%', '%')
    return build('okafor', [('Jessica Barker', 'jess.barker@freemail.example')],
                 'Trip cancellation RV-S-26-001488 - approved', D(2, 10, 15, 18),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(38, S, 'de', 'insurer-to-customer',
      'accident insurance: fall on a construction site in Qatar, disability assessment with medical report excerpt (PDF)')
def _():
    b = """Sehr geehrter Herr Demirel,

das Gutachten von Prof. Dr. Hartwig aus der BG Unfallklinik Ludwigshafen liegt uns jetzt vor. Wir
haben es für Sie zusammengefasst (PDF anbei, das vollständige Gutachten liegt in Ihrem
SecureMail-Postfach).

Ergebnis zu Ihrer Unfallversicherung UV-55 120 447, Unfall vom 14.11.2025 auf der Baustelle in
Lusail (Katar):

- dauerhafte Funktionsbeeinträchtigung des rechten Beins: 3/10 Beinwert
- nach der Gliedertaxe Ihres Vertrags entspricht das einem Invaliditätsgrad von 21 %
- Grundsumme 150.000 EUR, Progression 225 %: Invaliditätsleistung 31.500 EUR

Die Leistung überweisen wir innerhalb von 14 Tagen. Sie können bis zu drei Jahre nach dem Unfall
eine Neubemessung verlangen, wenn sich der Zustand verschlechtert.

Mit freundlichen Grüßen

""" + sig('lang', 'de')
    p = pdf([['# Zusammenfassung Gutachten - UV-55 120 447', '',
              'Versicherte Person: Emre Demirel, geb. 03.05.1986, Ingenieur (Bauleitung)',
              'Unfall: 14.11.2025, Sturz von Gerüst (ca. 3,5 m), Baustelle Lusail, Katar',
              'Erstbehandlung: Hamad General Hospital, Doha',
              'Diagnosen: Tibiakopffraktur rechts (S82.1), Innenbandruptur Knie rechts (S83.4)',
              'Operation: 15.11.2025 Plattenosteosynthese, Doha; Rücktransport 22.11.2025',
              'Reha: 06.01.-17.02.2026, BG Unfallklinik Ludwigshafen', '',
              '# Befund 04/2026',
              'Beugung Knie rechts 0-0-95 Grad (links 0-0-140), Belastungsschmerz, Gangbild hinkend',
              'Beginnende posttraumatische Arthrose', '',
              '# Bewertung',
              'Dauerhafte Beeinträchtigung: 3/10 Beinwert (Gliedertaxe: Bein bis unterhalb Knie 60 %)',
              'Invaliditätsgrad: 0,3 x 70 % = 21 %', '',
              'Gutachter: Prof. Dr. med. Jens Hartwig, 28.04.2026']],
            title='Gutachten Zusammenfassung UV-55 120 447', when='20260505081000')
    return build('lang', [('Emre Demirel', 'emre.demirel@webpost.example')],
                 'Ihre Unfallversicherung UV-55 120 447 - Ergebnis des Gutachtens', D(5, 5, 8, 40),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'),
                       att(p, 'application/pdf', 'Zusammenfassung_Gutachten_UV-55120447.pdf')), mailer='outlook')


@mail(39, N, 'en', 'insurer-to-broker',
      'trap: 2026 commission rates for a foreign broker firm (Ltd): percentages by product line, money words, no client')
def _():
    b = """Hi Rashid,

as requested, our commission scheme 2026 for Expatria Insurance Brokers LLC (agency 70-5108):

  GlobalHealth Essential/Plus/Premier   new business 12 %, renewal 8 %
  GlobalHealth Corporate (10+ lives)     new business 8 %,  renewal 6 %
  GlobalLife Term                        35 per mille of the sum of premiums, max. 5 years
  Travel (annual)                        20 %
  Expat Home & Liability                 18 %

Commission is paid monthly in EUR to your company account with Emirates Horizon Bank, as today.
Clawback for health: pro rata if a policy is cancelled within the first 12 months.

The volume bonus (1.5 % on top above EUR 400,000 new annual premium) stays as in 2025.

Best
Jonas

""" + sig('petersen', 'en', ascii_only=True)
    return build('petersen', [('Rashid Al-Mansoori', 'rashid@expatria.example')],
                 'Commission scheme 2026 - Expatria', D(1, 12, 12, 2), text(b, cs='us-ascii', cte='7bit'),
                 mailer='outlook')


@mail(40, C, 'de', 'insurer-to-customer',
      'grey: pet health insurance - vet bill for an expat family\'s dog (animal health, not human): name, policy, IBAN')
def _():
    ib = iban('DE', '20041111' + '0566071300')
    b = """Hallo Frau Thorsen,

danke für die Tierarztrechnung der Tierklinik Hamburg-Ost für Ihren Hund "Baloo" (Berner
Sennenhund, 4 Jahre). Die Behandlung der Magendrehung einschließlich Operation und drei Tagen
stationärer Unterbringung ist über Ihre Hunde-OP-Versicherung TK-12 908 441 versichert.

  Rechnungsbetrag (GOT, 2-facher Satz):   3.842,17 EUR
  Selbstbeteiligung 20 %%:                   768,43 EUR
  Erstattung:                             3.073,74 EUR

Wir überweisen auf Ihr Konto %s (Liv Thorsen).

Gute Besserung für Baloo!

Viele Grüße

""" % ib + sig('fischer', 'de')
    b = b.replace('%%', '%')
    return build('fischer', [('Liv Thorsen', 'liv.thorsen@mailbox.example')],
                 'Ihre Tierkrankenversicherung TK-12 908 441 - Erstattung OP Baloo', D(7, 8, 9, 14),
                 text(b, cs='utf-8', cte='8bit'), mailer='outlook')


@mail(41, N, 'de', 'internal',
      'trap: water damage in the company doctor\'s practice in the insurer\'s building - facility issue, no patient')
def _():
    b = """Liebe Kolleginnen und Kollegen,

heute Nacht ist im 2. OG eine Heizungsleitung geplatzt. Betroffen ist vor allem die Praxis
unseres Betriebsarztes im 1. OG (Räume 1.05 bis 1.08): Das Wasser ist durch die Decke in das
Wartezimmer und den Behandlungsraum gelaufen.

Was das für euch bedeutet:
- Die betriebsärztliche Sprechstunde fällt bis einschließlich Freitag aus. Termine für
  Vorsorgeuntersuchungen (Bildschirmarbeitsplatz, Reise- und Tropentauglichkeit) werden von der
  Praxis neu vergeben - ihr werdet angerufen.
- Die Grippeschutzimpfung am Donnerstag findet stattdessen im Schulungsraum 0.14 statt.
- Patientenakten der Praxis sind nicht betroffen; sie liegen im verschlossenen Archivraum 1.09.
- Der Aufzug B bleibt heute gesperrt, bis der Elektriker die Schächte geprüft hat.

Den Schaden haben wir unserem Gebäudeversicherer gemeldet; der Trocknungsdienst kommt ab 10 Uhr.

Danke für euer Verständnis
Facility Management / Haustechnik
Tel. -1500
"""
    return build(('Facility Management', 'facility@' + DOM),
                 [('Alle Mitarbeitenden Köln', 'alle-koeln@rheinbogen-versicherung.example')],
                 'Wasserschaden 1. OG - Betriebsarztpraxis bis Freitag geschlossen', D(1, 20, 7, 48),
                 text(b, cs='iso-8859-1', cte='quoted-printable'), mailer='outlook')


@mail(42, S, 'en', 'insurer-to-customer',
      'death of an insured expat in Thailand: condolences to the widow, cause of death, repatriation of remains, life claim')
def _():
    b = """Dear Mrs Whitlock,

please accept our deepest sympathy on the death of your husband.

I would like to let you know where things stand, so that you have one less thing to worry about:

1. Repatriation
   Our assistance partner has taken over the arrangements with the hospital in Chiang Mai and the
   funeral home. According to the death certificate, your husband died on 19 October 2026 of an
   acute myocardial infarction (I21.9). The German embassy has issued the documents for the
   transfer; the coffin is expected to arrive in Frankfurt on 27 October. The costs are covered
   in full by his international health insurance GH-2021-0019952.

2. Life insurance
   Your husband's term life insurance LV 7 009 318 224 pays EUR 250,000 to you as the named
   beneficiary. We need:
   - the international death certificate (copy is enough),
   - the medical certificate on the cause of death from the hospital (we can request it
     directly if you agree),
   - your bank details.

3. Health insurance
   The health policy ends on the date of death. As you were co-insured, your own cover continues
   without interruption under a new policy number, with no new health questions. I will send you
   the details separately - there is no hurry.

Please call me whenever you want - my direct line is below.

With heartfelt condolences,

""" + sig('demir', 'en')
    return build('demir', [('Margaret Whitlock', 'margaret.whitlock@mailbox.example')],
                 'With our condolences - next steps', D(10, 21, 11, 5), text(b, cs='utf-8', cte='quoted-printable'),
                 cc=['keller'], mailer='outlook')


@mail(43, C, 'de', 'insurer-to-customer',
      'rent deposit guarantee for an expat: named applicant, net income, employer, birth date - non-personal line')
def _():
    b = """Sehr geehrter Herr Takahashi,

vielen Dank für Ihren Antrag auf eine Mietkautionsbürgschaft. Wir können die Bürgschaft wie
beantragt übernehmen:

  Antragsteller:      Kenji Takahashi, geb. 09.12.1991
  Arbeitgeber:        Brightwave Software GmbH, Berlin (unbefristet seit 01.09.2025)
  Nettoeinkommen:     4.380 EUR monatlich laut Gehaltsnachweisen Jan.-März 2026
  Mietobjekt:         Wörther Straße 19, 10405 Berlin, 2. OG links
  Vermieterin:        Hausverwaltung Prenzlberg Wohnen GmbH
  Kautionsbetrag:     3.450 EUR (3 Nettokaltmieten)
  Jahresbeitrag:      155,25 EUR (4,5 %%)

Die Bürgschaftsurkunde schicken wir direkt an die Hausverwaltung, sobald Sie uns den
unterschriebenen Mietvertrag (Seite 1 und Unterschriftenseite) hochgeladen haben.

Mit freundlichen Grüßen

""" + sig('fischer', 'de')
    b = b.replace('%%', '%')
    return build('fischer', [('Kenji Takahashi', 'kenji.t@freemail.example')],
                 'Ihre Mietkautionsbürgschaft - Zusage', D(4, 22, 10, 37),
                 text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(44, N, 'en', 'insurer-to-hospital',
      'trap: blank guarantee-of-payment template with placeholders (patient, diagnosis, ICD) for a new partner hospital (DOCX)')
def _():
    b = """Dear Dr Mwangi,

welcome to our direct-billing network! As discussed, attached is the template of our guarantee of
payment (GOP), so your admissions team knows what to expect. The fields in angle brackets are
filled in for each case; you will receive the completed GOP via our secure channel, never as
plain e-mail.

Please check in particular:
- the "not covered" section (comfort items, accompanying persons)
- the extension rule: request at least 24 hours before the GOP expires
- the invoice address and the reference that has to appear on every invoice

Best regards
Olivia

""" + sig('grant', 'en')
    d = docx([('h', 'Guarantee of Payment'),
              'Rheinbogen Versicherung AG - International Health Claims',
              'Our reference: <GOP number>        Date: <date of issue>',
              '',
              ('table', [['Patient', '<first name> <last name>'],
                         ['Date of birth', '<dd.mm.yyyy>'],
                         ['Policy', '<plan> - <policy number>'],
                         ['Admission', '<date>, <elective / emergency>'],
                         ['Diagnosis', '<diagnosis text> (ICD-10 <code>)'],
                         ['Planned treatment', '<procedure>'],
                         ['Approved', '<n> days, <room category>, up to <currency> <amount>'],
                         ['Deductible', '<amount or none>']]),
              '',
              'We guarantee payment of the medically necessary treatment described above within the approved limit.',
              'Not covered: personal comfort items, telephone, television, accompanying persons unless stated.',
              'Extensions must be requested at least 24 hours before this guarantee expires.',
              'Invoices: itemised, with discharge summary, quoting <GOP number>, via the agreed secure channel.'],
             title='GOP template', author='Olivia Grant')
    return build('grant', [('Dr Grace Mwangi', 'g.mwangi@aga-wanjiru-hospital.example')],
                 'Rheinbogen network - GOP template for your admissions team', D(2, 17, 14, 29),
                 mixed(text(b, cte='quoted-printable'), att(d, MIME_DOCX, 'Rheinbogen_GOP_template_v3.docx')),
                 mailer='outlook')


@mail(45, S, 'en', 'insurer-to-broker',
      'underwriting decision sent to a Dubai broker: named applicant with hypertension, loading and exclusion')
def _():
    b = """Dear Rashid,

underwriting decision for your client's application of 3 March:

  Applicant:   Mr Viktor Lindgren, born 11/08/1971, Dubai
  Plan:        GlobalHealth Plus, area 2 (worldwide excl. USA), deductible USD 1,000
  Declared:    arterial hypertension since 2019, treated with ramipril 5 mg, well controlled
               (BP 132/84 on 20 Feb 2026 per GP letter); BMI 31; knee arthroscopy 2022

Decision:    accepted with a premium loading of 25 % for the hypertension, and an exclusion for
             disorders of the right knee (incl. arthrosis and its consequences).
             The exclusion can be reviewed after 3 years without treatment.

New monthly premium: USD 612.50 instead of USD 490.00.

Please ask Mr Lindgren to accept the offer within 30 days. Our medical adviser recommends he
keeps a copy of his latest blood-pressure readings with him when travelling.

Best regards
Jonas

""" + sig('petersen', 'en')
    return build('petersen', [('Rashid Al-Mansoori', 'rashid@expatria.example')],
                 'Underwriting decision - Lindgren - app. no. A-26-01833', D(3, 11, 16, 16),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(46, N, 'en', 'internal',
      'grey: anonymised training case study (age band, country, malaria) - no identifiable person -> NORMAL')
def _():
    b = """Hi all,

for Thursday's training session on complex cases, here is the case study we will work through.
It is based on a real case from 2025, but all details that could identify the person (name,
employer, exact dates, hospital, nationality) have been removed or changed.

---------------------------------------------------------------
CASE STUDY 3 - "Fever after the field trip"

An engineer in her forties, posted by a European construction company to a West African country,
develops high fever and headache two weeks after a site visit upcountry. The local clinic
diagnoses malaria (rapid test positive) and starts oral treatment. After 24 hours she becomes
confused; the clinic has no intensive care unit.

Questions for the groups:
1. Which information do you need from the clinic, and from whom (treating doctor, assistance
   company, our medical adviser)?
2. Stabilise locally, transfer to a regional hospital, or evacuate to Europe? Who decides?
3. What does the plan cover if the employer's group policy and an individual plan both exist?
4. Which data may be shared with the employer, and with whose consent?
---------------------------------------------------------------

We'll discuss the real outcome at the end.

See you Thursday, 10:00, room 4.12.
Daniel

""" + sig('okafor', 'en', foot=False)
    return build('okafor', [('Team Leistung Kranken International', 'team-lk-international@' + DOM),
                            ('Team Reise & Assistance', 'team-reise-assistance@' + DOM)],
                 'Training Thursday - case study 3 (anonymised)', D(9, 21, 15, 33), text(b, cs='utf-8', cte='8bit'),
                 mailer='tb')


@mail(47, C, 'en', 'insurer-to-partner',
      'recourse demand to a Dutch motor insurer: named Dutch cross-border commuter caused damage to our insured\'s house wall')
def _():
    b = """Dear Mr de Vries,

we are the buildings insurer of Mr and Mrs Overbeck, Grenzweg 14, 47559 Kranenburg, Germany
(our policy WG-40 227 118, our claim S-26-0052290).

On 2 June 2026 your policyholder, Mr Sander Bakker, living in Nijmegen and working in Kleve,
lost control of his car (Peugeot 308, NL registration 7-KXT-42) on the Grenzweg and hit the
garden wall and the garage of our insured. The police report of Kreispolizeibehörde Kleve
(ref. 26-KLE-0117342) states that he was driving too fast on the wet road; nobody was injured.

We have indemnified our insured for the repair of wall and garage door: EUR 14,862.40
(invoices of Bauunternehmung Terhoeven GmbH attached to our letter via your claims portal).

We hereby claim this amount from you under Article 2 of the Dutch WAM and § 86 VVG and ask
for payment within 30 days to our account at Commerzbank Köln, IBAN quoted on the letter.

Yours sincerely

""" + sig('brandt', 'en')
    return build('brandt', [('Pieter de Vries', 'regres@noordzee-verzekeringen.example')],
                 'Recourse - your insured S. Bakker (7-KXT-42) - our claim S-26-0052290', D(7, 14, 11, 56),
                 text(b, cs='utf-8', cte='quoted-printable'),
                 mailer='outlook')


@mail(48, S, 'de', 'insurer-to-company',
      'group accident insurance: employer notified of a work accident of a posted fitter in Saudi Arabia (hand injury, surgery)')
def _():
    b = """Sehr geehrte Frau Kessler,

vielen Dank für die Unfallmeldung. Für Ihre Gruppen-Unfallversicherung GU-30 004 118 haben wir
den Fall unter der Schadennummer U-26-004471 angelegt.

  Verletzter:     Herr Andrzej Nowicki, Monteur, geb. 21.04.1979
  Unfall:         03.03.2026, Montage Kühlanlage, Baustelle Jubail (Saudi-Arabien)
  Verletzung:     Quetschung der linken Hand mit Fraktur Mittelhandknochen IV und V (S62.3),
                  Sehnenverletzung; operiert am 04.03. im Al-Mana General Hospital
  Weiterbehandlung: Rückflug am 12.03., Handchirurgie BG Klinik Duisburg

Bitte beachten Sie: Als Arbeitsunfall ist der Fall zusätzlich der BG ETEM zu melden, falls noch
nicht geschehen - die gesetzliche Unfallversicherung geht unserer Leistung nicht vor, aber die
BG übernimmt die Heilbehandlungskosten.

Für die Bemessung einer möglichen Invalidität melden wir uns, wenn der Heilverlauf absehbar ist.
Herrn Nowicki haben wir direkt angeschrieben, weil wir für die ärztlichen Unterlagen seine
Schweigepflichtentbindung brauchen.

Mit freundlichen Grüßen

""" + sig('lang', 'de')
    return build('lang', [('Birgit Kessler', 'b.kessler@kessler-anlagenbau.example')],
                 'Gruppen-Unfallversicherung GU-30 004 118 - Unfall Herr Nowicki', D(3, 10, 15, 2),
                 text(b, cs='iso-8859-1', cte='8bit'), mailer='outlook')


@mail(49, N, 'en', 'insurer-to-press',
      'trap: press release on a new cross-border health product (commuters, hospitals, premiums) as text and PDF')
def _():
    b = """Dear journalists,

please find below and attached our press release of today. Interviews with our Head of
International, Sabine Roth, can be arranged at short notice.

----------------------------------------------------------------
PRESS RELEASE - Cologne, 11 May 2026

Rheinbogen launches "CrossBorder Care" for commuters in the Greater Region

More than 250,000 people commute every day between France, Belgium, Luxembourg and Germany. When
they fall ill, the question often is: which country pays, and which doctor may I see?

"CrossBorder Care", a new supplementary health plan from Rheinbogen Versicherung AG, covers
treatment on both sides of the border - with doctors, specialists and hospitals in all four
countries - and tops up what the statutory systems pay. Claims are settled in one currency and
in the customer's language.

Premiums start at EUR 24.90 per month for adults under 30. No waiting periods apply to
accidents.

"Cross-border workers have told us for years that they fall through the cracks," says Sabine Roth.
"CrossBorder Care is our answer."

Press contact: Leonie Vogt, +49 221 5550-1300, presse@rheinbogen-versicherung.example
----------------------------------------------------------------

""" + sig('vogt', 'en')
    p = pdf([['# PRESS RELEASE', 'Cologne, 11 May 2026', '',
              '# Rheinbogen launches "CrossBorder Care" for commuters in the Greater Region', '',
              'More than 250,000 people commute every day between France, Belgium, Luxembourg and Germany.',
              'When they fall ill, the question often is: which country pays, and which doctor may I see?',
              '',
              '"CrossBorder Care", a new supplementary health plan from Rheinbogen Versicherung AG, covers',
              'treatment on both sides of the border - with doctors, specialists and hospitals in all four',
              'countries - and tops up what the statutory systems pay.', '',
              'Premiums start at EUR 24.90 per month for adults under 30.', '',
              'Press contact: Leonie Vogt, presse@rheinbogen-versicherung.example']],
            title='Press release CrossBorder Care', when='20260511070000', compress=False)
    return build('press', [('Presseverteiler', 'presseverteiler@lists.rheinbogen-versicherung.example')],
                 'Press release: Rheinbogen launches "CrossBorder Care" for commuters', D(5, 11, 8, 0),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'),
                       att(p, 'application/pdf', 'PR_2026-05-11_CrossBorder_Care.pdf')), mailer='outlook')


@mail(50, C, 'en', 'insurer-to-lawyer',
      'legal expenses cover confirmation to a law firm: expat tenant\'s dispute with landlord, named client, policy, deposit')
def _():
    b = """Dear Ms Hartmann,

re: your client Mr Liam O'Connell, Gabelsbergerstr. 40, 80333 München
    our legal expenses policy RS-61 402 933, our claim no. RS-26-009811

we confirm cover for the out-of-court and first-instance representation of your client in his
dispute with his landlord, Immobilienverwaltung Maxvorstadt GmbH, concerning

- the repayment of the rent deposit of EUR 4,200 after the end of the tenancy on 31 March 2026, and
- the landlord's counterclaim for renovation costs of EUR 2,870.

Cover is subject to your client's deductible of EUR 250. Fees according to the RVG; please agree
any fee arrangement above the statutory fees with us beforehand.

Please keep us informed of important steps, in particular before filing a claim.

Kind regards

""" + sig('richter', 'en')
    return build('richter', [('RAin Johanna Hartmann', 'kanzlei@hartmann-law.example')],
                 "Cover confirmation RS-26-009811 - O'Connell ./. Immobilienverwaltung Maxvorstadt", D(4, 28, 10, 8),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(51, S, 'en', 'insurer-to-company',
      'group health scheme: employer census returned with questions - employees\' names, birth dates, declared conditions (XLSX)')
def _():
    b = """Dear Ms Okonjo,

thank you for the census for the Brightwave group health scheme (GlobalHealth Corporate, start
1 July 2026). Our underwriters have reviewed it - the file with their remarks is attached.

Most employees are accepted without individual underwriting (scheme of more than 20 lives). For
the five employees marked in yellow the health declaration is incomplete or shows a condition that
would normally lead to an exclusion under a scheme of this size. We need from each of them:
- a short report from the treating doctor (rows 4 and 9), or
- the missing answers to questions 3-5 of the health declaration (rows 12, 17, 21).

Please ask the employees to send this directly to us via the secure link they received - not
via HR. We will not share any medical details with Brightwave; you will only hear from us
whether cover starts as standard or with a special condition.

Kind regards

""" + sig('wendt', 'en')
    rows = [['Brightwave Software GmbH - GlobalHealth Corporate - census with underwriting remarks'], [],
            ['Row', 'Employee', 'Date of birth', 'Nationality', 'Dependants', 'Health declaration', 'UW remark'],
            [1, 'Amelia Brooks', '1990-02-11', 'GB', 0, 'no conditions', 'standard'],
            [2, 'Rahul Venkatesan', '1987-07-30', 'IN', 2, 'no conditions', 'standard'],
            [3, 'Chloe Martin', '1994-12-02', 'FR', 0, 'no conditions', 'standard'],
            [4, 'Tomasz Zielinski', '1983-05-19', 'PL', 1, 'Crohn\'s disease (K50.9), on azathioprine',
             'doctor\'s report needed'],
            [5, 'Ji-woo Park', '1992-09-09', 'KR', 0, 'no conditions', 'standard'],
            [6, 'Lucas Fernandes', '1989-03-24', 'BR', 3, 'no conditions', 'standard'],
            [7, 'Hannah Schreiber', '1991-11-15', 'DE', 1, 'asthma, mild, salbutamol as needed', 'standard'],
            [8, 'Ethan Cole', '1995-06-06', 'US', 0, 'no conditions', 'standard'],
            [9, 'Sofia Greco', '1986-01-28', 'IT', 2, 'breast cancer 2021, in remission', 'doctor\'s report needed'],
            [12, 'Mateo Alvarez', '1993-08-17', 'ES', 0, 'questions 3-5 not answered', 'answers missing'],
            [17, 'Noah Fischer', '1997-04-03', 'CH', 0, 'questions 3-5 not answered', 'answers missing'],
            [21, 'Aisha Bello', '1988-10-21', 'NG', 1, 'questions 3-5 not answered', 'answers missing']]
    x = xlsx([('Census', rows)], title='Brightwave census UW', author='Markus Wendt')
    return build('wendt', [('Ngozi Okonjo', 'ngozi.okonjo@brightwave.example')],
                 'Brightwave group health - census reviewed, 5 open points', D(5, 27, 14, 12),
                 mixed(text(b, cte='quoted-printable'), att(x, MIME_XLSX, 'Brightwave_census_UW_remarks.xlsx')),
                 mailer='outlook')


@mail(52, N, 'en', 'insurer-to-broker',
      'trap: GlobalHealth premium table 2026 by age band and area (XLSX) for a Riga broker - tariff, no person')
def _():
    h = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Hi Aleksandrs,</p>
<p>here are the 2026 premium tables you asked for, for all three GlobalHealth plans, by age band and
area of cover. The XLSX has one sheet per deductible.</p>
<p>A few reminders for your team:</p>
<ul><li>Age is the age on the policy start date; premiums step up at 30, 35, 40 ... until 65.</li>
<li>Children under 18 pay the child rate regardless of area.</li>
<li>Area 1 = worldwide incl. USA, area 2 = worldwide excl. USA, area 3 = Europe only.</li>
<li>Pre-existing conditions may add a loading &ndash; the table shows standard rates only.</li></ul>
<p>Best regards<br>Jonas Petersen<br>Broker Desk International<br>Rheinbogen Versicherung AG</p>
</body></html>
"""
    r0 = [['Age band', 'Essential A1', 'Essential A2', 'Essential A3', 'Plus A1', 'Plus A2', 'Plus A3',
           'Premier A1', 'Premier A2', 'Premier A3']]
    base = [('0-17', 88, 61, 49), ('18-24', 201, 118, 96), ('25-29', 238, 142, 114), ('30-34', 271, 161, 129),
            ('35-39', 317, 188, 151), ('40-44', 372, 221, 178), ('45-49', 441, 262, 211), ('50-54', 529, 314, 253),
            ('55-59', 640, 380, 306), ('60-64', 781, 463, 373)]
    r1 = r0 + [[a, e1, e2, e3, round(e1 * 1.54), round(e2 * 1.54), round(e3 * 1.54), round(e1 * 2.21),
                round(e2 * 2.21), round(e3 * 2.21)] for a, e1, e2, e3 in base]
    r2 = r0 + [[a, round(e1 * .86), round(e2 * .86), round(e3 * .86), round(e1 * 1.32), round(e2 * 1.32),
                round(e3 * 1.32), round(e1 * 1.9), round(e2 * 1.9), round(e3 * 1.9)] for a, e1, e2, e3 in base]
    x = xlsx([('Deductible EUR 0', r1), ('Deductible EUR 1000', r2)], title='GlobalHealth premiums 2026',
             author='Broker Desk')
    return build('petersen', [('Aleksandrs Bērziņš', 'a.berzins@balticbridge.example')],
                 'GlobalHealth premium tables 2026', D(1, 8, 11, 20),
                 mixed(alt(text(html2text(h), cs='utf-8', cte='quoted-printable'), html(h, cs='utf-8')),
                       att(x, MIME_XLSX, 'GlobalHealth_premiums_2026_EUR.xlsx')), mailer='outlook')


@mail(53, C, 'de', 'insurer-to-company',
      'grey: cargo claim of a company policyholder with a named contact person (machine parts damaged in transit to Vietnam)')
def _():
    b = """Sehr geehrter Herr Ostendorf,

wir bestätigen den Eingang Ihrer Schadenmeldung zur Transportversicherung (Generalpolice
TP-70 118 004) und haben den Schaden unter T-26-000712 angelegt.

  Sendung:        2 Kisten Getriebeteile, Rechnung KA-2026-0419, Warenwert 86.400 EUR
  Route:          Werk Bocholt - Hamburg - Hai Phong, MV "Hanjin Cassiopeia", B/L HJSC26HAM0418
  Schaden:        bei Ankunft 27.05. Kiste 2 aufgebrochen, Teile korrodiert (Salzwasser)
  Havariekommissar: Vietnam Survey & Marine Services, Herr Nguyen Van Long

Bitte senden Sie uns noch die Handelsrechnung, die Packliste und die Schadenanzeige an die
Reederei (fristwahrend!). Den Bericht des Havariekommissars erwarten wir Anfang nächster Woche.

Mit freundlichen Grüßen

""" + sig('wendt', 'de')
    return build('wendt', [('Frank Ostendorf', 'f.ostendorf@kessler-anlagenbau.example')],
                 'Transportschaden T-26-000712 - Sendung nach Hai Phong', D(5, 29, 13, 50),
                 text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')



@mail(54, S, 'en', 'customer',
      'customer\'s own mail (symptoms, medication, tests) forwarded internally as message/rfc822 to the medical adviser')
def _():
    b = """Hi Miriam,

could you have a look at the mail below from one of our GlobalHealth customers in Shanghai
(GH-2024-0088461)? She asks whether the tests her doctor recommends are covered and whether she
should rather fly home. I don't want to answer the medical part without you.

Thanks,
Hannah
"""
    cb = """Dear Ms Keller,

sorry to bother you again. Since about three weeks I have been losing weight (5 kg) without trying,
I am tired all the time and my heart races at night. My doctor at the Parkway clinic thinks it could
be my thyroid (hyperthyroidism) and wants to do blood tests, an ultrasound and possibly a
scintigraphy. She already started me on propranolol 10 mg twice a day.

Are these tests covered by my plan? And honestly, would you recommend that I rather get this done
in Germany? I could fly to Hamburg in July.

Best regards
Julia Brandstätter
"""
    inner_b = inner(('Julia Brandstätter', 'julia.brandstaetter@inbox-mail.example'), ['keller'],
                    'Question about tests - thyroid', D(6, 8, 14, 2, tz='+0800'),
                    text(cb, cs='utf-8', cte='quoted-printable'), mailer='ios')
    return build('keller', ['yilmaz'], 'FW: Question about tests - thyroid', D(6, 8, 10, 31),
                 mixed(text(b, cs='us-ascii', cte='7bit'), rfc822(inner_b, 'Question about tests - thyroid.eml')),
                 mailer='outlook')


@mail(55, N, 'de', 'insurer-to-authority',
      'trap: answer to the supervisory authority on complaint statistics of the international health business (aggregates only)')
def _():
    b = """Sehr geehrte Frau Dr. Lehnert,

zu Ihrer Anfrage vom 02.03.2026 (Gz. VA 21-I 5000-2026/0133) übermitteln wir die erbetenen
Angaben zu Beschwerden im Geschäftsfeld internationale Krankenversicherung (GlobalHealth):

                                        2024      2025
  Beschwerden gesamt                      57        71
  davon Leistungsablehnung (med.
    Notwendigkeit)                        19        26
  davon Vorerkrankungen / Ausschlüsse     11        14
  davon Bearbeitungsdauer                 16        20
  davon Beitragsanpassung                  8         7
  davon Sonstiges                          3         4
  Abhilfe ganz oder teilweise            41 %      38 %

Der Anstieg 2025 geht im Wesentlichen auf die Umstellung der Belegerfassung im Herbst zurück;
die durchschnittliche Bearbeitungsdauer ist seit Januar 2026 wieder unter 10 Arbeitstagen.

Personenbezogene Angaben zu einzelnen Beschwerdeführenden enthält diese Antwort nicht. Für
Rückfragen steht Ihnen Herr Richter aus unserer Rechtsabteilung zur Verfügung.

Mit freundlichen Grüßen

""" + sig('roth', 'de')
    return build('roth', [('Dr. Sabine Lehnert', 'poststelle-va21@finanzaufsicht.example')],
                 'Ihr Schreiben vom 02.03.2026, Gz. VA 21-I 5000-2026/0133 - Beschwerdestatistik', D(3, 27, 12, 5),
                 text(b, cs='iso-8859-1', cte='8bit'), cc=['richter'], mailer='outlook')


@mail(56, N, 'en', 'insurer-to-partner',
      'automatic answer to a certificate request: the insurer\'s S/MIME certificate, no content')
def _():
    b = """This is an automatic reply to your certificate request.

Attached you will find the S/MIME certificate of the address
  olivia.grant@rheinbogen-versicherung.example
valid from 2026-01-15 to 2028-01-14, issued by Rheinbogen Issuing CA 2025.

SHA-256 fingerprint:
  4F:21:9C:0B:7A:E3:55:18:D2:6C:90:41:AF:3B:77:E8:02:9D:C1:64:5A:B8:13:F0:6E:2C:84:D9:37:A1:0B:5E

Save the certificate in your mail program to send us encrypted messages. You can also download it
from our directory: https://www.rheinbogen-versicherung.example/zertifikate

Rheinbogen Versicherung AG - Certificate service
"""
    pem = """-----BEGIN CERTIFICATE-----
MIIC2jCCAcKgAwIBAgIUR2hlaW5ib2dlbi1kZW1vLWNlcnQtMTMzMA0GCSqGSIb3
DQEBCwUAMCkxJzAlBgNVBAMMHlJoZWluYm9nZW4gSXNzdWluZyBDQSAyMDI1IChk
ZW1vKTAeFw0yNjAxMTUwMDAwMDBaFw0yODAxMTQyMzU5NTlaMDgxNjA0BgNVBAMM
LW9saXZpYS5ncmFudEByaGVpbmJvZ2VuLXZlcnNpY2hlcnVuZy5leGFtcGxlMFkw
-----END CERTIFICATE-----
"""
    part = mixed(text(b, cs='us-ascii', cte='7bit'),
                 text(pem, sub='plain', cs='us-ascii', cte='7bit', filename='olivia.grant.pem'))
    return build('cert', [('Martina Hofer', 'm.hofer@lemanique.example')], '[ZERTIFIKAT] certificate',
                 D(2, 2, 8, 15, 4), part, irt=ref('5a91c3e2.hofer', 'lemanique.example'),
                 extra=[('Auto-Submitted', 'auto-replied')], mailer='portal')


@mail(57, C, 'en', 'insurer-to-broker',
      'D&O notification: claim against the named managing director of a foreign subsidiary (no health content)')
def _():
    b = """Dear Ms Van Dijk,

thank you for forwarding the notification under the D&O policy of Noord-Brabant Logistics Holding
B.V. (our policy DO-88 007 214, insured period 2026).

We have registered the circumstance as claim DO-26-000319:

  Insured person:   Mr Maarten Hoogendoorn, managing director of Noord-Brabant Logistics GmbH,
                    Duisburg (German subsidiary)
  Claimant:         the insolvency administrator of Rheinfracht Spedition GmbH, RA Dr. Ulrich Koenen
  Allegation:       payments of EUR 1.27 million to the parent company after the subsidiary had
                    become unable to pay its debts (§ 15b InsO)
  Status:           letter before action dated 16 September 2026, no lawsuit yet

We reserve our position on cover pending review of the documents. Please ask Mr Hoogendoorn not
to acknowledge any liability and to send us the minutes of the management meetings from
January to June 2026. We agree to Mr Hoogendoorn instructing Kanzlei Brehm & Sauer, Düsseldorf,
as defence counsel at the hourly rates of our panel agreement.

Kind regards

""" + sig('wendt', 'en')
    return build('wendt', [('Marloes van Dijk', 'm.vandijk@vandijk-assurantien.example')],
                 'D&O DO-88 007 214 - notification Hoogendoorn - our ref. DO-26-000319', D(9, 24, 16, 47),
                 text(b, cs='utf-8', cte='quoted-printable'), cc=['richter'], mailer='outlook')


@mail(58, S, 'de', 'insurer-to-customer',
      'HTML-only settlement of physiotherapy after a ski accident in Austria: named customer, knee injury, invoices')
def _():
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="iso-8859-1"><title>Leistungsabrechnung</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Gruber-Hansen,</p>
<p>wir haben Ihre Rechnungen zur Behandlung nach Ihrem Skiunfall in Sölden (Kreuzbandriss links, S83.53)
abgerechnet. Vertrag: Auslandsreise- und Unfallversicherung RV-77 193 008 / UV-55 240 116.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef3"><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>07.02.2026</td><td>Unfallambulanz Sölden</td><td>Erstversorgung, MRT Knie</td><td>684,00 &euro;</td><td>684,00 &euro;</td></tr>
<tr><td>08.02.2026</td><td>Christophorus Flugrettung</td><td>Hubschraubertransport</td><td>4.120,00 &euro;</td><td>4.120,00 &euro;</td></tr>
<tr><td>02.03.-27.04.2026</td><td>Physiotherapie am Dom, K&ouml;ln</td><td>18 x KG ger&auml;tegest&uuml;tzt</td><td>1.116,00 &euro;</td><td>1.116,00 &euro;</td></tr>
<tr><td>15.03.2026</td><td>Orthop&auml;die-Technik Rhein</td><td>Knieorthese</td><td>389,90 &euro;</td><td>389,90 &euro;</td></tr>
</table>
<p><b>Auszahlung: 6.309,90 &euro;</b> auf Ihr bekanntes Konto.</p>
<p>Die Physiotherapie nach der R&uuml;ckkehr zahlen wir aus der Unfallversicherung (Heilkostenbaustein),
die Kosten in &Ouml;sterreich aus der Auslandsreiseversicherung.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Lang<br>Leistung Unfall<br>Rheinbogen Versicherung AG<br>
Tel. +49 221 5550-4470</p>
</body></html>
"""
    return build('lang', [('Verena Gruber-Hansen', 'verena.gh@webpost.example')],
                 'Leistungsabrechnung Skiunfall 07.02.2026', D(5, 4, 9, 58), html(h, cs='iso-8859-1',
                                                                                   cte='quoted-printable'),
                 mailer='crm')


@mail(59, N, 'en', 'insurer-to-partner',
      'meeting invitation (ICS) with a UK partner insurer on a fronting arrangement - business only')
def _():
    b = """Dear Graham,

as discussed, I am sending the invitation for our working session on the fronting arrangement for
UK-resident employees of German corporate clients.

Agenda:
1. Status of the PRA/FCA questions on the fronting structure
2. Claims handling: who pays, who handles, service levels
3. Reinsurance back to Rheinbogen - draft treaty wording
4. Data sharing: which data flows between us (contract data only at policy level, claims via our
   secure portal), data processing agreement
5. Timeline to 1 January 2027

Location: your offices, 40 Leadenhall Street, London, meeting room 7, or Teams.

Best regards
Sabine

""" + sig('roth', 'en')
    ev = [dict(uid='rb-th-fronting-20260318@rheinbogen-versicherung.example', start='20260318T110000',
               end='20260318T150000', summary='Rheinbogen / Thames & Harbour - fronting arrangement UK',
               location='Thames & Harbour, 40 Leadenhall Street, London / Teams',
               organizer=('Sabine Roth', STAFF['roth']['addr']),
               attendees=[('Graham Pike', 'graham.pike@thamesharbour.example'), ('Paul Richter', STAFF['richter']['addr'])],
               desc='Agenda: regulatory questions, claims handling, reinsurance, data sharing, timeline')]
    return build('roth', [('Graham Pike', 'graham.pike@thamesharbour.example')],
                 'Working session fronting arrangement - 18 March, London', D(2, 19, 17, 3),
                 mixed(text(b, cte='quoted-printable'), ics_part(ev, 'fronting_2026-03-18.ics')),
                 cc=['richter'], mailer='outlook')


@mail(60, C, 'en', 'insurer-to-customer',
      'change of address to Dubai: household policy ends, liability continues abroad; name, birth date, new address')
def _():
    b = """Dear Mr Castellano,

thank you for letting us know that you are moving to Dubai on 15 August 2026. We have updated
your customer record as follows:

  Customer:         Marco Castellano, born 22.04.1985, customer no. 4 117 520 093
  New address:      Apartment 1402, Marina Crest Tower B, Dubai Marina, Dubai, UAE
  Mobile:           +971 50 555 0143

What this means for your contracts:
- Household insurance HR-90 551 208: ends on 15 August 2026, as household insurance only covers
  a home in Germany. Unused premium: EUR 96.10, will be refunded to your known account.
- Personal liability PH-25 660 017: continues - it covers you worldwide for stays of up to five
  years, as long as you keep an address for service in Germany. You gave us your sister's
  address in Bonn for this, which is fine.

If you are looking for contents insurance in Dubai, our partner Expatria Insurance Brokers can
help - just let me know if I should pass on your details.

Kind regards

""" + sig('fischer', 'en')
    return build('fischer', [('Marco Castellano', 'marco.castellano@mailbox.example')],
                 'Your move to Dubai - address change and contracts', D(7, 30, 14, 26),
                 text(b, cs='utf-8', cte='8bit'), mailer='outlook',
                 irt=ref('AM6PR02MB-castellano-0729', 'mailbox.example'))


@mail(61, S, 'de', 'insurer-to-customer',
      'dental treatment plan from a Polish clinic (crowns, implant, tooth numbers) reviewed, reimbursement amount (PDF)')
def _():
    b = """Sehr geehrter Herr Wolski,

wir haben den Heil- und Kostenplan der Klinika Stomatologiczna Dent-Art in Szczecin geprüft.
Unsere Zusammenfassung finden Sie im Anhang.

Kurz gesagt: Für das Implantat in Regio 36 und die beiden Keramikkronen auf 25 und 26 erstatten
wir nach Ihrem Tarif ZahnPlus 80 % der Kosten, also voraussichtlich 2.412,80 EUR von
3.016,00 EUR. Der Knochenaufbau (Sinuslift) ist nach Befund medizinisch notwendig und ebenfalls
erstattungsfähig.

Bitte reichen Sie nach der Behandlung die Rechnung mit Zahnschema und das Röntgenbild ein.
Rechnungen auf Polnisch reichen - eine Übersetzung ist nicht nötig.

Mit freundlichen Grüßen

""" + sig('schulte', 'de')
    p = pdf([['# Prüfung Heil- und Kostenplan - Zahnersatz', '',
              'Versicherter: Marek Wolski, geb. 19.09.1974, Frankfurt (Oder)',
              'Vertrag: ZahnPlus ZZ-31 447 902, Erstattung 80 %, Zahnstaffel erfüllt (4. Jahr)',
              'Klinik: Dent-Art, ul. Wojska Polskiego 12, Szczecin', 'Plan vom 02.09.2026', '',
              '# Befund', '36 fehlt (Extraktion 2025), Knochenangebot reduziert',
              '25, 26 tief zerstört nach Karies, endodontisch behandelt (26)',
              '', '# Geplante Leistungen', 'Sinuslift und Knochenaufbau Regio 36      PLN 2.800 = EUR 655,00',
              'Implantat Regio 36 inkl. Abutment           PLN 5.100 = EUR 1.193,00',
              'Vollkeramikkrone 25                          PLN 2.500 = EUR 584,00',
              'Vollkeramikkrone 26                          PLN 2.500 = EUR 584,00',
              'Summe                                       EUR 3.016,00', '',
              'Voraussichtliche Erstattung 80 %: EUR 2.412,80']], title='HKP Prüfung Wolski', when='20260911104500')
    return build('schulte', [('Marek Wolski', 'marek.wolski@postfach.example')],
                 'Ihr Heil- und Kostenplan aus Szczecin - Prüfergebnis', D(9, 11, 11, 2),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'),
                       att(p, 'application/pdf', 'HKP_Pruefung_ZZ-31447902.pdf')), mailer='outlook')


@mail(62, N, 'de', 'internal',
      'trap: staff flu vaccination offer and travel medicine consultations - general health words, no person')
def _():
    b = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst allen Mitarbeitenden eine kostenlose
Grippeschutzimpfung an:

  Termine:  13.10., 14.10. und 20.10.2026, jeweils 8:30-12:00 Uhr
  Ort:      Betriebsarztpraxis, 1. OG, Raum 1.05
  Anmeldung: über das Intranet (Gesundheit > Impfaktion), Impfpass bitte mitbringen

Neu: Wer dienstlich ins Ausland reist - z. B. zu Partnerkrankenhäusern oder Assisteuren in
Afrika, Asien oder Lateinamerika - kann bei Dr. Lemke eine reisemedizinische Beratung buchen.
Die Kosten für empfohlene Reiseimpfungen (Gelbfieber, Tollwut, Japanische Enzephalitis usw.)
übernimmt das Unternehmen.

Eure Angaben im Impfpass und bei der Beratung bleiben in der Praxis und unterliegen der
ärztlichen Schweigepflicht - die Personalabteilung erfährt davon nichts.

Bleibt gesund!
Ines Bauer
Personalabteilung
"""
    return build('bauer', [('Alle Mitarbeitenden Köln', 'alle-koeln@rheinbogen-versicherung.example')],
                 'Grippeschutzimpfung 2026 und reisemedizinische Beratung', D(9, 29, 10, 0),
                 text(b, cs='windows-1252', cte='8bit'), mailer='outlook')


@mail(63, C, 'de', 'insurer-to-customer',
      'payment reminder for personal liability premium: named customer, policy, arrears amount (insurer company account)')
def _():
    b = """Sehr geehrte Frau Petrović,

leider konnten wir den Jahresbeitrag für Ihre Privathaftpflichtversicherung PH-26 011 873 in
Höhe von 68,40 EUR bis heute nicht einziehen: Ihre Bank hat die Lastschrift vom 01.03.2026 mit
dem Vermerk "Konto erloschen" zurückgegeben.

Bitte überweisen Sie den Betrag zuzüglich 3,00 EUR Rücklastschriftgebühr bis zum 15.04.2026 auf
unser Konto:

  Rheinbogen Versicherung AG
  IBAN: %s
  Verwendungszweck: PH-26 011 873 Petrovic

Oder teilen Sie uns einfach Ihre neue Bankverbindung mit, dann buchen wir den Beitrag erneut ab.

Wenn der Beitrag nicht rechtzeitig eingeht, besteht nach § 37 VVG ab dem 16.04. kein
Versicherungsschutz mehr.

Mit freundlichen Grüßen

""" % iban('DE', '37050198' + '0019473306') + sig('hoffmann', 'de')
    return build('hoffmann', [('Jelena Petrović', 'jelena.petrovic@freemail.example')],
                 'Zahlungserinnerung Privathaftpflicht PH-26 011 873', D(3, 25, 7, 55),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='crm')


@mail(64, S, 'en', 'insurer-to-assistance',
      'second medical opinion before spinal surgery (M51.1 disc herniation) for an expat, arranged via the assistance company')
def _():
    b = """Hi Pablo,

could Meridian arrange a second medical opinion for the following member, please?

Member:        Mr Ahmed Khalil, DOB 17.01.1980, GlobalHealth Plus GH-2023-0066203, lives in Zurich
Current plan:  microdiscectomy L5/S1 plus fusion (spondylodesis) at Klinik Seefeld, Zurich,
               scheduled for 9 July 2026
Diagnosis:     lumbar disc herniation L5/S1 with radiculopathy (M51.1), persisting after 10 weeks
               of physiotherapy and two periradicular infiltrations
Question:      is the fusion necessary, or would a microdiscectomy alone be sufficient?

The member agrees to the second opinion and has signed the consent (in the case file). Ideally a
spine surgeon in Germany or Switzerland with English as working language, video consultation is
fine. MRI images and the surgeon's letter can be uploaded via the usual link.

We need the opinion by 1 July at the latest.

Thanks and best regards
Miriam

""" + sig('yilmaz', 'en')
    return build('yilmaz', [('Pablo Ortega', 'pablo.ortega@meridian-assist.example')],
                 'Second opinion request - Khalil - spinal surgery', D(6, 12, 12, 44),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(65, N, 'en', 'insurer-to-assistance',
      'trap: escalation matrix and hotline routing for the assistance partner - staff names and phone numbers only (XLSX)')
def _():
    b = """Dear Mehmet,

welcome on board as Blue Atlas' new account manager for Rheinbogen!

Attached is our escalation matrix, valid from 1 March 2026. It shows whom to call for what at
Rheinbogen, by time of day, and when a case has to be escalated to a medical adviser or to the
team leader (for example: evacuation costs above EUR 40,000, or any case involving a minor
travelling alone).

Please share it with your duty managers, but not with the call-centre agents - they should
continue to use the general hotline numbers.

Best regards
Olivia

""" + sig('grant', 'en')
    rows = [['Rheinbogen escalation matrix for Blue Atlas Medical Assistance - valid from 01.03.2026'], [],
            ['Level', 'Topic', 'Mon-Fri 08-18 CET', 'Phone', 'Outside office hours', 'Phone'],
            [1, 'Routine GOP, medical questions', 'Team International Health Claims', '+49 221 5550-4400',
             'Duty officer', '+49 221 5550-9111'],
            [2, 'Evacuation / repatriation', 'Daniel Okafor', '+49 221 5550-4380', 'Duty officer',
             '+49 221 5550-9111'],
            [2, 'Medical assessment', 'Dr. Miriam Yilmaz', '+49 221 5550-4450', 'Medical on-call',
             '+49 221 5550-9112'],
            [3, 'Costs > EUR 40,000, media interest, minors alone', 'Sabine Roth', '+49 221 5550-4100',
             'Sabine Roth (mobile)', '+49 171 5550 4100'],
            [3, 'Contract, SLA, invoicing', 'Olivia Grant', '+49 221 5550-4610', 'next business day', '']]
    x = xlsx([('Escalation', rows)], title='Escalation matrix Blue Atlas', author='Olivia Grant')
    return build('grant', [('Mehmet Aydın', 'mehmet.aydin@blueatlas-ma.example')],
                 'Escalation matrix Rheinbogen - valid from 1 March', D(2, 25, 9, 12),
                 mixed(text(b, cte='quoted-printable'), att(x, MIME_XLSX, 'Rheinbogen_escalation_matrix_2026-03.xlsx')),
                 mailer='outlook')


@mail(66, C, 'en', 'insurer-to-customer',
      'e-bike theft claim of a Dutch/German commuter in Amsterdam: named customer, policy, frame number, payout')
def _():
    b = """Hi Mr Visser,

quick update on your claim for the stolen e-bike:

Claim:        S-26-0060114 (household insurance HR-92 117 604, bicycle cover up to EUR 4,000)
Bike:         Gazelle Ultimate C380 HMB, frame no. GZ2403317758, bought 04/2024 for EUR 3,699
Stolen:       29 June 2026, between 19:30 and 22:00, at Amsterdam Centraal (bike park, locked)
Police:       Politie Amsterdam, registration 2026179443

As your bike was locked with an approved lock (ART 3), we pay the replacement value minus
depreciation for two years of use: EUR 2,959.20. The money will be in your account within a
week.

If the bike turns up, please tell us straight away.

Best regards

""" + sig('brandt', 'en', ascii_only=True)
    return build('brandt', [('Joost Visser', 'joost.visser@inbox-mail.example')],
                 'RE: stolen e-bike Amsterdam - claim S-26-0060114', D(7, 9, 16, 51),
                 text(b, cs='us-ascii', cte='7bit'), mailer='outlook',
                 irt=ref('CAFjv0077-visser', 'inbox-mail.example'))


@mail(67, S, 'en', 'insurer-to-customer',
      'premium arrears on an international health policy (personal line, no medical word): name, policy, amount due')
def _():
    h = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Dear Mr Mensah,</p>
<p>we have not yet received the premiums for your international health insurance
<b>GlobalHealth Essential, policy GH-2024-0101587</b>:</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #999">
<tr><td>July 2026</td><td align="right">USD 287.00</td></tr>
<tr><td>August 2026</td><td align="right">USD 287.00</td></tr>
<tr><td>Reminder fee</td><td align="right">USD 5.00</td></tr>
<tr><td><b>Total due</b></td><td align="right"><b>USD 579.00</b></td></tr>
</table>
<p>Please pay by <b>15 September 2026</b> by card in the Rheinbogen app or by bank transfer, quoting your
policy number. If the amount is not paid by then, we may have to suspend benefits until it is paid
(&sect; 193 VVG does not apply, as your plan is not a substitute for German statutory insurance).</p>
<p>If you have trouble paying, please talk to us &ndash; we can agree on instalments or switch you to a
higher deductible.</p>
<p>Kind regards<br>Eva Hoffmann<br>Finance / Collections<br>Rheinbogen Versicherung AG</p>
</body></html>
"""
    return build('hoffmann', [('Kwame Mensah', 'kwame.mensah@mailbox.example')],
                 'Payment reminder - GlobalHealth GH-2024-0101587', D(9, 1, 6, 30), html(h, cs='us-ascii', cte='7bit'),
                 mailer='crm')


@mail(68, N, 'en', 'insurer-to-broker',
      'trap: updated list of direct-billing hospitals (CSV): hospital names, cities, specialities - no patients')
def _():
    b = """Dear Marloes,

your clients keep asking which hospitals bill us directly, so here is the current list for the
countries where most of your expats live (as CSV, so you can filter it). The full list is in the
broker portal under Products > GlobalHealth > Network.

Changes since January: Aga Wanjiru Hospital (Nairobi) joined, Clinica Mar Azul (Marbella) now also
does maternity, and the Singapore contract with Orchard Medical is under renegotiation - please
ask before planned admissions there.

Best regards
Olivia
"""
    rows = [['country', 'city', 'hospital', 'direct_billing', 'specialities', 'english_speaking_staff'],
            ['Ireland', 'Dublin', "St. Aidan's Hospital", 'yes', 'general; orthopaedics; cardiology', 'yes'],
            ['Spain', 'Marbella', 'Clinica Mar Azul', 'yes', 'general surgery; maternity; paediatrics', 'yes'],
            ['Thailand', 'Bangkok', 'Riverside International Hospital', 'yes', 'all; tropical medicine', 'yes'],
            ['Kenya', 'Nairobi', 'Aga Wanjiru Hospital', 'yes', 'general; trauma; maternity', 'yes'],
            ['UAE', 'Dubai', "Al Noor Women's and Children's Hospital", 'yes', 'maternity; paediatrics', 'yes'],
            ['Singapore', 'Singapore', 'Orchard Medical Centre', 'on request', 'all', 'yes'],
            ['France', 'Annecy', 'Hopital Prive du Lac', 'yes', 'orthopaedics; sports injuries', 'partly'],
            ['USA', 'Boston', 'Mercy General', 'via network partner', 'oncology; cardiology', 'yes']]
    return build('grant', [('Marloes van Dijk', 'm.vandijk@vandijk-assurantien.example')],
                 'Direct-billing hospitals - current list', D(3, 6, 11, 48),
                 mixed(text(b, cs='us-ascii', cte='7bit'),
                       text(csvtext(rows, ';'), sub='csv', cs='utf-8', cte='8bit',
                            filename='rheinbogen_direct_billing_hospitals_2026-03.csv')), mailer='outlook')


@mail(69, C, 'en', 'insurer-to-customer',
      'electronics insurance: laptop stolen from a digital nomad in a Lisbon cafe - name, policy, serial, bank payout')
def _():
    b = """Hi Ms Quinn,

sorry about your laptop - that is the nightmare of every remote worker. Thanks for sending
everything so quickly.

Your claim under the electronics cover of your Expat Home & Liability policy EH-14 330 871:

- MacBook Air 15" M3, serial C02GK7XQ1PF4, bought 11/2024 for EUR 1,749
- stolen on 3 September 2026 from your table at Café Fábrica, Lisbon (PSP report 2026/LX/448031)
- new-for-old in the first two years: we pay EUR 1,749 minus your deductible of EUR 150

Payment of EUR 1,599.00 goes to your Wise account (the one ending in 3390) tomorrow.

Tip: if you use the same password on the laptop and your banking app, change it now.

Best regards

""" + sig('brandt', 'en')
    return build('brandt', [('Róisín Quinn', 'roisin.quinn@inbox-mail.example')],
                 'Your laptop claim - EH-14 330 871', D(9, 8, 13, 7), text(b, cs='utf-8', cte='quoted-printable'),
                 mailer='outlook')


@mail(70, S, 'de', 'hospital',
      'internal German mail quoting (Outlook block) a French hospital\'s medical report: fracture, surgery, anaemia')
def _():
    b = """Hallo Frau Dr. Yilmaz,

unten der Arztbericht aus Grenoble zu unserem Versicherten Herrn Lorenz (GH-2025-0120043). Die
Klinik möchte wissen, ob wir die Verlegung in die Reha nach Deutschland übernehmen oder ob er in
Frankreich bleiben soll. Können Sie bitte kurz draufschauen?

Danke und Gruß
Bernd Schulte

-----Ursprüngliche Nachricht-----
Von: Service de chirurgie orthopédique <chir.ortho@chu-alpes.example>
Gesendet: Dienstag, 17. Februar 2026 16:12
An: claims-international@rheinbogen-versicherung.example
Betreff: Compte rendu - M. LORENZ Felix, né le 05/06/1969

Dear colleagues,

Mr Felix Lorenz, 56, was admitted on 12/02/2026 after a fall while skiing (Chamrousse).
Diagnosis: fracture of the right tibial plateau (Schatzker V) and of the fibular head.
Surgery on 13/02/2026: open reduction and internal fixation with two plates.
Post-operative course: uncomplicated, anaemia (Hb 9.4 g/dl) treated with iron infusion,
thrombosis prophylaxis with enoxaparin 40 mg daily for 6 weeks.
No weight bearing for 8 weeks. Discharge possible from 19/02/2026, to a rehabilitation centre
or home with physiotherapy.

Dr Claire Fabre, chef de clinique
Centre Hospitalier Universitaire des Alpes, Grenoble
"""
    return build('schulte', ['yilmaz'], 'WG: Compte rendu - M. LORENZ Felix', D(2, 18, 8, 22),
                 text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(71, N, 'de', 'insurer-to-broker',
      'trap: broker circular on new underwriting guidelines for expat health (BMI limits, diabetes, pre-existing conditions) - generic')
def _():
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>Makler-Rundschreiben 04/2026 &ndash; International Health</b></p>
<p>Sehr geehrte Damen und Herren,</p>
<p>zum 1. Juli 2026 passen wir die Annahmerichtlinien f&uuml;r GlobalHealth an. Die wichtigsten &Auml;nderungen:</p>
<ol>
<li><b>BMI:</b> Normalannahme bis BMI 32 (bisher 30). Zwischen 32 und 35 Zuschlag 15&ndash;30 %.</li>
<li><b>Bluthochdruck:</b> gut eingestellter Bluthochdruck ohne Folgesch&auml;den wird bis 55 Jahre ohne Zuschlag angenommen.</li>
<li><b>Diabetes mellitus Typ 2:</b> Annahme mit Zuschlag m&ouml;glich, wenn HbA1c unter 7,5 % und keine Folgeerkrankungen.</li>
<li><b>Psychische Erkrankungen:</b> abgeschlossene ambulante Psychotherapie &auml;lter als 3 Jahre wird nicht mehr erfragt.</li>
<li><b>Schwangerschaft bei Antragstellung:</b> Annahme m&ouml;glich, die laufende Schwangerschaft ist aber ausgeschlossen.</li>
</ol>
<p>Die neuen Gesundheitsfragen finden Sie ab 15.06. im Maklerportal. Bitte verwenden Sie ab 1. Juli nur noch die neuen Antragsformulare.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Broker Desk International</p>
</body></html>
"""
    return build('brokernews', [('Maklerverteiler International', 'makler-international@lists.rheinbogen-versicherung.example')],
                 'Makler-Rundschreiben 04/2026: neue Annahmerichtlinien GlobalHealth', D(6, 1, 9, 30),
                 alt(text(html2text(h), cs='utf-8', cte='quoted-printable'), html(h, cs='utf-8', cte='base64')),
                 mailer='news')


@mail(72, C, 'de', 'internal',
      'internal payment instruction to finance: household claim payout to a named customer\'s UK IBAN')
def _():
    gb = iban('GB', 'BARC' + '20051773845129')
    b = """Hallo Eva,

bitte folgende Auszahlung manuell anweisen - das System nimmt die britische IBAN in der
Schadenmaske nicht an (Ticket ist offen):

  Schaden:          S-26-0038805, Hausrat HR-87 220 190 (Leitungswasser, Küche)
  Empfänger:        Oliver James Marsh, Bristol
  IBAN:             %s
  BIC:              BARCGB22
  Betrag:           2.846,50 EUR
  Verwendungszweck: S-26-0038805 Marsh Hausrat

Freigabe durch mich liegt im Vier-Augen-Workflow (Vorgang FW-26-11872).

Danke!
Tobias
""" % gb
    return build('brandt', ['hoffmann'], 'Manuelle Auszahlung S-26-0038805 (GB-IBAN)', D(3, 19, 15, 40),
                 text(b, cs='iso-8859-1', cte='8bit'), mailer='outlook')


@mail(73, S, 'en', 'insurer-to-hospital',
      'pre-admission approval for a knee replacement (M17.1) in Dublin, with the admission as calendar invite (ICS)')
def _():
    b = """Dear Admissions Team,

we approve the planned admission of our member:

  Patient:    Mrs Bridget Kavanagh-Roth, DOB 07/03/1961, GlobalHealth Premier GH-2020-0008817
  Procedure:  total knee replacement, left (primary gonarthrosis, M17.1), Mr Desmond Farrell FRCS
  Admission:  14 October 2026, 07:00; expected length of stay 4 nights, private room
  GOP no.:    GH-26-009314, valid 14-20 October 2026, up to EUR 19,500 incl. implant

Post-operative physiotherapy as an outpatient is covered separately (up to 20 sessions).

For our member's convenience I attach the admission date as a calendar entry - could you forward
it to her together with your pre-admission instructions (fasting, medication to stop)?

Kind regards

""" + sig('schulte', 'en')
    ev = [dict(uid='gop-gh-26-009314@rheinbogen-versicherung.example', start='20261014T070000', end='20261014T090000',
               summary="Admission St. Aidan's - knee replacement (Kavanagh-Roth)",
               location="St. Aidan's Hospital, Admissions, Dublin", organizer=('Bernd Schulte', STAFF['schulte']['addr']),
               desc='GOP GH-26-009314. Please bring ID, medication list, GOP letter.')]
    return build('schulte', [('Admissions', 'admissions@staidans-hospital.example')],
                 'GOP GH-26-009314 - Kavanagh-Roth - TKR 14 Oct', D(9, 22, 10, 40),
                 mixed(text(b, cte='quoted-printable'), ics_part(ev, 'admission_GH-26-009314.ics')), mailer='outlook')


@mail(74, N, 'de', 'internal',
      'trap: quarterly exchange rates for claims reimbursement (CSV) - currencies and money, no person')
def _():
    b = """Hallo zusammen,

ab 01.04.2026 gelten für die Erstattung von Auslandsrechnungen die folgenden Umrechnungskurse
(EZB-Referenzkurse vom 31.03., für nicht notierte Währungen Kurse unserer Hausbank). Die Datei
ist bereits im Leistungssystem hinterlegt; für manuelle Abrechnungen bitte die CSV verwenden.

Maßgeblich ist weiterhin der Kurs am Rechnungsdatum, wenn die versicherte Person keinen
Umtauschbeleg einreicht.

Viele Grüße
Eva Hoffmann
Finanzen
"""
    rows = [['Waehrung', 'ISO', 'Kurs je 1 EUR', 'Quelle'],
            ['US-Dollar', 'USD', '1,0842', 'EZB'], ['Britisches Pfund', 'GBP', '0,8571', 'EZB'],
            ['Schweizer Franken', 'CHF', '0,9588', 'EZB'], ['Thailändischer Baht', 'THB', '37,912', 'EZB'],
            ['VAE-Dirham', 'AED', '3,9817', 'Hausbank'], ['Kenia-Schilling', 'KES', '140,25', 'Hausbank'],
            ['Philippinischer Peso', 'PHP', '61,874', 'EZB'], ['Singapur-Dollar', 'SGD', '1,4562', 'EZB'],
            ['Polnischer Zloty', 'PLN', '4,2719', 'EZB'], ['Kanadischer Dollar', 'CAD', '1,4665', 'EZB']]
    return build('hoffmann', [('Team Leistung Kranken International', 'team-lk-international@' + DOM),
                              ('Team Reise & Assistance', 'team-reise-assistance@' + DOM)],
                 'Umrechnungskurse Q2/2026 für Auslandsrechnungen', D(3, 31, 16, 2),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'),
                       text(csvtext(rows, ';'), sub='csv', cs='windows-1252', cte='quoted-printable',
                            filename='Umrechnungskurse_Q2_2026.csv')), mailer='outlook')


@mail(75, C, 'de', 'insurer-to-customer',
      'returned direct debit on a motor policy of a cross-border commuter: name, policy, plate, bank account details')
def _():
    ib = iban('DE', '59050101' + '0067118305')
    b = """Guten Tag Herr Schaack,

die Lastschrift für den Kfz-Beitrag (KF-4512 0078, Kennzeichen SB-LS 770) über 214,65 EUR
vom 01.07.2026 wurde von Ihrer Bank zurückgegeben (Grund: "Widerspruch des Zahlers").

Belastet werden sollte Ihr Konto bei der Sparkasse Saarbrücken, IBAN %s.

Falls das ein Versehen war: Antworten Sie einfach kurz, dann buchen wir erneut ab. Wenn Sie
den Beitrag inzwischen lieber von Ihrem Konto in Luxemburg zahlen möchten, brauchen wir ein neues
SEPA-Mandat - das Formular finden Sie im Kundenportal.

Mit freundlichen Grüßen

""" % ib + sig('hoffmann', 'de')
    return build('hoffmann', [('Luc Schaack', 'luc.schaack@webpost.example')],
                 'Rücklastschrift Kfz-Beitrag KF-4512 0078', D(7, 8, 8, 6), text(b, cs='utf-8', cte='8bit'),
                 mailer='crm')


@mail(76, S, 'mixed', 'insurer-to-customer',
      'grey: certificate of health insurance for a visa (no diagnosis) - fact of being insured in the health line (PDF)')
def _():
    b = """Hallo Herr Oyelaran,

anbei wie gewünscht die Versicherungsbestätigung auf Englisch für Ihren Visumsantrag bei der
britischen Botschaft. Das Original mit Unterschrift liegt zusätzlich in Ihrem SecureMail-Postfach.

Please find attached the certificate of insurance for your visa application.

Viele Grüße / kind regards
Hannah Keller

""" + sig('keller', 'de')
    p = pdf([['# CERTIFICATE OF HEALTH INSURANCE', '', 'Cologne, 14 January 2026', '',
              'We hereby confirm that', '',
              '   Mr Babatunde Oyelaran, born 02 February 1993, passport no. A09931742 (Nigeria)',
              '   residing at Venloer Str. 301, 50823 Köln, Germany', '',
              'is insured with Rheinbogen Versicherung AG under the international health insurance',
              'GlobalHealth Plus, policy no. GH-2025-0144508, since 01 October 2025.', '',
              'Area of cover: worldwide excluding USA', 'Annual limit: EUR 2,000,000',
              'The insurance covers medical treatment, hospitalisation and repatriation in the United Kingdom',
              'for stays of up to 90 days per trip. There are no premium arrears.', '',
              'Rheinbogen Versicherung AG - International Customer Service']],
            title='Certificate of health insurance', when='20260114093000')
    return build('keller', [('Babatunde Oyelaran', 'b.oyelaran@freemail.example')],
                 'Versicherungsbestätigung / certificate of insurance - UK visa', D(1, 14, 9, 41),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'),
                       att(p, 'application/pdf', 'Certificate_of_insurance_GH-2025-0144508.pdf')), mailer='outlook')


@mail(77, N, 'en', 'insurer-to-broker',
      'trap: generic process guide for brokers on how clients submit claims from abroad (medical invoices, GOP) - no client')
def _():
    b = """Hi Aleksandrs,

good question - there is no single page on this yet, so here is the short version you can pass on
to your team (we'll put it into the broker portal next month):

Outpatient treatment abroad (doctor, dentist, pharmacy)
- client pays, then submits the invoice in the app or the SecureMail portal
- invoice must show patient name, date, diagnosis or reason for treatment, itemised services
- we pay within 10 working days, in EUR or in the invoice currency

Planned inpatient treatment
- client or hospital asks for a guarantee of payment at least 5 working days before admission
- our assistance partner arranges direct billing where possible

Emergencies
- 24/7 hotline +49 221 5550-9111; the hospital can call us directly
- no approval needed before emergency treatment, but please call within 48 hours

Please make sure clients do not send medical documents to you or to us by normal e-mail - the
portal is quicker anyway.

Cheers
Jonas

""" + sig('petersen', 'en', ascii_only=True)
    q = """
> -----Original Message-----
> From: Aleksandrs Berzins <a.berzins@balticbridge.example>
> Sent: Wednesday, April 15, 2026 9:02 AM
> To: Jonas Petersen <jonas.petersen@rheinbogen-versicherung.example>
> Subject: claims from abroad - process?
>
> Jonas, is there a one-pager for clients on how to submit claims when they are abroad?
> My team gets this question every week. Thanks, A.
"""
    return build('petersen', [('Aleksandrs Berzins', 'a.berzins@balticbridge.example')],
                 'RE: claims from abroad - process?', D(4, 15, 11, 27), text(b + q, cs='us-ascii', cte='7bit'),
                 mailer='outlook', irt=ref('VI1PR09-berzins-0415', 'balticbridge.example'))


@mail(78, C, 'en', 'insurer-to-customer',
      'storm damage to a German customer\'s holiday home on Mallorca: name, property address, policy, assessor report (PDF)')
def _():
    b = """Dear Mr and Mrs Hennings,

the Spanish loss adjuster has inspected your holiday home in Port de Pollença. His report is
attached (English summary of the Spanish original).

In short: the storm of 18 November 2026 damaged the roof of the pergola and blew in the glass door
of the living room; rain then damaged the parquet floor. All of this is covered under your
holiday home insurance FH-12 018 355 (storm and hail, glass). The estimated repair costs are
EUR 11,870; after your deductible of EUR 500 we will pay EUR 11,370.

You can commission the local company Reformas Tramuntana S.L. now - they may invoice us directly.

Kind regards

""" + sig('brandt', 'en')
    p = pdf([['# Loss adjuster report (summary, EN)', '',
              'Insured: Klaus and Renate Hennings, Hamburg',
              'Risk address: Carrer de Formentor 22, 07470 Port de Pollença, Mallorca',
              'Policy: FH-12 018 355, holiday home, buildings and contents', 'Claim: S-26-0094417',
              'Inspection: 24.11.2026, adjuster Miquel Ferrer Bauzà (Peritaciones Baleares S.L.)', '',
              '# Findings',
              'Pergola roof (wood/polycarbonate) torn off, 18 m2',
              'Sliding glass door living room broken, frame bent',
              'Parquet floor living room swollen by rain water, 32 m2', '',
              '# Estimate (EUR)', 'Pergola 3,240 - Glass door 2,910 - Parquet incl. removal 5,120 - Drying 600',
              'Total 11,870', '', 'Cause: storm, wind speed 104 km/h measured at Pollença station (AEMET)']],
            title='Loss adjuster report S-26-0094417', when='20261126120000')
    return build('brandt', [('Klaus Hennings', 'k.hennings@postfach.example')],
                 'Holiday home Port de Pollença - claim S-26-0094417 - adjuster report', D(11, 27, 15, 3),
                 mixed(text(b, cte='quoted-printable'), att(p, 'application/pdf', 'Adjuster_report_S-26-0094417.pdf')),
                 cc=[('Renate Hennings', 'r.hennings@postfach.example')], mailer='outlook')


@mail(79, S, 'en', 'insurer-to-lawyer',
      'personal injury claim in Ireland: our motor policyholder injured a cyclist - whiplash S13.4, GP records, settlement')
def _():
    b = """Dear Mr O'Brien,

re: your client Ms Siobhan Devlin ./. our insured Mr Florian Weigand
    accident of 22 April 2026, Ranelagh Road, Dublin 6 - our claim S-26-0047719

thank you for the medical report of Dr Niall Cusack of 2 September. We accept liability on behalf
of our insured, who was driving his German-registered car (K-FW 1988) during his secondment in
Dublin.

On quantum we have the following comments:
- the soft tissue injury of the neck (whiplash, S13.4) and the contusion of the left shoulder are
  well documented; the report expects full recovery within 9 months;
- the "aggravation of pre-existing anxiety" mentioned on page 4 is not supported by the GP
  records you sent (no consultation for anxiety after 2019) - we do not accept this head;
- physiotherapy: 14 sessions, EUR 1,120, accepted; loss of earnings: 3 weeks, EUR 2,460, accepted.

Our offer in full and final settlement: EUR 18,500 general damages plus EUR 3,580 special
damages, plus your reasonable costs. This is within the Personal Injuries Guidelines bracket for
a moderate neck injury.

Yours sincerely

""" + sig('brandt', 'en')
    return build('brandt', [("Declan O'Brien", 'declan@obrien-solicitors.example')],
                 'Devlin v Weigand - our claim S-26-0047719 - offer', D(9, 17, 12, 15),
                 text(b, cs='utf-8', cte='quoted-printable'), cc=['richter'], mailer='outlook')


@mail(80, N, 'en', 'insurer-to-broker',
      'HTML-only notice of broker portal maintenance - no data')
def _():
    h = """<!DOCTYPE html><html><head><meta charset="us-ascii"><title>Maintenance</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<h2 style="color:#0a5c7a">Broker portal maintenance on 7 March</h2>
<p>Dear partners,</p>
<p>on <b>Saturday, 7 March 2026, from 06:00 to 14:00 CET</b> the Rheinbogen broker portal and the
BiPRO interfaces for broker post will be unavailable due to a software update.</p>
<p>During this time your broker management software cannot fetch documents. Documents created in this
period will be available from 14:00 and will not be lost.</p>
<p>What's new after the update: two-factor sign-in via authenticator app for all firm administrators,
and a new filter "international" in the document inbox.</p>
<p>Thank you for your understanding,<br>Broker Desk International</p>
</body></html>
"""
    return build('brokernews', [('Broker Desk partners', 'broker-partners@lists.rheinbogen-versicherung.example')],
                 'Broker portal maintenance on Saturday, 7 March 2026', D(3, 2, 9, 0), html(h, cs='us-ascii', cte='7bit'),
                 mailer='news')


@mail(81, C, 'en', 'insurer-to-partner',
      'request to a UK insurer to confirm prior motor insurance of a named customer with birth date and address')
def _():
    b = """Dear Customer Records Team,

our customer has taken out motor insurance with us after moving to Germany and has authorised us
(signed authority attached to our portal message) to request his driving history from you:

  Name:            Mr Hamish Duncan Fraser
  Date of birth:   14/03/1979
  Previous address: 7 Craigleith View, Edinburgh EH4 3JZ
  Your policy:     TH/MTR/6618402 (according to the customer)

Could you please confirm the period of insurance, whether he was the main driver, and the number
of claims-free years at expiry?

Thank you in advance.

Kind regards

""" + sig('fischer', 'en')
    return build('fischer', [('Thames & Harbour Customer Records', 'records@thamesharbour.example')],
                 'Request for driving history - H. D. Fraser - TH/MTR/6618402', D(5, 13, 10, 12),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(82, S, 'de', 'insurer-to-lawyer',
      'grey: criminal proceedings for drunk driving (§ 316 StGB) of a motor customer in Austria - criminal offence data')
def _():
    b = """Sehr geehrte Frau Rechtsanwältin Hartmann,

in der Sache Ihres Mandanten Herrn Benedikt Auer, unser Kfz-Vertrag KF-4608 2231 / Schaden
S-26-0059930, danken wir für die Übersendung des Strafbefehls des Bezirksgerichts Kufstein.

Danach ist Herr Auer wegen Fahrens in alkoholisiertem Zustand (1,4 Promille) zu einer Geldstrafe
verurteilt worden; der Führerschein wurde für sechs Monate entzogen. Der Strafbefehl ist nach
Ihrer Mitteilung seit dem 12.06.2026 rechtskräftig.

Für den Haftpflichtschaden des Unfallgegners (Sachschaden 8.940 EUR) treten wir gegenüber dem
Geschädigten ein. Gegenüber Ihrem Mandanten machen wir wegen der Obliegenheitsverletzung
(Alkoholklausel D.1.3 AKB) einen Regress von 5.000 EUR geltend. Die Kaskoleistung für sein
eigenes Fahrzeug lehnen wir wegen grober Fahrlässigkeit ab.

Einer Ratenzahlung stehen wir offen gegenüber.

Mit freundlichen Grüßen

""" + sig('richter', 'de')
    return build('richter', [('RAin Johanna Hartmann', 'kanzlei@hartmann-law.example')],
                 'Ihr Mandant Auer - KF-4608 2231 - S-26-0059930 - Regress', D(6, 26, 14, 11),
                 text(b, cs='iso-8859-1', cte='quoted-printable'), mailer='outlook')


@mail(83, N, 'en', 'insurer-to-assistance',
      'trap: draft data processing agreement with an assistance company (categories of health data, TOMs) - DOCX')
def _():
    b = """Dear Mehmet, dear Ms Haddad,

as promised, attached is our draft data processing agreement (Art. 28 GDPR) with the annex on
international transfers (Standard Contractual Clauses, module 2) - Blue Atlas processes health data
of our members on our behalf, so we need it signed before the go-live on 1 March.

Please look in particular at
- annex 1 (categories of data: contract data, health data incl. diagnoses and treatment reports,
  travel data; categories of persons: members, co-insured family members),
- annex 2 (technical and organisational measures: encryption in transit and at rest, access
  logging, deletion after 6 years),
- clause 9 (sub-processors: your call centre in Cairo must be listed).

Comments in track changes are welcome; our legal team is available for a call next week.

Kind regards
Olivia

""" + sig('grant', 'en')
    d = docx([('h', 'Data Processing Agreement (Art. 28 GDPR) - DRAFT v0.3'),
              'between Rheinbogen Versicherung AG, Cologne ("Controller") and Blue Atlas Medical Assistance FZ-LLC, '
              'Dubai ("Processor")',
              ('h', '1. Subject matter'),
              'The Processor provides 24/7 medical assistance services for members of the Controller\'s international '
              'health plans, including case management, guarantees of payment and medical transports.',
              ('h', 'Annex 1 - categories of data and data subjects'),
              ('table', [['Data subjects', 'Categories of data'],
                         ['Members and co-insured persons', 'identification and contract data; health data '
                          '(diagnoses, treatment reports, medical transport data); travel and location data'],
                         ['Treating doctors, hospital staff', 'name, function, contact data']]),
              ('h', 'Annex 2 - technical and organisational measures'),
              'TLS 1.2+ for all transfers; S/MIME or portal for e-mail with health data; AES-256 at rest; '
              'role-based access; access logging kept 6 years; deletion concept.'],
             title='DPA Blue Atlas draft', author='Olivia Grant')
    return build('grant', [('Mehmet Aydın', 'mehmet.aydin@blueatlas-ma.example'),
                           ('Dr Rania Haddad', 'medical@blueatlas-ma.example')],
                 'Draft DPA Rheinbogen / Blue Atlas for your review', D(1, 27, 17, 15),
                 mixed(text(b, cte='quoted-printable'), att(d, MIME_DOCX, 'DPA_Rheinbogen_BlueAtlas_draft_v0.3.docx')),
                 cc=['nguyen', 'richter'], mailer='outlook')


@mail(84, C, 'de', 'insurer-to-customer',
      'cancellation confirmation on emigration (household, liability, legal expenses): name, policies, new address abroad')
def _():
    b = """Sehr geehrte Frau Hoffstätter,

hiermit bestätigen wir die Beendigung Ihrer Verträge wegen Ihres Wegzugs nach Kanada:

  Hausrat HR-86 004 719          endet zum 31.05.2026
  Privathaftpflicht PH-22 551 030 endet zum 31.05.2026
  Rechtsschutz RS-60 118 442     endet zum 31.05.2026

Die anteiligen Beiträge (gesamt 187,35 EUR) erstatten wir auf Ihr bekanntes Konto. Für die
Rechtsschutzversicherung gilt: Fälle, die vor dem 31.05. eingetreten sind, bleiben versichert,
auch wenn Sie sie erst später melden.

Ihre neue Anschrift: 48 Rue Saint-Paul Ouest, Montréal QC H2Y 1Z1, Kanada.

Wir wünschen Ihnen einen guten Start in Montréal!

Mit freundlichen Grüßen

""" + sig('fischer', 'de')
    return build('fischer', [('Andrea Hoffstätter', 'andrea.hoffstaetter@mailbox.example')],
                 'Bestätigung: Beendigung Ihrer Verträge zum 31.05.2026', D(5, 18, 11, 44),
                 text(b, cs='windows-1252', cte='8bit'), mailer='crm')


@mail(85, S, 'en', 'insurer-to-customer',
      'travel health claim: child broke her wrist on Crete, hospital invoice and X-ray, parent addressed')
def _():
    b = """Dear Mrs Palmer,

I hope Ella is doing better and the cast is not too itchy in this heat!

We have settled the invoices from Crete under your family travel insurance RV-77 051 300:

  Venizeleio General Hospital, Heraklion, 12 August 2026
  - emergency treatment, X-ray of the left wrist: distal radius fracture (S52.5), closed reduction
    and cast                                                  EUR 420.00
  Pharmacy Chania, paracetamol and ibuprofen syrup            EUR  18.60
  Taxi to and from the hospital                                EUR  64.00
  Total reimbursed                                             EUR 502.60

The follow-up X-ray and the removal of the cast at your paediatrician's in Stuttgart are covered by
your statutory health insurance, not by the travel insurance - please show them your
Gesundheitskarte as usual.

Best wishes to Ella,

""" + sig('okafor', 'en')
    return build('okafor', [('Joanna Palmer', 'joanna.palmer@freemail.example')],
                 'RE: Ella - hospital bill Crete', D(8, 28, 9, 17), text(b, cs='utf-8', cte='quoted-printable'),
                 mailer='outlook', irt=ref('CAHp-palmer-crete-0826', 'freemail.example'))


@mail(86, N, 'de', 'internal',
      'trap: data protection quiz for staff about health data in international transfers - example questions, no real case')
def _():
    b = """Liebe Kolleginnen und Kollegen im International Desk,

unsere jährliche Datenschutzschulung ist dieses Jahr ein kurzes Quiz (15 Minuten). Hier schon
mal drei Beispielfragen, damit ihr wisst, was euch erwartet:

1. Ein Assisteur in Dubai schickt einen Arztbericht mit Diagnose per unverschlüsselter Mail.
   Was tun Sie?
   a) weiterleiten an den Beratungsarzt, ist ja intern
   b) Vorgang bearbeiten, Assisteur auf den sicheren Kanal hinweisen, Datenschutz informieren
   c) Mail löschen und nichts sagen

2. Eine Arbeitgeberin fragt, warum ihr entsandter Mitarbeiter krankgeschrieben ist.
   Dürfen Sie Auskunft geben?

3. Sie wollen eine Leistungsabrechnung mit ICD-Code an einen Makler in Riga schicken.
   Welcher Versandweg ist zulässig?

Das Quiz ist bis 30.11. im Lernportal freigeschaltet. Die Auflösung mit Erklärungen gibt es danach
im Intranet.

Viele Grüße
Thi Lan Nguyen
Büro des Datenschutzbeauftragten
"""
    return build('nguyen', [('International Desk', 'international-desk-alle@' + DOM)],
                 'Datenschutz-Quiz 2026 - drei Beispielfragen vorab', D(11, 3, 13, 30),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(87, C, 'en', 'insurer-to-broker',
      'grey: commission statement of a sole-trader broker (natural person): his IBAN and tax number, products only (PDF)')
def _():
    ib = iban('DE', '76050101' + '0012993478')
    b = """Dear Mr Kerr,

attached is your commission statement for Q2 2026. The total of EUR 4,218.70 will be transferred
to your business account on 15 July.

Please note: as you are a sole trader registered in Germany, we need your current tax number for
the credit-note procedure. We have the one below on file - please check whether it is still valid
after your move from Fürth to Nuremberg.

Best regards
Jonas

""" + sig('petersen', 'en')
    p = pdf([['# Commission statement Q2 2026', '',
              'Broker: Alasdair Kerr, Kerr Expat Insurance Services (sole trader), agency no. 70-6031',
              'Address: Königstraße 57, 90402 Nürnberg', 'Tax no.: 218/245/60917  VAT: exempt (§ 4 Nr. 11 UStG)',
              'Bank: Sparkasse Nürnberg, IBAN ' + ib, '',
              'Product (new business Q2)   Policies   Premium EUR   Rate    Commission EUR',
              'GlobalHealth Plus                  1      2,964.00   12 %           355.68',
              'GlobalHealth Premier               1      4,272.00   12 %           512.64',
              'Expat Home & Liability             1        611.00   18 %           109.98',
              'GlobalLife Term (sum of premiums)  1     36,000.00   35 pm        3,240.40',
              '', 'Total commission Q2 2026: EUR 4,218.70']],
            title='Commission statement Q2 2026 Kerr', when='20260705090000')
    return build('petersen', [('Alasdair Kerr', 'alasdair@kerr-expat.example')],
                 'Commission statement Q2 2026', D(7, 6, 10, 2),
                 mixed(text(b, cte='quoted-printable'), att(p, 'application/pdf', 'Commission_Q2_2026_70-6031.pdf')),
                 mailer='outlook')


@mail(88, S, 'en', 'insurer-to-partner',
      'Swiss accident insurer coordination for a cross-border worker\'s commuting accident (UVG): named person, injuries')
def _():
    b = """Dear Ms Hofer,

thank you for your letter regarding our joint insured, Mr Dominik Scherrer, born 30.07.1990, living in
Lörrach (DE) and employed by Pharmavia AG in Basel.

On 21 January 2026 Mr Scherrer had a road accident on his way to work (Zollfreistrasse, Riehen).
According to the discharge letter of the University Hospital Basel he sustained a fracture of the
left clavicle (S42.0) and a concussion (S06.0); he was treated as an inpatient until 24 January.

As you confirmed, this is a commuting accident under the Swiss UVG and Assurances Lémanique is
primarily liable for treatment costs and daily allowance. Our private accident insurance UV-55 318 226
pays independently of this (daily hospital benefit for 3 days, and a possible disability benefit
later). We will therefore not claim any recourse from you and ask you to pass no invoices to us.

Could you send us a copy of the final medical report once treatment is completed? Mr Scherrer has
consented to the exchange of information between our companies.

Kind regards

""" + sig('lang', 'en')
    return build('lang', [('Martina Hofer', 'm.hofer@lemanique.example')],
                 'Your ref. UVG-26-004188 - Scherrer Dominik - commuting accident 21.01.2026', D(2, 13, 11, 21),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(89, N, 'en', 'insurer-to-supplier',
      'trap: print order for blank multilingual claim forms (fields for diagnosis, treating doctor, bank) - PDF proof')
def _():
    b = """Dear Mr Jansen,

please go ahead with the print run for our international claim form (proof attached, version
2026-02, approved):

- format A4, 2 pages, duplex, 90 g/m2, four languages (EN/DE/FR/ES)
- quantity: 8,000; delivery to our mailroom, Rheinuferstrasse 40, Cologne, by 20 March
- order no. BE-2026-02977, cost centre 4100

The forms are blank - the printer does not receive any customer data. Please confirm the delivery
date.

Kind regards
Leonie Vogt

""" + sig('vogt', 'en')
    p = pdf([['# Claim form - international health / Leistungsantrag', '',
              'Policy number / Versicherungsnummer: ____________________',
              'Patient name / Name der versicherten Person: ____________________',
              'Date of birth / Geburtsdatum: ___.___.______', '',
              '# Treatment / Behandlung',
              'Diagnosis or reason for treatment / Diagnose: ______________________________',
              'Treating doctor or hospital / Behandelnder Arzt: ____________________',
              'Date(s) of treatment: ____________  Country: ____________',
              'Was the treatment due to an accident?  [ ] yes  [ ] no', '',
              '# Payment / Auszahlung', 'Account holder: ____________________',
              'IBAN: __ __ ____ ____ ____ ____ ____ __   BIC: ___________', '',
              'Signature / Unterschrift: ____________________'],
             ['# Page 2 - Notes', 'Please attach original invoices or clear photos.',
              'Send this form via the Rheinbogen app or the SecureMail portal.',
              'Form version 2026-02 (EN/DE/FR/ES)']],
            title='Claim form 2026-02 proof', when='20260226110000')
    return build('vogt', [('Henk Jansen', 'h.jansen@drukkerij-delta.example')],
                 'Print order BE-2026-02977 - claim forms, proof approved', D(2, 27, 9, 50),
                 mixed(text(b, cte='quoted-printable'), att(p, 'application/pdf', 'Claim_form_2026-02_proof.pdf')),
                 mailer='outlook')


@mail(90, C, 'en', 'insurer-to-customer',
      'cyber insurance of a freelance translator (sole trader): phishing loss, bank account details, claim and policy')
def _():
    b = """Dear Ms Moreau,

thank you for the documents on the phishing attack. Your claim under the cyber insurance for
self-employed people, CY-03 117 602, has been registered as CY-26-000204.

Summary as we understand it:
- on 3 March 2026 you received an e-mail that looked like it came from your client Stellar Pharma;
  it asked you to "update the invoice bank details" and contained a link to a fake portal
- you entered your online banking details for your business account at Postbank
  (account ending ...9021); on 4 March EUR 6,400 were transferred to an account in Lithuania
- your bank has refunded EUR 2,100 so far; the rest could not be recalled

Cover: the policy covers losses from phishing up to EUR 10,000 after the deductible of EUR 250. We
will pay EUR 4,050 once you send us the bank's final statement. The costs of the IT specialist who
cleaned your laptop (EUR 380) are covered as well.

Please also report the case to the police, if not yet done, and send us the reference.

Kind regards

""" + sig('wendt', 'en')
    return build('wendt', [('Camille Moreau', 'c.moreau@moreau-translations.example')],
                 'Your cyber claim CY-26-000204', D(3, 12, 16, 33), text(b, cs='utf-8', cte='quoted-printable'),
                 mailer='outlook')


@mail(91, S, 'de', 'insurer-to-customer',
      'occupational disability (BU) claim of a Dutch-German cross-border worker with multiple sclerosis (G35) - questionnaire ODT')
def _():
    b = """Sehr geehrte Frau van Leeuwen,

vielen Dank für Ihren Antrag auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung
BU 4 388 902 117. Es tut mir sehr leid, dass Ihre Erkrankung Sie zu diesem Schritt zwingt.

Aus den Unterlagen Ihres Neurologen in Nijmegen haben wir entnommen, dass bei Ihnen seit 2023
eine schubförmig-remittierende Multiple Sklerose (G35) bekannt ist und Sie seit dem letzten Schub
im Februar wegen Fatigue und Gangunsicherheit nur noch etwa drei Stunden täglich als
Physiotherapeutin in Kleve arbeiten können.

Damit wir zügig entscheiden können, füllen Sie bitte den beigefügten Fragebogen zu Ihrer
beruflichen Tätigkeit aus (Arbeitszeiten, Tätigkeiten in Prozent, körperliche Belastung). Die
Angaben Ihrer niederländischen Krankenversicherung (UWV-Bescheid) brauchen wir ebenfalls - gern
als Scan über das SecureMail-Portal.

Mit freundlichen Grüßen

""" + sig('demir', 'de')
    o = odt([('h', 'Fragebogen zur beruflichen Tätigkeit - BU-L-26-0051'),
             'Versicherte Person: Sanne van Leeuwen, geb. 02.10.1985, Kranenburg',
             'Vertrag: BU 4 388 902 117, versicherte BU-Rente 1.800 EUR monatlich',
             'Zuletzt ausgeübter Beruf: Physiotherapeutin (angestellt), Praxis am Markt, Kleve',
             ('table', [['Tätigkeit', 'Anteil in % (vor Erkrankung)', 'Anteil in % (heute)', 'Bemerkung'],
                        ['Behandlung am Patienten (stehend)', '', '', ''],
                        ['Hausbesuche / Fahrten', '', '', ''],
                        ['Dokumentation am PC', '', '', ''],
                        ['Organisation / Termine', '', '', '']]),
             'Seit wann können Sie Ihre Tätigkeit nur noch eingeschränkt ausüben?',
             'Welche Beschwerden hindern Sie (z. B. Fatigue, Gangunsicherheit, Sehstörungen)?',
             'Ort, Datum, Unterschrift'],
            title='Fragebogen BU-L-26-0051')
    return build('demir', [('Sanne van Leeuwen', 'sanne.vanleeuwen@inbox-mail.example')],
                 'Ihr Antrag auf BU-Leistungen - Fragebogen zur Tätigkeit', D(4, 9, 14, 55),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'),
                       att(o, MIME_ODT, 'Fragebogen_Taetigkeit_BU-L-26-0051.odt')), mailer='outlook')


@mail(92, N, 'en', 'newsletter',
      'trap: broker bulletin on cross-border workers (social security, tax, income thresholds, sick pay rules) - general')
def _():
    h = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broker Bulletin</title></head>
<body style="font-family:Georgia,serif;font-size:14px;max-width:640px">
<h1 style="font-size:22px">Broker Bulletin International &ndash; No. 3/2026</h1>
<h2 style="font-size:17px">Cross-border workers: what changes in 2026</h2>
<p><b>Social security.</b> Since 1 July 2023, cross-border teleworkers may work up to 49.9&nbsp;% of their time
from home without changing the country of social security, if both countries signed the framework agreement.
Make sure your clients apply for an A1 certificate.</p>
<p><b>Sick pay.</b> A cross-border worker insured in Luxembourg receives sick pay from the CNS after the employer's
continued payment; in Germany the statutory fund pays <i>Krankengeld</i> of 70&nbsp;% of gross income, capped.
Private daily sickness allowance tops up the gap &ndash; a good conversation starter.</p>
<p><b>Income thresholds 2026.</b> Compulsory insurance threshold in Germany: EUR 77,400 per year; contribution
ceiling in health insurance: EUR 69,750. Clients above the threshold may choose private health insurance.</p>
<p><b>Tax.</b> The double taxation agreements with France, Luxembourg, the Netherlands and Switzerland each have
their own 'cross-border worker' rules. We do not give tax advice &ndash; but our FAQ lists the official sources.</p>
<h2 style="font-size:17px">Dates</h2>
<ul><li>23 April: webinar &laquo;International health for digital nomads&raquo;</li>
<li>18 June: broker day Cologne (in person)</li></ul>
<p style="font-size:12px;color:#666">Rheinbogen Versicherung AG &middot; Broker Desk International &middot;
<a href="https://makler.rheinbogen-versicherung.example/newsletter/abmelden">unsubscribe</a></p>
</body></html>
"""
    return build('brokernews', [('Broker Desk partners', 'broker-partners@lists.rheinbogen-versicherung.example')],
                 'Broker Bulletin International 3/2026 - cross-border workers', D(3, 20, 8, 0),
                 alt(text(html2text(h), cs='utf-8', cte='quoted-printable'), html(h, cs='utf-8', cte='quoted-printable'),
                     style='java'), mailer='news', extra=[('Precedence', 'bulk')])


@mail(93, C, 'de', 'insurer-to-customer',
      'liability claim: customer\'s son broke a neighbour\'s window with a football - names, policy, claim, no injury')
def _():
    b = """Hallo Frau Bianchi,

danke für Ihre Meldung und die Fotos. Wir haben den Schaden Ihres Sohnes Luca (9 Jahre) unter
Ihrer Familien-Haftpflichtversicherung PH-27 330 912 als Schaden S-26-0066731 angelegt.

Zum Hergang: Luca hat am 11.07. beim Fußballspielen im Hof die Fensterscheibe im Erdgeschoss von
Herrn Okafor-Lenz (Ebertplatz 4, Köln) getroffen. Verletzt wurde niemand.

Da Luca schon neun ist, haftet er selbst, wenn er die Gefahr erkennen konnte - Ihr Vertrag deckt
das ab. Bitte geben Sie Herrn Okafor-Lenz meine Kontaktdaten; er soll uns den Kostenvoranschlag
des Glasers schicken. Wir regeln das dann direkt mit ihm.

Viele Grüße

""" + sig('brandt', 'de')
    return build('brandt', [('Giulia Bianchi', 'giulia.bianchi@postfach.example')],
                 'Fensterscheibe Ebertplatz - Ihr Schaden S-26-0066731', D(7, 13, 10, 29),
                 text(b, cs='iso-8859-1', cte='8bit'), mailer='outlook')


@mail(94, S, 'en', 'insurer-to-assistance',
      'case closure to Dubai assistance: named member, myocardial infarction I21.4, stent, hospital costs, follow-up')
def _():
    b = """Dear Dr Haddad,

thank you for the final report on case BA-26-30977. For our records, we close the case as follows:

  Member:          Mr Gregor Stanković, DOB 25/06/1967, GlobalHealth Premier GH-2019-0003371
  Event:           non-ST-elevation myocardial infarction (I21.4), 3 August 2026, Muscat
  Treatment:       coronary angiography, one drug-eluting stent (RCA), Royal Hospital Muscat,
                   CCU 2 days, discharged 7 August on dual antiplatelet therapy (aspirin + ticagrelor),
                   atorvastatin 80 mg, bisoprolol 2.5 mg
  Costs:           OMR 7,912.400 - paid under GOP BA-26-30977 on 21 August
  Follow-up:       cardiology review in 6 weeks (booked with his cardiologist in Vienna) and cardiac
                   rehabilitation in Austria - approved by us directly with the member

No further services from Blue Atlas are needed. Your case fee as per the price list.

Kind regards

""" + sig('yilmaz', 'en')
    return build('yilmaz', [('Dr Rania Haddad', 'medical@blueatlas-ma.example')],
                 'BA-26-30977 - Stankovic - case closure', D(8, 24, 11, 9), text(b, cs='utf-8', cte='base64'),
                 cc=['schulte'], mailer='outlook')


@mail(95, N, 'de', 'insurer-to-company',
      'trap: offer of group travel health insurance for a company\'s business travellers - per-head premiums, no named persons')
def _():
    h = """<html><head><meta charset="windows-1252"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Kessler,</p>
<p>vielen Dank f&uuml;r Ihr Interesse an einer Gruppen-Auslandsreisekrankenversicherung f&uuml;r Ihre Dienstreisenden.
Gern machen wir Ihnen folgendes Angebot:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th>Leistung</th><th>Basis</th><th>Komfort</th></tr>
<tr><td>Ambulante und station&auml;re Behandlung im Ausland</td><td>100 %</td><td>100 %</td></tr>
<tr><td>Medizinisch sinnvoller R&uuml;cktransport</td><td>ja</td><td>ja</td></tr>
<tr><td>Zahnbehandlung (schmerzstillend)</td><td>bis 500 &euro;</td><td>bis 1.000 &euro;</td></tr>
<tr><td>Reisedauer je Reise</td><td>bis 56 Tage</td><td>bis 180 Tage</td></tr>
<tr><td>Beitrag je Mitarbeitendem und Jahr</td><td>49,00 &euro;</td><td>79,00 &euro;</td></tr>
</table>
<p>Grundlage sind Ihre Angaben: ca. 140 reisende Mitarbeitende, Reiseziele &uuml;berwiegend Naher Osten und Asien.
Namen der Reisenden ben&ouml;tigen wir nicht &ndash; versichert sind alle Mitarbeitenden auf Dienstreise.</p>
<p>Das Angebot gilt bis 30.06.2026.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Markus Wendt<br>Underwriting Firmenkunden International</p>
</body></html>
"""
    return build('wendt', [('Birgit Kessler', 'b.kessler@kessler-anlagenbau.example')],
                 'Angebot Gruppen-Auslandsreisekrankenversicherung Dienstreisen', D(5, 7, 16, 20),
                 alt(text(html2text(h), cs='windows-1252', cte='quoted-printable'), html(h, cs='windows-1252')),
                 mailer='outlook')


@mail(96, C, 'de', 'insurer-to-customer',
      'legal expenses: employment dispute of a cross-border worker dismissed by a Luxembourg employer - salary, cover (DOCX)')
def _():
    b = """Sehr geehrter Herr Meyer-Rausch,

wir bestätigen Ihnen Versicherungsschutz aus Ihrer Rechtsschutzversicherung RS-62 004 387
(Arbeits-Rechtsschutz) für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Luxtrans S.à r.l.
in Luxemburg. Die Deckungszusage mit den Einzelheiten finden Sie im Anhang.

Da der Arbeitsvertrag luxemburgischem Recht unterliegt und das Verfahren vor dem Tribunal du
travail in Luxemburg geführt wird, übernehmen wir die Kosten eines dort zugelassenen Anwalts
nach den üblichen Sätzen bis zur Versicherungssumme von 300.000 EUR.

Mit freundlichen Grüßen

""" + sig('richter', 'de')
    d = docx([('h', 'Deckungszusage Rechtsschutz - RS-26-011204'),
              'Versicherungsnehmer: Jens Meyer-Rausch, Schloßstraße 9, 54290 Trier',
              'Vertrag: RS-62 004 387, Baustein Arbeits-Rechtsschutz, Selbstbeteiligung 150 EUR',
              'Gegner: Luxtrans S.à r.l., 14 Rue de Bitbourg, L-1273 Luxembourg',
              'Gegenstand: Kündigung vom 29.05.2026 zum 31.08.2026 (betriebsbedingt), Kündigungsschutzklage',
              'Bruttomonatsgehalt laut Arbeitsvertrag: 5.860 EUR, Betriebszugehörigkeit seit 01.04.2017',
              'Zugesagt: außergerichtliche Vertretung und 1. Instanz (Tribunal du travail Luxembourg)',
              'Anwalt: Maître Claire Weber, Luxembourg'],
             title='Deckungszusage RS-26-011204', author='Paul Richter')
    return build('richter', [('Jens Meyer-Rausch', 'jens.meyer-rausch@webpost.example')],
                 'Deckungszusage Arbeitsrechtsschutz - Kündigung Luxtrans', D(6, 9, 15, 12),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'), att(d, MIME_DOCX, 'Deckungszusage_RS-26-011204.docx')),
                 mailer='outlook')


@mail(97, S, 'en', 'internal',
      'grey: explicit subject tag [streng vertraulich] on a short internal note with a harmless body -> marking wins')
def _():
    b = """Bernd,

as discussed - please see the portal case I assigned to you this morning. Everything is in the
case file, nothing by mail.

Thanks
Sabine
"""
    return build('roth', ['schulte'], '[streng vertraulich] Fall aus der Vorstandsanfrage', D(10, 6, 8, 3),
                 text(b, cs='us-ascii', cte='7bit'), mailer='ios')


@mail(98, N, 'en', 'insurer-to-partner',
      'trap: process agreement with a Dutch insurer on cross-border motor claims handling (green card, deadlines) - no case')
def _():
    b = """Dear Pieter,

thanks for the good meeting in Arnhem. Here is my summary of how we want to handle cross-border
motor claims between our two companies from 1 September - please correct me if I got anything
wrong.

1. Scope: accidents in NL or DE where one vehicle is insured by Noordzee and the other by
   Rheinbogen, property damage only. Injury claims stay with the usual procedure.
2. First notice: the insurer of the injured party sends the claim to the other insurer's
   dedicated mailbox (ours: claims-international@rheinbogen-versicherung.example) - via TLS-
   enforced mail, which we have now configured on both sides.
3. Response time: liability decision within 15 working days; payment within 10 working days after
   agreement on the amount.
4. Language: English for all correspondence; documents may be in Dutch or German.
5. Disputes under EUR 5,000: 50/50 split where liability cannot be established.

We'll review the arrangement after six months with the numbers.

Best regards
Tobias

""" + sig('brandt', 'en')
    return build('brandt', [('Pieter de Vries', 'p.devries@noordzee-verzekeringen.example')],
                 'Cross-border motor claims NL/DE - summary of our agreement', D(8, 20, 14, 48),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(99, C, 'en', 'insurer-to-customer',
      'new household and liability policy for an American family in Frankfurt: schedule PDF with birth dates and address')
def _():
    b = """Dear Mr and Mrs Delgado,

welcome to Rheinbogen! Your Expat Home & Liability policy starts on 1 May 2026. Your policy
schedule is attached - please check that all details are correct, especially the dates of birth
and the address, and let me know if anything needs to change.

The general terms and conditions in English are available in your customer portal.

Kind regards

""" + sig('fischer', 'en')
    p = pdf([['# Policy schedule - Expat Home & Liability', '', 'Policy no.: EH-14 337 019     Start: 01.05.2026',
              'Policyholder: Michael Delgado, born 1983-09-14',
              'Co-insured: Jennifer Delgado, born 1985-01-30; Sofia Delgado, born 2016-06-02',
              'Address: Schwanthalerstraße 12, 60594 Frankfurt am Main', '',
              '# Cover', 'Household contents: sum insured EUR 85,000 (living area 110 m2)',
              'incl. bicycle theft up to EUR 3,000, glass breakage',
              'Personal liability (family): EUR 10,000,000, worldwide',
              'Deductible: EUR 150 per claim', '',
              '# Premium', 'Annual premium incl. 19 % insurance tax: EUR 398.40',
              'Payment: annually by SEPA direct debit, IBAN DE** **** **** **** **47 12']],
            title='Policy schedule EH-14 337 019', when='20260424100000')
    return build('fischer', [('Michael Delgado', 'm.delgado@mailbox.example')],
                 'Welcome - your policy schedule EH-14 337 019', D(4, 24, 10, 14),
                 mixed(text(b, cte='quoted-printable'), att(p, 'application/pdf', 'Policy_schedule_EH-14337019.pdf')),
                 cc=[('Jennifer Delgado', 'jen.delgado@mailbox.example')], mailer='outlook')


@mail(100, S, 'en', 'insurer-to-customer',
      'underwriting for a posting to Lagos: asthma J45 history, vaccination record, acceptance terms - applicant addressed')
def _():
    b = """Dear Mr Brennan,

thank you for the completed health declaration and your vaccination record for your posting to
Lagos.

Our medical underwriting has reviewed your application for GlobalHealth Plus:

- Allergic asthma (J45.0), treated with budesonide/formoterol, last hospital visit 2018: accepted
  without surcharge, as it is well controlled.
- Vaccinations: yellow fever (valid for life), hepatitis A and B, typhoid, tetanus/diphtheria -
  complete. For rabies, your doctor recommends pre-exposure vaccination; this is reimbursed under
  the plan.
- Malaria prophylaxis: atovaquone/proguanil for trips outside Lagos, as recommended by your
  travel clinic.

Your policy will start on 1 March 2026 as requested. The policy documents follow via the portal.

Kind regards

""" + sig('keller', 'en')
    return build('keller', [('Conor Brennan', 'conor.brennan@freemail.example')],
                 'Your GlobalHealth application - underwriting result', D(2, 20, 11, 33),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(101, N, 'de', 'internal',
      'trap: farewell lunch for a colleague moving to the Singapore office - personal but not sensitive')
def _():
    b = """Hallo zusammen,

wie ihr wisst, wechselt Olivia zum 1. Oktober für zwei Jahre in unser Partnerbüro nach Singapur.
Bevor sie uns verlässt, wollen wir sie gebührend verabschieden:

  Abschiedsessen: Donnerstag, 24.09., 12:30 Uhr, Restaurant "Zum Rheinblick" (Tisch ist reserviert)

Für das Abschiedsgeschenk sammeln Jonas und ich bis Dienstag - gern bar oder per PayPal an mich.
Idee: ein Kochkurs für singapurische Küche und ein Fotobuch vom Team.

Bitte sagt mir bis Montag, ob ihr dabei seid (wegen der Plätze).

Viele Grüße
Hannah
"""
    return build('keller', [('International Desk', 'international-desk-alle@' + DOM)],
                 'Abschiedsessen für Olivia - Do 24.09.', D(9, 14, 11, 52), text(b, cs='utf-8', cte='8bit'),
                 mailer='tb')


@mail(102, C, 'en', 'insurer-to-customer',
      'HTML-only annual premium invoice for household and liability: name, policies, masked IBAN, amounts')
def _():
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Premium invoice 2027</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p><img alt="Rheinbogen" src="https://www.rheinbogen-versicherung.example/img/logo.png" width="160"></p>
<p>Dear Ms Yamamoto,</p>
<p>here is your premium invoice for 2027.</p>
<table cellpadding="5" style="border-collapse:collapse" border="1">
<tr><th align="left">Policy</th><th align="left">Product</th><th align="right">Premium 2027</th></tr>
<tr><td>HR-93 004 516</td><td>Household contents, Düsseldorf</td><td align="right">EUR 168.30</td></tr>
<tr><td>PH-28 117 044</td><td>Personal liability (single)</td><td align="right">EUR 61.90</td></tr>
<tr><td colspan="2"><b>Total</b></td><td align="right"><b>EUR 230.20</b></td></tr>
</table>
<p>We will collect the amount on 2 January 2027 from your account IBAN DE** **** **** **** **19 88
(mandate RBV-HR93004516-01).</p>
<p>Why did the premium change? The household premium is index-linked: the index for 2027 rose by 3.1&nbsp;%.</p>
<p>Kind regards<br>Rheinbogen Versicherung AG<br>Policy Administration International</p>
</body></html>
"""
    return build('fischer', [('Akiko Yamamoto', 'akiko.yamamoto@inbox-mail.example')],
                 'Your premium invoice 2027', D(11, 20, 5, 40), html(h, cs='utf-8', cte='base64'), mailer='crm')


@mail(103, S, 'mixed', 'insurer-to-customer',
      'long-term care: English-speaking son handles his mother\'s care allowance; German care assessment quoted (care level 3, dementia)')
def _():
    b = """Dear Mr Bergmann,

thank you for your patience. The assessment of your mother's care needs is now complete. As you
asked, I have summarised the result in English; the key passages of the German report are quoted
below.

  Insured person:   Mrs Hildegard Bergmann, born 11.05.1941, Haus Lindenhof, Bonn-Beuel
  Policy:           Pflegetagegeld PT-08 220 915 (you are authorised by power of attorney)
  Result:           care level 3 (Pflegegrad 3) from 1 March 2026
  Benefit:          EUR 60 per day = EUR 1,800 per month, paid to your mother's account

The main reasons are her increasing forgetfulness and disorientation (diagnosed Alzheimer's
dementia) and the help she needs with washing and dressing.

Auszug aus dem Gutachten (MEDICPROOF, 12.03.2026):

> Die Versicherte ist zeitlich und örtlich nur teilweise orientiert. Diagnosen: Demenz bei
> Alzheimer-Krankheit (F00.1), Herzinsuffizienz NYHA II, Gonarthrose beidseits.
> Modul 2 (kognitive und kommunikative Fähigkeiten): 10 Punkte - erhebliche Beeinträchtigung.
> Modul 4 (Selbstversorgung): Hilfe beim Duschen und Ankleiden erforderlich.
> Gesamtpunktwert: 52,5 - Pflegegrad 3.

If the situation changes, you can ask for a re-assessment at any time.

Kind regards / Mit freundlichen Grüßen

""" + sig('demir', 'en')
    return build('demir', [('Thomas Bergmann', 'tom.bergmann@mailbox.example')],
                 "Your mother's care assessment - Pflegegrad 3", D(3, 20, 14, 7),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(104, N, 'de', 'internal',
      'trap: team holiday planning (names and absence dates, no reasons)')
def _():
    b = """Hallo Team,

hier der aktuelle Stand der Sommerurlaubsplanung. Bitte prüft, ob alles stimmt - und achtet
darauf, dass in jeder Woche mindestens drei Leute aus Leistung Kranken da sind.

  KW 29-30   Bernd Schulte
  KW 30-32   Hannah Keller
  KW 31      Daniel Okafor
  KW 32-33   Dr. Miriam Yilmaz (Vertretung medizinische Fragen: Dr. Lemke, extern)
  KW 33-34   Julia Fischer
  KW 35      Jonas Petersen

KW 31 und 32 sind knapp - Daniel, kannst du ggf. eine Woche schieben?

Danke!
Sabine
"""
    return build('roth', [('International Desk', 'international-desk-alle@' + DOM)],
                 'Urlaubsplanung Sommer 2026 - bitte prüfen', D(4, 13, 9, 5), text(b, cs='iso-8859-1', cte='8bit'),
                 mailer='outlook')


@mail(105, C, 'de', 'insurer-to-customer',
      'grey: explicit subject tag [vertraulich] on a short call-back note about a household contract -> at least CONFIDENTIAL')
def _():
    b = """Hallo Herr Lindholm,

wie eben am Telefon besprochen rufe ich Sie morgen zwischen 10 und 11 Uhr wegen Ihres
Hausratvertrags zurück. Bitte halten Sie die Rechnung für das Sofa bereit.

Viele Grüße
Julia Fischer
"""
    return build('fischer', [('Erik Lindholm', 'erik.lindholm@webpost.example')], '[vertraulich] Rückruf morgen',
                 D(6, 17, 16, 44), text(b, cs='utf-8', cte='8bit'), mailer='outlook')


@mail(106, S, 'de', 'insurer-to-doctor',
      'query to a German GP about a GOÄ invoice for an expat on home leave: named patient, ECG, ultrasound, diagnoses')
def _():
    b = """Sehr geehrter Herr Dr. Albers,

Ihre Rechnung vom 18.08.2026 für unseren Versicherten Herrn Moritz Engelhardt (geb. 03.01.1978),
der während seines Heimaturlaubs aus Shanghai bei Ihnen in Behandlung war, liegt uns zur
Erstattung vor (GlobalHealth GH-2022-0051190).

Zu zwei Positionen haben wir eine Rückfrage:

  GOÄ 410 + 420 (Ultraschall Abdomen, 3 Organe), Faktor 3,5
     -> Für den Faktor über 2,3 fehlt die Begründung nach § 12 Abs. 3 GOÄ.

  GOÄ 651 (Belastungs-EKG)
     -> Laut Rechnung wurde ein Ruhe-EKG abgerechnet (Diagnose: "V. a. Fettleber, K76.0;
        arterielle Hypertonie, I10"). Bitte prüfen Sie, ob GOÄ 651 korrekt ist.

Herr Engelhardt hat uns von der Schweigepflicht entbunden. Eine kurze Antwort per Fax oder über
unser Arztportal genügt.

Mit freundlichen Grüßen

""" + sig('schulte', 'de')
    return build('schulte', [('Praxis Dr. Albers', 'praxis@dr-albers-koeln.example')],
                 'Rechnung vom 18.08.2026 - Patient M. Engelhardt - Rückfrage GOÄ', D(9, 2, 10, 16),
                 text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(107, N, 'en', 'insurer-to-supplier',
      'trap: hotel booking for staff at a health benefits conference in Lisbon (ICS) - staff names, no sensitive data')
def _():
    b = """Dear reservations team,

please confirm the following booking for the Global Health Benefits Conference:

  Guests:      Ms Olivia Grant, Mr Daniel Okafor (Rheinbogen Versicherung AG)
  Rooms:       2 single rooms, superior, non-smoking
  Dates:       arrival 5 October 2026, departure 8 October 2026 (3 nights)
  Rate:        conference rate EUR 189 per night incl. breakfast (code GHBC26)
  Billing:     to Rheinbogen Versicherung AG, Rheinuferstrasse 40, 50679 Cologne,
               VAT ID DE812345678, purchase order BE-2026-05512

I have attached the conference dates as a calendar entry for your reference.

Kind regards
Sabine Roth

""" + sig('roth', 'en')
    ev = [dict(uid='ghbc-2026-lisbon@rheinbogen-versicherung.example', start='20261005T140000', end='20261008T120000',
               summary='Global Health Benefits Conference 2026, Lisbon', location='Hotel Tejo Atlântico, Lisbon',
               organizer=('Sabine Roth', STAFF['roth']['addr']))]
    return build('roth', [('Reservations', 'reservas@hotel-tejo-atlantico.example')],
                 'Booking request - Global Health Benefits Conference (GHBC26)', D(6, 29, 13, 26),
                 mixed(text(b, cte='quoted-printable'), ics_part(ev, 'GHBC26_Lisbon.ics', method='PUBLISH')),
                 cc=['grant', 'okafor'], mailer='outlook')


@mail(108, C, 'en', 'insurer-to-assistance',
      'motor breakdown assistance in France for a named customer (towing, rental car) - plate, policy, no injury')
def _():
    b = """Bonjour Sébastien,

please organise roadside assistance for our customer:

  Customer:   Mr Andrew McAllister, mobile +49 151 5550 7718
  Policy:     motor KF-4733 9016 incl. Europe assistance
  Vehicle:    Land Rover Discovery, K-AM 4040, with caravan (Hobby, K-AM 404)
  Location:   A7, Aire de Montélimar Est, direction south
  Problem:    gearbox failure, car cannot be driven; nobody hurt, family of four waiting at the
              service area

Covered: towing to the nearest authorised garage, rental car category D for up to 7 days (with
tow bar, if available - otherwise transport of the caravan to the campsite Les Oliviers, Orange),
hotel for one night if needed.

Please confirm ETA to the customer by SMS in English.

Merci,
Daniel

""" + sig('okafor', 'en')
    return build('okafor', [('Sébastien Marchand', 'plateau@route-assist-lyon.example')],
                 'Assistance request - McAllister - A7 Montélimar - KF-4733 9016', D(7, 25, 15, 58),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(109, S, 'de', 'insurer-to-customer',
      'reimbursement of a wheelchair bought in Spain for a customer with paraplegia - aid, diagnosis, amounts')
def _():
    b = """Sehr geehrter Herr Santos Pereira,

wir haben die Rechnung der Ortopedia Levante in Alicante für Ihren neuen Aktivrollstuhl geprüft.

Da Sie seit Ihrem Unfall 2019 querschnittgelähmt sind (Paraplegie, G82.2) und Ihr bisheriger
Rollstuhl nach sieben Jahren nicht mehr reparabel war, ist die Neuversorgung medizinisch
notwendig. Nach Ihrem Tarif erstatten wir Hilfsmittel zu 100 %.

  Aktivrollstuhl Küschall K-Series, individuelle Anpassung   4.880,00 EUR
  Sitzkissen Roho Quadtro                                      520,00 EUR
  Erstattung                                                 5.400,00 EUR

Die Auszahlung erfolgt auf Ihr Konto in Spanien (IBAN endet auf 4419).

Mit freundlichen Grüßen

""" + sig('schulte', 'de')
    return build('schulte', [('Rui Santos Pereira', 'rui.santos@postfach.example')],
                 'Ihr neuer Rollstuhl - Erstattung', D(5, 20, 13, 38), text(b, cs='iso-8859-1', cte='quoted-printable'),
                 mailer='crm')


@mail(110, N, 'mixed', 'internal',
      'trap: German-English glossary of insurance and medical terms for the desk (XLSX) - vocabulary only')
def _():
    b = """Hi all / hallo zusammen,

anbei die aktualisierte Glossar-Datei DE-EN (Version 2026-05). Neu sind vor allem Begriffe aus
Reha und Pflege sowie ein paar britisch/amerikanische Varianten.

Please use these terms in customer letters, so that we are consistent. Suggestions for new entries
go to Hannah or me.

Danke / thanks
Sabine
"""
    rows = [['Deutsch', 'English (UK)', 'English (US)', 'Hinweis / note'],
            ['Arbeitsunfähigkeit', 'incapacity for work', 'disability (short-term)', 'not: "work disability"'],
            ['Berufsunfähigkeit', 'occupational disability', 'own-occupation disability', ''],
            ['Kostenzusage', 'guarantee of payment (GOP)', 'pre-authorization', ''],
            ['Heil- und Kostenplan', 'treatment plan and cost estimate', 'treatment plan', 'dental'],
            ['Pflegegrad', 'care level', 'care level', 'explain: 1-5'],
            ['Rücktransport', 'repatriation', 'medical repatriation', ''],
            ['Selbstbeteiligung', 'deductible / excess', 'deductible', 'UK: excess'],
            ['Wartezeit', 'waiting period', 'waiting period', ''],
            ['Vorerkrankung', 'pre-existing condition', 'pre-existing condition', ''],
            ['Schweigepflichtentbindung', 'consent to release medical information', 'HIPAA authorization',
             'US only for US providers'],
            ['Gesellschaftsarzt / Beratungsarzt', 'medical adviser', 'medical director', ''],
            ['Krankentagegeld', 'daily sickness benefit', 'short-term disability income', '']]
    x = xlsx([('Glossar', rows)], title='Glossar DE-EN 2026-05', author='Sabine Roth')
    return build('roth', [('International Desk', 'international-desk-alle@' + DOM)],
                 'Glossar DE-EN, Version 2026-05 / glossary update', D(5, 15, 15, 10),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'), att(x, MIME_XLSX, 'Glossar_DE-EN_2026-05.xlsx')),
                 mailer='outlook')


@mail(111, C, 'en', 'insurer-to-partner',
      'instruction to a Singapore claims handler: cargo damage of a sole-trader importer (natural person), policy, invoice values')
def _():
    b = """Dear Ms Lim,

please survey the following consignment on our behalf:

  Assured:       Mr Rainer Kohlhaas, trading as "Kohlhaas Teak & Interior" (sole trader),
                 Eppendorfer Weg 211, 20253 Hamburg
  Policy:        open cargo policy TP-70 204 661
  Goods:         3 pallets of teak garden furniture, commercial invoice SG-KT-2026-044, EUR 23,750
  Vessel:        MV "Maersk Kowloon", B/L MAEU258810442, Singapore (PSA Pasir Panjang) - Hamburg
  Damage:        water damage and mould found at stuffing inspection in the consolidator's
                 warehouse, 14 April 2026 - before loading

Please determine cause and extent of the damage and whether the goods can be reconditioned.
Mr Kohlhaas' local agent, Mr Tan Wei Jie (+65 8555 0192), will give you access.

Survey fee as per our agreement; please send the report in English.

Kind regards

""" + sig('wendt', 'en', ascii_only=True)
    return build('wendt', [('Jasmine Lim', 'jasmine.lim@pacificclaims.example')],
                 'Survey request - Kohlhaas Teak - TP-70 204 661 - our ref. T-26-000488', D(4, 15, 8, 34),
                 text(b, cs='us-ascii', cte='quoted-printable'), mailer='outlook')


@mail(112, S, 'en', 'insurer-to-partner',
      'large-loss notification to the reinsurer in a ZIP (PDF summary + CSV payments): initials, birth date, leukaemia C92.0')
def _():
    b = """Dear Rachel,

under clause 12 of our quota share treaty we notify the following large loss (reserve above
EUR 250,000). Details in the attached ZIP; this mail leaves via our domain encryption with you.

Claim GH-L-26-0007, GlobalHealth Premier, US treatment. Current reserve EUR 1.35 million.

Kind regards
Sabine

""" + sig('roth', 'en')
    p = pdf([['# Large loss notification - GH-L-26-0007', '',
              'Insured person: J. K. (male), born 1984-02-17, policy GH-2021-0027741, resident in Boston, USA',
              'Diagnosis: acute myeloid leukaemia (C92.0), diagnosed 14.01.2026',
              'Treatment: induction chemotherapy (7+3), Mercy General Cancer Center, Boston;',
              'allogeneic stem cell transplant planned for May 2026 (sibling donor)',
              'Paid to date: EUR 412,880   Reserve: EUR 1,350,000', '',
              'Prognosis per treating oncologist: curative intent, relapse risk intermediate']],
            title='Large loss GH-L-26-0007', when='20260302141000')
    rows = [['date', 'provider', 'service', 'amount_usd', 'amount_eur'],
            ['2026-01-16', 'Mercy General', 'inpatient induction, 28 days', '268400.00', '247560.00'],
            ['2026-02-20', 'Mercy General', 'consolidation cycle 1', '94210.00', '86900.00'],
            ['2026-02-27', 'Boston Outpatient Pharmacy', 'posaconazole, antiemetics', '12630.00', '11650.00'],
            ['2026-02-28', 'Mercy General', 'HLA typing, donor search', '72360.00', '66770.00']]
    z = zipbytes([('GH-L-26-0007/notification.pdf', p),
                  ('GH-L-26-0007/payments.csv', csvtext(rows, ',').replace('\n', '\r\n').encode('utf-8'))],
                 when=(2026, 3, 2, 14, 10, 0))
    return build('roth', [('Rachel Moore', 'rachel.moore@northstar-re.example')],
                 'Large loss notification GH-L-26-0007', D(3, 2, 14, 22),
                 mixed(text(b, cte='quoted-printable'), att(z, 'application/zip', 'GH-L-26-0007.zip')),
                 mailer='outlook')


@mail(113, N, 'en', 'insurer-to-broker',
      'trap: draft agency agreement for a foreign broker firm (commission, data protection clauses, firm bank details) - DOCX')
def _():
    b = """Dear Mr Al-Mansoori,

attached is the draft agency agreement for Expatria Insurance Brokers LLC, Dubai. It follows our
standard wording for foreign brokers; the main points are:

- the broker acts for the client, we pay commission per the annex;
- health data of applicants and customers may only be sent to us via the broker portal or the
  secure mailbox, never by ordinary e-mail (clause 8);
- firm administrator: you, Mr Al-Mansoori; you can add and remove your users in the portal;
- commission is paid to the firm's account in the UAE as per the bank confirmation on file.

Please send us the signed copy together with a copy of your licence from the UAE Insurance
Authority.

Kind regards
Jonas Petersen

""" + sig('petersen', 'en')
    d = docx([('h', 'Agency Agreement (draft)'),
              'between Rheinbogen Versicherung AG, Cologne, and Expatria Insurance Brokers LLC, Dubai (agency no. 70-5108)',
              '1. Subject. The broker arranges international health, life, travel and property insurance with the insurer.',
              '2. Commission. The broker receives commission according to Annex 1 (commission scheme 2026).',
              '8. Data protection. Personal data, in particular health data of applicants and insured persons, '
              'shall only be transmitted via the insurer\'s broker portal or secure mailbox.',
              '11. Term. Indefinite; either party may terminate with three months\' notice to the end of a quarter.',
              ('table', [['Annex 1', 'Commission'], ['GlobalHealth new business', '12 %'],
                         ['GlobalHealth renewal', '8 %'], ['Travel (annual)', '20 %']])],
             title='Agency agreement Expatria draft', author='Jonas Petersen')
    return build('petersen', [('Rashid Al-Mansoori', 'rashid@expatria.example')],
                 'Agency agreement - draft for signature', D(1, 16, 15, 5),
                 mixed(text(b, cte='quoted-printable'), att(d, MIME_DOCX, 'Agency_agreement_Expatria_draft.docx')),
                 cc=['richter'], mailer='outlook')


@mail(114, C, 'de', 'insurer-to-broker',
      'portfolio transfer of household policies to a German broker: client names, birth dates, policy numbers (CSV)')
def _():
    b = """Hallo Herr Schuster,

wie besprochen anbei die Liste der Hausrat- und Haftpflichtverträge, für die Ihr Maklerbüro ab
01.07.2026 die Betreuung übernimmt (Bestandsübertragung von Whitfield Expat Solutions, die ihr
Geschäft in Deutschland aufgeben). Die Kundinnen und Kunden haben der Übertragung zugestimmt.

Bestandsrechte für Ihre Nutzer im Maklerportal sind ab 01.07. freigeschaltet.

Viele Grüße
Jonas Petersen

""" + sig('petersen', 'de')
    rows = [['Vertrag', 'Sparte', 'Versicherungsnehmer', 'Geburtsdatum', 'PLZ', 'Ort', 'Jahresbeitrag'],
            ['HR-91 220 418', 'Hausrat', 'Rebecca Lowe', '12.08.1990', '81667', 'München', '142,80'],
            ['PH-24 702 115', 'Haftpflicht', 'Rebecca Lowe', '12.08.1990', '81667', 'München', '58,90'],
            ['HR-91 330 027', 'Hausrat', 'Thomas Ainsworth', '03.02.1979', '80331', 'München', '211,40'],
            ['HR-91 441 902', 'Hausrat', 'Niamh Gallagher', '27.11.1994', '80797', 'München', '118,20'],
            ['PH-24 880 311', 'Haftpflicht', 'Oliver Pemberton', '19.06.1968', '82319', 'Starnberg', '74,90'],
            ['HR-92 001 774', 'Hausrat', 'Priya Raman', '05.04.1987', '85221', 'Dachau', '129,60']]
    return build('petersen', [('Georg Schuster', 'g.schuster@schuster-makler.example')],
                 'Bestandsübertragung Whitfield -> Schuster & Partner zum 01.07.2026', D(6, 22, 9, 47),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'),
                       text(csvtext(rows, ';'), sub='csv', cs='windows-1252', cte='quoted-printable',
                            filename='Bestand_Schuster_2026-07.csv')), mailer='outlook')


@mail(115, S, 'de', 'insurer-to-company',
      'company pension (bAV direct insurance) list of Luxembourg employer\'s cross-border staff: names, birth dates, salaries (ODS)')
def _():
    b = """Sehr geehrte Frau Theis,

vielen Dank für die Meldung der neuen Mitarbeitenden zur Direktversicherung (Gruppenvertrag
bAV GV-90 012 445). Wir haben die Liste geprüft und zurückgeschickt (Datei anbei) - bei zwei
Personen fehlt noch die Entgeltumwandlungsvereinbarung.

Hinweis: Da Ihre Mitarbeitenden in Deutschland wohnen und in Luxemburg arbeiten, gilt für die
Beiträge luxemburgisches Steuerrecht. Die Förderung nach § 3 Nr. 63 EStG ist deshalb nicht
anwendbar; bitte stimmen Sie die Lohnabrechnung mit Ihrem Steuerberater ab.

Mit freundlichen Grüßen

""" + sig('demir', 'de')
    rows = [['Name', 'Vorname', 'Geburtsdatum', 'Wohnort', 'Bruttojahresgehalt EUR', 'Beitrag mtl. EUR',
             'Vereinbarung liegt vor'],
            ['Becker', 'Stefan', '14.07.1986', 'Trier', 58400, 150, 'ja'],
            ['Hoffmann', 'Lisa', '02.11.1991', 'Konz', 46200, 100, 'ja'],
            ['Klein', 'Marco', '23.03.1979', 'Saarburg', 71900, 250, 'nein'],
            ['Schmitz', 'Anna', '09.09.1995', 'Trier', 39800, 80, 'ja'],
            ['Weber', 'Jonas', '30.01.1988', 'Perl', 52750, 120, 'nein']]
    o = ods([('Meldung Q2-2026', rows)], title='bAV Luxtrans Q2 2026')
    return build('demir', [('Michèle Theis', 'm.theis@luxtrans.example')],
                 'Direktversicherung GV-90 012 445 - Neuanmeldungen Q2/2026', D(6, 11, 11, 18),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'), att(o, MIME_ODS, 'bAV_Luxtrans_Q2-2026.ods')),
                 mailer='outlook')


@mail(116, N, 'en', 'insurer-to-partner',
      'trap: API test cases for an assistance interface with fictitious persons and the published example IBAN (CSV)')
def _():
    b = """Hi Pablo,

for the integration tests of the new GOP interface, here are the test cases for your developers.
All persons are fictitious ("Max Mustermann", "Erika Musterfrau", "John Doe (test)") and the bank
account is the example IBAN from the official IBAN documentation - nothing in this file refers to
a real member. Please only use these data in the test environment
https://api-test.rheinbogen-versicherung.example/gop/v2.

Expected results are in the last column.

Cheers
Felix

""" + sig('haas', 'en')
    rows = [['case', 'member_name', 'date_of_birth', 'policy', 'iban', 'diagnosis_code', 'amount', 'expected'],
            ['T01', 'Max Mustermann (fictitious)', '1970-01-01', 'GH-TEST-0000001', 'DE89 3704 0044 0532 0130 00',
             'Z00.0', '1000.00', 'GOP issued'],
            ['T02', 'Erika Musterfrau (fictitious)', '1980-02-29', 'GH-TEST-0000002', 'DE89 3704 0044 0532 0130 00',
             'Z00.0', '250000.00', 'referred to medical adviser'],
            ['T03', 'John Doe (test)', '1999-12-31', 'GH-TEST-0000003', '', 'Z00.0', '0.00', 'error 422 missing IBAN'],
            ['T04', 'Max Mustermann (fictitious)', '1970-01-01', 'GH-TEST-9999999', 'DE89 3704 0044 0532 0130 00',
             'Z00.0', '500.00', 'error 404 unknown policy']]
    return build('haas', [('Pablo Ortega', 'pablo.ortega@meridian-assist.example')],
                 'GOP interface v2 - test cases (fictitious data)', D(10, 14, 16, 40),
                 mixed(text(b, cte='quoted-printable'),
                       text(csvtext(rows, ','), sub='csv', cs='us-ascii', cte='7bit', filename='gop_v2_testcases.csv')),
                 mailer='tb')


@mail(117, C, 'en', 'broker',
      'broker\'s mail with a client\'s employment and income details (rent guarantee application) quoted in our reply')
def _():
    b = """Hi Lucy,

thanks - that is everything we need. The rent guarantee for Mr Adeyemi will be issued tomorrow
and sent to the landlord directly.

Best
Julia

-----Original Message-----
From: Lucy Park <lucy.park@whitfield-expat.example>
Sent: Tuesday, 12 May 2026 17:03
To: Julia Fischer <julia.fischer@rheinbogen-versicherung.example>
Subject: Rent guarantee - Adeyemi - missing documents

Hi Julia,

here are the missing details for our client's rent guarantee application:

Applicant: Mr Tunde Adeyemi, DOB 21/09/1990
Employer: Helix Biotech GmbH, Martinsried, permanent contract since 1 Feb 2026
Gross annual salary: EUR 84,000 (net approx. EUR 4,350/month) - payslips Feb-Apr attached
Flat: Leopoldstraße 144, 80804 Munich, deposit EUR 5,100

Thanks!
Lucy
"""
    return build('fischer', [('Lucy Park', 'lucy.park@whitfield-expat.example')],
                 'RE: Rent guarantee - Adeyemi - missing documents', D(5, 13, 8, 55),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook',
                 irt=ref('LO2P265-park-0512', 'whitfield-expat.example'))


@mail(118, S, 'de', 'insurer-to-customer',
      'child accident insurance: playground fall at an international school in Munich - forearm fracture, hospital benefit')
def _():
    b = """Liebe Familie Oduya-Krämer,

vielen Dank für die Unfallanzeige und den Bericht der Kinderklinik Schwabing.

Zu Ihrer Kinder-Unfallversicherung UV-56 004 219 für Amara:

- Unfall am 16.03.2026 auf dem Pausenhof der Munich International School (Sturz vom Klettergerüst)
- Diagnose: Unterarmfraktur links (S52.4), Operation mit Drähten am 16.03., stationär bis 18.03.
- Krankenhaustagegeld: 3 Tage x 30 EUR = 90 EUR
- Gipsgeld/Sofortleistung bei Knochenbruch: 500 EUR

Wir überweisen 590 EUR auf Ihr bekanntes Konto. Ob ein Dauerschaden bleibt, lässt sich erst nach
Abschluss der Behandlung beurteilen - bei Kindern meist nach etwa einem Jahr. Wir melden uns dann.

Wir wünschen Amara gute Besserung!

Mit freundlichen Grüßen

""" + sig('lang', 'de')
    return build('lang', [('Grace Oduya-Krämer', 'grace.ok@mailbox.example')],
                 'Unfallversicherung Amara - Auszahlung', D(4, 1, 10, 45), text(b, cs='utf-8', cte='quoted-printable'),
                 mailer='outlook')


@mail(119, N, 'de', 'insurer-to-prospect',
      'trap: host family asks about travel health insurance for an au pair - generic tariff answer, no personal details')
def _():
    b = """Sehr geehrte Frau Hollweg,

vielen Dank für Ihre Anfrage. Für Au-pairs aus Nicht-EU-Ländern verlangt die Ausländerbehörde
eine Kranken-, Unfall- und Haftpflichtversicherung für die gesamte Aufenthaltsdauer. Unser
Tarif "AuPair Komplett" erfüllt diese Anforderungen:

  - Krankheitskosten im Gastland und weltweit auf Reisen (ohne Heimatland), ohne Selbstbeteiligung
  - Schwangerschaft: Behandlung bei Komplikationen, keine Entbindungskosten
  - Zahnbehandlung: schmerzstillend bis 500 EUR
  - Unfall: 50.000 EUR Invalidität, 5.000 EUR Todesfall
  - Privathaftpflicht: 5 Mio. EUR, auch für Schäden an der Wohnung der Gastfamilie
  - Beitrag: 41,50 EUR im Monat, zahlbar im Voraus für 6 oder 12 Monate

Abschließen können Sie online; die Versicherungsbestätigung für die Ausländerbehörde erhalten Sie
sofort als PDF. Den Namen und das Geburtsdatum des Au-pairs brauchen wir erst beim Abschluss.

Mit freundlichen Grüßen

""" + sig('keller', 'de')
    return build('keller', [('Sophie Hollweg', 'sophie.hollweg@webpost.example')],
                 'AW: Versicherung für unser Au-pair', D(8, 4, 13, 12), text(b, cs='iso-8859-1', cte='8bit'),
                 mailer='outlook', irt=ref('20260803.hollweg', 'webpost.example'))


@mail(120, C, 'mixed', 'customer',
      'internal forward (German note) of an English customer mail on a motor windscreen claim: name, plate, policy')
def _():
    b = """Hi Tobias,

kannst du das bitte übernehmen? Kunde hat den Scheibenschaden über die Hotline gemeldet und
schickt jetzt die Rechnung. Teilkasko ist drin, SB 150.

Danke, Julia

---------- Forwarded message ---------
From: Ben Whitaker <ben.whitaker@inbox-mail.example>
Date: Mon, 9 Feb 2026 at 08:14
Subject: Windscreen - KF-5027 4416
To: <claims-international@rheinbogen-versicherung.example>

Hello,

a stone hit my windscreen on the A9 near Ingolstadt on Friday (6 Feb). My car is the Skoda Octavia,
plate IN-BW 2020, policy KF-5027 4416. I had it replaced at Carglass Ingolstadt today, invoice
attached (EUR 1,184.90 incl. camera calibration). Could you pay them directly?

Thanks, Ben Whitaker
"""
    return build('fischer', ['brandt'], 'Fwd: Windscreen - KF-5027 4416', D(2, 9, 9, 31),
                 text(b, cs='utf-8', cte='8bit', flowed=False), mailer='tb')


@mail(121, S, 'de', 'insurer-to-customer',
      'cost approval for IVF treatment in a Spanish clinic: infertility diagnosis, cycles, hormone treatment')
def _():
    b = """Sehr geehrte Frau Albrecht-Sun,

vielen Dank für den Behandlungsplan der Clínica Fertilia in Valencia.

Nach Prüfung durch unsere Beratungsärztin können wir Ihnen die Kostenübernahme für die geplante
Kinderwunschbehandlung zusagen:

  Diagnose:   tubare Sterilität (N97.1) bei Zustand nach Eileiterschwangerschaft 2024
  Behandlung: IVF mit hormoneller Stimulation, bis zu 3 Zyklen
  Erstattung: 100 % der Kosten für Sie als versicherte Person (Stimulation, Eizellentnahme,
              Embryotransfer); Kosten für Ihren Mann übernimmt dessen eigene Versicherung
  Obergrenze: 7.500 EUR je Zyklus

Die Behandlung im Ausland ist nach Ihrem Tarif GlobalHealth Premier versichert, solange die
Klinik nach spanischem Recht zugelassen ist - das ist hier der Fall.

Wir drücken Ihnen die Daumen!

Mit freundlichen Grüßen

""" + sig('keller', 'de')
    return build('keller', [('Dr. Mei Albrecht-Sun', 'mei.albrecht-sun@postfach.example')],
                 'Kostenzusage Kinderwunschbehandlung Valencia', D(10, 19, 15, 2),
                 text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(122, N, 'en', 'insurer-to-assistance',
      'trap: monthly service-fee invoice reconciliation with an assistance company (HTML attachment) - totals only')
def _():
    b = """Dear Pablo,

we have reconciled your service-fee invoice INV-MA-2026-05 (May 2026). Our reconciliation is
attached as an HTML table so you can open it in any browser.

Summary: 298 case fees invoiced, 296 confirmed by our system (two cases were opened twice on
14 May - duplicates). We will pay EUR 41,440.00 instead of EUR 41,720.00 within 30 days to
Meridian Assist S.L.'s account as per the contract.

Best regards
Olivia

""" + sig('grant', 'en')
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Reconciliation INV-MA-2026-05</title></head><body>
<h1>Reconciliation INV-MA-2026-05</h1>
<table border="1" cellpadding="4">
<tr><th>Fee type</th><th>Invoiced</th><th>Confirmed</th><th>Unit price EUR</th><th>Amount EUR</th></tr>
<tr><td>Case fee outpatient</td><td>251</td><td>249</td><td>120.00</td><td>29,880.00</td></tr>
<tr><td>Case fee inpatient</td><td>41</td><td>41</td><td>220.00</td><td>9,020.00</td></tr>
<tr><td>Evacuation coordination</td><td>6</td><td>6</td><td>400.00</td><td>2,400.00</td></tr>
<tr><td>Translation service (pages)</td><td>14</td><td>14</td><td>10.00</td><td>140.00</td></tr>
<tr><td colspan="4"><b>Total to pay</b></td><td><b>41,440.00</b></td></tr>
</table>
<p>Duplicates (case fee outpatient): MA-26-12904 = MA-26-12905, MA-26-12931 = MA-26-12932.</p>
</body></html>
"""
    return build('grant', [('Pablo Ortega', 'pablo.ortega@meridian-assist.example')],
                 'Invoice INV-MA-2026-05 - reconciliation', D(6, 10, 10, 5),
                 mixed(text(b, cte='quoted-printable'),
                       html(h, cs='utf-8', cte='base64', filename='Reconciliation_INV-MA-2026-05.html')),
                 mailer='outlook')


@mail(123, C, 'en', 'insurer-to-customer',
      'household claim payment to a French bank account: named customer, claim, amount, full FR IBAN')
def _():
    fr = iban('FR', '30004' + '00828' + '00012345678' + '82')
    b = """Dear Ms Laurent-Baker,

we have today transferred EUR 1,362.00 for your claim S-26-0072018 (household insurance
HR-90 884 301, water damage from the upstairs flat on 2 August) to the account you gave us:

  Account holder: Sophie Laurent-Baker
  IBAN:           %s
  BIC:            BNPAFRPPXXX

Please allow 1-2 working days for the transfer. The claim is now closed; the recourse against the
neighbour's liability insurer is our business and does not affect you.

Kind regards

""" % fr + sig('brandt', 'en')
    return build('brandt', [('Sophie Laurent-Baker', 'sophie.lb@freemail.example')],
                 'Payment of your claim S-26-0072018', D(8, 31, 11, 20), text(b, cs='utf-8', cte='quoted-printable'),
                 mailer='crm')


@mail(124, S, 'en', 'customer',
      'harmless one-line reply; the quoted customer mail below carries the child\'s ADHD diagnosis and medication')
def _():
    b = """Dear Mrs Kowalski-Grant,

thank you - yes, that is covered. Please just send the pharmacy receipts as usual.

Kind regards
Hannah Keller
International Customer Service

On 11/03/2026 19:40, Natalia Kowalski-Grant wrote:
> Dear Ms Keller,
> our son Leo (8) was diagnosed with ADHD (F90.0) by the child psychiatrist at the
> International Clinic in Warsaw last week. He has been prescribed methylphenidate
> (Medikinet retard 10 mg, one capsule in the morning) and will start occupational therapy
> twice a week. Is the medication covered under our family policy GH-2023-0070615, and do we
> need an approval for the therapy?
> Many thanks,
> Natalia
"""
    return build('keller', [('Natalia Kowalski-Grant', 'natalia.kg@inbox-mail.example')],
                 'Re: Leo - medication and therapy', D(3, 12, 8, 19), text(b, cs='us-ascii', cte='7bit'), mailer='tb',
                 irt=ref('9c2e55a1-kowalski', 'inbox-mail.example'))


@mail(125, N, 'de', 'internal',
      'trap: post-mortem of a misrouting test with synthetic data ("Testperson", fictitious diagnosis) - no real person')
def _():
    b = """Hallo zusammen,

kurze Nachbetrachtung zum Test der neuen Versandregeln am Dienstag:

Was wir getestet haben: Eine Testmail mit synthetischen Daten ("Testperson Eins", fiktive
Diagnose "Z99.9 Test", fiktive Policennummer GH-TEST-0000042) sollte vom Gateway automatisch ins
Portal umgeleitet werden, weil sie an eine externe Adresse ohne Zertifikat ging.

Was passiert ist: Die Mail ging stattdessen per TLS raus, weil die Regel für das Postfach
claims-international@ falsch priorisiert war (Absenderregel vor Inhaltsprüfung). Empfänger war
unser eigenes Testpostfach bei testpartner.example - es hat also niemand Externes etwas erhalten.

Maßnahmen:
1. Regelreihenfolge korrigiert (erledigt, Felix)
2. Regressionstest mit 20 synthetischen Mails ergänzt (bis 30.10., Felix)
3. Kurze Info an das Datenschutzbüro - kein meldepflichtiger Vorfall, da nur Testdaten (erledigt)

Viele Grüße
Felix Haas
IT-Servicedesk
"""
    return build('haas', ['roth', 'nguyen', 'schulte'], 'Nachbetrachtung Test Versandregeln (nur Testdaten)',
                 D(10, 22, 16, 12), text(b, cs='utf-8', cte='quoted-printable'), mailer='tb')


@mail(126, C, 'de', 'insurer-to-customer',
      'buildings insurance: water damage from a pipe in a house owned by an expat family - name, address, policy, amounts')
def _():
    b = """Sehr geehrter Herr Nakamura-Vogel,

unser Sachverständiger war am Montag in Ihrem Haus in der Lindenallee 33, 65812 Bad Soden. Er hat
bestätigt, dass die Ursache ein Frostschaden an der Zuleitung zur Außenzapfstelle war - ein
versicherter Leitungswasserschaden nach Ihrer Wohngebäudeversicherung WG-41 006 829.

Wir übernehmen:
  Leckageortung und Reparatur der Leitung           1.284,00 EUR
  Trocknung Keller (3 Wochen)                       2.960,00 EUR
  Erneuerung Estrich und Bodenfliesen Keller         6.870,00 EUR
  abzgl. Selbstbeteiligung                            -500,00 EUR
  Summe                                            10.614,00 EUR

Die Zahlung geht direkt an die Handwerker, sobald deren Rechnungen vorliegen. Für Ihren während
der Trocknung beschädigten Hausrat im Keller gilt Ihre separate Hausratversicherung bei uns - bitte
melden Sie diesen Teil unter derselben Schadennummer S-26-0015563.

Mit freundlichen Grüßen

""" + sig('brandt', 'de')
    return build('brandt', [('Kenta Nakamura-Vogel', 'kenta.nv@webpost.example')],
                 'Leitungswasserschaden Bad Soden - S-26-0015563', D(2, 4, 14, 36),
                 text(b, cs='iso-8859-1', cte='quoted-printable'), mailer='outlook')


@mail(127, S, 'en', 'insurer-to-assistance',
      'harmless body ("GOP attached"); the PDF attachment carries patient name, birth date, diagnosis (pneumonia J18.9)')
def _():
    b = """Hi Carmen,

please find attached the GOP for case MA-26-13320.

Thanks
Bernd
"""
    p = pdf([['# Guarantee of Payment GH-26-010447', '', 'To: Hospital Quirónsalud Torrevieja, via Meridian Assist',
              'Patient: Mr Harald Kettler, born 29.12.1949', 'Policy: GlobalHealth Essential GH-2017-0001288',
              'Admission: 04.11.2026 (emergency)', 'Diagnosis: community-acquired pneumonia (J18.9), COPD (J44.1)',
              'Approved: 7 days, standard room, up to EUR 9,800', 'Deductible: none', '',
              'Rheinbogen Versicherung AG - International Health Claims']], title='GOP GH-26-010447',
            when='20261104173000')
    return build('schulte', [('Carmen Ruiz', 'ops.madrid@meridian-assist.example')], 'MA-26-13320',
                 D(11, 4, 17, 38), mixed(text(b, cs='us-ascii', cte='7bit'),
                                         att(p, 'application/pdf', 'GOP_GH-26-010447.pdf')), mailer='outlook')


@mail(128, N, 'de', 'insurer-to-supplier',
      'trap: order to shred old medical claim files (archive boxes, data protection certificate) - no content of files')
def _():
    b = """Sehr geehrter Herr Kaminski,

hiermit beauftragen wir die datenschutzgerechte Vernichtung von Altakten aus unserem Archiv:

  Material:  ca. 180 Archivkartons mit Leistungsakten Kranken International der Jahre 2012-2015
             (Arztrechnungen, Krankenhausberichte, Korrespondenz) - Aufbewahrungsfrist abgelaufen
  Schutzklasse / Sicherheitsstufe: 3 / P-4 nach DIN 66399
  Abholung:  Mittwoch, 18.03.2026, ab 7:30 Uhr, Rampe B, Rheinuferstraße 40
  Vernichtung: in Ihrem Werk in Hürth, Vernichtungsprotokoll mit Kartonnummern

Bitte bringen Sie verschließbare Sicherheitsbehälter mit; ein Mitarbeiter unseres Datenschutzbüros
begleitet die Verladung. Auftragsverarbeitungsvertrag liegt vor (AVV vom 12.01.2024).

Bestellnummer BE-2026-02305.

Mit freundlichen Grüßen

""" + sig('nguyen', 'de')
    return build('nguyen', [('Tomasz Kaminski', 't.kaminski@aktenwolf-entsorgung.example')],
                 'Auftrag Aktenvernichtung BE-2026-02305 - Abholung 18.03.', D(3, 5, 12, 11),
                 text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(129, C, 'en', 'insurer-to-authority',
      'answer to a foreign police request about a stolen insured car: owner name, address, policy, VIN')
def _():
    b = """Dear Inspector Kovač,

with reference to your request of 2 October 2026 (file no. PU-ZG-2026/11873) and the
information exchange under the Prüm framework, we confirm:

  Vehicle:      Audi Q5 Sportback, VIN WAUZZZFY4N2039187, registration F-EK 7133 (DE)
  Owner and policyholder: Mr Emil Kraus, Berger Straße 201, 60385 Frankfurt am Main
  Policy:       motor KF-4955 3380, comprehensive cover
  Theft reported to us: 24 September 2026, Frankfurt police file 0924-26-331840

The vehicle was stolen in Frankfurt on the night of 23/24 September. We have not yet paid the
claim. Please inform us if the vehicle is released; we will arrange its collection from Zagreb.

Yours sincerely

""" + sig('brandt', 'en')
    return build('brandt', [('Inspector Ivan Kovač', 'vehicle.crime@policija-zagreb.example')],
                 'Your file PU-ZG-2026/11873 - Audi Q5 F-EK 7133', D(10, 5, 9, 37),
                 text(b, cs='utf-8', cte='quoted-printable'), cc=['claimsintl'], mailer='outlook')


@mail(130, S, 'de', 'insurer-to-customer',
      'travel health claim with a US emergency room bill for kidney stones (N20.0) - body in base64')
def _():
    b = """Sehr geehrte Frau Brückner,

wir haben die Rechnungen aus Denver geprüft und erstatten die Kosten vollständig aus Ihrer
Auslandsreisekrankenversicherung RV-78 220 601:

  UCHealth Emergency Department, 19.07.2026
    Notaufnahme, CT Abdomen, Schmerztherapie        USD 6.412,00
  Diagnose laut Bericht: Nierenstein links (N20.0), spontaner Abgang
  Apotheke: Tamsulosin 0,4 mg, Ibuprofen            USD    38,50
  Summe                                             USD 6.450,50 = 5.949,54 EUR

Da das Krankenhaus schon eine Mahnung geschickt hat, zahlen wir direkt dorthin; die Apotheke
erstatten wir Ihnen. Die Nachsorge beim Urologen in Deutschland läuft über Ihre
Krankenversicherung.

Gute Besserung!

Mit freundlichen Grüßen

""" + sig('okafor', 'de')
    return build('okafor', [('Katja Brückner', 'katja.brueckner@freemail.example')],
                 'Ihre Arztrechnungen aus Denver - Erstattung', D(8, 11, 10, 3), text(b, cs='utf-8', cte='base64'),
                 mailer='crm')


@mail(131, N, 'en', 'insurer-to-hospital',
      'trap: confirmation of new claims mailbox and encrypted channel for a Bangkok hospital - contacts only')
def _():
    b = """Dear Ms Srisuk,

thank you for your message. To confirm the contact details for invoices and guarantees of payment
from 1 February:

- guarantees of payment and medical updates: gop@rheinbogen-versicherung.example
- invoices (itemised, with discharge summary): claims-international@rheinbogen-versicherung.example
- urgent cases 24/7: +49 221 5550-9111

Our mail gateway now exchanges encrypted mail with your domain automatically (domain certificate
installed on both sides, test successful on 27 January). Please do not send patient documents to
the personal addresses of our staff.

Your new contact person for contractual questions is Mr Daniel Okafor, while I am on a three-month
sabbatical from March.

Kind regards
Olivia

""" + sig('grant', 'en')
    return build('grant', [('Ploy Srisuk', 'ips@riverside-hospital-bkk.example')],
                 'New mailboxes and encrypted channel from 1 February', D(1, 28, 10, 26),
                 alt(text(b, cs='utf-8', cte='quoted-printable'),
                     html('<html><body><pre style="font-family:Calibri,sans-serif">' + htmlmod.escape(b) +
                          '</pre></body></html>', cs='utf-8', cte='quoted-printable'), style='outlook'),
                 mailer='outlook')


@mail(132, C, 'en', 'insurer-to-customer',
      'motor policy for an American with a US driving licence: name, birth date, licence number, policy, plate')
def _():
    b = """Dear Ms Holloway,

thank you for your application. Your motor insurance KF-5031 0827 for the Mazda CX-5 (WI-SH 318)
starts on 1 June 2026.

We have recorded the following driver details:

  Driver:            Shannon Holloway, born 1991-05-08
  Driving licence:   State of Oregon, no. 7184302, issued 2009
  Valid in Germany:  until 30 November 2026 (6 months after you registered your residence)

Important: A US licence is only valid in Germany for six months after you take up residence. As
Oregon has no reciprocity agreement with Germany, you will need to take the theory and practical
test to get a German licence. If you drive after 30 November without a German licence, the
insurance will not cover damage to your own car, and we may recover up to EUR 5,000 from you for
third-party claims.

Kind regards

""" + sig('fischer', 'en', ascii_only=True)
    return build('fischer', [('Shannon Holloway', 'shannon.holloway@mailbox.example')],
                 'Your motor insurance KF-5031 0827 - driver details', D(5, 28, 9, 12),
                 text(b, cs='us-ascii', cte='quoted-printable'), mailer='crm')


@mail(133, S, 'en', 'insurer-to-hospital',
      'ZIP to a French hospital with discharge summary (PDF) and invoice lines (CSV) of a skiing patient: fracture, surgery')
def _():
    b = """Dear Madame Girard,

as requested for your billing department, attached are the documents for our insured, Mr Lukas
Heimerl (GOP GH-26-001902), in one ZIP: our translation of the discharge summary and the invoice
lines we have approved. Please re-issue the invoice with the corrected item 7.

Kind regards

""" + sig('schulte', 'en')
    p = pdf([['# Discharge summary (translation FR-EN)', '', 'Patient: Lukas Heimerl, born 17.10.2001',
              'Admission: 08.02.2026, Hopital Prive du Lac, Annecy (skiing accident, La Clusaz)',
              'Diagnoses: fracture of the right humeral shaft (S42.3), radial nerve palsy (S44.2)',
              'Surgery: 08.02.2026 intramedullary nailing', 'Discharge: 12.02.2026, splint, physiotherapy',
              'Medication: paracetamol 1 g, enoxaparin 40 mg for 10 days']],
            title='Discharge summary Heimerl', when='20260219100000')
    rows = [['item', 'description', 'amount_eur', 'status'],
            ['1', 'Emergency admission', '380.00', 'approved'],
            ['2', 'Operating theatre and anaesthesia', '3120.00', 'approved'],
            ['3', 'Implant (humeral nail)', '1860.00', 'approved'],
            ['4', 'Room 4 nights', '2480.00', 'approved'],
            ['7', 'Single room supplement', '320.00', 'not covered - please invoice patient']]
    z = zipbytes([('Heimerl_GH-26-001902/discharge_summary_EN.pdf', p),
                  ('Heimerl_GH-26-001902/invoice_lines.csv', csvtext(rows, ';').encode('utf-8'))],
                 when=(2026, 2, 19, 10, 5, 0))
    return build('schulte', [('Isabelle Girard', 'facturation@hopital-du-lac.example')],
                 'GOP GH-26-001902 - Heimerl - documents for billing', D(2, 19, 10, 12),
                 mixed(text(b, cte='quoted-printable'), att(z, 'application/zip', 'Heimerl_GH-26-001902.zip')),
                 mailer='outlook')


@mail(134, N, 'en', 'insurer-to-broker',
      'grey: group health quote for a company based on an age-band census only (no names) -> NORMAL (XLSX)')
def _():
    b = """Hi Marloes,

here is our quote for the group health plan of your client (the Dutch engineering firm with
staff in Germany). We based it on the anonymous census you sent - age bands and number of
dependants only, which is all we need at this stage.

If the client accepts, we will need the named list for the policy, but not before.

Best regards
Markus

""" + sig('wendt', 'en')
    rows = [['Age band', 'Employees', 'Spouses', 'Children', 'Monthly premium per adult EUR', 'Monthly total EUR'],
            ['18-29', 11, 2, 0, 212, 2756], ['30-39', 24, 14, 19, 268, 11308],
            ['40-49', 17, 12, 21, 341, 10924], ['50-59', 8, 6, 3, 466, 6804], ['60-64', 2, 1, 0, 598, 1794],
            ['Total', 62, 35, 43, '', 33586]]
    x = xlsx([('Quote', rows)], title='Group quote census by age band', author='Markus Wendt')
    return build('wendt', [('Marloes van Dijk', 'm.vandijk@vandijk-assurantien.example')],
                 'Group health quote - census by age band', D(9, 15, 14, 4),
                 mixed(text(b, cte='quoted-printable'), att(x, MIME_XLSX, 'Group_quote_age_bands.xlsx')),
                 mailer='outlook')


@mail(135, C, 'de', 'insurer-to-customer',
      'glass breakage in a rented flat of an expat: name, policy, claim, property manager - no injury')
def _():
    b = """Hallo Frau Andersson,

danke für die Fotos. Der Sprung in der Ceranfeld-Kochplatte ist über Ihre Glasversicherung
GL-05 220 114 versichert (Schaden S-26-0029054).

Sie können den Austausch direkt beauftragen - am einfachsten über die Hausverwaltung Kessel &
Partner, die ohnehin einen Elektriker schicken muss. Die Rechnung bitte an uns, wir zahlen dann
an den Handwerker. Eine Selbstbeteiligung gibt es bei Glas nicht.

Viele Grüße

""" + sig('fischer', 'de')
    return build('fischer', [('Linnea Andersson', 'linnea.andersson@mailbox.example')],
                 'Kochfeld gesprungen - Schaden S-26-0029054', D(2, 16, 11, 10), text(b, cs='utf-8', cte='8bit'),
                 mailer='outlook')


@mail(136, N, 'de', 'insurer-to-partner',
      'trap: answer to an industry association survey on cross-border claims volumes (aggregates, ODS)')
def _():
    b = """Sehr geehrter Herr Dr. Brenner,

anbei unsere Angaben zur Verbandsumfrage "Grenzüberschreitende Leistungsfälle 2025". Alle Werte
sind aggregiert; Einzelfälle und personenbezogene Daten sind nicht enthalten.

Mit freundlichen Grüßen

""" + sig('roth', 'de')
    rows = [['Sparte', 'Leistungsfälle Ausland 2025', 'davon EU', 'davon Drittstaaten', 'Aufwand Mio. EUR'],
            ['Krankenversicherung international', 14820, 6210, 8610, 38.4],
            ['Auslandsreisekranken', 9240, 5120, 4120, 11.9],
            ['Unfall', 412, 298, 114, 4.1], ['Kfz (Grüne Karte)', 1880, 1744, 136, 9.6],
            ['Sach/Haftpflicht', 655, 590, 65, 3.2]]
    o = ods([('Umfrage 2025', rows)], title='Verbandsumfrage grenzüberschreitende Fälle 2025')
    return build('roth', [('Dr. Frank Brenner', 'statistik@versichererverband.example')],
                 'Verbandsumfrage Grenzüberschreitende Leistungsfälle 2025 - Rheinbogen', D(4, 30, 15, 55),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'), att(o, MIME_ODS, 'Umfrage_2025_Rheinbogen.ods')),
                 mailer='outlook')


@mail(137, C, 'en', 'insurer-to-company',
      'grey: rental car excess insurance for named business travellers of a company (travel, no health) - list XLSX')
def _():
    b = """Dear Ms Okonjo,

we have added the following employees to Brightwave's rental car excess insurance (policy
RV-80 550 012) for their trip to the customer workshop in Lisbon, 12-16 October 2026. Please
make sure they book the rental car with a credit card in their own name.

Kind regards

""" + sig('okafor', 'en')
    rows = [['Traveller', 'Date of birth', 'Driving licence country', 'Rental company', 'From', 'To'],
            ['Amelia Brooks', '1990-02-11', 'GB', 'Sixt Lisbon Airport', '2026-10-12', '2026-10-16'],
            ['Lucas Fernandes', '1989-03-24', 'BR', 'Sixt Lisbon Airport', '2026-10-12', '2026-10-16'],
            ['Ji-woo Park', '1992-09-09', 'KR', 'Sixt Lisbon Airport', '2026-10-13', '2026-10-16']]
    x = xlsx([('Travellers', rows)], title='Rental excess Lisbon', author='Daniel Okafor')
    return build('okafor', [('Ngozi Okonjo', 'ngozi.okonjo@brightwave.example')],
                 'Rental car excess cover - Lisbon workshop 12-16 Oct', D(10, 7, 12, 40),
                 mixed(text(b, cte='quoted-printable'), att(x, MIME_XLSX, 'Brightwave_rental_excess_Lisbon.xlsx')),
                 mailer='outlook')


@mail(138, N, 'en', 'newsletter',
      'trap: travel health alert on a measles outbreak for policyholders (vaccination, symptoms) - general advice')
def _():
    h = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Travel health alert</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#b33">Travel health alert: measles in South-East Asia</h2>
<p>Dear GlobalHealth members,</p>
<p>health authorities report a significant increase in measles cases in parts of the Philippines, Indonesia and
Vietnam. Measles is highly contagious and can be serious, especially for infants and adults.</p>
<ul>
<li><b>Check your vaccination status.</b> Two doses of MMR vaccine protect about 97&nbsp;% of people.
Adults born after 1970 with unclear status should get one dose.</li>
<li><b>Infants</b> aged 6&ndash;11 months travelling to affected areas can receive an early dose.</li>
<li><b>Symptoms</b>: high fever, cough, runny nose, red eyes, then a rash. Call the doctor before going to a practice,
so others in the waiting room are not infected.</li>
</ul>
<p>Vaccinations are reimbursed under the Plus and Premier plans. Our 24/7 medical hotline answers your questions:
+49 221 5550-9111.</p>
<p>Your Rheinbogen GlobalHealth team</p>
</body></html>
"""
    return build('news', [('Expat Health News', 'expat-health-news@lists.rheinbogen-versicherung.example')],
                 'Travel health alert: measles in South-East Asia', D(3, 10, 12, 0),
                 alt(text(html2text(h).replace('\u2013', '-').replace('\xa0', ' '), cs='us-ascii', cte='7bit'),
                     html(h, cs='utf-8', cte='quoted-printable')),
                 mailer='news', extra=[('Precedence', 'bulk')])


@mail(139, C, 'de', 'insurer-to-customer',
      'motor claim: collision with a deer in Lorraine for a cross-border commuter - name, plate, policy, nobody hurt')
def _():
    b = """Guten Tag Herr Colin,

danke für Ihre Schadenmeldung. Den Wildunfall vom 03.12.2026 auf der D 603 bei Saint-Avold
(Zusammenstoß mit einem Reh, Ihnen ist zum Glück nichts passiert) haben wir unter S-26-0101877
aufgenommen.

Ihr Fahrzeug (Peugeot 3008, SB-PC 1221) ist teilkaskoversichert (KF-4719 6604), Wildschäden
sind eingeschlossen. Wir brauchen noch:
- die Wildschadenbescheinigung - in Frankreich stellt sie die Gendarmerie aus (Sie waren bei der
  Brigade in Saint-Avold, das genügt),
- den Kostenvoranschlag Ihrer Werkstatt in Saarbrücken.

Die Selbstbeteiligung in der Teilkasko beträgt 150 EUR.

Mit freundlichen Grüßen

""" + sig('brandt', 'de')
    return build('brandt', [('Pascal Colin', 'pascal.colin@webpost.example')],
                 'Wildunfall D 603 - Schaden S-26-0101877', D(12, 4, 8, 48),
                 text(b, cs='windows-1252', cte='8bit'), mailer='outlook')


@mail(140, N, 'en', 'internal',
      'trap: reminder to staff to use the secure portal for medical reports and IBANs - policy talk, no case')
def _():
    b = """Dear colleagues,

a friendly reminder after last week's audit: medical reports, invoices with diagnoses, bank
details and anything else about a specific customer must not leave the house as ordinary e-mail.

- The gateway encrypts automatically where it can (S/MIME, domain encryption) and otherwise
  deposits the message in the customer's SecureMail mailbox. You do not have to do anything -
  but please do not try to work around it (e.g. by sending from a private address).
- If a customer insists on plain e-mail for their own medical documents, we need their written
  consent. The form is in the intranet (Forms > International > TLS consent).
- When in doubt, add [secure] to the subject.

Thank you!
Thi Lan Nguyen

""" + sig('nguyen', 'en', foot=False)
    return build('nguyen', [('International Desk', 'international-desk-alle@' + DOM)],
                 'Reminder: medical documents and bank details only via secure channels', D(5, 26, 9, 45),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(141, S, 'en', 'insurer-to-assistance',
      'one-line approval of an MRI for a named member - short reply, diagnosis in the subject')
def _():
    b = """Approved - go ahead. GOP follows in 10 min.

Sent from my iPhone
"""
    return build('yilmaz', [('Carmen Ruiz', 'ops.madrid@meridian-assist.example')],
                 'RE: MA-26-12288 Ferreira Tiago - MRI lumbar spine, suspected disc prolapse - approval?',
                 D(4, 18, 19, 2), text(b, cs='us-ascii', cte='7bit'), mailer='ios',
                 irt=ref('MA-26-12288.3.ops', 'meridian-assist.example'))


@mail(142, N, 'en', 'insurer-to-prospect',
      'grey: prospect asks about maternity cover in general (no own pregnancy disclosed) - generic answer -> NORMAL')
def _():
    b = """Hi Ms Adeyemi-Cole,

thanks for your question. In short:

- Maternity (antenatal care, delivery, post-natal care) is included in GlobalHealth Plus and
  Premier after a waiting period of 10 months from the start of the policy. Essential does not
  include maternity, only complications of pregnancy.
- Limits: Plus EUR 8,000, Premier EUR 15,000 per pregnancy; in the USA higher limits apply
  (Premier area 1 only).
- Newborns can be added without health questions within 30 days after birth, if one parent has
  been insured for at least 10 months.
- Fertility treatment is covered in Premier only, up to EUR 7,500 per cycle, max. 3 cycles.

If you want, I can send you a personal quote - I would just need the dates of birth of everyone
to be insured and the country where you live.

Best regards

""" + sig('keller', 'en')
    q = """
> Hello, I'm considering your international plans. How does maternity cover work, is there a
> waiting period, and what about newborns? Thanks, Funmi Adeyemi-Cole
"""
    return build('keller', [('Funmi Adeyemi-Cole', 'funmi.ac@freemail.example')], 'Re: maternity cover?',
                 D(7, 2, 15, 29), text(b + q, cs='utf-8', cte='quoted-printable'), mailer='outlook',
                 irt=ref('CAK9-adeyemi-0702', 'freemail.example'))


@mail(143, N, 'en', 'insurer-to-broker',
      'trap: ZIP with product brochures (PDF) and a benefits table (HTML) for a broker - product information only')
def _():
    b = """Hi Alasdair,

as requested, the current sales material for your stand at the Expat Fair in Munich, as one ZIP:

- GlobalHealth brochure (EN)
- CrossBorder Care flyer (EN)
- table of benefits GlobalHealth 2026 (HTML, for your website - you may link or embed it)

Printed brochures (500 each) are on their way to your office.

Good luck at the fair!
Jonas

""" + sig('petersen', 'en')
    p1 = pdf([['# Rheinbogen GlobalHealth', 'International private medical insurance for expatriates', '',
               'Three plans: Essential, Plus, Premier',
               'Worldwide cover, with or without the USA', 'Direct billing in more than 1,400 hospitals',
               'Mental health support and second medical opinion included',
               '24/7 medical hotline in five languages', '',
               'www.rheinbogen-versicherung.example/en/globalhealth']], title='GlobalHealth brochure',
             when='20260110090000')
    p2 = pdf([['# CrossBorder Care', 'Supplementary health cover for commuters in the Greater Region',
               'Doctors and hospitals in DE, FR, BE and LU', 'From EUR 24.90 per month']],
             title='CrossBorder Care flyer', when='20260510090000', compress=False)
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>GlobalHealth benefits 2026</title></head><body>
<table border="1"><tr><th>Benefit</th><th>Essential</th><th>Plus</th><th>Premier</th></tr>
<tr><td>Inpatient treatment</td><td>100 %</td><td>100 %</td><td>100 %</td></tr>
<tr><td>Outpatient treatment</td><td>80 %</td><td>100 %</td><td>100 %</td></tr>
<tr><td>Dental treatment</td><td>-</td><td>80 %, EUR 1,500</td><td>90 %, EUR 3,000</td></tr>
<tr><td>Maternity</td><td>complications only</td><td>EUR 8,000</td><td>EUR 15,000</td></tr>
<tr><td>Psychotherapy</td><td>10 sessions</td><td>25 sessions</td><td>50 sessions</td></tr>
</table></body></html>
"""
    z = zipbytes([('Rheinbogen_sales_material/GlobalHealth_brochure_EN.pdf', p1),
                  ('Rheinbogen_sales_material/CrossBorder_Care_flyer_EN.pdf', p2),
                  ('Rheinbogen_sales_material/GlobalHealth_benefits_2026.html', h.encode('utf-8'))],
                 when=(2026, 5, 12, 9, 0, 0))
    return build('petersen', [('Alasdair Kerr', 'alasdair@kerr-expat.example')], 'Sales material for the Expat Fair',
                 D(5, 12, 9, 18), mixed(text(b, cte='quoted-printable'),
                                        att(z, 'application/zip', 'Rheinbogen_sales_material.zip')), mailer='outlook')


@mail(144, N, 'de', 'internal',
      'trap: workshop invitation (ICS) on intercultural competence in claims handling - mentions illness and grief in general')
def _():
    b = """Liebe Kolleginnen und Kollegen,

wir laden euch herzlich zu unserem Workshop ein:

  "Interkulturelle Kompetenz in der Leistungsbearbeitung"
  Dienstag, 16.06.2026, 9:00-13:00 Uhr, Raum 4.12

Themen: Wie spricht man mit Kundinnen und Kunden aus anderen Kulturen über Krankheit, Tod und
Trauer? Welche Erwartungen haben Familien bei Rücktransporten Verstorbener? Wie gehen wir mit
religiösen Vorgaben (z. B. schnelle Bestattung) um?

Referentin: Dr. Leyla Şahin, interkulturelle Trainerin. Die Einladung ist angehängt.

Viele Grüße
Ines Bauer
Personalentwicklung
"""
    ev = [dict(uid='workshop-ik-20260616@rheinbogen-versicherung.example', start='20260616T090000',
               end='20260616T130000', summary='Workshop Interkulturelle Kompetenz in der Leistungsbearbeitung',
               location='Raum 4.12', organizer=('Ines Bauer', STAFF['bauer']['addr']))]
    return build('bauer', [('International Desk', 'international-desk-alle@' + DOM)],
                 'Einladung: Workshop Interkulturelle Kompetenz (16.06.)', D(5, 19, 14, 2),
                 mixed(text(b, cs='utf-8', cte='quoted-printable'), ics_part(ev, 'Workshop_16-06-2026.ics')),
                 mailer='outlook')


@mail(145, N, 'en', 'insurer-to-partner',
      'trap: reinsurance settlement with a UK partner insurer - company bank details (GB IBAN), quarterly balance')
def _():
    gb = iban('GB', 'NWBK' + '60161331926819')
    b = """Dear Graham,

please find below the settlement of the Q1 2026 account under our reciprocal treaty:

  Premium ceded to Thames & Harbour:         EUR 412,800.00
  Claims recoverable from Thames & Harbour:  EUR 288,150.40
  Commission                                 EUR  61,920.00
  Balance due to Thames & Harbour:           EUR  62,729.60

We will transfer the balance on 30 April to your company account as per the treaty:
Thames & Harbour Insurance plc, IBAN %s, BIC NWBKGB2L.

Kind regards
Eva Hoffmann
Finance

""" % gb + sig('hoffmann', 'en')
    return build('hoffmann', [('Graham Pike', 'graham.pike@thamesharbour.example')],
                 'Treaty account Q1 2026 - settlement', D(4, 23, 10, 50), text(b, cs='utf-8', cte='quoted-printable'),
                 mailer='outlook')


@mail(146, N, 'de', 'insurer-to-broker',
      'trap: broker GmbH asks about commission on international health - general rules, company account')
def _():
    b = """Hallo Herr Schuster,

kurz zu Ihrer Frage: Für GlobalHealth-Verträge zahlen wir Ihrer Schuster & Partner GmbH
12 % Abschlussprovision und 8 % Bestandsprovision auf den gezahlten Beitrag. Bei Stornierung
in den ersten 12 Monaten wird die Abschlussprovision anteilig zurückgefordert.

Die Abrechnung läuft monatlich über die elektronische Vermittlerpost, die Auszahlung auf das
Geschäftskonto Ihrer GmbH wie bisher.

Viele Grüße
Jonas Petersen
"""
    return build('petersen', [('Georg Schuster', 'g.schuster@schuster-makler.example')],
                 'AW: Courtage GlobalHealth', D(2, 12, 16, 8), text(b, cs='iso-8859-1', cte='quoted-printable'),
                 mailer='outlook', irt=ref('003f01dc7a2b-schuster', 'schuster-makler.example'))


@mail(147, N, 'mixed', 'internal',
      'trap: internal forward (German comment) of a partner hospital\'s English newsletter about a new cardiology wing (rfc822)')
def _():
    b = """Hallo Olivia,

zur Info - St. Aidan's eröffnet eine neue Kardiologie. Vielleicht interessant für die
Netzwerkliste und für den nächsten Newsletter an unsere Kunden in Irland?

Gruß Sabine
"""
    nb = """St. Aidan's Hospital - Partner Update, September 2026

New cardiology wing opens in October

We are delighted to announce that our new Cardiology and Heart Rhythm Centre will open on
5 October 2026. The centre offers 24/7 primary PCI for heart attacks, an electrophysiology lab for
atrial fibrillation ablation, and a cardiac rehabilitation programme.

International patients benefit from a dedicated coordinator and direct billing with our insurance
partners.

Visit https://www.staidans-hospital.example/cardiology for more information.

St. Aidan's Hospital Group CLG, Dublin
"""
    inner_b = inner(("St. Aidan's Partner Relations", 'partners@staidans-hospital.example'),
                    [('Sabine Roth', STAFF['roth']['addr'])], "Partner Update September 2026: new cardiology wing",
                    D(9, 8, 10, 0, tz='+0100'), text(nb, cs='us-ascii', cte='7bit'))
    return build('roth', ['grant'], "WG: Partner Update September 2026: new cardiology wing", D(9, 8, 13, 14),
                 mixed(text(b, cs='utf-8', cte='8bit'), rfc822(inner_b)), mailer='outlook')


@mail(148, N, 'en', 'insurer-to-doctor',
      'trap: invitation to an English-speaking GP practice to join the "expat-friendly doctors" network - no patient')
def _():
    b = """Dear Dr Whitmore,

many of our international customers in Munich see English-speaking doctors, and your practice is
one they mention often. We would like to invite you to join our network of "expat-friendly
doctors":

- you are listed in our online directory and the Rheinbogen app (name, address, languages,
  opening hours);
- you can bill us directly for our GlobalHealth members at 2.3 times the GOÄ rate, payment within
  14 days;
- there is no fee and no exclusivity.

If you are interested, I would be happy to visit you for a short conversation. The network
agreement is available on request.

Kind regards
Olivia Grant

""" + sig('grant', 'en')
    return build('grant', [('Dr Sarah Whitmore', 'praxis@whitmore-praxis.example')],
                 'Invitation: Rheinbogen network of expat-friendly doctors', D(11, 10, 11, 55),
                 text(b, cs='utf-8', cte='quoted-printable'), mailer='outlook')


@mail(149, N, 'de', 'internal',
      'trap: hotline staffing plan over Easter (names and shifts, on-call medical adviser) - organisational only')
def _():
    b = """Hallo zusammen,

hier die Besetzung der Auslandshotline über Ostern:

  Karfreitag 03.04.     08-16 Uhr Daniel Okafor    16-24 Uhr Bernd Schulte
  Samstag 04.04.        08-16 Uhr Hannah Keller    16-24 Uhr Daniel Okafor
  Ostersonntag 05.04.   08-16 Uhr Julia Fischer    16-24 Uhr Hannah Keller
  Ostermontag 06.04.    08-16 Uhr Bernd Schulte    16-24 Uhr Julia Fischer
  nachts jeweils Meridian Assist (Weiterleitung ist eingerichtet)

Medizinischer Hintergrunddienst: Dr. Yilmaz (Fr-So), Dr. Lemke (Mo), Tel. -9112.

Bitte tauscht untereinander und tragt Änderungen direkt in den Teamkalender ein.

Frohe Ostern!
Sabine
"""
    return build('roth', [('International Desk', 'international-desk-alle@' + DOM)], 'Hotline-Besetzung Ostern 2026',
                 D(3, 23, 16, 30), text(b, cs='windows-1252', cte='quoted-printable'), mailer='outlook')


@mail(150, N, 'de', 'internal',
      'trap: motor claims statistics abroad by country 2025 (counts, averages, injury share) - aggregates only')
def _():
    b = """Hallo Tobias,

für deine Präsentation im Vorstand hier die Auswertung Kfz-Auslandsschäden 2025:

  Land          Schäden   Ø Aufwand EUR   Anteil mit Personenschaden
  Frankreich       412        3.840             9 %
  Niederlande      355        2.910             6 %
  Österreich       298        4.120            11 %
  Italien          187        5.260            14 %
  Polen            144        2.480             5 %
  Kroatien          96        3.110             7 %
  Spanien           88        3.950             8 %
  übrige           300        4.020            10 %
  gesamt         1.880        3.740             9 %

Auffällig ist Italien (hoher Anteil Personenschäden, lange Regulierungsdauer). Die Zahlen sind
aus dem Data Warehouse, Stand 15.01.2026, keine Einzelfälle.

Gruß
Julia
"""
    return build('fischer', ['brandt'], 'Auswertung Kfz-Auslandsschäden 2025', D(1, 16, 14, 22),
                 text(b, cs='utf-8', cte='8bit'), mailer='outlook')


# ===========================================================================
# build, write, check
# ===========================================================================


def build_all():
    res = {}
    for n in sorted(MAILS):
        fn, label, lang, kind, reason = MAILS[n]
        _reset_ctx(n)
        data = fn().serialize()
        res[n] = (data, label, lang, kind, reason)
    return res


def fname(n):
    return '%s%04d.eml' % (PREFIX, n)


def labels_tsv(res):
    out = ['file\tlabel\tlang\tkind\treason']
    for n in sorted(res):
        _, label, lang, kind, reason = res[n]
        out.append('\t'.join([fname(n), label, lang, kind, reason]))
    return ('\n'.join(out) + '\n').encode('utf-8')


def write():
    res = build_all()
    md = os.path.join(HERE, 'mails')
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f.endswith('.eml'):
            os.remove(os.path.join(md, f))
    for n, (data, *_rest) in res.items():
        with open(os.path.join(md, fname(n)), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(labels_tsv(res))
    print('wrote %d mails and labels.tsv' % len(res))


# ---- checking -------------------------------------------------------------

class CheckError(Exception):
    pass


def _fail(where, what):
    raise CheckError('%s: %s' % (where, what))


class _HtmlCheck(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []

    def handle_data(self, d):
        self.texts.append(d)


def _xml_text(data, where):
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        _fail(where, 'XML does not parse: %s' % e)
    return ' '.join(t for t in root.itertext())


def _pdf_text(data, where):
    if not data.startswith(b'%PDF-1.'):
        _fail(where, 'no PDF header')
    if not data.rstrip().endswith(b'%%EOF'):
        _fail(where, 'no %%EOF')
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    if not m:
        _fail(where, 'no startxref')
    x = int(m.group(1))
    if data[x:x + 4] != b'xref':
        _fail(where, 'startxref does not point to xref')
    hm = re.match(rb'xref\s+0 (\d+)\s+', data[x:])
    cnt = int(hm.group(1))
    pos = x + hm.end()
    for i in range(cnt):
        entry = data[pos + 20 * i: pos + 20 * i + 20]
        off, _gen, kind = entry[:10], entry[11:16], entry[17:18]
        if kind == b'n' and not data[int(off):].startswith(b'%d 0 obj' % i):
            _fail(where, 'xref entry %d wrong' % i)
    texts = []
    for sm in re.finditer(rb'<<([^>]*?)>>\nstream\n', data):
        ln = int(re.search(rb'/Length (\d+)', sm.group(1)).group(1))
        raw = data[sm.end():sm.end() + ln]
        if b'/FlateDecode' in sm.group(1):
            raw = zlib.decompress(raw)
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', raw, re.S):
            t = re.sub(rb'\\(.)', rb'\1', s.group(1)).decode('cp1252')
            texts.append(t)
    if not ''.join(texts).strip():
        _fail(where, 'PDF without text layer')
    return '\n'.join(texts)


def _zip_open(data, where):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        _fail(where, 'bad zip: %s' % e)
    bad = z.testzip()
    if bad:
        _fail(where, 'bad zip member %s' % bad)
    return z


def _office_text(data, ext, where):
    z = _zip_open(data, where)
    names = z.namelist()
    txt = []
    if ext in ('odt', 'ods'):
        if names[0] != 'mimetype' or z.getinfo('mimetype').compress_type != zipfile.ZIP_STORED:
            _fail(where, 'ODF mimetype not first/stored')
        want = MIME_ODT if ext == 'odt' else MIME_ODS
        if z.read('mimetype').decode() != want:
            _fail(where, 'ODF mimetype wrong')
        _xml_text(z.read('META-INF/manifest.xml'), where)
        txt.append(_xml_text(z.read('content.xml'), where))
    else:
        if '[Content_Types].xml' not in names or '_rels/.rels' not in names:
            _fail(where, 'OOXML package parts missing')
        main = 'word/document.xml' if ext == 'docx' else 'xl/workbook.xml'
        if main not in names:
            _fail(where, 'missing ' + main)
        for nm in names:
            if nm.endswith('.xml') or nm.endswith('.rels'):
                t = _xml_text(z.read(nm), where + ':' + nm)
                if nm.startswith('word/document') or nm.startswith('xl/worksheets/'):
                    txt.append(t)
    out = '\n'.join(txt)
    if not out.strip():
        _fail(where, 'office document without text')
    return out


def _csv_text(t, where):
    first = t.splitlines()[0] if t.strip() else ''
    delim = ';' if first.count(';') >= first.count(',') else ','
    rows = list(csv.reader(io.StringIO(t), delimiter=delim))
    rows = [r for r in rows if r]
    if len(rows) < 2:
        _fail(where, 'CSV too short')
    if len({len(r) for r in rows}) != 1:
        _fail(where, 'CSV rows of different length')
    return t


def _ics_check(t, where):
    ls = t.replace('\r\n', '\n').split('\n')
    if ls[0] != 'BEGIN:VCALENDAR' or 'END:VCALENDAR' not in ls:
        _fail(where, 'ICS without VCALENDAR')
    if 'BEGIN:VEVENT' not in ls:
        _fail(where, 'ICS without VEVENT')
    for ln in ls:
        if len(ln.encode()) > 75:
            _fail(where, 'ICS line not folded')
    return t


def attachment_text(data, name, ctype, where, stats):
    """Open an attachment by its type; return its text."""
    ext = name.lower().rsplit('.', 1)[-1] if '.' in name else ''
    if ctype == 'application/pdf' or ext == 'pdf':
        stats['pdf'] = stats.get('pdf', 0) + 1
        return _pdf_text(data, where)
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        stats[ext] = stats.get(ext, 0) + 1
        return _office_text(data, ext, where)
    if ext == 'zip':
        stats['zip'] = stats.get('zip', 0) + 1
        z = _zip_open(data, where)
        out = []
        for nm in z.namelist():
            if nm.endswith('/'):
                continue
            sub = z.read(nm)
            ct = ''
            if nm.lower().endswith(('.csv', '.txt', '.html', '.htm', '.ics')):
                t = sub.decode('utf-8') if not nm.lower().endswith('.csv') else None
                if t is None:
                    try:
                        t = sub.decode('utf-8')
                    except UnicodeDecodeError:
                        t = sub.decode('cp1252')
                ext2 = nm.lower().rsplit('.', 1)[-1]
                stats[ext2] = stats.get(ext2, 0) + 1
                if ext2 == 'csv':
                    _csv_text(t, where + '/' + nm)
                elif ext2 in ('html', 'htm'):
                    p = _HtmlCheck()
                    p.feed(t)
                elif ext2 == 'ics':
                    _ics_check(t, where + '/' + nm)
                out.append(t)
            elif nm.lower().endswith('.eml'):
                stats['eml'] = stats.get('eml', 0) + 1
                out.append('\n'.join(check_message(sub, where + '/' + nm, stats, top=False)[0]))
            else:
                out.append(attachment_text(sub, nm, ct, where + '/' + nm, stats))
        return '\n'.join(out)
    _fail(where, 'unknown attachment type %s %s' % (ctype, name))


EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'(?:https?://|\bwww\.)([A-Za-z0-9.-]+)')
DE_IBAN_RE = re.compile(r'(?<![A-Za-z0-9])(DE\d{2}(?: ?\d{4}){4} ?\d{2})(?![0-9])', re.I)
ANY_IBAN_RE = re.compile(r'(?<![A-Za-z0-9])((?:GB|FR|NL|AT|LU|CH|ES|IE|BE|IT|PL|HR|DK)\d{2}(?: ?[A-Z0-9]{4}){2,7}'
                         r'(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])')


def _check_domain(d, where):
    d = d.lower().rstrip('.')
    if not d.endswith('.example'):
        _fail(where, 'domain not .example: %s' % d)


def check_message(data, where, stats, top=True):
    if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
        _fail(where, 'bare LF or CR')
    for ln in data.split(b'\r\n'):
        if len(ln) > 998:
            _fail(where, 'line longer than 998 bytes')
    msg = BytesParser(policy=policy.default).parsebytes(data)
    texts = []
    mids = []
    msgs = [msg]
    for part in msg.walk():
        if part.defects:
            _fail(where, 'MIME defects %r' % part.defects)
        for k, v in part.items():
            if getattr(v, 'defects', None):
                _fail(where, 'header defects in %s: %r' % (k, v.defects))
        if part.get_content_type() == 'message/rfc822':
            msgs.append(part.get_payload(0))
            if part.get('Content-Transfer-Encoding', '7bit').lower() not in ('7bit', '8bit', 'binary'):
                _fail(where, 'bad CTE for message/rfc822')
            stats['rfc822'] = stats.get('rfc822', 0) + 1
    for m in msgs:
        if not m['Message-ID']:
            _fail(where, 'no Message-ID')
        mids.append(str(m['Message-ID']).strip())
        _check_domain(str(m['Message-ID']).strip().strip('<>').rsplit('@', 1)[1], where)
        dt = parsedate_to_datetime(str(m['Date']))
        if dt.year != 2026:
            _fail(where, 'date not in 2026')
        for h in ('From', 'To', 'Cc', 'Reply-To'):
            for v in m.get_all(h, []):
                for _nm, a in getaddresses([str(v)]):
                    if '@' not in a:
                        _fail(where, 'bad address in %s' % h)
                    _check_domain(a.rsplit('@', 1)[1], where)
        if m is msg and top:
            frm = getaddresses([str(m['From'])])[0][1]
            if not frm.lower().endswith('@' + DOM):
                _fail(where, 'not sent from the insurer domain: %s' % frm)
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        if cte not in ('7bit', '8bit', 'quoted-printable', 'base64'):
            _fail(where, 'unknown CTE ' + cte)
        name = part.get_filename() or ''
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_param('charset')
            if not cs:
                _fail(where, 'text part without charset')
            try:
                t = payload.decode(str(cs))
            except (UnicodeDecodeError, LookupError) as e:
                _fail(where, 'text does not decode as %s: %s' % (cs, e))
            if cte == '7bit':
                part.get_payload(decode=False).encode('ascii')
            key = (ct, str(cs).lower(), cte)
            stats.setdefault('textparts', {}).setdefault(key, 0)
            stats['textparts'][key] += 1
            ext = name.lower().rsplit('.', 1)[-1] if '.' in name else ''
            if ct == 'text/html' or ext in ('html', 'htm'):
                p = _HtmlCheck()
                p.feed(t)
                p.close()
            if ct == 'text/csv' or ext == 'csv':
                _csv_text(t, where + '/' + name)
                stats['csv'] = stats.get('csv', 0) + 1
            if ct == 'text/calendar' or ext == 'ics':
                _ics_check(t, where + '/' + name)
                stats['ics'] = stats.get('ics', 0) + 1
                t = t.replace('\r\n ', '').replace('\n ', '')
            if name and ct == 'text/html':
                stats['html'] = stats.get('html', 0) + 1
            texts.append(t)
        else:
            texts.append(attachment_text(payload, name, ct, where + '/' + (name or ct), stats))
    alltext = '\n'.join(texts)
    for m in EMAIL_RE.finditer(alltext):
        _check_domain(m.group(1), where + ' (address in text)')
    for m in URL_RE.finditer(alltext):
        _check_domain(m.group(1), where + ' (URL in text)')
    for m in DE_IBAN_RE.finditer(alltext):
        if not iban_ok(m.group(1)):
            _fail(where, 'German IBAN fails mod 97: %s' % m.group(1))
        stats['de_iban'] = stats.get('de_iban', 0) + 1
    for m in ANY_IBAN_RE.finditer(alltext):
        if not iban_ok(m.group(1)):
            _fail(where, 'IBAN fails mod 97: %s' % m.group(1))
        stats['other_iban'] = stats.get('other_iban', 0) + 1
    return texts, mids, msg


def check():
    res = build_all()
    res2 = build_all()
    problems = []
    if any(res[n][0] != res2[n][0] for n in res):
        problems.append('generator is not deterministic')
    md = os.path.join(HERE, 'mails')
    on_disk = sorted(f for f in os.listdir(md) if f.endswith('.eml'))
    if on_disk != [fname(n) for n in sorted(res)]:
        problems.append('mails/ does not hold exactly the generated files')
    if sorted(res) != list(range(1, 151)):
        problems.append('mail numbers are not 1..150')
    for n in sorted(res):
        p = os.path.join(md, fname(n))
        if os.path.exists(p):
            with open(p, 'rb') as fh:
                if fh.read() != res[n][0]:
                    problems.append('%s differs from a rebuild' % fname(n))
    with open(os.path.join(HERE, 'labels.tsv'), 'rb') as fh:
        if fh.read() != labels_tsv(res):
            problems.append('labels.tsv differs from a rebuild')
    stats = {}
    allmids = {}
    tops = {}
    with_att = 0
    for n in sorted(res):
        data, label, lang, kind, reason = res[n]
        where = fname(n)
        try:
            _t, mids, msg = check_message(data, where, stats)
        except CheckError as e:
            problems.append(str(e))
            continue
        for m_ in mids:
            if m_ in allmids:
                problems.append('%s: Message-ID %s also in %s' % (where, m_, allmids[m_]))
            allmids[m_] = where
        tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
        if any(p.get_content_disposition() == 'attachment' or p.get_content_type() == 'message/rfc822'
               for p in msg.walk()):
            with_att += 1
        if label not in EXPECTED:
            problems.append('%s: bad label' % where)
        if lang not in ('de', 'en', 'mixed'):
            problems.append('%s: bad lang' % where)
        if '\t' in reason or '\n' in reason or not reason:
            problems.append('%s: bad reason' % where)
        if reason.startswith('trap:') and label != N:
            problems.append('%s: trap must be NORMAL' % where)
    counts = {k: sum(1 for v in res.values() if v[1] == k) for k in EXPECTED}
    if counts != EXPECTED:
        problems.append('label counts %r != %r' % (counts, EXPECTED))

    # ---- report ----
    langs = ['de', 'en', 'mixed']
    print('mails: %d   labels: %s' % (len(res), ', '.join('%s %d' % (k, counts[k]) for k in EXPECTED)))
    print('label x lang:')
    for k in EXPECTED:
        print('  %-22s %s  total %d' % (k, '  '.join('%s %3d' % (lg, sum(1 for v in res.values()
              if v[1] == k and v[2] == lg)) for lg in langs), counts[k]))
    print('  %-22s %s' % ('all', '  '.join('%s %3d' % (lg, sum(1 for v in res.values() if v[2] == lg))
                                            for lg in langs)))
    kinds = sorted({v[3] for v in res.values()})
    print('kind x label:')
    for kd in kinds:
        row = [sum(1 for v in res.values() if v[3] == kd and v[1] == k) for k in EXPECTED]
        print('  %-24s %3d  N %2d  C %2d  S %2d' % (kd, sum(row), *row))
    print('traps (NORMAL with trap:): %d; grey decisions: %d' % (
        sum(1 for v in res.values() if v[4].startswith('trap:')), sum(1 for v in res.values() if 'grey:' in v[4])))
    print('top-level types: %s' % ', '.join('%s %d' % kv for kv in sorted(tops.items())))
    print('mails with attachments: %d' % with_att)
    print('attachments opened: %s' % ', '.join('%s %d' % (k, stats[k]) for k in sorted(stats)
                                                 if k not in ('textparts', 'de_iban', 'other_iban')))
    print('text parts (type, charset, CTE):')
    for key in sorted(stats.get('textparts', {})):
        print('  %-14s %-13s %-17s %d' % (key + (stats['textparts'][key],)))
    print('IBANs validated: German %d, other %d' % (stats.get('de_iban', 0), stats.get('other_iban', 0)))
    print('unique Message-IDs: %d' % len(allmids))
    if problems:
        print('PROBLEMS:')
        for p in problems:
            print('  ' + p)
        print('CHECK FAILED')
        return 1
    print('CHECK OK: byte-identical rebuild, CRLF only, lines <= 998, no MIME defects, unique Message-IDs, '
          'dates in 2026, .example domains, charsets decode, attachments open, IBANs pass mod 97')
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    write()
