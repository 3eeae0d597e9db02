#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the Siegel development corpus dev115.

Theme: health insurance for foreigners in Germany (incoming / visa insurance) at the
invented "Weserbogen Krankenversicherung AG" (weserbogen-kv.example), plus the ordinary
mail of the same departments as traps.

    python make_corpus.py           writes mails/d115-0001.eml ... d115-0150.eml and labels.tsv
    python make_corpus.py --check   re-parses every mail, validates labels and attachments and
                                    checks that a rebuild is byte-identical

Standard library only, deterministic (fixed dates, boundaries, Message-IDs, ZIP timestamps),
no network. Every mail is written by hand in its own function m001 ... m150.
All persons, firms, numbers and addresses are invented; every domain ends in .example;
IBANs are invented but valid by ISO 7064 (one deliberately invalid, see README).
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
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, encode_rfc2231

NN = '115'
SEED = 115
N_MAILS = 150
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = 'weserbogen-kv.example'
CUR = [0]          # number of the mail being built (for Message-IDs and boundaries)
BCOUNT = [0]       # boundary counter inside the current mail

# ---------------------------------------------------------------------------
# small helpers: dates, addresses, headers
# ---------------------------------------------------------------------------

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def berlin_offset(dt):
    start = datetime.datetime.combine(_last_sunday(dt.year, 3), datetime.time(2))
    end = datetime.datetime.combine(_last_sunday(dt.year, 10), datetime.time(3))
    return '+0200' if start <= dt < end else '+0100'


def date(s, tz=None):
    """'2024-10-08 09:14' or '2024-10-08 09:14:33' (Berlin local time) -> RFC 5322 date."""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    dt = datetime.datetime.strptime(s, fmt)
    off = tz or berlin_offset(dt)
    return '%s, %02d %s %d %s %s' % (_DAYS[dt.weekday()], dt.day, _MONTHS[dt.month - 1],
                                     dt.year, dt.strftime('%H:%M:%S'), off)


def a(name, email, charset='utf-8'):
    """One address; non-ASCII display names are RFC 2047 encoded."""
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def staff(key):
    return a(*STAFF[key])


STAFF = {
    'oltmanns': ('Katrin Oltmanns', 'katrin.oltmanns@' + DOM),
    'behrends': ('Jonas Behrends', 'jonas.behrends@' + DOM),
    'fassbender': ('Dr. med. Ulrike Fassbender', 'ulrike.fassbender@' + DOM),
    'aydin': ('Mehmet Aydin', 'mehmet.aydin@' + DOM),
    'lindqvist': ('Sophie Lindqvist', 'sophie.lindqvist@' + DOM),
    'kloevekorn': ('Thorsten Klövekorn', 'thorsten.kloevekorn@' + DOM),
    'rademacher': ('Anja Rademacher', 'anja.rademacher@' + DOM),
    'zielinski': ('Paweł Zieliński', 'pawel.zielinski@' + DOM),
    'hansen': ('Birte Hansen', 'birte.hansen@' + DOM),
    'warnecke': ('Felix Warnecke', 'felix.warnecke@' + DOM),
    'osterkamp': ('Hannah Osterkamp', 'hannah.osterkamp@' + DOM),
    'meinke': ('Lars Meinke', 'lars.meinke@' + DOM),
    'brueggemann': ('Nadine Brüggemann', 'nadine.brueggemann@' + DOM),
    'ruschmeyer': ('Malte Ruschmeyer', 'malte.ruschmeyer@' + DOM),
    'vosskamp': ('Greta Vosskamp', 'greta.vosskamp@' + DOM),
    'incoming': ('Weserbogen Incoming Service', 'incoming@' + DOM),
    'leistung': ('Weserbogen Leistung Incoming', 'leistung-incoming@' + DOM),
    'schaden': ('Weserbogen Schadenservice', 'schaden@' + DOM),
    'portal': ('Weserbogen Kundenportal', 'no-reply-portal@' + DOM),
    'presse': ('Weserbogen Presse', 'presse@' + DOM),
    'makler': ('Weserbogen Maklerbetreuung', 'maklerservice@' + DOM),
}


def _hval(name, value, charset='utf-8'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode()


# ---------------------------------------------------------------------------
# MIME building
# ---------------------------------------------------------------------------

class Part(object):
    def __init__(self, ctype, params=None, body=b'', cte=None, parts=None,
                 disposition=None, extra=None, preamble=None):
        self.ctype = ctype
        self.params = params or []
        self.body = body
        self.cte = cte
        self.parts = parts
        self.disposition = disposition
        self.extra = extra or []
        self.preamble = preamble


def _encode(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        if not out.endswith(b'\n'):
            out += b'\n'
        return out
    if cte in ('7bit', '8bit', None):
        if cte == '7bit':
            data.decode('ascii')
        if not data.endswith(b'\n'):
            data += b'\n'
        return data
    raise ValueError(cte)


def text(s, charset='utf-8', cte='quoted-printable', subtype='plain', flowed=False,
         disposition=None):
    params = [('charset', charset)]
    if flowed:
        params.append(('format', 'flowed'))
    return Part('text/' + subtype, params, s.encode(charset), cte, disposition=disposition)


def html(s, charset='utf-8', cte='quoted-printable'):
    return text(s, charset, cte, 'html')


def alt(*parts):
    return Part('multipart/alternative', parts=list(parts))


def mixed(*parts, **kw):
    return Part('multipart/mixed', parts=list(parts), preamble=kw.get('preamble'))


def att(data, filename, ctype, cte='base64', charset=None, inline=False, extra=None):
    params = []
    if charset:
        params.append(('charset', charset))
    params.append(('name', filename))
    return Part(ctype, params, data, cte,
                disposition=('inline' if inline else 'attachment', filename), extra=extra)


def fwd(inner, filename=None):
    """A forwarded mail as message/rfc822 attachment (inner = bytes of a rendered mail)."""
    disp = ('attachment', filename) if filename else ('inline', None)
    cte = '7bit'
    try:
        inner.decode('ascii')
    except UnicodeDecodeError:
        cte = '8bit'
    return Part('message/rfc822', [], inner, cte, disposition=disp)


def _param(k, v):
    try:
        v.encode('ascii')
        return '%s="%s"' % (k, v)
    except UnicodeEncodeError:
        return "%s*=%s" % (k, encode_rfc2231(v, 'utf-8'))


def _boundary():
    BCOUNT[0] += 1
    h = hashlib.sha1(('d%s-%d-%d' % (NN, CUR[0], BCOUNT[0])).encode()).hexdigest()[:14]
    return '----=_Part_%d_%d.%s' % (CUR[0], BCOUNT[0], h)


def render_part(p):
    lines = []
    params = list(p.params)
    boundary = None
    if p.parts is not None:
        boundary = _boundary()
        params = params + [('boundary', boundary)]
    ct = p.ctype
    if len(params) == 1:
        ct += '; ' + _param(*params[0])
    elif params:
        ct += ';\n\t' + ';\n\t'.join(_param(k, v) for k, v in params)
    lines.append('Content-Type: ' + ct)
    if p.parts is None and p.cte:
        lines.append('Content-Transfer-Encoding: ' + p.cte)
    if p.disposition:
        kind, fn = p.disposition
        lines.append('Content-Disposition: ' + kind + ('; ' + _param('filename', fn) if fn else ''))
    for k, v in p.extra:
        lines.append('%s: %s' % (k, v))
    head = ('\n'.join(lines) + '\n').encode('ascii')
    if p.parts is None:
        return head + b'\n' + _encode(p.body, p.cte)
    out = head + b'\n'
    if p.preamble:
        out += p.preamble.encode('ascii') + b'\n'
    for sub in p.parts:
        out += b'--' + boundary.encode() + b'\n' + render_part(sub) + b'\n'
    out += b'--' + boundary.encode() + b'--\n'
    return out


def msg(frm, to, subject, when, body, cc=None, irt=None, refs=None, mailer=None,
        extra=None, mid=None, reply_to=None, subj_charset='utf-8', inner=False):
    """Render a whole message. body is a Part. Returns bytes."""
    n = CUR[0]
    if mid is None:
        h = hashlib.sha1(('msg-d%s-%d' % (NN, n)).encode()).hexdigest()
        mid = '<%s.%s@%s>' % (h[:8].upper(), h[8:20].upper(), DOM)
    hs = []
    hs.append(('Date', date(when) if re.match(r'^\d{4}-', when) else when))
    hs.append(('From', frm))
    if reply_to:
        hs.append(('Reply-To', reply_to))
    hs.append(('To', to if isinstance(to, str) else ',\n\t'.join(to)))
    if cc:
        hs.append(('Cc', cc if isinstance(cc, str) else ',\n\t'.join(cc)))
    hs.append(('Subject', _hval('Subject', subject, subj_charset)))
    hs.append(('Message-ID', mid))
    if irt:
        hs.append(('In-Reply-To', irt))
        hs.append(('References', refs or irt))
    hs.append(('MIME-Version', '1.0'))
    if mailer:
        if mailer.startswith('Mozilla') or mailer.startswith('Thunderbird'):
            hs.append(('User-Agent', mailer))
        else:
            hs.append(('X-Mailer', mailer))
    for k, v in (extra or []):
        hs.append((k, v))
    head = ''.join('%s: %s\n' % kv for kv in hs).encode('ascii')
    return head + render_part(body)


OUTLOOK = 'Microsoft Outlook 16.0'
TB = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0'
TBL = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1'
APPLE = 'Apple Mail (2.3774.600.62)'
SYSMAIL = 'WB-Outputmanagement 4.7'


def ext_mid(tag, domain):
    h = hashlib.sha1(('ext-%s-%s' % (tag, domain)).encode()).hexdigest()
    return '<%s-%s@%s>' % (h[:10], h[10:18], domain)


# ---------------------------------------------------------------------------
# attachment writers (all deterministic)
# ---------------------------------------------------------------------------

def _pdf_esc(s):
    return s.encode('cp1252').replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(pages, title='Dokument', author='Weserbogen Krankenversicherung AG',
        created='20241001090000', compress=False, producer='WB-Druckstrecke 3.2'):
    """Minimal valid PDF. pages: list of pages, each a list of lines.
    A line starting with '## ' is set in bold 12 pt; '' is an empty line."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = {}
    npages = len(pages)
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(npages))
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    for i, lines in enumerate(pages):
        cs = [b'BT', b'/F1 10 Tf', b'14 TL', b'56 790 Td']
        for ln in lines:
            if ln.startswith('## '):
                cs.append(b'/F2 12 Tf (' + _pdf_esc(ln[3:]) + b') Tj T* /F1 10 Tf')
            else:
                cs.append(b'(' + _pdf_esc(ln) + b') Tj T*')
        cs.append(b'ET')
        stream = b'\n'.join(cs) + b'\n'
        if compress:
            data = zlib.compress(stream, 9)
            objs[6 + 2 * i] = (('<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data)).encode()
                               + data + b'\nendstream')
        else:
            objs[6 + 2 * i] = (('<< /Length %d >>\nstream\n' % len(stream)).encode()
                               + stream + b'endstream')
        objs[5 + 2 * i] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                           '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> '
                           '/Contents %d 0 R >>' % (6 + 2 * i)).encode()
    info = 5 + 2 * npages
    objs[info] = (b'<< /Title (' + _pdf_esc(title) + b') /Author (' + _pdf_esc(author)
                  + b') /Producer (' + _pdf_esc(producer) + b') /CreationDate (D:'
                  + created.encode() + b"+02'00') >>")
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += ('%d 0 obj\n' % k).encode() + objs[k] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += ('xref\n0 %d\n' % size).encode() + b'0000000000 65535 f \n'
    for k in range(1, size):
        out += ('%010d 00000 n \n' % offsets[k]).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (size, info, xref)).encode()
    return out


ZIP_DT = (2024, 10, 1, 9, 0, 0)


def zipbytes(members, dt=ZIP_DT, stored=('mimetype',)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, creator='Weserbogen Krankenversicherung AG', dt=ZIP_DT):
    """sheets: list of (name, rows); cells str -> inline string, int/float -> number."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    for i in range(len(sheets)):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct.append('</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (name, _rows) in enumerate(sheets):
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i + 1, i + 1))
        wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    wb.append('</sheets></workbook>')
    wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (len(sheets) + 1))
    wrels.append('</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    stamp = '%04d-%02d-%02dT%02d:%02d:%02dZ' % dt
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '</cp:coreProperties>' % (_x(creator), stamp))
    members = [('[Content_Types].xml', ''.join(ct)), ('_rels/.rels', rels),
               ('docProps/core.xml', core), ('xl/workbook.xml', ''.join(wb)),
               ('xl/_rels/workbook.xml.rels', ''.join(wrels)), ('xl/styles.xml', styles)]
    for i, (_name, rows) in enumerate(sheets):
        sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows):
            sx.append('<row r="%d">' % (r + 1))
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r + 1)
                st = ' s="1"' if r == 0 else ''
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)):
                    sx.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v)))
                else:
                    sx.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                              % (ref, st, _x(v)))
            sx.append('</row>')
        sx.append('</sheetData></worksheet>')
        members.append(('xl/worksheets/sheet%d.xml' % (i + 1), ''.join(sx)))
    return zipbytes(members, dt)


def docx(items, creator='Weserbogen Krankenversicherung AG', dt=ZIP_DT):
    """items: str (paragraph), ('b', str) bold paragraph, ('t', rows) table."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    for it in items:
        if isinstance(it, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(it))
        elif it[0] == 'b':
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(it[1]))
        elif it[0] == 't':
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                 '</w:tblBorders></w:tblPr>']
            for row in it[1]:
                t.append('<w:tr>')
                for cell in row:
                    t.append('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(cell)))
                t.append('</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W, ''.join(body)))
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
    stamp = '%04d-%02d-%02dT%02d:%02d:%02dZ' % dt
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '</cp:coreProperties>' % (_x(creator), stamp))
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                     ('docProps/core.xml', core), ('word/document.xml', doc)], dt)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mimetype, bodyxml, creator, dt):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2"><office:body>%s'
               '</office:body></office:document-content>' % (_ODF_NS, bodyxml))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>%04d-%02d-%02dT%02d:%02d:%02d</meta:creation-date>'
            '</office:meta></office:document-meta>' % ((_ODF_NS, _x(creator)) + tuple(dt)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zipbytes([('mimetype', mimetype), ('META-INF/manifest.xml', manifest),
                     ('meta.xml', meta), ('content.xml', content)], dt)


def _odf_table(rows, name='Tabelle1'):
    ncol = max(len(r) for r in rows)
    t = ['<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>'
         % (_x(name), ncol)]
    for row in rows:
        t.append('<table:table-row>')
        for v in row:
            if isinstance(v, (int, float)):
                t.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                         % (repr(v), str(v).replace('.', ',')))
            else:
                t.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
        t.append('</table:table-row>')
    t.append('</table:table>')
    return ''.join(t)


def odt(items, creator='Weserbogen Krankenversicherung AG', dt=ZIP_DT):
    """items: str paragraph, ('h', str) heading, ('t', rows) table."""
    b = []
    for it in items:
        if isinstance(it, str):
            b.append('<text:p>%s</text:p>' % _x(it))
        elif it[0] == 'h':
            b.append('<text:h text:outline-level="1">%s</text:h>' % _x(it[1]))
        elif it[0] == 't':
            b.append(_odf_table(it[1]))
    return _odf('application/vnd.oasis.opendocument.text',
                '<office:text>%s</office:text>' % ''.join(b), creator, dt)


def ods(sheets, creator='Weserbogen Krankenversicherung AG', dt=ZIP_DT):
    b = ''.join(_odf_table(rows, name) for name, rows in sheets)
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>%s</office:spreadsheet>' % b, creator, dt)


def ics(lines):
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


CT = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'odt': 'application/vnd.oasis.opendocument.text',
    'ods': 'application/vnd.oasis.opendocument.spreadsheet',
    'zip': 'application/zip',
    'csv': 'text/csv',
    'txt': 'text/plain',
    'ics': 'text/calendar',
}


def R(label, lang, kind, reason, data):
    return (label, lang, kind, reason, data)


# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------

LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')
WANT = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
LANGS = ('de', 'en', 'mixed')
# IBAN-like strings that are deliberately not valid (documented in README)
INVALID_OK = {'DE48268130300778430874'}


def fname(n):
    return 'd%s-%04d.eml' % (NN, n)


def generate():
    out = []
    g = globals()
    for n in range(1, N_MAILS + 1):
        CUR[0] = n
        BCOUNT[0] = 0
        label, lang, kind, reason, data = g['m%03d' % n]()
        out.append((fname(n), label, lang, kind, reason, data))
    return out


def write(target):
    mails = generate()
    os.makedirs(os.path.join(target, 'mails'), exist_ok=True)
    rows = ['file\tlabel\tlang\tkind\treason']
    for fn, label, lang, kind, reason, data in mails:
        with open(os.path.join(target, 'mails', fn), 'wb') as f:
            f.write(data)
        rows.append('\t'.join((fn, label, lang, kind, reason)))
    with open(os.path.join(target, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')
    return mails


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.match(r'^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$', s):
        return False
    t = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in t)) % 97 == 1


def _xml_text(data):
    root = ET.fromstring(data)
    return ' '.join(t for t in root.itertext())


def _pdf_check(data, where):
    assert data.startswith(b'%PDF-1.'), where + ': no PDF header'
    assert data.rstrip().endswith(b'%%EOF'), where + ': no %%EOF'
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    assert m, where + ': no startxref'
    xo = int(m.group(1))
    assert data[xo:xo + 4] == b'xref', where + ': startxref does not point to xref'
    m2 = re.match(rb'xref\n0 (\d+)\n', data[xo:])
    size = int(m2.group(1))
    table = data[xo + m2.end():]
    txt = []
    for k in range(1, size):
        ent = table[k * 20:(k + 1) * 20]
        off = int(ent[:10])
        assert data[off:].startswith(('%d 0 obj' % k).encode()), where + ': bad xref for obj %d' % k
    for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        if sm.group(2):
            raw = zlib.decompress(raw)
        assert data[sm.end() + ln:].lstrip(b'\n').startswith(b'endstream'), where + ': stream length'
        for t in re.findall(rb'\(((?:\\.|[^\\)])*)\) Tj', raw):
            txt.append(re.sub(rb'\\(.)', rb'\1', t).decode('cp1252'))
    return '\n'.join(txt)


def _zip_check(data, where, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where + ': bad zip member'
    names = z.namelist()
    texts = []
    if kind in ('docx', 'xlsx'):
        assert '[Content_Types].xml' in names, where
        for nm in names:
            if nm.endswith('.xml') or nm.endswith('.rels'):
                t = _xml_text(z.read(nm))
                if nm.startswith('word/document') or nm.startswith('xl/worksheets'):
                    texts.append(t)
        main = 'word/document.xml' if kind == 'docx' else 'xl/workbook.xml'
        assert main in names, where + ': missing ' + main
    elif kind in ('odt', 'ods'):
        assert names[0] == 'mimetype', where + ': mimetype not first'
        assert z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        mt = z.read('mimetype').decode()
        assert mt.endswith('text' if kind == 'odt' else 'spreadsheet'), where
        for nm in names:
            if nm.endswith('.xml'):
                t = _xml_text(z.read(nm))
                if nm == 'content.xml':
                    texts.append(t)
    else:
        for nm in names:
            ext = nm.rsplit('.', 1)[-1].lower()
            texts.append(_att_check(z.read(nm), where + '/' + nm, ext, None))
    return '\n'.join(texts)


def _att_check(data, where, ext, charset):
    if ext == 'pdf':
        return _pdf_check(data, where)
    if ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        return _zip_check(data, where, ext)
    if ext in ('csv', 'txt', 'log', 'ics'):
        enc = charset or 'utf-8'
        if data.startswith(b'\xef\xbb\xbf'):
            enc = 'utf-8-sig'
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            t = data.decode('cp1252')
        if ext == 'csv':
            rows = list(csv.reader(io.StringIO(t), delimiter=';' if t.count(';') > t.count(',') else ','))
            assert len(rows) >= 2 and len(set(len(r) for r in rows if r)) == 1, where + ': ragged csv'
        if ext == 'ics':
            assert t.startswith('BEGIN:VCALENDAR\r\n') and t.rstrip().endswith('END:VCALENDAR'), where
            assert 'BEGIN:VEVENT' in t, where
        return t
    if ext == 'eml':
        return _mail_text(BytesParser(policy=policy.default).parsebytes(data), where)
    raise AssertionError(where + ': unknown attachment type ' + ext)


FORMAT = {}
ATTS = {}


def _walk(part):
    if part.get_content_type() == 'message/rfc822':
        yield part
    elif part.is_multipart():
        for sub in part.iter_parts():
            for x in _walk(sub):
                yield x
    else:
        yield part


def _mail_text(m, where, top=False):
    texts = []
    for h in ('From', 'To', 'Cc', 'Subject', 'Reply-To'):
        if m[h] is not None:
            texts.append(str(m[h]))
    for part in _walk(m):
        ctype = part.get_content_type()
        fn = part.get_filename()
        if ctype == 'message/rfc822':
            inner = part.get_content()
            if top:
                ATTS['rfc822'] = ATTS.get('rfc822', 0) + 1
            texts.append(_mail_text(inner, where + '/rfc822'))
            continue
        if fn:
            ext = fn.rsplit('.', 1)[-1].lower()
            data = part.get_payload(decode=True)
            assert data, where + ': empty attachment ' + fn
            if top:
                ATTS[ext] = ATTS.get(ext, 0) + 1
            texts.append(fn)
            texts.append(_att_check(data, where + '/' + fn, ext, part.get_content_charset()))
        elif ctype.startswith('text/'):
            texts.append(part.get_content())
        else:
            raise AssertionError(where + ': unexpected part ' + ctype)
    return '\n'.join(texts)


def check():
    errors = []
    ok = True
    # 1. labels.tsv
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    assert lines[0] == 'file\tlabel\tlang\tkind\treason', 'bad header'
    rows = [l.split('\t') for l in lines[1:] if l]
    assert len(rows) == N_MAILS, 'expected %d rows, got %d' % (N_MAILS, len(rows))
    count = {}
    langs = {}
    kinds = {}
    for i, r in enumerate(rows, 1):
        assert len(r) == 5, 'row %d: %d columns' % (i, len(r))
        fn, label, lang, kind, reason = r
        assert fn == fname(i), 'row %d: file %s' % (i, fn)
        assert label in LABELS, fn + ': label ' + label
        assert lang in LANGS, fn + ': lang ' + lang
        assert re.match(r'^[a-z0-9-]+$', kind), fn + ': kind ' + kind
        assert reason.strip() and '\n' not in reason, fn + ': reason'
        count[label] = count.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        kinds.setdefault(kind, {}).setdefault(label, 0)
        kinds[kind][label] += 1
    assert count == WANT, 'label counts %r' % count
    # 2. every mail parses, attachments open, domains and IBANs
    ext_dom = set()
    for i, r in enumerate(rows, 1):
        fn = r[0]
        with open(os.path.join(HERE, 'mails', fn), 'rb') as f:
            raw = f.read()
        m = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ('Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version'):
            assert m[h] is not None, fn + ': missing ' + h
        assert m['From'].addresses[0].domain == DOM, fn + ': not sent from the insurer'
        assert not m.defects, fn + ': defects %r' % m.defects
        for part in m.walk():
            assert not part.defects, fn + ': part defects %r' % part.defects
        top = m.get_content_type()
        if top == 'multipart/mixed':
            FORMAT['multipart/mixed'] = FORMAT.get('multipart/mixed', 0) + 1
        else:
            FORMAT[top] = FORMAT.get(top, 0) + 1
        for line in raw.split(b'\n'):
            assert len(line) <= 998, fn + ': line too long'
        txt = _mail_text(m, fn, top=True)
        for dm in re.findall(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})', txt):
            if not dm.lower().endswith('.example'):
                errors.append('%s: address domain %s' % (fn, dm))
        for dm in re.findall(r'(?:https?://|www\.)([A-Za-z0-9.-]+)', txt):
            host = dm if not dm.startswith('www.') else dm
            if not host.lower().rstrip('.').endswith('.example'):
                errors.append('%s: url host %s' % (fn, dm))
        for ib in re.findall(r'\b((?:DE|AT|PL|RO|UA|ES|IT|FR|NL|TR|PT|GE|CH|BE)\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b', txt):
            flat = ib.replace(' ', '')
            if flat in INVALID_OK:
                continue
            if flat[4:7] == 'ZZZ':      # SEPA creditor identifier: check digits over the national part
                if not iban_ok(flat[:4] + flat[7:]):
                    errors.append('%s: invalid creditor identifier %s' % (fn, ib))
                continue
            if not iban_ok(flat):
                errors.append('%s: invalid IBAN %s' % (fn, ib))
    # 3. rebuild is byte-identical
    with tempfile.TemporaryDirectory() as tmp:
        write(tmp)
        for i in range(1, N_MAILS + 1):
            p1 = os.path.join(HERE, 'mails', fname(i))
            p2 = os.path.join(tmp, 'mails', fname(i))
            if open(p1, 'rb').read() != open(p2, 'rb').read():
                errors.append('%s: rebuild differs' % fname(i))
        if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != open(os.path.join(tmp, 'labels.tsv'), 'rb').read():
            errors.append('labels.tsv: rebuild differs')
        extra = sorted(set(os.listdir(os.path.join(HERE, 'mails'))) - set(fname(i) for i in range(1, N_MAILS + 1)))
        if extra:
            errors.append('unexpected files in mails/: %r' % extra)
    # report
    print('mails: %d' % len(rows))
    print('labels: ' + ', '.join('%s %d' % (l, count[l]) for l in LABELS))
    print('label x lang:')
    for l in LABELS:
        print('  %-22s ' % l + '  '.join('%s %d' % (g, langs.get((l, g), 0)) for g in LANGS))
    print('  %-22s ' % 'total' + '  '.join('%s %d' % (g, sum(langs.get((l, g), 0) for l in LABELS)) for g in LANGS))
    print('kind x label:')
    for k in sorted(kinds):
        print('  %-24s ' % k + '  '.join('%s %d' % (l[:6], kinds[k].get(l, 0)) for l in LABELS))
    print('top-level formats: ' + ', '.join('%s %d' % kv for kv in sorted(FORMAT.items())))
    print('attachments (top level, ZIP members not counted): ' + ', '.join('%s %d' % kv for kv in sorted(ATTS.items())))
    if errors:
        for e in errors:
            print('ERROR ' + e)
        print('CHECK FAILED (%d errors)' % len(errors))
        return 1
    print('byte-identical rebuild: yes')
    print('CHECK OK')
    return 0


def main(argv):
    if '--check' in argv:
        return check()
    mails = write(HERE)
    c = {}
    for _fn, label, *_rest in mails:
        c[label] = c.get(label, 0) + 1
    print('wrote %d mails to %s: %s' % (len(mails), os.path.join(HERE, 'mails'),
                                          ', '.join('%s %d' % (l, c.get(l, 0)) for l in LABELS)))
    return 0


# ===========================================================================
# the mails
# ===========================================================================

FOOT_DE = """--
Weserbogen Krankenversicherung AG | Am Stadtwerder 12 | 28199 Bremen
Vorstand: Dr. Helge Timmermann (Vors.), Claudia Stührmann
Aufsichtsratsvorsitzender: Reinhard Ostendorf | Sitz Bremen | AG Bremen HRB 30911 HB"""

FOOT_EN = """--
Weserbogen Krankenversicherung AG | Am Stadtwerder 12 | 28199 Bremen | Germany
Management Board: Dr. Helge Timmermann (Chair), Claudia Stührmann
Registered office Bremen | Local Court Bremen HRB 30911 HB"""

DISCL = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail.
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender immediately and delete this e-mail."""


def m001():
    body = """Hallo zusammen,

bitte einmal übernehmen, kam heute früh über die Hotline rein. Der Kunde wartet auf
Rückruf, am besten auf Englisch.

Danke & Gruß
Anja

-----Ursprüngliche Nachricht-----
Von: Hotline-Ticket <ticket-hotline@weserbogen-kv.example>
Gesendet: Montag, 4. November 2024 08:52
An: Kundenservice Incoming <incoming@weserbogen-kv.example>
Betreff: Telefonnotiz #T-2024-44817

Telefonnotiz, aufgenommen von: L. Tammen
Anrufer: Hr. Hoang Minh Tuan (Student TH Auenfeld), VN WBC-2024-118342
Rückrufnr.: 0176 5521 0934 (spricht Englisch)

Hr. Hoang hat seit Samstag starke Zahnschmerzen unten links, Backe ist
geschwollen, hat am WE 3x Ibuprofen 600 genommen. War Sonntag beim
zahnärztlichen Notdienst in Auenfeld, die haben aufgebohrt und ihm
Antibiotikum verschrieben (Amoxicillin?), er soll diese Woche zur
Wurzelbehandlung wiederkommen. Er fragt:
 1) wird die Notdienstrechnung erstattet (hat 96,40 EUR bar bezahlt)
 2) ist die Wurzelbehandlung im Tarif Campus drin oder nur
    "Schmerzbehandlung"?
Habe gesagt, wir melden uns heute noch.
"""
    m = msg(staff('rademacher'), staff('leistung'),
            'WG: Telefonnotiz #T-2024-44817 - Rückruf erbeten', '2024-11-04 09:07',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'internal',
             'inline-forwarded phone note: named student with toothache, emergency dental treatment, antibiotics, policy no.', m)


def m002():
    body = """Hej Katrin,

before I leave tomorrow (back on 6 Jan), here is my handover for the Ríos Valdés
case, as discussed. Sorry it's half English half German, I wrote the notes as I went.

Case: Mateo Ríos Valdés, WB Campus, VN WBC-2023-097415, Uni Lindenau (MSc Physics)
Claim no. LI-24-230871

- 14.12. Skiunfall in Obertauern (AT), Sturz auf der Piste, rechtes Knie.
- Diagnose laut Bericht Unfallkrankenhaus Schwarzach: Tibiakopffraktur rechts
  (S82.18), operiert am 15.12. (Plattenosteosynthese), 5 Tage stationär.
- Invoice from the Austrian hospital: EUR 9,842.60 - they want a guarantee before
  discharge, I gave a provisional Kostenzusage by phone on 17.12. (see note in
  the file, call with Frau Mairhofer, Patientenadministration).
- Our conditions: Campus covers temporary stays in the Schengen area up to
  6 weeks per trip, so coverage is fine IMO. He left Germany on 10.12.
- Open: Rücktransport nach Lindenau. MediAssist says he can travel sitting with
  leg elevated, they suggest train 1st class + taxi, approx. EUR 480. Please
  approve if the discharge letter confirms it.
- He'll need physio in Lindenau afterwards (Heilmittelverordnung to come),
  crutches are from the hospital.

His mother called twice (she's in Valencia, speaks only Spanish) - we are NOT
allowed to give her information, he hasn't signed a release. I told her that
politely via the interpreter line.

Frohe Weihnachten und danke fürs Übernehmen!
Sophie

Sophie Lindqvist
International Service Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('lindqvist'), staff('oltmanns'),
            'Übergabe / handover Ríos Valdés (LI-24-230871)', '2024-12-19 16:48',
            text(body, cte='8bit'), mailer=TB)
    return R('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
             'handover notes EN/DE: named student, ski accident, tibial plateau fracture S82.18, surgery, hospital invoice', m)


def m003():
    body = """Sehr geehrte Frau Wiechmann,

wie heute Vormittag am Telefon besprochen, bestätigen wir Ihnen für das
Immatrikulationsverfahren zum Wintersemester 2024/25:

  Name:            Aigerim Sadykova
  Geburtsdatum:    03.05.2000
  Matrikelnummer:  4471203 (laut Ihrer Anfrage)
  Versichert seit: 01.10.2024
  Tarif:           WB Campus (Krankheitskostenvollversicherung, ohne
                   Selbstbehalt) inkl. Pflegepflichtversicherung
  Vertragsnummer:  WBC-2024-120577

Der Versicherungsschutz entspricht nach Art, Umfang und Dauer den Leistungen
der gesetzlichen Krankenversicherung im Sinne von § 8 Abs. 1 Nr. 5 SGB V. Die
Befreiungsentscheidung der gesetzlichen Krankenkasse liegt Frau Sadykova nach
unserer Kenntnis bereits vor; eine Kopie hat sie uns am 07.10. übermittelt.

Frau Sadykova hat uns am 14.10.2024 schriftlich erlaubt, Ihnen diese Auskunft zu
geben.

Mit freundlichen Grüßen

Mehmet Aydin
Vertrag & Antrag Incoming
Telefon 0421 4470-318

""" + FOOT_DE
    m = msg(staff('aydin'), a('Sabine Wiechmann', 'studierendensekretariat@uni-lindenau.example'),
            'Ihre Anfrage vom 14.10. - Versicherungsnachweis Matr.-Nr. 4471203', '2024-10-15 11:22',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-university',
             'confirms that a named student (birth date) is health-insured in WB Campus, contract no.; no medical word', m)


def m004():
    body = """Dear Dr. Raghunathan,

thank you for your e-mail. As requested, here is the information your employer
needs for the employer's contribution (Arbeitgeberzuschuss). We have also put a
signed copy in your portal mailbox.

  Insured person:        Dr. Arvind Raghunathan
  Contract:              WB Scientist, no. WBS-2024-004381
  Start of insurance:    1 September 2024
  Monthly premium health insurance (comprehensive):     EUR 412.60
  Monthly premium compulsory long-term care insurance:  EUR  38.90
  Total:                                                EUR 451.50

Your employer may pay half of these premiums, up to the statutory maximum.
Please note that the premium for your wife's coverage (contract
WBS-2024-004382) is listed separately on the certificate in the portal.

If HR at the institute needs the certificate in German as well, just let us
know.

Kind regards
Sophie Lindqvist
International Service Team

> -----Original Message-----
> From: Arvind Raghunathan <a.raghunathan@ipa-auenfeld.example>
> Sent: Monday, 30 September 2024 17:41
> To: incoming@weserbogen-kv.example
> Subject: Confirmation for employer subsidy
>
> Dear Sir or Madam,
> HR of the institute (Ms. Pohlmann) asks for a confirmation of my health
> insurance premiums so they can pay the employer share with my October
> salary. My gross salary is EUR 5,150 per month (TV-L E13), in case this
> matters. Could you send it before 15 October?
> Best regards, Arvind Raghunathan

""" + FOOT_EN
    m = msg(staff('lindqvist'), a('Arvind Raghunathan', 'a.raghunathan@ipa-auenfeld.example'),
            'RE: Confirmation for employer subsidy', '2024-10-01 10:05',
            text(body, cte='quoted-printable'), mailer=OUTLOOK,
            irt=ext_mid('raghu-subsidy', 'ipa-auenfeld.example'))
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'health and care premiums of a named guest scientist and his wife, contract nos.; salary in quote', m)


def m005():
    body = """Sehr geehrte Frau Hollmann,

vielen Dank für Ihr Interesse an unserem Au-pair-Schutz. Gern beantworte ich Ihre
Fragen allgemein:

- Der Tarif WB Au-pair Kombi bündelt Kranken-, Unfall- und
  Privathaftpflichtversicherung und erfüllt die Vorgaben für das Au-pair-Visum.
- Er kann frühestens ab Einreise und höchstens für 24 Monate abgeschlossen
  werden. Der Beitrag beträgt derzeit 49,00 EUR im Monat, unabhängig vom Alter.
- Für Vorerkrankungen und Schwangerschaften gelten besondere Regeln; diese
  finden Sie in den Versicherungsbedingungen (Teil B, § 4).
- Abschließen kann die Gastfamilie oder das Au-pair selbst.

Unsere Broschüre und die Bedingungen finden Sie unter
https://www.weserbogen-kv.example/aupair - eine gedruckte Fassung schicke ich
Ihnen gern zu, wenn Sie mir Ihre Postanschrift nennen.

Mit freundlichen Grüßen

Mehmet Aydin
Vertrag & Antrag Incoming

""" + FOOT_DE
    m = msg(staff('aydin'), a('Claudia Hollmann', 'c.hollmann@familienpost.example'),
            'AW: Infos Au-pair Versicherung', '2024-09-12 14:31',
            text(body), mailer=OUTLOOK, irt=ext_mid('hollmann-info', 'familienpost.example'))
    return R('NORMAL', 'de', 'insurer-to-prospect',
             'trap: generic product information for a prospective host family; no contract, no personal or health data', m)


def m006():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

anbei / below the updated glossary for our bilingual letters. Please use these
terms consistently, especially in the portal texts. Vorschläge bitte an mich.

German                        | English (our standard)           | avoid
------------------------------+----------------------------------+---------------------
Kostenübernahmeerklärung      | guarantee of payment (GOP)       | "cost take-over"
Leistungsabrechnung           | statement of benefits            | "settlement"
Erstattung                    | reimbursement                    | "refund" (= Beitrag!)
Beitragsrückerstattung        | premium refund                   |
Vorerkrankung                 | pre-existing condition           | "previous illness"
Wartezeit                     | waiting period                   |
Selbstbehalt                  | deductible / excess              | "own risk"
Heilmittel (Physio etc.)      | therapeutic remedies             |
Hilfsmittel                   | medical aids                     |
Überführung                   | repatriation of remains          | "transfer"
Rücktransport                 | medical repatriation             |
Versicherungsbestätigung      | certificate of insurance         |
Befreiung von der Versiche-   | exemption from statutory         |
  rungspflicht (GKV)          |   health insurance               |
Schweigepflichtentbindung     | authorisation to release         | "discretion release"
                              |   medical information            |

Neu aufgenommen: "Pflegepflichtversicherung" -> "compulsory long-term care
insurance" (nicht "nursing insurance").

Viele Grüße / best regards
Sophie
"""
    m = msg(staff('lindqvist'), 'team-incoming@' + DOM,
            'Glossar DE/EN für Kundenschreiben - Stand Oktober', '2024-10-02 08:40',
            text(body, cte='8bit'), mailer=TB)
    return R('NORMAL', 'mixed', 'internal',
             'trap: DE/EN glossary full of health/claims vocabulary, no person', m)


