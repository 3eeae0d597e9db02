#!/usr/bin/env python3
"""Independent labelled mail corpus dev208 (prefix d208-) for the Siegel gateway.

150 hand-written, fictitious e-mails of the fictitious insurer "Elbtal Versicherung"
(domain elbtal-versicherung.example), each labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL from the SPEC's vocabulary and section 1 only.

Python standard library only.  Office files are ZIPs of hand-written XML, PDFs are
built by hand (Helvetica, WinAnsiEncoding, FlateDecode, real text layer).

    python3 make_corpus.py          # writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check  # rebuilds into a temp dir, compares, parses, checks

Everything is deterministic: fixed dates, Message-IDs, boundaries, ZIP times, metadata.
"""
import csv
import datetime
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd208-'
DOMAIN = 'elbtal-versicherung.example'
SMTP = policy.SMTP

# ---------------------------------------------------------------------------
# dates and ids
# ---------------------------------------------------------------------------

def _berlin_offset(d):
    """CET/CEST for 2026: summer time from 29 March 02:00 to 25 October 03:00."""
    start = datetime.datetime(2026, 3, 29, 2, 0)
    end = datetime.datetime(2026, 10, 25, 3, 0)
    return 2 if start <= d < end else 1


def when(s, tz=None):
    """'2026-03-02 09:14' (local Berlin time unless tz hours given) -> aware datetime."""
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    off = _berlin_offset(d) if tz is None else tz
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def rfcdate(s, tz=None):
    return format_datetime(when(s, tz))


def _h(seed, n=32):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def make_mid(key, agent, host=None):
    h = _h('mid' + key, 40)
    key = re.sub(r'[^A-Za-z0-9]', '', key)
    if agent == 'outlook':
        return '<FR2P281MB%s%s@FR2P281MB%s.DEUP281.PROD.OUTLOOK.example>' % (
            h[:4].upper(), h[4:16].upper(), h[:4].upper())
    if agent in ('thunderbird',):
        return '<%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], host or DOMAIN)
    if agent in ('iphone', 'android'):
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                         h[16:20].upper(), h[20:32].upper(), host or DOMAIN)
    if agent == 'system':
        return '<kc.%s.%s@kc.%s>' % (key.replace('-', ''), h[:10], DOMAIN)
    return '<%s.%s@%s>' % (h[:16], key, host or 'mail.' + DOMAIN)


AGENTS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'thunderbird': ('User-Agent', 'Mozilla Thunderbird'),
    'iphone': ('X-Mailer', 'iPhone Mail (21E236)'),
    'android': ('X-Mailer', 'Outlook for Android'),
    'system': ('X-Mailer', 'Elbtal KorrespondenzCenter 4.2'),
    'newsletter': ('X-Mailer', 'Elbtal Newsletter-Service 2.7'),
    'ooo': ('X-Mailer', 'Microsoft Exchange Server'),
    'web': ('X-Mailer', 'Elbtal Webmail'),
    'other': None,
}

_CURRENT = {}


def fix_addr(s):
    """Quote display names that contain specials (Dr. ..., O'..., commas are not used)."""
    def q(mo):
        name, addr = mo.group(1).strip(), mo.group(2)
        if name and not name.startswith('"') and re.search(r'[.()\[\]:;@\\]', name):
            name = '"%s"' % name
        return '%s <%s>' % (name, addr)
    return re.sub(r'([^<>,]*?)\s*<([^<>]+)>', q, s)


def new(frm, to, subject, date, cc=None, irt=None, refs=None, agent='outlook',
        mid=None, lang=None, extra=None, host=None, tz=None):
    """Fresh top-level message with headers; body is set by the caller."""
    m = EmailMessage(policy=SMTP)
    frm = fix_addr(frm)
    to = fix_addr(to if isinstance(to, str) else ', '.join(to))
    if cc:
        cc = fix_addr(cc if isinstance(cc, str) else ', '.join(cc))
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    m['Date'] = rfcdate(date, tz)
    key = _CURRENT.get('key', 'x') + '-' + date
    m['Message-ID'] = mid or make_mid(key, agent, host)
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    elif refs:
        m['References'] = refs
    a = AGENTS.get(agent)
    if a:
        m[a[0]] = a[1]
    if lang and agent == 'outlook':
        m['Content-Language'] = lang
    for k, v in (extra or []):
        m[k] = v
    return m


def mid_of(key, agent='outlook', host=None):
    """A stable Message-ID for quoted/forwarded earlier mails."""
    return make_mid('old-' + key, agent, host)

# ---------------------------------------------------------------------------
# bodies
# ---------------------------------------------------------------------------

def _clean(text):
    text = text.strip('\n')
    return '\n'.join(line if line == '-- ' else line.rstrip() for line in text.split('\n')) + '\n'


def flow(text, width=72):
    """Encode as format=flowed (RFC 3676): soft breaks end with a space."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or line == '-- ' or len(line) <= 78:
            if line.startswith(' ') or line.startswith('From '):
                line = ' ' + line
            out.append(line if line == '-- ' else line.rstrip())
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = cur + ' ' + w if cur else w
        out.append(cur)
    return '\n'.join(out)


def text(m, body, charset='utf-8', cte='quoted-printable', flowed=False):
    body = _clean(body)
    if flowed:
        body = flow(body)
    m.set_content(body, subtype='plain', charset=charset, cte=cte)
    if flowed:
        m.set_param('format', 'flowed')
    return m


def html(m, markup, charset='utf-8', cte='quoted-printable'):
    m.set_content(_clean(markup), subtype='html', charset=charset, cte=cte)
    return m


def alt(m, plain, markup, charset='utf-8', cte='quoted-printable'):
    m.set_content(_clean(plain), subtype='plain', charset=charset, cte=cte)
    m.add_alternative(_clean(markup), subtype='html', charset=charset, cte=cte)
    return m


CTYPES = {
    'pdf': ('application', 'pdf'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'),
    'odt': ('application', 'vnd.oasis.opendocument.text'),
    'zip': ('application', 'zip'),
    'csv': ('text', 'csv'),
    'tsv': ('text', 'tab-separated-values'),
    'txt': ('text', 'plain'),
    'ics': ('text', 'calendar'),
    'jpg': ('image', 'jpeg'),
    'png': ('image', 'png'),
}


def attach(m, data, filename, ctype=None, charset=None, cte=None, params=None):
    """Attach bytes; text types get a charset parameter."""
    ext = filename.rsplit('.', 1)[-1].lower()
    maintype, subtype = (ctype.split('/') if ctype else CTYPES[ext])
    if isinstance(data, str):
        data = data.encode(charset or 'utf-8')
    kw = {}
    if cte:
        kw['cte'] = cte
    m.add_attachment(data, maintype, subtype, filename=filename, **kw)
    part = m.get_payload()[-1]
    if maintype == 'text':
        part.set_param('charset', charset or 'utf-8')
    for k, v in (params or {}).items():
        part.set_param(k, v)
    return part


def attach_mail(m, inner, filename=None, inline=False):
    """Forward as attachment (message/rfc822), the way Outlook/Thunderbird do."""
    ensure_mixed(m)
    part = EmailMessage(policy=SMTP)
    part.set_content(inner)
    del part['MIME-Version']
    raw = inner.as_bytes(policy=SMTP)
    del part['Content-Transfer-Encoding']
    part['Content-Transfer-Encoding'] = '7bit' if max(raw) < 128 else '8bit'
    if filename is None:
        subj = re.sub(r'[\\/:*?"<>|]', '_', str(inner['Subject']))
        filename = subj[:60].strip() + '.eml'
    part['Content-Disposition'] = 'inline' if inline else 'attachment'
    part.set_param('filename', filename, header='Content-Disposition')
    m.attach(part)
    return part


def ensure_mixed(m):
    if m.get_content_type() != 'multipart/mixed':
        m.make_mixed()
    return m

# ---------------------------------------------------------------------------
# zip / office / pdf / ics
# ---------------------------------------------------------------------------

def _zt(date):
    d = datetime.datetime.strptime(date, '%Y-%m-%d %H:%M')
    return (d.year, d.month, d.day, d.hour, d.minute, 0)


def zipb(members, date):
    """members: list of (name, bytes|str) or (name, bytes, 'YYYY-MM-DD HH:MM')."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for mem in members:
            name, data = mem[0], mem[1]
            d = mem[2] if len(mem) > 2 else date
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=_zt(d))
            zi.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def _iso(date):
    return datetime.datetime.strptime(date, '%Y-%m-%d %H:%M').strftime('%Y-%m-%dT%H:%M:%SZ')


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _core(title, author, date):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), _x(author), _iso(date), _iso(date)))


def _app(appname):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application></Properties>' % appname)


_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>')


def xlsx(sheets, title, author, date):
    """sheets: list of (name, rows); first row is printed bold.  Numbers stay numbers."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            sx.append('<row r="%d">' % r)
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r)
                st = ' s="1"' if r == 1 else ''
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    sx.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
                else:
                    sx.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, _x(v)))
            sx.append('</row>')
        sx.append('</sheetData></worksheet>')
        members.append(('xl/worksheets/sheet%d.xml' % i, ''.join(sx)))
    n = len(sheets)
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    rels.append('</Relationships>')
    wb.append('</sheets></workbook>')
    ct.append('</Types>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    allm = [('[Content_Types].xml', ''.join(ct)),
            ('_rels/.rels', _RELS % 'xl/workbook.xml'),
            ('docProps/core.xml', _core(title, author, date)),
            ('docProps/app.xml', _app('Microsoft Excel')),
            ('xl/workbook.xml', ''.join(wb)),
            ('xl/_rels/workbook.xml.rels', ''.join(rels)),
            ('xl/styles.xml', styles)] + members
    return zipb(allm, date)


def _docx_run(t, bold=False, size=None):
    rpr = ''
    if bold or size:
        rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:b/>' if bold else '', '<w:sz w:val="%d"/>' % size if size else '')
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(t))


def docx(blocks, title, author, date):
    """blocks: str (paragraph), ('h', str) heading, ('b', str) bold paragraph,
    ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p>%s</w:p>' % _docx_run(b))
        elif b[0] == 'h':
            body.append('<w:p>%s</w:p>' % _docx_run(b[1], True, 28))
        elif b[0] == 'b':
            body.append('<w:p>%s</w:p>' % _docx_run(b[1], True))
        elif b[0] == 'table':
            rows = []
            for i, row in enumerate(b[1]):
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>%s</w:p></w:tc>'
                                % _docx_run(str(c), i == 0) for c in row)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl><w:p/>' % ''.join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % ''.join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    return zipb([('[Content_Types].xml', ct),
                 ('_rels/.rels', _RELS % 'word/document.xml'),
                 ('docProps/core.xml', _core(title, author, date)),
                 ('docProps/app.xml', _app('Microsoft Office Word')),
                 ('word/document.xml', doc)], date)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:office_ooo="http://openoffice.org/2009/office"')


def _odf(kind, body, title, author, date):
    mt = 'application/vnd.oasis.opendocument.' + kind
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2">'
               '<office:automatic-styles><style:style style:name="Bold" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.2"><office:styles/></office:document-styles>' % _ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1</meta:generator><dc:title>%s</dc:title>'
            '<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>'
            % (_ODF_NS, _x(title), _x(author), _x(author), _iso(date)[:-1], _iso(date)[:-1]))
    return zipb([('mimetype', mt), ('META-INF/manifest.xml', manifest), ('content.xml', content),
                 ('styles.xml', styles), ('meta.xml', meta)], date)


def odt(blocks, title, author, date):
    """blocks like docx(): str, ('h', str), ('b', str), ('table', rows)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<text:p>%s</text:p>' % _x(b))
        elif b[0] == 'h':
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif b[0] == 'b':
            out.append('<text:p><text:span text:style-name="Bold">%s</text:span></text:p>' % _x(b[1]))
        elif b[0] == 'table':
            ncol = max(len(r) for r in b[1])
            rows = ''.join('<table:table-row>%s</table:table-row>' % ''.join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c)
                for c in r) for r in b[1])
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
    return _odf('text', '<office:text>%s</office:text>' % ''.join(out), title, author, date)


def ods(sheets, title, author, date):
    tables = []
    for name, rows in sheets:
        ncol = max(len(r) for r in rows)
        trs = []
        for r in rows:
            cells = []
            for v in r:
                if v is None or v == '':
                    cells.append('<table:table-cell/>')
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            trs.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        tables.append('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                      % (_x(name), ncol, ''.join(trs)))
    return _odf('spreadsheet', '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(tables), title, author, date)


def _pdf_str(s):
    b = s.encode('cp1252', errors='replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    out.append(cur)
    return out


def pdf(blocks, title, author, date, producer='Elbtal DocGen 3.1'):
    """blocks: str lines ('' = blank), ('h', str) bold heading, ('b', str) bold line.
    A4, Helvetica 10 pt, WinAnsiEncoding, FlateDecode content streams."""
    lines = []
    for b in blocks:
        if isinstance(b, str):
            for ln in b.split('\n'):
                for w in _wrap(ln, 92):
                    lines.append(('F1', 10, w))
        else:
            lines.append(('F2', 12 if b[0] == 'h' else 10, b[1]))
    pages, cur, y = [], [], 790
    for font, size, t in lines:
        step = 18 if size == 12 else 13
        if y - step < 60:
            pages.append(cur)
            cur, y = [], 790
        y -= step
        cur.append((font, size, y, t))
    pages.append(cur)
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    d = datetime.datetime.strptime(date, '%Y-%m-%d %H:%M')
    off = _berlin_offset(d)
    pdfdate = d.strftime('D:%Y%m%d%H%M%S') + "+%02d'00'" % off
    objs[5] = (b'<< /Title (' + _pdf_str(title) + b') /Author (' + _pdf_str(author) +
               b') /Producer (' + _pdf_str(producer) + b') /CreationDate (' + pdfdate.encode() +
               b') /ModDate (' + pdfdate.encode() + b') >>')
    kids = []
    nxt = 6
    for pg in pages:
        ops = []
        for font, size, y, t in pg:
            ops.append(b'BT /' + font.encode() + b' ' + str(size).encode() + b' Tf 56 ' +
                       str(y).encode() + b' Td (' + _pdf_str(t) + b') Tj ET')
        raw = b'\n'.join(ops) + b'\n'
        comp = zlib.compress(raw, 9)
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = (b'<< /Length ' + str(len(comp)).encode() + b' /Filter /FlateDecode >>\nstream\n' +
                     comp + b'\nendstream')
        objs[pid] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents '
                     + str(cid).encode() + b' 0 R >>')
        kids.append(pid)
    objs[2] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) +
               b'] /Count ' + str(len(kids)).encode() + b' >>')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in range(1, nxt):
        offsets[i] = out.tell()
        out.write(b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % nxt)
    for i in range(1, nxt):
        out.write(b'%010d 00000 n \n' % offsets[i])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (nxt, xref))
    return out.getvalue()


def ics(uid, start, end, summary, organizer, attendees, location='', description='',
        stamp='2026-01-05 08:00', method='REQUEST'):
    def t(s):
        return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').strftime('%Y%m%dT%H%M00')

    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 74:
            return [line]
        out, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 73:
                out.append(cur)
                cur = ' ' + ch
            else:
                cur += ch
        out.append(cur)
        return out

    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
         'METHOD:' + method, 'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time',
         'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
         'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD', 'BEGIN:DAYLIGHT',
         'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100',
         'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
         'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for cn, addr in attendees:
        L.append('ATTENDEE;CN="%s";RSVP=TRUE:mailto:%s' % (cn, addr))
    L += ['UID:' + uid, 'SUMMARY:' + esc(summary), 'DTSTART;TZID=W. Europe Standard Time:' + t(start),
          'DTEND;TZID=W. Europe Standard Time:' + t(end), 'DTSTAMP:' + t(stamp) + 'Z',
          'LOCATION:' + esc(location), 'DESCRIPTION:' + esc(description), 'SEQUENCE:0',
          'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for line in L:
        out.extend(fold(line))
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


def csvb(rows, delim=';', encoding='utf-8', bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + data) if bom else data


def quote(t, prefix='> '):
    """'>'-quote a text block (used for Thunderbird/Apple style replies)."""
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in _clean(t).rstrip('\n').split('\n'))

# ---------------------------------------------------------------------------
# people, signatures, footers
# ---------------------------------------------------------------------------

S = {}   # address strings
SIG = {}  # signature blocks (each person always signs the same way)


def _staff(key, name, local, sig):
    S[key] = '%s <%s@%s>' % (name, local, DOMAIN)
    SIG[key] = sig.strip('\n')


_staff('albers', 'Dr. Katrin Albers', 'katrin.albers', """
Dr. Katrin Albers
Leiterin Leistungsmanagement Krankenversicherung
Elbtal Krankenversicherung AG
Königsbrücker Straße 90, 01099 Dresden
Tel. +49 351 8870-4210
katrin.albers@elbtal-versicherung.example
""")
_staff('brandt', 'Jonas Brandt', 'jonas.brandt', """
Jonas Brandt
Kfz-Schaden | Elbtal Allgemeine Versicherung AG
Tel. 0351 8870-3317 | Fax 0351 8870-3399
jonas.brandt@elbtal-versicherung.example
""")
_staff('mcallister', 'Fiona McAllister', 'fiona.mcallister', """
Fiona McAllister
Senior Case Manager | International Health Desk
Elbtal Global Health - a division of Elbtal Krankenversicherung AG
Großer Burstah 31, 20457 Hamburg, Germany
T +49 40 3009 7712 | 24/7 line +49 40 3009 7700
fiona.mcallister@elbtal-versicherung.example
""")
_staff('kaya', 'Mehmet Kaya', 'mehmet.kaya', """
Mehmet Kaya
Risikoprüfung Leben/BU
Elbtal Lebensversicherung AG
Tel. 0351 8870-5126
""")
_staff('kraemer', 'Sabine Krämer', 'sabine.kraemer', """
Sabine Krämer
Kundenservice Privatkunden
Elbtal Versicherung
Telefon 0800 3582 582 (kostenfrei)
sabine.kraemer@elbtal-versicherung.example
""")
_staff('weidlich', 'Thomas Weidlich', 'thomas.weidlich', """
Thomas Weidlich
Reinsurance / Rückversicherung
Elbtal Versicherung AG
Königsbrücker Straße 90, 01099 Dresden
T +49 351 8870-1845  M +49 172 5518 204
""")
_staff('petersen', 'Anja Petersen', 'anja.petersen', """
Anja Petersen
Key Account Manager Global Employee Benefits
Elbtal Versicherung AG | Orbis Benefits Network partner for Germany
Großer Burstah 31, 20457 Hamburg
T +49 40 3009 7730 | M +49 160 9921 4471
""")
_staff('hartmann', 'Lukas Hartmann', 'lukas.hartmann', """
Lukas Hartmann
Schadenregulierung Sach/Haftpflicht
Elbtal Allgemeine Versicherung AG
Tel. 0351 8870-3452
""")
_staff('neumeier', 'Claudia Neumeier', 'claudia.neumeier', """
Claudia Neumeier
Datenschutzbeauftragte der Elbtal Versicherungsgruppe
datenschutz@elbtal-versicherung.example | Tel. 0351 8870-1090
""")
_staff('alves', 'Ricardo Alves', 'ricardo.alves', """
Ricardo Alves
Assistance & Medical Cost Containment
Elbtal Global Health
T +49 40 3009 7745
ricardo.alves@elbtal-versicherung.example
""")
_staff('vogel', 'Petra Vogel', 'petra.vogel', """
Petra Vogel
Pflegeberatung und Leistung Pflegeversicherung
Elbtal Krankenversicherung AG
Telefon 0351 8870-4480
""")
_staff('olsen', 'Henrik Olsen', 'henrik.olsen', """
Henrik Olsen
Aktuariat Leben/Kranken
Elbtal Versicherungsgruppe
""")
_staff('schuster', 'Birgit Schuster', 'birgit.schuster', """
Birgit Schuster
Maklerbetreuung Region Ost
Elbtal Versicherung
Tel. 0351 8870-2210 | Mobil 0171 4470 318
""")
_staff('kowalski', 'Daniel Kowalski', 'servicedesk', """
Daniel Kowalski
IT Service Desk | Elbtal Versicherungsgruppe
Durchwahl -2222 | servicedesk@elbtal-versicherung.example
""")
_staff('franke', 'Marie-Luise Franke', 'presse', """
Marie-Luise Franke
Unternehmenskommunikation / Pressesprecherin
Elbtal Versicherungsgruppe
Tel. +49 351 8870-1010
presse@elbtal-versicherung.example
""")
_staff('gruber', 'Stefan Gruber', 'stefan.gruber', """
Stefan Gruber
Leistungsabteilung Rechtsschutz
Elbtal Rechtsschutz-Versicherung AG
Tel. 0351 8870-3610
""")
_staff('hughes', 'Emily Hughes', 'emily.hughes', """
Emily Hughes
International Customer Service (English line)
Elbtal Versicherung | +49 351 8870-4040
emily.hughes@elbtal-versicherung.example
""")
_staff('reuter', 'Dr. med. Wolfgang Reuter', 'wolfgang.reuter', """
Dr. med. Wolfgang Reuter
Gesellschaftsarzt
Elbtal Versicherungsgruppe
Tel. 0351 8870-5190
""")
_staff('sommer', 'Nadine Sommer', 'nadine.sommer', """
Nadine Sommer
Personalabteilung | HR
Elbtal Versicherungsgruppe
Tel. 0351 8870-1150
""")
_staff('brenner', 'Oliver Brenner', 'oliver.brenner', """
Oliver Brenner
Zentraler Einkauf
Elbtal Versicherungsgruppe
Tel. 0351 8870-1320
""")
_staff('lindqvist', 'Julia Lindqvist', 'julia.lindqvist', """
Julia Lindqvist
Leistung Leben
Elbtal Lebensversicherung AG
Tel. 0351 8870-5310
""")
_staff('rauch', 'Tobias Rauch', 'tobias.rauch', """
Tobias Rauch
Leistungsabteilung Unfall
Elbtal Versicherung AG
Tel. 0351 8870-3720
""")
_staff('becker', 'Yvonne Becker', 'yvonne.becker', """
Yvonne Becker
Betriebliche Altersversorgung
Elbtal Lebensversicherung AG
Tel. 0351 8870-5460 | bav@elbtal-versicherung.example
""")
_staff('hahn', 'Ingrid Hahn', 'ingrid.hahn', """
Ingrid Hahn
Reiseversicherung - Schaden und Leistung
Elbtal Versicherung AG
Tel. 0351 8870-3840
""")
_staff('maurer', 'Felix Maurer', 'felix.maurer', """
Felix Maurer
Firmenkunden Underwriting (Transport, D&O, Cyber)
Elbtal Allgemeine Versicherung AG
Tel. +49 351 8870-2650
""")

FOOTER_DE = """
--
Elbtal Versicherung AG · Königsbrücker Straße 90 · 01099 Dresden
Sitz Dresden · Amtsgericht Dresden HRB 41872
Vorstand: Dr. Ulrike Sandmann (Vors.), Matthias Kühn, Dr. Jens-Peter Lorenz
Vorsitzender des Aufsichtsrats: Prof. Dr. Harald Eckstein
"""

FOOTER_EN = """
--
Elbtal Versicherung AG, Königsbrücker Straße 90, 01099 Dresden, Germany.
Registered office Dresden, Local Court Dresden HRB 41872. Management Board:
Dr. Ulrike Sandmann (Chair), Matthias Kühn, Dr. Jens-Peter Lorenz.
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it.
"""

FOOTER_EN_ASCII = """
--
Elbtal Versicherung AG, Koenigsbruecker Strasse 90, 01099 Dresden, Germany.
Registered office Dresden, Local Court Dresden HRB 41872.
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it.
"""

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = {}
LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')


def mail(n, label, lang, kind, reason):
    assert label in LABELS and lang in ('de', 'en'), (n, label, lang)
    assert n not in MAILS, n

    def deco(fn):
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco

# ===========================================================================
# MAILS
# ===========================================================================

@mail(1, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'guarantee of payment to a Bangkok hospital for a named expat admitted with dengue fever (A90), GOP letter as PDF')
def m001():
    m = new(S['mcallister'], 'International Patient Services <ipo@sph-bangkok.example>',
            'GOP 26-0193 / Mr Mark DONNELLY / Member EGH-INT-2025-004512-01',
            '2026-01-13 04:52', cc='Kestrel Photonics HR <hr.expat@kestrel-photonics.example>', lang='en-GB')
    text(m, """
Dear Khun Siriporn,

Thank you for your pre-admission notice of last night and for the call with
Dr Thanawat this morning (your time).

We confirm cover for our member

  Name:            Mr Mark Donnelly
  Date of birth:   22/07/1981
  Member no.:      EGH-INT-2025-004512-01
  Plan:            Elbtal Global Health - Expat Premium, area 2 (worldwide excl. USA)
  Employer:        Kestrel Photonics (Thailand) Co., Ltd.

admitted on 12 January 2026 with dengue fever (ICD-10 A90), platelets
38,000/ul on admission, for inpatient treatment in a standard single room.

Guarantee of payment: up to THB 350,000 for an expected stay of 4-6 nights.
Please send an interim bill and an updated medical report if the stay goes
beyond day 6 or if a transfusion or ICU care becomes necessary, so we can
extend the GOP. There is no deductible on inpatient care under this plan.
Personal items (telephone, minibar, companion bed) are not covered.

The signed GOP letter is attached. The final invoice with the discharge
summary can be uploaded to the direct billing portal or sent to
claims.international@elbtal-versicherung.example quoting GOP 26-0193.

Kind regards
Fiona

""" + SIG['mcallister'] + FOOTER_EN, cte='quoted-printable')
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'GUARANTEE OF PAYMENT  No. 26-0193'),
        'Elbtal Global Health - International Health Desk, Hamburg, Germany',
        'Date: 13 January 2026',
        '',
        'To: Sukhumvit Premier Hospital, International Patient Services, Bangkok',
        '',
        ('b', 'Patient'),
        'Name: DONNELLY, Mark    Date of birth: 22/07/1981    Sex: M',
        'Member number: EGH-INT-2025-004512-01    Policyholder: Kestrel Photonics GmbH, Jena',
        'Plan: Expat Premium, area 2, inpatient 100 %, no deductible',
        '',
        ('b', 'Admission'),
        'Admitted: 12/01/2026, 22:40    Attending physician: Dr Thanawat Srisuk (Internal Medicine)',
        'Diagnosis: A90 Dengue fever [classical dengue], thrombocytopenia',
        'Treatment: IV fluids, monitoring of haematocrit and platelets, standard single room',
        '',
        ('b', 'Guarantee'),
        'Amount guaranteed: THB 350,000 (three hundred and fifty thousand Thai Baht)',
        'Valid for: 12/01/2026 - 18/01/2026',
        'Not covered: personal items, telephone, companion bed, take-home medicines beyond 30 days.',
        'Extension on request with interim bill and medical update.',
        '',
        'Signed for Elbtal Global Health: Fiona McAllister, Senior Case Manager',
    ], 'GOP 26-0193 Donnelly', 'Fiona McAllister', '2026-01-13 04:40'), 'GOP_26-0193_Donnelly.pdf')
    return m


@mail(2, 'NORMAL', 'de', 'internal',
      'trap: portfolio mortality analysis (actual/expected deaths by age band and smoker status), aggregates only, XLSX')
def m002():
    m = new(S['olsen'], 'Aktuariat Leben <aktuariat-leben@elbtal-versicherung.example>',
            'Sterblichkeitsanalyse Bestand 2025 vs. DAV 2008 T - Entwurf',
            '2026-01-14 16:21', lang='de-DE')
    text(m, """
Hallo zusammen,

anbei der erste Entwurf der Sterblichkeitsanalyse für den Risikobestand
(Todesfallversicherungen, Kalenderjahr 2025, Stand Bestandsabzug 05.01.).

Kurz das Wichtigste:
- Tatsächliche/erwartete Todesfälle gesamt 71,8 % der DAV 2008 T
  (Vorjahr 74,5 %), Nichtraucher 64,2 %, Raucher 93,1 %.
- Die Altersgruppe 56-65 liegt bei den Männern erstmals über 85 %; das
  sind 41 Todesfälle, also noch im Rahmen der Zufallsschwankung.
- Todesursachen haben wir wie immer nur auf Kapitelebene (Neubildungen,
  Kreislauf, äußere Ursachen); für die Frauen unter 40 sind die Zellen zu
  klein, die sind in der Tabelle zusammengefasst.

Bitte bis Mittwoch Anmerkungen, dann geht die Fassung an den
Verantwortlichen Aktuar und an Atlas Re für die Treaty-Verhandlung.

Viele Grüße
Henrik

""" + SIG['olsen'])
    ensure_mixed(m)
    rows = [['Altersgruppe', 'Geschlecht', 'Raucherstatus', 'Risikojahre', 'Erwartete TF', 'Tatsächliche TF', 'A/E']]
    data = [('18-35', 'M', 'NR', 18420, 9.8, 6), ('18-35', 'M', 'R', 4210, 4.1, 4),
            ('36-45', 'M', 'NR', 22110, 21.7, 14), ('36-45', 'M', 'R', 5980, 11.2, 10),
            ('46-55', 'M', 'NR', 19870, 49.3, 33), ('46-55', 'M', 'R', 5120, 23.4, 22),
            ('56-65', 'M', 'NR', 9410, 48.9, 41), ('56-65', 'M', 'R', 2230, 20.1, 19),
            ('18-45', 'W', 'alle', 31900, 17.6, 11), ('46-55', 'W', 'alle', 16740, 27.2, 18),
            ('56-65', 'W', 'alle', 7260, 24.8, 17)]
    for a, g, r, ry, e, t in data:
        rows.append([a, g, r, ry, e, t, round(t / e, 3)])
    rows.append(['Summe', '', '', sum(d[3] for d in data), round(sum(d[4] for d in data), 1),
                 sum(d[5] for d in data), 0.718])
    causes = [['ICD-Kapitel', 'Bezeichnung', 'Anteil TF'],
              ['II', 'Neubildungen (C00-D48)', 0.41], ['IX', 'Krankheiten des Kreislaufsystems (I00-I99)', 0.27],
              ['XX', 'Äußere Ursachen (V01-Y84)', 0.12], ['V', 'Psychische und Verhaltensstörungen', 0.04],
              ['', 'Sonstige / unbekannt', 0.16]]
    attach(m, xlsx([('A-E 2025', rows), ('Ursachen', causes)], 'Sterblichkeitsanalyse 2025',
                   'Henrik Olsen', '2026-01-14 16:02'), 'Sterblichkeitsanalyse_2025_Entwurf_v1.xlsx')
    return m


@mail(3, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, motor own-damage claim after collision with a deer, claim no., plate, nobody hurt')
def m003():
    m = new(S['brandt'], 'Dirk Pohlmann <dirk.pohlmann@fastpost.example>',
            'Ihr Wildschaden vom 11.01.2026 - Schaden-Nr. 26-KF-103944',
            '2026-01-15 10:07', lang='de-DE')
    text(m, """
Sehr geehrter Herr Pohlmann,

vielen Dank für Ihre Schadenmeldung und die Wildunfallbescheinigung des
Jagdpächters. Gut, dass Ihnen bei dem Zusammenstoß nichts passiert ist.

Wir haben den Schaden an Ihrem Fahrzeug

  Kennzeichen:     DD-PM 4471
  Fahrzeug:        Skoda Octavia Combi, FIN TMBJJ7NE4L0218375
  Vertrag:         Kfz 47-118 552 903 (Teilkasko, SB 150 EUR)
  Schadentag:      11.01.2026, ca. 17:45 Uhr, S 177 zwischen Radeburg und
                   Berbisdorf, Zusammenstoß mit einem Reh

unter der oben genannten Schadennummer angelegt. Der Sachverständige
Herr Lindner (Kfz-Sachverständigenbüro Lindner & Partner) meldet sich bei
Ihnen für einen Besichtigungstermin, voraussichtlich noch diese Woche.

Bitte lassen Sie das Fahrzeug bis dahin nicht reparieren und heben Sie die
Wildunfallbescheinigung im Original auf. Fotos von der Unfallstelle
können Sie uns gern einfach als Antwort auf diese E-Mail schicken.

Mit freundlichen Grüßen

""" + SIG['brandt'] + FOOTER_DE)
    return m


@mail(4, 'NORMAL', 'en', 'newsletter',
      'trap: expat member newsletter on dengue season, malaria prophylaxis, vaccinations and new direct-billing hospitals, no person')
def m004():
    m = new('Elbtal Global Health <newsletter@elbtal-versicherung.example>',
            'Elbtal Global Health Members <members@news.elbtal-versicherung.example>',
            'Your Global Health update - March 2026: dengue season, travel vaccines, new partner hospitals',
            '2026-03-03 07:30', agent='newsletter',
            extra=[('List-Unsubscribe', '<https://news.elbtal-versicherung.example/unsubscribe?l=egh-members>'),
                   ('Precedence', 'bulk')])
    plain = """
ELBTAL GLOBAL HEALTH - MEMBER UPDATE, MARCH 2026

1. Dengue season in South-East Asia
The rainy season starts early this year in Thailand, Vietnam and the
Philippines. Dengue fever has no specific medicine; see a doctor if you
have a sudden high fever, severe headache, pain behind the eyes or a rash.
Avoid ibuprofen and aspirin until dengue has been ruled out. Our 24/7
medical line (+49 40 3009 7700) can tell you the nearest network hospital.

2. Malaria prophylaxis - check before you travel
Atovaquone/proguanil, doxycycline and mefloquine are reimbursed under all
Expat plans when prescribed for travel to a risk area. Stand-by emergency
treatment is also covered.

3. Vaccination checklist for families on assignment
Hepatitis A and B, typhoid, Japanese encephalitis, rabies (pre-exposure)
and yellow fever are covered as travel vaccinations. Routine childhood
vaccinations follow the schedule of your home country.

4. New direct-billing partners
Al Noor Harbour Medical Centre (Dubai), Clinica Maritima (Malaga) and
St Aldhelm's Private Hospital (London) now bill us directly - no need to
pay upfront for inpatient stays.

5. Talk to someone
Our confidential Employee Assistance Programme offers up to six
counselling sessions per year, in English, German, Spanish and Thai.

You receive this update as a member of an Elbtal Global Health plan.
Unsubscribe: https://news.elbtal-versicherung.example/unsubscribe
Elbtal Global Health, Grosser Burstah 31, 20457 Hamburg, Germany
"""
    markup = """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Member update March 2026</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36;max-width:640px">
<h1 style="color:#0b5c7a">Member update &ndash; March 2026</h1>
<h2>1. Dengue season in South-East Asia</h2>
<p>The rainy season starts early this year in Thailand, Vietnam and the Philippines.
Dengue fever has no specific medicine; see a doctor if you have a sudden high fever,
severe headache, pain behind the eyes or a rash. Avoid ibuprofen and aspirin until
dengue has been ruled out. Our 24/7 medical line (+49 40 3009 7700) can tell you the
nearest network hospital.</p>
<h2>2. Malaria prophylaxis &ndash; check before you travel</h2>
<p>Atovaquone/proguanil, doxycycline and mefloquine are reimbursed under all Expat plans
when prescribed for travel to a risk area. Stand-by emergency treatment is also covered.</p>
<h2>3. Vaccination checklist for families on assignment</h2>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Vaccine</th><th>Covered as</th></tr>
<tr><td>Hepatitis A / B</td><td>travel vaccination</td></tr>
<tr><td>Typhoid</td><td>travel vaccination</td></tr>
<tr><td>Japanese encephalitis</td><td>travel vaccination</td></tr>
<tr><td>Rabies (pre-exposure)</td><td>travel vaccination</td></tr>
<tr><td>Yellow fever</td><td>travel vaccination</td></tr>
<tr><td>Routine childhood vaccines</td><td>preventive care, home-country schedule</td></tr>
</table>
<h2>4. New direct-billing partners</h2>
<ul><li>Al Noor Harbour Medical Centre, Dubai</li><li>Cl&iacute;nica Mar&iacute;tima, M&aacute;laga</li>
<li>St Aldhelm&rsquo;s Private Hospital, London</li></ul>
<h2>5. Talk to someone</h2>
<p>Our confidential Employee Assistance Programme offers up to six counselling sessions per year,
in English, German, Spanish and Thai.</p>
<p style="font-size:11px;color:#777">You receive this update as a member of an Elbtal Global Health plan.
<a href="https://news.elbtal-versicherung.example/unsubscribe">Unsubscribe</a><br>
Elbtal Global Health, Gro&szlig;er Burstah 31, 20457 Hamburg, Germany</p>
</body></html>
"""
    alt(m, plain, markup)
    return m


@mail(5, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'reply to a customer on physiotherapy invoices after her ACL surgery, health policy no., quoted customer mail with typos')
def m005():
    old = mid_of('d208-0005-cust', 'iphone', 'fastpost.example')
    m = new(S['hughes'], "Siobhan O'Donnell <siobhan.odonnell@fastpost.example>",
            'Re: physio bills from december ???', '2026-01-16 11:38', agent='thunderbird', irt=old)
    text(m, """
Dear Ms O'Donnell,

Sorry for the wait - January is always our busiest month, but that is no excuse for three weeks. I have now gone through the physiotherapy invoices you sent us on 22 December.

Policy KV 4471 208833, tariff ComfortPlus ambulant (80 % for remedies):

- Praxis Physio am Gärtnerplatz, invoice 2025-1187, 6 sessions
  Krankengymnastik incl. manual lymph drainage, EUR 312.00
  -> reimbursed EUR 249.60
- same practice, invoice 2025-1241, 4 sessions, EUR 208.00
  -> on hold: the prescription (Heilmittelverordnung) from Dr. Aigner
  covers only 6 sessions. If the surgeon wrote a second prescription for
  the continued rehab of your knee, please send us a photo of it and we
  will pay the remaining EUR 166.40 straight away.

The EUR 249.60 will be on your account ending in ...4471 within 2-3 working days.

And no, you do not need to send the originals by post any more - the app or a reply to this e-mail is fine.

Best wishes
Emily Hughes

-- 
""" + SIG['hughes'] + """

