#!/usr/bin/env python3
"""Independent labelled mail corpus d134 for Siegel (issue 14).

Writes mails/d134-0001.eml ... mails/d134-0150.eml and labels.tsv.
    python3 make_corpus.py            # build
    python3 make_corpus.py --check    # rebuild in a temp dir, compare, parse and validate

Python standard library only. Every mail below is its own hand-written function;
the helpers at the top only do MIME encoding and build attachment containers.
All persons, companies, numbers and addresses are invented; all domains end in .example.
"""
import base64
import csv
import email
import email.policy
import hashlib
import html.parser
import io
import os
import quopri
import random
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses, parsedate_to_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d134-"
SEED = 134
DOM = "rheinauer.example"
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LBL = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
MAILS = []
_CUR = {"key": None, "n": 0}


def M(label, lang, kind, reason):
    def deco(fn):
        assert label in LBL and lang in ("de", "en", "mixed"), fn.__name__
        assert "\t" not in reason and "\n" not in reason
        MAILS.append(dict(fn=fn, key=fn.__name__, label=LBL[label], lang=lang,
                          kind=kind, reason=reason))
        return fn
    return deco


def _h(*parts, n=16):
    s = "|".join(str(p) for p in (SEED,) + parts)
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def xid(tag, host):
    """Message-ID of some earlier (quoted) mail."""
    return "<%s.%s@%s>" % (_h("x", tag, n=12).upper(), _h("y", tag, n=6), host)


# --------------------------------------------------------------------------
# German IBAN helpers (mod 97, ISO 7064)
# --------------------------------------------------------------------------
def _iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def ib(blz, kto, grouped=True):
    bban = blz + kto.zfill(10)
    assert len(bban) == 18
    num = "".join(str(int(c, 36)) for c in bban + "DE00")
    chk = 98 - int(num) % 97
    s = "DE%02d%s" % (chk, bban)
    assert _iban_ok(s)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
def dt(mo, d, h, mi, s=0):
    naive = datetime(2026, mo, d, h, mi, s)
    # CEST from 29 March 02:00 to 25 October 03:00 (2026)
    summer = datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 3)
    return naive.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


# --------------------------------------------------------------------------
# staff of the invented insurer
# --------------------------------------------------------------------------
ENT = {
    "allg": ("Rheinauer Allgemeine Versicherung AG", "Amtsgericht Mannheim HRB 719034",
             "Dr. Katrin Olbrich (Vorsitzende), Marco Dietz, Susanne Wiegand"),
    "leben": ("Rheinauer Lebensversicherung AG", "Amtsgericht Mannheim HRB 719122",
              "Dr. Katrin Olbrich (Vorsitzende), Henning Rautenberg, Ilka Sander"),
    "kranken": ("Rheinauer Krankenversicherung AG", "Amtsgericht Mannheim HRB 719187",
                "Dr. Matthias Berkel (Vorsitzender), Ilka Sander, Tanja Wollny"),
    "rs": ("Rheinauer Rechtsschutz AG", "Amtsgericht Mannheim HRB 720455",
           "Marco Dietz (Vorsitzender), Gunnar Heise"),
}
ADDR = {
    "ma": ("Rheinauer Platz 1", "68161 Mannheim", "+49 621 4470"),
    "k": ("Domstraße 40", "50667 Köln", "+49 221 5553"),
    "l": ("Brühl 12", "04109 Leipzig", "+49 341 2209"),
}
STAFF = {
    # key: name, mailbox, department (de), department (en), entity, office, extension
    "petersen": ("Jana Petersen", "jana.petersen", "Kfz-Schadenservice", "Motor Claims", "allg", "k", "-140"),
    "yilmaz": ("Murat Yılmaz", "murat.yilmaz", "Sachschaden Privatkunden", "Property Claims", "allg", "k", "-217"),
    "brenner": ("Claudia Brenner", "claudia.brenner", "Leistungsabteilung Krankenversicherung", "Health Claims", "kranken", "ma", "-2351"),
    "oswald": ("Dirk Oswald", "dirk.oswald", "Vertragsservice Leben", "Life Policy Services", "leben", "ma", "-1812"),
    "hoff": ("Svenja Hoff", "svenja.hoff", "Unfall-Leistung", "Accident Claims", "allg", "ma", "-2690"),
    "reinhardt": ("Tobias Reinhardt", "tobias.reinhardt", "Maklerbetreuung Süd", "Broker Relations South", "allg", "ma", "-3105"),
    "kowalski": ("Elena Kowalski", "elena.kowalski", "Kundenservice", "Customer Service", "allg", "l", "-418"),
    "albers": ("Frank Albers", "frank.albers", "Haftpflicht-Schaden", "Liability Claims", "allg", "k", "-305"),
    "sommer": ("Ute Sommer", "ute.sommer", "Beitragsservice und Inkasso", "Premium Collection", "allg", "l", "-522"),
    "gehring": ("Ralf Gehring", "ralf.gehring", "IT-Servicedesk", "IT Service Desk", "allg", "ma", "-7000"),
    "koch": ("Nadine Koch", "nadine.koch", "Personalabteilung", "Human Resources", "allg", "ma", "-1150"),
    "lutz": ("Dr. Andreas Lutz", "andreas.lutz", "Datenschutzbeauftragter", "Data Protection Officer", "allg", "ma", "-1009"),
    "wendt": ("Sabine Wendt", "sabine.wendt", "Einkauf und Facility Management", "Procurement and Facilities", "allg", "ma", "-1420"),
    "brandt": ("Kai Brandt", "kai.brandt", "Transport und Marine", "Marine and Cargo", "allg", "ma", "-3340"),
    "ertl": ("Melanie Ertl", "melanie.ertl", "Rechtsschutz-Schaden", "Legal Expenses Claims", "rs", "ma", "-2880"),
    "franke": ("Oliver Franke", "oliver.franke", "Reiseversicherung Schaden", "Travel Claims", "allg", "k", "-460"),
    "hahn": ("Birgit Hahn", "birgit.hahn", "Pflege-Leistung", "Long-term Care Claims", "kranken", "ma", "-2412"),
    "neumann": ("Paul Neumann", "paul.neumann", "Unternehmenskommunikation", "Corporate Communications", "allg", "ma", "-1600"),
    "adam": ("Gregor Adam", "gregor.adam", "Technische Versicherungen Firmenkunden", "Engineering Lines", "allg", "ma", "-3420"),
    "marx": ("Leonie Marx", "leonie.marx", "Kundenservice (Auszubildende)", "Customer Service (trainee)", "allg", "l", "-431"),
    "walsh": ("Fiona Walsh", "fiona.walsh", "International Health Services", "International Health Services", "kranken", "ma", "-2500"),
    "larsen": ("Henrik Larsen", "henrik.larsen", "Transport und Marine – Schaden", "Marine Cargo Claims", "allg", "ma", "-3361"),
    "raman": ("Priya Raman", "priya.raman", "Rückversicherung", "Reinsurance", "allg", "ma", "-1930"),
    "schuster": ("Heike Schuster", "heike.schuster", "Risikoprüfung Leben", "Life Underwriting", "leben", "ma", "-1877"),
    "becker": ("Jonas Becker", "jonas.becker", "Firmenkunden Leben / bAV", "Group Life and Pensions", "leben", "ma", "-1840"),
    "vogel": ("Sandra Vogel", "sandra.vogel", "Gesundheitsmanagement", "Health Case Management", "kranken", "ma", "-2377"),
    "krueger": ("Thomas Krüger", "thomas.krueger", "Generalagentur Krüger", "Krüger General Agency", "allg", "ma", "-0"),
    "okafor": ("Daniel Okafor", "daniel.okafor", "Kfz-Flotten Firmenkunden", "Fleet Insurance", "allg", "k", "-190"),
    "seidel": ("Marion Seidel", "marion.seidel", "Aktuariat Kranken", "Health Actuarial", "kranken", "ma", "-2205"),
    "fuchs": ("Björn Fuchs", "bjoern.fuchs", "Schaden-Außendienst", "Field Claims", "allg", "k", "-255"),
}


def who(key, charset="utf-8"):
    s = STAFF[key]
    return (s[0], "%s@%s" % (s[1], DOM), charset)


def box(local, name, charset="utf-8"):
    return (name, "%s@%s" % (local, DOM), charset)


def sig(key, style="de"):
    name, local, dde, den, ent, off, ext = STAFF[key]
    street, city, tel = ADDR[off]
    firm = ENT[ent][0]
    mail = "%s@%s" % (local, DOM)
    if style == "de":
        return ("Mit freundlichen Grüßen\n\n%s\n%s\n\n%s\n%s · %s\nTelefon %s%s\n%s · www.%s"
                % (name, dde, firm, street, city, tel, ext, mail, DOM))
    if style == "en":
        cityen = city.replace("Köln", "Cologne")
        return ("Kind regards\n\n%s\n%s\n\n%s\n%s, %s, Germany\nPhone %s%s\n%s | www.%s"
                % (name, den, firm, street.replace("ß", "ss"), cityen, tel, ext, mail, DOM))
    if style == "short":
        return "%s\n%s | Tel. %s%s" % (name, dde, tel, ext)
    if style == "shorten":
        return "%s\n%s | Phone %s%s" % (name, den, tel, ext)
    raise ValueError(style)


def foot(ent="allg", lang="de"):
    firm, reg, board = ENT[ent]
    if lang == "de":
        return ("--\n%s · Sitz der Gesellschaft: Mannheim · %s\n"
                "Vorstand: %s · Vorsitzender des Aufsichtsrats: Prof. Dr. Harald Kemmer\n\n"
                "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der "
                "richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie "
                "diese E-Mail. Das unerlaubte Kopieren sowie die Weitergabe dieser E-Mail sind "
                "nicht gestattet." % (firm, reg, board))
    return ("--\n%s, registered office: Mannheim, Germany, %s\n"
            "Management board: %s; Chairman of the supervisory board: Prof. Dr. Harald Kemmer\n\n"
            "This e-mail may contain confidential information. If you are not the intended "
            "recipient, please notify the sender and delete this e-mail. Any unauthorised "
            "copying or distribution is prohibited."
            % (firm, reg.replace("Amtsgericht", "Local Court"), board.replace("Vorsitzende", "Chair")
               .replace("Vorsitzender", "Chair")))


# --------------------------------------------------------------------------
# quoting helpers (formatting only; the quoted text is written per mail)
# --------------------------------------------------------------------------
def q(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def ol_de(von, gesendet, an, betreff, body, cc=None):
    h = "-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n" % (von, gesendet, an)
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Betreff: %s\n\n%s" % (betreff, body.strip("\n"))


def ol_en(frm, sent, to, subject, body, cc=None):
    h = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Subject: %s\n\n%s" % (subject, body.strip("\n"))


# --------------------------------------------------------------------------
# MIME encoding
# --------------------------------------------------------------------------
CTE_NAME = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


def _crlf(b):
    b = b.replace(b"\r\n", b"\n")
    assert b"\r" not in b
    return b.replace(b"\n", b"\r\n")


def enc_body(raw, cte):
    if cte == "7bit":
        raw.decode("ascii")
        out = _crlf(raw)
    elif cte == "8bit":
        out = _crlf(raw)
    elif cte == "qp":
        out = _crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")))
    elif cte == "b64":
        out = _crlf(base64.encodebytes(raw))
    else:
        raise ValueError(cte)
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    for line in out.split(b"\r\n"):
        assert len(line) <= 998, "line too long"
    return out


def hval(value, charset="utf-8"):
    """Header value: raw if ASCII, else RFC 2047 encoded-words."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(value, charset, maxlinelen=76).encode(linesep="\r\n")


def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, addr = a[0], a[1]
    cs = a[2] if len(a) > 2 else "utf-8"
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        try:
            name.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return formataddr((name, addr), charset=cs)


def addr_list(lst):
    items = [fmt_addr(a) for a in lst]
    out, line = [], ""
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line and len(line) + len(piece) + 1 > 74:
            out.append(line)
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    out.append(line)
    return "\r\n ".join(out)


class Part:
    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def to_bytes(self, extra=()):
        hs = list(extra) + list(self.headers)
        out = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in hs) + b"\r\n"
        if self.children is None:
            return out + self.body
        bnd = self.boundary.encode("ascii")
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n\r\n"
        for c in self.children:
            out += b"--" + bnd + b"\r\n" + c.to_bytes()
        return out + b"--" + bnd + b"--\r\n"


def tpart(text, sub="plain", cs="utf-8", cte="qp", flowed=False, quoted_cs=True, lang=None):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)
    ct = 'text/%s; charset="%s"' % (sub, cs) if quoted_cs else "text/%s; charset=%s" % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", CTE_NAME[cte])]
    if lang:
        hs.append(("Content-Language", lang))
    return Part(hs, enc_body(raw, cte))


def _fname_params(filename):
    try:
        filename.encode("ascii")
        return '; name="%s"' % filename, '; filename="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote as uq
        return ("; name*=utf-8''%s" % uq(filename, safe=""),
                "; filename*=utf-8''%s" % uq(filename, safe=""))


def att(filename, data, ctype, cte="b64", charset=None, inline=False):
    np_, fp = _fname_params(filename)
    ct = ctype + (('; charset="%s"' % charset) if charset else "") + np_
    cd = ("inline" if inline else "attachment") + fp
    body = enc_body(data, cte)
    if cte != "b64" and data.endswith(b"\n"):
        body += b"\r\n"  # the CRLF before the next boundary belongs to the delimiter
    return Part([("Content-Type", ct), ("Content-Disposition", cd),
                 ("Content-Transfer-Encoding", CTE_NAME[cte])], body)


def att_msg(filename, msgbytes):
    np_, fp = _fname_params(filename)
    assert msgbytes.endswith(b"\r\n")
    return Part([("Content-Type", "message/rfc822" + np_), ("Content-Disposition", "attachment" + fp)],
                msgbytes)


MAILER_HDRS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook-de": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")],
    "outlook-en": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                                   "Gecko/20100101 Thunderbird/128.7.1")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "android": [("User-Agent", "K-9 Mail for Android")],
    "system": [("X-Mailer", "RheiDok Ausgabeserver 7.3")],
    "portal": [("X-Mailer", "Rheinauer Kundenpostfach"), ("Auto-Submitted", "auto-generated")],
    "newsletter": [("X-Mailer", "Rheinauer Newsletter 3.1"), ("Precedence", "bulk"),
                   ("List-Unsubscribe", "<mailto:newsletter-abmelden@%s>" % DOM)],
    "autoreply": [("X-Mailer", "Microsoft Exchange Server"), ("Auto-Submitted", "auto-replied"),
                  ("X-Auto-Response-Suppress", "All")],
    None: [],
}


def _bnd(k):
    return "----=_NextPart_%s_%d" % (_h("b", _CUR["key"], k, n=12).upper(), k)


def mk(frm, to, subject, date, text=None, *, html=None, cc=(), atts=(), cs="utf-8", cte="qp",
       html_cs=None, html_cte=None, flowed=False, reply_to=None, irt=None, refs=None,
       hdrs=(), mailer="outlook", subj_cs=None, quoted_cs=True, mid_host=None,
       key=None, require_insurer=True):
    """Build one RFC 5322 message (bytes, CRLF)."""
    key = key or _CUR["key"]
    saved = _CUR["key"]
    _CUR["key"] = key
    try:
        if require_insurer:
            assert fmt_addr(frm).rstrip(">").endswith("@" + DOM), key
        body_parts = []
        if text is not None:
            body_parts.append(tpart(text, "plain", cs, cte, flowed, quoted_cs))
        if html is not None:
            body_parts.append(tpart(html, "html", html_cs or cs, html_cte or cte, False, quoted_cs))
        if len(body_parts) == 2:
            main = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % _bnd(1))],
                        children=body_parts, boundary=_bnd(1))
        else:
            main = body_parts[0]
        if atts:
            top = Part([("Content-Type", 'multipart/mixed; boundary="%s"' % _bnd(0))],
                       children=[main] + list(atts), boundary=_bnd(0),
                       preamble="This is a multi-part message in MIME format.")
        else:
            top = main
        if top is not body_parts[0] or len(body_parts) == 2:
            pass
        hs = [("From", fmt_addr(frm))]
        if isinstance(to, tuple):
            to = [to]
        hs.append(("To", addr_list(to)))
        if cc:
            hs.append(("Cc", addr_list(cc if isinstance(cc, list) else [cc])))
        if reply_to:
            hs.append(("Reply-To", fmt_addr(reply_to)))
        hs.append(("Subject", hval(subject, subj_cs or ("utf-8" if cs == "us-ascii" else cs))))
        hs.append(("Date", format_datetime(date)))
        host = mid_host or ("mail." + DOM)
        hs.append(("Message-ID", "<%s.%s@%s>" % (_h("m", key, n=20).upper(), _h("t", key, n=8), host)))
        if irt:
            hs.append(("In-Reply-To", irt))
            hs.append(("References", refs or irt))
        elif refs:
            hs.append(("References", refs))
        hs.append(("MIME-Version", "1.0"))
        hs += list(MAILER_HDRS[mailer]) + list(hdrs)
        return top.to_bytes(extra=hs)
    finally:
        _CUR["key"] = saved


def ext_msg(frm, to, subject, date, text=None, **kw):
    """A message written by someone outside (for message/rfc822 attachments)."""
    kw.setdefault("mailer", None)
    kw.setdefault("mid_host", fmt_addr(frm).rstrip(">").split("@")[-1])
    return mk(frm, to, subject, date, text, require_insurer=False, key=_CUR["key"] + ".inner", **kw)


# --------------------------------------------------------------------------
# attachment builders (standard library only)
# --------------------------------------------------------------------------
def _zip(members, date):
    """members: list of (name, bytes[, stored]); deterministic ZIP."""
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


def zipfile_(members, date=(2026, 3, 2, 9, 0, 0)):
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in members], date)


def _pdf_str(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(lines, title="", author="Rheinauer Versicherungsgruppe", date="20260302090000",
        compress=True, per_page=58):
    """Minimal valid PDF 1.4 with a Helvetica text layer. Lines starting with '# ' are bold."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (RheiDok PDF 2.1) /CreationDate (D:" + date.encode() + b"+01'00') >>")
    kids = []
    n = 6
    for pg in pages:
        ops = [b"BT /F1 10 Tf 13 TL 56 790 Td"]
        for ln in pg:
            if ln.startswith("# "):
                ops.append(b"/F2 11 Tf " + _pdf_str(ln[2:]) + b" Tj T* /F1 10 Tf")
            else:
                ops.append(_pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        if compress:
            data = zlib.compress(stream, 9)
            objs[n + 1] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data +
                           b"\nendstream")
        else:
            objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                   b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
               b"] /Count %d >>" % len(kids))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offs[i]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return out


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ODR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _core(title, author, iso):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(title), xesc(author), iso, iso))


def _app(appname):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>%s</Application></Properties>' % appname)


def docx(blocks, title="", author="Rheinauer", iso="2026-03-02T09:00:00Z", zdate=(2026, 3, 2, 9, 0, 0)):
    """blocks: 'text' paragraph | ('h', text) bold | ('table', [[cells]])"""
    body = []

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "h":
            body.append(para(b[1], True))
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            w = 9000 // ncol
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>']
            t += ['<w:gridCol w:w="%d"/>' % w] * ncol
            t.append("</w:tblGrid>")
            for ri, r in enumerate(rows):
                t.append("<w:tr>")
                for c in list(r) + [""] * (ncol - len(r)):
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                             % (w, para(str(c), ri == 0)))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
        else:
            raise ValueError(b)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>' % (_W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="%s">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % _CT)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>' % (_RELS, _ODR, _ODR))
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s"/>' % _RELS)
    return zipfile_([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                     ("word/_rels/document.xml.rels", drels),
                     ("docProps/core.xml", _core(title, author, iso)),
                     ("docProps/app.xml", _app("Microsoft Office Word"))], zdate)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Rheinauer", iso="2026-03-02T09:00:00Z", zdate=(2026, 3, 2, 9, 0, 0)):
    """sheets: list of (name, rows); first row bold; numbers stay numbers."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                st = ' s="1"' if ri == 1 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v)))
                else:
                    cells.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, st, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
        files.append(("xl/worksheets/sheet%d.xml" % si, ws))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>'
                       % (si, _ODR, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                       'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    n = len(sheets) + 1
    wb_rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n, _ODR))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="%s">'
          '<sheets>%s</sheets></workbook>' % (_ODR, "".join(wb_sheets)))
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
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="%s">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % (_CT, "".join(ct_over)))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>' % (_RELS, _ODR, _ODR))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">%s'
              '</Relationships>' % (_RELS, "".join(wb_rels)))
    return zipfile_([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + files +
                    [("docProps/core.xml", _core("", author, iso)), ("docProps/app.xml", _app("Microsoft Excel"))],
                    zdate)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mime, body_xml, title, iso, zdate):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body_xml))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
            '<office:meta><meta:generator>LibreOffice/7.6</meta:generator><dc:title>%s</dc:title>'
            '<dc:date>%s</dc:date></office:meta></office:document-meta>' % (_ODF_NS, xesc(title), iso))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              '<office:styles/></office:document-styles>' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime.encode(), True), ("content.xml", content.encode()),
                 ("styles.xml", styles.encode()), ("meta.xml", meta.encode()),
                 ("META-INF/manifest.xml", manifest.encode())], zdate)


def _odf_table(name, rows):
    out = ['<table:table table:name="%s">' % xesc(name)]
    ncol = max(len(r) for r in rows)
    out.append('<table:table-column table:number-columns-repeated="%d"/>' % ncol)
    for r in rows:
        out.append("<table:table-row>")
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                           '</table:table-cell>' % (repr(v), xesc(str(v))))
            elif v is None or v == "":
                out.append("<table:table-cell/>")
            else:
                out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                           % xesc(str(v)))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def odt(blocks, title="", iso="2026-03-02T09:00:00", zdate=(2026, 3, 2, 9, 0, 0)):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append("<text:p>%s</text:p>" % xesc(b))
        elif b[0] == "h":
            parts.append('<text:h text:outline-level="2">%s</text:h>' % xesc(b[1]))
        elif b[0] == "table":
            parts.append(_odf_table("Tabelle1", b[1]))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(parts), title, iso, zdate)


def ods(sheets, title="", iso="2026-03-02T09:00:00", zdate=(2026, 3, 2, 9, 0, 0)):
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(_odf_table(n, r) for n, r in sheets),
                title, iso, zdate)


def csvdata(rows, charset="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(charset)


def _ics_fold(line):
    b = line.encode("utf-8")
    out = []
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
    out.append(b)
    return b"\r\n ".join(out)


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(uid, summary, start, end, organizer, attendees, description="", location="", stamp="20260302T080000Z",
        method="REQUEST"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Rheinauer//Outlook 16.0 MIMEDIR//DE", "VERSION:2.0",
         "METHOD:" + method, "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
         "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:%s@%s" % (uid, DOM), "DTSTAMP:" + stamp,
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + ics_esc(summary)]
    if location:
        L.append("LOCATION:" + ics_esc(location))
    L.append('ORGANIZER;CN="%s":mailto:%s' % (organizer[0], organizer[1]))
    for a in attendees:
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (a[0], a[1]))
    if description:
        L.append("DESCRIPTION:" + ics_esc(description))
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return b"".join(_ics_fold(x) + b"\r\n" for x in L)


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"


def html_page(inner, title=""):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<title>%s</title>\n</head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n%s\n</body>\n</html>\n'
            % (html.escape(title), inner))


def html_table(rows, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def para_html(text):
    """plain text -> simple HTML paragraphs (used for HTML parts written as prose)."""
    blocks = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(html.escape(x) for x in b.split("\n")) for b in blocks)


# ==========================================================================
# MAILS — STRICTLY_CONFIDENTIAL (part 1)
# ==========================================================================
@M("S", "de", "insurer-to-customer",
   "one-line reply; the quoted customer mail names the orthopaedist invoice and the knee MRI (health claim)")
def s_knie_quote():
    body = """Hallo Frau Kern,

danke, ist angekommen. Ich gebe es heute noch an die Kollegen in der Leistungsprüfung weiter, Sie hören spätestens nächste Woche von uns.

Viele Grüße
Claudia Brenner

""" + q(ol_de("Sabine Kern <sabine.kern@postfach24.example>", "Montag, 9. März 2026 21:47",
              "Leistung Kranken <leistung-kv@rheinauer.example>", "Rechnungen Februar",
              """Sehr geehrte Damen und Herren,

anbei wie am Telefon besprochen die Rechnung vom Orthopäden (Dr. Falkner) und die Rechnung für das MRT vom Knie links. Das MRT wurde ambulant gemacht, die Überweisung habe ich auch mit eingescannt.

Versicherungsnummer ist KV 4471 2093-01.

Mit freundlichen Grüßen
Sabine Kern""")) + "\n\n" + foot("kranken")
    return mk(who("brenner"), ("Sabine Kern", "sabine.kern@postfach24.example"),
              "AW: Rechnungen Februar", dt(3, 10, 8, 12), body,
              irt=xid("kern1", "postfach24.example"), mailer="outlook-de")


@M("S", "de", "internal",
   "forward; subject alludes to the customer's heart condition ('die Sache mit dem Herzen'), BU claim, pre-existing condition question")
def s_herz_subject():
    body = """Hi Heike,

kannst du mal drüberschauen? Ich hab das Gefühl, das hatten wir bei Antragstellung 2019 schon mal auf dem Tisch. Wenn ja, müssten wir uns die Gesundheitsfragen von damals nochmal ansehen, bevor ich dem Makler antworte.

Danke dir
Dirk

""" + ol_de("Hartmann Versicherungsmakler - Jens Hartmann <j.hartmann@maklerbuero-hartmann.example>",
            "Donnerstag, 12. März 2026 16:03", "Oswald, Dirk <dirk.oswald@rheinauer.example>",
            "BU-Leistungsantrag Dreher, Vertrag LV 8830 5521",
            """Hallo Herr Oswald,

wie telefonisch angekündigt: Herr Dreher ist seit Januar nicht mehr arbeitsfähig, die Kardiologin hat ihm vorerst jede körperliche Arbeit untersagt. Er ist Dachdecker, also im Grunde raus. Den Leistungsantrag schicke ich Ihnen morgen im Original.

Können Sie mir schon mal sagen, welche Unterlagen Sie von den Ärzten brauchen?

Beste Grüße
Jens Hartmann
Hartmann Versicherungsmakler e.K.""")
    return mk(who("oswald"), [who("schuster")], "WG: Hr. Dreher – wieder die Sache mit dem Herzen?",
              dt(3, 13, 9, 41), body, mailer="outlook-de")


@M("S", "en", "insurer-to-customer",
   "plain case: pre-authorisation of a named expat's hospital admission and procedure (international health plan)")
def s_preauth_en():
    text = """Dear Mr O'Neill,

Thank you for sending the treatment details from Dr Haverkamp.

We are pleased to confirm that your admission to St. Aidan's Private Clinic on 14 April 2026 for a laparoscopic cholecystectomy (gallbladder removal) is pre-authorised under your Rheinauer Global Health plan, membership number RGH-20417-88. The approval covers one night in a private room, the surgeon's and anaesthetist's fees and the pre-operative tests listed in the estimate.

The clinic will bill us directly. Please bring your membership card on the day of admission. Your annual outpatient excess does not apply to this stay.

If the surgeon decides that an open procedure is needed or you need to stay longer, the clinic should contact us on +49 621 4470-2500 (24 hours).

We wish you a smooth operation and a quick recovery.

""" + sig("walsh", "en") + "\n\n" + foot("kranken", "en")
    htm = html_page(para_html(text), "Pre-authorisation")
    return mk(who("walsh"), ("Connor O'Neill", "c.oneill@inbox-mail.example"),
              "Pre-authorisation confirmed - RGH-20417-88", dt(3, 31, 11, 5), text, html=htm,
              mailer="outlook-en", cs="utf-8", cte="qp")


@M("S", "de", "insurer-to-customer",
   "body says only 'anbei unser Schreiben'; the subject names psychotherapy and the PDF approves 25 sessions for the addressee")
def s_psychotherapie_pdf():
    body = """Sehr geehrte Frau Lorenz,

anbei erhalten Sie unser Schreiben zu Ihrem Antrag. Das Original geht Ihnen zusätzlich per Post zu.

""" + sig("brenner") + "\n\n" + foot("kranken")
    letter = [
        "# Rheinauer Krankenversicherung AG",
        "Leistungsabteilung · Rheinauer Platz 1 · 68161 Mannheim",
        "",
        "Frau Miriam Lorenz",
        "Gartenfeldstraße 7",
        "68169 Mannheim",
        "",
        "Mannheim, 17.03.2026",
        "Versicherungsnummer: KV 5520 7314-02",
        "",
        "# Kostenzusage ambulante Psychotherapie",
        "",
        "Sehr geehrte Frau Lorenz,",
        "",
        "auf Grundlage des Berichts Ihrer Therapeutin, Frau Dipl.-Psych. Anja Roeder, vom 02.03.2026",
        "übernehmen wir die Kosten für 25 Sitzungen Verhaltenstherapie (Einzeltherapie, je 50 Minuten)",
        "im Rahmen Ihres Tarifs KOMFORT-A zu 80 %. Die Probatorik (5 Sitzungen) ist bereits abgerechnet.",
        "",
        "Diagnose laut Bericht: F33.1 rezidivierende depressive Störung, gegenwärtig mittelgradige Episode.",
        "",
        "Für eine Verlängerung über die 25 Sitzungen hinaus benötigen wir rechtzeitig einen",
        "Fortführungsbericht. Bitte reichen Sie die Rechnungen wie gewohnt ein.",
        "",
        "Mit freundlichen Grüßen",
        "Rheinauer Krankenversicherung AG",
        "i. A. Claudia Brenner",
    ]
    return mk(who("brenner"), ("Miriam Lorenz", "miriam.lorenz@mailo.example"),
              "Ihr Antrag auf Kostenübernahme – Psychotherapie (25 Sitzungen)", dt(3, 17, 14, 22), body,
              atts=[att("Kostenzusage_KV55207314.pdf", pdf(letter, "Kostenzusage"), "application/pdf")],
              mailer="outlook-de")


@M("S", "de", "insurer-to-doctor",
   "plain case: request to a GP for a report on a named insured's incapacity (BU claim), consent form attached (PDF)")
def s_arztanfrage_bu():
    body = """Sehr geehrte Frau Dr. Seifert,

Ihr Patient, Herr Markus Feld, geb. 22.08.1974, hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt. Er gibt an, wegen anhaltender Rückenbeschwerden (Bandscheibenvorfall L4/L5, operiert im November 2025) seinen Beruf als Lagerlogistiker nicht mehr ausüben zu können.

Wir bitten Sie um einen ärztlichen Bericht zu folgenden Punkten:

1. Diagnosen mit Datum der Erstdiagnose
2. Behandlungsverlauf seit 2023 (Medikation, Physiotherapie, Operation)
3. Aktuelle Funktionseinschränkungen, insbesondere Heben und Tragen über 10 kg
4. Ihre Einschätzung der weiteren Entwicklung