def m007():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 18. Oktober 2024, nicht im Büro und lese
meine E-Mails in dieser Zeit nicht.

In dringenden Fällen (z. B. Kostenübernahmen bei Krankenhausaufnahme) wenden Sie
sich bitte an das Team Leistung Incoming: leistung-incoming@weserbogen-kv.example
oder 0421 4470-300 (Mo-Fr 8-18 Uhr). Außerhalb der Servicezeiten ist unser
Assistance-Partner rund um die Uhr unter +49 421 4470-999 erreichbar.

Mit freundlichen Grüßen
Katrin Oltmanns
"""
    m = msg(staff('oltmanns'), staff('behrends'),
            'Automatische Antwort: Termin Teamrunde Donnerstag', '2024-10-09 13:02',
            text(body), extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
            mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: out-of-office reply mentioning hospital admissions and cost guarantees, no person', m)


def m008():
    body = """Dear Dr. Mendoza,

I'm sorry to hear that your e-bike was stolen. We have registered the claim:

  Policy:     WB Hausrat Campus, no. HRC-2024-031876
  Claim no.:  SH-24-118940
  Location:   bicycle cellar, Kastanienallee 27, 37081 Auenfeld
  Date:       night of 21/22 October 2024
  Police:     Polizeiinspektion Auenfeld, report no. 0814/24/009127

Theft of bicycles from a locked communal cellar is covered under your policy up
to EUR 2,500 (e-bikes included). To settle the claim we still need:

1. the purchase receipt of the e-bike (Riese & Mueller, bought 2023 as far as I
   understood from the form),
2. both keys of the frame lock, or a short explanation if one is missing,
3. the confirmation from the police that the bike has not been found
   (they usually send it after four weeks).

You can upload the documents in the portal or simply reply to this e-mail. We
will then transfer the amount to the account ending in ...1697 that you gave us.

Best regards

Malte Ruschmeyer
Property Claims
Weserbogen Krankenversicherung AG - Schadenservice Sach/HP
"""
    m = msg(staff('ruschmeyer'), a('Gabriela Mendoza', 'g.mendoza@ipa-auenfeld.example'),
            'Your claim SH-24-118940 - stolen e-bike', '2024-10-24 10:16',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'household theft claim of a named guest scientist: policy and claim no., home address; no health data', m)


def m009():
    body = """Hallo Frau Rademacher,

wie besprochen vorab die Eckdaten, bevor das Schreiben an Frau Kuhlmann rausgeht.
Bitte noch nicht weitergeben, der Betriebsrat hat erst am Dienstag Sitzung.

  Mitarbeiterin:      Jana Kuhlmann, Pers.-Nr. 20417
  Funktion:           Sachbearbeiterin Kundenservice Incoming
  bisher:             VTV TG 6, 6. Berufsjahr, 3.912,00 EUR brutto/Monat
  neu ab 01.01.2025:  VTV TG 7, 3.  Berufsjahr, 4.186,00 EUR brutto/Monat
  + Funktionszulage Zweitsprache Russisch: 120,00 EUR (unverändert)

Die Höhergruppierung ist mit der Übernahme der Teamkoordination Saison
begründet, so steht es auch in Ihrem Antrag vom 02.10.

Wenn Sie einverstanden sind, schicke ich das Schreiben Ende nächster Woche raus.

Viele Grüße
Birte Hansen
Personal
"""
    m = msg(staff('hansen'), staff('rademacher'),
            'Höhergruppierung J. Kuhlmann - bitte vertraulich', '2024-11-14 15:26',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'internal',
             'salary and pay grade of a named employee', m)


def m010():
    doc = pdf([
        '## Weserbogen Krankenversicherung AG - Maklerabrechnung',
        '',
        'Vertragspartner: Olena Hrytsenko Versicherungsmakler',
        'Inhaberin Olena Hrytsenko, Vahrer Str. 212, 28329 Bremen',
        'Vermittlernummer WB-M-0731  |  Registernr. D-W-140-Q8XK-17',
        'Steuernummer 60/145/08821',
        '',
        'Abrechnungszeitraum: 01.07.2024 - 30.09.2024     Abrechnungsnr. PA-2024-Q3-0731',
        '',
        'Sparte / Tarif                     Stück    Bewertungssumme    Courtage',
        'WB Campus                             14        20.416,80 EUR     1.224,99 EUR',
        'WB Au-pair Kombi                       9         5.292,00 EUR       423,36 EUR',
        'WB Incoming Komfort                    3         6.318,00 EUR       379,08 EUR',
        'WB Haftpflicht Incoming                6           387,00 EUR        77,40 EUR',
        'Stornohaftung (Rückbelastung)                                      -84,20 EUR',
        '',
        'Auszahlungsbetrag                                                2.020,63 EUR',
        '',
        'Die Courtage ist gemäß § 4 Nr. 11 UStG umsatzsteuerfrei.',
        'Überweisung am 15.10.2024 auf: DE21 5766 6952 7882 4929 05',
        'Kontoinhaberin: Olena Hrytsenko',
        '',
        'Einzelaufstellung der Verträge im Maklerportal unter "Abrechnungen".',
    ], title='Maklerabrechnung Q3 2024', created='20241011070500')
    body = """Sehr geehrte Frau Hrytsenko,

anbei Ihre Courtageabrechnung für das 3. Quartal. Die Einzelaufstellung
finden Sie wie gewohnt im Maklerportal.

Mit freundlichen Grüßen
Greta Vosskamp
Maklerbetreuung
Tel. 0421 4470-270

""" + FOOT_DE
    m = msg(staff('vosskamp'), a('Olena Hrytsenko', 'info@hrytsenko-makler.example'),
            'Courtageabrechnung Q3/2024', '2024-10-11 09:12',
            mixed(text(body), att(doc, 'Abrechnung_PA-2024-Q3-0731.pdf', CT['pdf'])),
            mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-broker',
             'only in the PDF: sole-trader broker\'s IBAN, tax number and commission income; no customer named', m)


def m011():
    body = """Sehr geehrter Herr Kasimir,

vielen Dank für Ihre Anfrage vom 2. September zu unseren Incoming-Tarifen. Da sich
Ihre Frage nicht auf eine bestimmte Person bezieht, antworte ich Ihnen gern
allgemein.

Für einen Aufenthaltstitel muss nach § 2 Abs. 3 AufenthG ausreichender
Krankenversicherungsschutz bestehen. Nach unserem Verständnis der
Anwendungshinweise erfüllt unser Tarif WB Incoming Komfort diese Anforderungen:

  - ambulante, stationäre und zahnärztliche Behandlung ohne Summenbegrenzung
  - kein Selbstbehalt (Variante "Komfort 0") bzw. 300 EUR je Versicherungsjahr
    (Variante "Komfort 300")
  - Schwangerschaft und Entbindung nach einer Wartezeit von 8 Monaten
  - Arzneimittel, Heil- und Hilfsmittel in Anlehnung an den GKV-Katalog
  - inklusive Pflegepflichtversicherung, wenn die Aufenthaltsdauer mehr als
    6 Monate beträgt

Der Tarif WB Incoming Basis ist dagegen auf 30.000 EUR je Versicherungsfall
begrenzt und nur für Schengen-Visa bzw. kurze Aufenthalte (bis 90 Tage)
gedacht. Für Aufenthaltstitel empfehlen wir ihn ausdrücklich nicht.

Für Rückfragen zu Einzelfällen benötigen wir eine Schweigepflicht- und
Einwilligungserklärung der betroffenen Person; ein Muster schicke ich Ihnen auf
Wunsch zu.

Mit freundlichen Grüßen

Mehmet Aydin
Vertrag & Antrag Incoming

""" + FOOT_DE
    m = msg(staff('aydin'), a('Dieter Kasimir', 'auslaenderbehoerde@stadt-lindenau.example'),
            'AW: Anfrage Krankenversicherungsschutz Incoming-Tarife (Ihr Zeichen 32.1-KV)',
            '2024-09-05 10:48', text(body), mailer=OUTLOOK,
            irt=ext_mid('kasimir-tarife', 'stadt-lindenau.example'))
    return R('NORMAL', 'de', 'insurer-to-authority',
             'trap: general statement on tariff suitability for residence permits, health vocabulary, no person', m)


def m012():
    body = """Liebe Katrin,

wir haben über die Ombudsstelle die Beschwerde von Frau Chiara Bellandi
bekommen (Schreiben vom 21.01., Az. OS-KV 2025/00318). Kurz zusammengefasst:

- VN WBC-2023-088120, WB Campus, Studentin Uni Lindenau
- Ablehnung unserer Leistungsabteilung vom 12.12.2024 für das MRT des linken
  Kniegelenks (GOÄ 5729, 5731 A, Rechnung radiologische Praxis Dr. Steffens,
  412,76 EUR) mit der Begründung "medizinische Notwendigkeit nicht belegt".
- Frau Bellandi schreibt, sie habe seit einem Sturz beim Hochschulsport
  Instabilität und Schwellung, die Orthopädin habe eine Meniskusläsion
  vermutet und das MRT angeordnet. Arztbrief liegt der Beschwerde bei (habe
  ich in die E-Akte gelegt).
- Sie verweist außerdem darauf, dass sie die Ablehnung nur auf Deutsch bekommen
  hat.

Die Ombudsstelle will unsere Stellungnahme bis 14.02. Kannst du mir bis
7.02. sagen, ob wir nach Vorlage des Arztbriefs anders entscheiden? Wenn ja,
würde ich vorschlagen, direkt abzuhelfen und der Ombudsstelle nur die
Abhilfe mitzuteilen. Frau Dr. Fassbender sollte den Arztbrief ggf. kurz
ansehen.

Danke und Gruß
Anja

Anja Rademacher
Teamleitung Kundenservice / Beschwerdemanagement
"""
    m = msg(staff('rademacher'), staff('oltmanns'), 'Ombudsbeschwerde Bellandi - Stellungnahme bis 14.02.',
            '2025-01-27 11:03', text(body), cc=staff('fassbender'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'internal',
             'named student\'s ombudsman complaint: knee MRI rejected, suspected meniscus lesion, contract no.', m)


def m013():
    body = """Dear Mr. Okafor,

thanks for reaching out, and it was good to meet you at the fair in Hamburg.

To your general questions:

1) Students aged 30 or over, and students in preparatory language courses or
   Studienkolleg, are usually not covered by the student rate of the statutory
   funds. For them our plan WB Campus Plus is available (EUR 96.50 per month up
   to age 34, EUR 138.20 from 35). It meets the enrolment requirements.

2) Students under 30 who are exempted from statutory insurance at the start of
   their studies (within three months) can take WB Campus (EUR 79.90 per
   month). The exemption is irrevocable for the whole duration of studies -
   please make sure students know that before they decide.

3) Exchange students (Erasmus etc.) with a European Health Insurance Card do not
   need our plan for enrolment, but many take our liability/household bundle.

Our English flyer and the conditions can be downloaded at
https://www.weserbogen-kv.example/en/students. If you'd like a short online info
session for your buddy programme, let me know a date in October.

Best regards
Jonas Behrends
University Partnerships
Weserbogen Krankenversicherung AG
Phone +49 421 4470-240
"""
    m = msg(staff('behrends'), a('Daniel Okafor', 'international@th-auenfeld.example'),
            'RE: Insurance options for incoming students', '2024-09-18 16:20',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK,
            irt=ext_mid('okafor-options', 'th-auenfeld.example'))
    return R('NORMAL', 'en', 'insurer-to-university',
             'trap: general product answer to an international office, prices and exemption rules, no student', m)


def m014():
    inner_body = """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Interessen von Frau Gisela Tiedemann, Am Wall 88,
28195 Bremen, vertreten. Vollmacht anbei.

Ihr Versicherungsnehmer, Herr Lucas Pereira da Silva, war bis zum 31.08.2024
Mieter der Wohnung unserer Mandantin im 2. OG links (Am Wall 88). Bei der
Wohnungsübergabe am 02.09.2024 wurde festgestellt, dass der Eichenparkett im
Wohnzimmer auf ca. 9 m² durch dauerhaft auf dem Boden abgestellte Pflanzkübel
aufgequollen und dunkel verfärbt ist. Das Übergabeprotokoll ist von Herrn
Pereira da Silva unterschrieben.

Ausweislich des Kostenvoranschlags der Parkett Behrens GmbH vom 10.09.2024
belaufen sich die Kosten für Abschleifen bzw. Teilaustausch auf 2.418,50 EUR
brutto. Ihr Versicherungsnehmer hat uns Ihre Vertragsnummer HPI-2023-014522
und Ihre Schadennummer HS-24-077310 mitgeteilt.

Wir fordern Sie auf, den Betrag bis zum 15.10.2024 auf das Konto unserer
Mandantin zu überweisen.

Mit freundlichen Grüßen
Dr. Frauke Meyerdierks
Rechtsanwältin
Kanzlei Meyerdierks & Coldewey, Contrescarpe 41, 28203 Bremen
"""
    inner = msg(a('RAin Dr. Frauke Meyerdierks', 'meyerdierks@kanzlei-mc.example'),
                'schaden@' + DOM, 'Schaden HS-24-077310 / Tiedemann ./. Pereira da Silva',
                '2024-09-24 15:40', text(inner_body, charset='iso-8859-1'),
                mid=ext_mid('mc-tiedemann', 'kanzlei-mc.example'), mailer=OUTLOOK)
    body = """Hallo Herr Brinkmann,

anbei die Forderung der Vermieterin-Anwältin im Fall Pereira da Silva. Bitte
prüfen, ob Pflanzkübel-Feuchtigkeit nicht unter "allmähliche Einwirkung"
fällt (Ausschluss Ziffer 7.14 AHB). Frist 15.10. - bitte Zwischennachricht an
die Kanzlei, falls wir es nicht schaffen.

Gruß
Malte Ruschmeyer
"""
    m = msg(staff('ruschmeyer'), a('Tim Brinkmann', 'tim.brinkmann@' + DOM),
            'WG: Schaden HS-24-077310 / Tiedemann ./. Pereira da Silva', '2024-09-25 08:14',
            mixed(text(body), fwd(inner, 'Schaden HS-24-077310.eml')), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'lawyer',
             'forwarded lawyer letter (attached .eml): named student\'s liability claim, policy and claim no., addresses', m)


def m015():
    body = """Hello Ms. Kowalczyk,

thanks for your question from last week - here is the general answer, which you
are welcome to pass on to host families and candidates. (If it concerns a
particular au pair, please ask her to contact us directly, we can't discuss
individual cases with the agency without her written consent.)

WB Au-pair Kombi - pregnancy and childbirth

* Medical care during pregnancy (check-ups, ultrasound, midwife) is covered if
  the pregnancy began after the start of the insurance.
* Costs of childbirth are covered after a waiting period of 8 months from the
  start of insurance.
* Pregnancies that already existed when the insurance started are not covered,
  except for acute emergencies (e.g. treatment of complications up to the
  stabilisation of the patient).
* Termination of pregnancy is only covered on medical grounds.
* Contraception is not covered (same rule as in statutory insurance for adults
  over 22).

The exact wording is in the general conditions, part B, sections 4.3 - 4.6:
https://www.weserbogen-kv.example/en/aupair/conditions

Kind regards
Sophie Lindqvist
International Service Team
"""
    m = msg(staff('lindqvist'), a('Renate Kowalczyk', 'office@aupair-bridge.example'),
            'RE: Question: pregnancy cover au pairs', '2024-10-29 12:55',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK,
            irt=ext_mid('bridge-pregnancy', 'aupair-bridge.example'))
    return R('NORMAL', 'en', 'insurer-to-agency',
             'trap: generic pregnancy/childbirth conditions for au pairs, explicitly no individual case', m)


def m016():
    body = """Sehr geehrte Frau Melnyk,

vielen Dank für Ihren Anruf und die nachgereichten Unterlagen zum Aufenthalt
Ihres Vaters, Herrn Wolodymyr Melnyk, im Klinikum Lindenau.

Versicherungsvertrag: WB Besuch, Nr. WBB-2024-006215
Versicherte Person:   Wolodymyr Melnyk, geb. 11.02.1956
Aufenthalt:           09.08. - 15.08.2024, Kardiologie (Station K3)

Laut Entlassungsbrief wurde Ihr Vater mit Brustschmerzen aufgenommen; es wurde
ein akutes Koronarsyndrom festgestellt und am 10.08. ein Stent in die rechte
Herzkranzarterie gesetzt. Der Brief erwähnt außerdem einen seit 2019 bekannten,
medikamentös behandelten Bluthochdruck sowie die Einnahme von Bisoprolol und
Ramipril.

Unser Tarif WB Besuch leistet nicht für Behandlungen von Krankheiten, die vor
Reiseantritt bekannt waren und behandelt wurden, wohl aber für unvorhersehbare
akute Verschlechterungen. Um das beurteilen zu können, benötigen wir noch:

  1. den Medikationsplan bzw. Arztberichte der letzten 12 Monate vor der
     Einreise (eine Übersetzung ist nicht nötig, ukrainisch genügt),
  2. die unterschriebene Schweigepflichtentbindung (Formular anbei per Post).

Die Rechnung des Klinikums über 8.937,12 EUR haben wir vorerst angehalten; das
Klinikum ist informiert, es entstehen Ihnen dadurch keine Mahngebühren.

Mit freundlichen Grüßen

Katrin Oltmanns
Leistung Incoming
"""
    m = msg(staff('oltmanns'), a('Daria Melnyk', 'daria.melnyk@posteo-mail.example'),
            'Ihr Vater - Krankenhausaufenthalt August 2024, Vertrag WBB-2024-006215', '2024-08-28 14:09',
            text(body, charset='windows-1252', cte='quoted-printable'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'visiting father (named, birth date): acute coronary syndrome, stent, hypertension, medication; windows-1252', m)


def m017():
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Intranet-News</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#00557f">Intranet-News: Neue Rufnummern für den Bereich Incoming</h2>
<p>Ab <b>Montag, 2. Dezember 2024</b>, gelten für den Bereich Incoming neue
Durchwahlen. Die alten Nummern werden bis 31.01.2025 weitergeleitet.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6f0f5"><th>Bereich</th><th>neu</th><th>bisher</th></tr>
<tr><td>Kundenservice Incoming (DE/EN)</td><td>0421 4470-300</td><td>0421 4470-3100</td></tr>
<tr><td>Leistung / Kostenübernahmen Krankenhaus</td><td>0421 4470-310</td><td>0421 4470-3150</td></tr>
<tr><td>Saison-Service (PL/RO)</td><td>0421 4470-330</td><td>0421 4470-3180</td></tr>
<tr><td>Hochschulen &amp; Agenturen</td><td>0421 4470-240</td><td>unverändert</td></tr>
<tr><td>24h-Notruf Assistance (MediAssist 24)</td><td>+49 421 4470-999</td><td>unverändert</td></tr>
</table>
<p>Bitte aktualisiert eure Signaturen und die Textbausteine im Schreibprogramm
(Bausteine INC-01 bis INC-14). Die Versicherungsbestätigungen werden vom System
automatisch angepasst.</p>
<p style="color:#777">Redaktion Intranet &middot; Unternehmenskommunikation</p>
</body></html>
"""
    m = msg(a('Intranet-Redaktion', 'intranet@' + DOM), 'alle-incoming@' + DOM,
            'Intranet-News: Neue Rufnummern Incoming ab 02.12.', '2024-11-27 07:30',
            html(page), mailer=SYSMAIL)
    return R('NORMAL', 'de', 'internal',
             'trap: HTML-only intranet news with hotline numbers for hospital cost guarantees, no person', m)


def m018():
    body = """Dear colleagues at MediAssist,

please open a repatriation case for the following insured person under our
seasonal workers' group contract:

  Name:           Ionut Popescu
  Date of birth:  1989-06-23
  Contract:       WB Saison group contract GS-2024-0117 (Obsthof Brandes GbR),
                  member no. 0117-0042
  Hospital:       St.-Annen-Krankenhaus Auenfeld, trauma surgery, ward 4B
                  contact Dr. Kettler, +49 5521 908-4410
  Home address:   Str. Mihai Eminescu 14, Suceava, Romania

Medical summary (from the hospital, 2 Sept): fall from a ladder during apple
harvest on 29 Aug; proximal femur fracture right (S72.0), treated with a
hip hemiarthroplasty on 30 Aug. Mobilised with walker, no complications, no
anticoagulation issues. Hospital expects him to be fit to travel from about
9 September, lying or sitting with the leg extended.

Please:
 - arrange ground ambulance transport Auenfeld -> Suceava (or flight with
   medical escort if you think that's cheaper and medically fine),
 - coordinate with his wife, Mrs. Elena Popescu, +40 745 118 302 (speaks
   Romanian only; he agreed that we can inform her),
 - send us the cost estimate before booking.

Important: this is a work accident. The agricultural employers' liability
insurance (SVLFG) is primarily responsible; we are paying in advance and will
claim reimbursement. Please keep all invoices separately under our claim no.
LS-24-201563.

Many thanks and best regards
Pawel Zielinski
Seasonal Workers Service
Weserbogen Krankenversicherung AG
Phone +49 421 4470-330
"""
    m = msg(staff('zielinski'), a('MediAssist 24 Case Management', 'cases@mediassist24.example'),
            'New repatriation case - Popescu, Ionut - our ref. LS-24-201563', '2024-09-03 09:41',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-assistance',
             'seasonal worker (name, birth date): femur fracture S72.0, hip surgery, repatriation, work accident', m)


def m019():
    body = """Sehr geehrte Frau Herrera,

vielen Dank für Ihre Schadenmeldung vom 3. Februar.

Vertrag:      WB Haftpflicht Au-pair, Nr. HPA-2024-002731
Schaden-Nr.:  HS-25-010288
Schadentag:   01.02.2025
Geschädigte:  Familie Oberdiek, Im Holze 7, 28359 Bremen (Ihre Gastfamilie)

Sie schreiben, dass Ihnen beim Abwischen die Glasplatte des Esstisches
heruntergefallen und zersprungen ist. Verletzt wurde zum Glück niemand.

Schäden am Eigentum der Gastfamilie sind in Ihrem Vertrag bis 5.000 EUR
mitversichert; die Selbstbeteiligung beträgt 150 EUR. Damit wir den Schaden
regulieren können, schicken Sie uns bitte:

  - zwei oder drei Fotos des Tisches bzw. der Scherben,
  - Kaufbeleg oder ungefähres Kaufjahr und Kaufpreis des Tisches,
  - ein Angebot für eine neue Glasplatte (z. B. vom Glaser).

Sie können die Unterlagen auch von Herrn Oberdiek direkt schicken lassen,
bitte immer mit der Schadennummer.

Mit freundlichen Grüßen

Malte Ruschmeyer
Schadenservice Sach/HP

""" + FOOT_DE
    m = msg(staff('ruschmeyer'), a('Ana Sofía Herrera', 'anasofia.herrera@correo-mail.example'),
            'Ihre Schadenmeldung HS-25-010288 - Glasplatte Esstisch', '2025-02-05 10:22',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'au pair liability claim (separate liability contract): names, addresses, policy/claim no.; nobody hurt', m)


def m020():
    rows = [['Vertrag', 'Sparte', 'Name', 'Vorname', 'IBAN', 'Betrag EUR', 'Fälligkeit',
             'Rückgabegrund', 'Gebühr EUR'],
            ['HPI-2023-014522', 'HP', 'Pereira da Silva', 'Lucas', 'DE24 2122 3447 3707 0207 26', 6.45, '2024-11-01', 'AC04 Konto erloschen', 3.00],
            ['HRC-2024-029104', 'HR', 'Adeyemi', 'Oluwaseun', 'DE21 4362 5329 8838 9727 54', 8.90, '2024-11-01', 'MD06 Rückgabe durch Zahler', 3.00],
            ['HPA-2024-002688', 'HP', 'Dlamini', 'Thandiwe', 'DE84 7478 1784 5329 1034 65', 4.50, '2024-11-01', 'AM04 Deckung unzureichend', 3.00],
            ['HRC-2024-031876', 'HR', 'Mendoza', 'Gabriela', 'DE07 1491 0696 6072 1616 97', 12.40, '2024-11-01', 'AM04 Deckung unzureichend', 3.00],
            ['HPI-2024-015907', 'HP', 'Takahara', 'Yuki', 'DE51 7058 5191 0554 6052 14', 6.45, '2024-11-01', 'AC01 IBAN fehlerhaft', 3.00],
            ['HPA-2024-002731', 'HP', 'Herrera', 'Ana Sofía', 'DE29 2917 7293 7518 5229 02', 4.50, '2024-11-01', 'MS03 Grund nicht angegeben', 3.00],
            ['HRC-2023-027310', 'HR', 'Kharaishvili', 'Mariam', 'DE85 0670 7653 2524 4876 50', 8.90, '2024-11-01', 'AC04 Konto erloschen', 3.00]]
    x = xlsx([('Rückläufer 11-2024', rows)], creator='Nadine Brüggemann')
    body = """Hallo Malte,

anbei die Lastschrift-Rückläufer vom 1. November für eure Sparten (HP/HR).
Die Rückläufer der Krankenversicherungsverträge bekommt wie immer die
Beitragsabteilung separat, da sind die hier nicht mit drin.

Bei den beiden AC04 bitte neue Bankverbindung anfordern, bei AM04 läuft
automatisch die 2. Einreichung zum 15.11. Gebühren haben wir wie besprochen
nicht weiterbelastet.

Viele Grüße
Nadine

Nadine Brüggemann
Rechnungswesen / Inkasso
"""
    m = msg(staff('brueggemann'), staff('ruschmeyer'), 'Rückläufer Lastschrift 01.11. HP/HR',
            '2024-11-06 13:37',
            mixed(text(body), att(x, 'Ruecklaeufer_HP_HR_2024-11.xlsx', CT['xlsx'])), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'internal',
             'only in the XLSX: names, IBANs and returned debits of liability/household customers; health contracts excluded', m)


def m021():
    body = """Sehr geehrter Herr Deshpande,

wir haben den Antrag Ihrer Psychotherapeutin, Frau Dipl.-Psych. Miriam
Schönfeld (Praxis für Verhaltenstherapie, Lindenau), vom 18. November erhalten
und geprüft.

Vertrag:   WB Campus, Nr. WBC-2023-091133
Diagnose laut Antrag: mittelgradige depressive Episode (F32.1)
Beantragt: 24 Sitzungen Verhaltenstherapie (Einzel), zzgl. 4 probatorische
           Sitzungen (bereits erfolgt)

Wir sagen Ihnen die Kostenübernahme für 24 Sitzungen à 50 Minuten zu, bis zum
2,3-fachen Satz der GOP (GOÄ-Ziffer 870). Die Zusage gilt bis 31.12.2025. Wenn
eine Verlängerung nötig wird, genügt ein kurzer Bericht Ihrer Therapeutin an
unsere beratende Ärztin; ein neuer vollständiger Antrag ist nicht nötig.

Die Rechnungen können Sie - wie bisher - einfach über die App einreichen. Auf
Wunsch rechnet die Praxis auch direkt mit uns ab; dazu müssten Sie der Praxis
eine Abtretungserklärung unterschreiben.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Oltmanns
Leistung Incoming

""" + FOOT_DE
    m = msg(staff('oltmanns'), a('Rohan Deshpande', 'rohan.deshpande@stud.uni-lindenau.example'),
            'Kostenzusage ambulante Psychotherapie', '2024-11-26 10:34',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'cost approval for psychotherapy of a named student, diagnosis F32.1, therapist named', m)


def m022():
    body = """Dear Ms. Nguyen,

thank you for sending your receipts. Here is the statement for your travel
vaccinations before your trip home to Vietnam:

  Contract: WB Campus, no. WBC-2024-103390
  Date      Item                                        charged    reimbursed
  07 Jan    Ixiaro (Japanese encephalitis), 1st dose   EUR 118.40  EUR  50.00
  07 Jan    Typhim Vi (typhoid)                         EUR  41.85  EUR  41.85
  07 Jan    travel medicine consultation (GOÄ 1, 5)     EUR  26.81  EUR   8.15
  28 Jan    Ixiaro, 2nd dose                            EUR 118.40  EUR   0.00
            total                                       EUR 305.46  EUR 100.00

Why not everything? Vaccinations recommended by the German STIKO for everyone
(e.g. tetanus, measles, flu) are covered in full. Travel vaccinations are
covered up to EUR 100 per calendar year, and that limit has now been reached
for 2025.

We will transfer EUR 100.00 to your account within the next days.

Have a good trip!

Kind regards
Sophie Lindqvist
International Service Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('lindqvist'), a('Nguyen Thi Lan', 'lan.nguyen@stud.th-auenfeld.example'),
            'Your vaccination receipts - statement', '2025-02-04 15:12',
            text(body, cte='quoted-printable'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'vaccinations of a named student with vaccine names and reimbursement, contract no.', m)


def m023():
    body = """Hallo zusammen,

FYI der aktuelle Partner-Newsletter von MediAssist - die Hitzehinweise
könnten für die Saison-Kollegen interessant sein (Erntehelfer!).

Gruß Sophie

---------- Forwarded message ---------
From: MediAssist 24 Partner News <news@mediassist24.example>
Date: Tue, 2 Jul 2024 at 06:00
Subject: Partner News 07/2024: Heat & health, summer travel season

MediAssist 24 - Partner News, July 2024

1. HEAT AND HEALTH
Meteorologists expect above-average temperatures in Central Europe in July
and August. Last summer, heat-related cases (dehydration, heat exhaustion,
heat stroke, circulatory collapse) made up 6 % of our inpatient assistance
cases between June and August, with a clear peak among outdoor workers aged
18-35 and visitors over 70.
Tips you can share with your insured: drink 2-3 litres a day, avoid
strenuous work between 11 am and 4 pm, know the emergency number 112.

2. SUMMER TRAVEL SEASON
Please remind your customers that travel outside the area of cover may need
a separate travel policy. Our 24/7 hotline handles around 1,400 calls per
week in peak season; average waiting time in June was 38 seconds.

3. NEW NETWORK HOSPITALS
From 1 August, 14 further hospitals in Lower Saxony and Bremen accept our
direct-billing guarantee. Updated list in the partner extranet.

4. DATA PROTECTION
Please send medical documents only via the secure case portal, never by
plain e-mail.

To unsubscribe, reply with "unsubscribe".
MediAssist 24 GmbH, Hafenstrasse 3, 20457 Hamburg
"""
    m = msg(staff('lindqvist'), 'team-incoming@' + DOM,
            'Fwd: Partner News 07/2024: Heat & health, summer travel season', '2024-07-02 08:15',
            text(body, cte='8bit'), mailer=TBL)
    return R('NORMAL', 'en', 'newsletter',
             'trap: forwarded assistance newsletter with heat-illness statistics and health advice, no person', m)


def m024():
    body = """Sehr geehrte Damen und Herren,

für die folgende Patientin übernehmen wir die Kosten der stationären Behandlung:

  Patientin:          Prof. Dr. Lin Wei
  geb.:               17.08.1966
  Anschrift:          Gästehaus der Universität, Bismarckstr. 3, 37083 Lindenau
  Versicherung:       WB Scientist, Vertrags-Nr. WBS-2023-003920
  Aufnahme:           12.11.2024, Notaufnahme -> Kardiologie
  Aufnahmediagnose:   I21.4 (akuter subendokardialer Myokardinfarkt / NSTEMI)
  Ihr Aktenzeichen:   Fall-Nr. 24-311-07459

Die Kostenübernahme umfasst die allgemeinen Krankenhausleistungen
einschließlich der geplanten Koronarangiographie mit ggf. PCI. Wahlleistungen
(Chefarztbehandlung, Ein-/Zweibettzimmer) sind im Tarif nicht versichert und
bitte direkt mit der Patientin abzurechnen.

Die Kostenzusage gilt zunächst für 10 Behandlungstage. Bei längerer
Verweildauer bitten wir um einen kurzen Zwischenbericht an unsere beratende
Ärztin, Frau Dr. Fassbender. Die Rechnung senden Sie bitte gemäß
Rahmenvereinbarung vom 01.03.2023 direkt an uns.

Mit freundlichen Grüßen

Katrin Oltmanns
Leistung Incoming - Kostenübernahmen
Telefon 0421 4470-310 | Fax 0421 4470-319

""" + FOOT_DE
    m = msg(staff('oltmanns'), a('Klinikum Lindenau - Patientenaufnahme', 'aufnahme@klinikum-lindenau.example'),
            'Kostenübernahmeerklärung Fall-Nr. 24-311-07459', '2024-11-12 17:52',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
             'cost guarantee for a named guest scientist (birth date): NSTEMI I21.4, coronary angiography', m)


def m025():
    body = """Sehr geehrter Herr Dr. Wójcik,

wie gewünscht erhalten Sie die elektronische Versicherungsbestätigung (eVB)
für die Zulassung Ihres Fahrzeugs. Die Kfz-Versicherung läuft über unsere
Schwestergesellschaft, die Weserbogen Allgemeine Versicherung AG.

  eVB-Nummer:       K7T4QXM
  Versicherungsnehmer: Dr. Tomasz Wójcik, Am Kleinen Felde 9, 37085 Auenfeld
  Fahrzeug:         VW Golf Variant, FIN WVWZZZAUZKP512873
  gültig ab:        sofort, für die Zulassung in Auenfeld
  Tarif:            Haftpflicht + Teilkasko (SB 150 EUR)

Zum Schadenfreiheitsrabatt: Sie hatten erwähnt, dass Sie in Polen seit 2016
unfallfrei versichert sind. Wenn Sie uns eine Bescheinigung Ihres polnischen
Versicherers über den Schadenverlauf schicken (zaświadczenie o przebiegu
ubezpieczenia, am besten mit Übersetzung ins Deutsche oder Englische), können
wir Sie in SF-Klasse 6 statt SF 0 einstufen. Der Beitrag sinkt dann von
1.148,20 EUR auf 612,40 EUR im Jahr.

Bitte geben Sie die eVB-Nummer bei der Zulassungsstelle an; das amtliche
Kennzeichen bekommen wir anschließend automatisch gemeldet.

Mit freundlichen Grüßen

Ihr Kundenservice
Weserbogen Allgemeine Versicherung AG
(Service über Weserbogen Krankenversicherung AG, Team Incoming)
"""
    m = msg(staff('incoming'), a('Tomasz Wójcik', 't.wojcik@ipa-auenfeld.example'),
            'Ihre eVB für die Zulassung - K7T4QXM', '2024-10-07 12:03',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'motor insurance of a named guest scientist: eVB, VIN, address, premium; ordinary non-personal line', m)


def m026():
    body = """Hallo Malte,

kannst du dir das bitte ansehen? Kam von Campus Finanz, es geht um den
Laptopschaden Mensah. Ich hab gesagt, wir melden uns bis Freitag.

Greta

-------- Weitergeleitete Nachricht --------
Betreff: Schaden Mensah / Laptop - status?
Datum: Wed, 15 Jan 2025 10:41:02 +0100
Von: Jannis Roggenkamp <j.roggenkamp@campusfinanz.example>
An: maklerservice@weserbogen-kv.example

Hallo Frau Vosskamp,

kurze Nachfrage zum Schaden von unserem Kunden Kwame Mensah
(WB Hausrat Campus HRC-2024-030552, Schaden SH-24-121877). Er hat mir
heute folgendes geschrieben, I'll just paste it:

  "Hi Jannis, it's now 5 weeks since my flatmate spilled the tea over my
  MacBook. The repair shop says logic board is damaged, repair EUR 1,190 or
  new one EUR 1,649. I sent everything to Weserbogen on 9 Dec but no answer.
  I need the laptop for my thesis!! Can you push them? My IBAN for the
  payment is DE63 8717 2625 8004 2021 62. Thanks, Kwame"

Könnt ihr mir sagen, wo das hängt? Der Mitbewohner hat übrigens selbst
keine Haftpflicht, deshalb läuft es über die Hausrat (Elektronik-Baustein).

Beste Grüße / best
Jannis Roggenkamp
Campus Finanz Makler GmbH | Kundenbetreuung Studierende
Am Brill 4, 28195 Bremen
"""
    m = msg(staff('vosskamp'), staff('ruschmeyer'),
            'WG: Schaden Mensah / Laptop - status?', '2025-01-15 11:02',
            text(body, flowed=False, cte='8bit'), mailer=TB)
    return R('CONFIDENTIAL', 'mixed', 'broker',
             'forwarded broker mail DE/EN: named customer\'s household claim, policy/claim no., IBAN in quoted text', m)


def m027():
    plain = """INCOMING INSIDER - broker newsletter, autumn 2024

Dear partners,

1) New: WB Campus Plus for students 30+
   From 1 October, students aged 30 and over and Studienkolleg participants can
   take WB Campus Plus (EUR 96.50 / EUR 138.20 per month). Commission: 8 % of
   the annual premium, paid for up to 24 months.

2) Visa certificates in 3 minutes
   Certificates for visa applications are now issued instantly in the broker
   portal in German and English, including the wording embassies ask for
   ("no deductible", "covers repatriation").

3) Seasonal business 2025
   Group contracts for seasonal workers (WB Saison) can be quoted from
   15 January. Minimum 5 workers; premium EUR 1.45 per worker and day.

4) Webinar dates
   - 12 Nov, 10:00: "Au pairs: what host families need to know"
   - 26 Nov, 14:00: "Blue Card holders and private health insurance"
   Registration: https://www.weserbogen-kv.example/makler/webinare