On 15.01.2026 22:47, Siobhan O'Donnell wrote:
> Hi there,
>
> i sent you my physio bills from Dezember 3 weeks ago and still nothing.
> Its for my knee after the ACL surgery in november (Dr Aigner at Isar
> Klinikum) and I have another 6 sessions to go. The physio wants to know
> if you will pay for the lymph drainage thing too. Do I need to post the
> originals?? Nobody answers the phone on the english line
>
> Siobhan O'Donnell
> policy KV 4471 208833
>
> Sent from my iPhone
""", cte='8bit', flowed=True)
    return m


@mail(6, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, household contents burglary claim with police reference, payout to her IBAN')
def m006():
    m = new(S['hartmann'], 'Chloe Barnes <chloe.barnes@mailbox.example>',
            'Your burglary claim HR-26-000871 - settlement', '2026-01-19 14:55', lang='en-GB')
    text(m, """
Dear Ms Barnes,

Thank you for sending the list of stolen items and the receipts so quickly.
I have now completed the assessment of your household contents claim.

Policy:            Hausrat HR 5507 129 441, Elbtal Hausrat Komfort
Claim number:      HR-26-000871
Date of loss:      08/01/2026, burglary at Weserstrasse 61, 12045 Berlin
Police reference:  Polizei Berlin, Vorgang 260108-1422-041771

Settlement
  MacBook Air 13" (2024), replacement value          EUR 1,199.00
  Camera Fujifilm X-T30 II with lens                 EUR   899.00
  Jewellery (two rings, one necklace), cash limit    EUR   500.00
  Repair of the flat door (lock cylinder, frame)     EUR   242.00
  Less: nothing - your policy has no deductible
  Total                                              EUR 2,840.00

The amount will be transferred to the account you gave us:
Chloe Barnes, IBAN DE52 2005 0550 1234 0987 65, Hamburger Sparkasse.

The jewellery is limited to EUR 500 because it was not kept in a locked
safe (clause 13.2 of the policy conditions). If you later find receipts
or photos showing a higher value, this limit still applies, sorry.

If the police recover any of the items, please let us know.

Kind regards

""" + SIG['hartmann'] + FOOTER_EN_ASCII, charset='us-ascii', cte='7bit')
    return m


@mail(7, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: framework contract for medical translations (doctors\' reports EN/ES/TH), price list and DPA draft, no patient data')
def m007():
    m = new(S['brenner'], 'Dr. Ines Hofstätter <i.hofstaetter@linguamed.example>',
            'Rahmenvertrag Fachübersetzungen Medizin 2026 - Entwurf und AVV',
            '2026-01-20 09:12', cc=S['albers'], lang='de-DE')
    text(m, """
Sehr geehrte Frau Dr. Hofstätter,

wie am Telefon besprochen erhalten Sie anbei unseren Entwurf des
Rahmenvertrags für medizinische Fachübersetzungen ab 01.03.2026 sowie den
Entwurf der Vereinbarung zur Auftragsverarbeitung (Art. 28 DSGVO).

Zum Hintergrund: Unsere Leistungsabteilungen erhalten zunehmend
Arztberichte, Entlassungsbriefe und Rechnungen aus dem Ausland, vor allem
in Englisch, Spanisch und Thai. Wir rechnen mit etwa 900 Normzeilen im
Monat, Spitzen im Sommer (Reisekrankenversicherung).

Wichtig für uns:
- Übermittlung ausschließlich über unser SecureMail-Portal, kein Versand
  per unverschlüsselter E-Mail, keine Nutzung öffentlicher MT-Dienste
- Übersetzer mit Verpflichtung nach § 203 Abs. 4 StGB
- Löschung der Ausgangsdokumente 30 Tage nach Lieferung
- Eilaufträge (Krankenhausaufnahme im Ausland) innerhalb von 4 Stunden

Die Preise aus Ihrem Angebot vom 12.12.2025 (1,85 EUR je Normzeile EN/ES,
2,60 EUR je Normzeile TH, Eilzuschlag 50 %) haben wir übernommen.

Mit freundlichen Grüßen
Oliver Brenner

""" + SIG['brenner'] + FOOTER_DE)
    ensure_mixed(m)
    attach(m, docx([
        ('h', 'Rahmenvertrag über medizinische Fachübersetzungen'),
        'zwischen der Elbtal Versicherung AG, Königsbrücker Straße 90, 01099 Dresden (Auftraggeber)',
        'und der LinguaMed Fachübersetzungen GmbH, Hohe Straße 12, 04107 Leipzig (Auftragnehmer)',
        ('b', '§ 1 Gegenstand'),
        'Der Auftragnehmer übersetzt medizinische Unterlagen (Arztberichte, Entlassungsberichte, '
        'Befunde, Rechnungen) aus dem Englischen, Spanischen, Französischen und Thailändischen ins Deutsche.',
        ('b', '§ 2 Vergütung'),
        ('table', [['Sprache', 'Preis je Normzeile', 'Eilzuschlag'],
                   ['Englisch / Spanisch', '1,85 EUR', '+50 %'],
                   ['Französisch', '1,95 EUR', '+50 %'],
                   ['Thailändisch', '2,60 EUR', '+50 %']]),
        ('b', '§ 3 Vertraulichkeit'),
        'Der Auftragnehmer verpflichtet alle eingesetzten Personen zur Verschwiegenheit nach § 203 Abs. 4 StGB '
        'und schließt mit dem Auftraggeber eine Vereinbarung zur Auftragsverarbeitung nach Art. 28 DSGVO.',
        ('b', '§ 4 Laufzeit'),
        'Der Vertrag beginnt am 01.03.2026 und läuft zwei Jahre.',
    ], 'Rahmenvertrag Fachübersetzungen Medizin', 'Oliver Brenner', '2026-01-19 17:30'),
           'Rahmenvertrag_Fachuebersetzungen_Entwurf.docx')
    attach(m, docx([
        ('h', 'Vereinbarung zur Auftragsverarbeitung (Entwurf)'),
        'Kategorien betroffener Personen: Versicherte, mitversicherte Personen, Anspruchsteller.',
        'Kategorien von Daten: Gesundheitsdaten (Art. 9 DSGVO), Vertragsdaten.',
        'Technische und organisatorische Maßnahmen: siehe Anlage 2.',
        'Unterauftragnehmer: nur mit vorheriger schriftlicher Zustimmung.',
    ], 'AVV LinguaMed', 'Claudia Neumeier', '2026-01-19 17:31'), 'AVV_LinguaMed_Entwurf.docx')
    return m


@mail(8, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'internal request to the company doctor on a named teacher\'s disability (BU) claim with recurrent depression F33.1')
def m008():
    m = new(S['lindqvist'], S['reuter'],
            'BU-Leistungsantrag Strobel, Melanie - Bitte um Stellungnahme',
            '2026-01-20 13:40', lang='de-DE')
    text(m, """
Hallo Herr Dr. Reuter,

ich bräuchte Ihre Einschätzung zu folgendem BU-Fall:

Versicherte:   Melanie Strobel, geb. 03.02.1979
Vertrag:       BU 2014-118273 (selbständige BU, 1.250 EUR Monatsrente,
               Beruf bei Antrag: Gymnasiallehrerin Deutsch/Geschichte)
Antrag vom:    04.11.2025, BU seit 01.06.2025 behauptet

Vorliegende Unterlagen:
- Befundbericht Dr. med. S. Kirchhoff (Psychiatrie/Psychotherapie,
  Dresden-Neustadt) vom 28.10.2025: rezidivierende depressive Störung,
  gegenwärtig mittelgradige Episode (F33.1), Schlafstörungen,
  Konzentrationsstörungen; ambulante Psychotherapie seit 03/2025,
  Sertralin 100 mg
- Entlassungsbericht Psychosomatische Klinik Bad Elster, stationär
  14.07.-25.08.2025, Entlassung arbeitsunfähig
- Tätigkeitsbeschreibung der Schule (Vollzeit, 26 Wochenstunden)

Die Frage ist, ob wir den Grad von 50 % ohne eigenes Gutachten annehmen
können oder ob Sie ein psychiatrisches Gutachten empfehlen. Die
Wiedereingliederung nach Hamburger Modell ist im Dezember abgebrochen
worden (Schreiben der Schulleitung liegt bei).

Die Akte liegt in der E-Akte unter dem Vorgang L-BU-26-00042.

Danke und viele Grüße
Julia Lindqvist

""" + SIG['lindqvist'])
    return m


@mail(9, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'harmless body; attached XLSX fleet driver schedule lists named employees with birth dates and licence data (motor fleet)')
def m009():
    m = new(S['maurer'], 'Gavin Lane <gavin.lane@whitcombe-lane.example>',
            'Brückner Anlagenbau - fleet policy FL-2026-0088 / driver schedule',
            '2026-01-21 08:49', lang='en-GB')
    text(m, """
Hi Gavin,

as promised, the updated driver schedule for the Brückner fleet policy is
attached. We have added the six drivers from the Abu Dhabi project team who
are back in Germany from February and removed the pool cars that were sold.

The premium adjustment will follow with the February endorsement.

Cheers
Felix

""" + SIG['maurer'] + FOOTER_EN)
    ensure_mixed(m)
    rows = [['Plate', 'Vehicle', 'Driver', 'Date of birth', 'Licence since', 'Licence no.', 'Note'],
            ['DD-BA 1201', 'VW Passat Variant', 'Karsten Vollmer', '1972-05-14', '1990-06-02', 'B072V14K5',  'Project manager'],
            ['DD-BA 1202', 'VW Passat Variant', 'Aylin Demir', '1988-11-30', '2006-12-01', 'B088D30A1', ''],
            ['DD-BA 1207', 'Skoda Superb', 'Jörg Hentschel', '1965-02-09', '1983-04-15', 'B065H09J3', ''],
            ['DD-BA 1210', 'BMW 320d Touring', 'Patrick Nolan', '1979-08-21', '1997-09-01', 'IE-1979-552104', 'Irish licence, exchange pending'],
            ['DD-BA 1215', 'VW Caddy', 'Mirko Scholz', '1993-03-03', '2011-05-20', 'B093S03M9', 'returns 02/2026'],
            ['DD-BA 1216', 'VW Caddy', 'Fatima Al-Sayed', '1990-07-17', '2009-10-10', 'B090A17F2', 'returns 02/2026'],
            ['DD-BA 1220', 'Skoda Octavia', 'pool', '', '', '', 'sold 12/2025 - remove']]
    attach(m, xlsx([('Drivers', rows)], 'FL-2026-0088 driver schedule', 'Felix Maurer', '2026-01-21 08:30'),
           'FL-2026-0088_driver_schedule_Jan2026.xlsx')
    return m


@mail(10, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: reinsurance treaty renewal figures for the expat health quota share (loss ratios, large-loss counts), no individual case')
def m010():
    m = new(S['weidlich'], 'Harriet Quayle <harriet.quayle@northbridge-re.example>',
            '2027 renewal - Expat Health QS: portfolio figures and our proposal',
            '2026-01-22 17:03', cc=S['olsen'], lang='en-GB')
    text(m, """
Dear Harriet,

ahead of our call on Thursday, here are the headline numbers for the Expat
Health quota share (50 % cession) that we promised.

                                  2023      2024      2025*
Earned premium (EUR m)            34.6      38.1      41.2
Incurred claims ratio             76.9 %    79.8 %    78.4 %
Inpatient share of claims         58 %      61 %      60 %
Claims > EUR 250k (number)        4         5         7
Largest single claim (EUR k)      612       744       930
Members (year end)                11,840    12,910    13,775
* 2025 IBNR as at 31/12/2025, not yet audited

Two comments:
- The rise in large claims is almost entirely US treatment (area 1) -
  five of the seven. We are moving area 1 to a separate layer from 2027.
- Maternity and oncology drive the medium-sized claims; both are inside
  the pricing assumptions.

Our proposal for 2027: cession down to 40 %, ceding commission 31 %
(currently 29 %), profit commission unchanged, and a per-risk XL above
EUR 500k with you as lead if your capacity allows.

Best regards
Thomas

""" + SIG['weidlich'] + FOOTER_EN)
    return m


@mail(11, 'STRICTLY_CONFIDENTIAL', 'en', 'partner',
      'harmless internal body; attached forwarded assistance-company report on a named expat with NSTEMI (I21.4) and medevac plan')
def m011():
    inner = new('Meridian Assist Operations <ops@meridian-assist.example>',
                'Elbtal Global Health Assistance <assistance@elbtal-versicherung.example>',
                'MA-26-04417 / VOLLMER Karsten / Dubai / medical report & medevac recommendation',
                '2026-01-23 06:12', tz=0, agent='other',
                mid='<MA-26-04417.3.20260123061200@ops.meridian-assist.example>')
    text(inner, """
Dear colleagues,

Case:       MA-26-04417
Patient:    Mr Karsten VOLLMER, DOB 14 May 1972, German national
Policy:     Elbtal Global Health Expat Standard, member EGH-INT-2024-002318-01
Employer:   Brueckner Anlagenbau AG (project Abu Dhabi / Dubai office)
Hospital:   Al Noor Harbour Medical Centre, Dubai, CCU bed 4

Medical update (Dr Farah Haddad, our medical officer, spoke to the
treating cardiologist Dr Menon at 05:30 local time):

- Admitted 21/01 via ER with chest pain, ECG ST depression V4-V6,
  troponin rising -> NSTEMI (ICD-10 I21.4).
- Coronary angiography 22/01: 90 % stenosis proximal LAD, treated with
  one drug-eluting stent. Ejection fraction 45 %.
- Now stable, pain-free, on dual antiplatelet therapy (ASA, ticagrelor),
  bisoprolol, atorvastatin 80 mg. Known type 2 diabetes (E11.9), smoker.
- Patient wishes to continue rehab at home in Dresden. Wife on site.

Recommendation: fit to fly from 26/01 with medical escort (nurse) on a
scheduled flight, business class, oxygen on board, stretcher not needed.
Alternative: air ambulance (quote EUR 38,500) - not medically required.
Rehab bed requested at Herzzentrum Dresden from 27/01.

Please confirm cover for the escorted repatriation and the hospital bill
(running total AED 96,300 incl. PCI) by 12:00 UTC.

Best regards
Grace Ellul
Case Coordinator, Meridian Assist Ltd, Valletta / London
+356 2099 8800 (24/7)
""", charset='us-ascii', cte='7bit')
    m = new(S['alves'], S['reuter'],
            'WG: MA-26-04417 - need your OK before 1 pm', '2026-01-23 08:41', lang='de-DE')
    text(m, """
Morning Wolfgang,

can you have a look at the attached from Meridian before 1 pm? I need your
medical OK for the option they recommend, then I'll confirm to them and to
the employer.

Thanks
Ricardo

""" + SIG['alves'])
    ensure_mixed(m)
    attach_mail(m, inner)
    return m


@mail(12, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, household water damage claim with policy and claim no., drying company appointment; iso-8859-1')
def m012():
    m = new(S['hartmann'], 'Gerda Wittig <g.wittig@t-netz.example>',
            'Leitungswasserschaden in Ihrer Wohnung - Schaden-Nr. 26/HR/004219',
            '2026-01-26 11:20', lang='de-DE')
    text(m, """
Sehr geehrte Frau Wittig,

vielen Dank für Ihren Anruf heute Morgen. Wie besprochen bestätige ich
Ihnen die Aufnahme des Leitungswasserschadens:

Versicherungsnehmerin: Gerda Wittig, Bautzner Straße 118, 01099 Dresden
Hausratversicherung:   Nr. 0815/332211-H
Schadentag:            24.01.2026 (geplatzter Schlauch der Waschmaschine)
Schadennummer:         26/HR/004219

Betroffen sind nach Ihren Angaben der Teppich im Flur, ein Schuhschrank
und die Kartons im Abstellraum. Den Schaden am Laminat und an der Wand
übernimmt die Wohngebäudeversicherung Ihres Vermieters; bitte melden Sie
ihn dort ebenfalls (Hausverwaltung Sachsenhaus GmbH).

Die Trocknungsfirma Trockenbau Richter kommt am Mittwoch, 28.01., zwischen
8 und 10 Uhr zur Messung. Die Kosten rechnet sie direkt mit uns ab.

Bitte werfen Sie die beschädigten Sachen noch nicht weg, sondern machen Sie
Fotos und bewahren Sie sie bis zur Freigabe auf.

Mit freundlichen Grüßen

""" + SIG['hartmann'] + FOOTER_DE, charset='iso-8859-1', cte='quoted-printable')
    return m


@mail(13, 'NORMAL', 'de', 'internal',
      'trap: invitation to an ICD-11 training with example codes (F32.1, 6A70) and an ICS, no patient')
def m013():
    m = new(S['albers'], 'Leistung Kranken (alle) <leistung-kv@elbtal-versicherung.example>',
            'Einladung: ICD-11 - was ändert sich für die Leistungsprüfung? (12.02.)',
            '2026-01-27 15:02', lang='de-DE')
    text(m, """
Liebe Kolleginnen und Kollegen,

die WHO-Klassifikation ICD-11 kommt auch bei uns an: Erste Arztberichte
aus dem Ausland (vor allem aus Skandinavien und von unseren Expat-Partner-
kliniken) tragen bereits ICD-11-Codes. Zeit für eine Einführung.

Inhalte:
- Aufbau der ICD-11 (Stammcodes, Extension Codes, Clustering)
- Beispiele im Vergleich: F32.1 mittelgradige depressive Episode ->
  6A70.1; M54.5 Kreuzschmerz -> ME84.2; J45.9 Asthma -> CA23
- Was bedeutet das für Leistungsprüfung, Ausschlüsse und Statistik?
- Mapping-Tabelle ICD-10-GM <-> ICD-11 in unserem Leistungssystem

Referent: Dr. Wolfgang Reuter, Gesellschaftsarzt
Termin: Donnerstag, 12.02.2026, 10:00-11:30 Uhr, Raum 4.12 und Teams

Eine Terminanfrage hängt an.

Viele Grüße
Katrin Albers

""" + SIG['albers'])
    ensure_mixed(m)
    attach(m, ics('d208-0013-icd11@elbtal-versicherung.example', '2026-02-12 10:00', '2026-02-12 11:30',
                  'ICD-11 - was ändert sich für die Leistungsprüfung?',
                  ('Dr. Katrin Albers', 'katrin.albers@elbtal-versicherung.example'),
                  [('Leistung Kranken (alle)', 'leistung-kv@elbtal-versicherung.example'),
                   ('Dr. med. Wolfgang Reuter', 'wolfgang.reuter@elbtal-versicherung.example')],
                  'Raum 4.12 / Microsoft Teams',
                  'Einführung ICD-11 für die Leistungsprüfung. Referent: Dr. Reuter.',
                  stamp='2026-01-27 14:00'), 'invite.ics', params={'method': 'REQUEST'})
    return m


@mail(14, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
      'insurance certificate for the immigration office: named researcher with birth date has full private health and care cover (personal line), PDF')
def m014():
    m = new(S['hughes'], 'Ausländerbehörde Dresden <auslaenderbehoerde@dresden.example>',
            'Versicherungsbestätigung Krankenversicherung - Herr Arjun Mehta, Az. 31.2-AM-2026/0117',
            '2026-01-28 09:33', lang='de-DE')
    text(m, """
Sehr geehrte Damen und Herren,

auf Wunsch unseres Versicherten, Herrn Arjun Mehta, geb. 04.09.1990,
übersenden wir Ihnen zu Ihrem Aktenzeichen 31.2-AM-2026/0117 die
Versicherungsbestätigung für die Verlängerung seines Aufenthaltstitels
(Blaue Karte EU).

Herr Mehta ist seit dem 01.10.2025 bei der Elbtal Krankenversicherung AG
in einer substitutiven Krankheitskostenvollversicherung (Tarif
ComfortPlus, ambulant/stationär/Zahn, Selbstbehalt 600 EUR jährlich) und
in der privaten Pflegepflichtversicherung versichert. Der Versicherungs-
schutz entspricht den Anforderungen des § 193 Abs. 3 VVG; Beitragsrück-
stände bestehen nicht.

Die unterschriebene Bestätigung ist beigefügt. Eine Kopie hat Herr Mehta
erhalten.

Mit freundlichen Grüßen
Emily Hughes
International Customer Service

""" + SIG['hughes'] + FOOTER_DE)
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'Versicherungsbestätigung'),
        'Elbtal Krankenversicherung AG, Königsbrücker Straße 90, 01099 Dresden',
        'Dresden, 28.01.2026',
        '',
        'Hiermit bestätigen wir, dass',
        '',
        '    Herr Arjun Mehta, geboren am 04.09.1990 in Pune (Indien)',
        '    wohnhaft Nürnberger Straße 31, 01187 Dresden',
        '    Versicherungsnummer 4402 771 509',
        '',
        'seit dem 01.10.2025 bei uns wie folgt versichert ist:',
        '- Krankheitskostenvollversicherung, Tarif ComfortPlus (ambulant, stationär, Zahn)',
        '  jährlicher Selbstbehalt 600 EUR, keine Leistungsausschlüsse',
        '- Private Pflegepflichtversicherung (PPV)',
        '',
        'Der Versicherungsschutz genügt den Anforderungen des § 193 Abs. 3 VVG und des',
        '§ 2 Abs. 3 AufenthG. Der Vertrag ist ungekündigt, Beiträge sind bis 31.01.2026 gezahlt.',
        '',
        'Elbtal Krankenversicherung AG - International Customer Service',
        'Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.',
    ], 'Versicherungsbestätigung Mehta', 'Elbtal KorrespondenzCenter', '2026-01-28 09:20'),
        'Versicherungsbestaetigung_Mehta_4402771509.pdf')
    return m


@mail(15, 'NORMAL', 'en', 'insurer-to-partner',
      'bilingual automatic out-of-office reply without any case content')
def m015():
    m = new(S['mcallister'], 'Grace Ellul <grace.ellul@meridian-assist.example>',
            'Automatic reply: MA-26-04512 / request for GOP extension',
            '2026-02-02 18:04', agent='ooo',
            irt='<MA-26-04512.2.20260202170111@ops.meridian-assist.example>',
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    text(m, """
Thank you for your message. I am out of the office until Monday, 9 February
2026, with no access to e-mail.

For urgent cases (admissions, guarantees of payment, evacuations) please
contact the International Health Desk 24/7: +49 40 3009 7700 or
assistance@elbtal-versicherung.example - your message will not be
forwarded automatically.

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Februar
nicht im Büro. In dringenden Fällen wenden Sie sich bitte an
assistance@elbtal-versicherung.example oder +49 40 3009 7700.

Fiona McAllister
""")
    return m

@mail(16, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'facultative life submission to a reinsurer: named applicant, sum assured, BMI, hypertension and sleep apnoea history; DOCX summary')
def m016():
    m = new(S['kaya'], 'Atlas Re Life Facultative <fac.life@atlas-re.example>',
            'Fac request 2026/L/0031 - term life EUR 2.4m - applicant HOLLOWAY',
            '2026-02-03 10:26', cc=S['weidlich'], lang='en-GB')
    text(m, """
Dear colleagues,

we would like to place the following risk facultatively (our retention
EUR 750k, excess EUR 1.65m to you):

Applicant:      Richard Holloway, male, DOB 11 March 1974, British,
                non-smoker, CFO of a logistics group, resident in Hamburg
Cover:          term life, EUR 2,400,000, term 20 years, level
Purpose:        key person / shareholder protection + mortgage
Our proposal:   +75 % extra mortality, no exclusions

Medical evidence received (summary attached, full file on request via our
secure portal):
- BMI 33.8 (188 cm / 119.5 kg)
- arterial hypertension since 2019, treated with ramipril 5 mg and
  amlodipine 5 mg, recent readings 138/86 and 142/88
- obstructive sleep apnoea diagnosed 2022, CPAP, compliance report 6.5 h
  per night
- ECG and exercise ECG 01/2026 normal, echo: mild LVH
- lipids: LDL 162 mg/dl, no statin
- GP report: no alcohol misuse, father MI at 61

Could you let us have your terms by 10 February? The applicant is pressing
because the loan agreement needs the policy.

Kind regards
Mehmet Kaya

""" + SIG['kaya'] + FOOTER_EN)
    ensure_mixed(m)
    attach(m, docx([
        ('h', 'Underwriting summary - Fac 2026/L/0031'),
        ('table', [['Item', 'Detail'],
                   ['Applicant', 'HOLLOWAY, Richard - DOB 11/03/1974 - male - non-smoker'],
                   ['Occupation', 'CFO, office based, 10 % travel'],
                   ['Sum assured', 'EUR 2,400,000, term 20 years'],
                   ['Build', '188 cm, 119.5 kg, BMI 33.8'],
                   ['Blood pressure', 'treated, 138/86, 142/88, 136/84 (3 readings 01/2026)'],
                   ['Medication', 'ramipril 5 mg, amlodipine 5 mg'],
                   ['Sleep apnoea', 'OSA since 2022, AHI 31 before CPAP, CPAP compliant'],
                   ['Cardiac tests', 'resting and exercise ECG normal; echo mild LVH, EF 60 %'],
                   ['Lipids', 'total chol. 248, LDL 162, HDL 41 mg/dl'],
                   ['Family history', 'father myocardial infarction aged 61'],
                   ['Debit points', 'build +25, BP +25, OSA +25 => +75 %']]),
        'Proposed decision Elbtal: accept at +75 %, review after 3 years on evidence of weight loss.',
        'Underwriter: Mehmet Kaya, 03/02/2026',
    ], 'Fac 2026-L-0031 Holloway', 'Mehmet Kaya', '2026-02-03 10:05'), 'Fac_2026-L-0031_UW_summary.docx')
    return m


@mail(17, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named US customer with birth date, motor policy, recognition of her US claims-free record for the no-claims class')
def m017():
    m = new(S['hughes'], 'Megan Whitfield <megan.whitfield@mailbox.example>',
            'Your car insurance - no-claims class from your US driving record',
            '2026-02-04 14:12', lang='en-US')
    text(m, """
Hi Megan,

thanks for sending the letter from your previous insurer in Ohio. Good news:
we can take it into account.

Your policy:      Kfz 47-120 883 410 (Haftpflicht + Vollkasko)
Car:              Mazda CX-5, F-MW 2207
Policyholder:     Megan Whitfield, born 06/19/1987, Sachsenhausen, Frankfurt

The letter from Buckeye Mutual confirms 9 claims-free years (2015-2025) on
a personal auto policy in your name. German insurers cannot copy a foreign
record one to one, but under our rules for customers moving from the USA
we place you in no-claims class SF 6 instead of the starter class SF 1/2.
That lowers your liability premium from EUR 1,046 to EUR 612 a year and
the comprehensive premium from EUR 988 to EUR 574.

The new policy schedule will come by post in the next few days; the
difference for 2026 (EUR 848) will be refunded to your account at the end
of February.

One thing to know: if you make a claim, you drop down according to the
German table, not the US one.

Best
Emily

""" + SIG['hughes'] + FOOTER_EN, cte='8bit')
    return m


@mail(18, 'NORMAL', 'de', 'insurer-to-press',
      'trap: press office declines to comment on an individual disability case (no name given) and gives general BU statistics')
def m018():
    old = '<3a7f1c02-0b1e-4f61-9a55-2b9b55d0c0aa@wirtschaftskurier.example>'
    m = new(S['franke'], 'Jana Rothe <j.rothe@wirtschaftskurier.example>',
            'AW: Anfrage zur Ablehnungsquote bei Berufsunfähigkeit', '2026-02-05 16:40', irt=old, lang='de-DE')
    text(m, """
Sehr geehrte Frau Rothe,

vielen Dank für Ihre Anfrage. Zu einzelnen Leistungsfällen äußern wir uns
grundsätzlich nicht - das gilt auch dann, wenn sich Betroffene selbst an
die Presse wenden. Wir sind gesetzlich zur Verschwiegenheit verpflichtet.

Gern gebe ich Ihnen allgemeine Zahlen für 2025:

- Über 1.900 abschließend geprüfte BU-Leistungsanträge
- Anerkennungsquote 78 %, davon 9 % nach Nachreichung von Unterlagen
- Häufigste Ursachen anerkannter Fälle: psychische Erkrankungen (34 %),
  Erkrankungen des Bewegungsapparats (22 %), Krebs (17 %)
- Durchschnittliche Bearbeitungsdauer: 94 Tage ab vollständigen Unterlagen
- Ablehnungen wegen Verletzung der vorvertraglichen Anzeigepflicht: 3 %

Ein Zitat von unserem Vorstand Matthias Kühn können Sie gern verwenden:
"Wer eine BU-Rente beantragt, ist in einer schwierigen Lage. Wir prüfen
sorgfältig, aber wir wollen zahlen, wenn der Fall versichert ist."

Mit freundlichen Grüßen
Marie-Luise Franke

""" + SIG['franke'] + """

-----Ursprüngliche Nachricht-----
Von: Jana Rothe <j.rothe@wirtschaftskurier.example>
Gesendet: Donnerstag, 5. Februar 2026 11:02
An: presse@elbtal-versicherung.example
Betreff: Anfrage zur Ablehnungsquote bei Berufsunfähigkeit

Sehr geehrte Damen und Herren,

für einen Beitrag über Berufsunfähigkeitsversicherungen interessiert mich,
wie viele Leistungsanträge Sie ablehnen. Ein Leser aus Sachsen hat uns
geschrieben, dass sein Antrag nach über einem Jahr abgelehnt wurde. Wie
lange dauert bei Ihnen im Schnitt die Prüfung, und was sind die häufigsten
Gründe für eine Ablehnung? Redaktionsschluss ist Montag.

Mit freundlichen Grüßen
Jana Rothe
Wirtschaftskurier, Ressort Geld & Vorsorge
""" + FOOTER_DE)
    return m


@mail(19, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'care-level 3 decision for a named mother sent to her son holding power of attorney; MD assessment details in the PDF')
def m019():
    m = new(S['vogel'], 'Frank Schramm <frank.schramm@gmx-mail.example>',
            'Pflegegrad Ihrer Mutter Hildegard Schramm - Ergebnis der Begutachtung',
            '2026-02-06 10:18', lang='de-DE')
    text(m, """
Sehr geehrter Herr Schramm,

die Begutachtung Ihrer Mutter durch MEDICPROOF hat am 27.01.2026 in der
Wohnung in Pirna stattgefunden. Das Gutachten liegt uns vor: Ihre Mutter
erhält ab dem 01.12.2025 (Antragsmonat) den Pflegegrad 3.

Den Leistungsbescheid finden Sie im Anhang; das Original geht per Post an
Ihre Mutter, eine Kopie an Sie als Bevollmächtigten.

Das bedeutet konkret:
- Pflegegeld 599 EUR monatlich, solange Sie und Ihre Schwester die Pflege
  übernehmen, oder Pflegesachleistungen bis 1.497 EUR für den Pflegedienst
- Entlastungsbetrag 131 EUR monatlich
- Zuschuss für den Umbau des Badezimmers (bis 4.180 EUR) - bitte vorher
  einen Kostenvoranschlag schicken

Die Nachzahlung für Dezember und Januar (1.198 EUR) überweisen wir auf das
Konto Ihrer Mutter.

Wenn Sie Fragen haben oder eine Pflegeberatung zu Hause wünschen, rufen
Sie mich gern an.

Mit freundlichen Grüßen
Petra Vogel

""" + SIG['vogel'] + FOOTER_DE)
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'Leistungsbescheid Private Pflegepflichtversicherung'),
        'Elbtal Krankenversicherung AG - Pflegeversicherung',
        'Dresden, 06.02.2026',
        '',
        'Versicherte Person: Hildegard Schramm, geb. 17.06.1938',
        'Anschrift: Dohnaische Straße 22, 01796 Pirna',
        'Versicherungsnummer: PPV 3301 448 120',
        'Bevollmächtigter: Frank Schramm (Vorsorgevollmacht vom 12.03.2021)',
        '',
        ('b', 'Ergebnis der Begutachtung vom 27.01.2026 (MEDICPROOF, Gutachterin Fr. Lehmann)'),
        'Modul 1 Mobilität: 10 Einzelpunkte (gewichtet 7,5)',
        'Modul 2/3 Kognitive Fähigkeiten / Verhalten: 9 Einzelpunkte (gewichtet 11,25)',
        'Modul 4 Selbstversorgung: 18 Einzelpunkte (gewichtet 20,0)',
        'Modul 5 Umgang mit krankheitsbedingten Anforderungen: 4 Einzelpunkte (gewichtet 10,0)',
        'Modul 6 Alltagsleben: 8 Einzelpunkte (gewichtet 7,5)',
        'Gesamtpunktzahl: 56,25 - Pflegegrad 3',
        '',
        'Pflegebegründende Diagnosen laut Gutachten: Demenz bei Alzheimer-Krankheit (G30.1/F00.1),',
        'Herzinsuffizienz NYHA III (I50.13), Gonarthrose beidseits (M17.0), Sturzneigung.',
        '',
        ('b', 'Leistungen ab 01.12.2025'),
        'Pflegegeld 599,00 EUR monatlich oder Pflegesachleistung bis 1.497,00 EUR monatlich',
        'Entlastungsbetrag 131,00 EUR monatlich',
        'Nächste Wiederholungsbegutachtung: nicht vorgesehen',
        '',
        'Rechtsbehelf: Sie können innerhalb von vier Wochen Widerspruch einlegen.',
    ], 'Leistungsbescheid PPV Schramm', 'Elbtal KorrespondenzCenter', '2026-02-06 09:55'),
        'Leistungsbescheid_Pflegegrad_Schramm.pdf')
    return m


@mail(20, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'commission statement to a sole-trader broker: his IBAN and tax number, customers named with household/motor/liability contracts; CSV windows-1252')
def m020():
    m = new(S['schuster'], 'Ronny Ostermann <info@ostermann-makler.example>',
            'Courtageabrechnung Januar 2026 - Vermittler-Nr. 70 4418',
            '2026-02-09 08:15', lang='de-DE')
    text(m, """
Hallo Herr Ostermann,

anbei Ihre Courtageabrechnung für Januar. Die Auszahlung über 1.486,52 EUR
geht morgen raus auf Ihr Konto bei der Ostsächsischen Sparkasse,
IBAN DE81 8605 5592 0441 2088 77 (Versicherungsmakler Ronny Ostermann e.K.).
Bei der Umsatzsteuer bleibt es bei der Befreiung nach § 4 Nr. 11 UStG,
Ihre Steuernummer 203/245/01877 haben wir so hinterlegt.

Zwei Stornos sind drin (Kfz Fuchs, Hausrat Lehnert), die Rückbelastung
ist schon verrechnet.

Viele Grüße nach Bautzen
Birgit Schuster

""" + SIG['schuster'] + FOOTER_DE)
    ensure_mixed(m)
    rows = [['Vermittler', 'Vertragsnr.', 'Kunde', 'Sparte', 'Beitrag p.a.', 'Satz', 'Courtage', 'Art'],
            ['70 4418', '47-120 114 055', 'Fuchs, Heiko', 'Kfz-Haftpflicht/Vollkasko', '1.122,40', '8,0 %', '-89,79', 'Storno'],
            ['70 4418', 'HR 5507 130 210', 'Lehnert, Sören', 'Hausrat', '186,00', '20,0 %', '-37,20', 'Storno'],
            ['70 4418', 'PH 6610 772 301', 'Dörfler, Annegret', 'Privathaftpflicht', '94,50', '25,0 %', '23,63', 'Neugeschäft'],
            ['70 4418', 'WG 8802 115 967', 'Kühnel, Matthias u. Yvonne', 'Wohngebäude', '1.480,00', '18,0 %', '266,40', 'Neugeschäft'],
            ['70 4418', 'GW 9020 004 115', 'Bäckerei Zschornack, Inh. Tilo Zschornack', 'Gewerbe-Inhalt', '2.310,00', '15,0 %', '346,50', 'Neugeschäft'],
            ['70 4418', '47-121 008 732', 'Wagner, Lea', 'Kfz-Haftpflicht/Teilkasko', '698,20', '8,0 %', '55,86', 'Neugeschäft'],
            ['70 4418', 'diverse', 'Bestandscourtage 01/2026', 'Sach', '', '', '921,12', 'Bestand'],
            ['', '', '', '', '', '', '1.486,52', 'Summe']]
    attach(m, csvb(rows, encoding='cp1252'), 'Courtage_704418_2026-01.csv',
           ctype='application/vnd.ms-excel')
    return m


@mail(21, 'NORMAL', 'en', 'insurer-to-company',
      'trap: multinational pooling report for an employer (premiums, claims, loss ratios by country), aggregates only, XLSX')
def m021():
    m = new(S['petersen'], 'Sandra Löffler <sandra.loeffler@kestrel-photonics.example>',
            'Orbis pooling report 2025 - Kestrel Photonics group',
            '2026-02-10 11:47', cc='Gavin Lane <gavin.lane@whitcombe-lane.example>', lang='en-GB')
    text(m, """
Dear Sandra,

please find attached the 2025 multinational pooling report for the Kestrel
group as received from the Orbis Benefits Network coordinator. In short:

- 6 local contracts pooled (DE, TH, US, TW, CZ, UK), 2,418 insured lives
- pooled premium EUR 3.91m, pooled claims EUR 2.87m, loss ratio 73.4 %
- international dividend EUR 142,600 - payable to Kestrel Photonics GmbH
  in April once the Thai and US accounts are final
- the loss carried forward from 2024 is fully absorbed

The US medical contract is again the driver of the claims (loss ratio
91 %). The Czech and German group life contracts had no death claims in
2025. Figures per country are on sheet 2; no individual data is shared
with the network, only the local insurers' totals.

Happy to go through it with you and Gavin in our review meeting in March.

Best regards
Anja

