#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus d131 for the Siegel classifier (issue 14).

One ordinary week (Mon 9 - Sat 14 March 2026) of outgoing mail of the invented
composite insurer "Lindenhof Versicherungsgruppe" (lindenhof-versicherung.example).

Python standard library only. Deterministic (seed 131): every run writes
byte-identical files.

    python3 make_corpus.py           # writes mails/d131-0001.eml ... d131-0150.eml and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares, parses and validates everything

Every mail below is its own hand-written function (section MAILS). The only
shared pieces are the MIME/attachment writers, the staff signatures and the
legal footers (the same person always signs the same way).
All persons, companies, numbers and addresses are invented.
"""

import base64
import binascii
import csv
import hashlib
import io
import os
import random
import re
import sys
import textwrap
import zipfile
import zlib
import email
import email.header
import email.utils
from email import policy
from email.parser import BytesParser
from datetime import datetime, timezone, timedelta
from html.parser import HTMLParser
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd131-'
SEED = 131
RNG = random.Random(SEED)          # used only for small, fixed variations (seconds of the Date header)
DOM = 'lindenhof-versicherung.example'
CET = timezone(timedelta(hours=1))  # March 2026 is before the switch to summer time (29 March)
EXPECTED = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def T(s):
    """Dedent a triple-quoted text, strip the first/last newline, end with one newline."""
    s = textwrap.dedent(s)
    s = s.strip('\n')
    return s + '\n'


def iban(country, bban):
    """Build an ISO 13616 IBAN with correct ISO 7064 mod-97 check digits, grouped by four."""
    bban = bban.replace(' ', '')
    num = ''.join(str(int(ch, 36)) for ch in (bban + country + '00'))
    check = 98 - int(num) % 97
    raw = '%s%02d%s' % (country, check, bban)
    return ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(raw):
    raw = raw.replace(' ', '').upper()
    s = raw[4:] + raw[:4]
    num = ''.join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def de_date(day, month=3, year=2026):
    wd = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
    mo = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
          'September', 'Oktober', 'November', 'Dezember']
    d = datetime(year, month, day)
    return '%s, %d. %s %d' % (wd[d.weekday()], day, mo[month - 1], year)


def en_date(day, month=3, year=2026):
    d = datetime(year, month, day)
    return d.strftime('%A, %B ') + str(day) + d.strftime(', %Y')


# ---------------------------------------------------------------------------
# staff, signatures, footers
# ---------------------------------------------------------------------------

COMPANIES = {
    'allg': ('Lindenhof Allgemeine Versicherung AG', 'HRB 41207'),
    'leben': ('Lindenhof Lebensversicherung AG', 'HRB 41208'),
    'kranken': ('Lindenhof Krankenversicherung a.G.', 'HRB 41209'),
    'rs': ('Lindenhof Rechtsschutz-Versicherung AG', 'HRB 41215'),
    'holding': ('Lindenhof Holding AG', 'HRB 41200'),
}

STAFF = {
    # key: (name, local part, role de, role en, extension, company)
    'oberlaender': ('Katrin Oberländer', 'katrin.oberlaender', 'Schadenregulierung Kfz', 'Motor Claims', '2214', 'allg'),
    'weidemann': ('Jonas Weidemann', 'jonas.weidemann', 'Schadenregulierung Sach (Hausrat/Wohngebäude)', 'Property Claims', '2231', 'allg'),
    'brandes': ('Dr. med. Ulrike Brandes', 'ulrike.brandes', 'Gesellschaftsärztin', 'Chief Medical Officer', '3105', 'leben'),
    'aydin': ('Serkan Aydın', 'serkan.aydin', 'Leistungsabteilung Krankenversicherung', 'Health Claims', '4127', 'kranken'),
    'hoffstetter': ('Miriam Hoffstetter', 'miriam.hoffstetter', 'Maklerbetreuung Nord', 'Broker Relations North', '1510', 'allg'),
    'quandt': ('Thomas Quandt', 'thomas.quandt', 'Schadenregulierung Haftpflicht', 'Liability Claims', '2260', 'allg'),
    'marquardt': ('Elena Marquardt', 'elena.marquardt', 'Vertragsservice Leben', 'Life Policy Services', '3320', 'leben'),
    'nwosu': ('Patrick Nwosu', 'patrick.nwosu', 'Leistungsprüfung Berufsunfähigkeit', 'Disability Claims', '3341', 'leben'),
    'kroeger': ('Sabine Kröger', 'sabine.kroeger', 'Schadenabteilung Rechtsschutz', 'Legal Expenses Claims', '5102', 'rs'),
    'lamprecht': ('Friederike Lamprecht', 'friederike.lamprecht', 'Leistungsabteilung Unfall', 'Accident Claims', '2290', 'allg'),
    'sommerfeld': ('Henrik Sommerfeld', 'henrik.sommerfeld', 'Einkauf & Facility Management', 'Procurement & Facilities', '1022', 'holding'),
    'wittkamp': ('Lea Wittkamp', 'lea.wittkamp', 'Unternehmenskommunikation', 'Corporate Communications', '1040', 'holding'),
    'brenner': ('Oliver Brenner', 'oliver.brenner', 'IT-Service Desk', 'IT Service Desk', '1099', 'holding'),
    'fuchs': ('Gabriele Fuchs', 'gabriele.fuchs', 'Datenschutzbeauftragte', 'Data Protection Officer', '1077', 'holding'),
    'reuter': ('Daniel Reuter', 'daniel.reuter', 'Firmenkunden Sach/Haftpflicht', 'Commercial Lines', '2405', 'allg'),
    'demir': ('Aylin Demir', 'aylin.demir', 'Kundenservice', 'Customer Service', '1000', 'allg'),
    'schaedlich': ('Martin Schädlich', 'martin.schaedlich', 'Reiseversicherung & Assistance', 'Travel Insurance & Assistance', '4180', 'kranken'),
    'jung': ('Clara Jung', 'clara.jung', 'Tierversicherung', 'Pet Insurance', '2330', 'allg'),
    'hartwig': ('Ben Hartwig', 'ben.hartwig', 'Personalabteilung', 'Human Resources', '1130', 'holding'),
    'lindqvist': ('Sophie Lindqvist', 'sophie.lindqvist', 'International Client Services', 'International Client Services', '4400', 'kranken'),
    'pohl': ('Rüdiger Pohl', 'ruediger.pohl', 'Beitragsbuchhaltung / Inkasso (Konzernservice)', 'Premium Accounting (group service)', '1620', 'holding'),
    'kessler': ('Nadine Kessler', 'nadine.kessler', 'Rechtsabteilung / Regress', 'Legal Department / Recourse', '1701', 'holding'),
    'ferrante': ('Marco Ferrante', 'marco.ferrante', 'Aktuariat & Rückversicherung', 'Actuarial & Reinsurance', '1810', 'holding'),
    'seidel': ('Jana Seidel', 'jana.seidel', 'Vertragsservice Sach/Kfz', 'Policy Services P&C', '2010', 'allg'),
    'vogt': ('Stefan Vogt', 'stefan.vogt', 'Leistungsabteilung Krankenversicherung', 'Health Claims', '4133', 'kranken'),
    'yilmaz': ('Deniz Yılmaz', 'deniz.yilmaz', 'Antragsprüfung Leben/BU', 'Life & Disability Underwriting', '3260', 'leben'),
    'kraft': ('Uwe Kraft', 'uwe.kraft', 'Schaden-Bereitschaftsdienst', 'Claims On-Call Service', '2999', 'allg'),
}

# functional mailboxes of the insurer
BOXES = {
    'schaden': ('Lindenhof Schadenservice', 'schaden'),
    'kundenservice': ('Lindenhof Kundenservice', 'kundenservice'),
    'noreply': ('Lindenhof Versicherung', 'noreply'),
    'securemail': ('Lindenhof SecureMail', 'securemail'),
    'presse': ('Lindenhof Presse', 'presse'),
    'bewerbung': ('Lindenhof Karriere', 'karriere'),
    'makler': ('Lindenhof Maklerservice', 'maklerservice'),
    'newsletter': ('Lindenhof Newsletter', 'newsletter'),
    'zertifikat': ('Lindenhof Zertifikatsdienst', 'zertifikat'),
    'datenschutz': ('Datenschutz Lindenhof', 'datenschutz'),
    'international': ('Lindenhof International Client Services', 'international'),
    'it': ('Lindenhof IT-Service Desk', 'it-servicedesk'),
    'hotline': ('Lindenhof Unwetter-Hotline', 'unwetter'),
}


def addr(key):
    """(display name, address) of a staff member or a functional mailbox."""
    if key in STAFF:
        s = STAFF[key]
        return (s[0], '%s@%s' % (s[1], DOM))
    b = BOXES[key]
    return (b[0], '%s@%s' % (b[1], DOM))


def sig(key, lang='de', phone=True):
    name, local, rde, ren, ext, comp = STAFF[key]
    cname = COMPANIES[comp][0]
    if lang == 'de':
        lines = [name, rde, cname, 'Lindenhofallee 12 · 34131 Kassel']
        if phone:
            lines.append('Telefon 0561 9980-%s' % ext)
    else:
        lines = [name, ren, cname, 'Lindenhofallee 12, 34131 Kassel, Germany']
        if phone:
            lines.append('Phone +49 561 9980-%s' % ext)
    lines.append('%s@%s' % (local, DOM))
    return '\n' + '\n'.join(lines) + '\n'


def foot(comp, lang='de', disclaimer=True):
    cname, hrb = COMPANIES[comp]
    if lang == 'de':
        s = ('\n--\n%s · Sitz Kassel · Amtsgericht Kassel %s\n'
             'Vorstand: Dr. Hannelore Seybold (Vors.), Markus Engelhardt, Tobias Wendland\n'
             'Vorsitzender des Aufsichtsrats: Prof. Dr. Reinhard Kolbe\n' % (cname, hrb))
        if disclaimer:
            s += ('Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige\n'
                  'Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.\n')
    else:
        s = ('\n--\n%s, registered office Kassel, Germany, Local Court Kassel %s\n'
             'Management Board: Dr. Hannelore Seybold (Chair), Markus Engelhardt, Tobias Wendland\n' % (cname, hrb))
        if disclaimer:
            s += ('This e-mail may contain confidential information. If you are not the intended\n'
                  'recipient, please notify the sender and delete this e-mail.\n')
    return s


def person_sig_en(key):
    return sig(key, 'en') + foot(STAFF[key][5], 'en')


def person_sig_de(key):
    return sig(key, 'de') + foot(STAFF[key][5], 'de')


# ---------------------------------------------------------------------------
# MIME writer (own serializer: full control over charsets and encodings, CRLF only)
# ---------------------------------------------------------------------------

class Part:
    def __init__(self, ctype, params=None, body=b'', cte=None, children=None,
                 disposition=None, extra=None):
        self.ctype = ctype
        self.params = params or []       # list of (name, value) ; value may be pre-formatted
        self.body = body
        self.cte = cte
        self.children = children
        self.disposition = disposition   # string, already formatted
        self.extra = extra or []         # extra header lines (name, value)
        self.boundary = None


def _qp(data):
    text = data.replace(b'\r\n', b'\n')
    q = binascii.b2a_qp(text, quotetabs=False, istext=True, header=False)
    q = q.replace(b'\n', b'\r\n')
    if not q.endswith(b'\r\n'):
        q += b'\r\n'
    return q


def _b64(data):
    return base64.encodebytes(data).replace(b'\n', b'\r\n')


def _crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


def _flow(text):
    """format=flowed (RFC 3676): join the lines of a prose paragraph and soft-wrap it at
    72 characters with a trailing space, as a mail client does; quotes, lists and the
    signature keep their hard line breaks."""
    out = []
    para = []

    def wrap(s):
        words = s.split(' ')
        cur = ''
        res = []
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                res.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        res.append(cur)
        return res

    def flush():
        if para:
            out.extend(wrap(' '.join(para)))
            del para[:]

    prev = ''
    in_sig = False
    for line in text.split('\n'):
        if line in ('--', '-- '):
            in_sig = True
        special = (in_sig or not line.strip() or line.startswith(('>', ' ', '-', '*', '•'))
                   or re.match(r'^\d+[.)] ', line))
        if special:
            flush()
            if line.startswith(' ') or line.startswith('From '):
                line = ' ' + line          # space-stuffing
            out.append(line.rstrip(' '))
        elif para and len(prev) >= 60:
            para.append(line.strip())
        else:
            flush()
            para.append(line.strip())
        prev = line
    flush()
    return '\n'.join(out)


def text(s, charset='utf-8', cte='quoted-printable', subtype='plain', flowed=False, delsp=False):
    if flowed:
        s = _flow(s)
    raw = _crlf(s).encode(charset)
    params = [('charset', charset)]
    if flowed:
        params.append(('format', 'flowed'))
    if cte == 'quoted-printable':
        body = _qp(raw)
    elif cte == 'base64':
        body = _b64(raw)
    elif cte in ('7bit', '8bit'):
        if cte == '7bit':
            raw.decode('ascii')
        body = raw if raw.endswith(b'\r\n') else raw + b'\r\n'
    else:
        raise ValueError(cte)
    return Part('text/' + subtype, params, body, cte)


def html(s, charset='utf-8', cte='quoted-printable'):
    return text(s, charset=charset, cte=cte, subtype='html')


def alt(*parts):
    return Part('multipart/alternative', children=list(parts))


def mixed(*parts):
    return Part('multipart/mixed', children=list(parts))


def _fname_params(fname):
    try:
        fname.encode('ascii')
        return [('name', fname)], 'attachment; filename="%s"' % fname
    except UnicodeEncodeError:
        enc = email.utils.encode_rfc2231(fname, 'utf-8')
        return [('name*', enc)], 'attachment; filename*=%s' % enc


CTYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'odt': 'application/vnd.oasis.opendocument.text',
    'ods': 'application/vnd.oasis.opendocument.spreadsheet',
    'csv': 'text/csv',
    'ics': 'text/calendar',
    'zip': 'application/zip',
    'html': 'text/html',
    'htm': 'text/html',
    'txt': 'text/plain',
}


def attach(data, fname, ctype=None, charset=None, cte=None, inline=False, method=None):
    ext = fname.rsplit('.', 1)[-1].lower()
    ctype = ctype or CTYPES[ext]
    params, disp = _fname_params(fname)
    if inline:
        disp = disp.replace('attachment', 'inline', 1)
    if charset:
        params = [('charset', charset)] + params
    if method:
        params = [('method', method)] + params
    if cte is None:
        cte = 'base64'
    if cte == 'base64':
        body = _b64(data)
    elif cte == 'quoted-printable':
        body = _qp(data)
    else:
        body = data if data.endswith(b'\r\n') else data + b'\r\n'
    return Part(ctype, params, body, cte, disposition=disp)


def rfc822(msg_bytes, fname=None):
    disp = 'attachment' if fname is None else 'attachment; filename="%s"' % fname
    cte = '7bit'
    try:
        msg_bytes.decode('ascii')
    except UnicodeDecodeError:
        cte = '8bit'
    return Part('message/rfc822', [], msg_bytes, cte, disposition=disp)


def _param_str(params):
    out = ''
    for k, v in params:
        if k.endswith('*'):
            out += '; %s=%s' % (k, v)
        elif re.fullmatch(r'[A-Za-z0-9._-]+', v) and k not in ('name', 'boundary'):
            out += '; %s=%s' % (k, v)
        else:
            out += '; %s="%s"' % (k, v)
    return out


def _fold_ascii(name, value):
    """Fold an ASCII header at spaces so that no line exceeds 78 characters."""
    line = '%s: %s' % (name, value)
    if len(line) <= 78:
        return line
    words = value.split(' ')
    lines = []
    cur = name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ' ' + w
    lines.append(cur)
    return '\r\n'.join(lines)


def hdr(name, value, charset='utf-8'):
    try:
        value.encode('ascii')
        return _fold_ascii(name, value)
    except UnicodeEncodeError:
        h = email.header.Header(value, charset, header_name=name)
        return '%s: %s' % (name, h.encode(linesep='\r\n'))


def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, ad = a
    if not name:
        return ad
    return email.utils.formataddr((name, ad), charset='utf-8')


def hdr_addrs(name, addrs):
    items = [fmt_addr(a) for a in addrs]
    lines = []
    cur = name + ': '
    for i, it in enumerate(items):
        piece = it + (',' if i < len(items) - 1 else '')
        if cur.endswith(': ') or len(cur) + len(piece) + 1 <= 78:
            cur = cur + piece if cur.endswith(': ') else cur + ' ' + piece
        else:
            lines.append(cur)
            cur = ' ' + piece
    lines.append(cur)
    return '\r\n'.join(lines)


def _serialize(part, ids, top_headers=None, preamble=False):
    lines = list(top_headers or [])
    if part.children is not None:
        ids[0] += 1
        part.boundary = '=_%s%04d_%02d_%s' % (PREFIX.strip('-'), ids[1], ids[0],
                                               hashlib.sha1(('%d-%d-%d' % (SEED, ids[1], ids[0])).encode()).hexdigest()[:10])
        lines.append('Content-Type: %s;\r\n boundary="%s"' % (part.ctype, part.boundary))
    else:
        lines.append('Content-Type: %s%s' % (part.ctype, _param_str(part.params)))
        if len(lines[-1]) > 78:
            ps = _param_str(part.params).lstrip('; ').split('; ')
            lines[-1] = 'Content-Type: %s;\r\n ' % part.ctype + ';\r\n '.join(ps)
        lines.append('Content-Transfer-Encoding: %s' % part.cte)
    if part.disposition:
        d = part.disposition
        if len(d) > 60:
            d = d.replace('; ', ';\r\n ')
        lines.append('Content-Disposition: %s' % d)
    for k, v in part.extra:
        lines.append(hdr(k, v))
    head = ('\r\n'.join(lines) + '\r\n\r\n').encode('ascii')
    if part.children is None:
        return head + part.body
    b = part.boundary.encode('ascii')
    body = b''
    if preamble:
        body += b'This is a multi-part message in MIME format.\r\n'
    for c in part.children:
        body += b'\r\n--' + b + b'\r\n' + _serialize(c, ids)
    body += b'\r\n--' + b + b'--\r\n'
    return head + body


def build(n, frm, to, subject, when, body, cc=None, reply_to=None, irt=None, refs=None,
          extra=None, mailer='outlook', subject_charset='utf-8', msgid=None, mime_version=True):
    """Serialize one message. frm/to/cc: staff key, mailbox key or (name, address)."""
    def A(x):
        if isinstance(x, str) and '@' not in x:
            return addr(x)
        return x
    frm = A(frm)
    to = [A(x) for x in (to if isinstance(to, list) else [to])]
    cc = [A(x) for x in (cc or [])]
    day, hh, mm = when
    sec = RNG.randrange(0, 60)
    dt = datetime(2026, 3, day, hh, mm, sec, tzinfo=CET)
    hl = []
    hl.append('Date: ' + email.utils.format_datetime(dt))
    hl.append(hdr_addrs('From', [frm]))
    hl.append(hdr_addrs('To', to))
    if cc:
        hl.append(hdr_addrs('Cc', cc))
    if reply_to:
        hl.append(hdr_addrs('Reply-To', [A(reply_to)]))
    hl.append(hdr('Subject', subject, subject_charset))
    if msgid is None:
        msgid = '<%s%04d.%s@%s>' % (PREFIX, n, hashlib.sha1(('msg-%d-%d' % (SEED, n)).encode()).hexdigest()[:16], DOM)
    hl.append('Message-ID: ' + msgid)
    if irt:
        hl.append('In-Reply-To: ' + irt)
        hl.append(_fold_ascii('References', ' '.join((refs or []) + [irt])))
    if mailer == 'outlook':
        hl.append('X-Mailer: Microsoft Outlook 16.0')
    elif mailer == 'thunderbird':
        hl.append('User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1')
    elif mailer == 'kora':
        hl.append('X-Mailer: KORA Korrespondenzsystem 4.2 (Lindenhof)')
    elif mailer == 'mobile':
        hl.append('X-Mailer: iPhone Mail (22D82)')
    elif mailer:
        hl.append('X-Mailer: ' + mailer)
    for k, v in (extra or []):
        hl.append(hdr(k, v))
    if mime_version:
        hl.append('MIME-Version: 1.0')
    ids = [0, n]
    return _serialize(body, ids, hl, preamble=True)


def reply_id(n, domain, tag='orig'):
    """Deterministic Message-ID of the (not included) mail that is answered."""
    return '<%s@%s>' % (hashlib.sha1(('%s-%d-%d' % (tag, SEED, n)).encode()).hexdigest()[:20].upper(), domain)


# ---------------------------------------------------------------------------
# attachment writers (standard library only)
# ---------------------------------------------------------------------------

def _zip(members, stamp=(2026, 3, 9, 8, 0, 0), stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def make_zip(members, stamp=(2026, 3, 9, 8, 0, 0)):
    return _zip(members, stamp)


def _pdf_escape(s):
    b = s.encode('cp1252', errors='replace')
    out = b''
    for ch in b:
        c = bytes([ch])
        if c in (b'(', b')', b'\\'):
            out += b'\\' + c
        elif ch < 32 or ch > 126:
            out += b'\\%03o' % ch
        else:
            out += c
    return out


def make_pdf(lines, title='Dokument', stamp='20260309080000', per_page=62):
    """A small valid PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding)."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title (' + _pdf_escape(title) + b') /Producer (d131 make_corpus.py) /CreationDate (D:'
               + stamp.encode() + b'+01\'00\') >>')
    kids = []
    nxt = 6
    for pl in pages:
        cs = [b'BT', b'/F1 10 Tf', b'13 TL', b'56 790 Td']
        first = True
        for ln in pl:
            if ln.startswith('# '):
                cs.append(b'/F2 12 Tf (' + _pdf_escape(ln[2:]) + b') Tj T* /F1 10 Tf')
            else:
                cs.append(b'(' + _pdf_escape(ln) + b') Tj T*')
            first = False
        cs.append(b'ET')
        stream = zlib.compress(b'\n'.join(cs), 9)
        page_no, cont_no = nxt, nxt + 1
        nxt += 2
        objs[cont_no] = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream)) + stream + b'\nendstream'
        objs[page_no] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                         b'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % cont_no)
        kids.append(page_no)
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for k in range(1, size):
        out += b'%010d 00000 n \n' % offsets[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref)
    return out


def _x(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;'))


def _core_xml(title, author, stamp):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), stamp, stamp))


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def make_docx(blocks, title='Dokument', author='Lindenhof', stamp='2026-03-09T08:00:00Z'):
    """blocks: list of str (paragraph), ('h', str) heading, ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] == 'h':
            body.append('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == 'table':
            rows = []
            for r in b[1]:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c)) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl><w:p/>' % ''.join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % (W_NS, ''.join(body)))
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
                 ('docProps/core.xml', _core_xml(title, author, stamp))])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title='Tabelle', author='Lindenhof', stamp='2026-03-09T08:00:00Z'):
    """sheets: list of (sheet name, rows); numbers become numeric cells, the rest inline strings."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        files.append(('xl/worksheets/sheet%d.xml' % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % ''.join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    k = len(sheets) + 1
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % k)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % ''.join(wb_sheets))
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
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '%s</Types>' % ''.join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % ''.join(wb_rels))
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbr), ('xl/styles.xml', styles)] + files +
                [('docProps/core.xml', _core_xml(title, author, stamp))])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mimetype, content_body, title, author, stamp):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (ODF_NS, content_body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s>'
              '<office:styles/></office:document-styles>' % ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>%s</meta:creation-date><meta:generator>d131 make_corpus.py</meta:generator>'
            '</office:meta></office:document-meta>' % (ODF_NS, _x(title), _x(author), stamp))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([('mimetype', mimetype), ('META-INF/manifest.xml', manifest), ('content.xml', content),
                 ('styles.xml', styles), ('meta.xml', meta)], stored_first=True)


def make_odt(blocks, title='Dokument', author='Lindenhof', stamp='2026-03-09T08:00:00'):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<text:p>%s</text:p>' % _x(b))
        elif b[0] == 'h':
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif b[0] == 'table':
            rows = ''.join('<table:table-row>%s</table:table-row>' % ''.join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(c)) for c in r)
                for r in b[1])
            ncol = max(len(r) for r in b[1])
            out.append('<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>' % (ncol, rows))
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % ''.join(out), title, author, stamp)


def make_ods(sheets, title='Tabelle', author='Lindenhof', stamp='2026-03-09T08:00:00'):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                elif v is None or v == '':
                    cells.append('<table:table-cell/>')
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
            xr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        ncol = max(len(r) for r in rows)
        tabs.append('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                    % (_x(name), ncol, ''.join(xr)))
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(tabs), title, author, stamp)


def make_csv(rows, encoding='utf-8', delimiter=';'):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


VTZ = ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
       'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST',
       'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
       'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET',
       'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
       'END:VTIMEZONE']


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return [line]
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [' ' + x for x in out[1:]]


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, summary, start, end, organizer, attendees, location='', description='',
             method='REQUEST', stamp='20260309T080000Z'):
    """start/end: 'YYYYMMDDTHHMMSS' local Berlin time."""
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lindenhof Versicherungsgruppe//d131 make_corpus//DE',
         'METHOD:' + method, 'CALSCALE:GREGORIAN'] + VTZ + [
        'BEGIN:VEVENT', 'UID:%s@%s' % (uid, DOM), 'DTSTAMP:' + stamp,
        'DTSTART;TZID=Europe/Berlin:' + start, 'DTEND;TZID=Europe/Berlin:' + end,
        'SUMMARY:' + _ics_esc(summary)]
    if location:
        L.append('LOCATION:' + _ics_esc(location))
    if description:
        L.append('DESCRIPTION:' + _ics_esc(description))
    L.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for a in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (a[0], a[1]))
    L += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in L:
        out.extend(_ics_fold(l))
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------------------
# registry of mails
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
# MAILS
# ===========================================================================

# ---------------------------------------------------------------------------
# Monday, 9 March 2026
# ---------------------------------------------------------------------------

@mail('NORMAL', 'de', 'internal',
      'trap: weekly planning of the property claims team; colleagues named only with holiday/flexitime, backlog figures, no customer or health data')