Your team at Weserbogen broker support
maklerservice@weserbogen-kv.example | +49 421 4470-270

You receive this newsletter as a registered broker partner. Unsubscribe:
https://www.weserbogen-kv.example/makler/newsletter/abmelden
"""
    page = """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#00557f;color:#fff;padding:14px;font-size:18px">INCOMING INSIDER &ndash; broker newsletter, autumn 2024</td></tr>
<tr><td style="padding:14px">
<p>Dear partners,</p>
<h3>1) New: WB Campus Plus for students 30+</h3>
<p>From 1 October, students aged 30 and over and Studienkolleg participants can take
WB Campus Plus (EUR&nbsp;96.50 / EUR&nbsp;138.20 per month). Commission: 8&nbsp;% of the annual
premium, paid for up to 24 months.</p>
<h3>2) Visa certificates in 3 minutes</h3>
<p>Certificates for visa applications are now issued instantly in the broker portal in German
and English, including the wording embassies ask for (&bdquo;no deductible&ldquo;, &bdquo;covers repatriation&ldquo;).</p>
<h3>3) Seasonal business 2025</h3>
<p>Group contracts for seasonal workers (WB Saison) can be quoted from 15 January. Minimum 5
workers; premium EUR&nbsp;1.45 per worker and day.</p>
<h3>4) Webinar dates</h3>
<ul><li>12 Nov, 10:00: Au pairs: what host families need to know</li>
<li>26 Nov, 14:00: Blue Card holders and private health insurance</li></ul>
<p><a href="https://www.weserbogen-kv.example/makler/webinare">Register here</a></p>
<p>Your team at Weserbogen broker support<br>maklerservice@weserbogen-kv.example | +49 421 4470-270</p>
<p style="font-size:10px;color:#888">You receive this newsletter as a registered broker partner.
<a href="https://www.weserbogen-kv.example/makler/newsletter/abmelden">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
    m = msg(staff('makler'), 'makler-newsletter@' + DOM, 'Incoming Insider - autumn 2024',
            '2024-10-08 07:00', alt(text(plain), html(page)), mailer='WB-Newsletter 2.1',
            extra=[('List-Unsubscribe', '<https://www.weserbogen-kv.example/makler/newsletter/abmelden>'),
                   ('Precedence', 'bulk')])
    return R('NORMAL', 'en', 'newsletter',
             'trap: broker newsletter about visa certificates, premiums and commission, no person', m)


def m028():
    body = """Hi Mehmet,

can you take this one? I don't think we can simply answer the TH without her
consent, or can we? Maybe call Ms. Takahara first.

Thanks, Jonas

-----Original Message-----
From: Daniel Okafor <international@th-auenfeld.example>
Sent: Thursday, 10 October 2024 14:27
To: Jonas Behrends <jonas.behrends@weserbogen-kv.example>
Subject: Insurance check - Yuki Takahara

Dear Jonas,

one of our new exchange students from Japan, Ms. Yuki Takahara (student
ID 2024-11873, born 04/07/2003), told us that she is insured with you
under policy WBC-2024-116024 from 1 October. The Student Office has not yet
received anything and cannot complete her enrolment. Could you confirm
whether the policy is active and whether it is accepted for the exemption?
Her enrolment deadline is 18 October.

Best,
Daniel Okafor
International Office, TH Auenfeld
"""
    m = msg(staff('behrends'), staff('aydin'), 'FW: Insurance check - Yuki Takahara',
            '2024-10-10 15:02', text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'university',
             'forwarded university query: named student (birth date) said to be health-insured with policy no.', m)


def m029():
    plain = """Liebe Kolleginnen und Kollegen,

am Dienstag, 15. Oktober, ist wieder Gesundheitstag im Haus (Foyer und
Seminarraum 2, 9-15 Uhr). Angebote:

  * Grippeschutzimpfung durch den betriebsärztlichen Dienst (Impfstoff
    2024/25, bitte Impfpass mitbringen)
  * Blutdruck- und Blutzuckermessung
  * Rückenscreening und kurze Bewegungspausen mit der Physiotherapie
  * Infostand der Sucht- und Sozialberatung (anonym)

Für die Impfung bitte bis 9. Oktober im Intranet einen Termin buchen
(Personal > Gesundheitsmanagement > Gesundheitstag). Die Teilnahme ist
freiwillig, die Ergebnisse der Messungen erfährt nur ihr selbst.

Euer Team Betriebliches Gesundheitsmanagement
"""
    page = """<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>am <b>Dienstag, 15. Oktober</b>, ist wieder <b>Gesundheitstag</b> im Haus (Foyer und Seminarraum 2, 9&ndash;15 Uhr). Angebote:</p>
<ul>
<li>Grippeschutzimpfung durch den betriebsärztlichen Dienst (Impfstoff 2024/25, bitte Impfpass mitbringen)</li>
<li>Blutdruck- und Blutzuckermessung</li>
<li>Rückenscreening und kurze Bewegungspausen mit der Physiotherapie</li>
<li>Infostand der Sucht- und Sozialberatung (anonym)</li>
</ul>
<p>Für die Impfung bitte bis 9. Oktober im Intranet einen Termin buchen (Personal &gt; Gesundheitsmanagement &gt; Gesundheitstag).
Die Teilnahme ist freiwillig, die Ergebnisse der Messungen erfahrt nur ihr selbst.</p>
<p>Euer Team Betriebliches Gesundheitsmanagement</p>
</body></html>
"""
    m = msg(a('BGM Weserbogen', 'bgm@' + DOM), 'alle@' + DOM,
            'Gesundheitstag am 15.10. - Grippeimpfung, Blutdruck, Rückenscreening', '2024-09-30 09:00',
            alt(text(plain), html(page)), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: staff health day with flu vaccination, blood pressure, addiction counselling; no person', m)


def m030():
    body = """Dear Ms. Dlamini,

thank you for your message and the receipts from the practice of
Dr. Anette Kruse (gynaecology, Bremen-Schwachhausen) dated 19 February.

Contract: WB Au-pair Kombi, no. WAK-2024-008814

Reimbursed:
  - consultation and examination (GOAE 1, 7)                   EUR  31.37
  - swab and PCR test for chlamydia and gonorrhoea
    (laboratory invoice Labor Weserland, 20 Feb)               EUR  61.42
  - HIV and syphilis serology                                  EUR  38.47

Not reimbursed:
  - prescription of the contraceptive pill (Maxim, 3 months)   EUR  29.90

Tests carried out because of symptoms are part of medical treatment and are
covered. Contraception is not covered by your plan, as explained in the
conditions (part B, 4.6). We're sorry we can't be more helpful there - some
counselling centres (e.g. pro familia) give advice free of charge.

The amount of EUR 131.26 will be transferred within 5 working days.

All the best
Sophie Lindqvist
International Service Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('lindqvist'), a('Thandiwe Dlamini', 'thandi.dlamini@webpost.example'),
            'Re: receipts from 19 February', '2025-02-27 09:48', text(body, charset='us-ascii', cte='7bit'),
            mailer=OUTLOOK, irt=ext_mid('dlamini-receipts', 'webpost.example'))
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'sexual health of a named au pair: STI tests, HIV serology, contraceptive pill', m)


def m031():
    cal = ics([
        'BEGIN:VCALENDAR',
        'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        'UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3F4E5DA01000000000000000010000000A115031',
        'DTSTAMP:20241021T081500Z',
        'DTSTART;TZID=W. Europe Standard Time:20241107T130000',
        'DTEND;TZID=W. Europe Standard Time:20241107T150000',
        'SUMMARY;LANGUAGE=de-DE:Schulung: GOÄ-Rechnungen bei ausländischen Patient',
        ' *innen',
        'LOCATION;LANGUAGE=de-DE:Besprechungsraum Weser 3.12 / Teams',
        'ORGANIZER;CN="Katrin Oltmanns":mailto:katrin.oltmanns@weserbogen-kv.example',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=team-leistung-incoming:mailto:team',
        ' -leistung-incoming@weserbogen-kv.example',
        'DESCRIPTION;LANGUAGE=de-DE:Inhalte: Steigerungsfaktoren > 2\\,3 und Begründu',
        ' ngspflicht\\; Analogbewertungen\\; Rechnungen von Wahlärzten\\; typische Fe',
        ' hler bei Notfallrechnungen für Touristen und Gastwissenschaftler\\; Umrech',
        ' nung ausländischer Belege. Bitte eigene (anonymisierte!) Beispiele mitbr',
        ' ingen.',
        'SEQUENCE:0',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR'])
    body = """Hallo zusammen,

wie in der Teamrunde angekündigt: interne Schulung zu GOÄ-Rechnungen, mit
Schwerpunkt auf den Fällen, die bei uns immer wieder hängen (Faktor über 2,3
ohne Begründung, Analogziffern, Notfallambulanz am Wochenende).

Bitte bringt Beispiele mit - aber nur geschwärzt, ohne Namen und
Geburtsdaten. Frau Dr. Fassbender ist für die medizinischen Fragen dabei.

Gruß
Katrin
"""
    m = msg(staff('oltmanns'), 'team-leistung-incoming@' + DOM,
            'Einladung: Schulung GOÄ-Rechnungen bei ausländischen Patient*innen', '2024-10-21 10:15',
            mixed(text(body), att(cal, 'invite.ics', 'text/calendar', charset='utf-8',
                                  extra=[])), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: ICS invitation for a GOÄ billing training with emergency/patient words, no person', m)


def m032():
    rows = [
        ['Indicator', 'Aug 2024', 'Sep 2024', 'Oct 2024', 'Target'],
        ['Calls received (24h line)', 3914, 4388, 4020, ''],
        ['Calls answered within 20 s (%)', 91.2, 88.7, 93.4, 90],
        ['New assistance cases', 212, 247, 231, ''],
        ['  of which inpatient guarantees', 88, 104, 97, ''],
        ['  of which outpatient referrals', 101, 117, 112, ''],
        ['  of which repatriation / transport', 23, 26, 22, ''],
        ['Guarantee issued within 4 h (%)', 96.6, 94.2, 97.9, 95],
        ['Average hospital invoice (EUR)', 4381.5, 4912.25, 4470.1, ''],
        ['Complaints', 3, 5, 2, ''],
        ['Cases by insured group: students (%)', 41, 46, 44, ''],
        ['Cases by insured group: au pairs (%)', 12, 9, 11, ''],
        ['Cases by insured group: guest scientists (%)', 17, 15, 18, ''],
        ['Cases by insured group: seasonal workers (%)', 24, 25, 20, ''],
        ['Cases by insured group: visitors (%)', 6, 5, 7, ''],
    ]
    x = xlsx([('KPI', rows)], creator='Sophie Lindqvist')
    body = """Dear Mr. Dorsch,

ahead of our quarterly review on 19 November, please find attached our
consolidated KPI sheet for August to October, based on your monthly reports
and our own claims data. Figures only, no case data.

Two points I'd like to discuss:
- answer rate in September (88.7 %) - was that the harvest season peak?
- average invoice in September is high; we think two long ICU stays explain
  most of it, but could you check the coding of the transport cases?

Best regards
Sophie Lindqvist
International Service Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('lindqvist'), a('Henrik Dorsch', 'h.dorsch@mediassist24.example'),
            'KPI Aug-Oct 2024 for our quarterly review', '2024-11-08 14:40',
            mixed(text(body), att(x, 'Weserbogen_MediAssist_KPI_2024-08_10.xlsx', CT['xlsx'])),
            mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-assistance',
             'trap: aggregated assistance KPIs (cases, ICU, invoices) in XLSX, no person', m)


def m033():
    csvdata = ("Semester;Fakultät;Versicherte WB Campus;davon WB Campus Plus;Neuverträge;Kündigungen wegen Wechsel GKV\n"
               "WiSe 2023/24;Mathematik/Naturwissenschaften;212;18;97;11\n"
               "WiSe 2023/24;Ingenieurwissenschaften;344;26;151;19\n"
               "WiSe 2023/24;Wirtschaft/Sozialwissenschaften;97;9;40;6\n"
               "WiSe 2023/24;Geisteswissenschaften/Sonstige;41;<5;16;<5\n"
               "SoSe 2024;Mathematik/Naturwissenschaften;219;17;38;9\n"
               "SoSe 2024;Ingenieurwissenschaften;350;29;55;14\n"
               "SoSe 2024;Wirtschaft/Sozialwissenschaften;101;11;19;<5\n"
               "SoSe 2024;Geisteswissenschaften/Sonstige;43;<5;8;<5\n")
    body = """Sehr geehrte Frau Wiechmann,

für den Jahresbericht der Kooperation schicke ich Ihnen wie vereinbart die
Bestandszahlen der bei uns versicherten Studierenden Ihrer Universität,
aufgeschlüsselt nach Fakultätsgruppen. Werte unter 5 sind aus
Datenschutzgründen nur als "<5" ausgewiesen; kleinere Fakultäten haben wir
zusammengefasst. Rückschlüsse auf einzelne Studierende sind damit nicht
möglich.

Die Zahlen für das Wintersemester 2024/25 folgen nach dem Stichtag 15.11.

Mit freundlichen Grüßen
Jonas Behrends
Hochschulkooperationen
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('behrends'), a('Sabine Wiechmann', 'studierendensekretariat@uni-lindenau.example'),
            'Kooperationsbericht 2023/24 - Bestandszahlen', '2024-10-30 16:05',
            mixed(text(body), att(csvdata.encode('cp1252'), 'Bestand_UniLindenau_2023-24.csv',
                                  'text/csv', charset='windows-1252', cte='quoted-printable')),
            mailer=OUTLOOK)
    return R('NORMAL', 'de', 'insurer-to-university',
             'trap: aggregated counts of insured students per faculty (CSV, small cells suppressed), no person', m)


def m034():
    doc = pdf([
        '## St.-Annen-Krankenhaus Auenfeld gGmbH',
        'Patientenabrechnung / International Patient Service',
        'Robert-Koch-Weg 2, 37085 Auenfeld',
        '',
        'Weserbogen Krankenversicherung AG, Leistung Incoming, Am Stadtwerder 12, 28199 Bremen',
        '',
        '## Rechnung Nr. RE-2024-0488213      Datum: 21.10.2024',
        'Fall-Nr.: 24117733        Kostenzusage: KU-24-0931 vom 02.10.2024',
        '',
        'Patientin: Mariam Kharaishvili, geb. 22.01.2002',
        'Anschrift: c/o Familie Stöver, Lindenweg 18, 37085 Auenfeld',
        'Versicherung: WB Au-pair Kombi, Nr. WAK-2024-007902',
        'Aufnahme: 02.10.2024 07:41 (Notaufnahme)   Entlassung: 05.10.2024',
        '',
        'Hauptdiagnose: K35.8 Akute Appendizitis, nicht näher bezeichnet',
        'Prozedur: 5-470.11 Appendektomie, laparoskopisch',
        'DRG: G23C  Appendektomie oder laparoskopische Adhäsiolyse ...',
        '',
        'Leistung                                   Menge        Betrag EUR',
        'DRG G23C (Relativgewicht 0,876 x LBFW 4.210,48)   1     3.688,38',
        'Pflegeentgelt (Pflegebudget)               3 Tage         707,40',
        'Zuschlag Qualitätssicherung                    1           1,98',
        'Telematikzuschlag                              1           3,60',
        '',
        'Rechnungsbetrag                                          4.401,36',
        'Zahlbar innerhalb 30 Tagen. Bankverbindung: siehe Rückseite.',
    ], title='Rechnung RE-2024-0488213', author='St.-Annen-Krankenhaus Auenfeld',
        created='20241021154300', producer='KIS-Faktura 8.1')
    body = """Katrin, for payment please - it's the appendix case from early October,
guarantee was issued by Jonte on 2 Oct. Amount matches our estimate.

Sophie

-----Original Message-----
From: International Patient Service <ips@st-annen-auenfeld.example>
Sent: Monday, 21 October 2024 15:52
To: Sophie Lindqvist <sophie.lindqvist@weserbogen-kv.example>
Subject: Invoice RE-2024-0488213 / your guarantee KU-24-0931

Dear Ms. Lindqvist,

please find attached our invoice for case no. 24117733 (your guarantee
KU-24-0931 of 2 October 2024). The patient has been informed that the
invoice was sent to you directly.

Kind regards
Marlene Hüsing
International Patient Service
St.-Annen-Krankenhaus Auenfeld
"""
    m = msg(staff('lindqvist'), staff('oltmanns'),
            'FW: Invoice RE-2024-0488213 / your guarantee KU-24-0931', '2024-10-22 08:31',
            mixed(text(body), att(doc, 'RE-2024-0488213.pdf', CT['pdf'])), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'hospital',
             'forwarded hospital mail; only the PDF names the au pair (birth date), appendicitis K35.8, appendectomy, DRG', m)


def m035():
    body = """Dear Ms. Verhoeven,

please find below our answers to the EIIF market survey 2024 (incoming
health insurance, Germany). All figures refer to the financial year 2023 and
to our own company only; you may publish them in aggregated form together
with the other participants, but not individually.

Q1  Number of insured persons on 31 Dec 2023 (incoming products):  38,420
Q2  Gross written premium incoming products:               EUR 71.8 million
Q3  Split by target group (persons):
      students                  46 %
      seasonal workers          21 %  (person-years: 4,1 %)
      guest scientists          11 %
      au pairs                   9 %
      visitors / others         13 %
Q4  Claims ratio incoming products (gross):                 68.4 %
Q5  Share of inpatient costs in claims:                      52 %
Q6  Main cost drivers: emergency admissions (cardiology, trauma), births,
    psychiatric inpatient stays among students (+18 % vs. 2022)
Q7  Do you use an external assistance provider?  Yes (24/7, Germany-based)
Q8  Share of claims submitted digitally (app/portal):       74 %

If the questionnaire needs a signature from our management board, please let
me know; Dr. Timmermann will sign it.

Kind regards
Jonas Behrends
Head of University & Partner Business
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('behrends'), a('Ilse Verhoeven', 'survey@eiif-forum.example'),
            'EIIF market survey 2024 - answers Weserbogen', '2024-06-14 11:50',
            text(body, cte='8bit'), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-partner',
             'trap: company-level market survey answers with claims ratio and psychiatric stays trend, no person', m)


def m036():
    body = """Sehr geehrte Frau El Idrissi,

wir haben die Rechnung der Zahnarztpraxis Dr. Carsten Hagedorn vom
13.01.2025 über 1.284,63 EUR geprüft.

Vertrag: WB Campus, Nr. WBC-2024-112640

GOZ   Leistung                                    Zahn   Betrag    erstattet
0010  Eingehende Untersuchung                       -     12,94      12,94
Ä5000 Röntgen (Einzelaufnahme)                     36      8,16       8,16
2390  Trepanation eines Zahnes                      36     21,35      21,35
2410  Aufbereitung Wurzelkanal (3 Kanäle)           36    139,86     139,86
2420  elektrometrische Längenbestimmung (3x)        36     24,30      24,30
2440  Wurzelkanalfüllung (3 Kanäle)                 36    101,85     101,85
2180  Aufbau mit plastischem Material               36     56,03      56,03
2210  Vollkrone (Vollkeramik), Faktor 3,5          36    561,92       0,00
      Material-/Laborkosten Krone                   36    358,22       0,00
                                                          --------   --------
                                                          1.284,63     364,49

Die Wurzelbehandlung des Zahnes 36 ist als medizinisch notwendige
Behandlung voll erstattungsfähig. Zahnersatz (Kronen, Brücken, Implantate)
ist im Tarif WB Campus während der ersten 24 Versicherungsmonate nicht
versichert (Teil B, § 5 Abs. 3 der Bedingungen); Ihr Vertrag läuft seit
01.09.2024.

Den Betrag von 364,49 EUR überweisen wir auf Ihr bekanntes Konto.

Mit freundlichen Grüßen

Leistung Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('leistung'), a('Fatima Zahra El Idrissi', 'fz.elidrissi@stud.uni-lindenau.example'),
            'Leistungsabrechnung Zahnarztrechnung vom 13.01.2025', '2025-01-29 08:20',
            text(body, charset='iso-8859-1', cte='quoted-printable'), mailer=SYSMAIL)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'dental statement for a named student: root canal tooth 36, crown, GOZ items; iso-8859-1', m)


def m037():
    body = """Hello,

there is a new message for you in your Weserbogen customer mailbox.

For your security we do not send the content by e-mail. Please log in at
https://portal.weserbogen-kv.example to read it.

If you did not register for the Weserbogen customer portal, please ignore
this e-mail.

This is an automatically generated e-mail - please do not reply.

Weserbogen Krankenversicherung AG
Customer portal

----
Hallo,

in Ihrem Weserbogen-Kundenpostfach liegt eine neue Nachricht für Sie.
Bitte melden Sie sich unter https://portal.weserbogen-kv.example an.
"""
    m = msg(staff('portal'), 'studentmail4471@webpost.example', 'New message in your customer mailbox',
            '2024-11-19 06:12', text(body), mailer='WB-Portal Notify 1.9',
            extra=[('Auto-Submitted', 'auto-generated')])
    return R('NORMAL', 'en', 'insurer-to-customer',
             'trap: portal notification without content or name', m)


def m038():
    body = """Liebe alle,

nächster Lunch & Learn am Mittwoch, 22.01., 12:15-12:45 in der Kantine
(Nebenraum), Thema diesmal:

    "GOÄ in 30 Minuten - was steht auf einer Arztrechnung?"

Referentin: Frau Dr. Fassbender (beratende Ärztin)

Gedacht vor allem für die neuen Kolleginnen und Kollegen im Kundenservice und
im Saison-Team, die am Telefon Fragen zu Arztrechnungen bekommen:
- Was bedeuten Ziffer, Faktor, Punktzahl?
- Warum steht auf der Rechnung "Analog"?
- Was ist der Unterschied zwischen GOÄ, GOZ und DRG?
- Wann ist ein Faktor über 3,5 erlaubt?

Essen bitte selbst mitbringen, Kaffee gibt's von uns.

Viele Grüße
Katrin
"""
    m = msg(staff('oltmanns'), 'alle-incoming@' + DOM, 'Lunch & Learn 22.01.: GOÄ in 30 Minuten',
            '2025-01-13 09:30', text(body, flowed=True, cte='8bit'), mailer=TB)
    return R('NORMAL', 'de', 'internal', 'trap: internal lunch talk about doctors\' invoices, no person', m)


def m039():
    body = """Hallo Felix,

ich habe das Ticket INC-2024-7731 angelegt, hier nochmal die Details:

Problem: Die Belegerkennung (OCR-Modul "ScanPro") liest bei kyrillischen
Krankenhausrechnungen (v. a. aus der Ukraine und Kasachstan, die uns die
Versicherten nachreichen) nur Datenmüll aus - Betrag und Datum werden
nicht erkannt, die Belege landen alle in der manuellen Nachbearbeitung.
Seit dem Update am 14.11. betrifft das auch gemischte Belege
(kyrillisch/lateinisch).

Zum Nachstellen habe ich im Testmandanten T02 einen Musterbeleg
hochgeladen: "Testbeleg_kyrillisch_01.pdf" (selbst erstellt, Fantasieklinik,
Patient "Ivan Testov", keine echten Daten).

Erwartet: Erkennung von Rechnungsdatum, Währung (UAH/KZT), Gesamtbetrag.
Ist: Felder leer, Konfidenz 0,12.

Betroffen pro Woche ca. 60-80 Belege. Priorität aus unserer Sicht: mittel,
weil die Sachbearbeitung händisch nacharbeiten kann.

Danke dir!
Katrin
"""
    m = msg(staff('oltmanns'), staff('warnecke'), 'Ticket INC-2024-7731: OCR kyrillische Krankenhausrechnungen',
            '2024-11-21 11:47', text(body), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: IT ticket about OCR of hospital invoices with a self-made fictitious test document', m)


def m040():
    rows = [['Eintrittsalter', 'WB Campus (EUR/Monat)', 'WB Campus Plus (EUR/Monat)',
             'Pflegepflicht (EUR/Monat)', 'gesamt Campus', 'gesamt Campus Plus'],
            ['18-24', 79.9, '-', 14.6, 94.5, '-'],
            ['25-29', 84.3, '-', 14.6, 98.9, '-'],
            ['30-34', '-', 96.5, 16.2, '-', 112.7],
            ['35-39', '-', 138.2, 18.9, '-', 157.1],
            ['40+', '-', 'nur nach Risikoprüfung', 21.4, '-', '-']]
    o = ods([('Beiträge 2025', rows)], creator='Hannah Osterkamp')
    body = """Hallo Jonas, hallo Mehmet,

anbei die vom Vorstand freigegebene Beitragstabelle 2025 für Campus und
Campus Plus (gilt ab 01.01.2025 für Neu- und Bestandsverträge). Bitte noch
nicht extern verschicken - die Presseinfo geht erst am 25.11. raus.

Die Anpassung beträgt im Schnitt +3,9 %; Treiber sind laut Aktuariat vor
allem die gestiegenen Krankenhausentgelte und die Psychotherapie.

Viele Grüße
Hannah

Hannah Osterkamp
Marketing & Produktkommunikation
"""
    m = msg(staff('osterkamp'), [staff('behrends'), staff('aydin')],
            'Beitragstabelle 2025 WB Campus - intern', '2024-11-15 17:20',
            mixed(text(body), att(o, 'Beitraege_Campus_2025.ods', CT['ods'])), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal', 'trap: premium table (ODS) by entry age, insurer\'s own data, no person', m)


def m041():
    body = """Dear Mr. Mazur, sehr geehrter Herr Mazur,

thank you for the constructive meeting in Poznań last Thursday. As agreed, a
short summary in English, with the German contract terms in brackets so that
our legal departments use the same wording:

1. Scope: Polish seasonal workers employed by German farms, insured by
   Weserbogen under the group product WB Saison (Gruppenversicherungsvertrag).
   Your company acts as local service partner (Servicepartner) in Poland.

2. Your tasks: information of workers before departure in Polish, collection
   of enrolment lists (Anmeldelisten) from the recruiting agencies, help with
   follow-up treatment after the return to Poland (Nachbehandlung).

3. Our tasks: cover in Germany, 24/7 assistance via MediAssist 24,
   reimbursement of agreed follow-up costs in Poland up to 6 weeks after
   return (Nachleistung).

4. Data protection: a data processing agreement (Auftragsverarbeitungs-
   vertrag nach Art. 28 DSGVO) is needed before any personal data is
   exchanged. Bis dahin bitte keine Namenslisten an uns senden - only
   anonymous volume estimates.

5. Next steps: draft contract from our side by 15 November; fee model per
   insured worker-month (Stückpauschale) to be proposed by you.

Mit freundlichen Grüßen / kind regards
Paweł Zieliński
Seasonal Workers Service
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('zielinski'), a('Krzysztof Mazur', 'k.mazur@sezon-serwis.example'),
            'Summary of our meeting 24 Oct / Zusammenfassung Kooperation Saison', '2024-10-28 13:15',
            text(body), cc=staff('rademacher'), mailer=OUTLOOK)
    return R('NORMAL', 'mixed', 'insurer-to-partner',
             'trap: EN/DE cooperation summary with a Polish partner, data-protection terms, no person', m)


def m042():
    d = docx([
        ('b', 'Baustein LI-17: Ablehnung wegen Vorerkrankung (Incoming-Tarife)'),
        'Stand: 11/2024 - freigegeben durch Leistungsausschuss am 07.11.2024',
        '',
        '«Anrede» «Vorname» «Nachname»',
        '«Straße» «Hausnummer»',
        '«PLZ» «Ort»',
        '',
        'Vertrag: «Tarif», Nr. «Vertragsnummer»  |  Leistungsfall: «Schadennummer»',
        '',
        '«Briefanrede»,',
        'wir haben die Rechnung von «Leistungserbringer» vom «Rechnungsdatum» über «Betrag» EUR erhalten.',
        'Nach den uns vorliegenden Unterlagen bestand die behandelte Erkrankung («Diagnose_Klartext») '
        'bereits vor Beginn des Versicherungsschutzes am «Versicherungsbeginn» und war Ihnen bekannt.',
        'Nach Teil B § 4 Abs. 1 der Versicherungsbedingungen besteht für solche Vorerkrankungen kein '
        'Versicherungsschutz, es sei denn, es handelt sich um eine akute, unvorhersehbare Verschlechterung.',
        '[Optional, nur wenn zutreffend:] Die Behandlung der akuten Verschlechterung am «Datum_akut» haben wir '
        'übernommen (Betrag: «Betrag_akut» EUR).',
        'Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie uns weitere Unterlagen '
        '(z. B. Arztberichte) schicken oder sich an die Ombudsstelle wenden.',
        '',
        'Mit freundlichen Grüßen',
        '«Sachbearbeiter»',
        '',
        ('b', 'Hinweise für die Sachbearbeitung'),
        ('t', [['Feld', 'Quelle', 'Pflicht'],
               ['«Diagnose_Klartext»', 'Gutachten beratende Ärztin, Klartext ohne ICD-Code', 'ja'],
               ['«Versicherungsbeginn»', 'Bestandssystem', 'ja'],
               ['«Datum_akut»', 'nur bei Teilablehnung', 'nein']]),
        'Nie den ICD-Code in das Schreiben übernehmen; keine Angaben zu weiteren Diagnosen.',
    ], creator='Katrin Oltmanns')
    body = """Hallo zusammen,

der überarbeitete Baustein LI-17 (Ablehnung wegen Vorerkrankung) ist
freigegeben und liegt ab morgen im Schreibprogramm. Anbei die Vorlage mit
den Feldern zur Info. Wichtigste Änderung: kein ICD-Code mehr im Brief,
und der Hinweis auf die Ombudsstelle ist jetzt Pflicht.

Bitte alte Word-Kopien vom Laufwerk löschen.

Gruß
Katrin
"""
    m = msg(staff('oltmanns'), 'team-leistung-incoming@' + DOM,
            'Neuer Textbaustein LI-17 Ablehnung Vorerkrankung', '2024-11-08 15:02',
            mixed(text(body), att(d, 'Baustein_LI-17_Ablehnung_Vorerkrankung.docx', CT['docx'])),
            mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: rejection-letter template (DOCX) with «placeholders» for diagnosis and contract, no person', m)


def m043():
    doc = pdf([
        '## Weserbogen Krankenversicherung AG',
        'Am Stadtwerder 12, 28199 Bremen, Germany',
        '',
        '## CERTIFICATE OF INSURANCE / VERSICHERUNGSBESTÄTIGUNG',
        'for submission to the German diplomatic mission and the foreigners authority',
        '',
        'Insured person:       Oluwaseun Adeyemi',
        'Date of birth:        14 March 1999',
        'Nationality:          Nigerian',
        'Passport no.:         B02741385',
        'Address in Germany:   Studentenwohnheim Campusring 5, App. 312, 37083 Lindenau',
        '',
        'Plan:                 WB Campus (comprehensive health insurance incl.',
        '                      compulsory long-term care insurance)',
        'Policy no.:           WBC-2024-118870',
        'Period of cover:      from 01.10.2024 for the duration of studies',
        'Area of cover:        Germany and Schengen States (temporary stays up to 6 weeks)',
        '',
        'The insurance covers outpatient, inpatient and dental treatment without',
        'a maximum sum and without deductible, medical repatriation and',
        'repatriation of remains. It meets the requirements of Sec. 2 (3)',
        'Residence Act and the exemption rules of Sec. 8 (1) no. 5 SGB V.',
        '',
        'Bremen, 23.08.2024',
        'Weserbogen Krankenversicherung AG - Vertrag & Antrag Incoming',
        'Verification: +49 421 4470-300 (quote certificate no. VB-24-0557121)',
    ], title='Certificate of insurance VB-24-0557121', created='20240823101500')
    body = """Dear Mr. Adeyemi,

welcome to Weserbogen! As requested, please find attached your certificate of
insurance for your visa appointment at the German Embassy in Abuja. The
certificate is also available in your portal mailbox.

Please bring a printed copy to the appointment. If the embassy needs any
additional confirmation, they can call us (the certificate number is on the
document).

We wish you a good start in Lindenau!

Kind regards
Mehmet Aydin
Contracts & Applications Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('aydin'), a('Oluwaseun Adeyemi', 'seun.adeyemi@mailbox-ng.example'),
            'Your certificate of insurance for the visa appointment', '2024-08-23 10:31',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  att(doc, 'Certificate_VB-24-0557121.pdf', CT['pdf'])), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'visa health-insurance certificate (PDF): named student, birth date, passport no., policy; body harmless', m)


def m044():
    body = """Sehr geehrte Frau Landwehr,

vielen Dank für die Einladung zur Mitgliederversammlung der Kreisbauernschaft
am 21. Januar. Wie besprochen schicke ich Ihnen vorab die Stichpunkte für den
Infoteil "Krankenversicherung für Saisonarbeitskräfte", die Sie gern in Ihr
Rundschreiben übernehmen können:

- Kurzfristig Beschäftigte (max. 3 Monate bzw. 70 Arbeitstage im
  Kalenderjahr) sind in Deutschland sozialversicherungsfrei. Seit 2022 muss
  der Arbeitgeber bei der Anmeldung angeben, wie die Person
  krankenversichert ist.
- Die Europäische Krankenversicherungskarte (EHIC) deckt Arbeitnehmer aus
  der EU in vielen Fällen nicht, wenn sie im Heimatland nicht versichert
  sind (z. B. Studierende, Hausfrauen/-männer, Arbeitslose).
- Eine private Gruppenversicherung (bei uns: WB Saison) schließt diese Lücke.
  Beitrag 2025: 1,45 EUR je Arbeitskraft und Tag, ab 5 Personen, Anmeldung
  tagesgenau über unser Online-Formular.
- Arbeitsunfälle sind weiterhin Sache der SVLFG (landwirtschaftliche
  Berufsgenossenschaft) - wir gehen nur in Vorleistung.

Ich bringe zur Versammlung Flyer auf Deutsch, Polnisch, Rumänisch und
Ukrainisch mit. Ein Beamer wäre schön, eine Präsentation brauche ich aber
nicht zwingend.

Mit freundlichen Grüßen

Paweł Zieliński
Saison-Service
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('zielinski'), a('Henrike Landwehr', 'geschaeftsstelle@kreisbauernschaft-weser.example'),
            'Mitgliederversammlung 21.01. - Stichpunkte Krankenversicherung Saisonkräfte',
            '2025-01-08 10:10', text(body), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'insurer-to-partner',
             'trap: farmers\' association info on seasonal workers\' health cover, no person', m)