""" + SIG['petersen'] + FOOTER_EN)
    ensure_mixed(m)
    summary = [['Kestrel Photonics group - Orbis pool 2025', ''],
               ['Pool year', '01/01/2025 - 31/12/2025'],
               ['Local contracts', 6], ['Insured lives (year end)', 2418],
               ['Pooled premium EUR', 3910400], ['Pooled claims incl. IBNR EUR', 2870100],
               ['Loss ratio', 0.734], ['Network charges EUR', 151200], ['Risk charge EUR', 97800],
               ['Loss carried forward from 2024 EUR', -48700], ['International dividend EUR', 142600]]
    countries = [['Country', 'Local insurer', 'Benefit', 'Lives', 'Premium EUR', 'Claims EUR', 'Loss ratio'],
                 ['Germany', 'Elbtal Versicherung AG', 'Group life / AD&D', 1120, 612300, 188400, 0.308],
                 ['Thailand', 'Siam Orbis Assurance', 'Medical + life', 410, 288900, 201700, 0.698],
                 ['USA', 'Great Plains Benefit Life', 'Medical + dental', 390, 2104000, 1914600, 0.910],
                 ['Taiwan', 'Formosa Orbis Life', 'Medical', 260, 402500, 288100, 0.716],
                 ['Czech Republic', 'Vltava Pojistovna', 'Group life', 168, 98700, 0, 0.0],
                 ['United Kingdom', 'Orbis UK Ltd', 'Group income protection', 70, 404000, 277300, 0.686]]
    attach(m, xlsx([('Summary', summary), ('By country', countries)], 'Orbis pool 2025 Kestrel',
                   'Orbis Benefits Network', '2026-02-09 15:00'), 'Orbis_Pool_2025_Kestrel.xlsx')
    return m


@mail(22, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'harmless body; CSV lists named employees and dependants with birth dates and member numbers enrolled in the international health plan')
def m022():
    m = new(S['petersen'], 'HR Global Mobility <global.mobility@brueckner-anlagenbau.example>',
            'Enrolment confirmation - new joiners February 2026',
            '2026-02-11 09:05', lang='en-GB')
    text(m, """
Dear Global Mobility team,

attached is the enrolment confirmation for the February joiners. Cards
will be sent to the assignees' home addresses; the app login follows by
e-mail from our portal.

Please check the spelling of the names against the passports - the
insurance card must match for direct billing abroad.

Kind regards
Anja Petersen

""" + SIG['petersen'] + FOOTER_EN)
    ensure_mixed(m)
    rows = [['Policy', 'Member no.', 'Surname', 'First name', 'Relation', 'DOB', 'Plan', 'Area', 'Start', 'Host country'],
            ['EGH-GRP-0042', 'M-0042-0318-01', 'Nolan', 'Patrick', 'employee', '21.08.1979', 'Expat Premium', '2', '01.02.2026', 'AE'],
            ['EGH-GRP-0042', 'M-0042-0318-02', 'Nolan', 'Aoife', 'spouse', '02.04.1982', 'Expat Premium', '2', '01.02.2026', 'AE'],
            ['EGH-GRP-0042', 'M-0042-0318-03', 'Nolan', 'Cian', 'child', '14.12.2015', 'Expat Premium', '2', '01.02.2026', 'AE'],
            ['EGH-GRP-0042', 'M-0042-0319-01', 'Hentschel', 'Jörg', 'employee', '09.02.1965', 'Expat Standard', '2', '01.02.2026', 'SA'],
            ['EGH-GRP-0042', 'M-0042-0320-01', 'Okonkwo', 'Chidi', 'employee', '30.06.1991', 'Expat Standard', '2', '01.02.2026', 'AE'],
            ['EGH-GRP-0042', 'M-0042-0321-01', 'Brandstätter', 'Lisa', 'employee', '12.10.1986', 'Expat Premium', '1', '15.02.2026', 'US'],
            ['EGH-GRP-0042', 'M-0042-0321-02', 'Brandstätter', 'Jonas', 'child', '03.03.2019', 'Expat Premium', '1', '15.02.2026', 'US']]
    attach(m, csvb(rows, delim=';', bom=True), 'Enrolment_EGH-GRP-0042_2026-02.csv')
    return m


@mail(23, 'NORMAL', 'de', 'newsletter',
      'trap: HTML-only broker newsletter about new disability-cover terms, health questions and premiums, no person')
def m023():
    m = new('Elbtal Maklerservice <maklerservice@elbtal-versicherung.example>',
            'Maklerverteiler Ost <makler-ost@news.elbtal-versicherung.example>',
            'Elbtal MaklerNews 02/2026: Neue BU-Bedingungen, vereinfachte Gesundheitsfragen',
            '2026-02-12 07:00', agent='newsletter', extra=[('Precedence', 'bulk')])
    html(m, """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>MaklerNews 02/2026</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<table width="620" cellpadding="8" cellspacing="0" style="border:1px solid #c8d3dc">
<tr><td style="background:#0b5c7a;color:#fff;font-size:18px">Elbtal MaklerNews 02/2026</td></tr>
<tr><td>
<h3>Neue BU-Bedingungen ab 01.04.2026</h3>
<p>Mit dem neuen Tarif <b>BU Aktiv 2026</b> verzichten wir auf die abstrakte Verweisung bereits ab Vertragsbeginn,
zahlen bei Arbeitsunfähigkeit schon ab 6 Monaten (AU-Klausel bis 24 Monate) und bieten eine
Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat, Geburt eines Kindes oder Gehaltssprung.</p>
<h3>Vereinfachte Gesundheitsfragen</h3>
<p>Für Akademiker und Auszubildende bis 30 Jahre reichen künftig fünf Gesundheitsfragen (Zeitraum 3 Jahre ambulant,
5 Jahre stationär). Psychotherapie, die länger als 5 Jahre zurückliegt, muss nicht mehr angegeben werden.</p>
<h3>Beispielbeiträge (monatlich, 1.500 EUR BU-Rente, Endalter 67)</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Beruf</th><th>Eintrittsalter 25</th><th>Eintrittsalter 35</th></tr>
<tr><td>Bürokauffrau</td><td>48,30 EUR</td><td>61,70 EUR</td></tr>
<tr><td>Softwareentwickler</td><td>41,90 EUR</td><td>54,10 EUR</td></tr>
<tr><td>Krankenpfleger</td><td>86,40 EUR</td><td>108,20 EUR</td></tr>
<tr><td>Elektriker</td><td>97,80 EUR</td><td>121,50 EUR</td></tr>
</table>
<h3>Webinar</h3>
<p>Risikovoranfrage richtig stellen: Diabetes, Rückenleiden, psychische Vorerkrankungen &ndash;
am 05.03.2026 um 16 Uhr. Anmeldung im Maklerportal.</p>
<p style="font-size:10px;color:#666">Sie erhalten diesen Newsletter als angebundener Vermittler der Elbtal Versicherung.
Abmelden: maklerportal.elbtal-versicherung.example/newsletter</p>
</td></tr></table></body></html>
""")
    return m


@mail(24, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, e-bike theft claim under household policy, frame number and payout; quoted customer mail; 8bit')
def m024():
    old = mid_of('d208-0024', 'android', 'web-post.example')
    m = new(S['kraemer'], 'Tim Keßler <tim.kessler@web-post.example>',
            'AW: E-Bike geklaut!!', '2026-02-12 13:51', irt=old, lang='de-DE')
    text(m, """
Hallo Herr Keßler,

das tut mir leid mit Ihrem Rad. Ich habe den Diebstahl jetzt unter der
Schadennummer 26/HR/005130 zu Ihrer Hausratversicherung HR 5507 127 006
angelegt (Fahrradklausel bis 3.000 EUR, auch nachts, weil Sie den Baustein
"Fahrrad Plus" haben).

Was ich noch brauche:
1. die Kaufrechnung des Cube Kathmandu Hybrid (Rahmennummer WCB21K08875)
2. die Diebstahlanzeige mit Tagebuchnummer der Polizei
3. ein Foto vom aufgebrochenen Schloss, falls noch vorhanden

Sobald das da ist, kann ich den Zeitwert berechnen und die Zahlung
anweisen.

Viele Grüße
Sabine Krämer

""" + SIG['kraemer'] + """

Am 12.02.2026 um 07:58 schrieb Tim Keßler:
> Guten morgen, mein E-bike wurde heute nacht aus dem Fahrradkeller
> geklaut (Hechtstr. 40, Dresden), das Schloss ist durchgeknipst. Ich hab
> eine Hausrat bei euch, Nummer steht nicht im Kopf, ist aber auf Tim
> Keßler, Hechtstraße 40. Was muss ich machen? Anzeige bei der Polizei ist
> schon erstattet.
> Gruß Tim
""", cte='8bit')
    return m


@mail(25, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'query to a dentist about a named patient\'s treatment plan (implant region 36, GOZ positions, bone augmentation)')
def m025():
    m = new(S['albers'], 'Zahnarztpraxis Dr. Gesine Haubold <praxis@zahnarzt-haubold.example>',
            'Heil- und Kostenplan vom 02.02.2026 - Patientin Renate Bauer',
            '2026-02-13 09:44', lang='de-DE')
    text(m, """
Sehr geehrte Frau Dr. Haubold,

Ihre Patientin, Frau Renate Bauer (geb. 22.11.1961, bei uns versichert
unter KV 4402 118 730, Tarif ZahnPremium), hat uns Ihren Heil- und
Kostenplan vom 02.02.2026 zur Prüfung eingereicht.

Geplant ist die Versorgung der Lücke regio 36 mit einem Implantat und
einer vollkeramischen Krone, vorab ein externer Sinuslift ist nicht
nötig, aber ein Knochenaufbau (GOZ 9100) und eine Membran.

Bevor wir eine Zusage geben können, bitten wir um:
1. das aktuelle OPG bzw. DVT, aus dem sich das Knochenangebot ergibt,
2. eine kurze Begründung für den 3,5-fachen Satz bei GOZ 9010
   (Implantatinsertion) - laut Plan "erschwerte Bedingungen",
3. die Angabe, seit wann Zahn 36 fehlt (Extraktion laut Patientin 2024
   wegen Wurzelfraktur).

Die Material- und Laborkosten (geschätzt 1.180 EUR) sind nach dem Tarif
zu 80 % erstattungsfähig. Über die Unterlagen freuen wir uns gern per Fax
(0351 8870-4299) oder über unser SecureMail-Portal.

Mit freundlichen Grüßen
i. A. Dr. Katrin Albers

""" + SIG['albers'] + FOOTER_DE)
    return m


@mail(26, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: EN-DE-ES glossary of medical and claims terms for the translation agency (CSV), no patient')
def m026():
    m = new(S['alves'], 'LinguaMed Projektmanagement <projekte@linguamed.example>',
            'Glossary for our translations - medical / claims terms (v3)',
            '2026-02-16 15:30', lang='en-GB')
    text(m, """
Hello LinguaMed team,

as discussed with Dr Hofstätter, here is our current glossary for the
medical translations. Please use these terms consistently from now on, in
particular "Kostenübernahmeerklärung" for guarantee of payment and
"Entlassungsbericht" for discharge summary.

The file is UTF-8, semicolon separated. New entries this time: dengue,
PCI, medevac, fit to fly, direct billing.

Thanks
Ricardo

""" + SIG['alves'])
    ensure_mixed(m)
    rows = [['en', 'de', 'es', 'note'],
            ['guarantee of payment (GOP)', 'Kostenübernahmeerklärung', 'garantía de pago', 'never "Zahlungsgarantie"'],
            ['discharge summary', 'Entlassungsbericht', 'informe de alta', ''],
            ['admission', 'stationäre Aufnahme', 'ingreso', ''],
            ['fit to fly', 'flugtauglich', 'apto para volar', ''],
            ['medevac / medical evacuation', 'medizinisch notwendiger Rücktransport', 'evacuación médica', ''],
            ['percutaneous coronary intervention (PCI)', 'perkutane Koronarintervention', 'intervención coronaria percutánea', 'keep abbreviation'],
            ['dengue fever', 'Denguefieber', 'fiebre del dengue', ''],
            ['caesarean section', 'Kaiserschnitt (Sectio caesarea)', 'cesárea', ''],
            ['pre-existing condition', 'Vorerkrankung', 'enfermedad preexistente', ''],
            ['deductible / excess', 'Selbstbehalt', 'franquicia', ''],
            ['direct billing', 'Direktabrechnung', 'facturación directa', ''],
            ['attending physician', 'behandelnder Arzt', 'médico tratante', ''],
            ['ICU', 'Intensivstation', 'UCI', '']]
    attach(m, csvb(rows), 'EGH_glossary_v3.csv')
    return m


@mail(27, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'internal team mail: a named colleague is in hospital after emergency appendix surgery (employee health data)')
def m027():
    m = new(S['alves'], 'International Health Desk <ihd-team@elbtal-versicherung.example>',
            'Fiona - cover for her cases', '2026-02-17 08:02', agent='iphone')
    text(m, """
Hi all,

Fiona called me last night from the UKE - she had an emergency
appendectomy yesterday afternoon (perforated appendix, so a few more days
in hospital than usual) and will be off sick for at least two weeks. She
asked me to let you know and says she is fine, just sore.

Her open cases are in the shared queue now. Aisha takes the Bangkok and
Dubai GOPs, Jan the US cases. Please no calls or work mails to her.

Card and flowers are on my desk if you want to sign.

Ricardo

Sent from my iPhone
""", charset='us-ascii', cte='7bit')
    return m


@mail(28, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, legal-expenses cover for a tenancy deposit dispute with his landlord, policy and case no., lawyer fees')
def m028():
    m = new(S['gruber'], 'Daniel Fraser <dan.fraser@fastpost.example>',
            'Legal expenses cover confirmed - your deposit dispute (RS-26-00781)',
            '2026-02-18 11:26', lang='en-GB')
    text(m, """
Dear Mr Fraser,

thank you for your call and the documents. I can confirm cover under your
legal expenses policy RS 7701 554 012 (Privat- und Wohnungs-Rechtsschutz)
for the following matter:

Case number:  RS-26-00781
Matter:       return of the rental deposit (EUR 3,600) and dispute about
              the final utility bill for the flat Schweizer Strasse 12,
              60594 Frankfurt am Main
