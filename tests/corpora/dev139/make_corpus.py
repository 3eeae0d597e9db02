#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent Siegel mail corpus dev139 (prefix d139-, seed 139).

Emphasis: the broker service desk of the invented insurer
"Rheinauer Versicherung AG" (rheinauer-versicherung.example) writing to
independent brokers, multi-tied agents and broker pools.

Python standard library only.

    python3 make_corpus.py           # writes mails/d139-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares byte by byte,
                                     # re-parses and validates everything

Every mail below is its own hand-written function.  Shared code is only the
MIME writer, the attachment writers (PDF, DOCX, XLSX, ODT, ODS, ZIP, ICS),
the IBAN helper and the staff signatures / legal footers.
All persons, firms, numbers and addresses are invented.
"""

import base64
import csv
import datetime
import email
import hashlib
import io
import os
import random
import re
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from html.parser import HTMLParser

SEED = 139
PREFIX = 'd139-'
N_MAILS = 150
EXPECTED = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
DOMAIN = 'rheinauer-versicherung.example'
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def when(s):
    """'2026-03-12 09:14' -> aware datetime in German local time (CET/CEST 2026)."""
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= dt < datetime.datetime(2026, 10, 25, 3, 0)
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))


def iban_de(blz, konto, grouped=True):
    """German IBAN with ISO 7064 mod 97-10 check digits."""
    bban = '%08d%010d' % (int(blz), int(konto))
    num = int(bban + '131400')  # D=13 E=14 00
    check = 98 - num % 97
    iban = 'DE%02d%s' % (check, bban)
    if grouped:
        return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def iban_any(cc, bban, grouped=True):
    """IBAN of any country from its BBAN (letters allowed), ISO 7064 mod 97-10"""
    num = ''.join(str(int(ch, 36)) for ch in bban + cc + '00')
    iban = '%s%02d%s' % (cc, 98 - int(num) % 97, bban)
    if grouped:
        return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def iban_ok(s):
    s = re.sub(r'\s', '', s).upper()
    num = ''.join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def q(text, mark='> '):
    """quote a block the way mail clients do"""
    out = []
    for line in text.strip('\n').split('\n'):
        out.append((mark + line) if line else mark.rstrip())
    return '\n'.join(out)


def dedent(s):
    lines = s.strip('\n').split('\n')
    ind = min((len(l) - len(l.lstrip(' ')) for l in lines if l.strip()), default=0)
    return '\n'.join(l[ind:] for l in lines) + '\n'


# ---------------------------------------------------------------------------
# staff, signatures and legal footers of the invented insurer
# ---------------------------------------------------------------------------

FOOTER_DE = dedent('''
    --
    Rheinauer Versicherung AG · Rheinauer Allee 12 · 68199 Mannheim
    Sitz: Mannheim · Amtsgericht Mannheim HRB 739120
    Vorstand: Dr. Cornelia Wächter (Vors.), Bernd Oltmanns, Ilka Rasmussen
    Vorsitzender des Aufsichtsrats: Prof. Dr. Heiner Falkenberg
    Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
    richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
    die Nachricht. Informationen zum Datenschutz: https://www.rheinauer-versicherung.example/datenschutz
''')

FOOTER_EN = dedent('''
    --
    Rheinauer Versicherung AG · Rheinauer Allee 12 · 68199 Mannheim · Germany
    Registered office: Mannheim · Local court Mannheim HRB 739120
    Management board: Dr. Cornelia Wächter (CEO), Bernd Oltmanns, Ilka Rasmussen
    This e-mail may contain confidential information. If you are not the
    intended recipient, please notify the sender and delete it.
''')

STAFF = {
    'jk': ('Jana Kowalczyk', 'jana.kowalczyk', 'Maklerbetreuung Region Nord', 'Broker Relations North',
           'Hamburg', '+49 40 5550 3817'),
    'tb': ('Timo Brandstätter', 'timo.brandstaetter', 'Maklerservice Komposit (Sach/HUK)',
           'Broker Service Property & Casualty', 'Mannheim', '+49 621 5550 2214'),
    'sa': ('Selin Arslan', 'selin.arslan', 'Maklerservice Leben & BU', 'Broker Service Life & Disability',
           'Mannheim', '+49 621 5550 2240'),
    'fh': ('Dr. med. Friederike Haas', 'friederike.haas', 'Risikoprüfung Leben/BU – Beratungsärztin',
           'Life & Disability Underwriting – Medical Officer', 'Mannheim', '+49 621 5550 2291'),
    'ka': ('Kerem Aydın', 'kerem.aydin', 'Courtage- und Provisionsabrechnung', 'Commission Accounting',
           'Mannheim', '+49 621 5550 2530'),
    'us': ('Ulrike Sandmann', 'ulrike.sandmann', 'Vertragspartnermanagement / Bestandsübertragungen',
           'Partner Management / Portfolio Transfers', 'Mannheim', '+49 621 5550 2507'),
    'po': ("Patrick O'Donnell", 'patrick.odonnell', 'International Broker Desk', 'International Broker Desk',
           'Mannheim', '+49 621 5550 2660'),
    'hv': ('Henrike Vos', 'henrike.vos', 'Schadenservice für Vermittler', 'Claims Service for Intermediaries',
           'Mannheim', '+49 621 5550 2377'),
    'lg': ('Lars Gerdes', 'lars.gerdes', 'Maklerservice Kranken', 'Broker Service Health',
           'Mannheim', '+49 621 5550 2262'),
    'ap': ('Anja Pfeiffer', 'anja.pfeiffer', 'Maklerportal-Support', 'Broker Portal Support',
           'Mannheim', '+49 621 5550 2199'),
    'sm': ('Sven Mertens', 'sven.mertens', 'Firmenkunden-Underwriting', 'Commercial Underwriting',
           'Mannheim', '+49 621 5550 2420'),
    'ma': ('Miriam Albers', 'miriam.albers', 'Vertriebskommunikation', 'Sales Communication',
           'Mannheim', '+49 621 5550 2105'),
    'os': ('Oliver Schenk', 'oliver.schenk', 'Leitung Maklerservice', 'Head of Broker Service',
           'Mannheim', '+49 621 5550 2200'),
    'nk': ('Nadine Krüger', 'nadine.krueger', 'Maklerservice Unfall', 'Broker Service Accident',
           'Mannheim', '+49 621 5550 2255'),
    'mw': ('Moritz Weidenfeller', 'moritz.weidenfeller', 'Maklerbetreuung Region Süd', 'Broker Relations South',
           'München', '+49 89 5550 4410'),
}

OFFICE = {
    'Hamburg': 'Rheinauer Versicherung AG · Regionaldirektion Nord · Kehrwiederspitze 3 · 20457 Hamburg',
    'Mannheim': 'Rheinauer Versicherung AG · Rheinauer Allee 12 · 68199 Mannheim',
    'München': 'Rheinauer Versicherung AG · Regionaldirektion Süd · Lindwurmhof 9 · 80337 München',
}


def who(key):
    name, local = STAFF[key][0], STAFF[key][1]
    return (name, local + '@' + DOMAIN)


def box(local, name):
    return (name, local + '@' + DOMAIN)


def to_ascii(s):
    for a, b in (('·', '|'), ('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('Ä', 'Ae'), ('Ö', 'Oe'), ('Ü', 'Ue'),
                 ('ß', 'ss'), ('ı', 'i'), ('–', '-'), ('é', 'e')):
        s = s.replace(a, b)
    return s


def sig(key, lang='de', footer=True, greet=True, ascii=False):
    if ascii:
        return to_ascii(sig(key, lang, footer, greet))
    name, local, role_de, role_en, city, tel = STAFF[key]
    if lang == 'de':
        s = ('Mit freundlichen Grüßen\n\n' if greet else '') + \
            f'{name}\n{role_de}\n{OFFICE[city]}\nTel. {tel}\n{local}@{DOMAIN}\n'
        return s + ('\n' + FOOTER_DE if footer else '')
    s = ('Kind regards\n\n' if greet else '') + \
        f'{name}\n{role_en}\n{OFFICE[city]}\nPhone {tel}\n{local}@{DOMAIN}\n'
    return s + ('\n' + FOOTER_EN if footer else '')


# ---------------------------------------------------------------------------
# MIME writer (hand-rolled so every byte is under control and reproducible)
# ---------------------------------------------------------------------------

CRLF = '\r\n'


def qp_encode(data):
    """quoted-printable body encoding of CRLF-separated bytes (RFC 2045 6.7)."""
    out = []
    for line in data.split(b'\r\n'):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and i != n - 1):
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    return CRLF.join(out).encode('ascii')


def b64_encode(data):
    s = base64.b64encode(data).decode('ascii')
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)).encode('ascii') + b'\r\n'


def norm(s):
    s = s.replace('\r\n', '\n').replace('\r', '\n')
    if not s.endswith('\n'):
        s += '\n'
    return s.replace('\n', '\r\n')


class Part:
    def __init__(self, ctype, params=None, cte=None, payload=b'', children=None,
                 disposition=None, filename=None, extra=None):
        self.ctype = ctype
        self.params = list(params or [])
        self.cte = cte
        self.payload = payload
        self.children = children
        self.disposition = disposition
        self.filename = filename
        self.extra = list(extra or [])


def text(s, subtype='plain', charset='utf-8', cte='quoted-printable', flowed=False,
         filename=None, inline=False):
    raw = norm(s).encode(charset)
    params = [('charset', charset)]
    if flowed:
        params.append(('format', 'flowed'))
    if cte == '7bit':
        raw.decode('ascii')
        payload = raw
    elif cte == '8bit':
        payload = raw
    elif cte == 'quoted-printable':
        payload = qp_encode(raw[:-2]) + b'\r\n'
    elif cte == 'base64':
        payload = b64_encode(raw)
    else:
        raise ValueError(cte)
    disp = None
    if filename:
        disp = 'inline' if inline else 'attachment'
    return Part('text/' + subtype, params, cte, payload, disposition=disp, filename=filename)


def html(s, charset='utf-8', cte='quoted-printable', filename=None):
    return text(s, 'html', charset, cte, filename=filename)


def alt(*parts):
    return Part('multipart/alternative', children=list(parts))


def mixed(*parts):
    return Part('multipart/mixed', children=list(parts))


def related(*parts):
    return Part('multipart/related', [('type', 'text/html')], children=list(parts))


def attach(data, ctype, filename, cte='base64', params=None):
    if cte == 'base64':
        payload = b64_encode(data)
    elif cte in ('7bit', '8bit'):
        payload = norm(data.decode('utf-8') if isinstance(data, bytes) else data).encode('utf-8')
    else:
        raise ValueError(cte)
    return Part(ctype, params or [], cte, payload, disposition='attachment', filename=filename)


def attach_text(s, ctype, filename, charset='utf-8', cte='quoted-printable', extra_params=None):
    raw = norm(s).encode(charset)
    if cte == 'base64':
        payload = b64_encode(raw)
    elif cte == 'quoted-printable':
        payload = qp_encode(raw[:-2]) + b'\r\n'
    elif cte in ('7bit', '8bit'):
        payload = raw
    else:
        raise ValueError(cte)
    params = [('charset', charset)] + list(extra_params or [])
    return Part(ctype, params, cte, payload, disposition='attachment', filename=filename)


def rfc822(msg_bytes, filename=None):
    cte = '7bit'
    try:
        msg_bytes.decode('ascii')
    except UnicodeDecodeError:
        cte = '8bit'
    return Part('message/rfc822', [], cte, msg_bytes, disposition='attachment' if filename else 'inline',
                filename=filename)


def _param(k, v):
    try:
        v.encode('ascii')
        return '%s="%s"' % (k, v)
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (k, quote(v, safe=''))


def _header_lines(part):
    ct = part.ctype
    for k, v in part.params:
        ct += '; ' + _param(k, v)
    if part.filename and not part.ctype.startswith('multipart/') and part.ctype != 'message/rfc822':
        ct += ';' + CRLF + '\t' + _param('name', part.filename)
    lines = ['Content-Type: ' + ct]
    if part.cte:
        lines.append('Content-Transfer-Encoding: ' + part.cte)
    if part.disposition:
        d = 'Content-Disposition: ' + part.disposition
        if part.filename:
            d += ';' + CRLF + '\t' + _param('filename', part.filename)
        lines.append(d)
    lines.extend(part.extra)
    return lines


def render_body(part, bseed, counter):
    """returns (header_lines, body_bytes) of a part"""
    if part.children is None:
        return _header_lines(part), part.payload
    counter[0] += 1
    boundary = '----=_Part_%s_%d' % (hashlib.sha1(('%s/%d' % (bseed, counter[0])).encode()).hexdigest()[:16],
                                     counter[0])
    part.params = [p for p in part.params if p[0] != 'boundary'] + [('boundary', boundary)]
    out = [b'This is a multi-part message in MIME format.\r\n'] if counter[0] == 1 else []
    for ch in part.children:
        h, b = render_body(ch, bseed, counter)
        out.append(b'\r\n--' + boundary.encode() + b'\r\n' if out else b'--' + boundary.encode() + b'\r\n')
        out.append((CRLF.join(h) + CRLF + CRLF).encode('ascii'))
        out.append(b if b.endswith(b'\r\n') or not b else b + b'\r\n')
    out.append(b'\r\n--' + boundary.encode() + b'--\r\n')
    # remove doubled blank line before boundaries: parts end with CRLF, delimiter starts with CRLF
    return _header_lines(part), b''.join(out)


def fold_unstructured(name, value):
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return Header(value, 'utf-8', header_name=name, maxlinelen=76).encode(linesep=CRLF)
    words = value.split(' ')
    lines, cur = [], name + ': '
    first = True
    for w in words:
        if not first and len(cur) + 1 + len(w) > 76:
            lines.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ('' if first else ' ') + w
        first = False
    lines.append(cur)
    return CRLF.join(lines)[len(name) + 2:]


def addr(a):
    if isinstance(a, str):
        return a
    name, ad = a
    if not name:
        return ad
    try:
        name.encode('ascii')
        return formataddr((name, ad))
    except UnicodeEncodeError:
        return formataddr((name, ad), charset='utf-8')


def addr_list(lst):
    if lst is None:
        return None
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return (',' + CRLF + ' ').join(addr(a) for a in lst)


class Ctx:
    def __init__(self, num):
        self.num = num
        self.name = '%s%04d' % (PREFIX, num)

    def mid(self, date):
        h = hashlib.sha1(('%s|%d' % (self.name, SEED)).encode()).hexdigest()[:10].upper()
        return '<%s.%s.%s@mail.%s>' % (when(date).strftime('%Y%m%d%H%M'), h, self.name, DOMAIN)

    def build(self, date, frm, to, subject, body, cc=None, irt=None, refs=None, headers=(),
              mid=None, bseed=None):
        return build_message(date, frm, to, subject, body, cc=cc, irt=irt, refs=refs, headers=headers,
                             mid=mid or self.mid(date), bseed=bseed or self.name)


def build_message(date, frm, to, subject, body, cc=None, irt=None, refs=None, headers=(), mid=None,
                  bseed='x'):
    hl = ['Date: ' + format_datetime(when(date)),
          'From: ' + addr_list(frm),
          'To: ' + addr_list(to)]
    if cc:
        hl.append('Cc: ' + addr_list(cc))
    hl.append('Subject: ' + fold_unstructured('Subject', subject))
    hl.append('Message-ID: ' + mid)
    if irt:
        hl.append('In-Reply-To: ' + irt)
        hl.append('References: ' + (CRLF + ' ').join((refs or []) + ([irt] if irt not in (refs or []) else [])))
    for k, v in headers:
        hl.append(k + ': ' + fold_unstructured(k, v))
    hl.append('MIME-Version: 1.0')
    h, b = render_body(body, bseed, [0])
    hl.extend(h)
    return (CRLF.join(hl) + CRLF + CRLF).encode('ascii') + b


# ---------------------------------------------------------------------------
# attachment writers (all standard library)
# ---------------------------------------------------------------------------

ZDATE = (2026, 1, 1, 0, 0, 0)


def zip_bytes(members, date=ZDATE):
    """members: list of (name, bytes[, compress_type])"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for m in members:
            name, data = m[0], m[1]
            ctype = m[2] if len(m) > 2 else zipfile.ZIP_DEFLATED
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = ctype
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def pdf_bytes(lines, title='Dokument', author='Rheinauer Versicherung AG', date='20260101090000',
              compress=False, per_page=52):
    def esc(s):
        b = s.encode('cp1252')
        return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    page_ids = [5 + 2 * i for i in range(n_pages)]
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % p for p in page_ids),
                                                           n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Title (' + esc(title) + b') /Author (' + esc(author) + b') /Producer (Rheinauer DocGen 4.2)' \
        + (' /CreationDate (D:%s+01\'00\') >>' % date).encode()
    for i, pg in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> '
                     '/Contents %d 0 R >>' % cid).encode()
        content = b'BT\n/F1 10 Tf\n13 TL\n56 790 Td\n'
        for ln in pg:
            content += b'(' + esc(ln) + b') Tj T*\n'
        content += b'ET\n'
        if compress:
            data = zlib.compress(content, 9)
            objs[cid] = ('<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data)).encode() + data + \
                b'\nendstream'
        else:
            objs[cid] = ('<< /Length %d >>\nstream\n' % len(content)).encode() + content + b'endstream'
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for k in range(1, size):
        out += b'%010d 00000 n \n' % offsets[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref)
    return bytes(out)


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;'))


CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>')


def docx_bytes(blocks, title='Dokument', author='Rheinauer Versicherung AG', created='2026-01-01T09:00:00Z'):
    """blocks: str (paragraph) or list of rows (table)"""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    for b in blocks:
        if isinstance(b, str):
            bold = b.startswith('**')
            t = b[2:] if bold else b
            rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
            body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
        else:
            rows = ''.join('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>'
                                               '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                                               for c in row) + '</w:tr>' for row in b)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        '%s</w:tbl><w:p/>' % rows)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % (W, ''.join(body)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    core = CORE_XML % (_x(title), _x(author), created, created)
    return zip_bytes([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                      ('word/document.xml', doc), ('docProps/core.xml', core)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets, author='Rheinauer Versicherung AG', created='2026-01-01T09:00:00Z'):
    """sheets: list of (name, rows); numbers (int/float) become numeric cells"""
    M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    members = []
    ov = ''
    sh_xml = ''
    wb_rels = ''
    for i, (name, rows) in enumerate(sheets, 1):
        data = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, _x(v)))
            data.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        members.append(('xl/worksheets/sheet%d.xml' % i,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s">'
                        '<sheetData>%s</sheetData></worksheet>' % (M, ''.join(data))))
        ov += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
               'officedocument.spreadsheetml.worksheet+xml"/>' % i)
        sh_xml += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i)
        wb_rels += ('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, R, i))
    n = len(sheets)
    wb_rels += '<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n + 1, R)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
              'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
              '<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0" xfId="0"/></cellXfs></styleSheet>' % M)
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'spreadsheetml.sheet.main+xml"/>%s'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'spreadsheetml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
              'core-properties+xml"/></Types>' % ov)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>' % R)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s">'
          '<sheets>%s</sheets></workbook>' % (M, R, sh_xml))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % wb_rels)
    core = CORE_XML % ('', _x(author), created, created)
    return zip_bytes([('[Content_Types].xml', ctypes), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                      ('xl/_rels/workbook.xml.rels', wbr), ('xl/styles.xml', styles)] + members +
                     [('docProps/core.xml', core)])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mimetype, body, title, author, created):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % (ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>%s</meta:creation-date></office:meta></office:document-meta>'
            % (ODF_NS, _x(title), _x(author), created))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zip_bytes([('mimetype', mimetype, zipfile.ZIP_STORED), ('META-INF/manifest.xml', manifest),
                      ('content.xml', content), ('meta.xml', meta)])


def odt_bytes(paragraphs, title='Dokument', author='Rheinauer Versicherung AG', created='2026-01-01T09:00:00'):
    body = ''.join('<text:p>%s</text:p>' % _x(p) for p in paragraphs)
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % body,
                title, author, created)