def m045():
    body = """Liebe Kolleginnen und Kollegen,

ab Montag, 16.09., ändert sich der Ablauf bei den Versicherungsbestätigungen
für Visumanträge:

1. Bestätigungen werden nur noch aus dem Bestandssystem erzeugt (Menü
   Vertrag > Bescheinigungen > "Visum DE/EN"). Keine Word-Vorlagen mehr!
2. Neu im Dokument: Passnummer und Staatsangehörigkeit (Pflichtfelder,
   kommen aus dem Antrag). Ohne Passnummer lässt sich die Bestätigung nicht
   erzeugen - dann bitte beim Kunden nachfragen, nicht "folgt" eintragen.
3. Jede Bestätigung bekommt eine Prüfnummer (VB-JJ-nnnnnnn). Botschaften und
   Ausländerbehörden können die Echtheit telefonisch prüfen lassen; dabei
   bitte nur "gültig / nicht gültig" und den Versicherungszeitraum nennen,
   keine weiteren Auskünfte.
4. Versand an Kunden: Portal-Postfach. Per unverschlüsselter Mail nur, wenn
   der Kunde ausdrücklich darum bittet (Einwilligung im Vermerk dokumentieren).
5. An Hochschulen/Agenturen geben wir Bestätigungen nur mit schriftlicher
   Einwilligung der versicherten Person.

Die Arbeitsanweisung AA-INC-04 ist im Intranet aktualisiert. Fragen gern an
mich oder an Thorsten Klövekorn (Datenschutz).

Viele Grüße
Mehmet Aydin
"""
    m = msg(staff('aydin'), 'team-incoming@' + DOM, 'Neuer Ablauf Versicherungsbestätigungen Visum ab 16.09.',
            '2024-09-11 16:44', text(body), cc=staff('kloevekorn'), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: process note on visa certificates naming fields (passport no., nationality), no person', m)


def m046():
    body = """Sehr geehrter Herr Pereira da Silva,

wir bestätigen die Kündigung Ihrer Krankenversicherung:

  Vertrag:          WB Campus, Nr. WBC-2023-079911
  Versicherte Person: Lucas Pereira da Silva
  Vertragsende:     31.03.2025

Sie haben uns die Mitgliedsbescheinigung der BKK Nordweser
vorgelegt, nach der Sie ab 01.04.2025 wegen Ihrer Beschäftigung als
Werkstudent mit mehr als 20 Wochenstunden in der vorlesungsfreien Zeit bzw.
als Arbeitnehmer gesetzlich versichert sind. Damit haben Sie ein
Sonderkündigungsrecht; die Kündigung wird zum Beginn der gesetzlichen
Versicherung wirksam.

Für April ziehen wir keinen Beitrag mehr ein. Eine Bescheinigung über die Vorversicherungszeit
schicken wir auf Wunsch direkt an die Krankenkasse.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen

Mehmet Aydin
Vertrag & Antrag Incoming

""" + FOOT_DE
    m = msg(staff('aydin'), a('Lucas Pereira da Silva', 'lucas.pds@webpost.example'),
            'Bestätigung Ihrer Kündigung zum 31.03.2025', '2025-03-20 12:40',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'cancellation of a named student\'s health contract (switch to statutory fund); personal line, no medical word', m)


def m047():
    body = """Hallo zusammen,

für die Einarbeitung der neuen Kolleginnen (Start 01.11.) habe ich drei
Fallbeispiele aufbereitet. Alle Fälle sind anonymisiert und in Details
verändert (Alter gerundet, Herkunft nur als Region, Daten verschoben) - bitte
trotzdem nicht außerhalb der Schulung verwenden.

Fall 1 - "Die Notaufnahme am Sonntag"
Studentin, Mitte 20, Südostasien, WB Campus seit 6 Monaten. Sonntagabend
Bauchschmerzen, Notaufnahme, Appendizitis, laparoskopische OP, 3 Tage
stationär. Frage: Wer gibt die Kostenübernahme am Wochenende? (Antwort:
MediAssist, wir bestätigen am Montag.)

Fall 2 - "Die Vorerkrankung"
Gastwissenschaftler, Anfang 60, Ostasien, WB Scientist. Herzinfarkt im
zweiten Monat. Im Entlassbrief: Bluthochdruck seit Jahren bekannt.
Frage: Ist der Infarkt eine "akute Verschlechterung" oder Vorerkrankung?
(Diskussion - es gibt keine Musterlösung!)

Fall 3 - "Das Au-pair und die Brille"
Au-pair, Anfang 20, Südamerika. Brille nach Sehtest beim Optiker, 280 EUR.
Frage: Hilfsmittel oder nicht versichert? Wie erklären wir es freundlich
auf Englisch?

Bitte bis 30.10. Feedback, ob die Fälle so passen.

Danke, Katrin
"""
    m = msg(staff('oltmanns'), [staff('rademacher'), staff('fassbender')],
            'Fallbeispiele Einarbeitung (anonymisiert)', '2024-10-24 14:18',
            text(body, cte='8bit'), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: anonymised training cases with diagnoses, only age bands and regions, no identifiable person', m)


def m048():
    body = """Dear Mr. Castellanos,

thank you for your enquiry via our website. Based on the details you gave us,
here is your personal quote:

  Name:            Diego Castellanos Ortega
  Date of birth:   02/11/1996  (age at start: 28)
  Planned start:   1 October 2025 (MSc programme, TH Auenfeld)
  Address:         Calle de Alcalá 214, 4B, 28028 Madrid, Spain

  Plan                              monthly premium
  WB Campus (health)                 EUR  84.30
  compulsory long-term care          EUR  14.60
  total                              EUR  98.90

Please note: because you are a Spanish citizen with statutory insurance in
Spain, you may not need our plan at all - with a valid European Health
Insurance Card you can usually be exempted without private insurance. Please
check this with your Spanish insurer before you apply.

This quote is valid until 30 June 2025. No health questions are required for
WB Campus. To apply, use the link below (your data are pre-filled):
https://www.weserbogen-kv.example/en/apply?quote=Q-25-044187

Kind regards
Mehmet Aydin
Contracts & Applications Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('aydin'), a('Diego Castellanos Ortega', 'diego.castellanos@correo-mail.example'),
            'Your quote Q-25-044187 - WB Campus', '2025-03-11 10:02',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-applicant',
             'quote to a named prospect with birth date and home address; no contract yet, no health data (grey zone)', m)


def m049():
    body = """Dear Ms. Abenova,

thank you for your enquiry. We are happy to explain how your visa section can
verify certificates of insurance issued by Weserbogen:

1. Every certificate carries a certificate number in the format
   VB-YY-nnnnnnn in the footer.
2. You can verify it by phone (+49 421 4470-300, Mon-Fri 8:00-18:00 CET) or
   by e-mail to verification@weserbogen-kv.example. Please quote the
   certificate number and the date of birth printed on the certificate.
3. We will confirm only whether the certificate is genuine and valid and the
   period of cover. We cannot give other information about the insured
   person.
4. Certificates show the statements usually requested for national (D) visas:
   no maximum sum, no deductible, repatriation covered. For Schengen (C)
   visas, our plan WB Incoming Basis covers EUR 30,000 per case.

A specimen certificate (with fictitious data) can be downloaded here:
https://www.weserbogen-kv.example/en/verification/specimen.pdf

Kind regards
Mehmet Aydin
Contracts & Applications Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('aydin'), a('Visa Section', 'visa@almaty.diplo-visa.example'),
            'RE: Verification of insurance certificates', '2024-07-17 09:25',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK,
            irt=ext_mid('almaty-verification', 'almaty.diplo-visa.example'))
    return R('NORMAL', 'en', 'insurer-to-authority',
             'trap: general verification procedure for an embassy visa section, no person', m)


def m050():
    body = """Hallo Malte, hallo Thorsten,

mir ist bei der Regulierung etwas aufgefallen, das ich gern mit euch
abstimmen würde, bevor ich zahle:

  SH-24-119302  Hausrat Campus HRC-2024-030118  VN: Yerlan Bekov
                Diebstahl Laptop Lenovo ThinkPad X1, Fahrradkeller
                Wohnheim Campusring 5, gemeldet 04.11., 1.380 EUR
  SH-24-119587  Hausrat Campus HRC-2024-031204  VN: Dauren Seitkali
                Diebstahl Laptop Lenovo ThinkPad X1, Gemeinschaftsraum
                Wohnheim Campusring 5, gemeldet 08.11., 1.380 EUR

Beide Kaufbelege stammen vom selben Händler, gleiche Rechnungsnummer
(RE-88412), nur der Name ist anders, und die Seriennummer ist auf beiden
identisch. Beide Herren wohnen laut Vertrag im selben Apartment (App. 208).
Polizeiliche Anzeigen liegen vor, unterschiedliche Tagebuchnummern.

Vorschlag: Zahlung in beiden Fällen anhalten, Original-Kaufbeleg beim
Händler verifizieren und HIS-Anfrage stellen. Thorsten, ist die
HIS-Einmeldung bei Verdacht aus eurer Sicht in Ordnung oder brauchen wir
vorher eine Anhörung?

Gruß
Tim Brinkmann
Schadenservice Sach/HP
"""
    m = msg(a('Tim Brinkmann', 'tim.brinkmann@' + DOM), [staff('ruschmeyer'), staff('kloevekorn')],
            'Verdacht Doppelabrechnung Laptop - SH-24-119302 / SH-24-119587', '2024-11-18 16:55',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'internal',
             'fraud suspicion: two named household customers, policy/claim no., address; no health data', m)


def m051():
    csvdata = ("case_id,scenario,first_name,last_name,date_of_birth,passport_no,plan,start,iban,expected_result\n"
               "TC-01,student visa certificate,Max,Mustermann (fictitious),1990-01-01,C00000001,WB Campus,2025-04-01,DE89370400440532013000,certificate issued\n"
               "TC-02,student without passport no.,Erika,Mustermann (fictitious),1990-01-01,,WB Campus,2025-04-01,DE89370400440532013000,error E-112 passport missing\n"
               "TC-03,au pair 24 months,Max,Mustermann (fictitious),2003-12-31,C00000002,WB Au-pair Kombi,2025-04-01,DE89370400440532013000,certificate issued\n"
               "TC-04,au pair > 24 months,Max,Mustermann (fictitious),2003-12-31,C00000002,WB Au-pair Kombi,2023-03-01,DE89370400440532013000,error E-131 max duration\n"
               "TC-05,Schengen visa 30k,Erika,Mustermann (fictitious),1955-06-15,C00000003,WB Incoming Basis,2025-05-10,,certificate issued with sum EUR 30000\n"
               "TC-06,umlaut and accent,Jörg-Élodie,Ñandú-Müller (fictitious),1988-02-29,C00000004,WB Scientist,2025-04-01,DE89370400440532013000,certificate issued (check PDF font)\n")
    body = """Hi Felix,

as discussed in the stand-up, here are the test cases for the new
certificate API (endpoint /v2/certificates/visa). All persons are fictitious
(Mustermann), passport numbers are dummy values and the IBAN is the
well-known example IBAN from the bank documentation - nothing from
production, so feel free to commit the file to the test repo.

TC-06 is the nasty one: umlauts + accents + leap-day birthday. The old
generator crashed on that.

Cheers
Sophie
"""
    m = msg(staff('lindqvist'), staff('warnecke'), 'Test cases certificate API (fictitious data)',
            '2025-03-04 11:26',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  att(csvdata.encode('utf-8'), 'testcases_certificate_api.csv', 'text/csv', charset='utf-8',
                      cte='quoted-printable')),
            mailer=OUTLOOK)
    return R('NORMAL', 'en', 'internal',
             'trap: CSV test cases with fictitious Mustermann persons, birth dates and the published example IBAN', m)


def m052():
    body = """Hallo Herr Roggenkamp,

danke für Ihre Geduld. Zum Schaden Ihres Kunden Herrn Kwame Mensah:

  Vertrag:     WB Hausrat Campus HRC-2024-030552
  Schaden:     SH-24-121877 (Flüssigkeitsschaden MacBook, 07.12.2024)
  Entscheidung: Reparatur wird übernommen (Kostenvoranschlag Apfelwerk
                Bremen, 1.190,00 EUR), abzüglich Selbstbeteiligung 100 EUR
  Auszahlung:  1.090,00 EUR, angewiesen heute auf das Konto
               DE63 **** **** **** **21 62

Die Verzögerung lag daran, dass der Kostenvoranschlag zunächst bei der
Hausrat "Elektronik" statt unter der Schadennummer abgelegt war - sorry!

Wenn Herr Mensah statt Reparatur ein neues Gerät möchte, zahlen wir
ebenfalls nur den Reparaturbetrag; die Differenz müsste er selbst tragen.

Viele Grüße
Greta Vosskamp
Maklerbetreuung
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('vosskamp'), a('Jannis Roggenkamp', 'j.roggenkamp@campusfinanz.example'),
            'AW: Schaden Mensah / Laptop - status?', '2025-01-17 09:14',
            text(body), cc=staff('ruschmeyer'), mailer=OUTLOOK,
            irt=ext_mid('roggenkamp-mensah', 'campusfinanz.example'))
    return R('CONFIDENTIAL', 'de', 'insurer-to-broker',
             'household claim of a named customer to his broker: policy/claim no., payout, masked IBAN', m)


def m053():
    body = """Hallo Frau Kück,

bitte legen Sie für den neuen Vertriebspartner einen Vermittlerdatensatz an.
Die Unterlagen (Gewerbeerlaubnis, Vermögensschadenhaftpflicht, Auszug
Vermittlerregister) sind geprüft und liegen in der Partnerakte.

  Art:              Einzelunternehmen / Versicherungsmakler § 34d Abs. 1 GewO
  Name:             Sergej Lindemann, Versicherungsmakler
  Inhaber:          Sergej Lindemann, geb. 30.06.1984 in Omsk
  Geschäftsanschrift: Hemelinger Heerstr. 77, 28309 Bremen
  Privatanschrift:  Heidkamp 3, 28870 Ottersberg (nur für Bonitätsprüfung)
  Registernummer:   D-5GHT-KL2ZB-41
  Steuer-ID:        47 128 305 916
  USt:              keine (§ 4 Nr. 11 UStG)
  Courtagekonto:    DE12 5182 0459 8956 9229 82 (Sparkasse), Inhaber S. Lindemann
  Schwerpunkt:      russisch-/ukrainischsprachige Kunden, Gastwissenschaftler,
                    Familienzusammenführung

Courtagevereinbarung Incoming Standard (Anlage 2), Start 01.02.2025. Ich
habe Herrn Lindemann die Zugangsdaten zum Maklerportal noch nicht
geschickt - bitte erst nach Anlage melden.

Danke und Gruß
Greta Vosskamp
Maklerbetreuung
"""
    m = msg(staff('vosskamp'), a('Petra Kück', 'petra.kueck@' + DOM),
            'Neuanlage Vermittler WB-M-0788 Lindemann', '2025-01-23 14:36',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'internal',
             'sole-trader broker onboarding: birth date, private address, tax ID, IBAN', m)


def m054():
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Premium invoice</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#1a1a1a">
<p><img alt="Weserbogen" src="https://www.weserbogen-kv.example/img/logo_mail.png" width="160"></p>
<p>Dear Ms. Takahara,</p>
<p>unfortunately we could not collect the premium for your personal liability insurance by direct debit
(your bank returned the debit with the note &ldquo;IBAN incorrect&rdquo;). Please transfer the amount below
by <b>29 November 2024</b>, or send us your correct IBAN so that we can set up a new direct debit mandate.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#bbb">
<tr style="background:#eef3f7"><th align="left">Policyholder</th><td>Yuki Takahara, Wohnheim Albrechtstraße 21, Zi. 0.14, 37085 Auenfeld</td></tr>
<tr style="background:#eef3f7"><th align="left">Policy</th><td>WB Haftpflicht Incoming, no. HPI-2024-015907</td></tr>
<tr><th align="left">Period</th><td>01.11.2024 &ndash; 31.01.2025 (quarterly)</td></tr>
<tr><th align="left">Premium</th><td>EUR 6.45 x 3 = EUR 19.35</td></tr>
<tr><th align="left">Return debit fee</th><td>EUR 0.00 (waived)</td></tr>
<tr style="font-weight:bold"><th align="left">Amount due</th><td>EUR 19.35</td></tr>
<tr><th align="left">Pay to</th><td>Weserbogen Krankenversicherung AG, IBAN DE97 0228 2836 0298 4122 05, reference HPI-2024-015907</td></tr>
</table>
<p>Questions? Reply to this e-mail or call +49 421 4470-300.</p>
<p>Kind regards<br>Weserbogen Krankenversicherung AG<br>Premium accounting</p>
<p style="font-size:10px;color:#888">Weserbogen Krankenversicherung AG &middot; Am Stadtwerder 12 &middot; 28199 Bremen &middot; HRB 30911 HB</p>
</body></html>
"""
    m = msg(a('Weserbogen Beitragsservice', 'beitragsservice@' + DOM),
            a('Yuki Takahara', 'yuki.takahara@stud.th-auenfeld.example'),
            'Premium invoice HPI-2024-015907 - returned direct debit', '2024-11-12 08:05',
            html(page), mailer=SYSMAIL)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'HTML-only invoice for a named student\'s liability policy with address and returned debit', m)


def m055():
    rows = [
        'Nachname;Vorname;Geburtsdatum;Staatsangehörigkeit;Pass-/Ausweis-Nr.;Beginn;Ende;Tätigkeit',
        'Popescu;Ionuț;23.06.1989;RO;RO-051882317;01.08.2024;30.10.2024;Ernte Äpfel',
        'Munteanu;Vasile;12.01.1975;RO;RO-049921004;01.08.2024;30.10.2024;Ernte Äpfel',
        'Lungu;Maria;03.09.1992;RO;RO-055637129;05.08.2024;30.10.2024;Sortierung',
        'Bondarenko;Oksana;18.11.1987;UA;FT418822;05.08.2024;15.10.2024;Sortierung',
        'Kowalski;Piotr;29.04.2001;PL;CBK 227410;12.08.2024;30.09.2024;Ernte Birnen',
        'Nowicka;Agnieszka;07.07.1979;PL;CAX 913550;12.08.2024;30.09.2024;Hofladen',
        'Bălan;Gheorghe;21.02.1968;MD;B01447726;19.08.2024;30.10.2024;Traktorfahrer',
    ]
    csvdata = ('\r\n'.join(rows) + '\r\n').encode('cp1252', errors='replace')
    body = """Hallo Mehmet,

die Anmeldeliste vom Obsthof Brandes für August, bitte in den
Gruppenvertrag GS-2024-0117 einbuchen (7 Personen). Herr Brandes hat die
Einwilligungen der Leute laut Mail vorliegen.

Achtung: in der Datei sind die rumänischen Sonderzeichen kaputt (Excel,
ANSI), bei Popescu und Bălan bitte "Ionut" / "Balan" ins System.

Gruß Paweł

-----Ursprüngliche Nachricht-----
Von: Obsthof Brandes <info@obsthof-brandes.example>
Gesendet: Mittwoch, 31. Juli 2024 19:12
An: Saison-Service <saison@weserbogen-kv.example>
Betreff: Anmeldung Erntehelfer August

Moin,
anbei die Leute für August. Bitte alle ab Arbeitsbeginn versichern wie
letztes Jahr. Rechnung wie immer an uns.
Gruß Hinrich Brandes
"""
    m = msg(staff('zielinski'), staff('aydin'), 'WG: Anmeldung Erntehelfer August',
            '2024-08-01 08:03',
            mixed(text(body), att(csvdata, 'Erntehelfer_August_2024.csv', 'application/vnd.ms-excel',
                                  cte='base64')),
            mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'company',
             'employer\'s enrolment list (CSV, windows-1252): seasonal workers\' names, birth dates, passport nos. for health group contract', m)


def m056():
    body = """Sehr geehrte Frau Ahlers,

hiermit bestellen wir auf Grundlage Ihres Angebots AN-2024-311 vom
02.09.2024 die folgenden Übersetzungsleistungen:

Bestellnummer: 4500087213
Kostenstelle:  4120 Marketing & Produktkommunikation

Pos. Leistung                                           Umfang      Preis netto
1    Übersetzung AVB WB Campus DE -> UK (ukrainisch)   ca. 610 NZ  1,35 EUR/NZ
2    Übersetzung AVB WB Campus DE -> VI (vietnamesisch) ca. 610 NZ  1,55 EUR/NZ
3    Übersetzung Flyer Au-pair DE -> ES (spanisch)     ca. 85 NZ   1,25 EUR/NZ
4    Lektorat durch zweite Fachübersetzer*in           pauschal    15 %
5    DTP/Satz in InDesign (unsere Vorlage)             6 Std.      68,00 EUR/Std.

Liefertermin: 15.11.2024, Lieferung als IDML und PDF.

Bitte beachten Sie die Hinweise aus dem Rahmenvertrag: Die Texte enthalten
keine personenbezogenen Daten; medizinische Fachbegriffe bitte mit unserem
Glossar (liegt im Projektordner) abgleichen.

Rechnung bitte unter Angabe der Bestellnummer an
rechnungseingang@weserbogen-kv.example.

Mit freundlichen Grüßen

Lars Meinke
Einkauf
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('meinke'), a('Stefanie Ahlers', 'projekte@lingua-nord.example'),
            'Bestellung 4500087213 - Übersetzung AVB/Flyer', '2024-09-09 13:22',
            text(body), cc=staff('osterkamp'), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'insurer-to-supplier',
             'trap: purchase order for translating insurance conditions, medical terminology, no person', m)


def m057():
    body = """Sehr geehrte Frau Munteanu,

wir bestätigen die Kündigung Ihrer Hausratversicherung zum 28.02.2025, da
Sie Ihre Wohnung in Lindenau aufgegeben haben und nach Rumänien
zurückgekehrt sind.

  Vertrag:     WB Hausrat Campus, Nr. HRC-2023-026644
  Anschrift (bisher):  Am Rosengarten 11, 37083 Lindenau
  neue Anschrift:      Str. Republicii 48, ap. 7, 400015 Cluj-Napoca, Rumänien

Für März bis Mai hatten Sie den Beitrag bereits vierteljährlich bezahlt. Den
nicht verbrauchten Beitrag von 17,80 EUR überweisen wir wie gewünscht auf Ihr
rumänisches Konto:

  Kontoinhaberin: Andreea Munteanu
  IBAN:           RO09 QYSF 7804 6130 1587 0941
  Verwendungszweck: HRC-2023-026644 Beitragsrückerstattung

Bitte beachten Sie, dass bei Auslandsüberweisungen Ihre Bank eventuell
Gebühren berechnet.

Alles Gute für Ihren Start in Cluj!

Mit freundlichen Grüßen
Ihr Team Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('incoming'), a('Andreea Munteanu', 'andreea.munteanu@webpost.example'),
            'Kündigungsbestätigung Hausrat HRC-2023-026644 und Rückerstattung', '2025-02-19 11:51',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'household cancellation of a named customer: old/new address, Romanian IBAN, refund', m)


def m058():
    o = odt([
        ('h', 'Weserbogen Krankenversicherung AG - Claim form / Leistungsantrag'),
        'Please complete in capital letters. One form per insured person.',
        ('t', [['Field', 'Entry'],
               ['Insured person', 'Dr. Samuel Osei'],
               ['Date of birth', '08.09.1987'],
               ['Policy no.', 'WBS-2024-004512 (WB Scientist)'],
               ['Address', 'Gästehaus IPA, Zimmer 17, Parkstraße 2, 37085 Auenfeld'],
               ['Treating doctor', 'Dr. med. Jörn Harms, Allgemeinmedizin, Auenfeld'],
               ['Dates of treatment', '03.02.2025, 10.02.2025'],
               ['Diagnosis / reason', 'acute bronchitis (J20.9), persistent cough, fever 39 C'],
               ['Medication', 'Doxycycline 100 mg, 10 days; Ambroxol syrup'],
               ['Accident?', 'no'],
               ['Other insurance?', 'no (Ghana NHIS not valid abroad)'],
               ['Amount claimed', 'EUR 112.58 (doctor EUR 84.28, pharmacy EUR 28.30)'],
               ['Bank account', 'see portal'],
               ['Signature', '']]),
        'I authorise Weserbogen to obtain information from the treating doctors where necessary for this claim.',
        'Place, date, signature: ____________________________',
    ], creator='Samuel Osei')
    body = """Dear Dr. Osei,

thank you for your claim form. Unfortunately the signature is missing (the
field at the bottom is empty). Could you please print the attached form,
sign it and upload a scan or photo in the app? Alternatively you can simply
confirm the claim in the app with your PIN - then no signature is needed.

As soon as we have it, we'll process your claim.

Kind regards
Sophie Lindqvist
International Service Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('lindqvist'), a('Samuel Osei', 's.osei@ipa-auenfeld.example'),
            'Your claim form - signature missing', '2025-02-14 13:09',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  att(o, 'claim_form_Osei_Feb2025.odt', CT['odt'])),
            mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'only in the ODT: named guest scientist, birth date, bronchitis J20.9, medication; body harmless', m)


def m059():
    body = """Sehr geehrte Frau Kharaishvili,
Dear Ms. Kharaishvili,

(English version below)

wir haben Ihre Meldung zum verlorenen Autoschlüssel Ihrer Gastfamilie
geprüft.

  Vertrag:    WB Haftpflicht Au-pair, Nr. HPA-2024-002640
  Schaden:    HS-24-098115, Verlust am 12.10.2024 (Spielplatz Wallanlagen)
  Geschädigt: Familie Stöver, Lindenweg 18, 37085 Auenfeld

Der Verlust fremder privater Schlüssel ist in Ihrem Vertrag mitversichert.
Wir übernehmen die Kosten für den Ersatzschlüssel inkl. Anlernen laut
Rechnung Autohaus Kiefer vom 21.10.2024 über 412,00 EUR abzüglich
Selbstbeteiligung 150 EUR, also 262,00 EUR. Das Geld überweisen wir direkt an
Herrn Stöver.

---

We have checked your report about the lost car key of your host family.
Loss of other people's private keys is covered by your policy. We will pay
the replacement key including programming (invoice Autohaus Kiefer,
21 Oct 2024, EUR 412.00) minus your deductible of EUR 150, i.e. EUR 262.00.
We will transfer the money directly to Mr. Stöver.

Mit freundlichen Grüßen / Kind regards
Malte Ruschmeyer
Schadenservice Sach/HP / Property & Liability Claims
"""
    m = msg(staff('ruschmeyer'), a('Mariam Kharaishvili', 'mariam.kh@webpost.example'),
            'Autoschlüssel / car key - HS-24-098115', '2024-10-25 15:33',
            text(body), cc=a('Jörg Stöver', 'joerg.stoever@familienpost.example'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
             'bilingual liability settlement: named au pair and host family, address, policy/claim no.; no health', m)


def m060():
    body = """Dear Ms. Pohlmann,

please find below the premium invoice for the fourth quarter under the
group contract for short-term guest researchers of your institute.

  Policyholder:     Institut für Polymerforschung Auenfeld (IPA) e.V.
  Contact:          Ms. Kerstin Pohlmann, Human Resources
  Group contract:   WB Scientist Group, no. GS-IPA-2023-02
  Period:           1 October - 31 December 2024
  Insured months:   23 person-months (as per your notifications)
  Premium:          23 x EUR 189.00 = EUR 4,347.00
  Due date:         15 January 2025

Please transfer the amount to Weserbogen Krankenversicherung AG,
IBAN DE97 0228 2836 0298 4122 05, quoting invoice no. GR-24-Q4-0215 and
your cost centre 7110.

As agreed, the invoice does not list the names of the guests; the
individual registrations are available to you in the employer portal.

Kind regards
Nadine Brüggemann
Accounting / Group Contracts
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('brueggemann'), a('Kerstin Pohlmann', 'personal@ipa-auenfeld.example'),
            'Invoice GR-24-Q4-0215 - group contract GS-IPA-2023-02', '2025-01-06 10:12',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-company',
             'group contract invoice to a research institute with named HR contact; no insured person named (grey zone)', m)


def m061():
    body = """Sehr geehrte Frau Pham,

wie heute Morgen telefonisch besprochen, haben wir die Bestätigung direkt an
die Patientenaufnahme des Klinikums geschickt. Sie müssen bei der Aufnahme
nur noch Ihre Versichertenkarte vorzeigen.

Falls das Klinikum Ihnen trotzdem ein Formular zur Selbstzahlung vorlegt,
unterschreiben Sie bitte nicht, sondern rufen Sie uns an:
0421 4470-310.

Alles Gute für Sie und Ihre Familie!

Katrin Oltmanns
Leistung Incoming
"""
    m = msg(staff('oltmanns'), a('Thi Hoa Pham', 'thihoa.pham@webpost.example'),
            'Kostenübernahme Entbindung Klinikum Lindenau - Vertrag WBS-2024-004390',
            '2025-03-03 11:40', text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'only the subject reveals a named woman\'s childbirth and contract no.; body harmless', m)


def m062():
    rows = [['Gruppenvertrag', 'Mitglieds-Nr.', 'Nachname', 'Vorname', 'Geburtsdatum', 'Beginn', 'Ende',
             'Tage', 'Beitrag EUR'],
            ['GS-2024-0117', '0117-0042', 'Popescu', 'Ionut', '1989-06-23', '2024-08-01', '2024-09-09', 40, 58.0],
            ['GS-2024-0117', '0117-0043', 'Munteanu', 'Vasile', '1975-01-12', '2024-08-01', '2024-09-30', 61, 88.45],
            ['GS-2024-0117', '0117-0044', 'Lungu', 'Maria', '1992-09-03', '2024-08-05', '2024-09-30', 57, 82.65],
            ['GS-2024-0117', '0117-0045', 'Bondarenko', 'Oksana', '1987-11-18', '2024-08-05', '2024-09-30', 57, 82.65],
            ['GS-2024-0117', '0117-0046', 'Kowalski', 'Piotr', '2001-04-29', '2024-08-12', '2024-09-30', 50, 72.5],
            ['GS-2024-0117', '0117-0047', 'Nowicka', 'Agnieszka', '1979-07-07', '2024-08-12', '2024-09-30', 50, 72.5],
            ['GS-2024-0117', '0117-0048', 'Balan', 'Gheorghe', '1968-02-21', '2024-08-19', '2024-09-30', 43, 62.35],
            ['', '', '', '', '', '', 'Summe', 358, 519.1]]
    x = xlsx([('GS-2024-0117 Aug-Sep', rows)], creator='Paweł Zieliński')
    body = """Hallo Nadine,

anbei die Abrechnungsgrundlage Obsthof Brandes für August/September. Bei
Herrn Popescu endet die Versicherung am 09.09. (Rücktransport nach Rumänien),
die anderen laufen bis Monatsende, Verlängerung für Oktober kommt noch.

Rechnung bitte an den Hof, wie gehabt ohne Namensliste.

Gruß
Paweł
"""
    m = msg(staff('zielinski'), staff('brueggemann'), 'Abrechnung GS-2024-0117 Aug/Sep',
            '2024-10-02 10:27',
            mixed(text(body), att(x, 'GS-2024-0117_Aug-Sep_2024.xlsx', CT['xlsx'])), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'internal',
             'XLSX list of named seasonal workers with birth dates in a health group contract; body hints at repatriation', m)


def m063():
    body = """Sehr geehrte Frau Nwosu,

zunächst möchten wir Ihnen und Ihrer Familie unser aufrichtiges Beileid
zum Tod Ihres Mannes, Herrn Dr. Emeka Nwosu, aussprechen.

Sie hatten uns gebeten, Ihnen schriftlich zusammenzufassen, wie es mit der
Überführung nach Nigeria weitergeht. Gern tun wir das; eine englische
Fassung schicken wir Ihnen auf Wunsch ebenfalls.

  Vertrag:         WB Scientist, Nr. WBS-2023-003711
  Versicherte Person: Dr. Emeka Nwosu, geb. 19.04.1979, verstorben am
                   27.01.2025 in Lindenau
  Todesursache laut Todesbescheinigung: plötzlicher Herztod
                   (nicht natürliche Todesursache ausgeschlossen)

1. Die Kosten der Überführung nach Enugu übernehmen wir bis 10.000 EUR.
   Beauftragt ist das Bestattungsinstitut Hartmann & Söhne, Lindenau, in
   Abstimmung mit unserem Assistance-Partner MediAssist 24.
2. Für die Ausfuhr benötigt das Bestattungsinstitut die internationale
   Sterbeurkunde vom Standesamt Lindenau und den Leichenpass; beides
   beantragt das Institut für Sie.
3. Der Flug ist für den 06.02.2025 über Frankfurt geplant. Frau Okonkwo von
   MediAssist ruft Sie wegen Ihrer eigenen Reise noch an.
4. Die Versicherung Ihres Mannes endet mit dem Todestag. Ihr eigener
   Vertrag (WBS-2023-003712) läuft unverändert weiter; wenn Sie Deutschland
   verlassen, können Sie ihn mit einer Frist von einem Monat kündigen.

Wenn Sie Fragen haben, rufen Sie mich bitte direkt an: 0421 4470-312.

Mit herzlichem Gruß

Katrin Oltmanns
Leistung Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('oltmanns'), a('Adaeze Nwosu', 'adaeze.nwosu@webpost.example'),
            'Überführung Ihres Mannes - Zusammenfassung', '2025-01-31 15:18',
            text(body, cte='base64'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'base64 body: death of a named guest scientist (birth date), cause of death, repatriation of remains', m)


def m064():
    rows = [['Reisekostenabrechnung', '', '', ''],
            ['Mitarbeiter', 'Jonas Behrends', 'Pers.-Nr.', '20188'],
            ['Kostenstelle', '4130 Hochschulkooperationen', 'Anlass', 'Bildungsmesse "Study in Germany" Hamburg'],
            ['Reisezeitraum', '17.09.2024 07:05 - 18.09.2024 20:40', '', ''],
            ['Position', 'Beleg', 'Betrag EUR', 'Bemerkung'],
            ['Bahn Bremen-Hamburg hin/zurück 2. Kl.', 'B1', 54.8, 'BahnCard 50'],
            ['Hotel Hamburg 1 Nacht inkl. Frühstück', 'B2', 129.0, 'Frühstück abgezogen'],
            ['Kürzung Frühstück', '', -5.6, ''],
            ['Verpflegungspauschale 17.09. (An-/Abreisetag)', '', 14.0, ''],
            ['Verpflegungspauschale 18.09. (An-/Abreisetag)', '', 14.0, ''],
            ['ÖPNV Hamburg Tageskarte', 'B3', 8.2, ''],
            ['Summe', '', 214.4, ''],
            ['Auszahlung auf', 'DE16 5883 9145 1325 2070 79', '', 'Gehaltskonto lt. Personalakte']]
    o = ods([('RKA 2024-09', rows)], creator='Jonas Behrends')
    body = """Hallo Frau Brüggemann,

anbei meine Reisekostenabrechnung für die Messe in Hamburg. Die Originalbelege
lege ich Ihnen heute ins Fach.

Viele Grüße
Jonas Behrends
"""
    m = msg(staff('behrends'), a('Reisekosten', 'reisekosten@' + DOM), 'Reisekosten Messe Hamburg 17./18.09.',
            '2024-09-23 08:49',
            mixed(text(body), att(o, 'RKA_Behrends_2024-09.ods', CT['ods'])), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'internal',
             'only in the ODS: employee\'s travel expenses with personnel no. and salary account IBAN', m)


def m065():
    body = """Sehr geehrte Damen und Herren,

auf Wunsch unserer Versicherungsnehmerin bescheinigen wir Ihnen für die
Berechnung des Beitragszuschusses nach § 257 SGB V bzw. § 61 SGB XI:

  Versicherte Person:   Dr. Ayşe Karaca, geb. 14.12.1985
  Personalnummer bei Ihnen: 300417 (Angabe der Versicherten)
  Vertrag:              WB Incoming Komfort 0, Nr. WIK-2024-055180
  Beginn:               01.01.2025

  Monatsbeitrag Krankheitskostenvollversicherung      487,30 EUR
  davon Anteil für Leistungen, die dem Grunde nach
  der GKV entsprechen (Basisabsicherung)               431,90 EUR
  Monatsbeitrag private Pflegepflichtversicherung       41,70 EUR

Die Versicherung erfüllt die Voraussetzungen des § 257 Abs. 2a SGB V; die
Bestätigung des Treuhänders liegt uns vor. Bei Beitragsänderungen erhalten
Sie von uns eine neue Bescheinigung, sofern die Versicherte einverstanden ist.

Mit freundlichen Grüßen

Weserbogen Krankenversicherung AG
Vertrag & Antrag Incoming
i. A. Mehmet Aydin
"""
    m = msg(staff('aydin'), a('Personalabteilung TH Auenfeld', 'entgelt@th-auenfeld.example'),
            'Bescheinigung Arbeitgeberzuschuss - Dr. Karaca, Pers.-Nr. 300417', '2025-01-09 13:55',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-employer',
             'employer-subsidy certificate: named scientist (birth date), health and care premiums, contract no.', m)


def m066():
    body = """Hallo Herr Mehta,

danke für Ihren Anruf und die Fotos. Ich habe den Schaden aufgenommen:

Vertrag: WB Haftpflicht Incoming HPI-2024-016233
Schaden-Nr.: HS-24-101942
Was passiert ist (Ihre Schilderung): Sie sind am 17.10. gegen 8:15 mit dem
Fahrrad auf dem Parkplatz der TH (Parkdeck Nord) an der Fahrertür eines
geparkten Kia Ceed (HB-LK 2281) entlanggeschrammt. Die Halterin, Frau Lea
Kuhlmann, hat die Schrammen fotografiert. Niemand wurde verletzt.

Wie geht es weiter?
- Wir schreiben Frau Kuhlmann an und bitten um einen Kostenvoranschlag
  oder ein kurzes Gutachten.
- Sie müssen nichts bezahlen und nichts anerkennen - bitte verweisen Sie
  Frau Kuhlmann einfach an uns, wenn sie sich bei Ihnen meldet.
- Ihre Selbstbeteiligung beträgt 0 EUR.

Viele Grüße
Malte Ruschmeyer
Schadenservice Sach/HP
Tel. 0421 4470-560
"""
    m = msg(staff('ruschmeyer'), a('Arjun Mehta', 'arjun.mehta@stud.th-auenfeld.example'),
            'Ihr Haftpflichtschaden HS-24-101942', '2024-10-18 12:21', text(body, flowed=True, cte='8bit'),
            mailer=TB)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'liability claim of a named student, third party and number plate; nobody hurt', m)


def m067():
    doc = pdf([
        '## Weserbogen Krankenversicherung AG - Bestellung',
        'Einkauf, Am Stadtwerder 12, 28199 Bremen',
        '',
        'Lieferant: MediSafe Betriebsbedarf GmbH, Kreuzstr. 8, 30159 Hannover',
        'Ihre Kundennummer: 108833       Bestellnummer: 4500087655',
        'Bestelldatum: 05.11.2024        Liefertermin: KW 47',
        'Lieferanschrift: Weserbogen KV, Poststelle, Am Stadtwerder 12, 28199 Bremen',
        '',
        'Pos  Art.-Nr.     Bezeichnung                                   Menge   EP EUR    GP EUR',
        '10   ESK-13157    Betriebsverbandkasten DIN 13157 (Wand)          12      38,90    466,80',
        '20   ESK-N13157   Nachfüllset DIN 13157                           20      19,40    388,00',
        '30   AED-PAD-P2   Elektroden Erwachsene für AED Cardio P2          6      52,00    312,00',
        '40   AED-BAT-P2   Batterie für AED Cardio P2                       2     149,00    298,00',
        '50   AUG-500      Augenspülflasche 500 ml                          8       7,20     57,60',
        '60   KUEHL-10     Sofort-Kältekompressen (10er)                    5       9,90     49,50',
        '',
        'Summe netto                                                                   1.571,90',
        'USt 19 %                                                                        298,66',
        'Gesamt                                                                         1.870,56',
        '',
        'Bitte Lieferschein mit Bestellnummer. Rechnung an rechnungseingang@weserbogen-kv.example',
        'Ansprechpartner: Lars Meinke, Tel. 0421 4470-155',
    ], title='Bestellung 4500087655', created='20241105101000', producer='SAP Formulardruck')
    body = """Sehr geehrte Damen und Herren,

anbei unsere Bestellung 4500087655 (Verbandkästen, AED-Elektroden und
-Batterien für die jährliche Prüfung durch die Betriebssanitäter). Bitte
bestätigen Sie den Liefertermin.

Mit freundlichen Grüßen
Lars Meinke
Einkauf
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('meinke'), a('MediSafe Auftragsannahme', 'auftrag@medisafe-betriebsbedarf.example'),
            'Bestellung 4500087655', '2024-11-05 10:14',
            mixed(text(body), att(doc, 'Bestellung_4500087655.pdf', CT['pdf'])), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'insurer-to-supplier',
             'trap: purchase order (PDF) for first-aid kits and AED pads, no person', m)


