#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""dev119 — a labelled corpus of 150 outgoing e-mails of an invented German
private health and disability insurer (Auenwald Versicherungsgruppe), theme:
psychotherapy and mental health.  Standard library only, deterministic.

    python make_corpus.py          writes mails/d119-0001.eml … d119-0150.eml and labels.tsv
    python make_corpus.py --check  re-parses, validates and rebuilds byte-identically
"""
import base64
import csv
import datetime
import email
import email.policy
import io
import os
import quopri
import random
import re
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET
from email.header import Header
from email.utils import formataddr
from xml.sax.saxutils import escape as xesc

NN = 119
SEED = 119
PREFIX = 'd119'
HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN = 'auenwald.example'
ZIP_DT = (2025, 1, 2, 8, 0, 0)

# --------------------------------------------------------------------------
# per-mail context (deterministic randomness for boundaries and ids)
# --------------------------------------------------------------------------
class _Ctx:
    n = 0
    k = 0
    rng = random.Random(0)

CTX = _Ctx()


def _begin(n):
    CTX.n = n
    CTX.k = 0
    CTX.rng = random.Random('%d-%d' % (SEED, n))


def _hex(k):
    return ''.join(CTX.rng.choice('0123456789abcdef') for _ in range(k))


def _alnum(k):
    return ''.join(CTX.rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(k))


def boundary(style='tb'):
    CTX.k += 1
    if style == 'ol':          # Outlook
        return '_%03d_%s%s_' % (CTX.k - 1, _alnum(20), 'EURP')
    if style == 'ap':          # Apple Mail
        return 'Apple-Mail=_%s-%s-%s' % (_hex(8).upper(), _hex(4).upper(), _hex(12).upper())
    if style == 'nx':          # Notes / generic
        return '----=_NextPart_%03d_%s' % (CTX.k, _hex(16))
    return '------------%s' % _alnum(24)   # Thunderbird


# --------------------------------------------------------------------------
# MIME building (by hand, so that charset and transfer encoding are exact)
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = headers        # list of (name, value)
        self.body = body              # bytes

    def to_bytes(self):
        out = b''
        for k, v in self.headers:
            out += ('%s: %s\n' % (k, v)).encode('ascii')
        return out + b'\n' + self.body


def _enc_body(raw, cte):
    if cte == 'quoted-printable':
        b = quopri.encodestring(raw)
        if not b.endswith(b'\n'):
            b += b'\n'
        return b
    if cte == 'base64':
        return base64.encodebytes(raw)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    return raw


def _ascii(raw):
    try:
        raw.decode('ascii')
        return True
    except UnicodeDecodeError:
        return False


def text(body, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False, lang=None):
    raw = body.encode(cs)
    if cte == '7bit' and not _ascii(raw):
        raise ValueError('7bit with non-ascii text')
    ct = 'text/%s; charset="%s"' % (sub, cs) if cs != 'us-ascii' else 'text/%s; charset=us-ascii' % sub
    if flowed:
        ct += '; format=flowed'
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if lang:
        hs.append(('Content-Language', lang))
    return Part(hs, _enc_body(raw, cte))


def plain(body, **kw):
    return text(body, 'plain', **kw)


def html(body, **kw):
    return text(body, 'html', **kw)


def multipart(sub, parts, style='tb', extra=None):
    b = boundary(style)
    body = b''
    if style != 'ap':
        body += b'This is a multi-part message in MIME format.\n'
    for p in parts:
        body += ('--%s\n' % b).encode() + p.to_bytes()
        if not body.endswith(b'\n'):
            body += b'\n'
        body += b'\n'
    body += ('--%s--\n' % b).encode()
    ct = 'multipart/%s;\n boundary="%s"' % (sub, b)
    if extra:
        ct += '; ' + extra
    return Part([('Content-Type', ct)], body)


def alt(p, h, style='tb'):
    return multipart('alternative', [p, h], style)


def mixed(*parts, style='tb'):
    return multipart('mixed', list(parts), style)


def _fname_param(fn):
    try:
        fn.encode('ascii')
        return 'filename="%s"' % fn, 'name="%s"' % fn
    except UnicodeEncodeError:
        from urllib.parse import quote
        q = quote(fn.encode('utf-8'))
        return "filename*=utf-8''%s" % q, "name*=utf-8''%s" % q


MIME_OF = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'odt': 'application/vnd.oasis.opendocument.text',
    'ods': 'application/vnd.oasis.opendocument.spreadsheet',
    'csv': 'text/csv',
    'txt': 'text/plain',
    'ics': 'text/calendar',
    'zip': 'application/zip',
}


def att(data, fn, ctype=None, cte='base64', cs=None, inline=False, extra_ct=''):
    ext = fn.rsplit('.', 1)[-1].lower()
    ctype = ctype or MIME_OF.get(ext, 'application/octet-stream')
    fparam, nparam = _fname_param(fn)
    if isinstance(data, str):
        data = data.encode(cs or 'utf-8')
    ct = ctype
    if cs:
        ct += '; charset="%s"' % cs
    ct += extra_ct
    ct += ';\n ' + nparam
    disp = ('inline' if inline else 'attachment') + ';\n ' + fparam
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', cte),
                 ('Content-Disposition', disp)], _enc_body(data, cte))


def fwd(eml_bytes, fn=None):
    hs = [('Content-Type', 'message/rfc822' + (';\n name="%s"' % fn if fn else ''))]
    if fn:
        hs.append(('Content-Disposition', 'attachment;\n filename="%s"' % fn))
    else:
        hs.append(('Content-Disposition', 'inline'))
    body = eml_bytes if eml_bytes.endswith(b'\n') else eml_bytes + b'\n'
    return Part(hs, body)


def _hcs(s, cs):
    if cs == 'us-ascii':
        return 'utf-8'
    try:
        s.encode(cs)
        return cs
    except UnicodeEncodeError:
        return 'utf-8'


def _hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, _hcs(s, cs), maxlinelen=998).encode()


def _addr(a, cs='utf-8'):
    """a: 'x@y' or ('Name', 'x@y'); or list of those."""
    if isinstance(a, list):
        return ',\n '.join(_addr(x, cs) for x in a)
    if isinstance(a, tuple):
        return formataddr(a, charset=_hcs(a[0], cs))
    return a


TZ1 = datetime.timezone(datetime.timedelta(hours=1))
TZ2 = datetime.timezone(datetime.timedelta(hours=2))


def date(y, mo, d, h, mi, s=0):
    dt = datetime.datetime(y, mo, d, h, mi, s)
    # German DST 2024/2025
    if (datetime.datetime(2024, 3, 31) <= dt < datetime.datetime(2024, 10, 27) or
            datetime.datetime(2025, 3, 30) <= dt < datetime.datetime(2025, 10, 26)):
        tz = TZ2
    else:
        tz = TZ1
    return email.utils.format_datetime(dt.replace(tzinfo=tz))


def msgid(host=DOMAIN):
    return '<%s.%s@%s>' % (_hex(12), _hex(8), host)


MAILERS = {
    'ol': 'Microsoft Outlook 16.0',
    'tb': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2',
    'ap': 'Apple Mail (2.3774.500.171.1.1)',
    'nx': 'Lotus Notes Release 9.0.1FP10',
    'sys': 'Auenwald-Leistungssystem LEA 7.4 (Serienbrief)',
}


def mail(frm, to, subject, when, body, cc=None, bcc=None, reply=None, mailer='ol',
         extra=None, cs='utf-8', mid=None, org='Auenwald Versicherungsgruppe', prio=None):
    hs = [('From', _addr(frm, cs)), ('To', _addr(to, cs))]
    if cc:
        hs.append(('Cc', _addr(cc, cs)))
    if bcc:
        hs.append(('Bcc', _addr(bcc, cs)))
    hs.append(('Subject', _hdr(subject, cs)))
    hs.append(('Date', when))
    hs.append(('Message-ID', mid or msgid()))
    if reply:
        hs.append(('In-Reply-To', reply))
        hs.append(('References', reply))
    hs.append(('MIME-Version', '1.0'))
    if mailer in MAILERS:
        hs.append(('X-Mailer' if mailer in ('ol', 'nx', 'sys', 'ap') else 'User-Agent', MAILERS[mailer]))
    if org:
        hs.append(('Organization', _hdr(org, cs)))
    if prio:
        hs.append(('X-Priority', prio))
    for k, v in (extra or []):
        hs.append((k, _hdr(v, cs)))
    if isinstance(body, str):
        body = plain(body)
    return Part(hs + body.headers, body.body).to_bytes()


def inner_mail(frm, to, subject, when, body, cc=None, mailer='ol', cs='utf-8', org=None):
    """A mail that is forwarded as message/rfc822 (written by an outsider)."""
    addr = frm[1] if isinstance(frm, tuple) else frm
    return mail(frm, to, subject, when, body, cc=cc, mailer=mailer, cs=cs, org=org,
                mid=msgid(addr.split('@', 1)[1]))


# --------------------------------------------------------------------------
# attachments written by hand
# --------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode('cp1252', errors='replace')
    out = bytearray(b'(')
    for c in b:
        if c in b'()\\':
            out += b'\\' + bytes([c])
        elif c < 32 or c > 126:
            out += b'\\%03o' % c
        else:
            out.append(c)
    out += b')'
    return bytes(out)


def pdf(lines, title='Dokument', author='Auenwald Versicherungsgruppe', per_page=58):
    """Minimal valid PDF 1.4; lines starting with '# ' are set bold."""
    if isinstance(lines, str):
        lines = lines.split('\n')
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    info_no = 5
    objs[info_no] = (b'<< /Title ' + _pdf_str(title) + b' /Author ' + _pdf_str(author) +
                     b' /Producer (Auenwald Druckstrasse 3.2) /CreationDate (D:20250102080000+01\'00\') >>')
    kids = []
    nxt = 6
    for pg in pages:
        cs = [b'BT', b'/F1 10 Tf', b'13 TL', b'56 786 Td']
        for ln in pg:
            if ln.startswith('# '):
                cs.append(b'/F2 11 Tf ' + _pdf_str(ln[2:]) + b" Tj T* /F1 10 Tf")
            else:
                cs.append(_pdf_str(ln) + b' Tj T*')
        cs.append(b'ET')
        stream = b'\n'.join(cs) + b'\n'
        pno, cno = nxt, nxt + 1
        nxt += 2
        objs[cno] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream'
        objs[pno] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     b'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % cno)
        kids.append(pno)
    objs[2] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) +
               b'] /Count %d >>' % len(kids))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in range(1, nxt):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n' % nxt
    out += b'0000000000 65535 f \n'
    for i in range(1, nxt):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (nxt, info_no, xref)
    return bytes(out)


def _zip(members):
    """members: list of (name, bytes, stored?)"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def zipf(files):
    """files: list of (name, bytes_or_str)"""
    return _zip([(n, d) for n, d in files])


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx(blocks, creator='Auenwald Versicherungsgruppe'):
    """blocks: str paragraphs; ('h', text) headings; ('t', rows) tables."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []

    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            body.append(para(b[1], True))
        elif isinstance(b, tuple) and b[0] == 't':
            rows = []
            for r in b[1]:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(str(c)) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % ''.join(rows))
        else:
            body.append(para(b))
    doc = (XML_HEAD + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W, ''.join(body)))
    ctypes = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>%s</dc:creator></cp:coreProperties>' % xesc(creator))
    return _zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                 ('docProps/core.xml', core), ('word/document.xml', doc)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); numbers stay numbers."""
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
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                elif v is None or v == '':
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        files.append(('xl/worksheets/sheet%d.xml' % si,
                      XML_HEAD + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, ''.join(xr))))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    wb = XML_HEAD + '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (S, R, ''.join(wb_sheets))
    wbr = XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wb_rels)
    ctypes = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '%s</Types>' % ''.join(ct_over))
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbr)] + files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, content):
    manifest = (XML_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([('mimetype', mime, True), ('META-INF/manifest.xml', manifest), ('content.xml', content)])


def odt(paras):
    body = ''.join('<text:p>%s</text:p>' % xesc(p) for p in paras)
    c = XML_HEAD + '<office:document-content %s><office:body><office:text>%s</office:text></office:body></office:document-content>' % (ODF_NS, body)
    return _odf('application/vnd.oasis.opendocument.text', c)


def ods(name, rows):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        xr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
    c = (XML_HEAD + '<office:document-content %s><office:body><office:spreadsheet><table:table table:name="%s">%s'
         '</table:table></office:spreadsheet></office:body></office:document-content>' % (ODF_NS, xesc(name), ''.join(xr)))
    return _odf('application/vnd.oasis.opendocument.spreadsheet', c)


def csvdata(rows, delim=';', cs='utf-8', bom=False):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    s = bio.getvalue()
    b = s.encode(cs)
    if bom:
        b = b'\xef\xbb\xbf' + b
    return b


def ics(uid, start, end, summary, location, description, organizer, attendees=(), method='REQUEST'):
    def fold(line):
        out, b = [], line.encode('utf-8')
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode('utf-8'))
            b = b[cut:]
        out.append(b.decode('utf-8'))
        return '\r\n '.join(out)

    def tx(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Auenwald Versicherungsgruppe//Kalender 2.1//DE', 'VERSION:2.0',
         'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250102T080000Z',
         'DTSTART;TZID=Europe/Berlin:%s' % start, 'DTEND;TZID=Europe/Berlin:%s' % end,
         'SUMMARY:%s' % tx(summary), 'LOCATION:%s' % tx(location), 'DESCRIPTION:%s' % tx(description),
         'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for a in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (a[0], a[1]))
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(x) for x in L) + '\r\n').encode('utf-8')


# --------------------------------------------------------------------------
# IBAN (ISO 13616 / ISO 7064 mod 97-10)
# --------------------------------------------------------------------------
def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    r = s[4:] + s[:4]
    num = ''.join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_de(blz, acct, grouped=True):
    bban = '%08d%010d' % (blz, acct)
    num = ''.join(str(int(c, 36)) for c in bban + 'DE00')
    chk = 98 - int(num) % 97
    s = 'DE%02d%s' % (chk, bban)
    if grouped:
        s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# --------------------------------------------------------------------------
# people of the insurer (all invented)
# --------------------------------------------------------------------------
def A(local):
    return '%s@%s' % (local, DOMAIN)


VOLLMER = ('Katrin Vollmer', A('katrin.vollmer'))
BREHM = ('Jonas Brehm', A('jonas.brehm'))
ARSLAN = ('Melike Arslan', A('melike.arslan'))
UNGERER = ('Tobias Ungerer', A('tobias.ungerer'))
ROTHKEGEL = ('Dr. Sabine Rothkegel', A('sabine.rothkegel'))
ZIESKE = ('Frank Zieske', A('frank.zieske'))
LANZ = ('Henrik Lanz', A('henrik.lanz'))
RIBEIRO = ('Ana Ribeiro', A('ana.ribeiro'))
FINK = ('Dr. med. Gerold Fink', A('gerold.fink'))
SCHOENING = ('Miriam Schöning', A('miriam.schoening'))
PETERSEN = ('Lukas Petersen', A('lukas.petersen'))
HAVERKAMP = ('Dr. Ulrike Haverkamp', A('datenschutz'))
DONNELLY = ('Claire Donnelly', A('claire.donnelly'))
ORTEGA = ('Rafael Ortega', A('rafael.ortega'))
KUEHNEL = ('Sven Kühnel', A('sven.kuehnel'))
OLLENDORF = ('Petra Ollendorf', A('petra.ollendorf'))
SAUTER = ('Bernd Sauter', A('bernd.sauter'))
GERBRACHT = ('Nils Gerbracht', A('nils.gerbracht'))
WILKE = ('Jana Wilke', A('jana.wilke'))
YILMAZ = ('Dennis Yilmaz', A('dennis.yilmaz'))
KOWALCZYK = ('Sarah Kowalczyk', A('sarah.kowalczyk'))
BRANDL = ('Dr. Timo Brandl', A('timo.brandl'))
MERTENS = ('Heike Mertens', A('heike.mertens'))
FRANCK = ('Oliver Franck', A('oliver.franck'))
PT_TEAM = ('Auenwald Leistung Psychotherapie', A('psychotherapie'))
BU_TEAM = ('Auenwald BU-Leistung', A('bu-leistung'))
SERVICE = ('Auenwald Kundenservice', A('service'))
INTL = ('Auenwald International Health', A('international'))
NOREPLY = ('Auenwald Kundenportal', A('no-reply'))
GUTACHTEN = ('Auenwald Gutachterkoordination', A('gutachterverfahren'))


# ==========================================================================
# shared text blocks (signatures and disclaimers)
# ==========================================================================
DISCL_DE = """--
Auenwald Krankenversicherung a.G. | Auenwaldplatz 1 | 34117 Kassel
Vorstand: Dr. Hartmut Seidl (Vors.), Inga Maaßen, Ralf Obermeier
Aufsichtsratsvorsitzender: Prof. Dr. Wolfram Kehl | Registergericht Kassel HRB 17419
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCL_LV = """--
Auenwald Lebensversicherung AG | Auenwaldplatz 1 | 34117 Kassel
Vorstand: Dr. Hartmut Seidl (Vors.), Kerstin Albrecht | Registergericht Kassel HRB 17420"""

DISCL_SACH = """--
Auenwald Sach- und Haftpflichtversicherung AG | Auenwaldplatz 1 | 34117 Kassel
Vorstand: Ralf Obermeier (Vors.), Dr. Nele Brückner | Registergericht Kassel HRB 17421"""

DISCL_EN = """--
Auenwald International Health | a division of Auenwald Krankenversicherung a.G.
Auenwaldplatz 1, 34117 Kassel, Germany | Registered at Amtsgericht Kassel, HRB 17419
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this message."""


# --------------------------------------------------------------------------
def m001():
    body = """Sehr geehrte Frau Brandes,

vielen Dank für Ihren Antrag auf Kostenübernahme einer ambulanten Psychotherapie,
der uns am 3. Februar 2025 zusammen mit dem Formular Ihrer Therapeutin erreicht hat.

Wir freuen uns, Ihnen mitteilen zu können, dass wir die Kosten für eine
Kurzzeittherapie (Verhaltenstherapie, Einzelbehandlung) im folgenden Umfang
übernehmen:

  Behandlerin:      Dipl.-Psych. Annika Lorenz, Praxis für Verhaltenstherapie,
                    Am Kirchberg 7, 34346 Hohenbrück
  Diagnose lt. Antrag: F41.1 G (generalisierte Angststörung)
  Umfang:           2 probatorische Sitzungen + 12 Sitzungen à 50 Minuten
  Abrechnung:       GOÄ-Ziffer 870, bis zum 2,3-fachen Satz
  Erstattung:       80 % gemäß Tarif KV-Komfort 80, Abschnitt 4.2
  Befristung:       bis 31.12.2025

Versicherungsnummer: KV 30 418 772
Versicherte Person:  Carolin Brandes

Bitte reichen Sie die Rechnungen wie gewohnt über die Auenwald-App oder per Post
ein. Sollte im Verlauf eine Umwandlung in eine Langzeittherapie notwendig werden,
benötigen wir rechtzeitig vor der 12. Sitzung einen neuen Antrag; dieser geht dann
in das Gutachterverfahren.

Haben Sie Fragen? Sie erreichen mich direkt unter 0561 7080-4412.

Mit freundlichen Grüßen

Jonas Brehm
Leistung Psychotherapie
Auenwald Krankenversicherung a.G.

""" + DISCL_DE
    eml = mail(BREHM, ('Carolin Brandes', 'c.brandes@posteo-mail.example'),
               'Ihr Antrag auf Psychotherapie – Kostenzusage (KV 30 418 772)',
               date(2025, 2, 11, 10, 42), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'cost approval for short-term behavioural therapy of a named customer with ICD F41.1 and therapist'


# --------------------------------------------------------------------------
def m002():
    body = """Hallo zusammen,

wie jeden Montag die Zahlen aus LEA für die Vorwoche (KW 6), Team Psychotherapie:

                              KW 5    KW 6    Δ
Eingänge Anträge PT gesamt     214     231   +17
  davon Kurzzeittherapie       138     149
  davon Langzeit/Verlängerung   76      82
Ans Gutachterverfahren          61      70
Zusagen ohne Gutachten         121     127
Rückfragen an Behandler         29      31
Ablehnungen                      4       3
Ø Durchlaufzeit (Tage)         6,8     7,4

Die Durchlaufzeit steigt wieder, weil zwei Gutachter ihre Kontigente für Februar
schon ausgeschöpft haben. Frank klärt, ob Dr. Seeberg zusätzliche Aufträge nimmt.

Rückstand > 14 Tage: 9 Vorgänge (Vorwoche 4). Bitte die Liste im Teamordner
"Rückstand_KW06" abarbeiten, älteste zuerst.

Ach ja: Die Auswertung nach Verfahren (VT / TP / AP / Systemische Therapie) für das
Quartalsgespräch mit Herrn Dr. Brandl mache ich bis Donnerstag fertig.

VG Katrin

--
Katrin Vollmer
Teamleiterin Leistung Psychotherapie
Auenwald Krankenversicherung a.G. | Tel. 0561 7080-4400"""
    eml = mail(VOLLMER, [('Team PT', A('team-psychotherapie'))], 'Wochenzahlen PT KW 6',
               date(2025, 2, 10, 8, 5), plain(body, cte='8bit'), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: aggregated weekly counts of psychotherapy applications, no person'


# --------------------------------------------------------------------------
def m003():
    iban = 'DE77 5206 0410 0006 0044 71'
    body = """Sehr geehrte Frau Lorenz,

vielen Dank für Ihre Anmeldung zum Direktabrechnungsverfahren. Wir haben Ihre Angaben
wie folgt in unserem Behandlerverzeichnis hinterlegt – bitte prüfen Sie sie kurz:

  Praxis:            Praxis für Verhaltenstherapie Annika Lorenz
  Anschrift:         Am Kirchberg 7, 34346 Hohenbrück
  Steuernummer:      026 812 40173
  Bankverbindung:    Kasseler Volksbank, IBAN {iban}
  Kontoinhaberin:    Annika Lorenz
  Approbation seit:  2014 (Psychologische Psychotherapeutin, VT)

Ab dem 1. März 2025 können Sie Rechnungen für bei uns versicherte Patientinnen und
Patienten direkt an uns senden, sofern eine Abtretungserklärung vorliegt. Das
Formular dazu finden Sie im Behandlerbereich unter https://behandler.auenwald.example.

Die Auszahlung erfolgt einmal wöchentlich (donnerstags) auf das oben genannte Konto.

Mit freundlichen Grüßen
Melike Arslan
Behandlerservice / Direktabrechnung
Auenwald Krankenversicherung a.G.
Telefon 0561 7080-4420

""".format(iban=iban) + DISCL_DE
    eml = mail(ARSLAN, ('Annika Lorenz', 'praxis@vt-lorenz.example'),
               'Direktabrechnung – Bestätigung Ihrer Stammdaten', date(2025, 2, 18, 14, 3),
               plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-therapist', \
        'sole-practitioner therapist: IBAN, tax number and address; no patient data'


# --------------------------------------------------------------------------
def m004():
    body = """Hi Jonas,

kannst du dir das bitte anschauen? Kam über das Kontaktformular der International-Seite,
Kundin ist im Expat-Tarif (Global Care Plus). Ich weiß nicht, ob sie schon einen Therapeuten
hat oder erst sucht. Antwort bitte auf Englisch.

Danke, Claire

-------- Original Message --------
From: Emily Carter <emily.carter@northmail.example>
Sent: Monday, 17 March 2025 22:48
To: international@auenwald.example
Subject: Question about cover - policy GCP-7730-1185

Hello,

I'm not sure who to ask so I'm trying this address. I moved to Munich with my
husband in October for his job and honestly the last months have been really hard.
I haven't been myself, I barely sleep and twice now I woke up at night with my
heart racing and couldn't breathe, I thought I was having a heart attack but the
ER said it's "just" panic. My GP here (Dr. Hoffmeister) thinks I should see a
therapist, ideally someone who works in English.

Is this covered by my plan? Do I need a referral or approval first? And does it
matter if the therapist is a psychologist and not a medical doctor?

Sorry if this is the wrong address.

Best,
Emily Carter
Policy no. GCP-7730-1185
"""
    eml = mail(DONNELLY, BREHM, 'WG: Question about cover - policy GCP-7730-1185',
               date(2025, 3, 18, 8, 51), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'mixed', 'customer', \
        'forwarded customer mail: panic attacks, insomnia, GP referral to therapy, policy number'


# --------------------------------------------------------------------------
def m005():
    txt = """MIND MATTERS – Auenwald newsletter for HR and benefits managers
Issue 2/2025

1 in 4: mental health is now the leading reason for long-term absence
---------------------------------------------------------------------
According to our anonymised portfolio analysis for 2024, mental and behavioural
disorders (ICD-10 chapter F) accounted for 24 % of all days of sickness allowance
paid in our group contracts - up from 19 % in 2021. Depression (F32/F33) and
reactions to severe stress (F43) lead the list, followed by anxiety disorders (F41).

What employers can do
- Make the Employee Assistance Programme visible: our partner Lumen offers
  confidential counselling 24/7 at 0800 586 3600 (free of charge).
- Train managers: our half-day workshop "Recognising stress early" is free for
  group contracts with more than 50 insured employees.
- Fast access: group members get a first appointment with a psychotherapist
  within 10 working days via our Therapy Finder service.

Webinar: "Back to work after burnout", 8 April 2025, 11:00-12:00 CET
Register: https://www.auenwald.example/webinar/back-to-work

You receive this newsletter because you are a contact person for an Auenwald
group contract. Unsubscribe: https://www.auenwald.example/newsletter/unsubscribe
"""
    htm = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Mind Matters 2/2025</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36;max-width:640px">
<p style="color:#2f6f4f;font-size:12px">MIND MATTERS &ndash; Auenwald newsletter for HR and benefits managers &middot; Issue 2/2025</p>
<h1 style="font-size:22px">1 in 4: mental health is now the leading reason for long-term absence</h1>
<p>According to our anonymised portfolio analysis for 2024, mental and behavioural disorders
(ICD-10 chapter F) accounted for <b>24&nbsp;%</b> of all days of sickness allowance paid in our group
contracts &ndash; up from 19&nbsp;% in 2021. Depression (F32/F33) and reactions to severe stress (F43)
lead the list, followed by anxiety disorders (F41).</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e7f1ec"><th align="left">Diagnosis group</th><th>2021</th><th>2024</th></tr>
<tr><td>F32/F33 Depression</td><td>9.1 %</td><td>11.4 %</td></tr>
<tr><td>F43 Stress reactions</td><td>5.2 %</td><td>6.9 %</td></tr>
<tr><td>F41 Anxiety</td><td>2.8 %</td><td>3.6 %</td></tr>
<tr><td>Other F</td><td>1.9 %</td><td>2.1 %</td></tr>
</table>
<h2 style="font-size:17px">What employers can do</h2>
<ul>
<li>Make the Employee Assistance Programme visible: our partner Lumen offers confidential counselling 24/7 at 0800&nbsp;586&nbsp;3600 (free of charge).</li>
<li>Train managers: our half-day workshop &bdquo;Recognising stress early&ldquo; is free for group contracts with more than 50 insured employees.</li>
<li>Fast access: group members get a first appointment with a psychotherapist within 10 working days via our Therapy Finder service.</li>
</ul>
<p><b>Webinar:</b> &ldquo;Back to work after burnout&rdquo;, 8 April 2025, 11:00&ndash;12:00 CET &ndash;
<a href="https://www.auenwald.example/webinar/back-to-work">register here</a></p>
<p style="font-size:11px;color:#777">You receive this newsletter because you are a contact person for an Auenwald group
contract. <a href="https://www.auenwald.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    eml = mail(('Auenwald Firmenkunden', A('firmenkunden-news')), ('HR contacts', A('newsletter-hr-list')),
               'Mind Matters 2/2025: mental health and long-term absence', date(2025, 3, 4, 7, 30),
               alt(plain(txt), html(htm), style='nx'), mailer='nx',
               extra=[('List-Unsubscribe', '<https://www.auenwald.example/newsletter/unsubscribe>')])
    return eml, 'NORMAL', 'en', 'newsletter', \
        'trap: newsletter with anonymised chapter-F statistics and EAP hotline, no person'


# --------------------------------------------------------------------------
def m006():
    iban = 'DE04 4306 0967 8821 0044 00'
    body = """Sehr geehrter Herr Dr. Engert,

anbei erhalten Sie die Beitragsrechnung für Ihre Berufshaftpflichtversicherung für
Psychotherapeuten für das Versicherungsjahr 2025.

Versicherungsschein-Nr.:  BHV-HB 2210-4471
Versicherungsnehmer:      Dr. phil. Matthias Engert, Praxis für tiefenpsychologisch
                          fundierte Psychotherapie, Lutherstraße 22, 34119 Kassel
Deckungssumme:            5.000.000 EUR pauschal für Personen- und Sachschäden
Jahresbeitrag netto:      286,00 EUR
Versicherungsteuer 19 %:   54,34 EUR
Jahresbeitrag brutto:     340,34 EUR

Der Betrag wird am 03.03.2025 per SEPA-Lastschrift von Ihrem Konto
{iban} (GLS-Gemeinschaftsbank) eingezogen.
Gläubiger-ID: DE71ZZZ00002847193, Mandatsreferenz: BHV22104471-01.

Falls sich die Zahl Ihrer angestellten Therapeutinnen oder Therapeuten geändert hat,
teilen Sie uns das bitte mit – der Beitrag richtet sich danach.

Freundliche Grüße

Heike Mertens
Heilwesen-Haftpflicht
Tel. 0561 7080-6120

""".format(iban=iban) + DISCL_SACH
    eml = mail(MERTENS, ('Dr. Matthias Engert', 'engert@praxis-engert.example'),
               'Beitragsrechnung 2025 – Berufshaftpflicht BHV-HB 2210-4471', date(2025, 2, 14, 9, 17),
               plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'professional liability premium of a therapist (natural person): policy no., IBAN; no health data'


# --------------------------------------------------------------------------
def m007():
    body = """Frank,

bitte folgenden Auftrag heute noch an Dr. Freytag rausgeben (sie hat noch 3 frei im März):

Chiffre:        H8K-2291
Vertrag:        KV 51 077 306 (VP 02 - Ehefrau des VN)
Verfahren:      Tiefenpsychologisch fundierte PT, Umwandlung KZT -> LZT
Beantragt:      +36 Sitzungen (bisher 24 bewilligt)
Behandler:      Dr. phil. Matthias Engert, Kassel
Bericht:        liegt im roten Umschlag verschlossen vor, NICHT öffnen, geht so raus
Frist Gutachten: 2 Wochen

Die Zuordnung Chiffre <-> Vertrag bleibt wie immer nur bei uns in der Tabelle
"Chiffren_2025.xlsx", Dr. Freytag bekommt nur Chiffre, Geburtsjahr (1979) und
Geschlecht (w).

Danke!
Sabine

Dr. Sabine Rothkegel
Dipl.-Psych., Psychologische Psychotherapeutin
Beratende Psychologin / Gutachterkoordination"""
    eml = mail(ROTHKEGEL, ZIESKE, 'Gutachtenauftrag H8K-2291', date(2025, 3, 5, 11, 26),
               plain(body, cs='iso-8859-1', cte='quoted-printable'), mailer='ol', cs='iso-8859-1')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'internal', \
        'consultant order linking the pseudonym (Chiffre) to a contract and insured spouse; long-term therapy extension'


# --------------------------------------------------------------------------
def m008():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 10. bis einschließlich 14. März 2025 auf einer Fachtagung und lese meine
E-Mails nur unregelmäßig. Gutachtenaufträge, Rückfragen von Gutachterinnen und
Gutachtern sowie alles rund um das Chiffre-Verfahren übernimmt in dieser Zeit
Herr Frank Zieske (frank.zieske@auenwald.example, 0561 7080-4431).

In dringenden Fällen (z. B. Kriseninterventionen, Anfragen von Kliniken zur
Kostenzusage) wenden Sie sich bitte an die Teamleitung Psychotherapie,
Frau Katrin Vollmer, 0561 7080-4400.

Mit freundlichen Grüßen
Dr. Sabine Rothkegel

Thank you for your message. I am out of the office until 14 March 2025.
Please contact frank.zieske@auenwald.example in the meantime."""
    eml = mail(ROTHKEGEL, ('Prof. Dr. Reinhard Asmus', 'asmus@gutachten-asmus.example'),
               'Automatische Antwort: Rückfrage zu Auftrag vom 6.3.', date(2025, 3, 10, 9, 2),
               plain(body), mailer='ol', extra=[('Auto-Submitted', 'auto-replied'),
                                                 ('X-Auto-Response-Suppress', 'All')])
    return eml, 'NORMAL', 'mixed', 'insurer-to-consultant', \
        'trap: out-of-office note mentioning crisis intervention and Gutachter procedure, no person data'


# --------------------------------------------------------------------------
def m009():
    body = """Dear Mr O'Rourke,

Thank you for submitting your claim form. Please find attached our letter
confirming receipt and explaining the next steps.

If you have any questions, you are welcome to call me directly.

Kind regards

Ana Ribeiro
Claims Specialist, Disability Income Protection
Auenwald Lebensversicherung AG
Phone +49 561 7080-5530

""" + DISCL_LV
    letter = [
        '# Auenwald Lebensversicherung AG - Disability Claims',
        'Auenwaldplatz 1, 34117 Kassel, Germany',
        '',
        'Mr James O\'Rourke',
        'Hagenring 14',
        '38106 Braunschweig',
        '',
        'Kassel, 24 March 2025',
        '',
        '# Your claim for occupational disability benefits',
        'Policy no.: BU-2019-0045821    Claim no.: LF-25-0031-47',
        '',
        'Dear Mr O\'Rourke,',
        '',
        'we confirm receipt of your claim form dated 14 March 2025. You state that you',
        'have been unable to work as a senior software architect since 6 January 2025',
        'because of a recurrent depressive disorder, currently severe episode without',
        'psychotic symptoms (ICD-10 F33.2), certified by your psychiatrist',
        'Dr. med. Paul Varga, Kassel.',
        '',
        'To assess your claim we need the following documents:',
        '  1. Medical report by Dr. Varga (form BU-ARZT-3, we pay the fee directly)',
        '  2. Discharge letter from the day clinic Tagesklinik am Muehlbach (Feb 2025)',
        '  3. Detailed job description incl. percentage of time per activity',
        '  4. Signed authorisation to release medical information (enclosed)',
        '',
        'Your monthly benefit of EUR 2,400 would be payable from the beginning of the',
        'month following the start of disability, if the claim is accepted.',
        'Premiums are waived provisionally while the claim is being assessed.',
        '',
        'Yours sincerely',
        'Ana Ribeiro',
        'Claims Specialist',
    ]
    body_mail = mixed(plain(body, cs='us-ascii', cte='7bit'),
                      att(pdf(letter, 'Claim acknowledgement LF-25-0031-47'), 'LF-25-0031-47_acknowledgement.pdf'),
                      style='ol')
    eml = mail(RIBEIRO, ("James O'Rourke", 'jorourke@fastpost.example'), 'Your claim LF-25-0031-47',
               date(2025, 3, 24, 15, 40), body_mail, mailer='ol', cs='us-ascii')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'harmless body; attached PDF states BU claim for recurrent depression F33.2 with psychiatrist and day clinic'