def m001(n):
    body = T("""
        Guten Morgen zusammen,

        kurz zur Woche (KW 11):

        - Anwesenheit: Frau Brückner ist bis Mittwoch im Urlaub, Herr Lenz hat Donnerstag
          und Freitag Gleitzeit. Vertretung Posteingang Hausrat: ich, Wohngebäude: Tamara.
        - Rückstand Posteingang Stand heute 7:30 Uhr: 412 Vorgänge (Vorwoche 455).
          Davon 61 älter als 10 Arbeitstage – bitte die zuerst.
        - Für Freitag ist Sturmtief "Lotte" angekündigt. Falls es so kommt wie im Februar,
          ziehen wir ab Freitagmittag die Leitungswasser-Fälle zurück und alle nehmen
          Sturmmeldungen an. Bereitschaft am Wochenende: Uwe Kraft.
        - Dienstag 10 Uhr Jour fixe, diesmal im Raum 3.14 (der 2.07 wird renoviert).
        - Die neue Regulierungsvollmacht bis 5.000 € gilt ab 1. April, Schulung folgt.

        Bei Fragen einfach melden.

        Viele Grüße
        Jonas

        """) + sig('weidemann')
    return build(n, 'weidemann', [('Team Sach-Schaden', 'team-sachschaden@' + DOM)],
                 'Wochenplanung KW 11', (9, 7, 42), text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor claim acknowledgement: named customer, claim number, plate and policy number; "niemand verletzt" so no health data')
def m002(n):
    body = T("""
        Sehr geehrter Herr Feldhaus,

        vielen Dank für Ihre Schadenmeldung. Wir haben den Vorgang unter der
        Schadennummer KS-2026-031877 angelegt (Kfz-Haftpflicht, Versicherungsschein
        KH 31/4470821, Kennzeichen KS-MF 284).

        Damit wir den Schaden des Unfallgegners regulieren können, benötigen wir noch:

        1. die Kontaktdaten des anderen Fahrers bzw. dessen Versicherung,
        2. Fotos der Schäden an beiden Fahrzeugen (gern per Antwort auf diese Mail),
        3. eine kurze Skizze der Unfallstelle (Kreuzung Wilhelmshöher Allee / Kunoldstraße).

        Ihr eigenes Fahrzeug ist nur haftpflichtversichert, Ihren Schaden an der
        Frontschürze können wir daher leider nicht übernehmen. Das hatten Sie ja
        schon vermutet.

        Mit freundlichen Grüßen

        """) + sig('oberlaender') + '\n' + T("""

        -----Ursprüngliche Nachricht-----
        Von: Markus Feldhaus <m.feldhaus@webpost.example>
        Gesendet: Sonntag, 8. März 2026 19:42
        An: Lindenhof Schadenservice <schaden@lindenhof-versicherung.example>
        Betreff: Unfall am Freitag

        Hallo,

        ich hatte am Freitag (06.03.) gegen 17:15 einen Auffahrunfall, ich bin an der Ampel
        Wilhelmshöher Allee auf einen weißen Skoda aufgefahren. Verletzt wurde zum Glück
        niemand, die Polizei war nicht da. Wir haben nur Zettel getauscht.
        Mein Auto: KS-MF 284, Vertrag KH 31/4470821.
        Was muss ich jetzt machen??

        Gruß Markus Feldhaus
        """) + foot('allg')
    return build(n, 'oberlaender', [('Markus Feldhaus', 'm.feldhaus@webpost.example')],
                 'AW: Unfall am Freitag – Ihre Schadennummer KS-2026-031877', (9, 8, 5), text(body),
                 irt=reply_id(n, 'webpost.example'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health insurance benefit statement; body only says "Abrechnung", diagnosis M54.4 and orthopaedic/physiotherapy invoices only in the PDF')
def m003(n):
    body = T("""
        Guten Tag Frau Rosenbaum,

        anbei erhalten Sie unsere Abrechnung zu den Belegen, die Sie am 02.03.2026 über die
        Lindenhof-App eingereicht haben. Den Erstattungsbetrag überweisen wir in den nächsten
        zwei bis drei Werktagen auf Ihr bekanntes Konto.

        Haben Sie Fragen zur Abrechnung? Dann antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße

        """) + sig('aydin') + foot('kranken')
    pdf = make_pdf([
        '# Lindenhof Krankenversicherung a.G. - Leistungsabrechnung',
        '',
        'Versicherte Person: Annette Rosenbaum, geb. 14.02.1979',
        'Versicherungsnummer: KV 5504 1187, Tarif AMB-Komfort / STAT-2',
        'Abrechnungsdatum: 09.03.2026      Belegeingang: 02.03.2026',
        '',
        'Beleg  Leistungserbringer                        Datum       Betrag    erstattet',
        '1      Dr. med. Jörg Hallbach, Orthopädie        12.02.2026  214,36    214,36',
        '       Diagnose: M54.4 Lumboischialgie; GOÄ 1, 5, 800, 3306',
        '2      Physiotherapie am Park, Krankengymnastik  18.02.-27.02  368,00    331,20',
        '       6 x KG, 6 x Wärmetherapie (Höchstsatz überschritten)',
        '3      Apotheke am Ständeplatz, Ibuprofen 600     13.02.2026   18,71     18,71',
        '4      MRT LWS, Radiologie Nordhessen            16.02.2026  510,00    510,00',
        '',
        'Summe erstattet: 1.074,27 EUR',
        'Kürzung Beleg 2: 36,80 EUR (Vergütung über dem beihilfefähigen Höchstsatz)',
        '',
        'Die Erstattung wird Ihrem Beitragsrückerstattungskonto 2026 angerechnet.',
    ], title='Leistungsabrechnung 09.03.2026')
    return build(n, 'aydin', [('Annette Rosenbaum', 'annette.rosenbaum@mailbox-nord.example')],
                 'Ihre Abrechnung vom 09.03.2026', (9, 8, 21),
                 mixed(text(body), attach(pdf, 'Leistungsabrechnung_2026-03-09.pdf')), mailer='kora')


@mail('NORMAL', 'en', 'newsletter',
      'trap: broker newsletter with product news, BU claims statistics, travel health cover and "health questions" wording, nothing about a person')
def m004(n):
    txt = T("""
        LINDENHOF BROKER BULLETIN - March 2026
        =======================================

        1. New: Travel Health Plus for long stays
        From 1 April our annual travel health policy covers trips of up to 91 days
        (previously 56). Pre-existing conditions that were stable for 6 months are
        covered for acute flare-ups. Premium from EUR 19.90 per year (single, up to age 64).

        2. Disability income (BU): simplified health questions
        For applicants up to age 35 and an annual pension up to EUR 18,000 we now ask
        five health questions instead of twelve. The look-back period for outpatient
        treatment is 3 years, for psychotherapy 5 years.

        3. Claims figures 2025
        We paid 1,284 new BU claims in 2025. The most frequent causes were mental
        disorders (31 %), musculoskeletal diseases (22 %) and cancer (17 %).
        Average age at claim: 47.

        4. Webinar
        "Motor fleet underwriting after the 2026 tariff change", 24 March, 10:00-11:00.
        Register in the broker portal: https://makler.lindenhof-versicherung.example/webinare

        You receive this bulletin because you are registered as a broker with Lindenhof.
        Unsubscribe: https://makler.lindenhof-versicherung.example/newsletter/abmelden
        Lindenhof Allgemeine Versicherung AG, Lindenhofallee 12, 34131 Kassel, Germany
        """)
    htm = T("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Lindenhof Broker Bulletin</title></head>
        <body style="font-family:Arial,sans-serif;color:#1d2b36">
        <h1 style="color:#2f6b3a">Lindenhof Broker Bulletin &ndash; March 2026</h1>
        <h2>1. New: Travel Health Plus for long stays</h2>
        <p>From 1&nbsp;April our annual travel health policy covers trips of up to <b>91 days</b>
        (previously 56). Pre-existing conditions that were stable for 6 months are covered for
        acute flare-ups. Premium from EUR&nbsp;19.90 per year (single, up to age 64).</p>
        <h2>2. Disability income (BU): simplified health questions</h2>
        <p>For applicants up to age 35 and an annual pension up to EUR&nbsp;18,000 we now ask
        five health questions instead of twelve. The look-back period for outpatient treatment
        is 3&nbsp;years, for psychotherapy 5&nbsp;years.</p>
        <h2>3. Claims figures 2025</h2>
        <table border="1" cellpadding="4" style="border-collapse:collapse">
        <tr><th>Cause of BU claim</th><th>Share</th></tr>
        <tr><td>Mental disorders</td><td>31&nbsp;%</td></tr>
        <tr><td>Musculoskeletal diseases</td><td>22&nbsp;%</td></tr>
        <tr><td>Cancer</td><td>17&nbsp;%</td></tr>
        <tr><td>Other</td><td>30&nbsp;%</td></tr>
        </table>
        <p>1,284 new BU claims paid in 2025, average age at claim 47.</p>
        <h2>4. Webinar</h2>
        <p>&bdquo;Motor fleet underwriting after the 2026 tariff change&ldquo;, 24&nbsp;March, 10:00&ndash;11:00.
        <a href="https://makler.lindenhof-versicherung.example/webinare">Register in the broker portal</a>.</p>
        <hr>
        <p style="font-size:11px">You receive this bulletin because you are registered as a broker with Lindenhof.
        <a href="https://makler.lindenhof-versicherung.example/newsletter/abmelden">Unsubscribe</a><br>
        Lindenhof Allgemeine Versicherung AG, Lindenhofallee 12, 34131 Kassel, Germany</p>
        </body></html>
        """)
    return build(n, 'newsletter', [('Broker distribution list', 'broker-bulletin@lists.lindenhof-versicherung.example')],
                 'Lindenhof Broker Bulletin March 2026: Travel Health Plus, simpler BU questions', (9, 9, 0),
                 alt(text(txt), html(htm)), mailer='Lindenhof Mailing 3.1',
                 extra=[('List-Unsubscribe', '<https://makler.lindenhof-versicherung.example/newsletter/abmelden>'),
                        ('Precedence', 'bulk')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'broker gets conversion offer for a named client: insured building address, policy number, sum insured, premium (XLSX); buildings line, no health')
def m005(n):
    body = T("""
        Hallo Herr Tiedemann,

        wie am Telefon besprochen die Umstellung für Ihre Kundin Frau Gisela Hartung auf den
        Tarif Wohngebäude Premium 2026. Die Gegenüberstellung alt/neu hängt als Excel an.

        Kurz die wichtigsten Punkte:
        - Objekt: Zweifamilienhaus Am Rammelsberg 7, 34128 Kassel, Bj. 1964
        - Vertrag WG-1190342, Wert 1914: 24.300 Mark
        - Elementar (Starkregen/Rückstau) ist neu eingeschlossen, SB 1.000 €
        - Jahresbeitrag steigt von 812,40 € auf 1.046,90 €

        Wenn Frau Hartung einverstanden ist, reicht mir eine kurze Mail von Ihnen, den
        Nachtrag schicken wir dann direkt an die Kundin und in Ihre Vermittlerpost.

        Viele Grüße aus Kassel

        """) + sig('hoffstetter') + foot('allg')
    x = make_xlsx([('Vergleich', [
        ['Kundin', 'Gisela Hartung', '', ''],
        ['Risikoanschrift', 'Am Rammelsberg 7, 34128 Kassel', '', ''],
        ['Vertrag', 'WG-1190342', '', ''],
        ['', '', '', ''],
        ['Baustein', 'Tarif 2011 (alt)', 'Premium 2026 (neu)', 'Bemerkung'],
        ['Feuer', 'ja', 'ja', ''],
        ['Leitungswasser', 'ja', 'ja', 'inkl. Ableitungsrohre auf dem Grundstück'],
        ['Sturm/Hagel', 'ja', 'ja', ''],
        ['Elementar', 'nein', 'ja', 'SB 1.000 EUR'],
        ['Photovoltaik', 'nein', 'ja', '9,8 kWp'],
        ['Wert 1914 (Mark)', 24300, 24300, ''],
        ['Jahresbeitrag EUR', 812.4, 1046.9, 'inkl. 19 % VersSt'],
    ])], title='Umstellung WG-1190342', author='Miriam Hoffstetter')
    return build(n, 'hoffstetter', [('Jens Tiedemann', 'j.tiedemann@finanzkontor-nord.example')],
                 'Umstellung Wohngebäude Hartung, WG-1190342', (9, 9, 12),
                 mixed(text(body), attach(x, 'Vergleich_WG-1190342.xlsx')))


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: facility order for first-aid kits, AED pads and eyewash stations for the offices; medical words but no person')
def m006(n):
    body = T("""
        Dear Ms Okafor,

        following our call on Friday, please proceed with the following order for our
        head office (Lindenhofallee 12) and the branch in Göttingen:

          24 x first-aid kit DIN 13157, wall-mounted
           6 x replacement electrode pads for the AED units (adult), 2 x paediatric pads
           4 x eyewash station 500 ml
           1 x annual inspection of all 5 AED units incl. battery test

        Frame agreement no. RV-FM-2024-07 applies. Delivery to goods receipt, gate 2,
        Monday to Thursday 7:00-15:00. Please put our order number EK-2026-0318 on the
        delivery note and invoice.

        The old electrode pads have expired (2/2026) - could your technician take them
        back for disposal during the inspection?

        Kind regards

        """) + sig('sommerfeld', 'en') + foot('holding', 'en', disclaimer=False)
    return build(n, 'sommerfeld', [('Grace Okafor', 'g.okafor@northgate-facilities.example')],
                 'Order EK-2026-0318: first-aid kits and AED service', (9, 9, 27), text(body, cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'guarantee of payment to a Spanish hospital for a named insured tourist with distal radius fracture S52.5; travel health')
def m007(n):
    body = T("""
        Dear Dr. Navarro,
        dear colleagues of the international patients office,

        we confirm cover under our travel health insurance for the following patient:

          Patient:        Mr Wolfgang Ebersbach, date of birth 23/07/1958
          Policy:         RV-2026-044817 (Lindenhof annual travel health)
          Admission:      07/03/2026, Hospital Costa del Sol Clínica, Málaga
          Diagnosis:      closed fracture of the distal radius, left (ICD-10 S52.5)
          Procedure:      open reduction and internal fixation (plate), planned 09/03/2026

        We issue a guarantee of payment of up to EUR 9,500.00 for the inpatient stay
        including surgery, implant and up to 4 days in a standard room. Please send the
        itemised invoice and the discharge report to international@lindenhof-versicherung.example,
        quoting our case number TR-88412.

        Mr Ebersbach is booked on a return flight on 14/03/2026. Please let us know if the
        treating surgeon considers him unfit to fly; our assistance partner will then arrange
        an escort.

        Best regards

        """) + sig('schaedlich', 'en') + foot('kranken', 'en')
    return build(n, 'schaedlich', [('Dr. Lucía Navarro', 'pacientes.internacionales@costadelsol-clinica.example')],
                 'Guarantee of payment - Mr W. Ebersbach - case TR-88412', (9, 9, 48), text(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household insurance bicycle theft: named customer, claim number, e-bike value; asks for receipt; no health')
def m008(n):
    body = T("""
        Hi Mr Mahlangu,

        thanks for reporting the theft of your e-bike. Your claim number is
        HR-2026-010455 (household contents policy HR-2208817).

        To settle the claim we still need
        - the purchase receipt of the bike (Riese & Müller, you mentioned €3,899),
        - the police report number (Kassel police gives you a "Vorgangsnummer"),
        - a photo of the key of the lock, if you still have it.

        You can simply reply to this e-mail with photos or scans.

        Best wishes

        """) + sig('weidemann', 'en') + foot('allg', 'en')
    return build(n, 'weidemann', [('Thabo Mahlangu', 'thabo.mahlangu@inboxmail.example')],
                 'Your bicycle claim HR-2026-010455', (9, 10, 3), text(body, cte='8bit'))


@mail('NORMAL', 'de', 'internal',
      'trap: IT maintenance notice for the SecureMail portal (portal, one-time password, encryption vocabulary), no personal data')
def m009(n):
    body = T("""
        Liebe Kolleginnen und Kollegen,

        am Samstag, 14.03.2026, von 06:00 bis ca. 10:00 Uhr spielen wir das Update 7.4 für
        das SecureMail-Portal ein. In dieser Zeit

        - können Kunden und Vermittler sich nicht im Portal anmelden,
        - werden ausgehende Mails mit vertraulichem Inhalt in der Warteschlange gehalten
          und nach dem Update automatisch zugestellt,
        - funktioniert der Versand von Einmal-Passwörtern für neue Portal-Konten nicht.

        Eingehende verschlüsselte Mails (S/MIME) sind nicht betroffen.

        Bitte sagt Kunden, die am Freitag anrufen, dass sie Nachrichten am Samstagvormittag
        erst ab ca. 10 Uhr lesen können. Eine Textvorlage für die Telefonie liegt im
        Intranet unter IT > Störungen & Wartung.

        Ticket: CHG-2026-0211

        Danke und viele Grüße
        Oliver Brenner
        IT-Service Desk, Durchwahl -1099
        """)
    return build(n, 'it', [('Alle Mitarbeitenden', 'alle@' + DOM)],
                 'Wartung SecureMail-Portal am Samstag, 14.03., 6–10 Uhr', (9, 10, 15), text(body),
                 reply_to='brenner')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'request to a treating doctor for a medical report on a BU applicant, with name and birth date; release-from-secrecy form in the PDF')
def m010(n):
    body = T("""
        Sehr geehrte Frau Dr. Albers,

        Ihre Patientin, Frau Svenja Korte, geb. 11.09.1990, wohnhaft Goethestraße 41,
        34119 Kassel, hat bei uns eine Berufsunfähigkeitsversicherung beantragt
        (Antrag BU 8 520 611-0). In den Gesundheitsangaben nennt sie eine Behandlung
        in Ihrer Praxis wegen rezidivierender Rückenschmerzen und einer Schilddrüsen-
        unterfunktion (2023 bis heute).

        Wir bitten Sie um einen kurzen ärztlichen Bericht zu folgenden Fragen:

        1. Diagnosen (möglichst mit ICD-10) und Zeitraum der Behandlung
        2. Arbeitsunfähigkeitszeiten in den letzten fünf Jahren
        3. aktuelle Medikation und Befund der letzten Kontrolle (TSH)
        4. Überweisungen an Fachärzte, insbesondere Orthopädie oder Psychotherapie

        Die von Frau Korte unterschriebene Schweigepflichtentbindung liegt bei. Für den
        Bericht vergüten wir nach GOÄ Nr. 75 zzgl. Auslagen; bitte legen Sie Ihre Rechnung bei.
        Gern können Sie uns den Bericht über unser sicheres Postfach zurücksenden – den Link
        erhalten Sie mit der nächsten Benachrichtigung.

        Mit freundlichen kollegialen Grüßen

        """) + sig('brandes') + foot('leben')
    pdf = make_pdf([
        '# Erklärung zur Entbindung von der Schweigepflicht',
        '',
        'Antragsteller/in: Svenja Korte, geb. 11.09.1990',
        'Anschrift: Goethestraße 41, 34119 Kassel',
        'Antrag: Berufsunfähigkeitsversicherung BU 8 520 611-0',
        '',
        'Ich entbinde die nachstehend genannten Ärzte von ihrer Schweigepflicht gegenüber der',
        'Lindenhof Lebensversicherung AG, soweit es um die Prüfung meines Antrags geht:',
        '',
        '  - Dr. med. Kerstin Albers, Fachärztin für Allgemeinmedizin, Kassel',
        '  - Radiologie Nordhessen MVZ (Befunde 2023-2025)',
        '',
        'Die Einwilligung gilt für Angaben aus den letzten fünf Jahren vor Antragstellung.',
        '',
        'Kassel, 27.02.2026            gez. Svenja Korte',
    ], title='Schweigepflichtentbindung Korte')
    return build(n, 'brandes', [('Dr. med. Kerstin Albers', 'praxis@hausarzt-albers.example')],
                 'Anfrage ärztlicher Bericht – Ihre Patientin S. Korte', (9, 10, 32),
                 mixed(text(body), attach(pdf, 'Schweigepflichtentbindung_Korte.pdf')))


@mail('NORMAL', 'en', 'internal',
      'trap: actuarial motor claims frequency and average claim cost by region (aggregates only, XLSX)')
def m011(n):
    body = T("""
        Hi all,

        attached is the Q4/2025 update of the motor claims frequency by region, as
        discussed in last week's pricing committee. Main points:

        * MTPL frequency is down 2.1 % year on year, comprehensive (Vollkasko) up 4.6 %,
          driven by hail in July and the repair-cost inflation (+9 % on parts).
        * Kassel city and Göttingen are now above the portfolio average; rural Werra-Meißner
          remains the best region.
        * Average MTPL bodily injury claim: EUR 18,420 (2024: 16,950). That's the number
          the reinsurers will ask about in the renewal.

        Data as of 28 Feb, no individual claims in the file. Feel free to forward internally.

        Cheers,
        Marco
        """) + sig('ferrante', 'en')
    x = make_xlsx([
        ('Frequency', [
            ['Region', 'Vehicle years', 'MTPL claims', 'MTPL freq. per 1000', 'Comprehensive claims', 'Comp. freq. per 1000'],
            ['Kassel city', 38210, 2331, 61.0, 3105, 81.3],
            ['Kassel district', 52988, 2862, 54.0, 3708, 70.0],
            ['Göttingen', 29410, 1853, 63.0, 2401, 81.6],
            ['Werra-Meißner', 17344, 780, 45.0, 1003, 57.8],
            ['Schwalm-Eder', 31002, 1612, 52.0, 2139, 69.0],
            ['Total', 168954, 9438, 55.9, 12356, 73.1],
        ]),
        ('Severity', [
            ['Type', '2024 EUR', '2025 EUR', 'Change'],
            ['MTPL property damage', 3910, 4215, '7.8 %'],
            ['MTPL bodily injury', 16950, 18420, '8.7 %'],
            ['Comprehensive', 3320, 3640, '9.6 %'],
        ])], title='Motor frequency Q4 2025', author='Marco Ferrante')
    return build(n, 'ferrante', [('Pricing Committee', 'pricing-committee@' + DOM)],
                 'Motor claims frequency by region Q4/2025', (9, 10, 50),
                 mixed(text(body), attach(x, 'motor_frequency_Q4-2025.xlsx')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat customer: household address change, new premium and SEPA mandate with the customer IBAN; no health')
def m012(n):
    ib = iban('DE', '52060410' + '0004481215')
    body = T("""
        Dear Ms Fitzgerald,

        thank you for letting us know about your move. We have updated your household
        contents policy HR-2231570 as follows:

          New insured address:  Friedrich-Ebert-Strasse 118, 34119 Kassel
          Living space:         92 sq m (previously 64 sq m)
          Sum insured:          EUR 59,800 (650 EUR per sq m, underinsurance waiver)
          New annual premium:   EUR 187.44, from 01 April 2026

        The premium will be collected by direct debit from your account
        IBAN %s (Mandate reference LH-HR-2231570-02).
        You will receive the updated policy schedule by post within the next days.

        Kind regards

        """ % ib) + sig('seidel', 'en') + foot('allg', 'en')
    body = body.replace('·', '-')
    return build(n, 'seidel', [('Niamh Fitzgerald', 'niamh.fitzgerald@postbox-eu.example')],
                 'Your household policy HR-2231570 - change of address', (9, 11, 2),
                 text(body.replace('ö', 'oe'), charset='us-ascii', cte='7bit'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'accident insurance (personal line): disability assessment of the knee after a ski accident, percentage of the limb table, payout')
def m013(n):
    body = T("""
        Dear Mr Lindgren,

        we have now received the medical report of Dr. Hausmann dated 26 February 2026 on
        the consequences of your skiing accident of 2 January 2025.

        Dr. Hausmann confirms a permanent impairment of your right knee after the rupture
        of the anterior cruciate ligament and the meniscus surgery, assessed at 3/10 of
        the leg value. Under the limb table of your accident policy UV-7720135 the leg
        below the knee counts 50 %, so the degree of disability is 3/10 x 50 % = 15 %.

          Basic sum insured:            EUR 120,000
          Progression (225 % variant):  not applicable below 25 %
          Disability payment:           15 % x EUR 120,000 = EUR 18,000.00

        We will transfer EUR 18,000.00 to the account known to us this week. You may ask
        for a re-assessment within three years of the accident; Dr. Hausmann expects no
        further change, but if your knee gets worse please let us know.

        Kind regards

        """) + sig('lamprecht', 'en') + foot('allg', 'en')
    return build(n, 'lamprecht', [('Erik Lindgren', 'erik.lindgren@nordmail.example')],
                 'Accident policy UV-7720135 - disability payment', (9, 11, 20), text(body))


@mail('NORMAL', 'de', 'insurer-to-customer',
      'trap: prospect asks about pet health insurance; answer is generic product information (OP-Schutz, vet fee scale GOT), no contract, no animal of a customer')
def m014(n):
    htm = T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hallo Herr Baumgart,</p>
        <p>danke für Ihre Anfrage über unser Kontaktformular. Gern stelle ich Ihnen unsere
        Tierkrankenversicherung für Hunde kurz vor:</p>
        <table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
        <tr style="background:#e8f0e4"><th>Tarif</th><th>Leistung</th><th>Beitrag ab</th></tr>
        <tr><td>OP-Schutz</td><td>Operationen inkl. Vor- und Nachbehandlung, bis 3-facher GOT-Satz</td><td>14,90 &euro; / Monat</td></tr>
        <tr><td>Komfort</td><td>OP-Schutz + ambulante Behandlung, Impfungen, Wurmkuren bis 100 &euro;/Jahr</td><td>39,50 &euro; / Monat</td></tr>
        <tr><td>Premium</td><td>wie Komfort, Physiotherapie, Zahnbehandlung, keine Jahreshöchstgrenze</td><td>64,00 &euro; / Monat</td></tr>
        </table>
        <p>Der Beitrag hängt von Rasse und Eintrittsalter ab. Für Hunde bis zum 7. Lebensjahr
        gibt es keine Gesundheitsfragen, danach fragen wir nach Vorerkrankungen
        (z.&nbsp;B. Hüftdysplasie, Allergien). Eine Wartezeit von 30 Tagen gilt nicht bei Unfällen.</p>
        <p>Ein unverbindliches Angebot können Sie direkt online rechnen:
        <a href="https://www.lindenhof-versicherung.example/tier">www.lindenhof-versicherung.example/tier</a>.
        Oder Sie rufen mich an, dann gehen wir es zusammen durch.</p>
        <p>Viele Grüße<br>Clara Jung<br>Tierversicherung<br>Lindenhof Allgemeine Versicherung AG<br>
        Telefon 0561 9980-2330</p>
        <p style="font-size:8pt;color:#777">Lindenhof Allgemeine Versicherung AG &middot; Sitz Kassel &middot;
        Amtsgericht Kassel HRB 41207 &middot; Vorstand: Dr. Hannelore Seybold (Vors.), Markus Engelhardt, Tobias Wendland</p>
        </body></html>
        """)
    return build(n, 'jung', [('Florian Baumgart', 'f.baumgart@webpost.example')],
                 'Ihre Anfrage Tierkrankenversicherung', (9, 11, 35), html(htm))


@mail('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'personal liability: water damage to the flat below; claimant lawyer gets policyholder name, claim number, repair sums; no injury')
def m015(n):
    body = T("""
        Sehr geehrter Herr Rechtsanwalt Vollmer,

        in der Sache Ihrer Mandantin, Frau Petra Sauerland, gegen unseren Versicherungsnehmer
        Herrn Dominik Brauns (Privathaftpflicht PH-3357710, Schaden PH-2026-004118) nehmen
        wir zu Ihrem Schreiben vom 27.02.2026 wie folgt Stellung:

        Der Wasserschaden vom 14.01.2026 ist nach dem Bericht des Installateurs durch einen
        geplatzten Zulaufschlauch der Waschmaschine in der Wohnung unseres Versicherungs-
        nehmers (Erdgeschoss rechts, Kölnische Straße 77) entstanden. Die Haftung dem Grunde
        nach erkennen wir an.

        Zur Höhe:
        - Trocknung laut Rechnung Fa. Trockenbau Rudolph: 2.184,60 € – wird übernommen
        - Malerarbeiten Decke Küche/Flur: 1.310,00 € – wird übernommen
        - Laminat Flur (Neupreis 1.480,00 €): Abzug neu für alt 40 %, also 888,00 €
        - Nutzungsausfall Küche pauschal 300,00 € – lehnen wir ab, die Küche war nutzbar

        Wir überweisen 4.382,60 € auf Ihr Anderkonto, sobald Sie uns dieses mitteilen.
        Ihre Gebühren nach RVG aus dem Erledigungswert übernehmen wir.

        Mit freundlichen Grüßen

        """) + sig('quandt') + foot('allg')
    return build(n, 'quandt', [('RA Christoph Vollmer', 'vollmer@kanzlei-vollmer-kassel.example')],
                 'Ihr Zeichen 118/26 V – Sauerland ./. Brauns, unser Schaden PH-2026-004118', (9, 11, 58), text(body))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'health claims asks the company doctor about a psychotherapy application; diagnosis F33.1 and therapist report in a forwarded message/rfc822')
def m016(n):
    inner_body = T("""
        Sehr geehrte Damen und Herren,

        für meinen Patienten Herrn Tobias Reinhardt (KV 5502 7741, geb. 03.06.1986)
        beantrage ich die Fortführung der Verhaltenstherapie um weitere 24 Sitzungen.

        Diagnose: F33.1 Rezidivierende depressive Störung, gegenwärtig mittelgradig
        Bisher: 26 Sitzungen seit 09/2025, deutliche Besserung des Antriebs, weiterhin
        Schlafstörungen und sozialer Rückzug. Medikation durch den Hausarzt: Sertralin 100 mg.
        Ziel: Rückfallprophylaxe, stufenweise Wiedereingliederung am Arbeitsplatz ab April.

        Mit freundlichen Grüßen
        Dipl.-Psych. Hanna Lüdtke
        Psychologische Psychotherapeutin, Kassel
        """)
    inner = build(1000 + n, ('Hanna Lüdtke', 'praxis@psychotherapie-luedtke.example'),
                  [('Lindenhof Leistung Kranken', 'leistung-kranken@' + DOM)],
                  'Antrag Fortführung VT – Herr T. Reinhardt', (6, 16, 12), text(inner_body),
                  mailer='Mozilla Thunderbird', msgid=reply_id(n, 'psychotherapie-luedtke.example'))
    body = T("""
        Hallo Frau Dr. Brandes,

        kannst du bitte einen Blick auf den angehängten Fortführungsantrag werfen? Herr
        Reinhardt ist im Tarif AMB-Komfort versichert, der Tarif begrenzt auf 50 Sitzungen
        pro Kalenderjahr, das wäre also gedeckt. Mir geht es nur um die medizinische
        Notwendigkeit – die Begründung ist recht knapp, und der letzte Bericht vom
        Oktober lag uns nicht vor.

        Wenn du meinst, wir brauchen ein Gutachten, schreibe ich die Therapeutin an.

        Danke dir!
        Serkan

        """) + sig('aydin')
    return build(n, 'aydin', ['brandes'],
                 'WG: Antrag Fortführung VT – bitte med. Einschätzung', (9, 12, 10),
                 mixed(text(body), rfc822(inner)))


@mail('NORMAL', 'mixed', 'insurer-to-customer',
      'trap: bilingual portal notification "you have a new secure message" without any content, name or contract')
def m017(n):
    txt = T("""
        Guten Tag,

        in Ihrem Lindenhof SecureMail-Postfach liegt eine neue Nachricht für Sie.
        Bitte melden Sie sich an, um sie zu lesen:
        https://securemail.lindenhof-versicherung.example/

        Die Nachricht wird nach 90 Tagen automatisch gelöscht. Diese Benachrichtigung
        enthält aus Datenschutzgründen keine Inhalte. Bitte antworten Sie nicht auf diese E-Mail.

        ---

        Hello,

        a new message is waiting for you in your Lindenhof SecureMail mailbox.
        Please log in to read it:
        https://securemail.lindenhof-versicherung.example/

        The message will be deleted automatically after 90 days. For data protection reasons
        this notification contains no content. Please do not reply to this e-mail.
        """)
    htm = T("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Guten Tag,</p>
        <p>in Ihrem Lindenhof SecureMail-Postfach liegt eine neue Nachricht für Sie.</p>
        <p><a href="https://securemail.lindenhof-versicherung.example/">Jetzt anmelden und lesen</a></p>
        <p style="color:#666">Die Nachricht wird nach 90 Tagen automatisch gelöscht. Diese Benachrichtigung enthält aus
        Datenschutzgründen keine Inhalte. Bitte antworten Sie nicht auf diese E-Mail.</p>
        <hr>
        <p>Hello,</p>
        <p>a new message is waiting for you in your Lindenhof SecureMail mailbox.</p>
        <p><a href="https://securemail.lindenhof-versicherung.example/">Log in and read it now</a></p>
        <p style="color:#666">The message will be deleted automatically after 90 days. For data protection reasons this
        notification contains no content. Please do not reply to this e-mail.</p>
        </body></html>
        """)
    return build(n, 'securemail', ['b.oezdemir@freemail-de.example'],
                 'Neue Nachricht in Ihrem SecureMail-Postfach / New secure message', (9, 12, 24),
                 alt(text(txt), html(htm)), mailer='Lindenhof SecureMail Gateway',
                 extra=[('Auto-Submitted', 'auto-generated')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor premium reminder: named customer, policy number, overdue amount, loss of cover warning (§ 38 VVG); windows-1252')
def m018(n):
    ib = iban('DE', '52050000' + '0100442210')
    body = T("""
        Sehr geehrte Frau Schimanski,

        leider konnten wir den Folgebeitrag für Ihre Kfz-Versicherung nicht einziehen – Ihre
        Bank hat die Lastschrift vom 02.03.2026 zurückgegeben („Konto erloschen“).

          Versicherungsschein:   KH 31/5580134 (VW Polo, KS-AS 909)
          offener Beitrag:       186,37 €
          Rücklastschriftgebühr: 3,00 €
          Gesamt:                189,37 €

        Bitte überweisen Sie den Betrag bis zum 23.03.2026 auf unser Konto
        %s (Lindenhof Allgemeine Versicherung AG), Verwendungszweck „KH 31/5580134“.

        Wichtig: Wenn der Beitrag bis dahin nicht bei uns eingeht, sind wir nach § 38 VVG
        bei einem Schaden leistungsfrei und können den Vertrag kündigen. Haben Sie eine neue
        Bankverbindung? Dann teilen Sie sie uns bitte mit, wir ziehen den Beitrag dann erneut ein.

        Mit freundlichen Grüßen

        """ % ib) + sig('pohl') + foot('allg')
    return build(n, 'pohl', [('Anja Schimanski', 'anja.schimanski@webpost.example')],
                 'Zahlungserinnerung Kfz-Versicherung KH 31/5580134', (9, 12, 40),
                 text(body, charset='windows-1252'), mailer='kora')


@mail('NORMAL', 'de', 'insurer-to-authority',
      'trap: fire-safety inspection of the head office with the building authority (escape routes, fire dampers); no personal data')
def m019(n):
    body = T("""
        Sehr geehrter Herr Kiesewetter,

        vielen Dank für die Terminbestätigung. Die wiederkehrende Brandschutzbegehung unserer
        Hauptverwaltung, Lindenhofallee 12, findet damit am Dienstag, 24.03.2026, um 9:00 Uhr
        statt. Treffpunkt ist der Empfang im Erdgeschoss.

        Zu den Punkten aus dem Prüfbericht 2025 (Az. 63-BS-2025-1182):

        1. Fluchtweg 3. OG Ost: die Lagerregale wurden entfernt.
        2. Brandschutzklappen Lüftung Rechenzentrum: Wartung durch Fa. Klimatec am 18.02.2026,
           Prüfprotokoll liegt vor.
        3. Feuerwehrplan: aktualisiert (Stand 01/2026), je ein Exemplar im Feuerwehrschlüssel-
           depot und bei der Leitstelle.
        4. Brandschutzhelfer: 38 ausgebildete Mitarbeitende, das entspricht 6,1 % der Belegschaft.

        Für die Begehung stehen Herr Pfannkuch (Haustechnik) und ich zur Verfügung.

        Mit freundlichen Grüßen

        """) + sig('sommerfeld') + foot('holding', disclaimer=False)
    return build(n, 'sommerfeld', [('Rainer Kiesewetter', 'bauaufsicht@stadt-kassel.example')],
                 'Brandschutzbegehung Lindenhofallee 12 am 24.03.2026 – Az. 63-BS-2025-1182', (9, 13, 5), text(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat health insurance: reimbursement of pregnancy check-ups and ultrasound (maternity), named insured; body base64-encoded')
def m020(n):
    body = T("""
        Dear Mrs Haddad,

        thank you for submitting your invoices. We have reimbursed the following costs under
        your international health plan IHP-Gold (member no. KV 9001 3362):

          Date        Provider                               Billed     Paid
          12 Feb 26   Dr. Miriam Sturm, gynaecologist         148.50    148.50
                      (prenatal check-up, 20th week)
          12 Feb 26   Dr. Miriam Sturm - fetal ultrasound      96.40     96.40
          19 Feb 26   Laboratory Dr. Fenner - glucose test     38.20     38.20
          03 Mar 26   Midwife Jana Roth - antenatal class     120.00    120.00

          Total paid: EUR 403.10

        Your expected delivery date (14 July 2026) is now noted in your file, so that the
        hospital in Kassel can get our cost confirmation directly. Please remember to register
        your baby with us within two months of birth - the child is then covered without health
        questions from the day of birth.

        Congratulations and best wishes

        """) + sig('lindqvist', 'en') + foot('kranken', 'en')
    return build(n, 'lindqvist', [('Rania Haddad', 'rania.haddad@globalpost.example')],
                 'Reimbursement - your invoices of 4 March 2026', (9, 13, 30), text(body, cte='base64'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'grey: commission statement for a sole-trader broker (natural person): his commission income and IBAN, plus client names with motor/household contracts in the CSV')
def m021(n):
    ib = iban('DE', '52070024' + '0033908811')
    body = T("""
        Sehr geehrter Herr Lohmeyer,

        anbei Ihre Provisionsabrechnung für Februar 2026 als CSV für Ihr Maklerprogramm.

          Abschlussprovision Sach/Kfz:   2.418,75 €
          Bestandsprovision:             1.106,30 €
          Stornohaftung (Rückbelastung):  -212,40 €
          Auszahlung:                    3.312,65 €

        Die Auszahlung erfolgt am 12.03.2026 auf Ihr Konto %s.
        Als Einzelunternehmer ohne Umsatzsteuerausweis (§ 4 Nr. 11 UStG) erhalten Sie wie
        immer keine Rechnung mit Steuer.

        Mit freundlichen Grüßen

        """ % ib) + sig('hoffstetter') + foot('allg')
    c = make_csv([
        ['Vertrag', 'Kunde', 'Sparte', 'Beginn', 'Beitrag_jaehrlich', 'Provisionsart', 'Provision'],
        ['KH 31/5591204', 'Nowak, Tomasz', 'Kfz', '01.02.2026', '642,10', 'AP', '128,42'],
        ['HR-2234455', 'Dreyer, Simone', 'Hausrat', '01.02.2026', '121,80', 'AP', '36,54'],
        ['PH-3361102', 'Dreyer, Simone', 'Privathaftpflicht', '01.02.2026', '74,90', 'AP', '22,47'],
        ['WG-1192287', 'Albrecht, Heinz und Marita', 'Wohngebäude', '15.02.2026', '1.388,00', 'AP', '416,40'],
        ['KH 31/4470113', 'Kaiser, Benedikt', 'Kfz', '01.01.2025', '588,00', 'BP', '29,40'],
        ['HR-2208817', 'Mahlangu, Thabo', 'Hausrat', '01.05.2024', '98,20', 'BP', '4,91'],
        ['KH 31/5540017', 'Gül, Ayşe', 'Kfz', '01.12.2025', '708,00', 'Storno', '-212,40'],
    ], encoding='utf-8')
    return build(n, 'makler', [('Finanzberatung Lohmeyer', 'info@lohmeyer-finanz.example')],
                 'Provisionsabrechnung 02/2026 – Vermittlernummer 40-1187', (9, 13, 44),
                 mixed(text(body), attach(c, 'Provision_2026-02_40-1187.csv', charset='utf-8')), mailer='kora')


@mail('NORMAL', 'en', 'internal',
      'trap: minutes of a process workshop on digital claims intake (mentions health data, IBAN checks, portal) - process only, no person (DOCX)')
def m022(n):
    body = T("""
        Hello everyone,

        please find attached the minutes of Thursday's workshop "Digital FNOL 2026".
        Action items are in the table at the end - please check yours by 20 March.

        Special thanks to the colleagues from Amsterdam for joining remotely and to Stefan
        for the walk-through of the health claims upload.

        Best regards,
        Aylin
        """) + sig('demir', 'en')
    d = make_docx([
        ('h', 'Workshop "Digital FNOL 2026" - Minutes'),
        'Date: 5 March 2026, 09:30-15:00, room 3.14 and Teams',
        'Participants: Customer Service, Property Claims, Motor Claims, Health Claims, IT, Data Protection, Group Digital (Amsterdam)',
        ('h', '1. Current state'),
        '42 % of property claims and 18 % of health invoices already arrive digitally (app, web form, e-mail). Motor claims are still mostly reported by phone.',
        'Pain points: photos arrive by e-mail without claim number; IBANs are re-typed manually; health invoices are sometimes sent unencrypted by customers.',
        ('h', '2. Decisions'),
        'a) The web form validates the IBAN checksum before submission.',
        'b) Health documents (invoices, doctor letters) are only accepted via app or SecureMail portal; e-mail answers will point to the portal.',
        'c) Every upload gets a claim number at once; confirmation e-mail without content.',
        'd) Data Protection reviews the new retention rules (6 years for claim files, 10 years for accounting).',
        ('h', '3. Action items'),
        ('table', [['#', 'Action', 'Owner', 'Due'],
                   ['1', 'Spec for IBAN check in web form', 'IT (O. Brenner)', '20 Mar 2026'],
                   ['2', 'Text blocks "please use the portal"', 'Customer Service (A. Demir)', '20 Mar 2026'],
                   ['3', 'DPIA update for health upload', 'Data Protection (G. Fuchs)', '31 Mar 2026'],
                   ['4', 'Pilot motor FNOL with photo upload', 'Motor Claims (K. Oberländer)', '30 Apr 2026']]),
    ], title='Digital FNOL 2026 minutes', author='Aylin Demir')
    return build(n, 'demir', [('FNOL project', 'projekt-fnol@' + DOM)],
                 'Minutes workshop Digital FNOL 2026', (9, 14, 2),
                 mixed(text(body), attach(d, 'Minutes_Digital_FNOL_2026-03-05.docx')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'endowment life insurance maturity payout (personal line): named customer, payout amount, tax ID and IBAN')
def m023(n):
    ib = iban('DE', '52050000' + '0044187720')
    body = T("""
        Sehr geehrter Herr Engel,

        Ihre Kapitallebensversicherung LV 8 441 207-3 läuft am 01.04.2026 ab. Wir freuen
        uns, Ihnen folgende Ablaufleistung mitteilen zu können:

          garantierte Versicherungssumme:    35.000,00 €
          Überschussbeteiligung:             11.482,17 €
          Schlussüberschuss:                  2.106,40 €
          Ablaufleistung gesamt:             48.588,57 €

        Da der Vertrag vor 2005 begonnen hat (01.04.1998) und länger als zwölf Jahre lief,
        ist die Auszahlung einkommensteuerfrei. Wir benötigen noch Ihre steuerliche
        Identifikationsnummer; laut unseren Unterlagen lautet sie 57 814 302 669 – bitte
        bestätigen Sie diese kurz.

        Die Auszahlung erfolgt am 01.04.2026 auf Ihr Konto %s.
        Möchten Sie einen Teil wieder anlegen, etwa in unserer Sofortrente? Dann melden Sie
        sich gern bei mir.

        Mit freundlichen Grüßen

        """ % ib) + sig('marquardt') + foot('leben')
    return build(n, 'marquardt', [('Herbert Engel', 'h.engel@familie-engel.example')],
                 'Ablauf Ihrer Lebensversicherung LV 8 441 207-3 zum 01.04.2026', (9, 14, 20), text(body))


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: penetration test schedule for the SecureMail portal with an IT security vendor (ICS), test accounts only')
def m024(n):
    body = T("""
        Hi Priya,

        as agreed, here's the invite for the kick-off of the pentest of our SecureMail
        portal and the broker API. Scope and rules of engagement are in the SOW you sent
        on 2 March; in short:

        - targets: securemail-test.lindenhof-versicherung.example and api-test.lindenhof-versicherung.example
        - test window: 16-27 March, 08:00-18:00 CET, no DoS
        - test accounts: 5 customer and 3 broker accounts with synthetic data, credentials
          via our file share (not by mail)
        - no production data, no real customer mailboxes

        Please send me the source IP ranges of your testers by Thursday so we can whitelist them.

        Thanks,
        Oliver
        """) + sig('brenner', 'en')
    ics = make_ics('pentest-kickoff-131', 'Kick-off pentest SecureMail portal', '20260316T090000', '20260316T100000',
                   ('Oliver Brenner', 'oliver.brenner@' + DOM),
                   [('Priya Raman', 'priya.raman@redharbor-security.example'), ('Gabriele Fuchs', 'gabriele.fuchs@' + DOM)],
                   location='Teams', description='Scope, contacts, emergency stop procedure, reporting format.')
    return build(n, 'brenner', [('Priya Raman', 'priya.raman@redharbor-security.example')],
                 'Pentest SecureMail portal - kick-off 16 March', (9, 14, 41),
                 mixed(text(body), attach(ics, 'invite.ics', ctype='text/calendar', charset='utf-8', method='REQUEST')),
                 cc=['fuchs'])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal expenses cover for an unfair-dismissal suit: named customer, policy and claim number, employer named; no health or criminal content')
def m025(n):
    body = T("""
        Sehr geehrter Herr Ostermann,

        für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Spedition Wolters GmbH,
        erteilen wir Ihnen Deckungsschutz aus Ihrer Rechtsschutzversicherung
        RS 60 114 982 (Baustein Arbeits-Rechtsschutz). Unser Aktenzeichen: RS-2026-07713.

        Übernommen werden:
        - die gesetzlichen Gebühren Ihres Rechtsanwalts (RA Dr. Kühnel, Kassel) für die
          erste Instanz vor dem Arbeitsgericht Kassel,
        - Gerichtskosten, Zeugengelder, ggf. Kosten eines Sachverständigen.

        Ihre Selbstbeteiligung beträgt 250 €. Bitte beachten Sie: In der ersten Instanz vor
        dem Arbeitsgericht trägt jede Partei ihre Anwaltskosten selbst, auch wenn Sie gewinnen.
        Deshalb zahlen wir Ihren Anwalt in jedem Fall direkt.

        Ihr Anwalt kann sich mit unserem Aktenzeichen direkt an uns wenden.

        Mit freundlichen Grüßen

        """) + sig('kroeger') + foot('rs')
    return build(n, 'kroeger', [('Sven Ostermann', 'sven.ostermann@webpost.example')],
                 'Deckungszusage Arbeitsrecht – Ihr Aktenzeichen RS-2026-07713', (9, 15, 3), text(body))


@mail('NORMAL', 'mixed', 'insurer-to-customer',
      'trap: bilingual out-of-office auto-reply; names the health claims mailbox and "Leistungsfälle" but says nothing about the sender or a contract')
def m026(n):
    txt = T("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 16.03.2026, nicht
        im Büro und kann Ihre E-Mail erst danach beantworten. Ihre Nachricht wird nicht
        weitergeleitet.

        In dringenden Fällen erreichen Sie unseren Kundenservice unter 0561 9980-1000 oder
        kundenservice@lindenhof-versicherung.example. Leistungsfälle der Krankenversicherung
        (Rechnungen, Kostenvoranschläge) senden Sie bitte über die Lindenhof-App oder unser
        SecureMail-Portal – nicht per unverschlüsselter E-Mail.

        Thank you for your message. I am out of the office until Monday, 16 March 2026.
        Your e-mail will not be forwarded. For urgent matters please call +49 561 9980-1000
        or write to kundenservice@lindenhof-versicherung.example.

        Elena Marquardt
        Lindenhof Lebensversicherung AG
        """)
    htm = T("""
        <html><body style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 16.03.2026, nicht im Büro und kann
        Ihre E-Mail erst danach beantworten. Ihre Nachricht wird nicht weitergeleitet.</p>
        <p>In dringenden Fällen erreichen Sie unseren Kundenservice unter 0561 9980-1000 oder
        <a href="mailto:kundenservice@lindenhof-versicherung.example">kundenservice@lindenhof-versicherung.example</a>.
        Leistungsfälle der Krankenversicherung (Rechnungen, Kostenvoranschläge) senden Sie bitte über die
        Lindenhof-App oder unser SecureMail-Portal &ndash; nicht per unverschlüsselter E-Mail.</p>
        <p><i>Thank you for your message. I am out of the office until Monday, 16 March 2026. Your e-mail
        will not be forwarded. For urgent matters please call +49 561 9980-1000 or write to
        kundenservice@lindenhof-versicherung.example.</i></p>
        <p>Elena Marquardt<br>Lindenhof Lebensversicherung AG</p>
        </body></html>
        """)
    return build(n, 'marquardt', [('Klaus-Dieter Brandt', 'kd.brandt@familie-brandt.example')],
                 'Automatische Antwort: Rückruf bitte', (9, 15, 10), alt(text(txt), html(htm)),
                 extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
                 irt=reply_id(n, 'familie-brandt.example'))


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-partner',
      'facultative reinsurer gets a BU claim notification in English with a German medical report extract (breast cancer C50.4, chemotherapy) for a named insured')
def m027(n):
    body = T("""
        Dear Ms Whitcombe,

        under facultative certificate FAC-LH-2019-0442 we notify a disability income claim
        above the notification threshold:

          Insured:             Dr. Katharina Vollrath, born 02/05/1977 (dentist, self-employed)
          Policy:              BU 8 310 776-2, monthly benefit EUR 4,800, reinsured share 60 %
          Date of disability:  14/11/2025
          Cause:               breast cancer (ICD-10 C50.4), mastectomy 12/2025,
                               chemotherapy ongoing until approx. 05/2026
          Our decision:        benefit accepted for a limited period until 30/11/2026
                               (befristetes Anerkenntnis), re-assessment after therapy

        Reserve as of 28/02/2026: EUR 212,400 (100 %), your share EUR 127,440.

        Attached is an extract of the oncologist's report (in German). A full translation
        can be provided on request. Please treat this information in line with our
        reinsurance data-protection agreement (Art. 28 GDPR / § 203 StGB).

        Mit freundlichen Grüßen / Kind regards

        """) + sig('nwosu', 'en') + foot('leben', 'en')
    pdf = make_pdf([
        '# Onkologische Gemeinschaftspraxis Kassel-Mitte',
        'Dr. med. Thomas Rehberg / Dr. med. Ines Falk',
        '',
        'Auszug aus dem Arztbrief vom 19.02.2026',
        'Patientin: Dr. Katharina Vollrath, geb. 02.05.1977',
        '',
        'Diagnose: Mammakarzinom links, oberer äußerer Quadrant (C50.4), pT2 pN1a M0, G3,',
        'HER2-positiv, ER/PR negativ. Z. n. Mastektomie links mit Sentinel-Lymphknoten-',
        'biopsie am 09.12.2025.',
        '',
        'Therapie: adjuvante Chemotherapie nach EC-Paclitaxel-Schema plus Trastuzumab,',
        'Beginn 12.01.2026, voraussichtliches Ende 05/2026; anschließend Bestrahlung.',
        '',
        'Beurteilung: Die Patientin ist derzeit nicht in der Lage, ihre Tätigkeit als',
        'niedergelassene Zahnärztin (überwiegend stehend, feinmotorisch) auszuüben.',
        'Polyneuropathie der Finger unter Taxan-Therapie. Prognose zur Wiederaufnahme',
        'der Tätigkeit frühestens 6 Monate nach Therapieende.',
    ], title='Arztbrief Auszug')
    return build(n, 'nwosu', [('Helen Whitcombe', 'life.claims@atlantic-re.example')],
                 'Claim notification FAC-LH-2019-0442 / BU 8 310 776-2', (9, 15, 26),
                 mixed(text(body), attach(pdf, 'Arztbrief_Auszug_2026-02-19.pdf')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'buildings storm claim: named homeowners, insured address, claim number, loss adjuster appointment (ICS)')
def m028(n):
    body = T("""
        Dear Mr and Mrs O'Brien,

        thank you for the photos of your roof. Because several rows of tiles and part of the
        ridge are affected, we have asked an independent loss adjuster to inspect the damage:

          Claim number:    WG-2026-002931 (buildings policy WG-1187660)
          Address:         Am Sonnenhang 23, 34225 Baunatal
          Loss adjuster:   Mr Holger Brinkmann, Sachverständigenbüro Brinkmann
          Appointment:     Monday, 16 March 2026, 10:00 (about one hour)

        The calendar invitation is attached. Please make sure the attic is accessible.
        The emergency repair by the roofer (tarpaulin) is covered - please keep the invoice.

        If the date does not suit you, just reply and we will find another one.

        Kind regards

        """) + sig('weidemann', 'en') + foot('allg', 'en')
    ics = make_ics('wg-2026-002931-besichtigung', 'Loss adjuster visit - claim WG-2026-002931',
                   '20260316T100000', '20260316T110000',
                   ('Jonas Weidemann', 'jonas.weidemann@' + DOM),
                   [('Sean O\'Brien', 'sean.obrien@irishmail.example'), ('Holger Brinkmann', 'brinkmann@sv-brinkmann.example')],
                   location='Am Sonnenhang 23, 34225 Baunatal',
                   description='Inspection of storm damage to the roof (tiles, ridge). Policy WG-1187660.')
    return build(n, 'weidemann', [('Sean O\'Brien', 'sean.obrien@irishmail.example'),
                                  ('Maeve O\'Brien', 'maeve.obrien@irishmail.example')],
                 'Your storm claim WG-2026-002931 - inspection on 16 March', (9, 15, 40),
                 mixed(text(body), attach(ics, 'Besichtigung_WG-2026-002931.ics', ctype='text/calendar',
                                          charset='utf-8', method='REQUEST')),
                 cc=[('Holger Brinkmann', 'brinkmann@sv-brinkmann.example')])


@mail('NORMAL', 'de', 'internal',
      'trap: job advert for a health claims clerk (GOÄ, ICD-10, "Gesundheitsdaten") sent to HR colleagues for approval (ODT); no applicant')
def m029(n):
    body = T("""
        Hallo Stefan, hallo Serkan,

        anbei der Entwurf der Stellenanzeige für die zwei offenen Stellen in der
        Leistungsprüfung. Bitte bis Mittwoch fachlich gegenlesen, vor allem die
        Anforderungen – ich habe "GOÄ/GOZ-Kenntnisse" als Muss drin, ist das zu streng?

        Veröffentlichung geplant auf unserer Karriereseite und bei zwei Jobbörsen ab 16.03.

        Danke und Gruß
        Ben
        """) + sig('hartwig')
    odt = make_odt([
        ('h', 'Sachbearbeiter/in Leistungsprüfung Krankenversicherung (m/w/d)'),
        'Lindenhof Krankenversicherung a.G., Kassel – Vollzeit oder Teilzeit (ab 30 Std.), unbefristet',
        ('h', 'Ihre Aufgaben'),
        '• Prüfung und Abrechnung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und KHEntgG',
        '• Bearbeitung von Kostenvoranschlägen (Heil- und Kostenpläne, Hilfsmittel)',
        '• Beurteilung der medizinischen Notwendigkeit in Zusammenarbeit mit unserem ärztlichen Dienst',
        '• telefonische und schriftliche Beratung unserer Versicherten – mit Fingerspitzengefühl',
        ('h', 'Ihr Profil'),
        '• Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen oder Medizinische/r Fachangestellte/r',
        '• Kenntnisse der GOÄ/GOZ und der ICD-10-Klassifikation',
        '• sorgfältiger Umgang mit Gesundheitsdaten und Verständnis für Datenschutz',
        ('h', 'Wir bieten'),
        '• 38-Stunden-Woche, Gleitzeit, bis zu 3 Tage mobiles Arbeiten',
        '• Tarifvertrag der privaten Versicherungswirtschaft, 13,5 Gehälter',
        '• betriebliche Krankenversicherung und Zuschuss zum Deutschlandticket',
        'Bewerbung bis 15.04.2026 über karriere.lindenhof-versicherung.example, Kennziffer KV-2026-04',
    ], title='Stellenanzeige KV-2026-04', author='Ben Hartwig')
    return build(n, 'hartwig', ['vogt', 'aydin'],
                 'Entwurf Stellenanzeige Leistungsprüfung KV (KV-2026-04)', (9, 16, 2),
                 mixed(text(body), attach(odt, 'Stellenanzeige_KV-2026-04.odt')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dental supplementary insurance: treatment and cost plan for an implant region 36 with GOZ positions and reimbursement for a named insured')
def m030(n):
    body = T("""
        Guten Tag Frau Yıldırım,

        wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Dr. Monika Seifert, vom
        25.02.2026 geprüft. Geplant ist ein Implantat in Regio 36 (unten links, erster
        Backenzahn) mit Knochenaufbau und anschließender Krone.

          Gesamtkosten laut Plan:             3.412,80 €
            davon Implantat GOZ 9010            1.002,42 €
            Knochenaufbau GOZ 9100               512,67 €
            Krone auf Implantat, Labor         1.420,00 €
          Festzuschuss Ihrer Krankenkasse:       -484,86 €
          erstattungsfähiger Rest:            2.927,94 €
          Erstattung Tarif ZahnPlus 80 %:     2.342,35 €

        Die Wartezeit ist erfüllt, der Zahnverlust lag nach Ihrer Angabe nicht vor
        Vertragsbeginn. Eine Leistungsbegrenzung in den ersten Jahren besteht nicht mehr
        (Vertrag ZP-4410882 seit 2021).

        Bitte reichen Sie nach der Behandlung die Rechnung und den Bonusheft-Nachweis ein.

        Mit freundlichen Grüßen

        """) + sig('vogt') + foot('kranken')
    return build(n, 'vogt', [('Elif Yıldırım', 'elif.yildirim@webpost.example')],
                 'Ihr Heil- und Kostenplan vom 25.02.2026', (9, 16, 25), text(body))


# ---------------------------------------------------------------------------
# Tuesday, 10 March 2026
# ---------------------------------------------------------------------------

@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'motor: transfer of a UK no-claims bonus for a named client, drivers with dates of birth and licence dates, us-ascii')
def m031(n):
    body = T("""
        Hi James,

        thanks for the documents for your client Mr Oliver Pemberton. We can accept the
        no-claims discount letter from his UK insurer (11 years claim-free, issued 19 Feb 2026)
        and place the new policy in SF class 11 instead of the beginner class.

        Details as we have them now - please check and confirm:

          Policyholder:     Oliver Pemberton, born 14 August 1983
          Second driver:    Charlotte Pemberton, born 02 March 1985, licence since 2004
          Vehicle:          BMW 320d Touring, VIN WBA8K11050K773201, plate KS-OP 714
          Start of cover:   16 March 2026, MTPL + comprehensive, excess EUR 300/150
          Annual premium:   EUR 918.40 (quarterly EUR 229.60)

        Policy number will be KH 31/5602281. The eVB number for the registration office is
        R7KX2P9. Once you confirm, the policy schedule goes to your broker post box.

        Best,
        Miriam

        """) + sig('hoffstetter', 'en').replace('·', '-') + foot('allg', 'en')
    body = body.replace('ä', 'ae')
    return build(n, 'hoffstetter', [('James Finch', 'james.finch@harbourfinch-brokers.example')],
                 'Pemberton - UK NCD accepted, SF 11', (10, 8, 11), text(body, charset='us-ascii', cte='7bit'))


@mail('NORMAL', 'de', 'newsletter',
      'trap: customer newsletter (bike theft tips, tick-borne encephalitis vaccination advice, travel cover, garden party liability); general advice, no person; HTML only')
def m032(n):
    htm = T("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Lindenhof Frühjahrs-Check</title></head>
        <body style="margin:0;background:#f4f6f2;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#2f6b3a;color:#fff"><h1 style="margin:0">Ihr Frühjahrs-Check</h1>
        <p style="margin:0">Newsletter März 2026</p></td></tr>
        <tr><td>
        <h2>Fahrrad: Rahmennummer notieren</h2>
        <p>Jedes Jahr werden in Deutschland rund 250.000 Fahrräder als gestohlen gemeldet. Notieren Sie die
        Rahmennummer, fotografieren Sie Ihr Rad und bewahren Sie den Kaufbeleg auf &ndash; das beschleunigt
        die Regulierung enorm.</p>
        <h2>Zeckenzeit: an die FSME-Impfung denken</h2>
        <p>In Nordhessen gelten mehrere Landkreise als FSME-Risikogebiet. Die Ständige Impfkommission empfiehlt
        dort die Impfung. In unseren Krankenversicherungstarifen ist sie ohne Selbstbehalt versichert.
        Sprechen Sie Ihre Hausärztin oder Ihren Hausarzt an.</p>
        <h2>Osterurlaub: Auslandsreise-Krankenversicherung prüfen</h2>
        <p>Die gesetzliche Krankenkasse zahlt im Ausland oft nur einen Teil &ndash; einen Rücktransport nie.
        Unser Jahresschutz kostet ab 9,90&nbsp;&euro; pro Jahr.</p>
        <h2>Gartenparty: wer haftet?</h2>
        <p>Stolpert ein Gast über den Gartenschlauch, greift Ihre Privathaftpflicht. Gefälligkeitsschäden
        sind in unseren Tarifen ab 2020 bis 5.000&nbsp;&euro; mitversichert.</p>
        <p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        <a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">Abmelden</a> &middot;
        <a href="https://www.lindenhof-versicherung.example/datenschutz">Datenschutz</a><br>
        Lindenhof Allgemeine Versicherung AG, Lindenhofallee 12, 34131 Kassel</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    return build(n, 'newsletter', [('Newsletter-Abonnenten', 'newsletter-kunden@lists.lindenhof-versicherung.example')],
                 'Ihr Frühjahrs-Check: Fahrrad, Zecken, Osterurlaub', (10, 7, 0), html(htm),
                 mailer='Lindenhof Mailing 3.1',
                 extra=[('List-Unsubscribe', '<https://www.lindenhof-versicherung.example/newsletter/abmelden>'),
                        ('Precedence', 'bulk')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'daily sickness allowance: certificate of incapacity for work received, benefit from day 43 for a named insured; no diagnosis but health line; body base64')
def m033(n):
    body = T("""
        Sehr geehrter Herr Pietsch,

        die Arbeitsunfähigkeitsbescheinigung Ihres Hausarztes vom 02.03.2026 (Folge-
        bescheinigung, arbeitsunfähig voraussichtlich bis 27.03.2026) liegt uns vor.

        Aus Ihrem Krankentagegeldtarif KT 43 (Vertrag KV 5507 2210) zahlen wir ab dem
        43. Tag der Arbeitsunfähigkeit, also ab dem 04.03.2026, ein Tagegeld von 85,00 €.
        Für den Zeitraum 04.03. bis 10.03.2026 überweisen wir heute 595,00 €.

        Bitte senden Sie uns jede weitere Folgebescheinigung spätestens eine Woche nach
        Ausstellung zu – am einfachsten als Foto über die Lindenhof-App. Sobald Sie wieder
        arbeiten, genügt ein kurzer Hinweis per E-Mail.

        Gute Besserung!

        """) + sig('vogt') + foot('kranken')
    return build(n, 'vogt', [('Reinhold Pietsch', 'r.pietsch@mailbox-nord.example')],
                 'Krankentagegeld ab 04.03.2026 – Vertrag KV 5507 2210', (10, 8, 20),
                 text(body, cte='base64'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-company',
      'grey: commercial liability of a sole-trader painter (natural person): claim number, damaged parquet at a customer, payout; no injury')
def m034(n):
    body = T("""
        Sehr geehrter Herr Szymański,

        zum Schaden bei Ihrer Kundin Familie Roloff (Parkett im Wohnzimmer beim Abkleben
        beschädigt) haben wir den Bericht des Parkettlegers erhalten.

          Ihr Vertrag:       Betriebshaftpflicht BHV-22 0871 15, Malerbetrieb Szymański (Inhaber)
          Schadennummer:     BH-2026-001204
          Schadenhöhe:       2.860,00 € (Abschleifen und Versiegeln, 38 m²)
          Selbstbeteiligung: 250,00 €

        Wir zahlen 2.610,00 € direkt an Familie Roloff. Den Selbstbehalt von 250,00 €
        begleichen Sie bitte selbst mit Ihrer Kundin.

        Ein Hinweis für die Zukunft: Bearbeitungsschäden an Sachen, an denen Sie arbeiten,
        sind nur über die Zusatzklausel 7.3 versichert, die Sie zum Glück 2024 mit
        eingeschlossen haben.

        Mit freundlichen Grüßen

        """) + sig('reuter') + foot('allg')
    return build(n, 'reuter', [('Paweł Szymański', 'info@malerbetrieb-szymanski.example')],
                 'Ihr Haftpflichtschaden BH-2026-001204 – Parkett Roloff', (10, 8, 35), text(body))


@mail('NORMAL', 'en', 'internal',
      'trap: phishing awareness notice quoting a fake "update your bank details" mail with a masked placeholder IBAN; no real person or account; us-ascii')
def m035(n):
    body = T("""
        Dear colleagues,

        since Friday we have seen a wave of phishing mails that pretend to come from our
        payroll provider. Example (shortened):

          > Subject: Action required: confirm your salary account
          > Dear employee, due to the migration to SEPA 2.0 please confirm your IBAN
          > (DExx xxxx xxxx xxxx xxxx xx) and your date of birth within 24 hours:
          > hxxps://payroll-verify.example/login

        Please:
        - do NOT click the link and do NOT enter any data,
        - report the mail with the "Report phishing" button in Outlook,
        - if you already entered data, call the IT Service Desk at once (ext. 1099).

        HR will never ask for bank details or birth dates by e-mail. Changes to your
        salary account are only possible in the HR self-service portal.

        Thank you for staying alert!

        IT Security / IT Service Desk
        """)
    return build(n, 'it', [('All staff', 'alle@' + DOM)],
                 'Warning: phishing mails about "salary account confirmation"', (10, 8, 52),
                 text(body, charset='us-ascii', cte='7bit'), extra=[('Importance', 'high')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'accident insurance asks an orthopaedist for a report on a named patient (shoulder injury after a fall); pre-filled report form as DOCX')
def m036(n):
    body = T("""
        Sehr geehrter Herr Dr. Hausmann,

        unsere Versicherungsnehmerin Frau Brigitte Lorenz, geb. 21.10.1961, hat uns einen
        Unfall vom 28.01.2026 gemeldet (Sturz von der Leiter im Garten). Sie gibt an, bei
        Ihnen wegen einer Verletzung der rechten Schulter in Behandlung zu sein.

        Wir bitten Sie, den beigefügten Formularbericht auszufüllen und uns zurückzusenden.
        Die Schweigepflichtentbindung liegt uns vor (Unfallanzeige vom 05.02.2026).
        Für den Bericht zahlen wir eine Pauschale von 40 € zzgl. Porto.

        Mit freundlichen Grüßen

        """) + sig('lamprecht') + foot('allg')
    d = make_docx([
        ('h', 'Ärztlicher Bericht zur Unfallversicherung'),
        'Versicherung: Lindenhof Allgemeine Versicherung AG, Unfallversicherung UV-7730412, Schaden UV-2026-000388',
        ('table', [['Versicherte Person', 'Brigitte Lorenz'],
                   ['Geburtsdatum', '21.10.1961'],
                   ['Unfalltag', '28.01.2026'],
                   ['Unfallhergang (lt. Anzeige)', 'Sturz von Stehleiter beim Obstbaumschnitt, Aufprall auf rechte Schulter'],
                   ['Erstbehandlung', 'Notaufnahme Klinikum Kassel, 28.01.2026']]),
        '1. Welche Verletzungen wurden festgestellt? (Diagnose, ICD-10)',
        '   ...............................................................',
        '2. Bildgebung (Röntgen/MRT) mit Befund:',
        '   ...............................................................',
        '3. Bestanden Vorschäden an der verletzten Schulter (z. B. Arthrose, Impingement)?',
        '   ...............................................................',
        '4. Ist mit einer dauernden Beeinträchtigung der Armfunktion zu rechnen?',
        '   ...............................................................',
        'Ort, Datum, Unterschrift / Stempel',
    ], title='Arztbericht UV-2026-000388', author='Friederike Lamprecht')
    return build(n, 'lamprecht', [('Dr. med. Ralf Hausmann', 'praxis@orthopaedie-hausmann.example')],
                 'Unfallversicherung UV-2026-000388 – Bitte um ärztlichen Bericht', (10, 9, 5),
                 mixed(text(body), attach(d, 'Arztbericht_UV-2026-000388.docx')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household burglary: named customers, claim number, police reference, list of stolen items with values in the XLSX; no health')
def m037(n):
    body = T("""
        Dear Mrs Adeyemi,

        I'm sorry to hear about the break-in at your flat. I have opened claim
        HR-2026-010612 under your household contents policy HR-2219034.

        Attached is the list of stolen items as I understood it from our call this
        morning. Please check it, add anything missing (especially jewellery and
        electronics with serial numbers) and send it back. Please also send the same
        list to the police (reference ST/0311284/2026) - the insurer and the police
        list have to match.

        The broken balcony door is covered as well; you can commission a carpenter
        right away, up to EUR 1,500 without asking us first.

        Kind regards

        """) + sig('weidemann', 'en') + foot('allg', 'en')
    x = make_xlsx([('Stolen items', [
        ['Claim HR-2026-010612', 'Policyholder: Adaeze and Tunde Adeyemi', 'Address: Kurt-Schumacher-Str. 9, 34117 Kassel', ''],
        ['Item', 'Bought (year)', 'Price paid EUR', 'Proof available'],
        ['MacBook Air 13" M2, serial C02XK1JQ', 2023, 1349, 'invoice'],
        ['Gold necklace (heirloom)', 1998, 1800, 'photo only'],
        ['Canon EOS R50 + lens', 2024, 979, 'invoice'],
        ['Cash from drawer', 2026, 320, 'no'],
        ['Apple Watch Series 8', 2023, 499, 'bank statement'],
        ['Designer handbag', 2022, 650, 'invoice'],
        ['Total', '', 5597, ''],
    ])], title='Stolen items HR-2026-010612', author='Jonas Weidemann')
    return build(n, 'weidemann', [('Adaeze Adeyemi', 'adaeze.adeyemi@webpost.example')],
                 'Burglary claim HR-2026-010612 - list of stolen items', (10, 9, 22),
                 mixed(text(body), attach(x, 'stolen_items_HR-2026-010612.xlsx')))


@mail('NORMAL', 'de', 'insurer-to-broker',
      'trap: automatic broker-portal mail with a one-time password for a new user; credential only, no customer or personal data beyond the login name')
def m038(n):
    body = T("""
        Guten Tag,

        für Sie wurde ein Zugang zum Lindenhof Maklerportal angelegt.

        Benutzername:     vp40-1187-02
        Einmal-Passwort:  Tm4#wQ8z-Lr2

        Das Einmal-Passwort ist 72 Stunden gültig. Den Link zur Registrierung erhalten Sie
        in einer separaten E-Mail. Nach der ersten Anmeldung vergeben Sie ein eigenes
        Passwort und eine Sicherheitsfrage.

        Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. Bei Fragen hilft
        Ihnen Ihre Maklerbetreuung oder maklerservice@lindenhof-versicherung.example.

        Lindenhof Maklerservice
        """)
    return build(n, 'noreply', ['assistenz@lohmeyer-finanz.example'],
                 'Ihr Zugang zum Lindenhof Maklerportal (1/2)', (10, 9, 30), text(body),
                 mailer='Lindenhof Maklerportal', extra=[('Auto-Submitted', 'auto-generated')])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'international health plan pre-authorisation of an MRI for suspected lumbar disc herniation for a named expat in Singapore; us-ascii')
def m039(n):
    body = T("""
        Dear Mr Tanaka,

        thank you for sending the referral from Dr. Lim. We approve the following treatment
        under your international health plan IHP-Gold, member no. KV 9004 1188:

          Treatment:        MRI of the lumbar spine, outpatient
          Reason:           suspected disc herniation L5/S1 with sciatica (M51.1)
          Facility:         Orchard Diagnostic Imaging, Singapore
          Approved up to:   SGD 1,450 (direct billing)
          Valid until:      10 April 2026
          Authorisation:    PA-2026-SG-00417

        Please show your member card and quote the authorisation number at the imaging
        centre; they will bill us directly. If surgery is recommended afterwards, please
        contact us before scheduling it - a second opinion is free of charge under your plan.

        Get well soon,

        """) + sig('lindqvist', 'en') + foot('kranken', 'en')
    return build(n, 'lindqvist', [('Hiroshi Tanaka', 'hiroshi.tanaka@expatmail.example')],
                 'Pre-authorisation PA-2026-SG-00417 (MRI)', (10, 9, 44),
                 text(body.replace('ö', 'o'), charset='us-ascii', cte='7bit'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-authority',
      'police enquiry about a stolen car: insurer confirms holder name, VIN, plate and comprehensive cover; no health or criminal data of the customer')
def m040(n):
    body = T("""
        Sehr geehrter Herr Polizeioberkommissar Gerlach,

        bezugnehmend auf Ihr Auskunftsersuchen vom 09.03.2026 (Vorgang ST/0309117/2026)
        teilen wir mit:

          Halter/Versicherungsnehmer:  Herr Konstantin Babić, Wolfhager Straße 212, 34128 Kassel
          Fahrzeug:                    Audi Q5 40 TDI, FIN WAUZZZFY8N2041177
          Kennzeichen:                 KS-KB 1207
          Versicherungsschutz:         Kfz-Haftpflicht und Vollkasko, Vertrag KH 31/5317620,
                                       ununterbrochen seit 01.06.2023
          Diebstahlmeldung bei uns:    09.03.2026, Schaden KS-2026-032104

        Das Fahrzeug war mit zwei Originalschlüsseln ausgeliefert; beide wurden uns
        vom Versicherungsnehmer übergeben. Für die Sachfahndung benötigen Sie ggf. die
        GPS-Daten des Herstellers – diese liegen uns nicht vor.

        Die Auskunft erfolgt auf Grundlage von § 24 Abs. 1 Nr. 1 BDSG.

        Mit freundlichen Grüßen

        """) + sig('oberlaender') + foot('allg')
    return build(n, 'oberlaender', [('PK Kassel-Nord, Sachbearbeitung Kfz-Delikte', 'kfz-delikte.pk-nord@polizei-nordhessen.example')],
                 'Ihr Vorgang ST/0309117/2026 – Audi Q5, KS-KB 1207', (10, 10, 1), text(body))


@mail('NORMAL', 'de', 'internal',
      'trap: water damage in the dental practice rented in the insurer\'s own building; business tenant, treatment room closed, no patient data')
def m041(n):
    body = T("""
        Hallo Henrik,

        kurze Info für dich und die Haustechnik: In der Zahnarztpraxis Dr. Wendt im Erdgeschoss
        (unser Mieter, Eingang Seite Lindenhofallee) ist heute Nacht Wasser aus der Decke
        gekommen. Ursache ist vermutlich die Spülmaschine in unserer Teeküche 1. OG.

        - Behandlungsraum 2 und das Röntgenzimmer sind nass, Strom dort abgeschaltet.
        - Die Praxis behandelt heute nur in Raum 1 und 3 und bestellt einen Teil der
          Patienten um – Frau Wendt fragt, ob wir den Mietausfall übernehmen.
        - Trocknungsfirma (Fa. Trockenbau Rudolph) ist bestellt, kommt um 11 Uhr.

        Das läuft über unsere eigene Gebäudeversicherung (Konzernvertrag WG-K-0001),
        den Schaden habe ich schon intern angelegt. Für die Mietminderung ist aber die
        Liegenschaftsverwaltung zuständig, oder?

        Gruß
        Jonas
        """) + sig('weidemann')
    return build(n, 'weidemann', ['sommerfeld'], 'Wasserschaden EG – Zahnarztpraxis Dr. Wendt', (10, 10, 14),
                 text(body), cc=[('Haustechnik', 'haustechnik@' + DOM)], extra=[('Importance', 'high')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'life insurance beneficiary change after divorce (personal line): named policyholder, ex-wife removed, children as beneficiaries; iso-8859-1')
def m042(n):
    body = T("""
        Sehr geehrter Herr Wiegand,

        wie gewünscht haben wir das Bezugsrecht für den Todesfall in Ihrer Risiko-
        lebensversicherung LV 8 447 019-5 (Versicherungssumme 250.000 EUR) geändert.

        Bisher bezugsberechtigt: Frau Carina Wiegand (Ehefrau)
        Neu bezugsberechtigt zu gleichen Teilen:
          - Jonas Wiegand, geb. 04.05.2012
          - Lena Wiegand, geb. 17.11.2015

        Da die Kinder minderjährig sind, wird die Leistung im Todesfall an den jeweiligen
        gesetzlichen Vertreter ausgezahlt. Wenn Sie das vermeiden möchten, können Sie
        einen Treuhänder bestimmen. Das Bezugsrecht ist widerruflich.

        Den Nachtrag zum Versicherungsschein senden wir Ihnen per Post.

        Mit freundlichen Grüßen

        """) + sig('marquardt') + foot('leben')
    return build(n, 'marquardt', [('Matthias Wiegand', 'm.wiegand@webpost.example')],
                 'Änderung Bezugsrecht LV 8 447 019-5', (10, 10, 33),
                 text(body, charset='iso-8859-1'), subject_charset='iso-8859-1')


@mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'travel baggage claim: German mail quoting the airline\'s English property irregularity report; named customer, policy, item values, no health')
def m043(n):
    body = T("""
        Liebe Frau Kleinschmidt,

        danke für die Unterlagen. Ihr Koffer gilt nach Auskunft der Airline seit 21 Tagen als
        verloren, damit können wir regulieren (Reisegepäckversicherung RV-2025-039114,
        Schaden RG-2026-000871).

        Die Airline hat Ihnen laut dem Schreiben unten bereits 400 € gezahlt. Wir erstatten
        den Zeitwert des Inhalts abzüglich dieser Zahlung:

          Zeitwert Inhalt laut Liste:   1.265,00 €
          abzgl. Zahlung Airline:        -400,00 €
          Erstattung:                     865,00 €

        Das Geld überweisen wir auf das Konto, das Sie im Schadenformular angegeben haben.

        Herzliche Grüße

        """) + sig('schaedlich') + '\n' + T("""

        ---------- Forwarded message ---------
        From: Atlantica Air Baggage Services <baggage@atlantica-air.example>
        Date: Tue, 24 Feb 2026 at 11:02
        Subject: Your file LISAA 41873 - final settlement
        To: <s.kleinschmidt@mailbox-nord.example>

        Dear Ms Kleinschmidt,

        we regret that despite an extensive search your bag (tag AA 318 772) could not be
        located. Your file LISAA 41873 is closed as lost baggage. As a goodwill gesture and
        in line with the Montreal Convention we have transferred EUR 400.00 to your account.

        Atlantica Air Baggage Services, Lisbon
        """) + foot('kranken')
    return build(n, 'schaedlich', [('Svenja Kleinschmidt', 's.kleinschmidt@mailbox-nord.example')],
                 'AW: Koffer Lissabon – Schaden RG-2026-000871', (10, 10, 50), text(body),
                 irt=reply_id(n, 'mailbox-nord.example'))


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: answer to an insurance association survey with aggregated complaint statistics per line incl. health and life (CSV); no individual complaint')
def m044(n):
    body = T("""
        Dear Mr Duval,

        please find attached our figures for the EuroInsure Forum complaints survey 2025.
        All numbers are totals for the Lindenhof group (Germany only), counted by the date
        the complaint was received. Complaints forwarded by the supervisor and by the
        insurance ombudsman are included.

        A short comment on health: the increase in 2025 comes mainly from the premium
        adjustment in January 2025, not from claims decisions.

        Best regards

        """) + sig('wittkamp', 'en') + foot('holding', 'en', disclaimer=False)
    c = make_csv([
        ['line_of_business', 'complaints_2024', 'complaints_2025', 'per_10000_contracts_2025', 'upheld_share_2025'],
        ['motor', '412', '455', '2.7', '0.31'],
        ['household', '133', '128', '1.1', '0.24'],
        ['buildings', '201', '245', '3.9', '0.28'],
        ['liability', '88', '94', '0.9', '0.22'],
        ['legal_expenses', '176', '163', '3.1', '0.19'],
        ['accident', '97', '104', '2.4', '0.33'],
        ['life_incl_disability', '264', '251', '2.2', '0.26'],
        ['health', '318', '402', '5.6', '0.21'],
        ['travel', '51', '49', '0.8', '0.37'],
        ['pet', '22', '30', '4.1', '0.40'],
    ], delimiter=';')
    return build(n, 'wittkamp', [('Laurent Duval', 'surveys@euroinsure-forum.example')],
                 'EuroInsure Forum complaints survey 2025 - Lindenhof group', (10, 11, 5),
                 mixed(text(body), attach(c, 'lindenhof_complaints_2025.csv', charset='utf-8')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'cost confirmation to a hospital for a planned hip replacement (M16.1) incl. optional services for a named privately insured patient')
def m045(n):
    body = T("""
        Sehr geehrte Damen und Herren,

        für unseren Versicherten

          Herrn Gerhard Nolte, geb. 08.12.1955, Vers.-Nr. KV 5501 0932

        bestätigen wir die Kostenübernahme für den stationären Aufenthalt ab dem 23.03.2026
        in Ihrem Haus (Orthopädische Klinik, Station 4B) zur Implantation einer Hüft-
        totalendoprothese rechts bei primärer Koxarthrose (M16.1).

        Übernommen werden die allgemeinen Krankenhausleistungen nach DRG sowie die
        Wahlleistungen Einbettzimmer und Chefarztbehandlung (Prof. Dr. Wenzel) zu 100 %
        nach GOÄ bis zum 3,5-fachen Satz. Die Kostenübernahme gilt für 12 Tage; eine
        Verlängerung beantragen Sie bitte mit kurzer medizinischer Begründung.

        Rechnungen bitte direkt an uns, Stichwort "Direktabrechnung KV 5501 0932".

        Mit freundlichen Grüßen

        """) + sig('aydin') + foot('kranken')
    return build(n, 'aydin', [('Patientenaufnahme Klinikum Nordstadt', 'aufnahme@klinikum-nordstadt.example')],
                 'Kostenübernahme stationär – Nolte, Gerhard, Aufnahme 23.03.2026', (10, 11, 18), text(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor policy change: adding two named drivers with dates of birth, premium change, plate; no health')
def m046(n):
    body = T("""
        Dear Mrs Kowalczyk-Reid,

        as requested on the phone we have added your two children as drivers to your car
        policy KH 31/5170934 (Skoda Octavia, KS-KR 330) from 15 March 2026:

          Ethan Reid    born 11 June 2007, driving licence since 20 February 2026 (BF17 before)
          Amelia Reid   born 29 January 2005, driving licence since 2023

        Because of the young drivers the premium goes up from EUR 604.80 to EUR 1,192.30
        per year. The difference for the rest of the year (EUR 463.75) will be collected with
        the next instalment on 1 April.

        Tip: if the children only use the car occasionally, the option "young drivers
        occasional use" (max. 5,000 km/year by drivers under 25) would save about EUR 210.
        Shall I change it?

        Kind regards

        """) + sig('seidel', 'en') + foot('allg', 'en')
    return build(n, 'seidel', [('Joanna Kowalczyk-Reid', 'joanna.kreid@webpost.example')],
                 'Your car policy KH 31/5170934 - additional drivers', (10, 11, 40), text(body))


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: print proof of an accident-insurance flyer with the generic limb table (Gliedertaxe) and a fictitious example person; product material (PDF)')
def m047(n):
    body = T("""
        Hallo Frau Meyer,

        anbei die freigegebene Fassung des Flyers "Unfallschutz Aktiv" (Korrektur 3).
        Bitte noch zwei Dinge ändern:

        - Seite 2, Tabelle: "Verlust eines Daumens" 25 % statt 20 %
        - Beispielrechnung Seite 3: Beitrag "ab 7,40 €" statt "ab 7,90 €"

        Auflage wie besprochen 15.000 Stück, 4/4-farbig, 170 g Bilderdruck matt, Lieferung
        an unser Lager bis 27.03. Bestellnummer EK-2026-0342.

        Danke und viele Grüße

        """) + sig('wittkamp') + foot('holding', disclaimer=False)
    pdf = make_pdf([
        '# Unfallschutz Aktiv - Freizeit, Beruf, Haushalt. 24 Stunden weltweit.',
        '',
        'Gut zu wissen: Rund 70 Prozent aller Unfälle passieren in der Freizeit und im Haushalt -',
        'dort zahlt die gesetzliche Unfallversicherung nicht.',
        '',
        '# Die Gliedertaxe (Auszug)',
        'Verlust oder völlige Funktionsunfähigkeit ...',
        '  eines Arms im Schultergelenk ............ 75 %',
        '  einer Hand im Handgelenk ................ 60 %',
        '  eines Daumens ........................... 20 %',
        '  eines Beins über der Mitte des Oberschenkels 70 %',
        '  eines Auges ............................. 50 %',
        '  des Gehörs auf einem Ohr ................ 30 %',
        '',
        '# Beispiel',
        'Max Mustermann (fiktiv), 35 Jahre, Büroangestellter, stürzt beim Joggen und verliert',
        'dauerhaft die Hälfte der Funktion seiner Hand. Invaliditätsgrad 30 %.',
        'Grundsumme 100.000 EUR, Progression 225 %: Leistung 30.000 EUR.',
        'Beitrag für diese Absicherung: ab 7,90 EUR im Monat.',
        '',
        'Lindenhof Allgemeine Versicherung AG - www.lindenhof-versicherung.example/unfall',
    ], title='Flyer Unfallschutz Aktiv Korrektur 3')
    return build(n, 'wittkamp', [('Sandra Meyer', 's.meyer@druckhaus-meyer.example')],
                 'Korrektur 3 Flyer Unfallschutz Aktiv – Freigabe mit 2 Änderungen', (10, 12, 2),
                 mixed(text(body), attach(pdf, 'Flyer_Unfallschutz_Aktiv_K3.pdf')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'internal BU case conference: named claimant, psychiatric expert opinion (F32.2, F41.1) in a PDF and case notes in a DOCX, both inside a ZIP')
def m048(n):
    body = T("""
        Hallo Ulrike, hallo Frank,

        für unsere Fallbesprechung am Donnerstag zu BU 8 498 230-1 (Herr Dennis Kaltenbach,
        Fertigungsmeister, Antrag auf BU-Rente seit 10/2025) habe ich das psychiatrische
        Gutachten und meine Vermerke in ein ZIP gepackt.

        Kernfrage ist, ob die 50 % Berufsunfähigkeit schon seit der Klinikentlassung im
        Dezember vorliegen oder erst ab der Stellungnahme des Gutachters. Das macht
        vier Monatsrenten Unterschied.

        Das Passwort für das ZIP gibt's nicht, die Datei liegt ja nur intern – bitte trotzdem
        nicht weiterleiten.

        Viele Grüße
        Patrick
        """) + sig('nwosu')
    pdf = make_pdf([
        '# Psychiatrisches Fachgutachten (Auszug)',
        'Proband: Dennis Kaltenbach, geb. 17.04.1978',
        'Auftraggeber: Lindenhof Lebensversicherung AG, BU 8 498 230-1',
        'Gutachter: Dr. med. Volker Jansen, FA für Psychiatrie und Psychotherapie',
        '',
        'Diagnosen:',
        '  F32.2 Schwere depressive Episode ohne psychotische Symptome',
        '  F41.1 Generalisierte Angststörung',
        'Stationäre Behandlung Klinik am Habichtswald 15.10.-19.12.2025.',
        '',
        'Aktuell: Venlafaxin 225 mg, ambulante Psychotherapie 1x/Woche. Konzentration und',
        'Belastbarkeit deutlich gemindert, Führungsaufgaben im Schichtbetrieb derzeit nicht',
        'zumutbar. Grad der Berufsunfähigkeit im zuletzt ausgeübten Beruf: 70 %.',
        'Besserung in 12 bis 18 Monaten möglich; Nachuntersuchung empfohlen.',
    ], title='Gutachten Kaltenbach')
    docx = make_docx([
        ('h', 'Vermerk BU 8 498 230-1 Kaltenbach'),
        'Leistungsantrag eingegangen 21.10.2025, Fragebogen vollständig 08.01.2026.',
        'Arbeitgeber bestätigt Tätigkeit: Fertigungsmeister, 42 Std./Woche, 60 % Führung, 40 % Hallenrundgänge.',
        'Offen: Beginn der BU - Entlassung 19.12.2025 oder Gutachten 20.02.2026? Differenz 4 x 1.650 EUR.',
        'Vorschlag: Anerkenntnis ab 01.01.2026, befristet bis 31.12.2026, Nachprüfung Q4/2026.',
    ], title='Vermerk Kaltenbach', author='Patrick Nwosu')
    z = make_zip([('Gutachten_Jansen_2026-02-20.pdf', pdf), ('Vermerk_Nwosu.docx', docx)], stamp=(2026, 3, 10, 11, 50, 0))
    return build(n, 'nwosu', ['brandes', ('Frank Ehlers', 'frank.ehlers@' + DOM)],
                 'Fallbesprechung Do – BU 8 498 230-1', (10, 12, 20),
                 mixed(text(body), attach(z, 'BU_8498230-1_Unterlagen.zip')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'motor liability: UK solicitor of a British claimant gets our insured\'s name, claim number and the repair offer; "no injuries reported"; us-ascii')
def m049(n):
    body = T("""
        Dear Ms Hollingsworth,

        Your ref: HW/RTA/26/0193 - Mr Alistair Grant
        Our ref:  KS-2026-029950, insured: Mr Benedikt Kaiser, policy KH 31/4470113

        Thank you for your letter of 3 March. We confirm that our insured's van hit your
        client's parked rental car (Ford Focus, KS-XR 5521) in Kassel on 18 February 2026.
        Liability is accepted in full.

        Based on the repair estimate of the rental company we offer:

          Repair costs (net)            EUR 2,741.30
          Loss of use, 6 days           EUR   258.00
          General expenses (flat rate)  EUR    25.00
          Total                         EUR 3,024.30

        No injuries were reported by either party, so we assume there is no personal
        injury claim. Please let us have your client's bank details (or your client account)
        for payment.

        Yours sincerely

        """) + sig('oberlaender', 'en') + foot('allg', 'en')
    body = body.replace('Oberländer', 'Oberlaender')
    return build(n, 'oberlaender', [('Rebecca Hollingsworth', 'r.hollingsworth@hollingsworth-law.example')],
                 'Your ref HW/RTA/26/0193 - our claim KS-2026-029950', (10, 12, 45),
                 text(body, charset='us-ascii', cte='7bit'))


@mail('NORMAL', 'en', 'insurer-to-customer',
      'trap: general explanation of how to receive secure mail (portal, S/MIME certificate, one-time password) to a person who asked; no contract or personal data')
def m050(n):
    txt = T("""
        Dear Mr Castellano,

        thank you for your question about e-mail security. When we send personal
        information to our customers (for example about a claim or a health insurance
        benefit), we never send it as a normal e-mail. There are three options:

        1. Secure mailbox (portal): you get a short notification and read the message in
           our SecureMail portal in your browser. The first time, you receive a one-time
           password in a separate e-mail and choose your own password.
        2. S/MIME: if you have your own e-mail certificate, send us a signed e-mail once.
           We then encrypt everything directly to you.
        3. Post: of course anyone can also ask for letters only.

        You can find our certificates at https://www.lindenhof-versicherung.example/zertifikate.

        Kind regards

        """) + sig('demir', 'en') + foot('allg', 'en')
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    return build(n, 'demir', [('Marco Castellano', 'marco.castellano@mailbox-sud.example')],
                 'RE: How do I get encrypted mail from you?', (10, 13, 10), alt(text(txt), html(htm)),
                 irt=reply_id(n, 'mailbox-sud.example'))


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: price agreement with an optician network for glasses and lenses in the health tariffs (Sehhilfen, Gleitsichtgläser); no insured person')
def m051(n):
    body = T("""
        Sehr geehrter Herr Brück,

        vielen Dank für das Gespräch am Freitag. Wie besprochen fassen wir die Eckpunkte für
        die Verlängerung der Kooperation "Lindenhof Sehhilfen-Service" ab 01.05.2026 zusammen:

        1. Einstärkengläser (Kunststoff, entspiegelt): Festpreis 79 € je Glas
        2. Gleitsichtgläser Komfort: Festpreis 269 € je Glas, Premium 349 €
        3. Kontaktlinsen-Anpassung: 45 € pauschal
        4. Versicherte legen ihre Lindenhof-Karte vor, Ihre Filialen rechnen direkt mit uns ab
           (elektronisch, Formatbeschreibung wie bisher), keine Vorleistung der Kunden
        5. Sehtest ohne Verordnung bleibt kostenlos und wird nicht abgerechnet

        Die Tarife mit Sehhilfen-Leistung (AMB-Komfort, AMB-Premium, ZahnPlus Brille) umfassen
        derzeit rund 61.000 Versicherte. Eine Liste der Versicherten erhalten Sie
        selbstverständlich nicht; die Berechtigung prüfen wir bei jeder Abrechnung.

        Den Vertragsentwurf schickt Ihnen unsere Rechtsabteilung bis Ende März.

        Mit freundlichen Grüßen

        """) + sig('vogt') + foot('kranken')
    return build(n, 'vogt', [('Thorsten Brück', 't.brueck@optik-partnernetz.example')],
                 'Kooperation Sehhilfen-Service ab 01.05.2026 – Eckpunkte', (10, 13, 25), text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'subject tag [vertraulich] set by the sender; confirmation of a new bank account (IBAN) for a named household customer')
def m052(n):
    ib = iban('DE', '52040000' + '0218830044')
    body = T("""
        Guten Tag Frau Hennig,

        wir haben Ihre neue Bankverbindung für Ihre Verträge bei uns gespeichert:

          Kontoinhaberin:  Maria Hennig
          IBAN:            %s
          Bank:            Kasseler Volksbank (Beispielbank eG)
          gültig ab:       Beitragseinzug 01.04.2026

        Betroffen sind Ihre Hausratversicherung HR-2240117 und Ihre Privathaftpflicht
        PH-3370458. Das SEPA-Lastschriftmandat mit der Mandatsreferenz LH-0092281-03 haben
        Sie uns unterschrieben zurückgeschickt, vielen Dank.

        Sollten Sie diese Änderung nicht veranlasst haben, rufen Sie uns bitte sofort an.

        Freundliche Grüße

        """ % ib) + sig('demir') + foot('allg')
    return build(n, 'demir', [('Maria Hennig', 'maria.hennig@webpost.example')],
                 '[vertraulich] Ihre neue Bankverbindung', (10, 13, 40), text(body))


@mail('NORMAL', 'en', 'internal',
      'trap: calendar invitation for the claims management jour fixe; agenda about KPIs and storm preparation, no cases')
def m053(n):
    body = T("""
        Hi all,

        invite for our claims jour fixe attached. Agenda:

        1. Storm "Lotte" - staffing for Friday/Saturday (Jonas, Uwe)
        2. Backlog health invoices: 6.2 days, target 5 (Stefan)
        3. Motor FNOL photo upload pilot - go/no-go (Katrin)
        4. Regulatory: BaFin circular on claims handling times, first reading (Nadine)
        5. AOB

        As always in English because of our colleagues from Amsterdam.

        Katrin
        """)
    ics = make_ics('jf-claims-2026-03-10', 'Jour fixe claims management', '20260310T100000', '20260310T110000',
                   ('Katrin Oberländer', 'katrin.oberlaender@' + DOM),
                   [('Jonas Weidemann', 'jonas.weidemann@' + DOM), ('Stefan Vogt', 'stefan.vogt@' + DOM),
                    ('Uwe Kraft', 'uwe.kraft@' + DOM), ('Nadine Kessler', 'nadine.kessler@' + DOM),
                    ('Pieter de Waal', 'pieter.dewaal@' + DOM)],
                   location='Room 3.14 / Teams', stamp='20260309T161500Z')
    return build(n, 'oberlaender', [('Claims management', 'schadenleitung@' + DOM)],
                 'Jour fixe claims management - Tue 10:00', (10, 7, 48),
                 mixed(text(body), attach(ics, 'invite.ics', ctype='text/calendar', charset='utf-8', method='REQUEST')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'life underwriting asks a UK GP for medical records of a named applicant (hypertension, sleep apnoea); us-ascii')
def m054(n):
    body = T("""
        Dear Dr Patel,

        Re: Mr Daniel Whitaker, date of birth 19 March 1981
            formerly registered at Meadowbank Surgery, Leeds (until 2024)

        Mr Whitaker has applied to us for a term life insurance of EUR 400,000 and has
        consented to us contacting his former GP (signed consent attached to our letter of
        2 March, reference LV-A-2026-01877).

        In his application he declared treated high blood pressure since 2019 and an
        obstructive sleep apnoea diagnosed in 2022 (CPAP). We would be grateful for a
        GP report or a copy of the relevant records covering:

          - blood pressure readings of the last three years and current medication
          - the sleep study result and CPAP compliance
          - any cardiac investigations (ECG, echocardiogram)
          - alcohol consumption as recorded

        We will pay your usual fee for a GP report; please send the invoice with the report.
        Secure upload: https://securemail.lindenhof-versicherung.example/upload

        Yours sincerely

        """) + sig('brandes', 'en') + foot('leben', 'en')
    return build(n, 'brandes', [('Dr Anjali Patel', 'reception@meadowbank-surgery.example')],
                 'Medical report request - Mr D. Whitaker (DOB 19/03/1981)', (10, 13, 58),
                 text(body, charset='us-ascii', cte='7bit'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'personal liability: child of the policyholder scratched the neighbour\'s car; names, claim number, repair cost; 8bit, no injury')
def m055(n):
    body = T("""
        Hallo Herr Neumeister,

        danke für die Fotos vom Auto Ihres Nachbarn. Kurz zum Stand:

        Ihr Sohn Finn ist 6 Jahre alt. Kinder unter 7 Jahren haften nach § 828 BGB nicht
        für Schäden, die sie verursachen. Trotzdem zahlt Ihre Privathaftpflicht PH-3349921
        den Schaden, weil Sie den Baustein "Schäden durch deliktunfähige Kinder" haben
        (bis 10.000 €).

        Der Kostenvoranschlag der Werkstatt für den Kratzer an der Fahrertür des Nachbarn,
        Herrn Ulrich Sander, beträgt 1.146,20 €. Wir überweisen das direkt an Herrn Sander,
        wenn er uns seine Bankverbindung schickt. Schadennummer: PH-2026-004355.

        Viele Grüße

        """) + sig('quandt') + foot('allg')
    return build(n, 'quandt', [('Tobias Neumeister', 'tobias.neumeister@familienpost.example')],
                 'AW: Kratzer am Auto vom Nachbarn', (10, 14, 7), text(body, cte='8bit', flowed=True),
                 mailer='thunderbird', irt=reply_id(n, 'familienpost.example'))


@mail('NORMAL', 'en', 'insurer-to-customer',
      'trap: automatic portal registration mail (link part of the two-mail registration); no name, no content')
def m056(n):
    body = T("""
        Hello,

        a Lindenhof SecureMail mailbox has been created for this e-mail address.

        To complete your registration please open the following link within 72 hours:
        https://securemail.lindenhof-versicherung.example/register?t=8f3c21a9e07b4d55a1c6

        You will need the one-time password that we sent you in a separate e-mail.
        After logging in you choose your own password and a security question.

        If you did not expect this e-mail, you can ignore it. The mailbox is deleted
        automatically if it is not activated within 30 days.

        Lindenhof SecureMail
        This is an automatically generated message. Please do not reply.
        """)
    return build(n, 'securemail', ['a.oyelaran@mailbox-uk.example'],
                 'Your Lindenhof SecureMail registration (2/2)', (10, 14, 20), text(body),
                 mailer='Lindenhof SecureMail Gateway', extra=[('Auto-Submitted', 'auto-generated')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'motor liability personal injury: lawyer of an injured cyclist; fractured collarbone S42.0, concussion, pain and suffering offer')
def m057(n):
    body = T("""
        Sehr geehrte Frau Rechtsanwältin Dr. Scholz,

        in der Unfallsache Ihrer Mandantin Frau Jana Petersen (Ihr Zeichen 23/26 Sch) gegen
        unseren Versicherungsnehmer Herrn Lukas Brenninger (Schaden KS-2026-021488) liegen
        uns nun der Entlassungsbericht des Klinikums und das Attest der Hausärztin vor.

        Danach erlitt Ihre Mandantin beim Zusammenstoß am 02.02.2026 eine Claviculafraktur
        links (S42.0), die am 03.02. operativ mit Plattenosteosynthese versorgt wurde, sowie
        eine Gehirnerschütterung (S06.0). Stationär 4 Tage, arbeitsunfähig bis 15.03.2026,
        Physiotherapie laufend. Die Metallentfernung ist für Anfang 2027 geplant.

        Wir bieten zur Abgeltung des bisherigen immateriellen Schadens ein Schmerzensgeld
        von 6.500 € an, vorbehaltlich der Metallentfernung. Daneben übernehmen wir:
          - Haushaltsführungsschaden 6 Wochen: 1.260,00 €
          - Fahrrad (Zeitwert laut Gutachten): 1.180,00 €
          - Zuzahlungen Physiotherapie/Medikamente: 146,50 €
        Den Verdienstausfall regulieren wir nach Vorlage der Entgeltbescheinigung.

        Mit freundlichen Grüßen

        """) + sig('quandt') + foot('allg')
    return build(n, 'quandt', [('RAin Dr. Hanna Scholz', 'scholz@kanzlei-scholz-weber.example')],
                 'Ihr Zeichen 23/26 Sch – Petersen ./. Brenninger – Personenschaden', (10, 14, 45), text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: pet surgery insurance pays a vet bill for a cruciate ligament rupture of the customer\'s dog; animal health is not human health, but named customer and contract -> confidential')
def m058(n):
    body = T("""
        Liebe Frau Albrecht,

        gute Nachrichten für Sie und Balu: Die Rechnung der Tierklinik Kassel-Ost vom
        27.02.2026 über die Kreuzband-OP (TPLO rechts hinten) haben wir geprüft.

          Rechnungsbetrag:                       2.984,12 €
          erstattungsfähig nach GOT (bis 3-fach): 2.871,40 €
          Selbstbeteiligung 20 %:                  -574,28 €
          Erstattung:                            2.297,12 €

        Die Nachbehandlung (Physiotherapie für Hunde) ist in Ihrem OP-Schutz TK-0093312
        bis 6 Wochen nach der OP mitversichert – reichen Sie die Rechnungen einfach ein.

        Gute Besserung an Balu!

        """) + sig('jung') + foot('allg')
    return build(n, 'jung', [('Marita Albrecht', 'marita.albrecht@webpost.example')],
                 'Erstattung OP-Rechnung Balu – Vertrag TK-0093312', (10, 15, 2), text(body))


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: sales figures of the bank cooperation (contracts, premiums, commission) aggregated per branch (XLSX); no customer; iso-8859-1 body')
def m059(n):
    body = T("""
        Sehr geehrte Frau Winterberg,

        anbei wie vereinbart die Vertriebszahlen der Kooperation für Januar und Februar 2026,
        aufgeteilt nach Ihren Geschäftsstellen. Die Provision für Februar (18.420,60 EUR)
        wird am 15.03. an die Sparkasse überwiesen.

        Auffällig: Die Unfallversicherung läuft in den Geschäftsstellen mit dem neuen
        Beratungsleitfaden deutlich besser (Hofgeismar +38 %). Sollen wir den Leitfaden
        im April allen Geschäftsstellen vorstellen?

        Mit freundlichen Grüßen

        """) + sig('hoffstetter') + foot('allg')
    x = make_xlsx([('Jan-Feb 2026', [
        ['Geschäftsstelle', 'Hausrat', 'Haftpflicht', 'Unfall', 'Kfz', 'Beitragssumme EUR', 'Provision EUR'],
        ['Kassel Königsplatz', 41, 52, 18, 23, 31870, 6374],
        ['Kassel Wilhelmshöhe', 28, 33, 11, 15, 19650, 3930],
        ['Hofgeismar', 17, 19, 22, 9, 14420, 2884],
        ['Wolfhagen', 12, 14, 6, 7, 8105, 1621],
        ['Baunatal', 22, 25, 9, 14, 16890, 3378],
        ['Summe', 120, 143, 66, 68, 90935, 18187],
    ])], title='Kooperation Vertriebszahlen', author='Miriam Hoffstetter')
    return build(n, 'hoffstetter', [('Karin Winterberg', 'k.winterberg@sparkasse-habichtswald.example')],
                 'Vertriebszahlen Kooperation Januar/Februar 2026', (10, 15, 18),
                 mixed(text(body, charset='iso-8859-1'), attach(x, 'Kooperation_2026-01-02.xlsx')),
                 subject_charset='iso-8859-1')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'travel health insurance: reimbursement of a Turkish hospital bill for gastroenteritis (A09) for two named travellers; details in the PDF statement')
def m060(n):
    body = T("""
        Hallo Familie Brandl,

        Ihre Rechnungen aus dem Urlaub in Antalya sind erstattet. Die Einzelheiten finden
        Sie in der beigefügten Abrechnung. Die Erstattung von 1.038,20 € geht in den nächsten
        Tagen auf Ihr Konto.

        Schön, dass es Ihnen beiden wieder gut geht!

        Viele Grüße

        """) + sig('schaedlich') + foot('kranken')
    pdf = make_pdf([
        '# Abrechnung Auslandsreise-Krankenversicherung',
        'Vertrag RV-2025-038802 (Familientarif)   Schaden AR-2026-001733',
        'Reise: Antalya/Türkei, 14.02.-28.02.2026',
        '',
        'Versicherte Person: Stefanie Brandl, geb. 30.01.1984',
        '  19.02.2026 Private Hospital Lara, ambulant: Gastroenteritis (A09), Infusion,',
        '  Labor, Antiemetikum. Rechnung 14.800 TRY = 412,50 EUR  -> erstattet 412,50 EUR',
        '',
        'Versicherte Person: Mia Brandl, geb. 12.06.2016',
        '  20.02.-21.02.2026 Private Hospital Lara, stationär 1 Nacht: Gastroenteritis mit',
        '  Exsikkose (A09, E86), i.v.-Flüssigkeit. 22.450 TRY = 625,70 EUR -> erstattet 625,70 EUR',
        '',
        'Summe Erstattung: 1.038,20 EUR (Umrechnung zum Kurs des Behandlungstages)',
    ], title='Abrechnung AR-2026-001733')
    return build(n, 'schaedlich', [('Stefanie Brandl', 'stefanie.brandl@familienpost.example')],
                 'Ihre Rechnungen aus Antalya – Abrechnung', (10, 15, 40),
                 mixed(text(body), attach(pdf, 'Abrechnung_AR-2026-001733.pdf')))


# ---------------------------------------------------------------------------
# Wednesday, 11 March 2026
# ---------------------------------------------------------------------------

@mail('NORMAL', 'de', 'internal',
      'trap: data-protection training invitation "Gesundheitsdaten sicher versenden" with rules on § 203 StGB and encryption; no case (HTML+text and ICS)')
def m061(n):
    txt = T("""
        Liebe Kolleginnen und Kollegen aus den Leistungsabteilungen,

        Gesundheitsdaten gehören zu den besonders geschützten Daten nach Art. 9 DSGVO, und
        als Mitarbeitende eines Kranken-, Lebens- oder Unfallversicherers unterliegen wir
        zusätzlich der Schweigepflicht nach § 203 StGB. In der Praxis heißt das:

        - Arztberichte, Diagnosen und Rechnungen nie unverschlüsselt mailen
        - bei Antworten an Kunden: Anhänge prüfen, Verlauf kürzen
        - Faxe nur noch in Ausnahmefällen

        Dazu gibt es eine 45-minütige Pflichtschulung mit Beispielen aus unserem Alltag
        (natürlich anonymisiert). Die Einladung für Ihren Termin hängt an; wer nicht kann,
        bucht bitte im Lernportal einen der Ersatztermine.

        Viele Grüße
        Gabriele Fuchs
        Datenschutzbeauftragte
        """)
    htm = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    ics = make_ics('ds-schulung-2026-03-18', 'Pflichtschulung: Gesundheitsdaten sicher versenden',
                   '20260318T140000', '20260318T144500', ('Gabriele Fuchs', 'gabriele.fuchs@' + DOM),
                   [('Leistung Kranken', 'leistung-kranken@' + DOM), ('Leistung Leben/BU', 'leistung-leben@' + DOM),
                    ('Leistung Unfall', 'leistung-unfall@' + DOM)],
                   location='Teams', description='Pflichtschulung Datenschutz, 45 Minuten, mit Quiz.')
    return build(n, 'fuchs', [('Leistungsabteilungen', 'leistung-alle@' + DOM)],
                 'Pflichtschulung Datenschutz: Gesundheitsdaten sicher versenden', (11, 7, 55),
                 mixed(alt(text(txt), html(htm)), attach(ics, 'Schulung.ics', ctype='text/calendar', charset='utf-8', method='REQUEST')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'buildings claim for a burst pipe: named homeowner, claim number, settlement amounts and the customer IBAN')
def m062(n):
    ib = iban('DE', '52050000' + '0063410027')
    body = T("""
        Dear Mr Hoffmann-Clarke,

        we have received the invoices for the burst pipe in your house in Vellmar
        (claim WG-2026-002488, buildings policy WG-1176803). Settlement:

          Plumber (locating and repairing the leak)      EUR   864.90
          Drying company, 3 weeks                        EUR 2,215.00
          Replastering and painting of the hallway       EUR 1,790.00
          Electricity for the drying devices (flat)      EUR   120.00
          Total                                          EUR 4,989.90

        We will transfer EUR 4,989.90 to your account %s
        within three working days. The damaged flooring in the basement is part of your
        household contents claim, which my colleague will settle separately.

        Kind regards

        """ % ib) + sig('weidemann', 'en') + foot('allg', 'en')
    return build(n, 'weidemann', [('Richard Hoffmann-Clarke', 'r.hoffmann-clarke@webpost.example')],
                 'Claim WG-2026-002488 - settlement', (11, 8, 15), text(body))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'private health insurance premium arrears: named insured, contract, reduced emergency tariff warning (§ 193 VVG); health line, no diagnosis; base64 body')
def m063(n):
    body = T("""
        Sehr geehrter Herr Dobrev,

        für Ihre private Krankenversicherung KV 5508 3391 sind die Beiträge für Januar bis
        März 2026 offen:

          Beitrag Krankheitskosten AMB/STAT   3 x 487,20 € = 1.461,60 €
          Pflegepflichtversicherung           3 x  61,14 € =   183,42 €
          Mahngebühren                                          10,00 €
          offener Betrag                                     1.655,02 €

        Bitte zahlen Sie bis zum 11.04.2026. Wenn der Rückstand dann weiterhin mehr als zwei
        Monatsbeiträge beträgt, ruht Ihr Vertrag nach § 193 Abs. 6 VVG und wir stellen Sie in
        den Notlagentarif um. Dann sind nur noch akute Erkrankungen, Schmerzzustände sowie
        Schwangerschaft und Mutterschaft versichert.

        Wenn Sie gerade in einer schwierigen Lage sind, sprechen Sie uns bitte an – eine
        Ratenzahlung oder ein Wechsel in einen günstigeren Tarif ist oft möglich.

        Mit freundlichen Grüßen

        """) + sig('pohl') + foot('kranken')
    return build(n, 'pohl', [('Ivan Dobrev', 'ivan.dobrev@postfach-ost.example')],
                 'Beitragsrückstand Krankenversicherung KV 5508 3391', (11, 8, 30),
                 text(body, cte='base64'), mailer='kora')


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: treaty renewal meeting with a reinsurer (agenda on mortality, BU incidence, cat exposure; aggregates) with ICS')
def m064(n):
    body = T("""
        Dear Sebastian,

        thanks for confirming. Attached the invite for our treaty renewal meeting in Kassel.
        Proposed agenda:

        1. Life & disability quota share 2027: experience 2021-2025, BU incidence vs. DAV 1997 I
        2. Surplus treaty health (large inpatient claims > EUR 150k): 14 claims in 2025
        3. Property cat XL: storm exposure after "Lotte", PML update
        4. Data exchange: claims bordereaux via SFTP instead of e-mail from 2027

        We will send the experience data in advance via the data room, aggregated per year
        and product; no individual claims in the meeting documents.

        Best regards,
        Marco
        """) + sig('ferrante', 'en')
    ics = make_ics('treaty-renewal-2027-atlantic', 'Treaty renewal 2027 Lindenhof / Atlantic Re',
                   '20260415T093000', '20260415T160000', ('Marco Ferrante', 'marco.ferrante@' + DOM),
                   [('Sebastian Kling', 'sebastian.kling@atlantic-re.example'), ('Helen Whitcombe', 'helen.whitcombe@atlantic-re.example')],
                   location='Lindenhofallee 12, Kassel, conference room Wilhelmshöhe')
    return build(n, 'ferrante', [('Sebastian Kling', 'sebastian.kling@atlantic-re.example')],
                 'Treaty renewal meeting 15 April - invitation', (11, 8, 42),
                 mixed(text(body), attach(ics, 'treaty_renewal_2027.ics', ctype='text/calendar', charset='utf-8', method='REQUEST')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'broker: vehicle change and cancellation of the old car for a named client; plates, policy numbers, refund; no health')
def m065(n):
    body = T("""
        Hi James,

        done - for your client Mrs Eleanor Voss:

        - old vehicle Mini Cooper (KS-EV 88) cancelled as of 09/03/2026, policy KH 31/4998120;
          refund of unsued premium EUR 141.27 to her account
        - new vehicle Tesla Model 3 (KS-EV 808) insured from 10/03/2026 under the same policy
          number, SF classes carried over (MTPL SF 14, comprehensive SF 12)
        - new annual premium EUR 1,034.60

        eVB for the registration was R9LM4K2 - she already registered the car yesterday.

        Cheers,
        Miriam
        """) + sig('hoffstetter', 'en')
    return build(n, 'hoffstetter', [('James Finch', 'james.finch@harbourfinch-brokers.example')],
                 'RE: Voss - vehicle change', (11, 9, 0), text(body), irt=reply_id(n, 'harbourfinch-brokers.example'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group accident insurance: employer HR told about an employee\'s accident claim with fractured ankle and hospital daily allowance')
def m066(n):
    body = T("""
        Dear Ms Jansen,

        regarding the accident of your employee Mr Kevin Lehnert on 23 February 2026
        (fall from a loading ramp at your warehouse in Lohfelden), reported under your group
        accident policy GUV-40 118 (claim UV-2026-000412):

        - The hospital report confirms a bimalleolar ankle fracture (S82.8) that was
          operated on 24 February; inpatient stay 24/02-01/03/2026.
        - We pay the hospital daily allowance of EUR 30 x 7 days = EUR 210 and the
          recovery allowance of EUR 210.
        - Under the group policy the benefit is paid to the employee. Please pass on
          this information only to Mr Lehnert, or let us have his private postal address
          so that we can write to him directly in future.

        Whether there will be a permanent impairment can only be assessed after about
        one year.

        Kind regards

        """) + sig('lamprecht', 'en') + foot('allg', 'en')
    return build(n, 'lamprecht', [('Femke Jansen', 'hr@nordhessen-logistik.example')],
                 'Group accident policy GUV-40 118 - claim UV-2026-000412', (11, 9, 18), text(body))


@mail('NORMAL', 'mixed', 'insurer-to-customer',
      'trap: bilingual automatic acknowledgement with a ticket number; repeats nothing of the customer\'s message')
def m067(n):
    body = T("""
        Guten Tag,

        vielen Dank für Ihre Nachricht. Sie hat die Vorgangsnummer 2026-0311-08812.
        Wir melden uns in der Regel innerhalb von zwei Werktagen bei Ihnen.

        Bitte senden Sie uns Gesundheitsunterlagen (z. B. Arztrechnungen) nicht per E-Mail,
        sondern über die Lindenhof-App oder https://securemail.lindenhof-versicherung.example.

        ---

        Hello,

        thank you for your message. Your reference number is 2026-0311-08812.
        We usually reply within two working days.

        Please do not send health documents (e.g. doctors' invoices) by e-mail; use the
        Lindenhof app or https://securemail.lindenhof-versicherung.example instead.

        Lindenhof Kundenservice / Customer Service
        """)
    return build(n, 'kundenservice', ['nguyen.thi.lan@freemail-de.example'],
                 'Eingangsbestätigung / Acknowledgement 2026-0311-08812', (11, 9, 25), text(body),
                 mailer='Lindenhof Ticketsystem', extra=[('Auto-Submitted', 'auto-replied')],
                 irt=reply_id(n, 'freemail-de.example'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'legal expenses: cover for a tenancy dispute (deposit, heating costs) for a named customer; no health or criminal content')
def m068(n):
    body = T("""
        Dear Ms Moreau,

        thank you for sending the letter from your former landlord. We confirm cover
        under your legal expenses policy RS 60 221 407 (tenancy module) for the
        following dispute:

          Opponent:   Wohnbau Kassel-Süd GmbH
          Subject:    return of the rent deposit (EUR 2,340) and the heating cost
                      statement 2024 (additional claim EUR 611.18)
          Our ref:    RS-2026-07902

        You are free to choose a lawyer. If you like, we can recommend a tenancy law
        specialist in Kassel who speaks English and French. Your excess is EUR 150.

        Please note that cover for a court case requires that the lawyer first tries to
        settle the matter out of court.

        Kind regards

        """) + sig('kroeger', 'en') + foot('rs', 'en')
    return build(n, 'kroeger', [('Camille Moreau', 'camille.moreau@courriel-fr.example')],
                 'Legal expenses cover - tenancy dispute (RS-2026-07902)', (11, 9, 40), text(body))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'disability income (BU) benefit acknowledged: body names the contract and monthly pension, the PDF letter adds diagnosis and assessment')
def m069(n):
    txt = T("""
        Sehr geehrte Frau Schwarzer,

        wir haben Ihren Antrag auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung
        BU 8 402 118-7 abschließend geprüft und erkennen unsere Leistungspflicht an.
        Das ausführliche Schreiben finden Sie im Anhang.

        Die monatliche BU-Rente von 1.850,00 € zahlen wir rückwirkend ab 01.11.2025.
        Die Nachzahlung für November bis März (9.250,00 €) erhalten Sie in den nächsten Tagen.
        Ab sofort sind Sie außerdem von der Beitragszahlung befreit.

        Wir wünschen Ihnen alles Gute.

        Mit freundlichen Grüßen

        """) + sig('nwosu') + foot('leben')
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    pdf = make_pdf([
        '# Leistungsentscheidung Berufsunfähigkeitsversicherung BU 8 402 118-7',
        'Versicherte Person: Claudia Schwarzer, geb. 06.03.1972, Krankenpflegerin',
        '',
        'Sehr geehrte Frau Schwarzer,',
        'nach Auswertung der Berichte Ihres Orthopäden, des Reha-Entlassungsberichts der',
        'Klinik Bad Wildungen vom 14.01.2026 und des Gutachtens von Dr. med. Hollstein',
        'steht fest, dass Sie Ihren Beruf als Krankenpflegerin auf einer chirurgischen Station',
        'seit dem 01.11.2025 zu mindestens 50 % nicht mehr ausüben können.',
        '',
        'Ursache: Bandscheibenvorfall L4/5 mit Operation (Nukleotomie) 09/2025, anhaltende',
        'Lumboischialgie rechts (M51.1), Belastungsgrenze 5 kg, kein Heben und Lagern',
        'von Patienten möglich. Grad der Berufsunfähigkeit laut Gutachten: 70 %.',
        '',
        'Das Anerkenntnis erfolgt unbefristet. Wir behalten uns eine Nachprüfung nach',
        '§ 174 VVG vor, frühestens ab 01.11.2027.',
    ], title='Leistungsentscheidung BU 8 402 118-7')
    return build(n, 'nwosu', [('Claudia Schwarzer', 'claudia.schwarzer@webpost.example')],
                 'Ihre Berufsunfähigkeitsversicherung BU 8 402 118-7 – Leistungsentscheidung', (11, 10, 2),
                 mixed(alt(text(txt), html(htm)), attach(pdf, 'Leistungsentscheidung_BU_8402118-7.pdf')))


@mail('NORMAL', 'de', 'internal',
      'trap: controlling projection of loss ratios per line incl. health and life (XLSX), aggregates only')
def m070(n):
    body = T("""
        Hallo zusammen,

        anbei die Hochrechnung der Schadenquoten für Q1 (Ist Januar/Februar, März geschätzt).
        Highlights:

        - Wohngebäude: 71,8 % – der Sturm im Februar schlägt durch, "Lotte" ist noch nicht drin
        - Kfz: 96,2 % – leicht besser als Plan (97,5 %)
        - Kranken: Leistungsquote 78,4 %, im Plan
        - BU: Neuzugänge Leistungsfälle +6 % ggü. Vorjahr, v. a. psychische Erkrankungen

        Die Zahlen sind vorläufig, bitte nicht außerhalb des Vorstandsbereichs verteilen.

        Gruß
        Marco
        """) + sig('ferrante')
    x = make_xlsx([('Q1 2026', [
        ['Sparte', 'Beiträge verdient TEUR', 'Schadenaufwand TEUR', 'Schadenquote', 'Plan'],
        ['Kfz', 41280, 39711, 0.962, 0.975],
        ['Hausrat', 8120, 3572, 0.44, 0.47],
        ['Wohngebäude', 14350, 10303, 0.718, 0.62],
        ['Haftpflicht', 6840, 3009, 0.44, 0.45],
        ['Rechtsschutz', 5210, 3490, 0.67, 0.66],
        ['Unfall', 4930, 1726, 0.35, 0.38],
        ['Kranken (Leistungsquote)', 52700, 41317, 0.784, 0.79],
        ['Leben/BU (Risikoergebnis)', 23800, 15232, 0.64, 0.62],
        ['Reise', 1180, 779, 0.66, 0.6],
        ['Tier', 960, 749, 0.78, 0.74],
    ])], title='Hochrechnung Q1 2026', author='Marco Ferrante')
    return build(n, 'ferrante', [('Vorstandsbereich Finanzen', 'controlling@' + DOM)],
                 'Hochrechnung Schadenquoten Q1 2026 (vorläufig)', (11, 10, 20),
                 mixed(text(body), attach(x, 'Hochrechnung_SQ_Q1-2026.xlsx')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'windscreen damage under partial cover: named customer, plate, policy, garage appointment; short 8bit mail')
def m071(n):
    body = T("""
        Hallo Frau Kühn,

        Steinschlag in der Frontscheibe ist über Ihre Teilkasko (KH 31/5023774) versichert,
        SB 150 €. Ich habe Sie bei unserem Partner Glas-Express Kassel für Donnerstag,
        12.03., 8:00 Uhr eingetragen (Fahrzeug KS-TK 51, Dauer ca. 2 Std.).
        Die Werkstatt rechnet direkt mit uns ab.

        Schadennummer: KS-2026-032410

        Gruß

        """) + sig('oberlaender') + foot('allg')
    return build(n, 'oberlaender', [('Theresa Kühn', 'theresa.kuehn@mailbox-nord.example')],
                 'Steinschlag – Termin Do 8 Uhr', (11, 10, 35), text(body, cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'repatriation after a stroke (I63.5) of a named insured in Bangkok: medical flight coordination with the hospital and the assistance partner')
def m072(n):
    body = T("""
        Dear Dr Somchai,
        dear International Medical Coordination team,

        thank you for the medical report of today on our insured

          Mr Friedrich Hagedorn, born 03/01/1949, passport C4R7…(see file)
          Policy RV-2025-041207, our case TR-88390

        We note: ischaemic stroke on 06/03/2026 (I63.5), left-sided hemiparesis, dysarthria,
        currently stable, atrial fibrillation newly diagnosed, anticoagulation started.

        Our assistance partner MedAir Assist will repatriate Mr Hagedorn by air ambulance to
        Klinikum Kassel (stroke unit bed confirmed for 14/03). Planned:

          13/03/2026 16:00  pick-up at your hospital by the flight crew (doctor + nurse)
          13/03/2026 19:30  departure from Suvarnabhumi, refuelling stop in Muscat

        Please prepare a fit-to-fly statement, the discharge letter in English, the CT/MRI
        images on CD and a medication plan. Costs of the stay until discharge are covered
        under our guarantee of 07/03/2026.

        With best regards

        """) + sig('schaedlich', 'en') + foot('kranken', 'en')
    body = body.replace('C4R7…(see file)', 'on file')
    return build(n, 'schaedlich', [('Dr Somchai Wattana', 'imc@bangkok-riverside-hospital.example')],
                 'Repatriation Mr F. Hagedorn - case TR-88390', (11, 10, 58), text(body),
                 cc=[('MedAir Assist Operations', 'ops@medair-assist.example')], extra=[('Importance', 'high')])


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: price list negotiation with the glass repair partner (windscreen replacement, calibration flat rates); no customer or claim')
def m073(n):
    body = T("""
        Hallo Herr Demirci,

        danke für die neue Preisliste. Zu den Positionen für 2026:

        - Frontscheibe Austausch Kompaktklasse: 498 € netto – einverstanden
        - Kalibrierung Fahrerassistenzkamera: 189 € ist uns zu hoch, der Durchschnitt unserer
          anderen Partner liegt bei 145 €. Können wir uns auf 155 € einigen?
        - Steinschlagreparatur: weiterhin 89 € pauschal, Kunde zahlt keine SB – passt
        - Hol- und Bringservice: nur in Kassel-Stadt kostenlos, im Landkreis 25 € – ok

        Im Jahr 2025 haben Sie für uns 2.318 Glasschäden abgewickelt, davon 61 % Reparaturen.
        Das ist die beste Quote unter unseren Partnern, danke dafür!

        Viele Grüße

        """) + sig('sommerfeld') + foot('holding', disclaimer=False)
    return build(n, 'sommerfeld', [('Mehmet Demirci', 'm.demirci@glas-express.example')],
                 'Preisliste 2026 Glas-Express', (11, 11, 12), text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal expenses, employment law: the customer\'s monthly gross salary is used to compute the amount in dispute (income data)')
def m074(n):
    body = T("""
        Sehr geehrte Frau Rudolph,

        in Ihrer arbeitsrechtlichen Angelegenheit (Abmahnung und Versetzung, unser Zeichen
        RS-2026-07655, Vertrag RS 60 140 233) hat Ihr Anwalt uns die Kostenvorschussrechnung
        geschickt. Zur Prüfung des Gegenstandswerts benötigen wir Ihr Einkommen.

        Aus der übersandten Gehaltsabrechnung Januar 2026 ergibt sich:

          Bruttomonatsgehalt:        4.850,00 €
          Weihnachtsgeld (anteilig):   404,17 €
          Gegenstandswert Abmahnung (1 Bruttogehalt): 4.850,00 €
          Gegenstandswert Versetzung (2 Bruttogehälter): 9.700,00 €

        Die Rechnung Ihres Anwalts über 1.392,30 € ist damit richtig berechnet; wir
        bezahlen sie direkt. Ihre Selbstbeteiligung von 150 € wird verrechnet.

        Mit freundlichen Grüßen

        """) + sig('kroeger') + foot('rs')
    return build(n, 'kroeger', [('Ines Rudolph', 'ines.rudolph@webpost.example')],
                 'Ihre Rechtsschutzsache RS-2026-07655 – Gegenstandswert', (11, 11, 30), text(body))


@mail('NORMAL', 'mixed', 'internal',
      'IT ticket about a broken printer on the 3rd floor, German/English with the external service desk; no personal data')
def m075(n):
    body = T("""
        Hi Rahul,

        please reopen INC-2026-004471. Der Drucker im 3. OG Ost (Kyocera TASKalfa, asset
        LH-PRN-3O-02) zieht seit gestern wieder schief ein und meldet "Paper jam in tray 2".
        Your technician replaced the roller last week, but the problem is back.

        Kollegen im 3. OG bitte bis dahin den Drucker im 3. OG West nutzen.

        Could you send someone tomorrow morning? Access via reception, ask for Mr Pfannkuch.

        Thanks,
        Oliver

        > On 04.03.2026 14:12, Service Desk wrote:
        > INC-2026-004471 resolved: feed roller tray 2 replaced. Please reopen if the issue persists.
        """) + sig('brenner', 'en')
    return build(n, 'brenner', [('Managed Print Service Desk', 'servicedesk@printserve-global.example')],
                 'RE: INC-2026-004471 resolved - Drucker 3. OG Ost', (11, 11, 44), text(body),
                 cc=[('IT-Service Desk', 'it-servicedesk@' + DOM)], irt=reply_id(n, 'printserve-global.example'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health insurance query on a naturopath invoice: acupuncture for migraine (G43.0) for a named insured; windows-1252, 8bit')
def m076(n):
    body = T("""
        Sehr geehrte Frau Lindemann,

        vielen Dank für die Rechnung Ihrer Heilpraktikerin, Frau Doris Engelke, über 612,00 €
        (10 Akupunktursitzungen, 14.01.–04.03.2026). Bevor wir erstatten können, brauchen wir
        noch eine Angabe:

        Auf der Rechnung steht als Diagnose nur „Kopfschmerz“. Ihr Tarif AMB-Komfort zahlt
        Akupunktur bei Heilpraktikern, wenn eine ärztlich gesicherte Diagnose vorliegt – zum
        Beispiel die Migräne ohne Aura (G43.0), wegen der Sie laut unseren Unterlagen 2024 beim
        Neurologen waren. Bitte schicken Sie uns dazu einen aktuellen Arztbrief oder eine kurze
        Bescheinigung Ihres Neurologen, Dr. Vassiliou.

        Erstattet werden dann 80 % nach dem Gebührenverzeichnis für Heilpraktiker (GebüH),
        das wären voraussichtlich 403,20 €.

        Mit freundlichen Grüßen

        """) + sig('vogt') + foot('kranken')
    return build(n, 'vogt', [('Sabine Lindemann', 'sabine.lindemann@webpost.example')],
                 'Ihre Heilpraktiker-Rechnung – Rückfrage', (11, 12, 5), text(body, charset='windows-1252', cte='8bit'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'motor liability property damage: opponent\'s lawyer, rental car costs disputed; names, plates, claim number; no injury')
def m077(n):
    body = T("""
        Sehr geehrter Herr Kollege Janßen,

        Ihr Zeichen: 411/26 J – Schadensache Ruppert ./. Lindenhof
        Unser Zeichen: KS-2026-027114, VN: Frau Dilara Aksoy, KS-DA 612

        die Haftung unserer Versicherungsnehmerin für den Unfall vom 11.02.2026 in der
        Frankfurter Straße ist unstreitig. Gezahlt haben wir bereits:

          Reparaturkosten laut Gutachten (netto)   3.918,44 €
          Gutachterkosten                            742,00 €
          Kostenpauschale                             25,00 €

        Die Mietwagenkosten von 2.106,00 € für 18 Tage kürzen wir auf 11 Tage (Reparaturdauer
        laut Gutachten 6 Tage plus Überlegungs- und Wiederbeschaffungszeit), also auf
        1.287,00 €. Ihr Mandant hat zudem einen Wagen der höheren Klasse gemietet; den
        Abzug für Eigenersparnis (10 %) nehmen wir vor: Zahlung 1.158,30 €.

        Ihre Gebühren aus dem Gesamterledigungswert rechnen wir gesondert ab.

        Mit freundlichen Grüßen

        """) + sig('oberlaender') + foot('allg')
    return build(n, 'oberlaender', [('RA Henrik Janßen', 'janssen@kanzlei-janssen-verkehrsrecht.example')],
                 'Ihr Zeichen 411/26 J – Ruppert ./. Lindenhof – Mietwagenkosten', (11, 12, 22), text(body))


@mail('NORMAL', 'en', 'insurer-to-customer',
      'trap: prospect asks about travel health cover for Canada; generic tariff information and prices, no personal data (text+HTML)')
def m078(n):
    txt = T("""
        Dear Ms Brennan,

        thank you for your enquiry. For a four-week trip to Canada we would recommend
        our Travel Health Plus single-trip cover:

          - medical treatment abroad without limit, including hospital and surgery
          - medically sensible repatriation to Germany
          - 24/7 emergency hotline in English and German
          - no excess

        Price for one person up to age 64 for 29 days in the USA/Canada zone: EUR 48.00;
        for a couple: EUR 91.00. Please note that conditions known before the trip
        which need treatment during the trip are only covered for acute, unexpected
        deterioration.

        You can take out the cover online up to the day before departure:
        https://www.lindenhof-versicherung.example/reise

        Kind regards

        """) + sig('schaedlich', 'en') + foot('kranken', 'en')
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    return build(n, 'schaedlich', [('Siobhan Brennan', 'siobhan.brennan@mailbox-uk.example')],
                 'RE: Travel insurance for Canada', (11, 12, 40), alt(text(txt), html(htm)),
                 irt=reply_id(n, 'mailbox-uk.example'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'sensitive data mainly in the subject: patient name, birth date and tooth 46 (root canal) in the subject line; body asks for X-rays')
def m079(n):
    body = T("""
        Sehr geehrte Frau Dr. Seifert,

        für die Prüfung der Rechnung vom 20.02.2026 benötigen wir die Röntgenaufnahmen vor und
        nach der Behandlung sowie den Messaufnahme-Befund. Bitte laden Sie diese über den Link
        in unserer separaten SecureMail-Nachricht hoch.

        Vielen Dank und freundliche Grüße

        """) + sig('vogt') + foot('kranken')
    return build(n, 'vogt', [('Zahnarztpraxis Dr. Seifert', 'praxis@zahnarzt-seifert.example')],
                 'Röntgenbilder Wurzelkanalbehandlung Zahn 46 – Patientin Sabine Maier, geb. 03.05.1971',
                 (11, 13, 2), text(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household endorsement: named customer, address, sum insured, bicycle cover (PDF endorsement)')
def m080(n):
    body = T("""
        Dear Mr Abernathy,

        as discussed, we have added bicycle theft cover to your household contents policy.
        The endorsement is attached; the paper copy will follow by post.

        If anything is not correct, please let me know within two weeks.

        Kind regards

        """) + sig('seidel', 'en') + foot('allg', 'en')
    pdf = make_pdf([
        '# Endorsement No. 3 to household contents policy HR-2226410',
        'Lindenhof Allgemeine Versicherung AG, Kassel',
        '',
        'Policyholder:       Graham Abernathy',
        'Insured address:    Hansteinstrasse 17, 37073 Göttingen',
        'Effective date:     15 March 2026',
        '',
        'Change: bicycle theft cover added (clause HR-FA 2024)',
        '  - sum insured for bicycles: EUR 4,000 (incl. e-bikes)',
        '  - theft also covered outside the home, 24 hours a day, if locked',
        '',
        'Sum insured contents:       EUR 62,000 (unchanged)',
        'Annual premium (old):       EUR 142.80',
        'Annual premium (new):       EUR 211.30 incl. 19 % insurance tax',
        'Direct debit:               as before, mandate LH-HR-2226410-01',
        '',
        'All other terms remain unchanged.',
    ], title='Endorsement HR-2226410')
    return build(n, 'seidel', [('Graham Abernathy', 'graham.abernathy@postbox-eu.example')],
                 'Endorsement to your household policy HR-2226410', (11, 13, 15),
                 mixed(text(body), attach(pdf, 'Endorsement_HR-2226410_No3.pdf')))


@mail('NORMAL', 'de', 'insurer-to-authority',
      'trap: quarterly statistical return to the state statistics office with employee counts and gross payroll totals; aggregate income figures, no person')
def m081(n):
    body = T("""
        Sehr geehrte Frau Dr. Hübner,

        die Meldung zur Vierteljährlichen Verdiensterhebung Q4/2025 (Berichtsstelle
        06-611-00418, Lindenhof Holding AG und Tochtergesellschaften) haben wir heute über
        das Online-Meldeverfahren IDEV abgegeben. Zu Ihrer Rückfrage vom 05.03.2026:

        - Beschäftigte insgesamt: 1.247 (davon Teilzeit 388, Auszubildende 41)
        - Bruttoverdienste Q4 gesamt: 26,8 Mio. € inkl. Sonderzahlungen
        - die Abweichung zum Vorquartal (+14 %) erklärt sich durch das Weihnachtsgeld und die
          Tariferhöhung um 3,6 % ab 01.09.2025

        Angaben zu einzelnen Beschäftigten wurden wie vorgesehen nur im verschlüsselten
        Meldeverfahren übermittelt, nicht mit dieser E-Mail.

        Mit freundlichen Grüßen

        """) + sig('hartwig') + foot('holding', disclaimer=False)
    return build(n, 'hartwig', [('Dr. Sabine Hübner', 'verdiensterhebung@statistik-hessen.example')],
                 'Verdiensterhebung Q4/2025 – Berichtsstelle 06-611-00418', (11, 13, 30), text(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'policy loan against a life insurance policy (personal line): named customer, surrender value, loan amount and interest')
def m082(n):
    body = T("""
        Dear Dr Okonkwo,

        thank you for your request. Your endowment policy LV 8 425 660-9 currently has a
        surrender value of EUR 38,412.57. We can grant a policy loan of up to 80 % of this
        amount:

          Maximum loan amount:     EUR 30,730.00
          Requested amount:        EUR 25,000.00
          Interest rate:           4.25 % p.a. (fixed for the term), paid quarterly
          Repayment:               at any time, at the latest with the maturity
                                   of the policy on 1 December 2031

        Your insurance cover remains in full force. If you die before the loan is repaid,
        the outstanding amount will be deducted from the death benefit.

        Please sign and return the enclosed loan agreement. The money will be paid out
        within five working days after we receive it.

        Kind regards

        """) + sig('marquardt', 'en') + foot('leben', 'en')
    return build(n, 'marquardt', [('Dr Chidi Okonkwo', 'chidi.okonkwo@globalpost.example')],
                 'Policy loan - your policy LV 8 425 660-9', (11, 13, 48), text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'portfolio transfer to a new broker: CSV with named clients, birth dates, addresses and motor/household/liability contracts; no personal lines')
def m083(n):
    body = T("""
        Hallo Herr Tiedemann,

        die Bestandsübertragung vom Büro Lohmann (Ruhestand zum 31.03.) auf Sie ist
        freigegeben. Anbei die Liste der 11 Verträge, die zu Ihnen wechseln – Sach, Kfz und
        Haftpflicht. Die Lebens- und Krankenverträge von Herrn Lohmanns Kunden laufen
        separat über Frau Marquardt, weil wir dort die Einwilligung der Kunden brauchen.

        Übertragung im System: 01.04.2026. Die Kunden bekommen von uns ein Schreiben.

        Viele Grüße

        """) + sig('hoffstetter') + foot('allg')
    c = make_csv([
        ['Vertrag', 'Sparte', 'Name', 'Vorname', 'Geburtsdatum', 'Strasse', 'PLZ', 'Ort', 'Jahresbeitrag'],
        ['KH 31/4120335', 'Kfz', 'Becker', 'Wilfried', '12.07.1950', 'Am Wall 4', '34369', 'Hofgeismar', '512,40'],
        ['HR-2170448', 'Hausrat', 'Becker', 'Wilfried', '12.07.1950', 'Am Wall 4', '34369', 'Hofgeismar', '96,00'],
        ['PH-3290117', 'Haftpflicht', 'Schäfer', 'Ute', '30.03.1968', 'Lindenstraße 22', '34376', 'Immenhausen', '68,90'],
        ['WG-1150982', 'Wohngebäude', 'Schäfer', 'Ute', '30.03.1968', 'Lindenstraße 22', '34376', 'Immenhausen', '1.102,30'],
        ['KH 31/4311920', 'Kfz', 'Yilmaz', 'Cem', '02.11.1991', 'Gartenweg 3', '34359', 'Reinhardshagen', '744,10'],
        ['RS 60 098 110', 'Rechtsschutz', 'Yilmaz', 'Cem', '02.11.1991', 'Gartenweg 3', '34359', 'Reinhardshagen', '289,00'],
        ['HR-2188032', 'Hausrat', 'Krüger', 'Hannelore', '19.01.1944', 'Kirchplatz 1', '34369', 'Hofgeismar', '88,20'],
        ['KH 31/4688201', 'Kfz', 'Vogel', 'Sebastian', '25.08.1985', 'Marktstraße 9', '34379', 'Calden', '631,70'],
        ['PH-3301846', 'Haftpflicht', 'Vogel', 'Sebastian', '25.08.1985', 'Marktstraße 9', '34379', 'Calden', '71,40'],
        ['TK-0090145', 'Tier (Hund OP)', 'Vogel', 'Sebastian', '25.08.1985', 'Marktstraße 9', '34379', 'Calden', '178,80'],
        ['HR-2201177', 'Hausrat', 'Pohlmann', 'Renate', '07.05.1957', 'Bahnhofstraße 40', '34369', 'Hofgeismar', '104,50'],
    ], encoding='windows-1252')
    return build(n, 'hoffstetter', [('Jens Tiedemann', 'j.tiedemann@finanzkontor-nord.example')],
                 'Bestandsübertragung Lohmann -> Finanzkontor Nord zum 01.04.2026', (11, 14, 3),
                 mixed(text(body), attach(c, 'Bestand_Lohmann_Übertragung.csv', ctype='application/vnd.ms-excel',
                                          charset='windows-1252')))


@mail('NORMAL', 'de', 'newsletter',
      'trap: broker webinar invitation on selling disability insurance (Berufsunfähigkeit, psychische Erkrankungen, Gesundheitsfragen); no person')
def m084(n):
    txt = T("""
        Liebe Vertriebspartnerinnen und Vertriebspartner,

        jede vierte Berufsunfähigkeit hat psychische Ursachen – und trotzdem scheitern viele
        Anträge an den Gesundheitsfragen. In unserem Webinar zeigen wir Ihnen,

        - wie Sie mit der anonymen Risikovoranfrage Ablehnungen vermeiden,
        - welche Vorerkrankungen (z. B. Rückenbeschwerden, Heuschnupfen, behandelte
          Schilddrüse) wir inzwischen ohne Zuschlag annehmen,
        - wie die neue vereinfachte Gesundheitsprüfung für junge Kunden funktioniert.

        Termin: Dienstag, 24.03.2026, 14:00–15:00 Uhr
        Referentin: Deniz Yılmaz, Antragsprüfung Leben/BU
        Anmeldung: https://makler.lindenhof-versicherung.example/webinare/bu-2026

        Die Teilnahme wird mit 1 Stunde Weiterbildungszeit nach IDD bestätigt.

        Ihr Lindenhof Maklerservice
        """)
    htm = T("""
        <html><body style="font-family:Arial,sans-serif;font-size:10.5pt;color:#222">
        <h2 style="color:#2f6b3a">Webinar: BU verkaufen &ndash; trotz Vorerkrankungen</h2>
        <p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
        <p>jede vierte Berufsunfähigkeit hat psychische Ursachen &ndash; und trotzdem scheitern viele
        Anträge an den Gesundheitsfragen. In unserem Webinar zeigen wir Ihnen,</p>
        <ul>
        <li>wie Sie mit der anonymen Risikovoranfrage Ablehnungen vermeiden,</li>
        <li>welche Vorerkrankungen (z.&nbsp;B. Rückenbeschwerden, Heuschnupfen, behandelte Schilddrüse)
        wir inzwischen ohne Zuschlag annehmen,</li>
        <li>wie die neue vereinfachte Gesundheitsprüfung für junge Kunden funktioniert.</li>
        </ul>
        <p><b>Termin:</b> Dienstag, 24.03.2026, 14:00&ndash;15:00 Uhr<br>
        <b>Referentin:</b> Deniz Yılmaz, Antragsprüfung Leben/BU<br>
        <a href="https://makler.lindenhof-versicherung.example/webinare/bu-2026">Jetzt anmelden</a></p>
        <p>Die Teilnahme wird mit 1 Stunde Weiterbildungszeit nach IDD bestätigt.</p>
        <p>Ihr Lindenhof Maklerservice</p>
        </body></html>
        """)
    return build(n, 'makler', [('Vertriebspartner', 'vertriebspartner@lists.lindenhof-versicherung.example')],
                 'Webinar 24.03.: BU verkaufen – trotz Vorerkrankungen', (11, 14, 15), alt(text(txt), html(htm)),
                 mailer='Lindenhof Mailing 3.1', extra=[('Precedence', 'bulk')])


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
      'German forwarding note with an attached English mail of an expat customer describing his type 1 diabetes and insulin pump (message/rfc822)')
def m085(n):
    inner_body = T("""
        Dear Lindenhof team,

        my endocrinologist in Kassel, Dr. Farouk, has recommended switching me from
        injections to an insulin pump with a continuous glucose sensor (type 1 diabetes
        since childhood, HbA1c 8.4 % last quarter, two severe hypos in January).

        Is this covered by my plan (member no. KV 9003 2275)? The cost estimate from the
        medical supply company is attached to my app upload from yesterday - EUR 5,890 for
        the pump plus about EUR 310 per month for sensors and consumables.

        Thanks a lot,
        Liam Gallagher-Nowak
        """)
    inner = build(2000 + n, ('Liam Gallagher-Nowak', 'liam.gn@expatmail.example'),
                  [('Lindenhof International Client Services', 'international@' + DOM)],
                  'Insulin pump - is it covered?', (10, 18, 37), text(inner_body, charset='us-ascii', cte='7bit'),
                  mailer='mobile', msgid=reply_id(n, 'expatmail.example'))
    body = T("""
        Hallo Stefan,

        anbei eine Anfrage eines unserer Expat-Kunden (englisch). Es geht um eine Insulinpumpe
        mit CGM-Sensor – das ist Hilfsmittel und läuft bei euch in der Leistung Kranken, nicht
        bei uns. Kannst du das übernehmen und ihm direkt antworten (gern auf Englisch, sonst
        übersetze ich)? Der Kostenvoranschlag liegt in der App-Akte.

        Thanks!
        Sophie
        """) + sig('lindqvist')
    return build(n, 'lindqvist', ['vogt'], 'WG: Insulin pump - is it covered?', (11, 14, 30),
                 mixed(text(body), rfc822(inner)))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'partial cover deer collision: named customer, plate, policy, repair and game-accident certificate; no injury; iso-8859-1 quoted-printable')
def m086(n):
    body = T("""
        Sehr geehrter Herr Rehbein,

        den Wildunfall vom 07.03.2026 auf der B 83 bei Grebenstein (Reh) haben wir als
        Teilkaskoschaden aufgenommen:

          Vertrag:         KH 31/4810276, Fahrzeug Opel Astra, KS-HR 477
          Schadennummer:   KS-2026-032377
          Selbstbeteiligung Teilkasko: 150 EUR

        Ihre Angaben, dass niemand verletzt wurde und das Tier nach dem Zusammenstoß
        verendet ist, haben wir notiert. Für die Regulierung fehlt uns noch die
        Wildunfallbescheinigung des Jagdpächters oder der Polizei. Den Kostenvoranschlag
        der Werkstatt (2.486,30 EUR) haben wir erhalten, Sie können den Reparaturauftrag
        erteilen.

        Mit freundlichen Grüßen

        """) + sig('oberlaender') + foot('allg')
    return build(n, 'oberlaender', [('Hartmut Rehbein', 'hartmut.rehbein@landpost.example')],
                 'Wildunfall 07.03.2026 - Schaden KS-2026-032377', (11, 14, 50),
                 text(body, charset='iso-8859-1'), subject_charset='iso-8859-1')


@mail('NORMAL', 'mixed', 'internal',
      'trap: bilingual announcement of the company flu vaccination by the works doctor (Grippeimpfung, Impfpass); general offer, no employee named')
def m087(n):
    txt = T("""
        Liebe Kolleginnen und Kollegen, dear colleagues,

        unser Betriebsarzt Dr. Kramer bietet auch in diesem Frühjahr eine Nachholimpfung gegen
        Grippe (Influenza) und Auffrischungen gegen Tetanus/Diphtherie an:

          Dienstag, 17.03.2026, 9–12 Uhr und 13–15 Uhr, Gesundheitsraum EG (Raum 0.12)

        Bitte bringen Sie Ihren Impfpass mit. Die Teilnahme ist freiwillig; welche Kolleginnen
        und Kollegen sich impfen lassen, erfährt die Personalabteilung nicht. Termine
        buchen Sie anonym im Intranet unter Gesundheit > Impfungen.

        ---

        Our company doctor Dr Kramer offers catch-up flu vaccinations and tetanus/diphtheria
        boosters on Tuesday, 17 March 2026, 9-12 and 13-15, health room ground floor (0.12).
        Please bring your vaccination card. Participation is voluntary and HR does not learn
        who takes part. Book your slot anonymously on the intranet.

        Betriebliches Gesundheitsmanagement / Workplace Health
        """)
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    return build(n, 'hartwig', [('Alle Mitarbeitenden', 'alle@' + DOM)],
                 'Grippe-Nachholimpfung / Flu vaccination 17.03.', (11, 15, 5), alt(text(txt), html(htm)))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance hospital daily allowance after a fall with a broken wrist for a named insured; 8bit')
def m088(n):
    body = T("""
        Liebe Frau Wittich,

        die Bescheinigung des Elisabeth-Krankenhauses über Ihren stationären Aufenthalt
        vom 16.02. bis 20.02.2026 liegt uns vor. Aus Ihrer Unfallversicherung UV-7741290
        zahlen wir:

          Krankenhaustagegeld  5 Tage × 25,00 € = 125,00 €
          Genesungsgeld        5 Tage × 25,00 € = 125,00 €
          gesamt                                250,00 €

        Die Behandlung Ihres Handgelenkbruchs (distale Radiusfraktur, mit Platte versorgt)
        ist laut Bericht gut verlaufen. Ob eine dauerhafte Beeinträchtigung bleibt, prüfen wir
        frühestens in einem Jahr – wir melden uns dann bei Ihnen. Sie müssen nichts tun.

        Alles Gute und herzliche Grüße

        """) + sig('lamprecht') + foot('allg')
    return build(n, 'lamprecht', [('Renate Wittich', 'renate.wittich@landpost.example')],
                 'Ihre Unfallversicherung UV-7741290 – Krankenhaustagegeld', (11, 15, 20), text(body, cte='8bit'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-company',
      'grey: sender tag [secure]; renewal offer for a GmbH\'s property/liability programme with named contact, turnover and premium (PDF); company data, tag decides')
def m089(n):
    txt = T("""
        Dear Mr van Dijk,

        please find attached our renewal offer for the property and general liability
        programme of Kasselaner Feinmechanik GmbH for the policy year from 1 May 2026.

        Main changes:
        - sums insured for buildings and machinery indexed by 4.8 %
        - turnover basis for liability updated to EUR 38.6 m (2025 actual)
        - cyber extension now offered as a separate policy

        The total premium goes up by 6.1 % to EUR 71,240.00 plus insurance tax.
        The offer is valid until 15 April 2026.

        Kind regards

        """) + sig('reuter', 'en') + foot('allg', 'en')
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    pdf = make_pdf([
        '# Renewal offer 2026/2027 - Kasselaner Feinmechanik GmbH',
        'Policyholder: Kasselaner Feinmechanik GmbH, Sandershaeuser Str. 88, 34123 Kassel',
        'Contact: Mr Joost van Dijk, CFO',
        '',
        'Property (buildings, machinery, stock)   sum insured EUR 46,300,000   premium EUR 41,880',
        'Business interruption (12 months)        sum insured EUR 18,000,000   premium EUR 12,610',
        'General and product liability            turnover EUR 38.6 m          premium EUR 16,750',
        'Total net premium                                                      EUR 71,240',
        '',
        'Deductibles: property EUR 10,000; liability EUR 2,500 per claim',
        'Claims 2021-2025: 4 property claims (EUR 212,000), 2 liability claims (EUR 38,500)',
    ], title='Renewal offer Kasselaner Feinmechanik')
    return build(n, 'reuter', [('Joost van Dijk', 'j.vandijk@kasselaner-feinmechanik.example')],
                 '[secure] Renewal offer 2026/2027 - Kasselaner Feinmechanik GmbH', (11, 15, 42),
                 mixed(alt(text(txt), html(htm)), attach(pdf, 'Renewal_offer_2026-2027_KFM.pdf')))


@mail('NORMAL', 'de', 'internal',
      'trap: letter template for health-claim rejections with «Platzhalter» for name, insurance number and diagnosis (DOCX); no real person')
def m090(n):
    body = T("""
        Hallo zusammen,

        die Rechtsabteilung hat die Vorlage "Ablehnung medizinische Notwendigkeit" überarbeitet
        (neuer Hinweis auf den Ombudsmann und das Gutachterverfahren nach § 202 VVG). Bitte
        ab sofort nur noch diese Version aus dem Vorlagenordner verwenden, die alte (V3) ist
        gesperrt.

        Die Felder in «» werden aus dem Bestandssystem gefüllt. Bitte beim Ausfüllen der
        Begründung keine Diagnosen in den Betreff schreiben.

        Gruß
        Stefan
        """) + sig('vogt')
    d = make_docx([
        ('h', 'Vorlage KV-ABL-04 (Version 4, März 2026)'),
        '«Anrede» «Vorname» «Nachname»',
        '«Straße» «Hausnummer», «PLZ» «Ort»',
        'Ihre Krankenversicherung «Versicherungsnummer» – Ihr Antrag vom «Antragsdatum»',
        '«Briefanrede»,',
        'wir haben Ihren Antrag auf Kostenübernahme für «Behandlung» geprüft. Nach Auswertung der Unterlagen, insbesondere des Berichts von «Arzt» zur Diagnose «Diagnose» («ICD»), können wir die Kosten leider nicht übernehmen.',
        'Begründung: «Begründung_medizinische_Notwendigkeit»',
        'Sie können nach § 202 VVG Auskunft über und Einsicht in die Gutachten verlangen, die wir eingeholt haben. Außerdem steht Ihnen der Ombudsmann Private Kranken- und Pflegeversicherung offen.',
        'Mit freundlichen Grüßen «Sachbearbeiter»',
    ], title='Vorlage KV-ABL-04', author='Rechtsabteilung')
    return build(n, 'vogt', [('Leistung Kranken', 'leistung-kranken@' + DOM)],
                 'Neue Vorlage KV-ABL-04 Ablehnung med. Notwendigkeit', (11, 16, 0),
                 mixed(text(body), attach(d, 'KV-ABL-04_V4.docx')))


# ---------------------------------------------------------------------------
# Thursday, 12 March 2026
# ---------------------------------------------------------------------------

@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'psychotherapy reimbursement (number of sessions, post-traumatic stress disorder F43.1) for a named insured; HTML-only mail with a table')
def m091(n):
    htm = T("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Sehr geehrter Herr Brandstätter,</p>
        <p>wir haben die Rechnungen Ihrer Psychotherapeutin für Februar erstattet:</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
        <tr style="background:#eeeeee"><th>Datum</th><th>Leistung</th><th>Betrag</th><th>erstattet</th></tr>
        <tr><td>03.02.2026</td><td>Einzeltherapie 50 Min., GOP 870</td><td>100,55 &euro;</td><td>100,55 &euro;</td></tr>
        <tr><td>10.02.2026</td><td>Einzeltherapie 50 Min., GOP 870</td><td>100,55 &euro;</td><td>100,55 &euro;</td></tr>
        <tr><td>17.02.2026</td><td>Einzeltherapie 50 Min., GOP 870</td><td>100,55 &euro;</td><td>100,55 &euro;</td></tr>
        <tr><td>24.02.2026</td><td>Einzeltherapie 50 Min., GOP 870</td><td>100,55 &euro;</td><td>100,55 &euro;</td></tr>
        </table>
        <p>Diagnose laut Rechnung: F43.1 Posttraumatische Belastungsstörung.</p>
        <p>Damit haben Sie 18 der bewilligten 25 Sitzungen genutzt (Bewilligung vom 12.09.2025,
        Vertrag KV 5503 8810). Für eine Verlängerung schicken Sie uns bitte rechtzeitig einen kurzen
        Bericht Ihrer Therapeutin, gern über das SecureMail-Portal.</p>
        <p>Mit freundlichen Grüßen<br>Serkan Aydın<br>Leistungsabteilung Krankenversicherung<br>
        Lindenhof Krankenversicherung a.G.</p>
        <p style="font-size:8pt;color:#888">Lindenhof Krankenversicherung a.G. &middot; Sitz Kassel &middot;
        Amtsgericht Kassel HRB 41209</p>
        </body></html>
        """)
    return build(n, 'aydin', [('Lukas Brandstätter', 'lukas.brandstaetter@webpost.example')],
                 'Erstattung Ihrer Rechnungen Februar', (12, 8, 4), html(htm), mailer='kora')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: legal expenses cover for contesting a speeding fine (administrative offence, not a criminal conviction); named customer; windows-1252 8bit')
def m092(n):
    body = T("""
        Hallo Herr Grabowski,

        zum Bußgeldbescheid des Regierungspräsidiums Kassel vom 27.02.2026 (Az. 3.1-776.2026.
        041192) – Geschwindigkeitsüberschreitung um 31 km/h außerorts, 260 € Bußgeld,
        2 Punkte und 1 Monat Fahrverbot – erteilen wir Deckung aus Ihrem Verkehrs-Rechtsschutz
        (RS 60 180 335, unser Zeichen RS-2026-08011).

        Übernommen werden die Kosten Ihres Anwalts für den Einspruch und ggf. das Verfahren vor
        dem Amtsgericht, außerdem die Kosten für ein Sachverständigengutachten zur Messung.
        Das Bußgeld selbst zahlen wir nicht – das ist nicht versicherbar.

        Wichtig: Die Einspruchsfrist beträgt zwei Wochen ab Zustellung, also läuft sie
        voraussichtlich am 16.03. ab. Bitte beauftragen Sie Ihren Anwalt sofort.

        Viele Grüße

        """) + sig('kroeger') + foot('rs')
    return build(n, 'kroeger', [('Piotr Grabowski', 'piotr.grabowski@webpost.example')],
                 'Deckungszusage Bußgeldverfahren – RS-2026-08011', (12, 8, 20),
                 text(body, charset='windows-1252', cte='8bit'))


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: quote request for translating general policy conditions incl. health exclusions (pre-existing conditions, psychiatric treatment) - generic AVB sample (DOCX)')
def m093(n):
    body = T("""
        Dear Ms Lefèvre,

        we would like to have the general conditions of our international health plan
        (IHP 2026, approx. 38,000 words) translated from German into English and French.
        A sample page is attached so you can see the terminology.

        - Deadline: 30 April 2026
        - Glossary: we will send our insurance glossary (DE/EN/FR, 1,200 terms)
        - Format: DOCX with track changes, final as PDF
        - Confidentiality: the conditions are published on our website anyway, so no NDA needed

        Could you please send us a quote by 20 March?

        Kind regards

        """) + sig('lindqvist', 'en') + foot('kranken', 'en', disclaimer=False)
    d = make_docx([
        ('h', 'Allgemeine Versicherungsbedingungen IHP 2026 - Auszug § 5 Einschränkung der Leistungspflicht'),
        '(1) Keine Leistungspflicht besteht',
        'a) für Krankheiten einschließlich ihrer Folgen sowie für Folgen von Unfällen und für Todesfälle, die durch Kriegsereignisse verursacht worden sind;',
        'b) für auf Vorsatz beruhende Krankheiten und Unfälle einschließlich deren Folgen sowie für Entziehungsmaßnahmen einschließlich Entziehungskuren;',
        'c) für Behandlung durch Ärzte, Zahnärzte, Heilpraktiker und in Krankenanstalten, deren Rechnungen wir aus wichtigem Grund von der Erstattung ausgeschlossen haben;',
        'd) für Kur- und Sanatoriumsbehandlung sowie für Rehabilitationsmaßnahmen der gesetzlichen Rehabilitationsträger;',
        'e) für psychotherapeutische Behandlung über 50 Sitzungen je Kalenderjahr hinaus, soweit nicht vorher schriftlich zugesagt.',
        '(2) Übersteigt eine Heilbehandlung das medizinisch notwendige Maß, so können wir unsere Leistungen auf einen angemessenen Betrag herabsetzen.',
    ], title='IHP 2026 sample page', author='Sophie Lindqvist')
    return build(n, 'lindqvist', [('Amélie Lefèvre', 'projects@polyglot-translations.example')],
                 'Quote request: translation IHP 2026 conditions DE>EN/FR', (12, 8, 40),
                 mixed(text(body), attach(d, 'IHP2026_sample_section5.docx')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'trip cancellation because of an illness of the insured\'s mother (hospitalised with pneumonia); medical certificate requested')
def m094(n):
    body = T("""
        Dear Ms Johansson,

        I'm very sorry that you had to cancel your trip to Madeira. Under your trip
        cancellation cover (policy RV-2025-040556, claim RR-2026-000318) we reimburse the
        cancellation fees if the trip had to be cancelled because of a sudden serious
        illness of a close relative.

        You wrote that your mother, Mrs Ingrid Johansson, was admitted to hospital on
        2 March with severe pneumonia and is still in intensive care. To settle the claim
        we need:

          1. the hospital's certificate of admission (a short confirmation is enough,
             no full medical report),
          2. the cancellation invoice of the tour operator (EUR 1,874.00, 80 % of the price),
          3. the original booking confirmation.

        Please upload the documents via our secure portal, not by normal e-mail.
        I wish your mother a good recovery.

        Kind regards

        """) + sig('schaedlich', 'en') + '\n' + T("""

        From: Karin Johansson <karin.johansson@nordmail.example>
        Sent: Wednesday, March 11, 2026 9:14 PM
        To: Lindenhof Reiseversicherung <reise@lindenhof-versicherung.example>
        Subject: Cancellation Madeira - what do I need?

        Hello,

        I have to cancel our trip to Madeira (departure 15 March). My mother was taken to
        hospital on 2 March with a severe pneumonia and she is still in intensive care, I
        cannot leave her now. The tour operator wants 80% cancellation fee.
        My policy number is RV-2025-040556.
        What documents do you need?

        Karin Johansson
        """) + foot('kranken', 'en')
    return build(n, 'schaedlich', [('Karin Johansson', 'karin.johansson@nordmail.example')],
                 'RE: Cancellation Madeira - what do I need? (claim RR-2026-000318)', (12, 9, 2), text(body),
                 irt=reply_id(n, 'nordmail.example'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'application for natural-hazard cover: named homeowner, building address, flood zone, premium; no health')
def m095(n):
    body = T("""
        Sehr geehrte Frau Schöneberg,

        vielen Dank für Ihren Antrag auf Einschluss der Elementarschäden in Ihre
        Wohngebäudeversicherung WG-1183395 für das Einfamilienhaus Fuldatalstraße 61,
        34125 Kassel.

        Ihr Grundstück liegt nach dem Zonierungssystem ZÜRS in der Gefährdungsklasse 2
        (Hochwasser statistisch seltener als einmal in 100 Jahren). Wir können den
        Elementarschutz daher ohne Zusatzfragen einschließen:

          Selbstbehalt:         10 % des Schadens, mindestens 1.000 €, höchstens 5.000 €
          Mehrbeitrag:          186,40 € jährlich
          neuer Jahresbeitrag:  1.244,60 €
          Beginn:               01.04.2026

        Wenn Sie nichts anderes hören lassen, stellen wir den Nachtrag zum 01.04. aus. Ein
        Hinweis noch: Rückstauschäden sind nur versichert, wenn eine Rückstausicherung
        eingebaut ist und gewartet wird.

        Mit freundlichen Grüßen

        """) + sig('seidel') + foot('allg')
    return build(n, 'seidel', [('Dorothee Schöneberg', 'd.schoeneberg@webpost.example')],
                 'Elementarschadenversicherung für Ihr Haus Fuldatalstraße 61', (12, 9, 20), text(body))


@mail('NORMAL', 'en', 'internal',
      'trap: weekly customer-service KPIs (calls, waiting times, topics incl. "health invoices") as ODS; aggregates only')
def m096(n):
    body = T("""
        Hi all,

        weekly KPIs for week 10 attached (ODS, as the new reporting tool exports it).

        - 11,482 calls, service level 78 % (target 80 %)
        - average waiting time 48 s, Monday morning again the worst (2 min 40 s)
        - top topics: health invoices (19 %), address changes (14 %), motor claims (11 %)
        - e-mails answered within 2 working days: 91 %

        We expect a spike on Friday/Saturday if storm "Lotte" really comes.

        Aylin
        """)
    ods = make_ods([('KW10', [
        ['Day', 'Calls', 'Answered', 'Service level', 'Avg wait (s)'],
        ['Mon', 2911, 2602, 0.69, 97],
        ['Tue', 2384, 2218, 0.79, 41],
        ['Wed', 2206, 2090, 0.83, 35],
        ['Thu', 2133, 2031, 0.84, 33],
        ['Fri', 1848, 1766, 0.86, 29],
    ]), ('Topics', [
        ['Topic', 'Share'],
        ['Health invoices / reimbursement', 0.19],
        ['Address / bank change', 0.14],
        ['Motor claims', 0.11],
        ['Policy documents', 0.09],
        ['Premium questions', 0.08],
        ['Other', 0.39],
    ])], title='KPI Kundenservice KW10', author='Aylin Demir')
    return build(n, 'demir', [('Service leadership', 'kundenservice-leitung@' + DOM)],
                 'Customer service KPIs week 10', (12, 9, 35),
                 mixed(text(body), attach(ods, 'KPI_KS_KW10_2026.ods')))


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-doctor',
      'travel health: Austrian ski doctor asked (German/English) for an itemised invoice and findings for a named patient\'s knee sprain; body base64-encoded')
def m097(n):
    body = T("""
        Sehr geehrter Herr Dr. Pichler,
        dear Dr Pichler,

        Ihre Rechnung Nr. 2026/0418 vom 21.02.2026 für unseren Versicherten

          Herrn Jakob Meinhardt, geb. 09.09.1999 (Auslandsreise-Kranken RV-2026-040932)

        über 1.186,00 € haben wir erhalten. Für die Erstattung benötigen wir eine
        spezifizierte Rechnung mit Diagnose und Einzelleistungen (bisher: "Behandlung
        Knie, pauschal"). Laut Angaben des Patienten wurde nach einem Skisturz in Sölden eine
        Kniedistorsion rechts mit Verdacht auf Innenbandriss festgestellt, geröntgt und eine
        Orthese angelegt.

        Our insured is an English native speaker and asked us to include him in copy - he
        cannot read the invoice either. Please send the itemised invoice (German is fine)
        to this address.

        Mit freundlichen Grüßen / Kind regards

        """) + sig('schaedlich') + foot('kranken')
    return build(n, 'schaedlich', [('Dr. Andreas Pichler', 'ordination@sportarzt-soelden.example')],
                 'Rechnung 2026/0418 – Patient J. Meinhardt – itemised invoice', (12, 9, 55),
                 text(body, cte='base64'), cc=[('Jakob Meinhardt', 'jakob.meinhardt@studmail.example')])


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'grey: payment advice to an IT supplier (a limited company) with the company\'s IBAN and invoice numbers; company bank data, no natural person; us-ascii')
def m098(n):
    ib = iban('IE', 'BOFI' + '90001717358215')
    body = T("""
        Dear Sir or Madam,

        please note the following payment, executed today with value date 13/03/2026:

          Beneficiary:    Cloudmere Software Ltd., Dublin
          IBAN:           %s
          Amount:         EUR 48,930.00
          Reference:      LH-KRED-77120 / INV-2026-0214, INV-2026-0233

          INV-2026-0214   licence renewal SecureMail gateway 2026/27    EUR 41,650.00
          INV-2026-0233   support hours February (28 h)                 EUR  7,280.00

        Reverse charge applies (VAT ID of Lindenhof Holding AG: DE298765431).

        Kind regards
        Accounts Payable
        Lindenhof Holding AG
        """ % ib)
    return build(n, ('Lindenhof Kreditorenbuchhaltung', 'kreditoren@' + DOM),
                 [('Cloudmere Accounts Receivable', 'ar@cloudmere-software.example')],
                 'Payment advice LH-KRED-77120', (12, 10, 10), text(body, charset='us-ascii', cte='7bit'),
                 mailer='SAP Business Workflow')


@mail('NORMAL', 'de', 'insurer-to-applicant',
      'grey: acknowledgement of a job application (name and job reference only, no birth date, salary or health); personal but not sensitive under the SPEC')
def m099(n):
    body = T("""
        Sehr geehrte Frau Tomczak,

        vielen Dank für Ihre Bewerbung als Sachbearbeiterin Leistungsprüfung
        Krankenversicherung (Kennziffer KV-2026-04) und Ihr Interesse an der Lindenhof
        Versicherungsgruppe.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sichten alle Bewerbungen
        bis Mitte April und melden uns spätestens in der KW 17 bei Ihnen.

        Hinweise zum Umgang mit Ihren Daten im Bewerbungsverfahren finden Sie unter
        https://karriere.lindenhof-versicherung.example/datenschutz.

        Mit freundlichen Grüßen

        Ihr Recruiting-Team
        Lindenhof Holding AG – Personalabteilung
        """)
    return build(n, 'bewerbung', [('Karolina Tomczak', 'karolina.tomczak@webpost.example')],
                 'Ihre Bewerbung KV-2026-04 – Eingangsbestätigung', (12, 10, 20), text(body),
                 mailer='Lindenhof Bewerbermanagement')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'long-term care daily allowance: care level 3 after the medical service assessment of a named insured mother (dementia); PDF notice; 8bit text')
def m100(n):
    body = T("""
        Sehr geehrte Frau Haupt,

        anbei unsere Leistungsmitteilung zur Pflegetagegeldversicherung Ihrer Mutter. Wie
        am Telefon besprochen, haben wir Sie als Bevollmächtigte eingetragen.

        Bei Fragen erreichen Sie mich direkt unter der unten stehenden Nummer.

        Mit freundlichen Grüßen

        """) + sig('vogt') + foot('kranken')
    pdf = make_pdf([
        '# Leistungsmitteilung Pflegetagegeld',
        'Versicherte Person: Elfriede Haupt, geb. 11.04.1938',
        'Vertrag: PT 7702 4410 (Pflegetagegeld, Tarif PTG-Plus)',
        'Bevollmächtigte: Cornelia Haupt (Tochter)',
        '',
        'Nach dem Gutachten des Medizinischen Dienstes vom 24.02.2026 ist Ihre Mutter ab dem',
        '01.02.2026 in Pflegegrad 3 eingestuft (bisher Pflegegrad 2).',
        'Grundlage: fortschreitende Alzheimer-Demenz (F00.1/G30.1), Sturzneigung,',
        'Hilfebedarf bei Körperpflege, Ernährung und Tagesstruktur; Versorgung zu Hause',
        'durch Angehörige und ambulanten Pflegedienst.',
        '',
        'Pflegetagegeld Pflegegrad 3: 60 % von 50 EUR = 30,00 EUR täglich',
        'Nachzahlung Februar: 28 Tage x 10,00 EUR Differenz = 280,00 EUR',
        'laufende Zahlung ab März: monatlich im Voraus',
    ], title='Leistungsmitteilung PT 7702 4410')
    return build(n, 'vogt', [('Cornelia Haupt', 'cornelia.haupt@familienpost.example')],
                 'Pflegetagegeld Ihrer Mutter – Leistungsmitteilung', (12, 10, 42),
                 mixed(text(body, cte='8bit'), attach(pdf, 'Leistungsmitteilung_PT-7702-4410.pdf')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'broker informed about a named client\'s flooded basement claim: reserve, adjuster preliminary report (DOCX) with address and damaged items; no health')
def m101(n):
    body = T("""
        Hi James,

        quick update on Mr Hollister's claim (household HR-2214785, claim HR-2026-010388,
        heavy rain on 27 February, basement flooded through the floor drain):

        - the loss adjuster's preliminary report is attached
        - reserve set at EUR 9,200
        - backflow flooding is only covered because he has the natural hazards extension
          (since 2023) - good advice on your part back then
        - we need photos of the washing machine and dryer type plates before we pay

        Could you ask him to send those? Then we settle next week.

        Cheers,
        Jonas
        """) + sig('weidemann', 'en')
    d = make_docx([
        ('h', 'Preliminary loss report HR-2026-010388'),
        'Insured: Mr Nathan Hollister, Am Lohberg 12, 34233 Fuldatal',
        'Date of loss: 27/02/2026  Inspection: 05/03/2026  Adjuster: H. Brinkmann',
        'Cause: heavy rain, water entered the basement through the floor drain; no backflow valve fitted. Depth of water approx. 12 cm.',
        ('table', [['Item', 'Age', 'New value EUR', 'Assessment'],
                   ['Washing machine', '4 years', '699', 'total loss'],
                   ['Tumble dryer', '4 years', '749', 'total loss'],
                   ['Chest freezer incl. contents', '9 years', '520', 'total loss'],
                   ['Stored furniture, books, toys', 'various', '5,800', 'approx. 60 % loss'],
                   ['Drying of basement (contents part)', '-', '1,200', 'estimate']]),
        'Recommendation: reserve EUR 9,200. Advise the insured to fit a backflow valve.',
    ], title='Preliminary report HR-2026-010388', author='Holger Brinkmann')
    return build(n, 'weidemann', [('James Finch', 'james.finch@harbourfinch-brokers.example')],
                 'Hollister - claim HR-2026-010388 - preliminary report', (12, 11, 0),
                 mixed(text(body), attach(d, 'Preliminary_report_HR-2026-010388.docx')))


@mail('NORMAL', 'de', 'newsletter',
      'trap: press release about lower motor premiums with claims statistics and injury cost figures; no person except the quoted board member')
def m102(n):
    txt = T("""
        PRESSEMITTEILUNG

        Lindenhof senkt Kfz-Beiträge für Fahrerinnen und Fahrer mit Assistenzsystemen

        Kassel, 12. März 2026 – Die Lindenhof Allgemeine Versicherung AG senkt ab dem
        1. April die Beiträge in der Kfz-Haftpflicht für Fahrzeuge mit Notbremsassistent
        um bis zu 8 Prozent. Grundlage ist eine Auswertung von rund 170.000 versicherten
        Fahrzeugen: Autos mit Notbremsassistent verursachten 2025 ein Viertel weniger
        Auffahrunfälle.

        "Bei Auffahrunfällen geht es nicht nur um Blechschäden. Jeder dritte verursacht
        Personenschäden, oft Schleudertraumata mit langen Arbeitsausfällen", sagt Markus
        Engelhardt, Vorstand Schaden/Unfall. Der durchschnittliche Personenschaden ist
        2025 auf 18.420 Euro gestiegen.

        Die Beitragssenkung gilt automatisch für Bestandskunden, die ihr Fahrzeug mit
        Ausstattungsdaten gemeldet haben.

        Pressekontakt: Lea Wittkamp, presse@lindenhof-versicherung.example, 0561 9980-1040
        """)
    htm = ('<html><body style="font-family:Georgia,serif;font-size:11pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', ' ') for p in txt.split('\n\n'))
           + '</body></html>\n')
    return build(n, 'presse', [('Presseverteiler Wirtschaft', 'presseverteiler@lists.lindenhof-versicherung.example')],
                 'PM: Lindenhof senkt Kfz-Beiträge für Autos mit Notbremsassistent', (12, 11, 15),
                 alt(text(txt), html(htm)), extra=[('Precedence', 'bulk')])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'life underwriting follow-up questions on blood pressure and medication for a named applicant; personal line with health data')
def m103(n):
    body = T("""
        Dear Mr Whitaker,

        thank you for your application for term life insurance (application
        LV-A-2026-01877, sum insured EUR 400,000). Before we can make a decision we need
        some more information about your blood pressure:

          1. Which medication do you take, and in which dose? (You mentioned
             "Ramipril, 5 mg?" - please confirm.)
          2. Please send us your last three blood pressure readings from your GP,
             or a 24-hour measurement if one was done.
          3. Has your doctor ever mentioned damage to the heart, kidneys or eyes
             caused by high blood pressure?
          4. How many nights per week do you use your CPAP device?

        Depending on the answers we can offer cover at normal rates or with a risk
        surcharge of 25-50 %. Our company doctor, Dr Brandes, is also writing to your
        former GP in Leeds.

        Kind regards

        """) + sig('yilmaz', 'en') + foot('leben', 'en')
    return build(n, 'yilmaz', [('Daniel Whitaker', 'daniel.whitaker@mailbox-uk.example')],
                 'Your application LV-A-2026-01877 - questions about blood pressure', (12, 11, 32), text(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor total loss: named customer, plate, replacement and residual value, financing bank; no injury; body base64')
def m104(n):
    body = T("""
        Dear Ms Ferreira,

        the expert's report on your car (Seat Leon, KS-LF 203, claim KS-2026-030871,
        comprehensive policy KH 31/5288107) has arrived. Unfortunately the repair would
        cost more than the car is worth, so it is an economic total loss:

          Replacement value (incl. VAT)       EUR 14,600.00
          Residual value (best offer)         EUR  3,150.00
          Excess comprehensive                EUR    300.00
          Payment                             EUR 11,150.00

        The best residual value offer comes from AutoVerwertung Nordhessen and is binding
        until 26 March. If you sell the car to them, they will collect it free of charge.

        Because the car is financed, we pay to the bank (Kasseler Autobank AG) first. The
        bank will transfer any amount above the outstanding loan to you.

        Kind regards

        """) + sig('oberlaender', 'en') + foot('allg', 'en')
    return build(n, 'oberlaender', [('Luana Ferreira', 'luana.ferreira@mailbox-sud.example')],
                 'Total loss - your car KS-LF 203', (12, 11, 50), text(body, cte='base64'))


@mail('NORMAL', 'en', 'internal',
      'trap: record-of-processing-activities review template listing data categories (health data, bank data, date of birth) per process (ODS); no data subject')
def m105(n):
    body = T("""
        Dear process owners,

        it's time for the annual review of our records of processing activities (Art. 30 GDPR).
        Please check the entries for your processes in the attached sheet and mark changes in
        column H by 3 April. New processes since last year (e.g. the photo upload for motor
        claims) need a new line.

        Thank you!
        Gabriele
        """) + sig('fuchs', 'en')
    ods = make_ods([('RoPA 2026', [
        ['ID', 'Process', 'Owner', 'Data subjects', 'Data categories', 'Art. 9 data', 'Retention', 'Changes 2026'],
        ['P-01', 'Health claims reimbursement', 'Health Claims', 'insured persons', 'name, insurance no., invoices, diagnoses', 'yes (health)', '10 years', ''],
        ['P-02', 'Life/disability underwriting', 'Life Underwriting', 'applicants', 'name, date of birth, health questions, medical reports', 'yes (health)', '10 years after end', ''],
        ['P-03', 'Motor claims', 'Motor Claims', 'policyholders, third parties', 'name, plate, photos, bank data', 'only if injured', '6 years', ''],
        ['P-04', 'Premium collection', 'Premium Accounting', 'policyholders', 'name, IBAN, mandate', 'no', '10 years', ''],
        ['P-05', 'Recruiting', 'HR', 'applicants', 'CV, certificates', 'possibly (disability)', '6 months', ''],
        ['P-06', 'Broker commission', 'Broker Relations', 'brokers', 'name, IBAN, tax data', 'no', '10 years', ''],
    ])], title='RoPA review 2026', author='Gabriele Fuchs')
    return build(n, 'fuchs', [('Process owners', 'prozessverantwortliche@' + DOM)],
                 'Annual review records of processing activities - due 3 April', (12, 12, 5),
                 mixed(text(body), attach(ods, 'RoPA_review_2026.ods')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
      'answer to the public prosecutor in an insurance fraud investigation about a BU claim: suspect named, health claims and medical documents in a ZIP')
def m106(n):
    body = T("""
        Sehr geehrte Frau Staatsanwältin Roth,

        in dem Ermittlungsverfahren gegen Herrn Marcel Dittrich wegen Betrugs
        (Az. 4610 Js 3318/25) übersenden wir Ihnen auf Ihre Anforderung vom 25.02.2026:

        1. den Leistungsantrag aus der Berufsunfähigkeitsversicherung BU 8 455 903-4 vom
           14.03.2025 mit den Angaben zu einem angeblichen Bandscheibenleiden,
        2. die von Herrn Dittrich eingereichten Atteste (Dr. med. S. Horn),
        3. den Observationsbericht vom 09.2025 (Herr Dittrich bei Dacharbeiten),
        4. unsere Zahlungsübersicht (bisher 11 Monatsrenten à 1.400 €).

        Die Unterlagen liegen als ZIP-Datei bei. Das Original der Schweigepflichtentbindung
        kann bei Bedarf eingesehen werden. Wir schließen uns dem Verfahren als Geschädigte an.

        Mit freundlichen Grüßen

        """) + sig('kessler') + foot('holding')
    pdf1 = make_pdf([
        '# Leistungsantrag Berufsunfähigkeit - BU 8 455 903-4',
        'Versicherte Person: Marcel Dittrich, geb. 28.11.1983, Dachdecker',
        'Angegebene Ursache: Bandscheibenvorfall L5/S1 (M51.2), seit 01/2025 arbeitsunfähig',
        'Behandelnde Ärztin: Dr. med. Sandra Horn, Allgemeinmedizin',
        'Angabe: "kann nicht mehr heben, nicht auf Leitern steigen, nicht knien"',
    ], title='Leistungsantrag Dittrich')
    pdf2 = make_pdf([
        '# Zahlungsübersicht BU 8 455 903-4',
        'Rentenzahlungen 04/2025 - 02/2026: 11 x 1.400,00 EUR = 15.400,00 EUR',
        'Beitragsbefreiung 04/2025 - 02/2026: 11 x 96,30 EUR = 1.059,30 EUR',
    ], title='Zahlungen Dittrich')
    txt = ('Observationsbericht (Zusammenfassung)\r\n'
           'Detektei Nordlicht, Auftrag LH-2025-117\r\n'
           '16.09.2025, 07:40-15:10 Uhr, Baunatal-Rengershausen: Zielperson M. Dittrich arbeitet auf\r\n'
           'einem Dach, trägt Ziegelpakete über eine Leiter, kniet beim Verlegen. Fotos 1-38.\r\n').encode('utf-8')
    z = make_zip([('01_Leistungsantrag.pdf', pdf1), ('02_Zahlungsuebersicht.pdf', pdf2),
                  ('03_Observationsbericht_Zusammenfassung.txt', txt)], stamp=(2026, 3, 12, 9, 30, 0))
    return build(n, 'kessler', [('StA Kassel, Abt. Wirtschaftsstrafsachen', 'poststelle-wirtschaft@sta-kassel.example')],
                 'Az. 4610 Js 3318/25 – Übersendung Unterlagen', (12, 12, 20),
                 mixed(text(body), attach(z, 'Unterlagen_4610Js3318-25.zip')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dog owner\'s liability: the insured dog damaged a neighbour\'s fence; named customer, claim number, amount; iso-8859-1 8bit')
def m107(n):
    body = T("""
        Hallo Frau Bräutigam,

        den Schaden am Zaun Ihrer Nachbarin, Frau Liebig, übernehmen wir aus Ihrer
        Hundehalter-Haftpflicht TH-4401187 (Schaden TH-2026-000219). Ihr Hund Anton hat
        ja laut Ihrer Schilderung ein Loch unter dem Zaun gegraben und dabei zwei Pfosten
        gelockert, verletzt wurde niemand.

        Die Rechnung des Gartenbaus über 438,00 EUR zahlen wir direkt an Frau Liebig. Ihr
        Selbstbehalt beträgt 0 EUR.

        Schöne Grüße

        """) + sig('jung') + foot('allg')
    return build(n, 'jung', [('Heike Bräutigam', 'heike.braeutigam@landpost.example')],
                 'Zaun Ihrer Nachbarin - Schaden TH-2026-000219', (12, 12, 48),
                 text(body, charset='iso-8859-1', cte='8bit'), subject_charset='iso-8859-1')


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: order for secure shredding of archived claim files and medical records (Datenschutztonnen, Schutzklasse 3); no file contents')
def m108(n):
    body = T("""
        Sehr geehrter Herr Kaminski,

        wir möchten wie jedes Jahr im Frühjahr die Akten vernichten lassen, deren
        Aufbewahrungsfrist abgelaufen ist:

        - ca. 14 Tonnen Papier aus dem Archiv Keller 2 (Leistungsakten Kranken und Leben
          bis Jahrgang 2014, Schadenakten Sach bis 2019)
        - Vernichtung nach DIN 66399, Sicherheitsstufe P-4, Schutzklasse 3 (Gesundheitsdaten)
        - Abholung in verschlossenen Sicherheitsbehältern, Vernichtungsprotokoll je Behälter

        Zusätzlich bitte 20 weitere Datenschutztonnen (240 l) für die Etagen, Tausch 14-tägig.

        Termin: KW 14 oder 15, Abholung werktags ab 7 Uhr über die Laderampe. Unser Auftrag
        läuft über den Rahmenvertrag RV-EK-2023-11. Bitte senden Sie mir ein Angebot.

        Mit freundlichen Grüßen

        """) + sig('sommerfeld') + foot('holding', disclaimer=False)
    return build(n, 'sommerfeld', [('Jan Kaminski', 'j.kaminski@aktensafe-nord.example')],
                 'Aktenvernichtung Frühjahr 2026 – Anfrage', (12, 13, 5), text(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'death claim under a life policy: widow asked for death certificate and cause of death (heart attack) of the named deceased insured')
def m109(n):
    body = T("""
        Dear Mrs Sutherland,

        please accept our sincere condolences on the death of your husband, Mr Alan
        Sutherland.

        You are the named beneficiary of his term life insurance LV 8 433 781-1 (sum
        insured EUR 150,000). To pay the benefit we need the following documents:

          1. an official death certificate (a copy is sufficient),
          2. a medical certificate of the cause of death. You mentioned that your husband
             died of a heart attack on 1 March while jogging; the certificate of the
             emergency doctor or of the hospital is sufficient,
          3. a copy of your passport or ID card,
          4. your bank details for the payment.

        Because the policy started less than three years ago (June 2024), we also have to
        check the health questions of the application. This is a standard procedure and
        does not mean that we doubt anything. We will handle it as quickly as possible.

        If it is easier for you, we can also discuss everything by phone.

        With kind regards

        """) + sig('marquardt', 'en') + foot('leben', 'en')
    return build(n, 'marquardt', [('Fiona Sutherland', 'fiona.sutherland@mailbox-uk.example')],
                 'Life insurance LV 8 433 781-1 - documents needed', (12, 13, 22), text(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'personal liability for damage to a rented holiday flat: named customer, claim number; ZIP with the landlord invoice (PDF) and a damage list (TXT); no injury')
def m110(n):
    body = T("""
        Hi Mr Kovacs,

        we've settled the damage to your holiday flat in Bansin (red wine on the sofa and
        the broken glass table top) under your personal liability policy PH-3342206,
        claim PH-2026-004402. Damage to rented holiday homes is covered in your tariff.

        I've put the landlord's invoice and my settlement into the attached ZIP for your
        records. We will pay EUR 618.00 directly to the landlord, Ostsee-Ferienwohnungen
        Bansin GmbH; please settle the remaining EUR 150.00 (your excess) with them yourself.

        Best regards

        """) + sig('quandt', 'en') + foot('allg', 'en')
    pdf = make_pdf([
        '# Ostsee-Ferienwohnungen Bansin GmbH - Rechnung 2026-0117',
        'Gast: Ádám Kovács, Aufenthalt 14.02.-21.02.2026, Wohnung Seeblick 4',
        'Reinigung Sofa (Rotwein), Fachfirma          218,00 EUR',
        'Glasplatte Couchtisch, Ersatz inkl. Montage    550,00 EUR',
        'Summe                                          768,00 EUR',
    ], title='Rechnung Ferienwohnung')
    txt = ('Settlement PH-2026-004402\r\n'
           'Insured: Adam Kovacs, policy PH-3342206\r\n'
           'Invoice landlord: EUR 768.00\r\n'
           'Payment to landlord: EUR 618.00, excess EUR 150.00 to be paid by the insured to the landlord\r\n'
           'Note: tariff PH-Komfort 2022 includes damage to rented holiday homes up to EUR 50,000.\r\n').encode('utf-8')
    z = make_zip([('Invoice_landlord_2026-0117.pdf', pdf), ('Settlement_PH-2026-004402.txt', txt)], stamp=(2026, 3, 12, 13, 0, 0))
    return build(n, 'quandt', [('Ádám Kovács', 'adam.kovacs@postbox-eu.example')],
                 'Holiday flat damage - claim PH-2026-004402 settled', (12, 13, 40),
                 mixed(text(body), attach(z, 'PH-2026-004402.zip')))


@mail('NORMAL', 'de', 'internal',
      'trap: colleague is absent this week (no reason given), handover of tasks; naming a colleague without health or HR data; 8bit')
def m111(n):
    body = T("""
        Hi Katrin,

        Tamara ist ab heute bis einschließlich nächsten Mittwoch nicht da. Kannst du ihre
        offenen Teilkasko-Fälle übernehemn? Die Liste liegt im Teams-Kanal "Kfz Schaden",
        sind 23 Stück, davon 4 mit Frist diese Woche (sind rot markiert).

        Ihr Postfach hab ich auf Weiterleitung an dich gestellt, ab morgen.

        Danke dir!!
        Jana
        """)
    return build(n, 'seidel', ['oberlaender'], 'Vertretung Tamara ab heute', (12, 13, 55),
                 text(body, cte='8bit'), mailer='mobile')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'subject tag [streng vertraulich]; HR invites an employee to occupational reintegration management (BEM) after more than six weeks of illness')
def m112(n):
    body = T("""
        Liebe Frau Kowalski,

        Sie waren in den letzten zwölf Monaten insgesamt länger als sechs Wochen
        arbeitsunfähig (laut unseren Unterlagen 47 Arbeitstage, zuletzt vom 12.01. bis
        27.02.2026). Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb ein Betriebliches
        Eingliederungsmanagement (BEM) an.

        Ziel ist, gemeinsam zu klären, ob und wie wir Sie am Arbeitsplatz unterstützen
        können, z. B. mit angepassten Arbeitszeiten, einem höhenverstellbaren Schreibtisch
        oder mehr mobiler Arbeit. Die Teilnahme ist freiwillig. Über Diagnosen müssen Sie
        nicht sprechen; was Sie uns erzählen, kommt nicht in die Personalakte, sondern in
        eine getrennte BEM-Akte.

        Auf Wunsch kann ein Mitglied des Betriebsrats oder die Schwerbehindertenvertretung
        teilnehmen. Mögliche Termine: 19.03. um 10 Uhr oder 24.03. um 14 Uhr.

        Herzliche Grüße

        """) + sig('hartwig')
    return build(n, 'hartwig', [('Agnieszka Kowalski', 'agnieszka.kowalski@' + DOM)],
                 '[streng vertraulich] Angebot Betriebliches Eingliederungsmanagement', (12, 14, 10), text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'annual premium invoice for buildings insurance with direct debit from the customer IBAN: named customer, insured address (text+HTML and PDF invoice)')
def m113(n):
    ib = iban('DE', '52060000' + '0007715228')
    raw = ib.replace(' ', '')
    masked = raw[:4] + ' **** **** **** **' + raw[-4:-2] + ' ' + raw[-2:]
    txt = T("""
        Sehr geehrter Herr Vukovic,

        anbei Ihre Beitragsrechnung 2026/2027 für die Wohngebäudeversicherung WG-1160774
        (Objekt Heckershäuser Straße 5, 34128 Kassel).

        Jahresbeitrag: 1.318,70 € inkl. 19 %% Versicherungsteuer
        Einzug am 01.04.2026 von Ihrem Konto %s

        Mit freundlichen Grüßen
        Ihr Lindenhof Kundenservice
        """ % masked)
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    pdf = make_pdf([
        '# Beitragsrechnung 2026/2027',
        'Lindenhof Allgemeine Versicherung AG, Lindenhofallee 12, 34131 Kassel',
        '',
        'Herrn Dragan Vukovic, Heckershäuser Straße 5, 34128 Kassel',
        'Versicherungsschein WG-1160774, Wohngebäudeversicherung Premium',
        'Versicherungszeitraum 01.04.2026 - 31.03.2027',
        '',
        'Nettobeitrag                        1.108,15 EUR',
        'Versicherungsteuer 19 %               210,55 EUR',
        'Jahresbeitrag                       1.318,70 EUR',
        '',
        'Der Betrag wird am 01.04.2026 per SEPA-Lastschrift eingezogen.',
        'Konto: ' + ib + '   Mandatsreferenz LH-WG-1160774-01',
        'Gläubiger-ID DE98ZZZ00000131131',
    ], title='Beitragsrechnung WG-1160774')
    return build(n, 'kundenservice', [('Dragan Vukovic', 'dragan.vukovic@webpost.example')],
                 'Ihre Beitragsrechnung 2026/2027 – WG-1160774', (12, 14, 25),
                 mixed(alt(text(txt), html(htm)), attach(pdf, 'Beitragsrechnung_WG-1160774_2026.pdf')), mailer='kora')


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: year-end audit document request list from/to the external auditor (claims reserves, IBNR, health ageing reserve); no individual cases; us-ascii')
def m114(n):
    body = T("""
        Dear Mr Whitfield,

        thank you for the PBC list for the audit of the 2025 financial statements. Status
        of the items due this week:

          A-04  Claims reserve run-off triangles 2016-2025, all P&C lines   - uploaded
          A-07  IBNR methodology note (chain ladder / Bornhuetter-Ferguson) - uploaded
          A-11  Ageing reserve health (Alterungsrueckstellung), actuarial
                report of the responsible actuary                            - 18 March
          A-12  Mortality and disability tables used in life (DAV 2008 T,
                DAV 1997 I), reconciliation to the technical provisions     - 18 March
          A-15  Sample of 25 large claims: please send us your sample
                selection; we will provide the files in the data room only,
                not by e-mail                                                - open

        For A-15 please note that personal health data in claim files can only be made
        available to your team in our premises or in the data room.

        Best regards

        """) + sig('ferrante', 'en') + foot('holding', 'en')
    return build(n, 'ferrante', [('Andrew Whitfield', 'andrew.whitfield@kessel-audit.example')],
                 'Audit 2025 - PBC list status', (12, 14, 40), text(body, charset='us-ascii', cte='7bit'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'hospital bill check (DRG I44B knee replacement, chief physician fees) for a named insured; body vague, details in an XLSX benefit overview')
def m115(n):
    body = T("""
        Sehr geehrter Herr Schuster,

        die Rechnungen zu Ihrem Krankenhausaufenthalt im Klinikum Nordstadt vom 09.02. bis
        19.02.2026 haben wir geprüft und direkt mit dem Krankenhaus und den Ärzten abgerechnet.

        Die Übersicht, was wir gezahlt haben, finden Sie in der Excel-Datei. Ein Eigenanteil
        fällt für Sie nicht an, Ihr Selbstbehalt 2026 ist damit ausgeschöpft.

        Gute Genesung weiterhin!

        """) + sig('aydin') + foot('kranken')
    x = make_xlsx([('Leistungsübersicht', [
        ['Versicherter', 'Bernd Schuster, KV 5506 4471', '', ''],
        ['Position', 'Rechnungsbetrag EUR', 'erstattet EUR', 'Bemerkung'],
        ['DRG I44B Knieendoprothese links (allg. Krankenhausleistungen)', 9842.37, 9842.37, 'Direktabrechnung'],
        ['Zuschlag Einbettzimmer 10 Tage', 1290.0, 1290.0, ''],
        ['Chefarzt Prof. Dr. Wenzel (GOÄ 2153, 2148, 440 u. a.)', 3412.66, 3412.66, 'bis 3,5-fach'],
        ['Anästhesie Dr. Mertens', 1188.4, 1188.4, ''],
        ['Physiotherapie stationär', 0, 0, 'in DRG enthalten'],
        ['Selbstbehalt 2026', '', -600.0, 'Tarif STAT-2'],
        ['Summe', 15733.43, 15133.43, ''],
    ])], title='Leistungsübersicht Schuster', author='Serkan Aydın')
    return build(n, 'aydin', [('Bernd Schuster', 'bernd.schuster@webpost.example')],
                 'Ihre Krankenhausrechnungen – Übersicht', (12, 15, 0),
                 mixed(text(body), attach(x, 'Leistungsuebersicht_KV_5506_4471.xlsx')))


@mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'bilingual German/English insurance confirmation (eVB) and SF transfer for a Dutch customer moving to Germany; name, plate, VIN, previous insurer')
def m116(n):
    body = T("""
        Beste meneer De Vries, dear Mr De Vries,

        hier die Bestätigung für die Zulassungsstelle / here is the confirmation for the
        registration office:

          Elektronische Versicherungsbestätigung (eVB): K3TW8MZ
          Versicherungsnehmer / policyholder:  Pieter de Vries
          Fahrzeug / vehicle:                  Volvo XC60, FIN/VIN YV1UZ10ADL1492031
          Versicherungsbeginn / start:         16.03.2026
          Vertrag / policy:                    KH 31/5604410

        Your no-claims history from your Dutch insurer (12 schadevrije jaren) is accepted:
        we place you in SF class 12 for MTPL and comprehensive. Die Schadenfreiheits-
        bescheinigung Ihres bisherigen Versicherers haben wir erhalten.

        Bitte bringen Sie zur Zulassung Ihren Reisepass, die Meldebescheinigung und die
        Zulassungspapiere mit. Please bring your passport, the registration certificate of
        your address and the vehicle documents.

        Met vriendelijke groet / Kind regards

        """) + sig('seidel', 'en') + foot('allg', 'en')
    return build(n, 'seidel', [('Pieter de Vries', 'pieter.devries@post-nl.example')],
                 'eVB K3TW8MZ – Volvo XC60 / insurance confirmation', (12, 15, 15), text(body))


@mail('NORMAL', 'en', 'insurer-to-customer',
      'trap: automatic confirmation that the sender\'s S/MIME certificate was registered by the collect address; no content, no contract')
def m117(n):
    body = T("""
        Hello,

        your S/MIME certificate has been registered for the address
        rob.mcallister@webpost.example.

          Subject:        CN=Rob McAllister, E=rob.mcallister@webpost.example
          Issuer:         CN=Example Mail CA 2, O=Example Trust Services
          Serial number:  4A:91:0C:77:E2:15:3B:08
          Valid until:    2027-10-31

        From now on, Lindenhof will send you encrypted e-mails directly. Please make sure
        that you renew and re-send your certificate before it expires.

        This message was generated automatically by the Lindenhof certificate service.
        """)
    return build(n, 'zertifikat', ['rob.mcallister@webpost.example'],
                 'Certificate registered / Zertifikat registriert', (12, 15, 30), text(body),
                 mailer='Lindenhof Zertifikatsdienst', extra=[('Auto-Submitted', 'auto-replied')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'lawyer of a BU claimant who objects to a rejection: medical findings (fibromyalgia M79.7, depression), expert opinion, § 203 StGB; PDF statement')
def m118(n):
    body = T("""
        Sehr geehrter Herr Rechtsanwalt Lorenz,

        Ihr Schreiben vom 02.03.2026 zum Widerspruch Ihrer Mandantin, Frau Stefanie Albers,
        gegen unsere Leistungsablehnung aus der BU 8 460 712-8 haben wir erhalten.

        Ihre Mandantin hat uns von der Schweigepflicht Ihnen gegenüber entbunden; wir fügen
        daher unsere ausführliche Stellungnahme mit den medizinischen Unterlagen bei.

        Kurz zusammengefasst: Das Gutachten von Prof. Dr. Keppler bestätigt zwar eine
        Fibromyalgie (M79.7) und eine leichte depressive Episode (F32.0), sieht aber für die
        Tätigkeit als Bürokauffrau mit Pausen und Homeoffice keine Einschränkung von 50 %
        oder mehr. Neue ärztliche Befunde nach dem Gutachten liegen uns nicht vor. Wenn
        Ihre Mandantin solche hat, prüfen wir erneut.

        Mit freundlichen Grüßen

        """) + sig('nwosu') + foot('leben')
    pdf = make_pdf([
        '# Stellungnahme zum Widerspruch - BU 8 460 712-8',
        'Versicherte Person: Stefanie Albers, geb. 15.06.1979, Bürokauffrau',
        '',
        '1. Leistungsantrag vom 04.06.2025, angegebene Beschwerden: Ganzkörperschmerzen,',
        '   Erschöpfung, Schlafstörungen, Konzentrationsprobleme seit 2024.',
        '2. Rheumatologische Abklärung Uniklinik Göttingen 10/2024: keine entzündlich-',
        '   rheumatische Erkrankung, Fibromyalgiesyndrom (M79.7).',
        '3. Gutachten Prof. Dr. Keppler vom 19.11.2025: Leistungsfähigkeit für überwiegend',
        '   sitzende Tätigkeiten mit Haltungswechsel 6 Stunden und mehr; BU-Grad 20 %.',
        '4. Psychiatrischer Befund Dr. Omerovic 12/2025: leichte depressive Episode (F32.0),',
        '   ambulante Psychotherapie empfohlen, keine Medikation.',
        '',
        'Ergebnis: Die Voraussetzungen des § 172 VVG i. V. m. § 2 BB-BU sind nicht erfüllt.',
    ], title='Stellungnahme BU 8 460 712-8')
    return build(n, 'nwosu', [('RA Daniel Lorenz', 'lorenz@kanzlei-lorenz-versicherungsrecht.example')],
                 'Ihr Zeichen 88/26 – Albers ./. Lindenhof Leben – BU 8 460 712-8', (12, 15, 48),
                 mixed(text(body), attach(pdf, 'Stellungnahme_BU_8460712-8.pdf')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-company',
      'grey: fleet insurance of a sole-trader roofing business: vehicle list with drivers\' names and dates of birth (ODS); no health')
def m119(n):
    body = T("""
        Hallo Herr Brenneisen,

        anbei wie besprochen die aktualisierte Fahrzeug- und Fahrerliste für Ihren
        Flottenvertrag FL-2200418 (Dachdeckerei Brenneisen, Inh. Kai Brenneisen e.K.).

        Neu sind der Transporter KS-DB 207 ab 01.03. und Ihr neuer Geselle als Fahrer.
        Bitte prüfen Sie die Geburtsdaten – für Fahrer unter 23 berechnen wir einen
        Zuschlag, das betrifft Herrn Ismaili.

        Der Flottenbeitrag 2026 erhöht sich dadurch um 612,40 € auf 9.884,10 €.

        Viele Grüße

        """) + sig('reuter') + foot('allg')
    ods = make_ods([('Fahrzeuge', [
        ['Kennzeichen', 'Fahrzeug', 'Art', 'Deckung', 'seit'],
        ['KS-DB 101', 'MB Sprinter', 'Transporter', 'KH + VK', '2021-04-01'],
        ['KS-DB 102', 'MB Sprinter', 'Transporter', 'KH + VK', '2022-02-01'],
        ['KS-DB 150', 'VW Caddy', 'Pkw', 'KH + TK', '2023-09-15'],
        ['KS-DB 207', 'Ford Transit', 'Transporter', 'KH + VK', '2026-03-01'],
    ]), ('Fahrer', [
        ['Name', 'Vorname', 'Geburtsdatum', 'Führerschein seit'],
        ['Brenneisen', 'Kai', '1976-02-11', '1994'],
        ['Brenneisen', 'Sandra', '1979-08-30', '1997'],
        ['Oltmanns', 'Ralf', '1969-12-04', '1987'],
        ['Ismaili', 'Arben', '2004-05-19', '2022'],
    ])], title='Flotte FL-2200418', author='Daniel Reuter')
    return build(n, 'reuter', [('Kai Brenneisen', 'buero@dachdeckerei-brenneisen.example')],
                 'Flottenvertrag FL-2200418 – aktualisierte Liste', (12, 16, 2),
                 mixed(text(body), attach(ods, 'Flotte_FL-2200418_2026-03.ods')))


@mail('NORMAL', 'de', 'internal',
      'trap: minutes of the product development meeting for new dental supplementary tariffs (implants, orthodontics, waiting periods, pricing) as ODT; no person')
def m120(n):
    body = T("""
        Hallo zusammen,

        anbei das Protokoll von heute Vormittag (Zahnzusatz 2027). Wichtigste Entscheidung:
        Wir gehen mit drei Tarifstufen in die Kalkulation, die Staffel in den ersten vier
        Jahren bleibt. Nächster Termin 09.04.

        VG
        Stefan
        """)
    odt = make_odt([
        ('h', 'Protokoll Produktentwicklung Zahnzusatz 2027 – 12.03.2026'),
        'Teilnehmende: Produktmanagement, Aktuariat, Leistung Kranken, Vertrieb, Marketing',
        ('h', '1. Marktanalyse'),
        'Wettbewerber erstatten Implantate zunehmend zu 90 %; kieferorthopädische Leistungen für Erwachsene (KIG 1-2) werden als Verkaufsargument genutzt.',
        ('h', '2. Entscheidungen'),
        ('table', [['Thema', 'Entscheidung'],
                   ['Tarifstufen', 'ZahnPlus 70 / 85 / 100'],
                   ['Leistungsstaffel', 'Jahr 1: 1.000 EUR, Jahr 2: 2.000 EUR, Jahr 3-4: 3.000 EUR, danach unbegrenzt'],
                   ['Wartezeit', 'keine, außer Kieferorthopädie 8 Monate'],
                   ['Gesundheitsfragen', 'nur fehlende Zähne und laufende Behandlung'],
                   ['Zielbeitrag Alter 40, Stufe 85', '24,90 EUR/Monat']]),
        ('h', '3. Aufgaben'),
        'Aktuariat: Kalkulation auf Basis der Leistungsdaten 2021-2025 (anonymisiert, je Altersgruppe) bis 03.04.',
        'Leistung Kranken: Liste der häufigsten GOZ-Positionen mit Durchschnittsbeträgen.',
    ], title='Protokoll Zahnzusatz 2027', author='Stefan Vogt')
    return build(n, 'vogt', [('Projekt Zahnzusatz 2027', 'projekt-zahn2027@' + DOM)],
                 'Protokoll Produktentwicklung Zahnzusatz 2027', (12, 16, 30),
                 mixed(text(body), attach(odt, 'Protokoll_Zahnzusatz2027_2026-03-12.odt')))


# ---------------------------------------------------------------------------
# Friday, 13 March 2026 (and Saturday morning)
# ---------------------------------------------------------------------------

@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance: appointment for an orthopaedic disability examination of a named insured (shoulder), with ICS invitation')
def m121(n):
    body = T("""
        Sehr geehrte Frau Lorenz,

        um die Folgen Ihres Unfalls vom 28.01.2026 (Verletzung der rechten Schulter,
        Rotatorenmanschettenruptur, operiert am 04.02.) abschließend beurteilen zu können,
        haben wir ein ärztliches Gutachten in Auftrag gegeben.

          Gutachter:  Dr. med. Werner Falkenhagen, Facharzt für Orthopädie und Unfallchirurgie
          Termin:     Donnerstag, 26.03.2026, 14:30 Uhr
          Ort:        Gutachtenpraxis am Ständeplatz, Ständeplatz 9, 34117 Kassel

        Bitte bringen Sie alle Röntgen- und MRT-Aufnahmen sowie den OP-Bericht mit. Die
        Kosten des Gutachtens und Ihre Fahrtkosten übernehmen wir. Den Termin finden Sie
        auch als Kalendereintrag im Anhang.

        Mit freundlichen Grüßen

        """) + sig('lamprecht') + foot('allg')
    ics = make_ics('uv-2026-000388-gutachten', 'Ärztliche Begutachtung Unfall UV-2026-000388',
                   '20260326T143000', '20260326T153000', ('Friederike Lamprecht', 'friederike.lamprecht@' + DOM),
                   [('Brigitte Lorenz', 'brigitte.lorenz@landpost.example')],
                   location='Gutachtenpraxis am Ständeplatz, Ständeplatz 9, 34117 Kassel',
                   description='Begutachtung Schulter rechts nach Unfall vom 28.01.2026. Bitte Röntgen-/MRT-Bilder und OP-Bericht mitbringen.')
    return build(n, 'lamprecht', [('Brigitte Lorenz', 'brigitte.lorenz@landpost.example')],
                 'Ihr Gutachtentermin am 26.03.2026', (13, 8, 2),
                 mixed(text(body), attach(ics, 'Gutachtentermin.ics', ctype='text/calendar', charset='utf-8', method='REQUEST')))


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: flat rates for the electricians\' network for surge damage checks (Überspannung, Gutachten); framework pricing, no claim or customer; iso-8859-1 8bit')
def m122(n):
    body = T("""
        Hallo Herr Körber,

        zu Ihrer Frage nach den Pauschalen für 2026 im Elektro-Partnernetz:

          Prüfung Überspannungsschaden (bis 3 Geräte), inkl. Kurzgutachten   89 EUR
          jedes weitere Gerät                                                  19 EUR
          Anfahrt Stadtgebiet Kassel                                     pauschal 0 EUR
          Anfahrt Landkreis                                                    29 EUR
          Notdienst (Nacht/Wochenende) Zuschlag                                50 %

        Rechnungen bitte weiter elektronisch über das Partnerportal, immer mit unserer
        Auftragsnummer. Die neuen Sätze gelten für Aufträge ab dem 01.04.2026.

        Wegen Sturmtief "Lotte": Falls am Wochenende viele Aufträge kommen, melden Sie
        bitte bis Freitag 14 Uhr, wie viele Monteure Sie einsetzen können.

        Viele Grüße

        """) + sig('sommerfeld') + foot('holding', disclaimer=False)
    return build(n, 'sommerfeld', [('Frank Körber', 'f.koerber@elektro-koerber.example')],
                 'Pauschalen Elektro-Partnernetz 2026', (13, 8, 15),
                 text(body, charset='iso-8859-1', cte='8bit'), subject_charset='iso-8859-1')


@mail('NORMAL', 'en', 'newsletter',
      'trap: expat newsletter "Staying healthy abroad" (vaccinations, dengue, mental health helpline, how to claim); general health advice, no person; HTML only, base64')
def m123(n):
    htm = T("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Lindenhof Global Health News</title></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px;color:#222;max-width:640px">
        <h1 style="color:#1f5c8a">Global Health News &ndash; Spring 2026</h1>
        <h2>Travel vaccinations: check before you go</h2>
        <p>Many countries in South-East Asia and South America report rising dengue cases. There is now a
        vaccine for people who had dengue before &ndash; ask your doctor. Vaccinations recommended for travel
        are covered in all IHP plans.</p>
        <h2>Mental health matters</h2>
        <p>Living abroad can be lonely. Our 24/7 helpline offers confidential counselling in 12 languages,
        free of charge and without affecting your premium. Up to 10 sessions of online therapy per year
        are included in IHP-Gold.</p>
        <h2>How to claim in 3 steps</h2>
        <ol><li>Take a photo of your invoice.</li><li>Upload it in the Lindenhof app.</li>
        <li>Get your money in about 5 days.</li></ol>
        <p>Please do not send invoices or medical reports by normal e-mail.</p>
        <p style="font-size:10px;color:#777">Lindenhof Krankenversicherung a.G., Lindenhofallee 12, 34131 Kassel, Germany.
        <a href="https://www.lindenhof-versicherung.example/global/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    return build(n, 'international', [('IHP members', 'ihp-members@lists.lindenhof-versicherung.example')],
                 'Global Health News - Spring 2026', (13, 8, 30), html(htm, cte='base64'),
                 mailer='Lindenhof Mailing 3.1', extra=[('Precedence', 'bulk')])


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: cooperation with a hearing-aid acoustician chain (Hörgeräte, Hörtest, price caps in health tariffs); no insured person')
def m124(n):
    body = T("""
        Sehr geehrte Frau Albustani,

        vielen Dank für Ihr Angebot zur Kooperation. Wir haben es intern mit dem ärztlichen
        Dienst und der Leistungsabteilung besprochen und können uns folgendes Modell vorstellen:

        1. Versicherte der Tarife AMB-Komfort und AMB-Premium erhalten in Ihren 42 Filialen
           Hörgeräte der Preisklasse "Standard" zum Festpreis von 1.290 € je Ohr inkl.
           Anpassung, Service und Batterien für 6 Jahre.
        2. Eine ohrenärztliche Verordnung bleibt Voraussetzung (Audiogramm).
        3. Sie rechnen direkt mit uns ab; Versicherte zahlen nur einen evtl. Eigenanteil
           über dem Tarifhöchstbetrag.
        4. Ein kostenloser Hörtest für alle Versicherten ab 50 darf beworben werden, aber
           ohne dass Sie uns die Ergebnisse mitteilen.

        Bitte senden Sie uns auf dieser Grundlage einen Vertragsentwurf.

        Mit freundlichen Grüßen

        """) + sig('vogt') + foot('kranken')
    return build(n, 'vogt', [('Leila Albustani', 'l.albustani@hoerwelt-akustik.example')],
                 'Kooperation Hörgeräteversorgung – unser Modellvorschlag', (13, 8, 48), text(body))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'offer for liability and household insurance for a named prospect with date of birth, address and occupation (PDF); no personal lines')
def m125(n):
    body = T("""
        Hallo Frau Okafor-Schmitt,

        hier das Angebot für Ihren Kunden, Herrn Tim Rosendahl. Ich habe wie gewünscht
        Hausrat und Privathaftpflicht kombiniert, damit greift der Bündelnachlass von 10 %.

        Das Angebot ist vier Wochen gültig. Für den Antrag brauchen wir noch die
        Unterschrift und die Vorversicherung (falls vorhanden).

        Beste Grüße

        """) + sig('hoffstetter') + foot('allg')
    pdf = make_pdf([
        '# Angebot Nr. AG-2026-11872',
        'für: Herrn Tim Rosendahl, geb. 07.01.1995',
        'Anschrift: Friedenstraße 3, 34121 Kassel',
        'Beruf: Softwareentwickler (angestellt)',
        'Vermittler: Okafor-Schmitt Versicherungsmakler, Vermittlernr. 40-2210',
        '',
        'Hausrat Komfort: 75 m2, Versicherungssumme 48.750 EUR, inkl. Fahrrad 3.000 EUR',
        '   Jahresbeitrag 109,20 EUR',
        'Privathaftpflicht Komfort: Single, Deckung 20 Mio. EUR, ohne Selbstbeteiligung',
        '   Jahresbeitrag 64,80 EUR',
        'Bündelnachlass 10 %: -17,40 EUR',
        'Gesamt jährlich: 156,60 EUR inkl. Versicherungsteuer',
    ], title='Angebot AG-2026-11872')
    return build(n, 'hoffstetter', [('Ngozi Okafor-Schmitt', 'n.okafor-schmitt@os-versicherungsmakler.example')],
                 'Angebot Rosendahl – Hausrat + PHV', (13, 9, 5),
                 mixed(text(body), attach(pdf, 'Angebot_AG-2026-11872_Rosendahl.pdf')))


@mail('NORMAL', 'de', 'insurer-to-authority',
      'trap: complaint statistics report to the supervisory authority per line incl. health/life, aggregates only (text+HTML and PDF)')
def m126(n):
    txt = T("""
        Sehr geehrte Damen und Herren,

        anbei übersenden wir die Beschwerdestatistik 2025 der Lindenhof Versicherungsgruppe
        nach dem Rundschreiben zur Beschwerdebearbeitung, gegliedert nach Sparten und
        Beschwerdegründen. Die Zahlen für die Kranken- und Lebensversicherung sind wie
        gefordert getrennt nach Leistungs- und Vertragsfragen ausgewiesen.

        Einzelfälle enthält der Bericht nicht. Für Rückfragen steht Ihnen Frau Kessler aus
        unserer Rechtsabteilung zur Verfügung.

        Mit freundlichen Grüßen

        """) + sig('kessler') + foot('holding', disclaimer=False)
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    pdf = make_pdf([
        '# Beschwerdestatistik 2025 - Lindenhof Versicherungsgruppe',
        'Berichtszeitraum 01.01.-31.12.2025, Stand 28.02.2026',
        '',
        'Sparte                      Beschwerden   davon Leistung   davon Vertrag   abgeholfen',
        'Kraftfahrt                       455             301              154          31 %',
        'Wohngebäude                      245             212               33          28 %',
        'Hausrat                          128              97               31          24 %',
        'Allg. Haftpflicht                 94              71               23          22 %',
        'Rechtsschutz                     163             139               24          19 %',
        'Unfall                           104              88               16          33 %',
        'Leben inkl. BU                   251             142              109          26 %',
        'Krankenvollversicherung          318             176              142          20 %',
        'Krankenzusatz / Pflege            84              61               23          25 %',
        'Reise / Tier                      79              70                9          38 %',
        '',
        'Häufigste Gründe Kranken: Beitragsanpassung (39 %), Erstattung ambulanter Rechnungen',
        '(27 %), Kostenzusagen Hilfsmittel (11 %). Leben: Auszahlungshöhe bei Ablauf (31 %).',
    ], title='Beschwerdestatistik 2025')
    return build(n, 'kessler', [('Aufsicht Versicherungen, Referat Beschwerden', 'beschwerdestatistik@finanzaufsicht.example')],
                 'Beschwerdestatistik 2025 – Lindenhof Versicherungsgruppe', (13, 9, 20),
                 mixed(alt(text(txt), html(htm)), attach(pdf, 'Beschwerdestatistik_2025_Lindenhof.pdf')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'life insurance made paid-up because of unemployment (personal line): named customer, reduced sum insured, surrender value; body base64')
def m127(n):
    body = T("""
        Sehr geehrter Herr Matuschek,

        wie von Ihnen gewünscht, haben wir Ihre fondsgebundene Rentenversicherung
        LV 8 470 255-1 zum 01.04.2026 beitragsfrei gestellt. Sie hatten uns geschrieben,
        dass Sie seit Januar arbeitslos sind und die 150 € monatlich derzeit nicht zahlen
        können – das ist der richtige Weg, den Vertrag nicht zu verlieren.

          Fondsguthaben zum 01.04.2026 (vorläufig):   12.874,33 €
          beitragsfreie garantierte Monatsrente ab 67:     41,20 €
          Hinterbliebenenschutz bis Rentenbeginn:     Rückgewähr des Guthabens

        Innerhalb von drei Jahren können Sie die Beitragszahlung ohne erneute
        Gesundheitsprüfung wieder aufnehmen. Melden Sie sich einfach, sobald Sie wieder eine
        Stelle haben.

        Alles Gute für die Jobsuche!

        """) + sig('marquardt') + foot('leben')
    return build(n, 'marquardt', [('Frank Matuschek', 'frank.matuschek@postfach-ost.example')],
                 'Beitragsfreistellung LV 8 470 255-1', (13, 9, 35), text(body, cte='base64'), mailer='kora')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'grey: pet health insurance reimburses a cat\'s vet bill (kidney disease); animal health only, named customer and contract -> confidential')
def m128(n):
    body = T("""
        Dear Ms Nakamura,

        we have reimbursed the vet invoices for Miso:

          26 Feb 2026  Tierarztpraxis am Weinberg - blood test, ultrasound     EUR 238.40
          05 Mar 2026  Tierarztpraxis am Weinberg - follow-up, renal diet       EUR  96.10
          Total                                                                EUR 334.50
          Reimbursed (80 %)                                                    EUR 267.60

        The vet diagnosed chronic kidney disease. Please note that special diet food is
        not covered by your pet health policy TK-0095521, only the medication (e.g. the
        ACE inhibitor) and the check-ups. The annual limit of EUR 2,500 is not yet reached.

        Give Miso a cuddle from us,

        """) + sig('jung', 'en') + foot('allg', 'en')
    return build(n, 'jung', [('Yuki Nakamura', 'yuki.nakamura@globalpost.example')],
                 'Your pet health claim - Miso', (13, 9, 52), text(body))


@mail('NORMAL', 'de', 'internal',
      'trap: weekly list of large losses (fire at a warehouse, hail, personal injury reserve) anonymised without names or contract numbers (XLSX)')
def m129(n):
    body = T("""
        Hallo Schadenleitung,

        die Großschadenliste KW 11 anbei (alle Schäden > 100 T€ Reserve). Neu diese Woche:

        - Brand Lagerhalle eines Logistikbetriebs im Landkreis Kassel, Reserve 1,8 Mio. €
        - Kfz-Haftpflicht mit schwerem Personenschaden (Motorradfahrer, 30–40 Jahre),
          Reserve 650 T€, Regressprüfung läuft
        - Leitungswasser Mehrfamilienhaus Göttingen, Reserve 140 T€

        Wie immer ohne Namen und Vertragsnummern, Details im Schadensystem.

        Gruß
        Uwe
        """)
    x = make_xlsx([('Großschäden KW11', [
        ['lfd. Nr.', 'Sparte', 'Ereignis', 'Region', 'Schadentag', 'Reserve EUR', 'Status'],
        [1, 'Industrie Feuer', 'Brand Lagerhalle Logistik', 'LK Kassel', '2026-03-08', 1800000, 'neu'],
        [2, 'Kfz-Haftpflicht', 'Personenschaden Motorrad, Altersgruppe 30-40', 'LK Schwalm-Eder', '2026-03-06', 650000, 'neu'],
        [3, 'Wohngebäude', 'Leitungswasser MFH', 'Göttingen', '2026-03-04', 140000, 'neu'],
        [4, 'Wohngebäude', 'Sturm Februar, Dach Reihenhauszeile', 'Kassel', '2026-02-16', 212000, 'in Regulierung'],
        [5, 'Betriebshaftpflicht', 'Produktschaden Zulieferer', 'Baunatal', '2025-11-20', 480000, 'Gutachten'],
    ])], title='Großschadenliste KW11', author='Uwe Kraft')
    return build(n, 'kraft', [('Schadenleitung', 'schadenleitung@' + DOM)],
                 'Großschadenliste KW 11', (13, 10, 10),
                 mixed(text(body), attach(x, 'Grossschaeden_KW11_2026.xlsx')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'cost confirmation for a follow-up rehabilitation (AHB) after a heart attack (I21.1, stent) for a named insured; windows-1252 quoted-printable')
def m130(n):
    body = T("""
        Sehr geehrte Damen und Herren,

        für unseren Versicherten

          Herrn Werner Stollberg, geb. 22.08.1954, KV 5500 8812

        bestätigen wir die Kosten für eine Anschlussheilbehandlung (AHB) in Ihrer Klinik,
        Fachbereich Kardiologie, im Anschluss an den Krankenhausaufenthalt im Klinikum
        Kassel (Hinterwandinfarkt I21.1, Stentimplantation RCA am 02.03.2026).

          Aufnahme:          16.03.2026 (Direktverlegung)
          Dauer:             21 Tage
          Tagessatz:         bis 248,00 € inkl. Unterkunft und Verpflegung
          Wahlleistung:      Einzelzimmer (Zuschlag bis 45,00 € täglich)

        Eine Verlängerung bitte mit ärztlicher Begründung spätestens drei Tage vor Ablauf
        beantragen. Die Rechnung senden Sie bitte mit dem Entlassungsbericht an uns.

        Mit freundlichen Grüßen

        """) + sig('vogt') + foot('kranken')
    return build(n, 'vogt', [('Patientenverwaltung Reha-Klinik Bad Emstal', 'aufnahme@rehaklinik-emstal.example')],
                 'Kostenzusage AHB – Stollberg, Werner – Aufnahme 16.03.2026', (13, 10, 25),
                 text(body, charset='windows-1252'), subject_charset='windows-1252')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor hit-and-run on a parked car: named customer, plate, police reference, comprehensive claim; no injury')
def m131(n):
    body = T("""
        Dear Mr Andersson,

        sorry to hear that somebody drove into your parked car and left. As the other driver
        is unknown, the damage is paid from your comprehensive cover (policy KH 31/5391026,
        Mazda CX-5, KS-JA 61), claim KS-2026-032688:

          - excess EUR 300
          - your no-claims class will be downgraded from SF 9 to SF 5 in January, unless
            the police find the other driver. In that case we recover the money from their
            insurer and your SF class stays as it is.

        Please send us the police reference number as soon as you have it (you reported it
        at the police station Kassel-Mitte on 12 March). The garage can start the repair.

        Kind regards

        """) + sig('oberlaender', 'en') + foot('allg', 'en')
    return build(n, 'oberlaender', [('Johan Andersson', 'johan.andersson@nordmail.example')],
                 'Your car KS-JA 61 - hit and run', (13, 10, 40), text(body))


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'facility mail to an elevator maintenance company about a faulty lift in the head office; no personal data; us-ascii')
def m132(n):
    body = T("""
        Hello,

        lift 3 in our head office (Lindenhofallee 12, tower B, your installation no.
        KX-77812) stopped between floors 4 and 5 again this morning at 8:20. Nobody was
        inside this time. It is the third time since February.

        Please send a technician today; the lift is switched off and marked as out of
        order. Our contract (premium service, 4-hour response) applies.

        We would also like a written report on the cause and a proposal for a permanent
        solution - the door drive was already replaced in January.

        Best regards

        """) + sig('sommerfeld', 'en').replace('·', '-') + foot('holding', 'en', disclaimer=False)
    return build(n, 'sommerfeld', [('Service dispatch', 'dispatch@vertical-lift-services.example')],
                 'URGENT: lift 3 (KX-77812) out of order again', (13, 10, 55),
                 text(body, charset='us-ascii', cte='7bit'), extra=[('Importance', 'high')])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'monthly reconciliation with the assistance partner: CSV of named insured persons with medical evacuation cases and diagnoses')
def m133(n):
    body = T("""
        Dear Tom,

        attached is our case list for February for the monthly reconciliation of your
        invoices. Please check the last column - for three cases we have no invoice yet.

        Case TR-88390 (Bangkok) is not in the list because the repatriation only takes
        place today.

        The file is only to be used for the reconciliation; please delete it afterwards
        as agreed in our data processing agreement.

        Regards,
        Martin
        """) + sig('schaedlich', 'en')
    c = make_csv([
        ['case_no', 'insured_name', 'date_of_birth', 'country', 'diagnosis', 'service', 'cost_eur', 'invoice_received'],
        ['TR-88301', 'Gerlinde Paulsen', '1947-05-02', 'ES', 'femoral neck fracture S72.0', 'repatriation stretcher, scheduled flight', '8420.00', 'yes'],
        ['TR-88317', 'Ahmet Kaya', '1990-10-15', 'TR', 'appendicitis K35.8', 'cost guarantee, no transport', '0.00', 'n/a'],
        ['TR-88344', 'Monika Strauch', '1961-01-28', 'EG', 'NSTEMI I21.4', 'air ambulance Hurghada-Kassel', '38900.00', 'no'],
        ['TR-88352', 'Jens and Lara Wilke', '1985-03-09 / 2019-07-21', 'AT', 'child: lower leg fracture S82.2', 'escort flight mother and child', '2150.00', 'yes'],
        ['TR-88366', 'Hartmut Dreßler', '1952-11-30', 'TH', 'pneumonia J18.9, COPD', 'medical escort business class', '11240.00', 'no'],
        ['TR-88412', 'Wolfgang Ebersbach', '1958-07-23', 'ES', 'distal radius fracture S52.5', 'escort check only', '350.00', 'no'],
    ], encoding='utf-8', delimiter=';')
    return build(n, 'schaedlich', [('Tom Verhoeven', 'tom.verhoeven@medair-assist.example')],
                 'Case list February 2026 for reconciliation', (13, 11, 12),
                 mixed(text(body), attach(c, 'Lindenhof_cases_2026-02.csv', charset='utf-8')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal expenses cover refused because of the waiting period (tenancy dispute started before cover); named customer, contract; no health')
def m134(n):
    body = T("""
        Sehr geehrte Frau Petrović,

        vielen Dank für Ihre Schadenmeldung zu der Mieterhöhung Ihres Vermieters. Leider
        können wir in diesem Fall keinen Rechtsschutz gewähren.

        Ihre Rechtsschutzversicherung RS 60 255 810 besteht seit dem 01.12.2025. Für den
        Mietrechtsschutz gilt eine Wartezeit von drei Monaten, also bis zum 28.02.2026. Das
        Mieterhöhungsverlangen Ihres Vermieters ist aber vom 19.01.2026 – der Rechtsschutzfall
        ist damit in der Wartezeit eingetreten (§ 4 ARB 2024).

        Für künftige Streitigkeiten mit Ihrem Vermieter besteht selbstverständlich Schutz.
        Eine kostenlose telefonische Erstberatung durch einen Anwalt können Sie trotzdem über
        unsere Hotline 0800 5463 331 nutzen.

        Mit freundlichen Grüßen

        """) + sig('kroeger') + foot('rs')
    return build(n, 'kroeger', [('Jelena Petrović', 'jelena.petrovic@webpost.example')],
                 'Ihre Anfrage Mietrecht – RS 60 255 810', (13, 11, 30), text(body))


@mail('NORMAL', 'en', 'insurer-to-customer',
      'trap: security notification "your password was changed" for an online account; grey: an account hints at some relationship, but no name, contract or line of business; HTML only')
def m135(n):
    htm = T("""
        <html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
        <p>Hello,</p>
        <p>the password for your <b>My Lindenhof</b> account was changed on 13/03/2026 at 11:41 (CET).</p>
        <p>If this was you, there is nothing else to do.</p>
        <p>If you did not change your password, please reset it immediately at
        <a href="https://mein.lindenhof-versicherung.example/reset">mein.lindenhof-versicherung.example/reset</a>
        and call our service team on +49 561 9980-1000.</p>
        <p>We will never ask you for your password by e-mail or phone.</p>
        <p>Your Lindenhof team</p>
        <p style="font-size:8pt;color:#888">This is an automatically generated message. Please do not reply.</p>
        </body></html>
        """)
    return build(n, 'noreply', ['k.murphy@mailbox-uk.example'],
                 'Your password was changed', (13, 11, 42), html(htm), mailer='Lindenhof Kundenportal',
                 extra=[('Auto-Submitted', 'auto-generated')])


@mail('NORMAL', 'de', 'newsletter',
      'trap: information mail to all health customers about premium refunds (Beitragsrückerstattung) and preventive check-ups; no individual amounts or persons')
def m136(n):
    txt = T("""
        Liebe Versicherte,

        auch 2026 belohnen wir Sie, wenn Sie im vergangenen Jahr keine Rechnungen eingereicht
        haben: Die Beitragsrückerstattung beträgt in der Vollversicherung bis zu drei
        Monatsbeiträge. So funktioniert es:

        1. Sie reichen für 2025 keine Rechnungen ein (Vorsorgeuntersuchungen und Impfungen
           dürfen Sie trotzdem einreichen – die sind unschädlich).
        2. Wir prüfen Ihren Anspruch automatisch und zahlen bis Ende Juli aus.
        3. Sie erhalten eine Bescheinigung für Ihre Steuererklärung.

        Rechnen Sie selbst nach, ob sich das Selbstzahlen lohnt: Unser
        Beitragsrückerstattungs-Rechner hilft Ihnen dabei:
        https://www.lindenhof-versicherung.example/kranken/bre-rechner

        Ihre Lindenhof Krankenversicherung
        """)
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    return build(n, 'newsletter', [('Versicherte Krankenvollversicherung', 'kv-versicherte@lists.lindenhof-versicherung.example')],
                 'Beitragsrückerstattung 2026: So funktioniert es', (13, 12, 0), alt(text(txt), html(htm)),
                 mailer='Lindenhof Mailing 3.1', extra=[('Precedence', 'bulk')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'legal expenses: correspondent lawyer in Spain, fee note for the property damage dispute of a named customer (PDF); no injury')
def m137(n):
    body = T("""
        Dear Mr Ortega,

        thank you for your fee note no. 2026/041 regarding our policyholder Mr Florian
        Kessel-Imhof (legal expenses policy RS 60 199 407, our ref. RS-2026-06602), who
        is in dispute with the owner of the holiday villa in Jávea about the deposit and
        the damage to the pool pump.

        We will pay your fees of EUR 1,210.00 within ten days. Please note that any
        further steps, in particular court proceedings, need our prior approval; please
        send us your assessment of the prospects of success first.

        For your records I attach our cost confirmation.

        Kind regards

        """) + sig('kroeger', 'en') + foot('rs', 'en')
    pdf = make_pdf([
        '# Cost confirmation - RS-2026-06602',
        'Lindenhof Rechtsschutz-Versicherung AG, Kassel',
        '',
        'Insured: Florian Kessel-Imhof, Kassel',
        'Policy: RS 60 199 407 (private, Europe-wide cover)',
        'Opponent: Villa owner, Jávea (Alicante), Spain',
        'Subject: return of deposit EUR 3,000 and claim for pool pump EUR 1,650',
        '',
        'Covered: out-of-court representation by Abogado Rafael Ortega, Alicante',
        'Fee note 2026/041: EUR 1,210.00 incl. IVA - approved',
        'Court proceedings: subject to separate approval',
    ], title='Cost confirmation RS-2026-06602')
    return build(n, 'kroeger', [('Rafael Ortega', 'r.ortega@ortega-abogados.example')],
                 'Your fee note 2026/041 - Kessel-Imhof - our ref. RS-2026-06602', (13, 12, 20),
                 mixed(text(body), attach(pdf, 'Cost_confirmation_RS-2026-06602.pdf')))


@mail('NORMAL', 'en', 'internal',
      'trap: actuarial memo on updating mortality and disability tables (DAV 2008 T, incidence by cause, reserve effects) as PDF; statistics only')
def m138(n):
    body = T("""
        Dear colleagues,

        please find attached the memo on the table update for the 2026 new business tariffs.
        In short: our own mortality experience is 6 % better than DAV 2008 T for non-smokers,
        and disability incidence for office occupations is lower than assumed - but mental
        disorders keep rising. Comments by 27 March please.

        Marco
        """) + sig('ferrante', 'en')
    pdf = make_pdf([
        '# Memo: Biometric assumptions 2026 (life and disability)',
        'Author: Actuarial department, 12 March 2026 - for internal use',
        '',
        '1. Mortality: observed/expected vs. DAV 2008 T (2019-2025, 412,000 policy years)',
        '   Non-smokers 94 %, smokers 103 %, overall 97 %.',
        '2. Disability incidence vs. DAV 1997 I (2019-2025, 198,000 policy years)',
        '   Office occupations 71 %, skilled trades 104 %, medical professions 88 %.',
        '3. Causes of new disability claims 2025 (n = 1,284):',
        '   mental disorders 31 %, musculoskeletal 22 %, cancer 17 %, cardiovascular 8 %,',
        '   neurological 7 %, accidents 6 %, other 9 %.',
        '4. Proposal: keep DAV tables with company-specific selection factors;',
        '   raise the mental-disorder loading for ages 25-40 by 10 %.',
        '5. Reserve effect for in-force business: + EUR 4.1 m (disability reserve).',
    ], title='Memo biometric assumptions 2026')
    return build(n, 'ferrante', [('Actuarial & Product', 'aktuariat@' + DOM)],
                 'Memo: biometric assumptions 2026', (13, 12, 45),
                 mixed(text(body), attach(pdf, 'Memo_biometrics_2026.pdf')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'short reply whose own text is harmless; the quoted customer mail contains a pasted discharge letter (gallstones K80.1, cholecystectomy); base64 body')
def m139(n):
    body = T("""
        Liebe Frau Reimann,

        vielen Dank, damit haben wir alles. Ich gebe es an die Kollegen weiter, Sie hören
        nächste Woche von uns.

        Viele Grüße

        """) + sig('aydin') + '\n' + T("""

        Am 12.03.2026 um 21:14 schrieb Doris Reimann <doris.reimann@mailbox-nord.example>:
        > Guten Abend Herr Aydın,
        > hier wie gewünscht der Text aus dem Entlassungsbrief, ich hab ihn abgetippt weil
        > der Scanner nicht geht:
        >
        > "Diagnosen: Symptomatische Cholezystolithiasis mit akuter Cholezystitis (K80.1).
        > Therapie: Laparoskopische Cholezystektomie am 03.03.2026, komplikationsloser
        > Verlauf. Entlassung am 06.03.2026 in die hausärztliche Weiterbehandlung.
        > Medikation: Pantoprazol 20 mg 1-0-0 für 14 Tage, Metamizol bei Bedarf."
        >
        > Die Rechnung vom Krankenhaus kommt ja direkt zu Ihnen. Reicht das so?
        > Gruß Doris Reimann (KV 5509 1240)
        """) + foot('kranken')
    return build(n, 'aydin', [('Doris Reimann', 'doris.reimann@mailbox-nord.example')],
                 'AW: Entlassungsbrief', (13, 13, 2), text(body, cte='base64'),
                 irt=reply_id(n, 'mailbox-nord.example'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor premium invoice with SF class, plate and payment plan for a named customer; HTML only with a table')
def m140(n):
    htm = T("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Sehr geehrte Frau Lindner,</p>
        <p>nach der Änderung Ihres Vertrags (Wechsel auf den Tarif Kfz Komfort 2026) erhalten Sie hier Ihre neue
        Beitragsübersicht:</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
        <tr style="background:#e8f0e4"><th>Vertrag</th><th>Fahrzeug</th><th>Deckung</th><th>SF-Klasse</th><th>Beitrag/Jahr</th></tr>
        <tr><td>KH 31/5211874</td><td>Toyota Yaris Hybrid, KS-SL 226</td><td>Haftpflicht</td><td>SF 18 (24 %)</td><td>241,30 &euro;</td></tr>
        <tr><td>KH 31/5211874</td><td>Toyota Yaris Hybrid, KS-SL 226</td><td>Vollkasko SB 300/150</td><td>SF 16 (28 %)</td><td>298,70 &euro;</td></tr>
        <tr><td colspan="4"><b>Gesamt inkl. Versicherungsteuer</b></td><td><b>540,00 &euro;</b></td></tr>
        </table>
        <p>Zahlweise: vierteljährlich je 135,00 &euro;, nächste Abbuchung am 01.04.2026.</p>
        <p>Mit freundlichen Grüßen<br>Jana Seidel<br>Vertragsservice Sach/Kfz<br>Lindenhof Allgemeine Versicherung AG</p>
        <p style="font-size:8pt;color:#888">Lindenhof Allgemeine Versicherung AG &middot; Sitz Kassel &middot; Amtsgericht Kassel HRB 41207</p>
        </body></html>
        """)
    return build(n, 'seidel', [('Sabine Lindner', 'sabine.lindner@webpost.example')],
                 'Ihre neue Beitragsübersicht Kfz', (13, 13, 20), html(htm), mailer='kora')


@mail('NORMAL', 'en', 'internal',
      'trap: fire warden and first-aider training invitation for international staff (CPR, AED, burns); no participant data; base64 body')
def m141(n):
    body = T("""
        Dear colleagues,

        we are looking for volunteers for our fire warden and first-aider team. The next
        training sessions (in English) are:

          - Fire warden basics, 2 hours: 25 March, 13:00-15:00, room 0.12
          - First aid refresher (CPR, use of the AED, burns, bleeding), 9 hours:
            1 April, 8:00-17:00, external trainer from the Red Cross training centre

        Both count as working time. Please register with your team lead and send a short
        mail to me - no medical certificate needed.

        Thanks for helping to keep our building safe!

        Henrik
        """) + sig('sommerfeld', 'en')
    return build(n, 'sommerfeld', [('International staff', 'international-staff@' + DOM)],
                 'Volunteers wanted: fire wardens and first aiders', (13, 13, 35), text(body, cte='base64'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'grey: team lead tells the team that a named colleague had a slipped disc, is in hospital for surgery and absent for weeks (employee health data)')
def m142(n):
    body = T("""
        Liebes Team,

        kurze Info, damit keine Gerüchte entstehen: Timo hat einen Bandscheibenvorfall und
        liegt seit gestern im Klinikum, er wird am Montag operiert. Er fällt mindestens sechs
        Wochen aus, eher länger. Er hat mich gebeten, euch das so zu sagen, und freut sich
        über Nachrichten – Besuche bitte erst, wenn er wieder zu Hause ist.

        Seine Fälle verteile ich heute Nachmitag, die Liste kommt per Teams.

        Viele Grüße
        Jonas
        """)
    return build(n, 'weidemann', [('Team Sach-Schaden', 'team-sachschaden@' + DOM)],
                 'Timo', (13, 13, 50), text(body))


@mail('NORMAL', 'de', 'insurer-to-broker',
      'trap: generic guide for brokers on reporting household claims (stolen jewellery, documents to keep, no health data by mail) as PDF; iso-8859-1 body')
def m143(n):
    body = T("""
        Liebe Frau Okafor-Schmitt,

        Sie hatten nach einer Checkliste für Ihre Kunden gefragt, was im Schadenfall in der
        Hausratversicherung zu tun ist. Anbei unser Leitfaden, den Sie gern an Ihre Kunden
        weitergeben oder auf Ihre Website stellen können.

        Die Checkliste ist bewusst allgemein gehalten, ein Kundenbezug ist nicht enthalten.

        Viele Grüße

        """) + sig('hoffstetter') + foot('allg')
    pdf = make_pdf([
        '# Leitfaden: Schaden in der Hausratversicherung - was tun?',
        '',
        '1. Schaden sofort melden: App, Telefon 0561 9980-1000 oder beim Vermittler.',
        '2. Bei Einbruch, Diebstahl, Raub oder Vandalismus: sofort Anzeige bei der Polizei,',
        '   Stehlgutliste an Polizei und Versicherer.',
        '3. Beschädigte Sachen nicht wegwerfen, fotografieren.',
        '4. Belege sammeln: Kaufbelege, Fotos, Gutachten für Schmuck und Wertsachen.',
        '5. Wertsachen über 1.100 EUR Bargeld oder 20.000 EUR Schmuck: Wertschutzschrank!',
        '6. Bei Leitungswasser: Haupthahn zu, Schaden begrenzen, Trocknung beauftragen.',
        '',
        'Datenschutz-Tipp: Verletzungen oder Arztunterlagen gehören nicht in die Hausrat-',
        'Schadenmeldung. Falls doch nötig, nur über das SecureMail-Portal senden.',
    ], title='Leitfaden Hausratschaden')
    return build(n, 'hoffstetter', [('Ngozi Okafor-Schmitt', 'n.okafor-schmitt@os-versicherungsmakler.example')],
                 'Leitfaden Hausratschaden fuer Ihre Kunden', (13, 14, 5),
                 mixed(text(body, charset='iso-8859-1'), attach(pdf, 'Leitfaden_Hausratschaden.pdf')))


@mail('NORMAL', 'de', 'insurer-to-partner',
      'framework agreement with a car dealership on claims steering (hourly rates, courtesy cars, process); no customer or claim')
def m144(n):
    body = T("""
        Sehr geehrter Herr Haberland,

        danke für das gute Gespräch in Ihrem Autohaus. Zusammengefasst die Punkte für unsere
        Partnerwerkstatt-Vereinbarung ab 01.05.2026:

        - Stundenverrechnungssatz Mechanik 138 €, Karosserie 146 €, Lack 152 € (netto)
        - Ersatzwagen für Kaskokunden kostenlos für die Reparaturdauer
        - Hol- und Bringservice im Umkreis von 25 km
        - Reparaturfreigabe durch uns innerhalb von 24 Stunden nach Eingang des Kostenvoranschlags
        - 5 Jahre Garantie auf Reparatur und Lack
        - Abrechnung direkt mit uns, Kunden zahlen nur ihre Selbstbeteiligung

        Wir rechnen mit etwa 300 bis 400 gesteuerten Schäden im Jahr für Ihre drei Standorte.
        Der Vertragsentwurf folgt bis Ende März.

        Mit freundlichen Grüßen

        """) + sig('oberlaender') + foot('allg')
    return build(n, 'oberlaender', [('Jörg Haberland', 'j.haberland@autohaus-haberland.example')],
                 'Partnerwerkstatt-Vereinbarung ab 01.05.2026', (13, 14, 20), text(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel health: US hospital bill for an appendectomy (K35.8) of a named insured; short body, claim statement as an HTML attachment')
def m145(n):
    body = T("""
        Dear Mr Becker-Obi,

        your claim from your trip to Boston has been settled. Please see the attached
        statement for details. The amount you paid in advance (USD 2,500 deposit) will be
        refunded to you within the next few days.

        Kind regards

        """) + sig('schaedlich', 'en') + foot('kranken', 'en')
    att = T("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Claim statement TR-88355</title></head>
        <body style="font-family:Arial,sans-serif">
        <h2>Claim statement TR-88355</h2>
        <p>Insured person: Emeka Becker-Obi, born 17/10/1992<br>
        Policy: RV-2026-041580 (annual travel health, worldwide incl. USA)</p>
        <table border="1" cellpadding="4" style="border-collapse:collapse">
        <tr><th>Date</th><th>Provider</th><th>Treatment</th><th>USD</th><th>EUR paid</th></tr>
        <tr><td>14/02/2026</td><td>Harbor General Hospital, Boston</td><td>emergency room, CT abdomen</td><td>6,840.00</td><td>6,290.12</td></tr>
        <tr><td>14/02-16/02/2026</td><td>Harbor General Hospital, Boston</td><td>laparoscopic appendectomy, acute appendicitis (K35.8), 2 nights</td><td>31,220.00</td><td>28,710.41</td></tr>
        <tr><td>14/02/2026</td><td>Bay Anesthesia Associates</td><td>anaesthesia</td><td>3,450.00</td><td>3,172.64</td></tr>
        <tr><td>23/02/2026</td><td>CVS Pharmacy</td><td>antibiotics, painkillers</td><td>86.40</td><td>79.45</td></tr>
        </table>
        <p>Total paid: EUR 38,252.62 (of which EUR 2,298.98 refunded to the insured for the deposit).</p>
        </body></html>
        """)
    return build(n, 'schaedlich', [('Emeka Becker-Obi', 'emeka.beckerobi@globalpost.example')],
                 'Your claim TR-88355 has been settled', (13, 14, 42),
                 mixed(text(body), attach(att.encode('utf-8'), 'claim_statement_TR-88355.html', charset='utf-8')))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'buildings policy cancelled after the sale of the house: named customer, address, refund to the customer IBAN; windows-1252 quoted-printable')
def m146(n):
    ib = iban('DE', '52040000' + '0455011230')
    body = T("""
        Sehr geehrte Frau Grünewald,

        wir bestätigen die Beendigung Ihrer Wohngebäudeversicherung WG-1171209 für das Haus
        Brüder-Grimm-Straße 14, 34260 Kaufungen. Mit dem Eigentumsübergang auf die Käufer am
        01.03.2026 (Grundbucheintrag) ist der Vertrag nach § 95 VVG auf die Käufer übergegangen;
        diese haben ihn zum 31.03.2026 gekündigt.

        Für die Zeit vom 01.03. bis 31.03.2026 sind Sie und die Käufer gemeinsam Beitrags-
        schuldner. Den bereits gezahlten Beitrag für April bis Dezember erstatten wir anteilig:

          Erstattung: 9/12 von 1.086,40 € = 814,80 €

        Die Erstattung überweisen wir auf Ihr Konto %s.

        Alles Gute im neuen Zuhause!

        Mit freundlichen Grüßen

        """ % ib) + sig('seidel') + foot('allg')
    return build(n, 'seidel', [('Martina Grünewald', 'martina.gruenewald@webpost.example')],
                 'Beendigung Wohngebäudeversicherung WG-1171209 – Beitragserstattung', (13, 15, 0),
                 text(body, charset='windows-1252'))


@mail('NORMAL', 'en', 'insurer-to-partner',
      'corporate run sponsorship with a running club (team registration numbers, T-shirts, first-aid station); no personal data; us-ascii text+HTML')
def m147(n):
    txt = T("""
        Hi Chris,

        great news - Lindenhof will again sponsor the Kassel Corporate Run on 6 June 2026.
        A few points for our agreement:

        - we register 3 teams with up to 120 runners in total; names follow via your
          online registration, not by e-mail
        - we pay the sponsoring fee of EUR 7,500 and provide 600 water bottles
        - our first-aid team can staff the first-aid station at km 4 together with your
          paramedics (they bring the AED)
        - logo on the T-shirts: please use the new logo from our press area

        Can we have a short call next week to fix the rest?

        Best,
        Lea
        """) + sig('wittkamp', 'en').replace('·', '-')
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
           + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>\n') for p in txt.split('\n\n'))
           + '</body></html>\n')
    return build(n, 'wittkamp', [('Chris Bauer', 'chris.bauer@lauftreff-kassel.example')],
                 'Kassel Corporate Run 2026 - sponsoring', (13, 15, 20),
                 alt(text(txt, charset='us-ascii', cte='7bit'), html(htm, charset='us-ascii', cte='7bit')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'BU follow-up review: questionnaire (DOCX) pre-filled with the named insured\'s diagnosis (F32.2) and treating doctors')
def m148(n):
    body = T("""
        Sehr geehrter Herr Kaltenbach,

        wie in unserem Anerkenntnis angekündigt, prüfen wir in regelmäßigen Abständen, ob die
        Voraussetzungen für Ihre BU-Rente weiterhin vorliegen. Bitte füllen Sie den beigefügten
        Fragebogen aus und senden ihn bis zum 30.04.2026 an uns zurück – am besten über das
        SecureMail-Portal, das wir Ihnen freigeschaltet haben.

        Ihre Rente läuft während der Prüfung unverändert weiter.

        Mit freundlichen Grüßen

        """) + sig('nwosu') + foot('leben')
    d = make_docx([
        ('h', 'Fragebogen zur Nachprüfung – BU 8 498 230-1'),
        ('table', [['Versicherte Person', 'Dennis Kaltenbach, geb. 17.04.1978'],
                   ['Anerkannt seit', '01.01.2026'],
                   ['Anerkannte Ursache', 'schwere depressive Episode (F32.2), generalisierte Angststörung (F41.1)'],
                   ['Behandelnde Ärzte (bekannt)', 'Dr. med. V. Jansen (Psychiatrie); Dipl.-Psych. M. Arslan (Psychotherapie)']]),
        '1. Wie hat sich Ihr Gesundheitszustand seit dem 01.01.2026 entwickelt?',
        '2. Welche Behandlungen (Psychotherapie, Medikamente, Klinik) erhalten Sie derzeit?',
        '3. Sind Sie wieder beruflich tätig, auch stundenweise oder in einem anderen Beruf?',
        '4. Haben Sie an einer Wiedereingliederung oder Umschulung teilgenommen?',
        '5. Bitte entbinden Sie die oben genannten Ärzte erneut von der Schweigepflicht (Formular S-2).',
    ], title='Nachprüfung BU 8 498 230-1', author='Patrick Nwosu')
    return build(n, 'nwosu', [('Dennis Kaltenbach', 'd.kaltenbach@webpost.example')],
                 'Nachprüfung Ihrer BU-Rente – Fragebogen', (13, 15, 45),
                 mixed(text(body), attach(d, 'Fragebogen_Nachpruefung_BU_8498230-1.docx')))


# Saturday, 14 March 2026 -----------------------------------------------------

@mail('NORMAL', 'de', 'internal',
      'trap: storm warning text for the website and app ("Verletzte zuerst 112", emergency roof, damage photos) for approval; general advice; 8bit format=flowed')
def m149(n):
    body = T("""
        Moin Lea,

        Sturmtief "Lotte" ist da, der DWD hat für Nordhessen Unwetterwarnung Stufe 3
        ausgegeben. Kannst du bitte diesen Text für die Startseite und die App freigeben?
        Dann stellen wir ihn um 8 Uhr online.

        ---
        Unwetter in Nordhessen: So helfen wir Ihnen

        Sind Menschen verletzt, rufen Sie zuerst den Notruf 112. Bringen Sie sich nicht in
        Gefahr – steigen Sie bei Sturm nicht aufs Dach.

        Melden Sie Ihren Schaden in der Lindenhof-App oder unter 0561 9980-2999 (heute und
        morgen durchgehend erreichbar). Fotografieren Sie die Schäden, bevor Sie aufräumen.
        Notmaßnahmen wie eine Plane auf dem Dach oder das Auspumpen des Kellers dürfen Sie
        ohne Rücksprache beauftragen – wir übernehmen die Kosten.
        ---

        Danke und ein ruhiges Wochenende (haha)
        Uwe
        """) + sig('kraft')
    return build(n, 'kraft', ['wittkamp'], 'Freigabe Unwettertext Website/App – eilt', (14, 7, 12),
                 text(body, cte='8bit', flowed=True), mailer='thunderbird', cc=[('Online-Redaktion', 'online@' + DOM)])


@mail('NORMAL', 'de', 'internal',
      'trap: on-call handover after the storm with aggregate claim counts per line and region, no names or addresses')
def m150(n):
    body = T("""
        Hallo Jonas, hallo Katrin,

        Übergabe Bereitschaft Samstag, Stand 18:30 Uhr:

        - Sturmmeldungen heute gesamt: 1.126 (App 712, Telefon 361, Vermittler 53)
          - Wohngebäude 804, Hausrat 97, Kfz (Bäume auf Autos) 211, Sonstige 14
        - Schwerpunkte: Kassel-West, Baunatal, Fuldatal, Hann. Münden
        - 38 Notdach-Aufträge über das Handwerkernetz vergeben, 6 noch offen
        - 2 Großschäden gemeldet (Dach Sporthalle, Baum auf Reihenhaus), Reserve zusammen
          ca. 260 T€ – Details im System
        - Personenschäden wurden uns keine gemeldet

        Die Hotline bleibt morgen 8–20 Uhr besetzt (4 Kolleginnen/Kollegen). Ab Montag
        brauchen wir vermutlich Unterstützung aus dem Kundenservice.

        Gruß
        Uwe
        """) + sig('kraft')
    return build(n, 'kraft', ['weidemann', 'oberlaender'], 'Übergabe Bereitschaft Sa 14.03. – Sturm Lotte', (14, 18, 34),
                 text(body), cc=[('Schadenleitung', 'schadenleitung@' + DOM)])


# ===========================================================================
# generation and --check
# ===========================================================================

def generate():
    """Return {file name: bytes} for all mails plus labels.tsv."""
    RNG.seed(SEED)
    out = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        name = '%s%04d.eml' % (PREFIX, i)
        data = fn(i)
        out['mails/' + name] = data
        rows.append('\t'.join([name, label, lang, kind, reason]))
    out['labels.tsv'] = ('\n'.join(rows) + '\n').encode('utf-8')
    return out


def write_all():
    files = generate()
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
    print('wrote %d mails and labels.tsv' % (len(files) - 1))


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return ' '.join(p.parts)


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5c:  # backslash
            nx = b[i + 1:i + 2]
            if nx and nx[0] in b'01234567':
                j = i + 1
                k = j
                while k < len(b) and k < j + 3 and b[k] in b'01234567':
                    k += 1
                out.append(int(b[j:k], 8))
                i = k
                continue
            out += {b'n': b'\n', b'r': b'\r', b't': b'\t'}.get(nx, nx)
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out).decode('cp1252')


def pdf_text(data):
    assert data.startswith(b'%PDF-1.'), 'no PDF header'
    assert data.rstrip().endswith(b'%%EOF'), 'no EOF marker'
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    assert m, 'no startxref'
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b'xref', 'startxref does not point to xref'
    head = re.match(rb'xref\s+0 (\d+)\s+', data[xref:])
    size = int(head.group(1))
    pos = xref + head.end()
    for k in range(size):
        entry = data[pos + 20 * k: pos + 20 * k + 20]
        off, gen, kind = entry[:10], entry[11:16], entry[17:18]
        if kind == b'n':
            o = int(off)
            assert data[o:].startswith(b'%d 0 obj' % k), 'xref offset of object %d wrong' % k
    texts = []
    for sm in re.finditer(rb'<< /Length (\d+) /Filter /FlateDecode >>\nstream\n', data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:sm.end() + ln + 10] == b'\nendstream', 'stream length wrong'
        content = zlib.decompress(raw)
        for tm in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', content, re.S):
            texts.append(_pdf_unescape(tm.group(1)))
    t = '\n'.join(texts)
    assert t.strip(), 'PDF has no text layer'
    return t


def _xml_texts(xml_bytes):
    root = ET.fromstring(xml_bytes)
    return ' '.join(t for t in root.itertext())


def office_text(data, ext):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, 'corrupt zip member'
    names = z.namelist()
    for nm in names:
        if nm.endswith('.xml') or nm.endswith('.rels'):
            ET.fromstring(z.read(nm))
    if ext == 'docx':
        assert '[Content_Types].xml' in names and 'word/document.xml' in names
        return _xml_texts(z.read('word/document.xml'))
    if ext == 'xlsx':
        assert '[Content_Types].xml' in names and 'xl/workbook.xml' in names
        return ' '.join(_xml_texts(z.read(nm)) for nm in names if nm.startswith('xl/worksheets/'))
    if ext in ('odt', 'ods'):
        assert names[0] == 'mimetype', 'mimetype must be first'
        assert z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        mt = z.read('mimetype').decode()
        assert mt == CTYPES[ext], mt
        return _xml_texts(z.read('content.xml'))
    raise AssertionError(ext)


def attachment_text(data, fname, ctype, charset=None):
    ext = fname.rsplit('.', 1)[-1].lower() if fname and '.' in fname else ''
    if ext == 'pdf' or ctype == 'application/pdf':
        return pdf_text(data)
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        t = office_text(data, ext)
        assert t.strip(), 'empty document'
        return t
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for nm in z.namelist():
            out.append(attachment_text(z.read(nm), nm, '', 'utf-8'))
        return '\n'.join(out)
    if ext == 'csv':
        s = data.decode(charset or 'utf-8')
        rows = list(csv.reader(io.StringIO(s), delimiter=';'))
        assert len(rows) >= 2, 'CSV too short'
        return s
    if ext == 'ics':
        assert b'\n' not in data.replace(b'\r\n', b''), 'ICS not CRLF'
        s = data.decode(charset or 'utf-8')
        assert s.startswith('BEGIN:VCALENDAR') and s.rstrip().endswith('END:VCALENDAR')
        assert 'BEGIN:VEVENT' in s
        return s.replace('\r\n ', '')
    if ext in ('html', 'htm'):
        s = data.decode(charset or 'utf-8')
        t = html_text(s)
        assert t.strip()
        return t
    if ext == 'txt':
        return data.decode(charset or 'utf-8')
    raise AssertionError('unknown attachment type %r %r' % (fname, ctype))


EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'(?:https?://|www\.)([A-Za-z0-9.-]+)')
IBAN_DE_RE = re.compile(r'\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b')
IBAN_ANY_RE = re.compile(r'\b(AT|BE|CH|ES|FR|GB|IE|IT|LU|NL|PL|PT|DK|SE)\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b')
IBAN_LEN = {'AT': 20, 'BE': 16, 'CH': 21, 'ES': 24, 'FR': 27, 'GB': 22, 'IE': 22, 'IT': 27, 'LU': 20,
            'NL': 18, 'PL': 28, 'PT': 25, 'DK': 18, 'SE': 24}


def check_domains(s, where):
    for m in EMAIL_RE.finditer(s):
        d = m.group(1).lower().rstrip('.')
        assert d.endswith('.example'), '%s: address domain %s' % (where, d)
    for m in URL_RE.finditer(s):
        d = m.group(1).lower().rstrip('.')
        if m.group(0).startswith('www.'):
            d = 'www.' + d
        assert d.endswith('.example'), '%s: URL domain %s' % (where, d)


def check_ibans(s, where):
    n = 0
    for m in IBAN_DE_RE.finditer(s):
        assert iban_ok(m.group(0)), '%s: invalid German IBAN %s' % (where, m.group(0))
        n += 1
    for m in IBAN_ANY_RE.finditer(s):
        raw = m.group(0).replace(' ', '')
        if len(raw) == IBAN_LEN[m.group(1)]:
            assert iban_ok(raw), '%s: invalid IBAN %s' % (where, raw)
            n += 1
    return n


def check_message(msg, where, stats, depth=0):
    """Validate a parsed message (recursively for message/rfc822)."""
    for k, v in msg.items():
        for d in getattr(v, 'defects', ()):
            raise AssertionError('%s: header %s defect %r' % (where, k, d))
    date = email.utils.parsedate_to_datetime(msg['Date'])
    assert date.year == 2026, '%s: date %s' % (where, date)
    for h in ('From', 'To', 'Cc', 'Reply-To'):
        if msg[h] is not None:
            for a in msg[h].addresses:
                assert a.domain.lower().endswith('.example'), '%s: %s domain %s' % (where, h, a.domain)
    check_domains(str(msg['Subject'] or ''), where)
    texts = [str(msg['Subject'] or '')]

    def leaves(p):
        assert not p.defects, '%s: MIME defects %r' % (where, p.defects)
        if p.get_content_type() == 'message/rfc822':
            yield p
        elif p.is_multipart():
            for sub in p.iter_parts():
                yield from leaves(sub)
        else:
            yield p

    for part in leaves(msg):
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            inner = part.get_payload(0)
            if depth == 0:
                stats['att'].append('eml')
            texts.append(check_message(inner, where + '>rfc822', stats, depth + 1))
            continue
        cs = part.get_content_charset()
        fname = part.get_filename()
        disp = part.get_content_disposition()
        payload = part.get_payload(decode=True)
        if depth == 0:
            stats['cte'].append(part.get('Content-Transfer-Encoding', '7bit').lower())
        if ct.startswith('text/') and disp != 'attachment':
            assert cs, '%s: text part without charset' % where
            s = payload.decode(cs)  # strict
            if depth == 0:
                stats['charset'].append(cs)
            if ct == 'text/html':
                s = html_text(s)
            texts.append(s)
        else:
            assert fname, '%s: attachment without file name (%s)' % (where, ct)
            s = attachment_text(payload, fname, ct, cs)
            if depth == 0:
                ext = fname.rsplit('.', 1)[-1].lower()
                stats['att'].append(ext)
                if ext == 'zip':
                    for nm in zipfile.ZipFile(io.BytesIO(payload)).namelist():
                        stats['att'].append('zip:' + nm.rsplit('.', 1)[-1].lower())
            texts.append(s)
    full = '\n'.join(texts)
    check_domains(full, where)
    stats['ibans'] += check_ibans(full, where)
    return full


def check():
    ok = True
    files = generate()
    again = generate()
    assert files == again, 'generator is not deterministic'
    # 1. files on disk are byte-identical to a fresh build
    for name, data in files.items():
        p = os.path.join(HERE, name)
        with open(p, 'rb') as f:
            disk = f.read()
        assert disk == data, '%s differs from a fresh build' % name
    on_disk = sorted(os.listdir(os.path.join(HERE, 'mails')))
    assert on_disk == sorted(n[6:] for n in files if n.startswith('mails/')), 'extra or missing files in mails/'
    print('rebuild: %d files byte-identical' % len(files))
    # 2. labels
    rows = files['labels.tsv'].decode('utf-8').rstrip('\n').split('\n')
    assert rows[0] == 'file\tlabel\tlang\tkind\treason'
    rows = [r.split('\t') for r in rows[1:]]
    assert len(rows) == 150 and all(len(r) == 5 for r in rows)
    assert [r[0] for r in rows] == ['%s%04d.eml' % (PREFIX, i) for i in range(1, 151)]
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
        assert r[4].strip(), 'empty reason'
    assert counts == EXPECTED, counts
    # 3. every mail
    msgids = set()
    stats = {'cte': [], 'charset': [], 'att': [], 'ibans': 0}
    toplevel = {}
    with_att = 0
    for r in rows:
        name = r[0]
        raw = files['mails/' + name]
        assert b'\r\n' in raw
        assert b'\n' not in raw.replace(b'\r\n', b''), '%s: bare LF' % name
        assert b'\r' not in raw.replace(b'\r\n', b''), '%s: bare CR' % name
        for ln in raw.split(b'\r\n'):
            assert len(ln) <= 998, '%s: line longer than 998 bytes' % name
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert not msg.defects, '%s: %r' % (name, msg.defects)
        mid = msg['Message-ID']
        assert mid and mid not in msgids, '%s: duplicate Message-ID' % name
        msgids.add(mid)
        frm = msg['From'].addresses[0]
        assert frm.domain == DOM, '%s: not sent from the insurer domain' % name
        n_att_before = len(stats['att'])
        check_message(msg, name, stats)
        if len(stats['att']) > n_att_before:
            with_att += 1
        toplevel[msg.get_content_type()] = toplevel.get(msg.get_content_type(), 0) + 1
    print('parsed: %d mails, 0 MIME defects, CRLF only, lines <= 998, %d unique Message-IDs, all dates in 2026, all domains .example'
          % (len(rows), len(msgids)))
    print('IBANs found and mod-97 valid: %d' % stats['ibans'])
    print('labels: ' + ', '.join('%s %d' % (k, counts[k]) for k in EXPECTED))
    # tables
    langs = ['de', 'en', 'mixed']
    print('\nlabel x language')
    print('| label | ' + ' | '.join(langs) + ' | total |')
    for lab in EXPECTED:
        c = [sum(1 for r in rows if r[1] == lab and r[2] == l) for l in langs]
        print('| %s | %s | %d |' % (lab, ' | '.join(map(str, c)), sum(c)))
    c = [sum(1 for r in rows if r[2] == l) for l in langs]
    print('| total | %s | %d |' % (' | '.join(map(str, c)), sum(c)))
    print('\nkind x label')
    kinds = sorted(set(r[3] for r in rows), key=lambda k: (-sum(1 for r in rows if r[3] == k), k))
    print('| kind | n | NORMAL | CONFIDENTIAL | STRICTLY_CONFIDENTIAL |')
    for k in kinds:
        c = [sum(1 for r in rows if r[3] == k and r[1] == lab) for lab in EXPECTED]
        print('| %s | %d | %s |' % (k, sum(c), ' | '.join(map(str, c))))
    traps = sum(1 for r in rows if r[1] == 'NORMAL' and r[4].startswith('trap:'))
    greys = sum(1 for r in rows if 'grey:' in r[4])
    print('\ntraps (NORMAL, reason starts with trap:): %d; grey decisions: %d' % (traps, greys))
    print('top-level content types: ' + ', '.join('%s %d' % kv for kv in sorted(toplevel.items())))
    def cnt(lst):
        d = {}
        for x in lst:
            d[x] = d.get(x, 0) + 1
        return ', '.join('%s %d' % kv for kv in sorted(d.items()))
    print('charsets of text parts: ' + cnt(stats['charset']))
    print('transfer encodings (leaf parts): ' + cnt(stats['cte']))
    print('mails with attachments: %d' % with_att)
    print('attachments by type: ' + cnt(stats['att']))
    print('\nCHECK OK')
    return ok


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        check()
    else:
        write_all()