Die Schweigepflichtentbindung von Herrn Feld liegt bei. Ihre Kosten erstatten wir nach GOÄ (Befundbericht, Nr. 75) zuzüglich Porto; bitte geben Sie auf der Rechnung unser Zeichen LV-BU 2026/0418 an.

Am liebsten wäre uns eine Rückantwort über unser sicheres Postfach oder per Fax an +49 621 4470-1899.

""" + sig("oswald") + "\n\n" + foot("leben")
    form = [
        "# Erklärung zur Entbindung von der Schweigepflicht",
        "",
        "Versicherte Person: Markus Feld, geb. 22.08.1974",
        "Anschrift: Lindenweg 3, 67227 Frankenthal",
        "Vertrag: LV 7714 0062 (Berufsunfähigkeitsversicherung)",
        "",
        "Ich entbinde die nachfolgend genannten Ärzte von ihrer Schweigepflicht gegenüber der",
        "Rheinauer Lebensversicherung AG, soweit es für die Prüfung meines Leistungsantrags erforderlich ist:",
        "",
        "- Dr. med. Petra Seifert, Fachärztin für Allgemeinmedizin, Frankenthal",
        "- Orthopädische Praxis am Rathaus, Ludwigshafen",
        "- Klinikum Ludwigshafen, Neurochirurgie (Aufenthalt 11/2025)",
        "",
        "Frankenthal, 03.03.2026          gez. Markus Feld",
    ]
    return mk(who("oswald"), ("Dr. med. Petra Seifert", "praxis@dr-seifert-frankenthal.example"),
              "Anforderung ärztlicher Bericht – Herr Markus Feld – unser Zeichen LV-BU 2026/0418",
              dt(3, 16, 10, 30), body,
              atts=[att("Schweigepflichtentbindung_Feld.pdf", pdf(form, "Schweigepflichtentbindung"),
                        "application/pdf")], mailer="outlook-de")


@M("S", "en", "hospital",
   "internal forward of a Spanish hospital's invoice for a named traveller's wrist fracture (travel health), PDF attached")
def s_hospital_spain_en():
    body = """Oliver,

this one came in via the assistance line - the customer is already back home in Bonn. Can you check the invoice against the travel health policy and pay the hospital directly? Assistance file is ASS-26-03117.

Thanks
Fiona

""" + ol_en("Facturacion Hospital Costa Azul <facturacion@hospitalcostaazul.example>",
            "Wednesday, March 4, 2026 1:12 PM", "International Health Services <international-health@rheinauer.example>",
            "Invoice 2026-00871 / patient WEISS, Renate",
            """Dear Sirs,

Please find attached our invoice for the emergency treatment of your insured Mrs Renate Weiss (date of birth 11/02/1958), admitted on 26 February 2026 after a fall in Benidorm.

Treatment: distal radius fracture right wrist, closed reduction and plaster cast, X-ray, one night observation.

We kindly ask for payment within 30 days.

Best regards
Lucia Ferrer
Billing department""")
    inv = [
        "# HOSPITAL COSTA AZUL - Benidorm",
        "Factura / Invoice 2026-00871",
        "",
        "Patient: WEISS, Renate   DOB 11/02/1958",
        "Insurer: Rheinauer Krankenversicherung AG, policy RV-446120",
        "Admission 26/02/2026 - discharge 27/02/2026",
        "",
        "Emergency consultation                         180.00 EUR",
        "X-ray right wrist (2 views)                     95.00 EUR",
        "Closed reduction, plaster cast                 640.00 EUR",
        "Observation ward, 1 night                      520.00 EUR",
        "Medication (analgesics)                         38.50 EUR",
        "",
        "Diagnosis: S52.50 distal radius fracture, right",
        "TOTAL                                         1473.50 EUR",
    ]
    return mk(who("walsh"), [who("franke")], "FW: Invoice 2026-00871 / patient WEISS, Renate",
              dt(3, 4, 15, 20), body,
              atts=[att("Factura_2026-00871.pdf", pdf(inv, "Factura 2026-00871", author="Hospital Costa Azul"),
                        "application/pdf")], mailer="outlook-en")


@M("S", "de", "insurer-to-customer",
   "long contents-insurance letter about a burglary; one line mentions the customer's stroke ('nach Ihrem Schlaganfall')")
def s_hausrat_schlaganfall():
    body = """Sehr geehrter Herr Brückner,

vielen Dank für Ihre Nachricht vom 2. März und die Unterlagen zum Einbruch in Ihre Wohnung in der Waldhofstraße. Ich möchte Ihnen heute den Stand der Bearbeitung mitteilen und kurz erklären, was noch fehlt.

1. Polizeiliche Anzeige
Die Bescheinigung der Polizei (Tagebuchnummer ST/0214887/2026) liegt uns vor. Damit ist dieser Punkt erledigt.

2. Stehlgutliste
Die Liste, die Ihre Tochter für Sie erstellt hat, haben wir erhalten. Dass Sie nach Ihrem Schlaganfall im Herbst die Aufstellung nicht selbst machen konnten, verstehen wir natürlich; es ist völlig in Ordnung, dass Ihre Tochter das für Sie übernimmt. Bitte lassen Sie uns nur eine kurze Vollmacht zukommen, damit wir auch mit ihr sprechen dürfen.

3. Belege
Für die Armbanduhr und die Kamera fehlen uns noch Kaufbelege oder Fotos. Falls Sie keine Rechnungen mehr haben, reichen auch Bankauszüge oder Garantiekarten.

4. Schloss und Tür
Die Rechnung des Schlüsseldienstes über 412,80 EUR erstatten wir vorab. Der Betrag geht in den nächsten Tagen auf Ihr bekanntes Konto.

5. Weiteres Vorgehen
Sobald die Belege vorliegen, rechnen wir den restlichen Schaden ab. Für den Schmuck gilt die Entschädigungsgrenze für Wertsachen außerhalb eines Tresors von 20 % der Versicherungssumme.

Wenn Sie Fragen haben, rufen Sie mich gerne an. Ich bin montags bis donnerstags von 8 bis 16 Uhr erreichbar.

Mit freundlichen Grüßen

Murat Yilmaz
Sachschaden Privatkunden
Schadennummer: HR-26-0031877

Rheinauer Allgemeine Versicherung AG
Domstraße 40 · 50667 Köln
Telefon +49 221 5553-217
"""
    return mk(who("yilmaz", "iso-8859-1"), ("Werner Brückner", "w.brueckner@kabelmail.example", "iso-8859-1"),
              "Ihr Schaden HR-26-0031877 - Einbruchdiebstahl Waldhofstraße", dt(3, 11, 13, 2), body,
              cs="iso-8859-1", cte="qp", mailer="outlook-de")


@M("S", "en", "insurer-to-company",
   "fleet claims list for a logistics firm: XLSX whose 'injuries' column names a driver's whiplash; the body is routine")
def s_flotte_xlsx_column():
    body = """Hi Ms Dąbrowska,

as discussed in our call on Monday, please find attached the claims list for your fleet policy (FL-0090-2211) for Q1 2026. Two items are still open; we expect the assessor's report for the Actros next week.

Could you please check the driver names against your records? Two of them were missing on the claim forms and I filled them in from the tachograph records your dispatcher sent.

Best regards
Daniel Okafor
Fleet Insurance | Rheinauer Allgemeine Versicherung AG
Phone +49 221 5553-190
"""
    rows = [["Claim no.", "Date", "Plate", "Vehicle", "Driver", "Description", "Injuries", "Reserve EUR", "Status"],
            ["KF-26-000412", "07.01.2026", "HH-TL 4410", "MB Actros 1845", "Piotr Zielinski", "rear-end collision A7, Soltau", "none", 18400, "open"],
            ["KF-26-000498", "19.01.2026", "HH-TL 4422", "MAN TGX", "Sven Albrecht", "mirror damage, loading bay", "none", 640, "paid"],
            ["KF-26-000733", "02.02.2026", "HH-TL 3307", "VW Crafter", "Ayse Kaplan", "side impact at junction, third party at fault", "driver: whiplash (HWS distortion), 2 weeks off work", 5200, "open"],
            ["KF-26-000871", "16.02.2026", "HH-TL 4410", "MB Actros 1845", "Piotr Zielinski", "windscreen chip", "none", 310, "paid"],
            ["KF-26-001020", "03.03.2026", "HH-TL 5012", "Schmitz trailer", "-", "tarpaulin slashed, parking area Bispingen", "none", 1150, "paid"]]
    return mk(who("okafor"), ("Katarzyna Dąbrowska", "k.dabrowska@nordtrans-logistik.example"),
              "Fleet policy FL-0090-2211 - claims list Q1 2026", dt(4, 2, 9, 48), body,
              atts=[att("Claims_FL-0090-2211_Q1-2026.xlsx", xlsx([("Q1 2026", rows)]), CT_XLSX)],
              mailer="outlook-en")


@M("S", "mixed", "insurer-to-customer",
   "English-writing expat, German answer: assessment of his mother's care level (Pflegegrad) under her long-term care policy")
def s_pflege_mixed():
    body = """Sehr geehrter Mr Whitfield,

vielen Dank für Ihre Mail. Ich antworte auf Deutsch, weil Sie schreiben, dass Ihre Frau die Post übersetzt – wenn Ihnen Englisch lieber ist, sagen Sie gern Bescheid.

Der Gutachter von Medicproof kommt am Dienstag, 21. April 2026, zwischen 10 und 12 Uhr zu Ihrer Mutter nach Schwetzingen. Bitte legen Sie die Medikamentenliste, die Entlassungsberichte aus dem Krankenhaus und, falls vorhanden, ein Pflegetagebuch bereit. Es ist gut, wenn Sie oder Ihre Frau dabei sind.

Nach der Begutachtung entscheiden wir in der Regel innerhalb von zwei Wochen über den Pflegegrad. Die Leistungen gelten rückwirkend ab Antragstellung (02.03.2026).

""" + sig("hahn") + "\n\n" + q("""On 8 Apr 2026, at 19:22, Graham Whitfield <g.whitfield@britmail.example> wrote:

Dear Ms Hahn,

following our phone call: my mother Margaret Whitfield (policy PV 3381 7702) has been much more confused since her fall in February and can no longer manage the stairs or her tablets on her own. We have put in the application for a care level. When will somebody come to assess her? I work shifts so I'd need a few days' notice.

Many thanks,
Graham Whitfield""") + "\n\n" + foot("kranken")
    return mk(who("hahn"), ("Graham Whitfield", "g.whitfield@britmail.example"),
              "AW: Care level assessment - Margaret Whitfield", dt(4, 9, 11, 15), body,
              irt=xid("whit", "britmail.example"), mailer="outlook-de")


@M("S", "de", "insurer-to-customer",
   "short reply: dental implant treatment plan (regio 36) approved at 80 % for the addressee")
def s_zahn_hkp():
    body = """Hallo Herr Baranowski,

kurze Rückmeldung zu Ihrem Heil- und Kostenplan von Zahnarzt Dr. Neubauer: Das Implantat regio 36 inkl. Knochenaufbau ist freigegeben, wir erstatten nach Ihrem Tarif ZahnPlus 80 % der Kosten laut HKP (voraussichtlich 2.384,16 €). Die schriftliche Zusage kommt per Post.

Bitte schicken Sie uns nach der Behandlung die Rechnung mit Laborbeleg.

Gruß
Claudia Brenner
Leistung Kranken, Tel. 0621 4470-2351
"""
    return mk(who("brenner"), ("Tomasz Baranowski", "tbaranowski@webmail-de.example"),
              "Re: HKP Dr. Neubauer", dt(3, 25, 15, 51), body, cte="8bit", flowed=True,
              quoted_cs=False, mailer="thunderbird", irt=xid("bar", "webmail-de.example"))


@M("S", "de", "internal",
   "HR to team lead: named employee on sick leave 'nach dem Eingriff' until end of April (employee health data)")
def s_hr_op_krank():
    body = """Hallo Jana,

kurze Info, damit du die Schichtplanung anpassen kannst: Frau Albrecht hat heute die Folgebescheinigung geschickt. Nach dem Eingriff am Knie ist sie jetzt bis voraussichtlich 30.04. krankgeschrieben, danach möchte sie mit einer stufenweisen Wiedereingliederung anfangen (erst 4 Stunden täglich). Ein BEM-Gespräch biete ich ihr nächste Woche an.

Bitte behandle das vertraulich und gib im Team nur weiter, dass sie bis Ende April fehlt.

Liebe Grüße
Nadine

""" + sig("koch", "short")
    return mk(who("koch"), [who("petersen")], "Frau Albrecht – Vertretung bis Ende April", dt(3, 27, 10, 4),
              body, mailer="outlook-de")


@M("S", "en", "insurer-to-broker",
   "life underwriting decision for a named applicant: hypertension and BMI lead to a 50 % extra premium")
def s_underwriting_en():
    text = """Dear James,

thanks for your patience on this one. Underwriting is complete for your client Mr Raj Malhotra (term life, EUR 400,000, 25 years, application LA-26-01933).

Based on the GP report and the blood tests, we can offer cover with an extra premium of 50 % because of the treated hypertension (three medications, blood pressure still around 150/95) and a BMI of 33. The exclusion for motorsport stays as discussed. If Mr Malhotra can show stable readings below 140/90 over twelve months, we are happy to review the loading.

The revised offer is in your broker inbox. The offer is valid until 30 April 2026.

Kind regards

Heike Schuster
Life Underwriting

Rheinauer Lebensversicherung AG
"""
    htm = html_page(para_html(text))
    return mk(who("schuster"), ("James Carter", "james.carter@carter-brokers.example"),
              "RE: LA-26-01933 Malhotra - underwriting decision", dt(4, 7, 16, 40), text, html=htm,
              mailer="outlook-en", irt=xid("malh", "carter-brokers.example"))


@M("S", "de", "insurer-to-customer",
   "plain case without medical words: change of beneficiary in a named customer's life policy (life line, § 203)")
def s_bezugsrecht():
    body = """Sehr geehrte Frau Jankowski,

wir bestätigen die Änderung des Bezugsrechts für Ihre Lebensversicherung Nr. LV 6620 1187 (Kapitallebensversicherung, Ablauf 01.12.2038).

Ab dem Eingang Ihrer Erklärung am 19.03.2026 gilt:
– im Todesfall: Ihr Sohn Lukas Jankowski (widerruflich)
– im Erlebensfall: Sie selbst

Das bisherige Bezugsrecht zugunsten von Herrn Stefan Jankowski ist damit erloschen. Einen aktualisierten Versicherungsschein senden wir Ihnen in den nächsten Tagen per Post zu.

""" + sig("oswald") + "\n\n" + foot("leben")
    return mk(who("oswald", "windows-1252"), ("Renata Jankowski", "renata.jankowski@online-post.example", "windows-1252"),
              "Ihre Lebensversicherung LV 6620 1187 – Änderung des Bezugsrechts", dt(3, 23, 9, 17), body,
              cs="windows-1252", cte="qp", mailer="outlook-de")


@M("S", "de", "insurer-to-lawyer",
   "accident insurance: invalidity assessment of a named insured (Armwert 2/10, shoulder), offer of payment to her lawyer")
def s_unfall_lawyer():
    body = """Sehr geehrter Herr Rechtsanwalt Kühne,

in der Unfallsache Ihrer Mandantin, Frau Doris Ebersbach (Unfall-Nr. UN-25-004471, Unfall vom 14.06.2025), liegt uns nun das Gutachten von Prof. Dr. Haller vom 20.02.2026 vor.

Der Gutachter stellt nach der Schultereckgelenksprengung rechts (Tossy III, operativ versorgt) eine dauerhafte Beeinträchtigung fest und bemisst sie mit 2/10 Armwert. Nach der Gliedertaxe (Arm im Schultergelenk 70 %) ergibt sich ein Invaliditätsgrad von 14 %. Bei einer Grundsumme von 100.000 € und Progression 225 % errechnet sich eine Invaliditätsleistung von 14.000 €.

Ihren Einwand, die Bewegungseinschränkung beim Überkopfarbeiten sei nicht ausreichend berücksichtigt, haben wir dem Gutachter vorgelegt; er bleibt bei seiner Einschätzung (Stellungnahme anbei).

Wir bieten zur Erledigung die Zahlung von 14.000 € zzgl. der bereits gezahlten Krankenhaustagegeld-Leistung an. Bitte teilen Sie uns mit, ob Ihre Mandantin einverstanden ist.

""" + sig("hoff") + "\n\n" + foot("allg")
    st = docx([("h", "Ergänzende Stellungnahme"),
               "Betr.: Doris Ebersbach, geb. 30.09.1969 – Unfall vom 14.06.2025",
               "Die erneute Durchsicht der Röntgenaufnahmen vom 08.01.2026 zeigt eine regelrechte Stellung "
               "nach Hakenplattenentfernung. Die Abduktion ist bis 150°, die Anteversion bis 160° möglich. "
               "Ein Impingement ist klinisch nicht nachweisbar.",
               "Die Einschätzung von 2/10 Armwert wird beibehalten.",
               "Prof. Dr. med. Kurt Haller, Facharzt für Orthopädie und Unfallchirurgie"],
              title="Stellungnahme Ebersbach")
    return mk(who("hoff"), ("RA Bernd Kühne", "kanzlei@kuehne-recht.example"),
              "Ihre Mandantin Ebersbach – UN-25-004471 – Invaliditätsbemessung", dt(3, 5, 11, 20), body,
              atts=[att("Stellungnahme_Haller_2026-02-27.docx", st, CT_DOCX)], mailer="outlook-de")


@M("S", "de", "broker",
   "two-word forward 'bitte Akte anlegen'; the quoted broker mail reports a customer's 3-week hospital stay after an accident")
def s_broker_fwd_unfall():
    body = """Bitte Akte anlegen und Leistungsantrag an den Kunden schicken. Danke!

VG Tobias

""" + ol_de("Sonja Pfeiffer <pfeiffer@finanzkontor-pfeiffer.example>", "Dienstag, 24. März 2026 11:56",
            "Reinhardt, Tobias <tobias.reinhardt@rheinauer.example>", "Unfallmeldung Wagner",
            """Hallo Herr Reinhardt,

mein Kunde Herr Gerd Wagner (Unfall-Police UV 2290 4476) ist am 28.02. beim Holzmachen von der Leiter gestürzt. Er lag drei Wochen im Krankenhaus in Heidelberg, Beckenbruch und zwei Rippen. Er ist jetzt zu Hause, kann aber noch nicht richtig laufen.

Er möchte das Krankenhaustagegeld beantragen und fragt wegen Invalidität. Schicken Sie ihm bitte die Formulare direkt (Adresse: Am Steinbruch 9, 69253 Heiligkreuzsteinach)?

Danke und Gruß
Sonja Pfeiffer
Finanzkontor Pfeiffer""")
    return mk(who("reinhardt"), [box("unfall-leistung", "Unfall-Leistung")], "WG: Unfallmeldung Wagner",
              dt(3, 24, 12, 9), body, mailer="outlook-de")


@M("S", "en", "insurer-to-customer",
   "travel health: reimbursement of a named traveller's pharmacy receipts (antibiotics for an ear infection) from Thailand")
def s_travel_pharmacy_en():
    body = """Dear Ms Brennan,

we have processed the receipts from your trip to Thailand.

- Bangkok Medical Clinic, consultation 12 Feb 2026: THB 1,800
- Pharmacy, amoxicillin/clavulanate 875 mg and ear drops: THB 1,240
- Follow-up visit 16 Feb 2026: THB 900

Total THB 3,940 = EUR 104.37 (exchange rate of the treatment dates). The amount will be transferred to your account ending in 4471 within three working days.

The doctor's note says the ear infection has cleared up, so we have closed the claim (TR-26-00655). If you need further treatment for it after your return, please send us the new bills with reference to this claim.

Regards,
Oliver Franke
Travel Claims
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("franke"), ("Aoife Brennan", "aoife.brennan@mailo.example"),
              "Your travel claim TR-26-00655", dt(3, 2, 14, 3), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("S", "de", "insurer-to-customer",
   "daily sickness allowance: sick note of the named customer until 15 May received, benefit from day 43 (health line)")
def s_ktg_au():
    body = """Sehr geehrter Herr Kaminski,

Ihre Arbeitsunfähigkeitsbescheinigung (Folgebescheinigung bis 15.05.2026) haben wir erhalten, vielen Dank.

Da Ihre Arbeitsunfähigkeit am 02.03.2026 begonnen hat und Ihr Tarif KT 43 eine Karenzzeit von 42 Tagen vorsieht, zahlen wir das Krankentagegeld von 120 € ab dem 13.04.2026. Die erste Zahlung für den Zeitraum 13.04. bis 30.04.2026 (18 Tage, 2.160 €) ist bereits angewiesen.

Bitte schicken Sie uns jede weitere Bescheinigung direkt nach Erhalt. Sobald Sie wieder arbeiten, genügt eine kurze Nachricht mit dem Datum.

Gute Besserung!

""" + sig("brenner") + "\n\n" + foot("kranken")
    return mk(who("brenner", "windows-1252"), ("Jörg Kaminski", "joerg.kaminski@t-mail.example", "windows-1252"),
              "Krankentagegeld – Vertrag KV 6017 3328", dt(4, 21, 10, 55), body, cs="windows-1252", cte="qp",
              mailer="outlook-de")


@M("S", "de", "internal",
   "phone note; the subject alone names the caller and her rehab application, body is a callback request")
def s_rueckruf_reha():
    body = """Hallo Sandra,

Fr. Şahin hat um 10:40 angerufen, bittet um Rückruf heute Nachmittag unter 0176 5550 2291. Sie sagt, die Klinik hätte ihr einen Termin ab 11.05. angeboten und sie will wissen, ob sie zusagen kann. Vertrag KV 7702 9140.

Gruß
Leonie

--
Leonie Marx
Kundenservice (Auszubildende) | Tel. +49 341 2209-431
"""
    return mk(who("marx"), [who("vogel")], "Rückruf Fr. Şahin wg. Reha-Antrag (Anschlussheilbehandlung)",
              dt(4, 23, 10, 47), body, mailer="outlook-de")


@M("S", "en", "insurer-to-hospital",
   "plain case: cost guarantee to a hospital for a named expat's inpatient stay with diagnosis, PDF letter")
def s_costguarantee_en():
    body = """Dear Patient Services team,

please find attached our guarantee of payment for Ms Hannah Lindqvist (date of birth 03.05.1991), admitted to your cardiology ward on 6 May 2026.

Please send your final invoice with the discharge summary to international-health@rheinauer.example, quoting reference GOP-26-0217.

Kind regards
Fiona Walsh
International Health Services
Rheinauer Krankenversicherung AG
"""
    letter = [
        "# GUARANTEE OF PAYMENT  -  GOP-26-0217",
        "",
        "To: Universitaetsklinikum Nordstadt, Patient Services, International Office",
        "Patient: Hannah Lindqvist, born 03.05.1991, member no. RGH-31190-02",
        "Admission: 06.05.2026, cardiology ward (inpatient)",
        "Reason for admission: paroxysmal atrial fibrillation, planned catheter ablation",
        "",
        "Rheinauer Krankenversicherung AG guarantees payment of the reasonable and customary",
        "charges for the above admission up to EUR 18,000 (ward, procedure, physicians' fees).",
        "Private room supplement is covered. Excluded: telephone, TV, companion's board.",
        "",
        "Valid for 14 days from the date of admission. Extensions on request.",
        "Mannheim, 06.05.2026 - International Health Services",
    ]
    return mk(who("walsh"), ("International Office", "international.office@uk-nordstadt.example"),
              "Guarantee of payment GOP-26-0217 - Lindqvist", dt(5, 6, 13, 30), body,
              atts=[att("GOP-26-0217.pdf", pdf(letter, "Guarantee of payment"), "application/pdf")],
              mailer="outlook-en")


@M("S", "de", "insurer-to-customer",
   "indirect but clear: benefits for the customer's husband adjusted 'seit dem Umzug ins Heim' (nursing home, care policy)")
def s_heim_indirect():
    body = """Liebe Frau Obermeier,

wie heute am Telefon besprochen, haben wir die Leistungen für Ihren Mann ab dem Umzug ins Heim angepasst. Statt des Pflegegeldes zahlen wir ab 01.04.2026 den Zuschuss für die vollstationäre Unterbringung direkt an das Haus St. Elisabeth in Weinheim. Der Betrag für März wird noch anteilig als Pflegegeld an Sie überwiesen.

Für die Pflegetagegeld-Zusatzversicherung ändert sich nichts, das läuft weiter wie bisher auf Ihr Konto.

Ich wünsche Ihnen viel Kraft in dieser Zeit. Melden Sie sich jederzeit, wenn etwas unklar ist.

Herzliche Grüße
Birgit Hahn
Pflege-Leistung
Rheinauer Krankenversicherung AG · Tel. 0621 4470-2412
"""
    return mk(who("hahn"), ("Gisela Obermeier", "gisela.obermeier@kabelmail.example"),
              "Ihr Anruf von heute", dt(4, 1, 15, 12), body, mailer="outlook-de")


@M("S", "de", "insurer-to-customer",
   "HTML-only system mail: personal health-bonus status (preventive check-ups done/missing) for a named insured")
def s_bonus_html():
    inner = """<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td style="background:#0b4f6c;color:#ffffff;padding:16px;font-size:18px">Rheinauer GesundheitsBonus</td></tr>
<tr><td style="padding:16px">
<p>Hallo Herr Vogt,</p>
<p>schön, dass Sie beim GesundheitsBonus 2026 mitmachen. Hier Ihr aktueller Stand (Vertrag KV 8104 2256):</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Maßnahme</th><th>Status</th><th>Punkte</th></tr>
<tr><td>Check-up 35 beim Hausarzt</td><td>erledigt am 14.01.2026</td><td>100</td></tr>
<tr><td>Hautkrebs-Screening</td><td>erledigt am 03.02.2026</td><td>50</td></tr>
<tr><td>Darmkrebs-Vorsorge (Koloskopie)</td><td>erledigt am 10.03.2026</td><td>100</td></tr>
<tr><td>Zahnprophylaxe</td><td>offen</td><td>0</td></tr>
</table>
<p>Noch <b>50 Punkte</b> bis zur Bonusstufe Gold (150 € Beitragsrückerstattung).</p>
<p><a href="https://kunden.rheinauer.example/bonus">Zu Ihrem Bonusheft</a></p>
<p style="font-size:11px;color:#666666">Rheinauer Krankenversicherung AG · Rheinauer Platz 1 · 68161 Mannheim · Amtsgericht Mannheim HRB 719187</p>
</td></tr></table>"""
    return mk(box("gesundheitsbonus", "Rheinauer GesundheitsBonus"), ("Matthias Vogt", "m.vogt@postfach24.example"),
              "Ihr GesundheitsBonus: noch 50 Punkte bis Gold", dt(3, 20, 7, 0), html=html_page(inner),
              mailer="system", cte="qp")


@M("S", "en", "insurer-to-partner",
   "facultative reinsurance submission for a named life applicant with type 2 diabetes and HbA1c; PDF summary attached")
def s_fac_reins_en():
    body = """Dear Marco,

we would like to offer you the following case facultatively, as it exceeds our retention of EUR 1.5m:

Life assured: Mr Konstantin Bauer, born 1971, managing director
Sum assured: EUR 3,500,000, term life, 20 years
Medical: type 2 diabetes since 2019, metformin, HbA1c 7.2 %, no complications reported; BMI 29
Our assessment: +75 % extra mortality

The underwriting summary and the GP report are attached. We would appreciate your terms by 24 April.

Best regards
Priya Raman
Reinsurance | Rheinauer Lebensversicherung AG
"""
    summ = [
        "# Facultative submission FAC-L-2026-014",
        "Ceding company: Rheinauer Lebensversicherung AG",
        "Life assured: Konstantin Bauer, DOB 17.06.1971, male, non-smoker",
        "Occupation: managing director (office based)",
        "Sum assured: EUR 3,500,000 - Term 20 years - Retention EUR 1,500,000",
        "",
        "# Medical summary",
        "Diabetes mellitus type 2 (E11.9), diagnosed 03/2019, oral therapy (metformin 1000 mg bid)",
        "HbA1c 7.2 % (02/2026), 6.9 % (08/2025); eGFR 88; no retinopathy; lipids treated (atorvastatin)",
        "Blood pressure 132/84; BMI 29.1",
        "Proposed rating: +75 %",
    ]
    return mk(who("raman"), ("Marco Bellini", "m.bellini@atlas-re.example"),
              "FAC-L-2026-014 - term life EUR 3.5m - please quote", dt(4, 14, 10, 2), body,
              atts=[att("FAC-L-2026-014_summary.pdf", pdf(summ, "FAC-L-2026-014"), "application/pdf")],
              mailer="outlook-en")


@M("S", "de", "insurer-to-customer",
   "plain case: disability (BU) pension granted to the named customer from 1 March; no diagnosis named")
def s_bu_rente():
    body = """Sehr geehrter Herr Feld,

wir haben Ihren Antrag auf Leistungen aus der Berufsunfähigkeitsversicherung (Vertrag LV 7714 0062) abschließend geprüft und freuen uns, Ihnen mitteilen zu können, dass wir die Leistungen anerkennen.

Ab dem 01.03.2026 zahlen wir Ihnen eine monatliche Berufsunfähigkeitsrente von 1.450,00 €. Außerdem sind Sie ab diesem Zeitpunkt von der Beitragszahlung befreit. Die Nachzahlung für März und April (2.900,00 €) überweisen wir in den nächsten Tagen.

Wir werden den Fortbestand der Berufsunfähigkeit in angemessenen Abständen überprüfen; die erste Nachprüfung ist für das Frühjahr 2027 vorgesehen.

Den ausführlichen Bescheid erhalten Sie mit der Post.

""" + sig("oswald") + "\n\n" + foot("leben")
    return mk(who("oswald"), ("Markus Feld", "markus.feld@web-post.example"),
              "Ihre Berufsunfähigkeitsversicherung LV 7714 0062 – Entscheidung", dt(4, 28, 11, 38), body,
              mailer="outlook-de")


# ==========================================================================
# MAILS — STRICTLY_CONFIDENTIAL (part 2)
# ==========================================================================
@M("S", "mixed", "insurer-to-broker",
   "grey: bilingual out-of-office reply of a staff member stating she is absent 'aufgrund einer Operation' / 'following surgery'")
def s_ooo_op():
    body = """Vielen Dank für Ihre Nachricht.

Aufgrund einer Operation bin ich bis einschließlich 24.04.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Tobias Reinhardt (tobias.reinhardt@rheinauer.example, +49 621 4470-3105).

Thank you for your message.

I am out of the office following surgery and will be back on 27 April 2026. Your e-mail will not be forwarded. For urgent matters please contact my colleague Tobias Reinhardt (tobias.reinhardt@rheinauer.example, +49 621 4470-3105).

Priya Raman
Reinsurance | Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("raman"), ("Jens Hartmann", "j.hartmann@maklerbuero-hartmann.example"),
              "Automatische Antwort: Courtageabrechnung März / Automatic reply", dt(4, 8, 14, 26), body,
              mailer="autoreply", irt=xid("hart-ooo", "maklerbuero-hartmann.example"))


@M("S", "en", "insurer-to-customer",
   "life line without medical words: policy loan and surrender values on a named customer's endowment policy")
def s_policyloan_en():
    body = """Dear Mr Fitzgerald,