def ods_bytes(sheets, title='Tabelle', author='Rheinauer Versicherung AG', created='2026-01-01T09:00:00'):
    tabs = ''
    for name, rows in sheets:
        rx = ''
        for row in rows:
            cx = ''
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cx += ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                           '</table:table-cell>' % (repr(v), _x(v)))
                elif v is None or v == '':
                    cx += '<table:table-cell/>'
                else:
                    cx += ('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                           % _x(v))
            rx += '<table:table-row>%s</table:table-row>' % cx
        tabs += '<table:table table:name="%s">%s</table:table>' % (_x(name), rx)
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>%s</office:spreadsheet>' % tabs, title, author, created)


def ics_text(uid, start, end, summary, location, organizer, description, attendees=(), method='REQUEST'):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/Berlin"""
    def fold(line):
        b = line.encode('utf-8')
        out, cur = [], b''
        for ch in line:
            cb = ch.encode('utf-8')
            if len(cur) + len(cb) > (75 if not out else 74):
                out.append(cur)
                cur = b''
            cur += cb
        out.append(cur)
        return b'\r\n '.join(out).decode('utf-8')
    desc = description.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Rheinauer Versicherung AG//Terminplaner 3.1//DE', 'VERSION:2.0',
             'METHOD:' + method, 'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100',
             'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
             'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET',
             'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
             'END:VTIMEZONE', 'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20260101T080000Z',
             'DTSTART;TZID=Europe/Berlin:' + start, 'DTEND;TZID=Europe/Berlin:' + end,
             'SUMMARY:' + summary.replace(',', '\\,'), 'LOCATION:' + location.replace(',', '\\,'),
             'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, mail))
    lines += ['DESCRIPTION:' + desc, 'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def ics_part(ics, filename='einladung.ics'):
    p = Part('text/calendar', [('charset', 'utf-8'), ('method', 'REQUEST')], 'base64',
             b64_encode(ics.encode('utf-8')), disposition='attachment', filename=filename)
    return p


def csv_text(rows, delim=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


CT_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
CT_ODT = 'application/vnd.oasis.opendocument.text'
CT_ODS = 'application/vnd.oasis.opendocument.spreadsheet'

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    assert label in EXPECTED, label
    assert lang in ('de', 'en', 'mixed'), lang
    assert '\t' not in reason and '\n' not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# ===========================================================================
# MAILS — each function is one hand-written mail
# ===========================================================================

# --- the invented broker world (external parties; every domain ends in .example)
HANSE = ('Birte Jacobsen', 'b.jacobsen@hanse-assekuranz.example')          # Hanse Assekuranzmakler GmbH, Hamburg
HANSE2 = ('Malte Rieck', 'm.rieck@hanse-assekuranz.example')
REUTER = ('Thomas Reuter', 'info@reuter-versicherungen.example')           # Versicherungsmakler Thomas Reuter e.K.
VPLUS = ('VerbundPlus Partnerservice', 'partnerservice@verbundplus.example')  # VerbundPlus Maklerpool AG, Leipzig
VPLUS_DW = ('Dana Wolff', 'd.wolff@verbundplus.example')
FKS = ('Andreas Huber', 'a.huber@finanzkontor-sued.example')              # FinanzKontor Süd GmbH, Mehrfachagentur
KAMINSKI = ('Petra Kaminski', 'p.kaminski@kaminski-agentur.example')      # Mehrfachagentin, Einzelunternehmen
BLACKWOOD = ('James Whitcombe', 'j.whitcombe@blackwood-carrow.example')   # Blackwood & Carrow Ltd, London
BLACKWOOD2 = ('Priya Natarajan', 'p.natarajan@blackwood-carrow.example')
VDM = ('Sanne de Vries', 's.devries@vandermeulen-assurantien.example')    # Van der Meulen Assurantiën B.V.
EXPAT = ('Sarah Lindqvist', 'sarah.lindqvist@expatcover.example')         # Expat Cover Partners GmbH, Berlin
EXPAT2 = ('Tom Akintola', 'tom.akintola@expatcover.example')
OEZ = ('Emre Özdemir', 'e.oezdemir@oezdemir-partner.example')             # Özdemir & Partner Versicherungsmakler
FVP = ('Kathrin Weller', 'k.weller@fvpool.example')                       # Fonds & Vorsorge Pool GmbH, Frankfurt
WESER = ('Jörg Hallmann', 'j.hallmann@weser-industrie.example')           # Weser Industrie-Assekuranz GmbH
BRUNNER = ('Georg Brunner', 'g.brunner@brunner-makler.example')           # Landversicherungsmakler, Rosenheim
ALPEN = ('Mag. Lukas Pichler', 'l.pichler@alpenland-makler.example')      # Alpenland Versicherungsmakler, Salzburg
NORDIC = ('Henrik Berg', 'henrik.berg@lindqvistberg.example')             # Lindqvist & Berg, Hamburg/Göteborg
LIFFEY = ('Aoife Brennan', 'aoife.brennan@liffeybrokers.example')         # Liffey Brokers, sole trader, Dublin
MSERVICE = box('maklerservice', 'Rheinauer Maklerservice')
BROKERDESK = box('broker-desk', 'Rheinauer International Broker Desk')


# ----------------------------------------------------------------- NORMAL

@mail('NORMAL', 'de', 'newsletter', 'trap: broker newsletter on a new dental tariff, implants/periodontitis/tooth loss only as product wording')
def n_newsletter_zahnplus(c):
    t = dedent('''
        Maklerbrief 04/2026 – Neues aus der Rheinauer Krankenversicherung

        Liebe Vertriebspartnerinnen und Vertriebspartner,

        ab dem 1. Mai 2026 ersetzt unser Tarif ZahnPlus Premium die bisherigen
        Tarife ZP70 und ZP90. Was sich ändert:

        * Zahnersatz (Implantate, Kronen, Brücken, Inlays): 90 % Erstattung
          inklusive Vorleistung der GKV, ab dem 5. Versicherungsjahr 100 %.
        * Parodontosebehandlung und professionelle Zahnreinigung: bis 200 EUR
          pro Kalenderjahr, ohne Wartezeit.
        * Kieferorthopädie für Kinder bis 18 Jahre bei KIG 3 bis 5.
        * Keine Gesundheitsfragen mehr zu fehlenden Zähnen, wenn bei
          Antragstellung höchstens zwei Zähne fehlen – darüber hinaus ein
          Risikozuschlag nach Tabelle.
        * Zahnstaffel: 1.000 EUR im 1. Jahr, 2.000 EUR in den ersten zwei
          Jahren, 3.000 EUR in den ersten drei Jahren; nach Unfällen entfällt
          die Staffel.

        Monatsbeiträge (Erwachsene, Neugeschäft):
          Eintrittsalter 21–30: 14,90 EUR
          Eintrittsalter 31–40: 19,40 EUR
          Eintrittsalter 41–50: 26,10 EUR
          Eintrittsalter 51–60: 33,80 EUR

        Die neuen Antragsformulare stehen ab 20. April im Maklerportal unter
        Dokumente > Kranken > Zahn. Bestandskunden in ZP70/ZP90 behalten ihren
        Tarif; ein Umstellungsrecht ohne erneute Gesundheitsprüfung gibt es bis
        31.12.2026.

        Courtage: unverändert 8 Monatsbeiträge Abschluss, 2 % laufend.

        Fragen? Ihr Maklerservice Kranken: maklerservice@rheinauer-versicherung.example

        Viele Grüße
        Ihre Vertriebskommunikation

        Abmelden: https://makler.rheinauer-versicherung.example/newsletter/abmelden
    ''') + FOOTER_DE
    h = dedent('''
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Maklerbrief 04/2026</title></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a3a">
        <table width="640" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <h1 style="color:#0b5c8a">Maklerbrief 04/2026</h1>
        <p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
        <p>ab dem 1.&nbsp;Mai 2026 ersetzt unser Tarif <b>ZahnPlus Premium</b> die bisherigen Tarife ZP70 und ZP90.</p>
        <ul>
        <li>Zahnersatz (Implantate, Kronen, Brücken, Inlays): 90&nbsp;% Erstattung inklusive Vorleistung der GKV, ab dem 5.&nbsp;Versicherungsjahr 100&nbsp;%.</li>
        <li>Parodontosebehandlung und professionelle Zahnreinigung: bis 200&nbsp;EUR pro Kalenderjahr, ohne Wartezeit.</li>
        <li>Kieferorthopädie für Kinder bis 18 Jahre bei KIG 3 bis 5.</li>
        <li>Keine Gesundheitsfragen mehr zu fehlenden Zähnen, wenn höchstens zwei Zähne fehlen.</li>
        <li>Zahnstaffel 1.000 / 2.000 / 3.000&nbsp;EUR; nach Unfällen entfällt die Staffel.</li>
        </ul>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Eintrittsalter</th><th>Monatsbeitrag</th></tr>
        <tr><td>21–30</td><td>14,90 EUR</td></tr><tr><td>31–40</td><td>19,40 EUR</td></tr>
        <tr><td>41–50</td><td>26,10 EUR</td></tr><tr><td>51–60</td><td>33,80 EUR</td></tr>
        </table>
        <p>Courtage: unverändert 8 Monatsbeiträge Abschluss, 2&nbsp;% laufend.</p>
        <p style="font-size:11px;color:#666">Rheinauer Versicherung AG · Rheinauer Allee 12 · 68199 Mannheim ·
        <a href="https://makler.rheinauer-versicherung.example/newsletter/abmelden">Abmelden</a></p>
        </td></tr></table></body></html>
    ''')
    return c.build('2026-04-14 07:30', box('maklerbrief', 'Rheinauer Maklerbrief'),
                   box('maklerbrief-verteiler', 'Vertriebspartner Kranken'),
                   'Maklerbrief 04/2026: ZahnPlus Premium ersetzt ZP70/ZP90',
                   alt(text(t), html(h)),
                   headers=[('List-Unsubscribe', '<https://makler.rheinauer-versicherung.example/newsletter/abmelden>'),
                            ('Precedence', 'bulk')])


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: general commission rates for life/BU/health sent to a broker pool, no client, PDF table')
def n_courtagesaetze_pool(c):
    body = dedent('''
        Hallo Frau Wolff,

        wie am Telefon besprochen anbei die Courtageübersicht 2026 für den
        Poolvertrag (Pool-Nr. 900310). Geändert hat sich gegenüber 2025 nur die
        BU: die Abschlusscourtage steigt von 40 auf 42 Promille der
        Beitragssumme, dafür fällt die Bestandspflegecourtage in der
        Risikolebensversicherung ab 1. Juli weg.

        Stornohaftungszeit bleibt bei 60 Monaten, ratierlich.

        Sie können die Übersicht gern 1:1 an Ihre angebundenen Makler
        weitergeben – vertraulich ist daran nichts, die Sätze stehen auch im
        Maklerportal.

        Viele Grüße aus Mannheim
    ''') + sig('ka', greet=False)
    lines = ['Rheinauer Versicherung AG - Courtageuebersicht 2026', 'Poolvertrag VerbundPlus Maklerpool AG, Pool-Nr. 900310',
             '', 'Sparte / Tarif                      Abschluss             Bestand',
             'Risikoleben RL-Classic              25 Promille BWS        0,0 % (ab 01.07.2026)',
             'Berufsunfähigkeit BU-Aktiv          42 Promille BWS        1,5 %',
             'Fondsrente FR-Flex                  35 Promille BWS        0,5 %',
             'Private Krankenvoll KV-Top          7,5 MB                 0,0 %',
             'Zahnzusatz ZahnPlus Premium         8 MB                   2,0 %',
             'Pflegetagegeld PT-Plus              6 MB                   2,0 %',
             'Unfall Aktiv                        20 %                   20 % laufend',
             '', 'BWS = Beitragssumme, MB = Monatsbeitraege',
             'Stornohaftung: 60 Monate ratierlich. Stand: 01.03.2026']
    return c.build('2026-03-03 11:02', who('ka'), VPLUS_DW, 'Courtageübersicht 2026 Poolvertrag 900310',
                   mixed(text(body), attach(pdf_bytes(lines, 'Courtageuebersicht 2026', date='20260303105500'),
                                            'application/pdf', 'Courtageuebersicht_2026_Pool.pdf')))


@mail('NORMAL', 'en', 'insurer-to-broker', 'general wording change of a marine cargo open cover for all London brokers, no insured named')
def n_cargo_wording(c):
    body = dedent('''
        Dear James,

        As announced at the market briefing in February, we are moving our
        cargo open-cover wording to the 2026 edition with effect from
        1 July 2026. The main changes for new declarations:

        1. Institute Cargo Clauses (A) 2009 remain the basis; the
           war and strikes clauses are now attached as a separate
           endorsement (RV-CAR-WS 01/26).
        2. The sanctions limitation clause follows the LMA 3100 wording.
        3. Temperature-controlled goods: a data logger is mandatory for
           shipments above EUR 250,000 per conveyance.
        4. Storage in transit is covered up to 60 days (previously 30).

        Existing open covers renew on the new wording automatically unless
        you tell us otherwise by 31 May. No action is needed on your side
        otherwise; the updated wording pack is in the broker portal under
        Transport > Wordings.

        Happy to go through it on a call if that helps.
    ''') + '\n' + sig('po', 'en')
    return c.build('2026-03-18 16:45', who('po'), BLACKWOOD, 'Cargo open cover wording 2026 - summary of changes',
                   text(body, cte='quoted-printable'),
                   cc=[BLACKWOOD2])


@mail('NORMAL', 'de', 'insurer-to-broker', 'portal maintenance window announcement to all brokers')
def n_wartung_portal(c):
    body = dedent('''
        Sehr geehrte Damen und Herren,

        wegen eines Updates der Tarifrechner ist das Rheinauer Maklerportal am

            Samstag, 7. Februar 2026, von 06:00 bis ca. 14:00 Uhr

        nicht erreichbar. Die BiPRO-Schnittstellen (Norm 430 Vermittlerpost und
        Norm 420 TAA) sind im selben Zeitraum ebenfalls abgeschaltet; Ihr
        Maklerverwaltungsprogramm holt die Dokumente danach automatisch nach.

        Anträge, die Sie in dieser Zeit offline erfassen, können Sie ab 14 Uhr
        wie gewohnt hochladen. Vorläufige Deckungszusagen in Kfz erhalten Sie
        am Samstag über die Hotline 0621 5550 2000.

        Wir bitten um Ihr Verständnis.

        Ihr Maklerportal-Team
    ''') + FOOTER_DE
    return c.build('2026-02-02 08:15', box('maklerportal', 'Rheinauer Maklerportal'), box('makler-alle', 'Vertriebspartner'),
                   'Wartungsarbeiten Maklerportal am 07.02.2026',
                   text(body, cte='8bit'), headers=[('Precedence', 'bulk')])


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: portal user name for a new firm administrator; the one-time password is sent separately, no personal data')
def n_zugang_admin(c):
    body = dedent('''
        Guten Tag Herr Hallmann,

        für die Weser Industrie-Assekuranz GmbH (Vertragspartner-Nr. 430192)
        haben wir Sie als Makleradministrator im Rheinauer Maklerportal
        angelegt.

            Benutzername: WIA-430192-ADM
            Portal:       https://makler.rheinauer-versicherung.example

        Das Einmal-Passwort erhalten Sie aus Sicherheitsgründen in einer
        getrennten SMS an die hinterlegte Mobilnummer. Es ist 72 Stunden
        gültig. Beim ersten Login werden Sie aufgefordert, ein eigenes Passwort
        zu vergeben und eine Sicherheitsfrage zu hinterlegen.

        Als Administrator können Sie danach selbst weitere Benutzer Ihrer Firma
        anlegen und ihnen Bestandsrechte (lesen / bearbeiten) zuweisen. Bitte
        denken Sie daran, Zugänge ausgeschiedener Mitarbeiter zeitnah zu
        sperren – jede Aktion wird protokolliert.

        Bei Fragen erreichen Sie den Portal-Support werktags von 8 bis 18 Uhr.
    ''') + '\n' + sig('ap')
    return c.build('2026-01-21 10:37', who('ap'), WESER, 'Ihr Zugang zum Rheinauer Maklerportal (Makleradministrator)',
                   text(body))


@mail('NORMAL', 'en', 'insurer-to-broker', 'trap: how to submit income-protection applications, generic list of health questions, no applicant')
def n_howto_ip(c):
    t = dedent('''
        Hi Sarah, hi Tom,

        following our call, here is the short guide for your advisers on
        submitting income protection (BU-Aktiv) applications for English-
        speaking clients.

        What we need with every application
        - the signed application (German original; the English translation is
          for information only)
        - the health questions, answered for the last 5 years (outpatient) and
          10 years (inpatient, psychotherapy)
        - proof of income only if the monthly benefit exceeds EUR 2,500

        The health questions ask about, among others:
        - back and joint problems, e.g. herniated discs, arthrosis
        - mental health: depression, anxiety, burnout, psychotherapy
        - heart and circulation: high blood pressure, heart attack
        - current medication taken regularly
        - height and weight (BMI)

        Typical reasons for follow-up questions: incomplete treatment dates,
        "no details" answers, and missing names of treating doctors. If your
        adviser is unsure, please send an anonymous pre-underwriting request
        (Risikovoranfrage) first - the form is in the portal.

        Please do not send medical reports by normal e-mail; use the upload in
        the broker portal.

        Best,
    ''') + '\n' + sig('sa', 'en')
    h = '<html><body>' + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>'
    return c.build('2026-05-06 14:20', who('sa'), [EXPAT, EXPAT2], 'Income protection applications - checklist for your advisers',
                   alt(text(t, charset='utf-8', cte='quoted-printable'), html(h)))


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: blank broker mandate and data-protection consent templates with placeholders (DOCX)')
def n_vorlage_vollmacht(c):
    body = dedent('''
        Hallo Herr Reuter,

        anbei wie gewünscht unsere aktuellen Muster:

        - Maklervollmacht (Muster, Stand 01/2026)
        - Einwilligung und Schweigepflichtentbindung für Kranken-, Lebens- und
          Unfallversicherung (GDV-Mustertext)

        Die Platzhalter in «» bitte durch die Kundendaten ersetzen. Für
        Bestandsübertragungen reicht uns die unterschriebene Vollmacht als PDF
        im Portal-Upload.

        Gruß
        Ulrike Sandmann
    ''')
    doc = docx_bytes([
        '**Maklervollmacht',
        'Hiermit bevollmächtige ich, «Vorname» «Nachname», geb. am «Geburtsdatum», wohnhaft «Straße», «PLZ» «Ort»,',
        'den Versicherungsmakler «Maklerfirma», «Anschrift Makler», IHK-Registernummer «D-XXXX-XXXXX-XX»,',
        'mich in allen Versicherungsangelegenheiten gegenüber der Rheinauer Versicherung AG zu vertreten.',
        'Die Vollmacht umfasst folgende Verträge:',
        [['Sparte', 'Vertragsnummer', 'Beginn'], ['«Sparte 1»', '«Vertragsnummer 1»', '«TT.MM.JJJJ»'],
         ['«Sparte 2»', '«Vertragsnummer 2»', '«TT.MM.JJJJ»']],
        'Bankverbindung für Erstattungen: IBAN «DEXX XXXX XXXX XXXX XXXX XX»',
        '«Ort», den «Datum»          ______________________ Unterschrift',
        '**Einwilligung und Schweigepflichtentbindung (Muster)',
        'Ich willige ein, dass die Rheinauer Versicherung AG meine Gesundheitsdaten, soweit erforderlich, an den oben '
        'genannten Vermittler übermittelt. «Nicht Zutreffendes streichen»',
    ], title='Maklervollmacht Muster 2026', author='U. Sandmann', created='2026-01-12T08:30:00Z')
    return c.build('2026-02-10 09:48', who('us'), REUTER, 'AW: Muster Maklervollmacht',
                   mixed(text(body, cte='8bit', flowed=True), attach(doc, CT_DOCX, 'Muster_Maklervollmacht_2026.docx')),
                   irt='<5c1e2a90-7b@reuter-versicherungen.example>')


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: BU underwriting guidelines by diagnosis group with ICD-10 codes, no person (XLSX)')
def n_annahmerichtlinien(c):
    body = dedent('''
        Servus Herr Huber,

        Sie hatten nach einer Orientierung gefragt, wie wir in der BU typische
        Vorerkrankungen einschätzen, damit Ihre Berater nicht für jeden Fall
        eine Voranfrage stellen müssen. Anbei ein Auszug aus unseren
        Annahmerichtlinien (Stand März 2026) als Excel.

        Bitte beachten: das ist eine Orientierung, keine Zusage. Die
        Entscheidung im Einzelfall trifft immer die Risikoprüfung nach
        Vorlage der vollständigen Gesundheitsangaben. Und bitte nicht an
        Endkunden weitergeben.

        Beste Grüße nach Augsburg
    ''') + sig('mw', greet=False)
    rows = [['Diagnosegruppe', 'ICD-10 (Beispiele)', 'Zeitraum', 'Tendenz', 'Bemerkung'],
            ['Rückenschmerzen unspezifisch', 'M54.5', 'einmalig, < 6 Wochen AU', 'normal', 'ab 2 Episoden Ausschluss WS'],
            ['Bandscheibenvorfall', 'M51.1', 'operiert, beschwerdefrei > 3 J.', 'Ausschluss / Zuschlag', 'Arztbericht nötig'],
            ['Depressive Episode', 'F32.0 / F32.1', 'abgeschlossen > 5 J.', 'Einzelfall', 'Fragebogen Psyche'],
            ['Anpassungsstörung', 'F43.2', 'abgeschlossen > 2 J.', 'Zuschlag möglich', ''],
            ['Heuschnupfen', 'J30.1', '-', 'normal', ''],
            ['Asthma bronchiale leicht', 'J45.0', 'stabil, ohne Kortison', 'Zuschlag 25 %', ''],
            ['Bluthochdruck eingestellt', 'I10.90', 'RR < 140/90', 'normal bis Zuschlag', 'Werte der letzten 12 Monate'],
            ['Diabetes mellitus Typ 1', 'E10.9', '-', 'Ablehnung', ''],
            ['Schilddrüsenunterfunktion', 'E03.9', 'substituiert', 'normal', ''],
            ['Kreuzbandriss', 'S83.5', 'operiert, Sport ohne Einschränkung', 'Ausschluss Knie 5 J.', '']]
    x = xlsx_bytes([('BU Richtlinien', rows), ('Hinweise', [['Nur für Vertriebspartner, Stand 03/2026'],
                                                           ['Keine Zusage im Einzelfall']])],
                   author='Risikopruefung Leben', created='2026-03-02T07:00:00Z')
    return c.build('2026-03-09 13:26', who('mw'), FKS, 'BU: Orientierung Annahmepraxis Vorerkrankungen',
                   mixed(text(body), attach(x, CT_XLSX, 'BU_Annahmerichtlinien_Auszug_2026-03.xlsx')))


@mail('NORMAL', 'en', 'insurer-to-broker', 'trap: aggregated loss ratios and claim counts per line for a broker portfolio, no person (CSV)')
def n_lossratio_stats(c):
    body = dedent('''
        Hi Aoife,

        Here are the portfolio figures you asked for ahead of the renewal
        meeting - aggregated per line, 2023 to 2025, your agency number only.
        Health and life are shown as counts and ratios only, as always.

        Short version: motor got worse (windscreens and a hail event in
        2025), property and liability are fine, and the accident book is
        small enough that one claim moves the ratio a lot.

        Figures are gross, before reinsurance; claims incurred incl. IBNR as
        of 31/12/2025.

        Patrick
    ''') + sig('po', 'en', greet=False, ascii=True)
    rows = [['line', 'year', 'policies', 'gross_premium_eur', 'claims_count', 'claims_incurred_eur', 'loss_ratio'],
            ['motor', '2023', '214', '168300', '31', '97400', '0.58'],
            ['motor', '2024', '229', '181950', '38', '131600', '0.72'],
            ['motor', '2025', '236', '190420', '52', '176900', '0.93'],
            ['household', '2025', '188', '41220', '9', '12800', '0.31'],
            ['liability', '2025', '201', '19870', '6', '4100', '0.21'],
            ['accident', '2025', '47', '13410', '2', '9800', '0.73'],
            ['health (expat)', '2025', '63', '287100', '410', '201300', '0.70'],
            ['life/IP', '2025', '38', '61700', '1', '0', '0.00']]
    return c.build('2026-01-27 17:05', who('po'), LIFFEY, 'Portfolio figures 2023-2025 for the renewal meeting',
                   mixed(text(body, charset='us-ascii', cte='7bit'),
                         attach_text(csv_text(rows, ','), 'text/csv', 'liffey_portfolio_2023-2025.csv', charset='us-ascii',
                                     cte='7bit')))


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: webinar invitation on long-term care products, care grades explained generally (ICS)')
def n_webinar_pflege(c):
    body = dedent('''
        Liebe Maklerinnen und Makler,

        Pflegebedürftigkeit ist für viele Kunden das unterschätzte Risiko: gut
        5 Millionen Menschen in Deutschland haben einen Pflegegrad, und die
        Eigenanteile im Pflegeheim liegen im Schnitt bei über 2.800 EUR im
        Monat.

        In unserem Webinar „Pflegegrade verstehen – Pflegetagegeld richtig
        beraten“ zeigen wir Ihnen

          – wie der Medizinische Dienst die Pflegegrade 1 bis 5 einstuft,
          – welche Leistungen die gesetzliche Pflegeversicherung zahlt,
          – wie Sie die Versorgungslücke mit PT-Plus schließen und
          – welche Gesundheitsfragen im Antrag gestellt werden (z. B. Demenz,
            Parkinson, Multiple Sklerose) und wie Sie Ihre Kunden darauf
            vorbereiten.

        Termin: Donnerstag, 23. April 2026, 10:00–11:00 Uhr, online.
        Die Teilnahme wird mit 1 Stunde IDD-Weiterbildung bestätigt.

        Die Einladung liegt als Kalenderdatei bei; der Link zum Webinar kommt
        einen Tag vorher.

        Herzliche Grüße
    ''') + sig('ma', greet=False)
    ics = ics_text('webinar-pt-20260423@rheinauer-versicherung.example', '20260423T100000', '20260423T110000',
                   'Webinar: Pflegegrade verstehen – Pflegetagegeld richtig beraten', 'Online (Link folgt)',
                   ('Miriam Albers', 'miriam.albers@' + DOMAIN),
                   'Referentin: Dr. Claudia Seifert, Produktmanagement Pflege.\nIDD: 60 Minuten.')
    return c.build('2026-04-02 09:00', who('ma'), box('makler-kranken', 'Vertriebspartner Kranken/Pflege'),
                   'Einladung Webinar 23.04.: Pflegegrade verstehen', mixed(text(body), ics_part(ics, 'Webinar_Pflege_2026-04-23.ics')))


@mail('NORMAL', 'mixed', 'insurer-to-broker', 'trap: bilingual out-of-office auto-reply of a broker service clerk')
def n_ooo_timo(c):
    body = dedent('''
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17.08.2026
        nicht im Büro und lese meine E-Mails nicht. Ihre Nachricht wird nicht
        weitergeleitet.

        In dringenden Fällen (z. B. vorläufige Deckung, Schadenmeldung)
        wenden Sie sich bitte an maklerservice@rheinauer-versicherung.example
        oder 0621 5550 2000.

        Thank you for your message. I am out of the office until 17 August 2026
        with no access to e-mail. For urgent matters please contact
        maklerservice@rheinauer-versicherung.example or +49 621 5550 2000.

        Timo Brandstätter
        Maklerservice Komposit
    ''')
    return c.build('2026-08-04 11:12', who('tb'), OEZ, 'Automatische Antwort: AW: Kfz Angebot Flotte Özdemir Transporte',
                   text(body, cte='quoted-printable'),
                   irt='<a81f2c0e44@oezdemir-partner.example>',
                   headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


@mail('NORMAL', 'en', 'insurer-to-broker', 'out-of-office auto-reply, no content')
def n_ooo_patrick(c):
    body = dedent('''
        I'm away from 23 December and back on 4 January.

        For urgent cargo or marine matters please contact broker-desk@rheinauer-versicherung.example
        (monitored daily except 24-26 December and 31 December - 1 January).

        Patrick O'Donnell
    ''')
    return c.build('2026-12-23 08:01', who('po'), BLACKWOOD2, 'Out of Office: RE: Q1 declarations',
                   text(body, charset='us-ascii', cte='7bit'),
                   irt='<CWXP265MB0412.eurprd@blackwood-carrow.example>',
                   headers=[('Auto-Submitted', 'auto-replied')])


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: general answer on pre-existing conditions in travel health insurance, no client')
def n_reisekranken_vorerkrankung(c):
    body = dedent('''
        Hallo Frau Kaminski,

        kurz zu Ihrer allgemeinen Frage von heute Vormittag:

        In unserer Auslandsreisekranken (Tarif RK-Welt) gibt es keine
        Gesundheitsfragen. Vorerkrankungen sind mitversichert, solange die
        Reise nicht gerade wegen der Behandlung angetreten wird und die
        Behandlung bei Reiseantritt nicht absehbar war. Typisches Beispiel:
        jemand mit eingestelltem Bluthochdruck bekommt im Urlaub eine
        Lungenentzündung: voll versichert. Jemand fährt trotz angesetzter
        Knie-OP in Urlaub und lässt sich dort operieren: nicht versichert.

        Schwangerschaft: Behandlungen bis zur 36. Woche sind versichert.
        Chronische Erkrankungen: akute Verschlechterungen ja, planbare
        Kontrollen nein.

        Die genaue Formulierung steht in § 5 AVB RK-Welt. Wenn Sie einen
        konkreten Kundenfall haben, schicken Sie ihn bitte über das Portal,
        nicht per Mail.

        Viele Grüße
        Lars Gerdes
        Maklerservice Kranken
    ''')
    return c.build('2026-06-11 15:33', who('lg'), KAMINSKI, 'AW: Reisekranken – Vorerkrankungen mitversichert?',
                   text(body, charset='iso-8859-1', cte='quoted-printable'),
                   irt='<000b01dce3f1$7a2c1e40$@kaminski-agentur.example>')


@mail('NORMAL', 'de', 'insurer-to-broker', 'general process description for portfolio transfers, no contracts or clients named')
def n_prozess_bestandsuebertragung(c):
    body = dedent('''
        Sehr geehrter Herr Özdemir,

        danke für Ihre Anfrage. So läuft eine Bestandsübertragung zu uns:

        1. Sie laden je Kunde die unterschriebene Maklervollmacht im Portal
           unter „Bestand > Übertragung beantragen“ hoch. Eine Sammelliste als
           Excel ist möglich, wenn Sie mehr als 50 Verträge übertragen.
        2. Wir prüfen die Vollmacht (Unterschrift, Datum, Vertragsnummern) und
           informieren den bisherigen Vermittler. Der hat 14 Tage Zeit, sich zu
           äußern; ein Widerspruchsrecht hat er nicht, aber wir geben ihm die
           Gelegenheit, offene Vorgänge abzuschließen.
        3. Die Übertragung wird zum nächsten Monatsersten wirksam. Ab dann
           erhalten Sie die Vermittlerpost und die Bestandscourtage.
        4. Verträge in der Personenversicherung (Leben, Kranken, Unfall)
           übertragen wir nur, wenn die Einwilligung des Kunden zur
           Datenweitergabe an den neuen Vermittler vorliegt.

        Abschlusscourtage wird nicht übertragen; Stornohaftung verbleibt beim
        abgebenden Vermittler.

        Für eine größere Übernahme (Sie sprachen von einem Bestand aus einer
        Praxisaufgabe) melden Sie sich gern vorab, dann planen wir das
        gemeinsam.
    ''') + '\n' + sig('us')
    return c.build('2026-02-24 10:05', who('us'), OEZ, 'AW: Ablauf Bestandsübertragung', text(body),
                   irt='<b2c5fe11.40a7@oezdemir-partner.example>')


@mail('NORMAL', 'de', 'insurer-to-broker', 'onboarding checklist for a broker GmbH; only company data, no natural person\'s sensitive data')
def n_onboarding_checkliste(c):
    body = dedent('''
        Sehr geehrter Herr Hallmann,

        vielen Dank für Ihr Interesse an einer Zusammenarbeit. Für die
        Courtagezusage benötigen wir von der Weser Industrie-Assekuranz GmbH:

          [ ] Gewerbeerlaubnis nach § 34d Abs. 1 GewO (Kopie)
          [ ] Auszug aus dem Vermittlerregister (DIHK)
          [ ] Nachweis der Berufshaftpflicht/Vermögensschadenhaftpflicht
              (Mindestdeckung 1.300.380 EUR je Schadenfall)
          [ ] Handelsregisterauszug, nicht älter als 3 Monate
          [ ] unterschriebene Courtagevereinbarung (liegt im Portal zum Download)
          [ ] Angaben zur Bankverbindung der GmbH für die Courtagezahlung
              (Formular „Zahlungsdaten Vertragspartner“)

        Sobald alles da ist, dauert die Anlage erfahrungsgemäß 5 Werktage.
        Danach bekommen Sie eine Vertragspartner-Nummer und den Zugang für
        Ihren Makleradministrator.

        Für Ihren Schwerpunkt Industrie/Transport ist Herr Mertens aus dem
        Firmenkunden-Underwriting Ihr Ansprechpartner, ich mache Sie gern
        miteinander bekannt.
    ''') + '\n' + sig('us')
    return c.build('2026-01-08 14:50', who('us'), WESER, 'Courtagezusage – benötigte Unterlagen',
                   text(body, charset='windows-1252', cte='quoted-printable'), cc=[who('sm')])


@mail('NORMAL', 'en', 'insurer-to-broker', 'grey: quote for a company prospect (B.V. warehouse), no natural person and no existing contract')
def n_quote_warehouse(c):
    body = dedent('''
        Dear Sanne,

        Thank you for the submission for the new German distribution
        warehouse of your client's group in Venlo / Kaldenkirchen.

        Indicative terms (subject to a risk survey):

          Property all risks, sum insured EUR 18.4m (building 11.2m,
          stock 6.5m, machinery 0.7m)
          Rate 0.92 per mille on building, 1.35 per mille on stock
          Deductible EUR 10,000 each and every loss, NatCat EUR 50,000
          Business interruption 12 months, sum insured EUR 3.1m
          Sprinkler discount 20 % once the VdS certificate is provided

        Indicative annual premium: EUR 19,870 plus 19 % insurance tax.

        Open points: the fire-protection concept for the battery charging
        area (forklifts) and the planned rooftop PV - please send the
        installer's data sheet.

        The quote is valid until 30 June 2026.
    ''') + '\n' + sig('sm', 'en')
    return c.build('2026-04-29 12:14', who('sm'), VDM, 'RE: New submission - warehouse Kaldenkirchen - indicative terms',
                   text(body), irt='<AM0PR07MB6611@vandermeulen-assurantien.example>', cc=[BROKERDESK])


@mail('NORMAL', 'en', 'insurer-to-broker', 'new claims notification channel for international brokers, generic')
def n_claims_channel(c):
    t = dedent('''
        Dear partners,

        From 1 June 2026, please notify new property, liability and motor
        claims for German risks through our online claims form instead of
        e-mail:

            https://makler.rheinauer-versicherung.example/schaden/melden

        Why: the form checks the policy number immediately, you get a claim
        number within minutes, and you can upload photos and invoices of any
        size. Claims for personal lines (accident, health, life) go through
        the secure upload only - never by e-mail.

        The mailbox schaden-makler@rheinauer-versicherung.example stays open
        for follow-up questions on existing claims.

        Henrike Vos
        Claims Service for Intermediaries
    ''') + FOOTER_EN
    h = ('<html><body style="font-family:Segoe UI,Arial"><p>Dear partners,</p><p>From <b>1 June 2026</b>, please notify '
         'new property, liability and motor claims for German risks through our online claims form instead of e-mail:</p>'
         '<p><a href="https://makler.rheinauer-versicherung.example/schaden/melden">Report a claim</a></p>'
         '<p>Claims for personal lines (accident, health, life) go through the secure upload only - never by e-mail.</p>'
         '<p>Henrike Vos<br>Claims Service for Intermediaries</p></body></html>')
    return c.build('2026-05-19 09:30', who('hv'), box('intl-brokers', 'International broker partners'),
                   'New: online claims notification for German risks', alt(text(t), html(h)))


@mail('NORMAL', 'de', 'newsletter', 'trap: product launch of an accident tariff with limb table (Gliedertaxe) percentages, HTML only')
def n_newsletter_unfall(c):
    h = dedent('''
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Unfall Aktiv 2026</title></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <h2>Neu ab 1. Juli: Unfall Aktiv 2026</h2>
        <p>Liebe Partnerinnen und Partner,</p>
        <p>mit <b>Unfall Aktiv 2026</b> bieten Sie Ihren Kunden eine der stärksten Gliedertaxen am Markt:</p>
        <table border="1" cellspacing="0" cellpadding="3">
        <tr><th>Verlust oder Funktionsunfähigkeit</th><th>Standard</th><th>Unfall Aktiv</th></tr>
        <tr><td>Arm im Schultergelenk</td><td>70 %</td><td>80 %</td></tr>
        <tr><td>Hand im Handgelenk</td><td>55 %</td><td>70 %</td></tr>
        <tr><td>Daumen</td><td>20 %</td><td>30 %</td></tr>
        <tr><td>Bein über der Mitte des Oberschenkels</td><td>70 %</td><td>80 %</td></tr>
        <tr><td>ein Auge</td><td>50 %</td><td>60 %</td></tr>
        <tr><td>Gehör auf einem Ohr</td><td>30 %</td><td>40 %</td></tr>
        </table>
        <p>Außerdem neu: Leistungen bei Herzinfarkt und Schlaganfall als Unfallfolge, Bergungskosten bis 50.000&nbsp;EUR,
        Zahnbehandlung nach Unfall bis 10.000&nbsp;EUR, Progression bis 1000&nbsp;%, Mitwirkungsanteil von Krankheiten
        erst ab 90&nbsp;% leistungsmindernd.</p>
        <p>Die Gesundheitsfragen reduzieren sich auf zwei Fragen (bestehende Pflegebedürftigkeit, Bezug einer
        Erwerbsminderungsrente).</p>
        <p>Schulungsvideo und Produktblatt: <a href="https://makler.rheinauer-versicherung.example/unfall-aktiv">makler.rheinauer-versicherung.example/unfall-aktiv</a></p>
        <p style="color:#777;font-size:11px">Sie erhalten diese Nachricht als registrierter Vertriebspartner der Rheinauer Versicherung AG.</p>
        </body></html>
    ''')
    return c.build('2026-06-02 07:45', box('maklerbrief', 'Rheinauer Maklerbrief'), box('makler-alle', 'Vertriebspartner'),
                   'Unfall Aktiv 2026 – die neue Gliedertaxe', html(h, cte='quoted-printable'),
                   headers=[('Precedence', 'bulk')])


@mail('NORMAL', 'en', 'insurer-to-broker', 'pointer to the document centre, nothing personal')
def n_doc_centre(c):
    body = dedent('''
        Hi Henrik,

        No problem - all policy wordings, IPIDs and the English
        convenience translations are in the document centre:
        https://makler.rheinauer-versicherung.example/dokumente?lang=en

        Filter "Household" and "Private liability" and you'll see the
        2026 versions at the top. The German text is the binding one.

        Cheers,
        Timo
    ''')
    idx = dedent('''
        <html><head><title>Rheinauer document centre - English</title></head><body>
        <h2>English convenience translations 2026</h2><ul>
        <li><a href="https://makler.rheinauer-versicherung.example/dokumente/en/household-2026.pdf">Household Komfort 2026 - wording</a></li>
        <li><a href="https://makler.rheinauer-versicherung.example/dokumente/en/phv-2026.pdf">Private liability Komfort 2026 - wording</a></li>
        <li><a href="https://makler.rheinauer-versicherung.example/dokumente/en/ipid-household.pdf">IPID household</a></li>
        </ul><p>The German text is binding.</p></body></html>
    ''')
    return c.build('2026-09-08 10:41', who('tb'), NORDIC, 'Re: English wordings household/liability?',
                   mixed(text(body, charset='us-ascii', cte='7bit'), html(idx, charset='us-ascii', cte='7bit',
                                                                          filename='document_index_en.html')),
                   irt='<3f0a9c1d-88e4-4b52@lindqvistberg.example>')


@mail('NORMAL', 'de', 'internal', 'trap: team minutes on processes (health-question returns, backlog), aggregated numbers only (DOCX)')
def n_protokoll_team(c):
    body = dedent('''
        Hallo zusammen,

        anbei das Protokoll unserer Teamrunde von Dienstag. Bitte bis Freitag
        Anmerkungen, sonst gilt es als abgenommen.

        Wichtigster Punkt: die Rückläufer wegen unvollständiger
        Gesundheitsfragen in BU und KV sind im Februar auf 23 % gestiegen.
        Selin und Lars bereiten bis Ende März einen Leitfaden für die Makler
        vor.

        Oliver
    ''')
    doc = docx_bytes([
        '**Protokoll Teamrunde Maklerservice, 10.03.2026',
        'Teilnehmende: O. Schenk, S. Arslan, L. Gerdes, T. Brandstätter, A. Pfeiffer, H. Vos; Protokoll: A. Pfeiffer',
        '**TOP 1 Rückstände',
        'Offene Vorgänge am 09.03.: 1.184 (Vormonat 1.402). Ältester offener Vorgang: 19 Arbeitstage.',
        '**TOP 2 Rückläufer Gesundheitsfragen',
        'BU: 27 % der Anträge mit Rückfragen (meist fehlende Behandlungsdaten, „Rücken“ ohne Diagnose, '
        'Psychotherapie ohne Zeitraum). KV: 19 %. Gesamt 23 %.',
        'Maßnahme: Leitfaden „Gesundheitsfragen vollständig beantworten“ für Vertriebspartner (S. Arslan, L. Gerdes, bis 31.03.).',
        '**TOP 3 Vermittlerpost über BiPRO 430',
        'Drei Pools holen Dokumente nicht ab; Ticket beim MVP-Hersteller offen (A. Pfeiffer).',
        '**TOP 4 Sonstiges',
        'Urlaubsplanung Sommer bis 15.04. ins Teamlaufwerk eintragen.',
        [['Aufgabe', 'Wer', 'Bis'], ['Leitfaden Gesundheitsfragen', 'SA/LG', '31.03.2026'],
         ['Ticket BiPRO 430', 'AP', '20.03.2026'], ['Urlaubsplanung', 'alle', '15.04.2026']],
    ], title='Protokoll Teamrunde 2026-03-10', author='A. Pfeiffer', created='2026-03-10T15:20:00Z')
    return c.build('2026-03-11 08:22', who('os'), box('team-maklerservice', 'Team Maklerservice'), 'Protokoll Teamrunde 10.03.',
                   mixed(text(body, cte='8bit'), attach(doc, CT_DOCX, 'Protokoll_Teamrunde_2026-03-10.docx')))


@mail('NORMAL', 'de', 'insurer-to-supplier', 'trap: interface ticket to the broker-software vendor with an obviously fictitious test case and a test IBAN (log file)')
def n_ticket_mvp(c):
    test_iban = iban_de(12030000, 202051, grouped=False)
    body = dedent(f'''
        Hallo Herr Schuster,

        zu Ticket MD-20931: Der Abruf der Vermittlerpost über BiPRO 430.4
        bricht bei drei Pools mit Fehler 00960 („Lieferung nicht
        quittierbar“) ab. Ich habe das auf unserer Testumgebung
        nachgestellt, Log im Anhang.

        Testfall (fiktiv, Testmandant 99):
          Kunde: Max Mustermann (Testperson), Musterstraße 1, 12345 Musterstadt
          Vertrag: TEST-KV-000001, Dokumentart „Beitragsrechnung“
          Testbankverbindung: {test_iban}

        Auffällig ist, dass der Fehler nur bei Lieferungen mit mehr als 200
        Dokumenten kommt. Können Sie prüfen, ob Ihr Client die Quittierung
        paketweise schickt?

        Danke und Gruß
        Anja Pfeiffer
        Maklerportal-Support
    ''')
    log = dedent('''
        2026-03-16T09:12:44.201 INFO  bipro430 listShipments partner=TEST-POOL-99 count=212
        2026-03-16T09:12:45.007 INFO  bipro430 getShipment id=SHP-TEST-0000451 docs=212 size=48.2MB
        2026-03-16T09:13:02.118 WARN  bipro430 acknowledgeShipment id=SHP-TEST-0000451 partial=true acked=200
        2026-03-16T09:13:02.119 ERROR bipro430 acknowledgeShipment id=SHP-TEST-0000451 code=00960 msg=Lieferung nicht quittierbar
        2026-03-16T09:13:02.120 INFO  bipro430 retry in 300s
    ''')
    return c.build('2026-03-16 10:02', who('ap'), ('Florian Schuster', 'support@maklerdesk-software.example'),
                   'MD-20931 BiPRO 430 Quittierung Fehler 00960',
                   mixed(text(body), attach_text(log, 'text/plain', 'bipro430_test_2026-03-16.log', charset='us-ascii',
                                                 cte='7bit')))


@mail('NORMAL', 'en', 'insurer-to-broker', 'expat product matrix (ODS) for a broker, products and prices only')
def n_product_matrix(c):
    body = dedent('''
        Hi Tom,

        attached the product matrix you asked for - all lines we offer to
        expats via your agency, with the English documentation status.
        LibreOffice format as requested.

        Let me know if the pricing column is what you need for your
        comparison tool.

        Selin
    ''') + sig('sa', 'en', greet=False, footer=False, ascii=True)
    rows = [['Line', 'Product', 'English docs', 'Min. term', 'Premium from (EUR/month)'],
            ['Health (full cover)', 'KV-Top International', 'yes', '12 months', 289.0],
            ['Health (dental)', 'ZahnPlus Premium', 'yes', 'none', 14.9],
            ['Long-term care', 'PT-Plus', 'summary only', 'none', 11.2],
            ['Income protection', 'BU-Aktiv', 'yes', '5 years', 38.5],
            ['Term life', 'RL-Classic', 'yes', '5 years', 7.9],
            ['Household', 'Hausrat Komfort', 'yes', '1 year', 6.4],
            ['Private liability', 'PHV Komfort', 'yes', '1 year', 4.6],
            ['Motor', 'Kfz Flex', 'no', '1 year', 'on request']]
    return c.build('2026-07-02 16:18', who('sa'), EXPAT2, 'Product matrix for your comparison tool',
                   mixed(text(body, charset='us-ascii', cte='7bit'),
                         attach(ods_bytes([('Products 2026', rows)], title='Product matrix'), CT_ODS,
                                'rheinauer_product_matrix_2026.ods')))


@mail('NORMAL', 'de', 'internal', 'trap: job advert for a health-claims clerk with medical terms, no person')
def n_stellenanzeige(c):
    body = dedent('''
        Liebe Kolleginnen und Kollegen,

        wir suchen zum nächstmöglichen Zeitpunkt für den Maklerservice Kranken
        in Mannheim eine/n

            Sachbearbeiter/in Leistungsprüfung Kranken (m/w/d), Vollzeit

        Aufgaben: Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach
        GOÄ/GOZ, Heil- und Kostenpläne, Kommunikation mit Vertriebspartnern.

        Wir wünschen uns: Ausbildung als Kaufmann/-frau für Versicherungen
        und Finanzanlagen oder medizinische Vorkenntnisse (z. B. MFA,
        ZFA), Kenntnisse der ICD-10-GM und der GOÄ von Vorteil.

        Interne Bewerbungen bitte bis 30.04. über das Personalportal. Wer
        jemanden aus dem Bekanntenkreis empfehlen möchte: es gibt wieder die
        Empfehlungsprämie.

        Viele Grüße
        Oliver Schenk
    ''')
    return c.build('2026-04-08 12:00', who('os'), box('vertrieb-intern', 'Vertrieb intern'), 'Stellenausschreibung: Leistungsprüfung Kranken (m/w/d)',
                   text(body, cte='8bit'))


@mail('NORMAL', 'de', 'insurer-to-broker', 'commission statement delayed by a system migration, no amounts or clients')
def n_courtage_verzoegert(c):
    body = dedent('''
        Moin Frau Jacobsen,

        kurze Info vorab, bevor Sie sich wundern: wegen der Umstellung unseres
        Provisionssystems verschiebt sich die Courtageabrechnung für Juni um
        etwa eine Woche. Die Zahlung geht spätestens am 10. Juli raus, die
        Abrechnung kommt wie immer als PDF in die Vermittlerpost.

        Ab Juli ändert sich das Layout etwas (zusätzliche Spalte
        Stornoreserve), inhaltlich bleibt alles gleich.

        Schöne Grüße aus Hamburg
        Jana Kowalczyk
    ''')
    return c.build('2026-06-26 13:44', who('jk'), HANSE, 'Courtageabrechnung Juni kommt später', text(body, flowed=True, cte='8bit'))


@mail('NORMAL', 'en', 'insurer-to-broker', 'trap: expat health premium table by age band, pre-existing conditions explained generally (PDF)')
def n_expat_premiums(c):
    body = dedent('''
        Hi Sarah,

        As promised, the 2026 premium sheet for KV-Top International. Two
        things your advisers keep asking:

        - Pre-existing conditions are not excluded across the board: we
          underwrite them and either accept, add a loading or exclude the
          specific condition. Typical loadings are 10-30 %.
        - Pregnancy: a waiting period of 8 months applies, unless the client
          switches from a comparable policy without a gap.

        The sheet is for adviser use; the binding premium comes from the
        quote tool.

        Lars
    ''') + sig('lg', 'en', greet=False, ascii=True)
    lines = ['KV-Top International - monthly premiums 2026 (EUR)', '',
             'Age band      Essential     Comfort      Premium',
             '18-24          189.00        239.00       311.00',
             '25-29          214.00        268.00       349.00',
             '30-34          241.00        297.00       388.00',
             '35-39          268.00        329.00       431.00',
             '40-44          301.00        368.00       482.00',
             '45-49          344.00        419.00       549.00',
             '50-54          398.00        481.00       631.00', '',
             'Deductible options: 0 / 600 / 1,200 EUR per year.',
             'Outpatient psychotherapy: 30 sessions per year (Comfort/Premium).',
             'Medical evacuation and repatriation included in all plans.']
    return c.build('2026-02-16 11:27', who('lg'), EXPAT, 'KV-Top International premium sheet 2026',
                   mixed(text(body, charset='us-ascii', cte='7bit'),
                         attach(pdf_bytes(lines, 'KV-Top International Premiums 2026', compress=True, date='20260216100000'),
                                'application/pdf', 'KV-Top-International_premiums_2026.pdf')))


@mail('NORMAL', 'de', 'insurer-to-broker', 'reminder about IDD continuing-education hours to a sole-trader broker; no sensitive data')
def n_idd_erinnerung(c):
    body = dedent('''
        Grüß Gott Herr Brunner,

        eine freundliche Erinnerung: laut unseren Unterlagen haben wir für
        2025 noch keinen Nachweis Ihrer IDD-Weiterbildung (15 Stunden)
        erhalten. Wir müssen das als Produktgeber nicht prüfen, aber für die
        Verlängerung der Courtagezusage brauchen wir eine kurze Bestätigung.

        Unsere Webinare aus 2025 (Landwirtschaft, Photovoltaik,
        Betriebshaftpflicht) werden automatisch angerechnet – das wären bei
        Ihnen schon 4,5 Stunden.

        Eine Eigenerklärung reicht; Vordruck im Portal unter
        Vertragspartner > Nachweise.

        Beste Grüße aus München
        Moritz Weidenfeller
    ''')
    form = pdf_bytes(['Eigenerklaerung Weiterbildung nach Paragraph 34d Abs. 9 GewO / IDD', '',
                      'Vertragspartner-Nr.: ____________   Name: ______________________________',
                      'Kalenderjahr: ______', '',
                      'Ich erklaere, im oben genannten Jahr mindestens 15 Stunden Weiterbildung absolviert zu haben.',
                      'Anbieter / Thema / Stunden: _____________________________________________',
                      '', 'Ort, Datum: ______________   Unterschrift: ______________________'],
                     'Eigenerklaerung IDD', date='20260105090000')
    return c.build('2026-02-05 09:15', who('mw'), BRUNNER, 'Nachweis IDD-Weiterbildung 2025',
                   mixed(text(body), attach(form, 'application/pdf', 'Eigenerklaerung_IDD_Vordruck.pdf')))


@mail('NORMAL', 'de', 'internal', 'trap: water damage in the insurer\'s own branch, company-doctor room affected, no person data')
def n_wasserschaden_filiale(c):
    body = dedent('''
        Hallo zusammen,

        heute Nacht ist im 1. OG der Regionaldirektion Hamburg (Kehrwiederspitze
        3) eine Leitung in der Teeküche geplatzt. Betroffen sind der
        Besprechungsraum „Elbe“, zwei Büros der Maklerbetreuung und der Raum
        des betriebsärztlichen Dienstes (Untersuchungsliege, Kühlschrank für
        Impfstoffe – der Impfstoff für die Grippeschutzimpfung ist laut Dr.
        Albrecht unbeschädigt, wird aber vorsichtshalber ersetzt).

        Die Trocknungsgeräte laufen voraussichtlich 10 Tage. Die
        Sprechstunde des Betriebsarztes findet solange im 3. OG, Raum 3.14,
        statt. Termine für Maklerbesuche bitte in die Lounge im EG legen.

        Schadenaufnahme läuft über die Gebäudeversicherung, Ansprechpartner
        ist das Facility Management.

        Jana
    ''')
    return c.build('2026-11-03 07:52', who('jk'), box('standort-hamburg', 'Standort Hamburg'), 'Wasserschaden 1. OG – Raumänderungen',
                   text(body, cte='quoted-printable'))


@mail('NORMAL', 'en', 'insurer-to-broker', 'trap grey: anonymised underwriting case study for broker training, no identifiable person')
def n_case_study(c):
    body = dedent('''
        Dear Sarah,

        For your adviser training next week, here are three anonymised cases
        from our underwriting (details changed, no real clients):

        Case A - software developer, 30s, two episodes of low back pain in
        the last five years, no time off work beyond two weeks.
        Outcome: standard terms, no exclusion.

        Case B - nurse, 40s, treated for depression six years ago, no
        recurrence, no medication since.
        Outcome: accepted with a 25 % loading; a questionnaire on mental
        health was needed.

        Case C - engineer, late 20s, cruciate ligament surgery three years
        ago, plays football again.
        Outcome: knee exclusion for five years, then review on request.

        Message for advisers: complete answers on the first go save two to
        three weeks.

        Best regards
        Dr. Friederike Haas
    ''')
    return c.build('2026-05-12 10:10', who('fh'), EXPAT, 'Anonymised cases for your adviser training', text(body),
                   cc=[who('sa')])


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: blank pre-underwriting form for disability insurance (PDF with empty fields)')
def n_voranfrage_leer(c):
    body = dedent('''
        Hallo Frau Kaminski,

        anbei das leere Formular für anonyme Risikovoranfragen BU. Bitte
        ausgefüllt über den Portal-Upload zurück (nicht per Mail), dann
        bekommen Sie in der Regel innerhalb von 3 Werktagen eine Einschätzung.

        Gruß
        Selin Arslan
    ''')
    lines = ['Anonyme Risikovoranfrage Berufsunfaehigkeit', '',
             'Vermittlernummer: ______________   Kunden-Kennung (Initialen): ____',
             'Geburtsjahr: ______   Beruf: ____________________   Koerpergroesse/-gewicht: ____ / ____',
             '', '1. Erkrankung / Beschwerden (Diagnose, ICD-10 falls bekannt): _______________________',
             '2. Behandlungszeitraum von ______ bis ______',
             '3. Behandelnde Aerzte / Therapeuten (Fachrichtung): _______________________',
             '4. Arbeitsunfaehigkeit (Dauer): ______',
             '5. Medikamente (Name, Dosierung): _______________________',
             '6. Heute beschwerdefrei?  [ ] ja   [ ] nein',
             '', 'Bitte Arztberichte nur ueber den sicheren Upload senden.']
    return c.build('2026-07-21 11:31', who('sa'), KAMINSKI, 'Formular Risikovoranfrage BU (leer)',
                   mixed(text(body, cte='8bit'), attach(pdf_bytes(lines, 'Risikovoranfrage BU', date='20260101080000'),
                                                         'application/pdf', 'Risikovoranfrage_BU_Formular.pdf')))


@mail('NORMAL', 'de', 'insurer-to-broker', 'one-line acknowledgement, nothing else in the mail')
def n_danke_angekommen(c):
    body = 'Danke, ist angekommen. Melde mich Anfang nächster Woche.\n\nGruß Timo\n\nVon meinem iPhone gesendet\n'
    return c.build('2026-10-16 17:58', who('tb'), REUTER, 'AW: Unterlagen', text(body, cte='8bit'),
                   irt='<2026101617412.44c1@reuter-versicherungen.example>')


@mail('NORMAL', 'en', 'newsletter', 'trap: cyber product launch with market statistics on ransomware losses, no insured named')
def n_newsletter_cyber(c):
    t = dedent('''
        Rheinauer Broker Update - Cyber 2026

        Dear partners,

        Small businesses remain the main target: according to the German
        insurance association's latest survey, roughly one in six SMEs
        suffered a successful attack in 2025, and the average ransomware
        claim in our own book was EUR 96,000 (median EUR 31,000).

        What is new in CyberProtect SME 2026:
        - limits up to EUR 2m for companies with turnover up to EUR 25m
        - incident response hotline with a forensic partner within 4 hours
        - cover for data-protection fines where insurable by law
        - no questionnaire up to EUR 5m turnover: five knock-out questions
          (backups, MFA, patch management, EDR, staff training)

        Not covered: war and state-sponsored attacks as defined in the LMA
        5567 clauses; infrastructure failure.

        Training session in English: 16 September, 3 pm CET.
        Register: https://makler.rheinauer-versicherung.example/events/cyber-en

        Miriam Albers
        Sales Communication
    ''') + FOOTER_EN
    h = ('<html><body style="font-family:Arial"><h2>Rheinauer Broker Update &ndash; Cyber 2026</h2>'
         '<p>Dear partners,</p><p>Small businesses remain the main target: roughly one in six SMEs suffered a successful '
         'attack in 2025, and the average ransomware claim in our own book was <b>EUR 96,000</b> (median EUR 31,000).</p>'
         '<h3>What is new in CyberProtect SME 2026</h3><ul><li>limits up to EUR 2m for turnover up to EUR 25m</li>'
         '<li>incident response hotline within 4 hours</li><li>cover for data-protection fines where insurable</li>'
         '<li>five knock-out questions instead of a questionnaire up to EUR 5m turnover</li></ul>'
         '<p><a href="https://makler.rheinauer-versicherung.example/events/cyber-en">Register for the training on 16 September</a></p>'
         '<p style="font-size:10px">Rheinauer Versicherung AG, Mannheim</p></body></html>')
    return c.build('2026-09-01 08:00', box('broker-update', 'Rheinauer Broker Update'), box('intl-brokers', 'International broker partners'),
                   'Broker Update: CyberProtect SME 2026', alt(text(t), html(h)), headers=[('Precedence', 'bulk')])


@mail('NORMAL', 'de', 'insurer-to-broker', 'no-claims class table 2026 for a pool (XLSX), generic tariff data')
def n_sf_tabelle(c):
    body = dedent('''
        Hallo Frau Wolff,

        anbei die SF-Klassen-Tabelle 2026 für Kfz Flex, so wie Sie sie für
        den Vergleichsrechner Ihres Pools brauchen. Gegenüber 2025 neu: SF 50
        als höchste Klasse in der Haftpflicht (bisher SF 35), und die
        Rückstufung nach einem Schaden aus SF 1/2 geht jetzt in SF 1/2 statt
        S.

        Gruß Timo Brandstätter
    ''')
    rows = [['SF-Klasse', 'Beitragssatz KH %', 'Beitragssatz VK %', 'Rückstufung 1 Schaden']]
    for sf, kh, vk, rs in [('0', 100, 100, 'M'), ('1/2', 85, 80, '1/2'), ('1', 70, 65, '0'), ('2', 65, 60, '1/2'),
                           ('5', 50, 48, '1'), ('10', 38, 36, '4'), ('15', 33, 31, '7'), ('20', 30, 28, '10'),
                           ('25', 28, 26, '13'), ('35', 24, 23, '18'), ('50', 20, 19, '25')]:
        rows.append(['SF ' + sf, kh, vk, 'SF ' + rs])
    return c.build('2026-10-05 09:20', who('tb'), VPLUS_DW, 'SF-Tabelle 2026 Kfz Flex für Ihren Vergleichsrechner',
                   mixed(text(body, charset='iso-8859-1', cte='8bit'),
                         attach(xlsx_bytes([('SF 2026', rows)]), CT_XLSX, 'Kfz_Flex_SF-Tabelle_2026.xlsx')))


@mail('NORMAL', 'mixed', 'internal', 'internal German/English chat about translating broker documents, no personal data')
def n_uebersetzung_intern(c):
    body = dedent('''
        Hi Jana,

        quick one – die Kolegen von Blackwood & Carrow fragen, ob wir die
        „Hinweise zur Bestandsübertragung“ auch auf Englisch haben. We don't.
        Ich würde das Dokument an den Übersetzungsdienst geben (ca. 4 Seiten,
        ~600 EUR), falls du nichts dagegen hast – du hast das Original ja
        letztes Jahr geschrieben.

        Suggested English title: "Transferring an existing portfolio to
        Rheinauer – guidance for brokers".

        Cheers
        Patrick

        > Am 12.05.2026 um 09:14 schrieb Jana Kowalczyk:
        > Klar, gern. Bitte aber die Fassung von 03/2026 nehmen, da ist der
        > neue Absatz zu Personenversicherung drin.
    ''')
    return c.build('2026-05-12 09:31', who('po'), who('jk'), 'Re: Übersetzung Hinweise Bestandsübertragung',
                   text(body, flowed=True, cte='8bit'), irt='<202605120914.jk@mail.rheinauer-versicherung.example>')


@mail('NORMAL', 'en', 'insurer-to-broker', 'general answer on e-scooter insurance plates for a Dutch broker')
def n_escooter(c):
    body = dedent('''
        Hi Sanne,

        Short answer to your general question: yes, every e-scooter
        (Elektrokleinstfahrzeug) ridden on public roads in Germany needs
        compulsory motor liability insurance and an insurance plate. Dutch
        plates are not valid for residents once they register in Germany.

        Our product: "Kfz Mini" for e-scooters and mopeds, EUR 49 per
        insurance year (1 March to end of February), liability EUR 7.5m,
        optional partial casco (theft) for EUR 29. The plate colour for
        2026/27 is black... sorry, blue. (Black was 2024/25.)

        Clients can buy it online; you get the commission if they use your
        partner link.

        Timo
    ''')
    sheet = pdf_bytes(['Kfz Mini - e-scooters and mopeds - product sheet (English convenience translation)', '',
                       'Insurance year: 1 March 2026 - 28 February 2027 (plate colour: blue)',
                       'Motor liability: EUR 7.5m flat for personal injury and property damage',
                       'Premium: EUR 49.00 per insurance year incl. insurance tax',
                       'Optional partial casco (theft, fire, storm): EUR 29.00, deductible EUR 150',
                       'Eligible: e-scooters (eKFV), mopeds up to 45 km/h, speed pedelecs'],
                      'Kfz Mini product sheet', date='20260301080000')
    return c.build('2026-03-04 15:55', who('tb'), VDM, 'RE: E-scooter insurance for clients moving to Germany',
                   mixed(text(body, charset='us-ascii', cte='7bit'), attach(sheet, 'application/pdf', 'Kfz_Mini_product_sheet_EN.pdf')),
                   irt='<DB9PR07MB8822@vandermeulen-assurantien.example>')


@mail('NORMAL', 'de', 'internal', 'trap: IT ticket about the failing upload of doctors\' reports in the broker portal, no document content')
def n_ticket_upload(c):
    body = dedent('''
        Ticket INC0088412 – Priorität 2

        Betreff: Maklerportal – Upload von Arztberichten schlägt fehl
        Gemeldet von: Anja Pfeiffer (Maklerportal-Support)
        Betroffen: Funktion „Unterlagen nachreichen“ (Leben/BU und Kranken)

        Beschreibung:
        Seit dem Release 26.4 am Wochenende melden mehrere Makler, dass
        Arztberichte, Entlassberichte und Heil- und Kostenpläne im Format PDF
        > 10 MB mit „Fehler 413“ abgelehnt werden. Kleinere Dateien gehen
        durch. Die Makler weichen teilweise auf E-Mail aus, was wir wegen
        der Gesundheitsdaten unbedingt vermeiden müssen.

        Erwartet: Upload bis 50 MB wie vor dem Release.
        Workaround: Makler bitten, große PDFs zu teilen.

        Bitte um schnelle Bearbeitung.
        Anja
    ''')
    return c.build('2026-04-27 08:41', who('ap'), box('it-servicedesk', 'IT Servicedesk'),
                   'INC0088412 Maklerportal: Upload Arztberichte > 10 MB Fehler 413', text(body, cte='quoted-printable'))


@mail('NORMAL', 'de', 'internal', 'trap: rejection letter template for disability claims with placeholders for name, diagnosis and dates')
def n_textbaustein_ablehnung(c):
    body = dedent('''
        Hallo Selin,

        hier der überarbeitete Textbaustein für die Maklerinformation bei
        BU-Leistungsablehnungen. Die Rechtsabteilung ist einverstanden. Bitte
        ab sofort nur noch diesen verwenden (TB-BU-17).

        ---------------------------------------------------------------
        Sehr geehrte/r «Anrede Makler» «Name Makler»,

        wir informieren Sie darüber, dass wir den Antrag Ihres Kunden
        «Vorname Nachname», Vertrag «Vertragsnummer», auf Leistungen wegen
        Berufsunfähigkeit ab «Datum» nicht anerkennen können.

        Nach den uns vorliegenden Unterlagen («Liste der Unterlagen») ist
        Ihr Kunde wegen «Diagnose / ICD-10» in seinem zuletzt ausgeübten
        Beruf als «Beruf» zu weniger als 50 % eingeschränkt.

        Ihr Kunde hat die Ablehnung mit gleicher Post erhalten. Er kann
        innerhalb von «Frist» Einwendungen erheben oder den
        Versicherungsombudsmann anrufen.
        ---------------------------------------------------------------

        Wichtig: In die Makler-Fassung kommt die Diagnose nur, wenn die
        Einwilligung des Kunden zur Weitergabe an den Makler vorliegt
        (Kennzeichen EW-MAK im Vertrag). Sonst den Satz mit «Diagnose»
        streichen.

        Gruß
        Oliver
    ''')
    return c.build('2026-06-15 14:03', who('os'), who('sa'), 'Textbaustein TB-BU-17 Maklerinfo Ablehnung',
                   text(body, cte='8bit'), cc=[who('fh')])


@mail('NORMAL', 'en', 'insurer-to-broker', 'trap: aggregated causes of disability claims in percent for a broker pool, no person')
def n_bu_causes(c):
    body = dedent('''
        Hi Aoife,

        You asked what actually causes the disability claims - here is our
        2025 split of new income-protection claims (all channels, 1,912
        claims):

          Mental and behavioural disorders (F00-F99)    36.8 %
          Musculoskeletal (M00-M99)                     21.4 %
          Cancer (C00-D48)                              14.9 %
          Accidents and injuries (S00-T98)               8.7 %
          Cardiovascular (I00-I99)                       7.2 %
          Nervous system (G00-G99)                       5.1 %
          Other                                          5.9 %

        Average age at claim: 47. Average duration of payment: 6.1 years.

        Feel free to use this in client conversations - it is the best
        argument against "it won't happen to me".

        Selin
    ''') + '\n' + sig('sa', 'en', greet=False, ascii=True)
    return c.build('2026-02-19 12:48', who('sa'), LIFFEY, 'What causes disability claims - 2025 figures',
                   text(body, charset='us-ascii', cte='7bit'))


@mail('NORMAL', 'de', 'insurer-to-broker', 'generic premium example for private liability of a family, no real client')
def n_phv_beispiel(c):
    body = dedent('''
        Hallo Herr Reuter,

        für Ihre Kundenveranstaltung hier die Beispielrechnung PHV Komfort,
        wie gewünscht für eine „Musterfamilie“ (zwei Erwachsene, zwei Kinder
        unter 18, keine Vorschäden, Selbstbeteiligung 150 EUR):

          Deckungssumme 20 Mio. EUR pauschal
          Jahresbeitrag netto:   84,03 EUR
          Versicherungsteuer:    15,97 EUR
          Jahresbeitrag brutto: 100,00 EUR

        Ohne Selbstbeteiligung: 118,40 EUR brutto.
        Mit Hund (ohne Listenhund) zusätzlich 56,00 EUR.

        Schöne Veranstaltung!
        Timo Brandstätter
    ''')
    return c.build('2026-03-26 10:14', who('tb'), REUTER, 'Beispielrechnung PHV für Ihre Kundenveranstaltung', text(body))


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: training invitation on data protection and § 203 StGB for brokers, legal terms only (ICS)')
def n_schulung_203(c):
    body = dedent('''
        Sehr geehrte Damen und Herren,

        seit der Änderung von § 203 StGB dürfen Versicherer Geheimnisse aus
        der Kranken-, Lebens- und Unfallversicherung an „mitwirkende
        Personen“ weitergeben – aber nur unter strengen Voraussetzungen. Was
        heißt das für Sie als Makler, wenn wir Ihnen Leistungsentscheidungen,
        Gesundheitsangaben oder Arztberichte Ihrer Kunden übermitteln sollen?

        Unsere Datenschutzbeauftragte, Frau Dr. Annika Rohde, erklärt in 90
        Minuten:

          • Einwilligung und Schweigepflichtentbindung – was muss drinstehen?
          • Welche Daten dürfen per E-Mail, welche nur verschlüsselt oder
            über das Portal?
          • Umgang mit Anfragen von Angehörigen, Arbeitgebern und Anwälten
          • Meldepflichten bei Datenpannen (Art. 33 DSGVO)

        Mittwoch, 14. Oktober 2026, 15:00–16:30 Uhr, Webinar.
        Anrechnung: 1,5 Stunden IDD.

        Mit freundlichen Grüßen
        Ihr Vertriebspartnermanagement
    ''') + FOOTER_DE
    ics = ics_text('dsgvo-203-20261014@rheinauer-versicherung.example', '20261014T150000', '20261014T163000',
                   'Webinar Datenschutz im Maklervertrieb (§ 203 StGB)', 'Online',
                   ('Ulrike Sandmann', 'ulrike.sandmann@' + DOMAIN), 'Referentin: Dr. Annika Rohde, Datenschutzbeauftragte')
    return c.build('2026-09-22 10:00', who('us'), box('makler-alle', 'Vertriebspartner'),
                   'Webinar 14.10.: Datenschutz und § 203 StGB im Maklervertrieb',
                   mixed(alt(text(body), html('<html><body><pre style="font-family:Calibri">%s</pre></body></html>' % _x(body))),
                         ics_part(ics, 'Webinar_Datenschutz_203.ics')))


@mail('NORMAL', 'en', 'insurer-to-broker', 'trap: broker asks about secure mail; answer explains S/MIME and portal for health data in general')
def n_secure_mail(c):
    body = dedent('''
        Dear James,

        > Could you confirm whether you can send underwriting decisions and
        > medical questionnaires to us by e-mail? Our compliance team wants
        > to understand how this is protected.

        Of course. In short:

        - Mail between our gateway and yours is always sent over TLS. If
          your domain publishes an S/MIME domain certificate, we also
          encrypt gateway to gateway; we can exchange certificates any time
          (ours is attached to our website's security page).
        - Anything containing health information - underwriting decisions,
          medical questionnaires, claims for life, health and accident -
          we send either S/MIME-encrypted or via the secure portal mailbox,
          never as plain mail. You receive a notification mail, the content
          stays in the portal.
        - Your staff need their own portal users; your firm administrator
          can create them and assign portfolio rights.

        Happy to set up a call with our security team if your compliance
        colleagues want the details.

        Kind regards,
        Patrick
    ''')
    return c.build('2026-01-14 11:03', who('po'), BLACKWOOD, 'RE: Secure e-mail for underwriting documents',
                   text(body), irt='<LO2P265MB1173.GBRP265@blackwood-carrow.example>', cc=[BLACKWOOD2])


@mail('NORMAL', 'en', 'insurer-to-broker', 'portal notification mail "new document in your broker post", no content, HTML only')
def n_notification_en(c):
    h = dedent('''
        <html><body style="font-family:Arial;font-size:14px">
        <p>Dear partner,</p>
        <p>a new document is waiting in your electronic broker post at Rheinauer Versicherung AG.</p>
        <p>Please log in to the broker portal to read it:<br>
        <a href="https://makler.rheinauer-versicherung.example/postfach">https://makler.rheinauer-versicherung.example/postfach</a></p>
        <p>For security reasons this notification does not contain the document or any details about it.</p>
        <p style="color:#888;font-size:11px">This is an automatically generated message. Please do not reply.</p>
        </body></html>
    ''')
    return c.build('2026-11-19 06:12', box('noreply-postfach', 'Rheinauer Broker Post'), LIFFEY,
                   'You have a new message in your Rheinauer broker post', html(h, charset='us-ascii', cte='7bit'),
                   headers=[('Auto-Submitted', 'auto-generated')])


@mail('NORMAL', 'de', 'insurer-to-broker', 'grey: confirmation of a pool portfolio transfer in aggregate numbers only, no clients or contracts named')
def n_bestand_aggregiert(c):
    body = dedent('''
        Sehr geehrte Frau Wolff,

        die Übertragung des Bestands der Agentur Hartung (Untervermittler
        Ihres Pools, VM 900310-044) auf den Poolvertrag ist zum 01.09.2026
        abgeschlossen:

          Sparte              Verträge   Jahresbeitrag
          Kfz                    168       97.420 EUR
          Hausrat/PHV            131       28.310 EUR
          Wohngebäude             42       31.870 EUR
          Rechtsschutz            37       12.090 EUR
          Unfall                  19        4.760 EUR
          Leben/BU                15       22.400 EUR
          gesamt                 412      196.850 EUR

        Für die 34 Verträge in Unfall und Leben/BU lagen die Einwilligungen
        der Kunden vor; die Einzelliste erhalten Sie wie vereinbart nur über
        die Vermittlerpost.

        Die Bestandscourtage wird ab der Septemberabrechnung an den Pool
        gezahlt.
    ''') + '\n' + sig('us')
    return c.build('2026-09-02 10:30', who('us'), VPLUS_DW, 'Bestandsübertragung Agentur Hartung abgeschlossen',
                   text(body, cte='quoted-printable'), cc=[VPLUS])


@mail('NORMAL', 'en', 'newsletter', 'press-style information on a rating upgrade, company figures only, HTML only')
def n_rating_upgrade(c):
    h = dedent('''
        <!DOCTYPE html><html><head><meta charset="windows-1252"><title>Rating</title></head><body style="font-family:Georgia,serif">
        <h2>Rheinauer Versicherung AG upgraded to &quot;A+&quot;</h2>
        <p>Mannheim, 21 July 2026 &ndash; The rating agency has raised the financial strength rating of Rheinauer
        Versicherung AG and its life and health subsidiaries from &quot;A&quot; to &quot;A+&quot; (outlook stable).</p>
        <p>Key figures 2025: gross written premiums EUR 4.12 bn (+6.3 %), combined ratio property &amp; casualty 93.1 %,
        solvency ratio 231 %, 1.9 million customers, 11,400 broker and agency partners.</p>
        <p>&bdquo;The upgrade confirms our course in the broker market&ldquo;, said CEO Dr. Cornelia Wächter.</p>
        <p>Contact for brokers: broker-desk@rheinauer-versicherung.example</p>
        </body></html>
    ''')
    return c.build('2026-07-21 10:00', box('presse', 'Rheinauer Presse'), box('intl-brokers', 'International broker partners'),
                   'Rheinauer upgraded to A+ by rating agency', html(h, charset='windows-1252', cte='quoted-printable'),
                   headers=[('Precedence', 'bulk')])


@mail('NORMAL', 'en', 'insurer-to-broker', 'meeting invitation for a broker visit in London (ICS), business agenda only')
def n_meeting_london(c):
    body = dedent('''
        Dear James, dear Priya,

        Thank you for making time for us. As agreed, Sven Mertens and I will
        be in London on 10 November. Invitation attached.

        Agenda
        1. Renewal season 2027 - cargo and property capacity
        2. Your German clients' fleet business: growth and loss ratio
        3. Claims handling SLA and the new online notification
        4. Secure mail / portal access for your new team members

        Patrick
    ''')
    ics = ics_text('bc-visit-20261110@rheinauer-versicherung.example', '20261110T100000', '20261110T123000',
                   'Rheinauer / Blackwood & Carrow - annual partner meeting', 'Blackwood & Carrow, 12 Lime Court, London',
                   ("Patrick O'Donnell", 'patrick.odonnell@' + DOMAIN),
                   'Agenda: renewal 2027, fleet business, claims SLA, portal access.',
                   attendees=[('James Whitcombe', 'j.whitcombe@blackwood-carrow.example'),
                              ('Priya Natarajan', 'p.natarajan@blackwood-carrow.example'),
                              ('Sven Mertens', 'sven.mertens@' + DOMAIN)])
    return c.build('2026-10-12 13:37', who('po'), [BLACKWOOD, BLACKWOOD2], 'Invitation: annual partner meeting 10 November',
                   mixed(text(body, charset='us-ascii', cte='7bit'), ics_part(ics, 'partner_meeting_2026-11-10.ics')),
                   cc=[who('sm')])


@mail('NORMAL', 'mixed', 'insurer-to-broker', 'Austrian broker, German/English answer on cross-border motor cover, general')
def n_alpen_kfz(c):
    body = dedent('''
        Lieber Herr Mag. Pichler,

        zu Ihrer Frage, ob wir Fahrzeuge mit österreichischem Kennzeichen
        versichern: nein, leider nicht – wir zeichnen Kfz nur für in
        Deutschland zugelassene Fahrzeuge. Sobald Ihre Kunden nach Bayern
        ziehen und ummelden, geht es.

        Die österreichische Schadenfreiheit rechnen wir an, wenn ein
        Schadenfreiheitsnachweis des Vorversicherers vorliegt (Bonus-Malus-
        Stufe → SF-Klasse nach Tabelle).

        For your English-speaking clients (you mentioned the two families
        from the international school in Salzburg): our motor documents are
        German only, but the quote tool has an English interface, and we
        accept the no-claims certificate in English.

        Herzliche Grüße nach Salzburg
        Moritz Weidenfeller
    ''')
    return c.build('2026-08-20 16:02', who('mw'), ALPEN, 'AW: Kfz-Versicherung für Grenzpendler / cross-border clients',
                   text(body, cte='8bit'), irt='<VI1PR08MB4410.alpenland@alpenland-makler.example>')


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: long-term care product comparison with care grades and dementia wording for a pool (PDF)')
def n_pflege_vergleich(c):
    body = dedent('''
        Liebe Frau Weller,

        für Ihre Pool-Roadshow „Pflege 2026“ anbei unser Produktvergleich
        PT-Plus gegen die drei häufigsten Wettbewerbstarife (anonymisiert als
        A, B, C, wie mit Ihrem Compliance besprochen).

        Die Beispiele rechnen mit einer 45-jährigen Musterkundin; es sind
        keine echten Kundendaten enthalten.

        Viele Grüße
        Lars Gerdes
    ''')
    lines = ['Produktvergleich Pflegetagegeld - Stand 05/2026', '',
             'Leistung in % des vereinbarten Tagegeldes (ambulant / stationaer)',
             'Pflegegrad     PT-Plus       A           B           C',
             'PG 1           10 / 10      0 / 0       10 / 10     0 / 0',
             'PG 2           30 / 100     25 / 100    30 / 100    20 / 100',
             'PG 3           60 / 100     50 / 100    50 / 100    40 / 100',
             'PG 4           100 / 100    75 / 100    80 / 100    70 / 100',
             'PG 5           100 / 100    100 / 100   100 / 100   100 / 100', '',
             'Demenz: PT-Plus leistet bei eingeschraenkter Alltagskompetenz ab PG 2 voll (100 %).',
             'Beitragsbefreiung ab Pflegegrad 2 (A, C: erst ab PG 3).',
             'Beispiel Musterkundin 45 J., 50 EUR Tagegeld: PT-Plus 38,90 EUR, A 41,20 EUR, B 36,70 EUR, C 44,10 EUR mtl.',
             'Gesundheitsfragen: 5 Fragen (u. a. Demenz, Parkinson, MS, Schlaganfall in den letzten 5 Jahren).']
    return c.build('2026-05-08 09:09', who('lg'), FVP, 'Produktvergleich Pflege für Ihre Roadshow',
                   mixed(text(body, cte='quoted-printable'),
                         attach(pdf_bytes(lines, 'Produktvergleich Pflege 2026', date='20260507170000'), 'application/pdf',
                                'Produktvergleich_Pflegetagegeld_2026-05.pdf')))


@mail('NORMAL', 'en', 'insurer-to-broker', 'list of documents needed for a D&O quote, no company or person named')
def n_do_requirements(c):
    body = dedent('''
        Hi Priya,

        For any D&O quote for German companies up to EUR 50m turnover we
        need:

        1. signed proposal form (2026 edition)
        2. last two audited annual financial statements
        3. group structure chart incl. foreign subsidiaries
        4. articles of association / rules of procedure for the board
        5. details of any pending or threatened claims against directors
        6. for US exposure: share of US turnover and any US listings

        Above EUR 50m turnover we additionally ask for a call with the CFO.
        Turnaround for standard risks: 5 working days from complete
        submission.

        Best,
        Sven
    ''')
    return c.build('2026-06-24 10:22', who('sm'), BLACKWOOD2, 'D&O - information required for quotes', text(body, charset='us-ascii', cte='7bit'))


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: the insurer\'s own new company bank account for premiums collected by brokers (company IBAN)')
def n_neue_bankverbindung(c):
    ib = iban_de(67050505, 3109876)
    body = dedent(f'''
        Sehr geehrte Vertriebspartner mit Inkassovollmacht,

        ab dem 1. Januar 2027 ändert sich die Bankverbindung, auf die Sie
        von Kunden vereinnahmte Beiträge (Maklerinkasso) abführen:

          Kontoinhaber: Rheinauer Versicherung AG
          IBAN:         {ib}
          BIC:          RHNVDEMMXXX
          Verwendungszweck: Vertragspartner-Nr. / Abrechnungsmonat

        Das bisherige Konto bleibt bis 31.03.2027 parallel bestehen, danach
        werden Zahlungen dorthin zurückgebucht.

        Bitte passen Sie die Zahlungsvorlage in Ihrer Buchhaltung rechtzeitig
        an.

        Mit freundlichen Grüßen
        Rheinauer Versicherung AG
        Inkasso Vertriebspartner
    ''') + FOOTER_DE
    return c.build('2026-11-24 12:00', box('inkasso-vp', 'Rheinauer Inkasso Vertriebspartner'), box('makler-inkasso', 'Vertriebspartner mit Inkassovollmacht'),
                   'Neue Bankverbindung für Maklerinkasso ab 01.01.2027', text(body, charset='windows-1252', cte='quoted-printable'))


@mail('NORMAL', 'de', 'insurer-to-broker', 'general info on the 2026 motor type classes, no client')
def n_typklassen(c):
    body = dedent('''
        Hallo Herr Huber,

        die neuen Typklassen des GDV gelten für unsere Bestandsverträge ab
        der Hauptfälligkeit 01.01.2027. Für rund 9 Mio. Fahrzeuge steigt
        die Haftpflicht-Typklasse, für 7 Mio. sinkt sie. In Ihrem Bestand
        (FinanzKontor Süd) sind nach unserer Auswertung 612 Verträge
        betroffen: 241 höher, 198 niedriger, Rest unverändert.

        Die Einzelauswertung pro Vertrag finden Sie ab 15.09. in der
        Vermittlerpost. Ein Anschreiben an die Kunden ist nicht nötig,
        die Beitragsrechnung erklärt die Änderung.

        Grüße
        Timo Brandstätter
    ''')
    return c.build('2026-08-27 11:45', who('tb'), FKS, 'Typklassenänderung 2027 – Ihr Bestand', text(body, charset='iso-8859-1', cte='8bit'))


@mail('NORMAL', 'en', 'insurer-to-broker', 'market capacity for a transport line slip, no insured named')
def n_lineslip(c):
    body = dedent('''
        James,

        Confirming what I said on the phone: for the 2027 transport line
        slip we can offer a 15 % line on the cargo section (was 12.5 %) and
        maintain 10 % on stock throughput. Max line per any one conveyance
        EUR 5m for our share.

        Pricing stays flat on a loss-free basis; for the accounts with
        losses above 60 % we'd want to see the individual loss records
        before committing.

        Formal confirmation follows with the slip once your leader has
        signed.

        Patrick
    ''')
    return c.build('2026-11-26 18:09', who('po'), BLACKWOOD, 'RE: 2027 transport line slip - Rheinauer line',
                   text(body, charset='us-ascii', cte='7bit'), irt='<LO2P265MB3301.GBRP265@blackwood-carrow.example>')


@mail('NORMAL', 'de', 'newsletter', 'trap: new simplified health questions in term life explained to brokers, generic questions only')
def n_newsletter_gesundheitspruefung(c):
    t = dedent('''
        Maklerbrief Spezial: vereinfachte Gesundheitsprüfung in RL-Classic

        Ab 1. April 2026 reichen in der Risikolebensversicherung bis zu
        einer Versicherungssumme von 300.000 EUR und einem Eintrittsalter
        bis 45 Jahre drei Gesundheitsfragen:

        1. Wurden Sie in den letzten 5 Jahren wegen einer Erkrankung des
           Herzens, des Kreislaufs, einer Krebserkrankung, Diabetes oder
           einer psychischen Erkrankung ärztlich behandelt?
        2. Sind Sie HIV-positiv?
        3. Waren Sie in den letzten 12 Monaten mehr als 14 Tage
           ununterbrochen arbeitsunfähig?

        Raucherstatus und Größe/Gewicht werden weiter abgefragt (BMI 18 bis
        32 ohne Zuschlag).

        Ihr Vorteil: Policierung in der Regel sofort, ohne Arztanfrage.
    ''') + FOOTER_DE
    h = '<html><body>' + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in t.split('\n\n')) + '</body></html>'
    return c.build('2026-03-23 07:30', box('maklerbrief', 'Rheinauer Maklerbrief'), box('makler-leben', 'Vertriebspartner Leben'),
                   'Maklerbrief Spezial: drei Gesundheitsfragen in der Risikoleben', alt(text(t), html(h)),
                   headers=[('Precedence', 'bulk')])


@mail('NORMAL', 'de', 'internal', 'grey: holiday cover planning; one colleague\'s two-week absence is mentioned without any reason, no health data (base64 body)')
def n_vertretung(c):
    body = dedent('''
        Hallo Team,

        Vertretungsplan für die Herbstferien:

          KW 43: Timo im Urlaub → Komposit-Postkorb übernimmt Henrike
          KW 44: Selin im Urlaub → Leben/BU übernimmt Nadine (nur
                 Eingangssichtung, Risikoprüfung bleibt bei Dr. Haas)
          KW 44: Lars ist auf der Pool-Messe in Leipzig, Mails nur abends

        Anja ist ab Montag für zwei Wochen nicht da (nicht urlaubsbedingt,
        bitte nicht nachfragen) – Portal-Tickets bitte an den IT-Servicedesk.

        Danke euch!
        Oliver
    ''')
    return c.build('2026-10-09 16:20', who('os'), box('team-maklerservice', 'Team Maklerservice'), 'Vertretungen Herbstferien',
                   text(body, cte='base64'))


@mail('NORMAL', 'en', 'insurer-to-broker', 'thank-you note after a broker visit with a photo link')
def n_thanks_visit(c):
    body = dedent('''
        Hej Henrik,

        Thanks again to you and the team for the warm welcome in Hamburg
        yesterday - and for the kanelbullar. The photos from the evening
        are here (link valid for 30 days):
        https://share.rheinauer-versicherung.example/s/9QpX2

        I've noted your three wishes: English household wording by Q4,
        faster eVB for new arrivals, and a contact person for expat health.
        I'll come back to you on each by end of month.

        Best,
        Jana
    ''')
    return c.build('2026-06-19 08:54', who('jk'), NORDIC, 'Thank you for yesterday', text(body, charset='utf-8', cte='7bit'))


@mail('NORMAL', 'de', 'insurer-to-broker', 'aggregated broker survey results (XLSX), no persons')
def n_maklerbefragung(c):
    body = dedent('''
        Liebe Frau Jacobsen,

        herzlichen Dank, dass Sie und Ihre Kolleginnen an unserer
        Maklerbefragung teilgenommen haben. Die Ergebnisse (412 Antworten)
        finden Sie im Anhang.

        Am besten bewertet: Erreichbarkeit der Maklerbetreuung (1,7) und
        Schadenbearbeitung Kfz (1,9). Am schlechtesten: Dauer der
        Antragsprüfung in BU (3,4) und die Verständlichkeit der
        Courtageabrechnung (3,1). An beidem arbeiten wir.

        Viele Grüße aus Hamburg
        Jana Kowalczyk
    ''')
    rows = [['Thema', 'Schulnote (Mittel)', 'Antworten'],
            ['Erreichbarkeit Maklerbetreuung', 1.7, 405], ['Schadenbearbeitung Kfz', 1.9, 366],
            ['Schadenbearbeitung Sach', 2.2, 351], ['Maklerportal', 2.4, 398], ['Tarifrechner', 2.3, 377],
            ['Antragsprüfung Kranken', 2.8, 201], ['Antragsprüfung BU', 3.4, 188],
            ['Courtageabrechnung (Verständlichkeit)', 3.1, 390], ['Vermittlerpost / BiPRO', 2.6, 244]]
    return c.build('2026-07-14 15:00', who('jk'), HANSE, 'Ergebnisse Maklerbefragung 2026',
                   mixed(text(body), attach(xlsx_bytes([('Ergebnisse', rows)]), CT_XLSX, 'Maklerbefragung_2026_Ergebnisse.xlsx')))


@mail('NORMAL', 'de', 'insurer-to-broker', 'announcement that the fax number is switched off, generic')
def n_fax_aus(c):
    body = dedent('''
        Sehr geehrte Vertriebspartner,

        zum 30.06.2026 schalten wir unsere Faxnummern 0621 5550 2999 (Antrag)
        und 0621 5550 2998 (Schaden) ab. Faxe, die danach eingehen, werden
        nicht mehr bearbeitet.

        Bitte nutzen Sie für Anträge, Schadenunterlagen und ärztliche
        Unterlagen ausschließlich den Upload im Maklerportal oder Ihre
        BiPRO-Schnittstelle. Für Kunden ohne Portal-Zugang gibt es den
        Kunden-Upload unter https://www.rheinauer-versicherung.example/upload.

        Mit freundlichen Grüßen
        Oliver Schenk
        Leitung Maklerservice
    ''') + FOOTER_DE
    return c.build('2026-05-27 08:30', who('os'), box('makler-alle', 'Vertriebspartner'), 'Abschaltung Faxnummern zum 30.06.2026',
                   text(body, charset='windows-1252', cte='8bit'))


@mail('NORMAL', 'en', 'insurer-to-broker', 'trap: client letter template with placeholders for name, date of birth and policy number (DOCX)')
def n_template_en(c):
    body = dedent('''
        Hi Sarah,

        Here's the English template for the annual review letter your
        advisers can send to clients. Placeholders are in square brackets.
        Please don't change the regulatory paragraph at the end.

        Best,
        Selin
    ''')
    doc = docx_bytes([
        '[Adviser letterhead]',
        'Dear [Title] [Surname],',
        'Your Rheinauer policy [policy number] - annual review',
        'According to our records, your date of birth is [DD/MM/YYYY] and your policy started on [start date]. '
        'Your current monthly premium is EUR [amount], paid from the account ending in [last 4 digits of IBAN].',
        'Has anything changed in the past year - a new job, a move, children, a change in income? If so, please let me '
        'know so we can check whether your cover still fits.',
        'Kind regards, [Adviser name]',
        'Regulatory information: [Adviser] is an insurance broker registered under [register number] ...',
    ], title='Annual review letter template EN', author='S. Arslan', created='2026-04-20T10:00:00Z')
    return c.build('2026-04-21 12:31', who('sa'), EXPAT, 'Template: annual review letter (EN)',
                   mixed(text(body, charset='us-ascii', cte='7bit'), attach(doc, CT_DOCX, 'annual_review_letter_template_EN.docx')))


@mail('NORMAL', 'de', 'insurer-to-broker', 'trap: general explanation of child accident benefits and invalidity degrees, no child named')
def n_kinderunfall_allgemein(c):
    body = dedent('''
        Hallo Frau Kaminski,

        zu Ihrer Frage aus dem Beratungsgespräch (allgemein, ohne konkreten
        Fall): In der Kinderunfall Aktiv zahlen wir bei Invalidität nach der
        Gliedertaxe. Verliert ein Kind z. B. durch einen Unfall die
        Funktionsfähigkeit eines Auges vollständig, sind das 60 %; bei einer
        Grundsumme von 100.000 EUR und Progression 500 % ergibt das 180.000
        EUR.

        Außerdem mitversichert:
        - Vergiftungen durch Gase/Dämpfe und Einnahme giftiger Stoffe
          (Kinder bis 10 Jahre),
        - Zeckenbiss-Infektionen (FSME, Borreliose),
        - Impfschäden,
        - kosmetische Operationen nach Unfall bis 25.000 EUR.

        Krankheiten wie Krebs oder Diabetes sind in der Unfallversicherung
        nicht versichert – dafür gibt es die Kinderinvaliditätsversicherung,
        die wir aber nicht anbieten.

        Viele Grüße
        Nadine Krüger
        Maklerservice Unfall
    ''')
    return c.build('2026-09-15 13:13', who('nk'), KAMINSKI, 'AW: Kinderunfall – was zahlt die Versicherung?', text(body),
                   irt='<000a01dd2ab0$1c7e0f20$@kaminski-agentur.example>')


@mail('NORMAL', 'mixed', 'insurer-to-broker', 'bilingual invitation to a broker conference in Vienna (ICS)')
def n_konferenz_wien(c):
    body = dedent('''
        Liebe Partnerinnen und Partner, dear partners,

        wir laden Sie herzlich zum Rheinauer Partnertag D-A-CH nach Wien ein.
        We cordially invite you to our D-A-CH partner day in Vienna.

        Donnerstag, 22. Oktober 2026 / Thursday, 22 October 2026
        Kongresshaus am Donaukanal, Wien – 10:00 bis 17:30 Uhr

        Programm / Programme:
          – Marktausblick Sach und Haftpflicht / P&C market outlook
          – Grenzüberschreitende Risiken: Kfz, Gewerbe, Expat-Kranken
          – Panel: Digitale Vermittlerpost und BiPRO / digital broker post
          – Abendessen / dinner from 19:00

        Sprachen: Deutsch und Englisch mit Simultanübersetzung.
        Anmeldung bis 30.09. / registration by 30 September:
        https://events.rheinauer-versicherung.example/wien2026

        Herzliche Grüße / kind regards
        Moritz Weidenfeller & Patrick O'Donnell
    ''') + FOOTER_DE
    ics = ics_text('partnertag-wien-2026@rheinauer-versicherung.example', '20261022T100000', '20261022T173000',
                   'Rheinauer Partnertag D-A-CH / partner day Vienna', 'Kongresshaus am Donaukanal, Wien',
                   ('Moritz Weidenfeller', 'moritz.weidenfeller@' + DOMAIN), 'Anmeldung / registration: events.rheinauer-versicherung.example/wien2026')
    return c.build('2026-08-31 10:00', who('mw'), [ALPEN, box('makler-dach', 'Partner D-A-CH')], 'Einladung Partnertag Wien / Invitation partner day Vienna',
                   mixed(text(body), ics_part(ics, 'Partnertag_Wien_2026.ics')), cc=[who('po')])


@mail('NORMAL', 'de', 'internal', 'trap: aggregated processing times of health applications by loading rate (XLSX), no applicants')
def n_stat_bearbeitung(c):
    body = dedent('''
        Hallo Oliver,

        wie besprochen die Auswertung der KV-Anträge Q1 und Q2 über den
        Maklerkanal. Auffällig: Anträge mit Risikozuschlag brauchen im Schnitt
        fast dreimal so lange wie normale Annahmen, vor allem wegen der
        Arztanfragen. Bei Ablehnungen ist es schneller, weil meist schon die
        Gesundheitsangaben reichen.

        Zellen mit weniger als 10 Anträgen habe ich zusammengefasst.

        Lars
    ''')
    rows = [['Quartal', 'Ergebnis', 'Anträge', 'Ø Tage bis Entscheidung', 'davon mit Arztanfrage'],
            ['Q1/2026', 'Annahme normal', 1840, 4.2, 96], ['Q1/2026', 'Annahme mit Zuschlag', 402, 12.7, 233],
            ['Q1/2026', 'Annahme mit Leistungsausschluss', 211, 10.9, 98], ['Q1/2026', 'Ablehnung', 77, 6.1, 12],
            ['Q2/2026', 'Annahme normal', 1921, 3.9, 88], ['Q2/2026', 'Annahme mit Zuschlag', 388, 11.8, 201],
            ['Q2/2026', 'Annahme mit Leistungsausschluss', 196, 9.7, 90], ['Q2/2026', 'Ablehnung', 81, 5.8, 10]]
    return c.build('2026-07-08 17:40', who('lg'), who('os'), 'Auswertung Bearbeitungszeiten KV-Anträge H1',
                   mixed(text(body, cte='8bit'), attach(xlsx_bytes([('KV H1 2026', rows)], author='L. Gerdes'), CT_XLSX,
                                                        'KV_Antraege_Bearbeitungszeiten_H1-2026.xlsx')))


@mail('NORMAL', 'en', 'insurer-to-broker', 'trap: fictitious example calculation for term life (non-smoker aged 35), no real person')
def n_example_term_life(c):
    body = dedent('''
        Hi Aoife,

        Sure - a simple example you can use on your website (purely
        illustrative, not a real client):

          Non-smoker, aged 35, office job, BMI 24
          Sum assured EUR 250,000, level, 25-year term
          Monthly premium: EUR 18.40 (gross EUR 26.90, profit participation
          applied as premium reduction)

          Same person as a smoker: EUR 41.70 per month.

        Please add our standard line: "Example calculation, premiums
        depend on individual underwriting."

        Selin
    ''')
    return c.build('2026-10-27 10:18', who('sa'), LIFFEY, 'RE: example for term life on our website', text(body, charset='us-ascii', cte='7bit'),
                   irt='<VI1P195MB0662.EURP195@liffeybrokers.example>')


# ----------------------------------------------------------------- CONFIDENTIAL

@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'motor quote for a named client with date of birth, address and no-claims class')
def c_kfz_angebot(c):
    body = dedent('''
        Hallo Herr Huber,

        hier das Angebot für Ihre Kundin, wie telefonisch besprochen:

          Versicherungsnehmerin: Stefanie Lindemeyer, geb. 03.07.1984
          Anschrift: Kastanienweg 17, 86399 Bobingen
          Fahrzeug: VW ID.3 Pro, Erstzulassung 02/2024, HSN/TSN 0603/BTV
          Kennzeichen: A-SL 384E
          Fahrleistung: 12.000 km p. a., Garage, nur Fahrerin + Ehemann
          SF-Klasse Haftpflicht 14 / Vollkasko 11 (Übernahme vom
          Vorversicherer lt. Ihrer Angabe, Nachweis folgt)

          Kfz Flex Komfort, Vollkasko SB 300 / TK SB 150
          Jahresbeitrag: 612,48 EUR inkl. VersSt, Zahlweise jährlich

        Die Fahrerangabe Ehemann (Jahrgang 1981) ändert nichts am Beitrag.
        Wenn die Kundin einverstanden ist, schicke ich Ihnen die eVB.

        Grüße
        Timo Brandstätter
    ''')
    offer = pdf_bytes(['Rheinauer Versicherung AG - Angebot Kfz Flex Komfort Nr. KA-26-0117734', '',
                       'Interessentin: Stefanie Lindemeyer, geb. 03.07.1984, Kastanienweg 17, 86399 Bobingen',
                       'Fahrzeug: VW ID.3 Pro, EZ 02/2024, Kennzeichen A-SL 384E',
                       'Haftpflicht SF 14 (35 %)                 218,40 EUR',
                       'Vollkasko SB 300 / TK SB 150, SF 11      394,08 EUR',
                       'Jahresbeitrag inkl. 19 % VersSt          612,48 EUR', '',
                       'Vermittler: FinanzKontor Sued GmbH, VM 418820. Angebot gueltig bis 15.03.2026.'],
                      'Angebot Kfz Flex', date='20260212141500')
    return c.build('2026-02-12 14:22', who('tb'), FKS, 'Angebot Kfz Flex – Lindemeyer, ID.3',
                   mixed(text(body), attach(offer, 'application/pdf', 'Angebot_KfzFlex_Lindemeyer.pdf')),
                   irt='<1a7c3e0b-5d2f@finanzkontor-sued.example>')


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'status of a household burglary claim for a named client; claim and policy numbers, stolen items')
def c_hausrat_einbruch(c):
    body = dedent('''
        Moin Frau Jacobsen,

        zum Einbruch bei Herrn Dr. Frederik Osterkamp (Hausrat HR-4417702,
        Schaden S-2026-031877):

        Die Stehlgutliste ist vollständig, die Polizei hat das
        Ermittlungsverfahren eingestellt (Täter unbekannt). Wir regulieren
        wie folgt:

          Notebook, Uhr, Schmuck (lt. Rechnungen)   7.840,00 EUR
          Wertsachen bar (Obergrenze 1.500 EUR)      1.500,00 EUR
          Reparatur Terrassentür                     1.215,30 EUR
          abzgl. Selbstbeteiligung                    -150,00 EUR
          Zahlung                                   10.405,30 EUR

        Die Zahlung geht in den nächsten Tagen auf das bekannte Konto des
        Kunden. Die Erhöhung der Versicherungssumme, die Sie angesprochen
        haben, können wir gern zum 01.05. vornehmen.

        Viele Grüße
        Henrike Vos
        Schadenservice für Vermittler

        -----Ursprüngliche Nachricht-----
        Von: Birte Jacobsen <b.jacobsen@hanse-assekuranz.example>
        Gesendet: Montag, 13. April 2026 09:02
        An: Schadenservice Makler <schaden-makler@rheinauer-versicherung.example>
        Betreff: Einbruch Osterkamp – Stand?

        Hallo zusammen,
        wie ist denn hier der Stand? Herr Osterkamp ruft jetzt täglich an.
        Die Rechnungen hatte ich am 27.03. hochgeladen.
        Danke und Gruß
        Birte Jacobsen
        Hanse Assekuranzmakler GmbH
    ''')
    return c.build('2026-04-14 11:40', who('hv'), HANSE, 'AW: Einbruch Osterkamp – Stand?', text(body, charset='windows-1252', cte='quoted-printable'),
                   irt='<AM6PR04MB5501.hanse@hanse-assekuranz.example>')


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'grey: motor fleet renewal of a GmbH with the named fleet manager and claims per plate; company policyholder with named contact')
def c_fleet_renewal(c):
    body = dedent('''
        Dear James,

        Renewal of the motor fleet policy KF-F-0098121 for Carrow Logistics
        Deutschland GmbH (your client's German subsidiary), 1 January 2027.

        Loss experience 2024-2026 (as of 30 Sept): 41 vehicles, 23 claims,
        EUR 118,400 paid and reserved, loss ratio 79 %. Three claims above
        EUR 10,000, all with the same driver pool at the Duisburg depot:

          DU-CL 1207  rear-end collision A3, 14 Feb 2025   EUR 18,900
          DU-CL 1215  loading ramp damage, 2 Sep 2025       EUR 12,300
          DU-CL 1231  side collision, 19 May 2026           EUR 21,750

        Nobody was injured in any of these.

        Our renewal terms: +12 % on the fleet premium, deductible for
        own-damage up to EUR 1,000, and a telematics pilot for the
        Duisburg vehicles. Mr Kai Strothmann (fleet manager) told our
        claims team he would welcome the telematics - could you check with
        him directly?

        Kind regards,
        Sven Mertens
    ''')
    return c.build('2026-10-07 09:58', who('sm'), BLACKWOOD, 'Renewal 2027 - motor fleet Carrow Logistics Deutschland GmbH',
                   text(body), cc=[who('po')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'commission statement for a sole-trader broker: his income, his IBAN and named clients with motor/property contracts (CSV)')
def c_courtage_reuter(c):
    ib = iban_de(48050161, 66104233)
    body = dedent(f'''
        Hallo Herr Reuter,

        anbei Ihre Courtageabrechnung für März 2026 als CSV für Ihre
        Buchhaltung. Die Zahlung über 3.412,87 EUR ist heute an Ihr Konto
        {ib} angewiesen.

        Die Stornobelastung für den Kfz-Vertrag Wessel ergibt sich aus der
        Kündigung zum 28.02. (Fahrzeugverkauf).

        Gruß aus Mannheim
        Kerem Aydın
    ''')
    rows = [['Vertrag', 'Kunde', 'Sparte', 'Beitrag', 'Satz', 'Courtage EUR'],
            ['KF-2286104', 'Wessel, Jürgen', 'Kfz', '-634,20', '8 %', '-50,74'],
            ['KF-2291733', 'Dahlhaus, Ina', 'Kfz', '512,10', '8 %', '40,97'],
            ['HR-4402285', 'Böckmann, Reinhard', 'Hausrat', '188,40', '20 %', '37,68'],
            ['WG-3310977', 'Böckmann, Reinhard', 'Wohngebäude', '1.244,00', '15 %', '186,60'],
            ['PH-1172049', 'Nolte, Sabine', 'Privathaftpflicht', '79,90', '25 %', '19,98'],
            ['GW-0087312', 'Tischlerei Kampmann e.K.', 'Betriebshaftpflicht', '2.310,00', '15 %', '346,50'],
            ['', '', '', '', 'Summe', '3.412,87']]
    return c.build('2026-04-03 10:15', who('ka'), REUTER, 'Courtageabrechnung 03/2026 – VM 311842',
                   mixed(text(body, cte='8bit'),
                         attach_text(csv_text(rows), 'text/csv', 'Courtage_311842_2026-03.csv', charset='windows-1252',
                                     cte='quoted-printable')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'harmless body; the XLSX lists named clients with motor/property contracts for a portfolio transfer')
def c_bestand_xlsx(c):
    body = dedent('''
        Hallo Herr Özdemir,

        anbei die Liste der Verträge, die wir zum 01.07. auf Sie übertragen.
        Bitte einmal gegenprüfen, ob alles stimmt – drei Vollmachten waren
        nicht lesbar, die stehen in Spalte F.

        Danke!
        Ulrike Sandmann
    ''')
    rows = [['Vertragsnr.', 'Sparte', 'Versicherungsnehmer', 'PLZ/Ort', 'Jahresbeitrag', 'Hinweis'],
            ['KF-2301174', 'Kfz', 'Yıldırım, Serkan', '51065 Köln', 688.2, ''],
            ['KF-2301180', 'Kfz', 'Yıldırım, Aylin', '51065 Köln', 402.9, ''],
            ['HR-4420931', 'Hausrat', 'Becker, Tanja', '50823 Köln', 161.0, ''],
            ['PH-1180077', 'Privathaftpflicht', 'Becker, Tanja', '50823 Köln', 72.5, ''],
            ['WG-3318820', 'Wohngebäude', 'Kaya, Mehmet und Elif', '51147 Köln', 1480.0, 'Vollmacht unleserlich'],
            ['RS-0554102', 'Rechtsschutz', 'Schröder, Dominik', '50733 Köln', 289.0, ''],
            ['GL-0077215', 'Glas', 'Schröder, Dominik', '50733 Köln', 48.0, 'Vollmacht unleserlich'],
            ['KF-2301299', 'Kfz', 'Aydemir Trockenbau GmbH', '51103 Köln', 2310.0, 'Vollmacht unleserlich']]
    return c.build('2026-06-17 15:05', who('us'), OEZ, 'Bestandsübertragung zum 01.07. – Liste zur Prüfung',
                   mixed(text(body, cte='8bit'), attach(xlsx_bytes([('Übertragung 07-2026', rows)], author='U. Sandmann'), CT_XLSX,
                                                         'Bestandsuebertragung_Oezdemir_2026-07.xlsx')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'household contents policy issued for a named expat client with address and sum insured')
def c_household_expat(c):
    body = dedent('''
        Hi Tom,

        Good news - the household contents policy for Ms Hannah Okonkwo-Reid
        is issued:

          Policy HR-4431507, start 1 August 2026
          Insured address: Wühlischstraße 22, 3rd floor right, 10245 Berlin
          Sum insured EUR 65,000 (living space 81 m2, underinsurance waiver)
          Bicycle theft add-on EUR 2,000 (her road bike)
          Annual premium EUR 142.60

        The policy documents are in your broker post, English convenience
        translation included. Could you remind her to send us the serial
        number of the bike? Without it the bicycle add-on has a EUR 500
        sub-limit.

        Best,
        Timo
    ''')
    summary = dedent('''
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Policy summary HR-4431507</title></head>
        <body><h1>Household contents - policy summary</h1>
        <table border="1" cellpadding="3">
        <tr><td>Policyholder</td><td>Hannah Okonkwo-Reid</td></tr>
        <tr><td>Insured address</td><td>Wühlischstraße 22, 10245 Berlin</td></tr>
        <tr><td>Policy number</td><td>HR-4431507</td></tr>
        <tr><td>Start</td><td>01/08/2026</td></tr>
        <tr><td>Sum insured</td><td>EUR 65,000</td></tr>
        <tr><td>Bicycle add-on</td><td>EUR 2,000</td></tr>
        <tr><td>Annual premium</td><td>EUR 142.60</td></tr>
        </table><p>Convenience summary. The German policy schedule is binding.</p></body></html>
    ''')
    return c.build('2026-07-28 16:41', who('tb'), EXPAT2, 'Household policy issued - Okonkwo-Reid',
                   mixed(text(body), html(summary, filename='policy_summary_HR-4431507.html')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'building insurance application follow-up for a named farmer: insured address, previous claims')
def c_wohngebaeude_rueckfrage(c):
    body = dedent('''
        Grüß Gott Herr Brunner,

        zum Antrag Wohngebäude für Herrn Alois Huber-Stadler, Hofstelle
        Oberwöhr 3, 83122 Samerberg, noch drei Rückfragen, bevor wir
        policieren können:

        1. Das Wohnhaus ist laut Antrag Baujahr 1911, die Elektrik wurde
           „teilweise erneuert“. Wann und welcher Teil?
        2. Der angebaute Stadel wird noch landwirtschaftlich genutzt (Heu)?
           Dann gehört er in die landwirtschaftliche Gebäudeversicherung,
           nicht in die Wohngebäude.
        3. Beim Vorversicherer gab es 2023 einen Sturmschaden (12.400 EUR).
           Gab es seitdem Schäden?

        Beitrag nach heutigem Stand: 1.312 EUR p. a. inkl. Elementar
        (ZÜRS-Zone 1), SB 500 EUR.

        Beste Grüße
        Moritz Weidenfeller
    ''')
    return c.build('2026-03-30 11:17', who('mw'), BRUNNER, 'Antrag Wohngebäude Huber-Stadler – Rückfragen', text(body, cte='quoted-printable'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'legal-expenses cover confirmation for a named client\'s tenancy dispute')
def c_rechtsschutz_miete(c):
    body = dedent('''
        Hallo Frau Kaminski,

        für Ihre Kundin Frau Monika Szymańska (Rechtsschutz RS-0561873,
        Privat/Wohnen) erteilen wir Deckungszusage für die
        außergerichtliche und erstinstanzliche Interessenwahrnehmung im
        Streit mit ihrem Vermieter über die Nebenkostenabrechnungen 2023
        und 2024 (Nachforderung 2.874,16 EUR).

        Anwältin laut Kundin: RAin Dr. Lea Brockhoff, Dortmund.
        Selbstbeteiligung 250 EUR. Schadennummer RS-S-2026-004412.

        Die Kundin hat die Zusage parallel per Post bekommen.

        Viele Grüße
        Henrike Vos
    ''')
    return c.build('2026-05-05 09:44', who('hv'), KAMINSKI, 'Deckungszusage RS – Szymańska / Nebenkosten', text(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'private liability claim: named client\'s dog damaged the neighbour\'s fence, nobody hurt')
def c_phv_dog_fence(c):
    body = dedent('''
        Hi Henrik,

        Thanks for the photos. For Mr Lars-Erik Sandvik (dog owner's
        liability PH-H-0031822, claim S-2026-077310): the neighbour's
        quote for the fence (EUR 1,860) is fine, we pay the current value
        of EUR 1,320 directly to the neighbour, Mr Dieter Pahlke,
        Eppendorfer Stieg 4, 20251 Hamburg. The wooden fence was 14 years
        old, hence the deduction.

        Nobody was hurt and the neighbour's cat is, as far as we know, fine.

        The deductible of EUR 150 will be charged to your client with the
        next premium invoice.

        Henrike
    ''')
    return c.build('2026-09-24 14:08', who('hv'), NORDIC, 'RE: Fence claim Sandvik', text(body, charset='us-ascii', cte='7bit'),
                   irt='<7e21a4c9-f0b3@lindqvistberg.example>')


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'motor application for a client moving from NL: date of birth, new address, Dutch no-claims years (ODT)')
def c_motor_nl(c):
    body = dedent('''
        Dear Sanne,

        Thanks for the Dutch no-claims statement. Summary attached as an
        ODT as you asked (your system doesn't take Word files). Please check
        the date of birth - the statement says 14 March 1979, your form
        said 1978.

        Once confirmed, we can issue the eVB (electronic confirmation of
        insurance) so he can register the car in Aachen.

        Timo
    ''')
    odt = odt_bytes(['Motor application summary - Kfz Flex',
                     'Applicant: Mr Joris van Dijk-Hoekstra',
                     'Date of birth: 14 March 1979 (per Dutch no-claims statement)',
                     'New address: Lousbergstraße 41, 52072 Aachen (from 1 May 2026)',
                     'Vehicle: Volvo XC40 Recharge, first registration 05/2023',
                     'Dutch no-claims: 11 claim-free years (trede 14) -> SF 11 liability / SF 9 comprehensive',
                     'Previous insurer: Rijnland Verzekeringen N.V., policy 77-410-9921',
                     'Annual premium (comprehensive, deductible 300): EUR 874.10'],
                    title='Motor application van Dijk-Hoekstra', author='T. Brandstaetter', created='2026-04-16T09:00:00')
    return c.build('2026-04-16 09:31', who('tb'), VDM, 'Motor - van Dijk-Hoekstra - please check date of birth',
                   mixed(text(body, charset='us-ascii', cte='7bit'), attach(odt, CT_ODT, 'motor_vanDijk-Hoekstra.odt')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer', 'premium arrears notice on a motor policy to the customer, returned direct debit with IBAN, broker in copy')
def c_kfz_rueckstand(c):
    ib = iban_de(72050000, 240118734)
    body = dedent(f'''
        Sehr geehrter Herr Kessler,

        die Lastschrift für Ihren Kfz-Beitrag (Vertrag KF-2277410,
        Kennzeichen AIC-RK 771) vom 01.03.2026 über 318,45 EUR wurde von
        Ihrer Bank zurückgegeben (Rückgabegrund: Konto erloschen).

        Hinterlegt ist bei uns: {ib}

        Bitte überweisen Sie den Betrag zuzüglich 3,00 EUR Rücklastschrift-
        gebühr innerhalb von zwei Wochen oder teilen Sie uns eine neue
        Bankverbindung mit. Ohne Zahlung sind wir nach § 38 VVG leistungsfrei
        – in der Kfz-Haftpflicht besteht der Schutz für Dritte weiter, Sie
        müssten uns aber Zahlungen an Geschädigte erstatten.

        Ihr Versicherungsvermittler, die FinanzKontor Süd GmbH, erhält eine
        Kopie dieses Schreibens.

        Mit freundlichen Grüßen
        Rheinauer Versicherung AG
        Beitragsservice Kfz
    ''') + FOOTER_DE
    return c.build('2026-03-12 08:05', box('beitragsservice', 'Rheinauer Beitragsservice'), ('Rainer Kessler', 'r.kessler@posteo-mail.example'),
                   'Ihr Kfz-Vertrag KF-2277410: Rücklastschrift', text(body), cc=[FKS])


@mail('CONFIDENTIAL', 'mixed', 'insurer-to-broker', 'new IBAN of a named client only in the quoted English client mail; German reply to the broker')
def c_sepa_quoted(c):
    ib = iban_de(20050550, 1362047719)
    body = dedent(f'''
        Hallo Frau Jacobsen,

        danke für die Weiterleitung. Das neue SEPA-Mandat haben wir für
        alle drei Verträge hinterlegt, ab der Juli-Abbuchung wird das neue
        Konto belastet. Ein unterschriebenes Mandat brauchen wir nicht, die
        Mail des Kunden reicht uns als Textform.

        Viele Grüße
        Timo Brandstätter

        -----Ursprüngliche Nachricht-----
        Von: Birte Jacobsen
        Gesendet: Dienstag, 16. Juni 2026 17:20
        An: Maklerservice
        Betreff: WG: New bank account

        Bitte für alle Verträge von Herrn Whitfield ändern, danke! BJ

        From: Oliver Whitfield <o.whitfield@mailbox-hh.example>
        Sent: Tuesday, 16 June 2026 16:58
        To: Birte Jacobsen
        Subject: New bank account

        Hi Birte,
        I've moved my accounts to a new bank. Please use the new
        account for the car, household and liability policies from July:
        {ib}, account holder Oliver J. Whitfield.
        Cheers, Oliver
    ''')
    return c.build('2026-06-17 09:12', who('tb'), HANSE, 'AW: WG: New bank account', text(body, flowed=True, cte='8bit'),
                   irt='<AM6PR04MB7712.hanse@hanse-assekuranz.example>')


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'grey: commission statement of a sole-trader broker with her own IBAN; only property/motor clients listed (PDF)')
def c_commission_liffey(c):
    ib = iban_any('IE', 'LFFY' + '931152' + '20417736')
    body = dedent('''
        Hi Aoife,

        Your commission statement for Q2 is attached. Payment of EUR
        2,118.40 goes out on Friday to your business account ending 7736.

        One correction: the household policy for the Murphy family was
        booked twice in April; the reversal is in the June line.

        Kerem
    ''')
    lines = ['Rheinauer Versicherung AG - Commission statement Q2/2026',
             'Partner: Aoife Brennan t/a Liffey Brokers, Dublin (sole trader), partner no. 508814',
             'Payment account: ' + ib, '',
             'Policy        Client                 Line         Premium EUR   Comm. EUR',
             'HR-4425110    Murphy, Ciaran          Household        212.00       42.40',
             'HR-4425110    Murphy, Ciaran          Household       -212.00      -42.40',
             'KF-2299401    O\'Sullivan, Niamh      Motor            904.30       72.34',
             'PH-1181233    Byrne, Declan           Liability         84.90       21.23',
             'KF-F-0101220  Emerald Foods GmbH      Motor fleet    19,880.00    1,590.40',
             'WG-3320015    Kavanagh, Siobhan       Buildings      2,915.00      437.25',
             '', 'Total commission Q2/2026:                                     2,118.40 EUR',
             'Income tax note: commission is paid gross; you are responsible for your own tax returns.']
    return c.build('2026-07-06 12:02', who('ka'), LIFFEY, 'Commission statement Q2/2026',
                   mixed(text(body, charset='us-ascii', cte='7bit'),
                         attach(pdf_bytes(lines, 'Commission statement Q2 2026', date='20260706110000'), 'application/pdf',
                                'commission_508814_Q2-2026.pdf')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'rent deposit guarantee: named client\'s net income and employer')
def c_mietkaution(c):
    body = dedent('''
        Hallo Frau Wolff,

        zur Mietkautionsbürgschaft für Herrn Jonas Falkenhagen (Antrag
        A26-088314, über Ihren Untervermittler Agentur Lorenz):

        Die Bürgschaft über 3.600 EUR (3 Nettokaltmieten) können wir
        übernehmen. Grundlage: Nettoeinkommen laut Gehaltsnachweisen
        2.940 EUR monatlich (Arbeitgeber: Stadtwerke Leipzig-Nord GmbH,
        unbefristet seit 2021), keine negativen Auskunfteimerkmale.

        Jahresprämie 4,5 % = 162 EUR. Die Bürgschaftsurkunde geht direkt an
        den Vermieter (Wohnbau Connewitz eG), sobald der Kunde die erste
        Prämie gezahlt hat.

        Gruß
        Timo Brandstätter
    ''')
    return c.build('2026-08-11 13:50', who('tb'), VPLUS_DW, 'Mietkautionsbürgschaft Falkenhagen – Annahme', text(body, cte='quoted-printable'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'commercial liability for a sole-trader painter: name, address, turnover, staff (ODT)')
def c_betriebshaftpflicht(c):
    body = dedent('''
        Servus Herr Brunner,

        anbei die Risikoerfassung für den Malerbetrieb Ihres Kunden zur
        Kontrolle, bevor ich das Angebot rechne. Mir fehlt noch, ob er
        Fassadenarbeiten mit Gerüst über 20 m macht.

        Beste Grüße
        Moritz Weidenfeller
    ''')
    odt = odt_bytes(['Risikoerfassung Betriebshaftpflicht',
                     'Betrieb: Malermeister Korbinian Lechner (Einzelunternehmen)',
                     'Anschrift: Am Kirchanger 6, 83101 Rohrdorf',
                     'Jahresumsatz 2025: 486.000 EUR, davon Fremdleistungen 38.000 EUR',
                     'Beschäftigte: 4 Gesellen, 1 Auszubildender, Ehefrau im Büro (Minijob)',
                     'Tätigkeiten: Innenanstrich, Fassaden, Bodenbeläge, Wärmedämmverbund',
                     'Vorversicherung: seit 2014, 2 Schäden (Farbspritzer Pkw 2022: 1.150 EUR; Parkett 2024: 4.300 EUR)',
                     'Gewünschte Deckung: 5 Mio. EUR pauschal, Bearbeitungsschäden 250.000 EUR'],
                    title='Risikoerfassung Lechner', author='M. Weidenfeller', created='2026-02-25T10:12:00')
    return c.build('2026-02-25 10:20', who('mw'), BRUNNER, 'Betriebshaftpflicht Lechner – Risikoerfassung',
                   mixed(text(body), attach(odt, CT_ODT, 'Risikoerfassung_BHV_Lechner.odt')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'grey: cargo claim of a GmbH with the named logistics contact and claim amount')
def c_cargo_claim(c):
    body = dedent('''
        Hi Priya,

        Cargo claim C-2026-00481 under the open cover of Brenner Feinkost
        Import GmbH: 14 pallets of olive oil, Livorno to Mannheim,
        temperature damage after a reefer failure on the ferry.

        Surveyor's report received. We accept the claim at EUR 38,214
        (invoice value plus 10 %) less the deductible of EUR 2,500. We are
        pursuing recovery against the carrier.

        Your client's contact, Ms Giulia Ferraro-Weiß (head of logistics),
        asked for payment to the company's usual account - we have that on
        file, no need to resend.

        Patrick
    ''')
    return c.build('2026-05-21 11:15', who('po'), BLACKWOOD2, 'Claim C-2026-00481 Brenner Feinkost - settlement', text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'motor claim rear-end collision: named client, plate, claim number; explicitly nobody injured')
def c_kfz_auffahrunfall(c):
    body = dedent('''
        Hallo Herr Özdemir,

        kurz zum Schaden Ihres Kunden Herrn Burak Şahin (KF-2301455,
        K-BS 2290, Schaden S-2026-052771):

        Der Unfallgegner hat die Schuld anerkannt, Ihr Kunde ist an der
        Ampel Aachener Straße von hinten angefahren worden. Verletzt wurde
        niemand. Den Fahrzeugschaden (Gutachten 6.480 EUR) reguliert die
        gegnerische Versicherung; wir haben die Akte dorthin abgegeben.

        Für Ihren Kunden bedeutet das: keine Rückstufung, keine
        Selbstbeteiligung. Mietwagen bitte direkt mit der Gegenseite
        abrechnen (Schadennummer dort: 24-KH-771120).

        Grüße
        Henrike Vos
    ''')
    return c.build('2026-06-03 15:27', who('hv'), OEZ, 'Schaden Şahin – Haftung geklärt', text(body, cte='8bit'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'eVB for a named client with date of birth and vehicle data')
def c_evb(c):
    body = dedent('''
        Hallo Frau Kaminski,

        hier die eVB für Ihren Kunden:

          eVB-Nummer: R7K4QZ2
          Halter: Dariusz Wróbel, geb. 22/06/1991
          Anschrift: Bornstraße 118, 44145 Dortmund
          Fahrzeug: Skoda Octavia Combi, FIN TMBJJ7NX3PY041187
          gültig bis: 19.07.2026

        Der Antrag Kfz Flex kommt per Post/Portal zur Unterschirft.

        LG
        Timo
    ''')
    return c.build('2026-06-19 10:03', who('tb'), KAMINSKI, 'eVB Wróbel', text(body, cte='quoted-printable'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'change of broker for a named client; mandate attached as PDF with address and contract numbers')
def c_maklerwechsel(c):
    body = dedent('''
        Hallo Herr Rieck,

        die Vollmacht von Frau Katharina Vogelsang-Amrhein liegt uns vor
        (Anlage). Wir übertragen Hausrat HR-4398821 und Glas GL-0074490
        zum 01.10. auf Sie. Der bisherige Vermittler ist informiert.

        Bitte beachten: der Wohngebäudevertrag der Kundin läuft über ihren
        Ehemann als Versicherungsnehmer und ist von der Vollmacht nicht
        umfasst.

        Viele Grüße
        Ulrike Sandmann
    ''')
    lines = ['MAKLERVOLLMACHT', '',
             'Ich, Katharina Vogelsang-Amrhein, Heilwigstrasse 58, 20249 Hamburg,',
             'bevollmaechtige die Hanse Assekuranzmakler GmbH, Hamburg,',
             'mich in allen Versicherungsangelegenheiten zu vertreten.', '',
             'Vertraege: Hausrat HR-4398821, Glas GL-0074490 (Rheinauer Versicherung AG)', '',
             'Hamburg, 02.09.2026        gez. K. Vogelsang-Amrhein']
    return c.build('2026-09-08 14:44', who('us'), HANSE2, 'Maklerwechsel Vogelsang-Amrhein zum 01.10.',
                   mixed(text(body), attach(pdf_bytes(lines, 'Maklervollmacht', compress=True, date='20260908140000'),
                                            'application/pdf', 'Vollmacht_Vogelsang-Amrhein.pdf')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'grey: travel cancellation because of job loss for a named couple, no health content')
def c_travel_jobloss(c):
    body = dedent('''
        Hi Sarah,

        Travel cancellation claim for Mr and Mrs Kowalski-Brandt (policy
        RR-0412280, claim S-2026-090118): the employer's termination
        letter dated 28 August confirms Mr Kowalski-Brandt's unexpected
        redundancy, which is an insured event under section 2.4.

        We reimburse the cancellation fees of EUR 3,420 (Crete, two
        persons, 12 days) less 20 % deductible = EUR 2,736 to the account
        given in the claim form.

        No further documents needed.

        Henrike
    ''')
    return c.build('2026-09-10 10:51', who('hv'), EXPAT, 'Cancellation claim Kowalski-Brandt - approved', text(body, charset='us-ascii', cte='7bit'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'grey: pet surgery insurance, a named client\'s dog needs cruciate-ligament surgery; animal health only (trap: surgery/physiotherapy words)')
def c_tier_op(c):
    body = dedent('''
        Hallo Herr Reuter,

        zur Tier-OP-Versicherung Ihrer Kundin Frau Henrike Sasse (TK-0031877,
        Hund „Balu“, Labrador, 6 Jahre):

        Die Kostenübernahme für die Kreuzband-OP (TPLO) nach dem
        Kostenvoranschlag der Tierklinik Bielefeld-Heepen über 3.890 EUR
        ist erteilt. Wir erstatten nach GOT bis zum 3-fachen Satz, also
        voraussichtlich 3.410 EUR; die Nachsorge (Physiotherapie für den
        Hund) ist bis 500 EUR mitversichert.

        Die Wartezeit ist abgelaufen, eine Vorerkrankung am Knie ist nicht
        bekannt.

        Viele Grüße
        Henrike Vos
    ''')
    return c.build('2026-04-22 16:06', who('hv'), REUTER, 'Kostenzusage Tier-OP Sasse / Balu', text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'overvoltage damage to a named private client\'s photovoltaic system; expert report attached (PDF)')
def c_pv_schaden(c):
    body = dedent('''
        Hallo Herr Huber,

        anbei das Gutachten zum Überspannungsschaden an der PV-Anlage von
        Herrn und Frau Grasegger (Elektronikversicherung EL-0009314). Der
        Gutachter bestätigt Blitz-Überspannung am 07.07.; Wechselrichter und
        zwei Stränge Module müssen ersetzt werden.

        Wir zahlen den Neuwert abzüglich Abzug neu für alt beim
        Wechselrichter (8 Jahre), zusammen 6.912,40 EUR. Die Abrechnung
        geht an die Kunden.

        Gruß
        Henrike Vos
    ''')
    lines = ['Sachverstaendigenbuero Eder & Kollegen - Kurzgutachten Nr. 2026-0718',
             'Auftraggeber: Rheinauer Versicherung AG, Schaden S-2026-061204',
             'Versicherungsnehmer: Xaver und Theresia Grasegger, Lechfeldstrasse 9, 86830 Schwabmuenchen',
             'Anlage: 9,8 kWp, Baujahr 2018, Wechselrichter 10 kW', '',
             'Befund: Ueberspannungsschaeden an Wechselrichter (Totalausfall) und Modulstraengen 2 und 3.',
             'Ursache: Blitzeinschlag in ca. 150 m Entfernung am 07.07.2026, 16:42 Uhr (Blitzortung bestaetigt).',
             'Kosten: Wechselrichter 3.180,00 EUR, 12 Module 2.640,00 EUR, Montage 1.720,00 EUR.',
             'Abzug neu fuer alt Wechselrichter (8 Jahre): 627,60 EUR', 'Entschaedigung: 6.912,40 EUR']
    return c.build('2026-07-30 09:35', who('hv'), FKS, 'Gutachten PV-Schaden Grasegger',
                   mixed(text(body, cte='8bit'), attach(pdf_bytes(lines, 'Kurzgutachten 2026-0718', date='20260729180000'),
                                                         'application/pdf', 'Gutachten_PV_Grasegger.pdf')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'flood damage to a named client\'s house: address and claim details, HTML only with a table')
def c_elementar_html(c):
    h = dedent('''
        <html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
        <p>Grüß Gott Herr Brunner,</p>
        <p>zum Hochwasserschaden bei Ihren Kunden <b>Familie Stadlbauer</b>, Innstraße 44, 83022 Rosenheim
        (Wohngebäude WG-3291140 mit Elementar, Schaden S-2026-044190), hier der Zwischenstand:</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#e8eef4"><th>Position</th><th>Betrag</th><th>Status</th></tr>
        <tr><td>Trocknung Keller (Firma Aquadry)</td><td>4.860,00 EUR</td><td>bezahlt</td></tr>
        <tr><td>Heizungsanlage Ersatz</td><td>14.200,00 EUR</td><td>Angebot liegt vor, Freigabe erteilt</td></tr>
        <tr><td>Estrich/Fliesen Keller</td><td>9.750,00 EUR</td><td>Gutachter 12.06.</td></tr>
        <tr><td>Selbstbeteiligung Elementar</td><td>-1.000,00 EUR</td><td></td></tr>
        </table>
        <p>Eine Abschlagszahlung über 10.000 EUR ist an die Kunden angewiesen. Die Hausratschäden im Keller laufen über den
        Hausratvertrag beim Fremdversicherer.</p>
        <p>Beste Grüße<br>Moritz Weidenfeller<br>Maklerbetreuung Region Süd</p>
        </body></html>
    ''')
    return c.build('2026-06-08 12:20', who('mw'), BRUNNER, 'Hochwasser Stadlbauer – Zwischenstand', html(h),
                   cc=[box('schaden-makler', 'Schadenservice Makler')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'homeowner application of a named client: date of birth, address, previous insurer and claims')
def c_homeowner_application(c):
    body = dedent('''
        Hi Henrik,

        Two things missing on the buildings application for Mrs Ingrid
        Holmqvist (born 1968-11-02), Elbchaussee-Nebenweg 12, 22609 Hamburg:

        1. The previous insurer's policy number and reason for leaving
           (the form says "cancelled" - by whom?).
        2. The water damage in 2024 you mentioned: amount and whether the
           pipe was replaced.

        Without those I can't release the quote. Everything else is fine:
        construction 1987, 164 m2, solid roof, no thatch.

        Thanks,
        Timo
    ''')
    return c.build('2026-10-21 11:49', who('tb'), NORDIC, 'Buildings application Holmqvist - 2 open points', text(body, charset='utf-8', cte='7bit'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'pool asks for a sub-broker\'s motor portfolio; XLSX with client names, plates and premiums')
def c_pool_bestandsliste(c):
    body = dedent('''
        Hallo Frau Wolff,

        wie angefordert die Bestandsliste Kfz für Ihren Untervermittler
        Versicherungsbüro Krämer (VM 900310-071), Stand 30.09.2026. Die
        Liste enthält nur Kfz; Personenversicherungen sind nicht dabei.

        Bitte die Datei nur im Pool verwenden, nicht an Dritte.

        Gruß
        Ulrike Sandmann
    ''')
    rows = [['Vertrag', 'VN', 'Kennzeichen', 'Fahrzeug', 'SF KH', 'Jahresbeitrag', 'HF'],
            ['KF-2265510', 'Krüger, Jens', 'L-JK 4410', 'Opel Astra', 'SF 18', 421.4, '01.01.'],
            ['KF-2265548', 'Neumann, Petra', 'L-PN 88', 'Toyota Yaris Hybrid', 'SF 25', 318.9, '01.01.'],
            ['KF-2266001', 'Weigel, Marco', 'GRM-MW 911', 'BMW 320d', 'SF 7', 1102.5, '01.04.'],
            ['KF-2266037', 'Schmiedel, Anja', 'L-AS 2204', 'VW Polo', 'SF 3', 889.0, '01.01.'],
            ['KF-2266112', 'Pohl Haustechnik GmbH', 'L-PH 300', 'Ford Transit', 'SF 12', 1544.2, '01.07.']]
    return c.build('2026-10-02 08:57', who('us'), VPLUS_DW, 'Bestandsliste Kfz VM 900310-071',
                   mixed(text(body), attach(xlsx_bytes([('Kfz', rows)]), CT_XLSX, 'Bestand_Kfz_900310-071_2026-09-30.xlsx')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'e-bike theft claim for a named expat client with policy, frame number and payout')
def c_ebike_theft(c):
    body = dedent('''
        Hi Tom,

        The e-bike theft for Mr Rafael Monteiro (household HR-4429974,
        bicycle add-on, claim S-2026-081356) is settled:

          Velaro Trekking E8 e-bike, frame no. WCB2231088K, bought 04/2025
          Purchase price EUR 3,499 - replacement value EUR 3,149
          (10 % for one year of use)

        He had locked it to a bike stand in front of his building in
        Friedrichshain at night, which is covered under the add-on (no
        "night-time clause" in our 2026 wording).

        Payment goes to him directly this week.

        Henrike
    ''')
    return c.build('2026-10-13 15:14', who('hv'), EXPAT2, 'Settled: e-bike theft Monteiro', text(body))


@mail('CONFIDENTIAL', 'mixed', 'insurer-to-broker', 'yacht hull insurance for a named Austrian client, English/German, value and mooring')
def c_yacht(c):
    body = dedent('''
        Lieber Herr Mag. Pichler,

        danke für die Unterlagen zur Segelyacht Ihres Kunden. Zusammengefasst
        für die Police / summary for the English-speaking co-owner:

          Owner / Eigner: Dr. Maximilian Aigner-Rosen and Ms Claire Rosen
          Yacht: Bavaria C42, built 2021, hull no. BAV42C0291
          Mooring / Liegeplatz: Yachthafen Lindau, Bodensee
          Agreed value / Taxwert: EUR 318,000
          Navigation area: Lake Constance + Mediterranean (Croatia) May–Sept
          Liability: EUR 10m; Kasko deductible EUR 2,500
          Premium / Prämie: EUR 3,120 p. a.

        Bitte beachten: für die Überführung nach Kroatien im Mai brauchen
        wir die Route und den Skipper (Befähigungsnachweis).

        Herzliche Grüße
        Patrick O'Donnell
    ''')
    return c.build('2026-03-19 17:30', who('po'), ALPEN, 'Yacht Bavaria C42 – Aigner-Rosen / agreed value', text(body, cte='quoted-printable'))


@mail('CONFIDENTIAL', 'de', 'broker', 'internal forward of a broker\'s mail: named client cancels his car insurance after selling the car')
def c_kuendigung_fwd(c):
    body = dedent('''
        Hallo Henrike,

        kannst du das bitte übernehmen? Ist eigentlich Bestandsverwaltung,
        aber Frau Kaminski fragt auch nach dem offnen Schaden.

        Danke, Timo

        -----Ursprüngliche Nachricht-----
        Von: Petra Kaminski <p.kaminski@kaminski-agentur.example>
        Gesendet: Mittwoch, 14. Oktober 2026 08:47
        An: Maklerservice <maklerservice@rheinauer-versicherung.example>
        Betreff: Kündigung Kfz Pawlak

        Guten Morgen,

        mein Kunde Herr Grzegorz Pawlak (KF-2279341, DO-GP 512) hat seinen
        Wagen am 10.10. verkauft, Kaufvertrag anbei. Bitte den Vertrag zum
        Verkaufstag aufheben und den Restbeitrag erstatten.

        Wie ist der Stand beim Parkschaden vom August (S-2026-070215)?
        Der Käufer fragt, ob die Delle an der Heckklappe noch bezahlt wird.

        Viele Grüße
        Petra Kaminski
        Agentur Kaminski – Versicherungen & Finanzen
    ''')
    return c.build('2026-10-14 09:20', who('tb'), who('hv'), 'WG: Kündigung Kfz Pawlak', text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'grey: water damage in a dentist\'s practice, the dentist is named as policyholder; no patient data (trap: treatment-room/X-ray/patient-file words)')
def c_praxis_wasserschaden(c):
    body = dedent('''
        Hallo Herr Özdemir,

        zum Leitungswasserschaden in der Zahnarztpraxis Ihrer Kundin Dr.
        med. dent. Elif Arıkan (Praxisinhaltsversicherung IN-0044781,
        Venloer Straße 310, 50823 Köln):

        Betroffen sind Behandlungszimmer 2 (Behandlungseinheit,
        Röntgengerät) und das Steri-Labor. Der Techniker des Herstellers
        hält die Behandlungseinheit für reparabel (ca. 11.500 EUR), das
        Röntgengerät muss getauscht werden (Angebot 28.900 EUR).

        Ertragsausfall: die Praxis läuft mit einem Behandlungszimmer
        weiter; bitte lassen Sie sich von der Kundin die Umsätze der
        letzten 12 Monate (BWA) geben, dann rechnen wir die
        Betriebsunterbrechung ab.

        Patientenakten sind laut Kundin nicht betroffen (digital, Server im
        Keller trocken).

        Viele Grüße
        Henrike Vos
    ''')
    return c.build('2026-02-18 13:02', who('hv'), OEZ, 'Leitungswasser Praxis Dr. Arıkan – nächste Schritte', text(body, cte='8bit'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'grey: onboarding of a sole-trader multi-tied agent; his date of birth, tax ID and private IBAN in a DOCX form')
def c_agent_onboarding(c):
    ib = iban_de(37040044, 2078113400)
    body = dedent('''
        Dear Mr Nowak,

        Welcome on board as a multi-tied agent for Rheinauer. Attached is
        the partner data sheet we prepared from your documents - please
        check it carefully and sign page 2. As you work as a sole trader,
        commission is paid to your personal account and reported to the tax
        office under your tax ID.

        Once signed, your agent number becomes active within two days.

        Kind regards,
        Ulrike Sandmann
    ''')
    doc = docx_bytes(['**Partner data sheet - multi-tied agent (Mehrfachagent)',
                      [['Field', 'Value'], ['Name', 'Marek Nowak'], ['Trading as', 'Nowak Versicherungsagentur'],
                       ['Date of birth', '09.12.1986'], ['Address', 'Gießhübelstraße 3, 50939 Köln'],
                       ['Register no. (§ 34d)', 'D-7Q4T-HZ81M-22'], ['Tax ID', '57 081 334 926'],
                       ['VAT', 'exempt (§ 4 Nr. 11 UStG)'], ['Commission account', ib],
                       ['Agent number', '718204 (pending)']],
                      'Signature: ______________________   Date: __________'],
                     title='Partner data sheet Nowak', author='U. Sandmann', created='2026-05-13T09:00:00Z')
    return c.build('2026-05-13 09:24', who('us'), ('Marek Nowak', 'marek.nowak@nowak-agentur.example'), 'Your partner data sheet - please check and sign',
                   mixed(text(body, charset='us-ascii', cte='7bit'), attach(doc, CT_DOCX, 'partner_data_sheet_Nowak.docx')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'household premium reminder for a named client with amount and policy number')
def c_household_reminder(c):
    body = dedent('''
        Hi Aoife,

        Heads-up before the formal reminder goes out: the annual household
        premium for your client Mr Padraig Doyle (HR-4426018, insured
        address Schwanthalerstraße 7, 60594 Frankfurt) is overdue since
        1 August - EUR 188.20. Two payment reminders went to his German
        address without response.

        If you can reach him, a transfer by 15 September avoids the
        suspension of cover. He may have moved back to Ireland?

        Best,
        Timo
    ''')
    return c.build('2026-09-02 12:55', who('tb'), LIFFEY, 'Overdue household premium - Doyle', text(body, charset='iso-8859-1', cte='quoted-printable'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'dog-owner liability application: named client, date of birth, dog breed and chip number')
def c_hundehalter(c):
    body = dedent('''
        Hallo Herr Reuter,

        zum Antrag Hundehalterhaftpflicht für Herrn Volker Dreesmann, geb.
        1963-05-27: bitte noch die Chipnummer des Hundes nachreichen, im
        Antrag steht nur "Schäferhund-Mix, 3 J.". Außerdem: ist der Hund
        schon einmal auffällig geworden (Beißvorfall, Wesenstest)? Die Frage
        ist im Antrag nicht angekreuzt.

        Beitrag: 68,40 EUR p. a., Deckung 10 Mio. EUR, ohne SB.

        Gruß
        Timo
    ''')
    return c.build('2026-01-29 16:16', who('tb'), REUTER, 'Antrag HHV Dreesmann – Chipnummer fehlt', text(body, charset='iso-8859-1', cte='8bit'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'grey: D&O notification naming the managing director of a GmbH and the allegations against him')
def c_do_circumstance(c):
    body = dedent('''
        Dear James,

        We acknowledge the notification of circumstances under the D&O
        policy DO-0007741 of Halden Maschinenbau GmbH.

        As we understand it, the insolvency administrator of a former
        subsidiary is considering claims against the managing director,
        Mr Bernhard Halden, for payments made after the subsidiary was
        already insolvent (§ 15b InsO), potentially EUR 1.2m. No claim has
        been made yet.

        We have registered the notification as circumstance M-2026-0112
        and appointed our panel firm in Düsseldorf. Please ask Mr Halden
        not to comment on the allegations to the administrator before
        speaking to them.

        Kind regards,
        Sven Mertens
    ''')
    return c.build('2026-11-11 10:06', who('sm'), BLACKWOOD, 'D&O DO-0007741 Halden - notification acknowledged', text(body),
                   cc=[who('po')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer', 'glass breakage payout to a named customer\'s account (German IBAN), broker in copy')
def c_glass_payout(c):
    ib = iban_de(39050000, 1073822104)
    body = dedent(f'''
        Dear Mr Visser,

        Thank you for reporting the broken patio door (glass policy
        GL-0078113, claim S-2026-065902). We have approved the glazier's
        invoice of EUR 1,486.00 and transferred it today to your account
        {ib}, as requested.

        Your broker, Van der Meulen Assurantiën, receives a copy of this
        e-mail.

        Kind regards,
        Rheinauer Versicherung AG
        Claims Service
    ''') + FOOTER_EN
    return c.build('2026-07-09 14:33', box('schaden', 'Rheinauer Schadenservice'), ('Maarten Visser', 'm.visser@kpn-mail.example'),
                   'Your glass claim S-2026-065902 - payment', text(body, charset='utf-8', cte='quoted-printable'), cc=[VDM])


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'harmless body; the attached PDF is a named client\'s buildings policy schedule with address and premium')
def c_zweitschrift(c):
    body = dedent('''
        Hallo Herr Huber,

        anbei die gewünschte Zweitschrift.

        Grüße
        Maklerservice Komposit
    ''')
    lines = ['Rheinauer Versicherung AG - Versicherungsschein (Zweitschrift)', '',
             'Wohngebaeudeversicherung WG-3287714', 'Versicherungsnehmer: Hildegard und Ewald Pfanzelt',
             'Anschrift: Am Muehlbach 12, 86807 Buchloe', 'Versicherungsort: wie Anschrift',
             'Gebaeude: Einfamilienhaus, Baujahr 1974, Wohnflaeche 148 m2, Massivbau, harte Bedachung',
             'Versicherte Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar',
             'Versicherungssumme: Wert 1914 = 28.600 Mark', 'Selbstbeteiligung: 500 EUR',
             'Jahresbeitrag: 1.098,72 EUR inkl. 19 % VersSt', 'Zahlweise: jaehrlich per SEPA-Lastschrift',
             'Vermittler: FinanzKontor Sued GmbH, VM 418820', '', 'Mannheim, 23.02.2026']
    return c.build('2026-02-23 08:49', box('maklerservice', 'Maklerservice Komposit'), FKS, 'AW: Zweitschrift WG-3287714',
                   mixed(text(body, cte='8bit'),
                         attach(pdf_bytes(lines, 'Versicherungsschein Zweitschrift', date='20260223084500'), 'application/pdf',
                                'Zweitschrift_WG-3287714.pdf')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'sensitive only in the subject: client name and motor policy number; body says almost nothing')
def c_subject_only(c):
    body = 'Hi Sarah,\n\nrenewal terms as discused on the phone - unchanged, no action needed.\n\nTimo\n'
    return c.build('2026-11-30 17:02', who('tb'), EXPAT, 'Renewal motor KF-2303381 - Mr Chinedu Okafor',
                   text(body, charset='us-ascii', cte='7bit'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'forwarded client mail (message/rfc822) about raising the household sum insured after an inheritance, mentions salary')
def c_fwd_hausrat(c):
    inner_body = dedent('''
        Sehr geehrte Damen und Herren,

        nach dem Tod meiner Tante habe ich Möbel, zwei Teppiche und
        Silberbesteck geerbt (Wert laut Nachlassverzeichnis ca. 24.000 EUR).
        Bitte erhöhen Sie meine Hausratversicherung HR-4411208 entsprechend.

        Außerdem bin ich seit 1. März Abteilungsleiterin (Bruttogehalt jetzt
        6.850 EUR) – ist mein Einkommen für die Hausrat relevant?

        Mit freundlichen Grüßen
        Derya Keskin
        Subbelrather Straße 201, 50823 Köln
    ''')
    inner = build_message('2026-03-08 19:41', ('Derya Keskin', 'derya.keskin@web-post.example'),
                          box('kundenservice', 'Rheinauer Kundenservice'), 'Erhöhung Hausrat HR-4411208',
                          text(inner_body, cte='8bit'), mid='<8841a2c7-3f0e-4b91@web-post.example>', bseed='inner-keskin')
    body = dedent('''
        Hallo Herr Özdemir,

        Ihre Kundin hat sich direkt bei uns gemeldet (Mail anbei). Ich habe
        ihr geantwortet, dass das Einkommen keine Rolle spielt, und die
        Versicherungssumme vorläufig um 25.000 EUR erhöht. Können Sie mit ihr
        noch über die Wertsachengrenze sprechen? Silber fällt darunter.

        Viele Grüße
        Timo Brandstätter
    ''')
    return c.build('2026-03-09 10:10', who('tb'), OEZ, 'WG: Erhöhung Hausrat HR-4411208',
                   mixed(text(body), rfc822(inner, 'Erhoehung_Hausrat.eml')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'grey: landlord liability of a named client; the tenant who fell on the ice is not named and no injury details are given')
def c_haus_grund(c):
    body = dedent('''
        Grüß Gott Herr Brunner,

        Ihr Kunde Herr Wendelin Obermaier (Haus- und Grundbesitzerhaftpflicht
        HG-0019277 für das Mehrfamilienhaus Kufsteiner Straße 31, Rosenheim)
        hat uns das Anwaltsschreiben seines Mieters weitergeleitet. Der
        Mieter behauptet, der Gehweg sei am 12.01. nicht gestreut gewesen.

        Wir prüfen die Haftung und haben den Räumdienstvertrag angefordert;
        nach dem Vertrag mit dem Winterdienst Hofer war der Dienstleister
        zuständig. Falls das stimmt, nehmen wir dort Regress.

        Ihr Kunde soll bitte nichts anerkennen und keine Zahlungen leisten.
        Zu den Verletzungen des Mieters liegt uns noch nichts vor.

        Beste Grüße
        Henrike Vos
    ''')
    return c.build('2026-02-03 09:14', who('hv'), BRUNNER, 'HG-0019277 Obermaier – Anspruch Mieter', text(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'ZIP with a burglary claim file: named client, inventory list (CSV) and police reference (TXT)')
def c_zip_burglary(c):
    inv = csv_text([['item', 'bought', 'price_eur', 'receipt'],
                    ['MacBook Pro 14', '2024-11', '2399.00', 'yes'], ['Sony camera A7 IV', '2023-06', '2180.00', 'yes'],
                    ['Gold bracelet (grandmother)', 'inherited', '1400.00', 'valuation'],
                    ['Cash', '-', '350.00', 'no']], ',')
    note = dedent('''
        Claim S-2026-058841 - burglary at the flat of Ms Femke Brouwer, Theaterstraße 60, 52062 Aachen
        Policy HR-4430012 (household), incident 29/05/2026 between 09:00 and 17:30
        Police report: Polizeipräsidium Aachen, Az. 620000-041877-26/9
        Entry: balcony door levered open (ground floor)
    ''')
    z = zip_bytes([('S-2026-058841/inventory.csv', inv), ('S-2026-058841/claim_note.txt', note)])
    body = dedent('''
        Hi Sanne,

        As requested, the claim file for your client Ms Brouwer in one ZIP
        (inventory and our claim note). The inventory is accepted apart
        from the cash, which is limited to EUR 1,500 anyway.

        Henrike
    ''')
    return c.build('2026-06-12 11:11', who('hv'), VDM, 'Claim file S-2026-058841 (Brouwer)',
                   mixed(text(body, charset='us-ascii', cte='7bit'), attach(z, 'application/zip', 'S-2026-058841_Brouwer.zip')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'commission advance and cancellation reserve for a sole-trader agent: her income figures and private IBAN (property lines only)')
def c_provisionsvorschuss(c):
    ib = iban_de(44050199, 912804417)
    body = dedent(f'''
        Hallo Frau Kaminski,

        Ihren Antrag auf Erhöhung des Provisionsvorschusses haben wir
        geprüft. Ihre Provisionseinnahmen bei uns lagen 2025 bei
        41.380 EUR (Vorjahr 36.910 EUR), die Stornoquote in Sach/Kfz bei
        4,1 %. Wir erhöhen den monatlichen Vorschuss ab Mai von 2.000 auf
        2.600 EUR; die Stornoreserve bleibt bei 10 %.

        Ausgezahlt wird weiterhin auf Ihr Konto {ib}.

        Ein neuer Nachtrag zum Agenturvertrag kommt per Post.

        Viele Grüße
        Kerem Aydın
    ''')
    return c.build('2026-04-24 14:47', who('ka'), KAMINSKI, 'Provisionsvorschuss ab Mai', text(body, charset='utf-8', cte='base64'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'employment legal-expenses case: named client\'s dismissal and monthly salary (DOCX summary)')
def c_rs_arbeitsrecht(c):
    body = dedent('''
        Moin Frau Jacobsen,

        Deckungszusage für die Kündigungsschutzklage Ihres Kunden, Details in
        der Anlage. Der Streitwert richtet sich nach drei Bruttomonatsgehältern.

        Viele Grüße
        Henrike Vos
    ''')
    doc = docx_bytes(['**Deckungszusage Rechtsschutz – Arbeitsrecht',
                      'Versicherungsnehmer: Torben Lüdemann, Bramfelder Chaussee 211, 22177 Hamburg',
                      'Vertrag: RS-0549928 (Privat-, Berufs- und Verkehrsrechtsschutz), Schaden RS-S-2026-006120',
                      'Arbeitgeber: Nordelbe Logistik GmbH, betriebsbedingte Kündigung vom 30.03.2026 zum 30.06.2026',
                      'Bruttomonatsgehalt lt. Gehaltsabrechnung: 4.720 EUR; Streitwert 14.160 EUR',
                      'Anwalt: RA Jens-Ole Harms, Hamburg-Wandsbek',
                      'Zusage: Arbeitsgericht 1. Instanz; Selbstbeteiligung 150 EUR'],
                     title='Deckungszusage RS Lüdemann', author='H. Vos', created='2026-04-09T10:00:00Z')
    return c.build('2026-04-09 10:31', who('hv'), HANSE, 'Deckungszusage RS Lüdemann',
                   mixed(text(body, cte='8bit'), attach(doc, CT_DOCX, 'Deckungszusage_RS_Luedemann.docx')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker', 'company fleet driver list with names and dates of birth (XLSX)')
def c_fleet_drivers(c):
    body = dedent('''
        Hi Priya,

        For the fleet renewal we need the driver list confirmed - attached
        what we have on file for Carrow Logistics Deutschland GmbH. Two
        drivers are under 23, which triggers the young-driver loading on
        the vans they use. Please have the fleet manager confirm or
        correct by 15 November.

        Sven
    ''')
    rows = [['Driver', 'Date of birth', 'Licence since', 'Vehicle', 'Claims 3y'],
            ['Tobias Reinke', '1979-02-11', '1997', 'DU-CL 1207', 1],
            ['Ahmet Kılıç', '1990-08-30', '2008', 'DU-CL 1215', 1],
            ['Sandra Vogt', '1985-12-04', '2003', 'DU-CL 1220', 0],
            ['Luca Brandt', '2004-03-17', '2022', 'DU-CL 1231', 1],
            ['Jonas Petersen', '2003-07-09', '2021', 'DU-CL 1240', 0]]
    return c.build('2026-10-29 15:40', who('sm'), BLACKWOOD2, 'Fleet renewal - driver list to confirm',
                   mixed(text(body, charset='us-ascii', cte='7bit'),
                         attach(xlsx_bytes([('Drivers', rows)]), CT_XLSX, 'Carrow_DE_driver_list_2026.xlsx')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'motor driver list of a family with the son\'s date of birth (young-driver loading)')
def c_fahrerliste(c):
    body = dedent('''
        Hallo Herr Huber,

        bei Familie Obermüller (KF-2281107, A-MO 2210) soll ab 01.09. der
        Sohn Lukas mitfahren, geb. 18.04.2007, Führerschein seit 05/2025
        (begleitetes Fahren ab 17).

        Das macht den Vertrag deutlich teurer: Junger-Fahrer-Zuschlag 35 %,
        neuer Jahresbeitrag 1.284,60 EUR statt 951,60 EUR. Alternative wäre
        ein eigener Vertrag für Lukas als Zweitwagen mit SF 1/2 über die
        Eltern-Regelung – rechne ich Ihnen gern.

        Gruß
        Timo
    ''')
    return c.build('2026-08-17 09:05', who('tb'), FKS, 'Obermüller – zusätzlicher Fahrer', text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker', 'portfolio transfer after a broker retires: table of named clients with property contracts (text and HTML)')
def c_nachfolge_bestand(c):
    rows = [('HR-4390117', 'Hausrat', 'Kaspar Fellner', 'Bad Aibling'),
            ('WG-3270031', 'Wohngebäude', 'Kaspar Fellner', 'Bad Aibling'),
            ('LB-0004120', 'Landw. Gebäude', 'Zacherl GbR (Sepp und Maria Zacherl)', 'Tuntenhausen'),
            ('KF-2255903', 'Kfz', 'Rosa Gschwendtner', 'Brannenburg'),
            ('PH-1160044', 'Privathaftpflicht', 'Rosa Gschwendtner', 'Brannenburg'),
            ('TH-0011874', 'Tierhalterhaftpflicht (Pferd)', 'Veronika Huber', 'Raubling')]
    t = dedent('''
        Grüß Gott Herr Brunner,

        wie besprochen übernehmen Sie zum 01.01.2027 den Bestand von Herrn
        Ludwig Mayrhofer, der in den Ruhestand geht. Hier die erste Tranche
        (Sach), für die die Vollmachten vorliegen:

    ''') + '\n'.join('  %-11s %-30s %-38s %s' % r for r in rows) + dedent('''


        Die Verträge in Unfall und Leben folgen separat, sobald die
        Einwilligungen der Kunden da sind.

        Beste Grüße
        Moritz Weidenfeller
    ''')
    h = ('<html><body style="font-family:Calibri"><p>Grüß Gott Herr Brunner,</p><p>wie besprochen übernehmen Sie zum '
         '01.01.2027 den Bestand von Herrn Ludwig Mayrhofer. Erste Tranche (Sach):</p><table border="1" cellpadding="3" '
         'cellspacing="0"><tr><th>Vertrag</th><th>Sparte</th><th>Kunde</th><th>Ort</th></tr>' +
         ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % _x(x) for x in r) for r in rows) +
         '</table><p>Die Verträge in Unfall und Leben folgen separat.</p><p>Beste Grüße<br>Moritz Weidenfeller</p></body></html>')
    return c.build('2026-11-17 10:45', who('mw'), BRUNNER, 'Nachfolge Mayrhofer – erste Tranche Sach', alt(text(t), html(h)))


@mail('CONFIDENTIAL', 'mixed', 'insurer-to-broker', 'holiday home of a named British client on Sylt: English client mail quoted, German answer with address and sum insured')
def c_sylt_ferienhaus(c):
    body = dedent('''
        Hallo Frau Jacobsen,

        das Ferienhaus von Mr Whitcombe-Lane können wir versichern, auch bei
        Vermietung an Feriengäste (max. 20 Wochen/Jahr). Wohngebäude inkl.
        Sturmflut nur mit Elementar-Baustein, der auf Sylt in Zone 3 liegt:

          Objekt: Reetdachhaus, Süderstraße 14, 25980 Sylt (Keitum)
          Versicherungssumme Wert 1914: 41.000 Mark
          Jahresbeitrag inkl. Elementar: 4.870 EUR (Reetdach-Zuschlag!)

        Die englischen Bedingungen schicke ich gern mit.

        Viele Grüße
        Jana Kowalczyk

        -----Ursprüngliche Nachricht-----
        Von: Birte Jacobsen
        Gesendet: Freitag, 6. März 2026 12:40
        An: Jana Kowalczyk
        Betreff: WG: Holiday home Sylt

        Kannst du dir das mal ansehen? Kunde ist Engländer, Haus gerade
        gekauft. Danke! Birte

        > From: Richard Whitcombe-Lane
        > Sent: 5 March 2026 21:14
        > Dear Ms Jacobsen, we completed the purchase of the thatched house
        > in Keitum last week (Süderstraße 14). We will let it to holiday
        > guests for about four months a year. Can you find buildings and
        > contents cover that includes storm surge? Purchase price was
        > EUR 2.35m. Best wishes, Richard
    ''')
    return c.build('2026-03-09 15:20', who('jk'), HANSE, 'AW: WG: Holiday home Sylt', text(body, cte='quoted-printable'))


# ----------------------------------------------------------------- STRICTLY_CONFIDENTIAL

@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'grey: "anonymous" BU pre-underwriting answer with initials, birth year, job and detailed back/psych history; the broker can re-identify the person')
def s_voranfrage_anonym(c):
    body = dedent('''
        Servus Herr Huber,

        zu Ihrer anonymen Risikovoranfrage vom 02.03. (Kennung „M. K.“,
        Jg. 1988, Softwareentwickler, Vermittler FinanzKontor Süd):

        Angaben laut Voranfrage:
          – Lumbalgie (M54.5) 2023 und 2024, je 2–3 Wochen AU,
            Physiotherapie 12 Einheiten, seitdem beschwerdefrei
          – Anpassungsstörung (F43.2) nach Trennung 2022, 9 Sitzungen
            Verhaltenstherapie, abgeschlossen 03/2023, keine Medikamente
          – BMI 27

        Unsere Einschätzung für BU-Aktiv:
          Annahme mit Ausschluss von Erkrankungen der Lendenwirbelsäule
          (überprüfbar nach 3 Jahren Beschwerdefreiheit). Die
          Anpassungsstörung führt zu keinem Zuschlag, wenn der
          Therapeutenbericht den Abschluss bestätigt.

        Die Einschätzung gilt 3 Monate und nur bei unveränderten Angaben.

        Beste Grüße
        Dr. med. Friederike Haas
        Risikoprüfung Leben/BU
    ''')
    return c.build('2026-03-06 11:52', who('fh'), FKS, 'Risikovoranfrage BU M. K. (Jg. 1988) – Einschätzung', text(body),
                   cc=[who('sa')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'health application follow-up for a named client: missing teeth, periodontitis treatment, dentist')
def s_kv_zahnstatus(c):
    body = dedent('''
        Moin Frau Jacobsen,

        zum Antrag ZahnPlus Premium für Herrn Hauke Brodersen (Antrag
        A26-031177) brauchen wir noch den Zahnstatus vom Zahnarzt. Im Antrag
        sind drei fehlende Zähne angegeben (16, 26, 37) und eine
        Parodontitisbehandlung 2025 bei Dr. Wiebke Thode in Pinneberg.

        Bei drei fehlenden Zähnen gilt Risikozuschlag Stufe 2 (+15 %),
        sofern die Lücken nicht schon prothetisch versorgt werden sollen –
        eine laufende oder angeratene Behandlung ist nicht versicherbar.

        Das Formular „Zahnbefund“ kann der Kunde beim Zahnarzt ausfüllen
        lassen und über den Kunden-Upload schicken.

        Schöne Grüße
        Lars Gerdes
    ''')
    return c.build('2026-01-19 14:40', who('lg'), HANSE, 'Antrag ZahnPlus Brodersen – Zahnbefund fehlt', text(body, cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'expat health claim: named client\'s hospital stay with diagnosis and invoice')
def s_expat_hospital(c):
    body = dedent('''
        Hi Sarah,

        Claim update for Mr Daniel Achterberg (KV-Top International,
        KV-7710294): we have received the invoice from Klinikum am
        Ostkreuz for his inpatient stay 3-9 February 2026,
        appendectomy with peritonitis (K35.2), EUR 8,944.17 under the
        German DRG G23B. Private room supplement EUR 630.

        Both are covered in his Premium plan and will be paid directly to
        the hospital. His outpatient follow-up invoices (surgeon, GP)
        can be submitted via the app.

        He asked you about sick pay - that's not part of his health plan;
        his employer pays for the first six weeks anyway.

        Lars
    ''')
    return c.build('2026-02-27 10:30', who('lg'), EXPAT, 'Claim Achterberg - hospital invoice covered', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'term-life acceptance with loading for a named client because of hypertension and BMI')
def s_risikoleben_zuschlag(c):
    body = dedent('''
        Hallo Herr Özdemir,

        zum Antrag Risikoleben RL-Classic für Herrn Kemal Arslanoğlu
        (geb. 11.09.1977, VS 350.000 EUR, Antrag A26-040912):

        Nach Auswertung des Hausarztberichts (Dr. Straub, Köln-Nippes)
        können wir den Antrag annehmen, aber mit einem Risikozuschlag von
        50 %:
          – arterielle Hypertonie (I10.90), medikamentös mit Ramipril 5 mg
            eingestellt, letzte Werte 142/91
          – BMI 33,4 (Größe 178 cm, Gewicht 106 kg)
          – Nichtraucher seit 2021

        Beitrag mit Zuschlag: 61,80 EUR statt 41,20 EUR monatlich. Bei
        Gewichtsreduktion unter BMI 30 und Werten unter 140/90 über 12 Monate
        prüfen wir den Zuschlag auf Antrag erneut.

        Bitte die Annahmeerklärung vom Kunden unterschreiben lassen.
    ''') + '\n' + sig('sa')
    return c.build('2026-04-15 13:06', who('sa'), OEZ, 'RL-Classic Arslanoğlu – Annahme mit Zuschlag', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'accident insurance invalidity benefit for a named client: thumb injury, invalidity degree and payout')
def s_accident_thumb(c):
    body = dedent('''
        Dear Sanne,

        Accident claim of your client Mr Ruud Verhoeven (UV-0228117, cross-
        border commuter, Kerkrade/Aachen): the medical assessment by
        Dr. Wolters (hand surgery, Aachen) is in.

        Result: after the circular-saw accident on 14 October 2025 the
        left thumb has a permanent loss of function of 6/10 (fracture of
        the proximal phalanx, S62.51, tendon injury). Under the limb table
        (thumb 20 %) that is an invalidity degree of 12 %.

          Sum insured 150,000 EUR x 12 % = 18,000 EUR
          Progression 350 % does not apply below 25 %
          Hospital daily allowance (5 days x EUR 50) = EUR 250

        Total payment: EUR 18,250. He can ask for a re-assessment within
        three years if his condition changes.

        Kind regards,
        Nadine Krüger
    ''')
    return c.build('2026-05-28 11:22', who('nk'), VDM, 'Accident claim Verhoeven - invalidity assessment', text(body, charset='utf-8', cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'harmless body; the PDF commission statement lists named clients with life, health and disability contracts')
def s_provision_personen(c):
    body = dedent('''
        Hallo Frau Weller,

        anbei die Courtageabrechnung Juli für den Pool. Zahlung am 12.08.

        Viele Grüße
        Kerem Aydın
    ''')
    lines = ['Courtageabrechnung 07/2026 - Fonds & Vorsorge Pool GmbH, Pool-Nr. 900455', '',
             'Vertrag       Kunde                      Sparte               BWS/MB        Courtage EUR',
             'BU-0912771    Hoffmann, Lea              BU-Aktiv             148.200 BWS      6.224,40',
             'LV-4471203    Hoffmann, Lea              Fondsrente           96.000 BWS       3.360,00',
             'KV-7714408    Dr. Brandl, Severin        KV-Top Vollvers.     612,40 MB        4.593,00',
             'KV-7714409    Brandl, Mia (Kind)         KV-Top Vollvers.     148,90 MB        1.116,75',
             'PT-0330176    Lechner, Gisela            Pflegetagegeld       58,20 MB           349,20',
             'UV-0231554    Simsek, Tarik              Unfall Aktiv         34,10 MB            81,84',
             'BU-0899102    Rothe, Jan                 BU-Aktiv (Storno)    -88.400 BWS     -2.475,20',
             '', 'Summe Juli 2026:                                                         13.249,99',
             'Stornoreserve 10 %: -1.325,00   Auszahlung: 11.924,99 EUR']
    return c.build('2026-08-05 09:10', who('ka'), FVP, 'Courtageabrechnung 07/2026 Pool 900455',
                   mixed(text(body, cte='8bit'), attach(pdf_bytes(lines, 'Courtageabrechnung 07-2026', compress=True,
                                                                   date='20260805080000'), 'application/pdf',
                                                         'Courtage_900455_2026-07.pdf')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'beneficiary change on a named client\'s life policy (personal line, no medical word)')
def s_beneficiary_change(c):
    body = dedent('''
        Dear James,

        We have registered the change of beneficiary on the term life
        policy LV-4468820 of your client Mr Geoffrey Albright-Hayes (life
        insured and policyholder):

          previous beneficiary: Mrs Fiona Albright-Hayes (former spouse)
          new beneficiaries: Ms Eleanor Albright-Hayes (daughter, 50 %)
                             Mr Thomas Albright-Hayes (son, 50 %)
          revocable: yes

        The confirmation has been sent to the policyholder's address in
        Frankfurt. Sum assured and premium are unchanged (EUR 400,000;
        EUR 46.20 monthly).

        Kind regards,
        Selin Arslan
    ''')
    return c.build('2026-02-09 15:50', who('sa'), BLACKWOOD, 'Change of beneficiary - LV-4468820 Albright-Hayes', text(body, charset='us-ascii', cte='7bit'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'portfolio transfer list (XLSX) with named clients\' health, disability and accident contracts; body harmless')
def s_bestand_personen(c):
    body = dedent('''
        Hallo Frau Wolff,

        anbei die zweite Tranche zur Übertragung Agentur Hartung – diesmal
        die Personenversicherungen, für die die Einwilligungen vorliegen.
        Bitte nur im Pool-Backoffice öffnen.

        Gruß
        Ulrike Sandmann
    ''')
    rows = [['Vertrag', 'Sparte', 'Versicherte Person', 'geb.', 'Beitrag mtl.', 'Besonderheit'],
            ['BU-0871144', 'BU-Aktiv', 'Hartmann, Sven', '1984-02-14', 71.3, 'Ausschluss LWS'],
            ['BU-0871190', 'BU-Aktiv', 'Vollrath, Jana', '1991-07-01', 48.9, ''],
            ['KV-7689021', 'KV-Top', 'Zielinski, Marek', '1979-10-23', 588.0, 'Zuschlag 20 % (Asthma)'],
            ['UV-0219930', 'Unfall Aktiv', 'Franke, Ute', '1966-05-05', 22.4, 'laufende Leistung'],
            ['LV-4433107', 'Risikoleben', 'Brückner, Tom', '1988-12-30', 19.7, ''],
            ['PT-0321188', 'Pflegetagegeld', 'Brückner, Helga', '1958-03-08', 61.2, '']]
    return c.build('2026-09-03 11:20', who('us'), VPLUS_DW, 'Übertragung Hartung – Tranche 2 (Personen)',
                   mixed(text(body), attach(xlsx_bytes([('Personen', rows)]), CT_XLSX, 'Hartung_Tranche2_Personen.xlsx')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor', 'request to a GP for a medical report on a named BU applicant, with the consent form attached (PDF)')
def s_arztanfrage(c):
    body = dedent('''
        Sehr geehrte Frau Dr. Lorenz,

        Ihre Patientin, Frau Carolin Meissner, geb. 21.01.1990,
        Hölderlinweg 8, 33615 Bielefeld, hat bei uns eine
        Berufsunfähigkeitsversicherung beantragt und Sie von der
        Schweigepflicht entbunden (Erklärung anbei).

        Wir bitten um einen kurzen ärztlichen Bericht zu folgenden Angaben
        aus dem Antrag:

          1. Migräne ohne Aura (G43.0), seit wann, Häufigkeit der Anfälle,
             Arbeitsunfähigkeitszeiten in den letzten 5 Jahren
          2. Medikation (laut Antrag Sumatriptan bei Bedarf, Prophylaxe mit
             Metoprolol 2023)
          3. Ergebnis der MRT des Kopfes von 2023

        Für den Bericht vergüten wir nach GOÄ Nr. 75 (Ausführlicher
        schriftlicher Krankheits- und Befundbericht). Bitte senden Sie ihn
        per Post oder über unseren sicheren Upload (Vorgangsnummer
        RP-2026-11873).

        Mit freundlichen Grüßen
        Dr. med. Friederike Haas
        Beratungsärztin Risikoprüfung Leben/BU
    ''') + FOOTER_DE
    lines = ['Einwilligung und Schweigepflichtentbindungserklaerung', '',
             'Ich, Carolin Meissner, geb. 21.01.1990, entbinde die mich behandelnden Aerzte,',
             'insbesondere Frau Dr. med. Anna Lorenz, Bielefeld, von der Schweigepflicht gegenueber',
             'der Rheinauer Versicherung AG, soweit dies zur Pruefung meines Antrags auf',
             'Berufsunfaehigkeitsversicherung (Antrag A26-051102) erforderlich ist.', '',
             'Bielefeld, 28.04.2026          gez. C. Meissner']
    return c.build('2026-05-04 08:40', who('fh'), ('Praxis Dr. med. Anna Lorenz', 'praxis@dr-lorenz-bielefeld.example'),
                   'Anfrage ärztlicher Bericht – Ihre Patientin C. Meissner',
                   mixed(text(body), attach(pdf_bytes(lines, 'Schweigepflichtentbindung', date='20260428120000'), 'application/pdf',
                                            'Schweigepflichtentbindung_Meissner.pdf')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'BU application deferred for a named client because of ongoing psychotherapy (F43.2)')
def s_bu_psychotherapie(c):
    body = dedent('''
        Hallo Herr Reuter,

        leider müssen wir den BU-Antrag von Frau Janina Hollmann
        (A26-047755, Lehrerin) zurückstellen. Laut Therapeutenbericht
        befindet sie sich seit Januar wegen einer Anpassungsstörung mit
        depressiver Reaktion (F43.21) in ambulanter Verhaltenstherapie,
        bislang 14 von 24 bewilligten Sitzungen; seit Februar außerdem
        Sertralin 50 mg.

        Während einer laufenden Psychotherapie können wir keine
        Entscheidung treffen. Bitte stellen Sie den Antrag frühestens
        6 Monate nach Therapieende mit Abschlussbericht neu. Eine
        Rückstellung ist keine Ablehnung und muss bei anderen Versicherern
        nicht als solche angegeben werden.

        Viele Grüße
        Selin Arslan
    ''')
    return c.build('2026-05-19 16:12', who('sa'), REUTER, 'BU-Antrag Hollmann – Zurückstellung', text(body, cte='quoted-printable'),
                   cc=[who('fh')])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'critical illness claim of a named client: breast cancer diagnosis (C50.4) and benefit, HTML only')
def s_critical_illness(c):
    h = dedent('''
        <html><body style="font-family:Arial;font-size:13px">
        <p>Dear James,</p>
        <p>We have accepted the claim under the critical illness cover (Schwere-Krankheiten-Vorsorge SK-0041187) of your
        client <b>Mrs Rebecca Thornbury-Klein</b>.</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><td>Diagnosis</td><td>invasive ductal carcinoma, left breast, upper outer quadrant (C50.4), stage II</td></tr>
        <tr><td>Date of diagnosis</td><td>17 March 2026 (histology, Brustzentrum Neckartal)</td></tr>
        <tr><td>Treatment</td><td>breast-conserving surgery 2 April 2026, chemotherapy ongoing</td></tr>
        <tr><td>Benefit</td><td>EUR 120,000 (100 % of the sum insured)</td></tr>
        </table>
        <p>The benefit will be paid to the policyholder's account within 5 working days. Premiums are waived from 1 May 2026.</p>
        <p>Please pass on our best wishes for her recovery.</p>
        <p>Kind regards,<br>Selin Arslan<br>Broker Service Life &amp; Disability</p>
        </body></html>
    ''')
    return c.build('2026-04-30 12:44', who('sa'), BLACKWOOD, 'Claim accepted - SK-0041187 Thornbury-Klein', html(h))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'long-term care daily allowance claim: named client, care grade 3 with dementia, care report summary (DOCX)')
def s_pflegegrad(c):
    body = dedent('''
        Liebe Frau Weller,

        für Ihren Kunden Herrn Wilfried Scharnagl (Pflegetagegeld
        PT-0318840) haben wir das Gutachten des Medizinischen Dienstes
        erhalten. Zusammenfassung anbei. Wir zahlen ab 01.06.2026 das
        Pflegetagegeld für Pflegegrad 3 (ambulant 60 % = 30 EUR täglich)
        und stellen den Vertrag beitragsfrei.

        Die Tochter, Frau Sabine Scharnagl, hat Vorsorgevollmacht; die
        Auszahlung geht auf das bekannte Konto des Kunden.

        Viele Grüße
        Lars Gerdes
    ''')
    doc = docx_bytes(['**Zusammenfassung MD-Gutachten (intern für Vermittler, Einwilligung liegt vor)',
                      'Versicherter: Wilfried Scharnagl, geb. 04.08.1944, Offenbach am Main',
                      'Begutachtung: 22.05.2026, Hausbesuch',
                      'Pflegebegründende Diagnosen: Alzheimer-Demenz (G30.1, F00.1), Herzinsuffizienz NYHA II (I50.12)',
                      [['Modul', 'Punkte'], ['Mobilität', '5'], ['Kognitive Fähigkeiten', '11'], ['Verhaltensweisen', '3'],
                       ['Selbstversorgung', '12'], ['Umgang mit Therapieanforderungen', '4'], ['Gesamt (gewichtet)', '52,5']],
                      'Ergebnis: Pflegegrad 3 ab 01.06.2026, Wiederholungsbegutachtung nicht vorgesehen.'],
                     title='MD-Gutachten Zusammenfassung', author='L. Gerdes', created='2026-06-04T09:00:00Z')
    return c.build('2026-06-04 09:46', who('lg'), FVP, 'Pflegetagegeld Scharnagl – Pflegegrad 3',
                   mixed(text(body), attach(doc, CT_DOCX, 'Zusammenfassung_MD_Scharnagl.docx')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'commission clawback for a named client\'s cancelled private pension policy (personal line, no medical word)')
def s_stornohaftung(c):
    body = dedent('''
        Hallo Frau Kaminski,

        Ihr Kunde Herr Andrzej Nowicki hat die Fondsrente LV-4458812 nach
        22 Monaten gekündigt (Rückkaufswert 1.874,20 EUR, ausgezahlt). Nach
        Ihrer Courtagevereinbarung haften Sie für die Abschlussprovision
        60 Monate ratierlich:

          Abschlussprovision gezahlt:    2.640,00 EUR
          verdient (22/60):                968,00 EUR
          Rückbelastung:                 1.672,00 EUR

        Die Rückbelastung verrechnen wir mit der Septemberabrechnung. Falls
        Sie den Kunden noch erreichen: eine Beitragsfreistellung statt
        Kündigung wäre für ihn günstiger gewesen – ein Wiederinkraftsetzen
        ist innerhalb von 3 Monaten möglich.

        Viele Grüße
        Kerem Aydın
    ''')
    return c.build('2026-08-25 11:58', who('ka'), KAMINSKI, 'Stornohaftung LV-4458812 Nowicki', text(body, cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'premium increase question on a named client\'s private health policy (health line, no diagnosis)')
def s_kv_premium_increase(c):
    body = dedent('''
        Hi Tom,

        About Ms Ayumi Tanaka-Schulz's question on her health premium
        (KV-Top International, KV-7702116): the increase from EUR 512.30 to
        EUR 571.80 per month from 1 January 2027 is the regular premium
        adjustment for her tariff (claims costs in the tariff rose by more
        than 5 %). It is not linked to her own claims.

        Options she has:
        - raise the deductible from EUR 600 to EUR 1,200 (saves EUR 41/month)
        - switch to Comfort (saves EUR 68/month, no outpatient psychotherapy
          and dental limited to 75 %)
        - keep the plan as is

        A switch within our tariffs needs no new health questions unless the
        new plan has higher benefits.

        Lars
    ''')
    return c.build('2026-11-16 10:02', who('lg'), EXPAT2, 'RE: Premium increase Tanaka-Schulz', text(body, charset='us-ascii', cte='7bit'),
                   irt='<CH2PR12MB4044.expat@expatcover.example>')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'group accident claim: named employee injured at a warehouse, injuries and hospital stay')
def s_group_accident(c):
    body = dedent('''
        Dear James,

        Group accident policy GU-0009931, Carrow Logistics Deutschland GmbH -
        accident of the employee Mr Florin Popescu on 2 June 2026 at the
        Duisburg depot:

        He fell from a loading ramp (about 1.5 m). Injuries according to the
        discharge letter of Unfallklinik Rheinhausen-Süd: fracture of the right
        calcaneus (S92.0) and a concussion (S06.0), inpatient 2-11 June,
        surgery 4 June. Off work expected until at least September.

        Benefits under the group policy:
          hospital daily allowance 10 days x EUR 30 = EUR 300 (paid)
          invalidity: assessment after 12 months at the earliest
          recovery benefit: EUR 1,000 (paid)

        This is also a workplace accident for the statutory accident
        insurance (BG); our benefits are paid in addition.

        Kind regards,
        Nadine Krüger
    ''')
    return c.build('2026-06-22 14:15', who('nk'), BLACKWOOD, 'Group accident GU-0009931 - Popescu', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'dental supplementary claim: treatment plan for an implant (tooth 36) of a named client with GOZ items')
def s_zahn_hkp(c):
    body = dedent('''
        Hallo Herr Özdemir,

        zum Heil- und Kostenplan Ihrer Kundin Frau Esra Doğan (ZahnPlus
        Premium KV-7716630) von Zahnarztpraxis Dr. Kuhnert, Köln-Ehrenfeld:

          Implantat regio 36 mit Knochenaufbau (GOZ 9010, 9100),
          Krone auf Implantat (GOZ 2200), Material- und Laborkosten
          Gesamt laut HKP:                      4.286,40 EUR
          Festzuschuss GKV (Befund 2.1):          -412,25 EUR
          Erstattung 90 % des Restbetrags:      3.486,74 EUR

        Die Zahnstaffel im 2. Versicherungsjahr (2.000 EUR) greift nicht,
        weil der Zahnverlust laut Zahnarzt Folge des Fahrradunfalls vom
        März ist – nach Unfällen entfällt die Staffel.

        Die Zusage ist 6 Monate gültig.

        Gruß
        Lars Gerdes
    ''')
    return c.build('2026-07-07 13:30', who('lg'), OEZ, 'HKP Doğan – Implantat 36 – Zusage', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'short reply "received, we check"; the named client\'s herniated disc and surgery are only in the quoted broker mail')
def s_quoted_diagnose(c):
    body = dedent('''
        Hallo Herr Huber,

        danke, ist angekommen, wir kümmmern uns drum. Melde mich bis Freitag.

        Gruß Selin

        Am 21.07.2026 um 18:02 schrieb Andreas Huber:
        > Hallo Frau Arslan,
        >
        > mein Kunde Dominik Wagenseil (BU-0904417) ist seit 8 Wochen
        > krankgeschrieben, Bandscheibenvorfall L5/S1 (M51.1) mit
        > Taubheit im linken Bein, am 14.07. im Wirbelsäulenzentrum Lechfeld
        > operiert. Er ist Zimmerer und glaubt nicht, dass er in den Beruf
        > zurückkann. Können Sie mir die Unterlagen für den Leistungsantrag
        > schicken?
        >
        > Danke und Gruß
        > Andreas Huber
        > FinanzKontor Süd GmbH
    ''')
    return c.build('2026-07-22 08:15', who('sa'), FKS, 'Re: Leistungsantrag BU Wagenseil', text(body, flowed=True, cte='8bit'),
                   irt='<d2a6f1b0-9e7c@finanzkontor-sued.example>')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'underwriting decisions for three named applicants in an HTML-only table')
def s_html_entscheidungen(c):
    h = dedent('''
        <html><head><meta charset="utf-8"></head><body style="font-family:Calibri;font-size:11pt">
        <p>Moin Frau Jacobsen,</p>
        <p>hier die Entscheidungen zu Ihren offenen BU-Anträgen aus KW 18:</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#dde7f0"><th>Antrag</th><th>Antragsteller/in</th><th>Angaben</th><th>Entscheidung</th></tr>
        <tr><td>A26-044120</td><td>Merle Thiessen</td><td>Hashimoto-Thyreoiditis (E06.3), L-Thyroxin</td><td>Annahme normal</td></tr>
        <tr><td>A26-044187</td><td>Jannik Poppe</td><td>Kreuzbandplastik rechts 2024 (S83.53)</td><td>Ausschluss rechtes Knie, 5 J.</td></tr>
        <tr><td>A26-044233</td><td>Dr. Swantje Ahlers</td><td>rezidivierende depressive Störung (F33.1), Therapie bis 2025</td><td>Ablehnung</td></tr>
        </table>
        <p>Die Policen bzw. das Ablehnungsschreiben gehen heute raus. Für Frau Dr. Ahlers könnten wir eine
        Grundfähigkeitsversicherung anbieten – sprechen Sie mich gern an.</p>
        <p>Viele Grüße<br>Selin Arslan<br>Maklerservice Leben &amp; BU</p>
        </body></html>
    ''')
    return c.build('2026-05-04 17:20', who('sa'), HANSE, 'BU-Anträge KW 18 – Entscheidungen', html(h, cte='quoted-printable'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'broker', 'internal forward of a broker mail (message/rfc822) with a named client\'s cardiology findings for underwriting')
def s_fwd_cardiology(c):
    inner_body = dedent('''
        Dear Patrick,

        Please forward to your underwriters: our client Mr Alistair
        McKendrick (application A26-052201, term life EUR 600,000 for the
        mortgage on his Munich flat) had a cardiology check in London last
        month. Summary from the consultant:

        - exercise ECG normal, no ischaemia
        - echocardiogram: mild left ventricular hypertrophy, EF 60 %
        - blood pressure 138/86 on amlodipine 5 mg
        - total cholesterol 6.1 mmol/l, on atorvastatin 20 mg since 2024

        Full report to follow via your portal.

        Best regards,
        James Whitcombe
        Blackwood & Carrow Insurance Brokers Ltd
    ''')
    inner = build_message('2026-06-09 17:45', BLACKWOOD, who('po'), 'McKendrick - cardiology summary for underwriting',
                          text(inner_body, charset='us-ascii', cte='7bit'), mid='<LO2P265MB5120.GBRP265@blackwood-carrow.example>',
                          bseed='inner-mckendrick')
    body = dedent('''
        Friederike,

        forwarding the broker's mail below for the McKendrick application.
        He says the full report follows through the portal.

        Thanks,
        Patrick
    ''')
    return c.build('2026-06-10 08:31', who('po'), who('fh'), 'FW: McKendrick - cardiology summary for underwriting',
                   mixed(text(body, charset='us-ascii', cte='7bit'), rfc822(inner)))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'accident hospital allowance for a named client after a fall: distal radius fracture (S52.5) and hospital stay')
def s_unfall_radius(c):
    body = dedent('''
        Grüß Gott Herr Brunner,

        zum Unfall Ihrer Kundin Frau Kreszenz Obermayr (UV-0226771): Sturz
        auf Glatteis am 22.01., distale Radiusfraktur links (S52.51),
        operative Versorgung mit Plattenosteosynthese im Kreisklinik am
        Inn, stationär 22.–25.01.

        Wir zahlen:
          Krankenhaustagegeld 4 Tage × 40 EUR        160,00 EUR
          Genesungsgeld 4 Tage × 40 EUR              160,00 EUR
          Gipsgeld/Sofortleistung Knochenbruch        500,00 EUR
          gesamt                                      820,00 EUR

        Eine Invaliditätsleistung kommt erst in Frage, wenn nach 12 Monaten
        eine dauerhafte Einschränkung bleibt; bitte die Kundin daran
        erinnern, die Frist von 15 Monaten für die ärztliche Feststellung
        zu beachten.

        Beste Grüße
        Nadine Krüger
    ''')
    return c.build('2026-02-11 10:48', who('nk'), BRUNNER, 'Unfall Obermayr – Leistungsabrechnung', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'newborn added to a named expat client\'s health policy; pregnancy complication and NICU stay')
def s_newborn(c):
    body = dedent('''
        Hi Sarah,

        Congratulations to your clients! Baby Maya Lindholm-Ortega, born
        3 October 2026, is added to her mother's policy (KV-7709981, Ms
        Paula Ortega) without health questions and waiting periods, as
        the notification came within two months of birth.

        Regarding the bills: the delivery was an emergency caesarean at
        week 34 because of pre-eclampsia (O14.1), followed by 9 days in
        neonatal intensive care for the baby (P07.3, respiratory support).
        All of this is covered; the hospital invoices (mother EUR 7,812,
        baby EUR 21,440) will be settled directly with the Perinatalzentrum Spreebogen.

        Lars
    ''')
    return c.build('2026-10-20 09:12', who('lg'), EXPAT, 'Newborn added - Lindholm-Ortega', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'income-protection application of a named client: smoker status, BMI, income and back pain, text and HTML')
def s_ip_application(c):
    t = dedent('''
        Hi Tom,

        Application A26-061145, Mr Oskar Nyström (born 1992-05-18),
        software architect, gross annual income EUR 96,000, monthly
        benefit applied for: EUR 3,200.

        Open points before we can decide:
        1. Smoker status: the form says "occasional smoker (cigars)" - we
           need the number per week; above 1 per week = smoker rates.
        2. BMI 31.2 (186 cm / 108 kg) - fine, no loading below 32.
        3. "Back pain 2024, physio" - we need the diagnosis and the number
           of days off work. If it was a one-off lumbago, no exclusion.
        4. Proof of income: last payslip is enough.

        Selin
    ''')
    h = ('<html><body><p>Hi Tom,</p><p>Application A26-061145, <b>Mr Oskar Nyström</b> (born 1992-05-18), software '
         'architect, gross annual income EUR 96,000, monthly benefit EUR 3,200.</p><ol><li>Smoker status: "occasional smoker '
         '(cigars)" - number per week?</li><li>BMI 31.2 (186 cm / 108 kg) - no loading below 32.</li><li>"Back pain 2024, '
         'physio" - diagnosis and days off work?</li><li>Proof of income: last payslip.</li></ol><p>Selin</p></body></html>')
    return c.build('2026-08-06 11:36', who('sa'), EXPAT2, 'Application A26-061145 Nyström - 4 open points', alt(text(t), html(h)))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'sender-marked [streng vertraulich]: disability benefit follow-up review of a named client with diagnosis')
def s_bu_nachpruefung(c):
    body = dedent('''
        Hallo Herr Huber,

        zur Information: für Ihren Kunden Herrn Matthias Rehlinger
        (BU-0856630) leiten wir das Nachprüfungsverfahren ein. Er bezieht
        seit 09/2023 BU-Rente (1.850 EUR mtl.) wegen einer schweren
        depressiven Episode (F32.2) mit anschließender
        Erwerbsminderung.

        Anlass ist sein Hinweis im Fragebogen, dass er seit April
        „stundenweise“ als Fahrradkurier arbeitet. Wir haben ihm einen
        Fragebogen zur aktuellen Tätigkeit und eine Anfrage an seine
        behandelnde Psychiaterin (Dr. Feldbauer, Augsburg) geschickt.

        Bis zur Entscheidung läuft die Rente unverändert weiter.

        Viele Grüße
        Dr. med. Friederike Haas
    ''')
    return c.build('2026-09-14 15:03', who('fh'), FKS, '[streng vertraulich] Nachprüfung BU-0856630 Rehlinger', text(body),
                   cc=[who('sa')], headers=[('Sensitivity', 'Company-Confidential')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'life insurance death benefit to the widow with cause of death; settlement PDF; broker in copy')
def s_todesfall_leben(c):
    body = dedent('''
        Sehr geehrte Frau Gottschalk,

        zunächst möchten wir Ihnen unser aufrichtiges Beileid zum Tod Ihres
        Mannes aussprechen.

        Die Unterlagen zur Risikolebensversicherung LV-4419006 sind
        vollständig: Sterbeurkunde, Todesbescheinigung (Todesursache
        laut Bescheinigung: akuter Myokardinfarkt, I21.0) und Ihr
        Erbschein. Da der Vertrag seit mehr als drei Jahren besteht, prüfen
        wir keine vorvertraglichen Angaben mehr.

        Die Versicherungssumme von 250.000 EUR überweisen wir in den
        nächsten Tagen an Sie als Bezugsberechtigte. Die Abrechnung finden
        Sie im Anhang. Dem Finanzamt melden wir die Auszahlung nach § 33
        ErbStG.

        Ihr Versicherungsmakler, Herr Reuter, hat eine Kopie erhalten und
        steht Ihnen für Fragen ebenfalls zur Verfügung.

        Mit freundlichen Grüßen
    ''') + sig('sa', greet=False)
    lines = ['Abrechnung Todesfallleistung - Vertrag LV-4419006', '',
             'Versicherte Person: Bernd Gottschalk, geb. 17.02.1961, verstorben 03.03.2026',
             'Bezugsberechtigt: Ursula Gottschalk (Ehefrau)',
             'Versicherungssumme Risikoleben:           250.000,00 EUR',
             'Ueberschussbeteiligung (Bonus):             4.118,62 EUR',
             'abzgl. Beitrag Maerz anteilig (Erstattung):    +38,40 EUR',
             'Auszahlungsbetrag:                         254.157,02 EUR', '',
             'Meldung an das Finanzamt nach Paragraph 33 ErbStG erfolgt.']
    return c.build('2026-03-31 10:05', who('sa'), ('Ursula Gottschalk', 'ursula.gottschalk@t-post.example'),
                   'Ihre Risikolebensversicherung LV-4419006 – Auszahlung',
                   mixed(text(body), attach(pdf_bytes(lines, 'Abrechnung Todesfallleistung', date='20260331090000'),
                                            'application/pdf', 'Abrechnung_LV-4419006.pdf')), cc=[REUTER])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'ZIP with a disability claim file: medical report list (CSV) and discharge summary (PDF) of a named client')
def s_zip_bu_leistung(c):
    docs = csv_text([['Datum', 'Dokument', 'Aussteller', 'Inhalt'],
                     ['2026-02-10', 'Arztbericht', 'Dr. Pieper, Orthopädie Leipzig', 'Coxarthrose beidseits (M16.0), Hüft-TEP rechts empfohlen'],
                     ['2026-03-02', 'OP-Bericht', 'Parkklinikum Leipzig-Süd', 'Hüft-TEP rechts'],
                     ['2026-03-20', 'Entlassbericht Reha', 'Reha-Zentrum Muldental', 'Gehstrecke 500 m, AU fortbestehend'],
                     ['2026-04-15', 'Tätigkeitsbeschreibung', 'Versicherter', 'Fliesenleger, 90 % kniend/stehend']])
    reha = pdf_bytes(['Reha-Zentrum Muldental - Entlassungsbericht (Auszug)',
                      'Patient: Uwe Kretzschmar, geb. 30.06.1970, Fliesenlegermeister',
                      'Aufenthalt: 06.03.2026 - 27.03.2026',
                      'Diagnosen: Z. n. Hueft-TEP rechts (Z96.64), Coxarthrose links (M16.1), Adipositas Grad I (E66.0)',
                      'Leistungsbild: Taetigkeiten ueberwiegend im Sitzen moeglich, keine kniende Taetigkeit,',
                      'kein Heben ueber 10 kg. Zuletzt ausgeuebter Beruf: unter 3 Stunden taeglich.'],
                     'Entlassungsbericht', compress=True, date='20260327150000')
    z = zip_bytes([('BU-0877123_Kretzschmar/Unterlagenliste.csv', docs), ('BU-0877123_Kretzschmar/Entlassbericht_Reha.pdf', reha)])
    body = dedent('''
        Hallo Frau Wolff,

        wie gewünscht die Unterlagen zum Leistungsfall BU-0877123 als ZIP
        für Ihren Untervermittler. Die Einwilligung des Kunden zur
        Weitergabe an den Vermittler liegt vor. Passwort schicke ich
        separat… nein, doch nicht – der ZIP ist unverschlüsselt, bitte die
        Mail daher nur im Backoffice öffnen.

        Gruß
        Selin Arslan
    ''')
    return c.build('2026-04-20 16:33', who('sa'), VPLUS_DW, 'Leistungsfall BU-0877123 – Unterlagen',
                   mixed(text(body), attach(z, 'application/zip', 'BU-0877123_Unterlagen.zip')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company', 'employer pension (bAV direct insurance) list to HR: employees\' names, dates of birth, salaries and conversion amounts (XLSX)')
def s_bav_liste(c):
    body = dedent('''
        Sehr geehrte Frau Albrecht,

        anbei die Bestandsliste der Direktversicherungen Ihrer Mitarbeiter
        zum Stichtag 30.06.2026, wie von Ihrem Makler, der Weser Industrie-
        Assekuranz, angefordert. Bitte prüfen Sie die Entgeltumwandlungs-
        beträge gegen Ihre Lohnabrechnung; drei Abweichungen sind gelb
        markiert (Spalte „Prüfen“).

        Mit freundlichen Grüßen
        Selin Arslan
        Maklerservice Leben & BU
    ''') + FOOTER_DE
    rows = [['Vertrag', 'Name', 'Vorname', 'geb.', 'Bruttogehalt mtl.', 'Umwandlung mtl.', 'AG-Zuschuss', 'Prüfen'],
            ['LV-D-770112', 'Harms', 'Kerstin', '12.03.1975', 4150.0, 200.0, 30.0, ''],
            ['LV-D-770113', 'Meyer-Tönjes', 'Florian', '28.11.1989', 3620.0, 150.0, 22.5, 'ja'],
            ['LV-D-770118', 'Wübbena', 'Hauke', '06.06.1968', 5280.0, 302.0, 45.3, ''],
            ['LV-D-770121', 'Celik', 'Nuray', '19.09.1993', 2980.0, 100.0, 15.0, 'ja'],
            ['LV-D-770127', 'Janssen', 'Gerd', '01.01.1961', 4475.0, 250.0, 37.5, 'ja']]
    return c.build('2026-07-10 11:40', who('sa'), ('Frauke Albrecht', 'f.albrecht@nordsee-stahlbau.example'),
                   'Direktversicherungen Nordsee Stahlbau GmbH – Bestand 30.06.2026',
                   mixed(text(body), attach(xlsx_bytes([('bAV 30.06.2026', rows)]), CT_XLSX, 'bAV_Bestand_Nordsee-Stahlbau_2026-06.xlsx')),
                   cc=[WESER])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'school accident of a named child: dental injury, treatment and accident benefits')
def s_schulunfall(c):
    body = dedent('''
        Moin Frau Jacobsen,

        zum Unfall von Ole Petersen (9 Jahre, mitversichert in der
        Familien-Unfall UV-0230441 seiner Mutter Frau Imke Petersen):

        Beim Sportunterricht am 12.05. ist Ole mit einem Mitschüler
        zusammengestoßen. Folgen laut Zahnarztbericht: Kronenfraktur der
        Zähne 11 und 21 mit Pulpabeteiligung (S02.5), Wurzelbehandlung
        an 11, provisorische Versorgung. Endgültige Versorgung
        (Kronen) erst nach Abschluss des Wachstums, ca. 2034.

        Leistungen:
          – Unfall-Sofortleistung Zahnschaden: 1.000 EUR (angewiesen)
          – kosmetische Zahnbehandlung: Kosten werden bis 10.000 EUR
            erstattet, soweit die Schulunfallversicherung (gesetzliche
            Schülerunfallversicherung) nicht leistet
          – Invalidität: nicht zu erwarten

        Bitte der Mutter sagen: Rechnungen zuerst an die Schülerunfallversicherung.

        Schöne Grüße
        Nadine Krüger
    ''')
    return c.build('2026-05-26 09:58', who('nk'), HANSE, 'Unfall Ole Petersen (UV-0230441)', text(body, cte='quoted-printable'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'civil-servant health top-up for a named client with type 1 diabetes (E10.9) and insulin pump, windows-1252')
def s_beihilfe_diabetes(c):
    body = dedent('''
        Hallo Herr Reuter,

        zum Antrag Beihilfeergänzung für Frau Oberstudienrätin Miriam
        Lüttgen (Beihilfesatz 50 %, Antrag A26-070318):

        Den Diabetes mellitus Typ 1 (E10.9, seit dem 12. Lebensjahr,
        Insulinpumpe, HbA1c zuletzt 6,9 %) können wir im Tarif B-Plus
        annehmen, aber nur mit Risikozuschlag von 80 % und ohne
        Krankentagegeld-Baustein. Die diabetische Retinopathie, die im
        Augenarztbericht als „beginnend“ (E10.30) beschrieben ist, führt
        zu keinem Ausschluss.

        Alternativ die Öffnungsaktion für Beamtenanfänger: Frau Lüttgen ist
        seit 01.02. verbeamtet, damit gilt bis 31.07. die Öffnungsaktion –
        Zuschlag max. 30 %, keine Ablehnung. Das wäre deutlich günstiger.

        Viele Grüße
        Lars Gerdes
    ''')
    return c.build('2026-03-17 12:25', who('lg'), REUTER, 'Beihilfeergänzung Lüttgen – Diabetes / Öffnungsaktion',
                   text(body, charset='windows-1252', cte='quoted-printable'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'broker', 'internal forward of a broker mail with a named applicant\'s medication list to underwriting')
def s_fwd_medikamente(c):
    body = dedent('''
        Hallo Friederike,

        hier die Medikamentenliste, die Frau Weller zum KV-Antrag Hagemeister
        nachgereicht hat. Kannst du bitte draufschauen, ob wir noch einen
        Arztbericht brauchen?

        Danke
        Lars

        -----Ursprüngliche Nachricht-----
        Von: Kathrin Weller <k.weller@fvpool.example>
        Gesendet: Donnerstag, 8. Oktober 2026 14:22
        An: Lars Gerdes <lars.gerdes@rheinauer-versicherung.example>
        Betreff: KV-Antrag A26-080442 Hagemeister – Medikamente

        Hallo Herr Gerdes,

        anbei wie gewünscht die aktuellen Medikamente von Herrn Roland
        Hagemeister (geb. 02.12.1972):

          Metformin 1000 mg 1-0-1
          Candesartan 16 mg 1-0-0
          Pantoprazol 20 mg bei Bedarf
          Escitalopram 10 mg 1-0-0 (seit 2025, „wegen Schlafproblemen“)

        Hausarzt: Dr. Bähr, Frankfurt-Bornheim.

        Viele Grüße
        Kathrin Weller
        Fonds & Vorsorge Pool GmbH
    ''')
    return c.build('2026-10-08 15:01', who('lg'), who('fh'), 'WG: KV-Antrag A26-080442 Hagemeister – Medikamente', text(body, cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'disability claim rejected for a named client with reasons from the medical reports')
def s_bu_ablehnung(c):
    body = dedent('''
        Liebe Frau Weller,

        zum Leistungsantrag BU von Frau Sandra Köhnlein (BU-0861127,
        Zahnmedizinische Fachangestellte) müssen wir Ihnen leider eine
        Ablehnung mitteilen; die Kundin hat das Schreiben heute erhalten.

        Gründe in Kurzform:
        – Laut Gutachten Prof. Dr. Engler (Orthopädie) besteht ein
          Karpaltunnelsyndrom rechts (G56.0), nach OP vom 09.2025
          weitgehend gebessert.
        – Die Tätigkeit am Behandlungsstuhl ist nach dem Gutachten
          weiterhin zu mindestens 70 % möglich; der Grad der
          Berufsunfähigkeit liegt damit unter 50 %.
        – Die von der Kundin angegebene Erschöpfung ist in den Berichten
          der Hausärztin nicht als eigenständige Erkrankung diagnostiziert.

        Die Kundin kann innerhalb von 6 Monaten weitere Unterlagen
        einreichen; wir prüfen dann erneut. Der Versicherungsombudsmann ist
        ebenfalls möglich.

        Viele Grüße
        Selin Arslan
    ''')
    return c.build('2026-01-30 14:55', who('sa'), FVP, 'BU-0861127 Köhnlein – Ablehnung', text(body), cc=[who('fh')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'switch of a named client into the standard health tariff, age and pre-existing conditions')
def s_standardtarif(c):
    body = dedent('''
        Hallo Frau Kaminski,

        Ihr Kunde Herr Helmut Szczepanik (67, KV-7651240) kann wie
        gewünscht in den Standardtarif wechseln – die Voraussetzungen
        (über 65, mehr als 10 Jahre Vorversicherungszeit) liegen vor.

        Zu seiner Frage wegen der Vorerkrankungen: im Standardtarif gibt es
        keine Risikozuschläge. Sein bisheriger Zuschlag von 25 % für die
        koronare Herzkrankheit (I25.1, Stent 2019) und die COPD (J44.9)
        entfällt damit. Für die laufende Behandlung ändert sich nichts,
        außer dass Arztrechnungen nur noch bis zum 1,8-fachen Satz der GOÄ
        erstattet werden – er sollte das seinen Ärzten sagen.

        Neuer Beitrag: 618,20 EUR statt 1.104,50 EUR monatlich.

        Viele Grüße
        Lars Gerdes
    ''')
    return c.build('2026-11-05 11:01', who('lg'), KAMINSKI, 'Standardtarif Szczepanik', text(body, cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'harmless body; the ODT attachment summarises a named client\'s medical certificate for an accident claim')
def s_odt_attest(c):
    body = dedent('''
        Moin Frau Jacobsen,

        anbei die Zusammenfassung, um die Sie gebeten haben.

        Schöne Grüße
        Nadine Krüger
    ''')
    odt = odt_bytes(['Zusammenfassung ärztliches Attest – Unfall UV-0229813',
                     'Versicherter: Finn-Ole Carstensen, geb. 07.08.1999, Hamburg',
                     'Unfall: 03.08.2026, Sturz beim Kitesurfen vor St. Peter-Ording',
                     'Diagnosen laut Attest Dr. Mahnke (Klinikum Nordelbe): Ruptur des vorderen Kreuzbandes rechts (S83.53), '
                     'Innenmeniskusläsion (S83.2), Prellung der Schulter',
                     'Behandlung: Kreuzbandplastik am 19.08.2026, Physiotherapie 3x wöchentlich',
                     'Arbeitsunfähigkeit: voraussichtlich bis 31.10.2026',
                     'Prognose: dauerhafte Restbeschwerden möglich, Invaliditätsbemessung frühestens 08/2027'],
                    title='Attest Zusammenfassung', author='N. Krueger', created='2026-09-01T08:00:00')
    return c.build('2026-09-01 08:16', who('nk'), HANSE, 'AW: Unfall Carstensen – Zusammenfassung',
                   mixed(text(body, cte='8bit'), attach(odt, CT_ODT, 'Zusammenfassung_Attest_Carstensen.odt')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'health fact only in the subject (named client, loading, herniated disc); body bland')
def s_subject_bandscheibe(c):
    body = dedent('''
        Hallo Herr Özdemir,

        wie telefonisch besprochen: Annahmeerklärung anbei im Portal, bitte
        vom Kunden unterschreiben lassen.

        Gruß
        Selin
    ''')
    return c.build('2026-10-01 12:09', who('sa'), OEZ, 'Risikozuschlag Hr. Demir – Bandscheibe', text(body, charset='iso-8859-1', cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'accidental death of a named client: circumstances, autopsy result, benefit to heirs')
def s_unfalltod(c):
    body = dedent('''
        Grüß Gott Herr Brunner,

        es tut mir sehr leid um Ihren Kunden. Zum Todesfall von Herrn
        Anton Reischl (Unfall UV-0211408, Landwirt):

        Herr Reischl ist am 28.08. beim Holzrücken im eigenen Wald unter den
        umstürzenden Traktor geraten. Laut Obduktionsbericht
        (Institut für Rechtsmedizin) ist er an einem Polytrauma mit
        Thoraxkompression verstorben; eine Blutalkoholkonzentration lag
        nicht vor, ein vorangegangener Herzinfarkt wurde ausgeschlossen.
        Damit ist der Unfallbegriff erfüllt.

        Todesfallleistung: 60.000 EUR an die Bezugsberechtigte (Ehefrau
        Frau Theresia Reischl). Außerdem wird die Bergungskosten-Rechnung
        der Feuerwehr (2.180 EUR) übernommen.

        Die landwirtschaftliche Berufsgenossenschaft prüft parallel.

        Beste Grüße
        Nadine Krüger
    ''')
    return c.build('2026-09-21 10:40', who('nk'), BRUNNER, 'Todesfall Reischl – UV-0211408', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker', 'health application of a named client with past alcohol dependence treatment; body sent base64-encoded')
def s_alkohol_entwoehnung(c):
    body = dedent('''
        Hallo Herr Huber,

        zum KV-Antrag von Herrn Bernd Fischbacher (A26-066701): Herr
        Fischbacher hat im Antrag offen angegeben, dass er 2021 eine
        stationäre Entwöhnungsbehandlung wegen Alkoholabhängigkeit
        (F10.2) in der Fachklinik Allgäuhöhe gemacht hat und seitdem
        abstinent ist (Selbsthilfegruppe, Hausarzt bestätigt normale
        Leberwerte, GGT 28 U/l).

        Nach 5 Jahren Abstinenz können wir annehmen:
          – Risikozuschlag 30 %
          – Leistungsausschluss für erneute Entwöhnungsbehandlungen in den
            ersten 3 Versicherungsjahren

        Bitte mit dem Kunden besprechen; die Annahmeerklärung ist 4 Wochen
        gültig.

        Grüße
        Lars Gerdes
    ''')
    return c.build('2026-06-30 13:27', who('lg'), FKS, 'KV-Antrag Fischbacher – Annahme mit Zuschlag', text(body, cte='base64'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'expat health application: named applicant with asthma (J45.0), inhalers and hay fever, acceptance terms')
def s_expat_asthma(c):
    body = dedent('''
        Hi Sarah,

        Application A26-058810, Ms Chloé Marchetti (born 4 July 1994),
        KV-Top International Comfort:

        From the questionnaire and her GP letter: allergic asthma since
        childhood (J45.0), budesonide/formoterol inhaler daily,
        salbutamol as needed, no hospital admissions, lung function normal;
        seasonal hay fever (J30.1) with antihistamines.

        Our offer: acceptance with a 15 % loading for the asthma, no
        exclusion. Hay fever no loading. If she is symptom-free without
        daily inhaler for 3 years, she can ask us to remove the loading.

        Premium: EUR 297.00 + 15 % = EUR 341.55 per month.

        Lars
    ''')
    return c.build('2026-05-15 14:48', who('lg'), EXPAT, 'Application Marchetti - offer with loading', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'rehabilitation stay of a named client after a stroke; cost approval under the health policy')
def s_reha(c):
    body = dedent('''
        Hi Henrik,

        For your client Mr Göran Ekdahl (private health KV-7698812): we
        approve the inpatient neurological rehabilitation at the
        Alstertal Reha-Klinik... sorry, at the neurological rehab centre
        Hamburg-Bergedorf (the Alstertal one had no bed), following his
        ischaemic stroke (I63.5) on 2 November and the acute stay at the
        stroke unit of Klinikum Nordelbe.

        Approval: phase C rehabilitation, 28 days, daily rate EUR 389,
        extension possible on the doctors' request. Speech therapy and
        physiotherapy are included in the daily rate.

        His wife asked about a care allowance afterwards - he has no
        long-term care insurance with us, so that would be the statutory
        care insurance only.

        Best,
        Lars
    ''')
    letter = pdf_bytes(['Rheinauer Krankenversicherung - Kostenzusage Rehabilitation', '',
                        'Versicherter: Goeran Ekdahl, Vertrag KV-7698812',
                        'Diagnose: ischaemischer Hirninfarkt (I63.5) am 02.11.2026, Hemiparese rechts, Aphasie',
                        'Massnahme: stationaere neurologische Rehabilitation Phase C, 28 Tage',
                        'Einrichtung: Neurologisches Rehazentrum Hamburg-Bergedorf',
                        'Tagessatz: 389,00 EUR inkl. Logopaedie und Physiotherapie',
                        'Verlaengerung auf aerztlichen Antrag moeglich.'],
                       'Kostenzusage Reha', date='20261112160000')
    return c.build('2026-11-12 16:25', who('lg'), NORDIC, 'Rehab approval Ekdahl',
                   mixed(text(body, cte='quoted-printable'), attach(letter, 'application/pdf', 'Kostenzusage_Reha_Ekdahl.pdf')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'hearing aids claim of a named client under private health cover, audiogram findings')
def s_hearing_aids(c):
    body = dedent('''
        Hi Aoife,

        Mr Seamus Gallagher's claim for hearing aids (KV-7705519) is
        approved. The ENT report confirms bilateral sensorineural hearing
        loss (H90.3), 45-55 dB in the speech range.

          Invoice Hörwelt Frankfurt, 2 devices      EUR 4,380.00
          Tariff limit hearing aids (every 4 years)  EUR 3,000.00
          Payment                                    EUR 3,000.00

        The remaining EUR 1,380 is his own share. He can claim again in
        October 2030.

        Lars
    ''')
    return c.build('2026-10-06 10:27', who('lg'), LIFFEY, 'Hearing aids Gallagher - approved up to the limit', text(body, charset='utf-8', cte='quoted-printable'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'key-person life cover for a GmbH CEO: named person\'s medical exam and lab results (PDF)')
def s_keyperson_exam(c):
    body = dedent('''
        Dear James,

        The medical examination for the key-person cover (EUR 2.5m) on
        Mr Henrik Vandersloot, CEO of Halden Maschinenbau GmbH, is
        complete. The results are attached. Everything is within normal
        limits except a raised gamma-GT and liver values; our medical
        officer wants a repeat blood test in 8 weeks before final terms.
        Interim cover of EUR 500,000 is in place until then.

        Kind regards,
        Selin Arslan
    ''')
    lines = ['Medical examination report - applicant Henrik Vandersloot, born 22.10.1969',
             'Examining doctor: Dr. med. Paul Kretschmer, Duesseldorf, 12.08.2026', '',
             'Height 184 cm, weight 93 kg, BMI 27.5, BP 132/84, pulse 72',
             'ECG at rest: sinus rhythm, no abnormalities', '',
             'Laboratory                 result       reference',
             'Total cholesterol          228 mg/dl    < 200',
             'HDL                         52 mg/dl    > 40',
             'HbA1c                       5.4 %       < 5.7',
             'Gamma-GT                    118 U/l     < 60',
             'ALT (GPT)                    71 U/l     < 50',
             'Creatinine                  0.9 mg/dl   0.7-1.3',
             'HIV / hepatitis B/C        negative', '',
             'Assessment: raised liver enzymes, alcohol history to be clarified; repeat in 8 weeks.']
    return c.build('2026-08-19 09:44', who('sa'), BLACKWOOD, 'Key-person cover Vandersloot - medical results',
                   mixed(text(body, charset='us-ascii', cte='7bit'),
                         attach(pdf_bytes(lines, 'Medical examination report', date='20260813100000'), 'application/pdf',
                                'medical_exam_Vandersloot.pdf')), cc=[who('fh')])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'surrender value statement of a named client\'s endowment life policy (personal line, no medical word), text and HTML')
def s_surrender_value(c):
    t = dedent('''
        Dear Sanne,

        As requested for your client Mr Bas Hendriks-Smit, the surrender
        value of his endowment policy LV-4402291 as of 1 September 2026:

          premiums paid since 2012:        EUR 38,640.00
          guaranteed surrender value:      EUR 35,118.22
          terminal bonus (not guaranteed): EUR  2,904.71
          total payable:                   EUR 38,022.93
          of which taxable income:         EUR  1,871.40

        A partial surrender or a policy loan would keep the death cover in
        force. He has until 31 August to decide if he wants the value as
        of that date.

        Kind regards,
        Selin Arslan
    ''')
    h = ('<html><body><p>Dear Sanne,</p><p>As requested for your client <b>Mr Bas Hendriks-Smit</b>, the surrender value of '
         'his endowment policy LV-4402291 as of 1 September 2026:</p><table border="1" cellpadding="3">'
         '<tr><td>premiums paid since 2012</td><td>EUR 38,640.00</td></tr><tr><td>guaranteed surrender value</td><td>EUR 35,118.22'
         '</td></tr><tr><td>terminal bonus (not guaranteed)</td><td>EUR 2,904.71</td></tr><tr><td><b>total payable</b></td>'
         '<td><b>EUR 38,022.93</b></td></tr><tr><td>of which taxable income</td><td>EUR 1,871.40</td></tr></table>'
         '<p>Kind regards,<br>Selin Arslan</p></body></html>')
    return c.build('2026-08-14 12:00', who('sa'), VDM, 'Surrender value LV-4402291 Hendriks-Smit', alt(text(t), html(h)))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'private pension payout options for a named client with date of birth (ODS)')
def s_pension_options(c):
    body = dedent('''
        Dear Priya,

        Your client Mrs Margaret Ashdown-Vogel reaches the pension start
        date of her Rheinauer private pension (LV-4380071) on 1 March 2027.
        The options are in the attached spreadsheet. She needs to tell us
        by 1 December 2026 whether she wants the lump sum.

        Kind regards,
        Selin Arslan
    ''')
    rows = [['Client', 'Margaret Ashdown-Vogel', '', ''], ['Date of birth', '1960-02-26', '', ''],
            ['Policy', 'LV-4380071', '', ''], ['', '', '', ''],
            ['Option', 'Monthly pension EUR', 'Lump sum EUR', 'Note'],
            ['Lifelong pension', 612.4, 0, 'guaranteed 10 years'],
            ['Lifelong pension, 20 % lump sum', 489.9, 38402.0, ''],
            ['Full lump sum', 0, 192010.0, 'half of gains taxable'],
            ['Pension with 15-year guarantee', 588.1, 0, 'to heirs if death within 15 years']]
    return c.build('2026-09-09 10:22', who('sa'), BLACKWOOD2, 'Pension options Ashdown-Vogel (LV-4380071)',
                   mixed(text(body), attach(ods_bytes([('Options', rows)], title='Pension options'), CT_ODS,
                                            'pension_options_Ashdown-Vogel.ods')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'group health scheme: claims list with named employees and diagnoses (XLSX)')
def s_group_health_claims(c):
    body = dedent('''
        Hi Aoife,

        The quarterly claims report for the group health scheme of Emerald
        Foods GmbH is attached. Note: this version is for you only - it
        includes names and diagnoses because you asked for the large
        claims. The version for the employer (HR) is anonymised and went
        out separately.

        Lars
    ''')
    rows = [['Member', 'Claim date', 'Diagnosis (ICD-10)', 'Provider', 'Amount EUR'],
            ['Cormac Fitzgerald', '2026-07-14', 'K80.2 gallstones, cholecystectomy', 'Klinik am Buchrain', 6420.8],
            ['Orla Dunne', '2026-08-02', 'O80 normal delivery', 'Mainufer-Klinik Frankfurt', 3950.0],
            ['Stefan Krauß', '2026-08-19', 'M23.2 meniscus tear, arthroscopy', 'OrthoCentrum Frankfurt', 4180.5],
            ['Niamh Quigley', '2026-09-05', 'F41.1 generalised anxiety, psychotherapy 10 sessions', 'Praxis Dr. Vogt', 1200.0]]
    return c.build('2026-10-08 17:12', who('lg'), LIFFEY, 'Group health Emerald Foods - Q3 claims (named)',
                   mixed(text(body, charset='us-ascii', cte='7bit'),
                         attach(xlsx_bytes([('Q3 2026', rows)]), CT_XLSX, 'EmeraldFoods_grouphealth_Q3-2026_named.xlsx')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker', 'disability claim of a named client with burnout/depression (F32.1): status and missing reports')
def s_burnout_claim(c):
    body = dedent('''
        Hi Henrik,

        Status of the disability claim for Ms Linnea Åberg (BU-0888410,
        marketing manager): we have the reports from her psychiatrist
        (moderate depressive episode, F32.1, initially filed as
        "burnout") and the day clinic (8 weeks, discharged 30 June).

        Still missing:
        - the current report from her psychotherapist (frequency, progress)
        - her employer's job description with weekly hours and travel
        - the sick-pay statement of her statutory health insurer

        As soon as we have these we decide within 10 working days. Benefits
        would be paid back to the date of the claim (1 May).

        Selin
    ''')
    return c.build('2026-07-23 13:49', who('sa'), NORDIC, 'Disability claim Åberg - 3 documents missing', text(body))


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-broker', 'travel health claim abroad for a named client: English hospital data, German answer to the Austrian broker')
def s_travel_health_mixed(c):
    body = dedent('''
        Lieber Herr Mag. Pichler,

        zum Auslandsreisekranken-Fall Ihrer Kundin Frau Dr. Verena
        Hofstätter-Quinn (RK-Welt RK-0229017): die Klinik in Kapstadt hat
        uns die Unterlagen auf Englisch geschickt, Auszug:

          "Admitted 14/01/2026 with acute pyelonephritis (N10) and
           sepsis; IV antibiotics, 6 days inpatient, discharged in stable
           condition. Fit to fly from 22/01/2026."

        Rechnung: ZAR 184.300 (ca. 9.150 EUR). Wir zahlen direkt an das
        Krankenhaus; der Rücktransport war nicht nötig, die Umbuchung des
        Flugs (420 EUR) erstatten wir der Kundin.

        Please let her know the claim is fully covered – she asked in
        English.

        Herzliche Grüße
        Lars Gerdes
    ''')
    return c.build('2026-01-26 15:30', who('lg'), ALPEN, 'Reisekranken Hofstätter-Quinn – Kapstadt / claim covered', text(body, cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'broker', 'internal German note forwarding an English broker mail about a named client\'s chemotherapy bills')
def s_fwd_chemo(c):
    body = dedent('''
        Hallo Kollegen in der Leistung Kranken,

        bitte diesen Fall priorisieren – der Makler (Expat Cover, Berlin)
        schreibt, dass die Onkologie schon mahnt. Vertrag KV-7706675,
        KV-Top International Premium. Danke!

        Lars

        From: Tom Akintola <tom.akintola@expatcover.example>
        Sent: Monday, 2 March 2026 11:05
        To: Lars Gerdes
        Subject: Urgent - chemotherapy invoices Mr Haddad

        Hi Lars,

        Our client Mr Karim Haddad (KV-7706675) is in chemotherapy for
        colon cancer (C18.7, FOLFOX, cycle 4 of 12) at the oncology
        practice Dr. Seidel in Berlin-Mitte. The practice has sent him
        three invoices (EUR 4,870 / 5,120 / 4,960) and a reminder. He
        submitted them via the app on 10 February but nothing has been
        paid. Could you check? He is really not in a state to deal with
        this.

        Thanks,
        Tom
    ''')
    return c.build('2026-03-02 11:40', who('lg'), box('leistung-kranken', 'Leistung Kranken'), 'WG: Urgent - chemotherapy invoices Mr Haddad',
                   text(body, cte='quoted-printable'), headers=[('Importance', 'high')])


# ===========================================================================
# build, write, check
# ===========================================================================

def ordered():
    """the mails in file order: definition order shuffled with the corpus seed"""
    items = list(MAILS)
    random.Random(SEED).shuffle(items)
    return items


def build_all():
    out = []
    for i, (fn, label, lang, kind, reason) in enumerate(ordered(), 1):
        c = Ctx(i)
        raw = fn(c)
        assert isinstance(raw, bytes), fn.__name__
        out.append((c.name, raw, label, lang, kind, reason, fn.__name__))
    return out


def labels_tsv(built):
    rows = ['file\tlabel\tlang\tkind\treason']
    for name, raw, label, lang, kind, reason, _ in built:
        rows.append('\t'.join([name + '.eml', label, lang, kind, reason]))
    return ('\n'.join(rows) + '\n').encode('utf-8')


def write_all():
    built = build_all()
    mdir = os.path.join(HERE, 'mails')
    os.makedirs(mdir, exist_ok=True)
    for f in os.listdir(mdir):
        if f.startswith(PREFIX) and f.endswith('.eml'):
            os.remove(os.path.join(mdir, f))
    for name, raw, *_ in built:
        with open(os.path.join(mdir, name + '.eml'), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(labels_tsv(built))
    print('wrote %d mails and labels.tsv' % len(built))


# ----------------------------------------------------------------- checking

class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)


def html_to_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return ' '.join(p.parts)


def pdf_text(data):
    assert data.startswith(b'%PDF-1.'), 'no PDF header'
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    assert m, 'no startxref/%%EOF'
    xref = int(m.group(1))
    hm = re.match(rb'xref\s+0 (\d+)\s*\n', data[xref:])
    assert hm, 'startxref does not point to xref'
    n = int(hm.group(1))
    pos = xref + hm.end()
    for i in range(n):
        entry = data[pos + 20 * i:pos + 20 * i + 20]
        assert len(entry) == 20 and entry[18:20] == b' \n', 'bad xref entry'
        if entry[17:18] == b'n':
            off = int(entry[:10])
            assert data[off:].startswith(b'%d 0 obj' % i), 'xref offset wrong for object %d' % i
    assert b'/Type /Catalog' in data
    texts = []
    for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        tail = data[sm.end() + ln:sm.end() + ln + 10]
        assert tail.startswith(b'endstream') or tail.startswith(b'\nendstream'), 'stream length wrong'
        if sm.group(2):
            raw = zlib.decompress(raw)
        for tm in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', raw):
            s = re.sub(rb'\\(.)', rb'\1', tm.group(1))
            texts.append(s.decode('cp1252'))
    t = '\n'.join(texts)
    assert t.strip(), 'PDF without text layer'
    return t


def _xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(x for x in root.itertext())


def office_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    for n in names:
        if n.endswith('.xml') or n.endswith('.rels'):
            ET.fromstring(z.read(n))
    if kind == 'docx':
        assert '[Content_Types].xml' in names and 'word/document.xml' in names
        t = _xml_text(z.read('word/document.xml'))
    elif kind == 'xlsx':
        assert '[Content_Types].xml' in names and 'xl/workbook.xml' in names
        t = ' '.join(_xml_text(z.read(n)) for n in names if n.startswith('xl/worksheets/'))
    else:
        assert names[0] == 'mimetype', 'ODF mimetype must come first'
        zi = z.getinfo('mimetype')
        assert zi.compress_type == zipfile.ZIP_STORED
        mt = z.read('mimetype').decode('ascii')
        assert mt == {'odt': CT_ODT, 'ods': CT_ODS}[kind], mt
        assert 'META-INF/manifest.xml' in names
        t = _xml_text(z.read('content.xml'))
    assert t.strip(), 'office document without text'
    return t


def check_file(fname, data, charset=None, stats=None):
    """open one attachment (by file name); returns its text"""
    ext = fname.rsplit('.', 1)[-1].lower()
    if stats is not None:
        stats[ext] = stats.get(ext, 0) + 1
    if ext == 'pdf':
        return pdf_text(data)
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        return office_text(data, ext)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return '\n'.join(check_file(n, z.read(n), None, stats) for n in z.namelist() if not n.endswith('/'))
    if ext == 'csv':
        s = data.decode(charset or 'utf-8')
        rows = list(csv.reader(io.StringIO(s), delimiter=';' if s.count(';') >= s.count(',') else ','))
        assert len(rows) >= 2, 'csv too short'
        return s
    if ext == 'ics':
        s = data.decode(charset or 'utf-8')
        assert s.startswith('BEGIN:VCALENDAR\r\n') and s.rstrip().endswith('END:VCALENDAR')
        s = s.replace('\r\n ', '')  # unfold (RFC 5545 3.1)
        for d in re.findall(r'DTSTART;TZID=[^:]+:(\d{4})', s):
            assert d == '2026', 'ICS event not in 2026'
        return s
    if ext in ('html', 'htm'):
        s = data.decode(charset or 'utf-8')
        return html_to_text(s) + '\n' + s
    if ext in ('txt', 'log'):
        return data.decode(charset or 'utf-8')
    if ext == 'eml':
        m = email.message_from_bytes(data, policy=policy.default)
        return check_message(m, None, stats)
    raise AssertionError('unknown attachment type ' + fname)


def walk_own(p):
    """like Message.walk(), but does not descend into message/rfc822 parts"""
    yield p
    if p.is_multipart() and p.get_content_type() != 'message/rfc822':
        for s in p.get_payload():
            yield from walk_own(s)


def check_message(msg, seen_ids, stats, top=False):
    """validates a parsed message (recursively); returns all its text"""
    texts = []
    for k, v in msg.items():
        assert not getattr(v, 'defects', None), 'header defect %s: %r' % (k, v.defects)
        texts.append('%s: %s' % (k, v))
    d = parsedate_to_datetime(str(msg['Date']))
    assert d.year == 2026, 'date not in 2026'
    mid = str(msg['Message-ID'])
    if seen_ids is not None:
        assert mid not in seen_ids, 'duplicate Message-ID ' + mid
        seen_ids.add(mid)
    for h in ('From', 'To', 'Cc', 'Reply-To'):
        if msg[h] is not None:
            for a in msg[h].addresses:
                assert a.domain.endswith('.example'), 'address outside .example: %s' % a.addr_spec
    if top:
        frm = msg['From'].addresses[0].domain
        assert frm == DOMAIN or frm.endswith('.' + DOMAIN), 'not sent from the insurer: ' + frm
    for part in walk_own(msg):
        assert not part.defects, 'MIME defect: %r' % part.defects
        for k, v in part.items():
            assert not getattr(v, 'defects', None), 'part header defect %s' % k
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == 'message/rfc822':
                inner = part.get_payload()[0]
                if stats is not None:
                    stats['eml'] = stats.get('eml', 0) + 1
                texts.append(check_message(inner, seen_ids, stats))
            continue
        fname = part.get_filename()
        cs = part.get_content_charset()
        payload = part.get_payload(decode=True)
        if fname:
            texts.append(check_file(fname, payload, cs, stats))
            continue
        if ct.startswith('text/'):
            s = payload.decode(cs or 'us-ascii')
            if ct == 'text/html':
                texts.append(html_to_text(s))
            texts.append(s)
        else:
            raise AssertionError('unexpected leaf without file name: ' + ct)
    return '\n'.join(texts)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r'https?://([^/\s"\'<>)\]]+)')
WWW_RE = re.compile(r'\bwww\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
IBAN_RE = re.compile(r'\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b', re.I)


def check_all():
    built = build_all()
    problems = []
    if len(built) != N_MAILS:
        problems.append('expected %d mails, got %d' % (N_MAILS, len(built)))
    # byte-identical rebuild
    mdir = os.path.join(HERE, 'mails')
    on_disk = sorted(f for f in os.listdir(mdir) if f.endswith('.eml'))
    expect = sorted(b[0] + '.eml' for b in built)
    if on_disk != expect:
        problems.append('mail files on disk differ from the generator list')
    for name, raw, *_ in built:
        p = os.path.join(mdir, name + '.eml')
        if not os.path.exists(p) or open(p, 'rb').read() != raw:
            problems.append(name + ': file differs from rebuild')
    if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != labels_tsv(built):
        problems.append('labels.tsv differs from rebuild')
    # a second build in the same process must be identical as well
    if [b[1] for b in build_all()] != [b[1] for b in built]:
        problems.append('generator is not deterministic')

    seen = set()
    stats = {}
    top_types, charsets, ctes = {}, {}, {}
    n_att_mails = 0
    ibans = 0
    for name, raw, label, lang, kind, reason, fname in built:
        try:
            assert b'\n' not in raw.replace(b'\r\n', b'') and b'\r' not in raw.replace(b'\r\n', b''), 'bare LF/CR'
            for ln in raw.split(b'\r\n'):
                assert len(ln) <= 998, 'line longer than 998 bytes'
            hdr_end = raw.index(b'\r\n\r\n')
            raw[:hdr_end].decode('ascii')
            msg = email.message_from_bytes(raw, policy=policy.default)
            before = dict(stats)
            alltext = check_message(msg, seen, stats, top=True)
            if stats != before:
                n_att_mails += 1
            ct = msg.get_content_type()
            top_types[ct] = top_types.get(ct, 0) + 1
            for part in walk_own(msg):
                if part.get_content_maintype() == 'text' and part.get_filename() is None:
                    cs = part.get_content_charset()
                    charsets[cs] = charsets.get(cs, 0) + 1
                    cte = str(part.get('Content-Transfer-Encoding', '7bit')).lower()
                    ctes[cte] = ctes.get(cte, 0) + 1
            for m in EMAIL_RE.finditer(alltext):
                assert m.group(1).lower().endswith('.example'), 'domain outside .example: ' + m.group(0)
            for m in URL_RE.finditer(alltext):
                host = m.group(1).split(':')[0].rstrip('.').lower()
                assert host.endswith('.example'), 'URL outside .example: ' + m.group(0)
            for m in WWW_RE.finditer(alltext):
                assert m.group(0).lower().rstrip('.').endswith('.example'), 'www host outside .example: ' + m.group(0)
            for m in IBAN_RE.finditer(alltext):
                assert iban_ok(m.group(0)), 'German IBAN fails mod 97: ' + m.group(0)
                ibans += 1
        except Exception as e:  # collect, report all
            problems.append('%s (%s): %s: %s' % (name, fname, type(e).__name__, e))

    counts = {}
    for b in built:
        counts[b[2]] = counts.get(b[2], 0) + 1
    if counts != EXPECTED:
        problems.append('label counts %r != %r' % (counts, EXPECTED))

    # ---- report
    langs = ['de', 'en', 'mixed']
    print('mails: %d   labels: %s' % (len(built), ', '.join('%s %d' % (k, counts.get(k, 0)) for k in EXPECTED)))
    print('\nlabel x lang')
    for lab in EXPECTED:
        print('  %-22s %s  total %d' % (lab, '  '.join('%s %3d' % (l, sum(1 for b in built if b[2] == lab and
                                                                           b[3] == l)) for l in langs),
                                        counts.get(lab, 0)))
    print('  %-22s %s' % ('all', '  '.join('%s %3d' % (l, sum(1 for b in built if b[3] == l)) for l in langs)))
    print('\nkind x label (NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL)')
    kinds = sorted(set(b[4] for b in built), key=lambda k: -sum(1 for b in built if b[4] == k))
    for k in kinds:
        row = [sum(1 for b in built if b[4] == k and b[2] == lab) for lab in EXPECTED]
        print('  %-24s %3d   %3d / %3d / %3d' % (k, sum(row), *row))
    print('\ntop-level types:', ', '.join('%s %d' % kv for kv in sorted(top_types.items(), key=lambda x: -x[1])))
    print('body charsets:  ', ', '.join('%s %d' % kv for kv in sorted(charsets.items(), key=lambda x: -x[1])))
    print('body encodings: ', ', '.join('%s %d' % kv for kv in sorted(ctes.items(), key=lambda x: -x[1])))
    print('mails with attachments: %d' % n_att_mails)
    print('attachments opened (incl. ZIP members, forwarded mails):',
          ', '.join('%s %d' % kv for kv in sorted(stats.items(), key=lambda x: -x[1])))
    print('traps (NORMAL with "trap:"): %d, grey decisions: %d' % (
        sum(1 for b in built if b[2] == 'NORMAL' and 'trap:' in b[5]), sum(1 for b in built if 'grey:' in b[5])))
    print('German IBANs found and mod-97 valid: %d' % ibans)
    print('Message-IDs unique: %d' % len(seen))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print('  ' + p)
        print('\nCHECK FAILED')
        return 1
    print('\nCHECK OK: byte-identical rebuild, no MIME defects, CRLF only, lines <= 998 bytes, unique Message-IDs,'
          ' dates in 2026, all domains .example, text parts decode, attachments open, IBANs valid, label counts '
          'as expected')
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check_all())
    write_all()