# --------------------------------------------------------------------------
def m010():
    body = """Hi Oliver,

thanks for the update. We have changed the address on your client's personal
liability policy as requested, effective 1 April 2025:

Policyholder:  Mr Tomasz Nowak
Policy no.:    PHV 88 301 5527 (Auenwald Privat-Haftpflicht Komfort)
Old address:   Gutenbergstr. 41, 60327 Frankfurt am Main
New address:   Bockenheimer Landstr. 102, App. 7, 60323 Frankfurt am Main

The premium stays the same as the tariff zone doesn't change. An updated
policy schedule will be sent to Mr Nowak by post within the next few days,
with a copy to your broker mailbox.

Best regards
Sven

Sven Kühnel
Broker Support | Auenwald Versicherungsgruppe
+49 561 7080-3310

-----Original Message-----
From: Oliver Grant <o.grant@meridian-expat.example>
Sent: Tuesday, 25 March 2025 10:12
To: Kühnel, Sven <sven.kuehnel@auenwald.example>
Subject: Address change T. Nowak

Hi Sven, Tomasz Nowak (PHV 88 301 5527) has moved within Frankfurt, new address
see above in the form. Could you update please? Cheers, Oliver"""
    eml = mail(KUEHNEL, ('Oliver Grant', 'o.grant@meridian-expat.example'),
               'RE: Address change T. Nowak', date(2025, 3, 25, 13, 2), plain(body),
               reply='<MER.4471.20250325@meridian-expat.example>', mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-broker', \
        'personal liability policy number and old/new address of a named client; non-personal line'


# --------------------------------------------------------------------------
def m011():
    body = """Sehr geehrte Frau Dahlke,

wie telefonisch besprochen bestellen wir hiermit:

Pos. 1  5.000 Stück Versandtaschen C4, rot, mit Aufdruck
        "Vertraulich – Arztsache – nur vom Gutachter zu öffnen"
        haftklebend, ohne Fenster            Art.-Nr. VT-C4-R-AS
Pos. 2  5.000 Stück Versandtaschen C5, weiß, Aufdruck
        "Bericht an den Gutachter – verschlossen weiterleiten"   Art.-Nr. VT-C5-W-BG
Pos. 3  2.000 Stück Rückumschläge DIN lang, Porto zahlt Empfänger

Lieferung bitte an:
Auenwald Versicherungsgruppe, Poststelle / Wareneingang, Tor 3
Auenwaldplatz 1, 34117 Kassel

Bestellnummer: BE-2025-00318, Kostenstelle 4400 (Leistung Psychotherapie)
Liefertermin: spätestens KW 13, Preise gemäß Rahmenvertrag 2024/2025.

Den Druckentwurf für Pos. 1 hatte Ihnen Herr Zieske am 20.02. freigegeben.

Mit freundlichen Grüßen

Bernd Sauter
Einkauf
Auenwald Versicherungsgruppe
Tel. 0561 7080-1175"""
    eml = mail(SAUTER, ('Renate Dahlke', 'vertrieb@druckhaus-fuldatal.example'),
               'Bestellung BE-2025-00318 – Gutachter-Versandtaschen', date(2025, 3, 3, 10, 15),
               plain(body, cs='windows-1252', cte='quoted-printable'), mailer='ol', cs='windows-1252')
    return eml, 'NORMAL', 'de', 'insurer-to-supplier', \
        'trap: purchase order for "Arztsache" envelopes for the consultant procedure, no person'


# --------------------------------------------------------------------------
def m012():
    body = """Hallo Melike,

zur Info und mit der Bitte um Bearbeitung – Frau Okafor hat gestern angerufen und dann
noch diese Mail geschickt. Der Antrag selbst (PTV 2 + Bericht) kommt per Post.
Vertrag läuft über den Vater, KV 44 209 118, Kind ist VP 03.

Gruß Tobias

> Von: Lena Okafor <praxis@kjp-okafor.example>
> Gesendet: Mittwoch, 26. Februar 2025 18:05
> An: psychotherapie@auenwald.example
> Betreff: Antrag Paul Herder, geb. 12.09.2015
>
> Sehr geehrte Damen und Herren,
>
> für meinen Patienten Paul Herder (9 J.) stelle ich einen Antrag auf
> Kurzzeittherapie (VT, 12 Std. Einzel + 3 Std. Bezugspersonen). Diagnose:
> einfache Aktivitäts- und Aufmerksamkeitsstörung (F90.0 G) mit sekundären
> Schwierigkeiten im Sozialverhalten; Paul wurde im Januar in der
> kinderpsychiatrischen Ambulanz diagnostiziert, eine Medikation mit
> Methylphenidat ist begonnen worden.
>
> Die Eltern wünschen sich einen zügigen Beginn, da die Schule mit einem
> Ausschluss aus der Ganztagsbetreuung gedroht hat. Können Sie mir sagen, ob
> Sie die Bezugspersonenstunden gesondert erstatten?
>
> Mit freundlichen Grüßen
> Lena Okafor
> Kinder- und Jugendlichenpsychotherapeutin (VT)
> Praxis am Ständeplatz, Kassel"""
    eml = mail(UNGERER, ARSLAN, 'WG: Antrag Paul Herder, geb. 12.09.2015', date(2025, 2, 27, 8, 33),
               plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'therapist', \
        'quoted therapist mail: child with ADHD F90.0, medication, birth date, contract number'


# --------------------------------------------------------------------------
def m013():
    body = """Sofia,

thanks for the call yesterday. As discussed, here is what we can deliver for the
treaty renewal and what we can't.

We can send, for the disability income book (individual BU, in force 2015-2024):
- incidence rates by ICD-10 chapter, sex and 10-year age band (20-29 ... 60-67)
- for chapter F additionally by three-character category for F32, F33, F41, F43
  and F45, but only where a cell has at least 10 claims; smaller cells are merged
  into "F other"
- termination rates (recovery / death / expiry) for chapter F claims by duration
  since claim start (0-1, 1-2, 2-5, 5+ years)

We can't send claim-level data, not even pseudonymised - our DPO was very clear on
that for anything touching mental health. I hope the aggregated view is enough for
your pricing team; from your slides it looked like they mainly need the F share by
age band and the recovery curve.

Timeline: first cut by 15 May, final after our audit sign-off in June.

Best,
Timo

Dr. Timo Brandl
Actuarial Department Health & Disability | Auenwald Versicherungsgruppe"""
    eml = mail(BRANDL, [ORTEGA, LANZ], 'Nordrück Re data request - what we can deliver',
               date(2025, 4, 9, 16, 44), plain(body, cs='us-ascii', cte='7bit'), mailer='tb', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'internal', \
        'trap: plan for aggregated BU incidence by ICD chapter F for the reinsurer, no claim-level data'


# --------------------------------------------------------------------------
def m014():
    body = """Sehr geehrte Frau Kessler,

vielen Dank für Ihre Bewerbung als Psychologin (m/w/d) in der Leistungsprüfung
Psychotherapie. Wir möchten Sie gern persönlich kennenlernen und laden Sie ein zu
einem Gespräch am

  Donnerstag, 20. März 2025, 14:00 Uhr
  Auenwaldplatz 1, 34117 Kassel, Haus B, 4. OG, Raum 4.12

Gesprächspartner: Frau Katrin Vollmer (Teamleitung) und ich.

Zur Vorbereitung habe ich Ihre Angaben aus dem Bewerbungsportal übernommen:

  Name:                 Johanna Kessler
  Geburtsdatum:         07.05.1991
  Anschrift:            Friedrich-Ebert-Str. 118, 34119 Kassel
  frühester Eintritt:   01.06.2025
  Gehaltsvorstellung:   62.000 EUR brutto p. a.
  Kündigungsfrist:      6 Wochen zum Quartalsende

Fahrtkosten erstatten wir Ihnen gern; bitte bringen Sie dazu den Beleg mit.
Falls der Termin nicht passt, rufen Sie mich einfach an.

Mit freundlichen Grüßen

Petra Ollendorf
Personalbetreuung
Auenwald Versicherungsgruppe
Telefon 0561 7080-1030"""
    eml = mail(OLLENDORF, ('Johanna Kessler', 'j.kessler@webpost.example'),
               'Einladung zum Vorstellungsgespräch am 20.03.2025', date(2025, 3, 7, 13, 55),
               plain(body, cte='8bit', flowed=True), mailer='tb')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-applicant', \
        'applicant: birth date, home address and salary expectation'


# --------------------------------------------------------------------------
def m015():
    body = """Auenwald Krankenversicherung a.G.
Leistungsabrechnung Nr. 2025-0388164 vom 14.04.2025

Versicherungsnummer: KV 29 661 040
Versicherte Person:  Marco Lettau
Tarif:               KV-Premium 100 / SB 600

Rechnung Praxis Dipl.-Psych. R. Hallmann vom 04.04.2025

Datum       GOÄ   Leistung                                 Betrag   erstattet
06.03.2025  870   Verhaltenstherapie, Einzel, 50 Min.      100,55   100,55
13.03.2025  870   Verhaltenstherapie, Einzel, 50 Min.      100,55   100,55
20.03.2025  870   Verhaltenstherapie, Einzel, 50 Min.      100,55   100,55
27.03.2025  870   Verhaltenstherapie, Einzel, 50 Min.      100,55   100,55
27.03.2025  808   Einleitung/Verlängerung (Bericht)         53,62     0,00 *
                                                           -------  -------
Summe                                                       455,82   402,20

* Die Gebühr für den Bericht an den Gutachter (Nr. 808) hatten wir bereits mit
  der Abrechnung vom 12.02.2025 erstattet.

Bewilligte Sitzungen lt. Zusage vom 20.01.2025:  25
davon abgerechnet:                               17
verbleibend:                                      8

Der Betrag von 402,20 EUR wird in den nächsten Tagen auf Ihr Konto
DE** **** **** **** **11 41 überwiesen.

Diese Mitteilung wurde maschinell erstellt und ist ohne Unterschrift gültig.
Auenwald Krankenversicherung a.G. · Auenwaldplatz 1 · 34117 Kassel"""
    eml = mail(PT_TEAM, ('Marco Lettau', 'marco.lettau@gmx-mail.example'),
               'Ihre Leistungsabrechnung 2025-0388164', date(2025, 4, 14, 5, 12),
               plain(body, cte='8bit'), mailer='sys')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'reimbursement statement for behavioural therapy sessions (GOÄ 870) of a named insured person'


# --------------------------------------------------------------------------
def m016():
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>anbei das Protokoll unseres Jour fixe Datenschutz vom 12.03.2025. Einwände bitte bis Freitag.</p>
<h3>Protokoll Jour fixe Datenschutz Leistung KV &ndash; 12.03.2025</h3>
<p>Teilnehmende: Dr. U. Haverkamp (DSB), K. Vollmer (Leistung PT), F. Zieske (Gutachterkoordination),
N. Gerbracht (IT), M. Sch&ouml;ning (Fallmanagement)<br>Protokoll: F. Zieske</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde8e2"><th>TOP</th><th>Thema</th><th>Ergebnis / Aufgabe</th><th>Wer / bis</th></tr>
<tr><td>1</td><td>Aufbewahrung der Berichte an den Gutachter</td>
<td>Verschlossene Umschl&auml;ge werden weiterhin ungeöffnet weitergeleitet. Gutachten kommen zur&uuml;ck und werden
im Scan-Center nur mit Chiffre erfasst. Papierbericht nach R&uuml;cklauf vernichten (Datenschutztonne, Sicherheitsstufe P-4).</td>
<td>Zieske, lfd.</td></tr>
<tr><td>2</td><td>Chiffrenliste</td><td>Die Excel-Liste wird abgel&ouml;st; Zuordnung k&uuml;nftig nur im LEA-Modul mit Rollenrecht
&bdquo;PT-Gutachten&ldquo;. Zugriff aktuell 11 Personen, Ziel max. 6.</td><td>Gerbracht, 30.04.</td></tr>
<tr><td>3</td><td>E-Mail mit Behandlern</td><td>Berichte und Befunde nur &uuml;ber das Behandlerportal oder verschl&uuml;sselt.
Unverschl&uuml;sselte R&uuml;ckfragen nur ohne Diagnose und ohne Namen (nur Vorgangsnummer).</td><td>alle</td></tr>
<tr><td>4</td><td>L&ouml;schfristen Ablehnungsf&auml;lle</td><td>DSB pr&uuml;ft, ob 10 Jahre (Verj&auml;hrung) oder 6 Jahre (HGB)
ma&szlig;geblich sind. Bis dahin keine L&ouml;schung.</td><td>Haverkamp, n&auml;chster JF</td></tr>
<tr><td>5</td><td>Schulung</td><td>Pflichtschulung &bdquo;Besondere Kategorien personenbezogener Daten&ldquo; f&uuml;r neue Kolleg:innen
im Q2; Quote letzte Runde 87&nbsp;%.</td><td>Vollmer</td></tr>
</table>
<p>N&auml;chster Termin: 09.04.2025, 10:00 Uhr, Raum B 2.07.</p>
<p>Viele Gr&uuml;&szlig;e<br>Frank Zieske<br>Gutachterkoordination</p>
</body></html>
"""
    eml = mail(ZIESKE, [VOLLMER, HAVERKAMP, GERBRACHT, SCHOENING], 'Protokoll JF Datenschutz 12.03.2025',
               date(2025, 3, 13, 16, 20), html(htm), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: HTML-only data-protection minutes about consultant reports and pseudonym list, no person data'


# --------------------------------------------------------------------------
def m017():
    body = """Crisis escalation - call record (internal, do not forward outside the team)

Date/time of call:  Tue 22 Apr 2025, 19:37-20:05
Agent:              Dennis Yilmaz (Customer Service, English line)
Caller:             Ms Priya Raman, policy GCP-7730-2094 (Global Care Plus)
Callback no.:       +49 176 5550 4182

Reason for call: question about a rejected invoice (dentist). During the call the
caller became very upset, said she "can't do this anymore", that since the
miscarriage in February "nothing makes sense" and that she had been "thinking
about ending it". She said she is alone at home tonight.

Action taken (per crisis guideline, step 2-4):
- stayed on the line, asked directly about suicidal thoughts - she confirmed thoughts,
  no concrete plan, denied having pills at home
- gave the number of the crisis line (TelefonSeelsorge in English) and 112
- with her consent, transferred her warm to the Lumen crisis counsellor at 20:03
- she agreed that our case management may call her tomorrow

Follow-up requested: case management (Miriam / Lukas) please call back on 23 Apr
before noon. The dentist invoice (EUR 312.40) can wait.

Dennis"""
    eml = mail(YILMAZ, [SCHOENING, PETERSEN], 'URGENT crisis escalation - GCP-7730-2094',
               date(2025, 4, 22, 20, 19), plain(body, cs='us-ascii', cte='7bit'), mailer='ol',
               cs='us-ascii', prio='1 (Highest)', extra=[('Importance', 'high')])
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'internal', \
        'crisis call note: named customer with suicidal thoughts after miscarriage, warm transfer'


# --------------------------------------------------------------------------
def m018():
    iban = 'DE81 1009 0000 7729 0018 40'
    body = """Dear Ms Lindqvist,

Thank you for returning the SEPA Direct Debit mandate. We have set it up as follows:

  Contract:           Auenwald Hausrat Komfort, policy no. HR 61 204 8830
  Insured address:    Kastanienallee 61, 10119 Berlin
  Account holder:     Hannah Lindqvist
  IBAN:               {iban}
  BIC:                BEVODEBBXXX
  Mandate reference:  HR612048830-02
  Creditor ID:        DE71ZZZ00002847193
  Collection:         quarterly, first collection on 1 July 2025 (EUR 48.90)

Your previous mandate for the account ending in ...4410 has been cancelled.

If you would prefer to receive your documents in English from now on, just reply
to this e-mail and we will make a note on your file.

Kind regards

Sarah Kowalczyk
Customer Service | Auenwald Sach- und Haftpflichtversicherung AG
Phone +49 561 7080-2000 | Mon-Fri 8:00-18:00

""".format(iban=iban) + DISCL_SACH
    eml = mail(KOWALCZYK, ('Hannah Lindqvist', 'hannah.lindqvist@svea-mail.example'),
               'Your direct debit mandate - policy HR 61 204 8830', date(2025, 6, 2, 11, 8),
               plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'household contents policy: IBAN, mandate and insured home address of a named customer'


# --------------------------------------------------------------------------
def m019():
    body = """Ticket INC-2025-018733 – Priorität 2
Komponente: LEA / Modul PT-Gutachten (Prod)
Gemeldet von: Katrin Vollmer

Seit heute 07:40 hängt die Queue "PT_GUTACHTEN_EINGANG". Neue Gutachten aus dem
Scan-Center erscheinen nicht im Postkorb, die Sachbearbeitung kann keine
Zusagen/Ablehnungen nach Gutachten schließen. Betroffen vermutlich ca. 40 Vorgänge.

Log aus dem Worker (gekürzt, keine Fachdaten enthalten):

2025-05-06 07:41:12,388 ERROR [pt-gutachten-worker-3] c.a.lea.pt.GutachtenImport -
  Failed to import document batch 20250506-0712-SC04
java.lang.IllegalStateException: Chiffre lookup returned 0 rows for key=<masked>
    at c.a.lea.pt.ChiffreResolver.resolve(ChiffreResolver.java:118)
    at c.a.lea.pt.GutachtenImport.handle(GutachtenImport.java:77)
    at c.a.lea.queue.Worker.run(Worker.java:204)
2025-05-06 07:41:12,390 WARN  [pt-gutachten-worker-3] c.a.lea.queue.Worker -
  Message requeued (attempt 25/25), moving to DLQ

Vermutung: Seit dem Release 7.4.2 gestern Abend ist der Chiffre-Index leer
(Migration MIG-0412 "chiffre_map_v2"). Bitte prüfen, ob die Migration auf
Prod vollständig gelaufen ist; auf Test war alles ok.

Workaround für die Fachabteilung bis zur Lösung: keiner, bitte nicht manuell
buchen.

-- 
Nils Gerbracht
IT Anwendungsbetreuung Leistung | Auenwald Versicherungsgruppe
Tel. -1560"""
    eml = mail(GERBRACHT, [('LEA Betrieb', A('lea-betrieb')), VOLLMER], 'INC-2025-018733: Queue PT_GUTACHTEN_EINGANG blockiert',
               date(2025, 5, 6, 8, 12), plain(body), mailer='tb')
    return eml, 'NORMAL', 'mixed', 'internal', \
        'trap: IT incident about the consultant-report queue, log masked, no person data'


# --------------------------------------------------------------------------
def m020():
    body = """Sehr geehrte Damen und Herren,

für unsere Versicherte

  Frau Yvonne Herder, geb. 23.11.1986
  Versicherungsnummer KV 38 552 907, Tarif KV-Premium 100 (Einbettzimmer)

erteilen wir auf Grundlage der Einweisung durch Herrn Dr. med. P. Varga vom
28.04.2025 und des Aufnahmeberichts Ihrer Klinik eine

  Kostenzusage für eine stationäre psychosomatische Krankenhausbehandlung

  Aufnahme:        05.05.2025
  Dauer:           zunächst 42 Behandlungstage
  Hauptdiagnose:   F32.2 G schwere depressive Episode ohne psychotische Symptome
  Nebendiagnose:   F50.2 G Bulimia nervosa
  Leistungen:      allgemeine Krankenhausleistungen nach Ihrer Preisvereinbarung
                   (Tagessatz 486,00 EUR), Unterkunft Einbettzimmer, Chefarztbehandlung

Für eine Verlängerung über den 16.06.2025 hinaus benötigen wir spätestens
5 Werktage vorher einen Verlängerungsantrag mit kurzem Verlaufsbericht.

Die Rechnung senden Sie bitte direkt an uns; eine Abtretung liegt vor.

Mit freundlichen Grüßen

Katrin Vollmer
Teamleitung Leistung Psychotherapie / stationäre Psychosomatik
Auenwald Krankenversicherung a.G.
Fax 0561 7080-4499

""" + DISCL_DE
    eml = mail(VOLLMER, ('Patientenverwaltung Klinik Haus Lindenberg', 'aufnahme@klinik-lindenberg.example'),
               'Kostenzusage Herder, Yvonne – Aufnahme 05.05.2025', date(2025, 4, 30, 15, 48),
               plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-clinic', \
        'cost approval for inpatient psychosomatic treatment: named patient, birth date, F32.2 and F50.2'


# --------------------------------------------------------------------------
def m021():
    body = """Hallo zusammen,

im Anhang der überarbeitete Textbaustein "Zusage KZT/LZT nach Gutachten" (TB-PT-07).
Änderungen gegenüber der alten Version:
- Hinweis auf die Befristung steht jetzt oben
- neuer Absatz zu Gruppentherapie (Kombinationsbehandlung)
- die Platzhalter heißen jetzt wie in LEA 7.4 («VP_NAME» statt «NAME_VP»)

Bitte ab Montag nur noch diese Version verwenden. Der Baustein ist mit der
Rechtsabteilung abgestimmt (Frau Dr. Stein hat am 28.03. freigegeben).

Gruß
Katrin"""
    doc = docx([
        ('h', 'TB-PT-07 Zusage Kurzzeit-/Langzeittherapie nach Gutachten (Version 3.0, 04/2025)'),
        '«ANREDE» «VP_NAME»,',
        'Versicherungsnummer: «VERS_NR» – Vorgang: «VORGANG_NR»',
        'die Zusage gilt befristet bis «BEFRISTUNG».',
        'nach Prüfung Ihres Antrags und Vorliegen der Stellungnahme unserer Gutachterin bzw. unseres '
        'Gutachters übernehmen wir die Kosten für «VERFAHREN» bei «BEHANDLER_NAME» im Umfang von '
        '«ANZAHL_SITZUNGEN» Sitzungen zu je 50 Minuten (GOÄ «GOAE_ZIFFER»).',
        '[optional Gruppe] Zusätzlich übernehmen wir «ANZAHL_GRUPPE» Doppelstunden Gruppentherapie '
        '(Kombinationsbehandlung). Die Gesamtzahl der Sitzungen darf «MAX_SITZUNGEN» nicht überschreiten.',
        'Die Erstattung richtet sich nach Ihrem Tarif «TARIF» (Erstattungssatz «PROZENT» %).',
        'Inhalte des Gutachtens teilen wir Ihnen auf Wunsch gern mit; wenden Sie sich dazu an Ihre '
        'Behandlerin oder Ihren Behandler.',
        'Mit freundlichen Grüßen',
        '«SACHBEARBEITER»',
        ('t', [['Platzhalter', 'Quelle in LEA'], ['«VP_NAME»', 'Stammdaten VP'],
               ['«VERFAHREN»', 'PT-Antrag Feld 4'], ['«ANZAHL_SITZUNGEN»', 'Gutachten Ergebnis'],
               ['«BEFRISTUNG»', 'Zusage + 24 Monate']]),
    ])
    eml = mail(VOLLMER, ('Team PT', A('team-psychotherapie')), 'Neuer Textbaustein TB-PT-07 (Zusage nach Gutachten)',
               date(2025, 4, 3, 12, 1),
               mixed(plain(body), att(doc, 'TB-PT-07_Zusage_nach_Gutachten_v3.docx'), style='ol'), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: approval letter template with «placeholders» in DOCX, no real person'


# --------------------------------------------------------------------------
def m022():
    iban = 'DE16 5007 0010 0175 5663 02'
    body = """Sehr geehrter Herr Prof. Asmus,

für das erste Quartal 2025 haben wir Ihre Gutachten wie folgt abgerechnet:

  Gutachten Kurzzeit -> Langzeit (VT)         14 x  96,00 EUR  = 1.344,00 EUR
  Gutachten Fortführung (VT)                   9 x  72,00 EUR  =   648,00 EUR
  Zweitgutachten / Obergutachten               2 x 145,00 EUR  =   290,00 EUR
                                                               -------------
  Summe                                                         2.282,00 EUR

Die Liste der einzelnen Chiffren mit Eingangsdatum liegt wie immer für Sie im
Gutachterportal bereit (Bereich "Abrechnung").

Überweisung am 11.04.2025 auf Ihr Konto:
  Kontoinhaber: Prof. Dr. Reinhard Asmus
  IBAN: {iban}
  Verwendungszweck: GA-Honorar Q1/2025 Asmus

Da Sie als Gutachter freiberuflich tätig sind, weisen wir keine Umsatzsteuer aus
(§ 4 Nr. 14 UStG); Ihre Steuer-ID 47 019 382 665 ist hinterlegt. Bitte teilen Sie uns
mit, falls sich daran etwas ändert.

Mit freundlichen Grüßen
Frank Zieske
Gutachterkoordination
Auenwald Krankenversicherung a.G."""
    eml = mail(ZIESKE, ('Prof. Dr. Reinhard Asmus', 'asmus@gutachten-asmus.example'),
               'Honorarabrechnung Q1/2025', date(2025, 4, 8, 10, 33),
               plain(body, cs='windows-1252', cte='8bit'), mailer='ol', cs='windows-1252')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-consultant', \
        'fee statement of a freelance consultant: IBAN, tax ID, income; only counts of reports, no patient'


# --------------------------------------------------------------------------
def m023():
    body = """Dear Mr van Dijk,

Thank you for the constructive meeting on 2 May. As promised, here is a summary of
our proposal for the 2026 price agreement for the four psychosomatic clinics of
Sonnenhang Kliniken GmbH:

                          2025 rate   proposal 2026   change
Parkklinik Sonnenhang      EUR 512      EUR 531        +3.7 %
Seeklinik Waldhagen        EUR 478      EUR 494        +3.3 %
Tagesklinik Waldhagen      EUR 289      EUR 298        +3.1 %
Klinik am Eichenhain       EUR 466      EUR 481        +3.2 %

Conditions:
- rates include all general hospital services; single room +EUR 95 per day
- treatment plans for stays over 6 weeks to be submitted in week 5
- direct billing via 301-style data exchange from 1 January 2026
- quality report (PHQ-9 / GAD-7 change scores, aggregated per clinic) once a year

We would be grateful for your feedback by 30 May so that both boards can sign in June.

Best regards

Katrin Vollmer
Head of Psychotherapy & Psychosomatic Claims
Auenwald Krankenversicherung a.G.

""" + DISCL_EN
    eml = mail(VOLLMER, ('Maarten van Dijk', 'm.vandijk@sonnenhang-kliniken.example'),
               'Price agreement 2026 - proposal', date(2025, 5, 7, 17, 5),
               plain(body, cs='utf-8', cte='quoted-printable'), mailer='ol')
    return eml, 'NORMAL', 'en', 'insurer-to-clinic', \
        'trap: daily-rate negotiation with a clinic operator (GmbH), aggregated quality scores only'


# --------------------------------------------------------------------------
def m024():
    body = """Sehr geehrter Herr Thiel,

wir haben Ihre Folgebescheinigung über die Arbeitsunfähigkeit erhalten, vielen Dank.

Da Sie nun seit dem 13. Januar 2025 ununterbrochen arbeitsunfähig sind, zahlen wir
das Krankentagegeld (Tarif KT 43, 150,00 EUR kalendertäglich) zunächst bis zum
30. April 2025 weiter. Für die Zeit danach benötigen wir:

  - einen aktuellen Befundbericht Ihres behandelnden Facharztes für Nervenheilkunde
    (Herr Dr. Varga) mit Angaben zur voraussichtlichen Dauer,
  - die Bestätigung, dass die Behandlung in der Tagesklinik wie geplant am
    24. März begonnen hat.

Wie am Telefon besprochen, können wir Ihnen auch unser Fallmanagement anbieten:
Frau Schöning würde sich mit Ihnen zusammen um einen guten Weg zurück in die Arbeit
kümmern, z. B. eine stufenweise Wiedereingliederung. Das ist freiwillig und hat
keinen Einfluss auf Ihre Tagegeldzahlung.

Mit freundlichen Grüßen

Tobias Ungerer
Leistung Krankentagegeld
Auenwald Krankenversicherung a.G.
Versicherungsnummer: KV 27 905 331

""" + DISCL_DE
    eml = mail(UNGERER, ('Sebastian Thiel', 's.thiel@familie-thiel.example'),
               'Ihr Krankentagegeld – Unterlagen für die weitere Zahlung', date(2025, 3, 27, 9, 51),
               plain(body, cte='8bit'), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'indirect: sickness allowance for months of incapacity, neurologist/psychiatrist and day clinic of a named person'


# --------------------------------------------------------------------------
def m025():
    body = """Dear Mr Okoye,

Thank you for your call this morning. I can confirm that your legal expenses policy
covers the dispute with your former employer:

  Policy:        Auenwald Rechtsschutz Privat + Beruf, no. RS 70 118 2045
  Claim no.:     RS-S-25-004417
  Matter:        termination of employment by Brightline Software GmbH, letter of
                 28 March 2025, notice effective 30 June 2025
  Cover:         action for unfair dismissal before the Labour Court Berlin (first
                 instance), incl. attorney's fees per RVG, court costs
  Deductible:    EUR 150

You are free to choose your own lawyer. If you don't have one yet, our partner
network can arrange a first consultation within 48 hours (English-speaking lawyers
available). Please note that the claim must be filed with the court within three
weeks of receiving the notice, i.e. by 18 April 2025.

Your annual salary (EUR 78,000 gross) is relevant for the value in dispute; your
lawyer will need the last three pay slips.

Kind regards

Rafael Ortega
Legal Expenses Claims | Auenwald Sach- und Haftpflichtversicherung AG
+49 561 7080-6340

""" + DISCL_SACH
    eml = mail(ORTEGA, ('Daniel Okoye', 'daniel.okoye@mailbox-berlin.example'),
               'Cover confirmation RS-S-25-004417', date(2025, 4, 1, 11, 37), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'legal expenses cover for a dismissal: named customer, claim no., salary; no health data'


# --------------------------------------------------------------------------
def m026():
    body = """Liebe Kolleginnen und Kollegen im Kundenservice,

nach den Rückmeldungen aus dem Workshop haben wir den Gesprächsleitfaden für Anrufe
in psychischen Krisen überarbeitet. Kurzfassung (die ausführliche Version liegt im
Intranet unter Service > Leitfäden > Krise):

1. Ernst nehmen. Äußert jemand Gedanken, sich das Leben zu nehmen, oder wirkt
   akut verzweifelt: Gespräch nicht beenden, ruhig bleiben, nachfragen.
2. Direkt fragen ist erlaubt und hilft: "Denken Sie daran, sich etwas anzutun?"
3. Bei akuter Gefahr: Notruf 112 – Sie dürfen das, auch ohne Einwilligung.
4. Sonst: Telefonseelsorge 0800 111 0 111 / 0800 111 0 222 nennen oder mit
   Einverständnis zur Krisenberatung unseres Partners Lumen verbinden
   (interne Kurzwahl 7799, rund um die Uhr).
5. Rückruf durch das Fallmanagement anbieten – nur mit Zustimmung.
6. Dokumentation: nur im Krisenformular in LEA (nicht im allgemeinen
   Kontaktverlauf, nicht per E-Mail an Verteiler). Teamleitung informieren.
7. Danach: Pause machen. Solche Gespräche sind belastend, auch für uns.
   Die Mitarbeiterberatung (Lumen, 0800 586 3600) steht auch euch offen.

Fragen gern an mich oder Miriam Schöning.

Viele Grüße
Sarah Kowalczyk
Teamleitung Kundenservice Kranken"""
    eml = mail(KOWALCZYK, ('Kundenservice Kranken', A('ks-kranken-alle')), 'Überarbeiteter Leitfaden: Anrufe in Krisensituationen',
               date(2025, 2, 20, 15, 12), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: generic crisis-call guideline with suicide wording and hotline numbers, no person'


# --------------------------------------------------------------------------
def m027():
    body = """Dear Ms Whitfield,

Thank you for your call regarding our insured Mrs Emily Carter (policy GCP-7730-1185).

We confirm that under her plan we cover up to five probatory sessions (GOÄ 870
or analogous) without prior approval. For any further treatment we need the
enclosed application form "Therapy application - practitioner's section" filled in
by you, including:

 - working diagnosis (ICD-10) and brief history of the panic symptoms since
   autumn 2024
 - treatment method (you mentioned CBT) and planned number of sessions
 - planned frequency and, if applicable, involvement of the psychiatrist

Your report to our consultant can be written in English. Please send it in the
sealed envelope marked "Consultant report", or upload it via our practitioner
portal; please don't send it by ordinary e-mail.

As discussed, your practice is not on our list of German-licensed therapists yet.
Could you send us a copy of your licence (Approbation) or your HPG permit? Your
invoices can then be reimbursed to Mrs Carter in the usual way.

Kind regards

Jonas Brehm
Psychotherapy Claims | Auenwald International Health

""" + DISCL_EN
    eml = mail(BREHM, ('Sophie Whitfield', 'sophie@whitfield-therapy.example'),
               'Mrs Emily Carter - GCP-7730-1185 - therapy application', date(2025, 3, 26, 14, 27),
               plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-therapist', \
        'named insured: panic symptoms, probatory sessions, CBT application to her therapist'


# --------------------------------------------------------------------------
def m028():
    body = """Hi all,

as announced in the leadership meeting: the two-day Mental Health First Aid course
for team leads in Claims and Customer Service will take place on 3-4 June. The
invitation is attached - please accept or decline in your calendar by 16 May.

The course covers recognising depression, anxiety, psychosis and substance use
problems, how to talk about suicidal thoughts, and where to refer colleagues and
customers. It is run by two certified trainers from Lumen. There are no role-plays
with real cases - please do not bring case files.

Lunch is provided (vegetarian option by default, let me know about allergies).

Thanks
Petra

Petra Ollendorf | HR Development | Auenwald Versicherungsgruppe"""
    cal = ics('mhfa-2025-06@auenwald.example', '20250603T090000', '20250604T163000',
              'Mental Health First Aid - course for team leads (2 days)',
              'Auenwaldplatz 1, Haus A, Konferenzzentrum Raum Fulda',
              'Two-day course, certificate after completion. Trainers: Lumen Mitarbeiterberatung GmbH.\n'
              'Please bring: nothing. No case files.', ('Petra Ollendorf', 'petra.ollendorf@auenwald.example'),
              [('Katrin Vollmer', 'katrin.vollmer@auenwald.example'),
               ('Sarah Kowalczyk', 'sarah.kowalczyk@auenwald.example'),
               ('Henrik Lanz', 'henrik.lanz@auenwald.example')])
    eml = mail(OLLENDORF, [VOLLMER, KOWALCZYK, LANZ], 'Invitation: Mental Health First Aid course 3-4 June',
               date(2025, 5, 5, 9, 0),
               mixed(plain(body, cs='us-ascii', cte='7bit'),
                     att(cal, 'invite.ics', ctype='text/calendar', cte='base64', cs='utf-8', extra_ct='; method=REQUEST')),
               mailer='ol', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'internal', \
        'trap: course invitation (ICS) naming depression, psychosis, suicidal thoughts; no case data'


# --------------------------------------------------------------------------
def m029():
    iban = 'DE45 7002 0270 0015 4488 12'
    body = """Sehr geehrte Frau Wöhler,

zu Ihrem Leitungswasserschaden vom 18.02.2025 in Ihren Praxisräumen
(Schadennummer IH-25-00871, Praxis-Inhaltsversicherung Nr. PI 4471 0923) haben wir
den Bericht unseres Regulierers Herrn Kampe erhalten.

Danach sind beschädigt:
  - Parkett im Therapieraum 1 (gehört dem Vermieter – bitte dessen
    Gebäudeversicherung informieren)
  - Sessel und Sofa (Therapieraum 1), Zeitwert lt. Gutachten  1.940,00 EUR
  - Teppich, Vorhänge                                           610,00 EUR
  - Aktenschrank, Metall, verformt                              380,00 EUR
  - Trocknungsgeräte (Fa. Trockenbau Nord), Rechnung            1.125,00 EUR
                                                              ------------
  Entschädigung                                              4.055,00 EUR
  abzüglich Selbstbehalt                                      -250,00 EUR
  Auszahlung                                                 3.805,00 EUR

Sie hatten bestätigt, dass die Patientenakten im Schrank trocken geblieben sind und
keine Unterlagen beschädigt oder an Dritte gelangt sind – damit ist für uns auch der
Baustein "Datenwiederherstellung" nicht betroffen.

Wir überweisen den Betrag auf Ihr Konto {iban}
(Kerstin Wöhler) mit dem Verwendungszweck "IH-25-00871".

Mit freundlichen Grüßen
Oliver Franck
Schaden Gewerbe/Freie Berufe
Auenwald Sach- und Haftpflichtversicherung AG

""".format(iban=iban) + DISCL_SACH
    eml = mail(FRANCK, ('Kerstin Wöhler', 'praxis.woehler@therapie-nord.example'),
               'Ihr Schaden IH-25-00871 – Abrechnung', date(2025, 3, 19, 14, 44),
               plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'water damage in a therapist practice (sole trader): claim no., IBAN; patient files unaffected, no health data'


# --------------------------------------------------------------------------
def m030():
    txt = """Liebe Partnerinnen und Partner im Vertrieb,

viele Kundinnen und Kunden fragen inzwischen gezielt nach den Leistungen bei
Psychotherapie. Hier die Übersicht unserer Vollversicherungstarife (Stand 04/2025):

Tarif             Sitzungen/Jahr   Erstattung   Gutachterverf.   Heilpraktiker f. PT
KV-Start 70       20               70 %         ab 21. Sitzung   nein
KV-Komfort 80     30               80 %         ab 25. Sitzung   nein
KV-Premium 100    50               100 %        ab 25. Sitzung   ja, 1.000 EUR/Jahr
KV-Beihilfe B     wie Beihilfe     Restkosten   wie Beihilfe     nein

Neu seit 01.01.2025: In allen Tarifen erstatten wir zusätzlich Videositzungen und
digitale Gesundheitsanwendungen (DiGA) mit Verordnung.

Hinweis für die Beratung: Gesundheitsfragen im Antrag beziehen sich auf
ambulante Psychotherapie in den letzten 5 Jahren. Bitte keine Angaben "am Telefon
vorab" sammeln und per E-Mail schicken – nutzen Sie die Risikovoranfrage im
Maklerportal.

Ihr Maklerbetreuungsteam
Auenwald Versicherungsgruppe"""
    htm = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Liebe Partnerinnen und Partner im Vertrieb,</p>
<p>viele Kundinnen und Kunden fragen inzwischen gezielt nach den Leistungen bei <b>Psychotherapie</b>.
Hier die &Uuml;bersicht unserer Vollversicherungstarife (Stand 04/2025):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eef4ef"><th>Tarif</th><th>Sitzungen/Jahr</th><th>Erstattung</th><th>Gutachterverf.</th><th>Heilpraktiker f. PT</th></tr>
<tr><td>KV-Start 70</td><td>20</td><td>70 %</td><td>ab 21. Sitzung</td><td>nein</td></tr>
<tr><td>KV-Komfort 80</td><td>30</td><td>80 %</td><td>ab 25. Sitzung</td><td>nein</td></tr>
<tr><td>KV-Premium 100</td><td>50</td><td>100 %</td><td>ab 25. Sitzung</td><td>ja, 1.000 EUR/Jahr</td></tr>
<tr><td>KV-Beihilfe B</td><td>wie Beihilfe</td><td>Restkosten</td><td>wie Beihilfe</td><td>nein</td></tr>
</table>
<p>Neu seit 01.01.2025: In allen Tarifen erstatten wir zus&auml;tzlich Videositzungen und digitale
Gesundheitsanwendungen (DiGA) mit Verordnung.</p>
<p><i>Hinweis f&uuml;r die Beratung:</i> Gesundheitsfragen im Antrag beziehen sich auf ambulante Psychotherapie in den
letzten 5 Jahren. Bitte keine Angaben &bdquo;am Telefon vorab&ldquo; sammeln und per E-Mail schicken &ndash; nutzen Sie die
Risikovoranfrage im <a href="https://makler.auenwald.example/risikovoranfrage">Maklerportal</a>.</p>
<p>Ihr Maklerbetreuungsteam<br>Auenwald Versicherungsgruppe</p>
</body></html>"""
    eml = mail(('Auenwald Maklerbetreuung', A('makler')), ('Vertriebspartner', A('makler-info-verteiler')),
               'Vertriebsinfo 04/2025: Psychotherapie-Leistungen im Tarifvergleich', date(2025, 4, 15, 10, 0),
               alt(plain(txt), html(htm)), mailer='nx')
    return eml, 'NORMAL', 'de', 'insurer-to-broker', \
        'trap: tariff comparison of psychotherapy benefits for brokers, no person'


# --------------------------------------------------------------------------
def m031():
    body = """Tobias, kannst du das übernehmen? Ich glaube, wir brauchen erst mal die Aufnahmeanzeige
der Klinik, bevor wir irgendwas zusagen könenn. Die Frau war am Telefon ziemlich
aufgelöst, bitte vorsichtig formulieren.
Sarah

-----Ursprüngliche Nachricht-----
Von: Beate Kranich <beate.kranich@t-net-mail.example>
Gesendet: Donnerstag, 15. Mai 2025 07:12
An: service@auenwald.example
Betreff: Versicherungsnr. KV 19 330 872 mein Mann

Guten Morgen,

ich schreibe für meinen Mann Jürgen, er kann das gerade nicht selbst. Er ist seit
drei Wochen wieder in der Klinik in Bad Auenstein, es ist genauso wie vor zwei
Jahren, er hat wieder aufgehört zu essen und redet kaum noch, nachts steht er auf und
läuft stundenlang im Haus herum. Die Ärzte sagen es wird wieder länger dauern
diesmal.

Meine Frage: beim letzten Mal haben Sie alles bezahlt, muss ich jetzt wieder was
ausfüllen? Die Klinik hat gesagt sie schickt Ihnen was, aber ich habe Angst dass am
Ende eine Rechnung kommt die wir nicht bezahlen können.

Eine Vollmacht von ihm habe ich, die schicke ich gerne mit.

Vielen Dank
Beate Kranich"""
    eml = mail(KOWALCZYK, UNGERER, 'WG: Versicherungsnr. KV 19 330 872 mein Mann', date(2025, 5, 15, 9, 3),
               plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'customer', \
        'indirect: wife reports husband back in a clinic, stopped eating and talking; contract number'


# --------------------------------------------------------------------------
def m032():
    body = """Hi Katrin, hi Timo,

attached the Q1 KPI workbook for the psychotherapy line as agreed for the quarterly
review. All figures are aggregated; cells with fewer than 5 cases are shown as "<5".

Main points:
- applications +11 % vs Q1 2024, mostly short-term therapy (KZT)
- approval rate after consultant review stable at 93 %
- average cost per completed long-term therapy: EUR 6,480 (VT) / EUR 7,930 (TP)
- share of video sessions now 17 % of all billed sessions

Let me know if you need the split by region for the board deck.

Rafael"""
    wb = xlsx([
        ('KPI Q1 2025', [
            ['Psychotherapy line - KPI Q1 2025 (aggregated, no personal data)'],
            [],
            ['Indicator', 'Q1 2024', 'Q1 2025', 'Change %'],
            ['Applications received', 1842, 2045, 11.0],
            ['  short-term (KZT)', 1190, 1351, 13.5],
            ['  long-term / extension', 652, 694, 6.4],
            ['Sent to consultant', 498, 561, 12.7],
            ['Approved after consultant', 463, 522, 12.7],
            ['Approval rate after consultant %', 93.0, 93.0, 0.0],
            ['Rejected', 35, 39, 11.4],
            ['Avg processing time (days)', 8.9, 7.6, -14.6],
            ['Share video sessions %', 12.0, 17.0, 41.7],
        ]),
        ('Cost per case', [
            ['Procedure', 'Completed therapies', 'Avg sessions', 'Avg cost EUR'],
            ['Behavioural therapy (VT)', 388, 41.2, 6480],
            ['Psychodynamic (TP)', 171, 47.5, 7930],
            ['Analytic (AP)', '<5', '-', '-'],
            ['Systemic therapy', 22, 28.1, 3920],
        ]),
    ])
    eml = mail(ORTEGA, [VOLLMER, BRANDL], 'Q1 KPI psychotherapy - workbook',
               date(2025, 4, 16, 16, 2), mixed(plain(body, cs='us-ascii', cte='7bit'),
                                                att(wb, 'PT_KPI_Q1_2025.xlsx')), mailer='ol', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'internal', \
        'trap: aggregated psychotherapy KPIs in XLSX, small cells suppressed'


# --------------------------------------------------------------------------
def m033():
    iban = 'DE64 6605 0101 0108 8441 72'
    body = """Sehr geehrter Herr Reiter,

anbei die Übersicht Ihrer Courtage für den Monat April 2025 (Vermittlernummer 40-7718):

  Abschlusscourtage Sach/Haftpflicht/Rechtsschutz     1.284,60 EUR
  Bestandscourtage Sach                                 412,15 EUR
  Abschlusscourtage Kranken (Summe lt. Einzelnachweis) 3.960,00 EUR
  Stornohaftung / Rückbelastung                        -318,40 EUR
  Einbehalt Stornoreserve 10 %                         -533,83 EUR
                                                     -------------
  Auszahlung                                          4.804,52 EUR

Der Einzelnachweis mit den Vertragsnummern liegt wie gewohnt in Ihrer Vermittlerpost
im Maklerportal.

Überweisung am 09.05.2025 auf Ihr Geschäftskonto
  Alexander Reiter e.K., Finanzkontor Reiter
  IBAN {iban}

Ihre Steuernummer 045/231/60089 und der Hinweis auf die Umsatzsteuerbefreiung nach
§ 4 Nr. 11 UStG sind hinterlegt. Ihr Jahresumsatz mit uns liegt damit bei
19.870,34 EUR (Januar bis April).

Freundliche Grüße
Sven Kühnel
Maklerbetreuung
Auenwald Versicherungsgruppe""".format(iban=iban)
    eml = mail(KUEHNEL, ('Alexander Reiter', 'a.reiter@finanzkontor-reiter.example'),
               'Courtageabrechnung 04/2025 – Vermittler 40-7718', date(2025, 5, 6, 10, 10),
               plain(body, cte='8bit'), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-broker', \
        'sole-trader broker: commission income, IBAN, tax number; customer details only in portal'


# --------------------------------------------------------------------------
def m034():
    txt = """Dear Mr Moreau,

we have processed your claim submitted on 2 June 2025. Details below.

Insured person: Lucas Moreau
Policy:         GCP-7730-3312 (Global Care Plus, Outpatient 100)

Invoice: Dr. med. Paul Varga, Psychiatry and Psychotherapy, Kassel (27.05.2025)
  12.05.2025  GOÄ 804  psychiatric treatment, 20 min        EUR  20.11  paid
  12.05.2025  GOÄ 806  psychiatric treatment, 30+ min       EUR  33.52  paid
  26.05.2025  GOÄ 849  psychotherapeutic treatment           EUR  30.83  paid
Pharmacy receipt, Löwen-Apotheke (28.05.2025)
  Escitalopram 10 mg, 100 tablets                            EUR  41.70  paid
  Zopiclone 7.5 mg, 20 tablets                               EUR  14.85  not covered *

Total reimbursed: EUR 126.16, transferred to your account ending ...3312-07.

* Sleeping pills are covered only with a prescription; the receipt shows an
  over-the-counter sale. If you have a prescription, please send it and we will
  reconsider.

Auenwald International Health - this message was generated automatically."""
    htm = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Mr Moreau,</p>
<p>we have processed your claim submitted on 2 June 2025. Details below.</p>
<p><b>Insured person:</b> Lucas Moreau<br><b>Policy:</b> GCP-7730-3312 (Global Care Plus, Outpatient 100)</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f0f4f8"><th>Date</th><th>Code</th><th>Service</th><th>Amount</th><th>Status</th></tr>
<tr><td colspan="5"><i>Dr. med. Paul Varga, Psychiatry and Psychotherapy, Kassel (27.05.2025)</i></td></tr>
<tr><td>12.05.2025</td><td>GO&Auml; 804</td><td>psychiatric treatment, 20 min</td><td>EUR 20.11</td><td>paid</td></tr>
<tr><td>12.05.2025</td><td>GO&Auml; 806</td><td>psychiatric treatment, 30+ min</td><td>EUR 33.52</td><td>paid</td></tr>
<tr><td>26.05.2025</td><td>GO&Auml; 849</td><td>psychotherapeutic treatment</td><td>EUR 30.83</td><td>paid</td></tr>
<tr><td colspan="5"><i>Pharmacy receipt, L&ouml;wen-Apotheke (28.05.2025)</i></td></tr>
<tr><td></td><td></td><td>Escitalopram 10 mg, 100 tablets</td><td>EUR 41.70</td><td>paid</td></tr>
<tr><td></td><td></td><td>Zopiclone 7.5 mg, 20 tablets</td><td>EUR 14.85</td><td>not covered *</td></tr>
</table>
<p><b>Total reimbursed: EUR 126.16</b>, transferred to your account ending &hellip;3312-07.</p>
<p style="font-size:12px">* Sleeping pills are covered only with a prescription; the receipt shows an over-the-counter sale.
If you have a prescription, please send it and we will reconsider.</p>
<p style="color:#888;font-size:11px">Auenwald International Health &ndash; this message was generated automatically.</p>
</body></html>"""
    eml = mail(INTL, ('Lucas Moreau', 'lucas.moreau@laposte-mail.example'), 'Claim settlement GCP-7730-3312 / 2025-06-0417',
               date(2025, 6, 5, 6, 40), alt(plain(txt), html(htm), style='nx'), mailer='sys')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'claim settlement: psychiatrist invoice, escitalopram and zopiclone of a named insured'


# --------------------------------------------------------------------------
def m035():
    body = """Liebe Kolleginnen und Kollegen,

vom 6. bis 10. Oktober ist wieder die "Woche der seelischen Gesundheit" – und wir
machen mit. Das Programm am Standort Kassel:

Mo 06.10.  12:15  Impulsvortrag "Stress, Schlaf und Bildschirm" (Kantine, 30 Min.)
Di 07.10.  07:30  Bewegte Pause / Yoga am Fluss (Treffpunkt Haupteingang)
Mi 08.10.  ganztägig  Infostand der Mitarbeiterberatung Lumen im Foyer –
                  anonym, ohne Anmeldung
Do 09.10.  16:00  Lesung + Gespräch: "Wenn Kolleg:innen nach einer Depression
                  zurückkommen" (Raum Fulda)
Fr 10.10.  Kantine: "Brainfood"-Menü (Lachs/Linsen-Dal, Walnuss-Brownie)

Die Teilnahme zählt als Arbeitszeit. Führungskräfte: Bitte ermöglicht euren Teams
die Teilnahme an mindestens einem Angebot.

Und noch einmal zur Erinnerung: Die Mitarbeiterberatung ist vertraulich – wir als
Arbeitgeber erfahren nie, wer sie nutzt, nur die Gesamtzahl der Gespräche pro Jahr
(2024: 214).

Euer BGM-Team
Petra Ollendorf & Jana Wilke"""
    eml = mail(OLLENDORF, ('Alle Mitarbeitenden Kassel', A('alle-kassel')), 'Woche der seelischen Gesundheit 6.–10. Oktober',
               date(2025, 9, 22, 11, 45), plain(body, cte='8bit'), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: staff health-week programme (depression talk, EAP counts), no individual'


# --------------------------------------------------------------------------
def m036():
    body = """Dear Mr Nakamura,

Thank you for sending the documents for your cancellation claim.

Claim no.:   RR-25-11872
Policy:      Auenwald Reise-Rücktritt Jahresvertrag, no. RR 33 091 446
Trip:        Kassel - Lisbon, 14-28 September 2025, booked with Sol & Mar Reisen GmbH
Reason:      unexpected loss of employment (insolvency of Halden Maschinenbau GmbH,
             notice dated 21 August 2025)

Job loss due to the employer's insolvency is an insured event under section 2.1 (f)
of your conditions. We will reimburse the cancellation fees as invoiced by the tour
operator:

  Cancellation fee (40 % of EUR 2,860.00)      EUR 1,144.00
  Deductible (20 %, min. EUR 25)               EUR  -228.80
  Amount payable                               EUR   915.20

Payment will be made to the account you provided (IBAN ending 4401 823) within
five working days.

Kind regards
Oliver Franck
Travel Insurance Claims
Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(FRANCK, ('Kenji Nakamura', 'k.nakamura@fastpost.example'), 'Your claim RR-25-11872 - settlement',
               date(2025, 9, 4, 15, 20), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'travel cancellation for job loss: named customer, claim no., employer insolvency; no health content'


# --------------------------------------------------------------------------
def m037():
    body = """Sehr geehrte Frau Dr. Freytag,

vielen Dank für Ihr Gutachten zur Chiffre K2P-0417 vom 14.05.2025. Eine Rückfrage,
bevor wir entscheiden können:

Sie befürworten 30 von 60 beantragten Sitzungen DBT-orientierter Verhaltenstherapie.
Der Bericht des Behandlers beschreibt bei der Patientin (46 J., w) eine
emotional-instabile Persönlichkeitsstörung vom Borderline-Typ (F60.31) mit
wiederholten Selbstverletzungen, zuletzt im Februar, und einen stationären
Aufenthalt 2022 nach einer Intoxikation. Im Gutachten steht, eine
Dialektisch-Behaviorale Therapie "im ambulanten Gruppensetting ergänzend"
sei sinnvoll – dürfen wir das so verstehen, dass Sie zusätzlich eine DBT-
Skillsgruppe (ca. 25 Doppelstunden) befürworten? Diese war nicht beantragt.

Wenn ja, würden wir den Behandler bitten, die Gruppe nachzubeantragen.

Mit freundlichen Grüßen
Dr. Sabine Rothkegel
Gutachterkoordination
Auenwald Krankenversicherung a.G."""
    eml = mail(ROTHKEGEL, ('Dr. Elke Freytag', 'e.freytag@psychotherapie-freytag.example'),
               'Rückfrage zu Gutachten K2P-0417', date(2025, 5, 19, 10, 8),
               plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-consultant', \
        'grey zone: pseudonymised (Chiffre) but re-identifiable by sender; F60.31, self-harm, prior admission'


# --------------------------------------------------------------------------
def m038():
    body = """Dear Ms Achterberg,

Thank you for your questions for the article on waiting times for psychotherapy in
private health insurance. Please find our answers below; you may quote them as
"a spokesperson for Auenwald".

1. How long does it take you to decide on a therapy application?
   On average 7.6 calendar days in Q1 2025 (Q1 2024: 8.9). Applications that need
   a consultant's opinion take 15 days on average.

2. How many applications do you reject?
   About 2 % of all applications; after consultant review about 7 %. The most
   common reason is missing information, not the therapy itself.

3. Do you cover therapists without a statutory health insurance licence
   ("Privatpraxis")?
   Yes, if they hold a German licence (Approbation). In our premium tariff we
   also cover non-medical practitioners for psychotherapy up to EUR 1,000 a year.

4. Do you see an increase in claims for mental illness?
   Yes. Mental illness is now the most common cause of new disability income
   claims in our book (about 38 % in 2024), ahead of musculoskeletal diseases.

We cannot comment on individual cases.

Best regards
Jana Wilke
Corporate Communications | Auenwald Versicherungsgruppe
+49 561 7080-1200 | presse@auenwald.example"""
    eml = mail(WILKE, ('Lotte Achterberg', 'l.achterberg@health-insurance-europe.example'),
               'RE: Press enquiry - waiting times psychotherapy', date(2025, 5, 21, 12, 30),
               plain(body, cs='us-ascii', cte='7bit'), mailer='ol', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'insurer-to-partner', \
        'trap: press answers with aggregated approval and disability figures, no person'


# --------------------------------------------------------------------------
def m039():
    body = """Hallo Frau Brunner,

bitte zum 01.07.2025 in der Entgeltabrechnung umsetzen:

Mitarbeiter:       Jonas Brehm, Personalnummer 104877
Kostenstelle:      4400 Leistung Psychotherapie
neue Funktion:     Senior-Sachbearbeiter Leistung PT (Stellvertretung Teamleitung)
Eingruppierung:    TG 8 -> TG 9 (Tarifvertrag private Versicherungswirtschaft)
Monatsgehalt neu:  5.148,00 EUR brutto (bisher 4.612,00 EUR)
Funktionszulage:   150,00 EUR monatlich, befristet bis 30.06.2026

Die Vertragsänderung ist von Herrn Brehm unterschrieben und liegt in der
Personalakte. Die Bankverbindung bleibt unverändert.

Danke und viele Grüße
Petra Ollendorf
Personalbetreuung"""
    eml = mail(OLLENDORF, ('Marion Brunner', A('entgelt')), 'Entgeltänderung PNr. 104877 zum 01.07.2025',
               date(2025, 6, 12, 14, 2), plain(body, cs='iso-8859-1', cte='quoted-printable'), mailer='ol', cs='iso-8859-1')
    return eml, 'CONFIDENTIAL', 'de', 'internal', \
        'employee salary and grade change with personnel number; no health data'


# --------------------------------------------------------------------------
def m040():
    body = """Sehr geehrter Herr Kollege Varga,

Ihr Patient, Herr James O'Rourke, geb. 02.08.1981, hat bei uns Leistungen aus seiner
Berufsunfähigkeitsversicherung (BU-2019-0045821) beantragt und uns eine
Schweigepflichtentbindung erteilt (Kopie anbei im Portal-Upload).

Wir bitten Sie um einen ausführlichen Befundbericht auf unserem Formular BU-ARZT-3.
Für uns sind insbesondere folgende Punkte wichtig:

 1. Seit wann behandeln Sie Herrn O'Rourke, in welcher Frequenz?
 2. Diagnosen nach ICD-10 mit Sicherheitsgrad; der Antrag nennt eine rezidivierende
    depressive Störung, gegenwärtig schwere Episode (F33.2). Gab es frühere Episoden,
    und wann?
 3. Aktueller psychopathologischer Befund, ggf. Testergebnisse (BDI-II, HAMD)
 4. Medikation (Präparat, Dosis, seit wann) und Verträglichkeit
 5. Verlauf der teilstationären Behandlung in der Tagesklinik am Mühlbach
 6. Ihre Einschätzung der Leistungsfähigkeit: Kann Herr O'Rourke seine Tätigkeit
    als Softwarearchitekt (Projektverantwortung, Kundentermine, Bildschirmarbeit)
    derzeit zu mindestens 50 % ausüben? Prognose für die nächsten 6 Monate?

Für den Bericht vergüten wir 160,00 EUR zzgl. Porto (Rechnung bitte an uns).
Bitte senden Sie den Bericht per Post oder über unser Ärzteportal, nicht per E-Mail.

Mit kollegialen Grüßen

Dr. med. Gerold Fink
Facharzt für Psychiatrie und Psychotherapie
Beratender Arzt BU-Leistung
Auenwald Lebensversicherung AG

""" + DISCL_LV
    eml = mail(FINK, ('Dr. med. Paul Varga', 'praxis@nervenarzt-varga.example'),
               "Befundbericht BU – Herr O'Rourke, BU-2019-0045821", date(2025, 3, 28, 11, 15),
               plain(body), mailer='ol', cc=[RIBEIRO])
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor', \
        'request for BU medical report: named patient, birth date, F33.2, day clinic, medication'


# --------------------------------------------------------------------------
def m041():
    body = """Guten Tag,

in Ihrem Kundenportal "Mein Auenwald" liegt eine neue Nachricht für Sie bereit.

Aus Gründen der Sicherheit und Vertraulichkeit senden wir Ihnen Inhalte zu
Gesundheitsleistungen, Arztrechnungen, Anträgen auf Psychotherapie oder
Befunden grundsätzlich nicht per unverschlüsselter E-Mail.

So lesen Sie die Nachricht:
  1. Melden Sie sich an unter https://mein.auenwald.example
  2. Wählen Sie "Postfach" > "Posteingang".

Die Nachricht bleibt 90 Tage im Postfach gespeichert. Sie können sie jederzeit als
PDF herunterladen.

Sie haben Fragen? Unser Kundenservice ist Mo–Fr von 8 bis 18 Uhr für Sie da:
0561 7080-2000.

Ihre Auenwald Krankenversicherung

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf."""
    eml = mail(NOREPLY, 'kundin-7781@web-post.example', 'Neue Nachricht in Ihrem Kundenportal',
               date(2025, 6, 18, 13, 0), plain(body, cte='quoted-printable'), mailer=None,
               extra=[('Auto-Submitted', 'auto-generated')])
    return eml, 'NORMAL', 'de', 'insurer-to-customer', \
        'trap: content-free portal notification mentioning psychotherapy applications generically'


# --------------------------------------------------------------------------
def m042():
    body = """Hi Oliver,

thanks for the pre-underwriting request for your client. Short answer: we can
offer cover, but with an exclusion, based on what you described.

Applicant:   Ms Mei Tanaka, born 19/04/1990, UX designer
Product:     Auenwald BU Premium, EUR 2,000 monthly benefit to age 67
Disclosed:   outpatient psychotherapy Oct 2021 - Jun 2022 (22 sessions, behavioural
             therapy) after a period of work-related exhaustion ("burnout"),
             sick leave 7 weeks in 2021, no medication, no inpatient stay,
             symptom-free since mid-2022 according to the therapist's closing report

Our decision (indicative, valid 3 months):
- standard premium
- exclusion clause for "mental and behavioural disorders (ICD-10 F00-F99) and
  exhaustion syndrome (Z73)" for the first 5 years; we'll review the exclusion on
  request after 3 years without relapse

If Ms Tanaka would rather wait: from October 2027 (5 years after the end of therapy)
the question falls outside the look-back period.

Please don't send the therapist's report by e-mail - upload it in the broker portal
under "Risikovoranfrage" RV-25-2218 if she wants us to reconsider.

Best regards
Henrik

Henrik Lanz | Underwriting & Claims Disability | Auenwald Lebensversicherung AG

-----Original Message-----
From: Oliver Grant <o.grant@meridian-expat.example>
Sent: Friday, 4 July 2025 09:40
Subject: Pre-underwriting Mei Tanaka

Hi Henrik, quick one: client of ours (Japanese, in Berlin since 2018) wants BU.
She had therapy in 2021/22 for burnout, all fine now. Can we get her in? Details
in the portal request RV-25-2218. Thanks, Oliver"""
    eml = mail(LANZ, ('Oliver Grant', 'o.grant@meridian-expat.example'),
               'RE: Pre-underwriting Mei Tanaka', date(2025, 7, 7, 14, 55), plain(body),
               reply='<MER.5512.20250704@meridian-expat.example>', mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', \
        'BU underwriting decision: named applicant, birth date, past psychotherapy for burnout, F-exclusion'


# --------------------------------------------------------------------------
def m043():
    body = """Guten Tag Herr Pfister,

für die Abholung am kommenden Mittwoch, 28.05., hier noch einmal die Details:

Abholort:       Auenwaldplatz 1, Haus B, Untergeschoss, Archivraum B -1.14
Menge:          38 Sicherheitsbehälter à 240 l (verplombt)
Inhalt:         Papier-Altbestände Leistung Kranken: Arztrechnungen,
                Befundberichte, Berichte an den Gutachter und Gutachten
                (Aufbewahrungsfrist abgelaufen, Löschprotokoll LP-2025-07)
Schutzklasse:   3 / Sicherheitsstufe P-4 nach DIN 66399
Vernichtung:    am selben Tag, Nachweis mit Behälternummern bitte an mich

Ansprechpartner vor Ort: Herr Kaminski (Haustechnik), 0561 7080-1190.
Bitte denken Sie an den Nachweis der Verpflichtung Ihrer Fahrer auf die
Vertraulichkeit (Anlage 3 zum AV-Vertrag).

Mit freundlichen Grüßen
Bernd Sauter
Einkauf / Facility
Auenwald Versicherungsgruppe"""
    eml = mail(SAUTER, ('Michael Pfister', 'dispo@datashred-nordhessen.example'),
               'Abholung Aktenvernichtung 28.05. – 38 Behälter', date(2025, 5, 22, 8, 48),
               plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'insurer-to-supplier', \
        'trap: shredding order for medical records and consultant reports, no person'


# --------------------------------------------------------------------------
def m044():
    iban = 'GB54 AWBK 4021 7766 3052 18'
    body = """Dear Dr Hollis,

Welcome to our panel of consultant psychiatrists for disability claims. To complete
your onboarding we have recorded the following details - please check and reply
only if something is wrong:

  Name:              Dr Eleanor Hollis, MBBS, MRCPsych
  Date of birth:     03 February 1972
  Private address:   Friedrich-Ebert-Platz 4, 69117 Heidelberg
  German licence:    Approbation, Landesärztekammer Baden-Württemberg (2009)
  Tax ID:            62 418 903 557
  Bank account:      Ms E. Hollis, IBAN {iban} (UK account, fees in EUR)
  Fee per report:    EUR 650 (file-based) / EUR 1,100 (with examination)

Your framework agreement (2 copies) will arrive by post; please return one signed
copy. Case files will be provided through our secure consultant portal only; you
will receive your login in two separate e-mails.

Kind regards
Henrik Lanz
Disability Claims | Auenwald Lebensversicherung AG""".format(iban=iban)
    eml = mail(LANZ, ('Dr Eleanor Hollis', 'e.hollis@hollis-psychiatry.example'),
               'Consultant panel - your details', date(2025, 6, 24, 9, 35), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-consultant', \
        'consultant onboarding: birth date, private address, tax ID, UK IBAN, fees; no patient'


# --------------------------------------------------------------------------
def m045():
    body = """Guten Tag Herr Aumann,

vielen Dank für Ihr Interesse an unserer privaten Krankenversicherung und für Ihre
Frage, wie wir Psychotherapie erstatten.

Kurz zusammengefasst:
- Ambulante Psychotherapie ist in allen unseren Vollversicherungstarifen
  versichert – bei approbierten Psychologischen Psychotherapeutinnen und
  -therapeuten sowie Ärztinnen und Ärzten.
- Bis zu 5 probatorische Sitzungen ohne Antrag, danach kurzer Antrag; bei längeren
  Therapien prüft eine unabhängige Gutachterin oder ein Gutachter (anonymisiert).
- Wie viele Sitzungen pro Jahr erstattet werden, hängt vom Tarif ab; die
  Übersicht finden Sie im angehängten Merkblatt.

Ob und zu welchen Bedingungen wir Sie versichern können, entscheiden wir nach
Ihrem Antrag mit den Gesundheitsfragen. Bitte schicken Sie uns Angaben zu Ihrer
Gesundheit nicht per E-Mail, sondern nutzen Sie den Online-Antrag.

Gern berät Sie auch unsere Kollegin Frau Arslan telefonisch: 0561 7080-4420.

Mit freundlichen Grüßen
Dennis Yilmaz
Interessentenservice
Auenwald Krankenversicherung a.G."""
    merk = pdf([
        '# Merkblatt: Psychotherapie in der Auenwald Krankenversicherung',
        'Stand 01/2025 - Form PT-M1',
        '',
        '# Wer darf behandeln?',
        'Psychologische Psychotherapeutinnen und -therapeuten, Kinder- und Jugendlichen-',
        'psychotherapeutinnen und -therapeuten, Fachaerztinnen und -aerzte fuer Psychiatrie,',
        'Psychosomatik oder mit Zusatzbezeichnung Psychotherapie.',
        '',
        '# Welche Verfahren?',
        'Verhaltenstherapie, tiefenpsychologisch fundierte Psychotherapie, analytische',
        'Psychotherapie, Systemische Therapie - einzeln oder in der Gruppe, auch per Video.',
        '',
        '# Ablauf',
        '1. Bis zu 5 probatorische Sitzungen ohne Antrag',
        '2. Antrag (Formular PT-1) durch Sie, Bericht durch die Behandlerin / den Behandler',
        '3. Ab Sitzung 25 (KV-Komfort/Premium) bzw. 21 (KV-Start): Gutachterverfahren.',
        '   Die Gutachterin / der Gutachter erhaelt nur eine Chiffre, nicht Ihren Namen.',
        '',
        '# Sitzungen pro Kalenderjahr',
        'KV-Start 70: 20 | KV-Komfort 80: 30 | KV-Premium 100: 50',
        '',
        'Auenwald Krankenversicherung a.G., Auenwaldplatz 1, 34117 Kassel',
    ], 'Merkblatt Psychotherapie')
    eml = mail(YILMAZ, ('Felix Aumann', 'felix.aumann@mailplanet.example'), 'Ihre Anfrage: Psychotherapie in der PKV',
               date(2025, 1, 21, 16, 22), mixed(plain(body), att(merk, 'Merkblatt_Psychotherapie_PT-M1.pdf'), style='ol'),
               mailer='ol')
    return eml, 'NORMAL', 'de', 'insurer-to-customer', \
        'trap: prospect gets generic psychotherapy information and a leaflet, no contract or health data'


# --------------------------------------------------------------------------
def m046():
    body = """Hallo ihr Lieben,

für die Einarbeitung von Johanna (startet am 2.6.) und für unsere Fallwerkstatt
am Donnerstag hier der Übungsfall. Er ist frei erfunden bzw. aus mehreren
Vorgängen zusammengesetzt – bitte trotzdem nicht außerhalb des Teams verteilen,
er soll ja "echt" wirken.

ÜBUNGSFALL 3 (anonymisiert/fiktiv)
----------------------------------
Versicherter, Mitte 40, Lehrer, Tarif mit 30 Sitzungen/Jahr. Die Behandlerin
beantragt nach 24 Sitzungen VT eine Umwandlung in Langzeittherapie (+36).
Diagnose: rezidivierende depressive Störung, gegenwärtig mittelgradig (F33.1),
komorbid soziale Phobie (F40.1). Vorbehandlung: 2019 ambulant, 25 Sitzungen.
Im Bericht: Rückfall nach Schulwechsel, Insomnie, sozialer Rückzug,
Suizidgedanken ohne Handlungsdruck, keine Medikation gewünscht.

Fragen:
1. Muss der Fall ins Gutachterverfahren? (Tipp: Tarif + Anzahl)
2. Wie gehen wir mit der Vorbehandlung 2019 um – Leistungsausschluss? (Nein – warum?)
3. Was schreiben wir, wenn das Gutachten nur 20 statt 36 Sitzungen befürwortet?
4. Der Versicherte ruft an und fragt, was im Gutachten steht. Was sagen wir?

Lösungen bespreche ich am Donnerstag, bitte vorher überlegen.

Katrin"""
    eml = mail(VOLLMER, ('Team PT', A('team-psychotherapie')), 'Fallwerkstatt Donnerstag – Übungsfall 3',
               date(2025, 5, 26, 17, 10), plain(body, cte='8bit', flowed=True), mailer='tb')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: fictitious/composite training case with F33.1, F40.1 and suicidal ideation; no identifiable person'


# --------------------------------------------------------------------------
def m047():
    body = """Sehr geehrte Frau Pohlmann,

vielen Dank für die Rechnungen von Frau Gisela Rauch (Heilpraktikerin für
Psychotherapie) über 14 Sitzungen in der Zeit vom 09.01. bis 24.04.2025.

Leider können wir diese Kosten nicht übernehmen. Ihr Tarif KV-Komfort 80 sieht
Psychotherapie nur durch approbierte Psychotherapeutinnen und -therapeuten oder
Ärztinnen und Ärzte vor (Tarifbedingungen Teil II, Abschnitt 4.2 Abs. 3).
Heilpraktikerinnen und Heilpraktiker für Psychotherapie sind nur im Tarif
KV-Premium 100 mitversichert.

Wir verstehen, dass Ihnen die Gespräche nach dem Tod Ihrer Mutter geholfen haben,
und es tut uns leid, dass wir Ihnen keine bessere Nachricht geben können. Falls
Sie die Begleitung fortsetzen möchten, haben Sie zwei Möglichkeiten:
  - Wechsel zu einer approbierten Therapeutin: Unsere Therapeutensuche unter
    https://www.auenwald.example/therapeutensuche hilft Ihnen dabei.
  - Tarifwechsel nach § 204 VVG in den Tarif KV-Premium 100; hierfür wäre
    eine erneute Gesundheitsprüfung für den Mehrleistungsteil erforderlich.

Gegen diese Entscheidung können Sie sich an den Ombudsmann Private Kranken- und
Pflegeversicherung wenden.

Mit freundlichen Grüßen
Melike Arslan
Leistung Psychotherapie
Versicherungsnummer: KV 41 008 265

""" + DISCL_DE
    eml = mail(ARSLAN, ('Nadine Pohlmann', 'n.pohlmann@kabelmail.example'), 'Ihre Rechnungen vom 28.04.2025',
               date(2025, 5, 8, 10, 59), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'rejection of grief counselling sessions by a psychotherapy practitioner for a named insured'


# --------------------------------------------------------------------------
def m048():
    body = """Sehr geehrter Herr Wendland,

wir bestätigen den Eingang Ihrer Schadenmeldung zu Ihrer Privathaftpflicht­
versicherung:

  Versicherungsnummer:  PHV 12 774 0391 (Familie, Tarif Komfort)
  Schadennummer:        HP-25-031190
  Schadentag:           17.06.2025
  Schaden:              Ihr Sohn Leon (11 J.) hat beim Fußballspielen im Hof die
                        Scheibe einer Ladentür im Erdgeschoss des Hauses
                        Weserstraße 9, 34125 Kassel, beschädigt.
  Geschädigte:          Gemeinschaftspraxis Dres. Ahrens & Sommer, Eigentümergemeinschaft
                        Weserstraße 9 (Verwalterin: Hausverwaltung Tietz GmbH)

Personen wurden nicht verletzt. Der Kostenvoranschlag der Glaserei (612,40 EUR)
liegt uns vor. Da Ihr Sohn zum Schadenzeitpunkt 11 Jahre alt war, prüfen wir
zunächst die Haftungsfrage (§ 828 BGB) und melden uns dann bei der
Hausverwaltung.

Mit freundlichen Grüßen
Oliver Franck
Schaden Haftpflicht
Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(FRANCK, ('Jörg Wendland', 'joerg.wendland@kasselnetz.example'), 'Schadennummer HP-25-031190',
               date(2025, 6, 20, 8, 31), plain(body, cs='iso-8859-1', cte='8bit'), mailer='ol', cs='iso-8859-1')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'liability claim by a named customer and his child; nobody hurt; the practice is only the damaged party'


# --------------------------------------------------------------------------
def m049():
    body = """Gerold,

could you have a look at the attached summary before Thursdays claims round?
I'd like your view on whether we need an independent psychiatric assessment or can
decide on the file. Documents are all in the e-file under the claim number.

Thanks
Ana"""
    doc = docx([
        ('h', 'Case summary for medical review - claim LF-25-0058-12'),
        'Prepared by: Ana Ribeiro, 11 June 2025',
        ('t', [['Insured', 'Mr Arjun Mehta, born 1988-10-14'],
               ['Policy', 'BU-2020-0061733, Auenwald BU Premium, EUR 1,800/month'],
               ['Occupation', 'bank cashier / customer adviser, Kasseler Privatbank, branch Wilhelmshöhe'],
               ['Claimed since', '3 February 2025']]),
        ('h', 'History'),
        'On 31 January 2025 the branch was robbed; Mr Mehta was threatened with a firearm at the '
        'counter. Since then nightmares, flashbacks, avoidance of the branch and of crowded places, '
        'startle reactions. GP certified incapacity from 3 February.',
        ('h', 'Treatment'),
        'Trauma-focused CBT with Dipl.-Psych. Annika Lorenz since March 2025 (weekly). Psychiatrist '
        'Dr. Varga: diagnosis post-traumatic stress disorder F43.1 G; sertraline 50 mg since April, '
        'increased to 100 mg in May. Accident insurer of the employer (BG) has recognised the robbery '
        'as a work accident.',
        ('h', 'Open questions'),
        '1. Is he unable to work as a bank cashier to at least 50 %? Treating doctors say yes, prognosis '
        '6-12 months. 2. Could he work in a back-office role (no customer contact)? The policy has no '
        'abstract referral clause - so only relevant for rehabilitation, not for the benefit decision. '
        '3. Limited recognition (befristetes Anerkenntnis) for 12 months?',
    ])
    eml = mail(RIBEIRO, FINK, 'LF-25-0058-12 - your view before Thursday', date(2025, 6, 11, 13, 27),
               mixed(plain(body, cs='us-ascii', cte='7bit'), att(doc, 'LF-25-0058-12_case_summary.docx'), style='ol'),
               mailer='ol', cs='us-ascii')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'internal', \
        'harmless body; DOCX case summary: named BU claimant with PTSD F43.1 after robbery, sertraline'


# --------------------------------------------------------------------------
def m050():
    body = """Dear colleagues of the Working Group on Health Data,

Ahead of our meeting in Vienna I promised to share how we handle reports in the
psychotherapy consultant procedure. Short version:

1. The practitioner writes the report and puts it in a sealed envelope marked
   for the consultant. Claims staff never open it.
2. We attach a cover sheet with a code ("Chiffre") only - no name, no policy number,
   only year of birth and sex. The link between code and policy is held in one
   restricted system table (6 users).
3. The consultant returns an opinion referring to the code. Only the opinion
   (not the report) is scanned. The report is destroyed after 6 months.
4. Since 2024: optional upload via practitioner portal with end-to-end encryption;
   about 30 % of reports now come in digitally.

Lessons learned: the weakest point was not the post but internal e-mail -
people forwarding opinions with names in the subject line. We now block
outgoing mail from the psychotherapy team to external addresses unless it goes
through the secure channel.

Happy to discuss on the 12th.

Best regards
Dr. Ulrike Haverkamp
Data Protection Officer | Auenwald Versicherungsgruppe"""
    eml = mail(HAVERKAMP, [('Working Group Health Data', 'wg-health-data@insurers-forum.example')],
               'Consultant procedure - how we handle therapy reports', date(2025, 9, 2, 15, 3),
               plain(body, cs='us-ascii', cte='7bit'), mailer='tb', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'insurer-to-partner', \
        'trap: DPO describes the pseudonymised consultant procedure to an industry working group'


# --------------------------------------------------------------------------
def m051():
    body = """Sehr geehrte Frau Marquardt,

vielen Dank für Ihre Schadenmeldung zu Ihrer Rechtsschutzversicherung.

Versicherungsnummer:   RS 52 330 0817 (Privat, Beruf, Wohnen)
Schadennummer:         RS-S-25-006920
Gegner:                Immobilien Kronau GmbH, Kassel (Vermieterin)
Mietobjekt:            Goethestraße 38, 3. OG links, 34119 Kassel
Streitgegenstand:      Nebenkostenabrechnung 2024 (Nachforderung 1.486,22 EUR)
                       und angekündigte Mieterhöhung um 14 %

Wir erteilen Deckungszusage für die außergerichtliche Interessenwahrnehmung durch
Ihre Anwältin Frau RAin Petra Hoss, Kassel. Für ein gerichtliches Verfahren
benötigen wir eine erneute Zusage.

Selbstbeteiligung: 250,00 EUR je Rechtsschutzfall.

Mit freundlichen Grüßen
Rafael Ortega
Rechtsschutz-Schaden
Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(ORTEGA, ('Lisa Marquardt', 'lisa.marquardt@nordhessen-post.example'),
               'Deckungszusage RS-S-25-006920', date(2025, 4, 23, 9, 14), plain(body), mailer='ol',
               cc=[('RAin Petra Hoss', 'kanzlei@hoss-recht.example')])
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'legal expenses cover for a tenancy dispute: named customer, address, claim number'


# --------------------------------------------------------------------------
def m052():
    body = """Sehr geehrte Frau Dr. Stein,

in der Sache Kaiser ./. Auenwald Lebensversicherung AG (LG Kassel, Az. 4 O 1187/24)
übersende ich Ihnen wie besprochen unsere Stellungnahme zum Schriftsatz der
Gegenseite vom 02.06.2025 und die Unterlagen für die Replik.

Zum Sachverhalt aus unserer Sicht:

- Herr Markus Kaiser (BU-2016-0033912, 2.500 EUR mtl. BU-Rente) macht BU seit
  01.03.2023 wegen eines "Burnout-Syndroms" geltend. Tätigkeit: Vertriebsleiter.
- Hausärztliche AU-Bescheinigungen mit Z73.0 (Erschöpfungssyndrom) und später
  F32.1 (mittelgradige depressive Episode).
- Psychotherapie (TP) bei Herrn Dr. Engert seit 05/2023, 40 Sitzungen.
- Unser Gutachter Prof. Dr. Lindqvist (Psychiatrie) kam im November 2024 nach
  Untersuchung zu dem Ergebnis, dass eine depressive Episode abgeklungen sei;
  Restsymptomatik (Schlafstörungen, Konzentration) führe nicht zu einer BU von
  mindestens 50 %. Der PHQ-9 lag bei 7, BDI-II bei 14.
- Die Gegenseite legt jetzt ein Privatgutachten von Dr. med. H. Rosen vor, das
  eine chronifizierte Depression mit "schwerer Beeinträchtigung der
  Führungsfähigkeit" beschreibt und eine Alkoholproblematik (F10.1) erwähnt,
  die uns bisher nicht bekannt war.

Der letzte Punkt ist heikel: Bei Antragstellung 2016 wurde die Frage nach
Alkoholkonsum verneint. Bitte prüfen Sie, ob wir hilfsweise eine Anfechtung wegen
arglistiger Täuschung ansprechen sollten oder ob die Frist (§ 124 BGB) dem
entgegensteht.

Die vollständige Akte (Gutachten, Arztberichte) stelle ich Ihnen über den
Datenraum zur Verfügung, Zugang kommt separat.

Mit freundlichen Grüßen
Henrik Lanz
BU-Leistung / Prozessführung
Auenwald Lebensversicherung AG

""" + DISCL_LV
    eml = mail(LANZ, ('RAin Dr. Hella Stein', 'stein@stein-versicherungsrecht.example'),
               'Kaiser ./. Auenwald LV – LG Kassel 4 O 1187/24 – Stellungnahme', date(2025, 6, 16, 17, 40),
               plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer', \
        'BU lawsuit: named claimant with burnout Z73.0, depression F32.1, alcohol F10.1, expert findings'


# --------------------------------------------------------------------------
def m053():
    body = """Liebe Kolleginnen und Kollegen aus der BU- und KT-Leistung,

herzliche Einladung zu unserem internen Fachtag

  "Psychische Erkrankungen in der Leistungsprüfung"
  Mittwoch, 24. September 2025, 9:30 – 16:00 Uhr, Konferenzzentrum Raum Fulda

Programm:
 9:30  Begrüßung (Henrik Lanz)
 9:45  Depression, Burnout, Anpassungsstörung – was steckt hinter den Codes
       F32/F33, F43.2 und Z73.0? (Dr. med. Gerold Fink)
11:00  Testpsychologie lesen: BDI-II, PHQ-9, HAMD, Beschwerdenvalidierung
       (Dr. Sabine Rothkegel)
12:15  Mittagspause
13:00  Fallmanagement und stufenweise Wiedereingliederung – was wirkt?
       (Miriam Schöning)
14:15  Rechtsprechung des BGH zur BU bei psychischen Erkrankungen
       (RAin Dr. Hella Stein, extern)
15:30  Fragen, Abschluss

Alle Beispiele sind anonymisiert bzw. erfunden. Anmeldung bis 12.09. über das
Schulungsportal (Kurs-ID FT-2025-09).

Viele Grüße
Henrik Lanz"""
    eml = mail(LANZ, [('BU-Leistung', A('bu-leistung-team')), ('KT-Leistung', A('kt-leistung-team'))],
               'Einladung Fachtag „Psychische Erkrankungen in der Leistungsprüfung“ 24.09.',
               date(2025, 8, 18, 10, 25), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: training programme listing ICD codes and test instruments, no case'


# --------------------------------------------------------------------------
def m054():
    body = """Hallo Mr. Fraser,

danke für die Liste. Wir haben die Reisenden für die Messe in Chicago in Ihrer
Gruppen-Reisegepäck- und Reiserücktrittsversicherung (Vertrag GR 90 411 072,
Kestrel Logistics GmbH) angemeldet. Please double-check the dates of birth -
we need them exactly as in the passports:

  Name                  Date of birth   Travel dates
  Janine Albers         14.02.1984      12.10.-19.10.2025
  Mehmet Demir          30.07.1979      12.10.-19.10.2025
  Kristina Feldmann     06.11.1992      12.10.-17.10.2025
  Andrew Fraser         22.01.1976      11.10.-19.10.2025

Premium: 4 x 38,50 EUR = 154,00 EUR, will be invoiced with the next quarterly
statement to Kestrel Logistics GmbH.

Wichtig: Dieser Vertrag deckt keine Krankheitskosten im Ausland – dafür bitte die
separate Auslandsreise-Krankenversicherung abschließen, falls nicht schon über
die private KV der Mitarbeitenden vorhanden.

Beste Grüße / Best regards
Sven Kühnel
Firmenkunden | Auenwald Versicherungsgruppe"""
    eml = mail(KUEHNEL, ('Andrew Fraser', 'a.fraser@kestrel-logistics.example'),
               'AW: Traveller list Chicago trade fair / Reisende Messe Chicago', date(2025, 9, 29, 11, 6),
               plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'mixed', 'insurer-to-company', \
        'group travel baggage/cancellation list: employees with dates of birth; no health content'


# --------------------------------------------------------------------------
def m055():
    body = """Dear Ms Raman,

Thank you for taking the time to talk to me this morning. I'm glad you felt able to
speak about how hard the last weeks have been, and that you got some sleep last night.

As agreed, here is a summary of what we discussed:

1. Crisis intervention: we have approved up to 10 sessions with Dr. Nora Albrecht
   (psychiatrist and psychotherapist, English-speaking, Kassel-Wilhelmshöhe). She
   has an appointment for you on Friday, 25 April, at 9:30. You don't need to
   send us an application for these sessions.
2. If you feel that things are getting worse again, especially at night: call 112
   or go to the psychiatric emergency service at Klinikum Kassel Nord (open 24/7).
   The English-language crisis line is also there for you.
3. The dentist invoice from March is being paid this week - please don't worry
   about it.
4. I will call you again next Wednesday around 10:00, as you asked.

You can reach me directly at +49 561 7080-4470 or reply to this e-mail.

Take care,

Miriam Schöning
Case Management | Auenwald International Health
Policy GCP-7730-2094

""" + DISCL_EN
    eml = mail(SCHOENING, ('Priya Raman', 'priya.raman@inbox-mail.example'), 'Our conversation this morning',
               date(2025, 4, 23, 12, 4), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'case manager follow-up after crisis: approved crisis intervention with a psychiatrist, emergency advice'


# --------------------------------------------------------------------------
def m056():
    body = """Hallo Herr Yilmaz,

kurze Antwort auf Ihre Frage aus dem Team-Chat ("Darf ich einem Kunden seinen
Befund per WhatsApp schicken, wenn er das ausdrücklich möchte?"):

Nein. Auch mit Einwilligung nicht über private Messenger und nicht von privaten
Geräten. Gesundheitsdaten sind besondere Kategorien nach Art. 9 DSGVO; dafür haben
wir drei freigegebene Wege:
  1. Kundenportal (Postfach) – immer die erste Wahl
  2. verschlüsselte E-Mail (S/MIME), wenn der Kunde ein Zertifikat hat
  3. Post

Unverschlüsselte E-Mail mit Gesundheitsdaten nur, wenn der Kunde dafür eine
schriftliche Einwilligung erteilt hat (Formular DS-E3, wird im System als
Merkmal "TLS-OK" gespeichert), und auch dann nur als Antwort auf seine Mail.

Die Frage ist übrigens gut – ich nehme sie in die FAQ auf.

Viele Grüße
Ulrike Haverkamp
Datenschutzbeauftragte"""
    eml = mail(HAVERKAMP, YILMAZ, 'AW: Befund per WhatsApp?', date(2025, 7, 1, 9, 12), plain(body),
               mailer='ol', reply='<teams-q-20250630@auenwald.example>')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: DPO answer about sending findings via messenger, generic, no person data'


# --------------------------------------------------------------------------
def m057():
    iban = 'DE77 5235 0005 0019 2837 46'
    body = """Sehr geehrter Herr Dr. Engert,

wir haben Ihre neue Bankverbindung für das Direktabrechnungsverfahren zum
01.08.2025 hinterlegt:

  Kontoinhaber:  Dr. Matthias Engert
  Bank:          Sparkasse Werra-Meißner
  IBAN:          {iban}
  alte IBAN:     endet auf ...0044 00 (ab 01.08. gesperrt)

Zur Sicherheit haben wir die Änderung telefonisch unter der uns bekannten
Praxisnummer bestätigt (Rückruf am 21.07., 10:40 Uhr, mit Ihrer Praxishelferin
Frau Gerlach).

Bitte beachten Sie: Änderungen der Bankverbindung nehmen wir nur schriftlich mit
Unterschrift oder über das Behandlerportal an, nicht per einfacher E-Mail.

Mit freundlichen Grüßen
Melike Arslan
Behandlerservice / Direktabrechnung""".format(iban=iban)
    eml = mail(ARSLAN, ('Dr. Matthias Engert', 'engert@praxis-engert.example'),
               'Änderung Bankverbindung Direktabrechnung', date(2025, 7, 22, 8, 57),
               plain(body, cs='windows-1252', cte='quoted-printable'), mailer='ol', cs='windows-1252')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-therapist', \
        'therapist (natural person) bank change: new IBAN; no patient data'


# --------------------------------------------------------------------------
def m058():
    body = """Hi Bartek,

as requested, the synthetic test cases for the new practitioner upload in the
therapy portal (release 2.3, test environment only). All persons are fictitious;
names follow our test-data convention (Mustermann/Musterfrau + "TEST" in the
policy number). Please do NOT load any production data into the vendor test system.

The CSV covers the edge cases we discussed:
- long-term therapy with group add-on
- child/adolescent case with caregiver sessions
- rejection after consultant review
- missing consent -> upload must be refused

Expected results are in the last column. Ping me if something fails.

Cheers
Nils"""
    rows = [['case_id', 'policy_no', 'insured_name', 'birth_date', 'procedure', 'icd10', 'sessions_requested',
             'consent_on_file', 'expected_result'],
            ['TC-01', 'KV-TEST-000001', 'Erika Musterfrau (fictitious)', '1970-01-01', 'VT', 'F32.1', '12', 'yes', 'accepted'],
            ['TC-02', 'KV-TEST-000002', 'Max Mustermann (fictitious)', '1980-01-01', 'TP', 'F41.1', '36', 'yes', 'routed_to_consultant'],
            ['TC-03', 'KV-TEST-000003', 'Mia Musterkind (fictitious)', '2015-01-01', 'VT-KJP', 'F93.0', '12+3', 'yes', 'accepted_with_caregiver'],
            ['TC-04', 'KV-TEST-000004', 'Erika Musterfrau (fictitious)', '1970-01-01', 'VT+group', 'F33.1', '60+20', 'yes', 'routed_to_consultant'],
            ['TC-05', 'KV-TEST-000005', 'Max Mustermann (fictitious)', '1980-01-01', 'AP', 'F60.31', '160', 'no', 'refused_missing_consent'],
            ['TC-06', 'KV-TEST-000006', 'Test Testperson (fictitious)', '1999-12-31', 'ST', 'F43.2', '24', 'yes', 'rejected_after_review']]
    eml = mail(GERBRACHT, ('Bartek Wiśniewski', 'b.wisniewski@softvale-it.example'),
               'Therapy portal 2.3 - synthetic test cases', date(2025, 8, 5, 16, 31),
               mixed(plain(body, cs='us-ascii', cte='7bit'), att(csvdata(rows, ','), 'pt_portal_testcases_v2.csv', cs='utf-8')),
               mailer='tb', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'insurer-to-supplier', \
        'trap: synthetic test cases (Mustermann, fictitious) with ICD codes in a CSV for the IT vendor'


# --------------------------------------------------------------------------
def m059():
    body = """Sehr geehrter Herr Sokolov,

anbei erhalten Sie unser Schreiben zu Ihrer Anfrage vom 2. Juni 2025.

Mit freundlichen Grüßen
Melike Arslan
Auenwald Krankenversicherung a.G."""
    letter = [
        '# Auenwald Krankenversicherung a.G.',
        'Auenwaldplatz 1 - 34117 Kassel',
        '',
        'Herrn Dmitri Sokolov',
        'Am Fasanenhof 3',
        '34131 Kassel',
        '',
        'Kassel, 10.06.2025',
        'Versicherungsnummer KV 36 120 554 - versicherte Person: Anastasia Sokolova (VP 02)',
        '',
        '# Kostenzusage teilstationaere Behandlung',
        '',
        'Sehr geehrter Herr Sokolov,',
        '',
        'fuer Ihre Tochter Anastasia, geb. 11.03.2009, uebernehmen wir die Kosten der',
        'teilstationaeren Behandlung in der Tagesklinik fuer Kinder- und Jugendpsychiatrie',
        'am Mühlbach ab dem 16.06.2025 fuer zunaechst 8 Wochen.',
        '',
        'Aufnahmediagnose laut Einweisung: Anorexia nervosa (F50.0 G), BMI bei Aufnahme 15,1.',
        'Die Einweisung durch Frau Dr. Imhoff (Kinder- und Jugendpsychiatrie) liegt uns vor.',
        '',
        'Die ambulante Psychotherapie bei Frau Okafor ruht waehrend der tagesklinischen',
        'Behandlung; die bisher bewilligten 9 restlichen Sitzungen bleiben erhalten.',
        '',
        'Die Fahrtkosten (taeglich Hin- und Rueckfahrt, 14 km) erstatten wir nach Ihrem Tarif',
        'mit 0,30 EUR je km.',
        '',
        'Wir wuenschen Anastasia alles Gute.',
        '',
        'Mit freundlichen Gruessen',
        'Melike Arslan, Leistung Psychotherapie',
    ]
    eml = mail(ARSLAN, ('Dmitri Sokolov', 'd.sokolov@hessen-mail.example'), 'Ihr Schreiben vom 02.06.2025',
               date(2025, 6, 10, 14, 18),
               mixed(plain(body), att(pdf(letter, 'Kostenzusage KV 36 120 554'), 'Schreiben_2025-06-10.pdf'), style='ol'),
               mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'harmless body and subject; PDF: day-clinic approval for a minor with anorexia F50.0, BMI, birth date'


# --------------------------------------------------------------------------
def m060():
    body = """Sehr geehrte Frau Dr. Nowotny,

vielen Dank für den Jahresbericht 2024 der Mitarbeiter- und Kundenberatung. Die
wichtigsten Zahlen haben wir intern so zusammengefasst – bitte kurz bestätigen,
dass wir sie im Aufsichtsrat so verwenden dürfen:

                                     2023      2024
Beratungsgespräche Mitarbeitende      176       214
  davon Erstkontakte                   98       121
Krisenkontakte Kundenhotline          311       389
  davon Weitervermittlung 112/KH       22        31
Ø Wartezeit bis Erstgespräch (Tage)   2,9       2,1
Themen (Mehrfachnennung, %):
  Arbeitsbelastung                     41        44
  Partnerschaft/Familie                29        27
  psychische Erkrankung                22        26
  Sucht                                 4         5

Für die Vertragsverlängerung 2026–2028 schlagen wir die Pauschale von 9,80 EUR
je Mitarbeitendem und Jahr (bisher 9,20 EUR) vor, Kundenhotline weiter nach
Minutenpreis 1,45 EUR.

Mit freundlichen Grüßen
Petra Ollendorf
Personalentwicklung / BGM
Auenwald Versicherungsgruppe"""
    eml = mail(OLLENDORF, ('Dr. Carla Nowotny', 'c.nowotny@lumen-beratung.example'),
               'Jahresbericht 2024 und Vertragsverlängerung', date(2025, 2, 5, 13, 40),
               plain(body, cte='8bit'), mailer='ol')
    return eml, 'NORMAL', 'de', 'insurer-to-supplier', \
        'trap: EAP provider annual statistics (crisis contacts, addiction) aggregated, no person'


# --------------------------------------------------------------------------
def m061():
    body = """Sehr geehrter Herr Gehrke,

wir haben die Unterlagen der Fachklinik Haus Talblick erhalten. Gern bestätigen wir
Ihnen die Kostenübernahme für die Entwöhnungsbehandlung im Anschluss an den
qualifizierten Entzug im Klinikum Kassel Nord:

  Klinik:     Fachklinik Haus Talblick, Abteilung für Abhängigkeitserkrankungen
  Beginn:     voraussichtlich 07.07.2025 (nahtlose Verlegung)
  Dauer:      12 Wochen, Verlängerung auf Antrag der Klinik möglich
  Leistung:   Pflegesatz lt. Vereinbarung, Zweibettzimmer (Tarif KV-Komfort 80)

Eine Frage zur Eigenbeteiligung: Nach Ihrem Tarif beträgt der Selbstbehalt für
stationäre Entwöhnungsbehandlungen 10 % der erstattungsfähigen Kosten, höchstens
1.000 EUR je Kalenderjahr. Den Betrag verrechnen wir mit der Klinikrechnung.

Wie besprochen geben wir Ihrer Arbeitgeberin keine Auskunft über den Grund Ihres
Klinikaufenthalts. Die Arbeitsunfähigkeitsbescheinigungen reichen Sie wie bisher
selbst ein.

Wir wünschen Ihnen viel Kraft für die kommenden Wochen.

Mit freundlichen Grüßen
Tobias Ungerer
Leistung Krankenhaus
Auenwald Krankenversicherung a.G.
Versicherungsnummer KV 22 804 117"""
    eml = mail(UNGERER, ('Ralf Gehrke', 'ralf.gehrke@einfach-mail.example'),
               'Kostenübernahme Haus Talblick', date(2025, 6, 30, 15, 2), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'indirect: addiction withdrawal and rehabilitation clinic approved for a named insured'


# --------------------------------------------------------------------------
def m062():
    body = """Thank you for your e-mail.

I am on annual leave until Monday, 18 August 2025, with no access to e-mail.

For questions about international health plans please contact
international@auenwald.example or call +49 561 7080-2500.

For urgent matters - hospital admissions abroad, guarantees of payment, or if a
member is in a mental health crisis - our 24/7 assistance line is available at
+49 561 7080-9110. Please do not send medical documents to this mailbox.

Kind regards
Claire Donnelly
Auenwald International Health"""
    eml = mail(DONNELLY, ('Elmbrook House Clinic', 'admissions@elmbrook-clinic.example'),
               'Automatic reply: Guarantee of payment request', date(2025, 8, 6, 10, 41),
               plain(body, cs='us-ascii', cte='7bit'), mailer='ol', cs='us-ascii',
               extra=[('Auto-Submitted', 'auto-replied')])
    return eml, 'NORMAL', 'en', 'insurer-to-clinic', \
        'trap: out-of-office mentioning mental health crises and hospital admissions, no person'


# --------------------------------------------------------------------------
def m063():
    iban = 'IE10 AWIB 9311 5220 4178 36'
    body = """Dear Ms Brennan,

I'm sorry to hear your bicycle was stolen. We have registered your claim:

  Policy:       Auenwald Hausrat Komfort incl. bicycle cover, HR 61 551 0428
  Claim no.:    HR-25-020318
  Item:         Trek FX 3 Disc, frame no. WTU 318 C 4471 H, bought 04/2023
  Date/place:   night of 2-3 September 2025, locked in the courtyard of
                Friedrich-Ebert-Str. 71, 34119 Kassel
  Police ref.:  Polizeipräsidium Nordhessen, Vg.-Nr. 0871/25/481220

Based on the purchase receipt (EUR 1,049.00) and the 10 % deduction for age per
the conditions, we will pay EUR 944.10 to the Irish account you provided:
  Aoife Brennan, IBAN {iban}

If the bike turns up again, please let us know.

Best regards
Sarah Kowalczyk
Customer Service Property
Auenwald Sach- und Haftpflichtversicherung AG""".format(iban=iban)
    eml = mail(KOWALCZYK, ('Aoife Brennan', 'aoife.brennan@eiremail.example'), 'Your bicycle claim HR-25-020318',
               date(2025, 9, 9, 11, 28), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'household bicycle theft claim: named customer, address, claim no., Irish IBAN'


# --------------------------------------------------------------------------
def m064():
    body = """Dear Dr Whitcombe,

Re: Mr Thomas Keller, date of birth 17/05/1983
Policy: GCP-7730-4051 (Auenwald Global Care Plus, worldwide incl. UK)
Our reference: INT-GOP-25-0712

Further to your admission notification of 7 August, we are pleased to issue the
following guarantee of payment:

  Admission:        6 August 2025 (emergency admission via A&E, Royal Borough Hospital)
  Diagnosis:        bipolar affective disorder, current episode manic with psychotic
                    symptoms (ICD-10 F31.2), as stated in your notification
  Covered:          inpatient psychiatric treatment, private room, consultant fees,
                    medication, for 21 days (until 26 August 2025)
  Daily rate:       GBP 1,150 all-inclusive, as per your tariff sheet 2025
  Excluded:         non-medical extras (telephone, guest meals)

For any extension beyond 26 August please send a short clinical update (current
mental state, risk assessment, medication - we note lithium was restarted - and
planned discharge date) to our medical team via the secure upload link we will
send separately. Mr Keller's employer has not been and will not be informed of the
diagnosis.

Mr Keller's wife, Mrs Anna Keller, is authorised to receive information on his
behalf (power of attorney on file).

Kind regards

Rafael Ortega
International Claims - Guarantees of Payment
Auenwald International Health
24/7 assistance: +49 561 7080-9110

""" + DISCL_EN
    eml = mail(ORTEGA, ('Dr Hugh Whitcombe', 'h.whitcombe@elmbrook-clinic.example'),
               'Guarantee of payment - Mr Thomas Keller - INT-GOP-25-0712', date(2025, 8, 8, 9, 5),
               plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-clinic', \
        'guarantee of payment: named patient, birth date, bipolar F31.2 with psychosis, lithium'


# --------------------------------------------------------------------------
def m065():
    htm = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Auenwald Gesundheitsbrief</title></head>
<body style="margin:0;background:#f3f5f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#243028">
<tr><td style="background:#2f6f4f;color:#fff;font-family:Arial,sans-serif">
<b>Auenwald Gesundheitsbrief</b> &middot; Ausgabe Herbst 2025</td></tr>
<tr><td>
<h1 style="font-size:24px">Wenn die Seele Hilfe braucht</h1>
<p>Jede vierte Person in Deutschland erkrankt im Laufe eines Jahres an einer psychischen St&ouml;rung.
Depressionen, Angstst&ouml;rungen und Ersch&ouml;pfung sind h&auml;ufig &ndash; und gut behandelbar.
So unterst&uuml;tzen wir Sie:</p>
<ol>
<li><b>Erster Schritt ohne Antrag:</b> Bis zu f&uuml;nf probatorische Sitzungen bei einer approbierten
Psychotherapeutin oder einem approbierten Psychotherapeuten erstatten wir ohne vorherige Genehmigung.</li>
<li><b>Therapeutensuche:</b> Unser Service nennt Ihnen innerhalb von zehn Werktagen freie Therapiepl&auml;tze
in Ihrer N&auml;he &ndash; auch f&uuml;r Videositzungen.</li>
<li><b>Diskret:</b> Wenn eine l&auml;ngere Therapie begutachtet wird, erh&auml;lt die Gutachterin oder der Gutachter
nur eine Chiffre &ndash; nie Ihren Namen.</li>
<li><b>In der Krise:</b> Unsere Gesundheitshotline ist rund um die Uhr erreichbar: 0800 586 3601.
Bei akuter Gefahr w&auml;hlen Sie bitte immer den Notruf 112.</li>
</ol>
<p style="background:#eef4ef;padding:10px"><i>&bdquo;Ich h&auml;tte mir fr&uuml;her Hilfe holen sollen.&ldquo;</i>
&ndash; Im Interview erz&auml;hlt ein Versicherter (Name ge&auml;ndert) von seinem Weg aus dem Burnout.
<a href="https://www.auenwald.example/magazin/burnout-interview">Weiterlesen</a></p>
<p style="font-size:12px;color:#777">Sie erhalten den Gesundheitsbrief, weil Sie ihn in Ihrem Kundenportal abonniert haben.
<a href="https://mein.auenwald.example/einstellungen/newsletter">Abbestellen</a> &middot;
Auenwald Krankenversicherung a.G., Auenwaldplatz 1, 34117 Kassel</p>
</td></tr></table></td></tr></table>
</body></html>"""
    eml = mail(('Auenwald Gesundheitsbrief', A('gesundheitsbrief')), ('Abonnentinnen und Abonnenten', A('gesundheitsbrief-abo')),
               'Wenn die Seele Hilfe braucht – Ihr Gesundheitsbrief Herbst 2025', date(2025, 10, 2, 7, 0),
               html(htm, cte='base64'), mailer='nx',
               extra=[('List-Unsubscribe', '<https://mein.auenwald.example/einstellungen/newsletter>')])
    return eml, 'NORMAL', 'de', 'newsletter', \
        'trap: HTML-only customer magazine about depression, therapy and crisis hotline; pseudonymous interview teaser'


# --------------------------------------------------------------------------
def m066():
    body = """Sehr geehrter Herr Dr. Seeberg,

danke für die Info. Wir haben Ihre neuen Daten übernommen:

  Praxisanschrift (ab 01.09.2025):  Kölnische Straße 140, 34119 Kassel
  Privatanschrift (unverändert):    Hasenhecke 22, 34125 Kassel
  Finanzamt neu:                    Finanzamt Kassel II-Hofgeismar
  Steuernummer neu:                 026 857 11924
  Telefon Praxis:                   0561 4470-218

Bitte schicken Sie uns wie besprochen eine Rechnungsvorlage mit der neuen
Anschrift, damit unsere Buchhaltung die Honorare ab September zuordnen kann.
Gutachtenaufträge gehen ab der KW 36 an die neue Praxisanschrift.

Viele Grüße
Frank Zieske
Gutachterkoordination"""
    eml = mail(ZIESKE, ('Dr. Kai Seeberg', 'kai.seeberg@psychotherapie-seeberg.example'),
               'AW: Umzug der Praxis', date(2025, 8, 14, 12, 14), plain(body, cte='8bit'), mailer='tb',
               reply='<b81c21f0.seeberg@psychotherapie-seeberg.example>')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-consultant', \
        'consultant (natural person): private address and tax number; no patient'


# --------------------------------------------------------------------------
def m067():
    body = """Henrik,

Nachprüfung Böttcher (BU-2014-0019876) - meine Einschätzung nach Aktenlage:

Frau Sandra Böttcher, 41, Erzieherin, BU-Rente seit 08/2021 wegen paranoider
Schizophrenie (F20.0). Laut aktuellem Bericht der PIA Kassel (Dr. Imhoff,
05/2025) seit Umstellung auf Clozapin 2023 keine akute Episode mehr, regelmäßige
Spiegelkontrollen, Blutbild unauffällig. Sie arbeitet seit 02/2025 in einer
Zuverdienst-Stelle (Gärtnerei der Lebenshilfe) 12 Std./Woche.

Bewertung:
- Die Tätigkeit als Erzieherin (Gruppenleitung, Verantwortung für Kinder,
  Elterngespräche, Schichtdienst) ist weiterhin zu deutlich mehr als 50 %
  nicht möglich. Negativsymptomatik und kognitive Einschränkungen sind
  dokumentiert (Testung 11/2024).
- Die Zuverdienst-Stelle ist therapeutisch gewollt und keine Verweisungstätigkeit
  (keine vergleichbare Lebensstellung).
- Keine Hinweise auf Besserung im Sinne von § 174 VVG.

Empfehlung: Leistung unverändert fortführen, nächste Nachprüfung in 24 Monaten.
Einen persönlichen Gutachtertermin halte ich für nicht angemessen - das würde
eher destabilisieren.

Gerold"""
    eml = mail(FINK, LANZ, 'Nachprüfung BU-2014-0019876', date(2025, 6, 3, 16, 49),
               plain(body, cs='iso-8859-1', cte='quoted-printable'), mailer='ol', cs='iso-8859-1')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'internal', \
        'BU follow-up review: named claimant with schizophrenia F20.0, clozapine, sheltered work'


# --------------------------------------------------------------------------
def m068():
    body = """Dear Sofia,

as promised, attached the first cut of the aggregated data for the treaty renewal
(individual disability income, in force 2015-2024). As agreed:

- claims incidence per 1,000 exposure years by ICD-10 chapter, sex, age band
- chapter F split by F32/F33, F41, F43, F45; cells below 10 claims merged into
  "F other"
- no claim-level or policy-level data

The exposure column is in policy years, not insured lives. The termination rates
will follow with the final version after the audit in June.

Best regards
Timo

Dr. Timo Brandl | Actuarial Department Health & Disability
Auenwald Lebensversicherung AG"""
    wb = xlsx([
        ('Incidence by chapter', [
            ['Individual BU, in force 2015-2024, incidence per 1,000 exposure years'],
            ['ICD-10 chapter', 'Sex', '20-29', '30-39', '40-49', '50-59', '60-67'],
            ['F Mental and behavioural', 'f', 0.61, 1.12, 1.84, 2.41, 2.02],
            ['F Mental and behavioural', 'm', 0.38, 0.79, 1.31, 1.88, 1.65],
            ['M Musculoskeletal', 'f', 0.22, 0.51, 1.03, 2.11, 2.64],
            ['M Musculoskeletal', 'm', 0.27, 0.58, 1.19, 2.38, 3.01],
            ['C/D Neoplasms', 'f', 0.09, 0.28, 0.71, 1.20, 1.35],
            ['C/D Neoplasms', 'm', 0.06, 0.17, 0.49, 1.09, 1.52],
            ['Other', 'f+m', 0.31, 0.52, 0.88, 1.47, 1.90],
        ]),
        ('Chapter F detail', [
            ['Category', 'Claims 2015-2024', 'Share of F %'],
            ['F32 Depressive episode', 412, 33.9],
            ['F33 Recurrent depression', 287, 23.6],
            ['F43 Reaction to severe stress', 219, 18.0],
            ['F41 Other anxiety disorders', 131, 10.8],
            ['F45 Somatoform disorders', 74, 6.1],
            ['F other (merged, cells < 10)', 93, 7.6],
        ]),
    ])
    eml = mail(BRANDL, ('Sofia Lind', 's.lind@nordrueck-re.example'), 'Treaty renewal 2026 - aggregated BU data (first cut)',
               date(2025, 5, 14, 18, 2), mixed(plain(body, cs='us-ascii', cte='7bit'),
                                               att(wb, 'Auenwald_BU_incidence_2015-2024_aggregated.xlsx')),
               mailer='tb', cs='us-ascii', cc=[ORTEGA])
    return eml, 'NORMAL', 'en', 'insurer-to-partner', \
        'trap: aggregated BU incidence by ICD chapter F for the reinsurer, XLSX, no claim-level data'


# --------------------------------------------------------------------------
def m069():
    iban = 'DE77 2605 0001 0033 0198 22'
    body = """Sehr geehrte Frau Claussen,

wie gewünscht die Vertragsdaten Ihrer Kundin für die Umdeckung:

  Versicherungsnehmerin:  Frau Ingrid Lammers
  Vertrag:                Wohngebäudeversicherung WG 80 227 1139
  Risikoort:              Am Sonnenhang 12, 37154 Northeim (EFH, Bj. 1978, 148 m²)
  Versicherungssumme:     Wert 1914: 21.400 Mark, gleitender Neuwert
  Bausteine:              Feuer, Leitungswasser, Sturm/Hagel, Elementar
  Jahresbeitrag:          1.126,84 EUR inkl. VSt.
  Zahlweise:              jährlich per Lastschrift, IBAN {iban}
  Vorschäden 5 Jahre:     1 (Leitungswasser 2022, 3.870 EUR)
  Ablauf:                 01.01.2026, Kündigung bis 30.09.2025 möglich

Eine Kündigung durch die Kundin bzw. mit Vollmacht durch Sie bitte schriftlich.

Mit freundlichen Grüßen
Sven Kühnel
Maklerbetreuung

-----Ursprüngliche Nachricht-----
Von: Birte Claussen <b.claussen@hanse-assekuranz.example>
Gesendet: Montag, 8. September 2025 16:20
Betreff: Vertragsdaten Lammers WG 80 227 1139

Moin Herr Kühnel, für die Umdeckungsberatung bräuchte ich die Eckdaten zum
Wohngebäudevertrag von Frau Lammers, Maklervollmacht liegt Ihnen seit August vor.
Danke & Gruß, Birte Claussen"""
    eml = mail(KUEHNEL, ('Birte Claussen', 'b.claussen@hanse-assekuranz.example'),
               'AW: Vertragsdaten Lammers WG 80 227 1139', date(2025, 9, 9, 8, 40), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-broker', \
        'buildings policy data of a named customer: address, premium, IBAN, prior claim'


# --------------------------------------------------------------------------
def m070():
    body = """Hallo zusammen,

anbei das Protokoll des Lenkungskreises "Digitaler Therapieantrag" vom 10.07.
(ODT, wie gewünscht für die Kolleg:innen ohne Office).

Die wichtigsten Entscheidungen:
- Go-Live Behandlerportal-Upload für Berichte an den Gutachter: 01.11.2025
- Papierweg bleibt parallel bis mindestens Ende 2026
- keine Berichte per E-Mail, auch nicht verschlüsselt (Entscheidung DSB)

Gruß
Nils"""
    doc = odt([
        'Protokoll Lenkungskreis "Digitaler Therapieantrag" - Sitzung 4 - 10.07.2025',
        'Teilnehmende: K. Vollmer, Dr. S. Rothkegel, N. Gerbracht, Dr. U. Haverkamp, B. Sauter (Einkauf), '
        'Softvale IT (B. Wisniewski, per Video)',
        '1. Projektstatus: Behandlerportal Release 2.3 auf Test; 6 von 6 Testfällen grün. Lasttest mit 500 '
        'gleichzeitigen Uploads bestanden.',
        '2. Go-Live: 01.11.2025 für den Upload von Berichten an den Gutachter (verschlüsselt, nur Gutachter '
        'kann entschlüsseln). Antragsformular PT-1 digital ab Q1/2026.',
        '3. Datenschutz: DSFA abgeschlossen, Restrisiko "gering". Entscheidung: Berichte nie per E-Mail, auch '
        'nicht S/MIME, weil sonst Kopien in Postfächern der Sachbearbeitung entstehen.',
        '4. Kommunikation: Behandlerinfo im September, Webinar für Praxen am 14.10.2025.',
        '5. Budget: 84 % verbraucht, Prognose im Plan.',
        'Nächste Sitzung: 18.09.2025.',
    ])
    eml = mail(GERBRACHT, [VOLLMER, ROTHKEGEL, HAVERKAMP, SAUTER], 'Protokoll LK Digitaler Therapieantrag 10.07.',
               date(2025, 7, 11, 9, 22), mixed(plain(body), att(doc, 'Protokoll_LK_DTA_2025-07-10.odt')), mailer='tb')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: project minutes (ODT) on the digital therapy application and consultant reports, no person'


# --------------------------------------------------------------------------
def m071():
    body = """Jonas,

another one for you - EMDR question from a Global Care member. She sent the
therapist's letter as a photo to our general inbox (now deleted from there and
filed in the e-file). Could you reply to her directly? Thanks!

Claire

---------- Forwarded message ---------
From: Grace Adeyemi <grace.adeyemi@lagos-london-mail.example>
Date: Wed, 15 Oct 2025 at 21:03
Subject: EMDR sessions - GCP-7730-5528
To: <international@auenwald.example>

Dear Auenwald team,

Since the car accident on the A7 in June I keep reliving the moment the truck hit
us. I can't drive anymore, I get the shakes even as a passenger, and I wake up
screaming most nights. My therapist in Göttingen, Mr Brandt, wants to start EMDR
and wrote that it's for "PTSD after a road traffic accident". He charges 120 EUR
per 60-minute session and thinks I'll need 10-15 sessions.

Is EMDR covered under my plan, and do I need to apply first? My husband says
the other driver's insurance should pay, but that could take years.

Thank you,
Grace Adeyemi"""
    eml = mail(DONNELLY, BREHM, 'Fwd: EMDR sessions - GCP-7730-5528', date(2025, 10, 16, 8, 19),
               plain(body), mailer='tb')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'customer', \
        'forwarded customer mail: PTSD after a car accident, EMDR plan, policy number'


# --------------------------------------------------------------------------
def m072():
    body = """Sehr geehrter Herr Dornbusch,

wir bestätigen die Kündigung Ihrer Privathaftpflichtversicherung

  Versicherungsnummer:  PHV 12 990 4410
  Vertragsende:         31.12.2025, 24:00 Uhr

Da Sie den Jahresbeitrag 2025 bereits vollständig bezahlt haben, ergibt sich keine
Erstattung. Falls Sie vor Vertragsende umziehen, teilen Sie uns bitte Ihre neue
Anschrift mit, damit Sie die Abschlussbestätigung erhalten. Derzeit haben wir:

  Klaus Dornbusch
  Rosenweg 4
  34233 Fuldatal

Schade, dass Sie uns verlassen. Wenn Sie uns den Grund nennen möchten, hilft uns
das, besser zu werden – eine kurze Antwort auf diese E-Mail genügt.

Mit freundlichen Grüßen
Ihr Auenwald Kundenservice
Sarah Kowalczyk"""
    eml = mail(KOWALCZYK, ('Klaus Dornbusch', 'k.dornbusch@fuldatal-online.example'),
               'Kündigungsbestätigung PHV 12 990 4410', date(2025, 10, 7, 10, 5),
               plain(body, cs='windows-1252', cte='8bit'), mailer='ol', cs='windows-1252')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'cancellation confirmation of a personal liability policy: name, address, policy number'


# --------------------------------------------------------------------------
def m073():
    body = """Guten Tag,

bitte liefern Sie an die unten genannte Adresse (Rechnung an Kostenstelle 4400):

Menge  Titel                                                        ISBN/Art.-Nr.
3      ICD-10-GM 2026 Systematisches Verzeichnis, Buchausgabe       978-3-00-081442-1
3      ICD-10-GM 2026 Alphabetisches Verzeichnis                    978-3-00-081443-8
2      Lehrbuch der Verhaltenstherapie, Bd. 1 + 2, 5. Aufl.        978-3-00-079110-4
1      Handbuch der Begutachtung psychischer Störungen, 4. Aufl.   978-3-00-080215-2
1      Gebührenordnung für Ärzte – Kommentar, Loseblatt, Grundwerk  978-3-00-077431-2
2      Psychotherapie-Richtlinie – Kommentar mit Praxisbeispielen    978-3-00-080998-4

Lieferadresse:
Auenwald Versicherungsgruppe, Fachbibliothek Leistung, z. Hd. Frau Vollmer,
Auenwaldplatz 1, Haus B, 34117 Kassel

Bestellnummer BE-2025-01177. Bitte die ICD-Bände erst nach Erscheinen (Dezember)
liefern, den Rest sofort.

Mit freundlichen Grüßen
Bernd Sauter, Einkauf"""
    eml = mail(SAUTER, ('Fachbuchhandlung Schönberger', 'bestellung@fachbuch-schoenberger.example'),
               'Bestellung BE-2025-01177 Fachliteratur', date(2025, 10, 20, 14, 33), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'insurer-to-supplier', \
        'trap: book order (ICD-10-GM, GOÄ, psychotherapy handbooks), no person'


# --------------------------------------------------------------------------
def m074():
    body = """Dear Mr Haddad,

Thank you for your interest in the position of Data Scientist (m/f/d) - Claims
Analytics Health. I'm happy to confirm your interview:

  Tuesday, 4 November 2025, 10:00-11:30 (CET)
  on site: Auenwaldplatz 1, 34117 Kassel, Building A, reception
  with Dr. Timo Brandl (Actuarial) and Nils Gerbracht (IT)

To prepare the offer stage, could you please confirm the details I took from your
application?

  Full name:           Karim Haddad
  Date of birth:       28 June 1994
  Current address:     Rue des Carmes 19, 1000 Bruxelles, Belgium
  Residence permit:    EU Blue Card holder, will apply for transfer to Germany
  Expected salary:     EUR 74,000 gross per year
  Notice period:       two months to end of month

We reimburse travel costs (train, 2nd class, or economy flight) up to EUR 350.

Best regards
Petra Ollendorf
HR | Auenwald Versicherungsgruppe
+49 561 7080-1030"""
    eml = mail(OLLENDORF, ('Karim Haddad', 'karim.haddad@brusselsmail.example'),
               'Interview invitation - Data Scientist Claims Analytics', date(2025, 10, 22, 11, 50),
               plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-applicant', \
        'applicant: birth date, address, residence permit status and salary expectation'


# --------------------------------------------------------------------------
def m075():
    body = """Sehr geehrte Frau Lorenz,

eine kurze Rückfrage zu Ihrer Rechnung vom 02.06.2025 für unsere Versicherte
Frau Carolin Brandes (KV 30 418 772):

Bewilligt hatten wir im Februar eine Kurzzeittherapie mit 12 Sitzungen
Verhaltenstherapie (GOÄ 870) bei der Diagnose F41.1. Mit Ihrer aktuellen Rechnung
sind jetzt insgesamt 14 Sitzungen abgerechnet (12 Einzelsitzungen + 2 Sitzungen
am 22.05. und 29.05.). Zwei Fragen:

 1. Sind die beiden Termine im Mai als probatorische Sitzungen für eine
    Verlängerung gedacht? Dann bräuchten wir den Verlängerungsantrag; wenn eine
    Langzeittherapie geplant ist, geht der Bericht im verschlossenen Umschlag an
    den Gutachter.
 2. Auf der Rechnung steht bei einer Sitzung "Doppelstunde, Exposition in vivo"
    (100 Min.) – diese würden wir als zwei Sitzungen zählen.

Bis zur Klärung erstatten wir die 12 bewilligten Sitzungen; die beiden weiteren
stellen wir zurück.

Vielen Dank und freundliche Grüße
Jonas Brehm
Leistung Psychotherapie
Auenwald Krankenversicherung a.G."""
    eml = mail(BREHM, ('Annika Lorenz', 'praxis@vt-lorenz.example'), 'Rückfrage Rechnung 02.06.2025 – Brandes',
               date(2025, 6, 6, 10, 12), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-therapist', \
        'query to therapist about named insured: session count, F41.1, exposure therapy'


# --------------------------------------------------------------------------
def m076():
    inner_body = """Sehr geehrte Damen und Herren,

anbei der vorläufige Entlassungsbericht unserer gemeinsamen Patientin zur Kenntnis
und zur Abrechnung (Rechnung folgt separat über die PVS).

Patientin:    Yvonne Herder, geb. 23.11.1986
Versicherung: Auenwald KV, KV 38 552 907
Aufenthalt:   05.05.2025 – 13.06.2025 (40 Behandlungstage), Station 3 (Psychosomatik)

Diagnosen bei Entlassung:
  F32.1 G  mittelgradige depressive Episode (bei Aufnahme schwer, F32.2)
  F50.2 G  Bulimia nervosa, in Remission seit 4 Wochen
  Z63.0    Probleme in der Beziehung zum Partner

Verlauf: Unter multimodaler Therapie (tiefenpsychologisch fundierte Einzel- und
Gruppentherapie, Körpertherapie, Ernährungstherapie) deutliche Stimmungsaufhellung,
keine Essanfälle/kein Erbrechen seit dem 14.05. BDI-II bei Aufnahme 34, bei Entlassung 17.
Keine Suizidalität bei Entlassung.

Medikation bei Entlassung: Fluoxetin 40 mg 1-0-0.

Empfehlung: ambulante Psychotherapie wohnortnah (Termin bei Dr. Engert am 24.06.
vereinbart), hausärztliche Kontrolle Elektrolyte in 2 Wochen.

Mit freundlichen Grüßen
Dr. med. Friederike Sachs
Oberärztin, Klinik Haus Lindenberg"""
    inner = inner_mail(('Dr. Friederike Sachs', 'f.sachs@klinik-lindenberg.example'),
                       ('Auenwald KV Leistung Krankenhaus', A('krankenhaus')),
                       'Entlassungsbericht Herder, Y.', date(2025, 6, 13, 14, 2), plain(inner_body),
                       org='Klinik Haus Lindenberg GmbH')
    body = """Tobias,
bitte zur Akte KV 38 552 907 und die Kostenzusage schließen. Kam fälschlich im
allgemeinen Krankenhaus-Postfach an.
Katrin"""
    eml = mail(VOLLMER, UNGERER, 'WG: Entlassungsbericht Herder, Y.', date(2025, 6, 16, 8, 7),
               mixed(plain(body), fwd(inner, 'Entlassungsbericht Herder, Y..eml'), style='ol'), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'clinic', \
        'forwarded message/rfc822: clinic discharge report with depression, bulimia, BDI scores, fluoxetine'


# --------------------------------------------------------------------------
def m077():
    body = """Board memo - Mental health claims H1 2025 (draft for the meeting on 15 July)

Prepared by: Actuarial Department Health & Disability
Classification: internal

1. Outpatient psychotherapy (health insurance, all full-cover tariffs)
   - paid claims H1 2025: EUR 18.4 m (H1 2024: EUR 15.9 m, +15.7 %)
   - insured persons with at least one psychotherapy invoice: 2.9 % of all
     insured adults (H1 2024: 2.6 %)
   - average paid per person: EUR 1,310

2. Inpatient psychiatry / psychosomatics
   - paid claims H1 2025: EUR 22.7 m (+9.1 %)
   - average length of stay: 38.4 days (psychosomatic), 27.9 days (psychiatric)
   - share of day-clinic treatments: 21 % of cases (H1 2024: 17 %)

3. Disability income (BU)
   - new claims H1 2025: 612, of which chapter F: 241 (39 %)
   - acceptance rate chapter F: 71 % (all causes: 76 %)
   - litigation: 23 open court cases with chapter F diagnoses (all causes: 41)

4. Proposals
   a) extend case management to all sickness allowance cases > 6 weeks with an F
      diagnosis (expected saving 2-4 % of KT benefits)
   b) pilot "fast track therapy" for BU claimants in the first 3 months
   c) price review of the psychotherapy module in KV-Start 70 for 2027

Figures are aggregated from the claims data warehouse; no individual data in
this memo.

Timo"""
    eml = mail(BRANDL, [('Vorstandsbüro', A('vorstandsbuero')), VOLLMER, LANZ], 'Board memo draft - mental health claims H1 2025',
               date(2025, 7, 4, 17, 55), plain(body, cs='us-ascii', cte='7bit'), mailer='tb', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'internal', \
        'trap: board memo with aggregated psychotherapy, psychiatric and BU claims figures'


# --------------------------------------------------------------------------
def m078():
    body = """Sehr geehrte Frau Yıldırım,

vielen Dank für Ihre Anfrage zu Ihrer Rechtsschutzversicherung (RS 52 871 0066).

Sie möchten sich wegen der beabsichtigten Scheidung von Ihrem Ehemann anwaltlich
beraten lassen. Ihr Vertrag umfasst den Beratungsrechtsschutz im Familien- und
Erbrecht (§ 2 k ARB 2021). Wir übernehmen daher die Kosten einer Erstberatung
durch eine Anwältin oder einen Anwalt Ihrer Wahl bis 226,10 EUR zzgl. MwSt.

Nicht versichert sind das Scheidungsverfahren selbst sowie Streitigkeiten über
Unterhalt, Zugewinn oder Sorgerecht vor Gericht.

Schadennummer: RS-S-25-009114 – bitte geben Sie diese bei der Kanzlei an.

Ihre neue Anschrift (ab 01.11.2025: Kirchweg 31, 34121 Kassel) haben wir wie
gewünscht gespeichert; Post an die bisherige gemeinsame Wohnung senden wir nicht mehr.

Mit freundlichen Grüßen
Rafael Ortega
Rechtsschutz-Schaden
Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(ORTEGA, ('Elif Yıldırım', 'elif.yildirim@post-kassel.example'), 'Ihre Anfrage Beratungsrechtsschutz – RS-S-25-009114',
               date(2025, 10, 13, 15, 36), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'legal advice cover for a divorce: named customer, new address, claim no.; no health data'


# --------------------------------------------------------------------------
def m079():
    txt = """Behandlerinformation 3/2025 – Auenwald Krankenversicherung a.G.

Sehr geehrte Psychotherapeutinnen und Psychotherapeuten,
sehr geehrte Ärztinnen und Ärzte,

ab dem 1. November 2025 können Sie Berichte an die Gutachterin bzw. den Gutachter
für unsere Versicherten sicher über das Behandlerportal hochladen:

  - Der Bericht wird in Ihrem Browser verschlüsselt; entschlüsseln kann ihn nur
    die beauftragte Gutachterin / der beauftragte Gutachter.
  - Wir sehen den Bericht nicht – wie beim roten Umschlag.
  - Sie erhalten eine Eingangsbestätigung mit Vorgangsnummer.

Der Postweg bleibt selbstverständlich weiter möglich. Bitte senden Sie Berichte,
Befunde oder Diagnosen niemals per einfacher E-Mail an uns.

Online-Einführung: Dienstag, 14. Oktober 2025, 18:00–18:45 Uhr
Anmeldung: https://behandler.auenwald.example/webinar

Registrierung für das Portal: https://behandler.auenwald.example/registrierung
(Sie benötigen Ihre Behandlernummer, siehe Abrechnungsschreiben).

Mit freundlichen Grüßen
Dr. Sabine Rothkegel und Katrin Vollmer
Auenwald Krankenversicherung a.G."""
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p style="font-size:12px;color:#2f6f4f"><b>Behandlerinformation 3/2025</b> &ndash; Auenwald Krankenversicherung a.G.</p>
<p>Sehr geehrte Psychotherapeutinnen und Psychotherapeuten,<br>sehr geehrte &Auml;rztinnen und &Auml;rzte,</p>
<p>ab dem <b>1. November 2025</b> k&ouml;nnen Sie Berichte an die Gutachterin bzw. den Gutachter f&uuml;r unsere
Versicherten sicher &uuml;ber das Behandlerportal hochladen:</p>
<ul>
<li>Der Bericht wird in Ihrem Browser verschl&uuml;sselt; entschl&uuml;sseln kann ihn nur die beauftragte
Gutachterin / der beauftragte Gutachter.</li>
<li>Wir sehen den Bericht nicht &ndash; wie beim roten Umschlag.</li>
<li>Sie erhalten eine Eingangsbest&auml;tigung mit Vorgangsnummer.</li>
</ul>
<p>Der Postweg bleibt selbstverst&auml;ndlich weiter m&ouml;glich. Bitte senden Sie Berichte, Befunde oder Diagnosen
<b>niemals per einfacher E-Mail</b> an uns.</p>
<p>Online-Einf&uuml;hrung: Dienstag, 14. Oktober 2025, 18:00&ndash;18:45 Uhr &ndash;
<a href="https://behandler.auenwald.example/webinar">Anmeldung</a><br>
<a href="https://behandler.auenwald.example/registrierung">Registrierung f&uuml;r das Portal</a>
(Sie ben&ouml;tigen Ihre Behandlernummer, siehe Abrechnungsschreiben).</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Dr. Sabine Rothkegel und Katrin Vollmer<br>Auenwald Krankenversicherung a.G.</p>
</body></html>"""
    eml = mail(GUTACHTEN, ('Behandlerverteiler PT', A('behandler-info-pt')), 'Behandlerinformation 3/2025: Berichte an den Gutachter jetzt digital',
               date(2025, 9, 25, 7, 45), alt(plain(txt), html(htm), style='nx'), mailer='nx')
    return eml, 'NORMAL', 'de', 'insurer-to-therapist', \
        'trap: circular to practitioners about uploading consultant reports, no patient'


# --------------------------------------------------------------------------
def m080():
    body = """Dear Mr O'Rourke,

We have now completed the assessment of your disability claim LF-25-0031-47 under
policy BU-2019-0045821, and I am pleased to let you know that we accept it.

Based on the reports of Dr. Varga and of the day clinic, and the opinion of our
medical adviser, we are satisfied that since 6 January 2025 you have been unable to
work as a senior software architect to an extent of at least 50 % because of your
recurrent depression (F33.2).

As the reports expect a significant improvement with continued treatment, we are
making a time-limited acknowledgement (section 173 (2) VVG):

  Monthly benefit:         EUR 2,400.00
  Benefit period:          1 February 2025 - 31 January 2026
  Back payment:            EUR 14,400.00 (February-July 2025), paid on 4 August
  Premium waiver:          from 1 February 2025 for the same period

Before the end of this period we will contact you about your health and your
work situation. If you would like to try a gradual return to work earlier, this
will not automatically end your benefit - please talk to us first; our case
manager Ms Schöning can support you.

With best wishes for your recovery,

Ana Ribeiro
Claims Specialist, Disability Income Protection
Auenwald Lebensversicherung AG

""" + DISCL_LV
    eml = mail(RIBEIRO, ("James O'Rourke", 'jorourke@fastpost.example'), 'Decision on your claim LF-25-0031-47',
               date(2025, 7, 31, 12, 22), plain(body, cte='base64'), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'base64 body: BU claim accepted for recurrent depression F33.2, benefit and back payment'


# --------------------------------------------------------------------------
def m081():
    iban = 'DE17 3005 0000 0004 4018 23'
    body = """Dear Ms Kaya,

Thank you for your invoice no. 2025-117 dated 30 September 2025 for translation job
TR-2025-044 (12 standard pages, German > English, certified).

  Net amount:         EUR 744.00
  VAT 19 %:           EUR 141.36
  Total:              EUR 885.36

We have approved the invoice for payment on 14 October 2025 to
  Selin Kaya, Übersetzungsbüro Kaya
  IBAN {iban}

Please note that from 1 January 2026 we can only accept e-invoices (XRechnung or
ZUGFeRD). Your VAT ID DE318 442 097 and your private address in Düsseldorf
(Lindenstraße 84, 40233 Düsseldorf) are on file as your business address - please
let us know if you have moved the office.

Best regards
Bernd Sauter
Procurement | Auenwald Versicherungsgruppe""".format(iban=iban)
    eml = mail(SAUTER, ('Selin Kaya', 'info@uebersetzungen-kaya.example'), 'Invoice 2025-117 - approved',
               date(2025, 10, 8, 9, 44), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-supplier', \
        'sole-trader translator: IBAN, VAT ID, private address; job content not named'


# --------------------------------------------------------------------------
def m082():
    body = """Hallo zusammen,

wie in der Teamrunde angekündigt, hier alle Vorlagen für das Gutachterverfahren als
ZIP – leer, zum Ausdrucken oder für die Behandlerpost. Ab sofort bitte nur noch
diese Stände verwenden (Stand 08/2025). Die alten Versionen im Laufwerk habe ich
nach "_Archiv" verschoben.

Inhalt:
- PT-1  Antrag der versicherten Person (leer)
- PT-3  Deckblatt Chiffre für den Gutachter (leer)
- LIESMICH.txt

Frank"""
    pt1 = pdf([
        '# PT-1 Antrag auf Kostenuebernahme fuer Psychotherapie',
        'Auenwald Krankenversicherung a.G. - Stand 08/2025',
        '',
        'Versicherungsnummer: ______________________',
        'Name der versicherten Person: ______________________   Geburtsdatum: ___.___.______',
        'Anschrift: ____________________________________________________________',
        '',
        'Behandlerin / Behandler: ____________________________________________',
        'Verfahren:  [ ] VT   [ ] TP   [ ] AP   [ ] Systemische Therapie',
        'Setting:    [ ] Einzel   [ ] Gruppe   [ ] Kombination   [ ] Video',
        'Beantragte Sitzungen: ______',
        '',
        'Erklaerung zur Schweigepflichtentbindung (nur fuer diesen Antrag):',
        'Ich entbinde die oben genannte Behandlerin / den Behandler gegenueber der',
        'Auenwald Krankenversicherung a.G. und dem beauftragten Gutachter von der',
        'Schweigepflicht, soweit dies fuer die Pruefung dieses Antrags erforderlich ist.',
        '',
        'Ort, Datum: _______________________   Unterschrift: __________________________',
    ], 'PT-1 Antrag (leer)')
    pt3 = pdf([
        '# PT-3 Deckblatt fuer den Gutachter',
        '',
        'Chiffre: ____________   Geburtsjahr: ______   Geschlecht: [ ] w [ ] m [ ] d',
        'Verfahren: ____________   Antrag: [ ] Umwandlung KZT->LZT  [ ] Fortfuehrung',
        'Anzahl beantragter Sitzungen: ______',
        '',
        'Bitte KEINE Namen, Versicherungsnummern oder Anschriften auf diesem Blatt.',
        'Der Bericht liegt im verschlossenen Umschlag bei.',
    ], 'PT-3 Deckblatt (leer)')
    readme = """LIESMICH – Vorlagen Gutachterverfahren (Stand 08/2025)

PT-1: Antrag der versicherten Person. Wird mit dem Behandlerbericht zusammen
      eingereicht. Leer versenden, NICHT vorausfüllen.
PT-3: Deckblatt Chiffre. Wird nur von der Gutachterkoordination ausgefüllt.

Fragen: gutachterverfahren@auenwald.example
"""
    z = zipf([('Vorlagen_Gutachterverfahren/PT-1_Antrag_leer.pdf', pt1),
              ('Vorlagen_Gutachterverfahren/PT-3_Deckblatt_Chiffre_leer.pdf', pt3),
              ('Vorlagen_Gutachterverfahren/LIESMICH.txt', readme.encode('utf-8'))])
    eml = mail(ZIESKE, ('Team PT', A('team-psychotherapie')), 'Vorlagen Gutachterverfahren Stand 08/2025',
               date(2025, 8, 27, 11, 3), mixed(plain(body), att(z, 'Vorlagen_Gutachterverfahren_2025-08.zip')), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: ZIP with blank application and Chiffre cover-sheet forms, no person'


# --------------------------------------------------------------------------
def m083():
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Lukas,</p>
<p>hier meine Übergabe für die drei Wochen Urlaub. Bitte bei allen vier Fällen die vereinbarten Anrufe halten –
die Leute verlassen sich darauf.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e8eef3"><th>Vers.-Nr.</th><th>Name</th><th>Situation</th><th>Nächster Schritt</th></tr>
<tr><td>KV 27 905 331</td><td>Sebastian Thiel</td><td>KT seit 01/2025, Tagesklinik abgeschlossen, Angst vor Rückkehr ins Büro,
stufenweise Wiedereingliederung ab 01.09. mit Arbeitgeber abgestimmt</td><td>Anruf Mo 25.08., 10 Uhr: wie war die erste Woche?</td></tr>
<tr><td>GCP-7730-2094</td><td>Priya Raman</td><td>nach Suizidgedanken im April stabil, Krisenintervention bei Dr. Albrecht in
reguläre Therapie übergegangen (Antrag liegt vor)</td><td>nur falls sie sich meldet; Antrag PT läuft bei Jonas</td></tr>
<tr><td>KV 19 330 872</td><td>Jürgen Kranich</td><td>wieder stationär Bad Auenstein, schwere Depression mit Nahrungsverweigerung,
Ehefrau hat Vollmacht, sehr belastet</td><td>Ehefrau Do 28.08. anrufen, Verlängerungsantrag Klinik prüfen</td></tr>
<tr><td>KV 22 804 117</td><td>Ralf Gehrke</td><td>Entwöhnung Haus Talblick bis Ende September, danach Nachsorge;
wünscht ausdrücklich keinen Kontakt über den Arbeitgeber</td><td>Nachsorgeplan mit Klinik abstimmen (KW 37)</td></tr>
</table>
<p>Die Krisenformulare sind in LEA, alles Weitere in den E-Akten. Notfallnummer Lumen wie immer 7799.</p>
<p>Danke dir!<br>Miriam</p>
</body></html>"""
    eml = mail(SCHOENING, PETERSEN, 'Übergabe Fallmanagement 25.08.–12.09.', date(2025, 8, 22, 15, 58),
               html(htm), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'internal', \
        'HTML-only handover table: four named insured with depression, suicidal thoughts, addiction'


# --------------------------------------------------------------------------
def m084():
    body = """Dear Professor Lindgren,

Thank you for your interest in working with us on the project "Outcomes of
outpatient psychotherapy in privately insured adults". We very much support
research in this area, but I'm afraid we can't provide what you asked for:

- claim-level data with diagnoses, session counts and dates, even with names and
  policy numbers removed, is still personal data about health in our view
  (re-identification via rare diagnoses, postcodes and dates is realistic), and
  we have no legal basis to pass it on without each insured person's consent;
- the consultant reports are not stored by us at all.

What we can offer:
1. aggregated tables (e.g. number of therapies by procedure, age band and
   duration, cells with fewer than 10 persons suppressed), and
2. a consent-based design: we write to insured persons who finished a therapy
   and invite them to join your study directly (you then receive data only from
   those who agree).

Our DPO, Dr. Haverkamp, would be happy to join a call to discuss option 2.

Best regards
Katrin Vollmer
Head of Psychotherapy Claims
Auenwald Krankenversicherung a.G."""
    eml = mail(VOLLMER, ('Prof. Dr. Maja Lindgren', 'm.lindgren@uni-hohenbrueck.example'),
               'RE: Research data request - psychotherapy outcomes', date(2025, 11, 4, 10, 1),
               plain(body, cs='us-ascii', cte='7bit'), mailer='ol', cs='us-ascii', cc=[HAVERKAMP])
    return eml, 'NORMAL', 'en', 'insurer-to-partner', \
        'trap: research data request declined, explains pseudonymisation risk, no person data'


# --------------------------------------------------------------------------
def m085():
    iban = 'DE59 8205 1000 0000 4102 55'
    body = """Sehr geehrte Frau Schäfer-Lindner,

wir haben Ihren Umzug und Ihre neue Bankverbindung für beide Verträge gespeichert:

  Hausratversicherung     HR 61 330 7715
  Rechtsschutz Privat     RS 52 114 9032

  neue Anschrift ab 01.12.2025:  Brühl 17, 99084 Erfurt
  neue Bankverbindung:           Monika Schäfer-Lindner, IBAN {iban}
                                 (Sparkasse Mittelthüringen)

Wichtig zur Hausratversicherung: Die neue Wohnung ist mit 94 m² größer als die
bisherige (71 m²). Damit keine Unterversicherung entsteht, passen wir die
Versicherungssumme auf 61.100 EUR an; der Beitrag steigt ab 01.12.2025 von
7,42 EUR auf 9,18 EUR monatlich. In der Umzugsphase sind beide Wohnungen bis zu
zwei Monate versichert.

Mit freundlichen Grüßen
Sarah Kowalczyk
Kundenservice
Auenwald Sach- und Haftpflichtversicherung AG""".format(iban=iban)
    eml = mail(KOWALCZYK, ('Monika Schäfer-Lindner', 'm.schaefer-lindner@thueringen-post.example'),
               'Ihr Umzug – Änderungen für Ihre Verträge', date(2025, 11, 12, 13, 20),
               plain(body, cs='windows-1252', cte='quoted-printable'), mailer='ol', cs='windows-1252')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'address and IBAN change for household and legal expenses policies of a named customer'


# --------------------------------------------------------------------------
def m086():
    body = """Sehr geehrter Herr Thiel,

vielen Dank für das Gespräch am Dienstag und die Unterlagen, die Sie uns danach
geschickt haben.

Nach Auswertung des Gutachtens von Herrn Dr. Seeberg und der Berichte Ihres
behandelnden Psychiaters müssen wir leider davon ausgehen, dass Sie Ihre
bisherige Tätigkeit als Disponent im Schichtbetrieb auf Dauer zu mehr als 50 %
nicht mehr ausüben können. Beide sehen die Rückkehr in den Schichtdienst mit
Nachtarbeit als zu großes Risiko für einen erneuten Rückfall.

Nach § 15 Abs. 1 b) der Musterbedingungen MB/KT endet das Krankentagegeld bei
Eintritt der Berufsunfähigkeit – in Ihrem Fall wegen der Übergangsfrist nach
unseren Tarifbedingungen drei Monate nach diesem Schreiben, also mit dem
31. Januar 2026. Bis dahin zahlen wir unverändert weiter.

Wir wissen, dass das eine schwere Nachricht ist. Einige Hinweise:
  - Ihre Krankheitskostenversicherung bleibt selbstverständlich bestehen.
  - Prüfen Sie bitte, ob Sie Ansprüche auf Erwerbsminderungsrente oder aus einer
    Berufsunfähigkeitsversicherung haben.
  - Frau Schöning aus unserem Fallmanagement unterstützt Sie gern bei der
    beruflichen Neuorientierung (z. B. Leistungen zur Teilhabe am Arbeitsleben).

Gegen diese Entscheidung können Sie Widerspruch einlegen oder sich an den
Ombudsmann Private Kranken- und Pflegeversicherung wenden.

Mit freundlichen Grüßen
Tobias Ungerer
Leistung Krankentagegeld
KV 27 905 331"""
    eml = mail(UNGERER, ('Sebastian Thiel', 's.thiel@familie-thiel.example'),
               'Ihr Krankentagegeld – Entscheidung', date(2025, 10, 30, 11, 9), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'indirect: sickness allowance ends because of permanent occupational disability; psychiatrist and relapse risk'


# --------------------------------------------------------------------------
def m087():
    txt = """AUENWALD BROKER NEWS - International Health | November 2025

New from 1 January 2026: stronger mental health cover in Global Care Plus

* Outpatient psychotherapy: up to 50 sessions per year (previously 30), no
  pre-approval for the first 10 sessions (previously 5)
* Therapy in the member's mother tongue: we reimburse therapists licensed in the
  EU/EEA, UK, Switzerland, USA, Canada and Australia for video sessions
* Inpatient psychiatric care: no separate annual limit any more
* 24/7 multilingual crisis line for members and their families

Existing members switch automatically at their next renewal date, without new
health questions. For new applications the usual health questions apply
(psychotherapy in the last 5 years).

Premium impact: +2.9 % on average (age band 30-39: +2.1 %).

Product sheet and updated policy wording: https://makler.auenwald.example/gcp-2026

Questions? Your broker support team: +49 561 7080-3300

You are receiving this as a registered broker partner of Auenwald.
Unsubscribe: https://makler.auenwald.example/newsletter"""
    htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1a2a33">
<p style="font-size:11px;color:#777">AUENWALD BROKER NEWS &ndash; International Health | November 2025</p>
<h2 style="color:#2f6f4f">New from 1 January 2026: stronger mental health cover in Global Care Plus</h2>
<ul>
<li><b>Outpatient psychotherapy:</b> up to 50 sessions per year (previously 30), no pre-approval for the first 10 sessions (previously 5)</li>
<li><b>Therapy in the member&rsquo;s mother tongue:</b> we reimburse therapists licensed in the EU/EEA, UK, Switzerland, USA, Canada and Australia for video sessions</li>
<li><b>Inpatient psychiatric care:</b> no separate annual limit any more</li>
<li><b>24/7 multilingual crisis line</b> for members and their families</li>
</ul>
<p>Existing members switch automatically at their next renewal date, without new health questions.
For new applications the usual health questions apply (psychotherapy in the last 5 years).</p>
<p>Premium impact: +2.9&nbsp;% on average (age band 30&ndash;39: +2.1&nbsp;%).</p>
<p><a href="https://makler.auenwald.example/gcp-2026">Product sheet and updated policy wording</a></p>
<p style="font-size:11px;color:#777">You are receiving this as a registered broker partner of Auenwald.
<a href="https://makler.auenwald.example/newsletter">Unsubscribe</a></p>
</body></html>"""
    eml = mail(('Auenwald Broker News', A('broker-news')), ('Broker partners', A('broker-news-list')),
               'Broker News: mental health cover in Global Care Plus 2026', date(2025, 11, 18, 8, 0),
               alt(plain(txt, cs='us-ascii', cte='7bit'), html(htm, cs='us-ascii', cte='7bit'), style='nx'), mailer='nx')
    return eml, 'NORMAL', 'en', 'newsletter', \
        'trap: broker newsletter about psychotherapy and psychiatric cover, no person'


# --------------------------------------------------------------------------
def m088():
    body = """Hi Oliver,

please find below the quote for your client's household contents insurance, as
requested. The quote is valid until 31 December 2025.

  Applicant:          Mr Sean Gallagher
  Date of birth:      9 March 1987
  Address to insure:  Schillerstraße 12, 2nd floor, 37083 Göttingen (flat, 78 m²)
  Product:            Auenwald Hausrat Komfort
  Sum insured:        EUR 50,700 (EUR 650 per m²)
  Options:            bicycle theft up to EUR 3,000, glass
  Annual premium:     EUR 142.60 incl. insurance tax
  Start:              1 January 2026

The applicant has declared no claims in the last 5 years. To accept, please submit
the application in the broker portal; no further questions are needed.

Best regards
Sven Kühnel
Broker Support | Auenwald Versicherungsgruppe"""
    eml = mail(KUEHNEL, ('Oliver Grant', 'o.grant@meridian-expat.example'), 'Quote household contents - S. Gallagher',
               date(2025, 11, 25, 14, 48), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-broker', \
        'household quote: named applicant with date of birth and home address'


# --------------------------------------------------------------------------
def m089():
    iban = 'DE56 5001 0517 5532 1088 13'
    body = """Hallo Frau Brunner,

anbei die Reisekostenabrechnung von Frau Dr. Rothkegel für die Fachtagung in Leipzig
(10.–14.03.2025), von ihr und von mir als Vorgesetzter unterschrieben.

  Bahn (BahnCard 50, 1. Kl.)          187,40 EUR
  Hotel 4 Nächte                       512,00 EUR
  Tagungsgebühr                        290,00 EUR (bereits von uns bezahlt)
  Verpflegungspauschale                 98,00 EUR
  ------------------------------------------------
  Erstattung an Mitarbeiterin          797,40 EUR

Bitte auf das in der Personalakte hinterlegte Konto überweisen – sie hat mir
gesagt, dass sich das geändert hat, neue Verbindung:
  Sabine Rothkegel, IBAN {iban}
Die Änderung hat sie auch im Mitarbeiterportal eingetragen, sollte also passen.

Danke und Gruß
Katrin Vollmer""".format(iban=iban)
    eml = mail(VOLLMER, ('Marion Brunner', A('entgelt')), 'Reisekosten Dr. Rothkegel März 2025',
               date(2025, 3, 24, 16, 30), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'internal', \
        'employee travel expense claim with new private IBAN'


# --------------------------------------------------------------------------
def m090():
    body = """Hallo Team,

hier die Urlaubs- und Abwesenheitsplanung für das 1. Halbjahr 2026 als ODS.
Bitte bis 12.12. prüfen und Änderungswünsche direkt in die Spalte "Bemerkung"
eintragen. Regel wie immer: mindestens 4 von 6 Sachbearbeiter:innen anwesend,
in den Osterferien mindestens 3.

Gründe für Abwesenheiten gehören nicht in die Liste – nur Zeiträume.

Katrin"""
    sheet = ods('Abwesenheit H1 2026', [
        ['Name', 'Von', 'Bis', 'Art', 'Bemerkung'],
        ['Brehm, Jonas', '02.01.2026', '09.01.2026', 'Urlaub', ''],
        ['Arslan, Melike', '16.02.2026', '20.02.2026', 'Urlaub', ''],
        ['Ungerer, Tobias', '30.03.2026', '10.04.2026', 'Urlaub', 'Osterferien'],
        ['Kessler, Johanna', '23.03.2026', '27.03.2026', 'Fortbildung', 'Kurs Begutachtung'],
        ['Zieske, Frank', '06.04.2026', '17.04.2026', 'Urlaub', 'Osterferien'],
        ['Vollmer, Katrin', '18.05.2026', '29.05.2026', 'Urlaub', ''],
        ['Rothkegel, Sabine', '08.06.2026', '12.06.2026', 'Tagung', ''],
        ['Anwesenheit Ostern', 3, '', '', 'Minimum erfüllt'],
    ])
    eml = mail(VOLLMER, ('Team PT', A('team-psychotherapie')), 'Urlaubsplanung H1 2026',
               date(2025, 12, 1, 9, 15), mixed(plain(body, cte='8bit'), att(sheet, 'Abwesenheiten_PT_H1-2026.ods')),
               mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'grey zone/trap: team vacation plan (ODS) with colleagues names and dates, no reasons, organisational'


# --------------------------------------------------------------------------
def m091():
    body = """Dear Mrs Carter,

Good news: we have received the application and the report from Ms Whitfield, and
we are happy to confirm cover for your therapy.

  Insured person:   Emily Carter, policy GCP-7730-1185
  Therapist:        Sophie Whitfield, MSc, Psychological Psychotherapist (CBT),
                    Whitfield Psychotherapy, Berlin (sessions by video and in person)
  Diagnosis given:  panic disorder (F41.0) with secondary sleep disturbance
  Approved:         25 sessions of cognitive behavioural therapy, 50 minutes each,
                    in addition to the 5 probatory sessions already held
  Valid until:      30 June 2026
  Reimbursement:    100 % up to 2.3 x the GOÄ rate (no. 870); Ms Whitfield
                    charges EUR 100.55 per session, which is fully covered

You can continue to submit invoices through the app. If at some point Ms Whitfield
suggests adding medication, the prescriptions are covered under your outpatient
benefits as usual.

We are glad you found a therapist who works in English. All the best for the
coming months.

Kind regards
Jonas Brehm
Psychotherapy Claims | Auenwald International Health

""" + DISCL_EN
    eml = mail(BREHM, ('Emily Carter', 'emily.carter@northmail.example'), 'Your therapy is approved - GCP-7730-1185',
               date(2025, 4, 14, 15, 2), plain(body, cte='8bit'), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'therapy approval: named insured with panic disorder F41.0, 25 CBT sessions'


# --------------------------------------------------------------------------
def m092():
    body = """Guten Tag,

für Ihr Postfach im Auenwald-Kundenportal wurde ein Zugang eingerichtet. Mit der
folgenden E-Mail erhalten Sie separat den Link zur Registrierung.

Ihr Einmal-Passwort lautet:

    7Hk-29xQ-mV4p

Das Einmal-Passwort ist 14 Tage gültig und kann nur einmal verwendet werden. Nach
der ersten Anmeldung vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Bitte geben Sie dieses Passwort niemals weiter – auch nicht an Mitarbeitende der
Auenwald. Wir fragen Sie nie nach Ihrem Passwort.

Ihre Auenwald Versicherungsgruppe

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht
gelesen."""
    eml = mail(NOREPLY, 'j.mertz@kasselnetz.example', 'Ihr Einmal-Passwort für das Kundenportal',
               date(2025, 7, 14, 10, 30), plain(body), mailer=None, extra=[('Auto-Submitted', 'auto-generated')])
    return eml, 'NORMAL', 'de', 'insurer-to-customer', \
        'trap: one-time password mail for the portal, no personal or health data'


# --------------------------------------------------------------------------
def m093():
    body = """Sehr geehrte Frau Okafor,

vielen Dank für Ihren Antrag auf eine Berufshaftpflichtversicherung für
Psychotherapeutinnen. Bevor wir die Police ausstellen, bitte ich Sie, die Angaben
aus dem Antrag zu prüfen:

  Antragstellerin:        Lena Okafor, geb. 19.12.1985
  Privatanschrift:        Wilhelmshöher Allee 203, 34121 Kassel
  Praxis:                 Praxis am Ständeplatz, Ständeplatz 6, 34117 Kassel
  Tätigkeit:              Kinder- und Jugendlichenpsychotherapeutin (VT),
                          Privatpraxis, keine Angestellten
  Vorversicherung:        Allgemeine Heilwesen-Versicherung, gekündigt zum 31.12.2025,
                          schadenfrei
  Beginn:                 01.01.2026
  Deckungssumme:          5 Mio. EUR
  Jahresbeitrag:          198,00 EUR zzgl. VSt.
  Zahlung:                jährlich per Überweisung

Bitte bestätigen Sie die Angaben kurz per Antwort-Mail; dann erhalten Sie die
Police bis Mitte Dezember per Post.

Mit freundlichen Grüßen
Heike Mertens
Heilwesen-Haftpflicht
Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(MERTENS, ('Lena Okafor', 'praxis@kjp-okafor.example'), 'Ihr Antrag Berufshaftpflicht – bitte prüfen',
               date(2025, 11, 27, 9, 41), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'therapist as applicant for liability cover: birth date, private address; no patient data'


# --------------------------------------------------------------------------
def m094():
    body = """Hi all,

FYI - change CHG-2025-0931 goes live this Saturday (18 Oct) in the maintenance
window 06:00-08:00:

- New outbound rule on the mail gateway for the functional mailboxes
  psychotherapie@, gutachterverfahren@, bu-leistung@ and krankenhaus@:
  every message to an external address is classified at least "confidential"
  and delivered via the secure channel (S/MIME if a certificate is known,
  otherwise the customer portal with notification mail).
- Exception list (TLS only): the two clinic groups and the three consultants with
  a signed TLS agreement, list maintained by the DPO.
- Subject tag [unverschluesselt] no longer overrides the rule for these mailboxes.

Expected impact for users: none, except that some recipients will now get a portal
notification instead of the mail itself. Please tell your teams.

Rollback plan: disable rule set RS-PT-01 in the gateway admin.

Nils
IT Application Support Claims"""
    eml = mail(GERBRACHT, [VOLLMER, LANZ, ROTHKEGEL, KOWALCZYK], 'CHG-2025-0931: outbound rule for claims mailboxes (Sat 18 Oct)',
               date(2025, 10, 15, 13, 13), plain(body, cs='us-ascii', cte='7bit'), mailer='tb', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'internal', \
        'trap: IT change notice about encryption rules for psychotherapy and BU mailboxes'


# --------------------------------------------------------------------------
def m095():
    body = """Sehr geehrter Herr Rechtsanwalt Brinkmann,

in der Angelegenheit Ihres Mandanten, Herrn Dominik Faber (Versicherungsnummer
KV 47 613 209), nehmen wir zu Ihrem Schreiben vom 03.11.2025 wie folgt Stellung:

1. Herr Faber hat im Juli 2025 eine analytische Psychotherapie mit zunächst 160
   Sitzungen bei Frau Dr. Ilse Marquard beantragt. Nach dem Bericht der Behandlerin
   liegen eine chronische Depression (Dysthymia, F34.1) und eine narzisstische
   Persönlichkeitsproblematik vor, die seit der Trennung von seiner Partnerin 2023
   zu wiederholten Krisen und einem Suizidversuch im Januar 2025 geführt haben.

2. Unsere Gutachterin hat die Behandlung befürwortet, allerdings zunächst mit 80
   statt 160 Sitzungen und einer Frequenz von zwei statt drei Sitzungen pro Woche.
   Diese Zusage haben wir mit Schreiben vom 22.08.2025 erteilt. Eine Ablehnung,
   wie in Ihrem Schreiben dargestellt, liegt also nicht vor.

3. Eine Kopie des Gutachtens können wir Ihnen mit der vorliegenden Vollmacht und
   Schweigepflichtentbindung übersenden. Aus unserer Sicht sollte Ihr Mandant das
   Gutachten jedoch zusammen mit seiner Therapeutin besprechen; bitte teilen Sie uns
   mit, ob wir es an Sie oder an Frau Dr. Marquard senden sollen.

4. Nach 70 Sitzungen kann die Behandlerin einen Fortführungsantrag stellen; dieser
   wird erneut begutachtet.

Mit freundlichen Grüßen
Katrin Vollmer
Teamleitung Leistung Psychotherapie
Auenwald Krankenversicherung a.G."""
    eml = mail(VOLLMER, ('RA Uwe Brinkmann', 'brinkmann@kanzlei-brinkmann.example'),
               'Ihr Mandant Dominik Faber – KV 47 613 209', date(2025, 11, 10, 16, 25),
               plain(body, cs='iso-8859-1', cte='quoted-printable'), mailer='ol', cs='iso-8859-1')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer', \
        'to the customer lawyer: dysthymia F34.1, personality issues, suicide attempt, analytic therapy'


# --------------------------------------------------------------------------
def m096():
    body = """Dear Ms Lindqvist,

Thank you for submitting the vet invoice for Bruno.

  Policy:          Auenwald Pet Health (dog), TK 20 117 0448
  Animal:          Bruno, Australian Shepherd, male, born 2021, chip 276 098 106 224 511
  Invoice:         Tierarztpraxis am Volkspark, Berlin, 14 October 2025
  Treatment:       behavioural consultation for separation anxiety (GOT 31, 2x rate),
                   fluoxetine 20 mg for dogs, 30 tablets
  Amount:          EUR 187.34
  Reimbursed:      EUR 149.87 (80 %), to your account ending ...0018 40

Behavioural therapy with a certified dog trainer is covered up to EUR 250 per year
under your plan as well, if recommended by the vet - just send the trainer's invoice
together with the vet's recommendation.

We hope Bruno feels better soon!

Kind regards
Sarah Kowalczyk
Customer Service | Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(KOWALCZYK, ('Hannah Lindqvist', 'hannah.lindqvist@svea-mail.example'), "Bruno's vet invoice - TK 20 117 0448",
               date(2025, 10, 21, 10, 51), plain(body, cs='us-ascii', cte='7bit'), mailer='ol', cs='us-ascii')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'grey zone: animal health (dog separation anxiety, fluoxetine) - pet policy of a named customer, no human health data'


# --------------------------------------------------------------------------
def m097():
    body = """Sehr geehrte Frau Dr. Albers, dear colleagues,

anbei unsere Antworten zur Verbandsumfrage "Psychotherapie in der PKV 2024".
As agreed in the working group, I answer in English so that the Luxembourg and
Austrian members can use them directly:

Q1  Number of insured persons (full cover, adults):        412,300
Q2  Persons with ≥1 psychotherapy invoice in 2024:         11,870 (2.9 %)
Q3  Therapies reviewed by consultants:                      2,114
Q4  Share rejected after consultant review:                 7.1 %
Q5  Average paid per completed long-term therapy:           EUR 6,840
Q6  Share of video sessions:                                14 %
Q7  Non-medical practitioners (Heilpraktiker f. PT) paid:   EUR 0.9 m

Zu Frage 8 (Erfahrungen mit der Reform der Psychotherapeutenausbildung) schicke
ich bis Ende des Monats einen kurzen Freitext auf Deutsch nach.

Mit freundlichen Grüßen / Kind regards
Katrin Vollmer
Auenwald Krankenversicherung a.G."""
    eml = mail(VOLLMER, ('Dr. Ricarda Albers', 'r.albers@verband-pkv-forum.example'),
               'Verbandsumfrage Psychotherapie 2024 – Antworten Auenwald', date(2025, 3, 11, 11, 11),
               plain(body), mailer='ol')
    return eml, 'NORMAL', 'mixed', 'insurer-to-partner', \
        'trap: association survey answers with aggregated psychotherapy numbers, German/English'


# --------------------------------------------------------------------------
def m098():
    body = """Hallo Frau Brunner,

heute ist bei uns ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts Kassel
eingegangen (Az. 641 M 2218/25), Drittschuldnerin sind wir als Arbeitgeberin.

Schuldner:      Herr Tobias Ungerer, PNr. 103512, geb. 04.09.1988
Gläubigerin:    Mobilfunk Nordwest GmbH, vertreten durch Inkasso Weser GmbH
Forderung:      2.941,17 EUR zzgl. Zinsen und Kosten
Pfändung:       pfändbarer Teil des Arbeitseinkommens nach § 850c ZPO

Nach seinem aktuellen Nettoentgelt (3.012,46 EUR) und einer
Unterhaltspflicht (1 Kind) ergibt sich nach Tabelle ein pfändbarer Betrag von
rund 224 EUR monatlich. Bitte ab der Dezember-Abrechnung einbehalten und an
die Gläubigerin abführen, Drittschuldnererklärung bitte bis 04.12. an das
Gericht (Entwurf im Anhang der Akte).

Herr Ungerer ist informiert. Bitte absolut vertraulich behandeln.

Petra Ollendorf"""
    eml = mail(OLLENDORF, ('Marion Brunner', A('entgelt')), 'PfÜB Az. 641 M 2218/25 – PNr. 103512',
               date(2025, 11, 20, 15, 4), plain(body, cte='8bit'), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'internal', \
        'wage garnishment of an employee: birth date, net income, debt, dependant'


# --------------------------------------------------------------------------
def m099():
    body = """Rafael,

update on Keller (INT-GOP-25-0712) from the assistance partner - log attached as
they sent it. In short: the clinic says hes stable enough to fly home on 29 Aug
with a nurse escort, the family wants him treated near Hamburg. I've said yes in
principle; please issue the GOP for the repatriation and check the admission at
the receiving clinic. Cost estimate from Assist24 is EUR 6,850.

Thanks,
Claire"""
    log = """ASSIST24 CASE LOG - case A24-UK-2025-08817
Member: KELLER, Thomas   DOB 17.05.1983   Policy GCP-7730-4051 (Auenwald)
--------------------------------------------------------------------
2025-08-21 09:12  Call with Dr Whitcombe (Elmbrook House): manic symptoms
                  resolved, no psychotic features since 15 Aug, sleeping 7h,
                  lithium level 0.8 mmol/l, olanzapine being tapered.
                  Risk assessment: low risk to self/others. Fit to fly with
                  escort (psychiatric nurse), no sedation planned.
2025-08-21 11:40  Wife (Anna Keller) requests transfer to Hamburg, Asklepios-
                  type private clinic "Alsterpark Klinik" - bed confirmed for
                  29 Aug by Dr. Jens Vogler (senior consultant psychiatry).
2025-08-22 08:05  Flight options: LHR-HAM 29 Aug 11:20, 2 seats + 1 escort.
                  Ground ambulance both ends.
2025-08-22 08:30  Cost estimate sent to insurer: EUR 6,850.00 incl. escort fee.
2025-08-22 14:10  Insurer (C. Donnelly) approves in principle, GOP to follow.
"""
    eml = mail(DONNELLY, ORTEGA, 'Keller repatriation - INT-GOP-25-0712', date(2025, 8, 22, 14, 33),
               mixed(plain(body, cs='us-ascii', cte='7bit'), att(log, 'A24-UK-2025-08817_log.txt', cs='utf-8', cte='quoted-printable')),
               mailer='ol', cs='us-ascii')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'internal', \
        'repatriation of a psychiatric patient; TXT log with birth date, lithium level, risk assessment'


# --------------------------------------------------------------------------
def m100():
    body = """Liebe Kolleginnen und Kollegen der Leistungsbereiche,

der Quartalsbericht Datenschutzvorfälle Q3/2025 in Kurzform:

  gemeldete Vorfälle gesamt:                       14 (Q2: 11)
  davon Fehlversendungen E-Mail/Post:               9
    darunter mit Gesundheitsdaten:                  4
  Meldungen an die Aufsichtsbehörde (Art. 33):      2
  Benachrichtigungen Betroffener (Art. 34):         1

Zwei Fälle aus dem Bereich Psychotherapie möchte ich (anonymisiert) erwähnen,
weil sie vermeidbar waren:
 - Ein Gutachten wurde an die falsche Behandlerpraxis geschickt, weil zwei Praxen
   in derselben Straße im Adressbuch ähnlich hießen. Die Praxis hat das Schreiben
   ungelesen zurückgeschickt.
 - Eine Zusage mit Diagnose ging per unverschlüsselter E-Mail an eine alte
   Adresse des Versicherten (Adressänderung war nur im Bestandssystem, nicht in
   LEA erfasst).

Seit der neuen Gateway-Regel (CHG-2025-0931) kann der zweite Fall so nicht mehr
passieren. Für den ersten bitten wir: Behandleradressen immer über die
Behandlernummer auswählen, nicht über die Freitextsuche.

Viele Grüße
Dr. Ulrike Haverkamp
Datenschutzbeauftragte"""
    eml = mail(HAVERKAMP, ('Leistung alle', A('leistung-alle')), 'Datenschutzvorfälle Q3/2025 – Kurzbericht',
               date(2025, 10, 24, 12, 0), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: anonymised data-breach statistics mentioning a misdirected consultant report'


# --------------------------------------------------------------------------
def m101():
    body = """Sehr geehrter Herr Reiter,

für die Aktualisierung Ihres Courtagevertrags (Vermittlernummer 40-7718) haben wir
folgende Angaben aus dem Vermittlerregister und Ihren Unterlagen übernommen:

  Name:                  Alexander Reiter
  Firma:                 Finanzkontor Reiter e.K.
  Geburtsdatum:          17.01.1977
  Privatanschrift:       Lindenweg 5, 34246 Vellmar
  Registernummer:        D-W-140-ZK7Q-88
  Erlaubnis:             § 34d Abs. 1 GewO (Versicherungsmakler), IHK Kassel-Marburg
  Vermögensschaden-HV:   Nachweis bis 31.03.2026 liegt vor
  Courtagekonto:         wie bisher (Geschäftskonto, siehe Abrechnung)

Bitte senden Sie uns den unterschriebenen Vertrag (2 Exemplare) bis zum
15.12.2025 zurück. Für den Zugang zum Maklerportal ändert sich nichts.

Mit freundlichen Grüßen
Sven Kühnel
Maklerbetreuung"""
    eml = mail(KUEHNEL, ('Alexander Reiter', 'a.reiter@finanzkontor-reiter.example'),
               'Courtagevertrag 2026 – Ihre Angaben', date(2025, 11, 28, 11, 33),
               plain(body, cs='windows-1252', cte='8bit'), mailer='ol', cs='windows-1252')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-broker', \
        'sole-trader broker: birth date, private address, register number'


# --------------------------------------------------------------------------
def m102():
    body = """Sehr geehrte Frau Doktor Weigand,

Ihre Patientin, Frau Petra Hölscher (geb. 08.02.1979), bezieht von uns seit dem
21.07.2025 Krankentagegeld (Versicherungsnummer KV 33 071 560). Auf den
Arbeitsunfähigkeitsbescheinigungen ist als Diagnose F43.2 G (Anpassungsstörung)
angegeben.

Da die Arbeitsunfähigkeit inzwischen länger als zwölf Wochen andauert, bitten wir
Sie um einen kurzen Befundbericht. Frau Hölscher hat uns von Konflikten am
Arbeitsplatz berichtet und eine Schweigepflichtentbindung erteilt.

Uns interessieren:
 - aktuelle Beschwerden und Befund
 - bisherige und geplante Behandlung (Psychotherapie? Medikation?)
 - Ihre Einschätzung, ob eine Rückkehr an den bisherigen Arbeitsplatz möglich ist
   oder ob ein Arbeitsplatzwechsel medizinisch sinnvoll wäre
 - voraussichtliche Dauer der Arbeitsunfähigkeit

Für den Bericht vergüten wir 45,00 EUR (analog GOÄ Nr. 75). Das Formular können
Sie gern formlos ersetzen; Rücksendung bitte per Post oder Fax an 0561 7080-4499.

Mit freundlichen Grüßen
Tobias Ungerer
Leistung Krankentagegeld
Auenwald Krankenversicherung a.G."""
    eml = mail(UNGERER, ('Dr. med. Sabine Weigand', 'praxis@hausarzt-weigand.example'),
               'Befundbericht Krankentagegeld – Frau Hölscher', date(2025, 10, 17, 9, 2), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor', \
        'request to GP: named patient with adjustment disorder F43.2, workplace conflict, sickness allowance'


# --------------------------------------------------------------------------
def m103():
    pem = """-----BEGIN CERTIFICATE-----
MIICfzCCAiagAwIBAgICEAAwCgYIKoZIzj0EAwIwgZAxCzAJBgNVBAYTAkRFMSow
KAYDVQQKDCFBdWVud2FsZCBLcmFua2VudmVyc2ljaGVydW5nIGEuRy4xJjAkBgNV
BAMMHUF1ZW53YWxkIEludGVybmF0aW9uYWwgSGVhbHRoMS0wKwYJKoZIhvcNAQkB
Fh5pbnRlcm5hdGlvbmFsQGF1ZW53YWxkLmV4YW1wbGUwHhcNMjUwMTAxMDAwMDAw
WhcNMjcwMTAxMDAwMDAwWjCBkDELMAkGA1UEBhMCREUxKjAoBgNVBAoMIUF1ZW53
YWxkIEtyYW5rZW52ZXJzaWNoZXJ1bmcgYS5HLjEmMCQGA1UEAwwdQXVlbndhbGQg
SW50ZXJuYXRpb25hbCBIZWFsdGgxLTArBgkqhkiG9w0BCQEWHmludGVybmF0aW9u
YWxAYXVlbndhbGQuZXhhbXBsZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABLos
GavEF3ps2DUrbgiN7ihQJLtpa/8cgh7bm2V6YDsY90Etxp/vqDyDCTAl9xTEEgqK
b2BcnBJfySwV4gCtxkmjbjBsMAsGA1UdDwQEAwIFoDATBgNVHSUEDDAKBggrBgEF
BQcDBDApBgNVHREEIjAggR5pbnRlcm5hdGlvbmFsQGF1ZW53YWxkLmV4YW1wbGUw
HQYDVR0OBBYEFLxc6MU73YiqWbGFn01JfE495JufMAoGCCqGSM49BAMCA0cAMEQC
IFhdWMJjCwB6Zo4YZZzgX1qeYAq1HiIrwtzo0vQZ8nYLAiAQnlNZcyiH7FylQbyM
DbxWS2AxakAEvlVRY2qSD4nI5Q==
-----END CERTIFICATE-----
"""
    body = """Hello,

you requested the S/MIME certificate of the address international@auenwald.example
by sending a message with the subject [ZERTIFIKAT].

The certificate is attached (PEM format). Import it into your mail program;
afterwards you can send us encrypted e-mail. This is particularly recommended if
you want to send us medical reports, invoices from doctors or therapists, or other
documents about your health.

Fingerprint (SHA-256):
2A:6F:96:67:D3:AD:4E:6F:03:DA:39:F7:C5:A1:E5:05:02:CC:E3:DE:E1:E0:B7:1F:FD:67:42:9B:94:A5:42:9F

Certificate directory: https://zertifikate.auenwald.example

This message was generated automatically. Your request did not reach a person."""
    eml = mail(('Auenwald Zertifikatsdienst', A('zertifikat')), 'support@helpdesk-munich.example',
               'Re: [ZERTIFIKAT] - certificate of international@auenwald.example', date(2025, 9, 30, 14, 0, 12),
               mixed(plain(body, cs='us-ascii', cte='7bit'),
                     att(pem, 'international_auenwald.pem', ctype='application/x-pem-file', cte='7bit')),
               mailer=None, cs='us-ascii', extra=[('Auto-Submitted', 'auto-replied')])
    return eml, 'NORMAL', 'en', 'insurer-to-customer', \
        'trap: automatic certificate answer mentioning medical reports generically'


# --------------------------------------------------------------------------
def m104():
    iban = 'DE11 1203 0000 1003 7499 21'
    body = """Dear Karim,

welcome on board! To prepare your first payroll (start date 1 February 2026) we have
set up your personnel record with the following data. Please check everything
carefully and reply by 15 January if anything needs correcting:

  Personnel no.:       108214
  Position:            Data Scientist - Claims Analytics Health, salary group TG 9
  Annual salary:       EUR 73,500 gross (12 x EUR 6,125)
  Date of birth:       28 June 1994
  Address (from 15 Jan): Goethestraße 71, 34119 Kassel
  Tax ID:              57 390 221 804 (tax class I)
  Social security no.: will be applied for by us
  Bank account:        Karim Haddad, IBAN {iban}

Your health insurance: you told us you will join the statutory scheme; please send
us the membership certificate of the fund you choose before your start date.

Best regards
Petra Ollendorf
HR | Auenwald Versicherungsgruppe""".format(iban=iban)
    eml = mail(OLLENDORF, ('Karim Haddad', 'karim.haddad@brusselsmail.example'), 'Your personnel data - please check',
               date(2025, 12, 18, 10, 40), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-applicant', \
        'new hire: salary, birth date, address, tax ID, IBAN'


# --------------------------------------------------------------------------
def m105():
    body = """Hallo Frau Reuß,

für unseren Fachtag am 24.09. bestätige ich die Bestellung:

  Teilnehmende:  58 Personen
  09:15          Kaffee, Tee, Wasser, Obst
  12:15          Mittagsbuffet: 2 warme Gerichte (eins davon vegetarisch),
                 Salatbar, Dessert
  14:30          Kaffee und Kuchen

Sonderwünsche (ohne Namen, bitte einfach separat kennzeichnen):
  - 9 x vegetarisch, 3 x vegan
  - 2 x glutenfrei
  - 1 x laktosefrei
  - 1 x ohne Nüsse (Allergie – bitte wirklich getrennt anrichten)

Raum: Konferenzzentrum "Fulda", Aufbau ab 8:30 Uhr. Rechnung bitte an
Kostenstelle 5100 (BU-Leistung), Bestellnummer BE-2025-00902.

Danke und viele Grüße
Bernd Sauter"""
    eml = mail(SAUTER, ('Catering Reuß', 'info@catering-reuss.example'), 'Fachtag 24.09. – Catering-Bestellung',
               date(2025, 9, 10, 10, 27), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'insurer-to-supplier', \
        'trap: catering order with anonymous dietary needs and an allergy, no person'


# --------------------------------------------------------------------------
def m106():
    body = """Hallo zusammen,

der Umzug in Haus C steht jetzt fest: Freitag, 14. November, ab 13 Uhr packen,
Montag, 17. November, arbeiten wir in den neuen Räumen (3. OG, C 3.01–3.09).

Was ihr tun müsst:
1. Umzugskisten gibt es ab Montag im Flur vor B 4.12 (max. 4 pro Person).
2. Alle Papierakten mit Gutachten, Berichten oder Anträgen kommen NICHT in
   normale Kisten, sondern in die grauen verplombbaren Sicherheitsbehälter.
   Die Plombennummern tragt ihr in die Liste an der Tür ein; Frank kontrolliert
   beim Auspacken.
3. Die abschließbaren Aktenschränke werden von der Firma mit Schlüssel
   transportiert – bitte vorher leeren ist NICHT nötig, nur abschließen.
4. Bildschirme, Docking-Stationen und Headsets bleiben stehen, in Haus C ist
   alles neu. Persönliche Tastaturen/Mäuse bitte beschriften.
5. Telefonnummern bleiben gleich.

Im neuen Bereich gibt es zwei Besprechungsräume mit Schallschutz für
Telefonate mit Kunden in schwierigen Situationen (C 3.05 und C 3.07) – bitte
über Outlook buchen.

Gruß
Katrin"""
    eml = mail(VOLLMER, ('Team PT', A('team-psychotherapie')), 'Umzug nach Haus C am 14./17.11.',
               date(2025, 10, 29, 14, 40), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: office move instructions about consultant-report files and secure containers, no person'


# --------------------------------------------------------------------------
def m107():
    body = """Done - GOP sent to the clinic at 15:10, copy in the e-file.

Rafael

> -----Original Message-----
> From: Donnelly, Claire
> Sent: Thursday, 13 November 2025 14:22
> To: Ortega, Rafael
> Subject: GOP needed today - Ivanov
>
> Rafael, can you issue a GOP today for Mr Stefan Ivanov (GCP-7730-6140)?
> He was admitted last night to the psychiatric ward of the Hospital General in
> Valencia after an overdose of his antidepressants (amitriptyline), apparently
> intentional - he's on the medical ward first for cardiac monitoring, then
> transfer to psychiatry. His sister called the assistance line. Estimated
> 10-14 days. The hospital needs it by 16:00 local time or they'll ask him to pay
> a deposit of EUR 5,000.
>
> Thanks, Claire"""
    eml = mail(ORTEGA, DONNELLY, 'RE: GOP needed today - Ivanov', date(2025, 11, 13, 15, 14),
               plain(body, cs='us-ascii', cte='7bit'), mailer='ol', cs='us-ascii',
               reply='<ivanov-gop-req.20251113@auenwald.example>')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'internal', \
        'body says only "Done"; quoted request: named member admitted after intentional overdose'


# --------------------------------------------------------------------------
def m108():
    body = """Dear Mr Whitaker,

We have not yet received the premium for your household contents insurance.

  Policy:             Auenwald Hausrat Basis, HR 61 702 3396
  Insured address:    Lessingstraße 5, 37085 Göttingen
  Amount due:         EUR 96.40 (annual premium 2025/2026, due 1 September 2025)
  Reminder fee:       none

The direct debit from your account (IBAN ending ...2917 76) was returned by your
bank on 4 September with the reason "account closed".

Please transfer the amount within two weeks of receiving this letter to:
  Auenwald Sach- und Haftpflichtversicherung AG
  IBAN DE13 5204 0021 0003 8172 64, reference HR 61 702 3396

Important (section 38 of the German Insurance Contract Act): if the amount is not
paid within this period, we are not obliged to pay for any loss occurring after
that date, and we may terminate the contract. If you have already paid, please
ignore this reminder. If you'd like to set up a new direct debit mandate, just reply
with your new bank details or use the customer portal.

Kind regards
Customer Service | Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(SERVICE, ('Michael Whitaker', 'mwhitaker@gottingen-mail.example'), 'Payment reminder HR 61 702 3396',
               date(2025, 9, 18, 6, 30), plain(body), mailer='sys')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'premium reminder: named customer, insured address, returned direct debit (insurer IBAN also present)'


# --------------------------------------------------------------------------
def m109():
    body = """Dear Sofia, dear Jens,

thank you for confirming. I'm sending the calendar invitation for our annual treaty
meeting in Kassel; the agenda is below and in the invitation.

1. Treaty results 2025 (quota share and stop loss, health and disability)
2. Aggregated BU experience 2015-2024, incl. chapter F incidence and recovery
   rates - presentation by Timo Brandl
3. Underwriting guidelines for applicants with past psychotherapy: proposal to
   shorten the look-back period from 10 to 5 years for the BU product
4. Terms for 2026 renewal
5. AOB

No individual risks or claims will be discussed in this meeting; the large-claims
review is a separate call in January.

Best regards
Rafael Ortega
Reinsurance & International | Auenwald Versicherungsgruppe"""
    cal = ics('treaty-2025-12@auenwald.example', '20251203T100000', '20251203T160000',
              'Annual treaty meeting Auenwald / Nordrück Re',
              'Auenwaldplatz 1, 34117 Kassel, Board room A 7.01',
              'Agenda: 1 treaty results 2025, 2 aggregated BU experience (chapter F), '
              '3 underwriting guidelines past psychotherapy, 4 renewal 2026, 5 AOB.',
              ('Rafael Ortega', 'rafael.ortega@auenwald.example'),
              [('Sofia Lind', 's.lind@nordrueck-re.example'), ('Jens Aalto', 'j.aalto@nordrueck-re.example'),
               ('Timo Brandl', 'timo.brandl@auenwald.example')])
    eml = mail(ORTEGA, [('Sofia Lind', 's.lind@nordrueck-re.example'), ('Jens Aalto', 'j.aalto@nordrueck-re.example')],
               'Invitation: Annual treaty meeting 3 December 2025', date(2025, 11, 6, 10, 0),
               mixed(plain(body, cs='us-ascii', cte='7bit'),
                     att(cal, 'treaty_meeting_2025-12-03.ics', ctype='text/calendar', cte='base64', cs='utf-8',
                         extra_ct='; method=REQUEST'), style='ol'),
               mailer='ol', cs='us-ascii', cc=[BRANDL])
    return eml, 'NORMAL', 'en', 'insurer-to-partner', \
        'trap: reinsurance meeting invitation (ICS) about chapter F experience and psychotherapy underwriting rules'


# --------------------------------------------------------------------------
def m110():
    body = """Sehr geehrte Frau Nikolaidou,

wie gewünscht erhalten Sie anbei die Aufstellung aller im Jahr 2024 erstatteten
Rechnungen als CSV-Datei für Ihre Steuerberaterin. Die Datei lässt sich mit Excel
öffnen.

Mit freundlichen Grüßen
Dennis Yilmaz
Kundenservice
Auenwald Krankenversicherung a.G."""
    rows = [['Versicherungsnummer', 'Versicherte Person', 'Rechnungsdatum', 'Leistungserbringer', 'Art', 'Betrag EUR', 'erstattet EUR'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '15.01.2024', 'Dipl.-Psych. R. Hallmann', 'Psychotherapie (GOÄ 870 x4)', '402,20', '402,20'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '12.02.2024', 'Dipl.-Psych. R. Hallmann', 'Psychotherapie (GOÄ 870 x4)', '402,20', '402,20'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '04.03.2024', 'Dr. med. P. Varga', 'Psychiatrie (GOÄ 1, 804, 806)', '64,38', '64,38'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '04.03.2024', 'Löwen-Apotheke', 'Sertralin 50 mg N3', '38,14', '38,14'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '11.03.2024', 'Dipl.-Psych. R. Hallmann', 'Psychotherapie (GOÄ 870 x4)', '402,20', '402,20'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '22.05.2024', 'Zahnarztpraxis Dr. Lenz', 'Prophylaxe', '118,50', '94,80'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '03.07.2024', 'Dr. med. P. Varga', 'Psychiatrie (GOÄ 804)', '20,11', '20,11'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '03.07.2024', 'Löwen-Apotheke', 'Sertralin 50 mg N3', '38,14', '38,14'],
            ['KV 40 558 017', 'Eleni Nikolaidou', '18.11.2024', 'Augenoptik Brill', 'Brillengläser', '412,00', '250,00'],
            ['', '', '', '', 'Summe', '1.897,87', '1.712,17']]
    eml = mail(YILMAZ, ('Eleni Nikolaidou', 'eleni.nikolaidou@hellas-post.example'), 'Ihre Jahresübersicht 2024',
               date(2025, 2, 26, 11, 17),
               mixed(plain(body), att(csvdata(rows, ';', 'cp1252'), 'Erstattungen_2024_KV40558017.csv',
                                      ctype='application/vnd.ms-excel'), style='ol'), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'harmless body; windows-1252 CSV lists psychotherapy, psychiatrist and sertraline reimbursements of a named person'


# --------------------------------------------------------------------------
def m111():
    body = """Sehr geehrter Herr Achterkamp,

zu Ihrem Einbruchdiebstahl-Schaden (Hausratversicherung HR 61 118 2209,
Schadennummer HR-25-017744) haben wir die Stehlgutliste und die Anzeige der
Polizei (Tagebuchnummer 2741/25/300118, Polizeirevier Kassel-Mitte) erhalten.

Ihre Angaben:
  Tatzeit:        07.08.2025 zwischen 08:30 und 17:45 Uhr
  Tatort:         Ihre Wohnung, Wolfsschlucht 11, 2. OG rechts, 34117 Kassel
  Zugang:         Wohnungstür aufgehebelt (Spuren lt. Polizeibericht)

Stehlgut lt. Ihrer Liste:
  Notebook Lenovo ThinkPad X1 (2023)                 1.699,00 EUR
  Spielekonsole inkl. 2 Controller                     549,00 EUR
  Armbanduhr (Erbstück, Wertgutachten fehlt noch)    ca. 2.500,00 EUR
  Bargeld                                              380,00 EUR

Bitte reichen Sie für die Uhr noch Fotos und, falls vorhanden, ein Wertgutachten
oder einen Kaufbeleg ein. Bargeld ist bis 1.500 EUR versichert.

Unser Regulierer Herr Kampe wird sich zur Besichtigung der Tür bei Ihnen melden.

Mit freundlichen Grüßen
Oliver Franck
Schaden Hausrat
Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(FRANCK, ('Lars Achterkamp', 'lars.achterkamp@kasselnetz.example'), 'Ihr Schaden HR-25-017744',
               date(2025, 8, 12, 13, 5), plain(body, cte='8bit'), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'burglary claim: named customer, address, stolen items and police reference; no health data'


# --------------------------------------------------------------------------
def m112():
    body = """Sehr geehrte Kundin, sehr geehrter Kunde,

zum 1. Januar 2026 passen wir die Beiträge in einigen Tarifen unserer
Krankheitskostenversicherung an. Ihr persönliches Schreiben mit Ihrem neuen
Beitrag erhalten Sie bis Ende November per Post – diese E-Mail dient nur Ihrer
Vorabinformation.

Warum steigen die Beiträge?
Die Leistungsausgaben sind deutlich gestiegen, vor allem für Krankenhaus-
behandlungen, Arzneimittel und ambulante Psychotherapie (+16 % gegenüber 2023).
Das Gesetz (§ 155 VAG) schreibt uns vor, die Beiträge dann zu überprüfen; ein
unabhängiger Treuhänder hat die Anpassung geprüft.

Durchschnittliche Veränderung je Tarif:
  KV-Start 70           + 6,8 %
  KV-Komfort 80         + 5,1 %
  KV-Premium 100        + 4,4 %
  Pflegepflicht (PPV)   + 0,0 %

Ihre Möglichkeiten: Tarifwechsel nach § 204 VVG, höhere Selbstbeteiligung oder
Verzicht auf einzelne Bausteine. Wir beraten Sie gern: 0561 7080-2000.

Mit freundlichen Grüßen
Ihre Auenwald Krankenversicherung a.G.

Sie erhalten diese E-Mail, weil Sie Informationen per E-Mail zugestimmt haben.
Abmelden: https://mein.auenwald.example/einstellungen/newsletter"""
    eml = mail(('Auenwald Krankenversicherung', A('kundeninfo')), ('Kundinnen und Kunden KV', A('kundeninfo-kv-verteiler')),
               'Vorabinformation: Beitragsanpassung zum 1. Januar 2026', date(2025, 11, 3, 7, 15),
               plain(body, cte='base64'), mailer='nx',
               extra=[('List-Unsubscribe', '<https://mein.auenwald.example/einstellungen/newsletter>'),
                      ('Precedence', 'bulk')])
    return eml, 'NORMAL', 'de', 'newsletter', \
        'trap: base64 mass mailing about premium increase citing psychotherapy cost trends, no person'


# --------------------------------------------------------------------------
def m113():
    body = """Dear Dr Hollis,

Further to our phone call, we would like to instruct you to carry out an independent
psychiatric examination in the following claim. The file is available in the consultant
portal from today (case code LF-25-0058-12).

Claimant:        Mr Arjun Mehta, born 14 October 1988, Kassel (interpreter not required)
Occupation:      bank cashier / customer adviser
Claim:           occupational disability since 3 February 2025
Diagnoses given: post-traumatic stress disorder (F43.1) after an armed robbery at his
                 workplace on 31 January 2025; treating psychiatrist Dr. Varga,
                 trauma-focused CBT with Dipl.-Psych. Lorenz, sertraline 100 mg

Questions:
1. Which diagnoses can you confirm (ICD-10), including severity?
2. To what extent is Mr Mehta currently able to perform his last occupation as
   described in the job description in the file (in %)?
3. Since when has this impairment existed, and what is the prognosis over the
   next 6, 12 and 24 months?
4. Are there indications of symptom exaggeration (please use validated instruments)?
5. What further treatment would you recommend?

Mr Mehta has agreed to the examination and prefers a morning appointment; please
contact him directly at +49 160 5550 2741. Fee as agreed: EUR 1,100 plus travel costs.

Kind regards
Henrik Lanz
Disability Claims | Auenwald Lebensversicherung AG"""
    eml = mail(LANZ, ('Dr Eleanor Hollis', 'e.hollis@hollis-psychiatry.example'),
               'Instruction - independent examination LF-25-0058-12', date(2025, 7, 2, 11, 40),
               plain(body), mailer='ol', cc=[RIBEIRO])
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-consultant', \
        'examination order: named claimant, birth date, PTSD F43.1, treatment and medication'


# --------------------------------------------------------------------------
def m114():
    iban = 'DE73 2004 1111 0003 3847 12'
    body = """Hallo Oliver,

Beschwerde-Eskalation aus dem Kundenservice, bitte heute noch klären - die Kundin
hat mit der BaFin gedroht und war am Telefon sehr verärgert (zu Recht, finde ich).

Kundin:        Frau Ursula Brettschneider, Grüner Weg 9, 34270 Schauenburg
Verträge:      Hausrat HR 61 440 1873, Glas GL 09 112 776
Problem:       Die Beiträge für September wurden doppelt abgebucht (2 x 23,70 EUR
               und 2 x 4,10 EUR) von ihrem Konto {iban}.
               Laut Kontoauszug, den sie hochgeladen hat, ist ihr Konto dadurch
               ins Minus gerutscht (Dispozinsen 6,12 EUR).
Wunsch:        Rückerstattung der doppelten Beträge + Dispozinsen, schriftliche
               Entschuldigung

Ursache laut IT: Lastschriftlauf vom 01.09. wurde nach einem Abbruch doppelt
gestartet (betrifft 312 Verträge, Liste bei Nils). Für alle anderen läuft die
Rückbuchung automatisch, Frau Brettschneider möchte aber einen persönlichen
Ansprechpartner.

Kannst du ihr bitte schreiben? Vorschlag: 55,72 EUR Erstattung (inkl. Zinsen)
plus 20 EUR Kulanz.

Danke, Sarah"""
    eml = mail(KOWALCZYK, FRANCK, 'Beschwerde Brettschneider - Doppelabbuchung', date(2025, 9, 5, 10, 48),
               plain(body, cs='iso-8859-1', cte='quoted-printable'), mailer='ol', cs='iso-8859-1')
    return eml, 'CONFIDENTIAL', 'de', 'internal', \
        'complaint escalation: named customer, address, IBAN, overdraft; property policies only'


# --------------------------------------------------------------------------
def m115():
    body = """Hallo Katrin,

das Ergebnis der Qualitätsstichprobe PT für das 3. Quartal (Revision, 40 zufällig
gezogene Vorgänge, Prüfer: Frank und ich im Vier-Augen-Prinzip):

Prüfpunkt                                         i. O.   Fehler   Quote
Tarifliche Sitzungsgrenze korrekt angewendet       39       1      2,5 %
Gutachterpflicht korrekt erkannt                    38       2      5,0 %
Chiffre vollständig, keine Klardaten auf Deckblatt  40       0      0,0 %
Fristen (Zusage < 14 Tage) eingehalten              34       6     15,0 %
Textbaustein aktuell (TB-PT-07 v3)                  36       4     10,0 %
Ablehnung begründet + Ombudsmann-Hinweis            5 von 5  0      0,0 %

Auffällig sind nur die Fristen (Urlaubszeit + Gutachterengpass im August) und die
alten Textbausteine – die vier Fälle sind alle von Anfang Juli, also noch vor der
Umstellung.

Vorschlag für die Teamrunde: kurze Auffrischung zu den Gutachtergrenzen bei
Tarifwechslern (die beiden Fehler waren Wechsler von KV-Start nach KV-Komfort).

Keine Einzelfälle mit Namen im Bericht, die Vorgangsnummern hat die Revision.

Sabine"""
    eml = mail(ROTHKEGEL, VOLLMER, 'Qualitätsstichprobe PT Q3/2025', date(2025, 10, 9, 16, 6), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: quality audit of psychotherapy claims, aggregated error rates, no case names'


# --------------------------------------------------------------------------
def m116():
    body = """Sehr geehrte Frau Dr. Imhoff,

vielen Dank für den Verlängerungsantrag vom 17.11.2025 für Ihre Patientin
Frau Heike Brandstätter (KV 25 310 664) in der Tagesklinik am Mühlbach.

Wir haben den Antrag mit unserem beratenden Arzt besprochen. Nach Ihrem
Verlaufsbericht hat sich die depressive Symptomatik (rezidivierende depressive
Störung, gegenwärtig mittelgradige Episode, F33.1) in den bisherigen sechs Wochen
deutlich gebessert (HAMD von 24 auf 12), die Patientin nimmt seit dem 10.11. an
der Belastungserprobung zu Hause teil und die ambulante Weiterbehandlung bei
Herrn Dr. Engert ist ab dem 08.12. gesichert.

Wir übernehmen daher die Kosten für eine Verlängerung um zwei weitere Wochen
bis einschließlich 05.12.2025, nicht jedoch für die beantragten vier Wochen.
Eine darüber hinausgehende teilstationäre Behandlungsbedürftigkeit ist aus dem
Bericht nicht ersichtlich. Sollte sich der Zustand verschlechtern, senden Sie
uns bitte einen aktuellen Befund, wir entscheiden dann kurzfristig neu.

Mit freundlichen Grüßen
Katrin Vollmer
Teamleitung Leistung Psychotherapie / Psychosomatik
Auenwald Krankenversicherung a.G."""
    eml = mail(VOLLMER, ('Dr. med. Carola Imhoff', 'c.imhoff@tagesklinik-muehlbach.example'),
               'Verlängerung teilstationär Brandstätter, KV 25 310 664 – F33.1',
               date(2025, 11, 19, 13, 52), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-clinic', \
        'day-clinic extension partly approved: named patient, F33.1 in subject and body, HAMD scores'


# --------------------------------------------------------------------------
def m117():
    body = """Hi everyone,

next Lunch & Learn: "GOÄ analog codes in psychotherapy - what's allowed?"
Thursday, 27 November, 12:15-13:00, room C 3.05 (or Teams, link in the invite).

Melike will walk us through:
- no. 870 vs. 861/863 vs. 865 - behavioural vs. psychodynamic vs. analytic
- 808 (application/report) - when we pay it twice and when not
- analogous billing for video sessions and for EMDR ("A 870" etc.)
- new: what to do with invoices for Systemic Therapy (no GOÄ number of its own)
- typical errors: group sessions billed as individual sessions, double-length
  sessions, missing factors > 2.3 without justification

Examples are made up, no real invoices. Bring your lunch, we bring the coffee.

Jonas"""
    eml = mail(BREHM, [('Team PT', A('team-psychotherapie')), ('Team International Claims', A('team-international'))],
               'Lunch & Learn 27 Nov: GOÄ analog codes in psychotherapy', date(2025, 11, 20, 9, 3),
               plain(body), mailer='ol')
    return eml, 'NORMAL', 'en', 'internal', \
        'trap: internal talk on psychotherapy billing codes, invented examples only'


# --------------------------------------------------------------------------
def m118():
    body = """Sehr geehrte Frau Kollegin Hoss,

in der Sache Ihrer Mandantin Frau Lisa Marquardt ./. Immobilien Kronau GmbH
(unsere Schadennummer RS-S-25-006920) erhalten Sie wie beantragt einen
Gebührenvorschuss für das nunmehr eingeleitete gerichtliche Verfahren
(AG Kassel, Az. 451 C 3318/25):

  Verfahrensgebühr Nr. 3100 VV RVG (1,3)       327,60 EUR
  Auslagenpauschale Nr. 7002 VV RVG              20,00 EUR
  19 % USt                                       66,04 EUR
  Summe                                         413,64 EUR
  abzgl. Selbstbeteiligung der Mandantin       -250,00 EUR
  Zahlung                                       163,64 EUR

Die Gerichtskosten (Gerichtskostenvorschuss 3 Gebühren, Streitwert 2.871,04 EUR)
haben wir direkt an die Gerichtskasse überwiesen.

Die Zahlung an Ihre Kanzlei erfolgt auf das uns bekannte Kanzleikonto.

Mit freundlichen Grüßen
Rafael Ortega
Rechtsschutz-Schaden"""
    eml = mail(ORTEGA, ('RAin Petra Hoss', 'kanzlei@hoss-recht.example'), 'RS-S-25-006920 Marquardt ./. Kronau – Vorschuss',
               date(2025, 10, 1, 10, 39), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer', \
        'legal expenses fee advance: named customer, court case, claim number; tenancy matter'


# --------------------------------------------------------------------------
def m119():
    body = """Guten Tag Herr Wenzel,

wir möchten für die Pausenräume der Leistungsabteilungen Tageslichtlampen
anschaffen – Idee aus dem BGM-Arbeitskreis gegen das "Winterloch" (keine
medizinische Anwendung, nur zur allgemeinen Nutzung).

Bitte um Angebot für:
  12 Stück Tageslichtlampe 10.000 Lux, UV-frei, Tischgerät, CE
   2 Stück Standgerät für die großen Pausenräume Haus B und Haus C
  Lieferung frei Haus bis KW 46, Aufstellung nicht nötig

Angebote mit Datenblatt bitte bis 10.10. an mich. Falls Sie auch
Leasing anbieten, gern als Alternative.

Mit freundlichen Grüßen
Bernd Sauter
Einkauf
Auenwald Versicherungsgruppe"""
    eml = mail(SAUTER, ('Tobias Wenzel', 'vertrieb@lichtwerk-buero.example'), 'Angebotsanfrage Tageslichtlampen',
               date(2025, 9, 26, 11, 2), plain(body, cs='windows-1252', cte='quoted-printable'), mailer='ol', cs='windows-1252')
    return eml, 'NORMAL', 'de', 'insurer-to-supplier', \
        'trap: request for quote on daylight lamps against winter blues, no person'


# --------------------------------------------------------------------------
def m120():
    body = """Dear Ms Fitzgerald,

Thank you for your baggage claim. We have checked the documents and can settle the
claim as follows:

  Policy:          Auenwald Travel Annual Plus, RG 44 208 1150
  Claim no.:       RG-25-04471
  Incident:        suitcase not delivered on flight FRA-DUB, 22 July 2025, declared
                   lost by the airline on 12 August (PIR ref. DUBEI 48211)
  Items claimed:   clothing and toiletries EUR 1,240.00, suitcase EUR 189.00
  Airline payment: EUR 600.00 already received by you (deducted)
  Age deduction:   30 % on clothing (EUR 372.00)
  Payable:         EUR 457.00

We will transfer EUR 457.00 to your account (IBAN ending ...6618 04) within
five working days. If the suitcase is found later, please let us know.

Kind regards
Oliver Franck
Travel Insurance Claims | Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(FRANCK, ('Niamh Fitzgerald', 'niamh.fitzgerald@eiremail.example'), 'Claim RG-25-04471 - settlement',
               date(2025, 8, 27, 14, 15), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'baggage claim: named customer, policy and claim numbers, payout; no health content'


# --------------------------------------------------------------------------
def m121():
    body = """Lukas,

das Fax ist durch, liegt im Sammelordner – bitte zuordenen und Miriam bei
Rückkehr bescheid geben.

Tobias"""
    cover = pdf([
        '# TELEFAX',
        '',
        'An:      Auenwald Krankenversicherung a.G., Leistung Krankenhaus',
        'Fax:     0561 7080-4499',
        'Von:     Klinik Bad Auenstein, Patientenverwaltung',
        'Datum:   02.09.2025, 10:47',
        'Seiten:  1 (inkl. Deckblatt)',
        '',
        'Betreff: Verlaengerungsantrag - Unterlagen folgen per Post',
        '',
        'Sehr geehrte Damen und Herren,',
        'der Verlaengerungsantrag mit aerztlicher Begruendung folgt heute per Post.',
        'Bitte bestaetigen Sie vorab telefonisch unter 05652 91-0 die Kostenuebernahme',
        'bis zum Eingang der Unterlagen.',
        '',
        'Mit freundlichen Gruessen',
        'Patientenverwaltung',
    ], 'Fax')
    eml = mail(UNGERER, PETERSEN, 'Fax zuordnen', date(2025, 9, 2, 11, 5),
               mixed(plain(body, cte='8bit'),
                     att(cover, 'Fax_Bad-Auenstein_Kranich-Juergen_KV19330872_Verlaengerung_F33.3_Nahrungsverweigerung.pdf'),
                     style='ol'), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'internal', \
        'only in the attachment file name: named insured, contract no., F33.3 and food refusal; fax cover is harmless'


# --------------------------------------------------------------------------
def m122():
    body = """Liebe Kolleginnen und Kollegen aus PT, KT, BU und Fallmanagement,

viele von euch haben in der Mitarbeiterbefragung gesagt, dass Gespräche mit
Menschen in Krisen oder das Lesen belastender Berichte nachwirken. Deshalb
bieten wir ab Januar eine externe Gruppensupervision an:

  wann:    jeden zweiten Dienstag im Monat, 15:00–16:30 Uhr
  wo:      Raum C 3.07 (schallgeschützt)
  wer:     Frau Dipl.-Soz.-Päd. Gunhild Maas, Supervisorin (DGSv-zertifiziert)
  Gruppe:  max. 10 Personen, feste Gruppe für ein Jahr

Die Teilnahme ist freiwillig und Arbeitszeit. Was in der Supervision besprochen
wird, bleibt dort – Frau Maas berichtet uns nichts über Inhalte oder Personen.
Fälle werden nur anonym besprochen.

Anmeldung bis 12.12. formlos an mich.

Viele Grüße
Petra Ollendorf
Personalentwicklung"""
    eml = mail(OLLENDORF, [('Leistung alle', A('leistung-alle'))], 'Neu ab Januar: Supervision für die Leistungsteams',
               date(2025, 11, 26, 13, 13), plain(body, cte='8bit', flowed=True), mailer='tb')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: staff supervision offer about stressful crisis calls, anonymous, no person data'


# --------------------------------------------------------------------------
def m123():
    body = """Sehr geehrte Frau Tran,

zu Ihrer Schadenmeldung aus der Privathaftpflichtversicherung:

  Versicherungsnummer:  PHV 12 630 8851
  Schadennummer:        HP-25-034402
  Schaden:              Mietsachschaden – Brandfleck im Laminat (Wohnzimmer) durch
                        umgefallene Kerze, Mietwohnung Frankfurter Str. 210,
                        34134 Kassel
  Vermieter:            Herr Gerhard Kuhlmann, Baunatal

Ihr Vermieter verlangt den Austausch des Laminats im ganzen Raum (24 m²) für
1.980,00 EUR. Nach unserer Prüfung ist nur der Austausch der beschädigten Dielen
erforderlich; Ersatzdielen sind beim Hersteller noch erhältlich. Wir haben dem
Vermieter daher 486,00 EUR angeboten (Material + 3 Stunden Arbeitszeit) und
werden den Betrag direkt an ihn überweisen, sobald er zustimmt.

Bei Auszug werden Sie nicht noch einmal in Anspruch genommen – das haben wir mit
dem Vermieter schriftlich vereinbart.

Mit freundlichen Grüßen
Oliver Franck
Schaden Haftpflicht"""
    eml = mail(FRANCK, ('Thi Lan Tran', 'lan.tran@nordhessen-post.example'), 'HP-25-034402 Mietsachschaden',
               date(2025, 12, 3, 10, 22), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'tenant liability claim: named customer, rental address, landlord, claim number'


# --------------------------------------------------------------------------
def m124():
    body = """Dear Ms Holloway,

Thank you for your message and for your commitment to your employees' wellbeing.

I understand that you would like to know which of your employees have used the
counselling service or psychotherapy through the group health contract, so that
managers can "offer support proactively". I'm afraid we cannot share this
information, not even with consent forms collected by HR: whether and why a person
sees a therapist is health data, and we only share it with the person concerned.
The same applies to the Lumen counselling service, which reports nothing to us or
to you about individuals.

What we can offer for your 340 insured employees:
- an annual aggregated report (number of counselling contacts, share of
  psychotherapy users, top three topic areas) - only if every cell has at least
  10 persons, otherwise we merge or suppress it;
- a free workshop for managers, "Noticing and addressing stress in the team";
- material for your intranet about the EAP hotline (0800 586 3600).

Happy to discuss this in a call next week.

Best regards
Sven Kühnel
Corporate Clients | Auenwald Versicherungsgruppe"""
    eml = mail(KUEHNEL, ('Rebecca Holloway', 'r.holloway@brightline-software.example'),
               'RE: Employee wellbeing - usage data', date(2025, 7, 17, 15, 31),
               plain(body, cte='quoted-printable'), mailer='ol')
    return eml, 'NORMAL', 'en', 'insurer-to-company', \
        'trap: employer asks which employees used therapy; insurer refuses, offers aggregates only'


# --------------------------------------------------------------------------
def m125():
    inner_body = """Hello,

our son Noah (6) was diagnosed with autism spectrum disorder (the report says
"frühkindlicher Autismus F84.0") at the SPZ in Kassel last month. They recommend
intensive therapy, and we were told about ABA which is common back home in the US,
but we don't know if it exists here or if insurance covers it. He's also on a
waiting list for occupational therapy and speech therapy.

What exactly is covered under my husband's plan, and do we need an application?
We are happy to send the diagnostic report.

Thank you,
Laura Benning"""
    inner = inner_mail(('Laura Benning', 'laura.benning@usmail-berlin.example'), 'service@auenwald.example',
                       'Autism therapy for our son Noah', date(2025, 12, 2, 19, 44),
                       plain(inner_body, cte='8bit'), mailer='ap')
    body = """Melike, kannst du das bitte übernehmen? Die Mutter schreibt Englisch, Vertrag ist der
des Vaters (KV 46 022 918), Sohn ist VP 03. Frage ist im Kern: zahlen wir ABA-Therapie
bzw. welche Autismus-Therapie zahlen wir? Ich habe ihr gesagt, dass sich jemand aus
dem PT-Team meldet. Original hängt an.
Danke, Dennis"""
    eml = mail(YILMAZ, ARSLAN, 'WG: Autism therapy for our son Noah', date(2025, 12, 3, 8, 26),
               mixed(plain(body), fwd(inner, 'Autism therapy for our son Noah.eml'), style='ol'), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'mixed', 'customer', \
        'German note with the English parent mail as message/rfc822: child with autism F84.0, contract no.'


# --------------------------------------------------------------------------
def m126():
    iban = 'DE04 4405 0199 0002 2917 76'
    body = """Sehr geehrter Herr Whitaker, dear Mr Whitaker,

vielen Dank für Ihr neues SEPA-Mandat. / Thank you for your new direct debit mandate.

  Vertrag / policy:           Hausrat Basis HR 61 702 3396
  Kontoinhaber / holder:      Michael Whitaker
  IBAN:                       {iban}
  Mandatsreferenz / ref.:     HR617023396-03

Der offene Beitrag von 96,40 EUR wird am 06.10.2025 eingezogen. Die Zahlungs-
erinnerung vom 18.09. ist damit erledigt; der Versicherungsschutz besteht
ununterbrochen fort.
The outstanding premium of EUR 96.40 will be collected on 6 October 2025. This
settles the reminder of 18 September; your cover continues without interruption.

Mit freundlichen Grüßen / Kind regards
Sarah Kowalczyk
Kundenservice / Customer Service
Auenwald Sach- und Haftpflichtversicherung AG""".format(iban=iban)
    eml = mail(KOWALCZYK, ('Michael Whitaker', 'mwhitaker@gottingen-mail.example'),
               'Neues SEPA-Mandat / new direct debit mandate HR 61 702 3396', date(2025, 9, 29, 9, 48),
               plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'mixed', 'insurer-to-customer', \
        'bilingual mandate confirmation: named customer, IBAN, household policy'


# --------------------------------------------------------------------------
def m127():
    body = """Sehr geehrter Herr Dr. Engert,

vielen Dank für Ihre allgemeine Anfrage zur Gruppentherapie. Gern beantworte ich
Ihre Fragen – ohne Bezug auf einzelne Patientinnen oder Patienten:

1. Gruppentherapie (tiefenpsychologisch fundiert) rechnen Sie bei uns nach GOÄ
   Nr. 862 ab; den Steigerungsfaktor bis 2,3 erkennen wir ohne Begründung an,
   darüber nur mit patientenbezogener Begründung auf der Rechnung.
2. Eine Doppelstunde (100 Min.) zählt als zwei Sitzungen für das tarifliche
   Kontingent.
3. Kombinationsbehandlung (Einzel + Gruppe) ist in allen Vollversicherungstarifen
   möglich; die Gruppenstunden werden auf die Höchstzahl angerechnet.
4. Videogruppen: erstattungsfähig, sofern alle Teilnehmenden in Deutschland sind
   und eine zertifizierte Videoplattform verwendet wird.

Unsere Behandlerinformation mit allen Details finden Sie unter
https://behandler.auenwald.example/psychotherapie/abrechnung.

Mit freundlichen Grüßen
Jonas Brehm
Leistung Psychotherapie"""
    eml = mail(BREHM, ('Dr. Matthias Engert', 'engert@praxis-engert.example'), 'AW: Allgemeine Frage Gruppentherapie',
               date(2025, 9, 16, 14, 9), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'insurer-to-therapist', \
        'grey zone/trap: general billing answer to a named therapist, no patient, no private data'


# --------------------------------------------------------------------------
def m128():
    body = """Sehr geehrte Frau Dr. Stein,

wie telefonisch besprochen anbei das Anlagenkonvolut B 12 – B 15 in der Sache
Kaiser ./. Auenwald LV (4 O 1187/24) als ZIP. Das Passwort für die Dateien kommt
nicht – wir haben die ZIP-Datei wie vereinbart nicht verschlüsselt, der Versand
läuft über unser sicheres Gateway.

Bitte bestätigen Sie kurz den Eingang.

Mit freundlichen Grüßen
Henrik Lanz"""
    b12 = pdf([
        '# Anlage B 12 - Leistungsantrag vom 14.04.2023 (Auszug)',
        'Versicherungsnehmer: Markus Kaiser, geb. 03.06.1972, Vertriebsleiter',
        'Vertrag: BU-2016-0033912, BU-Rente 2.500 EUR monatlich',
        'Angegebene Erkrankung: Erschoepfungssyndrom ("Burnout"), Schlafstoerungen,',
        'Konzentrationsstoerungen, seit 01.03.2023 arbeitsunfaehig',
        'Behandelnde: Dr. med. A. Lenhart (Hausarzt), Dr. phil. M. Engert (Psychotherapie)',
    ], 'Anlage B 12')
    b13 = pdf([
        '# Anlage B 13 - Gutachten Prof. Dr. Lindqvist vom 18.11.2024 (Zusammenfassung)',
        'Diagnosen: F32.1 mittelgradige depressive Episode, weitgehend remittiert; Z73.0',
        'PHQ-9: 7 | BDI-II: 14 | Beschwerdenvalidierung: unauffaellig',
        'Leistungsfaehigkeit als Vertriebsleiter: mind. 60 %, keine BU im Sinne der AVB',
    ], 'Anlage B 13')
    pay = csvdata([['Monat', 'BU-Rente EUR', 'Beitragsbefreiung EUR', 'Status'],
                   ['2023-03', '2500,00', '118,40', 'gezahlt (Anerkenntnis befristet)'],
                   ['2023-04 bis 2024-02', '27500,00', '1302,40', 'gezahlt'],
                   ['2024-03 bis 2024-11', '0,00', '0,00', 'Leistung eingestellt nach Gutachten']], ';', 'utf-8', bom=True)
    z = zipf([('Anlagen_Kaiser_4O1187-24/B12_Leistungsantrag_Auszug.pdf', b12),
              ('Anlagen_Kaiser_4O1187-24/B13_Gutachten_Zusammenfassung.pdf', b13),
              ('Anlagen_Kaiser_4O1187-24/B15_Zahlungsverlauf.csv', pay)])
    eml = mail(LANZ, ('RAin Dr. Hella Stein', 'stein@stein-versicherungsrecht.example'),
               'Anlagenkonvolut B 12 – B 15', date(2025, 7, 9, 17, 2),
               mixed(plain(body), att(z, 'Anlagen_B12-B15.zip')), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer', \
        'inside a ZIP: PDFs and CSV with a named BU claimant, birth date, burnout/depression findings, payments'


# --------------------------------------------------------------------------
def m129():
    body = """Hallo Herr Kessel,

für die jährliche Führerscheinkontrolle (Dienstwagenregelung) hier die Daten von
Frau Katrin Vollmer, die ab 01.01.2026 einen Poolwagen der Kategorie B fest
nutzen wird:

  Name:              Katrin Vollmer, PNr. 100934
  Geburtsdatum:      29.04.1976
  Führerschein-Nr.:  B072XR4KL51
  Klasse:            B, BE (seit 1994)
  Ausstellung:       Stadt Kassel, 12.03.2013
  Wohnort (für Fahrtenbuch/geldwerten Vorteil): 34225 Baunatal, Entfernung 14 km

Die Kopie des Führerscheins liegt in der Personalakte. Die Sichtkontrolle hat
Herr Sauter am 05.12. gemacht.

Viele Grüße
Petra Ollendorf"""
    eml = mail(OLLENDORF, ('Jens Kessel', A('fuhrpark')), 'Führerscheinkontrolle PNr. 100934',
               date(2025, 12, 8, 9, 30), plain(body, cs='windows-1252', cte='8bit'), mailer='ol', cs='windows-1252')
    return eml, 'CONFIDENTIAL', 'de', 'internal', \
        'employee data for company car: birth date, driving licence number, home town'


# --------------------------------------------------------------------------
def m130():
    body = """Achtung – Phishing-Welle mit Bezug auf Psychotherapie-Anträge

Liebe Kolleginnen und Kollegen,

seit gestern Abend sind gefälschte E-Mails im Umlauf, die angeblich von uns
stammen. Mehrere Kundinnen und Kunden haben sie an den Service weitergeleitet.
Merkmale:

  Absender:  "Auenwald Leistungsservice" <leistung@auenwald-kundendienst.example>
             (NICHT unsere Domain!)
  Betreff:   "Ihr Antrag auf Psychotherapie wurde abgelehnt – Widerspruch bis morgen"
  Text:      "Sehr geehrte/r Kunde/in, Ihr Antrag auf Kostenübernahme wurde
              abgelehnt. Um Widerspruch einzulegen, melden Sie sich innerhalb von
              24 Stunden an: [Link]"
  Link:      führt auf eine nachgebaute Login-Seite

Die Mails sind besonders perfide, weil sie Menschen in einer belastenden Situation
unter Druck setzen. Bitte:
 - Kundinnen und Kunden, die anrufen, beruhigen: Wir lehnen nie per E-Mail ab und
   setzen keine 24-Stunden-Fristen.
 - Falls jemand Zugangsdaten eingegeben hat: Portal-Zugang sofort über die
   Admin-Oberfläche sperren und neues Einmal-Passwort per Post.
 - Weitergeleitete Phishing-Mails nicht öffnen, sondern an it-sicherheit@auenwald.example.

Die Domain ist bereits zur Sperrung gemeldet.

IT-Sicherheit / Nils Gerbracht"""
    eml = mail(GERBRACHT, [('Kundenservice alle', A('ks-alle')), ('Leistung alle', A('leistung-alle'))],
               'WARNUNG: Phishing "Ihr Antrag auf Psychotherapie wurde abgelehnt"', date(2025, 10, 28, 8, 2),
               plain(body), mailer='tb', prio='1 (Highest)')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: phishing warning quoting a fake therapy-rejection mail with placeholder salutation'


# --------------------------------------------------------------------------
def m131():
    txt = """Dear Mrs Adeyemi,

thank you for sending the treatment plan from Mr Brandt. We are happy to confirm
cover for your EMDR therapy.

Policy:            GCP-7730-5528 (Global Care Plus)
Therapist:         Jens Brandt, Psychological Psychotherapist, Göttingen
Diagnosis:         post-traumatic stress disorder after a road traffic accident
                   (F43.1), as stated in the treatment plan
Approved:          15 sessions of trauma-focused therapy incl. EMDR, 60 minutes
Reimbursement:     EUR 120.00 per session (100 %)
Valid until:       31 October 2026

About the other driver's insurance: you don't need to wait for it. We pay now
and claim the costs back from the liability insurer ourselves (subrogation). For
this we may ask you later for a copy of the police report.

If the nightmares or the shaking get worse before therapy starts, please call our
24/7 health line: +49 561 7080-9110.

Kind regards
Jonas Brehm
Psychotherapy Claims | Auenwald International Health"""
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mrs Adeyemi,</p>
<p>thank you for sending the treatment plan from Mr Brandt. We are happy to confirm cover for your EMDR therapy.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #bbb">
<tr><td><b>Policy</b></td><td>GCP-7730-5528 (Global Care Plus)</td></tr>
<tr><td><b>Therapist</b></td><td>Jens Brandt, Psychological Psychotherapist, G&ouml;ttingen</td></tr>
<tr><td><b>Diagnosis</b></td><td>post-traumatic stress disorder after a road traffic accident (F43.1), as stated in the treatment plan</td></tr>
<tr><td><b>Approved</b></td><td>15 sessions of trauma-focused therapy incl. EMDR, 60 minutes</td></tr>
<tr><td><b>Reimbursement</b></td><td>EUR 120.00 per session (100&nbsp;%)</td></tr>
<tr><td><b>Valid until</b></td><td>31 October 2026</td></tr>
</table>
<p>About the other driver&rsquo;s insurance: you don&rsquo;t need to wait for it. We pay now and claim the costs back
from the liability insurer ourselves (subrogation). For this we may ask you later for a copy of the police report.</p>
<p>If the nightmares or the shaking get worse before therapy starts, please call our 24/7 health line: +49&nbsp;561&nbsp;7080-9110.</p>
<p>Kind regards<br>Jonas Brehm<br>Psychotherapy Claims | Auenwald International Health</p>
</body></html>"""
    eml = mail(BREHM, ('Grace Adeyemi', 'grace.adeyemi@lagos-london-mail.example'), 'Your EMDR therapy - GCP-7730-5528',
               date(2025, 10, 23, 16, 41), alt(plain(txt), html(htm)), mailer='tb')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'EMDR approval for PTSD F43.1 of a named insured, plain and HTML table'


# --------------------------------------------------------------------------
def m132():
    body = """Wartungsarbeiten im Kundenportal / Portal maintenance

Am Samstag, 22. November 2025, von 20:00 bis 24:00 Uhr ist das Kundenportal
"Mein Auenwald" wegen Wartungsarbeiten nicht erreichbar. In dieser Zeit können Sie
keine Rechnungen, Anträge auf Psychotherapie oder Krankenhaus-Unterlagen hochladen
und keine Nachrichten lesen. Bereits eingereichte Unterlagen bleiben erhalten.

On Saturday, 22 November 2025, from 8 pm to midnight (CET), the customer portal
"Mein Auenwald" will be unavailable due to maintenance. During this time you cannot
upload invoices, therapy applications or hospital documents, or read messages.
Documents you have already submitted are not affected.

Im Notfall / in an emergency: 24/7-Gesundheitshotline +49 561 7080-9110

Ihre / Your Auenwald Versicherungsgruppe"""
    eml = mail(NOREPLY, ('Portal-Nutzerinnen und -Nutzer', A('portal-info-verteiler')),
               'Wartung Kundenportal 22.11. / Portal maintenance 22 Nov', date(2025, 11, 17, 12, 0),
               plain(body), mailer=None, extra=[('Precedence', 'bulk'), ('Auto-Submitted', 'auto-generated')])
    return eml, 'NORMAL', 'mixed', 'insurer-to-customer', \
        'trap: bilingual maintenance notice mentioning therapy applications generically'


# --------------------------------------------------------------------------
def m133():
    body = """Sehr geehrter Herr Brückmann,

vielen Dank für Ihre Meldung zu Ihrer Rechtsschutzversicherung (RS 52 905 3318).

Sie möchten gegen die Abmahnung Ihres Arbeitgebers (Logistikzentrum Lohfelden
GmbH) vom 12.08.2025 vorgehen. Leider können wir hierfür keinen Versicherungsschutz
gewähren:

Ihr Vertrag hat am 01.06.2025 begonnen. Für Streitigkeiten aus Arbeitsverhältnissen
gilt nach § 4 Abs. 1 ARB eine Wartezeit von drei Monaten. Der Rechtsschutzfall –
hier die Abmahnung bzw. der darin behauptete Pflichtverstoß vom 04.08.2025 – ist
innerhalb dieser Wartezeit eingetreten.

Ab dem 01.09.2025 eintretende neue Rechtsschutzfälle aus Ihrem Arbeitsverhältnis
sind selbstverständlich versichert.

Schadennummer zu Ihrer Information: RS-S-25-008067 (abgelehnt).

Mit freundlichen Grüßen
Rafael Ortega
Rechtsschutz-Schaden
Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(ORTEGA, ('Dirk Brückmann', 'dirk.brueckmann@kasselnetz.example'), 'RS-S-25-008067 – Ihre Anfrage Arbeitsrecht',
               date(2025, 8, 29, 12, 17), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'legal expenses rejection (waiting period): named customer, employer, warning letter; no health data'


# --------------------------------------------------------------------------
def m134():
    body = """anbei wie gewünscht.

Gruß
D. Yilmaz
Kundenservice Auenwald KV

-----Ursprüngliche Nachricht-----
Von: Anja Reinhold <anja.reinhold@kabelmail.example>
Gesendet: Montag, 24. November 2025 18:30
Betreff: Beleg

Hallo, können Sie mir die Rechnung vom September nochmal schicken? Ich habe das
Original weggeworfen und brauche sie für die Beihilfe. Danke"""
    scan = pdf([
        'Dr. med. Paul Varga - Facharzt fuer Psychiatrie und Psychotherapie',
        'Koenigsplatz 48 - 34117 Kassel',
        '',
        'Frau Anja Reinhold, Tulpenweg 3, 34292 Ahnatal          Kassel, 30.09.2025',
        '',
        '# PRIVATLIQUIDATION Nr. 2025-0912',
        'Diagnose: Zwangsstoerung, vorwiegend Zwangshandlungen (F42.1 G)',
        '',
        'Datum       GOAE   Leistung                                  Faktor   Betrag',
        '02.09.2025  1      Beratung                                  2,3      10,72',
        '02.09.2025  806    psychiatrische Behandlung, mind. 30 Min.  2,3      33,52',
        '16.09.2025  806    psychiatrische Behandlung, mind. 30 Min.  2,3      33,52',
        '16.09.2025  76     Diaetplan / schriftl. Verhaltensplan       2,3      10,05',
        '30.09.2025  804    psychiatrische Behandlung                 2,3      20,11',
        '',
        'Medikation: Fluvoxamin 100 mg 1-0-1 (Rezept 16.09.2025)',
        '',
        'Rechnungsbetrag: 107,92 EUR',
        'Zahlbar innerhalb von 30 Tagen auf IBAN DE56 6005 0101 7405 5198 23',
        '',
        '[Eingangsstempel Auenwald KV 06.10.2025 - gescannt SC02]',
    ], 'Scan 2025-10-06 SC02 0457')
    eml = mail(YILMAZ, ('Anja Reinhold', 'anja.reinhold@kabelmail.example'), 'AW: Beleg', date(2025, 11, 25, 8, 12),
               mixed(plain(body, cs='windows-1252', cte='quoted-printable'),
                     att(scan, 'SCAN_20251006_SC02_0457.pdf', ctype='application/octet-stream'), style='ol'),
               mailer='ol', cs='windows-1252')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'body "AW: Beleg"; scanned invoice sent as octet-stream PDF: OCD F42.1, fluvoxamine, psychiatrist'


# --------------------------------------------------------------------------
def m135():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

immer wieder erreichen uns Fragen, wie wir psychische Vorerkrankungen in der
Berufsunfähigkeitsversicherung einschätzen. Hier unsere aktualisierten
Annahmerichtlinien (Auszug, Stand 10/2025) – Orientierungswerte, die Einzelfall-
entscheidung bleibt vorbehalten:

Vorerkrankung (abgeschlossen)                     typisches Votum
---------------------------------------------------------------------------
Psychotherapie wegen Lebenskrise/Trauer, ≤ 25 Std.,
  > 2 Jahre beschwerdefrei                         normal
Anpassungsstörung / Belastungsreaktion,
  > 3 Jahre beschwerdefrei                         normal
einmalige leichte/mittelgradige depressive
  Episode, > 5 Jahre beschwerdefrei                normal oder Zuschlag
Burnout/Erschöpfung mit AU > 6 Wochen             Ausschluss psych. Erkr.
  (5 Jahre, Überprüfung auf Antrag)
rezidivierende Depression, Angststörung mit
  Medikation in den letzten 5 Jahren                Ausschluss oder Zurückstellung
Psychose, bipolare Störung, Suchterkrankung,
  Suizidversuch                                     Ablehnung

Bitte reichen Sie Risikovoranfragen ausschließlich über das Maklerportal ein –
anonymisiert ist möglich, aber nicht nötig, da das Portal verschlüsselt ist.

Ihr Team Risikoprüfung Leben/BU"""
    eml = mail(LANZ, ('Vertriebspartner BU', A('makler-bu-verteiler')), 'Annahmerichtlinien BU: psychische Vorerkrankungen (Stand 10/2025)',
               date(2025, 10, 10, 9, 30), plain(body, cte='8bit'), mailer='ol')
    return eml, 'NORMAL', 'de', 'insurer-to-broker', \
        'trap: generic BU underwriting guideline for mental-health history, no person'


# --------------------------------------------------------------------------
def m136():
    body = """Sehr geehrter Herr Reiter,

zu Ihrer anonymen Risikovoranfrage RV-25-3107 vom 01.12.2025:

  Kundin:       S. K., geb. 1991, Grundschullehrerin (verbeamtet auf Probe), Kassel
  Produkt:      Auenwald BU Premium, 2.000 EUR mtl., Endalter 67
  Angaben:      ambulante Verhaltenstherapie 03/2022 – 11/2022 (20 Sitzungen) wegen
                Panikattacken nach einem Autounfall; kurzzeitig Escitalopram
                (3 Monate), seit Ende 2022 beschwerdefrei, keine AU-Zeiten

Unser Votum (gültig 3 Monate, vorbehaltlich vollständiger Angaben im Antrag):
  - Annahme zu normalen Bedingungen ist nicht möglich, da die Behandlung mit
    Medikation weniger als 5 Jahre zurückliegt;
  - Angebot: Ausschlussklausel "Angststörungen und Panikstörung (F40–F41)" für
    5 Jahre, danach Überprüfung auf Antrag; Beitrag ohne Zuschlag.
  - Alternativ: Antrag ab 12/2027 ohne Ausschluss, wenn weiterhin beschwerdefrei.

Bitte beachten Sie: Auch wenn die Voranfrage anonym war, sind die Angaben für Sie
zuordenbar. Bitte leiten Sie unser Votum nur über den gesicherten Weg an Ihre
Kundin weiter.

Mit freundlichen Grüßen
Henrik Lanz
Risikoprüfung Leben/BU
Auenwald Lebensversicherung AG"""
    eml = mail(LANZ, ('Alexander Reiter', 'a.reiter@finanzkontor-reiter.example'), 'Risikovoranfrage RV-25-3107 – Votum',
               date(2025, 12, 4, 15, 10), plain(body), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', \
        'grey zone: "anonymous" pre-underwriting (initials, birth year, job) identifiable for the broker; panic disorder, SSRI'


# --------------------------------------------------------------------------
def m137():
    body = """Hi all,

a few of you asked for a consistent English wording when writing to international
members about psychotherapy. Attached is the glossary we agreed with Legal and the
translation agency - please use these terms from now on (especially "consultant
procedure", not "expert opinion procedure" or "assessor process").

No names or cases in the file, so feel free to save it locally.

Claire"""
    wb = xlsx([('Glossary', [
        ['German term', 'English term (use this)', 'Avoid', 'Note'],
        ['Gutachterverfahren', 'consultant procedure', 'expert opinion procedure', 'the consultant never sees the name'],
        ['Bericht an den Gutachter', 'report to the consultant', 'medical report', 'written by the therapist, sealed'],
        ['Chiffre', 'case code', 'cipher', ''],
        ['probatorische Sitzungen', 'probatory sessions', 'trial sessions', 'up to 5 without approval'],
        ['Kurzzeittherapie (KZT)', 'short-term therapy', '', '12 + 12 sessions'],
        ['Langzeittherapie (LZT)', 'long-term therapy', '', 'always consultant procedure'],
        ['Verhaltenstherapie', 'cognitive behavioural therapy (CBT)', 'behaviour therapy', ''],
        ['tiefenpsychologisch fundierte Psychotherapie', 'psychodynamic psychotherapy', 'depth psychology', ''],
        ['Kostenzusage', 'cost approval', 'guarantee', 'GOP only for hospitals abroad'],
        ['Krankentagegeld', 'daily sickness allowance', 'sick pay', ''],
        ['Berufsunfähigkeit', 'occupational disability', 'invalidity', 'BU, min. 50 %'],
        ['Schweigepflichtentbindung', 'authorisation to release medical information', 'waiver', ''],
    ])])
    eml = mail(DONNELLY, [('Team International Claims', A('team-international')), BREHM],
               'Glossary DE-EN psychotherapy claims (final)', date(2025, 12, 2, 10, 44),
               mixed(plain(body, cs='us-ascii', cte='7bit'), att(wb, 'Glossary_Psychotherapy_DE-EN_v1.xlsx')),
               mailer='tb', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'internal', \
        'trap: DE-EN glossary of psychotherapy claims terms in XLSX, no case data'


# --------------------------------------------------------------------------
def m138():
    body = """Dear Mr Gallagher,

We have received the photos and the estimate from your neighbour, thank you.

  Policy:      Auenwald Private Liability incl. dog owner's liability, PHV 12 887 0245
  Claim no.:   HP-25-039917
  Incident:    on 9 January 2026 your dog (Labrador "Murphy") dug under and damaged
               the wooden garden fence of your neighbour, Mrs Ruth Oberländer,
               Schillerstraße 14, 37083 Göttingen. Nobody was hurt.
  Estimate:    replacement of 4 fence panels incl. posts, EUR 1,136.00 (Holzbau Leine)

We consider the claim covered and will settle directly with Mrs Oberländer once we
have the final invoice. Your deductible of EUR 150 will be deducted from the
payment; she will receive the full amount and we will ask you to pay the deductible
to us separately.

Kind regards
Oliver Franck
Liability Claims | Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(FRANCK, ('Sean Gallagher', 'sean.gallagher@irishpost-mail.example'), 'Your claim HP-25-039917 (fence)',
               date(2026, 1, 14, 11, 27), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        "dog owner's liability: named customer and neighbour with address, claim number; nobody hurt"


# --------------------------------------------------------------------------
def m139():
    body = """Dear Mr Jansen,

Thank you for the 2025 service report. Our comments before the review meeting:

                                           2024    2025   SLA
Assistance cases Global Care Plus           1,214   1,388
  of which psychiatric emergencies            61      74
  of which repatriations with escort          19      23
  of which psychiatric escort (nurse/doctor)   7       9
First call answered < 60 s                  93 %    96 %   90 %
GOP issued < 4 h (working hours)            88 %    84 %   90 %  <- below
Case report to insurer < 24 h               97 %    98 %   95 %

Two points for the meeting:
1. GOP times fell below the SLA in Q3; your report explains this with staff
   shortages in August. Please show how you will avoid this in summer 2026.
2. For psychiatric emergencies we'd like a dedicated protocol: direct
   involvement of our medical team within 2 hours, and a standard risk assessment
   before any fit-to-fly decision. A draft is attached to the agenda.

Please send case-level information only through the secure case exchange, never
with the service report.

Best regards
Claire Donnelly
International Health Operations | Auenwald Versicherungsgruppe"""
    eml = mail(DONNELLY, ('Pieter Jansen', 'p.jansen@assist24-europe.example'), 'Service report 2025 - our comments',
               date(2026, 1, 20, 16, 3), plain(body), mailer='ol')
    return eml, 'NORMAL', 'en', 'insurer-to-partner', \
        'trap: assistance-partner SLA review with counts of psychiatric emergencies, no individual'


# --------------------------------------------------------------------------
def m140():
    body = """Dear Ms Raman,

I hope the last weeks have been a little easier. Dr. Albrecht has sent us her
application for continuing your treatment after the crisis sessions, and I'm
pleased to tell you that it has been approved. Our letter with all details is
attached.

In short: 25 further sessions of psychotherapy with Dr. Albrecht until the end of
November 2026, fully covered. You don't need to do anything - just keep sending the
invoices as before.

Please remember that you can always call me if things get difficult again.

Warm regards,
Miriam Schöning
Case Management | Auenwald International Health"""
    letter = [
        '# Auenwald International Health',
        'Auenwaldplatz 1, 34117 Kassel, Germany',
        '',
        'Ms Priya Raman - Policy GCP-7730-2094',
        'Kassel, 2 June 2025',
        '',
        '# Approval of outpatient psychotherapy',
        '',
        'Practitioner: Dr. med. Nora Albrecht, psychiatrist and psychotherapist, Kassel-Wilhelmshoehe',
        'Diagnoses (as stated): moderate depressive episode (F32.1 G); prolonged grief',
        'reaction after pregnancy loss (F43.2 G), suicidal ideation in April 2025 without',
        'attempt, currently no acute risk.',
        'Medication: sertraline 50 mg, prescribed by Dr. Albrecht.',
        'Approved: 25 sessions psychodynamic psychotherapy (GOAE 861), 50 min, 100 %,',
        'in addition to the 10 crisis intervention sessions already paid.',
        'Valid until: 30 November 2026.',
        '',
        'Miriam Schoening, Case Management',
    ]
    eml = mail(SCHOENING, ('Priya Raman', 'priya.raman@inbox-mail.example'), 'Your treatment with Dr. Albrecht',
               date(2025, 6, 2, 10, 18),
               mixed(plain(body), att(pdf(letter, 'Approval GCP-7730-2094'), 'Approval_psychotherapy_GCP-7730-2094.pdf'),
                     style='ol'), mailer='ol')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'therapy approval to a named member; PDF adds F32.1, grief after pregnancy loss, suicidal ideation, sertraline'


# --------------------------------------------------------------------------
def m141():
    body = """Sehr geehrte Frau Wöhler,

danke für Ihren Anruf heute Morgen. Zu Ihrer Cyberversicherung für die Praxis
(CY 77 014 3302) bestätige ich Ihnen:

  Schadennummer:   CY-25-00214
  Ereignis:        Verschlüsselung des Praxis-PCs und des Terminkalenders durch
                   Schadsoftware (Ransomware), entdeckt am 04.12.2025, 7:50 Uhr
  Versichert:      Kosten des IT-Forensik-Dienstleisters, Wiederherstellung der
                   Daten aus der Sicherung, Betriebsunterbrechung (Praxisausfall)
                   ab dem 2. Tag, Beratung zur Meldepflicht nach Art. 33 DSGVO

Unser Partner CyberResponse Nord (Herr Akbulut, 0561 9810-444) meldet sich heute bis
11 Uhr bei Ihnen und kommt nach Absprache vor Ort. Bitte zahlen Sie kein Lösegeld
und schalten Sie den PC nicht aus, sondern trennen Sie ihn nur vom Netz.

Ob Patientendaten abgeflossen sind, wird die Forensik klären. Sollte das der Fall
sein, unterstützt Sie unsere Anwaltskanzlei bei der Meldung an die Aufsichtsbehörde
und der Information der Betroffenen – bitte schicken Sie uns dafür keine Patienten-
listen, die Kanzlei klärt das direkt mit Ihnen.

Ihre Selbstbeteiligung beträgt 500 EUR.

Mit freundlichen Grüßen
Heike Mertens
Cyber / Heilwesen
Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(MERTENS, ('Kerstin Wöhler', 'praxis.woehler@therapie-nord.example'), 'Ihr Cyber-Schaden CY-25-00214',
               date(2025, 12, 4, 8, 41), plain(body), mailer='ol', prio='2 (High)')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'grey zone: ransomware claim of a therapy practice (sole trader); no patient identified, no health data'


# --------------------------------------------------------------------------
def m142():
    body = """Hallo zusammen,

kurze Info zu einer neuen Entscheidung, die für unsere BU-Fälle mit psychischen
Erkrankungen relevant ist (Volltext im Juris-Ordner, anonymisierte Fassung):

OLG Nordhessen, Urteil vom 15.10.2025 – 7 U 214/24. Kernaussagen:

1. Bei Depressionen reicht es nicht, auf einen unauffälligen Querschnittsbefund
   am Untersuchungstag abzustellen. Der Gutachter muss den Verlauf über mehrere
   Monate würdigen (Schwankungen, Rückfälle).
2. Testpsychologische Beschwerdenvalidierung ist ein Indiz, ersetzt aber nicht
   die klinische Gesamtwürdigung.
3. Die Leistungseinstellung im Nachprüfungsverfahren setzt eine nachvollziehbare
   Vergleichsbetrachtung zum Zeitpunkt des Anerkenntnisses voraus – pauschale
   Hinweise auf "Besserung" genügen nicht.

Für uns heißt das: In Nachprüfungen immer den Befund zum Anerkenntnis und den
aktuellen Befund gegenüberstellen; Gutachtenaufträge mit Frage nach dem Verlauf
formulieren (Textbaustein GA-BU-04 wird angepasst).

Henrik"""
    eml = mail(LANZ, ('BU-Leistung', A('bu-leistung-team')), 'Rechtsprechung: BU bei Depression – Verlauf statt Momentaufnahme',
               date(2025, 11, 21, 15, 48), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: summary of an anonymised court decision on depression in BU, no party named'


# --------------------------------------------------------------------------
def m143():
    body = """Hi Oliver,

here are the details of Mr Okoye's legal expenses policy you asked for (we have
his written authorisation for you on file since 12 November):

  Policyholder:   Mr Daniel Okoye, Prenzlauer Allee 188, 10405 Berlin
  Policy:         Auenwald Rechtsschutz Privat + Beruf, RS 70 118 2045
  Start:          1 March 2023, annual premium EUR 312.60
  Deductible:     EUR 150 per claim
  Open claims:    1 (employment dispute, RS-S-25-004417, settled in court on
                  2 July 2025 - costs paid, file closed on 30 September)
  Renewal:        1 March 2026; notice period 3 months

For the new job he is starting in Hamburg, nothing changes in the cover - he only
needs to tell us the new address once he has moved.

Best regards
Sven Kühnel
Broker Support | Auenwald Versicherungsgruppe"""
    eml = mail(KUEHNEL, ('Oliver Grant', 'o.grant@meridian-expat.example'), 'Policy details D. Okoye - RS 70 118 2045',
               date(2025, 11, 19, 11, 5), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-broker', \
        'legal expenses policy and past employment claim of a named client to his broker; no health data'


# --------------------------------------------------------------------------
def m144():
    body = """Sehr geehrte Frau Lange,

vielen Dank für Ihre Anfrage im Rahmen Ihrer Masterarbeit im Studiengang
Gesundheitsökonomie. Gern beantworte ich Ihre Fragen zum Gutachterverfahren in der
privaten Krankenversicherung – allgemein und ohne Bezug zu Einzelfällen:

1. Wann wird begutachtet? Bei uns bei Langzeittherapien und bei Umwandlung einer
   Kurzzeit- in eine Langzeittherapie, außerdem bei Fortführungen über die
   tariflichen Grenzen hinaus.
2. Wer begutachtet? Derzeit 14 externe Gutachterinnen und Gutachter, alle
   approbiert und mit langjähriger Erfahrung; sie arbeiten auf Honorarbasis.
3. Wie wird der Datenschutz gewahrt? Der Bericht der Behandlerin oder des
   Behandlers geht verschlossen an die Gutachterin; diese erfährt nur eine
   Chiffre, das Geburtsjahr und das Geschlecht. Wir selbst öffnen den Bericht nicht.
4. Wie oft wird abgelehnt? Nach Begutachtung werden rund 93 % der Anträge ganz oder
   teilweise befürwortet.

Für Interviews stehe ich Ihnen gern zur Verfügung; zitieren Sie bitte als
"Auenwald Krankenversicherung". Zahlen zu einzelnen Personen oder Fallbeispiele
können wir nicht herausgeben.

Mit freundlichen Grüßen
Dr. Sabine Rothkegel
Gutachterkoordination
Auenwald Krankenversicherung a.G."""
    eml = mail(ROTHKEGEL, ('Marie Lange', 'marie.lange@student.uni-hohenbrueck.example'), 'AW: Anfrage Masterarbeit Gutachterverfahren',
               date(2025, 8, 7, 13, 19), plain(body), mailer='ol')
    return eml, 'NORMAL', 'de', 'insurer-to-partner', \
        'trap: general explanation of the consultant procedure to a student, aggregated approval rate'


# --------------------------------------------------------------------------
def m145():
    body = """Rafael,

export as requested for the Monday huddle - all open guarantees of payment for
psychiatric / psychosomatic inpatient stays abroad. ODS because the LibreOffice
machines in the huddle room cant open our xlsx template.

Claire"""
    sheet = ods('Open GOPs psych', [
        ['GOP ref', 'Member', 'Policy', 'Country', 'Clinic', 'Admitted', 'Diagnosis (as notified)', 'Approved until', 'Next step'],
        ['INT-GOP-25-0712', 'Keller, Thomas', 'GCP-7730-4051', 'UK/DE', 'Alsterpark Klinik Hamburg', '29.08.2025',
         'F31.2 bipolar, manic w. psychosis', '30.09.2025', 'discharge planning'],
        ['INT-GOP-25-0988', 'Ivanov, Stefan', 'GCP-7730-6140', 'ES', 'Hospital General Valencia', '12.11.2025',
         'T43.0 overdose (intentional), F32.2', '26.11.2025', 'repatriation assessment'],
        ['INT-GOP-25-1004', 'Dubois, Camille', 'GCP-7730-6377', 'FR', 'Clinique du Parc Lyon', '17.11.2025',
         'F50.0 anorexia nervosa', '15.12.2025', 'weekly weight report'],
        ['INT-GOP-25-1011', 'Haddad, Youssef', 'GCP-7730-6402', 'AE', 'Al Noor Hospital Dubai', '19.11.2025',
         'F10.3 alcohol withdrawal', '29.11.2025', 'rehab options DE'],
    ])
    eml = mail(DONNELLY, ORTEGA, 'Export open GOPs (psych) for Monday', date(2025, 11, 21, 17, 32),
               mixed(plain(body, cs='us-ascii', cte='7bit'), att(sheet, 'open_GOPs_psych_2025-11-21.ods')),
               mailer='tb', cs='us-ascii')
    return eml, 'STRICTLY_CONFIDENTIAL', 'en', 'internal', \
        'harmless body; ODS lists named members in psychiatric inpatient care abroad with diagnoses'


# --------------------------------------------------------------------------
def m146():
    txt = """GLOBAL CARE PLUS - Member newsletter, winter 2025/26

Feeling low when the days get short?

Many people who move to Germany are surprised by how dark the winter months are.
Feeling tired, low or unmotivated in winter is common - and there is a lot you can
do about it:

- Daylight: a 30-minute walk around midday helps more than you'd think.
- Routine: regular sleep and meal times stabilise your mood.
- Connection: our expat community events are listed at
  https://www.auenwald.example/international/community
- Talk to someone: if low mood lasts more than two weeks, talk to your GP or
  contact a psychotherapist directly. Under Global Care Plus you can have up to
  10 sessions without any application (from 1 January 2026).
- In a crisis: our 24/7 multilingual health line +49 561 7080-9110, or 112.

Our Therapy Finder lists over 300 English-speaking therapists in Germany:
https://www.auenwald.example/international/therapy-finder

You are receiving this newsletter as a Global Care Plus member.
Manage your subscription: https://mein.auenwald.example/einstellungen/newsletter"""
    htm = """<html><body style="font-family:Georgia,serif;font-size:15px;color:#23313a;max-width:620px">
<p style="font-family:Arial;font-size:11px;color:#6b7b84">GLOBAL CARE PLUS &ndash; Member newsletter, winter 2025/26</p>
<h1 style="font-size:24px">Feeling low when the days get short?</h1>
<p>Many people who move to Germany are surprised by how dark the winter months are. Feeling tired, low or
unmotivated in winter is common &ndash; and there is a lot you can do about it:</p>
<ul>
<li><b>Daylight:</b> a 30-minute walk around midday helps more than you&rsquo;d think.</li>
<li><b>Routine:</b> regular sleep and meal times stabilise your mood.</li>
<li><b>Connection:</b> our <a href="https://www.auenwald.example/international/community">expat community events</a>.</li>
<li><b>Talk to someone:</b> if low mood lasts more than two weeks, talk to your GP or contact a psychotherapist
directly. Under Global Care Plus you can have up to 10 sessions without any application (from 1 January 2026).</li>
<li><b>In a crisis:</b> our 24/7 multilingual health line +49&nbsp;561&nbsp;7080-9110, or 112.</li>
</ul>
<p>Our <a href="https://www.auenwald.example/international/therapy-finder">Therapy Finder</a> lists over 300
English-speaking therapists in Germany.</p>
<p style="font-family:Arial;font-size:11px;color:#6b7b84">You are receiving this newsletter as a Global Care Plus member.
<a href="https://mein.auenwald.example/einstellungen/newsletter">Manage your subscription</a></p>
</body></html>"""
    eml = mail(INTL, ('Global Care Plus members', A('gcp-members-list')), 'Feeling low when the days get short?',
               date(2025, 12, 9, 7, 30), alt(plain(txt, cs='us-ascii', cte='7bit'), html(htm, cs='us-ascii', cte='7bit'), style='nx'),
               mailer='nx', extra=[('List-Unsubscribe', '<https://mein.auenwald.example/einstellungen/newsletter>'),
                                   ('Precedence', 'bulk')])
    return eml, 'NORMAL', 'en', 'newsletter', \
        'trap: member newsletter about winter low mood, therapy and crisis line, no person'


# --------------------------------------------------------------------------
def m147():
    body = """Dear Mr Nakamura,

Thank you for reporting the broken glass. We've registered your claim:

  Policy:      Auenwald Glass Insurance (household), GL 09 340 1187
  Claim no.:   GL-25-006612
  Damage:      glass shower screen in the bathroom cracked on 27 November 2025
               (hairline crack from the lower hinge; no one was injured)
  Address:     Am Weinberg 23, 34131 Kassel

Good news: you don't need to send us an estimate. Our partner Glas-Express Kassel
will contact you within two working days to arrange a replacement; they bill us
directly. Until then, please don't use the shower if the crack is getting longer.

Kind regards
Sarah Kowalczyk
Customer Service Property | Auenwald Sach- und Haftpflichtversicherung AG"""
    eml = mail(KOWALCZYK, ('Kenji Nakamura', 'k.nakamura@fastpost.example'), 'Glass claim GL-25-006612',
               date(2025, 11, 28, 9, 55), plain(body), mailer='ol')
    return eml, 'CONFIDENTIAL', 'en', 'insurer-to-customer', \
        'glass claim: named customer, home address, policy and claim number; no injury'


# --------------------------------------------------------------------------
def m148():
    body = """Hi all,

friendly reminder before the holidays - our clean desk and clear screen rules apply
in the open-plan areas of Building C too:

- No therapy applications, consultant opinions, discharge letters, invoices from
  doctors or therapists, or anything else with customer data on your desk when you
  leave it - not even for a coffee. Lock it in the cabinet.
- Lock your screen (Windows + L) every time you get up.
- Printed documents: use "secure print" and release them at the printer with your
  badge. Last week 17 printouts were left in the tray overnight.
- Phone calls with customers about health matters: please use the sound-proof rooms
  C 3.05 and C 3.07, not the open area.

The data protection walk-through on 19 December will check all floors. Thanks for
helping to keep our customers' data safe!

Nils
IT Security"""
    eml = mail(GERBRACHT, [('Staff Building C', A('haus-c-alle'))], 'Reminder: clean desk & clear screen before the holidays',
               date(2025, 12, 11, 8, 15), plain(body, cs='us-ascii', cte='7bit'), mailer='tb', cs='us-ascii')
    return eml, 'NORMAL', 'en', 'internal', \
        'trap: clean-desk reminder listing therapy applications and discharge letters generically'


# --------------------------------------------------------------------------
def m149():
    body = """Sehr geehrte Frau Osterloh,

wie beantragt haben wir für Ihre neue Wohnung eine Mietkautionsbürgschaft
ausgestellt. Die Bürgschaftsurkunde geht heute im Original per Post an Ihren
Vermieter; eine Kopie erhalten Sie im Kundenportal.

  Vertrag:          Mietkautionsversicherung MK 31 006 5519
  Mieterin:         Frau Svenja Osterloh, geb. 21.06.1995
  Mietobjekt:       Friedrich-Engels-Str. 40, 2. OG, 34117 Kassel
  Vermieter:        Wohnbau Fulda eG, Kassel
  Bürgschaftssumme: 2.340,00 EUR (drei Nettokaltmieten à 780,00 EUR)
  Jahresbeitrag:    105,30 EUR (4,5 %), Lastschrift von Ihrem Konto
                    DE77 5204 0021 ... (IBAN gekürzt)

Bitte beachten Sie: Nimmt der Vermieter die Bürgschaft in Anspruch, zahlen wir an
ihn und fordern den Betrag anschließend von Ihnen zurück.

Mit freundlichen Grüßen
Ihr Auenwald Kundenservice"""
    eml = mail(SERVICE, ('Svenja Osterloh', 'svenja.osterloh@post-kassel.example'), 'Ihre Mietkautionsbürgschaft MK 31 006 5519',
               date(2025, 9, 15, 14, 1), plain(body), mailer='sys')
    return eml, 'CONFIDENTIAL', 'de', 'insurer-to-customer', \
        'rent deposit guarantee: named customer, birth date, address, rent; truncated IBAN'


# --------------------------------------------------------------------------
def m150():
    body = """Liebe alle,

bevor wir in die Feiertage gehen, ein kurzer Rückblick auf unser Jahr in Zahlen –
und ein großes Danke:

  Anträge Psychotherapie 2025:          8.214 (2024: 7.390)
  davon im Gutachterverfahren:          2.231
  Kostenzusagen stationär/teilstationär:  612
  Krisenkontakte an das Fallmanagement:   389
  Ø Bearbeitungszeit:                     7,2 Tage (Ziel 8)
  neue Kolleginnen:                       2 (willkommen, Johanna und Lea!)

Hinter jeder dieser Zahlen steht ein Mensch, der sich in einer schweren Phase an
uns gewandt hat. Ihr habt das mit viel Sorgfalt und Menschlichkeit gemacht – das
zeigen auch die Rückmeldungen, die uns erreichen.

Die Weihnachtsfeier ist am 18.12. ab 17 Uhr im Restaurant "Zum Auenwald"
(Kostenübernahme durch die Abteilung, Getränke auch alkoholfrei).
Zwischen den Jahren ist das Team mit drei Personen besetzt, der Plan hängt aus.

Frohe Feiertage und einen guten Start in 2026!
Katrin"""
    eml = mail(VOLLMER, ('Team PT', A('team-psychotherapie')), 'Danke für 2025!',
               date(2025, 12, 15, 16, 0), plain(body, cte='8bit', flowed=True), mailer='tb')
    return eml, 'NORMAL', 'de', 'internal', \
        'trap: year-end team mail with aggregated psychotherapy and crisis figures, colleagues welcomed by first name'


# ==========================================================================
# driver: build, labels, check
# ==========================================================================
LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')
LANGS = ('de', 'en', 'mixed')
TARGET = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
TOTAL = 150
# IBAN-like strings that are deliberately not valid (customer typo) or masked
IBAN_EXCEPTIONS = set()


def collect():
    g = globals()
    out = []
    for n in range(1, TOTAL + 1):
        f = g.get('m%03d' % n)
        if f is None:
            continue
        _begin(n)
        eml, label, lang, kind, reason = f()
        out.append((n, eml, label, lang, kind, reason))
    return out


def build(outdir):
    items = collect()
    md = os.path.join(outdir, 'mails')
    os.makedirs(md, exist_ok=True)
    rows = ['file\tlabel\tlang\tkind\treason']
    for n, eml, label, lang, kind, reason in items:
        fn = '%s-%04d.eml' % (PREFIX, n)
        with open(os.path.join(md, fn), 'wb') as fh:
            fh.write(eml)
        rows.append('\t'.join((fn, label, lang, kind, reason)))
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    return items


# ---------------------------------------------------------------- check ---
class CheckError(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise CheckError(msg)


def _xml_ok(data, what):
    try:
        ET.fromstring(data)
    except ET.ParseError as e:
        raise CheckError('%s: XML error %s' % (what, e))


def check_pdf(data, what):
    _need(data.startswith(b'%PDF-1.'), what + ': no PDF header')
    _need(data.rstrip().endswith(b'%%EOF'), what + ': no %%EOF')
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    _need(m, what + ': no startxref')
    x = int(m.group(1))
    _need(data[x:x + 4] == b'xref', what + ': startxref does not point at xref')
    m2 = re.match(rb'xref\n0 (\d+)\n', data[x:])
    _need(m2, what + ': bad xref header')
    cnt = int(m2.group(1))
    pos = x + m2.end()
    for i in range(cnt):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        _need(data[off:].startswith(b'%d 0 obj' % i), what + ': xref offset of obj %d wrong' % i)
    for m3 in re.finditer(rb'<< /Length (\d+) >>\nstream\n', data):
        ln = int(m3.group(1))
        _need(data[m3.end() + ln:m3.end() + ln + 9] == b'endstream', what + ': stream length wrong')
    _need(b'Tj' in data, what + ': no text')
    txt = b' '.join(re.findall(rb'\(((?:\\.|[^\\)])*)\) Tj', data))
    return txt.decode('latin-1')


def check_zip_office(data, what, ext):
    z = zipfile.ZipFile(io.BytesIO(data))
    _need(z.testzip() is None, what + ': bad zip member')
    names = z.namelist()
    texts = []
    if ext == 'docx':
        _need('word/document.xml' in names and '[Content_Types].xml' in names, what + ': docx parts missing')
    if ext == 'xlsx':
        _need('xl/workbook.xml' in names and '[Content_Types].xml' in names, what + ': xlsx parts missing')
    if ext in ('odt', 'ods'):
        _need(names[0] == 'mimetype', what + ': mimetype not first')
        _need(z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED, what + ': mimetype compressed')
        _need('content.xml' in names, what + ': content.xml missing')
    for nm in names:
        if nm.endswith('.xml') or nm.endswith('.rels'):
            d = z.read(nm)
            _xml_ok(d, '%s/%s' % (what, nm))
            texts.append(re.sub(r'<[^>]+>', ' ', d.decode('utf-8')))
    return ' '.join(texts)


def check_attachment(data, fn, ctype, what):
    ext = fn.rsplit('.', 1)[-1].lower() if '.' in fn else ''
    if ext == 'pdf':
        return check_pdf(data, what)
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        return check_zip_office(data, what, ext)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        _need(z.testzip() is None, what + ': bad zip')
        out = []
        for nm in z.namelist():
            if nm.endswith('/'):
                continue
            out.append(check_attachment(z.read(nm), nm, '', '%s!%s' % (what, nm)))
        return ' '.join(out)
    if ext == 'ics':
        t = data.decode('utf-8')
        _need(t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR'), what + ': bad ics')
        return t
    if ext in ('csv', 'txt', 'log', 'pem', 'xml', 'json'):
        for cs in ('utf-8', 'cp1252'):
            try:
                t = data.decode(cs)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise CheckError(what + ': undecodable text')
        if ext == 'csv':
            rows = list(csv.reader(io.StringIO(t.lstrip('\ufeff')), delimiter=';' if ';' in t.split('\n')[0] else ','))
            _need(len(rows) >= 2, what + ': csv too short')
        if ext == 'xml':
            _xml_ok(data, what)
        if ext == 'pem':
            m = re.search(r'-----BEGIN CERTIFICATE-----\n(.+?)-----END CERTIFICATE-----', t, re.S)
            _need(m, what + ': no certificate block')
            der = base64.b64decode(''.join(m.group(1).split()), validate=True)
            _need(der[0] == 0x30, what + ': not a DER SEQUENCE')
            ln = der[1]
            if ln & 0x80:
                k = ln & 0x7f
                ln = int.from_bytes(der[2:2 + k], 'big') + 2 + k
            else:
                ln += 2
            _need(ln == len(der), what + ': DER length mismatch')
        return t
    raise CheckError('%s: unknown attachment type %r' % (what, fn))


def walk_msg(msg, what, texts, depth=0):
    for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        _need(msg[k] is not None, '%s: header %s missing' % (what, k))
    for k in ('From', 'To', 'Cc'):
        if msg[k]:
            for a in msg[k].addresses:
                _need(a.domain.endswith('.example'), '%s: non-.example address %s' % (what, a.addr_spec))
    texts.append(str(msg['Subject']))
    if depth == 0:
        _need(msg['From'].addresses[0].domain == DOMAIN, what + ': not sent from the insurer')
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == 'message/rfc822':
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            walk_msg(inner, what + '>fwd', texts, depth + 1)
            continue
        if part.get_content_maintype() == 'text' and not fn:
            texts.append(part.get_content())
            continue
        _need(fn, '%s: attachment without file name (%s)' % (what, ct))
        data = part.get_payload(decode=True)
        _need(data, '%s: empty attachment %s' % (what, fn))
        texts.append(fn)
        texts.append(check_attachment(data, fn, ct, '%s:%s' % (what, fn)))


IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b')
DOM_RE = re.compile(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)|(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)')


def check(outdir):
    errors = []
    with open(os.path.join(outdir, 'labels.tsv'), encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    _need(lines[0] == 'file\tlabel\tlang\tkind\treason', 'bad labels header')
    rows = [l.split('\t') for l in lines[1:] if l]
    counts, langs, mids = {}, {}, set()
    if len(rows) != TOTAL:
        errors.append('labels.tsv has %d rows, want %d' % (len(rows), TOTAL))
    for i, r in enumerate(rows, 1):
        try:
            _need(len(r) == 5, 'row %d: %d columns' % (i, len(r)))
            fn, label, lang, kind, reason = r
            _need(fn == '%s-%04d.eml' % (PREFIX, i), 'row %d: file name %s' % (i, fn))
            _need(label in LABELS, '%s: bad label %s' % (fn, label))
            _need(lang in LANGS, '%s: bad lang %s' % (fn, lang))
            _need(re.fullmatch(r'[a-z0-9/-]+', kind), '%s: bad kind %s' % (fn, kind))
            _need(10 <= len(reason) <= 300, '%s: reason length' % fn)
            counts[label] = counts.get(label, 0) + 1
            langs[lang] = langs.get(lang, 0) + 1
            with open(os.path.join(outdir, 'mails', fn), 'rb') as fh:
                data = fh.read()
            _need(b'\r' not in data.split(b'\n\n', 1)[0], fn + ': CR in header')
            for ln in data.split(b'\n'):
                _need(len(ln) <= 998, fn + ': line longer than 998')
            msg = email.message_from_bytes(data, policy=email.policy.default)
            _need(not msg.defects, '%s: defects %s' % (fn, msg.defects))
            mid = msg['Message-ID']
            _need(mid not in mids, fn + ': duplicate Message-ID')
            mids.add(mid)
            texts = []
            walk_msg(msg, fn, texts)
            for part in msg.walk():
                _need(not part.defects, '%s: part defects %s' % (fn, part.defects))
            alltext = '\n'.join(texts)
            for m in DOM_RE.finditer(alltext):
                d = (m.group(1) or m.group(2)).lower().rstrip('.')
                _need(d.endswith('.example'), '%s: domain %s not .example' % (fn, d))
            for m in IBAN_RE.finditer(alltext):
                s = m.group(1)
                if s.replace(' ', '') in IBAN_EXCEPTIONS or 'X' in s[4:] or s[4:7] == 'ZZZ':
                    continue
                if not s[:2] in ('DE', 'AT', 'NL', 'GB', 'IE', 'FR', 'CH', 'LU', 'ES', 'IT', 'PL', 'BE', 'DK', 'SE'):
                    continue
                _need(iban_ok(s), '%s: invalid IBAN %s' % (fn, s))
        except CheckError as e:
            errors.append(str(e))
        except Exception as e:   # noqa
            errors.append('%s: %s: %s' % (r[0] if r else i, type(e).__name__, e))
    for lab, want in TARGET.items():
        if counts.get(lab, 0) != want:
            errors.append('label %s: %d, want %d' % (lab, counts.get(lab, 0), want))
    de, en = langs.get('de', 0) / TOTAL, langs.get('en', 0) / TOTAL
    if not (0.55 <= de <= 0.60):
        errors.append('German share %.1f %% outside 55–60 %%' % (100 * de))
    if not (0.35 <= en <= 0.40):
        errors.append('English share %.1f %% outside 35–40 %%' % (100 * en))
    # rebuild byte-identical
    with tempfile.TemporaryDirectory() as td:
        build(td)
        for fn in sorted(os.listdir(os.path.join(td, 'mails'))) + ['labels.tsv']:
            a = os.path.join(td, 'mails', fn) if fn.endswith('.eml') else os.path.join(td, fn)
            b = os.path.join(outdir, 'mails', fn) if fn.endswith('.eml') else os.path.join(outdir, fn)
            with open(a, 'rb') as fa, open(b, 'rb') as fb:
                if fa.read() != fb.read():
                    errors.append('%s: rebuild differs' % fn)
    return counts, langs, errors


def main():
    if '--check' in sys.argv[1:]:
        counts, langs, errors = check(HERE)
        print('mails: %d' % sum(counts.values()))
        for lab in LABELS:
            print('  %-22s %3d' % (lab, counts.get(lab, 0)))
        for lg in LANGS:
            print('  lang %-17s %3d' % (lg, langs.get(lg, 0)))
        if errors:
            print('CHECK FAILED (%d problems):' % len(errors))
            for e in errors:
                print('  - ' + e)
            sys.exit(1)
        print('CHECK OK: all mails parse, attachments open, labels valid, rebuild byte-identical')
        return
    items = build(HERE)
    print('wrote %d mails to %s' % (len(items), os.path.join(HERE, 'mails')))


if __name__ == '__main__':
    main()