thank you for your call this morning. As requested, here are the figures for your endowment policy LV 5530 0981 as at 1 May 2026:

- surrender value: EUR 38,412.60
- maximum policy loan (advance on benefits): EUR 34,500.00
- interest on the loan: 4.25 % p.a., payable annually

A policy loan keeps your life cover in force; the loan and any unpaid interest are deducted from the benefit at maturity or on death. If you surrender the policy instead, the cover ends and the surrender value may be subject to tax, as the policy was taken out after 2004.

If you would like to go ahead with the loan, please sign and return the enclosed application form. The money is usually paid out within five working days.

Kind regards
Dirk Oswald
Life Policy Services
Rheinauer Lebensversicherung AG
Phone +49 621 4470-1812
"""
    return mk(who("oswald"), ("Sean Fitzgerald", "sean.fitzgerald@inbox-mail.example"),
              "Your policy LV 5530 0981 - loan and surrender value", dt(4, 30, 10, 14), body,
              cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("S", "de", "doctor",
   "internal forward 'zur Prüfung'; the attached ODT is a doctor's report with ICD codes on a named insured")
def s_odt_befund():
    body = """Hallo Frau Vogel,

anbei der Befundbericht aus der Praxis Dr. Okonkwo, kam heute per Mail (die Praxis hat kein Fax mehr). Bitte einmal zur Prüfung, ob wir die Reha-Maßnahme so übernehmen können. Vorgang KV-LP 2026/3318.

Danke und Gruß
Claudia Brenner
"""
    rep = odt([("h", "Ärztlicher Befundbericht"),
               "Praxis Dr. med. Chidi Okonkwo, Innere Medizin und Pneumologie, Heidelberg",
               "Patient: Herbert Lämmle, geb. 02.11.1956, Versicherter der Rheinauer Krankenversicherung AG",
               ("h", "Diagnosen"),
               "J44.1 G  COPD mit akuter Exazerbation, GOLD 3",
               "I50.13 G  Linksherzinsuffizienz NYHA III",
               "E66.0 G  Adipositas (BMI 34)",
               ("h", "Verlauf"),
               "Stationäre Behandlung 02/2026 wegen Exazerbation. Seither Sauerstoff-Langzeittherapie 2 l/min. "
               "Belastbarkeit deutlich eingeschränkt (6-Minuten-Gehtest 210 m).",
               ("h", "Empfehlung"),
               "Pneumologische Rehabilitation über 3 Wochen, z. B. Fachklinik Heiligenhaus Königsfeld.",
               "Heidelberg, 06.03.2026"], title="Befundbericht Lämmle")
    return mk(who("brenner"), [who("vogel")], "WG: Befundbericht Hr. Lämmle", dt(3, 9, 12, 44), body,
              atts=[att("Befundbericht_Laemmle.odt", rep, CT_ODT)], mailer="outlook-de")


@M("S", "de", "internal",
   "indirect reference ('Sie wissen schon') to a named customer's breast cancer; question about a wig as medical aid")
def s_peruecke():
    body = """Hi Sandra,

kurz zwischen Tür und Angel: Frau Haller (die Kundin aus Viernheim, Brust-Ca, du weißt schon, die mit der Chemo seit Januar) hat nochmal angerufen. Sie hat jetzt einen Kostenvoranschlag für eine Echthaarperücke über 1.190 € und fragt, ob wir das als Hilfsmittel übernehmen. Ich hab gesagt, wir melden uns bis Freitag.

Ist das bei ihr im Tarif drin oder nur Kunsthaar bis 500? Akte ist KV 3390 1176.

Danke dir!
Claudia
"""
    return mk(who("brenner"), [who("vogel")], "Fr. Haller – Perücke", dt(3, 18, 13, 5), body,
              cte="8bit", mailer="outlook-de")


@M("S", "en", "insurer-to-customer",
   "orthodontic treatment of the customer's named son approved under the dental plan (health data of a child)")
def s_ortho_en():
    text = """Dear Mrs Okafor-Reid,

Good news: we have approved the treatment plan from Dr. Lemke's orthodontic practice for your son Liam (born 2014).

The plan shows KIG grade 4 (crossbite and severe crowding), so the treatment is covered under your family's dental plan at 80 %, up to the plan limit of EUR 4,000 for orthodontics. The practice estimates EUR 4,650 over three years, so please expect a share of EUR 1,580 for you.

The practice can bill you quarterly; just send us each invoice as usual.

Best wishes,
Fiona Walsh
International Health Services, Rheinauer Krankenversicherung AG
"""
    htm = html_page(para_html(text))
    return mk(who("walsh"), ("Naomi Okafor-Reid", "naomi.or@webmail-de.example"),
              "Orthodontic treatment for Liam - approved", dt(5, 12, 9, 21), text, html=htm, cte="b64",
              html_cte="b64", mailer="outlook-en")


@M("S", "de", "insurer-to-customer",
   "child accident insurance: named son fell from a climbing frame and injured his front teeth (accident line, injury)")
def s_kind_unfall():
    body = """Sehr geehrte Frau Hinrichs,

vielen Dank für Ihre Unfallmeldung. Wir haben den Sturz Ihres Sohnes Finn vom Klettergerüst am 13.05.2026 (Kita Sonnenblume, Ilvesheim) unter der Schadennummer UN-26-002214 aufgenommen.

Laut Bericht der Zahnärztin ist der Schneidezahn 11 abgebrochen und Zahn 21 gelockert. Aus der Kinderunfallversicherung (Vertrag UV 4410 2265) übernehmen wir die Kosten für den Zahnersatz bis 5.000 EUR, soweit keine andere Stelle zahlt. Da es in der Kita passiert ist, ist zunächst die gesetzliche Unfallversicherung (Unfallkasse) zuständig; bitte reichen Sie die Rechnung dort zuerst ein und schicken Sie uns anschließend den Erstattungsbescheid.

Gute Besserung an Finn!

Mit freundlichen Grüßen
Svenja Hoff
Unfall-Leistung
Rheinauer Allgemeine Versicherung AG, Rheinauer Platz 1, 68161 Mannheim
"""
    return mk(who("hoff"), ("Katrin Hinrichs", "katrin.hinrichs@online-post.example", "iso-8859-1"),
              "Unfall Ihres Sohnes - UN-26-002214", dt(5, 19, 8, 50), body, cs="iso-8859-1", cte="8bit",
              quoted_cs=False, mailer="thunderbird")


@M("S", "en", "insurer-to-company",
   "group life / pension enrolment list: XLSX with date of birth and gross salary per employee (personal life line); body routine")
def s_bav_xlsx():
    body = """Hello Megan,

attached is the enrolment list for the group life and pension scheme as of 1 July 2026, pre-filled from your HR export. Could you please check the highlighted rows (new joiners) and confirm by 15 June?

For employees who joined after 1 April we still need the signed conversion agreements.

Thanks and best regards
Jonas Becker
Group Life and Pensions | Rheinauer Lebensversicherung AG
Phone +49 621 4470-1840
"""
    rows = [["Employee ID", "Name", "Date of birth", "Entry date", "Gross salary p.a. EUR", "Employer contribution EUR/month", "Salary conversion EUR/month", "Beneficiary on death"],
            ["10442", "Aaron Fischer", "14.02.1988", "01.09.2019", 68400, 120, 150, "spouse"],
            ["10517", "Lea Marquardt", "30.07.1993", "01.03.2021", 57200, 100, 100, "spouse/children"],
            ["10963", "Rohan Iyer", "09.11.1990", "15.04.2026", 74000, 120, 200, "per nomination"],
            ["10971", "Julia Brandner", "21.05.1999", "01.05.2026", 49800, 80, 0, "spouse/children"],
            ["10975", "Mehmet Aslan", "03.12.1985", "01.05.2026", 81500, 120, 250, "per nomination"]]
    return mk(who("becker"), ("Megan Holloway", "megan.holloway@brightwave-software.example"),
              "Group life & pension - enrolment list 1 July 2026", dt(5, 28, 11, 12), body,
              atts=[att("Enrolment_GL-2217_2026-07.xlsx", xlsx([("Enrolment", rows)]), CT_XLSX)],
              mailer="outlook-en")


@M("S", "en", "insurer-to-customer",
   "motor claim letter; one paragraph reports the passenger's whiplash and physiotherapy (personal injury)")
def s_whiplash_en():
    body = """Dear Mr Harrington,

Your claim MO-26-008870 - collision on B38, Weinheim, 2 March 2026

Thank you for returning the claim form and the photos. Here is where we are:

Your car: the repair estimate from Autohaus Bergstrasse (EUR 6,830.40 incl. VAT) has been approved. You can have the car repaired; the garage can bill us directly, less your comprehensive excess of EUR 300.

The other driver: the police report confirms that the other driver was waiting at the junction and is not at fault. We have therefore accepted liability towards her insurer.

Your passenger: we have received the medical certificate for Ms Chloe Harrington. It confirms a whiplash injury (cervical strain) with six sessions of physiotherapy prescribed. Her treatment costs and a compensation for pain and suffering will be settled under your motor liability cover; our colleague from the personal injury team will contact her separately.

Rental car: covered for the repair period, up to 14 days in rental class C.

Kind regards
Jana Petersen
Motor Claims
Rheinauer Allgemeine Versicherung AG
"""
    est = pdf(["# Autohaus Bergstrasse GmbH - Kostenvoranschlag KV-26-1184",
               "Fahrzeug: Ford Kuga, HD-PH 207 - Halter: Paul Harrington",
               "Tuer vorne rechts erneuern, lackieren            2.140,00 EUR",
               "Kotfluegel vorne rechts instandsetzen               860,00 EUR",
               "Stossfaenger vorne ersetzen, Sensoren kalibrieren 1.920,00 EUR",
               "Kleinteile, Verbrauchsmaterial                      319,00 EUR",
               "Arbeitslohn                                         500,00 EUR",
               "Summe netto 5.739,00 EUR - MwSt. 1.091,40 EUR - Gesamt 6.830,40 EUR"],
              "Kostenvoranschlag", author="Autohaus Bergstrasse")
    return mk(who("petersen"), ("Paul Harrington", "p.harrington@britmail.example"),
              "MO-26-008870 - update on your claim", dt(3, 19, 16, 2), body, cs="us-ascii", cte="7bit",
              atts=[att("KV-26-1184_approved.pdf", est, "application/pdf")], mailer="outlook-en")


@M("S", "en", "insurer-to-lawyer",
   "dog-owner liability: claimant's English solicitor is told about her hip fracture and hospital stay (third-party injury)")
def s_liability_fracture():
    body = """Dear Ms Pemberton,

Your client: Mrs Eileen Crossley - our policyholder: Mr Rüdiger Stahl - incident of 11 January 2026, Heidelberg old town

Thank you for your letter of 2 March and the enclosed medical records.

We accept that our policyholder's dog caused your client to fall. According to the discharge report of the Salem hospital, Mrs Crossley sustained a fracture of the left femoral neck, was treated with a hip replacement on 12 January and stayed in hospital until 23 January, followed by three weeks of rehabilitation in Bad Rappenau.

To assess the claim for pain and suffering and the additional costs, we would need:
- the final report from the rehabilitation clinic;
- confirmation whether your client's UK health insurer or the NHS has paid for any of the treatment;
- receipts for the extended hotel stay and the return flight of her daughter.

As an interim payment, we are prepared to pay EUR 5,000 on account.

Yours sincerely
Frank Albers
Liability Claims
Rheinauer Allgemeine Versicherung AG
Our ref. HP-26-000188
"""
    return mk(who("albers"), ("Ruth Pemberton", "r.pemberton@pemberton-law.example"),
              "Crossley v Stahl - HP-26-000188", dt(3, 12, 15, 44), body, mailer="outlook-en")


@M("S", "de", "customer",
   "internal forward; only the attached customer mail (message/rfc822) explains the missed premiums with her depression treatment")
def s_rfc822_depression():
    inner = ext_msg(("Anja Reuter", "anja.reuter@postfach24.example"),
                    [("Beitragsservice", "beitragsservice@rheinauer.example")],
                    "Mahnung Hausrat 33-4471209", dt(4, 6, 22, 31),
                    """Sehr geehrte Damen und Herren,

ich habe Ihre Mahnung bekommen und möchte mich entschuldigen. Ich bin seit Februar wegen einer Depression in Behandlung und war sechs Wochen in der Tagesklinik. In der Zeit habe ich meine Post einfach nicht geöffnet. Das ist mir sehr unangenehm.

Ich kann die 164,20 Euro jetzt sofort überweisen. Bitte kündigen Sie die Versicherung nicht. Geht auch eine Ratenzahlung für die nächste Jahresprämie?

Viele Grüße
Anja Reuter
Mühlweg 14, 68723 Schwetzingen""", cte="8bit", mailer="iphone")
    body = """Hallo Ute,

siehe angehängte Mail der Kundin. Kannst du die Mahnstufe zurücknehmen und ihr eine Ratenzahlung für 2027 anbieten? Ich finde, hier sollten wir kulant sein.

Gruß
Elena
"""
    return mk(who("kowalski"), [who("sommer")], "WG: Mahnung Hausrat 33-4471209", dt(4, 7, 8, 30), body,
              atts=[att_msg("Mahnung Hausrat 33-4471209.eml", inner)], mailer="outlook-de")


@M("S", "en", "insurer-to-customer",
   "fertility treatment (IVF) cost coverage for the named customer and her husband")
def s_ivf_en():
    body = """Dear Dr Novak,

thank you for sending the treatment plan from the Kinderwunschzentrum Mannheim.

We can confirm cover for up to three IVF/ICSI cycles for you under your plan PrivatPlus (policy KV 9902 4417). As your husband is insured with a statutory health fund, his share of the costs (the andrological tests and sperm preparation) has to be claimed there.

Medication is covered at 100 % on presentation of the pharmacy receipts. Please note that cover for further cycles depends on a realistic chance of pregnancy, so we will need a short report from the clinic after the second cycle.

We wish you both all the best.

Kind regards
Claudia Brenner
Health Claims, Rheinauer Krankenversicherung AG
"""
    return mk(who("brenner"), ("Dr. Elena Novak", "elena.novak@uni-mail.example"),
              "RE: Kostenübernahme Kinderwunschbehandlung / IVF", dt(2, 18, 11, 27), body, mailer="outlook-en",
              irt=xid("novak", "uni-mail.example"))


@M("S", "de", "internal",
   "ICS invitation only: case conference on a named insured's polytrauma rehab (accident line) in the summary and description")
def s_ics_fallkonferenz():
    body = """Hallo zusammen,

Einladung für die Fallkonferenz anbei. Bitte den aktuellen Reha-Bericht vorher lesen (liegt in der E-Akte).

Svenja
"""
    cal = ics("fk-lindner-20260415", "Fallkonferenz Reha-Management Hr. Lindner (UN-25-006120)",
              "20260415T100000", "20260415T110000", ("Svenja Hoff", "svenja.hoff@" + DOM),
              [("Sandra Vogel", "sandra.vogel@" + DOM), ("Björn Fuchs", "bjoern.fuchs@" + DOM)],
              description="Polytrauma nach Motorradunfall 09/2025 (Beckenringfraktur, SHT I°, Unterschenkel re.). "
                          "Stand Reha Bad Wildbad, Hilfsmittelbedarf (Rollator, Umbau Bad), berufliche "
                          "Wiedereingliederung als Elektriker, Invaliditätsvorschuss.",
              location="Raum 4.12 / Teams", stamp="20260407T091500Z")
    return mk(who("hoff"), [who("vogel"), who("fuchs")], "Einladung: Fallkonferenz Lindner", dt(4, 7, 11, 16),
              body, atts=[att("invite.ics", cal, "text/calendar; method=REQUEST", cte="b64", charset="utf-8")],
              mailer="outlook-de")


@M("S", "en", "insurer-to-customer",
   "glasses reimbursed: the optician's invoice for the named customer's new prescription lenses (medical aid)")
def s_brille_en():
    body = """Hi Mr Sørensen,

quick update on your claim: we have reimbursed the invoice from Optik Sehwerk for your new varifocal glasses (EUR 612.00). Your plan covers glasses up to EUR 300 every two years, so EUR 300.00 will be paid to your account this week.

The eye test by Dr Albrecht (EUR 48.90) was paid in full.

Best regards
Claudia Brenner
Health Claims | Rheinauer Krankenversicherung AG
"""
    return mk(who("brenner"), ("Mads Sørensen", "mads.sorensen@nordmail.example"),
              "Your claim - glasses", dt(5, 5, 14, 18), body, mailer="outlook-en")


@M("S", "en", "insurer-to-broker",
   "group health renewal: CSV member list where only the 'medical notes' column carries conditions of named employees")
def s_group_csv_en():
    body = """Dear Tom,

as promised, the member list for the renewal of the international group health plan of Harbourline Shipping (GH-0412) is attached. Please check the dependants; three children have reached 21 and move to the adult rate.

We've left our underwriting notes in the last column so you can discuss the two pre-existing condition loadings with the client before the meeting on 20 May.

Kind regards
Fiona Walsh
International Health Services
"""
    rows = [["member_id", "name", "relationship", "birth_year", "country", "plan", "premium_eur", "medical_notes"],
            ["GH-0412-001", "Anders Holm", "employee", "1972", "DE", "Gold", "4820", ""],
            ["GH-0412-002", "Birte Holm", "spouse", "1975", "DE", "Gold", "4820", ""],
            ["GH-0412-003", "Emil Holm", "child", "2005", "DE", "Gold", "4820", ""],
            ["GH-0412-007", "Rafael Costa", "employee", "1981", "PT", "Silver", "3210", "asthma - loading 15% since 2024"],
            ["GH-0412-011", "Mei Lin Tan", "employee", "1990", "SG", "Gold", "5340", ""],
            ["GH-0412-014", "Jonas Weber", "employee", "1968", "DE", "Gold", "6110", "type 1 diabetes, insulin pump - pre-existing, covered"],
            ["GH-0412-015", "Karin Weber", "spouse", "1970", "DE", "Gold", "6110", ""]]
    return mk(who("walsh"), ("Tom Ashworth", "tom.ashworth@ashworth-benefits.example"),
              "GH-0412 Harbourline - renewal member list", dt(5, 11, 17, 3), body,
              atts=[att("GH-0412_members_2026.csv", csvdata(rows, delim=";"), "text/csv", cte="qp", charset="utf-8")],
              mailer="outlook-en")


@M("S", "de", "insurer-to-customer",
   "life claim after a death: condolences and request for the death certificate stating the cause of death")
def s_todesfall():
    body = """Sehr geehrte Frau Albrecht-Lenz,

zum Tod Ihres Vaters, Herrn Erwin Albrecht, möchten wir Ihnen unser aufrichtiges Beileid aussprechen.

Sie haben uns den Tod am 3. Juni telefonisch mitgeteilt. Ihr Vater hatte bei uns eine Risikolebensversicherung (Vertrag LV 2210 4418) und eine Sterbegeldversicherung (Vertrag LV 2210 9902); bezugsberechtigt sind laut Vertrag Sie und Ihr Bruder zu gleichen Teilen.

Damit wir die Leistungen auszahlen können, benötigen wir:
– eine Sterbeurkunde (Kopie genügt),
– die ärztliche Bescheinigung über die Todesursache bzw. den vertraulichen Teil der Todesbescheinigung, da der Vertrag erst vor zwei Jahren geschlossen wurde,
– die Bankverbindungen von Ihnen und Ihrem Bruder.

Die ärztliche Bescheinigung kann der behandelnde Arzt auch direkt an uns schicken, wenn Ihnen das lieber ist.

Wenn Sie Fragen haben, bin ich gern für Sie da.

""" + sig("oswald") + "\n\n" + foot("leben")
    form = pdf(["# Leistungsantrag im Todesfall (Formular L-31)",
                "Vertragsnummer(n): ______________________",
                "Verstorbene versicherte Person: ______________________  Sterbedatum: __________",
                "Antragsteller/in (bezugsberechtigt): ______________________",
                "Bankverbindung (IBAN): ______________________",
                "Beizufügen: Sterbeurkunde, ärztliche Bescheinigung zur Todesursache, Versicherungsschein",
                "Ort, Datum, Unterschrift: ______________________"], "Formular L-31")
    return mk(who("oswald"), ("Sabine Albrecht-Lenz", "s.albrecht-lenz@mailo.example"),
              "Ihr Anruf vom 3. Juni – Verträge Ihres Vaters", dt(6, 4, 10, 5), body,
              atts=[att("Formular_L-31_Leistungsantrag_Todesfall.pdf", form, "application/pdf")], mailer="outlook-de")


@M("S", "de", "insurer-to-therapist",
   "physiotherapy invoice for a named insured: prescription missing (Krankengymnastik, Lymphdrainage)")
def s_physio():
    body = """Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. 2026-0412 über 10 x Krankengymnastik und 10 x manuelle Lymphdrainage (45 Min.) für unsere Versicherte Frau Ingrid Ott (KV 1180 5520) können wir leider noch nicht begleichen, weil die ärztliche Verordnung fehlt.

Frau Ott hat uns mitgeteilt, dass die Verordnung von Dr. Wenzel nach der Brust-OP bei Ihnen in der Praxis liegt. Könnten Sie uns bitte eine Kopie schicken? Am einfachsten über unser Kundenpostfach oder per Fax an 0621 4470-2399.

Vielen Dank und freundliche Grüße
Claudia Brenner
Leistungsabteilung Krankenversicherung
"""
    return mk(who("brenner"), ("Physiotherapie am Wasserturm", "info@physio-wasserturm.example"),
              "Rechnung 2026-0412 – Verordnung fehlt", dt(2, 24, 9, 3), body, mailer="outlook-de")


@M("S", "en", "internal",
   "short reply in a thread: 'she's the one with the MS diagnosis' about a named claimant; routing to case management")
def s_ms_en():
    body = """Yes - Mrs Brandauer is the one with the MS diagnosis (relapsing-remitting, on Ocrevus since last year). Please route her file to case management, Sandra's team has capacity.

F.

> -----Original Message-----
> From: Henrik Larsen
> Sent: Tuesday, May 19, 2026 9:02 AM
> To: Fiona Walsh
> Subject: the Hamburg case
>
> Fiona, quick one - the Hamburg expat file that Claudia mentioned at the
> team meeting, is that Mrs Brandauer (RGH-28815)? Her husband called me by
> mistake because he had my number from the cargo policy.
"""
    return mk(who("walsh"), [who("larsen")], "RE: the Hamburg case", dt(5, 19, 9, 14), body, cs="us-ascii",
              cte="7bit", mailer="outlook-en")


@M("S", "de", "insurer-to-customer",
   "health-insurance premium arrears and the emergency tariff (Notlagentarif) for a named customer; no diagnosis")
def s_notlagentarif():
    body = """Sehr geehrter Herr Dobler,

trotz unserer Erinnerungen vom 12.01. und 16.02.2026 sind die Beiträge zu Ihrer Krankenversicherung (Vertrag KV 5077 2219) für die Monate Dezember bis März weiterhin offen. Der Rückstand beträgt 2.318,40 €.

Wir sind gesetzlich verpflichtet, Sie darauf hinzuweisen: Wenn der Rückstand nicht innerhalb von zwei Monaten nach Zugang dieses Schreibens ausgeglichen wird, ruht Ihr Vertrag, und Sie werden in den Notlagentarif umgestellt. Dort sind nur noch Leistungen bei akuten Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und Mutterschaft versichert.

Wenn Sie in finanziellen Schwierigkeiten sind, sprechen Sie uns bitte an – wir finden gern eine Ratenzahlung. Bei Hilfebedürftigkeit im Sinne des SGB II oder XII tritt das Ruhen nicht ein; bitte schicken Sie uns in diesem Fall eine Bescheinigung des Jobcenters oder Sozialamts.

Mit freundlichen Grüßen
Ute Sommer
Beitragsservice und Inkasso
Rheinauer Krankenversicherung AG
"""
    return mk(who("sommer"), ("Rainer Dobler", "rainer.dobler@t-mail.example"),
              "Beitragsrückstand Krankenversicherung KV 5077 2219", dt(4, 2, 12, 0), body, cte="b64",
              mailer="outlook-de")


@M("S", "de", "insurer-to-authority",
   "accident claim: request to the pension office for the named insured's disability degree (GdB) file")
def s_versorgungsamt():
    body = """Sehr geehrte Damen und Herren,

in der Unfallversicherung unseres Versicherten, Herrn Yusuf Demir, geb. 14.04.1979, wohnhaft Rheinstraße 88, 68219 Mannheim, prüfen wir Leistungen wegen dauerhafter Invalidität nach einem Arbeitsunfall vom 02.10.2024 (Amputation Zeigefinger und Mittelfinger links).

Herr Demir hat uns mitgeteilt, dass Ihr Amt mit Bescheid vom 18.11.2025 einen Grad der Behinderung von 30 festgestellt hat (Ihr Aktenzeichen 52-SB-2025-11743). Wir bitten um Übersendung einer Kopie des Bescheids und der zugrunde liegenden Gutachten. Die Einwilligung und Schweigepflichtentbindung von Herrn Demir fügen wir bei; sie liegt Ihnen auch im Original per Post vor.

Für Rückfragen erreichen Sie mich unter 0621 4470-2690.

""" + sig("hoff") + "\n\n" + foot("allg")
    return mk(who("hoff"), ("Fachbereich Versorgungsamt", "versorgungsamt@stadt-mannheim.example"),
              "Anforderung Feststellungsbescheid GdB – Yusuf Demir – Az. 52-SB-2025-11743", dt(2, 11, 10, 47),
              body, mailer="outlook-de")


@M("S", "de", "insurer-to-lawyer",
   "explicit subject tag [streng vertraulich]; body 'anbei wie besprochen', the PDF is a psychiatric expert opinion on a named insured")
def s_tagged_gutachten():
    body = """Sehr geehrte Frau Dr. Winterberg,

anbei wie besprochen das Gutachten zur Kenntnis. Eine Stellungnahme Ihres Mandanten erbitten wir bis 30.06.2026.

Mit freundlichen Grüßen
Dirk Oswald
Vertragsservice Leben
""" + "\n" + foot("leben")
    gut = [
        "# Nervenärztliches Gutachten im Auftrag der Rheinauer Lebensversicherung AG",
        "Proband: Holger Tiedemann, geb. 07.01.1977 - Vertrag LV 9013 6620 (BU)",
        "Untersuchung am 12.05.2026 in Karlsruhe",
        "",
        "# Diagnosen",
        "F43.1 Posttraumatische Belastungsstörung nach Arbeitsunfall (2024)",
        "F10.2 Alkoholabhängigkeit, derzeit abstinent seit 09/2025",
        "",
        "# Beurteilung",
        "Der Proband ist in seinem zuletzt ausgeübten Beruf als Rettungssanitäter zu 70 % beeinträchtigt.",
        "Eine Besserung ist bei fortgesetzter Traumatherapie innerhalb von 12 bis 18 Monaten möglich.",
        "",
        "Dr. med. Ulrike Stamm, Fachärztin für Psychiatrie und Psychotherapie",
    ]
    return mk(who("oswald"), ("Dr. Carla Winterberg", "winterberg@kanzlei-winterberg.example"),
              "[streng vertraulich] AW: Tiedemann ./. Rheinauer Leben – Gutachten", dt(5, 29, 14, 1), body,
              atts=[att("Gutachten_Stamm_2026-05-20.pdf", pdf(gut, "Gutachten"), "application/pdf")],
              mailer="outlook-de", irt=xid("wint", "kanzlei-winterberg.example"))


@M("S", "en", "insurer-to-customer",
   "one-line reply; the quoted customer mail says she is pregnant and due in September (health plan)")
def s_pregnant_en():
    body = """Hi Sarah,

thanks - noted, we'll update your file and send you the form for adding the baby next week.

Fiona

On Mon, 20 Apr 2026 at 08:13, Sarah Kowalczyk <sarah.kowalczyk@inbox-mail.example> wrote:
> Hi Fiona,
>
> just a quick heads-up: I'm pregnant, due date is 14 September. Can I add
> the baby to my plan (RGH-40021-01) from birth without health questions? My
> midwife said some plans have a waiting period for maternity, I've been
> with you since 2022 so I hope that's fine.
>
> Thanks!
> Sarah
"""
    return mk(who("walsh"), ("Sarah Kowalczyk", "sarah.kowalczyk@inbox-mail.example"),
              "Re: quick question - adding a baby", dt(4, 20, 12, 37), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en", irt=xid("kowal", "inbox-mail.example"))


@M("S", "de", "internal",
   "grey: callback note hinting at the named customer's daughter's clinic stay ('die Sache mit ihrer Tochter (Klinik)')")
def s_tochter_klinik():
    body = """Kannst du Frau Begić bitte heute noch zurückrufen? Es geht um die Sache mit ihrer Tochter (Klinik), du weißt Bescheid. Sie ist ab 15 Uhr erreichbar: 0621 555 7781.

Danke, Elena

Von meinem iPhone gesendet
"""
    return mk(who("kowalski"), [who("brenner")], "Rückruf Fr. Begić", dt(3, 3, 12, 58), body, cte="b64",
              mailer="iphone")


# ==========================================================================
# MAILS — CONFIDENTIAL (part 1)
# ==========================================================================
@M("C", "de", "insurer-to-customer",
   "short reply 'Gutachter kommt Donnerstag'; quoted customer mail gives claim number, plate and the damage (motor, no injury)")
def c_kfz_gutachter():
    body = """Hallo Herr Baumann,

Gutachter kommt Donnerstag zwischen 9 und 11 zu Ihnen nach Hause (Herr Fuchs von unserem Außendienst). Bitte Fahrzeugschein bereithalten.

Gruß
Jana Petersen

-----Ursprüngliche Nachricht-----
Von: Klaus Baumann <k.baumann@kabelmail.example>
Gesendet: Montag, 16. März 2026 18:22
An: Kfz-Schaden <schaden-kfz@rheinauer.example>
Betreff: Schaden KS-26-014402

Guten Tag,

wann kommt denn jetzt der Gutachter? Mein Wagen (MA-KB 412, Skoda Octavia) steht seit Freitag mit der eingedrückten Fahrertür vor der Tür, die Werkstatt will erst nach dem Gutachten anfangen. Der andere Fahrer hat den Schaden ja zugegeben.

Klaus Baumann
Neckarauer Str. 112, 68199 Mannheim
"""
    return mk(who("petersen"), ("Klaus Baumann", "k.baumann@kabelmail.example"),
              "AW: Schaden KS-26-014402", dt(3, 17, 8, 4), body, mailer="outlook-de",
              irt=xid("baum", "kabelmail.example"))


@M("C", "de", "insurer-to-customer",
   "confirmation of the customer's new IBAN for her household and liability contracts (bank data)")
def c_iban_change_hausrat():
    body = """Sehr geehrte Frau Winkler,

vielen Dank für Ihre Mitteilung. Wir haben Ihre neue Bankverbindung für die folgenden Verträge hinterlegt:

Hausratversicherung 33-5580214
Privathaftpflichtversicherung 35-5580215

