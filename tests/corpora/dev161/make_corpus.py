#!/usr/bin/env python3
"""Generator of the dev161 corpus for Siegel (issue 14).

150 fictitious outgoing mails of the invented insurer "Auenwald Versicherungsgruppe"
(domain auenwald-versicherung.example), each labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Standard library only.  Deterministic.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares, parses, opens everything
"""
import base64, csv, datetime, hashlib, html, html.parser, io, os, quopri, re, sys, zipfile, zlib
import xml.etree.ElementTree as ET
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd161-'
DOM = 'auenwald-versicherung.example'
LABELS = {'N': 'NORMAL', 'C': 'CONFIDENTIAL', 'S': 'STRICTLY_CONFIDENTIAL'}

# ---------------------------------------------------------------- IBAN ------
def iban(cc, bban):
    """Return a mod-97 valid IBAN (ungrouped) for country cc and the given BBAN."""
    s = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num) % 97
    return f'{cc}{check:02d}{bban}'

def grp(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))

def iban_ok(i):
    i = i.replace(' ', '').upper()
    s = i[4:] + i[:4]
    try:
        return int(''.join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False

# ------------------------------------------------------------ documents -----
ZDT = (2026, 1, 2, 8, 0, 0)

def _zip(members, odf_mimetype=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        if odf_mimetype:
            zi = zipfile.ZipInfo('mimetype', ZDT)
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, odf_mimetype)
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return buf.getvalue()

def zipfile_of(members):
    """members: list of (name, bytes)"""
    return _zip(members)

def _pdfstr(s):
    s = s.replace('ı', 'i').replace('ş', 's').replace('ğ', 'g').replace('–', '-').replace('→', '->')
    b = s.encode('cp1252', 'replace')
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(ch))
        elif ch < 32 or ch > 126:
            out.append('\\%03o' % ch)
        else:
            out.append(chr(ch))
    return '(' + ''.join(out) + ')'

def pdf(lines, title='Dokument', date='20260105090000'):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsi).  '# ' = bold line."""
    if isinstance(lines, str):
        lines = lines.strip('\n').split('\n')
    pages = [lines[i:i + 52] for i in range(0, len(lines), 52)] or [['']]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = ('<< /Title %s /Producer (Auenwald DMS 4.2) /CreationDate (D:%s+01\'00\') >>'
               % (_pdfstr(title), date)).encode('latin-1')
    kids = []
    n = 6
    for pg in pages:
        ops = ['BT', '/F1 10 Tf', '14 TL', '56 792 Td']
        for ln in pg:
            if ln.startswith('# '):
                ops.append('/F2 11 Tf %s Tj /F1 10 Tf T*' % _pdfstr(ln[2:]))
            else:
                ops.append('%s Tj T*' % _pdfstr(ln))
        ops.append('ET')
        raw = zlib.compress('\n'.join(ops).encode('latin-1'), 9)
        objs[n + 1] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(raw) + raw + b'\nendstream'
        objs[n] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                   b'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids).encode(), len(kids))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (max(objs) + 1)
    for k in range(1, max(objs) + 1):
        out += b'%010d 00000 n \n' % offs[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (max(objs) + 1, xref)
    return bytes(out)

def _x(s):
    return html.escape(str(s), quote=True)

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>{t}</dc:title><dc:creator>{a}</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:modified>'
        '</cp:coreProperties>')

def docx(items, title='Dokument', author='Auenwald Versicherung'):
    """items: str (paragraph), ('h', text) bold heading, ('table', rows)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))
    for it in items:
        if isinstance(it, str):
            body.append(para(it))
        elif it[0] == 'h':
            body.append(para(it[1], True))
        elif it[0] == 'table':
            rows = []
            for r in it[1]:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(c) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % ''.join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, ''.join(body)))
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
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
                 ('docProps/core.xml', CORE.format(t=_x(title), a=_x(author)))])

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(sheets, title='Tabelle', author='Auenwald Versicherung'):
    """sheets: list of (name, rows); cells str / int / float / None."""
    S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    members = []
    wb_sheets, wb_rels, ct_over = [], [], []
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
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        members.append(('xl/worksheets/sheet%d.xml' % si,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, ''.join(xr))))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>'
          % (S, R, ''.join(wb_sheets)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs>'
              '</styleSheet>' % S)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
          % ''.join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wb_rels))
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/styles.xml', styles)] + members +
                [('docProps/core.xml', CORE.format(t=_x(title), a=_x(author)))])

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')

def _odf(kind, body):
    mt = 'application/vnd.oasis.opendocument.' + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:%s>%s</office:%s></office:body></office:document-content>'
               % (ODF_NS, kind, body, kind))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    return _zip([('content.xml', content), ('META-INF/manifest.xml', manifest)], odf_mimetype=mt)

def _odf_table(name, rows):
    out = ['<table:table table:name="%s">' % _x(name)]
    for r in rows:
        out.append('<table:table-row>')
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
        out.append('</table:table-row>')
    out.append('</table:table>')
    return ''.join(out)

def odt(items):
    body = []
    for it in items:
        if isinstance(it, str):
            body.append('<text:p>%s</text:p>' % _x(it))
        elif it[0] == 'h':
            body.append('<text:h text:outline-level="1">%s</text:h>' % _x(it[1]))
        elif it[0] == 'table':
            body.append(_odf_table('Tabelle', it[1]))
    return _odf('text', ''.join(body))

def ods(sheets):
    return _odf('spreadsheet', ''.join(_odf_table(n, rows) for n, rows in sheets))

def csvb(rows, sep=';', enc='utf-8'):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(enc)

def ics(uid, start, end, summary, location='', desc='', organizer='', attendees=()):
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Auenwald Versicherung//Kalender 3.1//DE', 'METHOD:REQUEST',
         'BEGIN:VEVENT', 'UID:%s@%s' % (uid, DOM), 'DTSTAMP:20260101T080000Z',
         'DTSTART;TZID=Europe/Berlin:%s' % start, 'DTEND;TZID=Europe/Berlin:%s' % end,
         'SUMMARY:%s' % summary]
    if location:
        L.append('LOCATION:%s' % location)
    if desc:
        L.append('DESCRIPTION:%s' % desc.replace('\n', '\\n').replace(',', '\\,').replace(';', '\\;'))
    if organizer:
        L.append('ORGANIZER:mailto:%s' % organizer)
    for a in attendees:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:%s' % a)
    L += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in L:
        b = ln.encode('utf-8')
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b' ' + b[cut:]
        out.append(b)
    return b'\r\n'.join(out) + b'\r\n'

# ------------------------------------------------------------- MIME ---------
def _enc_body(raw, cte):
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == '7bit':
        raw.decode('ascii')
    return raw

class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def T(text, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False):
    text = text.strip('\n') + '\n'
    if cs == 'us-ascii':
        cte = '7bit' if cte in ('7bit', 'quoted-printable') and all(len(l) < 900 for l in text.split('\n')) else cte
    raw = text.encode(cs)
    if cte in ('7bit', '8bit') and cs != 'us-ascii':
        pass
    ct = 'text/%s; charset="%s"' % (sub, cs) + ('; format=flowed' if flowed else '')
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', cte)], _enc_body(raw, cte))

def A(fname, data, ctype=None, inline=False):
    ext = fname.rsplit('.', 1)[-1].lower()
    ctype = ctype or {
        'pdf': 'application/pdf', 'zip': 'application/zip', 'csv': 'text/csv', 'ics': 'text/calendar',
        'html': 'text/html', 'txt': 'text/plain',
        'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'odt': 'application/vnd.oasis.opendocument.text',
        'ods': 'application/vnd.oasis.opendocument.spreadsheet'}[ext]
    if isinstance(data, str):
        data = data.encode('utf-8')
    if ctype.startswith('text/') and 'charset' not in ctype:
        ctype += '; charset="utf-8"'
    try:
        fname.encode('ascii')
        disp = '%s; filename="%s"' % ('inline' if inline else 'attachment', fname)
        ctn = '%s; name="%s"' % (ctype, fname)
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "%s; filename*=utf-8''%s" % ('inline' if inline else 'attachment', quote(fname))
        ctn = ctype
    return Part([('Content-Type', ctn), ('Content-Disposition', disp), ('Content-Transfer-Encoding', 'base64')],
                base64.encodebytes(data))

def EML(fname, inner_bytes):
    cte = '7bit'
    try:
        inner_bytes.decode('ascii')
    except UnicodeDecodeError:
        cte = '8bit'
    return Part([('Content-Type', 'message/rfc822'), ('Content-Disposition', 'attachment; filename="%s"' % fname),
                 ('Content-Transfer-Encoding', cte)], inner_bytes.replace(b'\r\n', b'\n'))

def MP(sub, children):
    return Part([('Content-Type', 'multipart/%s' % sub)], children=children)

def _ser(p, bid, top_headers=()):
    out = []
    hs = list(top_headers) + p.headers
    if p.children is not None:
        bnd = '----=_Part_%s' % bid
        hs = [(k, v if k != 'Content-Type' else v + ';\n\tboundary="%s"' % bnd) for k, v in hs]
    for k, v in hs:
        out.append(('%s: %s\n' % (k, v)).encode('utf-8'))
    out.append(b'\n')
    if p.children is None:
        out.append(p.body if p.body.endswith(b'\n') else p.body + b'\n')
    else:
        out.append(b'This is a multi-part message in MIME format.\n\n' if not top_headers == () else b'')
        for i, c in enumerate(p.children):
            out.append(('--%s\n' % bnd).encode())
            out.append(_ser(c, '%s.%d' % (bid, i + 1)))
        out.append(('--%s--\n' % bnd).encode())
    return b''.join(out)

def H(name, value, cs='utf-8'):
    try:
        value.encode('ascii')
        cs = 'us-ascii'
    except UnicodeEncodeError:
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
    return Header(value, cs, maxlinelen=76, header_name=name).encode(linesep='\n')

def ADDR(lst, cs='utf-8'):
    items = []
    for a in lst:
        if isinstance(a, str):
            items.append(a)
        else:
            n, ad = a
            try:
                n.encode('ascii')
                items.append(formataddr((n, ad)))
            except UnicodeEncodeError:
                items.append(formataddr((n, ad), charset=cs))
    return ',\n '.join(items)

def _date(s):
    # s = 'MM-DD HH:MM'
    md, hm = s.split()
    m, d = map(int, md.split('-'))
    hh, mm = map(int, hm.split(':'))
    dst = datetime.date(2026, 3, 29) <= datetime.date(2026, m, d) < datetime.date(2026, 10, 25)
    tz = datetime.timezone(datetime.timedelta(hours=2 if dst else 1))
    return format_datetime(datetime.datetime(2026, m, d, hh, mm, (m * 7 + d * 3) % 60, tzinfo=tz))

def build_msg(key, frm, to, subj, date, body, cc=(), extra=(), hcs='utf-8', msgid=None, irt=None, bcc=()):
    hs = [('From', ADDR([frm], hcs)), ('To', ADDR(to, hcs))]
    if cc:
        hs.append(('Cc', ADDR(cc, hcs)))
    hs += [('Subject', H('Subject', subj, hcs)), ('Date', _date(date))]
    hs.append(('Message-ID', msgid or '<%s.%s@%s>' % (key, hashlib.sha1(key.encode()).hexdigest()[:12], DOM)))
    if irt:
        hs += [('In-Reply-To', irt), ('References', irt)]
    hs += list(extra)
    hs.append(('MIME-Version', '1.0'))
    data = _ser(body, hashlib.sha1(('b' + key).encode()).hexdigest()[:16], hs)
    return data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')

# ------------------------------------------------------------- world --------
class P:
    pass

STAFF = {
    'oberlaender': ('Katrin Oberländer', 'katrin.oberlaender', 'Leistungsabteilung Krankenversicherung', 'Health Claims', '-4410'),
    'reifenrath': ('Jonas Reifenrath', 'jonas.reifenrath', 'Kfz-Schaden', 'Motor Claims', '-2231'),
    'achterberg': ('Dr. med. Miriam Achterberg', 'miriam.achterberg', 'Medizinische Risikoprüfung Leben', 'Medical Underwriting Life', '-5120'),
    'brinkhaus': ('Ole Brinkhaus', 'ole.brinkhaus', 'Maklerbetreuung Nord', 'Broker Relations', '-3305'),
    'kowalczyk': ('Sabine Kowalczyk', 'sabine.kowalczyk', 'Personalabteilung', 'Human Resources', '-1190'),
    'yildiz': ('Tarik Yıldız', 'tarik.yildiz', 'Sachschaden Privatkunden', 'Property Claims', '-2460'),
    'vosskamp': ('Henrike Voßkamp', 'henrike.vosskamp', 'Datenschutzbeauftragte', 'Data Protection Officer', '-1007'),
    'amendt': ('Felix Amendt', 'felix.amendt', 'IT – Secure Mail & Portal', 'IT – Secure Mail & Portal', '-6612'),
    'marquardt': ('Lena Marquardt', 'lena.marquardt', 'Lebensversicherung / bAV', 'Life & Pensions', '-5233'),
    'szymanski': ('Paul Szymanski', 'paul.szymanski', 'Haftpflicht- und Rechtsschutzschaden', 'Liability & Legal Expenses Claims', '-2740'),
    'ferber': ('Annika Ferber', 'annika.ferber', 'Reiseversicherung & Assistance', 'Travel Insurance & Assistance', '-4780'),
    'hainbuch': ('Gregor Hainbuch', 'gregor.hainbuch', 'Firmenkunden Betrieb', 'Commercial Lines Underwriting', '-3820'),
    'lohmeier': ('Beatrix Lohmeier', 'beatrix.lohmeier', 'Aktuariat Kranken', 'Health Actuarial', '-5501'),
    'thornbury': ('Rebecca Thornbury', 'rebecca.thornbury', 'International Health', 'International Health', '-4901'),
    'petersen': ('Nils Petersen', 'nils.petersen', 'Unfallschaden', 'Accident Claims', '-4320'),
    'stahl': ('Yvonne Stahl', 'yvonne.stahl', 'Einkauf', 'Procurement', '-1630'),
    'reents': ('Claudia Reents', 'claudia.reents', 'Unternehmenskommunikation', 'Corporate Communications', '-1050'),
    'faller': ('Dominik Faller', 'dominik.faller', 'Regress & Recht', 'Recovery & Legal', '-2790'),
    'aydin': ('Sevgi Aydın', 'sevgi.aydin', 'Kundenservice', 'Customer Service', '-1000'),
    'lenz': ('Matthias Lenz', 'matthias.lenz', 'Controlling', 'Controlling', '-1410'),
}

def who(k):
    n, a, *_ = STAFF[k]
    return (n, '%s@%s' % (a, DOM))

def box(local, name):
    return (name, '%s@%s' % (local, DOM))

def sig(k, lang='de', short=False):
    n, a, de, en, ext = STAFF[k]
    if short:
        return '\n-- \n%s\n%s\n' % (n, de if lang == 'de' else en)
    if lang == 'de':
        return ('\nMit freundlichen Grüßen\n\n%s\n%s\n\nAuenwald Versicherungsgruppe\nAuenwaldstraße 1 · 34121 Kassel\n'
                'Telefon +49 561 7790%s\n%s@%s\nwww.auenwald-versicherung.example\n' % (n, de, ext, a, DOM))
    return ('\nKind regards\n\n%s\n%s\n\nAuenwald Insurance Group\nAuenwaldstrasse 1 · 34121 Kassel · Germany\n'
            'Phone +49 561 7790%s\n%s@%s\n' % (n, en, ext, a, DOM))

FOOT_DE = '''
________________________________
Auenwald Allgemeine Versicherung AG · Auenwald Krankenversicherung a.G. · Auenwald Lebensversicherung AG
Sitz Kassel · Amtsgericht Kassel HRB 99901 · Vorstand: Dr. Hanna Brückner (Vors.), Tobias Elsner, Martina Quade
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Hollweg

Diese E-Mail enthält möglicherweise vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
E-Mail ist nicht gestattet.
'''

FOOT_EN = '''
________________________________
Auenwald Insurance Group · Auenwald Allgemeine Versicherung AG · registered office Kassel, Germany
Local court Kassel HRB 99901 · Management board: Dr Hanna Brückner (chair), Tobias Elsner, Martina Quade

This e-mail may contain confidential and/or privileged information. If you are not the intended
recipient (or have received this e-mail in error) please notify the sender immediately and delete
this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is
strictly forbidden.
'''

def q(text, intro=None):
    lines = text.strip('\n').split('\n')
    out = '\n'.join(('> ' + l) if l and not l.startswith('>') else ('>' + l) for l in lines)
    return (intro + '\n' if intro else '') + out + '\n'

def ol_de(frm, sent, to, subj, text, cc=None):
    h = '-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n' % (frm, sent, to)
    if cc:
        h += 'Cc: %s\n' % cc
    return '\n' + h + 'Betreff: %s\n\n%s\n' % (subj, text.strip('\n'))

def ol_en(frm, sent, to, subj, text, cc=None):
    h = '\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        h += 'Cc: %s\n' % cc
    return '\n________________________________' + h + 'Subject: %s\n\n%s\n' % (subj, text.strip('\n'))

def fwd_de(frm, date, to, subj, text):
    return ('\n-------- Weitergeleitete Nachricht --------\nBetreff: %s\nDatum: %s\nVon: %s\nAn: %s\n\n%s\n'
            % (subj, date, frm, to, text.strip('\n')))

def fwd_en(frm, date, to, subj, text):
    return ('\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n'
            % (frm, date, subj, to, text.strip('\n')))

MAILS = []
INTENDED_INVALID_IBANS = set()

def mail(n, label, lang, kind, reason, frm, to, subj, date, body, cc=(), extra=(), hcs='utf-8', irt=None):
    MAILS.append(dict(n=n, label=LABELS[label], lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                      subj=subj, date=date, body=body, cc=cc, extra=extra, hcs=hcs, irt=irt))

def inner(key, frm, to, subj, date, body, cc=(), irt=None, msgid=None):
    """A complete message used as message/rfc822 attachment."""
    return build_msg(key, frm, to, subj, date, body, cc=cc, irt=irt, msgid=msgid)

XM_OUTLOOK = ('X-Mailer', 'Microsoft Outlook 16.0')
XM_TB = ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0')
XM_IOS = ('X-Mailer', 'iPhone Mail (21D61)')
XM_SYS = ('X-Mailer', 'Auenwald Korrespondenzsystem KORA 7.3')

# ================================================================ MAILS ======
# ---------------------------------------------------------------- 001-025 --
IB_GSCHWIND = iban('DE', '52060410' + '0004471233')
IB_HOFFMANN = iban('DE', '20050550' + '1268830041')
IB_KUNZE = iban('DE', '50010517' + '5410883920')

mail(1, 'S', 'de', 'insurer-to-customer',
     'PKV reimbursement statement for the addressee: GOÄ invoice items, physiotherapy, medicine with diagnosis M54.5 in an aligned column table',
     who('oberlaender'), [('Renate Gschwind', 'renate.gschwind@kundenpost.example')],
     'Ihre Leistungsabrechnung vom 12.01.2026 – Vertrag KV-7731-40218', '01-13 10:14',
     T('''Sehr geehrte Frau Gschwind,

vielen Dank für die Einreichung Ihrer Belege. Wir haben Ihre Rechnungen wie folgt abgerechnet:

Beleg  Leistungserbringer              Datum       Betrag     erstattet
-----  ------------------------------  ----------  ---------  ---------
1      Dr. med. Jörg Ruhnke (Ortho.)   02.12.2025   184,62 €   184,62 €
2      Physiotherapie Wendt, 6x KG      09.12.2025   171,00 €   153,90 €
3      Apotheke am Lindenplatz          10.12.2025    38,47 €    38,47 €
       (Ibuprofen 600 mg, 50 St.)
-----  ------------------------------  ----------  ---------  ---------
Summe                                               394,09 €   376,99 €

Diagnose laut Rechnung Dr. Ruhnke: M54.5 (Kreuzschmerz), Verdacht auf Bandscheibenprotrusion L4/L5.

Bei der Physiotherapie konnten wir nach Ihrem Tarif KomfortPlus 90 % der Kosten übernehmen, daher
die Differenz von 17,10 €. Der Betrag von 376,99 € wird in den nächsten Tagen auf Ihr hinterlegtes
Konto überwiesen.

Bitte denken Sie daran: Für die angekündigte MRT-Untersuchung benötigen wir keine vorherige Zusage.
''' + sig('oberlaender') + FOOT_DE), extra=[XM_SYS])

mail(2, 'N', 'de', 'internal',
     'trap: Excel range of claims spending per ICD chapter and quarter, portfolio aggregates only, no persons',
     who('lohmeier'), [box('leitung-kranken', 'Leitungskreis Kranken')], 'Leistungsausgaben Q4/2025 nach ICD-Kapitel (vorläufig)', '01-19 16:42',
     T('''Hallo zusammen,

wie in der Runde besprochen hier die vorläufigen Zahlen, direkt aus dem Excel kopiert (Mio. €, ambulant + stationär, ohne Zahn):

ICD-Kapitel\tBezeichnung\tQ4/2024\tQ4/2025\tVeränd.
II\tNeubildungen (C00-D48)\t14,8\t16,1\t+8,8%
V\tPsychische Störungen (F00-F99)\t9,2\t10,7\t+16,3%
IX\tKreislaufsystem (I00-I99)\t12,5\t12,9\t+3,2%
XIII\tMuskel-Skelett (M00-M99)\t11,1\t11,4\t+2,7%
XIX\tVerletzungen (S00-T98)\t6,3\t6,0\t-4,8%
Summe\t\t53,9\t57,1\t+5,9%

Auffällig bleibt Kapitel V; die Steigerung kommt fast vollständig aus der ambulanten Psychotherapie (Fallzahl +11 %).
Kapitel II ist durch zwei neue Onkologika getrieben, Details im Januar-Reporting.

Die Zahlen sind noch nicht mit dem Rechnungswesen abgestimmt – bitte nicht nach außen geben.

Viele Grüße
Beatrix
''' , cs='windows-1252'), extra=[XM_OUTLOOK])

mail(3, 'C', 'de', 'insurer-to-broker',
     'semicolon list of the broker\'s motor customers (natural persons) with contract numbers, plates and renewal dates',
     who('brinkhaus'), [('Maklerkontor Weserbogen – Frau Albers', 'k.albers@weserbogen-makler.example')],
     'Kfz-Bestand: Verträge mit Ablauf 01.03. ohne Folgeangebot', '01-21 08:55',
     T('''Hallo Frau Albers,

wie telefonisch besprochen die Liste der Kfz-Verträge aus Ihrem Bestand, für die zum 01.03.2026 noch kein
Folgeangebot vorliegt. Ich habe sie Ihnen so aus unserem Bestandssystem gezogen, wie Sie sie für Ihr MVP
brauchen (Semikolon-getrennt):

Versicherungsnehmer;Vertragsnr.;Kennzeichen;Fahrzeug;SF-Kl. KH;Ablauf
Dieter Brockmann;KF-2209-11873;HOL-DB 412;VW Passat Variant;SF 22;01.03.2026
Samira Oulad;KF-2209-12904;HM-SO 88;Toyota Yaris Hybrid;SF 4;01.03.2026
Hartmut und Ilse Fenske;KF-2209-13377;NI-HF 1950;Skoda Octavia;SF 31;01.03.2026
Jannik Wöltje;KF-2209-14020;HOL-JW 7;Honda CB 650 (Krad);SF 2;01.03.2026

Bei Herrn Wöltje läuft noch ein offener Teilkaskoschaden (Glasbruch), das sollte vor dem Angebot geklärt sein.

Beste Grüße aus Kassel
Ole Brinkhaus
''' + sig('brinkhaus', short=True)), extra=[XM_OUTLOOK])

mail(4, 'N', 'en', 'internal',
     'trap: Markdown table of portal tickets about "medical invoice upload" and "doctor letters", technical only, no persons',
     who('amendt'), [box('it-securemail', 'IT Secure Mail Team')], 'Sprint review: open portal tickets (upload of medical invoices)', '01-22 17:03',
     T('''Hi team,

for tomorrow's sprint review, the open tickets from the portal board. Pasted as Markdown so it renders in the wiki:

| Ticket  | Component        | Summary                                                    | Prio | Status      |
|---------|------------------|------------------------------------------------------------|------|-------------|
| SM-1182 | Upload           | HEIC photos of medical invoices rejected (Arztrechnung)    | high | in progress |
| SM-1190 | Upload           | PDF > 20 MB times out, e.g. long hospital discharge letters| med  | open        |
| SM-1194 | Notification     | Notification mail shows subject of the secure message      | high | review      |
| SM-1201 | Password reset   | Security question accepts trailing spaces                  | low  | open        |
| SM-1203 | Broker post API  | BiPRO 430 fetch returns 500 if firm has > 5000 documents  | med  | open        |

SM-1194 is the important one: the notification must not contain anything from the content, not even the
subject ("Ihre Arztrechnung ..." was visible in one test). Fix is ready, needs a second pair of eyes.

Cheers,
Felix
''', cte='7bit', cs='us-ascii'), extra=[XM_TB])