Opponent:     Hausverwaltung Main-Immobilien GbR (landlord's agent)
Deductible:   EUR 150

We cover the statutory fees of a lawyer of your choice for an out-of-court
letter and, if needed, proceedings at the Amtsgericht Frankfurt. If you do
not know a lawyer, our partner firm Kanzlei Brenndörfer & Wu speaks
English and has tenancy law specialists; they can be reached on
069 2570 3310.

Please ask your lawyer to send the fee notes directly to us, quoting the
case number.

Kind regards

""" + SIG['gruber'] + FOOTER_EN)
    return m


@mail(29, 'NORMAL', 'de', 'internal',
      'trap: anonymised case (age band, region, diagnosis group) for the claims conference, no identifying details')
def m029():
    m = new(S['albers'], 'Schadenkonferenz KV <schadenkonferenz-kv@elbtal-versicherung.example>',
            'Fall für die Schadenkonferenz am 24.02. (anonymisiert)', '2026-02-19 17:12', lang='de-DE')
    text(m, """
Liebe Kolleginnen und Kollegen,

für die nächste Schadenkonferenz schlage ich folgenden Fall vor. Er ist
für die Runde anonymisiert; Vorgangsnummer und Namen bleiben in der Akte.

Fallskizze
- Versicherte Person: männlich, Altersgruppe 40-49, Region Süd,
  Vollversicherung seit über 10 Jahren
- Ausgangslage: Krankentagegeld seit 14 Monaten wegen einer chronischen
  Schmerzerkrankung des Rückens, mehrere Facharztwechsel
- Streitpunkt: Berufsunfähigkeit im Sinne der MB/KT (Ende der KT-Leistung)
  vs. weiter bestehende Arbeitsunfähigkeit; die Gutachten widersprechen
  sich
- Frage an die Runde: Drittes Gutachten oder Vergleichsangebot?

Ähnliche Konstellationen hatten wir 2025 in fünf Fällen; in drei davon
wurde verglichen (im Schnitt 9 Monatssätze).

Bitte Ideen bis Montag an mich.

Viele Grüße
Katrin Albers

""" + SIG['albers'])
    return m


@mail(30, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'pre-authorisation of a planned caesarean birth for a named member at a London hospital (pregnancy, O-codes)')
def m030():
    m = new(S['mcallister'], "Patient Finance <patient.finance@staldhelms.example>",
            'Pre-authorisation PA-26-0412 - Mrs Laura Brennan-Schulz - elective LSCS',
            '2026-02-20 12:15', lang='en-GB')
    text(m, """
Dear Mr Okafor,

thank you for the estimate for our member's delivery.

Member:        Mrs Laura Brennan-Schulz, DOB 28/09/1989
Member no.:    EGH-INT-2023-001177-02 (dependant of Mr Tobias Schulz)
Plan:          Expat Premium, area 1 excl. USA, maternity covered after
               10 months waiting period (met)
Consultant:    Miss Helen Ashworth FRCOG
Procedure:     elective lower segment caesarean section at 39+0 weeks,
               planned admission 23/03/2026, estimated 3 nights
Indication:    breech presentation (O32.1) and previous caesarean (O34.2)

We authorise the package price of GBP 9,850 (hospital) plus consultant and
anaesthetist fees as per your estimate (GBP 4,200), and the new-born's
routine care during the mother's stay. Any NICU admission for the baby
needs a separate authorisation - the baby is not yet a member; please ask
the parents to register the child within two months of birth so cover runs
from the date of birth.

Authorisation valid 16/03-06/04/2026.

Kind regards
Fiona McAllister

""" + SIG['mcallister'] + FOOTER_EN)
    return m


@mail(31, 'CONFIDENTIAL', 'de', 'insurer-to-authority',
      'answer to a police enquiry: names the policyholder and motor policy of a vehicle after a hit-and-run (property damage only)')
def m031():
    m = new(S['brandt'], 'Polizeirevier Dresden-Nord <pr-nord.pd-dresden@polizei.sachsen.example>',
            'Ihre Anfrage vom 17.02.2026 - Tgb.-Nr. 2026/041177 - Kfz DD-XR 318',
            '2026-02-20 14:02', lang='de-DE')
    text(m, """
Sehr geehrter Herr Polizeioberkommissar Wendt,

zu Ihrer Anfrage wegen unerlaubten Entfernens vom Unfallort (Sachschaden
an einem geparkten Pkw, Großenhainer Straße, 16.02.2026) teilen wir Ihnen
mit:

Für das Fahrzeug mit dem amtlichen Kennzeichen DD-XR 318 (Opel Corsa,
FIN W0L0SDL08K6039912) besteht bei uns eine Kfz-Haftpflichtversicherung,
Vertragsnummer 47-119 660 271, seit 01.04.2023.

Versicherungsnehmer und Halter: Herr Kevin Raschke, Leipziger Straße 201,
01139 Dresden.

Ein Schaden zu diesem Ereignis ist bei uns bisher nicht gemeldet worden.
Über die Mitteilung der Halterdaten hinaus können wir Ihnen ohne
Beschluss keine weiteren Auskünfte geben.

Mit freundlichen Grüßen

""" + SIG['brandt'] + FOOTER_DE)
    return m


@mail(32, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: print proof of a health-premium adjustment letter with the fictitious sample customer "Erika Mustermann" and sample numbers')
def m032():
    m = new(S['brenner'], 'Druckhaus Meißen Auftragsannahme <auftrag@druckhaus-meissen.example>',
            'Freigabe Andruck: Beitragsanpassung KV 2026 (Auftrag 26-0217)',
            '2026-02-23 10:09', cc=S['albers'], lang='de-DE')
    text(m, """
Guten Tag Herr Pfeiffer,

vielen Dank für den Andruck. Mit zwei Korrekturen ist er freigegeben:

1. Seite 1, Infokasten: "Ihr neuer Monatsbeitrag ab 01.04.2026" statt
   "ab 01.01.2026".
2. Seite 3, Tabelle: der Tarif "ComfortPlus stationär" bitte mit
   Selbstbehalt "0 EUR" statt leerem Feld.

Zur Sicherheit noch einmal: Der Andruck darf nur die Musterdaten
enthalten, so wie jetzt ("Erika Mustermann, Musterstraße 1, 12345
Musterstadt, Versicherungsnummer 0000 000 000, Diagnose/Risikozuschlag:
Beispiel"). Die echten Adress- und Beitragsdaten übertragen wir wie immer
am Produktionstag per SFTP, nicht per Mail.

Auflage: ca. 61.000 Briefe, Versand ab 02.03.

Mit freundlichen Grüßen
Oliver Brenner

""" + SIG['brenner'] + FOOTER_DE)
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'Ihre Krankenversicherung: Beitragsanpassung zum 01.04.2026'),
        'Elbtal Krankenversicherung AG - MUSTER / ANDRUCK - NICHT VERSENDEN',
        '',
        'Frau Erika Mustermann, Musterstraße 1, 12345 Musterstadt',
        'Versicherungsnummer: 0000 000 000',
        '',
        'Sehr geehrte Frau Mustermann,',
        'die Leistungsausgaben in Ihrem Tarif sind stärker gestiegen als kalkuliert. Der unabhängige',
        'Treuhänder hat der Anpassung zugestimmt. Ihr neuer Monatsbeitrag ab 01.04.2026: 000,00 EUR.',
        '',
        'Tarif | bisher | neu | Selbstbehalt',
        'ComfortPlus ambulant | 000,00 | 000,00 | 000 EUR',
        'ComfortPlus stationär | 000,00 | 000,00 | 0 EUR',
        'ZahnPremium | 00,00 | 00,00 | -',
        '',
        'Beispiel-Risikozuschlag: 00,00 EUR (Platzhalter)',
    ], 'Andruck Beitragsanpassung 2026', 'Druckhaus Meißen', '2026-02-20 16:00', producer='PrintFlow PDF 9'),
        'Andruck_26-0217_BAP_KV_Muster.pdf')
    return m


@mail(33, 'STRICTLY_CONFIDENTIAL', 'de', 'customer',
      'inline-forwarded customer mail: named mother asks about occupational therapy for her son with ADHD (diagnosis of a child)')
def m033():
    m = new(S['kraemer'], 'Leistung Kranken <leistung-kv@elbtal-versicherung.example>',
            'WG: Ergotherapie für meinen Sohn', '2026-02-24 08:37', lang='de-DE')
    text(m, """
Hallo Leistungsteam,

bitte übernehmt ihr die Kundin? Sie wartet auf eine Antwort zur
Kostenübernahme, Vertrag ist KV 4402 095 514.

Danke und Gruß
Sabine

-----Ursprüngliche Nachricht-----
Von: Anke Jurisch <anke.jurisch@gmx-mail.example>
Gesendet: Montag, 23. Februar 2026 21:14
An: service@elbtal-versicherung.example
Betreff: Ergotherapie für meinen Sohn

Sehr geehrte Damen und Herren,

bei meinem Sohn Leon (8 Jahre, mitversichert bei mir) wurde im Januar im
Sozialpädiatrischen Zentrum ADHS festgestellt (F90.0), außerdem eine
Lese-Rechtschreib-Störung. Die Kinderärztin hat 20 Stunden Ergotherapie
verordnet und empfiehlt zusätzlich ein Elterntraining. Medikamente wollen
wir erstmal nicht.

Zahlen Sie die Ergotherapie und das Training? Und muss ich vorher einen
Antrag stellen? Die Praxis hat im März Termine frei.

Vielen Dank
Anke Jurisch
Kamenzer Str. 9, 01099 Dresden

""" + SIG['kraemer'])
    return m


@mail(34, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customers, travel baggage delay/loss claim with PIR reference and list of items (no health content)')
def m034():
    m = new(S['hahn'], 'Jason Kowalczyk <jkowalczyk@mailbox.example>',
            'Your baggage claim RG-26-00339 (flight LH 431, 14 Feb)', '2026-02-25 15:48', lang='en-US')
    text(m, """
Dear Mr Kowalczyk,

thank you for your claim under the travel insurance policy RV 3010 448 876
(family cover for you, Mrs Dana Kowalczyk and your two children).

Your suitcase did not arrive on flight LH 431 Chicago-Frankfurt on
14 February (airline file reference FRALH48817, Property Irregularity
Report). According to Lufthansa it was delivered to your home on
19 February, so this is a delay, not a loss.

Covered emergency purchases for the delay (up to EUR 400 per person):
  clothing and toiletries, receipts 15-18 Feb       EUR 486.30
  children's clothes, receipt 15 Feb                EUR 132.95
  Total                                             EUR 619.25
  Less amount already paid by Lufthansa             EUR 200.00
  We pay                                            EUR 419.25

The damaged suitcase (broken wheel, Samsonite Cosmolite 75 cm) is a matter
for the airline first; please send us their decision and we will pay the
rest up to the current value.

The amount goes to the account ending 6677 88 as before.

Kind regards

""" + SIG['hahn'] + FOOTER_EN)
    return m


@mail(35, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: quarterly SLA review with the assistance company (case counts, evacuations, response times by region), aggregates only')
def m035():
    m = new(S['alves'], 'Grace Ellul <grace.ellul@meridian-assist.example>',
            'Q4/2025 SLA review - our comments', '2026-02-26 10:31',
            cc='Dr Farah Haddad <farah.haddad@meridian-assist.example>', lang='en-GB')
    alt(m, """
Hi Grace,

thanks for the Q4 report. Our comments before the call on Monday:

Region            Cases  Inpatient  Evacuations  GOP < 4h  Target
Middle East        138       61           9          92 %    90 %
South-East Asia    171       88          14          84 %    90 %
Europe             103       40           6          97 %    90 %
Americas            41       19           8          88 %    90 %
Total              453      208          37          89 %    90 %

- South-East Asia is below target for the second quarter. Most late GOPs
  were night admissions in Bangkok and Ho Chi Minh City. Can you add a
  night medical officer in Kuala Lumpur as discussed?
- 37 evacuations, of which 11 by air ambulance - please show us the
  medical reasons by category (cardiac, trauma, neuro, other) next time.
- Cost containment savings of 12.4 % on hospital bills are good.

Best
Ricardo
""", """
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Grace,</p>
<p>thanks for the Q4 report. Our comments before the call on Monday:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Region</th><th>Cases</th><th>Inpatient</th><th>Evacuations</th><th>GOP &lt; 4h</th><th>Target</th></tr>
<tr><td>Middle East</td><td>138</td><td>61</td><td>9</td><td>92 %</td><td>90 %</td></tr>
<tr><td>South-East Asia</td><td>171</td><td>88</td><td>14</td><td>84 %</td><td>90 %</td></tr>
<tr><td>Europe</td><td>103</td><td>40</td><td>6</td><td>97 %</td><td>90 %</td></tr>
<tr><td>Americas</td><td>41</td><td>19</td><td>8</td><td>88 %</td><td>90 %</td></tr>
<tr><td><b>Total</b></td><td>453</td><td>208</td><td>37</td><td>89 %</td><td>90 %</td></tr>
</table>
<ul>
<li>South-East Asia is below target for the second quarter. Most late GOPs were night admissions in Bangkok and Ho Chi Minh City. Can you add a night medical officer in Kuala Lumpur as discussed?</li>
<li>37 evacuations, of which 11 by air ambulance &ndash; please show us the medical reasons by category (cardiac, trauma, neuro, other) next time.</li>
<li>Cost containment savings of 12.4 % on hospital bills are good.</li>
</ul>
<p>Best<br>Ricardo</p>
</body></html>
""")
    return m

@mail(36, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident-insurance disability benefit for a named customer: wrist fracture S52.5, limb table 2/7, medical report cited')
def m036():
    m = new(S['rauch'], 'Marco Vetter <marco.vetter@web-post.example>',
            'Ihre Unfallversicherung UV 6120 338 904 - Invaliditätsleistung', '2026-02-27 11:05', lang='de-DE')
    text(m, """
Sehr geehrter Herr Vetter,

das Gutachten von Herrn Dr. med. Bernd Ullrich (Unfallchirurgie,
Radebeul) vom 12.02.2026 liegt uns jetzt vor. Danke für Ihre Geduld.

Unfall:          03.05.2025, Sturz mit dem Mountainbike im Tharandter Wald
Verletzung:      distale Radiusfraktur rechts (S52.5), operative Versorgung
                 mit Plattenosteosynthese am 04.05.2025, Metallentfernung
                 11/2025
Dauerfolgen:     Bewegungseinschränkung des rechten Handgelenks
                 (Streckung/Beugung 40-0-45 gegenüber 70-0-80 links),
                 Kraftminderung, belastungsabhängige Schmerzen

Der Gutachter bewertet die Funktionsbeeinträchtigung mit 2/7 Handwert.
Nach der Gliedertaxe Ihres Vertrags (Hand im Handgelenk 55 %) ergibt das
einen Invaliditätsgrad von 15,71 %.

Berechnung bei einer Grundsumme von 100.000 EUR und Progression 350 %:
15,71 % liegen unter der Progressionsschwelle, daher
  Invaliditätsleistung                          15.710,00 EUR
  abzüglich Vorschuss vom 20.10.2025            -5.000,00 EUR
  Auszahlung                                    10.710,00 EUR

Den Betrag überweisen wir in den nächsten Tagen. Sie und wir können den
Invaliditätsgrad bis zu drei Jahre nach dem Unfall neu bemessen lassen.

Mit freundlichen Grüßen

""" + SIG['rauch'] + FOOTER_DE)
    return m


@mail(37, 'NORMAL', 'de', 'internal',
      'trap: staff flu-vaccination campaign by the company doctor (vaccines, dates, contraindications in general), no person')
def m037():
    m = new(S['reuter'], 'Alle Mitarbeitenden Dresden <alle-dresden@elbtal-versicherung.example>',
            'Grippeschutzimpfung im Haus - Termine im Oktober? Nein: jetzt noch Nachholtermine!',
            '2026-03-02 08:30', lang='de-DE')
    text(m, """
Liebe Kolleginnen und Kollegen,

die Grippewelle ist in Sachsen noch nicht vorbei. Wer sich im Herbst nicht
hat impfen lassen, kann das im Haus nachholen:

Dienstag, 10.03., und Donnerstag, 12.03.2026, jeweils 9-12 Uhr,
Betriebsarztpraxis, Erdgeschoss Haus B.

Verimpft wird der quadrivalente Impfstoff der Saison 2025/26 (Hochdosis-
Impfstoff für Kolleginnen und Kollegen ab 60). Bitte bringen Sie Ihren
Impfpass mit. Wer akut mit Fieber erkrankt ist oder eine bekannte
Hühnereiweißallergie hat, spricht mich bitte vorher an. Die Impfung ist
freiwillig und kostenlos; wir melden keine Namen an die Führungskräfte.

Anmeldung ohne Angabe von Gründen über das Intranet (Gesundheit >
Impfaktion).

Viele Grüße
Wolfgang Reuter

""" + SIG['reuter'])
    return m


@mail(38, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named homeowners, storm damage to the roof under buildings insurance with policy and claim no.; windows-1252 QP')
def m038():
    m = new(S['hartmann'], 'Matthias Kühnel <m.kuehnel@t-netz.example>',
            'Sturmschaden Sturmtief "Vera" - Schaden-Nr. 26/WG/000918', '2026-03-03 09:58',
            cc='Yvonne Kühnel <yvonne.kuehnel@t-netz.example>', lang='de-DE')
    text(m, """
Sehr geehrte Eheleute Kühnel,

wir haben Ihre Meldung zum Sturmschaden an Ihrem Haus Am Hohen Stein 7,
01705 Freital, erhalten.

Wohngebäudeversicherung:  WG 8802 115 967
Schadentag:               28.02.2026 (Sturmtief "Vera", Windstärke 9 laut
                          Deutschem Wetterdienst am Standort)
Schaden:                  ca. 30 abgedeckte Dachziegel, beschädigte
                          Dachrinne, Wasserfleck im Kinderzimmer

Die Notabdeckung durch die Firma Dachbau Freital war richtig, die Kosten
(412,50 EUR) übernehmen wir. Für die Reparatur bitten wir um einen
Kostenvoranschlag; bis 5.000 EUR können wir ohne Besichtigung regulieren.
Den Innenschaden (Tapete, Deckenanstrich) nehmen Sie bitte mit Fotos in
den Kostenvoranschlag des Malers auf.

Ihr Selbstbehalt beträgt 250 EUR.

Mit freundlichen Grüßen

""" + SIG['hartmann'] + FOOTER_DE, charset='windows-1252', cte='quoted-printable')
    return m


@mail(39, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-relative',
      'to the daughter of a named customer who died on holiday in Spain: cause of death, repatriation of remains, travel policy')
def m039():
    m = new(S['hahn'], 'Emma Pritchard-Lowe <emma.pritchardlowe@postbox-uk.example>',
            'Your father Alan Pritchard - repatriation from Malaga', '2026-03-04 13:20', lang='en-GB')
    text(m, """
Dear Mrs Pritchard-Lowe,

please accept our sincere condolences on the death of your father.

I am the case handler for his travel insurance (policy RV 3010 512 040,
Reise-Komfort Jahrespolice). As discussed on the phone this morning:

- Your father died on 2 March 2026 at Clinica Maritima in Malaga. The
  death certificate issued by the hospital gives acute myocardial
  infarction with cardiac arrest as the cause of death; the autopsy that
  the Spanish authorities first considered will not take place.
- His policy covers the repatriation of the remains to the place of
  burial or the cost of a cremation locally, up to EUR 25,000. You told
  me the family wishes the burial to take place in Bristol.
- Our assistance partner Meridian Assist will arrange the transfer with a
  licensed undertaker in Malaga (embalming, zinc-lined coffin, consular
  documents) and the flight Malaga-Bristol. Their coordinator, Mr
  Camilleri, will call you today.
- The hospital bill for the two days in intensive care is covered under
  the same policy and will be settled directly with the hospital.

We need from you: a copy of the Spanish death certificate (the hospital
gives it to the undertaker) and the name of the funeral director in
Bristol. Your father's life insurance with our sister company is handled
separately by my colleague Julia Lindqvist, who will write to you.

With kind regards

""" + SIG['hahn'] + FOOTER_EN)
    return m


@mail(40, 'NORMAL', 'de', 'internal',
      'trap: IT ticket about failing S/MIME encryption to foreign hospitals (expired certificate), mentions "Arztberichte", no case data')
def m040():
    m = new(S['kowalski'], S['alves'],
            '[Ticket #INC-2026-08812] Verschlüsselte Mails an Partnerkliniken kommen zurück',
            '2026-03-04 15:44', agent='system', lang='de-DE',
            extra=[('X-Ticket-ID', 'INC-2026-08812')])
    text(m, """
Hallo Herr Alves,

Ihr Ticket INC-2026-08812 ("verschlüsselte Mails an Sukhumvit Premier
Hospital und Al Noor kommen als unzustellbar zurück") ist bearbeitet.

Ursache: Das S/MIME-Domänenzertifikat von sph-bangkok.example ist am
01.03.2026 abgelaufen; der Gateway hat die Mails deshalb nicht
verschlüsselt und - wie konfiguriert - nicht im Klartext versendet. Bei
alnoor-harbour.example lag ein neues Zertifikat vor, das noch nicht in
unserem Verzeichnis war.

Erledigt:
- neues Zertifikat Al Noor importiert und geprüft (gültig bis 02/2028)
- Sukhumvit: Ansprechpartner IT angeschrieben, bis dahin bitte Arzt-
  berichte und Kostenübernahmen über das SecureMail-Portal schicken
- 14 zurückgehaltene Mails liegen in der Quarantäne; sie gehen
  automatisch raus, sobald das Zertifikat da ist

Bitte schließen Sie das Ticket nicht, ich melde mich nach dem Import.

Viele Grüße

""" + SIG['kowalski'], charset='utf-8', cte='8bit')
    return m


@mail(41, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, legal-expenses cover for an unfair-dismissal action, gross salary stated (income data)')
def m041():
    m = new(S['gruber'], 'Sandra Pietsch <sandra.pietsch@gmx-mail.example>',
            'Deckungszusage Kündigungsschutzklage - Ihr Zeichen RS-26-00912', '2026-03-05 10:22', lang='de-DE')
    text(m, """
Sehr geehrte Frau Pietsch,

für Ihre Kündigungsschutzklage gegen die Sachsenland Logistik GmbH
erteilen wir Deckungszusage aus Ihrer Rechtsschutzversicherung
RS 7701 330 981 (Berufs-Rechtsschutz, Selbstbeteiligung 250 EUR).

Zur Berechnung des Streitwerts hat Ihr Anwalt, Herr Rechtsanwalt Mende,
Ihr Bruttomonatsgehalt mit 3.940 EUR zzgl. Schichtzulagen von
durchschnittlich 410 EUR angegeben; der Streitwert für die
Kündigungsschutzklage liegt damit bei drei Bruttomonatsgehältern, also
13.050 EUR.

Übernommen werden die gesetzlichen Gebühren Ihres Anwalts für die erste
Instanz vor dem Arbeitsgericht Dresden. Eine Kostenerstattung durch den
Gegner gibt es in der ersten Instanz im Arbeitsrecht nicht, daher ist
die Rechtsschutzversicherung hier besonders wichtig.

Den Gütetermin am 24.03.2026 können Sie wie geplant wahrnehmen.

Mit freundlichen Grüßen

""" + SIG['gruber'] + FOOTER_DE)
    return m


@mail(42, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'cost-coverage confirmation to a university hospital for a named patient\'s hip replacement (M16.1), elective services')
def m042():
    m = new(S['albers'], 'Patientenaufnahme Uniklinikum <aufnahme@ukdd.example>',
            'Kostenübernahme stationär - Herr Günter Lorenz, geb. 15.08.1955', '2026-03-05 14:37', lang='de-DE')
    text(m, """
Sehr geehrte Damen und Herren,

für unseren Versicherten

  Günter Lorenz, geb. 15.08.1955
  Versicherungsnummer KV 4401 006 213
  Tarif ComfortPlus stationär, Wahlleistung Zweibettzimmer und Chefarzt

übernehmen wir die Kosten der stationären Behandlung in Ihrer Klinik für
Orthopädie und Unfallchirurgie ab dem 16.03.2026 (geplante Aufnahme zur
Hüft-TEP rechts bei primärer Koxarthrose, M16.1) im Rahmen der
Tarifbedingungen:

- allgemeine Krankenhausleistungen nach DRG (voraussichtlich I47B)
- gesondert berechenbare Unterkunft im Zweibettzimmer
- wahlärztliche Leistungen nach GOÄ bis zum 3,5-fachen Satz

Die Anschlussheilbehandlung beantragen Sie bitte wie gewohnt gesondert.
Rechnungen bitte direkt an uns mit dem Vermerk "Direktabrechnung".

Mit freundlichen Grüßen

""" + SIG['albers'] + FOOTER_DE)
    return m


@mail(43, 'NORMAL', 'en', 'insurer-to-company',
      'trap: webinar invitation for HR managers on mental health of expatriates (burnout, depression in general), ICS, no person')
def m043():
    m = new(S['petersen'], 'Global Mobility Leads <gm-leads@orbis-benefits.example>',
            'Invitation: "Mental health on assignment" - HR webinar, 19 March',
            '2026-03-06 09:10', lang='en-GB')
    text(m, """
Dear HR and Global Mobility colleagues,

one in three assignments that end early does so for family or mental
health reasons. In our next HR webinar we look at what employers can do:

- Warning signs: exhaustion, sleep problems, withdrawal, alcohol
- What our Employee Assistance Programme offers (counselling in eight
  languages, crisis line, manager consultations)
- Depression and burnout abroad: access to psychiatrists and
  psychotherapists, what the Expat plans reimburse
- Case studies from other Orbis clients (anonymised)

Speakers: Dr Farah Haddad (Meridian Assist) and Anja Petersen (Elbtal)
Thursday, 19 March 2026, 15:00-16:00 CET, Microsoft Teams

The calendar invitation is attached. Please forward it to colleagues who
look after assignees.

Kind regards
Anja Petersen

""" + SIG['petersen'] + FOOTER_EN)
    ensure_mixed(m)
    attach(m, ics('d208-0043-webinar@elbtal-versicherung.example', '2026-03-19 15:00', '2026-03-19 16:00',
                  'HR webinar: Mental health on assignment',
                  ('Anja Petersen', 'anja.petersen@elbtal-versicherung.example'),
                  [('Global Mobility Leads', 'gm-leads@orbis-benefits.example')],
                  'Microsoft Teams', 'Webinar for HR and Global Mobility. Dial-in details follow.',
                  stamp='2026-03-06 08:00'), 'webinar_mental_health.ics', params={'method': 'REQUEST'})
    return m


@mail(44, 'CONFIDENTIAL', 'de', 'broker',
      'inline-forwarded broker request with a named prospect\'s birth date, address and prior household claims')
def m044():
    m = new(S['schuster'], 'Angebotsteam Sach <angebote-sach@elbtal-versicherung.example>',
            'WG: Angebot Hausrat + PHV für Fam. Dörfler', '2026-03-06 11:55', lang='de-DE')
    text(m, """
Hallo zusammen,

könnt ihr das bitte bis Mittwoch rechnen? Herr Ostermann hat Druck vom
Kunden. Vorschäden bitte wie immer über die Risikoprüfung.

Danke
Birgit

""" + SIG['schuster'] + """

________________________________
Von: Ronny Ostermann <info@ostermann-makler.example>
Gesendet: Freitag, 6. März 2026 10:31
An: Schuster, Birgit <birgit.schuster@elbtal-versicherung.example>
Betreff: Angebot Hausrat + PHV für Fam. Dörfler

Hallo Frau Schuster,

bitte ein Angebot Hausrat (Elementar mit) und Privathaftpflicht
(Familie) für:

Annegret Dörfler, geb. 19.07.1968, und Uwe Dörfler, geb. 02.01.1966,
Töpferstraße 3, 02625 Bautzen, Einfamilienhaus, 142 qm Wohnfläche,
Versicherungssumme Hausrat 95.000 EUR.

Vorversicherung: Lausitzer Feuer, dort zwei Schäden in den letzten fünf
Jahren (Einbruch 2022: 4.300 EUR, Leitungswasser 2024: 1.850 EUR),
gekündigt durch den Versicherer zum 31.03.2026. Die PHV hat Frau Dörfler
schon bei Ihnen (PH 6610 772 301).

Beginn 01.04.2026.

Viele Grüße
Ronny Ostermann
Versicherungsmakler Ronny Ostermann e.K., Bautzen
""")
    return m


@mail(45, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'HR to a team lead: reintegration management (BEM) for a named employee after long illness, graded return and restrictions')
def m045():
    m = new(S['sommer'], S['hartmann'],
            'BEM - Herr Rico Fiedler, Gespräch am 16.03.', '2026-03-09 14:03', lang='de-DE')
    text(m, """
Hallo Herr Hartmann,

Herr Fiedler aus Ihrem Team ist seit dem 12.01. arbeitsunfähig und hat
damit die sechs Wochen überschritten. Er hat dem Angebot eines
betrieblichen Eingliederungsmanagements zugestimmt; das Erstgespräch ist
am Montag, 16.03., 10 Uhr, bei mir, Herr Dr. Reuter ist dabei.

Herr Fiedler war so offen, mir vorab zu sagen, dass er nach einem
Bandscheibenvorfall (LWK 4/5) operiert wurde und derzeit in einer
ambulanten Reha ist. Nach Einschätzung seines Orthopäden wird eine
stufenweise Wiedereingliederung ab April möglich sein, zunächst 4 Stunden
täglich, ohne Heben über 10 kg und mit Steh-/Sitzarbeitsplatz.

Meine Bitte an Sie:
- prüfen Sie, ob ein höhenverstellbarer Tisch im Team frei ist,
- Außentermine (Besichtigungen) sollten bis auf Weiteres andere
  übernehmen,
- behandeln Sie die Informationen bitte vertraulich, auch im Team.

Viele Grüße
Nadine Sommer

""" + SIG['sommer'])
    return m


@mail(46, 'NORMAL', 'de', 'insurer-to-customer',
      'trap: system mail with a one-time password for the customer portal, no name, no contract')
def m046():
    m = new('Elbtal Kundenportal <no-reply@elbtal-versicherung.example>',
            'l.lange.dd@fastpost.example', 'Ihr Einmal-Passwort für das Elbtal Kundenportal',
            '2026-03-09 19:27', agent='system',
            extra=[('Auto-Submitted', 'auto-generated')])
    text(m, """
Guten Tag,

Sie haben die Registrierung im Elbtal Kundenportal gestartet. Ihr
Einmal-Passwort lautet:

    7Q4-KM2-Z9T

Es ist 30 Minuten gültig. Geben Sie es auf der Seite ein, auf der Sie die
Registrierung begonnen haben, und legen Sie danach Ihr eigenes Passwort
und eine Sicherheitsfrage fest.

Sie haben keine Registrierung gestartet? Dann ignorieren Sie diese E-Mail;
Ihr Zugang wird nicht angelegt.

Wir fragen Sie nie per E-Mail oder Telefon nach Ihrem Passwort.

Ihr Elbtal Kundenportal
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""", cte='quoted-printable')
    return m


@mail(47, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'request to a London consultant for a medical report on a named member with colon cancer (C18.7) and planned chemotherapy')
def m047():
    m = new(S['mcallister'], 'Dr Nikhil Rao <secretary.rao@staldhelms.example>',
            'Medical report request - Mr Oliver GRANT, DOB 05/01/1968', '2026-03-10 10:40', lang='en-GB')
    text(m, """
Dear Dr Rao,

your patient Mr Oliver Grant (DOB 05/01/1968, Elbtal Global Health member
EGH-INT-2022-000931-01) has asked us to cover six cycles of adjuvant
chemotherapy (FOLFOX) following his laparoscopic left hemicolectomy on
18 February for a sigmoid adenocarcinoma (C18.7), pT3 N1a M0 according
to the histology report he forwarded.

To confirm cover we need a short report from you with:
1. the treatment plan (regimen, number of cycles, start date, setting -
   day case or home infusion),
2. the MDT recommendation,
3. confirmation that the PICC line or port insertion is planned as a day
   case.

Mr Grant has signed the consent for the release of medical information;
a copy is attached to the request in our portal. The report can be
uploaded there or sent to us by secure mail - please not by ordinary
e-mail. Your fee for the report (GBP 150) will be paid by us.

With kind regards
Fiona McAllister

""" + SIG['mcallister'] + FOOTER_EN)
    return m


@mail(48, 'CONFIDENTIAL', 'de', 'insurer-to-partner',
      'request to the previous motor insurer: named customer with birth date, former policy and claims-free class (SF)')
def m048():
    m = new(S['brandt'], 'Vorversicherer-Anfragen Lausitzer Feuer <sf-anfragen@lausitzer-feuer.example>',
            'SF-Anfrage nach GDV-Verfahren - VN Lea Wagner, geb. 08.05.1996', '2026-03-10 13:12',
            agent='system', lang='de-DE')
    text(m, """
Sehr geehrte Damen und Herren,

wir haben für Frau Lea Wagner, geb. 08.05.1996, wohnhaft Kesselsdorfer
Straße 66, 01159 Dresden, ab dem 01.02.2026 einen Kfz-Vertrag
(47-121 008 732, VW Polo, DD-LW 596) abgeschlossen.

Nach Angabe der Kundin bestand bei Ihnen bis 31.01.2026 der Vertrag
KF-2209-117765 für das Fahrzeug DD-LW 202 mit der Einstufung
SF 4 (Haftpflicht) und SF 3 (Vollkasko).

Wir bitten um Bestätigung des Schadenverlaufs:
- Einstufung zum Vertragsende
- Anzahl der Schäden im laufenden und im Vorjahr (Kfz-Haftpflicht und
  Vollkasko getrennt)
- ggf. Rückstufung zum Ablauf

Bitte antworten Sie an kfz-vorversicherung@elbtal-versicherung.example.

Mit freundlichen Grüßen
Elbtal Allgemeine Versicherung AG
Kfz-Vertrag, i. A. Jonas Brandt
""")
    return m


@mail(49, 'NORMAL', 'de', 'insurer-to-authority',
      'trap: data-protection officer answers a supervisory authority\'s questionnaire on processors for health data, no person')
def m049():
    m = new(S['neumeier'], 'Referat 3 - Sächsische Datenschutzbeauftragte <referat3@sdb.sachsen.example>',
            'Ihr Az. 3-0472/26 - Fragenkatalog Auftragsverarbeitung Gesundheitsdaten',
            '2026-03-11 16:55', lang='de-DE')
    text(m, """
Sehr geehrte Frau Dr. Weigel,

zu Ihrem Fragenkatalog vom 16.02.2026 nehmen wir wie folgt Stellung:

1. Welche Auftragsverarbeiter erhalten Gesundheitsdaten?
   - ein Dienstleister für Posteingang und Scannen (Dresden),
   - ein Übersetzungsbüro für medizinische Unterlagen (Leipzig, Vertrag
     ab 01.03.2026, Verpflichtung nach § 203 Abs. 4 StGB),
   - ein Assistance-Dienstleister mit Sitz in Malta für Notfälle im
     Ausland (Angemessenheit: EU),
   - Partnerkrankenhäuser im Drittland erhalten Daten nicht als
     Auftragsverarbeiter, sondern zur Direktabrechnung (Art. 49 Abs. 1
     lit. b und c DSGVO bzw. Einwilligung).

2. Wie werden die Daten übermittelt?
   Per E-Mail nur verschlüsselt (S/MIME, Domänenzertifikate, TLS mit
   Pflichtverschlüsselung) oder über unser SecureMail-Portal; Klartext ist
   für Gesundheitsdaten technisch gesperrt.

3. Schweigepflichtentbindung
   Die Einwilligungs- und Schweigepflichtentbindungserklärung nach dem
   GDV-Muster ist seit 2012 in allen Anträgen enthalten.

Die Verträge mit den Auftragsverarbeitern senden wir Ihnen gern über
einen sicheren Kanal Ihrer Wahl.

Mit freundlichen Grüßen
Claudia Neumeier

""" + SIG['neumeier'] + FOOTER_DE)
    return m


@mail(50, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'base64-encoded body: daily sickness benefit for a named self-employed carpenter with herniated disc (M51.1), income used for the daily rate')
def m050():
    m = new(S['albers'], 'Sven Albrecht <tischlerei.albrecht@web-post.example>',
            'Krankentagegeld - fehlende AU-Bescheinigungen', '2026-03-12 09:02', agent='web')
    text(m, """
Sehr geehrter Herr Albrecht,

wir zahlen Ihnen seit dem 43. Tag der Arbeitsunfähigkeit das vereinbarte
Krankentagegeld aus Tarif KT 43 (Vertrag KV 4402 266 190), derzeit 145 EUR
kalendertäglich. Grundlage ist Ihr durchschnittliches Nettoeinkommen aus
der Tischlerei laut Einkommensteuerbescheid 2024 (52.600 EUR).

Für die Zeit ab dem 28.02.2026 liegen uns keine Folgebescheinigungen vor.
Laut der letzten Bescheinigung Ihres Orthopäden (Dr. Matthes) besteht die
Arbeitsunfähigkeit wegen des Bandscheibenvorfalls L5/S1 mit
Nervenwurzelreizung (M51.1) fort, die Operation ist für den 19.03.
geplant.

Bitte schicken Sie uns die Bescheinigungen ab dem 28.02. sowie nach der
Operation den Entlassungsbericht, damit wir ohne Unterbrechung weiter
zahlen können. Die Zahlung für Februar (4.060 EUR) ist gestern erfolgt.

Gute Besserung und freundliche Grüße

""" + SIG['albers'] + FOOTER_DE, cte='base64')
    return m


@mail(51, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, returned direct debit for household and liability premiums, IBAN quoted, reminder with amount')
def m051():
    m = new(S['hughes'], 'Aisling Byrne <aisling.byrne@fastpost.example>',
            'Direct debit returned - household & liability premium', '2026-03-12 15:31', lang='en-IE')
    text(m, """
Dear Ms Byrne,

your bank has returned our direct debit of 4 March for your household and
personal liability insurance:

Policies:    HR 5507 133 802 (Hausrat), PH 6610 781 115 (Privathaftpflicht)
Amount:      EUR 214.80 (annual premiums 2026)
Account:     IBAN IE70 BOFI 9000 1712 3456 78 (Bank of Ireland)
Reason:      "account closed" (return code AC04)

We guess you have moved your salary account to a German bank. You can
simply send us the new IBAN by replying to this e-mail, or update it in
the customer portal under "My details". We will then collect the amount
again; the returned-debit fee of EUR 3.00 charged by our bank will be
waived this time.

If the amount is not paid within two weeks, we are legally required to
send you a formal reminder, and cover may be suspended. Please do not
worry - we just want to make sure you stay insured.

Kind regards

""" + SIG['hughes'] + FOOTER_EN)
    return m


@mail(52, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: fee agreement with a dental network (GOZ factors, implant prices, quality criteria), no patient')
def m052():
    m = new(S['albers'], 'Geschäftsführung ZahnNetz Sachsen <gf@zahnnetz-sachsen.example>',
            'Vergütungsvereinbarung 2026 - unser Gegenvorschlag', '2026-03-13 12:00', lang='de-DE')
    text(m, """
Sehr geehrter Herr Dr. Tränkner,

danke für das konstruktive Gespräch. Unser Gegenvorschlag für die
Vergütungsvereinbarung ab 01.07.2026:

- Prophylaxe (GOZ 1040): Pauschale 95 EUR je Sitzung, zweimal jährlich
- Füllungen (GOZ 2060-2120): höchstens 2,8-facher Satz
- Implantat einschließlich Abutment und Krone (regelversorgungsnah):
  Festpreis 2.450 EUR statt 2.790 EUR; Knochenaufbau gesondert
- Kieferorthopädie für Kinder (KIG 3-5): Kostenvoranschläge werden
  innerhalb von 10 Arbeitstagen beschieden
- Qualität: 5 Jahre Gewährleistung auf Zahnersatz, Teilnahme am
  Patientenzufriedenheits-Panel

Für unsere rund 18.400 Versicherten mit Zahntarifen in Sachsen würden wir
die Netzpraxen in der App und im Leistungsbescheid empfehlen.

Mit freundlichen Grüßen
Dr. Katrin Albers

""" + SIG['albers'] + FOOTER_DE)
    return m


@mail(53, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-care-service',
      'harmless body; attached XLSX lists named care recipients with care levels and care services billed (care line)')
def m053():
    m = new(S['vogel'], 'Abrechnung Pflegedienst Elbaue <abrechnung@pflegedienst-elbaue.example>',
            'Korrekturliste Abrechnung Januar 2026', '2026-03-16 10:47', lang='de-DE')
    text(m, """
Guten Tag Frau Neubert,

anbei die Korrekturliste zu Ihrer Sammelabrechnung für Januar. Bei drei
Positionen weicht die abgerechnete Leistung von der Pflegeplanung ab, bei
einer fehlt der Leistungsnachweis. Bitte prüfen Sie die Liste und senden
Sie uns die korrigierten Einzelrechnungen.

Mit freundlichen Grüßen
Petra Vogel

""" + SIG['vogel'] + FOOTER_DE)
    ensure_mixed(m)
    rows = [['Vers.-Nr.', 'Name', 'Geb.-Datum', 'Pflegegrad', 'Leistung', 'abgerechnet EUR', 'anerkannt EUR', 'Bemerkung'],
            ['PPV 3301 118 042', 'Kaden, Erwin', '02.11.1934', 3, 'LK 1 Kleine Körperpflege + LK 15 Medikamentengabe', 1389.40, 1245.60, 'LK 15 nur 1x täglich verordnet'],
            ['PPV 3301 220 907', 'Mehnert, Ilse', '19.04.1941', 4, 'LK 2 Große Körperpflege, LK 7 Lagern', 1778.00, 1778.00, ''],
            ['PPV 3301 301 566', 'Hübner, Gertraud', '27.01.1929', 5, 'LK 2, LK 9 Sondenernährung', 2299.00, 2012.30, 'Sondenernährung = Behandlungspflege (SGB V)'],
            ['PPV 3301 412 008', 'Pohl, Werner', '11.09.1945', 2, 'LK 12 Hauswirtschaft', 512.00, 0.0, 'Leistungsnachweis fehlt'],
            ['PPV 3301 118 455', 'Schramm, Hildegard', '17.06.1938', 3, 'Entlastungsbetrag Betreuung', 131.00, 131.00, '']]
    attach(m, xlsx([('Korrektur 01-2026', rows)], 'Korrekturliste Pflegedienst Elbaue 01/2026', 'Petra Vogel',
                   '2026-03-16 10:30'), 'Korrekturliste_Elbaue_2026-01.xlsx')
    return m


@mail(54, 'NORMAL', 'en', 'internal',
      'trap: quarterly claims statistics for expat business with top inpatient diagnoses (ICD codes) and costs, aggregates only')
def m054():
    m = new(S['alves'], 'EGH Management <egh-management@elbtal-versicherung.example>',
            'Q4 2025 claims dashboard - expat inpatient', '2026-03-17 08:15', lang='en-GB')
    text(m, """
Hi all,

short version of the Q4 dashboard for Thursday's meeting:

Top 5 inpatient diagnoses by cost (all areas, Q4 2025)
  1. I21 / I25  ischaemic heart disease        EUR 1.94m   31 cases
  2. C50 / C18  breast and colorectal cancer   EUR 1.61m   22 cases
  3. O80-O84    deliveries                     EUR 1.12m   96 cases
  4. A90 / A91  dengue                         EUR 0.48m   58 cases
  5. S72 / S82  fractures of leg and hip       EUR 0.44m   19 cases

- Average inpatient cost per case: EUR 13,870 (Q3: 12,910).
- USA: 6 % of cases, 34 % of cost. The two largest claims (both
  cardiology, area 1) account for EUR 0.71m.
- Dengue cases in Thailand doubled compared with Q4 2024.
- Mental health admissions: fewer than 10 cases, so not shown separately.

Full deck on SharePoint (EGH > Reporting > 2025-Q4).

Ricardo

""" + SIG['alves'])
    return m


@mail(55, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, formal reminder for unpaid motor premium with amount, policy no. and consequences under § 38 VVG')
def m055():
    m = new('Elbtal Beitragsservice <beitragsservice@elbtal-versicherung.example>',
            'Kevin Raschke <k.raschke@fastpost.example>',
            'Zahlungserinnerung Kfz-Versicherung 47-119 660 271', '2026-03-17 06:05', agent='system', lang='de-DE')
    text(m, """
Sehr geehrter Herr Raschke,

leider haben wir den Beitrag für Ihre Kfz-Versicherung noch nicht
erhalten.

Vertrag:        47-119 660 271 (Kfz-Haftpflicht, Opel Corsa DD-XR 318)
Fällig seit:    01.03.2026
Offener Betrag: 287,64 EUR (Folgebeitrag 2. Quartal)
Mahngebühr:     0,00 EUR

Bitte überweisen Sie den Betrag bis zum 31.03.2026 auf unser Konto
IBAN DE16 7002 0270 0015 4882 31 (HypoVereinsbank), Verwendungszweck
47119660271.

Wichtiger Hinweis nach § 38 VVG: Zahlen Sie nicht fristgerecht, sind wir
für Schäden nach Fristablauf leistungsfrei und können den Vertrag fristlos
kündigen. Die Zulassungsstelle wird dann über das Ende des Versicherungs-
schutzes informiert.

Haben Sie bereits gezahlt, betrachten Sie dieses Schreiben als
gegenstandslos.

Ihr Elbtal Beitragsservice
""" + FOOTER_DE, cte='quoted-printable')
    return m


@mail(56, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'death-claim notification to the reinsurer for a named insured life (pancreatic cancer), sum assured, PDF claim form')
def m056():
    m = new(S['lindqvist'], 'Atlas Re Life Claims <claims.life@atlas-re.example>',
            'Claim notification - Fac 2019/L/0114 - death of insured', '2026-03-18 11:29',
            cc=S['weidlich'], lang='en-GB')
    text(m, """
Dear Atlas Re claims team,

we regret to notify you of a death claim under a facultatively reinsured
policy. Details are in the attached notification form; in short:

- Fac reference 2019/L/0114, our policy L 58 223 917-3, term life
- Life insured: Dr Konstantin Ehrlich, born 30 November 1966
- Sum assured EUR 1,500,000; your share 60 % (EUR 900,000)
- Date of death 21 February 2026, Dresden; cause of death according to
  the death certificate and the treating oncologist: metastatic
  pancreatic adenocarcinoma (C25.0), first diagnosed September 2025
- Policy in force since 01/07/2019, so outside the 3-year contestability
  period; the application answers have been checked against the medical
  file, no indication of non-disclosure.

We intend to pay the beneficiary (the widow) at the end of March and will
send the cash-call with the payment confirmation.

Kind regards
Julia Lindqvist

""" + SIG['lindqvist'] + FOOTER_EN)
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'Reinsurance claim notification - Life'),
        'Cedant: Elbtal Lebensversicherung AG, Dresden    Reinsurer: Atlas Re SE, Life Facultative',
        'Date: 18/03/2026',
        '',
        'Fac reference: 2019/L/0114          Cedant policy: L 58 223 917-3',
        'Life insured: EHRLICH, Konstantin, Dr.    Date of birth: 30/11/1966    Sex: M',
        'Underwriting at issue: standard rates, non-smoker',
        'Sum assured: EUR 1,500,000    Reinsured: EUR 900,000 (60 %)',
        '',
        'Date of death: 21/02/2026    Place: Dresden, Germany',
        'Cause of death: metastatic adenocarcinoma of the pancreas (C25.0), liver metastases',
        'First diagnosis: 09/2025; treatment: palliative chemotherapy (FOLFIRINOX), 4 cycles',
        '',
        'Documents held: death certificate, oncologist report of 02/03/2026, beneficiary claim form',
        'Beneficiary: spouse (named in policy)',
        'Intended payment date: 31/03/2026',
        '',
        'Claims handler: Julia Lindqvist, Leistung Leben',
    ], 'Claim notification Fac 2019-L-0114', 'Julia Lindqvist', '2026-03-18 11:00'),
        'Claim_notification_Fac_2019-L-0114.pdf')
    return m


@mail(57, 'NORMAL', 'de', 'internal',
      'grey zone: team announcement that a named colleague goes on parental leave, stand-in arrangements, no health data')
def m057():
    m = new(S['brandt'], 'Kfz-Schaden Team <kfz-schaden@elbtal-versicherung.example>',
            'Meine Vertretung ab 1. April', '2026-03-18 16:20', lang='de-DE')
    text(m, """
Hallo zusammen,

wie einige schon wissen: Ich bin vom 1. April bis 30. Juni in Elternzeit.

Vertretung:
- Wildschäden und Teilkasko: Maik Seifert
- Haftpflicht-Sachschäden mit Anwalt: Ramona Groß
- laufende Gutachterbeauftragungen: bleiben bei Lindner & Partner,
  Rückfragen an Maik

Meine Mails werden nicht weitergeleitet, der Abwesenheitsassistent
verweist auf das Teampostfach. Den Ausstand gibt's am 31.03. ab 15 Uhr in
der Teeküche, Kuchen bringe ich mit.

Jonas
""")
    return m


@mail(58, 'CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'third-party motor liability claim with a UK solicitor: named British tourist, rental car damage, our policyholder and claim no.; nobody injured')
def m058():
    m = new(S['brandt'], 'Hannah Whitlock <h.whitlock@whitlock-partners.example>',
            'Your client Mr Graham Tennant - accident Dresden 07/02/2026 - our ref 26-KH-100433',
            '2026-03-19 09:50', lang='en-GB')
    text(m, """
Dear Ms Whitlock,

thank you for your letter of 12 March on behalf of your client, Mr Graham
Tennant, 14 Larkfield Road, Harrogate.

We are the motor liability insurer of the car DD-KT 5521 (policyholder
Mrs Katrin Teubner, policy 47-118 902 551), which collided with your
client's rental car (Sixt, VW T-Roc, DD-SX 7710) at the junction of
Albertplatz/Königsbrücker Strasse on 7 February 2026. According to both
drivers and the police record nobody was injured.

Our policyholder accepts that she failed to give way. We therefore accept
liability in full and will pay:

- the rental company's repair costs directly to Sixt (assessment
  EUR 4,870.20 plus loss of use),
- your client's own losses: the excess he paid to Sixt (EUR 950.00), the
  taxi to the airport (EUR 46.00) and a general expenses allowance of
  EUR 25.00,
- your reasonable fees according to the German statutory scale (RVG),
  as German law applies to the claim.

Please let us have your client's bank details (IBAN) for the payment of
EUR 1,021.00, or confirm that we should pay to your client account.

Yours sincerely

""" + SIG['brandt'] + FOOTER_EN)
    return m


@mail(59, 'STRICTLY_CONFIDENTIAL', 'de', 'lawyer',
      'forwarded lawyer\'s letter (message/rfc822) objecting to the refusal of psychotherapy for a named client with PTSD (F43.1); harmless cover note')
def m059():
    inner = new('Kanzlei Vollrath Rechtsanwälte <post@kanzlei-vollrath.example>',
                'Elbtal Krankenversicherung AG <leistung-kv@elbtal-versicherung.example>',
                'Ihr Zeichen KV 4402 310 477 - unsere Mandantin Jasmin Köhler - Widerspruch',
                '2026-03-18 17:04', agent='other',
                mid='<20260318170402.4471@kanzlei-vollrath.example>')
    text(inner, """
Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Jasmin Köhler, geb. 09.12.1993, Dresden, mit
der Wahrnehmung ihrer Interessen beauftragt hat. Eine auf uns lautende
Vollmacht ist beigefügt.

Mit Schreiben vom 02.03.2026 haben Sie die Kostenübernahme für eine
Traumatherapie (EMDR, 45 Sitzungen) bei Frau Dipl.-Psych. Verena Sachse
abgelehnt, weil die Behandlerin keine Approbation als Psychologische
Psychotherapeutin habe. Das ist unzutreffend; die Approbation vom
14.05.2009 fügen wir bei.

Unsere Mandantin leidet nach einem Überfall im Mai 2025 an einer
posttraumatischen Belastungsstörung (F43.1) mit Panikattacken und
Schlafstörungen; sie ist seit Oktober arbeitsunfähig. Die Behandlung ist
nach dem Bericht der Klinik für Psychiatrie des Städtischen Klinikums
medizinisch notwendig.

Wir fordern Sie auf, die Kostenübernahme bis zum 01.04.2026 zu erklären.
Andernfalls werden wir unserer Mandantin zur Klage raten.

Mit freundlichen Grüßen
Dr. Ralf Vollrath
Rechtsanwalt, Fachanwalt für Versicherungsrecht
""", cte='quoted-printable')
    m = new(S['albers'], S['reuter'], 'WG: Widerspruch Köhler', '2026-03-19 12:31', lang='de-DE')
    text(m, """
Hallo Herr Reuter,

anbei das Anwaltsschreiben. Wenn die Approbation stimmt, war unsere
Ablehnung falsch - bitte schauen Sie sich trotzdem kurz den Umfang an
(45 Sitzungen auf einmal?). Ich möchte bis Ende nächster Woche antworten.

Danke
K. Albers
""")
    attach_mail(m, inner)
    return m


@mail(60, 'NORMAL', 'de', 'insurer-to-supplier',
      'fee schedule for motor damage assessors under a framework agreement, no claim or person')
def m060():
    m = new(S['brenner'], 'Kfz-Sachverständigenbüro Lindner & Partner <buero@sv-lindner.example>',
            'Honorartabelle 2026 - Ergänzung zum Rahmenvertrag', '2026-03-20 14:14',
            cc=S['brandt'], lang='de-DE')
    text(m, """
Sehr geehrter Herr Lindner,

wie besprochen übernehmen wir ab 01.04.2026 die angepasste
Honorartabelle. Zur Klarstellung die vereinbarten Werte:

Schadenhöhe netto      Grundhonorar
bis 1.000 EUR          165 EUR
bis 2.500 EUR          298 EUR
bis 5.000 EUR          452 EUR
bis 10.000 EUR         689 EUR
über 10.000 EUR        6,5 % der Schadenhöhe, höchstens 1.650 EUR

Nebenkosten: Fahrtkosten 0,70 EUR/km ab 20 km, Fotos pauschal 25 EUR,
Restwertbörse 30 EUR. Kurzgutachten (Kalkulation ohne Besichtigung)
pauschal 110 EUR.

Die Beauftragung läuft weiter ausschließlich über das Gutachterportal;
Gutachten bitte dort hochladen, nicht per E-Mail.

Mit freundlichen Grüßen
Oliver Brenner

""" + SIG['brenner'] + FOOTER_DE)
    return m

@mail(61, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'data-subject access answer; body only lists the ZIP; the ZIP members (PDF, CSV, TXT) hold the customer\'s claims with diagnoses')
def m061():
    m = new(S['neumeier'], 'Thomas Hesse <thomas.hesse@posteo-mail.example>',
            'Ihre Anfrage nach Art. 15 DSGVO vom 24.02.2026', '2026-03-23 10:15', lang='de-DE')
    text(m, """
Sehr geehrter Herr Hesse,

wie von Ihnen gewünscht, erhalten Sie die Auskunft über die bei uns
gespeicherten Daten auf diesem Weg, Ende-zu-Ende-verschlüsselt an die
von Ihnen bestätigte Adresse.

Die ZIP-Datei enthält:
- das Auskunftsschreiben (PDF),
- eine Aufstellung der gespeicherten Vertrags- und Leistungsdaten (CSV),
- eine Liste der Empfänger, an die wir Daten übermittelt haben (TXT).

Kopien der einzelnen Arztrechnungen und Berichte senden wir Ihnen auf
Wunsch gern zusätzlich.

Mit freundlichen Grüßen
Claudia Neumeier

""" + SIG['neumeier'] + FOOTER_DE)
    ensure_mixed(m)
    letter = pdf([
        ('h', 'Auskunft nach Art. 15 DSGVO'),
        'Elbtal Krankenversicherung AG - Datenschutzbeauftragte',
        'Dresden, 23.03.2026',
        '',
        'Betroffene Person: Thomas Hesse, geb. 14.06.1977, Louisenstraße 51, 01099 Dresden',
        'Verträge: Krankheitskostenvollversicherung KV 4401 882 016 (seit 01.01.2011),',
        'Pflegepflichtversicherung PPV 3301 882 016, Krankentagegeld KT 43',
        '',
        'Zwecke: Vertragsdurchführung, Leistungsprüfung, Rückversicherung, gesetzliche Pflichten.',
        'Gespeicherte Gesundheitsdaten: eingereichte Rechnungen und Berichte 2016-2026',
        '(Aufstellung in der Datei Leistungsdaten.csv), Angaben im Antrag vom 12/2010.',
        'Speicherdauer: 10 Jahre nach Vertragsende bzw. nach Abschluss des Leistungsfalls.',
        '',
        'Herkunft: von Ihnen, Ihren Ärzten und Krankenhäusern (mit Ihrer Einwilligung).',
    ], 'Auskunft Art. 15 Hesse', 'Claudia Neumeier', '2026-03-23 09:40')
    rows = [['Datum', 'Leistungserbringer', 'Art', 'Diagnose (Rechnung)', 'Betrag EUR', 'erstattet EUR'],
            ['2025-11-03', 'Dr. med. Pia Sommerfeld, Kardiologie', 'ambulant', 'I48.0 Vorhofflimmern paroxysmal', '412,35', '412,35'],
            ['2025-11-10', 'Herzzentrum Dresden', 'stationär', 'I48.0, Katheterablation', '9.870,12', '9.870,12'],
            ['2025-12-02', 'Apotheke am Albertplatz', 'Arzneimittel', 'Apixaban 5 mg, Bisoprolol 2,5 mg', '198,40', '198,40'],
            ['2026-01-19', 'Dr. med. Pia Sommerfeld, Kardiologie', 'ambulant', 'Z95.88 Kontrolle nach Ablation', '188,20', '188,20'],
            ['2026-02-05', 'Praxis Dr. Leuschner, Allgemeinmedizin', 'ambulant', 'J06.9 Infekt obere Atemwege', '64,80', '0,00 (Selbstbehalt)']]
    recipients = """Empfänger Ihrer Daten (Art. 15 Abs. 1 lit. c DSGVO)
- Atlas Re SE (Rückversicherung), pseudonymisiert, 2025
- MEDICPROOF GmbH, keine Übermittlung
- Herzzentrum Dresden (Kostenübernahme 11/2025)
- Finanzamt Dresden-Nord (Beitragsdaten nach § 10 Abs. 2a EStG), jährlich
"""
    z = zipb([('Auskunft_Art15_Hesse.pdf', letter), ('Leistungsdaten.csv', csvb(rows)),
              ('Empfaenger.txt', recipients.replace('\n', '\r\n').encode('utf-8'))], '2026-03-23 09:50')
    attach(m, z, 'Auskunft_Hesse_2026-03-23.zip')
    return m


@mail(62, 'NORMAL', 'en', 'insurer-to-press',
      'trap: answer to an English-language magazine on expat health insurance costs, sample premiums and general advice, no person')
def m062():
    old = '<CAF3x9q1Zp7@expatlife-germany.example>'
    m = new(S['franke'], 'Tom Ashby <tom.ashby@expatlife-germany.example>',
            'Re: Question for our April issue - health insurance for new arrivals',
            '2026-03-23 15:05', irt=old, lang='en-GB')
    text(m, """
Dear Tom,

happy to help with your April piece. Here are our answers - please quote
them as "a spokesperson for Elbtal Versicherung".

1. Public or private? Employees earning below EUR 77,400 a year (2026)
   must join the statutory scheme; above that, and for the self-employed
   and civil servants, private cover is an option. Students and Blue Card
   holders should get advice before deciding - switching back is hard.

2. What does private cover cost? Our full cover for a healthy 30-year-old
   employee starts at around EUR 380 a month (employer pays half), for a
   45-year-old at around EUR 610. Pre-existing conditions such as asthma
   or a previous depression may mean a surcharge or an exclusion.

3. Most common mistake? Not declaring a condition on the application
   because "it was only once". That can void the contract years later.

4. Do you cover treatment back home? Yes, temporary stays abroad are
   covered worldwide for up to 6 months in most of our plans.

We don't comment on individual customers, but our English line
(+49 351 8870-4040) is open to your readers.

Best regards
Marie-Luise Franke

""" + SIG['franke'] + """

On 20/03/2026 09:12, Tom Ashby wrote:
> Hi Ms Franke, we are writing a guide for people who have just moved to
> Germany. Could you answer four questions: public vs private, typical
> cost, common mistakes, cover when visiting family abroad? Deadline is
> 27 March. Many thanks, Tom Ashby, Expat Life Germany
""")
    return m


@mail(63, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, glass breakage of a ceramic hob under household glass cover, policy and claim no.; iso-8859-1 8bit')
def m063():
    m = new(S['kraemer'], 'Heidrun Lehmann <heidrun.lehmann@t-netz.example>',
            'Glasbruch Ceranfeld - Schaden 26/GL/000377', '2026-03-24 09:26', agent='thunderbird')
    text(m, """
Guten Tag Frau Lehmann,

der Sprung in Ihrem Ceranfeld ist über Ihre Glasversicherung zur
Hausratversicherung HR 5507 118 234 versichert. Schicken Sie uns bitte
einfach die Rechnung des Elektrikers für Glaskeramikplatte und Einbau;
wir erstatten die Kosten ohne Selbstbehalt auf Ihr bekanntes Konto.

Ein Gutachter ist nicht nötig, ein Foto des Schadens haben Sie uns
ja schon geschickt.

Freundliche Grüße
Sabine Krämer

-- 
""" + SIG['kraemer'] + FOOTER_DE, charset='iso-8859-1', cte='8bit')
    return m


@mail(64, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named English-speaking customer\'s disability (BU) claim: post-COVID condition U09.9 and fatigue, medical reports requested')
def m064():
    m = new(S['lindqvist'], 'Brian Kessler <brian.kessler@mailbox.example>',
            'Your disability benefit claim - policy BU 2021-204417', '2026-03-24 14:48', lang='en-US')
    text(m, """
Dear Mr Kessler,

thank you for your disability claim form, which we received on 16 March.
I will be your contact person throughout the claim; please write in
English whenever you like.

What you told us:
- You have worked as a senior software engineer (full-time, remote and
  office) for Haverford Digital GmbH in Berlin since 2020.
- Since a COVID-19 infection in October 2025 you have had severe fatigue,
  post-exertional malaise and concentration problems; your GP diagnosed a
  post-COVID condition (U09.9) and you have been unable to work since
  3 November 2025.

To assess the claim we now need:
1. a report from your GP, Dr. Anna Wiesinger, and from the post-COVID
   outpatient clinic at Charite (we send them the forms directly if you
   sign the enclosed release),
2. your description of a typical working week before the illness (hours,
   screen time, meetings, travel) - a template is in the portal,
3. your employment contract and the last three payslips (for the
   occupation, not for the benefit amount).

Your policy pays EUR 2,500 a month if you are at least 50 % unable to do
your last job for six months. We can also pay for a limited period while
things are unclear, so please tell us if money is tight.

Kind regards
Julia Lindqvist

""" + SIG['lindqvist'] + FOOTER_EN)
    return m


@mail(65, 'NORMAL', 'de', 'internal',
      'fire-drill and evacuation announcement for the building, no personal data')
def m065():
    m = new('Facility Management <facility@elbtal-versicherung.example>',
            'Alle Mitarbeitenden Dresden <alle-dresden@elbtal-versicherung.example>',
            'Räumungsübung Haus A und B am Mittwoch, 25.03.', '2026-03-24 16:00', lang='de-DE')
    text(m, """
Liebe Kolleginnen und Kollegen,

am Mittwoch, 25.03.2026, findet zwischen 10 und 11 Uhr eine angekündigte
Räumungsübung in Haus A und B statt.

Bitte verlassen Sie beim Alarm das Gebäude über die ausgeschilderten
Fluchtwege (nicht die Aufzüge) und gehen Sie zum Sammelplatz auf dem
Parkplatz P2. Die Brandschutzhelferinnen und -helfer tragen gelbe Westen
und prüfen, ob alle Räume leer sind.

Kolleginnen und Kollegen, die Hilfe beim Verlassen des Gebäudes brauchen,
sind mit den Brandschutzhelfern auf ihrer Etage bereits abgestimmt.

Telefonate mit Kunden bitte kurz unterbrechen. Die Übung dauert etwa
20 Minuten.

Ihr Facility Management
""")
    return m


@mail(66, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, pet health insurance claim for his dog\'s cruciate ligament surgery (animal health, no human health data)')
def m066():
    m = new(S['hughes'], 'Owen Gallagher <owen.gallagher@fastpost.example>',
            'Murphy\'s knee surgery - claim TK-26-01188', '2026-03-25 12:02', lang='en-GB')
    text(m, """
Hi Mr Gallagher,

good to hear Murphy is back on his feet. We have processed the invoice
from Tierklinik Dresden-Gorbitz for his cruciate ligament surgery (TPLO,
left hind leg) on 9 March:

Policy:           TK 9101 220 414, dog health cover "Tier Komfort"
Animal:           Murphy, Labrador Retriever, male, chip 276098106512377
Invoice:          EUR 2,864.50 (GOT fee scale, 2x rate)
Covered:          surgery, anaesthesia, X-rays, 3 days inpatient stay,
                  pain medication
Not covered:      the orthopaedic dog bed (EUR 129.00)
Your share:       20 % co-payment
We pay:           EUR 2,188.40

The money should be in your account within three working days. The
physiotherapy for Murphy is covered up to EUR 500 a year - just send the
invoices once the course is finished.

Best regards
Emily Hughes

""" + SIG['hughes'] + FOOTER_EN)
    return m


@mail(67, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'newborn added to a parent\'s health policy: premature birth at 34+2 weeks, neonatal intensive care, child\'s birth date')
def m067():
    m = new(S['kraemer'], 'Christin Mai <christin.mai@gmx-mail.example>',
            'Nachversicherung Ihres Sohnes Paul - Glückwunsch!', '2026-03-26 10:44', lang='de-DE')
    text(m, """
Liebe Frau Mai,

herzlichen Glückwunsch zur Geburt von Paul! Wir haben ihn rückwirkend
ab dem Tag der Geburt, 03.03.2026, in Ihre Krankenversicherung
KV 4402 511 368 aufgenommen - ohne Gesundheitsprüfung und ohne Wartezeit,
weil Sie ihn innerhalb von zwei Monaten angemeldet haben.

Ihre Frage zur Kinderintensivstation: Ja, auch der Aufenthalt auf der
Neonatologie des Uniklinikums nach der Frühgeburt in der 34+2. SSW, die
Atemunterstützung (CPAP) und die Phototherapie wegen der Gelbsucht sind
versichert, obwohl sie vor der Anmeldung lagen. Die Klinik kann direkt
mit uns abrechnen; die Kostenübernahme haben wir heute geschickt.

Pauls Tarif: ComfortPlus Kind (ambulant, stationär Zweibettzimmer, Zahn),
Monatsbeitrag 148,32 EUR, ab April zusammen mit Ihrem Beitrag.

Alles Gute für Sie drei!
Sabine Krämer

""" + SIG['kraemer'] + FOOTER_DE)
    return m


@mail(68, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: aggregate windstorm event loss report to the reinsurer (counts, amounts by line and district), no individual claim')
def m068():
    m = new(S['weidlich'], 'Atlas Re Property Claims <property.claims@atlas-re.example>',
            'Kumulschadenmeldung Sturmtief "Vera" (27./28.02.2026) - Stand 25.03.', '2026-03-26 15:18', lang='de-DE')
    text(m, """
Sehr geehrte Damen und Herren,

anbei unser Zwischenstand zum Ereignis Sturmtief "Vera" für den
Kat-XL-Vertrag 2026 (Ereignisdefinition 72 Stunden, Priorität 10 Mio. EUR):

Sparte                  Anzahl Schäden   Reserve + Zahlung (EUR)
Wohngebäude                  1.214           5.982.400
Hausrat                        233             441.800
Gewerbe/Landwirtschaft         301           2.106.900
Kfz-Kasko (Sturm)               94             392.100
Summe                        1.842           8.923.200

Schwerpunkte: Landkreis Sächsische Schweiz-Osterzgebirge (38 %), Dresden
(21 %), Meißen (17 %). Größter Einzelschaden: Reithalle, 412.000 EUR.

Wir gehen derzeit davon aus, dass die Priorität nicht erreicht wird.
Sollte sich das ändern, melden wir uns sofort.

Mit freundlichen Grüßen
Thomas Weidlich

""" + SIG['weidlich'] + FOOTER_DE)
    return m


@mail(69, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, cancellation of household insurance because of a move abroad, policy no., refund to IBAN')
def m069():
    m = new(S['kraemer'], 'Johanna Vogt <johanna.vogt@posteo-mail.example>',
            'Bestätigung Ihrer Kündigung - Hausrat HR 5507 121 777', '2026-03-27 09:09', lang='de-DE')
    text(m, """
Sehr geehrte Frau Vogt,

wir bestätigen die Kündigung Ihrer Hausratversicherung HR 5507 121 777
wegen Ihres Umzugs nach Kopenhagen zum 30.04.2026.

Bis dahin ist Ihr Hausrat in der bisherigen Wohnung (Wallgäßchen 4,
01067 Dresden) und während des Umzugs versichert. Den Beitrag für Mai bis
Dezember (98,40 EUR) erstatten wir Anfang Mai auf Ihr Konto
IBAN DE44 5001 0517 5419 3277 11.

Ihre Privathaftpflicht PH 6610 690 218 läuft unverändert weiter; sie gilt
auch bei einem Wohnsitz im europäischen Ausland.

Wir wünschen Ihnen einen guten Start in Dänemark!

Mit freundlichen Grüßen

""" + SIG['kraemer'] + FOOTER_DE)
    return m


@mail(70, 'STRICTLY_CONFIDENTIAL', 'en', 'hospital',
      'inline-forwarded hospital mail with the final bill and discharge summary of a named expat (dengue, transfusion)')
def m070():
    m = new(S['alves'], S['mcallister'],
            'FW: Final bill GOP 26-0193 / DONNELLY', '2026-03-27 11:40', lang='en-GB')
    text(m, """
Fiona - welcome back! This one is still open from January. Bill looks ok
to me, but please check the take-home meds and the extra night before we
pay.

R.

-----Original Message-----
From: International Patient Services <ipo@sph-bangkok.example>
Sent: Thursday, March 26, 2026 4:18 PM
To: claims.international@elbtal-versicherung.example
Subject: Final bill GOP 26-0193 / DONNELLY

Dear Elbtal Global Health,

please find below the final bill summary for your member.

Patient:     Mr Mark Donnelly, HN 26-004471, DOB 22/07/1981
Admission:   12/01/2026 - 19/01/2026 (7 nights)
Diagnosis:   A91 Dengue haemorrhagic fever (upgraded from A90 on day 3),
             thrombocytopenia (platelet nadir 12,000/ul)
Procedures:  platelet transfusion x2 (14/01 and 15/01), ultrasound
             abdomen (pleural effusion, ascites), IV fluids
Discharge:   stable, platelets 96,000/ul, follow-up OPD 26/01

Room & board (7 nights, single)          THB 105,000
Doctor fees                              THB  63,400
Laboratory                               THB  48,950
Blood products                           THB  31,200
Radiology                                THB   9,800
Pharmacy incl. take-home (14 days)       THB  41,380
Total                                    THB 299,730

The discharge summary is uploaded in your portal. Kindly arrange payment
within 30 days.

Best regards,
Siriporn Chaiyaphum
International Patient Services, Sukhumvit Premier Hospital

""" + SIG['alves'])
    return m


@mail(71, 'NORMAL', 'en', 'insurer-to-broker',
      'trap: blank RFP questionnaire template for a global medical plan (fields for claims experience, large claims), XLSX, no data')
def m071():
    m = new(S['petersen'], 'Gavin Lane <gavin.lane@whitcombe-lane.example>',
            'RFP template - global medical plan', '2026-03-30 09:37', lang='en-GB')
    text(m, """
Hi Gavin,

as requested, our standard RFP questionnaire for a global medical plan.
It is blank - please let your clients fill in the census and claims
sections in aggregated form only. We do not need (and do not want) names
or individual diagnoses at quotation stage; large claims above
EUR 50,000 should be shown by amount, year and ICD chapter only.

Best
Anja

""" + SIG['petersen'])
    ensure_mixed(m)
    rows = [['Section', 'Question', 'Answer'],
            ['A Company', 'Legal name of the policyholder', ''],
            ['A Company', 'Countries with assignees (ISO codes)', ''],
            ['B Census', 'Number of employees by age band (<30, 30-39, 40-49, 50-59, 60+)', ''],
            ['B Census', 'Number of spouses / children', ''],
            ['C Plan', 'Current insurer and plan, area of cover, deductible', ''],
            ['D Claims', 'Paid claims last 3 years by year (inpatient / outpatient / dental / maternity)', ''],
            ['D Claims', 'Large claims > EUR 50,000: amount, year, ICD chapter (no names, no diagnoses)', ''],
            ['D Claims', 'Ongoing claims / known conditions (number of persons only)', ''],
            ['E Services', 'Required languages for the 24/7 line', ''],
            ['E Services', 'Direct billing needs (cities)', '']]
    attach(m, xlsx([('RFP', rows)], 'RFP template global medical', 'Anja Petersen', '2026-03-30 09:20'),
           'RFP_template_global_medical_plan.xlsx')
    return m


@mail(72, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, eVB confirmation number for registering a new car, vehicle details')
def m072():
    m = new(S['brandt'], 'Ole Brückner <ole.brueckner@web-post.example>',
            'Ihre eVB-Nummer für die Zulassung', '2026-03-30 11:58', agent='system', lang='de-DE')
    text(m, """
Guten Tag Herr Brückner,

für die Zulassung Ihres Fahrzeugs erhalten Sie Ihre elektronische
Versicherungsbestätigung:

    eVB-Nummer: ZK4T7PM

Versicherungsnehmer: Ole Brückner, Radeberger Straße 14, 01099 Dresden
Fahrzeug:            Tesla Model 3, Erstzulassung 2024, FIN LRW3E7FA2RC184302
Gewünschter Beginn:  mit Zulassung, spätestens 30.04.2026
Tarif:               Kfz-Haftpflicht + Vollkasko, SF 9 / SF 7

Die eVB ist sechs Monate gültig. Geben Sie die Nummer bei der
Zulassungsstelle oder im Online-Zulassungsportal an.

Mit freundlichen Grüßen
Ihr Kfz-Team
""" + FOOTER_DE)
    return m


@mail(73, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-applicant',
      'follow-up questions to a named term-life applicant on thyroid disease and asthma; ODT questionnaire with her answers so far')
def m073():
    m = new(S['kaya'], 'Friederike Anders <f.anders@posteo-mail.example>',
            'Ihr Antrag auf Risikolebensversicherung - Rückfragen', '2026-03-31 10:20', lang='de-DE')
    text(m, """
Sehr geehrte Frau Anders,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über
300.000 EUR (Antrag A-26-031877). Zu zwei Ihrer Angaben zur Gesundheit
haben wir noch Fragen:

1. Schilddrüse: Sie haben eine Hashimoto-Thyreoiditis mit L-Thyroxin-
   Einnahme angegeben. Bitte nennen Sie uns die letzten TSH-Werte und ob
   Knoten festgestellt wurden.
2. Asthma bronchiale: Wie oft benötigen Sie Ihr Notfallspray, gab es
   Krankenhausaufenthalte oder Kortison-Tabletten in den letzten fünf
   Jahren?

Den Fragebogen mit Ihren bisherigen Angaben haben wir beigefügt; Sie
können ihn ergänzen und zurückschicken. Alternativ fordern wir die
Auskünfte mit Ihrer Einwilligung direkt bei Ihrer Hausärztin an.

Mit freundlichen Grüßen
Mehmet Kaya

""" + SIG['kaya'] + FOOTER_DE)
    ensure_mixed(m)
    attach(m, odt([
        ('h', 'Ergänzender Gesundheitsfragebogen - Antrag A-26-031877'),
        'Antragstellerin: Friederike Anders, geb. 27.04.1985, Dresden',
        ('b', 'Schilddrüse'),
        ('table', [['Frage', 'Bisherige Angabe', 'Ergänzung'],
                   ['Diagnose', 'Hashimoto-Thyreoiditis seit 2017', ''],
                   ['Medikament', 'L-Thyroxin 75 µg', ''],
                   ['Letzte TSH-Werte', '-', ''],
                   ['Knoten / Operation', '-', '']]),
        ('b', 'Asthma bronchiale'),
        ('table', [['Frage', 'Bisherige Angabe', 'Ergänzung'],
                   ['Seit wann', 'Kindheit, allergisch (Birke, Hausstaub)', ''],
                   ['Dauertherapie', 'Budesonid/Formoterol 160/4,5', ''],
                   ['Notfallspray je Woche', '-', ''],
                   ['Stationär / Kortison-Tabletten', '-', '']]),
        'Ort, Datum, Unterschrift: ______________________',
    ], 'Gesundheitsfragebogen Anders', 'Mehmet Kaya', '2026-03-31 10:00'), 'Fragebogen_A-26-031877.odt')
    return m


@mail(74, 'NORMAL', 'de', 'insurer-to-customer',
      'trap: product information on supplementary long-term-care insurance for a prospect (care levels, premiums), no health data of the prospect; windows-1252')
def m074():
    old = mid_of('d208-0074', 'outlook', 'gmx-mail.example')
    m = new(S['kraemer'], 'Bernd Haase <bernd.haase@gmx-mail.example>',
            'AW: Pflegezusatzversicherung - Infos', '2026-03-31 14:33', irt=old, lang='de-DE')
    text(m, """
Sehr geehrter Herr Haase,

gern schicke ich Ihnen die gewünschten Informationen zu unserer
Pflegetagegeldversicherung "PflegeSchutz Plus".

Die gesetzliche Pflegeversicherung deckt im Pflegefall nur einen Teil der
Kosten; im Pflegeheim bleiben in Sachsen im Schnitt über 2.500 EUR
Eigenanteil im Monat. Unser Tarif zahlt ein Pflegetagegeld, über das Sie
frei verfügen:

Pflegegrad 1: 10 %   Pflegegrad 2: 30 %   Pflegegrad 3: 50 %
Pflegegrad 4: 80 %   Pflegegrad 5: 100 % des versicherten Tagegelds

Beispielbeitrag für 50 EUR Tagegeld (1.500 EUR im Monat bei Pflegegrad 5):
Eintrittsalter 45: 38,90 EUR, Eintrittsalter 55: 62,40 EUR monatlich.

Vor Vertragsschluss stellen wir einige Gesundheitsfragen; bei bereits
bestehender Pflegebedürftigkeit oder bestimmten Erkrankungen (z. B.
Demenz, Parkinson) ist ein Abschluss leider nicht möglich. Den
unverbindlichen Antrag schicke ich Ihnen gern zu.

Mit freundlichen Grüßen
Sabine Krämer

""" + SIG['kraemer'] + """

-----Ursprüngliche Nachricht-----
Von: Bernd Haase <bernd.haase@gmx-mail.example>
Gesendet: Montag, 30. März 2026 19:02
An: service@elbtal-versicherung.example
Betreff: Pflegezusatzversicherung - Infos

Guten Tag, ich habe Ihre Anzeige in der SZ gesehen. Können Sie mir
Unterlagen zur Pflegezusatzversicherung schicken? Was kostet das etwa?
Gruß B. Haase
""", charset='windows-1252', cte='quoted-printable')
    return m


@mail(75, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'one-line mobile approval; the quoted request below names the insured and her cardiac rehab after bypass surgery')
def m075():
    old = mid_of('d208-0075', 'outlook')
    m = new(S['albers'], 'Maik Seifert <maik.seifert@elbtal-versicherung.example>',
            'AW: Freigabe AHB Frau Gündel > 10.000 EUR?', '2026-04-01 07:48', agent='iphone', irt=old)
    text(m, """
Ok, freigegeben. KA

Von meinem iPhone gesendet

> Am 31.03.2026 um 17:55 schrieb Maik Seifert <maik.seifert@elbtal-versicherung.example>:
>
> Hallo Frau Dr. Albers,
>
> brauche Ihre Freigabe (über meiner Vollmachtsgrenze):
> Versicherte Ilona Gündel, KV 4401 417 552, geb. 13.01.1958
> Anschlussheilbehandlung kardiologisch nach Bypass-OP (3-fach ACVB am
> 24.03. im Herzzentrum), Reha-Klinik Bad Schandau, 21 Tage, Tagessatz
> 498 EUR = 10.458 EUR. Diabetes Typ 2 als Nebendiagnose.
> Tarif deckt AHB zu 100 %.
>
> Danke
> Maik Seifert
> Leistung Kranken
""", cte='8bit')
    return m


@mail(76, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named expat couple, transit insurance for household goods moving to Singapore, insured values; DOCX inventory')
def m076():
    m = new(S['maurer'], 'Sophie Tan-Berger <sophie.tanberger@mailbox.example>',
            'Your move to Singapore - transit insurance certificate TR-26-00412', '2026-04-01 13:30', lang='en-GB')
    text(m, """
Dear Mrs Tan-Berger,

thank you for the inventory. Your household goods are insured for the
move from Leipzig to Singapore as follows:

Certificate:    TR-26-00412 under open cover Umzugsgut 2026
Insured:        Sophie Tan-Berger and Lukas Berger
From / to:      Gohliser Strasse 8, 04155 Leipzig -> 28 Holland Grove
                Road, Singapore 278823
Carrier:        Elbe Relocations GmbH, 20ft container, sea freight via
                Hamburg
Sum insured:    EUR 68,500 (according to attached inventory)
Cover:          all risks, incl. breakage for professionally packed items,
                deductible EUR 250
Period:         from packing (27 April) until delivery, max. 90 days

The piano and the two paintings are listed separately with their
valuations. Jewellery and cash are not covered in the container - please
take them in your hand luggage.

Premium: EUR 548.00 (0.8 %), invoice to follow.

Kind regards

""" + SIG['maurer'] + FOOTER_EN)
    ensure_mixed(m)
    attach(m, docx([
        ('h', 'Inventory - household goods Tan-Berger (TR-26-00412)'),
        ('table', [['No.', 'Item', 'Room', 'Value EUR'],
                   ['1', 'Upright piano Bechstein, 1998', 'Living room', '9,500'],
                   ['2', 'Oil painting "Elbe near Meissen" (valuation 02/2026)', 'Living room', '6,200'],
                   ['3', 'Print, signed, 1/50', 'Study', '1,800'],
                   ['4', 'Sofa, armchairs, coffee table', 'Living room', '4,300'],
                   ['5', 'Dining table oak + 6 chairs', 'Dining', '3,900'],
                   ['6', 'Kitchen equipment, crockery (18 boxes)', 'Kitchen', '5,200'],
                   ['7', 'Beds, wardrobes (2 bedrooms)', 'Bedrooms', '7,400'],
                   ['8', 'Clothing, linen (24 boxes)', 'various', '9,000'],
                   ['9', 'Books (31 boxes)', 'Study', '3,100'],
                   ['10', 'Electronics (TV, hi-fi, 2 monitors)', 'various', '6,400'],
                   ['11', 'Bicycles (2)', 'Cellar', '3,800'],
                   ['12', 'Miscellaneous', '', '7,900'],
                   ['', 'Total', '', '68,500']]),
        'Signed: Sophie Tan-Berger, Leipzig, 29/03/2026',
    ], 'Inventory Tan-Berger', 'Sophie Tan-Berger', '2026-03-29 20:10'), 'Inventory_TanBerger_TR-26-00412.docx')
    return m


@mail(77, 'NORMAL', 'en', 'insurer-to-partner',
      'meeting logistics for the benefits network\'s annual partner meeting, agenda and ICS, no personal data beyond participants')
def m077():
    m = new(S['petersen'], 'Orbis Network Office <network.office@orbis-benefits.example>',
            'Re: Orbis Partner Meeting Lisbon 2026 - Elbtal participants', '2026-04-02 10:05', lang='en-GB')
    text(m, """
Dear Network Office,

thank you for the invitation. Elbtal will attend the Partner Meeting in
Lisbon (20-22 May) with three people:

- Anja Petersen, Key Account Manager Global Employee Benefits
- Thomas Weidlich, Reinsurance
- Dr Ulrike Sandmann, CEO (22 May only, panel "Benefits in a tight
  labour market")

For the workshop on day 2 we would like to present our experience with
the new German group disability product. Could you send the room set-up
and the time slot? I have put the dates in our calendars (invitation
attached for my colleagues).

Best regards
Anja

""" + SIG['petersen'] + FOOTER_EN)
    ensure_mixed(m)
    attach(m, ics('d208-0077-lisbon@elbtal-versicherung.example', '2026-05-20 09:00', '2026-05-22 16:00',
                  'Orbis Partner Meeting 2026, Lisbon',
                  ('Anja Petersen', 'anja.petersen@elbtal-versicherung.example'),
                  [('Thomas Weidlich', 'thomas.weidlich@elbtal-versicherung.example')],
                  'Hotel Tivoli Oriente, Lisbon', 'Annual partner meeting of the Orbis Benefits Network.',
                  stamp='2026-04-02 08:00'), 'Orbis_Lisbon_2026.ics', params={'method': 'REQUEST'})
    return m


@mail(78, 'STRICTLY_CONFIDENTIAL', 'en', 'company',
      'inline-forwarded employer mail about an assignee\'s wife with a complicated twin pregnancy in Taiwan, asking for cover')
def m078():
    m = new(S['petersen'], S['mcallister'], 'FW: Assignee family in Taipei - question', '2026-04-02 16:22', lang='en-GB')
    text(m, """
Fiona, could you advise on this one? I'd rather not answer the medical
part myself. Member numbers are in the group list (EGH-GRP-0031).

Thanks, Anja

From: Sandra Löffler <sandra.loeffler@kestrel-photonics.example>
Sent: Thursday, 2 April 2026 14:51
To: Anja Petersen <anja.petersen@elbtal-versicherung.example>
Subject: Assignee family in Taipei - question

Hi Anja,

a sensitive one. Our assignee in Taipei, Rajesh Venkataraman, told me
that his wife Divya is 24 weeks pregnant with twins and was admitted to
Taipei Veterans General last week with pre-eclampsia and a short cervix.
She is on bed rest now and will probably deliver there.

Two questions: Does the plan cover the hospital stay and the NICU for the
babies if they are born early? And could the plan pay for Divya's mother
to fly in from Chennai to help? Rajesh is very stressed and asked me to
check discreetly.

Thanks
Sandra

Sandra Löffler
HR Business Partner Global Mobility
Kestrel Photonics GmbH, Jena
""" + SIG['petersen'])
    return m


@mail(79, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'legal-expenses cover confirmation to a lawyer for a named client\'s neighbour dispute (hedge, boundary), policy and case no.')
def m079():
    m = new(S['gruber'], 'RA Katja Seidel <kanzlei@ra-seidel.example>',
            'Deckungszusage - Ihr Mandant Herr Gunnar Pfützner ./. Wiesner - RS-26-01044',
            '2026-04-03 09:40', lang='de-DE')
    text(m, """
Sehr geehrte Frau Rechtsanwältin Seidel,

in der Angelegenheit Ihres Mandanten Herrn Gunnar Pfützner, Am
Lindenhang 5, 01445 Radebeul, gegen Herrn Detlef Wiesner (Rückschnitt
der Grenzhecke, Beseitigung eines Gartenhauses im Grenzabstand) erteilen
wir Deckungszusage aus dem Vertrag RS 7701 215 560 (Wohnungs- und
Grundstücks-Rechtsschutz) für

- die außergerichtliche Tätigkeit,
- das obligatorische Schlichtungsverfahren nach dem Sächsischen
  Schlichtungsgesetz.

Eine Zusage für ein gerichtliches Verfahren erteilen wir nach Abschluss
der Schlichtung. Die Selbstbeteiligung von 150 EUR trägt Ihr Mandant;
bitte berücksichtigen Sie diese in Ihrer Kostennote.

Mit freundlichen Grüßen

""" + SIG['gruber'] + FOOTER_DE)
    return m


@mail(80, 'NORMAL', 'de', 'internal',
      'trap: draft deletion concept for health data (retention periods by document type), DOCX, no person')
def m080():
    m = new(S['neumeier'], 'Leitungskreis Leistung <leitung-leistung@elbtal-versicherung.example>',
            'Löschkonzept Gesundheitsdaten - Entwurf zur Abstimmung', '2026-04-06 13:00', lang='de-DE')
    text(m, """
Liebe Kolleginnen und Kollegen,

anbei der überarbeitete Entwurf des Löschkonzepts für Gesundheitsdaten
(Arztberichte, Rechnungen, Gutachten, Schweigepflichtentbindungen). Neu
sind die Regeln für Unterlagen aus dem Ausland und für Mails mit
Gesundheitsdaten im Gruppenpostfach.

Bitte prüfen Sie insbesondere die Fristen in Tabelle 1 für Ihren Bereich
und melden Sie Einwände bis 17.04.

Viele Grüße
Claudia Neumeier

""" + SIG['neumeier'])
    ensure_mixed(m)
    attach(m, docx([
        ('h', 'Löschkonzept Gesundheitsdaten (Entwurf v0.9)'),
        'Geltungsbereich: alle Gesellschaften der Elbtal Versicherungsgruppe, Personenversicherung.',
        ('b', 'Tabelle 1 - Aufbewahrungsfristen'),
        ('table', [['Dokumentart', 'Frist', 'Beginn', 'Rechtsgrundlage'],
                   ['Arztrechnungen, Rezepte (KV)', '10 Jahre', 'Ende des Kalenderjahres der Erstattung', '§ 147 AO'],
                   ['Arztberichte, Gutachten (BU/Unfall)', '10 Jahre', 'Abschluss des Leistungsfalls', '§ 195 ff. BGB, Verjährung'],
                   ['Antragsunterlagen Gesundheitsfragen', '10 Jahre', 'Vertragsende', 'Art. 17 Abs. 3 lit. e DSGVO'],
                   ['Unterlagen aus dem Ausland (Übersetzungen)', 'wie Original', 'wie Original', '-'],
                   ['Mails mit Gesundheitsdaten im Gruppenpostfach', '90 Tage', 'Ablage in der E-Akte', 'intern'],
                   ['Schweigepflichtentbindungen', '10 Jahre', 'Widerruf oder Vertragsende', 'Nachweispflicht']]),
        'Offene Punkte: Löschung in Sicherungen, Protokollierung der Löschläufe.',
    ], 'Löschkonzept Gesundheitsdaten', 'Claudia Neumeier', '2026-04-06 12:40'), 'Loeschkonzept_Gesundheitsdaten_v0.9.docx')
    return m


@mail(81, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'HTML-only benefit statement with a table of a named customer\'s doctors\' invoices and diagnoses')
def m081():
    m = new('Elbtal Leistungsservice <leistungsservice@elbtal-versicherung.example>',
            'Rainer Gottschalk <r.gottschalk@t-netz.example>',
            'Ihre Leistungsabrechnung vom 06.04.2026', '2026-04-06 18:12', agent='system')
    html(m, """
<html><head><meta charset="utf-8"><title>Leistungsabrechnung</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Gottschalk,</p>
<p>wir haben Ihre eingereichten Belege geprüft. Versicherungsnummer: <b>KV 4401 733 095</b>, Tarif ComfortPlus.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6eef3"><th>Beleg</th><th>Leistungserbringer</th><th>Diagnose</th><th>Rechnungsbetrag</th><th>Erstattung</th></tr>
<tr><td>18.02.2026</td><td>Dr. med. Jörg Pannach, Urologie</td><td>N40 Prostatahyperplasie, R97.2 erhöhtes PSA</td><td>286,44 EUR</td><td>286,44 EUR</td></tr>
<tr><td>04.03.2026</td><td>Radiologie am Neumarkt, MRT Prostata</td><td>R97.2</td><td>642,11 EUR</td><td>642,11 EUR</td></tr>
<tr><td>11.03.2026</td><td>Labor Dresden-Süd</td><td>PSA, freies PSA</td><td>41,97 EUR</td><td>41,97 EUR</td></tr>
<tr><td>12.03.2026</td><td>Löwen-Apotheke</td><td>Tamsulosin 0,4 mg (PZN 01234567)</td><td>23,80 EUR</td><td>23,80 EUR</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>994,32 EUR</b></td><td><b>994,32 EUR</b></td></tr>
</table>
<p>Die Erstattung überweisen wir auf Ihr Konto bei der Sparkasse (IBAN endet auf 8231).</p>
<p>Ihre Beitragsrückerstattung für 2026 entfällt durch diese Einreichung nicht, da sie unter 1.200 EUR liegt.</p>
<p>Mit freundlichen Grüßen<br>Ihr Elbtal Leistungsservice</p>
<p style="font-size:10px;color:#777">Elbtal Krankenversicherung AG, Königsbrücker Straße 90, 01099 Dresden, Amtsgericht Dresden HRB 41873</p>
</body></html>
""")
    return m


@mail(82, 'CONFIDENTIAL', 'de', 'internal',
      'HR to a department head: salary adjustment list with named employees\' current and new salaries (income), ODS')
def m082():
    m = new(S['sommer'], S['albers'], 'Gehaltsrunde 2026 - Ihr Bereich (bitte vertraulich)', '2026-04-07 08:55', lang='de-DE')
    text(m, """
Liebe Frau Dr. Albers,

anbei die Vorschlagsliste für die Gehaltsanpassung zum 01.07.2026 für
Ihren Bereich. Das Budget liegt bei 3,4 % der Gehaltssumme; tarifliche
Erhöhungen sind schon eingerechnet. Bitte tragen Sie Ihre Vorschläge in
die Spalte "Vorschlag FK" ein und schicken Sie mir die Datei bis 24.04.
zurück.

Bitte nicht weiterleiten.

Viele Grüße
Nadine Sommer

""" + SIG['sommer'])
    ensure_mixed(m)
    rows = [['Pers.-Nr.', 'Name', 'Funktion', 'Tarifgruppe', 'Jahresgehalt aktuell EUR', 'Vorschlag HR EUR', 'Vorschlag FK EUR'],
            ['10442', 'Seifert, Maik', 'Sachbearbeiter Leistung', 'TG 6', 52340, 54100, ''],
            ['10517', 'Groß, Ramona', 'Sachbearbeiterin Leistung', 'TG 6', 53890, 55700, ''],
            ['10602', 'Tschirner, Paula', 'Fachreferentin Zahn', 'TG 8', 64410, 66800, ''],
            ['10711', 'Heinze, Lars', 'Teamleiter Stationär', 'AT', 81500, 84200, ''],
            ['10758', 'Roth, Aylin', 'Sachbearbeiterin Leistung (Teilzeit 75 %)', 'TG 5', 36120, 37350, '']]
    attach(m, ods([('Gehaltsrunde 2026', rows)], 'Gehaltsrunde 2026 Leistung KV', 'Nadine Sommer', '2026-04-07 08:40'),
           'Gehaltsrunde_2026_Leistung_KV.ods')
    return m


@mail(83, 'NORMAL', 'en', 'internal',
      'farewell lunch invitation for a colleague moving to the London office, no sensitive data')
def m083():
    m = new(S['mcallister'], 'International Health Desk <ihd-team@elbtal-versicherung.example>',
            'Farewell lunch for Jan - Friday 17 April', '2026-04-08 12:30', agent='thunderbird')
    text(m, """
Hi everyone,

as you know, Jan is leaving us for the London office at the end of April
(lucky him - or not, given the weather). Let's give him a proper send-off:

Friday, 17 April, 12:30, "Fischerhaus am Fleet" in the Speicherstadt.
Table for 14 booked under "Elbtal". Everyone pays their own, we put
together for a present (see Aisha, 10 EUR).

Please tell me by Wednesday if you come.

Fiona
""", charset='us-ascii', cte='7bit', flowed=True)
    return m


@mail(84, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'harmless body; PDF tax certificate of health and care insurance premiums for a named customer (fact of being insured in health)')
def m084():
    m = new('Elbtal Beitragsservice <beitragsservice@elbtal-versicherung.example>',
            'Dr. Annette Krause <annette.krause@posteo-mail.example>',
            'Ihre angeforderte Bescheinigung', '2026-04-08 07:15', agent='system', lang='de-DE')
    text(m, """
Guten Tag,

anbei erhalten Sie die angeforderte Bescheinigung als PDF.

Freundliche Grüße
Ihr Elbtal Beitragsservice
""" + FOOTER_DE)
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'Bescheinigung über Beiträge zur Kranken- und Pflegeversicherung 2025'),
        'nach § 10 Abs. 1 Nr. 3 EStG - Elbtal Krankenversicherung AG',
        '',
        'Versicherungsnehmerin: Dr. Annette Krause, geb. 02.05.1971',
        'Steuer-Identifikationsnummer: 47 118 302 956',
        'Versicherungsnummer: KV 4401 560 829',
        '',
        'Beiträge 2025 (gezahlt):',
        '  Krankheitskostenvollversicherung (Basisabsicherung)       6.214,80 EUR',
        '  davon auf Wahlleistungen / Komfortleistungen entfallend      -948,60 EUR',
        '  Private Pflegepflichtversicherung                           612,00 EUR',
        '  Beitragsrückerstattung 2025                                -1.200,00 EUR',
        '  abziehbar nach § 10 Abs. 1 Nr. 3 EStG                     4.678,20 EUR',
        '  Krankentagegeld (§ 10 Abs. 1 Nr. 3a EStG)                   874,20 EUR',
        '',
        'Die Daten wurden der Finanzverwaltung elektronisch übermittelt.',
    ], 'Beitragsbescheinigung 2025 Krause', 'Elbtal KorrespondenzCenter', '2026-04-08 07:10'),
        'Beitragsbescheinigung_2025.pdf')
    return m


@mail(85, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, confirmation of tenant\'s liability cover for her landlord, policy no. and address')
def m085():
    m = new(S['hughes'], 'Priya Raman <priya.raman@mailbox.example>',
            'Confirmation of liability insurance for your landlord', '2026-04-09 10:11', lang='en-GB')
    text(m, """
Hi Ms Raman,

here is the confirmation your landlord asked for - you can forward this
e-mail or print it.

    Elbtal Allgemeine Versicherung AG confirms that Ms Priya Raman,
    Jahnallee 41, 04109 Leipzig, holds personal liability insurance
    with us (policy PH 6610 802 447, cover since 01/03/2026, sum insured
    EUR 10 million flat rate for personal injury and property damage),
    including damage to rented residential property and loss of
    rented-property keys up to EUR 50,000.

Kind regards
Emily Hughes

""" + SIG['hughes'] + FOOTER_EN)
    return m

@mail(86, 'NORMAL', 'en', 'insurer-to-hospital',
      'trap: draft direct-billing agreement with a Dubai hospital (tariffs, GOP process, medical records handling), DOCX, no patient')
def m086():
    m = new(S['alves'], 'Managed Care Contracts <contracts@alnoor-harbour.example>',
            'Direct billing agreement - our mark-up of draft v2', '2026-04-10 11:20', lang='en-GB')
    text(m, """
Dear Mr Haddad,

thank you for draft v2. Our mark-up is attached; the main points:

1. Tariff: we accept the 2026 price list with a 12 % discount on room and
   board and 8 % on procedures; consultation fees as per DHA schedule.
2. GOP within 2 hours for emergency admissions, 24 hours for planned
   admissions; the hospital will not ask our members for a deposit once a
   GOP is issued.
3. Medical reports and discharge summaries only through our portal or
   encrypted e-mail - never to a general mailbox.
4. Payment within 30 days of a complete invoice, disputes handled by our
   cost containment team in Hamburg.

Could we have a call next week to close the remaining points?

Kind regards
Ricardo Alves

""" + SIG['alves'] + FOOTER_EN)
    ensure_mixed(m)
    attach(m, docx([
        ('h', 'Direct Billing Agreement - Al Noor Harbour Medical Centre / Elbtal Global Health'),
        ('b', 'Clause 4 - Guarantee of payment'),
        '4.1 Elbtal issues a GOP within 2 hours of notification of an emergency admission.',
        '4.2 Once a GOP is issued, the hospital shall not request a deposit from the member.',
        ('b', 'Clause 6 - Tariffs'),
        ('table', [['Item', 'Discount'], ['Room and board', '12 %'], ['Procedures', '8 %'],
                   ['Pharmacy', 'price list -5 %'], ['Consultations', 'DHA schedule']]),
        ('b', 'Clause 9 - Confidentiality and medical records'),
        '9.1 Medical information is exchanged only through the Elbtal portal or encrypted e-mail.',
        '9.2 Each party complies with its applicable data protection law (UAE PDPL, EU GDPR).',
    ], 'DBA Al Noor v2 Elbtal markup', 'Ricardo Alves', '2026-04-10 11:00'), 'DBA_AlNoor_v2_Elbtal_markup.docx')
    return m


@mail(87, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, rental-car excess reimbursement after a car-park scrape in Scotland, policy no., UK IBAN')
def m087():
    m = new(S['hahn'], 'Callum Reid <callum.reid@fastpost.example>',
            'Excess refund - rental car Edinburgh (RG-26-00512)', '2026-04-10 15:02', lang='en-GB')
    text(m, """
Dear Mr Reid,

thank you for sending the Avis damage report and the card statement. Your
rental car excess cover (policy RV 3010 601 220) pays the excess that Avis
charged you for the scrape in the car park in Edinburgh on 21 March:

  Excess charged by Avis         GBP 850.00
  Converted at 1.1718            EUR 996.03
  Deductible                     EUR   0.00
  We pay                         EUR 996.03

As you asked, we will pay to your UK account, Callum Reid,
IBAN GB97 BARC 2003 1555 6677 88. Your bank may charge a small fee for the
incoming euro payment.

Kind regards

""" + SIG['hahn'] + FOOTER_EN)
    return m


@mail(88, 'NORMAL', 'de', 'internal',
      'trap: portfolio statistics on care levels, care allowance and nursing-home share by age band, aggregates only, ODS')
def m088():
    m = new(S['olsen'], S['vogel'], 'Auswertung Pflegegrade im Bestand 2025', '2026-04-13 10:31', lang='de-DE')
    text(m, """
Hallo Petra,

wie gewünscht die Auswertung der Leistungsbezieher in der PPV zum
31.12.2025 (nur Bestandszahlen, keine Einzelfälle). Auffällig ist der
weitere Anstieg bei Pflegegrad 2 in der Altersgruppe 80-89 und der
sinkende Anteil vollstationärer Pflege.

Für die Präsentation im Vorstand kannst du die Tabelle direkt verwenden.

Gruß
Henrik

""" + SIG['olsen'])
    ensure_mixed(m)
    rows = [['Altersgruppe', 'PG 1', 'PG 2', 'PG 3', 'PG 4', 'PG 5', 'Summe', 'Anteil stationär'],
            ['unter 60', 38, 112, 74, 31, 18, 273, '9 %'],
            ['60-69', 61, 190, 121, 52, 21, 445, '12 %'],
            ['70-79', 144, 512, 331, 149, 57, 1193, '17 %'],
            ['80-89', 266, 1021, 688, 342, 131, 2448, '24 %'],
            ['90 und älter', 79, 388, 402, 260, 122, 1251, '41 %'],
            ['Summe', 588, 2223, 1616, 834, 349, 5610, '23 %']]
    money = [['Leistungsart', 'Ausgaben 2025 EUR', 'Veränderung'],
             ['Pflegegeld', 18420000, '+6,1 %'], ['Pflegesachleistung', 9870000, '+4,4 %'],
             ['Vollstationäre Pflege', 21300000, '+1,9 %'], ['Entlastungsbetrag', 2960000, '+8,3 %'],
             ['Pflegehilfsmittel, Wohnumfeld', 1740000, '+3,0 %']]
    attach(m, ods([('Pflegegrade', rows), ('Ausgaben', money)], 'Pflegegrade Bestand 2025', 'Henrik Olsen',
                  '2026-04-13 10:10'), 'PPV_Pflegegrade_Bestand_2025.ods')
    return m


@mail(89, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'reply on hearing aids for a named customer with bilateral hearing loss (audiogram, ENT prescription); quoted customer mail; iso-8859-1')
def m089():
    old = mid_of('d208-0089', 'outlook', 't-netz.example')
    m = new(S['kraemer'], 'Manfred Teichmann <manfred.teichmann@t-netz.example>',
            'AW: Hörgeräte Kostenvoranschlag', '2026-04-14 09:12', irt=old, lang='de-DE')
    text(m, """
Sehr geehrter Herr Teichmann,

danke für den Kostenvoranschlag von Hörakustik Zschoche. Für Ihre
beidseitige Versorgung nach der Verordnung von Herrn Dr. Ebert (HNO) bei
der im Audiogramm festgestellten mittelgradigen Innenohrschwerhörigkeit
beidseits erstattet Ihr Tarif ComfortPlus ambulant Hörgeräte bis
1.500 EUR je Ohr alle vier Jahre.

Kostenvoranschlag: 2 x Phonak Audéo Lumity L70, zusammen 4.380 EUR
Erstattungsfähig:   2 x 1.500 EUR = 3.000 EUR

Die Differenz von 1.380 EUR müssten Sie selbst tragen, oder Sie wählen
ein Gerät der mittleren Preisklasse. Sie können gern bei uns die
Rechnung einreichen, sobald die Geräte angepasst sind.

Mit freundlichen Grüßen
Sabine Krämer

""" + SIG['kraemer'] + """

-----Ursprüngliche Nachricht-----
Von: Manfred Teichmann <manfred.teichmann@t-netz.example>
Gesendet: Freitag, 10. April 2026 16:40
An: service@elbtal-versicherung.example
Betreff: Hörgeräte Kostenvoranschlag

Sehr geehrte Damen und Herren, mein HNO Arzt hat festgestellt das ich
auf beiden Ohren schlecht höre und mir Hörgeräte verschrieben. Anbei der
Kostenvoranschlag vom Akustiker. Was zahlen Sie davon? KV 4401 291 884.
Mit freundlichem Gruß M. Teichmann
""", charset='iso-8859-1', cte='quoted-printable')
    return m


@mail(90, 'NORMAL', 'de', 'newsletter',
      'customer newsletter on flood risk and natural-hazard cover with checklist, no person')
def m090():
    m = new('Elbtal Versicherung <newsletter@elbtal-versicherung.example>',
            'Kundinnen und Kunden Sachsen <kunden-sachsen@news.elbtal-versicherung.example>',
            'Hochwasser an der Elbe: So sind Sie vorbereitet', '2026-04-14 08:00', agent='newsletter',
            extra=[('List-Unsubscribe', '<https://news.elbtal-versicherung.example/abmelden?l=sachsen>'),
                   ('Precedence', 'bulk')])
    alt(m, """
Hochwasser an der Elbe: So sind Sie vorbereitet

Die Schneeschmelze im Riesengebirge lässt die Pegel steigen. Drei Tipps:

1. Wertsachen und Dokumente aus dem Keller holen.
2. Heizöltanks sichern - auslaufendes Öl ist der teuerste Schaden.
3. Prüfen Sie, ob Ihr Vertrag Elementarschäden einschließt.
   Nur dann sind Überschwemmung und Rückstau versichert.

Elementarschutz nachträglich einschließen? Ab 4,90 EUR im Monat, Wartezeit
14 Tage - also besser jetzt als beim nächsten Hochwasser.

Ihre Elbtal Versicherung
Abmelden: https://news.elbtal-versicherung.example/abmelden
""", """
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0b5c7a">Hochwasser an der Elbe: So sind Sie vorbereitet</h2>
<p>Die Schneeschmelze im Riesengebirge lässt die Pegel steigen. Drei Tipps:</p>
<ol><li>Wertsachen und Dokumente aus dem Keller holen.</li>
<li>Heizöltanks sichern &ndash; auslaufendes Öl ist der teuerste Schaden.</li>
<li>Prüfen Sie, ob Ihr Vertrag <b>Elementarschäden</b> einschließt. Nur dann sind Überschwemmung und Rückstau versichert.</li></ol>
<p>Elementarschutz nachträglich einschließen? Ab 4,90 EUR im Monat, Wartezeit 14 Tage &ndash; also besser jetzt als beim nächsten Hochwasser.</p>
<p>Ihre Elbtal Versicherung<br><a href="https://news.elbtal-versicherung.example/abmelden">Abmelden</a></p>
</body></html>
""")
    return m


@mail(91, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, flooded cellar claim under natural-hazards cover with policy/claim no. and advance payment; quoted customer text; flowed')
def m091():
    old = mid_of('d208-0091', 'thunderbird', 'posteo-mail.example')
    m = new(S['hartmann'], 'Steffen Ulbricht <s.ulbricht@posteo-mail.example>',
            'Re: Keller voll Wasser - was nun?', '2026-04-16 17:25', agent='thunderbird', irt=old)
    text(m, """
Hallo Herr Ulbricht,

die Elementardeckung in Ihrer Wohngebäudeversicherung WG 8802 140 388 greift, ich habe den Schaden unter 26/WG/001377 angelegt.

Bitte lassen Sie das Wasser abpumpen und den Keller trocknen, die Kosten übernehmen wir. Für den Heizungsbrenner und die Waschmaschine brauche ich einen Kostenvoranschlag bzw. die Rechnung. Eine Abschlagszahlung von 2.000 EUR überweise ich Ihnen heute, damit Sie die Handwerker bezahlen können.

Der Selbstbehalt bei Elementarschäden beträgt 10 %, mindestens 500 EUR.

Viele Grüße
Lukas Hartmann

-- 
""" + SIG['hartmann'] + """

Am 16.04.2026 um 06:50 schrieb Steffen Ulbricht:
> Guten Morgen, bei uns in Pirna-Copitz steht der Keller 40cm unter Wasser
> (Grundwasser + Rückstau). Heizung ist aus. Haus ist bei Ihnen versichert
> mit Elementar, Meißner Str. 12. Was soll ich tun?? Feuerwehr pumpt erst
> morgen.
> S. Ulbricht
""", cte='8bit', flowed=True)
    return m


@mail(92, 'NORMAL', 'en', 'insurer-to-hospital',
      'trap: transfer impact assessment questions for sending health data to a Thai hospital, general, no patient')
def m092():
    m = new(S['neumeier'], 'Data Protection Officer <dpo@sph-bangkok.example>',
            'Transfer of health data to Thailand - a few questions for our assessment', '2026-04-17 10:00', lang='en-GB')
    text(m, """
Dear Khun Wanida,

as part of our direct billing agreement we send medical information about
our members (guarantees of payment, medical reports) to your hospital and
receive discharge summaries and invoices from you. Thailand has no EU
adequacy decision, so we document each transfer route. Could you help us
with a few questions?

1. Is your hospital a data controller under the Thai Personal Data
   Protection Act (PDPA) B.E. 2562, and who is your registered DPO?
2. Which measures protect health data in your e-mail system (TLS, S/MIME,
   access control for the international patient office)?
3. Can public authorities in Thailand access patient records held by a
   private hospital, and under which procedure?
4. How long do you keep the records of foreign patients?

We do not need any patient information for this - only a description of
your processes. A short written answer is enough.

With kind regards
Claudia Neumeier
Data Protection Officer, Elbtal Insurance Group

""" + SIG['neumeier'] + FOOTER_EN)
    return m


@mail(93, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-supplier',
      'bill-review batch for a cost-containment vendor: ZIP with a CSV of named members\' US hospital bills (CPT/ICD-10-CM) and a PDF itemised bill')
def m093():
    m = new(S['alves'], 'ClaimSense Intake <intake@claimsense-review.example>',
            'Batch 2026-04-B / 3 US bills for review', '2026-04-17 14:45', lang='en-GB')
    text(m, """
Hello ClaimSense team,

batch 2026-04-B is attached (3 inpatient bills from the US, total
USD 412,870). The usual scope: UB-04 line review, DRG validation,
usual-and-customary check and negotiation mandate up to 35 %.

The ZIP password goes to Megan by phone.

Thanks
Ricardo

""" + SIG['alves'])
    ensure_mixed(m)
    rows = [['batch', 'case', 'member_id', 'patient', 'dob', 'provider', 'admit', 'discharge', 'icd10cm', 'drg', 'billed_usd'],
            ['2026-04-B', 'US-26-0071', 'EGH-INT-2021-000412-01', 'KRAUSE, Benedikt', '1959-10-02', 'Mercy Lakeside Medical Center, Houston', '2026-02-27', '2026-03-04', 'I21.09; I25.10', '247', '218440.00'],
            ['2026-04-B', 'US-26-0074', 'EGH-INT-2024-003355-03', 'MEYER-OKAFOR, Ada', '2017-06-15', "Children's Hospital of the Bay, San Jose", '2026-03-09', '2026-03-11', 'K35.80', '343', '86210.00'],
            ['2026-04-B', 'US-26-0079', 'EGH-INT-2023-002871-01', 'SCHULTE, Gregor', '1975-01-28', 'Lakeview General, Chicago', '2026-03-20', '2026-03-23', 'S82.201A; W00.0XXA', '493', '108220.00']]
    bill = pdf([
        ('h', 'Mercy Lakeside Medical Center - Itemized Statement'),
        'Patient: KRAUSE, BENEDIKT    DOB 10/02/1959    Acct 88104471',
        'Admit 02/27/2026   Discharge 03/04/2026   Attending: R. Delgado, MD (Cardiology)',
        'Dx: I21.09 STEMI involving other coronary artery of anterior wall; I25.10',
        '',
        'Rev code  Description                         Units   Charges USD',
        '0200      ICU room and board                      2     38,400.00',
        '0120      Med/surg room and board                 3     17,850.00',
        '0481      Cardiac cath lab, PCI w/ 2 DES           1     96,300.00',
        '0250      Pharmacy                                 -     21,980.00',
        '0300      Laboratory                               -     14,620.00',
        '0730      EKG/ECG                                  6      4,290.00',
        '0450      Emergency room level 5                   1     25,000.00',
        'Total charges                                             218,440.00',
    ], 'Itemized statement 88104471', 'Mercy Lakeside PFS', '2026-03-12 09:00', producer='Epic Resolute PB')
    z = zipb([('batch_2026-04-B.csv', csvb(rows, delim=',')), ('US-26-0071_itemized.pdf', bill)], '2026-04-17 14:30')
    attach(m, z, 'ClaimSense_batch_2026-04-B.zip')
    return m


@mail(94, 'NORMAL', 'de', 'insurer-to-supplier',
      'purchase order for headsets for the 24/7 service line, no personal data')
def m094():
    m = new(S['brenner'], 'Vertrieb Sachsen-IT <vertrieb@sachsen-it.example>',
            'Bestellung 4500118842 - Headsets Servicecenter', '2026-04-20 09:05', lang='de-DE')
    text(m, """
Guten Tag Frau Böhme,

hiermit bestellen wir gemäß Ihrem Angebot AN-26-0311 vom 14.04.2026:

Pos. 1   40 x Jabra Evolve2 65, USB-C, Stereo      à 189,00 EUR
Pos. 2   40 x Ladestation                          à  24,50 EUR
Pos. 3    1 x Lieferung und Inventarisierung        pauschal 120,00 EUR

Lieferadresse: Elbtal Versicherung, Warenannahme Haus B, Königsbrücker
Straße 90, 01099 Dresden, Lieferung bis 08.05.2026.

Rechnung bitte mit der Bestellnummer an
rechnungseingang@elbtal-versicherung.example.

Mit freundlichen Grüßen
Oliver Brenner

""" + SIG['brenner'] + FOOTER_DE)
    return m


@mail(95, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, liability claim for a lost master key of her employer\'s locking system, policy and claim no.')
def m095():
    m = new(S['hartmann'], 'Katharina Roth <katharina.roth@web-post.example>',
            'Verlorener Generalschlüssel - Ihre Privathaftpflicht PH 6610 744 018', '2026-04-20 13:37', lang='de-DE')
    text(m, """
Sehr geehrte Frau Roth,

Ihre Privathaftpflichtversicherung umfasst den Verlust fremder
Schlüssel, auch beruflich genutzter, bis 50.000 EUR (Selbstbehalt
150 EUR). Den Verlust des Generalschlüssels Ihres Arbeitgebers, der
Praxisgemeinschaft am Bischofsplatz, haben wir unter der Schadennummer
26/PH/002206 aufgenommen.

Bevor die Schließanlage ausgetauscht wird, brauchen wir:
- die Bestätigung Ihres Arbeitgebers, dass der Schlüssel zur zentralen
  Schließanlage gehört, und wie viele Zylinder betroffen sind,
- das Angebot des Schlüsseldienstes (liegt bereits vor: 6.480 EUR),
- eine kurze Schilderung, wo und wann der Schlüssel verloren ging.

Erst wenn das Angebot geprüft ist, sollte der Austausch beauftragt werden.

Mit freundlichen Grüßen

""" + SIG['hartmann'] + FOOTER_DE)
    return m


@mail(96, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'travel cancellation because of the named customer\'s sudden illness (kidney stone, N20.0), medical certificate, refund')
def m096():
    m = new(S['hahn'], 'Ute Lindemann <ute.lindemann@gmx-mail.example>',
            'Reiserücktritt Madeira - RR-26-00641', '2026-04-21 10:58', lang='de-DE')
    text(m, """
Sehr geehrte Frau Lindemann,

wir haben Ihre Unterlagen zum Rücktritt von der Pauschalreise nach
Madeira (geplant 28.03.-11.04.2026) geprüft.

Nach dem Attest von Herrn Dr. Sachse (Urologie, Dresden) vom 26.03.2026
waren Sie wegen einer Harnleiterkolik bei Nierenstein (N20.0) mit
geplanter Ureterorenoskopie nicht reisefähig. Das ist eine unerwartete
schwere Erkrankung im Sinne Ihrer Reiserücktrittsversicherung
RV 3010 477 915.

Erstattung:
  Stornokosten des Reiseveranstalters (80 %)    2.744,00 EUR
  abzüglich Selbstbehalt 20 %                    -548,80 EUR
  Auszahlung                                     2.195,20 EUR

Ihr Mann ist als mitreisende Person ebenfalls versichert; seine
Stornokosten sind in dem Betrag bereits enthalten.

Wir wünschen Ihnen gute Besserung.

Mit freundlichen Grüßen

""" + SIG['hahn'] + FOOTER_DE)
    return m


@mail(97, 'NORMAL', 'en', 'newsletter',
      'trap: HTML-only employer newsletter on group income protection: claims causes and return-to-work rates, aggregates only')
def m097():
    m = new('Elbtal Global Employee Benefits <benefits-news@elbtal-versicherung.example>',
            'HR Benefits Contacts <hr-contacts@news.elbtal-versicherung.example>',
            'Benefits Brief Q2/2026: what keeps people off work - and what brings them back',
            '2026-04-22 07:30', agent='newsletter', extra=[('Precedence', 'bulk')])
    html(m, """
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Benefits Brief Q2/2026</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<h1 style="font-size:20px">Benefits Brief Q2/2026</h1>
<p>Across our group income protection book (1,140 employers, 2025) the causes of new long-term absence claims were:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th>Cause</th><th>Share of new claims</th><th>Back at work within 12 months</th></tr>
<tr><td>Mental health (depression, anxiety, burnout)</td><td>38 %</td><td>57 %</td></tr>
<tr><td>Musculoskeletal (back, joints)</td><td>24 %</td><td>71 %</td></tr>
<tr><td>Cancer</td><td>14 %</td><td>44 %</td></tr>
<tr><td>Post-COVID conditions</td><td>7 %</td><td>39 %</td></tr>
<tr><td>Cardiovascular</td><td>6 %</td><td>62 %</td></tr>
<tr><td>Other</td><td>11 %</td><td>66 %</td></tr>
</table>
<h2 style="font-size:16px">Three things that work</h2>
<ol><li>Early contact: employees contacted in the first four weeks return twice as often.</li>
<li>Graded return to work with adjusted tasks.</li>
<li>Fast access to psychotherapy &ndash; our EAP arranges a first session within 5 working days.</li></ol>
<p style="font-size:11px;color:#777">Elbtal Versicherung AG &ndash; Global Employee Benefits, Hamburg.
You receive this brief as an HR contact of a group client. <a href="https://news.elbtal-versicherung.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""")
    return m


@mail(98, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'harmless body; attached PDF buildings-insurance schedule names the homeowners, insured address, sums and the mortgage bank')
def m098():
    m = new('Elbtal Policy Service <vertragsservice@elbtal-versicherung.example>',
            'Gareth Evans <gareth.evans@postbox-uk.example>',
            'Your documents', '2026-04-23 08:20', agent='system',
            cc='Rhian Evans <rhian.evans@postbox-uk.example>')
    text(m, """
Dear customer,

please find your documents attached. Kindly check them and keep them in a
safe place.

Your Elbtal Policy Service
""" + FOOTER_EN_ASCII, charset='us-ascii', cte='7bit')
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'Policy schedule - Buildings insurance (Wohngebäudeversicherung)'),
        'Elbtal Allgemeine Versicherung AG - English translation for information; the German version is binding.',
        '',
        'Policyholders: Gareth Evans and Rhian Evans',
        'Postal address: Am Neuen Garten 23, 14469 Potsdam',
        'Policy number: WG 8802 161 009          Start: 01/05/2026, annual renewal',
        'Insured building: detached house, built 1912, renovated 2019, 214 sq m living space',
        '',
        'Perils: fire, lightning, explosion; burst pipes; storm and hail; natural hazards (flood, backflow)',
        'Sum insured: value 1914 of 38,400 Mark (rebuilding cost, index-linked)',
        'Deductible: EUR 500; natural hazards 10 %, min. EUR 1,000',
        'Annual premium: EUR 1,684.20 incl. 19 % insurance tax',
        '',
        'Mortgagee clause: Mittelbrandenburgische Sparkasse, loan no. 7701 4488 20',
        'Premium payment: direct debit from IBAN DE.. .... .... .... 7711 (mandate M-26-441092)',
    ], 'Policy schedule WG 8802 161 009', 'Elbtal KorrespondenzCenter', '2026-04-23 08:00'),
        'Policy_schedule_WG8802161009.pdf')
    return m