Kontoinhaberin: Petra Winkler
IBAN: %s
BIC: GENODE61WNM
Kreditinstitut: Volksbank Weinheim-Neckar eG

Der nächste Beitrag in Höhe von 214,36 € wird am 01.05.2026 vom neuen Konto abgebucht. Ihre Mandatsreferenz bleibt unverändert (RV-33-5580214-01).

""" % ib("67092300", "0034478120") + sig("kowalski") + "\n\n" + foot("allg")
    return mk(who("kowalski", "windows-1252"), ("Petra Winkler", "p.winkler@online-post.example", "windows-1252"),
              "Ihre neue Bankverbindung", dt(4, 14, 9, 25), body, cs="windows-1252", cte="qp",
              mailer="outlook-de")


@M("C", "en", "insurer-to-customer",
   "eVB number for registering the named customer's new car (fact of motor insurance, vehicle data)")
def c_evb_en():
    body = """Dear Mr Kim,

thank you for choosing Rheinauer for your new car.

Your electronic insurance confirmation (eVB) number is: K7P4RX2

Please give this number to the registration office (Zulassungsstelle) or your dealer when you register the Hyundai Ioniq 5 (VIN KMHKN81AFPU123476). The eVB is valid until 30 June 2026.

Your policy (motor liability plus fully comprehensive, no-claims class SF 4) starts on the day of registration. You will receive the policy documents by post once the registration office has informed us of the licence plate.

Kind regards
Elena Kowalski
Customer Service
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("kowalski"), ("Daniel Kim", "daniel.kim@inbox-mail.example"),
              "Your eVB number for vehicle registration", dt(4, 16, 11, 2), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("C", "de", "insurer-to-partner",
   "no-claims class enquiry to the previous motor insurer with the named customer's birth date and old policy")
def c_sf_anfrage():
    body = """Sehr geehrte Damen und Herren,

wir haben mit Wirkung zum 01.03.2026 die Kfz-Haftpflicht- und Vollkaskoversicherung für folgendes Fahrzeug übernommen:

Versicherungsnehmer: Oliver Pohl, geb. 19.11.1986
Anschrift: Tullastraße 5, 76131 Karlsruhe
Kennzeichen: KA-OP 1986
Ihre bisherige Vertragsnummer: 7731-882-04 (Vorversicherer laut Antrag: Hanse-Direkt Versicherung)

Bitte teilen Sie uns den Schadenverlauf und die SF-Klassen (Haftpflicht und Vollkasko) zum Ablauf mit. Für eine Antwort über den GDV-Datenaustausch oder per Mail an vorversicherung@rheinauer.example wären wir dankbar.

Mit freundlichen Grüßen
Elena Kowalski
Kundenservice – Vorversicherungsanfragen
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("kowalski"), ("Hanse-Direkt Versicherung, Kfz-Betrieb", "kfz-vorversicherung@hanse-direkt.example"),
              "Vorversicherer-Anfrage SF-Klasse – Pohl, Oliver – KA-OP 1986", dt(3, 4, 10, 11), body,
              mailer="outlook-de")


@M("C", "de", "insurer-to-customer",
   "private liability: the customer's son broke the neighbour's window, 'verletzt wurde niemand' (no health data)")
def c_phv_fenster():
    body = """Hallo Frau Schreiber,

danke für die Fotos. Das ist ein klassischer Fall für Ihre Privathaftpflicht (Vertrag 35-2214471), Ihr Sohn Noah ist mitversichert. Zum Glück wurde ja niemand verletzt.

Bitte sagen Sie Ihrem Nachbarn, Herrn Kleinert, er soll uns den Kostenvoranschlag des Glasers direkt schicken, mit unserer Schadennummer HP-26-001447. Wir zahlen dann an ihn.

Schönes Wochenende!
Frank Albers
Haftpflicht-Schaden, Tel. 0221 5553-305

""" + q("""Am 27.03.2026 um 17:41 schrieb Melanie Schreiber <m.schreiber@postfach24.example>:
Hallo, mein Sohn (10) hat beim Fußballspielen die Terrassentür vom Nachbarn kaputtgeschossen, die große Scheibe ist gesprungen. Fotos anbei. Zahlt das die Haftpflicht? Gruß M. Schreiber""")
    return mk(who("albers"), ("Melanie Schreiber", "m.schreiber@postfach24.example"),
              "Re: Terrassentür Nachbar", dt(3, 27, 18, 2), body, cte="8bit", flowed=True, quoted_cs=False,
              mailer="thunderbird", irt=xid("schreib", "postfach24.example"))


@M("C", "de", "insurer-to-customer",
   "legal expenses: cover confirmed for the named customer's tenancy dispute with his landlord (no health data)")
def c_rs_miete():
    body = """Sehr geehrter Herr Engel,

in Ihrer Angelegenheit gegen Ihre Vermieterin, die Quadrat Wohnbau GmbH, wegen der Mietminderung für die Wohnung in Q7, 24 (Schimmel im Schlafzimmer, Heizungsausfall im Januar) erteilen wir Deckungszusage für die außergerichtliche Interessenwahrnehmung durch Ihren Anwalt.

Vertrag: Privat-Rechtsschutz mit Wohnungs-Rechtsschutz Nr. RS 44-0218834
Schadennummer: RS-26-002917
Selbstbeteiligung: 150 €

Ihr Anwalt, Herr Rechtsanwalt Mertens, kann seine Rechnung direkt mit uns abrechnen. Sollte ein Gerichtsverfahren nötig werden, melden Sie sich bitte vor Klageerhebung noch einmal bei uns.

""" + sig("ertl") + "\n\n" + foot("rs")
    dz = pdf(["# Rheinauer Rechtsschutz AG - Deckungszusage",
              "Versicherungsnehmer: Sebastian Engel, Q7, 24, 68161 Mannheim",
              "Vertrag RS 44-0218834 (Privat-, Wohnungs-Rechtsschutz) - Schaden RS-26-002917",
              "Gegner: Quadrat Wohnbau GmbH, Mannheim",
              "Gegenstand: Mietminderung (Feuchtigkeit/Schimmel, Heizungsausfall 01/2026)",
              "Umfang: außergerichtliche Interessenwahrnehmung, Selbstbeteiligung 150 EUR",
              "Rechtsanwalt: RA Jochen Mertens, Mannheim",
              "Mannheim, 09.02.2026"], "Deckungszusage RS-26-002917")
    return mk(who("ertl"), ("Sebastian Engel", "sebastian.engel@webmail-de.example"),
              "Deckungszusage Mietrecht – RS-26-002917", dt(2, 9, 14, 33), body,
              atts=[att("Deckungszusage_RS-26-002917.pdf", dz, "application/pdf")], mailer="outlook-de")


@M("C", "de", "insurer-to-customer",
   "rent-deposit guarantee: short reply; the quoted customer mail states his net salary (income)")
def c_kaution_income():
    body = """Hallo Herr Nguyen,

danke, die Gehaltsabrechnungen sind vollständig. Ich gebe den Antrag heute in die Prüfung, die Bürgschaftsurkunde geht dann direkt an Ihren Vermieter.

Viele Grüße
Elena Kowalski

-----Ursprüngliche Nachricht-----
Von: Minh Nguyen <minh.nguyen@mailo.example>
Gesendet: Mittwoch, 8. April 2026 07:58
An: Kundenservice <service@rheinauer.example>
Betreff: Mietkautionsbürgschaft Antrag 26-KB-0771

Hallo,

anbei meine letzten drei Gehaltsabrechnungen (Bosch, netto ca. 2.480 € im Monat, brutto 3.950 €). Die Kaution für die neue Wohnung beträgt 3 Nettokaltmieten, also 2.370 €. Reicht das so?

Minh Nguyen
"""
    return mk(who("kowalski"), ("Minh Nguyen", "minh.nguyen@mailo.example"),
              "AW: Mietkautionsbürgschaft Antrag 26-KB-0771", dt(4, 8, 11, 19), body, mailer="outlook-de")


@M("C", "en", "insurer-to-customer",
   "trip cancellation because of job loss (not health): claim accepted for the named customer and his partner")
def c_travel_jobloss_en():
    body = """Dear Mr Dunne,

thank you for sending the termination letter from your employer and the cancellation invoice from the tour operator.

Unexpected loss of employment through dismissal by the employer is an insured event under your annual travel cancellation cover (policy RK 6603 4410). We will therefore refund the cancellation costs for the trip to Madeira (1-15 June 2026) for you and Ms Laura Quinn:

Cancellation fee (60 %): EUR 2,184.00
less excess (20 %, minimum EUR 25): EUR 436.80
Refund: EUR 1,747.20

The amount will be transferred to the account you gave us within the next few days.

Kind regards
Oliver Franke
Travel Claims
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("franke"), ("Niall Dunne", "niall.dunne@britmail.example"),
              "Your cancellation claim TR-26-01288", dt(5, 14, 13, 40), body, mailer="outlook-en")


@M("C", "de", "insurer-to-customer",
   "grey: pet health insurance, vet bill for the customer's dog (animal health treated as confidential, not strictly)")
def c_tier_vet():
    body = """Liebe Frau Jäger,

die Rechnung der Tierklinik Hofheim für Balu (Kreuzbandriss hinten links, OP am 02.04.2026) haben wir geprüft. Aus Ihrer Hunde-OP-Versicherung (Vertrag TK 7710 0442) erstatten wir 2.436,90 € (OP, Narkose, Röntgen, zwei Tage stationär), abzüglich der Selbstbeteiligung von 250 €.

Die Physiotherapie für Balu ist im OP-Tarif leider nicht enthalten. Die 2.186,90 € überweisen wir auf Ihr Konto bei der Sparkasse.

Gute Besserung an Balu!
Elena Kowalski
Kundenservice
"""
    return mk(who("kowalski"), ("Tanja Jäger", "tanja.jaeger@postfach24.example"),
              "Rechnung Tierklinik – Balu", dt(4, 15, 16, 6), body, mailer="outlook-de")


@M("C", "de", "internal",
   "body says only 'Rückläufer von gestern'; the windows-1252 CSV lists named customers with IBANs and contracts")
def c_ruecklast_csv():
    body = """Hallo Ute,

anbei die Rückläufer aus dem Lastschrifteinzug vom 01.04. (Datei aus dem Bankportal, ich hab nur die Spalten gekürzt). Bitte Mahnlauf anstoßen, die zwei mit "Konto erloschen" hab ich schon angeschrieben.

Danke
Leonie
"""
    rows = [["Vertrag", "Sparte", "Name", "IBAN", "Betrag", "Rückgabegrund"],
            ["33-4471209", "Hausrat", "Reuter, Anja", ib("67250020", "0009128833", False), "164,20", "MD06 Rückgabe auf Verlangen des Zahlers"],
            ["41-7702281", "Kfz", "Groß, Friedhelm", ib("54520194", "0401187722", False), "87,45", "AC04 Konto erloschen"],
            ["35-2290017", "Privathaftpflicht", "Özdemir, Aylin", ib("60050101", "0007766120", False), "68,90", "AM04 Deckung unzureichend"],
            ["41-5520983", "Kfz", "Schäfer, Jürgen", ib("67050505", "0039188420", False), "112,10", "AC04 Konto erloschen"],
            ["38-1104476", "Wohngebäude", "Meißner, Hannelore", ib("66450050", "0000412299", False), "402,75", "MS03 Sonstige Gründe"]]
    return mk(who("marx"), [who("sommer")], "Rückläufer 01.04.", dt(4, 2, 9, 13), body,
              atts=[att("Ruecklastschriften_2026-04-01.csv", csvdata(rows, "windows-1252"),
                        "text/csv", cte="qp", charset="windows-1252")], mailer="outlook-de")


@M("C", "en", "insurer-to-broker",
   "commercial property renewal for a sole-trader bakery (natural person): sums insured and claims history in a DOCX schedule")
def c_bakery_en():
    body = """Hi Sam,

please find the renewal terms for Mr Kemal Aydın's bakery (trading as Bäckerei Aydın, sole trader) attached. Because of the two water damage claims in 2024 and 2025 we need to increase the excess for water damage to EUR 1,000; the premium otherwise stays the same.

If your client agrees, just reply to this mail and we'll issue the renewal from 1 July.

Cheers
Gregor Adam
Engineering Lines / Commercial | Rheinauer Allgemeine Versicherung AG
"""
    sch = docx([("h", "Renewal schedule - commercial contents and business interruption"),
                "Policyholder: Kemal Aydın, trading as Bäckerei Aydın (sole trader)",
                "Risk address: Mittelstraße 21, 68169 Mannheim",
                "Policy no.: GI 55-0071193 - renewal date 01.07.2026",
                ("table", [["Cover", "Sum insured EUR", "Excess EUR", "Premium EUR"],
                           ["Contents incl. ovens", "185,000", "500", "1,240.00"],
                           ["Business interruption (12 months)", "240,000", "3 days", "610.00"],
                           ["Water damage", "included", "1,000 (was 500)", "-"],
                           ["Glass", "8,000", "0", "95.00"]]),
                "Claims: 2024 burst pipe in the bakehouse, paid EUR 14,820; 2025 leaking dishwasher, paid EUR 3,950."],
               title="Renewal GI 55-0071193")
    return mk(who("adam"), ("Sam Reddy", "sam.reddy@reddy-insurance-brokers.example"),
              "Renewal GI 55-0071193 - Bäckerei Aydın", dt(5, 20, 15, 12), body,
              atts=[att("Renewal_GI-55-0071193.docx", sch, CT_DOCX)], mailer="outlook-en")


@M("C", "en", "insurer-to-customer",
   "US family in Heidelberg: storm damage to the roof of their insured house, assessor appointment at their address")
def c_sturm_dach_en():
    body = """Dear Mr and Mrs Caldwell,

thank you for reporting the storm damage to your roof on Friday night (claim PR-26-004118, buildings insurance 38-7701446).

Our assessor, Mr Bjoern Fuchs, will visit you at Berliner Strasse 71, 69120 Heidelberg on Wednesday, 25 February, at around 2 pm. He will look at the roof and the damp patch in the children's room upstairs.

In the meantime, please keep the emergency tarpaulin in place; the costs for the roofer's emergency repair (invoice of Dachdeckerei Wolf) are covered and you can send us the invoice straight away.

Please keep any damaged tiles until the assessor has seen them.

Kind regards
Murat Yilmaz
Property Claims
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("yilmaz"), [("Michael Caldwell", "mcaldwell@inbox-mail.example"),
                              ("Jennifer Caldwell", "jcaldwell@inbox-mail.example")],
              "Storm damage Berliner Strasse - assessor visit", dt(2, 23, 15, 31), body, cs="us-ascii",
              cte="7bit", mailer="outlook-en")


@M("C", "en", "insurer-to-customer",
   "body 'see attachment'; subject confirms the cancellation of the named customer's motor policy with plate, PDF letter")
def c_kfz_kuendigung_pdf_en():
    body = """Dear Ms Varga,

please see the attached confirmation.

Regards
Rheinauer Customer Service
"""
    letter = [
        "# Rheinauer Allgemeine Versicherung AG",
        "",
        "Ms Eszter Varga",
        "Rohrbacher Strasse 40",
        "69115 Heidelberg",
        "",
        "Heidelberg/Leipzig, 10 April 2026",
        "",
        "# Confirmation of cancellation - motor policy 41-6619027",
        "Vehicle: VW Polo, licence plate HD-EV 318",
        "",
        "Dear Ms Varga,",
        "we confirm the cancellation of your motor insurance as of 1 January 2027 (end of the insurance year).",
        "Your no-claims class at that date: motor liability SF 9, comprehensive SF 7.",
        "The premium for 2026 (EUR 486.20) remains due.",
        "",
        "Kind regards, Rheinauer Customer Service",
    ]
    return mk(box("service", "Rheinauer Kundenservice"), ("Eszter Varga", "eszter.varga@webmail-de.example"),
              "Motor policy HD-EV 318 - cancellation as of 01.01.2027 confirmed", dt(4, 10, 14, 2), body,
              atts=[att("Cancellation_41-6619027.pdf", pdf(letter, "Cancellation confirmation"), "application/pdf")],
              cs="us-ascii", cte="7bit", mailer="system")


@M("C", "de", "insurer-to-customer",
   "long instalment letter (household/motor premiums); a single line states the customer's net income")
def c_raten_income():
    body = """Sehr geehrte Frau Krämer,

vielen Dank für Ihren Anruf am Dienstag und Ihre offenen Worte. Wir haben uns Ihre Situation angesehen und möchten Ihnen folgende Lösung anbieten.

Offene Beiträge
Für Ihre Kfz-Versicherung (41-3387120) und Ihre Hausratversicherung (33-3387121) sind zusammen 689,40 € offen (Januar bis April).

Ratenzahlung
Wir bieten Ihnen an, diesen Betrag in sechs Monatsraten zu 114,90 € zu begleichen, jeweils zum 15. eines Monats, beginnend am 15.05.2026. Die laufenden Beiträge stellen wir für diese Zeit auf monatliche Zahlung um (Kfz 61,20 €, Hausrat 14,75 €). Einen Ratenzuschlag erheben wir nicht.

Zu Ihren Angaben
Bei Ihrem derzeitigen Einkommen von rund 1.640 € netto (Teilzeit plus Unterhalt) halten wir die Rate für tragbar; wenn sich daran etwas ändert, sprechen Sie uns bitte rechtzeitig an.

Versicherungsschutz
Solange die Raten pünktlich eingehen, bleibt Ihr Versicherungsschutz in vollem Umfang bestehen. Eine weitere Mahnung erhalten Sie nicht.

Bitte bestätigen Sie uns die Vereinbarung kurz per E-Mail oder telefonisch.

""" + sig("sommer") + "\n\n" + foot("allg")
    plan = pdf(["# Ratenplan - Nicole Krämer - Verträge 41-3387120 / 33-3387121",
                "Rate 1  15.05.2026  114,90 EUR", "Rate 2  15.06.2026  114,90 EUR",
                "Rate 3  15.07.2026  114,90 EUR", "Rate 4  15.08.2026  114,90 EUR",
                "Rate 5  15.09.2026  114,90 EUR", "Rate 6  15.10.2026  114,90 EUR",
                "Summe 689,40 EUR - kein Ratenzuschlag"], "Ratenplan")
    return mk(who("sommer"), ("Nicole Krämer", "nicole.kraemer@t-mail.example"),
              "Ratenvereinbarung – Ihre Verträge 41-3387120 und 33-3387121", dt(4, 24, 10, 20), body,
              atts=[att("Ratenplan_Kraemer.pdf", plan, "application/pdf")], mailer="outlook-de")


@M("C", "en", "insurer-to-company",
   "grey: marine cargo claim of a trading company, named contact; commercial contract and claim data (no personal special data)")
def c_cargo_en():
    body = """Dear Mr de Vries,

Cargo claim MC-26-0093 - 2 x 40' containers, Rotterdam to Mannheim, water ingress

Thank you for the survey report from Van Dijk Surveyors. The surveyor confirms that water entered container MSKU 7781204 through a damaged roof panel; 146 of 620 cartons of printed textiles show wet damage. The second container is sound.

Under your open cargo policy OC 70-1144 (Institute Cargo Clauses A, deductible EUR 1,500) we accept the claim in principle. Please send us:
- the commercial invoice for the affected goods (we have only the packing list);
- the salvage sale result or the disposal certificate;
- your letter of protest to the barge operator (for our recovery).

Based on the invoice values in the packing list, we expect an indemnity of about EUR 41,600.

Best regards
Henrik Larsen
Marine Cargo Claims
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("larsen"), ("Pieter de Vries", "p.devries@rijnland-textiles.example"),
              "MC-26-0093 - water damage MSKU 7781204", dt(3, 26, 10, 54), body, mailer="outlook-en")


@M("C", "de", "insurer-to-customer",
   "e-bike theft: frame number, police reference and payout for the named customer (household/bicycle cover)")
def c_fahrrad():
    body = """Hallo Herr Lindemann,

Ihr E-Bike (Cube Kathmandu Hybrid, Rahmennummer WCU3K28841Z, Kaufpreis 3.299 €) ist laut Polizei (Vorgangsnummer 0217-26-041188) am 11.05. vor dem Hauptbahnhof Heidelberg gestohlen worden, das Schloss war ein Bügelschloss – alles passt.

Ihre Hausratversicherung mit Fahrradklausel (33-9014457) ersetzt den Neuwert bis 5.000 €. Da das Rad erst 14 Monate alt war, zahlen wir den vollen Kaufpreis von 3.299 € abzüglich 150 € Selbstbeteiligung. Die Zahlung ist raus.

Falls das Rad wieder auftaucht: bitte melden, dann klären wir das.

Viele Grüße
Murat Yilmaz
Sachschaden Privatkunden
"""
    return mk(who("yilmaz"), ("Frederik Lindemann", "frederik.lindemann@uni-mail.example"),
              "Ihr E-Bike – Schaden HR-26-0052210", dt(5, 21, 12, 16), body, cte="8bit", mailer="outlook-de")


@M("C", "de", "insurer-to-broker",
   "broker asked for a customer's contract overview: XLSX lists non-personal-line contracts with a birth-date column")
def c_makler_xlsx():
    body = """Hallo Frau Pfeiffer,

wie gewünscht die Vertragsübersicht für Ihre Kundin Frau Brigitte Hauck als Excel. Die Kfz-Zweitwagenversicherung ist seit 01.01. beitragsfrei ruhend, deshalb taucht sie mit 0 € auf.

Schöne Grüße
Tobias Reinhardt
Maklerbetreuung Süd
"""
    rows = [["Vertrag", "Sparte", "VN", "Geburtsdatum VN", "Risiko", "Beginn", "Jahresbeitrag EUR", "Zahlweise"],
            ["41-2201876", "Kfz", "Hauck, Brigitte", "12.03.1962", "HD-BH 62, Mercedes B 180", "01.01.2019", 612.4, "jährlich"],
            ["41-2201877", "Kfz (ruhend)", "Hauck, Brigitte", "12.03.1962", "HD-BH 162, Fiat 500", "01.05.2021", 0, "-"],
            ["33-2201880", "Hausrat", "Hauck, Brigitte", "12.03.1962", "Kirchstraße 4, 69221 Dossenheim, 98 m²", "01.01.2019", 168.0, "jährlich"],
            ["38-2201881", "Wohngebäude", "Hauck, Brigitte", "12.03.1962", "Kirchstraße 4, 69221 Dossenheim", "01.01.2019", 893.55, "jährlich"],
            ["35-2201882", "Privathaftpflicht", "Hauck, Brigitte", "12.03.1962", "Single", "01.01.2019", 74.9, "jährlich"]]
    return mk(who("reinhardt"), ("Sonja Pfeiffer", "pfeiffer@finanzkontor-pfeiffer.example"),
              "AW: Vertragsübersicht Hauck", dt(3, 30, 15, 49), body,
              atts=[att("Vertragsübersicht_Hauck.xlsx", xlsx([("Verträge", rows)]), CT_XLSX)], mailer="outlook-de")


@M("C", "de", "internal",
   "subject + body: wrong birth date of a named motor customer to be corrected in the portfolio")
def c_geburtsdatum_intern():
    body = """Hi,

bei Herrn Serkan Yildiz (Kfz 41-8830192, MA-SY 88) ist das Geburtsdatum falsch erfasst, im Bestand steht 07.03.1988, richtig ist 03.07.1988 (Tag und Monat vertauscht, Kopie Führerschein liegt in der Akte). Wirkt sich auf den Tarif nicht aus, aber bitte korrigieren, sonst scheitert die Vorversicherer-Abfrage.

Danke
Elena
"""
    return mk(who("kowalski"), [box("bestand-kfz", "Bestand Kfz")], "Geburtsdatum falsch erfasst – Hr. Yildiz",
              dt(2, 26, 13, 40), body, mailer="outlook-de")


@M("C", "en", "insurer-to-customer",
   "short reply, claim number in the subject: laptop stolen from the named customer's car (household cover)")