def m068():
    body = """Hi Leonie,

verification request from the embassy in New Delhi, can you check and answer
them directly? Please only "valid/not valid" + period, as per AA-INC-04.

Thanks
Mehmet

-----Original Message-----
From: Visa Section - Health Insurance Check <hi-check@newdelhi.diplo-visa.example>
Sent: Tuesday, 13 August 2024 07:58
To: verification@weserbogen-kv.example
Subject: Verification request - certificate VB-24-0553907

Dear Sir/Madam,

the following applicant submitted your certificate with his application for
a national visa (student):

  Applicant:      Mr. Karthik Subramaniam
  Date of birth:  21/05/2001
  Passport no.:   W4418203
  Certificate:    VB-24-0553907, plan "WB Campus", cover from 01.10.2024

Kindly confirm whether the certificate is genuine and the insurance is
valid for the stated period. Please reply within 3 working days.

Regards,
Visa Section
"""
    m = msg(staff('aydin'), a('Leonie Harms', 'leonie.harms@' + DOM), 'FW: Verification request - certificate VB-24-0553907',
            '2024-08-13 08:34', text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'authority',
             'forwarded embassy request: named visa applicant (birth date, passport) with health-insurance certificate', m)


def m069():
    body = """Thank you for your e-mail. I am out of the office until Monday,
11 November 2024, with limited access to e-mail.

For assistance cases and guarantees of payment please contact our claims
team at leistung-incoming@weserbogen-kv.example or +49 421 4470-310.
For everything else my colleague Katrin Oltmanns
(katrin.oltmanns@weserbogen-kv.example) will be happy to help.

Best regards
Sophie Lindqvist
"""
    m = msg(staff('lindqvist'), a('Henrik Dorsch', 'h.dorsch@mediassist24.example'),
            'Automatic reply: Agenda quarterly review', '2024-11-04 18:20',
            text(body, charset='us-ascii', cte='7bit'),
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-assistance',
             'trap: out-of-office auto-reply mentioning claims and guarantees of payment, no person', m)


def m070():
    rows = [['ICD-10-Kapitel', 'Bezeichnung', 'Fälle Q3/2024', 'Leistung EUR', 'Ø je Fall EUR', 'Anteil Kosten %'],
            ['I', 'Infektiöse Krankheiten (A00-B99)', 412, 98311.4, 238.62, 2.9],
            ['II', 'Neubildungen (C00-D48)', 37, 301774.1, 8155.79, 8.9],
            ['V', 'Psychische und Verhaltensstörungen (F00-F99)', 288, 402119.85, 1396.25, 11.8],
            ['IX', 'Krankheiten des Kreislaufsystems (I00-I99)', 164, 611238.2, 3727.06, 18.0],
            ['X', 'Krankheiten des Atmungssystems (J00-J99)', 1187, 209455.3, 176.46, 6.2],
            ['XI', 'Krankheiten des Verdauungssystems (K00-K93)', 903, 388120.75, 429.81, 11.4],
            ['XIII', 'Muskel-Skelett-System (M00-M99)', 642, 287301.1, 447.51, 8.5],
            ['XV', 'Schwangerschaft, Geburt (O00-O99)', 71, 402377.6, 5667.29, 11.8],
            ['XIX', 'Verletzungen (S00-T98)', 529, 455902.4, 861.82, 13.4],
            ['', 'übrige Kapitel zusammengefasst', 1318, 245117.3, 185.98, 7.1],
            ['', 'Summe', 5551, 3401218.0, 612.72, 100.0]]
    x = xlsx([('Q3 2024 nach Kapitel', rows),
              ('Hinweise', [['Hinweis'],
                            ['Fälle = abgerechnete Leistungsfälle mit Hauptdiagnose, alle Incoming-Tarife'],
                            ['Kapitel mit weniger als 30 Fällen sind unter "übrige" zusammengefasst'],
                            ['Keine personenbezogenen Daten; Quelle DWH-Auswertung LST-14']])],
             creator='Controlling Leistung')
    body = """Hallo Katrin,

wie jedes Quartal die Leistungsstatistik nach ICD-Kapiteln für den
Leistungsausschuss. Auffällig: Kapitel V (psychische Störungen) wieder +22 %
zum Vorjahresquartal, fast nur bei WB Campus. Kapitel XV ist durch zwei
Frühgeburten mit langer Neonatologie teuer.

Kleine Kapitel sind wie immer zusammengefasst.

Gruß
Ole Sandstede
Controlling Leistung
"""
    m = msg(a('Ole Sandstede', 'ole.sandstede@' + DOM), staff('oltmanns'),
            'Leistungsstatistik Q3/2024 nach ICD-Kapitel', '2024-10-16 09:05',
            mixed(text(body), att(x, 'LST-14_Q3-2024_ICD-Kapitel.xlsx', CT['xlsx'])), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: claims statistics by ICD-10 chapter (XLSX), aggregates with small chapters merged', m)


def m071():
    body = """Hi Bettina,

sure - we have the au pair flyer in Spanish since last month. I've asked our
print shop to send you 300 copies (Spanish) and 200 (English) to your office
in Bremen, they should arrive next week. There's no charge.

For your website you can also link the PDF versions:

  ES: https://www.weserbogen-kv.example/es/aupair/folleto.pdf
  EN: https://www.weserbogen-kv.example/en/aupair/flyer.pdf
  DE: https://www.weserbogen-kv.example/aupair/flyer.pdf

A small request from our side: please don't use the old flyer from 2023
anymore, the premium (now EUR 49 per month) and the emergency number have
changed.

Un saludo,
Sophie

Sophie Lindqvist
International Service Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('lindqvist'), a('Bettina Schramm', 'b.schramm@kinderwelt-aupair.example'),
            'RE: Flyer auf Spanisch?', '2024-09-26 11:11', text(body, charset='us-ascii', cte='7bit'),
            mailer=OUTLOOK, irt=ext_mid('schramm-flyer', 'kinderwelt-aupair.example'))
    return R('NORMAL', 'en', 'insurer-to-agency', 'trap: flyer delivery to an au pair agency, premium and emergency number, no person', m)


def m072():
    body = """Sehr geehrte Damen und Herren,
liebe Partnerinnen und Partner aus den Au-pair-Agenturen,

wir laden Sie herzlich zu unserem

        Partnertag Au-pair 2025
        Donnerstag, 27. März 2025, 10:00 - 15:30 Uhr
        Weserbogen Krankenversicherung AG, Am Stadtwerder 12, Bremen
        (Konferenzraum "Teerhof", 5. OG)

ein. Auf dem Programm:

  10:00  Begrüßung, Rückblick 2024 (Jonas Behrends)
  10:30  Neue Regeln für Au-pair-Visa - was ändert sich für Agenturen?
         (Gastvortrag Rechtsanwältin Dr. Anke Poppe)
  11:30  Unfall, Krankheit, Heimweh: typische Fragen aus unserer
         Leistungsabteilung - und wie Agenturen helfen können
  12:30  Mittagsimbiss
  13:30  Workshop: Datenschutz in der Zusammenarbeit - was dürfen wir Ihnen
         über "Ihre" Au-pairs sagen, und was nicht?
  14:45  Ausblick 2025, neues Online-Anmeldeverfahren
  15:30  Ende

Bitte melden Sie sich bis 14. März an (bis zu zwei Personen pro Agentur):
https://www.weserbogen-kv.example/partnertag-aupair

Reisekosten können wir leider nicht erstatten. Parkplätze sind im Hof
vorhanden.

Wir freuen uns auf Sie!

Jonas Behrends und Sophie Lindqvist
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('behrends'), 'undisclosed-recipients:;', 'Einladung Partnertag Au-pair am 27. März 2025',
            '2025-02-10 09:00', text(body), mailer=OUTLOOK,
            extra=[('Bcc', 'partner-agenturen@' + DOM)])
    return R('NORMAL', 'de', 'insurer-to-agency',
             'trap: invitation to a partner day with agenda on illness/accident questions, no person', m)


def m073():
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Ms. Sadykova,</p>
<p>we have processed the receipts you uploaded on 6 March 2025. Here is your statement of benefits
for contract <b>WBC-2024-120577</b> (WB Campus):</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<thead style="background:#dde8ef"><tr><th>Date</th><th>Provider</th><th>Service</th><th>Invoiced</th><th>Reimbursed</th></tr></thead>
<tbody>
<tr><td>11.02.2025</td><td>Dr. med. Petra Jannsen, GP</td><td>consultation, prick test (allergy, 20 allergens)</td><td>EUR 86.74</td><td>EUR 86.74</td></tr>
<tr><td>11.02.2025</td><td>Apotheke am Markt</td><td>Cetirizin 10 mg, 100 tablets</td><td>EUR 15.47</td><td>EUR 15.47</td></tr>
<tr><td>19.02.2025</td><td>Augenarztpraxis Dr. Weber</td><td>allergic conjunctivitis, examination</td><td>EUR 54.12</td><td>EUR 54.12</td></tr>
<tr><td>19.02.2025</td><td>Apotheke am Markt</td><td>eye drops (olopatadine)</td><td>EUR 18.99</td><td>EUR 18.99</td></tr>
<tr><td>27.02.2025</td><td>Dr. med. Petra Jannsen, GP</td><td>follow-up, referral to allergologist</td><td>EUR 20.11</td><td>EUR 20.11</td></tr>
<tr style="font-weight:bold"><td colspan="3">Total</td><td>EUR 195.43</td><td>EUR 195.43</td></tr>
</tbody></table>
<p>The amount will be transferred to your account within five working days.</p>
<p>Tip: if the allergologist suggests desensitisation (immunotherapy), please send us the treatment plan
before you start - then we can confirm the cover in advance.</p>
<p>Kind regards<br>Your International Service Team<br>Weserbogen Krankenversicherung AG</p>
</body></html>
"""
    m = msg(staff('incoming'), a('Aigerim Sadykova', 'aigerim.sadykova@stud.uni-lindenau.example'),
            'Statement of benefits - receipts of 6 March', '2025-03-10 07:45', html(page), mailer=SYSMAIL)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'HTML-only statement with table: named student\'s allergy tests, conjunctivitis, medicines', m)


def m074():
    o = odt([
        ('h', 'Protokoll Datenschutz-Jour-fixe Incoming, 12.09.2024'),
        'Teilnehmende: T. Klövekorn (DSB), M. Aydin, A. Rademacher, S. Lindqvist, F. Warnecke (IT). Protokoll: M. Aydin',
        ('h', 'TOP 1: Passkopien'),
        'Für Visum-Bestätigungen werden Passkopien angefordert, obwohl nur die Passnummer gebraucht wird. '
        'Beschluss: Ab 01.10. keine Passkopien mehr anfordern; vorhandene Kopien werden nach Ausstellung der '
        'Bestätigung gelöscht (Löschlauf IT, Frist 30 Tage).',
        ('h', 'TOP 2: Gesundheitsdaten per E-Mail'),
        'Kunden schicken Arztberichte unverschlüsselt an incoming@. Wir dürfen antworten (reaktive Kommunikation), '
        'aber Gesundheitsdaten gehen von uns aus nur über das Portal oder verschlüsselt. Textbaustein für den '
        'Hinweis an Kunden wird von S. Lindqvist in DE/EN erstellt.',
        ('h', 'TOP 3: Auskünfte an Hochschulen, Agenturen, Botschaften'),
        'Nur mit schriftlicher Einwilligung (Muster E-07) bzw. bei Botschaften nur gültig/ungültig und Zeitraum. '
        'Gesundheitsdaten nie, auch nicht mit Einwilligung der Agentur.',
        ('h', 'TOP 4: Löschfristen'),
        ('t', [['Datenart', 'Frist', 'verantwortlich'],
               ['Passkopien', '30 Tage nach Bestätigung', 'Vertrag'],
               ['Leistungsbelege', '10 Jahre (§ 257 HGB, § 147 AO)', 'Leistung'],
               ['Telefonnotizen', '2 Jahre', 'Kundenservice'],
               ['abgelehnte Anträge', '3 Jahre', 'Vertrag']]),
        ('h', 'TOP 5: Verschiedenes'),
        'Nächster Termin 14.11.2024. Offene Punkte: DSFA für Beleg-App (F. Warnecke).',
    ], creator='Mehmet Aydin')
    body = """Hallo zusammen,

anbei das Protokoll vom Datenschutz-Jour-fixe. Bitte Korrekturen bis Freitag,
danach lege ich es im Teams-Kanal ab.

Gruß
Mehmet
"""
    m = msg(staff('aydin'), [staff('kloevekorn'), staff('rademacher'), staff('lindqvist'), staff('warnecke')],
            'Protokoll DS-Jour-fixe 12.09.', '2024-09-13 10:02',
            mixed(text(body), att(o, 'Protokoll_DS-Jourfixe_2024-09-12.odt', CT['odt'])), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: data-protection minutes (ODT) about passport copies and health data, only staff names', m)


def m075():
    body = """Hi all,

HR has approved the new position - please share the ad in your networks
(LinkedIn, alumni groups, former colleagues). Referral bonus applies.

-----------------------------------------------------------------------
Medical Claims Specialist (m/f/d) - International Health Insurance
Bremen | full-time or 30 h | permanent
-----------------------------------------------------------------------

Weserbogen Krankenversicherung AG insures around 38,000 international
students, guest scientists, au pairs and seasonal workers in Germany.

Your tasks
- assess claims and hospital invoices (GOAE, GOZ, DRG) from our insured
- issue guarantees of payment to hospitals, in cooperation with our
  assistance partner
- explain decisions to customers in English and German - and ideally in
  Russian, Ukrainian, Vietnamese or Spanish
- work closely with our medical advisor on complex cases

Your profile
- training as a nurse, medical assistant (MFA) or in health insurance
- good command of medical terminology and ICD-10
- fluent English, good German (B2+)
- empathy for people who are ill far away from home

We offer: hybrid work (up to 3 days from home), 30 days of holiday, company
pension, job bike, a very international team.

Apply by 31 January 2025: https://karriere.weserbogen-kv.example/job/2025-014
Contact: Birte Hansen, HR, +49 421 4470-120
-----------------------------------------------------------------------

Thanks!
Birte
"""
    m = msg(staff('hansen'), 'alle-incoming@' + DOM, 'Job ad: Medical Claims Specialist (m/f/d) - please share',
            '2025-01-07 12:00', text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'internal', 'trap: job ad with medical/claims vocabulary, only HR contact named', m)


def m076():
    body = """Hallo Katrin,

für die Stelle "Medical Claims Specialist" ist eine interessante Bewerbung
eingegangen - kannst du bis Mittwoch sagen, ob wir sie einladen?

  Bewerberin:        Natalia Petrenko
  geb.:              02.03.1991 in Charkiw
  Anschrift:         Schwachhauser Ring 54, 28209 Bremen
  Ausbildung:        Krankenschwester (Ukraine, 2012), Anerkennung als
                     Pflegefachfrau 2023 (Urkunde liegt bei)
  zuletzt:           Kodierfachkraft, Klinikum Weserufer (seit 04/2023)
  Sprachen:          Ukrainisch, Russisch (Muttersprache), Deutsch C1,
                     Englisch B2
  Gehaltsvorstellung: 47.500 EUR brutto/Jahr
  Kündigungsfrist:   6 Wochen zum Quartalsende

Lebenslauf und Zeugnisse liegen im Bewerbermanagement (Kennung
BW-2025-014-007). Bitte die Unterlagen nicht ausdrucken oder weiterleiten.

Viele Grüße
Birte
"""
    m = msg(staff('hansen'), staff('oltmanns'), 'Bewerbung 2025-014 - Frau Petrenko',
            '2025-01-20 14:02', text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'internal',
             'job applicant: name, birth date and place, address, salary expectation; no health data', m)


def m077():
    body = """Sehr geehrte Frau Schramm,

anbei die Beitragsabrechnung für den Rahmenvertrag Ihrer Agentur für das
1. Quartal 2025:

  Versicherungsnehmerin:  Kinderwelt Au-pair Vermittlung GmbH,
                          Ostertorsteinweg 61, 28203 Bremen
  Ansprechpartnerin:      Frau Bettina Schramm (Geschäftsführerin)
  Rahmenvertrag:          WB Au-pair Kombi Rahmen Nr. RV-AP-2022-008
  Abrechnungszeitraum:    01.01. - 31.03.2025
  Versicherte Monate:     118 (lt. Ihren Meldungen im Agenturportal)
  Beitrag:                118 x 49,00 EUR = 5.782,00 EUR
  abzgl. Rahmenrabatt 5 %:                   -289,10 EUR
  zu zahlen:                                 5.492,90 EUR

Der Betrag wird zum 15.01.2025 per SEPA-Firmenlastschrift von Ihrem Konto
DE41 5055 9954 3271 2087 70 (Kinderwelt Au-pair Vermittlung GmbH)
eingezogen, Mandatsreferenz RV-AP-2022-008-01.

Wie vereinbart enthält die Abrechnung keine Namen der Au-pairs; die
Einzelmeldungen sehen Sie im Agenturportal.

Mit freundlichen Grüßen
Nadine Brüggemann
Rechnungswesen / Gruppenverträge
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('brueggemann'), a('Bettina Schramm', 'b.schramm@kinderwelt-aupair.example'),
            'Beitragsabrechnung Q1/2025 Rahmenvertrag RV-AP-2022-008', '2025-01-03 09:31',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-company',
             'group contract invoice to an agency (GmbH account) with named contact; no au pair named (grey zone)', m)


def m078():
    inner_body = """Sehr geehrte Damen und Herren,

hiermit zeigen wir die geplante stationäre Aufnahme Ihrer Versicherten an
und bitten um Kostenübernahme:

Patientin:        Gabriela Mendoza, geb. 09.05.1984
Versicherung:     WB Scientist, Nr. WBS-2024-004455 (lt. Versichertenkarte)
Aufnahme:         12.03.2025, 07:00 Uhr, Frauenklinik Station F2
Einweisungsdiagnose: N83.2 Ovarialzyste rechts, ca. 6 cm, symptomatisch
Geplanter Eingriff: laparoskopische Zystenexstirpation rechts (OPS 5-651.92)
Voraussichtliche Verweildauer: 2-3 Tage

Mit freundlichen Grüßen
Patientenmanagement / Kostensicherung
Klinikum Lindenau
"""
    inner = msg(a('Klinikum Lindenau Kostensicherung', 'kostensicherung@klinikum-lindenau.example'),
                'leistung-incoming@' + DOM, 'Aufnahmeanzeige / Antrag Kostenübernahme - Mendoza, Gabriela',
                '2025-03-04 10:12', text(inner_body),
                mid=ext_mid('klinikum-mendoza', 'klinikum-lindenau.example'), mailer=OUTLOOK)
    body = """Dear Dr. Mendoza,

as promised on the phone: we have confirmed the cost coverage for your stay
at Klinikum Lindenau directly to the hospital. For your records I'm
forwarding the hospital's notification (in German, attached).

Your plan covers the general hospital services (shared room, doctor on
duty). If you would like a private room, the hospital will charge you
separately.

All the best for the operation!

Kind regards
Sophie Lindqvist
International Service Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('lindqvist'), a('Gabriela Mendoza', 'g.mendoza@ipa-auenfeld.example'),
            'Your hospital stay on 12 March - cost coverage confirmed', '2025-03-05 09:20',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  fwd(inner, 'Aufnahmeanzeige_Klinikum_Lindenau.eml')), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'attached hospital notice (rfc822): named scientist, birth date, ovarian cyst N83.2, planned surgery', m)


def m079():
    body = """Sehr geehrte Frau Schramm,

vielen Dank für Ihre Nachfrage. Frau Valentina Gómez Ruiz hat uns am
04.11. eine Einwilligung (Formular E-07) gegeben, dass wir Ihrer Agentur
Auskunft zum Stand ihres Leistungsfalls geben dürfen; die Einwilligung
umfasst ausdrücklich auch Gesundheitsangaben. Deshalb kurz zum Stand:

  Vertrag:      WB Au-pair Kombi, WAK-2024-008102
  Leistungsfall: LI-24-219944 (Knieverletzung beim Sport, 22.10.2024)

- Die MRT-Untersuchung des rechten Knies (Radiologische Praxis Dr. Ehlers) haben wir
  übernommen, die Rechnung ist bezahlt.
- Laut Befund liegt ein Innenbandriss ohne Meniskusbeteiligung vor; die
  Orthopädin empfiehlt konservative Behandlung mit Schiene und
  Physiotherapie (12 Einheiten). Die Physiotherapie ist ebenfalls
  zugesagt.
- Eine Operation ist nach heutigem Stand nicht geplant, deshalb ist auch
  ein vorzeitiger Rückflug aus unserer Sicht nicht notwendig.

Ob Frau Gómez Ruiz in der Gastfamilie vorübergehend leichtere Aufgaben
übernehmen kann, müsste die Familie bitte direkt mit ihr bzw. der
Orthopädin klären.

Mit freundlichen Grüßen
Katrin Oltmanns
Leistung Incoming
"""
    m = msg(staff('oltmanns'), a('Bettina Schramm', 'b.schramm@kinderwelt-aupair.example'),
            'AW: Au-pair Gómez Ruiz - Stand Knie', '2024-11-06 16:30', text(body), mailer=OUTLOOK,
            irt=ext_mid('schramm-gomez', 'kinderwelt-aupair.example'))
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-agency',
             'claim status of a named au pair to her agency (with consent): MRI, medial ligament tear, physiotherapy', m)


def m080():
    body = """Hi Nadine,

Ms. Hrytsenko has changed her bank - please update the commission account
before the Q4 run. Her mail is below (she writes in English, the tax
office letter is in the portal).

Thanks, Greta

-----Original Message-----
From: Olena Hrytsenko <info@hrytsenko-makler.example>
Sent: Friday, 6 December 2024 18:03
To: Greta Vosskamp <greta.vosskamp@weserbogen-kv.example>
Subject: New bank account for commission / also new tax number

Dear Ms. Vosskamp,

from 1 January my commission should please go to my new business account:

  Account holder: Olena Hrytsenko
  IBAN: DE25 3408 9297 8793 5171 05
  BIC:  (not needed I think?)

The old account at the Volksbank (ending 4929 05) will be closed at the end
of January.

Also, because I moved the office from Bremen-Vahr to Oberneuland, the tax
office gave me a new tax number: 60/223/17405 (old: 60/145/08821). My new
office address is Rockwinkeler Landstr. 110, 28355 Bremen.

Could you confirm when this is done?

Best regards,
Olena Hrytsenko
Versicherungsmaklerin (sole trader), Reg.-Nr. D-W-140-Q8XK-17
"""
    m = msg(staff('vosskamp'), staff('brueggemann'), 'FW: New bank account for commission / also new tax number',
            '2024-12-09 08:22', text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'broker',
             'forwarded sole-trader broker mail: new IBAN, old and new tax number, address', m)


def m081():
    inv1 = pdf([
        '## Praxis Dr. med. Henrike Lübbers - Innere Medizin',
        'Wachmannstr. 90, 28209 Bremen',
        '',
        'Frau Ekaterina Volkova, c/o Familie Dreyer, Parkallee 141, 28209 Bremen',
        'Rechnung Nr. 2024-3318   Datum 14.11.2024',
        'Diagnose: J01.0 akute Sinusitis maxillaris; R50.9 Fieber',
        '',
        'Datum      GOÄ   Leistung                                Faktor    Betrag',
        '04.11.24   1     Beratung                                2,3       10,72',
        '04.11.24   5     Symptombezogene Untersuchung            2,3       10,72',
        '04.11.24   3511  Blutbild, CRP (Laborpauschale)          1,15       5,80',
        '08.11.24   1     Beratung                                2,3       10,72',
        '',
        'Rechnungsbetrag                                                   37,96 EUR',
    ], title='Rechnung 2024-3318', author='Praxis Dr. Lübbers', created='20241114120000',
        producer='Scanner HP MFP 479 / PDF', compress=True)
    inv2 = pdf([
        '## Löwen-Apotheke Schwachhausen',
        'Quittung Privatrezept   04.11.2024',
        'Patientin: Ekaterina Volkova',
        'Amoxicillin 1000 mg, 20 Filmtabletten (PZN 04545341)      14,82 EUR',
        'Nasenspray Xylometazolin 0,1 %                              3,95 EUR',
        'Summe                                                      18,77 EUR',
    ], title='Quittung Apotheke', author='Löwen-Apotheke', created='20241104171500',
        producer='Scanner HP MFP 479 / PDF', compress=True)
    inv3 = pdf([
        '## HNO-Praxis am Stern - Dr. med. Gunnar Vietor',
        'Rechnung Nr. H-24-10277   Datum 29.11.2024',
        'Patientin: Ekaterina Volkova, geb. 17.06.2003',
        'Diagnose: J32.0 chronische Sinusitis maxillaris (V.a.), J34.2 Septumdeviation',
        'Nasenendoskopie (GOÄ 1418), DVT Nasennebenhöhlen (GOÄ 5370 analog)',
        'Rechnungsbetrag 176,43 EUR',
    ], title='Rechnung H-24-10277', author='HNO-Praxis am Stern', created='20241129090000',
        producer='Scanner HP MFP 479 / PDF', compress=True)
    z = zipbytes([('Belege_Volkova/2024-11-14_Praxis_Luebbers.pdf', inv1),
                  ('Belege_Volkova/2024-11-04_Apotheke.pdf', inv2),
                  ('Belege_Volkova/2024-11-29_HNO_Vietor.pdf', inv3)],
                 dt=(2025, 1, 15, 10, 20, 0), stored=())
    body = """Hallo Frau Volkova,

wie gewünscht schicken wir Ihnen Kopien der Belege, die Sie uns im November
eingereicht haben (für Ihre Unterlagen bzw. die Gastfamilie). Die Datei ist
gezippt, weil sie sonst zu groß wäre.

Viele Grüße
Ihr Team Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('incoming'), a('Ekaterina Volkova', 'katya.volkova@webpost.example'),
            'Ihre angeforderten Kopien', '2025-01-15 10:24',
            mixed(text(body), att(z, 'Belege_2024-11.zip', CT['zip'])), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'only inside the ZIP (3 scanned PDFs): au pair\'s invoices with sinusitis diagnoses, antibiotics; body harmless', m)


def m082():
    body = """Dear Mr. Bekov,

we have not received the premiums for your health insurance for December
2024 and January 2025, although we reminded you on 10 January.

  Contract:           WB Campus, no. WBC-2024-117309
  Outstanding:        2 x EUR 94.50 = EUR 189.00
  Reminder fee:       EUR 0.00
  Please pay by:      14 February 2025

This is a formal reminder under section 193 (6) of the German Insurance
Contract Act (VVG). If the amount is still outstanding after this date,
your contract may be converted to the so-called emergency tariff
(Notlagentarif). In that tariff, only treatment of acute illness and pain,
pregnancy and childbirth are covered. The Foreigners' Office may also be
informed that the insurance requirement for your residence permit is no
longer met.

If you are in financial difficulty, please contact us - we can agree on
instalments. You can pay to IBAN DE97 0228 2836 0298 4122 05, reference
WBC-2024-117309.

Kind regards
Premium accounting
Weserbogen Krankenversicherung AG
"""
    m = msg(a('Weserbogen Beitragsservice', 'beitragsservice@' + DOM), a('Yerlan Bekov', 'yerlan.bekov@webpost.example'),
            'Second reminder - health insurance premium WBC-2024-117309', '2025-01-31 08:00',
            text(body, charset='us-ascii', cte='7bit'), mailer=SYSMAIL)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'premium arrears in a named student\'s health contract; personal line, no diagnosis', m)


def m083():
    cal = ics([
        'BEGIN:VCALENDAR',
        'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'BEGIN:VTIMEZONE',
        'TZID:W. Europe Standard Time',
        'BEGIN:STANDARD',
        'DTSTART:16010101T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:16010101T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DA01000000000000000010000000A115083',
        'DTSTAMP:20241028T133000Z',
        'DTSTART;TZID=W. Europe Standard Time:20241119T100000',
        'DTEND;TZID=W. Europe Standard Time:20241119T123000',
        'SUMMARY:Quarterly SLA review Weserbogen / MediAssist 24',
        'LOCATION:MediAssist 24\\, Hafenstrasse 3\\, Hamburg (room Elbe) + Teams',
        'ORGANIZER;CN="Sophie Lindqvist":mailto:sophie.lindqvist@weserbogen-kv.example',
        'ATTENDEE;CN="Henrik Dorsch";RSVP=TRUE:mailto:h.dorsch@mediassist24.example',
        'ATTENDEE;CN="Katrin Oltmanns";RSVP=TRUE:mailto:katrin.oltmanns@weserbogen-kv',
        ' .example',
        'DESCRIPTION:Agenda: 1. KPIs Aug-Oct (answer rate\\, guarantees within 4 h)',
        ' \\n2. Transport cases and coding\\n3. Harvest season 2025 staffing\\n4. Se',
        ' cure case portal: switch-off of fax channel\\n5. AOB\\nNo case data in the',
        '  meeting documents please.',
        'SEQUENCE:0',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR'])
    body = """Dear Henrik,

here is the invitation for our quarterly review in Hamburg. Katrin will join
in person, I'll dial in if my train is late. Agenda is in the invite.

Best
Sophie
"""
    m = msg(staff('lindqvist'), [a('Henrik Dorsch', 'h.dorsch@mediassist24.example'), staff('oltmanns')],
            'Invitation: Quarterly SLA review Weserbogen / MediAssist 24 (19 Nov)', '2024-10-28 14:30',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  att(cal, 'invite.ics', 'text/calendar', charset='utf-8')), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-assistance', 'trap: ICS invitation for an SLA review with an assistance provider, no case data', m)


def m084():
    body = """Sehr geehrter Herr Meiners,

für Ihre Erntehelferinnen und Erntehelfer in der Spargelsaison 2025 erhalten
Sie hiermit die Beitragsrechnung zum Gruppenvertrag WB Saison:

  Versicherungsnehmer:  Spargelhof Meiners, Inhaber Jan Meiners,
                        Hollerdeich 9, 28865 Lilienthal
  Gruppenvertrag:       GS-2025-0031
  Zeitraum:             07.04. - 24.06.2025
  gemeldete Personentage: 1.812
  Beitrag:              1.812 x 1,45 EUR = 2.627,40 EUR

Den Betrag buchen wir wie vereinbart am 01.07.2025 per SEPA-Lastschrift
von Ihrem Konto ab:

  Kontoinhaber:   Jan Meiners
  IBAN:           DE72 2607 5037 8772 7889 71
  Mandatsreferenz: GS-2025-0031-M1

Die Namensliste Ihrer Beschäftigten ist wie immer nicht Bestandteil dieser
Rechnung; Sie finden die Einzelmeldungen im Arbeitgeberportal.

Mit freundlichen Grüßen
Nadine Brüggemann
Rechnungswesen / Gruppenverträge
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('brueggemann'), a('Jan Meiners', 'hof@spargelhof-meiners.example'),
            'Beitragsrechnung Gruppenvertrag GS-2025-0031 (Saison 2025)', '2025-06-26 11:45',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-employer',
             'sole-trader farmer\'s private IBAN and group contract invoice; no insured worker named (grey zone)', m)


def m085():
    body = """Liebe Katrin,

zu LI-25-004417 (Fr. Fatima Zahra El Idrissi, WBC-2024-112640), deine
Frage vom 20.01.:

Vorliegend: Rechnung Diabetologische Schwerpunktpraxis Dr. Ohlrogge vom
08.01.2025 (Ersteinstellung Insulinpumpe, Schulung), 2.740,18 EUR, sowie
Verordnung Insulinpumpe + CGM-Sensoren (ca. 5.900 EUR/Jahr).

Beurteilung:
- Diagnose laut Bericht: Diabetes mellitus Typ 1 (E10.9), Erstdiagnose
  2012 in Marokko, seitdem intensivierte Insulintherapie (Pen).
- Der Diabetes bestand damit eindeutig vor Versicherungsbeginn
  (01.09.2024) und war bekannt. Im Antrag WB Campus werden keine
  Gesundheitsfragen gestellt, es gilt aber der Vorerkrankungsausschluss
  Teil B § 4 Abs. 1 mit der Ausnahme "akute Verschlechterung".
- Eine akute Verschlechterung liegt nicht vor (HbA1c 7,4 %, keine
  Ketoazidose, Umstellung auf Pumpe ist elektiv).

Empfehlung: Insulinpumpe und CGM ablehnen (Vorerkrankung, keine akute
Verschlechterung). ABER: die laufende Insulinversorgung (Pen, Insulin,
Teststreifen) sollten wir aus Kulanz weiter übernehmen, wie bisher - ein
Abbruch wäre medizinisch nicht vertretbar, und wir haben das seit
September bezahlt (Vertrauensschutz). Bitte mit Anja wegen Kulanzgrenze
abstimmen.

Gruß
Ulrike

Dr. med. Ulrike Fassbender
Beratende Ärztin
"""
    m = msg(staff('fassbender'), staff('oltmanns'), 'LI-25-004417 - Stellungnahme Vorerkrankung',
            '2025-01-22 17:10', text(body), cc=staff('rademacher'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'internal',
             'medical advisor\'s opinion: named student with type 1 diabetes E10.9, insulin pump, pre-existing condition', m)


def m086():
    d = docx([
        ('b', 'Weserbogen - Claim report household / bicycle theft'),
        ('t', [['Policyholder', 'Nikolai Petrov'],
               ['Policy no.', 'HRC-2024-032011'],
               ['Address', 'Feldstraße 40, 2nd floor, 28203 Bremen'],
               ['Phone', '+49 157 3361 0288'],
               ['Date and time of loss', '09.12.2024, between 18:30 and 21:00'],
               ['Place', 'bicycle stand in front of the university library (locked to the stand)'],
               ['Item', 'Gazelle Medeo T9, black, frame no. GZ2211870443, bought 03/2024 for EUR 1,299'],
               ['Lock', 'Abus Bordo 6000, both keys available'],
               ['Police report', 'Polizei Bremen, Revier Horn, no. 1204/24/117386'],
               ['Bank account for payment', 'Nikolai Petrov, DE65 6824 6029 9992 5567 98'],
               ['Other insurance?', 'no']]),
        '',
        'I confirm that the information is complete and correct.',
        'Bremen, 11.12.2024   N. Petrov',
    ], creator='Nikolai Petrov')
    body = """Dear Mr. Petrov,

thank you - we received your claim report (attached again for your
records, as you asked). The claim number is SH-24-122450.

We'll get back to you once the police confirm that the bike has not been
found (usually 4 weeks after the report).

Kind regards
Property Claims Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('schaden'), a('Nikolai Petrov', 'n.petrov@webpost.example'),
            'Your claim report - SH-24-122450', '2024-12-12 14:50',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  att(d, 'claim_report_SH-24-122450.docx', CT['docx'])), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'only in the DOCX: customer\'s address, phone, IBAN, bicycle theft details; body harmless', m)


def m087():
    body = """Hallo Frau Gómez Ruiz,

hier nochmal schriftlich die Fragen zu Ihrem Unfall, damit wir den
Unfallteil Ihres Vertrags bearbeiten können. Antworten Sie gern auf
Englisch oder Spanisch, wenn Ihnen das leichter fällt.

Vertrag: WB Au-pair Kombi, WAK-2024-008102 (Unfallversicherung inkl.)
Unfalltag laut Meldung: 22.10.2024

1. Wo genau ist der Unfall passiert? Sie schreiben "Trampolin im Garten" -
   war das im Garten der Gastfamilie (Familie Hinrichs) während Ihrer
   Arbeitszeit mit den Kindern, oder in Ihrer Freizeit?
2. Wie sind Sie gelandet? (verdreht, gestürzt, zusammengestoßen?)
3. Wann waren Sie zum ersten Mal beim Arzt? Laut Unterlagen am 23.10. in
   der Notaufnahme des Klinikums Weserufer (Diagnose: Innenbandriss
   rechtes Knie, S83.43).
4. Sind Sie im Moment arbeitsunfähig bzw. können Sie die Kinder betreuen?
5. Hatten Sie vorher schon einmal Beschwerden an diesem Knie?

Wichtig: Wenn der Unfall während der Betreuung der Kinder passiert ist,
kann auch die gesetzliche Unfallversicherung der Gastfamilie zuständig sein
(Unfallkasse Bremen). Das klären wir dann für Sie.

Gute Besserung!
Katrin Oltmanns
Leistung Incoming
"""
    m = msg(staff('oltmanns'), a('Valentina Gómez Ruiz', 'vale.gomezruiz@correo-mail.example'),
            'Fragen zu Ihrem Unfall vom 22.10.', '2024-10-30 11:05', text(body, flowed=True, cte='8bit'),
            mailer=TB)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'accident questionnaire to a named au pair: knee ligament tear S83.43, emergency room, previous complaints', m)


def m088():
    body = """Dear Professor Lindholm,

thank you for your interest in a group solution for the visiting researchers
of your centre. As requested, here are our standard terms (no individual
data needed at this stage):

WB Scientist Group
- eligible: guest researchers and their accompanying family members staying
  up to 24 months, any nationality, no age limit up to 67
- cover: outpatient, inpatient and dental treatment without maximum sum,
  no deductible, medical repatriation and repatriation of remains,
  pregnancy after 8 months' waiting period
- pre-existing conditions: covered if unknown at entry; known conditions
  only for acute deterioration (can be waived for groups of 20+)
- premium: EUR 189.00 per person-month (researcher), EUR 149.00 (partner),
  EUR 69.00 (child); compulsory long-term care insurance included for
  stays over 6 months
- administration: monthly notification in our employer portal; quarterly
  invoice; the centre is the policyholder, the researchers are the insured
  persons and have their own access to the app
- certificates for visa and foreigners' office are issued within 24 hours

If you can tell me roughly how many researchers you host per year and their
average length of stay, I'll prepare a quote with a volume discount.

Best regards
Jonas Behrends
Head of University & Partner Business
Weserbogen Krankenversicherung AG
+49 421 4470-240
"""
    m = msg(staff('behrends'), a('Prof. Maren Lindholm', 'direktion@zmf-lindenau.example'),
            'Group health insurance for visiting researchers - our terms', '2024-12-03 10:40',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-company',
             'trap: group product terms for a research centre (pre-existing conditions, pregnancy), no insured person', m)


