#!/usr/bin/env python3
"""Independent labelled mail corpus dev145 for Siegel (issue 14).

Writes mails/d145-0001.eml ... mails/d145-0150.eml and labels.tsv.
    python3 make_corpus.py            # build
    python3 make_corpus.py --check    # rebuild in memory, compare, parse, validate
    python3 make_corpus.py --stats    # print the distribution tables used in README.md

Python standard library only. Deterministic (seed 145): fixed dates, Message-IDs,
MIME boundaries, ZIP member times and document metadata.

Invented world: the Lindwurm Versicherungsgruppe, a composite insurer in Kassel
(domain lindwurm-versicherung.example) with P&C, life, health, accident, care,
legal expenses and travel lines, a Group Services centre in Lisbon/Krakow that
works in English and a Group Legal office in Dublin. Every mail is sent from the
insurer's domain. The emphasis of this corpus is mail that crosses departments:
a customer's matter handed from one team to the next, each mail carrying part of
the history.
"""
import base64
import csv
import datetime
import email
import email.header
import email.policy
import email.utils
import io
import os
import quopri
import random
import re
import sys
import urllib.parse
import zipfile
import zlib
from email.parser import BytesParser
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 145
PREFIX = 'd145-'
DOM = 'lindwurm-versicherung.example'
LABELS = {'N': 'NORMAL', 'C': 'CONFIDENTIAL', 'S': 'STRICTLY_CONFIDENTIAL'}
KINDS = {
    'internal', 'newsletter',
    'insurer-to-customer', 'insurer-to-broker', 'insurer-to-lawyer', 'insurer-to-doctor',
    'insurer-to-hospital', 'insurer-to-assessor', 'insurer-to-collector', 'insurer-to-authority',
    'insurer-to-partner', 'insurer-to-supplier', 'insurer-to-company', 'insurer-to-applicant',
    'customer', 'broker', 'lawyer', 'doctor', 'company', 'assessor',
}


# ---------------------------------------------------------------------------
# MIME building (own serializer: full control over bytes, CRLF everywhere)
# ---------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body=b'', parts=None, sub=None):
        self.headers = list(headers)      # [(name, value)] value already 7-bit
        self.body = body                  # encoded body bytes (leaf)
        self.parts = parts                # list of Part (multipart)
        self.sub = sub                    # multipart subtype
        self.boundary = None

    def assign_boundaries(self, rng, style):
        if self.parts is not None:
            tok = '%016x' % rng.getrandbits(64)
            if style == 'outlook':
                self.boundary = '_%03d_%s%s_' % (rng.randrange(1000), tok.upper(), 'LWVEXCH01')
            elif style == 'tb':
                self.boundary = '------------%s' % tok[:24].ljust(24, '0')
            else:
                self.boundary = '=_Part_%d_%s' % (rng.randrange(100000), tok)
            for p in self.parts:
                p.assign_boundaries(rng, style)

    def to_bytes(self):
        out = []
        hdrs = list(self.headers)
        if self.parts is not None:
            hdrs = [(k, 'multipart/%s;\r\n boundary="%s"' % (self.sub, self.boundary))
                    if k.lower() == 'content-type' else (k, v) for k, v in hdrs]
        for k, v in hdrs:
            out.append(('%s: %s' % (k, v)).encode('ascii'))
        head = b'\r\n'.join(out) + b'\r\n\r\n'
        if self.parts is None:
            return head + self.body
        b = self.boundary.encode('ascii')
        chunks = [head]
        if self.sub == 'mixed':
            chunks.append(b'This is a multi-part message in MIME format.\r\n')
        for p in self.parts:
            chunks.append(b'--' + b + b'\r\n')
            pb = p.to_bytes()
            if not pb.endswith(b'\r\n'):
                pb += b'\r\n'
            chunks.append(pb)
        chunks.append(b'--' + b + b'--\r\n')
        return b''.join(chunks)


def _fold(name, value):
    """Fold an ASCII header value at spaces (<= 78 chars per line where possible)."""
    words = value.split(' ')
    lines, cur = [], name + ': '
    for w in words:
        if len(cur) + len(w) + 1 > 78 and cur.strip() and not cur.endswith(': '):
            lines.append(cur.rstrip(' '))
            cur = ' ' + w + ' '
        else:
            cur += w + ' '
    lines.append(cur.rstrip(' '))
    return '\r\n'.join(lines)[len(name) + 2:]


def htext(value, cs='utf-8', name='Subject'):
    """Encode an unstructured header (Subject etc.)."""
    if value.isascii():
        return _fold(name, value)
    return email.header.Header(value, cs, maxlinelen=76, header_name=name).encode(linesep='\r\n')


def haddr(x):
    if isinstance(x, str):
        return x
    name, a = x
    return email.utils.formataddr((name, a), charset='utf-8')


def haddrs(xs):
    if isinstance(xs, (str, tuple)):
        xs = [xs]
    return ',\r\n '.join(haddr(x) for x in xs)


def _param(k, v):
    if v.isascii():
        if re.fullmatch(r"[A-Za-z0-9!#$&+\-.^_`|~]+", v):
            return '%s=%s' % (k, v)
        return '%s="%s"' % (k, v.replace('"', '\\"'))
    return "%s*=utf-8''%s" % (k, urllib.parse.quote(v, safe=''))


def _encode(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data).replace(b'\n', b'\r\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(data.replace(b'\r\n', b'\n')).replace(b'\n', b'\r\n')
    if cte == '7bit':
        assert all(c < 128 for c in data), 'non-ascii in 7bit part'
    return data


def text(s, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False, name=None):
    """A text part. s uses \\n; it is sent with CRLF."""
    s = s.replace('\r\n', '\n')
    if not s.endswith('\n'):
        s += '\n'
    data = s.replace('\n', '\r\n').encode(cs)
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += '; format=flowed'
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if name:
        hdrs[0] = ('Content-Type', ct + '; ' + _param('name', name))
        hdrs.append(('Content-Disposition', 'attachment; ' + _param('filename', name)))
    return Part(hdrs, _encode(data, cte))


def html(s, cs='utf-8', cte='quoted-printable'):
    return text(s, 'html', cs, cte)


def attach(data, ctype, filename, cte='base64', inline=False):
    disp = 'inline' if inline else 'attachment'
    hdrs = [('Content-Type', '%s; %s' % (ctype, _param('name', filename))),
            ('Content-Transfer-Encoding', cte),
            ('Content-Disposition', '%s; %s' % (disp, _param('filename', filename)))]
    return Part(hdrs, _encode(data, cte))


def alt(*parts):
    return Part([('Content-Type', 'multipart/alternative')], parts=list(parts), sub='alternative')


def mixed(*parts):
    return Part([('Content-Type', 'multipart/mixed')], parts=list(parts), sub='mixed')


def related(*parts):
    return Part([('Content-Type', 'multipart/related')], parts=list(parts), sub='related')


# per-mail context ------------------------------------------------------------

class _Ctx:
    n = 0
    rng = None
    inner = 0


CTX = _Ctx()

MAILERS = {
    'outlook': 'Microsoft Outlook 16.0',
    'owa': None,
    'tb': None,
    'oscar': 'OSCAR Vorgangssystem 7.4',
    'leistung': 'LIMA Leistungsmanagement 3.2 (Lindwurm)',
    'crm': 'Lindwurm CRM Mailer 2.9',
    'portal': 'Lindwurm SecureMail Portal',
}


def dt(mo, d, h, mi, tz='de'):
    dst = (3, 29) <= (mo, d) < (10, 25)
    base = {'de': 1, 'pt': 0, 'ie': 0, 'uk': 0, 'pl': 1}[tz]
    off = base + (1 if dst else 0)
    sec = (CTX.n * 7 + CTX.inner * 13 + h + mi) % 60
    z = datetime.timezone(datetime.timedelta(hours=off))
    return email.utils.format_datetime(datetime.datetime(2026, mo, d, h, mi, sec, tzinfo=z))


def msgid(host=DOM):
    CTX.inner += 1
    return '<%s.%04d.%d.%08x@%s>' % ('d145', CTX.n, CTX.inner, CTX.rng.getrandbits(32), host)


def envelope(body, frm, to, subject, date, cc=None, reply_to=None, mailer='outlook',
             in_reply_to=None, extra=(), subject_cs='utf-8', mid=None, org=True):
    """Wrap a body Part into a complete message."""
    hdrs = [('From', haddrs(frm)), ('To', haddrs(to))]
    if cc:
        hdrs.append(('Cc', haddrs(cc)))
    if reply_to:
        hdrs.append(('Reply-To', haddrs(reply_to)))
    hdrs.append(('Subject', htext(subject, subject_cs)))
    hdrs.append(('Date', date))
    hdrs.append(('Message-ID', mid or msgid()))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
        hdrs.append(('References', in_reply_to))
    hdrs.append(('MIME-Version', '1.0'))
    if mailer == 'tb':
        hdrs.append(('User-Agent', 'Mozilla Thunderbird'))
    elif mailer == 'owa':
        hdrs.append(('X-MS-Has-Attach', 'yes' if body.parts else ''))
    elif MAILERS.get(mailer):
        hdrs.append(('X-Mailer', MAILERS[mailer]))
    if org:
        hdrs.append(('Organization', 'Lindwurm Versicherungsgruppe'))
    for k, v in extra:
        hdrs.append((k, v if v.isascii() else htext(v, name=k)))
    style = 'outlook' if mailer in ('outlook', 'owa') else ('tb' if mailer == 'tb' else 'java')
    body.assign_boundaries(CTX.rng, style)
    msg = Part(hdrs + body.headers, body.body, body.parts, body.sub)
    msg.boundary = body.boundary
    return msg


def rfc822(msg, filename=None):
    """Attach a complete message (Part from envelope) as message/rfc822."""
    data = msg.to_bytes()
    cte = '7bit' if all(c < 128 for c in data) else '8bit'
    disp = 'attachment' if not filename else 'attachment; ' + _param('filename', filename)
    return Part([('Content-Type', 'message/rfc822'), ('Content-Transfer-Encoding', cte),
                 ('Content-Disposition', disp)], data)


# ---------------------------------------------------------------------------
# Attachment writers (standard library only)
# ---------------------------------------------------------------------------

def _zip(members, when=(2026, 1, 15, 9, 0, 0)):
    """members: [(name, bytes)] or [(name, bytes, stored)]"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as zf:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zf.writestr(zi, data)
    return buf.getvalue()


def zipb(members, when=(2026, 1, 15, 9, 0, 0)):
    return _zip(members, when)


def x(s):
    return _xesc(str(s), {'"': '&quot;'})


def _pdfstr(s):
    b = s.encode('cp1252')
    b = b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
    return b'(' + b + b')'


def pdf(lines, title='Dokument', author='Lindwurm Versicherungsgruppe', compress=True,
        when='20260115090000+01\'00\''):
    """Minimal valid PDF 1.4, Helvetica/WinAnsi text layer. Lines starting with '# ' are bold."""
    per = 52
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = {}
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title ' + _pdfstr(title) + b' /Author ' + _pdfstr(author) +
               b' /Producer (Lindwurm DocGen 4.1) /CreationDate (D:' + when.encode() + b') >>')
    kids = []
    num = 6
    for pg in pages:
        ops = [b'BT', b'/F1 10 Tf', b'14 TL', b'56 786 Td']
        for ln in pg:
            if ln.startswith('# '):
                ops.append(b'/F2 12 Tf ' + _pdfstr(ln[2:]) + b" Tj T* /F1 10 Tf")
            else:
                ops.append(_pdfstr(ln) + b" Tj T*")
        ops.append(b'ET')
        content = b'\n'.join(ops) + b'\n'
        if compress:
            data = zlib.compress(content, 9)
            stream = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data)) + data + b'\nendstream'
        else:
            stream = (b'<< /Length %d >>\nstream\n' % len(content)) + content + b'endstream'
        objs[num + 1] = stream
        objs[num] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     b'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (num + 1))
        kids.append(num)
        num += 2
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) +
               b'] /Count %d >>' % len(kids))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f\r\n' % n
    for i in range(1, n):
        out += b'%010d 00000 n\r\n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, xref)
    return bytes(out)


_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>{t}</dc:title><dc:creator>{a}</dc:creator>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">{d}</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">{d}</dcterms:modified></cp:coreProperties>')


def _wrun(s, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, x(s))


def docx(blocks, title='Dokument', author='Lindwurm Versicherungsgruppe', when='2026-01-15T09:00:00Z'):
    """blocks: str (paragraph), ('h', str) heading, ('table', [[cells]])"""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p>%s</w:p>' % _wrun(b))
        elif b[0] == 'h':
            body.append('<w:p><w:pPr><w:spacing w:after="120"/></w:pPr>%s</w:p>' % _wrun(b[1], True))
        elif b[0] == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            brd = ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                          for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>%s</w:tblBorders></w:tblPr>' % brd,
                 '<w:tblGrid>%s</w:tblGrid>' % ('<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol)]
            for ri, r in enumerate(rows):
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>'
                                % (9000 // ncol, _wrun(c, ri == 0)) for c in list(r) + [''] * (ncol - len(r)))
                t.append('<w:tr>%s</w:tr>' % cells)
            t.append('</w:tbl>')
            body.append(''.join(t))
            body.append('<w:p/>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % (_W, ''.join(body))
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
    core = _CORE.format(t=x(title), a=x(author), d=when)
    return _zip([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                 ('word/document.xml', doc.encode()), ('docProps/core.xml', core.encode())])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='Tabelle', author='Lindwurm Versicherungsgruppe', when='2026-01-15T09:00:00Z'):
    """sheets: [(name, rows)]; cells: str -> inline string, int/float -> number"""
    S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    files = []
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
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>') % (S, ''.join(xr))
        files.append(('xl/worksheets/sheet%d.xml' % si, sheet.encode()))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, R, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" '
                       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    n = len(sheets) + 1
    wb_rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n, R))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>') % (S, R, ''.join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % ''.join(wb_rels))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>') % S
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>') % ''.join(ct_over)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = _CORE.format(t=x(title), a=x(author), d=when)
    return _zip([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                 ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', wbr.encode()),
                 ('xl/styles.xml', styles.encode())] + files + [('docProps/core.xml', core.encode())])


_ODFNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(kind, inner, title, author, when):
    mt = 'application/vnd.oasis.opendocument.' + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2"><office:body>%s</office:body>'
               '</office:document-content>') % (_ODFNS, inner)
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.2"/>') % _ODFNS
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>%s</meta:creation-date><meta:generator>LibreOffice/7.6</meta:generator>'
            '</office:meta></office:document-meta>') % (_ODFNS, x(title), x(author), when)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>') % mt
    return _zip([('mimetype', mt.encode(), True), ('content.xml', content.encode()),
                 ('styles.xml', styles.encode()), ('meta.xml', meta.encode()),
                 ('META-INF/manifest.xml', manifest.encode())])


def _odf_table(name, rows):
    ncol = max(len(r) for r in rows)
    t = ['<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>' % (x(name), ncol)]
    for r in rows:
        cells = []
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                             % (v, v))
            elif v is None or v == '':
                cells.append('<table:table-cell/>')
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(v))
        t.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
    t.append('</table:table>')
    return ''.join(t)


def odt(blocks, title='Dokument', author='Lindwurm Versicherungsgruppe', when='2026-01-15T09:00:00'):
    inner = []
    ti = 0
    for b in blocks:
        if isinstance(b, str):
            inner.append('<text:p>%s</text:p>' % x(b))
        elif b[0] == 'h':
            inner.append('<text:h text:outline-level="1">%s</text:h>' % x(b[1]))
        elif b[0] == 'table':
            ti += 1
            inner.append(_odf_table('Tabelle%d' % ti, b[1]))
    return _odf('text', '<office:text>%s</office:text>' % ''.join(inner), title, author, when)


def ods(sheets, title='Tabelle', author='Lindwurm Versicherungsgruppe', when='2026-01-15T09:00:00'):
    inner = ''.join(_odf_table(name, rows) for name, rows in sheets)
    return _odf('spreadsheet', '<office:spreadsheet>%s</office:spreadsheet>' % inner, title, author, when)


def csvb(rows, cs='utf-8', delim=';', bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(cs)
    return (b'\xef\xbb\xbf' + data) if bom else data


def ics(events, method='REQUEST', prodid='-//Lindwurm Versicherungsgruppe//Kalender 1.0//DE'):
    """events: dicts with uid, start, end (YYYYMMDDTHHMMSS local Europe/Berlin), summary, location,
    description, organizer (name, mail), attendees [(name, mail)]"""
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN', 'METHOD:' + method]
    for e in events:
        L += ['BEGIN:VEVENT', 'UID:' + e['uid'], 'DTSTAMP:' + e.get('stamp', '20260110T080000Z'),
              'DTSTART;TZID=Europe/Berlin:' + e['start'], 'DTEND;TZID=Europe/Berlin:' + e['end'],
              'SUMMARY:' + _icsesc(e['summary'])]
        if e.get('location'):
            L.append('LOCATION:' + _icsesc(e['location']))
        if e.get('description'):
            L.append('DESCRIPTION:' + _icsesc(e['description']))
        if e.get('organizer'):
            L.append('ORGANIZER;CN=%s:mailto:%s' % (e['organizer'][0], e['organizer'][1]))
        for a in e.get('attendees', []):
            L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (a[0], a[1]))
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    out = []
    for ln in L:   # fold at 74 octets
        b = ln.encode('utf-8')
        first = True
        while len(b) > 74:
            cut = 74 if first else 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b'' if first else b' ') + b[:cut])
            b = b[cut:]
            first = False
        out.append((b'' if first else b' ') + b)
    return b'\r\n'.join(out) + b'\r\n'


def _icsesc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


# MIME types
PDF = 'application/pdf'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ODT = 'application/vnd.oasis.opendocument.text'
ODS = 'application/vnd.oasis.opendocument.spreadsheet'
ZIP = 'application/zip'


# ---------------------------------------------------------------------------
# The people of the invented world (the same person always signs the same way)
# ---------------------------------------------------------------------------

def P(local, name):
    return (name, '%s@%s' % (local, DOM))


# staff
PETERSEN = P('jana.petersen', 'Jana Petersen')
AYDIN = P('mehmet.aydin', 'Mehmet Aydın')
BRANDT = P('laura.brandt', 'Laura Brandt')
REUTER = P('tobias.reuter', 'Tobias Reuter')
KOLB = P('sabine.kolb', 'Sabine Kolb')
OEHME = P('frank.oehme', 'Frank Oehme')
LINDQVIST = P('petra.lindqvist', 'Petra Lindqvist')
SANTORO = P('marco.santoro', 'Marco Santoro')
SEIDEL = P('kathrin.seidel', 'Kathrin Seidel')
ENGEL = P('hartmut.engel', 'Dr. med. Hartmut Engel')
KORKMAZ = P('yasemin.korkmaz', 'Dr. med. Yasemin Korkmaz')
WENZEL = P('claudia.wenzel', 'Claudia Wenzel')
FALKENBERG = P('joerg.falkenberg', 'Jörg Falkenberg')
HAHN = P('nicole.hahn', 'Nicole Hahn')
BRUECKNER = P('stefan.brueckner', 'Stefan Brückner')
MARQUARDT = P('ute.marquardt', 'Ute Marquardt')
RAAB = P('felix.raab', 'Dr. Felix Raab')
KUEHN = P('andreas.kuehn', 'Andreas Kühn')
CARVALHO = P('rita.carvalho', 'Rita Carvalho')
NOWAK = P('tomasz.nowak', 'Tomasz Nowak')
GALLAGHER = P('fiona.gallagher', 'Fiona Gallagher')
WIESE = P('holger.wiese', 'Holger Wiese')
MARTIN = P('sophie.martin', 'Sophie Martin')
ALBERS = P('kevin.albers', 'Kevin Albers')
GROSSE = P('birgit.grosse', 'Birgit Große')
VOSS = P('daniel.voss', 'Daniel Voß')
LEHMANN = P('anja.lehmann', 'Anja Lehmann')
FERREIRA = P('joao.ferreira', 'João Ferreira')
KESSLER = P('martina.kessler', 'Martina Keßler')
ROTH = P('thomas.roth', 'Thomas Roth')
DOYLE = P('ciara.doyle', 'Ciara Doyle')
BECKER = P('lisa.becker', 'Lisa Becker')
KLEIN = P('nadine.klein', 'Nadine Klein')
ARNDT = P('melanie.arndt', 'Melanie Arndt')
WENDLAND = P('jakob.wendland', 'Dr. Jakob Wendland')

# team mailboxes
def T(local, name):
    return (name, '%s@%s' % (local, DOM))


TM_SERVICE = T('kundenservice', 'Lindwurm Kundenservice')
TM_KV = T('leistung-kranken', 'Leistung Kranken')
TM_LV = T('leistung-leben', 'Leistung Leben/BU')
TM_UV = T('leistung-unfall', 'Leistung Unfall')
TM_PFLEGE = T('leistung-pflege', 'Leistung Pflege')
TM_AD = T('aerztlicher-dienst', 'Ärztlicher Dienst')
TM_UWL = T('underwriting-leben', 'Antrag/Underwriting Leben')
TM_KFZ = T('schaden-kfz', 'Schaden Kfz')
TM_SACH = T('schaden-sach', 'Schaden Sach')
TM_HAFT = T('schaden-haftpflicht', 'Schaden Haftpflicht')
TM_PS = T('personenschaden', 'Personenschaden-Team')
TM_RA = T('rechtsabteilung', 'Rechtsabteilung')
TM_REGRESS = T('regress', 'Regress')
TM_FM = T('forderungsmanagement', 'Forderungsmanagement')
TM_BB = T('beitragsbuchhaltung', 'Beitragsbuchhaltung')
TM_BESCHWERDE = T('beschwerde', 'Beschwerdemanagement')
TM_DS = T('datenschutz', 'Datenschutz')
TM_SIU = T('betrugsabwehr', 'Betrugsabwehr (SIU)')
TM_SSC = T('group-services', 'Group Services Lisbon')
TM_LEGAL = T('group-legal', 'Group Legal Dublin')
TM_RS = T('leistung-rechtsschutz', 'Leistung Rechtsschutz')
TM_REISE = T('leistung-reise', 'Leistung Reise')
TM_ASSIST = T('assistance', 'Lindwurm Assistance 24/7')
TM_UWS = T('underwriting-sach', 'Underwriting Sach/Gewerbe')
TM_MAKLER = T('maklerbetreuung', 'Maklerbetreuung')
TM_IT = T('it-servicedesk', 'IT-Servicedesk')
TM_POST = T('posteingang', 'Posteingang/Scan')
TM_TIER = T('leistung-tier', 'Leistung Tierversicherung')
TM_ZAHN = T('leistung-zahn', 'Leistung Zahn')
TM_REHA = T('reha-management', 'Reha-Management')
TM_KOMM = T('kommunikation', 'Unternehmenskommunikation')
TM_NEWS = T('newsletter', 'Lindwurm Versicherung')
TM_NOREPLY = T('noreply', 'Lindwurm SecureMail')
TM_ALLE = T('alle-mitarbeitenden', 'Alle Mitarbeitenden Kassel')
TM_LEITUNG = T('leitung-schaden-leistung', 'Leitungskreis Schaden/Leistung')
TM_AKT = T('aktuariat', 'Group Actuarial')
TM_TRANSPORT = T('schaden-transport', 'Schaden Transport')
TM_PROV = T('provisionsabrechnung', 'Provisionsabrechnung')
TM_UWK = T('underwriting-kfz', 'Underwriting Kfz')
TM_GEWERBE = T('schaden-gewerbe', 'Schaden Gewerbe/Cyber')

SIG = {
    'petersen': 'Viele Grüße\nJana Petersen\nKundenservice-Center\nTel. 0561 9145-2210',
    'aydin': 'Gruß\nMehmet Aydın\nKundenservice-Center | Team Telefonie\nTel. 0561 9145-2234',
    'brandt': 'Beste Grüße\nLaura Brandt\nKundenservice-Center\nLindwurm Versicherungsgruppe',
    'reuter': 'Mit freundlichen Grüßen\nTobias Reuter\nSchaden Kfz | Gruppe 3\nTel. 0561 9145-3312 | Fax 0561 9145-3399',
    'kolb': 'Freundliche Grüße\nSabine Kolb\nSchaden Sach (Hausrat/Wohngebäude)\nTel. 0561 9145-3420',
    'oehme': 'MfG\nFrank Oehme\nSchaden Haftpflicht\nTel. 0561 9145-3517',
    'lindqvist': 'Freundliche Grüße\nPetra Lindqvist\nLeistung Kranken | Ambulant/Stationär\nLindwurm Krankenversicherung AG\nTel. 0561 9145-4108',
    'santoro': 'Viele Grüße\nMarco Santoro\nLeistung Leben/BU\nLindwurm Lebensversicherung AG\nTel. 0561 9145-4620',
    'seidel': 'Mit freundlichen Grüßen\nKathrin Seidel\nAntrag/Underwriting Leben\nLindwurm Lebensversicherung AG\nTel. 0561 9145-4711',
    'engel': 'Dr. med. Hartmut Engel\nGesellschaftsarzt | Ärztlicher Dienst\nLindwurm Versicherungsgruppe',
    'korkmaz': 'Dr. med. Yasemin Korkmaz\nFachärztin für Innere Medizin\nÄrztlicher Dienst | Lindwurm Versicherungsgruppe',
    'wenzel': 'Mit freundlichen Grüßen\nClaudia Wenzel\nSyndikusrechtsanwältin | Rechtsabteilung\nLindwurm Versicherungsgruppe\nTel. 0561 9145-1180',
    'falkenberg': 'Gruß\nJörg Falkenberg\nRegress | Lindwurm Allgemeine Versicherung AG\nTel. 0561 9145-3660',
    'hahn': 'Viele Grüße\nNicole Hahn\nBeitragsbuchhaltung\nTel. 0561 9145-2870',
    'brueckner': 'Mit freundlichen Grüßen\nStefan Brückner\nForderungsmanagement\nLindwurm Versicherungsgruppe\nTel. 0561 9145-2890',
    'marquardt': 'Freundliche Grüße\nUte Marquardt\nBeschwerdemanagement\nTel. 0561 9145-1240',
    'raab': 'Dr. Felix Raab\nDatenschutzbeauftragter der Lindwurm Versicherungsgruppe\ndatenschutz@' + DOM,
    'kuehn': 'Andreas Kühn\nBetrugsabwehr / Special Investigation Unit\nTel. 0561 9145-1377',
    'carvalho': 'Kind regards,\nRita Carvalho\nTeam Lead Customer Operations\nLindwurm Group Services, Lisbon\n+351 21 145 0730',
    'nowak': 'Best regards\nTomasz Nowak\nFinance Operations | Lindwurm Group Services (Krakow hub)\n+48 12 145 2260',
    'gallagher': 'Kind regards,\nFiona Gallagher\nSenior Legal Counsel\nGroup Legal | Lindwurm International DAC, Dublin\n+353 1 145 6620',
    'wiese': 'Beste Grüße aus Kassel\nHolger Wiese\nMaklerbetreuung Nord\nMobil 0171 145 6621',
    'martin': 'Best regards,\nSophie Martin\nCase Manager | Lindwurm Assistance 24/7\n+49 561 9145-9000 (24h)',
    'albers': 'Gruß\nKevin Albers\nIT-Servicedesk | Durchwahl -5555',
    'grosse': 'Viele Grüße\nBirgit Große\nLeistung Pflege\nTel. 0561 9145-4240',
    'voss': 'Mit freundlichen Grüßen\nDaniel Voß\nLeistung Unfall\nLindwurm Allgemeine Versicherung AG\nTel. 0561 9145-4390',
    'lehmann': 'Gruß\nAnja Lehmann\nLeistung Rechtsschutz\nTel. 0561 9145-3780',
    'ferreira': 'Best regards,\nJoão Ferreira\nHealth Claims Desk (international customers)\nLindwurm Group Services, Lisbon',
    'kessler': 'Freundliche Grüße\nMartina Keßler\nLeistung Zahn\nLindwurm Krankenversicherung AG',
    'doyle': 'Regards,\nCiara Doyle\nLife Underwriting | Lindwurm International DAC\n+353 1 145 6641',
    'becker': 'Viele Grüße\nLisa Becker\nLeistung Reise | Lindwurm Allgemeine Versicherung AG\nTel. 0561 9145-3850',
    'klein': 'Kind regards / Freundliche Grüße\nNadine Klein\nSchaden Transport & Technische Versicherungen\nLindwurm Allgemeine Versicherung AG\nTel. +49 561 9145-3930',
    'arndt': 'Viele Grüße\nMelanie Arndt\nFirmenkunden Kranken (bKV)\nLindwurm Krankenversicherung AG\nTel. 0561 9145-4160',
    'roth': 'Mit freundlichen Grüßen\nThomas Roth\nUnderwriting Sach/Gewerbe\nTel. 0561 9145-3050',
}

FOOT_ALLG = ('--\nLindwurm Allgemeine Versicherung AG · Lindwurmplatz 1 · 34117 Kassel\n'
             'Sitz Kassel · Amtsgericht Kassel HRB 9145 · Vorsitzender des Aufsichtsrats: Dr. Bernhard Quast\n'
             'Vorstand: Dr. Miriam Ostertag (Vors.), Rainer Plöger, Elif Demir')
FOOT_LEBEN = ('--\nLindwurm Lebensversicherung AG · Lindwurmplatz 1 · 34117 Kassel\n'
              'Sitz Kassel · Amtsgericht Kassel HRB 9146 · Vorstand: Dr. Miriam Ostertag (Vors.), Jens Hübner')
FOOT_KRANKEN = ('--\nLindwurm Krankenversicherung AG · Lindwurmplatz 1 · 34117 Kassel\n'
                'Sitz Kassel · Amtsgericht Kassel HRB 9147 · Vorstand: Dr. Miriam Ostertag (Vors.), Sven Albrecht-Nolde')
FOOT_EN = ('--\nLindwurm Group Services Unipessoal Lda | Rua do Lindwurm 14 | 1050-145 Lisboa | Portugal\n'
           'A company of the Lindwurm Versicherungsgruppe, Kassel, Germany')
FOOT_IE = ('--\nLindwurm International DAC | 14 Harcourt Terrace | Dublin 2 | Ireland\n'
           'Registered in Ireland No. 614145 | Directors: A. Byrne, Dr. M. Ostertag (DE), K. Walsh')
DISCL_DE = ('Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. '
            'Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender\n'
            'und löschen Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe '
            'dieser Mail sind nicht gestattet.')
DISCL_EN = ('This e-mail may contain confidential or privileged information. If you are not the intended '
            'recipient, please notify the sender\nimmediately and delete this e-mail. Any unauthorised '
            'copying or disclosure is prohibited.')


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------

MAILS = {}


def mail(n, label, lang, kind, reason):
    assert kind in KINDS, kind
    assert lang in ('de', 'en', 'mixed'), lang
    assert '\t' not in reason and '\n' not in reason

    def deco(f):
        assert n not in MAILS, n
        MAILS[n] = dict(fn=f, label=LABELS[label], lang=lang, kind=kind, reason=reason)
        return f
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

@mail(1, 'S', 'de', 'internal',
      'service hands a health-claim callback to health benefits: named customer, KV number, knee arthroscopy invoice, quoted customer mail')
def m001():
    body = """Hallo liebe Kolleginnen und Kollegen von der Leistung,

Herr Dieter Albrecht (KV-2207815-01) hat heute früh angerufen und war ziemlich
verärgert. Er hat die Rechnung der Orthopädischen Gemeinschaftspraxis am
Bergpark über die Kniegelenkspiegelung (Arthroskopie rechts, OP am 18.11.2025,
Rechnungsbetrag 1.284,60 €) schon am 02.12. über die App eingereicht und bis
heute weder Geld noch Nachricht bekommen. In der App steht bei ihm nur
"in Bearbeitung".

Ich habe ihm zugesagt, dass sich jemand aus Ihrem Team bis Freitag meldet.
Rückruf bitte unter der Mobilnummer aus dem Bestand, er ist vormittags
erreichbar (ab 14 Uhr Physio, sagt er).

Seine Mail von gestern hänge ich unten dran, damit Sie den Wortlaut haben.

""" + SIG['petersen'] + """

> Von: Dieter Albrecht <d.albrecht@mailwelt.example>
> Gesendet: Montag, 12. Januar 2026 21:47
> An: kundenservice@lindwurm-versicherung.example
> Betreff: Wo bleibt mein Geld???
>
> Sehr geehrte Damen und Herren,
>
> ich habe am 2.12. die Rechnung für meine Knie-OP hochgeladen. Seitdem
> passiert nichts. Ich bin seit 1998 bei Ihnen privat versichert und
> habe so etwas noch nicht erlebt. Die Praxis hat mir schon die erste
> Mahnung geschickt. Bitte überweisen Sie endlich die 1284,60 Euro.
>
> Mit freundlichen Grüßen
> Dieter Albrecht
"""
    return envelope(text(body), PETERSEN, TM_KV, 'Rückruf Herr Albrecht – Erstattung Arthroskopie offen',
                    dt(1, 13, 8, 52), mailer='outlook',
                    extra=[('X-OSCAR-Vorgang', 'VG-2026-0031744')])


@mail(2, 'N', 'de', 'internal',
      'trap: process memo and checklist for handovers from service to specialist teams, health and claim words but no person')
def m002():
    body = """Liebe Teamleitungen,

wie im Leitungskreis am 8. Januar besprochen, gilt ab 1. Februar die neue
Übergabe-Checkliste für alle Vorgänge, die das Kundenservice-Center an eine
Fachabteilung weitergibt (Schaden Kfz/Sach/Haftpflicht, Leistung Kranken,
Leben/BU, Unfall, Pflege, Forderungsmanagement, Rechtsabteilung).

Die wichtigsten Änderungen:
1. Jede Übergabe läuft über den OSCAR-Vorgang, nicht mehr über Outlook.
2. In der Übergabenotiz stehen keine Diagnosen, Befunde oder Bankdaten im
   Freitext – die Fachabteilung sieht die Dokumente im Vorgang.
3. Rückrufzusagen an Kunden werden mit Frist im Vorgang hinterlegt.
4. Eilt es (z. B. Klinikaufnahme, Fristablauf, drohende Mahnstufe 3),
   zusätzlich telefonisch ankündigen.

Die Checkliste hängt an. Bitte bis Ende Januar in den Teams vorstellen.
Rückfragen gern an mich.

""" + SIG['brandt'] + """
Prozessmanagement Kundenservice
"""
    doc = docx([
        ('h', 'Übergabe-Checkliste Kundenservice → Fachabteilung (gültig ab 01.02.2026)'),
        'Version 2.0 – Prozessmanagement Kundenservice-Center',
        ('table', [
            ['Nr.', 'Prüfpunkt', 'Pflicht'],
            ['1', 'Vorgangsnummer (VG-…) angelegt und Sparte gesetzt', 'ja'],
            ['2', 'Anliegen in einem Satz beschrieben (ohne Gesundheitsangaben)', 'ja'],
            ['3', 'Dokumente im Vorgang verknüpft, nicht als Mailanhang', 'ja'],
            ['4', 'Rückrufwunsch mit Zeitfenster und Frist', 'wenn zugesagt'],
            ['5', 'Eilbedürftigkeit begründet (Klinik, Frist, Mahnstufe)', 'wenn zutreffend'],
            ['6', 'Zielteam laut Zuständigkeitsmatrix', 'ja'],
        ]),
        'Hinweis: Für Personenversicherungen (Leben, Kranken, Unfall, Pflege) gilt zusätzlich, '
        'dass Übergaben an externe Stellen nur verschlüsselt erfolgen dürfen.',
        'Ansprechpartnerin: Laura Brandt, Prozessmanagement.',
    ], title='Übergabe-Checkliste v2.0', author='Laura Brandt', when='2026-01-09T14:20:00Z')
    return envelope(mixed(text(body), attach(doc, DOCX, 'Uebergabe-Checkliste_v2.0.docx')),
                    BRANDT, TM_LEITUNG, 'Neue Übergabe-Checkliste ab 01.02.',
                    dt(1, 9, 15, 3), mailer='outlook')


@mail(3, 'C', 'de', 'internal',
      'motor claims hands a rear-end collision to recovery: named policyholder, policy and claim number, plate, nobody hurt')
def m003():
    body = """Hallo Jörg,

ich gebe dir den Schaden S-26-004187 zur Regressprüfung rüber.

VN: Heike Sandmann, Kasseler Str. 41, 34253 Lohfelden
Vertrag: KF 12-7730451 (Vollkasko SB 300,- EUR), amtl. Kz. KS-HS 218
Schadentag: 03.02.2026, ca. 7.40 Uhr, Wilhelmshöher Allee / Ecke Kunoldstraße

Hergang laut Schadenanzeige: Frau Sandmann stand an der roten Ampel, der
Unfallgegner (Kz. HR-LM 77, versichert bei der Rheinwall Versicherung AG)
ist aufgefahren. Verletzt wurde niemand, Polizei war nicht vor Ort,
Unfallbericht ist unterschrieben (liegt im Vorgang).

Die Rheinwall lehnt bisher ab ("Abbremsen ohne Grund"), deshalb hat
die Kundin ihre Vollkasko in Anspruch genommen. Wir haben die Reparatur
nach Gutachten mit 4.870,20 EUR abzgl. SB reguliert (Zahlung 17.02.).

Bitte Regress nach § 86 VVG gegen die Rheinwall, inkl. SB der Kundin
(Quotenvorrecht). Den Hochstufungsschaden SF bitte auch im Blick haben.

""" + SIG['reuter'] + """
"""
    return envelope(text(body, cs='iso-8859-1', cte='8bit'), REUTER, FALKENBERG,
                    'Regress S-26-004187 Sandmann ./. Rheinwall', dt(2, 18, 10, 14),
                    cc=[TM_REGRESS], mailer='outlook', subject_cs='iso-8859-1')


@mail(4, 'S', 'de', 'internal',
      'underwriting hands a disability application to the medical officer: name, birth date, depression F32.1, doctor report PDF')
def m004():
    body = """Sehr geehrter Herr Dr. Engel,

bitte um Ihr ärztliches Votum zum folgenden BU-Antrag:

Antrag:           AN-26-104417
Antragstellerin:  Melanie Krüger, geb. 12.03.1988
Beruf:            Grundschullehrerin (verbeamtet auf Lebenszeit)
Tarif:            SBU Plus, BU-Rente 1.800 € mtl., Endalter 67

In den Gesundheitsfragen hat Frau Krüger eine depressive Episode 2023
angegeben (ICD F32.1, mittelgradig), ambulante Verhaltenstherapie mit
25 Sitzungen, abgeschlossen 10/2024, seitdem beschwerdefrei und ohne
Medikation (Sertralin bis 06/2024). Außerdem einmalig Physiotherapie
wegen Lumbalgie 2022.

Der Hausarztbericht (Dr. Wiegand, Baunatal) ist inzwischen da; ich habe
Ihnen die Zusammenfassung als PDF angehängt, das Original liegt in der
Akte.

Der Makler drängt etwas, weil die Kundin zum 01.04. beginnen möchte.
Eine Ausschlussklausel für psychische Erkrankungen wäre für den Makler
nach eigener Aussage "schwierig".

""" + SIG['seidel'] + """
"""
    pdfb = pdf([
        '# Zusammenfassung ärztlicher Bericht zum Antrag AN-26-104417',
        'Antragstellerin: Melanie Krüger, geb. 12.03.1988',
        'Berichtender Arzt: Dr. med. Jan Wiegand, Allgemeinmedizin, Baunatal',
        'Bericht vom 19.02.2026, eingegangen 23.02.2026',
        '',
        'Diagnosen (laut Bericht):',
        '  F32.1 G  Mittelgradige depressive Episode (Erstdiagnose 03/2023)',
        '  M54.5 G  Kreuzschmerz (2022, physiotherapeutisch behandelt)',
        '',
        'Behandlung:',
        '  Verhaltenstherapie 04/2023 - 10/2024, 25 Sitzungen',
        '  Sertralin 50 mg 1-0-0, 04/2023 - 06/2024, ausgeschlichen',
        '  Arbeitsunfähigkeit 27.03.2023 - 12.06.2023 (11 Wochen)',
        '',
        'Aktueller Befund (Untersuchung 12.02.2026):',
        '  psychisch stabil, keine Hinweise auf Rezidiv, voll arbeitsfähig',
        '  Blutdruck 118/76, BMI 23,4',
        '',
        'Erstellt: K. Seidel, Antrag/Underwriting Leben',
    ], title='Arztbericht Zusammenfassung AN-26-104417', author='Kathrin Seidel',
        when="20260224101500+01'00'")
    return envelope(mixed(text(body), attach(pdfb, PDF, 'Arztbericht_Zusammenfassung_AN-26-104417.pdf')),
                    SEIDEL, ENGEL, 'Votum BU-Antrag AN-26-104417 (Krüger)', dt(2, 24, 10, 21),
                    cc=[TM_AD], mailer='outlook')


@mail(5, 'N', 'en', 'internal',
      'trap: weekly handover KPI report of the Lisbon service centre, queue names like health claims and collections, only counts')
def m005():
    rows = [('Health claims DE (leistung-kranken)', 412, '1.6', 37),
            ('Life / disability claims', 58, '2.9', 11),
            ('Motor claims', 233, '0.8', 9),
            ('Property claims', 187, '1.1', 14),
            ('Legal department', 21, '3.4', 6),
            ('Collections (Forderungsmanagement)', 96, '0.7', 2),
            ('Medical officer (via underwriting)', 34, '4.1', 12)]
    plain = """Hi all,

here are the handover figures for week 6 (2-6 Feb 2026). "Handover" =
a case that Lisbon/Krakow passed to a team in Kassel or Dublin.

Queue                                   Handovers  Avg days to accept  Open >5d
""" + ''.join('%-40s%9d%20s%10d\n' % r for r in rows) + """
Two things stand out: the medical officer queue is still slow (4.1 days,
target 2) and health claims has 37 cases waiting longer than five days,
mostly because the scanned documents arrive a day after the handover.
We will pilot attaching the scan link in the handover note from week 8.

No case details in this report by design - drill-down is in the BI
dashboard "Handover Monitor".

""" + SIG['carvalho'] + '\n' + FOOT_EN + '\n'
    trs = ''.join('<tr><td>%s</td><td align="right">%d</td><td align="right">%s</td>'
                  '<td align="right">%d</td></tr>\n' % r for r in rows)
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi all,</p>
<p>here are the handover figures for <b>week 6</b> (2&ndash;6 Feb 2026). &quot;Handover&quot; =
a case that Lisbon/Krakow passed to a team in Kassel or Dublin.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde6f0"><th>Queue</th><th>Handovers</th><th>Avg days to accept</th><th>Open &gt;5d</th></tr>
""" + trs + """</table>
<p>Two things stand out: the medical officer queue is still slow (4.1 days, target 2) and health claims
has 37 cases waiting longer than five days, mostly because the scanned documents arrive a day after
the handover. We will pilot attaching the scan link in the handover note from week 8.</p>
<p>No case details in this report by design &ndash; drill-down is in the BI dashboard &quot;Handover Monitor&quot;.</p>
<p>Kind regards,<br>Rita Carvalho<br>Team Lead Customer Operations<br>Lindwurm Group Services, Lisbon</p>
</body></html>
"""
    return envelope(alt(text(plain, cs='us-ascii', cte='7bit'), html(h)), CARVALHO,
                    [TM_LEITUNG, TM_SSC], 'Handover KPIs week 6', dt(2, 9, 9, 30, 'pt'), mailer='outlook')


@mail(6, 'C', 'de', 'insurer-to-collector',
      'collections hands four P&C premium debts to the debt collection agency: names, birth dates, addresses, contracts, amounts in CSV')
def m006():
    body = """Sehr geehrter Herr Bremer,

anbei übergeben wir Ihnen vier Forderungen aus dem Sachbereich zur
außergerichtlichen Beitreibung gemäß unserem Rahmenvertrag vom 01.07.2024.
Das interne Mahnverfahren (Stufe 3 inkl. qualifizierter Mahnung nach § 38
VVG) ist jeweils ohne Zahlungseingang abgeschlossen; die Verträge sind
gekündigt.

Die Datensätze finden Sie in der CSV-Datei (Format wie gewohnt,
Windows-Zeichensatz, Semikolon). Zinsen bitte ab dem jeweiligen
Fälligkeitsdatum berechnen.

Zur Erinnerung: Forderungen aus Personenversicherungen übergeben wir
weiterhin nicht an Sie, die laufen intern.

Mit freundlichen Grüßen
i. A. Stefan Brückner
Forderungsmanagement
Lindwurm Versicherungsgruppe
Tel. 0561 9145-2890

""" + FOOT_ALLG + '\n'
    rows = [['Aktenzeichen LW', 'Name', 'Vorname', 'Geburtsdatum', 'Straße', 'PLZ', 'Ort', 'Sparte',
             'Vertrag', 'Hauptforderung', 'Mahnkosten', 'fällig seit'],
            ['FM-26-0211', 'Kowalczyk', 'Piotr', '17.05.1991', 'Mühlenweg 8', '34125', 'Kassel', 'Kfz',
             'KF 12-6610274', '612,40', '5,00', '15.10.2025'],
            ['FM-26-0212', 'Schäfer', 'Ingrid', '02.11.1958', 'Am Lindenplatz 3', '34596', 'Bad Zwesten',
             'Wohngebäude', 'WG 31-402281', '1.148,00', '5,00', '01.09.2025'],
            ['FM-26-0213', 'Haddad', 'Samir', '29.01.1987', 'Friedrich-Ebert-Str. 112', '34119', 'Kassel',
             'Hausrat', 'HR 30-559012', '96,30', '5,00', '01.11.2025'],
            ['FM-26-0214', 'Lüdtke', 'Marcel', '08.08.1996', 'Ahnatalstr. 19a', '34128', 'Kassel',
             'Privathaftpflicht', 'PH 33-880456', '71,85', '5,00', '01.12.2025']]
    data = csvb(rows, cs='windows-1252')
    return envelope(mixed(text(body), attach(data, 'text/csv; charset="windows-1252"', 'LW_Uebergabe_2026-03.csv')),
                    BRUECKNER, ('Olaf Bremer', 'o.bremer@falk-inkasso.example'),
                    'Übergabe Forderungen Lindwurm – Lieferung 2026-03', dt(3, 3, 11, 5),
                    cc=[TM_FM], mailer='outlook')


@mail(7, 'S', 'en', 'customer',
      'Lisbon health desk forwards an expat customer mail to German health claims: emergency appendectomy, hospital invoice, policy number')
def m007():
    body = """Hi Petra,

handing this one over to you as discussed on Teams - the invoice is above
our EUR 5,000 settlement limit for inpatient cases, so it has to be
processed in Kassel. Customer is Mr Daniel Whitmore, KV-3318420-01
(international tariff "Global Select"). Original invoice and discharge
letter are in the scan queue under his policy number since this morning.

He asked twice whether the hospital can be paid directly. I told him we
would check and come back to him by Friday.

Thanks!
Joao

-----Original Message-----
From: Daniel Whitmore <dwhitmore@correio.example>
Sent: Monday, March 9, 2026 8:12 PM
To: health-claims@lindwurm-versicherung.example
Subject: Emergency surgery in Lisbon - invoice

Dear Sir or Madam,

I was admitted to Hospital Santa Clara in Lisbon on 1 March with acute
abdominal pain and had my appendix removed the same night
(laparoscopic). I stayed four nights and was discharged on 5 March.

The hospital has now sent an invoice of EUR 6,940.00 and wants payment
within 30 days. Can you pay them directly? I attach the invoice and the
discharge summary. My policy number is KV-3318420-01.

Many thanks,
Daniel Whitmore
Rua das Flores 77, 2nd floor
1200-195 Lisboa
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), FERREIRA, LINDQVIST,
                    'FW: Emergency surgery in Lisbon - invoice', dt(3, 10, 10, 2, 'pt'),
                    cc=[TM_KV], mailer='outlook')


@mail(8, 'N', 'de', 'internal',
      'grey: service passes a callback request to motor claims by ticket number only, no name, contract or claim data in the mail')
def m008():
    body = """Hi zusammen,

bitte VG-2026-0418812 übernehmen – Kunde bittet um Rückruf zum Stand
seiner Sache. Telefonnummer und alles Weitere stehen im Vorgang, ich
schreib hier absichtlich nix rein.

Danke & Gruß
Mehmet
"""
    return envelope(text(body, cs='utf-8', cte='8bit'), AYDIN, TM_KFZ, 'Rückrufbitte VG-2026-0418812',
                    dt(4, 14, 16, 48), mailer='outlook', org=False)


@mail(9, 'C', 'en', 'internal',
      'finance hub hands a premium refund for a cancelled household contract to premium accounting: name, contract, German IBAN, PDF')
def m009():
    body = """Hi Nicole,

please release the refund below - the cancellation was processed by our
team, but payouts to German accounts still have to be approved in Kassel.

Customer:   Ms Aoife Brennan
Contract:   HR 30-882164 (household contents), cancelled as of 28.02.2026
            (move back to Ireland, proof of deregistration on file)
Refund:     EUR 84.17 (unused premium 01.03.-31.05.2026)
Account:    DE72 7877 4022 4302 1895 57 (account holder A. Brennan)

The refund note for the customer is attached as PDF; we will send it to
her once the payment has left.

Thanks a lot,
Tomasz

""" + SIG['nowak'] + '\n' + FOOT_EN + '\n'
    pdfb = pdf([
        '# Lindwurm Allgemeine Versicherung AG',
        'Erstattungsmitteilung / Refund note',
        '',
        'Ms Aoife Brennan',
        '12 Griffith Avenue, Drumcondra, Dublin 9, Ireland',
        '',
        'Contract HR 30-882164 - household contents insurance',
        'End of contract: 28 February 2026',
        '',
        'Unused premium 01.03.2026 - 31.05.2026:   EUR 84.17',
        'Paid to: DE72 7877 4022 4302 1895 57',
        '',
        'We are sorry to see you go and wish you all the best in Dublin.',
        'Lindwurm Group Services, Finance Operations',
    ], title='Refund note HR 30-882164', author='Tomasz Nowak', when="20260302131100+01'00'")
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'), attach(pdfb, PDF, 'Refund_HR30-882164.pdf')),
                    NOWAK, HAHN, 'Refund approval HR 30-882164 (Brennan)', dt(3, 2, 13, 14, 'pl'),
                    cc=[TM_BB], mailer='outlook')


@mail(10, 'S', 'en', 'internal',
      'medical officer answers Dublin life underwriting: named applicant, hypertension, medication, BMI, premium loading; quoted request')
def m010():
    body = """Dear Ciara,

thank you for the complete file. My assessment for Mr Mulligan:

- Essential hypertension, diagnosed 2021, treated with ramipril 5 mg once
  daily. The three readings from the GP are 148/94, 142/90 and 139/88, so
  control is moderate at best.
- BMI 34.1 (1.78 m, 108 kg).
- LDL cholesterol 4.6 mmol/l, no statin so far. Non-smoker.
- No end-organ damage reported, ECG normal.

Taken together I recommend acceptance with a loading of +75 % on the
mortality premium. If he can send a 24-hour blood pressure recording with
an average below 135/85 within six months, we can review and reduce the
loading to +50 %.

Best regards
Hartmut Engel

""" + SIG['engel'] + """

From: Ciara Doyle
Sent: 5 March 2026 11:02
To: Aerztlicher Dienst
Subject: Medical opinion please - term life, Sean Mulligan (DOB 22/06/1977)

Hi Dr Engel,

could you give us your opinion on the application of Sean Mulligan,
DOB 22/06/1977, term life EUR 400,000 over 25 years, application
IE-LT-26-00318? GP report and lab results are uploaded to the file.
The broker has been told to expect a decision next week.

Regards,
Ciara
"""
    return envelope(text(body, cs='utf-8', cte='quoted-printable'), ENGEL, DOYLE,
                    'RE: Medical opinion please - term life, Sean Mulligan (DOB 22/06/1977)',
                    dt(3, 6, 15, 40), cc=[TM_AD], mailer='outlook',
                    in_reply_to='<d145.0010.0.7a1c22@%s>' % DOM)


@mail(11, 'N', 'de', 'newsletter',
      'trap: dental supplementary insurance newsletter, implants, cleaning, statistics, no personal data')
def m011():
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lindwurm Zahn-News</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b5d3b;color:#fff;padding:18px;font-size:22px">Lindwurm Zahn-News &middot; März 2026</td></tr>
<tr><td style="padding:18px;font-size:14px;line-height:1.5">
<h2 style="color:#0b5d3b">Implantat, Brücke oder Prothese?</h2>
<p>Rund jede dritte Person zwischen 65 und 74 Jahren in Deutschland trägt heute mindestens ein
Zahnimplantat. Die gesetzliche Krankenkasse zahlt dafür nur den befundorientierten Festzuschuss &ndash;
der Eigenanteil liegt schnell bei 2.000 bis 3.500 Euro pro Implantat.</p>
<p>Mit <b>Lindwurm ZahnPlus 90</b> erstatten wir 90&nbsp;% der Kosten für Zahnersatz inklusive
Implantate, Inlays und Knochenaufbau &ndash; nach Abzug der Kassenleistung.</p>
<h2 style="color:#0b5d3b">Professionelle Zahnreinigung: zweimal im Jahr</h2>
<p>Ab sofort übernehmen wir in den Tarifen ZahnPlus 70 und 90 bis zu 160&nbsp;Euro pro Jahr für
die professionelle Zahnreinigung. Einfach die Rechnung in der Lindwurm-App fotografieren &ndash;
fertig.</p>
<h2 style="color:#0b5d3b">Wussten Sie schon?</h2>
<ul>
<li>Parodontitis ist die häufigste Ursache für Zahnverlust bei Erwachsenen.</li>
<li>Kinder sollten ab dem ersten Zahn zweimal täglich geputzt werden.</li>
<li>Kieferorthopädie für Kinder: Wir leisten auch bei KIG 1 und 2.</li>
</ul>
<p><a href="https://www.lindwurm-versicherung.example/zahn">Jetzt Tarife vergleichen</a></p>
</td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#777">
Sie erhalten diesen Newsletter, weil Sie ihn auf www.lindwurm-versicherung.example bestellt haben.
<a href="https://www.lindwurm-versicherung.example/newsletter/abmelden">Abmelden</a><br>
Lindwurm Krankenversicherung AG &middot; Lindwurmplatz 1 &middot; 34117 Kassel &middot; Amtsgericht Kassel HRB 9147
</td></tr></table></body></html>
"""
    return envelope(html(h), TM_NEWS, ('Newsletter-Abonnenten', 'zahn-news@lists.lindwurm-versicherung.example'),
                    'Zahn-News März: Implantate, Zahnreinigung & mehr', dt(3, 12, 7, 0), mailer='crm',
                    extra=[('List-Unsubscribe', '<https://www.lindwurm-versicherung.example/newsletter/abmelden>'),
                           ('Precedence', 'bulk')], org=False)


@mail(12, 'S', 'de', 'internal',
      'disability claims hands a suspected non-disclosure case to legal: name, birth date, occupation, diagnosis history table in HTML')
def m012():
    tab = [('14.02.2021', 'Dr. Pohl, Orthopädie', 'M54.4 Lumboischialgie', 'AU 3 Wochen'),
           ('07.09.2021', 'Radiologie Kassel-Nord', 'MRT LWS: Protrusion L4/L5', '–'),
           ('22.03.2022', 'Dr. Pohl, Orthopädie', 'M51.2 Bandscheibenverlagerung', 'PRT-Infiltration'),
           ('10.01.2023', 'Hausarzt Dr. Lenz', 'M54.5 Kreuzschmerz', 'AU 10 Tage')]
    plain = """Hallo Frau Wenzel,

wie telefonisch besprochen gebe ich Ihnen den BU-Leistungsfall
LF-26-00731 zur rechtlichen Prüfung.

Versicherter: Ralf Dittmann, geb. 04.07.1979, Dachdecker(meister)
Vertrag:      LV 61-0387422, SBU, Beginn 01.07.2023, BU-Rente 2.100 € mtl.
Leistungsantrag vom 28.10.2025 wegen Bandscheibenvorfall L4/L5 (M51.1),
OP 09/2025, seitdem nicht mehr arbeitsfähig als Dachdecker.

Die Auskunft der Krankenkasse zeigt Behandlungen VOR Antragstellung
(Antrag unterschrieben 12.06.2023), die in den Gesundheitsfragen nicht
angegeben wurden (Frage 3: "Wirbelsäule … in den letzten 5 Jahren"):

Datum       Behandler                 Diagnose/Befund                    Bemerkung
""" + ''.join('%-12s%-26s%-35s%s\n' % r for r in tab) + """
Bitte prüfen, ob wir zurücktreten bzw. anfechten können (§§ 19 ff. VVG,
Frist § 21 VVG – Kenntnis seit 19.01.2026). Der Vermittler ist ein
Ausschließlichkeitsvertreter; die Antragsaufnahme lief über das Tablet.

""" + SIG['santoro'] + '\n'
    rows = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n' % r for r in tab)
    h = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Hallo Frau Wenzel,</p>
<p>wie telefonisch besprochen gebe ich Ihnen den BU-Leistungsfall <b>LF-26-00731</b> zur rechtlichen Prüfung.</p>
<p>Versicherter: Ralf Dittmann, geb. 04.07.1979, Dachdecker(meister)<br>
Vertrag: LV 61-0387422, SBU, Beginn 01.07.2023, BU-Rente 2.100 &euro; mtl.<br>
Leistungsantrag vom 28.10.2025 wegen Bandscheibenvorfall L4/L5 (M51.1), OP 09/2025, seitdem nicht mehr arbeitsfähig als Dachdecker.</p>
<p>Die Auskunft der Krankenkasse zeigt Behandlungen <u>vor</u> Antragstellung (Antrag unterschrieben 12.06.2023),
die in den Gesundheitsfragen nicht angegeben wurden (Frage 3: &bdquo;Wirbelsäule &hellip; in den letzten 5 Jahren&ldquo;):</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Datum</th><th>Behandler</th><th>Diagnose/Befund</th><th>Bemerkung</th></tr>
""" + rows + """</table>
<p>Bitte prüfen, ob wir zurücktreten bzw. anfechten können (&sect;&sect; 19 ff. VVG, Frist &sect; 21 VVG &ndash;
Kenntnis seit 19.01.2026). Der Vermittler ist ein Ausschließlichkeitsvertreter; die Antragsaufnahme lief über das Tablet.</p>
<p>Viele Grüße<br>Marco Santoro<br>Leistung Leben/BU<br>Lindwurm Lebensversicherung AG<br>Tel. 0561 9145-4620</p>
</body></html>
"""
    return envelope(alt(text(plain), html(h)), SANTORO, WENZEL,
                    'LF-26-00731 Dittmann – Prüfung Anzeigepflichtverletzung', dt(1, 26, 14, 37),
                    cc=[TM_RA], mailer='outlook', extra=[('Importance', 'high')])


@mail(13, 'C', 'de', 'internal',
      'service passes a new bank account for household and liability contracts to premium accounting: name, contracts, IBAN')
def m013():
    body = """Hallo Beitragsbuchhaltung,

Frau Sevgi Özdemir hat uns heute ein neues SEPA-Lastschriftmandat
geschickt (Scan liegt im Vorgang VG-2026-0127730). Bitte ab der
Fälligkeit 01.03.2026 für beide Verträge umstellen:

  HR 30-771203  Hausrat
  PH 33-771204  Privathaftpflicht

Neue Bankverbindung: IBAN DE88 1538 2579 8378 9027 00
Kontoinhaberin: Sevgi Özdemir
Die alte Verbindung bei der Volksbank bitte deaktivieren, das Konto
wird zum Monatsende geschlossen.

Danke!

""" + SIG['brandt'] + '\n'
    return envelope(text(body), BRANDT, TM_BB, 'Bankverbindung ändern – Özdemir HR/PH', dt(2, 11, 9, 12),
                    mailer='outlook')


@mail(14, 'N', 'en', 'internal',
      'trap: group legal case-law update on pre-contractual disclosure in life and disability insurance, PDF, no person')
def m014():
    body = """Dear colleagues,

please find attached Legal Update 2026/02 on pre-contractual disclosure
duties in life and disability insurance. In short:

1. Germany: the Federal Court of Justice confirmed that an insurer can
   only rescind if the application question was asked in text form and
   the consequences of a breach were explained in a separate notice.
   Tablet applications need a separate screen for that notice.
2. Ireland: under the Consumer Insurance Contracts Act 2019 the insurer
   can no longer rely on a "basis of contract" clause; questions must be
   specific, and an innocent misstatement only allows a proportionate
   remedy.
3. Practical point for claims teams: when a claim reveals earlier
   treatment, please hand the file to Legal before writing to the
   customer. Do not announce a rescission in the first letter.

Happy to discuss at the Claims-Legal jour fixe on 26 February.

""" + SIG['gallagher'] + '\n' + FOOT_IE + '\n'
    pdfb = pdf([
        '# Group Legal - Legal Update 2026/02',
        'Pre-contractual disclosure in life and disability insurance',
        '',
        '1. Germany (sections 19-22 VVG)',
        '   - Questions must be asked in text form before the contract is concluded.',
        '   - The applicant must be informed of the consequences by a separate notice.',
        '   - Rescission period: one month from the insurer becoming aware of the breach.',
        '   - Tablet processes: the notice needs its own screen and confirmation click.',
        '',
        '2. Ireland (Consumer Insurance Contracts Act 2019)',
        '   - No "basis of contract" clauses.',
        '   - Innocent misrepresentation: proportionate remedy only.',
        '   - Fraudulent misrepresentation: avoidance possible.',
        '',
        '3. Recommended handling in claims',
        '   - Hand the file to Legal as soon as earlier treatment becomes known.',
        '   - Keep the claims decision open, no premature statements to the customer.',
        '   - Document the date of knowledge (start of the one-month period).',
        '',
        'Contact: Fiona Gallagher, Group Legal Dublin',
    ], title='Legal Update 2026/02', author='Fiona Gallagher', when="20260216090000+00'00'")
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'), attach(pdfb, PDF, 'Legal_Update_2026-02.pdf')),
                    GALLAGHER, [TM_LV, TM_UWL, TM_LEITUNG], 'Legal Update 2026/02 - pre-contractual disclosure',
                    dt(2, 16, 9, 5, 'ie'), mailer='outlook')


@mail(15, 'S', 'de', 'insurer-to-lawyer',
      'legal hands the disability lawsuit to outside counsel: name, diagnosis, treatment chronology in DOCX, quoted claims mail')
def m015():
    body = """Sehr geehrte Frau Dr. Brenner,

wie angekündigt übersende ich Ihnen das Mandat in Sachen

    Dittmann ./. Lindwurm Lebensversicherung AG
    LG Kassel, Az. 4 O 212/26 (Klage auf BU-Rente)

Die Klage ist uns am 09.03.2026 zugestellt worden; die Frist zur
Verteidigungsanzeige läuft am 23.03.2026 ab. Wir hatten am 12.02.2026
den Rücktritt vom Vertrag LV 61-0387422 wegen Verletzung der vorver-
traglichen Anzeigepflicht erklärt (nicht angegebene Behandlungen der
Wirbelsäule 2021–2023, u. a. Bandscheibenverlagerung M51.2 mit
PRT-Infiltration). Der Kläger bestreitet, die Behandlungen gekannt zu
haben, und beruft sich auf eine fehlerhafte Beratung durch den Vertreter.

Die Chronologie mit allen Behandlungsdaten aus der Krankenkassenauskunft
und unserer Korrespondenz hängt als Word-Datei an. Die vollständige Akte
stellen wir Ihnen wie immer über das SecureMail-Portal bereit.

Zur Einordnung unten noch die ursprüngliche Übergabe aus der Leistungs-
abteilung.

""" + SIG['wenzel'] + """

-----Ursprüngliche Nachricht-----
Von: Santoro, Marco
Gesendet: Montag, 26. Januar 2026 14:37
An: Wenzel, Claudia
Cc: Rechtsabteilung
Betreff: LF-26-00731 Dittmann – Prüfung Anzeigepflichtverletzung

Hallo Frau Wenzel,

wie telefonisch besprochen gebe ich Ihnen den BU-Leistungsfall
LF-26-00731 zur rechtlichen Prüfung.
Versicherter: Ralf Dittmann, geb. 04.07.1979, Dachdecker(meister)
Leistungsantrag vom 28.10.2025 wegen Bandscheibenvorfall L4/L5 (M51.1),
OP 09/2025 …
"""
    doc = docx([
        ('h', 'Chronologie Dittmann ./. Lindwurm Lebensversicherung AG (LG Kassel 4 O 212/26)'),
        'Vertrag LV 61-0387422, SBU, Versicherungsbeginn 01.07.2023',
        ('table', [
            ['Datum', 'Ereignis', 'Quelle'],
            ['14.02.2021', 'Lumboischialgie (M54.4), AU 3 Wochen, Dr. Pohl', 'KK-Auskunft'],
            ['07.09.2021', 'MRT LWS: Protrusion L4/L5', 'KK-Auskunft'],
            ['22.03.2022', 'Bandscheibenverlagerung (M51.2), PRT-Infiltration', 'KK-Auskunft'],
            ['10.01.2023', 'Kreuzschmerz (M54.5), AU 10 Tage, Dr. Lenz', 'KK-Auskunft'],
            ['12.06.2023', 'Antrag unterschrieben, Frage 3 (Wirbelsäule) mit "nein" beantwortet', 'Antrag'],
            ['09/2025', 'Bandscheibenvorfall L4/L5 (M51.1), Nukleotomie', 'Leistungsantrag'],
            ['28.10.2025', 'Leistungsantrag BU', 'Akte'],
            ['19.01.2026', 'Eingang KK-Auskunft (Kenntnis)', 'Akte'],
            ['12.02.2026', 'Rücktrittserklärung', 'Akte'],
            ['09.03.2026', 'Zustellung der Klage', 'Akte'],
        ]),
        'Erstellt: C. Wenzel, Rechtsabteilung, 11.03.2026',
    ], title='Chronologie Dittmann', author='Claudia Wenzel', when='2026-03-11T08:30:00Z')
    return envelope(mixed(text(body), attach(doc, DOCX, 'Chronologie_Dittmann_4O212-26.docx')),
                    WENZEL, ('Dr. Ulrike Brenner', 'u.brenner@kanzlei-brenner.example'),
                    '[streng vertraulich] Mandat Dittmann ./. Lindwurm Lebensversicherung AG – LG Kassel 4 O 212/26',
                    dt(3, 11, 9, 18), cc=[TM_RA], mailer='outlook')


@mail(16, 'N', 'mixed', 'internal',
      'trap: bilingual routing matrix for handovers (which team handles doctor invoices, death claims, arrears), no case data')
def m016():
    rows = [('Arztrechnungen, Klinikrechnungen (KV)', 'Doctor and hospital invoices (health)', 'leistung-kranken@'),
            ('Heil- und Kostenpläne Zahn', 'Dental treatment plans', 'leistung-zahn@'),
            ('Todesfall Leben, BU-Leistungsantrag', 'Death claims, disability claims', 'leistung-leben@'),
            ('Unfallmeldung mit Verletzung', 'Accident with injury', 'leistung-unfall@'),
            ('Pflegegrad, Pflegegeld', 'Long-term care', 'leistung-pflege@'),
            ('Kfz-Schaden ohne Personenschaden', 'Motor claim, no injury', 'schaden-kfz@'),
            ('Kfz-Schaden mit Personenschaden', 'Motor claim with injury', 'personenschaden@'),
            ('Beitragsrückstand ab Mahnstufe 3', 'Premium arrears from dunning level 3', 'forderungsmanagement@'),
            ('Klage, Anwaltsschreiben', 'Lawsuits, lawyer letters', 'rechtsabteilung@'),
            ('Verdacht auf Betrug', 'Suspected fraud', 'betrugsabwehr@')]
    plain = """Liebe Kolleginnen und Kollegen in Kassel, dear colleagues in Lisbon and Krakow,

anbei die aktualisierte Zuständigkeitsmatrix (gültig ab 01.03.2026).
Please find below the updated routing matrix (valid from 1 March 2026).

Neu / new: Kfz-Schäden mit Verletzten gehen direkt an das Personenschaden-Team,
nicht mehr an Schaden Kfz. Motor claims with injured persons now go straight to
the bodily injury team.

""" + ''.join('- %s / %s -> %s%s\n' % (a, b, c, DOM) for a, b, c in rows) + """
Bei Unklarheiten / if in doubt: Prozessmanagement, Laura Brandt.

""" + SIG['brandt'] + '\n'
    trs = ''.join('<tr><td>%s</td><td><i>%s</i></td><td><code>%s%s</code></td></tr>\n' % (a, b, c, DOM)
                  for a, b, c in rows)
    h = """<html><body style="font-family:Arial;font-size:10pt">
<p>Liebe Kolleginnen und Kollegen in Kassel, dear colleagues in Lisbon and Krakow,</p>
<p>anbei die aktualisierte Zuständigkeitsmatrix (gültig ab 01.03.2026).<br>
<i>Please find below the updated routing matrix (valid from 1 March 2026).</i></p>
<p><b>Neu / new:</b> Kfz-Schäden mit Verletzten gehen direkt an das Personenschaden-Team, nicht mehr an Schaden Kfz.
<i>Motor claims with injured persons now go straight to the bodily injury team.</i></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eee"><th>Anliegen</th><th>Topic</th><th>Postfach / mailbox</th></tr>
""" + trs + """</table>
<p>Bei Unklarheiten / <i>if in doubt</i>: Prozessmanagement, Laura Brandt.</p>
</body></html>
"""
    return envelope(alt(text(plain), html(h)), BRANDT, [TM_SERVICE, TM_SSC],
                    'Zuständigkeitsmatrix / routing matrix ab 01.03.2026', dt(2, 25, 12, 0), mailer='outlook')


@mail(17, 'C', 'de', 'insurer-to-customer',
      'recovery team tells the motor customer her claim was handed over from claims: name, claim number, plate, deductible; quoted question')
def m017():
    body = """Sehr geehrte Frau Sandmann,

vielen Dank für Ihre Nachricht. Ihr Schaden S-26-004187 (Vollkasko,
Fahrzeug KS-HS 218) ist von unserer Kfz-Schadenabteilung an uns, die
Regressabteilung, übergeben worden. Ihre Reparatur ist bezahlt; wir
fordern das Geld jetzt von der Haftpflichtversicherung des Unfall-
gegners zurück.

Zu Ihrer Frage: Ihre Selbstbeteiligung von 300,00 € machen wir bei der
Gegenseite gleich mit geltend. Sobald Geld eingeht, überweisen wir
Ihnen die 300 € auf Ihr bei uns hinterlegtes Konto. Wenn die Gegen-
seite voll zahlt, wird auch Ihr Schadenfreiheitsrabatt wieder
zurückgestuft – Sie müssen dafür nichts tun.

Das kann erfahrungsgemäß einige Wochen dauern. Ich melde mich, sobald
es Neuigkeiten gibt.

Mit freundlichen Grüßen

Jörg Falkenberg
Regress
Lindwurm Allgemeine Versicherung AG
Tel. 0561 9145-3660

""" + FOOT_ALLG + """

-----Ursprüngliche Nachricht-----
Von: Heike Sandmann <heike.sandmann@netzpost.example>
Gesendet: Dienstag, 24. Februar 2026 19:03
An: schaden-kfz@lindwurm-versicherung.example
Betreff: Schaden S-26-004187 - Selbstbeteiligung?

Hallo,
der Herr Reuter hat mir gesagt, mein Fall ist jetzt bei einer anderen
Abteilung. Bekomme ich meine 300 Euro Selbstbeteiligung zurück? Ich war
ja nicht schuld, der andere ist mir hinten drauf gefahren!
Gruß H. Sandmann
"""
    return envelope(text(body), FALKENBERG, ('Heike Sandmann', 'heike.sandmann@netzpost.example'),
                    'AW: Schaden S-26-004187 - Selbstbeteiligung?', dt(2, 25, 11, 26),
                    mailer='outlook', in_reply_to='<d145.0017.0.5e2b9d41@netzpost.example>')


@mail(18, 'S', 'de', 'internal',
      'premium accounting hands health-insurance premium arrears to collections: names, KV numbers, emergency tariff, XLSX list')
def m018():
    body = """Hallo Stefan,

anbei die drei KV-Fälle aus dem Februar-Lauf, die jetzt bei euch landen
müssen. Alle drei haben nach der zweiten Mahnung nicht reagiert; bei
Herrn Wendt ist der Rückstand inzwischen über zwei Monatsbeiträgen, d. h.
das Ruhen der Leistungen nach § 193 Abs. 6 VVG steht an (Notlagentarif).

Bitte beachten: Herr Wendt hat lt. Leistung eine laufende Behandlung,
Akutversorgung muss weiter erstattet werden – bitte vor dem Ruhens-
bescheid kurz mit Petra Lindqvist abstimmen.

Details in der Liste.

""" + SIG['hahn'] + '\n'
    xb = xlsx([('KV-Rückstände 02-2026', [
        ['Vers.-Nr.', 'Name', 'Vorname', 'Tarif', 'Monatsbeitrag', 'Rückstand', 'Mahnstufe', 'Bemerkung'],
        ['KV-1184206-01', 'Wendt', 'Hagen', 'KomfortPlus ambulant/stationär', 612.88, 1838.64, 2,
         'Notlagentarif prüfen, lfd. Behandlung'],
        ['KV-2950331-01', 'Marx', 'Viktoria', 'Kompakt 1500', 389.5, 779.0, 2, 'Ratenzahlung angefragt (tel.)'],
        ['KV-3012877-02', 'Nguyen', 'Thi Lan', 'Zahn 90 + Krankenhaus', 74.2, 222.6, 2, 'Lastschrift zurück (Konto erloschen)'],
    ])], title='KV Rückstände Februar 2026', author='Nicole Hahn', when='2026-03-02T07:45:00Z')
    return envelope(mixed(text(body), attach(xb, XLSX, 'KV_Rueckstaende_2026-02.xlsx')),
                    HAHN, BRUECKNER, 'Übergabe KV-Rückstände Februar (3 Fälle)', dt(3, 2, 8, 4),
                    cc=[TM_FM], mailer='outlook')


@mail(19, 'N', 'de', 'internal',
      'out-of-office auto-reply of a property claims handler, names the substitute mailbox, no case data')
def m019():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 20.02.2026, nicht im Haus und lese
meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weiter-
geleitet.

In dringenden Fällen wenden Sie sich bitte an das Teampostfach
schaden-sach@lindwurm-versicherung.example oder telefonisch an die
Servicenummer 0561 9145-3400.

Mit freundlichen Grüßen
Sabine Kolb
Schaden Sach (Hausrat/Wohngebäude)
"""
    return envelope(text(body, cs='iso-8859-1', cte='quoted-printable'), KOLB, TM_SERVICE,
                    'Automatische Antwort: Übergabe Leitungswasser - Rückfrage', dt(2, 16, 8, 31),
                    mailer='outlook', subject_cs='iso-8859-1',
                    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


@mail(20, 'S', 'en', 'internal',
      'assistance desk hands a travel-health emergency to health claims: dengue fever in Bangkok, hospital, cost guarantee, HTML-only')
def m020():
    h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear colleagues,</p>
<p>we are handing over assistance case <b>AS-26-02291</b> to health claims for settlement. Summary:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Insured person</b></td><td>Jonas Feldmann, KV-4471093-01 (travel health cover included)</td></tr>
<tr><td><b>Location</b></td><td>Bangkok, Thailand &ndash; Samitivej Sukhumvit Hospital</td></tr>
<tr><td><b>Admission</b></td><td>11 Feb 2026, high fever, severe headache, rash</td></tr>
<tr><td><b>Diagnosis</b></td><td>Dengue fever (A97.1, with warning signs), platelets 38,000/&micro;l on 12 Feb</td></tr>
<tr><td><b>Cost guarantee</b></td><td>THB 310,000 (approx. EUR 8,500) issued 12 Feb, 14:20 CET</td></tr>
<tr><td><b>Status 16 Feb</b></td><td>Platelets recovering (96,000), fit to fly expected 19 Feb</td></tr>
<tr><td><b>Repatriation</b></td><td>Not medically necessary; rebooked scheduled flight BKK&ndash;FRA 20 Feb, extra costs EUR 640</td></tr>
</table>
<p>Case log:</p>
<ul>
<li>11 Feb 23:10 &ndash; call from Mr Feldmann&rsquo;s partner, patient in emergency room</li>
<li>12 Feb 09:30 &ndash; our doctor spoke with the treating physician, admission justified</li>
<li>14 Feb &ndash; stable, no bleeding, IV fluids</li>
<li>16 Feb &ndash; discharge planned for 18 Feb</li>
</ul>
<p>The hospital invoice will come to us directly under the guarantee. Rebooking costs fall under the
travel insurance (RE 50-220914) &ndash; Lisa, could you take that part?</p>
<p>Best regards,<br>Sophie Martin<br>Case Manager | Lindwurm Assistance 24/7<br>+49 561 9145-9000 (24h)</p>
</body></html>
"""
    return envelope(html(h), MARTIN, [TM_KV, TM_REISE], 'Handover AS-26-02291 Feldmann - Bangkok',
                    dt(2, 16, 17, 55), cc=[BECKER], mailer='outlook')


@mail(21, 'C', 'de', 'internal',
      'liability claims hands a child-caused car scratch to legal: named policyholder and child, liability contract, demand letter, no injury')
def m021():
    body = """Hallo Claudia,

kannst du dir bitte den PHV-Schaden S-26-002964 anschauen? Ich komme mit
der Gegenseite nicht weiter und möchte das nicht ohne euch entscheiden.

VN: Markus Hellwig, Vertrag PH 33-612087 (Familientarif)
Mitversichert: Sohn Leon, 9 Jahre

Leon ist am 27.01. mit dem Fahrrad auf dem Gehweg an einem geparkten
Tesla entlanggeschrammt (Lenker). Lackschaden Fahrertür und hintere Tür,
Kostenvoranschlag 2.340,00 € netto. Verletzt hat sich niemand.

Der Halter, Herr Dr. Brückmann, lässt über RA Schönfeld die vollen Kosten
fordern und argumentiert mit Verletzung der Aufsichtspflicht (Vater war
ca. 50 m entfernt). Unser Tarif deckt deliktsunfähige Kinder mit bis
5.000 € – das Kind ist aber über 7 und im Straßenverkehr …? § 828 Abs. 2
BGB greift m. E. nicht, weil das Auto stand.

Meine Frage: zahlen wir aus der Haftpflicht, oder wehren wir ab und
bieten aus der Deliktsunfähigkeits-Klausel nichts an? Herr Hellwig möchte
ausdrücklich, dass wir zahlen – der Nachbar ist sein Vermieter.

Schreiben von RA Schönfeld liegt im Vorgang.

""" + SIG['oehme'] + '\n'
    return envelope(text(body), OEHME, WENZEL, 'PHV S-26-002964 Hellwig – Aufsichtspflicht / Frage an RA',
                    dt(2, 12, 13, 50), cc=[TM_RA], mailer='outlook')


@mail(22, 'N', 'de', 'internal',
      'trap: training invitation ICD-10-GM 2026 update for claims staff with ICS, medical vocabulary, no person')
def m022():
    body = """Liebe Kolleginnen und Kollegen,

zum Jahreswechsel ist die ICD-10-GM 2026 in Kraft getreten. Die
wichtigsten Änderungen für die Leistungsbearbeitung stelle ich in einer
einstündigen Schulung vor:

 - neue Codes für Long-/Post-COVID (U09.9 Präzisierungen)
 - geänderte Zusatzkennzeichen G/V/Z/A
 - Kapitel F: was die Psychotherapie-Richtlinie für unsere Tarife bedeutet
 - typische Codierfehler auf Arztrechnungen und wie man sie erkennt

Die Schulung findet zweimal statt, eine Einladung für den ersten Termin
hängt an. Beispiele sind anonymisiert, bitte bringen Sie keine echten
Fälle mit.

Herzliche Grüße
Yasemin Korkmaz

""" + SIG['korkmaz'] + '\n'
    cal = ics([{
        'uid': 'd145-0022-schulung-icd@' + DOM, 'start': '20260303T100000', 'end': '20260303T110000',
        'summary': 'Schulung ICD-10-GM 2026 für die Leistungsbearbeitung (Termin 1)',
        'location': 'Kassel, Lindwurmplatz 1, Raum 3.14 / Teams',
        'description': 'Referentin: Dr. Yasemin Korkmaz, Ärztlicher Dienst. Zielgruppe: Leistung Kranken, '
                       'Leben/BU, Unfall, Pflege.',
        'organizer': ('Dr. Yasemin Korkmaz', 'yasemin.korkmaz@' + DOM),
        'attendees': [('Leistung Kranken', 'leistung-kranken@' + DOM), ('Leistung Leben/BU', 'leistung-leben@' + DOM),
                      ('Leistung Unfall', 'leistung-unfall@' + DOM), ('Leistung Pflege', 'leistung-pflege@' + DOM)],
    }])
    return envelope(mixed(text(body), attach(cal, 'text/calendar; charset="utf-8"; method=REQUEST', 'einladung.ics')),
                    KORKMAZ, [TM_KV, TM_LV, TM_UV, TM_PFLEGE], 'Einladung: Schulung ICD-10-GM 2026',
                    dt(2, 17, 10, 40), mailer='outlook')


@mail(23, 'S', 'de', 'internal',
      'accident benefits hands an invalidity assessment to the medical officer: named insured, finger amputation, limb table, ODT order')
def m023():
    body = """Sehr geehrter Herr Dr. Engel,

im Unfallvertrag UV 55-140298 (VN und versicherte Person: Emil Strobel,
Schreinermeister, 54 J.) steht die Invaliditätsbemessung an.

Unfall 14.08.2025: Verletzung an der Formatkreissäge in der eigenen
Werkstatt, traumatische Amputation des rechten Zeigefingers im
Grundgelenk sowie Strecksehnenverletzung am Mittelfinger rechts.
Replantation war nicht möglich. Behandlung BG-Unfallklinik, danach
Handtherapie bis 12/2025.

Nach Gliedertaxe wären für den Zeigefinger 10 % anzusetzen; für die
Funktionsbeeinträchtigung des Mittelfingers brauchen wir einen
Bruchteil des Fingerwerts. Herr Strobel macht zusätzlich eine
Beeinträchtigung der ganzen Hand geltend (Greifkraft deutlich
gemindert).

Ich würde eine Begutachtung bei Frau Dr. Haas (Handchirurgie) in Auftrag
geben. Entwurf des Gutachtenauftrags hängt an – bitte prüfen Sie die
Fragestellung, bevor ich ihn rausschicke. Die Frist für die Bemessung
(15 Monate nach Unfall) endet am 14.11.2026, wir haben also noch Luft.

""" + SIG['voss'] + '\n'
    doc = odt([
        ('h', 'Gutachtenauftrag (Entwurf) – Unfallversicherung UV 55-140298'),
        'Versicherte Person: Emil Strobel, geb. 03.05.1971, Baunatal',
        'Unfalltag: 14.08.2025 – Formatkreissäge, rechte Hand',
        'Befunde laut Bericht BG-Unfallklinik: Amputation Zeigefinger rechts im Grundgelenk (S68.1), '
        'Strecksehnendurchtrennung Mittelfinger rechts (S66.3), Zustand nach Sehnennaht.',
        ('h', 'Fragen an die Gutachterin'),
        '1. Welche dauerhaften Unfallfolgen bestehen am rechten Zeige- und Mittelfinger?',
        '2. In welchem Umfang ist die Funktion des Mittelfingers beeinträchtigt (Bruchteil des Fingerwerts)?',
        '3. Liegt darüber hinaus eine Funktionsbeeinträchtigung der Hand vor, die nicht durch die Fingerwerte erfasst ist?',
        '4. Haben Krankheiten oder Gebrechen bei den Unfallfolgen mitgewirkt?',
        ('table', [['Körperteil', 'Gliedertaxe', 'Bemerkung'],
                   ['Zeigefinger', '10 %', 'Verlust'],
                   ['Mittelfinger', '10 %', 'Funktionsbeeinträchtigung, Bruchteil offen'],
                   ['Hand im Handgelenk', '55 %', 'nur falls Hand insgesamt betroffen']]),
        'Bearbeiter: Daniel Voß, Leistung Unfall',
    ], title='Gutachtenauftrag Strobel Entwurf', author='Daniel Voß', when='2026-03-04T11:02:00')
    return envelope(mixed(text(body), attach(doc, ODT, 'Gutachtenauftrag_Strobel_Entwurf.odt')),
                    VOSS, ENGEL, 'UV 55-140298 Strobel – Invalidität / Gutachtenauftrag', dt(3, 4, 11, 9),
                    cc=[TM_AD], mailer='tb')


@mail(24, 'C', 'en', 'insurer-to-broker',
      'grey: cargo claim of a client company handed to the London broker with named managing director, claim and policy number, PDF survey')
def m024():
    body = """Dear James,

further to our call: the cargo claim of your client has now been passed
from our first-notice team to me for settlement.

Insured:        Hesse Feinmechanik GmbH, Melsungen
Contact:        Mr Bernd Hesse, managing director (+49 5661 145 220)
Open cover:     TR 85-30417
Claim:          S-26-T-00188
Consignment:    1 CNC milling machine, Melsungen -> Birmingham, via Rotterdam
Damage:         crate dropped during transhipment in Rotterdam on 9 Jan 2026;
                spindle housing cracked, machine not repairable on site

The surveyor's preliminary report is attached. Sum insured EUR 186,000;
the manufacturer quotes EUR 41,300 for a new spindle unit plus
technician. We will reserve EUR 48,000 and pursue the port operator.

Could you please ask the consignee to keep the crate and packaging until
the recovery agent has seen it?

""" + SIG['klein'] + '\n' + FOOT_ALLG + '\n'
    pdfb = pdf([
        '# Preliminary Survey Report - Claim S-26-T-00188',
        'Surveyor: Van Dijk Marine Surveyors B.V., Rotterdam',
        'Date of survey: 12 January 2026',
        '',
        'Subject-matter: 1 CNC milling machine type HF-5X in wooden seaworthy crate, 4,850 kg',
        'Shipper/Insured: Hesse Feinmechanik GmbH, Melsungen, Germany',
        'Consignee: Midlands Precision Ltd, Birmingham, UK',
        '',
        'Findings:',
        '- Crate base broken on one side, impact marks consistent with a drop of approx. 40 cm',
        '- Spindle housing cracked, coolant line torn, control cabinet intact',
        '- Tally sheet of terminal shows "re-stacked" at 03:15 on 9 January 2026',
        '',
        'Preliminary cause: handling damage during transhipment (terminal operator).',
        'Recommendation: hold terminal operator liable; keep crate for inspection.',
        '',
        'Estimated loss: EUR 41,300 (spindle unit) + EUR 6,200 (technician, freight)',
    ], title='Survey S-26-T-00188', author='Van Dijk Marine Surveyors', when="20260113160000+01'00'")
    return envelope(mixed(text(body, cs='utf-8', cte='quoted-printable'),
                          attach(pdfb, PDF, 'Survey_prelim_S-26-T-00188.pdf')),
                    KLEIN, ('James Whitfield', 'j.whitfield@harbourside-brokers.example'),
                    'Your client Hesse Feinmechanik - cargo claim S-26-T-00188', dt(1, 20, 15, 22),
                    cc=[TM_TRANSPORT], mailer='outlook')


@mail(25, 'N', 'de', 'insurer-to-supplier',
      'trap: order for secure shredding of health-claims archive boxes (doctor reports, invoices as categories), no person')
def m025():
    body = """Sehr geehrte Frau Lorenz,

hiermit beauftragen wir gemäß Rahmenvertrag Nr. 2024-117 die Abholung
und Vernichtung folgender Altakten:

  Bereich:     Leistung Kranken, Archivraum UG 2
  Menge:       40 Sicherheitsbehälter à 240 l
  Inhalt:      Leistungsakten bis Jahrgang 2015 (Arztberichte,
               Rechnungen, Heil- und Kostenpläne, Schriftverkehr)
  Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
  Termin:      Donnerstag, 19.03.2026, ab 7:00 Uhr, Anlieferung Tor 2

Bitte schicken Sie uns wie üblich das Vernichtungsprotokoll mit
Behälternummern; die Aufbewahrungsfristen sind geprüft (Freigabe
Datenschutz liegt vor).

Mit freundlichen Grüßen

i. A. Birgit Große
Leistung Pflege / Koordination Archiv
Lindwurm Versicherungsgruppe

""" + FOOT_ALLG + '\n'
    return envelope(text(body), GROSSE, ('Carina Lorenz', 'auftrag@aktenvernichtung-nord.example'),
                    'Auftrag Aktenvernichtung 19.03.2026 – 40 Behälter', dt(3, 5, 9, 44), mailer='outlook')


@mail(26, 'S', 'de', 'customer',
      'service forwards a daughter mail about her mother to long-term care: Alzheimer diagnosis, care grade application, appointment')
def m026():
    body = """Hallo Birgit,

die Mail unten kam heute ins Servicepostfach. Pflegeantrag ist laut
Bestand noch keiner angelegt. Kannst du das übernehmen und die Tochter
wegen Vollmacht/Betreuung kontaktieren? Ich habe ihr geschrieben, dass
sich die Pflege-Leistung meldet.

Gruß Mehmet


-------- Weitergeleitete Nachricht --------
Betreff: Pflegegrad für meine Mutter Gertrud Vogelsang
Datum: Sun, 8 Mar 2026 18:22:05 +0100
Von: Katrin Vogelsang <k.vogelsang@kabelmail.example>
An: kundenservice@lindwurm-versicherung.example

Sehr geehrte Damen und Herren,

meine Mutter, Gertrud Vogelsang (geb. 14.10.1941), ist bei Ihnen privat
kranken- und pflegeversichert (Vers.-Nr. KV-0871123-01). Bei ihr wurde
im Januar von der Neurologin eine Alzheimer-Demenz festgestellt, sie
vergisst inzwischen Herd und Medikamente und ist nachts oft unruhig.
Ich wohne bei ihr im Haus und kümmere mich, mein Bruder hilft an
den Wochenenden.

Wie beantrage ich einen Pflegegrad? Brauchen Sie eine Vollmacht von mir?
Die Hausärztin meint, Pflegegrad 3 sei realistisch.

Vielen Dank
Katrin Vogelsang
"""
    return envelope(text(body, cs='utf-8', cte='8bit', flowed=True), AYDIN, GROSSE,
                    'Fwd: Pflegegrad für meine Mutter Gertrud Vogelsang', dt(3, 9, 8, 20),
                    cc=[TM_PFLEGE], mailer='tb')


@mail(27, 'C', 'de', 'internal',
      'broker relations passes a young driver quote to motor underwriting: name, birth date, licence, vehicle, eVB request')
def m027():
    body = """Moin zusammen,

Makler Jensen (Vermittlernr. 40-7712) bittet um ein Angebot plus eVB
für einen Fahranfänger. Da der Kunde erst 18 ist, läuft das laut
Annahmerichtlinie über euch:

  Name:            Lukas Feist
  Geburtsdatum:    23.09.2007
  Anschrift:       Triftweg 6, 34355 Staufenberg
  Führerschein:    Klasse B seit 24.09.2025 (vorher BF17)
  Fahrzeug:        VW Polo 1.0 TSI, EZ 03/2019, HSN/TSN 0603/BJM
  Halter:          Lukas Feist (nicht die Eltern!)
  Nutzung:         Ausbildungsbetrieb, ca. 12.000 km/Jahr
  Wunsch:          KH + Teilkasko 150 SB, Beginn 15.02.2026
  Vorvertrag:      keiner; Mutter hat Zweitwagenregelung bei uns
                   (KF 12-5520983), bitte prüfen, ob SF-Einstufung
                   über die Mutter möglich ist

Jensen bräuchte die eVB bis Freitag, der Händler will übergeben.

""" + SIG['wiese'] + '\n'
    return envelope(text(body, cs='windows-1252', cte='8bit'), WIESE, TM_UWK,
                    'Fahranfänger Feist – Angebot + eVB (Makler Jensen)', dt(2, 10, 11, 3),
                    mailer='outlook', subject_cs='windows-1252')


@mail(28, 'N', 'en', 'newsletter',
      'trap: expat health plan product newsletter with telemedicine, maternity waiting period and premiums by age band, no person')
def m028():
    plain = """LINDWURM GLOBAL SELECT - PRODUCT NEWS SPRING 2026

Dear broker partners,

three changes to our international health plan for expatriates take
effect on 1 April 2026:

1. Telemedicine worldwide: video consultations with English-, German-
   and Portuguese-speaking doctors, 24/7, no deductible.
2. Maternity: the waiting period for pregnancy and childbirth drops from
   10 to 8 months for new policies.
3. Mental health: outpatient psychotherapy up to 30 sessions a year
   without prior approval.

Indicative monthly premiums (Global Select Comfort, worldwide excl.
USA, deductible EUR 500):

   Age band   Premium
   18-29      EUR 148
   30-39      EUR 197
   40-49      EUR 266
   50-59      EUR 389

Full terms and the broker calculator are on the partner portal:
https://partner.lindwurm-versicherung.example/global-select

Lindwurm Krankenversicherung AG | Lindwurmplatz 1 | 34117 Kassel
To unsubscribe: https://partner.lindwurm-versicherung.example/unsubscribe
"""
    h = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt;color:#222">
<h2 style="color:#0b5d3b">Lindwurm Global Select &ndash; Product News Spring 2026</h2>
<p>Dear broker partners,</p>
<p>three changes to our international health plan for expatriates take effect on <b>1 April 2026</b>:</p>
<ol>
<li><b>Telemedicine worldwide:</b> video consultations with English-, German- and Portuguese-speaking doctors, 24/7, no deductible.</li>
<li><b>Maternity:</b> the waiting period for pregnancy and childbirth drops from 10 to 8 months for new policies.</li>
<li><b>Mental health:</b> outpatient psychotherapy up to 30 sessions a year without prior approval.</li>
</ol>
<p>Indicative monthly premiums (Global Select Comfort, worldwide excl. USA, deductible EUR 500):</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Age band</th><th>Premium</th></tr>
<tr><td>18&ndash;29</td><td>EUR 148</td></tr><tr><td>30&ndash;39</td><td>EUR 197</td></tr>
<tr><td>40&ndash;49</td><td>EUR 266</td></tr><tr><td>50&ndash;59</td><td>EUR 389</td></tr>
</table>
<p>Full terms and the broker calculator: <a href="https://partner.lindwurm-versicherung.example/global-select">partner portal</a></p>
<p style="font-size:8pt;color:#777">Lindwurm Krankenversicherung AG | Lindwurmplatz 1 | 34117 Kassel<br>
<a href="https://partner.lindwurm-versicherung.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return envelope(alt(text(plain, cs='us-ascii', cte='7bit'), html(h)), TM_NEWS,
                    ('Broker partners international', 'partners-intl@lists.lindwurm-versicherung.example'),
                    'Global Select: telemedicine, maternity, mental health - what changes on 1 April',
                    dt(3, 16, 8, 0), mailer='crm', org=False, extra=[('Precedence', 'bulk')])


@mail(29, 'N', 'de', 'internal',
      'trap: bodily-injury team process note on whiplash claims (thresholds, expert reports), no person or claim')
def m029():
    body = """Liebe Kolleginnen und Kollegen aus Schaden Kfz und Personenschaden,

seit der neuen Zuständigkeitsmatrix landen alle Kfz-Schäden mit
Verletzten direkt bei uns. Damit die Übergabe sauber läuft, hier die
Bearbeitungshinweise für HWS-Fälle ("Schleudertrauma"):

1. Bei Heckkollisionen mit geringer Geschwindigkeitsänderung (< 10 km/h
   laut Kfz-Gutachten) holen wir ein interdisziplinäres Gutachten erst
   ein, wenn die Forderung 3.000 € übersteigt.
2. Schmerzensgeld für HWS-Distorsionen Grad I ohne Folgeschäden bewegt
   sich nach aktueller Rechtsprechung zwischen 300 und 1.200 €.
3. Physiotherapie-Rechnungen über 12 Einheiten hinaus nur mit ärztlicher
   Verordnung und Verlaufsbericht.
4. Das Kfz-Team übergibt den Fall mit Kfz-Gutachten und Unfallskizze im
   Vorgang – bitte keine Atteste per Outlook hin- und herschicken.

Fragen gern in die Teamrunde am Donnerstag.

Gruß
Frank Oehme
(kommissarisch Personenschaden)
"""
    return envelope(text(body), OEHME, [TM_KFZ, TM_PS], 'Bearbeitungshinweise HWS-Fälle nach Übergabe',
                    dt(3, 3, 14, 5), mailer='outlook')


@mail(30, 'N', 'de', 'internal',
      'trap: announcement that the chief medical officer retires and his queue is handed over, names staff only, no customer')
def m030():
    body = """Liebe Kolleginnen und Kollegen,

nach 23 Jahren als Gesellschaftsarzt der Lindwurm Versicherungsgruppe
geht Herr Dr. med. Hartmut Engel zum 30. Juni 2026 in den Ruhestand.
Viele von Ihnen kennen ihn aus unzähligen Voten zu Anträgen, BU- und
Unfallfällen – und von seinen legendären Fortbildungen zu
"Laborwerten für Nicht-Mediziner".

Seine Nachfolge übernimmt Frau Dr. med. Yasemin Korkmaz, Fachärztin
für Innere Medizin, die seit Januar im Ärztlichen Dienst mitarbeitet.

Für die Übergabe gilt:
- Neue Anfragen ab 1. Mai bitte nur noch an das Teampostfach
  aerztlicher-dienst@lindwurm-versicherung.example, nicht mehr an
  Herrn Dr. Engel persönlich.
- Laufende Voten schließt Herr Dr. Engel bis Ende Juni selbst ab.
- Die Vertretung in Urlaubszeiten übernimmt weiterhin unsere externe
  Beratungsärztin.

Die Verabschiedung feiern wir am 26. Juni um 15 Uhr in der Kantine.

Viele Grüße
Dr. Miriam Ostertag
Vorsitzende des Vorstands
"""
    return envelope(text(body, cs='utf-8', cte='8bit'), ('Dr. Miriam Ostertag', 'miriam.ostertag@' + DOM),
                    TM_ALLE, 'Personalie: Ärztlicher Dienst – Übergabe von Dr. Engel an Dr. Korkmaz',
                    dt(4, 8, 12, 0), mailer='outlook')


@mail(31, 'C', 'en', 'internal',
      'service centre hands an expat burglary claim to property claims: name, contract, address, police reference, stolen items XLSX')
def m031():
    body = """Hello Sabine,

handing over a household claim that came in through our English line.

Policyholder:  Ms Priya Raman
Contract:      HR 30-604418 (household contents, sum insured EUR 65,000)
Address:       Schweizer Str. 52, 60594 Frankfurt am Main
Loss:          burglary, 21 Feb 2026 between 09:00 and 18:30 (at work)
Entry:         balcony door levered open (ground floor)
Police:        Polizeipraesidium Frankfurt, case no. ST/0218874/2026

She filled in the stolen items list in English, attached. Receipts for
the laptop and the camera are in the scan queue; the jewellery was
inherited, no receipts, photos only.

She is moving to Munich in April and asked to be paid before that if
possible. I did not promise anything.

""" + SIG['carvalho'] + '\n' + FOOT_EN + '\n'
    xb = xlsx([('Stolen items', [
        ['No.', 'Item', 'Bought', 'Price EUR', 'Proof'],
        [1, 'Laptop Lenovo ThinkPad X1 Carbon Gen 11', '2024-05', 1899.0, 'invoice'],
        [2, 'Camera Sony Alpha 7 IV with 24-70 lens', '2023-11', 2650.0, 'invoice'],
        [3, 'Gold necklace (inherited from grandmother)', 'n/a', 1200.0, 'photo'],
        [4, 'Two gold bangles', 'n/a', 900.0, 'photo'],
        [5, 'Cash', '', 180.0, 'none'],
        [6, 'Balcony door repair (landlord to claim?)', '', 0.0, ''],
        ['', 'Total', '', 6829.0, ''],
    ])], title='Stolen items Raman', author='Priya Raman', when='2026-02-23T19:10:00Z')
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'), attach(xb, XLSX, 'stolen_items_Raman.xlsx')),
                    CARVALHO, KOLB, 'Handover burglary claim HR 30-604418 (Raman)', dt(2, 24, 10, 48, 'pt'),
                    cc=[TM_SACH], mailer='outlook')


@mail(32, 'S', 'en', 'insurer-to-doctor',
      'medical officer asks an Irish GP for records of a life applicant: name, date of birth, asthma history, signed consent')
def m032():
    body = """Dear Dr Kearney,

Lindwurm International DAC has received an application for life
assurance from your patient

    Ms Niamh O'Sullivan, date of birth 14/03/1985,
    12 Castle Park, Monkstown, Co. Dublin.

In her application Ms O'Sullivan disclosed asthma since childhood, a
hospital admission for an acute exacerbation in 2022, and current
treatment with an inhaled steroid/LABA combination.

With her signed consent (copy enclosed in our secure message), could
you please send us:

  1. a summary of her asthma history, including any admissions and
     courses of oral steroids in the last five years;
  2. the most recent spirometry results;
  3. any other significant conditions on record.

Our standard fee of EUR 90 for a GP report will be paid on receipt of
your invoice. For data protection reasons, please reply via our secure
mailbox (the link is in the separate notification) and not by ordinary
e-mail.

Yours sincerely

Dr. med. Hartmut Engel
Chief Medical Officer, Lindwurm Versicherungsgruppe
on behalf of Lindwurm International DAC, Life Underwriting

""" + FOOT_IE + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), ENGEL,
                    ('Dr Aidan Kearney', 'reception@kearney-practice.example'),
                    '[secure] Request for medical report - Ms N. O\'Sullivan, DOB 14/03/1985',
                    dt(1, 28, 9, 15), cc=[DOYLE], mailer='outlook')


@mail(33, 'N', 'de', 'internal',
      'trap: data-protection reminder not to put diagnoses or bank data into subject lines or handover notes, fictitious examples only')
def m033():
    body = """Liebe Kolleginnen und Kollegen,

bei der Stichprobe im Februar sind uns wieder Betreffzeilen aufgefallen,
die dort nichts zu suchen haben. Betreffzeilen landen in Kalendern,
Benachrichtigungen auf dem Handy, Weiterleitungen und Protokollen – sie
werden weit öfter gesehen als der Text.

Bitte deshalb:

  falsch:  "Herr X, Bandscheibenvorfall – Rechnung Reha"
  richtig: "Leistungsfall LF-26-xxxxx – Ihre Unterlagen"

  falsch:  "Rücklastschrift Frau Y, IBAN DE.. .. .."
  richtig: "Rückfrage zu Ihrem Beitragskonto"

Für Übergaben zwischen Abteilungen gilt dasselbe: Diagnosen, Befunde,
Bankdaten und Einkommen gehören in den Vorgang, nicht in den Freitext
einer Mail. Wer extern (Anwälte, Gutachter, Inkasso) Unterlagen schicken
muss, nutzt das SecureMail-Portal oder markiert den Betreff mit
[vertraulich] bzw. [streng vertraulich] – dann verschlüsselt das Gateway.

Bei Fragen: datenschutz@lindwurm-versicherung.example

""" + SIG['raab'] + '\n'
    return envelope(text(body), RAAB, TM_ALLE, 'Datenschutz-Tipp des Monats: Betreffzeilen und Übergaben',
                    dt(3, 2, 7, 30), mailer='outlook')


@mail(34, 'S', 'de', 'internal',
      'complaints hands a complaint to health benefits: named customer, rejected psychotherapy, PTSD F43.1 after robbery, quoted chain')
def m034():
    body = """Liebe Frau Lindqvist,

anbei eine Beschwerde, die über den Vorstand bei uns gelandet ist. Die
Kundin droht mit dem Ombudsmann und der BaFin. Ich würde die Antwort
gern bis 20.03. rausgeben – können Sie mir bitte sagen, warum die
Psychotherapie abgelehnt wurde und ob wir das halten?

Aus meiner Sicht wichtig: Die Kundin hat den Antrag im November
gestellt, die Ablehnung kam erst am 29.01. Die Fristen nach § 14 VVG
bzw. die Auskunftspflicht nach § 192 Abs. 8 VVG haben wir damit wohl
gerissen.

Danke und Gruß
Ute Marquardt
Beschwerdemanagement

-----Ursprüngliche Nachricht-----
Von: Vorstandsbüro
Gesendet: Freitag, 6. März 2026 12:10
An: Beschwerdemanagement
Betreff: WG: Beschwerde Reimers, KV-5503318-01

Bitte übernehmen, Antwort im Namen des Vorstands.

-----Ursprüngliche Nachricht-----
Von: Tanja Reimers <tanja.reimers@postfach.example>
Gesendet: Donnerstag, 5. März 2026 22:41
An: vorstand@lindwurm-versicherung.example
Betreff: Beschwerde - Ablehnung meiner Therapie

Sehr geehrte Frau Dr. Ostertag,

ich bin seit 2011 bei Ihnen krankenversichert (KV-5503318-01). Nach
einem Raubüberfall in meinem Laden im Sommer 2025 wurde bei mir eine
posttraumatische Belastungsstörung (F43.1) diagnostiziert. Meine
Therapeutin hat im November die Kostenübernahme für eine
Traumatherapie (EMDR, 45 Sitzungen) beantragt.

Erst nach zweieinhalb Monaten kam eine Ablehnung, weil EMDR angeblich
nicht "schulmedizinisch anerkannt" sei. Das stimmt nicht, es ist seit
2014 Richtlinienverfahren. Ich habe die Therapie inzwischen begonnen
und zahle jede Sitzung selbst (120 Euro).

Ich erwarte eine Entscheidung innerhalb von zwei Wochen, sonst wende
ich mich an den Ombudsmann und die BaFin.

Tanja Reimers
"""
    return envelope(text(body), MARQUARDT, LINDQVIST, 'WG: Beschwerde Reimers, KV-5503318-01',
                    dt(3, 6, 14, 22), cc=[TM_KV], mailer='outlook')


@mail(35, 'C', 'de', 'insurer-to-lawyer',
      'legal instructs outside counsel in a storm-damage coverage suit: named homeowner, building contract, claim facts in ODT')
def m035():
    body = """Sehr geehrte Frau Dr. Brenner,

wir bitten Sie, uns auch in folgender Sache zu vertreten:

    Lamprecht ./. Lindwurm Allgemeine Versicherung AG
    AG Kassel, Az. 435 C 1187/26 (Streitwert 4.960,00 €)

Es geht um die Wohngebäudeversicherung WG 31-117520 des Klägers Gerd
Lamprecht (Einfamilienhaus Im Dorfe 11, 34302 Guxhagen). Der Kläger
macht einen Sturmschaden am Dach vom 18.01.2026 geltend (abgedeckte
Ziegel, Wasserschaden im Dachgeschoss). Nach der amtlichen Auskunft des
Wetterdienstes lag die maximale Böe am Schadenort bei Windstärke 7;
versichert ist Sturm erst ab Windstärke 8. Unser Sachverständiger
Dipl.-Ing. Sommer sieht zudem erhebliche Vorschäden an der Lattung.

Den Sachverhalt mit Zeitablauf habe ich Ihnen als ODT-Datei angehängt;
Gutachten, DWD-Auskunft und Korrespondenz mit dem Kläger stellen wir
über das Portal ein. Die Klageerwiderungsfrist endet am 14.04.2026.

""" + SIG['wenzel'] + '\n'
    doc = odt([
        ('h', 'Sachverhalt Lamprecht ./. Lindwurm Allgemeine (AG Kassel 435 C 1187/26)'),
        'Versicherungsnehmer/Kläger: Gerd Lamprecht, Im Dorfe 11, 34302 Guxhagen',
        'Vertrag: WG 31-117520, Wohngebäude, gleitender Neuwert, Sturm/Hagel eingeschlossen',
        'Schaden: S-26-001902, gemeldet 19.01.2026',
        ('table', [['Datum', 'Vorgang'],
                   ['18.01.2026', 'angeblicher Sturmschaden am Dach, Wasser im DG'],
                   ['19.01.2026', 'telefonische Meldung beim Kundenservice, Übergabe an Schaden Sach'],
                   ['26.01.2026', 'Besichtigung durch SV Sommer: Vorschäden an Lattung, Ziegel teils lose seit Jahren'],
                   ['02.02.2026', 'DWD-Auskunft: max. Böe 61 km/h (Bft 7) an der Station Schwalmstadt'],
                   ['06.02.2026', 'Ablehnung durch Schaden Sach'],
                   ['27.02.2026', 'Anwaltsschreiben des Klägers, Forderung 4.960,00 EUR'],
                   ['16.03.2026', 'Zustellung der Klage']]),
        'Bearbeiterin Rechtsabteilung: Claudia Wenzel',
    ], title='Sachverhalt Lamprecht', author='Claudia Wenzel', when='2026-03-17T10:30:00')
    return envelope(mixed(text(body), attach(doc, ODT, 'Sachverhalt_Lamprecht_435C1187-26.odt')),
                    WENZEL, ('Dr. Ulrike Brenner', 'u.brenner@kanzlei-brenner.example'),
                    'Neues Mandat: Lamprecht ./. Lindwurm Allgemeine – AG Kassel 435 C 1187/26',
                    dt(3, 17, 10, 41), cc=[TM_RA, KOLB], mailer='outlook')


@mail(36, 'N', 'en', 'internal',
      'trap: service centre asks which queue handles dental treatment plans, answer explains routing, no customer')
def m036():
    body = """Hi Joao,

short answer: dental treatment plans (Heil- und Kostenplan, "HKP") go
to leistung-zahn@, not to leistung-kranken@. That includes orthodontics
for children and implant plans. Invoices after treatment go to health
claims as before.

If a plan comes in together with an invoice for the same treatment,
send both to us and we forward the invoice part.

Martina

> From: Joao Ferreira
> Sent: Wednesday, February 4, 2026 3:10 PM
> To: Leistung Zahn
> Subject: Quick question - dental treatment plans
>
> Hi team,
> our new colleagues keep asking where dental treatment plans from
> international customers should go. The routing matrix only says
> "health claims". Is that right, or do you have your own queue?
> Thanks, Joao
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), KESSLER, FERREIRA,
                    'RE: Quick question - dental treatment plans', dt(2, 4, 16, 2), mailer='outlook')


@mail(37, 'N', 'de', 'internal',
      'trap: fraud unit annual statistics by line of business with amounts saved, no individual case')
def m037():
    body = """Liebe Mitglieder des Leitungskreises,

hier die Kurzfassung des SIU-Jahresberichts 2025 (vollständig im
Intranet):

Sparte              Verdachtsfälle  davon bestätigt  vermiedene Zahlungen
Kfz                           412              118              1,94 Mio €
Hausrat/Wohngebäude           236               61              0,71 Mio €
Haftpflicht                    88               19              0,22 Mio €
Unfall                         57               12              0,48 Mio €
Kranken                        44                9              0,31 Mio €
Leben/BU                       21                4              0,65 Mio €
gesamt                        858              223              4,31 Mio €

Auffällig: Der Anteil der Hinweise aus der Fachabteilung (Übergabe an
die SIU) ist von 38 % auf 51 % gestiegen – die Schulungen wirken.
Strafanzeigen: 31 (Vorjahr 27).

In der Personenversicherung geht es fast immer um vorgetäuschte oder
übertriebene Unfallfolgen und um gefälschte Auslandsrechnungen.

""" + SIG['kuehn'] + '\n'
    return envelope(text(body, cs='utf-8', cte='quoted-printable'), KUEHN, TM_LEITUNG,
                    'SIU-Jahresbericht 2025 – Kurzfassung', dt(1, 30, 11, 11), mailer='outlook')


@mail(38, 'C', 'en', 'internal',
      'finance hub asks recovery team to allocate a third-party payment and refund the customer deductible: name, claim, IBAN')
def m038():
    body = """Hi Joerg,

we received EUR 4,870.20 from Rheinwall Versicherung AG today with the
reference "S-26-004187 / Ihr Zeichen Falkenberg". Can you confirm that
we may book it against the recovery in that claim?

Your note in the claim says the customer's deductible should also be
refunded once the third party pays. Rheinwall only paid the repair
amount net of the deductible, i.e. not the EUR 300.00 - please let me
know whether we refund the EUR 300.00 to Ms Heike Sandmann anyway (quota
privilege) or wait for the rest.

Her account on file: DE65 6745 6189 8786 1042 96.

Cheers,
Tomasz

""" + SIG['nowak'] + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), NOWAK, FALKENBERG,
                    'Incoming payment Rheinwall - S-26-004187', dt(3, 19, 12, 33, 'pl'),
                    cc=[TM_REGRESS], mailer='outlook')


@mail(39, 'N', 'de', 'insurer-to-customer',
      'portal notification mail without content: a new secure message is waiting, login link only')
def m039():
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Nachricht</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Guten Tag,</p>
<p>in Ihrem Lindwurm SecureMail-Postfach liegt eine neue Nachricht für Sie bereit.</p>
<p>Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte melden Sie sich an, um die
Nachricht zu lesen:</p>
<p><a href="https://securemail.lindwurm-versicherung.example/login" style="background:#0b5d3b;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p>Die Nachricht wird nach 90 Tagen automatisch gelöscht. Sie können sie vorher herunterladen.</p>
<p style="font-size:12px;color:#666">Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.<br>
Lindwurm Versicherungsgruppe &middot; Lindwurmplatz 1 &middot; 34117 Kassel</p>
</body></html>
"""
    return envelope(html(h, cte='quoted-printable'), TM_NOREPLY, 'g.lamprecht@webpost.example',
                    'Sie haben eine neue Nachricht im Lindwurm SecureMail-Postfach', dt(3, 18, 14, 2),
                    mailer='portal', org=False, extra=[('Auto-Submitted', 'auto-generated')])


@mail(40, 'S', 'en', 'internal',
      'group legal hands an Irish death claim to life claims: cause of death, diabetes, beneficiary dispute, PDF certificate translation')
def m040():
    body = """Dear Marco,

as agreed, Group Legal is passing the death claim below back to you for
settlement; our part (the beneficiary question) is resolved.

Deceased:      Conor Healy, born 02/11/1968, last resident in Cork
Policy:        LV 61-0455109 (term life, sum assured EUR 250,000)
Date of death: 2 January 2026, Cork University Hospital
Cause:         acute myocardial infarction; contributing condition:
               type 2 diabetes mellitus (death certificate, translation
               attached)

Beneficiary: the policy names "my wife" without a name. Mr Healy was
divorced in 2019 and lived with Ms Orla Brady since 2020. Under the
policy wording and Irish law the designation refers to the spouse at
the time of designation (2014), i.e. the former wife, Ms Grainne Healy.
Ms Brady's solicitor has accepted this in writing on 12 March.

The diabetes was disclosed in the 2014 application and rated, so no
disclosure issue from our side. Please pay Ms Grainne Healy; her bank
details come with the signed discharge form via the portal.

""" + SIG['gallagher'] + '\n' + FOOT_IE + '\n'
    pdfb = pdf([
        '# Translation of Death Certificate (extract)',
        'Registration district: Cork, Ireland - Entry No. 2026/00412',
        '',
        'Name of deceased: Conor Healy',
        'Date of birth: 2 November 1968',
        'Date and place of death: 2 January 2026, Cork University Hospital',
        'Marital status: divorced',
        'Occupation: Secondary school teacher',
        '',
        'Cause of death:',
        '  I (a) Acute myocardial infarction',
        '  II    Type 2 diabetes mellitus',
        'Certified by: Dr S. Murphy, Registrar in Cardiology',
        '',
        'Translation prepared for Lindwurm Lebensversicherung AG, Kassel',
        'Certified true translation - Lingua Partners, Dublin, 20 January 2026',
    ], title='Death certificate translation Healy', author='Group Legal Dublin', when="20260120120000+00'00'")
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'), attach(pdfb, PDF, 'Healy_death_certificate_EN.pdf')),
                    GALLAGHER, SANTORO, 'Death claim LV 61-0455109 (Healy) - back to Life claims',
                    dt(3, 13, 16, 20, 'ie'), cc=[TM_LV, TM_LEGAL], mailer='outlook')


@mail(41, 'C', 'mixed', 'internal',
      'property claims forwards a Dutch customer e-bike theft with the English service-centre notes: name, contract, frame number, NL IBAN')
def m041():
    body = """Hallo Sven,

übernimmst du bitte den Fahrraddiebstahl unten? Kunde spricht kein
Deutsch, die Kollegen in Lissabon haben die Angaben schon auf Englisch
aufgenommen (siehe unten). Aus meiner Sicht fehlt nur noch das
Polizeiprotokoll; Rahmennummer und Rechnung passen.

Auszahlung bitte auf das niederländische Konto, das er angegeben hat.

""" + SIG['kolb'] + """

-----Ursprüngliche Nachricht-----
Von: Rita Carvalho
Gesendet: Montag, 16. März 2026 11:05
An: Schaden Sach
Betreff: Bicycle theft - HR 30-713390 (de Vries)

Hi team,

new claim taken by phone today:

Policyholder:  Mr Sander de Vries, Weender Landstr. 61, 37075 Goettingen
Contract:      HR 30-713390 incl. bicycle cover up to EUR 3,000
Bike:          e-bike Gazelle Ultimate C380, frame no. GZ4819275NL,
               bought 05/2024 for EUR 2,799 (invoice uploaded)
Theft:         14/15 March 2026, locked in the shared bike room of
               his building, lock cut
Police:        report filed online 15 March, PDF to follow
Payout to:     NL90 INGB 0006 1524 68 (S. de Vries)

He asked if the 10 % new-for-old deduction applies after two years.
I said your team would confirm.

Kind regards,
Rita
"""
    return envelope(text(body), KOLB, ('Sven Ahlers', 'sven.ahlers@' + DOM),
                    'WG: Bicycle theft - HR 30-713390 (de Vries)', dt(3, 16, 14, 48), cc=[TM_SACH],
                    mailer='outlook')


@mail(42, 'N', 'en', 'internal',
      'trap: job advert for a bilingual health claims handler (medical terminology, invoices), no person')
def m042():
    plain = """Internal job opening - Lindwurm Group Services, Lisbon

CLAIMS HANDLER HEALTH (m/f/d), English and German, full time

What you will do
- check doctor and hospital invoices from international customers
  against the tariff (GOAE/GOZ knowledge is a plus)
- prepare cases for handover to the medical officer in Kassel
- answer customers by phone and secure message

What you bring
- training as medical assistant, nurse or insurance clerk
- German C1 and English C1; Portuguese welcome
- confident with ICD-10 and medical terminology

We offer hybrid work, a relocation package and a buddy in Kassel for
your first four weeks of training.

Apply by 15 April 2026 in the HR portal, reference LIS-2026-014.
Questions: Rita Carvalho, Team Lead Customer Operations.
"""
    h = """<html><body style="font-family:Arial;font-size:11pt">
<p style="font-size:9pt;color:#666">Internal job opening &ndash; Lindwurm Group Services, Lisbon</p>
<h2>Claims Handler Health (m/f/d), English and German, full time</h2>
<h3>What you will do</h3>
<ul><li>check doctor and hospital invoices from international customers against the tariff (GO&Auml;/GOZ knowledge is a plus)</li>
<li>prepare cases for handover to the medical officer in Kassel</li>
<li>answer customers by phone and secure message</li></ul>
<h3>What you bring</h3>
<ul><li>training as medical assistant, nurse or insurance clerk</li>
<li>German C1 and English C1; Portuguese welcome</li>
<li>confident with ICD-10 and medical terminology</li></ul>
<p>We offer hybrid work, a relocation package and a buddy in Kassel for your first four weeks of training.</p>
<p>Apply by <b>15 April 2026</b> in the HR portal, reference <b>LIS-2026-014</b>.<br>
Questions: Rita Carvalho, Team Lead Customer Operations.</p>
</body></html>
"""
    return envelope(alt(text(plain, cs='us-ascii', cte='7bit'), html(h)), CARVALHO,
                    ('All staff Group Services', 'all-gs@' + DOM), 'Job opening: Claims Handler Health (EN/DE) - Lisbon',
                    dt(3, 23, 9, 0, 'pt'), mailer='outlook')


@mail(43, 'S', 'de', 'insurer-to-assessor',
      'accident benefits sends the expert-opinion order to the hand surgeon: named insured, birth date, amputation, questions')
def m043():
    body = """Sehr geehrte Frau Dr. Haas,

nach Rücksprache mit unserem Ärztlichen Dienst bitten wir Sie um ein
handchirurgisches Gutachten zur Invaliditätsbemessung:

  Versicherte Person: Emil Strobel, geb. 03.05.1971
  Anschrift:          Kirchweg 4, 34225 Baunatal, Tel. liegt Ihnen
                      über das Portal vor
  Vertrag/Schaden:    UV 55-140298 / LF-U-25-0419
  Unfall:             14.08.2025, Formatkreissäge

Unfallfolgen laut Klinikbericht: traumatische Amputation des rechten
Zeigefingers im Grundgelenk (S68.1), Durchtrennung der Strecksehne am
rechten Mittelfinger (S66.3) mit Sehnennaht, anschließend Handtherapie.

Fragen:
1. Welche dauerhaften Unfallfolgen bestehen am rechten Zeige- und
   Mittelfinger?
2. Wie hoch ist die Funktionsbeeinträchtigung des Mittelfingers als
   Bruchteil des Fingerwerts?
3. Besteht zusätzlich eine Beeinträchtigung der Hand, die über die
   Fingerwerte hinausgeht (Herr Strobel gibt verminderte Greifkraft an)?
4. Haben Krankheiten oder Gebrechen mitgewirkt?

Ergänzend bat unser Gesellschaftsarzt Dr. Engel um eine Messung der
Grobkraft (Jamar) beidseits. Honorar nach unserer Vereinbarung
(Pauschale Hand, 680 € zzgl. Auslagen). Die Klinikberichte und
Röntgenbilder finden Sie im SecureMail-Portal.

""" + SIG['voss'] + '\n\n' + FOOT_ALLG + '\n'
    cal = ics([{
        'uid': 'd145-0043-untersuchung@' + DOM, 'start': '20260421140000', 'end': '20260421153000',
        'summary': 'Begutachtung UV 55-140298 (Strobel) - Handchirurgie',
        'location': 'Praxis Dr. Haas, Kassel',
        'description': 'Untersuchung Hand rechts, Grobkraftmessung beidseits. Versicherte Person: Emil Strobel.',
        'organizer': ('Daniel Voß', 'daniel.voss@' + DOM),
        'attendees': [('Dr. med. Irene Haas', 'gutachten@praxis-haas.example')],
    }])
    return envelope(mixed(text(body), attach(cal, 'text/calendar; charset="utf-8"; method=REQUEST', 'Begutachtung.ics')),
                    VOSS, ('Dr. med. Irene Haas', 'gutachten@praxis-haas.example'),
                    '[streng vertraulich] Gutachtenauftrag UV 55-140298', dt(3, 10, 15, 30),
                    cc=[TM_UV], mailer='tb')


@mail(44, 'C', 'de', 'internal',
      'legal-expenses claims hands an employment dispute to legal: named customer, dismissal, monthly gross salary for the amount in dispute')
def m044():
    body = """Hallo Claudia,

kurze Rückfrage zur Deckung, bevor ich die Zusage rausschicke:

RS 40-338190, VN Jan-Philipp Roeder, Arbeits-RS seit 2019.
Der Arbeitgeber (Logistik, ca. 300 MA) hat ihm am 24.02. betriebs-
bedingt zum 31.05. gekündigt. Sein Anwalt (RA Olschewski, Kassel)
möchte Kündigungsschutzklage erheben und beantragt Deckung.

Streitwert: 3 Bruttomonatsgehälter à 4.350 € = 13.050 €. Dazu will
er einen Weiterbeschäftigungsantrag (+1 Gehalt) und Zeugnis – das
wären dann 17.400 €.

Frage: Der Arbeitgeber hatte schon im Oktober 2025 eine Änderungs-
kündigung "angedroht" (Mail liegt vor). Ist der Rechtsschutzfall damit
schon vor Ende der Wartezeit? Die Wartezeit war lange vorbei, aber der
Anwalt der Gegenseite argumentiert sicher mit Vorvertraglichkeit …
Ich sehe eigentlich kein Problem, hätte aber gern deine Einschätzung.

""" + SIG['lehmann'] + '\n'
    return envelope(text(body), LEHMANN, WENZEL, 'RS 40-338190 Roeder – Deckung Kündigungsschutz / Streitwert',
                    dt(3, 3, 15, 20), mailer='outlook')


@mail(45, 'N', 'en', 'insurer-to-partner',
      'trap: aggregated disability incidence statistics by diagnosis group for the reinsurer, small cells merged, no person')
def m045():
    body = """Dear Henrik,

as requested for the treaty renewal, please find attached the
disability claims experience 2021-2025 of our German DI portfolio,
split by diagnosis group (ICD-10 chapter). Cells with fewer than five
claims are merged into "other", so the file contains no individual
data.

Key points:
- psychiatric diagnoses (chapter F) remain the largest group at 36 %
  of new claims, slightly down from 38 %;
- musculoskeletal (chapter M) stable at 22 %;
- cancer (chapter C/D) 14 %, with the highest average claim duration.

Happy to walk you through the figures on 14 April.

Best regards,
Kathrin Seidel
Head of Life Underwriting, Lindwurm Lebensversicherung AG

""" + FOOT_LEBEN + '\n'
    xb = xlsx([
        ('Incidence by chapter', [
            ['ICD-10 chapter', 'Description', 'New claims 2021-2025', 'Share', 'Incidence per 1,000 policy years', 'Avg duration (months)'],
            ['F', 'Mental and behavioural disorders', 412, 0.36, 1.31, 41.5],
            ['M', 'Musculoskeletal system', 251, 0.22, 0.80, 33.0],
            ['C/D', 'Neoplasms', 160, 0.14, 0.51, 47.2],
            ['I', 'Circulatory system', 92, 0.08, 0.29, 38.9],
            ['G', 'Nervous system', 80, 0.07, 0.25, 52.4],
            ['other', 'all other chapters (merged)', 149, 0.13, 0.47, 29.8],
            ['total', '', 1144, 1.0, 3.63, 38.6],
        ]),
        ('Notes', [['Exposure: 315,170 policy years (German DI, individual business, 2021-2025)'],
                   ['Cells below 5 claims merged into "other".'],
                   ['Prepared by Life Underwriting for Nordkap Re, March 2026']]),
    ], title='DI experience 2021-2025', author='Kathrin Seidel', when='2026-03-20T08:00:00Z')
    return envelope(mixed(text(body), attach(xb, XLSX, 'DI_experience_2021-2025_by_ICD_chapter.xlsx')),
                    SEIDEL, ('Henrik Solberg', 'h.solberg@nordkap-re.example'),
                    'DI experience 2021-2025 for the renewal', dt(3, 20, 9, 12), mailer='outlook')


@mail(46, 'S', 'de', 'internal',
      'medical officer statement to disability claims, base64 body: named insured, recurrent depression F33.2, 60 % disability')
def m046():
    body = """Hallo Herr Santoro,

zum Leistungsfall LF-26-00388 (Sabine Fröhlich, Erzieherin, LV 61-0290174)
meine ärztliche Stellungnahme nach Durchsicht der Unterlagen:

Diagnosen:
  F33.2  Rezidivierende depressive Störung, gegenwärtig schwere Episode
         ohne psychotische Symptome
  F41.1  Generalisierte Angststörung

Verlauf: Erstmanifestation 2019, Rezidive 2022 und seit 04/2025
durchgehend. Stationäre Behandlung Klinik am Habichtswald 06–08/2025,
seitdem ambulante Psychotherapie und Venlafaxin 225 mg. Zwei
Wiedereingliederungsversuche im Herbst 2025 nach wenigen Tagen
abgebrochen.

Beurteilung: Die Tätigkeit als Erzieherin (Gruppenleitung, 24 Kinder,
hohe Lärm- und Verantwortungsbelastung) kann Frau Fröhlich nach meiner
Einschätzung seit April 2025 zu mindestens 60 % nicht ausüben; die
vertragliche Schwelle von 50 % ist damit erreicht. Prognose offen,
Nachprüfung in 12 Monaten empfohlen, gern mit einem psychiatrischen
Gutachten zu diesem Zeitpunkt.

Mit kollegialen Grüßen
Hartmut Engel

""" + SIG['engel'] + '\n'
    return envelope(text(body, cs='utf-8', cte='base64'), ENGEL, SANTORO,
                    'Stellungnahme LF-26-00388', dt(2, 27, 16, 45), cc=[TM_LV], mailer='outlook')


@mail(47, 'C', 'en', 'insurer-to-customer',
      'motor claims tells an English-speaking customer his total loss moved to the total-loss team: name, policy, VIN, payout IBAN')
def m047():
    body = """Dear Mr Ellison,

thank you for your patience. The expert has confirmed that your car
cannot be repaired economically, so your claim has been passed from the
motor claims team to our total loss desk, which will settle it.

Your claim:      S-26-003355
Policy:          KF 12-8841207 (comprehensive, deductible EUR 500)
Vehicle:         Skoda Octavia Combi, KS-ME 412, VIN TMBJJ7NX8LY145220
Replacement value (expert): EUR 14,900.00
Salvage value (best offer):  EUR  3,250.00
Payment:         EUR 11,150.00 less deductible EUR 500.00 = EUR 10,650.00

We will transfer the amount to the account you gave us,
DE25 8908 5949 7207 1577 75, once we have received the signed total
loss declaration and the second key. If you would like to sell the
car to the salvage bidder, please let us know by 27 February.

Kind regards

Tobias Reuter
Motor Claims | Lindwurm Allgemeine Versicherung AG
Phone +49 561 9145-3312

""" + FOOT_ALLG + '\n'
    return envelope(text(body), REUTER, ('Mark Ellison', 'mark.ellison@inbox-eu.example'),
                    'Your claim S-26-003355 - total loss settlement', dt(2, 19, 14, 5), mailer='outlook')


@mail(48, 'N', 'de', 'internal',
      'trap: monthly collections report with aggregated arrears and handovers per line of business in ODS, no person')
def m048():
    body = """Hallo Leitungskreis,

anbei der Monatsbericht Forderungsmanagement Februar 2026.

Kurz: Übergaben aus der Beitragsbuchhaltung leicht rückläufig, Quote
der Zahlungseingänge nach qualifizierter Mahnung bei 71 %. In der
Krankenversicherung sind 14 Verträge neu im Notlagentarif (Vormonat 11).
An das Inkassobüro gingen 38 Fälle aus der Sachversicherung.

Alle Zahlen aggregiert, Einzelfälle wie immer nur im Forderungssystem.

""" + SIG['brueckner'] + '\n'
    o = ods([
        ('Februar 2026', [
            ['Sparte', 'Übergaben von BB', 'Summe Rückstand EUR', 'Zahlung nach Mahnung', 'an Inkasso', 'Notlagentarif'],
            ['Kfz', 212, 98310.4, 0.74, 21, ''],
            ['Hausrat/Wohngebäude', 97, 31877.9, 0.69, 11, ''],
            ['Haftpflicht', 54, 6210.3, 0.78, 6, ''],
            ['Kranken', 61, 74402.0, 0.63, 0, 14],
            ['Leben/BU', 18, 9988.5, 0.81, 0, ''],
            ['Unfall', 22, 3120.6, 0.72, 0, ''],
            ['gesamt', 464, 223909.7, 0.71, 38, 14],
        ])], title='Monatsbericht FM 02-2026', author='Stefan Brückner', when='2026-03-04T08:00:00')
    return envelope(mixed(text(body), attach(o, ODS, 'Monatsbericht_FM_2026-02.ods')), BRUECKNER, TM_LEITUNG,
                    'Monatsbericht Forderungsmanagement 02/2026', dt(3, 4, 8, 15), mailer='tb')


@mail(49, 'S', 'de', 'insurer-to-hospital',
      'health benefits issues a cost guarantee to a hospital: named patient, hip replacement M16.1, OPS code, windows-1252')
def m049():
    body = """Sehr geehrte Damen und Herren,

für unseren Versicherten

    Herrn Wolfgang Berger, geb. 21.06.1954
    Versicherungsnummer KV-0612954-01, Tarif Stationär Komfort

erteilen wir die Kostenübernahme für die geplante stationäre Behandlung
in Ihrem Haus:

    Aufnahme:     13.04.2026, Klinik für Orthopädie
    Diagnose:     M16.1 R – Primäre Koxarthrose rechts
    Eingriff:     OPS 5-820.00 Implantation einer Totalendoprothese
                  am Hüftgelenk, nicht zementiert
    Leistungen:   allgemeine Krankenhausleistungen (DRG), Zweibettzimmer,
                  Chefarztbehandlung gem. Wahlleistungsvereinbarung

Die Kostenübernahme gilt für 12 Tage; eine Verlängerung bitte
rechtzeitig mit Begründung beantragen. Eine anschließende Anschluss-
heilbehandlung ist gesondert zu beantragen – Herr Berger wurde darüber
informiert. Bitte rechnen Sie direkt mit uns ab (Klinik-Card liegt vor).

Mit freundlichen Grüßen

Petra Lindqvist
Leistung Kranken | Ambulant/Stationär
Lindwurm Krankenversicherung AG
Tel. 0561 9145-4108

""" + FOOT_KRANKEN + '\n'
    return envelope(text(body, cs='windows-1252', cte='quoted-printable'), LINDQVIST,
                    ('Patientenaufnahme', 'aufnahme@klinikum-werratal.example'),
                    'Kostenübernahme Berger, Wolfgang – Aufnahme 13.04.2026', dt(3, 27, 10, 12),
                    mailer='outlook', subject_cs='windows-1252')


@mail(50, 'N', 'de', 'internal',
      'Easter holiday substitution plan in the recovery team, colleague names and dates only')
def m050():
    body = """Hallo zusammen,

hier die Vertretungsregelung im Regress über Ostern:

  30.03. - 03.04.   Jörg Falkenberg im Urlaub
                    -> Vertretung: Aylin Tekin
  07.04. - 10.04.   Aylin Tekin im Urlaub
                    -> Vertretung: Jörg Falkenberg
  Gründonnerstag    Team ab 13 Uhr nur telefonisch erreichbar

Eingänge im Teampostfach regress@ bitte wie immer am selben Tag
zuordnen. Übergaben aus Schaden Kfz, die in der Woche ankommen, bitte
nur eintragen, nicht bearbeiten - ich kümmere mich nach Ostern.

Gruß
Jörg
"""
    return envelope(text(body, cs='iso-8859-1', cte='quoted-printable'), FALKENBERG, [TM_REGRESS, TM_KFZ],
                    'Vertretung Ostern Regress', dt(3, 24, 9, 2), mailer='outlook', subject_cs='iso-8859-1')


@mail(51, 'C', 'de', 'internal',
      'commercial underwriting and broker relations on a bakery owned by a sole trader: name, turnover, inspection findings')
def m051():
    body = """Hallo Holger,

die Risikobesichtigung bei der Bäckerei Yıldız in Vellmar war gestern.
Kurz das Ergebnis, damit du dem Makler antworten kannst:

Inhaber:     Kemal Yıldız (e. K., also Einzelunternehmer)
Betrieb:     Backstube + 2 Filialen, 14 Mitarbeitende
Umsatz 2025: 1,18 Mio € laut BWA, davon Rohertrag ca. 410.000 €
             (der Makler hatte 900.000 € Umsatz angegeben!)
Anfrage:     Inhalt (Feuer/ED/LW) 380.000 €, Betriebsunterbrechung
             12 Monate, Betriebshaftpflicht

Befunde:
- Etagenofen von 2004, Abgasanlage zuletzt 2023 geprüft -> Prüfung
  vor Beginn verlangen
- Mehlstaub an den Elektroverteilern, E-Check fehlt -> Auflage
- Fettabscheider in Ordnung, Feuerlöscher aktuell

Ich kann zeichnen, aber nur mit den beiden Auflagen und mit der
richtigen BU-Summe auf Basis des tatsächlichen Rohertrags. Prämie
schicke ich dir morgen.

""" + SIG['roth'] + '\n'
    return envelope(text(body), ROTH, WIESE, 'Risikobesichtigung Bäckerei Yıldız – Ergebnis', dt(2, 5, 17, 10),
                    cc=[TM_UWS], mailer='outlook')


@mail(52, 'S', 'mixed', 'internal',
      'German health claims asks the English desk about a quoted English discharge summary: named customer, femur fracture surgery in Mallorca')
def m052():
    body = """Hallo João,

danke für die Übergabe. Ich habe die Entlassungsbrief aus Palma
gelesen, verstehe aber die Abkürzungen bei der Abrechnung nicht ganz.
Kannst du mir bei den markierten Stellen helfen? Ich zitiere unten.

Frau Hornung ist 78, Tarif KV-1947732-01 hat Auslandsschutz bis 8
Wochen – das passt. Mich interessiert vor allem, ob der Rücktransport
(Ambulanzflug) medizinisch notwendig war, dann geht das an Assistance.

Danke!
Petra

> ---- Discharge summary, Clinica Son Verí, Palma de Mallorca ----
> Patient: HORNUNG, Brigitte   DOB 09/12/1947
> Admitted: 02/02/2026 via ER after a fall in the hotel
> Diagnosis: Fracture of the right femoral neck (S72.0), Garden III
> Procedure: 03/02/2026 hemiarthroplasty right hip (cemented)
> Course: uneventful, mobilised with walker from day 2;
>   [?? "POD 4: Hb 8.9, 1 unit PRBC"]
> Discharge: 09/02/2026, fit to fly with stretcher / medical escort
>   [?? "FTF w/ MEDIF"]
> Invoice: EUR 18,450.00 (package "hip fracture surgical")
"""
    return envelope(text(body), LINDQVIST, FERREIRA, 'AW: Handover Hornung - discharge summary Palma',
                    dt(2, 13, 11, 48), cc=[TM_KV], mailer='outlook')


@mail(53, 'N', 'en', 'internal',
      'trap: onboarding week schedule for new health-claims staff in Lisbon with ICS, no person data')
def m053():
    body = """Hi new joiners,

welcome to Lindwurm Group Services! Your first week is planned as
follows (calendar invite attached for the kick-off):

Mon  09:00  Kick-off, IT equipment, badge
     14:00  Data protection basics: what counts as health data
Tue         Shadowing in the health claims desk
Wed         Systems: LIMA claims system, OSCAR cases, handover rules
Thu         German insurance basics: private health insurance, tariffs,
            deductibles, the GOAE fee schedule
Fri  10:00  Q&A with the medical officer team (video call to Kassel)

Please bring your ID for the badge. Lunch on Monday is on us.

""" + SIG['carvalho'] + '\n'
    cal = ics([{
        'uid': 'd145-0053-onboarding@' + DOM, 'start': '20260406T090000', 'end': '20260406T110000',
        'summary': 'Onboarding kick-off Health Claims Desk',
        'location': 'Lisbon office, room Tejo (3rd floor)',
        'description': 'Welcome, IT equipment, badge. Agenda for the week in the mail.',
        'organizer': ('Rita Carvalho', 'rita.carvalho@' + DOM),
        'attendees': [('New joiners April', 'newjoiners-2026-04@' + DOM)],
    }], prodid='-//Lindwurm Group Services//Calendar//EN')
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'),
                          attach(cal, 'text/calendar; charset="utf-8"; method=REQUEST', 'kickoff.ics')),
                    CARVALHO, ('New joiners April', 'newjoiners-2026-04@' + DOM), 'Your first week - onboarding schedule',
                    dt(4, 1, 16, 0, 'pt'), mailer='outlook')


@mail(54, 'C', 'de', 'insurer-to-assessor',
      'property claims orders the building surveyor for a storm claim: named homeowner, address, contract, phone, ICS appointment')
def m054():
    body = """Sehr geehrter Herr Sommer,

wir beauftragen Sie mit der Besichtigung des folgenden Schadens:

  Schaden:     S-26-001902 (Wohngebäude, Sturm)
  VN:          Gerd Lamprecht, Im Dorfe 11, 34302 Guxhagen
  Telefon VN:  05665 145 3311 (vormittags)
  Vertrag:     WG 31-117520, Baujahr 1968, Satteldach Tonziegel
  Meldung:     Sturm am 18.01.2026, ca. 40 Ziegel abgedeckt,
               Wasser im Dachgeschoss (Gästezimmer)

Uns interessiert besonders: Windgeschwindigkeit am Ort (bitte DWD-
Auskunft anfordern), Zustand von Lattung und Unterspannbahn (Vorschäden?)
und ob die Notabdeckung fachgerecht ist. Herr Lamprecht ist mit einem
Ortstermin am Montag um 10 Uhr einverstanden – Kalendereintrag anbei.

""" + SIG['kolb'] + '\n\n' + FOOT_ALLG + '\n'
    cal = ics([{
        'uid': 'd145-0054-ortstermin@' + DOM, 'start': '20260126T100000', 'end': '20260126T113000',
        'summary': 'Ortstermin S-26-001902 Lamprecht (Sturm)',
        'location': 'Im Dorfe 11, 34302 Guxhagen',
        'description': 'Besichtigung Dach/DG. VN Gerd Lamprecht, Tel. 05665 145 3311.',
        'organizer': ('Sabine Kolb', 'sabine.kolb@' + DOM),
        'attendees': [('Matthias Sommer', 'sommer@sv-buero-sommer.example')],
    }])
    return envelope(mixed(text(body), attach(cal, 'text/calendar; charset="utf-8"; method=REQUEST', 'Ortstermin.ics')),
                    KOLB, ('Dipl.-Ing. Matthias Sommer', 'sommer@sv-buero-sommer.example'),
                    'Auftrag Besichtigung S-26-001902 (Sturm, Guxhagen)', dt(1, 21, 11, 37), mailer='outlook')


@mail(55, 'S', 'de', 'insurer-to-customer',
      'accident benefits tells the customer her case went to the medical service: name, accident contract, cruciate ligament tear')
def m055():
    plain = """Sehr geehrte Frau Petrović,

vielen Dank für die Unterlagen zu Ihrem Skiunfall vom 07.02.2026.

Wir haben Ihren Fall (Unfallversicherung UV 55-207731, Leistungsfall
LF-U-26-0077) an unseren Ärztlichen Dienst weitergegeben. Dort wird
geprüft, ob für den Riss des vorderen Kreuzbands im linken Knie und die
Operation am 16.02.2026 Leistungen aus Ihrem Vertrag fällig sind
(Krankenhaustagegeld, Genesungsgeld, ggf. später Invalidität).

Für das Krankenhaustagegeld brauchen wir nichts weiter. Ob eine
dauerhafte Beeinträchtigung bleibt, lässt sich erst nach Abschluss der
Behandlung beurteilen – in der Regel frühestens nach einem Jahr. Wir
melden uns dann mit einem Gutachtenvorschlag.

Mit freundlichen Grüßen

Daniel Voß
Leistung Unfall
Lindwurm Allgemeine Versicherung AG
"""
    h = """<html><body style="font-family:Arial;font-size:11pt">
<p>Sehr geehrte Frau Petrović,</p>
<p>vielen Dank für die Unterlagen zu Ihrem Skiunfall vom 07.02.2026.</p>
<p>Wir haben Ihren Fall (Unfallversicherung <b>UV 55-207731</b>, Leistungsfall <b>LF-U-26-0077</b>) an unseren
Ärztlichen Dienst weitergegeben. Dort wird geprüft, ob für den Riss des vorderen Kreuzbands im linken Knie und die
Operation am 16.02.2026 Leistungen aus Ihrem Vertrag fällig sind (Krankenhaustagegeld, Genesungsgeld, ggf. später
Invalidität).</p>
<p>Für das Krankenhaustagegeld brauchen wir nichts weiter. Ob eine dauerhafte Beeinträchtigung bleibt, lässt sich
erst nach Abschluss der Behandlung beurteilen &ndash; in der Regel frühestens nach einem Jahr. Wir melden uns dann
mit einem Gutachtenvorschlag.</p>
<p>Mit freundlichen Grüßen</p>
<p>Daniel Voß<br>Leistung Unfall<br>Lindwurm Allgemeine Versicherung AG</p>
</body></html>
"""
    return envelope(alt(text(plain), html(h)), VOSS, ('Nadine Petrović', 'nadine.petrovic@mailwelt.example'),
                    'Ihr Leistungsfall LF-U-26-0077', dt(3, 2, 13, 26), mailer='outlook')


@mail(56, 'N', 'de', 'internal',
      'trap: IT phishing warning about fake "Leistungsabrechnung" and invoice mails, no real person')
def m056():
    body = """Achtung – Phishing-Welle!

Seit heute Morgen erreichen uns gefälschte Mails mit dem Betreff
"Ihre Leistungsabrechnung / Arztrechnung zur Prüfung" und einem Anhang
"Abrechnung_2026.zip" oder einem Link auf eine angebliche Rechnungs-
plattform. Absender sind wechselnde Adressen, teilweise mit unserem
Logo.

Bitte:
 - Anhänge NICHT öffnen, Links NICHT anklicken,
 - die Mail über den Button "Phishing melden" in Outlook melden,
 - nichts an Kolleginnen oder Kollegen weiterleiten.

Echte Arztrechnungen von Kunden kommen bei uns nur über den Posteingang
(Scan), die App oder das SecureMail-Portal – nie als ZIP per Mail an
Einzelpostfächer.

Wer schon geklickt hat: bitte sofort den Servicedesk anrufen (-5555).

""" + SIG['albers'] + '\n'
    return envelope(text(body, cs='windows-1252', cte='8bit'), ALBERS, TM_ALLE,
                    'WARNUNG: Phishing mit "Arztrechnung"-Anhängen', dt(1, 22, 9, 41),
                    mailer='outlook', subject_cs='windows-1252', extra=[('Importance', 'high')])


@mail(57, 'C', 'de', 'internal',
      'collections hands a sole trader premium debt to legal for a court payment order: name, trade, contract, amounts, DOCX draft')
def m057():
    body = """Hallo Rechtsabteilung,

bitte Mahnbescheid beantragen – Daten im angehängten Entwurf.

Schuldner ist Einzelkaufmann (Hausmeisterservice Uwe Kranz e. K.), also
keine GmbH. Betriebshaftpflicht GW 80-220417, Beiträge 2025/2026
nicht gezahlt, Vertrag zum 31.01.2026 gekündigt. Er hat auf zwei
Mahnungen und einen Anruf nicht reagiert; laut Außendienst ist der
Betrieb aber aktiv (Firmenwagen, Aufträge bei der Wohnungsbau-
genossenschaft).

Inkasso scheidet aus, Forderung > 2.000 € und er hat schon einmal
bestritten (2023, damals gezahlt nach MB).

""" + SIG['brueckner'] + '\n'
    doc = docx([
        ('h', 'Entwurf – Antrag auf Erlass eines Mahnbescheids'),
        'Antragsteller: Lindwurm Allgemeine Versicherung AG, Lindwurmplatz 1, 34117 Kassel',
        'Antragsgegner: Uwe Kranz, Inhaber Hausmeisterservice Uwe Kranz e. K., Holländische Str. 204, 34127 Kassel',
        ('table', [['Position', 'Betrag EUR', 'Zeitraum'],
                   ['Beitrag Betriebshaftpflicht GW 80-220417', '1.764,00', '01.02.2025 - 31.01.2026'],
                   ['Anteiliger Beitrag bis Kündigung', '497,40', '01.02.2026'],
                   ['Mahnkosten', '15,00', ''],
                   ['Rücklastschriftgebühren', '42,00', '3 x 14,00'],
                   ['Summe', '2.318,40', '']]),
        'Zinsen: 5 Prozentpunkte über Basiszinssatz seit 15.03.2025',
        'Bearbeiter: S. Brückner, Forderungsmanagement, Az. FM-26-0188',
    ], title='Entwurf Mahnbescheid Kranz', author='Stefan Brückner', when='2026-03-09T13:00:00Z')
    return envelope(mixed(text(body, cs='utf-8', cte='8bit'), attach(doc, DOCX, 'Entwurf_MB_Kranz_FM-26-0188.docx')),
                    BRUECKNER, TM_RA, 'Mahnbescheid Kranz (GW 80-220417) – Bitte um Antrag', dt(3, 9, 13, 18),
                    mailer='outlook')


@mail(58, 'S', 'en', 'broker',
      'Dublin underwriting forwards a broker request for key-person life cover to Kassel: named person, DOB, type 2 diabetes, HbA1c')
def m058():
    body = """Hi Kathrin,

this one is above our Dublin authority (sum assured EUR 1.5m), so I am
handing it to you for the German carrier. The broker's mail is below;
medical questionnaire to follow via the portal.

Ciara

-----Original Message-----
From: James Whitfield <j.whitfield@harbourside-brokers.example>
Sent: 24 February 2026 17:40
To: Ciara Doyle <ciara.doyle@lindwurm-versicherung.example>
Subject: Key person cover - Richard Thorne / Hesse Feinmechanik UK Ltd

Hi Ciara,

our client Hesse Feinmechanik UK Ltd would like key person cover on its
managing director:

  Life assured:   Richard Thorne, DOB 08/02/1972, non-smoker
  Sum assured:    EUR 1,500,000, term 10 years
  Health:         type 2 diabetes since 2019, on metformin 1000 mg
                  twice daily; last HbA1c 7.1 % (Jan 2026); no
                  complications; mild fatty liver on ultrasound 2024
  Other:          BMI 29, BP controlled on amlodipine

He is a keen cyclist and very well. What terms could you offer? The
board meets on 10 March.

Best,
James Whitfield
Harbourside Brokers Ltd, London
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), DOYLE, SEIDEL,
                    'FW: Key person cover - Richard Thorne / Hesse Feinmechanik UK Ltd', dt(2, 25, 9, 3, 'ie'),
                    cc=[TM_UWL], mailer='outlook')


@mail(59, 'N', 'en', 'internal',
      'trap: minutes of the claims/legal jour fixe with litigation counts and process decisions, DOCX, no individual case')
def m059():
    plain = """Dear all,

minutes of the Claims-Legal jour fixe of 26 February are attached.
Main decisions:

1. Handover to Legal: claims teams use the new OSCAR task "Legal
   review" instead of e-mail from 1 April.
2. Outside counsel: all new DI and life lawsuits go to Kanzlei Brenner
   (Kassel) or O'Connor Solicitors (Dublin); panel review in Q3.
3. Open lawsuits at 31 Jan: 47 (life/DI 19, health 11, property 9,
   motor 5, liability 3).

Next meeting: 30 April, 14:00 CET.

""" + SIG['gallagher'] + '\n'
    h = """<html><body style="font-family:Calibri;font-size:11pt">
<p>Dear all,</p><p>minutes of the Claims-Legal jour fixe of 26 February are attached. Main decisions:</p>
<ol><li>Handover to Legal: claims teams use the new OSCAR task &quot;Legal review&quot; instead of e-mail from 1 April.</li>
<li>Outside counsel: all new DI and life lawsuits go to Kanzlei Brenner (Kassel) or O'Connor Solicitors (Dublin); panel review in Q3.</li>
<li>Open lawsuits at 31 Jan: <b>47</b> (life/DI 19, health 11, property 9, motor 5, liability 3).</li></ol>
<p>Next meeting: 30 April, 14:00 CET.</p>
<p>Kind regards,<br>Fiona Gallagher<br>Senior Legal Counsel</p></body></html>
"""
    doc = docx([
        ('h', 'Minutes - Claims/Legal jour fixe, 26 February 2026'),
        'Participants: F. Gallagher (chair), C. Wenzel, M. Santoro, P. Lindqvist, T. Reuter, F. Oehme, S. Brückner',
        ('h', '1. Handover process'),
        'Claims teams will use the OSCAR task "Legal review". E-mail handovers with attachments end on 31 March.',
        ('h', '2. Outside counsel panel'),
        'Life/DI and health: Kanzlei Brenner (DE), O\'Connor Solicitors (IE). Property and motor: case by case.',
        ('h', '3. Statistics'),
        ('table', [['Line', 'Open lawsuits 31.01.2026', 'New in 2025', 'Won/settled/lost 2025'],
                   ['Life/DI', '19', '14', '6/5/2'], ['Health', '11', '9', '4/4/1'],
                   ['Property', '9', '12', '5/6/2'], ['Motor', '5', '8', '3/4/1'], ['Liability', '3', '4', '2/1/0']]),
        ('h', '4. AOB'),
        'Legal Update 2026/02 circulated; training for DI claims on 19 March.',
    ], title='Minutes Claims Legal jour fixe 2026-02-26', author='Fiona Gallagher', when='2026-02-27T10:00:00Z')
    return envelope(mixed(alt(text(plain, cs='utf-8', cte='quoted-printable'), html(h)),
                          attach(doc, DOCX, 'Minutes_JF_Claims_Legal_2026-02-26.docx')),
                    GALLAGHER, [TM_LEITUNG, TM_RA], 'Minutes Claims-Legal jour fixe 26 Feb', dt(2, 27, 10, 30, 'ie'),
                    mailer='outlook')


@mail(60, 'C', 'de', 'insurer-to-authority',
      'motor contract administration notifies the registration office that cover ended: holder name, address, plate, contract')
def m060():
    body = """Anzeige nach § 25 Abs. 1 FZV – Nichtbestehen des Versicherungsschutzes

Sehr geehrte Damen und Herren,

für das nachstehende Fahrzeug besteht seit dem 01.03.2026, 00:00 Uhr,
kein Haftpflichtversicherungsschutz mehr bei uns:

  Halter:            Manfred Kühne, Sandershäuser Str. 77, 34123 Kassel
  Amtl. Kennzeichen: KS-MK 708
  FIN:               WVWZZZAUZJP051174
  Versicherer:       Lindwurm Allgemeine Versicherung AG (VU-Nr. 5145)
  Vertrag:           KF 12-4471906
  Grund:             Kündigung wegen Nichtzahlung des Folgebeitrags
                     (§ 38 VVG)

Die elektronische Meldung an die Zulassungsbehörde ist erfolgt; diese
Mail dient der Bestätigung auf Ihre Rückfrage vom 10.03.2026.
Mit Zahlung der Rückstände wäre eine Wiederinkraftsetzung möglich,
bisher ist keine Zahlung eingegangen.

Mit freundlichen Grüßen
i. A. Tobias Reuter
Kfz-Betrieb/Schaden Kfz
Lindwurm Allgemeine Versicherung AG

""" + FOOT_ALLG + '\n'
    return envelope(text(body), REUTER, ('Zulassungsstelle Kassel', 'kfz-zulassung@stadt-kassel.example'),
                    'Ihre Anfrage vom 10.03.2026 – KS-MK 708, Anzeige § 25 FZV', dt(3, 11, 10, 58),
                    cc=[TM_FM], mailer='outlook')


@mail(61, 'N', 'de', 'internal',
      'trap: process description for premium waiver in case of care need (care grades, forms, handover to premium accounting), ODT, no person')
def m061():
    body = """Liebe Kolleginnen und Kollegen der Beitragsbuchhaltung,

wir haben den Prozess "Beitragsbefreiung bei Pflegebedürftigkeit"
überarbeitet, weil es zwischen unseren Teams immer wieder Rückfragen
gab (wer stellt wann um, ab welchem Monat, was passiert bei Höher-
stufung). Die Beschreibung hängt als Dokument an.

Kernpunkte: Wir (Leistung Pflege) melden die Befreiung über die
OSCAR-Aufgabe "Beitragsbefreiung", nicht per Mail. Ihr stellt zum
Ersten des Folgemonats um und bestätigt in der Aufgabe. Bei
Rückstufung unter Pflegegrad 2 meldet sich die Pflege erneut.

Wer mag, kann am 24.03. um 10 Uhr in unsere Teamrunde kommen.

""" + SIG['grosse'] + '\n'
    doc = odt([
        ('h', 'Prozess: Beitragsbefreiung bei Pflegebedürftigkeit (Stand 03/2026)'),
        'Geltungsbereich: Pflegetagegeld- und Pflegerententarife mit Beitragsbefreiung ab Pflegegrad 2 bzw. 3.',
        ('table', [['Schritt', 'Wer', 'Was', 'Frist'],
                   ['1', 'Leistung Pflege', 'Pflegegrad laut Gutachten festgestellt, Tarifbedingung geprüft', '–'],
                   ['2', 'Leistung Pflege', 'OSCAR-Aufgabe "Beitragsbefreiung" an BB, Beginn-Monat angeben', '3 Arbeitstage'],
                   ['3', 'Beitragsbuchhaltung', 'Umstellung zum Ersten des Folgemonats, Erstattung zu viel gezahlter Beiträge', '5 Arbeitstage'],
                   ['4', 'Beitragsbuchhaltung', 'Bestätigung in der Aufgabe, Kundenschreiben aus Vorlage BB-17', '–'],
                   ['5', 'Leistung Pflege', 'Bei Rückstufung: neue Aufgabe "Beitragsbefreiung Ende"', 'sofort']]),
        'Hinweis: Keine Gutachten oder Diagnosen an die Beitragsbuchhaltung weitergeben – dort wird nur der Befreiungszeitraum benötigt.',
    ], title='Prozess Beitragsbefreiung Pflege', author='Birgit Große', when='2026-03-12T09:30:00')
    return envelope(mixed(text(body), attach(doc, ODT, 'Prozess_Beitragsbefreiung_Pflege_2026-03.odt')),
                    GROSSE, TM_BB, 'Prozess Beitragsbefreiung Pflege – neue Fassung', dt(3, 12, 9, 48), mailer='tb')


@mail(62, 'N', 'de', 'insurer-to-lawyer',
      'trap: fee framework agreement with outside counsel (hourly rates, flat fees per proceeding type), no case or person')
def m062():
    body = """Sehr geehrte Frau Dr. Brenner,

vielen Dank für das Gespräch am Dienstag. Wie besprochen fasse ich die
Eckpunkte der Honorarvereinbarung 2026 zusammen; den Vertragsentwurf
schickt Ihnen unser Einkauf separat.

  - Stundensatz Partner: 260 € netto, Associates: 190 € netto
  - Pauschale Verteidigung BU-/Leben-Klage 1. Instanz: 2.900 € netto
    (inkl. bis zu zwei Verhandlungsterminen)
  - Pauschale Deckungsklage Sach bis Streitwert 10.000 €: 1.150 € netto
  - Reisezeiten zu 50 %, Fahrtkosten nach RVG
  - Mandatsübergabe durch die Rechtsabteilung ausschließlich über das
    SecureMail-Portal; Akten bitte nicht per unverschlüsselter Mail
    anfordern
  - Quartalsweises Reporting: Anzahl laufender Verfahren je Sparte,
    Erfolgsquote, Kosten

Sobald die Vereinbarung unterschrieben ist, gelten die Sätze rückwirkend
ab 01.01.2026.

""" + SIG['wenzel'] + '\n\n' + FOOT_ALLG + '\n'
    return envelope(text(body), WENZEL, ('Dr. Ulrike Brenner', 'u.brenner@kanzlei-brenner.example'),
                    'Honorarvereinbarung 2026 – Eckpunkte', dt(1, 16, 15, 12), mailer='outlook')


@mail(63, 'C', 'en', 'internal',
      'grey: motor claims desk hands a suspicious car theft to the fraud unit: named customer, car, financing, no criminal proceedings yet')
def m063():
    body = """Dear SIU team,

we are handing over the theft claim below for a plausibility check
before we continue. Nothing has been decided and the customer has not
been told about the handover.

Claim:       S-26-005021 (comprehensive, theft)
Customer:    Mr Dariusz Zielinski, KF 12-9013378
Vehicle:     BMW X5 xDrive30d, KS-DZ 505, bought 11 Feb 2026 from a
             private seller, financed via Nordbank (EUR 38,000)
Theft:       night of 3/4 March 2026, Kassel-Bettenhausen, street parking
Police:      report filed 4 March, reference on file

What made us look twice:
- only one key handed in; the customer says the second key "was never
  supplied" - the purchase contract lists two keys
- cover started 12 Feb, i.e. three weeks before the theft
- the telematics box was removed from the dashboard according to the
  dealer's last data transfer on 2 March

Please tell us whether we should order a key read-out and hold the
payment. Customer calls daily.

""" + SIG['carvalho'] + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), CARVALHO, TM_SIU,
                    'Handover for plausibility check - S-26-005021', dt(3, 12, 15, 55, 'pt'),
                    cc=[TM_KFZ], mailer='outlook')


@mail(64, 'S', 'de', 'internal',
      'grey: motor claims hands a drunk-driving crash to recovery against the own policyholder: blood alcohol, penal order, name')
def m064():
    body = """Hallo Jörg,

Regress gegen den eigenen VN, bitte übernehmen:

Schaden:   S-26-002240, KH-Schaden Gartenzaun + Carport
VN/Fahrer: Dennis Wollny, KF 12-3306651, Kz. KS-DW 19
Tag:       10.01.2026, ca. 1:30 Uhr, Vellmar, Ahnatalstraße

Herr Wollny ist nach einer Feier von der Fahrbahn abgekommen und in
den Zaun und den Carport des Anwesens Ahnatalstr. 88 gefahren. Verletzt
wurde niemand. Die Blutprobe ergab 1,4 Promille. Laut Ermittlungsakte
(Akteneinsicht über RA Schönfeld) ist gegen ihn ein Strafbefehl wegen
Trunkenheit im Verkehr (§ 316 StGB) ergangen, 40 Tagessätze, Entzug
der Fahrerlaubnis, Sperrfrist 9 Monate – rechtskräftig seit 24.02.

Wir haben an den Geschädigten 7.840 € gezahlt (Zaun, Carport,
Gutachten). Regress wegen Obliegenheitsverletzung (Alkohol) bis zur
Höchstgrenze von 5.000 € möglich. Der Kaskoschaden am eigenen Fahrzeug
ist abgelehnt (grobe Fahrlässigkeit, Leistungsfreiheit 100 %).

""" + SIG['reuter'] + '\n'
    return envelope(text(body), REUTER, FALKENBERG, 'Regress eigener VN – S-26-002240 (Alkohol)', dt(3, 2, 10, 5),
                    cc=[TM_REGRESS], mailer='outlook')


@mail(65, 'N', 'de', 'insurer-to-collector',
      'trap: new handover file format for the collection agency with a CSV sample of fictitious placeholder debtors')
def m065():
    body = """Sehr geehrter Herr Bremer,

ab der April-Lieferung stellen wir das Übergabeformat um. Neu sind die
Spalten "Sparte-Code", "Kündigungsdatum" und "Widerspruch" (J/N), die
Spalte "Telefon" entfällt. Zeichensatz wird UTF-8.

Anbei eine Beispieldatei mit zwei fiktiven Datensätzen zum Testen
Ihres Imports. Bitte bestätigen Sie bis 25.03., dass der Import
funktioniert.

Zur Erinnerung: Die echten Lieferungen kommen weiter nur
verschlüsselt.

""" + SIG['brueckner'] + '\n'
    rows = [['Aktenzeichen LW', 'Name', 'Vorname', 'Geburtsdatum', 'Straße', 'PLZ', 'Ort', 'Sparte-Code', 'Vertrag',
             'Hauptforderung', 'Mahnkosten', 'fällig seit', 'Kündigungsdatum', 'Widerspruch'],
            ['FM-TEST-0001', 'Mustermann (fiktiv)', 'Max', '01.01.1970', 'Musterstraße 1', '00000', 'Musterstadt',
             'KFZ', 'KF 00-0000000', '100,00', '5,00', '01.01.2026', '31.01.2026', 'N'],
            ['FM-TEST-0002', 'Musterfrau (fiktiv)', 'Erika', '31.12.1980', 'Beispielweg 2', '00000', 'Musterstadt',
             'HR', 'HR 00-0000000', '55,50', '5,00', '01.02.2026', '28.02.2026', 'J']]
    return envelope(mixed(text(body), attach(csvb(rows, bom=True), 'text/csv; charset="utf-8"', 'Beispiel_Uebergabe_v3.csv')),
                    BRUECKNER, ('Olaf Bremer', 'o.bremer@falk-inkasso.example'), 'Neues Übergabeformat ab April – Testdatei',
                    dt(3, 16, 10, 0), mailer='outlook')


@mail(66, 'C', 'de', 'internal',
      'complaints passes a windscreen-claim complaint to motor claims: named customer, plate, policy and claim numbers, quoted mail')
def m066():
    body = """Hallo Kfz-Team,

bitte kümmert euch um die Beschwerde unten und gebt mir bis Mittwoch
Bescheid, was da los war. Laut OSCAR wurde der Glasschaden am 02.02.
gemeldet und am 04.02. an den Partnerbetrieb übergeben – danach
passiert nichts mehr.

Kunde: Günter Assmann, KF 12-2087734, Kz. ESW-GA 66,
Schaden S-26-003018 (Teilkasko, Glasbruch Frontscheibe)

Gruß Ute

-----Ursprüngliche Nachricht-----
Von: Günter Assmann <g.assmann@netzpost.example>
Gesendet: Freitag, 27. Februar 2026 08:14
An: beschwerde@lindwurm-versicherung.example
Betreff: Seit 4 Wochen kaputte Windschutzscheibe!!

Guten Tag,

ich habe am 2. Februar einen Steinschlag gemeldet. Man hat mir
gesagt, die Firma Glasprofi meldet sich zwecks Termin. Bis heute hat
sich niemand gemeldet, der Riss geht inzwischen über die halbe
Scheibe und ich darf so eigentlich nicht mehr fahren. Ich brauche das
Auto für die Arbeit. Das ist ein Witz für eine Versicherung, bei der
ich seit 20 Jahren bin.

G. Assmann
"""
    return envelope(text(body, cs='windows-1252', cte='8bit'), MARQUARDT, TM_KFZ,
                    'WG: Seit 4 Wochen kaputte Windschutzscheibe!!', dt(2, 27, 11, 30),
                    mailer='outlook', subject_cs='windows-1252')


@mail(67, 'S', 'en', 'internal',
      'IT hands a failing claims import to developers: body harmless, ZIP with log and JSON payload holding a named health claim with ICD codes')
def m067():
    body = """Hi Krakow dev team,

the nightly import from the scan pipeline into LIMA failed again
(job LIMA-IMP-07, 03:12 CET). One record makes the parser crash; the
rest of the batch is stuck behind it. Log and the offending payload are
in the ZIP - password-less, sorry, the ticket tool did not accept the
encrypted one.

Ticket: INC-2026-08841, priority 2. Health claims cannot see
yesterday's scans until this is fixed.

Cheers
Kevin Albers
IT Service Desk Kassel | ext. -5555
"""
    log = """2026-03-18 03:12:04,117 INFO  [LIMA-IMP-07] batch 20260318-0300 started, 1,184 records
2026-03-18 03:12:09,552 INFO  [LIMA-IMP-07] 412 records imported
2026-03-18 03:12:09,561 ERROR [LIMA-IMP-07] record 413 (doc 5501932877): ValueError: invalid amount '1.204,5O'
2026-03-18 03:12:09,561 ERROR [LIMA-IMP-07] payload dumped to payload_413.json
2026-03-18 03:12:09,562 WARN  [LIMA-IMP-07] batch aborted, 771 records pending
"""
    payload = """{
  "docId": "5501932877",
  "docType": "ARZTRECHNUNG",
  "policy": "KV-2766014-01",
  "insured": {"lastName": "Brandauer", "firstName": "Klaus", "dateOfBirth": "1962-08-30"},
  "provider": "Praxis Dr. med. S. Ahrens, Innere Medizin/Kardiologie, Kassel",
  "treatmentDate": "2026-03-02",
  "diagnoses": ["I48.1 G", "I10.90 G", "E78.0 G"],
  "diagnosisText": "persistierendes Vorhofflimmern, arterielle Hypertonie, Hypercholesterinaemie",
  "items": [
    {"goae": "1", "factor": 2.3, "amount": "10,72"},
    {"goae": "651", "factor": 1.8, "amount": "26,33"},
    {"goae": "424", "factor": 1.8, "amount": "1.167,45"}
  ],
  "total": "1.204,5O"
}
"""
    z = zipb([('import.log', log.encode('utf-8')), ('payload_413.json', payload.encode('utf-8'))],
             when=(2026, 3, 18, 7, 40, 0))
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'), attach(z, ZIP, 'INC-2026-08841_logs.zip')),
                    ALBERS, ('LIMA dev team Krakow', 'lima-dev@' + DOM), 'INC-2026-08841 LIMA import crash - logs attached',
                    dt(3, 18, 7, 52), mailer='outlook')


@mail(68, 'N', 'de', 'internal',
      'trap: guideline when claims must be handed to the medical service (diagnosis groups, thresholds), generic')
def m068():
    body = """Liebe Kolleginnen und Kollegen,

wir bekommen im Ärztlichen Dienst viele Fälle, die die Leistung selbst
entscheiden könnte – und umgekehrt fehlen uns Fälle, die wir sehen
sollten. Deshalb hier die abgestimmten Kriterien (gültig ab sofort):

An den Ärztlichen Dienst IMMER:
  - Leben/BU: jeder Erstantrag auf BU-Leistung mit psychischer
    Hauptdiagnose (ICD-Kapitel F) oder Krebserkrankung
  - Unfall: jede Invaliditätsbemessung und jeder Fall mit
    Vorerkrankungen am verletzten Körperteil
  - Kranken: stationäre Psychotherapie, Reha, Hilfsmittel über
    5.000 €, Off-Label-Medikation
  - Antrag: Sportunfälle mit OP in den letzten 5 Jahren, BMI über 35,
    jede Tumorerkrankung in der Vorgeschichte

NICHT an den Ärztlichen Dienst:
  - Standardrechnungen nach GOÄ bis zum 2,3-fachen Satz
  - Brillen, Hörgeräte nach Tarif
  - Wiederholungsverordnungen Physiotherapie bis 12 Einheiten

Übergabe bitte immer mit konkreter Frage ("Ist die Behandlung
medizinisch notwendig?" statt "Bitte prüfen").

""" + SIG['korkmaz'] + '\n'
    return envelope(text(body), KORKMAZ, [TM_KV, TM_LV, TM_UV, TM_UWL], 'Leitfaden: Wann an den Ärztlichen Dienst?',
                    dt(4, 13, 8, 30), mailer='outlook')


@mail(69, 'C', 'en', 'insurer-to-company',
      'fleet claims team sends a client company its open claims list with driver names, plates and claim numbers, XLSX')
def m069():
    body = """Dear Ms Okafor,

as promised in our quarterly call, attached is the list of open claims
under your fleet policy KF 14-900215 as of 31 March 2026, including
the driver named in each claim notification.

Two items need your help:
- S-26-003902: we still need the driver's statement from Mr Kaya.
- S-26-004410: the third party disputes the damage; could Mr Lindner
  call me to describe what happened at the loading bay?

The claims ratio for Q1 is 58 %, down from 71 % last year - the
driver training seems to pay off.

""" + SIG['reuter'].replace('Mit freundlichen Grüßen', 'Kind regards') + '\n'
    xb = xlsx([('Open claims 2026-03-31', [
        ['Claim no.', 'Date of loss', 'Plate', 'Driver', 'Type', 'Reserve EUR', 'Status'],
        ['S-26-002117', '2026-01-14', 'KS-KL 2041', 'Emre Kaya', 'Rear-end collision (own fault)', 3200, 'repair approved'],
        ['S-26-003902', '2026-02-20', 'KS-KL 2077', 'Emre Kaya', 'Parking damage', 1450, 'driver statement missing'],
        ['S-26-004410', '2026-03-05', 'KS-KL 2012', 'Jonas Lindner', 'Loading bay, third-party trailer', 5800, 'disputed'],
        ['S-26-004871', '2026-03-22', 'KS-KL 2090', 'Marta Wiśniewska', 'Windscreen', 620, 'partner workshop'],
    ])], title='Open claims KF 14-900215', author='Tobias Reuter', when='2026-04-01T09:00:00Z')
    return envelope(mixed(text(body), attach(xb, XLSX, 'Open_claims_KF14-900215_2026-03-31.xlsx')), REUTER,
                    ('Adaeze Okafor', 'fleet@kestrel-logistics.example'),
                    'Fleet policy KF 14-900215 - open claims Q1 2026', dt(4, 1, 9, 20), mailer='outlook')


@mail(70, 'S', 'de', 'insurer-to-lawyer',
      'bodily-injury team hands a cyclist pain-and-suffering claim to outside counsel: named injured person, injuries, treatment PDF')
def m070():
    body = """Sehr geehrter Herr Kollege Schubert,

wir bitten Sie, die Verhandlungen in folgendem Personenschaden für uns
zu führen:

  Geschädigte:   Lena Hoffmann, 34 J., Radfahrerin
  Unser VN:      Kfz-Haftpflicht KF 12-6127740 (Fahrer: VN selbst)
  Schaden:       S-26-000614, Unfall 08.01.2026, Kassel, Rechtsabbieger
                 übersieht Radfahrerin auf dem Radweg
  Haftung:       100 % unstreitig

Die Anwältin der Geschädigten fordert 25.000 € Schmerzensgeld zuzüglich
Verdienstausfall und Haushaltsführungsschaden. Die Aufstellung der
Verletzungen und Behandlungen nach Aktenlage hängt an (PDF). Aus
unserer Sicht bewegt sich das Schmerzensgeld eher bei 12.000 – 15.000 €,
sofern keine Dauerfolgen am Schultergelenk bleiben.

Die Akte übergeben wir Ihnen über das Portal. Herr Oehme aus unserem
Personenschaden-Team bleibt Ansprechpartner für Zahlungen.

""" + SIG['wenzel'] + '\n'
    pdfb = pdf([
        '# Personenschaden S-26-000614 - Aufstellung nach Aktenlage',
        'Geschädigte: Lena Hoffmann, geb. 17.10.1991, Kassel',
        'Beruf: Physiotherapeutin (angestellt, 30 Std./Woche)',
        '',
        'Verletzungen (Entlassungsbericht Klinikum Kassel, 12.01.2026):',
        '  S42.03  Klavikulafraktur links, laterales Drittel (Plattenosteosynthese 09.01.2026)',
        '  S06.0   Gehirnerschütterung (SHT I. Grades), 2 Tage Überwachung',
        '  S80.0   Prellung Knie rechts, Schürfwunden',
        '',
        'Behandlung:',
        '  stationär 08.01. - 12.01.2026',
        '  Physiotherapie seit 20.01.2026 (bisher 18 Einheiten)',
        '  Arbeitsunfähigkeit seit 08.01.2026, voraussichtlich bis Ende April',
        '  Metallentfernung geplant ca. 01/2027',
        '',
        'Forderungen der Gegenseite (Schreiben RAin Keller vom 02.03.2026):',
        '  Schmerzensgeld 25.000,00 EUR',
        '  Verdienstausfall (netto) bisher 3.410,00 EUR',
        '  Haushaltsführungsschaden 14 Wochen x 10 Std. x 12,00 EUR = 1.680,00 EUR',
        '',
        'Erstellt: F. Oehme, Personenschaden, 05.03.2026',
    ], title='Aufstellung Personenschaden S-26-000614', author='Frank Oehme', when="20260305113000+01'00'")
    return envelope(mixed(text(body), attach(pdfb, PDF, 'Aufstellung_S-26-000614.pdf')), WENZEL,
                    ('RA Kai Schubert', 'k.schubert@kanzlei-schubert.example'),
                    '[streng vertraulich] Mandat Personenschaden S-26-000614 (Hoffmann)', dt(3, 6, 12, 4),
                    cc=[OEHME, TM_PS], mailer='outlook')


@mail(71, 'N', 'mixed', 'internal',
      'trap: API project note for claims handover with a JSON example of an explicitly fictitious test customer and test diagnosis field')
def m071():
    body = """Hi all / Hallo zusammen,

short update from the "Handover API" project (OSCAR -> LIMA -> Legal):

1. Das neue Objekt "handoverNote" ist live in der Testumgebung.
   Free-text field "summary" is now limited to 500 characters and
   scanned for IBANs and ICD codes - the note is rejected if one is
   found. Sensitive data belongs in the linked documents.
2. Die Testdaten kommen ausschließlich aus dem Testdatengenerator,
   never from production. Example attached (fictitious person).
3. Go-live planned for 13 April; Schulung für Key User am 8. April.

Cheers / Gruß
Kevin

""" + SIG['albers'] + '\n'
    example = """{
  "handoverId": "HO-TEST-000042",
  "from": "kundenservice",
  "to": "leistung-kranken",
  "caseRef": "VG-TEST-0000001",
  "customer": {"name": "Erika Mustermann (FIKTIV)", "policy": "KV-0000000-00"},
  "summary": "Testfall: Kundin bittet um Rueckruf zu einer Rechnung.",
  "linkedDocuments": ["DOC-TEST-1"],
  "testData": true
}
"""
    return envelope(mixed(text(body), attach(example.encode('utf-8'), 'application/json', 'handover_example_TEST.json',
                                            cte='quoted-printable')),
                    ALBERS, [TM_LEITUNG, ('LIMA dev team Krakow', 'lima-dev@' + DOM)],
                    'Handover API - status / Testdaten', dt(3, 25, 17, 2), mailer='outlook')


@mail(72, 'C', 'de', 'internal',
      'legal passes a traffic-accident judgment back to motor claims: named parties, liability quota, claim number, PDF excerpt, no injury')
def m072():
    body = """Hallo Tobias,

das Urteil im Verfahren Nowicka ./. Lindwurm Allgemeine ist da, ich
gebe dir den Fall zur Abwicklung zurück:

AG Kassel, Urteil vom 20.03.2026, Az. 412 C 2280/25
Klägerin: Paulina Nowicka (Halterin/Fahrerin KS-PN 330)
Beklagte: Lindwurm Allgemeine als KH-Versicherer unseres VN Bernd Rau
          (KF 12-1190556), Schaden S-25-018874

Ergebnis: Haftungsquote 70 : 30 zulasten unseres VN (Spurwechsel,
aber überhöhte Geschwindigkeit der Klägerin). Zuzusprechen waren 70 %
von 6.420 € Sachschaden = 4.494 € nebst Zinsen, Kosten 70/30.
Personenschaden war nicht streitgegenständlich.

Bitte zahlen und die Rückstufung bei Herrn Rau veranlassen. Auszug
aus dem Urteil anbei; Berufung empfehle ich nicht.

""" + SIG['wenzel'] + '\n'
    pdfb = pdf([
        '# Amtsgericht Kassel - Urteil (Auszug)',
        'Az. 412 C 2280/25 - verkündet am 20.03.2026',
        '',
        'In dem Rechtsstreit Paulina Nowicka, Kassel, Klägerin,',
        'gegen Lindwurm Allgemeine Versicherung AG, Kassel, Beklagte,',
        '',
        '1. Die Beklagte wird verurteilt, an die Klägerin 4.494,00 EUR nebst Zinsen',
        '   in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit 14.11.2025 zu zahlen.',
        '2. Im Übrigen wird die Klage abgewiesen.',
        '3. Die Kosten des Rechtsstreits tragen die Klägerin zu 30 %, die Beklagte zu 70 %.',
        '',
        'Aus den Gründen: Der Versicherungsnehmer der Beklagten, Herr Bernd Rau, hat beim',
        'Fahrstreifenwechsel auf der Leipziger Straße den Verkehr nicht ausreichend beachtet',
        '(§ 7 Abs. 5 StVO). Die Klägerin fuhr nach dem Sachverständigengutachten jedoch',
        'mindestens 68 km/h bei erlaubten 50 km/h; dies rechtfertigt eine Mithaftung von 30 %.',
    ], title='Urteil AG Kassel 412 C 2280/25 Auszug', author='Rechtsabteilung', when="20260323090000+01'00'",
        compress=False)
    return envelope(mixed(text(body), attach(pdfb, PDF, 'Urteil_AG_Kassel_412C2280-25_Auszug.pdf')), WENZEL, REUTER,
                    'Urteil Nowicka ./. Lindwurm – zurück an Kfz', dt(3, 23, 9, 27), cc=[TM_KFZ], mailer='outlook')


@mail(73, 'S', 'de', 'customer',
      'service forwards a chat transcript to health benefits, base64 body: named customer, pregnancy, due date, newborn cover, midwife')
def m073():
    body = """Hallo Leistung Kranken,

bitte übernehmen – Chat von heute Vormittag, Kundin wünscht Rückruf
zur Kindernachversicherung. Ich konnte die Fragen zur Hebamme nicht
verbindlich beantworten.

Danke, Laura

=== Chatprotokoll 11.03.2026, 09:41–09:58 (Kanal: Website) ===
[09:41] Kundin: Hallo, ich bin Miriam Schultheiß, KV-6620481-01. Ich
        bin schwanger (Entbindungstermin 12.08.) und möchte wissen,
        wie ich mein Baby bei Ihnen versichere.
[09:43] Laura (Lindwurm): Herzlichen Glückwunsch! Sie können Ihr Kind
        ohne Gesundheitsprüfung nachversichern, wenn Sie es innerhalb
        von zwei Monaten nach der Geburt anmelden.
[09:46] Kundin: Super. Und zahlen Sie die Hebamme für die
        Wochenbettbetreuung? Ich hatte in der 9. Woche eine Blutung und
        meine Frauenärztin hat mir geraten, eine Beleghebamme zu nehmen.
[09:50] Laura (Lindwurm): Das kläre ich mit der Fachabteilung, Sie
        bekommen einen Rückruf.
[09:52] Kundin: Gut, am besten nachmittags. Und ist ein Familienzimmer
        im Krankenhaus drin?
[09:58] Laura (Lindwurm): Nehme ich mit auf. Schönen Tag!
=== Ende ===

""" + SIG['brandt'] + '\n'
    return envelope(text(body, cs='utf-8', cte='base64'), BRANDT, TM_KV,
                    'Chat 11.03. – Rückruf Kindernachversicherung', dt(3, 11, 10, 4), mailer='crm')


@mail(74, 'N', 'en', 'insurer-to-supplier',
      'trap: framework pricing with a translation agency for medical reports and discharge letters, no document or person')
def m074():
    body = """Dear Ms Duarte,

thank you for your offer of 2 March. We would like to go ahead with
the framework agreement for 2026 on the following terms:

  Medical reports, discharge letters, death certificates
    EN/PT/ES/IT -> DE: EUR 1.45 per standard line (55 characters)
    DE -> EN:          EUR 1.55 per standard line
  Certified translations (court use): + EUR 15 per document
  Express (24 h):      + 50 %
  Minimum charge:      EUR 35 per order

Two conditions from our data protection officer:
1. Documents are exchanged only via our SecureMail portal, never as
   ordinary e-mail attachments.
2. Your translators sign our confidentiality undertaking under
   section 203 of the German Criminal Code before the first order.

Orders will come from the health claims desk in Lisbon and from Group
Legal in Dublin. Please send the contract for signature to me.

""" + SIG['carvalho'] + '\n' + FOOT_EN + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), CARVALHO,
                    ('Ines Duarte', 'ines.duarte@lingua-partners.example'),
                    'Framework agreement 2026 - medical translations', dt(3, 5, 12, 45, 'pt'), mailer='outlook')


@mail(75, 'C', 'en', 'insurer-to-lawyer',
      'liability claims writes to a UK solicitor about a holiday-flat damage by a German customer: name, policy, claim, amounts')
def m075():
    body = """Dear Mr Tully,

re: Your client Mrs Elaine Penrose / Trevanion Cottage, St Ives
    Our policyholder: Ms Henrike Adler, personal liability PH 33-450912
    Our claim reference: S-26-H-00731

Thank you for your letter of 2 March 2026. The claim has been passed
from our first-notice team to me.

Our policyholder confirms that during her stay (14-21 February 2026)
a glass coffee table broke when her son sat on it, and that red wine
was spilled on the living-room carpet. She reported both to your
client's agent on departure.

Your client claims GBP 2,100 (table GBP 480, carpet replacement
GBP 1,620). Personal liability cover applies; however, we need:

 - the purchase invoice or age of the table and of the carpet,
 - photographs of the carpet before cleaning,
 - confirmation whether professional cleaning was attempted.

A carpet of that age would usually be compensated at its current
value, not at replacement cost. On receipt of the documents we will
make an offer promptly.

Yours sincerely

Frank Oehme
Liability Claims | Lindwurm Allgemeine Versicherung AG
Phone +49 561 9145-3517

""" + FOOT_ALLG + '\n'
    return envelope(text(body), OEHME, ('Richard Tully', 'r.tully@penrose-tully.example'),
                    'Trevanion Cottage / Adler - your ref RT/EP/26-014', dt(3, 9, 14, 18), mailer='outlook')


@mail(76, 'S', 'en', 'internal',
      'service centre hands a household water-damage case to property claims and mentions the customer stroke and rehab stay')
def m076():
    body = """Hi Sabine,

quick handover on the water damage at Mr Michael O'Brien's flat
(HR 30-518824, claim S-26-002655, leaking washing machine hose,
14 Feb). Your surveyor's appointment on 3 March has to be moved.

His wife called us today: Mr O'Brien had a stroke on 22 February and
is now in the neurological rehab clinic in Bad Wildungen until about
mid-April. He has weakness on his right side and cannot deal with
paperwork at the moment. Mrs O'Brien has a power of attorney (copy
uploaded) and will be the contact person from now on, phone on file.

She asked whether the drying company can start without the surveyor,
as the flat is empty. I said you would decide.

""" + SIG['carvalho'] + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), CARVALHO, KOLB,
                    'S-26-002655 O\'Brien - appointment to be moved, new contact', dt(2, 27, 13, 3, 'pt'),
                    cc=[TM_SACH], mailer='outlook')


@mail(77, 'N', 'en', 'internal',
      'trap: seasonal flu vaccination offer for staff of the Lisbon office, health words, no individual')
def m077():
    body = """Dear colleagues,

the occupational health service will offer a free flu vaccination in
the Lisbon office on Tuesday, 13 October and Wednesday, 14 October,
09:00-13:00, in meeting room Douro.

- No appointment needed, bring your citizen card.
- The vaccine is the quadrivalent 2026/27 vaccine.
- If you are pregnant, have an egg allergy or are unwell on the day,
  please speak to the nurse first.

Vaccination is voluntary; nobody in HR or management will know who
took part.

Best,
People & Culture Lisbon
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), ('People & Culture Lisbon', 'people-lisbon@' + DOM),
                    ('All staff Group Services', 'all-gs@' + DOM), 'Flu vaccination in the office - 13/14 October',
                    dt(9, 29, 10, 0, 'pt'), mailer='outlook')


@mail(78, 'C', 'de', 'internal',
      'premium accounting hands returned direct debits in P&C lines to collections: names, contracts, IBANs, ODS list')
def m078():
    body = """Hallo Stefan,

anbei die Rücklastschriften aus dem Einzug vom 01.03. (nur Sach/Kfz/HP,
die KV-Fälle kommen separat). Bei allen fünf ist der zweite Einzugs-
versuch ebenfalls zurückgekommen, daher jetzt zu euch.

Bei Herrn Petrov steht "Konto erloschen" – vermutlich umgezogen, neue
Anschrift haben wir nicht.

""" + SIG['hahn'] + '\n'
    o = ods([('Rücklastschriften 03-2026', [
        ['Vertrag', 'Name', 'IBAN', 'Betrag EUR', 'Rückgabegrund', 'Versuch'],
        ['KF 12-6730015', 'Petrov, Ivan', 'DE11 5188 6150 0800 7208 63', 48.9, 'MD06 Konto erloschen', 2],
        ['HR 30-402297', 'Becker, Sandra', 'DE74 5465 1791 5392 3015 07', 12.4, 'AM04 keine Deckung', 2],
        ['PH 33-918820', 'Yilmaz, Hakan', 'DE69 3541 6498 8618 1626 48', 7.85, 'AM04 keine Deckung', 2],
        ['KF 12-2251907', 'Wagner, Kevin', 'DE69 8063 5049 8809 5530 75', 96.3, 'MS02 Widerspruch', 2],
        ['WG 31-330118', 'Hartmann, Elke', 'DE38 4072 2079 6902 8977 67', 88.0, 'AM04 keine Deckung', 2],
    ])], title='Rücklastschriften 03-2026', author='Nicole Hahn', when='2026-03-09T07:30:00')
    return envelope(mixed(text(body), attach(o, ODS, 'Ruecklastschriften_2026-03_Sach.ods')), HAHN, BRUECKNER,
                    'Rücklastschriften März (Sach/Kfz/HP) – Übergabe', dt(3, 9, 7, 42), cc=[TM_FM], mailer='outlook')


@mail(79, 'S', 'en', 'insurer-to-partner',
      'life underwriting asks the reinsurer for facultative terms: named applicant, birth date, dilated cardiomyopathy, cardiac MRI PDF')
def m079():
    body = """Dear Henrik,

we would like to offer the following case to Nordkap Re on a
facultative basis, as it exceeds our retention:

  Applicant:     Dr. Frederik Lange, DOB 11/09/1976, dentist (self-employed)
  Product:       term life, EUR 2,500,000, 20 years, plus DI annuity
                 EUR 60,000 p.a. (we retain the DI part)
  Medical:       dilated cardiomyopathy diagnosed 2022 after myocarditis;
                 LVEF improved from 35 % to 48 % on sacubitril/valsartan
                 and bisoprolol; NYHA I; no arrhythmias on 24h Holter
  Other:         non-smoker, BMI 24, father died of MI at 61

Our medical officer would accept at +150 % with a review after three
years if the LVEF stays at or above 45 %. The cardiac MRI summary and
the cardiologist's report are attached; the full file is in your
portal folder FAC-2026-017.

Could you let us have your terms by 27 March?

Best regards,
Kathrin Seidel
Head of Life Underwriting, Lindwurm Lebensversicherung AG

""" + FOOT_LEBEN + '\n'
    pdfb = pdf([
        '# Cardiac MRI - summary for underwriting',
        'Patient: Dr. Frederik Lange, born 11.09.1976',
        'Examination: 28.01.2026, Herzzentrum Kassel-Nord, 1.5 T MRI with contrast',
        '',
        'LV end-diastolic volume 212 ml (index 104 ml/m2), mildly dilated',
        'LVEF 48 % (2022: 35 %), no regional wall motion abnormality',
        'Late gadolinium enhancement: small mid-wall stripe basal septum (post-myocarditic)',
        'RV normal size and function, no pericardial effusion',
        '',
        'Assessment (Dr. A. Reinholz, cardiologist): stable dilated cardiomyopathy,',
        'markedly improved under therapy; continue current medication; review in 12 months.',
        '',
        'Prepared by Lindwurm Life Underwriting for reinsurance purposes, 05.03.2026',
    ], title='Cardiac MRI summary FAC-2026-017', author='Life Underwriting', when="20260305150000+01'00'")
    return envelope(mixed(text(body), attach(pdfb, PDF, 'FAC-2026-017_cardiac_MRI_summary.pdf')), SEIDEL,
                    ('Henrik Solberg', 'h.solberg@nordkap-re.example'),
                    '[secure] Facultative request FAC-2026-017', dt(3, 13, 11, 2), cc=[ENGEL], mailer='outlook')


@mail(80, 'N', 'de', 'insurer-to-broker',
      'trap: broker relations explains generically how accident and health claims are routed and asks brokers not to mail doctor reports')
def m080():
    body = """Hallo Herr Jensen,

gute Frage – und Sie sind nicht der Erste, der fragt. Kurz zur
Orientierung, wohin was geht:

- Unfallmeldungen Ihrer Kunden: direkt an leistung-unfall@…, nicht
  an mich. Die Kollegen legen den Vorgang an und melden sich beim
  Kunden.
- Arztrechnungen, Klinikrechnungen, Heil- und Kostenpläne: am besten
  lädt der Kunde sie selbst in der App hoch. Wenn Sie etwas für
  Kunden einreichen, bitte über das Maklerportal (Upload im Vertrag).
- Arztberichte, Atteste, Befunde: bitte NIE per normaler Mail an uns
  schicken, auch nicht an mich. Das Maklerportal oder das SecureMail-
  Postfach sind verschlüsselt, Outlook nicht.
- Beitragsrückstände Ihrer Kunden: Forderungsmanagement informiert Sie
  automatisch über die elektronische Vermittlerpost.

Wenn ein Fall hängt, können Sie mich natürlich jederzeit anrufen.

""" + SIG['wiese'] + '\n'
    return envelope(text(body), WIESE, ('Kai Jensen', 'kai@jensen-makler.example'),
                    'AW: Wohin mit Unfallmeldungen und Arztberichten?', dt(2, 20, 16, 40), mailer='outlook',
                    in_reply_to='<d145.0080.0.11ab3f@jensen-makler.example>')


@mail(81, 'C', 'de', 'broker',
      'broker relations forwards a broker quote request for a family home to property underwriting: names, birth dates, address, prior claims')
def m081():
    body = """Hallo Thomas,

anbei eine Anfrage von Jensen für ein Wohngebäude. Der Makler möchte
bis Ende nächster Woche ein Angebot, die Kunden wechseln vom Wettbewerb
(Sanierungsklausel nach zwei Leitungswasserschäden). Kannst du das
zeichnen?

Gruß Holger

-----Ursprüngliche Nachricht-----
Von: Kai Jensen <kai@jensen-makler.example>
Gesendet: Mittwoch, 11. März 2026 18:02
An: Wiese, Holger
Betreff: Anfrage Wohngebäude Dreyer, Fuldabrück

Moin Herr Wiese,

folgende Kunden möchten zu Ihnen:

  VN 1: Frank Dreyer, geb. 30.11.1982
  VN 2: Sandra Dreyer, geb. Kuhlmann, geb. 22.04.1984
  Objekt: Zum Tiefen Graben 9, 34277 Fuldabrück
  EFH Baujahr 1979, massiv, Kernsanierung Bad 2017, Wfl. 148 m²,
  Keller, PV-Anlage 9,8 kWp auf dem Dach
  Vorschäden: Leitungswasser 02/2023 (3.900 €), 11/2024 (6.200 €) –
  Ursache jeweils Kupferleitung im Keller, inzwischen komplett neu
  (Rechnung Fa. Heizung Seibert liegt vor)
  Vorversicherer hat zum 01.05.2026 gekündigt.

Gewünscht: gleitender Neuwert, Elementar, PV mitversichert.

Beste Grüße
Kai Jensen
Versicherungsmakler
"""
    return envelope(text(body), WIESE, ROTH, 'WG: Anfrage Wohngebäude Dreyer, Fuldabrück', dt(3, 12, 8, 15),
                    cc=[TM_UWS], mailer='outlook')


@mail(82, 'N', 'en', 'internal',
      'out-of-office auto-reply of group legal counsel, names a substitute mailbox, no case data')
def m082():
    body = """Thank you for your e-mail. I am on leave until Monday, 6 April 2026,
with no access to e-mail.

For urgent matters, including new lawsuits and court deadlines, please
contact group-legal@lindwurm-versicherung.example or my colleague
Kevin Walsh (+353 1 145 6625).

Fiona Gallagher
Group Legal | Lindwurm International DAC
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), GALLAGHER, SANTORO,
                    'Automatic reply: Panel counsel review - your input', dt(3, 30, 9, 12, 'ie'),
                    mailer='outlook', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


@mail(83, 'S', 'de', 'internal',
      'data protection hands a subject access request to health benefits: named customer, stored diagnoses and treatments in CSV')
def m083():
    body = """Liebe Frau Lindqvist,

Frau Renate Oswald (KV-1420388-01) hat am 02.03. Auskunft nach Art. 15
DSGVO verlangt; die Monatsfrist endet am 02.04. Die Systemabfrage
(LIMA, OSCAR, Archiv) hat die angehängte Liste ergeben.

Bitte prüfen Sie für Ihren Bereich bis 20.03.:
  1. Ist die Liste der Leistungsfälle vollständig (auch Papierakte
     vor 2019)?
  2. Gibt es Gutachten oder Stellungnahmen des Ärztlichen Dienstes,
     die nicht in LIMA stehen?
  3. Gibt es Daten, die wir ausnahmsweise nicht herausgeben (z. B.
     Gutachten, deren Offenlegung therapeutisch bedenklich ist,
     § 202 VVG)?

Hinweis: Frau Oswald hat ausdrücklich nach "allen gespeicherten
Diagnosen" gefragt – die Auskunft muss die Codes und Klartexte
enthalten.

""" + SIG['raab'] + '\n'
    rows = [['System', 'Datum', 'Kategorie', 'Inhalt', 'Quelle'],
            ['LIMA', '14.03.2023', 'Leistungsfall', 'F45.0 Somatisierungsstörung; Psychotherapie 25 Std.', 'Antrag Therapeut'],
            ['LIMA', '02.11.2023', 'Leistungsfall', 'K21.0 Refluxösophagitis; Gastroskopie', 'Rechnung Praxis Dr. Kühl'],
            ['LIMA', '19.06.2024', 'Leistungsfall', 'M75.1 Rotatorenmanschettenläsion; MRT Schulter re.', 'Rechnung Radiologie'],
            ['LIMA', '08.01.2025', 'Leistungsfall', 'F45.0; Verlängerung Psychotherapie 15 Std.', 'Antrag Therapeut'],
            ['OSCAR', '21.01.2025', 'Beschwerde', 'Verzögerung Erstattung Psychotherapie', 'Mail Kundin'],
            ['AD-Archiv', '30.01.2025', 'Stellungnahme', 'Ärztlicher Dienst zur Verlängerung Psychotherapie', 'Dr. Engel']]
    return envelope(mixed(text(body), attach(csvb(rows, cs='utf-8'), 'text/csv; charset="utf-8"', 'Art15_Oswald_Systemabfrage.csv')),
                    RAAB, LINDQVIST, '[streng vertraulich] Auskunftsersuchen Art. 15 – KV-1420388-01', dt(3, 6, 11, 40),
                    cc=[TM_DS], mailer='outlook')


@mail(84, 'C', 'de', 'insurer-to-customer',
      'property claims settles a building claim after handover from first notice: named customer, claim, address, payout IBAN, HTML only')
def m084():
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:11pt">
<p>Sehr geehrter Herr Merz,</p>
<p>Ihr Leitungswasserschaden vom 03.02.2026 (Schaden <b>S-26-002210</b>, Wohngebäudeversicherung WG 31-508813,
Lindenstraße 14, 34246 Vellmar) ist von unserer Schadenaufnahme an mich zur Regulierung übergeben worden.
Nach Prüfung der Rechnungen zahlen wir wie folgt:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Position</th><th align="right">Betrag</th></tr>
<tr><td>Leckortung und Rohrreparatur (Fa. Seibert)</td><td align="right">1.146,80 &euro;</td></tr>
<tr><td>Trocknung 21 Tage (Fa. TrockenTec)</td><td align="right">1.982,00 &euro;</td></tr>
<tr><td>Estrich/Bodenbelag Flur (Kostenvoranschlag)</td><td align="right">1.183,70 &euro;</td></tr>
<tr><td>abzgl. Selbstbeteiligung</td><td align="right">&minus;500,00 &euro;</td></tr>
<tr><td><b>Auszahlung</b></td><td align="right"><b>3.812,50 &euro;</b></td></tr>
</table>
<p>Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto <b>DE23 7577 8241 0059 3902 31</b>.
Den Bodenbelag erstatten wir bis zur Höhe des Kostenvoranschlags; bitte reichen Sie die Endrechnung nach.</p>
<p>Mit freundlichen Grüßen<br>Sabine Kolb<br>Schaden Sach (Hausrat/Wohngebäude)<br>Lindwurm Allgemeine Versicherung AG</p>
<p style="font-size:8pt;color:#666">Lindwurm Allgemeine Versicherung AG &middot; Lindwurmplatz 1 &middot; 34117 Kassel &middot;
Amtsgericht Kassel HRB 9145</p>
</body></html>
"""
    return envelope(html(h), KOLB, ('Tobias Merz', 'tobias.merz@webpost.example'),
                    'Ihr Schaden S-26-002210 – Abrechnung', dt(3, 20, 13, 15), mailer='outlook')


@mail(85, 'N', 'de', 'internal',
      'trap: quarterly complaints statistics per department and topic in XLSX, complaint words, no person')
def m085():
    body = """Liebe Leitungskreis-Mitglieder,

anbei die Beschwerdestatistik für das erste Quartal 2026. Auffällig:

- Leistung Kranken: 31 % aller Beschwerden, Hauptthema Bearbeitungs-
  dauer bei Psychotherapie- und Hilfsmittelanträgen.
- Schaden Kfz: Glasschäden (Partnerbetrieb-Terminvergabe) deutlich
  gestiegen.
- Übergaben zwischen Abteilungen werden in 18 % der Beschwerden als
  Ursache genannt ("wurde weitergeleitet und dann passierte nichts").

Die BaFin-Meldung (Beschwerderegister) geht am 15.04. raus.

""" + SIG['marquardt'] + '\n'
    xb = xlsx([('Q1 2026', [
        ['Abteilung', 'Beschwerden', 'davon berechtigt', 'Ø Bearbeitungstage', 'Top-Thema'],
        ['Leistung Kranken', 88, 41, 12.4, 'Bearbeitungsdauer'],
        ['Leistung Leben/BU', 19, 6, 21.0, 'Leistungsablehnung'],
        ['Leistung Unfall', 11, 3, 15.2, 'Invaliditätsgrad'],
        ['Schaden Kfz', 74, 39, 8.1, 'Glasschaden/Termin'],
        ['Schaden Sach', 42, 17, 10.6, 'Regulierungshöhe'],
        ['Forderungsmanagement', 23, 5, 6.3, 'Mahngebühren'],
        ['Kundenservice', 27, 14, 3.9, 'Erreichbarkeit'],
        ['gesamt', 284, 125, 10.2, ''],
    ]), ('Ursache Übergabe', [
        ['Ursache', 'Anzahl'], ['Übergabe ohne Rückmeldung an Kunden', 29], ['falsches Zielteam', 12],
        ['Unterlagen nicht mit übergeben', 10]])], title='Beschwerdestatistik Q1 2026', author='Ute Marquardt',
        when='2026-04-07T08:00:00Z')
    return envelope(mixed(text(body), attach(xb, XLSX, 'Beschwerdestatistik_Q1_2026.xlsx')), MARQUARDT, TM_LEITUNG,
                    'Beschwerdestatistik Q1/2026', dt(4, 7, 8, 20), mailer='outlook')


@mail(86, 'S', 'de', 'internal',
      'collections hands a life-policy loan arrears case to legal: named policyholder, life contract, loan and surrender value')
def m086():
    body = """Hallo Frau Wenzel,

ich bräuchte eine rechtliche Einschätzung, bevor wir den nächsten
Schritt gehen:

VN:        Rüdiger Hallstein, Baunatal
Vertrag:   LV 61-0118350, kapitalbildende Lebensversicherung,
           Beginn 01.12.2003, Ablauf 01.12.2033
Policendarlehen: 12.000 € seit 04/2022, Zinssatz 4,5 % p. a.
Zinsrückstand:   1.080,00 € (seit 04/2024 nichts gezahlt)
Rückkaufswert:   ca. 31.400 € (Stand 01.03.2026)

Herr Hallstein reagiert nicht mehr. Die Leben-Kollegen sagen, wir können
die Zinsen einfach mit dem Rückkaufswert verrechnen bzw. das Darlehen
bei Fälligkeit abziehen. Ich frage mich, ob wir ihn vorher noch einmal
förmlich anschreiben müssen und ob eine Kündigung des Darlehens
sinnvoll ist, oder ob das den Vertrag beitragsfrei stellt.

Ein Inkasso kommt in der Leben ja nicht in Frage.

""" + SIG['brueckner'] + '\n'
    return envelope(text(body, cs='windows-1252', cte='8bit'), BRUECKNER, WENZEL,
                    'Policendarlehen LV 61-0118350 – Zinsrückstand, Vorgehen?', dt(2, 23, 14, 2),
                    cc=[TM_RA], mailer='outlook', subject_cs='windows-1252')


@mail(87, 'C', 'en', 'insurer-to-customer',
      'customer service confirms a motor policy cancellation and handover to accounts for refund: name, birth date, policy, plate')
def m087():
    body = """Dear Ms Harrington,

we confirm the cancellation of your motor insurance:

  Policyholder:   Claire Harrington, born 04 July 1989
  Policy:         KF 12-7029164
  Vehicle:        Mini Cooper, KS-CH 89
  Ends on:        31 March 2026 (vehicle de-registered, export to UK)

Your no-claims class (SF 7) is recorded and we will send you a
no-claims certificate in English for your new insurer in the UK.

Your file has been passed to our accounts team for the refund of the
unused premium (April to June). They will transfer it to the account
from which we collected the premium - you do not need to do anything.

Safe travels and all the best!

Kind regards
Jana Petersen
Customer Service Centre
Lindwurm Allgemeine Versicherung AG
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), PETERSEN,
                    ('Claire Harrington', 'claire.harrington@inbox-eu.example'),
                    'Cancellation of your motor insurance KF 12-7029164', dt(3, 26, 15, 48), mailer='crm')


@mail(88, 'N', 'de', 'insurer-to-customer',
      'portal one-time password mail, base64 body, no content or customer data beyond the address')
def m088():
    body = """Guten Tag,

für Sie wurde ein Lindwurm SecureMail-Postfach eingerichtet, weil ein
Mitarbeiter oder eine Mitarbeiterin unseres Hauses Ihnen eine
vertrauliche Nachricht senden möchte.

Ihr Einmal-Passwort lautet:

    Xk7-pQ2m-94Rz

Den Link zur Registrierung erhalten Sie mit einer separaten E-Mail.
Bitte melden Sie sich mit Ihrer E-Mail-Adresse und diesem Einmal-
Passwort an. Anschließend vergeben Sie ein eigenes Passwort und eine
Sicherheitsfrage. Das Einmal-Passwort ist 7 Tage gültig.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.

Lindwurm Versicherungsgruppe · Lindwurmplatz 1 · 34117 Kassel
"""
    return envelope(text(body, cs='utf-8', cte='base64'), TM_NOREPLY, 'm.schultheiss@postfach.example',
                    'Ihr Einmal-Passwort für das Lindwurm SecureMail-Postfach', dt(3, 12, 9, 31),
                    mailer='portal', org=False, extra=[('Auto-Submitted', 'auto-generated')])


@mail(89, 'S', 'en', 'insurer-to-lawyer',
      'group legal instructs Irish solicitors on an income protection dispute: named claimant, ME/CFS after COVID, benefit termination')
def m089():
    body = """Dear Siobhan,

we would be grateful if you could act for Lindwurm International DAC
in the following matter:

  Claimant:   Mr Declan Furlong, 47, Galway, software engineer
  Policy:     income protection IE-IP-19-00714, benefit EUR 3,200/month
  Dispute:    termination of benefit from 1 December 2025

Mr Furlong has received benefit since March 2023 for post-COVID
syndrome with myalgic encephalomyelitis/chronic fatigue syndrome (G93.3).
Our independent medical examination in October 2025 (Dr P. Hanrahan,
consultant in occupational medicine) concluded that he could return to
work part-time at 60 %. Claims terminated the benefit in full rather
than paying the proportionate benefit the policy provides; in my view
that was wrong, and we should offer proportionate benefit from
December with arrears.

His solicitors (Quinlan & Co) have issued a complaint to the Financial
Services and Pensions Ombudsman and threaten proceedings. I would like
you to (1) review the file, (2) advise on the proportionate-benefit
calculation, and (3) draft a settlement letter.

The claims file, the IME report and his treating consultant's letters
will be in your folder on our secure portal by tomorrow.

""" + SIG['gallagher'] + '\n' + FOOT_IE + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), GALLAGHER,
                    ('Siobhan O\'Connor', 'soconnor@oconnor-solicitors.example'),
                    '[secure] New instruction - Furlong / Lindwurm International (IP claim)', dt(2, 19, 10, 6, 'ie'),
                    mailer='outlook')


@mail(90, 'C', 'de', 'internal',
      'grey: broker relations passes a sole-trader broker new bank account and tax number to commission accounting')
def m090():
    body = """Hallo Provisionsabrechnung,

Herr Kai Jensen (Vermittlernr. 40-7712, Einzelmakler, kein GmbH-
Mantel) hat die Bank gewechselt. Bitte ab der März-Abrechnung auf das
neue Konto auszahlen:

  Kontoinhaber: Kai Jensen
  IBAN:         DE23 8911 3783 3736 6370 57
  Steuernummer: 026 812 14550 (FA Kassel II-Hofgeismar)
  USt:          weiterhin umsatzsteuerbefreit nach § 4 Nr. 11 UStG

Das unterschriebene Formular liegt im Maklerakt. Die Provisionsabrechnung
Februar (6.912,40 €) ist schon aufs alte Konto raus, das passt noch.

""" + SIG['wiese'] + '\n'
    return envelope(text(body), WIESE, TM_PROV, 'Bankverbindung Makler Jensen 40-7712', dt(3, 4, 10, 17),
                    mailer='outlook')


@mail(91, 'N', 'de', 'internal',
      'trap: recovery team explains sharing agreements between insurers (percentages, thresholds) in general, no claim')
def m091():
    body = """Hallo Kfz- und Sach-Team,

weil die Frage in der letzten Runde kam: Wann lohnt sich Regress
überhaupt, und was ist ein Teilungsabkommen?

Teilungsabkommen (TA) sind Rahmenvereinbarungen zwischen zwei
Versicherern. Statt im Einzelfall über die Haftung zu streiten, zahlt
der Haftpflichtversicherer einen festen Prozentsatz des Schadens:

  - TA mit der Rheinwall: 55 % bis 20.000 EUR Schadenhöhe
  - TA mit dem Gemeindeversicherungsverband: 50 % bis 15.000 EUR
  - Krankenversicherer/Sozialversicherungsträger (Personenschäden):
    eigene Abkommen, laufen über das Personenschaden-Team

Oberhalb der Grenzen wird wie üblich nach Haftung reguliert. Bitte
übergebt uns alle Schäden mit Fremdverschulden ab 500 EUR, wir prüfen
dann, ob TA oder Einzelregress. Unter 500 EUR lohnt sich der Aufwand
nicht.

Gruß
Jörg Falkenberg
Regress
"""
    return envelope(text(body, cs='iso-8859-1', cte='8bit'), FALKENBERG, [TM_KFZ, TM_SACH],
                    'Regress-Basics: Teilungsabkommen', dt(1, 29, 13, 33), mailer='outlook')


@mail(92, 'S', 'de', 'internal',
      'attachment-only: life underwriting sends lab values to the medical service; body names only the application, XLSX holds name, DOB, HbA1c')
def m092():
    body = """Hallo Ärztlicher Dienst,

anbei die Laborwerte zum Antrag AN-26-104902, die heute vom Labor
gekommen sind. Bitte um Ihr Votum, gern bis Mitte nächster Woche.

Danke und Gruß
Kathrin Seidel
"""
    xb = xlsx([('Labor', [
        ['Antrag', 'AN-26-104902'],
        ['Antragsteller', 'Oliver Kampmann'],
        ['Geburtsdatum', '1975-01-19'],
        ['Versicherungssumme', 'Risiko-LV 350.000 EUR'],
        [],
        ['Parameter', 'Wert', 'Einheit', 'Referenz', 'Bewertung'],
        ['HbA1c', 8.2, '%', '< 5,7', 'erhöht'],
        ['Nüchternglukose', 171, 'mg/dl', '70-99', 'erhöht'],
        ['GGT', 112, 'U/l', '< 60', 'erhöht'],
        ['GPT (ALT)', 64, 'U/l', '< 50', 'erhöht'],
        ['Cholesterin gesamt', 248, 'mg/dl', '< 200', 'erhöht'],
        ['Kreatinin', 0.9, 'mg/dl', '0,7-1,2', 'normal'],
        ['CDT', 2.9, '%', '< 1,7', 'erhöht'],
        ['HIV-1/2-Ak', 'negativ', '', '', ''],
    ])], title='Labor AN-26-104902', author='Labor Dr. Fenner', when='2026-03-17T06:00:00Z')
    return envelope(mixed(text(body), attach(xb, XLSX, 'Labor_AN-26-104902.xlsx')), SEIDEL, TM_AD,
                    'Laborwerte AN-26-104902', dt(3, 17, 9, 55), mailer='outlook')


@mail(93, 'C', 'en', 'internal',
      'grey: service centre hands a pet health claim (dog cruciate ligament surgery) to pet claims: named owner, contract, vet bill')
def m093():
    body = """Hi pet claims team,

handing over a claim from an English-speaking customer:

  Customer:  Ms Hannah Quigley, TK 70-301556 (dog health cover, "Premium")
  Dog:       Murphy, Labrador retriever, male, born 2020, chip
             276098106145221
  Treatment: cranial cruciate ligament rupture, left hind leg; TPLO
             surgery at Tierklinik Kassel-Wilhelmshoehe on 2 March 2026
  Invoice:   EUR 3,486.20 (GOT rate 2x), paid by the customer

Ms Quigley asks whether the physiotherapy for the dog (8 sessions,
EUR 45 each) is covered as well. I told her you would confirm.

She also mentioned the other knee may need the same operation later
this year - she wants to know if there is an annual limit.

""" + SIG['carvalho'] + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), CARVALHO, TM_TIER,
                    'Handover pet claim TK 70-301556 (Quigley)', dt(3, 6, 10, 20, 'pt'), mailer='outlook')


@mail(94, 'N', 'en', 'insurer-to-partner',
      'trap: answer to an industry association survey on claims handling and handover times, aggregated CSV, no person')
def m094():
    body = """Dear Dr Feldhaus,

please find attached our answers to the association's benchmarking
survey "Claims handling times 2025". All figures are aggregated for
the Lindwurm group (German entities only).

Two comments on the questionnaire:
- Question 7 ("time from first notice to handover to the specialist
  unit") is hard to compare: we count handover as the moment the
  specialist team accepts the case, not when it is sent.
- For health claims we report median processing days per invoice,
  not per claim.

Best regards,
Laura Brandt
Process Management, Customer Service Centre
Lindwurm Versicherungsgruppe

""" + FOOT_ALLG + '\n'
    rows = [['Line', 'Claims/benefit cases 2025', 'Median days first notice to handover', 'Median days to settlement',
             'Share settled within 30 days'],
            ['Motor', '18412', '0.9', '14', '0.71'],
            ['Property', '9905', '1.2', '22', '0.58'],
            ['Liability', '3120', '1.4', '35', '0.41'],
            ['Accident', '1688', '1.8', '41', '0.33'],
            ['Health (per invoice)', '611204', '0.3', '4', '0.96'],
            ['Life/DI', '1244', '2.6', '68', '0.19']]
    return envelope(mixed(text(body), attach(csvb(rows, delim=';'), 'text/csv; charset="utf-8"', 'survey_claims_times_2025_Lindwurm.csv')),
                    BRANDT, ('Dr. Ralf Feldhaus', 'r.feldhaus@vv-verband.example'),
                    'Benchmarking survey "Claims handling times 2025" - Lindwurm answers', dt(2, 26, 11, 0),
                    mailer='outlook')


@mail(95, 'S', 'de', 'company',
      'group health team forwards an employer HR mail with a CSV of employees enrolled in company health insurance (names, birth dates)')
def m095():
    body = """Hallo Petra,

die Fulda Fenster GmbH hat ihre bKV-Anmeldungen für den 01.04.
geschickt (Mail unten, Liste im Anhang). Zwei Personen sind über
60 – bitte für die Leistungsbearbeitung anlegen, die Kollegen in der
Bestandsführung haben es schon im System.

Beste Grüße
Melanie

""" + SIG['arndt'] + """

-----Ursprüngliche Nachricht-----
Von: Personalabteilung Fulda Fenster <personal@fulda-fenster.example>
Gesendet: Donnerstag, 19. März 2026 15:22
An: Arndt, Melanie
Betreff: bKV Anmeldungen April

Sehr geehrte Frau Arndt,

anbei die Neuanmeldungen zur betrieblichen Krankenversicherung
(Budgettarif 600 € + Zahnbaustein) zum 01.04.2026. Herr Winter war
bis März in Elternzeit, deshalb kommt er jetzt erst dazu.

Viele Grüße
Sabine Ruppert, Personal
"""
    rows = [['Personalnr', 'Name', 'Vorname', 'Geburtsdatum', 'Eintritt', 'Tarif', 'Beginn bKV'],
            ['1187', 'Winter', 'Tobias', '12.02.1988', '01.09.2019', 'Budget600+Zahn', '01.04.2026'],
            ['1302', 'Aksoy', 'Derya', '30.07.1995', '01.02.2026', 'Budget600+Zahn', '01.04.2026'],
            ['1303', 'Schreiber', 'Helmut', '05.03.1964', '01.02.2026', 'Budget600+Zahn', '01.04.2026'],
            ['1305', 'Gröning', 'Petra', '18.11.1962', '01.03.2026', 'Budget600+Zahn', '01.04.2026']]
    return envelope(mixed(text(body), attach(csvb(rows, cs='windows-1252'), 'application/vnd.ms-excel',
                                             'bKV_Anmeldungen_04-2026.csv')),
                    ARNDT, LINDQVIST, 'WG: bKV Anmeldungen April', dt(3, 20, 8, 33), cc=[TM_KV], mailer='outlook')


@mail(96, 'C', 'de', 'insurer-to-authority',
      'motor claims answers the police about a recovered stolen car: holder name, plate, VIN, claim and insurer interest, no accusation')
def m096():
    body = """Sehr geehrter Herr Polizeioberkommissar Ludwig,

vielen Dank für Ihre Nachricht. Zu dem in Słubice sichergestellten
Fahrzeug teile ich Ihnen mit:

  Fahrzeug:   BMW X5 xDrive30d, FIN WBA11CX0409R14522
  Kennzeichen (zuletzt): KS-DZ 505
  Halter:     Dariusz Zieliński, Kassel
  Versicherung: Vollkasko bei der Lindwurm Allgemeine Versicherung AG,
              Vertrag KF 12-9013378
  Diebstahl: am 04.03.2026 bei Ihrer Dienststelle angezeigt
              (Ihr Az. liegt Ihnen vor); bei uns Schaden S-26-005021

Eine Entschädigung ist bisher nicht gezahlt; das Eigentum ist daher
nicht auf uns übergegangen. Das Fahrzeug ist über die Nordbank
finanziert (Sicherungsübereignung). Bitte geben Sie das Fahrzeug nach
Abschluss der Spurensicherung an den Halter bzw. die Bank heraus und
informieren Sie uns über den Zustand.

Für Rückfragen erreichen Sie mich unter 0561 9145-3312.

Mit freundlichen Grüßen
Tobias Reuter
Schaden Kfz
Lindwurm Allgemeine Versicherung AG
"""
    return envelope(text(body), REUTER, ('PK Ludwig', 'kk-fahrzeugdelikte@polizei-nordhessen.example'),
                    'Ihr Schreiben vom 23.03.2026 – sichergestelltes Fahrzeug KS-DZ 505', dt(3, 24, 11, 50),
                    cc=[TM_SIU], mailer='outlook')


@mail(97, 'N', 'en', 'internal',
      'trap: IT announcement of the health-claims shared mailbox migration with downtime, no case data')
def m097():
    body = """Dear colleagues,

on Saturday, 18 April 2026, we will migrate the following shared
mailboxes to the new Exchange cluster:

  leistung-kranken@   leistung-zahn@   leistung-pflege@
  aerztlicher-dienst@ health-claims@ (Lisbon)

Downtime: 08:00-14:00 CEST. Mail sent in that window is queued and
delivered afterwards; nothing is lost. Rules, folders and permissions
move with the mailbox. The secure-mail gateway settings (mailbox rule
"health claims = strictly confidential") stay as they are.

After the migration please restart Outlook once. If a shared mailbox
is missing, open a ticket with the category "Mailbox".

IT Service Desk
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), TM_IT, [TM_KV, TM_ZAHN, TM_PFLEGE, TM_AD, TM_SSC],
                    'Mailbox migration health teams - Saturday 18 April', dt(4, 9, 16, 30), mailer='outlook')


@mail(98, 'S', 'mixed', 'internal',
      'assistance (English) and travel claims (German) on a trip cancellation: named customer, father heart attack and ICU stay')
def m098():
    body = """Hi Sophie,

danke für die Übergabe, ich übernehme die Stornokosten. One question
back: did the customer say whether her father is co-insured or not
insured at all? For the cancellation it does not matter, but for the
medical costs in Spain it does.

Gruß / best
Lisa

""" + SIG['becker'] + """

-----Original Message-----
From: Sophie Martin
Sent: Tuesday, 7 April 2026 22:14
To: Leistung Reise
Subject: Handover AS-26-04410 Kowalski - cancellation

Hi travel claims,

customer Ms Jana Kowalski (RE 50-117208, annual travel cover, family)
called tonight. Her father, who was supposed to travel with the family
to Lanzarote on 10 April, suffered a heart attack in Kassel on 6 April
and is in intensive care at Klinikum Kassel (stent implanted, stable).
The family has cancelled the trip. Cancellation costs according to the
tour operator: EUR 3,420 (4 persons, 80 % fee).

I told her that she would need a medical certificate for her father and
the cancellation invoice. Handing over to you for settlement.

Best regards,
Sophie
"""
    return envelope(text(body), BECKER, MARTIN, 'AW: Handover AS-26-04410 Kowalski - cancellation', dt(4, 8, 9, 5),
                    cc=[TM_ASSIST], mailer='outlook')


@mail(99, 'C', 'en', 'internal',
      'transport and engineering desk hands a yacht premium instalment request to finance: named owner, annual income, contract')
def m099():
    body = """Hi Tomasz,

could you set up an instalment plan for the yacht policy below? The
owner asked for quarterly payments instead of the annual premium and
our rules say finance has to approve anything above EUR 5,000.

  Policyholder:  Mr Lars Henriksen, Flensburg (Danish citizen)
  Policy:        YA 86-00412, sailing yacht "Havørn", Hallberg-Rassy 44
  Hull value:    EUR 410,000; annual premium EUR 6,150
  Request:       4 instalments, first on 1 May 2026

He sent his last tax assessment to show he can pay: taxable income
2024 EUR 184,000 (dentist, practice owner - so self-employed, no
salary slip). Honestly, I don't think we need that, but he insisted.

Thanks,
Nadine

""" + SIG['klein'] + '\n'
    return envelope(text(body), KLEIN, NOWAK, 'Instalments for yacht policy YA 86-00412 (Henriksen)', dt(4, 2, 14, 40),
                    mailer='outlook')


@mail(100, 'N', 'de', 'insurer-to-partner',
      'trap: press release on storm claims with totals, average payouts and regions, PDF, no individual')
def m100():
    plain = """PRESSEMITTEILUNG

Sturmtief "Ylva": Lindwurm zahlt bisher 14,6 Millionen Euro an Kunden

Kassel, 26. Februar 2026. Nach dem Sturmtief "Ylva" vom 16. bis 18.
Februar haben Kundinnen und Kunden der Lindwurm Versicherungsgruppe
rund 9.800 Schäden gemeldet. Bisher wurden 14,6 Millionen Euro ausgezahlt.

- Wohngebäude: 7.120 Schäden, Ø 1.640 Euro
- Hausrat: 690 Schäden, Ø 720 Euro
- Kfz (umgestürzte Bäume, Hagel): 1.990 Schäden, Ø 2.310 Euro

Am stärksten betroffen waren Nordhessen, das Weserbergland und
Südniedersachsen. "Unsere Schadenteams haben am Wochenende Sonder-
schichten gefahren, die Kolleginnen aus dem Kundenservice haben
Meldungen direkt an die Regulierung übergeben", sagt Vorstand Rainer
Plöger.

Tipp: Schäden fotografieren, Notmaßnahmen ergreifen, Rechnungen
aufheben. Meldung per App oder unter 0561 9145-0.

Pressekontakt: Unternehmenskommunikation, presse@lindwurm-versicherung.example
"""
    h = """<html><body style="font-family:Georgia,serif;font-size:11pt">
<p><b>PRESSEMITTEILUNG</b></p>
<h2>Sturmtief &bdquo;Ylva&ldquo;: Lindwurm zahlt bisher 14,6 Millionen Euro an Kunden</h2>
<p><i>Kassel, 26. Februar 2026.</i> Nach dem Sturmtief &bdquo;Ylva&ldquo; vom 16. bis 18. Februar haben Kundinnen und Kunden
der Lindwurm Versicherungsgruppe rund 9.800 Schäden gemeldet. Bisher wurden 14,6 Millionen Euro ausgezahlt.</p>
<ul><li>Wohngebäude: 7.120 Schäden, &Oslash; 1.640 Euro</li><li>Hausrat: 690 Schäden, &Oslash; 720 Euro</li>
<li>Kfz (umgestürzte Bäume, Hagel): 1.990 Schäden, &Oslash; 2.310 Euro</li></ul>
<p>Am stärksten betroffen waren Nordhessen, das Weserbergland und Südniedersachsen. &bdquo;Unsere Schadenteams haben am
Wochenende Sonderschichten gefahren, die Kolleginnen aus dem Kundenservice haben Meldungen direkt an die Regulierung
übergeben&ldquo;, sagt Vorstand Rainer Plöger.</p>
<p>Pressekontakt: Unternehmenskommunikation, presse@lindwurm-versicherung.example</p>
</body></html>
"""
    pdfb = pdf([
        '# Pressemitteilung - Sturmtief "Ylva"',
        'Kassel, 26. Februar 2026',
        '',
        'Lindwurm zahlt bisher 14,6 Millionen Euro an Kunden.',
        'Gemeldete Schäden: rund 9.800',
        '  Wohngebäude 7.120 (Durchschnitt 1.640 Euro)',
        '  Hausrat 690 (Durchschnitt 720 Euro)',
        '  Kfz 1.990 (Durchschnitt 2.310 Euro)',
        '',
        'Regionen: Nordhessen, Weserbergland, Südniedersachsen',
        'Pressekontakt: Unternehmenskommunikation, Lindwurm Versicherungsgruppe',
    ], title='PM Sturmtief Ylva', author='Unternehmenskommunikation', when="20260226100000+01'00'")
    return envelope(mixed(alt(text(plain), html(h)), attach(pdfb, PDF, 'PM_Sturmtief_Ylva_2026-02-26.pdf')),
                    TM_KOMM, ('Redaktion', 'redaktion@hna-nordhessen.example'),
                    'PM: Sturmtief "Ylva" – Lindwurm zahlt bisher 14,6 Mio. Euro', dt(2, 26, 10, 15), mailer='outlook')


@mail(101, 'S', 'de', 'insurer-to-customer',
      'life claims confirms a disability benefit claim passed on by service: named customer, DI contract number, forms, no diagnosis')
def m101():
    body = """Sehr geehrter Herr Pohlmann,

vielen Dank für Ihren Anruf bei unserem Kundenservice. Die Kollegen
haben Ihr Anliegen an uns, die Fachabteilung Leistung Leben/BU,
weitergegeben.

Ihr Antrag auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung
LV 61-0533871 ist damit bei uns angelegt (Leistungsfall LF-26-00902).
Damit wir prüfen können, benötigen wir von Ihnen:

  1. den ausgefüllten Leistungsfragebogen (liegt im SecureMail-Postfach),
  2. die Schweigepflichtentbindung für die behandelnden Ärzte,
  3. eine Tätigkeitsbeschreibung Ihres Berufs vor Eintritt der
     Beschwerden (gern formlos),
  4. Ihre Einkommensnachweise der letzten zwei Jahre.

Bitte laden Sie die Unterlagen im SecureMail-Postfach oder in der App
hoch und schicken Sie Arztberichte nicht per normaler E-Mail.

Bei Fragen erreichen Sie mich direkt unter 0561 9145-4620.

Mit freundlichen Grüßen

Marco Santoro
Leistung Leben/BU
Lindwurm Lebensversicherung AG

""" + FOOT_LEBEN + '\n'
    return envelope(text(body), SANTORO, ('Andreas Pohlmann', 'a.pohlmann@kabelmail.example'),
                    'Ihr Leistungsantrag – LF-26-00902', dt(4, 14, 10, 3), mailer='outlook')


@mail(102, 'C', 'en', 'internal',
      'cyber hotline hands a ransomware claim of a sole trader bike shop to commercial claims: named owner, policy, his customers data')
def m102():
    body = """Hi commercial claims team,

our cyber hotline took the following first notice tonight; we have
activated the IT forensics partner under the policy's assistance
module. Please take over the claim from tomorrow morning.

Policyholder:  Jonas Keller, trading as "Fahrradwerkstatt Keller e.K."
               (sole trader, 4 employees), Goethestr. 40, 34119 Kassel
Policy:        CY 88-10442 (cyber, sum insured EUR 250,000)
Incident:      ransomware on the shop PC and the POS server, noticed
               06:50 on 24 March 2026; ransom note asks for 0.4 BTC
Data:          customer database with approx. 2,300 names, addresses,
               phone numbers and repair histories; no payment card data
               (card terminal separate)
Forensics:     CyberShield Nord, engineer on site 11:00

Mr Keller asked whether he must notify his customers and the data
protection authority - we told him our legal partner will call him.
He has not paid and will not pay the ransom.

Kind regards,
Rita Carvalho
Team Lead Customer Operations (cyber hotline out-of-hours)
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), CARVALHO, TM_GEWERBE,
                    'Cyber first notice CY 88-10442 (Keller) - handover', dt(3, 24, 19, 40, 'pt'), mailer='outlook')


@mail(103, 'N', 'en', 'insurer-to-partner',
      'IT sends a plain TLS test mail to the reinsurer postmaster before enforcing transport encryption, no content')
def m103():
    body = """Hello,

this is a test message from the Lindwurm Versicherungsgruppe mail
gateway. We are about to enforce TLS (with certificate verification)
for all mail to nordkap-re.example from 1 May 2026.

Please reply to this message if it arrived, and let us know if your
MX hosts will change in the next months. No action is needed
otherwise.

Thank you,
Kevin Albers
IT Service Desk Kassel
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), ALBERS, ('Postmaster', 'postmaster@nordkap-re.example'),
                    'TLS test - Lindwurm mail gateway', dt(4, 15, 11, 11), mailer='outlook')


@mail(104, 'S', 'de', 'internal',
      'legal-expenses claims asks legal about cover for a dismissal during long sick leave: named customer, burnout diagnosis')
def m104():
    body = """Hallo Claudia,

noch ein Arbeitsrechtsfall, bei dem ich unsicher bin:

RS 40-401127, VN Carola Beutel, Arbeits-RS seit 2017.
Frau Beutel ist seit Mai 2025 durchgehend arbeitsunfähig (laut Attest
Anpassungsstörung F43.2 nach Burnout, seit Januar zusätzlich
Reha in der Psychosomatik Bad Zwesten). Der Arbeitgeber hat am 02.03.
personenbedingt wegen Krankheit gekündigt ("negative Gesundheits-
prognose"). Ihre Anwältin will Kündigungsschutzklage erheben und
parallel ein BEM-Verfahren einfordern, das nie stattgefunden hat.

Streitwert: 3 x 3.900 € brutto = 11.700 €.

Frage 1: Ist das Verlangen nach BEM ein eigener Rechtsschutzfall?
Frage 2: Frau Beutel fragt, ob wir auch die Kosten für einen Arzt-
bericht übernehmen, den die Anwältin für die Prognose braucht – ich
würde sagen, das ist kein Gerichtskostenvorschuss und nicht gedeckt.

Die Unterlagen (Kündigung, AU-Bescheinigungen, Reha-Bescheid) liegen
im Vorgang.

""" + SIG['lehmann'] + '\n'
    return envelope(text(body), LEHMANN, WENZEL, 'RS 40-401127 – krankheitsbedingte Kündigung, Deckungsfragen',
                    dt(3, 10, 9, 14), cc=[TM_RA], mailer='outlook')


@mail(105, 'C', 'de', 'internal',
      'service passes a corrected birth date and new address to motor contract administration: name, contract, plate')
def m105():
    body = """Hallo Kfz-Bestand,

bitte im Vertrag KF 12-6684502 (Magdalena Wróbel, Kz. KS-MW 917)
folgendes korrigieren:

- Geburtsdatum: richtig ist 17.09.1990, im System steht 17.09.1999
  (Zahlendreher bei der Antragsaufnahme). Das Alter ist tarifrelevant
  - bitte neu berechnen, der Beitrag müsste sinken.
- Neue Anschrift ab 01.03.2026: Frankfurter Str. 233, 34134 Kassel
  (vorher Baunatal). Regionalklasse ändert sich damit auch.

Kopie des Personalausweises hat die Kundin hochgeladen (im Vorgang
VG-2026-0203318). Bitte Beitragsdifferenz rückwirkend ab Beginn
erstatten.

Danke!
Jana Petersen
Kundenservice-Center
"""
    return envelope(text(body, cs='windows-1252', cte='quoted-printable'), PETERSEN, TM_UWK,
                    'KF 12-6684502: Geburtsdatum + Adresse korrigieren', dt(2, 17, 14, 26),
                    mailer='outlook', subject_cs='windows-1252')


@mail(106, 'N', 'de', 'internal',
      'trap: medical service asks IT for dictation software and headsets for report writing, medical words, no patient')
def m106():
    body = """Hallo Servicedesk,

für den Ärztlichen Dienst bräuchten wir bitte:

- 3 Lizenzen Spracherkennung mit medizinischem Fachwortschatz
  (Kardiologie, Orthopädie, Psychiatrie), damit wir Voten und
  Stellungnahmen nicht mehr abtippen müssen,
- 3 Headsets mit Geräuschunterdrückung,
- einen Fußschalter für die Kollegin, die bisher die Diktate schreibt.

Wichtig: Die Spracherkennung muss lokal laufen, nicht in einer Cloud –
wir diktieren Befunde und Diagnosen, das darf das Haus nicht verlassen.
Der Datenschutz (Dr. Raab) ist informiert.

Kostenstelle 4700 (Ärztlicher Dienst). Budget ist freigegeben.

""" + SIG['korkmaz'] + '\n'
    return envelope(text(body), KORKMAZ, TM_IT, 'Bestellung: Spracherkennung + Headsets Ärztlicher Dienst',
                    dt(5, 5, 10, 22), mailer='outlook')


@mail(107, 'S', 'en', 'doctor',
      'health desk forwards a neurologist mail as message/rfc822 to the medical service: named expat patient, multiple sclerosis, drug approval')
def m107():
    inner_body = """Dear Sir or Madam,

re: Mr Thomas Geiger, DOB 03/05/1984, policy KV-4012877-01

I saw Mr Geiger in the neurology clinic on 26 February 2026. Following
two episodes of optic neuritis (2024, 2025) and new T2 lesions on the
MRI of 12 February 2026 (periventricular and juxtacortical, one
gadolinium-enhancing), he fulfils the McDonald 2017 criteria for
relapsing-remitting multiple sclerosis (G35). CSF showed oligoclonal
bands.

I recommend disease-modifying treatment with ocrelizumab 600 mg IV
every six months (initial dose split into 2 x 300 mg two weeks apart).
Please confirm that you will cover the drug and the day-case
infusions at the Western General Hospital, approx. GBP 9,500 per
six-month cycle.

Yours faithfully,

Dr Fiona MacLeod
Consultant Neurologist
Anne Rowling Clinic, Edinburgh
"""
    inner = envelope(text(inner_body, cs='us-ascii', cte='7bit'),
                     ('Dr Fiona MacLeod', 'f.macleod@edinburgh-neuro.example'),
                     ('Health Claims', 'health-claims@' + DOM),
                     'Mr T. Geiger - request for approval of ocrelizumab', dt(3, 2, 16, 5, 'uk'),
                     mailer='none', org=False, mid='<20260302160500.A41@edinburgh-neuro.example>')
    body = """Dear Dr Korkmaz,

the neurologist's request for Mr Geiger is attached as the original
message. This is above what we may approve in Lisbon (biologicals
always need the medical officer). The customer has an international
tariff with worldwide cover incl. UK.

Could you give us your decision, ideally by the end of next week? The
first infusion is planned for 23 March.

""" + SIG['ferreira'] + '\n'
    return envelope(mixed(text(body, cs='utf-8', cte='quoted-printable'), rfc822(inner, 'Request_ocrelizumab_Geiger.eml')),
                    FERREIRA, KORKMAZ, 'FW: Mr T. Geiger - request for approval of ocrelizumab', dt(3, 4, 9, 30, 'pt'),
                    cc=[TM_AD], mailer='outlook')


@mail(108, 'C', 'mixed', 'internal',
      'liability claims (German) and service centre (English) on a tenant water damage to the flat below: names, policy, claim, amounts')
def m108():
    body = """Hi Rita,

thanks for the handover. Kurze Rückmeldung, damit du der Kundin
antworten kannst:

Ms Grace Mbeki (PH 33-774310, Mietsachschaden eingeschlossen) – ihre
Waschmaschine ist ausgelaufen, Wasser in die Wohnung darunter
(Familie Reinhardt). Schaden an der Decke und am Parkett der
Reinhardts: ca. 4.300 €. Das ist ein klassischer Haftpflichtschaden
from our side, the damage in her own rented flat (floor) is a
"Mietsachschaden" – also covered, deductible EUR 150.

Please tell her:
1. She should NOT pay the neighbours herself.
2. We need the landlord's contact details and the neighbours' claim
   in writing.
3. Der Gutachter kommt nächste Woche, Termin macht er direkt mit ihr.

Danke & Gruß
Frank

-----Original Message-----
From: Rita Carvalho
Sent: Monday, 20 April 2026 10:12
To: Schaden Haftpflicht
Subject: Handover - water leak to flat below (Mbeki)

Hi team, new liability claim by phone: Ms Grace Mbeki, PH 33-774310,
Kassel-Wehlheiden. Washing machine leaked on 18 April, water came
through the ceiling of the flat below. Neighbours (Reinhardt) want
her to pay the painter directly. She asks what to do. Claim no.
S-26-H-01120 created. Thanks! Rita
"""
    return envelope(text(body), OEHME, CARVALHO, 'RE: Handover - water leak to flat below (Mbeki)', dt(4, 20, 15, 2),
                    cc=[TM_HAFT], mailer='outlook')


@mail(109, 'N', 'de', 'internal',
      'farewell lunch invitation for a colleague moving from recovery to the bodily-injury team, names staff only')
def m109():
    body = """Hallo ihr Lieben,

nach sechs Jahren im Regress wechselt Aylin zum 1. Mai ins Personen-
schaden-Team – gleicher Flur, andere Akten :-)

Wir wollen sie trotzdem gebührend verabschieden: Mittagessen am
Donnerstag, 30. April, 12:15 Uhr im "Goldenen Anker" am Königsplatz.
Bitte bis Montag bei mir melden, damit ich reservieren kann. Für das
Geschenk geht ein Umschlag rum.

Die Übergabe ihrer laufenden Fälle machen wir separat im OSCAR.

Gruß
Jörg
"""
    return envelope(text(body, cs='utf-8', cte='8bit'), FALKENBERG, [TM_REGRESS, TM_KFZ, TM_PS],
                    'Abschied Aylin – Mittagessen 30.04.', dt(4, 22, 11, 5), mailer='outlook')


@mail(110, 'S', 'de', 'insurer-to-authority',
      'grey: legal answers a public prosecutor in a fraud investigation: named suspect, accident claim, injuries, payments in PDF')
def m110():
    body = """Sehr geehrte Frau Staatsanwältin Dr. Kallweit,

in dem Ermittlungsverfahren gegen Herrn Sascha Pfeiffer wegen des
Verdachts des Betruges (Ihr Az. 3410 Js 18822/25) übersenden wir Ihnen
auf Ihr Auskunftsersuchen vom 02.02.2026 und den Beschluss des AG
Kassel vom 28.01.2026 die erbetenen Angaben.

Herr Pfeiffer unterhält bei uns die Unfallversicherung UV 55-309977.
Er meldete am 21.07.2025 einen Sturz auf der Kellertreppe seines
Hauses am 19.07.2025 mit Sprunggelenksfraktur rechts (Weber B) und
beantragte Krankenhaustagegeld, Genesungsgeld und eine Invaliditäts-
leistung. Die Aufstellung der Meldungen, der eingereichten Berichte
und unserer Zahlungen liegt als PDF bei.

Nach Hinweisen Dritter soll sich die Verletzung bei einem Fußballspiel
am 19.07.2025 ereignet haben; Verletzungen beim Vereinssport wären im
Tarif ebenfalls versichert gewesen, die Angabe zum Hergang ist für die
Leistung also nicht erheblich gewesen – wohl aber die nachgereichte
Bescheinigung über angebliche Folgeschäden am Knie.

Unsere Sachbearbeiterin aus der Betrugsabwehr steht als Zeugin zur
Verfügung.

""" + SIG['wenzel'] + '\n\n' + FOOT_ALLG + '\n'
    pdfb = pdf([
        '# Aufstellung Unfallversicherung UV 55-309977 - Pfeiffer, Sascha',
        'für StA Kassel, Az. 3410 Js 18822/25',
        '',
        'Meldung 21.07.2025: Sturz Kellertreppe 19.07.2025, Sprunggelenksfraktur re. (S82.6)',
        'Bericht Klinikum Kassel 22.07.2025: OSG-Fraktur Weber B, Plattenosteosynthese 20.07.2025',
        'Bericht Dr. Haller 14.10.2025: Bewegungseinschränkung OSG, Reha-Sport',
        'Bescheinigung Dr. Roemer 03.12.2025: "unfallbedingte Meniskusschädigung li. Knie" (S83.2)',
        '   -> laut MRT 08/2024 (Kassenauskunft) bereits vorbestehend',
        '',
        'Zahlungen:',
        '  Krankenhaustagegeld 5 Tage x 50,00 EUR          250,00 EUR   05.08.2025',
        '  Genesungsgeld 5 Tage x 50,00 EUR                250,00 EUR   05.08.2025',
        '  Vorschuss Invalidität                         5.000,00 EUR   18.12.2025',
        '  gesamt                                        5.500,00 EUR',
        '',
        'Beantragt, nicht gezahlt: Invalidität Knie (Forderung 21.400,00 EUR)',
        'Erstellt: Betrugsabwehr / Rechtsabteilung, 10.02.2026',
    ], title='Aufstellung UV 55-309977', author='Rechtsabteilung', when="20260210140000+01'00'")
    return envelope(mixed(text(body), attach(pdfb, PDF, 'Aufstellung_UV55-309977_StA.pdf')), WENZEL,
                    ('StAin Dr. Kallweit', 'poststelle@sta-kassel.justiz.example'),
                    'Az. 3410 Js 18822/25 – Auskunft Lindwurm Allgemeine Versicherung AG', dt(2, 11, 15, 35),
                    cc=[TM_SIU], mailer='outlook')


@mail(111, 'N', 'de', 'insurer-to-customer',
      'portal registration link mail, HTML only, no content or customer data')
def m111():
    h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>bitte schließen Sie die Registrierung für Ihr Lindwurm SecureMail-Postfach ab. Klicken Sie dazu auf den folgenden
Link und melden Sie sich mit Ihrer E-Mail-Adresse und dem Einmal-Passwort an, das wir Ihnen in einer separaten
E-Mail geschickt haben:</p>
<p><a href="https://securemail.lindwurm-versicherung.example/register?t=6f1c9a0e44b2">Registrierung abschließen</a></p>
<p>Der Link ist 7 Tage gültig. Danach vergeben Sie ein eigenes Passwort und wählen eine Sicherheitsfrage.</p>
<p>Falls Sie kein Postfach erwartet haben, können Sie diese E-Mail ignorieren.</p>
<p style="color:#666;font-size:12px">Automatisch erstellte E-Mail &ndash; bitte nicht antworten.<br>
Lindwurm Versicherungsgruppe &middot; Lindwurmplatz 1 &middot; 34117 Kassel</p>
</body></html>
"""
    return envelope(html(h, cte='base64'), TM_NOREPLY, 'm.schultheiss@postfach.example',
                    'Registrierung Ihres Lindwurm SecureMail-Postfachs', dt(3, 12, 9, 31),
                    mailer='portal', org=False, extra=[('Auto-Submitted', 'auto-generated')])


@mail(112, 'C', 'de', 'insurer-to-supplier',
      'motor claims orders a windscreen replacement at the customer address after a complaint: name, address, plate, claim, PDF order')
def m112():
    body = """Sehr geehrte Damen und Herren,

nach einer Beschwerde des Kunden bitten wir um umgehende Erledigung
des folgenden Auftrags – der Auftrag vom 04.02. ist bei Ihnen offenbar
nicht angekommen:

  Kunde:       Günter Assmann, Am Sälzerhof 3, 37269 Eschwege
  Telefon:     über den Auftrag im Partnerportal
  Fahrzeug:    Opel Astra K Sports Tourer, ESW-GA 66
  Schaden:     S-26-003018, Teilkasko Glas, SB 150 €
  Leistung:    Austausch Frontscheibe inkl. Kalibrierung
               Kamera/Spurhalteassistent, mobiler Service beim Kunden

Bitte vereinbaren Sie den Termin noch diese Woche und bestätigen Sie
ihn uns kurz. Der Reparaturauftrag hängt als PDF an.

Mit freundlichen Grüßen
Tobias Reuter
Schaden Kfz | Gruppe 3
Lindwurm Allgemeine Versicherung AG
"""
    pdfb = pdf([
        '# Reparaturauftrag Glas - Lindwurm Allgemeine Versicherung AG',
        'Auftragsnummer: GA-26-03018 (Ersatz für Auftrag vom 04.02.2026)',
        '',
        'Schaden: S-26-003018    Vertrag: KF 12-2087734',
        'Kunde: Günter Assmann, Am Sälzerhof 3, 37269 Eschwege',
        'Fahrzeug: Opel Astra K Sports Tourer, ESW-GA 66',
        '',
        'Leistung: Austausch Frontscheibe, Kalibrierung Frontkamera',
        'Selbstbeteiligung beim Kunden einziehen: 150,00 EUR',
        'Rechnung an: Lindwurm Allgemeine Versicherung AG, Schaden Kfz',
        '',
        'Termin: bis spätestens 06.03.2026, mobiler Service',
    ], title='Reparaturauftrag GA-26-03018', author='Tobias Reuter', when="20260302093000+01'00'")
    return envelope(mixed(text(body), attach(pdfb, PDF, 'Reparaturauftrag_GA-26-03018.pdf')), REUTER,
                    ('Glasprofi Disposition', 'dispo@glasprofi.example'),
                    'Eilauftrag Scheibentausch ESW-GA 66 (S-26-003018)', dt(3, 2, 9, 40), cc=[MARQUARDT],
                    mailer='outlook')


@mail(113, 'S', 'en', 'internal',
      'dental claims answers the Lisbon desk on an implant treatment plan: named customer, periodontitis, tooth regions, PDF plan')
def m113():
    plain = """Hi Joao,

I have checked the treatment plan for Ms Ana Lucia Marques
(KV-5019344-01, tariff ZahnPlus 70). Result:

- Implants regio 36 and 46 after extraction (both teeth not worth
  preserving due to advanced periodontitis, stage III) - covered at
  70 % of the approved amount.
- The periodontal treatment (PAR) must be completed BEFORE the implants;
  we cover it under the outpatient dental part at 100 %.
- Bone augmentation regio 46 (GOZ 9100) is covered, the sinus lift is
  not needed for lower jaw teeth and must be an error on the plan -
  please ask the dentist.

Approved amount: EUR 6,840.00 of EUR 7,412.50; reimbursement 70 % =
EUR 4,788.00. Summary attached as PDF, you can send it to her via the
portal.

Best regards,
Martina Kessler
Dental Claims | Lindwurm Krankenversicherung AG
"""
    h = """<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi Joao,</p>
<p>I have checked the treatment plan for Ms Ana Lucia Marques (KV-5019344-01, tariff ZahnPlus 70). Result:</p>
<ul>
<li>Implants regio 36 and 46 after extraction (both teeth not worth preserving due to advanced periodontitis,
stage III) &ndash; covered at 70&nbsp;% of the approved amount.</li>
<li>The periodontal treatment (PAR) must be completed <b>before</b> the implants; we cover it under the outpatient
dental part at 100&nbsp;%.</li>
<li>Bone augmentation regio 46 (GOZ 9100) is covered, the sinus lift is not needed for lower jaw teeth and must be
an error on the plan &ndash; please ask the dentist.</li>
</ul>
<p>Approved amount: EUR 6,840.00 of EUR 7,412.50; reimbursement 70&nbsp;% = <b>EUR 4,788.00</b>.
Summary attached as PDF, you can send it to her via the portal.</p>
<p>Best regards,<br>Martina Kessler<br>Dental Claims | Lindwurm Krankenversicherung AG</p>
</body></html>
"""
    pdfb = pdf([
        '# Treatment plan assessment - KV-5019344-01',
        'Insured person: Ana Lucia Marques, born 21.02.1979',
        'Dentist: Clinica Dentaria Belem, Lisboa (plan dated 10.03.2026)',
        '',
        'Findings: periodontitis stage III, grade B; teeth 36 and 46 not worth preserving',
        '',
        'Item                               Plan EUR    Approved EUR',
        'Extraction 36, 46                     210.00        210.00',
        'Implant 36 incl. abutment/crown     2,980.00      2,860.00',
        'Implant 46 incl. abutment/crown     2,980.00      2,860.00',
        'Bone augmentation 46 (GOZ 9100)       910.00        910.00',
        'Sinus lift (GOZ 9120)                 332.50          0.00  (not indicated, lower jaw)',
        'Total                               7,412.50      6,840.00',
        '',
        'Reimbursement tariff ZahnPlus 70: 70 % = EUR 4,788.00',
        'Condition: periodontal treatment completed before implant surgery',
    ], title='HKP assessment KV-5019344-01', author='Martina Kessler', when="20260318111500+01'00'")
    return envelope(mixed(alt(text(plain, cs='us-ascii', cte='7bit'), html(h)),
                          attach(pdfb, PDF, 'HKP_assessment_KV-5019344-01.pdf')),
                    KESSLER, FERREIRA, 'RE: Dental treatment plan Marques - assessment', dt(3, 18, 11, 30),
                    mailer='outlook')


@mail(114, 'N', 'en', 'internal',
      'trap: assistance manager summarises a partner contract renewal with case volumes and cost per medical case, no person')
def m114():
    body = """Dear members of the management circle,

our contract with MedAssist Global (worldwide medical network for
travel health and repatriation) expires on 30 June. Summary of the
renewal offer:

                            2025 actual     offer 2026-2028
Cases handled                    3,412     est. 3,600 p.a.
Fee per medical case            EUR 86     EUR 92
Fee per repatriation           EUR 410     EUR 430
Hospital cost guarantees        1,118      (included)
Average saving on hospital
invoices (network rates)          19 %     guaranteed min. 17 %

Service levels improve (doctor call-back within 60 minutes instead of
2 hours; handover of complete case files to our health claims team
within 24 hours of closing the case).

I recommend signing for three years. Decision needed by 15 May.

""" + SIG['martin'] + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), MARTIN, TM_LEITUNG,
                    'Renewal MedAssist Global - recommendation', dt(4, 28, 17, 5), mailer='outlook')


@mail(115, 'C', 'en', 'insurer-to-customer',
      'travel claims settles a lost-luggage claim handed over by assistance: named customer, passport number, policy, amounts')
def m115():
    body = """Dear Mr Wrigley,

your call to our assistance line on 9 March has been passed to us, the
travel claims team, for settlement of your baggage claim.

  Policy:          RE 50-240113 (annual travel insurance incl. baggage)
  Claim:           S-26-R-00412
  Flight:          LX 1071 Zurich - Frankfurt, 8 March 2026
  Airline ref.:    FRALX48812 (property irregularity report)
  Passport no.:    as given by you, 56219784 (UK) - for the airline

The airline has now declared the suitcase lost. Under your policy we
pay the current value of the contents, less what the airline pays
under the Montreal Convention. Please send us:

  - the airline's settlement letter,
  - receipts or photos for items over EUR 200 (you listed a suit and
    a pair of headphones),
  - receipts for the emergency purchases on 8/9 March.

We have already noted EUR 312.40 for emergency purchases and will pay
this in advance to the account on file.

Kind regards
Lisa Becker
Travel Claims | Lindwurm Allgemeine Versicherung AG
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), BECKER, ('Tom Wrigley', 'tom.wrigley@inbox-eu.example'),
                    'Your baggage claim S-26-R-00412', dt(3, 13, 12, 50), mailer='outlook')


@mail(116, 'N', 'de', 'internal',
      'trap: new dunning-level process with example amounts and deadlines in ODT, placeholders, no person')
def m116():
    body = """Hallo zusammen,

ab 01.05. gilt das neue Mahnstufenmodell für alle Sparten außer
Kranken und Leben (dort gelten die gesetzlichen Sonderregeln). Der
größte Unterschied: Die Übergabe von der Beitragsbuchhaltung an uns
erfolgt schon nach Stufe 2, nicht mehr nach Stufe 3.

Beschreibung mit Beispielrechnung anbei. Die Beispiele sind fiktiv.

""" + SIG['brueckner'] + '\n'
    doc = odt([
        ('h', 'Mahnstufenmodell ab 01.05.2026 (Sach, Kfz, Haftpflicht, Unfall)'),
        ('table', [['Stufe', 'Zuständig', 'Zeitpunkt', 'Gebühr', 'Inhalt'],
                   ['1', 'Beitragsbuchhaltung', 'Fälligkeit + 14 Tage', '0,00 EUR', 'Zahlungserinnerung'],
                   ['2', 'Beitragsbuchhaltung', 'Stufe 1 + 14 Tage', '5,00 EUR', 'Mahnung; danach Übergabe an FM'],
                   ['3', 'Forderungsmanagement', 'Übergabe + 7 Tage', '5,00 EUR', 'qualifizierte Mahnung § 38 VVG'],
                   ['4', 'Forderungsmanagement', 'Fristablauf', '–', 'Kündigung, ggf. Inkasso (nicht Personenversicherung)']]),
        'Beispielrechnung (fiktiv): Monatsbeitrag 62,40 EUR, fällig 01.06.; Stufe 1 am 15.06.; Stufe 2 am 29.06. '
        '(67,40 EUR); Übergabe FM am 30.06.; Stufe 3 am 07.07. (72,40 EUR); Kündigung frühestens nach Ablauf der '
        'Zwei-Wochen-Frist.',
        'Platzhalter in den Vorlagen: «Anrede» «Name» «Vertragsnummer» «Rückstand» «Frist»',
    ], title='Mahnstufenmodell 2026', author='Stefan Brückner', when='2026-04-10T09:00:00')
    return envelope(mixed(text(body), attach(doc, ODT, 'Mahnstufenmodell_ab_2026-05-01.odt')), BRUECKNER,
                    [TM_BB, TM_FM], 'Neues Mahnstufenmodell ab 01.05.', dt(4, 10, 9, 12), mailer='tb')


@mail(117, 'S', 'de', 'internal',
      'medical officer advises life claims on an early death claim: named deceased, pancreatic cancer, pre-application symptoms')
def m117():
    body = """Hallo Herr Santoro,

zum Todesfall LF-26-00214 (Bernd Ullrich, † 09.01.2026, LV 61-0641288,
Risiko-LV 180.000 €, Beginn 01.05.2024) meine Einschätzung nach
Durchsicht der Unterlagen:

Todesursache laut Totenschein und Klinikbericht: metastasiertes
Adenokarzinom des Pankreas (C25.0), Erstdiagnose 18.09.2025.

Aus der Hausarztakte (Schweigepflichtentbindung der Erben liegt vor):
- 02/2024 und 03/2024 Oberbauchbeschwerden, Gewichtsverlust 4 kg,
  Sonographie ohne Befund, PPI verordnet
- Antrag unterschrieben 11.04.2024; Gesundheitsfrage 2 ("Beschwerden
  oder Untersuchungen in den letzten 12 Monaten") mit "nein"
  beantwortet

Medizinisch war das Karzinom im Frühjahr 2024 nicht diagnostiziert und
mit der damaligen Diagnostik wohl auch nicht erkennbar. Die Beschwerden
und die Sonographie hätten aber angegeben werden müssen. Ob wir
zurücktreten bzw. die Leistung verweigern können, ist eine Rechtsfrage;
medizinisch halte ich einen Zusammenhang zwischen den nicht
angegebenen Beschwerden und der Todesursache für wahrscheinlich.

Bitte vor einer Entscheidung mit der Rechtsabteilung abstimmen – die
Witwe ist nach Aktenlage sehr belastet.

""" + SIG['korkmaz'] + '\n'
    return envelope(text(body), KORKMAZ, SANTORO, 'LF-26-00214 – ärztliche Einschätzung', dt(3, 31, 14, 15),
                    cc=[TM_AD], mailer='outlook')


@mail(118, 'C', 'de', 'insurer-to-assessor',
      'liability claims orders a surveyor for excavation damage to a neighbour wall: named policyholders and neighbour, policy, address')
def m118():
    body = """Sehr geehrter Herr Sommer,

bitte besichtigen Sie in der folgenden Sache den Schaden und schätzen
Sie die Reparaturkosten:

  Vertrag:    Bauherrenhaftpflicht BH 34-00917
  VN:         Eheleute Jana und Philipp Kaiser, Neubau Am Rosenhang 7,
              34270 Schauenburg
  Geschädigt: Herr Lutz Brand, Am Rosenhang 9 (Nachbargrundstück)
  Schaden:    S-26-H-00388

Beim Aushub der Baugrube am 09.03. hat sich die Gartenmauer des
Nachbarn (Natursteinmauer, ca. 14 m, Höhe 1,20 m) auf etwa 5 m
geneigt, Risse im Fundament. Herr Brand hat ein Angebot über
11.900 EUR vorgelegt (Abriss und Neuaufbau komplett). Bitte auch
prüfen, ob eine Teilsanierung genügt und ob die Mauer schon vorher
schadhaft war (Alter ca. 60 Jahre).

Den Termin stimmen Sie bitte direkt mit Herrn Brand ab
(Tel. 05601 145 7720); die Bauherren sind informiert.

Mit freundlichen Grüßen
Frank Oehme
Schaden Haftpflicht
"""
    return envelope(text(body, cs='iso-8859-1', cte='quoted-printable'), OEHME,
                    ('Dipl.-Ing. Matthias Sommer', 'sommer@sv-buero-sommer.example'),
                    'Auftrag S-26-H-00388 - Gartenmauer Schauenburg', dt(3, 13, 8, 55), mailer='outlook',
                    subject_cs='iso-8859-1')


@mail(119, 'N', 'de', 'internal',
      'trap: data protection circulates the new blank consent and confidentiality-waiver form with placeholders, PDF, no person')
def m119():
    body = """Liebe Kolleginnen und Kollegen in Kundenservice, Leistung und Antrag,

anbei die neue Fassung der "Einwilligungs- und Schweigepflicht-
entbindungserklärung" (Stand 04/2026), abgestimmt mit der
Rechtsabteilung und den Aufsichtsbehörden-Mustertexten des Verbands.

Wichtigste Änderung: Die Kundin bzw. der Kunde kann jetzt zwischen
einer pauschalen Entbindung und einer Einzelfall-Entbindung wählen.
Außerdem gibt es ein eigenes Feld für die Einwilligung in die
Übermittlung per E-Mail mit Transportverschlüsselung.

Bitte ab sofort nur noch dieses Formular verschicken; die alten
Fassungen im Laufwerk habe ich archiviert.

""" + SIG['raab'] + '\n'
    pdfb = pdf([
        '# Einwilligungs- und Schweigepflichtentbindungserklärung (Stand 04/2026)',
        '',
        'Versicherte Person: ______________________________  geb. ____________',
        'Vertrags-/Antragsnummer: ______________________',
        '',
        '1. Erhebung von Gesundheitsdaten bei Dritten',
        '   [ ] Ich entbinde Ärzte, Krankenhäuser, Pflegeeinrichtungen, Behörden und andere',
        '       Versicherer pauschal von ihrer Schweigepflicht, soweit die Daten zur Prüfung',
        '       der Leistungspflicht erforderlich sind.',
        '   [ ] Ich möchte in jedem Einzelfall gefragt werden.',
        '',
        '2. Weitergabe an Stellen außerhalb des Versicherers (Rückversicherer, Gutachter,',
        '   Dienstleister) - nur im erforderlichen Umfang.',
        '',
        '3. Kommunikation per E-Mail',
        '   [ ] Ich willige ein, dass mir Gesundheitsdaten per E-Mail mit Transport-',
        '       verschlüsselung (TLS) geschickt werden dürfen. Widerruf jederzeit möglich.',
        '',
        'Ort, Datum: ________________   Unterschrift: ______________________________',
    ], title='Einwilligung Schweigepflichtentbindung 04-2026', author='Datenschutz', when="20260415080000+02'00'")
    return envelope(mixed(text(body), attach(pdfb, PDF, 'Einwilligung_Schweigepflichtentbindung_2026-04.pdf')),
                    RAAB, [TM_SERVICE, TM_KV, TM_LV, TM_UV, TM_UWL], 'Neue Schweigepflichtentbindung (Formular 04/2026)',
                    dt(4, 15, 8, 10), mailer='outlook')


@mail(120, 'N', 'en', 'internal',
      'trap: knowledge-base article for the service centre on physiotherapy reimbursement rules, no customer')
def m120():
    body = """Hi team,

as promised, the new knowledge-base article (KB-HEALTH-031) in short:

PHYSIOTHERAPY - WHAT WE PAY
- Needs a doctor's prescription (in Germany: "Heilmittelverordnung";
  abroad: any written referral with diagnosis and number of sessions).
- Tariffs Global Select and KomfortPlus: 100 % up to the
  "Heilmittel" price list; Kompakt tariffs: 80 %.
- More than 12 sessions per prescription: the prescription must state
  a reason; after 24 sessions a short progress report is needed.
- Osteopathy is NOT physiotherapy - covered only in Global Select
  (max. EUR 400 a year).

HANDOVER
- Questions about a specific invoice go to health claims via OSCAR,
  not by e-mail, and without copying the diagnosis into the note.

Full article in the KB. Shout if anything is unclear.

""" + SIG['ferreira'] + '\n'
    return envelope(text(body, cs='utf-8', cte='8bit'), FERREIRA, TM_SSC,
                    'KB-HEALTH-031 physiotherapy - summary', dt(4, 6, 13, 12, 'pt'), mailer='outlook')


@mail(121, 'N', 'de', 'insurer-to-customer',
      'grey: automatic receipt confirmation with ticket number only, base64, no contract or matter content')
def m121():
    body = """Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und hat
die Vorgangsnummer

    T-2026-118811

Wir haben Ihr Anliegen an die zuständige Fachabteilung weitergeleitet.
In der Regel erhalten Sie innerhalb von fünf Arbeitstagen eine Antwort.
Bitte geben Sie bei Rückfragen die Vorgangsnummer an.

Ihr Lindwurm Kundenservice

Diese Nachricht wurde automatisch erstellt.
"""
    return envelope(text(body, cs='utf-8', cte='base64'), TM_SERVICE, 'r.oswald@mailwelt.example',
                    'Ihre Nachricht an Lindwurm – Vorgangsnummer T-2026-118811', dt(3, 2, 20, 41),
                    mailer='crm', org=False, extra=[('Auto-Submitted', 'auto-replied')])


@mail(122, 'C', 'en', 'internal',
      'cargo claims hands a road-haulage damage to recovery: client company, named driver statement, no injury, CMR PDF')
def m122():
    body = """Hi Joerg,

passing you the recovery against the Polish haulier in this one. We
paid our insured today.

Insured:     Kassel Feinkost GmbH (contact: Ms Ewa Nowicka, logistics)
Policy:      TR 85-40118 (goods in transit, open cover)
Claim:       S-26-T-00301, paid EUR 18,240.00 on 14 April 2026
Carrier:     Trans-Wisla sp. z o.o., Poznan
Driver:      Mr Krzysztof Malinowski (statement in the CMR remarks)
Loss:        3 pallets of olive oil and wine destroyed; load shifted
             during emergency braking on the A7 near Hann. Muenden on
             27 March; nobody was injured

Liability under CMR Art. 17 is clear (insufficient load securing,
no straps on the upper layer per the photos). Limit 8.33 SDR/kg,
gross weight 2,160 kg -> approx. EUR 21,500, so we should recover
in full. CMR copy with the driver's remarks attached.

""" + SIG['klein'] + '\n'
    pdfb = pdf([
        '# CMR consignment note (copy) - No. PL 2026 / 041877',
        '1 Sender: Oleificio Ferrante S.r.l., Bari, Italy',
        '2 Consignee: Kassel Feinkost GmbH, Kassel, Germany',
        '16 Carrier: Trans-Wisla sp. z o.o., Poznan, Poland - truck PO 7721K',
        '',
        'Goods: 12 pallets olive oil / wine, gross weight 8,640 kg',
        '',
        '24 Goods received (consignee) on 27.03.2026 with reservation:',
        '   3 pallets collapsed, bottles broken, oil leaking - see photos',
        '',
        'Remarks of driver (K. Malinowski): emergency braking near Hann. Muenden,',
        'load moved forward; no accident with other vehicles, nobody hurt.',
    ], title='CMR PL 2026 041877', author='Schaden Transport', when="20260414100000+02'00'")
    return envelope(mixed(text(body), attach(pdfb, PDF, 'CMR_PL2026-041877.pdf')), KLEIN, FALKENBERG,
                    'Recovery CMR - S-26-T-00301 Kassel Feinkost / Trans-Wisla', dt(4, 14, 16, 3),
                    cc=[TM_REGRESS, TM_TRANSPORT], mailer='outlook')


@mail(123, 'S', 'en', 'internal',
      'finance hub and accident benefits set up an accident pension for a customer in Portugal: name, invalidity degree, IBANs')
def m123():
    body = """Hi Daniel,

thanks for the handover of the accident pension for Mr Helmut Brandl
(UV 55-098812). Before we start the monthly payments, please confirm
the details I took from your note:

  Insured:        Helmut Brandl, born 30/11/1958, now living in
                  Lagos, Portugal
  Accident:       car accident 14/06/2024, Autobahn A44
  Invalidity:     72 % (head injury with persistent hemiparesis left,
                  loss of sight left eye) - pension from 50 %
  Pension:        EUR 1,150.00 per month from 01/01/2026, for life
  Arrears:        Jan-Apr 2026 = EUR 4,600.00

He asks to be paid to his Portuguese account PT38 0035 0651 0000 1452
7834 1. His old German account DE21 8999 6207 6755 3108 90 should be
closed for payments.

We need a life certificate every year (Portuguese "atestado de vida"
from the Junta de Freguesia is accepted). I will send him the form.

""" + SIG['nowak'] + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), NOWAK, VOSS,
                    'Accident pension UV 55-098812 Brandl - payment set-up', dt(4, 16, 10, 40, 'pl'),
                    cc=[TM_UV], mailer='outlook')


@mail(124, 'N', 'en', 'insurer-to-customer',
      'trap: generic reply to a prospect on how to send medical documents securely, no personal data or contract')
def m124():
    body = """Dear Ms Lindgren,

thank you for your question. If you decide to take out a policy with
us and later need to send us documents such as doctor's invoices or
medical reports, please use one of these channels:

 1. The Lindwurm app: photograph the invoice, done.
 2. Our secure mailbox (SecureMail portal): once you are a customer,
    we set up an account for you; you get a one-time password and a
    registration link in two separate e-mails.
 3. By post to Lindwurm Krankenversicherung AG, Posteingang,
    34117 Kassel.

Please do not send medical documents by ordinary e-mail - e-mail is
not encrypted end to end and may pass through many servers.

You can find our international health plans at
https://www.lindwurm-versicherung.example/en/health

Kind regards
Joao Ferreira
Lindwurm Group Services, Lisbon
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), FERREIRA, ('Maja Lindgren', 'maja.lindgren@inbox-eu.example'),
                    'RE: How do I send you documents?', dt(4, 2, 11, 25, 'pt'), mailer='outlook',
                    in_reply_to='<d145.0124.0.9de10a@inbox-eu.example>')


@mail(125, 'C', 'de', 'insurer-to-customer',
      'collections sends a last motor premium reminder before handing over to a collection agency: name, contract, plate, PDF letter')
def m125():
    body = """Sehr geehrter Herr Kowalczyk,

leider ist der Beitrag für Ihre Kfz-Versicherung trotz unserer
Mahnungen noch nicht bei uns eingegangen. Ihr Vertrag wurde uns von
der Beitragsbuchhaltung übergeben.

Im Anhang finden Sie unser Schreiben mit der Aufstellung. Bitte zahlen
Sie den offenen Betrag von 617,40 € bis zum 27.02.2026. Andernfalls
müssen wir die Forderung an ein Inkassounternehmen abgeben; dadurch
entstehen Ihnen weitere Kosten.

Wenn Sie in Zahlungsschwierigkeiten sind, rufen Sie mich bitte an –
eine Ratenzahlung ist oft möglich.

Mit freundlichen Grüßen
Stefan Brückner
Forderungsmanagement
Tel. 0561 9145-2890
"""
    pdfb = pdf([
        '# Lindwurm Allgemeine Versicherung AG - Forderungsmanagement',
        'Herrn Piotr Kowalczyk, Mühlenweg 8, 34125 Kassel',
        '',
        'Letzte Zahlungsaufforderung vor Abgabe an ein Inkassounternehmen',
        'Vertrag KF 12-6610274 - Kfz-Haftpflicht/Teilkasko - amtl. Kz. KS-PK 412',
        '',
        'Beitrag 01.10.2025 - 30.09.2026 (Rest)        612,40 EUR',
        'Mahnkosten                                      5,00 EUR',
        'offen                                         617,40 EUR',
        '',
        'Zahlbar bis 27.02.2026 auf unser Konto bei der Kasseler Bank,',
        'Verwendungszweck: KF 12-6610274 / FM-26-0211',
        '',
        'Hinweis: Der Versicherungsschutz ist nach § 38 VVG entfallen.',
    ], title='Zahlungsaufforderung KF 12-6610274', author='Forderungsmanagement', when="20260213090000+01'00'")
    return envelope(mixed(text(body), attach(pdfb, PDF, 'Zahlungsaufforderung_KF12-6610274.pdf')), BRUECKNER,
                    ('Piotr Kowalczyk', 'p.kowalczyk@netzpost.example'),
                    'Ihr Kfz-Vertrag – letzte Zahlungsaufforderung', dt(2, 13, 9, 15), mailer='outlook')


@mail(126, 'N', 'en', 'internal',
      'trap: group actuarial note on a new mortality table with aggregated death rates by age in CSV, no person')
def m126():
    body = """Dear colleagues in life underwriting and product management,

the German Association of Actuaries has published the new mortality
table for term life business. Our analysis of the impact on the
Lindwurm portfolio in short:

- Mortality for ages 30-50 is 6-9 % lower than in the table we use
  today; for ages 60+ the difference is small.
- For non-smokers aged 35 the risk premium for term life would fall by
  about 7 %.
- Our own experience 2019-2024 (approx. 1.9 million policy years) is
  between the old and the new table.

A CSV with the first-order death probabilities by age (unisex,
non-smoker) is attached for reference. We propose to move new business
to the new table from 1 January 2027.

Best regards
Jakob Wendland
Group Actuarial | Lindwurm Versicherungsgruppe
"""
    rows = [['age', 'qx_old_table', 'qx_new_table', 'change']]
    for age, q_old, q_new in [(25, 0.00061, 0.00057), (30, 0.00068, 0.00063), (35, 0.00085, 0.00078),
                              (40, 0.00121, 0.00111), (45, 0.00186, 0.00171), (50, 0.00301, 0.00280),
                              (55, 0.00482, 0.00459), (60, 0.00771, 0.00752), (65, 0.01190, 0.01178)]:
        rows.append([str(age), '%.5f' % q_old, '%.5f' % q_new, '%+.1f%%' % ((q_new / q_old - 1) * 100)])
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'),
                          attach(csvb(rows, cs='us-ascii', delim=';'), 'text/csv; charset="us-ascii"', 'qx_old_vs_new.csv',
                                 cte='7bit')),
                    WENDLAND, [TM_UWL, TM_LEITUNG], 'New mortality table - impact on term life', dt(5, 12, 10, 0),
                    mailer='outlook')


@mail(127, 'S', 'de', 'customer',
      'service forwards a widow mail as message/rfc822 to life claims: named deceased, cause of death, policy, children')
def m127():
    inner_body = """Sehr geehrte Damen und Herren,

mein Mann Bernd Ullrich ist am 9. Januar 2026 im Klinikum Kassel
verstorben. Er hatte Bauchspeicheldrüsenkrebs, das wurde erst im
September festgestellt, und dann ging alles sehr schnell.

Er hatte bei Ihnen eine Risikolebensversicherung abgeschlossen, die
Nummer ist LV 61-0641288. Ich bin als Bezugsberechtigte eingetragen.
Was muss ich jetzt tun? Die Sterbeurkunde habe ich, den Totenschein
hat der Bestatter.

Wir haben zwei Kinder (12 und 15) und ich weiß gerade nicht, wie ich
die Raten für das Haus zahlen soll. Bitte melden Sie sich bald.

Ingrid Ullrich
Am Hirtenrain 21
34292 Ahnatal
"""
    inner = envelope(text(inner_body, cs='utf-8', cte='quoted-printable'),
                     ('Ingrid Ullrich', 'ingrid.ullrich@kabelmail.example'), TM_SERVICE,
                     'Tod meines Mannes - Lebensversicherung', dt(1, 19, 21, 7), mailer='tb', org=False,
                     mid='<9b2f1c3e-0127-4d2a-8e7f-145a1e1b2c3d@kabelmail.example>')
    body = """Hallo Leistung Leben,

anbei die Mail von Frau Ullrich im Original. Ich habe sie heute
angerufen, ihr unser Beileid ausgesprochen und erklärt, dass sich die
Fachabteilung wegen der Unterlagen meldet (Sterbeurkunde, Totenschein/
ärztliche Bescheinigung zur Todesursache, Ausweis). Der Vertrag läuft
erst seit Mai 2024 – ich nehme an, ihr prüft das dann genauer.

Frau Ullrich ist sehr aufgelöst, bitte möglichst telefonisch melden.

""" + SIG['petersen'] + '\n'
    return envelope(mixed(text(body), rfc822(inner, 'Tod meines Mannes - Lebensversicherung.eml')),
                    PETERSEN, TM_LV, 'WG: Tod meines Mannes - Lebensversicherung', dt(1, 20, 9, 45),
                    mailer='outlook')


@mail(128, 'C', 'en', 'broker',
      'finance hub forwards a London broker instruction to change a landlord client bank account: name, policy, GB IBAN, address')
def m128():
    body = """Hi Nicole,

the broker mail below came to the Krakow team by mistake. Could you
update the direct debit for this contract? The signed mandate is
attached to the broker's mail in the DMS (doc 7702815).

Thanks,
Tomasz

-----Original Message-----
From: James Whitfield <j.whitfield@harbourside-brokers.example>
Sent: 30 March 2026 12:14
To: Finance Operations <finance-ops@lindwurm-versicherung.example>
Subject: Change of bank details - Mr Oliver Grant, WG 31-690417

Dear Sirs,

our client Mr Oliver Grant (resident in Bristol) owns the flat
Friedrich-Ebert-Str. 88, 34119 Kassel, which is let and insured with
you under buildings/landlord policy WG 31-690417.

Please collect the premium from 1 May 2026 from his new account:

  Account holder: Oliver J. Grant
  IBAN:           GB90 NWBK 6073 1431 9261 45
  BIC:            NWBKGB2L

The SEPA mandate signed by Mr Grant is attached.

Kind regards,
James Whitfield
Harbourside Brokers Ltd
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), NOWAK, HAHN,
                    'FW: Change of bank details - Mr Oliver Grant, WG 31-690417', dt(3, 31, 8, 50, 'pl'),
                    cc=[TM_BB], mailer='outlook')


@mail(129, 'N', 'mixed', 'internal',
      'organisational announcement of the new claims-legal desk and its mailboxes, German and English, no case')
def m129():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

ab 1. Juni bündeln wir alle Übergaben an die Rechtsabteilung in einem
neuen "Claims Legal Desk". From 1 June all handovers from claims and
benefits to Legal go to one desk:

  claims-legal@lindwurm-versicherung.example   (Kassel, Deutsch)
  claims-legal-ie@lindwurm-versicherung.example (Dublin, English)

Die persönlichen Postfächer von Frau Wenzel und Frau Gallagher bitte
nur noch für laufende Mandate nutzen. Please use personal mailboxes of
Claudia and Fiona only for ongoing matters.

Fristsachen (Klagen, Mahnbescheide) weiterhin zusätzlich telefonisch
ankündigen / court deadlines: please also call.

Rechtsabteilung / Group Legal
"""
    return envelope(text(body), TM_RA, [TM_LEITUNG, TM_SSC, TM_LEGAL],
                    'Neu: Claims Legal Desk / new: Claims Legal Desk (ab 01.06.)', dt(5, 20, 8, 0), mailer='outlook')


@mail(130, 'S', 'en', 'internal',
      'health desk hands an overpayment recovery to collections: named expat customer, physiotherapy invoices paid twice, amounts')
def m130():
    body = """Hi Stefan,

we need your help with a recovery in health insurance (I know you do
not pass health cases to the agency - this is for your internal
process).

Customer:    Mr Lucas Moreau, KV-3907716-01 (Global Select)
Issue:       physiotherapy invoices for his lumbar disc problem
             (12 sessions, Physio Zentrum Ost, Kassel, Jan-Feb 2026)
             were reimbursed twice - once via the app (12 Feb) and once
             by post (19 Feb), because the paper copy was scanned
             without the duplicate check.
Overpaid:    EUR 1,260.00

We wrote to him on 3 March and 24 March asking him to pay it back or
allow us to offset it against future claims. No answer so far. He has
no open claims at the moment, so offsetting is not possible yet.

Can you take it over from here? Our letters are in OSCAR.

""" + SIG['ferreira'] + '\n'
    hist = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>OSCAR export VG-2026-0266104</title></head><body>
<h2>OSCAR - case history VG-2026-0266104</h2>
<p>Customer: Lucas Moreau, KV-3907716-01, Global Select</p>
<table border="1" cellpadding="3">
<tr><th>Date</th><th>Team</th><th>Entry</th></tr>
<tr><td>2026-02-12</td><td>Health claims (app)</td><td>Invoice Physio Zentrum Ost, 12 x KG, diagnosis M51.1 lumbar disc herniation, EUR 1,260.00 paid</td></tr>
<tr><td>2026-02-19</td><td>Health claims (post)</td><td>Same invoice (paper), paid again EUR 1,260.00 - duplicate check skipped</td></tr>
<tr><td>2026-03-03</td><td>Health desk Lisbon</td><td>Letter: request for repayment EUR 1,260.00</td></tr>
<tr><td>2026-03-24</td><td>Health desk Lisbon</td><td>Reminder letter, offer to offset against future claims</td></tr>
<tr><td>2026-04-09</td><td>Health desk Lisbon</td><td>Handover to Forderungsmanagement (S. Brueckner)</td></tr>
</table></body></html>
"""
    return envelope(mixed(text(body, cs='utf-8', cte='quoted-printable'),
                          attach(hist.encode('utf-8'), 'text/html; charset="utf-8"', 'OSCAR_VG-2026-0266104.html')),
                    FERREIRA, BRUECKNER,
                    'Recovery of double payment - KV-3907716-01', dt(4, 9, 10, 5, 'pt'), cc=[TM_FM], mailer='outlook')


@mail(131, 'N', 'de', 'internal',
      'trap: mailroom announces scanning cut-off times and how scanned doctor invoices and reports are routed, no person')
def m131():
    body = """Liebe Fachabteilungen,

wegen der Umstellung der Scanstraße gelten ab 4. Mai neue Zeiten:

  Posteingang bis 11:00 Uhr  -> im OSCAR-Vorgang am selben Tag
  Posteingang bis 15:00 Uhr  -> am selben Tag bis 18:00 Uhr
  später                     -> am nächsten Arbeitstag bis 10:00 Uhr

Dokumentarten werden automatisch klassifiziert und geroutet:
Arztrechnungen und Rezepte an Leistung Kranken, Arztberichte und
Gutachten an den jeweiligen Leistungsbereich (Kranken, Leben, Unfall,
Pflege), Anwaltsschreiben und Gerichtspost an die Rechtsabteilung,
Zahlungseingänge per Scheck an die Beitragsbuchhaltung.

Fehlgeleitete Dokumente bitte NICHT per Mail weiterleiten, sondern im
OSCAR mit "Umrouten" an das richtige Team geben - sonst fehlen sie in
der Akte.

Gruß
Posteingang/Scan
"""
    return envelope(text(body, cs='iso-8859-1', cte='quoted-printable'), TM_POST, TM_ALLE,
                    'Posteingang: neue Scanzeiten ab 04.05.', dt(4, 27, 7, 45), mailer='outlook',
                    subject_cs='iso-8859-1')


@mail(132, 'C', 'de', 'internal',
      'complaints passes a no-claims class complaint to motor claims: named customer, contract, claim amount, buy-back question')
def m132():
    body = """Hallo Tobias,

eine Beschwerde zur SF-Rückstufung, bitte kurz Zahlen prüfen:

Kundin Yvonne Hartung, KF 12-5377210, Kz. KS-YH 3
Schaden S-26-001477 (Parkrempler, KH, 1.150 € an Gegner gezahlt)

Frau Hartung wurde von SF 12 auf SF 4 zurückgestuft und zahlt jetzt
ca. 290 € mehr im Jahr. Sie sagt, niemand habe ihr gesagt, dass sie den
Schaden "zurückkaufen" kann, und der Kollege am Telefon habe ihr
gesagt, Bagatellschäden würden nicht hochgestuft.

Kannst du mir sagen: (1) Ist die Rückstufung korrekt? (2) Lohnt sich
der Rückkauf für sie (1.150 € gegen Mehrbeitrag über die nächsten
Jahre)? (3) Gibt es eine Gesprächsnotiz vom Telefonat im Januar?

Ich antworte ihr dann bis Freitag.

""" + SIG['marquardt'] + '\n'
    return envelope(text(body), MARQUARDT, REUTER, 'Beschwerde SF-Rückstufung Hartung (KF 12-5377210)',
                    dt(4, 21, 13, 40), cc=[TM_KFZ], mailer='outlook')


@mail(133, 'S', 'en', 'insurer-to-customer',
      'health desk answers an expat on physiotherapy reimbursement and hands further sessions to the medical officer: disc herniation M51.1')
def m133():
    plain = """Dear Mr van Rensburg,

thank you for sending the physiotherapy invoices for your treatment
after the lumbar disc herniation (M51.1) diagnosed in January.

We have reimbursed the first 12 sessions in full: EUR 504.00, paid on
8 April to your account on file.

For the further 20 sessions your orthopaedic surgeon has prescribed,
we have passed your file to our medical officer in Kassel, because the
tariff requires a short progress report after 24 sessions. You do not
need to do anything - we will contact Dr Albers' practice directly
with your consent on file. You may continue the therapy in the
meantime.

Kind regards
Joao Ferreira
Health Claims Desk | Lindwurm Group Services, Lisbon
on behalf of Lindwurm Krankenversicherung AG
"""
    h = """<html><body style="font-family:Arial;font-size:11pt">
<p>Dear Mr van Rensburg,</p>
<p>thank you for sending the physiotherapy invoices for your treatment after the lumbar disc herniation (M51.1)
diagnosed in January.</p>
<p>We have reimbursed the first 12 sessions in full: <b>EUR 504.00</b>, paid on 8 April to your account on file.</p>
<p>For the further 20 sessions your orthopaedic surgeon has prescribed, we have passed your file to our medical
officer in Kassel, because the tariff requires a short progress report after 24 sessions. You do not need to do
anything &ndash; we will contact Dr Albers' practice directly with your consent on file. You may continue the therapy
in the meantime.</p>
<p>Kind regards<br>Joao Ferreira<br>Health Claims Desk | Lindwurm Group Services, Lisbon<br>
on behalf of Lindwurm Krankenversicherung AG</p>
</body></html>
"""
    return envelope(alt(text(plain, cs='us-ascii', cte='7bit'), html(h, cte='7bit')), FERREIRA,
                    ('Pieter van Rensburg', 'pvr@inbox-eu.example'), 'Your physiotherapy invoices - KV-2281904-01',
                    dt(4, 8, 15, 22, 'pt'), mailer='outlook')


@mail(134, 'N', 'en', 'insurer-to-partner',
      'meeting invitation with ICS to the reinsurer for the treaty renewal, agenda only, no case data')
def m134():
    body = """Dear Henrik,

as discussed, here is the invitation for the treaty renewal meeting in
Kassel. Agenda:

 1. DI experience 2021-2025 (figures sent on 20 March)
 2. Retention and facultative limits 2027
 3. Medical underwriting manual - joint revision
 4. Claims handover to the reinsurer for large DI claims (> EUR 1m
    reserve): timing and format

Lunch will be provided. Please let me know who will join from your
side.

Best regards
Kathrin Seidel
Head of Life Underwriting, Lindwurm Lebensversicherung AG
"""
    cal = ics([{
        'uid': 'd145-0134-treaty@' + DOM, 'start': '20260414100000', 'end': '20260414153000',
        'summary': 'Treaty renewal Lindwurm Leben / Nordkap Re',
        'location': 'Lindwurmplatz 1, 34117 Kassel, Vorstandsetage, Raum Fulda',
        'description': 'Agenda: DI experience, retention, underwriting manual, large claims handover.',
        'organizer': ('Kathrin Seidel', 'kathrin.seidel@' + DOM),
        'attendees': [('Henrik Solberg', 'h.solberg@nordkap-re.example'), ('Dr. Jakob Wendland', 'jakob.wendland@' + DOM)],
    }], prodid='-//Lindwurm Versicherungsgruppe//Kalender 1.0//EN')
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'),
                          attach(cal, 'text/calendar; charset="utf-8"; method=REQUEST', 'invite.ics')),
                    SEIDEL, ('Henrik Solberg', 'h.solberg@nordkap-re.example'), 'Invitation: treaty renewal meeting 14 April',
                    dt(3, 23, 14, 0), cc=[WENDLAND], mailer='outlook')


@mail(135, 'C', 'de', 'internal',
      'legal-expenses claims briefs service for a callback on a tenancy dispute: named customer, contract, landlord claim, lawyer')
def m135():
    body = """Hallo Kundenservice,

Frau Svenja Hagedorn (RS 40-512906, Privat-/Wohnungs-RS) hat um
Rückruf gebeten. Damit ihr nicht suchen müsst, der Stand:

- Vermieter hat am 12.02. wegen Eigenbedarf zum 31.08. gekündigt
  und verlangt parallel eine Mieterhöhung von 640 auf 760 € kalt.
- Deckungszusage für die außergerichtliche Vertretung ist raus
  (Zusage-Nr. RS-26-0419), Anwalt: RA Olschewski, Kassel.
- Wartezeit war erfüllt, Selbstbeteiligung 150 €.
- Für eine Räumungsklage, falls sie kommt, braucht es eine neue
  Deckungsanfrage durch den Anwalt – das kann die Kundin nicht
  selbst beantragen.

Sie möchte wissen, ob wir auch ein Gutachten zum Mietspiegel zahlen.
Antwort: ja, wenn der Anwalt es für erforderlich hält und es vorher
mit uns abgestimmt wird.

Danke!
""" + SIG['lehmann'] + '\n'
    return envelope(text(body), LEHMANN, TM_SERVICE, 'Rückruf Hagedorn RS 40-512906 – Stand für euch',
                    dt(3, 19, 11, 22), mailer='outlook')


@mail(136, 'S', 'de', 'internal',
      'health benefits asks the medical service about medical necessity of a third lumbar MRI: named customer, M54.5, radiology invoice')
def m136():
    body = """Liebe Kolleginnen und Kollegen vom Ärztlichen Dienst,

bitte um Prüfung der medizinischen Notwendigkeit:

Versicherter: Holger Stange, KV-2039915-01, 58 J.
Rechnung:     Radiologie am Ständeplatz, MRT LWS vom 02.03.2026,
              GOÄ 5700 + 5731 + 5733, Faktor 1,8, Summe 791,35 €
Diagnose lt. Rechnung: M54.5 Kreuzschmerz, "V. a. Spinalkanalstenose"

Es ist das dritte MRT der LWS innerhalb von 12 Monaten (05/2025 und
10/2025 ebenfalls M54.5, beide erstattet). Zwischenzeitlich keine OP,
laut Unterlagen Physiotherapie und Schmerzmittel (Ibuprofen, zuletzt
Tilidin). Neue neurologische Ausfälle sind in der Rechnung nicht
angegeben.

Frage: Ist das dritte MRT medizinisch notwendig, oder reicht es, den
Befundbericht anzufordern und dann zu entscheiden?

""" + SIG['lindqvist'] + '\n'
    return envelope(text(body), LINDQVIST, TM_AD, 'Prüfauftrag med. Notwendigkeit MRT – KV-2039915-01',
                    dt(3, 25, 8, 40), mailer='outlook')


@mail(137, 'N', 'mixed', 'internal',
      'trap: bilingual invitation to a workshop with the reinsurer on the medical underwriting manual, no applicant data')
def m137():
    body = """Liebe Kolleginnen und Kollegen aus Antrag und Ärztlichem Dienst,
dear colleagues in Dublin,

Nordkap Re hat ihr Underwriting-Handbuch überarbeitet (neue Kapitel zu
Diabetes, psychischen Erkrankungen und Long COVID). Wir passen unser
Handbuch an und machen dazu einen gemeinsamen Workshop:

  Wann / when:  Mittwoch, 20. Mai, 9:30-16:00
  Wo / where:   Kassel, Raum Fulda + Teams for Dublin
  Language:     English (die Folien gibt es auf Deutsch und Englisch)

Agenda:
  - Diabetes mellitus type 1/2: new debit tables, HbA1c bands
  - Depression and anxiety: when to postpone, when to exclude
  - Post-COVID: evidence after three years
  - Handover rules: which cases go to the medical officer, which are
    decided by underwriters alone

Bitte bringt KEINE echten Antragsfälle mit – we will work with
anonymised cases prepared by Nordkap Re.

Kathrin
""" + SIG['seidel'] + '\n'
    return envelope(text(body), SEIDEL, [TM_UWL, TM_AD, DOYLE], 'Workshop Underwriting-Handbuch / underwriting manual 20.05.',
                    dt(4, 23, 12, 10), mailer='outlook')


@mail(138, 'C', 'de', 'lawyer',
      'motor claims forwards an opposing lawyer mail as message/rfc822 to legal: named claimant, loss-of-use claim, plates, no injury')
def m138():
    inner_body = """Sehr geehrte Damen und Herren,

in der Unfallsache Öztürk ./. Ihre Versicherungsnehmerin Frau Anke
Rüdiger (KS-AR 614), Schaden-Nr. S-26-002891, Unfall vom 11.02.2026,
vertreten wir Herrn Mehmet Öztürk.

Das Fahrzeug unseres Mandanten (Mercedes C 220 d, KS-MÖ 73) war vom
11.02. bis 05.03.2026 nicht nutzbar. Sie haben Nutzungsausfall nur für
14 Tage (Reparaturdauer laut Gutachten) anerkannt. Die Ersatzteile
waren jedoch lieferverzögert, was unserem Mandanten nicht anzulasten
ist. Wir fordern daher Nutzungsausfall für weitere 9 Tage à 59,00 €
= 531,00 € sowie unsere Kosten aus dem Gegenstandswert.

Personenschäden sind nicht entstanden.

Wir erwarten Zahlung bis 10.04.2026.

Mit freundlichen Grüßen
Keller
Rechtsanwältin
"""
    inner = envelope(text(inner_body, cs='utf-8', cte='quoted-printable'),
                     ('RAin Sandra Keller', 'kanzlei@kanzlei-keller.example'), TM_KFZ,
                     'Öztürk ./. Rüdiger – S-26-002891 – Nutzungsausfall', dt(3, 27, 11, 18),
                     mailer='outlook', org=False, mid='<KE-20260327-0412@kanzlei-keller.example>')
    body = """Hallo Rechtsabteilung,

anbei das Schreiben von RAin Keller im Original. Ich halte die
Forderung für berechtigt (Lieferverzögerung ist Werkstattrisiko und
geht zu unseren Lasten), würde aber gern eure Meinung zu den
Anwaltskosten hören, bevor ich zahle.

""" + SIG['reuter'] + '\n'
    return envelope(mixed(text(body), rfc822(inner)), REUTER, TM_RA,
                    'WG: Öztürk ./. Rüdiger – S-26-002891 – Nutzungsausfall', dt(3, 30, 8, 30), mailer='outlook')


@mail(139, 'S', 'de', 'insurer-to-lawyer',
      'legal sends outside counsel the file of an accident-invalidity lawsuit as ZIP with expert opinion PDF and payments CSV: hand amputation')
def m139():
    body = """Sehr geehrte Frau Dr. Brenner,

in Sachen Strobel ./. Lindwurm Allgemeine Versicherung AG
(LG Kassel, Az. 7 O 504/26 – Invaliditätsleistung aus der
Unfallversicherung UV 55-140298) übersende ich Ihnen vorab die
wichtigsten Unterlagen als ZIP-Archiv:

  - Zusammenfassung des handchirurgischen Gutachtens Dr. Haas
    (Invalidität 14 %: Zeigefinger 10 %, Mittelfinger 4/10 Fingerwert)
  - Zahlungsübersicht (CSV)

Der Kläger verlangt eine Bemessung nach dem Handwert (55 %) mit der
Begründung, die Greifkraft der ganzen Hand sei gemindert. Die
Gutachterin hat das ausdrücklich verneint. Die Klageerwiderung ist bis
30.10.2026 fällig.

Die vollständige Akte folgt über das SecureMail-Portal.

""" + SIG['wenzel'] + '\n'
    pdfb = pdf([
        '# Zusammenfassung Gutachten Dr. med. Irene Haas (Handchirurgie)',
        'Versicherte Person: Emil Strobel, geb. 03.05.1971',
        'Untersuchung: 21.04.2026; Gutachten vom 12.05.2026',
        '',
        'Befund: Zustand nach traumatischer Amputation Zeigefinger rechts im Grundgelenk;',
        'Zustand nach Strecksehnennaht Mittelfinger rechts, Streckdefizit 20 Grad im Mittelgelenk.',
        'Grobkraft (Jamar): rechts 38 kg, links 44 kg (Gebrauchshand rechts).',
        '',
        'Beurteilung:',
        '  Zeigefinger: Verlust = voller Fingerwert (10 %)',
        '  Mittelfinger: Funktionsbeeinträchtigung 4/10 des Fingerwerts (4 % von 10 %)',
        '  Hand: keine darüber hinausgehende Funktionsbeeinträchtigung; Kraftminderung',
        '  durch die Fingerverluste erklärt.',
        '  Gesamtinvalidität: 14 %. Mitwirkung von Vorerkrankungen: keine.',
    ], title='Gutachten Strobel Zusammenfassung', author='Leistung Unfall', when="20260515090000+02'00'")
    pay = csvb([['Datum', 'Leistung', 'Betrag EUR'],
                ['02.09.2025', 'Krankenhaustagegeld 6 Tage', '300,00'],
                ['02.09.2025', 'Genesungsgeld 6 Tage', '300,00'],
                ['20.05.2026', 'Invalidität 14 % von 100.000 EUR (ohne Progression)', '14.000,00'],
                ['', 'Summe', '14.600,00']])
    z = zipb([('Strobel_Gutachten_Zusammenfassung.pdf', pdfb), ('Strobel_Zahlungen.csv', pay)],
             when=(2026, 9, 22, 10, 15, 0))
    return envelope(mixed(text(body), attach(z, ZIP, 'Strobel_7O504-26_Unterlagen.zip')), WENZEL,
                    ('Dr. Ulrike Brenner', 'u.brenner@kanzlei-brenner.example'),
                    '[streng vertraulich] Strobel ./. Lindwurm Allgemeine – LG Kassel 7 O 504/26', dt(9, 22, 10, 30),
                    cc=[VOSS, TM_RA], mailer='outlook')


@mail(140, 'N', 'en', 'insurer-to-lawyer',
      'certificate exchange with an Irish law firm: their S/MIME certificate was harvested, no matter content')
def m140():
    body = """Dear Siobhan,

thank you for your signed test message. Our mail gateway has stored the
S/MIME certificate of soconnor@oconnor-solicitors.example, so from now
on our mails to you will be encrypted automatically and you no longer
need to use the secure portal for new instructions.

Our own certificates can be looked up in the Lindwurm certificate
directory (https://zertifikate.lindwurm-versicherung.example). If you
send an empty mail with the subject [ZERTIFIKAT] to any of our
addresses, the gateway will reply with the matching certificate.

Please let me know if your certificate changes or is renewed.

""" + SIG['gallagher'] + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), GALLAGHER,
                    ('Siobhan O\'Connor', 'soconnor@oconnor-solicitors.example'),
                    'Encrypted e-mail between our firms', dt(2, 24, 12, 0, 'ie'), mailer='outlook')


@mail(141, 'C', 'en', 'insurer-to-customer',
      'travel claims reimburses a rental-car excess after handover from assistance: named customer, policy, rental agreement, IBAN')
def m141():
    body = """Dear Ms Hart,

the assistance team has passed your rental car claim to us for
settlement.

  Policy:           RE 50-338402 (travel insurance incl. rental car
                    excess cover)
  Claim:            S-26-R-00577
  Rental agreement: Faro Airport, 18-25 April 2026, agreement no.
                    FAO-55120847
  Damage:           scratches on the rear bumper (parking), excess
                    charged by the rental company EUR 950.00

The excess is covered in full. We will transfer EUR 950.00 to your
account DE38 1905 0456 7922 5376 04 within the next three working
days.

Please keep the rental company's damage report in case they charge
anything else later.

Kind regards
Lisa Becker
Travel Claims | Lindwurm Allgemeine Versicherung AG
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), BECKER, ('Olivia Hart', 'olivia.hart@webpost.example'),
                    'Your rental car excess claim S-26-R-00577', dt(5, 4, 14, 12), mailer='outlook')


@mail(142, 'N', 'en', 'internal',
      'trap: callback backlog figures of the health claims teams by reason, aggregated, no customer')
def m142():
    body = """Hi Petra, hi Rita,

here are the callback numbers you asked for (health claims, Kassel and
Lisbon together, week 15):

Reason for callback request              open   >3 days
Status of invoice reimbursement           212        64
Cost approval (hospital, rehab, aids)      58        21
Dental treatment plans                     41        17
Premium questions (passed to accounts)     33         4
Medical officer decisions                  19        12
Total                                     363       118

The medical officer decisions are the oldest on average (6.2 days).
Proposal: the service centre gets read access to the decision status
so that it can answer simple "is it decided yet?" calls without a
handover.

Best,
Joao
"""
    rows = [('Status of invoice reimbursement', 212, 64), ('Cost approval (hospital, rehab, aids)', 58, 21),
            ('Dental treatment plans', 41, 17), ('Premium questions (passed to accounts)', 33, 4),
            ('Medical officer decisions', 19, 12), ('Total', 363, 118)]
    rep = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Callback backlog W15</title></head><body>\n'
           '<h1>Handover Monitor - callback backlog health, week 15/2026</h1>\n'
           '<p>Source: OSCAR tasks of type "Callback", teams Health Claims Kassel and Lisbon. Aggregated.</p>\n'
           '<table border="1"><tr><th>Reason</th><th>Open</th><th>&gt; 3 days</th></tr>\n' +
           ''.join('<tr><td>%s</td><td>%d</td><td>%d</td></tr>\n' % r for r in rows) +
           '</table>\n<p>Generated 2026-04-10 17:00 CEST by BI report HM-07.</p>\n</body></html>\n')
    return envelope(mixed(text(body, cs='us-ascii', cte='7bit'),
                          attach(rep.encode('utf-8'), 'text/html; charset="utf-8"', 'callback_backlog_W15.html',
                                 cte='quoted-printable')),
                    FERREIRA, [LINDQVIST, CARVALHO],
                    'Callback backlog health - week 15', dt(4, 10, 17, 15, 'pt'), mailer='outlook')


@mail(143, 'N', 'de', 'newsletter',
      'broker newsletter on the motor tariff 2026 and handover rules for claims, HTML only, no customer')
def m143():
    h = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Makler-News</title></head>
<body style="font-family:Arial;font-size:13px;color:#222;background:#fafafa">
<div style="max-width:640px;margin:auto;background:#fff;padding:16px">
<h1 style="color:#0b5d3b;font-size:20px">Lindwurm Makler-News 04/2026</h1>
<h2 style="font-size:16px">Kfz-Tarif 2026: was sich ändert</h2>
<ul>
<li>Neue Typklassen wirken ab Hauptfälligkeit; im Schnitt +1,8 % in der Kfz-Haftpflicht.</li>
<li>E-Autos: Akku-Schutzbrief jetzt in allen Kasko-Varianten enthalten.</li>
<li>Fahranfänger bis 23: Begleitetes Fahren wird mit 10 % Nachlass belohnt.</li>
</ul>
<h2 style="font-size:16px">Schadenmeldung: direkt an die richtige Stelle</h2>
<p>Kfz-Schäden mit Verletzten gehen seit März direkt an unser Personenschaden-Team. Bitte melden Sie solche
Schäden über das Maklerportal &ndash; Arztberichte und Atteste Ihrer Kunden nie per unverschlüsselter Mail.</p>
<h2 style="font-size:16px">Termine</h2>
<p>Online-Seminar &bdquo;Gewerbe-Cyber für kleine Betriebe&ldquo; am 12.05., 10 Uhr. Anmeldung im Maklerportal.</p>
<p style="font-size:11px;color:#777">Lindwurm Allgemeine Versicherung AG &middot; Maklerbetreuung &middot;
Lindwurmplatz 1 &middot; 34117 Kassel<br>
<a href="https://partner.lindwurm-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</div></body></html>
"""
    return envelope(html(h, cs='iso-8859-1', cte='quoted-printable'), TM_MAKLER,
                    ('Makler-Verteiler', 'makler-news@lists.lindwurm-versicherung.example'),
                    'Makler-News 04/2026: Kfz-Tarif, Schadenmeldung, Termine', dt(4, 16, 7, 30), mailer='crm',
                    org=False, subject_cs='iso-8859-1', extra=[('Precedence', 'bulk')])


@mail(144, 'C', 'en', 'insurer-to-lawyer',
      'group legal instructs counsel on a D&O claim against a named managing director of a client company, no health data')
def m144():
    body = """Dear Siobhan,

a further instruction, this time under a D&O policy:

  Insured company:  Brightwater Solar GmbH (in insolvency), Kassel,
                    with an Irish subsidiary in Cork
  Policy:           DO 89-00231 (D&O, limit EUR 5m)
  Insured person:   Mr Conall Byrne, former managing director
  Claimant:         the insolvency administrator, Dr. Hagen Voigt

The administrator claims EUR 1.84m from Mr Byrne personally under
section 15b of the German Insolvency Code (payments made after the
company was insolvent, Aug-Nov 2025). The Irish aspects (payments
routed via the Cork subsidiary) need Irish advice, the German
proceedings are handled by Kanzlei Brenner in Kassel.

Could you please review whether the intra-group transfers to Cork
were made in the ordinary course of business under Irish law? Our
defence costs cover is confirmed; Mr Byrne's personal contact details
will follow via the portal.

""" + SIG['gallagher'] + '\n' + FOOT_IE + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), GALLAGHER,
                    ('Siobhan O\'Connor', 'soconnor@oconnor-solicitors.example'),
                    'New instruction - D&O DO 89-00231 (Byrne / Brightwater Solar)', dt(5, 7, 9, 48, 'ie'),
                    cc=[TM_LEGAL], mailer='outlook')


@mail(145, 'N', 'de', 'internal',
      'trap: rehabilitation-management team introduces its service to disability claims (criteria, success figures), no person')
def m145():
    body = """Liebe Kolleginnen und Kollegen aus Leistung Leben/BU,

wir – das neue Reha-Management-Team – möchten uns kurz vorstellen.
Unser Ziel: Versicherte nach Krankheit oder Unfall schneller und
nachhaltig zurück in den Beruf begleiten, statt nur Renten zu zahlen.

Was wir anbieten:
  - Organisation von Reha und Wiedereingliederung in Absprache mit
    den behandelnden Ärzten,
  - Vermittlung von Psychotherapieplätzen (Wartezeit im Schnitt
    6 statt 20 Wochen),
  - Arbeitsplatzanpassungen und Umschulungsberatung.

Übergabe an uns: im OSCAR die Aufgabe "Reha-Check" anlegen, sobald
ein BU-Leistungsantrag mit voraussichtlich guter Prognose eingeht
(z. B. orthopädische Diagnosen nach OP, erste depressive Episode).
Eine Einwilligung der versicherten Person holen wir selbst ein.

Erfahrungen aus dem Pilot 2025: 41 begleitete Fälle, davon 23 wieder
im Beruf, Ø-Dauer bis zur Rückkehr 7,5 Monate.

Viele Grüße
Reha-Management
"""
    return envelope(text(body), TM_REHA, TM_LV, 'Vorstellung Reha-Management – so übergebt ihr Fälle',
                    dt(5, 11, 9, 0), mailer='outlook')


@mail(146, 'N', 'en', 'insurer-to-supplier',
      'trap: order of first-aid kits and defibrillator pads for the Lisbon office, medical words, no person')
def m146():
    body = """Dear Sir or Madam,

please deliver the following to our office at Rua do Lindwurm 14,
1050-145 Lisboa, 3rd floor, attn. Facility Management:

  6 x first-aid kit (workplace, DIN 13157 / EN equivalent)
  2 x replacement electrode pads for the AED (adult)
  1 x replacement pads (paediatric)
  4 x burn gel dressing set
  1 x eye wash station, wall-mounted

Purchase order no. LIS-PO-2026-0311. Please invoice Lindwurm Group
Services Unipessoal Lda, VAT no. PT 516 145 220.

Delivery on weekdays between 9:00 and 17:00.

Thank you and kind regards
Facility Management Lisbon
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), ('Facility Management Lisbon', 'facility-lisbon@' + DOM),
                    ('Orders', 'encomendas@medsupply-lisboa.example'), 'Purchase order LIS-PO-2026-0311 - first aid',
                    dt(5, 13, 11, 31, 'pt'), mailer='outlook')


@mail(147, 'N', 'de', 'internal',
      'trap: commercial underwriting announces new turnover classes for business liability premiums with example figures, no customer')
def m147():
    body = """Hallo Maklerbetreuung, hallo Beitragsbuchhaltung,

zum 01.07. stellen wir die Betriebshaftpflicht für Handwerk und
Handel auf neue Umsatzklassen um. Das betrifft die Beitragsberechnung
und die jährliche Umsatzmeldung.

  Klasse A   bis 250.000 €        Grundbeitrag 380 €
  Klasse B   bis 750.000 €        Grundbeitrag 640 €
  Klasse C   bis 2 Mio. €         Grundbeitrag 1.120 €
  Klasse D   über 2 Mio. €        individuell

Rechenbeispiel (fiktiv): Malerbetrieb, Umsatz 480.000 €, Klasse B,
Zuschlag Gerüstbau 15 % -> 736 € netto.

Die Umsatzmeldung fragen wir künftig über das Kundenportal ab; die
Beitragsbuchhaltung bekommt nur noch die Klasse, keine Umsatzzahlen.

""" + SIG['roth'] + '\n'
    return envelope(text(body), ROTH, [TM_MAKLER, TM_BB], 'Betriebshaftpflicht: neue Umsatzklassen ab 01.07.',
                    dt(5, 18, 10, 45), mailer='outlook')


@mail(148, 'S', 'en', 'internal',
      'Dublin underwriting asks the medical officer about an applicant with sleep apnoea on CPAP: name, DOB, AHI, BMI, quoted GP note')
def m148():
    body = """Dear Dr Korkmaz,

could I have your opinion on the following term life application
(EUR 300,000, 20 years)?

  Applicant:  Miguel Sousa, DOB 27/08/1981, lives in Dublin
  Occupation: bus driver (Dublin Bus)

He disclosed obstructive sleep apnoea. The GP report says:

> Diagnosed on polysomnography in 09/2024, AHI 38/h (severe).
> CPAP since 11/2024, compliance data 6.4 h/night on 92 % of
> nights. Epworth score improved from 16 to 6. BMI 33.
> Mild hypertension, amlodipine 5 mg. No cardiac events.

Our manual would rate severe OSA with good CPAP compliance at +50 %,
but as he is a professional driver I am unsure whether we need more
(e.g. fitness-to-drive assessment from the NDLS).

Thanks a lot,
Ciara

""" + SIG['doyle'] + '\n'
    return envelope(text(body, cs='us-ascii', cte='7bit'), DOYLE, KORKMAZ,
                    'Medical opinion - IE-LT-26-00521 (Sousa)', dt(5, 6, 15, 10, 'ie'), cc=[TM_AD], mailer='outlook')


@mail(149, 'N', 'de', 'internal',
      'trap: customer survey results on handovers between departments, aggregated percentages and quotes without names')
def m149():
    body = """Liebe Kolleginnen und Kollegen,

die Ergebnisse unserer Kundenbefragung "Wie erleben Sie die Weitergabe
Ihres Anliegens?" (März 2026, 1.214 Antworten) in Kürze:

  - 72 % wussten nach dem ersten Kontakt, welche Abteilung sich
    meldet (Vorjahr 61 %).
  - 58 % mussten ihr Anliegen nach der Übergabe NICHT noch einmal
    erklären – das ist unser größter Hebel.
  - Zufriedenheit nach Sparten: Kfz 1,9 / Sach 2,1 / Kranken 2,4 /
    Leben/BU 2,6 (Schulnoten).

Typische Freitextantworten (anonymisiert):
  "Ich wurde dreimal weiterverbunden und jedes Mal gefragt, worum es
   geht."
  "Die Dame vom Service hat mir genau gesagt, wer sich wann meldet –
   und so war es dann auch."

Die Detailauswertung nach Teams stellen wir im Leitungskreis am 04.06.
vor.

""" + SIG['brandt'] + '\n'
    return envelope(text(body, cs='utf-8', cte='8bit'), BRANDT, [TM_LEITUNG, TM_SERVICE],
                    'Kundenbefragung "Weitergabe Ihres Anliegens" – Ergebnisse', dt(5, 26, 9, 20), mailer='outlook')


@mail(150, 'S', 'en', 'insurer-to-customer',
      'accident benefits sends an English-speaking customer the invalidity result: wrist fracture, degree of invalidity, payout')
def m150():
    body = """Dear Ms Stone,

thank you for attending the examination with Dr Haas. Her report has
been reviewed by our medical service, and we can now settle the
invalidity benefit under your accident policy UV 55-412660.

Accident:          fall on black ice, 9 January 2025
Injury:            fracture of the distal radius, left wrist (S52.5),
                   plate fixation; lasting restriction of movement
                   (extension and rotation) and reduced grip strength
Assessment:        2/10 of the value of the hand
                   (hand value 55 %) = 11 % invalidity
Sum insured:       EUR 150,000 with progression 225 %
Invalidity benefit: 11 % of EUR 150,000 = EUR 16,500.00
                   (progression only applies above 25 %)
Already paid:      advance EUR 3,000.00 (June 2025)
Payment now:       EUR 13,500.00

We will transfer the amount to your account on file within five
working days. If your condition gets worse, you can ask for a new
assessment up to three years after the accident.

Kind regards
Daniel Voss
Accident Benefits | Lindwurm Allgemeine Versicherung AG
"""
    return envelope(text(body, cs='us-ascii', cte='7bit'), VOSS, ('Rebecca Stone', 'rebecca.stone@correio.example'),
                    'Your accident claim - invalidity benefit', dt(5, 14, 11, 5), mailer='outlook')


# ===========================================================================
# Build and check
# ===========================================================================

def build_one(n):
    CTX.n = n
    CTX.inner = 0
    CTX.rng = random.Random(SEED * 100000 + n)
    return MAILS[n]['fn']().to_bytes()


def build_all():
    files = {}
    for n in sorted(MAILS):
        files['%s%04d.eml' % (PREFIX, n)] = build_one(n)
    lines = ['file\tlabel\tlang\tkind\treason']
    for n in sorted(MAILS):
        m = MAILS[n]
        lines.append('%s%04d.eml\t%s\t%s\t%s\t%s' % (PREFIX, n, m['label'], m['lang'], m['kind'], m['reason']))
    return files, ('\n'.join(lines) + '\n').encode('utf-8')


def write():
    files, labels = build_all()
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(HERE, 'mails', name), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(labels)
    print('wrote %d mails and labels.tsv' % len(files))


# --- validation -------------------------------------------------------------

IBAN_DE = re.compile(r'\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b', re.I)
ADDR_DOM = re.compile(r'@([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])')
URL_DOM = re.compile(r'(?:https?://|\bwww\.)([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])', re.I)


def iban_ok(s):
    s = s.replace(' ', '').upper()
    num = ''.join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def pdf_text(data):
    assert data.startswith(b'%PDF-'), 'no PDF header'
    assert data.rstrip().endswith(b'%%EOF'), 'no %%EOF'
    m = re.search(rb'startxref\s+(\d+)', data)
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b'xref', 'startxref does not point to xref'
    hdr = re.match(rb'xref\s+0 (\d+)\s+', data[xref:])
    cnt = int(hdr.group(1))
    pos = xref + hdr.end()
    for i in range(cnt):
        entry = data[pos + 20 * i: pos + 20 * i + 20]
        assert len(entry) == 20, 'short xref entry'
        if i == 0:
            continue
        off = int(entry[:10])
        assert data[off:].startswith(b'%d 0 obj' % i), 'xref offset of object %d wrong' % i
    out = []
    for sm in re.finditer(rb'<<([^>]*?)/Length (\d+)([^>]*?)>>\nstream\n', data):
        ln = int(sm.group(2))
        raw = data[sm.end():sm.end() + ln]
        if b'FlateDecode' in sm.group(0):
            raw = zlib.decompress(raw)
        for tm in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', raw):
            s = re.sub(rb'\\(.)', rb'\1', tm.group(1))
            out.append(s.decode('cp1252'))
    return '\n'.join(out)


def xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(t for t in root.itertext())


def ooxml_text(data, kind):
    zf = zipfile.ZipFile(io.BytesIO(data))
    assert zf.testzip() is None
    names = zf.namelist()
    assert '[Content_Types].xml' in names and '_rels/.rels' in names
    for nm in names:
        if nm.endswith('.xml') or nm.endswith('.rels'):
            ET.fromstring(zf.read(nm))
    main = {'docx': ['word/document.xml'], 'xlsx': [n for n in names if n.startswith('xl/worksheets/')]}[kind]
    assert main and all(m in names for m in main)
    return '\n'.join(xml_text(zf.read(m)) for m in main)


def odf_text(data, kind):
    zf = zipfile.ZipFile(io.BytesIO(data))
    assert zf.testzip() is None
    info = zf.infolist()
    assert info[0].filename == 'mimetype' and info[0].compress_type == zipfile.ZIP_STORED
    assert zf.read('mimetype') == ('application/vnd.oasis.opendocument.' + kind).encode()
    for nm in zf.namelist():
        if nm.endswith('.xml'):
            ET.fromstring(zf.read(nm))
    return xml_text(zf.read('content.xml'))


def attachment_text(fname, data, cs=None):
    ext = fname.lower().rsplit('.', 1)[-1]
    if ext == 'pdf':
        t = pdf_text(data)
        assert t.strip(), 'PDF without text layer'
        return t
    if ext in ('docx', 'xlsx'):
        t = ooxml_text(data, ext)
        assert t.strip()
        return t
    if ext in ('odt', 'ods'):
        t = odf_text(data, {'odt': 'text', 'ods': 'spreadsheet'}[ext])
        assert t.strip()
        return t
    if ext == 'zip':
        zf = zipfile.ZipFile(io.BytesIO(data))
        assert zf.testzip() is None
        return '\n'.join(attachment_text(nm, zf.read(nm), cs) for nm in zf.namelist() if not nm.endswith('/'))
    if ext == 'csv':
        if cs:
            t = data.decode(cs)
        else:                    # no charset declared (e.g. application/vnd.ms-excel): UTF-8, else Windows-1252
            try:
                t = data.decode('utf-8-sig')
            except UnicodeDecodeError:
                t = data.decode('cp1252')
        rows = list(csv.reader(io.StringIO(t), delimiter=';'))
        assert len(rows) >= 2
        return t
    if ext == 'ics':
        t = data.decode(cs or 'utf-8')
        assert t.startswith('BEGIN:VCALENDAR\r\n') and t.rstrip().endswith('END:VCALENDAR')
        assert '\n' not in t.replace('\r\n', '')
        return t.replace('\r\n ', '')       # unfold
    if ext in ('txt', 'log', 'json', 'html', 'htm', 'xml'):
        t = data.decode(cs or 'utf-8')
        if ext == 'json':
            import json
            json.loads(t)
        return t
    raise AssertionError('unknown attachment type: ' + fname)


def check_message(raw, name, seen_ids, texts):
    errs = []
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
        errs.append('bare LF or CR')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            errs.append('line longer than 998 bytes')
            break
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    n_att = 0
    for part in msg.walk():
        if part.defects:
            errs.append('MIME defects: %r' % (part.defects,))
        for k, v in part.items():
            if getattr(v, 'defects', None):
                errs.append('header defect in %s: %r' % (k, v.defects))
            if k.lower() in ('from', 'to', 'cc', 'reply-to', 'sender', 'message-id', 'in-reply-to', 'references'):
                for d in ADDR_DOM.findall(str(v)):
                    if not d.lower().endswith('.example'):
                        errs.append('domain not .example in header %s: %s' % (k, d))
            if k.lower() == 'subject':
                texts.append(str(v))
        if part.get('Message-ID'):
            mid = str(part['Message-ID']).strip()
            if mid in seen_ids:
                errs.append('duplicate Message-ID ' + mid)
            seen_ids[mid] = name
            d = email.utils.parsedate_to_datetime(str(part['Date']))
            if d.year != 2026:
                errs.append('date not in 2026')
        if part.get_content_type() == 'message/rfc822':
            n_att += 1
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if ctype.startswith('text/'):
            cs = part.get_content_charset() or 'us-ascii'
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append('text part does not decode as %s: %s' % (cs, e))
                continue
        if fname:
            n_att += 1
            try:
                texts.append(attachment_text(fname, payload, part.get_content_charset()))
            except Exception as e:     # noqa
                errs.append('attachment %s does not open: %r' % (fname, e))
        elif ctype.startswith('text/'):
            texts.append(t)
        elif ctype != 'message/rfc822':
            errs.append('unexpected leaf part %s without filename' % ctype)
    return errs, msg, n_att


def check():
    errors = []
    files, labels = build_all()
    files2, labels2 = build_all()
    if files != files2 or labels != labels2:
        errors.append('two builds in one run differ')
    seen_ids = {}
    on_disk = sorted(os.listdir(os.path.join(HERE, 'mails')))
    if on_disk != sorted(files):
        errors.append('mails/ does not contain exactly the generated files')
    with open(os.path.join(HERE, 'labels.tsv'), 'rb') as f:
        if f.read() != labels:
            errors.append('labels.tsv differs from generator')
    n_iban = 0
    stats = {'toplevel': {}, 'att': 0, 'charsets': {}, 'cte': {}, 'atttypes': {}}
    for name in sorted(files):
        with open(os.path.join(HERE, 'mails', name), 'rb') as f:
            raw = f.read()
        if raw != files[name]:
            errors.append('%s: file on disk is not byte-identical to rebuild' % name)
        texts = []
        errs, msg, n_att = check_message(raw, name, seen_ids, texts)
        errors += ['%s: %s' % (name, e) for e in errs]
        stats['toplevel'][msg.get_content_type()] = stats['toplevel'].get(msg.get_content_type(), 0) + 1
        if n_att:
            stats['att'] += 1
        for part in msg.walk():
            if part.get_content_type() == 'message/rfc822':
                stats['atttypes']['eml'] = stats['atttypes'].get('eml', 0) + 1
            if not part.is_multipart():
                fn = part.get_filename()
                if fn:
                    e = fn.rsplit('.', 1)[-1].lower()
                    stats['atttypes'][e] = stats['atttypes'].get(e, 0) + 1
                    if e == 'zip':
                        for nm in zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True))).namelist():
                            k = 'in zip: ' + nm.rsplit('.', 1)[-1].lower()
                            stats['atttypes'][k] = stats['atttypes'].get(k, 0) + 1
                elif part.get_content_type() == 'message/rfc822':
                    stats['atttypes']['eml'] = stats['atttypes'].get('eml', 0) + 1
                elif part.get_content_maintype() == 'text':
                    cs = part.get_content_charset()
                    stats['charsets'][cs] = stats['charsets'].get(cs, 0) + 1
                    cte = str(part.get('Content-Transfer-Encoding', '7bit')).lower()
                    stats['cte'][cte] = stats['cte'].get(cte, 0) + 1
        alltext = '\n'.join(texts)
        for m in IBAN_DE.finditer(alltext):
            n_iban += 1
            if not iban_ok(m.group(0)):
                errors.append('%s: German IBAN fails mod 97: %s' % (name, m.group(0)))
        for d in ADDR_DOM.findall(alltext) + URL_DOM.findall(alltext):
            if not d.lower().rstrip('.').endswith('.example'):
                errors.append('%s: domain not .example in text: %s' % (name, d))
    # labels
    counts = {}
    for n, m in MAILS.items():
        counts[m['label']] = counts.get(m['label'], 0) + 1
        if m['label'] == 'NORMAL' and m['reason'].startswith('trap') is False and 'grey' not in m['reason']:
            pass
    want = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
    if sorted(MAILS) != list(range(1, 151)):
        errors.append('mail numbers are not 1..150')
    if counts != want:
        errors.append('label counts %r != %r' % (counts, want))
    langs = {}
    for m in MAILS.values():
        langs[m['lang']] = langs.get(m['lang'], 0) + 1
    print('mails: %d   labels: %s' % (len(files), ', '.join('%s %d' % (k, counts.get(k, 0)) for k in want)))
    print('languages: %s' % ', '.join('%s %d' % kv for kv in sorted(langs.items())))
    print('top-level types: %s' % ', '.join('%s %d' % kv for kv in sorted(stats['toplevel'].items())))
    print('mails with attachments: %d' % stats['att'])
    print('attachment types: %s' % ', '.join('%s %d' % kv for kv in sorted(stats['atttypes'].items())))
    print('text-part charsets: %s' % ', '.join('%s %d' % kv for kv in sorted(stats['charsets'].items())))
    print('text-part transfer encodings: %s' % ', '.join('%s %d' % kv for kv in sorted(stats['cte'].items())))
    print('German IBANs found and checked (mod 97): %d' % n_iban)
    print('unique Message-IDs (incl. forwarded messages): %d' % len(seen_ids))
    if errors:
        print('\nCHECK FAILED (%d problems):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('CHECK OK: byte-identical rebuild, no MIME defects, CRLF only, lines <= 998, unique Message-IDs, '
          'dates in 2026, .example domains, charsets decode, attachments open, IBANs valid, label counts')
    return 0


def stats():
    labs = ['NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']
    t = {}
    k = {}
    for m in MAILS.values():
        t.setdefault(m['label'], {}).setdefault(m['lang'], 0)
        t[m['label']][m['lang']] += 1
        k.setdefault(m['kind'], {}).setdefault(m['label'], 0)
        k[m['kind']][m['label']] += 1
    print('| label | de | en | mixed | total |')
    print('|---|---:|---:|---:|---:|')
    for lab in labs:
        r = t.get(lab, {})
        print('| %s | %d | %d | %d | %d |' % (lab, r.get('de', 0), r.get('en', 0), r.get('mixed', 0), sum(r.values())))
    tot = {l: sum(t.get(lab, {}).get(l, 0) for lab in labs) for l in ('de', 'en', 'mixed')}
    print('| **total** | %d | %d | %d | %d |' % (tot['de'], tot['en'], tot['mixed'], sum(tot.values())))
    print()
    print('| kind | n | NORMAL | CONFIDENTIAL | STRICTLY_CONFIDENTIAL |')
    print('|---|---:|---:|---:|---:|')
    for kind in sorted(k, key=lambda z: (-sum(k[z].values()), z)):
        r = k[kind]
        print('| %s | %d | %s | %s | %s |' % (kind, sum(r.values()), *[r.get(l, 0) or '–' for l in labs]))


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.exit(check())
    elif '--stats' in sys.argv:
        stats()
    else:
        write()