def c_laptop_en():
    body = """Hi Ms Achterberg,

thanks - the police report and the receipt for the MacBook are all we need. Payment of EUR 1,480 (replacement value less EUR 150 excess) will reach your account within the week.

Best
Murat Yilmaz, Property Claims

-----Original Message-----
From: Ingrid Achterberg <ingrid.achterberg@nordmail.example>
Sent: Thursday, May 7, 2026 8:40 PM
To: Murat Yilmaz <murat.yilmaz@rheinauer.example>
Subject: RE: HR-26-0049917 laptop

Hi, here's the police report (they didn't find anything, obviously) and the Apple receipt from 2024. The car was locked and parked in the garage at Tiergartenstrasse. Ingrid
"""
    return mk(who("yilmaz"), ("Ingrid Achterberg", "ingrid.achterberg@nordmail.example"),
              "RE: HR-26-0049917 laptop", dt(5, 8, 8, 55), body, cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("C", "de", "broker",
   "forward of a broker mail; the attached SEPA mandate (PDF) carries the customer's name, address and IBAN")
def c_sepa_broker_fwd():
    body = """Hallo Ute,

anbei das SEPA-Mandat für den neuen Gebäudevertrag von Herrn Roth über Makler Hartmann. Bitte hinterlegen, Police ist schon raus.

Danke, Tobias

""" + ol_de("Jens Hartmann <j.hartmann@maklerbuero-hartmann.example>", "Freitag, 6. März 2026 10:11",
            "Reinhardt, Tobias <tobias.reinhardt@rheinauer.example>", "SEPA Roth / 38-9920417",
            """Hallo Herr Reinhardt,
anbei das unterschriebene Lastschriftmandat von Herrn Roth.
Gruß J. Hartmann""")
    mand = [
        "# SEPA-Lastschriftmandat",
        "Zahlungsempfänger: Rheinauer Allgemeine Versicherung AG, Rheinauer Platz 1, 68161 Mannheim",
        "Gläubiger-Identifikationsnummer: DE98ZZZ09999999999",
        "Mandatsreferenz: RV-38-9920417-01",
        "",
        "Kontoinhaber: Wolfgang Roth",
        "Anschrift: Im Sand 17, 69469 Weinheim",
        "IBAN: " + ib("67060031", "0012244578"),
        "BIC: GENODE61HD1",
        "",
        "Ich ermächtige die Rheinauer Allgemeine Versicherung AG, Zahlungen von meinem Konto mittels",
        "Lastschrift einzuziehen (Wohngebäudeversicherung 38-9920417).",
        "",
        "Weinheim, 04.03.2026     gez. W. Roth",
    ]
    return mk(who("reinhardt"), [who("sommer")], "WG: SEPA Roth / 38-9920417", dt(3, 6, 11, 2), body,
              atts=[att("SEPA_Roth.pdf", pdf(mand, "SEPA-Mandat", author="Scanner"), "application/pdf")],
              mailer="outlook-de")


@M("C", "de", "insurer-to-customer",
   "glass breakage (ceramic hob): payout to the named customer's IBAN")
def c_glas_ceran():
    body = """Sehr geehrte Frau Hübner,

den Sprung in Ihrem Ceranfeld haben wir als Glasbruchschaden (Vertrag 33-6640023, Schaden GL-26-000815) anerkannt. Laut Rechnung von Elektro Sattler betragen die Kosten für das neue Kochfeld einschließlich Einbau 689,00 €.

Wir überweisen den Betrag in den nächsten Tagen auf Ihr Konto
IBAN %s
(Kontoinhaberin: Andrea Hübner).

""" % ib("67290000", "0051887002") + sig("yilmaz") + "\n\n" + foot("allg")
    return mk(who("yilmaz"), ("Andrea Hübner", "andrea.huebner@online-post.example"),
              "Glasbruch Ceranfeld – GL-26-000815", dt(2, 17, 11, 8), body, mailer="outlook-de")


@M("C", "mixed", "insurer-to-customer",
   "expat asks in English about his no-claims class after an accident; German reply with motor contract details")
def c_sf_mixed():
    body = """Hallo Mr Moreau,

gern beantworte ich Ihre Frage auf Deutsch (Sie schreiben ja, dass Sie das lieber üben möchten 🙂):

Durch den Schaden vom 20.01.2026 (KS-26-002231) wird Ihr Vertrag 41-7710358 (Peugeot 3008, HD-JM 520) zum 01.01.2027 in der Haftpflicht von SF 6 auf SF 3 zurückgestuft, in der Vollkasko von SF 5 auf SF 2. Der Beitrag steigt dadurch um etwa 210 € im Jahr.

Sie können den Schaden aber selbst bezahlen (1.870,40 €) und so die Rückstufung vermeiden. Dafür haben Sie sechs Monate nach unserer Mitteilung Zeit. Bei den Zahlen lohnt sich das wahrscheinlich, wenn Sie noch mehr als zwei Jahre unfallfrei fahren.

Viele Grüße
Jana Petersen

> On 22 Apr 2026, Julien Moreau wrote:
> Hello Ms Petersen, what happens to my no-claims class after the accident in
> January? Will my premium go up? Can I pay the damage myself instead? You can
> answer in German, I want to practise. Thanks, Julien Moreau
"""
    return mk(who("petersen"), ("Julien Moreau", "julien.moreau@inbox-mail.example"),
              "AW: no-claims class after the accident", dt(4, 23, 9, 37), body, mailer="outlook-de",
              irt=xid("moreau", "inbox-mail.example"))


# ==========================================================================
# MAILS — CONFIDENTIAL (part 2)
# ==========================================================================
@M("C", "de", "insurer-to-lawyer",
   "legal expenses, employment dispute: the client's gross monthly salary given for the value in dispute (income)")
def c_rs_arbeitsrecht():
    body = """Sehr geehrte Frau Rechtsanwältin Sander,

in der Arbeitsrechtssache Ihres Mandanten, Herrn Dennis Falk, gegen die Kurpfalz Logistik GmbH (Kündigungsschutzklage, ArbG Mannheim 8 Ca 411/26) bestätigen wir die Deckung für die erste Instanz (Schaden-Nr. RS-26-003305, Vertrag RS 44-7719002).

Für die Berechnung des Gegenstandswerts legen wir das von Ihnen mitgeteilte Bruttomonatsgehalt von 4.200 € zugrunde, also drei Bruttomonatsgehälter = 12.600 €. Die Weiterbeschäftigung ist mit einem weiteren Monatsgehalt zu bewerten.

Einen Vergleich mit Abfindung können Sie in eigener Verantwortung schließen; bitte informieren Sie uns, bevor eine Mehrvergleichsgebühr für nicht streitige Gegenstände anfällt.

""" + sig("ertl") + "\n\n" + foot("rs")
    return mk(who("ertl"), ("RAin Verena Sander", "v.sander@arbeitsrecht-sander.example"),
              "Falk ./. Kurpfalz Logistik GmbH – RS-26-003305", dt(3, 2, 16, 10), body, mailer="outlook-de")


@M("C", "en", "insurer-to-customer",
   "gadget insurance: cracked phone display of the named student, repair approved (contract and claim data)")
def c_handy_en():
    body = """Hi Lukas,

your repair is approved (claim EL-26-003390, gadget policy EV 9920 1184). Please take your phone (iPhone 15, IMEI ending 4471) to the partner shop Handydoktor in Heidelberg, Hauptstrasse 112 - they bill us directly. Your excess is EUR 50, payable in the shop.

If the shop finds water damage as well, they will call us before starting.

Cheers
Leonie Marx
Customer Service (trainee)
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("marx"), ("Lukas Brenninkmeyer", "lukas.bm@uni-mail.example"),
              "Phone display - repair approved", dt(5, 4, 10, 41), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("C", "en", "insurer-to-customer",
   "tenant liability at the end of a lease: landlord's claim for a damaged parquet floor against the named customer")
def c_tenant_en():
    body = """Dear Ms Rahman,

Your liability policy 35-6611402 - claim HP-26-002017 (flat handover, Weberstrasse 9, Mannheim)

Your landlord, Mr Gerhard Spiess, has sent us his claim for EUR 3,740 for the parquet floor in the living room (water stains from a plant pot) and for three drilled tiles in the bathroom.

Our assessment:
- Parquet: covered as damage to rented property, but the floor was 14 years old; we can only pay the time value, about EUR 1,120.
- Tiles: drill holes for a towel rail are normal use of a flat and are not damage; we will reject this part on your behalf.
- Repainting: not insured (wear and tear / cosmetic repairs under your lease).

We will write to Mr Spiess directly. You do not need to pay him anything yourself. If he contacts you, please refer him to us.

Kind regards
Frank Albers
Liability Claims
"""
    inner = ext_msg(("Gerhard Spieß", "g.spiess@kabelmail.example"),
                    [("Haftpflicht-Schaden", "schaden-haftpflicht@rheinauer.example")],
                    "Schadenersatz Wohnung Weberstraße 9 / Mieterin Rahman", dt(5, 26, 20, 4),
                    """Sehr geehrte Damen und Herren,

Ihre Versicherungsnehmerin Frau Farhana Rahman ist zum 30.04.2026 aus meiner Wohnung Weberstraße 9, 2. OG, ausgezogen. Bei der Übergabe habe ich folgende Schäden festgestellt:
- Parkett Wohnzimmer: Wasserflecken und aufgequollene Stellen, Abschleifen und Versiegeln 2.480 Euro
- Bad: drei Bohrlöcher in den Fliesen, Austausch 640 Euro
- Malerarbeiten 620 Euro
Summe 3.740 Euro. Das Übergabeprotokoll hat Frau Rahman unterschrieben.

Mit freundlichen Grüßen
Gerhard Spieß""", cte="qp")
    return mk(who("albers"), ("Farhana Rahman", "farhana.rahman@britmail.example"),
              "Your landlord's claim - HP-26-002017", dt(6, 2, 14, 55), body,
              atts=[att_msg("Schadenersatz Wohnung Weberstrasse 9.eml", inner)], mailer="outlook-en")


@M("C", "de", "insurer-to-customer",
   "HTML-only system mail: annual premium invoice for the named customer's household contract with a masked IBAN")
def c_beitragsrechnung_html():
    inner = """<p>Guten Tag Frau Dr. Marquardt,</p>
<p>hier ist Ihre Beitragsrechnung für das Versicherungsjahr 2026.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Vertrag</th><th align="left">Sparte</th><th align="right">Beitrag</th></tr>
<tr><td>33-1102937</td><td>Hausrat (Wohnung Lameystraße 18, Mannheim)</td><td align="right">143,20 €</td></tr>
<tr><td>33-1102937</td><td>Fahrradklausel</td><td align="right">39,00 €</td></tr>
<tr><td>35-1102938</td><td>Privathaftpflicht Familie</td><td align="right">86,70 €</td></tr>
<tr><td colspan="2"><b>Summe</b></td><td align="right"><b>268,90 €</b></td></tr>
</table>
<p>Wir buchen den Betrag am 01.06.2026 von Ihrem Konto DE47 **** **** **** **98 40 ab (Mandatsreferenz RV-33-1102937-01).</p>
<p>Ihre Dokumente finden Sie jederzeit im <a href="https://kunden.rheinauer.example/dokumente">Kundenportal</a>.</p>
<p>Freundliche Grüße<br>Ihre Rheinauer</p>
<hr>
<p style="font-size:8pt;color:#777777">Rheinauer Allgemeine Versicherung AG · Rheinauer Platz 1 · 68161 Mannheim · Amtsgericht Mannheim HRB 719034 · Diese Nachricht wurde automatisch erstellt.</p>"""
    return mk(box("rechnung", "Rheinauer Versicherung"), ("Dr. Julia Marquardt", "j.marquardt@postfach24.example"),
              "Ihre Beitragsrechnung 2026", dt(5, 15, 6, 30), html=html_page(inner, "Beitragsrechnung"),
              cte="b64", mailer="system")


@M("C", "mixed", "customer",
   "internal German question; the quoted English customer mail gives her new IBAN and household contract")
def c_iban_frage_mixed():
    body = """Hallo Ute,

kurze Frage: Frau Nowak (Hausrat 33-7704126) hat uns unten ihre neue IBAN geschickt, die alte Bank gibt es wohl nicht mehr (Fusion). Muss sie dafür ein neues SEPA-Mandat unterschreiben oder reicht die Mail? Sie spricht übrigens kein Deutsch, daher Englisch.

Danke!
Elena

-----Ursprüngliche Nachricht-----
Von: Joanna Nowak <joanna.nowak@mailo.example>
Gesendet: Montag, 11. Mai 2026 19:02
An: Kundenservice <service@rheinauer.example>
Betreff: new bank account

Hello,
my bank was merged and I have a new account number. Please take the premium for my home contents insurance 33-7704126 from this account from now on:
IBAN %s
Account holder Joanna Nowak
Thank you,
Joanna Nowak
""" % ib("67250020", "0009472215")
    return mk(who("kowalski"), [who("sommer")], "WG: new bank account – reicht Mail?", dt(5, 12, 8, 49), body,
              mailer="outlook-de")


@M("C", "en", "insurer-to-partner",
   "confirmation to a mortgage bank that the named borrowers' house is insured (insured address, sums, policy), PDF")
def c_bank_sicherungsschein_en():
    body = """Dear Ms Hoffmann,

please find attached the insurance confirmation (Sicherungsbestätigung) for the property of your borrowers, Mr Oleksandr Bondarenko and Mrs Iryna Bondarenko, as requested for loan no. 2026-HB-11873. The original goes to you by post.

Kind regards
Murat Yilmaz
Property Claims / Buildings
Rheinauer Allgemeine Versicherung AG
"""
    conf = [
        "# Sicherungsbestätigung / Insurance confirmation for the mortgagee",
        "",
        "Mortgagee: Kurpfalz Hypothekenbank AG, loan no. 2026-HB-11873",
        "Policyholders: Oleksandr Bondarenko, Iryna Bondarenko",
        "Insured property: Am Weinberg 12, 69198 Schriesheim (detached house, built 1978)",
        "Policy: buildings insurance 38-4418820, from 01.04.2026",
        "Perils: fire, tap water, storm/hail, natural hazards (flood, heavy rain)",
        "Sum insured: value 1914 = 31,400 Mark (replacement value)",
        "",
        "We undertake to inform the mortgagee of any premium arrears, cancellation or change of cover.",
        "Mannheim, 24 March 2026",
    ]
    return mk(who("yilmaz"), ("Carola Hoffmann", "c.hoffmann@kurpfalz-hypo.example"),
              "Sicherungsbestätigung Bondarenko - loan 2026-HB-11873", dt(3, 24, 13, 36), body,
              atts=[att("Sicherungsbestaetigung_38-4418820.pdf", pdf(conf, "Sicherungsbestaetigung"), "application/pdf")],
              mailer="outlook-en")


@M("C", "en", "insurer-to-customer",
   "drone liability: insurance certificate for the named hobby pilot with policy and drone serial number")
def c_drohne_en():
    body = """Hello Mr Lindahl,

as promised on the phone, here are the details you need for the online registration with the Federal Aviation Office (LBA):

Insurer: Rheinauer Allgemeine Versicherung AG
Policyholder: Erik Lindahl, Schillerstrasse 5, 64283 Darmstadt
Policy: drone liability DH 3301 7720, valid 01.05.2026 - 30.04.2027
Sum insured: EUR 3,000,000 (personal injury and property damage), as required by Art. 7 LuftVO
Drone: DJI Mini 4 Pro, serial 1581F6Z9C23470047, operator ID DEU-RP-8K2YW1Q6

The certificate for your flight bag is in your customer portal.

Happy flying!
Elena Kowalski
Customer Service
"""
    return mk(who("kowalski"), ("Erik Lindahl", "erik.lindahl@nordmail.example"),
              "Drone insurance - details for the LBA registration", dt(4, 29, 15, 2), body, cs="us-ascii",
              cte="7bit", mailer="outlook-en")


@M("C", "de", "insurer-to-customer",
   "hunting liability certificate for the district office: PDF with the named hunter's birth date and policy")
def c_jagd():
    body = """Sehr geehrter Herr Freiherr von Gemmingen,

für die Verlängerung Ihres Jagdscheins beim Landratsamt erhalten Sie anbei die Versicherungsbestätigung nach § 17 Abs. 1 Nr. 4 BJagdG.

""" + sig("kowalski") + "\n\n" + foot("allg")
    conf = [
        "# Versicherungsbestätigung Jagdhaftpflichtversicherung",
        "zur Vorlage bei der unteren Jagdbehörde",
        "",
        "Versicherungsnehmer: Albrecht Freiherr von Gemmingen, geb. 28.04.1960",
        "Anschrift: Schlossweg 2, 74915 Waibstadt",
        "Vertragsnummer: JH 36-0088114",
        "Versicherungsdauer: 01.04.2026 bis 31.03.2029",
        "Deckungssummen: 5.000.000 EUR für Personenschäden, 1.000.000 EUR für Sachschäden",
        "(Mindestdeckung nach § 17 Abs. 1 Nr. 4 BJagdG ist erfüllt)",
        "",
        "Mannheim/Leipzig, 19.03.2026 - Rheinauer Allgemeine Versicherung AG",
    ]
    return mk(who("kowalski"), ("Albrecht von Gemmingen", "a.v.gemmingen@kabelmail.example"),
              "Versicherungsbestätigung Jagdhaftpflicht für das Landratsamt", dt(3, 19, 10, 58), body,
              atts=[att("Bestaetigung_JH36-0088114.pdf", pdf(conf, "Versicherungsbestaetigung"), "application/pdf")],
              mailer="outlook-de")


@M("C", "de", "insurer-to-authority",
   "notice to the vehicle registration office that the named owner's motor insurance ended (plate, VIN)")
def c_zulassungsstelle():
    body = """Sehr geehrte Damen und Herren,

gemäß § 25 Abs. 1 FZV zeigen wir an, dass für das folgende Fahrzeug kein Versicherungsschutz mehr besteht:

Halter: Maximilian Staub, Gartenstraße 22, 68526 Ladenburg
Kennzeichen: HD-MS 771
Fahrzeug-Identifizierungsnummer: WVWZZZAUZKW091772
Versicherungsschein-Nr.: 41-9003361
Ende des Versicherungsschutzes: 14.04.2026 (Kündigung wegen Nichtzahlung des Erstbeitrags)

Die Anzeige wurde parallel über das elektronische Verfahren (GDV-Zulassungsschnittstelle) übermittelt; diese Mail dient nur zur Sicherheit, da die Übermittlung am 15.04. mit Fehler 4711 abgebrochen ist.

Mit freundlichen Grüßen
Ute Sommer
Beitragsservice und Inkasso
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("sommer"), ("Kfz-Zulassungsstelle Rhein-Neckar-Kreis", "zulassung@rhein-neckar-kreis.example"),
              "Anzeige nach § 25 FZV – HD-MS 771", dt(4, 16, 9, 2), body, mailer="outlook-de")


@M("C", "en", "insurer-to-customer",
   "boat insurance renewal for the named owner: yacht, mooring at a marina, hull value and premium")
def c_boat_en():
    body = """Dear Mr Whitaker,

your yacht policy YK 80-1172 renews on 1 April. Details for the coming season:

Vessel: "Blue Heron", Hanse 348, built 2017, hull no. DE-HANY8412E717
Mooring: Marina Kiel-Schilksee, berth C 44
Hull and machinery, agreed value: EUR 142,000 (unchanged)
Third-party liability: EUR 10,000,000
Cruising area: Baltic Sea and North Sea, incl. the Danish and Swedish coasts
Premium: EUR 1,486.00 (no-claims discount 25 % applied)

If you plan to sail further north than Stockholm this year, please let us know beforehand.

Fair winds
Kai Brandt
Marine and Cargo
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("brandt"), ("Geoffrey Whitaker", "g.whitaker@britmail.example"),
              "Blue Heron - renewal 2026/27", dt(3, 10, 11, 45), body, mailer="outlook-en")


@M("C", "de", "insurer-to-customer",
   "lightning damage to the named customer's PV system: inverter replacement and loss of feed-in earnings")
def c_pv_blitz():
    body = """Hallo Herr Kessler,

der Bericht des Elektrikers ist da: Der Wechselrichter Ihrer PV-Anlage (Fronius Symo 8.2, Seriennummer 32180044117) ist durch die Überspannung beim Gewitter am 07.06. ausgefallen. Das ist über Ihre Photovoltaikversicherung (TV 62-0044813) versichert.

Wir übernehmen:
- neuer Wechselrichter inkl. Montage: 2.418,00 €
- Ertragsausfall für 19 Tage: laut Ihrer Anlage 46 kWh/Tag x 19 Tage x 0,082 € = 71,67 €

Abzüglich Selbstbeteiligung 250 € zahlen wir 2.239,67 € auf das Konto, von dem auch der Beitrag abgebucht wird.

Schöne Grüße
Gregor Adam
Technische Versicherungen
"""
    rep = docx([("h", "Prüfbericht Elektro Haas – PV-Anlage Kessler, Am Rain 6, 69181 Leimen"),
                "Befund: Wechselrichter Fronius Symo 8.2 (SN 32180044117) ohne Funktion, Überspannungsschaden an "
                "DC-Eingangsstufe, Überspannungsschutz Typ 2 ausgelöst. Module ohne Befund (Isolationsmessung i. O.).",
                "Empfehlung: Austausch Wechselrichter, Nachrüstung Blitzschutz-Potentialausgleich.",
                "Leimen, 15.06.2026"], title="Prüfbericht")
    return mk(who("adam"), ("Ralf Kessler", "ralf.kessler@t-mail.example"),
              "PV-Anlage Wechselrichter – TV-26-000417", dt(6, 24, 14, 29), body,
              atts=[att("Pruefbericht_Elektro_Haas.docx", rep, CT_DOCX)], mailer="outlook-de")


@M("C", "de", "insurer-to-assessor",
   "order to an external loss adjuster: named customer's water damage, address and phone in an attached DOCX order")
def c_gutachterauftrag():
    body = """Hallo Herr Kreutzer,

anbei ein neuer Auftrag, Leitungswasser in einem Einfamilienhaus in Edingen. Bitte Termin direkt mit der Kundin machen, sie ist vormittags zu Hause. Bericht wie immer über das Gutachterportal.

Danke und Gruß
Murat Yilmaz
"""
    order = docx([("h", "Gutachterauftrag LW-26-003318"),
                  ("table", [["Feld", "Angabe"],
                             ["Versicherungsnehmerin", "Monika Kraft"],
                             ["Risikoort", "Friedhofstraße 9, 68535 Edingen-Neckarhausen"],
                             ["Telefon", "06203 555 1290 (vormittags)"],
                             ["Vertrag", "Wohngebäude 38-2207714 / Hausrat 33-2207715"],
                             ["Schadentag", "18.05.2026"],
                             ["Schadenhergang", "Undichter Anschluss Waschmaschine im Keller, Wasser in Hauswirtschaftsraum und Partykeller"],
                             ["Auftrag", "Ursache, Umfang, Trocknung erforderlich? Schätzung Wiederherstellungskosten"]]),
                  "Honorar nach Rahmenvereinbarung 2025, Stufe B."], title="Gutachterauftrag")
    return mk(who("yilmaz"), ("Sachverständigenbüro Kreutzer", "auftrag@sv-kreutzer.example"),
              "Neuer Auftrag LW-26-003318 Kraft, Edingen", dt(5, 19, 10, 3), body,
              atts=[att("Auftrag_LW-26-003318.docx", order, CT_DOCX)], mailer="outlook-de")


@M("C", "de", "internal",
   "grey: explicit subject tag [vertraulich] on an internal motor pricing draft; no personal data, label follows the sender's marking")
def c_tag_vertraulich():
    body = """Hallo zusammen,

anbei bzw. unten die Eckpunkte für die Beitragsanpassung Kfz zum 01.01.2027, bitte nicht über den Verteiler hinaus weitergeben, bevor der Vorstand am 18.06. entschieden hat:

- Haftpflicht: +6,5 % im Durchschnitt (Schadenaufwand je Fahrzeug +8,1 %)
- Vollkasko: +9 %, stärker in den Regionalklassen 10 bis 12
- Teilkasko: +4 %
- Sondereinstufung Zweitwagen bleibt
- Rabattschutz wird nicht mehr für SF unter 5 angeboten

Die Marktbeobachtung sieht die Wettbewerber zwischen +5 und +10 %.

Viele Grüße
Jana
"""
    return mk(who("petersen"), [who("okafor"), who("seidel"), who("reinhardt")],
              "[vertraulich] Beitragsanpassung Kfz 2027 – Eckpunkte", dt(6, 9, 17, 30), body, mailer="outlook-de")


@M("C", "en", "insurer-to-customer",
   "cyber policy of a freelance designer (sole trader): ransomware incident; ZIP with the forensic log and the cover letter")
def c_cyber_en():
    body = """Dear Ms Eriksen,

following your call on Sunday, here is a short summary and the documents you asked for.

Your cyber policy CY 90-2214 covers the incident response costs; our partner firm, Kernel Forensics, has already restored your NAS from the cloud backup. Their preliminary log and our cover confirmation are in the attached ZIP.

Please do not pay the ransom. Please also report the incident to the police (online at the cybercrime unit) and send us the reference number.

Because your client files were affected, you may have to notify the data protection authority within 72 hours; Kernel Forensics can help you with the wording.

Kind regards
Gregor Adam
Commercial / Cyber
Rheinauer Allgemeine Versicherung AG
"""
    log = """Kernel Forensics - incident log (preliminary)
Client: Lene Eriksen Design (sole trader), Mannheim - policy CY 90-2214
2026-05-31 08:12 first contact via hotline
2026-05-31 09:40 remote session; NAS Synology DS920+ encrypted (extension .lockbit3), 2 laptops clean
2026-05-31 14:05 cloud backup from 2026-05-29 verified, restore started
2026-06-01 10:30 restore complete, 3 files from 30/31 May lost
"""
    cover = pdf(["# Cover confirmation CY-26-00044",
                 "Policyholder: Lene Eriksen, trading as Lene Eriksen Design, Mannheim",
                 "Policy CY 90-2214 - incident of 31.05.2026 (ransomware)",
                 "Covered: incident response, data restoration, business interruption (after 12 h)",
                 "Excess: EUR 500"], "Cover confirmation")
    z = zipfile_([("Kernel_Forensics_log.txt", log), ("Deckungsbestaetigung_CY-26-00044.pdf", cover)],
                 date=(2026, 6, 1, 16, 20, 0))
    return mk(who("adam"), ("Lene Eriksen", "lene@eriksen-design.example"),
              "Your cyber claim CY-26-00044 - documents", dt(6, 1, 16, 31), body,
              atts=[att("CY-26-00044.zip", z, "application/zip")], mailer="outlook-en")


@M("C", "en", "insurer-to-customer",
   "delayed baggage: refund of emergency purchases to the named traveller's German IBAN")
def c_gepaeck_en():
    body = """Dear Mr Papadopoulos,

your suitcase arrived in Crete three days late, and you had to buy clothes and toiletries in the meantime. Under your travel baggage policy (RG 5518 2209) we refund emergency purchases up to EUR 500.

Receipts submitted: EUR 287.40
Refund: EUR 287.40

Transfer to: Nikolaos Papadopoulos, IBAN %s

Please note that the airline's compensation (if any) must be deducted; if Aegean pays you something later, let us know.

Kind regards
Oliver Franke
Travel Claims
""" % ib("50010517", "5402218840")
    return mk(who("franke"), ("Nikolaos Papadopoulos", "n.papadopoulos@mailo.example"),
              "Delayed baggage - TR-26-01540", dt(7, 8, 10, 12), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("C", "de", "internal",
   "new-business list as ODS; only the 'Geb.-Datum' column of named motor customers makes it confidential")
def c_ods_neugeschaeft():
    body = """Moin Tobias,

hier die Neugeschäftsliste Kfz März für deine Agenturen. Bitte bis Freitag prüfen, ob die Zuordnung stimmt, dann geht sie an die Provisionsabrechnung.

Gruß
Daniel
"""
    rows = [["Agentur", "Vertrag", "Kunde", "Geb.-Datum", "Kennzeichen", "Beginn", "Jahresbeitrag"],
            ["GA Krüger", "41-9120045", "Sommerfeld, Lisa", "02.09.1995", "MA-LS 95", "01.03.2026", 512.3],
            ["GA Krüger", "41-9120077", "Ademi, Burak", "17.12.1979", "LU-BA 179", "01.03.2026", 688.0],
            ["Finanzkontor Pfeiffer", "41-9120102", "Wiegand, Heinz", "30.06.1951", "HD-HW 300", "15.03.2026", 401.75],
            ["Hartmann Makler", "41-9120139", "Castillo Ruiz, Ana", "08.01.2001", "MA-AC 801", "20.03.2026", 944.1]]
    return mk(who("okafor"), [who("reinhardt")], "Neugeschäft Kfz März", dt(4, 3, 12, 22), body,
              atts=[att("Neugeschaeft_Kfz_2026-03.ods", ods([("März", rows)]), CT_ODS)], mailer="outlook-de")


@M("C", "en", "insurer-to-company",
   "grey: D&O claim notice against a named managing director of a customer company (allegations, no special categories)")
def c_do_en():
    body = """Dear Dr Vance,

we acknowledge receipt of the claim notification under the D&O policy DO 75-0219 of Ostwind Robotics GmbH.

As we understand it, the insolvency administrator of a former subsidiary, Ostwind Automation GmbH, holds Mr Torben Michaelis (managing director of the subsidiary until 2025) personally liable for payments of EUR 1.84m made after the subsidiary was insolvent (Section 15b InsO).

We will provide defence cover for Mr Michaelis, subject to the usual reservation of rights (in particular the exclusion for knowing breach of duty). We have no objection to the law firm Brandt & Kessler acting for him at the rates quoted.

Please send us the administrator's letter in full and the subsidiary's financial statements for 2024.

Kind regards
Gregor Adam
Commercial Lines / D&O
Rheinauer Allgemeine Versicherung AG
"""
    return mk(who("adam"), ("Dr. Helen Vance", "h.vance@ostwind-robotics.example"),
              "D&O DO 75-0219 - claim Michaelis / administrator", dt(7, 2, 11, 18), body, mailer="outlook-en")


@M("C", "de", "insurer-to-customer",
   "flooded cellar (natural hazards): XLSX contents list of the named customer with values and receipt status")
def c_keller_xlsx():
    body = """Liebe Frau Bauer,

nach dem Starkregen am 22.06. haben Sie uns ja schon viele Fotos geschickt – danke! Damit wir den Hausratschaden schnell abrechnen können, habe ich Ihnen die Liste aus dem Gespräch mit unserem Außendienst als Excel-Datei vorbereitet. Bitte ergänzen Sie die Spalten „Kaufjahr“ und „Beleg vorhanden“ und schicken Sie sie zurück.

Schaden: EL-26-001207 (Elementar, Hausrat 33-8821930)

Viele Grüße
Murat Yılmaz
"""
    rows = [["Nr.", "Gegenstand", "Kaufjahr", "Neupreis EUR", "Beleg vorhanden", "Bemerkung"],
            [1, "Waschmaschine Miele W1", 2021, 949, "", "Totalschaden"],
            [2, "Wäschetrockner", 2019, 699, "", "Totalschaden"],
            [3, "Tiefkühltruhe inkl. Inhalt", 2016, 420, "", "Inhalt ca. 150 EUR"],
            [4, "Werkzeug, Werkbank", "", 1300, "", "teilweise rostig"],
            [5, "Kartons Kinderkleidung / Spielzeug", "", 600, "", ""],
            [6, "Heimtrainer", 2022, 549, "", ""]]
    return mk(who("yilmaz"), ("Stefanie Bauer", "stefanie.bauer@online-post.example"),
              "Ihr Kellerschaden – Liste zum Ergänzen", dt(6, 26, 11, 4), body,
              atts=[att("Hausrat_Keller_EL-26-001207.xlsx", xlsx([("Liste", rows)]), CT_XLSX)], mailer="outlook-de")


@M("C", "de", "internal",
   "HR: salary increase of a named employee (income), no health data")
def c_gehalt_hr():
    body = """Hallo Herr Krüger,

zur Info für die Abrechnung Mai: Frau Kübra Arslan (Pers.-Nr. 20417, Kundenservice Leipzig) erhält ab 01.05.2026 nach bestandener Abschlussprüfung und Übernahme ein Bruttomonatsgehalt von 3.350 € (Tarifgruppe IV, 1. Berufsjahr), zuzüglich VWL 40 €. Der Arbeitsvertrag ist unterschrieben.

Die Entgeltabrechnung wird entsprechend angepasst. Bitte die Änderung noch im HR-System freigeben.

Viele Grüße
Nadine Koch
Personalabteilung
"""
    return mk(who("koch"), [box("entgelt", "Entgeltabrechnung")], "Übernahme Fr. Arslan – Gehalt ab 01.05.",
              dt(4, 22, 14, 7), body, mailer="outlook-de")


@M("C", "mixed", "internal",
   "IT ticket in German/English; the pasted screen text contains a named motor customer's contract and IBAN")
def c_ticket_mixed():
    body = """Hi Ralf / IT team,

seit dem Update heute früh kommt beim Speichern der Bankverbindung in RheiVis ein Fehler. Reproduzierbar bei jedem Kfz-Vertrag. Screen text below (copy & paste, sorry for the format):

--- snip ---
RheiVis 7.4 | Vertrag 41-6650219 | VN: Heinrich Brauer, Am Bach 3, 69493 Hirschberg
Zahlungsweg: SEPA | IBAN neu: %s | BIC: SOLADES1HDB
[Speichern]
ERROR ORA-20017: IBAN_CHECK failed - checksum ok, BLZ not in bank master table (BLZ 67250020)
--- snap ---

The IBAN is correct (checked with the customer on the phone), so I guess the bank master table wasn't loaded with the update. Priority high please, we have 40 changes waiting.

Thanks
Elena
""" % ib("67250020", "0004471880")
    return mk(who("kowalski"), [box("it-servicedesk", "IT-Servicedesk")], "Ticket: IBAN-Prüfung schlägt fehl / bank master table missing?",
              dt(3, 2, 9, 16), body, mailer="outlook-de")


@M("C", "de", "insurer-to-customer",
   "dog liability: the customer's dog bit another dog; third party's vet bill settled (animal, no human injury)")
def c_hund_hund():
    body = """Guten Tag Herr Olschewski,

Ihr Rüde Bruno hat am 03.05. beim Spaziergang am Neckardamm den Labrador von Frau Steinke gebissen. Die Tierarztrechnung von Frau Steinke (Wundversorgung, Naht, Antibiotikum für den Hund: 386,20 EUR) übernehmen wir aus Ihrer Tierhalterhaftpflicht 37-1180442 und zahlen direkt an sie.

Menschen sind zum Glück nicht zu Schaden gekommen. Die Selbstbeteiligung von 150 EUR stellen wir Ihnen gesondert in Rechnung.

Mit freundlichen Grüßen
Frank Albers
Haftpflicht-Schaden
"""
    return mk(who("albers"), ("Uwe Olschewski", "uwe.olschewski@kabelmail.example", "iso-8859-1"),
              "Hundebiss Neckardamm – HP-26-002205", dt(5, 13, 15, 10), body, cs="iso-8859-1", cte="qp",
              mailer="outlook-de")


@M("C", "en", "insurer-to-customer",
   "rental-car excess refund after a parking scrape abroad: named customer, amount and German IBAN")
def c_rental_excess_en():
    body = """Dear Ms Abernathy,

good news: your rental car excess claim (TR-26-01712) is approved. Hertz-Lisbon charged EUR 850 of the excess to your credit card for the scrape on the rear bumper, and your excess waiver insurance refunds it in full.

We will transfer EUR 850.00 to the account you gave us:
Account holder: Claire Abernathy
IBAN: %s

Enjoy the rest of the summer!
Oliver Franke
Travel Claims
""" % ib("10010010", "0512277409")
    return mk(who("franke"), ("Claire Abernathy", "claire.abernathy@inbox-mail.example"),
              "Rental car excess refund - TR-26-01712", dt(8, 4, 9, 50), body, mailer="outlook-en")


@M("C", "de", "insurer-to-customer",
   "two-line reply to a deer-collision report; the quoted customer mail contains his IBAN, plate and contract")
def c_wild_quote_iban():
    body = """Hallo Herr Maurer,

danke, Wildunfallbescheinigung vom Förster ist da. Wir zahlen die Reparatur (1.912,30 € abzgl. 150 € SB) auf das unten genannte Konto.

Gruß, Björn Fuchs

Am 02.11.2026 um 07:14 schrieb Thomas Maurer:
> Guten Morgen,
> anbei die Bescheinigung vom Jagdpächter für das Reh (Kreisstraße K4125 bei
> Schönau, 30.10., ca. 18:45). Auto: NOK-TM 44, Teilkasko 41-2234901.
> Bitte auf mein Konto: %s (Thomas Maurer)
> Danke und Gruß
""" % ib("67450048", "0004419902")
    return mk(who("fuchs"), ("Thomas Maurer", "thomas.maurer@webmail-de.example"),
              "Re: Wildunfall Reh – Bescheinigung", dt(11, 2, 9, 31), body, cte="8bit", flowed=True,
              quoted_cs=False, mailer="thunderbird", irt=xid("maurer", "webmail-de.example"))


# ==========================================================================
# MAILS — NORMAL (part 1)
# ==========================================================================
@M("N", "de", "newsletter",
   "trap: broker newsletter for a new dental tariff (implants, root canals, examples) – product information, no person")
def n_newsletter_zahn():
    text = """Rheinauer Makler-News | Ausgabe 04/2026

Neu ab 1. Mai: ZahnPlus Premium

Liebe Vertriebspartnerinnen und Vertriebspartner,

mit ZahnPlus Premium erweitern wir unsere Zahnzusatztarife um eine Variante für Kundinnen und Kunden mit hohem Anspruch:

- 90 % Erstattung für Zahnersatz, Implantate und Inlays (inkl. Vorleistung der GKV)
- 100 % für Wurzel- und Parodontosebehandlung
- professionelle Zahnreinigung bis 200 € im Jahr
- keine Wartezeit, Zahnstaffel nur in den ersten vier Jahren
- Annahme ohne Gesundheitsprüfung bei bis zu zwei fehlenden Zähnen