@mail(99, 'NORMAL', 'de', 'internal',
      'trap: synthetic test cases for the new claims workflow with "Max Mustermann (fiktiv)", published example IBANs and fake ICD codes, TSV')
def m099():
    m = new(S['kowalski'], 'Projekt Leistungsstrecke 2.0 <projekt-ls2@elbtal-versicherung.example>',
            'Testdaten Sprint 14 - nur synthetische Fälle!', '2026-04-24 11:11', lang='de-DE')
    text(m, """
Hallo Projektteam,

für die Abnahmetests in Sprint 14 liegen die Testfälle in der TSV im
Anhang. Zur Erinnerung: In der Testumgebung dürfen ausschließlich
synthetische Daten verwendet werden - keine Kopien aus der Produktion,
auch nicht "anonymisiert".

Alle Personen sind erfunden (Namenszusatz "fiktiv"), die IBANs sind die
veröffentlichten Beispiel-IBANs der Banken bzw. der EZB-Dokumentation,
die Versicherungsnummern beginnen mit 9999 und existieren nicht.

Fragen an mich.

Viele Grüße

""" + SIG['kowalski'])
    ensure_mixed(m)
    rows = [['testfall', 'name', 'geburtsdatum', 'vers_nr', 'iban', 'diagnose', 'betrag', 'erwartet'],
            ['TF-14-01', 'Max Mustermann (fiktiv)', '01.01.1980', '9999 000 001', 'DE89370400440532013000', 'Z00.0 (Testcode)', '120,00', 'Erstattung 100 %'],
            ['TF-14-02', 'Erika Mustermann (fiktiv)', '12.08.1964', '9999 000 002', 'DE89370400440532013000', 'J06.9 (Testcode)', '64,80', 'Selbstbehalt'],
            ['TF-14-03', 'Jane Doe (fictitious)', '1990-02-28', '9999 000 003', 'ES9121000418450200051332', 'A90 (Testcode)', '3.400,00', 'Auslandsrechnung -> Übersetzung'],
            ['TF-14-04', 'John Doe (fictitious)', '1975-07-04', '9999 000 004', 'FR1420041010050500013M02606', '-', '0,00', 'Fehler: Beleg fehlt']]
    attach(m, csvb(rows, delim='\t'), 'Testfaelle_Sprint14.tsv')
    return m


