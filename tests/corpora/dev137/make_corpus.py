#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev137 for Siegel (issue 14).

A regional branch office ("Bezirksdirektion Brunnstadt") of the fictitious
composite insurer "Auental Versicherungen" during one ordinary month
(March 2026).  Every mail below is written by hand in its own function
(section MAILS).  Only the MIME plumbing, the attachment writers, the staff
signatures and the legal footers are shared.

Python standard library only.

    python3 make_corpus.py           # writes mails/d137-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp dir, compares bytes,
                                     # re-parses and validates everything

Seed 137 is used for MIME boundaries and Message-ID local parts, so the
output is byte-identical on every run.
"""

import base64
import collections
import csv
import datetime
import hashlib
import html.parser
import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import quoprimime
from email.header import Header
from email.parser import BytesParser
import email.policy
import email.utils

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d137-"
SEED = 137
NMAILS = 150
TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
DOM = "auental-versicherung.example"
CRLF = "\r\n"

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]


def dt(day, hh, mm, ss=0, month=3):
    """RFC 5322 date in 2026, Europe/Berlin (CEST from 29 March 02:00)."""
    d = datetime.date(2026, month, day)
    summer = (month, day) >= (3, 29) and (month, day) < (10, 25)
    if (month, day) == (3, 29) and hh < 3:
        summer = False
    tz = "+0200" if summer else "+0100"
    return "%s, %02d %s 2026 %02d:%02d:%02d %s" % (
        _WD[d.weekday()], day, _MO[month - 1], hh, mm, ss, tz)


def iban_de(blz, konto):
    """German IBAN (ISO 13616 / ISO 7064 mod 97-10) for an invented account."""
    konto = konto.rjust(10, "0")
    bban = blz + konto
    num = int(bban + "1314" + "00")          # D=13, E=14
    check = 98 - num % 97
    return "DE%02d%s" % (check, bban)


def iban_cc(cc, bban):
    """IBAN for another country with a purely numeric/alpha BBAN."""
    s = bban + cc + "00"
    digits = "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(digits) % 97
    return "%s%02d%s" % (cc, check, bban)


def grp(iban):
    """Group an IBAN in blocks of four for print."""
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def dedent(s):
    """Strip one leading newline and the common indentation of a literal."""
    if s.startswith("\n"):
        s = s[1:]
    lines = s.split("\n")
    ind = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()),
              default=0)
    return "\n".join(l[ind:] for l in lines)


_L1 = {"–": "-", "—": "-", "€": "EUR", "„": '"', "“": '"', "”": '"', "‚": "'",
       "‘": "'", "’": "'", "…": "...", "ı": "i", "ş": "s", "ğ": "g", "İ": "I",
       "\u00a0": " ", "→": "->", "•": "*", "µ": "µ"}
_ASC = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
        "·": "-", "é": "e", "è": "e", "á": "a", "ó": "o", "í": "i", "ã": "a", "ç": "c",
        "µ": "u", "°": " deg", "§": "Sec.", "½": "1/2", "²": "2"}


def latin1ize(s):
    """Text as an iso-8859-1 mail client would have produced it."""
    for a, b in _L1.items():
        s = s.replace(a, b)
    s.encode("iso-8859-1")
    return s


def asciify(s):
    s = latin1ize(s)
    for a, b in _ASC.items():
        s = s.replace(a, b)
    s.encode("ascii")
    return s


def quote(text, prefix="> "):
    out = []
    for l in text.split("\n"):
        if l.startswith(">"):
            out.append(">" + l)
        elif l == "":
            out.append(">")
        else:
            out.append(prefix + l)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# the invented world: staff, signatures, footers
# ---------------------------------------------------------------------------

class P:
    def __init__(self, name, addr, sig=None, sig_en=None):
        self.name, self.addr, self.sig, self.sig_en = name, addr, sig, sig_en

    def __iter__(self):
        return iter((self.name, self.addr))


BD_ADDR = "Bezirksdirektion Brunnstadt · Marktplatz 7 · 63999 Brunnstadt"

FOOT_DE = dedent("""
    Auental Versicherungen – Bezirksdirektion Brunnstadt
    Marktplatz 7, 63999 Brunnstadt · Telefon 06099 4471-0 · www.auental-versicherung.example
    Auental Allgemeine Versicherung AG · Auental Lebensversicherung AG · Auental Krankenversicherung AG
    Sitz der Gesellschaften: Hohenfurt · Amtsgericht Hohenfurt HRB 4411, HRB 4412, HRB 4413
    Vorstand: Dr. Henning Marquardt (Vorsitz), Ulla Brinkhaus, Tobias Engstfeld
    Vorsitzender der Aufsichtsräte: Prof. Dr. Walter Imgrund""")

FOOT_EN = dedent("""
    Auental Versicherungen – Brunnstadt branch office (Bezirksdirektion)
    Marktplatz 7, 63999 Brunnstadt, Germany · phone +49 6099 4471-0 · www.auental-versicherung.example
    Auental Allgemeine Versicherung AG · Auental Lebensversicherung AG · Auental Krankenversicherung AG
    Registered office: Hohenfurt · Local court Hohenfurt HRB 4411, HRB 4412, HRB 4413
    Management board: Dr. Henning Marquardt (chair), Ulla Brinkhaus, Tobias Engstfeld""")

DISCL_DE = ("Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht "
            "der richtige Adressat sind, informieren Sie bitte den Absender und "
            "löschen Sie diese Nachricht.")

SECURE_HINT = ("Für Unterlagen mit Gesundheitsangaben nutzen Sie bitte unser "
               "SecureMail-Portal: https://securemail.auental-versicherung.example")


def _mk(first, last, title, phone, extra_de="", extra_en="", en_title=None):
    local = (first + "." + last).lower()
    local = (local.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
             .replace("ß", "ss").replace("ı", "i").replace("'", ""))
    addr = local + "@" + DOM
    sig = "%s %s\n%s\nTelefon 06099 4471-%s\n%s" % (first, last, title, phone, addr)
    if extra_de:
        sig += "\n" + extra_de
    sig_en = "%s %s\n%s\nphone +49 6099 4471-%s\n%s" % (
        first, last, en_title or title, phone, addr)
    if extra_en:
        sig_en += "\n" + extra_en
    return P("%s %s" % (first, last), addr, sig, sig_en)


ACHTERNBUSCH = _mk("Bernd", "Achternbusch", "Bezirksdirektor", "10",
                   en_title="Head of Brunnstadt branch office")
WOELFLE = _mk("Sabine", "Wölfle", "Kundenservice Privatkunden", "21")
OKONKWO = _mk("Martina", "Okonkwo", "Kundenservice · International Desk", "24",
              extra_de="Wir sprechen Deutsch und Englisch.",
              en_title="Customer Service · International Desk",
              extra_en="We speak English and German.")
HAGEDORN = _mk("Jens", "Hagedorn", "Schadenregulierung Außendienst", "31",
               extra_de="Mobil 0171 5550 3131",
               en_title="Claims adjuster (field service)",
               extra_en="mobile +49 171 5550 3131")
YILDIRIM = _mk("Kemal", "Yıldırım", "Vertriebsunterstützung Leben · Kranken · BU", "27",
               en_title="Sales support life · health · disability")
DIETZEL = _mk("Frank", "Dietzel", "Firmenkunden und betriebliche Altersversorgung", "35",
              en_title="Commercial customers and company pensions")
SOMMERFELD = _mk("Lea", "Sommerfeld",
                 "Auszubildende Kauffrau für Versicherungen und Finanzanlagen", "29",
                 en_title="Trainee")
GESCHST = P("Auental Bezirksdirektion Brunnstadt", "bd-brunnstadt@" + DOM,
            "Ihr Team der Bezirksdirektion Brunnstadt\nTelefon 06099 4471-0 · bd-brunnstadt@" + DOM,
            "Your team at the Brunnstadt branch office\nphone +49 6099 4471-0 · bd-brunnstadt@" + DOM)
NOREPLY = P("Auental SecureMail", "noreply-securemail@" + DOM)

# head office
LEISTUNG_KV = P("Leistungsservice Kranken", "leistung-kranken@" + DOM)
LANZ = P("Petra Lanz", "petra.lanz@" + DOM)
HARRACH = P("Gisela Harrach", "gisela.harrach@" + DOM)
BREHM = P("Moritz Brehm", "moritz.brehm@" + DOM)
KRANICH = P("Uwe Kranich", "uwe.kranich@" + DOM)
ITSD = P("IT-Servicedesk", "it-servicedesk@" + DOM)
FELDKAMP = P("Dr. Anja Feldkamp", "anja.feldkamp@" + DOM)
DATENSCHUTZ = P("Datenschutz Auental", "datenschutz@" + DOM)
DUBOIS = P("Claire Dubois-Weber", "claire.dubois-weber@" + DOM)
LEBEN_LEISTUNG = P("Leistung Leben", "leistung-leben@" + DOM)
UNFALL_LEISTUNG = P("Leistung Unfall", "leistung-unfall@" + DOM)
SCHADEN_SACH = P("Schadenservice Sach/HUK", "schaden-sach@" + DOM)
BAV_SERVICE = P("bAV-Service", "bav-service@" + DOM)
TEAM_BD = P("Team Bezirksdirektion Brunnstadt", "team-bd-brunnstadt@" + DOM)


def sig(p, en=False):
    return p.sig_en if en else p.sig


# ---------------------------------------------------------------------------
# MIME building (hand-rolled so every byte is under control)
# ---------------------------------------------------------------------------

class Part:
    pass


class T(Part):
    """A text part (plain or html)."""

    def __init__(self, text, charset="utf-8", cte="quoted-printable",
                 subtype="plain", flowed=False, lang=None):
        self.text, self.charset, self.cte = text, charset, cte
        self.subtype, self.flowed, self.lang = subtype, flowed, lang


def H(html_text, charset="utf-8", cte="quoted-printable"):
    return T(html_text, charset=charset, cte=cte, subtype="html")


class Multi(Part):
    def __init__(self, subtype, *parts):
        self.subtype, self.parts = subtype, list(parts)


def Alt(*parts):
    return Multi("alternative", *parts)


def Mixed(*parts):
    return Multi("mixed", *parts)


class Att(Part):
    def __init__(self, filename, data, ctype, cte="base64", charset=None,
                 inline=False):
        self.filename, self.data, self.ctype = filename, data, ctype
        self.cte, self.charset, self.inline = cte, charset, inline


class Eml(Part):
    """A forwarded message as message/rfc822."""

    def __init__(self, data, filename=None):
        self.data, self.filename = data, filename


def _flow(text):
    """format=flowed: wrap long unquoted lines at ~72 with trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 76 or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def _body_bytes(raw, cte):
    """raw: bytes with CRLF line ends -> encoded body text (str, CRLF)."""
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw.decode("latin-1")
    if cte == "quoted-printable":
        s = raw.decode("latin-1")
        enc = quoprimime.body_encode(s, maxlinelen=76, eol=CRLF)
        if not enc.endswith(CRLF):
            enc += CRLF
        return enc
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii").replace("\n", CRLF)
        return b
    raise ValueError(cte)


def _param(name, value):
    try:
        value.encode("ascii")
        return '%s="%s"' % (name, value)
    except UnicodeEncodeError:
        from urllib.parse import quote as pq
        return "%s*=utf-8''%s" % (name, pq(value, safe=""))


class Ctx:
    def __init__(self, n):
        self.rng = random.Random(SEED * 100000 + n)
        self.n = n
        self.k = 0

    def boundary(self):
        self.k += 1
        tok = "".join(self.rng.choice("0123456789ABCDEFabcdef") for _ in range(20))
        return "----=_NextPart_137_%03d_%d_%s" % (self.n, self.k, tok)


def _render(part, ctx):
    """Return list of header lines and the body string for a part."""
    if isinstance(part, T):
        text = part.text.replace("\r\n", "\n")
        if part.flowed:
            text = _flow(text)
        if not text.endswith("\n"):
            text += "\n"
        raw = text.replace("\n", CRLF).encode(part.charset)
        ct = "text/%s; charset=%s" % (part.subtype, part.charset)
        if part.flowed:
            ct = "text/%s; charset=%s; format=flowed" % (part.subtype, part.charset)
        hdrs = ["Content-Type: " + ct,
                "Content-Transfer-Encoding: " + part.cte]
        if part.lang:
            hdrs.append("Content-Language: " + part.lang)
        return hdrs, _body_bytes(raw, part.cte)
    if isinstance(part, Multi):
        b = ctx.boundary()
        hdrs = ['Content-Type: multipart/%s;' % part.subtype,
                '\tboundary="%s"' % b]
        body = ""
        if part.subtype == "mixed":
            body += "This is a multi-part message in MIME format." + CRLF + CRLF
        for sub in part.parts:
            h, bd = _render(sub, ctx)
            body += "--" + b + CRLF + CRLF.join(h) + CRLF + CRLF + bd
            if not bd.endswith(CRLF):
                body += CRLF
        body += "--" + b + "--" + CRLF
        return hdrs, body
    if isinstance(part, Att):
        ct = part.ctype
        if part.charset:
            ct += "; charset=" + part.charset
        ct += "; " + _param("name", part.filename)
        disp = ("inline" if part.inline else "attachment") + "; " + _param(
            "filename", part.filename)
        hdrs = ["Content-Type: " + ct,
                "Content-Transfer-Encoding: " + part.cte,
                "Content-Disposition: " + disp]
        data = part.data
        if part.cte != "base64":
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return hdrs, _body_bytes(data, part.cte)
    if isinstance(part, Eml):
        hdrs = ["Content-Type: message/rfc822",
                "Content-Transfer-Encoding: 8bit"]
        if part.filename:
            hdrs.append("Content-Disposition: attachment; " + _param(
                "filename", part.filename))
        body = part.data.decode("latin-1")
        if not body.endswith(CRLF):
            body += CRLF
        return hdrs, body
    raise TypeError(part)


def _addr(x):
    if isinstance(x, str):
        return x
    name, addr = tuple(x)
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return email.utils.formataddr((name, addr), charset="utf-8")


def _addrs(lst):
    items = lst if isinstance(lst, list) else [lst]
    return (",\r\n ").join(_addr(x) for x in items)


def _subject(s, charset):
    try:
        s.encode("ascii")
        if len(s) < 900:
            return s
    except UnicodeEncodeError:
        pass
    return Header(s, charset, header_name="Subject").encode(linesep=CRLF)


def _mid(n, host, style, rng, sub=0):
    r = rng.getrandbits(64)
    if style == "outlook":
        tok = "%016X" % r
        return "<FR3P281MB%04d%s%d@%s>" % (n * 7 % 10000, tok, sub, host)
    if style == "tb":
        return "<%08x-%04x-%04x-137%d-%06d@%s>" % (r >> 32, r & 0xFFFF, (r >> 16) & 0xFFFF,
                                                   sub, n, host)
    return "<%d.%d.%s@%s>" % (20260000 + n, sub, "%x" % r, host)


def build(n, frm, to, subject, date, body, cc=None, bcc=None, reply_to=None,
          in_reply_to=None, references=None, mailer="outlook", extra=None,
          subj_charset="utf-8", mid_host="mail." + DOM, sub=0, importance=None):
    """Serialise a complete message to bytes (CRLF)."""
    ctx = Ctx(n * 10 + sub)
    rng = random.Random(SEED * 7919 + n * 31 + sub)
    style = {"outlook": "outlook", "thunderbird": "tb", "system": "sys",
             "mobile": "sys", "webmail": "tb"}.get(mailer, "sys")
    mid = _mid(n, mid_host, style, rng, sub)
    h = []
    h.append("From: " + _addr(frm))
    h.append("To: " + _addrs(to))
    if cc:
        h.append("Cc: " + _addrs(cc))
    if bcc:
        h.append("Bcc: " + _addrs(bcc))
    if reply_to:
        h.append("Reply-To: " + _addrs(reply_to))
    h.append("Subject: " + _subject(subject, subj_charset))
    h.append("Date: " + date)
    h.append("Message-ID: " + mid)
    if in_reply_to:
        h.append("In-Reply-To: " + in_reply_to)
    if references:
        h.append("References: " + references)
    if importance:
        h.append("Importance: " + importance)
    for k, v in (extra or []):
        h.append("%s: %s" % (k, v))
    if mailer == "outlook":
        h.append("X-Mailer: Microsoft Outlook 16.0")
        h.append("Content-Language: de-DE")
    elif mailer == "thunderbird":
        h.append("User-Agent: Mozilla Thunderbird")
    elif mailer == "mobile":
        h.append("X-Mailer: iPhone Mail (21D61)")
    elif mailer == "webmail":
        h.append("User-Agent: Roundcube Webmail/1.6.6")
    h.append("MIME-Version: 1.0")
    ph, pb = _render(body, ctx)
    h.extend(ph)
    return (CRLF.join(h) + CRLF + CRLF + pb).encode("latin-1")


_CUR = [0]


def msg(frm, to, subject, date, body, **kw):
    """Build the message of the mail currently being written."""
    return build(_CUR[0], frm, to, subject, date, body, **kw)


def mid_of(data):
    m = re.search(rb"^Message-ID: (\S+)", data, re.M)
    return m.group(1).decode()


# ---------------------------------------------------------------------------
# attachment writers (standard library only)
# ---------------------------------------------------------------------------

ZDATE = (2026, 3, 1, 9, 0, 0)


def _zip(members, date=ZDATE):
    """members: list of (name, bytes[, stored]).  Deterministic ZIP."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


def zip_files(files, day=1):
    return _zip([(n, d) for n, d in files], date=(2026, 3, day, 10, 0, 0))


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def pdf(lines, title="Dokument", author="Auental Versicherungen", day=2,
        compress=True):
    """Minimal valid PDF 1.4 with a Helvetica text layer.

    lines: list of str; a line starting with '# ' is set bold and larger;
    '' is a blank line; '\f' starts a new page."""
    pages, cur = [], []
    for l in lines:
        if l == "\f" or len(cur) >= 52:
            pages.append(cur)
            cur = []
            if l == "\f":
                continue
        cur.append(l)
    pages.append(cur)
    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
             b"/Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
             b"/Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        for l in pg:
            if l.startswith("# "):
                ops.append("/F2 12 Tf %s Tj T* /F1 10 Tf" % _pdf_str(l[2:]))
            else:
                ops.append("%s Tj T*" % _pdf_str(l))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(stream, 9)
            sid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                      + data + b"\nendstream")
        else:
            sid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream
                      + b"endstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                   "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                   "/Contents %d 0 R >>" % (pages_id, f1, f2, sid)).encode())
        kids.append(pid)
    objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = add(("<< /Title %s /Author %s /Producer (Auental DocGen 4.2) "
                "/CreationDate (D:202603%02d090000+01'00') >>" % (
                    _pdf_str(title), _pdf_str(author), day)).encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, xref))
    return bytes(out)


_CT_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, creator, day):
    return (_CT_XML +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-%02dT08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-%02dT08:00:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(creator), day, day)).encode()


def docx(blocks, title="Dokument", creator="Auental Versicherungen", day=2):
    """blocks: str paragraphs ('# ' = heading/bold) or lists of rows (table)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (rpr, _x(t)))

    for b in blocks:
        if isinstance(b, list):
            rows = []
            for i, row in enumerate(b):
                cells = "".join(
                    '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                    % para(str(c), bold=(i == 0)) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
                        '<w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>'
                        % "".join(rows))
        elif b.startswith("# "):
            body.append(para(b[2:], bold=True))
        else:
            body.append(para(b))
    doc = (_CT_XML + '<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % (W, "".join(body))).encode()
    ctypes = (_CT_XML +
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>').encode()
    rels = (_CT_XML +
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>').encode()
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("docProps/core.xml", _core(title, creator, day)),
                 ("word/document.xml", doc)],
                date=(2026, 3, day, 8, 0, 0))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="Tabelle", creator="Auental Versicherungen", day=2):
    """sheets: list of (name, rows); numbers stay numbers."""
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % si,
                      (_CT_XML + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>'
                       % (S, "".join(xr))).encode()))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    ns = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (ns + 1))
    wb = (_CT_XML + '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>'
          % (S, R, "".join(wb_sheets))).encode()
    styles = (_CT_XML + '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>' % S).encode()
    ctypes = (_CT_XML +
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              + "".join(ct_over) + '</Types>').encode()
    rels = (_CT_XML +
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>').encode()
    wbrels = (_CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join(wb_rels)).encode()
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("docProps/core.xml", _core(title, creator, day)),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/styles.xml", styles)] + files,
                date=(2026, 3, day, 8, 0, 0))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:office:version="1.3"')


def _odf(mimetype, body_xml, title, creator, day):
    ns = _ODF_NS.replace('xmlns:office:version="1.3"', 'office:version="1.3"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (ns, body_xml)).encode()
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s><office:styles/></office:document-styles>'
              % ns).encode()
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s><office:meta><dc:title>%s</dc:title>'
            '<meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>2026-03-%02dT08:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>' % (ns, _x(title), _x(creator), day)).encode()
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype).encode()
    return _zip([("mimetype", mimetype.encode(), True),
                 ("META-INF/manifest.xml", manifest), ("content.xml", content),
                 ("styles.xml", styles), ("meta.xml", meta)],
                date=(2026, 3, day, 8, 0, 0))


def odt(blocks, title="Dokument", creator="Auental Versicherungen", day=2):
    out = []
    for b in blocks:
        if isinstance(b, list):
            ncol = max(len(r) for r in b)
            rows = "".join(
                "<table:table-row>%s</table:table-row>" % "".join(
                    "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>"
                    % _x(str(c)) for c in r) for r in b)
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
        elif b.startswith("# "):
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[2:]))
        else:
            out.append("<text:p>%s</text:p>" % _x(b))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(out), title, creator, day)


def ods(sheets, title="Tabelle", creator="Auental Versicherungen", day=2):
    tabs = []
    for name, rows in sheets:
        ncol = max(len(r) for r in rows)
        xr = []
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (repr(v), repr(v)))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                                 % _x(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                    % (_x(name), ncol, "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs),
                title, creator, day)


def csvdata(rows, delim=";", charset="utf-8"):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue().encode(charset)


def ics(summary, start, end, location, description, uid, organizer,
        attendees=(), method="REQUEST", stamp="20260302T080000Z"):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 75:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)

    def esc(s):
        return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    L = ["BEGIN:VCALENDAR", "VERSION:2.0",
         "PRODID:-//Auental Versicherungen//Termine 4.2//DE",
         "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
         "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
         "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
         "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
         "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
         "DTSTART;TZID=Europe/Berlin:" + start,
         "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + esc(summary), "LOCATION:" + esc(location),
         "DESCRIPTION:" + esc(description),
         "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for a in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (a[0], a[1]))
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in L) + "\r\n").encode("utf-8")


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_CT = "application/vnd.oasis.opendocument.text"
ODS_CT = "application/vnd.oasis.opendocument.spreadsheet"


def A_pdf(name, lines, **kw):
    return Att(name, pdf(lines, **kw), "application/pdf")


def A_docx(name, blocks, **kw):
    return Att(name, docx(blocks, **kw), DOCX_CT)


def A_xlsx(name, sheets, **kw):
    return Att(name, xlsx(sheets, **kw), XLSX_CT)


def A_odt(name, blocks, **kw):
    return Att(name, odt(blocks, **kw), ODT_CT)


def A_ods(name, sheets, **kw):
    return Att(name, ods(sheets, **kw), ODS_CT)


def A_csv(name, rows, charset="utf-8", delim=";", ctype="text/csv", cte="quoted-printable"):
    return Att(name, csvdata(rows, delim, charset), ctype, cte=cte, charset=charset)


def A_ics(name, *a, **kw):
    return Att(name, ics(*a, **kw), "text/calendar; method=REQUEST", cte="base64",
               charset="utf-8")


def A_zip(name, files, day=1):
    return Att(name, zip_files(files, day), "application/zip")


def A_html(name, html_text, charset="utf-8"):
    return Att(name, html_text.encode(charset), "text/html", cte="quoted-printable",
               charset=charset)


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []
LABELS = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}


def mail(label, lang, kind, reason):
    def deco(fn):
        n = len(MAILS) + 1
        assert fn.__name__ == "m%03d" % n, (fn.__name__, n)
        MAILS.append((n, fn, LABELS[label], lang, kind, reason))
        return fn
    return deco


# ---------------------------------------------------------------------------
# generation and --check
# ---------------------------------------------------------------------------

def generate(outdir):
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(md, f))
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, fn, label, lang, kind, reason in MAILS:
        _CUR[0] = n
        data = fn()
        fname = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(md, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join([fname, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


class CheckError(Exception):
    pass


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C:
            n = b[i + 1:i + 2]
            if n in (b"(", b")", b"\\"):
                out += n
                i += 2
            elif n.isdigit():
                j = i + 1
                while j < len(b) and j < i + 4 and b[j:j + 1].isdigit():
                    j += 1
                out.append(int(b[i + 1:j], 8))
                i = j
            elif n == b"n":
                out += b"\n"
                i += 2
            else:
                out += n
                i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out).decode("cp1252")


def check_pdf(b):
    if not b.startswith(b"%PDF-1."):
        raise CheckError("PDF header")
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n?$", b)
    if not m:
        raise CheckError("PDF startxref/EOF")
    off = int(m.group(1))
    if b[off:off + 4] != b"xref":
        raise CheckError("PDF startxref offset")
    m2 = re.match(rb"xref\n0 (\d+)\n", b[off:])
    cnt = int(m2.group(1))
    pos = off + m2.end()
    for i in range(cnt):
        ent = b[pos + 20 * i:pos + 20 * i + 20]
        if i == 0:
            if not ent.startswith(b"0000000000 65535 f"):
                raise CheckError("PDF xref 0")
            continue
        o = int(ent[:10])
        if not b[o:].startswith(b"%d 0 obj" % i):
            raise CheckError("PDF xref entry %d" % i)
    if b"/Root" not in b[off:]:
        raise CheckError("PDF trailer")
    texts = []
    for sm in re.finditer(rb"<<([^<>]*?)/Length (\d+)([^<>]*?)>>\nstream\n", b):
        ln = int(sm.group(2))
        data = b[sm.end():sm.end() + ln]
        if not b[sm.end() + ln:].lstrip(b"\n").startswith(b"endstream"):
            raise CheckError("PDF stream length")
        if b"FlateDecode" in sm.group(1) + sm.group(3):
            data = zlib.decompress(data)
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
            texts.append(_pdf_unescape(tm.group(1)))
    txt = "\n".join(texts)
    if not txt.strip():
        raise CheckError("PDF has no text layer")
    return txt


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def check_ooxml(b, kind):
    z = zipfile.ZipFile(io.BytesIO(b))
    if z.testzip() is not None:
        raise CheckError("OOXML CRC")
    names = z.namelist()
    need = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}[kind]
    for req in ("[Content_Types].xml", "_rels/.rels", need):
        if req not in names:
            raise CheckError("OOXML missing " + req)
    txt = []
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            t = _xml_text(z.read(nm))
            if nm.startswith("word/") or nm.startswith("xl/worksheets/"):
                txt.append(t)
    if kind == "xlsx" and not any(n.startswith("xl/worksheets/") for n in names):
        raise CheckError("XLSX without sheet")
    t = "\n".join(txt)
    if not t.strip():
        raise CheckError("OOXML empty")
    return t


def check_odf(b, kind):
    z = zipfile.ZipFile(io.BytesIO(b))
    if z.testzip() is not None:
        raise CheckError("ODF CRC")
    first = z.infolist()[0]
    mt = {"odt": b"application/vnd.oasis.opendocument.text",
          "ods": b"application/vnd.oasis.opendocument.spreadsheet"}[kind]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED \
            or z.read("mimetype") != mt:
        raise CheckError("ODF mimetype")
    for nm in ("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"):
        _xml_text(z.read(nm))
    t = _xml_text(z.read("content.xml"))
    if not t.strip():
        raise CheckError("ODF empty")
    return t


def check_ics(b):
    s = b.decode("utf-8")
    if "\n" in s.replace("\r\n", ""):
        raise CheckError("ICS bare LF")
    lines = s.split("\r\n")
    if lines[0] != "BEGIN:VCALENDAR" or lines[-2] != "END:VCALENDAR":
        raise CheckError("ICS envelope")
    if s.count("BEGIN:VEVENT") != s.count("END:VEVENT") or "BEGIN:VEVENT" not in s:
        raise CheckError("ICS VEVENT")
    if not re.search(r"DTSTART;TZID=Europe/Berlin:2026\d{4}T\d{6}", s):
        raise CheckError("ICS DTSTART")
    return s.replace("\r\n ", "")


def check_csv(b, charset):
    s = b.decode(charset)
    rows = list(csv.reader(io.StringIO(s), delimiter=";"))
    if len(rows) < 2:
        raise CheckError("CSV too short")
    w = len(rows[0])
    if any(len(r) != w for r in rows if r):
        raise CheckError("CSV ragged")
    return s


class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _HP()
    p.feed(s)
    p.close()
    return " ".join(p.out)


def check_blob(name, ctype, b, charset, stats):
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ctype == "application/pdf" or ext == "pdf":
        stats["PDF"] += 1
        return check_pdf(b)
    if ext in ("docx", "xlsx"):
        stats[ext.upper()] += 1
        return check_ooxml(b, ext)
    if ext in ("odt", "ods"):
        stats[ext.upper()] += 1
        return check_odf(b, ext)
    if ext == "zip" or ctype == "application/zip":
        stats["ZIP"] += 1
        z = zipfile.ZipFile(io.BytesIO(b))
        if z.testzip() is not None:
            raise CheckError("ZIP CRC")
        out = []
        for zi in z.infolist():
            if zi.date_time[0] != 2026:
                raise CheckError("ZIP member date")
            out.append(check_blob(zi.filename, "", z.read(zi.filename),
                                  "utf-8" if not zi.filename.endswith(".csv")
                                  else "windows-1252", stats))
        return "\n".join(out)
    if ext == "csv":
        stats["CSV"] += 1
        return check_csv(b, charset or "utf-8")
    if ext == "ics" or ctype == "text/calendar":
        stats["ICS"] += 1
        return check_ics(b)
    if ext in ("html", "htm") or ctype == "text/html":
        stats["HTML"] += 1
        return html_text(b.decode(charset or "utf-8"))
    if ext == "txt" or ctype == "text/plain":
        stats["TXT"] += 1
        return b.decode(charset or "utf-8")
    raise CheckError("unknown attachment type %s %s" % (name, ctype))


_RE_MAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
_RE_URL = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9\-.]+)")
_RE_IBAN = {
    "DE": re.compile(r"\bDE\d{2}(?: ?\d){18}(?!\d)"),
    "AT": re.compile(r"\bAT\d{2}(?: ?\d){16}(?!\d)"),
    "PT": re.compile(r"\bPT\d{2}(?: ?\d){21}(?!\d)"),
    "GB": re.compile(r"\b(?:GB|IE)\d{2} ?[A-Z]{4}(?: ?\d){14}(?!\d)"),
    "NL": re.compile(r"\bNL\d{2} ?[A-Z]{4}(?: ?\d){10}(?!\d)"),
}
_RE_DE_LIKE = re.compile(r"\bDE\d{2} ?\d{4} ?\d{4}")


def scan_text(t, where, errs, ibans):
    for m in _RE_MAIL.finditer(t):
        if not m.group(1).lower().endswith(".example"):
            errs.append("%s: foreign mail domain %s" % (where, m.group(0)))
    for m in _RE_URL.finditer(t):
        host = m.group(1).rstrip(".").lower()
        if not host.endswith(".example"):
            errs.append("%s: foreign URL host %s" % (where, host))
    found = set()
    for cc, rx in _RE_IBAN.items():
        for m in rx.finditer(t):
            ib = m.group(0).replace(" ", "")
            found.add(m.start())
            ibans[cc] += 1
            if not iban_ok(ib):
                errs.append("%s: IBAN fails mod 97: %s" % (where, m.group(0)))
    for m in _RE_DE_LIKE.finditer(t):
        if m.start() not in found:
            errs.append("%s: DE-IBAN-like string not a full IBAN: %s" % (where, m.group(0)))


def _hdr_addrs(msg):
    out = []
    for h in ("From", "To", "Cc", "Bcc", "Reply-To", "Sender"):
        for v in msg.get_all(h, []):
            for a in v.addresses:
                out.append(a.addr_spec)
    return out


def check():
    errs = []
    tmp = tempfile.mkdtemp(prefix="d137chk")
    try:
        generate(tmp)
        # byte-identical rebuild
        for rel in ["labels.tsv"] + ["mails/%s%04d.eml" % (PREFIX, n)
                                     for n in range(1, NMAILS + 1)]:
            a = os.path.join(HERE, rel)
            b = os.path.join(tmp, rel)
            if not os.path.exists(a):
                errs.append("missing " + rel)
                continue
            if open(a, "rb").read() != open(b, "rb").read():
                errs.append("rebuild differs: " + rel)
        extra = sorted(set(os.listdir(os.path.join(HERE, "mails"))) -
                       set(os.listdir(os.path.join(tmp, "mails"))))
        if extra:
            errs.append("stale files in mails/: %s" % extra)
    finally:
        shutil.rmtree(tmp)
    # labels.tsv
    lines = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != NMAILS:
        errs.append("labels.tsv has %d rows" % len(rows))
    for r in rows:
        if len(r) != 5 or not r[4].strip():
            errs.append("labels.tsv bad row %r" % r[:1])
        if r[1] not in TARGET:
            errs.append("bad label %r" % r[1:2])
        if r[2] not in ("de", "en", "mixed"):
            errs.append("bad lang %r" % r[2:3])
    labc = collections.Counter(r[1] for r in rows)
    for k, v in TARGET.items():
        if labc[k] != v:
            errs.append("label count %s = %d, want %d" % (k, labc[k], v))
    # every mail
    mids = set()
    stats = collections.Counter()
    top = collections.Counter()
    charsets = collections.Counter()
    ctes = collections.Counter()
    ibans = collections.Counter()
    n_att = 0
    for r in rows:
        path = os.path.join(HERE, "mails", r[0])
        raw = open(path, "rb").read()
        w = r[0]
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errs.append(w + ": bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errs.append(w + ": line longer than 998 bytes")
                break
        m = BytesParser(policy=email.policy.default).parsebytes(raw)
        top[m.get_content_type()] += 1
        frm = m["From"].addresses[0].addr_spec
        if not frm.endswith("@" + DOM):
            errs.append(w + ": From not insurer domain: " + frm)
        has_att = False
        for part in m.walk():
            if part.defects:
                errs.append("%s: MIME defects %r" % (w, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header defect in %s: %r" % (w, k, v.defects))
            if part.get("Message-ID") is not None:
                mid = str(part["Message-ID"]).strip()
                if mid in mids:
                    errs.append(w + ": duplicate Message-ID " + mid)
                mids.add(mid)
                try:
                    d = email.utils.parsedate_to_datetime(str(part["Date"]))
                    if d.year != 2026:
                        errs.append(w + ": date not in 2026")
                except Exception as e:
                    errs.append("%s: bad Date %r" % (w, e))
                for a in _hdr_addrs(part):
                    if not a.lower().endswith(".example"):
                        errs.append(w + ": header address not .example: " + a)
            if part.is_multipart() or part.get_content_type() == "message/rfc822":
                continue
            ct = part.get_content_type()
            cs = part.get_content_charset()
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            payload = part.get_payload(decode=True)
            fn = part.get_filename()
            try:
                if fn is None and part.get_content_maintype() == "text":
                    charsets[cs] += 1
                    ctes[cte] += 1
                    t = payload.decode(cs)
                    if ct == "text/html":
                        html_text(t)
                    scan_text(t, w, errs, ibans)
                else:
                    has_att = True
                    t = check_blob(fn or "", ct, payload, cs, stats)
                    scan_text(t, w + ":" + (fn or ct), errs, ibans)
            except (CheckError, UnicodeDecodeError, zipfile.BadZipFile,
                    ET.ParseError, zlib.error, ValueError, TypeError) as e:
                errs.append("%s: part %s %s fails: %r" % (w, ct, fn, e))
        for part in m.walk():
            if part.get_content_type() == "message/rfc822":
                has_att = True
                stats["EML"] += 1
        if has_att:
            n_att += 1
        for k in ("Subject",):
            scan_text(str(m[k]), w + ":subject", errs, ibans)
    # report
    lang = collections.Counter((r[1], r[2]) for r in rows)
    kinds = collections.Counter((r[3], r[1]) for r in rows)
    out = []
    out.append("mails: %d, labels: %s" % (len(rows), dict(sorted(labc.items()))))
    out.append("label x lang:")
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        out.append("  %-22s de %3d  en %3d  mixed %2d" % (
            lab, lang[(lab, "de")], lang[(lab, "en")], lang[(lab, "mixed")]))
    out.append("kind x label (N/C/S):")
    for k in sorted(set(r[3] for r in rows)):
        out.append("  %-24s %3d %3d %3d" % (k, kinds[(k, "NORMAL")],
                                          kinds[(k, "CONFIDENTIAL")],
                                          kinds[(k, "STRICTLY_CONFIDENTIAL")]))
    out.append("top-level types: %s" % dict(sorted(top.items())))
    out.append("text part charsets: %s" % dict(sorted(charsets.items())))
    out.append("text part transfer encodings: %s" % dict(sorted(ctes.items())))
    out.append("mails with attachments: %d" % n_att)
    out.append("attachments (ZIP members counted): %s" % dict(sorted(stats.items())))
    out.append("IBANs seen and valid: %s" % dict(sorted(ibans.items())))
    out.append("unique Message-IDs (incl. forwarded): %d" % len(mids))
    print("\n".join(out))
    if errs:
        print("\nERRORS (%d):" % len(errs))
        for e in errs[:200]:
            print("  " + e)
        print("CHECK FAILED")
        return 1
    print("CHECK OK: byte-identical rebuild, no MIME defects, CRLF only, lines <= 998, "
          "unique Message-IDs, dates in 2026, all domains .example, text parts decode, "
          "attachments open, IBANs pass mod 97, label counts %d/%d/%d"
          % (TARGET["NORMAL"], TARGET["CONFIDENTIAL"], TARGET["STRICTLY_CONFIDENTIAL"]))
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    generate(HERE)
    print("wrote %d mails and labels.tsv" % len(MAILS))
    return 0



# ===========================================================================
# MAILS
# ===========================================================================

def closing(p, en=False, footer=True, dash=True, discl=False):
    s = "\n\n" + ("-- \n" if dash else "") + (p.sig_en if en else p.sig)
    if footer:
        s += "\n\n" + (FOOT_EN if en else FOOT_DE)
    if discl:
        s += "\n\n" + DISCL_DE
    return s


def ol_de(frm, sent, to, subj, cc=None):
    """Outlook (German UI) header block of a quoted message."""
    s = "-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Betreff: %s\n" % subj


def ol_en(frm, sent, to, subj, cc=None):
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subj


# --- week 1: Monday 2 March 2026 -------------------------------------------

@mail("N", "de", "internal",
      "trap: team mail about March planning; mentions Arztberichte/Diagnosen and the [vertraulich] tag only as process rules, no person")
def m001():
    body = dedent("""
        Guten Morgen zusammen,

        ein paar Punkte zum Monatsstart, damit wir alle auf dem gleichen Stand sind:

        1. Vertretungen
           - Jens ist Montag und Dienstag fast nur draußen (Sturmschäden aus dem
             Februar, v. a. Oberbrunn und Kaltenweiler). Telefon bitte zu Sabine.
           - Lea hat Mittwoch/Donnerstag Berufsschule.
           - Ich selbst bin am 12.3. ganztägig in der Direktionstagung in Hohenfurt.

        2. Gesundheitstag im Rathaus am Samstag, 21.3.
           Die Stadt hat uns wieder einen Stand im Foyer gegeben. Thema bei uns:
           Zahnzusatz, Pflegezusatz und Unfall für Kinder. Ich brauche zwei Freiwillige
           von 10 bis 14 Uhr – bitte bis Freitag bei mir melden. Flyer bestelle ich
           diese Woche bei Habermann.

        3. Posteingang / Datenschutz
           Noch mal zur Erinnerung, weil es im Februar zweimal schiefging:
           Arztberichte, Rechnungen, Gutachten und alles, wo eine Diagnose drinsteht,
           geht NICHT als normale Mail raus. Entweder über das SecureMail-Portal,
           oder ihr setzt [vertraulich] in den Betreff, dann verschlüsselt das
           Gateway. Wer unsicher ist: lieber einmal mehr fragen.

        4. Ziele März
           Schwerpunkt bleibt Kfz-Wechselgeschäft (Saisonkennzeichen ab April!) und
           die Privathaftpflicht-Aktion. Zahlen zum Februar kommen Mitte der Woche.

        Danke euch und einen guten Start in die Woche!
        Bernd""") + closing(ACHTERNBUSCH, footer=False)
    return msg(ACHTERNBUSCH, TEAM_BD,
               "Start in den März: Vertretungen, Gesundheitstag, Posteingang",
               dt(2, 7, 48, 12), T(body))


@mail("S", "de", "insurer-to-customer",
      "walk-in customer's dentist invoice (implant region 36) forwarded to health claims; amount and KV number")
def m002():
    body = dedent("""
        Sehr geehrter Herr Imhof,

        vielen Dank für Ihren Besuch heute Vormittag in unserer Geschäftsstelle.

        Wie besprochen habe ich Ihre Rechnung der Zahnarztpraxis Dr. Katharina Veith
        vom 19.02.2026 über 1.842,37 EUR (Implantat regio 36 mit Suprakonstruktion,
        Krone) eingescannt und direkt an unseren Leistungsservice Kranken
        weitergegeben. Ihre Versicherungsnummer: KV 4471-203-88, Tarif ZahnPlus 90.

        Die Erstattung erfolgt erfahrungsgemäß innerhalb von 10 Arbeitstagen auf Ihr
        bekanntes Konto. Den Heil- und Kostenplan hatten wir ja bereits im Januar
        freigegeben, daher rechne ich nicht mit Rückfragen.

        Das Original können Sie behalten – bitte bewahren Sie es aber auf, bis die
        Abrechnung bei Ihnen ist.

        Kleiner Tipp für das nächste Mal: Mit der Auental-App können Sie Rechnungen
        auch einfach abfotografieren, dann müssen Sie nicht extra vorbeikommen. Wir
        freuen uns aber natürlich immer über Ihren Besuch!

        Mit freundlichen Grüßen
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Gerhard Imhof", "g.imhof@netzpost.example"),
               "Ihre Zahnarztrechnung – heute bei uns abgegeben",
               dt(2, 10, 12, 40), T(body))


@mail("C", "en", "insurer-to-customer",
      "motor insurance for a new car: eVB number, planned plate, annual premium and the customer's IBAN for the SEPA mandate")
def m003():
    ib = grp(iban_de("50862917", "0712345508"))
    text = dedent("""
        Dear Mr Whitfield,

        thank you for choosing Auental for your new car. Here is everything you need
        for the registration office (Zulassungsstelle) on Thursday:

          eVB number (electronic insurance confirmation): 7Q4KX2M
          Vehicle:           VW Tiguan 2.0 TDI, VIN WVGZZZ5NZPW041877
          Requested plate:   BRU-DW 412
          Cover:             third-party liability + comprehensive (Vollkasko),
                             deductible EUR 300 / partial cover EUR 150
          Annual premium:    EUR 612.40, paid annually by direct debit

        We have set up the SEPA direct debit mandate for your account
        %s (Sparkasse Brunnstadt-Auental) as you signed it in our
        office. The first debit will be on 1 April 2026.

        About your US driving record: your letter from your previous insurer in Ohio
        shows nine claim-free years. German rules only let us credit this partly, so
        we started you in no-claims class SF 4 instead of SF 0. If you can get a
        second letter covering 2017 to 2019, I can ask head office to look at it again.

        Please just bring your passport, your residence permit and the eVB number to
        the registration office - they will do the rest.

        Kind regards
        Martina Okonkwo""") % ib
    html_ = dedent("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Dear Mr Whitfield,</p>
        <p>thank you for choosing Auental for your new car. Here is everything you need
        for the registration office (<i>Zulassungsstelle</i>) on Thursday:</p>
        <table border="0" cellpadding="3">
        <tr><td>eVB number (electronic insurance confirmation):</td><td><b>7Q4KX2M</b></td></tr>
        <tr><td>Vehicle:</td><td>VW Tiguan 2.0 TDI, VIN WVGZZZ5NZPW041877</td></tr>
        <tr><td>Requested plate:</td><td>BRU-DW 412</td></tr>
        <tr><td>Cover:</td><td>third-party liability + comprehensive (Vollkasko), deductible EUR 300 / partial cover EUR 150</td></tr>
        <tr><td>Annual premium:</td><td>EUR 612.40, paid annually by direct debit</td></tr>
        </table>
        <p>We have set up the SEPA direct debit mandate for your account
        %s (Sparkasse Brunnstadt-Auental) as you signed it in our
        office. The first debit will be on 1&nbsp;April&nbsp;2026.</p>
        <p>About your US driving record: your letter from your previous insurer in Ohio
        shows nine claim-free years. German rules only let us credit this partly, so
        we started you in no-claims class SF&nbsp;4 instead of SF&nbsp;0. If you can get a
        second letter covering 2017 to 2019, I can ask head office to look at it again.</p>
        <p>Please just bring your passport, your residence permit and the eVB number to
        the registration office - they will do the rest.</p>
        <p>Kind regards<br>Martina Okonkwo</p>
        <p style="color:#666;font-size:9pt">Martina Okonkwo | Customer Service &middot; International Desk<br>
        phone +49 6099 4471-24 | martina.okonkwo@auental-versicherung.example<br>
        Auental Versicherungen &ndash; Brunnstadt branch office, Marktplatz 7, 63999 Brunnstadt</p>
        </body></html>""") % ib
    text += closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Daniel Whitfield", "danwhit@webpost.example"),
               "Your car insurance - eVB number for the registration",
               dt(2, 11, 5, 3), Alt(T(text), H(html_)))


@mail("N", "de", "insurer-to-club",
      "trap: youth jersey sponsorship for the sports club; 'Sportunfälle' and child accident insurance only as general advertising")
def m004():
    text = dedent("""
        Hallo Herr Fendt,

        gute Nachrichten: Die Trikots sind da! 25 Sätze für die D- und E-Jugend, in
        Vereinsblau mit unserem Logo auf der Brust, wie abgestimmt.

        Übergabe wäre aus unserer Sicht ideal beim Heimspiel am Samstag, 14. März,
        vor dem Anpfiff der D1 (10:30 Uhr). Herr Achternbusch und ich kommen gern
        vorbei, ein Foto für die Vereinsseite und den Stadtanzeiger wäre schön.

        Noch eine Idee für Ihr Saisonfest im Juni: Gerade im Jugendfußball passiert
        ja immer mal was – ein umgeknickter Knöchel, ein Bruch beim Torwarttraining.
        Die gesetzliche Unfallversicherung greift in der Freizeit nicht. Wenn Sie
        mögen, stellen wir den Eltern an einem kleinen Stand unsere
        Kinder-Unfallversicherung vor. Ganz unverbindlich, ohne Verkaufsdruck.

        Sportliche Grüße
        Sabine Wölfle""") + closing(WOELFLE)
    html_ = dedent("""
        <html><body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Hallo Herr Fendt,</p>
        <p>gute Nachrichten: <b>Die Trikots sind da!</b> 25 Sätze für die D- und E-Jugend, in
        Vereinsblau mit unserem Logo auf der Brust, wie abgestimmt.</p>
        <p>Übergabe wäre aus unserer Sicht ideal beim Heimspiel am <b>Samstag, 14. März</b>,
        vor dem Anpfiff der D1 (10:30 Uhr). Herr Achternbusch und ich kommen gern
        vorbei, ein Foto für die Vereinsseite und den Stadtanzeiger wäre schön.</p>
        <p>Noch eine Idee für Ihr Saisonfest im Juni: Gerade im Jugendfußball passiert
        ja immer mal was – ein umgeknickter Knöchel, ein Bruch beim Torwarttraining.
        Die gesetzliche Unfallversicherung greift in der Freizeit nicht. Wenn Sie
        mögen, stellen wir den Eltern an einem kleinen Stand unsere
        Kinder-Unfallversicherung vor. Ganz unverbindlich, ohne Verkaufsdruck.</p>
        <p>Sportliche Grüße<br>Sabine Wölfle</p>
        <hr><p style="font-size:8pt;color:#555">Sabine Wölfle · Kundenservice Privatkunden · Telefon 06099 4471-21<br>
        Auental Versicherungen – Bezirksdirektion Brunnstadt · Marktplatz 7 · 63999 Brunnstadt<br>
        <a href="https://www.auental-versicherung.example/brunnstadt">www.auental-versicherung.example/brunnstadt</a></p>
        </body></html>""")
    return msg(WOELFLE, ("Markus Fendt (TSV Brunnstadt 1893 e.V.)", "jugend@tsv-brunnstadt.example"),
               "Trikots D- und E-Jugend – Übergabe am 14.3.?",
               dt(2, 13, 37, 51), Alt(T(text), H(html_)),
               cc=ACHTERNBUSCH)


@mail("C", "de", "insurer-to-broker",
      "grey: commission statement of a sole-trader tied agent: his commission income and his IBAN (a natural person's account, CSV lists only totals per line)")
def m005():
    ib = grp(iban_de("50862917", "0208815530"))
    body = dedent("""
        Hallo Ralf,

        anbei wie jeden Monat deine Provisionsabrechnung für Februar 2026 als CSV
        (Zusammenfassung je Sparte, die Einzelnachweise findest du wie gewohnt in
        der Vermittlerpost im Portal).

        Kurz die Eckdaten:
          Abschlussprovision:       4.318,60 EUR
          Bestandsprovision:        1.902,15 EUR
          Stornoreserve (Einbehalt): -431,86 EUR
          Auszahlung:               5.788,89 EUR

        Die Auszahlung geht am 10.03. auf dein Geschäftskonto
        %s (Volksbank Brunnstadt). Falls du das Konto wie
        angekündigt wechseln willst, schick mir bitte das neue Formular bis zum
        25.03., sonst geht die März-Abrechnung noch auf das alte.

        Der Storno-Einbehalt ist höher als sonst, weil zwei Kfz-Verträge aus
        Dezember schon wieder gekündigt wurden (Fahrzeugverkauf). Das gleicht sich
        in der Regel nach 12 Monaten aus.

        Gruß
        Bernd""") % ib
    body += closing(ACHTERNBUSCH, footer=True, dash=False)
    rows = [["Sparte", "Stück", "Beitrag netto (EUR)", "AP (EUR)", "BP (EUR)"],
            ["Kfz", "14", "9.812,40", "981,24", "702,33"],
            ["Privathaftpflicht", "9", "612,00", "367,20", "84,10"],
            ["Hausrat/Wohngebäude", "6", "2.730,55", "819,17", "455,92"],
            ["Rechtsschutz", "3", "1.014,90", "304,47", "139,80"],
            ["Unfall", "2", "486,00", "388,80", "96,00"],
            ["Leben/BU", "1", "1.638,72", "1.457,72", "424,00"],
            ["Summe", "35", "16.294,57", "4.318,60", "1.902,15"]]
    att = A_csv("Provision_2026-02_Agentur_Steinmetz.csv", rows,
                charset="windows-1252", ctype="text/csv")
    return msg(ACHTERNBUSCH, ("Agentur Ralf Steinmetz", "ralf.steinmetz@agentur-steinmetz.example"),
               "Provisionsabrechnung Februar 2026", dt(2, 15, 20, 7),
               Mixed(T(body, charset="windows-1252"), att))


@mail("S", "en", "customer",
      "customer's own mail forwarded to health claims: knee ligament surgery, physiotherapy invoices, health tariff")
def m006():
    orig = dedent("""
        Hello Ms Okonkwo,

        sorry to bother you again. As I told you at the office, I had my ACL
        reconstruction (left knee) at the Kreisklinik on 3 February. The surgery
        and hospital bill went straight to Auental I think, at least I haven't
        received anything.

        Now the hospital sent me to physiotherapy, 12 sessions at Physiotherapie am
        Stadtpark, twice a week. They gave me two invoices already, EUR 318.00 each
        (6 sessions each, KG and manual lymph drainage). Are they covered under my
        plan (KV-Komfort 80)? The physio said private patients usually need a
        prescription from the doctor - I have one from Dr. Lorenz, do you need it?

        Also, can I send these by email or should I bring them in? I work shifts at
        the Kreisklinik myself so mornings are difficult.

        Thanks a million,
        Siobhan

        Siobhan Carey
        Policy no. KV 4471-318-02""")
    body = dedent("""
        Hi Petra,

        could you or someone in your team have a quick look at this? Customer
        prefers English. Question is physio cover under KV-Komfort 80 and whether
        she has to send the prescription. I'll reply to her once I hear from you -
        and I'll tell her to upload the invoices via the portal, not by mail.

        Thanks!
        Martina

        """) + ol_en("Siobhan Carey <siobhan.carey@mailo.example>",
                     "Friday, February 27, 2026 9:42 PM",
                     "Okonkwo, Martina <martina.okonkwo@auental-versicherung.example>",
                     "physio invoices - knee") + "\n" + orig
    body += closing(OKONKWO, en=True, footer=False)
    return msg(OKONKWO, LANZ, "[vertraulich] FW: physio invoices - knee",
               dt(2, 16, 2, 44), T(body), cc=LEISTUNG_KV)


@mail("N", "de", "newsletter",
      "trap: customer newsletter with health/care statistics, dental and care product adverts, Gesundheitstag; no person")
def m007():
    text = dedent("""
        Brunnstädter Versicherungsbrief · März 2026
        ==========================================

        Liebe Kundinnen und Kunden,

        der Frühling kommt – und mit ihm ein paar Dinge, an die man rechtzeitig
        denken sollte.

        MOTORRAD AUS DEM WINTERSCHLAF
        Saisonkennzeichen ab April? Ihre Versicherung läuft automatisch wieder an.
        Wer ein neues Motorrad kauft: Die eVB-Nummer gibt es bei uns in fünf Minuten.

        E-BIKES: DIEBSTAHL NIMMT ZU
        Im Landkreis wurden 2025 laut Polizei 412 Fahrräder gestohlen, mehr als die
        Hälfte davon E-Bikes. Unser Tipp: Rahmennummer notieren, Fahrradpass
        ausfüllen, ein gutes Bügelschloss nutzen – und prüfen, ob Ihre
        Hausratversicherung Fahrräder rund um die Uhr mitversichert.

        GESUNDHEITSTAG IM RATHAUS – SAMSTAG, 21. MÄRZ, 10 BIS 14 UHR
        Die Stadt lädt ein: Blutdruck- und Blutzuckermessung mit dem DRK,
        Rückenschule zum Mitmachen, Vorträge der Kreisklinik. Sie finden uns im
        Foyer – mit Kaffee und Antworten rund um Zahnzusatz und Pflegezusatz.

        PFLEGE: EINE FRAGE DER ZEIT?
        Rund 5,7 Millionen Menschen in Deutschland sind pflegebedürftig, die meisten
        werden zu Hause versorgt. Die gesetzliche Pflegeversicherung deckt nur einen
        Teil der Kosten – im Pflegeheim liegt der Eigenanteil heute oft über
        2.500 Euro im Monat. Eine private Pflegezusatzversicherung kann die Lücke
        schließen. Sprechen Sie uns an.

        Ihre Bezirksdirektion Brunnstadt
        Marktplatz 7 · Mo–Fr 8:30–12:30, Di und Do auch 14–18 Uhr

        Sie möchten den Versicherungsbrief nicht mehr erhalten? Eine kurze Antwort
        mit "Abmelden" genügt, oder: https://www.auental-versicherung.example/newsletter/abmelden
        """) + "\n" + FOOT_DE
    html_ = dedent("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Brunnstädter Versicherungsbrief März 2026</title></head>
        <body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
        <tr><td style="background:#0b4f6c;color:#ffffff;font-size:20px"><b>Brunnstädter Versicherungsbrief</b><br><span style="font-size:13px">März 2026</span></td></tr>
        <tr><td>
        <p>Liebe Kundinnen und Kunden,</p>
        <p>der Frühling kommt – und mit ihm ein paar Dinge, an die man rechtzeitig denken sollte.</p>
        <h3 style="color:#0b4f6c">Motorrad aus dem Winterschlaf</h3>
        <p>Saisonkennzeichen ab April? Ihre Versicherung läuft automatisch wieder an.
        Wer ein neues Motorrad kauft: Die eVB-Nummer gibt es bei uns in fünf Minuten.</p>
        <h3 style="color:#0b4f6c">E-Bikes: Diebstahl nimmt zu</h3>
        <p>Im Landkreis wurden 2025 laut Polizei 412 Fahrräder gestohlen, mehr als die Hälfte davon E-Bikes.
        Unser Tipp: Rahmennummer notieren, Fahrradpass ausfüllen, ein gutes Bügelschloss nutzen – und prüfen,
        ob Ihre Hausratversicherung Fahrräder rund um die Uhr mitversichert.</p>
        <h3 style="color:#0b4f6c">Gesundheitstag im Rathaus – Samstag, 21. März, 10 bis 14 Uhr</h3>
        <p>Die Stadt lädt ein: Blutdruck- und Blutzuckermessung mit dem DRK, Rückenschule zum Mitmachen,
        Vorträge der Kreisklinik. Sie finden uns im Foyer – mit Kaffee und Antworten rund um Zahnzusatz und Pflegezusatz.</p>
        <h3 style="color:#0b4f6c">Pflege: eine Frage der Zeit?</h3>
        <p>Rund 5,7 Millionen Menschen in Deutschland sind pflegebedürftig, die meisten werden zu Hause versorgt.
        Die gesetzliche Pflegeversicherung deckt nur einen Teil der Kosten – im Pflegeheim liegt der Eigenanteil
        heute oft über 2.500&nbsp;Euro im Monat. Eine private Pflegezusatzversicherung kann die Lücke schließen.
        <a href="https://www.auental-versicherung.example/pflege">Mehr erfahren</a></p>
        <p>Ihre Bezirksdirektion Brunnstadt<br>Marktplatz 7 · Mo–Fr 8:30–12:30, Di und Do auch 14–18 Uhr</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#777">Auental Versicherungen – Bezirksdirektion Brunnstadt · Marktplatz 7 · 63999 Brunnstadt<br>
        Auental Allgemeine Versicherung AG · Auental Lebensversicherung AG · Auental Krankenversicherung AG · Sitz Hohenfurt<br>
        <a href="https://www.auental-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a></td></tr>
        </table></td></tr></table></body></html>""")
    return msg(GESCHST, ("Kundinnen und Kunden der Bezirksdirektion Brunnstadt",
                         "newsletter-brunnstadt@" + DOM),
               "Brunnstädter Versicherungsbrief März: Motorrad, E-Bike, Gesundheitstag",
               dt(2, 17, 0, 0), Alt(T(text), H(html_)), mailer="system",
               extra=[("List-Unsubscribe", "<https://www.auental-versicherung.example/newsletter/abmelden>"),
                      ("Precedence", "bulk")])


@mail("S", "de", "insurer-to-doctor",
      "request to a GP practice for a medical report on a named BU applicant (birth date, back complaints, physio); signed release form attached as PDF")
def m008():
    body = dedent("""
        Sehr geehrte Frau Dr. Aydin,
        sehr geehrtes Praxisteam,

        Herr Tobias Hein, geb. 14.07.1988, wohnhaft Fliederweg 3 in Brunnstadt, hat
        bei uns eine Berufsunfähigkeitsversicherung beantragt (Antrag
        BU-2026-0047113). Im Antrag hat er angegeben, dass er 2024 wegen
        Rückenbeschwerden im Bereich der Lendenwirbelsäule bei Ihnen in Behandlung
        war und eine Physiotherapie (6 Einheiten) erhalten hat.

        Für die Risikoprüfung bitten wir Sie um einen kurzen ärztlichen Bericht zu
        folgenden Punkten:
          - Diagnose(n) mit Datum der Erstfeststellung
          - Art und Dauer der Behandlung, ggf. Überweisungen (Orthopädie, Bildgebung)
          - Arbeitsunfähigkeitszeiten in diesem Zusammenhang
          - Ist die Behandlung abgeschlossen? Bestehen noch Beschwerden?

        Die von Herrn Hein unterschriebene Schweigepflichtentbindungserklärung
        liegt bei. Ihr Honorar (Befundbericht nach GOÄ Nr. 75 zzgl. Porto)
        übernehmen wir selbstverständlich; bitte geben Sie auf der Rechnung die
        Antragsnummer an.

        Am einfachsten ist die Rückantwort über unser SecureMail-Portal – den Link
        bekommen Sie in einer separaten Nachricht. Alternativ gern per Fax an
        06099 4471-99.

        Vielen Dank für Ihre Unterstützung!

        Mit freundlichen Grüßen
        Kemal Yıldırım""") + closing(YILDIRIM)
    att = A_pdf("Schweigepflichtentbindung_Hein_Tobias.pdf", [
        "# Erklärung zur Entbindung von der Schweigepflicht",
        "Auental Lebensversicherung AG, Hohenfurt",
        "",
        "Versicherte Person: Tobias Hein, geb. 14.07.1988",
        "Anschrift: Fliederweg 3, 63999 Brunnstadt",
        "Antragsnummer: BU-2026-0047113",
        "",
        "Ich entbinde die nachfolgend genannten Ärztinnen und Ärzte von ihrer",
        "Schweigepflicht, soweit es für die Prüfung meines Antrags auf eine",
        "Berufsunfähigkeitsversicherung erforderlich ist:",
        "",
        "  Gemeinschaftspraxis Dr. Lorenz & Dr. Aydin, Bahnhofstraße 21, Brunnstadt",
        "  (Behandlung wegen Rückenbeschwerden LWS, 2024)",
        "",
        "Die Einwilligung gilt für Auskünfte zu Untersuchungen und Behandlungen der",
        "letzten fünf Jahre vor Antragstellung.",
        "",
        "Brunnstadt, 24.02.2026          gez. Tobias Hein",
    ], title="Schweigepflichtentbindung", day=2)
    return msg(YILDIRIM, ("Gemeinschaftspraxis Dr. Lorenz & Dr. Aydin", "praxis@praxis-lorenz-aydin.example"),
               "Anforderung ärztlicher Bericht – Antrag BU-2026-0047113",
               dt(3, 8, 51, 30), Mixed(T(body), att))


@mail("N", "en", "insurer-to-customer",
      "grey: newcomers ask which insurance is compulsory; generic answer, no contract, no personal data (retirement mentioned only in general)")
def m009():
    q = dedent("""
        Dear Sir or Madam,

        my husband and I have just moved to Brunnstadt from Ashcombe (your twin
        town, which is how we found you!). We are both retired and trying to work
        out what insurance we need here. What is compulsory in Germany and what
        is just "nice to have"? We don't have a car yet.

        Many thanks,
        Margaret Holloway""")
    body = dedent("""
        Dear Mrs Holloway,

        welcome to Brunnstadt - and thank you for writing to us!

        Short answer: for private people without a car, almost nothing is
        compulsory. But some things are very common here:

        * Personal liability insurance (Privathaftpflicht): not compulsory, but
          about 85 percent of households have it. It pays if you accidentally
          damage someone else's property or injure someone - for example a
          water leak that damages the flat below. Typical cost: EUR 60-90 a
          year for a couple.
        * Household contents (Hausrat): covers your furniture, clothes etc.
          against fire, water, storm and burglary.
        * Car insurance: compulsory once you register a car.
        * Health: this depends on your pension situation in the UK. Many UK
          pensioners living in Germany are covered through the S1 form via a
          German statutory health fund (Krankenkasse). Please clarify this with
          a Krankenkasse first; we are happy to talk about top-up cover afterwards.

        If you like, come and see us at Marktplatz 7 - we can go through it
        over a cup of tea (we do have proper tea). Opening hours are Monday to
        Friday 8.30 to 12.30, Tuesday and Thursday also 2 to 6 pm.

        Kind regards
        Martina Okonkwo

        On 28 Feb 2026, at 16:03, Margaret Holloway wrote:
        """) + quote(q) + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Margaret Holloway", "m.holloway@inbox-mail.example"),
               "Re: Insurance in Germany - what do we need?",
               dt(3, 9, 30, 2), T(asciify(body), charset="us-ascii", cte="7bit"),
               mailer="thunderbird", in_reply_to="<a83f2c1e-77b0-4d21-9f3e-holloway@inbox-mail.example>")


@mail("C", "de", "insurer-to-customer",
      "household claim for a stolen e-bike: named customer, policy and claim numbers, frame number, police reference")
def m010():
    body = dedent("""
        Sehr geehrter Herr Pöhlmann,

        vielen Dank für Ihre Schadenmeldung vom Wochenende. Es tut mir leid, dass Ihr
        E-Bike gestohlen wurde.

        Wir haben den Schaden unter der Nummer HR-2026-031177 zu Ihrer
        Hausratversicherung HR 4471-556120 angelegt. Fahrräder sind bei Ihnen bis
        3.000 EUR rund um die Uhr mitversichert (Klausel 7110).

        Damit wir zügig regulieren können, brauchen wir noch:
          1. die Kaufrechnung des E-Bikes (Trekking-E-Bike, Rahmennummer
             WBK 2214 77 31 B),
          2. beide Schlüssel des Fahrradschlosses bzw. ein Foto davon,
          3. die Bestätigung der Polizeiinspektion Brunnstadt mit dem
             Aktenzeichen 0412/26/003318 - ein Foto des Zettels genügt.

        Sie können die Unterlagen einfach als Antwort auf diese E-Mail schicken
        oder bei uns in der Geschäftsstelle vorbeibringen. Im Anhang finden Sie
        außerdem unser Formular zur Schadenanzeige - bitte ausfüllen und
        unterschreiben.

        Falls das Rad in den nächsten Wochen doch wieder auftaucht, geben Sie uns
        bitte kurz Bescheid.

        Mit freundlichen Grüßen
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Jürgen Pöhlmann", "j.poehlmann@postfach24.example"),
               "Diebstahl Ihres E-Bikes - Schadennummer HR-2026-031177",
               dt(3, 10, 47, 19),
               Mixed(T(latin1ize(body), charset="iso-8859-1"),
                     A_docx("Schadenanzeige_Fahrrad_HR-2026-031177.docx", [
                         "# Schadenanzeige Fahrraddiebstahl",
                         "Auental Allgemeine Versicherung AG - Hausratversicherung",
                         [["Feld", "Angabe"],
                          ["Versicherungsnehmer", "Jürgen Pöhlmann"],
                          ["Anschrift", "Talstraße 19, 63999 Brunnstadt"],
                          ["Vertrag / Schaden", "HR 4471-556120 / HR-2026-031177"],
                          ["Fahrrad", "Trekking-E-Bike, Rahmennummer WBK 2214 77 31 B"],
                          ["Kaufdatum / Kaufpreis", ""],
                          ["Tatort / Tatzeit", "Bahnhof Brunnstadt, Fahrradständer Gleis 1, 28.02.2026"],
                          ["Polizei", "PI Brunnstadt, Az. 0412/26/003318"],
                          ["Wie war das Rad gesichert?", ""]],
                         "Ort, Datum, Unterschrift: ______________________",
                     ], title="Schadenanzeige Fahrrad", creator="Sabine Wölfle", day=3)),
               subj_charset="iso-8859-1")


@mail("N", "de", "internal",
      "trap: IT ticket about a scanner that skews 'Arztrechnungen und Rezepte'; no customer, no document content")
def m011():
    body = dedent("""
        Hallo liebes IT-Team,

        unser Multifunktionsgerät in der Geschäftsstelle (Inventar BRU-MFP-02, 1. OG,
        neben der Küche) macht seit letzter Woche Probleme:

        - Dünne Belege (Arztrechnungen, Rezepte, Kassenbons) werden im Einzug schief
          gezogen, teilweise um 10-15 Grad. Die OCR in der Leistungsstrecke erkennt
          dann die Rechnungsbeträge nicht und die Belege landen in der manuellen
          Nachbearbeitung.
        - Bei mehr als ca. 20 Blatt gibt es Papierstau, Meldung "J-0214".
        - Normale A4-Briefe gehen problemlos.

        Wir scannen hier jeden Tag Belege von Kunden, die persönlich vorbeikommen -
        am Montag waren es über 60 Seiten. Im Moment legen wir alles einzeln auf
        das Glas, das kostet richtig Zeit.

        Könnt ihr einen Techniker schicken oder die Einzugsrollen tauschen lassen?
        Ansprechpartnerin vor Ort bin ich, Durchwahl -21.

        Danke und viele Grüße
        Sabine Wölfle
        Bezirksdirektion Brunnstadt""")
    return msg(WOELFLE, ITSD, "Scanner BRU-MFP-02 zieht Belege schief ein / Papierstau J-0214",
               dt(3, 11, 58, 8), T(body, cte="8bit"), importance="high")


@mail("S", "de", "insurer-to-club",
      "group accident claim of a named 14-year-old club member: wrist fracture at training, hospital treatment; pre-filled accident report PDF")
def m012():
    body = dedent("""
        Hallo Herr Fendt,

        danke für Ihren Anruf wegen Jonas. Gute Besserung an ihn und die Familie!

        Wie besprochen läuft der Unfall über die Gruppen-Unfallversicherung des
        Vereins (Vertrag GU 4471-090017). Ich habe die Unfallanzeige mit den Angaben
        aus unserem Telefonat schon vorausgefüllt, siehe Anhang:

          Verletzter: Jonas Maier, geb. 03.05.2011, D-Jugend
          Unfalltag: Dienstag, 24.02.2026, ca. 18:15 Uhr, Training Kunstrasenplatz
          Hergang: Sturz nach Zweikampf auf die ausgestreckte rechte Hand
          Verletzung: Bruch des rechten Handgelenks (distale Radiusfraktur),
          ambulant in der Kreisklinik Brunnstadt versorgt, Gips für ca. 6 Wochen

        Was noch fehlt:
          - Unterschrift eines Erziehungsberechtigten (Seite 2)
          - Name des behandelnden Arztes / der Ambulanz
          - Bankverbindung der Eltern für eine eventuelle Leistung

        Die ausgefüllte Anzeige bitte nicht per normaler Mail zurückschicken, sondern
        in Papierform bei uns einwerfen oder über den Upload-Link, den ich den Eltern
        direkt schicke. Ich melde mich bei Familie Maier.

        Viele Grüße
        Sabine Wölfle""") + closing(WOELFLE)
    att = A_pdf("Unfallanzeige_GU4471-090017_Maier.pdf", [
        "# Unfallanzeige Gruppen-Unfallversicherung",
        "Auental Allgemeine Versicherung AG - Unfallversicherung",
        "Versicherungsnehmer: TSV Brunnstadt 1893 e.V., Vertrag GU 4471-090017",
        "",
        "1. Verletzte Person",
        "   Name, Vorname: Maier, Jonas",
        "   Geburtsdatum: 03.05.2011",
        "   Anschrift: Am Kirchberg 11, 63999 Brunnstadt",
        "   Mitgliedsnummer: J-2019-044",
        "",
        "2. Unfall",
        "   Datum/Uhrzeit: 24.02.2026, 18:15 Uhr",
        "   Ort: Sportgelände Auwiese, Kunstrasenplatz",
        "   Hergang: Beim Trainingsspiel nach einem Zweikampf gestürzt und mit der",
        "   rechten Hand abgefangen.",
        "",
        "3. Verletzung und Behandlung",
        "   Art der Verletzung: distale Radiusfraktur rechts (Handgelenkbruch)",
        "   Erstbehandlung: Kreisklinik Brunnstadt, Notaufnahme, 24.02.2026",
        "   Weiterbehandelnder Arzt: ______________________",
        "   Krankenhausaufenthalt: nein (ambulant)",
        "",
        "4. Zeugen: Trainer Markus Fendt, Co-Trainer Luis Barros",
        "\f",
        "5. Erklärung",
        "   Ich versichere die Richtigkeit der Angaben.",
        "",
        "   Ort, Datum: ______________   Unterschrift Erziehungsberechtigte/r: ______________",
    ], title="Unfallanzeige", day=3)
    return msg(WOELFLE, ("Markus Fendt (TSV Brunnstadt 1893 e.V.)", "jugend@tsv-brunnstadt.example"),
               "Unfall Jonas Maier – Unfallanzeige Gruppen-Unfall",
               dt(3, 14, 22, 45), Mixed(T(body), att))


@mail("C", "en", "insurer-to-company",
      "fleet renewal for a company: policy number and an XLSX of named company-car drivers with plates, licence dates and claims")
def m013():
    body = dedent("""
        Dear Ms Brooks,

        as promised, here is the renewal proposal for the Meridian Precision fleet
        policy FL-7720-0413 for the period 1 May 2026 to 30 April 2027.

        In short:
        - 18 vehicles (2 more than last year, the two new Skodas for the sales team)
        - premium EUR 21,480.00 net (last year EUR 19,960.00); the increase is mainly
          the two new cars plus the general motor inflation of about 4 percent
        - your claims ratio in 2025 was 41 percent, which is good - we keep the
          fleet discount at 15 percent

        Could you please check the attached driver list? I need to know whether
        the drivers are still correct, especially for the pool cars. For two of
        them we still miss the date the driving licence was issued.

        I'm in Brunnstadt all week if you'd rather go through it in person.

        Best regards
        Frank Dietzel""") + closing(DIETZEL, en=True)
    rows = [["Plate", "Vehicle", "Main driver", "Licence since", "Claims 2025", "Note"],
            ["BRU-MP 101", "BMW 520d Touring", "Alistair Gordon", "1994-06-11", 0, "Managing director"],
            ["BRU-MP 102", "Skoda Superb Combi", "Nadia Brooks", "2003-09-02", 0, ""],
            ["BRU-MP 103", "Skoda Superb Combi", "Thomas Wenzl", "1998-03-17", 1, "parking damage 11/2025"],
            ["BRU-MP 104", "VW ID.4", "Priya Raman", "2012-05-30", 0, "licence converted 2024"],
            ["BRU-MP 105", "VW ID.4", "Daniel Whitfield", "", 0, "licence date missing"],
            ["BRU-MP 106", "Skoda Octavia", "Kerstin Nagel", "2009-10-01", 0, ""],
            ["BRU-MP 107", "Skoda Octavia", "pool car (sales)", "", 2, "glass 04/2025, deer 12/2025"],
            ["BRU-MP 108", "VW Transporter", "pool car (workshop)", "", 0, ""],
            ["BRU-MP 109", "VW Transporter", "Milan Petrović", "2015-07-21", 1, "reversing into gate"],
            ["BRU-MP 110", "Skoda Kodiaq", "Henrik Lindqvist", "", 0, "licence date missing"],
            ["BRU-MP 111", "Ford Transit", "pool car (logistics)", "", 0, ""],
            ["BRU-MP 112", "Skoda Enyaq", "Stefanie Auer", "2011-02-14", 0, ""],
            ["BRU-MP 113", "Skoda Enyaq", "Raphael Kunz", "2017-08-08", 0, ""],
            ["BRU-MP 114", "VW Caddy", "pool car (service)", "", 0, ""],
            ["BRU-MP 115", "VW Caddy", "Jana Hruba", "2019-04-03", 0, ""],
            ["BRU-MP 116", "Audi A6 Avant", "Christopher Lane", "1989-12-01", 0, "UK licence converted"],
            ["(new)", "Skoda Superb Combi", "tbd (sales)", "", "", "from 05/2026"],
            ["(new)", "Skoda Superb Combi", "tbd (sales)", "", "", "from 05/2026"]]
    att = A_xlsx("Meridian_Fleet_FL-7720-0413_drivers_2026.xlsx",
                 [("Drivers", rows), ("Summary", [["Vehicles", 18], ["Premium net EUR", 21480.0],
                                                 ["Claims ratio 2025", "41 %"], ["Fleet discount", "15 %"]])],
                 title="Fleet renewal 2026", creator="Frank Dietzel", day=3)
    return msg(DIETZEL, ("Nadia Brooks", "n.brooks@meridian-precision.example"),
               "Fleet policy FL-7720-0413 - renewal 2026/27 and driver list",
               dt(3, 16, 40, 13), Mixed(T(body), att))


@mail("N", "de", "insurer-to-authority",
      "registration of an information booth at the town festival (size, power supply); no personal data")
def m014():
    body = dedent("""
        Sehr geehrte Frau Lichtenauer,

        auch in diesem Jahr möchten wir als Bezirksdirektion Brunnstadt beim
        Stadtfest dabei sein und melden hiermit einen Informationsstand an:

          Veranstaltung: Brunnstädter Stadtfest, 6. und 7. Juni 2026
          Standfläche:   3 x 3 m (Pavillon, weiß, eigene Beschwerung)
          Wunschplatz:   Marktplatz, wie 2025 vor der Geschäftsstelle
          Strom:         1 x 230 V (Kaffeemaschine, Laptop), ca. 1,5 kW
          Verkauf:       keiner, kein Ausschank, keine Lebensmittel
          Aktion:        Glücksrad für Kinder, Luftballons

        Die Veranstalterhaftpflicht haben wir selbst, eine Bestätigung schicke ich
        gern mit, falls Sie sie brauchen.

        Verantwortlich vor Ort bin ich selbst, Vertretung Frau Wölfle.

        Mit freundlichen Grüßen
        Bernd Achternbusch""") + closing(ACHTERNBUSCH, dash=False)
    return msg(ACHTERNBUSCH, ("Stadt Brunnstadt – Marktamt", "marktamt@stadt-brunnstadt.example"),
               "Anmeldung Infostand Stadtfest 6./7. Juni 2026",
               dt(4, 8, 15, 0), T(body, cte="8bit"))


@mail("S", "mixed", "insurer-to-customer",
      "bilingual letter to a health-insured customer about pregnancy cover: due date, birth at hospital, midwife, newborn enrolment")
def m015():
    body = dedent("""
        Liebe Frau Raman,

        herzlichen Glückwunsch noch einmal – und danke für das nette Gespräch
        gestern am Telefon! Wie versprochen fasse ich alles kurz zusammen, erst auf
        Deutsch, darunter auf Englisch.

        Ihre Krankenversicherung (KV 4471-644-10, Tarif KV-Komfort 80) übernimmt
        rund um Schwangerschaft und Geburt:
          - alle Vorsorgeuntersuchungen bei Ihrer Frauenärztin inkl. Ultraschall,
          - die Entbindung in der Kreisklinik Brunnstadt (Zweibettzimmer laut Tarif),
          - Hebammenleistungen vor und nach der Geburt,
          - Geburtsvorbereitungskurs bis 200 EUR.
        Voraussichtlicher Termin laut Mutterpass: 18.08.2026.

        Wichtig: Melden Sie Ihr Baby bitte innerhalb von zwei Monaten nach der
        Geburt bei uns an. Dann wird es ohne Gesundheitsprüfung und ohne Wartezeit
        mitversichert (Kindernachversicherung).

        ---

        Dear Ms Raman,

        congratulations again, and thanks for the call yesterday. In short:
        your health insurance (KV 4471-644-10, KV-Komfort 80) pays for all
        prenatal check-ups with your gynaecologist incl. ultrasound, the delivery
        at Kreisklinik Brunnstadt (two-bed room), midwife care before and after
        birth, and an antenatal class up to EUR 200. Expected due date according to
        your Mutterpass: 18 August 2026.

        Important: please register your baby with us within two months after the
        birth - then he or she is covered without health questions or waiting
        period.

        Alles Gute und viele Grüße / all the best
        Kemal Yıldırım""") + closing(YILDIRIM)
    return msg(YILDIRIM, ("Priya Raman", "priya.raman@webpost.example"),
               "Ihre Schwangerschaft – was wir übernehmen / what we cover",
               dt(4, 9, 4, 55), T(body))


@mail("C", "de", "customer",
      "customer's burst-pipe report forwarded to claims: name, insured address, buildings policy number, cost estimate")
def m016():
    orig = dedent("""
        Sehr geehrter Herr Hagedorn,

        leider muss ich einen Schaden melden. Heute Nachmittag ist bei uns im Keller
        ein Wasserrohr geplatzt (Leitung zur Waschküche, direkt hinter dem
        Heizungsraum). Als ichs gemerkt hab stand das Wasser schon ca 5cm hoch.
        Ich habe den Haupthahn zugedreht und die Firma Kessler Haustechnik angerufen,
        die kommen morgen früh um 7.

        Betroffen sind: Estrich und Wände im Kellerflur und in der Waschküche, die
        Waschmaschine und der Trockner standen im Wasser, außerdem Kartons mit
        Weihnachtsdeko und alten Unterlagen.

        Unsere Wohngebäudeversicherung ist die WG 4471-220934, Hausrat läuft
        ebenfalls bei Ihnen.

        Können Sie vorbeikommen? Ich bin ab morgen Mittag zu Hause.

        Mit freundlichen Grüßen
        Helmut Brückner
        Am Mühlbach 12
        63999 Brunnstadt
        Tel. 06099 81 27 40""")
    body = dedent("""
        Hallo zusammen,

        bitte Schadennummer vergeben (Leitungswasser WG, zusätzlich Hausrat für
        Waschmaschine/Trockner/Kellerinventar).

        Ich war heute um 13 Uhr vor Ort: Rohrbruch Kupferleitung Kaltwasser im
        Kellerflur, Ursache Frost ausgeschlossen, vermutlich Materialermüdung.
        Trocknung durch Fa. Aqua-Trock Brunnstadt beauftragt (ca. 3 Wochen),
        Schätzung Gebäude ca. 8.500 EUR, Hausrat ca. 1.400 EUR. Meinen
        Besichtigungsbericht aus der Tablet-App hänge ich an, die Fotos lade ich
        heute Abend in die Akte.

        Danke und Gruß
        Jens

        """) + ol_de("Helmut Brückner <h.brueckner@netzpost.example>",
                     "Montag, 2. März 2026 17:26",
                     "Hagedorn, Jens <jens.hagedorn@auental-versicherung.example>",
                     "Rohrbruch im Keller") + "\n" + orig
    body += closing(HAGEDORN, footer=False)
    report = dedent("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Besichtigungsbericht</title></head>
        <body style="font-family:Arial,sans-serif;font-size:10pt">
        <h2>Besichtigungsbericht Leitungswasser</h2>
        <table border="1" cellspacing="0" cellpadding="3">
        <tr><td>Versicherungsnehmer</td><td>Helmut Brückner</td></tr>
        <tr><td>Risikoort</td><td>Am Mühlbach 12, 63999 Brunnstadt</td></tr>
        <tr><td>Vertrag</td><td>WG 4471-220934 (Wohngebäude), Hausrat HR 4471-220935</td></tr>
        <tr><td>Besichtigung</td><td>03.03.2026, 13:00 Uhr, J. Hagedorn, anwesend: VN</td></tr>
        <tr><td>Schadenursache</td><td>Rohrbruch Kupferleitung Kaltwasser Kellerflur, Materialermüdung; Frost ausgeschlossen</td></tr>
        <tr><td>Betroffene Bereiche</td><td>Kellerflur 14 m², Waschküche 9 m²: Estrich, Wandputz bis 30 cm</td></tr>
        <tr><td>Sofortmaßnahmen</td><td>Leitung abgesperrt (VN), Reparatur Fa. Kessler Haustechnik, Trocknung Fa. Aqua-Trock</td></tr>
        <tr><td>Schätzung Gebäude</td><td>ca. 8.500 EUR</td></tr>
        <tr><td>Schätzung Hausrat</td><td>ca. 1.400 EUR (Waschmaschine, Trockner, Kellerinventar)</td></tr>
        </table>
        <p>Erstellt mit Auental ClaimsApp 3.8 auf Tablet BRU-TAB-07.</p>
        </body></html>""")
    return msg(HAGEDORN, SCHADEN_SACH, "WG: Rohrbruch im Keller - WG 4471-220934 Brückner",
               dt(4, 15, 31, 2), Mixed(T(body), A_html("Besichtigungsbericht_WG4471-220934.html", report)))


@mail("N", "en", "insurer-to-club",
      "trap: twin-town cricket club asks whether visiting players are covered; generic answer on liability vs. travel medical cover, no person")
def m017():
    q = dedent("""
        Dear Ms Okonkwo,

        Brian Cole at TSV gave me your address. Twelve of our players and three
        officials are coming over for the friendship match on 16 May. One of our
        members asked whether they would be insured under the German club's policy
        if somebody gets hurt, or whether they need their own cover. Could you
        shed some light on this?

        Best wishes
        Hugh Pennington
        Hon. Secretary, Ashcombe Cricket Club""")
    body = dedent("""
        Dear Mr Pennington,

        thank you for your message - we are all looking forward to the match!

        Generally speaking:

        1. The TSV's club liability insurance covers the TSV as organiser: if
           something goes wrong because of the pitch, the equipment or the
           organisation, and a guest is injured or property is damaged, that is
           a liability question and would be handled there.

        2. It does NOT cover your players' own accidents or illnesses. If one of
           your players twists an ankle in a normal game, that is not anyone's
           fault, and the medical costs are a matter for the player's own health
           or travel cover.

        3. For visitors from the UK, the GHIC card gives access to necessary state
           healthcare in Germany, but it does not cover everything (for example
           repatriation). We would recommend that every traveller has a travel
           insurance policy with medical cover.

        This is only general information, of course - each club should check
        its own policies. If anything is unclear, just drop me a line.

        Kind regards
        Martina Okonkwo

        -----Original Message-----
        """) + q + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Hugh Pennington", "secretary@ashcombe-cc.example"),
               "RE: Insurance for our visit in May",
               dt(4, 16, 12, 37), T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("S", "de", "internal",
      "grey: 'anonymous' BU pre-underwriting request from an agency; diagnoses, medication, age and job - pseudonymous for the agent, so treated as health data")
def m018():
    body = dedent("""
        Hallo Frau Harrach,

        eine anonyme Risikovoranfrage aus der Agentur Demirci, Kunde möchte vor
        Antragstellung wissen, ob er überhaupt eine Chance hat:

          Mann, 38 Jahre, Nichtraucher
          Beruf: kaufmännischer Angestellter (Einkauf), 100 % Büro
          Gewünscht: BU-Rente 1.500 EUR mtl., Endalter 67, Tarif BU Premium

          Vorerkrankungen laut Selbstauskunft:
          1. Hashimoto-Thyreoiditis, Erstdiagnose 2021, seitdem L-Thyroxin 75 µg
             täglich, Werte laut Hausarzt stabil, keine AU-Zeiten
          2. 2023 Bandscheibenvorwölbung L5/S1, konservativ behandelt
             (6 x Physiotherapie, Ibuprofen bei Bedarf), seit Frühjahr 2024
             beschwerdefrei, keine Bildgebung seitdem
          3. Heuschnupfen (Birke), Cetirizin saisonal

          Größe/Gewicht: 1,82 m / 88 kg

        Frau Demirci fragt vor allem, ob wir die Wirbelsäule ausschließen würden
        oder ob das mit Zuschlag geht. Unterlagen (Arztbericht) könnte der Kunde
        nachreichen.

        Danke und viele Grüße aus Brunnstadt
        Kemal Yıldırım""") + closing(YILDIRIM, footer=False)
    return msg(YILDIRIM, HARRACH, "Anonyme Risikovoranfrage BU - Agentur Demirci",
               dt(4, 17, 3, 21), T(body, cte="8bit"))


@mail("C", "en", "insurer-to-customer",
      "liability insurance confirmation for a student's landlord: policy number, start date, birth date, address")
def m019():
    body = dedent("""
        Hi Ana,

        here is the confirmation your landlord asked for. You can forward this
        mail or print it - it is valid without signature. I've also attached it
        as a PDF.

            CONFIRMATION OF INSURANCE
            Personal liability insurance (Privathaftpflicht) incl. rented
            property damage

            Policyholder:   Ana Beatriz Sousa, born 22/09/2003
            Address:        Schillerstrasse 9, flat 3 (shared flat), 63999 Brunnstadt
            Policy number:  PH 4471-781204
            Insured since:  01/02/2026, runs for one year and renews automatically
            Sum insured:    EUR 10 million flat rate for personal injury and
                            property damage, incl. damage to rented rooms
            Premium status: paid

        Good luck with the room, and let me know if Mr Schwab needs anything in
        German.

        Best wishes
        Martina""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Ana Sousa", "ana.sousa@stud.hs-brunnstadt.example"),
               "Confirmation for your landlord - liability insurance",
               dt(5, 9, 12, 6),
               Mixed(T(asciify(body), charset="us-ascii", cte="7bit"),
                     A_pdf("Confirmation_PH_4471-781204_Sousa.pdf", [
                         "# Confirmation of insurance / Versicherungsbestätigung",
                         "Auental Allgemeine Versicherung AG - Privathaftpflicht",
                         "",
                         "Policyholder: Ana Beatriz Sousa, born 22.09.2003",
                         "Address: Schillerstraße 9, flat 3, 63999 Brunnstadt",
                         "Policy number: PH 4471-781204, insured since 01.02.2026",
                         "Sum insured: EUR 10 million, incl. damage to rented rooms",
                         "Premium status: paid",
                         "",
                         "Brunnstadt, 05.03.2026 - this confirmation is valid without signature",
                     ], title="Confirmation of insurance", day=5)),
               mailer="thunderbird")


@mail("N", "de", "insurer-to-supplier",
      "trap: print order for dental/care flyers for the health day; PDF proof with product claims; no person")
def m020():
    body = dedent("""
        Hallo Herr Habermann,

        wie telefonisch angekündigt hier unser Auftrag für den Gesundheitstag:

          500 Flyer "Zahnzusatz kompakt", DIN lang, 6 Seiten Wickelfalz,
              4/4-farbig, 135 g Bilderdruck matt - Druckdaten siehe Anhang
          1 Roll-up 85 x 200 cm, Motiv "Gut versorgt in Brunnstadt" (Datei
              kommt morgen von unserer Marketingabteilung direkt an Sie)

        Liefertermin spätestens Mittwoch, 18.03., an die Geschäftsstelle.
        Rechnung bitte an Auental Versicherungen, Bezirksdirektion Brunnstadt,
        Kostenstelle 4471-300.

        Auf Seite 2 im Entwurf ist noch ein Tippfehler ("Zahnreingung") - bitte
        korrigieren, sonst ist alles freigegeben.

        Danke und schöne Grüße
        Bernd Achternbusch""") + closing(ACHTERNBUSCH, dash=False)
    att = A_pdf("Flyer_Zahnzusatz_kompakt_Entwurf_v3.pdf", [
        "# Zahnzusatz kompakt - Ihr Lächeln ist es wert",
        "",
        "Die gesetzliche Krankenkasse zahlt beim Zahnersatz nur einen Festzuschuss.",
        "Für ein Implantat bleiben schnell 2.000 Euro und mehr an Ihnen hängen.",
        "",
        "# Unsere Leistungen im Tarif ZahnPlus 90",
        "- bis zu 90 % Erstattung für Zahnersatz (Kronen, Brücken, Implantate)",
        "- Professionelle Zahnreingung 2x jährlich bis 150 Euro",
        "- Kieferorthopädie für Kinder bis 18 (KIG 1 und 2)",
        "- keine Wartezeit bei Unfällen",
        "",
        "\f",
        "# Beispielbeiträge monatlich",
        "  Eintrittsalter 20: 14,90 Euro",
        "  Eintrittsalter 40: 24,50 Euro",
        "  Eintrittsalter 60: 39,80 Euro",
        "",
        "Gesundheitstag im Rathaus Brunnstadt, 21. März 2026, 10-14 Uhr",
        "Besuchen Sie uns am Stand im Foyer!",
        "",
        "Auental Krankenversicherung AG - Bezirksdirektion Brunnstadt, Marktplatz 7",
    ], title="Flyer Zahnzusatz kompakt", author="Marketing Auental", day=4)
    return msg(ACHTERNBUSCH, ("Druckerei Habermann", "auftrag@druckerei-habermann.example"),
               "Auftrag Flyer Zahnzusatz + Roll-up Gesundheitstag", dt(5, 10, 33, 40),
               Mixed(T(body), att))


@mail("S", "de", "insurer-to-customer",
      "life insurance payout after the policyholder's death: widow, policy number, death certificate and physician's certificate on the cause of death")
def m021():
    body = dedent("""
        Sehr geehrte Frau Albrecht,

        zum Tod Ihres Mannes möchte ich Ihnen - auch im Namen des ganzen Teams der
        Bezirksdirektion - unser herzliches Beileid aussprechen. Herr Albrecht war
        seit über 30 Jahren bei uns Kunde, und viele von uns kannten ihn persönlich.

        Wie am Dienstag besprochen, kümmern wir uns um die Auszahlung aus seiner
        Kapitallebensversicherung LV 4471-0188735 (Bezugsberechtigt: Sie). Die
        Versicherungssumme einschließlich Überschussbeteiligung beträgt nach
        vorläufiger Berechnung 38.412,90 EUR.

        Damit die Lebensversicherung auszahlen kann, benötigen wir noch:

          1. die Sterbeurkunde (eine beglaubigte Kopie genügt),
          2. die ärztliche Bescheinigung über die Todesursache - das Formular
             hänge ich Ihnen zur Sicherheit noch einmal an; der Hausarzt Ihres
             Mannes, Dr. Lorenz, kann es ausfüllen. Da Ihr Mann erst 2023 die
             Versicherung erhöht hatte, müssen wir das leider prüfen,
          3. den Versicherungsschein im Original (falls nicht auffindbar,
             reicht eine kurze Verlustmeldung - Vordruck liegt ebenfalls bei),
          4. Ihre Bankverbindung für die Überweisung.

        Sie müssen nichts davon per E-Mail schicken. Werfen Sie die Unterlagen
        einfach bei uns ein oder ich hole sie bei Ihnen ab - rufen Sie mich gern an.

        Die Kfz-Versicherung und die Hausratversicherung laufen vorerst unverändert
        weiter, darüber sprechen wir in Ruhe, wenn Sie so weit sind.

        Mit stillem Gruß
        Bernd Achternbusch""") + closing(ACHTERNBUSCH, dash=False)
    return msg(ACHTERNBUSCH, ("Renate Albrecht", "renate.albrecht@brunnstadt-net.example"),
               "Lebensversicherung Ihres Mannes - nächste Schritte",
               dt(5, 11, 40, 9),
               Mixed(T(latin1ize(body), charset="iso-8859-1"),
                     A_pdf("Aerztliche_Bescheinigung_Todesursache_LV4471-0188735.pdf", [
                         "# Ärztliche Bescheinigung über die Todesursache",
                         "Auental Lebensversicherung AG - Leistung Leben",
                         "",
                         "Versicherte Person: Herbert Albrecht, geb. 12.08.1948",
                         "verstorben am: 27.02.2026    Vertrag: LV 4471-0188735",
                         "",
                         "1. Unmittelbare Todesursache: ______________________________",
                         "2. Grundleiden (mit Diagnosedatum): ________________________",
                         "3. Seit wann war der Verstorbene bei Ihnen in Behandlung? ____",
                         "4. Bestanden die Erkrankungen bereits vor dem 01.07.2023? ja / nein",
                         "5. Behandelnde Ärzte und Kliniken der letzten 5 Jahre: ______",
                         "",
                         "Die Kosten der Bescheinigung trägt die Auental Lebensversicherung AG.",
                         "Stempel, Unterschrift Ärztin/Arzt: ______________________",
                     ], title="Bescheinigung Todesursache", day=5)),
               subj_charset="iso-8859-1")


@mail("C", "de", "insurer-to-customer",
      "no-claims class transfer from grandmother to grandson: both names, birth dates, policy numbers; form as PDF")
def m022():
    body = dedent("""
        Hallo Herr Kraft,

        schön, dass Ihre Großmutter Ihnen ihren Schadenfreiheitsrabatt überlassen
        möchte - das spart Ihnen als Fahranfänger richtig Geld.

        Ich habe die Übertragung vorbereitet:

          Abgebende Person:   Elfriede Kraft, geb. 02.11.1941
                              Kfz-Vertrag KF 4471-330218, SF 25 (seit 1998 schadenfrei)
          Übernehmende Person: Niklas Kraft, geb. 19.06.2006
                              neuer Vertrag KF 4471-771640 (VW Polo, BRU-NK 619)

        Übertragen werden können so viele Jahre, wie Sie selbst einen Führerschein
        haben (seit 2024), also aus heutiger Sicht SF 1/2 -> SF 2. Das ist
        weniger, als viele denken, aber immer noch besser als Klasse 0.

        Ihre Großmutter darf danach nicht mehr selbst als Halterin mit diesem
        Rabatt fahren - das hatte sie mir am Telefon aber schon gesagt.

        Bitte unterschreiben Sie beide das Formular im Anhang (Seite 2) und geben
        es bei uns ab. Sobald es da ist, bekommen Sie einen neuen Beitrag.

        Freundliche Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    att = A_pdf("SF-Uebertragung_Kraft.pdf", [
        "# Erklärung zur Übertragung des Schadenfreiheitsrabatts",
        "Auental Allgemeine Versicherung AG - Kraftfahrtversicherung",
        "",
        "Abgebende Person (bisherige Versicherungsnehmerin)",
        "  Name: Elfriede Kraft    Geburtsdatum: 02.11.1941",
        "  Anschrift: Rosenstraße 2, 63999 Brunnstadt",
        "  Vertrag: KF 4471-330218   Schadenfreiheitsklasse: SF 25",
        "",
        "Übernehmende Person",
        "  Name: Niklas Kraft    Geburtsdatum: 19.06.2006",
        "  Anschrift: Rosenstraße 2, 63999 Brunnstadt",
        "  Vertrag: KF 4471-771640   Fahrerlaubnis Klasse B seit: 21.06.2024",
        "",
        "Verwandtschaftsverhältnis: Großmutter / Enkel",
        "",
        "\f",
        "Die abgebende Person erklärt, dass sie den Schadenverlauf endgültig",
        "überträgt und ihn nicht mehr für sich in Anspruch nimmt.",
        "",
        "Ort, Datum ______________  Unterschrift abgebende Person ______________",
        "",
        "Ort, Datum ______________  Unterschrift übernehmende Person ______________",
    ], title="SF-Übertragung", day=5)
    return msg(WOELFLE, ("Niklas Kraft", "niklas.kraft06@mailo.example"),
               "SF-Übertragung von Ihrer Großmutter – Formular",
               dt(5, 14, 9, 52), Mixed(T(body.replace("ı", "i"), charset="windows-1252"), att),
               cc=("Elfriede Kraft", "e.kraft@brunnstadt-net.example"),
               subj_charset="windows-1252")


@mail("S", "en", "insurer-to-doctor",
      "query to an English-speaking GP about a named child's invoice: asthma diagnosis, spirometry, inhaler, GOÄ factor justification")
def m023():
    body = dedent("""
        Dear Dr Grant,

        I'm writing on behalf of our health claims team about your invoice
        no. 2026-0219 dated 12 February 2026 for Ethan Whitfield (born 2016),
        who is insured with us under his father's policy KV 4471-702-55.

        The invoice lists:
          GOÄ 1     consultation                     factor 2.3
          GOÄ 605   spirometry (flow-volume curve)   factor 3.5
          GOÄ 605a  repeat after bronchodilator      factor 3.5
          GOÄ 76    written treatment plan           factor 2.3
          diagnosis: J45.0 allergic asthma, first diagnosed
          prescription: salbutamol inhaler 100 micrograms

        For positions 605 and 605a the factor is above the threshold value of 1.8
        for technical services, but the invoice does not give a reason. Under
        GOÄ section 12 we need a short written justification (e.g. "child,
        increased time needed for instruction") before we can reimburse at 3.5.

        Could you send a corrected invoice or a one-line justification? To
        protect the family's data, please use the secure upload link which I'll
        send in a separate mail, not normal email.

        Many thanks, and apologies for the paperwork.

        Kind regards
        Martina Okonkwo
        on behalf of Leistungsservice Kranken""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Dr Fiona Grant", "praxis@dr-grant-brunnstadt.example"),
               "[secure] Invoice 2026-0219 Ethan Whitfield - justification for factor 3.5",
               dt(5, 15, 44, 18), T(body), mailer="outlook")


@mail("N", "de", "insurer-to-broker",
      "trap: product news on new dental tariffs for an agency plus a training invitation (ICS); prices by age, no customer")
def m024():
    body = dedent("""
        Liebe Frau Demirci,

        ab 1. April gibt es die neue Zahnzusatz-Generation, und ich möchte Sie und
        Ihre Mitarbeiterin gern vorher schulen. Die wichtigsten Neuerungen:

          - ZahnPlus 70 / 90 / 100 ersetzen die alten Tarife Z-Basis und Z-Top
          - Zahnreinigung jetzt bis 150 EUR im Jahr (bisher 100 EUR)
          - Kieferorthopädie für Kinder auch bei KIG 3 bis 5 als Ergänzung zur GKV
          - Gesundheitsfragen reduziert auf drei Fragen (fehlende Zähne,
            laufende Behandlung, Parodontitis in den letzten 3 Jahren)
          - Bestandskunden können bis 30.06. ohne neue Gesundheitsprüfung wechseln

        Beispielbeiträge ZahnPlus 90: 20 Jahre 14,90 EUR, 40 Jahre 24,50 EUR,
        60 Jahre 39,80 EUR.

        Die Schulung dauert ca. 90 Minuten, Termin siehe Einladung im Anhang. Bringen
        Sie gern Fragen aus Ihrer Beratungspraxis mit!

        Herzliche Grüße
        Kemal Yıldırım""") + closing(YILDIRIM)
    att = A_ics("Schulung_ZahnPlus.ics", "Schulung neue Zahnzusatztarife ZahnPlus",
                "20260317T140000", "20260317T153000",
                "Auental Bezirksdirektion Brunnstadt, Besprechungsraum 2, Marktplatz 7",
                "Produktschulung ZahnPlus 70/90/100 für die Agentur Demirci.\nBitte Laptop mitbringen.",
                "schulung-zahnplus-20260317@auental-versicherung.example",
                ("Kemal Yıldırım", YILDIRIM.addr),
                attendees=[("Gül Demirci", "info@demirci-versicherungen.example")],
                stamp="20260306T081000Z")
    return msg(YILDIRIM, ("Gül Demirci", "info@demirci-versicherungen.example"),
               "Neue Zahntarife ab 1.4. – Schulungstermin 17.3.", dt(6, 8, 10, 31),
               Mixed(T(body), att))


@mail("C", "de", "insurer-to-company",
      "commercial liability claim of a sole-trader joiner: policy number, named third party, damage amount, nobody hurt; ODT claim form")
def m025():
    body = dedent("""
        Hallo Herr Kolb,

        danke für Ihren Anruf von gestern. Ich fasse kurz zusammen, damit wir vom
        Gleichen reden:

        Bei der Montage der Einbauküche bei Familie Sanktjohanser (Brunnenweg 5,
        Oberbrunn) ist Ihrem Mitarbeiter der Akkuschrauber von der Leiter gefallen
        und hat das Eichenparkett im Wohnzimmer auf ca. 40 cm beschädigt. Verletzt
        wurde niemand. Der Kunde verlangt den Austausch der betroffenen Dielen,
        Kostenvoranschlag Parkett Moosmann: 1.960,00 EUR brutto.

        Das ist ein typischer Fall für Ihre Betriebshaftpflicht (BHV 4471-400562,
        Selbstbeteiligung 250 EUR). Ich habe den Schaden unter BH-2026-018840
        angelegt.

        Bitte füllen Sie das Formular im Anhang aus (Hergang in zwei, drei Sätzen,
        Name des Mitarbeiters genügt) und schicken Sie es mir zusammen mit dem
        Kostenvoranschlag und zwei, drei Fotos. Herr Hagedorn schaut sich das
        ggf. vor Ort an, bevor der Parkettleger loslegt.

        Schöne Grüße
        Frank Dietzel""") + closing(DIETZEL, dash=False)
    att = A_odt("Schadenanzeige_Betriebshaftpflicht_BH-2026-018840.odt", [
        "# Schadenanzeige Betriebshaftpflicht",
        "Versicherungsnehmer: Schreinerei Markus Kolb, Inhaber Markus Kolb, Gewerbestraße 14, 63999 Brunnstadt",
        "Vertrag: BHV 4471-400562    Schadennummer: BH-2026-018840",
        [["Feld", "Angabe"],
         ["Schadentag", "04.03.2026"],
         ["Schadenort", "Brunnenweg 5, Oberbrunn (Wohnung Sanktjohanser)"],
         ["Geschädigter", "Florian und Anja Sanktjohanser"],
         ["Art des Schadens", "Sachschaden Parkett, kein Personenschaden"],
         ["Höhe (geschätzt)", "1.960,00 EUR"],
         ["Hergang", ""],
         ["Beteiligter Mitarbeiter", ""]],
        "Ort, Datum, Unterschrift: ____________________",
    ], title="Schadenanzeige BHV", creator="Frank Dietzel", day=6)
    return msg(DIETZEL, ("Schreinerei Kolb", "info@schreinerei-kolb.example"),
               "Parkettschaden Sanktjohanser – Ihre Betriebshaftpflicht",
               dt(6, 9, 27, 0), Mixed(T(body), att))


@mail("S", "de", "customer",
      "reply quoting an elderly customer's letter: care level 3 after a fall, dementia diagnosis, nursing-care daily allowance claim")
def m026():
    q = dedent("""
        Liebe Frau Wölfle,

        meine Tochter schreibt diese Mail für mich, ich komme mit dem Computer nicht
        so zurecht. Nach meinem Sturz im Januar und dem Krankenhaus war ja der
        Medizinische Dienst da, und jetzt habe ich den Bescheid von der Pflegekasse
        bekommen: Pflegegrad 3, ab 1. Februar. Der Gutachter hat auch die beginnende
        Demenz aufgeschrieben, die der Neurologe im Herbst festgestellt hat.

        Ich habe doch bei Ihnen noch diese Pflegetagegeld-Versicherung, die mein
        Mann damals für uns beide abgeschlossen hat. Muss ich da etwas tun? Die
        Pflegekasse zahlt ja nur einen Teil, und der Pflegedienst kommt jetzt
        zweimal am Tag.

        Viele Grüße
        Hannelore Seidl""")
    body = dedent("""
        Liebe Frau Seidl, liebe Frau Berger,

        vielen Dank für Ihre Nachricht - und es tut mir leid zu hören, dass der
        Winter so schwer war. Ja, Sie müssen etwas tun, aber es ist nicht viel:

        Ihre Pflegetagegeldversicherung (PT 4471-055871, Tarif PTG 50) zahlt bei
        Pflegegrad 3 60 % des vereinbarten Tagessatzes von 50 EUR, also 30 EUR pro
        Tag bzw. rund 900 EUR im Monat, rückwirkend ab 1. Februar.

        Wir brauchen dafür nur:
          - eine Kopie des Bescheids der Pflegekasse mit dem Pflegegrad,
          - eine Kopie des Gutachtens des Medizinischen Dienstes (das liegt dem
            Bescheid meistens bei),
          - die Bankverbindung, falls das Geld auf ein anderes Konto als den
            Beitragseinzug gehen soll.

        Bitte schicken Sie die Unterlagen nicht per E-Mail, sondern werfen Sie sie
        in unseren Briefkasten am Marktplatz oder nutzen Sie den Upload-Link, den
        ich Frau Berger gleich separat zuschicke. Wenn es Ihnen lieber ist, komme
        ich auch nächste Woche kurz bei Ihnen vorbei.

        Herzliche Grüße
        Sabine Wölfle

        Am 05.03.2026 um 19:21 schrieb Hannelore Seidl:
        """) + quote(q) + closing(WOELFLE)
    return msg(WOELFLE, [("Hannelore Seidl", "seidl.berger@familienpost.example")],
               "Re: Pflegegrad - was muss ich tun?", dt(6, 10, 55, 24),
               T(body, cte="8bit", flowed=True), mailer="thunderbird",
               in_reply_to="<20260305192133.4c1f@familienpost.example>")


@mail("N", "en", "internal",
      "trap: request to marketing for English brochures (dental, household, liability) with aggregate customer counts; no person")
def m027():
    body = dedent("""
        Hi Claire,

        quick question from the branch: do we have English versions of the
        product brochures, or at least of the product information sheets
        (Produktinformationsblatt)? I'm asked about it almost every day.

        Some numbers so you can judge whether it's worth it: we have about 140
        English-speaking private customers in the Brunnstadt branch now, mainly
        staff of Meridian Precision, the Hochschule and the Kreisklinik (quite a
        few nurses and doctors from Ireland, India and the Philippines). Most
        common questions, roughly in this order:

          1. personal liability - "why would I need that?"
          2. household contents incl. bikes
          3. dental top-up for people in the statutory health system
          4. car insurance and no-claims from abroad
          5. private health insurance vs. Krankenkasse for higher earners

        What would help most: the PIB for private liability, household and
        ZahnPlus in English, and a one-page "Insurance in Germany explained".
        Happy to review drafts - I can do the proofreading in both languages.

        Thanks a lot!
        Martina""") + closing(OKONKWO, en=True, footer=False)
    return msg(OKONKWO, DUBOIS, "English brochures for expat customers?",
               dt(6, 11, 20, 41), T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("N", "de", "insurer-to-doctor",
      "trap: water damage in a dental practice that rents in the branch's own building; treatment rooms and 'Patienten' only as premises")
def m028():
    body = dedent("""
        Sehr geehrte Frau Dr. Veith,

        vielen Dank für Ihren Anruf heute früh. Als Vermieterin des Hauses
        Marktplatz 7 kümmern wir uns sofort um den Wasserschaden in Ihrer Praxis im
        Erdgeschoss.

        Stand jetzt:
          - Ursache ist nach erster Einschätzung die undichte Zuleitung des
            Heizkörpers im 1. OG (unsere Teeküche), das Wasser ist durch die Decke
            in Ihren Behandlungsraum 2 und in den Flur vor dem Steri gelaufen.
          - Die Firma Kessler Haustechnik kommt heute um 14 Uhr und legt die
            Leitung still. Bitte lassen Sie jemanden vom Team da sein, damit die
            Monteure in den Behandlungsraum können.
          - Die Trocknungsgeräte stellt Aqua-Trock ab Montag auf, voraussichtlich
            zwei Wochen. Leider sind die Geräte nicht leise.

        Der Behandlungsraum 2 wird in dieser Zeit vermutlich nicht nutzbar sein.
        Wenn Sie dadurch Patiententermine verschieben müssen, halten Sie das bitte
        kurz fest; ein möglicher Mietausfall bzw. Ihr Betriebsunterbrechungsschaden
        wird über die Gebäudeversicherung des Hauses bzw. Ihre eigene
        Praxisversicherung geklärt. Ihr Röntgengerät und die Behandlungseinheit
        stehen laut Ihrer Helferin nicht im nassen Bereich - das ist schon mal gut.

        Es tut mir leid für die Umstände. Ich melde mich heute Nachmittag noch mal.

        Mit freundlichen Grüßen
        Bernd Achternbusch
        (für die Auental Immobilienverwaltung, Objekt Marktplatz 7)""") + closing(ACHTERNBUSCH, dash=False)
    return msg(ACHTERNBUSCH, ("Zahnarztpraxis Dr. Katharina Veith", "praxis@zahnarzt-veith.example"),
               "Wasserschaden Behandlungsraum 2 – Handwerker heute 14 Uhr",
               dt(6, 12, 2, 58), T(body), importance="high")


@mail("C", "de", "insurer-to-authority",
      "confirmation to the public order office that a named dog owner has dog liability insurance: address, policy number, dog details")
def m029():
    body = dedent("""
        Sehr geehrter Herr Pfaffinger,

        auf Bitte unseres Kunden bestätigen wir Ihnen hiermit:

        Herr Dieter Faltermeier, Schlossbergweg 21, 63999 Brunnstadt, unterhält bei
        der Auental Allgemeine Versicherung AG eine Hundehalter-Haftpflicht-
        versicherung unter der Nummer HH 4471-612009.

          Versicherter Hund: "Rocky", American Staffordshire Terrier, Rüde,
                             Chipnummer 276 098 106 223 415
          Deckungssumme:     10 Mio. EUR pauschal für Personen- und Sachschäden
          Versicherungsbeginn: 01.03.2026, der Beitrag ist bezahlt.

        Die Versicherung erfüllt damit die Anforderungen an die
        Haftpflichtversicherung für Hunde nach dem Landeshundegesetz bzw. Ihrer
        Hundesteuersatzung (Mindestdeckung 1 Mio. EUR).

        Die Bestätigung liegt zusätzlich als PDF bei. Für Rückfragen erreichen
        Sie mich unter der unten stehenden Nummer.

        Mit freundlichen Grüßen
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    att = A_pdf("Versicherungsbestaetigung_HH4471-612009.pdf", [
        "# Versicherungsbestätigung Hundehalter-Haftpflicht",
        "Auental Allgemeine Versicherung AG",
        "",
        "Versicherungsnehmer: Dieter Faltermeier, Schlossbergweg 21, 63999 Brunnstadt",
        "Vertrag: HH 4471-612009, Beginn 01.03.2026, Beitrag bezahlt",
        "Hund: Rocky, American Staffordshire Terrier, Rüde, Chip 276 098 106 223 415",
        "Deckungssumme: 10 Mio. EUR pauschal für Personen- und Sachschäden",
        "",
        "Zur Vorlage beim Ordnungsamt der Stadt Brunnstadt, Az. 32-Hu-0114/26",
    ], title="Versicherungsbestätigung", day=6)
    return msg(WOELFLE, ("Stadt Brunnstadt – Ordnungsamt", "ordnungsamt@stadt-brunnstadt.example"),
               "Versicherungsbestätigung Hundehaftpflicht – Faltermeier / Az. 32-Hu-0114/26",
               dt(6, 13, 30, 33), Mixed(T(body), att),
               cc=("Dieter Faltermeier", "d.faltermeier@netzpost.example"))


@mail("S", "en", "insurer-to-customer",
      "individual accident claim of an expat: fall from a ladder, fractured wrist and shoulder injury, hospital, invalidity assessment; DOCX questionnaire")
def m030():
    body = dedent("""
        Dear Mr O'Brien,

        I hope you are recovering well. I was sorry to hear about your fall.

        I've registered the claim under your personal accident insurance
        UV 4471-509731 with claim number UV-2026-00412. To summarise what you told
        me on the phone:

          - 21 February 2026: you fell about 2.5 m from a ladder while clearing
            the gutter at your house
          - Kreisklinik Brunnstadt: fracture of the left wrist (operated with a
            plate on 22 February) and a torn rotator cuff in the left shoulder
          - 4 nights in hospital, since then physiotherapy twice a week
          - you are on sick leave until at least 31 March

        Your policy pays a hospital daily allowance (EUR 30 per night) straight
        away, and - if a permanent impairment remains - an invalidity benefit.
        Invalidity can only be assessed once the healing is complete, usually
        after about a year; it must be confirmed by a doctor within 21 months of
        the accident.

        Please fill in the attached questionnaire and send it back together with
        the hospital discharge letter (Entlassungsbrief). You can upload both via
        our secure portal, the link is on the form.

        Get well soon!

        Best regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    att = A_docx("Accident_questionnaire_UV-2026-00412.docx", [
        "# Personal accident insurance - claim questionnaire",
        "Auental Allgemeine Versicherung AG, accident claims",
        "Policy UV 4471-509731 · Claim UV-2026-00412",
        [["Question", "Answer"],
         ["Name of insured person", "Sean O'Brien"],
         ["Date of birth", "08/04/1979"],
         ["Date and time of accident", "21/02/2026, approx. 11:00"],
         ["What happened?", "Fall from ladder (approx. 2.5 m) while clearing gutter"],
         ["Injuries", "Left wrist fracture (ORIF 22/02/2026), rotator cuff tear left shoulder"],
         ["Hospital", "Kreisklinik Brunnstadt, 21/02 - 25/02/2026"],
         ["Treating doctors", ""],
         ["Previous injuries to the same body parts?", ""],
         ["Unable to work from / to", "21/02/2026 - "]],
        "Secure upload: https://securemail.auental-versicherung.example/upload",
        "Signature: ______________________   Date: __________",
    ], title="Accident questionnaire", creator="Martina Okonkwo", day=6)
    return msg(OKONKWO, ("Sean O'Brien", "sean.obrien@webpost.example"),
               "Your accident claim UV-2026-00412 - next steps",
               dt(6, 15, 3, 12), Mixed(T(body), att))


# --- week 2: 9 - 13 March ---------------------------------------------------

@mail("N", "de", "insurer-to-customer",
      "out-of-office auto-reply of the claims adjuster; no content of the incoming mail")
def m031():
    body = dedent("""
        Vielen Dank für Ihre Nachricht.

        Ich bin am 9. und 10. März ganztägig im Außendienst und lese meine E-Mails
        nur unregelmäßig. In dringenden Schadenfällen erreichen Sie mich mobil unter
        0171 5550 3131 oder das Team der Bezirksdirektion unter 06099 4471-0.

        Bei Sturm- und Leitungswasserschäden: Bitte sichern Sie zuerst Ihr Eigentum
        und begrenzen Sie den Schaden, soweit es zumutbar ist.

        Jens Hagedorn
        Schadenregulierung Außendienst
        Auental Versicherungen - Bezirksdirektion Brunnstadt""")
    return msg(HAGEDORN, ("Andrea Lechner", "andrea.lechner@mailo.example"),
               "Automatische Antwort: Sturmschaden Carport", dt(9, 7, 2, 11),
               T(body), mailer="system",
               extra=[("Auto-Submitted", "auto-replied"),
                      ("X-Auto-Response-Suppress", "All")],
               in_reply_to="<CAF9q1w-lechner-carport@mailo.example>")


@mail("N", "en", "insurer-to-customer",
      "trap: explainer for an expat on statutory vs private health insurance with income thresholds and premiums in general; no personal data")
def m032():
    q = dedent("""
        Hi Martina, I'm starting at the Hochschule in April as a postdoc. HR says
        I have to choose between "GKV" and "PKV". Honestly no idea what that
        means. Can you explain in two minutes? Cheers, Tom""")
    body = dedent("""
        Hi Tom,

        sure - here is the two-minute version.

        GKV (gesetzliche Krankenversicherung, "Krankenkasse")
          - the public system, about 90 % of people in Germany
          - contribution is a percentage of your salary (14.6 % plus an
            additional rate of roughly 2.5-3 %, split with your employer), up to
            an income ceiling
          - family members without own income are covered for free
          - no health questions, everybody is accepted

        PKV (private Krankenversicherung)
          - only possible if your gross salary is above the compulsory insurance
            threshold (in 2026 about EUR 77,400 a year), for self-employed people
            and civil servants
          - premium depends on age, health at entry and the chosen benefits,
            not on income; every family member needs a separate contract
          - usually better benefits (e.g. senior doctor treatment, single room)
          - you can't easily go back to the GKV later

        For most postdocs on a TV-L salary the question does not arise, because
        you will be below the threshold and automatically in the GKV. You can
        then pick any Krankenkasse you like - and if you want, we can top up
        with dental or hospital supplements.

        If you ever want to talk it through in person: Marktplatz 7, I'm usually
        here in the mornings.

        Best
        Martina

        > """) + q.replace("\n", "\n> ") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Tom Achebe", "tom.achebe@hs-brunnstadt.example"),
               "Re: GKV vs PKV?", dt(9, 9, 48, 26), T(body, cte="base64"),
               mailer="mobile")


@mail("C", "mixed", "insurer-to-company",
      "fleet claim of a named company-car driver with plate, claim number and third-party damage; nobody hurt; English mail quoting a German claims note")
def m033():
    note = dedent("""
        Hallo Frank,

        zum Schaden Meridian, BRU-MP 103 (Fahrer Thomas Wenzl): Parkrempler am
        27.02. auf dem Parkplatz Edeka-Markt Oberbrunn, beim Ausparken den
        stehenden Opel Corsa von Frau Ingrid Sailer (BRU-IS 77) hinten links
        touchiert. Keine Verletzten, Polizei nicht vor Ort, Unfallbericht von
        beiden unterschrieben.

        Gutachten Corsa: 2.340,00 EUR netto, Nutzungsausfall 4 Tage. Wir
        regulieren über die Kfz-Haftpflicht, Schadennummer KH-2026-077105.
        Eigenschaden am Skoda (Stoßfänger) läuft über Vollkasko, SB 500 EUR.
        Rückstufung Flotte erfolgt zum Jahreswechsel nach Flottenschlüssel.

        Gruß Moritz""")
    body = dedent("""
        Dear Nadia,

        a short update on the parking incident with BRU-MP 103 - please see the
        note from our motor claims colleague below (in German, sorry). In short:

        - the third party's car (Mrs Sailer's Opel Corsa) is being repaired,
          EUR 2,340 net plus 4 days loss of use, paid by us under the liability
          cover, claim no. KH-2026-077105
        - the damage to your Skoda goes through the comprehensive cover, your
          deductible is EUR 500
        - nobody was injured, so this is closed from our side once the invoices
          are in

        Could you ask Mr Wenzl to send us the workshop invoice for the Skoda
        when it's ready?

        Thanks and best regards
        Frank

        """) + ol_de("Brehm, Moritz <moritz.brehm@auental-versicherung.example>",
                     "Montag, 9. März 2026 08:12",
                     "Dietzel, Frank <frank.dietzel@auental-versicherung.example>",
                     "Meridian BRU-MP 103 / KH-2026-077105") + "\n" + note
    body += closing(DIETZEL, en=True)
    return msg(DIETZEL, ("Nadia Brooks", "n.brooks@meridian-precision.example"),
               "FW: Meridian BRU-MP 103 / KH-2026-077105 - parking damage",
               dt(9, 10, 31, 45), T(body))


@mail("N", "en", "newsletter",
      "trap: HTML-only expat newsletter explaining sick notes, dental care, glasses, liability; health words, no person")
def m034():
    html_ = dedent("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Expat Corner - March 2026</title>
        <style>body{font-family:Georgia,serif;color:#222} h2{color:#7a1f3d} .box{background:#f6efe9;padding:10px}</style></head>
        <body>
        <h1>Expat Corner</h1>
        <p><i>News for English-speaking customers of the Auental branch office in Brunnstadt &middot; March 2026</i></p>

        <h2>1. "Why does everyone here have liability insurance?"</h2>
        <p>In Germany you are liable without limit for damage you cause to others - a dropped phone in a friend's
        flat or a cycling accident with a pedestrian can be expensive. That is why about 85&nbsp;% of households
        have <b>Privathaftpflicht</b>. It costs less than a cinema ticket per month.</p>

        <h2>2. The sick note ("gelber Schein") explained</h2>
        <p>If you are ill, most employers need a doctor's certificate of incapacity for work
        (<i>Arbeitsunf&auml;higkeitsbescheinigung</i>) from the fourth day, sometimes from day one. Since 2023 doctors
        send it electronically to your statutory health fund, and your employer fetches it from there. You
        normally don't have to hand in paper any more - but please still call in sick!</p>

        <h2>3. Dental care: what the Krankenkasse pays</h2>
        <p>Check-ups and simple fillings are covered. For crowns, bridges and implants the statutory fund pays a
        fixed subsidy only; the rest can easily be EUR&nbsp;1,000 or more. A dental top-up policy helps - but
        take it out <b>before</b> the dentist has recommended treatment.</p>

        <div class="box"><b>Did you know?</b> Glasses and contact lenses for adults are usually not paid by the
        statutory health fund. Some of our top-up policies include EUR&nbsp;150 every two years.</div>

        <h2>4. Dates</h2>
        <ul>
        <li>21 March, 10 am - 2 pm: <b>Health Day</b> at the town hall (blood pressure checks, back school, our stand in the foyer)</li>
        <li>16 May: cricket friendship match TSV Brunnstadt vs Ashcombe CC</li>
        </ul>

        <p>Questions? Write to <a href="mailto:martina.okonkwo@auental-versicherung.example">Martina Okonkwo</a>
        or visit us at Marktplatz 7.</p>
        <hr>
        <p style="font-size:11px;color:#666">Auental Versicherungen &ndash; Brunnstadt branch office, Marktplatz 7, 63999 Brunnstadt, Germany.
        Auental Allgemeine Versicherung AG, Auental Lebensversicherung AG, Auental Krankenversicherung AG, registered office Hohenfurt.<br>
        You receive this newsletter because you asked for English information. <a href="https://www.auental-versicherung.example/newsletter/unsubscribe?list=expat">Unsubscribe</a></p>
        </body></html>""")
    return msg(OKONKWO, ("Expat Corner subscribers", "expat-corner@" + DOM),
               "Expat Corner March: sick notes, dental care, Health Day", dt(9, 11, 0, 0),
               H(html_), mailer="system",
               extra=[("List-Unsubscribe", "<https://www.auental-versicherung.example/newsletter/unsubscribe?list=expat>"),
                      ("Precedence", "bulk")])


@mail("S", "de", "insurer-to-club",
      "harmless body; the attached participant list for group travel insurance carries names, birth dates and a column with diseases, allergies and medication")
def m035():
    body = dedent("""
        Sehr geehrte Frau Hintermayr,

        vielen Dank für die Teilnehmerliste zur Konzertreise nach Meran
        (14.-17. Mai 2026). Ich habe daraus das Angebot für die
        Gruppen-Reiseversicherung erstellt:

          Reiserücktritt + Reiseabbruch, Reisekranken inkl. Rücktransport,
          Gepäck für 38 Personen, Reisepreis 489 EUR p. P.
          Gesamtbeitrag: 1.102,60 EUR (29,02 EUR pro Person)

        Bitte prüfen Sie die Liste im Anhang noch einmal auf Vollständigkeit;
        ich habe sie so übernommen, wie Sie sie uns geschickt haben. Zwei
        Geburtsdaten fehlen noch (Zeilen 17 und 31).

        Wenn alles passt, genügt eine kurze Antwort-Mail mit "Angebot angenommen",
        dann geht der Versicherungsschein an den Verein.

        Viele Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    rows = [["Nr", "Name", "Vorname", "Geb.-Datum", "Register", "Zimmer", "Hinweise (Gesundheit/Ernährung)"],
            [1, "Hintermayr", "Roswitha", "12.03.1961", "Vorstand", "DZ", ""],
            [2, "Hintermayr", "Georg", "30.07.1958", "Tuba", "DZ", "Bluthochdruck, Ramipril"],
            [3, "Obermaier", "Lukas", "04.02.1999", "Trompete", "DZ", ""],
            [4, "Reiter", "Sophie", "22.11.2004", "Klarinette", "DZ", "Nussallergie - Notfallset (Adrenalin-Pen)"],
            [5, "Reiter", "Anna", "22.11.2004", "Klarinette", "DZ", "vegetarisch"],
            [6, "Huber", "Franz", "09.09.1947", "Ehrenmitglied", "EZ", "Rollator, Insulin (Diabetes Typ 2)"],
            [7, "Gschwendtner", "Maria", "17.05.1975", "Flöte", "DZ", "glutenfrei (Zöliakie)"],
            [8, "Gschwendtner", "Tobias", "02.01.2012", "Schlagwerk", "DZ", ""],
            [9, "Brandl", "Josef", "25.06.1969", "Dirigent", "EZ", ""],
            [10, "Stadler", "Yvonne", "08.08.1982", "Saxophon", "DZ", ""],
            [11, "Stadler", "Lena", "14.10.2011", "Querflöte", "DZ", "Epilepsie, Medikament Levetiracetam, Betreuerin informiert"],
            [12, "Wimmer", "Alois", "03.12.1955", "Posaune", "DZ", ""],
            [13, "Wimmer", "Theresia", "19.04.1957", "Begleitung", "DZ", "Hüft-OP 2025, kein Treppensteigen"],
            [14, "Kraus", "Bettina", "11.01.1979", "Horn", "DZ", ""],
            [15, "Kraus", "Michael", "27.07.1977", "Tenorhorn", "DZ", ""],
            [16, "Pfister", "Georg", "15.02.1966", "Bariton", "EZ", ""],
            [17, "Meindl", "Kathrin", "", "Klarinette", "DZ", "schwanger (5. Monat)"],
            [18, "Eder", "Stefan", "30.09.1990", "Trompete", "DZ", ""],
            ["...", "", "", "", "", "", ""],
            [38, "Zellner", "Ines", "05.05.2001", "Oboe", "DZ", ""]]
    att = A_xlsx("Teilnehmerliste_Meran_2026_MV_Brunnstadt.xlsx", [("Teilnehmer", rows)],
                 title="Teilnehmerliste Meran", creator="Roswitha Hintermayr", day=9)
    return msg(WOELFLE, ("Musikverein Brunnstadt 1921 e.V. – Roswitha Hintermayr",
                         "vorstand@musikverein-brunnstadt.example"),
               "Angebot Gruppenreiseversicherung Meran 14.–17.5.", dt(9, 14, 46, 10),
               Mixed(T(body), att))


@mail("N", "de", "internal",
      "trap: minutes of the branch team meeting (ODT) about mail handling, portal, health day roster, trainee plan; no customer data")
def m036():
    body = dedent("""
        Hallo zusammen,

        anbei das Protokoll von heute früh. Bitte bis Freitag Bescheid geben, falls
        ich etwas falsch notiert habe.

        Viele Grüße
        Lea""") + closing(SOMMERFELD, footer=False)
    att = A_odt("Protokoll_Teambesprechung_2026-03-10.odt", [
        "# Protokoll Teambesprechung Bezirksdirektion Brunnstadt",
        "Datum: 10.03.2026, 8:00-8:45 Uhr · Teilnehmende: B. Achternbusch, S. Wölfle, M. Okonkwo, J. Hagedorn, K. Yıldırım, F. Dietzel, L. Sommerfeld (Protokoll)",
        "# TOP 1 Posteingang und Versand",
        "Scanner BRU-MFP-02: Techniker kommt am 12.03., bis dahin Belege einzeln auflegen. Belege von Kunden (Arztrechnungen, Rezepte, Kostenvoranschläge) werden am selben Tag gescannt und in die Fachabteilung gegeben; Originale gehen an die Kunden zurück.",
        "Versand: Alles mit Gesundheitsangaben, Kontodaten oder Vertragsdetails nur über SecureMail bzw. mit Betreff-Kennzeichnung. Im Februar gab es einen Fehlversand (Bericht an Datenschutz ist erfolgt). Nächste Woche kurze Auffrischung durch Herrn Achternbusch.",
        "# TOP 2 Gesundheitstag 21.03.",
        [["Zeit", "Standdienst", "Thema"],
         ["10-12 Uhr", "Wölfle, Sommerfeld", "Zahnzusatz, Pflegezusatz"],
         ["12-14 Uhr", "Yıldırım, Okonkwo", "Unfall Kinder, Expat-Fragen"],
         ["Aufbau 9 Uhr", "Achternbusch, Hagedorn", "Roll-up, Flyer, Kaffee"]],
        "Die Stadt stellt Tische; Blutdruckmessung macht ausschließlich das DRK, wir messen nichts und notieren keine Werte.",
        "# TOP 3 Ausbildung",
        "Lea wechselt ab April für vier Wochen in die Schadenabteilung (Hagedorn). Projektarbeit Berufsschule: Datenschutz in der Geschäftsstelle.",
        "# TOP 4 Sonstiges",
        "Osterbrunch am 27.03. - Liste hängt in der Küche. Parkplätze hinter dem Haus während der Trocknung bei Dr. Veith teilweise belegt.",
    ], title="Protokoll Teambesprechung", creator="Lea Sommerfeld", day=10)
    return msg(SOMMERFELD, TEAM_BD, "Protokoll Teambesprechung 10.03.",
               dt(10, 9, 34, 2), Mixed(T(body), att))


@mail("C", "en", "insurer-to-customer",
      "household policy schedule as PDF: names, birth dates, insured address, sum insured, premium and IBAN")
def m037():
    ib = iban_de("50862917", "3300417762")
    body = dedent("""
        Dear Mrs Holloway,

        lovely to see you and your husband last week! As promised, your household
        contents insurance is now in force. Attached you'll find the policy
        schedule (Versicherungsschein); the German terms and conditions follow
        by post.

        Please check the details, in particular the living space (we took 78 m2
        from your tenancy agreement) - if it is wrong, the sum insured would be
        too.

        And thank you for the shortbread. It did not survive the afternoon.

        Kind regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    att = A_pdf("Policy_schedule_HR_4471-901337.pdf", [
        "# Versicherungsschein / Policy schedule",
        "Auental Allgemeine Versicherung AG - Hausratversicherung (household contents)",
        "",
        "Policy number: HR 4471-901337      Start: 01.03.2026, 12:00",
        "Policyholders: Margaret Holloway, born 14.05.1954",
        "               Geoffrey Holloway, born 02.09.1951",
        "Insured address: Lindenweg 4, 2nd floor left, 63999 Brunnstadt",
        "",
        "Living space: 78 m2    Sum insured: EUR 58,500 (EUR 750 per m2, underinsurance waiver)",
        "Cover: fire, lightning, explosion, burglary, vandalism, water, storm/hail",
        "Extras: bicycles up to EUR 1,500, glass breakage (cooker hob incl.)",
        "Deductible: none",
        "",
        "Annual premium: EUR 142.38 incl. 19 % insurance tax",
        "Payment: annually by SEPA direct debit",
        "Account: %s (Sparkasse Brunnstadt-Auental), mandate ref. HR4471901337-01" % grp(ib),
        "",
        "Brunnstadt branch office, Marktplatz 7 - your contact: Martina Okonkwo",
    ], title="Policy schedule HR 4471-901337", day=10)
    return msg(OKONKWO, ("Margaret Holloway", "m.holloway@inbox-mail.example"),
               "Your household insurance - policy schedule", dt(10, 11, 15, 27),
               Mixed(T(asciify(body), charset="us-ascii", cte="7bit"), att),
               mailer="thunderbird")


@mail("S", "de", "doctor",
      "physiotherapy practice's question forwarded to health claims: named patient, lymph drainage after breast cancer surgery, prescription")
def m038():
    orig = dedent("""
        Sehr geehrte Damen und Herren,

        unsere Patientin Frau Mirjam Sattler (geb. 09.03.1968, bei Ihnen
        privat versichert) ist seit Januar bei uns in Behandlung: manuelle
        Lymphdrainage 60 Min. und Kompressionsbandagierung am linken Arm nach
        Mastektomie links und Axilladissektion (Mammakarzinom, OP 11/2025).
        Verordnung Dr. Aydin über 3 x 10 Behandlungen, Dauerverordnung wird
        angestrebt.

        Frau Sattler fragt, ob wir direkt mit Ihnen abrechnen können, da die
        Vorleistung für sie gerade schwierig ist. Ist das möglich, und welche
        Unterlagen brauchen Sie dafür? Die erste Rechnung über 10 Behandlungen
        (MLD 60: 10 x 58,00 EUR, Kompression 10 x 14,50 EUR) liegt vor.

        Mit freundlichen Grüßen
        Carina Lenz
        Physiotherapie am Stadtpark · Parkstraße 2 · 63999 Brunnstadt""")
    body = dedent("""
        Hallo liebes Leistungsteam,

        unten die Anfrage der Physiopraxis am Stadtpark zu Frau Sattler
        (KV 4471-120-43). Direktabrechnung machen wir ja eigentlich nicht, aber
        Frau Sattler war heute selbst bei uns und ist finanziell gerade wirklich
        knapp (Chemo, Krankengeld ausgelaufen). Könnt ihr prüfen, ob ausnahmsweise
        eine Abtretung/Direktzahlung an die Praxis geht? Sonst bitte wenigstens
        schnelle Erstattung.

        Danke euch!
        Sabine

        """) + ol_de("Physiotherapie am Stadtpark <info@physio-stadtpark.example>",
                     "Montag, 9. März 2026 16:55",
                     "bd-brunnstadt@auental-versicherung.example",
                     "Direktabrechnung Patientin Sattler") + "\n" + orig
    body += closing(WOELFLE, footer=False)
    return msg(WOELFLE, LEISTUNG_KV, "[vertraulich] WG: Direktabrechnung Patientin Sattler",
               dt(10, 12, 40, 50), T(body))


@mail("C", "de", "insurer-to-customer",
      "legal expenses cover confirmation for a tenancy dispute: policy and claim number, landlord, rent reduction amount")
def m039():
    body = dedent("""
        Sehr geehrte Frau Lechner,

        Ihre Rechtsschutzversicherung RS 4471-287701 (Privat-, Berufs- und
        Wohnungsrechtsschutz) übernimmt die Kosten für die Auseinandersetzung mit
        Ihrem Vermieter. Unsere Deckungszusage:

          Schadennummer:      RS-2026-004417
          Gegenseite:         Hausverwaltung Grunwald & Partner GmbH für den
                              Eigentümer Herrn Konrad Eibl
          Gegenstand:         Mietminderung um 15 % (97,50 EUR monatlich) wegen
                              Schimmel im Schlafzimmer seit 11/2025, Streit über
                              die Nebenkostenabrechnung 2024
          Zusage für:         außergerichtliche Tätigkeit Ihres Anwalts,
                              Selbstbeteiligung 150 EUR

        Sie haben freie Anwaltswahl. Wenn Sie keinen Anwalt kennen, nennen wir
        Ihnen gern Kanzleien in der Region mit Schwerpunkt Mietrecht. Bitte geben
        Sie Ihrem Anwalt die Schadennummer; er rechnet dann direkt mit uns ab.

        Für eine gerichtliche Klärung bräuchten wir vorher eine gesonderte Anfrage
        Ihres Anwalts. Die Deckungszusage zum Weitergeben an Ihren Anwalt finden
        Sie im Anhang.

        Mit freundlichen Grüßen
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Andrea Lechner", "andrea.lechner@mailo.example"),
               "Deckungszusage Rechtsschutz RS-2026-004417 (Mietsache)",
               dt(10, 14, 5, 0),
               Mixed(T(body, cte="8bit"),
                     A_docx("Deckungszusage_RS-2026-004417.docx", [
                         "# Deckungszusage Rechtsschutz",
                         "Auental Allgemeine Versicherung AG - Rechtsschutz",
                         "Versicherungsnehmerin: Andrea Lechner, Gartenweg 5, 63999 Brunnstadt",
                         "Vertrag RS 4471-287701 · Schadennummer RS-2026-004417",
                         "Gegenstand: Mietminderung wegen Schimmel, Nebenkostenabrechnung 2024; Gegenseite Hausverwaltung Grunwald & Partner GmbH",
                         "Umfang: außergerichtliche Wahrnehmung rechtlicher Interessen, Selbstbeteiligung 150 EUR",
                         "Abrechnung nach RVG direkt mit der Auental unter Angabe der Schadennummer.",
                     ], title="Deckungszusage", creator="Sabine Wölfle", day=10)))


@mail("S", "en", "insurer-to-customer",
      "benefit statement PDF for a named customer: physiotherapy after knee ligament surgery, amounts reimbursed; body only says 'statement attached'")
def m040():
    body = dedent("""
        Dear Siobhan,

        good news - your physio invoices have been processed, the statement is
        attached. The money should be in your account within 2-3 working days.

        For the remaining sessions you don't need to send the prescription
        again; just upload the invoices in the app.

        All the best
        Martina""") + closing(OKONKWO, en=True)
    att = A_pdf("Benefit_statement_KV4471-318-02_2026-03-10.pdf", [
        "# Leistungsabrechnung / Benefit statement",
        "Auental Krankenversicherung AG - Leistungsservice Kranken",
        "",
        "Insured person: Siobhan Carey, born 17.01.1991",
        "Policy: KV 4471-318-02, tariff KV-Komfort 80",
        "Statement date: 10.03.2026",
        "",
        "Invoice  Provider                         Treatment                 Amount   Reimbursed",
        "R-0207   Physiotherapie am Stadtpark      KG + MLD, 6 sessions      318.00   318.00",
        "R-0221   Physiotherapie am Stadtpark      KG + MLD, 6 sessions      318.00   318.00",
        "",
        "Diagnosis on prescription: S83.53 rupture of anterior cruciate ligament, left knee;",
        "status post ACL reconstruction 03.02.2026 (Kreisklinik Brunnstadt)",
        "",
        "Total reimbursed: EUR 636.00 - transferred to your account ending ...4410",
        "Deductible 2026 remaining: EUR 0.00",
    ], title="Benefit statement", day=10)
    return msg(OKONKWO, ("Siobhan Carey", "siobhan.carey@mailo.example"),
               "Your physio invoices", dt(10, 16, 22, 37), Mixed(T(body), att))


@mail("N", "de", "insurer-to-company",
      "trap: invitation of a local bakery (employer) to an info evening on company health insurance (bKV) with ICS; benefits and prices in general")
def m041():
    body = dedent("""
        Sehr geehrte Frau Hummel,

        Sie hatten beim Neujahrsempfang der Gewerbegemeinschaft gefragt, wie andere
        Betriebe im Handwerk Fachkräfte halten. Ein Baustein, der gerade sehr gut
        ankommt, ist die betriebliche Krankenversicherung (bKV):

          - Sie zahlen für jeden Mitarbeitenden einen festen Monatsbeitrag
            (z. B. 25 EUR für ein Gesundheitsbudget von 600 EUR im Jahr),
          - die Beschäftigten können das Budget frei für Brille, Zahnreinigung,
            Heilpraktiker, Vorsorgeuntersuchungen oder Physiotherapie einsetzen,
          - ohne Gesundheitsprüfung und ohne Wartezeiten, auch Vorerkrankungen
            sind mitversichert,
          - der Beitrag ist bis 50 EUR monatlich als Sachbezug lohnsteuerfrei.

        Wir laden am 24. März um 18:30 Uhr zu einem kurzen Infoabend für
        Arbeitgeber aus Brunnstadt in unsere Geschäftsstelle ein - mit Brezen
        (gern von Ihnen!) und einem Praxisbericht der Elektro Schuster e.K., die
        das seit einem Jahr anbieten. Die Einladung liegt als Kalendereintrag bei.

        Mit freundlichen Grüßen
        Frank Dietzel""") + closing(DIETZEL)
    att = A_ics("Infoabend_bKV_24-03-2026.ics", "Infoabend betriebliche Krankenversicherung für Arbeitgeber",
                "20260324T183000", "20260324T200000",
                "Auental Bezirksdirektion Brunnstadt, Marktplatz 7",
                "bKV kompakt: Budgettarife, Steuer und Sozialversicherung, Erfahrungsbericht aus einem Brunnstädter Betrieb.",
                "infoabend-bkv-20260324@auental-versicherung.example",
                ("Frank Dietzel", DIETZEL.addr),
                attendees=[("Claudia Hummel", "c.hummel@baeckerei-hummel.example")],
                stamp="20260310T090000Z")
    return msg(DIETZEL, ("Claudia Hummel (Bäckerei Hummel GmbH)", "c.hummel@baeckerei-hummel.example"),
               "Einladung: Infoabend betriebliche Krankenversicherung am 24.3.",
               dt(11, 8, 5, 40), Mixed(T(body), att))


@mail("C", "de", "broker",
      "broker's request forwarded to property underwriting: named customer with birth date, insured address, previous claims, building data")
def m042():
    orig = dedent("""
        Hallo Herr Dietzel,

        ich bräuchte bitte en Angebot Wohngebäude für nen Neukunden, der vom
        Mitbewerber kommt (Kündigung zum 01.05. ist raus):

        VN: Korbinian Mittermeier, geb. 28.02.1972
        Objekt: Zweifamilienhaus, Am Sonnenhang 8, 63999 Brunnstadt-Kaltenweiler
        Baujahr 1978, 2012 Dach neu, 2019 Heizung (Wärmepumpe), PV-Anlage 9,8 kWp
        Wohnfläche 212 m², Keller, Doppelgarage
        Vorschäden letzte 5 Jahre: 2021 Leitungswasser 4.200 EUR,
        2024 Sturm (Ziegel) 1.150 EUR
        Gewünscht: Feuer, LW, Sturm/Hagel, Elementar, PV mit, SB 500 EUR

        Der Kunde ist preissensibel, aktuell zahlt er 1.318 EUR/Jahr.

        Besten Dank und Gruß
        Hanno Wiegand
        Wiegand Maklerkontor · Bahnhofstraße 40 · 63999 Brunnstadt""")
    body = dedent("""
        Hallo Uwe,

        kannst du mir dafür bitte ein Angebot rechnen? Elementar ist in
        Kaltenweiler Zone 1, sollte also gehen. Wegen der zwei Vorschäden würde
        ich SB 500 vorschlagen wie gewünscht, ohne Zuschlag wenn möglich - der
        Makler bringt uns dieses Jahr schon den dritten Gebäudekunden.

        Danke dir,
        Frank

        """) + ol_de("Hanno Wiegand <h.wiegand@wiegand-makler.example>",
                     "Dienstag, 10. März 2026 17:40",
                     "Dietzel, Frank <frank.dietzel@auental-versicherung.example>",
                     "Angebot WG Mittermeier") + "\n" + orig
    body += closing(DIETZEL, footer=False)
    return msg(DIETZEL, KRANICH, "WG: Angebot WG Mittermeier", dt(11, 9, 12, 3), T(body))


@mail("N", "en", "insurer-to-supplier",
      "trap: translation order for product leaflets (dental, care, disability) to an agency; word counts and deadlines, no person")
def m043():
    body = dedent("""
        Dear Mr Ferreira,

        thank you for the quick quote. We'd like to go ahead with the following
        German > English translations for our branch office:

          1. Product information sheet ZahnPlus (dental top-up)       1,180 words
          2. Product information sheet Pflegezusatz (long-term care)  1,420 words
          3. Leaflet "Disability insurance (BU) - why it matters"       860 words
          4. One-pager "Insurance in Germany explained"                  640 words

        Total 4,100 words at EUR 0.14 = EUR 574.00 net, as quoted. Deadline
        Friday 27 March. Our head office marketing (Ms Dubois-Weber) will do
        the final check.

        Please keep the German technical terms in brackets on first use, e.g.
        "long-term care allowance (Pflegetagegeld)", "waiting period (Wartezeit)",
        "occupational disability (Berufsunfähigkeit)". Our customers need to
        recognise them in German letters.

        The source files are in the shared folder you received the link to
        yesterday. Invoice to: Auental Versicherungen, Brunnstadt branch office,
        cost centre 4471-300.

        Kind regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Linguaforte Translations - Rui Ferreira", "projects@linguaforte.example"),
               "Order: translation of 4 product leaflets DE>EN", dt(11, 10, 2, 17),
               T(asciify(body), charset="us-ascii", cte="7bit"), cc=DUBOIS)


@mail("S", "de", "insurer-to-customer",
      "motor liability claim after a rear-end collision: the injured third party's whiplash injury, doctor's certificate and sick leave")
def m044():
    body = dedent("""
        Sehr geehrter Herr Zollner,

        zu Ihrem Auffahrunfall vom 27.02.2026 an der Ampel Bahnhofstraße /
        Ringstraße möchte ich Sie über den Stand informieren, da Sie danach gefragt
        haben.

        Der Fahrer des vorderen Fahrzeugs, Herr Patrick Oswald, hat über seinen
        Anwalt Ansprüche angemeldet. Neben dem Fahrzeugschaden (Gutachten
        3.870 EUR) macht er Personenschaden geltend: Laut Attest der
        Gemeinschaftspraxis Dr. Lorenz & Dr. Aydin wurde am Unfalltag eine
        HWS-Distorsion (Schleudertrauma, ICD S13.4) festgestellt, er war zwei
        Wochen arbeitsunfähig geschrieben und bekommt Physiotherapie.
        Gefordert werden ein Schmerzensgeld von 1.500 EUR sowie Verdienstausfall.

        Das alles regulieren wir über Ihre Kfz-Haftpflicht (KF 4471-228815,
        Schaden KH-2026-069930); Sie müssen nichts weiter tun. Ihr
        Schadenfreiheitsrabatt wird allerdings zum 01.01.2027 zurückgestuft -
        die genaue Höhe sage ich Ihnen, sobald der Fall abgeschlossen ist. Sie
        können den Schaden dann auch selbst zurückkaufen, wenn sich das lohnt.

        Bitte behandeln Sie die Angaben zur Verletzung vertraulich; ich teile sie
        Ihnen nur mit, weil Sie als Versicherungsnehmer ein Recht auf Auskunft
        haben.

        Mit freundlichen Grüßen
        Jens Hagedorn""") + closing(HAGEDORN, dash=False)
    return msg(HAGEDORN, ("Bernhard Zollner", "b.zollner@postfach24.example"),
               "[vertraulich] Ihr Unfall vom 27.02. – Stand der Regulierung",
               dt(11, 11, 30, 6), T(body))


@mail("N", "de", "insurer-to-authority",
      "electronics insurance offer for the town library's equipment (XLSX inventory with values); municipal property, no person")
def m045():
    body = dedent("""
        Sehr geehrter Herr Dr. Kammerlander,

        wie in der Sitzung des Kulturausschusses angesprochen, übersende ich Ihnen
        unser Angebot für eine Elektronikversicherung der Stadtbücherei im
        Bürgerhaus. Versichert wären die in der Anlage aufgeführten Geräte zum
        Neuwert gegen Bedienungsfehler, Vandalismus, Überspannung, Wasser und
        Diebstahl.

          Versicherungssumme:  48.950 EUR (Liste Stand 02/2026)
          Selbstbeteiligung:   150 EUR je Schaden
          Jahresbeitrag:       612,00 EUR zzgl. 19 % Versicherungsteuer
          Laufzeit:            1 Jahr, Verlängerung jeweils um 1 Jahr

        Die Liste haben wir aus Ihrem Inventarverzeichnis übernommen; bitte
        prüfen Sie, ob die drei Leih-Tablets der Schulen mitversichert werden
        sollen.

        Das Angebot gilt bis 30.04.2026. Für eine Vergabe nach Ihren
        Beschaffungsrichtlinien stellen wir Ihnen gern die Unterlagen auch im
        gewünschten Format zur Verfügung.

        Mit freundlichen Grüßen
        Frank Dietzel""") + closing(DIETZEL, dash=False)
    rows = [["Pos.", "Gerät", "Anzahl", "Neuwert je Stück (EUR)", "Summe (EUR)", "Standort"],
            [1, "RFID-Selbstverbucher", 2, 8900, 17800, "EG Ausleihe"],
            [2, "RFID-Rückgabeautomat mit Sortierung", 1, 14500, 14500, "EG Eingang"],
            [3, "PC-Arbeitsplätze Katalog (All-in-One)", 6, 950, 5700, "EG/OG"],
            [4, "Mitarbeiter-PCs", 4, 1100, 4400, "Büro"],
            [5, "Tablets Leseförderung", 12, 320, 3840, "Kinderbücherei"],
            [6, "Multifunktionsdrucker", 1, 1890, 1890, "Büro"],
            [7, "Beamer + Leinwand Veranstaltungsraum", 1, 820, 820, "OG"],
            ["", "Summe", "", "", 48950, ""]]
    att = A_xlsx("Angebot_Elektronik_Stadtbuecherei_Inventar.xlsx", [("Inventar", rows)],
                 title="Elektronikversicherung Stadtbücherei", creator="Frank Dietzel", day=11)
    return msg(DIETZEL, ("Dr. Johannes Kammerlander (Stadt Brunnstadt, Kulturamt)",
                         "kulturamt@stadt-brunnstadt.example"),
               "Angebot Elektronikversicherung Stadtbücherei", dt(11, 14, 18, 0),
               Mixed(T(body), att))


@mail("C", "en", "insurer-to-customer",
      "rent deposit guarantee for a student: net income, scholarship amount, landlord, deposit sum")
def m046():
    body = dedent("""
        Hi Ana,

        thanks for sending the documents. I've checked them for the rent deposit
        guarantee (Mietkautionsbürgschaft), and it looks fine:

          Tenant:            Ana Beatriz Sousa
          Landlord:          Mr Ludwig Schwab, Schillerstrasse 9, Brunnstadt
          Deposit required:  EUR 1,140.00 (3 x basic rent of EUR 380)
          Your income:       scholarship EUR 934/month (DAAD) + student job at
                             the Hochschule library EUR 520/month
          Fee:               4.5 % of the deposit = EUR 51.30 per year

        Because you're on a scholarship, head office asked for one more thing:
        the confirmation that the scholarship runs at least until September 2027.
        Your award letter only mentions 2026. Can you ask the International
        Office for a short letter?

        As soon as I have it, the guarantee certificate goes straight to
        Mr Schwab, and you can keep your EUR 1,140 in your account.

        Best
        Martina""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Ana Sousa", "ana.sousa@stud.hs-brunnstadt.example"),
               "Rent deposit guarantee - one more document", dt(11, 15, 47, 51),
               T(body, cte="8bit"), mailer="thunderbird")


@mail("S", "de", "insurer-to-customer",
      "approval of a dentist's treatment and cost plan: named customer, tooth numbers, crowns, bridge, periodontitis, amounts (PDF)")
def m047():
    body = dedent("""
        Sehr geehrte Frau Kraus,

        gute Nachricht: Wir haben den Heil- und Kostenplan von Frau Dr. Veith
        geprüft. Die Leistungszusage finden Sie im Anhang.

        Kurz zusammengefasst übernehmen wir aus Ihrem Tarif ZahnPlus 90 voraussichtlich
        2.736,45 EUR der geplanten 3.412,80 EUR. Die genaue Erstattung richtet sich
        nach der späteren Rechnung.

        Bitte beachten Sie: Die Parodontitis-Vorbehandlung muss laut Plan vor der
        Brücke abgeschlossen sein. Die Kosten dafür rechnet die Praxis separat ab.

        Viele Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    att = A_pdf("Leistungszusage_HKP_Kraus_2026-03.pdf", [
        "# Leistungszusage zum Heil- und Kostenplan",
        "Auental Krankenversicherung AG - Leistungsservice Zahn",
        "",
        "Versicherte Person: Bettina Kraus, geb. 11.01.1979",
        "Vertrag: ZV 4471-388-21, Tarif ZahnPlus 90 (seit 01.06.2019, Wartezeit erfüllt)",
        "Heil- und Kostenplan: Zahnarztpraxis Dr. Katharina Veith, vom 23.02.2026",
        "",
        "Befund/Planung:",
        "  Zahn 25 fehlt, 24 und 26 überkront: Brücke 24-26 (vollverblendet, Zirkon)",
        "  Zahn 16: Teilkrone Keramik nach Wurzelkanalbehandlung",
        "  Vorbehandlung: systematische Parodontitistherapie (Stadium II, Grad B)",
        "",
        "Geplante Kosten gesamt:           3.412,80 EUR",
        "davon erstattungsfähig:           3.040,50 EUR",
        "Erstattung 90 %:                  2.736,45 EUR",
        "Verbleibender Eigenanteil:          676,35 EUR",
        "",
        "Die Zusage gilt für eine Behandlung bis 31.12.2026.",
    ], title="Leistungszusage HKP", day=11)
    return msg(WOELFLE, ("Bettina Kraus", "bettina.kraus@familienpost.example"),
               "Ihr Heil- und Kostenplan – Leistungszusage", dt(12, 8, 40, 12),
               Mixed(T(body), att))


@mail("N", "de", "internal",
      "trainee asks her mentor about vocational school days and a project on data protection; no personal or customer data")
def m048():
    body = dedent("""
        Hallo Sabine,

        kurze Frage, bevor ich es vergesse: Die Berufsschule hat den Blockunterricht
        im Mai verschoben, ich bin jetzt vom 4. bis 22. Mai komplett weg (nicht wie
        im Ausbildungsplan 11.-29.). Kannst du das im Kalender ändern oder soll ich
        das Bernd schreiben?

        Und für meine Projektarbeit "Datenschutz in der Geschäftsstelle" darf ich
        laut Herrn Achternbusch ein paar Abläufe bei uns beschreiben (Posteingang,
        Scannen, Versand über SecureMail). Natürlich ohne Kundendaten, nur wie es
        abläuft. Hättest du mal 30 Minuten, um mir zu erklären, wie das mit den
        Belegen von Kunden am Schalter läuft? Donnerstag nach der Mittagspause
        vielleicht?

        Danke dir!
        Lea""")
    return msg(SOMMERFELD, WOELFLE, "Berufsschule Mai + Projektarbeit", dt(12, 9, 55, 30),
               T(body, cte="8bit", flowed=True), mailer="thunderbird")


@mail("N", "mixed", "insurer-to-club",
      "bilingual invitation to a twin-town reception at the town hall; no personal data")
def m049():
    text = dedent("""
        Liebe Freundinnen und Freunde aus Ashcombe, dear friends from Ashcombe,

        im Namen der Städtepartnerschaft und der Brunnstädter Vereine laden wir
        Sie herzlich ein:

          Empfang im Rathaus Brunnstadt, Großer Sitzungssaal
          Freitag, 15. Mai 2026, 19:00 Uhr
          mit Bürgermeisterin Dr. Ulrike Rehm, Musikverein und kleinem Buffet

        Die Auental Bezirksdirektion Brunnstadt unterstützt den Empfang als
        Sponsor - wir freuen uns auf viele Gespräche!

        ---

        On behalf of the twin-town association and the Brunnstadt clubs we are
        delighted to invite you to a reception at the town hall (Rathaus) on
        Friday, 15 May 2026, 7 pm, with Mayor Dr Ulrike Rehm, the town band and
        a small buffet. The Auental branch office is proud to sponsor the
        evening - and we look forward to seeing you there.

        Please let us know by 30 April how many of you will come.

        Herzliche Grüße / Warm regards
        Bernd Achternbusch & Martina Okonkwo""") + closing(ACHTERNBUSCH, footer=False)
    html_ = dedent("""
        <html><body style="font-family:Verdana,sans-serif;font-size:10pt">
        <p><b>Liebe Freundinnen und Freunde aus Ashcombe, dear friends from Ashcombe,</b></p>
        <p>im Namen der Städtepartnerschaft und der Brunnstädter Vereine laden wir Sie herzlich ein:</p>
        <p style="margin-left:20px">Empfang im Rathaus Brunnstadt, Großer Sitzungssaal<br>
        <b>Freitag, 15. Mai 2026, 19:00 Uhr</b><br>
        mit Bürgermeisterin Dr. Ulrike Rehm, Musikverein und kleinem Buffet</p>
        <p>Die Auental Bezirksdirektion Brunnstadt unterstützt den Empfang als Sponsor – wir freuen uns auf viele Gespräche!</p>
        <hr>
        <p>On behalf of the twin-town association and the Brunnstadt clubs we are delighted to invite you to a reception
        at the town hall (<i>Rathaus</i>) on <b>Friday, 15 May 2026, 7 pm</b>, with Mayor Dr Ulrike Rehm, the town band and
        a small buffet. The Auental branch office is proud to sponsor the evening – and we look forward to seeing you there.</p>
        <p>Please let us know by 30 April how many of you will come.</p>
        <p>Herzliche Grüße / Warm regards<br>Bernd Achternbusch &amp; Martina Okonkwo</p>
        </body></html>""")
    return msg(ACHTERNBUSCH, [("Ashcombe Twinning Association", "twinning@ashcombe-town.example"),
                              ("Hugh Pennington", "secretary@ashcombe-cc.example")],
               "Einladung / Invitation: Empfang im Rathaus 15.5. / Reception 15 May",
               dt(12, 11, 11, 11), Alt(T(text), H(html_)),
               cc=[("Städtepartnerschaft Brunnstadt", "partnerschaft@stadt-brunnstadt.example"), OKONKWO])


@mail("C", "de", "insurer-to-customer",
      "premium reminder for motor insurance: named customer, policy number, overdue amount, legal consequences")
def m050():
    body = dedent("""
        Sehr geehrter Herr Brandstätter,

        leider konnten wir den Folgebeitrag für Ihre Kfz-Versicherung nicht
        einziehen - Ihre Bank hat die Lastschrift am 02.03.2026 zurückgegeben
        ("Konto erloschen").

          Vertrag:          KF 4471-604417, Audi A4 Avant, BRU-AB 2205
          Offener Betrag:   287,45 EUR (Beitrag 2. Quartal) + 3,00 EUR Rücklastschriftgebühr
          Zahlbar bis:      26.03.2026

        Bitte überweisen Sie den Betrag oder teilen Sie uns Ihre neue
        Bankverbindung mit, dann buchen wir erneut ab.

        Wichtig, damit es keinen Ärger gibt: Wenn der Beitrag nicht innerhalb der
        Frist bezahlt ist, sind wir nach § 38 VVG bei einem Schaden leistungsfrei
        und können den Vertrag kündigen. In der Kfz-Haftpflicht müssten wir dann
        auch die Zulassungsstelle informieren.

        Wenn Sie gerade knapp bei Kasse sind, rufen Sie mich bitte an - wir finden
        eine Lösung, z. B. eine Ratenzahlung.

        Mit freundlichen Grüßen
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Andreas Brandstätter", "a.brandstaetter@netzpost.example"),
               "Zahlungserinnerung Kfz-Versicherung KF 4471-604417", dt(12, 13, 26, 44),
               T(latin1ize(body), charset="iso-8859-1", cte="8bit"), subj_charset="iso-8859-1")


@mail("S", "de", "insurer-to-customer",
      "disability (BU) benefit claim of a roofer: herniated disc, surgery, sick leave, forms for doctors")
def m051():
    body = dedent("""
        Hallo Herr Rupprecht,

        danke, dass Sie gestern mit Ihrer Frau vorbeigekommen sind. Ich weiß, das
        ist keine leichte Situation, wenn man seit zwanzig Jahren auf dem Dach
        steht und plötzlich nicht mehr kann.

        Ich habe Ihren Antrag auf Leistungen aus der
        Berufsunfähigkeitsversicherung (BU 4471-0302915, BU-Rente 1.800 EUR
        monatlich) heute an unsere Leistungsabteilung Leben geschickt. Nach Ihren
        Angaben:

          - Bandscheibenvorfall L4/L5 mit Lähmungserscheinungen im linken Fuß,
            operiert am 14.11.2025 in der Kreisklinik (Nukleotomie),
          - danach Reha in Bad Kissingen bis 09.01.2026,
          - seit 22.09.2025 durchgehend arbeitsunfähig,
          - der Neurochirurg rät von schwerer körperlicher Arbeit dauerhaft ab.

        Die Leistungsabteilung wird sich direkt bei Ihnen melden und Ihnen die
        Fragebögen schicken (den ersten habe ich Ihnen schon angehängt, damit
        Sie in Ruhe anfangen können), u. a.:
          1. Fragebogen zur beruflichen Tätigkeit (Tätigkeitsbeschreibung
             Dachdecker mit Prozentanteilen),
          2. Schweigepflichtentbindung für Hausarzt, Neurochirurgie, Reha-Klinik,
          3. Nachweise über die Arbeitsunfähigkeit.

        Zu Ihrer Frage: Ja, für die Dauer der Prüfung können Sie die
        Beitragsstundung beantragen, damit Sie nicht doppelt belastet sind. Das
        Formular gebe ich Ihnen gern mit.

        Melden Sie sich jederzeit, wenn Sie Hilfe beim Ausfüllen brauchen.

        Mit freundlichen Grüßen
        Kemal Yıldırım""") + closing(YILDIRIM, dash=False)
    return msg(YILDIRIM, ("Stefan Rupprecht", "rupprecht.bedachungen@netzpost.example"),
               "Ihr Antrag auf BU-Leistung – wie es weitergeht", dt(12, 15, 2, 9),
               Mixed(T(body), A_docx("Fragebogen_berufliche_Taetigkeit_BU4471-0302915.docx", [
                   "# Fragebogen zur beruflichen Tätigkeit",
                   "Auental Lebensversicherung AG - Leistung Leben · BU 4471-0302915",
                   "Versicherte Person: Stefan Rupprecht, Dachdeckermeister, Inhaber Rupprecht Bedachungen",
                   "Bitte beschreiben Sie Ihre Tätigkeit vor Eintritt der gesundheitlichen Beeinträchtigung (22.09.2025):",
                   [["Tätigkeit", "Anteil an der Arbeitszeit (%)", "körperliche Belastung"],
                    ["Arbeiten auf dem Dach (Eindecken, Reparatur)", "", ""],
                    ["Materialtransport, Gerüst", "", ""],
                    ["Angebote, Aufmaß, Kundengespräche", "", ""],
                    ["Büro, Buchhaltung", "", ""]],
                   "Können Sie einzelne Tätigkeiten noch ausüben? ______________________",
               ], title="Fragebogen Tätigkeit", creator="Leistung Leben", day=12)))


KFZ_FLOTTE = P("Kfz-Flotten-Service", "kfz-flotte@" + DOM)


@mail("C", "en", "company",
      "company's mail forwarded as attachment: new company-car driver with birth date, licence number and previous claims")
def m052():
    inner_body = dedent("""
        Dear Frank,

        please add our new colleague to the fleet policy from 16 March:

          Name:              Henrik Lindqvist
          Date of birth:     11 October 1984
          Driving licence:   Swedish licence no. 19841011-2237, class B since
                             2002, exchanged for a German licence in February
                             2026 (Fuehrerschein no. B072X4R9Z11)
          Vehicle:           BRU-MP 110 (Skoda Kodiaq), main driver
          Previous claims:   one at-fault claim in 2023 in Sweden (rear-end,
                             about SEK 28,000), no claims since

        He will also use the pool cars now and then.

        Thanks,
        Nadia

        Nadia Brooks
        HR & Facilities Manager
        Meridian Precision GmbH, Industriestrasse 12, 63999 Brunnstadt""")
    inner = build(_CUR[0], ("Nadia Brooks", "n.brooks@meridian-precision.example"),
                  ("Frank Dietzel", DIETZEL.addr), "New driver for the fleet - Henrik Lindqvist",
                  dt(12, 16, 30, 12), T(inner_body, charset="us-ascii", cte="7bit"),
                  mailer="outlook", mid_host="meridian-precision.example", sub=1)
    body = dedent("""
        Hi team,

        please see the attached mail from Meridian (fleet policy FL-7720-0413):
        new main driver for BRU-MP 110 from 16 March. The Swedish previous claim
        should not matter for a fleet rated on the fleet's own claims history,
        but please note it in the file.

        Thanks
        Frank""") + closing(DIETZEL, en=True, footer=False)
    return msg(DIETZEL, KFZ_FLOTTE, "FW: New driver for the fleet - Henrik Lindqvist",
               dt(13, 8, 22, 5), Mixed(T(body), Eml(inner, "New driver for the fleet - Henrik Lindqvist.eml")))


@mail("N", "de", "insurer-to-customer",
      "portal notification mail without content: 'you have a new message', login link only")
def m053():
    body = dedent("""
        Guten Tag,

        in Ihrem Auental SecureMail-Postfach liegt eine neue Nachricht für Sie
        bereit.

        Absender:  Bezirksdirektion Brunnstadt
        Eingang:   13.03.2026, 08:41 Uhr

        Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte
        melden Sie sich zum Lesen hier an:
        https://securemail.auental-versicherung.example/login

        Die Nachricht steht 90 Tage zum Abruf bereit. Falls Sie Ihr Passwort
        vergessen haben, können Sie es über die Sicherheitsfrage zurücksetzen.

        Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht
        darauf.

        Auental Versicherungen""")
    return msg(NOREPLY, ("", "m.weinzierl@postfach24.example"),
               "Neue Nachricht in Ihrem SecureMail-Postfach", dt(13, 8, 41, 30),
               T(body, charset="utf-8", cte="quoted-printable"), mailer="system",
               mid_host="securemail." + DOM,
               extra=[("Auto-Submitted", "auto-generated")])


@mail("S", "de", "insurer-to-company",
      "company pension (bAV direct life insurance) for a named bakery employee: gross salary, deferred amount, birth date")
def m054():
    body = dedent("""
        Sehr geehrte Frau Hummel,

        wie besprochen hier die Zusammenfassung zur Entgeltumwandlung Ihrer
        Mitarbeiterin für die Lohnabrechnung:

          Mitarbeiterin:       Laura Menges, geb. 07.12.1996, Konditorin
          Bruttogehalt:        2.980,00 EUR monatlich
          Umwandlungsbetrag:   150,00 EUR monatlich aus dem Bruttogehalt
          Arbeitgeberzuschuss: 22,50 EUR (15 % nach § 1a Abs. 1a BetrAVG)
          Gesamtbeitrag:       172,50 EUR monatlich
          Vertrag:             Direktversicherung LV-D 4471-0521188,
                               Beginn 01.04.2026, Rentenbeginn mit 67
          Steuer/SV:           steuerfrei nach § 3 Nr. 63 EStG, sozialversicherungsfrei
                               bis 4 % der BBG

        Netto kostet es Frau Menges nach unserer Beispielrechnung etwa 79 EUR im
        Monat. Die Entgeltumwandlungsvereinbarung hat sie unterschrieben, die
        Kopie für Ihre Personalakte liegt bei uns zur Abholung bereit.

        Bitte leiten Sie die Daten an Ihr Lohnbüro weiter. Den ersten Beitrag
        buchen wir Mitte April ab.

        Mit freundlichen Grüßen
        Frank Dietzel""") + closing(DIETZEL, dash=False)
    return msg(DIETZEL, ("Claudia Hummel (Bäckerei Hummel GmbH)", "c.hummel@baeckerei-hummel.example"),
               "Entgeltumwandlung Laura Menges – Daten für die Lohnabrechnung",
               dt(13, 9, 50, 38), T(body), cc=("Lohnbüro Straubinger", "lohn@lohnbuero-straubinger.example"))


@mail("S", "en", "insurer-to-customer",
      "maternity claim and newborn enrolment: birth by caesarean section, hospital stay, baby's birth date and neonatal jaundice")
def m055():
    body = dedent("""
        Dear Mrs Whitfield,

        congratulations on the birth of your daughter! Daniel called us this
        morning and told us that both of you are doing well - we are so happy
        for your family.

        As discussed with him, here are the next steps:

        1. Registering Lily
           Lily (born 11 March 2026, Kreisklinik Brunnstadt) can be added to
           the family health insurance KV 4471-702-55 without any health
           questions, as long as we receive the registration within two months.
           I've attached nothing yet - the form will come via the secure portal
           today. We only need her birth certificate.

        2. Your hospital bill
           The Kreisklinik bills us directly for the caesarean section and your
           stay. The two extra days for Lily's phototherapy (neonatal jaundice)
           will appear on her own bill; once she's registered, that is covered
           from birth.

        3. Midwife
           The aftercare midwife can send her invoices to you; please upload them
           in the app as usual.

        Rest as much as you can - the paperwork can wait a few days.

        Warm regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Karen Whitfield", "karen.whitfield@webpost.example"),
               "Congratulations - and registering Lily", dt(13, 11, 3, 58),
               T(body), cc=("Daniel Whitfield", "danwhit@webpost.example"))


@mail("C", "de", "insurer-to-customer",
      "storm claim on a named customer's house: claim number, insured address, damage; assessor appointment as ICS")
def m056():
    body = dedent("""
        Sehr geehrter Herr Wimmer,

        zu Ihrem Sturmschaden vom 26.02. (Schaden WG-2026-031502, Wohngebäude
        WG 4471-117730) habe ich einen Termin für die Besichtigung eingetragen,
        siehe Kalendereinladung im Anhang:

          Dienstag, 17.03.2026, 10:00 Uhr
          Bachgasse 3, 63999 Brunnstadt-Oberbrunn

        Bei dem Umfang (ca. 25 m² Dachfläche, Ortgang und Dachrinne auf der
        Westseite) kommt der Sachverständige Herr Dipl.-Ing. Reinhard Moll mit. Die
        Notabdeckung mit Plane durch die Firma Dachbau Greiner war richtig und wird
        natürlich erstattet - bitte die Rechnung aufheben.

        Falls der Termin nicht passt, rufen Sie mich einfach auf dem Handy an.

        Mit freundlichen Grüßen
        Jens Hagedorn""") + closing(HAGEDORN, dash=False)
    att = A_ics("Besichtigung_WG-2026-031502.ics", "Besichtigung Sturmschaden WG-2026-031502 (Wimmer)",
                "20260317T100000", "20260317T113000",
                "Bachgasse 3, 63999 Brunnstadt-Oberbrunn",
                "Schadenbesichtigung Dach mit SV Moll. Kunde: Alois Wimmer, Tel. 06099 52 18.",
                "wg-2026-031502-besichtigung@auental-versicherung.example",
                ("Jens Hagedorn", HAGEDORN.addr),
                attendees=[("Alois Wimmer", "alois.wimmer@brunnstadt-net.example"),
                           ("Reinhard Moll", "moll@sv-moll.example")],
                stamp="20260313T100000Z")
    return msg(HAGEDORN, ("Alois Wimmer", "alois.wimmer@brunnstadt-net.example"),
               "Besichtigung Ihres Sturmschadens am 17.03.", dt(13, 11, 48, 20),
               Mixed(T(latin1ize(body), charset="iso-8859-1"), att),
               cc=("Reinhard Moll", "moll@sv-moll.example"))


@mail("N", "de", "internal",
      "trap: head-office circular with 2025 claims and benefit statistics per line and region (CSV), incl. health and BU figures; aggregates only")
def m057():
    body = dedent("""
        Zur Info fürs Team - die BU-Zahlen sind gut für die Gespräche mit jungen
        Handwerkern, die Wildunfälle für die Kfz-Beratung.

        Bernd

        """) + ol_de("Vertriebssteuerung Privatkunden <vertriebssteuerung@auental-versicherung.example>",
                     "Freitag, 13. März 2026 11:02",
                     "BD-Leitungen <bd-leitungen@auental-versicherung.example>",
                     "Schaden- und Leistungsstatistik 2025 für die Bezirksdirektionen") + "\n" + dedent("""
        Liebe Kolleginnen und Kollegen in den Bezirksdirektionen,

        anbei wie jedes Jahr die Schaden- und Leistungsstatistik 2025 für Ihre
        Region zur Verwendung in Kundengesprächen und Vertriebsveranstaltungen.

        Einige Auffälligkeiten:
          - Sturm/Hagel: +38 % Schadenaufwand ggü. 2024 (Tief "Zoltan" im Oktober)
          - Kranken: durchschnittliche Erstattung je Versicherten 2.184 EUR,
            stärkster Anstieg bei Arzneimitteln und Psychotherapie
          - BU: häufigste Leistungsursachen weiterhin psychische Erkrankungen
            (34 %), Rücken/Bewegungsapparat (21 %) und Krebs (17 %)
          - Kfz: Wildunfälle im Landkreis Brunnstadt auf Rekordhoch

        Bitte beachten: Die Zahlen sind aggregiert; Zellen mit weniger als 10
        Fällen sind zusammengefasst. Eine Weitergabe an Dritte ist ausdrücklich
        erlaubt (z. B. Presse, Vereine).

        Mit freundlichen Grüßen
        Vertriebssteuerung Privatkunden, Hauptverwaltung Hohenfurt""")
    rows = [["Region", "Sparte", "Anzahl Fälle 2025", "Aufwand EUR 2025", "Veränderung ggü. 2024"],
            ["BD Brunnstadt", "Kfz-Haftpflicht", "612", "2.417.300", "+6 %"],
            ["BD Brunnstadt", "Kfz-Kasko (davon Wild 188)", "904", "2.981.450", "+11 %"],
            ["BD Brunnstadt", "Wohngebäude", "377", "1.902.800", "+31 %"],
            ["BD Brunnstadt", "Hausrat", "261", "402.150", "+4 %"],
            ["BD Brunnstadt", "Privathaftpflicht", "198", "211.900", "-2 %"],
            ["BD Brunnstadt", "Unfall", "84", "688.400", "+9 %"],
            ["BD Brunnstadt", "Krankheitskosten (Belege)", "21.480", "9.716.000", "+7 %"],
            ["BD Brunnstadt", "BU-Leistungsfälle neu", "11", "1.210.000 (Barwert)", "+2 Fälle"],
            ["BD Brunnstadt", "Leben Todesfall", "23", "1.044.600", "-4 %"]]
    att = A_csv("Schadenstatistik_2025_BD_Brunnstadt.csv", rows, charset="utf-8")
    return msg(ACHTERNBUSCH, TEAM_BD, "WG: Schaden- und Leistungsstatistik 2025 für die Bezirksdirektionen",
               dt(13, 13, 15, 0), Mixed(T(body), att))


@mail("N", "en", "insurer-to-partner",
      "trap: job advert for an English-speaking customer service advisor sent to the university careers service; staff benefits incl. health, no applicant")
def m058():
    body = dedent("""
        Dear Ms Varga,

        could you please post the following job advert on the careers portal and
        in your newsletter for international graduates? An HTML version for the
        portal is attached. Thank you!

        ------------------------------------------------------------
        Customer Service Advisor (m/f/d) - English & German
        Auental Versicherungen, Brunnstadt branch office
        Full-time or 30 hours, permanent, start: 1 June 2026

        What you'll do
        - advise private customers - many of them international - on motor,
          household, liability, health and pension products
        - help customers with claims, from a stolen bike to a hospital bill
        - organise events such as our Health Day and info evenings

        What you bring
        - a degree or vocational training, ideally in business or insurance
        - English at C1 level, German at least B2
        - you like people and you are not afraid of the phone

        What we offer
        - salary according to the collective agreement for insurance (approx.
          EUR 3,700 - 4,300 per month for this role), 13.5 salaries, 30 days leave
        - company pension, company health insurance budget, bike leasing
        - training towards "Kaufmann/-frau fuer Versicherungen und Finanzanlagen"

        Apply to: bewerbung-brunnstadt@auental-versicherung.example
        ------------------------------------------------------------

        Best regards
        Bernd Achternbusch""") + closing(ACHTERNBUSCH, en=True)
    return msg(ACHTERNBUSCH, ("Careers Service, Hochschule Brunnstadt", "careers@hs-brunnstadt.example"),
               "Job advert: Customer Service Advisor (English & German)", dt(13, 14, 30, 25),
               Mixed(T(asciify(body), charset="us-ascii", cte="7bit"),
                     A_html("Job_Customer_Service_Advisor_Brunnstadt.html", dedent("""
                         <!DOCTYPE html>
                         <html lang="en"><head><meta charset="utf-8"><title>Customer Service Advisor (m/f/d)</title></head>
                         <body>
                         <h1>Customer Service Advisor (m/f/d) – English &amp; German</h1>
                         <p><b>Auental Versicherungen, Brunnstadt branch office</b> · full-time or 30 hours · permanent · start 1 June 2026</p>
                         <h2>What you'll do</h2>
                         <ul><li>advise private customers – many of them international – on motor, household, liability, health and pension products</li>
                         <li>help customers with claims, from a stolen bike to a hospital bill</li>
                         <li>organise events such as our Health Day and info evenings</li></ul>
                         <h2>What we offer</h2>
                         <ul><li>salary according to the collective agreement for insurance, 13.5 salaries, 30 days leave</li>
                         <li>company pension, company health insurance budget, bike leasing</li></ul>
                         <p>Apply to <a href="mailto:bewerbung-brunnstadt@auental-versicherung.example">bewerbung-brunnstadt@auental-versicherung.example</a></p>
                         </body></html>"""))))


@mail("S", "de", "insurer-to-doctor",
      "cost coverage declaration to the district hospital: named patient, hip replacement, ICD M16.1, planned stay and room type")
def m059():
    body = dedent("""
        Sehr geehrte Damen und Herren,

        für unseren Versicherten

          Herrn Erwin Paulus, geb. 23.08.1949
          Auental Krankenversicherung AG, KV 4471-015-77, Tarif Vollversicherung
          Stationär Komfort (Zweibettzimmer, Chefarztbehandlung)

        erteilen wir für die geplante stationäre Behandlung

          Aufnahme: 23.03.2026, Abteilung Orthopädie und Unfallchirurgie
          Diagnose laut Einweisung: M16.1 primäre Koxarthrose rechts
          Eingriff: Hüft-TEP rechts (OPS 5-820.00)
          voraussichtliche Verweildauer: 7 Tage, anschließend AHB

        eine Kostenübernahme für die allgemeinen Krankenhausleistungen sowie die
        gesondert berechenbaren Wahlleistungen Zweibettzimmer und wahlärztliche
        Leistungen nach Tarif. Bitte rechnen Sie direkt mit uns ab
        (Klinik-Card-Verfahren).

        Für die anschließende Anschlussheilbehandlung bitten wir um rechtzeitige
        Übermittlung des AHB-Antrags durch den Sozialdienst.

        Die Kostenübernahmeerklärung liegt als PDF bei. Diese Nachricht geht
        Ihnen über unser Gateway verschlüsselt zu.

        Mit freundlichen Grüßen
        i. A. Kemal Yıldırım
        für den Leistungsservice Kranken""") + closing(YILDIRIM)
    return msg(YILDIRIM, ("Kreisklinik Brunnstadt – Patientenaufnahme", "aufnahme@kreisklinik-brunnstadt.example"),
               "[streng vertraulich] Kostenübernahme Paulus, Erwin – Aufnahme 23.03.2026",
               dt(13, 15, 40, 2),
               Mixed(T(body), A_pdf("Kostenuebernahme_Paulus_Erwin_2026-03-23.pdf", [
                   "# Kostenübernahmeerklärung",
                   "Auental Krankenversicherung AG - Leistungsservice Kranken",
                   "",
                   "Patient: Erwin Paulus, geb. 23.08.1949, KV 4471-015-77",
                   "Krankenhaus: Kreisklinik Brunnstadt, Orthopädie und Unfallchirurgie",
                   "Aufnahme: 23.03.2026, voraussichtlich 7 Tage",
                   "Diagnose: M16.1 primäre Koxarthrose rechts; Eingriff Hüft-TEP (OPS 5-820.00)",
                   "Übernahme: allgemeine Krankenhausleistungen, Zweibettzimmer, wahlärztliche Leistungen",
                   "Abrechnung direkt mit der Auental Krankenversicherung AG",
               ], title="Kostenübernahme", day=13)))


@mail("C", "de", "insurer-to-customer",
      "grey: pet health insurance claim (dog's cruciate ligament surgery, vet invoice): animal health, named owner and policy -> confidential, not strict")
def m060():
    body = dedent("""
        Liebe Frau Obermüller,

        wie geht es Bella nach der OP? Ich hoffe, sie humpelt schon nicht mehr so
        sehr.

        Die Rechnung der Tierarztpraxis Dr. Mahler vom 03.03.2026 über
        2.418,60 EUR (Kreuzbandriss hinten rechts, TPLO-Operation, zwei Tage
        stationär, Nachsorge) haben wir über Ihre Hunde-OP-Versicherung
        TK 4471-830155 abgerechnet:

          Rechnungsbetrag (GOT, 2-facher Satz):  2.418,60 EUR
          Erstattung 100 % abzgl. SB 250 EUR:    2.168,60 EUR

        Das Geld wird in den nächsten Tagen auf Ihr Konto überwiesen. Die
        Physiotherapie für Bella (Unterwasserlaufband) ist in Ihrem OP-Tarif
        leider nicht enthalten, da es keine Operation ist.

        Gute Besserung an Bella!
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Sandra Obermüller", "sandra.obermueller@mailo.example"),
               "Bellas Operation – Abrechnung", dt(13, 16, 5, 47), T(body))


# --- week 3: 16 - 20 March --------------------------------------------------

@mail("N", "en", "internal",
      "trap: notes from a webinar on serving international customers; mentions care, sick pay, health questions in general, no customer")
def m061():
    body = dedent("""
        Hi all,

        as promised, my notes from Thursday's webinar "Serving international
        customers" (run by the association's academy). Three things I found
        useful for us:

        1. Explain the system before the product.
           Many newcomers don't know that the Krankenkasse pays sick pay
           (Krankengeld) after six weeks, or that long-term care
           (Pflegeversicherung) is a separate compulsory insurance. If we explain
           that first, the top-up products make sense by themselves.

        2. Health questions in application forms.
           People from the UK and the US are used to being asked about their
           health, but many are surprised that a German BU application goes back
           five or ten years, including psychotherapy. Tell them early and
           encourage them to get their records - it prevents trouble later.

        3. Written summaries.
           Send a short written summary in English after every meeting, but
           remember the legally binding documents are in German. The webinar
           recommended the sentence: "This summary is for your convenience;
           the German policy documents prevail."

        Slides are in the team folder under Schulungen/2026.

        Martina""") + closing(OKONKWO, en=True, footer=False)
    return msg(OKONKWO, TEAM_BD, "Notes: webinar 'Serving international customers'",
               dt(16, 8, 30, 44), T(body, cte="8bit"))


@mail("C", "de", "insurer-to-club",
      "grey: renewal of a heritage club's clubhouse buildings insurance; club as policyholder with contract number, premium and the chairman as contact")
def m062():
    body = dedent("""
        Sehr geehrter Herr Eckl,

        zum 01.04. steht die Hauptfälligkeit der Gebäude- und
        Inhaltsversicherung für das Vereinsheim "Alte Schmiede" an
        (Vertrag WG 4471-033012, Versicherungsnehmer Heimat- und
        Geschichtsverein Brunnstadt e.V.).

        Durch den gleitenden Neuwertfaktor steigt der Jahresbeitrag von 684,20 EUR
        auf 731,90 EUR. Gleichzeitig möchte ich Ihnen vorschlagen, die neue
        Ausstellung im Obergeschoss (Leihgaben, insbesondere die Zunftfahnen und
        die Uhrensammlung) mit einer eigenen Summe von 35.000 EUR zu versichern -
        bisher ist der Inhalt nur pauschal mit 20.000 EUR dabei, und die Leihgeber
        erwarten eine Bestätigung.

        Wenn der Vorstand zustimmt, genügt eine kurze Nachricht; die Bestätigung
        für die Leihgeber schicke ich dann direkt mit.

        Mit freundlichen Grüßen
        Frank Dietzel""") + closing(DIETZEL, dash=False)
    return msg(DIETZEL, ("Heimat- und Geschichtsverein Brunnstadt e.V. – Gottfried Eckl",
                         "vorsitz@heimatverein-brunnstadt.example"),
               "Vereinsheim Alte Schmiede - Verlängerung zum 1.4. und Ausstellung",
               dt(16, 9, 40, 16), T(latin1ize(body), charset="iso-8859-1", cte="8bit"),
               subj_charset="iso-8859-1", mailer="thunderbird")


@mail("C", "en", "insurer-to-customer",
      "change of bank account for all of a customer's non-personal contracts: old and new IBAN (incl. a Dutch IBAN), policy numbers")
def m063():
    old = iban_cc("NL", "RABO0315482907")
    new = iban_de("50862917", "5521880430")
    body = dedent("""
        Dear Mr van Dijk,

        thank you for letting us know. We have changed the direct debit for all
        your contracts with us from your Dutch account to your new German
        account with effect from the next due date:

          old account:  %s (Rabobank)
          new account:  %s (Sparkasse Brunnstadt-Auental)

          contracts:    motor insurance KF 4471-559802 (BRU-JV 88)
                        household contents HR 4471-559803
                        personal liability PH 4471-559804

        The new SEPA mandate reference is VANDIJK-4471-2026-03. The first
        debit from the new account will be the motor premium on 1 April
        (EUR 158.20).

        Kind regards
        Martina Okonkwo""") % (grp(old), grp(new))
    body += closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Jeroen van Dijk", "jeroen.vandijk@inbox-mail.example"),
               "Your new bank account - confirmation", dt(16, 10, 12, 9),
               T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("C", "en", "insurer-to-customer",
      "grey: trip cancellation claim because of a new job (no health reason): named customer, booking, cancellation costs, employer letter")
def m064():
    body = dedent("""
        Dear Mr Mensah,

        I've looked at your cancellation claim (travel cancellation policy
        RR 4471-217764, claim RR-2026-000931) for the trip to Accra from
        4 to 25 April 2026.

        Cancellation because you start a new job is covered if the new job
        begins after an unemployment period and you did not know about it when
        you booked. According to the letter from your new employer (Hollweg
        Logistik GmbH, start 1 April 2026, signed 2 March) and the termination
        letter from your previous employer, that applies to you:

          booking date:              12 December 2025
          unemployed since:          1 February 2026
          cancellation fee charged:  EUR 1,416.00 (80 % of EUR 1,770.00)
          deductible:                20 % = EUR 283.20
          payment to you:            EUR 1,132.80

        We'll transfer the money to the account you gave us within the next few
        days; the settlement statement is attached. Good luck with the new job!

        Kind regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Kwame Mensah", "kwame.mensah@mailo.example"),
               "Your trip cancellation claim RR-2026-000931", dt(16, 11, 28, 40),
               Mixed(T(body, cte="quoted-printable"),
                     A_pdf("Settlement_RR-2026-000931.pdf", [
                         "# Settlement statement - travel cancellation",
                         "Auental Allgemeine Versicherung AG",
                         "Policyholder: Kwame Mensah · policy RR 4471-217764 · claim RR-2026-000931",
                         "Trip: Frankfurt - Accra, 04.04.-25.04.2026, booked 12.12.2025",
                         "Reason for cancellation: new employment after unemployment (start 01.04.2026)",
                         "Cancellation fee: EUR 1,416.00   Deductible 20 %: EUR 283.20",
                         "Payment: EUR 1,132.80",
                     ], title="Settlement", day=16)))


@mail("N", "mixed", "insurer-to-customer",
      "bilingual answer about Easter opening hours and where to drop off documents; no personal data")
def m065():
    body = dedent("""
        Hallo Frau Nowak, hello Mrs Nowak,

        vielen Dank für Ihre Frage. Über Ostern haben wir wie folgt geöffnet:
          Gründonnerstag, 2.4.:  8:30-12:30 und 14-18 Uhr
          Karfreitag, 3.4., bis Ostermontag, 6.4.: geschlossen
          ab Dienstag, 7.4.:    wieder normal

        Unterlagen können Sie jederzeit in den Briefkasten neben der Eingangstür
        werfen, wir leeren ihn jeden Morgen.

        In English: we are open on Maundy Thursday (2 April) as usual, closed from
        Good Friday to Easter Monday (3-6 April), and back to normal on Tuesday,
        7 April. You can drop documents in our letterbox next to the front door
        any time - we empty it every morning.

        Frohe Ostern / Happy Easter!
        Lea Sommerfeld""") + closing(SOMMERFELD)
    return msg(SOMMERFELD, ("Agnieszka Nowak", "a.nowak@postfach24.example"),
               "AW: Öffnungszeiten Ostern / opening hours Easter", dt(16, 12, 4, 0),
               T(body, cte="base64"))


@mail("S", "de", "insurer-to-broker",
      "underwriting decision for a term life application sent to the agency: named applicant, hypertension, BMI, risk surcharge")
def m066():
    body = dedent("""
        Liebe Frau Demirci,

        die Risikoprüfung für den Antrag Ihres Kunden ist abgeschlossen:

          Antrag:         RL-2026-0081377, Risikolebensversicherung
          Versicherte P.: Murat Aksoy, geb. 18.04.1981
          Summe:          250.000 EUR, Laufzeit 25 Jahre (Absicherung Baufinanzierung)

        Entscheidung: Annahme mit Risikozuschlag von 50 % auf den Todesfallbeitrag.

        Begründung laut Underwriting: arterielle Hypertonie, unter Therapie mit
        Candesartan 16 mg/Amlodipin 5 mg noch nicht optimal eingestellt (letzte
        Werte laut Hausarztbericht 148/94 mmHg), dazu BMI 32,4 und erhöhte
        Leberwerte (GGT 96 U/l). Bei guter Einstellung über 12 Monate kann Ihr
        Kunde eine Überprüfung des Zuschlags beantragen.

        Neuer Monatsbeitrag: 41,85 EUR statt 27,90 EUR.

        Das Annahmeschreiben geht an Herrn Aksoy direkt. Bitte besprechen Sie
        die Begründung mit ihm persönlich - die Details stehen bewusst nicht im
        Brief, nur der Hinweis auf die Gesundheitsangaben.

        Viele Grüße
        Kemal Yıldırım""") + closing(YILDIRIM)
    return msg(YILDIRIM, ("Gül Demirci", "info@demirci-versicherungen.example"),
               "[vertraulich] Risikoleben Aksoy – Entscheidung", dt(16, 14, 51, 33), T(body))


@mail("S", "mixed", "insurer-to-customer",
      "accident claim of the English-speaking wife of a customer: ski accident, ankle fracture, surgery in Austria, repatriation; German/English")
def m067():
    body = dedent("""
        Hallo Herr Becker, dear Emily,

        gute Besserung erst einmal! Hier die Zusammenfassung zu Emilys Skiunfall,
        für Emily unten auf Englisch.

        Unfallversicherung UV 4471-611402 (Familie Becker), Schaden UV-2026-00587:
          - 08.03.2026, Skigebiet Zillertal, Sturz auf der Piste
          - Sprunggelenkfraktur rechts (Weber B), am 09.03. im Krankenhaus
            Schwaz operiert (Platte und Schrauben)
          - Rücktransport am 12.03. liegend im Krankentransport nach Brunnstadt,
            organisiert über den Schutzbrief/Auslandskranken

        Die Rechnung aus Schwaz (EUR 6.912,40) geht an die Auslandsreise-
        Krankenversicherung; die Unfallversicherung zahlt Emily das
        Krankenhaustagegeld (4 Tage x 40 EUR) und ggf. später Invalidität.

        ---

        Dear Emily, in short: your ankle fracture and the surgery in Schwaz are
        paid by the travel health insurance, the transport home as well. Your
        accident insurance pays a hospital allowance of EUR 160 now. If there
        is any permanent restriction in the ankle after healing, we will assess
        an invalidity benefit - please keep all doctor's letters.

        Please send us the discharge report from Schwaz (the "Arztbrief") via
        the secure upload - not by normal e-mail.

        Herzliche Grüße / kind regards
        Kemal Yıldırım""") + closing(YILDIRIM)
    return msg(YILDIRIM, [("Jonas Becker", "jonas.becker@familienpost.example"),
                          ("Emily Becker", "emily.becker@familienpost.example")],
               "Emilys Skiunfall / Emily's ski accident – UV-2026-00587", dt(17, 8, 57, 3),
               T(body))


@mail("C", "de", "insurer-to-company",
      "eVB numbers to a car dealer for two named private buyers: names, addresses, vehicles, VINs, start of cover")
def m068():
    body = dedent("""
        Hallo Herr Brenner,

        hier die beiden eVB-Nummern für Ihre Auslieferungen am Donnerstag:

          1) Käuferin: Johanna Steinleitner, Hauptstraße 41, 63999 Brunnstadt
             Fahrzeug: Skoda Fabia Combi, FIN TMBJJ7NJ3RZ018842
             eVB: 4HZ92KT   gültig ab 19.03.2026
             Kfz-Haftpflicht + Teilkasko SB 150, SF 7 (Übernahme vom Vorvertrag)

          2) Käufer: Emre Kaya, Birkenweg 17, 63999 Brunnstadt-Kaltenweiler
             Fahrzeug: Dacia Duster, FIN UU1HSDCW671448210
             eVB: 9QX31LM   gültig ab 19.03.2026
             Kfz-Haftpflicht + Vollkasko SB 300/150, SF 1/2 (Fahranfänger)

        Die Zulassung können Sie wie immer über Ihren Zulassungsdienst machen.
        Die Verträge schicke ich den Kunden direkt.

        Schöne Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Autohaus Brenner GmbH – Florian Brenner", "verkauf@autohaus-brenner.example"),
               "eVB-Nummern Steinleitner / Kaya – Auslieferung 19.03.", dt(17, 10, 14, 55), T(body))


@mail("N", "en", "insurer-to-partner",
      "trap: info session on health insurance in Germany for international students with ICS; general content, no person")
def m069():
    body = dedent("""
        Dear Dr Okafor,

        thank you again for inviting us to the orientation week. Here are the
        details for our session, plus a calendar invitation.

          "Health insurance & co. - what international students need to know"
          Wednesday, 8 April 2026, 4 - 5 pm, lecture hall A 0.12

        Outline (45 min + questions):
          1. Statutory student health insurance vs. private student plans
          2. What to do when you are ill: GP, specialist, emergency (112 / 116117)
          3. Mental health support - what is covered, where to get help quickly
          4. Dental care and glasses
          5. Liability and household cover for shared flats

        This is an information session, not a sales event - we won't collect any
        contact details. If students want individual advice, they can visit us
        at Marktplatz 7.

        Could you reserve a projector and a microphone for us?

        Best regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    att = A_ics("Info_session_health_insurance_2026-04-08.ics",
                "Health insurance & co. - info session for international students",
                "20260408T160000", "20260408T170000",
                "Hochschule Brunnstadt, lecture hall A 0.12",
                "Orientation week. Speaker: Martina Okonkwo, Auental Versicherungen.",
                "infosession-hs-20260408@auental-versicherung.example",
                ("Martina Okonkwo", OKONKWO.addr),
                attendees=[("Dr Chinwe Okafor", "international@hs-brunnstadt.example")],
                stamp="20260317T090000Z")
    return msg(OKONKWO, ("Dr Chinwe Okafor (International Office)", "international@hs-brunnstadt.example"),
               "Orientation week: info session on health insurance, 8 April", dt(17, 11, 20, 0),
               Mixed(T(asciify(body), charset="us-ascii", cte="7bit"), att))


@mail("S", "de", "internal",
      "walk-in customer's scanned receipts in a ZIP: hearing-aid invoice, ENT prescription, audiogram note and an index CSV; body only names the customer")
def m070():
    body = dedent("""
        Hallo zusammen,

        anbei die Belege, die Frau Helga Rösch (KV 4471-066-19) heute am
        Schalter abgegeben hat, als ZIP (Scanner läuft wieder!). Originale hat
        sie zurückbekommen.

        Sie bittet um schnelle Bearbeitung, weil der Akustiker auf Zahlung
        drängt.

        Danke und Gruß
        Sabine""") + closing(WOELFLE, footer=False)
    files = [
        ("01_Rechnung_Hoerakustik_Brunnstadt.pdf", pdf([
            "# Hörakustik am Markt - Rechnung Nr. HA-2026-0188",
            "Patientin: Helga Rösch, geb. 30.06.1948, Lindenweg 12, 63999 Brunnstadt",
            "",
            "2 Hörsysteme HdO, Leistungsklasse 3, beidseitige Versorgung   4.380,00 EUR",
            "Otoplastiken 2 Stück                                          180,00 EUR",
            "Anpassung und Feinanpassung (5 Termine)                        inklusive",
            "Gesamt                                                       4.560,00 EUR",
            "",
            "Diagnose lt. Verordnung: H90.3 beidseitige Schallempfindungsschwerhörigkeit",
        ], title="Rechnung Hörakustik", author="Hörakustik am Markt", day=17)),
        ("02_Verordnung_HNO.pdf", pdf([
            "# Ohrenärztliche Verordnung einer Hörhilfe",
            "Dr. med. Volker Strasser, HNO-Heilkunde, Brunnstadt",
            "Patientin: Helga Rösch, geb. 30.06.1948",
            "Diagnose: H90.3 Schallempfindungsschwerhörigkeit beidseits, mittelgradig",
            "Tonaudiogramm: Hörverlust 45-60 dB im Hauptsprachbereich",
            "Verordnet: Hörgeräteversorgung beidseits",
        ], title="Verordnung", author="Praxis Dr. Strasser", day=17)),
        ("Index.csv", csvdata([["Datei", "Belegart", "Betrag EUR"],
                               ["01_Rechnung_Hoerakustik_Brunnstadt.pdf", "Hilfsmittel Hörgeräte", "4.560,00"],
                               ["02_Verordnung_HNO.pdf", "Verordnung", ""]],
                              charset="windows-1252")),
    ]
    return msg(WOELFLE, LEISTUNG_KV, "Belege Rösch vom Schalter", dt(17, 12, 45, 21),
               Mixed(T(body), A_zip("Belege_Roesch_2026-03-17.zip", files, day=17)))


@mail("N", "de", "insurer-to-supplier",
      "trap: collection order for data-protection bins with 'Arztberichte, Gutachten'; document categories only, no person")
def m071():
    body = dedent("""
        Guten Tag Frau Schiller,

        bitte holen Sie bei uns am Montag, 23.03., die vollen Datenschutztonnen ab
        und stellen Sie leere hin:

          Standort:   Auental Bezirksdirektion Brunnstadt, Marktplatz 7,
                      Zufahrt über die Hofeinfahrt Kirchgasse
          Behälter:   3 x 240 l Sicherheitsbehälter (Schutzklasse 2, Sicherheitsstufe P-4
                      nach DIN 66399), 1 x Konsole im 1. OG
          Inhalt:     Papier aus dem Kundenservice, u. a. Kopien von
                      Arztberichten, Gutachten, Rechnungen und Kontoauszügen,
                      deshalb bitte wie vereinbart mit Vernichtungsprotokoll

        Wegen der Trocknungsgeräte bei der Zahnarztpraxis im Erdgeschoss ist der
        Hintereingang etwas zugestellt; bitte kurz klingeln, wir helfen.

        Das Vernichtungszertifikat bitte wieder an datenschutz@auental-versicherung.example
        in Kopie.

        Vielen Dank und freundliche Grüße
        Lea Sommerfeld""") + closing(SOMMERFELD, dash=False)
    return msg(SOMMERFELD, ("Aktenvernichtung Schiller GmbH", "disposition@akten-schiller.example"),
               "Abholung Datenschutztonnen Mo 23.03.", dt(17, 14, 2, 8), T(body, cte="8bit"),
               cc=DATENSCHUTZ)


@mail("C", "en", "broker",
      "broker's forwarded request for a named British customer's car insurance: birth date, UK driving history, previous claim, no-claims years")
def m072():
    q = dedent("""
        Hi Kemal,

        new client of mine, moved here from Manchester in January, works at
        Meridian. Needs car insurance from 1 April, details below - can you
        quote? He's got a UK no claims discount letter, 11 years.

        Name:        Liam Fitzgerald
        DOB:         03/12/1983
        Address:     Gartenstr. 22, 63999 Brunnstadt
        Car:         Mazda CX-5 2.5 (2021), UK import, will get German plates
        Licence:     UK since 2001, exchanged 02/2026
        Claims:      one not-at-fault claim 2022 (hit while parked), no
                     at-fault claims
        Annual mileage: 15,000 km, garage at home

        Cheers
        Hanno""")
    body = dedent("""
        Hi Hanno,

        thanks - quote for Mr Fitzgerald attached in the portal (broker post),
        summary: liability + comprehensive EUR 300/150, SF 11 recognised from
        the UK letter (we accept UK NCD letters in English), premium EUR 498.60
        a year. The 2022 claim was not at fault, so no effect.

        He needs to sign the application with the SEPA mandate; after that I
        can give you the eVB number straight away.

        Cheers
        Kemal

        -----Original Message-----
        From: Hanno Wiegand <h.wiegand@wiegand-makler.example>
        Sent: Tuesday, March 17, 2026 1:10 PM
        To: Yildirim, Kemal <kemal.yildirim@auental-versicherung.example>
        Subject: Car insurance Liam Fitzgerald

        """) + q + closing(YILDIRIM, en=True)
    return msg(YILDIRIM, ("Hanno Wiegand", "h.wiegand@wiegand-makler.example"),
               "RE: Car insurance Liam Fitzgerald", dt(17, 15, 38, 49), T(body))


@mail("S", "de", "insurer-to-customer",
      "daily sickness allowance for a self-employed hairdresser: sick notes with F43.2 adjustment disorder / burnout, gaps in certificates")
def m073():
    body = dedent("""
        Liebe Frau Völkl,

        danke für die Unterlagen zu Ihrem Krankentagegeld (KT 4471-702118,
        Tagessatz 90 EUR ab dem 22. Tag). Wir haben jetzt die
        Arbeitsunfähigkeitsbescheinigungen Ihrer Hausärztin und der
        Psychiatrischen Institutsambulanz der Kreisklinik vorliegen:

          AU vom 12.01. bis 30.01.2026 (Diagnose F43.2 Anpassungsstörung)
          AU vom 02.02. bis 27.02.2026 (F43.2, zusätzlich F32.1 mittelgradige
                                          depressive Episode)
          AU ab 02.03.2026, Folgebescheinigung

        Leider fehlt der Zeitraum 31.01. bis 01.02. (Samstag/Sonntag). Das ist
        vermutlich nur ein Versehen bei der Folgebescheinigung, aber nach den
        Bedingungen müssen wir eine lückenlose Arbeitsunfähigkeit nachweisen. Bitte
        lassen Sie sich von der Praxis kurz bestätigen, dass Sie durchgehend
        arbeitsunfähig waren.

        Das Krankentagegeld für 02.02. bis 15.03. (42 Tage x 90 EUR = 3.780 EUR)
        ist bereits angewiesen. Für den Salon: Die Betriebsunterbrechung läuft
        nicht über das Krankentagegeld; sprechen Sie mich gern an, wenn wir uns
        das gemeinsam anschauen sollen.

        Ich wünsche Ihnen viel Kraft und gute Besserung.

        Herzliche Grüße
        Kemal Yıldırım""") + closing(YILDIRIM, dash=False)
    return msg(YILDIRIM, ("Sandra Völkl", "salon-voelkl@brunnstadt-net.example"),
               "[vertraulich] Ihr Krankentagegeld – eine Bescheinigung fehlt noch",
               dt(17, 16, 30, 12), T(body))


@mail("N", "de", "internal",
      "branch sales figures per line against target for February; team totals, no person or customer")
def m074():
    body = dedent("""
        Hallo zusammen,

        hier die Zahlen Februar (Neugeschäft Bewertungssumme in EUR, Ziel in Klammern):

          Kfz                  18.420   (16.000)   115 %
          Privathaftpflicht     2.310    (3.000)    77 %
          Hausrat/Wohngebäude   9.860    (9.000)   110 %
          Rechtsschutz          1.940    (2.500)    78 %
          Unfall                3.210    (3.500)    92 %
          Kranken (Zusatz)      4.080    (4.000)   102 %
          Leben/BU/bAV         27.300   (30.000)    91 %
          Firmen/Gewerbe       12.650   (10.000)   127 %
          Gesamt               79.770   (78.000)   102 %

        Danke für den Einsatz! Die Privathaftpflicht-Aktion läuft bis Ende April
        - jeder Kfz-Kunde ohne PHV bei uns ist ein Kandidat. Und Frank: die
        Firmenzahlen sind super, vor allem die bAV bei Hummel und Schuster.

        Bernd""") + closing(ACHTERNBUSCH, footer=False)
    return msg(ACHTERNBUSCH, TEAM_BD, "Zahlen Februar", dt(18, 7, 55, 0), T(body, cte="8bit"))


@mail("S", "en", "insurer-to-customer",
      "HTML-only mail on a travel health claim: cardiac arrhythmia (atrial fibrillation) treated in a hospital in Portugal, costs, medication")
def m075():
    html_ = dedent("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Dear Mr Holloway,</p>
        <p>I hope you are feeling better and that the rest of your stay in the Algarve was relaxing.</p>
        <p>Your claim under the travel health insurance (policy RK 4471-901340, claim RK-2026-00233) has been
        processed. Here is the summary:</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
        <tr style="background:#eee"><th>Date</th><th>Provider</th><th>Treatment</th><th>Amount</th></tr>
        <tr><td>22/02/2026</td><td>Hospital Particular do Algarve, Faro</td><td>Emergency admission, atrial fibrillation with rapid ventricular response (I48.1), ECG, echocardiography</td><td>EUR 1,874.00</td></tr>
        <tr><td>22-24/02/2026</td><td>same</td><td>2 nights cardiology ward, cardioversion</td><td>EUR 2,610.00</td></tr>
        <tr><td>24/02/2026</td><td>Farm&aacute;cia Central, Faro</td><td>apixaban 5 mg, bisoprolol 2.5 mg (30 days)</td><td>EUR 96.40</td></tr>
        <tr><td colspan="3"><b>Total reimbursed</b></td><td><b>EUR 4,580.40</b></td></tr>
        </table>
        <p>The money will be transferred to your account within three working days. Please remember
        that the follow-up with your cardiologist here in Germany is not part of the travel health cover,
        but of your regular health insurance.</p>
        <p>Kind regards<br>Martina Okonkwo<br>
        <span style="font-size:9pt;color:#666">Customer Service &middot; International Desk &middot; Auental Versicherungen, Brunnstadt branch office, Marktplatz 7, 63999 Brunnstadt</span></p>
        </body></html>""")
    return msg(OKONKWO, ("Geoffrey Holloway", "g.holloway@inbox-mail.example"),
               "Your travel health claim RK-2026-00233 - settled", dt(18, 9, 21, 35),
               H(html_, cte="base64"))


@mail("C", "de", "insurer-to-customer",
      "household contract adjusted after a move: old and new address, living space, sum insured, premium and new IBAN")
def m076():
    ib = iban_de("50862917", "1044187265")
    body = dedent("""
        Sehr geehrter Herr Weinzierl,

        herzlichen Glückwunsch zur neuen Wohnung! Wir haben Ihre
        Hausratversicherung HR 4471-430871 zum Umzugstag angepasst:

          bisher:  Ringstraße 14, 63999 Brunnstadt, 64 m²
          neu ab 01.04.2026: Am Anger 6, 63999 Brunnstadt-Kaltenweiler, 96 m²

          Versicherungssumme neu: 72.000 EUR (750 EUR/m², Unterversicherungsverzicht)
          Jahresbeitrag neu:      168,60 EUR (bisher 112,40 EUR) - die Tarifzone
                                  in Kaltenweiler ist günstiger, die Fläche größer
          Abbuchung ab 01.04. vom neuen Konto %s

        Während des Umzugs sind Ihre Sachen in beiden Wohnungen versichert, bis zu
        zwei Monate lang. Den Nachtrag zum Versicherungsschein erhalten Sie per Post.

        Und falls Sie in der neuen Wohnung eine Glaskeramik-Kochfläche haben: Die
        Glasversicherung kostet 28 EUR im Jahr extra - kurze Antwort genügt.

        Mit freundlichen Grüßen
        Sabine Wölfle""") % grp(ib)
    body += closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Maximilian Weinzierl", "m.weinzierl@postfach24.example"),
               "Ihr Umzug – Hausratversicherung angepasst", dt(18, 10, 40, 30), T(body))


@mail("S", "de", "doctor",
      "GP's medical report on a BU applicant forwarded to life underwriting as PDF: lumbar disc protrusion, MRI, physiotherapy, sick days")
def m077():
    body = dedent("""
        Hallo Frau Harrach,

        zum BU-Antrag Hein (BU-2026-0047113) ist heute der Befundbericht der
        Gemeinschaftspraxis Dr. Lorenz & Dr. Aydin über das Portal gekommen, ich
        hänge ihn Ihnen an. Kurz: Bandscheibenprotrusion L4/L5 ohne neurologische
        Ausfälle, konservativ behandelt, seit 2025 beschwerdefrei.

        Honorarrechnung der Praxis (GOÄ 75, 17,49 EUR + Porto) gebe ich an die
        Buchhaltung.

        Viele Grüße
        Kemal""") + closing(YILDIRIM, footer=False)
    att = A_pdf("Befundbericht_Hein_Tobias_2026-03-17.pdf", [
        "# Gemeinschaftspraxis Dr. med. Peter Lorenz & Dr. med. Selin Aydin",
        "Fachärzte für Allgemeinmedizin · Bahnhofstraße 21 · 63999 Brunnstadt",
        "",
        "An: Auental Lebensversicherung AG, Antrag BU-2026-0047113",
        "Betreff: Befundbericht Herr Tobias Hein, geb. 14.07.1988",
        "",
        "Sehr geehrte Damen und Herren,",
        "Herr Hein stellte sich am 03.04.2024 mit seit 3 Wochen bestehenden",
        "lumbalen Rückenschmerzen ohne Ausstrahlung vor. Klinisch kein neurologisches",
        "Defizit. Diagnose: M51.2 Bandscheibenprotrusion L4/L5 (MRT vom 18.04.2024,",
        "Radiologie Brunnstadt), M54.5 Kreuzschmerz.",
        "",
        "Therapie: Physiotherapie 6x (KG), Ibuprofen 600 mg bei Bedarf für 2 Wochen.",
        "Arbeitsunfähigkeit: 08.04.-19.04.2024 (10 Arbeitstage).",
        "Letzte Konsultation wegen Rückenbeschwerden: 27.05.2024, beschwerdefrei.",
        "Seither keine erneute Vorstellung wegen des Rückens. Sonstige relevante",
        "Erkrankungen: keine. Keine Dauermedikation.",
        "",
        "Mit freundlichen Grüßen",
        "Dr. med. Selin Aydin",
    ], title="Befundbericht", author="Praxis Dr. Lorenz & Dr. Aydin", day=17)
    return msg(YILDIRIM, HARRACH, "BU-2026-0047113 Hein – Befundbericht Hausarzt",
               dt(18, 11, 6, 50), Mixed(T(body), att))


@mail("N", "en", "insurer-to-club",
      "twin-town reception logistics: number of guests, dietary needs as counts, hotel options; no person's data")
def m078():
    body = dedent("""
        Dear Mr Pennington,

        thank you for the quick reply - wonderful that so many of you are coming!
        Just to confirm what we have noted for the reception on 15 May:

          guests from Ashcombe:  42 (cricket club 15, twinning association 21,
                                 town council 6)
          dietary requirements:  5 vegetarian, 2 vegan, 1 gluten-free - the
                                 caterer (Gasthof Zur Linde) has been told
          transport:             the town provides a coach from the hotels to the
                                 town hall at 6.30 pm

        For those who have not booked yet, the tourist office recommends the
        Hotel Post and the Landgasthof Auwiese; both still have rooms.

        Looking forward to seeing you!
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Hugh Pennington", "secretary@ashcombe-cc.example"),
               "Re: Reception 15 May - numbers", dt(18, 13, 2, 17),
               T(asciify(body), charset="us-ascii", cte="7bit"), cc=("Ashcombe Twinning Association", "twinning@ashcombe-town.example"))


@mail("C", "de", "insurer-to-customer",
      "motorcycle seasonal plate: named customer, vehicle, plate, policy number, no-claims class, premium")
def m079():
    body = dedent("""
        Servus Herr Ertl,

        alles erledigt: Ihre neue BMW ist ab 01.04. bei uns versichert.

          Vertrag:        KR 4471-802274 (Kraftrad)
          Fahrzeug:       BMW R 1250 GS Adventure, FIN WB10M1300P6H17733
          Kennzeichen:    BRU-LE 55, Saisonkennzeichen 04-10
          Deckung:        Haftpflicht + Teilkasko SB 150 EUR
          SF-Klasse:      SF 12 (übernommen von der alten GS)
          Beitrag:        214,80 EUR pro Saison, Abbuchung wie bisher

        Die eVB-Nummer hatte ich Ihnen ja schon telefonisch durchgegeben
        (TK7H2RD). Der Vertrag für die alte GS endet mit der Abmeldung - den
        Restbeitrag rechnen wir automatisch zurück.

        Gute Fahrt und allzeit eine Handbreit Asphalt unter den Reifen!
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Ludwig Ertl", "ludwig.ertl@brunnstadt-net.example"),
               "Ihre neue GS ist versichert", dt(18, 14, 40, 7), T(body, cte="8bit"))


@mail("N", "de", "newsletter",
      "trap: invitation to a customer evening on pensions, care and inheritance (ICS) sent to a list address; care costs and death in general only")
def m080():
    body = dedent("""
        Sehr geehrte Damen und Herren,

        was passiert, wenn ich pflegebedürftig werde? Wer entscheidet für mich,
        wenn ich es selbst nicht mehr kann? Und wie regle ich meinen Nachlass so,
        dass es keinen Streit gibt?

        Zu diesen Fragen laden wir Sie herzlich ein:

          Kundenabend "Vorsorge, Pflege, Erben"
          Donnerstag, 16. April 2026, 19:00 Uhr
          Gasthof Zur Linde, Saal im 1. Stock, Kirchplatz 3, Brunnstadt

          19:00  Begrüßung - Bernd Achternbusch
          19:10  Vorsorgevollmacht, Patientenverfügung, Testament -
                 Notarin Dr. Eva Hirschberger
          19:50  Pflegebedürftigkeit: Was zahlt die Pflegekasse, was nicht?
                 Kemal Yıldırım, Auental
          20:20  Fragen und Imbiss

        Der Eintritt ist frei, eine Anmeldung hilft uns bei der Planung (Antwort
        auf diese Mail oder 06099 4471-0). Im Anhang finden Sie die Einladung
        für Ihren Kalender.

        Wir freuen uns auf Sie!
        Ihre Bezirksdirektion Brunnstadt""") + closing(GESCHST, dash=False)
    att = A_ics("Kundenabend_Vorsorge_Pflege_Erben.ics", "Kundenabend Vorsorge, Pflege, Erben",
                "20260416T190000", "20260416T210000",
                "Gasthof Zur Linde, Kirchplatz 3, 63999 Brunnstadt",
                "Vorträge: Notarin Dr. Eva Hirschberger (Vorsorgevollmacht, Testament), Auental (Pflege). Eintritt frei.",
                "kundenabend-20260416@auental-versicherung.example",
                ("Bezirksdirektion Brunnstadt", GESCHST.addr), stamp="20260318T150000Z")
    return msg(GESCHST, ("Einladungsverteiler Kundenabend", "kundenabend-einladung@" + DOM),
               "Einladung: Kundenabend „Vorsorge, Pflege, Erben“ am 16. April",
               dt(18, 15, 30, 0), Mixed(T(body.replace("ı", "i"), charset="windows-1252"), att),
               subj_charset="windows-1252", extra=[("Precedence", "bulk")])


@mail("S", "de", "insurer-to-customer",
      "grey: beneficiary change in a term life policy after divorce; no medical word, but a specific person's life contract -> strictly confidential")
def m081():
    body = dedent("""
        Sehr geehrter Herr Reischl,

        wir haben Ihre Änderung des Bezugsrechts für Ihre
        Risikolebensversicherung RL 4471-0455610 (Versicherungssumme 200.000 EUR)
        eingetragen:

          bisher bezugsberechtigt:  Ehefrau Martina Reischl (widerruflich)
          neu ab 17.03.2026:        zu gleichen Teilen Ihre Kinder
                                    Felix Reischl, geb. 02.05.2012, und
                                    Marie Reischl, geb. 19.09.2015

        Da beide Kinder minderjährig sind, empfehlen wir, im Testament oder per
        Sorgerechtsverfügung zu regeln, wer das Geld im Ernstfall für sie
        verwaltet. Sonst entscheidet das Familiengericht, und das kann bei einer
        geschiedenen Ehe der andere Elternteil sein.

        Die Abtretung an die Sparkasse zur Absicherung des Hauskredits
        (Sicherungsabtretung vom 2019) bleibt unverändert vorrangig bestehen.

        Mit freundlichen Grüßen
        Kemal Yıldırım""") + closing(YILDIRIM, dash=False)
    return msg(YILDIRIM, ("Thomas Reischl", "thomas.reischl@mailo.example"),
               "Bezugsrecht Ihrer Risikolebensversicherung geändert", dt(19, 8, 30, 14), T(body))


@mail("C", "en", "insurer-to-customer",
      "device (electronics) insurance claim: named customer, policy and claim numbers, laptop liquid damage, repair cost")
def m082():
    body = dedent("""
        Dear Mr Tanaka,

        sorry to hear about the coffee! Your claim under the electronics
        insurance EL 4471-390116 (claim EL-2026-01108) is accepted:

          device:       MacBook Pro 14", serial C02FK3TXQ6L4
          damage:       liquid damage, keyboard and logic board
          repair quote: EUR 689.00 (Apple authorised service, iTech Brunnstadt)
          deductible:   EUR 50.00
          we pay:       EUR 639.00 directly to iTech Brunnstadt

        You can take the laptop in for repair now; just give them the claim
        number. If the repair turns out to be more expensive than the quote,
        they'll contact us before starting.

        Best regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Hiroshi Tanaka", "h.tanaka@hs-brunnstadt.example"),
               "Claim EL-2026-01108 - laptop repair approved", dt(19, 9, 14, 52), T(body))


@mail("N", "de", "insurer-to-authority",
      "general answer to a municipal kindergarten's parents' council on liability for a summer party; no person")
def m083():
    q = dedent("""
        Sehr geehrte Damen und Herren,
        der Elternbeirat der Kita Sonnenschein plant am 27. Juni ein Sommerfest
        mit Hüpfburg und Kuchenverkauf. Sind wir als Eltern dafür versichert,
        wenn etwas passiert? Müssen wir eine Versicherung abschließen?
        Mit freundlichen Grüßen
        Kita Sonnenschein, Leitung""")
    body = dedent("""
        Sehr geehrte Frau Brunner,

        vielen Dank für Ihre Anfrage, die wir gern allgemein beantworten - eine
        verbindliche Auskunft zu Ihrem Fall kann nur der Träger geben:

        1. Ist das Sommerfest eine Veranstaltung der Kita (also des städtischen
           Trägers), sind die Kinder über die gesetzliche Unfallversicherung
           geschützt, und die Haftpflicht der Stadt greift für die Organisation.
           Bitte klären Sie das mit dem Amt für Kinder und Familie.
        2. Organisiert der Elternbeirat das Fest selbst, empfiehlt sich eine
           Veranstalterhaftpflicht für einen Tag. Die kostet für ein Fest dieser
           Größe meist zwischen 40 und 80 EUR.
        3. Für die Hüpfburg: Der Verleiher muss eine eigene Haftpflicht haben und
           die Aufsicht regeln - lassen Sie sich das schriftlich bestätigen.
        4. Kuchenverkauf: Hier gelten die üblichen Hygieneregeln
           (Lebensmittelüberwachung des Landratsamts), das ist keine
           Versicherungsfrage.

        Wenn Sie ein konkretes Angebot möchten, rufen Sie mich gern an.

        Mit freundlichen Grüßen
        Lea Sommerfeld

        """) + quote(q) + closing(SOMMERFELD)
    return msg(SOMMERFELD, ("Kita Sonnenschein (Stadt Brunnstadt)", "kita-sonnenschein@stadt-brunnstadt.example"),
               "AW: Versicherung Sommerfest Elternbeirat", dt(19, 10, 50, 0), T(body))


@mail("C", "de", "insurer-to-company",
      "commercial insurance offer to a sole-trader electrician: turnover, profit, employees, private address of the owner")
def m084():
    body = dedent("""
        Hallo Herr Schuster,

        danke für die Zahlen. Auf dieser Basis habe ich die Inhalts- und
        Ertragsausfallversicherung für Ihren Betrieb gerechnet:

          Betrieb:          Elektro Schuster e.K., Inhaber Rainer Schuster,
                            Gewerbestraße 6, 63999 Brunnstadt
                            (Privatanschrift: Eichendorffweg 9, Brunnstadt)
          Umsatz 2025:      1.238.400 EUR
          Rohertrag:          612.000 EUR, Gewinn vor Steuern laut BWA ca. 148.000 EUR
          Mitarbeitende:    9 (davon 2 Azubis)
          Inhalt/Lager:     Neuwert 310.000 EUR, Fahrzeuge separat

          Ertragsausfall:   Haftzeit 12 Monate, Summe 612.000 EUR
          Jahresbeitrag:    2.184,50 EUR zzgl. VSt (bisherige Versicherung
                            beim Mitbewerber: 2.560 EUR ohne Ertragsausfall)

        Das ist ehrlich gesagt ein gutes Angebot - vor allem der Ertragsausfall
        fehlt Ihnen bisher komplett. Wenn die Werkstatt abbrennt, laufen Löhne und
        Leasingraten weiter.

        Die Berechnung im Detail finden Sie in der Tabelle im Anhang. Sollen wir
        uns nächste Woche zusammensetzen?

        Schöne Grüße
        Frank Dietzel""") + closing(DIETZEL, dash=False)
    return msg(DIETZEL, ("Rainer Schuster", "info@elektro-schuster.example"),
               "Angebot Inhalt + Ertragsausfall Elektro Schuster e.K.", dt(19, 11, 35, 20),
               Mixed(T(body), A_ods("Angebot_Schuster_Inhalt_Ertragsausfall.ods", [
                   ("Berechnung", [["Position", "Basis EUR", "Satz Promille", "Beitrag EUR"],
                                   ["Inhalt (Neuwert)", 310000, 2.9, 899.0],
                                   ["Ertragsausfall (Rohertrag, Haftzeit 12 Mon.)", 612000, 1.9, 1162.8],
                                   ["Elektronik Büro", 18000, 6.8, 122.4],
                                   ["Summe netto", "", "", 2184.2]]),
                   ("Kennzahlen", [["Kennzahl", "Wert"], ["Umsatz 2025", 1238400],
                                   ["Rohertrag", 612000], ["Gewinn vor Steuern (BWA)", 148000],
                                   ["Mitarbeitende", 9]])],
                   title="Angebot Elektro Schuster", creator="Frank Dietzel", day=19)))


@mail("S", "en", "doctor",
      "GP's reply quoted and forwarded to health claims: severe allergic asthma of a named child, exacerbation, time-consuming inhaler training")
def m085():
    q = dedent("""
        Dear Ms Okonkwo,

        thank you for your message. The justification for factor 3.5 on
        positions 605 and 605a: Ethan presented with an acute exacerbation of
        his allergic asthma (J45.0) with reduced peak flow (58 % of predicted).
        As a 9-year-old with marked anxiety about the procedure, the spirometry
        and bronchodilator test required repeated instruction and three
        additional attempts each, roughly twice the usual time. I have also
        started him on an inhaled corticosteroid (budesonide 200 micrograms
        twice daily) and referred him to the paediatric pulmonologist at the
        Kreisklinik.

        I'll add the justification to a corrected invoice and upload it as you
        suggested.

        Best wishes
        Dr Fiona Grant
        General Practitioner, Brunnstadt""")
    body = dedent("""
        Hi Petra,

        here is Dr Grant's justification for the Whitfield invoice (KV 4471-702-55,
        Ethan). Corrected invoice should be in the portal by tomorrow. From my
        side this is fine - can you release the reimbursement at 3.5?

        Thanks
        Martina

        """) + ol_en("Dr Fiona Grant <praxis@dr-grant-brunnstadt.example>",
                     "Thursday, March 19, 2026 8:02 AM",
                     "Okonkwo, Martina <martina.okonkwo@auental-versicherung.example>",
                     "RE: [secure] Invoice 2026-0219 Ethan Whitfield - justification for factor 3.5") + "\n" + q
    body += closing(OKONKWO, en=True, footer=False)
    return msg(OKONKWO, LANZ, "FW: [secure] Invoice 2026-0219 Ethan Whitfield - justification",
               dt(19, 12, 10, 44), T(body))


@mail("S", "de", "lawyer",
      "lawyer's claim letter quoted and forwarded: cyclist injured by a car door (clavicle fracture, concussion), pain and suffering, named parties")
def m086():
    q = dedent("""
        Sehr geehrte Damen und Herren,

        wir zeigen an, dass wir Herrn Maximilian Thaler, Hauptstraße 58,
        63999 Brunnstadt, anwaltlich vertreten. Vollmacht anbei.

        Am 04.03.2026 gegen 7:40 Uhr befuhr unser Mandant mit seinem Fahrrad
        ordnungsgemäß die Bahnhofstraße in Richtung Marktplatz. Auf Höhe Hausnummer
        15 öffnete Ihre Versicherungsnehmerin, Frau Claudia Riedl, die Fahrertür
        ihres parkenden Fahrzeugs (BRU-CR 310) ohne auf den fließenden Verkehr zu
        achten. Unser Mandant prallte gegen die Tür und stürzte.

        Er erlitt eine Klavikulafraktur links (operativ versorgt am 05.03.2026 in
        der Kreisklinik Brunnstadt), eine Gehirnerschütterung sowie Prellungen und
        Schürfwunden. Er war vier Tage stationär und ist bis auf Weiteres
        arbeitsunfähig.

        Namens unseres Mandanten machen wir geltend:
          Schmerzensgeld (vorläufig)          4.000,00 EUR
          Fahrradschaden (Gutachten folgt)    ca. 1.800,00 EUR
          Verdienstausfall                    wird beziffert
          Haushaltsführungsschaden            wird beziffert

        Wir bitten um Anerkenntnis dem Grunde nach bis zum 02.04.2026.

        Mit freundlichen Grüßen
        Dr. Carsten Habicht, Rechtsanwalt
        Kanzlei Dr. Habicht & Partner, Brunnstadt""")
    body = dedent("""
        Hallo Moritz,

        unten das Anspruchsschreiben zum Dooring-Unfall unserer Kundin Riedl
        (KF 4471-671003, Schaden KH-2026-081244). Nach ihrer eigenen Schilderung
        ist die Haftung eindeutig. Kannst du bitte Arztberichte anfordern und das
        Schmerzensgeld prüfen? Kundin ist sehr betroffen und hat nach dem Radfahrer
        gefragt - ich sage ihr nur, dass wir uns um alles kümmern.

        Gruß
        Jens

        """) + ol_de("Kanzlei Dr. Habicht & Partner <sekretariat@kanzlei-habicht.example>",
                     "Mittwoch, 18. März 2026 16:14",
                     "schaden@auental-versicherung.example",
                     "Ihre VN Claudia Riedl, Unfall vom 04.03.2026 - unser Mandant Maximilian Thaler") + "\n" + q
    body += closing(HAGEDORN, footer=False)
    return msg(HAGEDORN, BREHM, "WG: Ihre VN Claudia Riedl, Unfall vom 04.03.2026 - Mandant Thaler",
               dt(19, 14, 22, 6), T(body))


@mail("N", "de", "internal",
      "Easter brunch and parking arrangements in the office; colleagues named in organisational context only")
def m087():
    body = dedent("""
        Hallo ihr Lieben,

        die Liste für den Osterbrunch am Freitag, 27.03., hängt in der Küche.
        Bisher: Sabine macht Hefezopf, Kemal bringt Börek, Jens Weißwürste
        (wer sonst), Martina Scones mit Clotted Cream, Frank Obstsalat. Mir fehlen
        noch Getränke und etwas Herzhaftes ohne Fleisch.

        Und wegen der Parkplätze: Solange die Trocknungsgeräte bei Frau Dr. Veith
        laufen, stehen die Container der Firma Aqua-Trock auf den Plätzen 3 und 4.
        Bitte nutzt in der Zeit den Parkplatz an der Stadthalle, Bernd hat mit der
        Stadt geklärt, dass wir dort stehen dürfen.

        Liebe Grüße
        Lea""")
    return msg(SOMMERFELD, TEAM_BD, "Osterbrunch 27.03. + Parkplätze", dt(19, 15, 55, 48),
               T(body, cte="8bit", flowed=True), mailer="thunderbird")


@mail("N", "en", "insurer-to-customer",
      "grey: portal registration instructions in English; one-time password announced by separate letter, no content or data")
def m088():
    body = dedent("""
        Dear customer,

        you have been registered for the Auental SecureMail portal. From now on
        we can send you documents containing personal data securely.

        How to log in for the first time:
          1. Open https://securemail.auental-versicherung.example/register
          2. Enter your e-mail address.
          3. Enter the one-time password (Einmal-Passwort). For your security we
             send it separately by letter; it arrives within 3 working days.
          4. Choose your own password and a security question.

        The one-time password is valid for 14 days. If it has expired, please
        call us and we'll send a new one.

        This e-mail was generated automatically. Please do not reply to it.

        Auental Versicherungen
        Brunnstadt branch office, Marktplatz 7, 63999 Brunnstadt""")
    return msg(NOREPLY, ("", "arjun.nair@hs-brunnstadt.example"),
               "Your registration for Auental SecureMail", dt(19, 16, 41, 2),
               T(body, charset="us-ascii", cte="7bit"), mailer="system",
               mid_host="securemail." + DOM, extra=[("Auto-Submitted", "auto-generated")])


@mail("C", "de", "customer",
      "burglary report of a named family forwarded to claims with their stolen-goods list (XLSX: jewellery, cash, laptop values); no injury")
def m089():
    q = dedent("""
        Sehr geehrter Herr Hagedorn,

        wie am Telefon besprochen schicke ich Ihnen die Liste der gestohlenen
        Sachen. Die Polizei war am Dienstag da (Tagebuchnummer 0412/26/004102).
        Die Einbrecher sind über die Terrassentür rein, als wir beim Elternabend
        waren. Die Kinder haben zum Glück nichts mitbekommen, sie waren bei der
        Oma.

        Den Schmuck meiner Mutter (Goldkette und Armreif aus Vietnam) kann ich
        leider nur mit Fotos belegen, dafür gibts keine Rechnung mehr.

        Viele Grüße
        Thi Lan Nguyen
        Kastanienallee 7, 63999 Brunnstadt""")
    body = dedent("""
        Hallo Team Sach,

        Einbruch bei Familie Nguyen, Hausrat HR 4471-287340, bitte
        Schadennummer vergeben und Stehlgutliste (Anlage) in die Akte. Ich war
        gestern dort: Terrassentür aufgehebelt, Einbruchspuren eindeutig, Polizei
        hat Spuren gesichert. Gebäudeschaden an der Tür (ca. 900 EUR) läuft über
        den Vermieter.

        Schmuck ohne Rechnung: Fotos liegen vor, bitte ggf. Schätzung durch
        Juwelier Kessler.

        Gruß Jens

        """) + ol_de("Thi Lan Nguyen <nguyen.familie@mailo.example>",
                     "Donnerstag, 19. März 2026 21:37",
                     "Hagedorn, Jens <jens.hagedorn@auental-versicherung.example>",
                     "Liste Einbruch") + "\n" + q
    body += closing(HAGEDORN, footer=False)
    rows = [["Nr.", "Gegenstand", "Anschaffung", "Kaufpreis EUR", "Beleg"],
            [1, "Laptop Lenovo ThinkPad (Arbeit Ehemann)", "2024", 1249, "Rechnung"],
            [2, "Tablet Samsung Galaxy Tab (Kinder)", "2023", 329, "Rechnung"],
            [3, "Goldkette 18 kt, ca. 22 g", "ca. 1995", "", "Foto"],
            [4, "Armreif Gold 18 kt", "ca. 1995", "", "Foto"],
            [5, "Ehering Ehefrau (lag im Bad)", "2011", 640, "Rechnung"],
            [6, "Bargeld (Haushaltskasse)", "", 420, "-"],
            [7, "Spielkonsole + 2 Controller", "2025", 589, "Rechnung"],
            [8, "Armbanduhr Herren (Geschenk)", "2019", 350, "Foto"],
            ["", "Summe mit Beleg", "", 3577, ""]]
    att = A_xlsx("Stehlgutliste_Nguyen.xlsx", [("Stehlgut", rows)],
                 title="Stehlgutliste", creator="Thi Lan Nguyen", day=19)
    return msg(HAGEDORN, SCHADEN_SACH, "WG: Liste Einbruch - HR 4471-287340 Nguyen",
               dt(20, 8, 12, 30), Mixed(T(body), att))


@mail("N", "en", "insurer-to-authority",
      "trap: insurance basics for newcomers for the town's integration office (health, care, liability, car); general information only")
def m090():
    body = dedent("""
        Dear Ms Haddad,

        thank you for asking us to contribute to the town's welcome folder for
        newcomers. Here is a short, neutral text - feel free to shorten it. It
        does not mention our company, as agreed.

        ---------------------------------------------------------------
        Insurance in Germany - the basics

        Health insurance is compulsory for everyone living in Germany. Most
        employees are in the statutory system (Krankenkasse); your employer
        registers you. Refugees receive health care through the social welfare
        office at first. In an emergency call 112, for the on-call doctor
        116117.

        Long-term care insurance (Pflegeversicherung) comes automatically with
        your health insurance.

        Liability insurance for private persons (Privathaftpflicht) is not
        compulsory but very common and cheap. Without it you pay yourself for
        damage you cause to others, for example to a rented flat.

        Car insurance is compulsory for every registered car. Driving without it
        is a criminal offence.

        Never sign a contract you don't understand. You have the right to take
        documents home and to cancel most contracts within 14 days.
        ---------------------------------------------------------------

        If you need it in simpler English or in German, let me know.

        Kind regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Layla Haddad (Integrationsbeauftragte, Stadt Brunnstadt)",
                         "integration@stadt-brunnstadt.example"),
               "Text for the welcome folder: insurance basics", dt(20, 9, 3, 41), T(body))


@mail("C", "en", "insurer-to-company",
      "relocation goods transport insurance for a named employee moving to the UK: home address, household inventory value, dates")
def m091():
    body = dedent("""
        Dear Nadia,

        here is the cover for Mr Lane's move back to the UK, as requested:

          insured person:   Christopher Lane (employee, relocation paid by
                            Meridian Precision GmbH)
          from:             Birkenweg 3, 63999 Brunnstadt
          to:               14 Orchard Close, Ashcombe, United Kingdom
          removal company:  Kraus Internationale Umzuege, Brunnstadt
          loading:          27 April 2026, delivery approx. 30 April
          sum insured:      EUR 65,000 according to his packing list
                            (incl. piano EUR 8,500, art EUR 4,200)
          premium:          EUR 292.50, invoiced to Meridian

        Valuable items over EUR 2,500 each must be listed separately - the
        piano and two paintings are on the list, so that's fine.

        Best regards
        Frank Dietzel""") + closing(DIETZEL, en=True)
    return msg(DIETZEL, ("Nadia Brooks", "n.brooks@meridian-precision.example"),
               "Transport insurance for Christopher Lane's relocation", dt(20, 10, 20, 14),
               T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("N", "de", "insurer-to-club",
      "donation handover to the local food bank, press photo appointment; no personal data")
def m092():
    body = dedent("""
        Liebe Frau Kreuzer,

        wie versprochen: Aus unserer Weihnachtsaktion sind 1.850 EUR
        zusammengekommen (Spenden der Kunden plus Aufstockung durch die
        Bezirksdirektion). Wir würden den Scheck gern bei Ihnen in der Ausgabestelle
        übergeben.

        Passt Ihnen Mittwoch, 25. März, um 11 Uhr? Der Stadtanzeiger schickt
        jemanden für ein Foto; einen Entwurf für die Pressemitteilung hänge ich an. Wenn Ihnen lieber ist, dass keine Gäste der Tafel
        auf dem Bild sind, machen wir es einfach draußen vor der Tür.

        Herzliche Grüße
        Bernd Achternbusch""") + closing(ACHTERNBUSCH, dash=False)
    return msg(ACHTERNBUSCH, ("Brunnstädter Tafel e.V. – Gerlinde Kreuzer", "info@tafel-brunnstadt.example"),
               "Spendenübergabe Weihnachtsaktion", dt(20, 11, 2, 0),
               Mixed(Alt(T(body), H("<html><body style=\"font-family:Arial,sans-serif\">"
                                    + "".join("<p>%s</p>" % p.replace("\n", "<br>")
                                              for p in body.split("\n\n"))
                                    + "</body></html>")),
                     A_html("Pressemitteilung_Spende_Tafel_Entwurf.html", dedent("""
                         <!DOCTYPE html>
                         <html lang="de"><head><meta charset="utf-8"><title>Pressemitteilung</title></head>
                         <body>
                         <h1>1.850 Euro für die Brunnstädter Tafel</h1>
                         <p><b>Brunnstadt, 25. März 2026.</b> Die Bezirksdirektion Brunnstadt der Auental Versicherungen hat den Erlös ihrer
                         Weihnachtsaktion an die Brunnstädter Tafel e.V. übergeben. Kundinnen und Kunden hatten im Dezember an der
                         Geschäftsstelle gespendet, die Bezirksdirektion hat den Betrag auf 1.850 Euro aufgestockt.</p>
                         <p>„Das Geld fließt in unser neues Kühlfahrzeug“, sagte die Vorsitzende der Tafel, Gerlinde Kreuzer.
                         Bezirksdirektor Bernd Achternbusch dankte allen, die sich beteiligt haben.</p>
                         <p>Pressekontakt: Bezirksdirektion Brunnstadt, Marktplatz 7, Telefon 06099 4471-0</p>
                         </body></html>"""))))


@mail("S", "de", "insurer-to-customer",
      "child accident insurance: trampoline fall, concussion (S06.0) and observation in hospital, hospital allowance for the child")
def m093():
    body = dedent("""
        Liebe Familie Lindinger,

        vielen Dank für die Unfallmeldung für Paul. Wie geht es ihm inzwischen?
        Ich hoffe, die Kopfschmerzen sind weg.

        Zur Kinder-Unfallversicherung UV 4471-228401 (versicherte Person Paul
        Lindinger, geb. 14.09.2018):

          Unfall:    07.03.2026, Sturz vom Trampolin im Garten
          Diagnose:  Gehirnerschütterung (Commotio cerebri, S06.0), Platzwunde
                     am Hinterkopf (genäht)
          Klinik:    Kreisklinik Brunnstadt, Kinderstation, 07.03.-09.03.2026
                     zur Überwachung

        Wir zahlen Krankenhaustagegeld für 3 Tage à 30 EUR = 90 EUR sowie das
        Genesungsgeld in gleicher Höhe, zusammen 180 EUR. Die Überweisung geht
        in den nächsten Tagen raus.

        Eine bleibende Beeinträchtigung ist nach dem Entlassbrief nicht zu
        erwarten. Falls doch noch Beschwerden auftreten (Konzentration,
        Schwindel), melden Sie sich bitte - Invalidität kann bis 15 Monate nach
        dem Unfall geltend gemacht werden.

        Gute Besserung an Paul!
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Familie Lindinger", "familie.lindinger@mailo.example"),
               "Pauls Unfall – Abrechnung Kinder-Unfallversicherung", dt(20, 13, 31, 20),
               T(body, charset="windows-1252"), subj_charset="windows-1252")


@mail("N", "en", "insurer-to-company",
      "trap: onboarding overview for a company's new international hires (health, sick notes, care, liability, bAV) with no employee named")
def m094():
    text = dedent("""
        Dear Nadia,

        as discussed, here is the one-page overview for your onboarding pack for
        new international hires. It is neutral information; individual questions
        can go to our International Desk.

        1. Health insurance - you choose a Krankenkasse on your first day; HR
           needs the membership confirmation for payroll. Higher earners can
           choose private health insurance instead.
        2. Sick leave - call in sick before your shift; from day 3 a doctor's
           certificate is needed (sent electronically to the Krankenkasse).
           Meridian continues to pay your salary for six weeks.
        3. Long-term care and pension insurance are deducted automatically.
        4. Company pension (bAV) - Meridian adds 20 % to every euro you convert
           from your gross salary. Ask HR for the form.
        5. Private liability and household insurance are not provided by the
           employer, but strongly recommended.

        Best regards
        Frank Dietzel""") + closing(DIETZEL, en=True)
    html_ = dedent("""
        <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
        <p>Dear Nadia,</p>
        <p>as discussed, here is the one-page overview for your onboarding pack for new international hires.
        It is neutral information; individual questions can go to our International Desk.</p>
        <ol>
        <li><b>Health insurance</b> – you choose a <i>Krankenkasse</i> on your first day; HR needs the membership confirmation for payroll. Higher earners can choose private health insurance instead.</li>
        <li><b>Sick leave</b> – call in sick before your shift; from day 3 a doctor's certificate is needed (sent electronically to the Krankenkasse). Meridian continues to pay your salary for six weeks.</li>
        <li><b>Long-term care and pension insurance</b> are deducted automatically.</li>
        <li><b>Company pension (bAV)</b> – Meridian adds 20&nbsp;% to every euro you convert from your gross salary. Ask HR for the form.</li>
        <li><b>Private liability and household insurance</b> are not provided by the employer, but strongly recommended.</li>
        </ol>
        <p>Best regards<br>Frank Dietzel<br><span style="color:#777;font-size:9pt">Commercial customers and company pensions · Auental Versicherungen, Brunnstadt</span></p>
        </body></html>""")
    return msg(DIETZEL, ("Nadia Brooks", "n.brooks@meridian-precision.example"),
               "Onboarding pack: insurance in Germany (one-pager)", dt(20, 14, 15, 33),
               Alt(T(text), H(html_)))


@mail("C", "de", "insurer-to-customer",
      "grey: legal expenses cover for an unfair-dismissal suit: employer, gross salary, severance figures; employment dispute, no health reason")
def m095():
    body = dedent("""
        Sehr geehrter Herr Baumgartner,

        Ihre Rechtsschutzversicherung RS 4471-119053 (Arbeits-Rechtsschutz)
        übernimmt die Kosten für Ihre Kündigungsschutzklage gegen die
        Brunnstädter Metallbau GmbH. Deckungszusage unter RS-2026-005210:

          Kündigung vom:       27.02.2026 zum 31.05.2026 (betriebsbedingt)
          Beschäftigt seit:    01.09.2009
          Bruttomonatsgehalt:  4.150 EUR (lt. Gehaltsabrechnung Januar)
          Streitwert:          3 Bruttomonatsgehälter = 12.450 EUR
          Selbstbeteiligung:   150 EUR

        Ihr Anwalt Herr Ostler von der Kanzlei Ostler & Kern hat die Klage
        fristgerecht beim Arbeitsgericht eingereicht; die Gütetermin-Ladung
        für den 21.04. liegt uns vor. Der vom Arbeitgeber angebotene Vergleich
        (Abfindung 0,5 Gehälter je Beschäftigungsjahr = ca. 34.200 EUR) wäre aus
        Kostensicht für uns kein Problem - ob Sie ihn annehmen, ist allein Ihre
        Entscheidung.

        Viel Erfolg!

        Mit freundlichen Grüßen
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Werner Baumgartner", "w.baumgartner@netzpost.example"),
               "[vertraulich] Deckungszusage Arbeits-Rechtsschutz RS-2026-005210", dt(20, 15, 4, 9),
               T(body), cc=("Kanzlei Ostler & Kern", "kanzlei@ostler-kern.example"))


@mail("S", "mixed", "hospital",
      "hospital's German letter on elective services quoted and explained in English to a patient: appendectomy, inpatient stay, chief-physician treatment")
def m096():
    q = dedent("""
        Sehr geehrter Herr Lindqvist,

        Sie wurden vom 28.02. bis 03.03.2026 in unserer Klinik für Allgemein- und
        Viszeralchirurgie stationär behandelt (akute Appendizitis, laparoskopische
        Appendektomie am 28.02.2026). Bei der Aufnahme haben Sie eine
        Wahlleistungsvereinbarung (Einbettzimmer, Chefarztbehandlung)
        unterschrieben. Ihre private Krankenversicherung hat uns mitgeteilt, dass
        nach Ihrem Tarif nur das Zweibettzimmer erstattet wird.

        Wir bitten Sie daher, den Differenzbetrag für das Einbettzimmer
        (4 Tage x 68,00 EUR = 272,00 EUR) selbst zu begleichen.

        Mit freundlichen Grüßen
        Kreisklinik Brunnstadt, Patientenabrechnung""")
    body = dedent("""
        Hello Henrik,

        you asked what this letter from the Kreisklinik means - here's a quick
        translation and what to do.

        The hospital says: you were treated from 28 Feb to 3 March for acute
        appendicitis (keyhole surgery on 28 Feb). When you were admitted you
        signed an agreement for a single room and treatment by the head
        surgeon. Your tariff (KV 4471-811-06, KV-Komfort 80) covers the
        head-surgeon treatment and a two-bed room, but not the single room. So
        the difference of EUR 272 (4 days x EUR 68) is yours to pay.

        Unfortunately that is correct. The rest of the bill (surgery, stay,
        surgeon) we pay directly.

        Bitte überweisen Sie die 272 EUR direkt an die Klinik (Bankverbindung
        steht auf der Rechnung). If you'd like a single room in future, we can
        offer you an upgrade of your hospital cover.

        Best regards / Viele Grüße
        Martina

        """) + ol_de("Patientenabrechnung Kreisklinik <abrechnung@kreisklinik-brunnstadt.example>",
                     "Dienstag, 17. März 2026 10:20",
                     "Henrik Lindqvist <henrik.lindqvist@meridian-precision.example>",
                     "Ihre Wahlleistungsvereinbarung / Fall 2026-0041873") + "\n" + q
    body += closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Henrik Lindqvist", "henrik.lindqvist@meridian-precision.example"),
               "WG: Ihre Wahlleistungsvereinbarung / Fall 2026-0041873 - what it means",
               dt(20, 16, 18, 27), T(body))


# --- week 4: 23 - 27 March --------------------------------------------------

@mail("N", "de", "insurer-to-broker",
      "agency moves office: new address, phone, opening party; business contact data only")
def m097():
    body = dedent("""
        Hallo Ralf,

        danke für die Info - ich habe eure neue Anschrift ab 01.04. im
        Vermittlersystem hinterlegt:

          Agentur Ralf Steinmetz
          Hauptstraße 20 (im ehemaligen Schuhhaus Berger), 63999 Brunnstadt
          Telefon 06099 88 41-0, Fax entfällt

        Neue Schilder und Aufkleber für die Schaufenster bestellt die
        Hauptverwaltung, die kommen Ende nächster Woche. Und zur Eröffnung am
        10. April kommen wir natürlich gern - Sekt bringe ich mit.

        Denk bitte daran, die Anschrift auch im Impressum eurer Website und
        im Vermittlerregister bei der IHK zu ändern.

        Gruß
        Bernd""") + closing(ACHTERNBUSCH, dash=False)
    return msg(ACHTERNBUSCH, ("Agentur Ralf Steinmetz", "ralf.steinmetz@agentur-steinmetz.example"),
               "AW: Umzug Agentur zum 1.4.", dt(23, 8, 5, 12), T(body, cte="8bit"))


@mail("S", "en", "insurer-to-customer",
      "newborn enrolled in private health insurance: confirmation PDF with baby's birth date, birth clinic, neonatal jaundice treatment, premium")
def m098():
    body = dedent("""
        Dear Mr and Mrs Whitfield,

        Lily is now officially insured with us - welcome to the family policy!
        The confirmation is attached. The hospital bill for her first days,
        including the phototherapy, will be paid directly to the Kreisklinik.

        Her premium is added to your monthly direct debit from April.

        All the best to the four of you
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    att = A_pdf("Confirmation_Kindernachversicherung_Lily_Whitfield.pdf", [
        "# Confirmation of insurance - newborn child (Kindernachversicherung)",
        "Auental Krankenversicherung AG",
        "",
        "Policy: KV 4471-702-55, policyholder Daniel Whitfield",
        "New insured person: Lily Whitfield, born 11.03.2026 at Kreisklinik Brunnstadt",
        "Insured from: 11.03.2026 (date of birth), without health questions or waiting periods",
        "Tariff: KV-Komfort 80 Kinder + Pflegepflichtversicherung",
        "Monthly premium: EUR 168.42 (health) + EUR 9.10 (long-term care)",
        "",
        "Note from benefits service: inpatient costs 11.03.-15.03.2026 incl. phototherapy",
        "for neonatal hyperbilirubinaemia (P59.9) are covered and will be settled directly",
        "with Kreisklinik Brunnstadt.",
    ], title="Confirmation Kindernachversicherung", day=23)
    return msg(OKONKWO, [("Daniel Whitfield", "danwhit@webpost.example"),
                         ("Karen Whitfield", "karen.whitfield@webpost.example")],
               "Lily is insured - confirmation", dt(23, 9, 12, 44), Mixed(T(body), att))


@mail("N", "en", "insurer-to-club",
      "charity run organisers ask about insurance; general answer on event liability vs participants' own accident cover; no person")
def m099():
    body = dedent("""
        Hi Jake,

        great to hear the Brunnstadt International Runners are organising a
        charity run for the children's hospice this year!

        To your questions:

        - Event liability: as organiser you need liability cover for the event.
          If your club is a registered association (e.V.), check first whether
          your club policy already includes events of this size (you expect
          about 300 runners). If not, a one-day event liability policy for a run
          like this costs roughly EUR 120-200.
        - Runners' own accidents: these are not covered by the organiser's
          liability. Most charity runs put a line in the registration form that
          participation is at the runner's own risk and recommend personal
          accident insurance.
        - Volunteers: helpers of a registered association are often covered by
          the state accident insurance scheme for volunteers - ask the town hall.
        - First aid: the town requires a first aid service (e.g. the Red Cross)
          for events over 200 participants.

        Happy to make you an offer for the event liability if you send me the
        date, route and expected number of runners.

        Cheers
        Martina""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Jake Morrison", "run@brunnstadt-runners.example"),
               "Re: Charity run - do we need insurance?", dt(23, 10, 0, 3),
               T(asciify(body), charset="us-ascii", cte="7bit"), mailer="thunderbird")


@mail("S", "de", "internal",
      "data-breach report to the DPO: a named customer's psychiatric discharge letter mailed to the wrong recipient; diagnosis named")
def m100():
    body = dedent("""
        Hallo Frau Dr. Feldkamp,

        ich muss leider einen Fehlversand melden (Meldung nach Art. 33 DSGVO,
        interne Frist 24 h):

          Wann:       heute, 23.03.2026, 09:58 Uhr
          Wer:        ich selbst (Sabine Wölfle, BD Brunnstadt)
          Was:        Entlassungsbericht der Psychosomatischen Klinik
                      Bad Auenried für Frau Sandra Völkl (KT 4471-702118,
                      Diagnosen F32.1 und F43.2, Aufenthalt 20.01.-17.02.2026)
          An wen:     gedacht für den Leistungsservice Kranken, tatsächlich
                      an Herrn Lukas Kranich, einen Privatkunden
                      (lukas.kranich@postfach24.example) - Outlook hat beim
                      Tippen von "Kran..." den falschen Kontakt vorgeschlagen
          Verschlüsselt: nein (Betreff ohne Kennzeichnung, intern gedacht)

        Sofortmaßnahmen:
          - 10:15 Uhr Herrn Kranich angerufen, er hat die Mail ungeöffnet
            gelöscht und das per Mail bestätigt (Bestätigung im Anhang der
            Akte)
          - Frau Völkl ist noch nicht informiert - bitte um Ihre Entscheidung,
            ob und wie wir sie benachrichtigen

        Es tut mir sehr leid. Ich habe den Autocomplete-Eintrag gelöscht.

        Sabine Wölfle""") + closing(WOELFLE, footer=False)
    return msg(WOELFLE, FELDKAMP, "[streng vertraulich] Meldung Fehlversand 23.03. - Entlassungsbericht",
               dt(23, 10, 42, 19), T(body), cc=[DATENSCHUTZ, ACHTERNBUSCH], importance="high")


@mail("N", "mixed", "insurer-to-customer",
      "bilingual out-of-office auto-reply of the international desk; no content")
def m101():
    body = dedent("""
        Vielen Dank für Ihre Nachricht. Ich bin vom 24. bis 26. März auf einer
        Schulung und ab Freitag, 27. März, wieder im Büro. In dringenden Fällen
        wenden Sie sich bitte an das Team der Bezirksdirektion: 06099 4471-0,
        bd-brunnstadt@auental-versicherung.example.

        Thank you for your message. I am at a training course from 24 to 26 March
        and back in the office on Friday, 27 March. If it is urgent, please
        contact my colleagues at the branch office: +49 6099 4471-0,
        bd-brunnstadt@auental-versicherung.example.

        Martina Okonkwo
        Auental Versicherungen - Bezirksdirektion Brunnstadt""")
    return msg(OKONKWO, ("Tomasz Nowak", "tomasz.nowak@inbox-mail.example"),
               "Automatic reply: Re: your letter of 20 March", dt(24, 6, 58, 40),
               T(body, charset="iso-8859-1", cte="quoted-printable"), mailer="system",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
               in_reply_to="<CAK7nowak-2026032406@inbox-mail.example>")


@mail("C", "de", "insurer-to-customer",
      "deer collision under partial cover: named customer, plate, claim number, no injuries; pre-filled game-accident certificate (PDF)")
def m102():
    body = dedent("""
        Sehr geehrte Frau Hofbauer,

        gut, dass Ihnen bei dem Wildunfall nichts passiert ist! Wir haben den
        Schaden an Ihrem Fahrzeug unter der Nummer TK-2026-044871 zu Ihrer
        Teilkaskoversicherung KF 4471-209944 angelegt (Toyota Yaris Hybrid,
        BRU-KH 1204, Selbstbeteiligung 150 EUR).

        Für die Regulierung brauchen wir noch die Wildunfallbescheinigung. Das
        Formular habe ich Ihnen vorausgefüllt angehängt; der Jagdpächter oder die
        Polizei muss es unterschreiben. Für das Revier an der Kreisstraße 12
        zwischen Oberbrunn und Kaltenweiler ist laut Landratsamt Herr Anton
        Seehuber zuständig (Tel. 06099 71 02).

        Die Reparatur können Sie in einer Werkstatt Ihrer Wahl machen lassen;
        bei Schäden über 2.000 EUR schaut sich vorher unser Gutachter das Auto an.

        Mit freundlichen Grüßen
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    att = A_pdf("Wildunfallbescheinigung_TK-2026-044871.pdf", [
        "# Bescheinigung über einen Wildunfall",
        "(zur Vorlage bei der Auental Allgemeine Versicherung AG)",
        "",
        "Schadennummer: TK-2026-044871    Vertrag: KF 4471-209944",
        "Fahrzeughalterin: Karin Hofbauer, Oberbrunner Straße 30, 63999 Brunnstadt",
        "Kennzeichen: BRU-KH 1204",
        "",
        "Unfallzeit: 22.03.2026, ca. 06:10 Uhr",
        "Unfallort: Kreisstraße 12, zwischen Oberbrunn und Kaltenweiler, km 3,4",
        "Wildart: Reh ( )   Wildschwein ( )   Hirsch ( )   sonstiges: ________",
        "",
        "Hiermit wird bestätigt, dass an der genannten Stelle verendetes bzw.",
        "verletztes Wild aufgefunden wurde bzw. Spuren eines Zusammenstoßes vorliegen.",
        "",
        "Name Jagdausübungsberechtigter / Dienststelle: __________________________",
        "Ort, Datum, Unterschrift, Stempel: __________________________",
    ], title="Wildunfallbescheinigung", day=23)
    return msg(WOELFLE, ("Karin Hofbauer", "k.hofbauer@netzpost.example"),
               "Wildunfall am 22.03. – Schaden TK-2026-044871", dt(24, 8, 33, 50),
               Mixed(T(body), att))


@mail("N", "de", "internal",
      "trap: monthly service statistics of the branch (XLSX): walk-in visits, scanned pages by document type incl. doctors' invoices, calls; counts only")
def m103():
    body = dedent("""
        Hallo Bernd,

        wie jeden Monat die Servicezahlen für den Bericht an die Direktion
        (Zeitraum 23.02.-22.03.). Auffällig: Der Anteil der Arzt- und
        Zahnarztrechnungen am Schalter ist wieder gestiegen, obwohl die App-
        Einreichung bei den unter 50-Jährigen inzwischen fast Standard ist. Die
        Älteren bringen ihre Belege lieber persönlich - das ist ja auch gut so.

        Details in der Tabelle.

        Gruß
        Sabine""") + closing(WOELFLE, footer=False)
    rows = [["Kennzahl", "Februar/März 2026", "Vormonat", "Vorjahresmonat"],
            ["Besuche Geschäftsstelle (Schalter)", 412, 388, 366],
            ["davon mit Belegeinreichung", 171, 150, 149],
            ["gescannte Seiten gesamt", 2344, 2108, 1987],
            ["  Arzt-/Zahnarztrechnungen", 1126, 980, 902],
            ["  Rezepte/Verordnungen", 318, 290, 270],
            ["  Kfz/Sach (Rechnungen, KVA)", 466, 451, 430],
            ["  sonstige", 434, 387, 385],
            ["Anrufe Zentrale", 1630, 1552, 1498],
            ["Beschwerden", 3, 5, 2],
            ["SecureMail-Nachrichten versandt", 286, 241, 117],
            ["Kundenbewertungen (Schnitt 1-5)", 4.7, 4.6, 4.5]]
    att = A_xlsx("Servicezahlen_BD_Brunnstadt_2026-03.xlsx", [("Service", rows)],
                 title="Servicezahlen März", creator="Sabine Wölfle", day=23)
    return msg(WOELFLE, ACHTERNBUSCH, "Servicezahlen März", dt(24, 9, 40, 7), Mixed(T(body), att))


@mail("C", "en", "insurer-to-customer",
      "new motor policy for a British customer: policy number, plate, premium, his IBAN for the direct debit, eVB")
def m104():
    ib = iban_de("50862917", "7708341195")
    body = dedent("""
        Dear Mr Fitzgerald,

        welcome to Auental! Your car insurance is in place from 1 April 2026:

          policy number:   KF 4471-880517
          car:             Mazda CX-5 2.5 (2021), VIN JMZKF6W1A00412893
          plate:           BRU-LF 83 (reserved - please bring the eVB
                           number 5RW8PQ2 to the registration office)
          cover:           third-party liability + comprehensive,
                           deductible EUR 300 / EUR 150
          no-claims class: SF 11 (from your UK no claims discount)
          annual premium:  EUR 498.60, by direct debit on 1 April from
                           %s

        Your broker Mr Wiegand will receive a copy. The German policy documents
        follow by post - this summary (also attached as PDF) is for your
        convenience; the German documents prevail.

        Kind regards
        Kemal Yildirim""") % grp(ib)
    body += closing(YILDIRIM, en=True)
    return msg(YILDIRIM, ("Liam Fitzgerald", "liam.fitzgerald@meridian-precision.example"),
               "Your car insurance KF 4471-880517", dt(24, 10, 25, 35),
               Mixed(T(body), A_pdf("Policy_summary_KF_4471-880517.pdf", [
                   "# Policy summary (convenience translation)",
                   "Auental Allgemeine Versicherung AG - motor insurance",
                   "Policyholder: Liam Fitzgerald, born 03.12.1983, Gartenstraße 22, 63999 Brunnstadt",
                   "Policy: KF 4471-880517, start 01.04.2026",
                   "Vehicle: Mazda CX-5 2.5 (2021), VIN JMZKF6W1A00412893, plate BRU-LF 83",
                   "Cover: liability + comprehensive, deductible EUR 300 / 150; no-claims class SF 11",
                   "Annual premium: EUR 498.60, SEPA direct debit, account %s" % grp(ib),
                   "Broker: Wiegand Maklerkontor, Brunnstadt",
               ], title="Policy summary", day=24)),
               cc=("Hanno Wiegand", "h.wiegand@wiegand-makler.example"))


@mail("S", "de", "insurer-to-customer",
      "grey: funeral expenses (whole-life) insurance application of a named 74-year-old: no medical word, but a life contract of a specific person")
def m105():
    body = dedent("""
        Sehr geehrter Herr Ostermann,

        danke für das freundliche Gespräch am Freitag. Wie besprochen habe ich
        Ihren Antrag auf eine Sterbegeldversicherung vorbereitet:

          Versicherte Person:     Karl Ostermann, geb. 06.11.1951
          Versicherungssumme:     8.000 EUR
          Beitrag:                38,64 EUR monatlich, Beitragszahlung bis 85
          Bezugsberechtigt:       Ihre Tochter Birgit Wendland, geb. Ostermann
          Besonderheit:           ohne Gesundheitsfragen; in den ersten drei
                                  Jahren wird bei Tod die Summe der gezahlten
                                  Beiträge erstattet, bei Unfalltod sofort die
                                  volle Summe

        Vorab schicke ich Ihnen den Antrag als PDF zum Durchlesen mit. Zum
        Unterschreiben bringe ich ihn Ihnen am Donnerstag vorbei,
        dann können wir auch gleich die Bankverbindung eintragen. Wenn Sie
        möchten, kann Ihre Tochter dabei sein.

        Mit freundlichen Grüßen
        Kemal Yıldırım""") + closing(YILDIRIM, dash=False)
    return msg(YILDIRIM, ("Karl Ostermann", "k.ostermann@brunnstadt-net.example"),
               "Ihr Antrag Sterbegeldversicherung", dt(24, 11, 48, 3),
               Mixed(T(body, cte="8bit"), A_pdf("Antrag_Sterbegeld_Ostermann_Entwurf.pdf", [
                   "# Antrag auf Sterbegeldversicherung (Entwurf)",
                   "Auental Lebensversicherung AG",
                   "Versicherte Person und Versicherungsnehmer: Karl Ostermann, geb. 06.11.1951",
                   "Anschrift: Am Stadtgraben 4, 63999 Brunnstadt",
                   "Versicherungssumme: 8.000 EUR · Beitrag 38,64 EUR monatlich bis Alter 85",
                   "Bezugsberechtigt: Birgit Wendland, geb. Ostermann (Tochter)",
                   "Ohne Gesundheitsprüfung; Wartezeit 36 Monate (außer Unfalltod)",
                   "Bankverbindung: ______________________",
                   "Ort, Datum, Unterschrift: ______________________",
               ], title="Antrag Sterbegeld", day=24)))


@mail("N", "de", "insurer-to-company",
      "trap: catering order for the customer evening with vegetarian/gluten-free/lactose-free counts; no names")
def m106():
    body = dedent("""
        Hallo Herr Pfister,

        für unseren Kundenabend am 16. April im Saal haben sich bisher 64 Gäste
        angemeldet, wir rechnen mit bis zu 75. Bitte planen Sie für 75 Personen:

          - Brezen und Laugengebäck, Obatzda, Kräuterquark
          - Fingerfood warm (Fleischpflanzerl, Gemüsequiche)
          - davon mindestens 12 Portionen vegetarisch, 4 glutenfrei und
            3 laktosefrei - die Anmeldungen haben das so angegeben; bitte
            die Allergene wie immer auf kleinen Schildern ausweisen
          - Getränke nach Verbrauch, Kaffee ab 20:15 Uhr

        Beamer und Leinwand bringen wir selbst mit. Aufbau ab 17:30 Uhr.

        Die Rechnung bitte wie letztes Jahr an die Bezirksdirektion,
        Kostenstelle 4471-300.

        Schöne Grüße
        Bernd Achternbusch""") + closing(ACHTERNBUSCH, dash=False)
    return msg(ACHTERNBUSCH, ("Gasthof Zur Linde – Georg Pfister", "info@gasthof-linde-brunnstadt.example"),
               "Catering Kundenabend 16.04.", dt(24, 13, 5, 0), T(body))


@mail("S", "en", "insurer-to-customer",
      "accident benefits paid to an expat: fracture lump sum and hospital allowance for wrist fracture and rotator-cuff tear, ongoing physiotherapy")
def m107():
    body = dedent("""
        Dear Mr O'Brien,

        thank you for the questionnaire and the discharge letter from the
        Kreisklinik. I'm glad to hear the physiotherapy is helping.

        We have paid the following benefits from your accident insurance
        UV 4471-509731 (claim UV-2026-00412):

          hospital daily allowance   4 nights x EUR 30       EUR 120.00
          fracture lump sum          distal radius fracture   EUR 500.00
          (your tariff pays a fixed amount for bone fractures)
          total                                              EUR 620.00

        The rotator cuff tear is not a fracture, so it does not trigger the
        lump sum. But it is the injury most likely to leave a permanent
        restriction of movement; if so, it will count for the invalidity
        assessment later. Please keep all reports from the orthopaedic surgeon
        and your physiotherapist.

        I'll contact you again in about nine months to arrange the medical
        assessment.

        Best regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Sean O'Brien", "sean.obrien@webpost.example"),
               "Your accident claim UV-2026-00412 - payment", dt(27, 9, 20, 11),
               T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("C", "de", "insurer-to-authority",
      "damage to a municipal street lamp by a named customer's car: claim number, plate, town's repair invoice; nobody hurt")
def m108():
    body = dedent("""
        Sehr geehrter Herr Lechner,

        vielen Dank für die Übersendung Ihrer Rechnung vom 23.03.2026
        (Ihr Zeichen 66-StB-0311/26) über die Reparatur der Straßenleuchte
        Birkenweg / Ecke Kirchsteig.

        Der Schaden wurde am 21.03.2026 von unserem Versicherungsnehmer, Herrn
        Emre Kaya (Dacia Duster, BRU-EK 917), beim Wenden verursacht; Personen
        kamen nicht zu Schaden. Wir regulieren über die Kfz-Haftpflicht
        (Schadennummer KH-2026-085530):

          Mast und Leuchtenkopf, Material     1.684,00 EUR
          Arbeitszeit Bauhof, Hubsteiger        612,50 EUR
          Gesamt                              2.296,50 EUR

        Die Zahlung geht in den nächsten Tagen auf das Konto der Stadtkasse mit
        dem angegebenen Verwendungszweck.

        Mit freundlichen Grüßen
        Jens Hagedorn""") + closing(HAGEDORN, dash=False)
    return msg(HAGEDORN, ("Stadt Brunnstadt – Bauamt, Straßenbeleuchtung", "bauamt@stadt-brunnstadt.example"),
               "Ihr Zeichen 66-StB-0311/26 – Schaden Straßenleuchte Birkenweg",
               dt(24, 14, 36, 22), T(body))


@mail("N", "en", "insurer-to-customer",
      "visitor asks the branch to certify a passport copy; referred to the town's citizens' office; no personal data")
def m109():
    body = dedent("""
        Dear Ms Adeyemi,

        thank you for your message. Unfortunately we are not allowed to certify
        copies of documents - an insurance company is not an official body for
        this.

        Certified copies (amtliche Beglaubigung) are made by the Buergerbuero in
        the town hall (Rathausplatz 1, ground floor, room 0.14). Please book an
        appointment online at https://www.stadt-brunnstadt.example/buergerbuero
        and bring the original passport. The fee is around EUR 5 per page.

        If the copy is for a visa application, the embassy sometimes accepts
        copies certified by a notary - Dr Hirschberger's office is just across
        the square from us.

        Good luck!
        Lea Sommerfeld""") + closing(SOMMERFELD, en=True)
    return msg(SOMMERFELD, ("Grace Adeyemi", "grace.adeyemi@mailo.example"),
               "Re: certified copy of passport", dt(24, 15, 50, 13),
               T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("N", "en", "insurer-to-supplier",
      "IT hardware order (two laptops with disk encryption, docking stations) from a local IT supplier; no personal data")
def m110():
    body = dedent("""
        Hi Sam,

        please go ahead with the order from your quote Q-26-0318:

          2 x Lenovo ThinkPad T14 Gen 5, 32 GB RAM, 1 TB SSD
          2 x USB-C docking station
          2 x privacy filter 14"

        Setup as agreed with our head office IT: BitLocker enabled before the
        devices leave your workshop, our standard image installed by head
        office remotely. Please don't register any user accounts on them.

        Delivery to the Brunnstadt branch office, Marktplatz 7, ideally before
        Wednesday 1 April (our trainee starts in claims then and needs one).

        Thanks!
        Bernd""") + closing(ACHTERNBUSCH, en=True)
    return msg(ACHTERNBUSCH, ("Sam Kowalczyk (NordByte IT)", "sales@nordbyte-it.example"),
               "Order Q-26-0318 - 2 laptops", dt(25, 8, 11, 40),
               T(asciify(body), charset="us-ascii", cte="7bit"), cc=ITSD)


@mail("N", "de", "insurer-to-customer",
      "grey: prospect's general question on waiting periods for dental top-up answered with product facts; no health data of the asker")
def m111():
    q = dedent("""
        Hallo,
        ab wan zahlt bei ihnen eine Zahnzusatzversicherung?? Gibt es Wartezeiten
        und was kostet das ungefähr für jemand Mitte 40?
        Gruß C. Maurer""")
    body = dedent("""
        Guten Tag Frau Maurer,

        danke für Ihre Anfrage! Kurz und knapp zu unserem Tarif ZahnPlus 90:

          - Wartezeit: keine allgemeine Wartezeit. Es gibt aber eine
            Leistungsbegrenzung in den ersten Jahren (z. B. im 1. Jahr max.
            1.000 EUR für Zahnersatz, im 2. Jahr max. 2.000 EUR ...).
          - Zahnreinigung und Unfälle sind ab dem ersten Tag voll versichert.
          - Nicht versichert sind Behandlungen, die beim Abschluss schon laufen
            oder vom Zahnarzt bereits angeraten wurden.
          - Beitrag mit 45 Jahren: 27,90 EUR im Monat.

        Bei Abschluss gibt es drei kurze Gesundheitsfragen. Wenn Sie möchten,
        schicke ich Ihnen gern die Produktinformation oder wir telefonieren kurz.

        Freundliche Grüße
        Lea Sommerfeld

        """) + quote(q) + closing(SOMMERFELD)
    return msg(SOMMERFELD, ("C. Maurer", "c.maurer77@webpost.example"),
               "AW: Frage Zahnzusatz", dt(25, 9, 2, 56), T(body))


@mail("C", "de", "broker",
      "agency forwards a customer's own mail as attachment: household insurance request with birth date, address, living space and IBAN")
def m112():
    ib = iban_de("50862917", "0630551908")
    inner_body = dedent("""
        Hallo Frau Demirci,

        wie am Telefon besprochen hier meine Daten für die Hausratversicherung:

        Name: Elif Yıldız
        geboren: 23.04.1994
        Adresse: Bahnhofstraße 33, 3. OG, 63999 Brunnstadt
        Wohnfläche: 58 qm, keine Fahrräder über 1000 EUR
        Beginn: 01.04.2026
        Konto für die Abbuchung: %s

        Danke und liebe Grüße
        Elif""") % ib
    inner = build(_CUR[0], ("Elif Yıldız", "elif.yildiz@mailo.example"),
                  ("Gül Demirci", "info@demirci-versicherungen.example"),
                  "Hausrat - meine Daten", dt(24, 20, 14, 3),
                  T(inner_body, cte="8bit"), mailer="mobile",
                  mid_host="mailo.example", sub=1)
    body = dedent("""
        Hallo Herr Yıldırım,

        anbei die Mail meiner Kundin, bitte Hausrat Kompakt mit Fahrrad-Baustein
        rechnen und Antrag vorbereiten, sie unterschreibt am Freitag bei mir.

        Danke!
        Gül Demirci
        Versicherungsbüro Demirci, Generalagentur der Auental""")
    body2 = dedent("""
        Liebe Frau Demirci,

        erledigt - Antrag liegt in Ihrer Vermittlerpost. Beitrag 79,20 EUR im Jahr.

        Viele Grüße
        Kemal Yıldırım

        -----Ursprüngliche Nachricht-----
        Von: Gül Demirci <info@demirci-versicherungen.example>
        Gesendet: Mittwoch, 25. März 2026 08:15
        An: Yıldırım, Kemal <kemal.yildirim@auental-versicherung.example>
        Betreff: Hausrat Yıldız

        """) + body + closing(YILDIRIM)
    return msg(YILDIRIM, ("Gül Demirci", "info@demirci-versicherungen.example"),
               "AW: Hausrat Yıldız", dt(25, 10, 31, 22),
               Mixed(T(body2), Eml(inner, "Hausrat - meine Daten.eml")))


@mail("S", "en", "insurer-to-customer",
      "private health insurance application follow-up: named applicant's disclosed allergic rhinitis, knee physiotherapy, medication; doctor's report needed")
def m113():
    body = dedent("""
        Dear Mr Nair,

        thank you for your application for private health insurance
        (application KV-A-2026-009321, tariff KV-Komfort 80, start 1 May 2026).
        Our underwriters have looked at your health questions and need a
        little more information before they can decide:

          1. Allergic rhinitis (hay fever) - you take cetirizine in spring.
             Have you ever had asthma symptoms or been prescribed an inhaler?
          2. Physiotherapy for your right knee in 2024 (12 sessions after a
             football injury) - please send the doctor's report or discharge
             summary stating the diagnosis, e.g. whether the meniscus or a
             ligament was damaged, and whether treatment is complete.
          3. You mentioned "occasional back pain" - any treatment in the last
             5 years?

        Your SecureMail access is already set up (you received the registration
        mail last week). Please upload the report there - not by normal e-mail.

        Kind regards
        Kemal Yildirim
        Sales support life / health""") + closing(YILDIRIM, en=True)
    return msg(YILDIRIM, ("Arjun Nair", "arjun.nair@hs-brunnstadt.example"),
               "[secure] Your health insurance application - questions", dt(25, 11, 40, 0),
               T(body))


@mail("N", "de", "insurer-to-club",
      "shooting club asks about insurance for its festival; general answer on event liability, gun-salute rules, helpers; no person")
def m114():
    body = dedent("""
        Sehr geehrter Herr Zehetmair,

        danke für Ihre Anfrage zum Schützenfest im Juli. Ein paar allgemeine
        Punkte vorab:

        1. Ihre Vereinshaftpflicht über den Schützenbund deckt den normalen
           Schießbetrieb. Für ein Fest mit Zelt, Ausschank und rund 1.500
           Besuchern an drei Tagen empfehlen wir eine gesonderte
           Veranstalterhaftpflicht - bitte prüfen Sie zuerst den
           Rahmenvertrag Ihres Verbands, oft ist das schon eingeschlossen.
        2. Böllerschießen: Nur durch Personen mit Erlaubnis nach dem
           Sprengstoffgesetz, und es muss im Vertrag ausdrücklich genannt sein.
        3. Das Festzelt selbst ist Sache des Zeltverleihers (Sturm!), die
           Ausstattung kann man über eine Veranstaltungs-Inhaltsversicherung
           absichern.
        4. Helfer beim Auf- und Abbau: Ehrenamtliche sind bei eingetragenen
           Vereinen über die gesetzliche Unfallversicherung bzw. den
           Sammelvertrag des Landes geschützt.

        Für ein Angebot bräuchte ich Datum, Besucherzahl, Zeltgröße und die
        geplanten Programmpunkte.

        Mit freundlichen Grüßen
        Frank Dietzel""") + closing(DIETZEL, dash=False)
    return msg(DIETZEL, ("Kgl. priv. Schützengesellschaft Brunnstadt – Johann Zehetmair",
                         "schuetzenmeister@sg-brunnstadt.example"),
               "AW: Versicherung Schützenfest 2026", dt(25, 13, 17, 38), T(body))


@mail("N", "en", "insurer-to-club",
      "trap: outline of a talk for an international women's club on maternity benefits, care for elderly parents and health cover; general, no person")
def m115():
    body = dedent("""
        Dear Mrs Chatterjee,

        thank you for inviting me to speak at the International Women's Club on
        Tuesday, 21 April. Here is a draft outline - tell me if you'd like more
        on one topic and less on another.

        "Health, family and insurance in Germany" (45 minutes + questions)

        1. Pregnancy and maternity
           - what the Krankenkasse pays (check-ups, midwife, delivery)
           - maternity protection and parental allowance (Elterngeld) in brief
           - private health insurance: newborns must be registered within two
             months
        2. When parents get older
           - long-term care in Germany: care levels 1 to 5, care allowance vs.
             care services
           - parents living abroad: what German insurance can and cannot do
        3. Your own cover
           - sick pay, disability insurance (BU) for women in part-time work
           - why a written will and a power of attorney (Vorsorgevollmacht)
             matter here

        I will not do any sales at the event; I'll bring a few brochures in
        English that members can take if they like.

        Best regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Anjali Chatterjee (International Women's Club Brunnstadt)",
                         "iwc.brunnstadt@inbox-mail.example"),
               "Talk on 21 April - draft outline", dt(27, 10, 4, 29), T(body))


@mail("C", "en", "insurer-to-customer",
      "own-damage claim (hit-and-run parking damage) for a named customer's car: plate, policy and claim numbers, deductible, workshop")
def m116():
    body = dedent("""
        Dear Mr Whitfield,

        sorry to hear someone scraped your new Tiguan and drove off. I've
        registered the damage under your comprehensive cover:

          policy:        KF 4471-913006 (BRU-DW 412)
          claim number:  VK-2026-027715
          damage:        rear bumper and left rear door, parking lot at the
                         Hochschule, 24 March between 8 am and 5 pm
          police report: yes, reference 0412/26/004455 (hit-and-run)
          deductible:    EUR 300

        You can take the car to any workshop; Autohaus Brenner works with us
        directly, so you only pay the deductible there. Because the police
        report exists, this claim will not affect your no-claims class only if
        the other driver is found - otherwise it does count, sorry. I'll let
        you know if the police find them.

        Best regards
        Sabine Woelfle
        (for Martina Okonkwo, who is at a training this week)""") + closing(WOELFLE, en=True)
    return msg(WOELFLE, ("Daniel Whitfield", "danwhit@webpost.example"),
               "Your claim VK-2026-027715 - parking damage", dt(25, 14, 55, 50), T(body))


@mail("N", "en", "internal",
      "request to IT for a shared international mailbox and an S/MIME certificate; technical, no customer")
def m117():
    body = dedent("""
        Hello IT Service Desk,

        for the International Desk at the Brunnstadt branch I'd like to request:

          1. a shared mailbox "international-brunnstadt@auental-versicherung.example"
             with full access for Martina Okonkwo and Sabine Woelfle (deputy);
          2. an S/MIME certificate for that mailbox, so that customers who
             use their own encryption (several researchers at the Hochschule
             do) can write to us encrypted;
          3. the English version of the SecureMail notification and the
             portal login page activated for customers with language "EN" in
             the customer master data.

        Approval from my manager, Bernd Achternbusch, is in CC.

        Thank you!
        Martina""") + closing(OKONKWO, en=True, footer=False)
    return msg(OKONKWO, ITSD, "Request: shared mailbox + S/MIME certificate International Desk",
               dt(27, 11, 10, 5), T(asciify(body), charset="us-ascii", cte="7bit"),
               cc=ACHTERNBUSCH)


@mail("N", "de", "internal",
      "trap: trainee's data-protection quiz (DOCX) with an invented placeholder person 'Max Mustermann' and example diagnoses; no real person")
def m118():
    body = dedent("""
        Hallo zusammen,

        für meine Projektarbeit habe ich ein kleines Datenschutz-Quiz gebastelt
        (Anhang). Wer mag, kann es bis Mittwoch ausfüllen und mir zurückgeben -
        anonym, ich werte nur aus, welche Fragen schwierig waren.

        Alle Namen und Daten im Quiz sind erfunden!

        Danke!
        Lea""") + closing(SOMMERFELD, footer=False)
    att = A_docx("Datenschutz-Quiz_Geschaeftsstelle.docx", [
        "# Datenschutz-Quiz Bezirksdirektion Brunnstadt",
        "Projektarbeit Lea Sommerfeld, Berufsschule Hohenfurt. Alle Personen sind frei erfunden.",
        "1. Ein Kunde bittet, ihm seine Arztrechnung per normaler E-Mail zurückzuschicken. Was tun Sie?",
        "   a) einfach schicken  b) SecureMail-Portal nutzen  c) ablehnen und per Post schicken",
        "2. Welche dieser Angaben sind Gesundheitsdaten? (mehrere richtig)",
        "   a) 'Max Mustermann, geb. 01.01.1970, Diagnose F32.1'  b) 'Pflegegrad 2'  c) 'Kfz-Kennzeichen BRU-XY 123'  d) 'trägt eine Brille'",
        "3. Die Mitarbeiterin einer Arztpraxis ruft an und fragt, ob Frau Musterfrau bei uns versichert ist. Dürfen Sie das sagen?",
        "4. Was bedeutet [vertraulich] im Betreff einer E-Mail bei uns?",
        "5. Wie lange werden Protokolle über den Zugriff auf Kundendaten aufbewahrt?",
        [["Frage", "Richtige Antwort (nicht vorher spicken!)"],
         ["1", "b"], ["2", "a, b, d"], ["3", "Nein, ohne Einwilligung keine Auskunft"],
         ["4", "Das Gateway verschlüsselt die Mail"], ["5", "6 Jahre"]],
    ], title="Datenschutz-Quiz", creator="Lea Sommerfeld", day=25)
    return msg(SOMMERFELD, TEAM_BD, "Datenschutz-Quiz für meine Projektarbeit (5 Minuten)",
               dt(25, 16, 2, 33), Mixed(T(body, cte="8bit"), att))


@mail("N", "en", "insurer-to-partner",
      "press quote for the twin town's local newspaper about the partnership and sponsorship; no personal data")
def m119():
    body = dedent("""
        Dear Ms Whitmore,

        thank you for your questions. Here is a short statement you may quote:

          "Brunnstadt and Ashcombe have been twin towns for 31 years, and every
          year more people from Ashcombe actually move here - to work at the
          Hochschule, at the Kreisklinik or in local companies. As the local
          office of Auental we see it every day at our counter. Sponsoring the
          reception in May is our way of saying thank you to the volunteers on
          both sides who keep the partnership alive."
          - Bernd Achternbusch, head of the Auental branch office in Brunnstadt

        A photo of our office (with the twinning bench in front of it) is in
        the press area of our website: https://www.auental-versicherung.example/presse

        Please use my name and function as above.

        Best regards
        Bernd Achternbusch""") + closing(ACHTERNBUSCH, en=True)
    return msg(ACHTERNBUSCH, ("Helen Whitmore (Ashcombe Gazette)", "newsdesk@ashcombe-gazette.example"),
               "Your questions on the twinning reception - statement", dt(25, 17, 20, 9),
               T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("S", "de", "insurer-to-company",
      "group accident insurance of a metal-working company: named employee's leisure accident, severed flexor tendon, surgery, sick leave")
def m120():
    body = dedent("""
        Sehr geehrte Frau Pohl,

        danke für Ihre Meldung. Da Ihre Gruppen-Unfallversicherung
        (GU 4471-150233) auch Freizeitunfälle der Mitarbeitenden einschließt, haben
        wir den Unfall Ihres Mitarbeiters wie folgt aufgenommen:

          Mitarbeiter:   Dragan Marković, Schlosser, Personal-Nr. 1187
          Unfall:        Samstag, 14.03.2026, zu Hause mit der Kreissäge
          Verletzung:    Durchtrennung der Beugesehne am linken Zeigefinger,
                         Nervverletzung; am selben Tag in der Handchirurgie der
                         Kreisklinik genäht
          AU:            voraussichtlich 8-10 Wochen, Ergotherapie

        Leistungen aus dem Vertrag (Krankenhaustagegeld, ggf. Invalidität) gehen
        direkt an Herrn Marković. Wir schreiben ihn an und bitten um seine
        Einwilligung und die Arztberichte. Bitte geben Sie ihm den beiliegenden
        Hinweis auf unser SecureMail-Portal weiter; Sie als Arbeitgeber erhalten
        aus Datenschutzgründen keine medizinischen Einzelheiten mehr.

        Mit freundlichen Grüßen
        Frank Dietzel""") + closing(DIETZEL, dash=False)
    return msg(DIETZEL, ("Brunnstädter Metallbau GmbH – Personal, Sabine Pohl", "personal@metallbau-brunnstadt.example"),
               "[vertraulich] Unfallmeldung GU 4471-150233 – Herr Marković", dt(26, 8, 47, 0), T(body))


@mail("N", "de", "insurer-to-doctor",
      "trap: invitation to local practices to a talk on electronic invoice submission for private patients; GOÄ, invoices, patients in general")
def m121():
    text = dedent("""
        Sehr geehrte Damen und Herren,
        liebe Praxisteams in Brunnstadt,

        immer mehr unserer privat versicherten Patientinnen und Patienten reichen
        ihre Arztrechnungen digital ein. Für Sie als Praxis gibt es seit diesem
        Jahr zwei Erleichterungen, die wir Ihnen gern vorstellen möchten:

          - die elektronische Rechnung mit QR-Code, die Ihre Patienten mit einem
            Foto direkt in die Auental-App übernehmen (keine Abtipp-Fehler,
            schnellere Erstattung - weniger Nachfragen bei Ihnen),
          - Rückfragen zu GOÄ-Positionen und Steigerungsfaktoren über ein
            gesichertes Praxis-Postfach statt per Fax.

        Wann: Mittwoch, 22. April 2026, 13:30-14:15 Uhr (Mittagspause)
        Wo:   Bezirksdirektion Brunnstadt, Marktplatz 7, mit Imbiss

        Anmeldung formlos per Antwort. Die Veranstaltung ist produktneutral; es
        werden keine Patientendaten besprochen.

        Mit freundlichen Grüßen
        Kemal Yıldırım""") + closing(YILDIRIM)
    html_ = dedent("""
        <html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#1a1a1a">
        <p>Sehr geehrte Damen und Herren,<br>liebe Praxisteams in Brunnstadt,</p>
        <p>immer mehr unserer privat versicherten Patientinnen und Patienten reichen ihre Arztrechnungen digital ein.
        Für Sie als Praxis gibt es seit diesem Jahr zwei Erleichterungen, die wir Ihnen gern vorstellen möchten:</p>
        <ul>
        <li>die <b>elektronische Rechnung mit QR-Code</b>, die Ihre Patienten mit einem Foto direkt in die Auental-App übernehmen
        (keine Abtipp-Fehler, schnellere Erstattung – weniger Nachfragen bei Ihnen),</li>
        <li>Rückfragen zu GOÄ-Positionen und Steigerungsfaktoren über ein <b>gesichertes Praxis-Postfach</b> statt per Fax.</li>
        </ul>
        <table cellpadding="4" style="background:#eef5f9"><tr><td><b>Wann:</b></td><td>Mittwoch, 22. April 2026, 13:30–14:15 Uhr (Mittagspause)</td></tr>
        <tr><td><b>Wo:</b></td><td>Bezirksdirektion Brunnstadt, Marktplatz 7, mit Imbiss</td></tr></table>
        <p>Anmeldung formlos per Antwort. Die Veranstaltung ist produktneutral; es werden keine Patientendaten besprochen.</p>
        <p>Mit freundlichen Grüßen<br>Kemal Yıldırım</p>
        </body></html>""")
    return msg(YILDIRIM, ("Praxen in Brunnstadt", "bd-brunnstadt@" + DOM),
               "Einladung: Digitale Arztrechnung – Infoveranstaltung für Praxisteams am 22.04.",
               dt(26, 9, 30, 0), Alt(T(text), H(html_)),
               bcc=[("", "praxis@praxis-lorenz-aydin.example"), ("", "praxis@zahnarzt-veith.example"),
                    ("", "praxis@dr-grant-brunnstadt.example"), ("", "info@physio-stadtpark.example"),
                    ("", "hno-strasser@praxis-strasser.example")])


@mail("S", "en", "insurer-to-customer",
      "reimbursement of a dental emergency abroad: root canal treatment in Poland, invoice in PLN, dental tariff, amounts")
def m122():
    body = dedent("""
        Dear Mr Nowak,

        sorry for the late answer - my colleague was away at a training.

        Your invoice from the dental clinic in Wroclaw (Dental Art Clinic,
        invoice FV/2026/03/118, 13 March 2026) has been checked under your
        dental top-up ZV 4471-618-04 (ZahnPlus 70) and your statutory health
        fund's EU cover:

          emergency examination and X-ray (tooth 46)      PLN   250.00
          root canal treatment, 3 canals                   PLN 1,400.00
          temporary filling                                PLN   180.00
          total                                            PLN 1,830.00
                                                        =  EUR   427.16

        Your Krankenkasse reimburses what it would pay in Germany (you need to
        send them the invoice too - they usually pay around EUR 150). We then
        pay 70 % of the remainder, based on their statement. Please upload the
        Krankenkasse's statement in the app as soon as you have it.

        If the tooth later needs a crown, please send us the treatment plan
        before the work starts.

        Best regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Tomasz Nowak", "tomasz.nowak@inbox-mail.example"),
               "Re: your letter of 20 March - dental treatment in Poland", dt(27, 12, 5, 40), T(body))


@mail("N", "en", "insurer-to-broker",
      "how-to for a broker's new English-speaking trainee: submitting claims via the broker portal; process only")
def m123():
    body = dedent("""
        Hi Mr Wiegand, hi Olivia,

        welcome to the team, Olivia! As promised, the short version of how to
        report claims to us through the broker portal:

          1. Log in at https://makler.auental-versicherung.example with your
             personal user (your firm administrator, Mr Wiegand, creates it -
             please don't share logins).
          2. "Bestand" > search the contract > "Schaden melden".
          3. Fill in the claim form; attach photos, invoices, police reports.
             Anything with health information (accident reports, doctors'
             letters) is only uploaded in the portal, never e-mailed.
          4. You get the claim number at once; the broker post shows every
             letter we send to the customer.

        If you get stuck, call me or the branch team. Note: claims in the
        personal lines (health, accident, life/BU) can only be seen by users
        with the right portfolio permissions - Mr Wiegand can set that.

        Best regards
        Kemal Yildirim""") + closing(YILDIRIM, en=True)
    return msg(YILDIRIM, [("Hanno Wiegand", "h.wiegand@wiegand-makler.example"),
                          ("Olivia Brandt", "o.brandt@wiegand-makler.example")],
               "Broker portal: how to report a claim", dt(26, 11, 14, 18),
               T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("S", "en", "insurer-to-customer",
      "policy loan on a named customer's endowment life insurance before moving abroad: surrender value, loan amount, interest")
def m124():
    body = dedent("""
        Dear Mr Lane,

        as requested, here are the options for your endowment life insurance
        LV 4471-0296614 (sum insured EUR 60,000, maturity 1 December 2034)
        before your move back to the UK:

          current surrender value:        EUR 31,870.44
          maximum policy loan (90 %):     EUR 28,683.39
          interest on a policy loan:      3.9 % p.a., payable yearly
          policy stays in force:          yes, death cover for Ms Lane as
                                          beneficiary is unchanged

        You asked for a loan of EUR 15,000 to bridge the relocation costs.
        That is possible; the amount is deducted from the payout at maturity
        if not repaid earlier. I will send you the loan agreement via the
        secure portal; please sign it there and tell us the account for the
        payment. The policy can continue while you live in the UK;
        premiums can be paid from a UK account in euros.

        Kind regards
        Kemal Yildirim""") + closing(YILDIRIM, en=True)
    return msg(YILDIRIM, ("Christopher Lane", "c.lane@meridian-precision.example"),
               "Your life insurance - policy loan before your move", dt(26, 12, 32, 27), T(body))


@mail("C", "mixed", "insurer-to-customer",
      "liability claim in German with English explanation: student damaged landlord's washing machine; policy, claim number, amount; nobody hurt")
def m125():
    body = dedent("""
        Hi Ana,

        below in German for Mr Schwab (you can forward it), and a short English
        version for you.

        ---

        Sehr geehrter Herr Schwab,

        den Schaden an Ihrer Waschmaschine in der Wohngemeinschaft
        Schillerstraße 9 hat uns Frau Sousa gemeldet. Sie hat die Maschine am
        15.03. mit einer Decke überladen, wodurch die Trommellagerung gebrochen
        ist. Die Reparatur lohnt sich laut Kundendienst nicht (Gerät 6 Jahre alt).

        Wir regulieren über die Privathaftpflicht von Frau Sousa
        (PH 4471-781204, Schaden PH-2026-011903) den Zeitwert: Neupreis 599 EUR,
        abzüglich Alter = 240,00 EUR. Bitte nennen Sie uns Ihre Bankverbindung.

        ---

        Ana, in short: we pay Mr Schwab the current value of the machine,
        EUR 240, because it was six years old. Nobody needs to pay the full
        new price. You don't have a deductible, so there's nothing for you to
        pay.

        Viele Grüße / best wishes
        Martina Okonkwo""") + closing(OKONKWO)
    return msg(OKONKWO, ("Ana Sousa", "ana.sousa@stud.hs-brunnstadt.example"),
               "Waschmaschine / washing machine - Schaden PH-2026-011903", dt(27, 13, 40, 2),
               T(body, cte="base64"), mailer="thunderbird")


@mail("N", "de", "insurer-to-authority",
      "aggregate deer-collision statistics per road section for the town's traffic planning (CSV); counts only, no claimant")
def m126():
    body = dedent("""
        Sehr geehrte Frau Bürgermeisterin,
        sehr geehrter Herr Rieger,

        für die Sitzung des Verkehrsausschusses hatten Sie uns gebeten, unsere
        Zahlen zu Wildunfällen auf dem Stadtgebiet beizusteuern. Anbei eine
        anonymisierte Auswertung unserer Kaskoschäden 2023 bis 2025 je
        Straßenabschnitt (nur Abschnitte mit mindestens 5 Fällen, keine
        Angaben zu Personen oder Fahrzeugen).

        Der Schwerpunkt liegt klar auf der Kreisstraße 12 zwischen Oberbrunn und
        Kaltenweiler (Waldrand, Wildwechsel zur Aue). Wildwarnreflektoren an den
        Leitpfosten haben an anderen Orten die Zahl der Unfälle deutlich gesenkt;
        wir würden uns an den Kosten gern mit 2.000 EUR beteiligen.

        Mit freundlichen Grüßen
        Bernd Achternbusch""") + closing(ACHTERNBUSCH, dash=False)
    rows = [["Abschnitt", "2023", "2024", "2025", "davon Reh", "davon Wildschwein", "Schnitt Schaden EUR"],
            ["K 12 Oberbrunn - Kaltenweiler", "17", "21", "26", "48", "14", "3.180"],
            ["St 2310 Brunnstadt Nord (Umgehung)", "9", "8", "12", "22", "7", "3.540"],
            ["Auwiesenweg / Sportgelände", "5", "6", "5", "16", "0", "2.210"],
            ["B 27 Abschnitt Stadtwald", "6", "5", "9", "15", "5", "3.960"],
            ["übrige Abschnitte (zusammengefasst)", "14", "12", "16", "35", "7", "2.870"]]
    att = A_csv("Wildunfaelle_Stadtgebiet_2023-2025.csv", rows, charset="windows-1252",
                ctype="application/vnd.ms-excel", cte="base64")
    return msg(ACHTERNBUSCH, [("Dr. Ulrike Rehm (Bürgermeisterin)", "buergermeisterin@stadt-brunnstadt.example"),
                              ("Thomas Rieger (Ordnungsamt, Verkehr)", "verkehr@stadt-brunnstadt.example")],
               "Wildunfälle im Stadtgebiet – Zahlen für den Verkehrsausschuss", dt(27, 8, 50, 12),
               Mixed(T(body), att))


@mail("C", "en", "insurer-to-customer",
      "adding a named driver to a motor policy: both spouses' birth dates, licence data, plate, premium change")
def m127():
    body = dedent("""
        Dear Mrs Holloway,

        congratulations on the new car! I've added your husband as a named
        driver to your motor insurance:

          policy:        KF 4471-901355, Skoda Fabia, BRU-MH 540
          policyholder:  Margaret Holloway, born 14/05/1954 (main driver)
          named driver:  Geoffrey Holloway, born 02/09/1951, UK licence since
                         1970, exchanged for a German licence on 12/03/2026
          effect:        from today; premium changes from EUR 402.10 to
                         EUR 431.80 a year (drivers over 70)

        The difference of EUR 22.28 for the rest of this year will be debited
        with the next premium.

        Kind regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Margaret Holloway", "m.holloway@inbox-mail.example"),
               "Your husband as named driver - done", dt(27, 14, 22, 9),
               T(asciify(body), charset="us-ascii", cte="7bit"), mailer="thunderbird")


@mail("S", "de", "insurer-to-doctor",
      "cost approval to a psychotherapist: named patient, diagnosis F41.1, 25 sessions of cognitive behavioural therapy")
def m128():
    body = dedent("""
        Sehr geehrte Frau Wallner,

        auf Ihren Antrag vom 10.03.2026 hin erteilen wir für unsere Versicherte

          Jana Eder, geb. 04.10.1996, KV 4471-455-31, Tarif KV-Komfort 80

        die Kostenzusage für eine ambulante Verhaltenstherapie:

          Diagnose laut Antrag:   F41.1 generalisierte Angststörung,
                                  F51.0 nichtorganische Insomnie
          bewilligt:              25 Sitzungen à 50 Minuten (Einzeltherapie),
                                  GOÄ-Ziffer 870, bis 2,3-facher Satz
          Zeitraum:               bis 31.03.2027
          probatorische Sitzungen: 3 bereits erstattet

        Für eine Verlängerung benötigen wir rechtzeitig vor Sitzung 20 einen
        kurzen Verlaufsbericht. Bitte senden Sie Berichte ausschließlich über
        das SecureMail-Portal. Die schriftliche Kostenzusage liegt bei.

        Mit freundlichen Grüßen
        i. A. Kemal Yıldırım, für den Leistungsservice Kranken""") + closing(YILDIRIM)
    return msg(YILDIRIM, ("Praxis für Psychotherapie Dipl.-Psych. Judith Wallner",
                          "praxis@psychotherapie-wallner.example"),
               "[streng vertraulich] Kostenzusage Verhaltenstherapie – Eder, Jana",
               dt(27, 15, 10, 0),
               Mixed(T(body), A_pdf("Kostenzusage_VT_Eder_Jana.pdf", [
                   "# Kostenzusage ambulante Psychotherapie",
                   "Auental Krankenversicherung AG - Leistungsservice Kranken",
                   "Versicherte: Jana Eder, geb. 04.10.1996, KV 4471-455-31",
                   "Behandlerin: Dipl.-Psych. Judith Wallner, Psychologische Psychotherapeutin",
                   "Diagnosen: F41.1 generalisierte Angststörung; F51.0 nichtorganische Insomnie",
                   "Bewilligt: 25 Sitzungen Verhaltenstherapie (GOÄ 870), bis 31.03.2027",
               ], title="Kostenzusage", day=27)))


@mail("C", "de", "insurer-to-customer",
      "grey: congratulations on 50 years as a customer: names the contracts (buildings, household, motor) and the customer's age; fact of being insured")
def m129():
    body = dedent("""
        Lieber Herr Hagn,

        am 1. April 1976 haben Sie bei meinem Vorvorgänger, Herrn Zeilhofer, Ihre
        erste Versicherung bei der Auental abgeschlossen - die Wohngebäude-
        versicherung für Ihr damals neu gebautes Haus am Kirchsteig. Heute,
        50 Jahre später, sind Sie mit Wohngebäude, Hausrat und Ihrem Auto
        (inzwischen dem sechsten!) einer unserer treuesten Kunden.

        Dafür möchten wir uns herzlich bedanken. Zu Ihrem Jubiläum und
        nachträglich zum 80. Geburtstag im Februar lade ich Sie und Ihre Frau
        zu einem Abendessen im Gasthof Zur Linde ein - der Gutschein kommt mit
        der Post.

        Mit herzlichen Grüßen
        Ihr Bernd Achternbusch""") + closing(ACHTERNBUSCH, dash=False)
    return msg(ACHTERNBUSCH, ("Ludwig Hagn", "hagn.ludwig@brunnstadt-net.example"),
               "50 Jahre Auental - herzlichen Dank!", dt(27, 16, 0, 45),
               T(latin1ize(body), charset="iso-8859-1"), subj_charset="iso-8859-1")


@mail("N", "en", "internal",
      "feedback to the training department about a claims-handling course; no customer data")
def m130():
    body = dedent("""
        Dear colleagues in Learning & Development,

        thank you for the course "Claims communication for customer service"
        (24-26 March, Hohenfurt). My feedback, as requested:

          + very practical role plays, especially the difficult phone calls
          + the session on explaining rejections in plain language
          - the part on personal lines was too short: in a branch office we
            get a lot of questions about health and accident claims at the
            counter and need to know what we may say and what must go through
            the benefits department
          - English materials would help; I translated the checklists for
            myself and I'm happy to share them

        Overall 4 out of 5. I'd recommend it for Lea (trainee) next year.

        Best regards
        Martina Okonkwo""") + closing(OKONKWO, en=True, footer=False)
    return msg(OKONKWO, ("Learning & Development", "akademie@" + DOM),
               "Feedback: course 'Claims communication', 24-26 March", dt(27, 16, 45, 31),
               T(asciify(body), cte="7bit", charset="us-ascii"))


@mail("S", "en", "insurer-to-customer",
      "private health insurance: cardiac rehabilitation after a heart attack (stent), rehab clinic approval, medication co-payments")
def m131():
    body = dedent("""
        Dear Mr Gordon,

        I was very sorry to hear from Mrs Gordon about your heart attack, and
        glad that the stent procedure went well. Please don't worry about the
        paperwork; we have taken care of the following:

          1. The Kreisklinik has billed us directly for your stay from 9 to
             16 March (cardiac catheter, stent in the LAD, intensive care for
             one night) - nothing for you to do.
          2. The follow-up rehabilitation (Anschlussheilbehandlung) at the
             Herz-Reha-Zentrum Bad Auenried from 30 March, three weeks, is
             approved under your tariff KV 4471-760-01. The clinic has our
             confirmation of cover.
          3. Your new medication (clopidogrel, ASA, atorvastatin, ramipril,
             bisoprolol) is reimbursed as usual; just upload the pharmacy
             receipts in the app.

        One more thing: your daily sickness allowance starts on day 43 of
        incapacity for work. If your employer's sick pay ends before you are
        back at work, please let me know - I'll make sure it starts on time.

        The confirmation of cover for the rehab clinic is attached for your
        records. Wishing you a good recovery.

        Kind regards
        Kemal Yildirim""") + closing(YILDIRIM, en=True)
    return msg(YILDIRIM, ("Alistair Gordon", "a.gordon@meridian-precision.example"),
               "[secure] Your rehabilitation - everything is arranged", dt(27, 17, 5, 33),
               Mixed(T(body), A_pdf("Confirmation_of_cover_AHB_Gordon.pdf", [
                   "# Kostenzusage Anschlussheilbehandlung / confirmation of cover",
                   "Auental Krankenversicherung AG",
                   "Insured person: Alistair Gordon, born 19.01.1962, KV 4471-760-01",
                   "Diagnosis: I21.0 acute anterior wall myocardial infarction, PCI with stent (LAD) 09.03.2026",
                   "Rehabilitation: Herz-Reha-Zentrum Bad Auenried, from 30.03.2026, 21 days, inpatient",
                   "Covered: accommodation, medical treatment, therapies according to tariff",
               ], title="Confirmation of cover", day=27)),
               cc=("Fiona Gordon", "fiona.gordon@inbox-mail.example"))


# --- week 5: 30 - 31 March (summer time) ------------------------------------

@mail("C", "de", "insurer-to-customer",
      "travel baggage theft claim: named customer, policy and claim numbers, stolen items and values, police report from Barcelona; no health")
def m132():
    body = dedent("""
        Hallo Frau Meindl,

        ärgerlich, dass Ihnen der Koffer direkt am Bahnhof Sants gestohlen wurde!
        Zu Ihrer Reisegepäckversicherung RG 4471-330907 haben wir den Schaden
        unter RG-2026-001447 angelegt.

        Laut Ihrer Liste und der Anzeige der Mossos d'Esquadra (Denuncia
        Nr. BCN-2026-0318-4471) fehlen:

          Koffer Samsonite (2022)              229 EUR
          Kleidung und Schuhe                  ca. 640 EUR
          Kulturtasche, Parfum                 ca. 95 EUR
          Kamera Sony Alpha 6400 mit Objektiv  899 EUR (Rechnung 2023)

        Bei Wertsachen wie der Kamera gilt: Sie sind nur versichert, wenn sie
        sicher verwahrt oder in persönlichem Gewahrsam waren - nach Ihrer
        Schilderung stand der Koffer neben Ihnen, das ist in Ordnung. Von den
        Zeitwerten ziehen wir den Altersabzug ab; die Abrechnung kommt nächste
        Woche.

        Viele Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Kathrin Meindl", "kathrin.meindl@mailo.example"),
               "Ihr gestohlener Koffer in Barcelona – RG-2026-001447", dt(30, 8, 14, 21),
               T(body, charset="windows-1252", cte="8bit"), subj_charset="windows-1252")


@mail("S", "en", "insurer-to-customer",
      "beneficiary nomination in a named customer's term life policy: partner named as beneficiary with birth date; life contract")
def m133():
    body = dedent("""
        Dear Ms Martin,

        thank you for your form. We have recorded the new beneficiary for your
        term life insurance RL 4471-0677020 (sum insured EUR 180,000):

          insured person:   Chloe Martin, born 27/06/1989
          beneficiary:      Mr Julien Moreau, born 03/02/1987 (partner,
                            not married), irrevocable from 30/03/2026

        Because you are not married, please note: in Germany the payout to a
        partner is subject to inheritance tax with a small allowance of only
        EUR 20,000. Many couples therefore arrange the policy "crosswise" - each
        partner is policyholder on the other's life. I'm happy to explain this
        at the office if you're interested. The updated beneficiary form is
        attached for your records.

        Kind regards
        Kemal Yildirim""") + closing(YILDIRIM, en=True)
    return msg(YILDIRIM, ("Chloé Martin", "chloe.martin@hs-brunnstadt.example"),
               "Your life insurance - new beneficiary recorded", dt(30, 9, 2, 18),
               Mixed(T(body), A_docx("Beneficiary_RL_4471-0677020.docx", [
                   "# Bezugsrecht / beneficiary nomination",
                   "Auental Lebensversicherung AG · Risikolebensversicherung RL 4471-0677020",
                   [["", ""],
                    ["Insured person / policyholder", "Chloé Martin, born 27.06.1989"],
                    ["Sum insured", "EUR 180,000"],
                    ["Beneficiary", "Julien Moreau, born 03.02.1987 (partner)"],
                    ["Type", "irrevocable, from 30.03.2026"]],
                   "Recorded by: Kemal Yıldırım, Brunnstadt branch office",
               ], title="Beneficiary nomination", creator="Kemal Yıldırım", day=30)))


@mail("N", "de", "insurer-to-company",
      "joint spring promotion with the car dealer (tyre check, flyers, raffle); no customer data")
def m134():
    body = dedent("""
        Hallo Herr Brenner,

        wie besprochen machen wir die Frühjahrsaktion wieder gemeinsam:

          Samstag, 18. April, 9-14 Uhr, auf Ihrem Hof
          - Ihr Team: Reifenwechsel-Check und Lichttest gratis
          - wir: Stand mit Kaffee, Kfz-Versicherungsvergleich "in 5 Minuten",
            Gewinnspiel (Hauptpreis: ein Jahr Schutzbrief + Tankgutschein 100 EUR)

        Für das Gewinnspiel nehmen wir nur Name und E-Mail-Adresse auf, mit
        Einwilligung; die Karten vernichten wir nach der Ziehung. Flyer bestelle
        ich 300 Stück, Ihr Logo haben wir schon.

        Passt das so?

        Schöne Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Autohaus Brenner GmbH – Florian Brenner", "verkauf@autohaus-brenner.example"),
               "Frühjahrsaktion 18.04. auf Ihrem Hof", dt(30, 9, 40, 0), T(body, cte="8bit"))


@mail("C", "en", "insurer-to-customer",
      "grey: legal expenses cover for appealing a speeding fine: named customer, administrative offence (not a criminal conviction), plate, fine and points")
def m135():
    body = dedent("""
        Dear Mr Mensah,

        your legal expenses insurance RS 4471-217770 (traffic) covers an
        objection against the speeding fine:

          case number:    RS-2026-005977
          notice:         Zentrale Bussgeldstelle, ref. 714.23.118877.2,
                          29 km/h over the limit in a 70 zone (B 27, Stadtwald),
                          6 February 2026, BRU-KM 2207
          fine:           EUR 150 + fees, 1 point in Flensburg
          deductible:     EUR 150

        This is an administrative offence (Ordnungswidrigkeit), not a criminal
        matter. The deadline for the objection is two weeks after delivery of
        the notice - so please contact a lawyer this week. If you like, I can
        give you the names of two local lawyers who specialise in traffic law.

        Kind regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Kwame Mensah", "kwame.mensah@mailo.example"),
               "Your speeding fine - legal expenses cover RS-2026-005977", dt(30, 10, 12, 45),
               T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("S", "de", "internal",
      "BU underwriting: a named applicant's occupational-health lab values (HbA1c, lipids, liver values) in an ODS; body names the applicant")
def m136():
    body = dedent("""
        Hallo Frau Harrach,

        zum BU-Antrag von Herrn Markus Fendt (BU-2026-0049920, geb. 18.02.1983,
        Industriemechaniker bei der Brunnstädter Metallbau) hat der Kunde die
        angeforderten Laborwerte vom Betriebsarzt nachgereicht. Ich habe sie in
        die Tabelle übertragen (Anhang), Original liegt im Scan-Eingang.

        Der HbA1c ist grenzwertig, Herr Fendt sagt, er sei bisher nie wegen
        Diabetes behandelt worden. Brauchen Sie noch einen Hausarztbericht?

        Gruß
        Kemal""") + closing(YILDIRIM, footer=False)
    rows = [["Parameter", "Wert", "Einheit", "Referenz", "Datum"],
            ["HbA1c", 6.1, "%", "< 5,7", "12.03.2026"],
            ["Nüchternglukose", 112, "mg/dl", "70-99", "12.03.2026"],
            ["Gesamtcholesterin", 238, "mg/dl", "< 200", "12.03.2026"],
            ["LDL", 162, "mg/dl", "< 116", "12.03.2026"],
            ["HDL", 41, "mg/dl", "> 40", "12.03.2026"],
            ["Triglyceride", 204, "mg/dl", "< 150", "12.03.2026"],
            ["GPT (ALT)", 48, "U/l", "< 50", "12.03.2026"],
            ["Blutdruck", "138/88", "mmHg", "", "12.03.2026"],
            ["BMI", 29.4, "kg/m2", "", "12.03.2026"]]
    att = A_ods("Laborwerte_Fendt_BU-2026-0049920.ods", [("Labor", rows)],
                title="Laborwerte BU-Antrag", creator="Kemal Yıldırım", day=30)
    return msg(YILDIRIM, HARRACH, "BU-2026-0049920 Fendt – Laborwerte Betriebsarzt",
               dt(30, 11, 5, 3), Mixed(T(body), att))


@mail("N", "de", "internal",
      "Easter holiday and phone-duty roster for the team (ODS); only names and days, no reasons")
def m137():
    body = dedent("""
        Hallo zusammen,

        anbei der Plan für die Osterwoche und die Woche danach, inkl.
        Telefondienst. Bitte prüft eure Zeilen - Änderungen bitte bis Mittwoch
        an mich, dann geht er an die Direktion.

        Danke
        Bernd""") + closing(ACHTERNBUSCH, footer=False)
    rows = [["Name", "Mo 30.3.", "Di 31.3.", "Mi 1.4.", "Do 2.4.", "Fr 3.4.", "Di 7.4.", "Mi 8.4.", "Do 9.4.", "Fr 10.4."],
            ["Achternbusch", "Büro", "Büro", "Büro", "Urlaub", "Feiertag", "Urlaub", "Büro", "Büro", "Büro"],
            ["Wölfle", "Büro", "Büro", "Tel.", "Tel.", "Feiertag", "Büro", "Büro", "Urlaub", "Urlaub"],
            ["Okonkwo", "Tel.", "Büro", "Büro", "Büro", "Feiertag", "Tel.", "Büro", "Büro", "Büro"],
            ["Hagedorn", "Außen", "Außen", "Büro", "Außen", "Feiertag", "Urlaub", "Urlaub", "Urlaub", "Urlaub"],
            ["Yıldırım", "Büro", "Tel.", "Büro", "Büro", "Feiertag", "Büro", "Tel.", "Büro", "Büro"],
            ["Dietzel", "Urlaub", "Urlaub", "Urlaub", "Urlaub", "Feiertag", "Büro", "Büro", "Tel.", "Büro"],
            ["Sommerfeld", "Büro", "Büro", "Schaden", "Schaden", "Feiertag", "Schaden", "Schaden", "Schaden", "Tel."]]
    att = A_ods("Urlaubsplan_Ostern_2026.ods", [("Ostern", rows)],
                title="Urlaubsplan Ostern", creator="Bernd Achternbusch", day=30)
    return msg(ACHTERNBUSCH, TEAM_BD, "Urlaubs- und Telefonplan Ostern", dt(30, 11, 48, 0),
               Mixed(T(body), att))


@mail("S", "en", "insurer-to-customer",
      "HTML-only acceptance of a private health insurance application with an exclusion for a named applicant's knee (meniscus) condition")
def m138():
    html_ = dedent("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Dear Mr Nair,</p>
        <p>thank you for sending the orthopaedic report so quickly. Our underwriters have decided on your
        application <b>KV-A-2026-009321</b>:</p>
        <table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
        <tr><td>Decision</td><td><b>accepted</b>, start 1 May 2026, tariff KV-Komfort 80</td></tr>
        <tr><td>Exclusion</td><td>treatment of the right knee related to the meniscus tear (medial meniscus, partial resection 2024) is excluded</td></tr>
        <tr><td>Hay fever</td><td>no surcharge, no exclusion</td></tr>
        <tr><td>Review</td><td>you can ask us to remove the exclusion after 3 years without knee treatment</td></tr>
        <tr><td>Monthly premium</td><td>EUR 412.60 (health) + EUR 58.90 (long-term care); your employer pays half up to the legal maximum</td></tr>
        </table>
        <p>The policy documents will be in your SecureMail mailbox tomorrow. You have the right to withdraw within
        14 days after receiving them.</p>
        <p>Kind regards<br>Kemal Yildirim<br>
        <span style="font-size:9pt;color:#666">Sales support life &middot; health &middot; disability &middot; Auental Versicherungen, Brunnstadt branch office</span></p>
        </body></html>""")
    return msg(YILDIRIM, ("Arjun Nair", "arjun.nair@hs-brunnstadt.example"),
               "[secure] Your application KV-A-2026-009321 - decision", dt(30, 13, 21, 44),
               H(html_))


@mail("C", "de", "insurer-to-club",
      "musical instruments insurance for a band: XLSX with the named private owners of instruments and their values; no health")
def m139():
    body = dedent("""
        Sehr geehrte Frau Hintermayr,

        hier wie versprochen die Liste für die Musikinstrumentenversicherung
        (Allgefahren, weltweit, auch während der Reise nach Meran). Versichert
        werden vereinseigene Instrumente und die Privatinstrumente der Mitglieder,
        soweit sie im Verein gespielt werden.

        Bitte lassen Sie die Mitglieder ihre Zeilen prüfen - vor allem die Werte.
        Die Gesamtsumme von 64.300 EUR ergibt einen Jahresbeitrag von
        771,60 EUR.

        Viele Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    rows = [["Nr", "Instrument", "Hersteller/Modell", "Eigentümer", "Wert EUR"],
            [1, "Tuba in B", "Miraphone 186", "Verein", 8900],
            [2, "Pauken (Satz 4)", "Adams Revolution", "Verein", 14600],
            [3, "Flügelhorn", "Yamaha YFH-8310Z", "Lukas Obermaier (privat)", 2450],
            [4, "Klarinette", "Buffet R13", "Sophie Reiter (privat)", 3100],
            [5, "Klarinette", "Buffet E13", "Anna Reiter (privat)", 1650],
            [6, "Saxophon Alt", "Selmer Serie III", "Yvonne Stadler (privat)", 5200],
            [7, "Querflöte", "Pearl Quantz", "Lena Stadler (privat, minderj.)", 1100],
            [8, "Posaune", "Bach 42B", "Alois Wimmer (privat)", 3300],
            [9, "Horn", "Alexander 103", "Bettina Kraus (privat)", 7900],
            [10, "Tenorhorn", "Miraphone 47", "Michael Kraus (privat)", 3200],
            [11, "Bariton", "Melton", "Georg Pfister (privat)", 4100],
            [12, "Trompete", "Yamaha Xeno", "Stefan Eder (privat)", 2200],
            [13, "Oboe", "Marigaux 901", "Ines Zellner (privat)", 6600],
            ["", "Summe", "", "", 64300]]
    att = A_xlsx("Instrumentenliste_MV_Brunnstadt_2026.xlsx", [("Instrumente", rows)],
                 title="Instrumentenliste", creator="Sabine Wölfle", day=30)
    return msg(WOELFLE, ("Musikverein Brunnstadt 1921 e.V. – Roswitha Hintermayr",
                         "vorstand@musikverein-brunnstadt.example"),
               "Instrumentenversicherung – Liste zur Prüfung", dt(30, 14, 2, 17), Mixed(T(body), att))


@mail("N", "de", "insurer-to-broker",
      "broker firm's new employee needs portal access; explains firm-administrator process and one-time password; no customer data")
def m140():
    body = dedent("""
        Hallo Herr Wiegand,

        gern schalten wir Frau Brandt für das Maklerportal frei. Da Sie bei Ihrer
        Firma als Makleradministrator eingetragen sind, können Sie das inzwischen
        selbst:

          1. Im Maklerportal unter "Firma > Benutzer" auf "Neuen Benutzer anlegen".
          2. Name und geschäftliche E-Mail-Adresse eintragen, Rolle wählen
             ("Sachbearbeitung" reicht für den Anfang).
          3. Bestandsrechte vergeben: für Auszubildende empfehlen wir zunächst nur
             Sach/Kfz, ohne Kranken/Leben/Unfall.
          4. Frau Brandt bekommt ein Einmal-Passwort per SMS an ihr Diensthandy und
             legt beim ersten Login ihr Passwort und die Sicherheitsfrage fest.

        Alle Anlagen und Änderungen werden protokolliert; bitte denken Sie daran,
        Zugänge ausgeschiedener Mitarbeitender sofort zu sperren.

        Viele Grüße
        Kemal Yıldırım""") + closing(YILDIRIM)
    return msg(YILDIRIM, ("Hanno Wiegand", "h.wiegand@wiegand-makler.example"),
               "AW: Zugang Maklerportal für Frau Brandt", dt(30, 15, 10, 52), T(body))


@mail("C", "en", "insurer-to-customer",
      "returned direct debit for a named customer's motor premium: IBAN, amount, return reason, new due date")
def m141():
    ib = iban_de("50862917", "7708341195")
    body = dedent("""
        Dear Mr Fitzgerald,

        we tried to collect the first premium for your car insurance
        KF 4471-880517 (EUR 498.60) on 30 March from your account
        %s, but your bank returned the debit with the
        reason "AC04 - account closed".

        Did you perhaps give us your old account number? Please send us your
        current IBAN (a short reply is enough) and we'll collect the premium
        again on 8 April - no extra fees this time.

        Your cover is not affected as long as the premium is paid by then.

        Kind regards
        Martina Okonkwo""") % grp(ib)
    body += closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Liam Fitzgerald", "liam.fitzgerald@meridian-precision.example"),
               "Your car insurance - direct debit returned", dt(31, 8, 20, 5),
               T(asciify(body), charset="us-ascii", cte="7bit"), cc=("Hanno Wiegand", "h.wiegand@wiegand-makler.example"))


@mail("N", "mixed", "insurer-to-customer",
      "bilingual appointment confirmation for a newly arrived couple's general insurance review; no data about them")
def m142():
    body = dedent("""
        Liebe Frau Ferreira, lieber Herr Ferreira,
        dear Mr and Mrs Ferreira,

        vielen Dank für Ihren Anruf. Wir bestätigen Ihren Termin:
        thank you for your call. We confirm your appointment:

          Dienstag, 14. April 2026, 17:00 Uhr / Tuesday, 14 April, 5 pm
          Auental Bezirksdirektion Brunnstadt, Marktplatz 7, 1. OG

        Bitte bringen Sie, falls vorhanden, Ihre bisherigen Versicherungsunterlagen
        aus Portugal mit. / If you have them, please bring your current insurance
        documents from Portugal.

        Das Gespräch ist kostenlos und unverbindlich. We can talk in German,
        English - and a little Portuguese (our trainee is learning it).

        Bis bald / see you soon
        Martina Okonkwo""") + closing(OKONKWO)
    return msg(OKONKWO, ("Rui Ferreira", "rui.ferreira@inbox-mail.example"),
               "Terminbestätigung / appointment 14.04.", dt(31, 9, 3, 30),
               T(latin1ize(body), charset="iso-8859-1", cte="8bit"))


@mail("C", "de", "insurer-to-customer",
      "name change after marriage and spouse added to liability and household policies: both birth dates, new surname, policy numbers")
def m143():
    body = dedent("""
        Liebe Frau Seitz,

        herzlichen Glückwunsch zur Hochzeit! Wir haben Ihre Verträge angepasst:

          neuer Name:            Laura Seitz, geb. Menges (geb. 07.12.1996)
          Ehemann mitversichert: Daniel Seitz, geb. 21.08.1994
          Privathaftpflicht:     PH 4471-502266 - ab 01.04. Familientarif
                                 (69,90 EUR statt 52,40 EUR im Jahr)
          Hausrat:               HR 4471-502267 - Wohnfläche unverändert 71 m²

        Die Privathaftpflicht Ihres Mannes bei einem anderen Versicherer kann er
        jetzt wegen Doppelversicherung zum Ablauf kündigen; eine Bestätigung
        dafür schicke ich ihm gern.

        Ihre neue Bankverbindung haben wir noch nicht - wenn die Beiträge ab
        April vom gemeinsamen Konto abgehen sollen, schicken Sie mir bitte das
        unterschriebene SEPA-Mandat (Vordruck im Anhang).

        Herzliche Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    return msg(WOELFLE, ("Laura Seitz", "laura.seitz@familienpost.example"),
               "Namensänderung und Familientarif", dt(31, 9, 44, 11),
               Mixed(T(body), A_odt("SEPA-Mandat_Seitz_PH4471-502266.odt", [
                   "# SEPA-Lastschriftmandat",
                   "Zahlungsempfänger: Auental Allgemeine Versicherung AG, Gläubiger-ID DE98ZZZ09999999999",
                   "Mandatsreferenz: PH4471502266-02",
                   [["Feld", "Angabe"],
                    ["Kontoinhaber/in", "Laura Seitz und Daniel Seitz"],
                    ["Anschrift", "Lerchenstraße 8, 63999 Brunnstadt"],
                    ["Verträge", "PH 4471-502266, HR 4471-502267"],
                    ["IBAN", "DE__ ____ ____ ____ ____ __"],
                    ["Kreditinstitut", ""]],
                   "Ort, Datum, Unterschrift(en): ______________________",
               ], title="SEPA-Mandat", creator="Sabine Wölfle", day=31)))


@mail("N", "en", "insurer-to-customer",
      "general app help: how to reset the app password; no account or personal data")
def m144():
    q = dedent("""
        Hi, I can't log into your app anymore, it says my password is wrong.
        How do I reset it? Thanks""")
    body = dedent("""
        Hi,

        no problem - this happens a lot after the last app update:

          1. On the login screen tap "Forgot password?".
          2. Enter the e-mail address you registered with.
          3. Answer your security question.
          4. You'll get an e-mail with a link to set a new password (valid for
             30 minutes; please check your spam folder).

        If you don't remember the answer to your security question, we can't
        reset it by e-mail for security reasons - please come by the office
        with your ID, or call us and we'll send a new one-time password by
        letter.

        Best regards
        Lea Sommerfeld

        """) + quote(q) + closing(SOMMERFELD, en=True)
    return msg(SOMMERFELD, ("", "j.oyelaran@webpost.example"),
               "Re: app login", dt(31, 10, 15, 0), T(asciify(body), charset="us-ascii", cte="7bit"))


@mail("S", "de", "broker",
      "agent's question forwarded to life underwriting: a named customer's depression treatment and antidepressant before a BU application")
def m145():
    q = dedent("""
        Hallo Kemal,

        kurze Frage, bevor ich mit dem Kunden weiterrede: Herr Dominik Brandl
        (31, Elektroniker, Kunde bei mir mit Kfz und Hausrat) möchte eine BU
        abschließen. Er hat mir offen gesagt, dass er 2023 nach der Trennung
        eine depressive Episode hatte, 8 Monate Sertralin 50 mg und ca. 20
        Sitzungen Psychotherapie, seit Mitte 2024 abgeschlossen und stabil,
        nie krankgeschrieben länger als 3 Wochen.

        Hat der überhaupt ne Chance, oder ist das ein klarer Ausschluss? Ich
        will ihm nich umsonst Hoffnung machen. Soll ich lieber anonym anfragen?

        Gruß
        Ralf""")
    body = dedent("""
        Hallo Frau Harrach,

        unten die Frage von Ralf Steinmetz zu seinem Kunden. Er hat leider schon
        den Namen genannt, eine anonyme Voranfrage ist damit eigentlich hinfällig.
        Was meinen Sie: Lohnt sich ein Antrag mit Psychotherapeutenbericht,
        oder sollten wir eher eine Grundfähigkeitsversicherung anbieten?

        Danke
        Kemal

        """) + ol_de("Ralf Steinmetz <ralf.steinmetz@agentur-steinmetz.example>",
                     "Montag, 30. März 2026 18:02",
                     "Yıldırım, Kemal <kemal.yildirim@auental-versicherung.example>",
                     "Frage BU") + "\n" + q
    body += closing(YILDIRIM, footer=False)
    return msg(YILDIRIM, HARRACH, "WG: Frage BU (Kunde Agentur Steinmetz)", dt(31, 11, 0, 27),
               T(body), cc=("Ralf Steinmetz", "ralf.steinmetz@agentur-steinmetz.example"))


@mail("N", "de", "newsletter",
      "trap: phishing warning to customers quoting a fake mail that asks for IBAN and health card; no real person, no real account")
def m146():
    text = dedent("""
        Liebe Kundinnen und Kunden,

        derzeit sind gefälschte E-Mails im Umlauf, die angeblich von der
        Auental stammen. Sie sehen zum Beispiel so aus:

          Betreff: "Ihre Krankenversicherung: Erstattung von 284,90 EUR wartet"
          "Sehr geehrter Kunde, wegen einer Systemumstellung benötigen wir Ihre
          Bankverbindung (IBAN) und ein Foto Ihrer Gesundheitskarte, um Ihre
          Erstattung auszuzahlen. Klicken Sie hier: auental-erstattung-sicher..."

        So erkennen Sie die Fälschung:
          - Wir fragen niemals per E-Mail nach Ihrer IBAN, Ihrem Passwort oder
            Ihrer Gesundheitskarte.
          - Echte Nachrichten mit persönlichen Inhalten stellen wir ins
            SecureMail-Portal; per Mail kommt nur eine Benachrichtigung ohne
            Inhalt.
          - Unsere Links führen immer auf auental-versicherung.example.

        Wenn Sie eine solche Mail bekommen: nicht klicken, löschen - oder an
        uns weiterleiten.

        Ihre Bezirksdirektion Brunnstadt""") + "\n\n" + FOOT_DE
    html_ = dedent("""
        <html><body style="font-family:Arial,sans-serif;font-size:10pt">
        <div style="border-left:6px solid #c0392b;padding:8px 14px;background:#fdf2f0">
        <p><b>Achtung: gefälschte E-Mails im Namen der Auental</b></p></div>
        <p>Liebe Kundinnen und Kunden,</p>
        <p>derzeit sind gefälschte E-Mails im Umlauf, die angeblich von der Auental stammen. Sie sehen zum Beispiel so aus:</p>
        <blockquote style="color:#555;font-style:italic">Betreff: „Ihre Krankenversicherung: Erstattung von 284,90 EUR wartet“<br>
        „Sehr geehrter Kunde, wegen einer Systemumstellung benötigen wir Ihre Bankverbindung (IBAN) und ein Foto Ihrer
        Gesundheitskarte, um Ihre Erstattung auszuzahlen. Klicken Sie hier: auental-erstattung-sicher…“</blockquote>
        <p><b>So erkennen Sie die Fälschung:</b></p>
        <ul><li>Wir fragen niemals per E-Mail nach Ihrer IBAN, Ihrem Passwort oder Ihrer Gesundheitskarte.</li>
        <li>Echte Nachrichten mit persönlichen Inhalten stellen wir ins SecureMail-Portal; per Mail kommt nur eine Benachrichtigung ohne Inhalt.</li>
        <li>Unsere Links führen immer auf <a href="https://www.auental-versicherung.example">auental-versicherung.example</a>.</li></ul>
        <p>Wenn Sie eine solche Mail bekommen: nicht klicken, löschen – oder an uns weiterleiten.</p>
        <p>Ihre Bezirksdirektion Brunnstadt</p>
        </body></html>""")
    return msg(GESCHST, ("Kundinnen und Kunden der Bezirksdirektion Brunnstadt", "newsletter-brunnstadt@" + DOM),
               "Warnung: gefälschte E-Mails im Namen der Auental", dt(31, 12, 0, 0),
               Alt(T(text), H(html_)), mailer="system", extra=[("Precedence", "bulk")])


@mail("C", "en", "insurer-to-company",
      "grey: certificate of liability insurance for a company's trade-fair stand: policy number, sums insured, named contact; company as policyholder (PDF)")
def m147():
    body = dedent("""
        Dear Nadia,

        attached is the certificate of insurance the trade fair organiser asked
        for (Hannover, 20-24 April). The organiser may keep a copy.

        Best regards
        Frank Dietzel""") + closing(DIETZEL, en=True)
    att = A_pdf("Certificate_of_insurance_Meridian_BHV-7720-0410.pdf", [
        "# Certificate of Insurance / Versicherungsbestätigung",
        "Auental Allgemeine Versicherung AG, Hohenfurt",
        "",
        "Policyholder: Meridian Precision GmbH, Industriestraße 12, 63999 Brunnstadt",
        "Contact: Ms Nadia Brooks, HR & Facilities",
        "Policy: commercial general liability BHV 7720-0410, period 01.01.2026 - 31.12.2026",
        "",
        "Sums insured: EUR 10,000,000 personal injury and property damage per occurrence,",
        "EUR 1,000,000 financial loss; twice the amount per year",
        "",
        "Cover includes participation in trade fairs and exhibitions in Germany and the EU,",
        "including stand construction by third parties on behalf of the policyholder.",
        "Event: trade fair Hannover, hall 17, stand C42, 20.-24.04.2026",
        "",
        "Brunnstadt, 31.03.2026    Auental Versicherungen, Brunnstadt branch office",
    ], title="Certificate of insurance", day=31)
    return msg(DIETZEL, ("Nadia Brooks", "n.brooks@meridian-precision.example"),
               "Certificate of insurance for the Hannover trade fair", dt(31, 13, 30, 0),
               Mixed(T(body), att))


@mail("C", "de", "insurer-to-customer",
      "motor assistance reimbursement after a breakdown in Austria: named customer, plate, policy; ZIP with towing invoice and hotel receipt; no injury")
def m148():
    body = dedent("""
        Hallo Herr Kaya,

        danke für die Belege. Ihre Panne auf der A 12 bei Kufstein ist über den
        Schutzbrief zu Ihrer Kfz-Versicherung KF 4471-771915 (BRU-EK 917)
        gedeckt. Wir erstatten:

          Abschleppen zur Werkstatt Wörgl        312,00 EUR
          Hotelübernachtung (1 Nacht, 2 Pers.)   148,00 EUR (max. 80 EUR p. P.)
          Bahnfahrt Rückreise Kufstein-Brunnstadt 2 x 64,90 EUR
          gesamt                                 589,80 EUR

        Die Überweisung geht auf Ihr Konto, von dem wir auch den Beitrag abbuchen.
        Die Reparaturkosten selbst (Lichtmaschine) sind kein Schutzbrief-Fall,
        die zahlt leider niemand.

        Ich habe die Belege für die Akte noch mal gesammelt angehängt.

        Viele Grüße
        Sabine Wölfle""") + closing(WOELFLE, dash=False)
    files = [("Abschlepprechnung_Woergl.pdf", pdf([
                "# Abschleppdienst Tirol-Mitte GmbH, Wörgl",
                "Rechnung Nr. 2026-0771, 28.03.2026",
                "Kunde: Emre Kaya, Kennzeichen BRU-EK 917 (D)",
                "Abschleppen A 12 km 28 bis Werkstatt Wörgl, 14 km   312,00 EUR",
             ], title="Abschlepprechnung", author="Abschleppdienst Tirol-Mitte", day=30)),
             ("Hotel_Kufstein.pdf", pdf([
                "# Gasthof Zum Kaiser, Kufstein",
                "Rechnung 28.03.-29.03.2026, Herr Emre Kaya + 1 Person",
                "Doppelzimmer mit Frühstück   148,00 EUR",
             ], title="Hotelrechnung", author="Gasthof Zum Kaiser", day=30)),
             ("Belegliste.csv", csvdata([["Beleg", "Betrag EUR"], ["Abschleppen", "312,00"],
                                         ["Hotel", "148,00"], ["Bahn", "129,80"]],
                                        charset="windows-1252"))]
    return msg(WOELFLE, ("Emre Kaya", "emre.kaya@mailo.example"),
               "Ihre Panne in Österreich – Erstattung Schutzbrief", dt(31, 14, 12, 40),
               Mixed(T(body), A_zip("Belege_Schutzbrief_Kaya.zip", files, day=31)))


@mail("N", "de", "internal",
      "trap: month-end summary by the branch head: health day visitor counts and blood-pressure checks as totals, sales, thanks; no person")
def m149():
    body = dedent("""
        Liebes Team,

        der März ist rum - Zeit für einen kurzen Rückblick:

        - Gesundheitstag im Rathaus: rund 230 Besucherinnen und Besucher, das
          DRK hat 58 Blutdruckmessungen gemacht (wir natürlich keine), an
          unserem Stand gab es 41 Gespräche, daraus bisher 9 Termine für
          Zahnzusatz und Pflegezusatz. Danke an Sabine, Lea, Kemal und Martina!
        - Sturmschäden: Jens hat im März 34 Besichtigungen gemacht. Respekt.
        - Neugeschäft März liegt bei ca. 104 % vom Ziel, die genauen Zahlen
          kommen Mitte April.
        - Datenschutz: ein Fehlversand im März, sauber gemeldet und
          aufgearbeitet. Bitte schaut euch alle noch mal Leas Quiz an - und
          schaltet die Autovervollständigung in Outlook für externe Adressen ab
          (Anleitung im Intranet).
        - Die Trockner bei Frau Dr. Veith sind ab Donnerstag weg, die Parkplätze
          3 und 4 sind dann wieder frei.

        Schöne Ostern euch allen, erholt euch gut!
        Bernd""") + closing(ACHTERNBUSCH, footer=False)
    return msg(ACHTERNBUSCH, TEAM_BD, "Rückblick März", dt(31, 16, 30, 0),
               T(body, charset="windows-1252", cte="quoted-printable"))


@mail("S", "en", "insurer-to-customer",
      "dental top-up application of a named customer: missing teeth and periodontal treatment declared, accepted with exclusion of planned treatment")
def m150():
    body = dedent("""
        Dear Mrs Holloway,

        thank you for your application for the dental top-up ZahnPlus 90
        (application ZV-A-2026-004188). You answered the health questions
        honestly, which we appreciate:

          - two missing teeth (upper left, 25 and 26), not yet replaced
          - periodontal treatment in the UK in 2024, completed
          - no treatment currently planned or recommended

        Our decision: we can accept the application from 1 April 2026, but the
        replacement of the two missing teeth (25 and 26) is excluded, because
        the teeth were already missing when you applied. Everything else -
        crowns, fillings, cleaning, future implants for other teeth - is
        covered under the normal rules, with the usual limits in the first
        years.

        Monthly premium at your entry age: EUR 54.30.

        If you are happy with this, please confirm by signing the enclosed
        declaration in your SecureMail mailbox; otherwise the application
        lapses and nothing is charged.

        Kind regards
        Martina Okonkwo""") + closing(OKONKWO, en=True)
    return msg(OKONKWO, ("Margaret Holloway", "m.holloway@inbox-mail.example"),
               "[secure] Your dental insurance application - decision", dt(31, 17, 2, 55),
               T(asciify(body), charset="us-ascii", cte="7bit"), mailer="thunderbird")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