def m089():
    body = """Dear Mr. Whitfield,

we refer to your letter of 2 December 2024 on behalf of your clients,
Mr. and Mrs. Brennan, Contrescarpe 128, 28195 Bremen.

  Our policyholder:   Ms. Thandiwe Dlamini (au pair of your clients)
  Policy:             WB Haftpflicht Au-pair, no. HPA-2024-002688
  Claim no.:          HS-24-117520
  Incident:           10 November 2024, car park Weserpark, your clients'
                      vehicle (Volvo XC60, HB-BN 4410) reversed into a
                      concrete bollard while driven by our policyholder;
                      damage to the rear bumper and tailgate, estimate
                      EUR 3,870.44; nobody was injured.

We regret that we cannot indemnify your clients. Our policyholder's personal
liability insurance excludes damage caused by the driver of a motor vehicle
through the use of that vehicle (section 3.1 (3) of the conditions, standard
"motor vehicle exclusion"). Such damage falls under the vehicle's own motor
insurance - in this case the comprehensive cover (Vollkasko) of your clients'
Volvo, if any. Whether the au pair agreement allows your clients to claim the
deductible from the au pair is a matter between the parties.

We have informed Ms. Dlamini accordingly.

Yours sincerely
Malte Ruschmeyer
Property & Liability Claims
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('ruschmeyer'), a('Oliver Whitfield', 'o.whitfield@whitfield-legal.example'),
            'Your clients Brennan / our policyholder Dlamini - HS-24-117520', '2024-12-10 15:02',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
             'liability claim refusal: named au pair and host family, addresses, plate, claim no.; nobody injured', m)


def m090():
    body = """Dear Dr. Raghunathan,

as requested for your rental application, here is the confirmation of your
personal liability insurance. You can forward this e-mail to the landlord.

  CONFIRMATION OF INSURANCE

  Policyholder:    Dr. Arvind Raghunathan
  Co-insured:      Meera Raghunathan (spouse), Ishaan Raghunathan (son, 7)
  Current address: Gästehaus IPA, Parkstraße 2, 37085 Auenfeld
  Policy:          WB Haftpflicht Incoming Familie, no. HPI-2024-016010
  Cover:           EUR 10,000,000 for personal injury and property damage,
                   incl. damage to rented premises (Mietsachschäden)
                   up to EUR 500,000
  Period:          since 01.09.2024, renews annually; premium paid to
                   31.08.2025

Weserbogen Krankenversicherung AG acts for Weserbogen Allgemeine
Versicherung AG, the risk carrier of this policy.

Good luck with the flat!

Kind regards
Property & Liability Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('schaden'), a('Arvind Raghunathan', 'a.raghunathan@ipa-auenfeld.example'),
            'Confirmation of personal liability insurance for your landlord', '2024-11-28 09:37',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'liability confirmation naming a scientist, spouse and child, address, policy no.; no health', m)


def m091():
    notes = """Release notes Leistungssystem LEO 7.4.2 (Testmandant T02)
=========================================================

Datum: 02.12.2024
Einspielen in Produktion: 09.12.2024, 18:00 (Wartungsfenster)

Neu
- Währungsumrechnung für Belege in UAH, KZT, GEL, MDL (Kurse EZB/Bundesbank)
- Pflichtfeld "Unfall ja/nein" bei Heilmittelverordnungen
- ICD-10-GM 2025 Katalog eingespielt (siehe Ticket INC-2024-7802)

Behoben
- INC-2024-7731: OCR kyrillischer Belege (teilweise, Konfidenz jetzt 0,71)
- Doppelte Zahlungsvorschläge bei Rechnungskorrekturen der Krankenhäuser

Testdaten
- testfaelle_7.4.2.csv enthält ausschließlich fiktive Personen
  (Mustermann/Musterfrau/Testov) mit Testverträgen der Nummernkreise
  TST-*; Diagnosen sind zufällig zugeordnet.
"""
    tcsv = ("fall;vertrag;name;geb;diagnose;betrag;waehrung;erwartet\n"
            "T1;TST-0001;Max Mustermann;01.01.1990;J06.9;1250,00;UAH;umgerechnet 28,41 EUR\n"
            "T2;TST-0002;Erika Musterfrau;01.01.1995;S93.40;48000,00;KZT;umgerechnet 92,17 EUR\n"
            "T3;TST-0003;Ivan Testov;29.02.1988;K35.8;3900,00;GEL;Prüfung Gesamtbetrag > 1000 EUR\n"
            "T4;TST-0004;Max Mustermann;01.01.1990;Z00.0;;EUR;Fehler Betrag fehlt\n")
    cfg = """# leo-fx.conf (Auszug)
[fx]
source = bundesbank
fallback = ezb
currencies = UAH,KZT,GEL,MDL,TRY,INR,VND
rounding = half_up
max_age_days = 3
"""
    z = zipbytes([('LEO_7.4.2/RELEASE_NOTES.txt', notes), ('LEO_7.4.2/testfaelle_7.4.2.csv', tcsv),
                  ('LEO_7.4.2/config/leo-fx.conf.txt', cfg)], dt=(2024, 12, 2, 16, 45, 0), stored=())
    body = """Hallo Katrin,

anbei das Release-Paket LEO 7.4.2 für den Abnahmetest im Testmandanten T02
(Release Notes, Testfälle, Konfigurationsauszug). Die Testfälle enthalten
nur fiktive Personen - bitte für den Abnahmetest keine echten Fälle aus der
Produktion kopieren.

Abnahme bitte bis Freitag, 06.12., per Mail an mich.

Gruß
Felix Warnecke
IT Anwendungsbetreuung Leistung
"""
    m = msg(staff('warnecke'), staff('oltmanns'), 'Abnahmetest LEO 7.4.2 - Release-Paket',
            '2024-12-02 16:51',
            mixed(text(body), att(z, 'LEO_7.4.2_Abnahme.zip', CT['zip'])), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: ZIP with release notes and test cases (fictitious persons with ICD codes), no real person', m)


def m092():
    body = """Dear Ms. Ferraro,

welcome to Germany - although we're sorry your arrival started with a
missing suitcase.

  Policy:       WB Welcome (baggage insurance), no. WWB-2024-004127
  Claim no.:    SG-24-005881
  Flight:       LH 2325 Milan (MXP) - Munich, 28 September 2024,
                connection to Hanover
  PIR (airline file reference): MUCLH48812

Under your policy, we pay for emergency purchases (clothes, toiletries) up
to EUR 400 if the luggage is delayed more than 12 hours, and the value of
the contents up to EUR 2,000 if it is lost for good (airline confirms after
21 days). The airline's own compensation is deducted.

For the emergency purchases, please send us the receipts (photos are fine)
and the letter from the airline. Payment will go to the account you named
in the claim form (IBAN ending ...1994 861).

Kind regards
Property Claims Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('schaden'), a('Giulia Ferraro', 'giulia.ferraro@posta-mail.example'),
            'Your baggage claim SG-24-005881', '2024-10-01 13:24',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'baggage claim of a named student: policy/claim no., flight, partial IBAN; no health', m)


def m093():
    body = """Hallo Jonas,

für die Werkstudentenstelle im Hochschulvertrieb haben wir eine Bewerbung,
die gut passen könnte:

  Name:        Minh Anh Tran
  geb.:        11.08.2000
  Studium:     M.Sc. Wirtschaftsinformatik, Uni Lindenau, 2. Semester
               (Matr.-Nr. 4468815)
  Aufenthalt:  Aufenthaltserlaubnis zum Studium (§ 16b AufenthG), gültig
               bis 30.09.2026 - Beschäftigung bis 20 Std./Woche erlaubt,
               also passt das
  Sprachen:    Vietnamesisch, Englisch C1, Deutsch B2
  Verfügbar:   ab 01.04., 15 Std./Woche
  Stundenlohn-Vorstellung: 16,50 EUR

Die Kopie des Aufenthaltstitels darf ich dir nicht schicken, die bleibt in
der Personalakte. Sag mir bitte bis Montag, ob du sie kennenlernen
möchtest.

Viele Grüße
Birte
"""
    m = msg(staff('hansen'), staff('behrends'), 'Werkstudent/in Hochschulvertrieb - Bewerbung Tran',
            '2025-03-06 13:30', text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'internal',
             'student job applicant: birth date, student ID, residence permit details, wage expectation', m)


def m094():
    plain = """PRESSEINFORMATION

Weserbogen senkt Beiträge für Gastwissenschaftlerinnen und
Gastwissenschaftler

Bremen, 25. November 2024 - Die Weserbogen Krankenversicherung AG senkt zum
1. Januar 2025 die Beiträge ihres Tarifs WB Scientist um durchschnittlich
6 Prozent. Grund sind die niedriger als erwartet ausgefallenen
Leistungsausgaben der vergangenen drei Jahre. Der Tarif richtet sich an
internationale Forschende und ihre Familien, die bis zu fünf Jahre in
Deutschland arbeiten.

"Viele Institute werben weltweit um Spitzenkräfte. Eine verlässliche und
bezahlbare Krankenversicherung ist dabei ein echter Standortfaktor", sagt
Claudia Stührmann, Vorständin für Vertrieb und Produkt.

Für Studierende im Tarif WB Campus steigen die Beiträge dagegen um
durchschnittlich 3,9 Prozent. Treiber sind vor allem höhere
Krankenhausentgelte und eine stark gestiegene Inanspruchnahme von
Psychotherapie.

Über Weserbogen: Die Weserbogen Krankenversicherung AG mit Sitz in Bremen
versichert rund 38.000 Menschen, die vorübergehend in Deutschland leben,
studieren oder arbeiten.

Pressekontakt: Hannah Osterkamp, presse@weserbogen-kv.example,
0421 4470-180
"""
    page = """<html><body style="font-family:Georgia,serif;font-size:15px;max-width:640px">
<p style="font-size:12px;color:#666">PRESSEINFORMATION</p>
<h1 style="font-size:22px">Weserbogen senkt Beiträge für Gastwissenschaftlerinnen und Gastwissenschaftler</h1>
<p><b>Bremen, 25. November 2024</b> &ndash; Die Weserbogen Krankenversicherung AG senkt zum 1. Januar 2025 die
Beiträge ihres Tarifs WB Scientist um durchschnittlich 6&nbsp;Prozent. Grund sind die niedriger als erwartet
ausgefallenen Leistungsausgaben der vergangenen drei Jahre. Der Tarif richtet sich an internationale Forschende
und ihre Familien, die bis zu fünf Jahre in Deutschland arbeiten.</p>
<p>&bdquo;Viele Institute werben weltweit um Spitzenkräfte. Eine verlässliche und bezahlbare Krankenversicherung
ist dabei ein echter Standortfaktor&ldquo;, sagt Claudia Stührmann, Vorständin für Vertrieb und Produkt.</p>
<p>Für Studierende im Tarif WB Campus steigen die Beiträge dagegen um durchschnittlich 3,9&nbsp;Prozent. Treiber
sind vor allem höhere Krankenhausentgelte und eine stark gestiegene Inanspruchnahme von Psychotherapie.</p>
<p style="font-size:13px"><i>Über Weserbogen:</i> Die Weserbogen Krankenversicherung AG mit Sitz in Bremen versichert
rund 38.000 Menschen, die vorübergehend in Deutschland leben, studieren oder arbeiten.</p>
<p style="font-size:13px">Pressekontakt: Hannah Osterkamp, presse@weserbogen-kv.example, 0421 4470-180</p>
</body></html>
"""
    m = msg(staff('presse'), 'presseverteiler@' + DOM, 'Presseinformation: Weserbogen senkt Beiträge für Gastwissenschaftler',
            '2024-11-25 10:00', alt(text(plain), html(page)), mailer='WB-Newsletter 2.1',
            extra=[('Precedence', 'bulk')])
    return R('NORMAL', 'de', 'newsletter',
             'trap: press release on premiums, claims costs and psychotherapy trend; only board member quoted', m)


def m095():
    log = """2024-11-26T02:00:04+01:00 certbot-gw01 INFO  renewal run started (profile mailgw-partner)
2024-11-26T02:00:05+01:00 certbot-gw01 INFO  checking tls-partner.weserbogen-kv.example: expires 2024-12-09T23:59:59Z (13 days)
2024-11-26T02:00:05+01:00 certbot-gw01 INFO  renewal due (threshold 21 days)
2024-11-26T02:00:09+01:00 certbot-gw01 INFO  CSR created, key RSA 3072, SAN: tls-partner.weserbogen-kv.example, mx1.weserbogen-kv.example
2024-11-26T02:00:41+01:00 certbot-gw01 INFO  certificate issued by "Example Trust CA G3", serial 4F:1A:09:C2:77:3B:E0:15
2024-11-26T02:00:42+01:00 certbot-gw01 INFO  deployed to mailgw01, mailgw02; postfix reload OK
2024-11-26T02:01:15+01:00 mailgw01     INFO  TLS test to mx.mediassist24.example:25 -> TLSv1.3 TLS_AES_256_GCM_SHA384, verify OK
2024-11-26T02:01:16+01:00 mailgw01     WARN  TLS test to mail.klinikum-lindenau.example:25 -> TLSv1.2, peer cert expires in 6 days
2024-11-26T02:01:17+01:00 mailgw01     INFO  TLS test to mx.uni-lindenau.example:25 -> TLSv1.3, verify OK
2024-11-26T02:01:18+01:00 mailgw01     ERROR TLS test to mx.st-annen-auenfeld.example:25 -> no STARTTLS offered (policy: enforce) -> queued, fallback to portal notification
2024-11-26T02:01:18+01:00 certbot-gw01 INFO  renewal run finished
"""
    body = """Hi Felix,

FYI - the partner TLS certificate on the mail gateway was renewed last night,
log attached. Two things for you:

1. Klinikum Lindenau's gateway certificate expires in 6 days. Could you ask
   their IT (you have the contact) - otherwise our enforced-TLS policy will
   bounce our guarantee mails to them.
2. St.-Annen Auenfeld still doesn't offer STARTTLS at all. Mails to them are
   queued and go out as portal notifications. Please raise it at the next
   hospital IT call.

Cheers
Mats

Mats Jürgensen
IT Operations - Messaging
"""
    m = msg(a('Mats Jürgensen', 'mats.juergensen@' + DOM), staff('warnecke'),
            'Partner TLS certificate renewed - 2 follow-ups', '2024-11-26 08:12',
            mixed(text(body), att(log.encode('utf-8'), 'certbot_mailgw_2024-11-26.txt', 'text/plain',
                                  charset='utf-8', cte='quoted-printable')), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'internal',
             'trap: certificate renewal log (TXT) for partner hospitals\' TLS, no person', m)


def m096():
    body = """Sehr geehrter Herr Mehta,

vielen Dank für Ihre Mitteilung. Wir haben Ihre neue Anschrift in Ihrem
Vertrag WB Haftpflicht Incoming (HPI-2024-016233) gespeichert:

  bisher: Wohnheim Albrechtstraße 21, Zi. 2.07, 37085 Auenfeld
  neu:    Geismar Landstraße 63, WG 3. OG rechts, 37083 Lindenau
  gültig ab: 01.01.2025

Ihr Versicherungsschutz ändert sich dadurch nicht, auch der Beitrag bleibt
gleich. Der offene Schaden HS-24-101942 läuft unverändert weiter.

Mit freundlichen Grüßen
Ihr Team Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('incoming'), a('Arjun Mehta', 'arjun.mehta@stud.th-auenfeld.example'),
            'Adressänderung bestätigt - HPI-2024-016233', '2024-12-18 10:03',
            text(body, charset='windows-1252', cte='8bit'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'address change of a named student in a liability contract: old/new address, policy and claim no.', m)


def m097():
    body = """Sehr geehrte Damen und Herren,

auf Wunsch unseres ehemaligen Versicherten bescheinigen wir Ihnen die
Vorversicherungszeit bei uns:

  Name:               Lucas Pereira da Silva
  Geburtsdatum:       27.07.1998
  Anschrift:          Hastedter Heerstr. 301, 28207 Bremen
  Ihre Mitgliedsnummer: (lt. Ihrem Schreiben) H-771 402 993
  Versicherung:       substitutive Krankheitskostenvollversicherung
                      Tarif WB Campus inkl. privater Pflegepflichtversicherung
  Versicherungsbeginn: 01.10.2023
  Versicherungsende:  31.03.2025 (Kündigung wegen Eintritt der
                      Versicherungspflicht)
  Unterbrechungen:    keine
  Beitragsrückstände: keine

Ein Übertragungswert (Alterungsrückstellung) wird im Tarif WB Campus nicht
gebildet.

Mit freundlichen Grüßen
Weserbogen Krankenversicherung AG
Vertrag & Antrag Incoming
"""
    m = msg(staff('aydin'), a('BKK Nordweser Mitgliederservice', 'mitglieder@bkk-nordweser.example'),
            'Vorversicherungsbescheinigung Pereira da Silva, Mitgl.-Nr. H-771 402 993', '2025-04-03 09:48',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-partner',
             'certificate of prior health insurance for a named person (birth date, address) sent to a statutory fund', m)


def m098():
    body = """Dear Ms. Castro,

thank you for reporting the loss of your room key in time. I know the
letter from the Studierendenwerk looked scary - here is what happens now.

  Policy:    WB Haftpflicht Incoming, no. HPI-2024-016541
  Claim no.: HS-25-002307
  Loss:      key no. 1.09-1 (Wohnheim Albrechtstrasse 21), lost on
             11 January 2025, probably on bus line 12

The Studierendenwerk says the key belongs to a central locking system and
wants to replace the cylinders of the main entrance, the corridor and your
room: cost estimate EUR 1,860.00. Loss of keys of rented premises is covered
by your policy up to EUR 20,000, deductible EUR 100.

We will now:
1. ask the Studierendenwerk to wait 14 days (keys are often handed in at the
   lost property office - please check there too!),
2. if the key doesn't turn up, pay the Studierendenwerk directly, minus your
   deductible of EUR 100, which they will invoice to you.

You don't need to sign anything the Studierendenwerk sends you about costs
- just forward it to us.

Kind regards
Malte Ruschmeyer
Property & Liability Claims
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('ruschmeyer'), a('Sofía Castro', 'sofia.castro@stud.th-auenfeld.example'),
            'Your lost key - claim HS-25-002307', '2025-01-14 16:26', text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'key-loss liability claim of a named student: dorm address, policy/claim no.', m)


def m099():
    cal = ics([
        'BEGIN:VCALENDAR',
        'PRODID:-//Weserbogen//Webinar 1.0//EN',
        'VERSION:2.0',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:webinar-2025-02-18-io@weserbogen-kv.example',
        'DTSTAMP:20250127T090000Z',
        'DTSTART:20250218T130000Z',
        'DTEND:20250218T140000Z',
        'SUMMARY:Webinar for International Offices: Health insurance for incoming s',
        ' tudents 2025',
        'DESCRIPTION:Topics: exemption from statutory insurance\\, students 30+\\,',
        '  Studienkolleg\\, what to do in a medical emergency\\, mental health support',
        '  for students\\, Q&A. Join: https://webinar.weserbogen-kv.example/io-2025',
        'URL:https://webinar.weserbogen-kv.example/io-2025',
        'LOCATION:Online',
        'END:VEVENT',
        'END:VCALENDAR'])
    body = """Dear colleagues in the International Offices,

we'd like to invite you to our annual webinar before the summer semester:

   Health insurance for incoming students 2025
   Tuesday, 18 February 2025, 14:00-15:00 (CET), online

Agenda: exemption from statutory insurance and the new electronic
notification, students aged 30+ and Studienkolleg, what students should do
in a medical emergency, mental health support (our counselling hotline),
your questions.

No registration needed - the calendar entry with the link is attached.
Slides will be sent afterwards.

Best regards
Jonas Behrends
University Partnerships
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('behrends'), 'undisclosed-recipients:;', 'Invitation: Webinar for International Offices, 18 Feb 2025',
            '2025-01-27 10:00',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  att(cal, 'webinar_2025-02-18.ics', 'text/calendar', charset='utf-8')),
            mailer=OUTLOOK, extra=[('Bcc', 'hochschulpartner@' + DOM)])
    return R('NORMAL', 'en', 'insurer-to-university',
             'trap: webinar invitation with ICS on emergencies and mental health, no person', m)


def m100():
    body = """Dear Ms. Darwish,

thank you for your invoice no. 2024-41 for interpreting services in
November. Before we can pay it, two corrections are needed:

1. Your invoice shows your old tax number (25/118/40772). According to your
   letter of 30 October, your new tax number is 25/241/11093. Please issue
   a corrected invoice.
2. The assignment on 21 November (Klinikum Lindenau, 2.5 h) was charged at
   the weekend rate; it was a Thursday. The standard rate of EUR 65 per hour
   applies.

Assignments in November according to our records (case references only):
  05.11.  telephone interpreting Arabic, ref. DL-24-311     1.0 h
  12.11.  on site, St.-Annen Auenfeld, ref. DL-24-318       2.0 h + travel
  21.11.  on site, Klinikum Lindenau, ref. DL-24-327        2.5 h
  28.11.  video interpreting Kurdish (Kurmanji), DL-24-333  0.75 h

Total: 6.25 h x EUR 65.00 = EUR 406.25, plus travel allowance EUR 38.40;
no VAT (small business, section 19 UStG).

Payment will go to your account as stated on the invoice:
Rania Darwish, IBAN DE22 4251 8474 7458 4760 05.

Kind regards
Nadine Brüggemann
Accounts Payable
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('brueggemann'), a('Rania Darwish', 'kontakt@darwish-dolmetschen.example'),
            'Your invoice 2024-41 - correction needed', '2024-12-04 11:18',
            text(body, charset='iso-8859-1', cte='quoted-printable'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-supplier',
             'freelance interpreter (natural person): tax numbers, IBAN, fees; assignments only by reference', m)


def m101():
    body = """Dear Mr. Farouk,

thank you for your question. I'm answering in general terms, since you
don't have a contract with us yet:

- Vaccinations recommended by the German Standing Committee on Vaccination
  (STIKO) for all adults - e.g. tetanus/diphtheria/pertussis, measles,
  influenza for risk groups, COVID-19 according to the current
  recommendation - are fully covered in WB Campus and WB Incoming Komfort.
- Travel vaccinations (yellow fever, rabies, Japanese encephalitis, typhoid
  etc.) are covered up to EUR 100 per calendar year.
- Vaccinations required only for a job (e.g. hepatitis B for medical
  students in their clinical placement) are usually paid by the employer or
  the university hospital.
- Test for tuberculosis or other checks needed for a visa or residence
  permit are not covered, as they are not medical treatment.

You can find the full list in the conditions, part B, section 3.7:
https://www.weserbogen-kv.example/en/conditions

Kind regards
Sophie Lindqvist
International Service Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('lindqvist'), a('Ahmed Farouk', 'ahmed.farouk@mailbox-eg.example'),
            'RE: Are vaccinations covered?', '2024-08-08 15:40',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK,
            irt=ext_mid('farouk-vacc', 'mailbox-eg.example'))
    return R('NORMAL', 'en', 'insurer-to-prospect',
             'trap: generic answer on vaccination cover to a prospect; no contract, no health data of the person', m)


def m102():
    body = """Hi everyone,

as promised in the team meeting, here's the short data protection quiz for
our international team. Answers at the bottom - no cheating ;-)

1. A student e-mails us her psychiatrist's report and asks us to confirm
   receipt. May we reply by normal e-mail?
   a) yes, with the report attached again
   b) yes, but without repeating any health information
   c) no, never

2. The International Office of a university calls and asks whether a
   student "is still insured with you". What do we need first?
   a) nothing, universities are entitled
   b) the student's written consent
   c) the student's matriculation number

3. Which of these is "health data" under Art. 9 GDPR?
   a) the fact that someone has a health insurance contract with us
   b) a pharmacy receipt for insulin
   c) the premium amount

4. An embassy asks us to verify a certificate. What may we say?
   a) valid / not valid and the period of cover
   b) also any claims in the last year
   c) anything the embassy asks for

5. A colleague in Gdańsk needs a claims file for a test. What do we send?
   a) the original file, it's internal
   b) an anonymised copy or synthetic test data
   c) the file, but encrypted

Answers: 1b, 2b, 3b (and careful: for us as a health insurer even 3a is
treated as strictly confidential in e-mail!), 4a, 5b.

Thorsten says the best scorers get a coffee voucher.

Cheers
Sophie
"""
    m = msg(staff('lindqvist'), 'team-incoming@' + DOM, 'Data protection quiz - 5 questions',
            '2024-10-17 13:13', text(body), cc=staff('kloevekorn'), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'internal', 'trap: data protection quiz about health data scenarios, no person', m)


def m103():
    body = """Dear Mr. Haverkamp,

ahead of the renewal of our quota share treaty for 2025, please find below
the portfolio figures you asked for. All figures are gross, as at
30 September 2024, and refer only to the incoming health portfolio.

                         insured    GWP 2023     claims      loss
                         persons    EUR m        ratio 2023  ratio 9M 2024
  WB Campus / Plus        17,680     27.4         71.2 %      73.9 %
  WB Au-pair Kombi         3,410      2.0         58.7 %      55.1 %
  WB Scientist (+Group)    4,230     13.9         66.0 %      61.8 %
  WB Incoming Komfort      4,960     17.1         69.4 %      70.2 %
  WB Saison (groups)       8,140*     5.6         64.3 %      80.5 %
  WB Besuch / Basis          -**      5.8         62.9 %      66.0 %
  total                   38,420     71.8         68.4 %      69.7 %

  *  persons insured at some time during 2023; average 1,570 at any time
  ** short-term, approx. 21,000 policies per year

Large losses above EUR 100,000 (9M 2024): 7 cases, total EUR 1.42 m
(4 neonatal intensive care, 2 cardiac surgery, 1 polytrauma after a
traffic accident). Details at case level can be provided under the
confidentiality clause of the treaty, in pseudonymised form.

Seasonal: the deterioration in 2024 is mainly due to two work accidents
with long inpatient stays, for which we expect partial recovery from the
agricultural accident insurer (SVLFG).

Best regards
Jonas Behrends
Head of University & Partner Business
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('behrends'), a('Frank Haverkamp', 'f.haverkamp@nordre-rueck.example'),
            'Incoming portfolio figures for 2025 renewal', '2024-10-22 17:05',
            text(body, cte='8bit'), cc=a('Dr. Helge Timmermann', 'helge.timmermann@' + DOM), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-partner',
             'trap: reinsurer portfolio figures with loss ratios and large-loss categories, no identifiable person', m)


def m104():
    cal = ics([
        'BEGIN:VCALENDAR',
        'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        'UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000010000000A115104',
        'DTSTAMP:20250213T150500Z',
        'DTSTART;TZID=W. Europe Standard Time:20250218T110000',
        'DTEND;TZID=W. Europe Standard Time:20250218T114500',
        'SUMMARY;LANGUAGE=de-DE:Fallkonferenz LI-25-006102',
        'LOCATION;LANGUAGE=de-DE:Teams-Besprechung',
        'ORGANIZER;CN="Dr. med. Ulrike Fassbender":mailto:ulrike.fassbender@weserbog',
        ' en-kv.example',
        'ATTENDEE;CN="Dr. Jasper Okonkwo (MediAssist)";RSVP=TRUE:mailto:j.okonkwo@med',
        ' iassist24.example',
        'ATTENDEE;CN="Katrin Oltmanns";RSVP=TRUE:mailto:katrin.oltmanns@weserbogen-kv',
        ' .example',
        'DESCRIPTION;LANGUAGE=de-DE:Fallkonferenz Dr. Irina Sokolova (geb. 02.10.19',
        ' 78)\\, WB Scientist WBS-2024-004602\\, Gastwissenschaftlerin Uni Lindenau.\\',
        ' nDiagnose: Mammakarzinom links (C50.4)\\, ED 01/2025\\, Tumorkonferenz Brus',
        ' tzentrum Klinikum Lindenau empfiehlt neoadjuvante Chemotherapie (6 Zyklen)',
        '  + OP + Bestrahlung\\, Gesamtdauer ca. 9-12 Monate.\\nFragen: 1) Deckung ü',
        ' ber das geplante Vertragsende 31.08.2025 hinaus (Nachleistung?) 2) Wunsch ',
        ' der Patientin auf Behandlung in Deutschland vs. Rückkehr nach Russland ni',
        ' cht möglich (Sanktionen/Versorgung) 3) Kosten Perücke\\, Psychoonkologie.',
        'SEQUENCE:0',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR'])
    body = """Hallo zusammen,

Einladung zur Fallkonferenz am Dienstag, Details stehen im Termin. Bitte
die Unterlagen nur über das Fallportal ansehen, nicht herunterladen.

Danke
Ulrike Fassbender
"""
    m = msg(staff('fassbender'), [a('Dr. Jasper Okonkwo', 'j.okonkwo@mediassist24.example'), staff('oltmanns')],
            'Einladung: Fallkonferenz LI-25-006102', '2025-02-13 16:05',
            mixed(text(body), att(cal, 'Fallkonferenz.ics', 'text/calendar', charset='utf-8')),
            mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-assistance',
             'only in the ICS description: named guest scientist (birth date), breast cancer C50.4, chemotherapy plan', m)


def m105():
    body = """Hi Agata,

new starter for payroll from 1 February - please set her up in the
February run. Contract is signed, copy in the HR file.

  Name:              Natalia Petrenko
  Personnel no.:     20455
  Start date:        01.02.2025
  Position:          Medical Claims Specialist, cost centre 4210
  Salary:            EUR 3,960.00 gross per month, 13 salaries
  Tax ID:            58 301 774 261
  Tax class:         I, no church tax
  Social security no.: 13 020391 P 017
  Health insurance:  statutory (she'll send the membership certificate)
  Bank account:      DE59 3025 1755 2189 6690 13 (Natalia Petrenko)
  Address:           Schwachhauser Ring 54, 28209 Bremen

Job bike and company pension enrolment will follow after the probation
meeting.

Thanks!
Birte

Birte Hansen
HR Business Partner
"""
    m = msg(staff('hansen'), a('Agata Wiśniewska', 'agata.wisniewska@' + DOM),
            'New starter 01.02. - payroll data Petrenko', '2025-01-28 09:12',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'internal',
             'new employee payroll data: salary, tax ID, social security no., IBAN, address', m)


def m106():
    body = """Hallo Felix,

hier der fachliche Change Request für den Bescheinigungsgenerator, wie in
der Abstimmung am Dienstag besprochen.

CR-INC-2025-03  Visum-Bestätigung DE/EN, Version 3

Ist:
- Feld "Geburtsdatum" wird im Format TT.MM.JJJJ ausgegeben, auch in der
  englischen Fassung -> Botschaften in den USA/Kanada haben mehrfach
  nachgefragt (Verwechslung Tag/Monat).
- Feld "Passnummer" wird abgeschnitten, wenn > 9 Zeichen.
- Feld "Staatsangehörigkeit" zeigt den ISO-Code (z. B. "KZ") statt
  Klartext.

Soll:
- EN-Fassung: Geburtsdatum als "14 March 1999" (Monat ausgeschrieben),
  DE-Fassung unverändert.
- Passnummer bis 20 Zeichen.
- Staatsangehörigkeit im Klartext aus Tabelle T_LAND (Spalte NAME_DE bzw.
  NAME_EN).
- Neuer Textbaustein für Schengen-Visa (Basis): "Coverage EUR 30,000 per
  insured event, valid in all Schengen States".

Testdaten: bitte nur die fiktiven Fälle aus testcases_certificate_api.csv
(Mustermann) verwenden.

Abnahme: M. Aydin / S. Lindqvist. Gewünschter Termin: 31.03.2025.

Danke!
Mehmet
"""
    m = msg(staff('aydin'), staff('warnecke'), 'CR-INC-2025-03 Bescheinigungsgenerator Visum v3',
            '2025-03-06 09:58', text(body), cc=staff('lindqvist'), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: change request naming fields birth date / passport / nationality, no values, no person', m)


def m107():
    body = """Katrin,

MediAssist's case report on the Raghunathan boy - the family was in Munich
over the weekend. I've told the father we'll cover it; can you check the
guarantee amount? He's insured via his father's family contract.

Sophie

-------- Forwarded Message --------
Subject: Case report MA-25-03318 / your ref. WBS-2024-004383
Date: Mon, 17 Feb 2025 08:12:40 +0100
From: MediAssist 24 Case Management <cases@mediassist24.example>
To: leistung-incoming@weserbogen-kv.example

CASE REPORT - MediAssist 24 - case MA-25-03318

Patient:        Ishaan Raghunathan, born 2017-06-03 (7 y)
Insurance:      Weserbogen, WB Scientist, contract WBS-2024-004383
                (policyholder Dr. Arvind Raghunathan)
Hospital:       Kinderklinik Isarauen, Munich, paediatric ward 2
Admission:      15 Feb 2025, 21:40, via emergency department

Medical summary (Dr. Lehner, paediatrician on duty, by phone 16 Feb):
community-acquired pneumonia, right lower lobe (J18.1), fever 40.1 C,
SpO2 91 % on admission, now stable on 1 l/min oxygen. IV ampicillin.
Expected length of stay 4-5 days. No ICU needed so far.

Actions:
- guarantee of payment issued to the hospital 16 Feb, 10:05, EUR 6,000
  (general ward, accompanying parent's accommodation included)
- mother (Mrs. Meera Raghunathan) stays with the child; father returned
  to Auenfeld
- follow-up call with the ward scheduled 18 Feb

Please confirm the guarantee and the cover for the accompanying parent.

MediAssist 24 GmbH - 24/7 Case Management
"""
    m = msg(staff('lindqvist'), staff('oltmanns'), 'Fwd: Case report MA-25-03318 / your ref. WBS-2024-004383',
            '2025-02-17 09:03', text(body), mailer=TBL)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'assistance',
             'forwarded assistance case report: named child (birth date) with pneumonia J18.1, hospital stay', m)


def m108():
    body = """Hi Malte,

Expat Cover Partners would like a liability + household quote for a new
client, see below. Can your team prepare it by Thursday? They need it
before the client signs the lease.

Greta

From: Amelia Grant <a.grant@expatcover.example>
Sent: Tuesday, 4 March 2025 16:40
To: maklerservice@weserbogen-kv.example
Subject: Quote request liability + household - new client

Hello Greta,

please quote WB Haftpflicht Incoming (family) and WB Hausrat for:

  Client:         Mr. Benjamin Okoye-Larsen
  Date of birth:  5 September 1983
  Nationality:    Danish / Nigerian
  Passport no.:   DK 211847390
  Spouse:         Mrs. Ingrid Okoye-Larsen, born 19 January 1985
  Children:       2 (born 2015 and 2019)
  New address:    Schwachhauser Heerstraße 188, 28211 Bremen
                  (from 1 April 2025, 112 sqm, 3rd floor)
  Sum insured household: EUR 75,000
  Employer:       Nordsee Offshore Wind GmbH (relocated from Esbjerg)
  Salary:         EUR 9,400 gross/month (the landlord asked, in case you
                  need it for anything - I assume not)

Thanks and best regards
Amelia Grant
Expat Cover Partners GmbH, Hamburg
"""
    m = msg(staff('vosskamp'), staff('ruschmeyer'), 'FW: Quote request liability + household - new client',
            '2025-03-05 08:41', text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'broker',
             'forwarded broker quote request: named client and spouse, birth dates, passport no., address, salary', m)


def m109():
    body = """Sehr geehrter Herr Dr. Stegemann,

Ihr Patient, Herr Vasile Munteanu, geb. 12.01.1975, ist als
Saisonarbeitskraft über den Gruppenvertrag GS-2024-0117 bei uns
krankenversichert. Eine von ihm unterschriebene Schweigepflichtentbindung
(rumänisch/deutsch) liegt bei.

Uns liegt Ihre Rechnung vom 20.09.2024 über 84,41 EUR vor:
Diagnose M54.5 (Kreuzschmerz), Behandlung am 12.09. und 19.09.2024
(Untersuchung, Injektion, Verordnung Diclofenac 75 mg und 6x
Krankengymnastik).

Da der Versicherungsschutz für Erkrankungen, die vor der Einreise bekannt
und behandlungsbedürftig waren, eingeschränkt ist, bitten wir Sie um kurze
Beantwortung folgender Fragen:

  1. Hat Herr Munteanu angegeben, seit wann die Beschwerden bestehen?
  2. Gab es Hinweise auf eine Behandlung im Heimatland (z. B. Bericht,
     Medikamentenpackungen, Bildgebung)?
  3. Besteht ein Zusammenhang mit einem Unfall oder einer bestimmten
     Tätigkeit (Heben, Sturz)? - In diesem Fall wäre ggf. die SVLFG
     zuständig.

Für die Beantwortung vergüten wir Ihnen eine Gebühr nach GOÄ Nr. 75 bzw.
pauschal 25 EUR. Sie können uns gern formlos per Fax (0421 4470-319)
antworten.

Mit freundlichen Grüßen

Dr. med. Ulrike Fassbender
Beratende Ärztin
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('fassbender'), a('Praxis Dr. Stegemann', 'praxis@hausarzt-stegemann.example'),
            'Anfrage zu Ihrem Patienten V. Munteanu - Rechnung vom 20.09.2024', '2024-10-04 10:44',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
             'medical enquiry to a GP about a named seasonal worker (birth date): low back pain M54.5, medication', m)


def m110():
    body = """Sehr geehrte Frau Dr. Wessels,

wie telefonisch besprochen bestellen wir für den Gesundheitstag am
15.10.2024 die Durchführung der Grippeschutzimpfung durch Ihren
betriebsärztlichen Dienst:

  Bestellnummer:  4500087390
  Leistung:       Grippeschutzimpfung für Mitarbeitende, Impfstoff
                  Saison 2024/25 (quadrivalent bzw. trivalent nach
                  Verfügbarkeit)
  Menge:          bis zu 120 Dosen, Abrechnung nach tatsächlich
                  verimpften Dosen (Vorabmeldung: 84 Anmeldungen)
  Preis:          28,50 EUR je Impfung inkl. Impfstoff, Aufklärung und
                  Dokumentation; An-/Abfahrt pauschal 90,00 EUR
  Ort/Zeit:       Seminarraum 2, 9:00-15:00 Uhr

Die Impfdokumentation und Einwilligungen verbleiben bei Ihnen; wir
erhalten nur die Gesamtzahl der Impfungen für die Abrechnung. Bitte
schicken Sie uns keine Namenslisten.

Mit freundlichen Grüßen
Lars Meinke
Einkauf
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('meinke'), a('Dr. Insa Wessels', 'dispo@arbmed-nord.example'),
            'Bestellung 4500087390 - Grippeschutzimpfung Gesundheitstag', '2024-10-01 14:27',
            text(body), cc=a('BGM Weserbogen', 'bgm@' + DOM), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'insurer-to-supplier',
             'trap: purchase order for staff flu vaccinations, only totals, no person', m)


def m111():
    body = """Sehr geehrter Herr Stöver,

vielen Dank für das SEPA-Lastschriftmandat. Sie übernehmen damit ab sofort
die Beiträge für die Au-pair-Haftpflichtversicherung von Frau Mariam
Kharaishvili.

  Vertrag:            WB Haftpflicht Au-pair, Nr. HPA-2024-002640
  Beitragszahler:     Jörg Stöver, Lindenweg 18, 37085 Auenfeld
  Kontoinhaber:       Jörg Stöver
  IBAN:               DE81 7250 1838 1624 9681 37
  Gläubiger-ID:       DE39ZZZ00001152209
  Mandatsreferenz:    HPA2024002640-02
  Beitrag:            4,50 EUR monatlich, Einzug jeweils zum 1.
  erster Einzug:      01.11.2024

Die bisherige Zahlung durch Frau Kharaishvili endet damit; der Oktober ist
bereits bezahlt.

Mit freundlichen Grüßen
Ihr Team Incoming
Weserbogen Krankenversicherung AG
Gläubiger-Identifikationsnummer DE39ZZZ00001152209
"""
    m = msg(staff('incoming'), a('Jörg Stöver', 'joerg.stoever@familienpost.example'),
            'Bestätigung SEPA-Lastschriftmandat HPA-2024-002640', '2024-10-16 10:20',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'SEPA mandate of a named host father (IBAN, address) for an au pair\'s liability contract', m)


def m112():
    body = """Liebe Frau Rojas,
Dear Ms. Rojas,

(English below)

vielen Dank für die Rechnung von Optik Brillenhaus am Markt über 289,00 EUR
(Brille mit Einstärkengläsern -2,75 / -3,25 dpt, Sehtest vom
03.12.2024).

Leider können wir die Kosten nicht übernehmen. Im Tarif WB Au-pair Kombi
sind Brillen und Kontaktlinsen nicht versichert (Teil B, § 3 Abs. 9), außer
nach einem Unfall. Die Untersuchung beim Augenarzt wäre versichert gewesen -
der Sehtest beim Optiker ist es leider nicht.

---

Thank you for sending the invoice from Optik Brillenhaus am Markt
(EUR 289.00, single-vision lenses -2.75 / -3.25 dpt, eye test on
3 December 2024).

Unfortunately we cannot reimburse it. Glasses and contact lenses are not
covered by WB Au-pair Kombi (part B, section 3 (9)), except after an
accident. A visit to an eye doctor (ophthalmologist) would have been
covered - the eye test at the optician's is not.

Vertrag / contract: WAK-2024-008455

Mit freundlichen Grüßen / kind regards
Sophie Lindqvist
International Service Team
"""
    m = msg(staff('lindqvist'), a('Camila Rojas', 'camila.rojas@correo-mail.example'),
            'Ihre Brillenrechnung / your invoice for glasses', '2024-12-12 10:47',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
             'bilingual refusal: named au pair\'s glasses with dioptre values, eye test, contract no.', m)


def m113():
    body = """Sehr geehrter Herr Dr. Watanabe,

vielen Dank für Ihre Anfrage über unsere Website. Auf Grundlage Ihrer
Angaben haben wir folgendes Angebot für Sie erstellt:

  Angebots-Nr.:   Q-24-038812
  Name:           Dr. Kenji Watanabe
  Geburtsdatum:   12.04.1990
  künftige Anschrift: Gästehaus der Universität, Bismarckstr. 3,
                  37083 Lindenau (ab 01.11.2024)
  Tätigkeit:      Postdoc-Stipendiat, Lindenau Research Fellowship,
                  Stipendium 2.670 EUR monatlich (steuerfrei), keine
                  Anstellung

Da Sie als Stipendiat nicht sozialversicherungspflichtig beschäftigt sind,
können Sie sich nicht gesetzlich pflichtversichern; eine private
Krankenversicherung erfüllt die Anforderungen für Ihren Aufenthaltstitel.

  Tarif WB Scientist (ohne Selbstbehalt)      218,40 EUR / Monat
  private Pflegepflichtversicherung             24,10 EUR / Monat
  Summe                                        242,50 EUR / Monat

Für Aufenthalte bis 24 Monate stellen wir im Tarif WB Scientist keine
Gesundheitsfragen. Das Angebot gilt bis 31.10.2024. Den Antrag können Sie
online stellen; die Versicherungsbestätigung für die Ausländerbehörde
erhalten Sie sofort nach Annahme.

Mit freundlichen Grüßen

Mehmet Aydin
Vertrag & Antrag Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('aydin'), a('Kenji Watanabe', 'k.watanabe@mailbox-jp.example'),
            'Ihr Angebot Q-24-038812 - WB Scientist', '2024-10-09 15:15', text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-applicant',
             'offer to a named prospect with birth date, future address and stipend income; no contract, no health data (grey zone)', m)


