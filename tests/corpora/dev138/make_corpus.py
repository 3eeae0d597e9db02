#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the Siegel test corpus dev138 (prefix d138-, seed 138).

Emphasis: the benefits and claims department for health and accident cover
("Leistungsservice Kranken & Unfall") of the fictitious composite insurer
Weserau Versicherung AG -- claims handlers writing to customers, doctors,
hospitals, pharmacies, physiotherapists, medical reviewers and colleagues,
plus the ordinary harmless mail such a department sends.

Python standard library only.

    python3 make_corpus.py           # writes mails/d138-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory and validates everything
    python3 make_corpus.py --stats   # prints the distribution tables used in README.md

Every mail is its own hand-written function (m001 ... m150, section MAILS).
Shared pieces are only the MIME/attachment builders, the staff signatures
and the legal footers (the same person always signs the same way).
All persons, numbers, addresses and organisations are invented; every
domain ends in .example; every date lies in 2026.
"""

import argparse
import base64
import binascii
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import os
import random
import re
import sys
import zipfile
import zlib
from email.header import Header
from html import escape as hesc
from urllib.parse import quote as urlquote
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd138-'
SEED = 138
N_MAILS = 150
WANT = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
DOM = 'weserau-versicherung.example'
CRLF = b'\r\n'

# ---------------------------------------------------------------------------
# small helpers: IBANs, dates, addresses
# ---------------------------------------------------------------------------

def _iban_check(country, bban):
    digits = ''.join(str(int(ch, 36)) for ch in (bban + country + '00'))
    return '%02d' % (98 - int(digits) % 97)


def iban_de(blz, konto, grouped=True):
    """A German IBAN with correct ISO 7064 mod-97 check digits."""
    bban = '%08d%010d' % (int(blz), int(konto))
    s = 'DE' + _iban_check('DE', bban) + bban
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_gb(bank, sort, acct, grouped=True):
    bban = bank + '%06d%08d' % (int(sort), int(acct))
    s = 'GB' + _iban_check('GB', bban) + bban
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s):
    s = re.sub(r'\s', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    moved = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _berlin(d):
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= d < datetime.datetime(2026, 10, 25, 3, 0)
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))


def rfcdate(s):
    """'2026-03-02 09:14' (Europe/Berlin wall clock) -> RFC 5322 date."""
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    assert d.year == 2026, s
    return email.utils.format_datetime(d.replace(tzinfo=_berlin(d)))


def ascii_only(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def addr(name, mail, cs='utf-8'):
    """Format one mailbox; non-ASCII display names become RFC 2047 words."""
    if not name:
        return mail
    if ascii_only(name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), mail)
        return '%s <%s>' % (name, mail)
    return '%s <%s>' % (Header(name, cs).encode(), mail)


def fold(name, value):
    """Encode (if needed) and fold a header so that no line exceeds 78 chars."""
    if ascii_only(value) and len(name) + 2 + len(value) <= 78:
        return '%s: %s' % (name, value)
    if ascii_only(value):
        words = value.split(' ')
        lines, cur = [], name + ':'
        for w in words:
            if len(cur) + 1 + len(w) > 76 and cur != name + ':':
                lines.append(cur)
                cur = ' ' + w
            else:
                cur = cur + ' ' + w
        lines.append(cur)
        return '\r\n'.join(lines)
    h = Header(value, 'utf-8', header_name=name)
    return '%s: %s' % (name, h.encode(linesep='\r\n'))


def quote(text, prefix='> '):
    """Quote a text the way Thunderbird/mobile clients do."""
    out = []
    for line in text.strip('\n').split('\n'):
        out.append((prefix + line) if line else prefix.rstrip())
    return '\n'.join(out)


def ddmmyyyy(s):
    return s

# ---------------------------------------------------------------------------
# the invented world: staff, signatures, footers
# ---------------------------------------------------------------------------

ORG = 'Weserau Versicherung AG'
ADDR_LINE = 'Am Kornspeicher 12 · 28999 Weserau'

STAFF = {
    # key: (display name, local part, role de, role en, phone extension)
    'oltmanns': ('Jana Oltmanns', 'jana.oltmanns', 'Leistungsservice Kranken & Unfall · Team ambulant',
                 'Health & Accident Claims | Outpatient team', '412'),
    'arslan': ('Mehmet Arslan', 'mehmet.arslan', 'Leistungsservice Kranken & Unfall · Team stationär',
               'Health & Accident Claims | Inpatient team', '437'),
    'stoever': ('Katrin Stöver', 'katrin.stoever', 'Leistungsservice Kranken & Unfall · Unfall-Leistung',
                'Health & Accident Claims | Accident benefits', '455'),
    'hallmann': ('Dr. med. Friederike Hallmann', 'friederike.hallmann', 'Beratungsärztin · Leistungsservice Kranken & Unfall',
                 'Chief Medical Adviser | Health & Accident Claims', '401'),
    'luedeking': ('Torben Lüdeking', 'torben.luedeking', 'Teamleiter Leistung Kranken',
                  'Team Lead Health Claims', '420'),
    'woehlke': ('Sabine Wöhlke', 'sabine.woehlke', 'Teamassistenz Leistungsservice Kranken & Unfall',
                'Team Assistant, Health & Accident Claims', '400'),
    'brinkmann': ('Lukas Brinkmann', 'lukas.brinkmann', 'Unfall-Leistung · Regress',
                  'Accident benefits | Recoveries', '458'),
    'kowalczyk': ('Nadia Kowalczyk', 'nadia.kowalczyk', 'Beschwerdemanagement Kranken & Unfall',
                  'Complaints Management, Health & Accident', '471'),
    'grantham': ('Oliver Grantham', 'oliver.grantham', 'International Claims Desk',
                 'International Claims Desk', '490'),
    'raman': ('Priya Raman', 'priya.raman', 'International Claims Desk',
              'International Claims Desk', '493'),
    'vosskamp': ('Henrik Voßkamp', 'henrik.vosskamp', 'Fachbereichs-IT Leistung',
                 'Business IT, Claims', '480'),
    'dreyer': ('Anke Dreyer', 'anke.dreyer', 'Leistungsservice Kranken · Team Zahn',
               'Health Claims | Dental team', '426'),
    'marten': ('Felix Marten', 'felix.marten', 'Trainee Leistungsservice Kranken & Unfall',
               'Trainee, Health & Accident Claims', '409'),
    'ruhnke': ('Claudia Ruhnke', 'claudia.ruhnke', 'Abteilungsleiterin Leistungsservice Kranken & Unfall',
               'Head of Health & Accident Claims', '402'),
    'petersen': ('Malte Petersen', 'malte.petersen', 'Produktmanagement Kranken & Unfall',
                 'Product Management Health & Accident', '318'),
}


def who(key):
    name, local = STAFF[key][0], STAFF[key][1]
    return (name, local + '@' + DOM)


def box(local, name=None):
    return (name, local + '@' + DOM)


def translit(s):
    for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('Ä', 'Ae'), ('Ö', 'Oe'), ('Ü', 'Ue'), ('ß', 'ss')):
        s = s.replace(a, b)
    return s


def sig(key, lang='de', short=False):
    name, local, role_de, role_en, ext = STAFF[key]
    if short:
        return '%s\n%s' % (name, role_de) if lang == 'de' else '%s\n%s' % (translit(name), role_en)
    if lang == 'de':
        return ('Mit freundlichen Grüßen\n\n%s\n%s\n%s\n%s\nTelefon 04299 7710-%s\n%s@%s'
                % (name, role_de, ORG, ADDR_LINE, ext, local, DOM))
    return ('Kind regards\n\n%s\n%s\n%s\nAm Kornspeicher 12, 28999 Weserau, Germany\nPhone +49 4299 7710-%s\n%s@%s'
            % (translit(name), role_en, ORG, ext, local, DOM))


FOOTER_DE = (
    '--\n'
    'Weserau Versicherung AG · Sitz der Gesellschaft: Weserau · Registergericht:\n'
    'Amtsgericht Weserau HRB 7710 · Vorstand: Dr. Margarethe Einfeld (Vors.),\n'
    'Johannes Pleß, Ayşe Demirtaş · Vorsitzender des Aufsichtsrats: Konrad Hilgenberg\n'
    'Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der\n'
    'richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie\n'
    'diese E-Mail. Informationen zum Datenschutz: https://www.weserau-versicherung.example/datenschutz'
)

FOOTER_DE_LATIN = FOOTER_DE.replace('ş', 's').replace('Ş', 'S')

FOOTER_EN = (
    '--\n'
    'Weserau Versicherung AG, registered office Weserau, Germany. Local court\n'
    'Weserau HRB 7710. Management board: Dr. Margarethe Einfeld (chair),\n'
    'Johannes Pless, Ayse Demirtas. Chairman of the supervisory board: Konrad Hilgenberg.\n'
    'This e-mail may contain confidential information. If you are not the intended\n'
    'recipient, please notify the sender and delete this e-mail.\n'
    'Privacy notice: https://www.weserau-versicherung.example/en/privacy'
)

MAILERS = {
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0'), ('X-MS-Has-Attach', ''),
                ('X-MS-TNEF-Correlator', '')],
    'outlook-de': [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de-DE')],
    'outlook-en': [('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'en-GB')],
    'thunderbird': [('User-Agent', 'Mozilla Thunderbird 128.6.0')],
    'apple': [('X-Mailer', 'iPhone Mail (22D82)')],
    'android': [('X-Mailer', 'Outlook for Android')],
    'klara': [('X-Mailer', 'KLARA Leistungssystem 7.4 (Korrespondenzmodul)')],
    'portal': [('X-Mailer', 'Weserau SecureMail Portal')],
    'newsletter': [('X-Mailer', 'Weserau Kampagnenversand 3.2'), ('Precedence', 'bulk')],
    'webmail': [('X-Mailer', 'Weserau Webmail')],
    None: [],
}

# ---------------------------------------------------------------------------
# MIME builder (hand-rolled so that charset / transfer encoding are exact)
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of header lines (str, already folded)
        self.body = body            # bytes, CRLF line ends, ends with CRLF

    def bytes(self):
        h = ''.join(l + '\r\n' for l in self.headers).encode('ascii')
        return h + CRLF + self.body

    def has_8bit(self):
        return any(b > 127 for b in self.body)


def _norm(raw):
    return raw.replace(b'\r\n', b'\n').replace(b'\r', b'\n')


def encode_body(raw, cte):
    raw = _norm(raw)
    if cte in ('7bit', '8bit'):
        if cte == '7bit':
            raw.decode('ascii')
        if not raw.endswith(b'\n'):
            raw += b'\n'
        out = raw.replace(b'\n', CRLF)
    elif cte == 'quoted-printable':
        if not raw.endswith(b'\n'):
            raw += b'\n'
        out = binascii.b2a_qp(raw, istext=True).replace(b'\n', CRLF)
    elif cte == 'base64':
        out = base64.encodebytes(raw).replace(b'\n', CRLF)
    else:
        raise ValueError(cte)
    return out


def encode_binary(data, cte='base64'):
    assert cte == 'base64'
    return base64.encodebytes(data).replace(b'\n', CRLF)


def text(s, subtype='plain', cs='utf-8', cte='quoted-printable', flowed=False,
         quoted_cs=True, extra=None):
    """A text/* leaf part.  s uses '\\n' line ends."""
    raw = s.encode(cs)          # strict: every character must exist in cs
    cs_txt = '"%s"' % cs if quoted_cs else cs
    ct = 'Content-Type: text/%s; charset=%s' % (subtype, cs_txt)
    if flowed:
        ct += '; format=flowed'
    hs = [ct, 'Content-Transfer-Encoding: %s' % cte]
    if extra:
        hs += extra
    return Part(hs, encode_body(raw, cte))


def _fname_params(filename):
    if ascii_only(filename):
        return 'name="%s"' % filename, 'filename="%s"' % filename
    enc = urlquote(filename, safe='')
    return ("name*=utf-8''%s" % enc, "filename*=utf-8''%s" % enc)


def attach(data, ctype, filename, cte='base64', charset=None, disposition='attachment',
           extra_ct=''):
    np, fp = _fname_params(filename)
    ct = 'Content-Type: %s' % ctype
    if charset:
        ct += '; charset="%s"' % charset
    ct += extra_ct
    ct += ';\r\n\t' + np
    hs = [ct, 'Content-Disposition: %s;\r\n\t%s' % (disposition, fp),
          'Content-Transfer-Encoding: %s' % cte]
    if cte == 'base64':
        body = encode_binary(data)
    else:
        body = encode_body(data, cte)
    return Part(hs, body)


def rfc822(inner_bytes, filename=None):
    hs = ['Content-Type: message/rfc822']
    if filename:
        np, fp = _fname_params(filename)
        hs[0] += ';\r\n\t' + np
        hs.append('Content-Disposition: attachment;\r\n\t%s' % fp)
    else:
        hs.append('Content-Disposition: inline')
    cte = '8bit' if any(b > 127 for b in inner_bytes) else '7bit'
    hs.append('Content-Transfer-Encoding: %s' % cte)
    body = inner_bytes if inner_bytes.endswith(CRLF) else inner_bytes + CRLF
    return Part(hs, body)


class _Boundaries:
    rng = None
    n = 0


def _boundary():
    _Boundaries.n += 1
    r = _Boundaries.rng
    tok = ''.join(r.choice('0123456789abcdefABCDEF') for _ in range(24))
    return '----=_Part_%d_%s' % (_Boundaries.n, tok)


def multipart(subtype, parts, boundary=None, preamble=True, extra_ct=''):
    b = boundary or _boundary()
    body = b''
    if preamble:
        body += b'This is a multi-part message in MIME format.\r\n\r\n'
    for p in parts:
        body += b'--' + b.encode() + CRLF + p.bytes()
        if not p.body.endswith(CRLF):
            body += CRLF
    body += b'--' + b.encode() + b'--' + CRLF
    hs = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (subtype, extra_ct, b)]
    return Part(hs, body)


def alt(plain_part, html_part):
    return multipart('alternative', [plain_part, html_part], preamble=False)


def mixed(*parts):
    return multipart('mixed', list(parts))


def html_doc(inner, lang='de'):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
            '<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}'
            'table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}</style>\n'
            '</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, inner))


def paras_html(txt):
    """Turn a plain text (paragraphs separated by blank lines) into HTML."""
    out = []
    for block in txt.strip('\n').split('\n\n'):
        lines = [hesc(l) for l in block.split('\n')]
        out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return '\n'.join(out)


def message(n, date, frm, to, subject, body, cc=(), bcc=(), reply_to=None,
            mailer='outlook', in_reply_to=None, references=None, extra=(),
            msgid_local=None, subject_cs='utf-8', name_cs='utf-8', importance=None):
    """Serialise one complete message (top-level) as bytes."""
    hs = []
    hs.append('Date: ' + rfcdate(date))
    hs.append(fold('From', addr(frm[0], frm[1], name_cs)))
    if reply_to:
        hs.append(fold('Reply-To', addr(reply_to[0], reply_to[1], name_cs)))
    if to:
        hs.append(fold('To', ', '.join(addr(a, b, name_cs) for a, b in to)))
    if cc:
        hs.append(fold('Cc', ', '.join(addr(a, b, name_cs) for a, b in cc)))
    if ascii_only(subject):
        hs.append(fold('Subject', subject))
    else:
        hs.append('Subject: ' + Header(subject, subject_cs, header_name='Subject').encode(linesep='\r\n'))
    if msgid_local is None:
        h = hashlib.sha1(('%s%04d%d' % (PREFIX, n, SEED)).encode()).hexdigest()[:12]
        msgid_local = '%s%04d.%s' % (PREFIX, n, h)
    hs.append('Message-ID: <%s@%s>' % (msgid_local, DOM))
    if in_reply_to:
        hs.append('In-Reply-To: ' + in_reply_to)
        hs.append(fold('References', references or in_reply_to))
    if importance:
        hs.append('Importance: ' + importance)
    for k, v in MAILERS[mailer]:
        hs.append('%s: %s' % (k, v) if v else '%s:' % k)
    for k, v in extra:
        hs.append(fold(k, v))
    hs.append('MIME-Version: 1.0')
    hs = [h for h in hs if not h.endswith(':')]
    top = Part(hs + body.headers, body.body)
    return top.bytes()


def inner_message(date, frm, to, subject, body, msgid, cc=(), mailer=None, extra=()):
    """A message written by someone else (forwarded as message/rfc822)."""
    hs = ['Date: ' + rfcdate(date), fold('From', addr(frm[0], frm[1]))]
    hs.append(fold('To', ', '.join(addr(a, b) for a, b in to)))
    if cc:
        hs.append(fold('Cc', ', '.join(addr(a, b) for a, b in cc)))
    if ascii_only(subject):
        hs.append(fold('Subject', subject))
    else:
        hs.append('Subject: ' + Header(subject, 'utf-8', header_name='Subject').encode(linesep='\r\n'))
    hs.append('Message-ID: ' + msgid)
    for k, v in MAILERS[mailer]:
        hs.append('%s: %s' % (k, v))
    for k, v in extra:
        hs.append(fold(k, v))
    hs.append('MIME-Version: 1.0')
    return Part(hs + body.headers, body.body).bytes()

# ---------------------------------------------------------------------------
# attachment builders (all deterministic)
# ---------------------------------------------------------------------------


def _zinfo(name, when, compress=True):
    zi = zipfile.ZipInfo(name, date_time=when)
    zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zi.create_system = 3
    zi.external_attr = 0o644 << 16
    return zi


def zbytes(members, when=(2026, 1, 1, 9, 0, 0)):
    """members: list of (name, bytes) or (name, bytes, stored?)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            z.writestr(_zinfo(name, when, not stored), data)
    return buf.getvalue()


def _x(s):
    return hesc(str(s), quote=False)


def _when_iso(when):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % when


def _core_xml(title, author, when):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), _when_iso(when), _when_iso(when)))


def docx(blocks, title='', author='Weserau Versicherung AG', when=(2026, 1, 1, 9, 0, 0)):
    """blocks: str (paragraph) | ('h', text) | ('b', text) bold | ('table', rows)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []

    def run(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(t))

    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p>%s</w:p>' % (run(b) if b else ''))
        elif b[0] == 'h':
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(b[1], True))
        elif b[0] == 'b':
            body.append('<w:p>%s</w:p>' % run(b[1], True))
        elif b[0] == 'table':
            rows = []
            for r in b[1]:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>%s</w:p></w:tc>'
                                % run(str(c)) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            ncol = max(len(r) for r in b[1])
            grid = '<w:tblGrid>%s</w:tblGrid>' % ('<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s%s</w:tbl><w:p/>' % (grid, ''.join(rows)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W, ''.join(body)))
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
    return zbytes([('[Content_Types].xml', ctypes.encode()), ('_rels/.rels', rels.encode()),
                   ('word/document.xml', doc.encode()),
                   ('docProps/core.xml', _core_xml(title, author, when).encode())], when)


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='', author='Weserau Versicherung AG', when=(2026, 1, 1, 9, 0, 0)):
    """sheets: list of (sheet name, rows); numbers stay numbers, the rest inline strings."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
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
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
        files.append(('xl/worksheets/sheet%d.xml' % i, sheet.encode()))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets>%s</sheets></workbook>' % ''.join(wb_sheets))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '%s</Types>' % ''.join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % ''.join(wb_rels))
    return zbytes([('[Content_Types].xml', ctypes.encode()), ('_rels/.rels', rels.encode()),
                   ('xl/workbook.xml', workbook.encode()), ('xl/_rels/workbook.xml.rels', wbrels.encode()),
                   ('xl/styles.xml', styles.encode())] + files +
                  [('docProps/core.xml', _core_xml(title, author, when).encode())], when)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mimetype, content_body, title, when):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, content_body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s><office:meta><dc:title>%s</dc:title>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '<meta:generator>Weserau Office 2026</meta:generator></office:meta></office:document-meta>'
            % (_ODF_NS, _x(title), _when_iso(when)[:-1], _when_iso(when)[:-1]))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zbytes([('mimetype', mimetype.encode(), True), ('META-INF/manifest.xml', manifest.encode()),
                   ('content.xml', content.encode()), ('meta.xml', meta.encode())], when)


def odt(blocks, title='', when=(2026, 1, 1, 9, 0, 0)):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<text:p>%s</text:p>' % _x(b))
        elif b[0] == 'h':
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif b[0] == 'table':
            rows = ''.join('<table:table-row>%s</table:table-row>' % ''.join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c)
                for c in r) for r in b[1])
            ncol = max(len(r) for r in b[1])
            out.append('<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (ncol, rows))
    return _odf('application/vnd.oasis.opendocument.text',
                '<office:text>%s</office:text>' % ''.join(out), title, when)


def ods(sheets, title='', when=(2026, 1, 1, 9, 0, 0)):
    tabs = []
    for name, rows in sheets:
        xr = []
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            xr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        ncol = max(len(r) for r in rows)
        tabs.append('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                    % (_x(name), ncol, ''.join(xr)))
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(tabs), title, when)


def _pdf_str(s):
    b = s.encode('cp1252')
    out = []
    for ch in b:
        c = chr(ch)
        if c in '()\\':
            out.append('\\' + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append('\\%03o' % ch)
    return '(' + ''.join(out) + ')'


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    words, out, cur = line.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf(pages, title='', author='Weserau Versicherung AG', when=(2026, 1, 1, 9, 0, 0), compress=True):
    """pages: list of pages, each a list of lines; a line starting with '# ' is bold/larger.
    Produces a small but valid PDF 1.4 with a real text layer (Helvetica, WinAnsi)."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    font1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    font2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    pages_id = add(None)
    kids = []
    for lines in pages:
        ops = ['BT']
        y = 800
        for line in lines:
            bold = line.startswith('# ')
            t = line[2:] if bold else line
            size = 13 if bold else 10
            for piece in (_wrap(t, 92) if t else ['']):
                ops.append('/%s %d Tf 1 0 0 1 50 %d Tm %s Tj' % ('F2' if bold else 'F1', size, y, _pdf_str(piece)))
                y -= 17 if bold else 13
        ops.append('ET')
        stream = '\n'.join(ops).encode('latin-1')
        if compress:
            data = zlib.compress(stream, 9)
            cobj = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
        else:
            cobj = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        kids.append(add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] '
                         '/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>'
                         % (pages_id, font1, font2, cobj)).encode()))
    objs[pages_id - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>'
                          % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    catalog = add(('<< /Type /Catalog /Pages %d 0 R >>' % pages_id).encode())
    d = 'D:%04d%02d%02d%02d%02d%02d' % when
    info = add(('<< /Title %s /Author %s /Producer (Weserau Dokumentservice 4.1) /CreationDate (%s) >>'
                % (_pdf_str(title), _pdf_str(author), d)).encode('latin-1'))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, catalog, info, xref))
    return bytes(out)


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    parts, cur = [], ''
    for ch in line:
        limit = 75 if not parts else 74
        if len((cur + ch).encode('utf-8')) > limit:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return '\r\n '.join(parts)


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


VTZ = ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
       'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST',
       'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
       'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET',
       'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
       'END:VTIMEZONE']


def ics(uid, start, end, summary, organizer, attendees=(), location='', description='',
        method='REQUEST', stamp='20260101T080000Z', rrule=None, sequence=0):
    """start/end: '20260316T100000' local Europe/Berlin."""
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Weserau Versicherung AG//Kalender 2026//DE', 'VERSION:2.0',
         'METHOD:' + method] + VTZ + ['BEGIN:VEVENT', 'UID:%s@%s' % (uid, DOM), 'DTSTAMP:' + stamp,
                                       'DTSTART;TZID=Europe/Berlin:' + start, 'DTEND;TZID=Europe/Berlin:' + end,
                                       'SEQUENCE:%d' % sequence,
                                       'SUMMARY:' + ics_esc(summary)]
    if rrule:
        L.append('RRULE:' + rrule)
    if location:
        L.append('LOCATION:' + ics_esc(location))
    if description:
        L.append('DESCRIPTION:' + ics_esc(description))
    L.append('ORGANIZER;CN=%s:mailto:%s' % (ics_esc(organizer[0]), organizer[1]))
    for a in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s'
                 % (ics_esc(a[0]), a[1]))
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(ics_fold(l) for l in L) + '\r\n').encode('utf-8')


def csvbytes(rows, cs='utf-8', delim=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(cs)


CT_PDF = 'application/pdf'
CT_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
CT_ODT = 'application/vnd.oasis.opendocument.text'
CT_ODS = 'application/vnd.oasis.opendocument.spreadsheet'
CT_ZIP = 'application/zip'


def a_pdf(filename, pages, **kw):
    return attach(pdf(pages, **kw), CT_PDF, filename)


def a_docx(filename, blocks, **kw):
    return attach(docx(blocks, **kw), CT_DOCX, filename)


def a_xlsx(filename, sheets, **kw):
    return attach(xlsx(sheets, **kw), CT_XLSX, filename)


def a_odt(filename, blocks, **kw):
    return attach(odt(blocks, **kw), CT_ODT, filename)


def a_ods(filename, sheets, **kw):
    return attach(ods(sheets, **kw), CT_ODS, filename)


def a_csv(filename, rows, cs='utf-8', delim=';', cte='quoted-printable', ctype='text/csv'):
    data = csvbytes(rows, cs, delim)
    if cte == 'base64':
        return attach(data, ctype, filename, 'base64', charset=cs)
    return attach(data, ctype, filename, cte, charset=cs)


def a_ics(filename, data, inline_method=None):
    extra = '; method=%s' % inline_method if inline_method else ''
    return attach(data, 'text/calendar', filename, 'base64', charset='utf-8', extra_ct=extra)


def a_zip(filename, members, when=(2026, 1, 1, 9, 0, 0)):
    return attach(zbytes(members, when), CT_ZIP, filename)


def a_html(filename, html_text, cs='utf-8'):
    return attach(html_text.encode(cs), 'text/html', filename, 'quoted-printable', charset=cs)


def cal_part(data, method='REQUEST'):
    """text/calendar as an inline alternative (Outlook style invitation)."""
    return Part(['Content-Type: text/calendar; charset="utf-8"; method=%s' % method,
                 'Content-Transfer-Encoding: base64'], encode_binary(data))

# ---------------------------------------------------------------------------
# MAILS -- every function returns one mail.  Conventions:
#   M(label, lang, kind, reason, bytes)
#   kind 'insurer-to-X': written by insurer staff to X; bare 'X': text written by
#   X that staff forward or quote; 'internal'; 'newsletter'; 'auto-reply'.
# ---------------------------------------------------------------------------


class M:
    def __init__(self, label, lang, kind, reason, data):
        assert label in WANT, label
        assert lang in ('de', 'en', 'mixed'), lang
        assert '\t' not in reason and '\n' not in reason
        self.label, self.lang, self.kind, self.reason, self.data = label, lang, kind, reason, data


N, C, S = 'NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'


STAFF.update({
    'hagedorn': ('Ines Hagedorn', 'ines.hagedorn', 'Kundenservice Privatkunden',
                 'Customer Service, Private Clients', '210'),
    'bertram': ('Sönke Bertram', 'soenke.bertram', 'Personalbetreuung Leistungsbereiche',
                'HR Business Partner, Claims', '150'),
    'okafor': ('Chidi Okafor', 'chidi.okafor', 'Kfz-Schadenservice', 'Motor Claims', '633'),
    'weiland': ('Birte Weiland', 'birte.weiland', 'Sach- und Haftpflicht-Schaden',
                'Property & Liability Claims', '612'),
    'facility': ('Facility Management', 'facility', 'Facility Management', 'Facility Management', '100'),
})


# ===================================================================== 001
def m001(n):
    body = """Hallo zusammen,

anbei wie angekündigt die Auswertung der Leistungsfälle Q1/2026 nach
ICD-Kapiteln (Basis: abgeschlossene Fälle KLARA, Stichtag 31.03.).

Kurz das Wichtigste:
- Kapitel XIII (Muskel-Skelett, M00-M99) weiter klar vorne, 31 % der Fälle
- Kapitel V (psychische Störungen, F00-F99) von 7,9 % auf 9,4 % gestiegen
- Unfallbedingte Fälle (S/T) stabil, Schwerpunkt wie jedes Jahr Januar/Februar
- Zellen mit weniger als 5 Fällen sind in "Sonstige" zusammengefasst

Die Zahlen gehen so auch in die Abteilungsrunde am 16.04.
Wer Fragen zur Abgrenzung hat, gern direkt an mich.

Gruß
Torben
"""
    msg = message(n, '2026-04-08 15:32', who('luedeking'),
                  [('Team Leistung Kranken', 'team-leistung-kranken@' + DOM)],
                  'Auswertung Leistungsfälle Q1 nach ICD-Kapitel',
                  mixed(text(body),
                        a_xlsx('Auswertung_Q1_2026_ICD-Kapitel.xlsx', [
                            ('Q1 2026', [
                                ['ICD-Kapitel', 'Bezeichnung', 'Fälle', 'Anteil %', 'Leistung EUR'],
                                ['XIII', 'Muskel-Skelett-System (M00-M99)', 4122, 31.0, 1874210.55],
                                ['IX', 'Kreislaufsystem (I00-I99)', 1530, 11.5, 2210984.10],
                                ['V', 'Psychische Störungen (F00-F99)', 1250, 9.4, 988120.00],
                                ['XIX', 'Verletzungen (S00-T98)', 1198, 9.0, 1402377.42],
                                ['X', 'Atmungssystem (J00-J99)', 1011, 7.6, 301450.87],
                                ['II', 'Neubildungen (C00-D48)', 604, 4.5, 2984003.19],
                                ['', 'Sonstige / zusammengefasst', 3585, 27.0, 1811220.31],
                                ['', 'Summe', 13300, 100.0, 11572366.44],
                            ]),
                            ('Hinweise', [
                                ['Quelle', 'KLARA, abgeschlossene Leistungsfälle 01.01.-31.03.2026'],
                                ['Anonymisierung', 'Zellen < 5 Fälle in Sonstige zusammengefasst, keine Einzelfälle'],
                                ['Erstellt', 'T. Lüdeking, 08.04.2026'],
                            ]),
                        ], title='Auswertung Q1 2026', when=(2026, 4, 8, 15, 20, 0))),
                  mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: quarterly claims statistics by ICD chapter, aggregated, small cells merged; no person', msg)


# ===================================================================== 002
def m002(n):
    iban = iban_gb('NWBK', '601613', '31926819')
    body = """Dear Ms Whitfield,

thank you for your e-mail. It reached our health and accident claims team,
so I have passed it on to our property claims colleagues, who will handle
the theft of your bicycle under your household contents policy
HR 21-4408817. Your new claim number is SN-2026-118406 - please quote it
whenever you contact us.

We have noted the bank account you gave us for the settlement:

  Account holder: Emma Whitfield
  IBAN: %s

The police reference (Weserau-Mitte, 26-0412-771) is already on file, so
there is nothing else you need to send at the moment. My colleague Birte
Weiland will be in touch within the next few days.

%s

%s

-----Original Message-----
From: Emma Whitfield <emma.whitfield@postbox.example>
Sent: Monday, April 20, 2026 8:02 PM
To: Leistung Kranken <leistung-kranken@%s>
Subject: bike stolen

Hi, my e-bike (Kalkhoff, black, frame no. WBK88213J) was stolen from the
bike shed at Lindenweg 7 last Saturday night. I have household insurance
with you (HR 21-4408817 I think). Police report attached to my other email.
Please pay to my UK account, I still use it: %s
Thanks, Emma
""" % (iban, sig('raman', 'en'), FOOTER_EN, DOM, iban.replace(' ', ''))
    msg = message(n, '2026-04-21 10:47', who('raman'),
                  [('Emma Whitfield', 'emma.whitfield@postbox.example')],
                  'RE: bike stolen - your claim SN-2026-118406',
                  text(body, cs='us-ascii', cte='7bit'),
                  cc=[who('weiland')], mailer='outlook-en',
                  in_reply_to='<CAK5x8-ew-0420@postbox.example>')
    return M(C, 'en', 'insurer-to-customer',
             'household contents policy and claim number of a named customer plus her IBAN (also in the quote); no health data',
             msg)


# ===================================================================== 003
def m003(n):
    body = """Hi all,

quick heads-up for the International Claims Desk, as not everyone reads the
German intranet news:

From Monday 4 May 2026 KLARA will ask for a second factor at login. You
can use either the Authenticator app on your company phone or a hardware
token (ask me if you need one, we have about 20 left).

What you need to do before 4 May:
1. Install "Weserau Authenticator" from the company portal on your phone.
2. Open https://mfa.weserau-versicherung.example and scan the QR code.
3. Test once with the "Test login" button.

If you are working remotely that week, please do steps 1-3 before you leave.
The old password-only login will stop working at 06:00 on 4 May.

Drop-in session: Wednesday 29 April, 14:00-15:00, room B3.14.

Cheers
Henrik

--
Henrik Vosskamp
Business IT, Claims | ext. 480
"""
    msg = message(n, '2026-04-22 09:05', who('vosskamp'),
                  [('International Claims Desk', 'international-claims@' + DOM)],
                  'KLARA: two-factor login from 4 May',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(N, 'en', 'internal', 'IT announcement about two-factor login for the claims system; no personal data', msg)


# ===================================================================== 004
def m004(n):
    body = """Hi Henrik, hi Priya,

as agreed in the stand-up: attached is the first set of synthetic test cases
for the KLARA 8 acceptance tests (international module). All persons are
fictitious and generated by us - please do NOT replace them with real cases
from production, not even anonymised ones. Data protection signed this off
on that condition.

The ICD codes are real codes (so the validation rules fire), the people and
policy numbers are not. Policy numbers start with IHP 99- so they can never
collide with live contracts.

Test run 1 is scheduled for 12 May in the test environment
https://klara-test.weserau-versicherung.example

Oliver
"""
    rows = [['Test-ID', 'Testperson (fiktiv)', 'Geburtsdatum (fiktiv)', 'Policy', 'ICD-10', 'Szenario', 'Erwartet'],
            ['TC-INT-001', 'John Sample', '01.01.1970', 'IHP 99-000001', 'J18.9', 'Inpatient abroad, guarantee of payment', 'GOP issued'],
            ['TC-INT-002', 'Jane Example', '02.02.1982', 'IHP 99-000002', 'O80', 'Maternity, waiting period not met', 'Rejection letter'],
            ['TC-INT-003', 'Max Testmann', '03.03.1990', 'IHP 99-000003', 'S82.6', 'Evacuation after ski accident', 'Case to assistance'],
            ['TC-INT-004', 'Erika Beispiel', '04.04.1955', 'IHP 99-000004', 'E11.9', 'Chronic medication, 90-day supply', 'Partial payment'],
            ['TC-INT-005', 'Test Person Five', '05.05.2001', 'IHP 99-000005', 'K35.8', 'Invoice in foreign currency (AED)', 'FX conversion'],
            ['TC-INT-006', 'Dummy Eins', '06.06.1966', 'IHP 99-000006', 'F32.1', 'Psychotherapy above session limit', 'Medical review']]
    msg = message(n, '2026-04-29 16:12', who('grantham'),
                  [who('vosskamp'), who('raman')],
                  'KLARA 8 UAT - synthetic test cases (international)',
                  mixed(text(body, cs='us-ascii', cte='7bit'),
                        a_xlsx('KLARA8_UAT_testcases_INT_v1.xlsx', [('Testfaelle', rows)],
                               title='KLARA 8 UAT test cases', author='Oliver Grantham',
                               when=(2026, 4, 29, 16, 0, 0))),
                  mailer='outlook-en')
    return M(N, 'en', 'internal',
             'trap: synthetic test persons marked fictitious with real ICD codes and dummy policy numbers; no real person',
             msg)


# ===================================================================== 005
def m005(n):
    body = """Sehr geehrte Frau Janßen,

vielen Dank für Ihre Nachricht vom 9. März und die unterschriebene
Vollmacht, die Sie uns über unsere Leistungs-Hotline angekündigt hatten.

Wir haben Herrn Dirk Janßen, Kiebitzweg 14, 28997 Weserau-Lehe, als
Bevollmächtigten für folgende Verträge eingetragen:

  Hausratversicherung        HR 21-3390415
  Privathaftpflichtversicherung PH 24-3390416

Herr Janßen kann damit ab sofort Auskünfte zu diesen Verträgen erhalten,
Schäden melden und Änderungen (z. B. Adresse oder Bankverbindung) für Sie
veranlassen. Kündigungen bleiben Ihnen vorbehalten, so wie Sie es auf dem
Formular angekreuzt haben.

Die Vollmacht gilt, bis Sie sie widerrufen. Ein formloses Schreiben oder
eine E-Mail an uns genügt dafür.

%s

%s
""" % (sig('hagedorn'), FOOTER_DE)
    msg = message(n, '2026-03-11 11:20', who('hagedorn'),
                  [('Gesa Janßen', 'gesa.janssen@webpost.example')],
                  'Ihre Vollmacht für Herrn Dirk Janßen',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'named customer, her household and liability policy numbers and the authorised person with address; no personal line',
             msg)


# ===================================================================== 006
def m006(n):
    body = """Dear colleagues,

this is a reminder that the annual fire evacuation drill for Building B
(floors 1 to 5) takes place on

    Thursday, 14 May 2026, between 10:00 and 11:00.

When the alarm sounds, please leave the building by the nearest staircase,
do not use the lifts, and go to assembly point 3 (car park P2, next to the
bicycle stands). Fire wardens will wear yellow vests and will check each
floor.

Colleagues in the claims departments: please lock your screens and put
paper files away before you leave, as usual. Phones will be switched to the
emergency announcement for about 30 minutes; the hotline team has already
been informed.

If you have reduced mobility and need assistance on the stairs, please
tell us by 11 May so that we can assign a helper.

Thank you
Facility Management
Weserau Versicherung AG
"""
    msg = message(n, '2026-05-06 08:30', box('facility', 'Facility Management'),
                  [('Alle Mitarbeitenden Gebäude B', 'gebaeude-b@' + DOM)],
                  'Fire drill Building B - Thursday 14 May',
                  text(body, cs='us-ascii', cte='7bit'), mailer=None)
    return M(N, 'en', 'internal', 'building fire drill announcement; no personal data', msg)


# ===================================================================== 007
def m007(n):
    body = """Sehr geehrter Herr Kröger,

wir haben Ihre Unterlagen vom 24. Februar erhalten und geprüft. Vielen Dank.

Eingereicht:
Rechnung Dr. med. Reinhard Bökelmann, Facharzt für Orthopädie,
Rechnungsnr. 2026-00318 vom 19.02.2026, Behandlungszeitraum 02.02.-16.02.2026
Diagnose laut Rechnung: M54.5 Kreuzschmerz (Lumbago), M53.1 Zervikobrachial-Syndrom

  Rechnungsbetrag                      265,50 EUR
  davon erstattungsfähig               265,50 EUR
  Selbstbehalt Tarif AMB 2 (Rest 2026)  53,10 EUR
  -----------------------------------------------
  Erstattung                           212,40 EUR

Die Erstattung überweisen wir in den nächsten Tagen auf das bei uns
hinterlegte Konto. Ihren verbleibenden Selbstbehalt für 2026 haben Sie
damit vollständig ausgeschöpft; weitere Rechnungen in diesem Jahr erstatten
wir im Rahmen Ihres Tarifs ohne Abzug.

Die verordnete Krankengymnastik (6 x KG) reichen Sie bitte gesammelt nach
Abschluss der Behandlung ein, das spart Ihnen und uns Porto.

Versicherungsnummer: KV 60-2281174
Leistungsfall: LS-2026-041733

%s

%s
""" % (sig('oltmanns'), FOOTER_DE)
    msg = message(n, '2026-03-03 14:06', who('oltmanns'),
                  [('Henning Kröger', 'h.kroeger@mailbox.example')],
                  'Ihre Kostenerstattung - Leistungsfall LS-2026-041733',
                  text(body, cte='quoted-printable'), mailer='klara',
                  extra=[('X-KLARA-Vorgang', 'LS-2026-041733')])
    return M(S, 'de', 'insurer-to-customer',
             'reimbursement statement for a named customer with orthopaedic invoice, diagnoses M54.5/M53.1 and health policy number',
             msg)


# ===================================================================== 008
def m008(n):
    body = """Hallo zusammen,

anbei das Protokoll unserer Prozessrunde von gestern zur Bearbeitung der
Heilmittelverordnungen (Physiotherapie, Ergotherapie, Logopädie).
Bitte bis Freitag Rückmeldung, falls etwas fehlt oder falsch ist, danach
lege ich es im Teamordner ab.

Danke und viele Grüße
Sabine
"""
    doc = [('h', 'Protokoll Prozessrunde Heilmittel – 23.06.2026'),
           'Teilnehmende: T. Lüdeking (Leitung), J. Oltmanns, A. Dreyer, F. Marten, S. Wöhlke (Protokoll), Dr. F. Hallmann (TOP 3)',
           ('h', 'TOP 1 – Durchlaufzeiten'),
           'Durchschnittliche Bearbeitungszeit Heilmittelrechnungen im Mai: 6,2 Arbeitstage (Ziel: 5). Rückstau vor allem bei Rechnungen ohne beigefügte Verordnung.',
           ('h', 'TOP 2 – Fehlende Verordnungen'),
           'Künftig wird bei fehlender Verordnung nicht mehr per Brief, sondern über das Kundenpostfach nachgefordert. Textbaustein TB-HM-07 wird angepasst (Verantwortlich: J. Oltmanns, bis 10.07.).',
           ('h', 'TOP 3 – Prüfung durch die Beratungsärztin'),
           'Vorlage an den beratungsärztlichen Dienst nur noch bei mehr als 3 Verordnungen im Kalenderjahr für dieselbe Indikation oder bei Behandlungen im Ausland. Dr. Hallmann stellt eine Checkliste bereit.',
           ('h', 'TOP 4 – Preisverzeichnis'),
           'Das neue Preisverzeichnis der Physiotherapie-Verbände gilt ab 01.08.2026. Systemseitige Umstellung in KLARA durch die Fachbereichs-IT (H. Voßkamp).',
           ('table', [['Aufgabe', 'Wer', 'Bis'],
                      ['Textbaustein TB-HM-07 anpassen', 'J. Oltmanns', '10.07.2026'],
                      ['Checkliste Vorlage Beratungsarzt', 'Dr. F. Hallmann', '17.07.2026'],
                      ['Preisverzeichnis in KLARA', 'H. Voßkamp', '31.07.2026']]),
           'Nächste Runde: 22.09.2026, 10:00 Uhr, Raum A2.07']
    msg = message(n, '2026-06-24 12:41', who('woehlke'),
                  [('Team Leistung Kranken', 'team-leistung-kranken@' + DOM)],
                  'Protokoll Prozessrunde Heilmittel 23.06.',
                  mixed(text(body, cte='8bit'),
                        a_odt('Protokoll_Prozessrunde_Heilmittel_2026-06-23.odt', doc,
                              title='Protokoll Prozessrunde Heilmittel', when=(2026, 6, 24, 12, 30, 0))),
                  mailer='thunderbird')
    return M(N, 'de', 'internal',
             'trap: process minutes about therapy prescriptions and medical review rules; no patient named', msg)


# ===================================================================== 009
def m009(n):
    body = """Hallo Birte,

das hier ist bei uns im Leistungspostfach gelandet, gehört aber zu euch
(Privathaftpflicht). Der Kunde ist informiert, dass ihr euch meldet.

Viele Grüße
Katrin

-----Ursprüngliche Nachricht-----
Von: Thorsten Meinecke <t.meinecke@webpost.example>
Gesendet: Dienstag, 12. Mai 2026 21:14
An: Unfall-Leistung <unfall-leistung@%s>
Betreff: Schaden Fensterscheibe Nachbar

Guten Abend,

mein Sohn Ben (11) hat heute Nachmittag beim Fußballspielen im Garten
die Terrassentür unserer Nachbarn, Familie Oberdieck, Am Moorgraben 9,
getroffen. Die Scheibe ist gesprungen, verletzt wurde zum Glück niemand.
Wir haben bei Ihnen eine Familien-Haftpflicht, Vertragsnummer
PH 24-2017736. Frau Oberdieck hat schon einen Glaser angerufen, der
Kostenvoranschlag kommt nächste Woche.

Was müssen wir jetzt tun? Reicht es, wenn ich Ihnen das Angebot schicke?

Mit freundlichen Grüßen
Thorsten Meinecke
Am Moorgraben 11
28996 Weserau
Tel. 0170 5550184
""" % DOM
    msg = message(n, '2026-05-13 08:22', who('stoever'), [who('weiland')],
                  'WG: Schaden Fensterscheibe Nachbar',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'de', 'customer',
             'forwarded customer mail: liability claim with name, address and policy number; nobody hurt, no health data',
             msg)


# ===================================================================== 010
def m010(n):
    body = """Dear Dr Keane,

please find attached the records for the case below for your review
(uploaded to your folder on the exchange platform as well).

  Our reference:  IHP-2026-00871
  Plan:           International Health Plan Premium
  Question:       Is the proposed lumbar fusion (L4/L5) medically necessary
                  at this point, or should conservative treatment be
                  continued first? Is the quoted cost (AED 148,500)
                  reasonable for the Dubai market?

The zip contains the treating surgeon's report, the MRI report and the cost
estimate of the hospital. Our member would like a decision before 20 May,
so we would be grateful for your opinion by 15 May.

Fee as per our framework agreement (desk review, category B).

%s

%s
""" % (sig('grantham', 'en'), FOOTER_EN)
    report = pdf([[
        '# Al Safa Spine Centre - Orthopaedic Surgery',
        'Dubai Healthcare District, Building 14 - alsafa-spine.example',
        '',
        'Patient: Mr Rotimi Okonkwo, DOB 14/02/1979',
        'Insurer: Weserau Versicherung AG, IHP 88-104233',
        'Date of consultation: 28 April 2026',
        '',
        'History: low back pain for 14 months, radiating to the left leg since January 2026.',
        'Physiotherapy 24 sessions, two epidural steroid injections (Feb, Mar 2026) with short relief.',
        'Findings: positive Lasegue sign left at 40 degrees, weakness of great toe extension 4/5.',
        'MRI 22/04/2026: degenerative spondylolisthesis L4/L5 grade I, foraminal stenosis left.',
        'Diagnosis: M43.16 Spondylolisthesis, lumbar region; M54.16 Radiculopathy, lumbar region.',
        'Recommendation: posterior lumbar interbody fusion L4/L5 (TLIF).',
        '',
        'Dr. Hamid Farouk, Consultant Spine Surgeon'
    ]], title='Surgeon report', author='Al Safa Spine Centre', when=(2026, 4, 28, 12, 0, 0))
    mri = pdf([[
        '# MRI lumbar spine - report',
        'Patient: OKONKWO, Rotimi   DOB 14/02/1979   Exam date 22/04/2026',
        'Technique: sagittal and axial T1/T2, STIR.',
        'L4/L5: anterolisthesis 6 mm, disc bulge, moderate left foraminal stenosis with contact to the L4 root.',
        'L5/S1: mild disc desiccation, no compression.',
        'Impression: grade I degenerative spondylolisthesis L4/L5 with left foraminal stenosis.',
    ]], title='MRI report', author='Al Safa Imaging', when=(2026, 4, 22, 16, 0, 0), compress=False)
    est = pdf([[
        '# Cost estimate No. CE-26-04417',
        'Patient: Rotimi Okonkwo   Procedure: TLIF L4/L5, 4 nights, private room',
        'Surgeon fee AED 42,000 / Anaesthesia AED 9,500 / Implants AED 51,000',
        'Hospital stay and nursing AED 38,000 / Physiotherapy in hospital AED 8,000',
        'Total AED 148,500',
    ]], title='Cost estimate', author='Al Safa Spine Centre', when=(2026, 4, 30, 9, 0, 0))
    z = a_zip('IHP-2026-00871_records.zip', [('01_surgeon_report.pdf', report),
                                             ('02_MRI_report.pdf', mri),
                                             ('03_cost_estimate.pdf', est)],
              when=(2026, 5, 5, 10, 0, 0))
    msg = message(n, '2026-05-05 10:18', who('grantham'),
                  [('Dr Siobhan Keane', 's.keane@medreview-partners.example')],
                  'Desk review request IHP-2026-00871',
                  mixed(text(body, cs='us-ascii', cte='7bit'), z), mailer='outlook-en')
    return M(S, 'en', 'insurer-to-reviewer',
             'request to external medical reviewer: proposed lumbar fusion in the body; name, DOB and diagnoses in the PDFs inside a ZIP',
             msg)


# ===================================================================== 011
def m011(n):
    body = """Sehr geehrter Herr Dr. Rehder,

in der Unfallsache Ihres Mandanten

  Herr Wolfgang Tiedemann, Weserau
  Unfallversicherung UV 70-1188420, Schaden UF-2025-07731
  Unfalltag 04.10.2025

danken wir für Ihr Schreiben vom 2. März 2026, mit dem Sie unserer
Leistungsabrechnung vom 12. Februar widersprechen.

Wir haben den Vorgang nochmals vollständig geprüft und das Gutachten von
Frau Dr. Pankratz (Fachärztin für Orthopädie und Unfallchirurgie) vom
20.01.2026 zusammen mit den nachgereichten Befunden Ihres Mandanten
unserer Beratungsärztin vorgelegt. Im Ergebnis bleibt es bei unserer
Entscheidung; zur Begründung im Einzelnen:

1. Unfallfolge
Ihr Mandant ist am 04.10.2025 beim Beschneiden einer Hecke von einer
Stehleiter gestürzt und hat sich eine Ruptur der Rotatorenmanschette der
rechten Schulter (Supraspinatussehne, ICD-10 S46.0) zugezogen. Die
Sehnennaht erfolgte am 15.10.2025 im Klinikum Weserau-Nord. Ein
Unfallereignis im Sinne von Ziffer 1.3 AUB 2020 liegt unstreitig vor.

2. Invalidität
Frau Dr. Pankratz bewertet die verbleibende Funktionsbeeinträchtigung
(Abduktion bis 110°, Kraftminderung Kraftgrad 4/5) mit 3/10 Armwert im
Schultergelenk. Bei einem Armwert von 70 %% nach der Gliedertaxe ergibt
sich ein Invaliditätsgrad von 21 %%.

3. Mitwirkung von Krankheiten und Gebrechen
Das MRT vom 08.10.2025 zeigt eine ausgeprägte Omarthrose und eine
degenerativ vorgeschädigte Sehne mit Fettinfiltration der Muskulatur
(Goutallier Grad 2). Bereits 2023 war Ihr Mandant nach den Unterlagen
seines Hausarztes wegen eines Impingement-Syndroms der rechten Schulter
(M75.4) in Behandlung und erhielt zwei Kortisoninjektionen. Die
Gutachterin schätzt den Mitwirkungsanteil dieser Vorschäden auf 40 %%.
Nach Ziffer 3 AUB 2020 mindert sich die Leistung entsprechend.

4. Berechnung
Versicherungssumme 120.000 EUR, Progression 225 %%:
21 %% Invalidität = 25.200 EUR, abzüglich 40 %% Mitwirkung = 15.120 EUR.
Dieser Betrag wurde am 17.02.2026 an Ihren Mandanten ausgezahlt.

Sollte Ihr Mandant mit der Bemessung nicht einverstanden sein, steht ihm
nach Ziffer 9 AUB 2020 die Neubemessung innerhalb von drei Jahren nach dem
Unfall offen; auch der Weg zum Versicherungsombudsmann ist möglich. Eine
Kopie des Gutachtens stellen wir Ihnen auf Wunsch über unser
SecureMail-Portal zur Verfügung.

%s

%s
""" % (sig('stoever'), FOOTER_DE)
    msg = message(n, '2026-03-19 16:40', who('stoever'),
                  [('RA Dr. Jens Rehder', 'j.rehder@kanzlei-rehder.example')],
                  'Ihr Zeichen 112/26 R – Tiedemann ./. Weserau Versicherung AG',
                  text(body, cte='8bit'), cc=[who('hallmann')], mailer='outlook-de')
    return M(S, 'de', 'insurer-to-lawyer',
             'accident insurance claim of a named client: rotator cuff rupture S46.0, prior impingement M75.4, invalidity grading',
             msg)


# ===================================================================== 012
def m012(n):
    body = """Hallo Frau Marquardt,

danke für Ihre schnelle Antwort. Zu Ihren Fragen:

> Muss ich den Antrag für die weiteren Stunden selbst stellen oder macht
> das Frau Seidel?

Den Verlängerungsantrag stellt Frau Seidel, Sie müssen nur unterschreiben.
Das Formular hat sie schon, sonst finden Sie es in unserem Kundenportal
unter "Formulare".

> Und werden die 25 Stunden wirklich komplett bezahlt?

Ja. Wir haben die Kostenzusage heute erteilt:

  Behandlung: ambulante Verhaltenstherapie (Einzeltherapie)
  Therapeutin: Dipl.-Psych. Anna Seidel, Psychologische Psychotherapeutin
  Diagnose laut Antrag: F41.1 generalisierte Angststörung
  Umfang: 25 Sitzungen à 50 Minuten, zuzüglich 5 probatorische Sitzungen
  Erstattung: 100 %% nach GOP, bis zum 2,3-fachen Satz

Die probatorischen Sitzungen aus Januar und Februar rechnen wir damit
ebenfalls ab; die Rechnung dazu hatten Sie schon eingereicht.

Alles Gute für die Therapie!

%s

Versicherungsnummer KV 60-3019285
Leistungsfall LS-2026-052291

%s
""" % (sig('oltmanns'), FOOTER_DE)
    msg = message(n, '2026-03-26 10:02', who('oltmanns'),
                  [('Lea Marquardt', 'lea.marquardt@postbox.example')],
                  'AW: Psychotherapie – Kostenzusage',
                  text(body.replace('%%', '%'), cte='8bit', flowed=True), mailer='thunderbird',
                  in_reply_to='<3d1f20a8-77c1-4b0e-9c11-0f0a2b6e5d41@postbox.example>')
    return M(S, 'de', 'insurer-to-customer',
             'cost approval for psychotherapy of a named customer, diagnosis F41.1 generalised anxiety disorder',
             msg)


# ===================================================================== 013
def m013(n):
    plain = """Sehr geehrter Herr Albers,

vielen Dank für Ihren Anruf heute Vormittag und die Unterlagen, die Ihre
Frau gestern in unserer Geschäftsstelle abgegeben hat.

Gern bestätigen wir Ihnen die Kostenübernahme für die Anschlussheil-
behandlung (AHB) nach Ihrem Herzinfarkt:

  Klinik:       Rehazentrum Dünenblick, Kardiologie, Norddeich-Fiktiv
  Aufnahme:     11.02.2026, direkt im Anschluss an den Aufenthalt im
                Klinikum Weserau-Nord
  Dauer:        zunächst 21 Tage
  Diagnose:     I21.4 akuter subendokardialer Myokardinfarkt,
                Z95.5 Zustand nach Stentimplantation
  Tarif:        Stationär Plus (Zweibettzimmer, Chefarztbehandlung)

Eine Verlängerung ist möglich, wenn die Klinik sie medizinisch begründet.
Die Klinik rechnet direkt mit uns ab; Sie müssen nichts auslegen. Die
Fahrtkosten für die Anreise erstatten wir Ihnen nach Vorlage der Belege.

Wir wünschen Ihnen eine gute Erholung.

Mit freundlichen Grüßen

Mehmet Arslan
Leistungsservice Kranken & Unfall · Team stationär
Weserau Versicherung AG
Telefon 04299 7710-437
"""
    html = html_doc(paras_html(plain) .replace('<p>  Klinik:', '<p style="font-family:Consolas,monospace">  Klinik:'))
    msg = message(n, '2026-02-06 12:15', who('arslan'),
                  [('Günter Albers', 'guenter.albers@webpost.example')],
                  'Kostenübernahme Anschlussheilbehandlung',
                  alt(text(plain, cs='windows-1252', cte='quoted-printable'),
                      text(html, subtype='html', cs='windows-1252', cte='quoted-printable')),
                  mailer='outlook-de')
    return M(S, 'de', 'insurer-to-customer',
             'rehabilitation approval after myocardial infarction I21.4 for a named customer (multipart/alternative, windows-1252)',
             msg)


# ===================================================================== 014
def m014(n):
    body = """Sehr geehrte Frau Wessels,

Ihr Kostenvoranschlag der Firma Klangwerk Hörakustik vom 3. Juli 2026
für zwei neue Hörgeräte liegt uns vor.

Nach Ihrem Tarif Ambulant Komfort erstatten wir Hörgeräte einschließlich
Anpassung bis zu 1.500 EUR je Ohr, und zwar einmal innerhalb von vier
Jahren. Ihre letzten Hörgeräte haben wir im Mai 2021 erstattet, die Frist
ist also abgelaufen.

  Kostenvoranschlag gesamt (beidseitig)     3.480,00 EUR
  erstattungsfähig (2 x 1.500,00 EUR)       3.000,00 EUR
  Eigenanteil                                 480,00 EUR

Die Verordnung Ihres HNO-Arztes (beidseitige Innenohrschwerhörigkeit,
H90.3) haben wir ebenfalls erhalten. Sie können die Hörgeräte also
bestellen. Bitte senden Sie uns nach der Anpassung die Rechnung zu, dann
überweisen wir den Betrag auf Ihr Konto.

Mit freundlichen Grüßen

Jana Oltmanns
Leistungsservice Kranken & Unfall - Team ambulant
Weserau Versicherung AG
Telefon 04299 7710-412

Versicherungsnummer KV 60-0772810
"""
    msg = message(n, '2026-07-08 09:31', who('oltmanns'),
                  [('Hildegard Wessels', 'h.wessels@mailbox.example')],
                  'Ihre Anfrage Hörgeräte',
                  text(body, cs='iso-8859-1', cte='quoted-printable'), mailer='outlook-de',
                  subject_cs='iso-8859-1', name_cs='iso-8859-1')
    return M(S, 'de', 'insurer-to-customer',
             'hearing aid approval for a named customer with diagnosis H90.3 and health policy number (iso-8859-1)',
             msg)


# ===================================================================== 015
def m015(n):
    body = """Hallo Sönke,

wie gestern am Telefon besprochen: Wir würden Frau Brüggemann gern für die
Stelle in der Sachbearbeitung ambulant (Nachfolge Meyer) einstellen. Das
Gespräch mit ihr war sehr gut, Frau Oltmanns war auch dabei und sieht das
genauso.

Eckdaten:
- Frau Johanna Brüggemann, geb. 17.08.1994
- derzeit Sachbearbeiterin bei einer Krankenkasse, Kündigungsfrist 3 Monate
  zum Quartalsende, also frühester Start 01.10.2026
- Gehaltsvorstellung: 46.500 EUR brutto p. a. (aktuell 43.200 EUR)
- Tarifgruppe nach meiner Einschätzung VG 6, Stufe 2 - bitte prüfen, ob
  wir mit der Zulage für die Zusatzqualifikation hinkommen

Lebenslauf hängt an. Kannst du das Angebot vorbereiten? Ich würde sie
Ende der Woche anrufen.

Danke dir!
Torben
"""
    cv = pdf([[
        '# Lebenslauf',
        'Johanna Brüggemann',
        'Hafenstraße 3a, 28995 Weserau · johanna.brueggemann@webpost.example',
        'Geboren am 17.08.1994 in Weserau',
        '',
        '# Berufserfahrung',
        '10/2019 - heute   Sachbearbeiterin Leistung, Krankenkasse Nordküste (Fiktiv)',
        '08/2016 - 09/2019 Sozialversicherungsfachangestellte (Ausbildung und Übernahme)',
        '',
        '# Ausbildung und Weiterbildung',
        '2014 Abitur, Gymnasium Weserau-Lehe',
        '2022 Fachwirtin im Gesundheits- und Sozialwesen (IHK)',
        '',
        '# Kenntnisse',
        'GOÄ, GOZ, DRG-Abrechnung, ICD-10-GM; MS Office; Englisch gut',
    ]], title='Lebenslauf Johanna Brüggemann', author='J. Brüggemann', when=(2026, 6, 1, 20, 0, 0))
    msg = message(n, '2026-06-15 13:44', who('luedeking'), [who('bertram')],
                  'Einstellung Sachbearbeitung ambulant – Frau Brüggemann',
                  mixed(text(body), attach(cv, CT_PDF, 'Lebenslauf_J_Brüggemann.pdf')),
                  mailer='outlook-de')
    return M(C, 'de', 'internal',
             'job applicant with birth date, current salary and salary expectation, CV with birth date; no health data',
             msg)


# ===================================================================== 016
def m016(n):
    inner = """<p>Sehr geehrte Damen und Herren,</p>
<p>zur Rechnung für unsere Versicherte <b>Frau Renate Hülsmann, geb. 07.09.1951</b>,
Versicherungsnummer KV 60-1140377, haben wir noch Rückfragen, bevor wir die Zahlung freigeben können.</p>
<table>
<tr><th>Position</th><th>Angabe Rechnung</th><th>Unsere Anmerkung</th></tr>
<tr><td>Aufnahme / Entlassung</td><td>02.03.2026 – 17.03.2026</td><td>15 Belegungstage</td></tr>
<tr><td>Hauptdiagnose</td><td>M16.1 sonstige primäre Koxarthrose</td><td>–</td></tr>
<tr><td>Prozedur</td><td>OPS 5-820.00 Implantation Totalendoprothese Hüftgelenk</td><td>–</td></tr>
<tr><td>DRG</td><td>I47B</td><td>obere Grenzverweildauer 13 Tage überschritten</td></tr>
<tr><td>Zuschlag Langlieger</td><td>2 Tage</td><td>bitte medizinische Begründung (Wundheilungsstörung?)</td></tr>
<tr><td>Wahlleistung Unterkunft</td><td>Einbettzimmer, 15 Tage</td><td>versichert ist Zweibettzimmer – Differenz trägt die Patientin</td></tr>
<tr><td>Wahlarzt</td><td>Prof. Dr. Lindqvist, Chefarzt Orthopädie</td><td>Rechnung Wahlarzt liegt noch nicht vor</td></tr>
</table>
<p>Bitte senden Sie uns den Entlassungsbericht bzw. eine kurze Begründung der Verweildauer über das SecureMail-Portal
oder per Datenaustausch nach § 301-Verfahren zu. Die Schweigepflichtentbindung der Patientin liegt uns vor.</p>
<p>Mit freundlichen Grüßen<br>
Mehmet Arslan<br>
Leistungsservice Kranken &amp; Unfall · Team stationär<br>
Weserau Versicherung AG · Telefon 04299 7710-437</p>
<p style="font-size:8pt;color:#666">Weserau Versicherung AG · Sitz der Gesellschaft: Weserau · Amtsgericht Weserau HRB 7710</p>"""
    msg = message(n, '2026-03-24 11:08', who('arslan'),
                  [('Klinikum Weserau-Nord Patientenabrechnung', 'patientenabrechnung@klinikum-weserau-nord.example')],
                  'Rückfrage Rechnung Fall 2026-0331877 / Hülsmann',
                  text(html_doc(inner), subtype='html', cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'de', 'insurer-to-hospital',
             'HTML-only query to hospital billing: named patient with birth date, hip arthrosis M16.1, hip replacement, DRG I47B',
             msg)


# ===================================================================== 017
def m017(n):
    body = """Hallo Frau Kühl,

anbei wie jedes Jahr die Aufstellung der Honorare, die wir 2025 an die
freiberuflichen Gutachterinnen und Gutachter gezahlt haben, für die
Mitteilungen an das Finanzamt. Die Beträge stimmen mit den Zahlläufen aus
SAP überein, ich habe heute noch einmal abgeglichen.

Zwei Bankverbindungen haben sich im Laufe des Jahres geändert (Dr. Pankratz
und Herr Sommerfeld), die neuen stehen in der Liste.

Viele Grüße
Sabine Wöhlke
Teamassistenz Leistungsservice Kranken & Unfall
"""
    rows = [['Name', 'Anschrift', 'Steuernummer', 'IBAN', 'Anzahl Gutachten', 'Honorar 2025 EUR'],
            ['Dr. med. Ulrike Pankratz', 'Deichweg 40, 28999 Weserau', '46/123/04471', iban_de(29050101, 8817264401), 38, 21840.00],
            ['Dr. med. Arne Sommerfeld', 'Lotsenplatz 2, 28990 Brake-Fiktiv', '46/221/11930', iban_de(28050100, 3011947752), 22, 12650.00],
            ['Dipl.-Psych. Marion Klee', 'Rosenhof 8, 28999 Weserau', '46/140/20218', iban_de(29190330, 7120040), 9, 5175.00],
            ['Dr. med. dent. Hauke Mertens', 'Am Markt 1, 28996 Weserau', '46/118/77302', iban_de(29050101, 4402817733), 14, 3920.00],
            ['Summe', '', '', '', 83, 43585.00]]
    msg = message(n, '2026-01-20 10:12', who('woehlke'),
                  [('Kerstin Kühl', 'kerstin.kuehl@' + DOM)],
                  'Honorare Gutachter 2025 für Mitteilungen Finanzamt',
                  mixed(text(body),
                        a_ods('Gutachterhonorare_2025.ods', [('Honorare 2025', rows)],
                              title='Gutachterhonorare 2025', when=(2026, 1, 20, 9, 50, 0))),
                  mailer='thunderbird')
    return M(C, 'de', 'internal',
             'ODS attachment: freelance medical reviewers (natural persons) with tax numbers, IBANs and annual fees; no patient data',
             msg)


# ===================================================================== 018
def m018(n):
    body = """Dear Dr Moore,

Re: Ms Chloe Barrington, date of birth 03/11/1990
    Flat 2, 18 Cavendish Row, London (until 08/2025)

Ms Barrington has been insured with us under an International Health Plan
since 1 September 2025, after moving to Germany for work. In April 2026
she was admitted to hospital in Weserau for three nights with an acute
exacerbation of asthma (J45.9). According to her claim form she was
registered with your practice until August 2025.

To assess the claim we need to know whether the asthma was known and
treated before 1 September 2025. Could you please let us have:

  - the date asthma was first diagnosed,
  - a list of asthma-related consultations and prescriptions (e.g.
    inhaled corticosteroids, salbutamol) in the 24 months before
    1 September 2025,
  - any hospital admissions or A&E attendances in that period.

Ms Barrington's signed authority to release medical information is
attached. We will of course pay your reasonable fee for the report;
please send your invoice with the report.

Please reply via our secure upload link,
https://secure.weserau-versicherung.example/upload/IHP-2026-01142
rather than by ordinary e-mail.

%s

%s
""" % (sig('raman', 'en'), FOOTER_EN)
    consent = pdf([[
        '# Authority to release medical information',
        'I, Chloe Barrington, born 03/11/1990, authorise my former general practitioner',
        'Dr Alistair Moore, Marylebone Green Surgery, to release information about my',
        'respiratory health (asthma) for the period 09/2023 - 08/2025 to',
        'Weserau Versicherung AG for the assessment of claim IHP-2026-01142.',
        '',
        'Signed: C. Barrington        Date: 22/04/2026',
    ]], title='Authority to release', author='Weserau Versicherung AG', when=(2026, 4, 22, 18, 0, 0))
    msg = message(n, '2026-04-24 14:55', who('raman'),
                  [('Dr Alistair Moore', 'practice.manager@marylebonegreen-surgery.example')],
                  'Medical information request - Ms C. Barrington (DOB 03/11/1990)',
                  mixed(text(body, cs='us-ascii', cte='7bit'),
                        attach(consent, CT_PDF, 'Barrington_authority_signed.pdf')),
                  mailer='outlook-en')
    return M(S, 'en', 'insurer-to-doctor',
             'request to former GP: named patient with DOB, hospital admission for asthma J45.9, pre-existing condition check',
             msg)


# ===================================================================== 019
def m019(n):
    iban = iban_de(29040090, 1827730500)
    body = """Hi Ines,

this one came to the international desk by mistake - Mr Hollis has his car
insurance with us, nothing to do with us here. Could you please update the
direct debit? He'd like a short confirmation by e-mail.

Thanks a lot!
Oliver

________________________________
From: Daniel Hollis <dhollis@inbox-mail.example>
Sent: Thursday, 18 June 2026 07:41
To: International Claims <international-claims@%s>
Subject: Change of bank account

Good morning,

I have moved my salary account to another bank. Please take the premium
for my car insurance (policy KF 31-5529104, plate WES-DH 412) from my new
account from July on:

Account holder: Daniel Hollis
IBAN: %s
Bank: Weserbank Fiktiv

The old account at Sparkasse will be closed at the end of June.

Kind regards
Daniel Hollis
Fährstraße 27, 28999 Weserau
""" % (DOM, iban)
    msg = message(n, '2026-06-18 09:03', who('grantham'), [who('hagedorn')],
                  'FW: Change of bank account',
                  text(body, cte='quoted-printable'), mailer='outlook-en')
    return M(C, 'en', 'customer',
             'forwarded customer mail: motor policy number, plate, address and new IBAN; no health data',
             msg)


# ===================================================================== 020
def m020(n):
    iban = iban_de(29050101, 6604711290)
    masked = iban[:4] + ' **** **** **** **' + iban[-4:].replace(' ', '')
    body = """Sehr geehrte Frau Rademacher,

mit der Umstellung Ihrer Hausratversicherung HR 21-2210958 auf jährliche
Zahlweise ist auf Ihrem Beitragskonto ein Guthaben entstanden:

  Beitrag 01.04.2026 - 31.03.2027 (jährlich)        148,20 EUR
  bereits gezahlt (Monatsbeiträge April bis Juni)     39,00 EUR
  Jahresbeitrag per Lastschrift am 01.04.2026        148,20 EUR
  --------------------------------------------------------------
  Guthaben                                            39,00 EUR

Das Guthaben überweisen wir in den nächsten Tagen auf Ihr Konto
%s
(Kontoinhaberin: Maren Rademacher).

Bei Fragen erreichen Sie uns montags bis freitags von 8 bis 18 Uhr unter
04299 7710-200.

Freundliche Grüße
Ihr Beitragsservice
Weserau Versicherung AG

%s
""" % (masked, FOOTER_DE)
    msg = message(n, '2026-06-29 06:15', box('beitragsservice', 'Weserau Versicherung Beitragsservice'),
                  [('Maren Rademacher', 'maren.rademacher@webpost.example')],
                  'Guthaben auf Ihrem Beitragskonto – HR 21-2210958',
                  text(body, cte='quoted-printable'), mailer=None)
    return M(C, 'de', 'insurer-to-customer',
             'grey: masked IBAN only, but named customer with household policy number and premium account balance',
             msg)


# ===================================================================== 021
def m021(n):
    body = """Dear Mr Novak,

thank you for your request of 2 February 2026 under Article 15 GDPR. We have
verified your identity with the copy of your residence permit and can now
give you the information you asked for.

1. Personal data we hold about you
   Name:            Tomas Novak
   Address:         Schleusenweg 5, 28999 Weserau (since 01.06.2024)
   Date of birth:   21 March 1987
   E-mail:          tomas.novak@mailbox.example
   Bank account:    IBAN %s (direct debit mandate of 14.05.2024)

2. Contracts
   Home contents insurance      HR 21-6012877, since 01.06.2024
   Private liability insurance  PH 24-6012878, since 01.06.2024
   There are no claims on either contract.

3. Purposes and legal basis
   Performance of the contracts (Art. 6(1)(b) GDPR), statutory retention
   (Art. 6(1)(c) GDPR together with section 257 HGB and section 147 AO).

4. Recipients
   Our IT service provider (processing on our behalf), our reinsurer for
   the liability line (no name-level data), the tax authorities only for
   the insurance tax return (aggregated).

5. Storage period
   Contract data: 10 years after the end of the contract.

A complete copy of the data in machine-readable form is waiting for you in
your SecureMail portal mailbox; you will receive a separate notification.

Yours sincerely

Privacy Team / Datenschutz
Weserau Versicherung AG
privacy@%s

%s
""" % (iban_de(29050101, 9021877600), DOM, FOOTER_EN)
    msg = message(n, '2026-02-24 15:20', box('privacy', 'Weserau Privacy Team'),
                  [('Tomas Novak', 'tomas.novak@mailbox.example')],
                  'Your request for access (Art. 15 GDPR) - ref. DSA-2026-0044',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(C, 'en', 'insurer-to-customer',
             'GDPR access answer: named customer with date of birth, address, IBAN and non-personal-line contracts',
             msg)


# ===================================================================== 022
def m022(n):
    body = """Hi Marcus,

thanks for the draft invoice for Q1. Before we approve it, two points on
the format - nothing to do with the amounts:

1. Please split the case fees by service type as in the contract annex
   (we need the split for our cost accounting):

      Service type                          Q1 cases   fee per case
      Medical evacuation / repatriation         34        950.00 EUR
      Hospital admission abroad (GOP)          210        120.00 EUR
      Outpatient referral / doctor finder      488         35.00 EUR
      Medical second opinion by phone           61         80.00 EUR

2. The monthly standby fee (4,500.00 EUR) should be a separate line and
   not spread over the cases.

Please do NOT put any member names or case details on the invoice or in
the annex - the case references in your portal are enough for our audit.
We had that discussion with finance last year, you may remember.

The Q2 service review is on 9 July in Weserau; I'll send an invite.

Best regards
Oliver

--
Oliver Grantham
International Claims Desk
Weserau Versicherung AG
"""
    msg = message(n, '2026-04-14 11:36', who('grantham'),
                  [('Marcus Hale', 'marcus.hale@globalassist-partners.example')],
                  'Q1 invoice format',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(N, 'en', 'insurer-to-partner',
             'trap: assistance company invoice format with aggregated case counts (evacuations, admissions); no person',
             msg)


# ===================================================================== 023
def m023(n):
    body = """Hi Sönke,

here is the text for the job advert as discussed - could you put it into
the careers page template? I've attached it as an HTML file so the
formatting survives. English only is fine for this one; the team works in
English.

Salary band and start date as agreed with Claudia (I left the salary out of
the ad, as usual).

Thanks
Oliver
"""
    ad = html_doc("""<h1>Claims Handler International Health (m/f/d)</h1>
<p><b>Weserau Versicherung AG</b> &middot; Weserau &middot; full-time, permanent &middot; hybrid (3 days in the office)</p>
<h2>What you will do</h2>
<ul>
<li>Assess inpatient and outpatient claims of our international health plan members worldwide</li>
<li>Issue guarantees of payment to hospitals and coordinate with our assistance partner on evacuations</li>
<li>Check invoices against medical reports, ICD-10 coding and plan benefits</li>
<li>Work closely with our medical advisers and the pharmacy and physiotherapy networks</li>
</ul>
<h2>What you bring</h2>
<ul>
<li>Training as a medical assistant, nurse or insurance professional, or a degree in health economics</li>
<li>Very good English; German is a plus but not required</li>
<li>Knowledge of medical terminology and GOÄ/DRG billing is an advantage</li>
</ul>
<h2>What we offer</h2>
<ul>
<li>30 days of holiday, flexible working hours, company pension scheme</li>
<li>Occupational health check-up, sports programme and free flu vaccination</li>
</ul>
<p>Apply by 31 July 2026 via <a href="https://karriere.weserau-versicherung.example/jobs/2026-117">karriere.weserau-versicherung.example</a>.</p>""", lang='en')
    msg = message(n, '2026-06-30 17:05', who('grantham'), [who('bertram')],
                  'Job ad Claims Handler International Health',
                  mixed(text(body, cte='quoted-printable'), a_html('job_ad_claims_handler_INT.html', ad)),
                  mailer='outlook-en')
    return M(N, 'en', 'internal',
             'trap: job advert with medical vocabulary (ICD-10, nurse, flu vaccination) as HTML attachment; no person',
             msg)


# ===================================================================== 024
def m024(n):
    body = """Sehr geehrter Herr Demir,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Yıldız,
vom 12. März 2026 geprüft. Das Ergebnis finden Sie in der beigefügten
Leistungsübersicht.

Kurz zusammengefasst: Das Implantat in Regio 36 einschließlich Krone
übernehmen wir nach Ihrem Tarif ZahnPlus 80 zu 80 %%. Den geplanten
Knochenaufbau (Sinuslift, GOZ 9120) können wir leider nicht erstatten:
Der Zahn 36 wurde nach den Unterlagen bereits im Herbst 2024 gezogen, also
vor Beginn Ihrer Versicherung am 01.01.2025. Für Zähne, die bei
Vertragsbeginn bereits fehlten, besteht nach § 4 Abs. 3 der Tarif-
bedingungen kein Versicherungsschutz für den Lückenschluss. Dass wir das
Implantat trotzdem übernehmen, liegt an der im Antrag mitversicherten
Ausnahme für eine fehlende Lücke ("1 fehlender Zahn mitversichert").

Wenn Sie Fragen haben, rufen Sie mich gerne an.

""" % () + sig('dreyer') + '\n\n' + FOOTER_DE
    statement = pdf([[
        '# Leistungsübersicht Heil- und Kostenplan',
        'Versicherter: Yusuf Demir, geb. 29.05.1983        Versicherungsnummer: KV 60-4471530',
        'Zahnärztin: Dr. med. dent. Elif Yıldız'.replace('ı', 'i') + ', Weserau        HKP vom 12.03.2026',
        'Befund: Zahn 36 fehlt (Extraktion 10/2024), Knochenangebot vertikal unzureichend',
        '',
        'GOZ 9010   Implantatinsertion Regio 36            1.104,40 EUR   erstattungsfähig 80 %',
        'GOZ 9120   Sinuslift / Knochenaufbau                 612,90 EUR   nicht erstattungsfähig',
        'GOZ 2200   Vollkrone auf Implantat                   498,20 EUR   erstattungsfähig 80 %',
        'Material- und Laborkosten (geschätzt)              1.380,00 EUR   erstattungsfähig 80 %',
        '',
        'Summe geplant                                      3.595,50 EUR',
        'voraussichtliche Erstattung                        2.386,08 EUR',
        '',
        'Hinweis: Die endgültige Erstattung richtet sich nach der Rechnung.',
    ]], title='Leistungsübersicht HKP', when=(2026, 3, 18, 9, 0, 0))
    msg = message(n, '2026-03-18 09:27', who('dreyer'),
                  [('Yusuf Demir', 'yusuf.demir@inbox-mail.example')],
                  'Ihr Heil- und Kostenplan vom 12.03.2026',
                  mixed(text(body), attach(statement, CT_PDF, 'Leistungsübersicht_HKP_2026-03-12.pdf')),
                  mailer='outlook-de')
    return M(S, 'de', 'insurer-to-customer',
             'dental treatment plan decision for a named customer (implant 36, bone graft declined); birth date and findings in PDF',
             msg)


# ===================================================================== 025
def m025(n):
    plain = """PRESS RELEASE

Weserau Versicherung expands its physiotherapy network

Weserau, 2 September 2026 - From 1 October, members of Weserau's health
insurance plans can choose from more than 420 partner practices for
physiotherapy, occupational therapy and speech therapy across northern
Germany - up from 260 last year.

Partner practices bill Weserau directly, so patients no longer pay in
advance. In a pilot with 40 practices, the average time from invoice to
payment fell from 19 to 6 days, and nine out of ten patients said they
would recommend direct billing.

"Back pain and shoulder problems are among the most frequent reasons for
claims in our outpatient tariffs," says Claudia Ruhnke, Head of Health and
Accident Claims. "Fast access to therapy helps people get back to everyday
life sooner - and it avoids more expensive treatment later."

Practices interested in joining the network can apply at
https://www.weserau-versicherung.example/physio-network

About Weserau Versicherung AG
Weserau Versicherung AG is a composite insurer based in Weserau with about
1,900 employees and 1.1 million customers in property, liability, motor,
health, accident and life insurance.

Press contact
Corporate Communications, presse@weserau-versicherung.example
"""
    html = html_doc(paras_html(plain).replace('<p>PRESS RELEASE</p>', '<p style="color:#0a4d8c"><b>PRESS RELEASE</b></p>')
                    .replace('<p>Weserau Versicherung expands its physiotherapy network</p>',
                             '<h1>Weserau Versicherung expands its physiotherapy network</h1>'), lang='en')
    msg = message(n, '2026-09-02 10:00', box('presse', 'Weserau Versicherung Corporate Communications'),
                  [('Press distribution list', 'presseverteiler@' + DOM)],
                  'Press release: Weserau expands physiotherapy network to 420 practices',
                  alt(text(plain, cs='us-ascii', cte='7bit'), text(html, subtype='html', cte='quoted-printable')),
                  mailer='newsletter')
    return M(N, 'en', 'newsletter',
             'trap: press release about physiotherapy network with claims statistics and a quote; no patient data',
             msg)


# ===================================================================== 026
def m026(n):
    plain = """Sehr geehrte Frau Lindemann,

Ihren Schaden vom 27.01.2026 (Auffahrunfall an der Ampel Bremer Tor,
Schadennummer KS-2026-004471) haben wir abgeschlossen. Der Unfallgegner
hat bestätigt, dass bei dem Unfall niemand verletzt wurde; wir haben die
Reparaturkosten seines Fahrzeugs in Höhe von 3.184,60 EUR reguliert.

Da wir aus Ihrer Kfz-Haftpflichtversicherung leisten mussten, wird Ihr
Vertrag zum 01.01.2027 zurückgestuft:

  Vertrag:            KF 31-7730218
  Fahrzeug:           VW Golf, amtl. Kennzeichen WES-AL 208
  Schadenfreiheits-
  klasse Haftpflicht: bisher SF 12 (30 %)  ->  ab 01.01.2027 SF 6 (45 %)
  Jahresbeitrag 2027: voraussichtlich 612,40 EUR statt 431,70 EUR

Sie können die Rückstufung vermeiden, indem Sie uns den Schaden innerhalb
von sechs Monaten nach dieser Mitteilung erstatten. Den Betrag und das
Vorgehen finden Sie in unserem Kundenportal unter "Schaden zurückkaufen".

Mit freundlichen Grüßen

Chidi Okafor
Kfz-Schadenservice
Weserau Versicherung AG
Telefon 04299 7710-633
"""
    html = html_doc(
        '<p>Sehr geehrte Frau Lindemann,</p>\n'
        '<p>Ihren Schaden vom 27.01.2026 (Auffahrunfall an der Ampel Bremer Tor, Schadennummer '
        '<b>KS-2026-004471</b>) haben wir abgeschlossen. Der Unfallgegner hat bestätigt, dass bei dem Unfall '
        'niemand verletzt wurde; wir haben die Reparaturkosten seines Fahrzeugs in Höhe von 3.184,60 EUR reguliert.</p>\n'
        '<p>Da wir aus Ihrer Kfz-Haftpflichtversicherung leisten mussten, wird Ihr Vertrag zum 01.01.2027 zurückgestuft:</p>\n'
        '<table><tr><td>Vertrag</td><td>KF 31-7730218</td></tr>'
        '<tr><td>Fahrzeug</td><td>VW Golf, amtl. Kennzeichen WES-AL 208</td></tr>'
        '<tr><td>SF-Klasse Haftpflicht</td><td>bisher SF 12 (30 %) &rarr; ab 01.01.2027 SF 6 (45 %)</td></tr>'
        '<tr><td>Jahresbeitrag 2027</td><td>voraussichtlich 612,40 EUR statt 431,70 EUR</td></tr></table>\n'
        '<p>Sie können die Rückstufung vermeiden, indem Sie uns den Schaden innerhalb von sechs Monaten nach dieser '
        'Mitteilung erstatten. Den Betrag und das Vorgehen finden Sie in unserem Kundenportal unter '
        '&bdquo;Schaden zurückkaufen&ldquo;.</p>\n'
        '<p>Mit freundlichen Grüßen<br>Chidi Okafor<br>Kfz-Schadenservice<br>Weserau Versicherung AG<br>'
        'Telefon 04299 7710-633</p>')
    msg = message(n, '2026-02-19 14:02', who('okafor'),
                  [('Stefanie Lindemann', 'steffi.lindemann@webpost.example')],
                  'Ihr Kfz-Schaden KS-2026-004471 – Abschluss und Rückstufung',
                  alt(text(plain, cte='quoted-printable'), text(html, subtype='html', cte='base64')),
                  mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'motor claim of a named customer: policy, plate, no-claims class and premium; explicitly nobody injured',
             msg)


# ===================================================================== 027
def m027(n):
    body = """Hello DocuScan support team,

we have a problem in production with the upload function of our customer
portal (your module "Beleg-Upload", version 5.2.1, hosted instance
WES-PROD-2).

Symptom: PDFs larger than about 10 MB are rejected with HTTP 413, although
the limit in the admin console is set to 25 MB. Smaller files and JPGs are
fine. Since Monday about 40 uploads per day fail; customers then send their
invoices by ordinary e-mail instead, which is exactly what we want to
avoid.

Log excerpt (gateway, times CEST):

2026-07-07 09:14:22 POST /api/v2/upload 413 size=11873022 file=upload_7f3a.pdf
2026-07-07 09:31:05 POST /api/v2/upload 413 size=14002311 file=upload_c91e.pdf
2026-07-07 10:02:47 POST /api/v2/upload 201 size=2381002 file=upload_5b20.pdf

We suspect the reverse proxy in front of the upload service still has the
old limit (client_max_body_size 10m). Could you please check and let us
know when you can deploy a fix? Our ticket: INC-2026-07-0193.

Priority: high (customer-facing).

Best regards
Henrik Vosskamp
Business IT, Claims
Weserau Versicherung AG
"""
    msg = message(n, '2026-07-07 10:41', who('vosskamp'),
                  [('DocuScan Support', 'support@docuscan-solutions.example')],
                  'INC-2026-07-0193: upload rejects PDFs > 10 MB (HTTP 413)',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en', importance='high')
    return M(N, 'en', 'insurer-to-supplier',
             'IT ticket to the upload vendor with log lines (anonymous file names); no personal data',
             msg)


# ===================================================================== 028
def m028(n):
    body = """Sehr geehrte Frau Okoro-Schmidt,
Dear Ms Okoro-Schmidt,

vielen Dank für Ihre Mitteilung. Wir haben Ihren neuen Namen und Ihre neue
Anschrift für alle Ihre Verträge gespeichert.
Thank you for letting us know. We have updated your name and address for
all your contracts.

  Name / name:            Adaeze Okoro-Schmidt (bisher / formerly Okoro)
  Geburtsdatum / DOB:     09.12.1991
  Neue Anschrift / new
  address:                Speicherhof 3, 28995 Weserau
  Verträge / contracts:   Hausrat / home contents HR 21-8830417
                          Privathaftpflicht / private liability PH 24-8830418

Bitte prüfen Sie die Angaben. Wenn etwas nicht stimmt, antworten Sie
einfach auf diese E-Mail.
Please check the details and simply reply to this e-mail if anything is
wrong.

Herzlichen Glückwunsch zur Hochzeit! / Congratulations on your wedding!

Mit freundlichen Grüßen / Kind regards

Ines Hagedorn
Kundenservice Privatkunden / Customer Service
Weserau Versicherung AG
"""
    msg = message(n, '2026-08-04 08:57', who('hagedorn'),
                  [('Adaeze Okoro-Schmidt', 'adaeze.okoro@postbox.example')],
                  'Ihre Namens- und Adressänderung / your change of name and address',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'mixed', 'insurer-to-customer',
             'bilingual: named customer with date of birth, former name, new address and household/liability policy numbers',
             msg)


# ===================================================================== 029
def m029(n):
    body = """Guten Tag,

vielen Dank für Ihre Anfrage über unser Kontaktformular. Gern beantworte
ich Ihre Fragen zu unserem Tarif ZahnPlus 80:

1. Professionelle Zahnreinigung
   Ja, ZahnPlus 80 erstattet zwei professionelle Zahnreinigungen pro
   Kalenderjahr mit bis zu 120 EUR je Sitzung. Eine Wartezeit gibt es
   dafür nicht.

2. Wurzel- und Parodontosebehandlung
   Werden zu 80 % erstattet, auch wenn die gesetzliche Krankenkasse nicht
   leistet. Es gilt eine Wartezeit von drei Monaten.

3. Zahnersatz (Kronen, Brücken, Implantate)
   80 % des Rechnungsbetrags, in den ersten vier Versicherungsjahren
   begrenzt (1.000 / 2.000 / 3.000 / 4.000 EUR). Bereits fehlende Zähne
   sind nicht versichert, Sie können aber bis zu einen fehlenden Zahn gegen
   einen Zuschlag mitversichern.

4. Gesundheitsfragen
   Im Antrag fragen wir nur nach fehlenden Zähnen und laufenden oder
   angeratenen Behandlungen.

Die Beiträge hängen vom Eintrittsalter ab. Ein unverbindliches Angebot
können Sie jederzeit auf unserer Website berechnen:
https://www.weserau-versicherung.example/zahnplus

Ich hoffe, das hilft Ihnen weiter.

""" + sig('dreyer') + '\n\n' + FOOTER_DE
    msg = message(n, '2026-05-27 15:48', who('dreyer'),
                  [('', 'k.brandhorst@mailbox.example')],
                  'Ihre Anfrage zum Tarif ZahnPlus 80',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'insurer-to-prospect',
             'trap: prospect asks about dental tariff, answered with generic product information; no contract or health data of the person',
             msg)


# ===================================================================== 030
def m030(n):
    body = """Dear Ingrid,

as agreed for the annual treaty review, please find attached the list of
large losses in our health and accident portfolio for underwriting year
2025 (all cases with paid plus reserved amounts above EUR 150,000).

The list is anonymised in line with our data-sharing annex: no names, no
policy numbers, no dates of birth. Ages are given in 10-year bands,
diagnoses only at ICD chapter level and the place of treatment only by
country. Our internal case references are replaced by a running number
that cannot be traced back without our key.

Total: 17 cases, EUR 5.91m gross, of which EUR 2.34m above the retention.

Please let me know if you need a breakdown by tariff.

Best regards
Claudia Ruhnke
Head of Health & Accident Claims
Weserau Versicherung AG
"""
    rows = [['No', 'Line', 'Age band', 'ICD chapter', 'Cause', 'Country of treatment', 'Paid EUR', 'Reserve EUR'],
            ['1', 'Health', '50-59', 'II Neoplasms', 'Illness', 'DE', '412800', '96000'],
            ['2', 'Health', '60-69', 'IX Circulatory', 'Illness', 'DE', '288400', '0'],
            ['3', 'Accident', '30-39', 'XIX Injuries', 'Road accident', 'DE', '250000', '150000'],
            ['4', 'Health', '0-9', 'XVI Perinatal', 'Illness', 'DE', '386200', '40000'],
            ['5', 'Health (international)', '40-49', 'IX Circulatory', 'Illness', 'AE', '331000', '0'],
            ['6', 'Health', '70-79', 'II Neoplasms', 'Illness', 'DE', '219750', '55000'],
            ['7', 'Accident', '20-29', 'XIX Injuries', 'Sports', 'AT', '180000', '120000'],
            ['8', 'Health', '50-59', 'VI Nervous system', 'Illness', 'DE', '204300', '0'],
            ['9', 'Health', '30-39', 'II Neoplasms', 'Illness', 'DE', '301100', '80000'],
            ['10', 'Health (international)', '60-69', 'XIX Injuries', 'Fall', 'ES', '166400', '0'],
            ['11', 'Health', '40-49', 'XIV Genitourinary', 'Illness', 'DE', '158900', '12000'],
            ['12', 'Accident', '50-59', 'XIX Injuries', 'Fall at home', 'DE', '240000', '0'],
            ['13', 'Health', '60-69', 'IX Circulatory', 'Illness', 'DE', '172600', '0'],
            ['14', 'Health', '10-19', 'III Blood/immune', 'Illness', 'DE', '398000', '150000'],
            ['15', 'Health', '70-79', 'X Respiratory', 'Illness', 'DE', '151300', '0'],
            ['16', 'Health (international)', '30-39', 'XV Pregnancy', 'Illness', 'US', '264900', '0'],
            ['17', 'Health', '50-59', 'II Neoplasms', 'Illness', 'DE', '203550', '30000']]
    msg = message(n, '2026-02-12 09:40', who('ruhnke'),
                  [('Ingrid Halvorsen', 'ingrid.halvorsen@nordhavn-re.example')],
                  'Treaty review 2026 - large loss list H&A UY 2025 (anonymised)',
                  mixed(text(body, cs='us-ascii', cte='7bit'),
                        a_csv('large_losses_HA_UY2025_anon.csv', rows, cs='utf-8', delim=';')),
                  mailer='outlook-en')
    return M(N, 'en', 'insurer-to-partner',
             'trap: anonymised large-loss list for the reinsurer (age bands, ICD chapters, countries only); no identifiable person',
             msg)


STAFF.update({
    'ahlers': ('Friedrich Ahlers', 'friedrich.ahlers', 'Rechtsschutz-Schadenservice',
               'Legal Expenses Claims', '655'),
})


# ===================================================================== 031
def m031(n):
    body = """Sehr geehrter Herr Harms,

vielen Dank für Ihre Schadenmeldung vom 2. Juni 2026 und die Unterlagen zur
Nebenkostenabrechnung Ihrer Vermieterin.

Wir bestätigen Ihnen Versicherungsschutz aus Ihrer Rechtsschutzversicherung

  Vertrag:          RS 41-2097783 (Privat-, Berufs- und Wohnungs-Rechtsschutz)
  Schadennummer:    RSS-2026-031108
  Gegenstand:       Streit um die Nebenkostenabrechnung 2025
                    (Nachforderung 1.412,36 EUR), Mietwohnung
                    Weidenstraße 12, 28999 Weserau
  Selbstbeteiligung: 150 EUR

für die außergerichtliche Interessenwahrnehmung durch einen Rechtsanwalt
Ihrer Wahl. Sie haben Rechtsanwältin Meike Olthoff beauftragt; wir
übernehmen die gesetzlichen Gebühren nach dem RVG. Bitte geben Sie ihr
unsere Schadennummer, damit sie direkt mit uns abrechnen kann.

Falls es zu einem Gerichtsverfahren kommt, melden Sie sich bitte vorher
kurz bei uns, damit wir die Kostenzusage für die erste Instanz erweitern
können.

Mit freundlichen Grüßen

Friedrich Ahlers
Rechtsschutz-Schadenservice
Weserau Versicherung AG
Telefon 04299 7710-655

""" + FOOTER_DE
    msg = message(n, '2026-06-05 11:25', who('ahlers'),
                  [('Jannik Harms', 'jannik.harms@inbox-mail.example')],
                  'Deckungszusage Rechtsschutz – RSS-2026-031108',
                  text(body, cte='base64'), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'legal expenses cover confirmation for a named customer: policy, claim number, tenancy dispute, address (base64 body)',
             msg)


# ===================================================================== 032
def m032(n):
    body = """Hallo zusammen,

kurze Info zur Planung: Anke ist gestern am Knie operiert worden
(Meniskus) und nach jetzigem Stand bis einschließlich 30.04. krank-
geschrieben, danach vermutlich erst mal noch zwei Wochen mit Krücken im
Homeoffice.

Vertretung Team Zahn bis dahin:
- HKPs und Rechnungen A-K: Felix
- HKPs und Rechnungen L-Z: Jana
- Rückfragen Zahnärzte: bitte an mich

Wer ihr eine Karte schreiben möchte: Sabine sammelt bis Donnerstag.

Danke euch!
Torben
"""
    msg = message(n, '2026-04-08 08:12', who('luedeking'),
                  [('Team Leistung Kranken', 'team-leistung-kranken@' + DOM)],
                  'Vertretung Team Zahn bis Ende April',
                  text(body, cte='8bit'), mailer='outlook-de')
    return M(S, 'de', 'internal',
             'harmless-looking absence planning, but reveals a named colleague\'s knee operation (meniscus) and sick leave',
             msg)


# ===================================================================== 033
def m033(n):
    plain = """Hi all,

as Thursdays are now blocked by the KLARA 8 training, I'm moving our weekly
International Desk meeting to Tuesdays, 10:00-10:45, starting 2 June.

Standing agenda:
1. Backlog and turnaround times
2. Open guarantees of payment > 30 days
3. Feedback from GlobalAssist
4. AOB

Room B3.14 or Teams (link in the invite).

Priya
"""
    cal = ics('int-desk-weekly-2026', '20260602T100000', '20260602T104500',
              'International Desk weekly', who('raman'),
              [who('grantham'), who('luedeking'), ('International Claims Desk', 'international-claims@' + DOM)],
              location='B3.14 / Teams', description='Standing agenda: backlog, open GOPs, GlobalAssist feedback, AOB',
              stamp='20260527T073000Z', rrule='FREQ=WEEKLY;BYDAY=TU;COUNT=30', sequence=1)
    msg = message(n, '2026-05-27 09:30', who('raman'),
                  [who('grantham'), who('luedeking'), ('International Claims Desk', 'international-claims@' + DOM)],
                  'Updated invitation: International Desk weekly (now Tuesdays 10:00)',
                  multipart('alternative', [text(plain, cs='us-ascii', cte='7bit'), cal_part(cal)], preamble=False),
                  mailer='outlook-en')
    return M(N, 'en', 'internal', 'meeting series moved, calendar invitation (text/calendar part); no personal data', msg)


# ===================================================================== 034
def m034(n):
    body = """Hello,

you have received a new message in your Weserau SecureMail mailbox.

For your security, the message itself is not included in this e-mail.
Please sign in to read it:

https://securemail.weserau-versicherung.example/login

If you have forgotten your password, use "Reset password" on the sign-in
page and answer your security question.

Please do not reply to this automatically generated e-mail.

Weserau Versicherung AG - SecureMail
"""
    msg = message(n, '2026-03-09 17:02', box('securemail-noreply', 'Weserau SecureMail'),
                  [('', 'j.mcallister@postbox.example')],
                  'You have a new secure message',
                  text(body, cs='us-ascii', cte='7bit'), mailer='portal',
                  extra=[('Auto-Submitted', 'auto-generated')])
    return M(N, 'en', 'insurer-to-customer', 'portal notification mail without content', msg)


# ===================================================================== 035
def m035(n):
    body = """Dear Ms Lindqvist-Mora,

thank you again for the interview on 2 July - Priya and I enjoyed the
conversation. We would like to invite you to a second, shorter meeting
with our Head of Department, Claudia Ruhnke, on

    Wednesday, 15 July 2026, 14:00-15:00
    Weserau Versicherung AG, Am Kornspeicher 12, Building B, room B5.02

(an invitation is attached for your calendar).

To prepare the offer, I have noted the points from our first meeting:

  - earliest start date:   1 October 2026
  - current salary:        EUR 51,600 gross per year
  - salary expectation:    EUR 58,000 gross per year
  - relocation from Malmo; you asked about support for temporary housing

Your expectation is within the range for the position. We will cover your
travel costs (train or flight, economy) - please keep the receipts.

Looking forward to seeing you again.

""" + sig('grantham', 'en') + '\n\n' + FOOTER_EN
    cal = ics('interview-2026-07-15-lm', '20260715T140000', '20260715T150000',
              'Second interview - Claims Handler International Health', who('grantham'),
              [('Sofia Lindqvist-Mora', 'sofia.lindqvist.mora@mailbox.example'), who('ruhnke')],
              location='Weserau Versicherung AG, Building B, room B5.02', stamp='20260706T120000Z')
    msg = message(n, '2026-07-06 14:10', who('grantham'),
                  [('Sofia Lindqvist-Mora', 'sofia.lindqvist.mora@mailbox.example')],
                  'Second interview - Claims Handler International Health',
                  mixed(text(body, cs='us-ascii', cte='7bit'), a_ics('invitation.ics', cal)),
                  cc=[who('ruhnke')], mailer='outlook-en')
    return M(C, 'en', 'insurer-to-applicant',
             'job applicant: current salary and salary expectation; interview invitation (ICS); no health data',
             msg)


# ===================================================================== 036
def m036(n):
    body = """Dear Sirs,

Your client: Mr Nathan Crowley
Our insured: Mr Jonas Petersen, born 02/06/1996
Accident: 14 March 2026, Fulham Palace Road, London
Our reference: UF-2026-02217 / Regress

We act as the private health and personal accident insurer of Mr Petersen,
who was struck by your client's vehicle while cycling in London during a
business trip. Liability has been admitted by your client's motor insurer
in their letter of 20 April 2026.

As a result of the accident Mr Petersen suffered a fracture of the pelvis
(acetabulum, ICD-10 S32.4) and a concussion (S06.0). He was treated as an
inpatient at St Aldhelm's Hospital from 14 to 26 March 2026, underwent
open reduction and internal fixation on 16 March and was repatriated to
Germany by air ambulance on 27 March. Rehabilitation continued in Germany
until 5 June 2026.

Under section 86 of the German Insurance Contract Act, Mr Petersen's claims
against your client have passed to us to the extent we have paid. We
therefore claim:

  Hospital treatment London (St Aldhelm's)      GBP 41,870.00
  Air ambulance repatriation                     EUR 18,400.00
  Inpatient rehabilitation, Germany              EUR 12,236.50
  Outpatient physiotherapy (24 sessions)          EUR  1,104.00

Copies of the invoices and the discharge summary can be provided through
our secure portal on request, subject to Mr Petersen's consent, which we
hold. Please confirm within 28 days that your client's insurer will
settle our subrogated claim.

Yours faithfully

""" + sig('brinkmann', 'en') + '\n\n' + FOOTER_EN
    msg = message(n, '2026-06-22 13:18', who('brinkmann'),
                  [('Harrow & Finch LLP', 'claims@harrowfinch-law.example')],
                  'Subrogated claim - Petersen v Crowley - our ref UF-2026-02217',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(S, 'en', 'insurer-to-lawyer',
             'recovery letter: named insured with DOB, pelvic fracture S32.4, concussion, hospital stay and treatment costs',
             msg)


# ===================================================================== 037
def m037(n):
    body = """*English version below*

Liebe Kolleginnen und Kollegen,

am Samstag, 20. Juni 2026, von 07:00 bis ca. 15:00 Uhr wird KLARA auf
Version 7.5 aktualisiert. In dieser Zeit ist das System nicht erreichbar,
auch nicht aus dem Homeoffice. Der Scan-Posteingang läuft weiter, die
Belege werden am Montag automatisch zugeordnet.

Neu in 7.5:
- Suchfeld für Leistungsfallnummern akzeptiert jetzt auch Leerzeichen
- Schnellere Anzeige großer PDF-Belege
- Korrektur des Fehlers beim Drucken von Textbausteinen mit Tabellen

Bitte meldet euch am Freitag vor 18 Uhr ab und speichert offene Entwürfe.

----------------------------------------------------------------------

Dear colleagues,

on Saturday, 20 June 2026, from 07:00 to about 15:00, KLARA will be updated
to version 7.5. The system will not be available during that time, also
not from home. The scanning inbox keeps running; documents will be matched
automatically on Monday.

New in 7.5:
- case number search now also accepts spaces
- faster display of large PDF documents
- fix for printing text modules that contain tables

Please log off on Friday before 18:00 and save any open drafts.

Viele Grüße / Best regards
Henrik Voßkamp
Fachbereichs-IT Leistung
"""
    msg = message(n, '2026-06-16 12:00', who('vosskamp'),
                  [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
                  'KLARA-Update am 20.06. / KLARA update on 20 June',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'mixed', 'internal', 'bilingual maintenance announcement for the claims system; no personal data', msg)


# ===================================================================== 038
def m038(n):
    body = """Guten Tag Herr Sandmann,

danke für Ihren Anruf. Ich habe mir Ihre Registrierung im Kundenportal
angesehen: Die Anmeldung scheitert, weil das Geburtsdatum nicht zu den
bei uns gespeicherten Daten passt. Sie hatten den 07.03.1975 eingegeben,
bei uns ist der 03.07.1975 hinterlegt. Ich vermute, Tag und Monat wurden
vertauscht.

Bitte versuchen Sie es noch einmal mit:

  Kundennummer:  4471208
  Geburtsdatum:  03.07.1975
  Postleitzahl:  28996

Falls das Geburtsdatum bei uns falsch gespeichert sein sollte, schicken
Sie mir bitte eine kurze Nachricht mit einer Kopie Ihres Ausweises
(Vorderseite genügt, die Zugangsnummer können Sie schwärzen), dann
korrigiere ich es.

""" + sig('hagedorn') + '\n\n' + FOOTER_DE
    msg = message(n, '2026-01-27 10:33', who('hagedorn'),
                  [('Rolf Sandmann', 'rolf.sandmann@webpost.example')],
                  'Ihre Registrierung im Kundenportal',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'named customer with customer number and date of birth (portal registration help); no line of business, no health data',
             msg)


# ===================================================================== 039
def m039(n):
    body = """Dear Ms Varga,

thank you for the proposal. We would like to book the following for our
annual workshop with our external medical reviewers:

  Date:          Friday, 25 September 2026, 09:30-16:30
  Room:          "Lighthouse" (U-shape, 25 persons)
  Equipment:     projector, 2 flip charts, 2 handheld microphones
  Catering:      coffee break morning and afternoon, lunch buffet
                 (please plan 4 vegetarian and 2 gluten-free portions;
                 we will not send names, participants will tell the
                 service staff on the day)
  Parking:       10 spaces in the hotel garage

Invoice to: Weserau Versicherung AG, Leistungsservice Kranken & Unfall,
cost centre 4410, Am Kornspeicher 12, 28999 Weserau. Order number
BE-2026-04410-118.

Could you please send us the confirmation and the cancellation terms?
We will confirm the final number of participants by 11 September.

Kind regards

Sabine Woehlke
Team Assistant, Health & Accident Claims
Weserau Versicherung AG
"""
    msg = message(n, '2026-06-11 14:22', who('woehlke'),
                  [('Katalin Varga', 'events@harbourlights-hotel.example')],
                  'Booking: reviewer workshop 25 September 2026',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(N, 'en', 'insurer-to-supplier',
             'trap: venue booking for a medical reviewer workshop incl. dietary counts without names; no personal data',
             msg)


# ===================================================================== 040
def m040(n):
    body = """Dear Ms Adeyemi,

as requested by our customer Mr Kwame Mensah, please find attached the
confirmation of his private liability insurance for the tenancy at
Hafenkante 22, flat 4.03, 28995 Weserau.

Mr Mensah has given us his consent to send this confirmation to you
directly.

Kind regards

Ines Hagedorn
Customer Service, Private Clients
Weserau Versicherung AG
"""
    cert = pdf([[
        '# Versicherungsbestätigung / Confirmation of insurance',
        'Weserau Versicherung AG, Am Kornspeicher 12, 28999 Weserau',
        '',
        'Versicherungsnehmer / policyholder:  Kwame Mensah, geb. 11.01.1993',
        'Anschrift / address:                Hafenkante 22, Whg. 4.03, 28995 Weserau',
        'Vertrag / policy:                   Privathaftpflicht PH 24-9910342',
        'Versicherungsbeginn / start:        01.08.2026',
        'Deckungssumme / sum insured:        10.000.000 EUR pauschal für Personen-, Sach- und Vermögensschäden',
        'Mitversichert / included:           Mietsachschäden an Wohnräumen bis 500.000 EUR',
        '',
        'Der Beitrag ist bezahlt. / The premium has been paid.',
        'Weserau, 29.07.2026',
    ]], title='Versicherungsbestätigung PH 24-9910342', when=(2026, 7, 29, 10, 0, 0))
    msg = message(n, '2026-07-29 10:14', who('hagedorn'),
                  [('Grace Adeyemi', 'g.adeyemi@lakeside-lettings.example')],
                  'Confirmation of insurance - Mr K. Mensah, Hafenkante 22',
                  mixed(text(body, cs='us-ascii', cte='7bit'),
                        attach(cert, CT_PDF, 'Versicherungsbestaetigung_PH_24-9910342.pdf')),
                  cc=[('Kwame Mensah', 'kwame.mensah@inbox-mail.example')], mailer='outlook-en')
    return M(C, 'en', 'insurer-to-company',
             'confirmation of liability insurance for a named tenant to a letting agency; birth date and policy in the PDF',
             msg)


STAFF.update({
    'kruse': ('Malin Kruse', 'malin.kruse', 'Kundenservice Privatkunden',
              'Customer Service, Private Clients', '214'),
})


# ===================================================================== 041
def m041(n):
    iban = iban_de(29050101, 3305187420)
    body = """Sehr geehrter Herr Ostendorf,

wir haben heute die Zahlung aus Ihrer Unfallversicherung angewiesen:

  Vertrag:        UV 70-5528013
  Leistungsfall:  UF-2026-03390
  Leistungsart:   Sofortleistung nach Ziffer 2.7 Ihrer Bedingungen
  Betrag:         5.000,00 EUR
  Konto:          %s (Kontoinhaber: Henrik Ostendorf)

Das Geld ist in der Regel nach zwei bis drei Bankarbeitstagen auf Ihrem
Konto. Über die weiteren Leistungen aus dem Vertrag entscheiden wir, sobald
uns die angeforderten Unterlagen vorliegen; einen Zwischenstand erhalten
Sie spätestens Ende Oktober.

Mit freundlichen Grüßen

Katrin Stöver
Leistungsservice Kranken & Unfall · Unfall-Leistung
Weserau Versicherung AG
Telefon 04299 7710-455

""" % iban + FOOTER_DE
    msg = message(n, '2026-09-15 15:07', who('stoever'),
                  [('Henrik Ostendorf', 'henrik.ostendorf@mailbox.example')],
                  'Zahlung aus Ihrer Unfallversicherung',
                  text(body, cte='quoted-printable'), mailer='klara',
                  extra=[('X-KLARA-Vorgang', 'UF-2026-03390')])
    return M(S, 'de', 'insurer-to-customer',
             'accident insurance benefit payment to a named customer with IBAN; no medical word, but a personal line (accident)',
             msg)


# ===================================================================== 042
def m042(n):
    body = """Hi all,

our data protection coordinator asked me to share the English version of
the FAQ from last week's training. Please read it before the quiz on
Friday (10 questions, takes 5 minutes, link comes from the e-learning
system).

Q: May I send a diagnosis or a medical report to a member by ordinary
   e-mail if the member asks for it?
A: Only if the member has signed our consent form for unencrypted e-mail.
   Otherwise use the SecureMail portal. When in doubt: portal.

Q: A hospital sends us a discharge summary by ordinary e-mail. May I reply
   in the same thread?
A: Reply via the portal or ask them to use the secure upload link. Do not
   quote the summary in your reply.

Q: Is a policy number alone sensitive?
A: For health and accident policies, yes - it reveals that the person is
   insured with us in a personal line. Treat it as strictly confidential.

Q: May I use real cases in training slides?
A: Only fully anonymised, and never with rare diagnoses, exact dates or
   small places that could identify someone.

Q: What do I do if I sent something to the wrong recipient?
A: Tell your team lead and the data protection coordinator immediately
   (within the hour). We have 72 hours to notify the authority.

Thanks
Priya
"""
    msg = message(n, '2026-05-19 16:45', who('raman'),
                  [('International Claims Desk', 'international-claims@' + DOM)],
                  'Data protection FAQ (English) before Friday\'s quiz',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(N, 'en', 'internal',
             'trap: data protection FAQ about diagnoses, medical reports and personal lines; no real person or case',
             msg)


# ===================================================================== 043
def m043(n):
    body = """Hallo Herr Sielmann,

danke für die Nachfrage, ich verstehe, dass Ihre Kundin ungeduldig wird.

Am Sachstand hat sich seit unserem Telefonat nicht viel geändert: Das
Gutachten von Frau Dr. Pankratz zum Kniegelenk ist beauftragt, der
Untersuchungstermin war am 3. November. Sobald das Gutachten vorliegt
(erfahrungsgemäß zwei bis drei Wochen), entscheiden wir über die
Invaliditätsleistung. Das Krankenhaustagegeld für den stationären
Aufenthalt nach der Kreuzband-OP ist bereits ausgezahlt.

Ich melde mich bei Ihnen und bei Frau Brandes, sobald ich Neues weiß.

Viele Grüße
Katrin Stöver

Am 06.11.2026 um 08:52 schrieb Bernd Sielmann:
> Guten Morgen Frau Stöver,
>
> meine Kundin Frau Monika Brandes (UV 70-3371026) fragt, wann sie mit
> einer Entscheidung zu ihrem Unfall rechnen kann. Sie ist im Juli beim
> Joggen gestürzt, Kreuzbandriss links, und ist immer noch nicht wieder
> voll belastbar. Sie hat Angst, dass die Fristen ablaufen.
>
> Können Sie mir einen Zwischenstand geben?
>
> Beste Grüße
> Bernd Sielmann
> Finanzkontor Sielmann e. K. - unabhängiger Versicherungsmakler
> Fischmarkt 4, 28999 Weserau
"""
    msg = message(n, '2026-11-06 11:20', who('stoever'),
                  [('Bernd Sielmann', 'b.sielmann@sielmann-finanz.example')],
                  'Re: Unfall Frau Brandes UV 70-3371026 – Sachstand?',
                  text(body, cte='8bit', flowed=True), mailer='thunderbird',
                  in_reply_to='<a7c0e1f2-1d33-4a70-b5e1-000000ab1106@sielmann-finanz.example>')
    return M(S, 'de', 'insurer-to-broker',
             'status to a broker about a named client\'s accident claim: ACL rupture, knee examination, hospital stay (also in quote)',
             msg)


# ===================================================================== 044
def m044(n):
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 10. April 2026, nicht im Büro und
lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht
weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Teampostfach
leistung-kranken@weserau-versicherung.example oder an die
Leistungs-Hotline 04299 7710-400 (Mo-Fr 8-18 Uhr).

Mit freundlichen Grüßen
Jana Oltmanns
"""
    msg = message(n, '2026-03-30 13:02', who('oltmanns'),
                  [('Praxis Bökelmann', 'anmeldung@praxis-boekelmann.example')],
                  'Automatische Antwort: Rückfrage Abrechnung',
                  text(body, cte='quoted-printable'), mailer='outlook-de',
                  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    return M(N, 'de', 'auto-reply', 'out-of-office auto-reply to a practice; no content of the original', msg)


# ===================================================================== 045
def m045(n):
    body = """Sehr geehrte Damen und Herren,

zum 1. Juli 2026 bringen wir unseren neuen Unfalltarif UnfallPlus 2026 auf
den Markt. Die wichtigsten Neuerungen im Überblick:

- Invaliditätsleistung mit Progression 350 % oder 500 %, verbesserte
  Gliedertaxe (z. B. Hand 70 %, Fuß 60 %, Auge 60 %)
- Mitwirkungsanteil von Krankheiten erst ab 40 % (bisher 25 %)
- Knochenbruch-Pauschale: 1.000 EUR je Unfall, auch ohne Invalidität
- Krankenhaustagegeld und Genesungsgeld jetzt ohne Höchstdauer
- Infektionen durch Zeckenbiss und Impfschäden mitversichert
- Reha-Management: Vermittlung von Physiotherapie und Hilfsmitteln nach
  schweren Unfällen innerhalb von 48 Stunden

Die Produktinformation mit Beitragsbeispielen finden Sie im Anhang, die
Bedingungen und das Produktinformationsblatt stehen ab 15. Juni im
Maklerportal zum Download bereit.

Für Schulungen in Ihrem Büro steht Ihnen Ihr Maklerbetreuer gern zur
Verfügung.

Mit freundlichen Grüßen

Malte Petersen
Produktmanagement Kranken & Unfall
Weserau Versicherung AG

""" + FOOTER_DE
    info = pdf([[
        '# UnfallPlus 2026 - Produktinformation für Vermittler',
        'Gültig ab 01.07.2026. Nur für die Beratung durch Vermittler, nicht zur Weitergabe an Kunden.',
        '',
        '# Leistungen (Auszug)',
        'Invaliditätsleistung: Grundsumme 50.000 bis 500.000 EUR, Progression 350 % oder 500 %',
        'Gliedertaxe: Arm 75 %, Hand 70 %, Daumen 25 %, Bein 70 %, Fuß 60 %, Auge 60 %, Gehör 45 %',
        'Knochenbruch-Pauschale: 1.000 EUR; Krankenhaustagegeld: 10 bis 100 EUR je Tag',
        'Kosmetische Operationen und Bergungskosten: bis 25.000 EUR',
        '',
        '# Beitragsbeispiele (monatlich, Berufsgruppe A, Grundsumme 100.000 EUR, Progression 350 %)',
        'Erwachsene 18-64 Jahre: 14,90 EUR',
        'Erwachsene ab 65 Jahre (inkl. Seniorenbaustein): 24,60 EUR',
        'Kinder: 6,40 EUR',
    ], [
        '# Annahmerichtlinien',
        'Keine Gesundheitsfragen bis Grundsumme 150.000 EUR.',
        'Ausgeschlossen: Personen, die dauernd pflegebedürftig sind (Pflegegrad 3 und höher).',
        'Provisionen gemäß Courtagevereinbarung, Anlage 3.',
    ]], title='UnfallPlus 2026 Produktinformation', when=(2026, 5, 28, 9, 0, 0))
    msg = message(n, '2026-06-01 07:30', who('petersen'),
                  [('Maklerverteiler Unfall', 'maklerinfo-unfall@' + DOM)],
                  'Neu ab 1. Juli: UnfallPlus 2026',
                  mixed(text(body, cte='quoted-printable'), attach(info, CT_PDF, 'UnfallPlus_2026_Produktinfo_Vermittler.pdf')),
                  mailer='newsletter')
    return M(N, 'de', 'insurer-to-broker',
             'trap: accident product information for brokers (invalidity tables, hospital allowance, premium examples); no person',
             msg)


# ===================================================================== 046
def m046(n):
    body = """Guten Tag Frau Kellner,

wie am Telefon besprochen, anbei das leere Formular "Einwilligung und
Schweigepflichtentbindung" zum Ausdrucken. Sie können es Ihren Patientinnen
und Patienten, die bei uns versichert sind, direkt in der Praxis zum
Ausfüllen geben. Das unterschriebene Original schicken die Versicherten
selbst an uns oder laden es im Kundenportal hoch.

Die Formulare aus 2023 können Sie weiterhin verwenden, die neue Fassung
enthält nur zusätzlich den Hinweis zur elektronischen Übermittlung.

Viele Grüße aus Weserau

Jana Oltmanns
Leistungsservice Kranken & Unfall · Team ambulant
Weserau Versicherung AG
"""
    form = pdf([[
        '# Einwilligung und Schweigepflichtentbindung',
        'Weserau Versicherung AG - Leistungsservice Kranken & Unfall',
        '',
        'Versicherte Person: ________________________________  Geburtsdatum: ____________',
        'Versicherungsnummer: ______________________',
        '',
        'Ich entbinde die nachstehend genannten Ärztinnen, Ärzte, Krankenhäuser und sonstigen',
        'Leistungserbringer von ihrer Schweigepflicht, soweit die Weserau Versicherung AG',
        'Angaben zur Prüfung des Leistungsfalls vom ____________ benötigt.',
        '',
        'Name und Anschrift der Behandler: __________________________________________________',
        '',
        '[ ] Ich bin einverstanden, dass Unterlagen auch elektronisch (SecureMail-Portal) übermittelt werden.',
        '',
        'Ort, Datum: __________________   Unterschrift: ______________________________',
        '',
        'Formular LKU-SE-01, Stand 03/2026',
    ]], title='Formular LKU-SE-01', when=(2026, 3, 1, 8, 0, 0))
    msg = message(n, '2026-04-16 10:05', who('oltmanns'),
                  [('Praxis Dr. Bökelmann – Claudia Kellner', 'anmeldung@praxis-boekelmann.example')],
                  'Formular Schweigepflichtentbindung (leer)',
                  mixed(text(body, cs='iso-8859-1', cte='quoted-printable'),
                        attach(form, CT_PDF, 'LKU-SE-01_Schweigepflichtentbindung_leer.pdf')),
                  mailer='outlook-de')
    return M(N, 'de', 'insurer-to-doctor',
             'trap: blank consent / confidentiality-release form sent to a practice; no patient',
             msg)


# ===================================================================== 047
def m047(n):
    body = """Hallo Herr Baumgart,

danke, ist erledigt: Ihre neue Anschrift ab 01.10.2026 ist

  Tobias Baumgart
  Am Speicherbecken 8
  28997 Weserau-Lehe

und gilt für alle Verträge unter Ihrer Kundennummer 5301172. Eine
schriftliche Bestätigung kommt zusätzlich per Post an die neue Adresse.

Gutes Einleben!

Malin Kruse
Kundenservice Privatkunden
Weserau Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Tobias Baumgart <tobi.baumgart@inbox-mail.example>
Gesendet: Sonntag, 20. September 2026 22:47
An: service@weserau-versicherung.example
Betreff: Umzug

Hallo, wir ziehen zum 1.10. um, neue adresse Am Speicherbecken 8, 28997
Weserau-Lehe. Kundennr 5301172. danke!

Von meinem iPhone gesendet
"""
    msg = message(n, '2026-09-21 09:14', who('kruse'),
                  [('Tobias Baumgart', 'tobi.baumgart@inbox-mail.example')],
                  'AW: Umzug',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'address change confirmed for a named customer with customer number (fact of being insured); no line, no health',
             msg)


# ===================================================================== 048
def m048(n):
    body = """Sehr geehrter Herr Haddad,
Dear Mr Haddad,

(English version below)

vielen Dank für die Einreichung der Laborrechnung des MVZ Labor Weserau
vom 14. Oktober 2026. Wir haben sie vollständig erstattet:

  Untersuchungen:  HbA1c, Nüchternglukose, Lipidprofil, Kreatinin,
                   Mikroalbumin im Urin
  Anlass laut Überweisung: Verlaufskontrolle Diabetes mellitus Typ 2
                   (E11.9) unter Metformin 1000 mg
  Rechnungsbetrag: 86,42 EUR - Erstattung: 86,42 EUR

Ihre Hausärztin hat vierteljährliche Kontrollen angekündigt. Sie können
die Laborrechnungen gern sammeln und einmal im Jahr einreichen.

----------------------------------------------------------------------

thank you for sending us the invoice of MVZ Labor Weserau dated
14 October 2026. We have reimbursed it in full:

  Tests:           HbA1c, fasting glucose, lipid profile, creatinine,
                   urine microalbumin
  Reason given:    follow-up of type 2 diabetes (E11.9) on metformin
                   1000 mg
  Invoice amount:  EUR 86.42 - reimbursed: EUR 86.42

Your GP has announced quarterly checks. You are welcome to collect the lab
invoices and send them to us once a year.

Mit freundlichen Grüßen / Kind regards

Jana Oltmanns
Leistungsservice Kranken & Unfall · Team ambulant
Weserau Versicherung AG

Versicherungsnummer / policy number: KV 60-6630045
"""
    msg = message(n, '2026-10-27 11:48', who('oltmanns'),
                  [('Karim Haddad', 'karim.haddad@postbox.example')],
                  'Erstattung Laborrechnung / lab invoice reimbursed',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'mixed', 'insurer-to-customer',
             'bilingual reimbursement: lab tests for type 2 diabetes E11.9 on metformin of a named customer',
             msg)


# ===================================================================== 049
def m049(n):
    body = """Liebe Claudia, lieber Torben,

anbei der Beschwerdebericht für das 2. Quartal. Kurzfassung:

- 214 Beschwerden (Q1: 241), davon 61 % innerhalb von 5 Arbeitstagen
  abschließend beantwortet
- Hauptthema bleibt die Bearbeitungsdauer (38 %), gefolgt von der
  telefonischen Erreichbarkeit (21 %)
- Beschwerden gegen Ablehnungen wegen fehlender medizinischer
  Notwendigkeit: 29, davon 9 nach erneuter Prüfung ganz oder teilweise
  abgeholfen
- 4 Verfahren beim Ombudsmann PKV, 1 bei der BaFin (alle noch offen)

Den Bericht bitte nicht weiterleiten, er geht in dieser Form nur an die
Abteilungsleitung. Einzelfälle sind nicht enthalten.

Viele Grüße
Nadia

Nadia Kowalczyk
Beschwerdemanagement Kranken & Unfall
"""
    rep = pdf([[
        '# Beschwerdebericht Leistungsservice Kranken & Unfall - Q2 2026',
        'Berichtszeitraum 01.04.-30.06.2026, Stand 08.07.2026',
        '',
        '# Anzahl und Erledigung',
        'Eingang: 214 (Q1 2026: 241)   erledigt: 198   offen: 16',
        'Erledigt innerhalb 5 Arbeitstagen: 61 %   innerhalb 20 Arbeitstagen: 93 %',
        '',
        '# Beschwerdegründe (Mehrfachnennung möglich)',
        'Bearbeitungsdauer 81 (38 %) | Erreichbarkeit Telefon 45 (21 %) | Ablehnung Leistung 52 (24 %)',
        'davon medizinische Notwendigkeit 29 | Höhe der Erstattung / GOÄ-Faktor 23',
        'Kommunikation / Ton 17 (8 %) | Sonstiges 19 (9 %)',
        '',
        '# Externe Verfahren',
        'Ombudsmann Private Kranken- und Pflegeversicherung: 4 neu, 3 abgeschlossen',
        'BaFin-Eingaben: 1 neu',
        '',
        '# Maßnahmen',
        'Rückrufservice bei Wartezeit > 5 Minuten seit 01.06.2026; Textbausteine Ablehnung überarbeitet.',
    ]], title='Beschwerdebericht Q2 2026', author='N. Kowalczyk', when=(2026, 7, 8, 14, 0, 0))
    msg = message(n, '2026-07-08 14:26', who('kowalczyk'), [who('ruhnke'), who('luedeking')],
                  'Beschwerdebericht Q2/2026',
                  mixed(text(body, cte='quoted-printable'), attach(rep, CT_PDF, 'Beschwerdebericht_LKU_Q2_2026.pdf')),
                  mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: quarterly complaints report with counts and categories (medical necessity, ombudsman); no individual case',
             msg)


# ===================================================================== 050
def m050(n):
    body = """Guten Tag Frau Pietsch,

für die Zulassung Ihres neuen Fahrzeugs erhalten Sie hier Ihre
elektronische Versicherungsbestätigung (eVB):

  eVB-Nummer:         K7QX2M9
  Versicherungsnehmerin / Halterin: Svenja Pietsch, geb. 24.04.1989
  Anschrift:          Brückenstraße 19, 28996 Weserau
  Fahrzeug:           Skoda Fabia, FIN TMBJB6NJ0R2019447
  gültig bis:         15.04.2026

Bitte nennen Sie die eVB-Nummer bei der Zulassungsstelle. Den Vertrag
richten wir ein, sobald uns die Zulassungsstelle das Kennzeichen
übermittelt hat; den Versicherungsschein erhalten Sie danach per Post.

Freundliche Grüße
Ihr Team Kfz-Vertrag
Weserau Versicherung AG
Telefon 04299 7710-620

""" + FOOTER_DE
    msg = message(n, '2026-03-16 16:40', box('kfz-vertrag', 'Weserau Versicherung Kfz-Vertrag'),
                  [('Svenja Pietsch', 'svenja.pietsch@mailbox.example')],
                  'Ihre eVB-Nummer für die Zulassung',
                  text(body, cte='quoted-printable'), mailer=None)
    return M(C, 'de', 'insurer-to-customer',
             'motor insurance confirmation (eVB) for a named customer with birth date, address and VIN',
             msg)


STAFF.update({
    'gerdes': ('Hauke Gerdes', 'hauke.gerdes', 'Maklerbetreuung Privatkunden Sach',
               'Broker Support, Private Property', '540'),
})


# ===================================================================== 051
def m051(n):
    body = """Liebe Trainees,

für unseren Workshop am Donnerstag (09:00, Raum A2.07) hier die drei
Übungsfälle. Alle Fälle sind aus echten Vorgängen zusammengesetzt und
verfremdet: Alter, Geschlecht, Orte, Daten und Beträge sind geändert,
Namen gibt es keine. Bitte trotzdem nicht außerhalb der Schulung
verwenden.

Fall 1
Versicherter, Mitte 50, Tarif Ambulant Komfort, beantragt die Erstattung
einer Arthroskopie des Kniegelenks bei Gonarthrose (M17.1). Die
Rechnung enthält den 3,5-fachen Satz ohne Begründung.
-> Frage: Was ist medizinisch notwendig, was ist zu kürzen, und wie
   schreiben wir das verständlich?

Fall 2
Versicherte, Anfang 30, stationär Zweibettzimmer, Entbindung per
Kaiserschnitt, zwei Tage über der Regelverweildauer. Die Klinik berechnet
Einbettzimmer.
-> Frage: Welche Positionen erstatten wir, welche Rückfragen stellen wir?

Fall 3
Unfallversicherung: Sturz von der Leiter, Handgelenksbruch (S52.5),
Gutachten ergibt 2/10 Handwert, Vorschaden durch Arthrose.
-> Frage: Invaliditätsgrad nach Gliedertaxe, Mitwirkung, Auszahlungsbetrag
   bei 100.000 EUR Grundsumme und Progression 225 %.

Bitte bearbeitet die Fälle in Zweiergruppen, 20 Minuten pro Fall.
Lösungsskizzen bespreche ich am Ende mit euch.

Viele Grüße
Friederike Hallmann
"""
    msg = message(n, '2026-09-08 07:55', who('hallmann'),
                  [who('marten'), ('Trainees Leistung', 'trainees-leistung@' + DOM)],
                  'Übungsfälle für Donnerstag',
                  text(body, cte='8bit'), mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: anonymised, altered training cases with diagnoses and ICD codes; no identifiable person',
             msg)


# ===================================================================== 052
def m052(n):
    body = """Hallo Team Unfall,

anbei der Ergebnisvermerk aus dem Jahresgespräch mit dem Gutachterpool.
Die neuen Honorarsätze gelten für alle Aufträge ab 01.03.2026, bitte in den
Auftragsschreiben ab sofort die neue Anlage 2 verwenden.

Gruß
Katrin
"""
    doc = [('h', 'Ergebnisvermerk Jahresgespräch Gutachterpool Unfall 2026'),
           'Datum: 10.02.2026 · Teilnehmende: Unfall-Leistung (K. Stöver, L. Brinkmann), Beratungsärztin Dr. F. Hallmann, Vertreter der Gutachterpraxen (6 Praxen)',
           ('b', '1. Bearbeitungszeiten 2025'),
           ('table', [['Fachrichtung', 'Aufträge 2025', 'Ø Tage bis Gutachten', 'Ziel'],
                      ['Unfallchirurgie/Orthopädie', '212', '34', '28'],
                      ['Neurologie', '41', '52', '42'],
                      ['HNO', '9', '30', '28'],
                      ['Augenheilkunde', '14', '26', '28'],
                      ['Zahnmedizin', '18', '21', '21']]),
           ('b', '2. Honorare ab 01.03.2026'),
           'Aktengutachten 420 EUR (bisher 380 EUR), Gutachten mit Untersuchung 640 EUR (bisher 590 EUR), Zusatzgutachten nach Aufwand, Fahrtkosten pauschal 0,42 EUR/km.',
           ('b', '3. Qualität'),
           'Gutachten sollen künftig die Bemessung nach Gliedertaxe und die Einschätzung einer Mitwirkung getrennt begründen. Vorlage Anlage 1 wird bis 28.02. überarbeitet.',
           ('b', '4. Übermittlung'),
           'Gutachten und Arztberichte ausschließlich über das SecureMail-Portal oder den Upload-Link, keine unverschlüsselten E-Mails, kein Fax mehr ab 01.04.2026.']
    msg = message(n, '2026-02-11 13:15', who('stoever'),
                  [('Team Unfall-Leistung', 'team-unfall@' + DOM)],
                  'Ergebnisvermerk Gutachterpool 2026',
                  mixed(text(body, cte='quoted-printable'),
                        a_docx('Ergebnisvermerk_Gutachterpool_2026.docx', doc, title='Ergebnisvermerk Gutachterpool 2026',
                               author='Katrin Stöver', when=(2026, 2, 11, 13, 0, 0))),
                  mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: meeting note with reviewer turnaround times by specialty and fee rates; no patient and no named reviewer',
             msg)


# ===================================================================== 053
def m053(n):
    body = """Frau Dr. Hallmann,

der Bericht von GlobalAssist zu Frau Vahrenholt kam heute früh. Die Familie
drängt auf den Rücktransport, GlobalAssist hält ihn ab Donnerstag für
vertretbar. Können Sie bitte kurz draufschauen, ob wir den Ambulanzjet
freigeben? Kostenvoranschlag liegt bei 24.800 EUR, die Klinik in Weserau
(Stroke Unit Klinikum Weserau-Nord) hat ein Bett zugesagt.

Danke und Gruß
Mehmet

________________________________
From: Medical Team GlobalAssist <medical@globalassist-partners.example>
Sent: Tuesday, 11 August 2026 06:48
To: Leistung stationär <leistung-stationaer@%s>
Subject: Medical report - case GA-26-18842 - VAHRENHOLT, Ingeborg

Dear colleagues,

Patient: Ingeborg Vahrenholt, DOB 18/05/1955, policy KV 60-0913348
Location: Hospital Son Llàtzer, Palma de Mallorca, stroke unit

Admitted 07/08/2026 with acute left-sided weakness and aphasia.
CT/CT angiography: occlusion of the right middle cerebral artery;
diagnosis ischaemic stroke (I63.5). Thrombolysis given within 2 hours.
Current status (10/08): GCS 15, hemiparesis left improving (3/5 arm,
4/5 leg), mild dysarthria, swallowing test passed, atrial fibrillation
newly diagnosed, anticoagulation started (apixaban 5 mg bid).

Fit to fly: yes, from 13/08/2026, stretcher, with medical escort
(physician + nurse), oxygen on board not required.

Recommendation: repatriation by air ambulance to a stroke unit near home.
Cost estimate attached in the portal (EUR 24,800).

Best regards
Dr. Elena Ruiz, Medical Officer, GlobalAssist Partners
""" % DOM
    msg = message(n, '2026-08-11 08:05', who('arslan'), [who('hallmann')],
                  'WG: Medical report - case GA-26-18842 - VAHRENHOLT, Ingeborg',
                  text(body, cte='quoted-printable'), mailer='outlook-de', importance='high')
    return M(S, 'mixed', 'internal',
             'German forward of an English assistance report: named patient with DOB, ischaemic stroke I63.5 abroad, repatriation',
             msg)


# ===================================================================== 054
def m054(n):
    body = """Liebe Kolleginnen und Kollegen,

anbei das Formularpaket 2026 für die Geschäftsstellen und den
Außendienst. Es enthält nur leere Vordrucke; bitte die alten Fassungen aus
2024 bis Ende des Monats aus den Ablagen entfernen.

Inhalt des ZIP:
- Antrag auf Kostenerstattung (PDF)
- Unfallanzeige (ODT, ausfüllbar)
- Merkblatt Rechnungen aus dem Ausland (PDF)

Bei Fragen: Sabine Wöhlke, Durchwahl -400.
"""
    antrag = pdf([[
        '# Antrag auf Kostenerstattung - Krankenversicherung',
        'Versicherungsnummer: ____________________   Versicherte Person: ____________________________',
        '',
        'Anzahl beigefügter Rechnungen: ____   davon Arzt ___  Zahnarzt ___  Apotheke ___  Heilmittel ___',
        '',
        'Handelt es sich um die Folgen eines Unfalls?   [ ] ja   [ ] nein',
        'Wenn ja: Datum und Hergang des Unfalls: _________________________________________',
        '',
        'Erstattung auf das bekannte Konto  [ ]   auf folgendes Konto: IBAN ________________________',
        '',
        'Ort, Datum, Unterschrift: _____________________________',
        'Formular LKU-KE-01, Stand 01/2026',
    ]], title='LKU-KE-01 leer', when=(2026, 1, 5, 8, 0, 0))
    merk = pdf([[
        '# Merkblatt: Rechnungen aus dem Ausland',
        'Bitte reichen Sie Originalrechnungen ein, die Name der behandelten Person, Behandlungsdatum,',
        'Diagnose und die einzelnen Leistungen enthalten. Rechnungen in Englisch, Französisch,',
        'Spanisch und Italienisch übersetzen wir selbst; bei anderen Sprachen bitten wir um eine',
        'Übersetzung. Wir erstatten zum Wechselkurs des Behandlungstages (EZB-Referenzkurs).',
        'Merkblatt LKU-AU-02, Stand 01/2026',
    ]], title='Merkblatt Auslandsrechnungen', when=(2026, 1, 5, 8, 0, 0), compress=False)
    anzeige = odt([('h', 'Unfallanzeige – Unfallversicherung'),
                   'Versicherungsnummer: ______________  Verletzte Person: ______________________',
                   'Unfalltag und Uhrzeit: ______________  Unfallort: ______________________',
                   'Wie ist der Unfall geschehen? ____________________________________________',
                   'Welche Verletzungen wurden festgestellt? __________________________________',
                   'Erstbehandelnder Arzt / Krankenhaus: ______________________________________',
                   'Formular LKU-UA-03, Stand 01/2026'], title='Unfallanzeige leer', when=(2026, 1, 5, 8, 0, 0))
    z = a_zip('Formularpaket_LKU_2026.zip', [('LKU-KE-01_Kostenerstattung.pdf', antrag),
                                              ('LKU-UA-03_Unfallanzeige.odt', anzeige),
                                              ('LKU-AU-02_Merkblatt_Ausland.pdf', merk)],
              when=(2026, 1, 12, 9, 0, 0))
    msg = message(n, '2026-01-12 09:21', who('woehlke'),
                  [('Geschäftsstellen', 'geschaeftsstellen@' + DOM)],
                  'Formularpaket 2026 (Kranken & Unfall)',
                  mixed(text(body, cs='windows-1252', cte='quoted-printable'), z), mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: ZIP with blank claim and accident report forms and an information sheet (PDF, ODT); no person',
             msg)


# ===================================================================== 055
def m055(n):
    inner_body = """Sehr geehrte Damen und Herren,

anbei wie telefonisch besprochen der vorläufige Entlassbrief für Ihren
Versicherten. Die endgültige Rechnung folgt über den Datenaustausch.

Patient: Herr Erwin Grotjahn, geb. 02.11.1948
Aufenthalt: 19.05.2026 - 01.06.2026, Medizinische Klinik II (Pneumologie)

Diagnosen:
- Ambulant erworbene Pneumonie rechts basal (J18.9)
- COPD GOLD 3 mit akuter Exazerbation (J44.1)
- Herzinsuffizienz NYHA II (I50.12)
- Diabetes mellitus Typ 2, insulinpflichtig (E11.9)

Verlauf: i.v.-Antibiose mit Ampicillin/Sulbactam über 7 Tage, danach oral.
Wegen Sauerstoffbedarf (2 l/min) verlängerter Aufenthalt; Entlassung mit
Langzeit-Sauerstofftherapie, Verordnung eines Sauerstoffkonzentrators ist
erfolgt.

Medikation bei Entlassung: Tiotropium/Olodaterol 2 Hub 1-0-0,
Furosemid 40 mg 1-0-0, Insulin glargin 18 IE abends, Amoxicillin
1000 mg 1-1-1 bis 04.06.

Mit freundlichen Grüßen
i. A. Sandra Böhling
Arztsekretariat Medizinische Klinik II
Klinikum Weserau-Nord
"""
    inner = inner_message('2026-06-02 10:41', ('Arztsekretariat Med. II', 'sekretariat.med2@klinikum-weserau-nord.example'),
                          [('Leistung stationär', 'leistung-stationaer@' + DOM)],
                          'Vorläufiger Entlassbrief', text(inner_body, cte='quoted-printable'),
                          '<20260602104112.6611@klinikum-weserau-nord.example>', mailer='outlook-de')
    body = """Hallo Frau Dr. Hallmann,

kam leider ganz normal per Mail rein. Können Sie bitte einmal wegen der
Verweildauer und dem Sauerstoffkonzentrator draufschauen? Details in der
Anlage.

Gruß
Mehmet
"""
    msg = message(n, '2026-06-02 11:12', who('arslan'), [who('hallmann')],
                  'WG: Unterlagen',
                  mixed(text(body, cte='quoted-printable'), rfc822(inner, 'Vorläufiger Entlassbrief.eml')),
                  mailer='outlook-de')
    return M(S, 'de', 'hospital',
             'body harmless; forwarded hospital mail (message/rfc822) with discharge letter: named patient, birth date, pneumonia, COPD',
             msg)


# ===================================================================== 056
def m056(n):
    body = """Hallo zusammen,

der Scanner im Posteingang 2. OG (Gerät SCN-02-03) zieht seit heute früh
die Seiten schief ein und erkennt dadurch die Barcodes der Deckblätter
nicht. Ticket ist aufgemacht (INC-2026-05-0418), der Techniker kommt
laut Hersteller am Dienstag zwischen 8 und 12 Uhr.

Bis dahin bitte die Belege am Gerät im 3. OG (SCN-03-01) scannen. Das ist
im selben Workflow eingerichtet, ihr müsst nichts umstellen.

Danke und sorry für die Lauferei
Henrik
"""
    msg = message(n, '2026-05-22 09:48', who('vosskamp'),
                  [('Posteingang Leistung', 'posteingang-leistung@' + DOM)],
                  'Scanner 2. OG defekt – bitte 3. OG nutzen',
                  text(body, cte='8bit'), mailer='outlook-de')
    return M(N, 'de', 'internal', 'IT notice about a broken scanner; no personal data', msg)


# ===================================================================== 057
def m057(n):
    body = """Dear Mr Fairbanks,

as requested, we confirm your claims record for your new insurer in
Ireland:

  Policyholder:        Gareth Fairbanks, born 30 January 1984
  Policy:              Motor insurance KF 31-1042893
  Vehicle:             BMW 320d Touring, reg. WES-GF 84
  Period of cover:     01/03/2019 - 31/08/2026 (cancelled on moving abroad)
  Claims-free years:   7 (no-claims class SF 7 at cancellation)
  Claims in the last 5 years: none

A signed copy of this confirmation has been uploaded to your customer
portal. We are sorry to see you go and wish you all the best in Dublin.

Kind regards

Team Kfz-Vertrag / Motor Contracts
Weserau Versicherung AG
"""
    msg = message(n, '2026-09-03 13:37', box('kfz-vertrag', 'Weserau Versicherung Kfz-Vertrag'),
                  [('Gareth Fairbanks', 'gareth.fairbanks@inbox-mail.example')],
                  'Confirmation of claims-free years - KF 31-1042893',
                  text(body, cs='us-ascii', cte='7bit'), mailer=None)
    return M(C, 'en', 'insurer-to-customer',
             'named customer with date of birth, motor policy, registration and claims record; no health data',
             msg)


# ===================================================================== 058
def m058(n):
    rows = [('18-29', '148', '196', '251'), ('30-39', '187', '244', '318'), ('40-49', '236', '309', '402'),
            ('50-59', '318', '417', '541'), ('60-64', '402', '528', '689')]
    plain = """Dear partners,

the 2026/27 premiums for our International Health Plan (IHP) are now
available. Premiums for existing members rise by 4.8 % on average from
1 October 2026 (medical inflation in the main expat destinations was 7-9 %
in 2025).

Monthly premiums for new members, EUR, worldwide excl. USA:

  Age     Essential   Classic   Premium
""" + ''.join('  %-7s %9s %9s %9s\n' % r for r in rows) + """
What is new:
- Mental health: outpatient psychotherapy now up to 25 sessions in Classic
- Maternity: waiting period reduced from 12 to 10 months in Premium
- Telemedicine: 24/7 video consultations included in all levels

Underwriting guidelines and the updated plan documents are in the broker
portal. Questions: international-sales@weserau-versicherung.example

Kind regards
Malte Petersen
Product Management Health & Accident
"""
    trs = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows)
    html = html_doc("""<p>Dear partners,</p>
<p>the 2026/27 premiums for our <b>International Health Plan (IHP)</b> are now available. Premiums for existing members
rise by 4.8&nbsp;%% on average from 1 October 2026 (medical inflation in the main expat destinations was 7&ndash;9&nbsp;%% in 2025).</p>
<p>Monthly premiums for new members, EUR, worldwide excl. USA:</p>
<table><tr><th>Age</th><th>Essential</th><th>Classic</th><th>Premium</th></tr>%s</table>
<p>What is new:</p>
<ul><li>Mental health: outpatient psychotherapy now up to 25 sessions in Classic</li>
<li>Maternity: waiting period reduced from 12 to 10 months in Premium</li>
<li>Telemedicine: 24/7 video consultations included in all levels</li></ul>
<p>Underwriting guidelines and the updated plan documents are in the broker portal.
Questions: <a href="mailto:international-sales@weserau-versicherung.example">international-sales@weserau-versicherung.example</a></p>
<p>Kind regards<br>Malte Petersen<br>Product Management Health &amp; Accident</p>""" % trs, lang='en')
    msg = message(n, '2026-08-18 08:00', who('petersen'),
                  [('International broker partners', 'ihp-brokers@' + DOM)],
                  'IHP premiums 2026/27 and benefit changes',
                  alt(text(plain, cs='us-ascii', cte='7bit'), text(html, subtype='html', cte='quoted-printable')),
                  mailer='newsletter')
    return M(N, 'en', 'insurer-to-broker',
             'trap: expat health plan premium table by age band and benefit changes (mental health, maternity); no person',
             msg)


# ===================================================================== 059
def m059(n):
    inner = """<p>Dear Mr Bernardi,</p>
<p>we have processed the invoices you uploaded on 2 November 2026. Here is your claim statement:</p>
<table>
<tr><th>Date</th><th>Provider</th><th>Service</th><th>Amount</th><th>Reimbursed</th></tr>
<tr><td>06/10/2026</td><td>Dr. Weigand, orthopaedics</td><td>Consultation, examination of the left shoulder</td><td>EUR 128.40</td><td>EUR 128.40</td></tr>
<tr><td>09/10/2026</td><td>Radiologie am Wall</td><td>MRI left shoulder</td><td>EUR 611.22</td><td>EUR 611.22</td></tr>
<tr><td>14/10-30/10/2026</td><td>Physio am Deich</td><td>Physiotherapy, 8 sessions</td><td>EUR 336.00</td><td>EUR 268.80</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>EUR 1,075.62</b></td><td><b>EUR 1,008.42</b></td></tr>
</table>
<p>Diagnosis on the invoices: adhesive capsulitis of the left shoulder ("frozen shoulder", M75.0).</p>
<p>Physiotherapy is reimbursed at 80&nbsp;% under your Classic plan. If your doctor prescribes more sessions,
you do not need to ask us in advance for up to 20 sessions per year.</p>
<p>Member: Luca Bernardi &middot; policy IHP 88-220417 &middot; claim IHP-2026-03309</p>
<p>Kind regards<br>Priya Raman<br>International Claims Desk<br>Weserau Versicherung AG</p>
<p style="font-size:8pt;color:#666">Weserau Versicherung AG, registered office Weserau, Germany. Local court Weserau HRB 7710.</p>"""
    msg = message(n, '2026-11-05 10:29', who('raman'),
                  [('Luca Bernardi', 'luca.bernardi@mailbox.example')],
                  'Your claim statement IHP-2026-03309',
                  text(html_doc(inner, lang='en'), subtype='html', cte='base64'), mailer='outlook-en')
    return M(S, 'en', 'insurer-to-customer',
             'HTML-only claim statement table: named member, shoulder MRI, physiotherapy, frozen shoulder M75.0',
             msg)


# ===================================================================== 060
def m060(n):
    body = """Hallo Herr Tamm,

danke für den Hinweis, das war tatsächlich ein Tippfehler bei der
Erfassung. Ich habe das Geburtsdatum von Frau Wendt korrigiert; das
Angebot zur Wohngebäudeversicherung habe ich neu gerechnet und in Ihr
Maklerpostfach gestellt. Am Beitrag ändert sich nichts.

  Versicherungsnehmer:  Jörg Wendt, geb. 14.02.1969
                        Anja Wendt, geb. 08.10.1971 (korrigiert, vorher 10.08.1971)
  Objekt:               Einfamilienhaus, Birkenallee 31, 28996 Weserau
  Angebot:              WG 22-A-2026-44105 (Version 2)

Viele Grüße

Hauke Gerdes
Maklerbetreuung Privatkunden Sach
Weserau Versicherung AG
Telefon 04299 7710-540

-----Ursprüngliche Nachricht-----
Von: Stefan Tamm <s.tamm@tamm-versicherungsbuero.example>
Gesendet: Montag, 9. Februar 2026 17:05
An: Maklerbetreuung Sach <maklerbetreuung-sach@weserau-versicherung.example>
Betreff: Angebot Wendt WG 22-A-2026-44105

Hallo Herr Gerdes,

im Angebot für Familie Wendt ist das Geburtsdatum der Ehefrau falsch
(steht 10.08.1971, richtig ist 08.10.1971). Können Sie das bitte
korrigieren, bevor die Kunden unterschreiben?

Danke und Gruß
Stefan Tamm
Versicherungsbüro Tamm
"""
    msg = message(n, '2026-02-10 08:44', who('gerdes'),
                  [('Stefan Tamm', 's.tamm@tamm-versicherungsbuero.example')],
                  'AW: Angebot Wendt WG 22-A-2026-44105',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-broker',
             'broker correspondence: named clients with birth dates and address in a buildings insurance offer',
             msg)


# ===================================================================== 061
def m061(n):
    body = """Hallo Frau Behrens,

vielen Dank für Ihr Angebot vom 3. Juni. Wir möchten das Sommerfest unserer
Abteilung gern so bei Ihnen buchen:

Termin: Freitag, 28. August 2026, ab 16:00 Uhr
Ort: Innenhof Gebäude B, Am Kornspeicher 12 (bei Regen Foyer)
Personen: 65

Buffet "Norddeutsch" laut Angebot, mit folgenden Änderungen:
- statt Matjes bitte Backfisch
- 12 Portionen vegetarisch, 5 vegan
- bitte alle Speisen mit den 14 Hauptallergenen kennzeichnen
- Getränke: Wasser, Apfelschorle, alkoholfreies Bier, zwei Sorten Wein
  (Abrechnung nach Verbrauch)

Stehtische und Servicepersonal (2 Personen, 16-21 Uhr) wie angeboten.
Rechnung bitte an Weserau Versicherung AG, Leistungsservice Kranken &
Unfall, Kostenstelle 4410, Bestellnummer BE-2026-04410-131.

Können Sie mir die Buchung kurz bestätigen?

Viele Grüße
Sabine Wöhlke
Teamassistenz Leistungsservice Kranken & Unfall
Weserau Versicherung AG
Telefon 04299 7710-400
"""
    msg = message(n, '2026-06-09 10:05', who('woehlke'),
                  [('Deichküche Catering – Frau Behrens', 'info@deichkueche-catering.example')],
                  'Buchung Sommerfest 28.08. – Buffet Norddeutsch',
                  text(body, cs='windows-1252', cte='8bit'), mailer='outlook-de')
    return M(N, 'de', 'insurer-to-supplier', 'catering order for a department summer party; no personal data', msg)


# ===================================================================== 062
def m062(n):
    body = """Sehr geehrter Herr Vogelsang,

vielen Dank für Ihre Nachricht vom 14. Juli. Sie haben völlig recht: Die
Vergleichstabelle auf unserer Seite zu den Zusatzversicherungen ist mit
einem Screenreader kaum zu benutzen, und der Kontrast der grauen Schrift
auf hellgrauem Grund ist zu schwach. Es tut mir leid, dass Sie sich die
Informationen deshalb telefonisch besorgen mussten.

Ich habe Ihre Hinweise an unser Web-Team weitergegeben. Die Tabelle wird
bis Ende September durch eine barrierefreie Fassung ersetzt; den Kontrast
hat das Team bereits gestern angepasst. Wir lassen die Seiten außerdem im
Herbst von einer externen Stelle nach BITV 2.0 prüfen.

Wenn Sie mögen, schicke ich Ihnen die überarbeitete Seite vorab zum
Ausprobieren. Ihre Rückmeldung wäre uns sehr willkommen.

Mit freundlichen Grüßen

Nadia Kowalczyk
Beschwerdemanagement Kranken & Unfall
Weserau Versicherung AG
Telefon 04299 7710-471

""" + FOOTER_DE
    msg = message(n, '2026-07-16 14:50', who('kowalczyk'),
                  [('Martin Vogelsang', 'm.vogelsang@postbox.example')],
                  'Ihre Beschwerde zur Barrierefreiheit unserer Website',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'insurer-to-prospect',
             'grey: complaint reply to a named visitor about website accessibility; no contract, no health detail',
             msg)


# ===================================================================== 063
def m063(n):
    body = """Liebe Kolleginnen und Kollegen,

bei der Begehung durch den Datenschutz letzte Woche sind uns wieder ein
paar Dinge aufgefallen, die ich hier kurz zusammenfasse, ohne jemanden
an den Pranger zu stellen:

1. Clean Desk: Arztberichte, Gutachten und Rechnungen gehören abends in
   den abschließbaren Schrank, nicht in die Ablage auf dem Tisch. Auf
   zwei Schreibtischen lagen ganze Akten offen.
2. Bildschirm sperren (Windows + L), auch wenn man nur kurz zum Drucker
   geht.
3. Druckaufträge mit Gesundheitsdaten nur mit "Sicheres Drucken" (PIN am
   Gerät) auslösen. Im Drucker 2. OG lagen morgens 14 Seiten.
4. Keine Gesundheitsdaten in private Notizbücher oder auf Post-its.
5. Die Pflichtschulung "Datenschutz und Schweigepflicht 2026" haben erst
   71 % der Abteilung abgeschlossen. Frist ist der 30. April.

Danke, dass ihr darauf achtet. Die nächste Begehung ist unangekündigt.

Claudia Ruhnke
Abteilungsleiterin Leistungsservice Kranken & Unfall
"""
    msg = message(n, '2026-04-13 08:05', who('ruhnke'),
                  [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
                  'Clean Desk, Bildschirmsperre, Pflichtschulung',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: data protection reminder mentioning medical reports and health data in general; no person or case',
             msg)


# ===================================================================== 064
def m064(n):
    body = """Thank you for your message.

I am out of the office until Monday, 31 August 2026, with no access to
e-mail. Your message will not be forwarded.

For claims and guarantees of payment, please contact the International
Claims Desk at international-claims@weserau-versicherung.example or
+49 4299 7710-490 (24/7 for hospitals).

Oliver Grantham
"""
    msg = message(n, '2026-08-17 16:20', who('grantham'),
                  [('Accounts Receivable', 'accounts@staldhelms-hospital.example')],
                  'Automatic reply: Statement of account August',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en',
                  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    return M(N, 'en', 'auto-reply', 'out-of-office auto-reply to a hospital accounts department; no case data', msg)


# ===================================================================== 065
def m065(n):
    body = """Hi Oliver,

here is my draft for the new standard letter "claim declined - condition
existed before cover started". Legal has already seen the middle part.
Placeholders in double angle brackets are filled by KLARA.

-------------------------------------------------------------------------
Dear <<Salutation>> <<MemberLastName>>,

Claim <<ClaimNumber>> - <<TreatmentDescription>>

Thank you for your claim dated <<ClaimDate>>. We are sorry to tell you
that we cannot pay it.

Your International Health Plan started on <<PlanStartDate>>. According to
the information from <<SourceOfInformation>>, the condition
<<Diagnosis>> (<<ICDCode>>) was first diagnosed on <<FirstDiagnosisDate>>,
which is before your cover started. Section 5.2 of your plan terms
excludes conditions that existed before the start of cover unless they were
declared in the application and accepted by us.

If you think this information is wrong, please send us <<EvidenceHint>>.
You can also ask for a review by our medical adviser, or contact the
insurance ombudsman (details enclosed).

Yours sincerely
<<HandlerName>>
-------------------------------------------------------------------------

Two questions:
1. Should we name the source of information (e.g. "your former GP")?
   Legal says yes, I find it a bit blunt.
2. Do we want the ICD code in the letter at all, or only the wording?

Priya
"""
    msg = message(n, '2026-10-13 15:02', who('raman'), [who('grantham')],
                  'Draft template: declined - pre-existing condition',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(N, 'en', 'internal',
             'trap: letter template about pre-existing conditions with placeholders only (<<Diagnosis>>, <<ICDCode>>); no person',
             msg)


# ===================================================================== 066
def m066(n):
    body = """Hallo zusammen,

hier der aktuelle Stand der Urlaubsplanung für Juli/August. Bitte bis
Freitag prüfen; wo sich zu viele überschneiden, sprecht euch bitte
untereinander ab. Pro Team sollen immer mindestens zwei Leute da sein.

Team ambulant
  Jana Oltmanns     13.07.-31.07.
  Felix Marten      03.08.-14.08.
  Imke Fastje       20.07.-07.08.   <- Überschneidung mit Jana
Team stationär
  Mehmet Arslan     27.07.-14.08.
  Daniela Reents    06.07.-17.07.
Team Zahn
  Anke Dreyer       17.08.-28.08.
Unfall-Leistung
  Katrin Stöver     03.08.-21.08.
  Lukas Brinkmann   13.07.-24.07.
International Desk
  Oliver Grantham   17.08.-28.08.
  Priya Raman       20.07.-31.07.

Sommerfest ist am 28.08. – bisher sind da nur Anke und Oliver im Urlaub.

Liebe Grüße
Sabine
"""
    msg = message(n, '2026-05-04 11:30', who('woehlke'),
                  [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
                  'Urlaubsplanung Sommer 2026 – bitte prüfen',
                  text(body, cte='8bit', flowed=True), mailer='thunderbird')
    return M(N, 'de', 'internal',
             'holiday planning with colleagues\' names and dates, no reasons or health data', msg)


# ===================================================================== 067
def m067(n):
    body = """Guten Tag,

vielen Dank für Ihre Fragen zu unserer Unfallversicherung.

> Ich fahre viel Ski und gehe im Sommer Klettersteige. Bin ich da
> versichert? Und was ist mit Zeckenbissen, meine Nachbarin hatte
> Borreliose und meinte, das zahlt keine Unfallversicherung.

Skifahren, Snowboarden und Klettersteige (auch schwierige) sind in
UnfallPlus 2026 ohne Zuschlag versichert, weltweit und rund um die Uhr.
Nicht versichert sind nur wenige Sportarten, etwa die Teilnahme an
Motorsport-Rennen; die vollständige Liste steht in Ziffer 5 der
Bedingungen.

Infektionen durch Zeckenbisse (Borreliose und FSME) sind bei uns
ausdrücklich mitversichert. Das ist nicht bei allen Anbietern so, Ihre
Nachbarin hat also mit ihrem Tarif womöglich recht gehabt.

Gut zu wissen: Für Knochenbrüche zahlt der Tarif eine Pauschale von
1.000 EUR, auch wenn keine dauerhafte Beeinträchtigung bleibt. Beim
Skifahren ist das der häufigste Fall.

Ein Angebot können Sie online berechnen oder über einen Vermittler in
Ihrer Nähe anfordern:
https://www.weserau-versicherung.example/unfallplus

""" + sig('stoever') + '\n\n' + FOOTER_DE
    msg = message(n, '2026-11-17 09:12', who('stoever'),
                  [('', 'lena.w.2002@mailbox.example')],
                  'AW: Frage Unfallversicherung Skifahren',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'insurer-to-prospect',
             'trap: prospect question on ski accidents and tick bites answered generically; the neighbour is not identifiable',
             msg)


# ===================================================================== 068
def m068(n):
    body = """Hi everyone,

minutes of Tuesday's meeting attached. Main decision: from 1 April we
aim to answer every pre-authorisation request from a hospital within
4 working hours (8 hours on weekends), and we will measure it.

Please read section 3 before your next on-call shift.

Oliver
"""
    doc = [('h', 'Pre-authorisation turnaround - process meeting 3 March 2026'),
           'Attendees: O. Grantham (chair), P. Raman, M. Arslan, Dr F. Hallmann, M. Hale (GlobalAssist, by phone)',
           ('b', '1. Current figures (Jan-Feb 2026)'),
           ('table', [['Request type', 'Requests', 'Median answer time', '90th percentile'],
                      ['Planned inpatient (elective)', '184', '11 h', '46 h'],
                      ['Emergency admission', '97', '3 h', '9 h'],
                      ['Outpatient surgery', '63', '7 h', '30 h'],
                      ['MRI / CT', '141', '5 h', '22 h']]),
           ('b', '2. Target'),
           'All requests answered within 4 working hours, weekends 8 hours. Elective cases with missing medical report: interim answer within 4 hours requesting the report.',
           ('b', '3. On-call procedure'),
           'The on-call handler checks the GOP queue every 2 hours. Cases above EUR 25,000 or with unclear medical necessity go to the medical adviser on duty. No medical details by ordinary e-mail - use the portal or the assistance platform.',
           ('b', '4. Actions'),
           'PR: dashboard for answer times (by 20 March). MA: checklist for hospitals on what a complete request contains. MH: GlobalAssist to send requests only via the platform.']
    msg = message(n, '2026-03-05 17:40', who('grantham'),
                  [('International Claims Desk', 'international-claims@' + DOM), who('arslan'), who('hallmann')],
                  'Minutes: pre-authorisation turnaround',
                  mixed(text(body, cs='us-ascii', cte='7bit'),
                        a_docx('Minutes_preauth_turnaround_2026-03-03.docx', doc, title='Minutes pre-authorisation',
                               author='Oliver Grantham', when=(2026, 3, 5, 17, 30, 0))),
                  mailer='outlook-en')
    return M(N, 'en', 'internal',
             'trap: process minutes with aggregated pre-authorisation statistics; no patient', msg)


# ===================================================================== 069
def m069(n):
    body = """Sehr geehrte Frau Dr. Lohmann,

vielen Dank für das Gespräch am Dienstag. Wie besprochen fasse ich die
nächsten Schritte für die Umstellung auf den elektronischen
Rechnungsaustausch zwischen dem Klinikum und uns zusammen:

1. Testphase ab 1. Oktober: Das Klinikum schickt Rechnungen für unsere
   Versicherten parallel auf Papier und elektronisch. Für den technischen
   Verbindungstest verwenden wir ausschließlich Testdatensätze mit
   erfundenen Personen ("Testpatient 1" usw.), keine echten Fälle.
2. Format: XML nach dem Datensatz des PKV-Verbands (Version 3.1), Versand
   über die verschlüsselte Schnittstelle, nicht per E-Mail.
3. Kostenübernahmeanfragen laufen weiterhin über das Portal.
4. Ansprechpartner auf unserer Seite: ich für die Fachlichkeit, Herr
   Voßkamp aus unserer Fachbereichs-IT für die Technik.

Nach drei Monaten Parallelbetrieb entscheiden wir gemeinsam, ob das
Papierverfahren eingestellt wird. Nach unserer Erfahrung mit anderen
Kliniken verkürzt sich die Zahlungsdauer von derzeit rund 24 auf unter
10 Tage.

Termin für den nächsten Abstimmungscall: 17. September, 14 Uhr.

Mit freundlichen Grüßen

""" + sig('arslan') + '\n\n' + FOOTER_DE
    msg = message(n, '2026-09-03 15:30', who('arslan'),
                  [('Dr. Birgit Lohmann', 'b.lohmann@klinikum-weserau-nord.example')],
                  'Elektronischer Rechnungsaustausch – nächste Schritte',
                  text(body, cte='quoted-printable'), cc=[who('vosskamp')], mailer='outlook-de')
    return M(N, 'de', 'insurer-to-hospital',
             'trap: e-invoicing project with a hospital, test data with invented persons only; no patient',
             msg)


# ===================================================================== 070
def m070(n):
    inner = """<p>Dear Ms Carvalho,</p>
<p>as requested, here is the statement of premiums you paid in 2025 for your tax return
(&ldquo;Vorsorgeaufwendungen&rdquo;, Anlage Vorsorgeaufwand):</p>
<table>
<tr><th>Contract</th><th>Policy number</th><th>Premiums paid 2025</th><th>Deductible as</th></tr>
<tr><td>Private liability</td><td>PH 24-7781203</td><td>EUR 89.40</td><td>other insurance premiums</td></tr>
<tr><td>Motor third-party liability</td><td>KF 31-7781204</td><td>EUR 398.16</td><td>other insurance premiums</td></tr>
<tr><td>Motor comprehensive</td><td>KF 31-7781204</td><td>EUR 221.04</td><td>not deductible</td></tr>
</table>
<p>Policyholder: Beatriz Carvalho, Am Wasserturm 6, 28999 Weserau &middot; tax ID (as reported to the tax office): 58 294 017 336</p>
<p>The statement has also been sent to the tax office electronically, so you do not need to attach it to your return.</p>
<p>Kind regards<br>Malin Kruse<br>Customer Service, Private Clients<br>Weserau Versicherung AG</p>"""
    msg = message(n, '2026-02-03 12:18', who('kruse'),
                  [('Beatriz Carvalho', 'beatriz.carvalho@webpost.example')],
                  'Your premium statement 2025 for your tax return',
                  text(html_doc(inner, lang='en'), subtype='html', cs='utf-8', cte='quoted-printable'),
                  mailer='outlook-en')
    return M(C, 'en', 'insurer-to-customer',
             'HTML-only premium statement: named customer, address, tax ID, liability and motor policies with premiums',
             msg)


# ===================================================================== 071
def m071(n):
    body = """Dear Mr Mendes,

thank you for sending us the invoice from Dr. Anna Kiefer's dental practice
dated 21 September 2026.

We are sorry, but we cannot reimburse this invoice at present:

  Treatment:       root canal treatment and ceramic crown, tooth 46
  Invoice amount:  EUR 1,486.20
  Your plan:       International Health Plan Classic with dental module,
                   start of dental cover 1 March 2026
  Waiting period:  8 months for major dental treatment (section 7.4)

The treatment took place during the waiting period, which ends on
31 October 2026. Preventive care and simple fillings are not subject to a
waiting period; we paid your check-up and the filling on tooth 15 in July.

If the treatment was needed because of an accident, the waiting period
does not apply. In that case, please send us a short statement from your
dentist.

""" + sig('raman', 'en') + '\n\nPolicy IHP 88-301552 | Claim IHP-2026-02874\n\n' + FOOTER_EN
    msg = message(n, '2026-10-02 09:50', who('raman'),
                  [('Rafael Mendes', 'rafael.mendes@postbox.example')],
                  'Your dental claim IHP-2026-02874',
                  text(body, cte='quoted-printable'), mailer='outlook-en')
    return M(S, 'en', 'insurer-to-customer',
             'declined dental claim of a named member: root canal and crown on tooth 46, earlier filling; health plan',
             msg)


# ===================================================================== 072
def m072(n):
    iban = iban_gb('BARC', '200415', '53719284')
    body = """Hallo Oliver,

kein Problem, ich kümmere mich drum. Ich brauche nur noch die Belege als
PDF (Flug und Hotel), dann geht das heute noch an die Buchhaltung. Die
Bankverbindung habe ich aus deiner Mail übernommen.

Gruß Sabine

-----Ursprüngliche Nachricht-----
Von: Oliver Grantham <oliver.grantham@weserau-versicherung.example>
Gesendet: Montag, 28. September 2026 16:02
An: Sabine Wöhlke <sabine.woehlke@weserau-versicherung.example>
Betreff: Travel costs Dr Keane - workshop 25/09

Hi Sabine,

could you please arrange the reimbursement of Dr Keane's travel costs for
the reviewer workshop? She came from Cork and paid everything herself:

  Flight ORK-AMS-BRE return    EUR 312.40
  Hotel Harbour Lights, 1 night EUR 129.00
  Taxi airport - hotel          EUR  38.50
  Total                         EUR 479.90

She'd like it paid to her UK account (she bills through her own practice,
sole trader, not a company):
  Siobhan Keane, IBAN %s

Thanks a million!
Oliver
""" % iban
    msg = message(n, '2026-09-29 08:31', who('woehlke'), [who('grantham')],
                  'AW: Travel costs Dr Keane - workshop 25/09',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'mixed', 'internal',
             'German reply quoting English mail: travel cost reimbursement with a freelance reviewer\'s private IBAN; no patient',
             msg)


# ===================================================================== 073
def m073(n):
    body = """Dear Mrs Fitzgerald-Brandt,

thank you for the discharge confirmation from Klinikum Weserau-Nord.

Your stay from 2 to 8 June 2026 (6 nights) for the removal of your
gallbladder is covered by your hospital daily allowance tariff
Krankenhaustagegeld KHT 50:

  6 nights x EUR 50.00 = EUR 300.00

The amount will be transferred to your account within the next few days.
The hospital bill itself is settled directly between the hospital and
your statutory health insurer, so there is nothing else you need to do.

We wish you a good recovery.

""" + sig('arslan', 'en') + '\n\nPolicy KV 60-5117840\n\n' + FOOTER_EN
    msg = message(n, '2026-06-16 11:03', who('arslan'),
                  [('Helen Fitzgerald-Brandt', 'helen.fb@inbox-mail.example')],
                  'Your hospital daily allowance',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(S, 'en', 'insurer-to-customer',
             'hospital daily allowance for a named customer: six nights in hospital for gallbladder removal',
             msg)


# ===================================================================== 074
def m074(n):
    body = """Liebe Frau Dr. Hallmann,

die Kundin unten bittet um Übernahme der Kosten für eine Perücke. In
ihrem Tarif (Ambulant Basis) sind Perücken nicht ausdrücklich genannt,
aber auch nicht ausgeschlossen. Wie sehen Sie das medizinisch, und gibt
es eine Kulanzlinie? Ich würde ihr gern bis Freitag antworten, sie wirkt
sehr belastet.

Danke und viele Grüße
Jana

-----Ursprüngliche Nachricht-----
Von: Petra Hollmann <petra.hollmann@webpost.example>
Gesendet: Mittwoch, 4. März 2026 19:33
An: Leistung Kranken <leistung-kranken@weserau-versicherung.example>
Betreff: Anfrage

Sehr geehrte Damen und Herren,

bei mir wurde im Januar Brustkrebs festgestellt, ich bekomme seit drei
Wochen eine Chemotherapie (Epirubicin/Cyclophosphamid, danach Paclitaxel)
im Brustzentrum Weserau. Die Haare fallen jetzt aus, und meine Onkologin
hat mir eine Perücke verordnet (Verordnung hänge ich an). Die gute Perücke
kostet 680 Euro, meine Krankenkasse zahlt nur einen Teil.

Übernehmen Sie den Rest aus meiner Zusatzversicherung? Versicherungs-
nummer KV 60-7723019.

Vielen Dank und freundliche Grüße
Petra Hollmann
"""
    msg = message(n, '2026-03-05 10:17', who('oltmanns'), [who('hallmann')],
                  'WG: Anfrage',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'de', 'customer',
             'subject harmless; forwarded customer mail: breast cancer, chemotherapy drugs, wig prescription, health policy number',
             msg)


# ===================================================================== 075
def m075(n):
    body = """Sehr geehrter Herr Brunkhorst,

vielen Dank für die Arbeitsunfähigkeitsbescheinigung Ihres Orthopäden.
Wir haben Ihren Antrag auf Krankentagegeld angelegt:

  Versicherungsnummer:   KV 60-8204419, Tarif KTG 43 (ab 43. Tag)
  arbeitsunfähig seit:   02.02.2026
  Diagnose laut AU:      M51.2 Bandscheibenvorfall lumbal
  versichertes
  Krankentagegeld:       120,00 EUR je Tag
  Leistungsbeginn:       16.03.2026

Als selbstständiger Elektromeister dürfen Sie nach den Bedingungen ein
Krankentagegeld bis zur Höhe Ihres Nettoeinkommens versichern. Laut dem
Einkommensteuerbescheid 2024, den Sie uns im letzten Jahr geschickt
haben, lag Ihr Gewinn bei 48.300 EUR; das versicherte Tagegeld ist damit
gedeckt. Ein neuer Nachweis ist nicht nötig.

Bitte schicken Sie uns ab jetzt alle zwei Wochen eine
Folgebescheinigung, am einfachsten als Foto über das Kundenportal. Falls
eine Operation geplant wird, geben Sie uns bitte kurz Bescheid.

Gute Besserung!

""" + sig('marten') + '\n\n' + FOOTER_DE
    msg = message(n, '2026-03-10 13:25', who('marten'),
                  [('Jens Brunkhorst', 'elektro-brunkhorst@inbox-mail.example')],
                  'Ihr Krankentagegeld ab 16.03.2026',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'de', 'insurer-to-customer',
             'sickness allowance for a named self-employed customer: herniated disc M51.2, sick since 02.02., income from tax assessment',
             msg)


# ===================================================================== 076
def m076(n):
    body = """Sehr geehrte Frau Köhler,

vielen Dank für Ihre Unfallmeldung für Ihre Tochter Mia. Es tut uns leid,
dass sie sich auf dem Schulhof so verletzt hat – hoffentlich geht es ihr
schon wieder besser.

Nach Ihrer Schilderung ist Mia am 22. April 2026 in der großen Pause von
der Kletterspinne gefallen und hat sich dabei die beiden oberen
Schneidezähne (11 und 21) abgebrochen. Die Zahnärztin hat die Zähne
zunächst provisorisch versorgt.

Aus der Kinder-Unfallversicherung (Vertrag UV 70-6610228) übernehmen wir
die Kosten für unfallbedingten Zahnersatz bis 5.000 EUR, soweit die
Krankenkasse nicht leistet. Damit wir das prüfen können, brauchen wir:

1. den Bericht der Zahnärztin mit Befund und Behandlungsplan,
2. später den Heil- und Kostenplan für die endgültige Versorgung,
3. die Unfallanzeige der Schule (falls vorhanden) bzw. die Aktennummer
   der Unfallkasse.

Sie können die Unterlagen im Kundenportal hochladen oder per Post
schicken.

Mit freundlichen Grüßen

Katrin Stöver
Leistungsservice Kranken & Unfall · Unfall-Leistung
Weserau Versicherung AG
Telefon 04299 7710-455
Leistungsfall UF-2026-02961

""" + FOOTER_DE
    msg = message(n, '2026-04-27 14:10', who('stoever'),
                  [('Sabrina Köhler', 'sabrina.koehler@mailbox.example')],
                  'Unfall Ihrer Tochter Mia am 22.04.2026',
                  text(body, cte='base64'), mailer='outlook-de')
    return M(S, 'de', 'insurer-to-customer',
             'child accident claim: named girl broke incisors 11 and 21 at school; accident policy (base64 body)',
             msg)


# ===================================================================== 077
def m077(n):
    body = """Dear Ms Moreau,

thank you for your offer of 12 January. We are happy to go ahead with the
framework agreement for medical translations on the following terms:

  Language pairs:  EN, FR, ES, IT, PT, AR, TR, PL <-> DE
  Rate:            EUR 1.45 per standard line (55 characters) for medical
                   reports and invoices; EUR 1.75 for certified
                   translations
  Turnaround:      3 working days standard, 24 hours urgent (+30 %)
  Volume:          approx. 900 documents per year (estimate, no guarantee)

Data protection and confidentiality requirements (annex 2 of the draft):
- documents are exchanged only via our secure file exchange, never by
  ordinary e-mail;
- translators are bound by a written confidentiality undertaking
  (section 203 StGB applies to you as our service provider);
- files are deleted 30 days after delivery;
- a data processing agreement (Art. 28 GDPR) is signed before the first
  order.

Our procurement team will send you the contract for signature next week.

Best regards

Oliver Grantham
International Claims Desk
Weserau Versicherung AG
"""
    msg = message(n, '2026-01-21 15:45', who('grantham'),
                  [('Claire Moreau', 'claire.moreau@polyglot-medtrans.example')],
                  'Framework agreement medical translations 2026',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(N, 'en', 'insurer-to-supplier',
             'trap: framework agreement for translating medical reports (rates, section 203 StGB); no patient or document content',
             msg)


# ===================================================================== 078
def m078(n):
    body = """Guten Tag Frau Schöning,

danke für Ihre Nachricht. Unsere Geschäftsstelle in der Innenstadt
(Langer Markt 5) ist samstags leider geschlossen. Geöffnet haben wir:

  Mo-Do  8:30-17:00 Uhr
  Fr     8:30-14:00 Uhr

Sie können Briefe aber jederzeit in den Briefkasten neben dem Eingang
werfen, er wird jeden Werktag um 8 Uhr geleert. Bitte nichts im
offenen Umschlag einwerfen.

Schönes Wochenende!

Malin Kruse
Kundenservice Privatkunden
Weserau Versicherung AG
"""
    msg = message(n, '2026-10-09 12:44', who('kruse'),
                  [('Ute Schöning', 'ute.schoening@webpost.example')],
                  'AW: Öffnungszeiten Samstag?',
                  text(body, cs='iso-8859-1', cte='8bit'), mailer='outlook-de', name_cs='iso-8859-1')
    return M(N, 'de', 'insurer-to-customer', 'opening hours of the branch office; nothing about the person', msg)


# ===================================================================== 079
def m079(n):
    body = """Moin Chidi,

landet bei uns, gehört zu euch – Kfz-Haftpflicht, nur Blechschaden. Die
Kundin weiß Bescheid, dass ihr euch meldet.

Gruß
Felix

Am 30.06.2026 um 18:05 schrieb Greta Schwarting:
> Hallo,
>
> ich habe heute beim Ausparken auf dem Parkplatz vom Edeka in der
> Deichstraße einen anderen Wagen gestreift (silberner Opel Astra,
> WES-KT 771). Die Halterin war da, wir haben Fotos gemacht und Adressen
> getauscht, verletzt ist niemand, es ist nur ein Kratzer an der
> hinteren Tür. Mein Auto: Fiat 500, WES-GS 33, Vertrag bei Ihnen
> KF 31-4409127.
>
> Ich hab aus Versehen an die Adresse von der Krankenversicherung
> geschrieben, die hatte ich noch im Adressbuch, sorry!
>
> Greta Schwarting
> Moorweg 2, 28997 Weserau-Lehe
> 0151 5550 2218
"""
    msg = message(n, '2026-07-01 08:19', who('marten'), [who('okafor')],
                  'Fwd: Parkschaden Edeka Deichstraße',
                  text(body, cte='8bit', flowed=True), mailer='thunderbird')
    return M(C, 'de', 'customer',
             'forwarded customer mail: motor liability damage, plates, policy number, address; nobody hurt',
             msg)


# ===================================================================== 080
def m080(n):
    body = """Hallo zusammen,

wegen der Betriebsversammlung am Donnerstag verschiebe ich unsere
Teamrunde auf Freitag, 6. Februar, 9:00-10:00 Uhr, Raum A2.07. Die
Einladung hängt an.

Themen wie gehabt: Rückstände, Urlaubsplanung, KLARA 8, Verschiedenes.

LG Sabine
"""
    cal = ics('teamrunde-lk-2026-02-06', '20260206T090000', '20260206T100000',
              'Teamrunde Leistung Kranken (verschoben)', who('woehlke'),
              [('Team Leistung Kranken', 'team-leistung-kranken@' + DOM)],
              location='Raum A2.07', description='Rückstände, Urlaubsplanung, KLARA 8, Verschiedenes',
              stamp='20260202T083000Z', sequence=1)
    msg = message(n, '2026-02-02 09:30', who('woehlke'),
                  [('Team Leistung Kranken', 'team-leistung-kranken@' + DOM)],
                  'Teamrunde verschoben auf Freitag 06.02.',
                  mixed(text(body, cte='quoted-printable'), a_ics('Teamrunde.ics', cal)), mailer='outlook-de')
    return M(N, 'de', 'internal', 'team meeting moved, ICS invitation attached; no personal data', msg)


# ===================================================================== 081
def m081(n):
    body = """Sehr geehrter Herr Hinrichs,

vielen Dank für den Monatsbericht Mai. Bevor wir über die Verlängerung
des Vertrags ab 2027 sprechen, möchte ich unsere Anforderungen noch
einmal zusammenfassen:

Belegvolumen Leistungsservice Kranken & Unfall (Durchschnitt 2026):
  Arzt- und Zahnarztrechnungen      ca. 3.900 Blatt / Tag
  Rezepte und Apothekenbelege       ca. 1.100 Blatt / Tag
  Heil- und Kostenpläne              ca. 140 Vorgänge / Tag
  Krankenhausrechnungen (Papier)     ca. 260 Blatt / Tag, sinkend

Service Level:
  - Digitalisierung am Tag des Eingangs bis 14 Uhr, Rest bis 10 Uhr des
    Folgetags (im Mai nur zu 91 % eingehalten, Ziel 98 %)
  - Fehlerquote bei der Dokumentklassifikation unter 1,5 % (Mai: 2,3 %,
    vor allem Rezepte als "Rechnung" erkannt)
  - Vernichtung der Papierbelege nach 6 Wochen mit Protokoll (DIN 66399,
    Schutzklasse 3)

Für das Gespräch am 2. Juli würde ich gern über die Ursachen der
Fehlklassifikation und über Ihre Kapazität im Oktober sprechen, wenn die
Beitragsrückerstattungsanträge kommen.

Mit freundlichen Grüßen

""" + sig('luedeking') + '\n\n' + FOOTER_DE
    msg = message(n, '2026-06-12 10:38', who('luedeking'),
                  [('Jan Hinrichs', 'j.hinrichs@scanwerk-nord.example')],
                  'Service Level Belegdigitalisierung – Vorbereitung Termin 02.07.',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'insurer-to-supplier',
             'trap: SLA mail to the scanning provider with volumes of medical invoices and prescriptions; no person',
             msg)


# ===================================================================== 082
def m082(n):
    body = """Hi Oliver,

I need your help with a complaint that came in yesterday from one of your
members, Ms Annika Sorensen (IHP 88-417720). She is very upset, and
frankly she has a point.

Summary of her complaint:
- She has multiple sclerosis (G35) and receives ocrelizumab infusions
  every six months at the MS centre in Weserau (approx. EUR 12,900 per
  infusion).
- The March infusion was pre-approved by your team, but the invoice has
  now been "pending medical review" for seven weeks, and the clinic has
  sent her a reminder with a late-payment fee.
- She says she called three times and was told each time that someone
  would call back. Nobody did.

She also wants to know whether the next infusion in September is covered
without another pre-approval, because she is worried about the cost.

Could you check why the invoice is stuck and pay it (plus the late fee,
I'd say, as goodwill)? I have promised her an answer by Friday. I'll write
the formal complaint reply once I know what happened.

Thanks
Nadia

Nadia Kowalczyk
Complaints Management, Health & Accident
"""
    msg = message(n, '2026-05-06 09:12', who('kowalczyk'), [who('grantham')],
                  'Complaint Ms Sorensen - invoice pending 7 weeks',
                  text(body, cs='us-ascii', cte='7bit'), cc=[who('luedeking')], mailer='outlook-en')
    return M(S, 'en', 'internal',
             'internal complaint escalation with health detail: named member with multiple sclerosis G35 and infusion therapy',
             msg)


# ===================================================================== 083
def m083(n):
    body = """Dear GlobalAssist medical team,

please open a repatriation case for the following member:

  Member:         Mr Lars Hoyer, DOB 07/07/1962
  Policy:         travel health cover under KV 60-9902217
  Location:       Venizelio General Hospital, Heraklion, Crete, ward 4B
  Contact:        his wife Mrs Karin Hoyer, +49 171 5550 8830 (on site)

Medical situation as reported by the family and the hospital (8 Sept):
fall on a hiking trail on 6 September, closed fracture of the left femoral
neck (S72.0), operated on 7 September (hemiarthroplasty). Known atrial
fibrillation, on rivaroxaban; paused for the surgery.

Request:
1. Please obtain the medical report from the treating surgeon and assess
   fitness to fly.
2. If medically appropriate, repatriation to Germany (receiving hospital:
   Klinikum Weserau-Nord, trauma surgery, bed confirmed on request).
3. Guarantee of payment for the hospital in Heraklion up to EUR 15,000
   and for the repatriation up to EUR 30,000; please send the cost
   estimate before booking.

Please communicate medical details only through the case platform.

Best regards

""" + sig('grantham', 'en') + '\n\n' + FOOTER_EN
    msg = message(n, '2026-09-08 12:40', who('grantham'),
                  [('GlobalAssist Medical Team', 'medical@globalassist-partners.example')],
                  'New repatriation case - HOYER, Lars - Heraklion',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en', importance='high')
    return M(S, 'en', 'insurer-to-partner',
             'repatriation order to the assistance company: named member with DOB, femoral neck fracture S72.0, anticoagulant',
             msg)


# ===================================================================== 084
def m084(n):
    body = """Dear Dr Navarro,

thank you for your call this morning. We confirm that Mr Jonas Weber
(date of birth 15/01/2002) has travel health insurance with us and we
will cover the costs of his treatment at Clinica Costa Serena following
his admission on 3 August 2026 for acute appendicitis (K35.8) and the
laparoscopic appendectomy performed the same evening, up to EUR 12,000.

Please send the final invoice together with the operation report and the
discharge summary through our secure upload link (see below) - not by
e-mail. If his stay extends beyond 5 nights, please let us know in
advance.

Secure upload: https://secure.weserau-versicherung.example/upload/RK-2026-11407

Kind regards
Mehmet Arslan
Health & Accident Claims | Inpatient team
Weserau Versicherung AG
+49 4299 7710-437

-----Ursprüngliche Nachricht-----
Von: Hotline Auslandsnotruf <notruf@weserau-versicherung.example>
Gesendet: Montag, 3. August 2026 23:58
An: Leistung stationär <leistung-stationaer@weserau-versicherung.example>
Betreff: Notruf RK-2026-11407 Weber, Jonas

Anruf der Mutter (Frau Weber) um 23:40: Sohn Jonas (24) seit heute Mittag
starke Bauchschmerzen, in Málaga in die Clinica Costa Serena, dort
Blinddarmentzündung festgestellt, wird heute Nacht operiert. Klinik
verlangt Kostenübernahme, sonst Kreditkarte. Vertrag Auslandsreise-
krankenversicherung RK 45-2280716 aktiv bis 31.12.2026. Bitte morgen früh
Kostenübernahme an die Klinik (Dr. Navarro, Aufnahme).
"""
    msg = message(n, '2026-08-04 09:02', who('arslan'),
                  [('Dr Lucia Navarro', 'admisiones@clinica-costaserena.example')],
                  'Guarantee of payment - Weber, Jonas - our ref RK-2026-11407',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'mixed', 'insurer-to-hospital',
             'English guarantee of payment quoting a German hotline note: named traveller with DOB, appendicitis K35.8, surgery',
             msg)


# ===================================================================== 085
def m085(n):
    iban = iban_de(29010111, 2117406588)
    body = """Sehr geehrte Frau Steinhoff,

wie gewünscht haben wir Ihre Hausratversicherung wegen der Zusammenlegung
der Haushalte zum 30.09.2026 beendet. Die Bestätigung finden Sie im
Anhang.

Den zu viel gezahlten Beitrag von 23,40 EUR erstatten wir auf Ihr Konto
%s.

Ihre Privathaftpflichtversicherung läuft unverändert weiter. Falls Ihr
Partner ebenfalls bei uns versichert werden möchte, können wir ihn dort
ohne Mehrbeitrag mit aufnehmen (Familientarif) – eine kurze Nachricht
genügt.

Freundliche Grüße

Malin Kruse
Kundenservice Privatkunden
Weserau Versicherung AG

""" % iban + FOOTER_DE
    conf = pdf([[
        '# Bestätigung der Vertragsbeendigung',
        'Versicherungsnehmerin: Lisa Steinhoff, Kranichweg 9, 28995 Weserau',
        'Vertrag: Hausratversicherung HR 21-5520931',
        'Vertragsende: 30.09.2026 (Aufgabe des Haushalts, Zusammenlegung mit anderem Haushalt)',
        '',
        'Beitrag bezahlt bis:     31.12.2026',
        'Beitrag geschuldet bis:  30.09.2026',
        'Erstattung:              23,40 EUR auf ' + iban,
        '',
        'Weserau, 14.09.2026',
    ]], title='Bestätigung Vertragsbeendigung HR 21-5520931', when=(2026, 9, 14, 9, 0, 0))
    msg = message(n, '2026-09-14 09:18', who('kruse'),
                  [('Lisa Steinhoff', 'lisa.steinhoff@postbox.example')],
                  'Beendigung Ihrer Hausratversicherung zum 30.09.2026',
                  mixed(text(body, cte='quoted-printable'),
                        attach(conf, CT_PDF, 'Bestaetigung_Vertragsende_HR_21-5520931.pdf')),
                  mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'cancellation of household insurance for a named customer with IBAN for the refund (body and PDF)',
             msg)


# ===================================================================== 086
def m086(n):
    body = """Dear Mr Achterberg,

as discussed on the phone this morning, please find our letter attached.

If you have any questions, just reply to this e-mail or call me.

""" + sig('raman', 'en') + '\n\n' + FOOTER_EN
    letter = pdf([[
        '# Weserau Versicherung AG - International Claims Desk',
        'Mr Pieter Achterberg, Zeilweg 14, 28999 Weserau',
        'Policy IHP 88-500193   Reference IHP-2026-04418   Date: 23 November 2026',
        '',
        'Dear Mr Achterberg,',
        '',
        'Our medical adviser has reviewed the sleep study from the Schlaflabor Weserau dated 9 November 2026.',
        'The study confirms moderate obstructive sleep apnoea (G47.31, AHI 24 per hour).',
        'We are pleased to confirm that we will cover the CPAP device (auto-CPAP with humidifier and mask)',
        'as prescribed by Dr. Reimers, up to EUR 1,450, and the consumables (masks, filters) up to EUR 240 per year.',
        '',
        'Please send us the supplier invoice after delivery.',
        '',
        'Kind regards, Priya Raman',
    ]], title='Letter IHP-2026-04418', when=(2026, 11, 23, 10, 0, 0))
    msg = message(n, '2026-11-23 10:31', who('raman'),
                  [('Pieter Achterberg', 'p.achterberg@inbox-mail.example')],
                  '[secure] Your claim documents',
                  mixed(text(body, cs='us-ascii', cte='7bit'),
                        attach(letter, CT_PDF, 'Letter_IHP-2026-04418.pdf')),
                  mailer='outlook-en')
    return M(S, 'en', 'insurer-to-customer',
             'subject tag [secure]; body harmless; PDF letter: named member, obstructive sleep apnoea G47.31, CPAP approval',
             msg)


# ===================================================================== 087
def m087(n):
    body = """Sehr geehrte Frau Harjes,

wie heute Morgen telefonisch besprochen, fassen wir den Wasserschaden in
Ihren Praxisräumen im Erdgeschoss von Gebäude C zusammen:

- Ursache: undichte Verbindung an der Warmwasserleitung im Deckenbereich
  über Behandlungsraum 2, entdeckt am 23.02. gegen 7:15 Uhr durch Ihre
  Mitarbeiterin.
- Unser Installateur hat die Leitung am selben Vormittag abgedichtet. Die
  Zwischendecke in Raum 2 und im Flur ist durchfeuchtet.
- Ab morgen stehen für ca. 10 Tage zwei Trocknungsgeräte in Raum 2; der
  Raum kann in dieser Zeit nicht für Behandlungen genutzt werden. Die
  Geräte sind leise, laufen aber rund um die Uhr.
- Die Schäden am Gebäude (Decke, Wände, Boden) tragen wir als
  Vermieterin. Schäden an Ihrer Einrichtung und Ihren Geräten (Sie
  nannten die Behandlungsliege und das Ultraschallgerät) melden Sie bitte
  Ihrer eigenen Inhaltsversicherung; gern stellen wir Ihnen dafür einen
  Bericht des Installateurs zur Verfügung.
- Über eine Mietminderung für Raum 2 für die Dauer der Trocknung sprechen
  wir gern, sobald die Arbeiten abgeschlossen sind.

Entschuldigen Sie die Unannehmlichkeiten für Sie und Ihre Patientinnen
und Patienten.

Mit freundlichen Grüßen
Facility Management
Weserau Versicherung AG
Telefon 04299 7710-100
"""
    msg = message(n, '2026-02-23 13:55', box('facility', 'Facility Management'),
                  [('Physiotherapie am Kornspeicher – Frau Harjes', 'praxis@physio-kornspeicher.example')],
                  'Wasserschaden Praxisräume Gebäude C – Zusammenfassung',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'insurer-to-company',
             'trap: water damage in a physiotherapy practice renting in the insurer\'s building (landlord mail); no patient data',
             msg)


# ===================================================================== 088
def m088(n):
    body = """Sehr geehrter Herr Ahrens,

vielen Dank für Ihre Anfrage zur Direktabrechnung mit uns. Gern erkläre
ich Ihnen das Verfahren:

1. Direktabrechnung ist bei uns für Arzneimittel ab einem
   Apothekenverkaufspreis von 500 EUR pro Rezept möglich, z. B. für
   Biologika, Onkologika oder Arzneimittel bei seltenen Erkrankungen.
2. Die Versicherten legen in der Apotheke ihre Versichertenkarte der
   Weserau oder die Kostenübernahmeerklärung vor. Sie prüfen über unser
   Partnerportal online, ob eine Zusage vorliegt.
3. Sie rechnen das Originalrezept monatlich über Ihr Apothekenrechenzentrum
   ab; das Rechenzentrum übermittelt die Daten verschlüsselt an uns. Eine
   Abrechnung per E-Mail ist nicht möglich.
4. Zahlungsziel: 14 Tage nach Eingang der Abrechnung.

Für die Zulassung zum Partnerportal benötigen wir den unterschriebenen
Rahmenvertrag (Anlage) und Ihr Institutionskennzeichen. Die
Zugangsdaten erhalten Sie danach per Post.

Mit freundlichen Grüßen

""" + sig('oltmanns') + '\n\n' + FOOTER_DE
    msg = message(n, '2026-05-12 11:40', who('oltmanns'),
                  [('Apotheke am Markt – Herr Ahrens', 'info@apotheke-am-markt-weserau.example')],
                  'Direktabrechnung hochpreisiger Arzneimittel – Verfahren',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'insurer-to-pharmacy',
             'trap: direct billing procedure for expensive drugs explained to a pharmacy; no patient', msg)


# ===================================================================== 089
def m089(n):
    iban = iban_de(25050180, 910223347)
    body = """Dear Mr Osei,

thank you for your claim under your travel insurance RV 44-7710592 for the
delayed baggage on your flight to Lisbon on 18 July 2026.

The airline confirmed that your suitcase arrived two days late (property
irregularity report LIS-TP-48821). We reimburse the necessary replacement
purchases as follows:

  Clothing and toiletries (receipts 18-19 July)   EUR 214.30
  Maximum for delayed baggage under your plan      EUR 200.00
  Less amount paid by the airline                  EUR  14.00
  -----------------------------------------------------------
  Reimbursement                                    EUR 186.00

We will transfer EUR 186.00 to your account %s within the next three
working days. Claim number: RS-2026-08812.

Kind regards

Travel Claims Team
Weserau Versicherung AG
""" % iban
    msg = message(n, '2026-08-05 16:12', box('reise-schaden', 'Weserau Versicherung Travel Claims'),
                  [('Samuel Osei', 'samuel.osei@mailbox.example')],
                  'Your travel claim RS-2026-08812 - delayed baggage',
                  text(body, cs='us-ascii', cte='7bit'), mailer=None)
    return M(C, 'en', 'insurer-to-customer',
             'grey: travel insurance claim without any health content (delayed baggage) - named customer, policy, IBAN',
             msg)


# ===================================================================== 090
def m090(n):
    iban = iban_de(29050101, 7311044720)
    body = """Dear Ms O'Donnell,

unfortunately your bank has returned our direct debit of 1 October 2026
for your home contents insurance HR 21-9034418:

  Amount:          EUR 14.75 (monthly premium October)
  Debited account: %s
  Reason given by
  the bank:        account closed (code AC04)
  Bank charges:    EUR 3.00

Please let us know your new bank details within the next two weeks, or
transfer EUR 17.75 to our account with the reference HR 21-9034418. You
can change your bank details yourself in the customer portal under
"My data".

If you have already sent us your new account details, please ignore this
message.

Kind regards

Premium Collection Team / Beitragsservice
Weserau Versicherung AG
""" % iban
    msg = message(n, '2026-10-07 07:10', box('beitragsservice', 'Weserau Versicherung Beitragsservice'),
                  [("Siobhan O'Donnell", 'siobhan.odonnell@webpost.example')],
                  'Returned direct debit - HR 21-9034418',
                  text(body, cs='us-ascii', cte='7bit'), mailer=None)
    return M(C, 'en', 'insurer-to-customer',
             'returned direct debit: named customer, household policy, her (closed) IBAN and bank return reason',
             msg)


STAFF.update({
    'sievers': ('Marlene Sievers', 'marlene.sievers', 'Beschwerdemanagement Privatkunden',
                'Complaints Management, Private Clients', '230'),
})


# ===================================================================== 091
def m091(n):
    body = """Hi Katrin,

anbei die Liste für Montag, wie besprochen nach Alter sortiert.
Die gelb markierten kann ich übernehmen, wenn du willst.

Lukas
"""
    rows = [['Leistungsfall', 'Versicherte Person', 'Geb.', 'Vertrag', 'Unfalltag', 'Verletzung / ICD', 'Status', 'offen seit (Tage)'],
            ['UF-2025-07731', 'Wolfgang Tiedemann', '19.04.1961', 'UV 70-1188420', '04.10.2025', 'Rotatorenmanschettenruptur re. S46.0', 'Widerspruch RA', 161],
            ['UF-2026-00412', 'Birgit Lammers', '02.12.1977', 'UV 70-2260941', '11.01.2026', 'Sprunggelenksfraktur S82.6', 'Gutachten beauftragt', 82],
            ['UF-2026-00588', 'Kevin Tjaden', '30.06.1999', 'UV 70-4410737', '24.01.2026', 'Schädel-Hirn-Trauma I. Grades S06.0', 'Arztbericht fehlt', 69],
            ['UF-2026-00913', 'Hannelore Pape', '15.03.1946', 'UV 70-0817745', '03.02.2026', 'Oberschenkelhalsfraktur S72.0', 'Invaliditätsprüfung', 60],
            ['UF-2026-01140', 'Marco Esposito', '08.08.1988', 'UV 70-3920216', '21.02.2026', 'Kreuzbandruptur li. S83.5', 'Rückfrage Kunde', 42],
            ['UF-2026-01302', 'Nele Harms', '27.11.2014', 'UV 70-6610591', '01.03.2026', 'Radiusfraktur distal S52.5', 'Zahlung Gipsgeld', 34]]
    msg = message(n, '2026-04-10 16:48', who('brinkmann'), [who('stoever')],
                  'Liste KW 15',
                  mixed(text(body, cte='quoted-printable'),
                        a_xlsx('Offene_Faelle_Unfall_KW15.xlsx', [('KW 15', rows)], title='Offene Fälle KW 15',
                               author='Lukas Brinkmann', when=(2026, 4, 10, 16, 40, 0))),
                  mailer='outlook-de')
    return M(S, 'de', 'internal',
             'body harmless; XLSX attachment lists named accident claimants with birth dates, injuries and ICD codes',
             msg)


# ===================================================================== 092
def m092(n):
    body = """Liebe Kolleginnen und Kollegen,

in Gebäude B fehlen uns nach mehreren Abgängen derzeit vier
Ersthelferinnen bzw. Ersthelfer. Wer Lust hat, die Ausbildung zu machen,
meldet sich bitte bis 20. März bei mir.

Kurs: Erste-Hilfe-Grundausbildung (9 Unterrichtseinheiten)
Termin: Dienstag, 14. April 2026, 8:00-16:00 Uhr, Schulungsraum B0.12
Durchführung: Johanniter-Fiktiv, Ortsverband Weserau

Inhalte u. a.:
- Herz-Lungen-Wiederbelebung und Einsatz des AED (wir haben zwei Geräte,
  Foyer B und Kantine)
- Erkennen von Herzinfarkt und Schlaganfall (FAST-Test)
- Verhalten bei Krampfanfällen, Unterzuckerung, allergischen Reaktionen
- Wundversorgung und Verbrennungen

Die Teilnahme ist Arbeitszeit; die Kosten trägt die Berufsgenossenschaft.
Alle zwei Jahre folgt ein eintägiges Training.

Viele Grüße
Rüdiger Meents
Fachkraft für Arbeitssicherheit
"""
    msg = message(n, '2026-03-04 10:02', box('arbeitssicherheit', 'Arbeitssicherheit Weserau'),
                  [('Alle Mitarbeitenden Gebäude B', 'gebaeude-b@' + DOM)],
                  'Ersthelfer gesucht – Kurs am 14. April',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: first-aid course announcement (heart attack, stroke, seizures) for staff; no person', msg)


# ===================================================================== 093
def m093(n):
    body = """Dear Ms Pritchard,

please find attached our guarantee of payment for the planned admission of
our member Mrs Eleanor Whitcombe on 12 May 2026.

Please note the conditions in the letter, in particular that the
guarantee is limited to the procedure and length of stay stated. Any
extension needs our prior approval (24/7: +49 4299 7710-490).

Kind regards

""" + sig('grantham', 'en') + '\n\n' + FOOTER_EN
    gop = pdf([[
        '# Guarantee of Payment No. GOP-2026-00517',
        'To: St Aldhelm\'s Private Hospital, Admissions & Billing, London',
        'From: Weserau Versicherung AG, International Claims Desk',
        'Date: 6 May 2026',
        '',
        'Patient: Mrs Eleanor Whitcombe, date of birth 22/02/1958',
        'Policy: International Health Plan Premium, IHP 88-090314',
        '',
        'Admission: 12 May 2026, day case / max. 1 night',
        'Procedure: arthroscopic partial meniscectomy, right knee',
        'Diagnosis: tear of the medial meniscus, right knee (M23.21)',
        'Surgeon: Mr David Okwuosa FRCS (Orth)',
        '',
        'We guarantee payment of the hospital and surgeon fees for the above procedure up to GBP 9,800.',
        'Excess payable by the patient: GBP 250. Personal items and telephone are not covered.',
        'Please send the invoice together with the operation note via our secure provider portal.',
    ]], title='GOP-2026-00517', when=(2026, 5, 6, 11, 0, 0))
    msg = message(n, '2026-05-06 11:22', who('grantham'),
                  [('Jane Pritchard', 'admissions@staldhelms-hospital.example')],
                  'Guarantee of payment GOP-2026-00517',
                  mixed(text(body, cs='us-ascii', cte='7bit'), attach(gop, CT_PDF, 'GOP-2026-00517.pdf')),
                  mailer='outlook-en')
    return M(S, 'en', 'insurer-to-hospital',
             'body names the member only; PDF guarantee of payment: DOB, knee meniscus tear M23.21, arthroscopy',
             msg)


# ===================================================================== 094
def m094(n):
    body = """Sehr geehrte Frau Steenken,

vielen Dank für Ihre Beschwerde vom 12. Oktober. Es tut mir leid, dass
die Regulierung Ihres Fahrraddiebstahls so lange gedauert hat und dass Sie
dreimal nachfragen mussten.

Ich habe mir den Vorgang angesehen: Die Unterlagen waren am 2. September
vollständig, die Auszahlung hätte spätestens eine Woche später erfolgen
müssen. Wegen eines Personalengpasses im Schadenservice ist Ihr Vorgang
liegen geblieben. Das ist nicht in Ordnung.

Die Entschädigung von 1.180,00 EUR aus Ihrer Hausratversicherung
HR 21-6634017 (Schadennummer SN-2026-097221) ist gestern angewiesen
worden. Als kleine Entschuldigung haben wir Ihnen zusätzlich 30 EUR
überwiesen.

Ihre Kundennummer 6120384 habe ich für die nächsten sechs Monate so
markiert, dass Ihre Anliegen bevorzugt bearbeitet werden.

Mit freundlichen Grüßen

Marlene Sievers
Beschwerdemanagement Privatkunden
Weserau Versicherung AG
Telefon 04299 7710-230

""" + FOOTER_DE
    msg = message(n, '2026-10-15 15:30', who('sievers'),
                  [('Claudia Steenken', 'c.steenken@mailbox.example')],
                  'Ihre Beschwerde vom 12.10.2026',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'complaint reply without health detail: named customer, household policy, claim and customer number, payout amount',
             msg)


# ===================================================================== 095
def m095(n):
    plain = """Guten Tag Frau Lübben,

bitte veröffentlichen Sie die folgende Anzeige ab 1. Februar für 30 Tage
im Paket "Regional Plus" (Auftragsnummer laut Rahmenvertrag
WV-2026-003).

------------------------------------------------------------------
Sachbearbeiter/in Leistung Krankenversicherung (m/w/d)
Weserau Versicherung AG, Weserau - Vollzeit oder Teilzeit (ab 30 Std.)

Ihre Aufgaben:
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ
  und DRG
- Bearbeitung von Heil- und Kostenplänen und Kostenübernahmeanfragen
- Beratung unserer Versicherten und der Leistungserbringer am Telefon
  und schriftlich

Ihr Profil:
- Ausbildung als Medizinische/r Fachangestellte/r, Zahnmedizinische/r
  Fachangestellte/r, Kaufmann/-frau im Gesundheitswesen oder für
  Versicherungen und Finanzanlagen
- Kenntnisse der medizinischen Fachsprache und der ICD-10-GM

Wir bieten: Tarifvertrag der Versicherungswirtschaft, 38-Stunden-Woche,
Homeoffice bis 60 %, betriebliche Altersvorsorge, Jobrad.

Bewerbung bis 28.02.2026 unter
https://karriere.weserau-versicherung.example/jobs/2026-014
------------------------------------------------------------------

Rechnung bitte wie immer an die Personalabteilung.

Mit freundlichen Grüßen
Sönke Bertram
Personalbetreuung Leistungsbereiche
Weserau Versicherung AG
"""
    html = html_doc(paras_html(plain).replace('<p>Sachbearbeiter/in Leistung Krankenversicherung (m/w/d)<br>',
                                              '<p><b>Sachbearbeiter/in Leistung Krankenversicherung (m/w/d)</b><br>'))
    msg = message(n, '2026-01-26 14:15', who('bertram'),
                  [('Nordjobs Anzeigenservice', 'anzeigen@nordjobs-portal.example')],
                  'Anzeigenauftrag: Sachbearbeiter/in Leistung KV (m/w/d)',
                  alt(text(plain, cs='iso-8859-1', cte='quoted-printable'),
                      text(html, subtype='html', cs='iso-8859-1', cte='quoted-printable')),
                  mailer='outlook-de')
    return M(N, 'de', 'insurer-to-supplier',
             'trap: job advert for a health claims handler (GOÄ, ICD-10-GM, medical assistant) sent to a job portal',
             msg)


# ===================================================================== 096
def m096(n):
    body = """Dear Mr Ashworth,

thank you for your letter of 2 September on behalf of your client, Ms Fiona
Kerr. We are the private liability insurer of Mr Frank Hüsing, whose dog
knocked over your client's rented bicycle outside the Hafencafé in
Weserau on 16 August 2026.

We have reviewed the rental company's damage report and the photographs.
Our policyholder does not dispute the incident. Your client was not
injured - as you confirmed, she stepped aside in time - so the claim
concerns property damage only:

  Repair of rental e-bike (invoice Fahrradverleih Kaje)   EUR 386.00
  Loss-of-use fee charged by the rental company (2 days)  EUR  44.00
  Total                                                   EUR 430.00

We will pay EUR 430.00 to your client account as requested. Please
confirm that this settles all claims of your client arising from the
incident. Our claim number is HS-2026-22014.

Yours sincerely

Birte Weiland
Property & Liability Claims
Weserau Versicherung AG
"""
    msg = message(n, '2026-09-10 11:05', who('weiland'),
                  [('Thomas Ashworth', 't.ashworth@brightwell-legal.example')],
                  'Your client Ms F. Kerr - our policyholder Mr F. Huesing - HS-2026-22014',
                  text(body, cte='quoted-printable'), mailer='outlook-en')
    return M(C, 'en', 'insurer-to-lawyer',
             'liability claim: named policyholder and claimant, property damage only, explicitly no injury',
             msg)


# ===================================================================== 097
def m097(n):
    body = """Sehr geehrte Damen und Herren,

zur Rechnung Nr. 2026-1187 vom 20.03.2026 für unseren Versicherten
Herrn Henning Kröger, geb. 03.05.1966, haben wir eine Rückfrage.

Die ärztliche Verordnung von Dr. Bökelmann vom 16.02.2026 lautet auf

  6 x Krankengymnastik (KG), Diagnose M54.5 Kreuzschmerz

Abgerechnet sind jedoch

  10 x KG                      à 32,00 EUR   320,00 EUR
   4 x Manuelle Lymphdrainage  à 38,50 EUR   154,00 EUR
   4 x Fango                   à 14,00 EUR    56,00 EUR

Für die vier zusätzlichen KG-Einheiten sowie für Lymphdrainage und Fango
liegt uns keine Verordnung vor. Falls es eine Folgeverordnung oder eine
Änderung der Verordnung gibt, schicken Sie uns diese bitte zu. Andernfalls
können wir nur die 6 verordneten KG-Einheiten erstatten.

Bitte antworten Sie über unser Partnerportal oder per Post, nicht per
E-Mail; die Schweigepflichtentbindung des Patienten liegt uns vor.

""" + sig('oltmanns') + '\n\n' + FOOTER_DE_LATIN
    msg = message(n, '2026-03-27 10:44', who('oltmanns'),
                  [('Physiotherapie am Deich', 'abrechnung@physio-am-deich.example')],
                  'Rückfrage Rechnung 2026-1187 – Verordnung',
                  text(body, cs='windows-1252', cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'de', 'insurer-to-therapist',
             'query to a physiotherapy practice: named patient with birth date, prescription and diagnosis M54.5, therapies (windows-1252)',
             msg)


# ===================================================================== 098
def m098(n):
    body = """Sehr geehrte Frau Dr. Ruschmeyer,

Ihr Patient Herr Henrik Ostendorf, geb. 12.12.1970, hat bei uns einen
Unfall aus seiner privaten Unfallversicherung gemeldet. Nach seinen
Angaben ist er am 28.08.2026 mit dem Fahrrad gestürzt und hat sich das
rechte Schlüsselbein gebrochen (S42.0); die Erstbehandlung erfolgte im
Klinikum Weserau-Nord, die Weiterbehandlung bei Ihnen.

Für die Prüfung bitten wir Sie um einen kurzen Befundbericht mit
folgenden Angaben:

1. Behandlungsverlauf seit dem 28.08.2026 und aktueller Befund,
2. Bewegungsumfang der rechten Schulter (Neutral-Null-Methode),
3. Behandlungen der rechten Schulter in den fünf Jahren vor dem Unfall
   (Diagnosen, Zeitraum),
4. voraussichtliche Dauer der Arbeitsunfähigkeit.

Die Schweigepflichtentbindung von Herrn Ostendorf ist beigefügt. Für den
Bericht zahlen wir ein Honorar nach GOÄ Nr. 75 (Ausführlicher
schriftlicher Krankheits- und Befundbericht). Bitte senden Sie den Bericht
über den Upload-Link

https://secure.weserau-versicherung.example/upload/UF-2026-03390

oder per Post an uns.

""" + sig('stoever') + '\n\n' + FOOTER_DE
    consent = pdf([[
        '# Einwilligung und Schweigepflichtentbindung',
        'Weserau Versicherung AG - Leistungsservice Kranken & Unfall',
        '',
        'Versicherte Person: Henrik Ostendorf      Geburtsdatum: 12.12.1970',
        'Versicherungsnummer: UV 70-5528013        Leistungsfall: UF-2026-03390',
        '',
        'Ich entbinde die nachstehend genannten Ärztinnen, Ärzte, Krankenhäuser und sonstigen',
        'Leistungserbringer von ihrer Schweigepflicht, soweit die Weserau Versicherung AG',
        'Angaben zur Prüfung des Leistungsfalls vom 28.08.2026 benötigt.',
        '',
        'Behandler: Klinikum Weserau-Nord, Unfallchirurgie; Dr. med. Anja Ruschmeyer, Allgemeinmedizin',
        '',
        '[x] Ich bin einverstanden, dass Unterlagen auch elektronisch (SecureMail-Portal) übermittelt werden.',
        '',
        'Weserau, 04.09.2026   Unterschrift: H. Ostendorf',
    ]], title='Schweigepflichtentbindung Ostendorf', when=(2026, 9, 4, 18, 0, 0))
    msg = message(n, '2026-09-16 09:35', who('stoever'),
                  [('Praxis Dr. Ruschmeyer', 'praxis@ruschmeyer-praxis.example')],
                  'Anfrage Befundbericht – Herr Ostendorf, geb. 12.12.1970',
                  mixed(text(body, cte='quoted-printable'),
                        attach(consent, CT_PDF, 'Schweigepflichtentbindung_Ostendorf.pdf')),
                  mailer='outlook-de')
    return M(S, 'de', 'insurer-to-doctor',
             'request for a medical report: named patient with birth date, clavicle fracture S42.0; signed consent PDF',
             msg)


# ===================================================================== 099
def m099(n):
    body = """Thanks, got it! Crates are packed.

Priya

> Dear Ms Raman,
>
> your desk move from B3.07 to B3.11 is scheduled for Friday, 13 March,
> from 15:00. Please pack your personal items into the crates provided
> and label them with your name and the new desk number. IT will move
> your docking station and monitors.
>
> Facility Management
"""
    msg = message(n, '2026-03-12 17:58', who('raman'),
                  [('Facility Management', 'facility@' + DOM)],
                  'Re: Desk move Friday 13 March',
                  text(body, cs='us-ascii', cte='7bit'), mailer='apple')
    return M(N, 'en', 'internal', 'one-line reply about a desk move; no personal data', msg)


# ===================================================================== 100
def m100(n):
    wrong = iban_de(29050101, 4719903120)
    right = iban_de(29050101, 4719903210)
    body = """Hallo Frau Kühl,

bitte die Zahlung an Frau Ayla Demirci (Dolmetscherin, freiberuflich)
aus dem Zahllauf von heute stoppen – ich habe bei der Erfassung die
alte Bankverbindung aus ihrer Rechnung von 2025 genommen:

  falsch:  %s
  richtig: %s
  Kontoinhaberin: Ayla Demirci
  Betrag: 412,50 EUR (Rechnung 26-031, Dolmetschen Infoveranstaltung
          türkischsprachige Geschäftsstellen am 12.10.)

Die korrigierte Zahlungsanweisung habe ich im Workflow neu eingestellt.
Entschuldigung für den Aufwand!

Viele Grüße
Sabine Wöhlke
""" % (wrong, right)
    msg = message(n, '2026-10-20 09:10', who('woehlke'), [('Kerstin Kühl', 'kerstin.kuehl@' + DOM)],
                  'Zahlung stoppen – IBAN falsch erfasst',
                  text(body, cte='8bit'), mailer='outlook-de', importance='high')
    return M(C, 'de', 'internal',
             'two IBANs of a named freelance interpreter with invoice amount; no customer or health data',
             msg)


# ===================================================================== 101
def m101(n):
    body = """Dear Ms Jensen,

thank you for your notification of 3 March. We confirm that the vehicle
involved is insured with us:

  Our policyholder:  Mr Klaus-Dieter Renken, Weserau
  Policy:            KF 31-2288140 (motor third-party liability)
  Vehicle:           Mercedes Sprinter, WES-KR 1180
  Our claim number:  KS-2026-006127

According to our policyholder, he reversed into your insured's parked
lorry (DK plate AB 12 345) at the loading dock of Weserau port on
26 February 2026. Nobody was in the lorry and nobody was injured; the
damage is limited to the rear bumper and a tail light.

Liability is accepted. Please send us the repair invoice or an expert's
estimate and your insured's bank details, and we will settle directly.

Kind regards

Chidi Okafor
Motor Claims
Weserau Versicherung AG
+49 4299 7710-633
"""
    msg = message(n, '2026-03-05 14:21', who('okafor'),
                  [('Mette Jensen', 'mette.jensen@nordlys-forsikring.example')],
                  'Your ref. DK-26-55190 - our claim KS-2026-006127',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(C, 'en', 'insurer-to-partner',
             'motor liability claim to another insurer: named policyholder, policy and plate; explicitly nobody injured',
             msg)


# ===================================================================== 102
def m102(n):
    body = """Hallo Jana,

anbei mein Entwurf für den neuen Textbaustein TB-UV-12 "Anforderung
Befundbericht Unfall" – wie in der Prozessrunde besprochen, mit den
Feldern aus KLARA. Kannst du bis Freitag drüberschauen? Besonders Absatz
3 (Vorerkrankungen) ist mir noch zu lang.

Danke!
Felix
"""
    doc = [('h', 'Textbaustein TB-UV-12 – Anforderung Befundbericht Unfall (Entwurf 0.3)'),
           'Empfänger: «Arzt_Anrede» «Arzt_Name», «Arzt_Anschrift»',
           'Betreff: Anfrage Befundbericht – «VP_Vorname» «VP_Name», geb. «VP_Geburtsdatum»',
           'Sehr geehrte«Arzt_Anrede_Suffix» «Arzt_Titel» «Arzt_Name»,',
           'Ihr Patient / Ihre Patientin «VP_Vorname» «VP_Name» hat bei uns einen Unfall vom «Unfalldatum» gemeldet. Nach den Angaben in der Unfallanzeige hat er / sie sich dabei folgende Verletzung zugezogen: «Verletzung_Freitext».',
           'Für die Prüfung bitten wir Sie um einen Befundbericht mit Angaben zu Behandlungsverlauf, aktuellem Befund und Bewegungsumfang nach der Neutral-Null-Methode.',
           'Bitte teilen Sie uns außerdem mit, ob «VP_Anrede» in den fünf Jahren vor dem Unfall wegen Beschwerden an «Körperteil» behandelt wurde (Diagnose, Zeitraum).',
           'Die Schweigepflichtentbindung ist beigefügt. Für den Bericht zahlen wir ein Honorar nach GOÄ Nr. 75.',
           'Mit freundlichen Grüßen «SB_Name»',
           ('table', [['Feld', 'Quelle KLARA', 'Pflicht'],
                      ['«VP_Geburtsdatum»', 'Partner.Geburtsdatum', 'ja'],
                      ['«Verletzung_Freitext»', 'Unfallanzeige.Verletzung', 'ja'],
                      ['«Körperteil»', 'manuell', 'ja']])]
    msg = message(n, '2026-07-14 11:52', who('marten'), [who('oltmanns')],
                  'Entwurf TB-UV-12 Anforderung Befundbericht',
                  mixed(text(body, cte='quoted-printable'),
                        a_docx('TB-UV-12_Entwurf_0.3.docx', doc, title='TB-UV-12 Entwurf', author='Felix Marten',
                               when=(2026, 7, 14, 11, 40, 0))),
                  mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: letter template with «placeholders» for patient, birth date and injury (DOCX); no real person',
             msg)


# ===================================================================== 103
def m103(n):
    body = """Sehr geehrte Frau Apothekerin Dr. Wiechmann,

zu Ihrer Direktabrechnung für Februar haben wir eine Rückfrage zu einem
Rezept für unsere Versicherte Frau Marion Cordes, geb. 21.06.1979
(Versicherungsnummer KV 60-3391207):

  Verordnung vom 02.02.2026, Dr. med. Sina Hellwig (Rheumatologie)
  Humira 40 mg Injektionslösung im Fertigpen (Adalimumab), 6 Stück
  PZN 11000000 - Abgabe am 04.02.2026
  berechnet: 5.612,48 EUR

Für Adalimumab gibt es mehrere preisgünstigere Biosimilars. Der
Verordnung ist kein Ausschluss der Substitution ("aut idem") zu
entnehmen. Nach unserem Rahmenvertrag hätte daher ein Biosimilar
abgegeben werden sollen, sofern die Ärztin dem nicht widersprochen hat.

Bitte teilen Sie uns mit, ob ein Aut-idem-Kreuz oder eine Rücksprache mit
der Praxis dokumentiert ist. Die Erstattung dieses Rezepts stellen wir bis
dahin zurück; die übrigen Rezepte der Abrechnung sind bezahlt.

Mit freundlichen Grüßen

Jana Oltmanns
Leistungsservice Kranken & Unfall · Team ambulant
Weserau Versicherung AG · Telefon 04299 7710-412
"""
    msg = message(n, '2026-03-12 10:20', who('oltmanns'),
                  [('Apotheke am Markt', 'abrechnung@apotheke-am-markt-weserau.example')],
                  'Rückfrage Direktabrechnung Februar – Rezept Cordes',
                  text(body, cs='windows-1252', cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'de', 'insurer-to-pharmacy',
             'query to pharmacy: named patient with birth date, adalimumab prescription by a rheumatologist (windows-1252)',
             msg)


# ===================================================================== 104
def m104(n):
    iban = iban_de(28050100, 3011947752)
    body = """Sehr geehrter Herr Dr. Sommerfeld,

vielen Dank für Ihre Honorarrechnungen aus dem Monat Mai. Wir haben sie
geprüft und heute zur Zahlung angewiesen, Einzelheiten im beigefügten
Zahlungsavis.

Ihre neue Bankverbindung ist seit Mai hinterlegt, die Zahlung geht also
bereits auf das Konto bei der Kreissparkasse.

Mit freundlichen Grüßen
Sabine Wöhlke
Teamassistenz Leistungsservice Kranken & Unfall
Weserau Versicherung AG
"""
    avis = pdf([[
        '# Zahlungsavis',
        'Weserau Versicherung AG, Leistungsservice Kranken & Unfall, Kostenstelle 4410',
        '',
        'Zahlungsempfänger: Dr. med. Arne Sommerfeld, Lotsenplatz 2, 28990 Brake-Fiktiv',
        'Steuernummer: 46/221/11930 (umsatzsteuerbefreit nach § 4 Nr. 14 UStG)',
        'Bankverbindung: ' + iban,
        '',
        'Rechnung 2026-041 vom 06.05.2026   Aktengutachten, Az. UF-2026-00412    420,00 EUR',
        'Rechnung 2026-044 vom 14.05.2026   Gutachten mit Untersuchung, Az. UF-2026-00588   640,00 EUR',
        'Rechnung 2026-047 vom 27.05.2026   Fahrtkosten 86 km x 0,42 EUR    36,12 EUR',
        '',
        'Summe der Zahlung: 1.096,12 EUR   Valuta: 05.06.2026',
    ]], title='Zahlungsavis Sommerfeld Mai 2026', when=(2026, 6, 3, 9, 0, 0))
    msg = message(n, '2026-06-03 09:14', who('woehlke'),
                  [('Dr. Arne Sommerfeld', 'praxis@sommerfeld-gutachten.example')],
                  'Zahlungsavis Honorarrechnungen Mai 2026',
                  mixed(text(body, cte='quoted-printable'), attach(avis, CT_PDF, 'Zahlungsavis_2026-05_Sommerfeld.pdf')),
                  mailer='outlook-de')
    return M(C, 'de', 'insurer-to-reviewer',
             'grey: fee payment advice to a freelance medical reviewer (natural person) with IBAN and tax number; case refs only, no patient',
             msg)


# ===================================================================== 105
def m105(n):
    body = """Hallo Sabine,

kannst du uns für die Fallkonferenzen im Herbst bitte den großen
Besprechnugsraum A2.07 blocken? Jeweils donnerstags 13:30-15:00 Uhr:

  17.09., 15.10., 12.11., 10.12.

Teilnehmer ca. 8 Personen, einmal Dr. Hallmann per Teams zugeschaltet.
Bitte mit Beamer und Konferenzlautsprecher. Die Fälle selbst schicken wir
wie immer erst am Vortag übers Laufwerk, in den Kalendereintrag bitte
nichts dazu schreiben.

Danke!
Torben
"""
    msg = message(n, '2026-08-26 15:07', who('luedeking'), [who('woehlke')],
                  'Raumbuchung Fallkonferenzen Herbst',
                  text(body, cte='8bit'), mailer='outlook-de')
    return M(N, 'de', 'internal',
             'room booking for case conferences; explicitly no case content; no person', msg)


# ===================================================================== 106
def m106(n):
    body = """Liebe Kolleginnen und Kollegen,

zum 1. Januar 2026 ist die neue ICD-10-GM in Kraft getreten. Für unsere
Arbeit relevant sind vor allem:

- neue Schlüssel für Long-COVID-Folgezustände und für Komplikationen nach
  Impfungen
- Überarbeitung im Kapitel V (psychische Störungen) bei den
  Anpassungsstörungen
- geänderte Zusatzkennzeichen bei Unfallfolgen

KLARA prüft seit dem Update 7.5 die neuen Schlüssel; wer unplausible
Warnmeldungen sieht, bitte an Henrik melden.

Zur Einführung biete ich eine einstündige Schulung an, Einladung im
Anhang. Bitte nehmt teil, wenn ihr Krankenhaus- oder Heilmittelrechnungen
bearbeitet.

Viele Grüße
Friederike Hallmann
Beratungsärztin
"""
    cal = ics('icd10gm-2026-schulung', '20260121T140000', '20260121T150000',
              'Schulung ICD-10-GM 2026 – Änderungen für die Leistungsprüfung', who('hallmann'),
              [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
              location='Schulungsraum B0.12 und Teams',
              description='Neue Schlüssel, Kapitel V, Zusatzkennzeichen; Beispiele aus der Prüfpraxis (anonymisiert)',
              stamp='20260114T090000Z')
    msg = message(n, '2026-01-14 10:00', who('hallmann'),
                  [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
                  'Schulung ICD-10-GM 2026 am 21.01.',
                  mixed(text(body, cte='quoted-printable'), a_ics('Schulung_ICD-10-GM_2026.ics', cal)),
                  mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: training invitation about ICD-10-GM 2026 changes (Long COVID, chapter V) with ICS; no person', msg)


# ===================================================================== 107
def m107(n):
    body = """Dear Ms Albrecht,

thank you for your e-mail. As your client Mr Hiroshi Tanaka has authorised
you as his broker (broker agreement of 4 May 2026 on file), we can confirm
the following:

  Policyholder:     Hiroshi Tanaka, born 17 October 1985
  Address:          Kaiserkai 40, apt. 12, 28995 Weserau
  Contract:         Home contents insurance HR 21-7045528
  Sum insured:      EUR 85,000 (incl. bicycles up to EUR 5,000)
  Start:            01.06.2026, annual premium EUR 176.40
  Direct debit:     yes (mandate of 20.05.2026)

The policy documents have been placed in your broker mailbox in the
broker portal. We will send the English courtesy translation of the terms
to Mr Tanaka directly, as he asked.

Kind regards

Hauke Gerdes
Broker Support, Private Property
Weserau Versicherung AG
"""
    msg = message(n, '2026-06-08 13:40', who('gerdes'),
                  [('Nina Albrecht', 'n.albrecht@elbe-expat-brokers.example')],
                  'Mr H. Tanaka - home contents HR 21-7045528',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(C, 'en', 'insurer-to-broker',
             'broker correspondence: named client with date of birth, address, home contents policy and premium',
             msg)


# ===================================================================== 108
def m108(n):
    body = """Sehr geehrte Damen und Herren,

anbei unsere Kostenübernahmeerklärung für die geplante Aufnahme unserer
Versicherten am 09.11.2026. Bitte beachten Sie die darin genannten
Wahlleistungen.

Mit freundlichen Grüßen

""" + sig('arslan') + '\n\n' + FOOTER_DE
    kue = pdf([[
        '# Kostenübernahmeerklärung',
        'Weserau Versicherung AG · Leistungsservice Kranken & Unfall · Team stationär',
        'an: Klinik am Weserbogen, Patientenaufnahme',
        '',
        'Versicherte Person: Doris Meinken, geb. 30.01.1953',
        'Versicherungsnummer: KV 60-2073361, Tarif Stationär Plus',
        'Aufnahme geplant: 09.11.2026, Orthopädische Klinik',
        'Einweisungsdiagnose: M17.1 sonstige primäre Gonarthrose rechts',
        'Geplanter Eingriff: Implantation einer Knie-Totalendoprothese rechts (OPS 5-822.g1)',
        '',
        'Wir übernehmen die allgemeinen Krankenhausleistungen nach DRG sowie die Wahlleistungen',
        'Zweibettzimmer und wahlärztliche Behandlung (Chefarzt Dr. Ubbelohde).',
        'Einbettzimmer-Zuschlag ist nicht versichert.',
        'Die Kostenübernahme gilt für 14 Tage; Verlängerung bitte mit Begründung anfragen.',
        '',
        'Weserau, 28.10.2026   M. Arslan',
    ]], title='KÜ Meinken 09.11.2026', when=(2026, 10, 28, 9, 30, 0))
    msg = message(n, '2026-10-28 09:41', who('arslan'),
                  [('Klinik am Weserbogen Patientenaufnahme', 'aufnahme@weserbogen-klinik.example')],
                  'Kostenübernahmeerklärung Aufnahme 09.11.2026',
                  mixed(text(body, cte='quoted-printable'), attach(kue, CT_PDF, 'KUE_2026-10-28_Meinken.pdf')),
                  mailer='outlook-de')
    return M(S, 'de', 'insurer-to-hospital',
             'body harmless; PDF cost coverage declaration: named patient with birth date, gonarthrosis M17.1, knee replacement',
             msg)


# ===================================================================== 109
def m109(n):
    body = """Dear Ingrid,

as promised in our call, attached is the breakdown of our individual
accident claims by injured body region for 2023-2025 (number of claims
and paid invalidity benefits). Aggregated figures only, no individual
cases; cells with fewer than 10 claims are merged into "other".

Short comment: upper limb injuries (mostly wrist and shoulder) are still
the largest group; knee injuries from sports are rising. E-bike accidents
are now 14 % of all claims with invalidity benefits (2023: 8 %).

Best regards
Lukas

--
Lukas Brinkmann
Accident benefits | Recoveries
Weserau Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Claudia Ruhnke
Gesendet: Dienstag, 17. Februar 2026 18:02
An: Lukas Brinkmann
Betreff: Nordhavn Re – Körperregionen

Lukas, kannst du Frau Halvorsen die Auswertung nach Körperregionen
schicken? Bitte nur aggregiert, keine Einzelfälle und keine kleinen
Zellen, das hatten wir mit dem Datenschutz so vereinbart. Danke! C.
"""
    rows = [['Körperregion / body region', '2023 claims', '2024 claims', '2025 claims', 'Invalidity paid 2025 EUR'],
            ['Upper limb (shoulder, arm, wrist, hand)', 412, 431, 455, 6120400],
            ['Lower limb excl. knee', 288, 301, 296, 4388100],
            ['Knee', 176, 198, 227, 3904300],
            ['Spine and pelvis', 97, 88, 102, 2950800],
            ['Head and face', 64, 71, 69, 1802500],
            ['Other / merged', 58, 49, 61, 911200]]
    msg = message(n, '2026-02-18 10:15', who('brinkmann'),
                  [('Ingrid Halvorsen', 'ingrid.halvorsen@nordhavn-re.example')],
                  'Accident claims by body region 2023-2025',
                  mixed(text(body, cte='quoted-printable'),
                        a_ods('Accident_claims_body_region_2023-2025.ods', [('Body regions', rows)],
                              title='Accident claims by body region', when=(2026, 2, 18, 10, 0, 0))),
                  cc=[who('ruhnke')], mailer='outlook-en')
    return M(N, 'mixed', 'insurer-to-partner',
             'trap: English mail to reinsurer quoting a German internal note; aggregated accident statistics by body region (ODS)',
             msg)


# ===================================================================== 110
def m110(n):
    body = """Hallo ihr Lieben,

ich habe die Geburtstagsliste aktualisiert (zwei Neue im Team, und Imke
hat mich auf einen Zahlendreher hingewiesen – sorry!). Wie immer gilt:
Kaffeekasse zahlt Kuchen, das Geburtstagskind bringt nichts mit.

Die Liste bitte nicht weiterleiten, nicht jeder mag sein Geburtsdatum im
Umlauf haben.

Sabine
"""
    rows = [['Name', 'Team', 'Geburtstag', 'Jahrgang'],
            ['Jana Oltmanns', 'ambulant', '14.01.', 1986],
            ['Imke Fastje', 'ambulant', '03.03.', 1979],
            ['Felix Marten', 'ambulant', '29.04.', 2001],
            ['Mehmet Arslan', 'stationär', '11.06.', 1983],
            ['Daniela Reents', 'stationär', '22.07.', 1991],
            ['Anke Dreyer', 'Zahn', '08.08.', 1975],
            ['Katrin Stöver', 'Unfall', '19.09.', 1980],
            ['Lukas Brinkmann', 'Unfall', '02.10.', 1993],
            ['Torben Lüdeking', 'Leitung', '16.11.', 1977],
            ['Sabine Wöhlke', 'Assistenz', '05.12.', 1969]]
    msg = message(n, '2026-01-09 08:45', who('woehlke'),
                  [('Team Leistung Kranken', 'team-leistung-kranken@' + DOM)],
                  'Geburtstagsliste 2026',
                  mixed(text(body, cte='quoted-printable'),
                        a_xlsx('Geburtstage_Team_2026.xlsx', [('2026', rows)], title='Geburtstage 2026',
                               author='Sabine Wöhlke', when=(2026, 1, 9, 8, 30, 0))),
                  mailer='outlook-de')
    return M(C, 'de', 'internal',
             'grey: team birthday list with colleagues\' full birth dates (day and year) in XLSX; no health data',
             msg)


# ===================================================================== 111
def m111(n):
    body = """Moin zusammen,

ab dem 2. November stellen wir die Leistungs-Hotline und alle
Durchwahlen im Leistungsservice auf Teams-Telefonie um. Die alten
Tischtelefone werden in der Woche danach abgebaut.

Was ihr braucht:
- ein Headset: Ausgabe am 28. und 29. Oktober, jeweils 9-12 Uhr, bei mir
  in B1.04 (bitte Mitarbeiterausweis mitbringen). Wer schon ein privates
  USB-Headset nutzt, kann das behalten.
- die Teams-App in Version 25.x (ist auf allen Notebooks schon drauf)

Eure Durchwahl bleibt gleich. Die Warteschleifen der Hotline (Kranken,
Unfall, International) werden vom Kundenservice eingerichtet; ihr müsst
nur in Teams den Status "Verfügbar" setzen, damit Anrufe bei euch
ankommen.

Schulungsvideo (12 Minuten): Intranet > IT > Telefonie.

Gruß
Henrik
"""
    msg = message(n, '2026-10-19 13:30', who('vosskamp'),
                  [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
                  'Umstellung auf Teams-Telefonie ab 02.11. – Headset-Ausgabe',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'internal', 'IT announcement about telephony and headsets; no personal data', msg)


# ===================================================================== 112
def m112(n):
    body = """Sehr geehrte Frau Thiele,

vielen Dank für Ihre Nachricht vom 20. Januar. Sie haben sich darüber
beschwert, dass Sie unsere Leistungs-Hotline an drei Tagen nicht erreicht
haben und dass Ihre Anfrage per E-Mail vom 5. Januar bis heute nicht
beantwortet wurde. Dafür möchte ich mich ausdrücklich entschuldigen.

Ich habe geprüft, was passiert ist: Ihre E-Mail ist in einem Postfach
gelandet, das wir seit Dezember nicht mehr nutzen, und wurde deshalb
nicht bearbeitet. Das Postfach leitet jetzt automatisch weiter. Die
Wartezeiten an der Hotline waren im Januar wegen der vielen
Jahresanfangsanfragen tatsächlich zu lang; seit dieser Woche bieten wir
einen Rückrufservice an.

Ihre eigentliche Anfrage habe ich an die zuständige Kollegin, Frau
Oltmanns, weitergegeben. Sie meldet sich bis spätestens Freitag
telefonisch bei Ihnen.

Mit freundlichen Grüßen

Nadia Kowalczyk
Beschwerdemanagement Kranken & Unfall
Weserau Versicherung AG
Telefon 04299 7710-471

Ihre Versicherungsnummer: KV 60-5560218
Beschwerde-Nr. BK-2026-0087

""" + FOOTER_DE
    msg = message(n, '2026-01-22 16:05', who('kowalczyk'),
                  [('Andrea Thiele', 'andrea.thiele@webpost.example')],
                  'Ihre Beschwerde vom 20.01.2026',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'de', 'insurer-to-customer',
             'grey: complaint reply without any health detail, but to a named customer about her health insurance (KV policy number) - personal line',
             msg)


# ===================================================================== 113
def m113(n):
    inner_body = """Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 02.03.2026 (Ihr Zeichen KS-Rückläufer 2026-118)
erteilen wir folgende einfache Melderegisterauskunft nach § 44 BMG:

Gesuchte Person: Kerstin Wübbena, geb. 06.05.1972
Bisherige Anschrift: Lindenallee 3, 28999 Weserau
Neue Anschrift: Strandweg 17, 26999 Hafenstedt-Fiktiv (zugezogen am 15.01.2026)

Gebühr: 10,00 EUR, Rechnung folgt gesondert.

Mit freundlichen Grüßen
Im Auftrag
Bürgeramt der Stadt Weserau
Meldebehörde
"""
    inner = inner_message('2026-03-06 11:02', ('Bürgeramt Weserau Meldebehörde', 'meldebehoerde@stadt-weserau.example'),
                          [('Kundenservice', 'kundenservice@' + DOM)],
                          'Melderegisterauskunft – Ihr Zeichen KS-Rückläufer 2026-118',
                          text(inner_body, cs='iso-8859-1', cte='quoted-printable'),
                          '<mra-2026-03-06-0442@stadt-weserau.example>')
    body = """Hallo Hauke,

die Auskunft vom Bürgeramt zu Frau Wübbena ist da (Anlage). Ihre
Wohngebäude-Beitragsrechnung kam ja als unzustellbar zurück. Neue Adresse
habe ich im Bestand eingetragen, die Rechnung geht heute neu raus.
Kannst du den Makler informieren?

Gruß
Malin
"""
    msg = message(n, '2026-03-06 14:20', who('kruse'), [who('gerdes')],
                  'WG: Melderegisterauskunft Wübbena',
                  mixed(text(body, cte='quoted-printable'), rfc822(inner, 'Melderegisterauskunft.eml')),
                  mailer='outlook-de')
    return M(C, 'de', 'authority',
             'forwarded registry office answer (message/rfc822): named customer with birth date and old/new address',
             msg)


# ===================================================================== 114
def m114(n):
    inner = """<p>Dear Mr Lindqvist,</p>
<p>thank you for your e-mail of 4 March and I am sorry for the trouble. You are right: although you told us
about your move in January, your annual motor insurance statement for 2026 was still sent to your old
address in Weserau-Lehe. The new owner of the flat kindly returned it to you unopened.</p>
<p>What went wrong: the change of address was recorded for your home contents contract, but not for your
motor contract <b>KF 31-6620913</b>. I have corrected this today. Your address for all contracts is now:</p>
<p style="margin-left:2em">Erik Lindqvist<br>Hafenkante 8<br>28995 Weserau</p>
<p>A new copy of the statement is in your customer portal. As an apology we have credited EUR 25.00 to your
premium account.</p>
<p>Kind regards<br>Marlene Sievers<br>Complaints Management, Private Clients<br>Weserau Versicherung AG</p>"""
    msg = message(n, '2026-03-09 10:12', who('sievers'),
                  [('Erik Lindqvist', 'erik.lindqvist@postbox.example')],
                  'Your complaint of 4 March - statement sent to old address',
                  text(html_doc(inner, lang='en'), subtype='html', cte='quoted-printable'), mailer='outlook-en')
    return M(C, 'en', 'insurer-to-customer',
             'HTML-only complaint reply: named customer, new address, motor policy number; no health detail',
             msg)


# ===================================================================== 115
def m115(n):
    body = """Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache

  Autohaus Kremer GmbH ./. Herrn Dennis Ufken, geb. 23.09.1990,
  Am Sielhafen 4, 28996 Weserau
  Pfändungs- und Überweisungsbeschluss des Amtsgerichts Weserau vom
  11.05.2026, Az. 12 M 883/26, uns zugestellt am 18.05.2026

geben wir als Drittschuldnerin nach § 840 ZPO folgende Erklärung ab:

1. Wir erkennen die gepfändete Forderung nicht als begründet an.
   Herr Ufken unterhält bei uns eine Kfz-Versicherung (KF 31-8804411)
   und eine Privathaftpflichtversicherung (PH 24-8804412). Aus diesen
   Verträgen stehen ihm derzeit keine fälligen Geldansprüche gegen uns zu;
   ein Beitragsguthaben besteht nicht.
2. Andere Personen machen keine Ansprüche an die Forderung geltend.
3. Die Forderung ist nicht bereits für andere Gläubiger gepfändet.

Sollten künftig Zahlungen an Herrn Ufken fällig werden (z. B. aus einem
Schadenfall), werden wir die Pfändung beachten.

Mit freundlichen Grüßen
i. A. Ines Hagedorn
Kundenservice Privatkunden
Weserau Versicherung AG
"""
    msg = message(n, '2026-05-26 11:48', who('hagedorn'),
                  [('Inkasso-Kanzlei Meyerholz', 'zv@kanzlei-meyerholz.example')],
                  'Drittschuldnererklärung – Az. 12 M 883/26 (Ufken)',
                  text(body, cs='iso-8859-1', cte='8bit'), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-lawyer',
             'garnishment: third-party debtor statement naming the debtor with birth date, address and his motor/liability contracts',
             msg)


# ===================================================================== 116
def m116(n):
    body = """Dear Ms Adebayo-Clarke,

thank you for your interest in our International Health Plan. Here are
the answers to your general questions on maternity cover:

- Maternity benefits (prenatal care, delivery, postnatal care) are
  included in the Classic and Premium levels, not in Essential.
- Waiting period: 10 months from the start of cover in Premium,
  12 months in Classic. Complications of pregnancy are covered from day
  one in all levels.
- Newborns can be added from birth without health questions if a parent
  has been insured with us for at least 10 months.
- Fertility treatment is not covered.

Premiums depend on age, level and area of cover; you can get a quote on
https://www.weserau-versicherung.example/en/ihp or through an independent
broker. If you would like a call back, just reply with a suitable time.

""" + sig('grantham', 'en') + '\n\n' + FOOTER_EN
    msg = message(n, '2026-04-02 12:06', who('grantham'),
                  [('', 'folake.ac@inbox-mail.example')],
                  'Re: maternity cover in your expat plan',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(N, 'en', 'insurer-to-prospect',
             'trap: general answer to a prospect about maternity waiting periods; nothing about the person\'s own health',
             msg)


# ===================================================================== 117
def m117(n):
    plain = """Weserau International Health Plan - Member newsletter, summer 2026

Travel health tips for your summer holidays

1. Vaccinations: check 6-8 weeks before you travel whether you need
   vaccinations or boosters (e.g. hepatitis A, tetanus). Travel
   vaccinations are covered in Classic and Premium.
2. Medicines: carry your regular medicines in your hand luggage, in the
   original packaging, with a copy of the prescription. For some
   countries you need a certificate for strong painkillers.
3. Heat: drink regularly, avoid the midday sun, and take extra care with
   older relatives and small children.
4. Emergencies abroad: call our 24/7 assistance line +49 4299 7710-999.
   We arrange a guarantee of payment for the hospital, so you do not have
   to pay in advance.
5. Telemedicine: video consultations with a doctor in English or German
   are included in your plan, also while you travel.

You receive this newsletter because you subscribed in the member portal.
Unsubscribe: https://portal.weserau-versicherung.example/newsletter/unsubscribe
"""
    html = html_doc("""<h2 style="color:#0a4d8c">Travel health tips for your summer holidays</h2>
<p><i>Weserau International Health Plan &ndash; Member newsletter, summer 2026</i></p>
<ol>
<li><b>Vaccinations:</b> check 6&ndash;8 weeks before you travel whether you need vaccinations or boosters (e.g. hepatitis A, tetanus). Travel vaccinations are covered in Classic and Premium.</li>
<li><b>Medicines:</b> carry your regular medicines in your hand luggage, in the original packaging, with a copy of the prescription. For some countries you need a certificate for strong painkillers.</li>
<li><b>Heat:</b> drink regularly, avoid the midday sun, and take extra care with older relatives and small children.</li>
<li><b>Emergencies abroad:</b> call our 24/7 assistance line +49 4299 7710-999. We arrange a guarantee of payment for the hospital, so you do not have to pay in advance.</li>
<li><b>Telemedicine:</b> video consultations with a doctor in English or German are included in your plan, also while you travel.</li>
</ol>
<p style="font-size:8pt">You receive this newsletter because you subscribed in the member portal.
<a href="https://portal.weserau-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>""", lang='en')
    msg = message(n, '2026-06-25 07:00', box('newsletter', 'Weserau International Health Plan'),
                  [('IHP members', 'ihp-newsletter@' + DOM)],
                  'Summer 2026: travel health tips for members',
                  alt(text(plain, cs='us-ascii', cte='7bit'), text(html, subtype='html', cte='base64')),
                  mailer='newsletter',
                  extra=[('List-Unsubscribe', '<https://portal.weserau-versicherung.example/newsletter/unsubscribe>')])
    return M(N, 'en', 'newsletter',
             'trap: member newsletter with travel health tips (vaccinations, medicines); sent to a list, no individual data',
             msg)


# ===================================================================== 118
def m118(n):
    body = """Hallo zusammen,

Einladung zur Fallkonferenz am 17.09. anbei. Es geht um den Vorgang
LS-2026-071184 (Verlängerung stationär). Unterlagen liegen ab Mittwoch
im gesicherten Teamordner "Fallkonferenz".

Gruß
Torben
"""
    cal = ics('fallkonferenz-2026-09-17', '20260917T133000', '20260917T150000',
              'Fallkonferenz', who('luedeking'),
              [who('arslan'), who('hallmann'), who('oltmanns'), who('ruhnke')],
              location='Raum A2.07 / Teams', stamp='20260910T080000Z')
    msg = message(n, '2026-09-10 10:00', who('luedeking'),
                  [who('arslan'), who('hallmann'), who('oltmanns'), who('ruhnke')],
                  '[streng vertraulich] Fallkonferenz 17.09.',
                  mixed(text(body, cte='quoted-printable'), a_ics('Fallkonferenz_17.09.ics', cal)),
                  mailer='outlook-de')
    return M(S, 'de', 'internal',
             'grey: explicit subject tag [streng vertraulich]; content itself only a case number and a meeting, no name or diagnosis',
             msg)


# ===================================================================== 119
def m119(n):
    body = """Dear Mr Farrow,

thank you for taking the time to tell us about your experience with the
chat assistant on our website. You asked whether our dental add-on covers
orthodontic treatment for adults, and the assistant told you that it
does. That is not correct: the add-on covers orthodontics only for
children and teenagers up to age 18. I apologise for the confusion.

We have passed the conversation (without your name) to the team that
maintains the assistant, and the answer has been corrected. We are also
adding a clearer notice that the assistant can make mistakes and that
the plan terms apply.

If you are still considering our products, I am happy to call you and
explain the options.

Kind regards

Nadia Kowalczyk
Complaints Management, Health & Accident
Weserau Versicherung AG
"""
    msg = message(n, '2026-05-13 14:33', who('kowalczyk'),
                  [('Ben Farrow', 'ben.farrow@mailbox.example')],
                  'Your feedback on our website chat assistant',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(N, 'en', 'insurer-to-prospect',
             'grey: complaint reply to a named website visitor about a wrong chatbot product answer; no contract, no health detail',
             msg)


# ===================================================================== 120
def m120(n):
    body = """Dear Mr Christodoulou,

thank you for your call. As requested, please find attached our blank
pre-authorisation request form for planned inpatient treatment of our
International Health Plan members.

Please send the completed form together with the referring doctor's
report through our provider portal (access details will follow by post),
not by e-mail. For emergencies, call our 24/7 line +49 4299 7710-490; a
verbal guarantee is followed by a written one within four hours.

Kind regards

""" + sig('raman', 'en') + '\n\n' + FOOTER_EN
    form = pdf([[
        '# Pre-authorisation request - planned inpatient treatment',
        'Weserau Versicherung AG - International Claims Desk',
        '',
        'Patient name: ______________________________   Date of birth: ____/____/______',
        'Policy number (IHP 88-......): ______________',
        '',
        'Hospital / clinic: _____________________________________________',
        'Planned admission date: ____/____/______   Expected length of stay: ____ nights',
        'Diagnosis (with ICD-10 code): ____________________________________',
        'Planned procedure: ______________________________________________',
        'Estimated cost (currency): ______________________',
        '',
        'Attach: referral / medical report, cost estimate.',
        'Form INT-PA-01, version 2026',
    ]], title='INT-PA-01 blank', when=(2026, 2, 1, 8, 0, 0))
    msg = message(n, '2026-02-17 11:15', who('raman'),
                  [('Andreas Christodoulou', 'billing@seaview-medical.example')],
                  'Pre-authorisation form (blank)',
                  mixed(text(body, cs='us-ascii', cte='7bit'), attach(form, CT_PDF, 'INT-PA-01_preauthorisation_form.pdf')),
                  mailer='outlook-en')
    return M(N, 'en', 'insurer-to-hospital',
             'trap: blank pre-authorisation form (diagnosis, date of birth fields empty) sent to a clinic; no patient',
             msg)


# ===================================================================== 121
def m121(n):
    body = """Hi Sönke,

great, thanks - Claudia agreed this morning. Please go ahead with the
offer for Ms Lindqvist-Mora on this basis:

  Position:     Claims Handler International Health, VG 7
  Start:        1 October 2026
  Salary:       EUR 56,500 gross p.a. (12 x 4,708.33), plus the usual
                13th month pay per collective agreement
  Relocation:   lump sum EUR 3,000 plus temporary flat for up to
                3 months (we have one free in the Hafenkante building)
  Probation:    6 months

She asked for 58k; I think 56.5k plus relocation is fair, and she
signalled on the phone that she would accept that.

Cheers
Oliver

> Hi Oliver, Claudia has to sign off anything above 55k for VG 7. If she
> agrees, I can send the contract draft on Thursday. Sönke
"""
    msg = message(n, '2026-07-20 09:26', who('grantham'), [who('bertram')],
                  'Re: Offer Lindqvist-Mora',
                  text(body, cte='quoted-printable'), cc=[who('ruhnke')], mailer='outlook-en')
    return M(C, 'en', 'internal',
             'offer terms for a named job applicant: salary, relocation allowance, salary expectation; no health data',
             msg)


# ===================================================================== 122
def m122(n):
    body = """Oliver,

here's the export you asked for (pending > 30 days, as of this morning).
Opens fine in Excel if you use the import wizard, semicolon separated.

P.
"""
    rows = [['Claim', 'Member', 'DOB', 'Policy', 'Country', 'Diagnosis', 'Amount', 'Status'],
            ['IHP-2026-00871', 'Rotimi Okonkwo', '14/02/1979', 'IHP 88-104233', 'AE', 'M43.16 spondylolisthesis L4/L5', 'AED 148500', 'external medical review'],
            ['IHP-2026-01142', 'Chloe Barrington', '03/11/1990', 'IHP 88-077612', 'DE', 'J45.9 asthma, acute exacerbation', 'EUR 3412.80', 'GP report requested'],
            ['IHP-2026-01390', 'Annika Sorensen', '28/08/1984', 'IHP 88-417720', 'DE', 'G35 multiple sclerosis, ocrelizumab', 'EUR 12900.00', 'medical review'],
            ['IHP-2026-01688', 'Wei Zhang', '09/12/1992', 'IHP 88-338104', 'SG', 'O24.4 gestational diabetes', 'SGD 2140.00', 'invoice translation'],
            ['IHP-2026-01702', 'Mateo Ruiz Blanco', '30/03/1975', 'IHP 88-216650', 'ES', 'I48.0 paroxysmal atrial fibrillation, ablation', 'EUR 9880.00', 'GOP reconciliation'],
            ['IHP-2026-01755', 'Amara Nwosu', '17/07/2016', 'IHP 88-290018', 'NG', 'B54 malaria', 'NGN 611000', 'FX check']]
    msg = message(n, '2026-05-20 08:49', who('raman'), [who('grantham')],
                  'pending >30d',
                  mixed(text(body, cs='us-ascii', cte='7bit'),
                        a_csv('pending_30d_export.csv', rows, cs='windows-1252', ctype='application/vnd.ms-excel',
                              cte='base64')),
                  mailer='outlook-en')
    return M(S, 'en', 'internal',
             'body harmless; CSV export (application/vnd.ms-excel) with named members, DOBs and diagnoses (MS, gestational diabetes...)',
             msg)


# ===================================================================== 123
def m123(n):
    body = """Hallo Herr Tjarks,

für den Leistungsservice Kranken & Unfall (Kostenstelle 4410) bitte
folgende Bestellung aus dem Rahmenkatalog:

  12 x Toner schwarz für Drucker Typ MF-740 (Art.-Nr. 1104-22)
   4 x Toner cyan/magenta/gelb je 1 Satz (Art.-Nr. 1104-25)
  20 x Kopierpapier A4, 80 g, Karton à 2.500 Blatt
  50 x Stehordner breit, blau
  30 x Haftnotizen 76 x 76 mm, gelb
   6 x ergonomische Maus, vertikal (für die neuen Arbeitsplätze im 3. OG)

Lieferung bitte an Gebäude B, Poststelle EG, z. Hd. Sabine Wöhlke.
Bestellnummer BE-2026-04410-142.

Danke und viele Grüße
Sabine Wöhlke
"""
    msg = message(n, '2026-08-12 10:10', who('woehlke'),
                  [('Einkauf Büromaterial', 'einkauf@' + DOM)],
                  'Bestellung Büromaterial KST 4410',
                  text(body, cte='8bit'), mailer='outlook-de')
    return M(N, 'de', 'internal', 'office supplies order; no personal data', msg)


# ===================================================================== 124
def m124(n):
    body = """Sehr geehrter Herr Dr. Wilms,

Ihr Patient Herr Bernd Fokken, geb. 14.07.1958, hat bei uns
Krankenhaustagegeld und Genesungsgeld beantragt und dazu Ihre
Bescheinigung vom 28.05.2026 eingereicht.

In Ihrer Bescheinigung ist ein stationärer Aufenthalt vom 12.05. bis
19.05.2026 wegen einer Pneumonie angegeben. Die Aufenthaltsbestätigung des
Krankenhauses nennt dagegen eine Entlassung am 16.05.2026; für die Zeit
danach ist eine Weiterbehandlung in Ihrer Praxis vermerkt.

Könnten Sie uns bitte kurz bestätigen, bis zu welchem Tag Herr Fokken
stationär behandelt wurde? Eine formlose Antwort auf Ihrem Briefbogen
genügt. Die Schweigepflichtentbindung liegt uns vor.

Mit freundlichen Grüßen

Mehmet Arslan
Leistungsservice Kranken & Unfall - Team stationär
Weserau Versicherung AG
Telefon 04299 7710-437
"""
    msg = message(n, '2026-06-09 14:44', who('arslan'),
                  [('Praxis Dr. Wilms', 'praxis@dr-wilms-innere.example')],
                  'Rückfrage zu Ihrer Bescheinigung - Herr Fokken',
                  text(body, cs='iso-8859-1', cte='quoted-printable'), mailer='outlook-de',
                  subject_cs='iso-8859-1')
    return M(S, 'de', 'insurer-to-doctor',
             'query to a doctor: named patient with birth date, hospital stay for pneumonia, daily allowance (iso-8859-1)',
             msg)


# ===================================================================== 125
def m125(n):
    body = """Liebe Jana,

zu LS-2026-060412 (Frau Gerken, stationäre psychosomatische Behandlung,
Klinik Haus Seeblick):

Nach Durchsicht des Antrags und des Befundberichts der behandelnden
Psychiaterin halte ich die stationäre Behandlung für medizinisch
notwendig. Es besteht eine mittelgradige depressive Episode (F32.1) mit
ausgeprägter Antriebsstörung und Schlafstörung; die ambulante
Psychotherapie (seit 10/2025, 24 Sitzungen) und die medikamentöse
Einstellung mit Sertralin 100 mg haben bisher nicht ausreichend gewirkt.
Akute Suizidalität wird verneint. Eine tagesklinische Behandlung ist wegen
der Entfernung (72 km) nicht zumutbar.

Empfehlung: Kostenzusage für zunächst 6 Wochen, Verlängerung nur mit
ärztlichem Zwischenbericht. Bitte in der Zusage nicht die Diagnose
nennen, sondern nur "stationäre Behandlung gemäß Antrag vom 02.07." –
Frau Gerken hatte darum gebeten.

Viele Grüße
Friederike

Dr. med. Friederike Hallmann
Beratungsärztin · Leistungsservice Kranken & Unfall
"""
    msg = message(n, '2026-07-09 12:02', who('hallmann'), [who('oltmanns')],
                  'LS-2026-060412 – Stellungnahme',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(S, 'de', 'internal',
             'medical adviser opinion: named insured with moderate depression F32.1, sertraline, inpatient psychosomatic treatment',
             msg)


# ===================================================================== 126
def m126(n):
    body = """Dear Ms Haddad-Rieger,

thank you for your claim. Your statement is attached; the amount of
AED 1,520.00 (EUR 374.16 at the ECB rate of the treatment date) will be
paid to your account within three working days.

Get well soon!

""" + sig('raman', 'en') + '\n\n' + FOOTER_EN
    stmt = pdf([[
        '# Claim statement IHP-2026-02217',
        'Member: Layla Haddad-Rieger, Dubai Marina   Policy: IHP 88-612093 (Classic)',
        'Provider: Marina Physio & Rehab Clinic, Dubai',
        '',
        'Diagnosis on invoice: S93.40 sprain of the right ankle (lateral ligament)',
        'Referral: Dr. Omar Khalil, orthopaedics, 21/07/2026',
        '',
        '8 physiotherapy sessions, 23/07 - 18/08/2026, AED 190 each     AED 1,520.00',
        'Covered at 100 % (within 20 sessions per year)                  AED 1,520.00',
        'Exchange rate 1 EUR = 4.0624 AED                                EUR 374.16',
    ]], title='Claim statement IHP-2026-02217', when=(2026, 8, 24, 10, 0, 0))
    msg = message(n, '2026-08-24 10:22', who('raman'),
                  [('Layla Haddad-Rieger', 'layla.hr@postbox.example')],
                  'Your claim IHP-2026-02217',
                  mixed(text(body, cs='us-ascii', cte='7bit'), attach(stmt, CT_PDF, 'Claim_statement_IHP-2026-02217.pdf')),
                  mailer='outlook-en')
    return M(S, 'en', 'insurer-to-customer',
             'body only mentions a claim and "get well soon"; PDF statement: named member, ankle sprain S93.40, physiotherapy',
             msg)


# ===================================================================== 127
def m127(n):
    body = """Sehr geehrte Frau Koopmann,

wie angekündigt übersenden wir Ihnen die Höchstbeträge, die wir ab
1. August 2026 für Heilmittel in unseren ambulanten Tarifen erstatten
(Anlage, CSV für Ihre Abrechnungssoftware). Gegenüber 2025 steigen die
Beträge im Durchschnitt um 4,1 %.

Wir wären Ihnen dankbar, wenn Sie die Liste über Ihren Verbandsnewsletter
an die Mitgliedspraxen weitergeben. Für Rückfragen von Praxen steht unser
Team ambulant unter 04299 7710-410 zur Verfügung.

Mit freundlichen Grüßen

""" + sig('luedeking') + '\n\n' + FOOTER_DE_LATIN
    rows = [['Pos.-Nr.', 'Leistung', 'Höchstbetrag 2025 EUR', 'Höchstbetrag ab 01.08.2026 EUR'],
            ['X0501', 'Krankengymnastik (KG), Einzelbehandlung', '30,80', '32,00'],
            ['X0702', 'KG am Gerät (KGG)', '52,40', '54,60'],
            ['X1201', 'Manuelle Therapie (MT)', '36,50', '38,00'],
            ['X0205', 'Manuelle Lymphdrainage 45 Min.', '52,10', '54,20'],
            ['X1530', 'Fango / Wärmepackung', '13,40', '14,00'],
            ['X2001', 'Ergotherapie, motorisch-funktionell', '48,90', '50,90'],
            ['X3101', 'Logopädie 45 Min.', '61,20', '63,70']]
    msg = message(n, '2026-07-01 11:30', who('luedeking'),
                  [('Landesverband Physiotherapie Nord – Frau Koopmann', 'geschaeftsstelle@lv-physio-nord.example')],
                  'Erstattungshöchstbeträge Heilmittel ab 01.08.2026',
                  mixed(text(body, cs='windows-1252', cte='quoted-printable'),
                        a_csv('Hoechstbetraege_Heilmittel_2026-08.csv', rows, cs='windows-1252',
                              ctype='application/vnd.ms-excel', cte='base64')),
                  mailer='outlook-de')
    return M(N, 'de', 'insurer-to-partner',
             'trap: therapy price list for a physiotherapy association (CSV, windows-1252); no patient',
             msg)


# ===================================================================== 128
def m128(n):
    inner = """<div style="max-width:640px;margin:auto">
<p style="font-size:9pt;color:#666">Ihr Gesundheitsbrief Oktober 2026 &middot; <a href="https://www.weserau-versicherung.example/newsletter/web/2026-10">im Browser ansehen</a></p>
<h1 style="color:#0a4d8c">Rückenfit im Büro</h1>
<p>Rückenschmerzen sind einer der häufigsten Gründe für Arztbesuche. Meist steckt keine ernste Erkrankung dahinter,
sondern zu wenig Bewegung und eine ungünstige Haltung. Drei Übungen für zwischendurch:</p>
<ol>
<li><b>Schulterkreisen:</b> 10-mal vorwärts, 10-mal rückwärts, langsam und bewusst.</li>
<li><b>Katzenbuckel im Sitzen:</b> Hände auf die Knie, Rücken rund machen, dann ins Hohlkreuz &ndash; 8 Wiederholungen.</li>
<li><b>Aufstehen und gehen:</b> jede Stunde mindestens zwei Minuten, zum Beispiel beim Telefonieren.</li>
</ol>
<h2>Gut zu wissen</h2>
<p>In unseren Tarifen Ambulant Komfort und Ambulant Premium erstatten wir Rückenkurse zertifizierter Anbieter
bis 150&nbsp;EUR im Jahr. Eine Liste der Kurse in Ihrer Nähe finden Sie im Kundenportal.</p>
<h2>Grippeimpfung</h2>
<p>Die Grippesaison beginnt: Die Impfung ist in allen Krankenversicherungstarifen ohne Selbstbehalt versichert.</p>
<p style="font-size:8pt;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn im Kundenportal bestellt haben.
<a href="https://www.weserau-versicherung.example/newsletter/abmelden">Abmelden</a> &middot;
Weserau Versicherung AG &middot; Am Kornspeicher 12 &middot; 28999 Weserau</p>
</div>"""
    msg = message(n, '2026-10-01 06:30', box('newsletter', 'Weserau Gesundheitsbrief'),
                  [('Gesundheitsbrief Abonnenten', 'gesundheitsbrief@' + DOM)],
                  'Rückenfit im Büro – Ihr Gesundheitsbrief Oktober',
                  text(html_doc(inner), subtype='html', cte='base64'), mailer='newsletter',
                  extra=[('List-Unsubscribe', '<https://www.weserau-versicherung.example/newsletter/abmelden>')])
    return M(N, 'de', 'newsletter',
             'trap: HTML-only health newsletter (back pain exercises, flu vaccination); no individual data', msg)


# ===================================================================== 129
def m129(n):
    body = """Sehr geehrte Frau Dr. Pankratz,

anbei unser Gutachtenauftrag in der Unfallsache Nele Harms (Kinder-
Unfallversicherung). Die Eltern sind mit einer Untersuchung in Ihrer
Praxis einverstanden; bitte vereinbaren Sie den Termin direkt mit der
Mutter, Frau Svenja Harms, Tel. 0176 5550 3381.

Die Röntgenbilder und Berichte stellen wir Ihnen wie üblich im
Gutachterportal bereit.

Mit freundlichen Grüßen

""" + sig('stoever') + '\n\n' + FOOTER_DE
    doc = [('h', 'Gutachtenauftrag – Unfallversicherung'),
           ('table', [['Leistungsfall', 'UF-2026-01302'],
                      ['Vertrag', 'UV 70-6610591 (Kinder-Unfallversicherung, Grundsumme 100.000 EUR, Progression 350 %)'],
                      ['Versicherte Person', 'Nele Harms, geb. 27.11.2014'],
                      ['Anschrift', 'Weidenstraße 12, 28999 Weserau'],
                      ['Unfalltag', '01.03.2026 – Sturz vom Pferd auf dem Reiterhof Wümmewiesen'],
                      ['Verletzung', 'distale Radiusfraktur links (S52.5), geschlossene Reposition und K-Draht-Osteosynthese am 01.03.2026'],
                      ['Behandler', 'Klinikum Weserau-Nord, Kinderchirurgie; Weiterbehandlung Dr. Ruschmeyer']]),
           ('b', 'Fragen an die Gutachterin'),
           '1. Welche Unfallfolgen liegen vor? Ist mit einer Wachstumsstörung zu rechnen?',
           '2. Bemessung der unfallbedingten Invalidität nach der Gliedertaxe (Handwert), ggf. Prognose bis zum Ende des dritten Unfalljahres.',
           '3. Haben Krankheiten oder Gebrechen bei den Unfallfolgen mitgewirkt?',
           ('b', 'Honorar'),
           'Gutachten mit Untersuchung: 640 EUR zzgl. Röntgen nach GOÄ. Bitte Gutachten innerhalb von 4 Wochen nach der Untersuchung über das Gutachterportal einreichen.']
    msg = message(n, '2026-04-20 11:08', who('stoever'),
                  [('Dr. Ulrike Pankratz', 'praxis@gutachten-pankratz.example')],
                  'Gutachtenauftrag UF-2026-01302',
                  mixed(text(body, cte='quoted-printable'),
                        a_docx('Gutachtenauftrag_UF-2026-01302.docx', doc, title='Gutachtenauftrag UF-2026-01302',
                               author='Katrin Stöver', when=(2026, 4, 20, 11, 0, 0))),
                  mailer='outlook-de')
    return M(S, 'de', 'insurer-to-reviewer',
             'expert opinion order to a medical reviewer: named child accident victim, birth date, radius fracture S52.5 (body + DOCX)',
             msg)


# ===================================================================== 130
def m130(n):
    iban = iban_de(29050101, 8102274455)
    body = """Hello Payroll team,

I have changed banks. Could you please pay my salary and any expense
reimbursements to my new account from the October payroll on?

  Name:          Priya Raman
  Personnel no.: 104417
  New IBAN:      %s
  Bank:          Weserbank Fiktiv

The old account will be closed at the end of October. I have also
updated it in the employee self-service, but the portal said changes
after the 15th only apply from the following month, hence this e-mail.

Thank you!
Priya Raman
International Claims Desk, ext. 493
""" % iban
    msg = message(n, '2026-09-22 12:15', who('raman'),
                  [('Payroll', 'entgeltabrechnung@' + DOM)],
                  'New bank account for salary payment',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(C, 'en', 'internal',
             'employee\'s own private IBAN and personnel number sent to payroll; no health data',
             msg)


# ===================================================================== 131
def m131(n):
    body = """Dear Mr Shah,

thank you for your invoice HLP-88213 for our member Mr Thomas Kealy
(IHP 88-150778). We can settle most of it, but have one question.

  Sertraline 100 mg tablets, 90 days       GBP  24.60   covered
  Zopiclone 7.5 mg tablets, 28             GBP  11.20   covered
  Melatonin 2 mg, 30 (over the counter)    GBP  18.95   not covered

Melatonin is only covered if it is prescribed by a doctor. If
Mr Kealy's psychiatrist prescribed it, please send us a copy of the
private prescription and we will pay the full amount. Otherwise we will
pay GBP 35.80 and Mr Kealy will settle the remainder with you.

I have attached your invoice with our notes for your records.

Kind regards

""" + sig('raman', 'en') + '\n\n' + FOOTER_EN
    inv = pdf([[
        '# Harley Lane Pharmacy - Invoice HLP-88213',
        'Patient: Mr Thomas Kealy, DOB 05/04/1981   Insurer: Weserau Versicherung AG, IHP 88-150778',
        'Prescriber: Dr R. Lindgren, consultant psychiatrist',
        '',
        '14/09/2026  Sertraline 100 mg tablets x 90         GBP 24.60   [Weserau: covered]',
        '14/09/2026  Zopiclone 7.5 mg tablets x 28          GBP 11.20   [Weserau: covered]',
        '14/09/2026  Melatonin 2 mg MR tablets x 30         GBP 18.95   [Weserau: prescription?]',
        '',
        'Total GBP 54.75',
    ]], title='HLP-88213 annotated', when=(2026, 9, 21, 15, 0, 0))
    msg = message(n, '2026-09-21 15:12', who('raman'),
                  [('Ravi Shah', 'accounts@harleylane-pharmacy.example')],
                  'Invoice HLP-88213 - query',
                  mixed(text(body, cs='us-ascii', cte='7bit'), attach(inv, CT_PDF, 'HLP-88213_annotated.pdf')),
                  mailer='outlook-en')
    return M(S, 'en', 'insurer-to-pharmacy',
             'pharmacy query: named member, antidepressant and sleeping tablets from a psychiatrist; DOB in the PDF',
             msg)


# ===================================================================== 132
def m132(n):
    iban = iban_de(29050101, 1208845933)
    body = """Liebe Frau Tönjes,

anbei meine Reisekostenabrechnung für den Kongress der Deutschen
Gesellschaft für Versicherungsmedizin (Fiktiv) in Leipzig, 16.-18.09.2026.
Die Belege schicke ich im Original per Hauspost.

Bitte auf mein Privatkonto erstatten (hat sich seit letztem Jahr
geändert):
%s, Kontoinhaberin Friederike Hallmann

Vielen Dank!
Friederike Hallmann
""" % iban
    rows = [['Datum', 'Art', 'Beschreibung', 'Betrag EUR'],
            ['16.09.2026', 'Bahn', 'Weserau - Leipzig Hbf, 1. Klasse (Flexpreis)', 142.90],
            ['16.09.2026', 'Hotel', 'Hotel am Augustusplatz, 2 Nächte inkl. Frühstück', 298.00],
            ['16.09.2026', 'Kongressgebühr', 'Teilnahme inkl. Workshop Gutachtenqualität', 390.00],
            ['17.09.2026', 'Taxi', 'Hotel - Messe', 18.40],
            ['18.09.2026', 'Bahn', 'Leipzig Hbf - Weserau', 142.90],
            ['', 'Verpflegungsmehraufwand', '3 Tage abzgl. Frühstück', 51.20],
            ['', '', 'Summe', 1043.40],
            ['', 'Erstattung auf', iban, ''],
            ['', 'Personalnummer', '100982', '']]
    msg = message(n, '2026-09-24 17:20', who('hallmann'),
                  [('Reisekostenstelle', 'reisekosten@' + DOM)],
                  'Reisekostenabrechnung Kongress Leipzig 16.-18.09.',
                  mixed(text(body, cte='quoted-printable'),
                        a_ods('Reisekosten_Hallmann_2026-09.ods', [('Reisekosten', rows)],
                              title='Reisekosten Hallmann September 2026', when=(2026, 9, 24, 17, 0, 0))),
                  mailer='outlook-de')
    return M(C, 'de', 'internal',
             'employee travel expense claim with her private IBAN and personnel number (body and ODS); no health data',
             msg)


# ===================================================================== 133
def m133(n):
    plain = """Dear Mrs Hallberg-Price,

thank you for sending us the cost estimate from the Augenzentrum am Wall.

We are pleased to confirm cover for the planned cataract surgery on your
left eye on 3 December 2026:

  Diagnosis:    senile nuclear cataract, left eye (H25.1)
  Procedure:    phacoemulsification with implantation of a monofocal
                intraocular lens, outpatient
  Cost estimate: EUR 2,380.00 (surgeon, anaesthesia, lens)
  Covered:      EUR 2,380.00 (100 %, Premium plan)

Please note that a premium multifocal lens would only be covered up to
the cost of a monofocal lens. If your ophthalmologist recommends surgery on
the right eye as well, please send us the new estimate.

Kind regards
Priya Raman
International Claims Desk
Weserau Versicherung AG

Policy IHP 88-044187 - Pre-authorisation PA-2026-0938
"""
    html = html_doc(paras_html(plain), lang='en')
    msg = message(n, '2026-11-12 13:55', who('raman'),
                  [('Gudrun Hallberg-Price', 'g.hallberg-price@webpost.example')],
                  'Pre-authorisation PA-2026-0938 confirmed',
                  alt(text(plain, cs='us-ascii', cte='7bit'), text(html, subtype='html', cte='quoted-printable')),
                  mailer='outlook-en')
    return M(S, 'en', 'insurer-to-customer',
             'pre-authorisation of cataract surgery H25.1 for a named member (multipart/alternative)', msg)


# ===================================================================== 134
def m134(n):
    body = """Liebe Frau Dierks,

zunächst herzlichen Glückwunsch zur Geburt von Ida! Wir hoffen, Sie
beide sind wohlauf.

Die Rechnungen, die Sie uns geschickt haben, haben wir so abgerechnet:

  Hebamme Wiebke Ahlers, Wochenbettbetreuung
  15.02.-28.03.2026, 16 Hausbesuche, Stillberatung    1.142,60 EUR
  -> erstattet zu 100 %                               1.142,60 EUR

  Klinikum Weserau-Nord, Entbindung 14.02.2026
  (Spontangeburt, 3 Tage, Zweibettzimmer)
  -> rechnet die Klinik direkt mit uns ab

  Rückbildungsgymnastik (Kurs ab April)
  -> bitte nach Kursende einreichen, erstattet bis 150 EUR

Ida ist seit dem 14.02.2026 bei uns mitversichert (Kindernachversicherung
ohne Gesundheitsprüfung); die Versicherungsbescheinigung kommt per Post.

Alles Gute für die erste Zeit zu dritt!

""" + sig('oltmanns') + '\n\nVersicherungsnummer KV 60-7015526\n\n' + FOOTER_DE
    msg = message(n, '2026-04-07 09:05', who('oltmanns'),
                  [('Lina Dierks', 'lina.dierks@mailbox.example')],
                  'Ihre Rechnungen zur Geburt',
                  text(body, cte='8bit', flowed=True), mailer='thunderbird')
    return M(S, 'de', 'insurer-to-customer',
             'birth of a named customer\'s child: midwife invoice, delivery in hospital, newborn co-insured in health insurance',
             msg)


# ===================================================================== 135
def m135(n):
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

unsere Weihnachtsfeier findet dieses Jahr am Freitag, 11. Dezember, ab
17 Uhr im "Speicher 7" am Hafen statt. Die Einladung für euren Kalender
hängt an.
Our Christmas party this year is on Friday, 11 December, from 5 pm at
"Speicher 7" at the harbour. The calendar invitation is attached.

Bitte meldet euch bis 20. November bei mir an und sagt Bescheid, ob ihr
vegetarisch oder vegan essen möchtet.
Please let me know by 20 November if you are coming and whether you
would like vegetarian or vegan food.

Wichteln: Obergrenze 10 Euro / Secret Santa: max. 10 euros.

Liebe Grüße / Best wishes
Sabine
"""
    cal = ics('weihnachtsfeier-lku-2026', '20261211T170000', '20261211T230000',
              'Weihnachtsfeier LKU / Christmas party', who('woehlke'),
              [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
              location='Speicher 7, Am Hafen 7, Weserau', stamp='20261102T090000Z')
    msg = message(n, '2026-11-02 10:15', who('woehlke'),
                  [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
                  'Weihnachtsfeier 11.12. / Christmas party 11 December',
                  mixed(text(body, cte='quoted-printable'), a_ics('Weihnachtsfeier_2026.ics', cal)),
                  mailer='outlook-de')
    return M(N, 'mixed', 'internal', 'bilingual Christmas party invitation with ICS; no personal data', msg)


# ===================================================================== 136
def m136(n):
    body = """Sehr geehrte Damen und Herren,

Ihr Versicherungsnehmer: Hofladen Eilers, Inh. Gerd Eilers,
Marktstraße 22, 28999 Weserau
Ihr Zeichen: HS-2026-40871
Unser Zeichen: UF-2026-00913 / Regress

wir sind Kranken- und Unfallversicherer von Frau Hannelore Pape,
geb. 15.03.1946. Frau Pape ist am 03.02.2026 gegen 8:30 Uhr auf dem nicht
geräumten und nicht gestreuten Gehweg vor dem Hofladen Ihres
Versicherungsnehmers gestürzt. Ihr Versicherungsnehmer hat die Verletzung
der Räum- und Streupflicht gegenüber der Polizei eingeräumt.

Frau Pape zog sich eine Oberschenkelhalsfraktur rechts (S72.0) zu, die am
04.02.2026 im Klinikum Weserau-Nord mit einer Hüftprothese versorgt wurde.
Es folgten eine Anschlussheilbehandlung und ambulante Physiotherapie.

Die Ansprüche von Frau Pape gegen Ihren Versicherungsnehmer sind in Höhe
unserer Leistungen nach § 86 VVG auf uns übergegangen. Die Aufstellung
unserer Aufwendungen finden Sie in der Anlage (Gesamtbetrag
23.918,72 EUR). Wir bitten um Regulierung bis zum 30.06.2026.

Ansprüche von Frau Pape auf Schmerzensgeld sind davon nicht berührt; sie
wird insoweit anwaltlich vertreten.

""" + sig('brinkmann') + '\n\n' + FOOTER_DE
    costs = pdf([[
        '# Aufstellung der Aufwendungen - Regress UF-2026-00913',
        'Geschädigte: Hannelore Pape, geb. 15.03.1946   Unfall: 03.02.2026 (Sturz auf Glätte)',
        'Diagnose: S72.0 Schenkelhalsfraktur rechts; Versorgung mit Hüft-Totalendoprothese',
        '',
        'Krankenversicherung KV 60-0817745',
        '  Klinikum Weserau-Nord, 04.02.-14.02.2026, DRG I47A, Wahlleistungen     14.206,35 EUR',
        '  Chefarztbehandlung (GOÄ)                                                 2.118,40 EUR',
        '  Anschlussheilbehandlung Reha-Klinik Am Deich, 21 Tage                    5.649,00 EUR',
        '  Physiotherapie 18 x KG, Hilfsmittel (Rollator, Toilettensitzerhöhung)    1.144,97 EUR',
        'Unfallversicherung UV 70-0817745',
        '  Krankenhaustagegeld 11 Tage x 40 EUR, Genesungsgeld                        800,00 EUR',
        '',
        'Gesamtbetrag                                                              23.918,72 EUR',
    ]], title='Aufstellung Regress UF-2026-00913', when=(2026, 5, 29, 9, 0, 0))
    msg = message(n, '2026-05-29 09:27', who('brinkmann'),
                  [('Nordsee Haftpflicht AG Schadenabteilung', 'schaden@nordsee-haftpflicht.example')],
                  'Regress UF-2026-00913 – Sturz Frau Pape vor Hofladen Eilers',
                  mixed(text(body, cte='quoted-printable'), attach(costs, CT_PDF, 'Aufstellung_Regress_UF-2026-00913.pdf')),
                  mailer='outlook-de')
    return M(S, 'de', 'insurer-to-company',
             'recovery against a liability insurer: named insured with birth date, femoral neck fracture, hip prosthesis, costs in PDF',
             msg)


# ===================================================================== 137
def m137(n):
    iban = iban_de(29050101, 5544003021)
    body = """Sehr geehrter Herr Sielmann,

anbei Ihre Courtageabrechnung für die Sparten Sach, Haftpflicht und
Rechtsschutz für März 2026 (die Abrechnung Kranken/Unfall kommt wie
immer separat aus dem Bereich Personenversicherung).

  Abschlusscourtage März      1.346,80 EUR
  Bestandscourtage März         412,35 EUR
  Stornohaftung                 -88,20 EUR
  --------------------------------------
  Auszahlung                  1.670,95 EUR

Die Auszahlung erfolgt am 10.04.2026 auf Ihr Konto %s
(Finanzkontor Sielmann e. K., Inhaber Bernd Sielmann).

Die Einzelaufstellung finden Sie in der CSV-Datei; das Format entspricht
dem Import Ihres Maklerverwaltungsprogramms.

Mit freundlichen Grüßen
Vertriebsabrechnung
Weserau Versicherung AG
""" % iban
    rows = [['Vertrag', 'Kunde', 'Sparte', 'Beginn', 'Jahresbeitrag', 'Art', 'Courtage'],
            ['HR 21-9021144', 'Nadine Wolters', 'Hausrat', '01.03.2026', '168,00', 'Abschluss', '201,60'],
            ['PH 24-9021145', 'Nadine Wolters', 'Privathaftpflicht', '01.03.2026', '94,20', 'Abschluss', '113,04'],
            ['WG 22-3310872', 'Hartmut und Ilse Tebben', 'Wohngebäude', '01.03.2026', '712,40', 'Abschluss', '569,92'],
            ['RS 41-2277019', 'Okan Yilmaz', 'Rechtsschutz', '15.03.2026', '386,90', 'Abschluss', '462,24'],
            ['HR 21-5502390', 'Jörg Ahlrichs', 'Hausrat', '01.01.2024', '152,60', 'Bestand', '15,26'],
            ['KF 31-8820144', 'Maike Lüers', 'Kfz', '01.01.2026', '880,00', 'Storno', '-88,20']]
    msg = message(n, '2026-04-06 07:45', box('vertriebsabrechnung', 'Weserau Versicherung Vertriebsabrechnung'),
                  [('Bernd Sielmann', 'b.sielmann@sielmann-finanz.example')],
                  'Courtageabrechnung März 2026 – Sach/HUK/RS',
                  mixed(text(body, cte='quoted-printable'),
                        a_csv('Courtage_2026-03_Sielmann.csv', rows, cs='utf-8')),
                  mailer=None)
    return M(C, 'de', 'insurer-to-broker',
             'commission statement for a sole-trader broker (his income and IBAN) with named clients and non-personal-line contracts in CSV',
             msg)


# ===================================================================== 138
def m138(n):
    body = """Dear Mr Mwangi,

thank you for your honest e-mail and for sending the documents so
quickly. We are happy to agree an instalment plan for the outstanding
premium on your motor insurance KF 31-3302617.

We have noted from the documents you sent:
  - your employment ended on 31 July 2026 (termination by the employer
    for operational reasons)
  - unemployment benefit since 1 August 2026: EUR 1,462.50 per month
  - your new job starts on 1 November 2026 with a gross salary of
    EUR 3,400 per month

Instalment plan:
  Outstanding premium (Aug-Oct)     EUR 246.30
  Instalments: 3 x EUR 82.10 on 15 November, 15 December, 15 January

As long as the instalments are paid, your cover remains in full force.
No reminder fees will be charged.

Kind regards

Premium Collection Team / Beitragsservice
Weserau Versicherung AG
"""
    msg = message(n, '2026-10-14 11:30', box('beitragsservice', 'Weserau Versicherung Beitragsservice'),
                  [('Daniel Mwangi', 'd.mwangi@inbox-mail.example')],
                  'Instalment plan for your motor insurance KF 31-3302617',
                  text(body, cs='us-ascii', cte='7bit'), mailer=None)
    return M(C, 'en', 'insurer-to-customer',
             'premium instalment plan: named customer, motor policy, job loss, unemployment benefit and future salary',
             msg)


# ===================================================================== 139
def m139(n):
    body = """Dear Ms Carter,

thank you for reporting the accident of your employee under your group
accident insurance GUV 75-0044120 (Northbridge Logistics GmbH).

I have pre-filled the claim form with the information from your phone
call; please check it, have Mr Nowak sign the consent section, and send
it back to us via the upload link in the form. We also need the accident
report you sent to the Berufsgenossenschaft.

Please note: the medical reports themselves should come to us directly
from the hospital or from Mr Nowak, not through HR.

""" + sig('stoever', 'en') + '\n\n' + FOOTER_EN
    form = [('h', 'Group accident insurance - claim form'),
            ('table', [['Policyholder', 'Northbridge Logistics GmbH, Hafenring 30, 28995 Weserau'],
                       ['Policy', 'GUV 75-0044120'],
                       ['Injured person', 'Piotr Nowak, born 19.03.1987, warehouse operative'],
                       ['Date and time of accident', '07.10.2026, approx. 14:20'],
                       ['Place', 'Warehouse hall 2, loading bay 6'],
                       ['What happened', 'Pallet fell from a forklift fork onto his right foot'],
                       ['Injury (as reported by HR)', 'Fractures of the 2nd and 3rd metatarsal, right foot (S92.3); surgery with plate on 08.10.2026'],
                       ['First treatment', 'Klinikum Weserau-Nord, trauma surgery (D-Arzt)'],
                       ['Unable to work since', '07.10.2026']]),
            ('b', 'Consent of the injured person'),
            'I agree that Weserau Versicherung AG may obtain information from the doctors and hospitals treating me to assess this claim. Signature: ____________________',
            'Upload: https://secure.weserau-versicherung.example/upload/UF-2026-04120']
    msg = message(n, '2026-10-09 16:05', who('stoever'),
                  [('Rachel Carter', 'hr@northbridge-logistics.example')],
                  'Accident of Mr P. Nowak - claim form UF-2026-04120',
                  mixed(text(body, cs='us-ascii', cte='7bit'),
                        a_docx('Claim_form_UF-2026-04120.docx', form, title='Claim form UF-2026-04120',
                               author='Katrin Stoever', when=(2026, 10, 9, 15, 50, 0))),
                  mailer='outlook-en')
    return M(S, 'en', 'insurer-to-company',
             'group accident claim to an employer: body names the employee; DOCX with birth date, metatarsal fractures S92.3, surgery',
             msg)


# ===================================================================== 140
def m140(n):
    body = """Hallo zusammen,

seit gestern Abend läuft im Scan-Posteingang die neue Version 6.0 der
Belegerkennung. Was sich für euch ändert:

- Arztrechnungen: Diagnosetexte und ICD-10-Schlüssel werden jetzt in
  etwa 94 % der Fälle korrekt ausgelesen (bisher 81 %) und direkt in die
  Leistungsprüfung übernommen. Bitte trotzdem stichprobenartig prüfen.
- Rezepte: PZN und Arzneimittelname werden getrennt erkannt.
- Heil- und Kostenpläne: Zahnschema wird als Tabelle übernommen.
- Krankenhausrechnungen: DRG und OPS werden erkannt, Wahlleistungen noch
  nicht (kommt mit 6.1).

Falsch erkannte Belege bitte wie bisher über "Beleg melden" an uns
zurückgeben, nicht per Mail mit Screenshot – die Screenshots enthalten ja
Gesundheitsdaten und landen sonst im Ticketsystem.

Gruß
Henrik
"""
    msg = message(n, '2026-11-10 08:20', who('vosskamp'),
                  [('Alle Leistungsservice Kranken & Unfall', 'lku-alle@' + DOM)],
                  'Belegerkennung 6.0 ist live',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'internal',
             'trap: IT release note on OCR of diagnoses, ICD codes, PZN and DRG; no document content or person', msg)


# ===================================================================== 141
def m141(n):
    body = """Dear Mr Brennan,

thank you for your call and for the discharge letter from Klinikum
Weserau-Nord. I am sorry to hear about your accident and hope the
recovery is going well.

Here is where we stand with your claim under your accident insurance
UV 70-7720451 (claim UF-2026-03877):

1. Accident: fall while mountain biking on the Geestrücken trail on
   13 September 2026. Covered - mountain biking is included in your plan.
2. Injury: fracture of the right tibial plateau (S82.1), operated on
   14 September (plate osteosynthesis), inpatient until 22 September.
3. Hospital daily allowance: 9 days x EUR 50 = EUR 450 - paid today.
4. Fracture lump sum: EUR 1,000 - paid today.
5. Invalidity benefit: this can only be assessed once your condition has
   stabilised, at the latest within three years. We will ask you for a
   report from your surgeon in about 9 months, in June 2027. You do not
   need to do anything before then - but please tell us if complications
   arise or a further operation is needed.

If you have questions, I am happy to explain them in English or German.

""" + sig('stoever', 'en') + '\n\n' + FOOTER_EN
    msg = message(n, '2026-10-01 10:45', who('stoever'),
                  [('Aidan Brennan', 'aidan.brennan@mailbox.example')],
                  'Your accident claim UF-2026-03877',
                  text(body, cte='quoted-printable'), mailer='outlook-en')
    return M(S, 'en', 'insurer-to-customer',
             'accident claim of a named customer: tibial plateau fracture S82.1, surgery, hospital stay, benefits paid',
             msg)


# ===================================================================== 142
def m142(n):
    iban = iban_de(29050101, 6019934707)
    body = """Guten Tag Herr Menke,

vielen Dank für Ihr neues SEPA-Lastschriftmandat. Ab dem 1. Juni 2026
ziehen wir die Beiträge für Ihre Hausrat- und Glasversicherung von Ihrem
neuen Konto ein. Die Mandatsbestätigung mit allen Angaben finden Sie im
Anhang.

Bitte bewahren Sie die Bestätigung auf. Sie müssen nichts weiter tun.

Freundliche Grüße
Malin Kruse
Kundenservice Privatkunden
Weserau Versicherung AG

""" + FOOTER_DE
    conf = pdf([[
        '# Bestätigung SEPA-Lastschriftmandat',
        'Zahlungsempfänger: Weserau Versicherung AG, Gläubiger-ID DE98ZZZ09999999999',
        'Mandatsreferenz: HR21-4402918-003',
        '',
        'Kontoinhaber: Florian Menke, Ostertorstraße 11, 28999 Weserau',
        'IBAN: ' + iban,
        'Verträge: Hausrat HR 21-4402918, Glas GL 23-4402919',
        'Gültig ab: 01.06.2026 (wiederkehrende Lastschrift, monatlich)',
        'Vorheriges Mandat HR21-4402918-002 erloschen zum 31.05.2026',
    ]], title='Mandatsbestätigung HR21-4402918-003', when=(2026, 5, 18, 8, 0, 0))
    msg = message(n, '2026-05-18 08:12', who('kruse'),
                  [('Florian Menke', 'florian.menke@webpost.example')],
                  'Ihr neues SEPA-Lastschriftmandat',
                  mixed(text(body, cte='quoted-printable'),
                        attach(conf, CT_PDF, 'Mandatsbestaetigung_HR21-4402918-003.pdf')),
                  mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'body harmless; PDF direct debit mandate confirmation: named customer, address, IBAN, household/glass contracts',
             msg)


# ===================================================================== 143
def m143(n):
    body = """Sehr geehrte Frau Rechtsanwältin Olthoff,

in der Angelegenheit Ihres Mandanten Herrn Ole Janssen übersenden wir
Ihnen unsere Stellungnahme zum Einbruchdiebstahl vom 14.08.2026 als
Anlage.

Mit freundlichen Grüßen

Birte Weiland
Sach- und Haftpflicht-Schaden
Weserau Versicherung AG
Telefon 04299 7710-612

""" + FOOTER_DE
    letter = [('h', 'Stellungnahme zum Schaden SN-2026-088310'),
              'Versicherungsnehmer: Ole Janssen, Deichstraße 51, 28996 Weserau – Hausratversicherung HR 21-1120847',
              'Schadenereignis: Einbruchdiebstahl in die Wohnung am 14.08.2026 zwischen 9:00 und 17:30 Uhr; Tür aufgehebelt (Polizei Weserau, Vorgang 26-0814-2231). Personen waren nicht anwesend und wurden nicht verletzt.',
              'Ihr Mandant macht eine Entschädigung von 14.860 EUR geltend. Wir erkennen die Entschädigungspflicht dem Grunde nach an.',
              ('table', [['Position (Stehlgutliste)', 'gefordert EUR', 'anerkannt EUR', 'Begründung'],
                         ['Notebook', '1.899,00', '1.899,00', 'Rechnung liegt vor'],
                         ['Spiegelreflexkamera mit 2 Objektiven', '3.450,00', '2.760,00', 'Neuwert laut Händlerauskunft'],
                         ['Schmuck (Erbstücke)', '6.800,00', '4.000,00', 'Entschädigungsgrenze Wertsachen außerhalb Tresor 20 % der Versicherungssumme'],
                         ['Bargeld', '1.500,00', '1.000,00', 'Entschädigungsgrenze Bargeld'],
                         ['Reparatur Wohnungstür', '1.211,00', '1.211,00', 'Kostenvoranschlag Tischlerei']]),
              'Anerkannte Entschädigung: 10.870,00 EUR. Der Betrag wird nach Eingang Ihrer Bestätigung, dass damit alle Ansprüche abgegolten sind, auf das Konto Ihres Mandanten überwiesen.',
              'Weserau, 02.10.2026 – B. Weiland']
    msg = message(n, '2026-10-02 14:40', who('weiland'),
                  [('RAin Meike Olthoff', 'kanzlei@olthoff-recht.example')],
                  'Ihr Mandant Ole Janssen – SN-2026-088310',
                  mixed(text(body, cte='quoted-printable'),
                        a_odt('Stellungnahme_SN-2026-088310.odt', letter, title='Stellungnahme SN-2026-088310',
                              when=(2026, 10, 2, 14, 30, 0))),
                  mailer='outlook-de')
    return M(C, 'de', 'insurer-to-lawyer',
             'burglary claim of a named client (household policy, address, stolen items, amounts) in ODT; nobody hurt',
             msg)


# ===================================================================== 144
def m144(n):
    body = """Liebe Familie Hinrichsen,

vielen Dank für Ihre Nachricht und die Ausbildungsbescheinigung.

Ihre Tochter Mara bleibt während ihrer Ausbildung zur Tischlerin
weiterhin beitragsfrei in Ihrer Familien-Privathaftpflicht
mitversichert:

  Vertrag:            PH 24-5518830
  Mitversicherte:     Mara Hinrichsen, geb. 03.05.2008
  Ausbildung:         01.08.2026 - voraussichtlich 31.07.2029
  Beitrag:            unverändert 96,40 EUR im Jahr

Kinder sind in unserem Familientarif bis zum Ende der ersten Ausbildung
oder des ersten Studiums mitversichert, auch wenn sie schon volljährig
sind und eine eigene Wohnung haben. Eine Ausbildungsvergütung spielt
dafür keine Rolle.

Nach dem Ende der Ausbildung braucht Mara eine eigene Haftpflicht-
versicherung; wir erinnern Sie rechtzeitig daran.

Freundliche Grüße
Ines Hagedorn
Kundenservice Privatkunden
Weserau Versicherung AG

""" + FOOTER_DE
    msg = message(n, '2026-07-02 15:17', who('hagedorn'),
                  [('Jan und Carla Hinrichsen', 'hinrichsen.familie@postbox.example')],
                  'Mara bleibt mitversichert',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'named adult daughter with birth date and apprenticeship co-insured in the family liability policy; no health information',
             msg)


# ===================================================================== 145
def m145(n):
    body = """Dear Dr Sousa,

thank you for your interest in joining the Weserau International Health
Plan provider network. As discussed, please find attached our standard
direct billing agreement. The main points:

- Direct billing for inpatient and day-case treatment of our members
  after a guarantee of payment (GOP) issued by us or by GlobalAssist.
- Invoices in EUR or local currency, with ICD-10 coded diagnoses and
  itemised services, submitted through the provider portal within 60
  days.
- Payment within 21 days of a complete invoice.
- Medical records and reports are exchanged only through the portal;
  ordinary e-mail must not be used for patient information.
- Data protection: both parties are controllers; the agreement includes
  our standard data protection clauses (Art. 26 GDPR annex).

If the terms are acceptable, please sign and upload the agreement
together with your hospital licence and price list. We would then
activate your portal access within two weeks.

Kind regards

""" + sig('grantham', 'en') + '\n\n' + FOOTER_EN
    agr = pdf([[
        '# Direct Billing Agreement - International Health Plan',
        'between Weserau Versicherung AG, Am Kornspeicher 12, 28999 Weserau, Germany ("Insurer")',
        'and ______________________________________ ("Provider")',
        '',
        '1. Scope. The Provider treats members of the Insurer\'s International Health Plan on presentation of a valid',
        '   membership card and bills the Insurer directly after a guarantee of payment has been issued.',
        '2. Invoicing. Invoices shall state the member number, dates of treatment, ICD-10 diagnoses and itemised services.',
        '3. Payment. The Insurer pays complete invoices within 21 days.',
        '4. Confidentiality. Both parties keep patient information confidential and exchange it only via the provider portal.',
        '5. Term. Indefinite; either party may terminate with 3 months notice to the end of a quarter.',
        '',
        'Signed for the Provider: ____________________   Date: __________',
    ]], title='Direct billing agreement template', when=(2026, 3, 2, 9, 0, 0))
    msg = message(n, '2026-03-23 16:10', who('grantham'),
                  [('Dr Marta Sousa', 'international.office@hospital-atlantico.example')],
                  'Provider network - direct billing agreement',
                  mixed(text(body, cs='us-ascii', cte='7bit'), attach(agr, CT_PDF, 'Direct_Billing_Agreement_template.pdf')),
                  mailer='outlook-en')
    return M(N, 'en', 'insurer-to-hospital',
             'trap: provider network onboarding with blank billing agreement (ICD-10, medical records clauses); no patient',
             msg)


# ===================================================================== 146
def m146(n):
    body = """Sehr geehrter Herr Bruns,

vielen Dank für die Meldung des Wildunfalls vom 19.11.2026 auf der K 12
zwischen Weserau-Lehe und Brookdorf. Gut, dass Ihnen nichts passiert
ist.

Das Gutachten des Sachverständigen liegt vor (im ZIP zusammen mit der
Aufstellung der Reparaturpositionen). Wir übernehmen die Reparatur aus
Ihrer Teilkaskoversicherung:

  Vertrag:          KF 31-0092716, Teilkasko mit 150 EUR Selbstbeteiligung
  Fahrzeug:         Ford Focus Turnier, WES-TB 560
  Reparaturkosten:  3.912,44 EUR (netto 3.287,77 EUR)
  Selbstbeteiligung:  150,00 EUR
  Zahlung an die Werkstatt Autohaus Wümme: 3.762,44 EUR

Die Wildunfallbescheinigung des Jagdpächters haben wir erhalten. Ein
Wildschaden führt nicht zu einer Rückstufung Ihrer Schadenfreiheitsklasse.

Mit freundlichen Grüßen

Chidi Okafor
Kfz-Schadenservice
Weserau Versicherung AG
Telefon 04299 7710-633

""" + FOOTER_DE
    gut = pdf([[
        '# Kurzgutachten Fahrzeugschaden KS-2026-019044',
        'Auftraggeber: Weserau Versicherung AG   Halter: Thomas Bruns, Brookdorfer Weg 3, 28997 Weserau-Lehe',
        'Fahrzeug: Ford Focus Turnier, amtl. Kennzeichen WES-TB 560, FIN WF0NXXGCHNKA18830, EZ 03/2021',
        'Schadenhergang: Zusammenstoß mit Reh, 19.11.2026, 06:40 Uhr, K 12',
        'Schäden: Stoßfänger vorn, Kühlergrill, Scheinwerfer links, Motorhaube, Kotflügel links',
        'Reparaturkosten brutto 3.912,44 EUR, Wertminderung keine, Reparaturdauer 4 Arbeitstage',
        'Sachverständigenbüro Kück & Partner, Weserau, 24.11.2026',
    ]], title='Kurzgutachten KS-2026-019044', when=(2026, 11, 24, 12, 0, 0))
    pos = csvbytes([['Position', 'Teil/Arbeit', 'Betrag EUR'],
                    ['1', 'Stoßfänger vorn inkl. Lackierung', '1.104,20'],
                    ['2', 'Scheinwerfer LED links', '1.288,00'],
                    ['3', 'Motorhaube richten und lackieren', '612,50'],
                    ['4', 'Kotflügel links', '283,07'],
                    ['5', 'MwSt. 19 %', '624,67']], cs='utf-8')
    z = a_zip('KS-2026-019044_Gutachten.zip', [('Kurzgutachten_KS-2026-019044.pdf', gut),
                                               ('Reparaturpositionen.csv', pos)], when=(2026, 11, 25, 8, 0, 0))
    msg = message(n, '2026-11-25 08:35', who('okafor'),
                  [('Thomas Bruns', 'thomas.bruns@mailbox.example')],
                  'Ihr Wildschaden KS-2026-019044',
                  mixed(text(body, cte='quoted-printable'), z), mailer='outlook-de')
    return M(C, 'de', 'insurer-to-customer',
             'motor partial-cover claim (deer collision) of a named customer: policy, plate; VIN and address in PDF inside ZIP; not injured',
             msg)


# ===================================================================== 147
def m147(n):
    iban = iban_gb('MIDL', '401276', '61027743')
    body = """Dear Liam,

thanks for your invoice LOR-2026-31 for September (14 jobs, 312 lines,
total EUR 452.40). All job numbers match our orders, so it has been
approved and will be paid on 9 October to the account on your invoice:

  Liam O'Rourke Translations (sole trader)
  IBAN %s

As discussed, from October please send invoices only to our accounts
payable mailbox and not to me personally - it speeds things up. And
please keep the job numbers only (no patient names or case details) in
the invoice lines, as you have been doing.

Best regards
Oliver
""" % iban
    msg = message(n, '2026-10-05 10:30', who('grantham'),
                  [("Liam O'Rourke", 'liam@orourke-translations.example')],
                  'Invoice LOR-2026-31 approved',
                  text(body, cs='us-ascii', cte='7bit'), mailer='outlook-en')
    return M(C, 'en', 'insurer-to-supplier',
             'grey: freelance translator (sole trader, natural person) - his invoice total and IBAN; job numbers only, no patient',
             msg)


# ===================================================================== 148
def m148(n):
    body = """Guten Tag,

für Sie wurde ein Zugang zum SecureMail-Portal der Weserau Versicherung AG
eingerichtet. Über das Portal können Sie uns Unterlagen sicher
übermitteln und vertrauliche Nachrichten von uns lesen.

Ihr Benutzername: Ihre E-Mail-Adresse
Ihr Initialpasswort erhalten Sie aus Sicherheitsgründen getrennt per SMS.
Beim ersten Anmelden werden Sie aufgefordert, ein eigenes Passwort und
eine Sicherheitsfrage festzulegen.

Anmeldung: https://securemail.weserau-versicherung.example/login

Das Initialpasswort ist 14 Tage gültig. Bitte antworten Sie nicht auf
diese automatisch erzeugte E-Mail.

Weserau Versicherung AG – SecureMail
"""
    msg = message(n, '2026-04-14 10:02', box('securemail-noreply', 'Weserau SecureMail'),
                  [('', 'verwaltung@physio-am-deich.example')],
                  'Ihr Zugang zum SecureMail-Portal',
                  text(body, cte='quoted-printable'), mailer='portal',
                  extra=[('Auto-Submitted', 'auto-generated')])
    return M(N, 'de', 'insurer-to-therapist', 'portal registration notice, one-time password sent separately; no content', msg)


# ===================================================================== 149
def m149(n):
    body = """Sehr geehrte Frau Lorenzen,

wir möchten den Auftrag zur Vernichtung von Papierbelegen für den
Leistungsservice Kranken & Unfall für 2027 verlängern und dabei anpassen:

- Standort: Am Kornspeicher 12, Gebäude B, Poststelle UG
- Behälter: bisher 12 Sicherheitsbehälter à 240 l, künftig 8 (wegen
  des Rückgangs der Papierpost), abschließbar
- Abholung: wöchentlich dienstags statt zweimal pro Woche
- Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4, da
  die Belege Gesundheitsdaten enthalten (Arztrechnungen, Befunde,
  Gutachten)
- Vernichtungsprotokoll je Abholung mit Behälternummern und Gewicht
- Ihre Mitarbeitenden sind auf die Vertraulichkeit nach § 203 StGB
  verpflichtet; bitte schicken Sie uns die aktuelle Liste der
  eingesetzten Fahrer (Namen genügen).

Bitte senden Sie uns ein angepasstes Angebot bis zum 15. Dezember.

Mit freundlichen Grüßen

""" + sig('luedeking') + '\n\n' + FOOTER_DE
    msg = message(n, '2026-11-27 11:05', who('luedeking'),
                  [('AktenSafe Nord – Frau Lorenzen', 'vertrieb@aktensafe-nord.example')],
                  'Aktenvernichtung 2027 – Anpassung des Auftrags',
                  text(body, cte='quoted-printable'), mailer='outlook-de')
    return M(N, 'de', 'insurer-to-supplier',
             'trap: shredding contract for paper documents containing health data; no document content or person', msg)


# ===================================================================== 150
def m150(n):
    body = """Hallo Sönke,

wie im Jahresgespräch angekündigt, möchte ich Frau Stöver zum 1. Dezember
höhergruppieren. Sie hat seit dem Frühjahr die fachliche Koordination der
Unfall-Leistung übernommen (Gutachterpool, Regress-Abstimmung mit Herrn
Brinkmann, Einarbeitung der Trainees) und macht das sehr gut.

  Mitarbeiterin:   Katrin Stöver, Personalnummer 100377
  bisher:          VG 7, Stufe 3 – 4.982 EUR brutto / Monat
  neu ab 01.12.26: VG 8, Stufe 2 – 5.421 EUR brutto / Monat
  zusätzlich:      Funktionszulage Koordination 150 EUR / Monat

Budget ist mit dem Controlling abgestimmt (Kostenstelle 4410). Kannst du
die Unterlagen für den Betriebsrat vorbereiten? Frau Stöver weiß
Bescheid.

Danke und Gruß
Claudia
"""
    msg = message(n, '2026-11-05 16:48', who('ruhnke'), [who('bertram')],
                  'Höhergruppierung Frau Stöver zum 01.12.',
                  text(body, cte='quoted-printable'), mailer='outlook-de', importance='high')
    return M(C, 'de', 'internal',
             'salary increase of a named employee with personnel number and monthly salaries; no health data', msg)

# ---------------------------------------------------------------------------
# build / write / check
# ---------------------------------------------------------------------------


def build_all():
    mails = []
    for i in range(1, N_MAILS + 1):
        f = globals()['m%03d' % i]
        _Boundaries.rng = random.Random(SEED * 1000 + i)
        _Boundaries.n = 0
        m = f(i)
        assert isinstance(m, M), i
        mails.append(m)
    return mails


def fname(i):
    return '%s%04d.eml' % (PREFIX, i)


def labels_bytes(mails):
    rows = ['file\tlabel\tlang\tkind\treason']
    for i, m in enumerate(mails, 1):
        rows.append('\t'.join([fname(i), m.label, m.lang, m.kind, m.reason]))
    return ('\n'.join(rows) + '\n').encode('utf-8')


def write_all():
    mails = build_all()
    mdir = os.path.join(HERE, 'mails')
    os.makedirs(mdir, exist_ok=True)
    for f in os.listdir(mdir):
        if f.startswith(PREFIX) and f.endswith('.eml'):
            os.remove(os.path.join(mdir, f))
    for i, m in enumerate(mails, 1):
        with open(os.path.join(mdir, fname(i)), 'wb') as fh:
            fh.write(m.data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(labels_bytes(mails))
    print('wrote %d mails and labels.tsv' % len(mails))


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


# -- attachment openers: each returns the extracted text -------------------

def _pdf_strings(stream):
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b'(':
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = stream[j:j + 1]
                if c == b'\\':
                    nx = stream[j + 1:j + 2]
                    if nx.isdigit():
                        k = j + 1
                        while k < j + 4 and stream[k:k + 1].isdigit():
                            k += 1
                        buf.append(int(stream[j + 1:k], 8))
                        j = k
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t'}.get(nx, nx)
                    j += 2
                    continue
                if c == b'(':
                    depth += 1
                elif c == b')':
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            rest = stream[j + 1:j + 8].lstrip()
            if rest.startswith(b'Tj') or rest.startswith(b"'"):
                out.append(bytes(buf).decode('cp1252'))
            i = j + 1
        else:
            i += 1
    return out


def open_pdf(data):
    need(data.startswith(b'%PDF-1.'), 'PDF header')
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    need(m, 'PDF startxref')
    xref = int(m.group(1))
    need(data[xref:xref + 4] == b'xref', 'PDF xref offset')
    lines = data[xref:].split(b'\n')
    first, count = map(int, lines[1].split())
    need(first == 0, 'PDF xref start')
    for k in range(1, count):
        ent = lines[2 + k].split()
        off = int(ent[0])
        need(data[off:].startswith(b'%d 0 obj' % k), 'PDF object %d offset' % k)
    tm = re.search(rb'trailer\s*<<(.*?)>>', data, re.S)
    need(tm and b'/Root' in tm.group(1), 'PDF trailer')
    root = int(re.search(rb'/Root (\d+) 0 R', tm.group(1)).group(1))
    need(b'/Type /Catalog' in data[int(lines[2 + root].split()[0]):][:200], 'PDF catalog')
    texts = []
    for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        need(data[sm.end() + ln:sm.end() + ln + 10] == b'\nendstream', 'PDF stream length')
        if sm.group(2):
            raw = zlib.decompress(raw)
        texts += _pdf_strings(raw)
    t = '\n'.join(texts)
    need(t.strip(), 'PDF has no text layer')
    return t


def _xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(x.strip() for x in root.itertext() if x.strip())


def open_ooxml(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    need(z.testzip() is None, 'zip CRC')
    names = z.namelist()
    need('[Content_Types].xml' in names and '_rels/.rels' in names, 'OOXML package parts')
    for nm in names:
        if nm.endswith('.xml') or nm.endswith('.rels'):
            ET.fromstring(z.read(nm))
    if kind == 'docx':
        need('word/document.xml' in names, 'docx main part')
        t = _xml_text(z.read('word/document.xml'))
    else:
        need('xl/workbook.xml' in names, 'xlsx workbook')
        sheets = sorted(n for n in names if n.startswith('xl/worksheets/'))
        need(sheets, 'xlsx sheets')
        t = '\n'.join(_xml_text(z.read(s)) for s in sheets)
    need(t.strip(), '%s empty' % kind)
    return t


def open_odf(data, mimetype):
    z = zipfile.ZipFile(io.BytesIO(data))
    need(z.testzip() is None, 'zip CRC')
    first = z.infolist()[0]
    need(first.filename == 'mimetype' and first.compress_type == zipfile.ZIP_STORED, 'ODF mimetype first/stored')
    need(z.read('mimetype') == mimetype.encode(), 'ODF mimetype value')
    ET.fromstring(z.read('META-INF/manifest.xml'))
    ET.fromstring(z.read('meta.xml'))
    t = _xml_text(z.read('content.xml'))
    need(t.strip(), 'ODF empty')
    return t


def open_ics(data):
    s = data.decode('utf-8')
    need('\n' not in s.replace('\r\n', ''), 'ICS bare LF')
    lines = s.split('\r\n')
    need(lines[0] == 'BEGIN:VCALENDAR' and lines[-2] == 'END:VCALENDAR' and lines[-1] == '', 'ICS frame')
    need('BEGIN:VEVENT' in lines, 'ICS VEVENT')
    for l in lines:
        need(len(l.encode('utf-8')) <= 75, 'ICS line length')
    starts = [l for l in lines if l.startswith('DTSTART;TZID=Europe/Berlin:2026')]
    need(starts, 'ICS DTSTART 2026')
    return s.replace('\r\n ', '').replace('\r\n\t', '')


def open_csv(data, cs):
    s = data.decode(cs)
    rows = list(csv.reader(io.StringIO(s.lstrip('\ufeff')), delimiter=';' if ';' in s.split('\n')[0] else ','))
    need(len(rows) >= 2, 'CSV rows')
    widths = set(len(r) for r in rows if r)
    need(len(widths) == 1, 'CSV ragged rows %r' % widths)
    return s


def open_zip(data, where, stats):
    z = zipfile.ZipFile(io.BytesIO(data))
    need(z.testzip() is None, 'zip CRC')
    texts = []
    for info in z.infolist():
        need(info.date_time[0] == 2026, 'zip member date')
        b = z.read(info.filename)
        ext = info.filename.rsplit('.', 1)[-1].lower()
        stats.setdefault('att', {}).setdefault(ext + ' (in ZIP)', 0)
        stats['att'][ext + ' (in ZIP)'] += 1
        texts.append(open_by_ext(ext, b, 'utf-8', where + '/' + info.filename, stats))
    return '\n'.join(texts)


def open_by_ext(ext, data, cs, where, stats):
    if ext == 'pdf':
        return open_pdf(data)
    if ext == 'docx':
        return open_ooxml(data, 'docx')
    if ext == 'xlsx':
        return open_ooxml(data, 'xlsx')
    if ext == 'odt':
        return open_odf(data, CT_ODT)
    if ext == 'ods':
        return open_odf(data, CT_ODS)
    if ext == 'zip':
        return open_zip(data, where, stats)
    if ext == 'csv':
        return open_csv(data, cs or 'utf-8')
    if ext == 'ics':
        return open_ics(data)
    if ext in ('txt', 'html', 'htm', 'xml'):
        t = data.decode(cs or 'utf-8')
        if ext in ('html', 'htm'):
            need('<html' in t.lower(), 'HTML attachment')
        return t
    raise CheckError('%s: no opener for .%s' % (where, ext))


CT_EXT = {CT_PDF: 'pdf', CT_DOCX: 'docx', CT_XLSX: 'xlsx', CT_ODT: 'odt', CT_ODS: 'ods',
          CT_ZIP: 'zip', 'text/csv': 'csv', 'text/calendar': 'ics', 'text/html': 'html',
          'application/vnd.ms-excel': 'csv', 'application/x-zip-compressed': 'zip'}


def _hdr_defects(ent):
    for k in ent.keys():
        for v in ent.get_all(k):
            d = getattr(v, 'defects', ())
            need(not d, 'header %s defects %r' % (k, d))


def check_entity(ent, where, texts, stats, depth=0):
    need(not ent.defects, '%s: MIME defects %r' % (where, ent.defects))
    _hdr_defects(ent)
    ct = ent.get_content_type()
    if ct == 'message/rfc822':
        inner = ent.get_payload()[0]
        check_envelope(inner, where + '/rfc822', texts, outer=False)
        stats.setdefault('att', {}).setdefault('eml (message/rfc822)', 0)
        stats['att']['eml (message/rfc822)'] += 1
        check_entity(inner, where + '/rfc822', texts, stats, depth + 1)
        return
    if ent.is_multipart():
        need(ent.get_boundary(), where + ': boundary')
        for k, sub in enumerate(ent.get_payload()):
            check_entity(sub, '%s.%d' % (where, k + 1), texts, stats, depth + 1)
        need(not ent.defects, '%s: MIME defects %r' % (where, ent.defects))
        return
    cte = (ent.get('Content-Transfer-Encoding') or '7bit').lower()
    need(cte in ('7bit', '8bit', 'quoted-printable', 'base64'), where + ': CTE ' + cte)
    raw = ent.get_payload(decode=False)
    if cte != '8bit':
        need(all(ord(c) < 128 for c in raw), where + ': 8-bit data in %s part' % cte)
    data = ent.get_payload(decode=True)
    need(not ent.defects, '%s: defects after decoding %r' % (where, ent.defects))
    cs = ent.get_content_charset()
    fn = ent.get_filename()
    disp = ent.get_content_disposition()
    stats.setdefault('cte', {}).setdefault(cte, 0)
    stats['cte'][cte] += 1
    if ent.get_content_maintype() == 'text':
        need(cs, where + ': text part without charset')
        try:
            t = data.decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            raise CheckError('%s: does not decode as %s (%s)' % (where, cs, e))
        stats.setdefault('charset', {}).setdefault(cs, 0)
        stats['charset'][cs] += 1
    if fn or disp == 'attachment' or ct in ('text/calendar',):
        ext = (fn.rsplit('.', 1)[-1].lower() if fn and '.' in fn else CT_EXT.get(ct, ''))
        if ct in CT_EXT and ct not in ('application/vnd.ms-excel',):
            need(CT_EXT[ct] == ext or (ct == 'text/html' and ext == 'htm'), '%s: %s vs .%s' % (where, ct, ext))
        t = open_by_ext(ext, data, cs, where + '/' + (fn or ct), stats)
        stats.setdefault('att', {}).setdefault(ext, 0)
        stats['att'][ext] += 1
        texts.append(t)
        return
    need(ent.get_content_maintype() == 'text', '%s: unexpected leaf %s' % (where, ct))
    if ent.get_content_subtype() == 'html':
        need('<' in t, where + ': html without markup')
    texts.append(t)


def check_envelope(msg, where, texts, outer=True):
    d = email.utils.parsedate_to_datetime(str(msg['Date']))
    need(d.year == 2026, where + ': date not in 2026')
    frm = msg['From'].addresses[0].addr_spec
    if outer:
        need(frm.lower().endswith('@' + DOM), where + ': not sent from the insurer domain: ' + frm)
    for h in ('From', 'To', 'Cc', 'Reply-To', 'Message-ID', 'In-Reply-To', 'References'):
        for v in msg.get_all(h) or []:
            texts.append(str(v))
    texts.append(str(msg['Subject'] or ''))
    need(msg['Message-ID'], where + ': Message-ID')


EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
DE_IBAN_RE = re.compile(r'\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b', re.I)
GB_IBAN_RE = re.compile(r'\bGB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}\b', re.I)
LOOSE_DE_RE = re.compile(r'\bDE\d{2}[ \d]{16,}', re.I)


def check_all(verbose=True):
    mails = build_all()
    mdir = os.path.join(HERE, 'mails')
    errors = []
    # 1. byte-identical rebuild
    on_disk = sorted(f for f in os.listdir(mdir) if f.endswith('.eml'))
    if on_disk != [fname(i) for i in range(1, N_MAILS + 1)]:
        errors.append('mails/ does not hold exactly %s0001.eml..%04d' % (PREFIX, N_MAILS))
    for i, m in enumerate(mails, 1):
        p = os.path.join(mdir, fname(i))
        if not os.path.exists(p) or open(p, 'rb').read() != m.data:
            errors.append('%s differs from the rebuild' % fname(i))
    lp = os.path.join(HERE, 'labels.tsv')
    if not os.path.exists(lp) or open(lp, 'rb').read() != labels_bytes(mails):
        errors.append('labels.tsv differs from the rebuild')
    # 2. labels.tsv itself
    with open(lp, encoding='utf-8') as fh:
        rows = [l.rstrip('\n').split('\t') for l in fh]
    if rows[0] != ['file', 'label', 'lang', 'kind', 'reason']:
        errors.append('labels.tsv header')
    rows = rows[1:]
    if len(rows) != N_MAILS or any(len(r) != 5 for r in rows):
        errors.append('labels.tsv rows')
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    if counts != WANT:
        errors.append('label counts %r != %r' % (counts, WANT))
    # 3. every message
    msgids = set()
    stats = {'top': {}}
    for i, m in enumerate(mails, 1):
        where = fname(i)
        raw = open(os.path.join(mdir, where), 'rb').read() if os.path.exists(os.path.join(mdir, where)) else m.data
        try:
            need(not re.search(rb'\r(?!\n)|(?<!\r)\n', raw), 'bare CR or LF')
            need(raw.endswith(CRLF), 'no final CRLF')
            for ln in raw.split(CRLF):
                need(len(ln) <= 998, 'line longer than 998 bytes')
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            texts = []
            check_envelope(msg, where, texts)
            mid = str(msg['Message-ID'])
            need(mid not in msgids, 'duplicate Message-ID')
            msgids.add(mid)
            top = msg.get_content_type()
            stats['top'][top] = stats['top'].get(top, 0) + 1
            check_entity(msg, where, texts, stats)
            blob = '\n'.join(texts)
            for dom in EMAIL_RE.findall(blob) + URL_RE.findall(blob):
                need(dom.lower().endswith('.example'), 'domain not .example: ' + dom)
            for ib in DE_IBAN_RE.findall(blob) + GB_IBAN_RE.findall(blob):
                need(iban_ok(ib), 'IBAN fails mod 97: ' + ib)
                stats['iban'] = stats.get('iban', 0) + 1
            for ib in LOOSE_DE_RE.findall(blob):
                need(DE_IBAN_RE.search(ib), 'malformed German IBAN: ' + ib)
            mm = m.data
            has_att = b'Content-Disposition: attachment' in mm
            stats['with_att'] = stats.get('with_att', 0) + (1 if has_att else 0)
        except CheckError as e:
            errors.append('%s: %s' % (where, e))
        except Exception as e:  # noqa: anything unexpected is a failure too
            errors.append('%s: %s: %s' % (where, type(e).__name__, e))
    if verbose:
        print('mails: %d, labels: %s' % (len(mails), ', '.join('%s=%d' % (k, counts.get(k, 0)) for k in WANT)))
        langs = {}
        for m in mails:
            langs[m.lang] = langs.get(m.lang, 0) + 1
        print('languages: %s' % ', '.join('%s=%d' % kv for kv in sorted(langs.items())))
        print('top-level types: %s' % ', '.join('%s=%d' % kv for kv in sorted(stats['top'].items())))
        print('mails with attachments: %d' % stats.get('with_att', 0))
        print('attachments: %s' % ', '.join('%s=%d' % kv for kv in sorted(stats.get('att', {}).items())))
        print('text charsets: %s' % ', '.join('%s=%d' % kv for kv in sorted(stats.get('charset', {}).items())))
        print('transfer encodings (leaf parts): %s' % ', '.join('%s=%d' % kv for kv in sorted(stats.get('cte', {}).items())))
        print('IBANs found and mod-97 valid: %d' % stats.get('iban', 0))
        print('unique Message-IDs: %d' % len(msgids))
    if errors:
        for e in errors:
            print('ERROR', e)
        print('CHECK FAILED (%d errors)' % len(errors))
        return False
    print('CHECK OK: byte-identical rebuild, CRLF only, lines <= 998 bytes, no MIME defects, '
          'unique Message-IDs, dates in 2026, sender domain %s, all domains .example, '
          'all text parts decode, all attachments open, all IBANs mod-97 valid, label counts %s'
          % (DOM, '/'.join(str(WANT[k]) for k in WANT)))
    return True


def print_stats():
    mails = build_all()
    labs = list(WANT)
    print('label x language')
    for l in labs:
        c = [sum(1 for m in mails if m.label == l and m.lang == g) for g in ('de', 'en', 'mixed')]
        print('| %s | %d | %d | %d | %d |' % (l, c[0], c[1], c[2], sum(c)))
    c = [sum(1 for m in mails if m.lang == g) for g in ('de', 'en', 'mixed')]
    print('| total | %d | %d | %d | %d |' % (c[0], c[1], c[2], sum(c)))
    print('\nkind x label')
    kinds = sorted(set(m.kind for m in mails), key=lambda k: (-sum(1 for m in mails if m.kind == k), k))
    for k in kinds:
        c = [sum(1 for m in mails if m.kind == k and m.label == l) for l in labs]
        print('| %s | %d | %s |' % (k, sum(c), ' | '.join(str(x) if x else '–' for x in c)))
    print('\ntraps: %d, grey: %d' % (sum(1 for m in mails if 'trap:' in m.reason),
                                     sum(1 for m in mails if 'grey:' in m.reason)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true', help='rebuild in memory and validate mails/ and labels.tsv')
    ap.add_argument('--stats', action='store_true', help='print distribution tables')
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check_all() else 1)
    if a.stats:
        print_stats()
        return
    write_all()


if __name__ == '__main__':
    main()
