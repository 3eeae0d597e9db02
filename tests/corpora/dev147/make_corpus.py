#!/usr/bin/env python3
"""Generator for the d147 labelled mail corpus (Siegel, issue 14).

Standard library only.  `python3 make_corpus.py` writes mails/d147-0001.eml ...
mails/d147-0150.eml and labels.tsv; `python3 make_corpus.py --check` rebuilds
everything in memory, compares it byte for byte with the files on disk and
re-parses and validates every mail and every attachment.

Every mail below is its own hand-written function (section MAILS).  The
helpers above it only serialise MIME and write the attachment file formats
(PDF, DOCX, XLSX, ODT, ODS, CSV, ZIP, ICS, HTML, message/rfc822).
All persons, firms, numbers and addresses are invented; all domains end in
.example; all dates are in 2026.
"""
import sys, os, io, re, zipfile, zlib, base64, quopri, random, hashlib, datetime, csv
import email, email.policy, email.utils, email.header
from email.parser import BytesParser
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd147-'
SEED = 147
INS = 'auenwald-versicherung.example'
N_MAILS = 150
WANT = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}

# ---------------------------------------------------------------- helpers ---

CUR = {'n': 0, 'bnd': 0}


def rng(tag=''):
    return random.Random('%d-%d-%s' % (SEED, CUR['n'], tag))


def xesc(s):
    return _xesc(s, {'"': '&quot;'})


def iban_de(blz, kto):
    """German IBAN (grouped) for an 8-digit bank code and a 10-digit account."""
    bban = '%08d%010d' % (int(blz), int(kto))
    num = int(bban + '131400')          # D=13 E=14, check digits 00
    check = 98 - num % 97
    s = 'DE%02d%s' % (check, bban)
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_ok(s):
    s = re.sub(r'\s', '', s).upper()
    t = s[4:] + s[:4]
    digits = ''.join(str(int(c, 36)) for c in t)
    return int(digits) % 97 == 1


def crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


# ---------------------------------------------------------------- MIME -------

class Part:
    def __init__(self, ctype, params=None, raw=b'', cte='7bit', children=None,
                 headers=None, disp=None, filename=None, preamble=None):
        self.ctype = ctype
        self.params = list(params or [])
        self.raw = raw
        self.cte = cte
        self.children = children
        self.headers = list(headers or [])
        self.disp = disp
        self.filename = filename
        self.preamble = preamble


def _param(name, value):
    try:
        value.encode('ascii')
        return '%s="%s"' % (name, value)
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (name, quote(value.encode('utf-8'), safe=''))