mail(5, 'S', 'en', 'insurer-to-hospital',
     'guarantee of payment for a named expat insured: tibia/fibula fracture S82.6, surgery and inpatient days listed as bullets',
     who('thornbury'), [('Admissions Office – Clínica Atlântico', 'admissions@clinica-atlantico.example')],
     'Guarantee of payment – Mr Conor Whelan, policy IH-5520-00918', '01-26 11:37',
     T('''Dear colleagues,

further to your request of this morning we confirm cover for the following admission:

  * Patient: Mr Conor Whelan, born 14 August 1987
  * Policy: IH-5520-00918 (Auenwald Expat Care Premium, worldwide excl. USA)
  * Admission: 25 January 2026, emergency via A&E
  * Diagnosis: fracture of the lower end of tibia with fibula (ICD-10 S82.6), right side
  * Planned treatment: open reduction and internal fixation, expected stay 4–5 nights, semi-private room
  * Guarantee limit: EUR 18,500.00 (may be extended on receipt of a medical update)

Please send the final invoice with the operation report and the discharge summary directly to
claims-international@auenwald-versicherung.example, quoting our reference GOP-26-0147.
If the stay exceeds six nights we need a short medical report before day 5.
''' + sig('thornbury', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

NEWS6_TXT = '''Auenwald Maklerinfo 02/2026
==========================

Neu ab 01.03.2026: ZahnKomfort 90 und ZahnKomfort 100

Die neuen Zahnzusatztarife ersetzen die Tarife Z70/Z80. Monatsbeiträge nach Eintrittsalter:

Eintrittsalter   ZahnKomfort 90   ZahnKomfort 100
0 - 20              9,80 €           12,40 €
21 - 30            14,90 €           19,60 €
31 - 40            19,70 €           26,10 €
41 - 50            26,30 €           34,80 €
51 - 60            33,90 €           44,70 €
ab 61              41,20 €           53,50 €

Leistungsbegrenzung in den ersten vier Jahren: 1.000 / 2.000 / 3.000 / 4.000 €.
Keine Gesundheitsfragen bis 2 fehlende Zähne; Implantate, Inlays und professionelle Zahnreinigung
(2x jährlich bis 150 €) sind mitversichert.

Termine: Webinar "Zahnzusatz richtig beraten" am 17.02. und 24.02., jeweils 10:00 Uhr.
Anmeldung im Maklerportal: https://makler.auenwald-versicherung.example/webinare

Abmelden: https://www.auenwald-versicherung.example/newsletter/abmelden
'''
NEWS6_HTML = '''<html><body style="font-family:Arial,sans-serif">
<h2>Auenwald Maklerinfo 02/2026</h2>
<h3>Neu ab 01.03.2026: ZahnKomfort 90 und ZahnKomfort 100</h3>
<p>Die neuen Zahnzusatztarife ersetzen die Tarife Z70/Z80. Monatsbeitr&auml;ge nach Eintrittsalter:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Eintrittsalter</th><th>ZahnKomfort 90</th><th>ZahnKomfort 100</th></tr>
<tr><td>0 - 20</td><td>9,80 &euro;</td><td>12,40 &euro;</td></tr>
<tr><td>21 - 30</td><td>14,90 &euro;</td><td>19,60 &euro;</td></tr>
<tr><td>31 - 40</td><td>19,70 &euro;</td><td>26,10 &euro;</td></tr>
<tr><td>41 - 50</td><td>26,30 &euro;</td><td>34,80 &euro;</td></tr>
<tr><td>51 - 60</td><td>33,90 &euro;</td><td>44,70 &euro;</td></tr>
<tr><td>ab 61</td><td>41,20 &euro;</td><td>53,50 &euro;</td></tr>
</table>
<p>Leistungsbegrenzung in den ersten vier Jahren: 1.000 / 2.000 / 3.000 / 4.000 &euro;.
Keine Gesundheitsfragen bis 2 fehlende Z&auml;hne; Implantate, Inlays und professionelle Zahnreinigung
(2x j&auml;hrlich bis 150 &euro;) sind mitversichert.</p>
<p>Termine: Webinar &bdquo;Zahnzusatz richtig beraten&ldquo; am 17.02. und 24.02., jeweils 10:00 Uhr.
<a href="https://makler.auenwald-versicherung.example/webinare">Anmeldung im Maklerportal</a></p>
<p style="font-size:small"><a href="https://www.auenwald-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>'''
mail(6, 'N', 'de', 'newsletter',
     'trap: broker newsletter with a dental premium table by entry age and "Gesundheitsfragen", product information only',
     box('maklerinfo', 'Auenwald Maklerinfo'), [box('maklerinfo', 'Auenwald Maklerinfo')], 'Maklerinfo 02/2026: neue Zahnzusatztarife ZahnKomfort', '02-03 07:30',
     MP('alternative', [T(NEWS6_TXT), T(NEWS6_HTML, 'html')]),
     extra=[('List-Unsubscribe', '<https://www.auenwald-versicherung.example/newsletter/abmelden>'), ('Precedence', 'bulk')])

mail(7, 'C', 'de', 'insurer-to-customer',
     'household claim (e-bike theft) of the addressee with claim number and her IBAN for the payout',
     who('yildiz'), [('Nadine Hoffmann', 'nadine.hoffmann@mailhaus.example')],
     'Ihr Schaden HR-26-004471 – Fahrraddiebstahl', '01-27 14:20',
     T('''Guten Tag Frau Hoffmann,

danke für die Diebstahlanzeige der Polizei und die Rechnung Ihres E-Bikes. Zu Ihrem Schaden:

- Schadennummer: HR-26-004471 (Hausratversicherung HR-3381-20776)
- Schadentag: 18.01.2026, Fahrradkeller Gräfestraße 14, 34121 Kassel
- Neuwert laut Rechnung: 3.249,00 €
- Entschädigung nach Fahrradklausel (Neuwert, max. 5.000 €): 3.249,00 €, abzgl. SB 150,00 €

Wir überweisen 3.099,00 € auf das von Ihnen angegebene Konto
IBAN %s (Kontoinhaberin: Nadine Hoffmann).

Sollte das Rad wieder auftauchen, geben Sie uns bitte kurz Bescheid.
''' % grp(IB_HOFFMANN) + sig('yildiz') + FOOT_DE), extra=[XM_OUTLOOK])

mail(8, 'S', 'de', 'internal',
     'HR bullet list of named employees with more than 42 sick days for BEM invitations, incl. reasons (burnout, surgery)',
     who('kowalczyk'), [('Dr. Ansgar Fleig', 'ansgar.fleig@%s' % DOM), ('Betriebsrat – Frau Mertens', 'betriebsrat@%s' % DOM)],
     'BEM-Einladungen 1. Quartal', '02-04 09:05',
     T('''Hallo Herr Dr. Fleig, hallo Frau Mertens,

nach Auswertung der AU-Zeiten 2025 liegen bei folgenden Kolleginnen und Kollegen mehr als 42 Tage
Arbeitsunfähigkeit in den letzten 12 Monaten vor. Wir würden die BEM-Einladungen kommende Woche verschicken:

• Thomas Rieck (Kfz-Schaden), 61 AU-Tage – lt. eigener Angabe Bandscheiben-OP im Oktober
• Marion Seefeld (Kundenservice), 74 AU-Tage – Erschöpfungsdepression, aktuell stufenweise Wiedereingliederung
• Bernd Altwasser (Poststelle), 45 AU-Tage, mehrere Kurzerkrankungen, keine Angaben
• Julia Krappmann (Aktuariat), 88 AU-Tage – Schwangerschaft mit Beschäftigungsverbot, BEM entfällt ggf.

Bei Frau Seefeld bitte ich um besondere Vorsicht beim Erstgespräch, sie hat ausdrücklich um
Herrn Dr. Fleig als Ansprechpartner gebeten.

Diese Liste bitte nicht weiterleiten.

Viele Grüße
Sabine Kowalczyk
Personalabteilung
'''), extra=[XM_OUTLOOK, ('Sensitivity', 'Private')])

mail(9, 'N', 'de', 'internal',
     'trap: bullet list of named staff who are first-aiders with room numbers and the next first-aid course, no health data',
     who('kowalczyk'), [box('alle-standort-kassel', 'Alle Mitarbeitenden Standort Kassel')], 'Ersthelfer 2026 und Erste-Hilfe-Kurs im März', '02-05 11:30',
     T('''Liebe Kolleginnen und Kollegen,

hier die aktuelle Liste unserer Ersthelferinnen und Ersthelfer – bitte einmal merken bzw. ausdrucken
und an die Teeküche hängen:

  * Haus A, EG–2. OG: Monika Fritsch (A 0.14, Durchwahl -1012), Leon Badura (A 2.07, -2233)
  * Haus A, 3.–5. OG: Dr. Ansgar Fleig (A 3.01, -1900), Svenja Kolb (A 5.11, -5240)
  * Haus B: Murat Demir (B 1.20, -4415), Anke Rosenthal (B 2.02, -4788)
  * Kantine: Frank Hösel (-1700)

Der Defibrillator (AED) hängt im Foyer Haus A neben dem Empfang, der Verbandkasten mit Kühlpacks
in jeder Teeküche.

Auffrischungskurs Erste Hilfe (9 UE) am 12.03.2026, 8:30–16:00 Uhr, Raum A 0.30. Es sind noch
4 Plätze frei, Anmeldung bitte bis 27.02. an mich.

Viele Grüße
Sabine Kowalczyk
'''), extra=[XM_OUTLOOK])

CARGO10 = xlsx([('Damage list', [
    ['Pos', 'Consignment', 'Goods', 'Packages', 'Damaged', 'Invoice value EUR', 'Remark'],
    [1, 'VDL-88120-01', 'Kitchen appliances', 24, 6, 4210.0, 'crushed, forklift'],
    [2, 'VDL-88120-02', 'Garden furniture', 12, 2, 980.5, 'wet'],
    [3, 'VDL-88120-05', 'Floor tiles', 40, 11, 1875.0, 'broken'],
    ['', '', '', '', 'Total', 7065.5, ''],
])], title='Damage list VDL-88120')
mail(10, 'C', 'en', 'insurer-to-company',
     'cargo claim of a Dutch haulier: named truck driver, plate and claim number; the damage list is an XLSX',
     who('hainbuch'), [('Marleen de Wit – Van Doorn Logistics', 'm.dewit@vandoorn-logistics.example')],
     'Your cargo claim TR-26-00312 – Venlo accident 19 Jan', '01-29 15:48',
     MP('mixed', [T('''Dear Ms de Wit,

thank you for the documents. To complete the file on claim TR-26-00312 (open cover TR-1180-55) we have:

Driver:          Pieter Smulders (employed driver, licence NL, category CE)
Vehicle:         DAF XF, registration 72-BLK-9, trailer OT-44-ZP
Place/date:      A73 near Venlo, 19 January 2026, approx. 05:40
Police report:   received, no injuries reported

The damage list you sent is attached again with our valuation column. The sum insured per
consignment is sufficient, so we will not apply underinsurance. We still need the delivery notes
signed by the consignee for positions 1 and 3.

Mr Smulders' written statement about the braking manoeuvre would also help us with the recourse
against the car driver who cut in.
''' + sig('hainbuch', 'en') + FOOT_EN), A('damage_list_VDL-88120.xlsx', CARGO10)]), extra=[XM_OUTLOOK])

mail(11, 'N', 'en', 'insurer-to-supplier',
     'trap: purchase order to a print shop for dental and health brochures, space-aligned order lines, company data only',
     who('stahl'), [('Print order desk – Harbour Print Ltd', 'orders@harbourprint.example')],
     'PO 4500-2291: brochures "Dental Plus" and "Expat Health" (EN)', '02-06 10:02',
     T('''Hello,

please find our purchase order below. Artwork has been uploaded to your portal this morning.

Pos  Item                                   Format   Pages  Qty     Unit price  Total
1    Brochure "Dental Plus" (EN)            A5       12     10,000  0.142       1,420.00
2    Brochure "Expat Health - Your cover"   A4       16      5,000  0.318       1,590.00
3    Flyer "Claims with the app"            DL        2     15,000  0.041         615.00
                                                                   Net total   3,625.00 EUR

Delivery address: Auenwald Versicherungsgruppe, Warehouse Gate 3, Auenwaldstrasse 1, 34121 Kassel,
Germany. Please deliver by 27 February 2026, palletised, max. 600 kg per pallet.

Invoice to invoices@auenwald-versicherung.example quoting PO 4500-2291.

Thanks,
Yvonne Stahl
Procurement
''', cs='us-ascii', cte='7bit'), extra=[XM_OUTLOOK])

mail(12, 'S', 'mixed', 'insurer-to-doctor',
     'German cover note to the family doctor with a forwarded English discharge summary of a named insured (NSTEMI, stents, medication)',
     who('thornbury'), [('Praxis Dr. Ruhnke', 'praxis@praxis-ruhnke.example')],
     'WG: Discharge summary Mr Reinhard Lüttke – Hospital Universitario Costa Blanca', '02-09 12:15',
     T('''Sehr geehrter Herr Dr. Ruhnke,

auf Wunsch Ihres Patienten Reinhard Lüttke (geb. 03.05.1954), der bei uns auslandsreisekrankenversichert
ist, leite ich Ihnen den Entlassungsbericht aus Spanien weiter. Eine Schweigepflichtentbindung liegt uns vor.
Der Bericht liegt nur auf Englisch vor; bei Fragen zur Übersetzung melden Sie sich gern.

Mit freundlichen Grüßen
Rebecca Thornbury
International Health
''' + fwd_en('Dr. Elena Morales <e.morales@hu-costablanca.example>', 'Fri, 6 Feb 2026 at 18:22',
             'claims-international@auenwald-versicherung.example', 'Discharge summary – LUTTKE, Reinhard',
'''Patient: LUTTKE, Reinhard, DOB 03/05/1954
Admission: 31/01/2026 – Discharge: 06/02/2026

Diagnoses:
- NSTEMI (I21.4)
- Coronary artery disease, two-vessel
- Arterial hypertension (I10), type 2 diabetes (E11.9)

Procedures: coronary angiography 01/02/2026, PCI with 2 drug-eluting stents (LAD, RCA).

Medication on discharge: ASA 100 mg 1-0-0, ticagrelor 90 mg 1-0-1 (12 months), atorvastatin 80 mg 0-0-1,
bisoprolol 2.5 mg 1-0-0, metformin 1000 mg 1-0-1.

Fit to fly from 10/02/2026 with medical escort not required. Follow-up with GP / cardiologist in Germany.''')
     + FOOT_DE), extra=[XM_OUTLOOK])

mail(13, 'N', 'de', 'insurer-to-customer',
     'trap: prospect asks about dental cover; generic answer with benefit staircase table, no contract or health data of the person',
     who('aydin'), [('Ralf Niederhöfer', 'ralf.niederhoefer@webpost.example')],
     'AW: Frage zur Zahnzusatzversicherung', '02-10 09:48',
     T('''Hallo Herr Niederhöfer,

danke für Ihre Anfrage über unsere Website. Gern erkläre ich Ihnen kurz, wie unsere Zahnzusatztarife
funktionieren. Die Erstattung ist in den ersten Jahren begrenzt (sog. Zahnstaffel):

  Versicherungsjahr    max. Erstattung
  1                     1.000 €
  1–2                   2.000 €
  1–3                   3.000 €
  1–4                   4.000 €
  ab dem 5. Jahr        unbegrenzt

Nach Unfällen gilt die Begrenzung nicht. Laufende Behandlungen und bereits angeratene Maßnahmen
sind – wie bei allen Anbietern – nicht versicherbar. Ein Angebot mit Ihrem Beitrag kann ich Ihnen
erstellen, sobald Sie mir Ihr Geburtsjahr nennen; Gesundheitsfragen gibt es bei ZahnKomfort 90 nur
zu fehlenden Zähnen.

Die Produktinformation finden Sie unter www.auenwald-versicherung.example/zahn.
''' + sig('aydin')) , irt='<7f2c1a90-5b1e@webpost.example>', extra=[XM_OUTLOOK])

mail(14, 'C', 'de', 'insurer-to-customer',
     'motor no-claims class transfer for the named addressee with contract, plate and year table',
     who('reifenrath'), [('Emre Kaplan', 'emre.kaplan@netzpost.example')],
     'Übernahme Ihres Schadenfreiheitsrabatts – KF-2209-15561', '02-11 13:27',
     T('''Sehr geehrter Herr Kaplan,

der Vorversicherer hat uns den Schadenverlauf für Ihren Ford Focus (Kennzeichen KS-EK 2210) bestätigt.
Wir stufen Ihren Vertrag KF-2209-15561 daher wie folgt ein:

Jahr    Versicherer              Schäden KH   Schäden VK
2021    Vorversicherer           0            0
2022    Vorversicherer           0            1 (Wildschaden, rabattneutral)
2023    Vorversicherer           0            0
2024    Vorversicherer           0            0
2025    Vorversicherer           0            0

Neue Einstufung ab 01.02.2026: Kfz-Haftpflicht SF 9 (45 %), Vollkasko SF 9 (40 %).
Ihr neuer Jahresbeitrag beträgt 612,40 EUR statt bisher 798,10 EUR; die Differenz verrechnen wir mit
der nächsten Abbuchung.
''' + sig('reifenrath') + FOOT_DE, cs='iso-8859-1'), extra=[XM_SYS], hcs='iso-8859-1')

mail(15, 'S', 'en', 'insurer-to-customer',
     'life insurance: change of beneficiaries of a named policyholder with children\'s names and birth dates (personal line)',
     who('marquardt'), [('Graham Holloway', 'g.holloway@inbox-mail.example')],
     'Your life policy LV-6610-30457 – change of beneficiary confirmed', '02-12 16:05',
     T('''Dear Mr Holloway,

we have received your signed form and changed the revocable beneficiary designation of your term life
policy LV-6610-30457 (sum insured EUR 250,000) with effect from 10 February 2026:

  Beneficiary            Relationship   Date of birth    Share
  Olivia Holloway        daughter       22/09/2009       50 %
  Samuel Holloway        son            04/01/2012       50 %

Until the children reach the age of 18 the payment would be made to their legal guardian.
Your former wife, Mrs Claire Holloway, is no longer a beneficiary.

Please keep this confirmation with your policy documents.
''' + sig('marquardt', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

mail(16, 'N', 'en', 'insurer-to-partner',
     'trap: disability (BU) incidence rates by age band and occupation class for the reinsurer, aggregated, no persons',
     who('lohmeier'), [('Dr. Keith Armitage – Nordkap Re', 'k.armitage@nordkap-re.example')],
     'Treaty renewal 2026 – DI incidence experience 2021-2025', '02-13 10:31',
     T('''Dear Keith,

as promised, our disability income experience for the treaty renewal. Incidence per 1,000 exposure
years, all occupation classes A-D combined, both sexes:

Age band   Exposure yrs   Claims   Incidence   Expected (table)   A/E
20-29        41,230          19       0.46         0.55            84%
30-39        88,904          71       0.80         0.92            87%
40-49       102,117         164       1.61         1.70            95%
50-59        79,660         248       3.11         2.94           106%
60-67        21,402          97       4.53         4.20           108%

Main causes (share of new claims): mental and behavioural disorders 34%, musculoskeletal 22%,
cancer 15%, cardiovascular 8%, accidents 7%, other 14%.

Cells with fewer than 10 claims have been merged; the file on the data room has the split by
occupation class. Happy to discuss in our call on Thursday.

Best,
Beatrix
''' + sig('lohmeier', 'en', short=True)), extra=[XM_OUTLOOK])

mail(17, 'C', 'de', 'insurer-to-lawyer',
     'legal expenses cover note for a named client in a tenancy dispute (no health, no criminal matter)',
     who('szymanski'), [('RA Kathrin Wöhrle', 'k.woehrle@brandes-woehrle.example')],
     'Deckungszusage RS-26-01188 / Ihr Mandant Holger Pfaff ./. Wohnbau Kassel-Ost GmbH', '02-16 11:12',
     T('''Sehr geehrte Frau Rechtsanwältin Wöhrle,

in der Mietrechtsangelegenheit Ihres Mandanten

    Holger Pfaff, Rosenstraße 9, 34117 Kassel
    Rechtsschutzvertrag RS-4410-88201 (Privat-, Berufs- und Wohnungs-Rechtsschutz)

erteilen wir Deckungszusage für die außergerichtliche Interessenwahrnehmung sowie für die erste
Instanz (Klage auf Rückzahlung der Mietkaution, Streitwert 2.850,00 €). Die Selbstbeteiligung von
250 € trägt Ihr Mandant.

Bitte rechnen Sie nach RVG direkt mit uns ab und geben Sie die Schadennummer RS-26-01188 an.
''' + sig('szymanski') + FOOT_DE), extra=[XM_OUTLOOK])

PFL18 = '''<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Baumgart,</p>
<p>mit Bescheid vom 28.01.2026 hat der Medizinische Dienst bei Ihrer Mutter, <b>Frau Edeltraud Baumgart
(geb. 11.07.1938)</b>, den <b>Pflegegrad 3</b> festgestellt (bisher Pflegegrad 2). Aus der
Pflegetagegeldversicherung PT-2204-10983 leisten wir daher ab 01.01.2026:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Zeitraum</th><th>Pflegegrad</th><th>Tagessatz</th><th>Tage</th><th>Betrag</th></tr>
<tr><td>01.01.–31.01.2026</td><td>3</td><td>36,00 &euro;</td><td>31</td><td>1.116,00 &euro;</td></tr>
<tr><td>01.02.–28.02.2026</td><td>3</td><td>36,00 &euro;</td><td>28</td><td>1.008,00 &euro;</td></tr>
<tr><td colspan="4">bereits gezahlt (Pflegegrad 2, Januar)</td><td>&minus; 558,00 &euro;</td></tr>
<tr><td colspan="4"><b>Nachzahlung</b></td><td><b>1.566,00 &euro;</b></td></tr>
</table>
<p>Ab März zahlen wir monatlich im Voraus. Die Kosten für das Pflegebett und den Toilettenstuhl
reichen Sie bitte weiterhin bei der gesetzlichen Pflegekasse ein.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Oberl&auml;nder<br>Leistungsabteilung Krankenversicherung<br>
Auenwald Versicherungsgruppe</p>
</body></html>'''
mail(18, 'S', 'de', 'insurer-to-customer',
     'HTML-only mail: care level 3 of the named mother with birth date and a payment table (long-term care daily allowance)',
     who('oberlaender'), [('Silke Baumgart', 'silke.baumgart@webpost.example')],
     'Pflegetagegeld – Nachzahlung ab Januar', '02-17 08:40',
     T(PFL18, 'html', cte='base64'), extra=[XM_OUTLOOK])

mail(19, 'N', 'de', 'internal',
     'trap: team meeting notes of the health claims team with a bullet list of colleagues (holidays, stand-ins), no reasons given',
     who('oberlaender'), [box('team-leistung-kv', 'Team Leistung KV')], 'Protokoll Teamrunde 18.02.', '02-18 15:55',
     T('''Hallo Team,

kurz die Punkte von heute:

1. Rückstände: 1.412 offene Belege (Vorwoche 1.588). Ziel bleibt < 1.000 bis Ende März.
2. Abwesenheiten / Vertretungen bis Ostern:
   - Petra Gieseke: Urlaub 02.03.–13.03., Vertretung Kai Meisner
   - Kai Meisner: Schulung GOÄ-neu am 05.03. ganztägig
   - Lukas Brandt: ab 16.03. in Elternzeit (3 Monate), Nachfolge der Postkorb-Zuständigkeit: Anja Tews
   - ich selbst: 23.03.–27.03. nicht im Haus
3. Neue Arbeitsanweisung Heil- und Hilfsmittel: gilt ab 01.03., bitte bis dahin lesen (Intranet > Leistung > AA-HHM).
4. Sonstiges: Die Kaffeemaschine in B 2 ist repariert. Kuchen am Freitag bringt Anja.

Viele Grüße
Katrin
''', cte='8bit', flowed=True), extra=[XM_TB])

mail(20, 'C', 'en', 'insurer-to-broker',
     'group travel policy: Excel range of named travellers with dates of birth and passport numbers, no health content',
     who('ferber'), [('Toby Reed – Ashcombe & Reed', 't.reed@ashcombe-reed.example')],
     'RE: Incentive trip Lisbon – traveller list for group policy GT-7702-0041', '02-18 10:20',
     T('''Hi Toby,

thanks – I've loaded teh list into the policy. Please double-check the two lines marked "?", the dates
of birth don't match the passport copies we received:

Surname\tFirst name\tDate of birth\tPassport no.\tDeparture\tReturn\tNote
Fairbairn\tAlistair\t12/03/1979\t533819402\t12/04/2026\t16/04/2026\t
Nwosu\tChiamaka\t29/10/1990\t548201177\t12/04/2026\t16/04/2026\t
Pereira\tJoao\t07/06/1985\tPT-CA771203\t12/04/2026\t16/04/2026\t?
Lindqvist\tMaja\t18/01/1993\t91288305\t12/04/2026\t19/04/2026\textension
Holt\tDaniel\t02/02/1988\t560033491\t12/04/2026\t16/04/2026\t?

Cover is cancellation, baggage and travel liability; the travel health part is with the employer's
own expat scheme as discussed, so no medical questions needed.

Best regards,
Annika
''' + q('''Hi Annika, attached the final list for the Lisbon trip, 5 pax. Can you confirm cover by Friday?
Cheers, Toby''', 'On 17 Feb 2026, at 17:02, Toby Reed <t.reed@ashcombe-reed.example> wrote:') + sig('ferber', 'en', short=True)),
     irt='<CAF1x8Qp-77@ashcombe-reed.example>', extra=[XM_IOS])

mail(21, 'S', 'de', 'insurer-to-customer',
     'accident insurance: disability payout of the addressee based on the Gliedertaxe, injuries to hand and knee in an aligned table',
     who('petersen'), [('Marco Leistikow', 'marco.leistikow@kundenpost.example')],
     'Invaliditätsleistung aus Ihrer Unfallversicherung UV-3307-22109', '02-19 14:08',
     T('''Sehr geehrter Herr Leistikow,

das Gutachten von Herrn Prof. Dr. Sallmann vom 04.02.2026 zu den Folgen Ihres Sturzes vom Gerüst
(Unfalltag 14.03.2025) liegt uns vor. Danach verbleiben folgende dauerhafte Beeinträchtigungen:

Körperteil                    Funktionsbeeinträchtigung   Gliedertaxe    Invaliditätsgrad
rechte Hand (Kahnbeinfraktur)  3/10 Handwert               55 %           16,5 %
linkes Knie (Tibiakopffraktur) 2/7 Beinwert bis Mitte OS   60 %           17,1 %
                                                                           ------
Gesamtinvalidität                                                         33,6 %

Bei einer Grundsumme von 120.000 € und Progression 350 % ergibt sich eine Invaliditätsleistung von
40.320,00 €. Abzüglich des bereits gezahlten Vorschusses von 10.000 € überweisen wir 30.320,00 €.

Sie und wir können die Invalidität bis drei Jahre nach dem Unfall neu bemessen lassen.
''' + sig('petersen') + FOOT_DE), extra=[XM_SYS])

mail(22, 'N', 'de', 'insurer-to-supplier',
     'trap: pick-up schedule for shredding containers of "Arztberichte" and "Leistungsakten", logistics only',
     who('stahl'), [('Disposition AktenWolf', 'dispo@aktenwolf.example')],
     'Abholtermine Datenträgervernichtung 2. Quartal', '02-20 09:15',
     T('''Guten Morgen Herr Kessler,

für das 2. Quartal bitten wir um folgende Abholungen (Sicherheitsstufe P-4, Protokoll wie immer an mich):

Datum       Standort                 Behälter  Inhalt
07.04.2026  Haus A, UG Raum A -1.12  6 x 240l  Leistungsakten Kranken (Altbestand 2015)
07.04.2026  Haus B, Poststelle       2 x 240l  Fehldrucke, Kuverts
05.05.2026  Haus A, UG Raum A -1.12  4 x 240l  Arztberichte / Gutachten Leben (Scan erledigt)
09.06.2026  Haus B, 2. OG            3 x 240l  Sachschadenakten

Zufahrt über Tor 3, Anmeldung beim Werkschutz. Die Behälter sind verschlossen, Schlüssel hat nur
Ihr Fahrer.

Ihre Rechnung bitte wie gewohnt auf Bestellnummer 4500-2310.

Freundliche Grüße
Yvonne Stahl
Einkauf
'''), extra=[XM_OUTLOOK])

mail(23, 'N', 'en', 'insurer-to-broker',
     'trap: automatic out-of-office reply mentioning hospital admissions and the emergency line, no persons',
     who('thornbury'), [('Toby Reed', 't.reed@ashcombe-reed.example')],
     'Automatic reply: Renewal terms expat scheme Fairbairn Engineering', '02-23 07:02',
     T('''Thank you for your e-mail. I am out of the office until 2 March 2026 with limited access to e-mail.

For hospital admissions and guarantees of payment please contact our 24/7 assistance line
+49 561 7790-4999 or assistance@auenwald-versicherung.example.
For renewals and quotes please write to international-health@auenwald-versicherung.example.

Your e-mail will not be forwarded.

Rebecca Thornbury
International Health
''', cs='us-ascii'), extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), XM_OUTLOOK])

mail(24, 'S', 'en', 'internal',
     'Markdown table of large expat claims with insured names, countries and diagnoses for the large-claims review',
     who('thornbury'), [('Matthias Lenz', 'matthias.lenz@%s' % DOM), ('Dr. med. Miriam Achterberg', 'miriam.achterberg@%s' % DOM)],
     'Large claims > EUR 25k – January 2026 (for Thursday)', '02-24 18:11',
     T('''Hi both,

here are the January large claims for Thursday's review. I kept the table in Markdown so Matthias can
paste it into the Confluence page:

| Claim ref   | Insured           | Country | Diagnosis / treatment                     | Paid EUR | Reserve EUR |
|-------------|-------------------|---------|-------------------------------------------|---------:|------------:|
| IH-C-26-011 | Conor Whelan      | PT      | Tibia/fibula fracture, ORIF (S82.6)       |   16,940 |       3,000 |
| IH-C-26-019 | Aiko Brandstetter | SG      | Premature birth 31+2 wks, NICU 24 days    |   71,220 |      15,000 |
| IH-C-26-023 | Reinhard Lüttke   | ES      | NSTEMI, PCI with 2 stents (I21.4)         |   28,305 |           0 |
| IH-C-26-031 | Femi Adeyemi      | AE      | Acute lymphoblastic leukaemia, chemo      |   54,800 |     120,000 |

Femi Adeyemi's case needs a decision on the evacuation to Germany – Miriam, could you look at the
oncologist's letter before the meeting? It's in the claim file.

Rebecca
'''), extra=[XM_OUTLOOK])

mail(25, 'C', 'de', 'insurer-to-customer',
     'buildings insurance premium reminder after a SEPA return debit: named customer, contract and IBAN',
     box('kundenservice', 'Auenwald Kundenservice'), [('Werner Kunze', 'w.kunze@netzpost.example')],
     'Zahlungserinnerung Wohngebäudeversicherung WG-5512-30094', '02-25 08:00',
     T('''Sehr geehrter Herr Kunze,

die Lastschrift für den Jahresbeitrag Ihrer Wohngebäudeversicherung WG-5512-30094
(Objekt: Am Triesch 23, 34130 Kassel) wurde von Ihrer Bank zurückgegeben:

    Betrag:            1.184,60 EUR
    Fälligkeit:        01.02.2026
    Konto:             IBAN %s
    Rückgabegrund:     MD06 (Widerspruch durch Zahler)
    Rücklastschriftgebühr: 3,00 EUR

Bitte überweisen Sie den Betrag von 1.187,60 EUR bis zum 11.03.2026 oder teilen Sie uns eine neue
Bankverbindung mit. Hat sich die Zahlung mit diesem Schreiben überschnitten, betrachten Sie es bitte als
gegenstandslos.
''' % grp(IB_KUNZE) + '\nMit freundlichen Grüßen\n\nIhr Kundenservice\nAuenwald Versicherungsgruppe\nTelefon +49 561 7790-1000\n' + FOOT_DE, cs='iso-8859-1'), extra=[XM_SYS], hcs='iso-8859-1')
# ---------------------------------------------------------------- 026-050 --
IB_OKAFOR = iban('GB', 'MIDL' + '402716' + '83920144')
IB_TIEDEMANN = iban('DE', '26050001' + '0057713409')

mail(26, 'S', 'de', 'insurer-to-customer',
     'harmless reply body; the quoted customer mail holds the psychotherapy details (F33.1, number of sessions)',
     who('oberlaender'), [('Jana Wittkopp', 'jana.wittkopp@mailhaus.example')],
     'Re: Verlängerung Therapie', '02-26 11:03',
     T('''Hallo Frau Wittkopp,

ja, das geht in Ordnung. Die Zusage gilt wie besprochen, der neue Bewilligungsbescheid kommt per Post.
Sie müssen nichts weiter einreichen.

Viele Grüße
Katrin Oberländer

Am 25.02.2026 um 21:47 schrieb Jana Wittkopp:
> Sehr geehrte Frau Oberländer,
>
> meine Therapeutin Frau Dipl.-Psych. Hannah Severin hat mir geraten, die Verhaltenstherapie
> um weitere 20 Stunden zu verlängern. Die ersten 25 Sitzungen sind im März aufgebraucht.
> Diagnose ist weiterhin F33.1 (rezidivierende depressive Störung, mittelgradig), ich nehme
> seit Dezember zusätzlich Sertralin 50 mg.
> Der Antrag mit dem Bericht an den Gutachter liegt bei.
>
> Brauchen Sie noch etwas von mir? Vertrag KV-7731-55810.
>
> Danke und viele Grüße
> Jana Wittkopp
''', cte='8bit', flowed=True), irt='<a1b2c3d4e5@mailhaus.example>', extra=[XM_TB])

mail(27, 'N', 'de', 'internal',
     'trap: staff flu vaccination campaign with an aligned time-slot table, vaccine name, no persons',
     box('betriebsarzt', 'Betriebsärztlicher Dienst'), [box('alle-standort-kassel', 'Alle Mitarbeitenden Standort Kassel')],
     'Grippeschutzimpfung für Mitarbeitende – Termine', '01-08 09:00',
     T('''Liebe Kolleginnen und Kollegen,

auch in dieser Saison bietet der betriebsärztliche Dienst eine kostenlose Grippeschutzimpfung an
(tetravalenter Impfstoff, Saison 2025/26). Die Impfung ist freiwillig.

Tag          Zeit            Ort                  freie Plätze
Di 20.01.    08:00–11:30     Haus A, Raum A 0.18  40
Di 20.01.    13:00–15:30     Haus A, Raum A 0.18  30
Do 22.01.    08:00–11:30     Haus B, Raum B 1.05  40
Mo 26.01.    09:00–12:00     Außenstelle Fulda    15

Bitte bringen Sie, falls vorhanden, Ihren Impfausweis mit. Die Buchung läuft über das Intranet
(Service > Gesundheit > Impfung). Wer am Impftag Fieber hat, bleibt bitte zu Hause und bucht neu.

Ihr betriebsärztlicher Dienst
Dr. Ansgar Fleig
'''), extra=[XM_OUTLOOK])

mail(28, 'S', 'de', 'internal',
     'grey: vaccination booking list with staff names and a remark on an egg-protein allergy; vaccination and allergy are health data of named staff',
     box('betriebsarzt', 'Betriebsärztlicher Dienst'), [('Monika Fritsch', 'monika.fritsch@%s' % DOM)],
     'Impfliste Di 20.01. vormittags', '01-19 16:20',
     T('''Hallo Monika,

hier die Liste für morgen früh, bitte ausdrucken und am Eingang abhaken:

Uhrzeit;Name;Abteilung;Bemerkung
08:00;Kai Meisner;Leistung KV;
08:10;Svenja Kolb;Leben;
08:20;Thomas Rieck;Kfz-Schaden;nach OP, Rücksprache vor Impfung
08:30;Anke Rosenthal;IT;Hühnereiweißallergie - Zellkultur-Impfstoff nehmen!
08:40;Murat Demir;IT;
08:50;Jutta Brehm;Poststelle;Marcumar - dünne Nadel, länger drücken

Danke und bis morgen
Ansgar
'''), extra=[XM_OUTLOOK])

mail(29, 'C', 'en', 'insurer-to-customer',
     'travel cancellation refund after job loss (no health reason): named customer, claim number and UK IBAN',
     who('ferber'), [('Chidi Okafor', 'chidi.okafor@inbox-mail.example')],
     'Your cancellation claim RR-26-00877 – settlement', '03-02 10:45',
     T('''Dear Mr Okafor,

thank you for sending the termination letter from your employer. As the redundancy was notified after
you booked the trip, the cancellation is covered under your annual travel policy RR-8820-11406.

  Booking:             Cape Town, 14-28 March 2026, 2 persons
  Cancellation costs:  GBP 2,384.00 (tour operator invoice of 23 February 2026)
  Excess:              GBP 100.00
  Payment:             GBP 2,284.00

The amount will be paid to IBAN %s (account holder C. Okafor) within five working days.

We are sorry about your job and hope the trip can be made up later.
''' % IB_OKAFOR + sig('ferber', 'en') + FOOT_EN, cte='base64'), extra=[XM_OUTLOOK])

mail(30, 'N', 'en', 'insurer-to-partner',
     'trap: direct billing agreement with a hospital group: DRG base rates and room surcharges per hospital, no patients',
     who('thornbury'), [('Dr. Jan Pohlmann – Klinikverbund Fuldatal', 'j.pohlmann@klinikum-fuldatal.example')],
     'Direct billing agreement 2026 – rate annex for international patients', '03-03 14:30',
     T('''Dear Dr Pohlmann,

thank you for the constructive meeting. As agreed, the rate annex for 2026 as we understood it:

Site                      DRG base rate   Single room/day   Twin room/day   Chief physician
Klinikum Fuldatal Mitte   EUR 4,210.00    EUR 142.00        EUR 68.00       GOÄ 2.3x
Klinikum Fuldatal Nord    EUR 4,210.00    EUR 128.00        EUR 61.00       GOÄ 2.3x
Fachklinik Rotenberg      EUR 4,185.00    EUR 119.00        EUR 55.00       GOÄ 2.3x

Invoices for our international patients go electronically to our direct billing team; cost coverage
requests are answered within 4 working hours. Cases without a cost coverage confirmation are billed
to the patient as usual.

Please let me know if this matches your notes; our legal team will then prepare the annex for signature.
''' + sig('thornbury', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

mail(31, 'C', 'de', 'insurer-to-company',
     'commercial liability claim of a sole trader (bakery owner, natural person): delivery van damaged a fence, nobody hurt',
     who('szymanski'), [('Jens Grundmann – Bäckerei Grundmann e.K.', 'info@baeckerei-grundmann.example')],
     'Ihr Haftpflichtschaden BH-26-00340 – Zaun Kirchweg 4', '03-04 08:52',
     T('''Sehr geehrter Herr Grundmann,

zu dem Schaden, den Ihr Fahrer beim Rangieren mit dem Lieferwagen (KS-BG 301) am Zaun von Frau
Schölling verursacht hat, hier der Stand:

  - Schadennummer:       BH-26-00340 (Betriebshaftpflicht BH-7720-10558)
  - Geschädigte:         Irmgard Schölling, Kirchweg 4, 34128 Kassel
  - Schaden:             Doppelstabmattenzaun, 3 Felder, ein Pfosten
  - Kostenvoranschlag:   1.486,50 € (Metallbau Kreuzer)
  - Personenschaden:     keiner

Wir regulieren direkt mit Frau Schölling. Ihre Selbstbeteiligung von 250 € stellen wir Ihnen
gesondert in Rechnung. Bitte sagen Sie Ihrem Fahrer, dass er sich nicht selbst mit der
Geschädigten über die Zahlung einigen soll.
''' + sig('szymanski') + FOOT_DE, cs='windows-1252'), extra=[XM_OUTLOOK])

UV32 = csvb([['Personalnr', 'Name', 'Vorname', 'Unfalltag', 'Unfallort', 'Verletzung', 'AU bis', 'Status'],
             ['10442', 'Kreuzer', 'Dennis', '08.01.2026', 'Werkhalle', 'Schnittverletzung li. Hand, Sehne genäht', '06.02.2026', 'Tagegeld gezahlt'],
             ['10517', 'Polat', 'Ercan', '15.01.2026', 'Baustelle Baunatal', 'Sturz von Leiter, Fersenbeinfraktur', 'offen', 'Gutachten angefordert'],
             ['10603', 'Lange', 'Vivien', '29.01.2026', 'Wegeunfall', 'HWS-Distorsion', '09.02.2026', 'abgeschlossen']],
            enc='cp1252')
mail(32, 'S', 'de', 'insurer-to-company',
     'group accident insurance: CSV (windows-1252) attachment lists named employees with injuries; body only announces the list',
     who('petersen'), [('Andrea Kreuzer – Metallbau Kreuzer GmbH', 'a.kreuzer@metallbau-kreuzer.example')],
     'Gruppenunfallversicherung GU-1102-00771 – Schadenübersicht Januar', '02-27 13:10',
     MP('mixed', [T('''Hallo Frau Kreuzer,

wie jeden Monat anbei die Übersicht der gemeldeten Unfälle aus Ihrer Gruppenunfallversicherung
zum Abgleich mit Ihrer Lohnbuchhaltung. Bitte nur intern an die Personalabteilung weitergeben.

Bei einem Fall fehlt uns noch die Unfallanzeige der BG – siehe Spalte Status.

Freundliche Grüße
Nils Petersen
Unfallschaden
'''), A('GU-1102-00771_Schaeden_2026-01.csv', UV32, 'text/csv; charset="windows-1252"')]), extra=[XM_OUTLOOK])

ICS33 = ics('makler-forum-2026', '20260416T100000', '20260416T163000', 'Auenwald Maklerforum 2026',
            'Hotel Schlosspark, Kassel', 'Programm: Neue Tarife Zahn und Pflege, BiPRO-Anbindung, Secure-Mail für Makler.',
            'ole.brinkhaus@' + DOM, ['k.albers@weserbogen-makler.example', 'info@tiedemann-finanz.example'])
mail(33, 'N', 'de', 'insurer-to-broker',
     'trap: invitation to a broker forum with an ICS and a bullet list of registered broker contacts (business contacts only)',
     who('brinkhaus'), [('Maklerkontor Weserbogen – Frau Albers', 'k.albers@weserbogen-makler.example'), ('Uwe Tiedemann', 'info@tiedemann-finanz.example')],
     'Einladung Maklerforum 16.04.2026', '03-05 12:00',
     MP('mixed', [T('''Liebe Frau Albers, lieber Herr Tiedemann,

herzliche Einladung zu unserem Maklerforum am 16. April in Kassel (Termin anbei als Kalenderdatei).

Angemeldet sind bisher aus Ihrer Region:
  - Kerstin Albers, Maklerkontor Weserbogen GmbH, Holzminden
  - Uwe Tiedemann, Finanzberatung Tiedemann, Göttingen
  - Frank Rübsam und Nicole Haas, Hagedorn & Pohl Versicherungsmakler, Kassel
  - Detlef Ohm, VersicherungsKontor Ohm, Eschwege

Themen: neue Zahn- und Pflegetarife, Gesundheitsfragen im Antrag vereinfacht, BiPRO-Anbindung
für Ihr MVP und der Secure-Mail-Zugang für Makler. Mittagessen ist dabei.

Beste Grüße
Ole Brinkhaus
'''), A('Maklerforum_2026.ics', ICS33, 'text/calendar; method=REQUEST; charset="utf-8"')]), extra=[XM_OUTLOOK])

mail(34, 'C', 'de', 'internal',
     'HR Excel range with named employees and their new monthly salaries after the pay agreement (income)',
     who('kowalczyk'), [('Matthias Lenz', 'matthias.lenz@%s' % DOM)], 'Tariferhöhung 04/2026 – Umsetzung Team Schaden (vertraulich)', '03-06 15:33',
     T('''Hallo Matthias,

für die Budgetplanung die Auswirkung der Tariferhöhung (+3,1 %) auf die Sachbearbeitung Schaden.
Direkt aus dem Personalstamm kopiert, Beträge Brutto/Monat:

Name\tPersonalnr.\tTG\tbisher\tneu ab 04/2026
Reifenrath, Jonas\t20731\tTG 6\t4.412,00\t4.548,77
Rieck, Thomas\t19022\tTG 7\t4.980,00\t5.134,38
Yıldız, Tarik\t21410\tTG 6\t4.301,00\t4.434,33
Szymanski, Paul\t18544\tTG 8\t5.604,00\t5.777,72
Gieseke, Petra\t17209\tTG 5\t3.877,00\t3.997,19

Summe Mehrkosten p.a. inkl. AG-Anteile ca. 11.900 €.

Bitte nicht in die allgemeine Kostenstellenübersicht übernehmen, nur Summen.

Gruß
Sabine
'''), extra=[XM_OUTLOOK, ('Sensitivity', 'Company-Confidential')])

mail(35, 'N', 'en', 'internal',
     'trap: data-protection training quiz using obviously fictitious persons (Max Mustermann), ICD code and a published example IBAN',
     who('vosskamp'), [box('alle-fuehrungskraefte', 'All managers')], 'Privacy quiz for your team meetings (5 min)', '03-09 09:30',
     T('''Dear managers,

here is this month's five-minute privacy quiz for your team meetings. Answers below the line.

Which of these e-mails needs the secure channel?

  a) "Dear Mr Max Mustermann (fictitious), your hospital invoice for F32.1 has been settled."
  b) "Our dental premiums for ages 21-30 start at EUR 14.90."
  c) "Please pay to IBAN DE89 3704 0044 0532 0130 00" - from the bank's own documentation example
  d) "Attached: list of all employees who took part in the flu vaccination."
  e) "The canteen is closed on Friday."

__________________________________________

a) Yes in real life - health data of a person. Here the name is a placeholder, so it is only a training text.
b) No - product information.
c) Only if the IBAN belongs to a real person; the quoted one is a published example.
d) Yes - vaccination is health data, even internally.
e) No.

Questions? Henrike (DPO, ext. 1007)
''', cs='us-ascii'), extra=[XM_OUTLOOK])

CI36 = pdf('''# Auenwald Lebensversicherung AG
Auenwaldstrasse 1, 34121 Kassel

Mrs Lorna McIntyre
14 Harbour View
Galway H91 XK2T, Ireland

Kassel, 10 March 2026

# Critical illness benefit - policy LV-6610-41288

Dear Mrs McIntyre,

we have reviewed the histology report of University Hospital Galway dated 9 February 2026 and the
letter of your oncologist, Dr Siobhan Keane.

Diagnosis: invasive ductal carcinoma of the left breast, upper outer quadrant (ICD-10 C50.4),
tumour stage pT1c pN0 M0, hormone receptor positive.

This diagnosis meets the definition "Cancer - of specified severity" in section 4.2 of your policy
conditions. We therefore pay the critical illness benefit of EUR 80,000.00 in full.
The payment will be made to your account ending in ...4471 within ten days.

Your policy continues for the life cover; premiums for the critical illness rider end.

We wish you all the best for your treatment.

Kind regards
Dr. med. Miriam Achterberg
Medical Underwriting Life
''', title='Critical illness decision LV-6610-41288', date='20260310100000')
mail(36, 'S', 'en', 'insurer-to-customer',
     'attachment-only: PDF decision letter on a critical illness claim with breast cancer diagnosis C50.4; body says only "please find attached"',
     who('marquardt'), [('Lorna McIntyre', 'lorna.mcintyre@inbox-mail.example')],
     'Your claim LV-6610-41288', '03-10 10:20',
     MP('mixed', [T('''Dear Mrs McIntyre,

please find attached our letter regarding your claim. The original will follow by post.

If you have any questions, you can reach me directly on +49 561 7790-5233.
''' + sig('marquardt', 'en')), A('Decision_LV-6610-41288.pdf', CI36)]), extra=[XM_OUTLOOK])

mail(37, 'N', 'de', 'insurer-to-customer',
     'trap: portal one-time password notification, no content of any message',
     box('securemail', 'Auenwald SecureMail'), [('Bettina Ruhl', 'bettina.ruhl@webpost.example')],
     'Ihr Zugang zum Auenwald SecureMail-Portal', '03-10 14:02',
     T('''Guten Tag Bettina Ruhl,

für Sie wurde ein Postfach im Auenwald SecureMail-Portal eingerichtet. Dort liegt eine vertrauliche
Nachricht für Sie bereit.

Ihr Einmal-Passwort: 7hQ-4mZp-22Kd

Bitte melden Sie sich innerhalb von 14 Tagen unter
https://securemail.auenwald-versicherung.example an und vergeben Sie ein eigenes Passwort sowie
eine Sicherheitsfrage. Danach ist das Einmal-Passwort ungültig.

Diese Nachricht wurde automatisch erzeugt. Antworten auf diese E-Mail werden nicht gelesen.

Auenwald Versicherungsgruppe – SecureMail
''', cte='quoted-printable'), extra=[('Auto-Submitted', 'auto-generated'), XM_SYS])

mail(38, 'C', 'de', 'insurer-to-customer',
     'motor total loss settlement of the named customer: VIN, plate, replacement and residual value table, nobody hurt',
     who('reifenrath'), [('Dorothea Specht', 'dorothea.specht@kundenpost.example')],
     'Totalschaden KF-26-01902 – Abrechnung', '03-11 11:44',
     T('''Sehr geehrte Frau Specht,

das Gutachten des Sachverständigenbüros Gerlach zu Ihrem Opel Astra (KS-DS 714, FIN W0L0AHL3552210947)
liegt vor. Da die Reparaturkosten den Wiederbeschaffungswert übersteigen, rechnen wir auf
Totalschadenbasis ab:

  Wiederbeschaffungswert (brutto)      9.850,00 €
  ./. Restwert (Angebot Autohaus Ebert) 1.620,00 €
  ./. Selbstbeteiligung Vollkasko        500,00 €
  = Entschädigung                      7.730,00 €

Verletzt wurde bei dem Unfall zum Glück niemand, ein Dritter war nicht beteiligt (Glatteis, Leitplanke).
Das Restwertangebot ist bis 25.03. gültig; das Autohaus holt das Fahrzeug kostenlos ab.
''' + sig('reifenrath') + FOOT_DE), extra=[XM_OUTLOOK])

mail(39, 'S', 'mixed', 'internal',
     'German/English exchange on a disability income application: applicant\'s disclosed conditions as bullets (asthma, knee surgery, therapy)',
     who('achterberg'), [('Rebecca Thornbury', 'rebecca.thornbury@%s' % DOM)], 'AW: BU application Sophie Castellan – second opinion?', '03-12 08:37',
     T('''Hi Rebecca,

kurz meine Einschätzung zu Frau Castellan (BU-Antrag, geb. 19.02.1992, Physiotherapeutin):

- Asthma bronchiale seit Kindheit, stabil unter Budesonid/Formoterol – normal annehmbar
- Meniskus-OP rechts 2021, beschwerdefrei – Ausschluss rechtes Knie für 3 Jahre
- 12 Sitzungen Psychotherapie 2023 (Anpassungsstörung nach Trennung) – abgeschlossen, no relapse

Mein Vorschlag: accept with knee exclusion, no loading. The therapy was short and ended more than two
years ago, so no exclusion for mental health. Please tell the broker we need the therapist's final
report only if she objects to the exclusion.

Miriam
''' + ol_en('Rebecca Thornbury', 'Wednesday, 11 March 2026 17:20', 'Miriam Achterberg', 'BU application Sophie Castellan – second opinion?',
'''Miriam, could you have a quick look at the Castellan application (broker Hagedorn & Pohl)? She disclosed
asthma, a knee operation and some psychotherapy. Broker is pushing for a standard offer. Thanks! R.''')), extra=[XM_OUTLOOK])

mail(40, 'N', 'en', 'insurer-to-supplier',
     'trap: penetration test scope for the secure mail portal with hostnames and synthetic test accounts, no real persons',
     who('amendt'), [('Siobhan Kerr – Kerncode Systems', 's.kerr@kerncode.example')],
     'Pentest scope Q2 – SecureMail portal', '03-12 16:15',
     T('''Hi Siobhan,

scope for the Q2 test, as discussed:

Host                                            Env     In scope
securemail-test.auenwald-versicherung.example   TEST    yes (full)
makler-test.auenwald-versicherung.example       TEST    yes (broker post API, BiPRO 430)
smtp-gw-test.auenwald-versicherung.example      TEST    yes (TLS, S/MIME domain cert)
securemail.auenwald-versicherung.example        PROD    read-only checks, no load

Test accounts (synthetic data only, names are placeholders):
  testkunde01 ... testkunde20   - customer mailboxes with dummy "Arztrechnung" PDFs
  testmakler01 ... testmakler05 - broker users, 01 is firm administrator

Window: 20-30 April 2026, weekdays 08:00-18:00 CEST. Please report critical findings by phone
the same day (+49 561 7790-6612).

Thanks,
Felix
''', cs='us-ascii'), extra=[XM_TB])

ICS41 = ics('hr-26-00512-besichtigung', '20260318T093000', '20260318T103000', 'Inspection water damage - claim HR-26-00512',
            'Oederweg 88, 60318 Frankfurt am Main', 'Assessor: Sachverstaendigenbuero Gerlach, Mr Gerlach. Please give access to bathroom and the flat below.',
            'tarik.yildiz@' + DOM, ['a.moreau@webpost.example'])
mail(41, 'C', 'en', 'insurer-to-customer',
     'household water damage claim of a named expat customer with address and an ICS for the assessor visit',
     who('yildiz'), [('Amélie Moreau', 'a.moreau@webpost.example')],
     'Water damage claim HR-26-00512 – assessor visit', '03-13 10:05',
     MP('mixed', [T('''Dear Ms Moreau,

thank you for your call. We have instructed an assessor to look at the water damage in your flat
(household policy HR-3381-41002, Oederweg 88, 4th floor). The appointment is attached as a calendar file:

  Wednesday, 18 March 2026, 9:30 - 10:30

Please keep the damaged parquet pieces and the plumber's invoice. If the flat below is affected too,
your landlord's building insurer will handle that part.
''' + sig('yildiz', 'en')), A('assessor_visit_HR-26-00512.ics', ICS41, 'text/calendar; method=REQUEST; charset="utf-8"')]),
     extra=[XM_OUTLOOK])

mail(42, 'N', 'de', 'insurer-to-partner',
     'trap: complaint statistics for the industry association by category (incl. health claim rejections), counts only',
     who('lenz'), [('Statistik – Verband der Versicherer Hessen-Nord', 'statistik@vvhn-verband.example')],
     'Beschwerdestatistik 2025 – Meldung Auenwald', '03-16 13:00',
     T('''Sehr geehrte Damen und Herren,

anbei unsere Meldung für die Beschwerdestatistik 2025 (Anzahl schriftlicher Beschwerden):

Sparte / Kategorie                         2024    2025
Kranken – Leistungsablehnung               412     455
Kranken – Beitragsanpassung                890     301
Kranken – Bearbeitungsdauer                233     198
Leben – Ablaufleistung / Rückkauf          121     109
BU – Leistungsprüfung                       64      71
Kfz – Schadenregulierung                   377     402
Sach – Schadenregulierung                  288     340
Sonstige                                    95     102
Gesamt                                    2480    1978

Der Rückgang bei Beitragsanpassungen erklärt sich durch die moderate BAP 2025.
Die Beschwerden wurden im Mittel nach 9,4 Arbeitstagen abschließend beantwortet.

Mit freundlichen Grüßen
Matthias Lenz
Controlling
'''), extra=[XM_OUTLOOK])

mail(43, 'S', 'de', 'insurer-to-doctor',
     'request to the treating doctor for a report on a named insured\'s disability claim: numbered list of medical questions, DOB',
     who('achterberg'), [('Praxis Dr. med. Annette Vollbrecht', 'praxis@dr-vollbrecht.example')],
     'Anfrage ärztlicher Bericht – Herr Kevin Stracke, geb. 27.09.1979', '03-17 09:58',
     T('''Sehr geehrte Frau Kollegin Vollbrecht,

Herr Kevin Stracke, geb. 27.09.1979, wohnhaft Im Gelben Feld 3, 34260 Kaufungen, hat bei uns
Leistungen aus seiner Berufsunfähigkeitsversicherung (BU-9001-33417) beantragt. Er gibt Sie als
behandelnde Hausärztin an; eine Schweigepflichtentbindung liegt bei.

Wir bitten um einen kurzen Befundbericht zu folgenden Fragen:

  1. Seit wann behandeln Sie Herrn Stracke wegen der Lumboischialgie links?
  2. Welche Befunde (MRT vom 11/2025?) und welche Therapien liegen vor?
  3. Bestehen weitere Erkrankungen, insbesondere des Bewegungsapparats oder psychischer Art?
  4. Wie schätzen Sie seine Leistungsfähigkeit als Dachdecker derzeit ein (in %)?
  5. Ist eine Besserung innerhalb der nächsten sechs Monate zu erwarten?

Ihr Honorar nach GOÄ Nr. 75 übernehmen wir selbstverständlich. Bitte senden Sie den Bericht über
unser SecureMail-Portal oder per Post.

Mit freundlichen kollegialen Grüßen
Dr. med. Miriam Achterberg
Medizinische Risikoprüfung Leben
''' + FOOT_DE), extra=[XM_OUTLOOK])

mail(44, 'C', 'de', 'insurer-to-customer',
     'legal expenses cover for an unfair dismissal suit: named customer, employer and monthly gross salary for the value in dispute',
     who('szymanski'), [('Florian Dreyer', 'florian.dreyer@netzpost.example')],
     'Ihre Anfrage Kündigungsschutzklage – Deckungszusage', '03-18 15:21',
     T('''Hallo Herr Dreyer,

gute Nachricht: Für Ihre Kündigungsschutzklage gegen die Nordhessische Kältetechnik GmbH besteht
Versicherungsschutz aus Ihrem Arbeits-Rechtsschutz (RS-4410-90376). Die Wartezeit ist abgelaufen,
die Kündigung vom 27.02.2026 liegt danach.

Für die Berechnung des Gegenstandswerts haben wir Ihr Bruttomonatsgehalt von 4.250,00 € zugrunde
gelegt (drei Bruttomonatsgehälter = 12.750,00 €). Bitte geben Sie die Zusage an Ihren Anwalt
weiter. Die erste Instanz vor dem Arbeitsgericht ist abgedeckt, die SB beträgt 150 €.

Viel Erfolg!
''' + sig('szymanski')), extra=[XM_OUTLOOK])

NEWS45 = '''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Gesund durch den Winter</title></head>
<body style="margin:0;background:#f3f5f2;font-family:Verdana,sans-serif">
<table width="600" align="center" style="background:#ffffff;padding:20px">
<tr><td><h1 style="color:#2e6b3f">Gesund durch den Winter</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>Erkältung, Grippe, R&uuml;ckenschmerzen vom Schneeschippen &ndash; der Winter hat es in sich.
Wussten Sie, dass Ihre Auenwald Krankenversicherung viele Vorsorgeuntersuchungen ohne
Selbstbeteiligung erstattet?</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#2e6b3f;color:#fff"><th>Untersuchung</th><th>ab Alter</th><th>Intervall</th></tr>
<tr><td>Gesundheits-Check-up</td><td>18</td><td>alle 3 Jahre (ab 35)</td></tr>
<tr><td>Hautkrebs-Screening</td><td>35</td><td>alle 2 Jahre</td></tr>
<tr><td>Darmkrebsvorsorge (Koloskopie)</td><td>50</td><td>2x im Abstand von 10 Jahren</td></tr>
<tr><td>Mammographie-Screening</td><td>50</td><td>alle 2 Jahre</td></tr>
<tr><td>Grippeschutzimpfung</td><td>60 bzw. Risikogruppe</td><td>j&auml;hrlich</td></tr>
</table>
<p>Tipp: Rechnungen einfach mit der Auenwald-App fotografieren und einreichen.</p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben.
<a href="https://www.auenwald-versicherung.example/newsletter/abmelden">Abmelden</a> &middot;
<a href="https://www.auenwald-versicherung.example/impressum">Impressum</a></p>
</td></tr></table></body></html>'''
mail(45, 'N', 'de', 'newsletter',
     'trap: HTML-only customer newsletter with a table of screening examinations by age (cancer screening, vaccination), no persons',
     box('newsletter', 'Auenwald Gesundheitsnewsletter'), [box('newsletter', 'Auenwald Gesundheitsnewsletter')],
     'Gesund durch den Winter – Ihre Vorsorge im Überblick', '01-15 06:45',
     T(NEWS45, 'html'), extra=[('List-Unsubscribe', '<https://www.auenwald-versicherung.example/newsletter/abmelden>'), ('Precedence', 'bulk')])

mail(46, 'S', 'en', 'insurer-to-lawyer',
     'life claim of a deceased named policyholder to the estate\'s solicitor: cause of death from the death certificate, payout',
     who('marquardt'), [('Harriet Quayle – Quayle & Dunmore Solicitors', 'h.quayle@quayle-dunmore.example')],
     'Estate of the late Mr Bernard Ashworth – life policy LV-6610-18830', '03-19 12:12',
     T('''Dear Ms Quayle,

thank you for the certified copy of the death certificate and the grant of probate.

Mr Bernard Ashworth (born 2 November 1951) died on 30 January 2026 at Royal Chester Infirmary. The
certificate gives the cause of death as 1a) metastatic pancreatic adenocarcinoma. As the policy has
been in force for more than three years, no further medical enquiries are needed.

Settlement:
  - sum assured                   EUR 60,000.00
  - bonus                         EUR  7,412.18
  - less premium 02/2026 refunded EUR     48.30 (credited back)
  - total payable to the estate   EUR 67,460.48

Please confirm the client account of your firm for the payment; we cannot pay to a personal account.
''' + sig('marquardt', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

DASH47 = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ops dashboard week 11</title></head><body>
<h1>Operations dashboard &ndash; week 11/2026</h1>
<table border="1"><tr><th>Queue</th><th>Backlog</th><th>Avg. days</th><th>SLA</th></tr>
<tr><td>Health &ndash; outpatient</td><td>1,412</td><td>4.1</td><td>91%</td></tr>
<tr><td>Health &ndash; hospital</td><td>233</td><td>2.2</td><td>97%</td></tr>
<tr><td>Health &ndash; dental</td><td>980</td><td>6.8</td><td>74%</td></tr>
<tr><td>Life &ndash; disability claims</td><td>311</td><td>38.0</td><td>n/a</td></tr>
<tr><td>Motor</td><td>544</td><td>3.0</td><td>93%</td></tr>
<tr><td>Property</td><td>601</td><td>5.5</td><td>86%</td></tr>
</table><p>Generated by the Auenwald reporting server, 16 March 2026 06:00.</p></body></html>'''
mail(47, 'N', 'en', 'internal',
     'trap: weekly operations dashboard with turnaround times per claims type (health, hospital, dental) in the text and an HTML attachment, aggregates only',
     who('lenz'), [box('ops-leads', 'Operations leads')], 'Weekly ops dashboard – week 11', '03-16 07:55',
     MP('mixed', [T('''Morning all,

week 11 in numbers (week 10 in brackets):

Queue                    Incoming   Closed   Backlog   Avg. days   SLA met
Health - outpatient        9,812    10,233    1,412    4.1 (4.6)    91%
Health - hospital          1,204     1,188      233    2.2 (2.4)    97%
Health - dental            2,977     2,601      980    6.8 (6.1)    74%
Life - disability claims      41        38      311   38.0 (39.5)    n/a
Motor                      1,633     1,702      544    3.0 (3.3)    93%
Property                     988       912      601    5.5 (5.2)    86%

Dental is the problem child: new GOZ analogue positions after the tariff change take longer to check.
Katrin's team will get two temps from April.

Matthias
''', cte='7bit', cs='us-ascii'), A('ops_dashboard_w11.html', DASH47)]), extra=[XM_OUTLOOK])

mail(48, 'C', 'de', 'insurer-to-broker',
     'commission statement of a sole-trader broker (natural person) with his IBAN and tax number',
     box('provision', 'Auenwald Provisionsabrechnung'), [('Uwe Tiedemann', 'info@tiedemann-finanz.example')],
     'Provisionsabrechnung 02/2026 – Vermittlernummer 40-1187', '03-05 06:10',
     T('''Sehr geehrter Herr Tiedemann,

Ihre Provisionsabrechnung für Februar 2026:

Sparte        Abschluss   Bestand   Storno    Summe
Kranken         412,50     188,20     0,00    600,70
Leben         1.230,00      96,40  -210,00  1.116,40
Sach/HUK        145,80     322,15     0,00    467,95
                                            --------
Gesamt                                      2.185,05 EUR
zzgl. USt (nicht steuerpflichtig, § 4 Nr. 11 UStG)

Auszahlung auf: IBAN %s, Kontoinhaber Uwe Tiedemann
Steuernummer: 020/214/50331

Die Einzelaufstellung liegt wie gewohnt in Ihrer elektronischen Vermittlerpost.

Auenwald Versicherungsgruppe - Provisionsabrechnung
''' % grp(IB_TIEDEMANN), cs='iso-8859-1'), extra=[XM_SYS], hcs='iso-8859-1')

mail(49, 'N', 'mixed', 'insurer-to-partner',
     'trap: minutes with an assistance partner (semicolon attendee list, repatriation process steps), German and English, no cases',
     who('ferber'), [('Lukas Hinterberger – EuroAssist Partners', 'l.hinterberger@euroassist.example')],
     'Protokoll / minutes Jour fixe Assistance 19.03.', '03-19 17:40',
     T('''Hallo Lukas, hi all,

anbei mein kurzes Protokoll (German/English mixed as usual).

Teilnehmer / attendees: Annika Ferber (Auenwald); Rebecca Thornbury (Auenwald); Lukas Hinterberger (EuroAssist);
Marta Novak (EuroAssist); Dr. Pierre Lavigne (EuroAssist medical desk)

1. Rücktransporte / repatriation: average time from request to flight 2.8 days (target 3).
   Bei Ambulanzflügen > 30.000 EUR bleibt die vorherige Freigabe durch Auenwald Pflicht.
2. New medical desk hours: 24/7 from 1 April, German-speaking doctor 07:00-22:00.
3. Reporting: monthly case statistics only aggregated per country, no names in the Excel – agreed.
4. Next jour fixe: 16 April, Vienna.

Viele Grüße / best
Annika
''' + sig('ferber', 'de', short=True)), extra=[XM_OUTLOOK])

mail(50, 'C', 'en', 'insurer-to-customer',
     'grey: pet health claim (dog\'s cruciate ligament surgery) of a named customer; animal health is not human health, but contract and person are identifiable',
     who('yildiz'), [('Hannah Sørensen', 'hannah.sorensen@mailhaus.example')],
     'Pet insurance claim TK-26-00219 – Balu', '03-20 09:12',
     T('''Dear Ms Sørensen,

we have settled the vet invoice for Balu (Labrador, chip no. 276098106543210) under your pet
health policy TK-6603-11520:

  Treatment                                   Invoice      Covered
  Cruciate ligament surgery (TPLO), right     EUR 2,940    EUR 2,940
  Anaesthesia, X-ray, 2 nights inpatient      EUR   780    EUR   780
  Physiotherapy (6 sessions)                  EUR   330    EUR   165  (50 % limit)
  Total                                       EUR 4,050    EUR 3,885

Less your annual excess of EUR 250, we pay EUR 3,635 to your account on file.
Give Balu a pat from us!
''' + sig('yildiz', 'en')), extra=[XM_OUTLOOK])
# ---------------------------------------------------------------- 051-075 --
IB_FULDABANK = iban('DE', '52050353' + '0100077300')
IB_WAGNER = iban('DE', '52050353' + '0230044187')

KU51 = docx([('h', 'Kostenübernahmeerklärung'),
             'Auenwald Krankenversicherung a.G. · Auenwaldstraße 1 · 34121 Kassel',
             'An: Orthopädische Klinik Habichtswald, Patientenverwaltung',
             ('table', [['Patientin', 'Gisela Hentschel, geb. 08.04.1949'],
                        ['Versicherungsnummer', 'KV-7731-09214 (Tarif StationärPlus, Einbettzimmer, Chefarzt)'],
                        ['Aufnahme geplant', '13.04.2026'],
                        ['Diagnose', 'Primäre Koxarthrose rechts (M16.1)'],
                        ['Eingriff', 'Implantation einer Hüft-Totalendoprothese rechts (OPS 5-820.00)'],
                        ['voraussichtliche DRG', 'I47C'],
                        ['Verweildauer', 'ca. 7 Tage, anschließend AHB beantragt']]),
             'Wir übernehmen die allgemeinen Krankenhausleistungen nach DRG, die Wahlleistung Einbettzimmer sowie die wahlärztlichen Leistungen nach GOÄ bis zum 2,3-fachen Satz (technische Leistungen 1,8-fach).',
             'Bitte rechnen Sie direkt mit uns ab. Diese Erklärung gilt bis 30.06.2026.',
             'Kassel, 23.03.2026 – Katrin Oberländer, Leistungsabteilung Krankenversicherung'],
            title='Kostenübernahme Hentschel')
mail(51, 'S', 'de', 'insurer-to-hospital',
     'cost coverage for a named patient\'s hip replacement (M16.1, OPS, DRG) in a DOCX; body names the patient and the admission date',
     who('oberlaender'), [('Patientenverwaltung – Orthopädische Klinik Habichtswald', 'patientenverwaltung@ok-habichtswald.example')],
     'Kostenübernahme Frau Hentschel, Aufnahme 13.04.2026', '03-23 10:30',
     MP('mixed', [T('''Sehr geehrte Damen und Herren,

anbei die Kostenübernahmeerklärung für die stationäre Aufnahme von Frau Gisela Hentschel am 13.04.2026.
Bitte beachten Sie die Begrenzung bei den wahlärztlichen Leistungen.
''' + sig('oberlaender') + FOOT_DE), A('Kostenuebernahme_Hentschel.docx', KU51)]), extra=[XM_OUTLOOK])

mail(52, 'N', 'de', 'internal',
     'trap: training case studies as a bullet list of anonymised cases (age, diagnosis, decision) without names or numbers',
     who('oberlaender'), [box('team-leistung-kv', 'Team Leistung KV')], 'Fallbeispiele für die Schulung „Hilfsmittel" am 05.03.', '02-27 16:10',
     T('''Hallo zusammen,

für die Schulung am Donnerstag habe ich aus echten Vorgängen vier Fallbeispiele gebaut, alle
anonymisiert (Alter gerundet, Orte und Daten geändert):

• Fall A: Versicherter, ca. 70 J., Hörgeräte beidseits 3.400 € – Tarif erstattet 80 % bis 1.500 € je Ohr
  alle 5 Jahre. Frage: Wie viel wird erstattet, wenn vor 4 Jahren schon ein Gerät bezahlt wurde?
• Fall B: Versicherte, ca. 45 J., Kompressionsstrümpfe nach Venen-OP – Hilfsmittel oder Heilmittel?
• Fall C: Kind, ca. 8 J., Rollstuhl nach Unfall, nur für 3 Monate – Kauf oder Miete?
• Fall D: Versicherter, ca. 60 J., CPAP-Gerät bei Schlafapnoe, Zubehör jährlich – Erstattungsfähigkeit
  der Maske im Basistarif?

Lösungen bringe ich ausgedruckt mit. Bitte die Fälle nicht mit echten Vorgängen im System abgleichen,
es geht nur um die Tarifauslegung.

Katrin
'''), extra=[XM_OUTLOOK])

mail(53, 'C', 'de', 'insurer-to-customer',
     'motor: eVB number for the registration of a named customer\'s new car, short mail',
     who('aydin'), [('Lea Brandauer', 'lea.brandauer@webpost.example')],
     'Ihre eVB-Nummer', '03-23 12:47',
     T('''Hallo Frau Brandauer,

hier wie gewünscht Ihre eVB-Nummer für die Zulassung Ihres Seat Ibiza: 7KX3P2M

Sie gilt für Kfz-Haftpflicht und Teilkasko ab Zulassungstag, Vertrag KF-2209-17730.

Gute Fahrt!
Sevgi Aydın
Kundenservice
''', cte='8bit'), extra=[XM_IOS])

MAT54_T = '''Dear Mrs Brandstetter,

congratulations again! We confirm cover for the planned delivery under your expat policy IH-5520-01377:

  Expected date of delivery   28 May 2026
  Hospital                    Mount Elizabeth Novena, Singapore (direct billing)
  Obstetrician                Dr. Wei Ling Tan
  Package                     normal delivery, 2 nights, single room - SGD 9,800
  If caesarean section        up to SGD 18,500, please inform us within 48 hours

Pre-natal check-ups and the gestational diabetes monitoring are paid as outpatient benefits.
Your baby can be added to the policy without health questions if you tell us within 2 months
of birth.

Kind regards
Rebecca Thornbury
International Health
'''
MAT54_H = '''<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear Mrs Brandstetter,</p>
<p>congratulations again! We confirm cover for the planned delivery under your expat policy <b>IH-5520-01377</b>:</p>
<table cellpadding="4" style="border:1px solid #999;border-collapse:collapse">
<tr><td><b>Expected date of delivery</b></td><td>28 May 2026</td></tr>
<tr><td><b>Hospital</b></td><td>Mount Elizabeth Novena, Singapore (direct billing)</td></tr>
<tr><td><b>Obstetrician</b></td><td>Dr. Wei Ling Tan</td></tr>
<tr><td><b>Package</b></td><td>normal delivery, 2 nights, single room &ndash; SGD 9,800</td></tr>
<tr><td><b>If caesarean section</b></td><td>up to SGD 18,500, please inform us within 48 hours</td></tr>
</table>
<p>Pre-natal check-ups and the gestational diabetes monitoring are paid as outpatient benefits.
Your baby can be added to the policy without health questions if you tell us within 2 months of birth.</p>
<p>Kind regards<br>Rebecca Thornbury<br>International Health</p>
</body></html>'''
mail(54, 'S', 'en', 'insurer-to-customer',
     'expat maternity pre-authorisation with due date, obstetrician and gestational diabetes, text and HTML table',
     who('thornbury'), [('Aiko Brandstetter', 'aiko.brandstetter@inbox-mail.example')],
     'Pre-authorisation: delivery at Mount Elizabeth Novena', '03-24 03:15',
     MP('alternative', [T(MAT54_T), T(MAT54_H, 'html')]), extra=[XM_OUTLOOK])

mail(55, 'N', 'en', 'insurer-to-partner',
     'grey: co-insurance of a company\'s property programme, locations with sums insured; only a company, no natural persons\' data',
     who('hainbuch'), [('Property underwriting – Meridian Mutual', 'property@meridian-mutual.example')],
     'Lumenfeld Solar GmbH – property programme 2026, your 30% share', '03-24 14:50',
     T('''Dear colleagues,

thank you for confirming your 30 % share. Location schedule for the 2026 renewal (sums insured in EUR):

Loc  Site                         Buildings     Machinery     Stock        BI (12 mths)
1    Kassel, Sandershaeuser Str.   8,400,000    12,750,000    2,100,000    9,000,000
2    Baunatal, Industriepark       3,200,000     6,900,000    4,450,000    3,500,000
3    Eisenach, logistics hall      2,750,000       410,000    6,800,000      900,000
     Total                        14,350,000    20,060,000   13,350,000   13,400,000

Deductible EUR 25,000 per occurrence, flood sublimit EUR 5m at location 2 (ZÜRS zone 2).
The sprinkler certificate for location 3 is still outstanding; we have set a 60-day warranty.

Best regards
Gregor Hainbuch
Commercial Lines Underwriting
''' + FOOT_EN), extra=[XM_OUTLOOK])

mail(56, 'C', 'de', 'insurer-to-partner',
     'notice to the vehicle registration office that a named keeper\'s motor liability cover has ended (plate, VIN, address)',
     box('kfz-anzeigen', 'Auenwald Kfz-Betrieb'), [('Zulassungsstelle Landkreis Kassel', 'zulassung@landkreis-kassel-amt.example')],
     'Anzeige nach § 25 Abs. 1 FZV – KS-RM 5591', '03-25 07:30',
     T('''Anzeige über das Nichtbestehen einer Kfz-Haftpflichtversicherung (§ 25 Abs. 1 FZV)

Halter:            Rüdiger Malsch, Kasseler Straße 40, 34225 Baunatal
Kennzeichen:       KS-RM 5591
FIN:               WVWZZZ1KZ8W123456
Fahrzeug:          VW Golf
Vertrag:           KF-2209-10117
Ende des Versicherungsschutzes: 20.03.2026 (Kündigung wegen Nichtzahlung des Folgebeitrags)
eVB zuletzt:       5RH8ZQ2

Wir bitten um Veranlassung der Außerbetriebsetzung, falls kein neuer Versicherungsnachweis vorgelegt wird.

Auenwald Allgemeine Versicherung AG
Kfz-Betrieb, Auenwaldstraße 1, 34121 Kassel
'''), extra=[XM_SYS])

KTG57 = odt([('h', 'Krankentagegeld – Abrechnung'),
             'Versicherter: Stefan Wegner, Tarif KT 43 (Tagegeld 120,00 € ab dem 43. Tag)',
             'Vertrag: KV-7731-62045',
             ('table', [['Zeitraum', 'Arbeitsunfähig wegen', 'Tage', 'Tagegeld', 'Betrag'],
                        ['12.01.–22.02.2026', 'Karenz (Lohnfortzahlung)', '42', '–', '0,00 €'],
                        ['23.02.–22.03.2026', 'Bandscheibenvorfall L5/S1 (M51.1), OP 03.03.', '28', '120,00 €', '3.360,00 €']]),
             'Nächste AU-Bescheinigung bitte spätestens zum 05.04.2026 einreichen.'])
mail(57, 'S', 'de', 'insurer-to-customer',
     'attachment-only: ODT statement of daily sickness allowance with the herniated-disc diagnosis; body is neutral',
     who('oberlaender'), [('Stefan Wegner', 'stefan.wegner@netzpost.example')],
     'Ihre Abrechnung', '03-25 13:33',
     MP('mixed', [T('''Guten Tag Herr Wegner,

anbei Ihre aktuelle Abrechnung. Die Zahlung ist heute angewiesen worden.
''' + sig('oberlaender')), A('Abrechnung_2026-03.odt', KTG57)]), extra=[XM_OUTLOOK])

mail(58, 'N', 'de', 'insurer-to-supplier',
     'trap: order of ergonomic chairs and standing desks "for staff with back problems" — no named staff',
     who('stahl'), [('Vertrieb – Büroform Nordhessen GmbH', 'vertrieb@bueroform-nh.example')],
     'Bestellung ergonomische Arbeitsplätze (Rahmenvertrag RV-2024-07)', '03-26 10:10',
     T('''Sehr geehrte Frau Brenneke,

auf Basis des Rahmenvertrags bestellen wir:

Pos. Artikel                                   Menge   EP netto    Gesamt
10   Bürodrehstuhl ErgoSit Pro, Synchronmech.   25     389,00 €    9.725,00 €
20   Sitz-Steh-Tisch elektr. 160x80             15     612,00 €    9.180,00 €
30   Fußstütze verstellbar                      25      38,50 €      962,50 €
40   Monitorarm doppelt                         15      74,00 €    1.110,00 €
                                                                 ------------
                                                                20.977,50 €

Hintergrund: Der Arbeitskreis Gesundheit hat festgestellt, dass Rücken- und Nackenbeschwerden bei uns
die häufigste Ursache für Arbeitsausfälle sind; die Arbeitsplätze gehen an die Sachbearbeitung.
Lieferung bitte in zwei Tranchen, Ansprechpartnerin vor Ort ist Frau Fritsch (Haustechnik).

Freundliche Grüße
Yvonne Stahl
'''), extra=[XM_OUTLOOK])

SCHED59a = pdf('''# Auenwald Allgemeine Versicherung AG - Policy schedule
Household contents insurance HR-3381-44310
Policyholder: Mr Tomasz Wierzbicki, born 17 June 1983
Risk address: Friedrich-Ebert-Strasse 112, 34119 Kassel
Sum insured: EUR 65,000 - bicycle theft up to EUR 3,000 - glass included
Annual premium: EUR 142.80, paid by direct debit (account ending 0388)
''', title='Schedule HR-3381-44310')
SCHED59b = pdf('''# Auenwald Allgemeine Versicherung AG - Policy schedule
Motor insurance KF-2209-18264
Policyholder and main driver: Mr Tomasz Wierzbicki, born 17 June 1983
Vehicle: Skoda Superb Combi, registration KS-TW 83, VIN TMBJG7NP5K7001234
Third-party liability SF 12, comprehensive SF 10, excess EUR 300 / 150
Annual premium: EUR 844.10
''', title='Schedule KF-2209-18264')
ZIP59 = zipfile_of([('Wierzbicki/HR-3381-44310_schedule.pdf', SCHED59a), ('Wierzbicki/KF-2209-18264_schedule.pdf', SCHED59b)])
mail(59, 'C', 'en', 'insurer-to-broker',
     'ZIP with two policy schedules (household, motor) of a named customer with birth date, address, VIN; body harmless',
     who('brinkhaus'), [('Toby Reed – Ashcombe & Reed', 't.reed@ashcombe-reed.example')],
     'Schedules as requested', '03-26 15:02',
     MP('mixed', [T('''Hi Toby,

the two schedules you asked for are in the zip. Password-free as agreed for your MVP import, so please
don't forward outside your firm.

Ole
''' + sig('brinkhaus', 'en', short=True)), A('schedules_2026-03-26.zip', ZIP59)]), extra=[XM_OUTLOOK])

INNER60 = inner('d161-0060-inner', who('aydin'), [box('leistung-kranken', 'Leistungsabteilung Kranken')],
                'WG: Beschwerde Ablehnung Hörgeräte – Herr Albrecht Sommer', '03-26 16:40',
                T('''Hallo Kolleginnen,

bitte übernehmt ihr die Beschwerde unten. Herr Sommer hat heute angerufen und war sehr aufgebracht.

Gruß Sevgi
''' + fwd_de('Albrecht Sommer <a.sommer@kundenpost.example>', '26.03.2026, 11:02', 'service@auenwald-versicherung.example',
             'Ablehnung Hörgeräte - Vertrag KV-7731-30558',
'''Sehr geehrte Damen und Herren,

Sie haben die Kosten für meine neuen Hörgeräte (Phonak, beidseits, 4.180 Euro) abgelehnt mit der
Begründung, die letzten Geräte seien erst 2022 bezahlt worden. Mein HNO-Arzt Dr. Lemmer hat aber
eine deutliche Verschlechterung festgestellt (Hörverlust jetzt 65 dB links, Tinnitus rechts).
Ich bin 78 Jahre alt und ohne die Geräte kann ich nicht mehr telefonieren.

Ich bitte um nochmalige Prüfung.
Albrecht Sommer''')), msgid='<d161-0060-inner.3c1f@%s>' % DOM)
mail(60, 'S', 'de', 'internal',
     'forwarded message/rfc822 attachment: customer complaint about rejected hearing aids with hearing loss and tinnitus; body says only "see attachment"',
     who('oberlaender'), [('Kai Meisner', 'kai.meisner@%s' % DOM)],
     'Bitte übernehmen', '03-27 08:12',
     MP('mixed', [T('''Kai, bitte übernimm das, siehe Anhang. Ich glaube, die Ablehnung war falsch (Verschlechterung!).
Danke, K.
'''), EML('Beschwerde_Sommer.eml', INNER60)]), extra=[XM_OUTLOOK])

FORM61 = pdf('''# Einwilligungs- und Schweigepflichtentbindungserklärung
Auenwald Krankenversicherung a.G.

Name, Vorname der versicherten Person: ____________________________
Geburtsdatum: ____ . ____ . ________      Versicherungsnummer: ________________

Ich entbinde die nachfolgend genannten Ärzte, Zahnärzte, Krankenhäuser und Therapeuten von ihrer
Schweigepflicht, soweit dies zur Prüfung der Leistungspflicht erforderlich ist:

1. ____________________________________________
2. ____________________________________________

[ ] Ich möchte vor jeder Datenerhebung informiert werden.
[ ] Ich willige ein, dass Gesundheitsdaten per E-Mail (TLS) an mich übermittelt werden.

Ort, Datum: ______________________   Unterschrift: ______________________
Formular KV-SEB 03/2024
''', title='Schweigepflichtentbindung (Blanko)')
mail(61, 'N', 'de', 'insurer-to-customer',
     'grey: blank consent / confidentiality-release form (PDF with placeholders) sent on request, no contract number or health data of the person',
     who('aydin'), [('Bettina Ruhl', 'bettina.ruhl@webpost.example')],
     'Formular Schweigepflichtentbindung', '03-27 09:55',
     MP('mixed', [T('''Guten Morgen Frau Ruhl,

wie heute am Telefon besprochen sende ich Ihnen das leere Formular. Sie können es ausgefüllt und
unterschrieben einfach per Post oder über das Kundenportal zurückschicken.

Viele Grüße
Sevgi Aydın
Kundenservice
'''), A('Formular_Schweigepflichtentbindung_blanko.pdf', FORM61)]), extra=[XM_OUTLOOK])

mail(62, 'N', 'en', 'internal',
     'trap: list of partner domain certificates and their expiry (gateway-to-gateway), hostnames only',
     who('amendt'), [box('it-securemail', 'IT Secure Mail Team')], 'Domain certificates expiring before 30 June', '03-30 08:20',
     T('''Morning,

output of the weekly cert check (partner domains with gateway-to-gateway encryption):

DOMAIN                         ISSUER              NOT AFTER     DAYS   ACTION
klinikum-fuldatal.example      Fuldatal Intern CA  2026-04-14      15   partner informed 23 Mar
nordkap-re.example             GlobalTrust G3      2026-05-02      33   none yet
weserbogen-makler.example      GlobalTrust G3      2026-05-30      61   -
hagedorn-pohl.example          QuoVerde TLS CA     2026-06-11      73   -
vandoorn-logistics.example     SwissPost-like CA   2026-06-29      91   -

If a cert expires, the gateway falls back to the portal for strictly confidential mail (policy rule 7),
TLS-only for the rest. Nordkap Re: Felix will call them today.

-- 
Felix Amendt
IT – Secure Mail & Portal
''', cte='8bit'), extra=[XM_TB])

ODS63 = ods([('Members', [
    ['Member', 'Employee no.', 'Benefit', 'Status', 'Since', 'Reason for absence', 'Monthly benefit GBP'],
    ['Gavin Moffat', 'FE-0412', 'Group income protection', 'claim in payment', '2025-09-01', 'multiple sclerosis, relapsing', 2850.0],
    ['Priya Raman', 'FE-0588', 'Group income protection', 'deferred period', '2026-02-16', 'post-operative, spinal fusion', 0],
    ['Leon Whitfield', 'FE-0103', 'Group life', 'death claim paid', '2026-01-07', 'road traffic accident', 0],
])])
mail(63, 'S', 'en', 'insurer-to-company',
     'ODS attachment for the employer of a group scheme: named employees with MS, spinal surgery and a death claim',
     who('marquardt'), [('HR – Fairbairn Engineering Ltd', 'hr@fairbairn-eng.example')],
     'Group scheme GL-2040-0007: claims status Q1', '03-30 13:40',
     MP('mixed', [T('''Dear Ms Dalgleish,

attached is the quarterly status of open and closed claims under your group life and income
protection scheme, for your payroll and absence management. Please restrict access to the people
who handle these cases.

The renewal terms follow separately in April.
''' + sig('marquardt', 'en') + FOOT_EN), A('GL-2040-0007_claims_Q1-2026.ods', ODS63)]), extra=[XM_OUTLOOK])

mail(64, 'C', 'de', 'insurer-to-customer',
     'household sum insured adjustment for a named customer with birth date (senior discount), address and IBAN',
     who('aydin'), [('Helga Wagner', 'helga.wagner@kundenpost.example')],
     'Ihre Hausratversicherung HR-3381-08812 – neue Versicherungssumme', '03-31 11:11',
     T('''Sehr geehrte Frau Wagner,

wie gewünscht haben wir Ihre Hausratversicherung angepasst:

  Versicherungsnehmerin:  Helga Wagner, geb. 02.12.1955
  Anschrift:              Brüder-Grimm-Platz 7, 34117 Kassel
  neue Wohnfläche:        64 m² (bisher 92 m²)
  Versicherungssumme:     41.600 € (650 €/m², Unterversicherungsverzicht)
  Beitrag ab 01.04.2026:  98,40 € jährlich (inkl. 10 %% Seniorennachlass ab 70)
  Abbuchung von:          IBAN %s

Alles Gute für die neue Wohnung!
''' % grp(IB_WAGNER) + sig('aydin') + FOOT_DE), extra=[XM_OUTLOOK])

mail(65, 'N', 'en', 'internal',
     'trap: project kick-off with a semicolon distribution list and a Markdown task table about simplifying health questions',
     who('lohmeier'), [box('projekt-antrag-neu', 'Project "Application 2027"')], 'Kick-off: simpler health questions in the application', '03-31 16:00',
     T('''Hi all,

thanks for joining the kick-off. Distribution list for the project (please copy into your address book):
beatrix.lohmeier@auenwald-versicherung.example; miriam.achterberg@auenwald-versicherung.example;
ole.brinkhaus@auenwald-versicherung.example; felix.amendt@auenwald-versicherung.example; henrike.vosskamp@auenwald-versicherung.example

| # | Task                                                         | Owner    | Due        |
|---|--------------------------------------------------------------|----------|------------|
| 1 | Analyse which health questions drive declines (last 3 years) | Beatrix  | 2026-05-15 |
| 2 | Draft: 5-year instead of 10-year look-back for treatments    | Miriam   | 2026-05-31 |
| 3 | Broker survey: which questions cause most queries            | Ole      | 2026-05-15 |
| 4 | Consent wording for e-mail transmission of health data       | Henrike  | 2026-06-15 |
| 5 | Portal upload for doctor's reports in the application        | Felix    | 2026-07-01 |

Next meeting 14 April, 10:00, room A 4.02.

Beatrix
'''), extra=[XM_OUTLOOK])

mail(66, 'S', 'de', 'insurer-to-customer',
     'health insurance premium arrears of the named addressee, switch to the emergency tariff (personal line, no diagnosis)',
     who('aydin'), [('Kevin Dorn', 'kevin.dorn@netzpost.example')],
     'Mahnung – Beitragsrückstand Ihrer Krankenversicherung KV-7731-47720', '04-01 07:45',
     T('''Sehr geehrter Herr Dorn,

leider sind die Beiträge für Ihre private Krankenversicherung weiterhin offen:

  Monat      Beitrag     offen seit
  12/2025    512,36 €    01.12.2025
  01/2026    512,36 €    01.01.2026
  02/2026    512,36 €    01.02.2026
  Säumniszuschläge       15,37 €
  Summe               1.552,45 €

Wenn der Rückstand zwei Monate nach Zugang dieser Mahnung noch besteht, ruht Ihr Vertrag und Sie
werden nach § 193 Abs. 7 VVG im Notlagentarif geführt. Dann erstatten wir nur noch Aufwendungen bei
akuten Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und Mutterschaft.

Bitte melden Sie sich, wenn Sie eine Ratenzahlung vereinbaren möchten.
''' + sig('aydin') + FOOT_DE), extra=[XM_SYS])

mail(67, 'C', 'en', 'insurer-to-customer',
     'travel baggage theft claim of a named customer with an item list and values, no health content',
     who('ferber'), [('Giulia Ferrante', 'giulia.ferrante@webpost.example')],
     'RE: stolen suitcase at Roma Termini – claim RG-26-00391', '04-01 15:27',
     T('''Dear Ms Ferrante,

thank you for the police report from the Polizia Ferroviaria. We can settle your claim under the
baggage cover of your travel policy RR-8820-20931 as follows:

- Suitcase Samsonite, bought 2021:          EUR 240  -> time value EUR 120
- Clothing (list of 14 items):               EUR 980  -> time value EUR 610
- Camera Fujifilm X-T30 with lens:           EUR 1,150 -> limit for electronics EUR 500
- Sunglasses Ray-Ban:                        EUR 160  -> EUR 110
Total payable:                                          EUR 1,340

The passport replacement fee (EUR 86) is also covered; please send us the consulate receipt.

> Hi, my suitcase was stolen on the train platform in Rome on 24 March. What do you need?
> Giulia Ferrante, policy RR-8820-20931
''' + sig('ferber', 'en')), extra=[XM_OUTLOOK])

mail(68, 'N', 'de', 'insurer-to-partner',
     'trap: cooperation agreement with a bank: commission table and the bank\'s own company IBAN (no natural persons)',
     who('brinkhaus'), [('Dr. Sandra Lorenz – Fuldabank eG', 's.lorenz@fuldabank.example')],
     'Kooperationsvereinbarung 2026 – Anlage Vergütung', '04-02 10:40',
     T('''Sehr geehrte Frau Dr. Lorenz,

wie besprochen die Vergütungsanlage zur Kooperationsvereinbarung:

Produkt                         Abschlussprovision        Bestandsprovision
Risikolebensversicherung        25 ‰ der Beitragssumme    1,5 %% p.a.
Zahnzusatz / Ergänzung Kranken  4 Monatsbeiträge          2,0 %% p.a.
Hausrat / Haftpflicht           20 %% Jahresbeitrag        10 %% p.a.
Wohngebäude                     15 %% Jahresbeitrag        10 %% p.a.

Die Auszahlung erfolgt quartalsweise auf das Geschäftskonto der Fuldabank eG,
IBAN %s (Verwendungszweck „Provision Kooperation AUW").

Der unterschriebene Vertrag geht Ihnen per Post zu.
''' % grp(IB_FULDABANK) + sig('brinkhaus') + FOOT_DE), extra=[XM_OUTLOOK])

mail(69, 'N', 'en', 'internal',
     'trap: excerpt of the medical underwriting manual: table of conditions and standard decisions, no applicants',
     who('achterberg'), [box('underwriting-leben', 'Underwriting Life team')], 'Underwriting manual update v2026.1 – changes', '04-02 14:05',
     T('''Dear team,

the manual update v2026.1 goes live on 15 April. Changes for disability income (BU):

Condition                          old decision              new decision
Asthma, controlled, no steroids    +25 % loading             standard
Hypertension, treated, < 140/90    standard                  standard
Knee arthroscopy > 2 yrs ago       exclusion knee 5 yrs      exclusion 3 yrs / none if symptom-free
Psychotherapy < 25 sessions,       postpone 2 yrs            standard if ended > 2 yrs ago
  ended, no relapse
BMI 35-39.9                        +50 %                     +25 %, standard below age 30

Please use the new decisions only for applications signed from 15 April. The reasoning for each change
is in the appendix of the manual (intranet > Underwriting > Manual).

Miriam
''', cs='us-ascii'), extra=[XM_OUTLOOK])

mail(70, 'C', 'de', 'insurer-to-customer',
     'personal liability: a named customer\'s 9-year-old son scratched a car with his bike; no one hurt',
     who('szymanski'), [('Sandra Pietsch', 'sandra.pietsch@mailhaus.example')],
     'AW: Schaden am Auto der Nachbarin – PH-26-00712', '04-03 09:31',
     T('''Hallo Frau Pietsch,

danke für die Fotos. Kurz zur Rechtslage, damit Sie es Ihrer Nachbarin erklären können:

Ihr Sohn Noah ist 9 Jahre alt. Kinder unter 10 Jahren haften im fließenden Verkehr nicht, bei einem
parkenden Auto aber schon, sofern sie die nötige Einsicht haben. Ihre Privathaftpflicht PH-6120-33870
enthält außerdem die Deliktunfähigkeitsklausel bis 5.000 €. Wir zahlen den Schaden am Citroën C3
(Kostenvoranschlag 846,30 €) daher in jedem Fall.

Bitte geben Sie uns Namen und Bankverbindung von Frau Zöllner, dann überweisen wir direkt.

Viele Grüße
Paul Szymanski

-----Ursprüngliche Nachricht-----
Von: Sandra Pietsch <sandra.pietsch@mailhaus.example>
Gesendet: Donnerstag, 2. April 2026 19:02
An: Schaden Haftpflicht
Betreff: Schaden am Auto der Nachbarin

Hallo, mein Sohn Noah (9) ist gestern mit dem Fahrrad am Auto von Frau Zöllner entlanggeschrammt,
verletzt hat sich zum Glück keiner. Fotos anbei. Zahlt das die Haftpflicht?
S. Pietsch
'''), extra=[XM_OUTLOOK])

mail(71, 'N', 'en', 'newsletter',
     'trap: staff newsletter with a bullet list of new colleagues and service anniversaries (organisational, no private data)',
     box('intern-news', 'Auenwald Weekly'), [box('alle-mitarbeitenden', 'All staff')], 'Auenwald Weekly #14 – new colleagues, canteen, health day', '04-06 08:00',
     T('''AUENWALD WEEKLY #14
===================

Welcome to our new colleagues
  * Dr. Lukas Engelhard - Health Actuarial (from Zurich)
  * Mira Okonkwo - International Health
  * Jasper Vogt - IT Secure Mail & Portal (apprentice)
  * Elif Kara - Customer Service

Service anniversaries in April
  * 25 years: Monika Fritsch (Facility Management)
  * 10 years: Paul Szymanski (Liability Claims), Svenja Kolb (Life)

Health day on 22 April
Blood pressure check, back school, nutrition counselling and a smoothie bike in the foyer. All offers
are anonymous, results go only to you.

Canteen
From May the canteen opens at 11:15. Thursday remains veggie day.

Editorial team: Claudia Reents, Corporate Communications
''', cs='us-ascii'), extra=[('Precedence', 'bulk')])

mail(72, 'S', 'de', 'insurer-to-customer',
     'base64 body: approval of a dental treatment plan (implants, GOZ positions in aligned columns) for the addressee',
     who('oberlaender'), [('Andreas Behrendt', 'andreas.behrendt@webpost.example')],
     'Heil- und Kostenplan Dr. Kühnel – Zusage', '04-07 10:22',
     T('''Sehr geehrter Herr Behrendt,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Kühnel vom 30.03.2026 geprüft
(Implantatversorgung Regio 36 nach Extraktion, Vertrag KV-7731-51186, Tarif ZahnKomfort 90):

GOZ      Leistung                              Anzahl   Faktor   Betrag
9010     Implantatinsertion                    1        2,3      343,28 €
9100     Aufbau Kieferknochen (Augmentation)   1        2,3      346,28 €
2200     Implantatgetragene Krone              1        2,3      210,51 €
Material/Labor (Implantat, Krone)                                1.412,00 €
Summe                                                           2.312,07 €

Erstattung 90 %: 2.080,86 €. Da Ihr Vertrag im dritten Versicherungsjahr ist, gilt die Zahnstaffel
von 3.000 €; bisher haben Sie 410,00 € in Anspruch genommen. Die Zusage gilt 6 Monate.
''' + sig('oberlaender') + FOOT_DE, cte='base64'), extra=[XM_SYS])

mail(73, 'N', 'de', 'insurer-to-lawyer',
     'trap: organising an internal seminar on medical malpractice law with an external lawyer — agenda list, no cases',
     who('faller'), [('RA Dr. Konstantin Brandes', 'k.brandes@brandes-woehrle.example')],
     'Inhouse-Seminar „Arzthaftung und Regress" am 21.05.', '04-07 15:45',
     T('''Sehr geehrter Herr Dr. Brandes,

vielen Dank für Ihre Zusage. Für das Seminar am 21.05.2026 (9–13 Uhr, Raum A 0.30, ca. 20 Teilnehmende
aus Leistung KV und Regress) hatten wir folgende Punkte vorgesehen:

  1. Behandlungsfehler und Aufklärungsfehler – aktuelle BGH-Rechtsprechung
  2. Übergang von Ansprüchen nach § 86 VVG in der PKV
  3. Beweislast, Gutachterverfahren der Ärztekammern
  4. Praktische Fragen: Akteneinsicht, Schweigepflichtentbindung, Verjährung
  5. Anonymisierte Beispiele aus Ihrer Praxis

Honorar wie angeboten 1.800 € zzgl. USt. Bitte senden Sie uns die Folien bis 14.05., wir drucken sie aus.

Mit freundlichen Grüßen
Dominik Faller
Regress & Recht
'''), extra=[XM_OUTLOOK])

mail(74, 'C', 'de', 'insurer-to-broker',
     'portfolio transfer list to a broker: named customers with birth dates and non-personal-line contracts, aligned columns',
     who('brinkhaus'), [('Nicole Haas – Hagedorn & Pohl', 'n.haas@hagedorn-pohl.example')],
     'Bestandsübertragung Ohm -> Hagedorn & Pohl: erste Tranche', '04-08 11:50',
     T('''Hallo Frau Haas,

die Kunden haben der Übertragung zugestimmt. Erste Tranche aus dem Bestand VersicherungsKontor Ohm:

Kunde                   geb.        Vertrag          Sparte            Beitrag/Jahr
Bettina Rautenberg      14.09.1966  PH-6120-10442    Privathaftpflicht      61,20
Bettina Rautenberg      14.09.1966  HR-3381-10443    Hausrat               133,90
Olaf Hirschfeld         03.03.1971  WG-5512-09981    Wohngebäude         1.021,55
Selin Arslan            28.11.1994  KF-2209-16620    Kfz                   702,18
Manfred Zielke          19.07.1948  RS-4410-07713    Rechtsschutz          389,00

Die Provisionsumstellung erfolgt zum 01.05.2026. Die Vollmachten liegen uns im Original vor.

Beste Grüße
Ole Brinkhaus
''', cte='quoted-printable'), extra=[XM_OUTLOOK])

mail(75, 'S', 'mixed', 'insurer-to-customer',
     'German reply with English summary to a customer hospitalised abroad: appendicitis in Bali, hospital bill',
     who('ferber'), [('Matteo Brunner', 'matteo.brunner@inbox-mail.example')],
     'AW: Hospital bill Bali – appendix operation', '04-08 19:20',
     T('''Hallo Herr Brunner,

gute Besserung nach Ihrer Blinddarm-OP! Wir haben die Rechnung des BIMC Hospital Kuta erhalten und
übernehmen sie vollständig aus Ihrer Auslandsreisekrankenversicherung RK-9102-40751.

English summary for the hospital, as you asked:
  - Patient: Matteo Brunner, DOB 11/01/1990
  - Diagnosis: acute appendicitis (K35.8), laparoscopic appendectomy on 05/04/2026
  - Inpatient stay: 05/04 - 08/04/2026
  - Cost guarantee: IDR 96,400,000 (approx. EUR 5,600), paid directly by Auenwald / EuroAssist

Bitte heben Sie den Entlassungsbericht auf. Für den Rückflug brauchen Sie laut Arzt keine Begleitung.

> Hi, I'm still in Bali, they operated my appendix on sunday. The hospital wants a guarantee in
> English. Can you send something? Matteo
''' + sig('ferber', 'de', short=True)), extra=[XM_IOS])
# ---------------------------------------------------------------- 076-100 --
IB_NEUMEYER = iban('DE', '52050353' + '0004188270')
IB_BYRNE = iban('IE', 'AIBK' + '931152' + '12345678')
IB_KOCH_ALT = iban('DE', '52060410' + '0003340098')
IB_KOCH_NEU = iban('DE', '50010517' + '0984413377')

mail(76, 'N', 'de', 'internal',
     'trap: Excel range of the mail gateway\'s daily counts per sensitivity class and channel, no persons',
     who('amendt'), [('Henrike Voßkamp', 'henrike.vosskamp@%s' % DOM)], 'Zahlen Mail-Gateway März', '04-09 09:14',
     T('''Hallo Henrike,

die Zahlen für März aus dem Gateway-Reporting (ausgehende Mails, Werktage):

Klasse\tTLS\tS/MIME\tPortal\tgesamt\tAnteil
normal\t182.440\t0\t0\t182.440\t81,2%
vertraulich\t29.115\t1.204\t2.377\t32.696\t14,6%
streng vertraulich\t0\t2.018\t7.410\t9.428\t4,2%
Summe\t211.555\t3.222\t9.787\t224.564\t100,0%

Auffällig: 312 streng vertrauliche Mails wurden im Portal nicht abgeholt (> 30 Tage). Die Empfänger
bekommen ab April eine zweite Benachrichtigung, wie im DS-Jour-fixe beschlossen.

Gruß
Felix
''', cs='windows-1252', cte='quoted-printable'), extra=[XM_OUTLOOK])

mail(77, 'S', 'de', 'insurer-to-customer',
     'approval of follow-up rehabilitation after bypass surgery for the addressee, clinic and dates',
     who('oberlaender'), [('Helmut Stöcker', 'helmut.stoecker@netzpost.example')],
     'Zusage Anschlussheilbehandlung – Herzzentrum Bad Emstal', '04-09 14:40',
     T('''Sehr geehrter Herr Stöcker,

wir wünschen Ihnen nach Ihrer Bypass-Operation im Klinikum Kassel weiterhin gute Genesung.

Die beantragte Anschlussheilbehandlung übernehmen wir aus Ihrem Tarif StationärPlus (KV-7731-22013):

  Klinik:      Rehazentrum Herz und Kreislauf, Bad Emstal
  Beginn:      16.04.2026 (direkte Verlegung)
  Dauer:       21 Tage, Verlängerung auf ärztlichen Antrag möglich
  Indikation:  Z. n. 3-fach-ACVB bei koronarer Herzkrankheit (I25.13)
  Unterkunft:  Einzelzimmer, Zuschlag wird übernommen

Die Fahrtkosten mit dem Krankentransport rechnet das Transportunternehmen direkt mit uns ab.
''' + sig('oberlaender') + FOOT_DE, cs='windows-1252'), extra=[XM_OUTLOOK])

mail(78, 'C', 'en', 'insurer-to-company',
     'D&O claim: a named managing director (natural person) sued by the insolvency administrator; no health, no criminal conviction',
     who('faller'), [('Legal – Lumenfeld Solar GmbH', 'legal@lumenfeld-solar.example')],
     'D&O policy DO-3300-0218 – claim against Mr Henrik Aalto', '04-10 11:25',
     T('''Dear Ms Vidal,

we acknowledge receipt of the claim notification under the D&O policy DO-3300-0218.

Summary as we understand it:
  * Insured person: Henrik Aalto, former managing director of the subsidiary Lumenfeld Services GmbH
    (in insolvency), private address Schönfelder Str. 12, 34121 Kassel
  * Claimant: insolvency administrator, Dr. Ralf Berger
  * Allegation: payments after the subsidiary became insolvent (section 15b InsO), EUR 412,000
  * Date of claim letter: 24 March 2026

We grant defence costs cover under reservation of rights and agree to the appointment of
RA Dr. Konstantin Brandes. Please ask Mr Aalto to send us his statement directly.
''' + sig('faller', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

mail(79, 'S', 'de', 'internal',
     'Markdown status table of open disability claims with names, professions and diagnoses',
     who('achterberg'), [box('bu-leistung', 'Team BU-Leistung')], 'BU-Fälle > 6 Monate – Stand KW 15', '04-10 16:55',
     T('''Hallo zusammen,

hier die Fälle, die länger als 6 Monate in Prüfung sind. Bitte bis Mittwoch den nächsten Schritt eintragen.

| Vorgang      | Versicherte/r      | Beruf            | Diagnose                         | offen seit | nächster Schritt          |
|--------------|--------------------|------------------|----------------------------------|------------|---------------------------|
| BU-L-25-0412 | Kevin Stracke      | Dachdecker       | Lumboischialgie, NPP L5/S1       | 09/2025    | Befundbericht Dr. Vollbrecht |
| BU-L-25-0433 | Nadja Feldhaus     | Grundschullehrerin | rez. depressive Störung F33.2  | 08/2025    | Gutachten Psychiatrie     |
| BU-L-25-0460 | Marek Nowicki      | Kfz-Mechatroniker | Rotatorenmanschettenruptur re.  | 10/2025    | Tätigkeitsbeschreibung    |
| BU-L-25-0471 | Ute Brinkmann      | Pflegefachkraft  | Long-COVID, Fatigue (U09.9)      | 09/2025    | Reha-Entlassbericht       |

Frau Feldhaus hat bereits zweimal nachgefragt – bitte freundlich zurückrufen.

Miriam
'''), extra=[XM_OUTLOOK])

mail(80, 'N', 'en', 'insurer-to-supplier',
     'trap: translation order for blank templates (health questionnaire, claim form) into English and Polish, no personal data',
     who('stahl'), [('Projects – LinguaBridge Translations', 'projects@linguabridge.example')],
     'Translation order TR-2026-014: forms for International Health', '04-13 09:40',
     T('''Hello Ms Andersson,

please translate the following blank forms (Word files on your upload server, folder AUW-0413):

Document                                   Words   Target languages   Due
Health questionnaire - application (v3)    2,140   EN, PL             30 April
Claim form - outpatient and dental          860    EN, PL             30 April
Consent to release medical information      410    EN, PL, UA         24 April
Glossary update (ICD/GOÄ terms)             120    EN                 24 April

Please keep our terminology memory (e.g. "Krankentagegeld" = "daily sickness benefit").
These are templates only, no customer data is included.

Best regards
Yvonne Stahl
Procurement
'''), extra=[XM_OUTLOOK])

GUT81 = pdf('''# Sachverständigenbüro Gerlach - Kurzgutachten Sturmschaden
Auftraggeber: Auenwald Allgemeine Versicherung AG, Schaden WG-26-01133
Versicherungsnehmer: Klaus Neumeyer, Am Rammelsberg 8, 34131 Kassel
Besichtigung: 07.04.2026

Schadenbild: Sturm "Gunda" vom 02.04.2026, Windgeschwindigkeit lt. DWD 94 km/h.
- Dacheindeckung Süd, ca. 18 m2 Betondachsteine abgedeckt, Lattung teilweise gebrochen
- Dachrinne und Fallrohr Ostseite abgerissen
- Folgeschaden: Wasserfleck Decke Schlafzimmer OG, ca. 4 m2

Kosten (netto): Dach 6.240,00 EUR, Rinne 890,00 EUR, Innenmaler 740,00 EUR = 7.870,00 EUR
Bewertung: versicherter Sturmschaden, keine Vorschäden erkennbar.
Dipl.-Ing. Bernd Gerlach, öffentlich bestellter Sachverständiger
''', title='Kurzgutachten WG-26-01133')
mail(81, 'C', 'de', 'insurer-to-customer',
     'buildings storm claim of a named customer with address, assessor report as PDF and payout to his IBAN',
     who('yildiz'), [('Klaus Neumeyer', 'k.neumeyer@kundenpost.example')],
     'Sturmschaden WG-26-01133 – Gutachten und Zahlung', '04-13 13:15',
     MP('mixed', [T('''Sehr geehrter Herr Neumeyer,

anbei das Kurzgutachten von Herrn Gerlach. Wir folgen seiner Bewertung und zahlen 7.870,00 € zzgl.
der nachgewiesenen Mehrwertsteuer, sobald die Rechnungen vorliegen. Einen Abschlag von 4.000,00 €
überweisen wir heute auf Ihr Konto IBAN %s.

Die Notabdeckung durch den Dachdecker am 03.04. (312,00 €) übernehmen wir ebenfalls.
''' % grp(IB_NEUMEYER) + sig('yildiz') + FOOT_DE), A('Kurzgutachten_WG-26-01133.pdf', GUT81)]), extra=[XM_OUTLOOK])

mail(82, 'N', 'de', 'insurer-to-partner',
     'trap: answer to the data protection authority on the general procedure for mailing health data (list of measures), no individual case',
     who('vosskamp'), [('Referat 3 – Landesbeauftragte für Datenschutz Nordhessen', 'poststelle@ldi-nordhessen.example')],
     'Ihr Schreiben vom 24.03.2026, Az. 3.4-112/26 – allgemeine Anfrage E-Mail-Versand', '04-14 10:00',
     T('''Sehr geehrte Damen und Herren,

Sie hatten uns allgemein gefragt, wie wir Gesundheitsdaten per E-Mail übermitteln. Dazu kurz:

- Jede ausgehende Mail wird automatisch eingestuft (normal, vertraulich, streng vertraulich).
- Streng vertrauliche Inhalte (z. B. Diagnosen, Arztrechnungen) gehen nur Ende-zu-Ende-verschlüsselt
  (S/MIME), per Gateway-Verschlüsselung an Partner mit Domänenzertifikat oder über unser Portal.
- Unverschlüsselt mit TLS nur bei ausdrücklicher, schriftlicher Einwilligung der betroffenen Person.
- Wir schreiben Kundinnen und Kunden nur reaktiv oder mit ihrer Erlaubnis an.
- Alle Versandentscheidungen werden protokolliert und sechs Jahre aufbewahrt.

Ein konkreter Beschwerdefall ist uns zu Ihrem Aktenzeichen nicht bekannt. Für Rückfragen stehe ich
gern zur Verfügung.
''' + sig('vosskamp') + FOOT_DE), extra=[XM_OUTLOOK])

mail(83, 'S', 'en', 'insurer-to-doctor',
     'request to a UK GP for the medical records of a named life-insurance applicant, numbered list of conditions to report on',
     who('achterberg'), [('Medical Records – Parkside Surgery', 'records@parkside-surgery.example')],
     'GP report request – Mr Owen Pritchard, DOB 08/10/1976', '04-14 15:30',
     T('''Dear Doctor,

your patient Mr Owen Pritchard, 22 Meadow Lane, Chester CH2 3DJ, DOB 08/10/1976, has applied for
term life cover of EUR 400,000 with us. His signed consent (Access to Medical Reports Act) is attached
to our request in the portal.

Please report on:
  1. hypertension - date of diagnosis, current medication and the last three readings;
  2. the episode of chest pain in 2024 - investigations done (ECG, troponin, stress test?) and results;
  3. alcohol consumption recorded (units/week) and any liver function tests;
  4. any referral to a specialist in the last five years.

Our fee of GBP 120 will be paid on receipt. Please quote reference UW-26-3391.
''' + sig('achterberg', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

mail(84, 'C', 'de', 'insurer-to-customer',
     'traffic legal expenses: cover for defence against a speeding fine (administrative offence) of the named customer',
     who('szymanski'), [('Timo Lauterbach', 'timo.lauterbach@webpost.example')],
     'Ihr Bußgeldbescheid – Deckung aus dem Verkehrs-Rechtsschutz', '04-15 08:05',
     T('''Hallo Herr Lauterbach,

für den Einspruch gegen den Bußgeldbescheid des Regierungspräsidiums vom 06.04.2026 besteht
Versicherungsschutz aus Ihrem Verkehrs-Rechtsschutz RS-4410-51920:

  Vorwurf:   Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 32 km/h
  Folgen:    200 € Geldbuße, 1 Punkt, kein Fahrverbot
  Anwalt:    frei wählbar; Ihr Wunschanwalt RA Kemal Durmaz ist in Ordnung

Die Kosten für ein Sachverständigengutachten zur Messung (Traffipax) übernehmen wir nach Absprache.

Viele Grüße
Paul Szymanski
''' + FOOT_DE), extra=[XM_OUTLOOK])

mail(85, 'N', 'en', 'insurer-to-partner',
     'trap: answers to a trade journalist about handling health data and secure mail, general figures only',
     who('reents'), [('Fiona Gallagher – Insurance Europe Weekly', 'f.gallagher@ie-weekly.example')],
     'RE: Your questions on secure e-mail and health data', '04-15 12:30',
     T('''Dear Ms Gallagher,

thanks for your questions. Here are our answers, which you may quote as "a spokesperson for Auenwald":

1. How many e-mails with health data do you send? - Around 9,000 per month leave us strictly
   encrypted, mostly reimbursement statements and letters to hospitals and doctors.
2. Do customers use the portal? - About 61 % of recipients open their message within three days.
   Doctors and hospitals prefer gateway encryption with a domain certificate.
3. What happens if a customer wants plain e-mail? - They can consent in writing; then we send via
   TLS. Fewer than 2 % have chosen this.
4. Biggest challenge? - Brokers' software. We now deliver broker post over a BiPRO-style API.

Happy to arrange a short call with our data protection officer if needed.

Best regards
Claudia Reents
Corporate Communications
''' + q('''Could you answer a few questions for our piece on secure e-mail in health insurance by Friday?
Fiona''', 'On 14 Apr 2026, Fiona Gallagher wrote:')), extra=[XM_OUTLOOK])

ICS86 = ics('pflege-begutachtung-2026-0421', '20260421T100000', '20260421T113000', 'Begutachtung Pflegegrad – Herr Erwin Kolbe',
            'Wohnung Kolbe, Wilhelmshöher Weg 5, 34128 Kassel',
            'Gutachterin: Pflegefachkraft Frau Merten (Medicproof-Partner). Bitte Pflegetagebuch, Medikamentenplan und Arztberichte (Demenzdiagnostik) bereitlegen.',
            'katrin.oberlaender@' + DOM, ['ines.kolbe@mailhaus.example'])
mail(86, 'S', 'de', 'insurer-to-customer',
     'private long-term care: appointment for the care-level assessment of the named father (dementia diagnostics) as ICS',
     who('oberlaender'), [('Ines Kolbe', 'ines.kolbe@mailhaus.example')],
     'Termin Pflegebegutachtung Ihres Vaters', '04-15 16:20',
     MP('mixed', [T('''Sehr geehrte Frau Kolbe,

für Ihren Vater, Herrn Erwin Kolbe (Pflegepflichtversicherung PV-1120-40071), hat die Gutachterin
einen Hausbesuch vereinbart. Den Termin finden Sie im Anhang zum Eintragen in Ihren Kalender.

Es ist gut, wenn Sie als Bevollmächtigte dabei sind.
''' + sig('oberlaender')), A('Termin_Begutachtung_Kolbe.ics', ICS86, 'text/calendar; method=REQUEST; charset="utf-8"')]),
     extra=[XM_OUTLOOK])

mail(87, 'C', 'en', 'insurer-to-customer',
     'private cyber policy: online shopping fraud and misuse of the named customer\'s bank account, amounts and claim number',
     who('yildiz'), [('Daniel Mensah', 'daniel.mensah@inbox-mail.example')],
     'Claim CY-26-00088 – fraudulent debits', '04-16 10:50',
     T('''Dear Mr Mensah,

we are sorry to hear that your online banking was misused. Based on your bank's statement, the
following debits are covered by your private cyber policy CY-5001-00421 (identity misuse module):

  12.04.2026   EUR 489.00   "ElectroNova Online" (not ordered)
  12.04.2026   EUR 489.00   "ElectroNova Online" (not ordered)
  13.04.2026   EUR 1,250.00 transfer to an unknown account in Lithuania

Your bank has already reimbursed EUR 978.00; we will pay the remaining EUR 1,250.00 after receipt of
the police reference number. Our partner's IT forensic service will call you to check your laptop.
''' + sig('yildiz', 'en')), extra=[XM_OUTLOOK])

mail(88, 'N', 'en', 'internal',
     'trap: IT on-call roster with staff names and business mobile numbers in aligned columns',
     who('amendt'), [box('it-alle', 'IT all')], 'On-call roster May (SecureMail / gateway)', '04-20 11:00',
     T('''Hi all,

on-call roster for May. Swaps only via the ticket "On-call swap", please.

Week   Dates           Primary          Mobile            Backup
19     04.05.-10.05.   Felix Amendt     +49 151 5500 1201 Murat Demir
20     11.05.-17.05.   Anke Rosenthal   +49 151 5500 1207 Felix Amendt
21     18.05.-24.05.   Murat Demir      +49 151 5500 1203 Jasper Vogt (shadow)
22     25.05.-31.05.   Felix Amendt     +49 151 5500 1201 Anke Rosenthal

Escalation: gateway down > 15 min -> call the head of IT; notification mails blocked > 1 h -> inform
Customer Service so they can answer calls about missing "secure message" notifications.

Felix
''', cs='us-ascii'), extra=[XM_TB])

mail(89, 'S', 'de', 'insurer-to-lawyer',
     'recourse for a treatment error: the named insured\'s wrong-level spinal surgery, costs of revision, instruction to the lawyer',
     who('faller'), [('RA Dr. Konstantin Brandes', 'k.brandes@brandes-woehrle.example')],
     'Regress Klinik am Bergpark – unsere Versicherte Petra Lindemann (Az. Ihr Büro 26/0311)', '04-20 14:45',
     T('''Sehr geehrter Herr Dr. Brandes,

wir beauftragen Sie mit der Geltendmachung unserer übergegangenen Ansprüche (§ 86 VVG):

  Versicherte:    Petra Lindemann, geb. 30.06.1968, KV-7731-38802
  Klinik:         Klinik am Bergpark GmbH, Kassel
  Sachverhalt:    Am 12.11.2025 wurde statt des Bandscheibenfachs L4/L5 das Fach L3/L4 operiert
                  (Höhenlokalisationsfehler, im MRT vom 14.11.2025 dokumentiert);
                  Revisions-OP am 18.11.2025, anschließend Reha.
  unsere Kosten:  Revisions-OP 11.418,20 €, Reha 5.880,00 €, Krankentagegeld 6.120,00 €

Die Schweigepflichtentbindung und das Gutachten der Gutachterkommission liegen im Portal-Postfach Ihrer
Kanzlei. Frau Lindemann verfolgt eigene Schmerzensgeldansprüche über ihren Anwalt; bitte stimmen Sie
sich ab.

Mit freundlichen Grüßen
Dominik Faller
Regress & Recht
''' + FOOT_DE), extra=[XM_OUTLOOK])

mail(90, 'N', 'de', 'internal',
     'trap: semicolon list of colleagues for the team outing with menu choice; allergies explicitly not collected',
     who('reifenrath'), [box('team-kfz-schaden', 'Team Kfz-Schaden')], 'Teamausflug 29.05. – Menüauswahl', '04-21 13:13',
     T('''Moin zusammen,

das Restaurant „Zum Fährhaus" braucht bis Freitag unsre Menüwahl. Stand jetzt:

Fleisch: Thomas R.; Petra G.; Kai M.; Frank H.
Vegetarisch: Jonas R.; Lea B.; Anja T.
Fisch: Nora S.; Bernd A.
fehlt noch: Tarik; Mehmet; Chris

Allergien und Unverträglichkeiten bitte NICHT mir schreiben, sondern bei der Ankunft direkt dem
Service sagen – die kennen sich damit aus.

Abfahrt 10:00 Uhr Parkplatz Haus B, Rückkehr ca. 18:00 Uhr. Wer mit dem Rad kommt: Rad-Route hängt
in der Teeküche.

Jonas
''', cte='8bit'), extra=[XM_OUTLOOK])

mail(91, 'C', 'de', 'insurer-to-customer',
     'change of bank details for two non-personal-line contracts of the named customer: old and new IBAN',
     box('kundenservice', 'Auenwald Kundenservice'), [('Jürgen Koch', 'juergen.koch@netzpost.example')],
     'Bestätigung: neue Bankverbindung', '04-21 17:02',
     T('''Guten Tag Herr Koch,

wir haben Ihre Bankverbindung geändert. Das neue SEPA-Lastschriftmandat gilt für:

  Vertrag          Sparte          Beitrag        nächste Abbuchung
  KF-2209-19905    Kfz             58,31 €/Monat  01.05.2026
  HR-3381-22017    Hausrat         11,60 €/Monat  01.05.2026

  bisher:  IBAN %s (Sparkasse)
  neu:     IBAN %s (Kontoinhaber Jürgen Koch)
  Mandatsreferenz: AUW-M-2026-0419-1180

Gläubiger-ID: DE98ZZZ09999999999

Ihr Auenwald Kundenservice
''' % (grp(IB_KOCH_ALT), grp(IB_KOCH_NEU)) + FOOT_DE), extra=[XM_SYS])

NY92 = '''<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Whitaker,</p>
<p>we have processed the receipts from your trip to New York (travel health policy RK-9102-52208):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Date</th><th>Provider</th><th>Treatment</th><th>USD</th><th>EUR paid</th></tr>
<tr><td>02/04/2026</td><td>CityMD Urgent Care, Midtown</td><td>consultation, strep test &ndash; tonsillitis</td><td>285.00</td><td>262.20</td></tr>
<tr><td>02/04/2026</td><td>Duane Pharmacy</td><td>amoxicillin 500 mg, ibuprofen</td><td>46.80</td><td>43.06</td></tr>
<tr><td>05/04/2026</td><td>NYU Langone ER</td><td>peritonsillar abscess, drainage</td><td>3,940.00</td><td>3,624.80</td></tr>
<tr><td colspan="4"><b>Total</b></td><td><b>3,930.06</b></td></tr>
</table>
<p>The amount will be transferred to your account within three working days.</p>
<p>Best regards<br>Annika Ferber<br>Travel Insurance &amp; Assistance<br>Auenwald Insurance Group</p>
</body></html>'''
mail(92, 'S', 'en', 'insurer-to-customer',
     'HTML-only table of the addressee\'s medical treatments in New York (tonsillitis, abscess drainage, antibiotics)',
     who('ferber'), [('Scott Whitaker', 'scott.whitaker@webpost.example')],
     'Your travel claim – receipts New York', '04-22 09:37',
     T(NY92, 'html'), extra=[XM_OUTLOOK])

mail(93, 'N', 'en', 'insurer-to-partner',
     'trap: list of reports and IT controls for the auditors (access logs, encryption statistics), no personal data',
     who('lenz'), [('Audit team – Hartwig Kessler & Partner', 'audit-auenwald@hk-partner-audit.example')],
     'Year-end audit 2025 – IT controls: documents we will provide', '04-22 15:00',
     T('''Dear all,

as agreed in the planning meeting, this is what we will put into the data room by 8 May:

  - ITGC-01  User access review for claims systems (health, life, P&C), sign-off by managers
  - ITGC-04  Change management log for the mail gateway and the secure portal
  - ITGC-07  Backup and restore test protocol, incl. archive of broker post
  - ITGC-09  Statistics: encrypted vs. TLS-only outgoing mail per month (counts only)
  - ITGC-12  Audit-log retention test (6 years, sec. 257 HGB)

For ITGC-01 we will provide the review results per role, not the individual user lists. If you need a
sample of users, please tell us the sample size and we will show it on screen.

Best regards
Matthias Lenz
Controlling
'''), extra=[XM_OUTLOOK])

FLEET94 = xlsx([('Fahrzeuge', [
    ['Kennzeichen', 'Fahrzeug', 'Stammfahrer/in', 'Standort', 'Vollkasko-SB'],
    ['KS-PS 101', 'VW up! e', 'Melanie Graf', 'Kassel-Nord', 500],
    ['KS-PS 102', 'VW up! e', 'Oksana Melnyk', 'Kassel-Nord', 500],
    ['KS-PS 115', 'Renault Zoe', 'Ben Hartung', 'Vellmar', 500],
    ['KS-PS 120', 'VW Caddy', 'Pool', 'Vellmar', 1000],
]), ('Schaden 2026-03', [
    ['Datum', 'Kennzeichen', 'Fahrerin', 'Hergang', 'Schaden', 'Personenschaden'],
    ['18.03.2026', 'KS-PS 102', 'Oksana Melnyk', 'Ausparken, Poller touchiert', 'Stoßfänger hinten, 1.140 EUR', 'nein'],
])], title='Flotte Pflegedienst Sonnenweg')
mail(94, 'C', 'de', 'insurer-to-company',
     'fleet policy of a nursing service company: XLSX with named regular drivers and a named driver\'s claim; no health data despite the "Pflegedienst"',
     who('hainbuch'), [('Verwaltung – Pflegedienst Sonnenweg gGmbH', 'verwaltung@pflegedienst-sonnenweg.example')],
     'Flottenvertrag KF-F-8810-004 – Fahrzeugliste und Schaden März', '04-23 08:25',
     MP('mixed', [T('''Guten Morgen Herr Albrecht,

anbei die aktualisierte Fahrzeugliste Ihres Flottenvertrags mit den Stammfahrerinnen und -fahrern
sowie der Schaden vom 18.03. Der Schaden wird als Vollkaskoschaden reguliert; die SB von 500 € ziehen
wir von der Zahlung an die Werkstatt ab.

Bitte prüfen Sie die Fahrerzuordnung – die neue Kollegin in Vellmar fehlt noch.
''' + sig('hainbuch') + FOOT_DE), A('Flotte_KF-F-8810-004_2026-04.xlsx', FLEET94)]), extra=[XM_OUTLOOK])

mail(95, 'N', 'de', 'newsletter',
     'trap: storm warning mass mail to property customers with generic checklist, no contract data',
     box('service', 'Auenwald Service'), [box('service', 'Auenwald Service')], 'Unwetterwarnung: So schützen Sie Ihr Zuhause', '04-24 12:00',
     T('''Liebe Kundinnen und Kunden,

der Deutsche Wetterdienst warnt für Nord- und Osthessen vor schweren Gewittern mit Starkregen und
Hagel. Ein paar Tipps, die Schäden vermeiden:

  - Fenster und Dachfenster schließen, Markisen einfahren
  - Gartenmöbel, Trampoline und Mülltonnen sichern
  - Kellerabläufe prüfen, Rückstauklappe schließen
  - Auto in die Garage oder nicht unter Bäume stellen

Ist doch etwas passiert? Schäden melden Sie am schnellsten in der Auenwald-App oder unter
www.auenwald-versicherung.example/schaden. Bitte Fotos machen, bevor Sie aufräumen.

Ihr Auenwald Service
Sie erhalten diese Information als Kundin/Kunde der Wohngebäude- oder Hausratversicherung.
Abmeldung: https://www.auenwald-versicherung.example/newsletter/abmelden
'''), extra=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://www.auenwald-versicherung.example/newsletter/abmelden>')])

mail(96, 'S', 'de', 'insurer-to-customer',
     'life insurance policy loan for the named customer: aligned table of loan terms; personal line, no medical data',
     who('marquardt'), [('Rainer Oppermann', 'rainer.oppermann@kundenpost.example')],
     'Policendarlehen zu Ihrer Lebensversicherung LV-6610-07731', '04-24 15:40',
     T('''Sehr geehrter Herr Oppermann,

gern gewähren wir Ihnen das gewünschte Policendarlehen:

  Vertrag                         LV-6610-07731 (kapitalbildende LV, Ablauf 01.12.2034)
  aktueller Rückkaufswert         38.412,60 €
  max. Darlehen (90 %%)            34.571,34 €
  gewünschtes Darlehen            20.000,00 €
  Zinssatz                        4,10 %% p.a., vierteljährlich nachschüssig
  Rückzahlung                     jederzeit, spätestens mit Ablauf

Der Vertrag läuft unverändert weiter, auch der Todesfallschutz bleibt bestehen (wird bei Auszahlung
mit dem offenen Darlehen verrechnet). Bitte unterschreiben Sie die beiliegende Darlehensvereinbarung
und senden Sie sie zurück; die Auszahlung erfolgt auf Ihr bekanntes Konto.
''' % () + sig('marquardt') + FOOT_DE), extra=[XM_SYS])

mail(97, 'C', 'en', 'insurer-to-broker',
     'equipment claim of an Irish sole trader (natural person): stolen camera gear, amounts and her IE IBAN',
     who('hainbuch'), [('Toby Reed – Ashcombe & Reed', 't.reed@ashcombe-reed.example')],
     'Fionnuala Byrne Photography – electronics claim EL-26-00057', '04-27 10:10',
     T('''Hi Toby,

your client Ms Fionnuala Byrne (sole trader, Byrne Photography, Galway) - claim EL-26-00057 under
the electronics policy EL-7300-01129:

Item                          Serial           Value new   Age    Indemnity
Canon EOS R5 body             031021004412     EUR 3,900   2 y    EUR 3,120
RF 24-70mm F2.8               4412300981       EUR 2,450   2 y    EUR 1,960
Profoto B10 flash kit         B10-77120        EUR 1,980   4 y    EUR 1,188
Total                                                            EUR 6,268
less deductible                                                  EUR   250
Payable                                                          EUR 6,018

Payment to her business account IBAN %s as per the claim form - please confirm that's correct
before Thursday.

Gregor
''' % grp(IB_BYRNE) + sig('hainbuch', 'en', short=True)), extra=[XM_OUTLOOK])

INNER98_TXT = '''Dear Annika,

update on case EA-26-1142 (your insured Mr Harald Wenzel, 67, policy RK-9102-33019):
- admitted 24/04 Hospital Quirónsalud Marbella with ischaemic stroke (left MCA), thrombolysis given
- now stable, right-sided weakness, aphasia improving; GCS 15
- treating neurologist recommends air ambulance with medical team, stretcher, not before 29/04
- wife travelling with him, needs return flight too

Quote for air ambulance Malaga-Kassel/Calden: EUR 31,800. Please approve.

Marta Novak
EuroAssist Partners - Medical Desk'''
mail(98, 'S', 'mixed', 'internal',
     'German forward of an English assistance report: named insured with stroke, thrombolysis, air ambulance approval',
     who('ferber'), [('Dr. med. Miriam Achterberg', 'miriam.achterberg@%s' % DOM)], 'WG: Case EA-26-1142 Wenzel – air ambulance approval', '04-27 18:40',
     T('''Miriam, kannst du bitte kurz medizinisch drüberschauen? Über 30.000 € brauche ich deine Freigabe.
Transport frühestens 29.04., Ehefrau fliegt mit zurück (Linienflug, zahlen wir).

Danke!
Annika
''' + fwd_en('Marta Novak <m.novak@euroassist.example>', 'Mon, 27 Apr 2026 at 16:55', 'Annika Ferber <annika.ferber@auenwald-versicherung.example>',
             'Case EA-26-1142 Wenzel – air ambulance', INNER98_TXT)), extra=[XM_OUTLOOK])

mail(99, 'N', 'mixed', 'internal',
     'trap: German test report with an English log excerpt of the gateway test suite on synthetic mails (Erika Mustermann, placeholder data)',
     who('amendt'), [('Henrike Voßkamp', 'henrike.vosskamp@%s' % DOM)], 'Testlauf Gateway-Regeln – Ergebnisse', '04-28 09:20',
     T('''Hallo Henrike,

der Regressionstest der Gateway-Regeln mit den synthetischen Testmails ist durch. Alle Testdaten
sind erfunden („Erika Mustermann", Versicherungsnummern aus dem Testbereich KV-0000-xxxxx).
Auszug aus dem Log:

2026-04-27T22:01:14Z INFO  case=T-014 "Arztrechnung Erika Mustermann (Test)"  expected=portal  got=portal   PASS
2026-04-27T22:01:14Z INFO  case=T-015 "Beitragstabelle Zahn"                   expected=tls     got=tls      PASS
2026-04-27T22:01:15Z WARN  case=T-021 "Newsletter Vorsorge"                    expected=tls     got=portal   FAIL
2026-04-27T22:01:15Z INFO  case=T-022 "Kfz eVB test"                           expected=tls     got=tls      PASS
2026-04-27T22:01:16Z INFO  summary passed=61 failed=1 skipped=0

T-021 ist ein falscher Alarm (Wort „Mammographie" im Newsletter) – ich schaue mir die Regel an.

Gruß
Felix
'''), extra=[XM_TB])

mail(100, 'C', 'de', 'insurer-to-customer',
     'electronics insurance: broken smartphone of the named customer, IMEI, claim and repair costs',
     who('aydin'), [('Maximilian Grothe', 'max.grothe@mailhaus.example')],
     'Re: Handy runtergefallen – EL-26-00211', '04-28 12:02',
     T('''Hallo Herr Grothe,

kein Problem, das ist versichert. Zu Ihrem Schaden EL-26-00211 (Handyversicherung EL-7300-08845):

Gerät: iPhone 15, IMEI 35 409912 448102 7
Schaden: Displaybruch nach Sturz am 26.04.2026
Reparatur: Partnerwerkstatt FixPoint Kassel, Königsplatz – Kosten 329,00 €, SB 50,00 €

Sie können das Gerät ohne Termin dort abgeben, die Werkstatt rechnet direkt mit uns ab.

Viele Grüße
Sevgi Aydın
Kundenservice

Am 27.04.2026 um 22:14 schrieb Maximilian Grothe <max.grothe@mailhaus.example>:
> Hallo, mir ist mein Handy auf der Treppe runtergefallen, Dispaly kaputt. Zahlt das meine
> Handyversicherung? Gruß M. Grothe
''', cte='8bit', flowed=True), extra=[XM_TB])
# ---------------------------------------------------------------- 101-125 --
IB_SALON = iban('DE', '52050353' + '0121900456')

mail(101, 'N', 'de', 'internal',
     'trap: internal job ad for a medical assistant in claims assessment, bullet lists of tasks and requirements',
     who('kowalczyk'), [box('alle-mitarbeitenden', 'Alle Mitarbeitenden')], 'Interne Stellenausschreibung: Medizinische/r Fachangestellte/r Leistungsprüfung', '04-29 08:30',
     T('''Liebe Kolleginnen und Kollegen,

die Leistungsabteilung Kranken sucht zum 01.07.2026 eine/n

    Medizinische/n Fachangestellte/n (m/w/d) – Teilzeit möglich

Ihre Aufgaben:
  • Prüfung von Arzt- und Zahnarztrechnungen nach GOÄ/GOZ, Heil- und Kostenplänen
  • Rückfragen bei Praxen und Kliniken, Kostenübernahmen für stationäre Aufenthalte
  • Mitarbeit bei der Hilfsmittelversorgung (Hörgeräte, Rollstühle, CPAP)

Ihr Profil:
  • abgeschlossene Ausbildung als MFA, ZFA oder Gesundheits- und Krankenpfleger/in
  • sicher im Umgang mit ICD-10 und OPS
  • Freude an Kundenkontakt am Telefon

Bewerbungen bitte bis 20.05. über das Personalportal. Fragen beantwortet Katrin Oberländer (Durchwahl -4410).

Personalabteilung
'''), extra=[XM_OUTLOOK])

mail(102, 'C', 'de', 'insurer-to-customer',
     'builder\'s liability policy of a named private builder: construction site address, sum and premium',
     who('hainbuch'), [('Familie Esser', 'familie.esser@webpost.example')],
     'Ihre Bauherrenhaftpflicht BH-P-7721-00394', '04-29 11:48',
     T('''Sehr geehrte Frau Esser, sehr geehrter Herr Esser,

vielen Dank für Ihren Antrag. Ihre Bauherrenhaftpflichtversicherung ist policiert:

Versicherungsnehmer:   Lisa und Christoph Esser
Bauvorhaben:           Einfamilienhaus, Flurstück 211/4, Am Kirchberg, 34314 Espenau
Bausumme:              480.000 EUR
Versicherungssumme:    10 Mio. EUR pauschal für Personen- und Sachschäden
Laufzeit:              01.05.2026 bis Bauende, längstens 2 Jahre
Einmalbeitrag:         214,20 EUR inkl. Versicherungsteuer

Eigenleistungen bis 40.000 EUR sind mitversichert. Denken Sie an die Bauleistungsversicherung, falls
Ihr Bauträger keine abgeschlossen hat.
''' + sig('hainbuch') + FOOT_DE, cs='iso-8859-1'), extra=[XM_SYS], hcs='iso-8859-1')

mail(103, 'C', 'de', 'insurer-to-customer',
     'partial cover deer collision claim of the named customer, plate and claim number, Outlook quote',
     who('reifenrath'), [('Britta Ahlborn', 'britta.ahlborn@kundenpost.example')],
     'AW: Wildunfall B 83', '04-30 09:01',
     T('''Hallo Frau Ahlborn,

danke für die Wildschadenbescheinigung des Jagdpächters. Der Schaden ist über Ihre Teilkasko gedeckt,
die Werkstatt kann mit der Reparatur beginnen. Ihr Schadenfreiheitsrabatt bleibt unberührt.

Schadennummer: KF-26-02477, Fahrzeug KS-BA 630
Selbstbeteiligung Teilkasko: 150 €

Viele Grüße
Jonas Reifenrath
Kfz-Schaden

-----Ursprüngliche Nachricht-----
Von: Britta Ahlborn <britta.ahlborn@kundenpost.example>
Gesendet: Mittwoch, 29. April 2026 21:40
An: Kfz-Schaden Auenwald <kfz-schaden@auenwald-versicherung.example>
Betreff: Wildunfall B 83

Guten Abend, mir ist heute auf der B 83 bei Guxhagen ein Reh ins Auto gelaufen. Kühlergril und
Scheinwerfer kaputt, mir gehts gut. Was muss ich tun? Mein Kennzeichen KS-BA 630.
Britta Ahlborn
'''), extra=[XM_OUTLOOK])

mail(104, 'S', 'en', 'insurer-to-customer',
     'disability income claim accepted for the named addressee: burnout/depression diagnosis, monthly benefit, review date',
     who('achterberg'), [('Joris van der Linde', 'joris.vdlinde@inbox-mail.example')],
     'Your disability claim BU-L-25-0498 – decision', '04-30 14:14',
     T('''Dear Mr van der Linde,

we have completed the assessment of your disability claim under policy BU-9001-45106.

Based on the reports of Dr. Heller (psychiatrist) and the rehabilitation clinic in Bad Wildungen, you
have been unable to work as a software architect by at least 50 % since 1 October 2025 because of a
severe depressive episode (F32.2) following burnout.

  * Monthly disability benefit:     EUR 2,400.00, from 1 October 2025
  * Premium waiver:                 from 1 October 2025
  * Back payment (Oct 25 - Apr 26): EUR 16,800.00
  * Next review:                    April 2027 (short questionnaire and treating doctor's report)

We wish you a good recovery. If you start a gradual return to work, please let us know - this will
not automatically end the benefit.
''' + sig('achterberg', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

mail(105, 'N', 'en', 'insurer-to-broker',
     'trap: generic underwriting guidance on diabetics applying for term life, table by HbA1c, no client named',
     who('achterberg'), [('Toby Reed – Ashcombe & Reed', 't.reed@ashcombe-reed.example')],
     'RE: term life for diabetics – general guidance', '05-04 10:25',
     T('''Hi Toby,

as there's no specific client yet, here's our general guidance for term life applicants with diabetes.
Final decisions are always individual.

Type     HbA1c           Complications     Typical decision
Type 2   < 7.0 %         none              standard to +50 %
Type 2   7.0 - 8.5 %     none              +50 % to +100 %
Type 2   > 8.5 %         any               postpone / decline
Type 1   < 7.5 %         none, age > 30    +75 % to +150 %
Type 1   any             retinopathy/      individual, usually decline
                         nephropathy

Useful to have with the application: last two HbA1c values, medication, date of diagnosis and the
last eye examination.

Best
Miriam
''' + q('''Miriam, quick one: how do you look at diabetics for term life? Not a case yet, just want to set
expectations with a few clients. T.''', 'On 30 Apr 2026, Toby Reed wrote:'), cs='us-ascii'), extra=[XM_OUTLOOK])

mail(106, 'C', 'de', 'insurer-to-company',
     'rent deposit guarantee: a named tenant, flat address and guarantee amount sent to the landlord company',
     who('hainbuch'), [('Vermietung – Wohnbau Kassel-Ost GmbH', 'vermietung@wohnbau-kassel-ost.example')],
     'Mietkautionsbürgschaft MKB-2026-0571 – Mieterin Svetlana Orlova', '05-04 13:30',
     T('''Sehr geehrte Damen und Herren,

für folgendes Mietverhältnis übernehmen wir die selbstschuldnerische Bürgschaft:

  Mieterin:       Svetlana Orlova
  Mietobjekt:     Ihmeweg 14, 2. OG links, 34125 Kassel
  Mietvertrag vom 22.04.2026, Mietbeginn 01.06.2026
  Bürgschaftsbetrag: 2.610,00 € (drei Nettokaltmieten)
  Bürgschaftsnummer: MKB-2026-0571

Die Bürgschaftsurkunde im Original geht Ihnen per Post zu. Eine Inanspruchnahme ist schriftlich
unter Angabe der Bürgschaftsnummer möglich.
''' + sig('hainbuch') + FOOT_DE), extra=[XM_SYS])

DEC107 = docx([('h', 'Entscheidung Risikoprüfung – Berufsunfähigkeitsversicherung'),
               ('table', [['Antragsteller', 'Dennis Hollmann, geb. 15.05.1990'],
                          ['Antrag', 'BU-A-26-0881, BU-Rente 1.800 €/Monat, Endalter 67'],
                          ['Vermittler', 'Hagedorn & Pohl Versicherungsmakler, Vermittlernr. 40-0932'],
                          ['Entscheidung', 'Ablehnung']]),
               'Begründung: Aus den Unterlagen (Bericht Dr. Seitz, Psychiatrie, vom 02.04.2026) ergibt sich eine bipolare affektive Störung (F31.1) mit stationärer Behandlung 2024 und laufender Lithium-Therapie. Nach unseren Annahmerichtlinien ist ein Versicherungsschutz derzeit nicht möglich, auch nicht mit Ausschluss.',
               'Eine erneute Antragstellung ist frühestens nach drei Jahren Beschwerdefreiheit ohne stationäre Behandlung möglich.',
               'Dr. med. Miriam Achterberg, Medizinische Risikoprüfung Leben'], title='Ablehnung BU-A-26-0881')
mail(107, 'S', 'de', 'insurer-to-broker',
     'decline of a named applicant\'s disability insurance for bipolar disorder (F31.1) in a DOCX sent to the broker',
     who('achterberg'), [('Nicole Haas – Hagedorn & Pohl', 'n.haas@hagedorn-pohl.example')],
     'Antrag BU-A-26-0881 Hollmann – Entscheidung', '05-05 09:40',
     MP('mixed', [T('''Hallo Frau Haas,

leider können wir den Antrag von Herrn Hollmann nicht annehmen. Die Begründung finden Sie in der
Anlage; bitte besprechen Sie das behutsam mit ihm. Er erhält zusätzlich ein Schreiben von uns.

Viele Grüße
Miriam Achterberg
'''), A('Entscheidung_BU-A-26-0881.docx', DEC107)]), extra=[XM_OUTLOOK])

mail(108, 'N', 'de', 'insurer-to-supplier',
     'trap: price negotiation with a medical supply store: price list for walkers, compression stockings, wheelchairs, no patients',
     who('stahl'), [('Geschäftsleitung – Sanitätshaus Vogelsang GmbH', 'gl@sanitaetshaus-vogelsang.example')],
     'Preisvereinbarung Hilfsmittel 2026/27 – unser Gegenangebot', '05-05 15:55',
     T('''Sehr geehrter Herr Vogelsang,

danke für Ihr Angebot. Zu den Positionen mit dem höchsten Volumen machen wir folgenden Gegenvorschlag
(Direktabrechnung mit unseren Versicherten, Preise netto je Stück):

Hilfsmittel                                  Ihr Angebot   unser Vorschlag   Menge 2025
Rollator Leichtgewicht inkl. Korb             149,00 €      132,00 €          1.140
Kompressionsstrümpfe Kl. II, Paar             88,50 €       79,00 €           3.870
Standardrollstuhl, Kauf                      389,00 €      355,00 €            410
Toilettenstuhl fahrbar                       129,00 €      118,00 €            390
Lieferung/Einweisung Haushalt Kassel          25,00 €       19,00 €           5.100

Laufzeit 24 Monate ab 01.07.2026. Über eine Bonusregel bei mehr als 4.000 Versorgungen sprechen wir gern.

Mit freundlichen Grüßen
Yvonne Stahl
Einkauf
''', cs='windows-1252'), extra=[XM_OUTLOOK])

mail(109, 'C', 'en', 'insurer-to-customer',
     'buildings insurance certificate for the named customer\'s mortgage bank: property address, mortgage account number',
     who('aydin'), [('Priya Shah', 'priya.shah@webpost.example')],
     'Insurance certificate for your mortgage lender', '05-06 10:17',
     T('''Dear Ms Shah,

as requested, here is the wording of the certificate we have sent to your lender today:

    To: Hessische Baufinanz AG, Mortgage Services
    Borrower: Priya Shah and Arjun Shah
    Property: Landgraf-Karl-Strasse 21, 34131 Kassel
    Loan account: 4410 22871 90
    We confirm that the above property is insured under buildings policy WG-5512-41207 at the rebuild
    value 1914 basis, including fire, storm, hail, water and natural hazards. The lender is noted as
    mortgagee; we will inform them of any cancellation or non-payment.

If you need a copy on letterhead for the notary, just let me know.
''' + sig('aydin', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

mail(110, 'S', 'de', 'internal',
     'HR notice to a team lead: named employee is pregnant, due date and maternity protection period',
     who('kowalczyk'), [('Jonas Reifenrath', 'jonas.reifenrath@%s' % DOM)], 'Mutterschutz Frau Lea Brandt – bitte vertraulich', '05-06 16:30',
     T('''Hallo Jonas,

Frau Lea Brandt hat uns heute ihre Schwangerschaft mitgeteilt (voraussichtlicher Entbindungstermin
14.10.2026) und ist einverstanden, dass ich dich als Führungskraft informiere.

Mutterschutz: 02.09.2026 bis 09.12.2026 (bei Früh- oder Mehrlingsgeburt länger)
Bitte ab sofort: keine Außendiensttermine bei Unfallbesichtigungen mehr, keine Überstunden nach 20 Uhr.
Die Gefährdungsbeurteilung für ihren Arbeitsplatz machen wir nächste Woche gemeinsam.

Bitte behandle das im Team vertraulich, bis sie es selbst erzählt.

Sabine
'''), extra=[XM_OUTLOOK, ('Sensitivity', 'Private')])

mail(111, 'N', 'de', 'internal',
     'trap: personnel announcement with a list of new responsibilities in health claims (organisational only)',
     box('geschaeftsleitung', 'Geschäftsleitung'), [box('alle-mitarbeitenden', 'Alle Mitarbeitenden')], 'Personalmitteilung: neue Leitung Leistung Kranken', '05-07 12:00',
     T('''Liebe Kolleginnen und Kollegen,

zum 01.06.2026 übernimmt Katrin Oberländer die Leitung der Leistungsabteilung Krankenversicherung.
Sie folgt auf Dr. Werner Haupt, der nach 31 Jahren in den Ruhestand geht. Vielen Dank, Herr Dr. Haupt!

Die Zuständigkeiten ab Juni:
  - Ambulant / Arzneimittel: Kai Meisner (Teamleitung)
  - Stationär / Kostenübernahmen: Petra Gieseke (Teamleitung)
  - Zahn / Heil- und Kostenpläne: Anja Tews (kommissarisch)
  - Pflege / Hilfsmittel: Lukas Brandt ab Rückkehr aus der Elternzeit, bis dahin Anja Tews

Die Verabschiedung von Herrn Dr. Haupt findet am 29.05. um 15 Uhr in der Kantine statt.

Dr. Hanna Brückner
Vorstandsvorsitzende
'''), extra=[XM_OUTLOOK])

mail(112, 'C', 'de', 'insurer-to-customer',
     'legal expenses: cover for a first divorce consultation of the named customer (family law advice module), no special categories',
     who('szymanski'), [('Sabine Roloff', 'sabine.roloff@mailhaus.example')],
     'Ihre Anfrage Beratungsrechtsschutz Familienrecht', '05-07 14:35',
     T('''Sehr geehrte Frau Roloff,

Ihr Rechtsschutzvertrag RS-4410-66218 enthält den Beratungs-Rechtsschutz im Familien- und Erbrecht.
Für die Erstberatung zu Ihrer geplanten Scheidung übernehmen wir die Kosten eines Beratungsgesprächs
bei einer Anwältin oder einem Anwalt Ihrer Wahl bis 250 € (keine Selbstbeteiligung).

Nicht versichert sind das Scheidungsverfahren selbst sowie Unterhalts- und Zugewinnausgleichsstreitigkeiten.
Wenn Sie möchten, nennen wir Ihnen Fachanwältinnen für Familienrecht in Kassel.

Mit freundlichen Grüßen
Paul Szymanski
''' + FOOT_DE), extra=[XM_OUTLOOK])

mail(113, 'S', 'en', 'insurer-to-partner',
     'facultative reinsurance request for a large life risk: named applicant with medical history (melanoma, hypertension)',
     who('achterberg'), [('Life facultative – Nordkap Re', 'life-fac@nordkap-re.example')],
     'Facultative request – applicant Dr. Jens Ostermann, sum at risk EUR 3.5m', '05-08 10:05',
     T('''Dear colleagues,

we ask for your facultative offer on the following risk (our retention EUR 1m):

Applicant:        Dr. Jens Ostermann, male, DOB 21/03/1969, dentist, non-smoker
Product:          term life, 20 years, sum assured EUR 4.5m (your share EUR 3.5m)
Medical history:  - malignant melanoma left shoulder, pT1a, excised 2019, no recurrence, yearly skin checks
                  - hypertension since 2020, ramipril 5 mg, BP 132/84 at the medical exam
                  - BMI 27.4, labs normal except GGT 71 U/l
Financials:       income EUR 610,000 p.a., business loan cover for his practice

Our view: standard rates, melanoma > 5 years without recurrence. The medical exam report and the
dermatologist's letter are available via our secure data room.
''' + sig('achterberg', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

MOVE114 = '''Hi everyone,

the office move of Life & Pensions happens on Friday 22 May. New rooms (pasted from the facility plan):

Name\tOld room\tNew room\tPhone ext.\tCrate no.
Lena Marquardt\tB 2.11\tA 4.05\t-5233\t01-04
Svenja Kolb\tB 2.11\tA 4.05\t-5240\t05-07
Dr. Miriam Achterberg\tB 2.14\tA 4.01\t-5120\t08-12
Dr. Lukas Engelhard\tB 2.15\tA 4.02\t-5502\t13-15
Underwriting archive\tB 2.20\tA -1.12\t-\t16-40

Please pack your crates by Thursday 4 pm and label them with the numbers above. PCs are moved by IT.
Confidential paper files (medical reports!) go in the grey locked boxes only.

Thanks,
Monika Fritsch (Facility Management) via Lena
'''
mail(114, 'N', 'en', 'internal',
     'trap: Excel range of staff office moves with room numbers and phone extensions; mentions "medical reports" only as files to pack',
     who('marquardt'), [box('leben-alle', 'Life & Pensions all')], 'Office move 22 May – your new rooms', '05-11 09:00',
     T(MOVE114, cs='windows-1252'), extra=[XM_OUTLOOK])

mail(115, 'C', 'de', 'insurer-to-customer',
     'motor premium invoice of the named customer: type/regional classes and the birth date of the youngest driver (son)',
     box('kfz-betrieb', 'Auenwald Kfz-Betrieb'), [('Marion Tesch', 'marion.tesch@netzpost.example')],
     'Beitragsrechnung Kfz-Versicherung KF-2209-20468 – Fahrerkreis geändert', '05-11 11:40',
     T('''Sehr geehrte Frau Tesch,

Sie haben Ihren Sohn als Fahrer eingetragen. Neue Berechnung ab 15.05.2026:

Merkmal                          bisher            neu
Fahrerkreis                      VN + Partner      VN + Partner + Sohn
jüngster Fahrer                  geb. 1968         Luca Tesch, geb. 04.02.2008
Typklasse KH / VK                16 / 20           16 / 20
Regionalklasse KH                6                 6
Jahresbeitrag                    584,60 €          1.138,90 €

Der anteilige Mehrbeitrag für 2026 (347,73 €) wird am 01.06.2026 abgebucht.
Tipp: Mit dem Tarifbaustein „Begleitetes Fahren" sparen Sie bis 20 %%, wenn Luca den Nachweis einreicht.

Ihr Auenwald Kfz-Betrieb
''' % () + FOOT_DE), extra=[XM_SYS])

mail(116, 'N', 'de', 'insurer-to-therapist',
     'trap: circular to physiotherapy practices with the new reimbursement price list for remedies, no patients',
     box('leistung-kranken', 'Auenwald Leistung Kranken'), [('Verband Physiotherapie Nordhessen', 'info@physio-nordhessen.example')],
     'Erstattungsfähige Höchstsätze Heilmittel ab 01.07.2026', '05-12 08:20',
     T('''Sehr geehrte Damen und Herren,

zur Information Ihrer Mitgliedspraxen: Für Versicherte der Auenwald Krankenversicherung gelten ab
01.07.2026 folgende erstattungsfähige Höchstsätze:

Heilmittel                          Pos.     bisher    neu
Krankengymnastik (KG)               X0501    32,10 €   34,90 €
KG-ZNS (Bobath)                     X0708    52,40 €   56,00 €
Manuelle Therapie                   X1201    38,60 €   41,20 €
Manuelle Lymphdrainage 45 min       X0205    51,90 €   55,50 €
Heißluft / Wärmepackung             X1530    12,10 €   12,80 €

Rechnungen, die darüber liegen, erstatten wir bis zum Höchstsatz; Ihre Patientinnen und Patienten
tragen die Differenz. Bitte weisen Sie vor Behandlungsbeginn darauf hin.

Mit freundlichen Grüßen
Ihre Auenwald Krankenversicherung a.G.
'''), extra=[XM_OUTLOOK])

mail(117, 'N', 'en', 'insurer-to-customer',
     'trap: secure portal notification mail without content (no subject of the message, no data)',
     box('securemail', 'Auenwald SecureMail'), [('Graham Holloway', 'g.holloway@inbox-mail.example')],
     'You have a new secure message', '05-12 10:02',
     T('''Hello,

a new confidential message is waiting for you in your Auenwald SecureMail mailbox.

To read it, please log in at https://securemail.auenwald-versicherung.example with your e-mail
address and your password. If you have forgotten your password, use "Reset password" and answer
your security question.

The message will be kept for 90 days.

This notification was sent automatically. Please do not reply to this e-mail.
Auenwald Insurance Group - SecureMail
''', cs='us-ascii'), extra=[('Auto-Submitted', 'auto-generated'), XM_SYS])

mail(118, 'C', 'en', 'insurer-to-lawyer',
     'motor liability: reply to the third party\'s lawyer naming the policyholder, plate and claim; property damage only',
     who('reifenrath'), [('Sarah Lindgren – Lindgren Legal', 's.lindgren@lindgren-legal.example')],
     'Your client Mr Erik Haug ./. our policyholder – claim KF-26-02630', '05-13 13:50',
     T('''Dear Ms Lindgren,

thank you for your letter of 11 May on behalf of Mr Erik Haug.

Our policyholder, Ms Doris Wendland (vehicle KS-DW 119, policy KF-2209-11094), has confirmed the
rear-end collision on 2 May 2026 at the Holländischer Platz roundabout. We accept liability in full.

Your client's claim:
  - repair costs per estimate (Volvo XC60, Norwegian plates)    EUR 4,812.40
  - loss of use, 5 days                                         EUR   295.00
  - flat-rate expenses                                          EUR    25.00
  - your fees (1.3 business fee + VAT)                          EUR   627.13

Your client did not report any injuries, so no personal injury claim is open. Please send the final
repair invoice; we will then pay to your client account.
''' + sig('reifenrath', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

NEWS119_T = '''AUENWALD INTERNATIONAL BROKER BRIEFING - May 2026

Expat Care Premium: 2026/27 indicative monthly premiums (EUR, single adult, deductible EUR 500)

Age     Europe    Worldwide excl. USA    Worldwide incl. USA
18-29     112            168                   341
30-39     139            205                   418
40-49     178            262                   536
50-59     247            359                   729
60-64     331            482                   978

New: maternity waiting period reduced from 12 to 10 months; mental health outpatient limit raised to
EUR 5,000. Evacuation and repatriation remain unlimited.

Webinar for brokers: 10 June, 14:00 CET - register at https://international.auenwald-versicherung.example/webinar
Unsubscribe: https://international.auenwald-versicherung.example/unsubscribe
'''
NEWS119_H = '''<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#1d4e6b">Auenwald International Broker Briefing &ndash; May 2026</h2>
<p><b>Expat Care Premium: 2026/27 indicative monthly premiums</b> (EUR, single adult, deductible EUR 500)</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Age</th><th>Europe</th><th>Worldwide excl. USA</th><th>Worldwide incl. USA</th></tr>
<tr><td>18-29</td><td>112</td><td>168</td><td>341</td></tr>
<tr><td>30-39</td><td>139</td><td>205</td><td>418</td></tr>
<tr><td>40-49</td><td>178</td><td>262</td><td>536</td></tr>
<tr><td>50-59</td><td>247</td><td>359</td><td>729</td></tr>
<tr><td>60-64</td><td>331</td><td>482</td><td>978</td></tr>
</table>
<p>New: maternity waiting period reduced from 12 to 10 months; mental health outpatient limit raised to EUR 5,000.
Evacuation and repatriation remain unlimited.</p>
<p><a href="https://international.auenwald-versicherung.example/webinar">Register for the broker webinar on 10 June</a></p>
<p style="font-size:11px"><a href="https://international.auenwald-versicherung.example/unsubscribe">Unsubscribe</a></p>
</body></html>'''
mail(119, 'N', 'en', 'newsletter',
     'trap: international broker newsletter with expat health premium table by age and region, maternity and mental-health limits',
     box('international-news', 'Auenwald International'), [box('international-news', 'Auenwald International')],
     'Broker Briefing May 2026: Expat Care Premium rates 2026/27', '05-14 07:00',
     MP('alternative', [T(NEWS119_T, cs='us-ascii'), T(NEWS119_H, 'html', cs='us-ascii')]),
     extra=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://international.auenwald-versicherung.example/unsubscribe>')])

mail(120, 'S', 'en', 'insurer-to-customer',
     'dental claim of the addressee (root canal treatment, crown) with tooth numbers; reply with Outlook quote',
     who('thornbury'), [('Nomvula Dlamini', 'nomvula.dlamini@webpost.example')],
     'RE: Dental invoice Dr. Papadakis', '05-14 16:25',
     T('''Dear Ms Dlamini,

thank you for the invoice. We have reimbursed:

  Tooth 46 - root canal treatment, 3 canals          EUR   640.00   -> 100 %%   EUR 640.00
  Tooth 46 - ceramic crown incl. laboratory          EUR 1,180.00   ->  80 %%   EUR 944.00
  X-rays (2)                                          EUR    56.00   -> 100 %%   EUR  56.00
  Total reimbursed                                                              EUR 1,640.00

Your remaining dental limit for 2026 is EUR 1,360.00 (policy IH-5520-02214).
''' % () + sig('thornbury', 'en') + ol_en('Nomvula Dlamini', 'Tuesday, 12 May 2026 08:41', 'International Health',
'Dental invoice Dr. Papadakis', '''Hello, attached the invoice from my dentist in Athens for the root canal on tooth 46 and the
crown. The tooth was infected and very painful, so it was urgent. Thanks, Nomvula''')), extra=[XM_OUTLOOK])

mail(121, 'N', 'de', 'insurer-to-partner',
     'trap: anonymised statistics of billing-fraud cases by provider type for the association, counts and amounts only',
     who('faller'), [('AG Betrugsbekämpfung – VVHN', 'ag-betrug@vvhn-verband.example')],
     'Zulieferung Betrugsstatistik Kranken 2025', '05-15 10:30',
     T('''Sehr geehrte Damen und Herren,

unsere Zahlen für 2025 (abgeschlossene Verdachtsfälle, anonymisiert):

Leistungserbringer       Fälle   davon bestätigt   Schaden (T€)   Hauptmuster
Pflegedienste              14          9               612         nicht erbrachte Leistungen
Physiotherapie             22         11                88         Doppelabrechnung, Ketten-Rezepte
Arztpraxen                  7          3               140         GOÄ-Analogziffern, Steigerungssatz
Apotheken                   3          1                19         Rezeptfälschung
Versicherte (Belege)       41         28               203         manipulierte Rechnungen

Namen von Leistungserbringern geben wir wie besprochen nur im Rahmen des Hinweis- und
Informationssystems weiter, nicht in dieser Statistik.

Mit freundlichen Grüßen
Dominik Faller
Regress & Recht
'''), extra=[XM_OUTLOOK])

mail(122, 'C', 'de', 'insurer-to-company',
     'business contents and interruption insurance of a sole-trader hair salon owner: turnover and owner\'s income, IBAN',
     who('hainbuch'), [('Salon Haarwerk – Nicole Brandes', 'info@salon-haarwerk.example')],
     'Ihre Inhalts- und Ertragsausfallversicherung – Angebot', '05-18 09:45',
     T('''Hallo Frau Brandes,

danke für die Zahlen aus Ihrer letzten Einnahmen-Überschuss-Rechnung. Damit haben wir Ihr Angebot gerechnet:

Betriebsinhaberin:       Nicole Brandes, Salon Haarwerk (Einzelunternehmen), Friedrichsplatz 3, Kassel
Umsatz 2025:             186.400 €
Gewinn 2025 (Ihr Einkommen): 48.950 €
Inhalt (Einrichtung, Ware):  60.000 €
Ertragsausfall:          12 Monate, Versicherungssumme 110.000 €
Jahresbeitrag:           612,80 € (Lastschrift von IBAN %s)

Bitte bestätigen Sie das Angebot bis 31.05., dann gilt der Schutz ab 01.06.2026.
''' % grp(IB_SALON) + sig('hainbuch')), extra=[XM_OUTLOOK])

mail(123, 'S', 'mixed', 'insurer-to-customer',
     'German/English mail to an expat customer: tariff change accepted with a risk surcharge for hypertension',
     who('thornbury'), [('Lukas Ferreira', 'lukas.ferreira@inbox-mail.example')],
     'Tarifwechsel / change of plan – KV-7731-70915', '05-18 14:00',
     T('''Hallo Herr Ferreira,

Ihr Wechsel in den Tarif KomfortPlus zum 01.07.2026 ist möglich. Wegen des seit 2024 behandelten
Bluthochdrucks (Candesartan 8 mg) erheben wir für die Mehrleistung einen Risikozuschlag von 15 %%
(= 38,40 € monatlich). Alternativ können Sie ohne Mehrleistung und ohne Zuschlag wechseln.

As you asked for an English summary for your wife:
  * new plan KomfortPlus from 1 July 2026
  * surcharge 15 %% (EUR 38.40/month) because of treated high blood pressure
  * option: switch without extra benefits - then no surcharge
  * please reply within 4 weeks

Viele Grüße / kind regards
Rebecca Thornbury
''' % () + FOOT_DE), extra=[XM_OUTLOOK])

mail(124, 'N', 'mixed', 'internal',
     'trap: IT change notice in German and English about the new HTML signature with the standard confidentiality disclaimer',
     who('amendt'), [box('alle-mitarbeitenden', 'Alle Mitarbeitenden / all staff')], 'Neue E-Mail-Signatur ab 01.06. / New e-mail signature from 1 June', '05-19 08:00',
     T('''Liebe Kolleginnen und Kollegen / dear colleagues,

ab 01.06. setzt das Gateway die Signatur und den Rechtshinweis zentral. Bitte entfernt eure eigenen
Disclaimer aus Outlook, sonst steht er doppelt drin.

From 1 June the gateway adds the signature and the legal notice centrally. Please delete your own
disclaimer in Outlook, otherwise it appears twice.

Der neue Standardtext / the new standard text:

  "Diese E-Mail enthält möglicherweise vertrauliche und/oder rechtlich geschützte Informationen.
   Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender."
  "This e-mail may contain confidential and/or privileged information. If you are not the intended
   recipient, please notify the sender immediately."

Mails klassifiziert als „streng vertraulich" (Gesundheitsdaten) erhalten zusätzlich den Hinweis auf
das SecureMail-Portal. Questions: ticket category "Mail signature".

IT – Secure Mail & Portal
'''), extra=[XM_OUTLOOK])

ST125a = pdf('''# Auenwald Krankenversicherung a.G. - Leistungsabrechnung 01/2026
Versicherte Person: Carina Vogt, KV-7731-81150
Dr. med. Ulrike Sander (Dermatologie) 08.01.2026, Diagnose L40.0 Psoriasis vulgaris - 96,40 EUR
Apotheke: Calcipotriol/Betamethason Gel 60 g - 58,12 EUR
Erstattet: 154,52 EUR
''', title='Abrechnung 01-2026')
ST125b = pdf('''# Auenwald Krankenversicherung a.G. - Leistungsabrechnung 02/2026
Versicherte Person: Carina Vogt, KV-7731-81150
Dr. med. Ulrike Sander 19.02.2026, Lichttherapie UVB 311 nm, 10 Sitzungen - 402,00 EUR
Erstattet: 402,00 EUR
''', title='Abrechnung 02-2026')
ST125c = pdf('''# Auenwald Krankenversicherung a.G. - Beitragsbescheinigung 2025 (§ 10 EStG)
Versicherungsnehmerin: Carina Vogt, Steuer-ID 47 112 903 665
Basisabsicherung Kranken- und Pflegeversicherung: 5.412,36 EUR
Beitragsrückerstattung: 0,00 EUR
''', title='Beitragsbescheinigung 2025')
CSV125 = csvb([['Datum', 'Leistungserbringer', 'Art', 'Rechnungsbetrag', 'erstattet'],
               ['08.01.2026', 'Dr. med. Ulrike Sander', 'Dermatologie (Psoriasis)', '96,40', '96,40'],
               ['08.01.2026', 'Apotheke am Königsplatz', 'Arzneimittel', '58,12', '58,12'],
               ['19.02.2026', 'Dr. med. Ulrike Sander', 'Lichttherapie', '402,00', '402,00']], enc='cp1252')
ZIP125 = zipfile_of([('Abrechnung_2026-01.pdf', ST125a), ('Abrechnung_2026-02.pdf', ST125b), ('Beitragsbescheinigung_2025.pdf', ST125c),
                     ('Uebersicht_Krankheitskosten_2026.csv', CSV125)])
mail(125, 'S', 'de', 'insurer-to-customer',
     'ZIP with three PDFs and a windows-1252 CSV for the tax adviser: statements with psoriasis diagnosis L40.0, a premium certificate with tax ID',
     who('aydin'), [('Carina Vogt', 'carina.vogt@kundenpost.example')],
     'Ihre Unterlagen für die Steuererklärung', '05-19 15:30',
     MP('mixed', [T('''Hallo Frau Vogt,

wie gewünscht alle Unterlagen für Ihren Steuerberater in einer ZIP-Datei.

Viele Grüße
Sevgi Aydın
Kundenservice
'''), A('Unterlagen_Steuer_2025.zip', ZIP125)]), extra=[XM_OUTLOOK])
# ---------------------------------------------------------------- 126-150 --
IB_ROJAS = iban('ES', '2100' + '0418' + '45' + '0200051332')
IB_WOMO = iban('DE', '52040021' + '0615502231')

mail(126, 'N', 'de', 'internal',
     'trap: premium adjustment trigger analysis per health tariff (claims vs. calculation), actuarial aggregates only',
     who('lohmeier'), [('Dr. Lukas Engelhard', 'lukas.engelhard@%s' % DOM), box('leitung-kranken', 'Leitungskreis Kranken')],
     'BAP 2027 – auslösende Faktoren (erste Hochrechnung)', '05-20 17:45',
     T('''Hallo zusammen,

erste Hochrechnung der auslösenden Faktoren Versicherungsleistungen für die BAP zum 01.01.2027
(Schwellenwert 10 %%, tarifliche Schwelle 5 %%):

Tarif            Beobachtungseinheit   AF Leistungen   AF Sterbewahrsch.   Anpassung?
KomfortPlus      M / F                 1,072 / 1,081   1,004               ja (> 5 %%)
Basis Kompakt    M / F                 1,031 / 1,028   1,004               nein
StationärPlus    M + F                 1,118           1,003               ja
ZahnKomfort 90   M + F                 0,964           -                   nein
KT 43 (KTG)      M + F                 1,055           -                   ja (> 5 %%)

Treiber bei StationärPlus sind die Fallkosten der Endoprothetik und Onkologie (+9 %% je Fall).
Alle Werte vorläufig, Treuhänderunterlagen folgen im Juli.

Beatrix
''' % ()), extra=[XM_OUTLOOK])

mail(127, 'S', 'de', 'insurer-to-customer',
     'approval of a biologic (adalimumab) for the addressee\'s Crohn\'s disease, pharmacy and dosage',
     who('oberlaender'), [('Tobias Reimann', 'tobias.reimann@webpost.example')],
     'Kostenzusage Adalimumab – Ihr Antrag vom 12.05.', '05-21 10:10',
     T('''Sehr geehrter Herr Reimann,

auf Grundlage des Berichts Ihres Gastroenterologen Dr. Kampe haben wir die Kosten für die Therapie mit
Adalimumab (Biosimilar, 40 mg s.c. alle 14 Tage) bei Morbus Crohn mit Fistelbildung (K50.8) geprüft.

Die Kosten übernehmen wir für zunächst 12 Monate (ca. 1.150 € je 28 Tage). Die Versorgung läuft über
die Versandapotheke medPlus, die direkt mit uns abrechnet; die erste Lieferung erfolgt gekühlt an Ihre
Wohnanschrift. Bitte senden Sie uns nach 6 Monaten den Verlaufsbericht.

Gute Besserung!
''' + sig('oberlaender') + FOOT_DE), extra=[XM_OUTLOOK])

mail(128, 'C', 'en', 'insurer-to-customer',
     'rental car excess refund abroad for the named customer: rental agreement, damage and Spanish IBAN, no injuries',
     who('ferber'), [('Alejandro Rojas', 'alejandro.rojas@inbox-mail.example')],
     'Rental excess refund – claim RR-26-01207', '05-21 15:05',
     T('''Dear Mr Rojas,

we refund the excess charged by the rental company under your rental car excess cover (RR-8820-30117):

  Rental company:   SolCar Málaga, agreement MLG-7712094
  Damage:           scratched rear bumper and mirror, parking garage, 09/05/2026
  Excess charged:   EUR 900.00 (card statement received)
  Refund:           EUR 900.00 - no deductible

Payment to IBAN %s (A. Rojas) within five working days.
''' % grp(IB_ROJAS) + sig('ferber', 'en')), extra=[XM_OUTLOOK])

mail(129, 'N', 'en', 'insurer-to-partner',
     'trap: list of direct-billing hospitals in Southeast Asia for an assistance partner, institutions only',
     who('thornbury'), [('Network team – EuroAssist Partners', 'network@euroassist.example')],
     'Direct billing network SE Asia – update June', '05-22 09:30',
     T('''Hi all,

updated direct-billing list for Southeast Asia (new entries marked *):

Country     City           Hospital                               Direct billing since
Singapore   Singapore      Mount Elizabeth Novena                 2019
Singapore   Singapore      Raffles Hospital                       2021
Thailand    Bangkok        Bumrungrad International               2018
Thailand    Phuket         Bangkok Hospital Phuket                2020
Vietnam     Ho Chi Minh    FV Hospital *                          2026
Indonesia   Bali (Kuta)    BIMC Hospital Kuta                     2022
Malaysia    Kuala Lumpur   Gleneagles Kuala Lumpur *              2026

Please update your provider database by 1 June. Guarantee of payment requests continue to go to our
24/7 line.

Rebecca
''', cs='us-ascii'), extra=[XM_OUTLOOK])

mail(130, 'S', 'de', 'insurer-to-customer',
     'child accident insurance: hospital cash and recovery benefit for the named son\'s forearm fracture',
     who('petersen'), [('Melanie Kühn', 'melanie.kuehn@mailhaus.example')],
     'Kinderunfallversicherung UV-3307-41190 – Leistung für Jonas', '05-22 13:20',
     T('''Sehr geehrte Frau Kühn,

wir hoffen, Jonas geht es nach seinem Sturz vom Klettergerüst wieder besser. Aus der Kinderunfall-
versicherung zahlen wir:

Leistung                 Grundlage                                    Betrag
Krankenhaustagegeld      4 Tage stationär (08.–11.05.2026), 20 €/Tag   80,00 €
Genesungsgeld            4 Tage, 20 €/Tag                              80,00 €
Gipspauschale            distale Unterarmfraktur li. (S52.5)          150,00 €
Summe                                                                 310,00 €

Eine Invaliditätsleistung ist nach Auskunft der Klinik nicht zu erwarten; die Metallentfernung in
etwa sechs Wochen melden Sie bitte trotzdem.
''' + sig('petersen') + FOOT_DE), extra=[XM_SYS])

ICS131 = ics('bewerbung-mfa-0603', '20260603T140000', '20260603T150000', 'Vorstellungsgespräch MFA Leistungsprüfung',
             'Auenwald Versicherungsgruppe, Haus A, Raum A 1.10', 'Gesprächspartnerinnen: Katrin Oberländer, Sabine Kowalczyk',
             'sabine.kowalczyk@' + DOM, ['d.schaper@webpost.example'])
mail(131, 'N', 'de', 'insurer-to-applicant',
     'grey: interview invitation for a job applicant (medical assistant role) with ICS; no health, bank or insurance data of the person',
     who('kowalczyk'), [('Daniela Schaper', 'd.schaper@webpost.example')],
     'Einladung zum Vorstellungsgespräch', '05-25 10:00',
     MP('mixed', [T('''Sehr geehrte Frau Schaper,

vielen Dank für Ihre Bewerbung als Medizinische Fachangestellte in unserer Leistungsprüfung. Wir laden
Sie gern zu einem persönlichen Gespräch ein: Mittwoch, 03.06.2026, 14:00 Uhr (Termin im Anhang).

Bitte melden Sie sich am Empfang Haus A. Fahrtkosten erstatten wir nach der Reisekostenregel.
''' + sig('kowalczyk')), A('Vorstellungsgespraech.ics', ICS131, 'text/calendar; method=REQUEST; charset="utf-8"')]),
     extra=[XM_OUTLOOK])

mail(132, 'C', 'de', 'insurer-to-broker',
     'broker list of named customers with birth dates and civil-servant status (for a discount), household/liability contracts',
     who('brinkhaus'), [('Kerstin Albers – Maklerkontor Weserbogen', 'k.albers@weserbogen-makler.example')],
     'Umstellung Beamtennachlass – Ihre Kunden', '05-26 08:50',
     T('''Hallo Frau Albers,

für diese Kundinnen und Kunden fehlt uns noch der Nachweis des öffentlichen Dienstes, sonst entfällt
der Nachlass zum 01.07.:

Name                 geb.         Dienstherr                 Verträge
Anja Terstegen       11.08.1980   Land Niedersachsen         PH-6120-40913, HR-3381-40914
Markus Voigt         29.01.1975   Bundespolizei              PH-6120-41550
Dr. Eva Lindner      05.05.1969   Universität Göttingen      HR-3381-42001, RS-4410-42002
Kemal Özdemir        17.12.1987   Stadt Holzminden           KF-2209-21803

Eine Kopie der Bezügemitteilung (ohne Beträge) oder eine Bescheinigung des Dienstherrn reicht.

Beste Grüße
Ole Brinkhaus
'''), extra=[XM_OUTLOOK])

PRE133 = '''Hi Matthias, hi Mira,

handover for my leave (1-12 June). Open pre-authorisations, straight from the tracking sheet:

Ref\tInsured\tPolicy\tProcedure\tHospital\tDate\tStatus
PA-26-0301\tAiko Brandstetter\tIH-5520-01377\tdelivery, possible C-section\tMount Elizabeth Novena\t28/05\tapproved
PA-26-0318\tFemi Adeyemi\tIH-5520-00744\tcycle 4 chemotherapy (ALL)\tCleveland Clinic Abu Dhabi\t03/06\tapproved
PA-26-0322\tGraham Holloway\tIH-5520-01902\tknee arthroscopy, medial meniscus\tLondon Bridge Hospital\t09/06\tawaiting MRI report
PA-26-0330\tNomvula Dlamini\tIH-5520-02214\tdental implant 36\tAthens Dental Centre\t15/06\tcost plan requested

Femi's evacuation question is closed - treatment stays in Abu Dhabi.

Thanks!
Rebecca
'''
mail(133, 'S', 'en', 'internal',
     'Excel range of open pre-authorisations with insured names, procedures (chemotherapy, delivery, arthroscopy) and hospitals',
     who('thornbury'), [('Matthias Lenz', 'matthias.lenz@%s' % DOM), ('Mira Okonkwo', 'mira.okonkwo@%s' % DOM)],
     'Handover pre-authorisations 1-12 June', '05-29 16:10',
     T(PRE133), extra=[XM_OUTLOOK])

mail(134, 'N', 'en', 'internal',
     'trap: minutes of the data-protection working group on a DPIA for a health app, bullet list of participants and tasks',
     who('vosskamp'), [box('ag-datenschutz', 'Data protection working group')], 'Minutes DP working group 1 June – DPIA health app', '06-01 15:30',
     T('''Hi all,

minutes of today's meeting.

Participants:
  - Henrike Voßkamp (DPO, chair)
  - Felix Amendt (IT)
  - Katrin Oberländer (Health Claims)
  - Beatrix Lohmeier (Health Actuarial)
  - Claudia Reents (Communications)

1. DPIA for the app feature "photo of medical invoice": risks identified - OCR text stored on the
   phone, push notifications showing amounts. Decision: no content in push messages; OCR only server-side.
2. Retention of invoice images: 10 years (tax law) vs. our deletion concept - Katrin checks with Legal.
3. Consent text for TLS e-mail: new version approved, goes live with the portal release in July.
4. Training: privacy quiz continues monthly.

Next meeting: 6 July.

Henrike
'''), extra=[XM_OUTLOOK])

mail(135, 'C', 'de', 'insurer-to-customer',
     'household burglary claim of the named customer: list of stolen items incl. jewellery, police reference, address',
     who('yildiz'), [('Ralf Niederhöfer', 'ralf.niederhoefer@webpost.example')],
     'Einbruchdiebstahl HR-26-00933 – Ihre Stehlgutliste', '06-02 11:25',
     T('''Guten Tag Herr Niederhöfer,

danke für die Stehlgutliste, die Sie auch der Polizei (Vorgangsnummer ST/0412877/2026) gegeben haben.
Wir haben sie so übernommen (Hausrat HR-3381-50221, Tatort Goethestraße 61, 34119 Kassel):

  1. Laptop Lenovo ThinkPad, 2024             1.290,00 €
  2. Goldkette 585 mit Anhänger (Erbstück)     1.850,00 €  – Wertsachen-Grenze 20 %% beachten
  3. Armbanduhr Junghans Max Bill              980,00 €
  4. Bargeld                                    420,00 €   – Grenze 1.500 €
  5. Reparatur Wohnungstür (Aufbruchspuren)     640,00 €

Für Pos. 2 benötigen wir ein Foto oder ein Wertgutachten. Den Schlüsseldienst rechnen wir direkt ab.
''' % () + sig('yildiz')), extra=[XM_OUTLOOK])

mail(136, 'S', 'de', 'insurer-to-doctor',
     'query to a dentist on a named patient\'s treatment plan: GOZ factors, periodontitis and tooth findings',
     who('oberlaender'), [('Zahnarztpraxis Dr. Kühnel', 'praxis@zahnarzt-kuehnel.example')],
     'Rückfrage Heil- und Kostenplan Frau Jasmin Aksoy vom 20.05.2026', '06-02 14:15',
     T('''Sehr geehrte Frau Dr. Kühnel,

zum Heil- und Kostenplan für Ihre Patientin Jasmin Aksoy (geb. 12.11.1985) haben wir zwei Rückfragen:

  - Bei den Positionen GOZ 4070/4075 (Parodontalchirurgie, Zähne 16, 17, 26, 27) ist der 3,5-fache Satz
    angesetzt. Bitte begründen Sie den Steigerungssatz patientenbezogen (z. B. Taschentiefen, Furkationsbefall).
  - Für Zahn 36 ist eine Brücke geplant, im Röntgenbefund ist Zahn 37 als nicht erhaltungswürdig
    markiert. Ist eine Implantatlösung erwogen worden?

Die PAR-Vorbehandlung (aktive Phase, Stadium III Grad B) ist bereits zugesagt.
Ihre Antwort können Sie uns über das SecureMail-Portal schicken.
''' + sig('oberlaender') + FOOT_DE, cs='windows-1252'), extra=[XM_OUTLOOK])

mail(137, 'N', 'en', 'insurer-to-supplier',
     'trap: scanning service volumes for incoming mail (medical invoices, doctors\' letters) per month, counts only',
     who('stahl'), [('Account team – Kerncode Systems', 'accounts@kerncode.example')],
     'Scanning service 2027 – volume forecast for the tender', '06-03 09:05',
     T('''Hello Siobhan,

for the tender of the scanning and capture service 2027 here is our volume forecast (pages per month):

Document type                          2025 avg   2027 forecast   SLA
Medical invoices (doctors, dentists)    412,000      380,000      D+1
Hospital invoices and discharge notes    61,000       64,000      same day
Pharmacy receipts                       118,000       95,000      D+1
Motor / property claim documents         73,000       70,000      D+2
Other (letters, forms)                   55,000       50,000      D+2

The decline reflects more uploads via the app. All scanning must take place in the EU with ISO 27001
certification; health documents are processed only in the separate secure zone as today.

Best regards
Yvonne Stahl
''', cs='us-ascii'), extra=[XM_OUTLOOK])

mail(138, 'C', 'en', 'insurer-to-company',
     'IT service provider liability claim: named employee caused data loss at a client; no personal injury, no health data',
     who('szymanski'), [('Operations – Brightwave IT Services Ltd', 'ops@brightwave-it.example')],
     'Professional liability claim PL-26-00177 – data loss at Kessler Logistik', '06-03 12:40',
     T('''Dear Mr O'Connell,

we have opened claim PL-26-00177 under your professional liability policy PL-8801-00062.

Facts as reported:
  * 18 May 2026, your administrator Mr Stefan Hoeller ran a storage migration at Kessler Logistik GmbH
    without a verified backup; 3 days of order data were lost.
  * Kessler Logistik claims EUR 48,300 (data recovery EUR 12,800, overtime EUR 9,500, lost orders EUR 26,000).

Please send us Mr Hoeller's written account, the change ticket and the backup logs. Do not acknowledge
liability towards Kessler Logistik; we will handle the correspondence with them.
''' + sig('szymanski', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

mail(139, 'C', 'de', 'insurer-to-customer',
     'motorhome seasonal plates: premium refund for the named customer with plate and IBAN',
     box('kfz-betrieb', 'Auenwald Kfz-Betrieb'), [('Gerd Wohlfahrt', 'gerd.wohlfahrt@kundenpost.example')],
     'Saisonkennzeichen Wohnmobil KS-GW 04 - Beitragserstattung', '06-04 07:40',
     T('''Sehr geehrter Herr Wohlfahrt,

Sie haben Ihr Wohnmobil (Knaus Sky Wave, KS-GW 04, Vertrag KF-2209-22340) auf ein Saisonkennzeichen
04-10 umgestellt. Wir haben den Beitrag neu berechnet:

  Beitrag ganzjährig 2026:          1.044,00 EUR
  Beitrag Saison 04-10 (7 Monate):    688,10 EUR
  Erstattung:                         355,90 EUR

Die Erstattung überweisen wir auf IBAN %s. Außerhalb der Saison besteht Ruheversicherung
(Teilkasko) - das Fahrzeug darf dann nicht auf öffentlichen Straßen abgestellt werden.

Ihr Auenwald Kfz-Betrieb
''' % grp(IB_WOMO), cs='iso-8859-1'), extra=[XM_SYS], hcs='iso-8859-1')

mail(140, 'N', 'de', 'internal',
     'trap: clean-desk reminder listing document types (doctors\' letters, reports) to lock away, no case data',
     who('vosskamp'), [box('alle-standort-kassel', 'Alle Mitarbeitenden Standort Kassel')], 'Erinnerung Clean Desk – Begehung am 15.06.', '06-04 12:00',
     T('''Liebe Kolleginnen und Kollegen,

am 15.06. findet die jährliche Datenschutz-Begehung statt. Bitte denkt an die Clean-Desk-Regel –
abends gehört in den abschließbaren Schrank:

  * Arztberichte, Gutachten, Krankenhausrechnungen, Heil- und Kostenpläne
  * Ausdrucke mit Bankverbindungen (Lastschriftmandate, Rücklastschriften)
  * Notizzettel mit Versicherungsnummern oder Passwörtern (Passwörter gehören gar nicht auf Papier!)
  * USB-Sticks und Headsets mit Aufzeichnungsfunktion

Bildschirm sperren mit Windows-Taste + L. Fehldrucke mit personenbezogenen Daten in die grauen
Datenschutztonnen, nicht ins Altpapier.

Danke!
Henrike Voßkamp
Datenschutzbeauftragte
'''), extra=[XM_OUTLOOK])

mail(141, 'C', 'de', 'insurer-to-customer',
     'grey: dog owner liability, the named customer\'s dog injured another dog; vet bill of the other animal is animal health, not human health',
     who('szymanski'), [('Heike Brauner', 'heike.brauner@netzpost.example')],
     'Tierhalterhaftpflicht TH-6130-12077 – Vorfall Hundewiese Fuldaaue', '06-05 10:30',
     T('''Hallo Frau Brauner,

zum Vorfall vom 28.05. auf der Hundewiese: Ihr Rüde „Ares" hat die Hündin von Herrn Philipp Carstens
gebissen. Die Tierarztrechnung (Wundversorgung unter Narkose, Antibiotikum, 2 Kontrollen) über
612,48 € regulieren wir direkt mit Herrn Carstens aus Ihrer Tierhalterhaftpflicht.

Menschen wurden nach Ihrer und seiner Schilderung nicht verletzt. Ihre Selbstbeteiligung beträgt 150 €.

Bitte achten Sie künftig auf die Leinenpflicht in der Brut- und Setzzeit.

Viele Grüße
Paul Szymanski
''' + FOOT_DE), extra=[XM_OUTLOOK])

mail(142, 'S', 'en', 'insurer-to-pharmacy',
     'order to a specialty pharmacy for a named expat insured\'s insulin pump supplies and insulin, diagnosis type 1 diabetes',
     who('thornbury'), [('Orders – MediRoute International Pharmacy', 'orders@mediroute-pharmacy.example')],
     'Supply order – Ms Ingrid Solberg, policy IH-5520-02650', '06-05 14:50',
     T('''Dear colleagues,

please arrange the quarterly supply for our insured, Ms Ingrid Solberg (DOB 30/07/1996), type 1 diabetes
on insulin pump therapy, to her address in Nairobi (details in your customer file):

  - insulin aspart 100 U/ml, 10 ml vials              x 6
  - infusion sets 6 mm / 60 cm                        x 30
  - reservoirs 3 ml                                   x 30
  - CGM sensors (14-day)                              x 7
  - glucagon nasal powder 3 mg                        x 2

Cold chain shipping as usual. Invoice to us under direct billing agreement MR-2024-07; the
prescription of Dr. Otieno is valid until 31 December 2026.
''' + sig('thornbury', 'en') + FOOT_EN), extra=[XM_OUTLOOK])

mail(143, 'N', 'en', 'insurer-to-customer',
     'trap: answer to a prospect about travel insurance prices with a generic table incl. "pre-existing conditions" wording, no personal data',
     who('ferber'), [('Oliver Bennett', 'oliver.bennett@webpost.example')],
     'RE: Travel insurance for a family trip to Canada', '06-08 11:11',
     T('''Dear Mr Bennett,

thanks for your enquiry. Our annual travel policies for families (2 adults + children under 18):

Package              Cancellation limit   Medical abroad   Annual premium
Family Basic         EUR 3,000            unlimited        EUR 129
Family Comfort       EUR 6,000            unlimited        EUR 189
Family Premium       EUR 10,000           unlimited        EUR 259

Medical treatment abroad includes hospital, doctor, medicines and repatriation when medically
sensible. Pre-existing conditions are covered if they were stable in the last 6 months - you do not
need to answer health questions for these packages.

You can buy online at www.auenwald-versicherung.example/travel until the day before departure.
''' + sig('ferber', 'en')), extra=[XM_OUTLOOK])

NEWS144 = '''Auenwald Pflege-Info 2/2026

Pflegegrad beantragen – so geht's

Liebe Leserinnen und Leser,

viele Angehörige fragen uns, wie der Weg zu einem Pflegegrad aussieht. Die wichtigsten Schritte:

1. Antrag stellen – formlos per Telefon oder in der App, auch durch Bevollmächtigte
2. Pflegetagebuch führen – zwei Wochen lang notieren, wobei Hilfe nötig ist
3. Begutachtung – eine Gutachterin kommt nach Hause, meist innerhalb von 25 Arbeitstagen
4. Bescheid – mit Pflegegrad 1 bis 5 und den Leistungen

Pflegegrad   Pflegegeld/Monat   Pflegesachleistung/Monat
2            347 €              796 €
3            599 €              1.497 €
4            800 €              1.859 €
5            990 €              2.299 €

Kostenlose Pflegeberatung: 0800 7790 700 (Mo–Fr 8–18 Uhr).

Abmelden: https://www.auenwald-versicherung.example/newsletter/abmelden
'''
mail(144, 'N', 'de', 'newsletter',
     'trap: care newsletter explaining how to apply for a care level, table of care allowances, no persons',
     box('newsletter', 'Auenwald Pflege-Info'), [box('newsletter', 'Auenwald Pflege-Info')], 'Pflege-Info: Pflegegrad beantragen – so geht\'s', '06-09 06:30',
     T(NEWS144, cte='base64'), extra=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://www.auenwald-versicherung.example/newsletter/abmelden>')])

mail(145, 'S', 'de', 'internal',
     'semicolon list from the claims system: open medical-aid cases with names, aids and diagnoses for a holiday handover',
     who('oberlaender'), [('Anja Tews', 'anja.tews@%s' % DOM)], 'Übergabe Hilfsmittel während meines Urlaubs', '06-10 17:20',
     T('''Hallo Anja,

hier meine offenen Hilfsmittelfälle aus dem Leistungssystem (Export, Semikolon-getrennt):

Vorgang;Versicherte/r;Vertrag;Hilfsmittel;Diagnose lt. Verordnung;Status
HM-26-1102;Albrecht Sommer;KV-7731-30558;Hörgeräte beidseits;H90.3 Innenohrschwerhörigkeit;Widerspruch, Neuprüfung
HM-26-1140;Edeltraud Baumgart;KV-7731-12209;Elektrorollstuhl;Z. n. Apoplex, Hemiparese re.;KV Sanitätshaus fehlt
HM-26-1151;Noah Pietsch;KV-7731-58801;Beinorthese;Infantile Zerebralparese;genehmigt, Lieferung offen
HM-26-1163;Helmut Stöcker;KV-7731-22013;CPAP-Gerät;G47.31 obstruktive Schlafapnoe;Probezeit bis 30.06.

Bei Herrn Sommer bitte unbedingt vor dem 20.06. entscheiden, sonst geht die Beschwerde an den Ombudsmann.

Danke dir!
Katrin
'''), extra=[XM_OUTLOOK])

mail(146, 'N', 'mixed', 'insurer-to-partner',
     'trap: German/English project meeting notes on an eDoctor-letter interface with a hospital and its software vendor, no patients',
     who('amendt'), [('Dr. Jan Pohlmann – Klinikverbund Fuldatal', 'j.pohlmann@klinikum-fuldatal.example'), ('Arjen Mulder – MedLink Software', 'a.mulder@medlink-software.example')],
     'Projekt eArztbrief-Schnittstelle / eDoctor letter interface – notes 10 June', '06-10 12:30',
     T('''Hallo Herr Dr. Pohlmann, hi Arjen,

kurz die Ergebnisse von heute / short summary for Arjen in English below.

Teilnehmende: Dr. Jan Pohlmann, Sabrina Keil (Klinikum); Arjen Mulder (MedLink); Felix Amendt, Katrin Oberländer (Auenwald)

- Übertragung von Entlassbriefen und Rechnungen nur gateway-to-gateway mit Domänenzertifikat.
- Testdaten: ausschließlich synthetische Patienten (MedLink liefert 50 Testfälle).
- Go-live Pilot: 01.10.2026, Station Orthopädie.

English summary:
- transfer of discharge letters and invoices only gateway-to-gateway (S/MIME domain certificates)
- synthetic test patients only, MedLink provides 50 test cases
- pilot go-live 1 October 2026, orthopaedics ward

Nächster Termin / next meeting: 8 July, 10:00 (Teams).

Felix Amendt
IT – Secure Mail & Portal
'''), extra=[XM_OUTLOOK])

mail(147, 'C', 'de', 'insurer-to-customer',
     'legal expenses neighbour dispute (hedge and boundary) of the named customer, addresses, cover decision',
     who('szymanski'), [('Wilfried Hennig', 'w.hennig@kundenpost.example')],
     'Nachbarstreit Hecke – Deckungsentscheidung RS-26-02210', '06-11 09:45',
     T('''Sehr geehrter Herr Hennig,

für Ihren Streit mit Ihrem Nachbarn, Herrn Dieter Mahler (Am Lindenberg 12), über den Rückschnitt der
Thujahecke an der Grundstücksgrenze zu Ihrem Grundstück Am Lindenberg 10, 34233 Fuldatal, gilt:

  - Versicherungsschutz besteht aus dem Grundstücks-Rechtsschutz Ihres Vertrags RS-4410-30077.
  - Vor einer Klage ist nach hessischem Recht ein Schlichtungsverfahren beim Schiedsamt nötig –
    die Kosten übernehmen wir.
  - Selbstbeteiligung: 250 €.

Unser Tipp: Oft hilft ein Gespräch mit Mediatorin. Auch die Mediation bis 2.000 € ist versichert.
''' + sig('szymanski')), extra=[XM_OUTLOOK])

mail(148, 'N', 'en', 'insurer-to-supplier',
     'trap: invoice dispute with a medical translation agency using job numbers only; mentions "medical reports" without patients',
     who('stahl'), [('Accounts – LinguaBridge Translations', 'accounts@linguabridge.example')],
     'Invoice LB-2026-0588 – three positions disputed', '06-11 15:30',
     T('''Dear Ms Andersson,

we have checked invoice LB-2026-0588 (May 2026, translations of medical reports and forms):

Job no.      Description                      Words   Invoiced    Agreed rate   Difference
LB-J-41102   medical report ES>DE              1,840   EUR 294.40  EUR 257.60    EUR 36.80
LB-J-41117   discharge letter PL>DE              920   EUR 165.60  EUR 128.80    EUR 36.80
LB-J-41130   urgent surcharge (not ordered)        -   EUR  60.00  EUR   0.00    EUR 60.00
                                                                  Total        EUR 133.60

Please send a credit note for EUR 133.60 plus VAT; the remaining amount will be paid on the usual
terms. The rate for medical texts is EUR 0.14/word per our framework agreement.

Best regards
Yvonne Stahl
Procurement
'''), extra=[XM_OUTLOOK])

mail(149, 'S', 'de', 'insurer-to-customer',
     'term life payout to the widow after the named policyholder\'s death in a traffic accident; personal line and cause of death',
     who('marquardt'), [('Karin Drescher', 'karin.drescher@mailhaus.example')],
     'Auszahlung Risikolebensversicherung LV-6610-27704', '06-12 10:00',
     T('''Sehr geehrte Frau Drescher,

zunächst unser aufrichtiges Beileid zum Tod Ihres Mannes.

Wir haben die Sterbeurkunde und die Bescheinigung über die Todesursache erhalten. Herr Frank Drescher
(geb. 19.09.1971) ist am 21.05.2026 an den Folgen eines Verkehrsunfalls (Polytrauma) verstorben.
Aus der Risikolebensversicherung LV-6610-27704 zahlen wir:

  Versicherungssumme           150.000,00 €
  Überschussbeteiligung          3.218,40 €
  Auszahlung an Sie (Bezugsberechtigte)  153.218,40 €

Die Auszahlung erfolgt innerhalb einer Woche auf Ihr Konto. Die Meldung an das Finanzamt
(§ 33 ErbStG) übernehmen wir. Wenn Sie Fragen haben, rufen Sie mich bitte direkt an.
''' + sig('marquardt') + FOOT_DE), extra=[XM_OUTLOOK])

mail(150, 'N', 'en', 'internal',
     'trap: customer satisfaction survey results with anonymised free-text quotes about claims and hospital bills',
     who('reents'), [box('leitung-alle', 'Management team')], 'Customer survey Q2 – results and quotes', '06-12 16:45',
     T('''Dear all,

the Q2 customer survey is in (n = 2,314, response rate 18 %):

Area                         Satisfied   Neutral   Dissatisfied   NPS
Health claims reimbursement    78 %        13 %        9 %         +31
Hospital direct billing        84 %        10 %        6 %         +44
Motor claims                   71 %        17 %       12 %         +19
Secure portal / app            66 %        20 %       14 %         +8

Selected quotes (anonymised, no identifying details):
  - "The hospital bill was settled before I even got home. Great."
  - "Why do I need a portal password to read a letter about my dentist's invoice?"
  - "Uploading photos of receipts works well, but the app logged me out three times."

Full report on the intranet. The portal feedback goes to Felix's team for the July release.

Claudia
'''), extra=[XM_OUTLOOK])

# ================================================================ BUILD ======
def build_all():
    files, rows = {}, []
    for m in sorted(MAILS, key=lambda m: m['n']):
        key = '%s%04d' % (PREFIX, m['n'])
        files[key + '.eml'] = build_msg(key, m['frm'], m['to'], m['subj'], m['date'], m['body'], cc=m['cc'],
                                        extra=m['extra'], hcs=m['hcs'], irt=m['irt'])
        rows.append((key + '.eml', m['label'], m['lang'], m['kind'], m['reason']))
    tsv = 'file\tlabel\tlang\tkind\treason\n' + ''.join('\t'.join(r) + '\n' for r in rows)
    return files, tsv.encode('utf-8')

# ================================================================ CHECK ======
class _HT(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.t = []
    def handle_data(self, d):
        self.t.append(d)

def pdf_text(b):
    assert b.startswith(b'%PDF-'), 'no PDF header'
    m = re.search(rb'startxref\s+(\d+)', b)
    assert m and b[int(m.group(1)):int(m.group(1)) + 4] == b'xref', 'bad startxref'
    out = []
    for sm in re.finditer(rb'<<([^>]*?)>>\s*stream\n(.*?)\nendstream', b, re.S):
        data = sm.group(2)
        if b'FlateDecode' in sm.group(1):
            data = zlib.decompress(data)
        for s in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', data):
            s = re.sub(rb'\\([0-7]{3})', lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb'\\(.)', rb'\1', s)
            out.append(s.decode('cp1252'))
    txt = '\n'.join(out)
    assert txt.strip(), 'PDF without text layer'
    return txt

def xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(t for t in root.itertext())

def open_attachment(name, data, ctype=''):
    """Returns the text of an attachment; raises if it cannot be opened."""
    ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
    if ext == 'pdf' or ctype == 'application/pdf':
        return pdf_text(data)
    if ext in ('docx', 'xlsx'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        names = z.namelist()
        assert '[Content_Types].xml' in names
        main = 'word/document.xml' if ext == 'docx' else 'xl/workbook.xml'
        assert main in names, main
        return '\n'.join(xml_text(z.read(n)) for n in names if n.endswith('.xml') and ('word/' in n or 'worksheets/' in n))
    if ext in ('odt', 'ods'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.namelist()[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        assert z.read('mimetype').startswith(b'application/vnd.oasis.opendocument.')
        xml_text(z.read('META-INF/manifest.xml'))
        return xml_text(z.read('content.xml'))
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return '\n'.join(open_attachment(n, z.read(n)) for n in z.namelist() if not n.endswith('/'))
    if ext == 'eml':
        return mail_text(BytesParser(policy=policy.default).parsebytes(data), name)
    if ext == 'ics':
        t = data.decode('utf-8')
        assert t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR')
        return t
    if ext in ('csv', 'txt'):
        try:
            return data.decode('utf-8')
        except UnicodeDecodeError:
            return data.decode('cp1252')
    if ext in ('html', 'htm'):
        p = _HT()
        p.feed(data.decode('utf-8'))
        return ' '.join(p.t)
    raise AssertionError('unknown attachment type %s' % name)

CHARSETS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}

def mail_text(msg, where):
    """Walks a parsed message, asserts no defects, returns all text (body + attachments)."""
    texts = []
    for part in msg.walk():
        assert not part.defects, '%s: MIME defects %r' % (where, part.defects)
        for hk in ('subject', 'from', 'to', 'cc'):
            if part.get(hk) is not None:
                hv = part[hk]
                assert not getattr(hv, 'defects', ()), '%s: header defects %s %r' % (where, hk, hv.defects)
                texts.append(str(hv))
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        fn = part.get_filename()
        if fn or part.get_content_disposition() == 'attachment':
            data = part.get_payload(decode=True)
            texts.append(open_attachment(fn or 'x.bin', data, ct))
            continue
        assert ct.startswith('text/'), '%s: non-text body part %s' % (where, ct)
        cs = part.get_content_charset()
        assert cs in CHARSETS, '%s: charset %s' % (where, cs)
        t = part.get_content()
        if ct == 'text/html':
            p = _HT()
            p.feed(t)
            t = ' '.join(p.t)
        texts.append(t)
    return '\n'.join(texts)

IBAN_RE = re.compile(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b', re.I)
EMAIL_RE = re.compile(r'[\w.+-]+@((?:[\w-]+\.)+[\w-]+)')
URL_RE = re.compile(r'(?:https?://|www\.)([\w.-]+)')

def check(files, tsv):
    errors = []
    def err(s):
        errors.append(s)
    nums = [m['n'] for m in MAILS]
    if sorted(nums) != list(range(1, 151)):
        err('mail numbers are not 1..150')
    from collections import Counter
    lab = Counter(m['label'] for m in MAILS)
    if lab != Counter({'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}):
        err('label counts %r' % lab)
    if len({m['n'] for m in MAILS}) != len(MAILS):
        err('duplicate mail numbers')
    # compare with disk
    for fn, data in files.items():
        p = os.path.join(HERE, 'mails', fn)
        if not os.path.exists(p) or open(p, 'rb').read() != data:
            err('%s differs from rebuild' % fn)
    on_disk = set(os.listdir(os.path.join(HERE, 'mails')))
    if on_disk != set(files):
        err('extra/missing files in mails/: %r' % (on_disk ^ set(files)))
    if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != tsv:
        err('labels.tsv differs from rebuild')
    rows = list(csv.reader(io.StringIO(tsv.decode('utf-8')), delimiter='\t'))
    if rows[0] != ['file', 'label', 'lang', 'kind', 'reason'] or len(rows) != 151 or any(len(r) != 5 for r in rows):
        err('labels.tsv layout')
    mids, nattach, ibans_seen = set(), Counter(), 0
    for fn, data in sorted(files.items()):
        if data.count(b'\n') != data.count(b'\r\n'):
            err('%s: bare LF' % fn)
        if b'\r' in data.replace(b'\r\n', b''):
            err('%s: bare CR' % fn)
        if any(len(l) > 998 for l in data.split(b'\r\n')):
            err('%s: line > 998' % fn)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        try:
            text = mail_text(msg, fn)
        except Exception as e:
            err('%s: %s: %s' % (fn, type(e).__name__, e))
            continue
        mid = msg['message-id']
        if mid in mids:
            err('%s: duplicate Message-ID' % fn)
        mids.add(mid)
        if not str(mid).rstrip('>').endswith('@' + DOM):
            err('%s: Message-ID host' % fn)
        if msg['date'].datetime.year != 2026:
            err('%s: date not 2026' % fn)
        frm = msg['from'].addresses
        if len(frm) != 1 or frm[0].domain != DOM:
            err('%s: not sent from %s' % (fn, DOM))
        for part in msg.walk():
            for hk in ('from', 'to', 'cc', 'reply-to'):
                if part.get(hk) is not None:
                    for a in part[hk].addresses:
                        if not a.domain.endswith('.example'):
                            err('%s: address %s' % (fn, a))
            if part.get_filename():
                nattach[part.get_filename().rsplit('.', 1)[-1].lower()] += 1
            elif part.get_content_type() == 'message/rfc822':
                nattach['eml'] += 1
        for h in EMAIL_RE.findall(text) + URL_RE.findall(text):
            h = h.rstrip('.').lower()
            if not h.endswith('.example'):
                err('%s: host %s' % (fn, h))
        for cand in IBAN_RE.findall(text):
            c = cand.replace(' ', '').upper()
            if len(c) < 15 or c[4:7] == 'ZZZ':   # SEPA creditor identifiers are not IBANs
                continue
            ibans_seen += 1
            if not iban_ok(c) and c not in INTENDED_INVALID_IBANS:
                err('%s: invalid IBAN %s' % (fn, cand))
    return errors, lab, nattach, ibans_seen

def main():
    files, tsv = build_all()
    if '--check' in sys.argv:
        errors, lab, nattach, nib = check(files, tsv)
        from collections import Counter
        langs = Counter(m['lang'] for m in MAILS)
        print('mails: %d  labels: %s' % (len(files), ', '.join('%s %d' % (k, lab[k]) for k in LABELS.values())))
        print('lang: %s' % ', '.join('%s %d' % kv for kv in sorted(langs.items())))
        print('attachments (incl. forwarded mails): %s' % ', '.join('%s %d' % kv for kv in sorted(nattach.items())))
        print('IBAN-shaped strings checked: %d' % nib)
        for e in errors:
            print('ERROR', e)
        print('check: %s' % ('OK' if not errors else '%d errors' % len(errors)))
        sys.exit(1 if errors else 0)
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for fn in os.listdir(os.path.join(HERE, 'mails')):
        if fn.endswith('.eml') and fn not in files:
            os.remove(os.path.join(HERE, 'mails', fn))
    for fn, data in files.items():
        with open(os.path.join(HERE, 'mails', fn), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(tsv)
    print('wrote %d mails' % len(files))

if __name__ == '__main__':
    main()