def m114():
    body = """Hallo zusammen,

die Umrechnungskurse für die Erstattung ausländischer Belege im Oktober
(Referenzkurse Bundesbank vom 30.09.2024, gültig für alle Belege mit
Rechnungsdatum im September, sofern der Kunde keinen Umtauschbeleg
einreicht):

  Währung                    1 EUR =
  UAH  Ukraine               46,0712
  KZT  Kasachstan           535,8300
  TRY  Türkei                38,1870
  INR  Indien                93,5115
  VND  Vietnam           27.431,0000
  GEL  Georgien               3,0213
  MDL  Moldau                19,3980
  RON  Rumänien               4,9750
  PLN  Polen                  4,2788
  USD  USA                    1,1196

Hinweise:
- Kurse im LEO-System sind ab heute eingespielt (Tabelle T_FX).
- Bei Belegen aus der Ukraine bitte weiterhin prüfen, ob in UAH oder in
  USD abgerechnet wurde (Privatkliniken!).
- Erstattung erfolgt immer in EUR; Bankgebühren im Ausland trägt der
  Kunde (Bedingungen Teil A § 9).

Gruß
Ole
Controlling Leistung
"""
    m = msg(a('Ole Sandstede', 'ole.sandstede@' + DOM), 'team-leistung-incoming@' + DOM,
            'Umrechnungskurse Auslandsbelege Oktober 2024', '2024-10-01 07:58', text(body), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal', 'trap: currency exchange rates for foreign medical receipts, no person', m)


def m115():
    body = """Hallo Greta,

Kinderwelt hat uns nach dem Partnertag eine Liste von Gastfamilien
geschickt, die sich für unsere Au-pair-Haftpflicht interessieren (die
Familien haben laut Frau Schramm der Weitergabe zugestimmt). Kannst du
die an einen unserer Makler in Bremen geben, oder machen wir das selbst?

Jonas

-----Ursprüngliche Nachricht-----
Von: Bettina Schramm <b.schramm@kinderwelt-aupair.example>
Gesendet: Freitag, 4. April 2025 12:18
An: Jonas Behrends <jonas.behrends@weserbogen-kv.example>
Betreff: Interessenten Haftpflicht

Hallo Herr Behrends,

wie besprochen die Familien, die Interesse an der Haftpflicht für ihr
künftiges Au-pair haben und um Rückruf bitten:

- Familie Dr. Kai und Merle Hasenkamp, Marcusallee 19, 28359 Bremen,
  Tel. 0421 2237 815, Au-pair ab 01.08.
- Familie Svenja Ortmann (alleinerziehend), Vegesacker Heerstr. 4,
  28757 Bremen, Tel. 0176 4490 2211, Au-pair ab 15.09.
- Familie Olaf und Petra Kuhlmann-Reese, Am Dorfteich 2,
  27798 Hude, Tel. 04408 90 77 31, Au-pair ab 01.09.

Alle drei haben ihre Au-pairs noch nicht ausgesucht, deshalb noch keine
Namen.

Liebe Grüße
Bettina Schramm
Kinderwelt Au-pair Vermittlung GmbH
"""
    m = msg(staff('behrends'), staff('vosskamp'), 'WG: Interessenten Haftpflicht', '2025-04-04 13:02',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'agency',
             'forwarded agency list of named host families with addresses and phone numbers; no health or contract', m)


def m116():
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Campus-News</title></head>
<body style="margin:0;background:#f3f6f8;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#00557f;color:#ffffff;font-size:20px">Campus-News Wintersemester 2024/25</td></tr>
<tr><td>
<p>Liebe Kolleginnen und Kollegen in den International Offices und Studierendensekretariaten,</p>
<p>zum Semesterstart die wichtigsten Neuigkeiten rund um die Krankenversicherung internationaler Studierender:</p>
<h3 style="color:#00557f">Beiträge</h3>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e6f0f5"><th>Tarif</th><th>für wen</th><th>Beitrag/Monat inkl. Pflege</th></tr>
<tr><td>WB Campus</td><td>unter 30, von der GKV befreit</td><td>94,50&nbsp;EUR</td></tr>
<tr><td>WB Campus Plus</td><td>30&ndash;34, Studienkolleg, Sprachkurs</td><td>112,70&nbsp;EUR</td></tr>
<tr><td>WB Welcome</td><td>Reisegepäck &amp; Haftpflicht für die Ankunft</td><td>einmalig 29,00&nbsp;EUR</td></tr>
</table>
<h3 style="color:#00557f">Psychologische Beratung</h3>
<p>Seit Oktober bieten wir allen Versicherten eine kostenlose, anonyme Beratungshotline auf Deutsch, Englisch,
Russisch und Arabisch an (Mo&ndash;Fr 9&ndash;20 Uhr). Bitte weisen Sie Studierende darauf hin &ndash; Heimweh,
Prüfungsangst und Einsamkeit sind häufige Themen.</p>
<h3 style="color:#00557f">Bescheinigungen</h3>
<p>Bestätigungen für die Immatrikulation stellen wir nur auf Wunsch der Studierenden aus und schicken sie an sie
selbst. Bitte fragen Sie bei uns nicht ohne Einwilligung nach einzelnen Personen.</p>
<p><a href="https://www.weserbogen-kv.example/hochschulen">Alle Infos für Hochschulen</a></p>
<p>Ihr Team Hochschulkooperationen<br>Jonas Behrends</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Sie erhalten diesen Newsletter als Kooperationspartner der Weserbogen Krankenversicherung AG.
<a href="https://www.weserbogen-kv.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""
    m = msg(a('Weserbogen Hochschulkooperationen', 'hochschulen@' + DOM), 'hochschul-newsletter@' + DOM,
            'Campus-News Wintersemester 2024/25', '2024-09-24 07:30', html(page, cte='base64'),
            mailer='WB-Newsletter 2.1', extra=[('Precedence', 'bulk')])
    return R('NORMAL', 'de', 'newsletter',
             'trap: HTML-only university newsletter (base64) with premiums and psychological counselling, no person', m)


def m117():
    inner_body = """Hi Hannah,

here's the first draft for the landing page "Health insurance for au pairs".
Tone: friendly, reassuring, simple English (B1). Please send comments by
Friday.

---
HEADLINE: Feel at home - even when you feel sick.

You're starting your au pair year in Germany. New family, new language,
new everything. If you get ill or have an accident, WB Au-pair Kombi has
your back: doctor visits, hospital, dentist for pain, medicines, and even
your flight home if you're seriously ill.

* EUR 49 a month - health, accident and liability in one
* Accepted for the au pair visa
* Help in English and Spanish, 24/7 emergency line
* Pregnancy? Covered after the waiting period - read the details here.

Real story (placeholder, replace with approved quote!):
"When I broke my wrist skiing, Weserbogen organised everything." -
[Name], au pair from [Country]
---

Best,
Lukas
Nordlicht Kommunikation
"""
    inner = msg(a('Lukas Behnke', 'lukas.behnke@nordlicht-kommunikation.example'),
                'hannah.osterkamp@' + DOM, 'Draft landing page au pairs v1', '2025-02-18 17:22',
                text(inner_body, charset='us-ascii', cte='7bit'),
                mid=ext_mid('nordlicht-draft', 'nordlicht-kommunikation.example'), mailer=APPLE)
    body = """Hallo Sophie,

kannst du den Entwurf der Agentur (hängt an) aus Sicht des International
Service Teams lesen? Meine Punkte:

- "your flight home if you're seriously ill" - stimmt so nicht ganz, nur
  wenn medizinisch sinnvoll und ärztlich angeordnet, oder?
- "Pregnancy? Covered after the waiting period" - zu verkürzt, bitte
  wording vorschlagen.
- Das Testimonial muss ein echtes, freigegebenes Zitat werden - wir
  nehmen nur eins mit schriftlicher Einwilligung, ohne Diagnose.

Thanks!
Hannah
"""
    m = msg(staff('osterkamp'), staff('lindqvist'), 'WG: Draft landing page au pairs v1 - bitte gegenlesen',
            '2025-02-19 09:15', mixed(text(body), fwd(inner, 'Draft landing page au pairs v1.eml')),
            mailer=OUTLOOK)
    return R('NORMAL', 'mixed', 'internal',
             'trap: DE comments on an attached EN marketing draft (.eml) with illness/pregnancy wording and a placeholder testimonial', m)


def m118():
    body = """Dear Sir or Madam,

we kindly ask you to recall the following SEPA credit transfer, which was
sent to an account at your bank by mistake:

  Ordering party:    Weserbogen Krankenversicherung AG, Bremen
                     IBAN DE97 0228 2836 0298 4122 05
  Date of execution: 14 January 2025
  Amount:            EUR 262.00
  Beneficiary IBAN:  NL79 HYWZ 9691 4734 87
  Beneficiary name:  Mariam Kharaishvili
  Reference:         HS-24-098115 Schadenzahlung

The payment was meant for Mr. Jörg Stöver, Auenfeld (settlement of a
liability claim of our policyholder, Ms. Kharaishvili), but our system used
the account of the policyholder stored for premium refunds. Ms.
Kharaishvili has confirmed by e-mail that the amount is not hers and that
she agrees to the recall (copy available on request).

Please return the amount to our account quoting "Recall HS-24-098115".

Kind regards
Nadine Brüggemann
Accounts / Payments
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('brueggemann'), a('Payments Investigations', 'investigations@hollandbank.example'),
            'Recall request SEPA credit transfer 14.01.2025 - EUR 262.00', '2025-01-16 10:52',
            text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-partner',
             'recall request to a bank: named policyholder\'s Dutch IBAN, liability claim no., host father named', m)


def m119():
    body = """Dear Mr. Kravets,

thank you for the documents from your Ukrainian insurer. We have checked
the no-claims certificate:

  Your previous insurer:  PrJSC "Dnipro Strakhuvannia" (translated)
  Insured periods:        03/2017 - 02/2022, without claims
  Our policy:             Weserbogen Allgemeine, motor, no. KF-2024-118402
  Vehicle:                Skoda Octavia, HB-OK 712

Because the Ukrainian certificate shows 5 claim-free years, we can place
you in no-claims class SF 5 (instead of SF 0) from the start of your
policy on 1 November 2024. Your annual premium is reduced from EUR 1,084.70
to EUR 641.30; the difference of EUR 443.40 will be credited and used for
the next instalments.

There was a gap of more than 6 months between your Ukrainian policy and
ours (February 2022 to November 2024). We have accepted it this time
because of the war-related circumstances, as a goodwill decision.

Kind regards
Customer Service Motor
(Service via Weserbogen Krankenversicherung AG, Team Incoming)
"""
    m = msg(staff('incoming'), a('Oleksandr Kravets', 'o.kravets@webpost.example'),
            'Your no-claims certificate - policy KF-2024-118402', '2024-11-22 13:36',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'motor policy of a named customer: no-claims transfer, plate, premium; ordinary non-personal line', m)


def m120():
    body = """Sehr geehrter Herr Kasimir,

zu Ihrer Anfrage vom 11.03.2025 (Ihr Zeichen 32.1-AE-2025-1187) teilen wir
Ihnen mit:

Frau Dr. Irina Sokolova, geb. 02.10.1978, wohnhaft Herzberger Landstr. 71,
37085 Auenfeld, ist bei uns seit 01.09.2024 im Tarif WB Scientist
(Vertragsnummer WBS-2024-004602) krankenversichert, einschließlich der
privaten Pflegepflichtversicherung. Der Versicherungsschutz umfasst
ambulante, stationäre und zahnärztliche Behandlung ohne Summenbegrenzung
und ohne Selbstbehalt. Der Vertrag ist ungekündigt; die Beiträge sind
bezahlt.

Frau Dr. Sokolova hat uns mit Schreiben vom 10.03.2025 ermächtigt, Ihnen
diese Auskunft für die Verlängerung ihrer Aufenthaltserlaubnis zu erteilen.
Weitere Angaben können wir Ihnen nicht machen.

Mit freundlichen Grüßen
Mehmet Aydin
Vertrag & Antrag Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('aydin'), a('Dieter Kasimir', 'auslaenderbehoerde@stadt-lindenau.example'),
            'Ihr Zeichen 32.1-AE-2025-1187 - Krankenversicherungsnachweis', '2025-03-12 14:22',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
             'confirmation to the foreigners\' office that a named scientist (birth date, address) is health-insured', m)


def m121():
    body = """Dear Dr. Fernández Soto,

your personal liability and household insurance will be renewed
automatically on 1 January 2025. Here is an overview:

  Policyholder:     Dr. Lucía Fernández Soto
  Address:          Nikolausberger Weg 88, 37083 Lindenau
  Bundle:           WB Haftpflicht Incoming + WB Hausrat Campus
  Policy nos.:      HPI-2023-013874 / HRC-2023-025990
  Sum insured (household): EUR 25,000 (living space 58 sqm)

                         2024          2025
  Liability            EUR 77.40     EUR 77.40
  Household            EUR 106.80    EUR 112.20  (index adjustment +5.1 %)
  Total per year       EUR 184.20    EUR 189.60

The premium will be collected on 2 January 2025 from your account
ES74 0899 8164 4749 0125 8765, as before.

Since you told us that your postdoc contract was extended until 2027: if
you move into a larger flat, please let us know the new living space so
that your household sum insured still fits (no underinsurance).

Kind regards
Your Incoming Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('incoming'), a('Lucía Fernández Soto', 'lucia.fernandez@uni-lindenau.example'),
            'Your renewal 2025 - liability and household', '2024-11-29 08:30',
            text(body), mailer=SYSMAIL)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'renewal of a named postdoc\'s liability/household bundle: address, policy nos., Spanish IBAN', m)


def m122():
    plain = """Dear Mr. Hoang,

we have settled the dental invoices you sent us after your emergency in
November. Contract: WB Campus, no. WBC-2024-118342.

Date        Provider                         Treatment                      Invoiced   Paid
03.11.2024  Zahnärztlicher Notdienst Auenfeld  emergency: opening of tooth 36,
                                             drainage, X-ray               EUR  96.40  EUR  96.40
03.11.2024  Apotheke am Bahnhof              Amoxicillin 1000 mg (20 tab.)  EUR  14.82  EUR  14.82
06.11.2024  Dr. Carsten Hagedorn, dentist    root canal treatment tooth 36
                                             (3 canals), temporary filling EUR 312.71  EUR 312.71
20.11.2024  Dr. Carsten Hagedorn, dentist    root filling, build-up 36     EUR 183.50  EUR 183.50
                                             Total                         EUR 607.43  EUR 607.43

Root canal treatment is covered in full as necessary dental treatment. If
your dentist later recommends a crown for this tooth, please send us the
treatment plan first - dentures and crowns have a waiting period in your
plan.

Kind regards
International Service Team
Weserbogen Krankenversicherung AG
"""
    page = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr. Hoang,</p>
<p>we have settled the dental invoices you sent us after your emergency in November.
Contract: WB Campus, no. WBC-2024-118342.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e6f0f5"><th>Date</th><th>Provider</th><th>Treatment</th><th>Invoiced</th><th>Paid</th></tr>
<tr><td>03.11.2024</td><td>Zahnärztlicher Notdienst Auenfeld</td><td>emergency: opening of tooth 36, drainage, X-ray</td><td>EUR 96.40</td><td>EUR 96.40</td></tr>
<tr><td>03.11.2024</td><td>Apotheke am Bahnhof</td><td>Amoxicillin 1000 mg (20 tab.)</td><td>EUR 14.82</td><td>EUR 14.82</td></tr>
<tr><td>06.11.2024</td><td>Dr. Carsten Hagedorn, dentist</td><td>root canal treatment tooth 36 (3 canals), temporary filling</td><td>EUR 312.71</td><td>EUR 312.71</td></tr>
<tr><td>20.11.2024</td><td>Dr. Carsten Hagedorn, dentist</td><td>root filling, build-up 36</td><td>EUR 183.50</td><td>EUR 183.50</td></tr>
<tr style="font-weight:bold"><td colspan="3">Total</td><td>EUR 607.43</td><td>EUR 607.43</td></tr>
</table>
<p>Root canal treatment is covered in full as necessary dental treatment. If your dentist later recommends a crown
for this tooth, please send us the treatment plan first &ndash; dentures and crowns have a waiting period in your plan.</p>
<p>Kind regards<br>International Service Team<br>Weserbogen Krankenversicherung AG</p>
</body></html>
"""
    m = msg(staff('incoming'), a('Hoang Minh Tuan', 'minhtuan.hoang@stud.th-auenfeld.example'),
            'Statement of benefits - dental treatment November', '2024-12-02 09:10',
            alt(text(plain), html(page)), mailer=SYSMAIL)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'statement (text + HTML table) of a named student\'s emergency dental treatment, root canal, antibiotic', m)


def m123():
    rows = [
        'Agentur;Rechtsform;Ansprechpartner;Vermittler-Nr.;IBAN;Q4 Meldungen;Provision EUR;USt',
        'Kinderwelt Au-pair Vermittlung GmbH;GmbH;Bettina Schramm;WB-A-0012;DE41 5055 9954 3271 2087 70;118;578,20;steuerfrei',
        'AuPair Bridge e.K.;e.K. (Einzelkauffrau);Renate Kowalczyk;WB-A-0031;DE91 4523 9752 7884 6271 71;41;200,90;steuerfrei',
        'Nordstern Au-pair Service UG;UG;Frank Menke;WB-A-0044;DE52 7877 2257 5392 6429 26;27;132,30;steuerfrei',
        'Globetrott Familien & Au-pair GmbH;GmbH;Sina Hollweg;WB-A-0050;DE07 5632 4742 3113 2624 97;63;308,70;steuerfrei',
    ]
    data = ('\r\n'.join(rows) + '\r\n').encode('cp1252')
    body = """Hallo Nadine,

anbei die Provisionsdaten der Au-pair-Agenturen für das 4. Quartal zur
Auszahlung (Stichtag 15.01.). Bei AuPair Bridge bitte beachten: das ist ein
Einzelunternehmen, das Konto läuft auf Frau Kowalczyk persönlich - die hat
letzte Woche ihre Bankverbindung geändert, die neue IBAN steht schon in der
Datei.

Die Meldungen sind Versicherungsmonate, keine Personen.

Gruß
Greta
"""
    m = msg(staff('vosskamp'), staff('brueggemann'), 'Provision Agenturen Q4/2024 zur Auszahlung',
            '2025-01-10 15:40',
            mixed(text(body), att(data, 'Provision_Agenturen_Q4-2024.csv', 'text/csv', charset='windows-1252',
                                  cte='quoted-printable')),
            mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'internal',
             'CSV with agency commissions: company accounts plus a sole trader\'s personal IBAN and income', m)


def m124():
    body = """Sehr geehrte Frau Dörgeloh,

vielen Dank für das konstruktive Gespräch am 19.08. Wie vereinbart
fasse ich die Eckpunkte der Verlängerung unserer Rahmenvereinbarung über
die Direktabrechnung zusammen:

1. Geltung: alle stationären Behandlungen von Versicherten der Weserbogen
   Krankenversicherung AG in den Incoming-Tarifen, ab 01.10.2024 für
   zwei Jahre.
2. Kostenzusage: Das Klinikum fragt bei Aufnahme über das Kostensicherungs-
   portal an; wir antworten werktags innerhalb von 4 Stunden, außerhalb der
   Servicezeiten über MediAssist 24.
3. Abrechnung: DRG-Rechnungen werden elektronisch im Format nach § 301 SGB V
   (analog) übermittelt; Wahlleistungen rechnet das Klinikum direkt mit
   den Patientinnen und Patienten ab.
4. Zahlungsziel: 21 Tage nach Rechnungseingang, Skonto entfällt.
   Zahlungen erfolgen auf das Konto der Klinikum Lindenau gGmbH bei der
   Sparkasse Lindenau (IBAN laut Stammdatenblatt).
5. Datenschutz: Medizinische Unterlagen nur über das Portal oder
   TLS-gesicherte E-Mail an leistung-incoming@weserbogen-kv.example; keine
   Faxe mehr ab 01.01.2025.
6. Ansprechpartner: Leistung Incoming, Frau Oltmanns (fachlich), Frau
   Brüggemann (Zahlungsverkehr).

Den Vertragsentwurf schicken wir Ihnen bis Ende September zu.

Mit freundlichen Grüßen

Katrin Oltmanns
Leistung Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('oltmanns'), a('Ute Dörgeloh', 'patientenabrechnung@klinikum-lindenau.example'),
            'Rahmenvereinbarung Direktabrechnung - Eckpunkte Verlängerung', '2024-08-23 14:05',
            text(body), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'insurer-to-hospital',
             'trap: framework agreement on direct billing with a hospital (DRG, § 301), no patient', m)


def m125():
    body = """Sehr geehrter Herr Aksoy,

Ihren Schaden vom 02.02.2025 haben wir abgeschlossen:

  Vertrag:      WB Hausrat Campus inkl. Glasbaustein, HRC-2024-033107
  Schaden-Nr.:  SH-25-012664
  Schaden:      Sprung im Glaskeramik-Kochfeld (Ceranfeld) in Ihrer
                Mietwohnung Weender Str. 112, 37083 Lindenau
  Erstattung:   Austausch Kochfeld lt. Rechnung Elektro Bode vom
                12.02.2025:                       438,90 EUR
                abzgl. Selbstbeteiligung:        -  0,00 EUR
                Auszahlung:                       438,90 EUR

Den Betrag haben wir heute auf Ihr Konto
DE55 9748 9028 8332 9122 36 (Emre Aksoy) überwiesen.

Bitte geben Sie die Rechnung an Ihren Vermieter weiter, falls er den
Austausch selbst beauftragt hat.

Mit freundlichen Grüßen
Schadenservice Sach/HP
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('schaden'), a('Emre Aksoy', 'emre.aksoy@webpost.example'),
            'Schaden SH-25-012664 - Auszahlung', '2025-02-17 12:12',
            text(body, charset='iso-8859-1', cte='quoted-printable'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'glass breakage payout to a named customer: address, policy/claim no., IBAN; iso-8859-1', m)


def m126():
    page = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo Frau Dr. Fassbender, hallo Katrin,</p>
<p>für die Sitzung des Leistungsausschusses am 05.12. hier die aktuelle Großschadenliste (&gt; 50.000 EUR, offen oder
in 2024 abgeschlossen). Bitte nicht weiterleiten, die Liste geht in der Sitzung nur als Tischvorlage raus.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e2ea"><th>LF-Nr.</th><th>Versicherte/r</th><th>Tarif</th><th>Diagnose</th><th>Aufwand bisher EUR</th><th>Reserve EUR</th><th>Status</th></tr>
<tr><td>LS-24-201563</td><td>Popescu, Ionut (1989)</td><td>WB Saison</td><td>S72.0 Schenkelhalsfraktur, Hemiprothese, Rücktransport</td><td>58.412</td><td>0</td><td>Regress SVLFG läuft</td></tr>
<tr><td>LI-24-188210</td><td>N. N. (Neugeborenes), Mutter Tran Thi Mai</td><td>WB Scientist</td><td>P07.12 Frühgeburt 28. SSW, Neonatologie</td><td>214.870</td><td>25.000</td><td>offen</td></tr>
<tr><td>LI-24-230871</td><td>Ríos Valdés, Mateo</td><td>WB Campus</td><td>S82.18 Tibiakopffraktur (AT), OP</td><td>11.002</td><td>45.000</td><td>Reserve wegen Folge-OP</td></tr>
<tr><td>LI-24-209934</td><td>Lin, Wei</td><td>WB Scientist</td><td>I21.4 NSTEMI, PCI, Reha</td><td>61.340</td><td>5.000</td><td>fast abgeschlossen</td></tr>
<tr><td>LI-24-176001</td><td>Sharma, Priya</td><td>WB Campus</td><td>F20.0 paranoide Schizophrenie, 11 Wochen stationär</td><td>96.115</td><td>10.000</td><td>Rückkehr nach Indien geplant</td></tr>
<tr><td>LI-25-006102</td><td>Sokolova, Irina</td><td>WB Scientist</td><td>C50.4 Mammakarzinom, Chemotherapie geplant</td><td>4.220</td><td>120.000</td><td>Fallkonferenz 18.02.</td></tr>
</table>
<p>Summe Aufwand 446.0 TEUR, Reserven 205 TEUR. Die Fälle Sharma und Popescu sollten wir im Ausschuss
wegen der Rückführung bzw. des Regresses besprechen.</p>
<p>Viele Grüße<br>Ole Sandstede<br>Controlling Leistung</p>
</body></html>
"""
    m = msg(a('Ole Sandstede', 'ole.sandstede@' + DOM), [staff('fassbender'), staff('oltmanns')],
            'Großschadenliste für den Leistungsausschuss', '2025-02-14 08:40', html(page), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'internal',
             'HTML-only large-loss table with named insured persons and diagnoses (schizophrenia, cancer, prematurity)', m)


def m127():
    body = """Dear Ms. Khumalo,

thank you for your message and congratulations on your pregnancy.

We have checked your question about the cost of the birth:

  Contract:             WB Au-pair Kombi, no. WAK-2024-009018
  Start of insurance:   15 August 2024
  Expected due date:    (from the mother's pass) 28 March 2025
  Waiting period for childbirth: 8 months, i.e. until 14 April 2025

Unfortunately this means that the costs of the delivery itself (hospital,
midwife at the birth) are not covered, because the expected date is within
the waiting period. In addition, according to the first ultrasound report
(Dr. Kruse, 10 September 2024, 10th week of pregnancy) the pregnancy had
already begun when your insurance started. Under part B, section 4.3 of the
conditions, an existing pregnancy is not covered; we can only pay for
emergency treatment of acute complications. We will therefore not be able
to reimburse the routine check-ups from September to November.

We know this is difficult news. Please consider:
- The counselling centres for pregnant women (e.g. in Bremen-Mitte) can
  advise you on financial help and on other ways to be insured, free of
  charge.
- If you take up employment subject to social insurance, you would become
  a member of a statutory fund, which covers the birth without a waiting
  period.
- Your agency and host family may want to discuss the au pair agreement
  with you; we will not contact them without your permission.

Kind regards
Katrin Oltmanns
Claims Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('oltmanns'), a('Nomvula Khumalo', 'nomvula.k@webpost.example'),
            'Your question about the cost of the birth', '2024-12-05 11:27',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'named au pair\'s pregnancy, due date, ultrasound; childbirth within waiting period not covered', m)


def m128():
    body = """Hallo zusammen,

zum 01.01.2025 gilt die ICD-10-GM Version 2025. Für unsere Incoming-Tarife
sind folgende Änderungen relevant (Mapping-Tabelle im LEO ist angepasst,
Ticket INC-2024-7802):

1. Neue/geänderte Kodes
   - U07.x (COVID-19) bleibt, neue Schlüsselnummern für Post-COVID-
     Zustände werden in unserer Leistungsart "Reha/Heilmittel" gemappt.
   - Diverse Präzisierungen in Kapitel V (F-Diagnosen) - keine Auswirkung
     auf unsere Psychotherapie-Regel (Zusage bis 25 Sitzungen pro Jahr).
   - Neue Kodes für Long-QT-Syndrom-Varianten; mappen wie bisher auf
     "Kardiologie".

2. Vorerkrankungs-Prüfliste (Hinweis für die Sachbearbeitung)
   Die automatische Prüfliste (Diagnosen mit typischer Vorerkrankung, z. B.
   E10.-, E11.-, I10.-, J45.-, N18.-, C00-D48) wurde auf die neuen Kodes
   erweitert. Wie bisher gilt: die Liste ist nur ein Hinweis, entschieden
   wird im Einzelfall.

3. Zusatzkennzeichen
   G, V, Z, A, L, R, B bleiben unverändert; bitte weiterhin "V" (Verdacht)
   nicht als gesicherte Vorerkrankung werten.

Fragen an mich.

Gruß
Dr. Ulrike Fassbender
"""
    m = msg(staff('fassbender'), 'team-leistung-incoming@' + DOM, 'ICD-10-GM 2025 - Auswirkungen auf LEO und Prüflisten',
            '2024-12-16 14:48', text(body), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal', 'trap: ICD-10-GM update note with many codes, no person', m)


def m129():
    body = """Protokoll Leistungsausschuss Incoming vom 07.11.2024 (Auszug TOP 3)

Teilnehmende: Dr. U. Fassbender, K. Oltmanns, A. Rademacher, O. Sandstede,
C. Stührmann (Vorstand, TOP 3)

TOP 3: Psychotherapie bei Studierenden (WB Campus)

Ausgangslage: Die Leistungen für ambulante Psychotherapie im Tarif WB Campus
sind 2024 gegenüber 2023 um 41 % gestiegen (Q1-Q3: 1.284 Leistungsfälle,
davon 61 % F32/F33, 22 % F41/F43). Die Bedingungen sehen bisher eine
Zusage "im medizinisch notwendigen Umfang" ohne Höchstgrenze vor.
Sachbearbeitung und beratende Ärztin berichten über sehr unterschiedliche
Entscheidungspraxis.

Beschluss:
a) Ab 01.12.2024 werden je Kalenderjahr bis zu 25 Sitzungen ohne
   Gutachten zugesagt, wenn ein Antrag der Therapeutin/des Therapeuten mit
   Diagnose vorliegt (Approbation geprüft).
b) Darüber hinaus: Kurzbericht an die beratende Ärztin, Entscheidung
   binnen 10 Arbeitstagen.
c) Anonyme psychologische Beratungshotline wird für alle Incoming-Tarife
   geöffnet (Kosten 2025: ca. 84 TEUR, Budget Marketing/Leistung je 50 %).
d) Bei Ablehnungen immer Hinweis auf Ombudsstelle und die Beratungsstellen
   der Studierendenwerke.

Verantwortlich: K. Oltmanns (Arbeitsanweisung bis 25.11.)

gez. Oltmanns
"""
    m = msg(staff('oltmanns'), [staff('fassbender'), staff('rademacher'), a('Ole Sandstede', 'ole.sandstede@' + DOM)],
            'Protokoll Leistungsausschuss 07.11. - TOP 3 Psychotherapie', '2024-11-11 12:30', text(body), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal',
             'trap: committee minutes on psychotherapy rules with aggregated F-diagnosis shares, no patient', m)


def m130():
    body = """Liebe Kolleginnen und Kollegen,

wir freuen uns, dass Frau Dr. med. Ulrike Fassbender ab 1. Oktober 2024
als beratende Ärztin für den Bereich Incoming bei uns tätig ist.

Frau Dr. Fassbender ist Fachärztin für Innere Medizin und war zuletzt
acht Jahre im Medizinischen Dienst sowie davor in der Notaufnahme eines
Bremer Klinikums tätig. Sie wird die Leistungsabteilung bei komplexen
Fällen, Vorerkrankungsfragen und Fallkonferenzen mit unserem Assistance-
Partner unterstützen und ist Ansprechpartnerin für die Krankenhäuser bei
medizinischen Rückfragen.

Ihr Büro ist im 3. OG (Raum 3.07), Durchwahl -315. Montags und freitags
arbeitet sie mobil.

Bitte heißen Sie Frau Dr. Fassbender herzlich willkommen!

Anja Rademacher, Teamleitung Kundenservice
für die Bereichsleitung Incoming
"""
    m = msg(staff('rademacher'), 'alle-incoming@' + DOM, 'Personalnachricht: Dr. Ulrike Fassbender verstärkt die Leistung Incoming',
            '2024-09-20 10:00', text(body), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal', 'trap: personnel announcement of the new medical advisor (professional details only)', m)


def m131():
    doc = pdf([[
        '## Produktinformationsblatt WB Saison (Gruppenversicherung)',
        'Stand 01/2025 - nur für Vermittler, nicht zur Weitergabe an Endkunden ohne Beratung',
        '',
        '## Zielgruppe',
        'Saisonarbeitskräfte in Landwirtschaft, Gartenbau, Gastronomie (kurzfristige',
        'Beschäftigung bis 3 Monate / 70 Arbeitstage), Versicherungsnehmer ist der Arbeitgeber.',
        '',
        '## Leistungen',
        '- ambulante und stationäre Heilbehandlung in Deutschland ohne Summenbegrenzung',
        '- Zahnbehandlung zur Schmerzbeseitigung, einfache Füllungen',
        '- Arznei- und Verbandmittel, Heilmittel nach Unfall',
        '- Rücktransport ins Heimatland, wenn medizinisch sinnvoll',
        '- Überführung im Todesfall bis 10.000 EUR',
        '- Nachbehandlung im Heimatland bis 6 Wochen (über Servicepartner PL/RO)',
        '',
        '## Nicht versichert',
        '- Vorerkrankungen, die vor Einreise bekannt und behandlungsbedürftig waren',
        '  (außer akute Verschlechterung)',
        '- Arbeitsunfälle, soweit die SVLFG leistet (wir gehen in Vorleistung)',
        '- Zahnersatz, Brillen, Vorsorgeuntersuchungen',
    ], [
        '## Beitrag und Verwaltung',
        '1,45 EUR je Person und Tag, Mindestbeitrag 5 Personen',
        'Anmeldung tagesgenau im Arbeitgeberportal; Abrechnung monatlich oder je Saison',
        'Versicherungsbestätigungen in DE, PL, RO, UA',
        '',
        '## Courtage',
        '10 % des Nettobeitrags, Auszahlung quartalsweise',
        '',
        '## Beispielrechnung (fiktiv)',
        'Obstbaubetrieb, 12 Arbeitskräfte x 75 Tage = 900 Personentage',
        '900 x 1,45 EUR = 1.305,00 EUR; Courtage 130,50 EUR',
        '',
        'Weserbogen Krankenversicherung AG, Maklerbetreuung, Tel. 0421 4470-270',
    ]], title='PIB WB Saison 01-2025', created='20250110080000', compress=True)
    body = """Sehr geehrte Damen und Herren,

rechtzeitig vor der Spargel- und Erdbeersaison erhalten Sie das aktuelle
Produktinformationsblatt für WB Saison. Neu sind die Nachbehandlung im
Heimatland über unsere Servicepartner in Polen und Rumänien sowie
Bestätigungen auf Ukrainisch.

Für Fragen zur Einrichtung von Gruppenverträgen steht Ihnen Herr
Zieliński (0421 4470-330) zur Verfügung.

Mit freundlichen Grüßen
Greta Vosskamp
Maklerbetreuung
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('makler'), 'undisclosed-recipients:;', 'Neues Produktinformationsblatt WB Saison 2025',
            '2025-01-13 08:15',
            mixed(text(body), att(doc, 'PIB_WB_Saison_2025-01.pdf', CT['pdf'])), mailer=OUTLOOK,
            extra=[('Bcc', 'makler-saison@' + DOM)])
    return R('NORMAL', 'de', 'insurer-to-broker',
             'trap: product information sheet (PDF, 2 pages) with exclusions and a fictitious example, no person', m)


def m132():
    body = """Sehr geehrter Herr Adeyemi,

Ihre Bank hat die Lastschrift für den Beitrag Ihrer Hausratversicherung
zurückgegeben (Grund: Widerspruch durch den Kontoinhaber).

  Vertrag:        WB Hausrat Campus, Nr. HRC-2024-029104
  Beitrag:        8,90 EUR (November 2024)
  belastetes Konto: DE21 4362 5329 8838 9727 54
  Rücklastschrift vom: 04.11.2024

Falls der Widerspruch ein Versehen war, müssen Sie nichts tun - wir ziehen
den Betrag am 15.11. erneut ein. Wenn Sie die Versicherung nicht mehr
möchten, teilen Sie uns das bitte mit; der Vertrag ist monatlich kündbar.

Bitte beachten Sie: Solange der Beitrag offen ist, können wir im
Schadenfall nur eingeschränkt leisten.

Mit freundlichen Grüßen
Ihr Team Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('incoming'), a('Oluwaseun Adeyemi', 'seun.adeyemi@mailbox-ng.example'),
            'Rücklastschrift Hausratversicherung HRC-2024-029104', '2024-11-07 09:05',
            text(body), mailer=SYSMAIL)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'returned debit on a named customer\'s household contract with full IBAN', m)