Rechenbeispiel: Implantat mit Krone, Rechnungsbetrag 3.200 €, Festzuschuss GKV 480 €: Erstattung ZahnPlus Premium 2.400 €, Eigenanteil 320 €.

Die Beiträge, Produktinformationen und den Vergleichsrechner finden Sie ab sofort im Maklerportal unter Produkte > Kranken > Zahn.

Webinar: Dienstag, 28. April, 10:00 Uhr, Anmeldung im Maklerportal.

Ihr Team der Maklerbetreuung

Sie erhalten diese Nachricht als registrierter Vertriebspartner der Rheinauer Versicherungsgruppe. Abmelden: newsletter-abmelden@rheinauer.example
"""
    htm = html_page("""<h2 style="color:#0b4f6c">Neu ab 1. Mai: ZahnPlus Premium</h2>
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<p>mit <b>ZahnPlus Premium</b> erweitern wir unsere Zahnzusatztarife um eine Variante für Kundinnen und Kunden mit hohem Anspruch:</p>
<ul>
<li>90&nbsp;% Erstattung für Zahnersatz, Implantate und Inlays (inkl. Vorleistung der GKV)</li>
<li>100&nbsp;% für Wurzel- und Parodontosebehandlung</li>
<li>professionelle Zahnreinigung bis 200&nbsp;€ im Jahr</li>
<li>keine Wartezeit, Zahnstaffel nur in den ersten vier Jahren</li>
<li>Annahme ohne Gesundheitsprüfung bei bis zu zwei fehlenden Zähnen</li>
</ul>
<p><i>Rechenbeispiel:</i> Implantat mit Krone, Rechnungsbetrag 3.200&nbsp;€, Festzuschuss GKV 480&nbsp;€: Erstattung ZahnPlus Premium 2.400&nbsp;€, Eigenanteil 320&nbsp;€.</p>
<p>Beiträge, Produktinformationen und Vergleichsrechner: <a href="https://makler.rheinauer.example/produkte/zahn">Maklerportal</a></p>
<p>Webinar: Dienstag, 28. April, 10:00 Uhr.</p>
<p>Ihr Team der Maklerbetreuung</p>
<p style="font-size:8pt;color:#888888">Abmelden: newsletter-abmelden@rheinauer.example</p>""", "Makler-News 04/2026")
    return mk(box("makler-news", "Rheinauer Makler-News"), ("Vertriebspartner", "makler-news-verteiler@" + DOM),
              "Makler-News 04/2026: ZahnPlus Premium – 90 % für Implantate", dt(4, 14, 7, 30), text, html=htm,
              mailer="newsletter")


@M("N", "de", "internal",
   "trap: minutes (DOCX) of a process meeting on scanning doctors' invoices in health claims – no person's data")
def n_protokoll_docx():
    body = """Hallo zusammen,

anbei das Protokoll von gestern. Bitte Korrekturen bis Freitag an mich, danach lege ich es im Teams-Kanal ab.

Danke!
Claudia
"""
    prot = docx([("h", "Protokoll Prozessrunde Posteingang Leistung Kranken – 11.03.2026"),
                 "Teilnehmende: C. Brenner, S. Vogel, M. Seidel, R. Gehring (IT), Scan-Dienstleister (K. Ahrens)",
                 ("h", "1. Scanqualität Arztrechnungen"),
                 "Rechnungen auf Thermopapier (Apotheken) werden weiterhin schlecht erkannt. Der Dienstleister "
                 "testet ab April eine höhere Auflösung. Ziel: Dunkelverarbeitungsquote von 61 % auf 70 %.",
                 ("h", "2. Heil- und Kostenpläne"),
                 "HKP sollen künftig direkt der Zahnprüfung zugeordnet werden; bisher landen ca. 15 % im Sammelkorb.",
                 ("h", "3. Befundberichte"),
                 "Befundberichte und Entlassungsberichte werden nicht mehr ausgedruckt, sondern nur noch in der E-Akte "
                 "angezeigt. Der Drucker im 3. OG wird abgebaut.",
                 ("table", [["Nr.", "Aufgabe", "Wer", "Bis"],
                            ["1", "Testlauf 400 dpi", "Ahrens", "15.04."],
                            ["2", "Regel HKP-Zuordnung", "Gehring", "30.04."],
                            ["3", "Info an Team wegen Drucker", "Brenner", "20.03."]])],
                title="Protokoll Prozessrunde")
    return mk(who("brenner"), [who("vogel"), who("seidel"), who("gehring")], "Protokoll Prozessrunde Posteingang 11.03.",
              dt(3, 12, 9, 5), body, atts=[att("Protokoll_Prozessrunde_2026-03-11.docx", prot, CT_DOCX)],
              mailer="outlook-de")


@M("N", "de", "insurer-to-partner",
   "trap: job advert for a health-claims clerk (medical terms, salary band) sent to a job board – no candidate data")
def n_stellenanzeige():
    body = """Hallo Frau Lenz,

bitte schalten Sie die angehängte Anzeige ab Montag für 30 Tage im Paket "Regional Plus". Rechnung wie immer an die Personalabteilung, Kostenstelle 4410.

Viele Grüße
Nadine Koch
Personalabteilung
"""
    ad = html_page("""<h1>Sachbearbeiter/in Leistungsprüfung Krankenversicherung (m/w/d)</h1>
<p>Standort Mannheim, Vollzeit oder Teilzeit (ab 25 Std.), unbefristet</p>
<h3>Ihre Aufgaben</h3>
<ul><li>Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ</li>
<li>Bearbeitung von Heil- und Kostenplänen und Hilfsmittelanträgen</li>
<li>Telefonische Beratung unserer Versicherten zu Leistungsfragen</li></ul>
<h3>Ihr Profil</h3>
<ul><li>Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen oder als Medizinische/r Fachangestellte/r</li>
<li>Kenntnisse der medizinischen Terminologie und des ICD-10 sind von Vorteil</li></ul>
<h3>Wir bieten</h3>
<p>Tarifvertrag Versicherungswirtschaft (Gruppe V–VI), 38 Stunden, 30 Tage Urlaub, mobiles Arbeiten, betriebliche Krankenversicherung.</p>
<p>Bewerbung bitte über <a href="https://karriere.rheinauer.example/job/2026-117">karriere.rheinauer.example</a></p>""",
                   "Stellenanzeige 2026-117")
    return mk(who("koch"), ("Jana Lenz", "anzeigen@jobboerse-rheinneckar.example"),
              "Anzeigenauftrag Job 2026-117", dt(3, 6, 13, 41), body,
              atts=[att("Stellenanzeige_2026-117.html", ad.encode("utf-8"), "text/html", cte="qp", charset="utf-8")],
              mailer="outlook-de")


@M("N", "de", "insurer-to-supplier",
   "trap: water damage in the physiotherapy practice renting the insurer's own ground floor – facility repair, no patient data")
def n_praxis_wasserschaden():
    body = """Guten Morgen Herr Distler,

im Erdgeschoss unseres Gebäudes Rheinauer Platz 3 (Mieter: Physiotherapiepraxis Rückgrat) ist heute Nacht eine Leitung im Behandlungsraum 2 geplatzt. Die Praxis hat das Wasser abgestellt, der Boden steht aber noch nass, und an der Wand zum Wartebereich ist ein großer Fleck.

Könnten Sie heute noch jemanden für die Leckortung und die Trocknungsgeräte schicken? Ansprechpartnerin vor Ort ist die Praxisinhaberin, Frau Reuß, die Praxis ist bis 19 Uhr offen. Die Behandlungen verlegt sie in die anderen Räume.

Auftrag über den Rahmenvertrag Gebäudetechnik, Bestell-Nr. folgt.

""" + sig("wendt") + "\n\n" + foot("allg")
    return mk(who("wendt"), ("Distler Haustechnik", "service@distler-haustechnik.example"),
              "Dringend: Wasserschaden EG Rheinauer Platz 3 (Praxis)", dt(2, 5, 7, 52), body, mailer="outlook-de")


@M("N", "de", "internal",
   "trap: review of a rejection-letter text module with «placeholders» for diagnosis and name – no real person")
def n_textbaustein():
    body = """Hallo Sandra,

kannst du bitte einmal juristisch/fachlich über den neuen Textbaustein schauen? Der alte war zu hart formuliert, es gab Beschwerden beim Ombudsmann.

---
Sehr geehrte/r «Anrede» «Nachname»,

vielen Dank für Ihren Antrag auf Kostenübernahme für «Behandlung» vom «Datum_Antrag».

Wir haben die Unterlagen von «Behandler» sorgfältig geprüft. Nach den Angaben im Bericht («Diagnose_Text», «ICD») ist die beantragte Behandlung nach heutigem Stand nicht medizinisch notwendig im Sinne von § 1 Abs. 2 MB/KK, weil «Begründung».

Gern prüfen wir Ihren Antrag erneut, wenn Sie uns weitere Unterlagen (z. B. einen aktuellen Befundbericht) einreichen. Sie können sich außerdem an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.

Mit freundlichen Grüßen
«Sachbearbeiter»
---

Danke!
Claudia
"""
    return mk(who("brenner"), [who("vogel")], "Textbaustein Ablehnung KÜ – bitte gegenlesen", dt(5, 6, 15, 18),
              body, mailer="outlook-de")


@M("N", "en", "insurer-to-partner",
   "trap: aggregated disability-claims statistics by cause (mental illness, cancer, back) for the reinsurer, XLSX – no individuals")
def n_reins_stats_en():
    body = """Dear Katharina,

as agreed in the treaty meeting, please find attached the incidence statistics for the disability income portfolio (quota share treaty QS-BU-2019) for 2025. Cells with fewer than 5 claims have been merged into "other".

Let me know if you also need the split by occupational class.

Best regards
Priya Raman
Reinsurance
"""
    rows = [["Cause of disability (ICD chapter)", "New claims 2025", "Share %", "Avg. age at claim", "Avg. annual benefit EUR"],
            ["Mental and behavioural disorders (F)", 118, 36.4, 44.1, 14200],
            ["Diseases of the musculoskeletal system (M)", 71, 21.9, 49.8, 12850],
            ["Neoplasms (C/D)", 52, 16.0, 51.2, 15600],
            ["Diseases of the circulatory system (I)", 27, 8.3, 54.0, 13400],
            ["Diseases of the nervous system (G)", 22, 6.8, 46.5, 14900],
            ["Injuries (S/T)", 19, 5.9, 41.3, 13100],
            ["other", 15, 4.6, 47.0, 12700]]
    return mk(who("raman"), ("Katharina Engel", "k.engel@nordstern-re.example"),
              "QS-BU-2019 - incidence statistics 2025", dt(2, 27, 14, 44), body,
              atts=[att("QS-BU-2019_incidence_2025.xlsx", xlsx([("2025", rows)]), CT_XLSX)], mailer="outlook-en")


@M("N", "en", "insurer-to-prospect",
   "trap: prospect asks about expat health plans; generic brochure (maternity, chronic conditions, evacuation) – no personal data")
def n_expat_brochure_en():
    body = """Dear Mr Lefebvre,

thank you for your interest in our international health plans. As you are moving to Germany for a three-year assignment, our Global Health Silver and Gold plans would both be suitable. The attached brochure explains the benefits, including maternity (after a 10-month waiting period), cover for chronic conditions and medical evacuation.

If you send me your start date and the ages of the family members you would like to insure, I can prepare a quote. We do not need any health information at this stage.

Kind regards
Fiona Walsh
International Health Services
"""
    bro = pdf(["# Rheinauer Global Health - plans at a glance",
               "Silver: inpatient 100 %, outpatient 80 %, dental 50 % (max EUR 1,500), annual limit EUR 1m",
               "Gold: inpatient 100 %, outpatient 100 %, dental 80 % (max EUR 3,000), maternity up to EUR 12,000",
               "Chronic conditions: covered if not pre-existing; pre-existing conditions by individual underwriting",
               "Medical evacuation and repatriation: included in both plans",
               "Direct billing network: 4,800 hospitals worldwide",
               "Waiting periods: maternity 10 months, dental 6 months, none for accidents",
               "Premium examples (age 35, Europe excl. Switzerland): Silver EUR 214 / Gold EUR 318 per month"],
              "Global Health brochure")
    return mk(who("walsh"), ("Antoine Lefebvre", "a.lefebvre@francemail.example"),
              "Your enquiry - international health insurance", dt(2, 3, 10, 25), body,
              atts=[att("Rheinauer_Global_Health_2026.pdf", bro, "application/pdf")], cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("N", "mixed", "insurer-to-customer",
   "plain: bilingual out-of-office auto-reply (holiday), no reason beyond leave, no customer data")
def n_ooo_urlaub():
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.05.2026 im Urlaub und lese meine E-Mails nicht. In dringenden Fällen erreichen Sie unseren Kundenservice unter 0341 2209-400 oder service@rheinauer.example.

Thank you for your message. I am on holiday until 18 May 2026. For urgent matters please contact our customer service on +49 341 2209-400 or service@rheinauer.example.

Elena Kowalski
"""
    return mk(who("kowalski"), ("Harald Pietsch", "h.pietsch@kabelmail.example"), "Abwesenheitsnotiz: Rückfrage",
              dt(5, 11, 8, 2), body, mailer="autoreply", irt=xid("pietsch", "kabelmail.example"))


@M("N", "de", "internal",
   "trap: IT ticket about the printer in the health-claims office cutting off scanned 'Arztberichte' – no content of any report")
def n_drucker():
    body = """Hallo Servicedesk,

der Multifunktionsdrucker im 3. OG (Raum 3.08, Leistung Kranken, Gerät MFP-3-08) schneidet seit Montag beim Drucken aus der E-Akte die untere Seitenhälfte ab. Betrifft vor allem mehrseitige Arztberichte und Krankenhausentlassungsberichte im PDF-Format, Word-Dokumente gehen normal.

Treiber neu installiert haben wir schon. Könnt ihr bitte jemanden vorbeischicken?

Gruß
Claudia Brenner
Durchwahl -2351
"""
    return mk(who("brenner", "windows-1252"), [box("it-servicedesk", "IT-Servicedesk")], "Drucker 3. OG druckt PDFs nur halb",
              dt(3, 4, 10, 12), body, cs="windows-1252", cte="8bit", mailer="outlook-de")


@M("N", "de", "internal",
   "trap: ICS invitation to a product workshop on a supplementary long-term care tariff – product development only")
def n_ics_workshop_pflege():
    body = """Hallo zusammen,

wie in der Bereichsrunde angekündigt: Kick-off für das Pflegezusatz-Produkt 2027. Bitte bringt Zahlen zur Pflegegrad-Verteilung im Bestand (nur aggregiert) und die Wettbewerbsübersicht mit.

Marion
"""
    cal = ics("ws-pflege-2027", "Workshop Produktentwicklung Pflegezusatz 2027", "20260512T090000",
              "20260512T153000", ("Marion Seidel", "marion.seidel@" + DOM),
              [("Birgit Hahn", "birgit.hahn@" + DOM), ("Paul Neumann", "paul.neumann@" + DOM),
               ("Tobias Reinhardt", "tobias.reinhardt@" + DOM)],
              description="Agenda: 1. Marktumfeld und Pflegereform 2. Leistungsbausteine (Pflegegrad 2-5, "
                          "Demenz-Baustein, Einmalleistung) 3. Kalkulationsgrundlagen 4. Vertrieb",
              location="Raum 1.20", stamp="20260420T080000Z")
    return mk(who("seidel"), [who("hahn"), who("neumann"), who("reinhardt")],
              "Einladung: Workshop Produktentwicklung Pflegezusatz 2027", dt(4, 20, 10, 1), body,
              atts=[att("invite.ics", cal, "text/calendar; method=REQUEST", cte="qp", charset="utf-8")],
              mailer="outlook-de")


@M("N", "de", "insurer-to-supplier",
   "trap: order of first-aid kits, AED pads and batteries for the office floors – no person")
def n_erste_hilfe():
    body = """Sehr geehrte Damen und Herren,

wir bestellen zur Lieferung an unsere Zentrale (Warenannahme, Rheinauer Platz 1, 68161 Mannheim):

12 x Verbandkasten DIN 13157, Art.-Nr. VK-13157
4 x Ersatz-Elektroden für AED Philips HeartStart FRx, Erwachsene
2 x Batterie für AED Philips HeartStart FRx
20 x Kältekompresse Sofort-Kühlung
1 x Augenspülflasche 500 ml (Labor Kantine)

Bitte Rechnung mit Bestellnummer EK-2026-0419 an kreditoren@rheinauer.example.

""" + sig("wendt")
    return mk(who("wendt"), ("Medi-Versand Süd GmbH", "bestellung@medi-versand-sued.example"),
              "Bestellung EK-2026-0419 Erste Hilfe / AED", dt(2, 19, 11, 33), body, mailer="outlook-de")


@M("N", "mixed", "internal",
   "trap: bilingual staff announcement of the flu vaccination campaign by the company doctor – no individual health data")
def n_grippeimpfung():
    body = """Liebe Kolleginnen und Kollegen, / Dear colleagues,

auch in diesem Jahr bietet unser Betriebsarzt Dr. Hessler eine kostenlose Grippeschutzimpfung an:
Mannheim: 13. und 14. Oktober, 9–15 Uhr, Raum 0.14
Köln: 20. Oktober, 9–13 Uhr, Sanitätsraum
Leipzig: 21. Oktober, 10–14 Uhr, Besprechungsraum Brühl

Bitte bucht euch über das Intranet einen Termin und bringt euren Impfpass mit. Die Teilnahme ist freiwillig; die Daten bleiben beim Betriebsarzt.

Our company doctor offers free flu vaccinations again this year (dates above). Please book a slot on the intranet and bring your vaccination card. Participation is voluntary; your data stays with the company doctor.

Eure Personalabteilung / Your HR team
"""
    return mk(box("personal", "Personalabteilung"), [box("alle-mitarbeiter", "Alle Mitarbeitenden")],
              "Grippeschutzimpfung 2026 / Flu vaccination 2026", dt(9, 29, 8, 0), body, mailer="outlook-de")


@M("N", "en", "insurer-to-partner",
   "plain: press release with aggregated hailstorm claims figures to a trade journalist")