@mail(100, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group life and accident death claim: named employee died in a road accident abroad, benefits and beneficiaries, to employer HR')
def m100():
    m = new(S['petersen'], 'HR Global Mobility <global.mobility@brueckner-anlagenbau.example>',
            'Group life / AD&D - Mr Chidi Okonkwo - claim GL-26-0017', '2026-04-24 15:40', lang='en-GB')
    text(m, """
Dear colleagues,

we were very sorry to hear about the death of Mr Chidi Okonkwo. As
discussed with Mrs Albrecht on the phone, here is where we stand on the
claims under your group contracts:

Group life (GL-2024-0042), 3 x annual salary:      EUR 231,000
Group accident (AD&D, GU-2024-0042), death benefit: EUR 150,000

According to the police report from Abu Dhabi and the death certificate,
Mr Okonkwo died on 11 April 2026 as a passenger in a company vehicle that
left the road on the E11; death was caused by a severe head injury at
the scene. Alcohol and drugs were ruled out for the driver by the
toxicology report. The accident happened on a business trip, so there is
no question about the exclusions.

Beneficiaries: Mr Okonkwo had nominated his mother, Mrs Ngozi Okonkwo
(Enugu, Nigeria), for 100 %. We need from her a copy of her passport, her
bank details and a signed claim form; we are happy to send the form
directly to her by courier. The legalised English translation of the
death certificate is already with us.

Kind regards
Anja Petersen

""" + SIG['petersen'] + FOOTER_EN)
    return m


@mail(101, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: blank anonymous pre-underwriting request form for disability cover with placeholders (diagnoses, therapies), ODT')
def m101():
    m = new(S['schuster'], 'Maklerverteiler Ost <makler-ost@news.elbtal-versicherung.example>',
            'Neues Formular: anonyme Risikovoranfrage BU', '2026-04-27 09:30', lang='de-DE')
    text(m, """
Liebe Partnerinnen und Partner,

ab sofort gibt es ein überarbeitetes Formular für die anonyme
Risikovoranfrage zur Berufsunfähigkeitsversicherung. Bitte verwenden Sie
es ohne Namen, Geburtsdatum oder Anschrift Ihrer Kunden - wir brauchen
nur Alter, Beruf und die Angaben zur Vorerkrankung. Arztberichte bitte
geschwärzt.

Die Antwort kommt in der Regel innerhalb von drei Arbeitstagen.

Viele Grüße
Birgit Schuster

""" + SIG['schuster'])
    ensure_mixed(m)
    attach(m, odt([
        ('h', 'Anonyme Risikovoranfrage Berufsunfähigkeit'),
        'Bitte KEINE Namen, Geburtsdaten oder Anschriften eintragen.',
        ('table', [['Angabe', 'Eintrag'],
                   ['Alter', '«Alter»'],
                   ['Beruf / Tätigkeit', '«Beruf»'],
                   ['Gewünschte BU-Rente', '«Rente» EUR'],
                   ['Größe / Gewicht', '«cm» / «kg»'],
                   ['Erkrankung / Diagnose', '«Diagnose, z. B. Bandscheibenvorfall L4/5»'],
                   ['Behandlungszeitraum', '«von - bis»'],
                   ['Therapie', '«z. B. Physiotherapie, Psychotherapie, Medikamente»'],
                   ['Arbeitsunfähigkeit', '«Tage / Zeitraum»'],
                   ['Beschwerdefrei seit', '«Datum»']]),
        'Vermittlernummer: «Vermittler-Nr.»',
    ], 'Anonyme Risikovoranfrage BU', 'Birgit Schuster', '2026-04-24 14:00'), 'Risikovoranfrage_BU_anonym.odt')
    return m


@mail(102, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer caused a parking scrape; motor liability claim, downgrading of no-claims class and option to repay the claim')
def m102():
    m = new(S['brandt'], 'Jens Fuchs <jens.fuchs@fastpost.example>',
            'Ihr Haftpflichtschaden 26-KH-100611 - Möglichkeit zum Rückkauf', '2026-04-27 14:20', lang='de-DE')
    text(m, """
Sehr geehrter Herr Fuchs,

den Schaden, den Sie am 02.04.2026 beim Ausparken auf dem Parkplatz des
Elbepark an dem Fahrzeug von Frau Noack (DD-AN 77) verursacht haben,
haben wir reguliert: 1.386,40 EUR für die Reparatur des hinteren
Stoßfängers und die Wertminderung.

Ihr Vertrag 47-121 066 300 wird dadurch zum 01.01.2027 in der
Kfz-Haftpflicht von SF 12 auf SF 6 zurückgestuft; der Beitrag steigt
nach heutigem Stand um etwa 214 EUR im Jahr.

Sie können die Rückstufung vermeiden, indem Sie uns den Betrag von
1.386,40 EUR innerhalb von sechs Monaten erstatten. Bei einem Schaden
dieser Höhe lohnt sich das nach unserer Rechnung, wenn Sie das Auto
noch mindestens vier Jahre fahren.

Mit freundlichen Grüßen

""" + SIG['brandt'] + FOOTER_DE)
    return m


@mail(103, 'NORMAL', 'en', 'internal',
      'trap: underwriting guideline update for individual expat health plans (BMI, blood pressure, diabetes debits), XLSX rules only')
def m103():
    m = new(S['kaya'], 'EGH Underwriting <egh-underwriting@elbtal-versicherung.example>',
            'Updated underwriting guide - individual Expat plans (valid from 1 May)', '2026-04-28 10:02', lang='en-GB')
    text(m, """
Hi all,

the updated underwriting guide for individual Expat plans is attached.
Main changes:

- BMI 32-35 now +15 % instead of +25 %; above 40 still decline
- treated hypertension, well controlled: standard rates up to age 50
- type 2 diabetes without complications, HbA1c below 7.5 %: +50 %,
  exclusion of diabetic retinopathy removed
- past depression, symptom-free for 3 years, no inpatient stay: standard

Please use the new rules for all applications signed from 1 May. No case
data in the file - it is just the rule table.

Mehmet

""" + SIG['kaya'])
    ensure_mixed(m)
    rows = [['Condition', 'Criteria', 'Decision from 01/05/2026', 'Previous'],
            ['Build', 'BMI 30-31.9', 'standard', 'standard'],
            ['Build', 'BMI 32-35', '+15 %', '+25 %'],
            ['Build', 'BMI 35.1-40', '+50 %', '+50 %'],
            ['Build', 'BMI > 40', 'decline', 'decline'],
            ['Hypertension', 'treated, < 140/90, age <= 50', 'standard', '+25 %'],
            ['Diabetes type 2', 'HbA1c < 7.5 %, no complications', '+50 %', '+50 % and excl. retinopathy'],
            ['Depression', 'single episode, symptom-free >= 3 years, no inpatient', 'standard', 'exclusion'],
            ['Asthma', 'mild, no steroids tablets in 2 years', 'standard', 'standard']]
    attach(m, xlsx([('Rules', rows)], 'EGH underwriting guide 2026-05', 'Mehmet Kaya', '2026-04-28 09:40'),
           'EGH_UW_guide_2026-05.xlsx')
    return m


@mail(104, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'assessment order to a surgeon for a named accident insured with a knee injury (S83.2), questions on permanent impairment; DOCX order')
def m104():
    m = new(S['rauch'], 'Praxis Dr. med. Holger Blasewitz <praxis@orthopaedie-blasewitz.example>',
            'Gutachtenauftrag Unfallversicherung - Frau Claudia Riedel, Unfall vom 14.01.2025',
            '2026-04-29 09:15', lang='de-DE')
    text(m, """
Sehr geehrter Herr Dr. Blasewitz,

wir beauftragen Sie mit einem Gutachten zur Bemessung der Invalidität
unserer Versicherten Frau Claudia Riedel, geb. 30.06.1984, Vertrag
UV 6120 412 077.

Frau Riedel verletzte sich am 14.01.2025 beim Skifahren in Oberwiesenthal
am rechten Knie (Korbhenkelriss des Innenmeniskus, S83.2, und vordere
Kreuzbandruptur), arthroskopische Meniskusnaht und VKB-Plastik am
22.01.2025. Sie klagt weiter über Instabilität und Schwellneigung.

Den Auftrag mit den Fragen und die Vorbefunde finden Sie im Anhang bzw.
in unserem Gutachterportal. Frau Riedel ist mit der Untersuchung und der
Weitergabe der Befunde einverstanden (Schweigepflichtentbindung liegt
vor). Das Honorar richtet sich nach der Gebührenordnung für Ärzte,
pauschal 650 EUR zzgl. Auslagen.

Mit freundlichen Grüßen

""" + SIG['rauch'] + FOOTER_DE)
    ensure_mixed(m)
    attach(m, docx([
        ('h', 'Gutachtenauftrag Invaliditätsbemessung'),
        'Versicherte: Claudia Riedel, geb. 30.06.1984, Chemnitzer Straße 44, 01187 Dresden',
        'Vertrag: UV 6120 412 077, Grundsumme 150.000 EUR, Progression 225 %',
        'Unfall: 14.01.2025, Skiunfall, Knie rechts',
        'Vorbefunde: MRT 16.01.2025 (Korbhenkelriss Innenmeniskus, VKB-Ruptur), OP-Bericht 22.01.2025,',
        'Reha-Entlassungsbericht 03/2025, Befund Dr. Hanke 11/2025 (Instabilität, Erguss)',
        ('b', 'Fragen an den Gutachter'),
        '1. Welche unfallbedingten Gesundheitsschäden liegen vor?',
        '2. Liegt eine dauerhafte Beeinträchtigung vor? Bemessung nach der Gliedertaxe (Bein im Knie).',
        '3. Bestehen unfallfremde Mitwirkungen (Vorschäden, degenerative Veränderungen)? Anteil in %.',
        '4. Ist eine Besserung oder Verschlechterung in den nächsten Jahren zu erwarten?',
    ], 'Gutachtenauftrag Riedel', 'Tobias Rauch', '2026-04-29 09:00'), 'Gutachtenauftrag_UV6120412077.docx')
    return m


@mail(105, 'NORMAL', 'de', 'insurer-to-authority',
      'trap: complaints statistics for the financial supervisor by line and reason (incl. refused health benefits), aggregates only')
def m105():
    m = new('Beschwerdemanagement Elbtal <beschwerde@elbtal-versicherung.example>',
            'BaFin Referat VBS 5 <vbs5@bafin.example>',
            'Beschwerdestatistik 2025 - Elbtal Versicherungsgruppe (Ihr Schreiben vom 02.03.2026)',
            '2026-04-30 11:45', lang='de-DE')
    text(m, """
Sehr geehrte Damen und Herren,

anbei übersenden wir die Beschwerdestatistik 2025 der Gesellschaften der
Elbtal Versicherungsgruppe:

Sparte                       Beschwerden   davon Leistung   abgeholfen
Krankenversicherung                  412              288        41 %
Pflegeversicherung                    57               44        36 %
Lebensversicherung (inkl. BU)        198              121        29 %
Unfallversicherung                    63               51        33 %
Kraftfahrt                           241              170        38 %
Sach/Haftpflicht/Rechtsschutz        229              164        45 %
Summe                              1.200              838        38 %

Häufigste Anlässe in der Krankenversicherung: Erstattung von
Heilpraktikerleistungen, medizinische Notwendigkeit von Psychotherapie
und Hilfsmitteln, Beitragsanpassungen.

Mit freundlichen Grüßen
Elbtal Versicherungsgruppe, Beschwerdemanagement
Thea Reinhold
""" + FOOTER_DE)
    return m


@mail(106, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'D&O claim notification: shareholder claim against named directors of a client company, policy and claim no. (no health data)')
def m106():
    m = new(S['maurer'], 'Gavin Lane <gavin.lane@whitcombe-lane.example>',
            'D&O - Kestrel Photonics GmbH - notification of circumstances DO-26-0009', '2026-05-04 16:22', lang='en-GB')
    text(m, """
Hi Gavin,

we confirm receipt of the notification under the D&O policy
DO-2025-0117 (Kestrel Photonics GmbH, limit EUR 10m, retention for the
company EUR 50k, none for the insured persons):

Claim no.:        DO-26-0009
Insured persons:  Dr. Matthias Reinke (managing director) and
                  Claire Dubois-Hartung (CFO)
Claimant:         Tanager Ventures LP, minority shareholder (8.4 %)
Allegation:       breach of duty in the 2025 acquisition of the
                  Taiwanese subsidiary (purchase price EUR 46m alleged to
                  be excessive), damages claimed EUR 7.2m

We accept the notification as a claim under section A (personal
liability). Defence costs are covered subject to our consent to the
choice of counsel; we have no objection to Hengeler-Steinfeld. Please ask
the insured persons not to make any admissions or settlement offers
without our consent.

Best regards
Felix

""" + SIG['maurer'] + FOOTER_EN)
    return m


@mail(107, 'NORMAL', 'en', 'insurer-to-customer',
      'trap: generic answer to a prospect on health-insurance requirements for a visa and incoming-visitor cover, no health data of the writer')
def m107():
    old = mid_of('d208-0107', 'iphone', 'mailbox.example')
    m = new(S['hughes'], 'Lucas Moreira <lucas.moreira@mailbox.example>',
            'Re: Which insurance do I need for my visa?', '2026-05-05 10:05', irt=old, lang='en-GB')
    text(m, """
Dear Mr Moreira,

thanks for your question. The short version:

- For a work visa or Blue Card, the German embassy or immigration office
  wants to see health insurance that is equivalent to statutory cover
  from the day you start work. If you will be employed and earn below
  EUR 77,400 a year, you will be in the statutory scheme anyway; your
  employer registers you.
- Until your job starts (for example for the visa appointment and the
  first weeks), a short-term "incoming" health insurance is usually
  accepted. Our Incoming plan costs from EUR 1.45 a day for ages up to
  35 and covers acute illness and accidents, not pre-existing conditions
  or check-ups.
- Private full cover is an option for the self-employed and higher
  earners; it needs a health questionnaire.

If you tell me your start date and whether you will be employed or
self-employed, I can send you an offer for the Incoming plan.

Kind regards
Emily Hughes

""" + SIG['hughes'] + FOOTER_EN + """

> On 4 May 2026, at 21:17, Lucas Moreira <lucas.moreira@mailbox.example> wrote:
>
> Hello, I am moving from Porto to Dresden in July for a job at a tech
> company. Which insurance do I need for the visa? Thanks, Lucas
""")
    return m


@mail(108, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'dental treatment abroad reimbursed for a named customer: root-canal treatment and crown, tooth numbers, clinic invoice; HTML alternative')
def m108():
    m = new(S['hughes'], 'Aisling Byrne <aisling.byrne@fastpost.example>',
            'Your dental invoice from Szczecin - reimbursement', '2026-05-06 14:10', lang='en-IE')
    alt(m, """
Dear Ms Byrne,

we have reimbursed the invoice from Dental Clinic Pomorze in Szczecin
(policy KV 4402 690 113, tariff ZahnPremium):

Treatment                                     Invoice PLN   Reimbursed EUR
Root canal treatment tooth 46 (3 canals)           1,850           348.20
Build-up and ceramic crown tooth 46                2,400           451.70
Panoramic X-ray                                      180            42.10
Total                                              4,430           842.00

Exchange rate of the invoice date applied (1 EUR = 4.2615 PLN, then 80 %
for the crown as per your tariff, 100 % for the root canal).

The amount goes to your new account at DKB as updated last month.

Kind regards
Emily Hughes
""", """
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Byrne,</p>
<p>we have reimbursed the invoice from Dental Clinic Pomorze in Szczecin (policy KV 4402 690 113, tariff ZahnPremium):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Treatment</th><th>Invoice PLN</th><th>Reimbursed EUR</th></tr>
<tr><td>Root canal treatment tooth 46 (3 canals)</td><td>1,850</td><td>348.20</td></tr>
<tr><td>Build-up and ceramic crown tooth 46</td><td>2,400</td><td>451.70</td></tr>
<tr><td>Panoramic X-ray</td><td>180</td><td>42.10</td></tr>
<tr><td><b>Total</b></td><td><b>4,430</b></td><td><b>842.00</b></td></tr>
</table>
<p>Exchange rate of the invoice date applied (1 EUR = 4.2615 PLN, then 80 % for the crown as per your tariff, 100 % for the root canal).</p>
<p>The amount goes to your new account at DKB as updated last month.</p>
<p>Kind regards<br>Emily Hughes</p>
</body></html>
""")
    return m


@mail(109, 'NORMAL', 'de', 'internal',
      'trap: staff information on the company pension scheme (salary conversion, employer subsidy, direct insurance), example figures, no person')
def m109():
    m = new(S['becker'], 'Alle Mitarbeitenden Dresden <alle-dresden@elbtal-versicherung.example>',
            'Infoveranstaltung Betriebsrente: Entgeltumwandlung 2026', '2026-05-06 12:00', lang='de-DE')
    text(m, """
Liebe Kolleginnen und Kollegen,

viele von Ihnen nutzen die Entgeltumwandlung noch nicht oder nicht voll.
Deshalb laden wir zu einer Infoveranstaltung ein:

Mittwoch, 20.05.2026, 12:30-13:15 Uhr, Kantine Haus A und per Teams

Themen:
- Direktversicherung und Pensionskasse: steuer- und sozialversicherungs-
  frei bis 8 % bzw. 4 % der Beitragsbemessungsgrenze
- Arbeitgeberzuschuss: Elbtal gibt 20 % auf jeden umgewandelten Euro
  dazu (gesetzlich sind es nur 15 %)
- Rechenbeispiel: Wer 200 EUR brutto im Monat umwandelt, hat netto
  meist nur etwa 105-120 EUR weniger - je nach Steuerklasse
- Was passiert bei Jobwechsel, Elternzeit oder Berufsunfähigkeit?

Einzelberatungen können Sie im Anschluss vertraulich bei mir buchen;
persönliche Daten besprechen wir nicht in der Veranstaltung.

Viele Grüße
Yvonne Becker

""" + SIG['becker'])
    return m


@mail(110, 'CONFIDENTIAL', 'de', 'insurer-to-partner',
      'recourse demand to another motor insurer under a sharing agreement: both policyholders named, claim numbers, property damage only')
def m110():
    m = new(S['brandt'], 'Regress Kfz Mitteldeutsche Versicherung <regress-kfz@mitteldeutsche-vers.example>',
            'Teilungsabkommen - unser Schaden 26-KF-104877 / Ihr VN Herr Dominik Baum', '2026-05-07 10:33', lang='de-DE')
    text(m, """
Sehr geehrte Damen und Herren,

unsere Versicherungsnehmerin, Frau Marlene Große (DD-MG 612, Vollkasko
47-119 731 004), wurde am 19.03.2026 auf der Stauffenbergallee von Ihrem
Versicherungsnehmer, Herrn Dominik Baum (DD-DB 2040), beim Spurwechsel
gestreift. Verletzt wurde niemand. Ihr Versicherungsnehmer hat das
Verschulden vor Ort gegenüber der Polizei eingeräumt.

Wir haben den Fahrzeugschaden unserer Kundin aus der Vollkasko mit
3.912,66 EUR reguliert (Gutachten Lindner & Partner, Reparaturrechnung
Autohaus Elbland). Nach dem zwischen unseren Häusern bestehenden
Teilungsabkommen bitten wir um Erstattung von 3.912,66 EUR zuzüglich der
Sachverständigenkosten von 452,00 EUR.

Zahlung bitte auf unser Konto bei der Commerzbank,
IBAN DE53 6405 0000 0002 2334 45, Verwendungszweck 26-KF-104877.

Mit freundlichen Grüßen

""" + SIG['brandt'] + FOOTER_DE)
    return m

@mail(111, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'automatic out-of-office reply that quotes the incoming mail: a daughter describes her mother\'s dementia and asks about care benefits')
def m111():
    old = mid_of('d208-0111', 'outlook', 'gmx-mail.example')
    m = new(S['vogel'], 'Kerstin Matthes <kerstin.matthes@gmx-mail.example>',
            'Automatische Antwort: Pflegeantrag für meine Mutter Erika Böhm', '2026-05-08 19:22',
            agent='ooo', irt=old,
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    text(m, """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.05.2026
nicht im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden
Fällen erreichen Sie die Pflegeberatung unter 0351 8870-4400 oder
pflege@elbtal-versicherung.example.

Petra Vogel

________________________________________
Von: Kerstin Matthes <kerstin.matthes@gmx-mail.example>
Gesendet: Freitag, 8. Mai 2026 19:21
An: Vogel, Petra
Betreff: Pflegeantrag für meine Mutter Erika Böhm

Sehr geehrte Frau Vogel,

Sie hatten meiner Mutter, Erika Böhm (PPV 3301 507 336), im März die
Unterlagen geschickt. Inzwischen ist es leider viel schlimmer geworden:
Der Neurologe hat eine vaskuläre Demenz festgestellt, sie verlässt nachts
die Wohnung und findet nicht zurück, letzte Woche ist sie im Bad gestürzt
und hatte eine Platzwunde am Kopf. Wir brauchen dringend einen
Pflegedienst und einen Hausnotruf. Kann die Begutachtung schneller gehen?
Ich habe eine Vorsorgevollmacht.

Mit freundlichen Grüßen
Kerstin Matthes
""")
    return m


@mail(112, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: questions to the reinsurer on its new underwriting-manual chapter for post-COVID and mental health, general rules only')
def m112():
    m = new(S['kaya'], 'Dr Lena Fischbach <lena.fischbach@atlas-re.example>',
            'Atlas Re manual 2026 - post-COVID and mental health chapters', '2026-05-11 09:40', lang='en-GB')
    text(m, """
Dear Dr Fischbach,

thank you for the preview of the 2026 manual. Three questions from our
team before we switch our rule engine:

1. Post-COVID condition: the manual postpones applicants with symptoms
   in the last 12 months and rates +50 % for 12-24 months. Does
   "symptoms" include fatigue reported only to the GP, without a
   specialist diagnosis?
2. Depression: for a single moderate episode fully recovered for more
   than two years, the manual now says "standard". Does that also apply
   to disability cover, or only to life?
3. ADHD in adults on stimulant medication: is this still "individual
   consideration", or do you have a rating table for disability?

A written answer is fine; we would then update our simplified health
questions for the broker channel accordingly.

Kind regards
Mehmet Kaya

""" + SIG['kaya'] + FOOTER_EN)
    return m


@mail(113, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'sole-trader bakery owner (natural person), burglary claim under commercial contents cover with policy, claim and amounts; windows-1252 8bit')
def m113():
    m = new(S['hartmann'], 'Bäckerei Zschornack <baeckerei.zschornack@t-netz.example>',
            'Einbruch in Ihre Filiale Kamenz - Schaden 26/GW/000288', '2026-05-11 14:05', lang='de-DE')
    text(m, """
Sehr geehrter Herr Zschornack,

zu dem Einbruch in Ihre Filiale Macherstraße 14, Kamenz, in der Nacht
zum 06.05.2026 haben wir Ihre Gewerbe-Inhaltsversicherung
GW 9020 004 115 geprüft.

Schaden laut Ihrer Aufstellung und der Polizeianzeige:
  entwendetes Bargeld aus dem Tresor         1.840,00 EUR
  beschädigte Eingangstür und Schloss        2.115,00 EUR
  Kassensystem (Touchscreen zerstört)        1.290,00 EUR

Bargeld ist im Tresor bis 5.000 EUR versichert, die Tür als
Gebäudeschaden des Mieters mitversichert. Wir zahlen 5.245,00 EUR
abzüglich 250 EUR Selbstbehalt, also 4.995,00 EUR, auf Ihr
Geschäftskonto bei der Volksbank (IBAN DE67 4306 0967 4077 1234 00).

Die Betriebsunterbrechung (Filiale am 06.05. geschlossen) ist in Ihrem
Vertrag nicht eingeschlossen.

Mit freundlichen Grüßen

""" + SIG['hartmann'] + FOOTER_DE, charset='windows-1252', cte='8bit')
    return m


@mail(114, 'NORMAL', 'de', 'internal',
      'trap: information on the new medical fee schedule (GOÄ) for claims staff, positions and factors, no patient')
def m114():
    m = new(S['albers'], 'Leistung Kranken (alle) <leistung-kv@elbtal-versicherung.example>',
            'GOÄneu - was wir ab 1. Juli anders prüfen', '2026-05-12 08:20', lang='de-DE')
    text(m, """
Liebe Kolleginnen und Kollegen,

die neue Gebührenordnung für Ärzte gilt für Leistungen ab dem 01.07.2026.
Das Wichtigste für die Rechnungsprüfung:

- Keine Steigerungsfaktoren mehr: Jede Leistung hat einen festen Euro-
  Betrag; Abweichungen nur über eine Vereinbarung vor der Behandlung.
- Neue Gesprächsleistungen: ausführliche Beratung (ab 20 Minuten) und
  Gespräche mit Angehörigen sind eigene Positionen.
- Analogbewertungen fallen weitgehend weg.
- Übergang: Für Behandlungen vor dem 01.07. gilt weiter die alte GOÄ,
  auch wenn die Rechnung später kommt.

Im Prüfsystem sind die neuen Kataloge ab 29.06. hinterlegt. Schulungen
(60 Minuten, Teams) am 16., 18. und 23.06. - Anmeldung über das
Lernportal.

Viele Grüße
Katrin Albers

""" + SIG['albers'])
    return m


@mail(115, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'two-word mobile approval; quoted assistance-company request about a named member with a head injury in Bali needing an MRI')
def m115():
    m = new(S['mcallister'], 'Meridian Assist Operations <ops@meridian-assist.example>',
            'RE: MA-26-05190 / HARTLEY Sophie / Bali / MRI request', '2026-05-12 23:41', agent='iphone',
            irt='<MA-26-05190.2.20260512212500@ops.meridian-assist.example>')
    text(m, """
Approved, go ahead.

Fiona

Sent from my iPhone

> On 12 May 2026, at 23:25, Meridian Assist Operations <ops@meridian-assist.example> wrote:
>
> Dear Fiona,
>
> urgent approval needed:
> Patient: Ms Sophie HARTLEY, DOB 03/03/1996, member EGH-INT-2025-006021-01
> Hospital: BIMC Nusa Dua, Bali
> Scooter accident this evening, GCS 14 on arrival, vomited twice, CT
> head: small frontal contusion, no bleed requiring surgery (S06.31).
> Treating neurologist wants an MRI brain tonight and 48 h observation
> in HDU. Estimated cost IDR 42 million. She was wearing a helmet, no
> alcohol according to ER notes.
>
> Please approve MRI and HDU stay.
>
> Best regards
> Duty Coordinator, Meridian Assist Ltd
""", charset='us-ascii', cte='7bit')
    return m


@mail(116, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'sole-trader translator\'s cyber claim after invoice fraud: her name, policy and claim no., fraudster and own IBANs')
def m116():
    m = new(S['maurer'], 'Rebecca Thornton <mail@thornton-translations.example>',
            'Your cyber claim CY-26-0041 - fraudulent payment redirection', '2026-05-13 10:50', lang='en-GB')
    text(m, """
Dear Ms Thornton,

thank you for the detailed report. I am sorry you had to go through this.

Policy:      Cyber Kompakt CY-2025-0388 (Rebecca Thornton Translations,
             sole trader, Leipzig)
Claim no.:   CY-26-0041
What happened: your e-mail account was compromised on 28 April; the
attacker sent your client, Mahler Industrietechnik GmbH, an invoice with
changed bank details. The client paid EUR 6,840.00 to
IBAN NL30 INGB 0007 8123 45 instead of your account
IBAN DE65 1203 0000 1064 7890 12.

Cover: the policy includes forensic IT costs and "payment diversion
fraud" up to EUR 10,000 (deductible EUR 500). Our IT forensic partner
CyberGuard Sachsen will contact you today to secure the mailbox and
check for further access.

Please also report the case to the police (online report is fine) and
ask your bank to request a recall from ING. If the money comes back, the
claim reduces accordingly.

Kind regards

""" + SIG['maurer'] + FOOTER_EN)
    return m


@mail(117, 'NORMAL', 'de', 'insurer-to-customer',
      'trap: content-free portal notification ("new message in your mailbox"), no contract, no document type')
def m117():
    m = new('Elbtal SecureMail <securemail@elbtal-versicherung.example>',
            'guenter.lorenz55@t-netz.example',
            'Sie haben eine neue Nachricht in Ihrem Elbtal-Postfach', '2026-05-14 06:31', agent='system',
            extra=[('Auto-Submitted', 'auto-generated')])
    text(m, """
Guten Tag,

in Ihrem persönlichen Elbtal-Postfach liegt eine neue Nachricht für Sie.

Melden Sie sich an unter https://securemail.elbtal-versicherung.example
und geben Sie Ihr Passwort ein. Die Nachricht bleibt 90 Tage abrufbar.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte und
keine Anhänge. Wir bitten Sie nie per E-Mail um Ihr Passwort.

Ihre Elbtal Versicherung
""", cte='quoted-printable')
    return m


@mail(118, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'harmless body; ZIP with the payout statement and tax note of a named customer\'s company pension (bAV direct insurance, life line)')
def m118():
    m = new(S['becker'], 'Wolfram Klemm <w.klemm@posteo-mail.example>',
            'Unterlagen zu Ihrer Direktversicherung', '2026-05-15 11:25', lang='de-DE')
    text(m, """
Sehr geehrter Herr Klemm,

wie telefonisch besprochen erhalten Sie die Unterlagen noch einmal
elektronisch (ZIP-Datei mit zwei PDFs).

Mit freundlichen Grüßen
Yvonne Becker

""" + SIG['becker'] + FOOTER_DE)
    ensure_mixed(m)
    a = pdf([
        ('h', 'Abrechnung der Kapitalauszahlung - Betriebliche Altersversorgung'),
        'Elbtal Lebensversicherung AG - Direktversicherung nach § 3 Nr. 63 EStG',
        'Versicherte Person: Wolfram Klemm, geb. 21.04.1959',
        'Versicherungsnehmer (Arbeitgeber): Sachsenland Logistik GmbH, Dresden',
        'Vertrag: BAV 41 118 406-2, Beginn 01.05.2005, Rentenbeginn 01.05.2026, Kapitalwahlrecht ausgeübt',
        '',
        'Garantiertes Kapital                            45.000,00 EUR',
        'Überschussbeteiligung (laufend + Schluss)       21.338,71 EUR',
        'Bewertungsreserven                                 412,90 EUR',
        'Kapitalauszahlung brutto                        66.751,61 EUR',
        'Lohnsteuer/Soli: Abzug durch uns nicht möglich, Meldung an das Finanzamt (§ 22 Nr. 5 EStG)',
        'Kranken-/Pflegeversicherung der Rentner: Meldung an Ihre Krankenkasse (Versorgungsbezug)',
        'Auszahlung am 04.05.2026 auf IBAN DE24 8505 0300 3120 4567 89',
    ], 'Kapitalauszahlung BAV 41 118 406-2', 'Elbtal KorrespondenzCenter', '2026-05-04 07:00')
    b = pdf([
        ('h', 'Mitteilung nach § 22 Nr. 5 Satz 7 EStG für 2026'),
        'Leistungsempfänger: Wolfram Klemm, Steuer-ID 62 447 190 835',
        'Vertrag BAV 41 118 406-2 (Direktversicherung, steuerfrei gefördert nach § 3 Nr. 63 EStG)',
        'Leistungen nach § 22 Nr. 5 Satz 1 EStG: 66.751,61 EUR (Zeile 4 der Anlage R-AV/bAV)',
    ], 'Mitteilung 22 Nr 5 EStG Klemm', 'Elbtal KorrespondenzCenter', '2026-05-04 07:01')
    attach(m, zipb([('Kapitalauszahlung_BAV41118406-2.pdf', a), ('Mitteilung_22Nr5_EStG_2026.pdf', b)], '2026-05-15 11:20'),
           'Direktversicherung_Klemm.zip')
    return m


@mail(119, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: print proof of expat member cards with the sample name "JANE SAMPLE" and emergency numbers, PDF, no real member')
def m119():
    m = new(S['mcallister'], 'Card Production <cards@plastikkarten-sachsen.example>',
            'Proof approval - member cards Elbtal Global Health (order 26-113)', '2026-05-18 13:05', lang='en-GB')
    text(m, """
Hello,

the proof is approved with one correction: please print the 24/7
medical line in bold on the back, and the line "Direct billing - no
deposit" in the same size as the member number.

As agreed, the proof uses only the sample data (JANE SAMPLE / member
number EGH-INT-0000-000000-00). The real card data will come via SFTP in
the usual encrypted file on 25 May.

Regards
Fiona McAllister

""" + SIG['mcallister'])
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'PROOF - Elbtal Global Health member card (front / back)'),
        'FRONT',
        'ELBTAL GLOBAL HEALTH    Expat Premium - Area 2',
        'JANE SAMPLE',
        'Member no. EGH-INT-0000-000000-00    Valid 01/2026 - 12/2026',
        'Direct billing - no deposit',
        '',
        'BACK',
        '24/7 medical line: +49 40 3009 7700    Assistance: assistance@elbtal-versicherung.example',
        'Hospitals: please request a guarantee of payment before admission.',
        'This card is not a payment card. Sample data only.',
    ], 'Proof member card 26-113', 'Plastikkarten Sachsen', '2026-05-18 10:00', producer='CardDesigner 5'),
        'Proof_26-113_EGH_card.pdf')
    return m


@mail(120, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, personal liability claim after his son\'s football broke a neighbour\'s window, policy and claim no.')
def m120():
    m = new(S['hughes'], 'Daniel Fraser <dan.fraser@fastpost.example>',
            'The broken window next door - liability claim 26/PH/002391', '2026-05-19 09:34', lang='en-GB')
    text(m, """
Dear Mr Fraser,

children will be children - and this is what your personal liability
policy (PH 6610 655 870, family cover) is for.

We have registered the damage your son caused to the window of your
neighbour, Mrs Gisela Horn (Schweizer Strasse 14), under claim number
26/PH/002391. A child of eight is legally liable in Germany only in
certain cases, but your policy includes "damage caused by children not
liable for their actions" up to EUR 10,000, so Mrs Horn does not have to
argue about that.

Please ask Mrs Horn to send us the glazier's invoice (or a quote) and her
bank details; we pay her directly. There is no deductible.

Kind regards
Emily Hughes

""" + SIG['hughes'] + FOOTER_EN)
    return m


@mail(121, 'NORMAL', 'de', 'internal',
      'trap: minutes of the data-protection jour fixe on a misdirected medical report (no customer named), measures agreed')
def m121():
    m = new(S['neumeier'], 'JF Datenschutz <jf-datenschutz@elbtal-versicherung.example>',
            'Protokoll Jour fixe Datenschutz 19.05.2026', '2026-05-19 16:48', lang='de-DE')
    text(m, """
Hallo zusammen,

das Protokoll des heutigen Jour fixe:

1. Datenschutzvorfall DSV-2026-07 (Fehlversand)
   Ein Arztbericht wurde versehentlich an einen falschen Makler statt an
   den Gesellschaftsarzt geschickt (Autovervollständigung im Mail-
   programm). Der Makler hat die Löschung schriftlich bestätigt. Nach
   Abwägung keine Meldung an die Aufsicht (geringes Risiko, Empfänger
   selbst zur Verschwiegenheit verpflichtet); Benachrichtigung der
   betroffenen Person ist erfolgt.
   Maßnahme: Autovervollständigung für externe Adressen in der
   Leistungsabteilung abschalten (IT, bis 15.06.).

2. Gateway-Regeln für Gesundheitsdaten
   Die Klassifizierung erkennt inzwischen auch Anhänge in ZIP-Dateien;
   Test mit synthetischen Daten im Juni.

3. Schulungsquote Pflichtschulung Datenschutz: 93 %, Ziel 98 %.

Nächster Termin: 16.06.2026.

Viele Grüße
Claudia Neumeier

""" + SIG['neumeier'])
    return m


@mail(122, 'STRICTLY_CONFIDENTIAL', 'en', 'hospital',
      'harmless cover note; attached forwarded hospital mail (message/rfc822) with its own PDF discharge report on a named tourist (fractured hip)')
def m122():
    inner = new('Atención Internacional Clínica Marítima <internacional@clinica-maritima.example>',
                'Elbtal Global Health Assistance <assistance@elbtal-versicherung.example>',
                'Discharge report / informe de alta - ROSENTHAL, Gisela - ref. CM-26-2231',
                '2026-05-20 09:12', agent='other', mid='<cm-26-2231-alta@clinica-maritima.example>')
    text(inner, """
Dear colleagues,

please find attached the discharge report of your insured patient,
Mrs Gisela Rosenthal (DOB 08/02/1949), admitted on 09/05/2026 after a
fall at her hotel in Torremolinos.

Diagnosis: femoral neck fracture left (S72.00), treated with cemented
hemiarthroplasty on 10/05/2026. Uneventful course, mobilised with a
walker. Fit to fly on a stretcher or in business class with leg rest
from 22/05/2026, accompanied.

Total invoice: EUR 18,640.00 (itemised bill follows by post).

Kind regards / Un saludo,
Lucía Ortega Ruiz
Departamento de Atención Internacional, Clínica Marítima, Málaga
""", cte='quoted-printable')
    ensure_mixed(inner)
    attach(inner, pdf([
        ('h', 'Informe de alta / Discharge report'),
        'Clínica Marítima, Málaga - Servicio de Traumatología',
        'Paciente / Patient: ROSENTHAL, Gisela    F. nac. / DOB: 08/02/1949    NHC 2026-118407',
        'Ingreso / Admission: 09/05/2026    Alta / Discharge: 20/05/2026',
        '',
        'Diagnóstico / Diagnosis: Fractura subcapital de cuello femoral izquierdo (S72.00)',
        'Antecedentes: hipertensión arterial, fibrilación auricular anticoagulada (apixabán), osteoporosis',
        'Intervención: hemiartroplastia cementada de cadera izquierda 10/05/2026',
        'Evolución: favorable, sin complicaciones; Hb al alta 10,8 g/dl',
        'Tratamiento al alta: enoxaparina 40 mg 30 días, reanudar apixabán, paracetamol 1 g/8 h',
        'Recomendaciones: fisioterapia, carga parcial con andador, revisión en 4 semanas',
        '',
        'Dr. Alejandro Navas Prieto, Traumatología y Cirugía Ortopédica',
    ], 'Informe de alta ROSENTHAL', 'Clinica Maritima HIS', '2026-05-20 08:50', producer='HIS Marina 11'),
        'Informe_alta_CM-26-2231.pdf')
    m = new(S['mcallister'], S['alves'], 'FW: Discharge report CM-26-2231', '2026-05-20 10:02', lang='en-GB')
    text(m, """
Ricardo,

see attached from Malaga. Can you organise the flight home for Friday
with Meridian? Travel policy RV 3010 588 214.

F.
""")
    attach_mail(m, inner)
    return m


@mail(123, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'short mobile reply to a named customer about a windscreen stone chip under partial cover, plate and policy no.')
def m123():
    old = mid_of('d208-0123', 'iphone', 'web-post.example')
    m = new(S['brandt'], 'Nadine Voigt <nadine.voigt@web-post.example>',
            'AW: Steinschlag Frontscheibe', '2026-05-20 17:51', agent='android', irt=old)
    text(m, """
Hallo Frau Voigt,

ja, passt - Teilkasko 47-120 330 915 zahlt den Austausch der Frontscheibe
für DD-NV 88 abzgl. 150 EUR SB. Einfach bei Carglass oder Ihrer Werkstatt
einen Termin machen, die rechnen direkt mit uns ab.

Gruß J. Brandt

Gesendet von Outlook für Android

> Hallo, hab einen Steinschlag in der Frontscheibe, der Riss wird immer
> länger. Zahlt das die Versicherung? Auto ist der Seat DD-NV 88.
> N. Voigt
""", cte='8bit')
    return m


@mail(124, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: comments on the industry code of conduct draft regarding health data and consent wording, no person')
def m124():
    m = new(S['neumeier'], 'GDV Arbeitskreis Datenschutz <ak-datenschutz@gdv-verband.example>',
            'Stellungnahme Entwurf Verhaltensregeln - Abschnitt Gesundheitsdaten', '2026-05-21 15:10', lang='de-DE')
    text(m, """
Sehr geehrte Damen und Herren,

zum Entwurf der überarbeiteten Verhaltensregeln (Stand 30.04.2026) haben
wir folgende Anmerkungen zu Abschnitt 5 (Gesundheitsdaten):

1. Art. 5 Abs. 3: Die Formulierung "Gesundheitsdaten dürfen nur
   verschlüsselt übermittelt werden" sollte präzisiert werden
   (Transportverschlüsselung genügt nach unserer Auffassung nur bei
   erzwungenem TLS und ausdrücklicher Einwilligung).
2. Art. 5 Abs. 6: Für Übermittlungen an Krankenhäuser im Drittland bei
   Notfällen fehlt ein Hinweis auf Art. 49 Abs. 1 lit. c DSGVO.
3. Die Mustereinwilligung sollte eine eigene Option für die
   Kommunikation per E-Mail enthalten.

Gern stehen wir für Rückfragen zur Verfügung.

Mit freundlichen Grüßen
Claudia Neumeier

""" + SIG['neumeier'] + FOOTER_DE)
    return m


@mail(125, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: onboarding data for a network partner with the company\'s own bank account (IBAN of a legal entity) and register numbers, no natural person data')
def m125():
    m = new(S['weidlich'], 'Orbis Network Finance <finance@orbis-benefits.example>',
            'Elbtal - partner master data for pool settlements', '2026-05-22 11:00', lang='en-GB')
    text(m, """
Dear Network Finance,

as requested, our master data for the pool settlements from 2026:

Legal entity:      Elbtal Versicherung AG
Register:          Local Court Dresden, HRB 41872
LEI:               5299008Y3K2ELBTAL77
VAT ID:            DE 318 774 205 (insurance: VAT-exempt)
Settlement account: Elbtal Versicherung AG, Commerzbank Dresden
                   IBAN DE53 6405 0000 0002 2334 45, BIC COBADEFFXXX
Currency:          EUR
Contact finance:   treasury@elbtal-versicherung.example

Please use this account for all dividend payments and cash calls; the
old account at Deutsche Bank will be closed on 30 June.

Kind regards
Thomas Weidlich

""" + SIG['weidlich'] + FOOTER_EN)
    return m


@mail(126, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'care-line grant for a stair lift for a named customer with Parkinson\'s disease (G20) and care level 2')
def m126():
    m = new(S['vogel'], 'Reinhard Kunze <reinhard.kunze@t-netz.example>',
            'Zuschuss Treppenlift - wohnumfeldverbessernde Maßnahme', '2026-05-26 10:20', lang='de-DE')
    text(m, """
Sehr geehrter Herr Kunze,

Ihren Antrag auf einen Zuschuss zum Einbau eines Treppenlifts in Ihrem
Haus in Meißen haben wir geprüft.

Wegen Ihrer Parkinson-Erkrankung (G20) mit Gang- und Gleichgewichts-
störungen und dem anerkannten Pflegegrad 2 können Sie die Treppe zum
Schlafzimmer und Bad im Obergeschoss nicht mehr sicher nutzen. Der
Treppenlift ermöglicht Ihnen, weiter selbständig zu Hause zu leben.

Wir bewilligen aus Ihrer Pflegepflichtversicherung PPV 3301 640 281
einen Zuschuss von 4.180 EUR (Höchstbetrag je Maßnahme). Das Angebot der
Firma Treppenlifte Elbland über 11.950 EUR liegt uns vor. Bitte senden Sie
uns nach dem Einbau die Rechnung; wir zahlen dann direkt an Sie.

Mit freundlichen Grüßen
Petra Vogel

""" + SIG['vogel'] + FOOTER_DE, cte='8bit')
    return m


@mail(127, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'renewal of a craftsman\'s small motor fleet (sole trader): vehicles, plates, named driver with birth date, premium')
def m127():
    m = new(S['schuster'], 'Ronny Ostermann <info@ostermann-makler.example>',
            'Verlängerung Kfz-Kleinflotte Elektro Hänsel - Angebot', '2026-05-27 08:44', lang='de-DE')
    text(m, """
Hallo Herr Ostermann,

hier das Verlängerungsangebot für die Kleinflotte Ihres Kunden
Elektroinstallation Mirko Hänsel (Einzelunternehmen, Bischofswerda) ab
01.07.2026:

Fahrzeug                  Kennzeichen   Deckung          Beitrag
VW Crafter Kasten         BZ-MH 101     KH + VK 500      1.412,00 EUR
VW Caddy Cargo            BZ-MH 102     KH + TK 150        688,40 EUR
Ford Transit Custom       BZ-MH 104     KH + VK 500      1.296,80 EUR
Anhänger Humbaur          BZ-MH 105     KH                  64,00 EUR
Gesamt                                                   3.461,20 EUR

Fahrerkreis: Herr Hänsel (geb. 14.10.1979) und zwei Angestellte ab 23
Jahren. Der Vollkaskoschaden am Crafter vom Januar (3.270 EUR) ist
eingerechnet; ohne ihn wären es 210 EUR weniger.

Viele Grüße
Birgit Schuster

""" + SIG['schuster'] + FOOTER_DE)
    return m


@mail(128, 'NORMAL', 'de', 'newsletter',
      'trap: HTML-only customer health newsletter about ticks and TBE vaccination, no person')
def m128():
    m = new('Elbtal Gesundheitsservice <gesundheit@elbtal-versicherung.example>',
            'Versicherte Krankenversicherung <kv-kunden@news.elbtal-versicherung.example>',
            'Zeckenzeit: FSME-Impfung und Borreliose - was Sie wissen sollten', '2026-05-28 07:00',
            agent='newsletter', extra=[('Precedence', 'bulk')])
    html(m, """
<html><head><meta charset="utf-8"><title>Zeckenzeit</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<h2>Zeckenzeit in Sachsen</h2>
<p>Große Teile Sachsens sind FSME-Risikogebiet. Die <b>FSME-Impfung</b> (drei Impfungen, Auffrischung nach 3 bis 5 Jahren)
übernehmen wir in allen Tarifen zu 100 % &ndash; auch ohne Reise.</p>
<p>Gegen <b>Borreliose</b> gibt es keine Impfung. Achten Sie in den Wochen nach einem Zeckenstich auf eine ringförmige Rötung
(Wanderröte) und gehen Sie dann zum Arzt.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>Was tun?</th><th>Wie?</th></tr>
<tr><td>Zecke entfernen</td><td>mit Pinzette oder Zeckenkarte, nah an der Haut, gerade herausziehen</td></tr>
<tr><td>Stichstelle beobachten</td><td>4 Wochen, Foto machen</td></tr>
<tr><td>Zum Arzt</td><td>bei Wanderröte, Fieber, Kopfschmerzen</td></tr>
</table>
<p>Ihr Elbtal Gesundheitsservice &ndash; Abmelden über das Kundenportal.</p>
</body></html>
""", cte='base64')
    return m


@mail(129, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, legal-expenses cover for unpaid bonus at a Berlin start-up: salary and bonus figures (income data)')
def m129():
    m = new(S['gruber'], 'Ethan Brooks <ethan.brooks@mailbox.example>',
            'Legal expenses cover - your bonus claim against Loopwise GmbH (RS-26-01377)', '2026-05-29 13:15', lang='en-US')
    text(m, """
Dear Mr Brooks,

we confirm cover under your legal expenses policy RS 7701 902 318
(employment law included since 01/2024, waiting period met) for your
claim against your employer, Loopwise GmbH, Berlin.

As we understand it from your documents: your contract provides a base
salary of EUR 96,000 a year plus a target bonus of 20 % (EUR 19,200) tied
to company and personal goals. For 2025 the company paid no bonus,
although the company goals were met, and refuses to explain the personal
assessment.

We cover an out-of-court letter by a lawyer and, if necessary, an action
before the Labour Court Berlin (value of the claim EUR 19,200). Please
note that in the first instance each side bears its own lawyer's fees;
your policy pays yours, minus your deductible of EUR 250.

If you are still employed there, your lawyer may advise you on how to
raise the issue without harming the relationship.

Kind regards

""" + SIG['gruber'] + FOOTER_EN)
    return m


@mail(130, 'NORMAL', 'en', 'internal',
      'trap: IT security warning about a phishing wave with fake "medical invoice" attachments, sample text, no real person')
def m130():
    m = new(S['kowalski'], 'All staff <all-staff@elbtal-versicherung.example>',
            'Phishing alert: fake "Medical invoice / Arztrechnung" e-mails', '2026-06-01 09:03', lang='en-GB')
    text(m, """
Dear colleagues / Liebe Kolleginnen und Kollegen,

since this morning we are seeing phishing e-mails that look like medical
invoices from foreign hospitals. Example:

   Subject: Outstanding medical invoice - patient ref 88120 - URGENT
   "Dear insurer, please find the invoice for your insured patient
   attached. Payment overdue. Open the secure document: invoice.htm"

The attachment "invoice.htm" asks for your Windows password. Real
hospitals send us invoices through the portal or encrypted mail, never
as an HTML attachment asking for a login.

If you clicked on the link or entered your password: call the Service
Desk immediately (extension 2222). Otherwise: use "Report phishing" in
Outlook and delete the mail.

Daniel Kowalski

""" + SIG['kowalski'])
    return m

@mail(131, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, comprehensive-cover total-loss settlement; body short, PDF sent as application/octet-stream with vehicle, values and IBAN')
def m131():
    m = new(S['brandt'], 'Heiko Fuchs <heiko.fuchs@gmx-mail.example>',
            'Abrechnung Totalschaden', '2026-06-02 10:40', lang='de-DE')
    text(m, """
Sehr geehrter Herr Fuchs,

anbei die Abrechnung zum Totalschaden Ihres Fahrzeugs. Die Zahlung ist
heute angewiesen.

Mit freundlichen Grüßen

""" + SIG['brandt'] + FOOTER_DE)
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'Abrechnung Vollkasko - Totalschaden'),
        'Elbtal Allgemeine Versicherung AG, Kfz-Schaden',
        'Versicherungsnehmer: Heiko Fuchs, Großenhainer Straße 77, 01127 Dresden',
        'Vertrag: 47-120 114 055 (Vollkasko, SB 500 EUR)    Schaden-Nr.: 26-KF-105230',
        'Fahrzeug: Audi A4 Avant 2.0 TDI, DD-HF 1966, FIN WAUZZZF48KA071204',
        'Schadentag: 12.05.2026, Abkommen von der Fahrbahn bei Glätte (Aquaplaning), keine Verletzten',
        '',
        'Wiederbeschaffungswert laut Gutachten Lindner & Partner   18.900,00 EUR',
        'abzüglich Restwert (Höchstgebot Restwertbörse)            -4.250,00 EUR',
        'abzüglich Selbstbeteiligung                                 -500,00 EUR',
        'Abschleppkosten                                              +312,00 EUR',
        'Auszahlung                                                 14.462,00 EUR',
        '',
        'Zahlung auf IBAN DE33 1009 0000 0238 8114 05 (Kontoinhaber Heiko Fuchs)',
        'Hinweis: Die Vollkasko wird zum 01.01.2027 von SF 8 auf SF 4 zurückgestuft.',
    ], 'Abrechnung 26-KF-105230', 'Elbtal KorrespondenzCenter', '2026-06-02 10:30'),
        'Abrechnung_26-KF-105230.pdf', ctype='application/octet-stream')
    return m


@mail(132, 'NORMAL', 'de', 'internal',
      'trap: claims cost per insured by age band and tariff for the premium review (trustee), aggregates only, XLSX')
def m132():
    m = new(S['olsen'], S['albers'], 'Kopfschäden 2025 für die Beitragsanpassung - Vorabzahlen', '2026-06-03 14:02', lang='de-DE')
    text(m, """
Hallo Katrin,

vorab die Kopfschäden 2025 für die Tarife ComfortPlus, damit du schon mal
schauen kannst, wo wir die auslösenden Faktoren überschreiten. Beim
stationären Tarif liegen wir bei 11,8 % gegenüber der Kalkulation - das
löst sicher aus. Ambulant knapp darunter.

Die Werte sind noch nicht vom Treuhänder geprüft; bitte nicht
weitergeben.

Gruß
Henrik

""" + SIG['olsen'])
    ensure_mixed(m)
    rows = [['Tarif', 'Alter', 'Versicherte', 'Kopfschaden kalkuliert EUR', 'Kopfschaden beobachtet EUR', 'Abweichung'],
            ['ComfortPlus ambulant', '21-40', 18230, 1420.00, 1488.10, '+4,8 %'],
            ['ComfortPlus ambulant', '41-60', 22410, 2390.00, 2521.40, '+5,5 %'],
            ['ComfortPlus ambulant', '61+', 9880, 4120.00, 4398.60, '+6,8 %'],
            ['ComfortPlus stationär', '21-40', 18110, 610.00, 671.30, '+10,0 %'],
            ['ComfortPlus stationär', '41-60', 22300, 1180.00, 1322.90, '+12,1 %'],
            ['ComfortPlus stationär', '61+', 9810, 2960.00, 3314.70, '+12,0 %'],
            ['ZahnPremium', 'alle', 31400, 402.00, 418.30, '+4,1 %']]
    attach(m, xlsx([('Kopfschäden 2025', rows)], 'Kopfschäden 2025 Vorab', 'Henrik Olsen', '2026-06-03 13:50'),
           'Kopfschaeden_2025_vorab.xlsx')
    return m


@mail(133, 'STRICTLY_CONFIDENTIAL', 'de', 'broker',
      'nested forward: broker mail (message/rfc822) carrying the prospect\'s own mail (message/rfc822) about back surgery and psychotherapy before a health-insurance switch')
def m133():
    customer = new('Paul Reichelt <paul.reichelt@posteo-mail.example>',
                   'Ronny Ostermann <info@ostermann-makler.example>',
                   'Wechsel in die PKV - meine Vorerkrankungen', '2026-06-02 21:40', agent='other',
                   mid='<8d1e2f90-reichelt@posteo-mail.example>')
    text(customer, """
Hallo Herr Ostermann,

wie besprochen meine Vorerkrankungen für den Antrag, damit nichts
vergessen wird:

- 2022 Bandscheibenvorfall L4/L5, operiert (Nukleotomie) im
  Städtischen Klinikum, seitdem beschwerdefrei, ab und zu Physio
- 2023/24 ambulante Psychotherapie (Verhaltenstherapie, 25 Stunden)
  wegen einer Anpassungsstörung nach der Trennung, abgeschlossen
- Heuschnupfen, nehme im Frühjahr Cetirizin

Ich bin 38, angestellter Ingenieur, Gehalt über der Grenze. Geht das
überhaupt mit der PKV?

Gruß Paul Reichelt
""", cte='8bit')
    broker = new('Ronny Ostermann <info@ostermann-makler.example>',
                 'Birgit Schuster <birgit.schuster@elbtal-versicherung.example>',
                 'Risikovoranfrage KV - Kunde Reichelt', '2026-06-03 08:15', agent='other',
                 mid='<20260603081500.ostermann@ostermann-makler.example>')
    text(broker, """
Hallo Frau Schuster,

können Sie mir sagen, ob der Kunde (Mail im Anhang) in der ComfortPlus
mit Zuschlag geht oder ob mit Ausschluss der Wirbelsäule zu rechnen ist?
Geburtsdatum 17.09.1987, Beginn wäre 01.08.

Danke und Gruß
Ronny Ostermann
""", cte='quoted-printable')
    attach_mail(broker, customer)
    m = new(S['schuster'], S['kaya'], 'WG: Risikovoranfrage KV - Kunde Reichelt', '2026-06-03 09:02', lang='de-DE')
    text(m, """
Hallo Mehmet,

ist eigentlich eine KV-Frage, aber die Risikoprüfung Kranken sitzt heute
nicht - kannst du trotzdem einen Blick werfen oder es weitergeben?

Danke
Birgit
""")
    attach_mail(m, broker)
    return m


@mail(134, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: relocation of the paper archive with boxes of health-claims files (counts, retention classes), no individual file content')
def m134():
    m = new(S['brenner'], 'Disposition Archivlogistik Elbe <dispo@archivlogistik-elbe.example>',
            'Umzug Papierarchiv Haus C - Auftrag und Sicherheitsanforderungen', '2026-06-04 11:30', lang='de-DE')
    text(m, """
Sehr geehrter Herr Kaiser,

hiermit beauftragen wir Sie gemäß Angebot vom 21.05.2026 mit dem Umzug
unseres Papierarchivs aus Haus C in Ihr Lager in Dresden-Reick:

- Leistungsakten Krankenversicherung 2015-2018: ca. 1.240 Kartons
- Antragsakten Leben/BU 2008-2014: ca. 860 Kartons
- Schadenakten Kfz 2017-2019: ca. 410 Kartons

Anforderungen (Bestandteil des Auftrags):
- verplombte Transportbehälter, lückenlose Behälterliste mit
  Plombennummern, keine Zwischenlagerung
- nur Personal mit Verpflichtung nach § 203 Abs. 4 StGB
- Vernichtung nach Ablauf der Fristen nur auf unsere schriftliche
  Anweisung (DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4)

Termin: 22.-26.06.2026. Ansprechpartner vor Ort ist Herr Jähnig
(Facility Management).

Mit freundlichen Grüßen
Oliver Brenner

""" + SIG['brenner'] + FOOTER_DE)
    return m


@mail(135, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, traffic legal-expenses cover for objecting to a speeding fine (administrative offence, points), policy and case no.')
def m135():
    m = new(S['gruber'], 'Marcel Jentzsch <marcel.jentzsch@web-post.example>',
            'Ihr Bußgeldbescheid - Deckungszusage RS-26-01502', '2026-06-05 09:48', lang='de-DE')
    text(m, """
Sehr geehrter Herr Jentzsch,

für den Einspruch gegen den Bußgeldbescheid der Stadt Dresden vom
28.05.2026 (Geschwindigkeitsüberschreitung um 31 km/h innerorts auf der
Bautzner Landstraße, 260 EUR, 2 Punkte, 1 Monat Fahrverbot) erteilen wir
Deckungszusage aus Ihrem Verkehrs-Rechtsschutz RS 7701 440 126.

Ihr Anwalt kann Akteneinsicht nehmen und die Messung durch einen
Sachverständigen prüfen lassen; die Kosten des Sachverständigen
übernehmen wir bis 1.200 EUR nach vorheriger Absprache.

Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab Zustellung.

Mit freundlichen Grüßen

""" + SIG['gruber'] + FOOTER_DE)
    return m


@mail(136, 'NORMAL', 'de', 'insurer-to-broker',
      'maintenance notice for the broker portal and the broker-post API, no personal data')
def m136():
    m = new('Elbtal Maklerservice <maklerservice@elbtal-versicherung.example>',
            'Maklerverteiler Ost <makler-ost@news.elbtal-versicherung.example>',
            'Wartung Maklerportal und BiPRO-Schnittstelle am 13.06.', '2026-06-08 10:00', lang='de-DE')
    text(m, """
Liebe Partnerinnen und Partner,

am Samstag, 13.06.2026, von 06:00 bis ca. 14:00 Uhr sind das
Maklerportal und die Schnittstelle für die elektronische Vermittlerpost
(BiPRO 430) wegen eines Updates nicht erreichbar.

Ihr Maklerverwaltungsprogramm holt Dokumente, die in dieser Zeit
entstehen, beim nächsten Abruf automatisch ab. Einmal-Passwörter für
neue Benutzer können in dieser Zeit nicht erzeugt werden.

Neu nach dem Update: Firmenadministratoren können die Bestandsrechte
ihrer Benutzer selbst je Sparte vergeben.

Ihr Elbtal Maklerservice
""")
    return m


@mail(137, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'pre-assignment medical result for a named employee sent to the employer: fit with restrictions because of asthma and a medication')
def m137():
    m = new(S['reuter'], 'HR Global Mobility <global.mobility@brueckner-anlagenbau.example>',
            'Pre-assignment medical - Ms Aylin Demir (Riyadh project)', '2026-06-09 12:20', lang='en-GB')
    text(m, """
Dear colleagues,

Ms Aylin Demir (DOB 30/11/1988) has completed her pre-assignment medical
with our network doctor in Dresden on 4 June and has agreed that we share
the result and the restrictions with you, but not the full report.

Result: fit for the assignment to Riyadh, with restrictions.

- Ms Demir has allergic asthma, currently well controlled with an
  inhaled steroid/LABA combination. She must not be deployed to sites
  with heavy dust exposure (open desert construction sites) without
  FFP3 protection and should avoid outdoor work during sandstorm warnings.
- She needs a 6-month supply of her inhalers; one of them requires an
  import permit in Saudi Arabia, which our assistance partner will
  arrange.
- Follow-up with a pulmonologist in Riyadh after 3 months (covered under
  her Expat plan).

Vaccinations are complete. Please contact me directly if the job profile
changes.

Kind regards
Dr. Wolfgang Reuter

""" + SIG['reuter'] + FOOTER_EN)
    return m


@mail(138, 'CONFIDENTIAL', 'de', 'company',
      'forwarded property manager\'s mail (message/rfc822) claiming water damage caused by our named policyholder (tenant liability), no injuries')
def m138():
    inner = new('Hausverwaltung Sachsenhaus GmbH <schaden@sachsenhaus-hv.example>',
                'Elbtal Versicherung Schadenservice <schaden@elbtal-versicherung.example>',
                'Wasserschaden Bautzner Str. 118 - Ihre VN Frau Wittig', '2026-06-09 15:02', agent='other',
                mid='<hv-2026-0609-118@sachsenhaus-hv.example>')
    text(inner, """
Sehr geehrte Damen und Herren,

Ihre Versicherungsnehmerin, Frau Gerda Wittig (Bautzner Straße 118,
2. OG links), hat am 24.01.2026 einen Wasserschaden durch den geplatzten
Zulaufschlauch ihrer Waschmaschine verursacht. Betroffen ist auch die
darunterliegende Wohnung (Mieter Herr Olaf Pinkert): Deckenputz,
Tapeten, Laminat.

Die Kosten der Sanierung betragen laut Rechnung der Firma Trockenbau
Richter 4.870,55 EUR. Die Gebäudeversicherung des Eigentümers hat einen
Teil übernommen, fordert aber den Betrag über den Regress von Ihrer
Versicherungsnehmerin zurück. Bitte teilen Sie uns mit, ob ihre
Privathaftpflicht bei Ihnen (PH-Nr. nach Angabe von Frau Wittig
6610 512 044) eintritt.

Mit freundlichen Grüßen
Sachsenhaus GmbH, Schadenabteilung
Ines Wohlfahrt
""", charset='iso-8859-1', cte='quoted-printable')
    m = new(S['hartmann'], 'Schaden Haftpflicht <schaden-haftpflicht@elbtal-versicherung.example>',
            'WG: Wasserschaden Bautzner Str. 118 - bitte PH prüfen', '2026-06-10 08:31', lang='de-DE')
    text(m, """
Moin,

gehört zum Hausratschaden 26/HR/004219 vom Januar. Bitte den
Haftpflichtteil anlegen und mit dem Regress des Gebäudeversicherers
abstimmen.

Lukas
""")
    attach_mail(m, inner)
    return m


@mail(139, 'NORMAL', 'de', 'internal',
      'trap: training handout with a fictitious case "Max Muster (fiktiv)" and an invented diagnosis to practise consent checks, DOCX')
def m139():
    m = new(S['neumeier'], 'Neue Mitarbeitende Leistung <onboarding-leistung@elbtal-versicherung.example>',
            'Schulungsunterlage: Schweigepflichtentbindung prüfen (Übungsfall)', '2026-06-11 08:00', lang='de-DE')
    text(m, """
Hallo zusammen,

für die Schulung am Freitag anbei der Übungsfall. Alle Angaben sind
erfunden; Ähnlichkeiten mit echten Versicherten wären Zufall.

Bitte lesen Sie den Fall vorher und überlegen Sie, welche Auskünfte wir
mit welcher Erklärung einholen dürfen.

Viele Grüße
Claudia Neumeier

""" + SIG['neumeier'])
    ensure_mixed(m)
    attach(m, docx([
        ('h', 'Übungsfall 3: Schweigepflichtentbindung im BU-Leistungsfall'),
        'Sachverhalt (fiktiv): Max Muster (fiktiv), 45 Jahre, Dachdecker, beantragt BU-Rente wegen',
        '"chronischer Schulterbeschwerden" (fiktive Diagnose M75.1 - Rotatorenmanschettensyndrom).',
        'Er hat im Antrag 2015 die Einwilligung nach GDV-Muster unterschrieben, aber die Option',
        '"Einzelfallentscheidung" gewählt.',
        ('b', 'Aufgaben'),
        '1. Dürfen wir den Hausarzt ohne erneute Erklärung anschreiben?',
        '2. Welche Unterlagen darf der Gesellschaftsarzt anfordern?',
        '3. Was tun, wenn der Versicherte die Einzelermächtigung verweigert?',
        ('b', 'Lösungshinweise'),
        'Bei "Einzelfallentscheidung" ist vor jeder Anfrage eine Einzelermächtigung einzuholen (§ 213 VVG).',
    ], 'Übungsfall 3 Schweigepflichtentbindung', 'Claudia Neumeier', '2026-06-10 17:00'),
        'Uebungsfall_3_Schweigepflichtentbindung.docx')
    return m


@mail(140, 'NORMAL', 'en', 'insurer-to-partner',
      'assistance services fee query (per-member-per-month rates, case fees) with company account details, no individual case')
def m140():
    m = new(S['alves'], 'Meridian Assist Accounts <accounts@meridian-assist.example>',
            'Invoice MA-INV-2026-0512 - query on the case fees', '2026-06-12 14:25', lang='en-GB')
    text(m, """
Dear Accounts team,

thank you for invoice MA-INV-2026-0512 (May 2026). Before we pay, one
query:

- Per-member-per-month fee: 13,775 members x EUR 1.85 = EUR 25,483.75 -
  correct.
- Case fees: the invoice charges 61 "complex case" fees at EUR 420, but
  according to our case list only 48 cases in May involved an evacuation
  or an inpatient stay over five days. The other 13 look like standard
  cases (EUR 140).

Could you check and send a credit note for the difference (13 x EUR 280
= EUR 3,640.00)? We will pay the undisputed amount this week to your
account at HSBC Malta as usual.

Kind regards
Ricardo Alves

""" + SIG['alves'] + FOOTER_EN)
    return m


@mail(141, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'named customer, household overvoltage damage after lightning (TV, router), policy and claim no.; iso-8859-1 8bit')
def m141():
    m = new(S['kraemer'], 'Doris Mehlhorn <doris.mehlhorn@t-netz.example>',
            'Überspannungsschaden nach Gewitter - 26/HR/006044', '2026-06-15 11:12', agent='thunderbird')
    text(m, """
Sehr geehrte Frau Mehlhorn,

Überspannungsschäden durch Blitz sind in Ihrer Hausratversicherung
HR 5507 109 552 bis 5.000 EUR mitversichert. Für den Fernseher und den
Router, die beim Gewitter am 11.06. in Ihrer Wohnung in Radebeul
beschädigt wurden, brauchen wir:

- die Bestätigung des Fachhändlers, dass die Geräte durch Überspannung
  zerstört wurden (Kostenvoranschlag oder Reparaturbericht),
- das Kaufdatum des Fernsehers (Rechnung oder Kontoauszug).

Den Router stellt Ihnen Ihr Internetanbieter vermutlich kostenlos neu zur
Verfügung - bitte fragen Sie dort zuerst nach.

Mit freundlichen Grüßen
Sabine Krämer

-- 
""" + SIG['kraemer'] + FOOTER_DE, charset='iso-8859-1', cte='8bit')
    return m


@mail(142, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey zone: no-claims premium refund in health insurance for a named customer - no diagnosis, but the fact of being health-insured, policy and amounts; HTML alternative')
def m142():
    m = new('Elbtal Krankenversicherung <kundenservice-kv@elbtal-versicherung.example>',
            'Jörg Hentschel <joerg.hentschel@t-netz.example>',
            'Gute Nachricht: Ihre Beitragsrückerstattung für 2025', '2026-06-16 07:45', agent='system', lang='de-DE')
    alt(m, """
Sehr geehrter Herr Hentschel,

weil Sie im Jahr 2025 keine Leistungen aus Ihrer Krankenversicherung in
Anspruch genommen haben, erhalten Sie eine Beitragsrückerstattung:

Versicherungsnummer:       KV 4401 118 207
Tarif:                     ComfortPlus ambulant/stationär
Rückerstattung:            3 Monatsbeiträge = 1.614,30 EUR
Auszahlung:                bis 30.06.2026 auf Ihr Beitragskonto

Hinweis für die Steuererklärung: Die Erstattung mindert Ihre als
Sonderausgaben abziehbaren Beiträge für 2026; wir melden sie dem
Finanzamt.

Ihre Elbtal Krankenversicherung
""", """
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Hentschel,</p>
<p>weil Sie im Jahr 2025 keine Leistungen aus Ihrer Krankenversicherung in Anspruch genommen haben, erhalten Sie eine Beitragsrückerstattung:</p>
<table cellpadding="4">
<tr><td>Versicherungsnummer:</td><td><b>KV 4401 118 207</b></td></tr>
<tr><td>Tarif:</td><td>ComfortPlus ambulant/stationär</td></tr>
<tr><td>Rückerstattung:</td><td>3 Monatsbeiträge = <b>1.614,30 EUR</b></td></tr>
<tr><td>Auszahlung:</td><td>bis 30.06.2026 auf Ihr Beitragskonto</td></tr>
</table>
<p>Hinweis für die Steuererklärung: Die Erstattung mindert Ihre als Sonderausgaben abziehbaren Beiträge für 2026; wir melden sie dem Finanzamt.</p>
<p>Ihre Elbtal Krankenversicherung</p>
</body></html>
""")
    return m


@mail(143, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'named customer, motor policy vehicle change and new SEPA mandate with her IBAN')
def m143():
    m = new(S['hughes'], 'Megan Whitfield <megan.whitfield@mailbox.example>',
            'New car on your policy + direct debit mandate', '2026-06-17 16:04', lang='en-US')
    text(m, """
Hi Megan,

all done - your new car is on the policy from tomorrow, 18 June:

Policy:        Kfz 47-120 883 410 (liability + comprehensive)
Old car:       Mazda CX-5, F-MW 2207 (removed 17/06/2026)
New car:       Volvo XC40 Recharge, F-MW 2207 (plate transferred)
Classes:       SF 6 / SF 6 unchanged
New premium:   EUR 1,318.40 a year (was EUR 1,186.00)

You also asked to pay from your new German account. We have set up the
SEPA mandate as follows:

Mandate reference:  M-26-552803
Account holder:     Megan Whitfield
IBAN:               DE75 1203 0000 0015 7734 08 (DKB)

The first debit (EUR 54.60 pro rata) will be on 1 July.

Best
Emily

""" + SIG['hughes'] + FOOTER_EN)
    return m


@mail(144, 'NORMAL', 'de', 'internal',
      'meeting invitation for the annual reinsurance review, ICS, no personal data')
def m144():
    m = new(S['weidlich'], 'Rückversicherung Steuerkreis <rv-steuerkreis@elbtal-versicherung.example>',
            'Jahresgespräch Atlas Re - Vorbereitung 30.06.', '2026-06-18 09:00', lang='de-DE')
    text(m, """
Hallo zusammen,

für das Jahresgespräch mit Atlas Re am 07.07. treffen wir uns zur
Vorbereitung am 30.06. von 14 bis 15:30 Uhr. Themen: Quotenabgabe Leben
2027, Kat-XL Sturm nach "Vera", Laufzeit der Fakultativvereinbarung.

Einladung hängt an.

Gruß
Thomas

""" + SIG['weidlich'])
    ensure_mixed(m)
    attach(m, ics('d208-0144-atlas@elbtal-versicherung.example', '2026-06-30 14:00', '2026-06-30 15:30',
                  'Vorbereitung Jahresgespräch Atlas Re',
                  ('Thomas Weidlich', 'thomas.weidlich@elbtal-versicherung.example'),
                  [('Rückversicherung Steuerkreis', 'rv-steuerkreis@elbtal-versicherung.example'),
                   ('Henrik Olsen', 'henrik.olsen@elbtal-versicherung.example')],
                  'Raum 5.03', 'Vorbereitung Jahresgespräch 07.07.2026', stamp='2026-06-18 08:00'),
           'Einladung.ics', params={'method': 'REQUEST'})
    return m


@mail(145, 'CONFIDENTIAL', 'de', 'insurer-to-authority',
      'answer to a tax-office garnishment order: named customer\'s claim payout, policy and amounts (debtor data)')
def m145():
    m = new(S['hartmann'], 'Finanzamt Dresden-Nord Vollstreckungsstelle <vollstreckung@fa-dresden-nord.example>',
            'Pfändungs- und Einziehungsverfügung vom 10.06.2026 - Vollstreckungsschuldner Tim Keßler',
            '2026-06-19 10:10', lang='de-DE')
    text(m, """
Sehr geehrte Damen und Herren,

zu Ihrer Pfändungs- und Einziehungsverfügung vom 10.06.2026
(Steuernummer 202/118/40455, Vollstreckungsschuldner Herr Tim Keßler,
Hechtstraße 40, 01097 Dresden) geben wir die Drittschuldnererklärung ab:

1. Die Forderung wird anerkannt. Aus der Hausratversicherung
   HR 5507 127 006 steht dem Schuldner aus dem Schaden 26/HR/005130
   (Fahrraddiebstahl) eine Entschädigung von 2.118,00 EUR zu.
2. Weitere Forderungen des Schuldners gegen uns bestehen derzeit nicht.
3. Andere Pfändungen liegen uns nicht vor.

Wir überweisen den Betrag auf das in der Verfügung angegebene Konto der
Finanzkasse.

Mit freundlichen Grüßen

""" + SIG['hartmann'] + FOOTER_DE)
    return m


@mail(146, 'NORMAL', 'en', 'insurer-to-broker',
      'trap: product sheet for individual expat health plans with benefit table (maternity, psychiatric care, chronic conditions), PDF')
def m146():
    m = new(S['petersen'], 'Gavin Lane <gavin.lane@whitcombe-lane.example>',
            'Expat plans 2026/27 - product sheet for your team', '2026-06-22 12:40', lang='en-GB')
    text(m, """
Hi Gavin,

the new product sheet for the individual Expat plans (valid from
1 September) is attached - feel free to share it with prospects.

Main changes: maternity waiting period down to 10 months on Premium,
outpatient psychotherapy now 40 sessions a year without pre-approval,
and chronic conditions covered from day one if declared and accepted.

Best
Anja

""" + SIG['petersen'])
    ensure_mixed(m)
    attach(m, pdf([
        ('h', 'Elbtal Global Health - Expat plans 2026/27'),
        'Benefit                           Standard           Premium',
        'Inpatient, ICU, surgery           100 %              100 %, private room',
        'Outpatient, specialists           80 %               100 %',
        'Maternity (after waiting period)  EUR 5,000 (12 m)   EUR 15,000 (10 m)',
        'Psychiatric inpatient             30 days            60 days',
        'Psychotherapy outpatient          20 sessions        40 sessions, no pre-approval',
        'Chronic conditions                if declared        if declared, from day one',
        'Dental                            -                  80 %, EUR 2,500 p.a.',
        'Evacuation / repatriation         100 %              100 %',
        'Deductible options                EUR 0 / 500 / 1,500',
        '',
        'Area 1 worldwide incl. USA, area 2 excl. USA. Underwriting with health questionnaire.',
    ], 'EGH product sheet 2026-27', 'Elbtal Global Health', '2026-06-22 12:00'), 'EGH_Expat_plans_2026-27.pdf')
    return m


@mail(147, 'CONFIDENTIAL', 'de', 'internal',
      'ZIP attachment only: CSV dunning list of named motor customers with overdue premiums and IBAN fragments; body harmless')
def m147():
    m = new('Forderungsmanagement <forderung@elbtal-versicherung.example>', S['brandt'],
            'Mahnlauf 06/2026 Kfz - Rückläufer zur Prüfung', '2026-06-23 07:30', agent='system', lang='de-DE')
    text(m, """
Automatisch erzeugt: Rückläufer aus dem Mahnlauf 06/2026, Sparte Kfz.
Bitte die markierten Fälle prüfen (Stilllegung gemeldet / Halterwechsel).
Datei im Anhang (ZIP, CSV UTF-8).
""")
    ensure_mixed(m)
    rows = [['vertrag', 'vn', 'kennzeichen', 'faellig', 'offen_eur', 'mahnstufe', 'iban_letzte4', 'hinweis'],
            ['47-119 660 271', 'Raschke, Kevin', 'DD-XR 318', '2026-03-01', '287,64', '2', '0412', 'Halter unverändert'],
            ['47-118 774 020', 'Seidel, Franziska', 'DD-FS 1010', '2026-04-01', '512,30', '1', '7788', 'Lastschrift zurück AC04'],
            ['47-121 110 551', 'Hamann, Ronny', 'PIR-RH 77', '2026-05-01', '166,20', '1', '', 'Stilllegung gemeldet 14.05.'],
            ['47-120 905 117', 'Nguyen, Thi Lan', 'DD-TN 555', '2026-05-01', '398,10', '1', '3321', 'Halterwechsel?']]
    attach(m, zipb([('Mahnlauf_2026-06_Kfz_Rueck.csv', csvb(rows))], '2026-06-23 07:29'), 'Mahnlauf_2026-06_Kfz.zip')
    return m


@mail(148, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'grey zone: large-claim notice to the reinsurer, member pseudonymised by initials but identifiable via employer, country and dates, with diagnosis')
def m148():
    m = new(S['weidlich'], 'Harriet Quayle <harriet.quayle@northbridge-re.example>',
            'Per-risk XL 2026 - large loss advice EGH-LL-26-004', '2026-06-24 15:55', cc=S['alves'], lang='en-GB')
    text(m, """
Dear Harriet,

under the per-risk XL (EUR 500k xs EUR 500k, expat health) we advise the
following large loss, which is likely to exceed the retention:

Loss ref.:      EGH-LL-26-004
Member:         M.D. (male, 44), member no. ending 4512-01, employee of a
                German photonics manufacturer, assigned to Thailand
Event:          relapse after dengue haemorrhagic fever in January,
                readmitted 02/06/2026 with acute liver failure (K72.0),
                transferred to Singapore, listed for liver transplant
Incurred:       EUR 412,000 to date; reserve EUR 880,000 incl. transplant
                and 12 months of post-transplant care
Cover check:    no pre-existing condition, plan in force since 2025

We will send the medical summary through the secure portal once the
transplant decision has been made.

Kind regards
Thomas

""" + SIG['weidlich'] + FOOTER_EN)
    return m


@mail(149, 'NORMAL', 'de', 'internal',
      'trap: customer-satisfaction results for benefit statements in health insurance (NPS, processing times), aggregates only')
def m149():
    m = new(S['albers'], 'Leitungskreis Leistung <leitung-leistung@elbtal-versicherung.example>',
            'Kundenbefragung Leistungsabrechnung Q2 - Ergebnisse', '2026-06-26 12:10', lang='de-DE')
    alt(m, """
Liebe Kolleginnen und Kollegen,

die Ergebnisse der Befragung zur Leistungsabrechnung (Q2, 2.114
Antworten):

- NPS gesamt +31 (Q1: +24)
- Bearbeitungszeit Arztrechnungen: Median 3 Arbeitstage (Ziel 4)
- Krankenhausrechnungen: 62 % Direktabrechnung, Zufriedenheit 8,4/10
- Hauptkritik: unverständliche Ablehnungsgründe bei Heilpraktiker- und
  Psychotherapierechnungen, lange Wartezeit bei Hilfsmitteln

Details im Dashboard. Wir besprechen die Maßnahmen am 08.07.

Viele Grüße
Katrin Albers
""", """
<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>die Ergebnisse der Befragung zur Leistungsabrechnung (Q2, 2.114 Antworten):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Kennzahl</th><th>Q2</th><th>Q1 / Ziel</th></tr>
<tr><td>NPS gesamt</td><td>+31</td><td>+24</td></tr>
<tr><td>Bearbeitungszeit Arztrechnungen (Median)</td><td>3 AT</td><td>Ziel 4 AT</td></tr>
<tr><td>Direktabrechnung Krankenhaus</td><td>62 %</td><td>58 %</td></tr>
<tr><td>Zufriedenheit Krankenhausrechnungen</td><td>8,4/10</td><td>8,1/10</td></tr>
</table>
<p>Hauptkritik: unverständliche Ablehnungsgründe bei Heilpraktiker- und Psychotherapierechnungen, lange Wartezeit bei Hilfsmitteln.</p>
<p>Details im Dashboard. Wir besprechen die Maßnahmen am 08.07.</p>
<p>Viele Grüße<br>Katrin Albers</p>
</body></html>
""")
    return m


@mail(150, 'NORMAL', 'en', 'internal',
      'on-call rota of the 24/7 medical line with staff names and business mobile numbers, ODS, no customer data')
def m150():
    m = new(S['mcallister'], 'International Health Desk <ihd-team@elbtal-versicherung.example>',
            'On-call rota July 2026 (24/7 line)', '2026-06-29 17:20', lang='en-GB')
    text(m, """
Hi all,

the on-call rota for July is attached. Swaps as usual between yourselves,
just update the file on SharePoint and let me know. Night duty is
forwarded from the 24/7 number to the on-call business mobile.

Thanks
Fiona

""" + SIG['mcallister'])
    ensure_mixed(m)
    rows = [['Week', 'Day shift (08-20)', 'Night on call (20-08)', 'Back-up medical', 'On-call mobile'],
            ['27 (29/06-05/07)', 'Aisha Rahimi', 'Moritz Lange', 'Dr. Wolfgang Reuter', '+49 160 9921 7700'],
            ['28 (06/07-12/07)', 'Fiona McAllister', 'Aisha Rahimi', 'Dr. Wolfgang Reuter', '+49 160 9921 7700'],
            ['29 (13/07-19/07)', 'Moritz Lange', 'Ricardo Alves', 'Dr. Farah Haddad (Meridian)', '+49 160 9921 7700'],
            ['30 (20/07-26/07)', 'Ricardo Alves', 'Fiona McAllister', 'Dr. Wolfgang Reuter', '+49 160 9921 7700'],
            ['31 (27/07-02/08)', 'Aisha Rahimi', 'Moritz Lange', 'Dr. Farah Haddad (Meridian)', '+49 160 9921 7700']]
    attach(m, ods([('July 2026', rows)], 'IHD on-call rota July 2026', 'Fiona McAllister', '2026-06-29 17:00'),
           'IHD_oncall_2026-07.ods')
    return m

# ===========================================================================
# build and check
# ===========================================================================

def finalize(m, n):
    """Deterministic MIME boundaries for every multipart, also inside forwards."""
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            i += 1
            part.set_boundary('----=_Part_%04d_%02d.%s' % (n, i, _h('b%d.%d' % (n, i), 12)))
    return m


def render(n):
    label, lang, kind, reason, fn = MAILS[n]
    _CURRENT['key'] = '%s%04d' % (PREFIX, n)
    m = fn()
    finalize(m, n)
    buf = io.BytesIO()
    BytesGenerator(buf, policy=SMTP).flatten(m)
    return buf.getvalue()


def build(outdir):
    mdir = os.path.join(outdir, 'mails')
    os.makedirs(mdir, exist_ok=True)
    rows = ['file\tlabel\tlang\tkind\treason']
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        name = '%s%04d.eml' % (PREFIX, n)
        with open(os.path.join(mdir, name), 'wb') as f:
            f.write(render(n))
        assert '\t' not in reason and '\n' not in reason
        rows.append('\t'.join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')


# ---- checking -------------------------------------------------------------

def pdf_text(data):
    """Minimal text-layer extractor for the PDFs built here; also checks the xref."""
    if not data.startswith(b'%PDF-'):
        raise ValueError('no PDF header')
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    if not m:
        raise ValueError('no startxref')
    xref = int(m.group(1))
    if data[xref:xref + 4] != b'xref':
        raise ValueError('startxref does not point to xref')
    sec = re.match(rb'xref\s+0 (\d+)\s+', data[xref:])
    count = int(sec.group(1))
    pos = xref + sec.end()
    for i in range(count):
        ent = data[pos + 20 * i:pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        if not data[off:].startswith(b'%d 0 obj' % i):
            raise ValueError('xref entry %d wrong' % i)
    texts = []
    for sm in re.finditer(rb'<<([^>]*?)/Length (\d+)([^>]*?)>>\s*stream\r?\n', data):
        length = int(sm.group(2))
        raw = data[sm.end():sm.end() + length]
        if b'FlateDecode' in sm.group(1) + sm.group(3):
            raw = zlib.decompress(raw)
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw, re.S):
            s = re.sub(rb'\\(.)', rb'\1', t.group(1))
            texts.append(s.decode('cp1252'))
    if not ''.join(texts).strip():
        raise ValueError('empty text layer')
    return '\n'.join(texts)


def check_blob(name, data, errs, where):
    """Open an attachment (or ZIP member) by its file name."""
    ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
    try:
        if ext in ('zip', 'xlsx', 'docx', 'ods', 'odt'):
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            if bad:
                raise ValueError('bad member %s' % bad)
            names = z.namelist()
            if ext in ('ods', 'odt'):
                if names[0] != 'mimetype' or not z.read('mimetype').startswith(b'application/vnd.oasis'):
                    raise ValueError('ODF mimetype member missing')
            if ext == 'xlsx' and 'xl/workbook.xml' not in names:
                raise ValueError('no workbook')
            if ext == 'docx' and 'word/document.xml' not in names:
                raise ValueError('no document.xml')
            for mem in names:
                inner = z.read(mem)
                if mem.endswith('.xml') or mem.endswith('.rels'):
                    ET.fromstring(inner)
                elif ext == 'zip' and not mem.endswith('/'):
                    check_blob(mem, inner, errs, where + '/' + mem)
        elif ext == 'pdf':
            pdf_text(data)
        elif ext == 'ics':
            s = data.decode('utf-8')
            if 'BEGIN:VCALENDAR' not in s or 'END:VCALENDAR' not in s:
                raise ValueError('no VCALENDAR')
        elif ext == 'eml':
            check_msg(BytesParser(policy=policy.default).parsebytes(data), errs, where)
        elif ext in ('csv', 'tsv', 'txt'):
            try:
                data.decode('utf-8')
            except UnicodeDecodeError:
                data.decode('cp1252')
    except Exception as e:  # noqa
        errs.append('%s: %s: %s' % (where, name, e))


def check_msg(msg, errs, where):
    for part in msg.walk():
        for d in part.defects:
            errs.append('%s: MIME defect %r' % (where, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                errs.append('%s: header %s defect %r' % (where, k, d))
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        payload = part.get_payload(decode=True)
        fn = part.get_filename()
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append('%s: text part %s does not decode as %s: %s' % (where, ct, cs, e))
        if fn:
            check_blob(fn, payload, errs, where)
        elif ct == 'application/pdf':
            check_blob('x.pdf', payload, errs, where)


def check(quiet=False):
    errs = []
    tmp = tempfile.mkdtemp(prefix='d208check-')
    try:
        build(tmp)
        if sorted(MAILS) != list(range(1, 151)):
            errs.append('mail numbers are not 1..150')
        for sub in ('labels.tsv',):
            a, b = os.path.join(HERE, sub), os.path.join(tmp, sub)
            if not os.path.exists(a) or open(a, 'rb').read() != open(b, 'rb').read():
                errs.append('%s differs from a fresh build (run make_corpus.py first)' % sub)
        have = sorted(os.listdir(os.path.join(HERE, 'mails'))) if os.path.isdir(os.path.join(HERE, 'mails')) else []
        want = sorted(os.listdir(os.path.join(tmp, 'mails')))
        if have != want:
            errs.append('mails/ holds other files than a fresh build')
        mids = set()
        stats = {}
        for name in want:
            data = open(os.path.join(tmp, 'mails', name), 'rb').read()
            p = os.path.join(HERE, 'mails', name)
            if not os.path.exists(p) or open(p, 'rb').read() != data:
                errs.append('%s: not byte-identical to a fresh build' % name)
            if re.search(rb'(?<!\r)\n', data):
                errs.append('%s: bare LF' % name)
            if any(len(l) > 998 for l in data.split(b'\r\n')):
                errs.append('%s: line longer than 998 octets' % name)
            msg = BytesParser(policy=policy.default).parsebytes(data)
            mid = msg['Message-ID']
            if not mid or mid in mids:
                errs.append('%s: missing or duplicate Message-ID' % name)
            mids.add(mid)
            if msg['Date'].datetime.year != 2026:
                errs.append('%s: date not in 2026' % name)
            if not msg['From'].addresses[0].domain == DOMAIN:
                errs.append('%s: sender not from %s' % (name, DOMAIN))
            for a in msg.get_all('To', []) + msg.get_all('Cc', []):
                for ad in a.addresses:
                    if not ad.domain.endswith('.example'):
                        errs.append('%s: host %s does not end in .example' % (name, ad.domain))
            check_msg(msg, errs, name)
            top = msg.get_content_type()
            stats[top] = stats.get(top, 0) + 1
        rows = list(csv.reader(open(os.path.join(tmp, 'labels.tsv'), encoding='utf-8'), delimiter='\t'))
        if rows[0] != ['file', 'label', 'lang', 'kind', 'reason'] or len(rows) != 151:
            errs.append('labels.tsv header or row count wrong')
        cnt = {}
        for r in rows[1:]:
            if len(r) != 5 or not r[4].strip():
                errs.append('labels.tsv row malformed: %r' % r)
                continue
            cnt[(r[1], r[2])] = cnt.get((r[1], r[2]), 0) + 1
            if r[1] != 'NORMAL' and r[4].startswith('trap:'):
                errs.append('%s: trap reason on a sensitive mail' % r[0])
        if not quiet:
            for lab in LABELS:
                print('%-22s de %3d  en %3d' % (lab, cnt.get((lab, 'de'), 0), cnt.get((lab, 'en'), 0)))
            print('top-level types:', ', '.join('%s %d' % kv for kv in sorted(stats.items())))
    finally:
        shutil.rmtree(tmp)
    for e in errs:
        print('FAIL', e)
    print('%d mails checked, %d problems' % (len(MAILS), len(errs)))
    return not errs


def main():
    if '--check' in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    if os.path.isdir(os.path.join(HERE, 'mails')):
        for f in os.listdir(os.path.join(HERE, 'mails')):
            if f.startswith(PREFIX) and f.endswith('.eml'):
                os.remove(os.path.join(HERE, 'mails', f))
    build(HERE)
    print('wrote %d mails to %s' % (len(MAILS), os.path.join(HERE, 'mails')))


if __name__ == '__main__':
    main()
