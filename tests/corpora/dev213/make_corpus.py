#!/usr/bin/env python3
"""Independent labelled mail corpus dev213 (prefix d213-) for the Siegel classifier.

150 hand-written, fictitious e-mails of the "Auenwald Versicherung" group, each labelled
NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL from SPEC section 1 and the vocabulary only.

    python3 make_corpus.py            writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check    rebuilds into a temporary folder, compares byte for byte
                                      with mails/ and labels.tsv, parses and opens everything

Python standard library only. Everything is deterministic (fixed dates, Message-IDs,
MIME boundaries, ZIP member times, office metadata, PDF dates).
"""

import base64
import datetime as _dt
import hashlib
import io
import os
import re
import sys
import tempfile
import textwrap
import zipfile
import zlib
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

import email
import email.policy
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime

SMTP = email.policy.SMTP
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd213-'
DOMAIN = 'auenwald-versicherung.example'

# =====================================================================================
# The invented world: staff (each person always signs the same way) and legal footers
# =====================================================================================


class Person:
    def __init__(self, name, mail, sig=''):
        self.name = name
        self.mail = mail
        self.sig = textwrap.dedent(sig).strip('\n')

    @property
    def addr(self):
        user, dom = self.mail.split('@')
        return Address(self.name, user, dom)


def staff(name, local, sig):
    return Person(name, local + '@' + DOMAIN, sig)


S = {}
S['vollmer'] = staff('Dr. Katrin Vollmer', 'katrin.vollmer', """
    Dr. Katrin Vollmer
    Leiterin Personal | Head of Human Resources
    Auenwald Versicherung AG
    Fuldaer Ufer 12, 34117 Kassel
    Tel. +49 561 7080-4100
    """)
S['brueckner'] = staff('Jonas Brückner', 'jonas.brueckner', """
    Mit freundlichen Grüßen
    Jonas Brückner
    Personalreferent Schaden & Betrieb
    Personal | Auenwald Versicherung
    Tel. 0561 7080-4112 | Fax 0561 7080-4199
    """)
S['sauer'] = staff('Melanie Sauer', 'melanie.sauer', """
    Viele Grüße
    Melanie Sauer
    Entgeltabrechnung / Payroll
    Auenwald Versicherung AG | Personal
    Durchwahl -4131
    """)
S['engel'] = staff('Tobias Engel', 'tobias.engel', """
    Tobias Engel
    Personalentwicklung | Learning & Development
    Auenwald Versicherung
    T +49 561 7080-4150
    lernen.auenwald-versicherung.example
    """)
S['hofmann'] = staff('Lena Hofmann', 'lena.hofmann', """
    Beste Grüße / Best regards
    Lena Hofmann
    Recruiting & Onboarding
    Auenwald Versicherung AG
    +49 561 7080-4120
    """)
S['kraetzig'] = staff('Sabine Krätzig', 'sabine.kraetzig', """
    Sabine Krätzig
    Vorsitzende des Betriebsrats
    Betriebsrat der Auenwald Versicherung, Standort Kassel
    Raum E.014 | Tel. -4900 | betriebsrat@auenwald-versicherung.example
    """)
S['albers'] = staff('Dr. med. Henrike Albers', 'henrike.albers', """
    Dr. med. Henrike Albers
    Fachärztin für Arbeitsmedizin – Betriebsärztin
    Arbeitsmedizinischer Dienst der Auenwald Versicherung
    Tel. 0561 7080-4950 (Sprechstunde Mo/Mi/Do 8–12 Uhr)
    """)
S['demir'] = staff('Ayşe Demir', 'ayse.demir', """
    Herzliche Grüße
    Ayşe Demir
    Betriebliches Gesundheitsmanagement & BEM
    Auenwald Versicherung AG, Personal
    Tel. 0561 7080-4955
    """)
S['ossowski'] = staff('Frank Ossowski', 'frank.ossowski', """
    Gruß
    Frank Ossowski
    IT Service Desk – Identity & Access Management
    Auenwald Versicherung | Hotline -2200
    """)
S['raman'] = staff('Priya Raman', 'priya.raman', """
    Priya Raman
    Security Operations Center (SOC)
    Auenwald Versicherung AG, Group IT
    +49 561 7080-2290
    """)
S['novak'] = staff('Martin Novak', 'martin.novak', """
    Cheers,
    Martin Novak
    Team Lead Application Development (Claims Platforms)
    Auenwald Versicherung AG | Group IT
    +49 561 7080-2300
    """)
S['lindner'] = staff('Petra Lindner', 'petra.lindner', """
    Mit freundlichen Grüßen
    Petra Lindner
    Leistungsabteilung Krankenversicherung
    Auenwald Krankenversicherung AG
    Telefon 0561 7080-3310
    """)
S['kluge'] = staff('Dr. med. Stefan Kluge', 'stefan.kluge', """
    Dr. med. Stefan Kluge
    Gesellschaftsarzt | Chief Medical Officer Life
    Auenwald Lebensversicherung AG
    Tel. +49 561 7080-3400
    """)
S['weiss'] = staff('Claudia Weiß', 'claudia.weiss', """
    Freundliche Grüße
    Claudia Weiß
    Vertragsservice Leben
    Auenwald Lebensversicherung AG
    Tel. 0561 7080-3420
    """)
S['reinholz'] = staff('Markus Reinholz', 'markus.reinholz', """
    Mit freundlichen Grüßen

    Markus Reinholz
    Kfz-Schadenregulierung
    Auenwald Allgemeine Versicherung AG
    Telefon 0561 7080-2710
    """)
S['wirth'] = staff('Daniel Wirth', 'daniel.wirth', """
    Mit freundlichen Grüßen
    Daniel Wirth
    Sachschaden Privatkunden
    Auenwald Allgemeine Versicherung AG
    0561 7080-2750
    """)
S['hahn'] = staff('Rüdiger Hahn', 'ruediger.hahn', """
    Rüdiger Hahn
    Abteilungsleiter Haftpflicht-Schaden
    Auenwald Allgemeine Versicherung AG
    Tel. -2800
    """)
S['kaminski'] = staff('Julia Kaminski', 'julia.kaminski', """
    Mit freundlichen Grüßen
    Julia Kaminski
    Rechtsschutz-Schaden
    Auenwald Rechtsschutz-Versicherung AG
    Telefon 0561 7080-2850
    """)
S['beck'] = staff('Yvonne Beck', 'yvonne.beck', """
    Freundliche Grüße
    Yvonne Beck
    Leistung Unfall & Pflege
    Auenwald Versicherung
    Tel. 0561 7080-3350
    """)
S['petersen'] = staff('Nils Petersen', 'nils.petersen', """
    Best regards / Mit freundlichen Grüßen
    Nils Petersen
    Firmenkunden Underwriting | Commercial Lines
    Auenwald Allgemeine Versicherung AG
    +49 561 7080-2600
    """)
S['brandt'] = staff('Ole Brandt', 'ole.brandt', """
    Viele Grüße aus Kassel
    Ole Brandt
    Maklerbetreuung Nord/Mitte
    Auenwald Versicherung
    Mobil 0171 5550 2513
    """)
S['fuchs'] = staff('Sandra Fuchs', 'sandra.fuchs', """
    Sandra Fuchs
    Pressesprecherin | Unternehmenskommunikation
    Auenwald Versicherung
    +49 561 7080-1100
    presse@auenwald-versicherung.example
    """)
S['ackermann'] = staff('Thomas Ackermann', 'thomas.ackermann', """
    Thomas Ackermann
    Datenschutzbeauftragter der Auenwald Versicherungsgruppe
    datenschutz@auenwald-versicherung.example | Tel. -1300
    """)
S['carter'] = staff('Emily Carter', 'emily.carter', """
    Kind regards,
    Emily Carter
    Group Reinsurance
    Auenwald Versicherung AG
    T +49 561 7080-1500
    """)
S['voss'] = staff('Michael Voss', 'michael.voss', """
    Mit freundlichen Grüßen
    Michael Voss
    Zentraler Einkauf
    Auenwald Versicherung AG
    Tel. 0561 7080-1700
    """)
S['schulte'] = staff('Hannah Schulte', 'hannah.schulte', """
    Hannah Schulte
    Reiseversicherung & Assistance | Travel Insurance
    Auenwald Versicherung
    +49 561 7080-3500 (24h emergency line +49 561 7080-3599)
    """)
S['meyer'] = staff('Lukas Meyer', 'lukas.meyer', """
    Mit freundlichen Grüßen
    Lukas Meyer
    Betriebliche Altersversorgung
    Auenwald Lebensversicherung AG
    Tel. 0561 7080-3450
    """)
S['dietz'] = staff('Carsten Dietz', 'carsten.dietz', """
    Gruß Carsten

    Carsten Dietz
    Teamleiter Kundenservice Kranken
    Auenwald Krankenversicherung AG | -3200
    """)
S['okafor'] = staff('Grace Okafor', 'grace.okafor', """
    Best,
    Grace Okafor
    Actuarial Analytics
    Auenwald Versicherung AG
    """)

S['koehler'] = staff('Jana Köhler', 'jana.koehler', """
    Freundliche Grüße
    Jana Köhler
    Kfz-Vertrag Privatkunden
    Auenwald Allgemeine Versicherung AG
    Tel. 0561 7080-2650
    """)
S['lorenz'] = staff('Sebastian Lorenz', 'sebastian.lorenz', """
    Mit freundlichen Grüßen
    i. A. Sebastian Lorenz
    Vertragsservice Sach / Gebäude
    Auenwald Allgemeine Versicherung AG
    Telefon 0561 7080-2680, Telefax 0561 7080-2699
    """)

# shared / system mailboxes
BOX = {
    'personal': Person('Auenwald Personal', 'personal@' + DOMAIN),
    'entgelt': Person('Entgeltabrechnung Auenwald', 'entgelt@' + DOMAIN),
    'betriebsrat': Person('Betriebsrat Auenwald Kassel', 'betriebsrat@' + DOMAIN),
    'servicedesk': Person('IT Service Desk', 'it-servicedesk@' + DOMAIN),
    'noreply': Person('Auenwald Versicherung', 'noreply@' + DOMAIN),
    'securemail': Person('Auenwald SecureMail', 'securemail@' + DOMAIN),
    'newsletter': Person('Auenwald Versicherung', 'newsletter@' + DOMAIN),
    'presse': Person('Auenwald Presse', 'presse@' + DOMAIN),
    'leistung': Person('Auenwald Krankenversicherung – Leistung', 'leistung-kranken@' + DOMAIN),
    'lernen': Person('Auenwald Lernportal', 'lernportal@' + DOMAIN),
    'gesundheit': Person('Gesundheitsmanagement Auenwald', 'gesundheit@' + DOMAIN),
    'alle': Person('Alle Mitarbeitenden Kassel', 'alle-kassel@' + DOMAIN),
    'fuehrung': Person('Führungskräfte Auenwald', 'fuehrungskraefte@' + DOMAIN),
}


def ext(name, mail):
    """Somebody outside the company (customer, partner, ...)."""
    return Person(name, mail)


FOOT = {
    'allg': """
        --
        Auenwald Allgemeine Versicherung AG · Fuldaer Ufer 12 · 34117 Kassel
        Sitz Kassel · Amtsgericht Kassel HRB 48211 · USt-IdNr. DE 298 447 120
        Vorstand: Dr. Miriam Trautwein (Vors.), Holger Brandes, Anja Reimer
        Vorsitzender des Aufsichtsrats: Dr. Hans-Georg Pilz
        """,
    'leben': """
        --
        Auenwald Lebensversicherung AG · Fuldaer Ufer 12 · 34117 Kassel
        Sitz Kassel · Amtsgericht Kassel HRB 48214
        Vorstand: Dr. Miriam Trautwein (Vors.), Konstantin Lehr
        Vorsitzender des Aufsichtsrats: Dr. Hans-Georg Pilz
        """,
    'kranken': """
        --
        Auenwald Krankenversicherung AG · Fuldaer Ufer 12 · 34117 Kassel
        Sitz Kassel · Amtsgericht Kassel HRB 48215
        Vorstand: Dr. Miriam Trautwein (Vors.), Dr. Eva Sandmann
        Vorsitzender des Aufsichtsrats: Dr. Hans-Georg Pilz
        """,
    'ag': """
        --
        Auenwald Versicherung AG · Fuldaer Ufer 12 · 34117 Kassel
        Sitz Kassel · Amtsgericht Kassel HRB 48213
        Vorstand: Dr. Miriam Trautwein (Vors.), Holger Brandes, Anja Reimer, Konstantin Lehr
        """,
    'rs': """
        --
        Auenwald Rechtsschutz-Versicherung AG · Fuldaer Ufer 12 · 34117 Kassel
        Sitz Kassel · Amtsgericht Kassel HRB 48219 · Vorstand: Holger Brandes, Petra Valentin
        """,
    'disclaimer_de': """
        Diese E-Mail enthält möglicherweise vertrauliche Informationen. Wenn Sie nicht der
        richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie
        diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail
        sind nicht gestattet.
        """,
    'disclaimer_en': """
        This e-mail may contain confidential information. If you are not the intended
        recipient, please notify the sender immediately and delete this e-mail. Any
        unauthorised copying, disclosure or distribution is prohibited.
        """,
}
FOOT = {k: textwrap.dedent(v).strip('\n') for k, v in FOOT.items()}


def sig(key):
    return S[key].sig


def foot(*keys):
    return '\n\n'.join(FOOT[k] for k in keys)


# =====================================================================================
# Text helpers
# =====================================================================================


def T(s, **kw):
    """Dedent a triple-quoted body, drop the first newline, fill {{key}} slots (after the
    dedent, so multi-line signatures keep their own indentation), end with one newline."""
    s = textwrap.dedent(s)
    if s.startswith('\n'):
        s = s[1:]
    for k, v in kw.items():
        s = s.replace('{{%s}}' % k, v)
    return s.rstrip() + '\n'


def quote(s, prefix='> '):
    out = []
    for line in s.rstrip('\n').split('\n'):
        if line.startswith('>'):
            out.append('>' + line)
        elif line == '':
            out.append('>')
        else:
            out.append(prefix + line)
    return '\n'.join(out) + '\n'


def flowed(s, width=72):
    """Encode text as format=flowed (RFC 3676): soft line breaks end in a space."""
    out = []
    for line in s.rstrip('\n').split('\n'):
        qm = re.match(r'^(>+ ?)', line)
        qp = qm.group(1) if qm else ''
        body = line[len(qp):]
        if body.startswith(' ') or body.startswith('From '):
            body = ' ' + body
        if line == '-- ' or len(line) <= width:
            out.append(qp + body.rstrip(' ') if line != '-- ' else line)
            continue
        words = body.split(' ')
        cur = ''
        pieces = []
        for w in words:
            if cur and len(qp) + len(cur) + len(w) + 1 > width:
                pieces.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        pieces.append(cur.rstrip(' '))
        out.extend(qp + p for p in pieces)
    return '\n'.join(out) + '\n'


# =====================================================================================
# Dates and IDs
# =====================================================================================


def berlin(ts):
    """'2026-03-04 09:12' (or with seconds) -> aware datetime in Europe/Berlin (CET/CEST 2026)."""
    fmt = '%Y-%m-%d %H:%M:%S' if ts.count(':') == 2 else '%Y-%m-%d %H:%M'
    d = _dt.datetime.strptime(ts, fmt)
    summer = _dt.datetime(2026, 3, 29, 2, 0) <= d < _dt.datetime(2026, 10, 25, 3, 0)
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=2 if summer else 1)))


def rfcdate(ts):
    return format_datetime(berlin(ts))


def h(*parts, n=12):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()[:n]


# =====================================================================================
# MIME specs: lightweight descriptions rendered into real messages
# =====================================================================================

_CTX = {'n': 0, 'b': 0, 'style': 'outlook'}


def _boundary():
    _CTX['b'] += 1
    n, b, st = _CTX['n'], _CTX['b'], _CTX['style']
    x = h('boundary', n, b, n=24)
    if st == 'outlook':
        return '_%03d_%s%s_' % (b - 1, x[:16].upper(), 'AUENWALDEXAMPLE')
    if st == 'thunderbird':
        return '------------' + x[:24]
    if st == 'apple':
        return 'Apple-Mail=_' + x[:8].upper() + '-' + x[8:12].upper() + '-' + x[12:20].upper()
    return '=_Part_%d_%s' % (b, x[:16])


def _reorder(p, first=('Content-Type', 'Content-Transfer-Encoding')):
    saved = []
    for k in first + ('Content-Disposition', 'Content-ID'):
        if k in p:
            saved.append((k, str(p[k])))
            del p[k]
    for k, v in saved:
        p[k] = v


class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 flow=False, disposition=None, filename=None, params=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flow, self.disposition, self.filename = flow, disposition, filename
        self.params = params or {}

    def render(self, p):
        text = flowed(self.text) if self.flow else self.text
        kw = {}
        if self.disposition:
            kw['disposition'] = self.disposition
        if self.filename:
            kw['filename'] = self.filename
        p.set_content(text, subtype=self.subtype, charset=self.charset, cte=self.cte, **kw)
        if self.flow:
            p.set_param('format', 'flowed')
        for k, v in self.params.items():
            p.set_param(k, v)
        _reorder(p)


def Html(html, charset='utf-8', cte='quoted-printable'):
    return Text(html, subtype='html', charset=charset, cte=cte)


class Att:
    def __init__(self, data, mime, filename, cte='base64', inline=False):
        self.data, self.mime, self.filename, self.cte, self.inline = data, mime, filename, cte, inline

    def render(self, p):
        main, sub = self.mime.split('/')
        p.set_content(self.data, main, sub, filename=self.filename, cte=self.cte,
                      disposition='inline' if self.inline else 'attachment')
        _reorder(p)


class TextAtt:
    """A text attachment (CSV, TSV, ICS, TXT) with its own charset."""

    def __init__(self, text, mime, filename, charset='utf-8', cte='base64', params=None):
        self.text, self.mime, self.filename = text, mime, filename
        self.charset, self.cte, self.params = charset, cte, params or {}

    def render(self, p):
        main, sub = self.mime.split('/')
        data = self.text.replace('\r\n', '\n').replace('\n', '\r\n').encode(self.charset)
        if main == 'text':
            p['Content-Type'] = '%s; charset="%s"' % (self.mime, self.charset)
            for k, v in self.params.items():
                p.set_param(k, v)
            p.set_param('name', self.filename)
            p['Content-Transfer-Encoding'] = self.cte
            if self.cte == 'base64':
                p.set_payload(base64.encodebytes(data).decode('ascii').replace('\n', '\r\n'))
            elif self.cte == 'quoted-printable':
                import quopri
                p.set_payload(quopri.encodestring(data).decode('ascii'))
            else:
                p.set_payload(data.decode('ascii'))
            p['Content-Disposition'] = 'attachment'
            p.set_param('filename', self.filename, header='Content-Disposition')
        else:
            p.set_content(data, main, sub, filename=self.filename, cte=self.cte)
            _reorder(p)


class Fwd:
    """An attached e-mail (message/rfc822). `msg` is a finished EmailMessage."""

    def __init__(self, msg, inline=False, filename=None):
        self.msg, self.inline, self.filename = msg, inline, filename

    def render(self, p):
        p.set_content(self.msg, disposition='inline' if self.inline else 'attachment', filename=self.filename)
        _reorder(p)


class Multi:
    def __init__(self, subtype, *parts):
        self.subtype, self.parts = subtype, parts

    def render(self, p):
        p['Content-Type'] = 'multipart/%s' % self.subtype
        p.set_param('boundary', _boundary())
        for spec in self.parts:
            c = MIMEPart(policy=SMTP)
            spec.render(c)
            p.attach(c)


def Mixed(*parts):
    return Multi('mixed', *parts)


def Alt(plain, html):
    return Multi('alternative', plain, html)


def Related(*parts):
    return Multi('related', *parts)


CLIENTS = {
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0')],
    'outlook-web': [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
    'thunderbird': [('User-Agent', 'Mozilla Thunderbird 128.6.0')],
    'iphone': [('X-Mailer', 'iPhone Mail (22D82)')],
    'android': [('X-Mailer', 'Auenwald Mobile Mail 4.12 (Android)')],
    'system': [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
    'newsletter': [('List-Unsubscribe', '<https://newsletter.auenwald-versicherung.example/abmelden>'),
                   ('Precedence', 'bulk')],
    'ooo': [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    'plain': [],
}
STYLE = {'outlook': 'outlook', 'outlook-web': 'outlook', 'thunderbird': 'thunderbird',
         'iphone': 'apple', 'android': 'other', 'system': 'other', 'newsletter': 'other',
         'ooo': 'outlook', 'plain': 'other'}


def _addrs(v):
    if v is None:
        return None
    if not isinstance(v, (list, tuple)):
        v = [v]
    return tuple(x.addr if isinstance(x, Person) else x for x in v)


def mid_for(n, ts, client, tag=''):
    x = h('mid', n, tag, n=20)
    stamp = berlin(ts).strftime('%Y%m%d%H%M%S')
    if client.startswith('outlook') or client == 'ooo':
        return '<%s%s@EXCH-KS02.%s>' % (x[:12].upper(), x[12:20].upper(), 'ad.' + DOMAIN)
    if client == 'thunderbird':
        return '<%s-%s-%s@%s>' % (x[:8], x[8:12], x[12:20], DOMAIN)
    if client in ('iphone', 'android'):
        return '<%s.%s@mobile.%s>' % (stamp, x[:10].upper(), DOMAIN)
    return '<%s.%s.%s@mailout.%s>' % (PREFIX.strip('-'), stamp, x[:10], DOMAIN)


def build(n=None, *, frm, to, subject, date, body, cc=None, reply_to=None,
          irt=None, refs=None, client='outlook', lang=None, extra=(), mid=None, tag=''):
    """Build one message. n=None is used for embedded (forwarded) messages written by others."""
    m = EmailMessage(policy=SMTP)
    m['From'] = _addrs(frm)
    m['To'] = _addrs(to)
    if cc:
        m['Cc'] = _addrs(cc)
    if reply_to:
        m['Reply-To'] = _addrs(reply_to)
    m['Subject'] = subject
    m['Date'] = rfcdate(date)
    m['Message-ID'] = mid or mid_for(n if n is not None else 'x', date, client, tag or subject)
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    for k, v in CLIENTS.get(client, []):
        m[k] = v
    if client.startswith('outlook') and n is not None:
        m['Thread-Index'] = base64.b64encode(bytes.fromhex(h('ti', n, subject, n=44))).decode()
    if lang:
        m['Content-Language'] = lang
    for k, v in extra:
        m[k] = v
    m['MIME-Version'] = '1.0'
    body.render(m)
    _reorder(m)
    return m


def ext_mail(*, frm, to, subject, date, body, client='plain', mid=None, cc=None, irt=None, extra=()):
    """A message written by somebody else (customer, doctor, ...) that staff forward as an attachment."""
    saved = dict(_CTX)
    _CTX['style'] = STYLE.get(client, 'other')
    m = build(None, frm=frm, to=to, subject=subject, date=date, body=body, client=client,
              mid=mid, cc=cc, irt=irt, extra=extra, tag=subject + date)
    _CTX.update(saved)
    return m


# =====================================================================================
# File builders (standard library only)
# =====================================================================================

ZIPTIME = (2026, 1, 1, 0, 0, 0)


def zip_bytes(members, when=ZIPTIME, stored_first=None):
    """members: list of (name, bytes|str[, (y, m, d, H, M, S)])."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for mem in members:
            name, data = mem[0], mem[1]
            t = mem[2] if len(mem) > 2 else when
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=t)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0o644 << 16 if not name.endswith('/') else (0o755 << 16) | 0x10
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return _xesc(str(s), {'"': '&quot;'})


def _iso(ts):
    return berlin(ts).astimezone(_dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def _core(title, author, ts, company=None):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (_x(title), _x(author), _x(author), _iso(ts), _iso(ts)))


def _app(appname='Microsoft Excel', company='Auenwald Versicherung AG'):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><Company>%s</Company><AppVersion>16.0300</AppVersion></Properties>'
            % (_x(appname), _x(company)))


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='', author='Auenwald Versicherung', ts='2026-01-15 10:00'):
    """sheets: list of (sheet name, rows); a cell is str, int, float or None.
    The first row is written bold (style 1)."""
    strings, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    sheet_xml = []
    for name, rows in sheets:
        out = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r + 1)
                st = ' s="1"' if r == 0 else ''
                if v is None or v == '':
                    continue
                if isinstance(v, bool):
                    v = str(v)
                if isinstance(v, (int, float)):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, si(str(v))))
            out.append('<row r="%d">%s</row>' % (r + 1, ''.join(cells)))
        sheet_xml.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheetData>%s</sheetData></worksheet>' % ''.join(out))
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(nm), i + 1, i + 1) for i, (nm, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2)
              + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(strings), len(strings),
              ''.join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in strings)))
    members = [('[Content_Types].xml', ct), ('_rels/.rels', rels),
               ('docProps/core.xml', _core(title, author, ts)), ('docProps/app.xml', _app()),
               ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
               ('xl/styles.xml', styles), ('xl/sharedStrings.xml', sst)]
    members += [('xl/worksheets/sheet%d.xml' % (i + 1), x) for i, x in enumerate(sheet_xml)]
    return zip_bytes(members, when=berlin(ts).timetuple()[:6])


def _docx_par(item):
    """str -> paragraph; ('b', str) bold; ('h', str) heading-like; ('table', rows)."""
    def run(t, bold=False, size=None):
        rpr = ''
        if bold or size:
            rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:b/>' if bold else '', '<w:sz w:val="%d"/>' % size if size else '')
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(t))
    if isinstance(item, tuple) and item[0] == 'table':
        rows = ''.join('<w:tr>%s</w:tr>' % ''.join(
            '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>%s</w:p></w:tc>' % run(str(c), bold=(ri == 0))
            for c in row) for ri, row in enumerate(item[1]))
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                '</w:tblPr>%s</w:tbl>' % rows)
    if isinstance(item, tuple) and item[0] == 'h':
        return '<w:p>%s</w:p>' % run(item[1], bold=True, size=28)
    if isinstance(item, tuple) and item[0] == 'b':
        return '<w:p>%s</w:p>' % run(item[1], bold=True)
    return '<w:p>%s</w:p>' % (run(item) if item else '')


def docx(paragraphs, title='', author='Auenwald Versicherung', ts='2026-01-15 10:00'):
    body = ''.join(_docx_par(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    members = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
               ('docProps/core.xml', _core(title, author, ts)), ('docProps/app.xml', _app('Microsoft Office Word'))]
    return zip_bytes(members, when=berlin(ts).timetuple()[:6])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(kind, content_body, title, author, ts, auto_styles=''):
    mime = 'application/vnd.oasis.opendocument.' + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:automatic-styles>%s</office:automatic-styles><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, auto_styles, content_body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/24.2.7.2$Linux_X86_64</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta></office:document-meta>'
            % (_ODF_NS, _x(title), _x(author), _x(author),
               berlin(ts).strftime('%Y-%m-%dT%H:%M:%S'), berlin(ts).strftime('%Y-%m-%dT%H:%M:%S')))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles/>'
              '</office:document-styles>' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return zip_bytes([('mimetype', mime), ('content.xml', content), ('styles.xml', styles),
                      ('meta.xml', meta), ('META-INF/manifest.xml', manifest)],
                     when=berlin(ts).timetuple()[:6], stored_first='mimetype')


def odt(paragraphs, title='', author='Auenwald Versicherung', ts='2026-01-15 10:00'):
    out = []
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == 'table':
            rows = p[1]
            ncol = max(len(r) for r in rows)
            out.append('<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>' % (
                ncol, ''.join('<table:table-row>%s</table:table-row>' % ''.join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c) for c in r)
                    for r in rows)))
        elif isinstance(p, tuple) and p[0] in ('h', 'b'):
            out.append('<text:h text:outline-level="%d">%s</text:h>' % (1 if p[0] == 'h' else 2, _x(p[1])))
        else:
            out.append('<text:p>%s</text:p>' % _x(p))
    return _odf('text', '<office:text>%s</office:text>' % ''.join(out), title, author, ts)


def ods(sheets, title='', author='Auenwald Versicherung', ts='2026-01-15 10:00'):
    tables = []
    for name, rows in sheets:
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                elif v is None or v == '':
                    cells.append('<table:table-cell/>')
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            trs.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        tables.append('<table:table table:name="%s">%s</table:table>' % (_x(name), ''.join(trs)))
    return _odf('spreadsheet', '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(tables), title, author, ts)


def _pdfstr(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(text, title='', author='Auenwald Versicherung', ts='2026-01-15 10:00', producer='Auenwald DocGen 5.2',
        size=10, width=92):
    """A real text-layer PDF: Helvetica (+ Helvetica-Bold for lines starting with '**'),
    WinAnsiEncoding, FlateDecode content streams. Form feed '\f' starts a new page."""
    pages = []
    for chunk in T(text).split('\f'):
        lines = []
        for raw in chunk.strip('\n').split('\n'):
            bold = raw.startswith('**')
            raw = raw[2:] if bold else raw
            wrapped = textwrap.wrap(raw, width) if len(raw) > width else [raw]
            lines.extend((bold, w) for w in (wrapped or ['']))
        while lines:
            pages.append(lines[:58])
            lines = lines[58:]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    d = berlin(ts)
    pdfdate = d.strftime("D:%Y%m%d%H%M%S") + ("+02'00'" if d.utcoffset().seconds == 7200 else "+01'00'")
    objs[5] = (b'<< /Title (' + _pdfstr(title) + b') /Author (' + _pdfstr(author) + b') /Producer (' +
               _pdfstr(producer) + b') /CreationDate (' + pdfdate.encode() + b') /ModDate (' + pdfdate.encode() + b') >>')
    kids = []
    nxt = 6
    for pg in pages:
        ops = [b'BT', b'/F1 %d Tf' % size, b'%d TL' % (size + 3), b'56 790 Td']
        cur = None
        for bold, line in pg:
            f = b'/F2' if bold else b'/F1'
            if f != cur:
                ops.append(f + b' %d Tf' % size)
                cur = f
            ops.append(b'(' + _pdfstr(line) + b') Tj T*')
        ops.append(b'ET')
        stream = zlib.compress(b'\n'.join(ops) + b'\n', 9)
        page_no, cont_no = nxt, nxt + 1
        nxt += 2
        objs[page_no] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % cont_no)
        objs[cont_no] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream'
        kids.append(page_no)
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids)
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    size_ = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size_
    for i in range(1, size_):
        out += b'%010d 00000 n \n' % offsets[i]
    fid = h('pdfid', title, ts, n=32).encode()
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<' % size_ + fid + b'> <' + fid +
            b'>] >>\nstartxref\n%d\n%%%%EOF\n' % xref)
    return bytes(out)


def ics(text):
    """Calendar text with CRLF line ends (lines written by hand in each mail)."""
    return T(text).replace('\n', '\r\n')


def iban(country, bban):
    """IBAN with correct ISO 7064 check digits, printed in groups of four."""
    s = bban + country + '00'
    num = int(''.join(str(int(c, 36)) for c in s))
    check = 98 - num % 97
    raw = '%s%02d%s' % (country, check, bban)
    return ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s):
    s = s.replace(' ', '').upper()
    num = int(''.join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return num % 97 == 1


MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
MIME_ODT = 'application/vnd.oasis.opendocument.text'
MIME_ODS = 'application/vnd.oasis.opendocument.spreadsheet'

# =====================================================================================
# Registry, build and check
# =====================================================================================

MAILS = {}
LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')


def mail(n, label, lang, kind, reason, client='outlook'):
    assert label in LABELS and lang in ('de', 'en') and n not in MAILS, n
    assert '\t' not in reason and '\n' not in reason

    def deco(fn):
        MAILS[n] = dict(label=label, lang=lang, kind=kind, reason=reason, fn=fn, client=client)
        return fn
    return deco


def render(n):
    meta = MAILS[n]
    _CTX.update(n=n, b=0, style=STYLE.get(meta['client'], 'other'))
    m = meta['fn'](n, meta['client'])
    return m.as_bytes(policy=SMTP)


def write_all(outdir):
    md = os.path.join(outdir, 'mails')
    os.makedirs(md, exist_ok=True)
    rows = ['file\tlabel\tlang\tkind\treason']
    for n in sorted(MAILS):
        name = '%s%04d.eml' % (PREFIX, n)
        with open(os.path.join(md, name), 'wb') as f:
            f.write(render(n))
        m = MAILS[n]
        rows.append('\t'.join((name, m['label'], m['lang'], m['kind'], m['reason'])))
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')


def pdf_text(data):
    """Text layer of our PDFs: inflate every FlateDecode stream, collect (...) Tj strings."""
    assert data.startswith(b'%PDF-'), 'not a PDF'
    sx = re.search(rb'startxref\s+(\d+)\s+%%EOF', data)
    assert sx and data[int(sx.group(1)):].startswith(b'xref'), 'bad startxref'
    texts = []
    for m in re.finditer(rb'/Length (\d+) /Filter /FlateDecode >>\nstream\n', data):
        ln = int(m.group(1))
        raw = data[m.end():m.end() + ln]
        assert data[m.end() + ln:m.end() + ln + 10] == b'\nendstream', 'bad stream length'
        content = zlib.decompress(raw)
        for s in re.findall(rb'\(((?:\\.|[^\\)])*)\) Tj', content):
            s = re.sub(rb'\\(.)', rb'\1', s)
            texts.append(s.decode('cp1252'))
    return '\n'.join(texts)


def check_blob(name, data, where, errors, stats):
    low = name.lower()
    ext_ = low.rsplit('.', 1)[-1] if '.' in low else ''
    stats[ext_] = stats.get(ext_, 0) + 1
    try:
        if ext_ in ('zip', 'xlsx', 'docx', 'odt', 'ods'):
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            assert bad is None, 'corrupt member %s' % bad
            names = z.namelist()
            if ext_ == 'xlsx':
                assert 'xl/workbook.xml' in names
            if ext_ == 'docx':
                assert 'word/document.xml' in names
            if ext_ in ('odt', 'ods'):
                assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
                assert 'content.xml' in names
            for mn in names:
                md = z.read(mn)
                if mn.endswith('.xml') or mn.endswith('.rels'):
                    ET.fromstring(md)
                elif ext_ == 'zip':
                    check_blob(mn, md, where + '!' + mn, errors, stats)
        elif ext_ == 'pdf':
            assert pdf_text(data).strip(), 'empty text layer'
        elif ext_ == 'ics':
            t = data.decode('utf-8')
            assert 'BEGIN:VCALENDAR' in t and 'END:VCALENDAR' in t, 'no VCALENDAR'
        elif ext_ == 'eml':
            check_message(BytesParser(policy=email.policy.default).parsebytes(data), where, errors, stats, data)
    except Exception as e:  # noqa
        errors.append('%s: %s: %s' % (where, name, e))


def check_message(msg, where, errors, stats, raw=None):
    if raw is not None and re.search(rb'(?<!\r)\n', raw):
        errors.append('%s: bare LF' % where)
    for part in msg.walk():
        for d in part.defects:
            errors.append('%s: MIME defect %r' % (where, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                errors.append('%s: header %s defect %r' % (where, k, d))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            try:
                payload.decode(cs)
            except Exception as e:  # noqa
                errors.append('%s: text part %s does not decode as %s: %s' % (where, ctype, cs, e))
        if fn:
            check_blob(fn, payload, where, errors, stats)
        elif ctype == 'text/calendar':
            check_blob('invite.ics', payload, where, errors, stats)


def check():
    errors, stats = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        write_all(tmp)
        # 1. byte-identical with the delivered files
        for fn in ['labels.tsv'] + ['mails/%s%04d.eml' % (PREFIX, n) for n in sorted(MAILS)]:
            a, b = os.path.join(tmp, fn), os.path.join(HERE, fn)
            if not os.path.exists(b):
                errors.append('%s missing in delivery' % fn)
            elif open(a, 'rb').read() != open(b, 'rb').read():
                errors.append('%s differs from a rebuild' % fn)
        extra = set(os.listdir(os.path.join(HERE, 'mails'))) - {'%s%04d.eml' % (PREFIX, n) for n in MAILS} \
            if os.path.isdir(os.path.join(HERE, 'mails')) else set()
        if extra:
            errors.append('unexpected files in mails/: %s' % sorted(extra))
        # 2. a second rebuild in the same process is identical too (determinism)
        for n in sorted(MAILS):
            if render(n) != open(os.path.join(tmp, 'mails', '%s%04d.eml' % (PREFIX, n)), 'rb').read():
                errors.append('mail %d not deterministic' % n)
        # 3. parse every mail
        if sorted(MAILS) != list(range(1, 151)):
            errors.append('expected mails 1..150, got %d' % len(MAILS))
        mids = {}
        for n in sorted(MAILS):
            name = '%s%04d.eml' % (PREFIX, n)
            raw = open(os.path.join(tmp, 'mails', name), 'rb').read()
            msg = BytesParser(policy=email.policy.default).parsebytes(raw)
            check_message(msg, name, errors, stats, raw)
            mid = msg['Message-ID']
            if mid in mids:
                errors.append('%s: duplicate Message-ID with %s' % (name, mids[mid]))
            mids[mid] = name
            d = msg['Date'].datetime
            if d.year != 2026:
                errors.append('%s: date not in 2026' % name)
            if not str(msg['From']).rstrip('>').endswith('@' + DOMAIN):
                errors.append('%s: sender not on %s' % (name, DOMAIN))
            for hdr in ('To', 'Cc', 'From', 'Reply-To'):
                if msg[hdr]:
                    for a in msg[hdr].addresses:
                        if not a.domain.endswith('.example'):
                            errors.append('%s: non-.example address %s' % (name, a))
        # labels.tsv sanity
        rows = open(os.path.join(tmp, 'labels.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')
        if rows[0] != 'file\tlabel\tlang\tkind\treason' or len(rows) != 151:
            errors.append('labels.tsv header or row count wrong')
        for r in rows[1:]:
            f = r.split('\t')
            if len(f) != 5 or f[1] not in LABELS or f[2] not in ('de', 'en') or not f[4]:
                errors.append('bad labels row: %r' % r)
    by_label = {l: sum(1 for m in MAILS.values() if m['label'] == l) for l in LABELS}
    by_lang = {l: sum(1 for m in MAILS.values() if m['lang'] == l) for l in ('de', 'en')}
    print('mails: %d  labels: %s  languages: %s' % (len(MAILS), by_label, by_lang))
    print('attachments/members by extension: %s' % dict(sorted(stats.items())))
    if errors:
        print('%d problem(s):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('all checks pass')
    return 0


def main():
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    write_all(HERE)
    print('wrote %d mails and labels.tsv to %s' % (len(MAILS), HERE))


# =====================================================================================
# MAILS
# Every mail is written on its own: headers, body, quoted history, forwards and the
# content of every attachment. Each function gets (n, client) and returns the message.
# =====================================================================================


@mail(1, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'manager tells HR a named claims handler is on sick leave with a slipped disc (L4/L5) and going to rehab; asks about BEM')
def _(n, client):
    body = T("""
        Hallo Jonas,

        kurzes Update zu Timo Gerlach (PNr. 40871, Team Haftpflicht 2): Er ist seit dem 9. Februar durchgehend krankgeschrieben, die neue AU geht bis 20.03. Er hat mich gestern angerufen – es ist ein Bandscheibenvorfall L4/L5, er soll nach Ostern in die Reha. Realistisch rechne ich nicht vor Mai mit ihm.

        Zwei Fragen:
        1. Ab wann müssen wir ihm das BEM anbieten? Die sechs Wochen sind ja bald voll (er war im Herbst auch schon zweimal länger weg).
        2. Können wir für die Zeit eine befristete Aushilfe bekommen? Sein Bestand (ca. 180 offene Akten) liegt gerade bei Frau Yıldız und Herrn Pohl mit drauf, das geht nicht bis Mai so weiter.

        Die Diagnose bitte vertraulich behandeln, er hat mir das eher privat erzählt.

        Gruß
        {{sig}}

        -----Ursprüngliche Nachricht-----
        Von: Brückner, Jonas <jonas.brueckner@auenwald-versicherung.example>
        Gesendet: Montag, 2. März 2026 16:40
        An: Hahn, Rüdiger <ruediger.hahn@auenwald-versicherung.example>
        Betreff: Personalplanung Haftpflicht Q2

        Hallo Rüdiger,

        für die Q2-Planung bräuchte ich bis Mittwoch deine Rückmeldung zu offenen Stellen und Ausfällen in deinen beiden Teams. Gern auch kurz telefonisch.

        Danke und Gruß
        Jonas
        """, sig=sig('hahn'))
    return build(n, frm=S['hahn'], to=S['brueckner'], subject='AW: Personalplanung Haftpflicht Q2',
                 date='2026-03-04 08:17', body=Text(body), client=client, lang='de-DE',
                 irt='<5A7C21D09E3B4F18@EXCH-KS02.ad.auenwald-versicherung.example>')


@mail(2, 'NORMAL', 'de', 'internal',
      'trap: occupational physician announces the flu vaccination campaign (vaccine, contraindications, ICS); no person named')
def _(n, client):
    plain = T("""
        Liebe Kolleginnen und Kollegen,

        auch in diesem Herbst bietet der Arbeitsmedizinische Dienst allen Beschäftigten am Standort Kassel die Grippeschutzimpfung an – kostenlos und während der Arbeitszeit.

        Termine: 19. bis 23. Oktober 2026, jeweils 8:30–12:00 und 13:00–15:30 Uhr
        Ort: Arbeitsmedizinischer Dienst, Gebäude B, Raum B.104 (Erdgeschoss, neben dem Betriebsrestaurant)
        Impfstoff: quadrivalenter Influenza-Totimpfstoff Saison 2026/27 (STIKO-Empfehlung)

        Bitte bringen Sie Ihren Impfausweis mit, falls vorhanden. Eine Anmeldung ist nicht nötig; wer einen festen Termin möchte, bucht ihn ab 1. Oktober im Intranet unter „Gesundheit > Impfaktion“.

        Nicht geimpft werden kann, wer akut fiebrig erkrankt ist oder eine bekannte schwere Allergie gegen Bestandteile des Impfstoffs (z. B. Hühnereiweiß) hat – im Zweifel sprechen Sie mich vorher an. Schwangere und chronisch Kranke gehören zu den Gruppen, denen die STIKO die Impfung ausdrücklich empfiehlt.

        Die Teilnahme ist freiwillig. Welche Personen sich impfen lassen, erfährt weder die Führungskraft noch die Personalabteilung; die Dokumentation bleibt beim Arbeitsmedizinischen Dienst.

        Den Termin für Ihren Kalender finden Sie im Anhang.

        Bleiben Sie gesund!
        {{sig}}
        """, sig=sig('albers'))
    html = T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Liebe Kolleginnen und Kollegen,</p>
        <p>auch in diesem Herbst bietet der Arbeitsmedizinische Dienst allen Beschäftigten am Standort Kassel die
        <b>Grippeschutzimpfung</b> an – kostenlos und während der Arbeitszeit.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Termine</b></td><td>19. bis 23. Oktober 2026, jeweils 8:30–12:00 und 13:00–15:30 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Arbeitsmedizinischer Dienst, Gebäude B, Raum B.104 (Erdgeschoss, neben dem Betriebsrestaurant)</td></tr>
        <tr><td><b>Impfstoff</b></td><td>quadrivalenter Influenza-Totimpfstoff Saison 2026/27 (STIKO-Empfehlung)</td></tr>
        </table>
        <p>Bitte bringen Sie Ihren Impfausweis mit, falls vorhanden. Eine Anmeldung ist nicht nötig; wer einen festen
        Termin möchte, bucht ihn ab 1. Oktober im Intranet unter „Gesundheit &gt; Impfaktion“.</p>
        <p>Nicht geimpft werden kann, wer akut fiebrig erkrankt ist oder eine bekannte schwere Allergie gegen Bestandteile
        des Impfstoffs (z.&nbsp;B. Hühnereiweiß) hat – im Zweifel sprechen Sie mich vorher an. Schwangere und chronisch
        Kranke gehören zu den Gruppen, denen die STIKO die Impfung ausdrücklich empfiehlt.</p>
        <p>Die Teilnahme ist freiwillig. Welche Personen sich impfen lassen, erfährt weder die Führungskraft noch die
        Personalabteilung; die Dokumentation bleibt beim Arbeitsmedizinischen Dienst.</p>
        <p>Den Termin für Ihren Kalender finden Sie im Anhang.</p>
        <p>Bleiben Sie gesund!<br>Dr. med. Henrike Albers<br>Fachärztin für Arbeitsmedizin – Betriebsärztin<br>
        Arbeitsmedizinischer Dienst der Auenwald Versicherung<br>Tel. 0561 7080-4950 (Sprechstunde Mo/Mi/Do 8–12 Uhr)</p>
        </body></html>
        """)
    cal = ics("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:grippeimpfung-2026-ks@auenwald-versicherung.example
        DTSTAMP:20260914T080000Z
        DTSTART;TZID=Europe/Berlin:20261019T083000
        DTEND;TZID=Europe/Berlin:20261023T153000
        SUMMARY:Grippeschutzimpfung 2026/27 – Arbeitsmedizinischer Dienst
        LOCATION:Gebäude B\\, Raum B.104
        DESCRIPTION:Offene Impfsprechstunde\\, ohne Anmeldung. Impfausweis mitbringen.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    body = Mixed(Alt(Text(plain), Html(html)),
                 TextAtt(cal, 'text/calendar', 'Grippeschutzimpfung_2026.ics', params={'method': 'PUBLISH'}))
    return build(n, frm=S['albers'], to=BOX['alle'], subject='Grippeschutzimpfung 2026/27 – Termine im Oktober',
                 date='2026-09-14 10:05', body=body, client=client, lang='de-DE')


@mail(3, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'comprehensive motor claim of a named customer (car hit while parked, nobody hurt): claim and policy numbers, plate, payout to his IBAN')
def _(n, client):
    body = T("""
        Dear Mr Bramley,

        Thank you for sending the photos and the garage estimate so quickly. I have now completed the assessment of your claim.

        Claim number:   KS-2026-0310477
        Policy number:  40-7712093-K (comprehensive, excess EUR 300)
        Vehicle:        VW Golf Variant, registration KS-OB 412
        Date of loss:   21 February 2026, car park Königsgalerie, Kassel (unknown third party, nobody was injured)

        Repair costs according to the estimate of Autohaus Wehlheiden:  EUR 2,184.60
        less excess:                                                      EUR   300.00
        Amount payable:                                                   EUR 1,884.60

        We will transfer EUR 1,884.60 to the account you gave us, IBAN DE88 5204 0021 7508 3668 02 (account holder: Oliver Bramley), within the next three working days. If you would rather we paid the garage directly, just let me know by Friday and I will change the payment.

        Because the other driver could not be identified, this claim will affect your no-claims class from 1 January 2027 (SF 7 to SF 4). If you prefer to reimburse us the EUR 1,884.60 within six months instead, your no-claims class stays unchanged – I am happy to calculate the difference for you.

        Please note that I write in English as you asked; the official settlement letter in German follows by post.

        {{sig}}

        {{foot}}
        """, sig=sig('reinholz'), foot=foot('allg'))
    return build(n, frm=S['reinholz'], to=ext('Oliver Bramley', 'o.bramley@kabelpost.example'),
                 subject='Your claim KS-2026-0310477 – settlement', date='2026-03-05 14:22',
                 body=Text(body), client=client, lang='en-GB')


@mail(4, 'NORMAL', 'en', 'internal',
      'trap: IT welcome mail to a new starter about user name, initial password by SMS and MFA; no sensitive data', client='system')
def _(n, client):
    body = T("""
        Welcome to Auenwald Versicherung, Diogo!

        Your IT account has been created. Please keep this mail until you have logged in for the first time.

          User name (Windows, Outlook, Intranet):  d.ferreira
          E-mail address:                          diogo.ferreira@auenwald-versicherung.example
          Start date:                              01.06.2026
          Laptop:                                  handed over by your team lead on your first day

        Your initial password (Initialpasswort) is NOT in this mail. It was sent by text message to the mobile number you gave Recruiting. The initial password is valid for 72 hours and must be changed at the first login.

        At the first login you will also be asked to register for multi-factor authentication (MFA) with the Authenticator app. Please have your phone ready. Without MFA you cannot use VPN or webmail.

        Never share your password, not even with the Service Desk. We will never ask for it by mail or phone.

        Questions? IT Service Desk, ext. 2200, or https://servicedesk.auenwald-versicherung.example

        -- 
        This message was generated automatically by the Identity & Access Management system
        (ticket REQ-2026-118834). Please do not reply to this address.
        """)
    return build(n, frm=BOX['servicedesk'], to=Address('Diogo Ferreira', 'diogo.ferreira', DOMAIN),
                 subject='Welcome - your IT account is ready', date='2026-05-28 06:00',
                 body=Text(body, charset='us-ascii', cte='7bit'), client=client)


@mail(5, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health reimbursement statement; the PDF lists the dermatologist, psoriasis diagnosis L40.0, GOÄ items and physiotherapy')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Wendt,

        vielen Dank für Ihre Belege vom 12.02.2026. Die Abrechnung finden Sie im Anhang; der Erstattungsbetrag von 412,37 EUR wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.

        Bei Fragen zur Abrechnung erreichen Sie uns Montag bis Freitag von 8 bis 18 Uhr.

        {{sig}}

        {{foot}}
        """, sig=sig('lindner'), foot=foot('kranken'))
    doc = pdf("""
        **Auenwald Krankenversicherung AG - Leistungsabrechnung
        Fuldaer Ufer 12, 34117 Kassel

        Frau Ricarda Wendt
        Am Weinberg 7
        34131 Kassel

        Versicherungsnummer: KV 118 204 377          Abrechnungsdatum: 24.02.2026
        Versicherte Person: Ricarda Wendt, geb. 03.05.1979      Tarife: AK 100, AS 80, ZB 90

        **Eingereichte Belege
        Beleg 1  Dr. med. Anke Roth, Fachärztin für Dermatologie, Kassel   Rechnung vom 19.01.2026
                 Diagnose: L40.0 Psoriasis vulgaris
                 GOÄ 1 (Beratung) 2,3-fach        10,72 EUR
                 GOÄ 5 (Untersuchung) 2,3-fach    10,72 EUR
                 GOÄ 750 (Auflichtmikroskopie)    20,11 EUR
                 GOÄ 567 (UV-Bestrahlung) x 6     83,94 EUR
                 Rechnungsbetrag                  125,49 EUR   erstattungsfähig 125,49 EUR
        Beleg 2  Apotheke am Rathaus, Kassel: Calcipotriol/Betamethason Gel 60 g   Rp. vom 19.01.2026
                 Rechnungsbetrag                   88,40 EUR   erstattungsfähig  88,40 EUR
        Beleg 3  Physiotherapie Lenz: 8 x Krankengymnastik (Verordnung Dr. Roth)
                 Rechnungsbetrag                  248,00 EUR   Tarif AS 80 %    198,48 EUR

        Summe erstattungsfähig                                            412,37 EUR
        Selbstbehalt 2026 (bereits ausgeschöpft)                            0,00 EUR
        **Erstattungsbetrag                                                412,37 EUR

        Die Überweisung erfolgt auf das Konto IBAN DE23 **** **** **** **66 70.
        Hinweis: Bitte bewahren Sie die Originalbelege bis zum 31.12.2027 auf.
        """, title='Leistungsabrechnung KV 118 204 377', ts='2026-02-24 05:12')
    return build(n, frm=S['lindner'], to=ext('Ricarda Wendt', 'ricarda.wendt@webpost.example'),
                 subject='Ihre Leistungsabrechnung vom 24.02.2026', date='2026-02-24 09:31',
                 body=Mixed(Text(body), Att(doc, 'application/pdf', 'Leistungsabrechnung_2026-02-24.pdf')),
                 client=client, lang='de-DE')


@mail(6, 'CONFIDENTIAL', 'en', 'internal',
      'recruiting tells the hiring manager the agreed salary (EUR 74,500) and relocation allowance of a named candidate')
def _(n, client):
    body = T("""
        Hi Martin,

        good news: Diogo Ferreira accepted our offer this morning by phone, the signed contract should be back by the end of next week.

        What we agreed, for your records:
        - Position: Senior Backend Developer (Claims Platforms), permanent, 38 h/week
        - Start: 1 June 2026 (he leaves his current employer in Porto on 15 May)
        - Salary: EUR 74,500 gross per year, paid in 12 instalments, plus the usual 13th month under the collective agreement (we matched his current package, he had asked for 78k)
        - Relocation allowance: EUR 5,000 (paid with the first salary), temporary flat for 3 months via Wohnservice Kassel
        - Probation: 6 months

        He asked whether he could work from Porto for two weeks in August, I told him that's your call.

        Could you send me the name of his buddy by 15 May? Then I'll put it into the onboarding plan.

        {{sig}}
        """, sig=sig('hofmann'))
    return build(n, frm=S['hofmann'], to=S['novak'], subject='Diogo Ferreira - offer accepted',
                 date='2026-03-18 11:46', body=Text(body), client=client, lang='en-US')


@mail(7, 'NORMAL', 'de', 'internal',
      'trap: works council newsletter (HTML only) on the mobile-work agreement, how BEM works in general, office hours; no individual',
      client='newsletter')
def _(n, client):
    html = T("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>BR-Info 02/2026</title></head>
        <body style="margin:0;background:#f2f4f3;font-family:Arial,Helvetica,sans-serif;color:#1d2a24">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="640" cellpadding="16" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#2f6b4f;color:#ffffff"><h1 style="margin:0;font-size:22px">BR-Info 02/2026</h1>
        <div>Ihr Betriebsrat am Standort Kassel</div></td></tr>
        <tr><td>
        <h2 style="font-size:17px">Betriebsvereinbarung „Mobiles Arbeiten“ unterschrieben</h2>
        <p>Nach acht Verhandlungsrunden ist es geschafft: Ab 1. April können alle Beschäftigten im Innendienst bis zu
        60&nbsp;% ihrer Arbeitszeit mobil arbeiten. Die Erreichbarkeitszeiten bleiben 9–15 Uhr, die Arbeitszeit wird
        weiterhin im Zeiterfassungssystem gebucht. Wer keinen geeigneten Platz zu Hause hat, behält seinen Arbeitsplatz im Haus.</p>
        <h2 style="font-size:17px">BEM – was ist das eigentlich?</h2>
        <p>Wer innerhalb von zwölf Monaten länger als sechs Wochen arbeitsunfähig war, bekommt vom Arbeitgeber ein
        Betriebliches Eingliederungsmanagement (BEM) angeboten (§&nbsp;167 Abs.&nbsp;2 SGB&nbsp;IX). Das Angebot ist
        freiwillig. Diagnosen müssen Sie niemandem nennen, und Sie können jederzeit ein Mitglied des Betriebsrats oder
        der Schwerbehindertenvertretung hinzuziehen. Die BEM-Akte wird getrennt von der Personalakte geführt.</p>
        <table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
        <tr style="background:#e3efe8"><th>Schritt</th><th>Was passiert</th></tr>
        <tr><td>1</td><td>Schriftliches Angebot durch das Gesundheitsmanagement</td></tr>
        <tr><td>2</td><td>Erstgespräch – nur wenn Sie zustimmen</td></tr>
        <tr><td>3</td><td>Gemeinsame Maßnahmen (z.&nbsp;B. Arbeitsplatzanpassung, stufenweise Wiedereingliederung)</td></tr>
        <tr><td>4</td><td>Abschluss und Auswertung</td></tr>
        </table>
        <h2 style="font-size:17px">Betriebsversammlung</h2>
        <p>Die nächste Betriebsversammlung findet am <b>Donnerstag, 26. März 2026, 10:00 Uhr</b> in der Kantine statt.
        Themen: Mobiles Arbeiten, Tarifrunde, Bericht der Schwerbehindertenvertretung.</p>
        <h2 style="font-size:17px">Sprechstunden</h2>
        <p>Dienstag und Donnerstag 13–15 Uhr, Raum E.014, oder nach Vereinbarung unter Durchwahl -4900.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#666">Betriebsrat der Auenwald Versicherung, Standort Kassel ·
        betriebsrat@auenwald-versicherung.example · Sie erhalten diese Info als Beschäftigte/r am Standort Kassel.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return build(n, frm=BOX['betriebsrat'], to=BOX['alle'], subject='BR-Info 02/2026: Mobiles Arbeiten, BEM, Betriebsversammlung',
                 date='2026-03-10 07:30', body=Html(html), client=client)


@mail(8, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat health claim: emergency appendectomy (K35.8) of a named customer in Dubai, hospital, nights, costs')
def _(n, client):
    body = T("""
        Dear Ms Hartley,

        I hope you are recovering well.

        We have received the final invoice from Al Noor Example Hospital, Dubai, for your emergency admission on 2 March 2026. I can confirm that the treatment is fully covered under your Auenwald Global Health plan (policy AGH-2291-0457, tariff Global Comfort, worldwide excluding USA):

          Admission:  02/03/2026, discharge 05/03/2026 (3 nights, private room)
          Diagnosis:  acute appendicitis (ICD-10 K35.8)
          Treatment:  laparoscopic appendectomy, anaesthesia, histology
          Invoice:    AED 38,400.00 (approx. EUR 9,480)

        Because the hospital billed us directly, there is nothing for you to pay. Your annual deductible of EUR 500 has already been met with the dental treatment in January, so no deductible applies here either.

        Your surgeon recommended a follow-up consultation in two weeks. That visit is covered as outpatient treatment; please simply send us the receipt through the Auenwald Health app.

        Wishing you a speedy recovery,

        {{sig}}

        {{foot}}
        """, sig=sig('schulte'), foot=foot('kranken'))
    html = T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Dear Ms Hartley,</p>
        <p>I hope you are recovering well.</p>
        <p>We have received the final invoice from Al Noor Example Hospital, Dubai, for your emergency admission on 2 March 2026.
        I can confirm that the treatment is fully covered under your Auenwald Global Health plan (policy AGH-2291-0457, tariff
        Global Comfort, worldwide excluding USA):</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Admission</b></td><td>02/03/2026, discharge 05/03/2026 (3 nights, private room)</td></tr>
        <tr><td><b>Diagnosis</b></td><td>acute appendicitis (ICD-10 K35.8)</td></tr>
        <tr><td><b>Treatment</b></td><td>laparoscopic appendectomy, anaesthesia, histology</td></tr>
        <tr><td><b>Invoice</b></td><td>AED 38,400.00 (approx. EUR 9,480)</td></tr>
        </table>
        <p>Because the hospital billed us directly, there is nothing for you to pay. Your annual deductible of EUR 500 has already
        been met with the dental treatment in January, so no deductible applies here either.</p>
        <p>Your surgeon recommended a follow-up consultation in two weeks. That visit is covered as outpatient treatment; please
        simply send us the receipt through the Auenwald Health app.</p>
        <p>Wishing you a speedy recovery,</p>
        <p>Hannah Schulte<br>Reiseversicherung &amp; Assistance | Travel Insurance<br>Auenwald Versicherung<br>
        +49 561 7080-3500 (24h emergency line +49 561 7080-3599)</p>
        <p style="font-size:8pt;color:#666">Auenwald Krankenversicherung AG · Fuldaer Ufer 12 · 34117 Kassel · Sitz Kassel ·
        Amtsgericht Kassel HRB 48215<br>Vorstand: Dr. Miriam Trautwein (Vors.), Dr. Eva Sandmann · Vorsitzender des Aufsichtsrats:
        Dr. Hans-Georg Pilz</p>
        </body></html>
        """)
    return build(n, frm=S['schulte'], to=ext('Rebecca Hartley', 'rebecca.hartley@desertmail.example'),
                 subject='Your hospital claim AGH-2291-0457 / Al Noor Example Hospital', date='2026-03-11 10:02',
                 body=Alt(Text(body), Html(html)), client=client, lang='en-GB')


@mail(9, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: purchasing orders AED pads, first-aid kit refills and eye-wash bottles for the building; no person')
def _(n, client):
    body = T("""
        Sehr geehrte Damen und Herren,

        auf Basis Ihres Rahmenangebots RA-2025-114 bestellen wir für unseren Standort Kassel, Fuldaer Ufer 12:

        Pos. 1   6 Stück   Defibrillator-Elektroden Erwachsene für LifeBeat 3 AED (Art.-Nr. LB3-PAD-A)
        Pos. 2   2 Stück   Defibrillator-Elektroden Kinder für LifeBeat 3 AED (Art.-Nr. LB3-PAD-K)
        Pos. 3   4 Stück   Ersatzakku LifeBeat 3 (Art.-Nr. LB3-BAT)
        Pos. 4  12 Stück   Nachfüllset Verbandkasten DIN 13157
        Pos. 5   8 Stück   Augenspülflasche 500 ml, steril
        Pos. 6   3 Stück   Beatmungsmaske mit Ventil, Einweg

        Bestellnummer: 4500-118273
        Kostenstelle: 1710 Gebäudemanagement
        Lieferung bitte bis 31.03.2026 an die Warenannahme (Rampe Gebäude C), Mo–Fr 7–14 Uhr.

        Die Elektroden in den Geräten laufen laut unserer Prüfliste im April ab. Bitte legen Sie der Lieferung die Chargen- und Verfallsdaten bei, damit unsere Ersthelfer-Koordination die Geräteakten aktualisieren kann.

        Rechnung bitte ausschließlich elektronisch an rechnungseingang@auenwald-versicherung.example unter Angabe der Bestellnummer.

        {{sig}}

        {{foot}}
        """, sig=sig('voss'), foot=foot('ag'))
    return build(n, frm=S['voss'], to=ext('Erste Hilfe Nord GmbH – Vertrieb', 'vertrieb@erste-hilfe-nord.example'),
                 subject='Bestellung 4500-118273 – AED-Elektroden und Verbandmaterial', date='2026-03-02 13:15',
                 body=Text(body), client=client, lang='de-DE')


@mail(10, 'CONFIDENTIAL', 'de', 'internal',
      'payroll asks HR for the signed contract change for a named employee whose salary rises from 4.310 to 4.690 EUR')
def _(n, client):
    body = T("""
        Hallo Jonas,

        für die Aprilabrechnung fehlt mir noch die unterschriebene Vertragsänderung von

            Nadine Oberle, PNr. 41207, Kundenservice Kranken (KST 3200)

        Laut Freigabe von Carsten Dietz (Mail vom 12.03.) geht sie ab 01.04.2026 von Tarifgruppe V auf VI, 8. Berufsjahr:

            bisher   4.310,00 € brutto/Monat
            neu      4.690,00 € brutto/Monat
            Leistungszulage 120,00 € entfällt, wird in das Tarifgehalt eingerechnet

        Die vermögenswirksamen Leistungen bleiben unverändert. Abrechnungsschluss ist der 20.03. – wenn das Original bis dahin nicht da ist, rechne ich im April noch alt und korrigiere im Mai rückwirkend.

        {{sig}}
        """, sig=sig('sauer'))
    return build(n, frm=S['sauer'], to=S['brueckner'], cc=S['dietz'], subject='Gehaltsanpassung Oberle ab 01.04.',
                 date='2026-03-16 15:03', body=Text(body, charset='windows-1252'), client=client, lang='de-DE')


@mail(11, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'BEM invitation to a named employee (more than six weeks incapacity for work); ODT letter with consent form')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Karow,

        wie heute Vormittag am Telefon besprochen, sende ich Ihnen das schriftliche Angebot zum Betrieblichen Eingliederungsmanagement vorab per Mail; das Original geht Ihnen zusätzlich per Post nach Hause zu.

        Bitte lassen Sie sich Zeit. Sie müssen nichts entscheiden, solange Sie noch krankgeschrieben sind, und ein Nein hat für Sie keine Nachteile. Wenn Sie möchten, kann Frau Krätzig vom Betriebsrat beim Erstgespräch dabei sein.

        Alles Gute für Ihre weitere Genesung!

        {{sig}}
        """, sig=sig('demir'))
    letter = odt([
        'Auenwald Versicherung AG – Personal / Betriebliches Gesundheitsmanagement',
        'Persönlich/vertraulich',
        'Herrn Dennis Karow, PNr. 39552, Abteilung Vertragsservice Sach',
        'Kassel, 17. April 2026',
        ('h', 'Angebot eines Betrieblichen Eingliederungsmanagements (BEM) nach § 167 Abs. 2 SGB IX'),
        'Sehr geehrter Herr Karow,',
        'Sie waren in den vergangenen zwölf Monaten insgesamt länger als sechs Wochen arbeitsunfähig '
        '(seit dem 20. Januar 2026 ununterbrochen, zuvor vom 8. bis 19. September 2025). Wir bieten Ihnen deshalb '
        'ein Betriebliches Eingliederungsmanagement an. Ziel ist es, gemeinsam mit Ihnen zu klären, wie Ihre '
        'Arbeitsunfähigkeit überwunden und einer erneuten Arbeitsunfähigkeit vorgebeugt werden kann.',
        'Die Teilnahme ist freiwillig. Sie bestimmen, wer an den Gesprächen teilnimmt, und Sie müssen uns keine '
        'Diagnose mitteilen. Die BEM-Unterlagen werden getrennt von Ihrer Personalakte beim Gesundheitsmanagement geführt.',
        'Bitte senden Sie uns die beigefügte Rückmeldung bis zum 8. Mai 2026 zurück.',
        'Mit freundlichen Grüßen',
        'Ayşe Demir, BEM-Koordination',
        ('h', 'Rückmeldung zum BEM-Angebot'),
        ('table', [['', 'Erklärung'],
                   ['[ ]', 'Ja, ich möchte am BEM teilnehmen.'],
                   ['[ ]', 'Ich möchte, dass die Betriebsärztin Dr. Albers hinzugezogen wird.'],
                   ['[ ]', 'Ich möchte, dass ein Mitglied des Betriebsrats hinzugezogen wird.'],
                   ['[ ]', 'Nein, ich lehne das BEM-Angebot ab.']]),
        'Ort, Datum, Unterschrift: ______________________________',
    ], title='BEM-Angebot Karow', author='Ayşe Demir', ts='2026-04-17 09:40')
    return build(n, frm=S['demir'], to=Address('Dennis Karow', 'dennis.karow', DOMAIN),
                 subject='Ihr BEM-Angebot – wie besprochen', date='2026-04-17 11:28',
                 body=Mixed(Text(body), Att(letter, MIME_ODT, 'BEM-Angebot_Karow.odt')), client=client, lang='de-DE')


@mail(12, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: disability (BU) incidence by ICD-10 chapter for the reinsurer, aggregated over the portfolio, no person')
def _(n, client):
    body = T("""
        Dear Lukas, dear Chiara,

        as promised in last week's call, attached are the incidence figures for our individual disability income (BU) portfolio, 2021 to 2025, split by ICD-10 chapter of the main diagnosis at the start of benefits.

        A few notes:
        - Exposure is in policy years, only policies in force with benefit period to at least age 60.
        - Chapter F (mental and behavioural disorders) is again the biggest driver, now 37 % of new claims (2021: 31 %).
        - Neoplasms (C/D) are stable; musculoskeletal (M) is slightly down since the new underwriting questions in 2023.
        - Chapters with fewer than 20 claims over the period are merged into "other".

        The file contains only aggregated figures; no claim-level data leaves the house for this exercise. If you need the split by occupation class for the treaty renewal, Grace Okafor from our actuarial team can prepare it in the same format.

        {{sig}}
        """, sig=sig('carter'))
    rows = [['ICD-10 chapter', 'Description', 'Exposure (policy years)', 'New claims 2021-2025', 'Incidence per mille', 'Share of claims'],
            ['F', 'Mental and behavioural disorders', 1284300, 1642, 1.279, 0.352],
            ['M', 'Musculoskeletal system', 1284300, 1018, 0.793, 0.218],
            ['C-D', 'Neoplasms', 1284300, 692, 0.539, 0.148],
            ['G', 'Nervous system', 1284300, 361, 0.281, 0.077],
            ['I', 'Circulatory system', 1284300, 318, 0.248, 0.068],
            ['S-T', 'Injury, poisoning', 1284300, 274, 0.213, 0.059],
            ['other', 'All other chapters (merged, each < 20 claims)', 1284300, 377, 0.294, 0.081],
            ['Total', '', 1284300, 4682, 3.646, 1.0]]
    x = xlsx([('BU incidence', rows), ('Notes', [['Note'], ['Source: Auenwald Leben claims DWH, extract 2026-02-27'],
                                                 ['Aggregated; no individual data.']])],
             title='BU incidence by ICD chapter 2021-2025', author='Grace Okafor', ts='2026-02-27 16:20')
    return build(n, frm=S['carter'], to=[ext('Lukas Imhof', 'lukas.imhof@alpinare.example'), ext('Chiara Bernasconi', 'chiara.bernasconi@alpinare.example')],
                 cc=S['okafor'], subject='BU portfolio - incidence by ICD chapter 2021-2025',
                 date='2026-03-03 09:48', body=Mixed(Text(body), Att(x, MIME_XLSX, 'BU_incidence_ICD_chapter_2021-2025.xlsx')),
                 client=client, lang='en-GB')


@mail(13, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel baggage claim (suitcase lost on a flight to Lisbon, no health content): policy, claim number, payout to a PT IBAN', client='outlook-web')
def _(n, client):
    body = T("""
        Dear Ms Sousa,

        thank you for your patience. The airline has now confirmed in writing that your suitcase (file LIS-TP-44812) could not be traced, so we can settle your claim under your annual travel policy.

        Policy: RV-3308-1154 (Reiseschutz Jahrespaket Familie)
        Claim:  RG-26-00871

        Items listed by you                              EUR 1,145.00
        less depreciation (clothes older than 2 years)   EUR  -285.00
        less airline compensation already received       EUR  -220.00
        Amount payable                                   EUR    640.00

        As requested, we will pay into your Portuguese account:
        IBAN PT08 0035 0651 9540 0329 2204 3, Marta Sousa

        The receipts for the replacement clothes you bought in Lisbon were very helpful. You do not need to send anything else.

        Best regards,
        {{sig}}

        {{foot}}
        """, sig=sig('schulte'), foot=foot('allg'))
    return build(n, frm=S['schulte'], to=ext('Marta Sousa', 'marta.sousa@correio.example'),
                 subject='RE: lost suitcase - claim RG-26-00871', date='2026-04-08 16:51', body=Text(body),
                 client=client, lang='en-GB', irt='<CAF7ysd8811LisbonCase@correio.example>')


@mail(14, 'NORMAL', 'de', 'internal',
      'trap: data-protection quiz with a fictitious "Max Mustermann (fiktiv)", fake birth date and F32.1; no real person',
      client='thunderbird')
def _(n, client):
    body = T("""
        Liebe Kolleginnen und Kollegen der Leistungsabteilungen,

        wie in der Teamleiterrunde angekündigt, hier das kleine Datenschutz-Quiz für Ihre nächste Teambesprechung. Die Fälle sind frei erfunden, jede Ähnlichkeit mit echten Kunden wäre Zufall.

        Fall 1: Ein Kunde ruft an und bittet, die Arztrechnung seiner erwachsenen Tochter „schnell mal“ per Mail an ihn zu schicken. Dürfen Sie das?
        (Antwort: Nein. Die Tochter ist selbst versicherte Person; ohne ihre Einwilligung bekommt der Vater keine Gesundheitsdaten, auch wenn er den Beitrag zahlt.)

        Fall 2: In einer Testmail steht: „Max Mustermann (fiktiv), geb. 01.01.1970, Diagnose F32.1, Tarif AK 100“. Muss die Mail verschlüsselt werden?
        (Antwort: Es handelt sich um Testdaten ohne Bezug zu einer echten Person. Trotzdem: Testdaten immer deutlich als fiktiv kennzeichnen und nie aus echten Fällen „abwandeln“.)

        Fall 3: Ein Makler fragt per Mail nach dem Stand eines Leistungsfalls in der Krankentagegeldversicherung seines Kunden. Was brauchen Sie?
        (Antwort: Die Schweigepflichtentbindung bzw. Einwilligung des Kunden für den Makler; ohne sie nur die Auskunft, dass wir uns direkt beim Kunden melden.)

        Fall 4: Sie wollen einem Kollegen in der Kantine von einem besonders tragischen Fall erzählen, „ohne Namen“. In Ordnung?
        (Antwort: Vorsicht: Auch ohne Namen kann ein Fall durch Details erkennbar sein. § 203 StGB gilt auch in der Mittagspause.)

        Die Auflösung mit Erklärungen gibt es im Intranet unter Datenschutz > Schulungen. Über Rückmeldungen, welche Fragen in Ihren Teams am meisten diskutiert wurden, freue ich mich.

        Viele Grüße
        Thomas Ackermann

        -- 
        {{sig}}
        """, sig=sig('ackermann'))
    return build(n, frm=S['ackermann'], to=[BOX['leistung'], Address('Leistung Leben', 'leistung-leben', DOMAIN)],
                 subject='Datenschutz-Quiz für die Teamrunde (fiktive Fälle)', date='2026-01-21 13:40',
                 body=Text(body, cte='8bit', flow=True), client=client)


@mail(15, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'disability claim: company doctor asks a psychiatrist for a report on a named insured (birth date, F32.2, treatment since 2025)',
      client='thunderbird')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Kollegin Yilmaz,

        Herr Sven Adomeit, geb. 23.07.1984, wohnhaft Kassel, hat bei uns Leistungen aus seiner selbständigen Berufsunfähigkeitsversicherung (Vertrag BU 7 204 118-3) beantragt. Er gibt an, seit Oktober 2025 wegen einer schweren depressiven Episode (ICD-10 F32.2) bei Ihnen in Behandlung zu sein und seine Tätigkeit als Projektleiter im Anlagenbau seit dem 3. November 2025 nicht mehr ausüben zu können.

        Für die Prüfung bitten wir Sie um einen ärztlichen Befundbericht, insbesondere zu:

        1. Diagnosen mit Erstdiagnosedatum,
        2. bisherigem Verlauf, aktueller Medikation und Psychotherapie,
        3. Ihrer Einschätzung der Leistungsfähigkeit in Bezug auf die zuletzt ausgeübte Tätigkeit,
        4. der Prognose für die nächsten sechs Monate, ggf. geplanter Reha-Maßnahme.

        Eine Schweigepflichtentbindungserklärung von Herrn Adomeit vom 14.01.2026 liegt uns vor; eine Kopie schicke ich Ihnen gern per Fax. Die Kosten des Berichts übernehmen wir nach GOÄ Nr. 75 bzw. nach Ihrer Rechnung.

        Bitte senden Sie den Bericht nicht per unverschlüsselter Mail, sondern per Post oder über unser SecureMail-Portal.

        Mit kollegialen Grüßen

        {{sig}}

        {{foot}}
        """, sig=sig('kluge'), foot=foot('leben'))
    return build(n, frm=S['kluge'], to=ext('Dr. med. Meral Yilmaz', 'praxis@psychiatrie-yilmaz.example'),
                 subject='Befundbericht Herr S. Adomeit – BU 7 204 118-3', date='2026-01-27 10:15',
                 body=Text(body, cte='8bit', flow=True), client=client)


@mail(16, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'motor contract change for a named customer of the broker: policy number, new car with VIN and plate, SF class, premium')
def _(n, client):
    body = T("""
        Hallo Herr Koch,

        danke für die Unterlagen. Der Fahrzeugwechsel ist umgestellt:

        VN: Anja Scholz, Baunatal
        Vertrag: 40-8830117-K (Kfz-Haftpflicht + Vollkasko 500/150)
        neu ab 01.03.2026: Skoda Octavia Combi 2.0 TDI, FIN TMBJJ7NX5RY041287, amtl. Kennzeichen KS-AS 7
        SF-Klasse: KH SF 12 / VK SF 12 (Übernahme vom Vorversicherer bestätigt)
        Jahresbeitrag neu: 684,20 € (bisher 611,90 €), Zahlweise unverändert monatlich per Lastschrift

        Die neue Police geht morgen an Frau Scholz und als Kopie in Ihr Vermittlerpostfach. Die eVB 8KT4Q2M ist damit verbraucht.

        Den Zweitwagen (Twingo) hat Frau Scholz nach Ihrer Info zum 28.02. abgemeldet – die Abmeldebescheinigung der Zulassungsstelle fehlt mir noch, dann kann ich den Vertrag 40-8830118-K aufheben.

        {{sig}}

        {{foot}}
        """, sig=sig('brandt'), foot=foot('allg'))
    return build(n, frm=S['brandt'], to=ext('Henrik Koch', 'h.koch@brenner-koch.example'),
                 subject='AW: Fahrzeugwechsel Scholz 40-8830117-K', date='2026-03-03 17:09', body=Text(body),
                 client=client, lang='de-DE', irt='<000a01dcaa31$7f1e2b10$7d5a8130$@brenner-koch.example>')


@mail(17, 'NORMAL', 'en', 'internal',
      'grey zone, NORMAL: team lead says a developer is off until Monday and who covers; no reason given, nothing sensitive',
      client='iphone')
def _(n, client):
    body = T("""
        Hi all,

        quick one: Ana is off until Monday, Raj covers her on-call shift tonight and tomorrow. Please route anything on the payment interface to him. Sprint review stays on Thursday, I'll present Ana's part.

        Martin

        Sent from my iPhone
        """)
    return build(n, frm=S['novak'], to=Address('Team Claims Platforms', 'team-claims-platforms', DOMAIN),
                 subject='Ana out until Monday', date='2026-02-11 07:52', body=Text(body), client=client)


@mail(18, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
      'accident report to the statutory accident insurer for a named employee; the PDF has the ankle fracture and the D-doctor')
def _(n, client):
    body = T("""
        Sehr geehrte Damen und Herren,

        anbei übersenden wir die Unfallanzeige für unsere Mitarbeiterin Frau Svenja Lohse (Arbeitsunfall vom 05.03.2026 auf dem Betriebsgelände). Die Anzeige wurde mit der Fachkraft für Arbeitssicherheit und dem Betriebsrat abgestimmt; der Betriebsrat hat mitunterzeichnet.

        Unsere Mitgliedsnummer: 118 40 2213 7

        {{sig}}

        {{foot}}
        """, sig=sig('brueckner'), foot=foot('ag'))
    doc = pdf("""
        **UNFALLANZEIGE (§ 193 SGB VII)
        1 Unternehmen: Auenwald Versicherung AG, Fuldaer Ufer 12, 34117 Kassel
        2 Unternehmensnummer des Unfallversicherungsträgers: 118 40 2213 7
        3 Empfänger: Berufsgenossenschaft Verwaltung, Bezirksverwaltung Mitte

        **Versicherte Person
        4 Name, Vorname: Lohse, Svenja          5 Geburtsdatum: 17.06.1990
        6 Anschrift: Kirchweg 31, 34119 Kassel
        7 Geschlecht: weiblich                  8 Staatsangehörigkeit: deutsch
        9 Leiharbeitnehmer: nein                 10 Auszubildende: nein
        11 Beschäftigt als: Sachbearbeiterin Vertragsservice   seit: 01.08.2014
        12 Krankenkasse: BKK Fuldatal

        **Unfall
        13 Unfallzeitpunkt: 05.03.2026, 12:48 Uhr
        14 Unfallort: Gebäude A, Treppenhaus Nord zwischen 2. und 3. OG
        15 Ausführliche Schilderung: Frau Lohse ging auf dem Rückweg von der Kantine die Treppe hinauf, rutschte auf
           einer nassen Stufe (Reinigung kurz zuvor, Warnschild war umgefallen) ab und knickte mit dem rechten Fuß um.
        16 Verletzte Körperteile: rechtes Sprunggelenk
        17 Art der Verletzung: Fraktur des Außenknöchels rechts (Weber B), Prellung rechtes Knie
        18 Wer hat von dem Unfall zuerst Kenntnis genommen: Herr Tim Arnold (Kollege), Ersthelfer
        19 Erstbehandlung: Durchgangsarzt Dr. med. Jörg Weidemann, Unfallchirurgie Klinikum Fuldatal
        20 Beginn und Ende der Arbeitszeit: 7:30 - 16:00 Uhr
        21 Zum Unfallzeitpunkt beschäftigt im Unternehmensteil: Vertragsservice Sach
        22 Hat die versicherte Person die Arbeit eingestellt? sofort
        23 Arbeit wieder aufgenommen: nein, arbeitsunfähig voraussichtlich bis 17.04.2026 (OP am 06.03.2026)

        Kassel, 09.03.2026
        Unternehmer: i. A. Jonas Brückner, Personal      Betriebsrat: Sabine Krätzig
        """, title='Unfallanzeige Lohse 05.03.2026', author='Jonas Brückner', ts='2026-03-09 10:10')
    return build(n, frm=S['brueckner'], to=ext('BG Verwaltung – Unfallanzeigen', 'unfallanzeigen@bg-verwaltung.example'),
                 cc=S['kraetzig'], subject='Unfallanzeige Mitgliedsnr. 118 40 2213 7 – Unfall vom 05.03.2026',
                 date='2026-03-09 10:24', body=Mixed(Text(body), Att(doc, 'application/pdf', 'Unfallanzeige_Lohse_2026-03-05.pdf')),
                 client=client, lang='de-DE')


@mail(19, 'NORMAL', 'en', 'internal',
      'trap: head of HR sends sickness-absence rates per department for Q1 (aggregated, small units merged, no names)')
def _(n, client):
    body = T("""
        Dear colleagues,

        attached are the absence figures for Q1 2026, as discussed in the management meeting. A few points:

        - The overall sickness rate was 5.8 % (Q1 2025: 6.4 %). The flu wave in January is clearly visible.
        - Long-term absences (more than 6 weeks) account for roughly 40 % of all sick days, as in previous years.
        - Units with fewer than 10 employees are reported together under "small units" so that no individual can be identified. Please do not try to break the figures down further or ask your teams about individual absences.

        The works council has received the same file. Ayşe Demir will present the results of the health survey in April; if you would like to discuss measures for your area (e.g. workload, ergonomics), please contact her directly.

        Kind regards
        {{sig}}
        """, sig=sig('vollmer'))
    rows = [['Department', 'Headcount (FTE)', 'Sick days Q1', 'Sickness rate', 'of which > 6 weeks (days)', 'Rate Q1 2025'],
            ['Claims Motor', 86.4, 412, 0.0742, 168, 0.0781],
            ['Claims Liability & Property', 71.0, 301, 0.0663, 124, 0.0702],
            ['Health Benefits', 94.5, 398, 0.0659, 171, 0.0744],
            ['Life & Pensions Service', 58.2, 201, 0.0538, 77, 0.0581],
            ['Customer Service Health', 46.0, 188, 0.0637, 66, 0.0691],
            ['Group IT', 112.3, 292, 0.0406, 103, 0.0452],
            ['Finance & Actuarial', 39.8, 94, 0.0369, 0, 0.0412],
            ['small units (HR, Legal, Comms, Purchasing, Board Office)', 44.6, 131, 0.0457, 52, 0.0498],
            ['Total', 552.8, 2017, 0.0580, 761, 0.0640]]
    x = xlsx([('Q1 2026', rows)], title='Absence report Q1 2026', author='HR Analytics', ts='2026-04-09 17:30')
    return build(n, frm=S['vollmer'], to=BOX['fuehrung'], cc=S['kraetzig'], subject='Absence report Q1 2026',
                 date='2026-04-10 08:05', body=Mixed(Text(body), Att(x, MIME_XLSX, 'Absence_Q1_2026_by_department.xlsx')),
                 client=client, lang='en-GB')


@mail(20, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household water-damage claim of a named customer: claim and policy number, insured address, damaged items, payout')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Albrecht,

        vielen Dank für das Telefonat heute Morgen und die nachgereichten Fotos.

        Zu Ihrem Leitungswasserschaden in der Wohnung Wilhelmshöher Allee 244, 2. OG links, 34119 Kassel, können wir wie folgt regulieren:

        Schadennummer: SH-2026-004512
        Hausratversicherung: HR 55 031 889, Versicherungssumme 65.000 €

        Laminat und Trittschalldämmung im Wohnzimmer gehören zum Gebäude und werden über die Wohngebäudeversicherung Ihres Vermieters reguliert – bitte geben Sie ihm die Schadennummer weiter, falls er Rückfragen hat.

        Aus der Hausratversicherung ersetzen wir:
        - Teppich (Kaufbeleg 2022)                 590,00 €
        - Sideboard, Zeitwert lt. Gutachten         780,00 €
        - Bücher/Schallplatten, Pauschale          460,00 €
        - Trocknungsgerät (Miete 14 Tage)          300,00 €
        Summe                                     2.130,00 €

        Eine Selbstbeteiligung ist in Ihrem Tarif nicht vereinbart. Den Betrag überweisen wir in den nächsten Tagen auf das Konto, von dem auch Ihr Beitrag abgebucht wird.

        {{sig}}

        {{foot}}
        """, sig=sig('wirth'), foot=foot('allg'))
    return build(n, frm=S['wirth'], to=ext('Carola Albrecht', 'carola.albrecht@kabelpost.example'),
                 subject='Ihr Leitungswasserschaden SH-2026-004512', date='2026-02-05 11:37', body=Text(body),
                 client=client, lang='de-DE')


@mail(21, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'harmless body; the ZIP holds an XLSX payroll sample with birth dates, salaries and the church-tax denomination (religion)')
def _(n, client):
    body = T("""
        Hallo Frau Lange,

        anbei wie besprochen die Stichprobe für Ihre Prüfung der Lohnsteuerabzüge März (12 Fälle, Zufallsauswahl aus dem Abrechnungslauf vom 25.03.). Die Datei ist ausnahmsweise nicht verschlüsselt, weil der Upload ins Prüfungslaufwerk gestern nicht funktioniert hat. Bitte nach der Prüfung löschen.

        {{sig}}
        """, sig=sig('sauer'))
    rows = [['PNr', 'Name', 'Vorname', 'Geburtsdatum', 'StKl', 'Kinderfreibeträge', 'Konfession', 'Brutto März', 'LSt', 'SolZ', 'KiSt'],
            [38115, 'Bachmann', 'Ingrid', '1968-02-14', 'IV', 1.0, 'ev', 5120.00, 902.41, 0.00, 72.19],
            [38702, 'Yıldız', 'Emre', '1989-11-03', 'III', 2.0, '--', 4480.00, 410.75, 0.00, 0.00],
            [39010, 'Pohl', 'Sebastian', '1984-07-21', 'I', 0.0, 'rk', 4210.00, 624.16, 0.00, 49.93],
            [39552, 'Karow', 'Dennis', '1979-03-30', 'I', 0.5, 'rk', 3880.00, 540.08, 0.00, 43.20],
            [40118, 'Hoffmeister', 'Julia', '1993-05-09', 'I', 0.0, '--', 3650.00, 476.50, 0.00, 0.00],
            [40533, 'Kuhn', 'Marlene', '1971-12-01', 'V', 0.0, 'ev', 2980.00, 611.33, 0.00, 48.90],
            [40871, 'Gerlach', 'Timo', '1987-08-19', 'IV', 1.0, 'ev', 4390.00, 688.00, 0.00, 46.54],
            [41022, 'Nguyen', 'Thi Lan', '1995-04-27', 'I', 0.0, '--', 3720.00, 492.83, 0.00, 0.00],
            [41207, 'Oberle', 'Nadine', '1986-10-12', 'II', 1.0, 'rk', 4310.00, 583.16, 0.00, 36.47],
            [41340, 'Schuster', 'Kai', '1991-01-15', 'I', 0.0, 'ak', 3950.00, 555.91, 0.00, 44.47],
            [41788, 'Rademacher', 'Felix', '1990-09-08', 'I', 0.0, '--', 6208.33, 1347.83, 0.00, 0.00],
            [36884, 'Lohse', 'Svenja', '1990-06-17', 'III', 1.0, 'ev', 3890.00, 262.58, 0.00, 12.21]]
    x = xlsx([('Stichprobe_03_2026', rows)], title='Stichprobe LSt 03/2026', author='Melanie Sauer', ts='2026-03-27 14:02')
    z = zip_bytes([('Stichprobe_LSt_03_2026/Stichprobe_LSt_03_2026.xlsx', x, (2026, 3, 27, 14, 2, 10)),
                   ('Stichprobe_LSt_03_2026/Hinweis.txt',
                    'Stichprobe aus Abrechnungslauf 03/2026, 12 Faelle, Zufallsauswahl SAP HCM Report ZPY_SAMPLE.\r\n'
                    'Spalte Konfession: Kirchensteuermerkmal lt. ELStAM.\r\n', (2026, 3, 27, 14, 3, 0))])
    return build(n, frm=S['sauer'], to=Address('Britta Lange', 'britta.lange', DOMAIN),
                 subject='Stichprobe LSt März', date='2026-03-27 14:09',
                 body=Mixed(Text(body), Att(z, 'application/zip', 'Stichprobe_LSt_03_2026.zip')), client=client, lang='de-DE')


@mail(22, 'NORMAL', 'de', 'insurer-to-press',
      'trap: press release on a new long-term-care supplement tariff with national care statistics; no individual', client='outlook')
def _(n, client):
    body = T("""
        Sehr geehrte Damen und Herren,

        anbei unsere Pressemitteilung zum Start der neuen Pflegezusatzversicherung „PflegePlus flex“. Für Interviews steht Ihnen unsere Vorständin Dr. Eva Sandmann am 14. und 15. April zur Verfügung; Terminwünsche gern an mich.

        Sperrfrist: 14.04.2026, 10:00 Uhr

        {{sig}}
        """, sig=sig('fuchs'))
    doc = pdf("""
        **Pressemitteilung
        Kassel, 14. April 2026

        **Auenwald startet Pflegezusatzversicherung „PflegePlus flex“: Pflegegeld ab Pflegegrad 2 frei wählbar

        Die Auenwald Krankenversicherung AG bringt zum 1. Mai 2026 eine neue Pflegezusatzversicherung auf den Markt.
        Versicherte wählen ein monatliches Pflegegeld zwischen 300 und 3.000 Euro, das ab Pflegegrad 2 gestaffelt
        ausgezahlt wird - unabhängig davon, ob die Pflege zu Hause durch Angehörige, durch einen ambulanten
        Pflegedienst oder im Heim erfolgt.

        Hintergrund: In Deutschland sind nach Angaben des Statistischen Bundesamtes rund 5,7 Millionen Menschen
        pflegebedürftig, etwa vier von fünf werden zu Hause versorgt. Der durchschnittliche Eigenanteil für einen
        Heimplatz liegt im ersten Aufenthaltsjahr bei mehr als 2.900 Euro im Monat.

        „Die gesetzliche Pflegeversicherung ist eine Teilkaskoversicherung. Wer die Lücke schließen will, sollte das
        tun, solange er gesund ist“, sagt Dr. Eva Sandmann, Vorständin der Auenwald Krankenversicherung.
        Aufnahme ist bis zum Alter von 70 Jahren möglich; es gelten vereinfachte Gesundheitsfragen, bei Demenz und
        bestehender Pflegebedürftigkeit ist ein Abschluss ausgeschlossen.

        Beispielbeitrag: Eine 45-jährige Person zahlt für 1.500 Euro Pflegegeld in Pflegegrad 5 rund 38 Euro monatlich.

        Pressekontakt: Sandra Fuchs, +49 561 7080-1100, presse@auenwald-versicherung.example
        """, title='PM PflegePlus flex', author='Unternehmenskommunikation', ts='2026-04-10 16:45')
    return build(n, frm=S['fuchs'], to=BOX['presse'],
                 subject='Pressemitteilung (Sperrfrist 14.04., 10 Uhr): Auenwald startet „PflegePlus flex“',
                 date='2026-04-13 15:30', body=Mixed(Text(body), Att(doc, 'application/pdf', 'PM_2026-04-14_PflegePlus_flex.pdf')),
                 client=client, lang='de-DE')


@mail(23, 'CONFIDENTIAL', 'en', 'insurer-to-partner',
      'grey zone: cargo claim of a corporate policyholder with its named logistics manager, policy and claim numbers, loss amount')
def _(n, client):
    body = T("""
        Dear Mr de Vries,

        we hereby instruct you to survey the following consignment on our behalf:

        Assured:        Nordhessische Maschinenbau GmbH, Lohfelden (Germany)
        Open cover:     OC-2025-0088 (ICC A, warehouse to warehouse)
        Our claim ref.: 2026-TR-0031
        Consignment:    1 CNC machining centre type NMB-VX 650, 1 x 40' flat rack, container TGHU 884102-7
        Voyage:         Shanghai - Rotterdam, MV "Hanne Maersk Example", discharged 16 March 2026
        Damage:         visible impact damage to the spindle housing, lashing broken; insured value EUR 418,000

        The contact at the assured is Mr Jens Wollny, Logistics Manager, phone +49 561 55501-230, mobile +49 160 5550 1987. He will be at the ECT terminal on Friday morning with the manufacturer's service engineer.

        Please preserve our rights of recovery against the carrier (notice of claim was sent on 17 March) and send us a preliminary report with photos within five working days.

        {{sig}}
        """, sig=sig('petersen'))
    return build(n, frm=S['petersen'], to=ext('Pieter de Vries', 'p.devries@maasmarine-surveyors.example'),
                 cc=ext('Jens Wollny', 'j.wollny@nh-maschinenbau.example'),
                 subject='Survey instruction 2026-TR-0031 / Nordhessische Maschinenbau / TGHU 884102-7',
                 date='2026-03-18 09:12', body=Text(body), client=client, lang='en-GB')


@mail(24, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'manager forwards (as attached mail) a developer telling him she is pregnant with due date; asks HR about maternity protection')
def _(n, client):
    inner = ext_mail(
        frm=Address('Laura Bennett', 'laura.bennett', DOMAIN), to=S['novak'].addr,
        subject='Personal - please keep to yourself for now', date='2026-03-02 18:34', client='outlook',
        body=Text(T("""
            Hi Martin,

            I wanted you to hear it from me before anyone else: I'm pregnant, 12 weeks now, and everything looks fine so far. The due date is 14 September.

            I'd like to tell the team myself after my next check-up on the 20th, so please keep it between us until then.

            Two practical things: my doctor says I shouldn't do the night on-call shifts any more, and I'd like to take parental leave for about 10 months after the maternity leave, then come back part-time (30 h). Can we talk about that in our 1:1 next week?

            Thanks,
            Laura
            """)))
    body = T("""
        Hi Katrin,

        Laura Bennett (dev team) told me she's expecting, see her mail attached. She's fine with me involving HR, but not the team yet.

        What do I need to do now? I assume the maternity protection rules apply from today (no night on-call - I've already taken her off the rota), and I remember we need a risk assessment for her workplace. Should I fill that in with occupational health or does HR start it?

        Also: she'd like 10 months of parental leave and then part-time. Any reason not to agree?

        {{sig}}
        """, sig=sig('novak'))
    return build(n, frm=S['novak'], to=S['vollmer'], subject='FW: Personal - please keep to yourself for now',
                 date='2026-03-03 08:20', body=Mixed(Text(body), Fwd(inner)), client=client, lang='en-US')


@mail(25, 'NORMAL', 'en', 'internal',
      'trap: SOC warns all staff about a phishing wave with a fake "health claim rejected / update your IBAN" lure; no real data')
def _(n, client):
    body = T("""
        SECURITY ALERT - phishing wave "health claim rejected"

        Dear colleagues,

        since this morning we see a phishing campaign targeting our staff. The mails look like a message from a health insurer and read roughly:

            Subject: Your claim 2026-88321 has been rejected - medical report attached
            "Dear customer, your medical invoice could not be reimbursed because your IBAN is invalid.
             Please log in within 24 hours to update your bank details and view the doctor's report."

        The link leads to a fake login page (auenwald-secure-login.example) that asks for your Windows password and MFA code.

        What to do:
        - Do NOT click the link or open the attachment "Arztbericht.html".
        - Use the "Report phishing" button in Outlook. Do not forward the mail to colleagues.
        - If you have already entered your password: call the Service Desk immediately (ext. 2200), 24/7.

        Note: the mails are not connected to any real claim or customer. Our own systems are not affected. We have blocked the sender domain and the link at the proxy; about 140 mails were delivered before the block.

        Thank you for staying alert.

        {{sig}}
        """, sig=sig('raman'))
    return build(n, frm=S['raman'], to=Address('All staff', 'alle-mitarbeitenden', DOMAIN),
                 subject='[SECURITY ALERT] Phishing: "health claim rejected - update your IBAN"',
                 date='2026-02-18 10:41', body=Text(body), client=client, extra=[('Importance', 'high'), ('X-Priority', '1')])


@mail(26, 'CONFIDENTIAL', 'de', 'internal',
      'works-council hearing (sect. 102 BetrVG) on a probation dismissal; DOCX with birth date, salary, family status and reasons')
def _(n, client):
    body = T("""
        Liebe Frau Krätzig,

        anbei die Anhörung des Betriebsrats zur beabsichtigten ordentlichen Kündigung von Herrn Rausch (Kfz-Schaden) innerhalb der Probezeit. Das Original habe ich Ihnen heute um 10:15 Uhr ins Betriebsratsbüro gebracht; die Wochenfrist läuft ab heute.

        Für Rückfragen stehen Herr Reinholz und ich Ihnen gern zur Verfügung, z. B. morgen um 14 Uhr.

        {{sig}}
        """, sig=sig('brueckner'))
    doc = docx([
        ('h', 'Anhörung des Betriebsrats gemäß § 102 BetrVG'),
        'An den Betriebsrat der Auenwald Versicherung AG, Standort Kassel, z. Hd. der Vorsitzenden Frau Sabine Krätzig',
        'Kassel, 22. April 2026',
        'Die Arbeitgeberin beabsichtigt, das Arbeitsverhältnis mit dem nachstehend genannten Arbeitnehmer ordentlich '
        'fristgerecht innerhalb der Probezeit zu kündigen.',
        ('table', [['Angabe', 'Inhalt'],
                   ['Name, Vorname', 'Rausch, Kevin'],
                   ['Personalnummer', '41560'],
                   ['Geburtsdatum', '11.09.1998'],
                   ['Anschrift', 'Ihringshäuser Str. 88, 34125 Kassel'],
                   ['Eintritt', '01.11.2025 (Probezeit 6 Monate bis 30.04.2026)'],
                   ['Tätigkeit', 'Sachbearbeiter Kfz-Schaden, Team 3'],
                   ['Vergütung', '3.480,00 EUR brutto monatlich, TG IV'],
                   ['Familienstand / Unterhaltspflichten', 'ledig, keine bekannt'],
                   ['Kündigungsfrist', 'zwei Wochen (§ 622 Abs. 3 BGB)'],
                   ['beabsichtigter Beendigungszeitpunkt', '08.05.2026 bei Zugang am 24.04.2026']]),
        ('b', 'Kündigungsgründe'),
        'Herr Rausch erreicht auch nach Abschluss der Einarbeitung nicht die Anforderungen der Stelle. Die '
        'Fehlerquote bei den Regulierungsentscheidungen lag in den Qualitätsstichproben Januar bis März bei 19 % '
        '(Teamdurchschnitt 4 %). Es kam zu zwei Überzahlungen (1.840 EUR und 2.215 EUR), die nur durch die '
        'Vier-Augen-Kontrolle entdeckt wurden. Feedbackgespräche fanden am 19.01., 23.02. und 30.03.2026 statt; '
        'eine Verbesserung ist nicht eingetreten.',
        'Eine Weiterbeschäftigung auf einem anderen freien Arbeitsplatz ist nicht möglich.',
        'Wir bitten den Betriebsrat um Stellungnahme innerhalb der gesetzlichen Frist.',
        'i. A. Jonas Brückner, Personal',
    ], title='Anhörung § 102 BetrVG Rausch', author='Jonas Brückner', ts='2026-04-22 09:30')
    return build(n, frm=S['brueckner'], to=S['kraetzig'], cc=BOX['betriebsrat'],
                 subject='Anhörung gem. § 102 BetrVG – Herr Rausch, PNr. 41560', date='2026-04-22 10:31',
                 body=Mixed(Text(body), Att(doc, MIME_DOCX, 'Anhoerung_102_Rausch.docx')), client=client, lang='de-DE')


@mail(27, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'cost-coverage promise to a hospital for a named insured (birth date) for a knee replacement (M17.1), elective services')
def _(n, client):
    body = T("""
        Sehr geehrte Damen und Herren,

        für unsere Versicherte

            Frau Gisela Brandl, geb. 12.12.1956
            Versicherungsnummer: KV 104 887 251 (Tarife AK 100, SK 1 – Einbettzimmer, Chefarzt)

        erklären wir die Kostenübernahme für den geplanten stationären Aufenthalt ab 20.04.2026 in Ihrer Klinik für Orthopädie und Unfallchirurgie (Prof. Dr. Lennartz):

            Diagnose: M17.1 Gonarthrose rechts
            Eingriff: Implantation einer Knie-Totalendoprothese rechts (OPS 5-822.g1)
            voraussichtliche Verweildauer: 7 Tage, anschließend AHB

        Die allgemeinen Krankenhausleistungen rechnen Sie bitte direkt mit uns ab (DRG nach KHEntgG). Die Wahlleistungen Einbettzimmer und Chefarztbehandlung sind versichert; die Wahlleistungsvereinbarung muss von Frau Brandl selbst unterschrieben werden.

        Die Kostenübernahme gilt für 14 Tage; für einen längeren Aufenthalt bitten wir um einen kurzen ärztlichen Verlängerungsantrag.

        {{sig}}

        {{foot}}
        """, sig=sig('lindner'), foot=foot('kranken'))
    return build(n, frm=S['lindner'], to=ext('Patientenaufnahme Klinikum Fuldatal', 'patientenaufnahme@klinikum-fuldatal.example'),
                 subject='Kostenübernahme Brandl, Gisela, geb. 12.12.1956 – Aufnahme 20.04.2026',
                 date='2026-04-09 13:58', body=Text(body), client=client, lang='de-DE')


@mail(28, 'NORMAL', 'de', 'internal',
      'trap: training catalogue Q2 (first aid, psychological first aid with distressed customers, professional secrecy); no person')
def _(n, client):
    body = T("""
        Hallo zusammen,

        das Seminarprogramm für das 2. Quartal ist online. Anmeldung wie immer über das Lernportal, Freigabe durch die Führungskraft. Die Highlights:

        Erste-Hilfe-Grundausbildung (9 Unterrichtseinheiten, zugleich Ausbildung zum betrieblichen Ersthelfer)
          15.04. und 13.05., jeweils 8:30–16:30 Uhr, Schulungsraum C.201, Referent: DRK Kreisverband
          Bitte bevorzugt Kolleginnen und Kollegen aus Etagen ohne ausreichend Ersthelfer anmelden (Liste im Intranet).

        Psychische Erste Hilfe im Kundengespräch
          22.04., 9–13 Uhr, online. Für alle, die mit Kundinnen und Kunden in belastenden Situationen sprechen: Todesfall, schwere Diagnose, Suizidandrohung am Telefon. Mit Fallübungen (fiktiv) und Hinweisen zur eigenen Abgrenzung.

        Resilienz im Leistungsalltag
          06.05. und 07.05., je halbtags, Referentin: Dipl.-Psych. Anne Wolter (extern)

        Schweigepflicht nach § 203 StGB und Datenschutz für neue Mitarbeitende
          jeden ersten Dienstag im Monat, 10–11:30 Uhr, mit Thomas Ackermann (Pflicht im ersten Beschäftigungsjahr)

        Excel für Fortgeschrittene, Schreibwerkstatt „Verständliche Kundenbriefe“, Englisch B2 für die Assistance – siehe Katalog.

        Wer einen Kurs absagt, bitte spätestens drei Tage vorher im Lernportal stornieren, sonst fallen Stornokosten für die Kostenstelle an.

        {{sig}}
        """, sig=sig('engel'))
    return build(n, frm=S['engel'], to=BOX['alle'], subject='Seminarprogramm Q2/2026 ist online',
                 date='2026-03-09 09:00', body=Text(body), client=client, lang='de-DE')


@mail(29, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal-expenses cover confirmation for a named customer in a tenancy dispute: policy and claim number, amount in dispute')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Ebeling,

        Sie haben uns mitgeteilt, dass Ihr Vermieter aus der Nebenkostenabrechnung 2024 eine Nachzahlung von 1.286,40 € verlangt und Sie die Umlage der Hausmeisterkosten für falsch halten.

        Für die außergerichtliche und ggf. gerichtliche Interessenwahrnehmung sagen wir Ihnen Versicherungsschutz zu:

            Versicherungsschein: RS 2204 771 (Privat-, Berufs- und Wohnungs-Rechtsschutz für Mieter)
            Schadennummer:       RS-26-10477
            Gegner:              Hausverwaltung Ringel & Söhne, Kassel
            Selbstbeteiligung:   150 €

        Sie können eine Rechtsanwältin oder einen Rechtsanwalt Ihrer Wahl beauftragen; auf Wunsch nennen wir Ihnen auch eine Kanzlei aus unserem Netzwerk. Bitte geben Sie dort unsere Schadennummer an – die Kanzlei rechnet dann direkt mit uns ab.

        Alternativ bieten wir Ihnen eine kostenlose telefonische Mediation an; in Mietsachen lassen sich viele Fälle so in wenigen Wochen lösen.

        {{sig}}

        {{foot}}
        """, sig=sig('kaminski'), foot=foot('rs'))
    return build(n, frm=S['kaminski'], to=ext('Frank Ebeling', 'frank.ebeling@mailpost.example'),
                 subject='Deckungszusage RS-26-10477 – Nebenkostenabrechnung 2024', date='2026-03-12 10:44',
                 body=Text(body), client=client, lang='de-DE')


@mail(30, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'life insurance (personal line): beneficiary change confirmed for a named customer; contract number, sum insured, beneficiary birth date')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Petzold,

        wir haben Ihre Erklärung vom 2. März 2026 erhalten und das Bezugsrecht für den Todesfall wie gewünscht geändert.

        Vertrag:             Risikolebensversicherung LV 3 118 402 716
        versicherte Person:  Annette Petzold
        Versicherungssumme:  250.000 € (konstant), Ablauf 01.07.2044

        Bezugsberechtigt im Todesfall ist ab sofort widerruflich:
            Herr Marco Dreyer, geb. 29.10.1981 (Lebensgefährte)

        Das bisherige Bezugsrecht zugunsten Ihres früheren Ehemanns ist damit erloschen. Ein Nachtrag zum Versicherungsschein geht Ihnen in den nächsten Tagen per Post zu.

        Bitte beachten Sie: Weil Sie und Herr Dreyer nicht verheiratet sind, kann bei einer Auszahlung Erbschaftsteuer anfallen. Eine Über-Kreuz-Gestaltung (Herr Dreyer als Versicherungsnehmer) kann das vermeiden. Wenn Sie dazu eine Beratung wünschen, melden Sie sich gern.

        {{sig}}

        {{foot}}
        """, sig=sig('weiss'), foot=foot('leben'))
    return build(n, frm=S['weiss'], to=ext('Annette Petzold', 'a.petzold@webpost.example'),
                 subject='Änderung des Bezugsrechts – LV 3 118 402 716', date='2026-03-06 09:26',
                 body=Text(body), client=client, lang='de-DE')


@mail(31, 'NORMAL', 'en', 'insurer-to-customer',
      'trap: portal notification "new secure message" that explains why health and bank data only go via the portal; no content',
      client='system')
def _(n, client):
    plain = T("""
        Dear Mr Okonkwo,

        You have a new message in your Auenwald SecureMail mailbox.

        For your protection we do not send the content by normal e-mail. Messages that may contain health information, bank details or other confidential data are delivered only through the encrypted portal.

        Log in here: https://securemail.auenwald-versicherung.example/inbox

        If you have forgotten your password, use "Reset password" on the login page; you will need the answer to your security question. We will never ask you for your password by e-mail or telephone.

        This is an automatic notification. Please do not reply to this e-mail.

        Auenwald Versicherung
        Fuldaer Ufer 12, 34117 Kassel
        """)
    html = T("""
        <html><head><meta charset="us-ascii"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <div style="border-top:4px solid #2f6b4f;padding:16px;max-width:560px">
        <p>Dear Mr Okonkwo,</p>
        <p><b>You have a new message in your Auenwald SecureMail mailbox.</b></p>
        <p>For your protection we do not send the content by normal e-mail. Messages that may contain health
        information, bank details or other confidential data are delivered only through the encrypted portal.</p>
        <p><a href="https://securemail.auenwald-versicherung.example/inbox"
        style="background:#2f6b4f;color:#fff;padding:8px 14px;text-decoration:none">Open SecureMail</a></p>
        <p style="font-size:12px;color:#666">If you have forgotten your password, use "Reset password" on the login page;
        you will need the answer to your security question. We will never ask you for your password by e-mail or telephone.</p>
        <p style="font-size:12px;color:#666">This is an automatic notification. Please do not reply to this e-mail.<br>
        Auenwald Versicherung, Fuldaer Ufer 12, 34117 Kassel</p>
        </div></body></html>
        """)
    return build(n, frm=BOX['securemail'], to=ext('Chinedu Okonkwo', 'c.okonkwo@fastpost.example'),
                 subject='You have a new secure message', date='2026-04-02 06:15',
                 body=Alt(Text(plain, charset='us-ascii', cte='7bit'), Html(html, charset='us-ascii', cte='7bit')),
                 client=client)


@mail(32, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'garnishment: third-party debtor statement about a named employee (birth date, net income, maintenance duty, amount seized)')
def _(n, client):
    body = T("""
        Sehr geehrte Damen und Herren,

        in der Zwangsvollstreckungssache

            Ihre Mandantin: Möbelhaus Kästner GmbH & Co. KG
            gegen: Herrn Marcel Vogt, geb. 02.04.1985
            Pfändungs- und Überweisungsbeschluss des AG Kassel vom 24.02.2026, Az. 641 M 1123/26
            Ihr Zeichen: 2210/25-K

        geben wir als Drittschuldnerin folgende Erklärung nach § 840 Abs. 1 ZPO ab:

        1. Wir erkennen die Forderung des Schuldners auf Arbeitseinkommen als begründet an und sind zur Zahlung des pfändbaren Teils bereit.
        2. Herr Vogt ist bei uns seit 01.09.2019 in einem unbefristeten Arbeitsverhältnis beschäftigt. Das monatliche Nettoeinkommen beträgt derzeit ca. 2.610 €.
        3. Nach unseren Unterlagen ist Herr Vogt einem Kind gegenüber zum Unterhalt verpflichtet. Der pfändbare Betrag nach der Tabelle zu § 850c ZPO beträgt danach 312,39 € monatlich.
        4. Es bestehen vorrangige Pfändungen: Pfändung des Finanzamts Kassel vom 11.07.2025 (Restforderung ca. 1.140 €). Ihre Pfändung ist nachrangig; mit Zahlungen an Ihre Mandantin ist voraussichtlich ab Juni 2026 zu rechnen.
        5. Ansprüche anderer Personen auf die Forderung sind uns nicht bekannt.

        Diese Erklärung erfolgt ohne Anerkennung einer Rechtspflicht über den gesetzlichen Umfang hinaus.

        {{sig}}

        {{foot}}
        """, sig=sig('sauer'), foot=foot('ag'))
    return build(n, frm=S['sauer'], to=ext('RAe Dr. Pfeil & Kollegen', 'zv@pfeil-kollegen.example'),
                 cc=BOX['entgelt'], subject='Drittschuldnererklärung § 840 ZPO – Ihr Zeichen 2210/25-K – 641 M 1123/26',
                 date='2026-03-10 14:37', body=Text(body), client=client, lang='de-DE')


@mail(33, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'occupational physician tells HR and the manager the work restrictions of a named employee (max 6 h screen work, no headset)')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Brückner,
        sehr geehrter Herr Dietz,

        Frau Marlene Kuhn (Kundenservice Kranken) war heute auf eigenen Wunsch bei mir in der arbeitsmedizinischen Sprechstunde. Sie hat mich ausdrücklich und schriftlich ermächtigt, Ihnen das folgende Ergebnis mitzuteilen. Befunde und Diagnosen unterliegen der ärztlichen Schweigepflicht und werden Ihnen nicht mitgeteilt.

        Ergebnis der arbeitsmedizinischen Beurteilung vom 24.03.2026:
        - Tätigkeit am Bildschirmarbeitsplatz ist weiterhin möglich,
        - bis zum 31.07.2026 höchstens 6 Stunden täglich,
        - bis auf Weiteres kein Einsatz in der telefonischen Hotline mit Headset; schriftliche Kundenkommunikation ist uneingeschränkt möglich,
        - regelmäßige Kurzpausen (5 Minuten je Stunde).

        Eine erneute Vorstellung ist für Juli vereinbart. Bitte besprechen Sie die Umsetzung direkt mit Frau Kuhn; bei Fragen zur Arbeitsplatzgestaltung unterstütze ich gern.

        Mit freundlichen Grüßen
        {{sig}}
        """, sig=sig('albers'))
    return build(n, frm=S['albers'], to=[S['brueckner'], S['dietz']],
                 subject='Arbeitsmedizinische Beurteilung – Einsatzempfehlung Frau Kuhn', date='2026-03-24 15:12',
                 body=Text(body), client=client, lang='de-DE', extra=[('Sensitivity', 'Private')])


@mail(34, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: order for certified destruction of claims files with medical reports (DIN 66399, processor agreement); no person')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Mertens,

        wie telefonisch besprochen beauftragen wir Sie mit der Vernichtung der aufbewahrungsfristfreien Papierakten aus dem Archiv Leistung Kranken und Leben (Aktenjahrgänge bis 2014).

        Umfang: ca. 40 Sicherheitsbehälter à 240 l, Abholung Archiv Gebäude C, Untergeschoss
        Termin: Dienstag, 14.04.2026, ab 7:00 Uhr
        Sicherheitsstufe: P-4 nach DIN 66399 (die Akten enthalten Arztberichte, Gutachten und Arztrechnungen, also Gesundheitsdaten)
        Schutzklasse: 3

        Bitte beachten Sie:
        - Der Transport erfolgt in verschlossenen Behältern ohne Zwischenlagerung; die Vernichtung am selben Tag.
        - Ihre Mitarbeitenden müssen auf die Verschwiegenheit nach § 203 StGB verpflichtet sein; bitte senden Sie uns die unterschriebenen Verpflichtungserklärungen der eingesetzten Fahrer vorab.
        - Der Vertrag zur Auftragsverarbeitung vom 02.05.2023 gilt unverändert; Herr Ackermann (Datenschutz) begleitet die Abholung.
        - Nach Abschluss benötigen wir das Vernichtungsprotokoll mit Behälternummern.

        Bestellnummer: 4500-118402, Kostenstelle 3390.

        {{sig}}

        {{foot}}
        """, sig=sig('voss'), foot=foot('ag'))
    return build(n, frm=S['voss'], to=ext('Stefan Mertens', 's.mertens@aktenwolf.example'), cc=S['ackermann'],
                 subject='Auftrag Aktenvernichtung 14.04.2026 – Bestellnr. 4500-118402', date='2026-03-25 11:20',
                 body=Text(body), client=client, lang='de-DE')


@mail(35, 'CONFIDENTIAL', 'en', 'internal',
      'onboarding ticket for a named new employee with her date of birth (badge/ID check) and private e-mail address', client='outlook-web')
def _(n, client):
    body = T("""
        Hello Service Desk,

        please set up the accounts for the following new starter (onboarding ticket ONB-2026-0412):

        Name:            Aylin Korkmaz
        Date of birth:   22/08/1997   (needed for the badge system and the ID check on day one)
        Start date:      01/04/2026
        Department:      Health Benefits, team Outpatient 2 (cost centre 3310)
        Line manager:    Petra Lindner
        Role profile:    LEI-KV-SB (claims system KV-Leistung, DMS read/write, no payment release)
        Private e-mail:  aylin.korkmaz97@freemail.example (for the welcome mail only)
        Mobile:          +49 151 5550 8841 (for the initial password SMS)

        Laptop and headset should be at the reception on 1 April, 8:00. She works at the Kassel office Mon-Thu and from home on Fridays.

        Thanks!
        {{sig}}
        """, sig=sig('hofmann'))
    return build(n, frm=S['hofmann'], to=BOX['servicedesk'], subject='ONB-2026-0412 new starter 01/04 - Health Benefits',
                 date='2026-03-13 10:02', body=Text(body), client=client)


@mail(36, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'facultative disability underwriting request to the reinsurer: named applicant, birth year, hypertension, disc prolapse, BMI (PDF)')
def _(n, client):
    body = T("""
        Dear Chiara,

        we would like to offer the following case facultatively, as it exceeds our retention for dentists:

        Applicant:     Dr. Felix Thamm, self-employed dentist (own practice), Göttingen
        Born:          1979 (age 46)
        Cover:         BU annuity EUR 36,000 p.a. to age 67, plus premium waiver
        Our ref.:      ANT-L-2026-00317

        Medical summary (details in the attached underwriting summary):
        - essential hypertension (I10), diagnosed 2021, well controlled on ramipril 5 mg; last readings 128/82
        - lumbar disc prolapse L5/S1 (M51.1) 2019, conservative treatment, physiotherapy, symptom-free since 2020
        - BMI 31.4

        Our proposal: standard terms for the hypertension, exclusion for lumbar spine disorders for 5 years, +25 % for build. Could you give us your terms by Thursday? The broker is pushing because the applicant's old policy lapses on 1 May.

        {{sig}}
        """, sig=sig('carter'))
    doc = pdf("""
        **Auenwald Lebensversicherung AG - Underwriting summary (confidential, medical)
        Ref. ANT-L-2026-00317          Date: 24 March 2026          Underwriter: Dr. med. Stefan Kluge

        **Applicant
        Name: Dr. Felix Thamm          Date of birth: 14 February 1979          Sex: male
        Occupation: dentist, self-employed, 100 % chairside work, no anaesthesia practice
        Sum insured: BU annuity EUR 36,000 p.a., term to age 67, premium waiver

        **Declared medical history
        1. Essential hypertension (I10), diagnosed 03/2021 by GP Dr. Weber, Göttingen. Ramipril 5 mg daily.
           Attending physician's statement of 10 March 2026: BP 128/82, ECG normal, no end-organ damage.
        2. Lumbar disc prolapse L5/S1 (M51.1), 09/2019. MRI confirmed, conservative therapy, 12 sessions physio,
           no surgery, no incapacity for work longer than 3 weeks. No complaints since 2020.
        3. Height 183 cm, weight 105 kg, BMI 31.4. Lipids: total cholesterol 232 mg/dl.
        4. No psychiatric history, no tobacco, alcohol 'occasionally'.

        **Proposed decision
        Hypertension: standard. Spine: exclusion of disorders of the lumbar spine, review after 5 years.
        Build: +25 % extra premium. Overall: acceptable with exclusion and loading.
        """, title='UW summary ANT-L-2026-00317', author='Dr. Stefan Kluge', ts='2026-03-24 12:00')
    return build(n, frm=S['carter'], to=ext('Chiara Bernasconi', 'chiara.bernasconi@alpinare.example'), cc=S['kluge'],
                 subject='Fac request BU - ANT-L-2026-00317 (dentist, EUR 36k)', date='2026-03-24 13:40',
                 body=Mixed(Text(body), Att(doc, 'application/pdf', 'UW_summary_ANT-L-2026-00317.pdf')), client=client, lang='en-GB')


@mail(37, 'NORMAL', 'de', 'newsletter',
      'trap: customer newsletter explaining private health premium adjustments with a fictitious model customer; nobody identifiable',
      client='newsletter')
def _(n, client):
    plain = T("""
        Auenwald Gesundheit kompakt – Ausgabe Frühjahr 2026

        Warum steigen Beiträge in der privaten Krankenversicherung?

        Private Krankenversicherer dürfen Beiträge nur anpassen, wenn die tatsächlichen Leistungsausgaben eines Tarifs um mehr als einen gesetzlich festgelegten Schwellenwert von der Kalkulation abweichen. Ein unabhängiger Treuhänder prüft jede Anpassung.

        Treiber sind vor allem der medizinische Fortschritt (neue Krebstherapien, teure Biologika bei Rheuma und Schuppenflechte), mehr Krankenhausbehandlungen im Alter und gestiegene Preise für Pflege und Hilfsmittel.

        Ein Rechenbeispiel mit einer erfundenen Musterkundin: „Frau M.“, 45 Jahre, Tarif AK 100, zahlt 2025 monatlich 512 €. Bei einer Anpassung um 7,5 % steigt der Beitrag auf 550,40 €. Ab dem Alter von 60 Jahren entfällt der gesetzliche Zuschlag von 10 %; ab 65 wirkt der Zuschlag beitragsmindernd.

        Was Sie tun können:
        - Selbstbehalt prüfen – ein höherer Selbstbehalt senkt den Beitrag.
        - Tarifwechsel nach § 204 VVG – innerhalb unseres Hauses ohne Verlust der Alterungsrückstellungen.
        - Beitragsentlastungstarif – ab 2026 auch für Versicherte über 50.

        Mehr Informationen: https://www.auenwald-versicherung.example/gesundheit/beitrag

        Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://newsletter.auenwald-versicherung.example/abmelden
        Auenwald Krankenversicherung AG, Fuldaer Ufer 12, 34117 Kassel
        """)
    html = T("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;color:#222;max-width:620px">
        <h1 style="color:#2f6b4f;font-size:24px">Auenwald Gesundheit kompakt</h1><p><i>Ausgabe Frühjahr 2026</i></p>
        <h2>Warum steigen Beiträge in der privaten Krankenversicherung?</h2>
        <p>Private Krankenversicherer dürfen Beiträge nur anpassen, wenn die tatsächlichen Leistungsausgaben eines Tarifs
        um mehr als einen gesetzlich festgelegten Schwellenwert von der Kalkulation abweichen. Ein unabhängiger Treuhänder
        prüft jede Anpassung.</p>
        <p>Treiber sind vor allem der medizinische Fortschritt (neue Krebstherapien, teure Biologika bei Rheuma und
        Schuppenflechte), mehr Krankenhausbehandlungen im Alter und gestiegene Preise für Pflege und Hilfsmittel.</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr style="background:#e3efe8"><th colspan="2">Rechenbeispiel – erfundene Musterkundin „Frau M.“, 45 Jahre, Tarif AK 100</th></tr>
        <tr><td>Beitrag 2025</td><td align="right">512,00 €</td></tr>
        <tr><td>Anpassung</td><td align="right">+7,5 %</td></tr>
        <tr><td>Beitrag neu</td><td align="right">550,40 €</td></tr>
        </table>
        <p>Ab dem Alter von 60 Jahren entfällt der gesetzliche Zuschlag von 10&nbsp;%; ab 65 wirkt der Zuschlag beitragsmindernd.</p>
        <h3>Was Sie tun können</h3>
        <ul><li>Selbstbehalt prüfen – ein höherer Selbstbehalt senkt den Beitrag.</li>
        <li>Tarifwechsel nach §&nbsp;204 VVG – innerhalb unseres Hauses ohne Verlust der Alterungsrückstellungen.</li>
        <li>Beitragsentlastungstarif – ab 2026 auch für Versicherte über 50.</li></ul>
        <p><a href="https://www.auenwald-versicherung.example/gesundheit/beitrag">Mehr Informationen</a></p>
        <p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        <a href="https://newsletter.auenwald-versicherung.example/abmelden">Abmelden</a><br>
        Auenwald Krankenversicherung AG, Fuldaer Ufer 12, 34117 Kassel</p>
        </body></html>
        """)
    return build(n, frm=BOX['newsletter'], to=Address('Newsletter-Abonnenten', 'gesundheit-kompakt', 'lists.' + DOMAIN),
                 subject='Gesundheit kompakt: Warum steigen PKV-Beiträge – und was Sie tun können',
                 date='2026-03-19 07:00', body=Alt(Text(plain), Html(html)), client=client)


@mail(38, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'pet insurance (animal health is not a person\'s health): vet surgery of a named customer\'s dog, policy, payout to NL IBAN')
def _(n, client):
    body = T("""
        Dear Ms van Dijk,

        we are glad to hear that Bobby is recovering well after his operation.

        Your pet health insurance: policy TK-2025-30418 (dog, Labrador Retriever, born 2020, OP-Schutz Plus)
        Claim: TK-S-26-1187

        Invoice Tierklinik Kassel-Nord of 16 March 2026
          TPLO surgery, cruciate ligament rupture, left hind leg    EUR 2,340.00
          reimbursement rate 80 %                                   EUR 1,872.00

        The amount will be transferred to your Dutch account NL49 INGB 1533 0249 68 (S. van Dijk) within five working days.

        The follow-up physiotherapy sessions are covered under your tariff up to EUR 300 per year; please send us the invoices once the course is finished.

        Best wishes to you and Bobby,
        {{sig}}

        {{foot}}
        """, sig=sig('wirth'), foot=foot('allg'))
    return build(n, frm=S['wirth'], to=ext('Sanne van Dijk', 'sanne.vandijk@postbox.example'),
                 subject='Claim TK-S-26-1187 - Bobby, cruciate ligament surgery', date='2026-03-20 12:14',
                 body=Text(body), client=client, lang='en-GB')


@mail(39, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'private long-term care: care grade 3 granted to a named insured (Parkinson\'s), sent to his daughter with power of attorney')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Kühnel-Brandes,

        als Bevollmächtigte Ihres Vaters, Herrn Walter Kühnel (Versicherungsnummer PPV 220 481 905), erhalten Sie unsere Entscheidung vorab per E-Mail, wie Sie es am Telefon gewünscht haben. Der Bescheid geht zusätzlich per Post an Ihren Vater.

        Nach dem Gutachten unseres Gutachterdienstes vom 12.03.2026 (Hausbesuch am 05.03.2026) erfüllt Ihr Vater die Voraussetzungen des Pflegegrades 3 (54,5 Gewichtete Punkte) ab dem 01.02.2026, dem Monat der Antragstellung. Der Gutachter beschreibt insbesondere die Einschränkungen der Mobilität und der Selbstversorgung infolge der fortgeschrittenen Parkinson-Erkrankung sowie nächtliche Unruhe.

        Leistungen ab 01.02.2026:
        - Pflegegeld bei häuslicher Pflege durch Angehörige: 599 € monatlich
        - alternativ bzw. anteilig Pflegesachleistungen für den ambulanten Pflegedienst bis 1.497 € monatlich
        - Entlastungsbetrag 131 € monatlich
        - Pflegehilfsmittel zum Verbrauch bis 42 € monatlich

        Die Nachzahlung für Februar und März (1.198 €) überweisen wir auf das Konto Ihres Vaters.

        Das Gutachten legen wir dem Postbescheid bei. Wenn Sie mit der Einstufung nicht einverstanden sind, können Sie innerhalb eines Monats widersprechen.

        {{sig}}

        {{foot}}
        """, sig=sig('beck'), foot=foot('kranken'))
    return build(n, frm=S['beck'], to=ext('Heike Kühnel-Brandes', 'heike.kb@familienpost.example'),
                 subject='Pflegegrad Ihres Vaters – PPV 220 481 905', date='2026-03-17 16:02',
                 body=Text(body), client=client, lang='de-DE')


@mail(40, 'NORMAL', 'en', 'internal',
      'trap: complaints KPI report Q1 with categories like "medical necessity disputes"; aggregated counts only')
def _(n, client):
    body = T("""
        Hi all,

        here are the complaints KPIs for Q1 2026 (source: complaints register, extract 6 April):

        Total complaints received:                 412   (Q1 2025: 455)
          Health benefits                          157   (38 %)
          Motor claims                              88
          Life & pensions service                   61
          Property & liability claims               54
          Sales / brokers                           29
          Other                                     23

        Top reasons in health benefits:
          1. reimbursement took longer than 10 working days      49
          2. dispute about medical necessity                     37
          3. GOAE multiplier above threshold not reimbursed       22
          4. pre-authorisation for inpatient stays unclear       14

        Median handling time: 6.5 working days (target 10). Complaints escalated to the ombudsman: 9. Complaints via the regulator: 3.

        No customer-level data in this mail; the register itself is available to authorised users in the complaints tool.

        {{sig}}
        """, sig=sig('okafor'))
    return build(n, frm=S['okafor'], to=BOX['fuehrung'], subject='Complaints KPIs Q1 2026',
                 date='2026-04-07 09:33', body=Text(body, charset='us-ascii', cte='7bit'), client=client, lang='en-GB')


@mail(41, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'trade-union membership: works council sends payroll a CSV of named employees whose ver.di dues are to be deducted')
def _(n, client):
    body = T("""
        Hallo Frau Sauer,

        anbei die aktuelle Liste für den Beitragseinzug ver.di ab April. Neu sind drei Kolleginnen und Kollegen, zwei sind ausgetreten (siehe Spalte Status). Die Einzugsermächtigungen der Neuen liegen im Original im BR-Büro, Sie können sie jederzeit einsehen.

        Bitte die Liste wie immer nur im Abrechnungssystem verwenden und nicht weitergeben – die Mitgliedschaft geht außer Ihnen niemanden im Haus etwas an.

        Viele Grüße
        {{sig}}
        """, sig=sig('kraetzig'))
    csv = T("""
        PNr;Name;Vorname;ver.di-Mitgliedsnr.;Monatsbeitrag EUR;Status;gueltig ab
        36884;Lohse;Svenja;1007 4418 23;38,90;unverändert;
        37120;Bärwald;Klaus;1003 9021 77;52,10;unverändert;
        38115;Bachmann;Ingrid;1005 2287 41;51,20;unverändert;
        38702;Yıldız;Emre;1010 5532 08;44,80;unverändert;
        39010;Pohl;Sebastian;1011 0043 96;42,10;neu;01.04.2026
        40533;Kuhn;Marlene;1006 7781 30;29,80;unverändert;
        40944;Schmitz;Jürgen;1002 1198 54;55,40;Austritt;31.03.2026
        41340;Schuster;Kai;1012 3307 65;39,50;neu;01.04.2026
        41501;Wagner;Dörte;1004 8876 12;47,00;Austritt;31.03.2026
        41733;Korn;Leonie;1012 3309 01;33,20;neu;01.04.2026
        """).replace('Yıldız', 'Yildiz')
    return build(n, frm=S['kraetzig'], to=S['sauer'], subject='Beitragseinzug ab April',
                 date='2026-03-18 12:50',
                 body=Mixed(Text(body), TextAtt(csv, 'text/csv', 'verdi_Einzug_2026-04.csv', charset='windows-1252')),
                 client=client, lang='de-DE')


@mail(42, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'SEPA direct-debit mandate confirmation for a named customer: IBAN, mandate reference, liability/household contracts',
      client='system')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Nowak,

        vielen Dank für Ihr SEPA-Lastschriftmandat. Ab dem nächsten Fälligkeitstermin ziehen wir Ihre Beiträge wie folgt ein:

        Kontoinhaber:         Jerzy Nowak
        IBAN:                 DE62 5209 0000 6794 8766 77
        BIC:                  GENODE51KS1
        Mandatsreferenz:      AWV-PHV-0088213-01
        Gläubiger-ID:         DE98ZZZ09999999999
        Verträge:             Privathaftpflicht PH 88 213 004, Hausrat HR 88 213 005
        Fälligkeit:           jeweils zum 1. eines Monats, erstmals 01.04.2026
        Betrag:               17,85 € monatlich (PH 5,90 €, HR 11,95 €)

        Fällt der 1. auf ein Wochenende oder einen Feiertag, erfolgt die Abbuchung am folgenden Bankarbeitstag. Sie können innerhalb von acht Wochen ab Belastung die Erstattung des Betrags verlangen.

        Diese E-Mail wurde automatisch erstellt.

        Auenwald Allgemeine Versicherung AG – Beitragsservice

        {{foot}}
        """, foot=foot('allg'))
    return build(n, frm=BOX['noreply'], to=ext('Jerzy Nowak', 'jerzy.nowak@kabelpost.example'),
                 subject='Bestätigung Ihres SEPA-Lastschriftmandats', date='2026-03-21 05:40',
                 body=Text(body, charset='utf-8', cte='base64'), client=client)


@mail(43, 'NORMAL', 'de', 'internal',
      'trap: health-day invitation (back screening, blood pressure, blood sugar, skin check, eye test); results only for the employee')
def _(n, client):
    plain = T("""
        Gesundheitstag am 21. Mai 2026 – machen Sie mit!

        Liebe Kolleginnen und Kollegen,

        am Donnerstag, 21. Mai, verwandeln sich Foyer und Kantine wieder in einen Gesundheitsparcours. Zusammen mit unserer Betriebsärztin und der BKK Fuldatal bieten wir an:

        - Rückenscreening mit Haltungsanalyse (10 Min.)
        - Blutdruck- und Blutzuckermessung
        - Hautscreening / Muttermal-Check durch eine Dermatologin (Terminbuchung nötig)
        - Sehtest und Beratung zur Bildschirmbrille
        - Ernährungsberatung und Smoothie-Bar
        - Kurzvortrag „Schlaf und Schichtarbeit im Kundenservice“ (12:15 Uhr)

        Alle Ergebnisse erhalten ausschließlich Sie persönlich. Der Arbeitgeber bekommt nur die Zahl der Teilnehmenden je Station.

        Teilnahme während der Arbeitszeit, bitte mit der Führungskraft abstimmen. Terminbuchung für das Hautscreening im Intranet.

        Ihr Team Gesundheitsmanagement
        """)
    html = T("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif">
        <h2 style="color:#c0392b">Gesundheitstag am 21. Mai 2026 – machen Sie mit!</h2>
        <p>Liebe Kolleginnen und Kollegen,</p>
        <p>am Donnerstag, 21. Mai, verwandeln sich Foyer und Kantine wieder in einen Gesundheitsparcours. Zusammen mit unserer
        Betriebsärztin und der BKK Fuldatal bieten wir an:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><th>Station</th><th>Ort</th><th>Zeit</th></tr>
        <tr><td>Rückenscreening mit Haltungsanalyse</td><td>Foyer</td><td>9–15 Uhr</td></tr>
        <tr><td>Blutdruck- und Blutzuckermessung</td><td>Foyer</td><td>9–15 Uhr</td></tr>
        <tr><td>Hautscreening / Muttermal-Check (Termin nötig)</td><td>B.104</td><td>10–14 Uhr</td></tr>
        <tr><td>Sehtest, Beratung Bildschirmbrille</td><td>Kantine</td><td>9–15 Uhr</td></tr>
        <tr><td>Ernährungsberatung, Smoothie-Bar</td><td>Kantine</td><td>11–14 Uhr</td></tr>
        <tr><td>Vortrag „Schlaf und Schichtarbeit im Kundenservice“</td><td>Kantine</td><td>12:15 Uhr</td></tr>
        </table>
        <p><b>Alle Ergebnisse erhalten ausschließlich Sie persönlich.</b> Der Arbeitgeber bekommt nur die Zahl der
        Teilnehmenden je Station.</p>
        <p>Teilnahme während der Arbeitszeit, bitte mit der Führungskraft abstimmen.</p>
        <p>Ihr Team Gesundheitsmanagement</p></body></html>
        """)
    return build(n, frm=BOX['gesundheit'], to=BOX['alle'], subject='Einladung: Gesundheitstag am 21. Mai',
                 date='2026-04-27 08:30', body=Alt(Text(plain), Html(html)), client=client, lang='de-DE')


@mail(44, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'trip cancellation because the insured\'s wife had acute bronchitis (J20.9); medical certificate, payout', client='outlook-web')
def _(n, client):
    body = T("""
        Dear Mr Whitaker,

        thank you for sending the medical certificate from Dr. Osterhold. It confirms that your wife, Mrs Julia Whitaker, was unable to travel from 2 to 16 February 2026 because of acute bronchitis (J20.9) with fever; the certificate is dated the day before departure, which is exactly what we need.

        Your claim under the trip cancellation insurance (policy RR-2026-118804, trip to Tenerife 3-17 February, 2 persons):

        Cancellation costs charged by the tour operator (85 %)     EUR 2,160.00
        less excess 20 %                                           EUR  -432.00
        Payable                                                    EUR 1,728.00

        Your own travel costs are covered too, because you cancelled to look after your wife (insured companion). The payment goes to the account stated in your claim form.

        I hope your wife is feeling better and that you can make up for the trip soon.

        Kind regards,
        {{sig}}

        {{foot}}
        """, sig=sig('schulte'), foot=foot('allg'))
    return build(n, frm=S['schulte'], to=ext('Tom Whitaker', 'tom.whitaker@maplemail.example'),
                 subject='RE: Trip cancellation Tenerife - RR-2026-118804', date='2026-02-26 11:05',
                 body=Text(body), client=client, lang='en-GB', irt='<a1b2c3d4e5.tw@maplemail.example>')


@mail(45, 'CONFIDENTIAL', 'en', 'internal',
      'short body; the XLSX lists named team members with their salary and approved bonus amounts')
def _(n, client):
    body = T("""
        Hi Melanie,

        attached the final bonus allocation for Claims Platforms for 2025, as approved by Katrin yesterday. Please pay with the April salary.

        {{sig}}
        """, sig=sig('novak'))
    rows = [['PNr', 'Name', 'Role', 'Annual base salary 2025 (EUR)', 'Target bonus %', 'Performance factor', 'Bonus (EUR)'],
            [39877, 'Bennett, Laura', 'Senior Developer', 71200, 0.08, 1.2, 6835.20],
            [40120, 'Sharma, Raj', 'Developer', 61800, 0.06, 1.0, 3708.00],
            [40455, 'Petrović, Ana', 'DevOps Engineer', 66400, 0.06, 1.1, 4382.40],
            [40998, 'Lindqvist, Erik', 'Developer', 58900, 0.06, 0.9, 3180.60],
            [41102, 'Wolff, Henrik', 'Scrum Master', 69500, 0.08, 1.0, 5560.00],
            [41460, 'Adeyemi, Tolu', 'QA Engineer', 54300, 0.05, 1.1, 2986.50],
            ['', 'Total', '', 382100, '', '', 26652.70]]
    x = xlsx([('Bonus 2025', rows)], title='Bonus allocation 2025 Claims Platforms', author='Martin Novak', ts='2026-03-30 18:02')
    return build(n, frm=S['novak'], to=S['sauer'], cc=S['vollmer'], subject='Bonus 2025 - Claims Platforms',
                 date='2026-03-31 08:44', body=Mixed(Text(body), Att(x, MIME_XLSX, 'Bonus_2025_ClaimsPlatforms_final.xlsx')),
                 client=client, lang='en-US')


@mail(46, 'NORMAL', 'de', 'internal',
      'trap: note to claims staff on the ICD-10-GM 2026 catalogue with example codes and certainty suffixes; no patient')
def _(n, client):
    body = T("""
        Liebes Team,

        seit 1. Januar gilt die ICD-10-GM Version 2026. In KV-Leistung ist der neue Katalog seit dem Update am Wochenende hinterlegt. Für die Belegprüfung ein paar Hinweise:

        1. Rechnungen mit Behandlungsdatum 2025 dürfen weiter mit Kodes der Version 2025 kommen. Das System prüft gegen die zum Behandlungsdatum gültige Version – bitte keine Fehlermeldung „Kode unbekannt“ von Hand übersteuern, sondern an Team Stammdaten melden.

        2. Zusatzkennzeichen zur Diagnosesicherheit:
           G = gesicherte Diagnose, V = Verdacht, Z = Zustand nach, A = ausgeschlossen.
           Ein „V“ allein begründet keine Ablehnung einer Vorsorge- oder Abklärungsleistung. Bei „A“ (z. B. „C50.9 A“) ist die Krankheit ausdrücklich ausgeschlossen worden – bitte nicht als Vorerkrankung in die Risikonotiz übernehmen.

        3. Seitenlokalisation R/L/B wird bei Orthopädie- und Augenrechnungen jetzt häufiger mitgeliefert (z. B. „H25.1 L“). Das ist für die Zuordnung zu Heil- und Kostenplänen hilfreich.

        4. Kreuzschmerz: Die alte Sammelnummer M54.5 ist seit Jahren durch fünfstellige Kodes ersetzt. Kommt noch M54.5 ohne fünfte Stelle, bitte nicht beanstanden – die Leistungspflicht hängt nicht an der Kodierqualität des Arztes.

        Die vollständige Liste der Änderungen hängt im Teamordner unter Kataloge/ICD/2026.

        {{sig}}
        """, sig=sig('lindner'))
    return build(n, frm=S['lindner'], to=BOX['leistung'], subject='ICD-10-GM 2026 – Hinweise für die Belegprüfung',
                 date='2026-01-08 08:11', body=Text(body), client=client, lang='de-DE')


@mail(47, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance: disability benefit for a named customer after a fall (humeral head fracture), degree of disability, payout')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Maaß,

        das unfallchirurgische Gutachten von Dr. Krischer vom 26.02.2026 liegt uns vor. Vielen Dank, dass Sie den Termin so kurzfristig wahrgenommen haben.

        Unfallversicherung UV 60 118 472, Unfall vom 14.06.2025 (Sturz von der Leiter beim Obstbaumschnitt)

        Nach dem Gutachten ist als Dauerfolge der Oberarmkopffraktur rechts eine Bewegungseinschränkung der Schulter mit Kraftminderung verblieben. Der Gutachter bewertet die Funktionsbeeinträchtigung mit 1/4 Armwert im Schultergelenk.

        Berechnung:
            Gliedertaxe Arm im Schultergelenk                 70 %
            davon 1/4                                        17,5 % Invaliditätsgrad
            Grundsumme                                  120.000,00 €
            Invaliditätsleistung (17,5 % von 120.000 €)  21.000,00 €

        Die Progression Ihres Tarifs greift erst ab einem Invaliditätsgrad von 25 %, sie wirkt sich deshalb hier nicht aus. Das bereits gezahlte Krankenhaustagegeld (9 Tage) und das Genesungsgeld werden nicht angerechnet.

        Wir überweisen 21.000,00 € in den nächsten Tagen auf Ihr Konto. Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall jährlich neu bemessen lassen.

        Gute Besserung weiterhin!

        {{sig}}

        {{foot}}
        """, sig=sig('beck'), foot=foot('allg'))
    return build(n, frm=S['beck'], to=ext('Günter Maaß', 'g.maass@landpost.example'),
                 subject='Ihre Unfallversicherung UV 60 118 472 – Invaliditätsleistung', date='2026-03-11 09:48',
                 body=Text(body), client=client, lang='de-DE')


@mail(48, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor total loss after a deer collision (nobody hurt): named customer, plate, policy, values, payout; quoted customer mail with typos')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Brinkmann,

        das Gutachten ist da, leider bestätigt es den wirtschaftlichen Totalschaden.

            Vertrag: 40-6621370-K (Teilkasko, SB 150 €)
            Schaden: KS-2026-0288815, Wildunfall 01.03.2026, B 83 bei Guxhagen
            Fahrzeug: Opel Corsa, KS-LB 220

            Wiederbeschaffungswert (differenzbesteuert)   11.800,00 €
            abzgl. Restwert (Höchstgebot Restwertbörse)   - 2.150,00 €
            abzgl. Selbstbeteiligung Teilkasko              - 150,00 €
            Entschädigung                                  9.500,00 €

        Die Abschleppkosten (312,40 €) zahlen wir direkt an den Abschleppdienst. Die Wildunfallbescheinigung des Jagdpächters haben wir, danke.

        Der Wildschaden in der Teilkasko hat keine Auswirkung auf Ihre Schadenfreiheitsklasse. Wenn Sie den Wagen an den Restwertbieter verkaufen möchten, melden Sie sich bitte innerhalb von drei Wochen bei ihm; die Kontaktdaten stehen im Gutachten.

        {{sig}}

        {{foot}}

        -----Ursprüngliche Nachricht-----
        Von: Lea Brinkmann <lea.brinkmann@webpost.example>
        Gesendet: Dienstag, 3. März 2026 21:16
        An: Reinholz, Markus <markus.reinholz@auenwald-versicherung.example>
        Betreff: Wildunfall Corsa

        hallo herr reinholz,
        der gutachter war heute da und hat gesagt das es wohl ein totalschaden wird?? das auto ist doch erst 6 jahre alt. mir gehts gut, ich hatte nur nen riesen schreck, das reh war sofort tot :( der förster hat mir ein formular gegeben das hab ich fotografiert und hängt an.
        wie lange dauert das jetzt bis ich das geld kriege ich brauch ja ein neues auto für die arbeit
        lg lea brinkmann
        """, sig=sig('reinholz'), foot=foot('allg'))
    return build(n, frm=S['reinholz'], to=ext('Lea Brinkmann', 'lea.brinkmann@webpost.example'),
                 subject='AW: Wildunfall Corsa', date='2026-03-06 10:30', body=Text(body), client=client, lang='de-DE',
                 irt='<20260303211604.7F2A@webpost.example>')


@mail(49, 'NORMAL', 'en', 'internal',
      'trap: weekly claims KPI dashboard (HTML only, table): open health claims, pre-authorisations, turnaround; no case data',
      client='system')
def _(n, client):
    html = T("""
        <html><head><meta charset="utf-8"><style>td,th{padding:4px 10px;border:1px solid #ccc}</style></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p><b>Claims KPI dashboard – week 11/2026</b> (generated Monday 16 March 2026, 06:00)</p>
        <table style="border-collapse:collapse">
        <tr style="background:#eee"><th>Line</th><th>Open claims</th><th>of which &gt; 10 days</th><th>New this week</th><th>Closed this week</th><th>Avg. turnaround (days)</th></tr>
        <tr><td>Health – outpatient invoices</td><td>6,412</td><td>1,204</td><td>9,880</td><td>10,215</td><td>4.2</td></tr>
        <tr><td>Health – inpatient pre-authorisations</td><td>312</td><td>18</td><td>401</td><td>397</td><td>1.3</td></tr>
        <tr><td>Health – dental treatment plans</td><td>1,077</td><td>233</td><td>688</td><td>702</td><td>6.8</td></tr>
        <tr><td>Long-term care</td><td>244</td><td>61</td><td>57</td><td>49</td><td>14.1</td></tr>
        <tr><td>Disability (BU)</td><td>418</td><td>390</td><td>22</td><td>19</td><td>96.0</td></tr>
        <tr><td>Accident</td><td>530</td><td>301</td><td>74</td><td>69</td><td>21.5</td></tr>
        <tr><td>Motor</td><td>2,905</td><td>1,120</td><td>871</td><td>903</td><td>11.9</td></tr>
        <tr><td>Property &amp; liability</td><td>3,340</td><td>1,655</td><td>612</td><td>588</td><td>18.2</td></tr>
        </table>
        <p style="color:#666">Source: claims DWH. Aggregated figures only. Drill-down to claim level requires a role in the reporting portal.
        Questions: Actuarial Analytics (Grace Okafor).</p>
        </body></html>
        """)
    return build(n, frm=Address('Claims Reporting', 'claims-reporting', DOMAIN), to=BOX['fuehrung'],
                 subject='Claims KPI dashboard - week 11/2026', date='2026-03-16 06:00', body=Html(html), client=client)


@mail(50, 'STRICTLY_CONFIDENTIAL', 'de', 'customer',
      'team lead forwards inline a customer\'s angry mail (typos) about his dental implant invoice, teeth 36/46, treatment plan')
def _(n, client):
    body = T("""
        Hallo Petra,

        kannst du dir das bitte anschauen? Herr Schäfer hat heute schon zweimal in der Hotline angerufen und ist ziemlich sauer. Laut System ist der HKP vom Dezember genehmigt, die Abrechnung lief dann aber nur mit 60 %. Ich vermute, es liegt an der Zahnstaffel im ersten Jahr, aber das sollte ihm jemand erklären, der es entscheiden kann.

        Rückruf hat er unter 0561 5550 7781 erbeten, am liebsten nach 16 Uhr.

        {{sig}}

        -----Original Message-----
        From: Bernd Schäfer <bernd.schaefer61@mailpost.example>
        Sent: Thursday, March 19, 2026 7:42 AM
        To: Kundenservice Kranken <kundenservice-kranken@auenwald-versicherung.example>
        Subject: Zahnarztrechnung Dr Kemmerich - so nicht!!

        Sehr geehrte Damen und Herren

        ich bin seit 1998 bei ihnen versichert (KV 097 331 820) und habe mich noch nie beschwert aber jetzt reichts. Für die zwei Implantate (Zahn 36 und 46) bei Dr. Kemmerich hab ich im Dezember extra den Heil und Kostenplan eingereicht und sie haben geschrieben das ist genehmigt. Jetzt kommt die Abrechnung und Sie zahlen nur 2.047,20 von 3.412 Euro??? Das sind 60 Prozent, im Vertrag steht 80!!

        Die Zähne mussten raus weil die Wurzel entzündet war das hab ich mir ja nicht ausgesucht. Dr. Kemmerich sagt auch das ist medizinisch notwendig gewesen, das steht sogar im Plan drin.

        Ich erwarte das sie das korrigieren und mir den Rest überweisen, sonst wende ich mich an den Ombudsmann.

        B. Schäfer
        Kassel
        """, sig=sig('dietz'))
    return build(n, frm=S['dietz'], to=S['lindner'], subject='WG: Zahnarztrechnung Dr Kemmerich - so nicht!!',
                 date='2026-03-19 11:26', body=Text(body), client=client, lang='de-DE')


@mail(51, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor no-claims transfer from a named grandmother (birth date) to her granddaughter: policy, SF classes, licence date')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Senft,

        Ihre Großmutter, Frau Hildegard Senft (geb. 04.03.1941), möchte ihren Schadenfreiheitsrabatt an Sie abgeben, weil sie ihren Polo verkauft und nicht mehr selbst fährt. Das ist bei uns möglich – allerdings mit einer Einschränkung, die viele überrascht:

        Sie können nur so viele schadenfreie Jahre übernehmen, wie Sie selbst den Führerschein haben. Ihr Führerschein Klasse B ist vom 12.08.2019, das entspricht 6 vollen Jahren. Ihre Großmutter ist in SF 35; übertragen werden können SF 6. Die restlichen Jahre verfallen – Ihre Großmutter kann sie auch später nicht mehr nutzen.

        Vertrag Ihrer Großmutter: 40-1190283-K (wird zum 31.03.2026 aufgehoben)
        Ihr neuer Vertrag: 40-9904417-K, VW Up, KS-LS 519, Beginn 01.04.2026
        Einstufung: KH SF 6 / VK SF 6 statt SF 0 (Ersparnis ca. 610 € im ersten Jahr)

        Für die Übertragung brauchen wir noch die Übertragungserklärung, unterschrieben von Ihnen beiden. Das Formular hängt an; ein Foto oder Scan genügt.

        {{sig}}

        {{foot}}
        """, sig=sig('koehler'), foot=foot('allg'))
    form = pdf("""
        **Erklärung zur Übertragung des Schadenfreiheitsrabatts
        Auenwald Allgemeine Versicherung AG - Kfz-Vertrag

        Abgebender Vertrag: 40-1190283-K     Versicherungsnehmerin: ________________________________
        Übernehmender Vertrag: 40-9904417-K  Versicherungsnehmerin: ________________________________

        Die abgebende Person erklärt, dass sie das Fahrzeug nicht mehr nutzt und den Schadenverlauf unwiderruflich
        an die übernehmende Person abtritt. Die übernehmende Person versichert, dass sie das Fahrzeug der abgebenden
        Person überwiegend gefahren hat / ihren Führerschein seit dem angegebenen Datum besitzt.

        Datum Führerschein Klasse B der übernehmenden Person: ____________

        Ort, Datum, Unterschrift abgebende Person: ______________________________

        Ort, Datum, Unterschrift übernehmende Person: ______________________________
        """, title='SF-Übertragung Formular', ts='2026-01-02 08:00')
    return build(n, frm=S['koehler'], to=ext('Lisa Senft', 'lisa.senft@unimail.example'),
                 subject='Übernahme des Schadenfreiheitsrabatts Ihrer Großmutter', date='2026-03-12 14:20',
                 body=Mixed(Text(body), Att(form, 'application/pdf', 'SF-Uebertragung_Formular.pdf')), client=client, lang='de-DE')


@mail(52, 'NORMAL', 'de', 'internal',
      'trap: list of first-aiders per floor (names, extensions) and AED locations; being a first-aider is no health data')
def _(n, client):
    body = T("""
        Liebe Kolleginnen und Kollegen,

        nach den Erste-Hilfe-Kursen im Frühjahr hängen ab Montag die aktualisierten Aushänge an allen Etagen. Die Übersicht vorab zum Ausdrucken im Anhang.

        Bitte merken Sie sich, wer auf Ihrer Etage Ersthelferin oder Ersthelfer ist und wo der nächste Defibrillator (AED) hängt. Im Notfall immer zuerst 112 wählen, dann die Pforte (-1000) informieren, damit der Rettungsdienst eingewiesen wird.

        {{sig}}
        """, sig=sig('demir'))
    doc = pdf("""
        **Ersthelferinnen und Ersthelfer - Standort Kassel, Fuldaer Ufer 12 (Stand April 2026)

        **Gebäude A
        EG   Pforte: Herr Tim Arnold (-1000), Frau Gül Aksoy (-1001)         AED: Foyer neben Aufzug
        1.OG Frau Ingrid Bachmann (-2712), Herr Oskar Lenz (-2731)
        2.OG Herr Sebastian Pohl (-2811), Frau Julia Hoffmeister (-2840)     AED: Flur Treppenhaus Nord
        3.OG Frau Leonie Korn (-3215), Herr Emre Yildiz (-3322)
        4.OG Herr Erik Lindqvist (-2318), Frau Tolu Adeyemi (-2325)

        **Gebäude B
        EG   Arbeitsmedizinischer Dienst (-4950), Kantine: Herr Dragan Ilic (-1620)   AED: Kantine Eingang
        1.OG Frau Sabine Krätzig (-4900), Herr Kai Schuster (-3420)
        2.OG Frau Nadine Oberle (-3207), Herr Jonas Brückner (-4112)

        **Gebäude C
        EG   Warenannahme: Herr Ralf Deuker (-1750)                           AED: Rampe
        UG   Archiv: Frau Monika Sell (-1780)

        Notruf: 112 - danach Pforte -1000. Verbandbuch liegt bei jedem Verbandkasten.
        """, title='Ersthelfer Aushang April 2026', author='Gesundheitsmanagement', ts='2026-04-16 14:00')
    return build(n, frm=S['demir'], to=BOX['alle'], subject='Neue Ersthelfer-Aushänge ab Montag',
                 date='2026-04-17 09:15', body=Mixed(Text(body), Att(doc, 'application/pdf', 'Ersthelfer_Kassel_2026-04.pdf')),
                 client=client, lang='de-DE')


@mail(53, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'HR tells a manager that a named developer is on sick leave for burnout, sees the EAP and will return on reduced hours')
def _(n, client):
    body = T("""
        Hi Martin,

        thanks for coming over yesterday. As agreed, a short summary so that we are on the same page – please don't forward this.

        Erik Lindqvist called me this morning. His GP has signed him off until 10 April with burnout / exhaustion depression; he has started therapy and also uses our Employee Assistance Programme (the first two sessions are booked). He was very open about it and explicitly said he wants you to know so that the team does not speculate.

        For his return we talked about:
        - a graded return (stufenweise Wiedereingliederung) over four weeks, starting with 4 hours a day – his doctor will draw up the plan with the statutory health insurer,
        - no on-call duty until the summer,
        - a fixed weekly check-in with you, 20 minutes, about workload only.

        Formally we will also offer him BEM, because he has now been off for more than six weeks in the last twelve months. Ayşe Demir will send the letter.

        For the team: please just say that Erik is absent and will be back in April, nothing more.

        Best,
        {{sig}}
        """, sig=sig('vollmer'))
    return build(n, frm=S['vollmer'], to=S['novak'], subject='Erik - summary of our conversation',
                 date='2026-03-05 12:37', body=Text(body), client=client, lang='en-GB', extra=[('Sensitivity', 'Confidential')])


@mail(54, 'CONFIDENTIAL', 'de', 'insurer-to-bank',
      'security certificate for a mortgage bank: named homeowners, insured address, building policy number, loan number')
def _(n, client):
    body = T("""
        Sehr geehrte Damen und Herren,

        wie von Ihnen mit Schreiben vom 02.03.2026 angefordert, bestätigen wir den Versicherungsschutz und übersenden den Sicherungsschein.

        Versicherungsnehmer:   Tobias Kranz und Miriam Kranz, Am Lindenberg 5, 34130 Kassel
        Versicherungsort:      Am Lindenberg 5, 34130 Kassel (Einfamilienhaus, Bj. 1968, Massivbau)
        Vertrag:               Wohngebäudeversicherung VGB 71 440 219
        Versicherte Gefahren:  Feuer, Leitungswasser, Sturm/Hagel, Elementar
        Versicherungssumme:    Wert 1914 28.400 Mark (gleitender Neuwert)
        Beitrag:               bezahlt bis 31.12.2026
        Ihr Darlehen:          Nr. 4711 8822, Kreditnehmer wie oben

        Wir werden Sie unterrichten, falls der Beitrag nicht gezahlt wird oder der Vertrag gekündigt werden soll. Entschädigungen über 5.000 € zahlen wir nur mit Ihrer Zustimmung an die Versicherungsnehmer aus.

        Der unterschriebene Sicherungsschein geht Ihnen zusätzlich per Post zu.

        {{sig}}

        {{foot}}
        """, sig=sig('lorenz'), foot=foot('allg'))
    return build(n, frm=S['lorenz'], to=ext('Fuldatal Bank eG – Kreditsicherheiten', 'kreditsicherheiten@fuldatalbank.example'),
                 subject='Sicherungsschein VGB 71 440 219 – Darlehen 4711 8822 (Kranz)', date='2026-03-09 15:55',
                 body=Text(body), client=client, lang='de-DE')


@mail(55, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: reply to the auditors\' request list; mentions salary data, medical invoices, IBAN checks only as document categories')
def _(n, client):
    body = T("""
        Dear Olivia,

        thank you for the PBC list for the interim audit. Our answers per item:

        #1  Trial balance and sub-ledgers as at 31 March – will be in the data room on 20 April.
        #4  Sample of 25 health claims with the underlying medical invoices and reimbursement statements – these files contain health data, so they can only be inspected on site in Kassel (room C.112, read-only access in the claims system). Please send us the names of the audit staff who will work on site; they need to sign our confidentiality undertaking under section 203 German Criminal Code beforehand.
        #7  Payroll: reconciliation of gross salaries to the GL, plus salary data for a sample of 40 employees – via the secure data room only, not by e-mail.
        #9  Vendor master data changes (incl. IBAN changes) with the four-eyes evidence – extract from SAP ready.
        #12 Reinsurance statements Q1 – Emily Carter will provide them directly.
        #15 Minutes of the board and supervisory board – available from 27 April.

        Please let me know if the on-site arrangement for #4 causes problems for your timetable; we are happy to prepare workstations for up to three people.

        {{sig}}
        """, sig=sig('okafor'))
    return build(n, frm=S['okafor'], to=ext('Olivia Brandner', 'olivia.brandner@hartmann-cole-audit.example'), cc=S['carter'],
                 subject='RE: PBC list interim audit 2026', date='2026-04-14 17:02', body=Text(body), client=client, lang='en-GB',
                 irt='<PBC-2026-Interim-01@hartmann-cole-audit.example>')


@mail(56, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'formal payment reminder for a named customer\'s daily sickness allowance insurance (health line) without a medical word',
      client='outlook')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Dąbrowski,

        leider konnten wir die Beiträge zu Ihrer Krankentagegeldversicherung für Februar und März 2026 nicht einziehen; Ihre Bank hat die Lastschriften zurückgegeben.

        Vertrag:         KT 330 771 208 (Tarif KT 43, Tagegeld 85 EUR ab dem 43. Tag)
        Rückstand:       2 x 86,40 EUR = 172,80 EUR
        Rücklastschriftgebühren Ihrer Bank: 2 x 3,00 EUR = 6,00 EUR
        offen insgesamt: 178,80 EUR

        Bitte überweisen Sie den Betrag bis zum 10.04.2026 auf unser Konto bei der Fuldatal Bank eG, IBAN DE68 4306 0967 8447 7157 23, Verwendungszweck KT 330 771 208.

        Wichtiger Hinweis: Dies ist eine Mahnung nach § 38 VVG. Zahlen Sie nicht fristgerecht, sind wir für Versicherungsfälle, die nach Fristablauf eintreten, von der Leistung frei und können den Vertrag fristlos kündigen.

        Wenn Sie vorübergehend in Zahlungsschwierigkeiten sind, rufen Sie uns bitte an, wir finden gemeinsam eine Lösung, z. B. eine Ratenzahlung.

        Mit freundlichen Grüßen
        Ihre Auenwald Krankenversicherung
        Beitragsservice

        {{foot}}
        """, foot=foot('kranken')).replace('Dąbrowski', 'Dabrowski')
    return build(n, frm=Address('Auenwald Beitragsservice Kranken', 'beitragsservice-kranken', DOMAIN),
                 to=ext('Piotr Dabrowski', 'p.dabrowski@netzpost.example'),
                 subject='Zahlungserinnerung und Mahnung – Vertrag KT 330 771 208', date='2026-03-26 07:12',
                 body=Text(body, charset='iso-8859-1', cte='8bit'), client=client, lang='de-DE')


@mail(57, 'CONFIDENTIAL', 'en', 'insurer-to-supplier',
      'monthly HR master-data change file (TSV) to the HR cloud vendor: named employees with new IBANs, tax class, address changes')
def _(n, client):
    body = T("""
        Hello PeopleCloud support,

        please find attached the manual change file for March (cut-off 20/03). The automatic SFTP interface is still down since your release on 12 March (your ticket PC-448120), so we agreed with Mr Haines to send it this time as an attachment.

        6 records: 3 bank account changes, 2 tax class changes, 1 address change. Please confirm the import before 24/03, 12:00 CET, otherwise the payments will go to the old accounts.

        {{sig}}
        """, sig=sig('sauer'))
    tsv = T("""
        EMPLOYEE_ID\tLAST_NAME\tFIRST_NAME\tCHANGE_TYPE\tFIELD\tOLD_VALUE\tNEW_VALUE\tVALID_FROM
        38702\tYildiz\tEmre\tBANK\tIBAN\tDE16 1203 0000 2457 7448 14\tDE42 5001 0517 6241 9988 12\t2026-03-01
        40118\tHoffmeister\tJulia\tBANK\tIBAN\tDE74 5235 0005 4020 2168 04\tDE53 2004 1111 1085 4693 48\t2026-03-01
        41102\tWolff\tHenrik\tBANK\tIBAN\tDE77 5205 0353 2329 9338 02\tDE72 5206 0410 6786 9781 29\t2026-03-01
        36884\tLohse\tSvenja\tTAX\tTAX_CLASS\tIV\tIII\t2026-03-01
        38115\tBachmann\tIngrid\tTAX\tTAX_CLASS\tIV\tI\t2026-02-01
        40998\tLindqvist\tErik\tADDRESS\tSTREET\tFriedrich-Ebert-Str. 101, 34119 Kassel\tGoethestr. 22, 34119 Kassel\t2026-03-15
        """)
    return build(n, frm=S['sauer'], to=ext('PeopleCloud Support', 'support@peoplecloud-hr.example'),
                 subject='Auenwald - manual change file March 2026 (ref PC-448120)', date='2026-03-20 16:18',
                 body=Mixed(Text(body), TextAtt(tsv, 'text/tab-separated-values', 'AUENWALD_CHANGES_202603.tsv', charset='us-ascii', cte='7bit')),
                 client=client, lang='en-GB')


@mail(58, 'NORMAL', 'de', 'internal',
      'trap: DPO\'s data-protection impact assessment draft for the claims-upload app (OCR reads diagnoses); no personal data',
      client='thunderbird')
def _(n, client):
    body = T("""
        Hallo zusammen,

        anbei meine Anmerkungen zum Entwurf der Datenschutz-Folgenabschätzung (DSFA) für die neue Belegeinreichung in der Gesundheits-App, Stand 0.7.

        1. Verarbeitung: Versicherte fotografieren Arztrechnungen, Rezepte und Heil- und Kostenpläne; die OCR liest Diagnosen (ICD-10), GOÄ-Ziffern, Arzneimittel und Beträge aus. Das sind Gesundheitsdaten nach Art. 9 DSGVO und zugleich Geheimnisse nach § 203 StGB. Eine DSFA ist daher Pflicht – das ist im Entwurf richtig begründet.

        2. Risiko „Fehlzuordnung“: Das Szenario, dass ein Beleg einer falschen versicherten Person zugeordnet wird (z. B. Familienversicherte mit gleichem Nachnamen), fehlt noch. Bitte mit Eintrittswahrscheinlichkeit „mittel“ aufnehmen und die Maßnahme „Bestätigung der versicherten Person vor Upload“ ergänzen.

        3. OCR-Dienstleister: Verarbeitung ausschließlich im EU-Rechenzentrum, keine Nutzung der Daten zum Training. Bitte die entsprechende Klausel aus dem AV-Vertrag wörtlich zitieren.

        4. Löschkonzept: Die Bilddateien sollen nach erfolgreicher Verarbeitung nach 30 Tagen gelöscht werden, die extrahierten Daten folgen den Fristen der Leistungsakte. Passt.

        5. Testdaten: Für die Abnahme bitte nur synthetische Belege verwenden (z. B. die fiktive Patientin „Erika Musterfrau“), keine geschwärzten Echtbelege.

        Ich setze mich gern am Donnerstag mit dem Projektteam zusammen.

        Viele Grüße
        Thomas Ackermann

        -- 
        {{sig}}
        """, sig=sig('ackermann'))
    return build(n, frm=S['ackermann'], to=Address('Projekt Gesundheits-App', 'projekt-gesundheitsapp', DOMAIN),
                 cc=S['novak'], subject='DSFA Belegeinreichung App – Anmerkungen zu v0.7', date='2026-02-24 17:45',
                 body=Text(body, cte='8bit', flow=True), client=client)


@mail(59, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'company pension: salary-conversion direct insurance (life line) for a named employee: amounts, start date, surviving spouse')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Hoffmeister,

        vielen Dank für Ihre Entgeltumwandlungsvereinbarung. Ihre Direktversicherung ist angelegt:

            Versicherungsnummer:            bAV-DV 5 550 128
            Versicherungsnehmerin:          Auenwald Versicherung AG (als Arbeitgeberin)
            versicherte Person:             Julia Hoffmeister, PNr. 40118
            Beginn:                         01.05.2026
            Umwandlungsbetrag:              200,00 € monatlich aus dem Bruttogehalt
            Arbeitgeberzuschuss (15 %):      30,00 € monatlich
            Beitrag gesamt:                 230,00 € monatlich
            Rentenbeginn:                   01.05.2058 (Alter 65), Kapitalwahlrecht
            Hinterbliebenenleistung:        Rückgewähr der Beiträge an den Ehemann, ersatzweise an die Erben

        Die Entgeltabrechnung berücksichtigt die Umwandlung ab der Maiabrechnung. Ihr Nettogehalt verringert sich nach unserer Beispielrechnung um ca. 112 €, weil Steuern und Sozialabgaben auf den umgewandelten Betrag entfallen.

        Den Versicherungsschein mit allen Bedingungen senden wir Ihnen per Hauspost.

        {{sig}}
        """, sig=sig('meyer'))
    return build(n, frm=S['meyer'], to=Address('Julia Hoffmeister', 'julia.hoffmeister', DOMAIN), cc=BOX['entgelt'],
                 subject='Ihre Direktversicherung (Entgeltumwandlung) bAV-DV 5 550 128', date='2026-04-21 10:18',
                 body=Text(body), client=client, lang='de-DE')


@mail(60, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: facility orders drying after a water leak in the occupational-health rooms; vaccine fridge and locked files unaffected',
      client='android')
def _(n, client):
    body = T("""
        Hallo Herr Bajramović,

        wie eben am Telefon: In Gebäude B, Erdgeschoss, ist heute Nacht im Arbeitsmedizinischen Dienst (Räume B.104 Behandlungsraum und B.105 Wartebereich) ein Eckventil unter dem Waschbecken undicht geworden. Die Putzkolonne hat das Wasser um 6 Uhr entdeckt, der Haupthahn ist zu.

        Betroffen sind ca. 35 m² Estrich mit Linoleum sowie die Trockenbauwand zum Flur. Die Untersuchungsliege und der Impfstoff-Kühlschrank sind trocken geblieben und wurden in B.110 umgestellt; die Patientenakten stehen im abschließbaren Stahlschrank und sind nicht betroffen.

        Bitte kommen Sie heute noch für die Leckortung und stellen Sie Trocknungsgeräte auf. Die Betriebsärztin hält ihre Sprechstunde bis auf Weiteres in B.110 ab; der Zugang zu B.104/105 ist abgesperrt. Schlüssel bei der Pforte (Herr Arnold).

        Bestellnummer folgt, Abrechnung bitte über den Rahmenvertrag Gebäudetechnik.

        {{sig}}
        """, sig=sig('voss'))
    return build(n, frm=S['voss'], to=ext('Edin Bajramović', 'e.bajramovic@trockenbau-service.example'),
                 subject='Dringend: Wasserschaden Gebäude B, Räume B.104/B.105', date='2026-02-16 06:58',
                 body=Text(body), client=client, lang='de-DE')


@mail(61, 'CONFIDENTIAL', 'de', 'customer',
      'claims handler forwards (attached .eml) a customer\'s mail on a stolen e-bike: address, frame number, price, police file, policy')
def _(n, client):
    inner = ext_mail(
        frm=ext('Kerstin Ahrens', 'kerstin.ahrens@mailpost.example').addr,
        to=Address('Auenwald Schadenmeldung', 'schaden', DOMAIN), subject='Fahrraddiebstahl aus Keller',
        date='2026-03-23 22:48', client='plain',
        body=Text(T("""
            Guten Abend,

            ich möchte einen Diebstahl melden. Mein E-Bike wurde heute Nacht oder gestern Abend aus unserem Keller geklaut, das Vorhängeschloss vom Kellerabteil ist aufgebrochen. Bei den Nachbarn sind auch zwei Abteile aufgebrochen worden.

            Meine Hausratversicherung ist die HR 60 447 102 mit Fahrradklausel (hab ich extra damals dazugenommen).

            Adresse: Kerstin Ahrens, Querallee 19, 34119 Kassel
            E-Bike: Kalkhoff Endeavour 5.B, Farbe dunkelgrün, Rahmennummer WBK 22 418 773 K
            gekauft 05/2024 bei Zweirad Hessler für 3.899 Euro (Rechnung hab ich noch)
            Anzeige bei der Polizei ist gemacht, Vorgangsnummer ST/0388211/2026

            Der Akku war dran, das Ladegerät ist noch da. Was muss ich jetzt machen? Brauchen sie die Originalrechnung oder reicht ein Foto?

            Viele Grüsse
            Kerstin Ahrens
            """), charset='iso-8859-1', cte='quoted-printable'))
    body = T("""
        Hallo Frau Sell,

        bitte für die Akte ausdrucken und zu SH-2026-006218 legen – die Kundin hat nur per Mail gemeldet, das Original-Mail hängt an. Danach geht der Fall an das Team Fahrrad (Vorschaden prüfen, Kellerabteil war laut Bedingungen ausreichend gesichert).

        Danke
        Daniel Wirth
        """)
    return build(n, frm=S['wirth'], to=Address('Monika Sell', 'monika.sell', DOMAIN),
                 subject='WG: Fahrraddiebstahl aus Keller', date='2026-03-24 08:51',
                 body=Mixed(Text(body), Fwd(inner, filename='Fahrraddiebstahl aus Keller.eml')), client=client, lang='de-DE')


@mail(62, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'grey zone: occupational physician sends her team an ODS of named employees booked for flu/TBE vaccination, some with health notes')
def _(n, client):
    body = T("""
        Hallo ihr beiden,

        anbei die Terminliste für die Impfwoche (Stand heute 17 Uhr, 64 Buchungen). Die FSME-Auffrischungen habe ich mit auf die Liste genommen, weil die Kollegen aus dem Außendienst danach gefragt haben.

        Bitte Impfstoff für Mittwoch schon am Dienstagabend aus dem Kühlschrank in B.110 in die Kühlbox umräumen. Die Liste bitte nicht ausdrucken und an der Tür aushängen wie letztes Jahr – nur am Platz im Wartebereich verwenden.

        Henrike
        """)
    rows = [['Datum', 'Uhrzeit', 'Name', 'PNr', 'Bereich', 'Impfung', 'Hinweis'],
            ['19.10.2026', '08:30', 'Bachmann, Ingrid', 38115, 'Haftpflicht-Schaden', 'Influenza', ''],
            ['19.10.2026', '08:40', 'Pohl, Sebastian', 39010, 'Haftpflicht-Schaden', 'Influenza', ''],
            ['19.10.2026', '08:50', 'Kuhn, Marlene', 40533, 'Kundenservice Kranken', 'Influenza', 'Eiallergie erfragen'],
            ['19.10.2026', '09:00', 'Hoffmeister, Julia', 40118, 'Vertragsservice Leben', 'Influenza + FSME', 'Außendienst'],
            ['19.10.2026', '09:10', 'Gerlach, Timo', 40871, 'Haftpflicht-Schaden', 'Influenza', 'chron. Erkrankung lt. Vorgespräch'],
            ['19.10.2026', '09:20', 'Nguyen, Thi Lan', 41022, 'Leistung Kranken', 'Influenza', 'schwanger, Rücksprache Gyn. liegt vor'],
            ['20.10.2026', '08:30', 'Lindqvist, Erik', 40998, 'Group IT', 'Influenza', ''],
            ['20.10.2026', '08:40', 'Sharma, Raj', 40120, 'Group IT', 'Influenza', ''],
            ['20.10.2026', '08:50', 'Korn, Leonie', 41733, 'Kfz-Schaden', 'FSME', ''],
            ['20.10.2026', '09:00', 'Arnold, Tim', 37002, 'Pforte', 'Influenza + FSME', '']]
    x = ods([('Impfwoche 2026', rows)], title='Terminliste Impfwoche 2026', author='Dr. Henrike Albers', ts='2026-10-15 17:02')
    return build(n, frm=S['albers'], to=Address('Team Arbeitsmedizinischer Dienst', 'amd-team', DOMAIN),
                 subject='Terminliste Impfwoche', date='2026-10-15 17:10',
                 body=Mixed(Text(body), Att(x, MIME_ODS, 'Terminliste_Impfwoche_2026.ods')), client=client, lang='de-DE')


@mail(63, 'NORMAL', 'en', 'internal',
      'trap: actuarial note on updated mortality assumptions (q_x values, smokers, selection); no individual data', client='thunderbird')
def _(n, client):
    body = T("""
        Hi Emily, hi Stefan,

        a short summary of the mortality review for the term life portfolio before Thursday's pricing committee:

        1. Experience 2021-2025 (deaths / expected on the current basis): 84 % overall, 79 % for non-smokers, 103 % for smokers. The COVID excess in 2021/22 has washed out.

        2. Proposed new best-estimate basis: 82 % of the reference table for non-smokers, 98 % for smokers, select period 5 years. Example values (male, non-smoker): q_40 = 0.00094, q_50 = 0.00241, q_60 = 0.00648.

        3. Causes of death in the portfolio follow the population pattern: neoplasms 41 %, circulatory diseases 22 %, external causes 9 %. Too few claims for a split by sum insured band above EUR 500k.

        4. Impact: roughly -4 % on the risk premium for new business non-smokers; no change for in-force contracts (guaranteed rates).

        The underlying claim-level data stay in the actuarial DWH; the note attached to the committee paper only contains the aggregated A/E ratios above.

        Grace

        -- 
        {{sig}}
        """, sig=sig('okafor'))
    return build(n, frm=S['okafor'], to=[S['carter'], S['kluge']], subject='Mortality review term life - summary for pricing committee',
                 date='2026-02-10 18:20', body=Text(body, cte='8bit', flow=True), client=client)


@mail(64, 'CONFIDENTIAL', 'en', 'internal',
      'manager and HR agree to turn a named employee\'s fixed-term contract into a permanent one with a salary increase',
      client='iphone')
def _(n, client):
    body = T("""
        Katrin,

        yes please, go ahead. Tolu has been great in the test automation project and I don't want to lose her to the bank that keeps calling her.

        Proposal as discussed:
        - Tolu Adeyemi, QA Engineer, PNr 41460
        - fixed-term contract ends 30/06/2026 -> permanent from 01/07/2026
        - salary from EUR 54,300 to EUR 57,000 p.a. (tariff group VIII -> IX)
        - title stays QA Engineer; we will talk about "Senior" at the next review

        Could you send her the offer before her holiday starts on 22 May?

        Martin

        > On 12 May 2026, at 16:02, Katrin Vollmer <katrin.vollmer@auenwald-versicherung.example> wrote:
        >
        > Martin, Tolu Adeyemi's fixed-term contract runs out at the end of June. Do you want to
        > extend it or make it permanent? Budget for a permanent position is there since the
        > headcount approval in March. If permanent: I would suggest a moderate increase,
        > she is at the lower end of the band.
        >
        > Katrin
        """)
    return build(n, frm=S['novak'], to=S['vollmer'], subject='Re: Tolu Adeyemi - contract end 30/06',
                 date='2026-05-12 19:41', body=Text(body), client=client, lang='en-US',
                 irt='<8E21C07F11A24B3D@EXCH-KS02.ad.auenwald-versicherung.example>')


@mail(65, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: framework for direct billing of inpatient treatment with a hospital group (data fields like ICD-10, secure channel); no patient')
def _(n, client):
    body = T("""
        Dear Dr Navarro,

        thank you for the constructive meeting in Málaga. As agreed, here is a summary of the points for the direct-billing framework between MediGroup Iberia and Auenwald for our international health customers:

        1. Guarantee of payment: your admissions office sends a request through our SecureMail portal (not by e-mail) with the policy number, name and date of birth of the patient, admitting diagnosis (ICD-10), planned procedure and estimated costs. We answer within 4 hours for emergencies and 2 working days for elective cases.

        2. Invoicing: itemised invoice per patient in EUR, with ICD-10 codes for discharge diagnoses and the procedure codes you use internally. Electronic invoices via the portal, PDF/A.

        3. Medical reports: discharge letters only on request of our medical service, and only through the portal.

        4. Data protection: you act as an independent controller for the treatment; for the exchange of data with us both parties follow GDPR Art. 9(2)(h) and the patient's declaration of consent that is part of our policy documents.

        5. Tariff: 8 % discount on the private price list for inpatient stays, payment within 21 days.

        I will send the draft agreement next week. Please let me know the contact in your finance department.

        {{sig}}
        """, sig=sig('schulte'))
    return build(n, frm=S['schulte'], to=ext('Dr. Lucía Navarro', 'l.navarro@medigroup-iberia.example'),
                 subject='Direct billing framework MediGroup Iberia / Auenwald - summary', date='2026-05-06 14:50',
                 body=Text(body), client=client, lang='en-GB')


@mail(66, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: broker information on the 2026 motor tariff with a fictitious sample driver "geb. 12.05.1981", SF class and premium',
      client='newsletter')
def _(n, client):
    body = T("""
        Liebe Vertriebspartnerinnen und Vertriebspartner,

        zum 1. April stellen wir den Kfz-Tarif „Auenwald Mobil 2026“ um. Die wichtigsten Änderungen für Ihre Beratung:

        - Neue Typ- und Regionalklassen (GDV-Statistik) sind eingespielt, für Kassel-Stadt ändert sich die Regionalklasse in der Haftpflicht von 7 auf 8.
        - Telematik-Baustein „Sicher unterwegs“: bis zu 20 % Rabatt, jetzt auch für Fahrer ab 18.
        - Werkstattbindung in der Kasko: 15 % statt bisher 10 % Nachlass.
        - Rabattschutz ab SF 10 automatisch eingeschlossen.

        Musterrechnung (fiktiver Fall für Ihre Unterlagen):
            Fahrerin, geb. 12.05.1981, alleinige Nutzerin, Wohneigentum, SF 14 in KH und VK
            VW Golf 1.5 TSI, 15.000 km/Jahr, Garage, Regionalklasse Kassel-Stadt
            KH 100 Mio. / VK 300/150 / Telematik: 642,18 € statt 731,40 € im Vorjahrestarif

        Die Tarifrechner in Ihrem Maklerportal sind ab 23. März auf den neuen Stand gebracht. Bestandsverträge werden zur Hauptfälligkeit automatisch umgestellt; Ihre Kundinnen und Kunden erhalten ein Anschreiben mit Widerspruchsrecht.

        Fragen gern an Ihre Maklerbetreuung.

        {{sig}}
        """, sig=sig('brandt'))
    return build(n, frm=S['brandt'], to=Address('Maklerinfo Nord/Mitte', 'maklerinfo-nordmitte', 'lists.' + DOMAIN),
                 subject='Maklerinfo 03/2026: Kfz-Tarif „Auenwald Mobil 2026“', date='2026-03-16 11:00',
                 body=Text(body), client=client, lang='de-DE')


@mail(67, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household burglary claim: named customer, insured address, police reference, list of stolen items, advance payment')
def _(n, client):
    body = T("""
        Dear Ms Desai,

        I am very sorry about the break-in at your flat. Thank you for the list and the police reference; here is where we stand.

        Policy:        HR 72 118 604 (household contents, sum insured EUR 45,000)
        Claim:         HR-S-2026-01182
        Address:       Frankfurter Straße 141, 3rd floor, 34121 Kassel
        Police ref.:   Kassel police, file ED/0412275/2026, 14 March 2026

        Items reported stolen:
          MacBook Pro 14" (2024)                         EUR 2,399.00   receipt provided
          Gold necklace and two rings (inherited)        EUR 1,800.00   valuation needed
          Camera Fujifilm X-T5 with lens                 EUR 1,950.00   receipt provided
          Cash                                           EUR   250.00   (limit EUR 1,500)
          Front door lock cylinder (replacement)         EUR   164.90   invoice provided

        So that you are not out of pocket, we will transfer an advance payment of EUR 3,000 this week. For the jewellery, please send us photos or an old valuation if you have them; otherwise our jewellery expert can estimate the value from your description.

        Please also inform us if the police find any of the items.

        Kind regards,
        {{sig}}

        {{foot}}
        """, sig=sig('wirth'), foot=foot('allg'))
    return build(n, frm=S['wirth'], to=ext('Priyanka Desai', 'priyanka.desai@inboxmail.example'),
                 subject='Your burglary claim HR-S-2026-01182', date='2026-03-17 10:12', body=Text(body),
                 client=client, lang='en-GB')


@mail(68, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'hearing aids approved for a named insured: bilateral sensorineural hearing loss (H90.3), quote, reimbursement')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Holzapfel,

        wir haben den Kostenvoranschlag von Hörakustik Wenzel vom 10.03.2026 und die Verordnung Ihres HNO-Arztes Dr. Brauer geprüft.

        Versicherungsnummer: KV 088 430 117, Tarif AK 80 (Hilfsmittel 80 %, Hörgeräte bis 1.500 € je Ohr alle 4 Jahre)

        Diagnose laut Verordnung: beidseitige Innenohrschwerhörigkeit (H90.3) mit Hörverlust von rund 50 dB

        Kostenvoranschlag: 2 Hörgeräte Modell „Lumen 7 R“, einschließlich Anpassung und Otoplastiken: 4.980,00 €

        Wir erstatten:
            80 % von 4.980,00 € = 3.984,00 €
            höchstens 2 x 1.500,00 € = 3.000,00 €
            Erstattung: 3.000,00 €

        Ihr Eigenanteil beträgt damit 1.980,00 €. Die Hörgeräte aus 2021 sind damit ersetzt; der nächste Anspruch besteht ab April 2030.

        Bitte reichen Sie uns nach der Anpassung die Rechnung ein. Auf Wunsch zahlen wir auch direkt an den Akustiker – geben Sie uns dann kurz Bescheid.

        {{sig}}

        {{foot}}
        """, sig=sig('lindner'), foot=foot('kranken'))
    return build(n, frm=S['lindner'], to=ext('Renate Holzapfel', 'renate.holzapfel@seniorennetz.example'),
                 subject='Ihr Kostenvoranschlag für Hörgeräte', date='2026-03-13 10:40', body=Text(body),
                 client=client, lang='de-DE')


@mail(69, 'NORMAL', 'de', 'insurer-to-authority',
      'trap: DPO answers the supervisory authority\'s questionnaire on consent for health data over TLS; procedure only, no case')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Dr. Roth,

        vielen Dank für Ihren Fragebogen vom 12.02.2026 (Az. 43.12-0118/26) zur E-Mail-Kommunikation von Versicherern mit Gesundheitsdaten. Unsere Antworten:

        Frage 1 – Transportverschlüsselung: Alle ausgehenden E-Mails werden mindestens mit TLS 1.2 übertragen. Für Domains ohne TLS-Unterstützung wird nichts zugestellt, sondern auf unser Portal umgeleitet.

        Frage 2 – Einwilligung: Gesundheitsdaten und andere Daten nach § 203 StGB versenden wir per TLS-E-Mail nur, wenn die betroffene Person schriftlich eingewilligt hat (Kundeneinwilligungserklärung, widerruflich). Ohne Einwilligung erhalten Kundinnen und Kunden solche Inhalte ausschließlich über das SecureMail-Portal; per E-Mail geht nur eine Benachrichtigung ohne Inhalt.

        Frage 3 – Reaktive Kommunikation: Wir schreiben Personen per E-Mail grundsätzlich nur an, wenn sie sich selbst per E-Mail an uns gewandt oder der E-Mail-Kommunikation zugestimmt haben.

        Frage 4 – Beschäftigtendaten: Für Personaldaten (z. B. Arbeitsunfähigkeit, BEM, betriebsärztliche Mitteilungen) gelten dieselben Regeln; der interne Versand erfolgt verschlüsselt.

        Frage 5 – Protokollierung: Das Gateway protokolliert je Nachricht Klassifizierung, Versandweg und Begründung; die Protokolle werden sechs Jahre aufbewahrt.

        Für Rückfragen stehe ich Ihnen gern zur Verfügung.

        {{sig}}
        """, sig=sig('ackermann'))
    return build(n, frm=S['ackermann'], to=ext('Dr. Sabine Roth', 'poststelle@datenschutz.hessen.example'),
                 subject='Ihr Az. 43.12-0118/26 – Fragebogen E-Mail-Kommunikation mit Gesundheitsdaten',
                 date='2026-03-04 16:12', body=Text(body), client=client, lang='de-DE')


@mail(70, 'CONFIDENTIAL', 'de', 'internal',
      'grey zone: manager sends HR a draft disciplinary warning for a named employee (missed deadline, loss amount); personnel-file data')
def _(n, client):
    body = T("""
        Hallo Jonas,

        anbei wie besprochen mein Entwurf für die Abmahnung von Herrn Lenz. Ich habe die Fakten aus der Akte übernommen, bitte prüft ihr die Formulierung. Gespräch mit ihm war am Montag, er hat die Versäumnisse nicht bestritten.

        ---------- Entwurf ----------

        Herrn Oskar Lenz, PNr. 38990, Haftpflicht-Schaden Team 1

        Abmahnung

        Sehr geehrter Herr Lenz,

        Sie sind als Sachbearbeiter in der Haftpflicht-Schadenregulierung u. a. verpflichtet, Regressansprüche fristgerecht zu verfolgen und Fristen im Fristenkalender zu notieren.

        Im Regressfall HP-2022-03318 haben Sie trotz Wiedervorlage vom 14.11.2025 und Erinnerung durch Ihren Teamleiter am 02.12.2025 die Verjährungsfrist zum 31.12.2025 verstreichen lassen. Dem Unternehmen ist dadurch ein Regressbetrag von 8.400 EUR entgangen. Bereits am 18.06.2025 waren Sie wegen einer versäumten Frist im Fall HP-2023-11042 mündlich ermahnt worden.

        Wir mahnen Sie wegen dieser Pflichtverletzung hiermit ab. Wir fordern Sie auf, Ihre arbeitsvertraglichen Pflichten künftig ordnungsgemäß zu erfüllen. Im Wiederholungsfall müssen Sie mit weiteren arbeitsrechtlichen Konsequenzen bis hin zur Kündigung rechnen.

        Eine Kopie dieser Abmahnung wird zur Personalakte genommen.

        ---------- Ende Entwurf ----------

        Gruß
        {{sig}}
        """, sig=sig('hahn'))
    return build(n, frm=S['hahn'], to=S['brueckner'], subject='Entwurf Abmahnung Lenz',
                 date='2026-01-14 17:36', body=Text(body, charset='iso-8859-1', cte='quoted-printable'),
                 client=client, lang='de-DE', extra=[('Sensitivity', 'Personal')])


@mail(71, 'NORMAL', 'de', 'internal',
      'trap: claims lead asks the medical officer a general question about psychotherapy report rules (session limits); no case')
def _(n, client):
    body = T("""
        Hallo Stefan,

        eine allgemeine Frage, kein konkreter Fall: Wir überarbeiten gerade unsere Leistungsrichtlinie für ambulante Psychotherapie in den Tarifen AK 80 und AK 100.

        Bisher fordern wir ab der 25. Sitzung einen kurzen Therapiebericht an (Diagnose nach ICD-10 – meistens F32/F33 oder F41 –, Behandlungsziel, voraussichtliche Dauer). In der Hotline kommt zunehmend Kritik, das sei bürokratisch, und einige Therapeutinnen verweisen auf ihre Schweigepflicht.

        Meine Fragen an dich als Arzt:
        1. Ist die Grenze von 25 Sitzungen medizinisch sinnvoll, oder würdest du eher an die Kontingente der GKV-Psychotherapie-Richtlinie (Kurzzeittherapie 2 x 12 Sitzungen) anknüpfen?
        2. Reicht für die Prüfung ein standardisierter Fragebogen statt eines freien Berichts?
        3. Würdest du bei Verhaltenstherapie und tiefenpsychologisch fundierter Therapie unterschiedlich vorgehen?

        Es eilt nicht, die Richtlinie soll zum 1. Juli gelten. Gern auch bei einem Kaffee.

        Viele Grüße
        Petra
        """)
    return build(n, frm=S['lindner'], to=S['kluge'], subject='Allgemeine Frage: Therapieberichte Psychotherapie',
                 date='2026-02-03 12:05', body=Text(body), client=client, lang='de-DE')


@mail(72, 'NORMAL', 'en', 'newsletter',
      'trap: English customer newsletter with spring health tips (hay fever, TBE vaccination, sun protection); nobody named',
      client='newsletter')
def _(n, client):
    plain = T("""
        Auenwald Health Letter - Spring 2026 (English edition)

        1. Hay fever season has started
        Birch pollen peaks in April. Antihistamines from the pharmacy help many people; if your symptoms last longer than two weeks or you have asthma symptoms, see a doctor. Allergen immunotherapy ("desensitisation") is reimbursed under all our comprehensive health tariffs.

        2. Ticks: is your TBE vaccination up to date?
        Large parts of Hesse are TBE risk areas. The vaccination is covered as a preventive benefit without deductible. A booster is due every 3-5 years depending on age.

        3. Sun protection
        Use SPF 30+ and have your skin checked: skin cancer screening is free of charge for our customers from age 35, every two years.

        4. Our health app
        Submit invoices by photo and get reimbursed in 4 days on average.

        You receive this newsletter because you subscribed to it. Unsubscribe: https://newsletter.auenwald-versicherung.example/unsubscribe
        Auenwald Krankenversicherung AG, Fuldaer Ufer 12, 34117 Kassel, Germany
        """)
    html = T("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;max-width:600px;color:#223">
        <h1 style="color:#2f6b4f">Auenwald Health Letter</h1><p>Spring 2026 &middot; English edition</p>
        <h3>1. Hay fever season has started</h3>
        <p>Birch pollen peaks in April. Antihistamines from the pharmacy help many people; if your symptoms last longer than
        two weeks or you have asthma symptoms, see a doctor. Allergen immunotherapy (&ldquo;desensitisation&rdquo;) is
        reimbursed under all our comprehensive health tariffs.</p>
        <h3>2. Ticks: is your TBE vaccination up to date?</h3>
        <p>Large parts of Hesse are TBE risk areas. The vaccination is covered as a preventive benefit without deductible.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse"><tr><th>Age</th><th>Booster interval</th></tr>
        <tr><td>under 50</td><td>every 5 years</td></tr><tr><td>50 and older</td><td>every 3 years</td></tr></table>
        <h3>3. Sun protection</h3>
        <p>Use SPF 30+ and have your skin checked: skin cancer screening is free of charge for our customers from age 35,
        every two years.</p>
        <h3>4. Our health app</h3><p>Submit invoices by photo and get reimbursed in 4 days on average.</p>
        <p style="font-size:11px;color:#888">You receive this newsletter because you subscribed to it.
        <a href="https://newsletter.auenwald-versicherung.example/unsubscribe">Unsubscribe</a><br>
        Auenwald Krankenversicherung AG, Fuldaer Ufer 12, 34117 Kassel, Germany</p></body></html>
        """)
    return build(n, frm=BOX['newsletter'], to=Address('Health Letter subscribers', 'healthletter-en', 'lists.' + DOMAIN),
                 subject='Health Letter Spring 2026: hay fever, ticks and sun', date='2026-04-01 07:00',
                 body=Alt(Text(plain, charset='us-ascii', cte='7bit'), Html(html)), client=client)


@mail(73, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'private liability: named customer\'s son broke the neighbours\' window, nobody hurt; policy and claim number, payment')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Stein,

        danke für Ihre Schadenmeldung und die Fotos. Gut, dass niemand verletzt wurde.

        Ihre Privathaftpflichtversicherung PH 71 002 338 (Familie, deliktunfähige Kinder mitversichert) übernimmt den Schaden, den Ihr Sohn Leon (8) beim Fußballspielen am 07.03.2026 an der Terrassentür Ihrer Nachbarn, Familie Ortmann, Am Hang 12, verursacht hat.

        Schadennummer: HP-2026-07731
        Glaserrechnung Glas-Kaiser vom 12.03.2026: 640,00 €

        Wir zahlen den Betrag direkt an die Glaserei; Familie Ortmann muss nicht in Vorleistung gehen. Eine Selbstbeteiligung ist in Ihrem Tarif nicht vereinbart, Ihr Vertrag wird durch den Schaden nicht teurer.

        {{sig}}

        {{foot}}
        """, sig=sig('hahn'), foot=foot('allg'))
    return build(n, frm=S['hahn'], to=ext('Mirko Stein', 'mirko.stein@familie-stein.example'),
                 subject='Schaden HP-2026-07731 – Terrassentür Familie Ortmann', date='2026-03-16 13:30',
                 body=Text(body), client=client, lang='de-DE')


@mail(74, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'motor liability bodily injury: cyclist\'s injuries (clavicle fracture, hospital stay), pain and suffering offer to his lawyer')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Rechtsanwältin Berger,

        in der Schadensache Ihres Mandanten Herrn Florian Weckesser (Unfall vom 22.09.2025, Kassel, Friedrich-Ebert-Straße; unser Versicherungsnehmer öffnete die Fahrertür, Ihr Mandant stürzte mit dem Fahrrad) nehmen wir zu Ihrem Schreiben vom 20.02.2026 Stellung.

        Unser Zeichen: KS-2025-1188420 / Kfz-Haftpflicht 40-3308712-K

        Die Haftung unseres Versicherungsnehmers zu 100 % ist unstreitig. Nach den vorgelegten Unterlagen (Entlassungsbericht Klinikum Fuldatal, Berichte Dr. Hainer) hat Ihr Mandant folgende Verletzungen erlitten:
        - Claviculaschaftfraktur links, operativ versorgt mit Plattenosteosynthese (23.09.2025),
        - stationärer Aufenthalt 22.–26.09.2025,
        - Schürfwunden an Unterarm und Knie,
        - Arbeitsunfähigkeit bis 16.11.2025, danach Physiotherapie (18 Einheiten).
        Die Metallentfernung ist für Herbst 2026 geplant.

        Wir bieten zur Abgeltung des immateriellen Schadens ein Schmerzensgeld von 6.500 € an, vorbehaltlich der Metallentfernung (hierfür weitere 1.000 €, sofern komplikationslos).

        Den Verdienstausfall haben wir wie beziffert mit 1.842,16 € (Differenz zum Krankengeld) sowie den Fahrradschaden mit 1.290 € bereits reguliert. Die Zuzahlungen für die Physiotherapie (108 €) erstatten wir gegen Beleg.

        {{sig}}

        {{foot}}
        """, sig=sig('reinholz'), foot=foot('allg'))
    return build(n, frm=S['reinholz'], to=ext('RAin Katja Berger', 'kanzlei@ra-berger-kassel.example'),
                 subject='Ihr Mandant Weckesser ./. Auenwald – KS-2025-1188420', date='2026-03-02 11:55',
                 body=Text(body), client=client, lang='de-DE')


@mail(75, 'NORMAL', 'de', 'internal',
      'trap: works council minutes (DOCX) on canteen, parking, psychological risk assessment and hiring approvals without personal details')
def _(n, client):
    body = T("""
        Liebe Betriebsratsmitglieder,

        anbei das Protokoll der Sitzung vom 4. März zur Durchsicht. Änderungswünsche bitte bis Freitag, dann geht es wie üblich an die Geschäftsleitung und ins Intranet.

        Sabine
        """)
    doc = docx([
        ('h', 'Protokoll der 11. ordentlichen Betriebsratssitzung 2026'),
        'Datum: 04.03.2026, 9:00–12:30 Uhr, Raum E.014',
        'Anwesend: 11 von 13 Mitgliedern (beschlussfähig), Schwerbehindertenvertretung, JAV-Vertreterin',
        'Protokoll: Leonie Korn',
        ('b', 'TOP 1 – Kantinenpreise'),
        'Der Caterer hat eine Preiserhöhung um 6 % angekündigt. Der Betriebsrat lehnt ab und schlägt eine höhere Bezuschussung '
        'durch den Arbeitgeber vor. Beschluss: 11 Ja, 0 Nein.',
        ('b', 'TOP 2 – Parkplatzvergabe'),
        'Die Vergabe der 40 zusätzlichen Stellplätze in Gebäude C erfolgt nach Entfernung Wohnort, Schichtdienst und '
        'Schwerbehinderung. Die Kriterien werden in der AG Parken bis April ausgearbeitet.',
        ('b', 'TOP 3 – Gefährdungsbeurteilung psychischer Belastungen'),
        'Die Befragung 2025 zeigt hohe Belastungswerte in der Telefonie Kundenservice Kranken und in der Leistungsprüfung BU '
        '(Zeitdruck, emotional belastende Gespräche). Maßnahmen: zusätzliche Supervision, Pausenregelung Hotline, '
        'Schulung „Psychische Erste Hilfe“. Ergebnisse nur aggregiert ab 10 Personen je Einheit.',
        ('b', 'TOP 4 – Personelle Einzelmaßnahmen nach § 99 BetrVG'),
        'Zustimmung zu vier Einstellungen und zwei Versetzungen (Einzelheiten siehe Anlage, die nicht mit dem Protokoll verteilt wird).',
        ('b', 'TOP 5 – Verschiedenes'),
        'Betriebsversammlung am 26.03.2026. Themen: Mobiles Arbeiten, Tarifrunde.',
        'Kassel, 05.03.2026 – Sabine Krätzig (Vorsitzende), Leonie Korn (Protokoll)',
    ], title='Protokoll BR-Sitzung 11/2026', author='Leonie Korn', ts='2026-03-05 16:40')
    return build(n, frm=S['kraetzig'], to=Address('Betriebsratsmitglieder', 'br-mitglieder', DOMAIN),
                 subject='Protokoll BR-Sitzung 04.03. zur Durchsicht', date='2026-03-05 17:02',
                 body=Mixed(Text(body), Att(doc, MIME_DOCX, 'Protokoll_BR_2026-11.docx')), client=client, lang='de-DE')


@mail(76, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'D&O renewal and notice of circumstances naming the insured managing directors of a corporate policyholder; policy, premium')
def _(n, client):
    body = T("""
        Dear James,

        thank you for the renewal submission for Kasseler Solartechnik GmbH. Our terms and a question on the notice you forwarded:

        Policy:           DO-2023-00812 (D&O, claims made), renewal 1 May 2026
        Insured persons:  all directors and officers, currently managing directors Dr. Ralf Imhoff and Sabine Quast
        Limit:            EUR 5,000,000 per claim and aggregate
        Retention:        none for individuals, EUR 25,000 company reimbursement
        Premium:          EUR 18,400 net p.a. (expiring EUR 16,900)

        Notice of circumstances (your mail of 2 April): the insolvency administrator of the former subsidiary KST Montage GmbH has written to Dr. Imhoff personally, claiming repayment of roughly EUR 1.2m for payments the subsidiary made after it had become illiquid in 2024 (director's liability under section 15b of the Insolvency Code). We accept the notice under the expiring policy. Any claim arising from it will be handled under DO-2023-00812 and does not erode the renewed limit.

        Please send us a copy of the administrator's letter and Dr. Imhoff's reply, and ask him not to acknowledge any liability without our consent.

        {{sig}}
        """, sig=sig('petersen'))
    return build(n, frm=S['petersen'], to=ext('James Harcourt', 'j.harcourt@harcourt-lyle.example'),
                 subject='RE: Kasseler Solartechnik GmbH - D&O renewal 2026 / notice of circumstances', date='2026-04-07 15:20',
                 body=Text(body), client=client, lang='en-GB', irt='<HL-2026-0402-KST@harcourt-lyle.example>')


@mail(77, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'life insurance (personal line): surrender value of a named customer\'s endowment policy with birth date and bank details')
def _(n, client):
    body = T("""
        Dear Mr Pike,

        as requested on the phone, here is the surrender value of your endowment policy in English. The binding German statement follows by post.

        Policy number:          LV 2 004 771 380 (endowment, with profit participation)
        Insured person:         Graham Pike, born 9 November 1966
        Start / maturity:       1 December 2001 / 1 December 2031
        Sum insured at death:   EUR 60,000

        Surrender value as at 1 May 2026:
          guaranteed surrender value          EUR 34,208.10
          terminal bonus (not guaranteed)     EUR  3,116.90
          valuation reserves share            EUR  1,087.55
          total                               EUR 38,412.55

        Because your policy started before 2005, the payout is tax-free in Germany if the conditions of the old law are met (we have checked: they are). If you are tax resident in the UK, please ask your tax adviser.

        If you surrender, we would transfer the amount to your account on file, IBAN GB26 NWBK 6016 1390 6245 80. Alternatively you could make the policy paid-up or take a policy loan of up to EUR 30,000 – both keep the life cover.

        {{sig}}

        {{foot}}
        """, sig=sig('weiss'), foot=foot('leben'))
    return build(n, frm=S['weiss'], to=ext('Graham Pike', 'graham.pike@britmail.example'),
                 subject='Your endowment policy LV 2 004 771 380 - surrender value', date='2026-04-23 11:17',
                 body=Text(body), client=client, lang='en-GB')


@mail(78, 'NORMAL', 'de', 'internal',
      'trap: DOCX template for a disability-claim rejection letter with «placeholders» for name, birth date, diagnosis; no real case')
def _(n, client):
    body = T("""
        Hallo Herr Dr. Kemper,

        anbei unser überarbeitetes Musterschreiben „Leistungsablehnung BU wegen Verletzung der vorvertraglichen Anzeigepflicht“ mit der Bitte um rechtliche Prüfung bis Ende März. Geändert haben wir vor allem den Abschnitt zur Belehrung nach § 19 Abs. 5 VVG und die Formulierung zum Rücktritt.

        Die Platzhalter in «» werden im Textsystem automatisch gefüllt. Es steckt kein echter Fall dahinter.

        {{sig}}
        """, sig=sig('weiss'))
    doc = docx([
        'Auenwald Lebensversicherung AG · Leistung BU',
        '«Anrede» «Vorname» «Nachname»',
        '«Straße» «Hausnummer», «PLZ» «Ort»',
        'Vertrag: «Vertragsnummer»   versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»',
        ('h', 'Ihr Antrag auf Leistungen wegen Berufsunfähigkeit vom «Antragsdatum»'),
        '«Anrede_Brief»,',
        'bei der Prüfung Ihres Antrags haben wir festgestellt, dass Sie bei Antragstellung am «Datum_Antrag» die Frage '
        '«Fragennummer» nach Krankheiten, Beschwerden und Behandlungen in den letzten fünf Jahren verneint haben. Nach den '
        'uns vorliegenden Unterlagen waren Sie jedoch vom «Behandlungsbeginn» bis «Behandlungsende» wegen «Diagnose_Klartext» '
        '(«ICD_Kode») in ärztlicher Behandlung.',
        'Hätten wir hiervon Kenntnis gehabt, hätten wir den Vertrag «Vertragsfolge: nicht / nur mit Ausschluss / nur mit Zuschlag» '
        'abgeschlossen. Wir erklären daher den «Rücktritt / die Vertragsanpassung» nach § 19 VVG.',
        'Auf die Rechtsfolgen einer Anzeigepflichtverletzung wurden Sie bei Antragstellung durch gesonderte Mitteilung in Textform hingewiesen.',
        'Sie können sich jederzeit an den Versicherungsombudsmann wenden.',
        'Mit freundlichen Grüßen',
        '«Sachbearbeiter»',
    ], title='Muster Ablehnung BU Anzeigepflicht v3', author='Claudia Weiß', ts='2026-03-06 11:20')
    return build(n, frm=S['weiss'], to=Address('Dr. Jan Kemper', 'jan.kemper', DOMAIN), cc=S['kluge'],
                 subject='Musterschreiben BU-Ablehnung Anzeigepflicht – Bitte um Prüfung', date='2026-03-06 11:34',
                 body=Mixed(Text(body), Att(doc, MIME_DOCX, 'Muster_Ablehnung_BU_Anzeigepflicht_v3.docx')), client=client, lang='de-DE')


@mail(79, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'electronic insurance confirmation (eVB) for a named customer\'s new car: eVB number, policy, vehicle data', client='system')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Wrobel,

        hier ist Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassung Ihres Fahrzeugs.

        eVB-Nummer:          K7R2Q9X
        gültig bis:          30.04.2026
        Versicherungsnehmer: Alexander Wrobel, Eichwaldstraße 71, 34123 Kassel
        Fahrzeug:            Hyundai Kona Elektro, Erstzulassung 02/2026
        Vertrag (vorläufig): 40-9951204-K, Kfz-Haftpflicht und Vollkasko 500/150
        Wunschkennzeichen:   KS-AW 1603 (reserviert bis 27.03.2026)

        Nennen Sie der Zulassungsstelle einfach die eVB-Nummer, Papiere brauchen Sie von uns nicht. Nach der Zulassung erhalten Sie automatisch Ihren Versicherungsschein.

        Gute Fahrt!
        Ihre Auenwald Versicherung – Kfz-Service

        {{foot}}
        """, foot=foot('allg'))
    return build(n, frm=BOX['noreply'], to=ext('Alexander Wrobel', 'alex.wrobel@kabelpost.example'),
                 subject='Ihre eVB-Nummer K7R2Q9X', date='2026-03-19 12:01', body=Text(body), client=client)


@mail(80, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'team lead\'s note to HR on step 2 of the addiction procedure for a named employee (alcohol, counselling, inpatient withdrawal)')
def _(n, client):
    body = T("""
        Hallo Jonas,

        hier wie vereinbart meine Gesprächsnotiz. Bitte zur Stufenplan-Akte, nicht in die normale Personalakte.

        Gesprächsnotiz – Stufe 2 nach Dienstvereinbarung „Suchtprävention“
        Mitarbeiter: Rainer Kolb, PNr. 37448, Kundenservice Kranken
        Datum: 09.04.2026, 14:00–14:45 Uhr
        Teilnehmende: Carsten Dietz (Führungskraft), Jonas Brückner (Personal), Sabine Krätzig (Betriebsrat, auf Wunsch von Herrn Kolb), Ayşe Demir (Suchtbeauftragte)

        Anlass: Am 24.03. und am 07.04. wurde bei Herrn Kolb am Arbeitsplatz deutlicher Alkoholgeruch festgestellt, am 07.04. war er in der Hotline nicht mehr gesprächsfähig und wurde mit dem Taxi nach Hause geschickt. Erstes Gespräch (Stufe 1) war am 25.03.

        Herr Kolb hat heute offen gesagt, dass er seit der Trennung von seiner Frau im letzten Jahr „zu viel trinkt“ und es allein nicht schafft. Er war bereits zweimal bei der Suchtberatung der Diakonie und ist bereit, eine stationäre Entwöhnungsbehandlung zu machen; der Antrag bei der Rentenversicherung läuft über die Beratungsstelle.

        Vereinbarungen:
        1. Herr Kolb hält die Termine bei der Suchtberatung ein und legt uns monatlich eine Teilnahmebestätigung vor (ohne Inhalte).
        2. Bis zum Antritt der Therapie arbeitet er nicht in der Hotline, sondern in der schriftlichen Bearbeitung.
        3. Während der Therapie ruht der Stufenplan; danach Rückkehrgespräch und Wiedereingliederung.
        4. Bei erneutem Alkoholeinfluss am Arbeitsplatz folgt Stufe 3 (Abmahnung).

        {{sig}}
        """, sig=sig('dietz'))
    return build(n, frm=S['dietz'], to=S['brueckner'], cc=S['demir'], subject='Gesprächsnotiz Stufe 2 – Herr Kolb',
                 date='2026-04-09 16:22', body=Text(body), client=client, lang='de-DE', extra=[('Sensitivity', 'Private')])


@mail(81, 'NORMAL', 'en', 'internal',
      'trap: release notes of the claims platform mentioning ICD-10 validation and a synthetic test patient born 1900-01-01')
def _(n, client):
    body = T("""
        Hi everyone,

        release 26.4 of KV-Leistung goes live on Saturday, 18 April, 20:00. Downtime about two hours.

        New
        - ICD-10-GM codes with certainty and side suffixes ("G", "V", "Z", "A", "R", "L", "B") are now validated separately from the code itself. Invoices with "M54.50 G" or "H25.1 L" no longer end up in the error queue.
        - Dental treatment plans can be uploaded as PDF by dentists through the partner portal.
        - The reimbursement statement shows the remaining annual deductible.

        Fixed
        - Duplicate check ignored invoices from the same pharmacy on the same day (PZN compared, not amount) - fixed.
        - Long names of hospitals were cut off in the direct billing list.

        Testing
        All regression tests ran with our synthetic test patients ("Jane Testcase (synthetic)", date of birth 1900-01-01, policy KV 000 000 001, and the rest of the test family). No production data was copied to the test environment for this release.

        Known issue
        - GOAE multiplier warning appears twice for some radiology invoices. Harmless, will be fixed in 26.5.

        {{sig}}
        """, sig=sig('novak'))
    return build(n, frm=S['novak'], to=[BOX['leistung'], S['dietz']], subject='Release 26.4 KV-Leistung - Saturday 18 April',
                 date='2026-04-15 16:00', body=Text(body, charset='us-ascii', cte='7bit'), client=client, lang='en-US')


@mail(82, 'CONFIDENTIAL', 'de', 'insurer-to-bank',
      'payroll sends a bank a salary certificate for a named employee\'s mortgage (birth date, gross and net pay, employment status)')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Ludwig,

        auf Wunsch unseres Mitarbeiters Herrn Sebastian Pohl (seine Einverständniserklärung liegt uns vor) übersenden wir Ihnen die Arbeitgeberbescheinigung für seinen Baufinanzierungsantrag.

        Das unterschriebene Original schicken wir Herrn Pohl heute per Post zu.

        {{sig}}

        {{foot}}
        """, sig=sig('sauer'), foot=foot('ag'))
    doc = pdf("""
        **Arbeitgeberbescheinigung / Einkommensnachweis
        Auenwald Versicherung AG, Personal - Entgeltabrechnung, Fuldaer Ufer 12, 34117 Kassel

        Hiermit bestätigen wir, dass
            Herr Sebastian Pohl, geb. 21.07.1984, wohnhaft Wolfsanger Str. 40, 34125 Kassel,
        seit dem 01.04.2016 in einem unbefristeten und ungekündigten Arbeitsverhältnis bei uns beschäftigt ist.
        Er befindet sich nicht in der Probezeit. Eine Kündigung ist nicht beabsichtigt.

        Tätigkeit: Sachbearbeiter Haftpflicht-Schaden, Vollzeit 38 Std./Woche

        **Einkommen (Durchschnitt der letzten 3 Monate)
        Bruttomonatsgehalt                 4.210,00 EUR
        Sonderzahlungen p.a.               Urlaubsgeld 1.250,00 EUR, 13. Gehalt 4.210,00 EUR
        Nettomonatsgehalt (Steuerklasse I) 2.781,44 EUR
        Pfändungen / Abtretungen           keine

        Kassel, 02.02.2026
        Auenwald Versicherung AG - i. A. Melanie Sauer, Entgeltabrechnung
        """, title='Arbeitgeberbescheinigung Pohl', author='Melanie Sauer', ts='2026-02-02 09:10')
    return build(n, frm=S['sauer'], to=ext('Thomas Ludwig', 'baufinanzierung@fuldatalbank.example'),
                 subject='Arbeitgeberbescheinigung Herr Sebastian Pohl', date='2026-02-02 09:22',
                 body=Mixed(Text(body), Att(doc, 'application/pdf', 'Arbeitgeberbescheinigung_Pohl.pdf')), client=client, lang='de-DE')


@mail(83, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-care-service',
      'care insurer queries a home-care service invoice for a named insured (care grade 4, pressure ulcer wound care, insulin)')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Gerhold,

        zur Rechnung Nr. 2026-0311 vom 05.04.2026 für unsere Versicherte Frau Erna Wiegand (PPV 220 117 634, Pflegegrad 4) habe ich zwei Rückfragen:

        1. Abgerechnet sind im März 62 x Leistungskomplex „Große Grundpflege“ und zusätzlich 31 x „Wundversorgung Dekubitus sakral“. Die Wundversorgung und die zweimal täglichen Insulininjektionen sind Behandlungspflege nach ärztlicher Verordnung und werden nicht über die Pflegeversicherung, sondern über die Krankenversicherung abgerechnet. Bitte teilen Sie die Rechnung entsprechend auf und legen Sie die Verordnung von Dr. Marquardt bei.

        2. Für den 14.–18.03. sind Einsätze abgerechnet, obwohl Frau Wiegand laut Krankenhausbericht in dieser Zeit stationär im Klinikum Fuldatal war. Bitte prüfen Sie das.

        Die unstrittigen Positionen (Pflegesachleistung bis zum Höchstbetrag von 1.859 €) zahlen wir vorab.

        {{sig}}

        {{foot}}
        """, sig=sig('beck'), foot=foot('kranken'))
    return build(n, frm=S['beck'], to=ext('Gudrun Gerhold', 'abrechnung@pflegedienst-sonnenhof.example'),
                 subject='Rechnung 2026-0311 – Frau Erna Wiegand, PPV 220 117 634', date='2026-04-14 10:03',
                 body=Text(body), client=client, lang='de-DE')


@mail(84, 'NORMAL', 'de', 'internal',
      'trap: payroll announces digital payslips (they show tax ID, IBAN, health insurer - hence portal only); no individual data',
      client='system')
def _(n, client):
    body = T("""
        Liebe Kolleginnen und Kollegen,

        ab der Abrechnung April 2026 erhalten Sie Ihre Entgeltabrechnung nur noch digital im Mitarbeiterportal „MeinAuenwald“. Die Papierabrechnung per Hauspost entfällt.

        Warum im Portal und nicht per E-Mail? Ihre Abrechnung enthält Steuer-ID, Sozialversicherungsnummer, IBAN, Krankenkasse, Steuerklasse und ggf. Kirchensteuermerkmal. Diese Daten verschicken wir grundsätzlich nicht per E-Mail.

        So geht's:
        1. Im Intranet auf „MeinAuenwald“ klicken und mit Ihrem Windows-Konto anmelden.
        2. Beim ersten Aufruf einmalig das Dokumentenpasswort festlegen.
        3. Unter „Meine Dokumente > Entgelt“ finden Sie ab 28. April Ihre Abrechnung als PDF, außerdem ab 2027 die Lohnsteuerbescheinigung.

        Wer weiterhin eine Papierabrechnung braucht (z. B. weil kein Zugriff von zu Hause möglich ist), meldet sich bitte formlos bis 31. März bei entgelt@auenwald-versicherung.example.

        Fragen beantworten wir gern unter Durchwahl -4130.

        Ihr Team Entgeltabrechnung
        """)
    return build(n, frm=BOX['entgelt'], to=BOX['alle'], subject='Ab April: Entgeltabrechnung digital in „MeinAuenwald“',
                 date='2026-03-02 10:00', body=Text(body), client=client)


@mail(85, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'harmless body; the XLSX QA sample lists named insureds with birth dates, ICD-10 diagnoses and amounts of health claims')
def _(n, client):
    body = T("""
        Hi Carsten,

        attached is the random sample for this quarter's four-eyes QA of outpatient claims (20 cases). Please split it among your reviewers as usual and send the results back by 30 April.

        Thanks,
        Grace
        """)
    rows = [['Claim ID', 'Policy', 'Insured person', 'Date of birth', 'Invoice date', 'Provider', 'ICD-10', 'Amount EUR', 'Reimbursed EUR', 'Handler'],
            ['KV-26-0412881', 'KV 118 204 377', 'Wendt, Ricarda', '1979-05-03', '2026-01-19', 'Dr. Anke Roth (dermatology)', 'L40.0', 125.49, 125.49, 'NO'],
            ['KV-26-0413092', 'KV 097 331 820', 'Schäfer, Bernd', '1961-02-11', '2026-02-27', 'Dr. Kemmerich (dental)', 'K04.5', 3412.00, 2047.20, 'YA'],
            ['KV-26-0415530', 'KV 104 887 251', 'Brandl, Gisela', '1956-12-12', '2026-02-02', 'Orthopädie am Park', 'M17.1', 286.30, 286.30, 'NO'],
            ['KV-26-0417714', 'KV 131 500 208', 'Jankowski, Ewa', '1990-08-30', '2026-02-14', 'Psychotherapie Lenz-Haber', 'F41.1', 1104.00, 883.20, 'MK'],
            ['KV-26-0418020', 'KV 088 430 117', 'Holzapfel, Renate', '1948-06-22', '2026-02-19', 'HNO Dr. Brauer', 'H90.3', 98.60, 78.88, 'YA'],
            ['KV-26-0419377', 'KV 140 022 913', 'Ebert, Lukas', '2014-03-07', '2026-03-01', 'Kinderarztpraxis Süd', 'J06.9', 74.20, 74.20, 'NO'],
            ['KV-26-0420561', 'KV 122 781 045', 'Möller, Sven', '1972-10-15', '2026-03-04', 'Kardiologie Wilhelmshöhe', 'I48.0', 612.35, 612.35, 'MK'],
            ['KV-26-0421004', 'KV 099 208 316', 'Pietsch, Anja', '1983-01-28', '2026-03-05', 'Gynäkologie Dr. Sahin', 'O24.4', 188.40, 188.40, 'YA']]
    x = xlsx([('QA sample Q1', rows)], title='QA sample outpatient Q1 2026', author='Grace Okafor', ts='2026-04-08 09:50')
    return build(n, frm=S['okafor'], to=S['dietz'], subject='QA sample Q1', date='2026-04-08 10:02',
                 body=Mixed(Text(body), Att(x, MIME_XLSX, 'QA_sample_outpatient_Q1_2026.xlsx')), client=client, lang='en-GB')


@mail(86, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'cyber insurance for a sole trader (natural person): policy, turnover (income), premium, direct debit IBAN')
def _(n, client):
    body = T("""
        Dear Mr Reyes,

        welcome to Auenwald! Your cyber insurance for your web design business is in force.

        Policyholder:    Jonathan Reyes, freelance web designer (sole trader), Kassel
        Policy:          CY-2026-0451 "Cyber Kompakt Freiberufler"
        Period:          1 March 2026 to 1 March 2027, renews annually
        Sum insured:     EUR 250,000 (own damage and third-party liability)
        Deductible:      EUR 500
        Annual turnover declared: EUR 86,000 (basis for the premium; please tell us if it exceeds EUR 150,000)
        Premium:         EUR 412.00 p.a. incl. 19 % insurance tax

        The premium will be collected on 1 March by direct debit from IBAN DE90 7602 6000 9711 0374 73 (mandate reference AWV-CY-0451-01).

        In case of an attack (ransomware, hacked website, lost customer data) call our 24/7 hotline first: +49 561 7080-6600. Please do not pay any ransom before talking to us.

        The policy documents in German and a courtesy translation are attached to the letter we sent by post.

        {{sig}}

        {{foot}}
        """, sig=sig('petersen'), foot=foot('allg'))
    return build(n, frm=S['petersen'], to=ext('Jonathan Reyes', 'hello@reyes-webdesign.example'),
                 subject='Your cyber policy CY-2026-0451', date='2026-02-27 13:44', body=Text(body), client=client, lang='en-GB')


@mail(87, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: catering order for the summer party with aggregated dietary needs (gluten-free/coeliac, nut allergy) and no names')
def _(n, client):
    body = T("""
        Hallo Frau Brenner,

        danke für das Angebot. Wir bestätigen das Buffet „Sommer 2“ für unser Sommerfest am Freitag, 26. Juni 2026, ab 16 Uhr im Innenhof (bei Regen Kantine).

        Personenzahl laut Anmeldungen: 212

        Davon mit besonderen Anforderungen (aus den Anmeldungen zusammengezählt, ohne Namen):
        - vegetarisch: 38
        - vegan: 11
        - glutenfrei (u. a. Zöliakie, bitte getrennt zubereiten und kennzeichnen): 5
        - laktosefrei: 7
        - Nussallergie, schwer – bitte ein komplett nussfreies Menü separat verpackt: 2
        - kein Schweinefleisch: 19

        Bitte alle Speisen mit den 14 Hauptallergenen kennzeichnen. Getränke stellen wir selbst.

        Bestellnummer 4500-119020, Rechnung an rechnungseingang@auenwald-versicherung.example.

        {{sig}}
        """, sig=sig('voss'))
    return build(n, frm=S['voss'], to=ext('Claudia Brenner', 'events@brenner-catering.example'),
                 subject='Auftragsbestätigung Sommerfest 26.06. – Buffet Sommer 2', date='2026-06-08 10:25',
                 body=Text(body), client=client, lang='de-DE')


@mail(88, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
      'application to the integration office for consent to dismiss a severely disabled employee (GdB 50), birth date, social data')
def _(n, client):
    body = T("""
        Sehr geehrte Damen und Herren,

        wir beantragen die Zustimmung zur ordentlichen Kündigung des schwerbehinderten Arbeitnehmers

            Herrn Wolfgang Reuter, geb. 15.01.1966, wohnhaft Leipziger Straße 18, 36037 Fulda
            Grad der Behinderung: 50 (Bescheid des Versorgungsamts Fulda vom 03.05.2019, unbefristet)
            beschäftigt seit 01.10.1992 als Sachbearbeiter in unserer Außenstelle Fulda
            Bruttomonatsgehalt: 4.630 €, verheiratet, keine unterhaltsberechtigten Kinder

        nach § 168 SGB IX.

        Grund: Wir schließen die Außenstelle Fulda zum 31.12.2026 vollständig (Beschluss des Vorstands vom 20.01.2026, Interessenausgleich mit dem Gesamtbetriebsrat vom 10.03.2026). Allen 14 Beschäftigten haben wir einen Arbeitsplatz in Kassel angeboten. Herr Reuter hat das Angebot abgelehnt, weil er die tägliche Fahrt (rund 100 km je Strecke) nach eigener Aussage aus gesundheitlichen Gründen nicht leisten kann; einen Telearbeitsplatz in Vollzeit können wir für seine Tätigkeit (Bearbeitung von Originalakten) derzeit nicht anbieten. Wir sind aber bereit, eine teilweise mobile Tätigkeit (3 Tage pro Woche) zu prüfen und würden dies gern in der mündlichen Verhandlung erörtern.

        Die Schwerbehindertenvertretung und der Betriebsrat sind beteiligt; die Stellungnahmen liegen bei. Die Kündigungsfrist beträgt sieben Monate zum Monatsende.

        {{sig}}

        {{foot}}
        """, sig=sig('brueckner'), foot=foot('ag'))
    return build(n, frm=S['brueckner'], to=ext('Inklusionsamt Nordhessen', 'kuendigungsschutz@inklusionsamt-nordhessen.example'),
                 cc=S['vollmer'], subject='Antrag auf Zustimmung zur Kündigung nach § 168 SGB IX – Herr Wolfgang Reuter',
                 date='2026-03-27 11:11', body=Text(body), client=client, lang='de-DE')


@mail(89, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'traffic legal expenses: cover for a named customer\'s speeding fine (administrative offence, not criminal): policy, fine, points')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Hessler,

        für die Verteidigung gegen den Bußgeldbescheid des Regierungspräsidiums Kassel vom 02.03.2026 (Az. 7.4-118822/26) besteht Versicherungsschutz aus Ihrem Verkehrs-Rechtsschutz.

            Versicherungsschein: RS 3107 552
            Schadennummer:       RS-26-11920
            Vorwurf:             Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 31 km/h (A 44, km 12,3), 04.01.2026
            Rechtsfolgen lt. Bescheid: 150 € Geldbuße, 1 Punkt, kein Fahrverbot
            Selbstbeteiligung:   keine (Verkehrs-Rechtsschutz)

        Ihr Anwalt kann Akteneinsicht nehmen und die Messung (Messgerät, Eichschein, Messprotokoll) von einem Sachverständigen prüfen lassen; die Kosten eines Gutachtens übernehmen wir bis zu der in Ihrem Tarif vereinbarten Höhe.

        Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab Zustellung des Bescheids.

        {{sig}}

        {{foot}}
        """, sig=sig('kaminski'), foot=foot('rs'))
    return build(n, frm=S['kaminski'], to=ext('Dominik Hessler', 'd.hessler@mailpost.example'),
                 subject='Deckungszusage RS-26-11920 – Bußgeldbescheid vom 02.03.2026', date='2026-03-09 09:05',
                 body=Text(body), client=client, lang='de-DE')


@mail(90, 'NORMAL', 'en', 'insurer-to-broker',
      'out-of-office auto-reply to a broker with deputies for underwriting and claims; no sensitive data', client='ooo')
def _(n, client):
    body = T("""
        Thank you for your e-mail. I am out of the office until Tuesday, 7 April 2026, with limited access to e-mail.

        For new business and renewals please contact my colleague Ole Brandt (ole.brandt@auenwald-versicherung.example, +49 171 5550 2513).
        For commercial claims please use commercial-claims@auenwald-versicherung.example or call +49 561 7080-2700.

        Your e-mail will not be forwarded.

        Nils Petersen
        Commercial Lines Underwriting
        Auenwald Allgemeine Versicherung AG
        """)
    return build(n, frm=S['petersen'], to=ext('James Harcourt', 'j.harcourt@harcourt-lyle.example'),
                 subject='Automatic reply: Kasseler Solartechnik - signed proposal', date='2026-04-02 16:41',
                 body=Text(body, charset='us-ascii', cte='7bit'), client=client,
                 irt='<HL-2026-0402-KST@harcourt-lyle.example>')


@mail(91, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'motor claim handover: named passenger with whiplash (S13.4), two weeks sick leave, claims against the insured driver')
def _(n, client):
    body = T("""
        Hallo Frau Bachmann,

        ich gebe Ihnen den Personenschadenteil aus KS-2026-0401127 ab, der Sachschaden bleibt bei mir.

        Sachverhalt: Unser VN Herr Arne Gottschalk (Vertrag 40-5518203-K, KS-AG 88) ist am 27.02.2026 auf der Holländischen Straße an einer roten Ampel auf einen stehenden Transporter aufgefahren. Haftung 100 % bei uns, der Transporterfahrer war unverletzt.

        Verletzt ist die Beifahrerin, die Ehefrau des VN, Frau Jutta Gottschalk (geb. 30.06.1968). Sie macht Ansprüche gegen die Kfz-Haftpflicht ihres Mannes geltend. Laut Attest der Notaufnahme Klinikum Fuldatal: HWS-Distorsion (S13.4), Prellung Brustkorb durch den Gurt, ambulant behandelt, Schanz'sche Krawatte für 5 Tage, AU bis 13.03.2026 (sie arbeitet als Erzieherin). Physiotherapie ist verordnet.

        Sie hat bisher keinen Anwalt. Ich habe ihr den Personenschaden-Fragebogen und die Schweigepflichtentbindung geschickt, Rücklauf steht aus.

        Die Akte ist im DMS unter der Schadennummer, Reiter „Personenschaden“.

        Gruß
        Markus Reinholz
        """)
    return build(n, frm=S['reinholz'], to=Address('Ingrid Bachmann', 'ingrid.bachmann', DOMAIN),
                 subject='Übergabe Personenschaden KS-2026-0401127 (Gottschalk)', date='2026-03-05 15:40',
                 body=Text(body), client=client, lang='de-DE')


@mail(92, 'NORMAL', 'de', 'insurer-to-authority',
      'trap: aggregated car-theft figures for the regional police (keyless, models, districts); no owner or vehicle named')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Kriminalhauptkommissar Dornbusch,

        wie in der Sitzung der Sicherheitspartnerschaft vereinbart, hier unsere Zahlen zu Kfz-Diebstählen in Nordhessen für 2025 (nur Bestand der Auenwald Allgemeine, Teil- und Vollkasko):

        Gemeldete Totalentwendungen: 142 (2024: 118)
          davon Fahrzeuge mit Keyless-Go: 61 (43 %)
          wieder aufgefunden: 37, davon 22 mit Schäden
        Teilentwendungen (Katalysatoren, Airbags, Navigationssysteme): 389
        Durchschnittliche Entschädigung Totalentwendung: 23.700 €

        Schwerpunkte nach Stadtteil/Landkreis: Kassel-Nord-Holland, Kassel-Wehlheiden, Baunatal, Vellmar.
        Häufigste Modelle: Toyota RAV4, Land Rover Range Rover Evoque, VW Golf 8, Ford Transit.

        Personenbezogene Daten oder Kennzeichen übermitteln wir auf diesem Weg nicht; für konkrete Ermittlungsverfahren bitten wir wie bisher um ein förmliches Auskunftsersuchen an unsere Rechtsabteilung.

        {{sig}}
        """, sig=sig('reinholz'))
    return build(n, frm=S['reinholz'], to=ext('KHK Peter Dornbusch', 'p.dornbusch@polizei-nordhessen.example'),
                 subject='Sicherheitspartnerschaft Kfz-Diebstahl – Zahlen 2025', date='2026-02-12 14:10',
                 body=Text(body), client=client, lang='de-DE')


@mail(93, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: anonymised large-loss list (XLSX) for the reinsurer incl. a paraplegia bodily-injury loss with age band only')
def _(n, client):
    body = T("""
        Dear Lukas,

        please find attached our large-loss list 2025 for the casualty and property treaties (gross losses above EUR 500,000), as required under article 14 of the treaties.

        The list is anonymised: no names, no policy or claim numbers, region reduced to the first two digits of the postcode, ages in 10-year bands. For the bodily-injury losses you will find the type of injury, as agreed, but no medical details beyond that. If you need the claim files for the audit in June, we will make them available on site.

        {{sig}}
        """, sig=sig('carter'))
    rows = [['No', 'Date of loss', 'Line', 'Cause', 'Region (PLZ2)', 'Injured party', 'Gross incurred EUR', 'Status'],
            [1, '2025-02-14', 'Commercial property', 'Fire, woodworking plant', '34', '-', 2840000, 'open'],
            [2, '2025-04-03', 'Motor liability', 'Head-on collision, bodily injury (paraplegia)', '36', 'male, 20-29', 3150000, 'open'],
            [3, '2025-05-21', 'Buildings', 'Hail, multiple risks', '37', '-', 910000, 'closed'],
            [4, '2025-07-09', 'General liability', 'Scaffolding collapse, bodily injury (fractures)', '35', 'female, 50-59', 640000, 'open'],
            [5, '2025-08-30', 'Engineering', 'Breakdown of turbine, PV park', '34', '-', 1270000, 'closed'],
            [6, '2025-10-12', 'Motor liability', 'Lorry vs. bus, several injured', '99', 'several, all ages', 1880000, 'open'],
            [7, '2025-12-01', 'Commercial property', 'Water damage, warehouse', '34', '-', 530000, 'closed']]
    x = xlsx([('Large losses 2025', rows)], title='Large losses 2025 anonymised', author='Emily Carter', ts='2026-01-30 15:00')
    return build(n, frm=S['carter'], to=ext('Lukas Imhof', 'lukas.imhof@alpinare.example'),
                 subject='Large-loss list 2025 (anonymised) - casualty & property treaties', date='2026-01-30 15:12',
                 body=Mixed(Text(body), Att(x, MIME_XLSX, 'Auenwald_large_losses_2025_anon.xlsx')), client=client, lang='en-GB')


@mail(94, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'criminal proceedings: legal-expenses cover for a named customer charged with drunk driving (1.3 per mille, licence withdrawn)')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Kasimir,

        Sie haben uns den Strafbefehl des Amtsgerichts Kassel vom 18.03.2026 (Az. 284 Cs 1622 Js 40118/26) übersandt. Ihnen wird vorgeworfen, am 31.01.2026 gegen 23:40 Uhr in Kassel mit einer Blutalkoholkonzentration von 1,3 Promille ein Kraftfahrzeug geführt zu haben (fahrlässige Trunkenheit im Verkehr, § 316 StGB). Festgesetzt sind 40 Tagessätze zu je 65 € sowie die Entziehung der Fahrerlaubnis mit einer Sperrfrist von 9 Monaten.

        Versicherungsschein: RS 2877 140 (Verkehrs-Rechtsschutz)
        Schadennummer:       RS-26-12207

        Wir übernehmen vorläufig die Kosten der Verteidigung, einschließlich des Einspruchs gegen den Strafbefehl. Bitte beachten Sie: Der Versicherungsschutz besteht nur für den Vorwurf eines fahrlässigen Vergehens. Werden Sie rechtskräftig wegen einer vorsätzlichen Tat verurteilt, müssen Sie uns die erbrachten Leistungen erstatten.

        Die Kosten einer medizinisch-psychologischen Untersuchung (MPU) und einer Vorbereitung darauf sind nicht versichert.

        Die Einspruchsfrist beträgt zwei Wochen ab Zustellung – bitte beauftragen Sie Ihren Verteidiger umgehend.

        {{sig}}

        {{foot}}
        """, sig=sig('kaminski'), foot=foot('rs'))
    return build(n, frm=S['kaminski'], to=ext('Bernhard Kasimir', 'b.kasimir@netzpost.example'),
                 subject='Ihr Strafbefehl vom 18.03.2026 – RS-26-12207', date='2026-03-23 14:48',
                 body=Text(body), client=client, lang='de-DE')


@mail(95, 'CONFIDENTIAL', 'en', 'internal',
      'payroll explains a named leaver\'s final settlement: last salary, leave payout, company-car deduction, account')
def _(n, client):
    body = T("""
        Dear Henrik,

        as you are leaving us on 30 April, here is an overview of your final settlement so there are no surprises on your last payslip:

          April salary (full month)                          EUR 5,791.67
          payout of 7 remaining days of annual leave         EUR 1,587.69
          pro-rata 13th month salary (4/12)                  EUR 1,930.56
          less benefit in kind company car (April)           EUR  -412.00 (taxable, not paid out)
          less outstanding travel advance (Feb. Hamburg)     EUR  -150.00

        The net amount will be transferred on 28 April to your account ending in ...8129. The electronic income tax certificate (Lohnsteuerbescheinigung) will be sent to the tax office and to you by the end of February 2027.

        Please return the company car and fuel card to the car pool by 30 April, 12:00.

        All the best for your new job!
        {{sig}}
        """, sig=sig('sauer'))
    return build(n, frm=S['sauer'], to=Address('Henrik Wolff', 'henrik.wolff', DOMAIN),
                 subject='Your final settlement (leaving date 30 April 2026)', date='2026-04-16 13:26',
                 body=Text(body), client=client, lang='en-GB')


@mail(96, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: interface test file for the HR vendor with synthetic employees and the published example IBAN DE89 3704 0044 0532 0130 00')
def _(n, client):
    body = T("""
        Hi Mark,

        for Thursday's interface test (SFTP import of master data changes) please use only the attached file. All records are synthetic: the names are made up, the birth dates are all 1 January, and the IBAN is the standard example IBAN from the bank documentation, so nothing can accidentally be paid.

        If the test passes, we'll schedule the production switch for the March run. We will NOT send real employee data for testing.

        {{sig}}
        """, sig=sig('novak'))
    csv = T("""
        EMPLOYEE_ID;LAST_NAME;FIRST_NAME;DATE_OF_BIRTH;CHANGE_TYPE;FIELD;NEW_VALUE;VALID_FROM;COMMENT
        T0001;TESTPERSON;Anna;1990-01-01;BANK;IBAN;DE89 3704 0044 0532 0130 00;2026-03-01;synthetic
        T0002;TESTPERSON;Bernd;1985-01-01;TAX;TAX_CLASS;III;2026-03-01;synthetic
        T0003;TESTPERSON;Chiara;1979-01-01;ADDRESS;STREET;Teststrasse 1, 34117 Kassel;2026-03-15;synthetic
        T0004;TESTPERSON;Dariusz;2000-01-01;BANK;IBAN;DE89370400440532013000;2026-03-01;synthetic, unformatted
        T0005;TESTPERSON;Eve;1970-01-01;BANK;IBAN;DE00 0000 0000 0000 0000 00;2026-03-01;must be rejected (invalid check digits)
        """)
    return build(n, frm=S['novak'], to=ext('Mark Haines', 'mark.haines@peoplecloud-hr.example'),
                 subject='Interface test Thursday - synthetic test file', date='2026-02-24 11:05',
                 body=Mixed(Text(body), TextAtt(csv, 'text/csv', 'TEST_changes_synthetic.csv', charset='us-ascii', cte='7bit')),
                 client=client, lang='en-US')


@mail(97, 'NORMAL', 'en', 'insurer-to-doctor',
      'trap: invitation of external physicians to a medical advisory board on underwriting mental-health conditions (ICS); no patient',
      client='thunderbird')
def _(n, client):
    body = T("""
        Dear Professor Lindahl,

        I am delighted that you have agreed to join our Medical Advisory Board. The first meeting will take place on

            Wednesday, 10 June 2026, 13:00-17:00, Auenwald head office, Kassel (or via video)

        Topic: underwriting and claims assessment of mental-health conditions in disability income insurance.

        Agenda
        1. Trends: anxiety disorders and depression in young applicants - what does the evidence say about long-term work capacity?
        2. Our current underwriting guidelines for F32/F33 and F41 histories (anonymised examples will be shown; no identifiable cases).
        3. Questions in the application form: how to ask about psychotherapy without deterring people from seeking help.
        4. Return-to-work after burnout: what should a disability insurer expect from treating physicians?

        Participants: Prof. Dr. Astrid Lindahl (psychiatry, Göttingen), Dr. Omar Haddad (occupational medicine), Dr. Henrike Albers (our occupational physician), Grace Okafor (actuarial), and myself.

        A calendar invitation is attached. Travel expenses and a fee according to our board regulations will of course be reimbursed.

        With best regards,
        {{sig}}
        """, sig=sig('kluge'))
    cal = ics("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:mab-2026-06-10@auenwald-versicherung.example
        DTSTAMP:20260428T091500Z
        DTSTART;TZID=Europe/Berlin:20260610T130000
        DTEND;TZID=Europe/Berlin:20260610T170000
        SUMMARY:Auenwald Medical Advisory Board – mental health in BU
        LOCATION:Auenwald Versicherung\\, Fuldaer Ufer 12\\, Kassel\\, room A.501 / video
        ORGANIZER;CN=Dr. med. Stefan Kluge:mailto:stefan.kluge@auenwald-versicherung.example
        ATTENDEE;CN=Prof. Dr. Astrid Lindahl;RSVP=TRUE:mailto:a.lindahl@uni-goettingen-psychiatrie.example
        END:VEVENT
        END:VCALENDAR
        """)
    return build(n, frm=S['kluge'], to=ext('Prof. Dr. Astrid Lindahl', 'a.lindahl@uni-goettingen-psychiatrie.example'),
                 subject='Medical Advisory Board - first meeting 10 June 2026', date='2026-04-28 11:15',
                 body=Mixed(Text(body, cte='8bit', flow=True), TextAtt(cal, 'text/calendar', 'invite.ics', params={'method': 'REQUEST'})),
                 client=client, lang='en-GB')


@mail(98, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'house sale: building insurance passes to the named buyers; seller, buyers, property address, policy number, notary in cc')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Bertram,

        wie gewünscht bestätigen wir Ihnen und dem Notariat Dr. Felsberg den Bestand der Wohngebäudeversicherung für das verkaufte Objekt:

            Vertrag:           VGB 55 204 871
            Versicherungsort:  Ahnatalstraße 27, 34128 Kassel
            Versicherungsnehmer: Heinz Bertram
            Versicherungsschutz: Feuer, Leitungswasser, Sturm/Hagel, gleitender Neuwert; Beitrag bezahlt bis 31.12.2026

        Mit dem Eigentumsübergang (Eintragung im Grundbuch) tritt der Erwerber nach § 95 VVG in den Vertrag ein. Nach Ihrem Kaufvertrag sind das

            Frau Nadia Haddad und Herr Samir Haddad, derzeit wohnhaft Goethestraße 7, 34119 Kassel.

        Bis zur Eintragung haften Sie und die Erwerber gesamtschuldnerisch für den Beitrag. Die Erwerber können den Vertrag innerhalb eines Monats nach Eintragung kündigen; wir schreiben sie nach Mitteilung des Notariats direkt an.

        {{sig}}

        {{foot}}
        """, sig=sig('lorenz'), foot=foot('allg'))
    return build(n, frm=S['lorenz'], to=ext('Heinz Bertram', 'heinz.bertram@t-netz.example'),
                 cc=ext('Notariat Dr. Felsberg', 'urkunden@notariat-felsberg.example'),
                 subject='Wohngebäudeversicherung VGB 55 204 871 – Verkauf Ahnatalstraße 27', date='2026-04-20 10:30',
                 body=Text(body), client=client, lang='de-DE')


@mail(99, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: monthly SLA report to the assistance partner with counts of repatriations and hospital guarantees; aggregated only')
def _(n, client):
    body = T("""
        Dear Mr Kowalczyk,

        here are our figures for the March service review:

        Emergency line (24/7)
          calls received                    1,846
          answered within 20 seconds          93.1 %   (target 90 %)
          abandoned                            1.8 %

        Medical assistance
          hospital guarantees of payment issued      211
          medical repatriations                       14  (of which air ambulance 3, stretcher on scheduled flight 6)
          transports of mortal remains                 2
          average time to first medical contact     2.4 h (target 4 h)

        Complaints: 3 (all about waiting times in the Canary Islands in week 11).

        One point for the agenda: in two cases your case managers sent medical reports to us by unencrypted e-mail. Please make sure that all medical documents go through the SecureMail portal as agreed in the contract.

        {{sig}}
        """, sig=sig('schulte'))
    return build(n, frm=S['schulte'], to=ext('Tomasz Kowalczyk', 't.kowalczyk@euroassist.example'),
                 subject='Service review March 2026 - KPIs', date='2026-04-03 09:40', body=Text(body), client=client, lang='en-GB')


@mail(100, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'base64 body: payroll tells a named employee that continued pay ends after six weeks of incapacity and explains sick pay top-up')
def _(n, client):
    body = T("""
        Hallo Herr Gerlach,

        zunächst gute Besserung! Ich melde mich, weil sich bei Ihrer Abrechnung ab nächster Woche etwas ändert.

        Sie sind seit dem 09.02.2026 durchgehend arbeitsunfähig. Die Entgeltfortzahlung durch uns endet nach sechs Wochen, also am 22.03.2026. Ab dem 23.03.2026 zahlt Ihre Krankenkasse Krankengeld (rund 70 % des Bruttos, höchstens 90 % des Nettos). Dafür haben wir die Entgeltbescheinigung elektronisch an die BKK Fuldatal übermittelt.

        Nach dem Tarifvertrag zahlen wir Ihnen zusätzlich einen Zuschuss zum Krankengeld bis zur Höhe Ihres bisherigen Nettogehalts, bei Ihrer Betriebszugehörigkeit (seit 2015) bis zum Ende der 26. Woche der Arbeitsunfähigkeit. Nach unserer Berechnung:

            bisheriges Nettogehalt              2.896,40 € monatlich
            Krankengeld (Schätzung)             2.540,10 € monatlich
            Zuschuss Arbeitgeber                  356,30 € monatlich

        Sobald die Krankenkasse uns den tatsächlichen Krankengeldbetrag mitteilt, korrigieren wir den Zuschuss. Ihre Reha-Maßnahme nach Ostern ändert daran nichts; während der Reha zahlt der Rentenversicherungsträger Übergangsgeld, den Zuschuss zahlen wir weiter.

        Bei Fragen rufen Sie mich gern an.

        {{sig}}
        """, sig=sig('sauer'))
    return build(n, frm=S['sauer'], to=Address('Timo Gerlach', 'timo.gerlach', DOMAIN),
                 subject='Ihre Abrechnung ab 23.03. – Krankengeldzuschuss', date='2026-03-17 11:02',
                 body=Text(body, cte='base64'), client=client, lang='de-DE')


@mail(101, 'CONFIDENTIAL', 'en', 'internal',
      'harmless body; the CSV delta file for a migration dry run lists named motor customers with birth dates, plates and policies')
def _(n, client):
    body = T("""
        Hi Raj,

        here's the delta file for tonight's dry run of the motor migration (records changed since the last load). Only 12 rows this time, so you can check them by hand. Please delete it from your laptop after the run, the full extract stays on the migration share.

        Martin
        """)
    csv = T("""
        policy_no;holder_last_name;holder_first_name;date_of_birth;postcode;plate;vin;sf_kh;sf_vk;change
        40-8830117-K;Scholz;Anja;1983-04-12;34225;KS-AS 7;TMBJJ7NX5RY041287;12;12;vehicle
        40-9904417-K;Senft;Lisa;2001-02-19;34119;KS-LS 519;WVWZZZAAZMD118273;6;6;new
        40-1190283-K;Senft;Hildegard;1941-03-04;34128;KS-HS 41;WVWZZZ6RZFY204118;35;35;cancelled
        40-6621370-K;Brinkmann;Lea;1996-08-27;34125;KS-LB 220;W0L0XCF6874011223;5;5;total loss
        40-9951204-K;Wrobel;Alexander;1977-11-30;34123;KS-AW 1603;KMHK381GFSU001122;18;18;new
        40-7712093-K;Bramley;Oliver;1980-05-16;34117;KS-OB 412;WVWZZZCDZPW001245;4;4;claim
        40-5518203-K;Gottschalk;Arne;1966-01-09;34127;KS-AG 88;VF1RFB00367412207;22;22;claim
        40-3308712-K;Hoos;Benedikt;1991-09-13;34131;KS-BH 230;WBA5R1C50KA330871;9;9;claim
        40-2204481-K;Yamamoto;Ken;1988-07-07;34119;KS-KY 88;JTMW43FV30D044812;7;0;address
        40-2771350-K;Ferreira;Diogo;1990-09-08;34117;KS-DF 26;WF0XXXGCDXKY77123;1/2;0;new
        40-6008112-K;Lange;Britta;1975-12-02;34134;KS-BL 75;WAUZZZF20MN009123;25;25;sepa
        40-6134418-K;Kessler;Andrea;1969-03-22;34246;KS-AK 3;YV1UZ10AC11873320;30;30;address
        """)
    return build(n, frm=S['novak'], to=Address('Raj Sharma', 'raj.sharma', DOMAIN), subject='delta file dry run #7',
                 date='2026-06-09 17:48',
                 body=Mixed(Text(body), TextAtt(csv, 'text/csv', 'motor_delta_dryrun7.csv', charset='utf-8')),
                 client=client, lang='en-US')


@mail(102, 'NORMAL', 'en', 'insurer-to-press',
      'trap: press answer on storm claims (counts, amounts, largest commercial loss) without any customer data')
def _(n, client):
    body = T("""
        Dear Ms Whitfield,

        thank you for your questions on storm "Ylva". Here are our figures as of this morning; you are welcome to quote me.

        - Claims reported since 9 February: about 8,400 (buildings 6,100, household 900, motor 1,250, commercial 150)
        - Estimated gross loss: EUR 41 million, of which roughly EUR 29 million in private buildings insurance
        - Most affected regions: northern Hesse and southern Lower Saxony
        - Largest single loss: a commercial warehouse roof in the Kassel area, estimated at EUR 2.3 million (we cannot name the company)
        - 96 % of private building claims below EUR 10,000 have been settled already; for those we do not send an assessor but settle on the basis of photos and invoices

        Quote: "Our priority is that people can repair their roofs before the next rain. That is why we pay small claims within days," said Dr. Miriam Trautwein, CEO of Auenwald Versicherung.

        We do not give out information on individual customers or claims.

        {{sig}}
        """, sig=sig('fuchs'))
    return build(n, frm=S['fuchs'], to=ext('Rachel Whitfield', 'r.whitfield@insurance-weekly.example'),
                 subject='RE: Storm Ylva - your questions', date='2026-02-17 12:30', body=Text(body), client=client, lang='en-GB',
                 irt='<IW-2026-0216-rw@insurance-weekly.example>')


@mail(103, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'life insurance death benefit to a named widow: cause of death (acute myocardial infarction), sum, beneficiary, payout')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Ehrlich,

        zunächst möchten wir Ihnen unser aufrichtiges Beileid zum Tod Ihres Mannes aussprechen.

        Wir haben alle Unterlagen erhalten – vielen Dank, dass Sie uns die Sterbeurkunde und die ärztliche Todesbescheinigung so schnell geschickt haben. Nach der Todesbescheinigung ist Herr Klaus Ehrlich am 02.02.2026 an einem akuten Myokardinfarkt verstorben. Da der Vertrag seit mehr als drei Jahren besteht, war keine weitere Prüfung nötig.

            Vertrag:                 Risikolebensversicherung LV 3 097 228 104
            versicherte Person:      Klaus Ehrlich, geb. 17.08.1961
            Bezugsberechtigte:       Monika Ehrlich (Ehefrau)
            Versicherungssumme:      150.000,00 €
            Überschussbeteiligung:     4.218,30 €
            Auszahlung:              154.218,30 €

        Wir überweisen den Betrag am 24.02.2026 auf Ihr Konto IBAN DE43 5207 0024 1615 1530 64. Die Auszahlung melden wir nach § 33 ErbStG an das Finanzamt; als Ehefrau steht Ihnen ein Freibetrag von 500.000 € zu.

        Wenn wir Ihnen noch bei etwas helfen können, rufen Sie mich bitte direkt an.

        {{sig}}

        {{foot}}
        """, sig=sig('weiss'), foot=foot('leben'))
    return build(n, frm=S['weiss'], to=ext('Monika Ehrlich', 'monika.ehrlich@webpost.example'),
                 subject='Auszahlung Ihrer Lebensversicherung LV 3 097 228 104', date='2026-02-20 10:05',
                 body=Text(body), client=client, lang='de-DE')


@mail(104, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'short mobile reply "erledigt"; the quoted customer mail carries the glass policy, claim and the customer\'s IBAN', client='iphone')
def _(n, client):
    body = T("""
        Hallo Frau Reimann,

        erledigt, die 389,00 € sind heute angewiesen.

        Viele Grüße
        Daniel Wirth

        Von meinem iPhone gesendet

        > Am 10.03.2026 um 19:02 schrieb Sophie Reimann <sophie.reimann@mailpost.example>:
        >
        > Hallo Herr Wirth,
        > anbei wie besprochen die Rechnung vom Glaser für die Ceranfeld-Scheibe (389 Euro).
        > Glasversicherung GL 40 118 227, Schaden Nr. GL-2026-00931.
        > Bitte auf mein neues Konto überweisen, das alte ist aufgelöst:
        > IBAN DE39 5005 0201 9306 4022 48, Sophie Reimann
        >
        > Danke und viele Grüße
        > Sophie Reimann
        """)
    return build(n, frm=S['wirth'], to=ext('Sophie Reimann', 'sophie.reimann@mailpost.example'),
                 subject='Re: Glasbruch Ceranfeld GL-2026-00931', date='2026-03-11 08:14', body=Text(body), client=client,
                 irt='<5F0C2D1E-91A2-4A8B-B1F0-REIMANN@mailpost.example>')


@mail(105, 'NORMAL', 'en', 'internal',
      'trap: service-desk incident about a scanner that skews "medical invoices" so OCR misreads ICD codes; no document content',
      client='system')
def _(n, client):
    body = T("""
        Incident INC-2026-33102 has been updated.

        Summary:    Scanner HB-3-02 (Health Benefits, 3rd floor) feeds medical invoices ("Arztrechnungen") skewed
        Priority:   P3
        Status:     In progress
        Assigned:   Workplace Services - Printing

        Update from Frank Ossowski, 14/04/2026 09:20:
        Technician visited on site. The pick-up roller of the document feeder is worn; the skew of about 3 degrees is why the OCR mis-reads ICD-10 codes and GOAE numbers on small print. Replacement part ordered (delivery tomorrow). Until then please use scanner HB-3-05 next to the kitchen; the scan profile "Leistung KV" is already set up there.

        Note: no documents have been stored outside the DMS; the scanner does not keep copies after transfer.

        You can view the incident at https://servicedesk.auenwald-versicherung.example/INC-2026-33102

        -- 
        IT Service Desk | ext. 2200
        """)
    return build(n, frm=BOX['servicedesk'], to=S['dietz'], cc=BOX['leistung'],
                 subject='[INC-2026-33102] Updated: Scanner HB-3-02 feeds medical invoices skewed', date='2026-04-14 09:21',
                 body=Text(body, charset='us-ascii', cte='7bit'), client=client)


@mail(106, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'harmless body; a ZIP holds a named employee\'s sick note PDF (patient copy with ICD J11.1) and his own mail as .eml')
def _(n, client):
    body = T("""
        Hi HR team,

        Ken Yamamoto asked me to pass the attached documents on for his file, he can't log in to the HR portal from home at the moment. I haven't opened the PDF.

        Thanks,
        {{sig}}
        """, sig=sig('novak'))
    au = pdf("""
        **Arbeitsunfähigkeitsbescheinigung - Ausfertigung zur Vorlage beim Arbeitgeber / für Versicherte
        Krankenkasse: BKK Fuldatal          Versicherten-Nr.: Y284113067
        Name, Vorname des Versicherten: Yamamoto, Ken          geb. am: 07.07.1988
        Arztnummer: 118204511     Betriebsstätten-Nr.: 340881100

        [X] Erstbescheinigung     [ ] Folgebescheinigung
        arbeitsunfähig seit: 04.03.2026
        voraussichtlich arbeitsunfähig bis einschließlich: 11.03.2026
        festgestellt am: 04.03.2026

        AU-begründende Diagnose (ICD-10): J11.1 G   Grippe mit sonstigen Manifestationen an den Atemwegen

        Praxis Dr. med. Thomas Eckhardt, Facharzt für Allgemeinmedizin, Wilhelmshöher Allee 88, 34119 Kassel
        """, title='AU Yamamoto', author='Praxis Dr. Eckhardt', producer='PraxisSoft AU-Druck 3.1', ts='2026-03-04 10:48')
    ken = ext_mail(
        frm=Address('Ken Yamamoto', 'ken.yamamoto', DOMAIN), to=S['novak'].addr,
        subject='Leave week 13 + sick note', date='2026-03-04 11:07', client='outlook-web',
        body=Text(T("""
            Hi Martin,

            as discussed on the phone: I'm on sick leave from today until 11.03., the certificate is in the zip for HR.

            My annual leave in week 13 (23.03. - 27.03., approved on 26.02.) stays as planned. The handover notes for the release are in the team wiki.

            Ken
            """)))
    z = zip_bytes([('AU_Yamamoto_2026-03-04.pdf', au, (2026, 3, 4, 11, 2, 0)),
                   ('Leave week 13 + sick note.eml', ken.as_bytes(policy=SMTP), (2026, 3, 4, 11, 8, 12))])
    return build(n, frm=S['novak'], to=BOX['personal'], subject='FW: documents Ken Yamamoto',
                 date='2026-03-05 09:03', body=Mixed(Text(body), Att(z, 'application/x-zip-compressed', 'Ken_docs.zip')),
                 client=client, lang='en-US')


@mail(107, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'HTML-only motor premium invoice for a named customer: policy, plate, SF classes, premium, masked IBAN', client='system')
def _(n, client):
    html = T("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Beitragsrechnung</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p><img alt="Auenwald Versicherung" src="https://www.auenwald-versicherung.example/img/logo.png" width="180"></p>
        <p>Sehr geehrte Frau Kessler,</p>
        <p>zur Hauptfälligkeit am 01.04.2026 erhalten Sie Ihre Beitragsrechnung für das neue Versicherungsjahr.</p>
        <table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;min-width:480px">
        <tr style="background:#e3efe8"><th align="left">Vertrag</th><td>40-6134418-K</td></tr>
        <tr><th align="left">Versicherungsnehmerin</th><td>Andrea Kessler, Gartenstraße 5, 34246 Vellmar</td></tr>
        <tr><th align="left">Fahrzeug</th><td>Volvo XC40 B4, amtl. Kennzeichen KS-AK 3</td></tr>
        <tr><th align="left">Kfz-Haftpflicht</th><td>SF 30 (20 %) &ndash; 298,40 €</td></tr>
        <tr><th align="left">Vollkasko 300/150</th><td>SF 30 (21 %) &ndash; 412,76 €</td></tr>
        <tr><th align="left">Schutzbrief</th><td>19,90 €</td></tr>
        <tr><th align="left"><b>Jahresbeitrag</b></th><td><b>731,06 €</b> inkl. Versicherungsteuer</td></tr>
        <tr><th align="left">Zahlung</th><td>SEPA-Lastschrift am 01.04.2026 von IBAN DE16 **** **** **** **48 14</td></tr>
        </table>
        <p>Ihr Beitrag ist gegenüber dem Vorjahr um 3,2 % gestiegen, weil sich die Typklasse Ihres Fahrzeugs in der Vollkasko
        von 22 auf 23 geändert hat. Sie können den Vertrag innerhalb eines Monats nach Zugang dieser Mitteilung kündigen.</p>
        <p>Mit freundlichen Grüßen<br>Ihre Auenwald Versicherung &ndash; Kfz-Service</p>
        <p style="font-size:11px;color:#777">Auenwald Allgemeine Versicherung AG · Fuldaer Ufer 12 · 34117 Kassel · Amtsgericht Kassel HRB 48211</p>
        </body></html>
        """)
    return build(n, frm=BOX['noreply'], to=ext('Andrea Kessler', 'andrea.kessler@vellmar-online.example'),
                 subject='Ihre Beitragsrechnung Kfz 40-6134418-K', date='2026-02-27 04:30', body=Html(html), client=client)


@mail(108, 'NORMAL', 'de', 'insurer-to-partner',
      'trap: association survey answer with care-insurance counts per care grade and benefits paid; aggregated, no person')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Dr. Hallmann,

        zur Verbandsumfrage „Pflege-Zusatzversicherung 2025“ melden wir für die Auenwald Krankenversicherung AG:

        Versicherte Personen in der Pflegezusatzversicherung (Stichtag 31.12.2025): 48.210
        davon mit laufendem Leistungsbezug: 1.936

        Leistungsbezieher nach Pflegegrad:
            Pflegegrad 1:   118
            Pflegegrad 2:   702
            Pflegegrad 3:   584
            Pflegegrad 4:   371
            Pflegegrad 5:   161

        Ausgezahlte Leistungen 2025: 14,8 Mio. €
        Durchschnittliches Eintrittsalter in den Leistungsbezug: 79,4 Jahre
        Häufigste Ursache nach Gutachten (Mehrfachnennung möglich, Anteil an den Neufällen): Demenz 38 %, Schlaganfall 17 %, Krebserkrankungen 12 %

        Die Zahlen sind aus dem Bestandsführungssystem ermittelt und nicht testiert. Einzelfalldaten übermitteln wir nicht.

        {{sig}}
        """, sig=sig('beck'))
    return build(n, frm=S['beck'], to=ext('Dr. Ulrike Hallmann', 'statistik@verband-versicherer.example'),
                 subject='Verbandsumfrage Pflege-Zusatzversicherung 2025 – Auenwald Kranken', date='2026-02-25 13:12',
                 body=Text(body), client=client, lang='de-DE')


@mail(109, 'NORMAL', 'de', 'insurer-to-pharmacy',
      'trap: pharmacy informed about a new e-invoice format for direct billing of expensive medicines (PZN, batch fields); no patient')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Apotheker Wächter,

        vielen Dank für Ihre Teilnahme an unserem Direktabrechnungsverfahren für hochpreisige Arzneimittel (ab 1.000 € je Verordnung).

        Ab 1. Juli 2026 stellen wir das Rechnungsformat auf eine XRechnung-basierte E-Rechnung um. Was sich für Sie ändert:

        - Pflichtfelder je Position: PZN, Chargennummer, Abgabedatum, Verordnungsdatum, LANR der verordnenden Praxis, Versicherungsnummer der versicherten Person.
        - Diagnosen gehören nicht in die Rechnung. Bitte übermitteln Sie keine Arztbriefe oder Befunde über die Rechnungsschnittstelle.
        - Das E-Rezept-Token bzw. der Abdruck des Papierrezepts wird als Anhang im PDF/A-Format mitgeschickt.
        - Übertragung ausschließlich über das Leistungserbringer-Portal, nicht per E-Mail.

        Eine technische Beschreibung und Testdaten (fiktive Versicherte „Erika Test“, Versicherungsnummer KV 000 000 099) schicken wir Ihrem Softwarehaus direkt, wenn Sie uns den Ansprechpartner nennen.

        {{sig}}
        """, sig=sig('lindner'))
    return build(n, frm=S['lindner'], to=ext('Apotheke am Rathaus – Matthias Wächter', 'info@apotheke-am-rathaus-ks.example'),
                 subject='Direktabrechnung hochpreisiger Arzneimittel – neues Rechnungsformat ab 01.07.2026',
                 date='2026-05-04 09:30', body=Text(body), client=client, lang='de-DE')


@mail(110, 'CONFIDENTIAL', 'en', 'insurer-to-partner',
      'motor recovery claim to a Dutch insurer: our named customer\'s car damaged by their insured lorry, nobody hurt; plates, amounts')
def _(n, client):
    body = T("""
        Dear Sir or Madam,

        we are the comprehensive insurer of the following vehicle and claim reimbursement from you as the liability insurer of the lorry involved:

        Our insured:        Mr Benedikt Hoos, Kassel (policy 40-3308712-K)
        Our vehicle:        BMW 320d Touring, registration KS-BH 230
        Your insured:       Van der Molen Transport B.V., Tilburg - lorry NL registration 07-BVX-3, trailer OX-18-NP
        Date / place:       19 January 2026, A7 southbound near Kassel-Ost, lane change of the lorry without due care
        Injuries:           none
        Our claim ref.:     KS-2026-0040218

        Repair costs (invoice BMW Autohaus Fulda-Kassel)    EUR 3,870.22
        Towing                                              EUR   245.00
        Total paid by us                                    EUR 4,115.22

        The police report (Autobahnpolizei Baunatal, file VU 12/2026/0388) confirms that the lorry driver admitted the lane change. Please confirm liability and pay EUR 4,115.22 to our account IBAN DE42 3005 0000 6097 1679 92, reference KS-2026-0040218.

        Mr Hoos' own excess (EUR 300) and his loss of use will be claimed by him directly.

        {{sig}}
        """, sig=sig('reinholz'))
    return build(n, frm=S['reinholz'], to=ext('Zeeland Verzekeringen – Claims', 'claims@zeeland-verzekeringen.example'),
                 subject='Recovery KS-2026-0040218 / your insured Van der Molen Transport B.V. / 19-01-2026', date='2026-02-23 10:45',
                 body=Text(body), client=client, lang='en-GB')


@mail(111, 'NORMAL', 'en', 'insurer-to-broker',
      'trap: generic answer to a UK broker about dog health insurance (surgery cover, vet fee scale, pre-existing conditions); no client')
def _(n, client):
    body = T("""
        Dear Fiona,

        thanks for your interest in our pet health cover for your expat clients in Germany. The short version:

        - Two products: "OP-Schutz" (surgery only) and "Tierkranken Plus" (surgery, vet treatment, medication, vaccinations up to EUR 100/year).
        - Vet fees are reimbursed up to 3 times the German scale of fees for vets (GOT); emergency services up to 4 times.
        - Waiting period 30 days (no waiting period for accidents); hip and elbow dysplasia only after 12 months.
        - Pre-existing conditions and congenital defects known at inception are excluded.
        - Entry age for dogs up to 7 years, cover for life; premium depends on breed group and the owner's postcode.

        Example premiums (fictitious dog, Labrador, 2 years, Kassel): OP-Schutz EUR 19.40 / month, Tierkranken Plus EUR 58.90 / month.

        English policy wordings are available as a courtesy translation; the German version is binding. Happy to set up a call with your team.

        {{sig}}
        """, sig=sig('brandt'))
    return build(n, frm=S['brandt'], to=ext('Fiona McAllister', 'fiona.mcallister@expatcover-brokers.example'),
                 subject='RE: Pet insurance for expat clients', date='2026-05-19 15:02', body=Text(body), client=client, lang='en-GB',
                 irt='<ECB-2026-05-18-FM@expatcover-brokers.example>')


@mail(112, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'orthodontic treatment of a named customer\'s son (birth date, KIG 4 severe crowding) approved with amounts')
def _(n, client):
    body = T("""
        Dear Mrs Fletcher,

        thank you for sending the orthodontic treatment plan for your son Oliver (born 12/03/2014) from Dr. Falk, Kassel, dated 2 March 2026.

        Insured person:    Oliver Fletcher, policy KV 151 007 382 (tariff Kids Dental 80)
        Findings:          orthodontic indication group KIG 4 (severe crowding, upper jaw), treatment with fixed brace
        Planned duration:  4 years (16 quarters)
        Estimated costs:   EUR 5,260.00

        We confirm that the treatment is medically necessary and covered. We reimburse 80 % of the invoiced amounts, up to a maximum of EUR 4,000 for the whole treatment. Based on the plan, we expect to pay EUR 4,000 and your share will be about EUR 1,260.

        Please send us the quarterly invoices from Dr. Falk; we pay the 80 % share each time until the maximum is reached. Retainers after the active phase are included.

        Kind regards,
        {{sig}}

        {{foot}}
        """, sig=sig('lindner'), foot=foot('kranken'))
    return build(n, frm=S['lindner'], to=ext('Helen Fletcher', 'helen.fletcher@homemail.example'),
                 subject='Orthodontic treatment plan for Oliver - approved', date='2026-03-18 14:04', body=Text(body),
                 client=client, lang='en-GB')


@mail(113, 'NORMAL', 'de', 'internal',
      'grey zone, NORMAL: commercial liability risk assessment for a painting company GmbH (turnover, staff, losses); no natural person')
def _(n, client):
    body = T("""
        Hallo Tanja,

        kurze Einschätzung zur Anfrage Betriebshaftpflicht Farbwerk Baunatal GmbH (Maklerin Brenner & Koch), bevor ich das Angebot rechne:

        - Malerbetrieb, Fassaden und Innenräume, kein Korrosionsschutz, keine Arbeiten an Brücken
        - Umsatz 2025: 1,24 Mio. €, davon ca. 15 % mit Nachunternehmern (Gerüstbau)
        - 14 Beschäftigte, davon 3 Auszubildende
        - Vorversicherer hat nach zwei Schäden gekündigt: 2023 Farbnebel auf parkenden Fahrzeugen (11.800 €), 2024 Wasserschaden durch abgerissenen Fallrohranschluss (27.400 €)
        - gewünscht: 5 Mio. € pauschal, Bearbeitungsschäden 250.000 €, Mietsachschäden an Gebäuden

        Mein Vorschlag: annehmen mit SB 1.000 € je Schaden, Farbnebelklausel (Abdeckpflicht), Beitrag ca. 4.600 € netto. Für den Gerüstbau brauchen wir den Nachweis der Haftpflicht der Nachunternehmer.

        Einverstanden?

        {{sig}}
        """, sig=sig('petersen'))
    return build(n, frm=S['petersen'], to=Address('Tanja Reich', 'tanja.reich', DOMAIN),
                 subject='Risikoprüfung BHV Farbwerk Baunatal GmbH', date='2026-04-29 08:55', body=Text(body),
                 client=client, lang='de-DE')


@mail(114, 'NORMAL', 'de', 'newsletter',
      'trap: motor newsletter on winter tyres and deer collisions (what to do if people are injured); no customer data',
      client='newsletter')
def _(n, client):
    plain = T("""
        Auenwald unterwegs – Herbst 2026

        Von O bis O: Winterreifen jetzt aufziehen
        Die Faustregel „von Oktober bis Ostern“ gilt weiter. Bei Glätte und Schnee sind Reifen mit Alpine-Symbol Pflicht; wer mit Sommerreifen einen Unfall verursacht, riskiert ein Bußgeld und eine Kürzung in der Kaskoversicherung.

        Wildunfälle: Jetzt ist Hochsaison
        In der Dämmerung zwischen 6 und 8 Uhr und 17 und 20 Uhr steigt das Risiko. Wenn es kracht:
        1. Warnblinker an, Unfallstelle sichern, Warnweste anziehen.
        2. Sind Menschen verletzt, sofort den Notruf 112 wählen und Erste Hilfe leisten.
        3. Das Tier nicht anfassen, Polizei oder Jagdpächter verständigen und die Wildunfallbescheinigung geben lassen.
        4. Fotos machen und den Schaden in der Auenwald-App melden.
        Wildschäden in der Teilkasko belasten Ihre Schadenfreiheitsklasse nicht.

        Ihre Meinung zählt: Nehmen Sie an unserer Umfrage zur Schadenregulierung teil und gewinnen Sie einen von zehn Tankgutscheinen.

        Abmelden: https://newsletter.auenwald-versicherung.example/abmelden
        Auenwald Allgemeine Versicherung AG, Fuldaer Ufer 12, 34117 Kassel
        """)
    html = T("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px;max-width:600px">
        <h1 style="color:#2f6b4f;font-size:20px">Auenwald unterwegs – Herbst 2026</h1>
        <h2 style="font-size:16px">Von O bis O: Winterreifen jetzt aufziehen</h2>
        <p>Die Faustregel „von Oktober bis Ostern“ gilt weiter. Bei Glätte und Schnee sind Reifen mit Alpine-Symbol Pflicht;
        wer mit Sommerreifen einen Unfall verursacht, riskiert ein Bußgeld und eine Kürzung in der Kaskoversicherung.</p>
        <h2 style="font-size:16px">Wildunfälle: Jetzt ist Hochsaison</h2>
        <p>In der Dämmerung zwischen 6 und 8 Uhr und 17 und 20 Uhr steigt das Risiko. Wenn es kracht:</p>
        <ol><li>Warnblinker an, Unfallstelle sichern, Warnweste anziehen.</li>
        <li>Sind Menschen verletzt, sofort den Notruf 112 wählen und Erste Hilfe leisten.</li>
        <li>Das Tier nicht anfassen, Polizei oder Jagdpächter verständigen und die Wildunfallbescheinigung geben lassen.</li>
        <li>Fotos machen und den Schaden in der Auenwald-App melden.</li></ol>
        <p><b>Wildschäden in der Teilkasko belasten Ihre Schadenfreiheitsklasse nicht.</b></p>
        <p>Ihre Meinung zählt: Nehmen Sie an unserer Umfrage zur Schadenregulierung teil und gewinnen Sie einen von zehn Tankgutscheinen.</p>
        <p style="font-size:10px;color:#888"><a href="https://newsletter.auenwald-versicherung.example/abmelden">Abmelden</a> ·
        Auenwald Allgemeine Versicherung AG, Fuldaer Ufer 12, 34117 Kassel</p></body></html>
        """)
    return build(n, frm=BOX['newsletter'], to=Address('Newsletter Kfz', 'unterwegs', 'lists.' + DOMAIN),
                 subject='Auenwald unterwegs: Winterreifen und Wildunfälle', date='2026-10-08 07:00',
                 body=Alt(Text(plain), Html(html)), client=client)


@mail(115, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'cost approval for cardiac rehabilitation after bypass surgery (I25.1) of a named insured, clinic, duration')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Baumgart,

        wir wünschen Ihnen nach Ihrer Bypass-Operation im Herzzentrum Göttingen weiterhin gute Besserung.

        Für die Anschlussheilbehandlung erteilen wir die Kostenzusage:

            Versicherungsnummer: KV 072 114 590 (Tarife AK 100, SK 2)
            Diagnose lt. Antrag: koronare Herzkrankheit (I25.1), Zustand nach aortokoronarer Bypass-Operation (3-fach) am 23.03.2026
            Klinik:              Rehaklinik am Habichtswald, Abteilung Kardiologie
            Aufnahme:            06.04.2026, direkt aus dem Herzzentrum (Transport mit Krankentransport, ebenfalls übernommen)
            Dauer:               21 Tage, Verlängerung auf ärztlichen Antrag möglich
            Tagessatz:           nach der Preisvereinbarung mit der Klinik, Unterbringung im Einbettzimmer laut Tarif SK 2

        Die Klinik rechnet direkt mit uns ab; Sie müssen nichts vorstrecken. Bitte nehmen Sie den Entlassungsbericht des Herzzentrums und Ihren Medikamentenplan mit in die Reha.

        {{sig}}

        {{foot}}
        """, sig=sig('lindner'), foot=foot('kranken'))
    return build(n, frm=S['lindner'], to=ext('Horst Baumgart', 'horst.baumgart@seniorennetz.example'),
                 cc=ext('Rehaklinik am Habichtswald – Aufnahme', 'aufnahme@reha-habichtswald.example'),
                 subject='Kostenzusage Anschlussheilbehandlung ab 06.04.2026', date='2026-04-01 12:40', body=Text(body),
                 client=client, lang='de-DE')


@mail(116, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household policy cancellation confirmation with the named customer\'s birth date, refund and IBAN', client='system')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Dr. Rosenthal,

        wir bestätigen die Kündigung Ihrer Hausratversicherung.

        Versicherungsnehmerin:  Dr. Beate Rosenthal, geb. 08.02.1959
        Vertrag:                HR 33 480 112
        Versicherungsort:       Kohlenstraße 44, 34121 Kassel
        Vertragsende:           01.06.2026 (Umzug ins Ausland)

        Für die Zeit vom 01.06. bis 31.12.2026 erstatten wir den bereits gezahlten Beitrag anteilig: 23,40 €. Die Überweisung erfolgt auf Ihr Konto IBAN DE62 5123 0800 4414 6344 04.

        Ihre Privathaftpflichtversicherung PH 33 480 113 läuft unverändert weiter und gilt auch im europäischen Ausland.

        Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen einen guten Start in Lissabon.

        Ihre Auenwald Versicherung – Vertragsservice

        {{foot}}
        """, foot=foot('allg'))
    return build(n, frm=BOX['noreply'], to=ext('Dr. Beate Rosenthal', 'b.rosenthal@gelehrtenpost.example'),
                 subject='Kündigungsbestätigung Hausrat HR 33 480 112', date='2026-04-30 05:20',
                 body=Text(body, charset='windows-1252', cte='quoted-printable'), client=client)


@mail(117, 'NORMAL', 'de', 'insurer-to-customer',
      'trap: one-time password for the customer portal (Einmal-Passwort, security question); no contract or personal data', client='system')
def _(n, client):
    body = T("""
        Guten Tag Herr Lindemann,

        Ihr Einmal-Passwort für die Anmeldung im Auenwald Kundenportal lautet:

            482 913

        Es ist 10 Minuten gültig und kann nur einmal verwendet werden.

        Sie haben keine Anmeldung versucht? Dann ignorieren Sie diese E-Mail und ändern Sie zur Sicherheit Ihr Passwort. Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort oder der Antwort auf Ihre Sicherheitsfrage.

        Ihre Auenwald Versicherung
        (automatisch erzeugte Nachricht – bitte nicht antworten)
        """)
    return build(n, frm=BOX['noreply'], to=ext('Matthias Lindemann', 'm.lindemann@kabelpost.example'),
                 subject='Ihr Einmal-Passwort für das Kundenportal', date='2026-05-05 21:14',
                 body=Text(body, charset='utf-8', cte='8bit'), client=client)


@mail(118, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'one-line approval; the quoted underwriter mail has the applicant\'s name, birth date, asthma (J45.0), medication and loading',
      client='thunderbird')
def _(n, client):
    body = T("""
        Einverstanden, so policieren. Die Lungenfunktion ist gut, mehr als 15 % braucht es nicht.

        Stefan

        Am 22.04.2026 um 09:12 schrieb Tanja Reich:
        > Hallo Stefan,
        >
        > bitte um dein Votum zu ANT-L-2026-00402:
        >
        > Antragstellerin: Miriam Falk, geb. 14.11.1992, Grundschullehrerin
        > BU-Rente 1.500 € mtl. bis 67
        >
        > Angegeben: allergisches Asthma bronchiale (J45.0) seit der Kindheit,
        > Dauermedikation Budesonid/Formoterol 160/4,5 bei Bedarf, letzte
        > Exazerbation 2019, kein Krankenhausaufenthalt. Lungenfunktion lt.
        > Bericht Dr. Sahin (Pneumologie) vom 03/2026: FEV1 92 % Soll.
        > Heuschnupfen (Birke, Gräser).
        >
        > Vorschlag: Risikozuschlag 15 %, kein Ausschluss.
        >
        > Danke!
        > Tanja
        """)
    return build(n, frm=S['kluge'], to=Address('Tanja Reich', 'tanja.reich', DOMAIN),
                 subject='Re: Votum ANT-L-2026-00402', date='2026-04-22 10:40',
                 body=Text(body, cte='8bit', flow=True), client=client,
                 irt='<c1e0f7a2-4b1d-9e33-reich@auenwald-versicherung.example>')


@mail(119, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'commission statement for a sole-trader broker (natural person): commission income, tax number, IBAN in the PDF')
def _(n, client):
    body = T("""
        Hallo Herr Falkenberg,

        anbei Ihre Provisionsabrechnung für März 2026. Der Auszahlungsbetrag wird am 10.04. überwiesen.

        Die Stornoreserve haben wir wie besprochen von 10 % auf 7,5 % gesenkt, das sehen Sie in Position 4.

        {{sig}}
        """, sig=sig('brandt'))
    doc = pdf("""
        **Provisionsabrechnung 03/2026
        Auenwald Versicherung - Vertriebspartnerabrechnung

        Vermittler: Versicherungsmakler Uwe Falkenberg e.K., Inhaber Uwe Falkenberg
        Anschrift: Marktplatz 3, 34369 Hofgeismar
        Vermittlernummer: 70-4418     Steuernummer: 026 842 31067
        Umsatzsteuer: steuerfrei nach § 4 Nr. 11 UStG

        Pos 1  Abschlussprovision Leben/BU (3 Verträge)            2.940,00 EUR
        Pos 2  Abschlussprovision Kfz (11 Verträge)                   412,50 EUR
        Pos 3  Bestandsprovision Sach/HUK                           1.853,20 EUR
        Pos 4  Stornoreserve 7,5 % auf Pos 1                         -220,50 EUR
        Pos 5  Storno Vertrag LV 3 120 004 118 (anteilig)            -172,87 EUR
        **Auszahlung                                                4.812,33 EUR

        Überweisung am 10.04.2026 auf IBAN DE85 5225 0030 4273 7683 82 (Uwe Falkenberg)
        Stand Stornoreservekonto: 6.214,80 EUR
        """, title='Provisionsabrechnung 03/2026 70-4418', ts='2026-04-06 07:30')
    return build(n, frm=S['brandt'], to=ext('Uwe Falkenberg', 'info@makler-falkenberg.example'),
                 subject='Provisionsabrechnung März 2026', date='2026-04-06 11:03',
                 body=Mixed(Text(body), Att(doc, 'application/pdf', 'Provisionsabrechnung_2026-03_70-4418.pdf')),
                 client=client, lang='de-DE')


@mail(120, 'NORMAL', 'en', 'internal',
      'trap: API test cases with fictitious people and the published example IBAN GB82 WEST 1234 5698 7654 32; no real data')
def _(n, client):
    body = T("""
        Hi team,

        I added three test cases for the new bank-details endpoint of the customer API. All data are fictitious; the IBANs are the published examples from the IBAN registry documentation, so they pass the checksum but belong to nobody.

        Case 1 - valid UK IBAN, grouped:
        {
          "customerId": "TEST-000017",
          "name": "Test Customer One (fictitious)",
          "dateOfBirth": "1900-01-01",
          "iban": "GB82 WEST 1234 5698 7654 32",
          "expected": 200
        }

        Case 2 - valid German IBAN, ungrouped:
        {
          "customerId": "TEST-000018",
          "name": "Test Customer Two (fictitious)",
          "iban": "DE89370400440532013000",
          "expected": 200
        }

        Case 3 - wrong check digits:
        {
          "customerId": "TEST-000019",
          "iban": "DE00370400440532013000",
          "expected": 422
        }

        PR is #1184, please review before Friday.

        Raj
        """)
    return build(n, frm=Address('Raj Sharma', 'raj.sharma', DOMAIN), to=Address('Team Claims Platforms', 'team-claims-platforms', DOMAIN),
                 subject='Test cases for /customers/{id}/bank-details', date='2026-05-27 16:33',
                 body=Text(body, charset='us-ascii', cte='7bit'), client=client)


@mail(121, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'travel health: repatriation of a named insured (birth date) after an ischaemic stroke (I63.5) from a Spanish hospital')
def _(n, client):
    body = T("""
        Dear Dr. Morales,

        thank you for the update by phone this morning regarding our insured

            Mr Gerhard Tillmann, born 02/05/1949
            Auenwald travel health policy RK-2026-41187 (annual cover, worldwide)
            admitted to your stroke unit on 8 April 2026 with an ischaemic stroke in the territory of the left middle cerebral artery (I63.5), thrombolysis on admission, right-sided weakness and aphasia improving

        We confirm the guarantee of payment for the inpatient treatment in your hospital up to EUR 40,000; please invoice us directly.

        Our medical service considers Mr Tillmann fit for transport from 15 April if his condition remains stable. We are organising a repatriation by air ambulance (Kassel-Calden) on 15 April with a physician and a nurse on board; admission will be to the stroke unit of Klinikum Fuldatal, which has agreed to take him.

        For the flight team we need by 14 April, 12:00 CET:
        - the latest discharge summary (in English or Spanish),
        - current medication including anticoagulation,
        - the last CT/MRI report and vital signs of the last 24 hours.

        Please upload the documents to our SecureMail portal (link sent separately) and do not send them by regular e-mail.

        Mrs Tillmann, who is with her husband in Marbella, is informed and will travel back on a scheduled flight.

        {{sig}}
        """, sig=sig('schulte'))
    return build(n, frm=S['schulte'], to=ext('Dr. Javier Morales', 'j.morales@hospital-costasol.example'),
                 cc=ext('EuroAssist Medical Desk', 'medical@euroassist.example'),
                 subject='Guarantee of payment / repatriation - Mr Gerhard Tillmann, born 02/05/1949', date='2026-04-11 10:26',
                 body=Text(body), client=client, lang='en-GB', extra=[('Importance', 'high')])


@mail(122, 'CONFIDENTIAL', 'de', 'internal',
      'staff tariff: an employee\'s own household insurance with staff discount (fact insured, address, premium, salary deduction)')
def _(n, client):
    body = T("""
        Hallo Frau Korn,

        danke für Ihren Antrag über das Mitarbeiterportal. Ihre Hausratversicherung ist zum Mitarbeitertarif policiert:

            Vertrag:              HR 90 117 245 (Hausrat Komfort, Mitarbeitertarif)
            Versicherungsort:     Hegelsbergstraße 12, 2. OG, 34127 Kassel, 68 m²
            Versicherungssumme:   44.200 € (Unterversicherungsverzicht)
            Beitrag:              72,36 € jährlich nach 25 % Mitarbeiterrabatt (regulär 96,48 €)
            Zahlung:              Einbehalt über die Entgeltabrechnung im Juni

        Fahrräder sind bis 1.500 € mitversichert. Wenn Ihr neues Lastenrad teurer ist, können Sie die Fahrradklausel jederzeit im Portal erhöhen.

        Die Police finden Sie in „MeinAuenwald“ unter Meine Verträge.

        {{sig}}
        """, sig=sig('lorenz'))
    return build(n, frm=S['lorenz'], to=Address('Leonie Korn', 'leonie.korn', DOMAIN), subject='Ihre Hausratversicherung zum Mitarbeitertarif',
                 date='2026-05-12 09:44', body=Text(body), client=client, lang='de-DE')


@mail(123, 'NORMAL', 'de', 'insurer-to-broker',
      'trap: blank disability application health questions (PDF) sent to a broker; health vocabulary but no applicant')
def _(n, client):
    body = T("""
        Hallo Herr Koch,

        wie versprochen die neuen Gesundheitsfragen für BU-Anträge ab 1. Mai als leeres PDF-Formular. Die alte Fassung können Sie noch bis 30. Juni verwenden.

        Wichtigste Änderung: Psychotherapie fragen wir nur noch für die letzten 5 statt 10 Jahre ab, und einmalige Beratungsgespräche (bis 5 Sitzungen) müssen nicht angegeben werden.

        Bitte schicken Sie ausgefüllte Gesundheitsfragen Ihrer Kunden nicht per E-Mail, sondern über den Upload im Maklerportal.

        {{sig}}
        """, sig=sig('brandt'))
    doc = pdf("""
        **Antrag auf Berufsunfähigkeitsversicherung - Teil C: Fragen zum Gesundheitszustand (Stand 05/2026)
        Zu versichernde Person: ________________________________   geb.: ____________

        1. Größe ______ cm   Gewicht ______ kg

        2. Wurden Sie in den letzten 5 Jahren von Ärzten, Psychotherapeuten oder Heilpraktikern untersucht, beraten oder
           behandelt wegen Krankheiten, Beschwerden oder Gesundheitsstörungen
           a) des Herzens oder Kreislaufs (z. B. Bluthochdruck, Herzinfarkt)?            [ ] ja  [ ] nein
           b) der Atmungsorgane (z. B. Asthma, COPD)?                                    [ ] ja  [ ] nein
           c) der Wirbelsäule, Gelenke, Muskeln (z. B. Bandscheibenvorfall, Arthrose)?   [ ] ja  [ ] nein
           d) der Psyche (z. B. Depression, Angststörung, Burnout, Essstörung)?          [ ] ja  [ ] nein
           e) Krebserkrankungen, Tumore?                                                [ ] ja  [ ] nein
           f) Stoffwechsel (z. B. Diabetes), Nieren, Leber?                              [ ] ja  [ ] nein

        3. Waren Sie in den letzten 5 Jahren im Krankenhaus, in einer Reha- oder Kurklinik?   [ ] ja  [ ] nein

        4. Nehmen Sie regelmäßig Medikamente ein?                                           [ ] ja  [ ] nein

        5. Besteht eine anerkannte Minderung der Erwerbsfähigkeit oder ein Grad der Behinderung?   [ ] ja  [ ] nein

        6. Konsumieren Sie Drogen oder wurden Sie wegen Alkohol- oder Medikamentenmissbrauch beraten oder behandelt?   [ ] ja  [ ] nein

        Bei "ja" bitte Angaben im Beiblatt: Diagnose, Zeitraum, Behandler, Folgen.
        Mitteilung nach § 19 Abs. 5 VVG über die Folgen einer Verletzung der Anzeigepflicht: siehe Seite 4.
        """, title='BU Antrag Teil C Gesundheitsfragen 05-2026', ts='2026-04-20 12:00')
    return build(n, frm=S['brandt'], to=ext('Henrik Koch', 'h.koch@brenner-koch.example'),
                 subject='Neue BU-Gesundheitsfragen ab 01.05.', date='2026-04-24 14:18',
                 body=Mixed(Text(body), Att(doc, 'application/pdf', 'BU_Antrag_TeilC_Gesundheitsfragen_2026-05.pdf')),
                 client=client, lang='de-DE')


@mail(124, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'child accident insurance: named girl broke her forearm (S52.5) at nursery, hospital day, plaster-cast benefit')
def _(n, client):
    body = T("""
        Liebe Familie Ebert,

        wir hoffen, Paula geht es schon wieder besser!

        Zur Unfallmeldung vom 02.06.2026 (Sturz vom Klettergerüst in der Kita Sonnenblume am 29.05.2026) haben wir den Arztbericht der Kinderchirurgie am Klinikum Fuldatal erhalten:

            versicherte Person:  Paula Ebert, geb. 17.09.2019
            Vertrag:             Kinder-Unfallversicherung KU 61 004 228
            Verletzung:          distale Unterarmfraktur links (S52.5), geschlossene Reposition in Kurznarkose, Oberarmgips für 5 Wochen
            stationär:           29.05.–30.05.2026

        Wir zahlen:
            Gipsgeld (Pauschale)                 250,00 €
            Krankenhaustagegeld 2 Tage x 30 €     60,00 €
            Summe                                310,00 €

        Eine Invaliditätsleistung kommt bei einer so gut versorgten Fraktur im Kindesalter in der Regel nicht in Betracht. Sollte nach der Gipsabnahme doch eine Bewegungseinschränkung bleiben, melden Sie sich bitte – die Frist dafür beträgt 15 Monate ab dem Unfall.

        Da der Unfall in der Kita passiert ist, ist zusätzlich die gesetzliche Unfallversicherung zuständig; unsere Leistungen werden darauf nicht angerechnet.

        {{sig}}

        {{foot}}
        """, sig=sig('beck'), foot=foot('allg'))
    return build(n, frm=S['beck'], to=ext('Familie Ebert', 'familie.ebert@heimnetz.example'),
                 subject='Unfall von Paula am 29.05. – Kinder-Unfallversicherung KU 61 004 228', date='2026-06-10 11:20',
                 body=Text(body), client=client, lang='de-DE')


@mail(125, 'NORMAL', 'en', 'insurer-to-customer',
      'trap: generic answer to a US prospect about driving licences and no-claims history; no contract, no personal data beyond a name')
def _(n, client):
    body = T("""
        Dear Mr Caldwell,

        thank you for your enquiry through our website. Happy to help you with the basics:

        1. Your US driving licence is valid in Germany for six months after you register your residence. After that you need a German licence; depending on your state, the US licence can be converted without a test or you need the theory and practical test.

        2. Car insurance: third-party liability is compulsory. For a newer car we recommend comprehensive cover (Vollkasko).

        3. No-claims history: we can take your US driving history into account. Please ask your US insurer for a letter confirming the number of claim-free years and that you were the main driver (in English is fine). With five claim-free years you would usually start in no-claims class SF 5 instead of SF 0, which makes a big difference to the premium.

        4. To get a quote we need the car model, your postcode in Germany, the expected annual mileage and the driving history letter. There is no obligation.

        If you prefer, you can also call me directly; I am in the office Monday to Thursday.

        {{sig}}
        """, sig=sig('koehler'))
    return build(n, frm=S['koehler'], to=ext('Ryan Caldwell', 'ryan.caldwell@usmail.example'),
                 subject='RE: Car insurance - moving to Kassel from Ohio', date='2026-05-21 10:12', body=Text(body),
                 client=client, lang='en-GB', irt='<web-form-2026-05-20-8812@www.auenwald-versicherung.example>')


@mail(126, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: purchase order for blood-pressure monitors, glucose test strips and lancets for the health day; no person')
def _(n, client):
    body = T("""
        Sehr geehrte Damen und Herren,

        für unseren Gesundheitstag am 21.05.2026 bestellen wir zu den Konditionen Ihres Angebots AN-26-0931:

        Pos. 1   10 St.  Oberarm-Blutdruckmessgerät, validiert (ESH-Protokoll), mit Manschette M und L
        Pos. 2    4 Pck. Blutzucker-Teststreifen à 50 Stück, passend zu Messgerät GlucoCheck 2
        Pos. 3    2 Pck. Sicherheitslanzetten à 200 Stück
        Pos. 4    6 Fl.  Hautdesinfektion 250 ml
        Pos. 5    2 St.  Abwurfbehälter für spitze Gegenstände, 1,5 l
        Pos. 6  500 St.  Einmalhandschuhe Nitril, Größe M

        Bestellnummer 4500-118905, Kostenstelle 4955 Gesundheitsmanagement
        Lieferung bis 15.05.2026 an: Auenwald Versicherung AG, Arbeitsmedizinischer Dienst, Gebäude B, Fuldaer Ufer 12, 34117 Kassel

        {{sig}}

        {{foot}}
        """, sig=sig('voss'), foot=foot('ag'))
    return build(n, frm=S['voss'], to=ext('MediBedarf Hessen – Auftragsannahme', 'auftrag@medibedarf-hessen.example'),
                 subject='Bestellung 4500-118905 – Gesundheitstag', date='2026-04-29 14:35', body=Text(body),
                 client=client, lang='de-DE')


@mail(127, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'an employee\'s own health insurance under the staff contract: sabbatical options, ongoing physiotherapy after shoulder surgery')
def _(n, client):
    body = T("""
        Dear Ana,

        thank you for your question about your health insurance during your sabbatical (1 August 2026 to 31 January 2027). Here are your options under the staff group contract:

            Your policy:  KV 160 220 118, tariff AK 100 Staff + SK 1 (staff group contract)
            Premium:      EUR 428.60 per month, employer share paid with your salary

        During the unpaid sabbatical there is no employer contribution, so you would pay the full premium yourself. Alternatively you can switch to a "Anwartschaftsversicherung" (dormant policy) for the six months: you pay only about EUR 61 per month, you keep your entitlement without new health questions, but there is no cover for treatment.

        Because you will be travelling in South America for most of the time, I would normally suggest the dormant policy plus a travel health insurance. However, please note: your ongoing physiotherapy after the shoulder operation last November (the treatment plan runs until September) and any follow-up with Dr. Brandes would not be covered by travel insurance, as it is a pre-existing condition. In your case it may therefore be better to keep the full cover at least until the physiotherapy is finished and switch to the dormant policy from October.

        Let me know what you decide by 15 July so we can set it up in time.

        {{sig}}
        """, sig=sig('lindner'))
    return build(n, frm=S['lindner'], to=Address('Ana Petrović', 'ana.petrovic', DOMAIN),
                 subject='Your health insurance during the sabbatical', date='2026-06-03 15:21', body=Text(body),
                 client=client, lang='en-GB')


@mail(128, 'NORMAL', 'en', 'internal',
      'trap: IT change notice for the DMS archive "medical reports / expert opinions" (downtime); no document content', client='system')
def _(n, client):
    body = T("""
        CHANGE NOTICE CHG-2026-0712

        What:     Storage migration of the DMS archive "Leistung - Arztberichte/Gutachten" (medical reports and expert opinions, health, life and accident claims) to the new storage cluster
        When:     Saturday, 27 June 2026, 08:00-14:00
        Impact:   No access to archived medical reports and expert opinions during the window. Scanning and indexing of new documents continues; documents will appear in the archive after 14:00.
        Security: Data are moved within our data centre over the encrypted storage network; no data leave the company. Access rights are not changed.
        Fallback: If the migration fails, the old storage stays active; decision at 12:00.

        Please inform your teams working on Saturday.

        Frank Ossowski, on behalf of IT Operations
        IT Service Desk | ext. 2200
        """)
    return build(n, frm=BOX['servicedesk'], to=[BOX['leistung'], Address('Leistung Leben', 'leistung-leben', DOMAIN)],
                 subject='[CHANGE] CHG-2026-0712 DMS archive medical reports - Saturday 27/06', date='2026-06-22 13:00',
                 body=Text(body, charset='us-ascii', cte='7bit'), client=client)


@mail(129, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'legal-expenses cover to a lawyer for a named customer\'s unfair-dismissal suit: salary and value in dispute, no health content')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Rechtsanwalt Dr. Staudt,

        in der Arbeitsrechtssache Ihrer Mandantin

            Frau Tatjana Möller, Kassel
            gegen Nordhessen Logistik GmbH, Lohfelden
            Kündigung vom 27.02.2026 zum 31.05.2026 (betriebsbedingt)

        erteilen wir Kostendeckungszusage für die Kündigungsschutzklage in erster Instanz.

            Versicherungsschein: RS 1994 208 (Privat- und Berufs-Rechtsschutz)
            Schadennummer:       RS-26-11388
            Selbstbeteiligung:   250 € (bereits bei der Deckungsanfrage mitgeteilt)

        Den Gegenstandswert legen wir nach Ihren Angaben mit dem Vierteljahresverdienst zugrunde: 3 x 3.900 € brutto = 11.700 €. Ein Weiterbeschäftigungsantrag ist mitversichert.

        Bitte rechnen Sie nach Abschluss der Instanz direkt mit uns ab.

        {{sig}}

        {{foot}}
        """, sig=sig('kaminski'), foot=foot('rs'))
    return build(n, frm=S['kaminski'], to=ext('Dr. Ralf Staudt', 'kanzlei@staudt-partner.example'),
                 subject='Deckungszusage RS-26-11388 – Möller ./. Nordhessen Logistik GmbH', date='2026-03-13 12:50',
                 body=Text(body), client=client, lang='de-DE')


@mail(130, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'assistance instruction: named traveller (birth date) hospitalised in Bangkok with dengue fever (A90), low platelets, guarantee')
def _(n, client):
    body = T("""
        Dear colleagues,

        please open a medical case for our insured:

            Name:              Mrs Sabine Wulff
            Date of birth:     1987-04-19
            Policy:            travel health RK-2026-55102 (trip 02/03-30/03/2026, Thailand)
            Hospital:          Bangkok Example International Hospital, admitted 14/03/2026
            Diagnosis:         dengue fever (A90), platelets 38,000/µl on admission, no signs of haemorrhage so far
            Contact:           husband Mr Jan Wulff, +49 160 5550 4417 (on site)

        We issue a guarantee of payment up to EUR 15,000. Please:
        1. get in touch with the treating physician today and send us a medical update every 24 hours via the SecureMail portal,
        2. check whether the hospital bill is in line with local rates,
        3. organise the return flight with the husband if she is discharged after 30 March (rebooking is covered).

        Our case reference: RK-S-26-03318. Medical questions to Dr. Kluge's team, organisational questions to me.

        {{sig}}
        """, sig=sig('schulte'))
    return build(n, frm=S['schulte'], to=ext('EuroAssist Case Management', 'cases@euroassist.example'),
                 subject='New case RK-S-26-03318 - Wulff, Sabine - Bangkok', date='2026-03-14 19:48', body=Text(body),
                 client=client, lang='en-GB', extra=[('Importance', 'high')])


@mail(131, 'NORMAL', 'de', 'internal',
      'trap: Outlook meeting invitation (text/calendar) for a claims case conference; cases will be anonymised, none named')
def _(n, client):
    plain = T("""
        Hallo zusammen,

        ich lade zur nächsten Fallkonferenz „Komplexe Leistungsfälle KV/Pflege“ ein. Themen diesmal: Langzeit-Krankentagegeld mit strittiger Berufsunfähigkeit, Heimunterbringung bei Pflegegrad 2, Off-Label-Medikation in der Onkologie.

        Ich bringe die Fälle anonymisiert mit; bitte keine Akten ausdrucken.

        Petra
        """)
    cal = ics("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:W. Europe Standard Time
        BEGIN:STANDARD
        DTSTART:16011028T030000
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010325T020000
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        ORGANIZER;CN=Petra Lindner:mailto:petra.lindner@auenwald-versicherung.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dr. med. Stefan Kluge:mailto:stefan.kluge@auenwald-versicherung.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Yvonne Beck:mailto:yvonne.beck@auenwald-versicherung.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Carsten Dietz:mailto:carsten.dietz@auenwald-versicherung.example
        SUMMARY;LANGUAGE=de-DE:Fallkonferenz komplexe Leistungsfälle KV/Pflege
        DTSTART;TZID=W. Europe Standard Time:20260512T140000
        DTEND;TZID=W. Europe Standard Time:20260512T153000
        UID:040000008200E00074C5B7101A82E00800000000D213013100000000000000001000000
        DTSTAMP:20260428T073000Z
        LOCATION;LANGUAGE=de-DE:A.312 / Teams
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    body = Multi('alternative', Text(plain), Text(cal, subtype='calendar', charset='utf-8', cte='base64', params={'method': 'REQUEST'}))
    return build(n, frm=S['lindner'], to=[S['kluge'], S['beck'], S['dietz']],
                 subject='Fallkonferenz komplexe Leistungsfälle KV/Pflege', date='2026-04-28 09:30', body=body,
                 client=client, lang='de-DE')


@mail(132, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'short body; the PDF premium notice has the named customer\'s address, buildings policy, new premium and full IBAN')
def _(n, client):
    body = T("""
        Dear Mr Osei,

        as discussed, attached is the English courtesy copy of your premium notice for the coming insurance year. The German original has been sent by post.

        {{sig}}
        """, sig=sig('lorenz'))
    doc = pdf("""
        **Auenwald Allgemeine Versicherung AG - Premium notice (courtesy translation)
        Mr David Osei, Heinrich-Heine-Straße 19, 34121 Kassel

        Buildings insurance VGB 80 331 576
        Insured property: Heinrich-Heine-Straße 19, 34121 Kassel (semi-detached house, built 1994)
        Insurance year: 1 July 2026 - 30 June 2027

        Cover                                   Premium p.a.
        Fire, water, storm/hail                 EUR 612.40
        Natural hazards (flood, heavy rain)     EUR 188.70
        Glass                                   EUR  54.00
        Insurance tax 19 % / 22 %               EUR 150.32
        **Total                                  EUR 1,005.42

        The premium increases by 7.8 % because of the index adjustment (construction price index).
        Direct debit on 1 July 2026 from IBAN DE23 3704 0044 7660 7610 80, mandate AWV-VGB-80331576-01.
        """, title='Premium notice VGB 80 331 576', ts='2026-05-15 06:00')
    return build(n, frm=S['lorenz'], to=ext('David Osei', 'david.osei@homemail.example'),
                 subject='Premium notice - courtesy copy', date='2026-05-18 14:05',
                 body=Mixed(Text(body), Att(doc, 'application/pdf', 'Premium_notice_2026-2027.pdf')), client=client, lang='en-GB')


@mail(133, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'hospital daily allowance for a named insured after 28 days in a psychosomatic clinic (F41.1)')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Jankowski,

        vielen Dank für die Entlassungsbescheinigung der Klinik für Psychosomatik am Wilhelmshöher Park.

            Versicherungsnummer:  KV 131 500 208
            Tarif:                KHT 50 (Krankenhaustagegeld 50 € je Tag)
            stationärer Aufenthalt: 02.03.–29.03.2026 (28 Tage)
            Diagnose lt. Bescheinigung: generalisierte Angststörung (F41.1)

        Das Krankenhaustagegeld beträgt 28 x 50 € = 1.400,00 €. Die Zahlung geht heute an Sie raus.

        Die Kosten der Behandlung selbst hat die Klinik direkt mit uns abgerechnet; dafür müssen Sie nichts weiter tun.

        Für die ambulante Weiterbehandlung bei Ihrer Psychotherapeutin brauchen wir ab der 25. Sitzung einen kurzen Bericht; bis dahin erstatten wir die Rechnungen ohne weitere Unterlagen.

        Alles Gute!

        {{sig}}

        {{foot}}
        """, sig=sig('lindner'), foot=foot('kranken'))
    return build(n, frm=S['lindner'], to=ext('Ewa Jankowski', 'ewa.jankowski@mailpost.example'),
                 subject='Krankenhaustagegeld – KV 131 500 208', date='2026-04-07 16:10', body=Text(body),
                 client=client, lang='de-DE')


@mail(134, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: reinsurance treaty renewal terms (health quota share, motor XL, loss ratios, premium volumes); no person')
def _(n, client):
    body = T("""
        Dear Lukas,

        ahead of our renewal meeting on 12 May, our position on the 2026/27 programme:

        1. Health quota share (Auenwald Krankenversicherung)
           Cession 30 % unchanged. Ceded premium 2025: EUR 118.4m; loss ratio 78.2 % (2024: 80.5 %). We ask for a ceding commission of 4.5 % (expiring 4.0 %) given the improved result.

        2. Motor XL (Auenwald Allgemeine)
           Priority EUR 2.5m, limit unlimited for bodily injury, EUR 100m for property damage. Burning cost 2021-2025: 1.9 % of GNPI. We would like to keep the priority and reduce the rate from 2.4 % to 2.2 %.

        3. Life / disability surplus
           No changes; the new BU incidence figures (sent in March) support the current terms.

        4. Cyber clause
           We accept LMA 5567A, but need a carve-back for the cyber policies for small businesses.

        All figures are portfolio-level; the claim-level bordereaux will be available in the portal as usual.

        {{sig}}
        """, sig=sig('carter'))
    return build(n, frm=S['carter'], to=ext('Lukas Imhof', 'lukas.imhof@alpinare.example'), cc=S['okafor'],
                 subject='Renewal 2026/27 - Auenwald position paper', date='2026-05-04 17:30', body=Text(body),
                 client=client, lang='en-GB')


@mail(135, 'CONFIDENTIAL', 'de', 'customer',
      'inline forward (Apple Mail) of a customer\'s cancellation with typos: motor policy, plate, buyer, refund IBAN', client='iphone')
def _(n, client):
    body = T("""
        Hallo Kundenservice Kfz,

        bitte Kündigung bearbeiten und Erstattung anweisen, Kunde hat bei mir angerufen und dann geschrieben. Verkaufsvertrag hängt nicht an, hab ich angefordert.

        Jana Köhler

        Von meinem iPhone gesendet

        Anfang der weitergeleiteten Nachricht:

        Von: Stefan Brosig <stefan.brosig@kabelpost.example>
        Datum: 5. Mai 2026 um 22:41:17 MESZ
        An: Jana Köhler <jana.koehler@auenwald-versicherung.example>
        Betreff: Kündigung Auto wegen verkauf

        Hallo Frau Köhler
        wie am telefon besprochen kündige ich hiermit meine Kfz versicherung 40-4471092-K für den Seat Leon KS-SB 744 weil ich das Auto am Samstag (02.05.) verkauft habe. Käufer ist Herr Mehmet Arslan aus Baunatal, der meldet das Auto um.
        Den zuviel bezahlten Beitrag bitte auf mein Konto DE96 5204 0021 5948 4306 03 überweisen (nicht das alte Sparkassenkonto, das gibts nicht mehr).
        Danke und gruss
        Stefan Brosig
        """)
    return build(n, frm=S['koehler'], to=Address('Kundenservice Kfz', 'kundenservice-kfz', DOMAIN),
                 subject='WG: Kündigung Auto wegen verkauf', date='2026-05-06 07:35', body=Text(body), client=client)


@mail(136, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'disability benefit follow-up review of a named insured with multiple sclerosis (G35), request for reports and job status')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Vogler,

        seit dem 01.09.2022 zahlen wir Ihnen aus Ihrer Berufsunfähigkeitsversicherung BU 7 118 530-1 eine monatliche Rente von 1.450 € und befreien Sie von der Beitragszahlung. Wie in den Bedingungen vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Berufsunfähigkeit fortbesteht. Das ist ein Routinevorgang – an Ihrer Leistung ändert sich bis zum Abschluss der Prüfung nichts.

        Wir bitten Sie, uns bis zum 15.05.2026 Folgendes zu schicken:

        1. den aktuellen Bericht Ihrer behandelnden Neurologin Dr. Hasenkamp zum Verlauf der Multiplen Sklerose (schubförmig-remittierend, G35.1 lt. Erstantrag) einschließlich der letzten MRT-Befunde und der aktuellen Therapie,
        2. eine Bestätigung, ob Sie derzeit eine berufliche Tätigkeit ausüben (auch Teilzeit oder Minijob), und falls ja, welche,
        3. den aktuellen Bescheid über den Grad der Behinderung, falls sich seit 2022 etwas geändert hat.

        Die Kosten für den ärztlichen Bericht übernehmen wir. Die Schweigepflichtentbindung von 2022 gilt fort; wenn Sie sie lieber auf einzelne Ärzte beschränken möchten, schicken Sie uns bitte das beiliegende Formular.

        {{sig}}

        {{foot}}
        """, sig=sig('weiss'), foot=foot('leben'))
    return build(n, frm=S['weiss'], to=ext('Kerstin Vogler', 'kerstin.vogler@webpost.example'),
                 subject='Ihre Berufsunfähigkeitsrente BU 7 118 530-1 – Nachprüfung 2026', date='2026-04-14 08:40',
                 body=Text(body), client=client, lang='de-DE')


@mail(137, 'NORMAL', 'de', 'internal',
      'trap: liability claims controlling report with bodily-injury counts, reserves and injury types as percentages; aggregated')
def _(n, client):
    body = T("""
        Hallo zusammen,

        hier die Controlling-Zahlen Haftpflicht-Schaden für März zur Teamleiterrunde am Donnerstag:

        Bestand offene Schäden: 3.340 (Feb: 3.412)
          davon Personenschäden: 212, Reserve gesamt 18,6 Mio. €
          davon Großschäden > 500 T€: 9

        Personenschäden nach Verletzungsart (Anteil am offenen Bestand):
          HWS-Verletzungen 41 %, Frakturen 27 %, Schädel-Hirn-Trauma 6 %, Verbrennungen 3 %, Sonstige 23 %

        Durchschnittliche Laufzeit Personenschaden bis Abfindung: 19 Monate.
        Regresseingänge Q1: 1,42 Mio. € (Plan 1,30 Mio. €).

        Auffällig: Die Zahl der Fristversäumnisse im Regress ist nach der Einführung des elektronischen Fristenkalenders von 7 auf 1 gesunken. Danke an alle!

        Zahlen auf Einzelfallebene gibt es wie immer nur im Controlling-Cockpit.

        {{sig}}
        """, sig=sig('hahn'))
    return build(n, frm=S['hahn'], to=Address('Teamleitungen Haftpflicht-Schaden', 'tl-haftpflicht', DOMAIN),
                 subject='Controlling Haftpflicht-Schaden März 2026', date='2026-04-06 07:55', body=Text(body),
                 client=client, lang='de-DE')


@mail(138, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'rental-car excess claim (scratch in Scotland, no injury): named customer, policy, claim, amounts, IBAN', client='outlook-web')
def _(n, client):
    body = T("""
        Dear Ms Dubois,

        thank you for sending the rental agreement and the damage report from the rental company in Inverness.

        Policy:   RV-3319-0827 (annual travel policy incl. rental car excess cover)
        Claim:    RG-26-01432
        Event:    scratch on the rear bumper of the rental car, car park in Fort William, 18 April 2026; nobody was involved or hurt

        The rental company charged your credit card GBP 850.00 as excess. According to your card statement this corresponded to EUR 1,004.71 on 24 April. We reimburse the full amount, as your cover is up to EUR 1,500 per event.

        Payment of EUR 1,004.71 to IBAN DE72 5206 0410 6786 9781 29 (Claire Dubois) within the next few days.

        Kind regards,
        {{sig}}

        {{foot}}
        """, sig=sig('schulte'), foot=foot('allg'))
    return build(n, frm=S['schulte'], to=ext('Claire Dubois', 'claire.dubois@courriel.example'),
                 subject='RE: rental car excess - RG-26-01432', date='2026-05-07 12:22', body=Text(body), client=client,
                 lang='en-GB', irt='<CD-2026-0502-rental@courriel.example>')


@mail(139, 'NORMAL', 'en', 'internal',
      'trap: occupational physician\'s English note on support for long COVID / post-viral fatigue for all staff; no individual')
def _(n, client):
    body = T("""
        Dear colleagues,

        several of you have asked what support is available if you still feel exhausted weeks or months after an infection. Here is an overview; it applies to everybody and you do not need to tell your manager why you are using it.

        1. Confidential consultation with me: Monday, Wednesday and Thursday mornings, or by video. Anything you tell me is covered by medical confidentiality and does not go to HR or your manager.
        2. Flexible return: if you come back after a long illness, a graded return (stufenweise Wiedereingliederung) can be arranged with your GP and your health insurer. HR only learns the working hours, not the diagnosis.
        3. Workplace adjustments: height-adjustable desks, quieter rooms, more breaks - just ask.
        4. Employee Assistance Programme: free, anonymous counselling by phone, also in English, 24/7: 0800 555 0199.

        Typical symptoms of post-viral fatigue include exhaustion after minor effort, concentration problems and disturbed sleep. Please see your doctor if this sounds familiar.

        Stay well,
        {{sig}}
        """, sig=sig('albers'))
    return build(n, frm=S['albers'], to=Address('All staff', 'alle-mitarbeitenden', DOMAIN),
                 subject='Feeling exhausted after an infection? Support available', date='2026-02-19 10:15',
                 body=Text(body), client=client, lang='en-GB')


@mail(140, 'NORMAL', 'de', 'internal',
      'grey zone, NORMAL: out-of-office auto-reply of an employee on parental leave with a deputy; no health data', client='ooo')
def _(n, client):
    body = T("""
        Vielen Dank für Ihre Nachricht.

        Ich bin vom 01.06.2026 bis einschließlich 31.01.2027 in Elternzeit. Ihre E-Mail wird nicht weitergeleitet.

        In Vertragsangelegenheiten Leben wenden Sie sich bitte an meine Kollegin Claudia Weiß (claudia.weiss@auenwald-versicherung.example, Tel. 0561 7080-3420) oder an das Team-Postfach vertragsservice-leben@auenwald-versicherung.example.

        Viele Grüße
        Kai Schuster
        """)
    return build(n, frm=Address('Kai Schuster', 'kai.schuster', DOMAIN), to=S['meyer'],
                 subject='Automatische Antwort: Teamrunde bAV/Leben im Juli', date='2026-06-15 10:02',
                 body=Text(body), client=client)


@mail(141, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'storm damage to a named customer\'s roof: buildings policy, insured address, roofer invoice, payout; nobody hurt')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Lommel,

        zu Ihrem Sturmschaden vom 10.02.2026 (Sturmtief „Ylva“) am Haus Mühlenweg 3, 34292 Ahnatal, haben wir die Rechnung der Dachdeckerei Schwarz erhalten.

            Wohngebäudeversicherung: VGB 63 775 014
            Schadennummer:           SG-2026-018842

            Neueindeckung ca. 18 m² Dachfläche (Biberschwanz), Firstziegel, Gerüst    4.380,00 €
            Notabdichtung am 11.02.2026                                                  290,00 €
            Summe                                                                     4.670,00 €
            abzgl. Selbstbeteiligung                                                   - 250,00 €
            Entschädigung                                                             4.420,00 €

        Den Betrag überweisen wir wie gewünscht direkt an die Dachdeckerei; die Selbstbeteiligung stellt Ihnen die Dachdeckerei gesondert in Rechnung.

        Die Wetterdaten des Deutschen Wetterdienstes bestätigen für Ihren Ort Windböen von 112 km/h. Ein Gutachter war deshalb nicht nötig.

        {{sig}}

        {{foot}}
        """, sig=sig('wirth'), foot=foot('allg'))
    return build(n, frm=S['wirth'], to=ext('Peter Lommel', 'peter.lommel@landpost.example'),
                 subject='Sturmschaden SG-2026-018842 – Regulierung', date='2026-02-26 15:33', body=Text(body),
                 client=client, lang='de-DE')


@mail(142, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dental treatment plan (bridge, crown after periodontitis) of a named insured approved; windows-1252 quoted-printable')
def _(n, client):
    body = T("""
        Sehr geehrte Frau Pfeiffer,

        wir haben den Heil- und Kostenplan von Dr. Kemmerich vom 24.02.2026 geprüft.

        Versicherungsnummer: KV 066 204 719, Tarif ZE 75 (Zahnersatz 75 %)

        Geplante Behandlung:
        - Brücke 14–16 (Zahn 15 fehlt nach Extraktion wegen Parodontitis), Vollkeramik
        - Krone 26 nach Wurzelkanalbehandlung
        - vorausgegangene systematische Parodontitistherapie (bereits abgeschlossen)

        Voraussichtliche Kosten laut Plan:
            zahnärztliches Honorar (GOZ)      2.416,80 €
            Material- und Laborkosten         1.938,50 €
            gesamt                            4.355,30 €

        Erstattung nach Tarif ZE 75: 75 % = 3.266,48 €. Die Zahnstaffel ist in Ihrem vierten Versicherungsjahr bereits ausgelaufen; es gibt daher keine Begrenzung.

        Die Zusage gilt sechs Monate. Bitte reichen Sie uns nach Abschluss die Rechnung und den Laborbeleg ein.

        {{sig}}

        {{foot}}
        """, sig=sig('lindner'), foot=foot('kranken'))
    return build(n, frm=S['lindner'], to=ext('Hannelore Pfeiffer', 'h.pfeiffer@seniorennetz.example'),
                 subject='Ihr Heil- und Kostenplan vom 24.02.2026', date='2026-03-03 10:17',
                 body=Text(body, charset='windows-1252', cte='quoted-printable'), client=client, lang='de-DE')


@mail(143, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: penetration-test scope for the HR portal (payslips, sick-note upload) with synthetic test accounts only')
def _(n, client):
    body = T("""
        Hello Jakob,

        as agreed, the scope for the penetration test of our employee portal "MeinAuenwald":

        In scope
        - https://mein.auenwald-versicherung.example (web front end and API)
        - functions: payslip download, upload of sick notes (AU), change of bank details, tax data view
        - authentication incl. MFA and password reset with security question

        Test accounts
        We created five synthetic employees (TEST-HR-01 to TEST-HR-05) with made-up payslips, fictitious IBANs and dummy sick notes. Please use only these accounts. If you ever see data of a real employee, stop the test immediately and call me; do not download or store such data.

        Out of scope
        - the payroll system itself, Active Directory, any denial-of-service tests

        Window: 15-19 June 2026, 07:00-20:00 CEST. Source IPs please by 10 June.

        Reports only via our encrypted file share, not by e-mail.

        {{sig}}
        """, sig=sig('raman'))
    return build(n, frm=S['raman'], to=ext('Jakob Strand', 'jakob.strand@nordlicht-security.example'),
                 subject='Pentest MeinAuenwald - scope and test accounts', date='2026-05-28 14:40', body=Text(body),
                 client=client, lang='en-GB')


@mail(144, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'returned direct debit for a named customer\'s household policy: policy, amount, old IBAN, request for new bank details', client='system')
def _(n, client):
    body = T("""
        Dear Mr Eriksson,

        unfortunately your bank has returned our direct debit for your household insurance (reason: account closed).

        Policy:             HR 81 220 647 (household contents)
        Amount:             EUR 142.80 (annual premium 2026/27)
        Account debited:    IBAN DE39 5005 0201 9306 4022 48 - returned on 04/05/2026
        Bank charges:       EUR 3.00

        Please let us have your new bank details by 20 May 2026, either in the customer portal under "My details" or by completing the attached-to-letter SEPA mandate. Alternatively you can transfer EUR 145.80 to our account IBAN DE68 4306 0967 8447 7157 23, reference HR 81 220 647.

        If we do not receive the premium, your cover may be suspended (section 37 German Insurance Contract Act).

        Auenwald Versicherung - Premium Service
        This message was generated automatically.

        {{foot}}
        """, foot=foot('allg'))
    return build(n, frm=BOX['noreply'], to=ext('Lars Eriksson', 'lars.eriksson@nordpost.example'),
                 subject='Returned direct debit - policy HR 81 220 647', date='2026-05-06 05:45',
                 body=Text(body, charset='utf-8', cte='quoted-printable'), client=client)


@mail(145, 'STRICTLY_CONFIDENTIAL', 'de', 'relative',
      'team lead forwards a daughter\'s mail (typos) about her mother\'s dementia, care grade and care allowance claim')
def _(n, client):
    body = T("""
        Hallo Frau Beck,

        das hier kam über das Kontaktformular, betrifft die Pflegetagegeld-Versicherung von Frau Senge. Die Tochter hat eine Vorsorgevollmacht, Kopie will sie per Post schicken. Übernehmen Sie bitte?

        {{sig}}

        -----Ursprüngliche Nachricht-----
        Von: Kontaktformular <kontaktformular@auenwald-versicherung.example>
        Gesendet: Montag, 18. Mai 2026 20:14
        An: Kundenservice Kranken <kundenservice-kranken@auenwald-versicherung.example>
        Betreff: Kontaktformular: Pflege / Leistungsantrag

        Name: Birgit Senge-Hartung
        E-Mail: birgit.senge-hartung@familienpost.example
        Telefon: 0171 5550 3380
        Vertragsnummer: PT 50 227 113

        Nachricht:
        Guten Tag, meine Mutter Ingeborg Senge (geb. 03.11.1940) hat bei Ihnen eine Pflegetagegeldversicherung. Sie hat seit letztem Jahr Alzheimer-Demenz, der Neurologe hat das im Oktober diagnostiziert, und jetzt hat die Pflegekasse Pflegegrad 3 festgestellt (Bescheid vom 06.05.). Sie wohnt noch zuhause, ich und mein Bruder wechseln uns ab und morgens kommt der Pflegedienst.
        Was brauchen sie von uns damit das Pflegetagegeld gezahlt wird?? Reicht der Bescheid von der Pflegekasse oder muss nochmal ein Gutachter kommen? Meine Mutter regt sich bei fremden Leuten sehr auf.
        Ich hab eine Vorsorgevollmacht, die kann ich schicken.
        Vielen Dank
        Birgit Senge-Hartung
        """, sig=sig('dietz'))
    return build(n, frm=S['dietz'], to=S['beck'], subject='WG: Kontaktformular: Pflege / Leistungsantrag',
                 date='2026-05-19 08:36', body=Text(body), client=client, lang='de-DE')


@mail(146, 'NORMAL', 'en', 'internal',
      'grey zone, NORMAL: manager asks IT to keep a developer\'s account during two months of parental leave; no health data')
def _(n, client):
    body = T("""
        Hello Service Desk,

        Raj Sharma (team Claims Platforms) will be on parental leave from 1 July to 31 August 2026.

        Please:
        - do NOT disable his account (the 30-day inactivity rule would kick in on 31 July),
        - suspend his VPN token and his admin rights on the test servers for the period,
        - set an out-of-office forward of the team mailbox alias to Ana Petrović.

        He'll be back on 1 September. Ticket for reactivation can be closed automatically then.

        Thanks,
        Martin
        """)
    return build(n, frm=S['novak'], to=BOX['servicedesk'], subject='Account Raj Sharma - parental leave Jul/Aug',
                 date='2026-06-18 09:12', body=Text(body), client=client, lang='en-US')


@mail(147, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'electronics insurance: named customer\'s smartphone repair with IMEI, policy, payout and IBAN; iso-8859-1 8bit', client='thunderbird')
def _(n, client):
    body = T("""
        Hallo Herr Yilmazer,

        danke für die Reparaturrechnung. Wir regulieren Ihren Displayschaden so:

        Elektronikversicherung:  EL 2025-77 410
        Schadennummer:           EL-S-26-00718
        Gerät:                   Smartphone Pixel 9, IMEI 35 290611 804417 3
        Reparatur Handy-Klinik Kassel vom 22.04.2026:   289,00 EUR
        abzgl. Selbstbeteiligung:                       -50,00 EUR
        Auszahlung:                                     239,00 EUR

        Wir überweisen auf Ihr Konto IBAN DE46 1203 0000 3307 1426 22 (E. Yilmazer).

        Noch ein Tipp: Eine Panzerglasfolie ist in Ihrem Tarif beim nächsten Displayschaden Voraussetzung für den vollen Ersatz (Obliegenheit aus § 6 der Bedingungen).

        {{sig}}
        """, sig=sig('wirth'))
    return build(n, frm=S['wirth'], to=ext('Erdem Yilmazer', 'erdem.yilmazer@netzpost.example'),
                 subject='Ihr Displayschaden EL-S-26-00718', date='2026-04-24 16:02',
                 body=Text(body, charset='iso-8859-1', cte='8bit', flow=True), client=client)


@mail(148, 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'IT request in passing reveals a named developer is on long-term sick leave after shoulder surgery and in rehab until mid-March')
def _(n, client):
    body = T("""
        Hi Frank,

        could you please exempt Ana Petrović's account from the 90-day inactivity deactivation? According to the report it would be disabled on 1 March.

        Background, just so you understand why: Ana has been on sick leave since her shoulder surgery in November and is now in inpatient rehab until about 15 March. She wants to come back step by step from April, and it would be a pain for her to go through the whole re-onboarding (new laptop enrolment, MFA, access requests).

        Her mailbox can stay as it is, the out-of-office is set.

        Thanks a lot,
        {{sig}}
        """, sig=sig('novak'))
    return build(n, frm=S['novak'], to=S['ossowski'], subject='Inactivity rule - please exempt a.petrovic',
                 date='2026-02-20 14:05', body=Text(body), client=client, lang='en-US')


@mail(149, 'NORMAL', 'en', 'insurer-to-customer',
      'trap: visa-related health insurance information for an exchange-student prospect, brochure PDF on pre-existing conditions; no health data of her')
def _(n, client):
    body = T("""
        Dear Ms Brooks,

        thank you for your message. For your exchange semester in Kassel (October 2026 to March 2027) you will need health insurance that the German authorities accept for your residence permit and the university enrolment.

        Students under 30 at a German university are normally covered by the statutory health insurance. As a visiting student who is not enrolled as a regular student, you can take out our private "Auenwald Study Abroad" cover instead:
        - full cover for doctor, hospital, medicines and emergency dental treatment,
        - no deductible, EUR 39.50 per month, minimum 3 months,
        - confirmation for the immigration office in German and English,
        - start on the day you arrive in Germany.

        The attached brochure explains the details, including how pre-existing conditions are treated. You can apply online; you will receive the confirmation for your visa appointment within one working day.

        Good luck with your preparations!

        {{sig}}
        """, sig=sig('schulte'))
    doc = pdf("""
        **Auenwald Study Abroad - Health insurance for international students and visiting researchers
        Auenwald Krankenversicherung AG, Kassel

        **Who can apply?
        International students, language course participants and visiting researchers up to age 40 staying in Germany
        for up to 5 years.

        **What is covered?
        Outpatient treatment by doctors 100 %, inpatient treatment in the general ward 100 %, prescribed medicines
        100 %, emergency dental treatment and fillings up to EUR 500 per year, pregnancy and childbirth (after a
        waiting period of 8 months), psychotherapy up to 20 sessions per year, repatriation if medically necessary.

        **Pre-existing conditions
        Illnesses that were known or being treated before the start of cover are covered only for acute emergencies
        (e.g. an asthma attack or a diabetic emergency). Planned treatment of known conditions is not covered.

        **Premium
        EUR 39.50 per month (age up to 29), EUR 64.00 per month (age 30-40). No deductible.

        **Confirmation for authorities
        We confirm cover according to section 2 (3) Residence Act in German and English.
        """, title='Auenwald Study Abroad brochure', ts='2026-01-10 09:00')
    return build(n, frm=S['schulte'], to=ext('Hannah Brooks', 'hannah.brooks@campusmail.example'),
                 subject='RE: Health insurance for my exchange semester', date='2026-06-24 11:48',
                 body=Mixed(Text(body), Att(doc, 'application/pdf', 'Auenwald_Study_Abroad_EN.pdf')), client=client, lang='en-GB',
                 irt='<HB-2026-06-23-q@campusmail.example>')


@mail(150, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal-expenses premium refund after a tariff change for a named customer: policy, refund amount, IBAN')
def _(n, client):
    body = T("""
        Sehr geehrter Herr Ebeling,

        Sie haben Ihren Rechtsschutzvertrag zum 01.04.2026 auf den Tarif „Basis“ umgestellt (ohne Verkehrs-Rechtsschutz, weil Sie kein Auto mehr haben).

            Versicherungsschein: RS 2204 771
            Beitrag bisher:      312,00 € jährlich
            Beitrag neu:         218,40 € jährlich
            zu viel gezahlt für 01.04.–31.12.2026:  70,20 €

        Wir überweisen 70,20 € auf Ihr Konto IBAN DE97 5001 0517 4942 7048 41. Die laufende Deckungszusage in Ihrer Mietsache (RS-26-10477) ist von der Umstellung nicht betroffen.

        {{sig}}

        {{foot}}
        """, sig=sig('kaminski'), foot=foot('rs'))
    return build(n, frm=S['kaminski'], to=ext('Frank Ebeling', 'frank.ebeling@mailpost.example'),
                 subject='Tarifumstellung RS 2204 771 – Beitragserstattung', date='2026-04-09 13:12', body=Text(body),
                 client=client, lang='de-DE')


if __name__ == '__main__':
    main()