def n_press_hail_en():
    text = """Dear Mr Donnelly,

as requested, our press release on the hailstorm of 16 June in English. Feel free to quote; Paul Neumann is available for an interview on Thursday.

PRESS RELEASE - Mannheim, 24 June 2026

Hailstorm "Quirin": Rheinauer expects claims of around EUR 46 million

The hailstorm of 16 June has led to about 11,800 claims at Rheinauer so far, 8,900 of them in motor own damage and 2,900 in buildings insurance. The Rhine-Neckar region and the Palatinate were hit hardest, with hailstones of up to 5 cm.

"Our field staff and partner garages have been working around the clock," said board member Marco Dietz. Customers can report claims online and upload photos; 70 % of motor claims are settled within ten days.

Press contact: Paul Neumann, Corporate Communications, presse@rheinauer.example, +49 621 4470-1600

Kind regards
Paul Neumann
"""
    htm = html_page(para_html(text), "Press release")
    return mk(who("neumann"), ("Liam Donnelly", "l.donnelly@insurance-weekly.example"),
              "Press release: hailstorm Quirin - claims estimate", dt(6, 24, 12, 0), text, html=htm,
              cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("N", "de", "internal",
   "trap: data-protection training reminder about health data and encryption – rules, no person's data")
def n_ds_schulung():
    body = """Liebe Kolleginnen und Kollegen,

bis zum 31. März muss jede und jeder die jährliche Datenschutzschulung im Lernportal abgeschlossen haben. Aktuell fehlen noch 214 Teilnahmen, vor allem in den Leistungsbereichen.

Drei Punkte, die in den Stichproben immer wieder auffallen:

1. Gesundheitsdaten (Diagnosen, Arztberichte, Rechnungen von Ärzten) gehen nie unverschlüsselt per E-Mail nach draußen. Das Gateway verschlüsselt automatisch oder stellt die Nachricht ins Kundenpostfach – bitte nicht umgehen, indem ihr Dateien an private Adressen schickt.
2. Bei Lebens-, Kranken- und Unfallversicherung gilt zusätzlich § 203 StGB. Schon die Tatsache, dass jemand bei uns versichert ist, ist vertraulich.
3. Telefonische Auskünfte nur nach Legitimation (Geburtsdatum + Vertragsnummer), nie an Angehörige ohne Vollmacht.

Bei Fragen: datenschutz@rheinauer.example

Dr. Andreas Lutz
Datenschutzbeauftragter
"""
    return mk(who("lutz"), [box("alle-mitarbeiter", "Alle Mitarbeitenden")], "Erinnerung: Datenschutzschulung bis 31.03.",
              dt(3, 16, 8, 15), body, mailer="outlook-de")


@M("N", "en", "insurer-to-supplier",
   "trap: glossary for a translation agency (sick note, daily hospital allowance, pre-existing condition), CSV – terms only")
def n_glossary_en():
    body = """Hi Ms Moretti,

for the translation of our international health policy conditions (job TR-2026-044), please use the attached glossary. These are our preferred English terms; where we give two, the first one is for the UK version.

Deadline stays 30 April.

Thanks
Fiona Walsh
"""
    rows = [["de", "en", "note"],
            ["Arbeitsunfähigkeitsbescheinigung", "sick note / medical certificate of incapacity", ""],
            ["Krankenhaustagegeld", "hospital daily cash benefit", ""],
            ["Krankentagegeld", "daily sickness benefit", "not 'sick pay'"],
            ["Vorerkrankung", "pre-existing condition", ""],
            ["Heil- und Kostenplan", "dental treatment plan and cost estimate", ""],
            ["Hilfsmittel", "medical aids and appliances", ""],
            ["Wartezeit", "waiting period", ""],
            ["Selbstbehalt", "deductible / excess", "UK: excess"],
            ["Beitragsrückerstattung", "no-claims premium refund", ""],
            ["Schweigepflichtentbindung", "consent to release medical information", ""]]
    return mk(who("walsh"), ("Giulia Moretti", "g.moretti@lingua-bridge.example"),
              "TR-2026-044 glossary", dt(4, 1, 13, 8), body,
              atts=[att("Glossary_TR-2026-044.csv", csvdata(rows, "utf-8"), "text/csv", cte="b64", charset="utf-8")],
              cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("N", "de", "internal",
   "plain: a colleague is out today, appointments to be moved – no reason given")
def n_krause_abwesend():
    body = """Hallo Team,

Herr Fuchs ist heute nicht im Haus. Seine Besichtigungstermine von heute (Brühl 10 Uhr, Hürth 13:30 Uhr) übernimmt Jana bzw. werden auf nächste Woche verschoben; die Kunden rufe ich gleich an.

Gruß
Murat
"""
    return mk(who("yilmaz", "iso-8859-1"), [box("schaden-koeln", "Schaden Köln Team")], "Termine Björn heute",
              dt(3, 23, 8, 7), body, cs="iso-8859-1", cte="qp", mailer="outlook-de")


@M("N", "de", "insurer-to-broker",
   "trap: general disability underwriting guidelines (BMI limits, diabetes, back problems) as PDF – rules, no applicant")
def n_richtlinien_bu():
    body = """Liebe Partnerinnen und Partner,

anbei die aktualisierten Annahmerichtlinien für die Berufsunfähigkeitsversicherung ab 1. April 2026. Neu sind vor allem die Erleichterungen bei behandeltem Bluthochdruck und die Voranfrage ohne Namensnennung (anonyme Risikovoranfrage) im Maklerportal.

Bei Fragen erreichen Sie die Risikoprüfung unter 0621 4470-1877.

Heike Schuster
Risikoprüfung Leben
"""
    g = pdf(["# Annahmerichtlinien BU - Stand 04/2026 (Auszug)",
             "BMI 18-30: normale Annahme; 30-35: Zuschlag 25-50 %; über 35: Einzelfallprüfung",
             "Bluthochdruck, medikamentös gut eingestellt (unter 140/90): normale Annahme",
             "Diabetes mellitus Typ 2 ohne Folgeerkrankungen, HbA1c unter 7,5 %: Zuschlag ab 50 %",
             "Diabetes mellitus Typ 1: in der Regel Ablehnung",
             "Rückenbeschwerden ohne Behandlung in den letzten 3 Jahren: normale Annahme",
             "Bandscheibenvorfall: Ausschluss Wirbelsäule für 5 Jahre",
             "Psychotherapie abgeschlossen vor mehr als 5 Jahren: normale Annahme",
             "Anonyme Risikovoranfrage: im Maklerportal ohne Namen und Geburtsdatum möglich"],
            "Annahmerichtlinien BU")
    return mk(who("schuster"), ("Makler-Verteiler BU", "makler-bu-verteiler@" + DOM),
              "Annahmerichtlinien BU ab 01.04.2026", dt(3, 25, 16, 0), body,
              atts=[att("Annahmerichtlinien_BU_2026-04.pdf", g, "application/pdf")], mailer="outlook-de")


@M("N", "en", "internal",
   "trap: anonymised training case study (age band, occupation, diagnosis) for new claims staff – explicitly fictitious")
def n_fallstudie_en():
    body = """Hi all,

for Thursday's onboarding session with the new colleagues from the Dublin service centre, here's the case study. It is based on a real claim from 2021 but everything that could identify the person has been changed or removed (age band only, invented employer, no dates). Please don't add any details from the original file.

Case study 3 - "The roofer"
An insured person in the 45-50 age band, self-employed roofer, applies for disability benefits after a lumbar disc herniation with surgery. Eight months later he starts working as a driving instructor.
Questions:
1. Which information do you need to assess the degree of disability in the last occupation?
2. Can we refer him to the new occupation (abstract vs. concrete referral)?
3. How would you communicate a decision to refer?

Solution notes are in the trainer folder.

Sandra
"""
    return mk(who("vogel"), [who("walsh"), who("oswald"), who("schuster")], "Onboarding Thursday - case study 3",
              dt(5, 18, 17, 12), body, cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("N", "en", "internal",
   "trap: API test data with the standard fictitious person 'Max Mustermann' and the published example IBAN – not a real person")
def n_testdaten_en():
    body = """Hi Ralf,

for the SEPA mandate service tests on the staging system, please use the attached test data set only. It's the usual fictitious example data (Max Mustermann, example IBAN from the bank association's documentation), so it's fine to put it in the ticket and in Jira.

Please do NOT copy any production mandates to staging, the auditors flagged that last year.

Thanks
Ute
"""
    spec = """# test data SEPA mandate service (staging only, fictitious)
mandate_ref=TEST-0001
holder=Max Mustermann
street=Musterstrasse 1
city=12345 Musterstadt
iban=DE89370400440532013000
bic=COBADEFFXXX
amount=123.45
expected=ACCEPTED

mandate_ref=TEST-0002
holder=Erika Mustermann
iban=<IBAN of TEST-0001 with the last digit changed, generated at run time>
expected=REJECTED_CHECKSUM
"""
    return mk(who("sommer"), [who("gehring")], "Testdaten SEPA-Service (staging)", dt(2, 10, 14, 20), body,
              atts=[att("sepa_testdata.txt", spec.encode("ascii"), "text/plain", cte="7bit", charset="us-ascii")],
              cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("N", "de", "internal",
   "trap: health-day announcement (back training, skin screening by the company doctor) – offer to all staff")
def n_gesundheitstag():
    body = """Liebe Kolleginnen und Kollegen,

am Mittwoch, 17. Juni, findet in der Zentrale unser Gesundheitstag statt. Auf dem Programm:

– Rückenschule am Arbeitsplatz (3 Termine à 45 Min., Raum 0.14)
– Hautkrebs-Screening durch unseren Betriebsarzt (Anmeldung im Intranet, max. 40 Plätze)
– Venenmessung und Blutdruckmessung am Stand der Techniker-Praxis
– Vortrag „Stress lass nach – Resilienz im Alltag“, 12:30 Uhr, Kantine
– gesundes Mittagessen mit Allergenkennzeichnung

Die Teilnahme ist freiwillig und zählt als Arbeitszeit. Ergebnisse der Messungen bekommt nur ihr selbst.

Euer BGM-Team
"""
    return mk(box("bgm", "Betriebliches Gesundheitsmanagement"), [box("alle-mitarbeiter-ma", "Alle Mitarbeitenden Mannheim")],
              "Gesundheitstag am 17. Juni", dt(6, 1, 9, 0), body, mailer="outlook-de")


@M("N", "en", "insurer-to-partner",
   "plain: event loss estimate (aggregate) for the reinsurance panel after a storm – no policyholders")
def n_cat_event_en():
    body = """Dear panel members,

following windstorm "Ylenia" (23-24 February 2026), we would like to give you our first loss estimate for the property cat XL programme 2026:

- reported claims to date: 6,412 (buildings 5,230, contents 710, motor 472)
- gross estimate: EUR 38-44m
- expected recovery under layer 1 (EUR 25m xs 25m): EUR 13-19m

A detailed bordereau will follow with the quarterly account. We do not expect a loss to layer 2.

Kind regards
Priya Raman
Reinsurance
"""
    return mk(who("raman"), [("Nordstern Re - Property Cat", "cat@nordstern-re.example"),
                             ("Atlas Re", "property@atlas-re.example"),
                             ("Helvetia Ruck (Cat desk)", "catdesk@helvruck.example")],
              "Windstorm Ylenia - first loss estimate, Cat XL 2026", dt(3, 3, 16, 30), body, cs="us-ascii",
              cte="7bit", mailer="outlook-en",
              atts=[att("Ylenia_aggregates_2026-03-03.zip", zipfile_([
                  ("Ylenia_by_postcode_area.csv", csvdata([
                      ["Postleitbereich", "Sparte", "Schäden", "Schadenschätzung EUR"],
                      ["67", "Wohngebäude", 1840, 11200000], ["68", "Wohngebäude", 1320, 8900000],
                      ["69", "Wohngebäude", 1010, 6400000], ["76", "Wohngebäude", 1060, 5100000],
                      ["67-76", "Hausrat", 710, 2300000], ["67-76", "Kfz Kasko", 472, 2900000]], "windows-1252")),
                  ("README.txt", "Aggregated by 2-digit postcode area and line. No policy-level data.\n")],
                  date=(2026, 3, 3, 16, 0, 0)), "application/zip")])


@M("N", "de", "internal",
   "trap: actuarial memo on the new DAV mortality table and its premium effect – statistics, no person")
def n_sterbetafel():
    body = """Hallo zusammen,

kurze Zusammenfassung zur neuen Sterbetafel (DAV 2026 T, Entwurf), damit ihr in der Vertriebsrunde sprechfähig seid:

– Die Sterbewahrscheinlichkeiten sinken gegenüber der DAV 2008 T vor allem in den Altern 40–60 (Männer bis zu –18 %, Frauen bis zu –11 %).
– Für Risikolebensversicherungen ergibt das im Neugeschäft 6–9 % niedrigere Beiträge, je nach Eintrittsalter und Raucherstatus.
– Die Raucher-/Nichtraucher-Differenzierung bleibt; BMI-Klassen nehmen wir vorerst nicht auf.
– Umstellung im Tarifrechner zum 01.01.2027.

Details im Gutachten des Verantwortlichen Aktuars (Laufwerk Aktuariat/Leben/Tafeln).

Marion Seidel
"""
    return mk(who("seidel"), [who("reinhardt"), who("schuster"), who("oswald")], "Neue Sterbetafel – Kurzfassung",
              dt(6, 16, 12, 40), body, mailer="outlook-de")


@M("N", "de", "insurer-to-supplier",
   "trap: file-shredding order naming boxes of 'Leistungsbelege (Arztrechnungen)' – logistics only, no content")
def n_aktenvernichtung():
    body = """Hallo Herr Bach,

für die Abholung am Freitag, 27.03., bitte 18 Sicherheitsbehälter (240 l) aus dem Archiv im UG, Rheinauer Platz 1. Inhalt: Leistungsbelege Kranken (Arztrechnungen, Rezepte) der Jahre 2014 bis 2015, Aufbewahrungsfrist abgelaufen, Schutzklasse 3 / Sicherheitsstufe P-4 nach DIN 66399.

Bitte wie immer das Vernichtungsprotokoll an datenschutz@rheinauer.example und an mich.

""" + sig("wendt")
    return mk(who("wendt"), ("Reißwolf Kurpfalz", "disposition@reisswolf-kurpfalz.example"),
              "Abholung Aktenvernichtung 27.03.", dt(3, 19, 14, 2), body, mailer="outlook-de")


@M("N", "de", "insurer-to-customer",
   "grey: portal notification mail without content ('neue Nachricht im Kundenpostfach'), only salutation and link")
def n_portal_notification():
    text = """Guten Tag Frau Schubert,

in Ihrem Rheinauer Kundenpostfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://postfach.rheinauer.example an, um die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Die Nachricht steht 90 Tage in Ihrem Postfach zur Verfügung.

Ihre Rheinauer Versicherungsgruppe

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
"""
    htm = html_page(para_html(text).replace("https://postfach.rheinauer.example",
                                             '<a href="https://postfach.rheinauer.example">postfach.rheinauer.example</a>'))
    return mk(box("noreply-postfach", "Rheinauer Kundenpostfach"), ("Ilse Schubert", "ilse.schubert@online-post.example"),
              "Neue Nachricht in Ihrem Kundenpostfach", dt(4, 27, 14, 3), text, html=htm, mailer="portal")


@M("N", "en", "insurer-to-broker",
   "plain: portal one-time password mail for a new broker user (credential, no customer or contract data)")
def n_otp_en():
    body = """Hello,

a user account has been created for you in the Rheinauer broker portal.

Your one-time password: 7QX-44M-ZP9

Please log in at https://makler.rheinauer.example within 7 days using your e-mail address and this password. You will then be asked to choose a new password and a security question. The registration link follows in a separate e-mail.

If you did not expect this e-mail, please contact broker support on +49 621 4470-3100.

Rheinauer broker portal
(This message was generated automatically.)
"""
    return mk(box("noreply-makler", "Rheinauer Maklerportal"), ("Sam Reddy", "sam.reddy@reddy-insurance-brokers.example"),
              "Your one-time password for the broker portal", dt(1, 14, 10, 5), body, cs="us-ascii", cte="7bit",
              mailer="portal")


@M("N", "en", "insurer-to-partner",
   "trap: conference invitation on medical underwriting (oncology, mental health, genetics) – programme, no person")
def n_fachtagung_en():
    body = """Dear colleagues,

on behalf of the organising committee, I am pleased to invite you to the 9th Rhine-Neckar Medical Underwriting Forum on 8-9 October 2026 in Heidelberg.

Programme highlights:
- Cancer survivorship and insurability - new data from 12 European portfolios
- Mental health claims in disability insurance: what underwriting can and cannot do
- Genetic tests and the voluntary moratorium - legal update
- Workshop: reading cardiology reports for underwriters

The programme and registration form are attached. Early-bird fee EUR 390 until 30 June.

Kind regards
Heike Schuster
Life Underwriting, Rheinauer Lebensversicherung AG
on behalf of the organising committee
"""
    prog = pdf(["# 9th Rhine-Neckar Medical Underwriting Forum - 8/9 October 2026",
                "Day 1  09:30  Welcome",
                "       10:00  Cancer survivorship and insurability",
                "       11:30  Mental health claims in disability insurance",
                "       14:00  Genetic tests and the moratorium - legal update",
                "Day 2  09:00  Workshop: reading cardiology reports",
                "       11:00  Panel: digital health data in underwriting",
                "Venue: Kongresshaus Stadthalle Heidelberg - fee EUR 390 / 490"], "Programme")
    return mk(who("schuster"), [("Underwriting Forum list", "forum-2026@underwriting-forum.example")],
              "Invitation: 9th Medical Underwriting Forum, Heidelberg", dt(5, 4, 9, 0), body,
              atts=[att("Programme_MUF_2026.pdf", prog, "application/pdf")], cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("N", "en", "insurer-to-supplier",
   "plain: rate card of a rental-car partner for replacement cars in motor claims")
def n_mietwagen_preise_en():
    body = """Hi Mr Schultz,

thanks for the new rate card. Two points before we can sign:

1. Class C (compact) EUR 49/day is fine, but we need the same rate for automatic vehicles - about a third of our customers ask for one.
2. The delivery fee of EUR 35 within 25 km should be waived when the car is delivered to one of our partner garages.

If you can confirm both, I'll send the framework agreement for signature next week. Volumes as discussed: about 3,500 rental days per quarter.

Best regards
Jana Petersen
Motor Claims
"""
    return mk(who("petersen"), ("Marcus Schultz", "m.schultz@rhein-rent.example"),
              "RE: Rate card 2026 replacement vehicles", dt(1, 21, 11, 14), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("N", "en", "internal",
   "trap: lunch-and-learn invitation on mental health at work – general topic, no person")
def n_mental_health_lunch_en():
    body = """Hi everyone,

next Lunch & Learn: "Mental health at work - noticing when a colleague is struggling", with Dr. Mira Haas from our employee assistance programme.

When: Wednesday, 11 March, 12:15-13:00
Where: Kantine, room B, or on Teams

We'll talk about early signs of burnout and depression, how to start a conversation, and where to get help (the EAP hotline is anonymous and free). Sandwiches provided.

Cheers
Nadine (HR)
"""
    return mk(who("koch"), [box("all-staff-en", "All staff (EN list)")], "Lunch & Learn: mental health at work",
              dt(3, 2, 12, 30), body, cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("N", "de", "internal",
   "plain: canteen menu with allergen codes (gluten, lactose) – no person")
def n_kantine():
    body = """Speiseplan KW 12 - Kantine Rheinauer Platz

Montag: Linsen-Dal mit Basmatireis (vegan; Allergene: 9) | Schweineschnitzel mit Pommes (A, C)
Dienstag: Spaghetti Bolognese (A, C, 9) | Gemüselasagne (A, C, G)
Mittwoch: Hähnchencurry (G, 9) | Ofenkartoffel mit Kräuterquark (G)
Donnerstag: Maultaschen in Brühe (A, C, 9) | Bunter Salatteller (O)
Freitag: Seelachsfilet mit Kartoffelsalat (D, C, 10) | Käsespätzle (A, C, G)

Glutenfreie und laktosefreie Varianten bitte bis 10 Uhr bei der Ausgabe bestellen.

Guten Appetit!
Ihr Kantinenteam
"""
    return mk(box("kantine", "Kantine"), [box("alle-mitarbeiter-ma", "Alle Mitarbeitenden Mannheim")],
              "Speiseplan KW 12", dt(3, 13, 14, 0), body, cs="iso-8859-1", cte="8bit", quoted_cs=False,
              mailer="outlook-de")


@M("N", "en", "insurer-to-broker",
   "grey: broker asks about recreational diving for an unnamed client (40s, office job); generic answer, nobody identifiable (trap)")
def n_diving_en():
    body = """Hi James,

no problem - recreational diving is normally accepted without a loading on our term life and disability plans as long as it stays within these limits:

- max. depth 40 m, no decompression dives
- no cave, wreck-penetration or ice diving
- certified (PADI Advanced Open Water or equivalent)

Anything beyond that goes to underwriting with our diving questionnaire (form L-17 in the broker portal). Your client just needs to fill in the hobby section of the application; no separate medical needed for diving alone.

Best regards
Heike

""" + q("""From: James Carter
Sent: Monday, 2 March 2026 10:02
Subject: diving

Heike, quick one: a client of mine (40s, office job) does recreational diving on holiday, maybe 20 dives a year. Any exclusion or loading on term life/disability? Thanks, James""")
    return mk(who("schuster"), ("James Carter", "james.carter@carter-brokers.example"), "RE: diving",
              dt(3, 2, 11, 30), body, cs="us-ascii", cte="7bit", mailer="outlook-en")


# ==========================================================================
# MAILS — NORMAL (part 2)
# ==========================================================================
@M("N", "de", "internal",
   "trap: marketing draft (text + HTML) for a dental campaign with a fictitious model customer – review request")
def n_kampagne_html():
    text = """Hallo Claudia,

kannst du bitte fachlich auf den Mailing-Entwurf für die Zahn-Kampagne schauen (unten bzw. in der HTML-Ansicht)? Vor allem: Stimmen die Erstattungssätze, und dürfen wir "ohne Gesundheitsprüfung" so schreiben?

Die "Sandra, 42" im Text ist ein Stockfoto-Modell, keine Kundin.

Danke!
Paul

--- Entwurf ---
Betreff: Lächeln ohne Eigenanteil?
"Als mir der Zahnarzt sagte, dass ich ein Implantat brauche, habe ich zuerst an die Kosten gedacht." – Sandra, 42
Mit ZahnPlus bekommen Sie bis zu 90 % für Implantate, Kronen und Inlays erstattet. Jetzt abschließen – ohne Gesundheitsprüfung, ohne Wartezeit.
"""
    htm = html_page("""<p>Hallo Claudia,</p>
<p>kannst du bitte fachlich auf den Mailing-Entwurf für die Zahn-Kampagne schauen? Vor allem: Stimmen die Erstattungssätze, und dürfen wir „ohne Gesundheitsprüfung“ so schreiben?</p>
<p>Die „Sandra, 42“ im Text ist ein Stockfoto-Modell, keine Kundin.</p>
<p>Danke!<br>Paul</p>
<hr>
<div style="border:1px solid #cccccc;padding:12px;max-width:560px">
<h2 style="color:#0b4f6c">Lächeln ohne Eigenanteil?</h2>
<blockquote>„Als mir der Zahnarzt sagte, dass ich ein Implantat brauche, habe ich zuerst an die Kosten gedacht.“ – Sandra, 42</blockquote>
<p>Mit <b>ZahnPlus</b> bekommen Sie bis zu 90&nbsp;% für Implantate, Kronen und Inlays erstattet.</p>
<p><a href="https://www.rheinauer.example/zahn" style="background:#e07b00;color:#ffffff;padding:8px 14px;text-decoration:none">Jetzt abschließen</a></p>
</div>""")
    return mk(who("neumann"), [who("brenner")], "Mailing Zahn-Kampagne – bitte fachlich prüfen", dt(4, 9, 16, 22),
              text, html=htm, mailer="outlook-de")


@M("N", "de", "internal",
   "trap: summary of a court ruling on disability insurance (anonymised plaintiff, diagnosis) for the legal newsletter")
def n_bgh_urteil():
    body = """Hallo zusammen,

für den Rechts-Newsletter Juni eine kurze Zusammenfassung:

BGH, Urteil vom 15.04.2026 – IV ZR 112/25 (Berufsunfähigkeit, Nachprüfung)

Die Klägerin, eine Krankenpflegerin, bezog seit 2019 eine BU-Rente wegen eines chronischen Schmerzsyndroms. Der Versicherer stellte die Leistung 2023 ein, weil sie inzwischen als Praxismanagerin arbeitete. Der BGH hält die Einstellung für wirksam: Die neue Tätigkeit entspreche der bisherigen Lebensstellung, weil das Einkommen nur um 12 % niedriger sei. Die Mitteilung des Versicherers müsse aber die Vergleichsbetrachtung nachvollziehbar darlegen – das hatte das Berufungsgericht zu Unrecht offen gelassen.

Praxishinweis: Unsere Einstellungsmitteilungen (Textbaustein BU-17) sollten um eine kurze Gegenüberstellung Einkommen/Qualifikation ergänzt werden. Ich stimme das mit Herrn Oswald ab.

Viele Grüße
Melanie Ertl
"""
    return mk(who("ertl"), [box("rechtsnewsletter", "Redaktion Rechts-Newsletter"), who("oswald")],
              "BGH IV ZR 112/25 – BU-Nachprüfung – für den Newsletter", dt(5, 27, 13, 15), body, mailer="outlook-de")


@M("N", "de", "internal",
   "trap: access request for a new colleague to the drive folder 'Arztberichte' – permissions only")
def n_zugriff_laufwerk():
    body = """Hallo IT,

unsere neue Kollegin Frau Theresa Wolff (Kennung WOLFFT, Eintritt 01.04.) braucht bitte dieselben Rechte wie ich:

– L:\\Leistung\\Kranken\\Arztberichte (lesen)
– L:\\Leistung\\Kranken\\Hilfsmittel (lesen/schreiben)
– RheiVis Rolle "KV-Leistung Sachbearbeitung"

Freigabe durch die Abteilungsleitung (Frau Dr. Berkel) hängt an der Antragsmaske im Portal, Antrag Nr. BER-2026-0881.

Danke!
Claudia Brenner
"""
    return mk(who("brenner"), [box("it-servicedesk", "IT-Servicedesk")], "Berechtigungen neue Kollegin Leistung KV",
              dt(3, 30, 8, 40), body, mailer="outlook-de")


@M("N", "de", "insurer-to-supplier",
   "trap: invoice check with an assessor firm – counts and fees of reports per month, no insured persons named")
def n_gutachter_rechnung():
    body = """Sehr geehrter Herr Dr. Möller,

zu Ihrer Sammelrechnung März (Nr. 2026-03-114) zwei Anmerkungen:

1. Abgerechnet sind 14 orthopädische Zusammenhangsgutachten à 980 €. Laut unserer Auftragsliste waren es 13; das Gutachten zum Auftrag UN-G-2026-0311 wurde storniert, bevor die Untersuchung stattfand.
2. Für die 6 Aktengutachten ohne Untersuchung gilt laut Rahmenvertrag der Satz von 450 €, nicht 620 €.

Bitte schicken Sie uns eine korrigierte Rechnung. Die unstrittigen Positionen haben wir bereits zur Zahlung freigegeben.

Mit freundlichen Grüßen
Svenja Hoff
Unfall-Leistung
"""
    return mk(who("hoff", "windows-1252"), ("Gutachteninstitut Dr. Möller", "abrechnung@gutachten-moeller.example", "windows-1252"),
              "Ihre Sammelrechnung 2026-03-114", dt(4, 13, 11, 26), body, cs="windows-1252", cte="qp",
              mailer="outlook-de")


@M("N", "de", "newsletter",
   "plain: HTML-only storm warning with general tips to all customers – no contract data")
def n_unwetter_newsletter():
    inner = """<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td style="background:#0b4f6c;color:#ffffff;padding:14px;font-size:18px">Unwetterwarnung für Baden-Württemberg und Rheinland-Pfalz</td></tr>
<tr><td style="padding:14px">
<p>Liebe Kundinnen und Kunden,</p>
<p>der Wetterdienst warnt für Donnerstag und Freitag vor schweren Gewittern mit Starkregen, Hagel bis 4 cm und Sturmböen.</p>
<ul>
<li>Stellen Sie Ihr Auto möglichst in eine Garage oder ein Parkhaus.</li>
<li>Sichern Sie Gartenmöbel, Trampoline und Sonnenschirme.</li>
<li>Schließen Sie Fenster und Dachluken; prüfen Sie Rückstauklappen im Keller.</li>
<li>Schalten Sie bei Gewitter empfindliche Elektrogeräte aus.</li>
</ul>
<p>Falls doch etwas passiert: Melden Sie Schäden am schnellsten online unter <a href="https://www.rheinauer.example/schaden">www.rheinauer.example/schaden</a> oder in der Rheinauer-App. Fotos helfen uns sehr.</p>
<p>Kommen Sie gut durch das Unwetter!<br>Ihre Rheinauer</p>
<p style="font-size:8pt;color:#888888">Sie erhalten diese Information, weil Sie Unwetterwarnungen abonniert haben. <a href="https://www.rheinauer.example/abmelden">Abmelden</a></p>
</td></tr></table>"""
    return mk(box("info", "Rheinauer Versicherung"), ("Unwetter-Abonnenten", "unwetter-abo@" + DOM),
              "Unwetterwarnung: So schützen Sie Haus und Auto", dt(6, 17, 15, 0), html=html_page(inner),
              mailer="newsletter")


@M("N", "de", "internal",
   "trap: works-council agenda (ODT) with an item on the return-to-work (BEM) process – process, no employee named")
def n_bem_prozess():
    body = """Liebe Mitglieder des Betriebsrats, liebe Frau Koch,

anbei die Tagesordnung für die gemeinsame Sitzung am 21.05. Zu TOP 3 schicke ich die überarbeitete Prozessbeschreibung BEM gesondert.

Mit freundlichen Grüßen
Dr. Andreas Lutz
(für den Arbeitskreis Datenschutz im BEM)
"""
    agenda = odt([("h", "Tagesordnung gemeinsame Sitzung Betriebsrat / Personal – 21.05.2026"),
                  "TOP 1  Protokoll der letzten Sitzung",
                  "TOP 2  Mobiles Arbeiten – Evaluation 2025",
                  "TOP 3  Betriebliches Eingliederungsmanagement (BEM): neue Prozessbeschreibung, Einladungsschreiben, "
                  "Aufbewahrung der BEM-Akte getrennt von der Personalakte, Löschfristen",
                  "TOP 4  Gefährdungsbeurteilung psychische Belastung Kundenservice Leipzig",
                  "TOP 5  Verschiedenes"], title="Tagesordnung 21.05.2026")
    return mk(who("lutz"), [box("betriebsrat", "Betriebsrat"), who("koch")], "TO gemeinsame Sitzung 21.05.",
              dt(5, 12, 15, 40), body, atts=[att("TO_2026-05-21.odt", agenda, CT_ODT)], mailer="outlook-de")


@M("N", "de", "internal",
   "plain: staff phone list (business extensions) as CSV – business contact data only")
def n_telefonliste_csv():
    body = """Hallo Köln,

anbei die aktualisierte Telefonliste Standort Domstraße (Stand 01.04.). Neu: Schaden-Außendienst hat jetzt eine Sammelnummer.

Gruß
Sabine Wendt
"""
    rows = [["Name", "Abteilung", "Raum", "Durchwahl"],
            ["Petersen, Jana", "Kfz-Schadenservice", "2.14", "-140"],
            ["Okafor, Daniel", "Kfz-Flotten", "2.16", "-190"],
            ["Yılmaz, Murat", "Sachschaden Privat", "3.02", "-217"],
            ["Fuchs, Björn", "Schaden-Außendienst", "1.05", "-255"],
            ["Albers, Frank", "Haftpflicht-Schaden", "3.11", "-305"],
            ["Franke, Oliver", "Reise-Schaden", "3.12", "-460"],
            ["Sammelnummer Außendienst", "", "", "-250"]]
    return mk(who("wendt"), [box("standort-koeln", "Standort Köln")], "Telefonliste Köln Stand 01.04.",
              dt(4, 1, 9, 12), body,
              atts=[att("Telefonliste_Koeln_2026-04.csv", csvdata(rows, "utf-8"), "text/csv", cte="qp", charset="utf-8")],
              mailer="outlook-de")


@M("N", "en", "insurer-to-supplier",
   "trap: maintenance window for the health-claims system 'MedClaim' with the IT vendor – system names only")
def n_maintenance_en():
    body = """Hi Arjun,

confirming the maintenance window for the MedClaim 5.2 upgrade:

Saturday 18 April, 06:00 - 14:00 CEST
- MedClaim (health claims), MedPay (payments to hospitals and doctors) and the OCR interface for invoices will be offline.
- The customer portal stays up; uploaded receipts will be queued.

Rollback decision by 12:00 at the latest. Please make sure the ICD-10-GM 2026 code tables and the new GOAE catalogue are part of the release, as discussed.

Thanks
Ralf Gehring
IT Service Desk
"""
    return mk(who("gehring"), ("Arjun Mehta", "arjun.mehta@medsoft-solutions.example"),
              "MedClaim 5.2 - maintenance window 18 April", dt(4, 10, 17, 2), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("N", "de", "insurer-to-prospect",
   "plain: a prospect (not a customer) asks whether household insurance covers bicycle theft – generic answer")
def n_prospect_fahrrad():
    body = """Guten Tag Herr Reiter,

danke für Ihre Anfrage über unser Kontaktformular. Sie überlegen, eine Hausratversicherung bei uns abzuschließen.

Kurz gesagt: In unserer Hausratversicherung ist ein Fahrrad in der Wohnung und im abgeschlossenen Keller automatisch versichert. Unterwegs (z. B. am Bahnhof) ist es mit dem Baustein „Fahrrad plus“ versichert, wenn es mit einem Schloss an einem festen Gegenstand angeschlossen war – auch nachts, ohne Nachtzeitklausel. Die Entschädigung ist im Baustein bis 5.000 € möglich, E-Bikes eingeschlossen.

Ein Angebot können Sie online in drei Minuten berechnen: https://www.rheinauer.example/hausrat

Viele Grüße
Elena Kowalski
Kundenservice
"""
    return mk(who("kowalski"), ("Benedikt Reiter", "benedikt.reiter@webmail-de.example"),
              "Ihre Anfrage: Fahrraddiebstahl in der Hausratversicherung", dt(5, 22, 10, 50), body, mailer="outlook-de")


@M("N", "mixed", "internal",
   "plain: German/English minutes on the secure-mail portal rollout – project logistics only")
def n_portal_rollout_mixed():
    body = """Hi all / hallo zusammen,

kurze Notizen aus dem Call mit dem Gateway-Team:

- Go-live Kundenpostfach für Kranken und Leben: 1 June. Sach folgt im Juli.
- Notification mails: German first, English second – texts are final, Paul has signed them off.
- Broker firms: the import of the 312 partner firms ran fine on staging; 14 without a firm administrator, Tobias clarifies by Friday.
- Zertifikatsverzeichnis: public page goes live with the portal; the WKD endpoint needs a DNS change (ticket CHG-2211).
- Schulung Kundenservice: 2 Termine in Leipzig, 1 in Köln, slides by Elena.

Next call: Tuesday 10:00.

Ralf
"""
    cal = ics("portal-rollout-jf-0512", "Portal rollout / Kundenpostfach - weekly call", "20260512T100000",
              "20260512T103000", ("Ralf Gehring", "ralf.gehring@" + DOM),
              [("Paul Neumann", "paul.neumann@" + DOM), ("Tobias Reinhardt", "tobias.reinhardt@" + DOM),
               ("Elena Kowalski", "elena.kowalski@" + DOM), ("Dr. Andreas Lutz", "andreas.lutz@" + DOM)],
              description="Agenda: go-live checklist, broker firms without administrator, WKD/DNS change CHG-2211",
              location="Teams", stamp="20260508T144500Z")
    return mk(who("gehring"), [who("neumann"), who("reinhardt"), who("kowalski"), who("lutz")],
              "Notes: portal rollout call / Kundenpostfach", dt(5, 8, 16, 45), body,
              atts=[att("invite.ics", cal, "text/calendar; method=REQUEST", cte="b64", charset="utf-8")],
              mailer="outlook-de")


@M("N", "en", "newsletter",
   "trap: broker newsletter on international health (maternity waiting periods, chronic conditions) – product rules only")
def n_broker_news_en():
    text = """Rheinauer International - Broker Update, May 2026

1. Maternity: shorter waiting period
From 1 June the waiting period for maternity benefits in Global Health Gold drops from 10 to 8 months. Members already insured benefit automatically.

2. Chronic conditions abroad
Members on long-term medication (e.g. for diabetes, asthma or hypertension) can now get a 6-month supply before travelling, instead of 3 months.

3. Mental health
Outpatient psychotherapy: up to 30 sessions per year without pre-authorisation in Gold, 15 in Silver.

4. Webinar
"Underwriting pre-existing conditions for expatriates" - 11 June, 15:00 CEST. Register in the broker portal.

You receive this update as a registered broker. Unsubscribe: newsletter-abmelden@rheinauer.example
"""
    htm = html_page(para_html(text), "Broker Update May 2026")
    return mk(box("international-news", "Rheinauer International"), ("Broker list international", "broker-intl-list@" + DOM),
              "Broker Update May 2026: shorter maternity waiting period", dt(5, 21, 8, 0), text, html=htm,
              cs="us-ascii", cte="7bit", mailer="newsletter")


@M("N", "de", "insurer-to-partner",
   "trap: survey answer to the insurers' association with aggregated care-level figures (ODS) – no individuals")
def n_verband_pflege():
    body = """Sehr geehrte Frau Dr. Kühn,

anbei unsere Zahlen für die Verbandsumfrage Pflege 2025. Wie vereinbart, nur aggregiert und ohne Zellen unter 10 Fällen (Pflegegrad 1 und 5 in der Zusatzversicherung zusammengefasst).

Mit freundlichen Grüßen
Birgit Hahn
Pflege-Leistung
"""
    rows = [["Merkmal", "PPV", "Pflegezusatz"],
            ["Versicherte am 31.12.2025", 184220, 61870],
            ["Leistungsempfänger gesamt", 6412, 1188],
            ["davon Pflegegrad 1", 702, "zus. mit PG 5: 214"],
            ["davon Pflegegrad 2", 2390, 431],
            ["davon Pflegegrad 3", 1844, 337],
            ["davon Pflegegrad 4", 1012, 206],
            ["davon Pflegegrad 5", 464, "s. o."],
            ["Anteil vollstationär %", 21.4, 18.9]]
    return mk(who("hahn"), ("Dr. Elisabeth Kühn", "e.kuehn@versichererverband.example"),
              "Umfrage Pflege 2025 – Zahlen Rheinauer", dt(2, 20, 12, 5), body,
              atts=[att("Umfrage_Pflege_2025_Rheinauer.ods", ods([("Pflege 2025", rows)]), CT_ODS)],
              mailer="outlook-de")


@M("N", "de", "internal",
   "trap: blood-donation drive at headquarters (blood groups, 'who may donate') – announcement to all")
def n_blutspende():
    body = """Liebe Kolleginnen und Kollegen,

der Blutspendedienst kommt wieder zu uns: Dienstag, 14. Juli, 10-15 Uhr, Kantine, Bereich B.

Spenden können alle Gesunden zwischen 18 und 68 Jahren (Erstspender bis 64), die mindestens 50 kg wiegen. Bitte bringt euren Personalausweis mit und esst vorher etwas. Gebraucht werden besonders die Blutgruppen 0 negativ und A negativ.

Die Spende zählt als Arbeitszeit; danach gibt es Brezeln und Kaffee.

Termin bitte im Intranet reservieren.

Euer BGM-Team
"""
    return mk(box("bgm", "Betriebliches Gesundheitsmanagement"), [box("alle-mitarbeiter-ma", "Alle Mitarbeitenden Mannheim")],
              "Blutspende am 14. Juli in der Kantine", dt(7, 1, 9, 30), body, cs="iso-8859-1", cte="qp",
              mailer="outlook-de")


@M("N", "en", "insurer-to-supplier",
   "trap: caterer asked to label gluten-free and lactose-free dishes and nut allergens for an event – no guest named")
def n_caterer_allergen_en():
    body = """Hi Sophie,

for the broker evening on 25 September (120 guests) we'd like to go with menu B. A few requests:

- please label all dishes with the 14 EU allergens on small cards;
- 15 vegetarian, 6 vegan, 8 gluten-free and 4 lactose-free portions, served on request at the buffet;
- no dishes with nuts on the dessert table at all, please (we had a guest with a severe nut allergy last year and want to be on the safe side).

We don't collect dietary needs by name, so your staff will need to ask at the buffet.

Thanks
Sabine Wendt
Procurement and Facilities
"""
    return mk(who("wendt"), ("Sophie Laurent", "events@laurent-catering.example"),
              "Broker evening 25 Sept - menu B and allergens", dt(8, 27, 11, 0), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("N", "en", "insurer-to-partner",
   "plain: auditor asks for a claims sample; reply explains the secure hand-over, no data in the mail")
def n_audit_en():
    body = """Dear Ms Kovac,

thank you for the sample selection for the claims reserve audit (60 files motor, 40 liability, 25 health).

As agreed with your partner, we won't send anything by e-mail. Our colleague Ralf Gehring has set up read-only access to the sampled files in the audit data room from Monday 9:00; the logins will be handed over in person at the kick-off. The health files are anonymised, except where you tick "full file" - those can only be viewed on site in Mannheim.

Kind regards
Priya Raman
Reinsurance / Finance
"""
    inner = ext_msg(("Ana Kovac", "ana.kovac@kpw-audit.example"), [("Priya Raman", "priya.raman@rheinauer.example")],
                    "Claims reserve audit - sample", dt(1, 22, 18, 2), """Dear Priya,

for the audit of the claims reserves as at 31 December 2025 we have drawn the following sample from the claims listing you provided (IDs only): 60 motor, 40 liability and 25 health claims files. The list of claim IDs will be uploaded to the audit data room.

Could you let us know how the files can be accessed? Please do not send any file contents by e-mail.

Best regards
Ana Kovac
KPW Audit""", cs="us-ascii", cte="7bit")
    return mk(who("raman"), ("Ana Kovac", "ana.kovac@kpw-audit.example"), "RE: Claims reserve audit - sample",
              dt(1, 23, 13, 17), body, cs="us-ascii", cte="7bit", mailer="outlook-en",
              atts=[att_msg("Claims reserve audit - sample.eml", inner)], irt=xid("kovac", "kpw-audit.example"))


@M("N", "de", "internal",
   "trap: HR process mail: sick notes now only via the HR portal (eAU) – rule for everyone, no person")
def n_krankmeldung_prozess():
    body = """Liebe Führungskräfte,

seit 2023 rufen wir die Arbeitsunfähigkeitsbescheinigungen gesetzlich Versicherter elektronisch bei den Krankenkassen ab (eAU). Trotzdem erreichen uns noch viele Krankmeldungen per Mail mit angehängten Fotos von AU-Scheinen.

Bitte ab sofort:
- Krankmeldung am ersten Tag nur telefonisch oder über das HR-Portal („Abwesenheit melden“), ohne Angabe von Gründen.
- Keine Diagnosen, Fotos von Bescheinigungen oder Arztbriefe per Mail an Führungskräfte oder Teampostfächer.
- Privat Versicherte laden ihre Bescheinigung im HR-Portal hoch.

Vielen Dank!
Nadine Koch
Personalabteilung
"""
    return mk(who("koch", "windows-1252"), [box("fuehrungskraefte", "Führungskräfte")],
              "Krankmeldungen künftig nur noch über das HR-Portal", dt(2, 2, 10, 0), body, cs="windows-1252",
              cte="8bit", mailer="outlook-de")


@M("N", "de", "insurer-to-broker",
   "plain: new commission scale for motor and property (percentages) – broker firm, no customer data")
def n_courtage_schema():
    body = """Liebe Geschäftspartner,

ab dem 01.07.2026 gilt für das Neugeschäft die folgende Courtagestaffel:

Kfz-Haftpflicht und Kasko: 8 % laufend (bisher 7,5 %)
Hausrat, Wohngebäude: 17,5 % laufend
Privathaftpflicht: 20 % laufend
Gewerbliche Sachversicherung: 15 % laufend, Bestandsübertragungen 12,5 %
Rechtsschutz: 15 % laufend

Die Bestandscourtage für bestehende Verträge bleibt unverändert. Die neue Courtagezusage liegt ab nächster Woche in Ihrem Maklerpostfach zur Unterschrift.

Schöne Grüße
Tobias Reinhardt
Maklerbetreuung Süd
"""
    cz = pdf(["# Courtagezusage Sach/HUK - Fassung 07/2026 (Muster)",
              "Zwischen der Rheinauer Allgemeine Versicherung AG und dem Vertragspartner: ____________________",
              "Kfz-Haftpflicht und Kasko: 8,0 % laufend",
              "Hausrat, Wohngebäude: 17,5 % laufend",
              "Privathaftpflicht: 20,0 % laufend",
              "Gewerbliche Sachversicherung: 15,0 % laufend; Bestandsübertragungen 12,5 %",
              "Rechtsschutz: 15,0 % laufend",
              "Stornohaftung: 24 Monate pro rata temporis"], "Courtagezusage 07/2026")
    return mk(who("reinhardt"), ("Makler-Verteiler Süd", "makler-sued-verteiler@" + DOM),
              "Courtagestaffel ab 01.07.2026", dt(6, 5, 9, 15), body,
              atts=[att("Courtagezusage_Muster_2026-07.pdf", cz, "application/pdf")], mailer="outlook-de")


@M("N", "en", "internal",
   "trap: 'meeting moved' reply; the quoted thread only mentions the 'diabetes tariff project' and a room – no person")
def n_meeting_moved_en():
    body = """Works for me - 3 pm it is. I'll book 1.20.

M.

-----Original Message-----
From: Fiona Walsh
Sent: Wednesday, April 15, 2026 10:41 AM
To: Marion Seidel; Heike Schuster
Subject: RE: diabetes tariff project - check-in

Can we push to 3 pm? My 1 pm with the hospital network people is running over.

-----Original Message-----
From: Heike Schuster
Sent: Tuesday, April 14, 2026 5:02 PM
To: Fiona Walsh; Marion Seidel
Subject: diabetes tariff project - check-in

Hi both, short check-in on the diabetes tariff project tomorrow at 1 pm? I'd like to go through the pricing assumptions (HbA1c bands) and the reinsurer's feedback before the steering committee.
"""
    return mk(who("seidel"), [who("walsh"), who("schuster")], "RE: diabetes tariff project - check-in",
              dt(4, 15, 10, 52), body, cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("N", "en", "insurer-to-public",
   "plain: reply to a non-customer complaining about advertising mail; address removed, no contract exists")
def n_beschwerde_werbung_en():
    body = """Dear Ms Holloway-Price,

thank you for your message and I am sorry for the inconvenience. You are right: you are not a customer of ours, and you should not have received our advertising letter.

The letter was part of a campaign with addresses rented from a direct-marketing agency. We have added your name and address to our advertising block list, and we have asked the agency to remove you from their lists as well. We do not hold any other data about you.

If you have any further questions, our data protection officer can be reached at datenschutz@rheinauer.example.

Kind regards
Paul Neumann
Corporate Communications
"""
    return mk(who("neumann"), ("Margaret Holloway-Price", "m.hollowayprice@britmail.example"),
              "RE: Unsolicited advertising letter", dt(2, 16, 15, 23), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("N", "mixed", "internal",
   "trap: bilingual IT security warning about phishing mails disguised as health-insurance refunds – no real person")
def n_phishing_mixed():
    body = """Achtung / Warning: Phishing-Welle "Ihre Erstattung"

Seit heute Morgen erreichen uns gefälschte Mails mit dem Betreff "Ihre Krankenkassen-Rückerstattung wartet" bzw. "Your health insurance refund is waiting". Absender ist angeblich unser Kundenpostfach, der Link führt aber auf eine fremde Seite, die nach Bankdaten und Versichertennummer fragt.

- Nicht klicken, nichts eingeben.
- Mail über den Button "Phishing melden" in Outlook melden, danach löschen.
- Kundinnen und Kunden, die anrufen: Wir fragen nie per Mail nach Bankdaten oder Passwörtern.

Since this morning, fake e-mails ("Your health insurance refund is waiting") pretending to come from our customer mailbox are circulating. Do not click; use the "Report phishing" button; reassure callers that we never ask for bank details by e-mail.

IT-Sicherheit / IT Security
"""
    return mk(box("it-sicherheit", "IT-Sicherheit"), [box("alle-mitarbeiter", "Alle Mitarbeitenden")],
              "Achtung Phishing / Phishing warning: \"Ihre Erstattung\"", dt(3, 26, 9, 5), body, mailer="outlook-de")


@M("N", "en", "insurer-to-supplier",
   "trap: order of blood-pressure monitors and glucose test kits for a health-fair booth, XLSX order – no person")
def n_bp_monitors_en():
    body = """Hello,

please find our order for the "Healthy Rhine-Neckar" fair (Mannheim, 19-21 June) attached. Delivery to our booth is not possible, so please deliver to our goods reception by 15 June.

The glucose test kits are for demonstration only (we won't measure visitors); please make sure they come with sealed demo strips.

Best regards
Sabine Wendt
Procurement and Facilities
"""
    rows = [["Item", "Article no.", "Qty", "Unit price EUR", "Total EUR"],
            ["Upper-arm blood pressure monitor, validated", "BPM-220", 6, 39.9, 239.4],
            ["Disposable cuff covers (pack of 100)", "CC-100", 4, 12.5, 50.0],
            ["Blood glucose meter demo kit", "GLU-DEMO", 2, 24.0, 48.0],
            ["Body-fat scale", "BFS-9", 1, 79.0, 79.0],
            ["Hand sanitiser 500 ml", "HS-500", 10, 4.2, 42.0]]
    return mk(who("wendt"), ("MediSupply Europe", "orders@medisupply-europe.example"),
              "Order EK-2026-0733 - health fair booth", dt(5, 26, 14, 33), body,
              atts=[att("Order_EK-2026-0733.xlsx", xlsx([("Order", rows)]), CT_XLSX)], cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("N", "de", "insurer-to-hospital",
   "trap: draft framework contract (DOCX) on direct billing with a hospital group – process terms, no patients")
def n_klinik_rahmenvertrag():
    body = """Sehr geehrter Herr Baumgart,

anbei unser Entwurf der Rahmenvereinbarung zur Direktabrechnung stationärer Leistungen für Privatversicherte (Klinikcard). Die Änderungen gegenüber Ihrer Fassung vom Februar sind markiert bzw. im Kommentar erläutert; offen ist vor allem die Frist für die Kostenübernahmeerklärung (wir schlagen 2 Arbeitstage vor).

Können wir den Entwurf in der Telefonkonferenz am 12. Mai besprechen?

Mit freundlichen Grüßen
Sandra Vogel
Gesundheitsmanagement
"""
    draft = docx([("h", "Rahmenvereinbarung Direktabrechnung – Entwurf Stand 28.04.2026"),
                  "zwischen der Rheinauer Krankenversicherung AG und der Kliniken Rhein-Neckar gGmbH",
                  ("h", "§ 1 Gegenstand"),
                  "Die Kliniken rechnen allgemeine Krankenhausleistungen und Wahlleistungen für Versicherte, die eine "
                  "Klinikcard vorlegen, direkt mit der Rheinauer ab.",
                  ("h", "§ 3 Kostenübernahmeerklärung"),
                  "Die Rheinauer erklärt die Kostenübernahme innerhalb von 2 Arbeitstagen nach Eingang der Aufnahmeanzeige.",
                  ("h", "§ 5 Datenübermittlung"),
                  "Die Übermittlung von Rechnungen und Entlassungsberichten erfolgt ausschließlich verschlüsselt über das "
                  "sichere Postfach oder per DTA nach § 301 SGB V analog.",
                  ("h", "§ 7 Zahlungsfrist"),
                  "30 Tage nach Eingang der prüffähigen Rechnung."], title="Rahmenvereinbarung Direktabrechnung")
    return mk(who("vogel"), ("Holger Baumgart", "h.baumgart@kliniken-rhein-neckar.example"),
              "Rahmenvereinbarung Direktabrechnung – unser Entwurf", dt(4, 28, 17, 20), body,
              atts=[att("Rahmenvereinbarung_Direktabrechnung_Entwurf_2026-04-28.docx", draft, CT_DOCX)],
              mailer="outlook-de")


@M("N", "en", "internal",
   "plain: farewell note of a colleague moving to the reinsurer – no sensitive content")
def n_abschied_en():
    body = """Dear all,

after seven years at Rheinauer, Friday will be my last day - I am moving to Atlas Re in Munich, so you'll still see me on the other side of the treaty table.

Thank you for the support, the patience with my German and the many cakes. Drinks on Friday from 4 pm in the 5th floor kitchen - everyone is welcome.

From Monday, please send reinsurance questions to Tobias Reinhardt until my successor starts on 1 September.

All the best
Priya
"""
    return mk(who("raman"), [box("all-staff-en", "All staff (EN list)")], "Goodbye - and see you on the other side",
              dt(7, 27, 11, 10), body, mailer="outlook-en")


@M("N", "de", "internal",
   "trap: aggregated sick-day rates per department (small units merged) for management, XLSX – no individual")
def n_fehlzeiten_xlsx():
    body = """Hallo Herr Dietz,

wie gewünscht die Fehlzeitenquoten 2025 nach Bereichen für die Vorstandsvorlage. Bereiche mit weniger als 20 Beschäftigten sind zusammengefasst, damit keine Rückschlüsse auf Einzelne möglich sind.

Viele Grüße
Nadine Koch
"""
    rows = [["Bereich", "Beschäftigte (VZÄ)", "Krankheitsquote 2025 %", "Vorjahr %", "Langzeiterkrankte (> 6 Wochen), Anzahl"],
            ["Kundenservice Leipzig", 148, 7.9, 8.4, 9],
            ["Schaden Köln", 112, 6.1, 6.3, 5],
            ["Leistung Kranken / Pflege", 96, 6.8, 7.0, 4],
            ["Leben / Risikoprüfung", 61, 4.9, 5.2, 2],
            ["IT", 84, 4.2, 4.0, 2],
            ["Übrige Zentralbereiche (zusammengefasst)", 133, 4.6, 4.9, 5],
            ["Gesamt", 634, 5.9, 6.1, 27]]
    return mk(who("koch"), [("Marco Dietz", "marco.dietz@" + DOM)], "Fehlzeitenquoten 2025 nach Bereichen",
              dt(2, 13, 16, 5), body, atts=[att("Fehlzeiten_2025.xlsx", xlsx([("2025", rows)]), CT_XLSX)],
              mailer="outlook-de")


@M("N", "en", "insurer-to-prospect",
   "plain: quote for a school group's travel insurance – prices per person, no participant data requested yet")
def n_group_quote_en():
    body = """Dear Mr O'Brien,

thank you for your enquiry about travel insurance for the exchange trip of the International School Heidelberg to Dublin (12-19 October, about 45 pupils and 5 teachers).

Our group travel package would cost:
- travel health and repatriation: EUR 6.90 per person
- baggage: EUR 3.50 per person
- cancellation (trip value up to EUR 900): EUR 19.00 per person

The total for 50 travellers with all three modules is EUR 1,470. We only need the list of names two weeks before departure; no health questions are asked.

Kind regards
Oliver Franke
Travel Insurance
"""
    return mk(who("franke"), ("Declan O'Brien", "d.obrien@ish-heidelberg.example"),
              "Quote: group travel insurance Dublin exchange", dt(6, 11, 12, 48), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


@M("N", "de", "newsletter",
   "trap: HTML-only information on a recall of blood-glucose test strips for all health customers – no individual")
def n_rueckruf_messgeraete():
    inner = """<p>Liebe Versicherte,</p>
<p>der Hersteller <b>GlucoPlus Diagnostics</b> ruft die Blutzucker-Teststreifen <b>GlucoPlus Sense</b> der Chargen <b>GS2511A</b> bis <b>GS2511F</b> zurück, weil sie zu niedrige Werte anzeigen können.</p>
<p>Wenn Sie diese Teststreifen verwenden:</p>
<ul><li>Prüfen Sie die Chargennummer auf der Packung.</li>
<li>Verwenden Sie betroffene Streifen nicht mehr und holen Sie sich in der Apotheke Ersatz.</li>
<li>Die Kosten für den Ersatz übernehmen wir ohne neues Rezept; reichen Sie die Quittung einfach ein.</li></ul>
<p>Bei Unsicherheit sprechen Sie bitte mit Ihrer Ärztin oder Ihrem Arzt.</p>
<p>Ihre Rheinauer Krankenversicherung</p>
<p style="font-size:8pt;color:#888888">Diese Information geht an alle Versicherten mit E-Mail-Kontakt. Rheinauer Krankenversicherung AG, Rheinauer Platz 1, 68161 Mannheim</p>"""
    return mk(box("info-kranken", "Rheinauer Krankenversicherung"), ("Versicherte Kranken", "info-kv-verteiler@" + DOM),
              "Wichtige Produktinformation: Rückruf von Blutzucker-Teststreifen", dt(9, 9, 11, 0),
              html=html_page(inner), cte="qp", mailer="newsletter")


@M("N", "de", "insurer-to-supplier",
   "trap: print order for blank health questionnaires (PDF form with empty fields) – no filled-in data")
def n_druck_fragebogen():
    body = """Hallo Frau Sauer,

bitte drucken Sie 5.000 Exemplare des Gesundheitsfragebogens BU/RLV (Formular L-04, Stand 04/2026), DIN A4, beidseitig, 80 g, gelocht. Die Druckvorlage hängt an. Lieferung bis 15.05. an den Versand, Rheinauer Platz 1.

Danke und Gruß
Sabine Wendt
"""
    form = pdf(["# Gesundheitsfragen zum Antrag (Formular L-04)",
                "Name der zu versichernden Person: ______________________   Geburtsdatum: ____________",
                "1. Wurden Sie in den letzten 5 Jahren ärztlich beraten, untersucht oder behandelt? [ ] ja [ ] nein",
                "2. Bestehen oder bestanden in den letzten 5 Jahren Krankheiten des Herzens, des Kreislaufs,",
                "   der Wirbelsäule, der Gelenke oder der Psyche? [ ] ja [ ] nein",
                "3. Nehmen Sie regelmäßig Medikamente ein? [ ] ja [ ] nein   Welche? ________________",
                "4. Größe: ____ cm   Gewicht: ____ kg",
                "5. Rauchen Sie? [ ] ja [ ] nein",
                "Wenn ja: Bitte Angaben auf Beiblatt (Art, Zeitraum, Behandler, Ergebnis).",
                "Ort, Datum, Unterschrift: ______________________________"], "Formular L-04")
    return mk(who("wendt"), ("Druckerei Sauer", "auftrag@druckerei-sauer.example"),
              "Druckauftrag Formular L-04 (5.000 St.)", dt(4, 22, 10, 18), body,
              atts=[att("L-04_Gesundheitsfragen_Druckvorlage.pdf", form, "application/pdf")],
              mailer="outlook-de")


@M("N", "en", "internal",
   "trap: forwarded article (HTML attachment) on long COVID and disability claims trends – no person")
def n_longcovid_article_en():
    body = """Interesting read for the BU pricing review - the figures for Germany are in the second half. Not sure I agree with their conclusion on mental health claims, but worth discussing on Thursday.

Marion
"""
    art = html_page("""<h1>Long COVID and disability claims: three years on</h1>
<p><i>Insurance Risk Review, May 2026</i></p>
<p>Across European disability portfolios, claims citing post-COVID syndrome peaked in 2023 and have since declined by around 40 %. In Germany, the share of new disability claims with a post-viral fatigue diagnosis fell from 4.1 % to 2.6 %.</p>
<p>However, insurers report that many claimants later re-classify under mental health or musculoskeletal causes, making the true effect hard to measure.</p>
<p>Reinsurers expect incidence assumptions to normalise by 2027.</p>""", "Long COVID and disability claims")
    return mk(who("seidel"), [who("schuster"), who("raman"), who("oswald")], "FW: Long COVID and disability claims - article",
              dt(5, 13, 8, 20), body,
              atts=[att("LongCOVID_disability_IRR_2026-05.html", art.encode("utf-8"), "text/html", cte="b64", charset="utf-8")],
              cs="us-ascii", cte="7bit", mailer="outlook-en")


@M("N", "de", "internal",
   "trap: short room-booking reply; the quoted thread is about an ICD-10-GM update training – no person")
def n_raum_icd_schulung():
    body = """Raum 1.20 ist für den 26.11. von 9 bis 12 Uhr gebucht, Beamer ist drin.

Sabine

-----Ursprüngliche Nachricht-----
Von: Brenner, Claudia
Gesendet: Dienstag, 17. November 2026 14:10
An: Wendt, Sabine
Betreff: Raum für Schulung ICD-10-GM 2027

Hallo Sabine,

für die Schulung zum ICD-10-GM 2027 (neue Codes bei Long COVID, Änderungen in Kapitel F und bei den Zusatzkennzeichen G/V/Z/A) brauche ich einen Raum für ca. 25 Leute, am liebsten 26.11. vormittags. Geht 1.20?

Danke, Claudia
"""
    return mk(who("wendt", "windows-1252"), [who("brenner", "windows-1252")], "AW: Raum für Schulung ICD-10-GM 2027",
              dt(11, 17, 15, 2), body, cs="windows-1252", cte="qp", mailer="outlook-de")


@M("N", "en", "insurer-to-broker",
   "plain: answer to a certificate request – insurer's domain certificate info, no personal data")
def n_zertifikat_en():
    body = """Dear Mr Reddy,

thank you for your request. Our S/MIME domain certificate for rheinauer.example can be downloaded from our certificate directory at https://zertifikate.rheinauer.example (search for any @rheinauer.example address). Fingerprint (SHA-256): 4F:1A:9C:22:E8:71:B0:5D:3E:AA:60:19:C4:7B:02:F1:8D:55:6E:93:21:C0:BB:47:19:E2:7D:08:6A:F3:5C:90.

If your firm runs its own gateway with a domain certificate, please send us a signed e-mail from that gateway to zertifikat@rheinauer.example and we'll register it for gateway-to-gateway encryption.

Kind regards
Ralf Gehring
IT Service Desk
"""
    return mk(who("gehring"), ("Sam Reddy", "sam.reddy@reddy-insurance-brokers.example"),
              "RE: S/MIME certificate for secure mail", dt(1, 28, 10, 33), body, cs="us-ascii", cte="7bit",
              mailer="outlook-en")


# ==========================================================================
# build and check
# ==========================================================================
def ordered():
    assert len({m["key"] for m in MAILS}) == len(MAILS), "duplicate function names"
    items = sorted(MAILS, key=lambda m: m["key"])
    random.Random(SEED).shuffle(items)
    return items


def generate(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, m in enumerate(ordered(), 1):
        _CUR["key"], _CUR["n"] = m["key"], n
        data = m["fn"]()
        _CUR["key"] = None
        fname = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(mdir, fname), "wb") as f:
            f.write(data)
        rows.append("\t".join([fname, m["label"], m["lang"], m["kind"], m["reason"]]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return len(rows) - 1


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def _html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return " ".join(p.out)


def _pdf_text(data):
    assert data.startswith(b"%PDF-1."), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no EOF marker"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, "no startxref"
    xo = int(m.group(1))
    assert data[xo:xo + 4] == b"xref", "startxref does not point to xref"
    hdr = re.match(rb"xref\s+0 (\d+)\s+", data[xo:])
    size = int(hdr.group(1))
    pos = xo + hdr.end()
    for i in range(size):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        off, gen, kind = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if kind == b"n":
            assert data[off:].startswith(b"%d 0 obj" % i), "xref offset of object %d wrong" % i
    trailer = data[pos + 20 * size:]
    assert b"/Root" in trailer and (b"/Size %d" % size) in trailer, "bad trailer"
    texts = []
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*?)>>\nstream\n", data):
        ln = int(sm.group(2))
        raw = data[sm.end(): sm.end() + ln]
        assert data[sm.end() + ln: sm.end() + ln + 10] == b"\nendstream", "stream length wrong"
        if b"FlateDecode" in sm.group(1) + sm.group(3):
            raw = zlib.decompress(raw)
        i = 0
        while i < len(raw):
            if raw[i:i + 1] == b"(":
                depth, j, buf = 1, i + 1, bytearray()
                while depth:
                    c = raw[j:j + 1]
                    if c == b"\\":
                        buf += raw[j + 1:j + 2]
                        j += 2
                        continue
                    if c == b"(":
                        depth += 1
                    elif c == b")":
                        depth -= 1
                        if not depth:
                            break
                    buf += c
                    j += 1
                texts.append(bytes(buf).decode("cp1252"))
                i = j + 1
            else:
                i += 1
    t = "\n".join(texts)
    assert t.strip(), "PDF without text layer"
    return t


def _xml_texts(xml_bytes, tags):
    root = ET.fromstring(xml_bytes)
    out = []
    for el in root.iter():
        if el.tag.split("}")[-1] in tags:
            out.append("".join(el.itertext()))
    return out


def _ooxml_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    assert "[Content_Types].xml" in names and "_rels/.rels" in names
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(z.read(n))
    if kind == "docx":
        return "\n".join(_xml_texts(z.read("word/document.xml"), {"p"}))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    assert any(el.tag.endswith("sheet") for el in wb.iter())
    out = []
    for n in sorted(x for x in names if x.startswith("xl/worksheets/")):
        out += _xml_texts(z.read(n), {"t", "v"})
    return "\n".join(out)


def _odf_text(data, mime):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    assert z.namelist()[0] == "mimetype" and z.read("mimetype").decode() == mime
    assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    ET.fromstring(z.read("META-INF/manifest.xml"))
    ET.fromstring(z.read("meta.xml"))
    ET.fromstring(z.read("styles.xml"))
    return "\n".join(_xml_texts(z.read("content.xml"), {"p", "h"}))


def open_attachment(name, data, charset=None, stats=None):
    """Open one attachment; return its text. Raises on anything broken."""
    ext = name.lower().rsplit(".", 1)[-1]
    if stats is not None:
        stats[ext] += 1
    if ext == "pdf":
        return _pdf_text(data)
    if ext in ("docx", "xlsx"):
        return _ooxml_text(data, ext)
    if ext == "odt":
        return _odf_text(data, "application/vnd.oasis.opendocument.text")
    if ext == "ods":
        return _odf_text(data, "application/vnd.oasis.opendocument.spreadsheet")
    if ext == "csv":
        t = data.decode(charset or "utf-8")
        rows = list(csv.reader(io.StringIO(t), delimiter=";"))
        assert len(rows) >= 2
        return "\n".join(";".join(r) for r in rows)
    if ext == "ics":
        # canonical CRLF; a quoted-printable transfer decodes line breaks to LF
        t = data.decode(charset or "utf-8").replace("\r\n", "\n")
        assert t.startswith("BEGIN:VCALENDAR\n") and t.endswith("END:VCALENDAR\n")
        assert "BEGIN:VEVENT" in t and "END:VEVENT" in t
        return t.replace("\n ", "")
    if ext in ("html", "htm"):
        return _html_text(data.decode(charset or "utf-8"))
    if ext == "txt":
        return data.decode(charset or "utf-8")
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for n in z.namelist():
            out.append(open_attachment(n, z.read(n), "utf-8" if not n.endswith(".csv") else "windows-1252",
                                       stats))
        return "\n".join(out)
    raise AssertionError("unknown attachment type " + name)


RE_IBAN = re.compile(r"\b[Dd][Ee]\d{2}(?: ?\d){18}\b")
RE_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)")


def _domains_ok(text, where):
    for m in RE_MAIL.finditer(text):
        assert m.group(1).lower().endswith(".example"), "%s: foreign domain %s" % (where, m.group(0))
    for m in RE_URL.finditer(text):
        host = m.group(1).rstrip(".").lower()
        if m.group(0).startswith("www."):
            host = "www." + host
        assert host.endswith(".example"), "%s: foreign host %s" % (where, m.group(0))


def check_message(data, fname, stats, top=True):
    for i, line in enumerate(data.split(b"\r\n")):
        assert b"\n" not in line and b"\r" not in line, "%s: bare LF/CR in line %d" % (fname, i + 1)
        assert len(line) <= 998, "%s: line %d longer than 998 bytes" % (fname, i + 1)
    assert data.endswith(b"\r\n")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    texts = []
    for k in ("Subject",):
        texts.append(str(msg[k]))
    for part in msg.walk():
        assert not part.defects, "%s: MIME defects %r" % (fname, part.defects)
        for hk, hv in part.items():
            assert not getattr(hv, "defects", ()), "%s: header defect in %s: %r" % (fname, hk, hv.defects)
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                stats["att"]["eml (message/rfc822)"] += 1
            if top and part is msg:
                stats["top"][ct] += 1
            continue
        if part is msg and top:
            stats["top"][ct] += 1
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        cs = part.get_content_charset()
        if part.get_content_maintype() == "text":
            assert cs, "%s: text part without charset" % fname
            txt = payload.decode(cs)  # strict
            stats["charset"][cs] += 1
            stats["cte"][part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        if fn:
            t = open_attachment(fn, payload, cs, stats["att"])
            texts.append(t)
            stats["with_att"].add(fname)
        elif part.get_content_maintype() == "text":
            texts.append(txt if ct == "text/plain" else txt + "\n" + _html_text(txt))
        elif ct == "message/rfc822":
            pass
        else:
            raise AssertionError("%s: unexpected part %s" % (fname, ct))
    # every embedded message: dates, domains
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            stats["with_att"].add(fname)
            d = parsedate_to_datetime(str(inner["Date"]))
            assert d.year == 2026, fname
            for h in ("From", "To", "Cc"):
                for _, a in getaddresses([str(x) for x in inner.get_all(h, [])]):
                    assert a.lower().endswith(".example"), "%s: inner address %s" % (fname, a)
            texts.append(str(inner["Subject"]))
    for h in ("From", "To", "Cc", "Reply-To"):
        for _, a in getaddresses([str(x) for x in msg.get_all(h, [])]):
            assert a.lower().endswith(".example"), "%s: address %s" % (fname, a)
    for h in ("Message-ID", "In-Reply-To", "References"):
        for mid in re.findall(r"<([^>]+)>", str(msg.get(h, ""))):
            assert mid.lower().endswith(".example"), "%s: %s %s" % (fname, h, mid)
    frm = getaddresses([str(msg["From"])])[0][1]
    assert frm.lower().endswith("@" + DOM), "%s: not sent from the insurer (%s)" % (fname, frm)
    d = parsedate_to_datetime(str(msg["Date"]))
    assert d.year == 2026, "%s: date %s" % (fname, d)
    alltext = "\n".join(texts)
    _domains_ok(alltext, fname)
    for m in RE_IBAN.finditer(alltext):
        assert _iban_ok(m.group(0)), "%s: IBAN fails mod 97: %s" % (fname, m.group(0))
        stats["iban"] += 1
    return str(msg["Message-ID"])


PARTIAL = bool(os.environ.get("D134_PARTIAL"))


def check():
    tmp = tempfile.mkdtemp(prefix="d134check")
    try:
        n = generate(tmp)
        assert PARTIAL or n == sum(WANT.values()), "expected %d mails, got %d" % (sum(WANT.values()), n)
        for f in ["labels.tsv"] + ["mails/%s%04d.eml" % (PREFIX, i) for i in range(1, n + 1)]:
            with open(os.path.join(HERE, f), "rb") as a, open(os.path.join(tmp, f), "rb") as b:
                assert a.read() == b.read(), "rebuild differs: " + f
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        assert not extra, "stray files in mails/: %s" % sorted(extra)
    finally:
        shutil.rmtree(tmp)
    print("rebuild: byte-identical (%d mails + labels.tsv)" % n)
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason" and lines[-1] == ""
    rows = [l.split("\t") for l in lines[1:-1]]
    assert all(len(r) == 5 for r in rows)
    stats = {"top": Counter(), "charset": Counter(), "cte": Counter(), "att": Counter(),
             "with_att": set(), "iban": 0}
    mids = set()
    for r in rows:
        assert r[1] in WANT and r[2] in ("de", "en", "mixed") and r[4].strip()
        with open(os.path.join(HERE, "mails", r[0]), "rb") as f:
            mid = check_message(f.read(), r[0], stats)
        assert mid not in mids, "duplicate Message-ID " + mid
        mids.add(mid)
    cnt = Counter(r[1] for r in rows)
    assert PARTIAL or dict(cnt) == WANT, "label counts %r" % dict(cnt)
    print("parsed %d mails: no MIME defects, CRLF only, lines <= 998, unique Message-IDs, dates 2026,"
          " all domains .example, sent from %s" % (len(rows), DOM))
    print("text parts decode with declared charset; all attachments open; %d German IBANs pass mod 97"
          % stats["iban"])
    print("labels: " + ", ".join("%s %d" % (k, cnt[k]) for k in WANT))
    langs = Counter(r[2] for r in rows)
    print("languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    print("\nlabel x language")
    print("| label | de | en | mixed | total |")
    print("|---|---:|---:|---:|---:|")
    for k in WANT:
        c = Counter(r[2] for r in rows if r[1] == k)
        print("| %s | %d | %d | %d | %d |" % (k, c["de"], c["en"], c["mixed"], cnt[k]))
    print("| total | %d | %d | %d | %d |" % (langs["de"], langs["en"], langs["mixed"], len(rows)))
    print("\nkind x label")
    print("| kind | n | NORMAL | CONF. | STRICT |")
    print("|---|---:|---:|---:|---:|")
    kinds = Counter(r[3] for r in rows)
    for kd, kn in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        c = Counter(r[1] for r in rows if r[3] == kd)
        print("| %s | %d | %s | %s | %s |" % (kd, kn, c["NORMAL"] or "–", c["CONFIDENTIAL"] or "–",
                                              c["STRICTLY_CONFIDENTIAL"] or "–"))
    print("\ntop-level types: " + ", ".join("%s %d" % kv for kv in stats["top"].most_common()))
    print("text-part charsets: " + ", ".join("%s %d" % kv for kv in stats["charset"].most_common()))
    print("text-part transfer encodings: " + ", ".join("%s %d" % kv for kv in stats["cte"].most_common()))
    print("mails with attachments: %d" % len(stats["with_att"]))
    print("attachments by type (ZIP members counted): " +
          ", ".join("%s %d" % kv for kv in stats["att"].most_common()))
    traps = sum(1 for r in rows if r[4].startswith("trap:"))
    grey = sum(1 for r in rows if r[4].startswith("grey:"))
    print("reasons marked trap: %d, grey: %d" % (traps, grey))
    print("CHECK OK")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        n = generate(HERE)
        print("wrote %d mails to %s and labels.tsv" % (n, os.path.join(HERE, "mails")))