def hdr_text(s, charset='utf-8'):
    """Header value: ASCII as is, otherwise RFC 2047 encoded words."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset, maxlinelen=76).encode(linesep='\r\n')


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    return email.utils.formataddr((name, a), charset=charset)


def addrs(lst):
    out = []
    for x in lst:
        if isinstance(x, tuple):
            out.append(addr(*x))
        else:
            out.append(x)
    return ',\r\n '.join(out) if len(', '.join(out)) > 70 else ', '.join(out)


def encode_body(raw, cte, is_text):
    if cte in ('7bit', '8bit'):
        if cte == '7bit':
            raw.decode('ascii')
        b = crlf(raw)
        if not b.endswith(b'\r\n'):
            b += b'\r\n'
        return b
    if cte == 'quoted-printable':
        b = raw.replace(b'\r\n', b'\n')
        q = quopri.encodestring(b, quotetabs=False)
        q = crlf(q)
        if not q.endswith(b'\r\n'):
            q += b'\r\n'
        return q
    if cte == 'base64':
        if is_text:
            raw = crlf(raw)
        return crlf(base64.encodebytes(raw))
    raise ValueError(cte)


def render_part(p, top=False):
    h = list(p.headers)
    ct = p.ctype
    params = list(p.params)
    bnd = None
    if p.children is not None:
        CUR['bnd'] += 1
        r = rng('bnd%d' % CUR['bnd'])
        style = r.choice(['outlook', 'tb', 'plain'])
        tok = '%08x' % r.getrandbits(32)
        if style == 'outlook':
            bnd = '_%03d_d147%04d%s_' % (CUR['bnd'], CUR['n'], tok)
        elif style == 'tb':
            bnd = '------------d147%04d%s%02d' % (CUR['n'], tok, CUR['bnd'])
        else:
            bnd = '=_Part_%d_%d.%s' % (CUR['n'], CUR['bnd'], tok)
        params = params + [('boundary', bnd)]
    line = ct
    for k, v in params:
        if k in ('format', 'delsp', 'method') and re.match(r'^[\w-]+$', v):
            line += '; %s=%s' % (k, v)
        else:
            line += '; ' + _param(k, v)
    out = []
    for k, v in h:
        out.append('%s: %s' % (k, v))
    out.append('Content-Type: ' + line)
    if p.children is None:
        out.append('Content-Transfer-Encoding: ' + p.cte)
    if p.disp:
        d = p.disp
        if p.filename:
            d += '; ' + _param('filename', p.filename)
        out.append('Content-Disposition: ' + d)
    head = '\r\n'.join(out).encode('ascii') + b'\r\n\r\n'
    if p.children is None:
        if p.ctype == 'message/rfc822':
            return head + p.raw
        return head + encode_body(p.raw, p.cte, p.ctype.startswith('text/'))
    body = b''
    if p.preamble:
        body += p.preamble.encode('ascii') + b'\r\n'
    for c in p.children:
        body += b'--' + bnd.encode() + b'\r\n' + render_part(c) + b'\r\n'
    body += b'--' + bnd.encode() + b'--\r\n'
    return head + body


def T(text, charset='utf-8', cte='quoted-printable', subtype='plain', flowed=False):
    """A text part.  `text` uses \\n line ends."""
    params = [('charset', charset)]
    if flowed:
        params.append(('format', 'flowed'))
    raw = fold_to(text, charset).encode(charset)
    return Part('text/' + subtype, params, raw, cte)


TRANSLIT = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ß': 'ss', 'ı': 'i', 'ğ': 'g',
            'ş': 's', '·': '|', '–': '-', '„': '"', '“': '"', '”': '"', '’': "'", 'é': 'e', '€': 'EUR', '²': '2',
            'ł': 'l', 'ń': 'n', 'č': 'c', 'ř': 'r', 'á': 'a', 'ó': 'o', 'ñ': 'n', 'è': 'e', '«': '"', '»': '"'}


def fold_to(text, charset):
    """Replace characters the charset cannot carry (used for signatures in
    us-ascii / latin-1 mails, the way a mail client would fall back)."""
    if charset.lower() in ('utf-8',):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(TRANSLIT[ch])
    return ''.join(out)


def H(html, charset='utf-8', cte='quoted-printable'):
    return T(html, charset, cte, 'html')


def ALT(plain, html):
    return Part('multipart/alternative', children=[plain, html])


def MIX(*parts):
    return Part('multipart/mixed', children=list(parts))


CTYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'odt': 'application/vnd.oasis.opendocument.text',
    'ods': 'application/vnd.oasis.opendocument.spreadsheet',
    'csv': 'text/csv',
    'zip': 'application/zip',
    'ics': 'text/calendar',
    'html': 'text/html',
    'htm': 'text/html',
    'txt': 'text/plain',
}


def A(filename, data, ctype=None, cte='base64', charset=None, disp='attachment', extra=None):
    ext = filename.rsplit('.', 1)[-1].lower()
    ctype = ctype or CTYPES[ext]
    params = []
    if charset:
        params.append(('charset', charset))
    if extra:
        params += extra
    params.append(('name', filename))
    return Part(ctype, params, data, cte, disp=disp, filename=filename)


def EML(inner, filename=None):
    """Attach a complete message (bytes from render_msg) as message/rfc822."""
    p = Part('message/rfc822', [], inner, '8bit' if re.search(rb'[\x80-\xff]', inner) else '7bit',
             disp='attachment' if filename else 'inline', filename=filename)
    return p


def fmt_date(s):
    """'2026-03-14 09:12' -> RFC 5322 date with the German offset of that day."""
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    d = d.replace(second=rng('sec' + s).randrange(60))
    summer = datetime.datetime(2026, 3, 29, 2) <= d < datetime.datetime(2026, 10, 25, 3)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return email.utils.format_datetime(d.replace(tzinfo=tz))


MAILERS = [
    'Microsoft Outlook 16.0',
    'Microsoft Outlook 16.0',
    'Mozilla Thunderbird 128.6.0',
    'HCL Notes Release 14.0',
]


def msgid(tag=''):
    r = rng('mid' + tag)
    return '<%s.%04d%s@%s>' % ('%012x' % r.getrandbits(48), CUR['n'], tag, 'mail.' + INS)


def render_msg(frm, to, subject, date, body, cc=None, reply_to=None, irt=None, refs=None,
               mailer=None, extra=None, mid=None, subj_charset='utf-8', lang_hdr=None, sender=None):
    h = []
    h.append(('Date', fmt_date(date)))
    h.append(('From', addrs([frm])))
    if sender:
        h.append(('Sender', addrs([sender])))
    if reply_to:
        h.append(('Reply-To', addrs(reply_to)))
    h.append(('To', addrs(to) if to else 'undisclosed-recipients:;'))
    if cc:
        h.append(('Cc', addrs(cc)))
    h.append(('Subject', hdr_text(subject, subj_charset)))
    h.append(('Message-ID', mid or msgid()))
    if irt:
        h.append(('In-Reply-To', irt))
        h.append(('References', refs or irt))
    h.append(('MIME-Version', '1.0'))
    if mailer is None:
        mailer = rng('mailer').choice(MAILERS)
    if mailer:
        if 'Thunderbird' in mailer:
            h.append(('User-Agent', mailer))
        else:
            h.append(('X-Mailer', mailer))
    if lang_hdr:
        h.append(('Content-Language', lang_hdr))
    for k, v in (extra or []):
        h.append((k, v))
    body.headers = h + body.headers
    return render_part(body, top=True)


# ------------------------------------------------------------ documents -----

def _zip(members, date=(2026, 1, 15, 10, 0, 0), stored_first=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def zip_bytes(members, date=(2026, 1, 15, 10, 0, 0)):
    return _zip(members, date)


def _pdf_str(s):
    b = s.encode('cp1252')
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '(' + ''.join(out) + ')'


def _wrap(line, width):
    import textwrap
    if len(line) <= width:
        return [line]
    ind = len(line) - len(line.lstrip(' '))
    return textwrap.wrap(line, width, subsequent_indent=' ' * ind, break_long_words=True) or ['']


def pdf_bytes(lines, title='', author='Auenwald Versicherungsgruppe', date='20260115100000',
              compress=False, size=10, width=92):
    """Minimal valid PDF 1.4 with a text layer (Helvetica, WinAnsiEncoding).
    Lines starting with '# ' are set bold and larger; '## ' bold."""
    items = []
    for ln in lines:
        if ln.startswith('# '):
            items.append(('F2', size + 4, ln[2:]))
        elif ln.startswith('## '):
            items.append(('F2', size + 1, ln[3:]))
        else:
            for w in _wrap(ln, width):
                items.append(('F1', size, w))
    pages = []
    cur, y = [], 800
    for it in items:
        lead = it[1] + 4
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lead
        cur.append((it, y))
    pages.append(cur)
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = ('<< /Title %s /Author %s /Producer (Auenwald DocGen 4.2) /CreationDate (D:%s+01\'00\') >>'
               % (_pdf_str(title), _pdf_str(author), date)).encode('latin-1')
    kids = []
    on = 6
    for pg in pages:
        ops = ['BT']
        for (font, sz, txt), yy in pg:
            ops.append('/%s %d Tf 1 0 0 1 56 %d Tm %s Tj' % (font, sz, yy, _pdf_str(txt)))
        ops.append('ET')
        stream = '\n'.join(ops).encode('latin-1')
        if compress:
            stream = zlib.compress(stream, 9)
            sd = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream)
        else:
            sd = b'<< /Length %d >>\nstream\n' % len(stream)
        objs[on + 1] = sd + stream + b'\nendstream'
        objs[on] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (on + 1)).encode()
        kids.append(on)
        on += 2
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
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


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx_bytes(blocks, title='', author='Auenwald Versicherungsgruppe', date='2026-01-15T10:00:00Z'):
    """blocks: 'text' paragraph | ('h', text) heading | ('b', text) bold | ('table', rows)."""
    def run(t, bold=False):
        rp = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, xesc(t))

    def para(t, bold=False, style=None):
        pp = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ''
        return '<w:p>%s%s</w:p>' % (pp, run(t, bold) if t else '')
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == 'h':
            body.append(para(b[1], True, 'Heading1'))
        elif b[0] == 'b':
            body.append(para(b[1], True))
        elif b[0] == 'table':
            rows = []
            for ri, r in enumerate(b[1]):
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para('' if c is None else str(c), ri == 0) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            ncol = max(len(r) for r in b[1])
            grid = '<w:tblGrid>%s</w:tblGrid>' % ('<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol)
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s%s</w:tbl>' % (grid, ''.join(rows)))
            body.append(para(''))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % (W_NS, ''.join(body)))
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
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>'
            % (xesc(title), xesc(author), date))
    return _zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                 ('docProps/core.xml', core), ('word/document.xml', doc)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets, shared=False):
    """sheets: [(name, rows)]; cells str / int / float / None."""
    S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    sst, sidx = [], {}
    files = []
    for si, (name, rows) in enumerate(sheets):
        xr = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri + 1)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                elif shared:
                    if v not in sidx:
                        sidx[v] = len(sst)
                        sst.append(v)
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sidx[v]))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri + 1, ''.join(cells)))
        files.append(('xl/worksheets/sheet%d.xml' % (si + 1),
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, ''.join(xr))))
    ov = ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets)))
    if shared:
        ov += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '%s</Types>' % ov)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>'
          % (S, R, ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(n), i + 1, i + 1) for i, (n, _) in enumerate(sheets))))
    wrels = ['<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets))]
    k = len(sheets)
    wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (k + 1))
    if shared:
        wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (k + 2))
    wr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wrels))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>' % S)
    members = [('[Content_Types].xml', ctypes), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
               ('xl/_rels/workbook.xml.rels', wr), ('xl/styles.xml', styles)] + files
    if shared:
        members.append(('xl/sharedStrings.xml',
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
                        % (S, len(sst), len(sst), ''.join('<si><t xml:space="preserve">%s</t></si>' % xesc(s) for s in sst))))
    return _zip(members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mime, body, title):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta><dc:title>%s</dc:title>'
            '<meta:generator>LibreOffice/24.8</meta:generator></office:meta></office:document-meta>' % (ODF_NS, xesc(title)))
    return _odf_zip(mime, manifest, content, meta)


def _odf_zip(mime, manifest, content, meta):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for i, (name, data) in enumerate([('mimetype', mime), ('META-INF/manifest.xml', manifest),
                                          ('content.xml', content), ('meta.xml', meta)]):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if i == 0 else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def odt_bytes(blocks, title=''):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<text:p>%s</text:p>' % xesc(b))
        elif b[0] in ('h', 'b'):
            out.append('<text:h text:outline-level="%d">%s</text:h>' % (1 if b[0] == 'h' else 2, xesc(b[1])))
        elif b[0] == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>' % (len(out) + 1, ncol)]
            for r in rows:
                t.append('<table:table-row>%s</table:table-row>' % ''.join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc('' if c is None else str(c)) for c in r))
            t.append('</table:table>')
            out.append(''.join(t))
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % ''.join(out), title)


def ods_bytes(sheets, title=''):
    out = []
    for name, rows in sheets:
        t = ['<table:table table:name="%s">' % xesc(name)]
        for r in rows:
            cells = []
            for c in r:
                if c is None or c == '':
                    cells.append('<table:table-cell/>')
                elif isinstance(c, (int, float)):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (repr(c), xesc(str(c))))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(c)))
            t.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        t.append('</table:table>')
        out.append(''.join(t))
    return _odf('application/vnd.oasis.opendocument.spreadsheet', '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(out), title)


def csv_bytes(rows, delim=';', charset='utf-8', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(['' if c is None else c for c in r])
    b = s.getvalue().encode(charset)
    return (b'\xef\xbb\xbf' + b) if bom else b


def ics_bytes(events, method='REQUEST', organizer=None):
    """events: [(uid, start 'YYYYMMDDTHHMMSS', end, summary, location, description)]"""
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:' + method,
         'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16011028T030000',
         'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
         'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
         'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE']
    for uid, st, en, summ, loc, desc in events:
        L += ['BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20260105T090000Z',
              'DTSTART;TZID=W. Europe Standard Time:' + st, 'DTEND;TZID=W. Europe Standard Time:' + en,
              'SUMMARY:' + summ, 'LOCATION:' + loc]
        if organizer:
            L.append('ORGANIZER;CN=%s:mailto:%s' % organizer)
        if desc:
            L.append('DESCRIPTION:' + desc.replace('\n', '\\n').replace(',', '\\,'))
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    out = []
    for ln in L:
        b = ln.encode('utf-8')
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b' ' + b[cut:]
        out.append(b)
    return b'\r\n'.join(out) + b'\r\n'


# -------------------------------------------------------- staff & footers ----

FOOT_KV = ('Auenwald Krankenversicherung a.G. | Auenwaldallee 1 | 04109 Leipzig\n'
           'Vorstand: Dr. Marita Scholle (Vors.), Bernd Ellerbrock | Aufsichtsrat: Prof. Dr. Egon Fahl\n'
           'Sitz Leipzig | Amtsgericht Leipzig HRB 99147')
FOOT_LV = ('Auenwald Lebensversicherung AG | Auenwaldallee 1 | 04109 Leipzig\n'
           'Vorstand: Dr. Marita Scholle (Vors.), Ilona Hertwig | Sitz Leipzig | Amtsgericht Leipzig HRB 99148')
FOOT_AV = ('Auenwald Allgemeine Versicherung AG | Auenwaldallee 1 | 04109 Leipzig\n'
           'Vorstand: Dr. Marita Scholle (Vors.), Kai-Uwe Brems | Sitz Leipzig | Amtsgericht Leipzig HRB 99149')
FOOT_EN = ('Auenwald Versicherungsgruppe | International Desk | Auenwaldallee 1 | 04109 Leipzig | Germany\n'
           'This e-mail may contain confidential information. If you are not the intended recipient,\n'
           'please notify the sender and delete it.')


def A_(local):
    return local + '@' + INS


STAFF = {
    'kroeger':  ('Sabine Kröger', A_('sabine.kroeger'), 'Leistungsabteilung Krankenversicherung', 'Tel. 0341 4711-3120', FOOT_KV),
    'weisshaupt': ('Jonas Weißhaupt', A_('jonas.weisshaupt'), 'Kfz-Schadenregulierung', 'Tel. 0341 4711-5544', FOOT_AV),
    'brandt':   ('Dr. med. Ulrike Brandt', A_('ulrike.brandt'), 'Gesellschaftsärztin | Leistungsprüfung Leben/BU', 'Tel. 0341 4711-2201', FOOT_LV),
    'aydin':    ('Mehmet Aydın', A_('mehmet.aydin'), 'Maklerbetreuung Region Ost', 'Mobil 0170 5550147', FOOT_AV),
    'vogt':     ('Katharina Vogt', A_('katharina.vogt'), 'Vertragsservice Sach/Haftpflicht', 'Tel. 0341 4711-4410', FOOT_AV),
    'lindqvist': ('Thomas Lindqvist', A_('thomas.lindqvist'), 'International Health Desk', 'Phone +49 341 4711-7701', FOOT_EN),
    'gallagher': ('Fiona Gallagher', A_('fiona.gallagher'), 'International Health Desk - Claims', 'Phone +49 341 4711-7715', FOOT_EN),
    'paulsen':  ('Henrik Paulsen', A_('henrik.paulsen'), 'Aktuariat & Rückversicherung', 'Tel. 0341 4711-1830', FOOT_LV),
    'schanze':  ('Birgit Schanze', A_('birgit.schanze'), 'Personalabteilung', 'Tel. 0341 4711-1050', FOOT_AV),
    'oberlaender': ('Lars Oberländer', A_('lars.oberlaender'), 'Zentraler Einkauf', 'Tel. 0341 4711-1190', FOOT_AV),
    'nowak':    ('Petra Nowak', A_('petra.nowak'), 'Vertragsservice Leben', 'Tel. 0341 4711-2340', FOOT_LV),
    'reuter':   ('Frank Reuter', A_('frank.reuter'), 'Haftpflicht-Schaden', 'Tel. 0341 4711-5810', FOOT_AV),
    'holm':     ('Annika Holm', A_('annika.holm'), 'Datenschutzbeauftragte der Auenwald Versicherungsgruppe', 'Tel. 0341 4711-1007', FOOT_AV),
    'engel':    ('Moritz Engel', A_('moritz.engel'), 'IT-Service | SecureMail & Portal', 'Tel. 0341 4711-6600', FOOT_AV),
    'rensing':  ('Claudia Rensing', A_('claudia.rensing'), 'Recht & Regress', 'Tel. 0341 4711-1420', FOOT_AV),
    'baumgart': ('Nils Baumgart', A_('nils.baumgart'), 'Unternehmenskommunikation', 'Tel. 0341 4711-1001', FOOT_AV),
    'petersen': ('Yvonne Petersen', A_('yvonne.petersen'), 'Pflegeversicherung - Leistung', 'Tel. 0341 4711-3390', FOOT_KV),
    'ko':       ('Daniel Ko', A_('daniel.ko'), 'Group Benefits & bAV', 'Phone +49 341 4711-2480', FOOT_LV),
    'stein':    ('Gregor Stein', A_('gregor.stein'), 'Beitragsbuchhaltung / Inkasso', 'Tel. 0341 4711-4090', FOOT_AV),
    'carter':   ('Emily Carter', A_('emily.carter'), 'International Underwriting', 'Phone +49 341 4711-7730', FOOT_EN),
    'hartmann': ('Julia Hartmann', A_('julia.hartmann'), 'Unfall-Leistung', 'Tel. 0341 4711-5920', FOOT_AV),
    'kuhnert':  ('Ralf Kuhnert', A_('ralf.kuhnert'), 'Gebäude- und Elementarschaden', 'Tel. 0341 4711-5070', FOOT_AV),
    'saglam':   ('Derya Sağlam', A_('derya.saglam'), 'Kundenservice', 'Tel. 0341 4711-0', FOOT_AV),
    'fuchs':    ('Tobias Fuchs', A_('tobias.fuchs'), 'Zahn- und Hilfsmittel-Leistung', 'Tel. 0341 4711-3170', FOOT_KV),
}


def who(k):
    s = STAFF[k]
    return (s[0], s[1])


def sig(k, short=False, foot=True):
    name, mail, dept, tel, f = STAFF[k]
    if short:
        return '\n-- \n%s\n%s\n' % (name, dept)
    s = '\n-- \n%s\n%s\n%s\n%s\n' % (name, dept, tel, mail)
    if foot:
        s += '\n' + f + '\n'
    return s


# -------------------------------------------------------------- registry ----

MAILS = {}


def mail(n, label, lang, kind, reason):
    assert label in WANT, label
    def deco(f):
        assert n not in MAILS, n
        MAILS[n] = (f, label, lang, kind, reason)
        return f
    return deco

def LH(co='AV'):
    """Letterhead lines for PDF letters."""
    names = {'KV': 'Auenwald Krankenversicherung a.G.', 'LV': 'Auenwald Lebensversicherung AG',
             'AV': 'Auenwald Allgemeine Versicherung AG', 'EN': 'Auenwald Versicherungsgruppe - International Desk'}
    return ['# ' + names[co], 'Auenwaldallee 1 · 04109 Leipzig · Telefon 0341 4711-0', '']


# ================================================================ MAILS =====

@mail(1, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health claim statement as PDF: diagnoses M54.5/M51.2, MRI, physiotherapy of the named customer; body only says "anbei"')
def m001():
    pdf = pdf_bytes(LH('KV') + [
        'Herrn Dieter Pfannschmidt', 'Kastanienweg 14', '04229 Leipzig', '',
        'Versicherungsnummer: KV 4471 0932-01        Datum: 12.02.2026',
        '',
        '## Leistungsabrechnung Nr. 2026/018834',
        '',
        'Sehr geehrter Herr Pfannschmidt,',
        'wir haben Ihre am 02.02.2026 eingereichten Belege geprüft und wie folgt abgerechnet:',
        '',
        'Beleg  Datum       Leistungserbringer                    Diagnose              Betrag     erstattet',
        '1      08.01.2026  Dr. med. Hanna Wiesel, Orthopädie     M54.5 Kreuzschmerz     186,42 €    186,42 €',
        '2      15.01.2026  Radiologie am Auensee, MRT LWS        M51.2 Bandscheibe      612,90 €    612,90 €',
        '3      19.01.2026  Physiotherapie Lindenhof, 6 x KG      M54.5                  258,00 €    232,20 €',
        '4      22.01.2026  Apotheke am Markt, Ibuprofen 600      -                       14,37 €     14,37 €',
        '',
        'Summe der Rechnungsbeträge: 1.071,69 €   erstattungsfähig: 1.045,89 €',
        'abzüglich tariflicher Selbstbehalt 2026 (Tarif AK 600): 600,00 €',
        'Auszahlungsbetrag: 445,89 € auf das bei uns hinterlegte Konto.',
        '',
        'Hinweis zu Beleg 3: Nach Tarif AK 600 erstatten wir Heilmittel zu 90 % bis zu den Höchstsätzen',
        'unseres Heilmittelverzeichnisses.',
        '',
        'Mit freundlichen Grüßen',
        'Ihre Auenwald Krankenversicherung a.G.',
    ], title='Leistungsabrechnung 2026/018834')
    body = ('Sehr geehrter Herr Pfannschmidt,\n\n'
            'anbei erhalten Sie die Abrechnung zu Ihrer Einreichung vom 02.02.2026.\n'
            'Bei Fragen erreichen Sie mich unter der unten stehenden Durchwahl.\n\n'
            'Mit freundlichen Grüßen\nSabine Kröger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Dieter Pfannschmidt', 'd.pfannschmidt@mailbox.example')],
                      'Ihre Leistungsabrechnung vom 12.02.2026', '2026-02-12 14:07',
                      MIX(T(body), A('Leistungsabrechnung_2026-02-12.pdf', pdf)), mailer='Microsoft Outlook 16.0')


@mail(2, 'NORMAL', 'en', 'newsletter',
      'trap: expat newsletter PDF about travel vaccinations, malaria and dengue figures, no individual')
def m002():
    pdf = pdf_bytes(LH('EN') + [
        '# Expat Health Brief - Spring 2026',
        '',
        'Dear members,',
        'as travel season begins, here is our short round-up of what to think about before you go.',
        '',
        '## 1. Vaccinations',
        'Hepatitis A and B, typhoid and, depending on the region, Japanese encephalitis and rabies are',
        'the vaccinations most often recommended for long stays in South-East Asia. Your International',
        'Health Plan covers travel vaccinations up to EUR 400 per calendar year (tariffs IHP Silver and Gold).',
        '',
        '## 2. Malaria and dengue',
        'Reported dengue cases in the region rose by about 30 % in 2025 compared with 2024 (public health',
        'agencies). There is no vaccine that suits every traveller, so mosquito protection remains the key.',
        'Malaria prophylaxis (for example atovaquone/proguanil) needs a prescription - speak to your doctor',
        'four to six weeks before departure.',
        '',
        '## 3. Our numbers for 2025',
        'Claims paid to expat members: 14,212   Direct billing with partner hospitals: 61 %',
        'Average reimbursement time for submitted invoices: 6.4 working days',
        'Most frequent reasons for in-patient stays: gastro-intestinal infections, fractures, dengue fever.',
        '',
        '## 4. New: claims upload in the secure portal',
        'From 1 April you can upload invoices as photos in the secure portal. Log in with your member',
        'number at https://portal.auenwald-versicherung.example - we will never ask for your password by e-mail.',
        '',
        'Stay healthy,',
        'your International Health Desk',
    ], title='Expat Health Brief Spring 2026', compress=True)
    html = ('<html><body style="font-family:Arial,sans-serif">'
            '<p>Dear members,</p><p>our <b>Expat Health Brief - Spring 2026</b> is attached as PDF: travel vaccinations, '
            'malaria and dengue, our 2025 numbers and the new photo upload in the portal.</p>'
            '<p>Kind regards<br>International Health Desk<br>Auenwald Versicherungsgruppe</p>'
            '<p style="font-size:9px;color:#888">You receive this newsletter because you subscribed to it. '
            '<a href="https://newsletter.auenwald-versicherung.example/unsubscribe">Unsubscribe</a></p></body></html>')
    plain = ('Dear members,\n\nour Expat Health Brief - Spring 2026 is attached as PDF: travel vaccinations,\n'
             'malaria and dengue, our 2025 numbers and the new photo upload in the portal.\n\n'
             'Kind regards\nInternational Health Desk\nAuenwald Versicherungsgruppe\n\n'
             'Unsubscribe: https://newsletter.auenwald-versicherung.example/unsubscribe\n')
    return render_msg(('Auenwald International Health Desk', A_('newsletter')), None,
                      'Expat Health Brief - Spring 2026', '2026-03-18 07:30',
                      MIX(ALT(T(plain, 'us-ascii', '7bit'), H(html, 'us-ascii', '7bit')),
                          A('Expat_Health_Brief_Spring_2026.pdf', pdf)),
                      mailer='Auenwald Newsletter Engine 3.1',
                      extra=[('List-Unsubscribe', '<https://newsletter.auenwald-versicherung.example/unsubscribe>'),
                             ('Precedence', 'bulk')])


@mail(3, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor third-party claim settlement DOCX: claim number, plate, payout IBAN of the named claimant; nobody injured')
def m003():
    ib = iban_de('86055592', '1090221345')
    doc = docx_bytes([
        ('h', 'Abrechnung Kfz-Haftpflichtschaden'),
        'Auenwald Allgemeine Versicherung AG · Kfz-Schadenregulierung',
        '',
        'Frau Melanie Gerstenberger, Bornaische Straße 77, 04277 Leipzig',
        'Schadennummer: KH-2026-0041187    Unser Versicherungsnehmer: Fahrzeug L-KW 3318',
        'Ihr Fahrzeug: VW Golf VIII, amtl. Kennzeichen L-MG 2204',
        'Schadentag: 09.01.2026, Parkplatz Einkaufszentrum Ost - Auffahrunfall, keine Personenschäden',
        '',
        ('table', [['Position', 'Betrag'],
                   ['Reparaturkosten lt. Gutachten Ing.-Büro Sanner (netto)', '3.412,80 €'],
                   ['Wertminderung', '350,00 €'],
                   ['Gutachterkosten (direkt an Gutachter)', '(612,00 €)'],
                   ['Nutzungsausfall 6 Tage à 59 €', '354,00 €'],
                   ['Kostenpauschale', '25,00 €'],
                   ['Auszahlung an Sie', '4.141,80 €']]),
        'Die Zahlung erfolgt auf Ihr Konto ' + ib + ' (Kontoinhaberin Melanie Gerstenberger).',
        'Mit dieser Zahlung ist der Schaden aus unserer Sicht vollständig reguliert.',
    ], title='Abrechnung KH-2026-0041187', author='Jonas Weißhaupt')
    body = ('Sehr geehrte Frau Gerstenberger,\n\n'
            'wie am Telefon besprochen schicke ich Ihnen die Abrechnung als Word-Datei. '
            'Das Geld ist heute rausgegangen, sollte also in 1-2 Tagen da sein.\n\n'
            'Viele Grüße\nJonas Weißhaupt\n' + sig('weisshaupt'))
    return render_msg(who('weisshaupt'), [('Melanie Gerstenberger', 'melanie.gerstenberger@web.example')],
                      'Ihr Schaden KH-2026-0041187 - Abrechnung', '2026-01-28 10:41',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Abrechnung_KH-2026-0041187.docx', doc)))


@mail(4, 'NORMAL', 'de', 'internal',
      'trap: workshop minutes DOCX on the scanning process for doctors\' invoices; process, volumes, no person data')
def m004():
    doc = docx_bytes([
        ('h', 'Protokoll Prozessworkshop „Posteingang Arztrechnungen“'),
        'Datum: 03.03.2026, 09:00-12:30, Raum B 2.14',
        'Teilnehmende: Leistung KV (S. Kröger, T. Fuchs), Posteingang/Scan (2 Kolleg:innen), IT (M. Engel)',
        ('b', '1. Ausgangslage'),
        'Pro Werktag gehen ca. 4.800 Belege ein (Arztrechnungen, Rezepte, Heil- und Kostenpläne, Krankenhausrechnungen). '
        '38 % kommen inzwischen über die App, 49 % per Post, der Rest per Mail oder Fax.',
        ('b', '2. Probleme'),
        'Rezepte werden oft als Arztrechnung klassifiziert; bei Krankenhausrechnungen fehlt häufig die zweite Seite. '
        'Die OCR erkennt GOÄ-Ziffern in Tabellen mit Schattierung schlecht.',
        ('b', '3. Maßnahmen'),
        ('table', [['Nr.', 'Maßnahme', 'Verantwortlich', 'Termin'],
                   ['1', 'Neues Klassifikationsmodell für Rezepte testen', 'IT', '30.04.2026'],
                   ['2', 'Hinweis in der App: alle Seiten fotografieren', 'Leistung KV', '15.04.2026'],
                   ['3', 'Dublettenprüfung vor Abrechnung', 'Posteingang', '31.05.2026']]),
        'Nächster Termin: 12.05.2026. Protokoll: T. Fuchs',
    ], title='Protokoll Posteingang Arztrechnungen', author='Tobias Fuchs')
    body = ('Hallo zusammen,\n\nanbei das Protokoll von Dienstag. Bitte bis Freitag Ergänzungen, '
            'sonst geht es so in den Ordner.\n\nGruß\nTobias\n' + sig('fuchs', short=True))
    return render_msg(who('fuchs'), [who('kroeger'), who('engel')], 'Protokoll Workshop Posteingang Arztrechnungen',
                      '2026-03-05 16:22', MIX(T(body, cte='8bit'), A('Protokoll_Workshop_Posteingang_2026-03-03.docx', doc)),
                      cc=[('Posteingang Scan', A_('posteingang.scan'))])


@mail(5, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat claim statement XLSX: appendicitis K35.8, hospital stay Bangkok, named member; body neutral')
def m005():
    x = xlsx_bytes([('Claim 77120394', [
        ['Auenwald International Health Plan - Claim statement'],
        ['Member', 'Oliver Brandstetter', 'Member no.', 'IHP-220-58817'],
        ['Plan', 'IHP Gold, deductible EUR 0'],
        [],
        ['Date', 'Provider', 'Service', 'Diagnosis (ICD-10)', 'Invoiced THB', 'EUR', 'Paid EUR'],
        ['2026-02-03', 'Riverside International Hospital, Bangkok', 'Emergency admission, CT abdomen', 'K35.8', 38400, 1012.66, 1012.66],
        ['2026-02-03', 'Riverside International Hospital, Bangkok', 'Laparoscopic appendectomy', 'K35.8', 182500, 4812.75, 4812.75],
        ['2026-02-04', 'Riverside International Hospital, Bangkok', 'Private room, 3 nights', 'K35.8', 45000, 1186.71, 1186.71],
        ['2026-02-12', 'Dr. Panya Sirikul, surgical follow-up', 'Wound check, suture removal', 'Z48.0', 2800, 73.84, 73.84],
        [],
        ['Total', '', '', '', 268700, 7085.96, 7085.96],
        ['Paid directly to the hospital under our direct billing agreement except line 4 (paid to member).'],
    ])], shared=True)
    body = ('Dear Mr Brandstetter,\n\nplease find attached the statement for claim 77120394. '
            'Everything was settled in full; the follow-up visit was paid to your account.\n\n'
            'Best regards\nFiona Gallagher\n' + sig('gallagher'))
    return render_msg(who('gallagher'), [('Oliver Brandstetter', 'oli.brandstetter@mail-online.example')],
                      'Claim 77120394 - statement', '2026-02-20 08:55',
                      MIX(T(body, 'us-ascii', '7bit'), A('Claim_77120394_statement.xlsx', x)), lang_hdr='en-GB')


@mail(6, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'buildings insurance premium invoice PDF with SEPA mandate and the customer\'s IBAN; property line')
def m006():
    ib = iban_de('43060967', '4007816500')
    pdf = pdf_bytes(LH('AV') + [
        'Eheleute Ingrid und Horst Zschoche', 'Am Mühlgraben 3', '04435 Schkeuditz', '',
        '## Beitragsrechnung 2026 - Wohngebäudeversicherung',
        'Versicherungsschein-Nr. WG 7710-33982      Versicherungsort: Am Mühlgraben 3, 04435 Schkeuditz',
        '',
        'Versicherungszeitraum 01.04.2026 - 01.04.2027',
        'Gleitender Neuwert, Wohnfläche 164 m², Baujahr 1936, Elementar eingeschlossen',
        'Jahresbeitrag netto                         1.118,40 €',
        'Versicherungsteuer (19 % / 16,2 % Feuer)      196,34 €',
        'Jahresbeitrag brutto                        1.314,74 €',
        '',
        'Der Beitrag wird am 01.04.2026 per SEPA-Lastschrift eingezogen.',
        'Mandatsreferenz: AV-WG-7710-33982-01   Gläubiger-ID: DE98ZZZ00000147147',
        'Konto: ' + ib + ' (Horst Zschoche), Sparkasse Leipzig-Nord',
    ], title='Beitragsrechnung WG 7710-33982')
    body = ('Sehr geehrte Frau Zschoche,\nsehr geehrter Herr Zschoche,\n\n'
            'Sie hatten um eine erneute Zusendung der Beitragsrechnung gebeten - gerne, sie hängt an.\n\n'
            'Freundliche Grüße\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Horst Zschoche', 'h.zschoche@t-home.example')],
                      'Beitragsrechnung Wohngebäude 2026', '2026-03-09 11:13',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Beitragsrechnung_2026.pdf', pdf)))


@mail(7, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: purchase order XLSX for first-aid kits, AED pads and burn dressings for the offices; no person')
def m007():
    x = xlsx_bytes([('PO 4500098812', [
        ['Purchase order', '4500098812', 'Date', '2026-04-07'],
        ['Supplier', 'MedSafe Supplies B.V., Rotterdam'],
        ['Deliver to', 'Auenwald Versicherungsgruppe, Goods receiving, Auenwaldallee 1, 04109 Leipzig'],
        [],
        ['Item', 'Description', 'Qty', 'Unit price EUR', 'Total EUR'],
        ['FA-DIN13157', 'First-aid kit DIN 13157, wall cabinet', 24, 48.9, 1173.6],
        ['AED-PAD-A', 'AED electrode pads adult, for AED model AX-200', 12, 61.0, 732.0],
        ['AED-PAD-P', 'AED electrode pads paediatric', 4, 79.5, 318.0],
        ['BURN-GEL', 'Burn dressing gel 10x10 cm', 40, 3.85, 154.0],
        ['EYE-WASH', 'Eye wash station 500 ml', 10, 17.2, 172.0],
        ['', '', '', 'Net', 2549.6],
    ])])
    body = ('Dear Mr de Vries,\n\nattached is our purchase order for the yearly refill of first-aid material '
            'for the Leipzig and Dresden offices. Please confirm the delivery date; the AED pads '
            'must have an expiry date after 03/2028.\n\nKind regards\nLars Oberlaender\n' + sig('oberlaender'))
    return render_msg(who('oberlaender'), [('Jeroen de Vries', 'orders@medsafe-supplies.example')],
                      'PO 4500098812 - first-aid material', '2026-04-07 09:02',
                      MIX(T(body, 'us-ascii', '7bit'), A('PO_4500098812.xlsx', x)))


@mail(8, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'ODT questionnaire to the treating doctor about a named BU claimant (geb., herniated disc, incapacity); body neutral')
def m008():
    odt = odt_bytes([
        ('h', 'Ärztliche Auskunft zum Antrag auf Berufsunfähigkeitsleistungen'),
        'Auenwald Lebensversicherung AG · Leistungsprüfung BU · Az. BU-2026-00317',
        ('table', [['Versicherte Person', 'Steffen Kuballa, geb. 21.07.1979'],
                   ['Anschrift', 'Gohliser Straße 41, 04155 Leipzig'],
                   ['Beruf', 'Dachdecker (Geselle), zuletzt 40 Std./Woche'],
                   ['Angegebene Erkrankung', 'Bandscheibenvorfall L4/L5 (M51.1), seit 10/2025 arbeitsunfähig'],
                   ['Schweigepflichtentbindung', 'liegt vor, unterschrieben am 14.01.2026 (Kopie anbei)']]),
        ('b', 'Bitte beantworten Sie folgende Fragen:'),
        '1. Seit wann ist Herr Kuballa bei Ihnen in Behandlung, wegen welcher Beschwerden?',
        '2. Welche Befunde (MRT, neurologischer Status) liegen vor? Bitte Kopien beifügen.',
        '3. Welche Therapie wurde durchgeführt (Physiotherapie, Infiltration, Operation geplant)?',
        '4. Wie schätzen Sie die Leistungsfähigkeit für schweres Heben und Arbeiten über Kopf ein?',
        '5. Ist mit einer Besserung innerhalb von 6 Monaten zu rechnen?',
        'Für Ihre Auskunft vergüten wir 56,40 € nach Nr. 75 GOÄ zuzüglich Kopierkosten.',
    ], title='Arztanfrage BU-2026-00317')
    body = ('Sehr geehrte Frau Dr. Liebscher,\n\nwir bitten Sie um Ihre Auskunft mit dem beigefügten Fragebogen '
            '(ODT, lässt sich direkt ausfüllen). Sie können ihn uns über unser SecureMail-Portal zurücksenden.\n\n'
            'Mit freundlichen Grüßen\nDr. med. Ulrike Brandt\n' + sig('brandt'))
    return render_msg(who('brandt'), [('Dr. med. Kerstin Liebscher', 'praxis@dr-liebscher-orthopaedie.example')],
                      'Anfrage ärztliche Auskunft, Az. BU-2026-00317', '2026-01-21 13:30',
                      MIX(T(body), A('Arztanfrage_BU-2026-00317.odt', odt)))


@mail(9, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'commission statement CSV for a sole-trader broker: his IBAN and tax number, plus named household/liability customers')
def m009():
    ib = iban_de('12030000', '1020304050')
    rows = [['statement', '2026-03', 'broker', 'VM-88120 Gareth Whitmore (sole trader)'],
            ['payout_iban', ib.replace(' ', ''), 'tax_no', '231/254/10773'],
            ['policy', 'customer', 'line', 'premium_eur', 'rate', 'commission_eur'],
            ['HR-5501-2201', 'Aisling Byrne', 'household contents', '212.40', '0.20', '42.48'],
            ['PH-5501-2209', 'Aisling Byrne', 'personal liability', '68.90', '0.20', '13.78'],
            ['KF-5501-3317', 'Tomasz Wrobel', 'motor', '744.10', '0.08', '59.53'],
            ['HR-5501-2245', 'Sunita Raman', 'household contents', '189.00', '0.20', '37.80'],
            ['WG-5501-0098', 'Frederik and Lotte Jansen', 'buildings', '1402.55', '0.15', '210.38'],
            ['total', '', '', '', '', '363.97']]
    body = ('Hi Gareth,\n\nas requested, the March commission statement as CSV (semicolon separated, '
            'opens in Excel). Payment goes out on 10 April to the account in line 2.\n\n'
            'Cheers\nMehmet\n' + sig('aydin'))
    return render_msg(who('aydin'), [('Gareth Whitmore', 'gareth@whitmore-insurance-broking.example')],
                      'Commission statement March 2026', '2026-04-02 17:45',
                      MIX(T(body, 'utf-8', 'base64'), A('commission_VM-88120_2026-03.csv', csv_bytes(rows), charset='utf-8')))


@mail(10, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: aggregated disability-claim incidence by ICD chapter and age band for the reinsurer; no individual')
def m010():
    x = xlsx_bytes([('Incidence 2025', [
        ['Auenwald Lebensversicherung AG - BU claims incidence 2025 (per 1,000 exposure years)'],
        ['ICD-10 chapter', 'Age 18-34', 'Age 35-49', 'Age 50-67', 'Claims total'],
        ['F - mental and behavioural', 1.12, 1.84, 2.31, 412],
        ['M - musculoskeletal', 0.61, 1.47, 3.05, 388],
        ['C - neoplasms', 0.18, 0.52, 1.66, 171],
        ['G - nervous system', 0.22, 0.37, 0.71, 96],
        ['I - circulatory', 0.04, 0.21, 0.88, 84],
        ['other / merged (< 10 claims per cell)', 0.19, 0.33, 0.62, 137],
        ['Exposure years', 182400, 241900, 166300, ''],
    ]), ('Notes', [['Cells with fewer than 10 claims merged into "other". Source: claims DWH, cut-off 31 Jan 2026.']])])
    body = ('Dear Ms Okafor,\n\nahead of the treaty renewal meeting, attached the incidence table for 2025 '
            'by ICD chapter and age band. Mental disorders are again the largest chapter; the '
            'musculoskeletal share keeps falling in the younger bands.\n\n'
            'Happy to walk you through it on Thursday.\n\nBest regards\nHenrik Paulsen\n' + sig('paulsen'))
    return render_msg(who('paulsen'), [('Chiamaka Okafor', 'c.okafor@northgate-re.example')],
                      'BU incidence 2025 by ICD chapter', '2026-02-24 15:10',
                      MIX(T(body, 'us-ascii', '7bit'), A('BU_incidence_2025.xlsx', x)))


@mail(11, 'STRICTLY_CONFIDENTIAL', 'de', 'hospital',
      'customer service forwards a hospital discharge letter PDF (STEMI I21.0, stent) of a named insured to health claims')
def m011():
    pdf = pdf_bytes([
        '# Klinikum Mittelstadt · Klinik für Kardiologie',
        'Chefarzt Prof. Dr. med. Armin Rossbach · Parkallee 2 · 04600 Mittelstadt', '',
        '## Vorläufiger Entlassungsbrief',
        'Patient: Gerd Wollschläger, geb. 02.11.1958, Aufenthalt 14.02.2026 - 20.02.2026',
        '',
        'Diagnosen:',
        '- Akuter Vorderwandinfarkt (STEMI), I21.0',
        '- Koronare 2-Gefäßerkrankung, I25.12',
        '- Arterielle Hypertonie, I10.90; Hypercholesterinämie, E78.0',
        '',
        'Therapie: Notfall-Koronarangiographie am 14.02.2026, PCI mit Implantation eines DES in den RIVA.',
        'Entlassmedikation: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1 (12 Monate), Atorvastatin 80 mg 0-0-1,',
        'Bisoprolol 2,5 mg 1-0-0, Ramipril 5 mg 1-0-0.',
        '',
        'Empfehlung: Anschlussheilbehandlung (kardiologische Reha) ist beantragt.',
    ], title='Entlassungsbrief Wollschläger')
    inner = ('Sehr geehrte Damen und Herren,\n\nmein Mann lag im Februar im Klinikum. Anbei der Entlassbrief, '
             'damit die Reha genehmigt wird. Die Rechnung vom Krankenhaus kommt ja direkt zu Ihnen.\n\n'
             'Mit freundlichen Grüßen\nRenate Wollschläger\n')
    body = ('Hallo Sabine,\n\nkam heute über das Kontaktformular rein, Kundennummer KV 3310 7765. '
            'Kannst du das bitte zur AHB-Genehmigung nehmen? Brief hängt an.\n\nDanke und Gruß\nDerya\n\n'
            '-----Ursprüngliche Nachricht-----\n'
            'Von: Renate Wollschläger <r.wollschlaeger@online.example>\n'
            'Gesendet: Montag, 23. Februar 2026 18:04\n'
            'An: service@auenwald-versicherung.example\n'
            'Betreff: Entlassbrief Gerd Wollschläger\n\n' + inner)
    return render_msg(who('saglam'), [who('kroeger')], 'WG: Entlassbrief Gerd Wollschläger', '2026-02-24 08:31',
                      MIX(T(body), A('Entlassbrief_Klinikum_Mittelstadt.pdf', pdf, ctype='application/pdf')))


@mail(12, 'NORMAL', 'en', 'insurer-to-customer',
      'trap: portal one-time password mail, no content, no contract data')
def m012():
    body = ('Welcome to the Auenwald SecureMail portal\n\n'
            'A secure message is waiting for you. To read it, please register first.\n\n'
            'Your one-time password: 7kQ!pW3-zR\n\n'
            'You will receive the registration link in a separate e-mail. The one-time password is valid for 14 days.\n'
            'After logging in you will set your own password and a security question.\n\n'
            'Please do not reply to this e-mail.\n\n'
            'Auenwald Versicherungsgruppe - SecureMail\n'
            'https://securemail.auenwald-versicherung.example\n')
    return render_msg(('Auenwald SecureMail', A_('securemail-noreply')), ['r.mahoney@fastpost.example'],
                      'Your one-time password for Auenwald SecureMail', '2026-05-04 10:02',
                      T(body, 'us-ascii', '7bit'), mailer='',
                      extra=[('Auto-Submitted', 'auto-generated')])


@mail(13, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'PDF statement to the claimant\'s lawyer on a liability claim (water damage to a flat below), named policyholder, no injury')
def m013():
    pdf = pdf_bytes(LH('AV') + [
        'Rechtsanwälte Wendt & Partner', 'z. Hd. Frau RAin Silke Wendt', 'Karl-Liebknecht-Straße 90', '04275 Leipzig', '',
        'Ihr Zeichen: 44/26 SW      Unser Zeichen: PH-2026-007731      Datum: 17.03.2026',
        '',
        '## Schadenfall Ihrer Mandantin Frau Carola Heßler ./. unseren Versicherungsnehmer Herrn Bastian Rudloff',
        '',
        'Sehr geehrte Frau Wendt,',
        'unser Versicherungsnehmer Herr Rudloff (Privathaftpflicht PH 4410-22871) bewohnt die Wohnung über',
        'Ihrer Mandantin in der Sebastian-Bach-Straße 12. Am 26.01.2026 ist dort der Zulaufschlauch der',
        'Waschmaschine abgerissen. Personen sind nicht zu Schaden gekommen.',
        '',
        'Wir erkennen die Haftung dem Grunde nach an. Zur Höhe:',
        '- Malerarbeiten Wohnzimmer und Flur lt. Angebot Malerbetrieb Thieme: 2.184,00 €, anerkannt',
        '- Laminat Flur: Abzug neu für alt 30 %, anerkannt 651,00 € statt 930,00 €',
        '- Trocknungsgeräte Strom: pauschal 85,00 €, anerkannt',
        '- Hotelkosten 3 Nächte: nicht erstattungsfähig, die Wohnung war bewohnbar',
        '',
        'Wir überweisen 2.920,00 € auf Ihr Anderkonto, sobald Sie uns die Bankverbindung mitteilen.',
        '',
        'Mit freundlichen Grüßen',
        'Frank Reuter, Haftpflicht-Schaden',
    ], title='Stellungnahme PH-2026-007731')
    body = ('Sehr geehrte Frau Wendt,\n\nin obiger Sache erhalten Sie unsere Stellungnahme vorab per Mail, '
            'das Original folgt nicht gesondert.\n\nMit freundlichen Grüßen\nFrank Reuter\n' + sig('reuter'))
    return render_msg(who('reuter'), [('RAin Silke Wendt', 'wendt@kanzlei-wendt-partner.example')],
                      'Ihr Zeichen 44/26 SW - Heßler ./. Rudloff', '2026-03-17 12:20',
                      MIX(T(body, 'iso-8859-1', '8bit'), A('Stellungnahme_PH-2026-007731.pdf', pdf)))


@mail(14, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group life member list XLSX to the employer\'s HR: names, birth dates, salaries, sums insured (life line)')
def m014():
    x = xlsx_bytes([('Members 2026', [
        ['Group term life - policy GL-2020-0412 - Norrland Logistics GmbH - member list as of 01/04/2026'],
        ['Staff no.', 'Name', 'Date of birth', 'Annual salary EUR', 'Sum insured (2x salary)', 'Beneficiary on file'],
        ['10021', 'Karin Lundqvist', '1971-05-14', 92000, 184000, 'yes'],
        ['10034', 'Marco Pellegrini', '1985-09-02', 67500, 135000, 'no'],
        ['10077', 'Aylin Demirtas', '1990-12-19', 58200, 116400, 'yes'],
        ['10102', 'Jens-Peter Hinrichs', '1966-03-30', 104800, 209600, 'yes'],
        ['10115', 'Olga Wasilewska', '1993-07-08', 49900, 99800, 'no'],
        ['10130', 'Tobias Reinhold', '1988-01-25', 61000, 122000, 'no'],
        ['', '', '', 'Total sum insured', 866800, ''],
    ])])
    body = ('Dear Ms Ekström,\n\nplease find the current member list for the group life policy attached. '
            'Could you check the salaries against your payroll and let me know any joiners or leavers '
            'since January? Two members still have no beneficiary nomination on file.\n\n'
            'Kind regards\nDaniel Ko\n' + sig('ko'))
    return render_msg(who('ko'), [('Maria Ekström', 'hr@norrland-logistics.example')],
                      'Group life GL-2020-0412 - member list April 2026', '2026-04-01 09:48',
                      MIX(T(body, 'us-ascii', '7bit'), A('GL-2020-0412_members_2026-04.xlsx', x)))


@mail(15, 'NORMAL', 'mixed', 'internal',
      'trap: IT ticket with CSV of upload error counts for "Arztberichte"/"doctor reports" document types; no content, no person')
def m015():
    rows = [['date', 'channel', 'doc_type', 'uploads', 'errors', 'error_code_top'],
            ['2026-05-11', 'app', 'Arztbericht', '1211', '37', 'PDF_ENCRYPTED'],
            ['2026-05-11', 'portal', 'Arztbericht', '488', '2', 'SIZE_LIMIT'],
            ['2026-05-11', 'app', 'Krankenhausrechnung', '906', '41', 'PDF_ENCRYPTED'],
            ['2026-05-12', 'app', 'Arztbericht', '1187', '52', 'PDF_ENCRYPTED'],
            ['2026-05-12', 'portal', 'Rezept', '733', '0', ''],
            ['2026-05-12', 'app', 'Heil- und Kostenplan', '144', '9', 'TIMEOUT']]
    body = ('Hi Moritz,\n\nTicket INC-2026-118843: seit dem Release 5.8 der App schlagen verschlüsselte PDFs beim Upload fehl, '
            'vor allem Arztberichte aus Praxisverwaltungssystemen. Counts per day attached.\n\n'
            'Repro: upload any password-protected PDF via Android app 5.8.0 -> error PDF_ENCRYPTED, '
            'no message to the user. Expected: hint to remove the password.\n\n'
            'Kannst du das an den App-Dienstleister weitergeben? Priority P2 würde ich sagen.\n\nThanks, Tobias\n')
    return render_msg(who('fuchs'), [who('engel')], 'INC-2026-118843 Upload-Fehler Arztberichte (App 5.8)',
                      '2026-05-13 08:15', MIX(T(body, cte='8bit'), A('upload_errors_2026-05-11_12.csv', csv_bytes(rows, ','), charset='utf-8', cte='quoted-printable')))


@mail(16, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'cost coverage declaration PDF to a hospital for a named insured\'s knee replacement (M17.1, OPS, DRG I44B)')
def m016():
    pdf = pdf_bytes(LH('KV') + [
        'An die Patientenverwaltung', 'Sankt-Annen-Krankenhaus Grimma', 'Klosterweg 5', '04668 Grimma', '',
        '## Kostenübernahmeerklärung',
        '',
        'Versicherte: Frau Elfriede Mosch, geb. 09.04.1951, Versicherungsnummer KV 2208 1145-02',
        'Tarif: Stationär Komfort S2 (Zweibettzimmer, Chefarztbehandlung)',
        'Geplante Aufnahme: 11.05.2026, voraussichtlich 7 Tage',
        'Indikation laut Einweisung: primäre Gonarthrose rechts, M17.1',
        'Geplanter Eingriff: Implantation einer Endoprothese am Kniegelenk (OPS 5-822.g1), DRG I44B',
        '',
        'Wir übernehmen die allgemeinen Krankenhausleistungen nach KHEntgG sowie die Wahlleistungen',
        'Zweibettzimmer und ärztliche Wahlleistungen im tariflichen Umfang. Rechnungen bitte direkt an uns.',
        'Die Kostenübernahme gilt bis 31.07.2026.',
        '',
        'Auenwald Krankenversicherung a.G., Leistungsabteilung stationär',
    ], title='Kostenübernahme Mosch')
    body = ('Sehr geehrte Damen und Herren,\n\nanbei unsere Kostenübernahmeerklärung für Frau Mosch.\n\n'
            'Mit freundlichen Grüßen\nSabine Kröger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Patientenverwaltung', 'patientenaufnahme@sankt-annen-grimma.example')],
                      'Kostenübernahme - Aufnahme 11.05.2026', '2026-04-22 10:05',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('KUE_2026-04-22.pdf', pdf)))


@mail(17, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: job advert PDF for a medical assistant in claims assessment sent to the employment agency; health words, no person')
def m017():
    pdf = pdf_bytes(LH('KV') + [
        '# Medizinische Fachangestellte (m/w/d) für die Leistungsprüfung',
        'Vollzeit oder Teilzeit (ab 30 Std.) · Leipzig · unbefristet',
        '',
        '## Ihre Aufgaben',
        '- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und KHEntgG',
        '- Bewertung von Heil- und Kostenplänen, Hilfsmittelverordnungen und Rezepten',
        '- Rückfragen bei Praxen und Kliniken, Zusammenarbeit mit unseren Gesellschaftsärzten',
        '',
        '## Ihr Profil',
        '- abgeschlossene Ausbildung als MFA oder ZFA, gerne mit Abrechnungserfahrung',
        '- sicherer Umgang mit ICD-10-GM und OPS, Kenntnis der GOÄ',
        '- Sorgfalt und ein vertraulicher Umgang mit Gesundheitsdaten',
        '',
        '## Wir bieten',
        '- 38-Stunden-Woche, mobiles Arbeiten bis 60 %, 30 Tage Urlaub',
        '- Vergütung nach Tarifvertrag für das private Versicherungsgewerbe, Gruppe 5',
        '- betriebliche Krankenversicherung und Zuschuss zum Deutschlandticket',
        '',
        'Bewerbung bis 15.06.2026 über karriere.auenwald-versicherung.example, Kennziffer LK-2026-14.',
    ], title='Stellenanzeige LK-2026-14')
    body = ('Sehr geehrter Herr Frenzel,\n\nwie telefonisch besprochen anbei unsere Stellenanzeige für die Jobbörse. '
            'Bitte veröffentlichen Sie sie bis zum 15.06.2026. Ansprechpartnerin für Rückfragen zur Stelle bin ich.\n\n'
            'Mit freundlichen Grüßen\nBirgit Schanze\n' + sig('schanze'))
    return render_msg(who('schanze'), [('Arbeitgeber-Service Leipzig', 'arbeitgeberservice@arbeitsagentur-leipzig.example')],
                      'Stellenanzeige MFA Leistungsprüfung (LK-2026-14)', '2026-05-06 14:40',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Stellenanzeige_LK-2026-14.pdf', pdf)))


@mail(18, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'no-claims certificate PDF for a customer moving to a UK insurer: name, date of birth, plate, claims history (motor)')
def m018():
    pdf = pdf_bytes(LH('AV') + [
        '# No-Claims Certificate / Schadenfreiheitsbescheinigung',
        '',
        'Policyholder: Mr Alistair James Pembroke, date of birth 11 August 1983',
        'Address: Menckestraße 27, 04155 Leipzig',
        'Motor policy: KF 6630-41177 (third-party liability and comprehensive)',
        'Vehicles: BMW 320d Touring, plate L-AP 7711 (since 03/2019); Mini One, plate L-AP 812 (2016-2019)',
        '',
        'Insured period with us: 01.03.2016 - 31.05.2026',
        'No-claims class reached (German SF scale): SF 9 liability, SF 8 comprehensive',
        'Claims in the last 5 years: none under liability; 1 glass claim (2023, no effect on class)',
        '',
        'This certificate is issued at the request of the policyholder for use with a new insurer.',
        'Leipzig, 19 May 2026',
    ], title='No-Claims Certificate KF 6630-41177')
    body = ('Dear Mr Pembroke,\n\nas promised on the phone, here is your no-claims certificate in English for '
            'your new insurer in the UK. Safe move to Bristol!\n\nKind regards\nJonas Weisshaupt\n' + sig('weisshaupt'))
    return render_msg(who('weisshaupt'), [('Alistair Pembroke', 'alistair.pembroke@fastpost.example')],
                      'Your no-claims certificate', '2026-05-19 15:30',
                      MIX(T(body), A('No-claims_certificate_KF6630-41177.pdf', pdf)))


@mail(19, 'NORMAL', 'de', 'internal',
      'trap: DOCX letter template with placeholders «Vorname» «Diagnose» for rejecting a treatment cost claim; no real person')
def m019():
    doc = docx_bytes([
        'Auenwald Krankenversicherung a.G.',
        '«Anrede» «Vorname» «Nachname»', '«Straße»', '«PLZ» «Ort»', '',
        'Versicherungsnummer «VSNR»        Datum «Datum»',
        ('b', 'Ihr Antrag auf Kostenübernahme vom «Antragsdatum»'),
        '«Briefanrede»,',
        'vielen Dank für Ihren Antrag auf Übernahme der Kosten für «Behandlung» wegen «Diagnose».',
        'Nach Prüfung durch unseren gesellschaftsärztlichen Dienst können wir die Kosten leider nicht übernehmen, '
        'weil «Ablehnungsgrund» (vgl. § «Paragraph» der Allgemeinen Versicherungsbedingungen).',
        'Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an den Ombudsmann Private '
        'Kranken- und Pflegeversicherung wenden.',
        'Mit freundlichen Grüßen', '«Sachbearbeiter»',
        ('b', 'Textbausteine Ablehnungsgrund'),
        ('table', [['Kürzel', 'Text'],
                   ['MN', 'die Behandlung nicht medizinisch notwendig im Sinne von § 1 Abs. 2 MB/KK ist'],
                   ['WZ', 'die Behandlung in die Wartezeit fällt'],
                   ['AU', 'die Methode weder schulmedizinisch anerkannt ist noch sich in der Praxis bewährt hat']]),
    ], title='Vorlage Ablehnung Kostenübernahme v3')
    body = ('Hi Sabine,\n\ndie überarbeitete Vorlage "Ablehnung Kostenübernahme" (v3) mit den neuen Textbausteinen. '
            'Die Ombudsmann-Passage hat die Rechtsabteilung freigegeben. Kannst du sie in die Korrespondenzsoftware '
            'einspielen lassen?\n\nLG Tobias\n')
    return render_msg(who('fuchs'), [who('kroeger')], 'Vorlage Ablehnung KÜ v3', '2026-06-02 11:19',
                      MIX(T(body, flowed=True, cte='8bit'), A('Vorlage_Ablehnung_Kostenuebernahme_v3.docx', doc)),
                      mailer='Mozilla Thunderbird 128.6.0')


@mail(20, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'annual life policy statement PDF (surrender value, beneficiary) of a named customer; personal line, no medical word')
def m020():
    pdf = pdf_bytes(LH('LV') + [
        'Ms Rebecca Holloway', 'Fockestraße 8', '04275 Leipzig', '',
        '## Annual statement 2025 - endowment policy LV 1188-30451',
        '',
        'Insured person: Rebecca Holloway, born 04/02/1980',
        'Start 01.12.2012 - maturity 01.12.2042    Monthly premium: EUR 150.00',
        'Guaranteed sum at maturity: EUR 48,600.00',
        'Current surrender value (31.12.2025): EUR 21,347.18',
        'Surplus participation credited in 2025: EUR 612.40 (interest 2.45 %)',
        'Death benefit: EUR 52,000.00, beneficiary: Daniel Holloway (spouse), revocable',
        '',
        'This statement is for information only. It is not a tax certificate.',
    ], title='Annual statement LV 1188-30451', compress=True)
    body = ('Dear Ms Holloway,\n\nas requested, an English copy of your annual statement for 2025 is attached. '
            'The German original was sent by post in February.\n\nKind regards\nPetra Nowak\n' + sig('nowak'))
    return render_msg(who('nowak'), [('Rebecca Holloway', 'rebecca.holloway@mailbox.example')],
                      'Your annual statement 2025 (English copy)', '2026-03-03 09:26',
                      MIX(T(body, 'us-ascii', '7bit'), A('Annual_statement_2025_LV1188-30451.pdf', pdf)))


@mail(21, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel baggage claim decision PDF: named traveller, policy and claim number, items and payout; no health content')
def m021():
    pdf = pdf_bytes(LH('AV') + [
        'Mr Kwame Asante', 'Zschochersche Straße 51', '04229 Leipzig', '',
        '## Claim RG-2026-11092 - delayed and damaged baggage',
        'Annual travel policy RV 3302-71880, trip Leipzig - Accra, 06.02.2026 - 27.02.2026',
        '',
        'Suitcase delayed 3 days (PIR ACC-KL-40118): emergency purchases reimbursed',
        '   clothing and toiletries (receipts 1-5):                    GHS 2,140 = EUR 131.20',
        'Suitcase damaged on return (shell cracked):',
        '   replacement value of a 4-year-old case, 50 % deduction:    EUR 95.00',
        'Laptop in checked baggage: excluded (valuables must be carried in hand luggage, clause 4.3)',
        '',
        'Total payment: EUR 226.20, minus airline compensation already received EUR 0.00',
        'Payment to the account you gave us ending ...4471.',
    ], title='Claim RG-2026-11092')
    body = ('Dear Mr Asante,\n\nplease find our decision on your baggage claim attached. I am sorry we cannot '
            'pay for the laptop - the policy is quite strict on electronics in checked bags.\n\n'
            'Best wishes\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Kwame Asante', 'kwame.asante@web.example')],
                      'Claim RG-2026-11092 - our decision', '2026-03-12 13:02',
                      MIX(T(body, 'us-ascii', 'quoted-printable'), A('Decision_RG-2026-11092.pdf', pdf)))


@mail(22, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: water damage in a dental practice rented in the insurer\'s own building; facility order PDF, building only')
def m022():
    pdf = pdf_bytes(LH('AV') + [
        '# Auftrag Leckageortung und Trocknung',
        'Objekt: Auenwaldallee 5 (Eigentum Auenwald), EG links, Mieter: Zahnarztpraxis am Auenwald',
        'Auftragsnummer: FM-2026-0311      Datum: 16.03.2026',
        '',
        'Schadenbild: Wasseraustritt aus der Steigleitung im Technikschacht, Decke im Behandlungsraum 2 und',
        'im Sterilisationsraum durchfeuchtet, Deckenplatten abgehängt, Röntgenraum nicht betroffen.',
        '',
        'Leistungen:',
        '1. Leckageortung Steigleitung (thermografisch) - sofort',
        '2. Technische Trocknung Decke und Estrich, ca. 14 Tage, Messprotokoll wöchentlich',
        '3. Abstimmung mit der Praxis: Arbeiten nur außerhalb der Sprechzeiten (Mo-Fr ab 18 Uhr)',
        '',
        'Kostenrahmen: 6.500 € netto, Überschreitung nur nach Freigabe durch das Facility Management.',
        'Rechnung an: Auenwald Allgemeine Versicherung AG, Facility Management, Auenwaldallee 1.',
    ], title='Auftrag FM-2026-0311')
    body = ('Sehr geehrter Herr Klinger,\n\nanbei der Auftrag für die Leckageortung in der Auenwaldallee 5. '
            'Die Praxisinhaberin ist informiert und lässt Ihre Leute ab 18 Uhr rein; der Behandlungsbetrieb '
            'läuft in den anderen Räumen weiter. Bitte melden Sie sich vorab bei der Praxis unter 0341 4711-9905.\n\n'
            'Mit freundlichen Grüßen\nLars Oberländer\n' + sig('oberlaender'))
    return render_msg(who('oberlaender'), [('Ronny Klinger', 'auftrag@trockentechnik-klinger.example')],
                      'Auftrag FM-2026-0311 Wasserschaden Zahnarztpraxis Auenwaldallee 5', '2026-03-16 07:48',
                      MIX(T(body, 'windows-1252', '8bit'), A('Auftrag_FM-2026-0311.pdf', pdf)))


@mail(23, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'disability (BU) claim acceptance letter DOCX: depressive episode F32.1, benefit amount, named insured')
def m023():
    doc = docx_bytes([
        ('h', 'Your claim for disability benefits - decision'),
        'Auenwald Lebensversicherung AG · Claim BU-2025-01906 · Policy BU 6612-00437',
        'Mr Sebastian Thorne, Waldstraße 60, 04105 Leipzig',
        'Dear Mr Thorne,',
        'we have completed our review of your claim. Based on the reports of your psychiatrist, Dr. Imke Bahr, '
        'and the independent assessment by Prof. Uhlig dated 12 March 2026, we accept that you have been unable '
        'to work as a software architect to at least 50 % since 1 October 2025 because of a moderate depressive '
        'episode (ICD-10 F32.1) with marked concentration problems.',
        ('table', [['Benefit', 'Amount', 'From'],
                   ['Monthly disability pension', 'EUR 2,300.00', '1 Oct 2025'],
                   ['Premium waiver', 'EUR 118.40 / month', '1 Oct 2025'],
                   ['Back payment Oct 2025 - Apr 2026', 'EUR 16,100.00', 'paid on 24 Apr 2026']]),
        'We accept the claim for a limited period until 30 September 2027 (clause 6.2). We will contact you in '
        'good time before then to review your health.',
        'Kind regards', 'Dr. med. Ulrike Brandt, Medical Officer',
    ], title='Decision BU-2025-01906')
    body = ('Dear Mr Thorne,\n\nI am pleased to send you our decision - please see the attached letter.\n\n'
            'Kind regards\nDr Ulrike Brandt\n' + sig('brandt'))
    return render_msg(who('brandt'), [('Sebastian Thorne', 's.thorne@posteo-mail.example')],
                      'Claim BU-2025-01906', '2026-04-23 16:12',
                      MIX(T(body, 'utf-8', 'base64'), A('Decision_BU-2025-01906.docx', doc)))


@mail(24, 'NORMAL', 'en', 'insurer-to-customer',
      'grey: prospect asked for dental cover information; generic leaflet PDF with premiums by age, no contract or health data')
def m024():
    pdf = pdf_bytes(LH('KV') + [
        '# DentalPlus - supplementary dental cover',
        '',
        'What is covered:',
        '- Dental treatment and fillings: 100 %',
        '- Crowns, bridges, implants (incl. inlays): 90 % of the invoice, after statutory insurance',
        '- Professional cleaning: up to EUR 150 per year',
        '- Orthodontics for children (KIG 3-5): 80 %',
        '',
        'Monthly premiums (2026):',
        'age 0-20: EUR 9.80   age 21-35: EUR 18.40   age 36-50: EUR 27.90   age 51-65: EUR 36.50',
        '',
        'Limits in the first years: EUR 1,000 (year 1), EUR 2,000 (years 1-2), EUR 3,000 (years 1-3).',
        'No waiting period. Treatment already planned or advised before the start is not covered.',
        'Application online or through your broker.',
    ], title='DentalPlus leaflet 2026')
    body = ('Dear Ms Novak,\n\nthank you for your interest in our dental cover. Our leaflet is attached; '
            'it explains what is covered and shows the premiums by age. If you want to apply, you can do '
            'so online - it takes about ten minutes.\n\nKind regards\nDerya Saglam\nCustomer Service\n'
            'Auenwald Versicherungsgruppe\n')
    return render_msg(who('saglam'), [('Hana Novak', 'hana.novak@mail-online.example')],
                      'RE: Question about dental insurance', '2026-06-15 12:01',
                      MIX(T(body, 'us-ascii', '7bit'), A('DentalPlus_leaflet_2026.pdf', pdf)),
                      irt='<CAF3x77aa.prospect@mail-online.example>')


@mail(25, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household burglary settlement XLSX: named customer, claim number, list of stolen items with values, payout IBAN')
def m025():
    ib = iban_de('86020500', '3344556677')
    x = xlsx_bytes([('Abrechnung', [
        ['Hausratversicherung HR 3390-12054 - Schaden HR-2026-002871 - Einbruchdiebstahl vom 31.01.2026'],
        ['Versicherungsnehmer', 'Lukas Böttcher, Dieskaustraße 190, 04249 Leipzig'],
        [],
        ['Nr.', 'Gegenstand', 'Anschaffung', 'Neuwert €', 'Beleg', 'Entschädigung €'],
        [1, 'Notebook Lenovo ThinkPad X1', '2023', 1899, 'ja', 1899],
        [2, 'Spielkonsole mit 2 Controllern', '2024', 599, 'ja', 599],
        [3, 'Goldkette (Erbstück)', 'unbekannt', 1200, 'Gutachten', 950],
        [4, 'Bargeld', '', 640, '', 500],
        [5, 'Reparatur Wohnungstür', '2026', 780, 'Rechnung', 780],
        [],
        ['', '', '', 'Summe', '', 4728],
        ['Bargeld: Entschädigungsgrenze 500 € (§ 13 VHB). Auszahlung auf ' + ib + '.'],
    ])], shared=True)
    body = ('Hallo Herr Böttcher,\n\nanbei die Aufstellung zu Ihrem Einbruchschaden. Bei der Kette haben wir den '
            'Wert aus dem Gutachten des Juweliers genommen. Die Überweisung ist veranlasst.\n\n'
            'Freundliche Grüße\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Lukas Böttcher', 'lukas.boettcher@online.example')],
                      'AW: Einbruch 31.01. - Schaden HR-2026-002871', '2026-02-19 10:37',
                      MIX(T(body, cte='quoted-printable'), A('Abrechnung_HR-2026-002871.xlsx', x)),
                      irt='<e1f3a9.boettcher@online.example>')

@mail(26, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance disability settlement PDF: fracture of the wrist, Gliedertaxe percentage, named insured; body says only "Abrechnung"')
def m026():
    pdf = pdf_bytes(LH('AV') + [
        'Frau Jasmin Oehlschlägel', 'Lindenauer Markt 4', '04177 Leipzig', '',
        'Unfallversicherung UV 5520-18843 · Schaden UV-2025-04412 · Unfalltag 14.12.2025',
        '',
        '## Abrechnung der Invaliditätsleistung',
        '',
        'Unfallhergang: Sturz auf Glatteis vor dem Wohnhaus, Sturz auf die rechte Hand.',
        'Verletzung: distale Radiusfraktur rechts (S52.51), operative Versorgung mit Plattenosteosynthese',
        'am 15.12.2025 in der Auenklinik Leipzig.',
        'Gutachten Dr. med. Fabian Roeder vom 02.04.2026: Dauerschaden, Funktionsbeeinträchtigung',
        'der rechten Hand 2/10 Handwert.',
        '',
        'Berechnung:',
        'Gliedertaxe Hand: 55 % · 2/10 = 11 % Invaliditätsgrad',
        'Grundsumme 120.000 € · 11 % = 13.200,00 €',
        'Progression 350 % greift erst ab 25 % Invalidität: keine',
        'Bereits gezahlter Vorschuss (Januar 2026): 2.000,00 €',
        'Auszahlung: 11.200,00 €',
        '',
        'Eine Neubemessung können Sie bis drei Jahre nach dem Unfall verlangen.',
    ], title='Abrechnung UV-2025-04412')
    body = ('Sehr geehrte Frau Oehlschlägel,\n\nanbei die Abrechnung zu Ihrem Unfall. Die Überweisung ist '
            'angewiesen.\n\nMit freundlichen Grüßen\nJulia Hartmann\n' + sig('hartmann'))
    return render_msg(who('hartmann'), [('Jasmin Oehlschlägel', 'jasmin.o@freenet-mail.example')],
                      'Abrechnung UV-2025-04412', '2026-04-14 09:44',
                      MIX(T(body, 'utf-8', '8bit'), A('Abrechnung_UV-2025-04412.pdf', pdf)))


@mail(27, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: press release PDF on annual results with health-claim totals and care statistics; no individual')
def m027():
    pdf = pdf_bytes([
        '# Press release',
        'Leipzig, 26 March 2026', '',
        '## Auenwald Group grows premium income by 4.8 % - health claims rise faster than premiums',
        '',
        'Auenwald Versicherungsgruppe closed the 2025 financial year with gross written premiums of',
        'EUR 3.14 billion (2024: EUR 3.00 billion). In private health insurance, benefits paid rose by',
        '7.9 % to EUR 1.21 billion, driven by hospital costs, new cancer drugs and psychotherapy.',
        '',
        'The number of people receiving long-term care benefits from the group rose to 18,400, of whom',
        '41 % are in care grade 2. "Demographics are arriving in our books," said CEO Dr. Marita Scholle.',
        '',
        'Life insurance new business fell slightly (-2.1 %), while disability cover grew by 6 %.',
        'Property and casualty recorded storm and hail losses of EUR 96 million, the highest since 2018.',
        '',
        'Press contact: Nils Baumgart, presse@auenwald-versicherung.example, +49 341 4711-1001',
    ], title='Press release annual results 2025')
    body = ('Dear Ms Whitcombe,\n\nahead of tomorrow\'s publication, here is our press release on the 2025 '
            'results under embargo until 26 March, 10:00 CET.\n\nBest regards\nNils Baumgart\n' + sig('baumgart'))
    return render_msg(who('baumgart'), [('Harriet Whitcombe', 'h.whitcombe@insurance-insider-news.example')],
                      'EMBARGO 26 March 10:00 - Auenwald annual results 2025', '2026-03-25 17:02',
                      MIX(T(body, 'us-ascii', '7bit'), A('PR_Auenwald_results_2025_EN.pdf', pdf)))


@mail(28, 'CONFIDENTIAL', 'en', 'insurer-to-company',
      'fleet policy vehicle list XLSX for a company with named drivers, their birth years and licence dates; motor line')
def m028():
    x = xlsx_bytes([('Fleet', [
        ['Fleet policy KF-FL-2019-0077 - Baltic Freight Services GmbH - vehicles and assigned drivers'],
        ['Plate', 'Vehicle', 'VIN', 'Assigned driver', 'Driver date of birth', 'Licence since', 'Claims 2025'],
        ['L-BF 101', 'Mercedes Sprinter 316', 'WDB9066331S100211', 'Piotr Zielinski', '1982-04-17', '2001', 0],
        ['L-BF 102', 'Mercedes Sprinter 316', 'WDB9066331S100245', 'Andreas Kühne', '1975-10-02', '1994', 1],
        ['L-BF 117', 'VW Crafter', 'WV1ZZZSYZM9011874', 'Daniela Frost', '1996-06-23', '2015', 0],
        ['L-BF 120', 'MAN TGL 12.220', 'WMAN08ZZ7NY412099', 'Yusuf Aksoy', '1989-01-09', '2010', 2],
    ]), ('Claims', [
        ['Date', 'Plate', 'Description', 'Paid EUR'],
        ['2025-03-04', 'L-BF 102', 'Reversing into loading ramp, third-party property', 2310.5],
        ['2025-07-19', 'L-BF 120', 'Mirror contact with parked car', 640.0],
        ['2025-11-28', 'L-BF 120', 'Rear-end collision, no injuries', 5870.25],
    ])])
    body = ('Dear Mr Lindgren,\n\nfor our renewal talk next week, attached is the vehicle and driver list as we '
            'have it, plus the 2025 claims. Please check the driver assignments - the renewal premium depends on '
            'the youngest driver.\n\nKind regards\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Erik Lindgren', 'fleet@baltic-freight.example')],
                      'Fleet KF-FL-2019-0077 renewal - vehicle and driver list', '2026-10-06 14:20',
                      MIX(T(body), A('KF-FL-2019-0077_fleet_2026.xlsx', x)))


@mail(29, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'care-level notice ODT (Pflegegrad 3, assessment modules, dementia) for a named insured, sent to the daughter with power of attorney')
def m029():
    odt = odt_bytes([
        ('h', 'Mitteilung über den Pflegegrad'),
        'Auenwald Krankenversicherung a.G. · Private Pflegepflichtversicherung PPV 1120-77410',
        'Versicherte Person: Frau Hildegard Kaltofen, geb. 18.06.1939, Pflegeheim „Am Rosental“, Zimmer 214',
        'Empfängerin: Frau Ute Kaltofen (Vorsorgevollmacht vom 03.09.2021)',
        'Sehr geehrte Frau Kaltofen,',
        'auf Grundlage des Pflegegutachtens vom 27.05.2026 (Gutachterin des beauftragten Pflege-Gutachterdienstes) stufen wir Ihre Mutter ab dem '
        '01.05.2026 (Monat der Antragstellung) in den Pflegegrad 3 ein.',
        ('table', [['Modul', 'gewichtete Punkte'],
                   ['1 Mobilität', '7,5'],
                   ['2/3 kognitive Fähigkeiten / Verhalten (Demenz vom Alzheimer-Typ, F00.1)', '15,0'],
                   ['4 Selbstversorgung', '20,0'],
                   ['5 Umgang mit krankheitsbedingten Anforderungen', '5,0'],
                   ['6 Gestaltung des Alltagslebens', '7,5'],
                   ['Gesamt', '55,0 (Pflegegrad 3: 47,5 bis unter 70)']]),
        'Leistungen vollstationär: 1.319 € monatlich, zahlbar direkt an die Einrichtung, sowie der Leistungszuschlag '
        'nach § 43c SGB XI.',
    ], title='Pflegegrad Kaltofen')
    body = ('Sehr geehrte Frau Kaltofen,\n\nanbei unsere Mitteilung zum Pflegegrad Ihrer Mutter. Das Heim '
            'bekommt eine Kopie.\n\nHerzliche Grüße\nYvonne Petersen\n' + sig('petersen'))
    return render_msg(who('petersen'), [('Ute Kaltofen', 'ute.kaltofen@web.example')],
                      'Pflegegrad Ihrer Mutter', '2026-06-09 15:58',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Mitteilung_Pflegegrad.odt', odt)))


@mail(30, 'NORMAL', 'de', 'internal',
      'trap: calendar invite ICS for internal training on ICD-10-GM 2026 changes and psychotherapy codes; no person data')
def m030():
    ics = ics_bytes([('d147-0030-icd2026@' + INS, '20260212T130000', '20260212T150000',
                      'Schulung ICD-10-GM 2026 – Änderungen für die Leistungsprüfung',
                      'Raum A 1.03 / Teams',
                      'Themen: neue Schlüsselnummern 2026 (u. a. Long-COVID U09.9\n'
                      'Post-COVID U10.9)\nZusatzkennzeichen G/V/Z/A\nPsychotherapie-Codes\nFragen aus der Praxis.\n'
                      'Referent: Dr. med. U. Brandt')], organizer=('Sabine Kröger', A_('sabine.kroeger')))
    body = ('Liebe Kolleginnen und Kollegen,\n\nherzliche Einladung zur Schulung zu den ICD-10-GM-Änderungen 2026. '
            'Bitte bringt Fälle mit, bei denen ihr unsicher wart - aber anonymisiert, keine Namen oder '
            'Versicherungsnummern in die Folien!\n\nViele Grüße\nSabine\n')
    return render_msg(who('kroeger'), [('Team Leistung KV', A_('team.leistung-kv'))],
                      'Einladung: Schulung ICD-10-GM 2026', '2026-01-26 09:10',
                      MIX(T(body), A('einladung.ics', ics, ctype='text/calendar', charset='utf-8', extra=[('method', 'REQUEST')])))


@mail(31, 'CONFIDENTIAL', 'de', 'insurer-to-authority',
      'third-party debtor declaration PDF to a bailiff: named customer, birth date, household claim payout that is garnished')
def m031():
    pdf = pdf_bytes(LH('AV') + [
        'Obergerichtsvollzieherin Manuela Trautmann', 'Amtsgericht Leipzig, Gerichtsvollzieherverteilerstelle', '',
        '## Drittschuldnererklärung nach § 840 ZPO',
        'Ihr Az.: DR II 1187/26      Pfändungs- und Überweisungsbeschluss vom 04.03.2026',
        '',
        'Schuldner: Herr Marcel Wunderlich, geb. 30.09.1987, Stötteritzer Straße 15, 04317 Leipzig',
        'Gläubigerin: Kredithaus Ost GmbH',
        '',
        '1. Die Forderung wird anerkannt: Ja, in Höhe von 2.365,00 €.',
        '   Grundlage: Entschädigung aus der Hausratversicherung HR 3390-40122, Schaden HR-2026-001944',
        '   (Leitungswasser, Regulierung abgeschlossen am 02.03.2026).',
        '2. Zahlungsbereitschaft: Ja. Zahlung an die Gläubigerin nach Ablauf der Frist gem. § 835 Abs. 3 ZPO.',
        '3. Ansprüche anderer Personen: keine bekannt.',
        '4. Vorrangige Pfändungen: keine.',
        '',
        'Leipzig, 11.03.2026, Gregor Stein, Beitragsbuchhaltung/Inkasso',
    ], title='Drittschuldnererklärung DR II 1187/26')
    body = ('Sehr geehrte Frau Trautmann,\n\nin der Anlage unsere Drittschuldnererklärung in Ihrer Sache DR II 1187/26.\n\n'
            'Mit freundlichen Grüßen\nGregor Stein\n' + sig('stein'))
    return render_msg(who('stein'), [('OGV Manuela Trautmann', 'gv.trautmann@justiz-sachsen.example')],
                      'DR II 1187/26 - Drittschuldnererklärung', '2026-03-11 13:50',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Drittschuldnererklaerung_DRII-1187-26.pdf', pdf)))


@mail(32, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health-insurance premium certificate for the tax office (PDF) of a named insured and spouse; health line, no medical word')
def m032():
    pdf = pdf_bytes(LH('KV') + [
        'Herrn Volker Streubel', 'Prager Straße 212', '04299 Leipzig', '',
        '## Bescheinigung der Beiträge 2025 zur Vorlage beim Finanzamt (§ 10 Abs. 1 Nr. 3 EStG)',
        '',
        'Versicherungsnehmer: Volker Streubel, Steuer-ID 47 811 936 520',
        'Versicherungsnummer KV 5531 8804',
        '',
        'Versicherte Person         Basisabsicherung KV   Pflegepflicht   Wahlleistungen   Beitragsrückerstattung',
        'Volker Streubel               5.284,80 €           412,20 €        1.108,80 €            -612,00 €',
        'Claudia Streubel (Ehefrau)    4.903,20 €           412,20 €          844,80 €               0,00 €',
        '',
        'Die Daten wurden elektronisch an die Finanzverwaltung übermittelt (Einwilligung liegt vor).',
    ], title='Beitragsbescheinigung 2025')
    body = ('Guten Tag Herr Streubel,\n\nSie hatten die Beitragsbescheinigung für 2025 noch einmal angefordert - bitteschön.\n\n'
            'Freundliche Grüße\nDerya Sağlam\nKundenservice\n')
    return render_msg(who('saglam'), [('Volker Streubel', 'v.streubel@t-home.example')],
                      'Ihre angeforderte Bescheinigung', '2026-02-05 11:22',
                      MIX(T(body, 'utf-8', 'base64'), A('Bescheinigung_2025.pdf', pdf)))


@mail(33, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: print specification DOCX for blank claim forms (medical questionnaire, consent release) with placeholders only')
def m033():
    doc = docx_bytes([
        ('h', 'Print specification - claim forms 2026'),
        'Customer: Auenwald Versicherungsgruppe, Central Purchasing',
        ('table', [['Form no.', 'Title', 'Format', 'Pages', 'Run'],
                   ['KV-104', 'Claim form for medical invoices (blank)', 'A4, 80 g, 1/1 colour', '2', '40,000'],
                   ['LV-221', 'Disability claim - medical questionnaire (blank)', 'A4, 80 g, 4/4', '8', '6,000'],
                   ['AL-009', 'Release from medical confidentiality (blank, with signature field)', 'A4, 90 g', '1', '25,000'],
                   ['UV-300', 'Accident report (blank)', 'A4, 80 g, 1/1', '4', '12,000']]),
        'All forms contain fields such as [Name], [Date of birth], [Diagnosis], [Treating doctor] that are left blank.',
        'Proofs as PDF by 20 May 2026; delivery in cartons of 500 to our Leipzig warehouse.',
    ], title='Print spec claim forms 2026')
    plain = ('Dear Mr Hughes,\n\nplease find attached the print spec for our four claim forms. '
             'The print files follow via your upload link.\n\nRegards\nLars Oberlaender\n' + sig('oberlaender'))
    html = ('<html><body><p>Dear Mr Hughes,</p><p>please find attached the print spec for our four claim forms. '
            'The print files follow via your upload link.</p><p>Regards<br>Lars Oberlaender<br>Central Purchasing<br>'
            'Auenwald Versicherungsgruppe</p></body></html>')
    return render_msg(who('oberlaender'), [('Owen Hughes', 'owen.hughes@printworks-halle.example')],
                      'Print spec claim forms 2026', '2026-05-08 10:15',
                      MIX(ALT(T(plain), H(html)), A('Print_spec_claim_forms_2026.docx', doc)))


@mail(34, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker',
      'underwriting decision PDF to a broker: named applicant accepted with asthma exclusion (J45.0) for income protection')
def m034():
    pdf = pdf_bytes(LH('LV') + [
        '## Underwriting decision - application A-2026-118870',
        '',
        'Broker: Whitmore Insurance Broking (VM-88120)',
        'Applicant: Ms Priya Natarajan, born 23 March 1991, data scientist',
        'Product: Disability income protection BU Premium, EUR 2,000 monthly benefit to age 67',
        '',
        'Disclosed: allergic asthma (J45.0) since childhood, controlled with budesonide/formoterol inhaler,',
        'last exacerbation 2022, lung function normal (FEV1 98 %) per pulmonologist report of 2 Feb 2026.',
        '',
        'Decision: accepted at standard premium with the following exclusion:',
        '"Disability caused by diseases of the lower respiratory tract, including asthma, is not covered."',
        'The exclusion can be reviewed on request after 3 years without exacerbation.',
        '',
        'Monthly premium: EUR 71.35',
    ], title='Underwriting decision A-2026-118870')
    body = ('Hi Gareth,\n\nthe decision for Ms Natarajan is attached. If she accepts the exclusion, '
            'please send the signed declaration back via the portal and we will issue the policy.\n\n'
            'Best\nEmily\n' + sig('carter'))
    return render_msg(who('carter'), [('Gareth Whitmore', 'gareth@whitmore-insurance-broking.example')],
                      'A-2026-118870 decision', '2026-02-27 11:41',
                      MIX(T(body, 'us-ascii', '7bit'), A('A-2026-118870_decision.pdf', pdf)))


@mail(35, 'NORMAL', 'de', 'insurer-to-authority',
      'trap: aggregated care-level statistics ODS for the supervisory authority (counts per Pflegegrad and age band); no individual')
def m035():
    ods = ods_bytes([('PPV 2025', [
        ['Private Pflegepflichtversicherung - Leistungsempfänger zum 31.12.2025'],
        ['Altersgruppe', 'PG 1', 'PG 2', 'PG 3', 'PG 4', 'PG 5', 'Summe'],
        ['unter 20', 18, 41, 22, 9, 6, 96],
        ['20 bis 59', 112, 380, 214, 88, 41, 835],
        ['60 bis 79', 604, 2310, 1420, 512, 188, 5034],
        ['80 und älter', 1180, 4822, 3610, 1775, 848, 12235],
        ['Summe', 1914, 7553, 5266, 2384, 1083, 18200],
    ]), ('Hinweise', [['Meldung gem. Rundschreiben, Stichtag 31.12.2025, Zellen < 5 wären zusammengefasst.']])])
    body = ('Sehr geehrte Damen und Herren,\n\nanbei übersenden wir die jährliche Statistik der Leistungsempfänger '
            'in der privaten Pflegepflichtversicherung für das Jahr 2025.\n\nMit freundlichen Grüßen\n'
            'Henrik Paulsen\n' + sig('paulsen'))
    return render_msg(who('paulsen'), [('Referat VA 21', 'va21-meldungen@finanzaufsicht.example')],
                      'Meldung PPV-Leistungsempfänger 2025 - Auenwald Krankenversicherung a.G.', '2026-03-30 08:40',
                      MIX(T(body, 'iso-8859-1', '8bit'), A('PPV_Leistungsempfaenger_2025.ods', ods)))


@mail(36, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'eVB insurance confirmation PDF for vehicle registration: named customer, date of birth, eVB number, vehicle')
def m036():
    pdf = pdf_bytes(LH('AV') + [
        '## Electronic insurance confirmation (eVB) for vehicle registration',
        '',
        'eVB number: K7Q4M2X',
        'Policyholder: Ms Ingrid Solberg, born 02/09/1994, Kochstraße 28, 04275 Leipzig',
        'Vehicle: Skoda Octavia Combi, VIN TMBJR7NX4LY087712, first registration 2020',
        'Cover from registration: third-party liability + partial cover (Teilkasko, EUR 150 deductible)',
        'Valid until: 30 June 2026',
        '',
        'Show the eVB number at the registration office (Zulassungsstelle). The policy documents',
        'will follow once the office has reported the registration to us.',
    ], title='eVB K7Q4M2X')
    body = ('Dear Ms Solberg,\n\nhere is your eVB number for registering the car: K7Q4M2X. The confirmation is '
            'attached as PDF in case the registration office wants to see it.\n\nKind regards\nDerya Saglam\n'
            'Customer Service | Auenwald Versicherungsgruppe\n')
    return render_msg(who('saglam'), [('Ingrid Solberg', 'ingrid.solberg@fastpost.example')],
                      'Your eVB number', '2026-04-28 16:05',
                      MIX(T(body, 'us-ascii', '7bit'), A('eVB_K7Q4M2X.pdf', pdf)))


@mail(37, 'NORMAL', 'de', 'internal',
      'trap: health day programme PDF for staff (flu vaccination, back screening, skin cancer check) without any participant')
def m037():
    pdf = pdf_bytes([
        '# Gesundheitstag 2026 für alle Beschäftigten',
        'Donnerstag, 15. Oktober 2026, 9-15 Uhr, Foyer und Konferenzbereich Haus A',
        '',
        '09:00  Grippeschutzimpfung durch den Betriebsarzt (ohne Termin, Impfpass mitbringen)',
        '09:30  Rückenscreening und Haltungsanalyse - Physiotherapie Lindenhof',
        '10:30  Vortrag: Stress, Schlaf und Bildschirmarbeit (Dipl.-Psych. Mareike Sommer)',
        '12:00  Gesunde Mittagspause - Kantine mit vegetarischem Aktionsmenü',
        '13:00  Hautkrebs-Screening (Anmeldung erforderlich, 40 Plätze)',
        '14:00  Blutdruck- und Blutzuckermessung',
        '',
        'Alle Untersuchungen sind freiwillig und vertraulich; Ergebnisse erhalten nur Sie persönlich.',
        'Der Arbeitgeber erfährt weder Teilnahme noch Befunde.',
    ], title='Gesundheitstag 2026')
    body = ('Liebe Kolleginnen und Kollegen,\n\nam 15. Oktober findet wieder unser Gesundheitstag statt. '
            'Das Programm hängt an. Für das Hautkrebs-Screening bitte im Intranet anmelden.\n\n'
            'Euer BGM-Team / Personalabteilung\n')
    return render_msg(who('schanze'), [('Alle Mitarbeitenden Leipzig', A_('alle.leipzig'))],
                      'Gesundheitstag am 15. Oktober - Programm', '2026-09-22 09:00',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Gesundheitstag_2026_Programm.pdf', pdf)))


@mail(38, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dental treatment plan approval XLSX (implant region 36, GOZ positions, periodontitis) for a named insured')
def m038():
    x = xlsx_bytes([('HKP', [
        ['Heil- und Kostenplan vom 03.07.2026 - Zahnarztpraxis Dr. Anja Reichel - Patient: Thomas Gräfe'],
        ['Versicherungsnummer', 'KV 6610 2290', 'Tarif', 'ZahnPlus 90'],
        [],
        ['GOZ-Nr.', 'Leistung', 'Region', 'Anzahl', 'Betrag €', 'erstattungsfähig €'],
        ['9010', 'Implantatinsertion', '36', 1, 1096.65, 987.0],
        ['9040', 'Freilegung Implantat', '36', 1, 248.6, 223.74],
        ['2200', 'Implantatgetragene Krone', '36', 1, 611.12, 550.01],
        ['4070', 'Parodontalchirurgie (chronische Parodontitis K05.31)', '35-37', 3, 186.3, 167.67],
        ['Material/Labor', 'Implantat, Abutment, Zirkonkrone', '', '', 1420.0, 1278.0],
        [],
        ['', 'Summe', '', '', 3562.67, 3206.42],
        ['Zusage: 90 % der erstattungsfähigen Kosten; Zahnstaffel Jahr 3 (max. 3.000 €) ist berücksichtigt.'],
        ['Zugesagter Betrag', '', '', '', '', 3000.0],
    ])])
    body = ('Hallo Herr Gräfe,\n\nIhr Heil- und Kostenplan ist geprüft, die Übersicht mit unserer Zusage hängt an. '
            'Bitte reichen Sie nach der Behandlung die Rechnung ein.\n\nGruß\nTobias Fuchs\n' + sig('fuchs'))
    return render_msg(who('fuchs'), [('Thomas Gräfe', 't.graefe@mailbox.example')],
                      'Heil- und Kostenplan Dr. Reichel - Zusage', '2026-07-10 14:33',
                      MIX(T(body, cte='8bit'), A('HKP_Zusage_KV6610-2290.xlsx', x)))


@mail(39, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal expenses cover confirmation ODT for an employment dispute: named customer, dismissal, monthly salary figure')
def m039():
    odt = odt_bytes([
        ('h', 'Deckungszusage Arbeitsrechtsschutz'),
        'Rechtsschutzversicherung RS 8870-33104 · Leistungsfall RS-2026-015520',
        'Versicherungsnehmer: Herr Kevin Lorenz, Eisenbahnstraße 133, 04315 Leipzig',
        'Gegner: Möbelhaus Krawinkel GmbH & Co. KG, Arbeitgeber seit 2017',
        'Sachverhalt: ordentliche Kündigung vom 27.02.2026 zum 31.05.2026 (betriebsbedingt); Bruttomonatsgehalt '
        'lt. Arbeitsvertrag 3.450 €.',
        'Wir erteilen Deckungszusage für die außergerichtliche und erstinstanzliche Interessenwahrnehmung '
        '(Kündigungsschutzklage vor dem Arbeitsgericht Leipzig), Gegenstandswert drei Bruttomonatsgehälter = 10.350 €.',
        'Selbstbeteiligung 150 €. Beauftragter Anwalt: RA Jörg Seiffert, Leipzig.',
    ], title='Deckungszusage RS-2026-015520')
    body = ('Sehr geehrter Herr Lorenz,\n\nIhr Anwalt hat die Deckungszusage ebenfalls erhalten. '
            'Denken Sie an die Klagefrist von drei Wochen!\n\nMit freundlichen Grüßen\nClaudia Rensing\n' + sig('rensing'))
    return render_msg(who('rensing'), [('Kevin Lorenz', 'kevin.lorenz87@web.example')],
                      'Deckungszusage RS-2026-015520', '2026-03-04 10:28',
                      MIX(T(body), A('Deckungszusage_RS-2026-015520.odt', odt)))


@mail(40, 'NORMAL', 'en', 'internal',
      'trap: automatic out-of-office reply of an underwriter, mentions "medical underwriting" only as a function')
def m040():
    body = ('Thank you for your message. I am out of the office until 18 August 2026 with limited access to e-mail.\n\n'
            'For urgent medical underwriting questions please contact underwriting.international@auenwald-versicherung.example '
            'or call +49 341 4711-7700.\n\n'
            'Ich bin bis 18.08.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an das Underwriting-Team.\n\n'
            'Emily Carter\n')
    return render_msg(who('carter'), [who('paulsen')], 'Automatic reply: Reinsurance quarterly call',
                      '2026-08-04 12:03', T(body, 'utf-8', 'quoted-printable'), mailer='Microsoft Exchange Server',
                      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
                      irt='<aa31bc04.paulsen@mail.auenwald-versicherung.example>')


@mail(41, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'ZIP to the opposing lawyer: recourse for a cyclist\'s injuries (PDF medical summary with diagnoses, XLSX treatment costs)')
def m041():
    pdf = pdf_bytes(LH('AV') + [
        '## Zusammenfassung der medizinischen Unterlagen - Regress UV-2025-03307',
        'Verletzte: Frau Doreen Piehler, geb. 05.12.1984 (unsere Versicherte, Unfallversicherung)',
        'Unfall 18.09.2025, Karl-Heine-Straße: Radfahrerin von rechts abbiegendem Pkw erfasst',
        '',
        'Diagnosen: Schädelprellung mit Commotio cerebri (S06.0), Claviculafraktur links (S42.03),',
        'Schürfwunden. Stationär Klinikum Westvorstadt 18.-22.09.2025, Osteosynthese 19.09.2025.',
        'Arbeitsunfähigkeit 18.09.2025 - 30.11.2025, Physiotherapie 24 Einheiten.',
        'Invaliditätsgrad lt. Gutachten: 5 % Arm (Schulterbeweglichkeit).',
    ], title='Medizinische Zusammenfassung UV-2025-03307')
    x = xlsx_bytes([('Kosten', [
        ['Position', 'Betrag €'],
        ['Klinikum Westvorstadt (Anteil PKV-Zusatz)', 1840.2],
        ['Physiotherapie 24 x', 912.0],
        ['Invaliditätsleistung Unfallversicherung', 3300.0],
        ['Kosten Gutachten', 780.0],
        ['Summe Regressforderung', 6832.2],
    ])])
    z = zip_bytes([('UV-2025-03307/Medizinische_Zusammenfassung.pdf', pdf),
                   ('UV-2025-03307/Kostenaufstellung.xlsx', x)])
    body = ('Sehr geehrter Herr Rechtsanwalt Gebhardt,\n\nin der Regresssache Piehler ./. Ihre Mandantin erhalten Sie '
            'anliegend die Unterlagen als ZIP (die Schweigepflichtentbindung unserer Versicherten liegt vor). '
            'Wir bitten um Regulierung bis zum 30.04.2026.\n\nMit freundlichen Grüßen\nClaudia Rensing\n' + sig('rensing'))
    return render_msg(who('rensing'), [('RA Maximilian Gebhardt', 'gebhardt@gebhardt-verkehrsrecht.example')],
                      'Regress UV-2025-03307 - Unterlagen', '2026-03-31 15:16',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Regress_UV-2025-03307.zip', z)))


@mail(42, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'portfolio transfer list ODS to a broker: named customers with birth dates and property/motor contracts')
def m042():
    ods = ods_bytes([('Bestand', [
        ['Bestandsübertragung zum 01.07.2026 - von VM-40017 (Ruhestand) an VM-40233 Finanzkontor Elbe'],
        ['Kunde', 'geb.', 'PLZ', 'Sparte', 'Vertrag', 'Jahresbeitrag €'],
        ['Erika Hanisch', '1949-02-11', '01277', 'Hausrat', 'HR 3390-08812', 164.2],
        ['Erika Hanisch', '1949-02-11', '01277', 'Privathaftpflicht', 'PH 4410-10277', 71.4],
        ['Dirk Bachmann', '1972-08-30', '01309', 'Kfz', 'KF 6630-21980', 689.0],
        ['Dirk Bachmann', '1972-08-30', '01309', 'Wohngebäude', 'WG 7710-20911', 933.5],
        ['Sophie Brückner', '1998-12-04', '01099', 'Fahrrad', 'FR 2201-00814', 96.0],
        ['Ralf und Ines Teichmann', '1966-05-19', '01324', 'Wohngebäude', 'WG 7710-18474', 1288.1],
    ])])
    body = ('Hallo Frau Wagner,\n\nwie angekündigt die Liste der Verträge, die zum 01.07. von Herrn Pöge auf Ihr '
            'Kontor übergehen. Die Kunden werden von uns angeschrieben; bitte melden Sie sich erst danach bei ihnen.\n\n'
            'Beste Grüße\nMehmet Aydın\n' + sig('aydin'))
    return render_msg(who('aydin'), [('Susanne Wagner', 's.wagner@finanzkontor-elbe.example')],
                      'Bestandsübertragung VM-40017 -> VM-40233', '2026-06-11 12:12',
                      MIX(T(body), A('Bestandsuebertragung_VM-40017.ods', ods)))


@mail(43, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: broker info PDF on new health tariffs with premium tables per entry age; no customer')
def m043():
    pdf = pdf_bytes(LH('KV') + [
        '# Maklerinfo 04/2026: neue Vollversicherungstarife „Auenwald Balance“',
        '',
        'Ab 01.07.2026 lösen die Tarife Balance 300/600/1200 die bisherigen Kompakttarife ab.',
        '',
        '## Monatsbeiträge Balance 600 (Selbstbehalt 600 €), Eintrittsalter',
        '21 J.: 412,18 €   30 J.: 468,90 €   40 J.: 551,32 €   50 J.: 687,05 €',
        '',
        '## Leistungshighlights',
        '- ambulante Psychotherapie 50 Sitzungen/Jahr ohne Vorab-Genehmigung',
        '- Sehhilfen 300 € alle 2 Jahre, Hörgeräte 2.000 € je Ohr',
        '- Zahnersatz 80 %, Kieferorthopädie bis 18 J. 80 %',
        '- Vorsorge: Check-ups und Krebsfrüherkennung ohne Anrechnung auf den Selbstbehalt',
        '',
        'Gesundheitsprüfung: verkürzter Fragebogen (5 Jahre ambulant, 10 Jahre stationär).',
        'Courtage: 6,5 Monatsbeiträge, Stornohaftung 5 Jahre.',
    ], title='Maklerinfo 04/2026')
    body = ('Liebe Maklerpartnerinnen und -partner,\n\nanbei unsere Maklerinfo 04/2026 zu den neuen '
            'Vollversicherungstarifen. Rechner und AVB stehen ab 15.06. im Maklerportal.\n\n'
            'Viele Grüße aus Leipzig\nMehmet Aydın und das Team Maklerbetreuung\n')
    return render_msg(('Auenwald Maklerbetreuung', A_('makler')), [('Maklerverteiler Ost', A_('makler-ost-verteiler'))],
                      'Maklerinfo 04/2026 - Auenwald Balance', '2026-06-03 08:00',
                      MIX(T(body, flowed=True, cte='8bit'), A('Maklerinfo_2026-04_Balance.pdf', pdf)))


@mail(44, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'travel health repatriation after a stroke in Spain: German mail, English CSV of hospital/ambulance invoices (I63.5) for the named insured')
def m044():
    rows = [['invoice_no', 'date', 'provider', 'service', 'diagnosis', 'amount_eur', 'status'],
            ['HCM-26-0419', '2026-04-03', 'Hospital Costa Marina, Alicante', 'Emergency admission, CT/MRI brain', 'I63.5 ischaemic stroke', '4210.00', 'paid'],
            ['HCM-26-0420', '2026-04-03', 'Hospital Costa Marina, Alicante', 'Stroke unit 5 days, thrombolysis', 'I63.5', '11875.50', 'paid'],
            ['AMB-7781', '2026-04-08', 'AirCare Ambulance Services', 'Air ambulance Alicante - Leipzig', 'I63.5', '18900.00', 'paid'],
            ['TRX-1102', '2026-04-08', 'Medi-Transfer Sachsen', 'Ground transfer airport - Uniklinik', '', '320.00', 'paid'],
            ['HCM-26-0511', '2026-04-20', 'Hospital Costa Marina, Alicante', 'Medical report (English)', '', '60.00', 'open']]
    body = ('Sehr geehrte Frau Riedel,\n\nwie besprochen die Aufstellung aller Rechnungen zum Rücktransport Ihres Mannes. '
            'Die Liste kommt so vom Assistance-Dienstleister, deshalb auf Englisch. Alles außer dem Arztbericht ist bezahlt, '
            'Sie müssen nichts weiter tun.\n\nWir wünschen Herrn Riedel weiterhin gute Besserung.\n\n'
            'Mit freundlichen Grüßen\nSabine Kröger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Annette Riedel', 'annette.riedel@online.example')],
                      'Reiseversicherung RV 3302-55018 - Rücktransport Herr Riedel', '2026-04-24 09:19',
                      MIX(T(body), A('invoices_RV3302-55018.csv', csv_bytes(rows, ','), charset='utf-8')))


@mail(45, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'grey: pet insurance vet invoice reimbursement PDF (animal health) for a named customer; no human health data')
def m045():
    pdf = pdf_bytes(LH('AV') + [
        '## Pet health insurance - reimbursement',
        'Policy TK 9901-22017   Policyholder: Ms Chloe Beaumont, Stieglitzstraße 6, 04229 Leipzig',
        'Insured animal: "Biscuit", Labrador retriever, male, born 2021, chip 276098106543210',
        '',
        'Invoice Tierklinik Südaue, 12 May 2026:',
        '  cruciate ligament surgery (TPLO) left hind leg        EUR 2,870.00',
        '  anaesthesia, X-ray, 2 nights in clinic                EUR   744.50',
        '  medication (meloxicam, antibiotics)                   EUR    61.30',
        'Reimbursed at 80 % after EUR 250 annual deductible:      EUR 2,692.64',
    ], title='Reimbursement TK 9901-22017')
    body = ('Dear Ms Beaumont,\n\nwe have paid the vet invoice for Biscuit - details attached. Hope he is back on '
            'his four paws soon!\n\nKind regards\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Chloe Beaumont', 'chloe.beaumont@hotpost.example')],
                      'Biscuit - vet invoice reimbursed', '2026-05-21 13:09',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Reimbursement_TK9901-22017.pdf', pdf)))


@mail(46, 'NORMAL', 'en', 'insurer-to-broker',
      'trap: expat plan comparison XLSX with premiums by age band and benefit limits (maternity, psychiatry); no person')
def m046():
    x = xlsx_bytes([('Plans 2026', [
        ['International Health Plan - premiums per month (EUR), area 2 (worldwide excl. USA)'],
        ['Age band', 'Bronze', 'Silver', 'Gold'],
        ['0-17', 61, 88, 129],
        ['18-29', 118, 164, 233],
        ['30-39', 149, 207, 297],
        ['40-49', 196, 271, 386],
        ['50-59', 289, 398, 561],
        ['60-69', 452, 619, 866],
    ]), ('Benefits', [
        ['Benefit', 'Bronze', 'Silver', 'Gold'],
        ['In-patient', '100 %', '100 %', '100 %'],
        ['Out-patient', '80 %, EUR 5,000', '90 %', '100 %'],
        ['Maternity (after 10 months)', 'not covered', 'EUR 6,000', 'EUR 12,000'],
        ['Psychiatric treatment', 'in-patient only', 'EUR 3,000 out-patient', 'EUR 10,000 out-patient'],
        ['Medical evacuation', 'covered', 'covered', 'covered'],
    ])], shared=True)
    body = ('Hi all,\n\nthe 2026 comparison sheet for the International Health Plan is attached - please use this '
            'version from now on; area 2 premiums went up by 4.5 % on average.\n\nBest,\nThomas\n' + sig('lindqvist'))
    return render_msg(who('lindqvist'), [('Expat broker partners', A_('expat-broker-partners'))],
                      'IHP comparison sheet 2026', '2026-01-09 10:30',
                      MIX(T(body, 'us-ascii', '7bit'), A('IHP_comparison_2026.xlsx', x)))


@mail(47, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'internal DOCX assessment by the company doctor on a named BU claim (multiple sclerosis G35, EDSS), recommendation')
def m047():
    doc = docx_bytes([
        ('h', 'Gesellschaftsärztliche Stellungnahme'),
        'Az. BU-2026-00552 · Versicherte: Nadine Höppner, geb. 14.01.1986, Grundschullehrerin',
        ('b', 'Vorliegende Unterlagen'),
        'Arztbericht Neurologie Dr. Kessler (03/2026), MRT Schädel/HWS (02/2026), Entlassbericht Reha-Klinik am Kurpark (01/2026).',
        ('b', 'Befunde'),
        'Schubförmig-remittierende Multiple Sklerose (G35.10), Erstdiagnose 2019, drei Schübe seit 2024, zuletzt '
        'Gangunsicherheit und ausgeprägte Fatigue. EDSS 3,5. Therapie mit Ocrelizumab seit 11/2025.',
        ('b', 'Beurteilung'),
        'Unterrichtstätigkeit mit 28 Wochenstunden derzeit nicht zumutbar; eine Tätigkeit unter 50 % ist '
        'ebenfalls nicht realistisch. Berufsunfähigkeit ≥ 50 % ab 01.12.2025 plausibel.',
        ('b', 'Empfehlung'),
        'Anerkennung, befristet auf 24 Monate; Nachprüfung mit aktuellem neurologischem Befund.',
        'Dr. med. Ulrike Brandt, 07.05.2026',
    ], title='Stellungnahme BU-2026-00552', author='Dr. med. Ulrike Brandt')
    body = ('Hallo Petra,\n\nmeine Stellungnahme zu Frau Höppner hängt an. Aus meiner Sicht kann die Anerkennung '
            'raus, Befristung wie vorgeschlagen.\n\nGruß Ulrike\n')
    return render_msg(who('brandt'), [who('nowak')], 'BU-2026-00552 Stellungnahme', '2026-05-07 17:31',
                      MIX(T(body), A('Stellungnahme_BU-2026-00552.docx', doc)))


@mail(48, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor premium payment reminder PDF with overdue amount, returned direct debit and the customer\'s IBAN')
def m048():
    ib = iban_de('82051000', '0163771402')
    pdf = pdf_bytes(LH('AV') + [
        'Herrn Enrico Schubert', 'Hauptstraße 18', '04651 Bad Lausick', '',
        '## Zahlungserinnerung / qualifizierte Mahnung nach § 38 VVG',
        'Kfz-Versicherung KF 6630-50377, Kennzeichen L-ES 1987',
        '',
        'Die Lastschrift vom 01.02.2026 über 398,60 € wurde von Ihrer Bank zurückgegeben',
        '(Grund: Konto ohne Deckung). Konto: ' + ib + '.',
        'Offener Betrag inkl. Rücklastschriftgebühr 3,00 €: 401,60 €',
        '',
        'Bitte zahlen Sie bis 02.03.2026. Zahlen Sie nicht fristgerecht, entfällt der Versicherungsschutz',
        'und wir können den Vertrag kündigen.',
    ], title='Mahnung KF 6630-50377')
    body = ('Sehr geehrter Herr Schubert,\n\nbitte beachten Sie die angehängte Zahlungserinnerung.\n\n'
            'Mit freundlichen Grüßen\nGregor Stein\n' + sig('stein'))
    return render_msg(who('stein'), [('Enrico Schubert', 'enrico.schubert@freenet-mail.example')],
                      'Zahlungserinnerung KF 6630-50377', '2026-02-16 07:55',
                      MIX(T(body, 'windows-1252', '8bit'), A('Zahlungserinnerung_KF6630-50377.pdf', pdf)))


@mail(49, 'NORMAL', 'de', 'internal',
      'trap: data-protection quiz DOCX about handling health data and IBANs, fictitious examples only')
def m049():
    doc = docx_bytes([
        ('h', 'Datenschutz-Quiz 2026 - Gesundheitsdaten im Arbeitsalltag'),
        '1. Ein Kunde schickt seinen Arztbericht an die allgemeine Service-Adresse. Was tun Sie?',
        '   a) Weiterleiten an alle, die es betreffen könnte  b) An die Leistungsabteilung, dann löschen  c) Ausdrucken',
        '2. Dürfen Diagnosen per unverschlüsselter E-Mail an einen Vermittler gehen?',
        '   a) Ja, wenn der Kunde zugestimmt hat  b) Nein, nur über SecureMail  c) Nur mit ICD-Code statt Klartext',
        '3. Welche Daten gelten als „streng vertraulich“? (Mehrfachnennung)',
        '   a) Diagnose  b) Geburtsdatum  c) Tatsache einer Lebensversicherung  d) Pflegegrad',
        '4. Eine Kollegin ruft an und fragt nach dem Gesundheitszustand von Max Mustermann (fiktiv). Richtig ist …',
        ('b', 'Auflösung'),
        '1 b · 2 b · 3 a, c, d · 4: nur nach Prüfung von Zuständigkeit und Berechtigung',
    ], title='Datenschutz-Quiz 2026', author='Annika Holm')
    body = ('Liebe Führungskräfte,\n\nfür eure Teammeetings im März: das Datenschutz-Quiz 2026 mit Auflösung. '
            'Dauert ca. 10 Minuten. Rückmeldungen gern an mich.\n\nViele Grüße\nAnnika Holm\n' + sig('holm', foot=False))
    return render_msg(who('holm'), [('Führungskräfte', A_('fuehrungskraefte'))],
                      'Datenschutz-Quiz für eure Teammeetings', '2026-02-23 13:00',
                      MIX(T(body, cte='quoted-printable'), A('Datenschutz-Quiz_2026.docx', doc)))


@mail(50, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'life insurance beneficiary change confirmation PDF (new beneficiary named) for the insured; personal line')
def m050():
    pdf = pdf_bytes(LH('LV') + [
        'Frau Marlene Uhlig', 'Riebeckstraße 40', '04317 Leipzig', '',
        '## Bestätigung der Änderung des Bezugsrechts',
        'Risikolebensversicherung LV 1188-47720, versicherte Person: Marlene Uhlig, geb. 27.03.1977',
        'Versicherungssumme: 150.000 €',
        '',
        'Bisher bezugsberechtigt im Todesfall: Jens Uhlig (Ehemann), widerruflich',
        'Ab Eingang Ihrer Erklärung am 06.08.2026 bezugsberechtigt:',
        '  Lena Uhlig, geb. 14.10.2005 (Tochter) - 50 %',
        '  Paul Uhlig, geb. 02.01.2009 (Sohn) - 50 %',
        'Das Bezugsrecht bleibt widerruflich.',
    ], title='Bezugsrecht LV 1188-47720')
    body = ('Sehr geehrte Frau Uhlig,\n\nIhre Änderung ist eingetragen, die Bestätigung hängt an.\n\n'
            'Mit freundlichen Grüßen\nPetra Nowak\n' + sig('nowak'))
    return render_msg(who('nowak'), [('Marlene Uhlig', 'marlene.uhlig@web.example')],
                      'AW: Änderung Bezugsrecht', '2026-08-11 14:47',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Bestaetigung_Bezugsrecht.pdf', pdf)),
                      irt='<5512ac.uhlig@web.example>')

@mail(51, 'CONFIDENTIAL', 'en', 'insurer-to-company',
      'grey: D&O policy schedule DOCX for a company listing named board members, one with home address; no health data')
def m051():
    doc = docx_bytes([
        ('h', 'Directors & Officers Liability - Policy Schedule'),
        ('table', [['Policy no.', 'DO-2026-00318'],
                   ['Policyholder', 'Saxon Precision Optics AG, Dresden'],
                   ['Period', '1 Jan 2026 - 31 Dec 2026'],
                   ['Limit of indemnity', 'EUR 10,000,000 per claim and in the aggregate'],
                   ['Retention (company reimbursement)', 'EUR 50,000'],
                   ['Annual premium', 'EUR 38,450 plus insurance tax']]),
        ('b', 'Insured persons named at inception'),
        ('table', [['Name', 'Function', 'Since'],
                   ['Dr. Friederike Lamprecht', 'CEO', '2019'],
                   ['Jan-Ole Matthiesen', 'CFO (private address for notices: Bautzner Str. 81, 01099 Dresden)', '2022'],
                   ['Prof. Dr. Winfried Aue', 'Chair of the Supervisory Board', '2017']]),
        'Known circumstance excluded: letter of the former CFO\'s lawyer dated 14 Nov 2025 (claim reference SPO-LIT-04).',
    ], title='D&O schedule DO-2026-00318')
    body = ('Dear Ms Lamprecht,\n\nenclosed the final policy schedule for 2026. As agreed, notices to Mr Matthiesen '
            'go to his private address while he is on sabbatical.\n\nKind regards\nFrank Reuter\n' + sig('reuter'))
    return render_msg(who('reuter'), [('Dr. Friederike Lamprecht', 'f.lamprecht@saxon-precision-optics.example')],
                      'D&O 2026 - policy schedule', '2026-01-07 11:55',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('DO-2026-00318_schedule.docx', doc)))


@mail(52, 'NORMAL', 'en', 'internal',
      'trap: DPIA draft ODT for a claims app listing data categories (diagnoses, IBAN, birth date) in the abstract; no person')
def m052():
    odt = odt_bytes([
        ('h', 'Data Protection Impact Assessment - "ClaimSnap" app (draft 0.4)'),
        ('b', '1. Processing'),
        'Customers photograph invoices (doctors, hospitals, pharmacies, dental labs) and upload them. OCR extracts '
        'provider, date, amount, diagnosis codes (ICD-10) and treatment codes (GOÄ/GOZ).',
        ('b', '2. Categories of data'),
        ('table', [['Category', 'Examples', 'Art. 9 GDPR'],
                   ['Identification', 'name, date of birth, policy number', 'no'],
                   ['Bank data', 'IBAN for reimbursement', 'no'],
                   ['Health data', 'diagnoses, medicines, treatments', 'yes']]),
        ('b', '3. Risks'),
        'Photos remain in the device gallery; OCR vendor outside the EU; push notifications could show claim amounts on lock screens.',
        ('b', '4. Measures'),
        'App-internal camera only, EU-only OCR processing, notifications without content, deletion of images after 30 days.',
    ], title='DPIA ClaimSnap 0.4')
    body = ('Annika, Moritz,\n\nDPIA draft 0.4 for ClaimSnap attached, incl. your comments from last week. '
            'Open point: the OCR vendor\'s sub-processor list. Can we close it in Thursday\'s call?\n\nThomas\n')
    return render_msg(who('lindqvist'), [who('holm'), who('engel')], 'DPIA ClaimSnap draft 0.4',
                      '2026-06-23 18:10', MIX(T(body, 'us-ascii', '7bit'), A('DPIA_ClaimSnap_v0.4.odt', odt)))


@mail(53, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'maternity claim PDF: birth by caesarean section (O82), newborn added to the policy, named mother and baby')
def m053():
    pdf = pdf_bytes(LH('EN') + [
        '## Claim statement - maternity',
        'Member: Mrs Sofia Marchetti-Wolf, IHP-220-61140 (plan IHP Gold)',
        '',
        'Hospital: Frauenklinik am Zoo, Leipzig - admission 06.07.2026, discharge 10.07.2026',
        'Delivery by elective caesarean section (O82), breech presentation (O32.1)',
        'Newborn: Luca Marchetti-Wolf, born 07.07.2026, 3,410 g - included in the policy from birth',
        '    without health questions (application received within 2 months).',
        '',
        'Hospital invoice (DRG O01F)                   EUR 6,812.40   paid directly',
        'Obstetrician Dr. Amrei Lind (GOÄ)               EUR 1,488.22   reimbursed',
        'Midwife aftercare (12 visits)                   EUR   684.00   reimbursed',
        'Maternity benefit limit IHP Gold EUR 12,000 - remaining: EUR 3,015.38',
    ], title='Maternity claim IHP-220-61140')
    body = ('Dear Mrs Marchetti-Wolf,\n\ncongratulations on the birth of Luca! The statement for the hospital stay '
            'is attached. Luca is now insured under your policy.\n\nWarm regards\nFiona Gallagher\n' + sig('gallagher'))
    return render_msg(who('gallagher'), [('Sofia Marchetti-Wolf', 'sofia.mw@mail-online.example')],
                      'Your maternity claim', '2026-07-29 10:20',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Maternity_claim_statement.pdf', pdf)))


@mail(54, 'CONFIDENTIAL', 'en', 'insurer-to-assessor',
      'motor damage appraisal order PDF to an assessor: named vehicle owner, phone, plate, VIN, claim number; no injury')
def m054():
    pdf = pdf_bytes(LH('AV') + [
        '## Appraisal order - motor own-damage claim VK-2026-008832',
        '',
        'Vehicle owner: Mr Darius Kowalczyk, Eutritzscher Str. 23, 04129 Leipzig, mobile 0176 5550 4412',
        'Vehicle: Audi A4 Avant 2.0 TDI, plate L-DK 4040, VIN WAUZZZF48MA019933, mileage approx. 61,000 km',
        'Policy: comprehensive KF 6630-71204, deductible EUR 300',
        'Loss: hail storm 02.06.2026, roof and bonnet dented, windscreen cracked',
        'Location of vehicle: Autohaus Nordring, Leipzig (workshop appointment possible Mon-Fri)',
        '',
        'Please assess repair costs (PDR vs. conventional), diminution in value and check for prior damage.',
        'Fee according to our framework agreement, report within 5 working days via the portal.',
    ], title='Appraisal order VK-2026-008832')
    body = ('Hello Mr Aldridge,\n\nanother hail case for you, order attached. The owner prefers an appointment in the '
            'morning.\n\nThanks\nJonas Weisshaupt\n' + sig('weisshaupt'))
    return render_msg(who('weisshaupt'), [('Simon Aldridge', 'orders@aldridge-vehicle-assessors.example')],
                      'Appraisal order VK-2026-008832 (hail)', '2026-06-05 08:37',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Appraisal_order_VK-2026-008832.pdf', pdf)))


@mail(55, 'NORMAL', 'de', 'insurer-to-supplier',
      'grey: query on a supplier invoice PDF (GmbH bank account, order for doctor-report scanning); company data only')
def m055():
    ib = iban_de('86010090', '0712399001')
    pdf = pdf_bytes([
        '# ScanLogistik Mitteldeutschland GmbH',
        'Rechnung Nr. 2026-0877 vom 31.03.2026',
        'An: Auenwald Versicherungsgruppe, Zentraler Einkauf, Auenwaldallee 1, 04109 Leipzig',
        '',
        'Leistungszeitraum März 2026 - Rahmenvertrag RV-ScanPost-2024',
        'Digitalisierung Posteingang (Arztberichte, Rechnungen, Schriftgut)  412.300 Seiten x 0,021 €  8.658,30 €',
        'Expresszuschlag Krankenhausrechnungen                              3.120 Seiten x 0,05 €     156,00 €',
        'Vernichtung Originale nach 90 Tagen (DIN 66399, Stufe P-4)         38 Behälter x 24,00 €       912,00 €',
        'Netto 9.726,30 €   USt 19 % 1.848,00 €   Brutto 11.574,30 €',
        '',
        'Bankverbindung: ScanLogistik Mitteldeutschland GmbH, IBAN ' + ib,
    ], title='Rechnung 2026-0877')
    body = ('Sehr geehrte Frau Kunze,\n\nin Ihrer Rechnung 2026-0877 (Anlage) ist der Expresszuschlag mit 0,05 € je Seite '
            'berechnet, laut Rahmenvertrag sind es 0,035 €. Bitte schicken Sie uns eine korrigierte Rechnung; '
            'bis dahin halten wir die Zahlung zurück.\n\nMit freundlichen Grüßen\nLars Oberländer\n' + sig('oberlaender'))
    return render_msg(who('oberlaender'), [('Bettina Kunze', 'buchhaltung@scanlogistik-md.example')],
                      'Rechnung 2026-0877 - Korrektur Expresszuschlag', '2026-04-09 10:58',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Rechnung_2026-0877.pdf', pdf)))


@mail(56, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
      'bAV direct insurance list ODS to an employer: named employees, birth dates, salary conversion amounts (life line)')
def m056():
    ods = ods_bytes([('Direktversicherung', [
        ['Gruppenvertrag bAV-DV-0551 - Elbtal Maschinenbau GmbH - Beitragsliste 07/2026'],
        ['Pers.-Nr.', 'Name', 'geb.', 'Entgeltumwandlung €', 'AG-Zuschuss 15 % €', 'Vertrag', 'Status'],
        ['4410', 'Heiko Scharf', '1970-04-22', 248.0, 37.2, 'LV 1188-61001', 'aktiv'],
        ['4488', 'Mandy Reißig', '1984-11-13', 150.0, 22.5, 'LV 1188-61002', 'Elternzeit - beitragsfrei'],
        ['4512', 'Ömer Kaplan', '1992-06-01', 302.0, 45.3, 'LV 1188-61017', 'aktiv'],
        ['4590', 'Birgit Lehnert', '1965-09-09', 100.0, 15.0, 'LV 1188-61023', 'Rente ab 10/2026 beantragt'],
    ])])
    body = ('Sehr geehrte Frau Pohl,\n\nanbei die Beitragsliste Juli für die Direktversicherungen. Bei Frau Reißig '
            'haben wir die Beitragsfreistellung während der Elternzeit eingetragen. Bitte prüfen Sie die Beträge '
            'gegen Ihre Lohnabrechnung.\n\nMit freundlichen Grüßen\nDaniel Ko\n' + sig('ko'))
    return render_msg(who('ko'), [('Kathrin Pohl', 'lohn@elbtal-maschinenbau.example')],
                      'bAV-DV-0551 Beitragsliste 07/2026', '2026-07-02 09:05',
                      MIX(T(body), A('bAV-DV-0551_Beitragsliste_2026-07.ods', ods)))


@mail(57, 'NORMAL', 'en', 'internal',
      'grey: anonymised training case study PDF on a disability claim (age band, occupation group, no name or number)')
def m057():
    pdf = pdf_bytes([
        '# Training case 7 - disability claim after burnout',
        '(anonymised: no names, dates shifted, details changed; do not try to identify the case)',
        '',
        'Insured: female, age band 40-44, office profession (team lead), policy with 2,000 monthly benefit.',
        'Claim: unable to work since "month 0", diagnosis reported by GP: exhaustion syndrome / depressive',
        'episode. Psychotherapy started in month 2, in-patient psychosomatic rehab in month 5.',
        '',
        'Questions for the group:',
        '1. Which documents do you need to assess the 50 % threshold?',
        '2. How do you weigh a GP certificate against a specialist report?',
        '3. When is a temporary acceptance (befristetes Anerkenntnis) appropriate?',
        '',
        'Model answer on page 2 (trainer version only).',
    ], title='Training case 7')
    body = ('Hi Emily,\n\nfor the onboarding of the two new claims assessors - case 7, fully anonymised by Ulrike. '
            'Feel free to use it in English for the international team.\n\nCheers\nHenrik\n')
    return render_msg(who('paulsen'), [who('carter')], 'Training case 7 (anonymised)', '2026-09-01 13:25',
                      MIX(T(body, 'us-ascii', '7bit'), A('Training_case_7_anonymised.pdf', pdf)))


@mail(58, 'CONFIDENTIAL', 'de', 'customer',
      'customer service forwards a customer\'s scanned SEPA mandate change (new IBAN, household/liability contracts) to collections')
def m058():
    ib = iban_de('10010010', '9988776601')
    pdf = pdf_bytes([
        '# SEPA-Lastschriftmandat / Änderung der Bankverbindung',
        'Auenwald Allgemeine Versicherung AG, Gläubiger-ID DE98ZZZ00000147147',
        '',
        'Versicherungsnehmerin: Jacqueline Mehnert',
        'Verträge: HR 3390-51230 (Hausrat), PH 4410-33019 (Privathaftpflicht)',
        'Neue Bankverbindung ab sofort:',
        'Kontoinhaberin: Jacqueline Mehnert    IBAN: ' + ib + '    BIC: PBNKDEFFXXX',
        'Ich ermächtige die Auenwald Allgemeine Versicherung AG, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.',
        'Ort, Datum: Markkleeberg, 09.03.2026     Unterschrift: J. Mehnert',
    ], title='Scan 20260309', author='MFP Scan Etage 2')
    body = ('Hallo Gregor,\n\nneues Mandat von Frau Mehnert, Scan hängt an. Kannst du das bitte vor dem Einzug '
            'am 1. umstellen?\n\nDanke, Derya\n\n'
            '> Von: Jacqueline Mehnert <jacky.mehnert@online.example>\n'
            '> Gesendet: Montag, 9. März 2026 19:40\n'
            '> An: service@auenwald-versicherung.example\n'
            '> Betreff: neue Bankverbindung\n'
            '>\n'
            '> Hallo, ich habe die Bank gewechselt, anbei das unterschriebene Formular. Bitte ab April vom neuen '
            'Konto abbuchen.\n'
            '> LG J. Mehnert\n')
    return render_msg(who('saglam'), [who('stein')], 'WG: neue Bankverbindung', '2026-03-10 08:02',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Scan_20260309_194011.pdf', pdf)))


@mail(59, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
      'answer to the public prosecutor PDF: life policy of a deceased named insured, cause of death, beneficiary payout on hold')
def m059():
    pdf = pdf_bytes(LH('LV') + [
        'Staatsanwaltschaft Leipzig', 'Az. 305 UJs 1442/26', '',
        '## Auskunftsersuchen vom 02.06.2026 - Todesfall Andreas Fröhner',
        '',
        'Der am 11.05.2026 verstorbene Herr Andreas Fröhner, geb. 19.02.1968, war bei uns mit der',
        'Risikolebensversicherung LV 1188-30982 (Versicherungssumme 250.000 €) versichert.',
        'Bezugsberechtigt: Frau Tanja Fröhner (Ehefrau).',
        'Laut vorgelegter Todesbescheinigung: nicht natürlicher Tod, Mischintoxikation (T42.4, T51.0),',
        'Obduktion angeordnet.',
        'Der Vertrag wurde am 01.03.2025 abgeschlossen; die Leistung wurde am 20.05.2026 beantragt.',
        'Wegen der laufenden Ermittlungen und der Suizidklausel (§ 161 VVG, 3 Jahre) zahlen wir vorerst nicht aus.',
        '',
        'Antragsunterlagen und Gesundheitsangaben übersenden wir nach Vorlage eines Beschlusses.',
    ], title='Auskunft 305 UJs 1442/26')
    body = ('Sehr geehrte Frau Staatsanwältin Kuhlmann,\n\nanbei unsere Auskunft in obiger Sache.\n\n'
            'Mit freundlichen Grüßen\nClaudia Rensing\n' + sig('rensing'))
    return render_msg(who('rensing'), [('StAin Dr. Kuhlmann', 'poststelle@sta-leipzig.justiz.example')],
                      'Az. 305 UJs 1442/26', '2026-06-10 12:44',
                      MIX(T(body, 'utf-8', 'base64'), A('Auskunft_305UJs1442-26.pdf', pdf)))


@mail(60, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: hospital group price list XLSX (DRG base rates, room surcharges, chief-physician fees); contract data only')
def m060():
    x = xlsx_bytes([('Rates 2026', [
        ['Framework agreement Auenwald KV - hospital group "MedNord Kliniken" - rates from 1 July 2026'],
        ['Hospital', 'DRG base rate EUR', 'Single room EUR/day', 'Double room EUR/day', 'Direct billing'],
        ['MedNord Klinikum Halle', 4210.5, 142, 68, 'yes'],
        ['MedNord Fachklinik Orthopädie Bad Düben', 4188.0, 128, 61, 'yes'],
        ['MedNord Herzzentrum Magdeburg', 4230.75, 155, 72, 'yes'],
        ['MedNord Psychosomatik Waldheim', 'per diem 389.00', 118, 55, 'from 10/2026'],
    ]), ('Chief physician', [
        ['GOÄ factor cap', '2.3 (technical 1.8, lab 1.15)'],
        ['Exceptions', 'only with written justification per case'],
    ])])
    body = ('Dear Dr Hammond,\n\nthe final rate table for 2026/27 is attached, as agreed in our call. '
            'Please countersign the amendment and we will load the rates into our billing system.\n\n'
            'Best regards\nSabine Kroeger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Dr. Neil Hammond', 'n.hammond@mednord-kliniken.example')],
                      'Rate table 2026/27 - final', '2026-06-19 16:40',
                      MIX(T(body, 'us-ascii', '7bit'), A('MedNord_rates_2026-07.xlsx', x)))


@mail(61, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'cancellation confirmation PDF for household and liability policies (customer moves abroad), refund to IBAN')
def m061():
    ib = iban_de('70020270', '0654321987')
    pdf = pdf_bytes(LH('AV') + [
        'Mr Tomasz Wrobel', 'Gneisenaustraße 3', '04105 Leipzig', '',
        '## Confirmation of cancellation',
        'Household contents HR 3390-60771 and personal liability PH 4410-40552',
        'Reason: permanent move abroad (Gdansk, Poland) on 30.09.2026 - special right of cancellation',
        'Both policies end on 30.09.2026, 24:00.',
        '',
        'Premium refund for October - December 2026: EUR 61.43',
        'Paid to: ' + ib,
        'Your motor policy KF 6630-81102 is not affected; please tell us about the new registration.',
    ], title='Cancellation HR 3390-60771')
    body = ('Dear Mr Wrobel,\n\nwe have processed your cancellation - confirmation attached. All the best for '
            'your move to Gdansk!\n\nKind regards\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Tomasz Wrobel', 'tomasz.wrobel@fastpost.example')],
                      'RE: cancellation - moving to Poland', '2026-09-14 11:09',
                      MIX(T(body, 'us-ascii', '7bit'), A('Cancellation_confirmation.pdf', pdf)),
                      irt='<ee01f2.wrobel@fastpost.example>')


@mail(62, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'facultative submission ZIP to the reinsurer: named life applicant, PDF with diabetes lab values (HbA1c), XLSX sums')
def m062():
    pdf = pdf_bytes(LH('LV') + [
        '## Facultative submission F-2026-044 - medical summary',
        'Applicant: Mr Konrad Seidelmann, born 12.12.1969, managing director',
        'Requested: term life EUR 2,500,000 (key person cover), 15 years',
        '',
        'Type 2 diabetes mellitus (E11.9) since 2018, metformin 1000 mg twice daily, empagliflozin 10 mg',
        'Lab 14.01.2026: HbA1c 7.4 %, fasting glucose 148 mg/dl, eGFR 82, urine albumin negative',
        'BMI 31.2, blood pressure 142/88 under ramipril 5 mg',
        'Smoker until 2015. Father myocardial infarction at 58.',
        '',
        'Our proposal: +100 % extra mortality, retention EUR 500,000.',
    ], title='F-2026-044 medical summary')
    x = xlsx_bytes([('Sums', [['Layer', 'EUR'], ['Retention Auenwald', 500000], ['Facultative cession', 2000000],
                              ['Total', 2500000]])])
    z = zip_bytes([('F-2026-044_medical_summary.pdf', pdf), ('F-2026-044_cession.xlsx', x)])
    body = ('Dear Chiamaka,\n\nplease find our facultative submission F-2026-044 in the zip. The applicant\'s '
            'consent to pass data to reinsurers is on file. We would appreciate your terms by Friday.\n\n'
            'Best regards\nEmily Carter\n' + sig('carter'))
    return render_msg(who('carter'), [('Chiamaka Okafor', 'c.okafor@northgate-re.example')],
                      'Facultative submission F-2026-044', '2026-01-29 14:02',
                      MIX(T(body, 'us-ascii', '7bit'), A('F-2026-044.zip', z)))


@mail(63, 'NORMAL', 'de', 'newsletter',
      'trap: bulk customer magazine PDF (dental prophylaxis, care reform, burglary tips, sample premium calculation); no person')
def m063():
    pdf = pdf_bytes([
        '# Auenwald Magazin · Ausgabe Sommer 2026',
        '',
        '## Gesunde Zähne - was die Prophylaxe wirklich bringt',
        'Zwei professionelle Zahnreinigungen im Jahr senken das Risiko für Parodontitis deutlich. Viele unserer',
        'Tarife erstatten bis zu 150 € jährlich - ein Blick in die Police lohnt sich.',
        '',
        '## Pflegereform 2026: Was sich für Pflegebedürftige ändert',
        'Das Pflegegeld steigt in allen Pflegegraden um 4,5 %. Beispiel: Pflegegrad 2 erhält künftig 347 €.',
        '',
        '## Urlaubszeit ist Einbruchszeit',
        'Zeitschaltuhren, Nachbarschaftshilfe, keine Urlaubsfotos in Echtzeit posten.',
        '',
        '## Rechenbeispiel: Lohnt sich eine Berufsunfähigkeitsversicherung?',
        'Max Mustermann, 30 Jahre, Bürokaufmann (fiktives Beispiel): 1.500 € BU-Rente kosten ca. 58 € monatlich.',
    ], title='Auenwald Magazin Sommer 2026', compress=True)
    html = ('<!DOCTYPE html><html><body><h2>Auenwald Magazin – Sommer 2026</h2>'
            '<p>Liebe Leserinnen und Leser,</p><p>in dieser Ausgabe: Zahnprophylaxe, Pflegereform 2026, '
            'Einbruchschutz im Urlaub und ein Rechenbeispiel zur Berufsunfähigkeit. Das Magazin finden Sie im Anhang.</p>'
            '<p>Ihre Auenwald Versicherungsgruppe</p>'
            '<p><small>Abmelden: <a href="https://newsletter.auenwald-versicherung.example/abmelden">hier klicken</a></small></p>'
            '</body></html>')
    return render_msg(('Auenwald Magazin', A_('magazin')), None, 'Ihr Auenwald Magazin Sommer 2026',
                      '2026-07-01 06:30', MIX(H(html), A('Auenwald_Magazin_Sommer_2026.pdf', pdf)),
                      mailer='Auenwald Newsletter Engine 3.1', extra=[('Precedence', 'bulk')])


@mail(64, 'NORMAL', 'de', 'internal',
      'trap: aggregated sickness-allowance claim durations CSV for the actuaries (by occupation class and ICD chapter); no person')
def m064():
    rows = [['Berufsklasse', 'ICD-Kapitel', 'Faelle_2025', 'Dauer_Median_Tage', 'Dauer_P90_Tage', 'Leistung_EUR_gesamt'],
            ['1 (Buero)', 'F', '612', '58', '181', '4120330'],
            ['1 (Buero)', 'M', '540', '31', '96', '1988410'],
            ['2 (gemischt)', 'M', '833', '39', '122', '3405990'],
            ['2 (gemischt)', 'S/T', '402', '27', '84', '1032770'],
            ['3 (koerperlich)', 'M', '991', '46', '160', '4788100'],
            ['3 (koerperlich)', 'sonstige (zusammengefasst)', '377', '19', '70', '802114']]
    body = ('Hallo Henrik,\n\nwie gewünscht die KTG-Auswertung 2025 nach Berufsklasse und ICD-Kapitel. Zellen mit '
            'weniger als 20 Fällen sind unter „sonstige“ zusammengefasst. Für die Beitragsanpassung reicht das hoffentlich.\n\n'
            'Gruß Sabine\n')
    return render_msg(who('kroeger'), [who('paulsen')], 'KTG-Auswertung 2025 für BAP', '2026-02-10 15:35',
                      MIX(T(body, cte='8bit'), A('KTG_Dauern_2025.csv', csv_bytes(rows, ';', 'windows-1252'),
                                                  ctype='application/vnd.ms-excel', charset=None)))


@mail(65, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'trip cancellation claim reply: cancellation because the named customer had shingles, doctor\'s certificate requested; no attachment')
def m065():
    body = ('Dear Ms Fairbanks,\n\n'
            'thank you for your claim RR-2026-30114 for the cancelled trip to Lisbon (booking 18-25 May).\n\n'
            'I am sorry to hear about your shingles. To settle the claim we still need the certificate from your '
            'doctor confirming that you were unable to travel because of the herpes zoster infection '
            '(our form "Attestation of illness" is fine, or any certificate stating diagnosis and date of onset). '
            'The cancellation invoice from the tour operator is already on file.\n\n'
            'Cancellation costs of EUR 1,284.00 are covered under your annual travel policy RV 3302-90017, less the '
            'EUR 100 deductible.\n\n'
            'Kind regards\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Joanna Fairbanks', 'jo.fairbanks@web.example')],
                      'Your cancellation claim RR-2026-30114', '2026-05-27 12:18',
                      T(body, 'utf-8', 'quoted-printable'))


@mail(66, 'NORMAL', 'de', 'internal',
      'trap: HR statistic XLSX of sickness absence rates per department (percentages, no names; small units merged)')
def m066():
    x = xlsx_bytes([('Krankenstand', [
        ['Krankenstand in % der Sollarbeitszeit, 1. Halbjahr 2026'],
        ['Bereich', 'Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Ø'],
        ['Leistung KV', 6.8, 7.9, 6.1, 5.2, 4.9, 4.4, 5.9],
        ['Leistung Leben/BU', 5.9, 6.4, 5.0, 4.8, 4.1, 3.9, 5.0],
        ['Kfz-Schaden', 7.4, 8.8, 6.9, 5.5, 5.0, 4.7, 6.4],
        ['Kundenservice', 9.1, 10.2, 8.0, 6.6, 6.2, 5.8, 7.7],
        ['IT', 3.8, 4.5, 3.2, 2.9, 2.7, 2.5, 3.3],
        ['übrige Bereiche (< 10 MA zusammengefasst)', 5.0, 5.9, 4.7, 4.1, 3.6, 3.5, 4.5],
    ])])
    body = ('Hallo zusammen,\n\nanbei die Krankenstandsstatistik für das erste Halbjahr zur Vorbereitung der '
            'Sitzung mit dem Betriebsrat. Die Grippewelle im Februar ist gut zu sehen.\n\nViele Grüße\nBirgit\n')
    return render_msg(who('schanze'), [('Bereichsleitungen', A_('bereichsleitungen'))],
                      'Krankenstand 1. HJ 2026', '2026-07-14 10:45',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Krankenstand_HJ1_2026.xlsx', x)))


@mail(67, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'hearing-aid approval DOCX (bilateral hearing loss H90.3, audiogram values, device prices) for a named insured')
def m067():
    doc = docx_bytes([
        ('h', 'Kostenzusage Hörgeräte'),
        'Versicherter: Herr Günter Lemke, geb. 08.08.1948, Versicherungsnummer KV 1104 2231',
        'Verordnung: HNO-Praxis Dr. Sarah Ebert, 12.08.2026 - beidseitige Schallempfindungsschwerhörigkeit (H90.3)',
        'Tonaudiogramm: Hörverlust rechts 55 dB, links 60 dB (Hauptsprachbereich)',
        ('table', [['Position', 'Preis', 'Erstattung'],
                   ['Hörsystem rechts (Akustiker Hörwelt Gohlis)', '2.390,00 €', '2.000,00 €'],
                   ['Hörsystem links', '2.390,00 €', '2.000,00 €'],
                   ['Anpassung und Nachsorge', '420,00 €', '420,00 €'],
                   ['Summe', '5.200,00 €', '4.420,00 €']]),
        'Tariflicher Höchstbetrag 2.000 € je Ohr alle 5 Jahre. Bitte reichen Sie nach der Anpassung die Rechnung ein.',
    ], title='Kostenzusage Hörgeräte Lemke')
    body = ('Sehr geehrter Herr Lemke,\n\nanbei unsere Kostenzusage für Ihre Hörgeräte.\n\n'
            'Mit freundlichen Grüßen\nTobias Fuchs\n' + sig('fuchs'))
    return render_msg(who('fuchs'), [('Günter Lemke', 'g.lemke48@t-home.example')],
                      'Ihre Anfrage vom 14.08.', '2026-08-20 13:13',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Kostenzusage.docx', doc)))


@mail(68, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'short glass-breakage reply: named customer, claim and policy number, payout; no attachment')
def m068():
    body = ('Hallo Frau Vieweg,\n\nkurze Rückmeldung zu Ihrem Glasschaden GL-2026-00981 (Ceranfeld, Hausrat HR 3390-70114): '
            'Wir übernehmen die Rechnung der Firma Elektro Seifert über 489,00 € komplett, das Geld ist unterwegs.\n\n'
            'Schönes Wochenende\nKatharina Vogt\n' + sig('vogt', short=True))
    return render_msg(who('vogt'), [('Sandra Vieweg', 'sandra.vieweg@mailbox.example')],
                      'AW: Ceranfeld gesprungen', '2026-10-09 15:52', T(body, 'utf-8', '8bit'),
                      irt='<b77e0c.vieweg@mailbox.example>', mailer='Microsoft Outlook 16.0')


@mail(69, 'NORMAL', 'en', 'internal',
      'trap: actuarial CSV with selection factors and mortality rates by age and smoker status; purely statistical')
def m069():
    rows = [['age', 'qx_male_ns', 'qx_male_s', 'qx_female_ns', 'qx_female_s']]
    base = [(30, 0.00051), (35, 0.00067), (40, 0.00098), (45, 0.00151), (50, 0.00243), (55, 0.00392), (60, 0.00631)]
    for a, q in base:
        rows.append([str(a), '%.5f' % q, '%.5f' % (q * 1.9), '%.5f' % (q * 0.62), '%.5f' % (q * 1.21)])
    body = ('Emily,\n\nthe smoker/non-smoker rates we derived from the 2020-2024 experience (select period 5 years) '
            'are attached as CSV. They replace the table in the underwriting manual from July.\n\nHenrik\n')
    return render_msg(who('paulsen'), [who('carter')], 'Mortality table S/NS 2026', '2026-05-15 09:50',
                      MIX(T(body, 'us-ascii', '7bit'), A('mortality_SNS_2026.csv', csv_bytes(rows, ','), charset='us-ascii', cte='7bit')))


@mail(70, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'request to a UK GP for medical records of a named patient for an income protection claim, with signed consent PDF')
def m070():
    pdf = pdf_bytes(LH('LV') + [
        '## Authority to release medical information',
        'I, Daniel Whitfield, born 30/06/1981, of 14 Harcourt Road, Bristol BS6 7RA (formerly Leipzig),',
        'authorise my doctors to disclose to Auenwald Lebensversicherung AG all information relevant to my',
        'claim BU-2026-00711, in particular regarding my chronic fatigue syndrome (G93.3) and my treatment',
        'at Northfield Hospital since October 2025.',
        '',
        'Signed: D. Whitfield            Date: 02/09/2026',
    ], title='Consent Whitfield')
    body = ('Dear Dr Patel,\n\nwe are assessing a disability income claim of your patient Mr Daniel Whitfield '
            '(DOB 30/06/1981). His signed authority is attached.\n\n'
            'Could you please send us copies of consultation notes since January 2025, specialist letters '
            '(especially the CFS clinic) and a current statement of his functional capacity? We will pay your '
            'standard fee for a report.\n\nPlease use our secure portal for the reply - not plain e-mail.\n\n'
            'Kind regards\nDr Ulrike Brandt\n' + sig('brandt'))
    return render_msg(who('brandt'), [('Dr. Ravi Patel', 'reception@redland-green-surgery.example')],
                      'Medical records request - Mr D. Whitfield', '2026-09-07 10:04',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Authority_Whitfield.pdf', pdf)))


@mail(71, 'CONFIDENTIAL', 'de', 'insurer-to-authority',
      'answer to a police inquiry on a bicycle theft claim (PDF): named customer, frame number, claim amount; no health')
def m071():
    pdf = pdf_bytes(LH('AV') + [
        'Polizeidirektion Leipzig, Polizeirevier Südost, KHK Tilo Wachsmuth', '',
        '## Ihre Anfrage vom 22.04.2026 - Vorgang 2026-041877 (Fahrraddiebstahl)',
        '',
        'Versicherungsnehmer: Herr Philipp Adler, Holbeinstraße 9, 04229 Leipzig',
        'Fahrradversicherung FR 2201-03310',
        'Gemeldeter Diebstahl: 28.03.2026, Fahrradkeller Holbeinstraße 9',
        'E-Bike „Stadtflitzer“ (Hersteller Elbrad), Rahmennummer WAW1234X5678, Kaufpreis 4.299 € (09/2024)',
        'Schadenmeldung bei uns: 29.03.2026; Entschädigung 3.440 € (Zeitwert) gezahlt am 16.04.2026.',
        '',
        'Sollte das Rad aufgefunden werden, bitten wir um Nachricht - die Eigentumsrechte sind auf uns übergegangen.',
    ], title='Auskunft 2026-041877')
    body = ('Sehr geehrter Herr Wachsmuth,\n\nanbei die erbetenen Angaben zum Diebstahl.\n\n'
            'Mit freundlichen Grüßen\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('KHK Tilo Wachsmuth', 'pr-suedost.ermittlungen@polizei-sachsen.example')],
                      'Vorgang 2026-041877', '2026-04-24 08:26',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Auskunft_2026-041877.pdf', pdf)))


@mail(72, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: order PDF for certified shredding of old medical files and claim records (volumes, security level); no content')
def m072():
    pdf = pdf_bytes([
        '# Bestellung 4500101733 - Aktenvernichtung',
        'Lieferant: Reißwolf Mitteldeutschland GmbH (Rahmenvertrag 2025-2027)',
        '',
        'Abholung: Archiv Haus C, Keller, ab 02.11.2026, Ansprechpartner Haustechnik',
        'Inhalt: Leistungsakten Krankenversicherung Jahrgänge 2010-2015 (Arztberichte, Rechnungen, Gutachten)',
        '        nach Ablauf der Aufbewahrungsfristen, ca. 310 Archivkartons',
        'Sicherheitsstufe: DIN 66399 P-5 / Schutzklasse 3 (besondere personenbezogene Daten)',
        'Verfahren: verplombte Behälter, GPS-getrackter Transport, Vernichtung binnen 48 h, Vernichtungsprotokoll',
        'Preis: 21,50 € je Behälter à 240 l, geschätzt 45 Behälter',
    ], title='Bestellung 4500101733')
    body = ('Sehr geehrter Herr Möbius,\n\nanbei unsere Bestellung für die Vernichtung der Altakten. Bitte bestätigen Sie '
            'den Abholtermin und schicken Sie uns vorher die Namen der Fahrer für die Zutrittsliste.\n\n'
            'Mit freundlichen Grüßen\nLars Oberländer\n' + sig('oberlaender'))
    return render_msg(who('oberlaender'), [('Heiko Möbius', 'dispo@reisswolf-md.example')],
                      'Bestellung 4500101733 Aktenvernichtung Archiv Haus C', '2026-10-20 14:11',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Bestellung_4500101733.pdf', pdf)),
                      cc=[who('holm')])


@mail(73, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'psychotherapy approval ODT (25 sessions behavioural therapy, anxiety disorder F41.1) for a named insured')
def m073():
    odt = odt_bytes([
        ('h', 'Kostenzusage ambulante Psychotherapie'),
        'Versicherte Person: Lea Sommerfeld, Versicherungsnummer KV 7781 0046-03',
        'Behandelnde: Dipl.-Psych. Kai Brunner, Psychologischer Psychotherapeut, Leipzig',
        'Bericht an den Gutachter vom 19.03.2026: generalisierte Angststörung (F41.1)',
        ('table', [['Leistung', 'Umfang', 'Zusage'],
                   ['Probatorische Sitzungen', '4 (bereits erfolgt)', '100 %'],
                   ['Verhaltenstherapie, Einzelbehandlung', '25 Sitzungen à 50 Min.', '80 % bis 2,3-facher Satz GOP'],
                   ['Verlängerung', 'nach erneutem Bericht', 'offen']]),
        'Die Zusage gilt für Behandlungen bis 31.03.2027.',
    ], title='Kostenzusage Psychotherapie')
    body = ('Liebe Frau Sommerfeld,\n\nwie telefonisch angekündigt anbei die Zusage. Herr Brunner erhält eine Kopie.\n\n'
            'Viele Grüße\nSabine Kröger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Lea Sommerfeld', 'lea.sommerfeld@posteo-mail.example')],
                      'Zusage', '2026-03-26 16:40',
                      MIX(T(body, flowed=True, cte='8bit'), A('Kostenzusage_KV7781-0046.odt', odt)),
                      mailer='Mozilla Thunderbird 128.6.0')


@mail(74, 'CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'grey: rent deposit guarantee certificate PDF (bilingual) with the named tenant\'s net income and landlord; non-personal line')
def m074():
    pdf = pdf_bytes(LH('AV') + [
        '# Mietkautionsbürgschaft / Rent deposit guarantee Nr. MK-2026-01873',
        '',
        'Mieter / Tenant: Dr. Arjun Mehta, geb./born 15.08.1990',
        'Vermieter / Landlord: Wohnbau Südvorstadt eG, Kochstraße 100, 04275 Leipzig',
        'Mietobjekt / Flat: Arndtstraße 44, 3. OG links',
        'Bürgschaftsbetrag / Amount guaranteed: 3 Nettokaltmieten = 2.340,00 €',
        '',
        'Bonitätsprüfung / Credit check: Nettoeinkommen / net monthly income 4.870 € (Arbeitsvertrag',
        'Leipziger Forschungsinstitut, befristet bis 2028), keine negativen Einträge.',
        'Jahresbeitrag / Annual fee: 117,00 €',
    ], title='MK-2026-01873')
    body = ('Sehr geehrter Herr Dr. Mehta,\n\n'
            'anbei Ihre Bürgschaftsurkunde. Bitte geben Sie das Original an die Wohnbau Südvorstadt weiter.\n\n'
            'Dear Dr Mehta, your rent deposit guarantee is attached (German/English). Please forward it to your '
            'landlord; the original has been posted to you as well.\n\n'
            'Mit freundlichen Grüßen / Kind regards\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Dr. Arjun Mehta', 'arjun.mehta@mail-online.example')],
                      'Mietkautionsbürgschaft / rent deposit guarantee MK-2026-01873', '2026-02-02 10:10',
                      MIX(T(body), A('Buergschaft_MK-2026-01873.pdf', pdf)))


@mail(75, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: press PDF "Gesundheitsreport" with the ten most frequent hospital diagnoses across all insureds; aggregate only')
def m075():
    pdf = pdf_bytes([
        '# Auenwald Gesundheitsreport 2026 - Pressemappe',
        '',
        '## Die zehn häufigsten Hauptdiagnosen bei Krankenhausaufenthalten unserer Versicherten (2025)',
        '1. Herzinsuffizienz (I50) - 2.140 Fälle',
        '2. Vorhofflimmern (I48) - 1.980',
        '3. Gonarthrose (M17) - 1.755',
        '4. Koxarthrose (M16) - 1.402',
        '5. Chronische ischämische Herzkrankheit (I25) - 1.360',
        '6. Depressive Episode (F32) - 1.104',
        '7. Pneumonie (J18) - 1.087',
        '8. Bandscheibenschäden (M51) - 922',
        '9. Brustkrebs (C50) - 871',
        '10. Alkoholbedingte Störungen (F10) - 640',
        '',
        'Basis: 412.000 Vollversicherte, anonymisierte Abrechnungsdaten.',
    ], title='Gesundheitsreport 2026')
    body = ('Liebe Frau Pfeifer,\n\nwie besprochen vorab die Pressemappe zum Gesundheitsreport 2026 für Ihren Beitrag. '
            'Sperrfrist: Dienstag, 10 Uhr. Für ein Interview steht Dr. Brandt am Nachmittag zur Verfügung.\n\n'
            'Herzliche Grüße\nNils Baumgart\n' + sig('baumgart'))
    return render_msg(who('baumgart'), [('Katrin Pfeifer', 'redaktion.gesundheit@mitteldeutsche-zeitung.example')],
                      'Sperrfrist Di 10 Uhr: Gesundheitsreport 2026', '2026-11-02 16:20',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Pressemappe_Gesundheitsreport_2026.pdf', pdf)))

@mail(76, 'STRICTLY_CONFIDENTIAL', 'de', 'doctor',
      'internal forward of a private doctor\'s invoice PDF (named patient, GOÄ positions, diagnoses) for a billing check')
def m076():
    pdf = pdf_bytes([
        '# Privatpraxis Dr. med. Holger Brettschneider · Innere Medizin · Gastroenterologie',
        'Karl-Tauchnitz-Straße 11 · 04107 Leipzig', '',
        'Rechnung Nr. 26-1188 vom 18.05.2026',
        'Patientin: Frau Petra Lindemann, geb. 03.03.1963',
        'Diagnosen: Colitis ulcerosa (K51.0), Eisenmangelanämie (D50.9)',
        '',
        'Datum       GOÄ    Leistung                                   Faktor   Betrag',
        '05.05.2026  1      Beratung                                     3,5     16,32 €',
        '05.05.2026  687    Hohe Koloskopie                              3,5    306,02 €',
        '05.05.2026  2401   Probeexzision                                2,3     17,43 €',
        '05.05.2026  250    Blutentnahme                                 1,8      4,20 €',
        '05.05.2026  3550   Blutbild                                     1,15     4,02 €',
        '                                                               Summe 347,99 €',
    ], title='Rechnung 26-1188')
    body = ('Hi Tobias,\n\nkannst du mal auf die Rechnung schauen? Faktor 3,5 bei der Koloskopie ohne Begründung - '
            'die Kundin hat schon angerufen und will wissen, warum wir nur 2,3 erstatten. KV 4402 1719.\n\n'
            'Danke\nSabine\n')
    return render_msg(who('kroeger'), [who('fuchs')], 'Faktor 3,5 ohne Begründung?', '2026-05-29 11:47',
                      MIX(T(body, cte='8bit'), A('Rechnung_26-1188_Brettschneider.pdf', pdf)))


@mail(77, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'personal liability settlement XLSX: named policyholder\'s child broke a neighbour\'s window, payments; no injury')
def m077():
    x = xlsx_bytes([('Regulierung', [
        ['Privathaftpflicht PH 4410-52980 - Schaden PH-2026-011402'],
        ['Versicherungsnehmer', 'Stefan Haubold', 'mitversichert', 'Sohn Finn (9 J.)'],
        ['Geschädigte', 'Familie Klemm, Nachbargrundstück Am Anger 5'],
        ['Schadentag', '2026-06-14', 'Hergang', 'Fußball gegen Wintergartenscheibe, niemand verletzt'],
        [],
        ['Position', 'Betrag €', 'Zahlung an'],
        ['Isolierglasscheibe inkl. Montage (Glaserei Hentschel)', 1186.4, 'Glaserei direkt'],
        ['Reinigung Glassplitter', 95.0, 'Familie Klemm'],
        ['Summe', 1281.4, ''],
    ])])
    body = ('Sehr geehrter Herr Haubold,\n\nder Schaden am Wintergarten Ihrer Nachbarn ist erledigt, die Aufstellung hängt an. '
            'Ihr Vertrag wird dadurch nicht teurer.\n\nMit freundlichen Grüßen\nFrank Reuter\n' + sig('reuter'))
    return render_msg(who('reuter'), [('Stefan Haubold', 'haubold.stefan@web.example')],
                      'Schaden PH-2026-011402 erledigt', '2026-07-08 09:30',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Regulierung_PH-2026-011402.xlsx', x)))


@mail(78, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: meeting invitation ICS with the reinsurer to review medical underwriting guidelines (BMI, diabetes, cancer history)')
def m078():
    ics = ics_bytes([('d147-0078-uwreview@' + INS, '20261112T100000', '20261112T123000',
                      'Medical underwriting guidelines review 2027', 'Microsoft Teams',
                      'Agenda: 1) BMI loadings above 35\n2) type 2 diabetes - HbA1c bands\n'
                      '3) cancer history: waiting periods after remission\n4) mental health questions - wording\n'
                      'No case files - guideline level only.')],
                     organizer=('Emily Carter', A_('emily.carter')))
    body = ('Dear Chiamaka, dear Dr Sato,\n\nplease find the invitation for our annual guideline review attached. '
            'The draft guideline (v2027-01) will follow next week.\n\nBest regards\nEmily\n' + sig('carter'))
    return render_msg(who('carter'), [('Chiamaka Okafor', 'c.okafor@northgate-re.example'),
                                      ('Dr. Kenji Sato', 'k.sato@northgate-re.example')],
                      'Invitation: Medical underwriting guidelines review 2027', '2026-10-15 11:00',
                      MIX(T(body, 'us-ascii', '7bit'), A('invite.ics', ics, ctype='text/calendar', charset='utf-8', extra=[('method', 'REQUEST')])))


@mail(79, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'critical illness payout letter PDF: breast cancer diagnosis (C50.4) of the named insured, lump sum')
def m079():
    pdf = pdf_bytes(LH('LV') + [
        'Mrs Helen Carmichael', 'Brandvorwerkstraße 52', '04275 Leipzig', '',
        '## Critical illness claim DD-2026-0093 - payment',
        'Policy: Dread Disease Protect DD 4410-0288, sum insured EUR 80,000',
        '',
        'Condition claimed: malignant neoplasm of the breast, upper outer quadrant (C50.4), first diagnosed',
        'by histology on 03.08.2026 (Brustzentrum Leipzig-West, report of Dr. Ines Wolter).',
        'The condition meets the policy definition "cancer" (clause 3.1 a). Waiting period fulfilled.',
        '',
        'Lump sum paid: EUR 80,000.00 on 01.09.2026. The policy ends with this payment.',
    ], title='DD-2026-0093')
    body = ('Dear Mrs Carmichael,\n\nI hope this reaches you at a calm moment. We have accepted your claim and paid '
            'the full amount; the letter is attached. Please call me if you have any questions at all.\n\n'
            'With best wishes\nPetra Nowak\n' + sig('nowak'))
    return render_msg(who('nowak'), [('Helen Carmichael', 'helen.carmichael@posteo-mail.example')],
                      'Your claim DD-2026-0093', '2026-09-01 14:55',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('DD-2026-0093_payment.pdf', pdf)))


@mail(80, 'CONFIDENTIAL', 'en', 'insurer-to-company',
      'cargo claim ZIP to the insured company: survey PDF with named contact, CSV of damaged goods and amounts; no health')
def m080():
    pdf = pdf_bytes([
        '# Survey report SR-26-1187 - water damage to cargo',
        'Insured: Lindholm Coffee Traders GmbH, contact Mr Jesper Lindholm (managing director, mobile 0172 5550 9911)',
        'Open cover TR-OC-2021-044, consignment 320 bags green coffee, Santos - Hamburg - Leipzig',
        'Container MSKU 7712093, discharged Hamburg 04.03.2026',
        '',
        'Findings: 46 bags wet and mouldy (container roof hole), condensation marks on 12 further bags.',
        'Recommendation: 46 bags total loss, 12 bags sold as salvage at 40 % of value.',
    ], title='SR-26-1187')
    rows = [['lot', 'bags', 'condition', 'invoice_value_eur', 'salvage_eur', 'claim_eur'],
            ['A', '46', 'total loss', '18216.00', '0.00', '18216.00'],
            ['B', '12', 'salvage sale', '4752.00', '1900.80', '2851.20'],
            ['', '', 'survey fee', '', '', '1150.00'],
            ['', '', 'total', '', '', '22217.20']]
    z = zip_bytes([('SR-26-1187_survey.pdf', pdf), ('SR-26-1187_claim.csv', csv_bytes(rows, ','))])
    body = ('Dear Mr Lindholm,\n\nthe surveyor\'s report and our claim calculation are in the zip. Unless you have '
            'objections we will pay EUR 22,217.20 to your company account next week.\n\nKind regards\n'
            'Frank Reuter\n' + sig('reuter'))
    return render_msg(who('reuter'), [('Jesper Lindholm', 'jesper@lindholm-coffee.example')],
                      'Cargo claim TR-2026-0412 - survey and calculation', '2026-03-20 16:28',
                      MIX(T(body, 'us-ascii', '7bit'), A('TR-2026-0412.zip', z)))


@mail(81, 'NORMAL', 'de', 'internal',
      'trap: ZIP of blank forms for the intranet (accident report, confidentiality release, SEPA mandate) with empty fields only')
def m081():
    f1 = pdf_bytes(['# Unfallanzeige (Formular UV-300)', 'Name: ____________  geb.: ________', 'Unfalltag: ______',
                    'Verletzungen / Diagnose: ________________________', 'Behandelnder Arzt: ______________'],
                   title='UV-300 blanko')
    f2 = docx_bytes([('h', 'Schweigepflichtentbindungserklärung (Muster)'),
                     'Ich, [Vorname Name], geb. [Datum], entbinde die mich behandelnden Ärzte …',
                     'Ort, Datum ____________   Unterschrift ____________'], title='Schweigepflichtentbindung Muster')
    f3 = odt_bytes([('h', 'SEPA-Lastschriftmandat (Formular)'), 'Kontoinhaber: ______________',
                    'IBAN: DE__ ____ ____ ____ ____ __', 'BIC: ___________'], title='SEPA Formular')
    z = zip_bytes([('Formulare_2026/UV-300_Unfallanzeige.pdf', f1),
                   ('Formulare_2026/AL-009_Schweigepflichtentbindung.docx', f2),
                   ('Formulare_2026/SEPA_Mandat.odt', f3)])
    body = ('Hallo Moritz,\n\nhier die neuen Formulare (alle blanko) zum Hochladen ins Intranet, '
            'Rubrik „Formulare Kundenservice“. Die alten Versionen von 2023 bitte löschen.\n\nDanke!\nDerya\n')
    return render_msg(who('saglam'), [who('engel')], 'Formulare fürs Intranet', '2026-01-19 14:02',
                      MIX(T(body), A('Formulare_2026.zip', z)))


@mail(82, 'NORMAL', 'de', 'internal',
      'trap: process description DOCX on pension reporting (Rentenbezugsmitteilung) deadlines and fields; no individual')
def m082():
    doc = docx_bytes([
        ('h', 'Arbeitsanweisung Rentenbezugsmitteilungen 2026 (§ 22a EStG)'),
        'Geltungsbereich: Leistungsservice Leben, private Rentenversicherungen und bAV-Renten.',
        ('b', 'Fristen'),
        'Meldung an die zentrale Stelle bis 28.02. des Folgejahres; Korrekturen laufend.',
        ('b', 'Inhalt je Leistungsempfänger'),
        ('table', [['Feld', 'Quelle'],
                   ['Identifikationsnummer', 'Stammdaten / BZSt-Abfrage'],
                   ['Leistungsbetrag, Beginn, Ende', 'Rentenbestand'],
                   ['Besteuerungsart (Ertragsanteil / § 22 Nr. 5)', 'Produktschlüssel']]),
        ('b', 'Ablauf bei Rückmeldungen'),
        'Fehlerprotokolle der zentralen Stelle werden täglich eingelesen; die Bearbeitung erfolgt im Workflow „RBM-Fehler“.',
    ], title='AA Rentenbezugsmitteilungen 2026')
    body = ('Liebe Petra,\n\ndie aktualisierte Arbeitsanweisung liegt bei. Neu ist Abschnitt 3 zu den Fehlerprotokollen. '
            'Bitte im Team besprechen.\n\nGruß Gregor\n')
    return render_msg(who('stein'), [who('nowak')], 'AA Rentenbezugsmitteilungen 2026', '2026-01-13 08:45',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('AA_RBM_2026.docx', doc)))


@mail(83, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor premium change PDF: young named co-driver with birth date added, no-claims class, new premium')
def m083():
    pdf = pdf_bytes(LH('AV') + [
        'Frau Kerstin Neubert', 'Am Sportforum 2', '04105 Leipzig', '',
        '## Nachtrag zum Versicherungsschein KF 6630-62278',
        'Fahrzeug: Opel Corsa F, L-KN 355',
        'Änderung ab 01.09.2026: zusätzlicher Fahrer Jannik Neubert, geb. 17.08.2008 (Führerschein seit 08/2026)',
        '',
        'Haftpflicht SF 12 (35 %)   bisher 312,40 €   neu 489,70 €',
        'Teilkasko (SB 150 €)       bisher  98,10 €   neu 142,60 €',
        'Zuschlag Fahrer unter 23 Jahren ist berücksichtigt.',
    ], title='Nachtrag KF 6630-62278')
    body = ('Sehr geehrte Frau Neubert,\n\nIhr Sohn ist ab 1. September mitversichert; den Nachtrag finden Sie im Anhang.\n\n'
            'Gute Fahrt!\nDerya Sağlam\nKundenservice\n')
    return render_msg(who('saglam'), [('Kerstin Neubert', 'kerstin.neubert@freenet-mail.example')],
                      'Nachtrag zu Ihrer Kfz-Versicherung', '2026-08-25 10:50',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Nachtrag_KF6630-62278.pdf', pdf)))


@mail(84, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: aggregated claims statistic CSV for the insurers\' association (counts and amounts per line and region)')
def m084():
    rows = [['Jahr', 'Sparte', 'Bundesland', 'Schadenanzahl', 'Schadenaufwand_TEUR'],
            ['2025', 'Wohngebaeude', 'Sachsen', '18422', '61210'],
            ['2025', 'Wohngebaeude', 'Sachsen-Anhalt', '7730', '22014'],
            ['2025', 'Hausrat', 'Sachsen', '9011', '11876'],
            ['2025', 'Kfz-Haftpflicht', 'Sachsen', '21870', '98440'],
            ['2025', 'Unfall', 'gesamt', '6120', '41233'],
            ['2025', 'Krankheitskosten', 'gesamt', 'n.a.', '1210400']]
    body = ('Sehr geehrte Damen und Herren,\n\nanbei die Jahresmeldung 2025 zur Verbandsstatistik im vereinbarten '
            'CSV-Format.\n\nMit freundlichen Grüßen\nHenrik Paulsen\n' + sig('paulsen'))
    return render_msg(who('paulsen'), [('Statistik', 'statistik@versichererverband.example')],
                      'Jahresmeldung 2025 - Auenwald', '2026-04-15 13:37',
                      MIX(T(body, 'windows-1252', '8bit'), A('Meldung_2025_Auenwald.csv', csv_bytes(rows), charset='us-ascii', cte='base64')))


@mail(85, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'policy loan repayment plan XLSX on a named customer\'s life insurance (loan amount, interest, surrender value)')
def m085():
    rows = [['Policendarlehen zur Rentenversicherung LV 1188-20041 - Darlehensnehmer: Herr Bernd Ullrich, geb. 14.05.1962'],
            ['Darlehensbetrag', 12000, 'Zinssatz p.a.', '4,25 %', 'Auszahlung', '2026-04-01'],
            ['Rückkaufswert zum 31.03.2026', 31480.55],
            [],
            ['Quartal', 'Rate €', 'Zins €', 'Tilgung €', 'Restschuld €']]
    rest = 12000.0
    for i, q in enumerate(['Q2/2026', 'Q3/2026', 'Q4/2026', 'Q1/2027', 'Q2/2027', 'Q3/2027']):
        z = round(rest * 0.0425 / 4, 2)
        t = round(1000 - z, 2)
        rest = round(rest - t, 2)
        rows.append([q, 1000.0, z, t, rest])
    x = xlsx_bytes([('Tilgungsplan', rows)])
    body = ('Sehr geehrter Herr Ullrich,\n\ndas Darlehen ist ausgezahlt, den Tilgungsplan für die ersten sechs Quartale '
            'habe ich Ihnen angehängt.\n\nMit freundlichen Grüßen\nPetra Nowak\n' + sig('nowak'))
    return render_msg(who('nowak'), [('Bernd Ullrich', 'bernd.ullrich@t-home.example')],
                      'Tilgungsplan', '2026-04-02 12:06',
                      MIX(T(body, 'iso-8859-1', '8bit'), A('Tilgungsplan_LV1188-20041.xlsx', x)))


@mail(86, 'CONFIDENTIAL', 'de', 'internal',
      'internal CSV of overdue property/motor premiums: named customers, IBANs, amounts, reminder stage')
def m086():
    rows = [['Vertrag', 'Sparte', 'Kunde', 'IBAN', 'offen_EUR', 'Mahnstufe', 'Ruecklastschrift']]
    data = [('KF 6630-50377', 'Kfz', 'Enrico Schubert', iban_de('82051000', '0163771402'), '401,60', '2', 'ja'),
            ('HR 3390-22901', 'Hausrat', 'Mandy Fleischer', iban_de('86050200', '1100223344'), '58,20', '1', 'nein'),
            ('WG 7710-41280', 'Wohngebaeude', 'Gunnar Steinbach', iban_de('85050300', '3120045678'), '1.204,55', '2', 'ja'),
            ('PH 4410-61033', 'Haftpflicht', 'Aleksandra Nowicka', iban_de('12030000', '1077889900'), '71,40', '1', 'nein')]
    for r in data:
        rows.append(list(r))
    body = ('Hallo Team,\n\ndie Liste für die Mahnläufe KW 8 - bitte die Fälle mit Rücklastschrift vorrangig telefonisch '
            'klären, bevor die qualifizierte Mahnung rausgeht.\n\nGregor\n')
    return render_msg(who('stein'), [('Team Inkasso', A_('team.inkasso'))], 'Mahnlauf KW 8', '2026-02-16 07:30',
                      MIX(T(body, 'us-ascii', '7bit'), A('Mahnlauf_KW08.csv', csv_bytes(rows, ';', 'windows-1252', bom=False),
                                                         charset='windows-1252', cte='quoted-printable')))


@mail(87, 'NORMAL', 'mixed', 'internal',
      'trap: SecureMail rollout status XLSX (portal, certificates, TLS partner domains) with German/English comments')
def m087():
    x = xlsx_bytes([('Status', [
        ['Workstream', 'Owner', 'Status', 'Kommentar / comment'],
        ['S/MIME certificates for claims staff', 'IT Security', 'green', '412 von 430 ausgerollt'],
        ['Domain certificates with 6 hospital groups', 'Moritz Engel', 'amber', 'two partners still on expired cert'],
        ['Portal registration flow (OTP + link)', 'Portal team', 'green', 'live since 01.04.'],
        ['Enforced TLS partner list', 'Mail ops', 'green', '57 broker domains'],
        ['Consent records for TLS-only delivery of health data', 'Datenschutz', 'red', 'Einwilligungstext noch nicht freigegeben'],
    ])])
    body = ('Hi all / Hallo zusammen,\n\nstatus sheet for Monday\'s steering committee attached. Kritisch ist nur der '
            'Einwilligungstext - Annika, kannst du bis Freitag ein Update geben?\n\nMoritz\n')
    return render_msg(who('engel'), [who('holm'), who('lindqvist'), who('kroeger')], 'SecureMail rollout - Status KW 24',
                      '2026-06-12 17:15', MIX(T(body), A('SecureMail_rollout_status_KW24.xlsx', x)))


@mail(88, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'bilingual travel health claim PDF: named student\'s emergency visit in Canada (concussion S06.0), invoices reimbursed')
def m088():
    pdf = pdf_bytes(LH('KV') + [
        '## Abrechnung Auslandsreise-Krankenversicherung / Travel health claim AR-2026-22019',
        'Versicherte Person / insured: Mia Kästner, geb./born 12.02.2004 (Auslandssemester Montreal)',
        '',
        '14.01.2026  Hôpital Mont-Royal Est, Emergency - fall on ice, concussion (S06.0), CT head   CAD 1,840.00',
        '15.01.2026  Clinique Sherbrooke, follow-up                                           CAD   210.00',
        '20.01.2026  Pharmacie Lavoie, analgesics                                             CAD    34.50',
        'Erstattet / reimbursed: 1.398,72 € (Kurs 1,4915)',
    ], title='AR-2026-22019')
    body = ('Sehr geehrte Frau Kästner, dear Mia,\n\nwie gewünscht zweisprachig: die Abrechnung Ihrer Arztrechnungen aus '
            'Montreal hängt an. The invoices have been reimbursed in full to your German account.\n\n'
            'Gute Besserung und viele Grüße / best wishes\nSabine Kröger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Mia Kästner', 'mia.kaestner@studmail.example')],
                      'Abrechnung / claim AR-2026-22019', '2026-02-06 15:44',
                      MIX(T(body, 'utf-8', 'base64'), A('AR-2026-22019.pdf', pdf)))


@mail(89, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'yacht insurance certificate PDF: named owner, vessel, mooring, sum insured, policy number')
def m089():
    pdf = pdf_bytes(LH('AV') + [
        '# Certificate of Insurance - Pleasure Craft',
        'Policy YA 3301-00412   Period 01.04.2026 - 31.03.2027',
        'Owner and insured: Mr Lars-Erik Thomsen, Hafenstraße 12, 17438 Wolgast',
        'Vessel: "Norderlicht", Nordic-type sloop, 10.4 m, built 2008, hull no. SE-HR-10408',
        'Cruising area: Baltic Sea and adjoining waters; mooring winter storage Wolgast marina',
        'Hull sum insured EUR 118,000; third-party liability EUR 10,000,000; deductible EUR 500',
        'Skipper: owner and holders of SKS or equivalent licence',
    ], title='Certificate YA 3301-00412')
    body = ('Dear Mr Thomsen,\n\nthe English certificate for the marina in Denmark is attached. Fair winds!\n\n'
            'Kind regards\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Lars-Erik Thomsen', 'le.thomsen@seapost.example')],
                      'Certificate of insurance - Norderlicht', '2026-04-03 12:00',
                      MIX(T(body, 'us-ascii', '7bit'), A('Certificate_YA3301-00412.pdf', pdf)))


@mail(90, 'NORMAL', 'de', 'internal',
      'grey: office move plan ODS naming colleagues with room numbers and phone extensions; organisational only')
def m090():
    ods = ods_bytes([('Umzug Haus B', [
        ['Umzugsplan Leistung KV nach Haus B, 2. OG - Umzug am 27./28.11.2026'],
        ['Name', 'bisher', 'neu', 'Durchwahl', 'Kisten'],
        ['Sabine Kröger', 'A 1.12', 'B 2.04', 3120, 8],
        ['Tobias Fuchs', 'A 1.14', 'B 2.05', 3170, 6],
        ['Yvonne Petersen', 'A 1.16', 'B 2.07', 3390, 10],
        ['Team Posteingang', 'A 0.03', 'B 2.10 (Großraum)', 3100, 25],
    ])])
    body = ('Hallo zusammen,\n\nanbei der Umzugsplan. Kisten gibt es ab 20.11. im Lager, bitte mit Raumnummer beschriften. '
            'Telefone nehmen die Durchwahl mit.\n\nViele Grüße\nLars\n')
    return render_msg(who('oberlaender'), [('Team Leistung KV', A_('team.leistung-kv'))], 'Umzug Haus B - Plan',
                      '2026-11-10 10:10', MIX(T(body, cte='quoted-printable'), A('Umzugsplan_HausB.ods', ods)))


@mail(91, 'NORMAL', 'de', 'insurer-to-company',
      'trap: product leaflet PDF on group accident insurance with example benefits and accident statistics; no employee named')
def m091():
    pdf = pdf_bytes(LH('AV') + [
        '# Gruppenunfallversicherung für Unternehmen',
        '',
        'Schutz rund um die Uhr - auch in der Freizeit, wo die gesetzliche Unfallversicherung nicht leistet.',
        '',
        '## Beispielleistungen (Variante Plus, je Mitarbeitende/r)',
        'Invalidität 100.000 € mit Progression 350 %  ·  Unfalltod 20.000 €  ·  Krankenhaustagegeld 30 €',
        'Bergungskosten 25.000 €  ·  kosmetische Operationen 10.000 €',
        '',
        '## Wussten Sie schon?',
        'Rund 70 % aller Unfälle passieren in der Freizeit, am häufigsten im Haushalt und beim Sport.',
        'Die häufigsten Verletzungen: Knochenbrüche an Arm und Bein, Bänderrisse, Kopfverletzungen.',
        '',
        'Beitrag ab 9,80 € monatlich je Person (Gefahrengruppe A, ab 10 Personen).',
    ], title='Gruppenunfall Produktinfo')
    body = ('Sehr geehrter Herr Kießling,\n\nvielen Dank für das nette Gespräch auf der Messe. Wie versprochen unsere '
            'Produktinformation zur Gruppenunfallversicherung. Für ein Angebot benötige ich nur die Anzahl der '
            'Beschäftigten je Gefahrengruppe - keine Namen.\n\nMit freundlichen Grüßen\nJulia Hartmann\n' + sig('hartmann'))
    return render_msg(who('hartmann'), [('Matthias Kießling', 'm.kiessling@holzbau-kiessling.example')],
                      'Gruppenunfallversicherung - Informationen', '2026-09-28 09:12',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Produktinfo_Gruppenunfall.pdf', pdf)))


@mail(92, 'NORMAL', 'en', 'internal',
      'grey: synthetic test-data CSV (marked fictitious: Max Mustermann etc., checksum-valid test IBANs, ICD codes) for system tests')
def m092():
    rows = [['# SYNTHETIC TEST DATA - all persons fictitious - generated for regression suite CLM-2026.3'],
            ['test_id', 'first_name', 'last_name', 'birth_date', 'iban', 'icd10', 'amount_eur'],
            ['T001', 'Max', 'Mustermann', '1970-01-01', iban_de('99999999', '0000000001').replace(' ', ''), 'J06.9', '85.40'],
            ['T002', 'Erika', 'Musterfrau', '1985-05-05', iban_de('99999999', '0000000002').replace(' ', ''), 'M54.5', '312.00'],
            ['T003', 'Test', 'Person-Drei', '2000-12-31', iban_de('99999999', '0000000003').replace(' ', ''), 'Z00.0', '0.00'],
            ['T004', 'John', 'Doe', '1960-06-15', iban_de('99999999', '0000000004').replace(' ', ''), 'I10.90', '1410.75']]
    body = ('Hi Moritz,\n\nhere is the synthetic dataset for the CLM-2026.3 regression run. All records are made up '
            '(bank code 99999999 does not exist). Please load it into the TEST tenant only.\n\nThomas\n')
    return render_msg(who('lindqvist'), [who('engel')], 'Synthetic test data CLM-2026.3', '2026-03-02 16:00',
                      MIX(T(body, 'us-ascii', '7bit'), A('synthetic_claims_CLM-2026.3.csv', csv_bytes(rows, ','), charset='utf-8')))


@mail(93, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'annual premium invoice DOCX for household and liability: named customer, address, contracts, bank account')
def m093():
    ib = iban_de('86050200', '1077552233')
    doc = docx_bytes([
        ('h', 'Jahresbeitragsrechnung 2026'),
        'Frau Annegret Voigtländer, Ringstraße 7, 04416 Markkleeberg',
        ('table', [['Vertrag', 'Sparte', 'Zeitraum', 'Beitrag'],
                   ['HR 3390-18820', 'Hausrat (Versicherungssumme 65.000 €)', '01.05.2026-01.05.2027', '148,32 €'],
                   ['PH 4410-12093', 'Privathaftpflicht Single', '01.05.2026-01.05.2027', '64,90 €'],
                   ['', 'Summe', '', '213,22 €']]),
        'Abbuchung am 01.05.2026 von Ihrem Konto ' + ib + '.',
    ], title='Jahresbeitragsrechnung 2026')
    body = ('Sehr geehrte Frau Voigtländer,\n\nanbei Ihre Jahresrechnung als Word-Dokument, wie Sie es wollten.\n\n'
            'Freundliche Grüße\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Annegret Voigtländer', 'a.voigtlaender@online.example')],
                      'Ihre Jahresrechnung', '2026-04-16 15:30',
                      MIX(T(body, cte='quoted-printable'), A('Jahresbeitragsrechnung_2026.docx', doc)))


@mail(94, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'internal audit XLSX of high-cost health claims with member names, diagnoses and amounts')
def m094():
    x = xlsx_bytes([('High-cost cases', [
        ['International Health Plan - cases above EUR 50,000 in H1 2026 (for audit)'],
        ['Member', 'Member no.', 'Country', 'Diagnosis', 'Paid EUR', 'Case manager'],
        ['Oliver Brandstetter', 'IHP-220-58817', 'Thailand', 'K35.8 appendicitis with complications', 52110.4, 'F. Gallagher'],
        ['Ana Ribeiro', 'IHP-220-60230', 'UAE', 'C91.0 acute lymphoblastic leukaemia', 318400.0, 'F. Gallagher'],
        ['Hiroshi Tanaka', 'IHP-220-49981', 'Singapore', 'I21.4 NSTEMI, CABG', 96230.75, 'T. Lindqvist'],
        ['Grace Mwangi', 'IHP-220-61877', 'Kenya', 'O14.1 severe pre-eclampsia, NICU newborn', 71450.0, 'F. Gallagher'],
    ])])
    body = ('Thomas,\n\nfor the internal audit (sample for large-loss handling) - the four H1 cases above 50k. '
            'Please do not forward outside the audit team; it has diagnoses in it.\n\nFiona\n')
    return render_msg(who('gallagher'), [who('lindqvist')], 'Audit sample - high-cost cases H1', '2026-07-20 11:31',
                      MIX(T(body, 'us-ascii', '7bit'), A('IHP_high_cost_H1_2026.xlsx', x)))


@mail(95, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: reply to a hardware supplier\'s quote PDF for document scanners in the medical-claims mailroom; no person data')
def m095():
    pdf = pdf_bytes([
        '# Quotation Q-26-3371',
        'Imaging Systems Europe Ltd - for Auenwald Versicherungsgruppe, mailroom medical claims',
        '',
        '4 x Production scanner DS-9000, 140 ppm, duplex, ultrasonic double-feed detection   EUR 9,850.00 each',
        '4 x Imprinter unit                                                                   EUR   420.00 each',
        'On-site installation and training (2 days)                                          EUR 2,400.00',
        '5-year maintenance, next-business-day                                                EUR 6,200.00',
        'Total net EUR 49,480.00   Validity 60 days',
    ], title='Q-26-3371')
    body = ('Dear Ms Fraser,\n\nthank you for the quotation (attached for reference). Before we decide we need the '
            'data sheet for the ultrasonic feed detection and confirmation that no scan data is stored on the '
            'devices after processing.\n\nBest regards\nLars Oberlaender\n' + sig('oberlaender'))
    return render_msg(who('oberlaender'), [('Morag Fraser', 'm.fraser@imaging-systems-europe.example')],
                      'RE: Quotation Q-26-3371', '2026-08-12 14:20',
                      MIX(T(body, 'us-ascii', '7bit'), A('Q-26-3371.pdf', pdf)), irt='<q263371.fraser@imaging-systems-europe.example>')


@mail(96, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'buildings policy document PDF sent to the broker: named policyholders, insured address, sums, premium')
def m096():
    pdf = pdf_bytes(LH('AV') + [
        '# Versicherungsschein Wohngebäudeversicherung WG 7710-51774',
        'Versicherungsnehmer: Sven und Nicole Rathmann, Am Wiesengrund 21, 04683 Naunhof',
        'Vermittler: Finanzkontor Elbe, VM-40233',
        'Versicherungsort: Am Wiesengrund 21, Einfamilienhaus, Baujahr 2014, 142 m²',
        'Gefahren: Feuer, Leitungswasser, Sturm/Hagel, weitere Elementargefahren (ZÜRS 1)',
        'Versicherungssumme Wert 1914: 27.300 Mark',
        'Beginn: 01.06.2026   Jahresbeitrag: 876,40 € inkl. VersSt   Zahlweise: jährlich',
    ], title='Police WG 7710-51774')
    body = ('Hallo Frau Wagner,\n\ndie Police für Familie Rathmann ist erstellt, Kopie für Ihre Akte anbei. '
            'Der Kunde bekommt das Original per Post.\n\nBeste Grüße\nMehmet Aydın\n' + sig('aydin'))
    return render_msg(who('aydin'), [('Susanne Wagner', 's.wagner@finanzkontor-elbe.example')],
                      'Police WG 7710-51774 Rathmann', '2026-05-26 13:48',
                      MIX(T(body, cte='8bit'), A('Police_WG7710-51774.pdf', pdf)))


@mail(97, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'pharmacy reimbursement CSV (PZN, drug names: insulin, antidepressant) for a named insured; body says only "Übersicht"')
def m097():
    rows = [['Datum', 'Apotheke', 'PZN', 'Arzneimittel', 'Menge', 'Betrag_EUR', 'erstattet_EUR'],
            ['2026-09-02', 'Löwen-Apotheke Connewitz', '04567891', 'Insulin glargin 100 E/ml Pen', '10 St.', '142,18', '142,18'],
            ['2026-09-02', 'Löwen-Apotheke Connewitz', '08812345', 'Sertralin 50 mg', '100 St.', '28,41', '28,41'],
            ['2026-09-20', 'Löwen-Apotheke Connewitz', '01122334', 'Blutzucker-Teststreifen', '100 St.', '39,95', '39,95'],
            ['2026-09-20', 'Apotheke am Südplatz', '05566778', 'Vitamin D 1000 (OTC)', '90 St.', '9,95', '0,00']]
    body = ('Sehr geehrter Herr Wiegand,\n\nanbei die Übersicht zu den eingereichten Apothekenbelegen (Versicherungsnummer '
            'KV 3381 9920). Das OTC-Präparat ist nicht erstattungsfähig.\n\nMit freundlichen Grüßen\nSabine Kröger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Frank Wiegand', 'frank.wiegand@mailbox.example')],
                      'Übersicht Apothekenbelege September', '2026-10-02 10:00',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Apothekenbelege_2026-09.csv', csv_bytes(rows, ';', 'utf-8', bom=True), charset='utf-8')))


@mail(98, 'NORMAL', 'de', 'newsletter',
      'trap: HTML-only broker newsletter with a PDF on the care reform (care grades, amounts, example calculation); no person')
def m098():
    pdf = pdf_bytes([
        '# Pflegereform 2026 - Überblick für Vermittler',
        'Pflegegeld ab 01.01.2026: PG 2 347 €, PG 3 599 €, PG 4 800 €, PG 5 990 €',
        'Eigenanteil stationär: Leistungszuschlag 15 % / 30 % / 50 % / 75 % nach Verweildauer',
        'Versorgungslücke Beispiel PG 4 stationär: Heimkosten 4.300 € - Leistung 1.855 € = Lücke 2.445 € mtl.',
        'Argumentation Pflegetagegeld: Absicherung der Lücke ab 35 € Monatsbeitrag (Eintrittsalter 45).',
    ], title='Pflegereform 2026')
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Verdana">'
            '<h1 style="color:#1b5e20">Makler-Newsletter 11/2026</h1>'
            '<h2>Pflegereform: Was Ihre Kunden jetzt wissen müssen</h2>'
            '<p>Die Versorgungslücke im Pflegeheim wächst weiter. In unserer Übersicht (PDF im Anhang) finden Sie '
            'die neuen Beträge je Pflegegrad und ein Rechenbeispiel für das Beratungsgespräch.</p>'
            '<table border="1" cellpadding="4"><tr><th>Pflegegrad</th><th>Pflegegeld</th></tr>'
            '<tr><td>2</td><td>347 €</td></tr><tr><td>3</td><td>599 €</td></tr><tr><td>4</td><td>800 €</td></tr>'
            '<tr><td>5</td><td>990 €</td></tr></table>'
            '<p>Ihr Team Maklerbetreuung</p></body></html>')
    return render_msg(('Auenwald Maklerbetreuung', A_('makler')), None, 'Makler-Newsletter 11/2026: Pflegereform',
                      '2026-11-05 07:45', MIX(H(html, 'utf-8', 'base64'), A('Pflegereform_2026_Ueberblick.pdf', pdf)),
                      mailer='Auenwald Newsletter Engine 3.1', extra=[('Precedence', 'bulk')])


@mail(99, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor claim abroad PDF for a named British customer: accident in France, plates, green card, no injuries')
def m099():
    pdf = pdf_bytes(LH('AV') + [
        '## Motor claim KH-2026-0088120 - accident in France',
        'Policyholder: Mr Graham Oakes, Lampestraße 9, 04107 Leipzig; policy KF 6630-77019',
        'Your vehicle: Volvo XC60, plate L-GO 8000',
        'Other party: Peugeot 308, French plate FG-412-KX, insured with Assurances Rhône SA',
        'Date/place: 12.08.2026, roundabout in Beaune (Côte-d\'Or); joint accident report (constat) signed',
        'Nobody was injured.',
        '',
        'Liability: shared 50/50 according to the constat (both vehicles changing lanes).',
        'Your comprehensive cover pays your repair (EUR 4,280.00 less EUR 500 deductible);',
        'your no-claims class will be downgraded from SF 15 to SF 11 (liability) on 1 January 2027.',
    ], title='KH-2026-0088120')
    body = ('Dear Mr Oakes,\n\nplease see our assessment of the accident in Beaune attached. You can avoid the '
            'downgrade by reimbursing our liability payment within 6 months - I have explained the details in the letter.\n\n'
            'Kind regards\nJonas Weisshaupt\n' + sig('weisshaupt'))
    return render_msg(who('weisshaupt'), [('Graham Oakes', 'graham.oakes@fastpost.example')],
                      'Your accident in France - claim KH-2026-0088120', '2026-09-03 10:25',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Claim_KH-2026-0088120.pdf', pdf)))


@mail(100, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: framework agreement PDF with a rehab clinic group: daily rates for cardiac/orthopaedic rehab indications')
def m100():
    pdf = pdf_bytes([
        '# Anlage 2 zum Rahmenvertrag Rehabilitation - Vergütung ab 01.01.2027',
        'Vertragspartner: Auenwald Krankenversicherung a.G. und Reha-Verbund Muldental GmbH',
        '',
        'Indikation                                        Tagessatz   Regeldauer',
        'Kardiologie (AHB nach Herzinfarkt/Bypass)          198,00 €    21 Tage',
        'Orthopädie (AHB nach Endoprothese Hüfte/Knie)      176,50 €    21 Tage',
        'Onkologie (Anschlussrehabilitation)                205,00 €    21 Tage',
        'Psychosomatik                                      189,00 €    35 Tage',
        'Einzelzimmer-Zuschlag                               35,00 €',
        'Abrechnung: direkt mit dem Versicherer, Kostenzusage vor Aufnahme erforderlich.',
    ], title='Anlage 2 Rahmenvertrag Reha')
    body = ('Sehr geehrter Herr Dr. Voigt,\n\nanbei die abgestimmte Anlage 2 mit den Tagessätzen 2027. Bitte unterschreiben '
            'Sie die Vereinbarung und schicken sie uns bis 15.12. zurück.\n\nMit freundlichen Grüßen\nSabine Kröger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Dr. Ansgar Voigt', 'geschaeftsfuehrung@reha-verbund-muldental.example')],
                      'Rahmenvertrag Reha - Anlage 2 Vergütung 2027', '2026-11-24 13:05',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Anlage2_Verguetung_2027.pdf', pdf)))

@mail(101, 'NORMAL', 'en', 'insurer-to-broker',
      'trap: underwriting guideline PDF for brokers (BMI table, blood pressure, "what to disclose"); generic, no applicant')
def m101():
    pdf = pdf_bytes(LH('LV') + [
        '# Quick guide: medical underwriting for term life and income protection',
        '',
        '## Build (BMI) - indicative decisions',
        'BMI 18-30: standard   31-35: standard or +25 %   36-40: +50 % to +100 %   above 40: individual',
        '',
        '## Blood pressure (treated, last 12 months)',
        'up to 140/90: standard   up to 160/100: +25 %   above: postpone',
        '',
        '## Typical disclosures and what we need',
        '- Back pain: duration, time off work, imaging results, physiotherapy',
        '- Depression/anxiety: diagnosis, medication, time off work, in-patient treatment',
        '- Diabetes: type, HbA1c of the last 12 months, complications',
        '',
        'Indicative only. Final decision after full application; use the risk pre-check in the broker portal.',
    ], title='Quick guide medical underwriting')
    body = ('Hello Gareth,\n\nas discussed at the broker day, here is the quick guide on medical underwriting '
            'for your team. It is generic - for a concrete client please always use the anonymous pre-check.\n\n'
            'Best\nEmily\n' + sig('carter'))
    return render_msg(who('carter'), [('Gareth Whitmore', 'gareth@whitmore-insurance-broking.example')],
                      'Quick guide medical underwriting', '2026-10-22 15:05',
                      MIX(T(body, 'us-ascii', '7bit'), A('Quick_guide_medical_underwriting.pdf', pdf)))


@mail(102, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'recourse ZIP to a tenant\'s lawyer after a fire (ODT statement naming the tenant, XLSX repair costs); nobody injured')
def m102():
    odt = odt_bytes([
        ('h', 'Regressforderung WG-2026-003318'),
        'Versicherungsnehmerin: Wohnungsgenossenschaft Lößnig eG, Gebäude Zwickauer Straße 120',
        'Anspruchsgegner: Herr Ronny Pätzold, Mieter 2. OG rechts, geb. 22.04.1991',
        'Brand am 07.02.2026 gegen 23:40 Uhr, ausgelöst durch eine unbeaufsichtigte Friteuse. Laut Feuerwehrbericht keine Verletzten.',
        'Grobe Fahrlässigkeit liegt nach unserer Auffassung vor. Wir fordern Ihren Mandanten zur Zahlung von 38.914,66 € auf.',
    ], title='Regress WG-2026-003318')
    x = xlsx_bytes([('Kosten', [['Gewerk', 'Betrag €'], ['Brandsanierung Küche/Flur', 21480.0],
                                ['Elektro', 6210.4], ['Maler Treppenhaus', 4870.0], ['Rußreinigung Nachbarwohnungen', 5120.26],
                                ['Gutachter', 1234.0], ['Summe', 38914.66]])])
    z = zip_bytes([('Regress_WG-2026-003318/Forderungsschreiben.odt', odt), ('Regress_WG-2026-003318/Kosten.xlsx', x)])
    body = ('Sehr geehrter Herr Rechtsanwalt Sturm,\n\nIhr Mandant hat uns an Sie verwiesen. Die Unterlagen zur '
            'Regressforderung erhalten Sie als ZIP. Eine Privathaftpflichtversicherung hat Ihr Mandant nach eigener '
            'Aussage nicht.\n\nMit freundlichen Grüßen\nClaudia Rensing\n' + sig('rensing'))
    return render_msg(who('rensing'), [('RA Dirk Sturm', 'kanzlei@sturm-mietrecht.example')],
                      'Regress WG-2026-003318 / Ihr Mandant Pätzold', '2026-04-29 11:25',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Regress_WG-2026-003318.zip', z)))


@mail(103, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'DOCX follow-up questionnaire on a named applicant\'s disclosed back pain (sick leave, MRI) in a life/BU application')
def m103():
    doc = docx_bytes([
        ('h', 'Additional questions - back complaints'),
        'Application A-2026-120455 · Applicant: Mr Liam O\'Connell, born 09/11/1987',
        'You told us about back pain treated in 2024. Please answer the following and return the form via the portal.',
        ('table', [['Question', 'Your answer'],
                   ['Since when have you had back complaints?', 'We have: "since spring 2024"'],
                   ['Diagnosis given by your doctor?', 'We have: "lumbar disc protrusion L5/S1"'],
                   ['Days off work because of it in the last 3 years?', ''],
                   ['Was an MRI done? Result?', ''],
                   ['Treatment (physiotherapy, injections, surgery)?', ''],
                   ['Any complaints in the last 6 months?', '']]),
        'Signature ________________  Date ________',
    ], title='Questionnaire back A-2026-120455')
    body = ('Dear Mr O\'Connell,\n\nthank you for your application. Before we can decide, we need a few more details '
            'about the back complaints you mentioned. The form is attached - please fill it in and upload it in the '
            'portal.\n\nKind regards\nEmily Carter\n' + sig('carter'))
    return render_msg(who('carter'), [('Liam O\'Connell', 'liam.oconnell@mail-online.example')],
                      'Your application A-2026-120455 - a few more questions', '2026-06-30 09:40',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Questions_A-2026-120455.docx', doc)))


@mail(104, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: comments DOCX to the insurers\' association on a draft regulation about health data in e-mail; no case')
def m104():
    doc = docx_bytes([
        ('h', 'Stellungnahme zum Referentenentwurf „Sichere elektronische Kommunikation im Versicherungswesen“'),
        'Einreicher: Auenwald Versicherungsgruppe, Datenschutz und Recht',
        ('b', 'Zu § 4 Abs. 2 (Transportverschlüsselung)'),
        'Wir begrüßen, dass TLS mit Einwilligung der betroffenen Person für Gesundheitsdaten ausreichen soll. Die '
        'Einwilligung sollte auch elektronisch dokumentiert werden können.',
        ('b', 'Zu § 6 (Pseudonymisierung)'),
        'Eine Pseudonymisierung von Versicherungsnummern und Geburtsdaten in Benachrichtigungsmails ist praktikabel; '
        'bei Diagnosen ist sie nicht ausreichend.',
        ('b', 'Zu § 9 (Übergangsfrist)'),
        '12 Monate sind für Portallösungen mit Maklerzugang zu kurz; wir regen 24 Monate an.',
    ], title='Stellungnahme Referentenentwurf')
    body = ('Sehr geehrte Frau Dr. Albrecht,\n\nanbei unsere Anmerkungen für die Verbandsstellungnahme. '
            'Für Rückfragen stehe ich gern zur Verfügung.\n\nMit freundlichen Grüßen\nAnnika Holm\n' + sig('holm'))
    return render_msg(who('holm'), [('Dr. Vera Albrecht', 'v.albrecht@versichererverband.example')],
                      'Stellungnahme RefE sichere Kommunikation - Beitrag Auenwald', '2026-09-16 16:30',
                      MIX(T(body, cte='quoted-printable'), A('Stellungnahme_Auenwald_RefE.docx', doc)))


@mail(105, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'flood damage settlement ODS for a named homeowner: building policy, damaged rooms, amounts, payment')
def m105():
    ods = ods_bytes([('Abrechnung', [
        ['Wohngebäude WG 7710-29330 - Elementarschaden WG-2026-005107 (Hochwasser Mulde, 18.06.2026)'],
        ['Versicherungsnehmer', 'Gerhard und Monika Pietzsch, Uferweg 4, 04808 Wurzen'],
        ['Gewerk', 'Kosten €', 'anerkannt €'],
        ['Trocknung Keller und EG', 7420.0, 7420.0],
        ['Estrich und Fliesen EG', 18950.0, 18950.0],
        ['Heizungsanlage (Ölbrenner)', 11200.0, 11200.0],
        ['Außenanlagen (Gartenmauer)', 3100.0, 0.0],
        ['Selbstbehalt Elementar', '', -5000.0],
        ['Entschädigung', '', 32570.0],
        ['Gartenmauer nicht versichert (Außenanlagen nicht eingeschlossen).'],
    ])])
    body = ('Sehr geehrte Familie Pietzsch,\n\nanbei unsere Abrechnung. Wir wissen, dass die letzten Wochen schwer waren, '
            'und hoffen, dass die Sanierung jetzt zügig vorangeht.\n\nMit freundlichen Grüßen\nRalf Kuhnert\n' + sig('kuhnert'))
    return render_msg(who('kuhnert'), [('Familie Pietzsch', 'pietzsch.wurzen@t-home.example')],
                      'Hochwasserschaden WG-2026-005107 - Abrechnung', '2026-08-04 14:14',
                      MIX(T(body, 'utf-8', '8bit'), A('Abrechnung_WG-2026-005107.ods', ods)))


@mail(106, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: motor liability settlement PDF for an injured third party (whiplash S13.4, sick leave, pain and suffering); health in a non-personal line')
def m106():
    pdf = pdf_bytes(LH('AV') + [
        'Frau Yasemin Doğru-Berger'.replace('ğ', 'g'), 'Kurt-Eisner-Straße 18', '04275 Leipzig', '',
        '## Regulierung Personenschaden - Schaden KH-2026-0052210',
        'Unfall vom 02.03.2026, Auffahrunfall auf der B2; unser Versicherungsnehmer fuhr auf Ihr Fahrzeug auf.',
        '',
        'Verletzung lt. Attest Dr. med. Olaf Keil: HWS-Distorsion (S13.4), Prellung Brustkorb (S20.2)',
        'Arbeitsunfähigkeit 02.03. - 27.03.2026, 8 x Physiotherapie',
        '',
        'Schmerzensgeld                                  1.500,00 €',
        'Verdienstausfall (Differenz Krankengeld)          612,40 €',
        'Zuzahlungen Physiotherapie, Fahrtkosten            98,70 €',
        'Summe                                           2.211,10 €',
    ], title='KH-2026-0052210 Personenschaden')
    body = ('Sehr geehrte Frau Doğru-Berger,\n\nwie mit Ihnen besprochen, regulieren wir den Personenschaden '
            'abschließend. Die Aufstellung liegt bei.\n\nMit freundlichen Grüßen\nJonas Weißhaupt\n' + sig('weisshaupt'))
    return render_msg(who('weisshaupt'), [('Yasemin Doğru-Berger', 'y.dogru-berger@web.example')],
                      'Schaden KH-2026-0052210 - Abschluss', '2026-05-18 11:11',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Regulierung_KH-2026-0052210.pdf', pdf)))


@mail(107, 'NORMAL', 'de', 'internal',
      'trap: storm claims statistics XLSX by postcode area and line (counts, reserves); no customer')
def m107():
    x = xlsx_bytes([('Sturm Ulrike', [
        ['Sturmtief „Ulrike“ 21.-22.02.2026 - Schadenmeldungen Stand 03.03.2026'],
        ['PLZ-Bereich', 'Wohngebäude', 'Hausrat', 'Kfz-Teilkasko', 'Reserve gesamt €'],
        ['041xx Leipzig', 612, 88, 140, 2410000],
        ['042xx Leipzig', 488, 61, 97, 1870000],
        ['043xx Leipzig Ost', 301, 40, 55, 990000],
        ['048xx Wurzen/Grimma', 255, 19, 31, 1120000],
        ['übrige', 1420, 210, 388, 5100000],
        ['Summe', 3076, 418, 711, 11490000],
    ])])
    body = ('Hallo Henrik,\n\ndie Auswertung zu „Ulrike“ für die Meldung an die Rück. Großschäden über 100 T€ sind '
            'zwei dabei (Gewerbe, separat gemeldet).\n\nGruß Ralf\n')
    return render_msg(who('kuhnert'), [who('paulsen')], 'Sturm Ulrike - Stand 03.03.', '2026-03-03 18:02',
                      MIX(T(body, cte='8bit'), A('Sturm_Ulrike_Stand_0303.xlsx', x)))


@mail(108, 'CONFIDENTIAL', 'en', 'internal',
      'grey: large-loss notice XLSX for the reinsurance team: named commercial client, named contact person, fire loss amounts')
def m108():
    x = xlsx_bytes([('Large loss', [
        ['Large loss notification LL-2026-007'],
        ['Insured', 'Druckerei Behrens & Söhne KG, Taucha'],
        ['Contact', 'Mr Matthias Behrens (managing partner), mobile 0171 5550 3344'],
        ['Policy', 'Commercial property GW 9910-00871'],
        ['Date of loss', '2026-04-18'],
        ['Cause', 'Fire in printing hall, electrical fault (expert opinion pending); no persons injured'],
        ['Reserve building EUR', 1850000],
        ['Reserve contents/machinery EUR', 2400000],
        ['Reserve business interruption EUR', 900000],
        ['Total reserve EUR', 5150000],
    ])])
    body = ('Henrik,\n\nfirst notification for the cat XL / per risk treaty attached. I will update once the '
            'fire expert has been on site.\n\nRalf Kuhnert\n')
    return render_msg(who('kuhnert'), [who('paulsen')], 'Large loss LL-2026-007 Behrens printing fire', '2026-04-20 08:15',
                      MIX(T(body, 'us-ascii', '7bit'), A('LL-2026-007.xlsx', x)))


@mail(109, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'grey: criminal conviction (drunk driving, § 316 StGB, blood alcohol) of the named policyholder in a motor recourse ODT')
def m109():
    odt = odt_bytes([
        ('h', 'Regress wegen Obliegenheitsverletzung (Trunkenheitsfahrt)'),
        'Schaden KH-2025-0177340 · Versicherungsnehmer: Herr Dennis Krautwurst, geb. 03.06.1995',
        'Strafbefehl des Amtsgerichts Leipzig vom 12.01.2026 (Az. 221 Cs 608 Js 4410/25), rechtskräftig: '
        'fahrlässige Trunkenheit im Verkehr (§ 316 StGB), Blutalkoholkonzentration 1,38 ‰, Geldstrafe 40 Tagessätze, '
        'Entziehung der Fahrerlaubnis.',
        'Wir haben an den Geschädigten 9.840,00 € gezahlt und nehmen Ihren Mandanten nach D.1.2 AKB und § 5 KfzPflVV '
        'in Höhe von 5.000,00 € in Regress.',
    ], title='Regress KH-2025-0177340')
    body = ('Sehr geehrte Frau Rechtsanwältin Nguyen,\n\nanbei unsere Regressbegründung für Ihren Mandanten. '
            'Eine Ratenzahlung ist möglich.\n\nMit freundlichen Grüßen\nClaudia Rensing\n' + sig('rensing'))
    return render_msg(who('rensing'), [('RAin Thi Lan Nguyen', 'nguyen@kanzlei-nguyen-strafrecht.example')],
                      'KH-2025-0177340 - Regress', '2026-02-09 14:58',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Regress_KH-2025-0177340.odt', odt)))


@mail(110, 'NORMAL', 'en', 'internal',
      'trap: department budget XLSX (salaries as totals, medical reports fees, travel); no individual')
def m110():
    x = xlsx_bytes([('Budget 2027', [
        ['International Desk - budget 2027 (EUR thousand)'],
        ['Cost type', '2026 forecast', '2027 plan', 'Delta'],
        ['Personnel (14.5 FTE, total)', 1212, 1268, 56],
        ['External medical reports / second opinions', 180, 210, 30],
        ['Assistance provider fees', 640, 690, 50],
        ['Translation of medical documents', 75, 80, 5],
        ['Travel', 38, 35, -3],
        ['Total', 2145, 2283, 138],
    ])])
    body = ('Henrik,\n\nour 2027 budget proposal attached. The increase in second opinions reflects the new oncology '
            'case-management programme.\n\nThomas\n')
    return render_msg(who('lindqvist'), [who('paulsen')], 'Budget 2027 International Desk', '2026-10-01 12:30',
                      MIX(T(body, 'us-ascii', '7bit'), A('Budget_2027_International_Desk.xlsx', x)))


@mail(111, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: dog-owner liability, the insured dog bit another dog (vet bill of the other dog), named customer; animal health only')
def m111():
    pdf = pdf_bytes(LH('AV') + [
        'Herrn Uwe Kretzschmar', 'Waldkerbelweg 3', '04349 Leipzig', '',
        '## Hundehalterhaftpflicht TH 4420-07715 - Schaden TH-2026-00311',
        'Ereignis 05.04.2026, Hundewiese Mariannenpark: Ihr Hund „Bruno“ (Schäferhund-Mischling) hat den',
        'Jack-Russell-Terrier „Flocke“ von Frau Simone Jahn gebissen. Menschen wurden nicht verletzt.',
        '',
        'Tierarztrechnung Tierarztpraxis Schönefeld: Wundversorgung unter Narkose, Antibiotikum   684,30 €',
        'Kontrolltermine (2)                                                                     96,00 €',
        'Zahlung an Frau Jahn                                                                   780,30 €',
    ], title='TH-2026-00311')
    body = ('Sehr geehrter Herr Kretzschmar,\n\nwir haben die Tierarztkosten an Frau Jahn gezahlt, die Abrechnung '
            'hängt an. Ihre Selbstbeteiligung von 150 € stellen wir separat in Rechnung.\n\nMit freundlichen Grüßen\n'
            'Frank Reuter\n' + sig('reuter'))
    return render_msg(who('reuter'), [('Uwe Kretzschmar', 'uwe.kretzschmar@freenet-mail.example')],
                      'Bruno / Flocke - Schaden TH-2026-00311', '2026-04-27 09:03',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Abrechnung_TH-2026-00311.pdf', pdf)))


@mail(112, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'orthodontic treatment approval PDF for a named child (KIG D4, treatment plan, costs) under the parent\'s policy')
def m112():
    pdf = pdf_bytes(LH('KV') + [
        '## Orthodontic treatment - cost approval',
        'Policyholder: Mr Marcus Bellamy   Insured child: Ella Bellamy, born 21.05.2015 (KV 5540 1178-03)',
        'Orthodontist: Dr. Johanna Peschel, Leipzig - treatment plan of 02.09.2026',
        'Findings: increased overjet 7 mm, KIG grade D4, crowding upper jaw',
        'Planned: fixed multibracket appliance, 4 years (16 quarters), retention phase',
        'Estimated costs: EUR 5,860.00 - approved at 80 % = EUR 4,688.00 (tariff ZahnPlus Kids)',
    ], title='Ortho approval Ella Bellamy')
    body = ('Dear Mr Bellamy,\n\ngood news - Ella\'s orthodontic treatment is approved; details attached.\n\n'
            'Kind regards\nTobias Fuchs\n' + sig('fuchs'))
    return render_msg(who('fuchs'), [('Marcus Bellamy', 'marcus.bellamy@hotpost.example')],
                      'Ella - orthodontic treatment approved', '2026-09-11 16:16',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Ortho_approval_KV5540-1178-03.pdf', pdf)))


@mail(113, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: framework contract DOCX with an expert firm for medical and vehicle reports (fees, data protection clause); no case')
def m113():
    doc = docx_bytes([
        ('h', 'Rahmenvertrag über die Erstellung von Gutachten'),
        'zwischen der Auenwald Versicherungsgruppe und der Gutachtenzentrum Mitteldeutschland GmbH',
        ('b', '§ 2 Leistungen'),
        'Medizinische Gutachten (Unfall, BU, Pflege), Kfz-Schadengutachten, Gebäudegutachten.',
        ('b', '§ 4 Vergütung'),
        ('table', [['Gutachtenart', 'Pauschale netto'],
                   ['Aktenlagegutachten Medizin', '420 €'],
                   ['Medizinisches Gutachten mit Untersuchung', '980 €'],
                   ['Kfz-Haftpflichtgutachten', 'nach BVSK-Honorartabelle'],
                   ['Gebäudeschaden bis 50 T€', '650 €']]),
        ('b', '§ 7 Datenschutz und Schweigepflicht'),
        'Gesundheitsdaten werden ausschließlich über das SecureMail-Portal ausgetauscht; Auftragsverarbeitung nach Art. 28 DSGVO.',
    ], title='Rahmenvertrag Gutachten Entwurf')
    body = ('Sehr geehrter Herr Dr. Hempel,\n\nanbei der Vertragsentwurf mit unseren Änderungen im Änderungsmodus … '
            'bzw. inzwischen eingearbeitet. Offen ist nur noch § 4 Kfz.\n\nMit freundlichen Grüßen\nLars Oberländer\n' + sig('oberlaender'))
    return render_msg(who('oberlaender'), [('Dr. Falk Hempel', 'vertrag@gutachtenzentrum-md.example')],
                      'Rahmenvertrag Gutachten - Entwurf v4', '2026-02-18 09:35',
                      MIX(T(body), A('Rahmenvertrag_Gutachten_v4.docx', doc)))


@mail(114, 'CONFIDENTIAL', 'de', 'insurer-to-supplier',
      'HR sends salary changes of named employees (gross salaries, tax class) as CSV to the payroll provider; no health')
def m114():
    rows = [['PersNr', 'Name', 'gueltig_ab', 'Brutto_alt', 'Brutto_neu', 'Steuerklasse', 'Grund'],
            ['20114', 'Derya Sağlam', '2026-07-01', '3480,00', '3720,00', 'I', 'Tarifgruppe 6'],
            ['20177', 'Tobias Fuchs', '2026-07-01', '4510,00', '4650,00', 'III', 'Tariferhöhung'],
            ['20203', 'Ralf Kuhnert', '2026-07-01', '5380,00', '5540,00', 'IV', 'Tariferhöhung'],
            ['20241', 'Nils Baumgart', '2026-07-01', '5900,00', '6200,00', 'I', 'neue Funktion']]
    body = ('Sehr geehrte Frau Reinholz,\n\nanbei die Gehaltsänderungen zum 01.07. für die Abrechnung Juli. '
            'Bitte bestätigen Sie den Eingang.\n\nMit freundlichen Grüßen\nBirgit Schanze\n' + sig('schanze'))
    return render_msg(who('schanze'), [('Jana Reinholz', 'abrechnung@lohnservice-sachsen.example')],
                      'Änderungen Juli 2026 - Mandant 4711', '2026-06-22 13:40',
                      MIX(T(body, cte='quoted-printable'), A('Aenderungen_2026-07.csv', csv_bytes(rows), charset='utf-8', cte='base64')))


@mail(115, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: long-term care daily allowance tariff table ODS (amounts per care grade, premiums per entry age); no customer')
def m115():
    ods = ods_bytes([('Pflegetagegeld PT50', [
        ['Tarif PT50 - Leistung in % des vereinbarten Tagessatzes'],
        ['Pflegegrad', 'ambulant', 'stationär'],
        ['1', '10 %', '10 %'], ['2', '30 %', '100 %'], ['3', '50 %', '100 %'], ['4', '80 %', '100 %'], ['5', '100 %', '100 %'],
        [],
        ['Monatsbeitrag je 10 € Tagessatz', 'Eintrittsalter'],
        [4.12, 30], [6.05, 40], [9.88, 50], [16.7, 60],
    ])])
    body = ('Hallo Frau Wagner,\n\nSie hatten nach den aktuellen Beitragstabellen für das Pflegetagegeld gefragt - '
            'anbei als ODS.\n\nBeste Grüße\nMehmet Aydın\n' + sig('aydin'))
    return render_msg(who('aydin'), [('Susanne Wagner', 's.wagner@finanzkontor-elbe.example')],
                      'Beitragstabellen PT50', '2026-03-17 10:44',
                      MIX(T(body, cte='8bit'), A('Beitragstabellen_PT50.ods', ods)))


@mail(116, 'NORMAL', 'de', 'internal',
      'trap: ODT template for a hospital cost coverage letter with placeholders [Diagnose] [OPS] [Patient]; no real data')
def m116():
    odt = odt_bytes([
        ('h', 'Vorlage KÜ stationär (Stand 05/2026)'),
        'An [Krankenhaus], [Anschrift]',
        'Kostenübernahmeerklärung für [Anrede] [Vorname] [Name], geb. [Geburtsdatum], Versicherungsnummer [VSNR]',
        'Aufnahme am [Datum] wegen [Diagnose] ([ICD]), geplanter Eingriff [OPS-Text] ([OPS])',
        'Wir übernehmen die allgemeinen Krankenhausleistungen sowie [Wahlleistungen] im tariflichen Umfang.',
        'Hinweis: Feld [Diagnose] nur befüllen, wenn das Krankenhaus sie in der Anfrage genannt hat.',
    ], title='Vorlage KÜ stationär')
    body = ('Hallo Sabine,\n\ndie neue KÜ-Vorlage mit den Platzhaltern für OPS. Bitte kurz drüberschauen, dann '
            'geht sie an die IT.\n\nGruß Yvonne\n')
    return render_msg(who('petersen'), [who('kroeger')], 'Vorlage KÜ stationär', '2026-05-05 15:12',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Vorlage_KUE_stationaer_2026-05.odt', odt)))


@mail(117, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household claim PDF for a stolen laptop: named customer, claim and policy number, payout IBAN')
def m117():
    ib = iban_de('50010517', '5419872203')
    pdf = pdf_bytes(LH('AV') + [
        '## Claim HR-2026-009944 - theft from your flat',
        'Policyholder: Ms Fatima Al-Sayed, Merseburger Straße 101, 04177 Leipzig; policy HR 3390-77810',
        'Police report: 2026-061202 (Polizeirevier West)',
        '',
        'MacBook Air 13" (bought 11/2024, EUR 1,349.00) - replacement value            EUR 1,199.00',
        'Backpack and charger                                                            EUR    89.00',
        'Total paid to ' + ib + '                                    EUR 1,288.00',
    ], title='HR-2026-009944')
    body = ('Dear Ms Al-Sayed,\n\nyour claim has been settled - see the attached letter.\n\nKind regards\n'
            'Katharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Fatima Al-Sayed', 'fatima.alsayed@mail-online.example')],
                      'Claim HR-2026-009944 settled', '2026-06-17 11:48',
                      MIX(T(body, 'us-ascii', '7bit'), A('Settlement_HR-2026-009944.pdf', pdf)))


@mail(118, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'life insurance death benefit DOCX to the heirs: deceased insured named, cause of death (pancreatic cancer), shares')
def m118():
    doc = docx_bytes([
        ('h', 'Auszahlung der Todesfallleistung'),
        'Kapitallebensversicherung LV 1188-11290 · versicherte Person: Herr Joachim Reinecke, geb. 01.10.1951, '
        'verstorben am 30.06.2026',
        'Todesursache lt. ärztlicher Bescheinigung: metastasiertes Pankreaskarzinom (C25.0)',
        'Kein Bezugsrecht benannt - Leistung an die Erben lt. Erbschein des AG Leipzig vom 04.08.2026:',
        ('table', [['Erbe', 'Anteil', 'Betrag'],
                   ['Dorothea Reinecke (Ehefrau)', '1/2', '18.211,40 €'],
                   ['Kai Reinecke (Sohn)', '1/4', '9.105,70 €'],
                   ['Anja Tischer geb. Reinecke (Tochter)', '1/4', '9.105,70 €']]),
        'Gesamtleistung inkl. Überschussbeteiligung: 36.422,80 €.',
    ], title='Todesfallleistung LV 1188-11290')
    body = ('Sehr geehrte Frau Reinecke,\n\nunser herzliches Beileid. Anbei die Aufstellung zur Auszahlung; '
            'Ihre Kinder erhalten ein gleichlautendes Schreiben.\n\nMit freundlichen Grüßen\nPetra Nowak\n' + sig('nowak'))
    return render_msg(who('nowak'), [('Dorothea Reinecke', 'd.reinecke@t-home.example')],
                      'LV 1188-11290', '2026-08-14 10:17',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Auszahlung_LV1188-11290.docx', doc)))


@mail(119, 'NORMAL', 'en', 'internal',
      'trap: KPI meeting minutes ODT of the claims process (turnaround times, share of medical reviews); no case')
def m119():
    odt = odt_bytes([
        ('h', 'Minutes - Claims KPI review Q2 2026'),
        'Participants: T. Lindqvist, F. Gallagher, E. Carter, H. Paulsen',
        ('table', [['KPI', 'Q1', 'Q2', 'Target'],
                   ['Out-patient claims paid within 5 days', '78 %', '83 %', '85 %'],
                   ['Cases referred to medical officer', '6.1 %', '5.4 %', '< 6 %'],
                   ['Direct billing share (in-patient)', '58 %', '61 %', '65 %'],
                   ['Complaints per 1,000 claims', '1.9', '1.4', '< 1.5']]),
        'Actions: more direct billing partners in the UAE; review medical officer referral criteria for physiotherapy invoices.',
    ], title='Claims KPI Q2 2026')
    body = ('All,\n\nminutes from today attached. Next review 14 October.\n\nFiona\n')
    return render_msg(who('gallagher'), [who('lindqvist'), who('carter'), who('paulsen')], 'Minutes claims KPI review Q2',
                      '2026-07-16 16:55', MIX(T(body, 'us-ascii', '7bit'), A('Minutes_claims_KPI_Q2_2026.odt', odt)))


@mail(120, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: traffic legal expenses cover DOCX for a named driver\'s speeding fine (administrative offence, points, plate)')
def m120():
    doc = docx_bytes([
        ('h', 'Deckungszusage Verkehrsrechtsschutz'),
        'Versicherungsnehmer: Herr Ole Brinkmann · RS 8870-40981 · Leistungsfall RS-2026-022105',
        'Bußgeldbescheid Landkreis Leipzig vom 08.05.2026: Überschreitung der zulässigen Höchstgeschwindigkeit '
        'außerorts um 31 km/h, 260 € Bußgeld, 1 Monat Fahrverbot, 2 Punkte; Fahrzeug L-OB 616.',
        'Wir übernehmen die Kosten des Einspruchsverfahrens einschließlich eines Sachverständigengutachtens zur '
        'Messung. Selbstbeteiligung 150 €.',
    ], title='Deckungszusage RS-2026-022105')
    body = ('Guten Tag Herr Brinkmann,\n\ndie Deckungszusage für den Einspruch liegt bei. Ihr Anwalt kann direkt mit uns abrechnen.\n\n'
            'Freundliche Grüße\nClaudia Rensing\n' + sig('rensing'))
    return render_msg(who('rensing'), [('Ole Brinkmann', 'ole.brinkmann@web.example')],
                      'Bußgeldbescheid - Deckungszusage', '2026-05-20 08:49',
                      MIX(T(body, cte='8bit'), A('Deckungszusage_RS-2026-022105.docx', doc)))


@mail(121, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group income protection return-to-work plan DOCX to the employer: named employee, burnout/depression, graded hours')
def m121():
    doc = docx_bytes([
        ('h', 'Return-to-work plan - group income protection GIP-2022-0017'),
        'Employee: Ms Rachel Dunmore, claims analyst, on benefit since 02/2026',
        'Medical background (shared with the employee\'s written consent): recurrent depressive disorder (F33.1), '
        'in treatment with Dr. Henning (psychiatrist) and weekly psychotherapy.',
        ('table', [['Weeks', 'Hours per day', 'Tasks'],
                   ['1-2', '3', 'no customer calls'],
                   ['3-4', '4', 'back-office, fixed breaks'],
                   ['5-8', '6', 'team tasks, no overtime'],
                   ['from 9', 'full', 'review with case manager']]),
        'Benefit during graded return: 50 % of the insured benefit.',
    ], title='RTW plan GIP-2022-0017')
    body = ('Dear Mr Okonkwo,\n\nas agreed in the case conference, the return-to-work plan for Ms Dunmore is attached. '
            'Please treat the medical paragraph confidentially and keep it out of the personnel file.\n\n'
            'Kind regards\nDaniel Ko\n' + sig('ko'))
    return render_msg(who('ko'), [('Samuel Okonkwo', 's.okonkwo@brightline-analytics.example')],
                      'GIP-2022-0017 return-to-work plan', '2026-07-06 13:26',
                      MIX(T(body, 'us-ascii', '7bit'), A('RTW_plan_GIP-2022-0017.docx', doc)))


@mail(122, 'NORMAL', 'en', 'internal',
      'trap: IT security warning with an HTML attachment showing a phishing mail asking for "your medical invoices" and IBAN')
def m122():
    htm = ('<html><body><p style="color:#b00"><b>EXAMPLE OF A PHISHING MAIL - DO NOT CLICK</b></p>'
           '<div style="border:1px solid #999;padding:8px">'
           '<p>From: "Auenwald Claims" &lt;claims@auenwald-secure-refund.example&gt;</p>'
           '<p>Dear customer, your refund for medical invoices of EUR 318.40 is pending. Please confirm your IBAN and '
           'date of birth within 24 hours: <a href="https://auenwald-secure-refund.example/login">Confirm now</a></p>'
           '</div><p>Signs: wrong domain, time pressure, request for bank data.</p></body></html>')
    body = ('Dear colleagues,\n\nsince this morning customers have been receiving phishing mails that pretend to come from '
            'our claims department (example attached as HTML - open it in the browser preview only, the link is disabled).\n\n'
            'If customers call: we never ask for bank data or birth dates by e-mail. Please forward suspicious mails to '
            'security@auenwald-versicherung.example.\n\nIT Security / Moritz Engel\n')
    return render_msg(who('engel'), [('All staff', A_('all-staff'))], 'Phishing warning: fake "refund" mails',
                      '2026-11-18 09:05', MIX(T(body, 'us-ascii', '7bit'), A('phishing_example.html', htm.encode('utf-8'), charset='utf-8', cte='quoted-printable')),
                      extra=[('Importance', 'high')])


@mail(123, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'commercial liability quote XLSX for a sole-trader electrician: his name, date of birth, turnover and income figures')
def m123():
    x = xlsx_bytes([('Quote', [
        ['Quote BH-Q-2026-4410 - commercial liability for tradespeople'],
        ['Proposer', 'Patrick Mulligan (sole trader, "Mulligan Elektrotechnik")', 'born', '1984-02-17'],
        ['Address', 'Dölitzer Straße 8, 04277 Leipzig'],
        ['Turnover 2025 EUR', 182000, 'Profit before tax 2025 EUR', 64300],
        ['Employees', 1, 'Subcontractors', 'occasional'],
        [],
        ['Option', 'Limit EUR', 'Deductible EUR', 'Annual premium EUR'],
        ['Basic', 3000000, 250, 612.0],
        ['Plus (incl. keys, processing damage)', 5000000, 250, 794.0],
    ])])
    body = ('Hi Gareth,\n\nquote for your electrician client attached. The premium is based on the turnover he gave us; '
            'if the 2026 figure goes above 250k we need to re-rate.\n\nCheers\nMehmet\n' + sig('aydin'))
    return render_msg(who('aydin'), [('Gareth Whitmore', 'gareth@whitmore-insurance-broking.example')],
                      'Quote BH-Q-2026-4410 Mulligan', '2026-03-25 14:44',
                      MIX(T(body), A('Quote_BH-Q-2026-4410.xlsx', x)))


@mail(124, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'premium arrears reminder PDF in health insurance (emergency tariff warning) for a named insured; health line, no diagnosis')
def m124():
    pdf = pdf_bytes(LH('KV') + [
        'Herrn Maik Schellenberg', 'Torgauer Straße 250', '04347 Leipzig', '',
        '## Mahnung - Beitragsrückstand Krankenversicherung KV 6120 3318',
        'Offene Beiträge Juli - September 2026 (Krankheitskosten- und Pflegepflichtversicherung): 1.642,35 €',
        'Säumniszuschläge (1 % je Monat): 32,85 €',
        '',
        'Bitte zahlen Sie den Rückstand innerhalb von zwei Monaten. Andernfalls ruht Ihr Vertrag nach § 193 Abs. 6 VVG',
        'und Sie werden im Notlagentarif versichert (Leistungen nur bei akuten Erkrankungen und Schmerzzuständen).',
        'Eine Ratenzahlung können Sie mit uns vereinbaren.',
    ], title='Mahnung KV 6120 3318')
    body = ('Sehr geehrter Herr Schellenberg,\n\nbitte beachten Sie unser Schreiben im Anhang. Rufen Sie mich gern an, '
            'wenn Sie eine Ratenzahlung vereinbaren möchten.\n\nMit freundlichen Grüßen\nGregor Stein\n' + sig('stein'))
    return render_msg(who('stein'), [('Maik Schellenberg', 'maik.schellenberg@online.example')],
                      'Wichtig: Ihr Beitragskonto', '2026-10-12 08:20',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Mahnung_2026-10-12.pdf', pdf)))


@mail(125, 'NORMAL', 'en', 'newsletter',
      'trap: group benefits newsletter PDF for HR managers (mental health days, sick-leave trends, bAV figures); no person')
def m125():
    pdf = pdf_bytes([
        '# Group Benefits Insight - Autumn 2026',
        '',
        '## Sick leave in Germany: mental health on the rise',
        'Days lost to mental disorders grew by 9 % in 2025; back pain remains the most frequent single cause.',
        'Employers with an Employee Assistance Programme report 18 % shorter absences (our client survey, n = 212).',
        '',
        '## Company health insurance (bKV) - what employees actually use',
        'Dental 41 %, glasses 22 %, health check-ups 17 %, osteopathy 12 %, other 8 % (share of claims, 2025).',
        '',
        '## Pension schemes',
        'Average employee contribution in direct insurance: EUR 162 per month; employer top-up 15 % is mandatory.',
    ], title='Group Benefits Insight Autumn 2026')
    plain = ('Dear HR partners,\n\nour autumn issue of Group Benefits Insight is attached: mental health and sick-leave '
             'trends, what employees use in company health insurance, and pension figures.\n\nDaniel Ko\nGroup Benefits\n')
    html = ('<html><body><p>Dear HR partners,</p><p>our autumn issue of <i>Group Benefits Insight</i> is attached: mental '
            'health and sick-leave trends, what employees use in company health insurance, and pension figures.</p>'
            '<p>Daniel Ko<br>Group Benefits</p></body></html>')
    return render_msg(('Auenwald Group Benefits', A_('groupbenefits')), None, 'Group Benefits Insight - Autumn 2026',
                      '2026-10-08 07:00', MIX(ALT(T(plain, 'us-ascii', '7bit'), H(html, 'us-ascii', '7bit')),
                                             A('Group_Benefits_Insight_Autumn_2026.pdf', pdf)),
                      mailer='Auenwald Newsletter Engine 3.1', extra=[('Precedence', 'bulk')])

@mail(126, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'storm damage to a private PV system: ODS calculation and PDF letter with named owner, address, policy, amounts')
def m126():
    ods = ods_bytes([('PV-Schaden', [
        ['Position', 'Kosten €', 'Entschädigung €'],
        ['12 Module 410 Wp (Hagel), inkl. Montage', 4380.0, 4380.0],
        ['Wechselrichter-Prüfung', 240.0, 240.0],
        ['Ertragsausfall 5 Wochen', 310.0, 310.0],
        ['Gerüst', 890.0, 890.0],
        ['Selbstbehalt', '', -250.0],
        ['Summe', '', 5570.0]])])
    pdf = pdf_bytes(LH('AV') + [
        'Herrn Jens Kaulitz', 'Sonnenhang 9', '04824 Beucha', '',
        '## Photovoltaikversicherung PV 5120-00931 - Hagelschaden vom 02.06.2026 (PV-2026-00288)',
        'Wir entschädigen gemäß beiliegender Berechnung 5.570,00 €.',
        'Zahlung an den Installationsbetrieb Solartechnik Parthe GmbH nach Abtretungserklärung vom 10.06.2026.',
    ], title='PV-2026-00288')
    body = ('Sehr geehrter Herr Kaulitz,\n\nanbei Schreiben und Berechnung zum Hagelschaden an Ihrer Anlage.\n\n'
            'Mit freundlichen Grüßen\nRalf Kuhnert\n' + sig('kuhnert'))
    return render_msg(who('kuhnert'), [('Jens Kaulitz', 'jens.kaulitz@web.example')],
                      'Hagelschaden PV-Anlage', '2026-06-26 12:37',
                      MIX(T(body, 'windows-1252', 'quoted-printable'), A('Schreiben_PV-2026-00288.pdf', pdf),
                          A('Berechnung_PV-2026-00288.ods', ods)))


@mail(127, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'IVF/ICSI approval ZIP for a named couple (PDF treatment plan with infertility diagnoses N97.0/N46, XLSX cost split)')
def m127():
    pdf = pdf_bytes(LH('KV') + [
        '## Kostenzusage künstliche Befruchtung (ICSI)',
        'Versicherte: Frau Carolin Weidauer, geb. 11.11.1989 (KV 7012 5561-01); Partner: Herr Tim Weidauer (KV 7012 5561-02)',
        'Kinderwunschzentrum Leipzig-Mitte, Behandlungsplan vom 20.01.2026',
        'Diagnosen: tubare Sterilität der Frau (N97.1), Oligoasthenoteratozoospermie des Mannes (N46)',
        'Zusage für 3 ICSI-Zyklen einschließlich Medikamente zur Stimulation; Kryokonservierung nicht versichert.',
    ], title='Kostenzusage ICSI')
    x = xlsx_bytes([('Kosten', [['Zyklus', 'Frau €', 'Mann €', 'Medikamente €'],
                                [1, 2980.0, 620.0, 1840.0], [2, 2980.0, 620.0, 1840.0], [3, 2980.0, 620.0, 1840.0]])])
    z = zip_bytes([('Kostenzusage_ICSI.pdf', pdf), ('Kostenaufteilung.xlsx', x)])
    body = ('Liebe Frau Weidauer,\n\ndie Unterlagen zu Ihrer Kinderwunschbehandlung finden Sie in der ZIP-Datei. '
            'Wir drücken Ihnen die Daumen!\n\nHerzliche Grüße\nSabine Kröger\n' + sig('kroeger'))
    return render_msg(who('kroeger'), [('Carolin Weidauer', 'carolin.weidauer@mailbox.example')],
                      'Ihre Unterlagen', '2026-01-30 13:20', MIX(T(body, cte='8bit'), A('Unterlagen_KV7012-5561.zip', z)))


@mail(128, 'NORMAL', 'de', 'internal',
      'trap: XLSX comparing old and new GOÄ fee schedule positions (examinations, ECG, ultrasound) for tariff pricing')
def m128():
    x = xlsx_bytes([('GOÄ alt-neu', [
        ['Vergleich GOÄ (alt) - GOÄ-neu Entwurf 2026, ausgewählte Positionen'],
        ['GOÄ alt', 'Leistung', 'Betrag alt (2,3-fach) €', 'GOÄ-neu', 'Betrag neu €', 'Δ %'],
        ['1', 'Beratung', 10.72, 'B.1', 16.0, 49.3],
        ['5', 'Symptombezogene Untersuchung', 10.72, 'B.3', 14.5, 35.3],
        ['651', 'EKG in Ruhe', 14.75, 'E.210', 19.0, 28.8],
        ['410', 'Sonographie eines Organs', 26.81, 'E.400', 31.0, 15.6],
        ['3550', 'Blutbild', 4.02, 'M.100', 3.8, -5.5],
    ])], shared=True)
    body = ('Hallo Henrik,\n\nanbei die Gegenüberstellung für die Kalkulation der Ambulanttarife. Die Deltas sind '
            'grob – der Entwurf ändert sich ja noch.\n\nVG Tobias\n')
    return render_msg(who('fuchs'), [who('paulsen')], 'GOÄ alt/neu Vergleich', '2026-04-21 11:01',
                      MIX(T(body, 'utf-8', 'base64'), A('GOAE_alt_neu_Vergleich.xlsx', x)))


@mail(129, 'CONFIDENTIAL', 'de', 'customer',
      'customer complaint PDF forwarded to the board office: slow motor claim, plate, claim number, her IBAN; no injury')
def m129():
    ib = iban_de('86055592', '1500778812')
    pdf = pdf_bytes([
        'Dagmar Heinicke · Lützner Straße 190 · 04179 Leipzig', '',
        'An den Vorstand der Auenwald Allgemeine Versicherung AG', '',
        '## Beschwerde - Schaden KH-2026-0061903, mein Fahrzeug L-DH 519',
        'Seit dem Unfall am 14.04.2026 (Ihr Versicherungsnehmer hat mir die Vorfahrt genommen, zum Glück wurde',
        'niemand verletzt) warte ich auf die Regulierung. Ich habe dreimal angerufen, niemand ruft zurück.',
        'Die Werkstatt will ihr Geld (3.912,45 €). Bitte überweisen Sie endlich auf mein Konto',
        ib + '.',
        'Sonst schalte ich einen Anwalt ein und beschwere mich bei der Aufsicht.',
        'Dagmar Heinicke',
    ], title='Beschwerde')
    body = ('Hallo Jonas,\n\nBeschwerde an den Vorstand, bitte bis Freitag Stellungnahme und Rückruf bei der Kundin. '
            'Der Vorstand möchte informiert werden, wenn gezahlt ist.\n\nDanke\nDerya (Beschwerdemanagement)\n\n'
            'From: Dagmar Heinicke <dagmar.heinicke@web.example>\n'
            'Sent: Tuesday, June 2, 2026 9:12 PM\n'
            'To: vorstand@auenwald-versicherung.example\n'
            'Subject: Beschwerde Schaden KH-2026-0061903\n\n'
            'Sehr geehrte Damen und Herren, anbei meine Beschwerde. Mit freundlichen Grüßen D. Heinicke\n')
    return render_msg(who('saglam'), [who('weisshaupt')], 'WG: Beschwerde Schaden KH-2026-0061903', '2026-06-03 08:40',
                      MIX(T(body), A('Beschwerde_Heinicke.pdf', pdf)), cc=[('Vorstandsbüro', A_('vorstandsbuero'))])


@mail(130, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-broker',
      'BU application decision ODS to a Dutch broker (English mail, German sheet): named applicant, surcharge for hypertension/sleep apnoea')
def m130():
    ods = ods_bytes([('Risikoprüfung', [
        ['Antrag A-2026-131207 - Risikoprüfung BU'],
        ['Antragsteller', 'Maarten de Boer', 'geb.', '1978-10-04', 'Beruf', 'Logistikleiter'],
        ['Angaben', 'arterielle Hypertonie (I10.00) seit 2020, Candesartan 16 mg; obstruktive Schlafapnoe (G47.31), CPAP seit 2023'],
        ['Entscheidung', 'Annahme mit Risikozuschlag 35 % auf den Tarifbeitrag'],
        ['BU-Rente mtl. €', 1800, 'Beitrag mtl. € (inkl. Zuschlag)', 96.42],
    ])])
    body = ('Dear Mr van Dijk,\n\nthe underwriting result for your client Mr de Boer is attached (our system exports it in German: '
            '"Annahme mit Risikozuschlag" = accepted with a 35 % loading because of hypertension and sleep apnoea). '
            'Bitte lassen Sie uns die Annahmeerklärung innerhalb von 4 Wochen zukommen.\n\n'
            'Kind regards / Mit freundlichen Grüßen\nEmily Carter\n' + sig('carter'))
    return render_msg(who('carter'), [('Joost van Dijk', 'j.vandijk@grensland-assurantien.example')],
                      'A-2026-131207 de Boer - underwriting result', '2026-10-27 15:22',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('A-2026-131207_Risikopruefung.ods', ods)))


@mail(131, 'NORMAL', 'de', 'insurer-to-authority',
      'trap: fire-safety inspection report PDF of the office building sent to the building authority; no person data')
def m131():
    pdf = pdf_bytes([
        '# Bericht Brandverhütungsschau - Auenwaldallee 1, Haus A-C',
        'Datum der Begehung: 24.09.2026 · Prüfer: Sachverständiger für Brandschutz (Büro Hallesche Brandschutzplanung)',
        '',
        'Feststellungen:',
        '1. Haus B, 2. OG: Brandschutztür T30 zum Treppenraum mit Keil offen gehalten - behoben am 25.09.',
        '2. Haus C, Archiv: Feuerlöscher Prüfplakette abgelaufen (3 Stück) - getauscht.',
        '3. Erste-Hilfe-Räume und Defibrillatoren: vorhanden, gekennzeichnet, geprüft.',
        'Ergebnis: keine wesentlichen Mängel.',
    ], title='Brandverhütungsschau 2026')
    body = ('Sehr geehrte Damen und Herren,\n\nanbei der Bericht über die Brandverhütungsschau mit den bereits behobenen '
            'Punkten.\n\nMit freundlichen Grüßen\nLars Oberländer\nFacility Management / Zentraler Einkauf\n')
    return render_msg(who('oberlaender'), [('Bauordnungsamt', 'bauordnung@stadt-leipzig.example')],
                      'Brandverhütungsschau Auenwaldallee 1 - Bericht', '2026-10-05 10:40',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Bericht_Brandverhuetungsschau_2026.pdf', pdf)))


@mail(132, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'electronic broker post ZIP: three policy documents (PDF) for named customers in property lines, plus index CSV')
def m132():
    docs = []
    idx = [['doc_id', 'customer', 'policy', 'type']]
    for i, (cust, pol, line) in enumerate([('Aisling Byrne', 'HR-5501-2201', 'household contents renewal'),
                                           ('Tomasz Wrobel', 'KF-5501-3317', 'motor premium notice'),
                                           ('Frederik and Lotte Jansen', 'WG-5501-0098', 'buildings endorsement')]):
        p = pdf_bytes(LH('AV') + ['## ' + line.capitalize(), 'Customer: ' + cust, 'Policy: ' + pol,
                                  'Document date: 02.11.2026', 'Broker: VM-88120'], title=pol)
        docs.append(('BP-2026-11-%03d.pdf' % (i + 1), p))
        idx.append(['BP-2026-11-%03d' % (i + 1), cust, pol, line])
    z = zip_bytes([('index.csv', csv_bytes(idx, ','))] + docs)
    body = ('Dear Gareth,\n\nyour broker management software could not fetch this week\'s broker post (API token expired), '
            'so here are the three documents as a ZIP. Please renew the token in the broker portal.\n\n'
            'Kind regards\nMehmet\n' + sig('aydin'))
    return render_msg(who('aydin'), [('Gareth Whitmore', 'gareth@whitmore-insurance-broking.example')],
                      'Broker post week 45', '2026-11-02 16:50', MIX(T(body), A('Broker_post_VM-88120_W45.zip', z)))


@mail(133, 'STRICTLY_CONFIDENTIAL', 'de', 'doctor',
      'claims officer forwards a medical expert\'s mail as message/rfc822 to the customer; the quoted opinion contains diagnoses')
def m133():
    inner_body = ('Sehr geehrte Frau Hartmann,\n\nzu Ihrer Anfrage im Fall Ramona Zeidler (UV-2025-05566) teile ich vorab mit:\n'
                  'Nach Untersuchung am 12.03.2026 besteht nach Sprunggelenksfraktur rechts (S82.6, Weber B) eine '
                  'posttraumatische Arthrose mit Bewegungseinschränkung. Invalidität: 3/10 Fußwert. '
                  'Das schriftliche Gutachten folgt in zwei Wochen.\n\nMit kollegialen Grüßen\n'
                  'Dr. med. Bernhard Quast\nFacharzt für Orthopädie und Unfallchirurgie\n')
    inner = render_msg(('Dr. med. Bernhard Quast', 'gutachten@dr-quast-unfallchirurgie.example'),
                       [who('hartmann')], 'Vorabmitteilung Gutachten Zeidler', '2026-03-16 19:02',
                       T(inner_body, 'iso-8859-1', 'quoted-printable'), mailer='Mozilla Thunderbird 128.6.0',
                       mid='<c0ffee12.quast@dr-quast-unfallchirurgie.example>')
    body = ('Sehr geehrte Frau Zeidler,\n\nwie heute am Telefon besprochen leite ich Ihnen die Vorabmitteilung des '
            'Gutachters weiter. Sobald das schriftliche Gutachten da ist, rechnen wir ab.\n\n'
            'Mit freundlichen Grüßen\nJulia Hartmann\n' + sig('hartmann'))
    return render_msg(who('hartmann'), [('Ramona Zeidler', 'ramona.zeidler@online.example')],
                      'WG: Vorabmitteilung Gutachten', '2026-03-17 10:30',
                      MIX(T(body), EML(inner, 'Vorabmitteilung Gutachten Zeidler.eml')))


@mail(134, 'NORMAL', 'mixed', 'insurer-to-partner',
      'trap: reply to the auditors with a PBC request list XLSX (claims reserves, IBNR, samples to be drawn later); no person')
def m134():
    x = xlsx_bytes([('PBC list', [
        ['No.', 'Request', 'Owner', 'Due', 'Status'],
        [1, 'Claims reserve roll-forward 2026 (health, life, P&C)', 'Aktuariat', '2026-12-04', 'in Arbeit'],
        [2, 'IBNR methodology memo', 'Aktuariat', '2026-12-04', 'geliefert'],
        [3, 'Sample selection for claims testing (auditor selects, anonymised IDs first)', 'Auditor', '2026-12-11', 'offen'],
        [4, 'Reinsurance recoverables reconciliation', 'Rückversicherung', '2026-12-11', 'offen'],
    ])])
    body = ('Dear Ms Raines,\n\nthanks for the list. Unsere Zuständigkeiten und Status sind in der Tabelle ergänzt. '
            'Regarding item 3: please send the sample as claim IDs only; we will provide the files in the data room, '
            'not by e-mail.\n\nViele Grüße / best regards\nHenrik Paulsen\n' + sig('paulsen'))
    return render_msg(who('paulsen'), [('Olivia Raines', 'olivia.raines@kpw-audit.example')],
                      'AW: PBC list year-end audit 2026', '2026-11-20 17:05',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('PBC_list_Auenwald_2026_status.xlsx', x)),
                      irt='<pbc2026.raines@kpw-audit.example>')


@mail(135, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'comprehensive total-loss settlement PDF: named customer, plate, VIN, replacement and residual value, financing bank')
def m135():
    pdf = pdf_bytes(LH('AV') + [
        'Herrn Benjamin Hesse', 'Stöckelstraße 30', '04347 Leipzig', '',
        '## Vollkaskoschaden VK-2026-012290 - wirtschaftlicher Totalschaden',
        'Fahrzeug: Seat Leon ST, L-BH 2718, FIN VSSZZZKLZMR041178',
        'Unfall 30.08.2026 (Alleinunfall, Glätte durch Ölspur), keine Personenschäden',
        '',
        'Wiederbeschaffungswert lt. Gutachten 16.900,00 €',
        'Restwert (Höchstgebot Restwertbörse) -3.450,00 €',
        'Selbstbeteiligung -500,00 €',
        'Entschädigung 12.950,00 € - Zahlung an die finanzierende Bank (Sicherungsschein Autobank Mitte AG)',
    ], title='VK-2026-012290')
    body = ('Hallo Herr Hesse,\n\nleider lohnt sich die Reparatur nicht. Die Abrechnung hängt an; das Restwertangebot gilt '
            'drei Wochen.\n\nViele Grüße\nJonas Weißhaupt\n' + sig('weisshaupt'))
    return render_msg(who('weisshaupt'), [('Benjamin Hesse', 'ben.hesse@mailbox.example')],
                      'Ihr Leon - Totalschaden', '2026-09-15 13:58',
                      MIX(T(body, cte='quoted-printable'), A('Abrechnung_VK-2026-012290.pdf', pdf)))


@mail(136, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'short reply; the sensitive part is only in the quoted customer mail (chemotherapy, oncologist invoices); no attachment')
def m136():
    body = ('Dear Ms Lindahl,\n\nthank you - all three invoices arrived and will be paid by Friday. You do not need to send '
            'anything else.\n\nBest wishes\nFiona\n' + sig('gallagher', short=True) + '\n'
            'On 3 Mar 2026, at 21:40, Karin Lindahl <karin.lindahl@fastpost.example> wrote:\n'
            '> Hi Fiona,\n'
            '> attached are the invoices from Dr Moreau for my chemotherapy cycles 3 and 4 (FOLFOX) and the\n'
            '> port check. The oncology clinic says the last cycle is on 24 March, then a CT scan.\n'
            '> My member number is IHP-220-57120.\n'
            '> Thanks so much for your help with all of this.\n'
            '> Karin\n')
    return render_msg(who('gallagher'), [('Karin Lindahl', 'karin.lindahl@fastpost.example')],
                      'Re: invoices cycles 3 and 4', '2026-03-04 09:12', T(body, 'us-ascii', '7bit'),
                      irt='<4b1d.lindahl@fastpost.example>', mailer='Microsoft Outlook 16.0')


@mail(137, 'NORMAL', 'de', 'internal',
      'one-line internal reply, no content beyond agreement')
def m137():
    body = ('passt, danke! Dann so an die IT.\n\nSabine\n\n'
            '-----Ursprüngliche Nachricht-----\n'
            'Von: Yvonne Petersen\n'
            'Gesendet: Dienstag, 5. Mai 2026 15:12\n'
            'An: Sabine Kröger\n'
            'Betreff: Vorlage KÜ stationär\n\n'
            'Hallo Sabine,\ndie neue KÜ-Vorlage mit den Platzhaltern für OPS. Bitte kurz drüberschauen, dann geht sie an die IT.\n'
            'Gruß Yvonne\n')
    return render_msg(who('kroeger'), [who('petersen')], 'AW: Vorlage KÜ stationär', '2026-05-05 16:02',
                      T(body, 'windows-1252', 'quoted-printable'))


@mail(138, 'CONFIDENTIAL', 'de', 'insurer-to-partner',
      'no-claims history request DOCX to the previous motor insurer: named customer, birth date, plate, previous policy')
def m138():
    doc = docx_bytes([
        ('h', 'Anfrage Schadenfreiheitsrabatt (SF-Anfrage) an den Vorversicherer'),
        ('table', [['Versicherungsnehmer', 'Frau Josephine Albrecht'],
                   ['Geburtsdatum', '26.01.1996'],
                   ['Anschrift', 'Zschortauer Straße 12, 04129 Leipzig'],
                   ['Kennzeichen', 'L-JA 226'],
                   ['Ihre Vertragsnummer', 'MK-0045-778120'],
                   ['Vertragsende bei Ihnen', '31.12.2025'],
                   ['Vertragsbeginn bei uns', '01.01.2026, KF 6630-90012']]),
        'Bitte teilen Sie uns SF-Klasse Haftpflicht/Vollkasko sowie Schäden der letzten 3 Jahre mit.',
    ], title='SF-Anfrage Albrecht')
    body = ('Sehr geehrte Damen und Herren,\n\nanbei unsere SF-Anfrage. Für eine Antwort innerhalb von 14 Tagen wären wir dankbar.\n\n'
            'Mit freundlichen Grüßen\nDerya Sağlam\nKundenservice Kfz\n')
    return render_msg(who('saglam'), [('SF-Auskunft', 'sf-auskunft@mitteldeutsche-kraftfahrt.example')],
                      'SF-Anfrage Albrecht, L-JA 226', '2026-01-08 09:09',
                      MIX(T(body, 'iso-8859-1', '8bit'), A('SF-Anfrage_Albrecht.docx', doc)))


@mail(139, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'HTML-only claim status with a table of physiotherapy/orthopaedic invoices (rotator cuff tear M75.1) for the named member')
def m139():
    html = ('<html><body style="font-family:Calibri,Arial">'
            '<p>Dear Mr Fitzgerald,</p><p>here is the status of your recent invoices (member IHP-220-59904):</p>'
            '<table border="1" cellspacing="0" cellpadding="4">'
            '<tr><th>Date</th><th>Provider</th><th>Treatment</th><th>Diagnosis</th><th>Amount</th><th>Status</th></tr>'
            '<tr><td>2026-05-04</td><td>Dr. Lukas Berger, Orthopaedics</td><td>Consultation, ultrasound shoulder</td><td>M75.1 rotator cuff tear</td><td>EUR 148.20</td><td>paid</td></tr>'
            '<tr><td>2026-05-11</td><td>MRT-Zentrum Nord</td><td>MRI right shoulder</td><td>M75.1</td><td>EUR 520.44</td><td>paid</td></tr>'
            '<tr><td>2026-05-18</td><td>Physio am Park</td><td>10 x physiotherapy</td><td>M75.1</td><td>EUR 380.00</td><td>in review</td></tr>'
            '</table><p>Kind regards<br>Fiona Gallagher<br>International Health Desk - Claims</p></body></html>')
    return render_msg(who('gallagher'), [('Sean Fitzgerald', 'sean.fitzgerald@web.example')],
                      'Status of your invoices', '2026-06-01 10:45', H(html, 'utf-8', 'quoted-printable'))


@mail(140, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: catering order PDF for a training day with aggregated dietary needs (3 x gluten-free, 1 x lactose-free); no names')
def m140():
    pdf = pdf_bytes([
        '# Bestellung Catering - Maklertag 2026',
        'Datum: 12.11.2026, 40 Personen, Konferenzzentrum Haus A',
        '',
        '09:30 Kaffee, Tee, Obst',
        '12:30 Mittagsbuffet: Kartoffelsuppe, Hähnchen, vegetarische Lasagne, Salatbar',
        '15:00 Kuchen',
        '',
        'Besondere Ernährung (anonym gesammelt): 6 x vegetarisch, 2 x vegan, 3 x glutenfrei, 1 x laktosefrei,',
        '1 x Nussallergie - bitte Speisen kennzeichnen.',
    ], title='Catering Maklertag')
    body = ('Sehr geehrte Frau Lehmann,\n\nanbei unsere Bestellung für den Maklertag. Bitte die Allergene am Buffet '
            'ausschildern.\n\nMit freundlichen Grüßen\nLars Oberländer\n' + sig('oberlaender'))
    return render_msg(who('oberlaender'), [('Kerstin Lehmann', 'bestellung@catering-lehmann.example')],
                      'Catering 12.11. Maklertag', '2026-10-29 11:30',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Bestellung_Catering_Maklertag.pdf', pdf)))


@mail(141, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'HTML-only e-bike theft settlement with a table: named customer, policy, frame number, payout to his IBAN; no attachment')
def m141():
    ib = iban_de('86050200', '1009988776')
    html = ('<html><body><p>Dear Mr Hoang,</p><p>we have settled your bicycle claim FR-2026-00419 (policy FR 2201-05521):</p>'
            '<table border="1" cellpadding="3"><tr><th>Item</th><th>Amount</th></tr>'
            '<tr><td>E-bike, frame no. EBK-55-9010-22, bought 04/2025 for EUR 3,199</td><td>EUR 2,879.10</td></tr>'
            '<tr><td>Lock (D-lock, receipt)</td><td>EUR 79.00</td></tr>'
            '<tr><td><b>Paid to ' + ib + '</b></td><td><b>EUR 2,958.10</b></td></tr></table>'
            '<p>Kind regards<br>Katharina Vogt<br>Policy Service Property &amp; Liability</p></body></html>')
    return render_msg(who('vogt'), [('Minh Hoang', 'minh.hoang@mail-online.example')], 'Your e-bike claim FR-2026-00419',
                      '2026-07-23 14:02', H(html, 'windows-1252', 'quoted-printable'))


@mail(142, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'PDF sent as application/octet-stream with body "wie tel. besprochen": accident claim letter quoting an MRI finding (knee ligament)')
def m142():
    pdf = pdf_bytes(LH('AV') + [
        'Herrn Florian Reichardt', '',
        '## Unfallversicherung UV 5520-30871 - Schaden UV-2026-01177',
        'Unfall beim Fußball am 21.02.2026',
        'MRT-Befund Radiologie Südost vom 03.03.2026: vollständige Ruptur des vorderen Kreuzbandes rechts',
        '(S83.53), Innenmeniskus-Hinterhornriss (S83.2), Knochenmarködem lateraler Femurkondylus.',
        'Kreuzbandplastik am 18.03.2026 geplant.',
        'Wir zahlen vorab das Krankenhaustagegeld und die Genesungspauschale; über die Invalidität entscheiden wir',
        'frühestens 12 Monate nach dem Unfall.',
    ], title='UV-2026-01177')
    body = 'Hallo Herr Reichardt,\n\nwie tel. besprochen.\n\nGruß J. Hartmann\n'
    return render_msg(who('hartmann'), [('Florian Reichardt', 'f.reichardt@post-mail.example')], 'AW: Unterlagen',
                      '2026-03-09 17:59', MIX(T(body, 'us-ascii', '7bit'),
                                              A('UV-2026-01177.pdf', pdf, ctype='application/octet-stream')),
                      mailer='Microsoft Outlook 16.0', irt='<u1177.reichardt@post-mail.example>')


@mail(143, 'NORMAL', 'en', 'internal',
      'trap: CSV report of staff S/MIME certificates expiring soon (staff mail addresses, serials, dates); organisational')
def m143():
    rows = [['subject_email', 'serial', 'not_after', 'days_left', 'action'],
            [A_('sabine.kroeger'), '3F:A1:09:22', '2026-12-31', '44', 'renew'],
            [A_('fiona.gallagher'), '3F:A1:0C:87', '2026-12-20', '33', 'renew'],
            [A_('leistung.kranken'), '2B:77:10:01', '2027-01-10', '54', 'renew (domain mailbox)'],
            ['zertifikat@' + INS, '19:00:EF:AB', '2027-02-01', '76', 'none']]
    body = ('Hi Moritz,\n\nweekly certificate expiry report attached (threshold 90 days). Please trigger the renewals for '
            'the first three.\n\nPKI monitoring\n')
    return render_msg(('PKI Monitoring', A_('pki-monitoring')), [who('engel')], 'Certificate expiry report week 47',
                      '2026-11-17 06:00', MIX(T(body, 'us-ascii', '7bit'), A('cert_expiry_w47.csv', csv_bytes(rows, ','), charset='us-ascii', cte='7bit')),
                      mailer='', extra=[('Auto-Submitted', 'auto-generated')])


@mail(144, 'CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'bilingual buildings policy schedule PDF for expat owners: names, insured address, sums, premium, payment account')
def m144():
    ib = iban_de('86010090', '0555123409')
    pdf = pdf_bytes(LH('AV') + [
        '# Versicherungsschein / Policy schedule WG 7710-60318',
        'Versicherungsnehmer / Policyholders: Hannah und/and Michael O\'Brien',
        'Versicherungsort / Insured property: Fritz-Austel-Straße 11, 04159 Leipzig (Doppelhaushälfte / semi-detached house)',
        'Gefahren / Perils: Feuer, Leitungswasser, Sturm/Hagel / fire, water, storm and hail',
        'Beginn / Start: 01.07.2026; Jahresbeitrag / annual premium: 694,80 €',
        'Lastschrift / direct debit: ' + ib,
    ], title='WG 7710-60318')
    body = ('Sehr geehrte Frau O\'Brien, sehr geehrter Herr O\'Brien,\n\nanbei Ihr Versicherungsschein. '
            'As requested, the schedule is bilingual; the German version is legally binding.\n\n'
            'Mit freundlichen Grüßen / Kind regards\nKatharina Vogt\n' + sig('vogt'))
    return render_msg(who('vogt'), [('Hannah O\'Brien', 'hannah.obrien@fastpost.example')],
                      'Ihr Versicherungsschein / your policy schedule', '2026-06-29 09:58',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Policy_schedule_WG7710-60318.pdf', pdf)))


@mail(145, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: broker training invitation (ICS + agenda PDF) on disability underwriting and health questions; no case')
def m145():
    ics = ics_bytes([('d147-0145-bu-schulung@' + INS, '20261203T140000', '20261203T170000',
                      'Makler-Webinar: BU-Risikoprüfung verstehen', 'Online (Link folgt)',
                      'Gesundheitsfragen richtig stellen\nVorerkrankungen: Rücken / Psyche / Allergien\nanonyme Risikovoranfrage')],
                     organizer=('Mehmet Aydın', A_('mehmet.aydin')))
    pdf = pdf_bytes(['# Agenda Makler-Webinar 03.12.2026', '14:00 Begrüßung',
                     '14:10 Die Gesundheitsfragen im BU-Antrag - was genau gefragt ist',
                     '15:00 Typische Vorerkrankungen und unsere Entscheidungen (anonymisierte Beispiele)',
                     '16:00 Die anonyme Risikovoranfrage im Maklerportal', '16:45 Fragen'], title='Agenda BU-Webinar')
    body = ('Liebe Maklerpartner,\n\nherzliche Einladung zu unserem Webinar zur BU-Risikoprüfung. Termin und Agenda hängen an.\n\n'
            'Viele Grüße\nMehmet Aydın\n')
    return render_msg(who('aydin'), [('Maklerverteiler Ost', A_('makler-ost-verteiler'))], 'Einladung Webinar BU-Risikoprüfung 03.12.',
                      '2026-11-12 12:00', MIX(T(body), A('Webinar_BU.ics', ics, charset='utf-8', extra=[('method', 'REQUEST')]),
                                              A('Agenda_BU-Webinar.pdf', pdf)))


@mail(146, 'NORMAL', 'de', 'internal',
      'trap: weekly care team statistics XLSX (open applications per care grade, processing days); aggregate only')
def m146():
    x = xlsx_bytes([('KW 40', [
        ['Pflege-Leistung - Wochenstatistik KW 40/2026'],
        ['Vorgang', 'offen', 'davon > 25 Tage', 'Ø Bearbeitungstage'],
        ['Erstanträge Pflegegrad', 214, 12, 17.4],
        ['Höherstufungsanträge', 131, 9, 19.1],
        ['Widersprüche', 18, 5, 31.0],
        ['Pflegehilfsmittel', 402, 0, 4.2],
        ['Wohnumfeldverbesserung', 37, 3, 22.5],
    ])])
    body = ('Hallo zusammen,\n\ndie Wochenstatistik. Die Widersprüche über 25 Tage bitte bis Mittwoch priorisieren '
            '(gesetzliche Frist!).\n\nYvonne\n')
    return render_msg(who('petersen'), [('Team Pflege', A_('team.pflege'))], 'Wochenstatistik KW 40', '2026-10-05 08:05',
                      MIX(T(body, 'windows-1252', '8bit'), A('Wochenstatistik_Pflege_KW40.xlsx', x)))


@mail(147, 'NORMAL', 'mixed', 'insurer-to-partner',
      'trap: hospital network list ODS (clinic names, specialties, addresses) exchanged with an assistance partner; no patient')
def m147():
    ods = ods_bytes([('Netzwerk', [
        ['Klinik / hospital', 'Stadt / city', 'Fachrichtungen / specialties', 'Direktabrechnung / direct billing'],
        ['Klinikum Mittelstadt', 'Mittelstadt', 'Kardiologie, Stroke Unit', 'ja / yes'],
        ['Sankt-Annen-Krankenhaus', 'Grimma', 'Orthopädie, Endoprothetik', 'ja / yes'],
        ['Hospital Costa Marina', 'Alicante', 'Emergency, neurology', 'yes'],
        ['Riverside International Hospital', 'Bangkok', 'Surgery, internal medicine', 'yes'],
    ])])
    body = ('Dear Ms Castillo,\n\nanbei / attached our updated partner hospital list for your case managers. '
            'Please replace the March version.\n\nBeste Grüße / best regards\nThomas Lindqvist\n' + sig('lindqvist'))
    return render_msg(who('lindqvist'), [('Lucía Castillo', 'network@globalassist-partners.example')],
                      'Partner hospital list / Partnerkliniken 09-2026', '2026-09-09 09:30',
                      MIX(T(body, 'utf-8', 'quoted-printable'), A('Partnerkliniken_2026-09.ods', ods)))


@mail(148, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'partial-cover deer collision settlement PDF: named customer, plate, claim number, workshop payment; nobody injured')
def m148():
    pdf = pdf_bytes(LH('AV') + [
        'Frau Heike Wendland', 'Dorfstraße 4', '04668 Großbothen', '',
        '## Teilkasko TK-2026-018833 - Wildunfall am 11.11.2026, K 8361 bei Grimma',
        'Fahrzeug: Dacia Duster, L-HW 4412 · Wildunfallbescheinigung des Jagdpächters liegt vor · keine Verletzten',
        'Reparatur Autohaus Muldental (Stoßfänger, Scheinwerfer, Kühler): 3.184,20 €',
        'Selbstbeteiligung Teilkasko: 150,00 €',
        'Zahlung an die Werkstatt: 3.034,20 €. Ihre SF-Klasse bleibt unverändert.',
    ], title='TK-2026-018833')
    body = ('Sehr geehrte Frau Wendland,\n\nzum Glück ist Ihnen nichts passiert! Die Abrechnung für das Reh-Malheur hängt an.\n\n'
            'Mit freundlichen Grüßen\nJonas Weißhaupt\n' + sig('weisshaupt'))
    return render_msg(who('weisshaupt'), [('Heike Wendland', 'heike.wendland@t-home.example')],
                      'Wildunfall - Abrechnung', '2026-11-19 15:27',
                      MIX(T(body, 'iso-8859-1', 'quoted-printable'), A('Abrechnung_TK-2026-018833.pdf', pdf)))


@mail(149, 'NORMAL', 'de', 'insurer-to-customer',
      'trap: portal notification mail ("neue Nachricht im Postfach") without content or contract data')
def m149():
    plain = ('Guten Tag,\n\nin Ihrem Auenwald-SecureMail-Postfach liegt eine neue Nachricht für Sie.\n\n'
             'Melden Sie sich an unter https://securemail.auenwald-versicherung.example, um sie zu lesen. '
             'Die Nachricht wird nach 90 Tagen automatisch gelöscht.\n\n'
             'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.\n')
    html = ('<html><body><p>Guten Tag,</p><p>in Ihrem <b>Auenwald-SecureMail-Postfach</b> liegt eine neue Nachricht für Sie.</p>'
            '<p><a href="https://securemail.auenwald-versicherung.example">Jetzt anmelden</a></p>'
            '<p style="font-size:10px">Die Nachricht wird nach 90 Tagen automatisch gelöscht. Diese E-Mail wurde automatisch erstellt.</p>'
            '</body></html>')
    return render_msg(('Auenwald SecureMail', A_('securemail-noreply')), ['k.engelhardt@online.example'],
                      'Neue Nachricht in Ihrem SecureMail-Postfach', '2026-11-25 14:31',
                      ALT(T(plain, 'iso-8859-1', 'quoted-printable'), H(html, 'iso-8859-1', 'quoted-printable')), mailer='',
                      extra=[('Auto-Submitted', 'auto-generated')])


@mail(150, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'annual claims summary ZIP for an expat member (PDF statement, CSV with diagnoses: asthma, dermatitis, pregnancy check-ups)')
def m150():
    pdf = pdf_bytes(LH('EN') + [
        '## Annual claims summary 2026 - member IHP-220-55032',
        'Members: Ms Anjali Kapoor (main member), Rohan Kapoor (child, born 2019)',
        'Total invoices EUR 6,412.80 - paid EUR 6,102.80 - deductible EUR 310.00',
        'For your tax return or employer reimbursement. Details per invoice in the CSV file.',
    ], title='Annual summary IHP-220-55032')
    rows = [['date', 'patient', 'provider', 'diagnosis', 'amount_eur', 'paid_eur'],
            ['2026-01-14', 'Rohan Kapoor', 'Dr. Mehler, paediatrics', 'J45.0 allergic asthma', '96.40', '96.40'],
            ['2026-02-03', 'Anjali Kapoor', 'Hautarztpraxis Zentrum', 'L20.8 atopic dermatitis', '142.10', '142.10'],
            ['2026-04-22', 'Anjali Kapoor', 'Dr. Lind, gynaecology', 'Z34.0 pregnancy check-up', '310.00', '0.00'],
            ['2026-06-30', 'Anjali Kapoor', 'Dr. Lind, gynaecology', 'Z34.0 pregnancy check-up, ultrasound', '486.30', '486.30'],
            ['2026-09-18', 'Rohan Kapoor', 'Kinderklinik Nord', 'J45.0 exacerbation, day clinic', '5378.00', '5378.00']]
    z = zip_bytes([('summary_2026.pdf', pdf), ('claims_2026.csv', csv_bytes(rows, ','))], date=(2026, 12, 1, 9, 0, 0))
    body = ('Dear Ms Kapoor,\n\nplease find your annual claims summary attached (ZIP with PDF and CSV). Congratulations '
            'again on the baby news!\n\nKind regards\nFiona Gallagher\n' + sig('gallagher'))
    return render_msg(who('gallagher'), [('Anjali Kapoor', 'anjali.kapoor@mail-online.example')],
                      'Annual claims summary 2026', '2026-12-02 10:15',
                      MIX(T(body, 'us-ascii', '7bit'), A('Claims_summary_2026_IHP-220-55032.zip', z)))

# ================================================================ BUILD =====

def build():
    out = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for n in sorted(MAILS):
        f, label, lang, kind, reason = MAILS[n]
        CUR['n'] = n
        CUR['bnd'] = 0
        data = f()
        name = '%s%04d.eml' % (PREFIX, n)
        out['mails/' + name] = data
        assert '\t' not in reason and '\n' not in reason
        rows.append('\t'.join([name, label, lang, kind, reason]))
    out['labels.tsv'] = ('\n'.join(rows) + '\n').encode('utf-8')
    return out


def write():
    out = build()
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for k, v in out.items():
        with open(os.path.join(HERE, k), 'wb') as fh:
            fh.write(v)
    print('wrote %d mails and labels.tsv' % (len(out) - 1))


# ================================================================ CHECK =====

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
SS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'


def _xml_text(data):
    root = ET.fromstring(data)
    return ' '.join(t for t in root.itertext() if t.strip())


def pdf_text(data):
    assert data.startswith(b'%PDF-1.'), 'no PDF header'
    assert data.rstrip().endswith(b'%%EOF'), 'no %%EOF'
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    assert m, 'no startxref'
    xo = int(m.group(1))
    assert data[xo:xo + 4] == b'xref', 'startxref does not point to xref'
    m2 = re.match(rb'xref\n0 (\d+)\n', data[xo:])
    n = int(m2.group(1))
    pos = xo + m2.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        assert len(ent) == 20
        if i == 0:
            assert ent.endswith(b'f \n')
            continue
        off = int(ent[:10])
        assert data[off:].startswith(b'%d 0 obj' % i), 'xref offset of object %d wrong' % i
    assert re.search(rb'/Type /Catalog', data)
    texts = []
    for sm in re.finditer(rb'<<([^>]*?)/Length (\d+)([^>]*?)>>\nstream\n', data):
        ln = int(sm.group(2))
        st = data[sm.end(): sm.end() + ln]
        assert data[sm.end() + ln: sm.end() + ln + 10] == b'\nendstream', 'stream length wrong'
        if b'FlateDecode' in sm.group(0):
            st = zlib.decompress(st)
        for tm in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', st):
            s = tm.group(1)
            s = re.sub(rb'\\([0-7]{3})', lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb'\\([()\\])', rb'\1', s)
            texts.append(s.decode('cp1252'))
    t = '\n'.join(texts)
    assert t.strip(), 'PDF has no text layer'
    return t


def ooxml_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    assert '[Content_Types].xml' in names and '_rels/.rels' in names
    for nm in names:
        if nm.endswith('.xml') or nm.endswith('.rels'):
            ET.fromstring(z.read(nm))
    if kind == 'docx':
        root = ET.fromstring(z.read('word/document.xml'))
        t = ' '.join(e.text or '' for e in root.iter(W + 't'))
    else:
        assert 'xl/workbook.xml' in names
        parts = []
        if 'xl/sharedStrings.xml' in names:
            parts.append(_xml_text(z.read('xl/sharedStrings.xml')))
        for nm in sorted(names):
            if nm.startswith('xl/worksheets/'):
                parts.append(_xml_text(z.read(nm)))
        t = ' '.join(parts)
    assert t.strip(), 'empty office document'
    return t


def odf_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    first = z.infolist()[0]
    assert first.filename == 'mimetype' and first.compress_type == zipfile.ZIP_STORED
    mt = z.read('mimetype').decode()
    assert mt == CTYPES[kind], mt
    for nm in z.namelist():
        if nm.endswith('.xml'):
            ET.fromstring(z.read(nm))
    t = _xml_text(z.read('content.xml'))
    assert t.strip()
    return t


def blob_text(name, data, charset=None, depth=0, stats=None):
    ext = name.rsplit('.', 1)[-1].lower()
    if stats is not None:
        stats[ext] = stats.get(ext, 0) + 1
    if ext == 'pdf':
        return pdf_text(data)
    if ext in ('docx', 'xlsx'):
        return ooxml_text(data, ext)
    if ext in ('odt', 'ods'):
        return odf_text(data, ext)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for zi in z.infolist():
            if zi.is_dir():
                continue
            out.append(blob_text(zi.filename, z.read(zi), None, depth + 1, stats))
        return '\n'.join(out)
    if ext == 'eml':
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        texts = []
        check_message(msg, texts, nested=True)
        return '\n'.join(texts)
    if charset is None:
        try:
            s = data.decode('utf-8')
        except UnicodeDecodeError:
            s = data.decode('cp1252')
    else:
        s = data.decode(charset)
    if ext == 'csv':
        rows = list(csv.reader(io.StringIO(s.lstrip('\ufeff')), delimiter=';' if ';' in s.split('\n')[0] else ','))
        assert len(rows) >= 2, 'csv too short'
    if ext == 'ics':
        s = s.replace('\r\n ', '').replace('\n ', '')
        assert s.startswith('BEGIN:VCALENDAR') and s.rstrip().endswith('END:VCALENDAR') and 'BEGIN:VEVENT' in s
    return s


ADDR_HEADERS = ('From', 'To', 'Cc', 'Reply-To', 'Sender')


def check_message(msg, texts, nested=False, info=None):
    for k in ADDR_HEADERS:
        for v in msg.get_all(k, []):
            for nm, a in email.utils.getaddresses([str(v)]):
                if a:
                    assert a.lower().endswith('.example'), 'address %s' % a
    d = email.utils.parsedate_to_datetime(str(msg['Date']))
    assert d.year == 2026, 'date %s' % d
    texts.append(str(msg.get('Subject', '')))
    for part in msg.walk():
        assert not part.defects, 'MIME defects %r' % part.defects
        for k, v in part.items():
            assert not getattr(v, 'defects', None), 'header defect %s %r' % (k, v.defects)
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == 'message/rfc822':
                inner = part.get_payload(0)
                for k in ADDR_HEADERS:
                    for v in inner.get_all(k, []):
                        for nm, a in email.utils.getaddresses([str(v)]):
                            if a:
                                assert a.lower().endswith('.example'), 'address %s' % a
                assert email.utils.parsedate_to_datetime(str(inner['Date'])).year == 2026
                texts.append(str(inner.get('Subject', '')))
                if info is not None:
                    info['att'].append('eml')
            continue
        fn = part.get_filename()
        data = part.get_payload(decode=True)
        cte = part.get('Content-Transfer-Encoding', '7bit').lower()
        if cte == '7bit':
            part.get_payload(decode=False).encode('ascii')
        charset = part.get_content_charset()
        if fn:
            if info is not None:
                info['att'].append(fn.rsplit('.', 1)[-1].lower())
            texts.append(blob_text(fn, data, charset, stats=info['fmt'] if info is not None else None))
        else:
            assert ct.startswith('text/'), 'unnamed non-text part %s' % ct
            assert charset, 'text part without charset'
            texts.append(data.decode(charset))
            if info is not None:
                info['charsets'].add(charset)
                info['ctes'].add(cte)


IBAN_RE = re.compile(r'\bDE\d{2}(?:[ ]?\d{4}){4}[ ]?\d{2}\b', re.I)
MAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+)')
URL_RE = re.compile(r'(?:https?://|\bwww\.)([A-Za-z0-9.-]+)', re.I)


def check():
    problems = []
    out = build()
    again = build()
    if out != again:
        problems.append('build is not deterministic')
    if sorted(MAILS) != list(range(1, N_MAILS + 1)):
        problems.append('mail numbers are not 1..%d' % N_MAILS)
    disk = set('mails/' + f for f in os.listdir(os.path.join(HERE, 'mails')))
    if disk != set(k for k in out if k.startswith('mails/')):
        problems.append('mails/ holds other files than the generator writes')
    for k, v in out.items():
        p = os.path.join(HERE, k)
        if not os.path.exists(p) or open(p, 'rb').read() != v:
            problems.append('%s differs from a rebuild' % k)
    mids = {}
    stats = {'top': {}, 'charsets': {}, 'ctes': {}, 'fmt': {}, 'att_mails': 0, 'ibans': 0}
    for n in sorted(MAILS):
        name = 'mails/%s%04d.eml' % (PREFIX, n)
        raw = out[name]
        try:
            assert b'\n' not in raw.replace(b'\r\n', b''), 'bare LF'
            assert b'\r' not in raw.replace(b'\r\n', b''), 'bare CR'
            for ln in raw.split(b'\r\n'):
                assert len(ln) <= 998, 'line longer than 998 bytes'
            msg = BytesParser(policy=email.policy.default).parsebytes(raw)
            frm = email.utils.parseaddr(str(msg['From']))[1]
            assert frm.lower().endswith('@' + INS), 'From not insurer: %s' % frm
            mid = str(msg['Message-ID'])
            assert mid not in mids, 'duplicate Message-ID'
            mids[mid] = n
            texts = []
            info = {'att': [], 'fmt': stats['fmt'], 'charsets': set(), 'ctes': set()}
            check_message(msg, texts, info=info)
            alltext = '\n'.join(texts)
            for m in IBAN_RE.finditer(alltext):
                stats['ibans'] += 1
                assert iban_ok(m.group(0)), 'IBAN fails mod 97: %s' % m.group(0)
            for m in MAIL_RE.finditer(alltext):
                assert m.group(1).lower().endswith('.example'), 'mail domain in text: %s' % m.group(0)
            for m in URL_RE.finditer(alltext):
                assert m.group(1).lower().rstrip('.').endswith('.example'), 'url in text: %s' % m.group(0)
            top = msg.get_content_type()
            stats['top'][top] = stats['top'].get(top, 0) + 1
            for c in info['charsets']:
                stats['charsets'][c] = stats['charsets'].get(c, 0) + 1
            for c in info['ctes']:
                stats['ctes'][c] = stats['ctes'].get(c, 0) + 1
            if info['att']:
                stats['att_mails'] += 1
        except Exception as e:  # noqa
            problems.append('%s: %s: %s' % (name, type(e).__name__, e))
    counts = {}
    for n, (f, label, lang, kind, reason) in MAILS.items():
        counts[label] = counts.get(label, 0) + 1
    if counts != WANT:
        problems.append('label counts %r, want %r' % (counts, WANT))
    return problems, counts, stats


def print_stats(stats):
    from collections import Counter
    lab = Counter((v[1], v[2]) for v in MAILS.values())
    langs = sorted(set(v[2] for v in MAILS.values()))
    print('label x lang:')
    for L in WANT:
        print('  %-22s %s  total %d' % (L, '  '.join('%s=%d' % (g, lab[(L, g)]) for g in langs), sum(lab[(L, g)] for g in langs)))
    kl = Counter((v[3], v[1]) for v in MAILS.values())
    kinds = sorted(set(v[3] for v in MAILS.values()), key=lambda k: -sum(kl[(k, L)] for L in WANT))
    print('kind x label (N/C/S):')
    for k in kinds:
        print('  %-24s %3d  %3d %3d %3d' % (k, sum(kl[(k, L)] for L in WANT), kl[(k, 'NORMAL')], kl[(k, 'CONFIDENTIAL')], kl[(k, 'STRICTLY_CONFIDENTIAL')]))
    print('top-level types:', dict(sorted(stats['top'].items())))
    print('body charsets (mails):', dict(sorted(stats['charsets'].items())))
    print('body transfer encodings (mails):', dict(sorted(stats['ctes'].items())))
    print('mails with attachments:', stats['att_mails'])
    print('attachment formats (incl. ZIP members):', dict(sorted(stats['fmt'].items())))
    print('German IBANs checked (mod 97):', stats['ibans'])


def main():
    if '--check' in sys.argv[1:]:
        problems, counts, stats = check()
        print('mails: %d  labels: %s' % (len(MAILS), ', '.join('%s=%d' % (k, counts.get(k, 0)) for k in WANT)))
        print_stats(stats)
        if problems:
            print('CHECK FAILED (%d problems):' % len(problems))
            for p in problems:
                print('  ' + p)
            sys.exit(1)
        print('CHECK OK: byte-identical rebuild, CRLF only, lines <= 998 bytes, no MIME defects, unique Message-IDs, '
              'dates in 2026, all domains .example, From = insurer, charsets decode, attachments open, '
              'German IBANs pass mod 97, label counts 60/45/45')
    else:
        write()


if __name__ == '__main__':
    main()