def m133():
    body = """Dear Mr. Deshpande,

thank you for sending the receipts. We have received everything and the
reimbursement will be in your account within five working days - you don't
need to send the originals.

Kind regards
Sophie Lindqvist
International Service Team

-----Original Message-----
From: Rohan Deshpande <rohan.deshpande@stud.uni-lindenau.example>
Sent: Sunday, 12 January 2025 22:47
To: incoming@weserbogen-kv.example
Subject: pharmacy receipts December/January

Hello,

attached are my pharmacy receipts from December and January (3 photos).
It's my antidepressant, sertraline 50 mg, which Dr. Rautenberg prescribed
in addition to the therapy, and in January she increased it to 100 mg.
Also one receipt for melatonin, which she suggested for sleeping, I don't
know if that is covered.

Can you please confirm you got them? Last time the app said "upload
failed".

Thank you,
Rohan
"""
    m = msg(staff('lindqvist'), a('Rohan Deshpande', 'rohan.deshpande@stud.uni-lindenau.example'),
            'RE: pharmacy receipts December/January', '2025-01-13 10:18',
            text(body, charset='us-ascii', cte='7bit'), mailer=OUTLOOK,
            irt=ext_mid('deshpande-pharmacy', 'stud.uni-lindenau.example'))
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'reply body harmless; only the quoted customer mail names antidepressant sertraline, dose, therapy', m)


def m134():
    body = """Hallo zusammen,

hier die Beschwerdestatistik Incoming für das 2. Quartal 2024 (Vorjahr in
Klammern):

  Beschwerden gesamt:                 63 (48)
  davon über Ombudsstelle/BaFin:       7  (5)

  nach Grund
  - Leistungsablehnung Vorerkrankung  19 (12)
  - Bearbeitungsdauer                 14 (15)
  - Zahnersatz/Wartezeit               9  (6)
  - Sprache (nur deutsche Schreiben)   8  (3)
  - Beitrag/Mahnung                    7  (8)
  - Sonstiges                          6  (4)

  nach Zielgruppe
  - Studierende                       34
  - Gastwissenschaftler                 12
  - Au-pairs                            9
  - Saison                              5
  - Besuch/Sonstige                     3

  Abhilfequote: 44 % (39 %)
  durchschnittliche Bearbeitungszeit: 9,2 Arbeitstage (11,0)

Auffällig ist der Anstieg bei "Sprache": die Kunden verstehen unsere
Ablehnungen nicht, wenn sie nur auf Deutsch kommen. Vorschlag fürs
nächste Teammeeting: Ablehnungen grundsätzlich zweisprachig DE/EN.

Viele Grüße
Anja
"""
    m = msg(staff('rademacher'), [staff('oltmanns'), staff('lindqvist')],
            'Beschwerdestatistik Q2/2024', '2024-07-11 16:02', text(body), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'internal', 'trap: complaint statistics by reason and target group, aggregates only', m)


def m135():
    body = """Hi Thorsten, hallo Katrin,

Zusammenfassung unserer Auffälligkeit, before we decide whether to involve
the police / Staatsanwaltschaft. Please treat as strictly internal.

Provider: "Medizinisches Versorgungszentrum Campus Health", Lindenau
(seit 03/2024 neu in unseren Daten)

Pattern (Jan-Oct 2024):
- 27 students (WB Campus), all from the same two dorms, invoices with
  nearly identical items: GOÄ 1, 5, 250, 3550, 3511 + "Infusionstherapie"
  (GOÄ 271, 274) + "Vitamin-C-Hochdosis"
- Diagnoses on almost all invoices: R53 (Müdigkeit/Erschöpfung) and
  E55.9 (Vitamin-D-Mangel), some Z73.0 (Burnout)
- average EUR 412 per invoice, up to 3 invoices per student per month

Examples (from the claims system):
  WBC-2023-088431  Mohammed Al-Rashid     6 invoices  EUR 2.488
  WBC-2024-101772  Svetlana Ivanova       5 invoices  EUR 2.061
  WBC-2024-103015  Tuan Anh Le            5 invoices  EUR 1.979
  WBC-2023-090006  Bilal Chaudhry         4 invoices  EUR 1.651

Two students (Ivanova, Le) told Sophie on the phone that they "never had
an infusion", they only went there for a sick note during exams.

Proposal:
1. Stop automatic payment for this provider (LEO flag "manuelle Prüfung").
2. Ask Dr. Fassbender for a medical assessment of 5 sample invoices.
3. Interview 3-4 students with interpreter, with their consent.
4. Then decide on criminal complaint (§ 263 StGB) - Thorsten, please check
   data protection aspects before we pass any names on.

Viele Grüße
Anja
"""
    m = msg(staff('rademacher'), [staff('kloevekorn'), staff('oltmanns')],
            'Auffälligkeit MVZ Campus Health - intern', '2024-11-05 17:45', text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
             'EN/DE fraud analysis naming students with contract nos., invoice amounts and diagnoses R53/E55.9/Z73.0', m)


def m136():
    doc = pdf([
        '## Weserbogen Krankenversicherung AG - Product sheet for visa sections',
        'Incoming health insurance plans accepted for German national (D) and Schengen (C) visas',
        '',
        'Plan                  Visa type            Max. sum        Deductible   Repatriation',
        'WB Incoming Basis     Schengen C <= 90 d   EUR 30,000      none         yes',
        'WB Incoming Komfort   national D           unlimited       0 / 300 EUR  yes',
        'WB Campus / Plus      student D            unlimited       none         yes',
        'WB Au-pair Kombi      au pair D            unlimited       none         yes',
        'WB Scientist          researcher D         unlimited       none         yes',
        '',
        'All plans: valid from the day of entry, area of cover Germany + Schengen States',
        '(temporary stays). Pre-existing conditions: acute deterioration covered.',
        'Pregnancy: see conditions; childbirth after 8 months waiting period (not Basis).',
        '',
        'Verification of certificates: +49 421 4470-300, verification@weserbogen-kv.example',
        'Certificates carry the number VB-YY-nnnnnnn and the insured person\'s date of birth.',
        '',
        'Specimen certificate: Max Mustermann (fictitious), born 01.01.1990, passport C00000001.',
        '',
        'Weserbogen Krankenversicherung AG, Am Stadtwerder 12, 28199 Bremen, Germany',
        'Supervised by BaFin, Graurheindorfer Str. 108, 53117 Bonn',
    ], title='Product sheet visa sections 2025', created='20250115100000')
    body = """Dear colleagues,

as announced by our letter of December, please find attached the updated
product sheet for 2025 for your visa section. The only change concerns the
new plan WB Campus Plus for students aged 30 and over.

Please discard the 2024 version.

Kind regards
Mehmet Aydin
Contracts & Applications Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('aydin'), a('Visa Section', 'visa@almaty.diplo-visa.example'),
            'Weserbogen product sheet 2025 for visa sections', '2025-01-15 11:02',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  att(doc, 'Weserbogen_product_sheet_visa_2025.pdf', CT['pdf'])),
            cc=a('Visa Section New Delhi', 'hi-check@newdelhi.diplo-visa.example'), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-authority',
             'trap: product sheet (PDF) for embassies with coverage terms and a fictitious specimen person', m)


def m137():
    body = """Sehr geehrter Herr Ahrens,

wir beauftragen Sie auf Grundlage des Rahmenvertrags RV-2023-017 mit der
nächsten Abholung und Vernichtung von Datenträgern und Akten:

  Bestellnummer:   4500087802
  Abholtermin:     Donnerstag, 12.12.2024, ab 7:30 Uhr
  Abholort:        Weserbogen KV, Am Stadtwerder 12, Anlieferung Hof
  Behälter:        14 Sicherheitsbehälter 240 l (Etagen 1-5) +
                   2 Behälter "Leistung Incoming" (3. OG, Raum 3.20)
  Inhalt:          Papier (u. a. Leistungsbelege, Arztrechnungen,
                   Passkopien nach Ablauf der Aufbewahrungsfrist),
                   3 defekte Festplatten (separat, versiegelt)
  Schutzklasse:    3; Sicherheitsstufe P-4 (Papier) / H-5 (Festplatten)
                   nach DIN 66399
  Nachweis:        Vernichtungsprotokoll mit Behälternummern bitte an
                   datenschutz@weserbogen-kv.example

Bitte denken Sie daran, dass Ihre Fahrer den Hof nur in Begleitung
unseres Hausdienstes betreten (Herr Tietjen, 0421 4470-101).

Mit freundlichen Grüßen
Lars Meinke
Einkauf
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('meinke'), a('Björn Ahrens', 'disposition@aktensicher-nord.example'),
            'Bestellung 4500087802 - Aktenvernichtung 12.12.', '2024-11-28 13:40',
            text(body), cc=staff('kloevekorn'), mailer=OUTLOOK)
    return R('NORMAL', 'de', 'insurer-to-supplier',
             'trap: order for shredding medical invoices and passport copies (DIN 66399), no person', m)


def m138():
    page = """<html><head><meta charset="utf-8"><title>Welcome package</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.4;max-width:680px">
<p>Dear International Office team,</p>
<p>as every semester, here is the text for your welcome package. Feel free to copy it into your own materials.</p>
<hr>
<h2>Your health insurance in Germany &ndash; the essentials</h2>
<h3>1. In an emergency</h3>
<ul>
<li>Life-threatening emergency: call <b>112</b> (free, 24/7).</li>
<li>Out-of-hours doctor (not life-threatening): call <b>116 117</b>.</li>
<li>If you are insured with Weserbogen and have to go to hospital: show your insurance card; the hospital
contacts us or our 24/7 assistance line <b>+49 421 4470-999</b>.</li>
</ul>
<h3>2. Seeing a doctor</h3>
<p>You can choose any doctor (GP, &bdquo;Hausarzt&ldquo;). Say that you are <i>privately insured</i>. You will get an
invoice; upload it in the Weserbogen app and we reimburse you &ndash; usually within a week.</p>
<h3>3. Medicines</h3>
<p>Prescribed medicines: pay at the pharmacy, keep the receipt with the prescription copy, upload both.</p>
<h3>4. Mental health</h3>
<p>Feeling homesick, stressed or low? Our free and anonymous counselling line is open Mon&ndash;Fri 9&ndash;20
(+49 421 4470-777). Psychotherapy is covered after a short application.</p>
<h3>5. Dentist</h3>
<p>Pain treatment and fillings are covered. Crowns and dentures only after a waiting period.</p>
<hr>
<p>If you need printed flyers (English, German, Spanish, Arabic, Vietnamese), just reply to this e-mail.</p>
<p>Best regards<br>Jonas Behrends<br>University Partnerships, Weserbogen Krankenversicherung AG</p>
</body></html>
"""
    m = msg(staff('behrends'), a('International Office', 'international@uni-lindenau.example'),
            'Welcome package text - health insurance essentials (summer semester 2025)', '2025-03-17 09:20',
            html(page), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-university',
             'trap: HTML-only welcome text with emergency numbers, mental health and dental cover, no person', m)


def m139():
    body = """Sehr geehrte Damen und Herren,

zum 01.01.2025 gelten für unsere Incoming-Produkte folgende
Courtagesätze (Anlage 2 zur Courtagevereinbarung, Fassung 2025):

  Produkt                      Abschluss               Bestand
  ---------------------------  ----------------------  -----------------
  WB Campus                    8 % des Jahresbeitrags  -
  WB Campus Plus               8 % des Jahresbeitrags  -
  WB Au-pair Kombi             12 % des Jahresbeitrags -
  WB Incoming Komfort          2,5 Monatsbeiträge      1,5 % lfd. Beitrag
  WB Scientist (Einzel)        2,5 Monatsbeiträge      1,5 % lfd. Beitrag
  WB Scientist Group           5 % des Nettobeitrags   5 % lfd.
  WB Saison                    10 % des Nettobeitrags  -
  WB Besuch / Basis            15 % des Beitrags       -
  WB Haftpflicht / Hausrat     20 % des Nettobeitrags  7,5 % lfd.

Stornohaftung: 24 Monate bei Abschlusscourtage in Monatsbeiträgen,
anteilig pro rata. Für Verträge, die wegen Eintritt in die gesetzliche
Versicherung gekündigt werden, entfällt die Stornohaftung.

Die unterschriebene Anlage finden Sie in Ihrem Maklerportal unter
"Verträge & Vereinbarungen".

Mit freundlichen Grüßen
Greta Vosskamp
Maklerbetreuung
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('makler'), 'undisclosed-recipients:;', 'Courtagesätze Incoming ab 01.01.2025',
            '2024-12-11 08:00', text(body), mailer=OUTLOOK, extra=[('Bcc', 'makler-alle@' + DOM)])
    return R('NORMAL', 'de', 'insurer-to-broker', 'trap: commission rate table for brokers, no person', m)


def m140():
    body = """Katrin,

Antwort von Dr. Stegemann zu Munteanu ist da (per Mail, ausnahmsweise).
Ergebnis: Vorerkrankung, aber die akute Episode im September sehe ich als
Verschlechterung durch die Erntearbeit - bitte die Rechnung bezahlen, für
die Krankengymnastik ebenfalls Kostenzusage. Eine Meldung an die SVLFG
halte ich nicht für nötig (kein Unfallereignis).

Ulrike

> Von: Praxis Dr. Stegemann <praxis@hausarzt-stegemann.example>
> Gesendet: Montag, 14. Oktober 2024 12:31
> An: Dr. med. Ulrike Fassbender
> Betreff: AW: Anfrage zu Ihrem Patienten V. Munteanu
>
> Sehr geehrte Frau Kollegin,
>
> zu Ihren Fragen:
> 1. Herr M. gab an, seit ca. 10 Jahren immer wieder Rückenschmerzen zu
>    haben, "meistens im Herbst nach der Saison". Akut seit 09.09. nach
>    dem Tragen von Obstkisten, Ausstrahlung ins li. Bein bis zum Knie,
>    keine Paresen.
> 2. Er hatte eine Packung Diclofenac 50 mg aus Rumänien dabei, ein
>    MRT der LWS von 2021 (Bandscheibenprotrusion L4/5, ohne
>    Nervenkompression) zeigte er mir auf dem Handy. Eine laufende
>    Behandlung bestand nach seinen Angaben nicht.
> 3. Kein Unfall, keine Sturzanamnese.
>
> Befund 12.09.: LWS-Klopfschmerz, Lasègue li. bei 60 Grad, Reflexe seitengl.
> Diagnose: akute Lumboischialgie li. bei bekannter Protrusion L4/5
> (M54.4 G, M51.2 G).
>
> Mit kollegialen Grüßen
> Dr. med. Heiner Stegemann, Facharzt für Allgemeinmedizin
"""
    m = msg(staff('fassbender'), staff('oltmanns'), 'WG: AW: Anfrage zu Ihrem Patienten V. Munteanu',
            '2024-10-14 15:06', text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'doctor',
             'quoted GP report on a named seasonal worker: sciatica M54.4, disc protrusion M51.2, MRI, medication', m)


def m141():
    doc = pdf([
        '## Weserbogen Krankenversicherung AG - Policy schedule / Versicherungsschein',
        'on behalf of Weserbogen Allgemeine Versicherung AG (risk carrier)',
        '',
        'Policyholder:        Mr. Kwame Mensah',
        'Date of birth:       30.11.1997',
        'Address:             Hastedter Osterdeich 222, App. 17, 28207 Bremen',
        'Policy no.:          HRC-2024-030552     Issued: 18.03.2025 (replacement schedule)',
        '',
        'Product:             WB Hausrat Campus incl. electronics module',
        'Sum insured:         EUR 12,000 (contents), electronics EUR 2,500',
        'Deductible:          EUR 100 per claim',
        'Start / renewal:     01.10.2024, annually',
        'Premium:             EUR 8.90 per month by SEPA direct debit',
        'Account:             DE63 8717 2625 8004 2021 62 (K. Mensah), mandate HRC2024030552-01',
        '',
        'Claims history:      1 claim (SH-24-121877, 07.12.2024, liquid damage laptop, EUR 1,090 paid)',
        '',
        'This schedule replaces the schedule of 01.10.2024 (change of address).',
    ], title='Policy schedule HRC-2024-030552', created='20250318081500', compress=True)
    body = """Dear Mr. Mensah,

as requested, here is your updated policy schedule with your new address.

Kind regards
Your Incoming Team
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('incoming'), a('Kwame Mensah', 'kwame.mensah@webpost.example'),
            'Your updated policy schedule', '2025-03-18 08:20',
            mixed(text(body, charset='us-ascii', cte='7bit'),
                  att(doc, 'Policy_schedule_HRC-2024-030552.pdf', CT['pdf'])), mailer=SYSMAIL)
    return R('CONFIDENTIAL', 'en', 'insurer-to-customer',
             'only in the PDF: household policy schedule with birth date, address, IBAN and claim history', m)


def m142():
    body = """Sehr geehrter Herr Dr. Wójcik,

wir haben die Verordnung und die Rechnung der Physiotherapiepraxis
"Bewegungsraum Auenfeld" für Ihre Tochter Zofia geprüft.

  Versicherte Person:  Zofia Wójcik (9 Jahre)
  Vertrag:             WB Scientist Familie, WBS-2024-004471
  Verordnung:          Dr. med. Anke Brunsiek, Kinder- und Jugendmedizin,
                       vom 14.01.2025
  Diagnose:            Distorsion des oberen Sprunggelenks rechts
                       (S93.40) nach Sturz beim Vereinsturnen
  Leistungen:          6 x Krankengymnastik (KG), 6 x Lymphdrainage 30 Min.

  Rechnung 03.02.2025:  283,20 EUR
  erstattungsfähig:     283,20 EUR (Heilmittel nach Unfall, 100 %)

Den Betrag überweisen wir auf Ihr Konto. Da es sich um einen Unfall beim
Vereinssport handelt, fragen wir routinemäßig, ob eine Sportversicherung
des Vereins besteht; eine Leistungskürzung ist damit nicht verbunden. Wenn
Sie das nicht wissen, ist das kein Problem.

Gute Besserung für Zofia!

Mit freundlichen Grüßen
Leistung Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('leistung'), a('Tomasz Wójcik', 't.wojcik@ipa-auenfeld.example'),
            'Physiotherapie Zofia - Abrechnung', '2025-02-10 14:44', text(body), mailer=SYSMAIL)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'physiotherapy for a named child (age): ankle sprain S93.40 after a fall, contract no.', m)


def m143():
    plain = """Hallo Frau Haddad,

vielen Dank für Ihre Schadenmeldung und die Fotos. Wir haben den
Wasserschaden aufgenommen:

  Vertrag:      WB Hausrat Campus, Nr. HRC-2024-031422
  Schaden-Nr.:  SH-25-009811
  Ort:          WG-Zimmer, Humboldtstr. 131, 28203 Bremen
  Ursache:      geplatzter Schlauch der Waschmaschine in der Wohnung
                über Ihnen (Fam. Reinecke), 26.01.2025
  Beschädigt:   Matratze, Teppich, Bücher, Schreibtischstuhl (lt. Liste)

Wie geht es weiter?
1. Bitte bewahren Sie die beschädigten Sachen auf, bis unser
   Schadenregulierer sie gesehen hat (Termin bekommen Sie telefonisch).
2. Schicken Sie uns Kaufbelege, soweit vorhanden.
3. Die Schäden am Gebäude (Decke, Wand) meldet Ihr Vermieter seiner
   Gebäudeversicherung.

Viele Grüße
Malte Ruschmeyer
Schadenservice Sach/HP
"""
    page = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hallo Frau Haddad,</p>
<p>vielen Dank für Ihre Schadenmeldung und die Fotos. Wir haben den Wasserschaden aufgenommen:</p>
<table cellpadding="4" style="border-collapse:collapse" border="1">
<tr><td><b>Vertrag</b></td><td>WB Hausrat Campus, Nr. HRC-2024-031422</td></tr>
<tr><td><b>Schaden-Nr.</b></td><td>SH-25-009811</td></tr>
<tr><td><b>Ort</b></td><td>WG-Zimmer, Humboldtstr. 131, 28203 Bremen</td></tr>
<tr><td><b>Ursache</b></td><td>geplatzter Schlauch der Waschmaschine in der Wohnung über Ihnen (Fam. Reinecke), 26.01.2025</td></tr>
<tr><td><b>Beschädigt</b></td><td>Matratze, Teppich, Bücher, Schreibtischstuhl (lt. Liste)</td></tr>
</table>
<p><b>Wie geht es weiter?</b></p>
<ol><li>Bitte bewahren Sie die beschädigten Sachen auf, bis unser Schadenregulierer sie gesehen hat (Termin bekommen Sie telefonisch).</li>
<li>Schicken Sie uns Kaufbelege, soweit vorhanden.</li>
<li>Die Schäden am Gebäude (Decke, Wand) meldet Ihr Vermieter seiner Gebäudeversicherung.</li></ol>
<p>Viele Grüße<br>Malte Ruschmeyer<br>Schadenservice Sach/HP</p>
</body></html>
"""
    m = msg(staff('ruschmeyer'), a('Yasmin Haddad', 'yasmin.haddad@stud.uni-lindenau.example'),
            'Ihr Wasserschaden SH-25-009811', '2025-01-28 11:30', alt(text(plain), html(page)), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'household water-damage claim of a named customer (text + HTML table): address, policy/claim no.', m)


def m144():
    d = docx([
        ('b', 'Antrag auf Tarifwechsel WB Incoming Basis -> WB Incoming Komfort 0'),
        'Antragsteller / zu versichernde Person: Herr Emir Hadžić, geb. 21.07.1992',
        'Vertrag bisher: WIB-2024-210944 (Basis), gewünschter Beginn Komfort: 01.03.2025',
        'Grund: Aufenthaltserlaubnis Blaue Karte, Ausländerbehörde verlangt Vollversicherung',
        '',
        ('b', 'Gesundheitsfragen (Antworten des Antragstellers)'),
        ('t', [['Nr.', 'Frage', 'Antwort'],
               ['1', 'Bestehen oder bestanden in den letzten 3 Jahren Krankheiten, Beschwerden oder Unfallfolgen?',
                'ja - Asthma bronchiale seit Kindheit (J45.0), Heuschnupfen'],
               ['2', 'Werden regelmäßig Medikamente eingenommen?',
                'ja - Budesonid/Formoterol 160/4,5 2x tgl., Salbutamol bei Bedarf, Cetirizin im Frühjahr'],
               ['3', 'Stationäre Behandlungen in den letzten 5 Jahren?',
                'ja - 2022 drei Tage Klinik in Sarajevo wegen Asthmaanfall bei Bronchitis'],
               ['4', 'Psychotherapie in den letzten 10 Jahren?', 'nein'],
               ['5', 'Fehlende Zähne, geplante Zahnbehandlung?', 'nein'],
               ['6', 'Besteht eine Schwerbehinderung / ein GdB?', 'nein']]),
        '',
        'Ergebnis Risikoprüfung (intern, 18.02.2025): Annahme mit Risikozuschlag 15 % auf den Tarifbeitrag '
        'für das Asthma; kein Leistungsausschluss. Beitrag neu 412,80 EUR + Zuschlag 61,92 EUR.',
    ], creator='Mehmet Aydin')
    body = """Sehr geehrter Herr Hadžić,

vielen Dank für Ihren Antrag. Anbei erhalten Sie die Zusammenfassung Ihrer
Angaben und unser Ergebnis zur Prüfung. Bitte lesen Sie das Dokument
sorgfältig und bestätigen Sie uns bis 04.03.2025 per Antwort auf diese
E-Mail, dass Sie mit dem Ergebnis einverstanden sind. Danach erhalten Sie
sofort die Versicherungsbestätigung für die Ausländerbehörde.

Mit freundlichen Grüßen
Mehmet Aydin
Vertrag & Antrag Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('aydin'), a('Emir Hadžić', 'emir.hadzic@webpost.example'),
            'Ihr Antrag auf Tarifwechsel - bitte bestätigen', '2025-02-19 10:25',
            mixed(text(body), att(d, 'Tarifwechsel_Gesundheitsangaben_Hadzic.docx', CT['docx'])),
            mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'only in the DOCX: health questions answered (asthma J45.0, medication, hospital stay), risk surcharge', m)


def m145():
    body = """Hallo Frau Ruiz Navarro,

vielen Dank, dass Sie uns Ihrer Mitbewohnerin empfohlen haben! Sie hat
inzwischen eine Hausratversicherung bei uns abgeschlossen, deshalb
bekommen Sie wie versprochen die Empfehlungsprämie von 25 EUR.

Leider ist die IBAN, die Sie im Formular angegeben haben, ungültig - die
Prüfziffer stimmt nicht, vermutlich ein Zahlendreher am Ende:

    angegeben:  DE48 2681 3030 0778 4308 74
    Kontoinhaberin laut Formular: Lucía Ruiz Navarro

Könnten Sie uns die IBAN bitte noch einmal schicken (am besten aus dem
Online-Banking kopieren)? Die Prämie zahlen wir dann sofort aus.

Ihr eigener Vertrag (HRC-2024-032877) ist davon nicht betroffen.

Viele Grüße
Ihr Team Incoming
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('incoming'), a('Lucía Ruiz Navarro', 'lucia.ruiznavarro@correo-mail.example'),
            'Ihre Empfehlungsprämie - IBAN bitte prüfen', '2025-03-14 12:02', text(body), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'referral bonus: named customer\'s household policy no. and a deliberately invalid IBAN (typo)', m)


def m146():
    body = """Guten Tag,

Sie haben sich soeben im Weserbogen-Kundenportal registriert. Ihr
Einmal-Passwort lautet:

        7K4-QX9-M2P

Das Passwort ist 30 Minuten gültig und kann nur einmal verwendet werden.
Bitte vergeben Sie nach der ersten Anmeldung ein eigenes Passwort und
richten Sie Ihre Sicherheitsfrage ein.

Haben Sie sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte;
ohne Anmeldung wird die Registrierung nach 24 Stunden gelöscht.

Weserbogen Krankenversicherung AG
Kundenportal - https://portal.weserbogen-kv.example

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht.
"""
    m = msg(staff('portal'), 'k.n.mailbox77@webpost.example', 'Ihr Einmal-Passwort für das Weserbogen-Kundenportal',
            '2025-02-03 19:41:07', text(body), mailer='WB-Portal Notify 1.9',
            extra=[('Auto-Submitted', 'auto-generated')])
    return R('NORMAL', 'de', 'insurer-to-customer',
             'trap: one-time password mail without name or contract data', m)


def m147():
    body = """Dear Ms. Bertram,

we refer to the road accident of 14 November 2024 at the crossing
Albrechtstraße / Bahnhofsallee, Auenfeld, in which your client's insured, Mr.
Florian Kaspar, hit our insured person, Ms. Yuki Takahara, with his e-bike
while running a red light (police file VU-2024-1114-0387). Your client,
Nordhafen Privathaftpflicht AG, has accepted liability in principle by
letter of 30 December 2024.

Under section 86 VVG, Ms. Takahara's claims for compensation of her
medical costs have passed to us to the extent that we have paid them.
We therefore claim reimbursement of the following costs (copies of the
invoices attached to our letter by post):

  Date          Provider                       Treatment                     EUR
  14.11.2024    St.-Annen-KH Auenfeld, ED      X-ray wrist and elbow,
                                               distal radius fracture left
                                               (S52.51), cast                 612.40
  16.11.2024    St.-Annen-KH Auenfeld          closed reduction, K-wires
                                               (OPS 5-790.0b), 2 days ward  3,180.22
  02.12.2024-   Physio Auenfeld                12 x physiotherapy             336.00
  20.01.2025
  Nov-Dec 2024  Apotheke am Markt              analgesics (ibuprofen 600)      18.46
                                                                   total    4,147.08

Ms. Takahara's own claims for pain and suffering are not part of this
recourse; she is represented by her own lawyer.

Please transfer the amount within 4 weeks, quoting our reference
RG-24-0083.

Yours sincerely
Katrin Oltmanns
Claims Incoming / Recourse
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('oltmanns'), a('Dr. Helena Bertram', 'h.bertram@bertram-recht.example'),
            'Recourse under section 86 VVG - Takahara ./. Kaspar - our ref. RG-24-0083', '2025-02-10 10:32',
            text(body), mailer=OUTLOOK)
    return R('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
             'recourse claim: named student\'s radius fracture S52.51, surgery, physiotherapy costs; third party named', m)


def m148():
    body = """Hi all,

minutes of today's DPIA workshop for the claims app (photo upload of
receipts), as input for Thorsten's final assessment.

Participants: T. Klövekorn (DPO), F. Warnecke (IT), S. Lindqvist,
K. Oltmanns, external: app developer (2 people)

1. Processing described
   Insured persons photograph invoices, prescriptions and medical reports
   and upload them; OCR extracts amounts, dates, GOÄ items and diagnoses
   (ICD codes where printed). Data categories: contact data, contract data,
   bank data, health data (Art. 9 GDPR), in some cases data about children.

2. Main risks identified
   - photos may contain more than needed (other documents on the table,
     faces, other family members' prescriptions)
   - OCR sub-processor outside the EU? -> developer confirms EU hosting
     only, no model training on customer images
   - push notifications on lock screens could reveal content
     ("Your psychotherapy invoice was paid")
   - lost/stolen phones: images stored in the device gallery

3. Measures agreed
   - app stores images only in its own encrypted container, not in the
     gallery; deletion from the device after successful upload
   - push texts neutral: "There is news about your claim"
   - automatic cropping to the document edges
   - retention: images 10 years like paper receipts, OCR raw text 90 days
   - pen test before go-live; results to the DPO

4. Residual risk: assessed as acceptable, subject to pen test.

Next meeting: 6 December.

Sophie
"""
    m = msg(staff('lindqvist'), [staff('kloevekorn'), staff('warnecke'), staff('oltmanns')],
            'Minutes DPIA workshop claims app (photo upload)', '2024-11-22 16:10',
            text(body), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'internal',
             'trap: DPIA minutes about processing health data in the claims app, no insured person', m)


def m149():
    body = """Dear Mr. Sørensen,

following your quote no. 24-7718, we hereby order:

  Purchase order:  4500087911
  Item:            blank PVC customer cards, 85.6 x 54 mm (ISO/IEC 7810
                   ID-1), front printed 4/0 with our "Weserbogen Incoming"
                   design (artwork v3, approved 2 Dec), back white for
                   thermal personalisation in our print centre
  Quantity:        10,000
  Unit price:      EUR 0.142
  Total:           EUR 1,420.00 net, plus shipping EUR 38.00
  Delivery:        by 17 January 2025, to Weserbogen Krankenversicherung AG,
                   Print & Mail Centre, Am Stadtwerder 12, 28199 Bremen

Please note: the cards are delivered blank. Personalisation (names,
insurance numbers) is done exclusively in our own print centre; you will
not receive any personal data.

Please confirm the order and the delivery date.

Kind regards
Lars Meinke
Purchasing
Weserbogen Krankenversicherung AG
"""
    m = msg(staff('meinke'), a('Mikkel Sørensen', 'orders@cardprint-nordic.example'),
            'Purchase order 4500087911 - blank customer cards', '2024-12-05 09:54',
            text(body), mailer=OUTLOOK)
    return R('NORMAL', 'en', 'insurer-to-supplier',
             'trap: purchase order for blank insurance cards, explicitly no personal data', m)


def m150():
    body = """Sehr geehrte Frau Sadykova,

Ihre Mietkautionsbürgschaft ist ausgestellt. Die Bürgschaftsurkunde haben
wir wie gewünscht direkt an Ihre Vermieterin geschickt.

  Bürgschaftsnehmerin (Vermieterin): Frau Hannelore Gerdes,
                      Ritterplan 6, 37073 Lindenau
  Mietobjekt:         Goßlerstr. 19, 1. OG links, 37073 Lindenau
  Mietbeginn:         01.04.2025
  Bürgschaftsbetrag:  1.560,00 EUR (3 Nettokaltmieten à 520,00 EUR)
  Bürgschafts-Nr.:    MKB-2025-001284
  Jahresbeitrag:      62,40 EUR (4 % der Bürgschaftssumme), Einzug
                      jährlich von Ihrem Konto
                      DE84 3336 0066 2053 8193 14

Bitte beachten Sie: Die Bürgschaft ersetzt die Barkaution, nicht die
Miete. Wenn Ihre Vermieterin nach dem Auszug Ansprüche aus der Bürgschaft
geltend macht und wir zahlen, müssen Sie uns den Betrag erstatten.

Viel Freude in der neuen Wohnung!

Mit freundlichen Grüßen
Ihr Team Incoming
Weserbogen Krankenversicherung AG
(Vermittlung für die Weserbogen Allgemeine Versicherung AG)
"""
    m = msg(staff('incoming'), a('Aigerim Sadykova', 'aigerim.sadykova@stud.uni-lindenau.example'),
            'Ihre Mietkautionsbürgschaft MKB-2025-001284', '2025-03-21 14:15',
            text(body, charset='iso-8859-1', cte='8bit'), mailer=OUTLOOK)
    return R('CONFIDENTIAL', 'de', 'insurer-to-customer',
             'rent deposit guarantee for a named student: landlord, addresses, amount, IBAN; no health data', m)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
