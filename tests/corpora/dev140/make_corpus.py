#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent Siegel test corpus dev140 (prefix d140-, seed 140).

Writes mails/d140-0001.eml ... mails/d140-0150.eml and labels.tsv.
Python standard library only.

    python3 make_corpus.py           # (re)build
    python3 make_corpus.py --check   # rebuild in memory, compare byte by byte, validate

Every mail below is its own function with its own text.  The helpers above the
MAILS section only do MIME plumbing, quoting marks, signatures and the
attachment file formats (PDF, DOCX, XLSX, ODT, ODS, ZIP, ICS, CSV).
All persons, companies, numbers and addresses are invented; every domain ends
in .example.
"""

import base64
import binascii
import csv
import datetime
import io
import os
import quopri
import random
import re
import sys
import textwrap
import zipfile
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import encode_rfc2231, formataddr, format_datetime, parsedate_to_datetime
from html import escape as hesc
from html.parser import HTMLParser
import xml.etree.ElementTree as ET

SEED = 140
PREFIX = "d140-"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "weidenhof.example"

# ---------------------------------------------------------------------------
# small text helpers
# ---------------------------------------------------------------------------


def T(s):
    """Dedent a triple-quoted block and strip the first/last newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip(" \n") + "\n"


def wrap(s, width=76):
    """Wrap long lines the way a mail client does; keeps short lines."""
    out = []
    for line in s.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False) or [""])
    return "\n".join(out)


def asc(s):
    """Transliterate for 7-bit us-ascii mails (as mail clients of such senders do)."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ß", "ss"), ("ı", "i"), ("–", "-"), ("é", "e"), ("í", "i")):
        s = s.replace(a, b)
    return s


def q(s, width=74):
    """Quote with '> ' like Thunderbird / Apple Mail (already quoted lines get '>')."""
    s = wrap(s.strip("\n"), width)
    res = []
    for line in s.split("\n"):
        if line.startswith(">"):
            res.append(">" + line)
        elif line == "":
            res.append(">")
        else:
            res.append("> " + line)
    return "\n".join(res) + "\n"


WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MO_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def de_sent(y, m, d, h, mi):
    """'Montag, 12. Januar 2026 21:47' (Outlook, German UI)."""
    wd = datetime.date(y, m, d).weekday()
    return "%s, %d. %s %d %02d:%02d" % (WD_DE[wd], d, MO_DE[m - 1], y, h, mi)


def en_sent(y, m, d, h, mi):
    """'Monday, January 12, 2026 9:47 PM' (Outlook, English UI)."""
    wd = datetime.date(y, m, d).weekday()
    ap = "AM" if h < 12 else "PM"
    hh = h % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (WD_EN[wd], MO_EN[m - 1], d, y, hh, mi, ap)


def de_am(y, m, d, h, mi, who):
    """'Am 12.01.2026 um 21:47 schrieb X:' (Thunderbird / Apple Mail)."""
    return "Am %02d.%02d.%d um %02d:%02d schrieb %s:" % (d, m, y, h, mi, who)


def en_on(y, m, d, h, mi, who):
    """'On Mon, 12 Jan 2026 at 21:47, X wrote:' (Gmail style)."""
    wd = datetime.date(y, m, d).weekday()
    return "On %s, %d %s %d at %02d:%02d, %s wrote:" % (WD_EN[wd][:3], d, MO_EN[m - 1][:3], y, h, mi, who)


def ol_de(frm, sent, to, subj, body, cc=None):
    """Outlook (German UI) quote header, original text unquoted below."""
    h = ["-----Ursprüngliche Nachricht-----", "Von: " + frm, "Gesendet: " + sent,
         "An: " + to]
    if cc:
        h.append("Cc: " + cc)
    h.append("Betreff: " + subj)
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def ol_en(frm, sent, to, subj, body, cc=None):
    """Outlook (English UI) quote header."""
    h = ["From: " + frm, "Sent: " + sent, "To: " + to]
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + subj)
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def ol_de_fw(frm, sent, to, subj, body):
    """Outlook forward header (German UI)."""
    return ("________________________________\n" + "Von: " + frm + "\nGesendet: " + sent +
            "\nAn: " + to + "\nBetreff: " + subj + "\n\n" + body.strip("\n") + "\n")


# ---------------------------------------------------------------------------
# staff, signatures, legal footers
# ---------------------------------------------------------------------------

COMPANY = {
    "ag": ("Weidenhof Versicherung AG", "HRB 40117", "Dr. Henrike Moorkamp (Vorsitz), Jörg Tiedemann, Selin Akgül"),
    "leben": ("Weidenhof Lebensversicherung AG", "HRB 40125", "Dr. Henrike Moorkamp (Vorsitz), Arne Feldhaus"),
    "kranken": ("Weidenhof Krankenversicherung AG", "HRB 40133", "Dr. Henrike Moorkamp (Vorsitz), Petra Lüdinghaus"),
}

# key: (display name, local part, department de, department en, phone extension, company)
STAFF = {
    "petersen": ("Jana Petersen", "jana.petersen", "Kundenservice Kraftfahrt", "Motor Customer Service", "412", "ag"),
    "yilmaz": ("Murat Yılmaz", "murat.yilmaz", "Schadenservice Sach", "Property Claims", "537", "ag"),
    "kowalczyk": ("Dr. Ines Kowalczyk", "ines.kowalczyk", "Leistungsservice Krankenversicherung", "Health Claims", "711", "kranken"),
    "brandt": ("Tobias Brandt", "tobias.brandt", "Vertragsservice Leben", "Life Policy Service", "622", "leben"),
    "wagner": ("Sophie Wagner", "sophie.wagner", "International Health Desk", "International Health Desk", "780", "kranken"),
    "kent": ("Oliver Kent", "oliver.kent", "Expat Service (Sach/Kfz/Haftpflicht)", "Expat Service Centre", "455", "ag"),
    "hoffmann": ("Lena Hoffmann", "lena.hoffmann", "Rechtsschutz-Service", "Legal Expenses Service", "564", "ag"),
    "moeller": ("Frank Möller", "frank.moeller", "Unfall-Leistung", "Accident Claims", "645", "leben"),
    "demir": ("Aylin Demir", "aylin.demir", "Kundendialog", "Customer Dialogue", "300", "ag"),
    "sommer": ("Henrik Sommer", "henrik.sommer", "Reiseversicherung", "Travel Insurance", "590", "ag"),
    "lindqvist": ("Maria Lindqvist", "maria.lindqvist", "Pflege-Service", "Long-term Care Service", "733", "kranken"),
    "riedel": ("Paul Riedel", "paul.riedel", "Haftpflicht-Schaden", "Liability Claims", "548", "ag"),
    "vogel": ("Katrin Vogel", "katrin.vogel", "Spezialsparten (Tier, Boot, Cyber, PV)", "Specialty Lines (pet, boat, cyber, solar)", "571", "ag"),
    "okafor": ("Ben Okafor", "ben.okafor", "Marketing & Kommunikation", "Marketing & Communications", "120", "ag"),
    "albers": ("Greta Albers", "greta.albers", "Personal / Recruiting", "HR / Recruiting", "160", "ag"),
    "weber": ("Jonas Weber", "jonas.weber", "IT-Anwendungsbetreuung", "IT Application Support", "880", "ag"),
    "schmitz": ("Carola Schmitz", "carola.schmitz", "Teamleitung Kundenservice", "Team Lead Customer Service", "301", "ag"),
    "nguyen": ("Minh Nguyen", "minh.nguyen", "Maklerbetreuung", "Broker Support", "250", "ag"),
    "haas": ("Sabine Haas", "sabine.haas", "BU-Leistungsprüfung", "Disability Claims", "664", "leben"),
    "krause": ("Dennis Krause", "dennis.krause", "Einkauf", "Procurement", "190", "ag"),
    "beck": ("Eva Beck", "eva.beck", "Facility Management", "Facility Management", "199", "ag"),
    "arslan": ("Emre Arslan", "emre.arslan", "Risikoprüfung Leben/BU", "Life & Disability Underwriting", "630", "leben"),
    "ortiz": ("Lucía Ortiz", "lucia.ortiz", "Datenschutzkoordination", "Data Protection Office", "140", "ag"),
}


def me(key):
    """Header address of a staff member."""
    name, local = STAFF[key][0], STAFF[key][1]
    return (name, local + "@" + DOM)


def sig(key, lang="de", short=False):
    name, local, dep_de, dep_en, ext, comp = STAFF[key]
    cname = COMPANY[comp][0]
    dep = dep_de if lang == "de" else dep_en
    if short:
        return name + "\n" + dep + " | " + cname + "\n"
    if lang == "de":
        return (name + "\n" + dep + "\n\n" + cname + "\nWeidenhofplatz 1, 48143 Münster\n"
                "Telefon 0251 98760-" + ext + "\n" + local + "@" + DOM + " | www." + DOM + "\n")
    return (name + "\n" + dep + "\n\n" + cname + "\nWeidenhofplatz 1, 48143 Münster, Germany\n"
            "Phone +49 251 98760-" + ext + "\n" + local + "@" + DOM + " | www." + DOM + "/en\n")


def footer(comp="ag", lang="de"):
    cname, hrb, board = COMPANY[comp]
    if lang == "de":
        return ("\n-- \n" + cname + ", Sitz Münster, Amtsgericht Münster " + hrb + "\n"
                "Vorstand: " + board + "\nAufsichtsratsvorsitzender: Bernd Ostholt\n"
                "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der\n"
                "richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie\n"
                "diese E-Mail. Informationen zum Datenschutz: www." + DOM + "/datenschutz\n")
    return ("\n-- \n" + cname + ", registered office Münster, Local Court of Münster " + hrb + "\n"
            "Management Board: " + board + "\n"
            "This e-mail may contain confidential information. If you are not the intended\n"
            "recipient, please notify the sender and delete this e-mail.\n"
            "Privacy notice: www." + DOM + "/en/privacy\n")


# ---------------------------------------------------------------------------
# IBAN (ISO 7064 mod 97-10)
# ---------------------------------------------------------------------------


def iban_de(blz, konto, grouped=True):
    bban = blz + konto.rjust(10, "0")
    num = int("".join(str(int(c, 36)) for c in bban + "DE00"))
    check = 98 - num % 97
    iban = "DE%02d%s" % (check, bban)
    if grouped:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# ---------------------------------------------------------------------------
# MIME model and serializer (hand-rolled so every byte is under control)
# ---------------------------------------------------------------------------


class Leaf:
    def __init__(self, ctype, payload, charset=None, cte="7bit", filename=None,
                 disposition=None, flowed=False, params=None, cid=None, desc=None):
        self.ctype = ctype
        self.payload = payload  # str for text, bytes for binary/message
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition or ("attachment" if filename else None)
        self.flowed = flowed
        self.params = params or []
        self.desc = desc


class Multi:
    def __init__(self, subtype, parts, preamble=True):
        self.subtype = subtype
        self.parts = parts
        self.preamble = preamble


def text(s, charset="utf-8", cte="quoted-printable", flowed=False):
    return Leaf("text/plain", s, charset, cte, flowed=flowed)


def html(s, charset="utf-8", cte="quoted-printable"):
    return Leaf("text/html", s, charset, cte)


def att(data, ctype, filename, cte="base64"):
    return Leaf(ctype, data, None, cte, filename=filename)


def att_text(s, ctype, filename, charset="utf-8", cte="quoted-printable", params=None):
    return Leaf(ctype, s, charset, cte, filename=filename, params=params)


def att_msg(raw, filename=None):
    return Leaf("message/rfc822", raw, None, "7bit" if all(b < 128 for b in raw) else "8bit",
                filename=filename, disposition="attachment" if filename else "inline")


def mixed(*parts):
    return Multi("mixed", list(parts))


def alt(*parts):
    return Multi("alternative", list(parts))


def _fn_param(name, fn):
    try:
        fn.encode("ascii")
        return '%s="%s"' % (name, fn)
    except UnicodeEncodeError:
        return "%s*=%s" % (name, encode_rfc2231(fn, "utf-8"))


def _encode_body(leaf):
    if isinstance(leaf.payload, str):
        raw = leaf.payload.replace("\r\n", "\n").encode(leaf.charset)
    else:
        raw = leaf.payload
    if leaf.ctype == "message/rfc822":
        return raw
    if leaf.cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if leaf.cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False)
        return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if leaf.cte == "7bit":
        raw.decode("ascii")  # raises if not 7bit clean
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw.replace(b"\n", b"\r\n")


def _render(part, rng, tag, depth):
    lines = []
    if isinstance(part, Multi):
        depth[0] += 1
        b = "----=_Part_%s_%d_%08x" % (tag, depth[0], rng.getrandbits(32))
        lines.append('Content-Type: multipart/%s;\r\n boundary="%s"' % (part.subtype, b))
        body = b""
        if part.preamble:
            body += b"This is a multi-part message in MIME format.\r\n"
        for p in part.parts:
            body += b"\r\n--" + b.encode() + b"\r\n" + _render(p, rng, tag, depth)
        body += b"\r\n--" + b.encode() + b"--\r\n"
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body
    ct = part.ctype
    if part.charset:
        ct += '; charset="%s"' % part.charset
    if part.flowed:
        ct += "; format=flowed"
    for p in part.params:
        ct += "; " + p
    if part.filename and part.ctype != "message/rfc822":
        ct += ";\r\n " + _fn_param("name", part.filename)
    lines.append("Content-Type: " + ct)
    lines.append("Content-Transfer-Encoding: " + part.cte)
    if part.desc:
        lines.append("Content-Description: " + part.desc)
    if part.disposition:
        d = part.disposition
        if part.filename:
            d += ";\r\n " + _fn_param("filename", part.filename)
        lines.append("Content-Disposition: " + d)
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + _encode_body(part)


def _hdr(name, value):
    try:
        value.encode("ascii")
        if len(name) + len(value) + 2 <= 78:
            return name + ": " + value
        return name + ": " + Header(value, "us-ascii", header_name=name).encode(linesep="\r\n")
    except UnicodeEncodeError:
        return name + ": " + Header(value, "utf-8", header_name=name).encode(linesep="\r\n")


def _addr(a):
    if isinstance(a, str):
        return a
    return formataddr(a, charset="utf-8")


def _addrs(lst):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ",\r\n ".join(_addr(a) for a in lst)


def berlin(y, mo, d, h, mi, s=0):
    dst = datetime.datetime(2026, 3, 29, 1) <= datetime.datetime(y, mo, d, h, mi) < datetime.datetime(2026, 10, 25, 1)
    tz = datetime.timezone(datetime.timedelta(hours=2 if dst else 1))
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def build(n, frm, to, subject, date, body, cc=None, reply_to=None, irt=None, refs=None,
          mailer="Microsoft Outlook 16.0", extra=None, msgid=None, lang_hdr=None):
    """Serialize one message.  date = (y, m, d, h, min).  Returns bytes (CRLF)."""
    rng = random.Random(SEED * 100000 + (n if isinstance(n, int) else hash_str(n)))
    tag = ("%04d" % n) if isinstance(n, int) else n
    dt = berlin(*date)
    if msgid is None:
        msgid = "<%s.%06x.%s@mail.%s>" % (dt.strftime("%Y%m%d%H%M%S"), rng.getrandbits(24),
                                         PREFIX + tag, DOM)
    hs = []
    hs.append("Date: " + format_datetime(dt))
    hs.append("From: " + _addr(frm))
    if reply_to:
        hs.append("Reply-To: " + _addrs(reply_to))
    hs.append("To: " + _addrs(to))
    if cc:
        hs.append("Cc: " + _addrs(cc))
    hs.append(_hdr("Subject", subject))
    hs.append("Message-ID: " + msgid)
    if irt:
        hs.append("In-Reply-To: " + irt)
        hs.append("References: " + (refs or irt))
    if lang_hdr:
        hs.append("Content-Language: " + lang_hdr)
    if mailer:
        if mailer.startswith("Mozilla") or mailer.startswith("Apple"):
            hs.append("User-Agent: " + mailer)
        else:
            hs.append("X-Mailer: " + mailer)
    for k, v in (extra or []):
        hs.append(_hdr(k, v))
    hs.append("MIME-Version: 1.0")
    head = "\r\n".join(hs).encode("ascii") + b"\r\n"
    return head + _render(body, rng, tag, [0])


def hash_str(s):
    return sum((i + 1) * ord(c) for i, c in enumerate(s))


def cid(local, dom, y, mo, d, tok):
    """A Message-ID as a customer's mail program would have made it."""
    return "<%04d%02d%02d.%s@%s>" % (y, mo, d, tok, dom)


# ---------------------------------------------------------------------------
# attachment formats (standard library only)
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(members, time=ZIP_TIME, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=time)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zip_bytes(members, time=ZIP_TIME):
    return _zip(members, time)


def _pdfstr(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_bytes(lines, title="", author="Weidenhof Versicherung AG", compress=True,
              created="20260101090000"):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding).
    A line starting with '# ' is a bold heading, '\\f' starts a new page."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= 54:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdfstr(title) + b" /Author " + _pdfstr(author) +
               b" /Producer (Weidenhof DocGen 4.2) /CreationDate (D:" + created.encode() +
               b"+01'00') >>")
    kids = []
    on = 6
    for pg in pages:
        cs = [b"BT", b"/F1 10 Tf", b"14 TL", b"56 786 Td"]
        for ln in pg:
            if ln.startswith("# "):
                cs.append(b"/F2 13 Tf " + _pdfstr(ln[2:]) + b" Tj T* /F1 10 Tf")
            else:
                cs.append(_pdfstr(ln) + b" Tj T*")
        cs.append(b"ET")
        stream = b"\n".join(cs) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            objs[on + 1] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) +
                            data + b"\nendstream")
        else:
            objs[on + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[on] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (on + 1))
        kids.append(on)
        on += 2
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
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, xref))
    return out


def _x(s):
    return hesc(str(s), quote=True)


def docx_bytes(blocks, title="", author="Weidenhof Versicherung AG", created="2026-01-01T09:00:00Z"):
    """blocks: str paragraph | ('h', text) bold | ('table', rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] == "h":
            body.append('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>']
            t.append('<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol)
            t.append("</w:tblGrid>")
            for r in rows:
                t.append("<w:tr>")
                for c in r:
                    t.append('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c))
                t.append("</w:tr>")
            t.append("</w:tbl><w:p/>")
            body.append("".join(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W, "".join(body)))
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
    core = _core(title, author, created)
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("word/document.xml", doc), ("docProps/core.xml", core)])


def _core(title, author, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '</cp:coreProperties>' % (_x(title), _x(author), created))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets, title="", author="Weidenhof Versicherung AG", created="2026-01-01T09:00:00Z"):
    """sheets: list of (name, rows); numbers (int/float) become numeric cells."""
    M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = []
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels = [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, R, i))
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
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (M, "".join(xr))))
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n + 1, R))
    ct.append("</Types>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (M, R, "".join(wb_sheets)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>' % M)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join(wb_rels))
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/styles.xml", styles)] + files +
                [("docProps/core.xml", _core(title, author, created))])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mime, inner, title, author, created):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2"><office:body>%s</office:body>'
               '</office:document-content>' % (ODF_NS, inner))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta><dc:title>%s</dc:title>'
            '<dc:creator>%s</dc:creator><meta:creation-date>%s</meta:creation-date></office:meta>'
            '</office:document-meta>' % (ODF_NS, _x(title), _x(author), created))
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content), ("meta.xml", meta)], first_stored="mimetype")


def odt_bytes(blocks, title="", author="Weidenhof Versicherung AG", created="2026-01-01T09:00:00"):
    inner = []
    for b in blocks:
        if isinstance(b, str):
            inner.append("<text:p>%s</text:p>" % _x(b))
        elif b[0] == "h":
            inner.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif b[0] == "table":
            t = ['<table:table table:name="Tabelle1">']
            t.append('<table:table-column table:number-columns-repeated="%d"/>' % max(len(r) for r in b[1]))
            for r in b[1]:
                t.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c)
                    for c in r) + "</table:table-row>")
            t.append("</table:table>")
            inner.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(inner), title, author, created)


def ods_bytes(sheets, title="", author="Weidenhof Versicherung AG", created="2026-01-01T09:00:00"):
    inner = []
    for name, rows in sheets:
        t = ['<table:table table:name="%s">' % _x(name)]
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (repr(v), _x(v)))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            t.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        t.append("</table:table>")
        inner.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(inner), title, author, created)


def csv_text(rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def ics_text(uid, start, end, summary, location="", description="", organizer=None, attendees=(),
             stamp="20260101T080000Z", method="REQUEST"):
    """start/end: 'YYYYMMDDTHHMMSS' local Berlin time."""
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weidenhof Versicherung AG//Terminservice 3.1//DE",
         "METHOD:" + method, "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
         "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
         "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
         "END:VTIMEZONE", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + _ics_esc(summary)]
    if location:
        L.append("LOCATION:" + _ics_esc(location))
    if description:
        L.append("DESCRIPTION:" + _ics_esc(description))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for a in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (a[0], a[1]))
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold(l) for l in L) + "\n"


def ics_att(ics, filename="einladung.ics"):
    return att_text(ics, "text/calendar", filename, "utf-8", "quoted-printable",
                    params=["method=REQUEST"])


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_CT = "application/vnd.oasis.opendocument.text"
ODS_CT = "application/vnd.oasis.opendocument.spreadsheet"


def para_html(s):
    """Plain text -> simple HTML paragraphs (for the HTML twin of a text part)."""
    out = []
    for block in s.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(l[1:].lstrip() for l in lines)
            out.append('<blockquote style="border-left:2px solid #999;margin:0 0 0 6px;padding-left:8px">\n'
                       + para_html(inner) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(hesc(l, quote=False) for l in lines) + "</p>")
    return "\n".join(out) + "\n"


def html_doc(inner, lang="de", charset="utf-8"):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s</body>\n</html>\n'
            % (lang, charset, inner))


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
N, C, S = LABELS


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================


@mail(S, "de", "insurer-to-customer",
      "PKV dental: root canal on tooth 36, invoice and reimbursement; customer's one-liner quoted, Leistungsabrechnung PDF")
def m001(n):
    cust = ("Tanja Kröger", "tanja.kroeger@mailpost.example")
    body = T("""
    Hallo Frau Kröger,

    vielen Dank für die Rechnung Ihrer Zahnärztin Dr. Beate Ahlers vom 07.01.2026.
    Die Wurzelkanalbehandlung an Zahn 36 (GOZ 2410, 2440, 0090) haben wir nach
    Ihrem Tarif ZahnPlus 80 abgerechnet:

      Rechnungsbetrag          684,12 EUR
      erstattungsfähig         684,12 EUR
      davon 80 %               547,30 EUR

    Die 547,30 EUR überweisen wir in den nächsten Tagen auf Ihr bekanntes Konto.
    Die Abrechnung hänge ich Ihnen als PDF an.

    Viele Grüße
    Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + footer("kranken") + "\n" + ol_de(
        "Tanja Kröger <tanja.kroeger@mailpost.example>", de_sent(2026, 1, 12, 21, 47),
        "leistung@weidenhof.example", "zahnarzt rechnung", T("""
    hallo, anbei die rechnung vom zahnarzt (wurzelbehandlung unten links). bitte erstatten danke
    Tanja Kröger KV-318 447 20

    Von meinem iPhone gesendet
    """))
    pdf = pdf_bytes([
        "# Weidenhof Krankenversicherung AG - Leistungsabrechnung",
        "",
        "Versicherte Person: Tanja Kröger, Versicherungsnummer KV-318 447 20",
        "Tarif: ZahnPlus 80 (Zahnbehandlung 80 %, Zahnersatz 80 %)",
        "Belegdatum 07.01.2026, Leistungserbringer: Zahnarztpraxis Dr. Beate Ahlers, Münster",
        "",
        "GOZ 0090  Infiltrationsanästhesie               2x     24,32 EUR",
        "GOZ 2410  Aufbereitung Wurzelkanal Zahn 36     3x    312,48 EUR",
        "GOZ 2440  Wurzelkanalfüllung Zahn 36            3x    201,15 EUR",
        "Material / Labor                                       146,17 EUR",
        "Summe                                                  684,12 EUR",
        "",
        "Erstattung 80 %                                        547,30 EUR",
        "Auszahlung am 15.01.2026 auf das hinterlegte Konto.",
    ], title="Leistungsabrechnung KV-318 447 20")
    b = mixed(text(body), att(pdf, "application/pdf", "Leistungsabrechnung_KV-31844720.pdf"))
    return build(n, me("kowalczyk"), cust, "AW: zahnarzt rechnung", (2026, 1, 13, 10, 42), b,
                 irt=cid("", "mailpost.example", 2026, 1, 12, "A81F2C0D-77E1"))


@mail(N, "de", "insurer-to-prospect",
      "trap: prospect asks generally whether implants are covered; generic tariff table, no person's health or contract data")
def m002(n):
    who = ("Sven Tegeler", "s.tegeler@netzpost.example")
    quoted = T("""
    Hi,
    ich hab gehört ihr zahlt auch Implantate? stimmt das? und gibts da wartezeiten oder
    kann man gleich loslegen. was kostet sowas im monat so ungefähr
    LG Sven
    """)
    plain = T("""
    Hallo Sven,

    danke für Ihre Nachricht! Ja, unsere Zahnzusatztarife beteiligen sich auch an
    Implantaten, und zwar als Zahnersatz. Ein grober Überblick:

      Tarif         Zahnersatz inkl. Implantate   Wartezeit   Beitrag ab (Alter 30)
      ZahnPlus 60   60 %                          8 Monate    12,40 EUR
      ZahnPlus 80   80 %                          8 Monate    19,90 EUR
      ZahnPlus 100  100 %                         8 Monate    27,30 EUR

    In den ersten vier Jahren gibt es Höchstbeträge (z. B. 1.000 EUR im ersten Jahr).
    Wichtig: Behandlungen, die beim Abschluss schon angeraten oder geplant sind, sind
    nicht versichert. Den genauen Beitrag für Ihr Alter berechnet Ihnen der
    Tarifrechner unter www.weidenhof.example/zahn – ganz ohne Anmeldung.

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 1, 14, 19, 3, "Sven Tegeler <s.tegeler@netzpost.example>") + "\n" + q(quoted)
    h = html_doc(
        "<p>Hallo Sven,</p>\n<p>danke für Ihre Nachricht! Ja, unsere Zahnzusatztarife beteiligen sich auch an "
        "Implantaten, und zwar als Zahnersatz. Ein grober Überblick:</p>\n"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
        "<tr><th>Tarif</th><th>Zahnersatz inkl. Implantate</th><th>Wartezeit</th><th>Beitrag ab (Alter 30)</th></tr>\n"
        "<tr><td>ZahnPlus 60</td><td>60 %</td><td>8 Monate</td><td>12,40 EUR</td></tr>\n"
        "<tr><td>ZahnPlus 80</td><td>80 %</td><td>8 Monate</td><td>19,90 EUR</td></tr>\n"
        "<tr><td>ZahnPlus 100</td><td>100 %</td><td>8 Monate</td><td>27,30 EUR</td></tr>\n"
        "</table>\n"
        "<p>In den ersten vier Jahren gibt es Höchstbeträge (z.&nbsp;B. 1.000 EUR im ersten Jahr). "
        "Wichtig: Behandlungen, die beim Abschluss schon angeraten oder geplant sind, sind nicht versichert. "
        'Den genauen Beitrag für Ihr Alter berechnet Ihnen der Tarifrechner unter '
        '<a href="https://www.weidenhof.example/zahn">www.weidenhof.example/zahn</a> – ganz ohne Anmeldung.</p>\n'
        "<p>Viele Grüße<br>\nAylin Demir</p>\n"
        "<p style=\"color:#555\">" + hesc(sig("demir")).replace("\n", "<br>\n") + "</p>\n"
        "<p>" + hesc(de_am(2026, 1, 14, 19, 3, "Sven Tegeler <s.tegeler@netzpost.example>")) + "</p>\n"
        + para_html(q(quoted)))
    return build(n, me("demir"), who, "AW: Zahnzusatz Implantate?", (2026, 1, 15, 8, 55),
                 alt(text(plain), html(h)), irt=cid("", "netzpost.example", 2026, 1, 14, "c3d1e0aa91"))


@mail(C, "de", "insurer-to-customer",
      "motor: parking bump against a bollard, own damage, SF class and contract number; nobody hurt")
def m003(n):
    cust = ("Kevin Brauer", "kevin.brauer93@webmail-de.example")
    body = T("""
    Hallo Herr Brauer,

    kein Stress, so ein Poller hat schon viele erwischt. Kurz zu Ihrer Frage:

    Den Schaden an Ihrem eigenen Auto (MS-KB 412) zahlt Ihre Vollkasko, abzüglich
    300 EUR Selbstbeteiligung. Wenn wir zahlen, werden Sie in der Vollkasko von SF 7
    auf SF 4 zurückgestuft. Bei Ihrem Vertrag KF 9 204 117 wären das im nächsten Jahr
    rund 160 EUR mehr Beitrag, in den Folgejahren etwas weniger.

    Faustregel: Liegt die Werkstattrechnung unter ca. 900 EUR, fahren Sie mit
    Selbstzahlen meist besser. Lassen Sie sich einfach einen Kostenvoranschlag
    machen und schicken Sie ihn mir, dann rechne ich es Ihnen genau aus. Melden
    müssen Sie den Schaden nur, wenn Sie ihn über uns abrechnen wollen.

    Viele Grüße
    Jana Petersen
    """) + "\n" + sig("petersen") + "\n" + de_am(2026, 1, 16, 18, 22, "Kevin Brauer <kevin.brauer93@webmail-de.example>") + "\n" + q(T("""
    hey, bin heute beim ausparken am edeka gegen so nen poller gefahren 🙈 stoßstange hinten ist eingedellt und der sensor piept jetzt dauernd, sonst nix passiert, keiner verletzt, war ja nur der poller haha. muss ich das melden oder lohnt sich das nicht wegen SF? kennzeichen MS-KB 412
    gruß kevin
    """))
    return build(n, me("petersen"), cust, "Re: poller 🙈", (2026, 1, 19, 9, 12),
                 text(body, cte="8bit"), irt=cid("", "webmail-de.example", 2026, 1, 16, "k9x2"),
                 mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


@mail(S, "en", "insurer-to-customer",
      "expat health: emergency appendectomy, hospital bill 4,300 EUR, direct billing; customer's casual question quoted")
def m004(n):
    cust = ("Daniel Okoye", "dan.okoye@fastinbox.example")
    body = T("""
    Hi Daniel,

    glad to hear you're doing well again!

    You don't need to pay the Klinikum yourself. Your plan (Expat Health Plus, policy
    KV-502 118 64) covers inpatient treatment in the semi-private ward, and we settle
    hospital bills directly with German hospitals.

    Please just send us the bill for your appendectomy (Klinikum Münster-Süd,
    stay 03-06 February) - a photo or scan is fine - and tell the hospital's billing
    office that the invoice goes to Weidenhof Krankenversicherung, case number
    L-2026-0318. If they already sent you a payment reminder, ignore it; I'll call
    them today.

    The discharge letter (Entlassungsbrief) is not needed for now.

    Best regards,
    Sophie
    """) + "\n" + sig("wagner", "en") + footer("kranken", "en") + "\n" + en_on(2026, 2, 11, 22, 5, "Daniel Okoye <dan.okoye@fastinbox.example>") + "\n" + q(T("""
    hey, quick one - I was in hospital last week (appendix out, all good now 🙂), and today got a bill from the Klinikum for 4.300 EUR?? do i pay it first and send it to you or do you pay them directly?? its due in 14 days and I really dont want to front that much lol

    Dan
    """))
    return build(n, me("wagner"), cust, "RE: hospital bill - do I pay??", (2026, 2, 12, 9, 31),
                 text(body, cte="8bit"), irt=cid("", "fastinbox.example", 2026, 2, 11, "CAF-0p1x9"))


@mail(N, "de", "internal",
      "trap: anonymised free-text comments from the Q1 customer survey (typos, emojis, health and money words), no person identifiable; XLSX of categories")
def m005(n):
    body = T("""
    Hallo zusammen,

    hier wie versprochen die Freitextantworten aus der Kundenbefragung Januar/Februar.
    Die Kolleginnen aus der Marktforschung haben alles anonymisiert (keine Namen,
    keine Vertragsnummern, Orte entfernt). Ein paar O-Töne, die mir hängen geblieben sind:

      "hab 3 wochen auf mein geld für die zahnarztrechnung gewartet!!! 3 WOCHEN"
      "Die Dame am Telefon war super nett und hat sich echt Zeit genommen 👍"
      "warum muss ich die rechnung vom krankenhaus 2x schicken, ihr habt die doch schon"
      "App ist ok aber upload von fotos geht nur hochkant??"
      "Schadenmeldung Fahrrad ging schnell, danke!!"
      "ich versteh eure Briefe nicht. Bitte in normalem Deutsch schreiben."
      "10/10 würde wieder unfall haben 😂 (spaß)"

    Auffällig: Wartezeit bei Erstattungen ist Thema Nr. 1 (31 %), Verständlichkeit
    unserer Schreiben Nr. 2 (22 %). Die Verteilung nach Kategorien steht in der Datei.

    Bitte bis zum Teammeeting am Donnerstag kurz reinschauen – wir wollen je Team
    zwei Maßnahmen ableiten.

    Viele Grüße
    Carola
    """) + "\n" + sig("schmitz", short=True)
    x = xlsx_bytes([("Kategorien", [
        ["Kategorie", "Anzahl Nennungen", "Anteil", "Tendenz ggü. Q4/2025"],
        ["Bearbeitungsdauer Erstattung", 214, 0.31, "steigend"],
        ["Verständlichkeit Schreiben", 152, 0.22, "gleich"],
        ["Freundlichkeit Telefon", 118, 0.17, "steigend"],
        ["App / Portal", 96, 0.14, "neu"],
        ["Schadenregulierung Sach", 62, 0.09, "fallend"],
        ["Sonstiges", 48, 0.07, "gleich"],
        ["Summe", 690, 1.0, ""],
    ]), ("Hinweis", [["Quelle: Kundenbefragung KB-2026-1, n = 2.318 Antworten, 690 mit Freitext."],
                     ["Anonymisiert durch Marktforschung, keine Rückschlüsse auf Personen möglich."]])],
        title="Kundenbefragung Q1 Freitext", author="Carola Schmitz", created="2026-03-02T08:10:00Z")
    to = [("Team Kundenservice", "team-kundenservice@" + DOM)]
    return build(n, me("schmitz"), to, "Kundenstimmen Q1 – bitte vor Donnerstag lesen",
                 (2026, 3, 2, 8, 17), mixed(text(body), att(x, XLSX_CT, "Kundenbefragung_Q1_Kategorien.xlsx")))


@mail(C, "en", "insurer-to-customer",
      "household: garden shed break-in, power tools stolen, claim number and policy; plain us-ascii")
def m006(n):
    cust = ("Gareth Pryce", "gpryce@kabelnet.example")
    body = T("""
    Dear Mr Pryce,

    Thank you for reporting the break-in. I have opened claim S-2026-014223 under
    your household contents policy HR-552 019 3.

    Tools kept in a locked garden shed on your property are covered up to
    2,500 EUR. To settle the claim we need:

    1. the police report number (you mentioned you went to the station on Saturday),
    2. a list of the stolen items with approximate age and purchase price,
    3. receipts or bank statements where you still have them, or photos of the tools.

    A photo of the broken padlock and door would also help.

    Kind regards,
    Oliver Kent
    """) + "\n" + sig("kent", "en") + "\n" + ol_en(
        "Gareth Pryce <gpryce@kabelnet.example>", en_sent(2026, 1, 18, 20, 40),
        "claims@weidenhof.example", "Break in garden shed", T("""
    Hello,

    Somebody broke into our garden shed on Friday night and took pretty much all my
    tools - a Makita drill, a circular saw, the hedge trimmer and a toolbox. They cut
    the padlock. Reported it to the police Saturday morning, the officer gave me a
    number but I have to dig out the paper.

    Is this something the house insurance pays for? It's a wooden shed at the back of
    the garden, not attached to the house.

    Cheers,
    Gareth Pryce
    Amselweg 9, 48159 Muenster
    """))
    return build(n, me("kent"), cust, "RE: Break in garden shed", (2026, 1, 19, 11, 4),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "kabelnet.example", 2026, 1, 18, "gp771"))


@mail(S, "de", "customer",
      "accident insurance: customer's long story (fall from ladder, heel bone fracture, surgery) forwarded by customer dialogue to accident claims")
def m007(n):
    body = T("""
    Hallo Frank,

    bitte übernimm das – Herr Lammers hat bei uns eine Unfallversicherung
    (UV-77 104 58) und schildert unten einen Sturz von der Leiter. Er hat gefragt,
    ob er die Unterlagen per Post oder Mail schicken soll; ich habe ihm gesagt, dass
    du dich meldest. Telefonisch erreichbar ab 14 Uhr (Tochter geht ran).

    Danke dir!
    Aylin
    """) + "\n" + sig("demir", short=True) + "\n" + ol_de_fw(
        "Heinz-Jürgen Lammers <hj.lammers@t-netz.example>", de_sent(2026, 1, 20, 16, 12),
        "kundendialog@weidenhof.example", "Unfall", T("""
    Sehr geehrte Damen und Herren

    ich muss leider einen Unfall melden. Am 10.1. wollte ich die Dachrinne sauber machen weil da so viel Laub drin war und dann ist die Leiter weggerutscht, ich bin aus ca 2,5m runter auf die Terrasse gefallen auf den rechten Fuß. Meine Frau hat den Krankenwagen gerufen, im Clemenshospital haben Sie festgestellt das das Fersenbein gebrochen ist (mehrfach sagt der Arzt) und ich bin am 12.1. operiert worden mit Schrauben und Platte.

    Ich war 9 Tage im Krankenhaus und darf jetzt 8 Wochen gar nicht auftreten, nur mit Krücken. Der Arzt meint es kann sein das der Fuß nicht mehr ganz wird wie vorher, wegen dem Gelenk.

    Ich habe bei Ihnen eine Unfallversicherung seit 2009, die Nummer weiß ich nicht genau, steht irgendwo im Ordner. Was muss ich jetzt machen? Soll ich den Entlassungsbericht schicken? Ich habe keinen Scanner, meine Tochter kann das Handy Fotos machen.

    Mit freundlichen Grüßen
    Heinz-Jürgen Lammers
    Kiebitzweg 14
    48308 Senden
    """))
    return build(n, me("demir"), [("Frank Möller", "frank.moeller@" + DOM)], "WG: Unfall",
                 (2026, 1, 21, 8, 40), text(body))


@mail(N, "de", "insurer-to-jobseeker",
      "trap: job applicant asks whether the care-advisor position can be part-time; care vocabulary, no health data of anyone")
def m008(n):
    who = ("Nele Hartwig", "nele.hartwig@mailpost.example")
    body = T("""
    Hallo Frau Hartwig,

    ja, das geht! Die Stelle als Pflegeberater*in (Kennziffer 2026-017) ist
    ausdrücklich auch in Teilzeit ausgeschrieben, wir können uns 20 bis 30 Stunden
    pro Woche gut vorstellen. Die Beratung läuft überwiegend telefonisch und per
    Video, Hausbesuche gibt es nur in Ausnahmefällen und sind planbar.

    Mit Ihrer Ausbildung als examinierte Altenpflegerin passen Sie gut ins Profil.
    Schicken Sie uns Ihre Unterlagen gern über das Bewerbungsportal unter
    www.weidenhof.example/karriere – Kinderbetreuungszeiten können Sie im Anschreiben
    einfach erwähnen, das berücksichtigen wir bei der Terminplanung.

    Viele Grüße
    Greta Albers
    """) + "\n" + sig("albers") + "\n" + de_am(2026, 1, 22, 21, 15, "Nele Hartwig <nele.hartwig@mailpost.example>") + "\n" + q(T("""
    Hallo, kann man die Stelle Pflegeberater*in auch in Teilzeit machen? Bin examinierte Altenpflegerin und hab zwei kleine Kinder, Vollzeit geht grad nicht.
    lg Nele Hartwig
    """))
    return build(n, me("albers"), who, "Re: Frage zur Stelle Pflegeberater*in", (2026, 1, 23, 10, 2),
                 text(body, cte="8bit"), irt=cid("", "mailpost.example", 2026, 1, 22, "nh-q2"),
                 mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


@mail(C, "de", "insurer-to-customer",
      "household: washing machine leak, laminate swollen, claim number, assessor appointment as ICS")
def m009(n):
    cust = ("Agnieszka Nowak", "a.nowak@inbox-mail.example")
    body = T("""
    Hallo Frau Nowak,

    danke für die Fotos. Ich habe den Schaden unter S-2026-015871 zu Ihrer
    Hausratversicherung HR-610 284 7 angelegt.

    Kurz zur Abgrenzung, weil Sie danach gefragt haben: Der Laminatboden gehört in
    einer Mietwohnung in der Regel zum Gebäude. Den muss Ihr Vermieter über seine
    Wohngebäudeversicherung melden. Über uns laufen Ihre eigenen Sachen – also der
    Teppich, das Sideboard und die Kartons mit den Büchern.

    Unser Sachverständiger Herr Albrecht schaut sich das am Mittwoch, 28.01., um
    10:00 Uhr an. Die Einladung hängt an. Bitte heben Sie die beschädigten Sachen bis
    dahin auf.

    Viele Grüße
    Murat Yılmaz
    """) + "\n" + sig("yilmaz") + footer() + "\n" + ol_de(
        "Agnieszka Nowak <a.nowak@inbox-mail.example>", de_sent(2026, 1, 23, 7, 58),
        "schaden@weidenhof.example", "Wasserschaden!!", T("""
    Guten morgen,
    heute nacht ist die Waschmaschine ausgelaufen (Schlauch abgegangen) und das ganze Bad und halbe Flur stand unter Wasser. Das Laminat im Flur ist schon ganz aufgequollen und der Teppich und das Sideboard sind nass, auch 3 Kartons mit Bücher die da standen. Fotos anbei. Was soll ich jetzt machen? Vermieter ist informiert.
    Agnieszka Nowak
    Hausrat Nr. HR-610 284 7
    """))
    ics = ics_text("20260128T100000-S-2026-015871@weidenhof.example", "20260128T100000", "20260128T110000",
                   "Besichtigung Wasserschaden S-2026-015871",
                   location="Wichernstraße 31, 48147 Münster, 2. OG links",
                   description="Sachverständiger Jens Albrecht, Weidenhof Versicherung.\nBitte beschädigte Gegenstände bereithalten.",
                   organizer=("Murat Yilmaz", "murat.yilmaz@" + DOM),
                   attendees=[("Agnieszka Nowak", "a.nowak@inbox-mail.example")])
    return build(n, me("yilmaz"), cust, "AW: Wasserschaden!! – Termin Sachverständiger",
                 (2026, 1, 23, 14, 20), mixed(text(body), ics_att(ics, "Termin_Besichtigung.ics")),
                 irt=cid("", "inbox-mail.example", 2026, 1, 23, "AN0123"))


@mail(S, "mixed", "insurer-to-customer",
      "expat health: wife pregnant (week 12), maternity and birth cover; German/English mix from both sides")
def m010(n):
    cust = ("Rahul Menon", "rahul.menon@fastinbox.example")
    body = T("""
    Hallo Herr Menon / Hi Rahul,

    erstmal herzlichen Glückwunsch – congratulations to you and Deepa!

    Short answer: ja, die Geburt ist versichert. Deepa is co-insured on your policy
    KV-502 240 19 (Expat Health Plus) since 01.03.2025, so the 8-month waiting period
    for pregnancy and birth is over.

    Covered are:
    - Vorsorgeuntersuchungen / prenatal check-ups and ultrasound scans
    - Hebamme (midwife) before and after birth
    - hospital birth incl. Zweibettzimmer, or a Geburtshaus
    - the baby: please register him/her with us within 2 months after birth, then
      there are no health questions and no waiting periods (Kindernachversicherung).

    Falls Ihre Frauenärztin einen Mutterpass ausstellt: nothing to send us. Just
    submit the bills as usual.

    Viele Grüße / best regards
    Sophie Wagner
    """) + "\n" + sig("wagner", "en") + footer("kranken", "en") + "\n" + ol_en(
        "Rahul Menon <rahul.menon@fastinbox.example>", en_sent(2026, 1, 25, 12, 9),
        "international@weidenhof.example", "Frage Schwangerschaft / pregnancy question", T("""
    Hallo,

    sorry my German ist nicht so gut, I try both. Meine Frau Deepa ist schwanger (12. Woche 🎉) and we want to know if the Geburt is covered in my Tarif? And the Untersuchungen before? The Frauenärztin asked if we are "privat" and we said yes but we dont really know what that means for us lol.

    Vielen Dank!
    Rahul
    """))
    return build(n, me("wagner"), cust, "AW: Frage Schwangerschaft / pregnancy question",
                 (2026, 1, 26, 9, 45), text(body), irt=cid("", "fastinbox.example", 2026, 1, 25, "rm-pq"))


@mail(N, "en", "insurer-to-prospect",
      "trap: prospect asks whether travel insurance covers skiing 'if i break a leg lol' - hypothetical, generic product answer")
def m011(n):
    who = ("Tom Hadley", "tomhadley@inbox-mail.example")
    body = T("""
    Hi Tom,

    yes - skiing and snowboarding on marked pistes are covered by our travel health
    insurance (ReiseGesund), no extra premium needed. If someone breaks a leg, it pays
    for mountain rescue, the hospital in Austria and, if medically sensible, the
    transport back home.

    For a group of five going in February the simplest option is the annual family &
    friends tariff or five single-trip policies (from 9.90 EUR per person for up to
    14 days). Off-piste touring with a guide is included; heli-skiing and races are not.

    You can take it out online at www.weidenhof.example/en/travel until the day before
    you leave.

    Have fun on the slopes!
    Henrik Sommer
    """) + "\n" + sig("sommer", "en") + "\n" + en_on(2026, 1, 26, 23, 51, "Tom Hadley <tomhadley@inbox-mail.example>") + "\n" + q(T("""
    do u guys do travel insurance for skiing in austria? like if i break a leg lol. going in feb with 4 mates, saalbach, 1 week
    """))
    return build(n, me("sommer"), who, "Re: skiing austria", (2026, 1, 27, 8, 30),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "inbox-mail.example", 2026, 1, 26, "th-ski"))


@mail(S, "de", "insurer-to-customer",
      "life insurance: beneficiary change after divorce to the daughter (name, birth date); personal line; PDF form")
def m012(n):
    cust = ("Marco Feldmann", "marco.feldmann@webmail-de.example")
    body = T("""
    Sehr geehrter Herr Feldmann,

    vielen Dank für Ihre Nachricht. Ich verstehe, dass Ihnen das wichtig ist.

    Das Bezugsrecht für Ihre Risikolebensversicherung LV 4417 2290 13 ist derzeit
    widerruflich zugunsten von Frau Nadine Feldmann eingetragen. Weil es widerruflich
    ist, können Sie es jederzeit allein ändern – die Zustimmung Ihrer früheren Frau
    brauchen Sie nicht.

    Aus Beweisgründen benötigen wir die Änderung aber schriftlich mit Ihrer
    Unterschrift. Ich habe Ihnen das Formular bereits mit Ihrer Tochter Mia Feldmann
    (geb. 14.05.2012) vorausgefüllt. Bitte prüfen, unterschreiben und per Post oder
    als Scan zurückschicken. Die Änderung gilt ab Eingang bei uns.

    Da Mia minderjährig ist, noch ein Hinweis: Im Leistungsfall würde die
    Versicherungssumme von 150.000 EUR an ihren gesetzlichen Vertreter ausgezahlt.
    Wenn Sie das vermeiden möchten, sprechen Sie mich gern an.

    Mit freundlichen Grüßen
    Tobias Brandt
    """) + "\n" + sig("brandt") + footer("leben") + "\n" + ol_de(
        "Marco Feldmann <marco.feldmann@webmail-de.example>", de_sent(2026, 1, 27, 22, 34),
        "leben@weidenhof.example", "Bezugsberechtigung ändern SOFORT", T("""
    Hallo,

    Nach der Scheidung soll meine Ex NICHT mehr Bezugsberechtigt sein!!! Bitte sofort auf meine Tochter Mia umstellen (geb. 14.05.2012). Die Scheidung ist seit letzter Woche rechtskräftig. Muss meine Ex da zustimmen??

    Marco Feldmann
    LV 4417229013
    """))
    pdf = pdf_bytes([
        "# Änderung des Bezugsrechts",
        "Weidenhof Lebensversicherung AG, Weidenhofplatz 1, 48143 Münster",
        "",
        "Versicherungsnummer: LV 4417 2290 13 (Risikolebensversicherung, 150.000 EUR)",
        "Versicherungsnehmer und versicherte Person: Marco Feldmann, geb. 02.09.1981",
        "Anschrift: Hüfferstraße 62, 48149 Münster",
        "",
        "Bisheriges Bezugsrecht (widerruflich): Nadine Feldmann",
        "",
        "Neues Bezugsrecht für den Todesfall (widerruflich):",
        "Mia Feldmann, geb. 14.05.2012, Tochter, Anteil 100 %",
        "",
        "Ort, Datum: ______________________   Unterschrift: ______________________",
    ], title="Bezugsrecht LV 4417 2290 13", author="Tobias Brandt")
    return build(n, me("brandt"), cust, "AW: Bezugsberechtigung ändern SOFORT", (2026, 1, 28, 11, 16),
                 mixed(text(body), att(pdf, "application/pdf", "Bezugsrecht_Aenderung_LV4417229013.pdf")),
                 irt=cid("", "webmail-de.example", 2026, 1, 27, "mf-bzr"))


@mail(C, "de", "insurer-to-customer",
      "legal expenses (tenancy): service-charge dispute, cover for initial advice; older customer's formal letter quoted; iso-8859-1")
def m013(n):
    cust = ("Brigitte Sauer", "brigitte.sauer@t-netz.example")
    body = T("""
    Sehr geehrte Frau Sauer,

    vielen Dank für Ihre ausführliche Schilderung.

    Für die Prüfung der Nebenkostenabrechnung 2024 besteht über Ihre
    Rechtsschutzversicherung RS 660 314 27 (Baustein Wohnen/Miete) Versicherungsschutz.
    Wir übernehmen die Kosten für eine anwaltliche Erstberatung; falls Ihr Anwalt
    danach außergerichtlich gegen die Nachforderung vorgehen soll, melden Sie sich
    bitte noch einmal kurz bei uns. Ihre Selbstbeteiligung beträgt 150 EUR.

    Unser Aktenzeichen: RS-S-2026-00412. Bitte geben Sie es Ihrem Anwalt an. Wenn
    Sie keinen Anwalt kennen, nennen wir Ihnen gern eine Kanzlei für Mietrecht in
    Bielefeld.

    Bitte zahlen Sie die geforderten 1.146,80 EUR vorerst nicht, bevor die Abrechnung
    geprüft ist, aber lassen Sie die Frist Ihres Vermieters (28.02.2026) nicht
    verstreichen, ohne zu antworten.

    Mit freundlichen Grüßen
    Lena Hoffmann
    """) + "\n" + sig("hoffmann") + "\n" + ol_de(
        "Brigitte Sauer <brigitte.sauer@t-netz.example>", de_sent(2026, 1, 28, 15, 2),
        "rechtsschutz@weidenhof.example", "Nebenkostenabrechnung Vermieter Rechtsschutz", T("""
    Sehr geehrte Damen und Herren,

    ich bin seit vielen Jahren bei Ihnen Rechtsschutz versichert. Nun hat mein Vermieter mir die Nebenkostenabrechnung für das Jahr 2024 geschickt und verlangt eine Nachzahlung von 1.146,80 EUR. Das ist fast das dreifache vom letzten Jahr. Ich wohne allein auf 58 qm. Es sind Hausmeisterkosten und Gartenpflege drin obwohl es gar keinen Hausmeister mehr gibt seit dem Sommer.

    Ich bin 78 Jahre alt und kenne mich damit nicht aus. Meine Nachbarin sagt ich soll das prüfen lassen. Zahlt das die Versicherung ? Meine Nummer ist RS 660 314 27.

    Mit freundlichen Grüßen
    Brigitte Sauer
    Am Sparrenberg 4
    33602 Bielefeld
    """))
    return build(n, me("hoffmann"), cust, "AW: Nebenkostenabrechnung Vermieter Rechtsschutz",
                 (2026, 1, 29, 10, 5), text(body, charset="iso-8859-1", cte="quoted-printable"),
                 irt=cid("", "t-netz.example", 2026, 1, 28, "BS-NK24"))


@mail(N, "de", "internal",
      "trap: reply templates for premium-increase complaints with «placeholders» and anonymised typical customer phrases; DOCX")
def m014(n):
    body = T("""
    Liebe Kolleginnen und Kollegen,

    zur Beitragsanpassung KV zum 01.04. rechnen wir wieder mit vielen wütenden Mails.
    Anbei die überarbeiteten Textbausteine. Neu ist vor allem Baustein B3 für
    Kundinnen und Kunden, die "schon wieder" schreiben – das war letztes Jahr der
    Klassiker. Typische Formulierungen aus 2025 (anonymisiert):

      "schon wieder teurer!!! was macht ihr eigentlich mit meinem geld"
      "Ich bin nie krank und zahle trotzdem jedes Jahr mehr. Frechheit."
      "wenn das so weiter geht kündige ich 😡"

    Bitte die Platzhalter in «» immer komplett ersetzen und keine Beiträge oder
    Gründe aus dem Kopf nennen, sondern aus dem Anpassungsschreiben übernehmen.

    Danke!
    Carola
    """) + "\n" + sig("schmitz", short=True)
    d = docx_bytes([
        ("h", "Textbausteine Beitragsanpassung KV 04/2026"),
        "Stand 03.02.2026, Freigabe Teamleitung Kundenservice / Rechtsabteilung",
        ("h", "B1 Einstieg"),
        "«Anrede» «Nachname», vielen Dank für Ihre Nachricht zur Beitragsanpassung Ihres Vertrags «Vertragsnummer».",
        ("h", "B2 Gründe"),
        "Ihr Beitrag steigt ab 01.04.2026 von «Beitrag_alt» EUR auf «Beitrag_neu» EUR. Grund sind gestiegene Leistungsausgaben in Ihrem Tarif «Tarif», die ein unabhängiger Treuhänder geprüft hat.",
        ("h", "B3 \"Schon wieder\""),
        "Wir verstehen, dass eine erneute Erhöhung ärgerlich ist. Die Beiträge in der privaten Krankenversicherung dürfen nur angepasst werden, wenn die Leistungsausgaben eine gesetzliche Schwelle überschreiten – deshalb gibt es manchmal mehrere Jahre keine und dann eine größere Anpassung.",
        ("h", "B4 Tarifwechsel"),
        "Sie haben das Recht, in einen gleichartigen Tarif zu wechseln (§ 204 VVG). Gern rechnen wir Ihnen Alternativen aus: «Alternativtarif_1», «Alternativtarif_2».",
        ("table", [["Platzhalter", "Quelle"], ["«Vertragsnummer»", "Bestandssystem KV"],
                   ["«Beitrag_alt» / «Beitrag_neu»", "Anpassungsschreiben"], ["«Tarif»", "Bestandssystem KV"]]),
    ], title="Textbausteine BAP 2026", author="Carola Schmitz", created="2026-02-03T07:30:00Z")
    return build(n, me("schmitz"), [("Team Kundenservice", "team-kundenservice@" + DOM)],
                 "Textbausteine Beitragsanpassung KV 2026 (neu: B3)", (2026, 2, 3, 7, 41),
                 mixed(text(body), att(d, DOCX_CT, "Textbausteine_BAP_2026.docx")))


@mail(S, "en", "insurer-to-customer",
      "travel cancellation because the customer's mother broke her hip; doctor's certificate requested; third-party health data")
def m015(n):
    cust = ("Claire Whitfield", "claire.whitfield@kabelnet.example")
    body = T("""
    Dear Ms Whitfield,

    I'm very sorry to hear about your mother's fall, and I hope the operation went well.

    A serious injury of a close relative is an insured reason for cancellation under
    your trip cancellation cover (policy RE-26-004 877). I have registered the claim
    for the Lisbon trip (7-14 February, 2 persons) with the cancellation costs of
    1,240.00 EUR.

    To complete the file I need three documents:

    - the cancellation invoice from the tour operator,
    - the booking confirmation,
    - a short medical certificate for your mother (Mrs Margaret Whitfield) confirming
      the hip fracture on 5 February and that she needed care afterwards. The hospital
      can use our form "Attest Reiserücktritt" - I've put the link below.

    Form: www.weidenhof.example/en/forms/travel-cancellation-certificate

    Kind regards,
    Henrik Sommer
    """) + "\n" + sig("sommer", "en") + "\n" + en_on(2026, 2, 8, 17, 26, "Claire Whitfield <claire.whitfield@kabelnet.example>") + "\n" + q(T("""
    Hello,

    we had to cancel our trip to Lisbon (flights + hotel, 7th-14th Feb) because my mum fell on the stairs two days before we were meant to leave and broke her hip. She's 81 and lives on her own, they operated on the 6th and she'll need someone with her for a few weeks, so there was no way we could go. The travel agent charged us 1,240 EUR in cancellation fees. We have the travel insurance with you, number RE-26-004 877 I think.

    What do you need from me? The hospital is in Osnabrück if that matters.

    Thanks,
    Claire
    """))
    return build(n, me("sommer"), cust, "RE: Cancellation Lisbon - mum in hospital", (2026, 2, 9, 10, 12),
                 text(body, cte="quoted-printable"), irt=cid("", "kabelnet.example", 2026, 2, 8, "cw-lis"))


@mail(C, "en", "insurer-to-customer",
      "travel: suitcase delayed in Istanbul, emergency purchases, baggage delay cover; no health content; us-ascii")
def m016(n):
    cust = ("Jonas Lindgren", "jonas.lindgren@inbox-mail.example")
    body = T("""
    Hi Jonas,

    sorry about the suitcase - Istanbul transfers seem to be eating a lot of luggage
    this winter.

    Your baggage cover (policy RE-25-118 204) pays for necessary replacement
    purchases when your luggage is more than 12 hours late, up to 300 EUR. Toiletries,
    underwear, a couple of shirts, a charger - that's all fine. A new jacket usually
    only partly.

    Please send:
    - the PIR (Property Irregularity Report) from the airline desk - the number looks
      like ISTTK12345,
    - receipts for what you bought,
    - your boarding pass.

    If the airline pays you something as well, let me know so we don't pay twice.
    Claim number: RE-S-2026-0233.

    Cheers,
    Henrik
    """) + "\n" + sig("sommer", "en") + "\n" + en_on(2026, 2, 14, 8, 2, "Jonas Lindgren <jonas.lindgren@inbox-mail.example>") + "\n" + q(T("""
    Hi, my suitcase is stuck in Istanbul since 3 days, I'm in Tbilisi for work with literally one set of clothes. had to buy stuff. does my travel insurance cover this? the airline just says "tomorrow" every day.
    Jonas
    """))
    return build(n, me("sommer"), cust, "RE: suitcase stuck in Istanbul", (2026, 2, 14, 11, 48),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "inbox-mail.example", 2026, 2, 14, "jl-ist"))


@mail(N, "de", "insurer-to-public",
      "trap: non-customer reports a phishing mail asking for 'IBAN bestätigen'; no IBAN, no contract, generic warning")
def m017(n):
    who = ("Melanie Voss", "melli.voss@netzpost.example")
    body = T("""
    Hallo Frau Voss,

    danke, dass Sie nachfragen – das ist leider eine Fälschung (Phishing).

    Wir fordern niemals per Mail dazu auf, über einen Link Bankdaten zu "bestätigen",
    und wir sperren auch keine Konten. Bitte klicken Sie nichts an und geben Sie
    nichts ein. Wenn Sie mögen, leiten Sie die Mail als Anhang an
    phishing@weidenhof.example weiter, dann können wir die Seite sperren lassen.
    Danach einfach löschen.

    Gut, dass Sie aufgepasst haben! 🙂

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 2, 2, 19, 40, "Melanie Voss <melli.voss@netzpost.example>") + "\n" + q(T("""
    hallo, hab grad ne mail bekommen angeblich von der weidenhof, ich soll meine iban bestätigen sonst wird mein konto gesperrt?? bin gar kein kunde bei euch 🤔 ist das fake? absender war irgendwas mit "service-weidenhof-sicherheit"
    """))
    return build(n, me("demir"), who, "AW: ist das von euch??", (2026, 2, 3, 8, 14), text(body, cte="8bit"),
                 irt=cid("", "netzpost.example", 2026, 2, 2, "mv-ph"))


@mail(S, "de", "insurer-to-customer",
      "long-term care: daughter reports her mother's care level 3 after a stroke; care daily allowance; multipart/alternative")
def m018(n):
    cust = ("Sabine Krüger", "sabine.krueger@mailpost.example")
    plain = T("""
    Liebe Frau Krüger,

    vielen Dank für Ihre Nachricht und den Bescheid der Pflegekasse. Es tut mir leid,
    dass Ihre Mutter nach dem Schlaganfall nun auf Hilfe angewiesen ist.

    Aus der Pflegetagegeldversicherung Ihrer Mutter, Frau Ursula Krüger
    (PZ-208 551 6), zahlen wir bei Pflegegrad 3 und häuslicher Pflege 60 % des
    versicherten Tagessatzes von 50 EUR, also 30 EUR pro Tag bzw. 900 EUR im Monat –
    rückwirkend ab 05.01.2026, dem Beginn laut Bescheid.

    Damit wir das Geld auszahlen und mit Ihnen statt mit Ihrer Mutter
    korrespondieren können, brauchen wir noch:
      1. eine Kopie Ihrer Vorsorgevollmacht,
      2. die Bankverbindung, auf die das Pflegetagegeld gehen soll.

    Einen ärztlichen Bericht brauchen wir nicht, der Bescheid reicht.

    Wenn Sie Fragen zur Organisation der Pflege haben: Unsere Pflegeberatung
    erreichen Sie unter 0251 98760-777.

    Herzliche Grüße
    Maria Lindqvist
    """) + "\n" + sig("lindqvist") + "\n"
    quoted = ol_de("Sabine Krüger <sabine.krueger@mailpost.example>", de_sent(2026, 2, 4, 20, 11),
                   "pflege@weidenhof.example", "Pflegegrad Mama", T("""
    Hallo,

    meine Mutter Ursula Krüger hat bei Ihnen eine Pflegezusatzversicherung. Nach ihrem Schlaganfall im Dezember ist sie jetzt rechtsseitig gelähmt und braucht Hilfe bei fast allem, wir pflegen sie zu Hause mit dem Pflegedienst. Die Pflegekasse hat jetzt Pflegegrad 3 bewilligt, Bescheid ist im Anhang.

    Wie viel zahlen Sie und was brauchen Sie noch? Ich habe eine Vorsorgevollmacht.

    Viele Grüße
    Sabine Krüger
    """))
    full = plain + "\n" + quoted
    h = html_doc(para_html(plain) + '<div style="border-top:1px solid #ccc;padding-top:6px">'
                 + para_html(quoted) + "</div>\n")
    return build(n, me("lindqvist"), cust, "AW: Pflegegrad Mama", (2026, 2, 5, 13, 27),
                 alt(text(full), html(h)), irt=cid("", "mailpost.example", 2026, 2, 4, "SK-pg3"))


@mail(C, "de", "insurer-to-customer",
      "motor: eVB number for a used car, name and address in the attached confirmation PDF")
def m019(n):
    cust = ("Luca Romano", "luca.romano@webmail-de.example")
    body = T("""
    Moin Herr Romano,

    hier Ihre eVB-Nummer für den Golf: 7KX3P9A

    Die brauchen Sie bei der Zulassungsstelle am Donnerstag. Die FIN müssen Sie uns
    nicht vorher schicken – die Zulassungsstelle meldet uns das Fahrzeug automatisch,
    danach bekommen Sie den Versicherungsschein. Bis dahin gilt vorläufiger
    Versicherungsschutz in Haftpflicht und Vollkasko wie besprochen.

    Die Bestätigung hängt als PDF an.

    Gute Fahrt!
    Jana Petersen
    """) + "\n" + sig("petersen") + "\n" + ol_de(
        "Luca Romano <luca.romano@webmail-de.example>", de_sent(2026, 2, 9, 7, 3),
        "kfz@weidenhof.example", "evb", T("""
    moin, brauch ne evb nummer für den neuen (gebrauchten) golf, zulassung ist donnerstag. FIN hab ich grad nicht, kommt noch. versichern wie den alten polo, also VK mit 300 SB.

    Luca
    """))
    pdf = pdf_bytes([
        "# Elektronische Versicherungsbestätigung (eVB)",
        "Weidenhof Versicherung AG - Kraftfahrtversicherung",
        "",
        "eVB-Nummer: 7KX3P9A     gültig bis: 10.08.2026",
        "Versicherungsnehmer: Luca Romano",
        "Anschrift: Gartenstraße 118, 48147 Münster",
        "Fahrzeugart: Pkw, Hersteller VW, Typ Golf",
        "Vorläufiger Schutz: Kfz-Haftpflicht, Vollkasko (SB 300 EUR), Teilkasko (SB 150 EUR)",
        "Vorvertrag: KF 9 188 406 (VW Polo), SF-Klasse Haftpflicht SF 6",
    ], title="eVB 7KX3P9A")
    return build(n, me("petersen"), cust, "AW: evb", (2026, 2, 9, 8, 21),
                 mixed(text(body), att(pdf, "application/pdf", "eVB_7KX3P9A.pdf")),
                 irt=cid("", "webmail-de.example", 2026, 2, 9, "lr-evb"))


@mail(N, "en", "internal",
      "trap: monthly statistics of the expat desk (counts of maternity/dental/mental-health questions, response times); aggregates only, CSV")
def m020(n):
    body = T("""
    Hi team,

    January numbers are in (CSV attached). Quick summary:

    - 612 customer emails, 94 % answered within 2 working days (target 90 %)
    - top topics: claims status (148), maternity & pregnancy questions (71),
      dental (63), mental health / therapy cover (44), premium certificates for
      employers (39)
    - median first response: 5.2 working hours

    The maternity number is up again - I'd like us to finish the FAQ page in
    February so people find the basics before they write to us. Ideas welcome.

    Also: please keep writing in the customer's language. Three complaints in
    January were "I wrote in English, why do you answer in German".

    Thanks all,
    Sophie
    """) + "\n" + sig("wagner", "en", short=True)
    c = csv_text([
        ["month", "topic", "emails", "answered_2wd", "median_first_response_h"],
        ["2026-01", "claims status", 148, 141, 4.8],
        ["2026-01", "maternity & pregnancy", 71, 66, 6.1],
        ["2026-01", "dental", 63, 60, 5.0],
        ["2026-01", "mental health / therapy", 44, 40, 6.9],
        ["2026-01", "employer premium certificate", 39, 39, 2.2],
        ["2026-01", "other", 247, 229, 5.3],
        ["2026-01", "total", 612, 575, 5.2],
    ])
    return build(n, me("wagner"), [("International Health Desk", "international-team@" + DOM)],
                 "January stats - expat desk", (2026, 2, 4, 9, 3),
                 mixed(text(asc(body), charset="us-ascii", cte="7bit"),
                       att_text(c, "text/csv", "expat_desk_2026-01.csv", "us-ascii", "7bit")))


@mail(N, "de", "insurer-to-prospect",
      "trap: grey: prospect asks whether accident insurance is worth it for skiers, mentions an unnamed friend's torn ligament; generic answer")
def m021(n):
    who = ("Felix Ruhnau", "felix.ruhnau@mailpost.example")
    body = T("""
    Hallo Herr Ruhnau,

    gute Frage, die wir oft hören. Ehrlich gesagt: Für die Behandlung nach einem
    Skiunfall ist erstmal Ihre Krankenversicherung da. Die private Unfallversicherung
    zahlt, wenn nach einem Unfall etwas dauerhaft bleibt (Invalidität) – z. B. ein
    Knie, das nicht mehr voll beweglich ist. Dann gibt es eine Einmalzahlung, die
    sich nach der Gliedertaxe und Ihrer Versicherungssumme richtet.

    Ob sich das lohnt, hängt weniger vom Skifahren ab als davon, ob Sie finanziell
    abgesichert sein wollen, wenn Sie Umbauten, Haushaltshilfe o. Ä. brauchen. Ein
    Kreuzbandriss heilt zum Beispiel oft folgenlos aus; dann zahlt die
    Unfallversicherung nur, wenn Sie Zusatzleistungen wie Krankenhaustagegeld oder
    eine Sofortleistung mitversichert haben.

    Beispiel: 100.000 EUR Grundsumme mit Progression 225 % kostet für einen
    Büroangestellten Mitte 30 ca. 11 EUR im Monat.

    Wenn Sie möchten, rufe ich Sie an und wir gehen das in Ruhe durch.

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 2, 5, 12, 31, "Felix Ruhnau <felix.ruhnau@mailpost.example>") + "\n" + q(T("""
    hallo, lohnt sich ne unfallversicherung wenn man viel ski fährt? mein kumpel hatte letztes jahr nen kreuzbandriss und stand ziemlich dumm da weil er selbstständig ist. was würde sowas kosten?
    """))
    return build(n, me("demir"), who, "AW: unfallversicherung skifahren", (2026, 2, 6, 9, 50),
                 text(body), irt=cid("", "mailpost.example", 2026, 2, 5, "fr-uv"))


@mail(C, "de", "insurer-to-customer",
      "buildings: storm took six roof tiles, roofer may repair at once; contract number; short exchange")
def m022(n):
    cust = ("Gerd Tiemann", "gerd.tiemann@t-netz.example")
    body = T("""
    Guten Morgen Herr Tiemann,

    ja, der Dachdecker darf sofort reparieren – bitte nicht warten, sonst regnet es
    rein. Machen Sie vorher (oder lassen Sie ihn machen) zwei, drei Fotos vom Dach
    und von den heruntergefallenen Ziegeln.

    Die Rechnung schicken Sie uns dann mit Verweis auf Ihre Wohngebäudeversicherung
    WG-118 402 und die Schadennummer S-2026-016604. Bei Sturm ab Windstärke 8 zahlen
    wir ohne Selbstbeteiligung; für Ihren Ort hat der Wetterdienst heute Nacht
    Orkanböen gemessen, da müssen Sie nichts weiter nachweisen.

    Viele Grüße
    Murat Yılmaz
    """) + "\n" + sig("yilmaz") + "\n" + de_am(2026, 2, 16, 6, 48, "Gerd Tiemann <gerd.tiemann@t-netz.example>") + "\n" + q(T("""
    sturm heute nacht hat 6 ziegel vom dach geholt, liegen im garten. dachdecker kann morgen früh kommen, darf der gleich reparieren oder muss erst jemand von ihnen gucken?
    G. Tiemann, Wohngebäude
    """))
    return build(n, me("yilmaz"), cust, "AW: Sturmschaden Dach", (2026, 2, 16, 8, 7),
                 text(body, cte="8bit"), irt=cid("", "t-netz.example", 2026, 2, 16, "gt-st"))


@mail(S, "en", "insurer-to-customer",
      "expat health: 9-year-old son diagnosed with ADHD, methylphenidate prescription, cover question")
def m023(n):
    cust = ("Priya Raman", "priya.raman@fastinbox.example")
    body = T("""
    Dear Priya,

    thank you for your message - and please don't worry, this is covered.

    Arjun is co-insured under your policy KV-502 377 02. Medication prescribed by a
    doctor, including Medikinet retard, is reimbursed at 100 % under Expat Health
    Plus. Please send us the pharmacy receipt together with a copy of the
    prescription (or the prescription number printed on the receipt).

    The follow-up appointments with the child psychiatrist and, if recommended,
    occupational therapy (Ergotherapie) are also covered. For therapy sessions we'd
    need the doctor's prescription before the first session.

    Kind regards,
    Sophie Wagner
    """) + "\n" + sig("wagner", "en") + footer("kranken", "en") + "\n" + ol_en(
        "Priya Raman <priya.raman@fastinbox.example>", en_sent(2026, 2, 17, 21, 30),
        "international@weidenhof.example", "medication for my son", T("""
    Hi,

    my son Arjun (9) was just diagnosed with ADHD by the Kinderarzt after months of problems at school. she prescribed Medikinet retard 10mg, once in the morning. Is this covered by our insurance? The pharmacy wanted 52 euros and I paid it, I have the receipt.

    Also they said he should see a child psychiatrist every 3 months, is that covered too?

    Thanks so much
    Priya
    """))
    return build(n, me("wagner"), cust, "RE: medication for my son", (2026, 2, 18, 10, 15),
                 text(body), irt=cid("", "fastinbox.example", 2026, 2, 17, "pr-adhd"))


@mail(N, "de", "newsletter",
      "trap: customer health newsletter (flu vaccination, back course, vitamin D) - no personal data; text/html only")
def m024(n):
    h = html_doc(T("""
    <div style="max-width:640px;margin:auto">
    <h1 style="color:#2d6a4f">Gesund durch den Winter</h1>
    <p>Hallo liebe Leserinnen und Leser,</p>
    <p>Schnupfen, Husten, Rücken – der Februar ist für viele die anstrengendste Zeit des Jahres.
    Hier unsere drei Tipps für die nächsten Wochen:</p>
    <h2>1. Grippeimpfung: noch nicht zu spät</h2>
    <p>Die Grippewelle erreicht ihren Höhepunkt meist erst im Februar. Die Impfung wird von der
    Ständigen Impfkommission für Menschen ab 60, Schwangere und chronisch Kranke empfohlen.
    In allen Weidenhof-Gesundheitstarifen sind empfohlene Schutzimpfungen ohne Selbstbeteiligung
    mitversichert.</p>
    <h2>2. Rückenfit in 10 Minuten</h2>
    <p>Unser Online-Kurs „Rückenfit“ mit Physiotherapeutin Anne Brockmann ist kostenlos und
    für alle offen – auch ohne Vertrag. Jeden Dienstag neue Übungen:
    <a href="https://www.weidenhof.example/rueckenfit">www.weidenhof.example/rueckenfit</a></p>
    <h2>3. Vitamin D: testen statt raten</h2>
    <p>Ein Vitamin-D-Mangel ist im Winter häufig. Ob Sie ein Präparat brauchen, klärt ein
    Bluttest bei Ihrer Hausärztin. Hochdosierte Präparate bitte nicht auf eigene Faust.</p>
    <hr>
    <p style="font-size:9pt;color:#666">Sie erhalten die Weidenhof Gesundheitsnews, weil Sie sich
    dafür angemeldet haben. <a href="https://www.weidenhof.example/newsletter/abmelden?id=GN-8812">Abmelden</a>
    | Weidenhof Krankenversicherung AG, Weidenhofplatz 1, 48143 Münster</p>
    </div>
    """))
    return build(n, ("Weidenhof Gesundheitsnews", "newsletter@" + DOM),
                 ("Silke Brandes", "silke.brandes@netzpost.example"),
                 "🌿 Gesund durch den Winter: Grippe, Rücken, Vitamin D", (2026, 2, 10, 7, 0),
                 html(h), mailer="Weidenhof Mailing 2.4",
                 extra=[("List-Unsubscribe", "<https://www.weidenhof.example/newsletter/abmelden?id=GN-8812>")])


@mail(C, "de", "insurer-to-customer",
      "bank details change for household and liability premiums; customer's new IBAN quoted in full")
def m025(n):
    cust = ("Dominik Hahn", "dominik.hahn@inbox-mail.example")
    ib = iban_de("40060000", "1287730045")
    body = T("""
    Hallo Herr Hahn,

    erledigt: Ab dem 01.03.2026 buchen wir die Beiträge für Ihre Hausrat-
    (HR-477 015 2) und Ihre Privathaftpflichtversicherung (PH-2201 8874) vom neuen
    Konto ab. Ihr neues SEPA-Mandat hat die Referenz WH-MA-0093317.

    Die Februar-Beiträge sind bereits vom alten Konto eingezogen, da passiert also
    nichts doppelt.

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + ol_de(
        "Dominik Hahn <dominik.hahn@inbox-mail.example>", de_sent(2026, 2, 18, 23, 2),
        "service@weidenhof.example", "neue bankverbindung", T("""
    hi, hab die bank gewechselt, neue IBAN %s (Sparkasse). bitte ab märz davon abbuchen, hausrat + haftpflicht. alte ist ab 1.3. zu

    dominik hahn
    """ % ib))
    return build(n, me("demir"), cust, "AW: neue bankverbindung", (2026, 2, 19, 10, 33),
                 text(body, cte="8bit"), irt=cid("", "inbox-mail.example", 2026, 2, 19, "dh-iban"))


@mail(S, "de", "insurer-to-customer",
      "daily sickness allowance: six weeks off work with exhaustion/burnout; windows-1252 quoted-printable, Outlook quote")
def m026(n):
    cust = ("Thomas Wiegand", "t.wiegand@kabelnet.example")
    body = T("""
    Sehr geehrter Herr Wiegand,

    danke für Ihre offene Nachricht. Zuerst: Gute Besserung – und machen Sie sich
    bitte wegen der Formalitäten keinen zusätzlichen Stress.

    Ihr Krankentagegeld aus dem Tarif KTG 43 (Vertrag KV-318 902 55) beginnt ab dem
    43. Tag der Arbeitsunfähigkeit, bei Ihnen also ab dem 24.02.2026. Versichert sind
    95 € pro Tag.

    Damit wir zahlen können, brauchen wir:
      – die Arbeitsunfähigkeitsbescheinigungen ab dem 13.01.2026 (Kopie genügt),
      – einmalig unseren Fragebogen „Arbeitsunfähigkeit“, den Ihre Ärztin ausfüllt
        (Diagnose und voraussichtliche Dauer),
      – eine Bestätigung Ihres Arbeitgebers, bis wann er das Gehalt fortzahlt.

    Die Zahlung erfolgt dann jeweils monatlich rückwirkend. Den Fragebogen schicke
    ich Ihnen heute per Post.

    Mit freundlichen Grüßen
    Dr. Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + footer("kranken") + "\n" + ol_de(
        "Thomas Wiegand <t.wiegand@kabelnet.example>", de_sent(2026, 2, 19, 6, 12),
        "leistung@weidenhof.example", "Krankentagegeld", T("""
    Guten Morgen,

    ich bin seit 13. Januar krankgeschrieben, die Ärztin sagt Erschöpfungssyndrom bzw. Burnout, ich soll mindestens noch 6 Wochen zuhause bleiben und hab jetzt auch einen Platz in einer Tagesklinik ab März. Mein Arbeitgeber zahlt ja nur 6 Wochen. Ab wann bekomme ich das Krankentagegeld und was müssen Sie dafür haben? Ich kann grad nicht so gut mit Formularen, sorry.

    Thomas Wiegand
    """))
    return build(n, me("kowalczyk"), cust, "AW: Krankentagegeld", (2026, 2, 19, 14, 2),
                 text(body, charset="windows-1252", cte="quoted-printable"),
                 irt=cid("", "kabelnet.example", 2026, 2, 19, "TW-ktg"))


@mail(N, "en", "insurer-to-public",
      "student asks for an interview for a master's thesis on digital claims handling; no personal data")
def m027(n):
    who = ("Ana Lucia Ferreira", "a.ferreira@student.uni-muenster.example")
    body = T("""
    Dear Ms Ferreira,

    thanks for reaching out - happy to help with your thesis.

    I've asked our claims digitalisation team and Mr Weber from IT application
    support is willing to do a 45-minute interview. Please send two or three
    possible dates in the second half of March and your questions in advance.

    Two things up front: we can talk about processes, volumes and lessons learned,
    but not about individual customers or claims, and we'd like to read the
    passages quoting us before submission. If that's fine for you, we're good to go.

    Best regards,
    Ben Okafor
    """) + "\n" + sig("okafor", "en") + "\n" + en_on(2026, 2, 20, 15, 40, "Ana Lucia Ferreira <a.ferreira@student.uni-muenster.example>") + "\n" + q(T("""
    Dear Sir or Madam,

    I am a master student in Information Systems at the University of Muenster and I'm writing my thesis about "AI-supported first notice of loss in German property insurance". Would someone from your company be available for an expert interview (30-45 min, online)? All data will be anonymised.

    Kind regards,
    Ana Lucia Ferreira
    """))
    return build(n, me("okafor"), who, "Re: Interview request - master thesis", (2026, 2, 23, 9, 8),
                 text(asc(body), charset="us-ascii", cte="7bit"),
                 irt=cid("", "student.uni-muenster.example", 2026, 2, 20, "alf-thesis"))


@mail(C, "en", "insurer-to-customer",
      "personal liability: customer spilled red wine over a friend's laptop; claim and policy; emoji in quote")
def m028(n):
    cust = ("Hannah Kowalski", "hannah.kowalski@fastinbox.example")
    body = T("""
    Hi Hannah,

    oh no - but don't worry, that's exactly what personal liability insurance is for.

    I've opened claim H-2026-00872 under your policy PH-3010 4471. Could you please
    ask your friend (Lukas, if I understood correctly) to send us:

    - the repair estimate or, if it can't be repaired, a statement from the repair
      shop ("wirtschaftlicher Totalschaden"),
    - the purchase invoice of the laptop (model and date),
    - his bank details for the payment.

    We pay the current value, not the new price, so for a 2-year-old laptop expect
    roughly 60-70 % of what he paid. He can send everything directly to me.

    Best,
    Paul Riedel
    """) + "\n" + sig("riedel", "en") + "\n" + en_on(2026, 2, 22, 11, 17, "Hannah Kowalski <hannah.kowalski@fastinbox.example>") + "\n" + q(T("""
    hiii so I did something stupid 🍷 at a dinner party last night I knocked over a full glass of red wine right onto my friend Lukas' laptop (MacBook, about 2 yrs old). screen went black and it doesnt turn on anymore. does my liability insurance pay for that?? i feel terrible
    """))
    return build(n, me("riedel"), cust, "RE: wine + laptop = disaster", (2026, 2, 23, 10, 30),
                 text(body, cte="8bit"), irt=cid("", "fastinbox.example", 2026, 2, 22, "hk-wine"))


@mail(S, "de", "insurer-to-customer",
      "grey: private health premium increase complaint - no diagnosis, but an identifiable person's health contract (personal line) with premium; PDF explanation")
def m029(n):
    cust = ("Rüdiger Hollmann", "ruediger.hollmann@t-netz.example")
    body = T("""
    Sehr geehrter Herr Hollmann,

    ich kann Ihren Ärger gut verstehen – niemand freut sich über einen höheren Beitrag.

    Ihr Beitrag für die Krankenversicherung KV-318 120 07 steigt zum 01.04.2026 von
    548,20 € auf 612,35 €. Grund sind nicht Ihre eigenen Arztrechnungen, sondern die
    gestiegenen Leistungsausgaben aller Versicherten in Ihrem Tarif Komfort 2; die
    Berechnung hat ein unabhängiger Treuhänder geprüft. Die Details stehen im
    beigefügten Blatt.

    Sie haben zwei Möglichkeiten, den Beitrag zu senken, ohne Ihren Schutz zu
    verlieren:
      1. Wechsel in Komfort 2 mit 1.200 € Selbstbehalt: 514,90 €
      2. Wechsel in Tarif Basis Plus (Einbettzimmer entfällt): 471,10 €

    Ein Wechsel innerhalb unseres Hauses ist ohne neue Gesundheitsprüfung möglich,
    soweit sich die Leistungen nicht verbessern. Rufen Sie mich gern an.

    Mit freundlichen Grüßen
    Dr. Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + footer("kranken") + "\n" + de_am(2026, 2, 24, 20, 55, "Rüdiger Hollmann <ruediger.hollmann@t-netz.example>") + "\n" + q(T("""
    schon WIEDER teurer!!! 😡 ich zahl jetzt 612 € im monat, das kann doch nicht sein. ich war letztes jahr 1x beim arzt. was macht ihr mit dem geld??? wenn das so weitergeht bin ich weg

    R. Hollmann
    KV-318 120 07
    """))
    pdf = pdf_bytes([
        "# Erläuterung zur Beitragsanpassung zum 01.04.2026",
        "Versicherungsnehmer: Rüdiger Hollmann, Vertrag KV-318 120 07",
        "Tarif Komfort 2 (ambulant, stationär Einbettzimmer, Zahn 80 %)",
        "",
        "Beitrag bisher: 548,20 EUR   Beitrag neu: 612,35 EUR",
        "Auslösender Faktor Leistungsausgaben Tarif Komfort 2: 1,14 (Schwellenwert 1,10)",
        "Zustimmung des Treuhänders am 12.01.2026",
        "",
        "Alternativen nach § 204 VVG: siehe Anschreiben",
    ], title="Beitragsanpassung KV-318 120 07")
    return build(n, me("kowalczyk"), cust, "AW: Beitragserhöhung", (2026, 2, 25, 11, 44),
                 mixed(text(body), att(pdf, "application/pdf", "Erlaeuterung_Beitragsanpassung_2026.pdf")),
                 irt=cid("", "t-netz.example", 2026, 2, 24, "rh-bap"))


@mail(C, "de", "insurer-to-customer",
      "grey: pet health insurance - tomcat's cystitis and vet bill; animal health is not human health data -> CONFIDENTIAL (contract, bank)")
def m030(n):
    cust = ("Julia Brinkmann", "julia.brinkmann@mailpost.example")
    body = T("""
    Hallo Frau Brinkmann,

    gute Besserung an Moritz! 🐱

    Die Tierarztrechnung über 287,40 € haben wir aus der Katzenkrankenversicherung
    TV-31 0094 abgerechnet. Erstattet werden 80 % nach GOT, also 229,92 €. Das Geld
    kommt in den nächsten Tagen auf Ihr Konto bei der Volksbank (IBAN endet auf 4471).

    Das Spezialfutter ist leider nicht versichert – das steht auch auf der Abrechnung,
    die ich anhänge.

    Viele Grüße
    Katrin Vogel
    """) + "\n" + sig("vogel") + "\n" + de_am(2026, 2, 25, 18, 2, "Julia Brinkmann <julia.brinkmann@mailpost.example>") + "\n" + q(T("""
    Hallo ihr Lieben,
    unser kater Moritz hatte ne blasenentzündung 😿 und war 2x beim tierarzt, hat zusammen 287 € gekostet plus das spezialfutter. rechnung anbei. zahlt ihr das?
    LG Julia
    """))
    pdf = pdf_bytes([
        "# Abrechnung Tierkrankenversicherung",
        "Versicherungsnehmerin: Julia Brinkmann, Vertrag TV-31 0094",
        "Versichertes Tier: Kater Moritz, Europäisch Kurzhaar, Chip 276098100447122",
        "Tierarztpraxis am Aasee, Rechnung vom 20.02.2026",
        "",
        "Untersuchung, Harnanalyse, Medikation (GOT)     287,40 EUR",
        "Diätfutter (nicht versichert)                     0,00 EUR",
        "Erstattung 80 %                                 229,92 EUR",
        "Auszahlung auf IBAN DE** **** **** **** **44 71",
    ], title="Abrechnung TV-31 0094")
    return build(n, me("vogel"), cust, "AW: Rechnung Tierarzt Moritz", (2026, 2, 26, 9, 18),
                 mixed(text(body), att(pdf, "application/pdf", "Abrechnung_TV-310094.pdf")),
                 irt=cid("", "mailpost.example", 2026, 2, 25, "jb-moritz"))


@mail(N, "de", "internal",
      "trap: minutes of a process workshop on scanning incoming doctors' invoices (volumes, error rates, OCR), no person; ODT")
def m031(n):
    body = T("""
    Hallo in die Runde,

    anbei das Protokoll vom Workshop "Scanstrecke Rechnungseingang KV" am Dienstag.
    Die wichtigsten Punkte:

    - Eingang aktuell ca. 41.000 Belege pro Monat (Arztrechnungen, Rezepte,
      Krankenhausrechnungen), davon 63 % per App/Portal, 37 % Papier
    - Fehlerquote OCR bei handschriftlichen Rezepten weiterhin 18 %
    - ab Q3 automatische Erkennung von GOÄ-Ziffern und ICD-Codes im Beleg, damit die
      Sachbearbeitung nicht mehr abtippen muss
    - Papierbelege werden nach 6 Monaten vernichtet (Dienstleister, Datenschutzvertrag
      vorhanden)

    Nächster Termin: 24.03., 14 Uhr, Raum 3.14.

    Gruß
    Jonas
    """) + "\n" + sig("weber", short=True)
    o = odt_bytes([
        ("h", "Protokoll Workshop Scanstrecke Rechnungseingang KV"),
        "Datum: 24.02.2026, 09:00-12:00 Uhr. Teilnehmende: Leistungsservice KV (3), IT-Anwendungsbetreuung (2), Posteingang (2), Datenschutz (1).",
        ("h", "1. Mengen"),
        ("table", [["Kanal", "Belege/Monat", "Anteil"], ["App", "19.700", "48 %"], ["Portal", "6.100", "15 %"],
                   ["Papier", "15.200", "37 %"]]),
        ("h", "2. Qualität"),
        "OCR-Fehlerquote: gedruckte Arztrechnungen 2 %, Krankenhausrechnungen 4 %, handschriftliche Rezepte 18 %.",
        ("h", "3. Maßnahmen"),
        "M1: Erkennung von GOÄ/GOZ-Ziffern und ICD-10-Codes als Felder (IT, Q3). M2: Hinweis in der App 'Beleg flach und vollständig fotografieren' (Marketing, April). M3: Vernichtung Papierbelege nach 6 Monaten weiter über Dienstleister Aktenwolf GmbH.",
        "Keine personenbezogenen Beispiele im Protokoll (Hinweis Datenschutz).",
    ], title="Protokoll Scanstrecke", author="Jonas Weber", created="2026-02-26T16:00:00")
    to = [("Leistungsservice KV", "leistungsservice-kv-team@" + DOM), ("Posteingang", "posteingang-team@" + DOM)]
    return build(n, me("weber"), to, "Protokoll Workshop Scanstrecke KV", (2026, 2, 26, 16, 12),
                 mixed(text(body), att(o, ODT_CT, "Protokoll_Scanstrecke_2026-02-24.odt")))


@mail(S, "en", "customer",
      "life/disability application: applicant asks whether to disclose anxiety therapy from 2021; forwarded to underwriting")
def m032(n):
    body = T("""
    Hi Emre,

    could you take this one? Mr Baptiste is in the middle of his online application
    for the term life + disability bundle and asks whether he must disclose a
    therapy. I didn't want to give him a half answer on the health questions.
    He'd prefer a reply in English.

    Thanks!
    Sophie
    """) + "\n" + sig("wagner", "en", short=True) + "\n" + ol_en(
        "Julien Baptiste <julien.baptiste@inbox-mail.example>", en_sent(2026, 2, 27, 22, 48),
        "international@weidenhof.example", "question about health questions in application", T("""
    Hello,

    I'm filling in the online application for life insurance + BU (Antrag 2026-A-77310). Question 7 asks about psychotherapy in the last 5 years. I had about 15 sessions with a therapist in 2021 for anxiety / panic attacks after my move to Germany, it was finished in early 2022 and I'm fine since then, no medication.

    Do I have to mention this?? Honestly I'm afraid you'll reject me because of it. My friend said just don't tick it, nobody checks. I don't want to do anything wrong.

    Thanks for an honest answer,
    Julien
    """))
    return build(n, me("wagner"), [("Emre Arslan", "emre.arslan@" + DOM)],
                 "FW: question about health questions in application", (2026, 2, 28, 9, 4), text(body))


@mail(C, "de", "insurer-to-customer",
      "household: cancellation because the customer moves in with her partner; contract and end date; PDF confirmation")
def m033(n):
    cust = ("Lea Sommerfeld", "lea.sommerfeld@webmail-de.example")
    body = T("""
    Hallo Frau Sommerfeld,

    alles Gute für die gemeinsame Wohnung! 🏡

    Wir beenden Ihre Hausratversicherung HR-603 117 8 zum Umzugstag, dem 31.03.2026.
    Weil Ihr Freund bereits bei einem anderen Versicherer eine Hausratversicherung
    hat, gilt das als Wegfall des Risikos – eine Kündigungsfrist müssen Sie dann nicht
    einhalten. Zu viel gezahlter Beitrag (April bis Juni, 28,14 €) wird Ihnen
    zurückerstattet.

    Bitte sagen Sie Ihrem Freund, dass er die neue Wohnfläche und Ihre Sachen bei
    seinem Versicherer meldet, damit keine Unterversicherung entsteht.

    Die Kündigungsbestätigung hängt an.

    Viele Grüße
    Murat Yılmaz
    """) + "\n" + sig("yilmaz") + "\n" + ol_de(
        "Lea Sommerfeld <lea.sommerfeld@webmail-de.example>", de_sent(2026, 3, 1, 17, 20),
        "service@weidenhof.example", "Kündigung Hausrat", T("""
    Hallo,

    ich ziehe Ende März zu meinem Freund nach Greven, der hat schon ne Hausrat und wir brauchen ja keine zwei. Kann ich meine zum 31.3. kündigen? Vertrag HR-603 117 8, läuft eigentlich bis Juni glaub ich.

    Danke!! Lea
    """))
    pdf = pdf_bytes([
        "# Bestätigung der Vertragsbeendigung",
        "Versicherungsnehmerin: Lea Sommerfeld, Overbergstraße 7, 48145 Münster",
        "Vertrag: HR-603 117 8 (Hausratversicherung)",
        "Vertragsende: 31.03.2026 (Wegfall des versicherten Interesses, Umzug)",
        "Beitragserstattung: 28,14 EUR",
    ], title="Kündigungsbestätigung HR-603 117 8")
    return build(n, me("yilmaz"), cust, "AW: Kündigung Hausrat", (2026, 3, 2, 10, 51),
                 mixed(text(body), att(pdf, "application/pdf", "Kuendigungsbestaetigung_HR-6031178.pdf")),
                 irt=cid("", "webmail-de.example", 2026, 3, 1, "ls-kd"))


@mail(S, "de", "insurer-to-customer",
      "grey: household burglary claim, but the customer writes she was in hospital for hip surgery at the time -> health data in a non-personal line")
def m034(n):
    cust = ("Ingrid Paschke", "ingrid.paschke@t-netz.example")
    body = T("""
    Sehr geehrte Frau Paschke,

    das ist wirklich ein schlimmer Start nach dem Krankenhaus – es tut mir sehr leid.

    Den Einbruchdiebstahl habe ich zu Ihrer Hausratversicherung HR-390 551 1 unter
    der Schadennummer S-2026-018120 aufgenommen. Dass die Wohnung während Ihres
    Krankenhausaufenthalts leer stand, ist kein Problem; eine Meldepflicht gibt es
    erst ab 60 Tagen Abwesenheit.

    Was wir noch brauchen:
      – die Bescheinigung der Polizei (Tagebuchnummer),
      – eine Liste der gestohlenen Sachen – Ihr Sohn kann die auch für Sie schreiben,
      – für den Schmuck Fotos oder Kaufbelege, falls vorhanden.

    Die Reparatur der Wohnungstür bezahlen wir ebenfalls; der Schlüsseldienst kann die
    Rechnung direkt an uns schicken.

    Erholen Sie sich gut!

    Mit freundlichen Grüßen
    Murat Yılmaz
    """) + "\n" + sig("yilmaz") + "\n" + ol_de(
        "Ingrid Paschke <ingrid.paschke@t-netz.example>", de_sent(2026, 3, 3, 11, 36),
        "schaden@weidenhof.example", "Einbruch", T("""
    Guten Tag,

    während ich wegen meiner Hüft-OP (neues Hüftgelenk rechts) 12 Tage im Krankenhaus und dann in der Reha in Bad Rothenfelde war, wurde bei mir eingebrochen. Die Nachbarin hat gesehen dass die Tür aufgebrochen ist und die Polizei gerufen. Es fehlen der Schmuck von meiner Mutter, ein Laptop und das Bargeld aus dem Schrank (ca. 400 Euro). Ich bin erst seit gestern wieder zuhause und kann noch nicht gut laufen, mein Sohn hilft mir.

    Hausrat Vertrag HR-390 551 1

    Ingrid Paschke
    """))
    return build(n, me("yilmaz"), cust, "AW: Einbruch", (2026, 3, 3, 15, 9), text(body),
                 irt=cid("", "t-netz.example", 2026, 3, 3, "IP-einb"))


@mail(N, "en", "insurer-to-supplier",
      "trap: print order for dental and long-term-care product brochures to a print shop; XLSX order list")
def m035(n):
    sup = ("Megan Holt", "m.holt@printworks-hamburg.example")
    body = T("""
    Hi Megan,

    thanks for the quick quote. We'd like to go ahead with the order below - quantities
    and item numbers are in the attached sheet.

    - 20,000 x brochure "ZahnPlus - dental supplementary cover" (DE), 12 pages
    - 5,000 x brochure "ZahnPlus" (EN), 12 pages
    - 15,000 x flyer "PflegePlus - long-term care top-up" (DE), 6-page folded
    - 2,000 x poster A2 "Rückenfit" for our branch offices

    Delivery to our warehouse (Weidenhof Versicherung AG, Lager, Hafenweg 40,
    48155 Münster) by 20 March please. Invoice to the address in the PO, reference
    PO-2026-0318.

    Best,
    Dennis
    """) + "\n" + sig("krause", "en") + "\n" + en_on(2026, 3, 2, 16, 3, "Megan Holt <m.holt@printworks-hamburg.example>") + "\n" + q(T("""
    Hi Dennis,
    quote attached as discussed, prices valid until 6 March. Let me know quantities and we'll book the press slot.
    Megan
    """))
    x = xlsx_bytes([("PO-2026-0318", [
        ["Item", "Title", "Language", "Format", "Quantity", "Unit price EUR", "Total EUR"],
        ["WH-ZP-DE-12", "ZahnPlus brochure", "DE", "A4, 12 pp", 20000, 0.21, 4200.0],
        ["WH-ZP-EN-12", "ZahnPlus brochure", "EN", "A4, 12 pp", 5000, 0.27, 1350.0],
        ["WH-PP-DE-06", "PflegePlus flyer", "DE", "DIN long, 6 pp", 15000, 0.09, 1350.0],
        ["WH-RF-A2", "Rückenfit poster", "DE", "A2", 2000, 0.55, 1100.0],
        ["", "", "", "", "", "Net", 8000.0],
    ])], title="PO-2026-0318", author="Dennis Krause", created="2026-03-03T08:00:00Z")
    return build(n, me("krause"), sup, "PO-2026-0318 brochures ZahnPlus / PflegePlus", (2026, 3, 3, 8, 14),
                 mixed(text(body), att(x, XLSX_CT, "PO-2026-0318.xlsx")),
                 irt=cid("", "printworks-hamburg.example", 2026, 3, 2, "mh-q"))


@mail(C, "en", "insurer-to-customer",
      "motor: stone chip in the windscreen on the A7, registration and policy number, partial cover; us-ascii")
def m036(n):
    cust = ("Ian McAllister", "ian.mcallister@kabelnet.example")
    body = T("""
    Hi Ian,

    a chip that small can usually be repaired, and a repair is free for you: under
    your partial cover (policy KF 9 311 562, car HH-IM 2207) we pay windscreen repairs
    without deducting the 150 EUR excess. Only a full replacement would cost you the
    excess.

    You can go to any glass repair shop; our partner network (list at
    www.weidenhof.example/en/glass) bills us directly. Please don't wait too long -
    cold nights turn chips into cracks.

    No claim form needed, the shop will just need your policy number.

    Cheers,
    Oliver
    """) + "\n" + sig("kent", "en") + "\n" + en_on(2026, 3, 4, 19, 12, "Ian McAllister <ian.mcallister@kabelnet.example>") + "\n" + q(T("""
    A stone hit my windscreen on the A7 near Soltau today, tiny chip about the size of a 1 cent coin, passenger side. Do I need to report that or just go to a garage? Car is the Skoda, HH-IM 2207.
    Ian
    """))
    return build(n, me("kent"), cust, "Re: windscreen chip", (2026, 3, 5, 8, 41),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "kabelnet.example", 2026, 3, 4, "im-ws"))


@mail(S, "de", "insurer-to-customer",
      "life insurance: policy loan request to pay for a new heating system; surrender value and loan amount; personal line; windows-1252")
def m037(n):
    cust = ("Elke Bornemann", "elke.bornemann@mailpost.example")
    body = T("""
    Sehr geehrte Frau Bornemann,

    ja, das ist möglich. Ihre Kapitallebensversicherung LV 3108 6624 07 hat zum
    01.03.2026 einen Rückkaufswert von 23.418,52 €. Davon können wir Ihnen bis zu
    80 % als Policendarlehen auszahlen, also höchstens 18.734 €.

    Die Konditionen:
      – Zinssatz 4,25 % p. a., Zinsen vierteljährlich,
      – Rückzahlung jederzeit und in beliebigen Raten,
      – der Vertrag läuft unverändert weiter; nicht zurückgezahlte Beträge werden bei
        Ablauf 2031 mit der Leistung verrechnet.

    Für die 15.000 €, die Sie für die Wärmepumpe brauchen, schicke ich Ihnen gern den
    Darlehensvertrag zu. Bitte geben Sie mir kurz Bescheid, auf welches Konto das Geld
    gehen soll.

    Mit freundlichen Grüßen
    Tobias Brandt
    """) + "\n" + sig("brandt") + footer("leben") + "\n" + ol_de(
        "Elke Bornemann <elke.bornemann@mailpost.example>", de_sent(2026, 3, 5, 9, 50),
        "leben@weidenhof.example", "Frage Lebensversicherung beleihen", T("""
    Guten Tag Herr Brandt,

    unsere alte Heizung ist im Winter endgültig kaputt gegangen und wir müssen jetzt eine Wärmepumpe einbauen lassen, die Förderung kommt erst später. Uns fehlen kurzfristig ca. 15.000 €. Kann ich meine Lebensversicherung beleihen, ohne sie zu kündigen? Nummer LV 3108 6624 07.

    Freundliche Grüße
    Elke Bornemann
    """))
    return build(n, me("brandt"), cust, "AW: Frage Lebensversicherung beleihen", (2026, 3, 6, 10, 22),
                 text(body, charset="windows-1252", cte="quoted-printable"),
                 irt=cid("", "mailpost.example", 2026, 3, 5, "EB-lv"))


@mail(N, "de", "insurer-to-public",
      "customer forum evening: someone asks about date, parking and bringing a friend; ICS invitation, no contract data")
def m038(n):
    who = ("Werner Kampmann", "w.kampmann@t-netz.example")
    body = T("""
    Hallo Herr Kampmann,

    schön, dass Sie kommen möchten! Das Weidenhof Kundenforum ist am Donnerstag,
    19. März, 18:30 Uhr im Foyer unserer Zentrale am Weidenhofplatz. Thema diesmal:
    "Einbruchschutz und smarte Haustechnik – was bringt's wirklich?" mit einem
    Kriminalhauptkommissar der Beratungsstelle.

    Parken können Sie kostenlos in der Tiefgarage (Einfahrt Hafenweg), einfach
    das Ticket am Empfang entwerten lassen. Ihre Nachbarin ist natürlich auch
    herzlich willkommen, eine Anmeldung für sie brauchen wir nicht.

    Eine Kalendereinladung hänge ich an.

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 3, 6, 14, 3, "Werner Kampmann <w.kampmann@t-netz.example>") + "\n" + q(T("""
    Guten Tag, ich habe in der Zeitung von Ihrem Kundenforum gelesen. Wann genau ist das und kann man da parken? Kann ich meine Nachbarin mitbringen? MfG W. Kampmann
    """))
    ics = ics_text("kundenforum-2026-03-19@weidenhof.example", "20260319T183000", "20260319T203000",
                   "Weidenhof Kundenforum: Einbruchschutz und smarte Haustechnik",
                   location="Weidenhof Versicherung AG, Foyer, Weidenhofplatz 1, 48143 Münster",
                   description="Vortrag und Fragerunde. Parken in der Tiefgarage (Einfahrt Hafenweg).",
                   organizer=("Weidenhof Kundendialog", "kundendialog@" + DOM))
    return build(n, me("demir"), who, "AW: Kundenforum", (2026, 3, 9, 8, 40),
                 mixed(text(body), ics_att(ics, "Kundenforum_2026-03-19.ics")),
                 irt=cid("", "t-netz.example", 2026, 3, 6, "wk-kf"))


@mail(S, "de", "insurer-to-customer",
      "grey: accessibility question - the customer writes she has used a wheelchair since her accident (own health data), wants to discuss her contracts in person")
def m039(n):
    cust = ("Miriam Özdemir", "miriam.oezdemir@inbox-mail.example")
    body = T("""
    Liebe Frau Özdemir,

    ja, unsere Geschäftsstelle in der Bahnhofstraße 12 ist barrierefrei: ebenerdiger
    Eingang mit automatischer Tür, Aufzug ins 1. OG, ein rollstuhlgerechtes WC und
    ein Behindertenparkplatz direkt vor dem Haus (bitte kurz vorher Bescheid geben,
    dann halten wir ihn frei).

    Mein Kollege Herr Ahrens nimmt sich gern Zeit für Ihre Verträge. Passt Ihnen
    Dienstag, 17.03., um 10 Uhr? Wenn Ihnen der Weg zu beschwerlich ist, kommt er
    auch zu Ihnen nach Hause.

    Herzliche Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 3, 9, 16, 45, "Miriam Özdemir <miriam.oezdemir@inbox-mail.example>") + "\n" + q(T("""
    hallo, ich sitze seit meinem unfall vor zwei jahren im rollstuhl (querschnitt ab TH12) – ist eure geschäftsstelle in der Bahnhofstraße in Osnabrück barrierefrei? ich will meine verträge mal persönlich durchgehen, am telefon ist das immer so ein durcheinander.
    Miriam Özdemir
    """))
    return build(n, me("demir"), cust, "AW: barrierefrei?", (2026, 3, 10, 9, 5), text(body, cte="8bit"),
                 irt=cid("", "inbox-mail.example", 2026, 3, 9, "mo-bf"))


@mail(C, "en", "insurer-to-customer",
      "personal liability: 7-year-old son scraped the neighbour's car with his bike; no injury; claim number")
def m040(n):
    cust = ("Nadia Haddad", "nadia.haddad@fastinbox.example")
    body = T("""
    Dear Ms Haddad,

    thank you for letting us know so quickly.

    Children under 10 are not legally liable for damage in road traffic, so strictly
    speaking your neighbour would have no claim. However, your personal liability
    policy PH-2277 0914 includes the "Kinderklausel": we pay damage caused by your
    children up to 15,000 EUR anyway, so that you don't have to argue with your
    neighbour.

    Please forward this mail to Mr Brandes and ask him to send us a cost estimate from
    his garage and a photo of the scratch, quoting claim H-2026-01003.

    Kind regards,
    Paul Riedel
    """) + "\n" + sig("riedel", "en") + "\n" + en_on(2026, 3, 10, 18, 27, "Nadia Haddad <nadia.haddad@fastinbox.example>") + "\n" + q(T("""
    Hello, my son (7) was riding his bike in our street and scratched the side of our neighbour's car (a white Audi) when he tried to brake. He is fine, just scared. Neighbour is quite upset and wants us to pay. The scratch is about 40 cm long on both doors. Is this covered by our family liability insurance?
    Thank you, Nadia Haddad
    """))
    return build(n, me("riedel"), cust, "RE: my son scratched neighbour's car", (2026, 3, 11, 10, 0),
                 text(body), irt=cid("", "fastinbox.example", 2026, 3, 10, "nh-bike"))


@mail(N, "en", "internal",
      "trap: personnel announcement of a new expat-desk colleague, a former ICU nurse; profession, not health data")
def m041(n):
    body = T("""
    Hi everyone,

    please welcome Chiara Romano, who joins the International Health Desk on Monday!

    Chiara worked as an intensive care nurse in Milan and Bielefeld for eight years
    before moving to insurance, so she knows hospital bills and discharge letters
    from the other side. She speaks Italian, English and German and will mainly look
    after our customers from Southern Europe and hospital direct billing.

    She'll sit next to Tomasz in 2.08. There's cake in the kitchen at 10:30 on Monday
    - Chiara's first-day tradition, not ours. 🎂

    Cheers,
    Sophie
    """) + "\n" + sig("wagner", "en", short=True)
    return build(n, me("wagner"), [("International Health Desk", "international-team@" + DOM)],
                 "Welcome Chiara!", (2026, 3, 12, 15, 30), text(body, cte="8bit"))


@mail(S, "en", "insurer-to-customer",
      "travel health: girlfriend hospitalised with dengue fever in Bangkok, cost guarantee and repatriation question")
def m042(n):
    cust = ("Max Lindner", "max.lindner@inbox-mail.example")
    body = T("""
    Hi Max,

    I'm sorry your holiday turned out like this - I hope Jana is feeling better.

    I've just called Bangkok Hospital Sukhumvit and sent them our cost guarantee for
    Jana Kaiser (travel health policy RE-26-011 302, valid until 30 April). You don't
    have to pay anything there; if they ask for a deposit, show them case number
    RA-2026-0450 and ask them to call our 24h assistance line +49 251 98760-999.

    About flying home: with dengue, the treating doctors decide when she's fit to fly
    once her platelets are stable. If they recommend an earlier return with medical
    escort, we organise and pay it. If she's discharged and can fly normally, we pay
    the rebooking of your return flights for both of you.

    Please keep the receipts for the taxi and anything you pay yourself.

    Take care,
    Henrik Sommer
    """) + "\n" + sig("sommer", "en") + "\n" + en_on(2026, 3, 13, 4, 12, "Max Lindner <max.lindner@inbox-mail.example>") + "\n" + q(T("""
    HELP - my girlfriend Jana Kaiser has dengue fever, she's been admitted to Bangkok Hospital since last night, high fever and her blood values (platelets?) are really low they said. they want a credit card deposit of 60.000 baht. we have travel insurance with you (RE-26-011 302). do we pay?? also our flight home is on monday, should we cancel it?

    sent from my phone sorry for typos
    """))
    return build(n, me("sommer"), cust, "RE: HELP girlfriend in hospital Bangkok", (2026, 3, 13, 7, 25),
                 text(body), irt=cid("", "inbox-mail.example", 2026, 3, 13, "ml-bkk"))


@mail(C, "en", "insurer-to-customer",
      "rent deposit guarantee: tenant's net income figure and landlord, guarantee certificate PDF; no health")
def m043(n):
    cust = ("Samuel Adeyemi", "samuel.adeyemi@kabelnet.example")
    body = T("""
    Dear Mr Adeyemi,

    good news: your rent deposit guarantee has been approved. With a net income of
    3,900 EUR per month the deposit of 2,850 EUR for the flat in Kiel is no problem.

    Attached is the guarantee certificate (Mietkautionsbuergschaft MK-2026-0712).
    Please hand the original to your landlord, Hansa Wohnbau GmbH; we'll send it
    by post as well. The annual fee is 4.5 % of the deposit (128.25 EUR), collected
    from the account you gave us.

    Kind regards,
    Oliver Kent
    """) + "\n" + sig("kent", "en") + "\n" + ol_en(
        "Samuel Adeyemi <samuel.adeyemi@kabelnet.example>", en_sent(2026, 3, 12, 12, 0),
        "expat@weidenhof.example", "Rent deposit guarantee", T("""
    Hi,

    I'm moving to Kiel for a new job at the shipyard and the landlord wants 3 months deposit (2850 EUR) which I don't have right now after the move. Can I get your deposit guarantee? My net salary is 3900 a month, contract is permanent, probation 6 months. The landlord is Hansa Wohnbau and they said they accept insurance guarantees.

    Thanks!
    Samuel
    """))
    pdf = pdf_bytes([
        "# Mietkautionsbürgschaft / Rent deposit guarantee",
        "Guarantee no. MK-2026-0712",
        "Guarantor: Weidenhof Versicherung AG, Weidenhofplatz 1, 48143 Münster",
        "Tenant: Samuel Adeyemi",
        "Landlord: Hansa Wohnbau GmbH, Kiel",
        "Rented property: Holtenauer Straße 211, 24106 Kiel, 2nd floor left",
        "Guaranteed amount: 2,850.00 EUR",
        "The guarantor waives the defences of voidability, set-off and prior action.",
    ], title="MK-2026-0712", compress=False)
    return build(n, me("kent"), cust, "RE: Rent deposit guarantee", (2026, 3, 13, 11, 30),
                 mixed(text(asc(body), charset="us-ascii", cte="7bit"),
                       att(pdf, "application/pdf", "Guarantee_MK-2026-0712.pdf")),
                 irt=cid("", "kabelnet.example", 2026, 3, 12, "sa-mk"))


@mail(N, "de", "internal",
      "trap: IT ticket - upload of 'Arztrechnungen' in the app fails with HTTP 413; technical, no customer data")
def m044(n):
    body = T("""
    Hallo Kai,

    zu Ticket INC-2026-04417 ("Upload Arztrechnungen in App schlägt fehl"):

    Ursache gefunden. Seit dem Release 5.12 am Montag schickt die iOS-App Fotos in
    voller Auflösung (HEIC → JPEG ohne Kompression), eine mehrseitige Krankenhaus-
    rechnung kommt damit schnell über 20 MB. Der Reverse Proxy lässt aber nur 16 MB
    durch → HTTP 413.

    Workaround ist live: Limit auf 40 MB erhöht (Change CHG-2026-0311). Der Fix in der
    App (Kompression auf max. 2 MB pro Seite) kommt mit 5.12.1.

    Betroffen waren laut Log 1.274 Upload-Versuche seit Montag. Die Kolleginnen im
    Leistungsservice sollten Kunden, die anrufen, einfach bitten, es nochmal zu
    versuchen. Eine Liste mit Kundendaten ziehe ich bewusst nicht.

    Gruß
    Jonas
    """) + "\n" + sig("weber", short=True) + "\n" + q(T("""
    Jonas, seit Montag rufen ständig Kunden an, dass sie ihre Arztrechnungen nicht mehr hochladen können, Fehlermeldung "Etwas ist schiefgelaufen (413)". Kannst du mal schauen? Danke, Kai
    """))
    return build(n, me("weber"), [("Kai Lorenz", "kai.lorenz@" + DOM)], "AW: INC-2026-04417 Upload Arztrechnungen App 413",
                 (2026, 3, 12, 13, 5), text(body))


@mail(S, "de", "customer",
      "life insurance death claim: widow's letter about her late husband (cancer) forwarded as attached message/rfc822 to life claims")
def m045(n):
    inner_body = T("""
    Sehr geehrte Damen und Herren,

    mein Mann Klaus-Dieter Hesse ist am 28. Februar nach langer Krankheit (Darmkrebs) im Hospiz in Lengerich verstorben. Er hatte bei Ihnen eine Lebensversicherung, die Nummer ist LV 2970 4418 55, und ich bin als Bezugsberechtigte eingetragen.

    Ich weiß nicht, was ich jetzt alles machen muss. Die Sterbeurkunde habe ich vom Standesamt bekommen. Brauchen Sie auch die Unterlagen vom Arzt? Der Bestatter möchte bis Ende März bezahlt werden, ca. 7.800 Euro.

    Entschuldigen Sie wenn ich etwas vergessen habe, das ist alles sehr viel gerade.

    Mit freundlichen Grüßen
    Renate Hesse
    Tecklenburger Straße 3
    49525 Lengerich
    """)
    inner = build("0045i", ("Renate Hesse", "renate.hesse@t-netz.example"), ("Weidenhof Kundenservice", "service@" + DOM),
                  "Lebensversicherung meines verstorbenen Mannes", (2026, 3, 11, 16, 40), text(inner_body),
                  mailer=None, msgid="<20260311.RH4418@t-netz.example>")
    body = T("""
    Hallo Tobias,

    anbei die Mail von Frau Hesse (Witwe, LV 2970 4418 55). Sie ist sehr
    durcheinander, bitte ruf sie an, bevor ihr die Unterlagenliste schickt –
    sie hat am Telefon geweint. Bestatterrechnung drängt (Ende März).

    Danke,
    Aylin
    """) + "\n" + sig("demir", short=True)
    return build(n, me("demir"), [("Tobias Brandt", "tobias.brandt@" + DOM)],
                 "WG: Lebensversicherung meines verstorbenen Mannes – bitte Rückruf",
                 (2026, 3, 12, 8, 5), mixed(text(body), att_msg(inner, "Lebensversicherung_Hesse.eml")))


@mail(C, "de", "insurer-to-customer",
      "e-bike insurance: battery broken after the bike fell over; no injury; contract and claim; windows-1252")
def m046(n):
    cust = ("Stefan Heitkamp", "stefan.heitkamp@webmail-de.example")
    body = T("""
    Hallo Herr Heitkamp,

    ein umgefallenes Rad mit kaputtem Akku ist ein klassischer Sturzschaden – das ist
    über Ihre E-Bike-Versicherung FV-44 208 abgedeckt (Schadennummer S-2026-019333).

    Bitte lassen Sie den Akku bei Ihrem Fahrradhändler prüfen. Wenn er
    nicht repariert werden kann, zahlen wir einen neuen Akku (ca. 780 €), abzüglich
    Ihrer Selbstbeteiligung von 50 €. Der Händler soll auf dem Kostenvoranschlag
    bitte "Sturzschaden, Gehäuse gebrochen" vermerken.

    Gruß
    Murat Yılmaz
    """).replace("Yılmaz", "Yilmaz") + "\n" + sig("yilmaz").replace("Yılmaz", "Yilmaz") + "\n" + ol_de(
        "Stefan Heitkamp <stefan.heitkamp@webmail-de.example>", de_sent(2026, 3, 14, 10, 1),
        "schaden@weidenhof.example", "ebike akku", T("""
    Hallo,
    mein ebike ist gestern im hof umgekippt (wind, stand nur auf dem ständer) und seitdem geht der akku nicht mehr, das gehäuse hat nen riss. Mir ist nix passiert, war gar nicht drauf. Zahlt das die fahrradversicherung? Der akku kostet fast 800 €
    Gruß S. Heitkamp
    """))
    return build(n, ("Murat Yilmaz", "murat.yilmaz@" + DOM), cust, "AW: ebike akku", (2026, 3, 16, 9, 12),
                 text(body, charset="windows-1252", cte="8bit"), irt=cid("", "webmail-de.example", 2026, 3, 14, "sh-akku"))


@mail(N, "mixed", "internal",
      "trap: Denglisch team chat mail about chatbot answers to dental-prosthesis FAQs; generic questions only")
def m047(n):
    body = T("""
    Hi zusammen,

    quick sync zu den Chatbot-Antworten für die Zahnersatz-FAQ, bevor wir am Freitag
    live gehen:

    1. Intent "Implantat Kosten" – die Antwort ist too long, bitte auf max. 3 Sätze
       kürzen und auf den Tarifrechner verlinken.
    2. Intent "Wartezeit" – wording passt, aber bitte "acht Monate" statt "8 Mo."
    3. Neue Intents aus den Logs (Top 5 unrecognized utterances, anonymisiert):
       - "zahlt ihr bleaching"
       - "brauch ich nen heil und kostenplan"
       - "does dental cover kids braces"
       - "krone gold oder keramik egal?"
       - "zahnreinigung 2x im jahr??"
    4. Fallback: wenn jemand konkrete Rechnungen oder Befunde in den Chat kopiert,
       soll der Bot NICHT darauf eingehen, sondern auf das Postfach im Portal
       verweisen. Bitte nochmal testen, last week hat er "Danke für Ihre Unterlagen"
       geantwortet. 🙈

    Let me know if you see anything else.
    Ben
    """) + "\n" + sig("okafor", short=True)
    to = [("Aylin Demir", "aylin.demir@" + DOM), ("Jonas Weber", "jonas.weber@" + DOM)]
    return build(n, me("okafor"), to, "Chatbot Zahnersatz-FAQ – quick sync before go-live",
                 (2026, 3, 16, 11, 2), text(body, cte="8bit"))


@mail(S, "de", "insurer-to-customer",
      "private health: new glasses, -3.5 dioptres, reimbursement of visual aids; short informal exchange")
def m048(n):
    cust = ("Jannik Reuter", "jannik.reuter@mailpost.example")
    body = T("""
    Hi Herr Reuter,

    ja, wir zahlen was 🙂 In Ihrem Tarif Komfort 1 (KV-318 655 40) gibt es für
    Sehhilfen bis zu 250 € alle zwei Kalenderjahre. Ihre letzte Brille haben wir
    2023 erstattet, Sie haben den Betrag also wieder voll zur Verfügung.

    Einfach die Rechnung vom Optiker hochladen (App oder Portal). Eine ärztliche
    Verordnung brauchen wir nicht, weil sich die Sehstärke um mehr als 0,5
    Dioptrien geändert hat – das steht ja auf der Optikerrechnung.

    Viele Grüße
    Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + "\n" + de_am(2026, 3, 17, 13, 14, "Jannik Reuter <jannik.reuter@mailpost.example>") + "\n" + q(T("""
    brauche ne neue brille, bin jetzt bei -3,5 auf beiden augen (vorher -2,75). zahlt ihr was??
    """))
    return build(n, me("kowalczyk"), cust, "AW: brille", (2026, 3, 17, 15, 40), text(body, cte="8bit"),
                 irt=cid("", "mailpost.example", 2026, 3, 17, "jr-br"))


@mail(C, "de", "insurer-to-customer",
      "motor: transfer of grandmother's no-claims class to grandson; birth date and contract numbers; iso-8859-1")
def m049(n):
    cust = ("Niklas Brüggemann", "niklas.brueggemann@webmail-de.example")
    body = T("""
    Hallo Herr Brüggemann,

    ja, das geht. Ihre Oma, Frau Hildegard Brüggemann, kann ihren Schadenfreiheits-
    rabatt an Sie als Enkel abgeben. Allerdings können Sie nur so viele schadenfreie
    Jahre übernehmen, wie Sie selbst schon einen Führerschein haben. Da Sie den
    Führerschein seit 06/2020 haben (geb. 11.04.2002), bekommen Sie SF 5 statt der
    SF 25 Ihrer Oma. Der Rest verfällt.

    Wir brauchen dafür die Übertragungserklärung, die Sie beide unterschreiben. Ihr
    alter Vertrag KF 9 077 210 (SF 25) wird dann zum 31.03.2026 beendet und Ihr
    neuer Vertrag KF 9 402 881 beginnt mit SF 5. Das spart Ihnen rund 420 EUR im Jahr.

    Viele Grüße
    Jana Petersen
    """) + "\n" + sig("petersen") + "\n" + ol_de(
        "Niklas Brüggemann <niklas.brueggemann@webmail-de.example>", de_sent(2026, 3, 17, 20, 9),
        "kfz@weidenhof.example", "SF von oma übernehmen?", T("""
    Hi, meine Oma hat ihr Auto verkauft und fährt jetzt nur noch Bus (sagt sie jedenfalls haha). Sie ist seit Ewigkeiten bei euch versichert (KF 9 077 210). Kann ich ihren SF-Rabatt übernehmen für meinen Corsa? Ich bin 23.
    Gruß Niklas
    """))
    return build(n, me("petersen"), cust, "AW: SF von oma übernehmen?", (2026, 3, 18, 9, 27),
                 text(body, charset="iso-8859-1", cte="quoted-printable"),
                 irt=cid("", "webmail-de.example", 2026, 3, 17, "nb-sf"))


@mail(N, "de", "newsletter",
      "trap: broker newsletter on new long-term care top-up tariffs with a 'model customer aged 45' premium table; multipart/alternative with PDF")
def m050(n):
    plain = T("""
    Weidenhof MaklerInfo 03/2026

    Liebe Vertriebspartnerinnen und Vertriebspartner,

    zum 1. April starten die neuen Pflegezusatztarife PflegePlus 2026. Die wichtigsten
    Neuerungen:

    - Leistung schon ab Pflegegrad 1 (10 % des Tagessatzes)
    - Beitragsbefreiung ab Pflegegrad 3
    - vereinfachte Gesundheitsprüfung mit nur 4 Fragen bis Alter 55

    Beispielbeiträge (Modellkunde, 45 Jahre, 50 EUR Tagessatz):
      PflegePlus Basis   23,80 EUR
      PflegePlus Komfort 34,10 EUR
      PflegePlus Premium 47,60 EUR

    Alle Beispiele und die Verkaufsargumente finden Sie im angehängten PDF sowie im
    Maklerportal unter www.weidenhof.example/makler.

    Ihr Team Maklerbetreuung
    Minh Nguyen
    """) + footer()
    h = html_doc(
        "<h2>Weidenhof MaklerInfo 03/2026</h2>\n<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>\n"
        "<p>zum 1. April starten die neuen Pflegezusatztarife <b>PflegePlus 2026</b>. Die wichtigsten Neuerungen:</p>\n"
        "<ul><li>Leistung schon ab Pflegegrad 1 (10 % des Tagessatzes)</li>\n<li>Beitragsbefreiung ab Pflegegrad 3</li>\n"
        "<li>vereinfachte Gesundheitsprüfung mit nur 4 Fragen bis Alter 55</li></ul>\n"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>Modellkunde 45 J., 50 EUR Tagessatz</th><th>Monatsbeitrag</th></tr>\n"
        "<tr><td>PflegePlus Basis</td><td>23,80 EUR</td></tr>\n<tr><td>PflegePlus Komfort</td><td>34,10 EUR</td></tr>\n"
        "<tr><td>PflegePlus Premium</td><td>47,60 EUR</td></tr></table>\n"
        '<p>Alle Beispiele im angehängten PDF und im <a href="https://www.weidenhof.example/makler">Maklerportal</a>.</p>\n'
        "<p>Ihr Team Maklerbetreuung<br>Minh Nguyen</p>\n")
    pdf = pdf_bytes([
        "# PflegePlus 2026 - Verkaufsunterlage für Vertriebspartner",
        "Nur für den internen Gebrauch von Vermittlern.",
        "",
        "Beispielbeiträge monatlich, Tagessatz 50 EUR",
        "Eintrittsalter   Basis    Komfort   Premium",
        "35               15,20    22,40     31,90",
        "45               23,80    34,10     47,60",
        "55               38,90    55,70     77,30",
        "",
        "Leistung in % des Tagessatzes: PG1 10 %, PG2 30 %, PG3 60 %, PG4 80 %, PG5 100 %",
        "Gesundheitsfragen (vereinfacht, bis 55): 4 Fragen, u. a. zu bestehender Pflegebedürftigkeit.",
    ], title="PflegePlus 2026 Verkaufsunterlage")
    return build(n, ("Weidenhof Maklerbetreuung", "maklerbetreuung@" + DOM),
                 ("Versicherungsmakler Dreyer & Pohl GmbH", "info@dreyer-pohl-makler.example"),
                 "MaklerInfo 03/2026: PflegePlus 2026 startet am 1. April", (2026, 3, 18, 7, 30),
                 mixed(alt(text(plain), html(h)), att(pdf, "application/pdf", "PflegePlus_2026_Vertrieb.pdf")),
                 mailer="Weidenhof Mailing 2.4")


@mail(S, "en", "insurer-to-customer",
      "private health: physiotherapy after ACL reconstruction, 20 sessions prescribed; reimbursement rules")
def m051(n):
    cust = ("Ryan O'Connell", "ryan.oconnell@fastinbox.example")
    body = T("""
    Hi Ryan,

    good to hear the knee surgery went well.

    Physiotherapy after your ACL reconstruction is covered under your policy
    KV-502 418 33 (tariff Expat Health Plus). We reimburse up to the maximum rates
    of our physiotherapy schedule, which most practices in Münster charge anyway.

    For 20 sessions you don't need prior approval. Just make sure the prescription
    (Heilmittelverordnung) from your orthopaedic surgeon is dated before the first
    session, and send us the prescription together with the invoice(s).

    If the physio later recommends medical training therapy (KGG/"Gerätetraining"),
    that's covered as well when it's on the prescription.

    Best,
    Sophie
    """) + "\n" + sig("wagner", "en") + "\n" + en_on(2026, 3, 18, 10, 22, "Ryan O'Connell <ryan.oconnell@fastinbox.example>") + "\n" + q(T("""
    hi there, had my ACL reconstructed in january (left knee, football, classic). physio wants to do 20 sessions, 2x per week, she says maybe more after. do I need to ask you before or just send the bills? cheers ryan
    """))
    return build(n, me("wagner"), cust, "RE: physio after knee surgery", (2026, 3, 18, 16, 4),
                 text(body, cte="8bit"), irt=cid("", "fastinbox.example", 2026, 3, 18, "ro-acl"))


@mail(C, "en", "insurer-to-customer",
      "address change after moving to Leipzig for household and liability policies; new address and premium zone")
def m052(n):
    cust = ("Emily Carter", "emily.carter@inbox-mail.example")
    body = T("""
    Hi Emily,

    congratulations on the move!

    I've updated your address to Karl-Heine-Straße 58, 04229 Leipzig for both
    policies:

    - household contents HR-701 228 4: the new flat is 74 m² instead of 52 m²,
      so I've raised the sum insured to 48,100 EUR (650 EUR per m²) to avoid
      underinsurance. New premium from 1 April: 9.85 EUR/month (Leipzig is in a
      lower zone than Hamburg, so the increase is small).
    - personal liability PH-3188 2036: no change.

    Your partner Jonas is already included in the liability policy as you live
    together - no need to add him separately.

    Updated policy schedules follow by post.

    Best regards,
    Oliver
    """) + "\n" + sig("kent", "en") + "\n" + en_on(2026, 3, 19, 21, 0, "Emily Carter <emily.carter@inbox-mail.example>") + "\n" + q(T("""
    Hey! We moved to Leipzig 🎉 new address: Karl-Heine-Str. 58, 04229 Leipzig. It's bigger than the old place (74 sqm). Can you update my house and liability insurance? My boyfriend Jonas Becker moved in with me, does he need his own liability?
    Thanks, Emily
    """))
    return build(n, me("kent"), cust, "RE: new address!", (2026, 3, 20, 9, 55), text(body, cte="8bit"),
                 irt=cid("", "inbox-mail.example", 2026, 3, 19, "ec-lpz"))


@mail(N, "en", "insurer-to-prospect",
      "trap: freelancer moving to Germany asks generally about health insurance options; generic answer, multipart/alternative")
def m053(n):
    who = ("Sofia Marquez", "sofia.marquez@inbox-mail.example")
    plain = T("""
    Hi Sofia,

    welcome (soon) to Germany! Health insurance is mandatory here, and as a
    freelancer you usually have two options:

    1. Public health insurance (gesetzliche Krankenversicherung, e.g. a Krankenkasse)
       - the contribution depends on your income, roughly 16-17 % plus long-term care.
    2. Private health insurance like ours - the premium depends on your age, the
       tariff and a health assessment, not on your income.

    For the visa / residence permit you'll need proof of cover from day one. Our
    "Expat Start" tariff is designed for the first five years and accepted by the
    immigration offices.

    What we'd need for a quote: your date of birth, start date and whether you want
    a deductible. Please don't send any medical information by e-mail - the health
    questions are answered in the application in our secure portal.

    Best regards,
    Sophie Wagner
    """) + "\n" + sig("wagner", "en") + "\n" + en_on(2026, 3, 19, 8, 14, "Sofia Marquez <sofia.marquez@inbox-mail.example>") + "\n" + q(T("""
    Hello, I'm a freelance UX designer from Valencia and I'll move to Berlin in June. I'm totally lost with the health insurance thing, everybody tells me something different. Do I need public or private? What documents do I need for the visa?? Thank you!!
    """))
    h = html_doc(para_html(plain), lang="en")
    return build(n, me("wagner"), who, "RE: health insurance for freelancers?", (2026, 3, 20, 11, 40),
                 alt(text(plain), html(h)), irt=cid("", "inbox-mail.example", 2026, 3, 19, "sm-fl"))


@mail(S, "de", "insurer-to-customer",
      "dental supplementary (child): fixed braces, KIG 3 per orthodontist, cost plan approved; PDF Kostenzusage")
def m054(n):
    cust = ("Katharina Vennemann", "k.vennemann@mailpost.example")
    body = T("""
    Hallo Frau Vennemann,

    gute Nachrichten für Ella: Wir haben den Behandlungsplan der Kieferorthopädin
    geprüft. Bei KIG 3 übernimmt die gesetzliche Kasse den Großteil, und Ihr
    Zahnzusatztarif ZahnPlus Kids (Vertrag KV-318 771 09) zahlt die Mehrkosten für die
    Keramikbrackets und die Mini-Brackets zu 80 %.

      Mehrkosten laut Plan                 1.860,00 €
      davon erstattungsfähig               1.860,00 €
      unsere Zusage (80 %)                 1.488,00 €

    Die Kostenzusage hängt an. Bitte reichen Sie die Rechnungen der Praxis einfach
    quartalsweise ein, wie sie kommen.

    Viele Grüße
    Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + "\n" + ol_de(
        "Katharina Vennemann <k.vennemann@mailpost.example>", de_sent(2026, 3, 20, 14, 5),
        "leistung@weidenhof.example", "zahnspange Ella", T("""
    Hallo,

    unsere kleine (11) braucht ne feste zahnspange 😬 KIG 3 hat die kieferorthopädin gesagt, deckbiss und engstand oder so. kostenplan anbei, die kasse zahlt nur die standard brackets und die praxis empfiehlt die durchsichtigen. wie viel zahlt ihr davon? ella ist bei mir mitversichert.

    LG Katharina
    """))
    pdf = pdf_bytes([
        "# Kostenzusage Kieferorthopädie",
        "Versicherte Person: Ella Vennemann, geb. 03.07.2014",
        "Versicherungsnehmerin: Katharina Vennemann, Vertrag KV-318 771 09, Tarif ZahnPlus Kids",
        "Behandlerin: Kieferorthopädische Praxis Dr. Sünje Lammers, Münster",
        "Befund laut Plan: KIG D4/E3 (tiefer Biss, Engstand), Behandlungsdauer 3 Jahre",
        "",
        "Mehrkosten (Keramikbrackets, Mini-Brackets)      1.860,00 EUR",
        "Zusage 80 %                                       1.488,00 EUR",
    ], title="Kostenzusage KFO Vennemann")
    return build(n, me("kowalczyk"), cust, "AW: zahnspange Ella", (2026, 3, 23, 10, 11),
                 mixed(text(body), att(pdf, "application/pdf", "Kostenzusage_KFO_Ella.pdf")),
                 irt=cid("", "mailpost.example", 2026, 3, 20, "kv-kfo"))


@mail(C, "mixed", "insurer-to-customer",
      "legal expenses (employment): dismissal, gross salary stated, cover granted; customer writes German/English mix")
def m055(n):
    cust = ("Marek Dvořák", "marek.dvorak@fastinbox.example")
    body = T("""
    Hallo Herr Dvořák,

    danke für Ihre Mail – and sorry to hear about the dismissal.

    Ihr Rechtsschutz RS 660 871 03 (Baustein Beruf) übernimmt die Kosten für eine
    Kündigungsschutzklage. Wichtig / important: die Klage muss innerhalb von 3 Wochen
    nach Zugang der Kündigung beim Arbeitsgericht sein. Sie haben die Kündigung am
    16.03. bekommen – also spätestens am 06.04.!

    Bei einem Bruttogehalt von 4.200 € liegt der Streitwert bei ca. 12.600 €; die
    Anwaltskosten dafür sind voll gedeckt, Ihre Selbstbeteiligung ist 150 €.
    Unser Aktenzeichen: RS-S-2026-00688.

    We can recommend a lawyer who speaks English: Kanzlei Hartmann & Yildiz,
    Münster, Tel. 0251 4477-10.

    Viele Grüße / kind regards
    Lena Hoffmann
    """) + "\n" + sig("hoffmann") + "\n" + ol_de(
        "Marek Dvořák <marek.dvorak@fastinbox.example>", de_sent(2026, 3, 21, 9, 30),
        "rechtsschutz@weidenhof.example", "Kündigung / dismissal", T("""
    Hallo,

    Ich wurde gekündigt am Montag, my boss says "betriebsbedingt" but I think it's because I asked for a raise two weeks before. I work there 4 years, Gehalt 4.200 brutto. Ich habe Rechtsschutz bei Ihnen, number RS 660 871 03. Can I go to a Anwalt and you pay? Sorry for my German, ist noch nicht perfekt.

    Marek
    """))
    return build(n, me("hoffmann"), cust, "AW: Kündigung / dismissal", (2026, 3, 23, 13, 2), text(body),
                 irt=cid("", "fastinbox.example", 2026, 3, 21, "md-kd"))


@mail(N, "de", "internal",
      "trap: motor loss ratio by region for Q1 (aggregates), with money words; CSV")
def m056(n):
    body = T("""
    Hallo zusammen,

    anbei die Schadenquoten Kraftfahrt Q1/2026 nach Regionen (vorläufig, Stand
    31.03., ohne Großschäden > 100 TEUR). Auffällig:

    - Münsterland wieder deutlich unter Schnitt (61 %)
    - Ruhrgebiet-West über 80 %, vor allem Glas und Wild nach dem Februarsturm
    - Teilkasko Wild +34 % ggü. Vorjahr

    Die Zahlen sind aggregiert, keine Einzelschäden. Bitte nicht an Vermittler
    weitergeben, bevor der Vorstand sie gesehen hat.

    Gruß
    Jana
    """) + "\n" + sig("petersen", short=True)
    c = csv_text([
        ["Region", "Verträge", "Beitrag TEUR", "Schadenaufwand TEUR", "Schadenquote", "davon Glas TEUR", "davon Wild TEUR"],
        ["Münsterland", "48.210", "9.834", "5.999", "61,0 %", "612", "488"],
        ["Ostwestfalen", "31.770", "6.401", "4.673", "73,0 %", "455", "391"],
        ["Ruhrgebiet-West", "27.045", "5.612", "4.546", "81,0 %", "702", "512"],
        ["Emsland", "12.980", "2.541", "1.753", "69,0 %", "198", "377"],
        ["Gesamt", "120.005", "24.388", "16.971", "69,6 %", "1.967", "1.768"],
    ])
    return build(n, me("petersen"), [("Führungskreis Kraftfahrt", "fk-kraftfahrt@" + DOM)],
                 "Schadenquoten Kfz Q1 nach Regionen (vorläufig)", (2026, 4, 2, 17, 40),
                 mixed(text(body, charset="iso-8859-1", cte="quoted-printable"),
                       att_text(c, "text/csv", "SQ_Kfz_Q1_2026.csv", "windows-1252", "quoted-printable")))


@mail(S, "de", "insurer-to-customer",
      "disability (BU) claim: roofer with herniated disc L4/L5 can no longer work; questionnaire DOCX partly pre-filled")
def m057(n):
    cust = ("Dennis Kortmann", "dennis.kortmann@webmail-de.example")
    body = T("""
    Hallo Herr Kortmann,

    vielen Dank für Ihre Nachricht. Das klingt nach einer sehr schweren Zeit, und ich
    möchte, dass die Prüfung für Sie so einfach wie möglich wird.

    Ich habe Ihren Leistungsantrag aus der Berufsunfähigkeitsversicherung
    LV 5520 1187 36 aufgenommen. Damit ich prüfen kann, brauche ich:

    1. den beigefügten Fragebogen zu Ihrer Tätigkeit als Dachdecker (wie viele
       Stunden auf dem Dach, welche Lasten, was machen Sie im Büro) – einige Felder
       habe ich schon ausgefüllt,
    2. die Arztberichte zum Bandscheibenvorfall L4/L5 und zur OP im Januar
       (Kopien genügen, Sie können sie auch im Kundenportal hochladen),
    3. eine unterschriebene Schweigepflichtentbindung, damit wir bei Ihrem
       Orthopäden nachfragen dürfen.

    Sie müssen nicht selbst "beweisen", dass Sie berufsunfähig sind – wir holen die
    Informationen ein. Rechnen Sie bitte mit 6–8 Wochen.

    Viele Grüße
    Sabine Haas
    """) + "\n" + sig("haas") + footer("leben") + "\n" + ol_de(
        "Dennis Kortmann <dennis.kortmann@webmail-de.example>", de_sent(2026, 3, 24, 19, 45),
        "leben@weidenhof.example", "BU Antrag", T("""
    hallo,

    ich bin dachdecker und hab seit oktober nen bandscheibenvorfall (L4/L5), bin im januar operiert worden aber die schmerzen ins bein sind immer noch da und der orthopäde sagt ich soll nie wieder schwer heben und aufs dach geht gar nicht mehr. bin seit oktober krankgeschrieben, chef hat schon gefragt wie's weitergeht. ich hab bei euch ne BU seit 2017, nummer LV 5520 1187 36. was muss ich machen?

    gruß dennis kortmann
    """))
    d = docx_bytes([
        ("h", "Fragebogen zur beruflichen Tätigkeit (BU-Leistungsprüfung)"),
        "Vertrag: LV 5520 1187 36   Versicherte Person: Dennis Kortmann, geb. 22.08.1988",
        "Beruf laut Antrag: Dachdecker (Geselle), Arbeitgeber: Bedachungen Lütke-Wöstmann GmbH, Coesfeld",
        "Leistungsantrag vom 24.03.2026, Grund laut Versicherten: Bandscheibenvorfall L4/L5, OP 01/2026, krankgeschrieben seit 10/2025",
        ("table", [["Tätigkeit", "Stunden pro Woche", "Lasten (kg)"],
                   ["Arbeiten auf dem Dach", "", ""], ["Materialtransport", "", ""],
                   ["Aufmaß / Büro", "", ""], ["Fahrzeiten", "", ""]]),
        "Bitte beschreiben Sie einen typischen Arbeitstag vor Beginn der Erkrankung:",
        "",
        "Datum, Unterschrift: ______________________",
    ], title="Fragebogen BU LV 5520 1187 36", author="Sabine Haas", created="2026-03-25T09:00:00Z")
    return build(n, me("haas"), cust, "AW: BU Antrag", (2026, 3, 25, 9, 48),
                 mixed(text(body), att(d, DOCX_CT, "Fragebogen_Taetigkeit_LV5520118736.docx")),
                 irt=cid("", "webmail-de.example", 2026, 3, 24, "dk-bu"))


@mail(C, "mixed", "insurer-to-customer",
      "motor liability: small rear-end collision, 'no one hurt', other car scratched; English/German mix")
def m058(n):
    cust = ("Aisha Bello", "aisha.bello@kabelnet.example")
    body = T("""
    Hi Aisha,

    thanks for the quick report and gut, dass niemand verletzt wurde!

    I've registered the accident under claim K-2026-031175 (your car MS-AB 808,
    policy KF 9 356 044). Since you drove into the back of the other car, your motor
    liability insurance pays the other driver's damage. Please don't pay him
    anything yourself.

    Bitte schicken Sie mir noch:
    - name, address and plate number of the other driver (Foto vom Zettel reicht),
    - a photo of both cars if you have one.

    Your own car: the small dent at your front bumper is only covered if you have
    Vollkasko - you have Teilkasko only, so that one is on you, sorry.

    Viele Grüße / best
    Jana Petersen
    """) + "\n" + sig("petersen") + "\n" + de_am(2026, 3, 26, 8, 50, "Aisha Bello <aisha.bello@kabelnet.example>") + "\n" + q(T("""
    Hallo, ich habe einen Unfall gehabt heute morgen, only small. At the traffic light on Weseler Straße I was too slow to brake and hit the car in front. No one hurt, alles ok. The other car has a scratch on the Stoßstange and my car a small dent. We exchanged numbers. What do I do now? Ich habe Versicherung bei Ihnen für den Polo.
    Aisha
    """))
    return build(n, me("petersen"), cust, "AW: Unfall / small accident", (2026, 3, 26, 11, 31),
                 text(body, cte="8bit"), irt=cid("", "kabelnet.example", 2026, 3, 26, "ab-unf"))


@mail(N, "de", "insurer-to-public",
      "youth football club asks for sponsorship of jerseys; no personal data")
def m059(n):
    who = ("Jörg Pieper", "jugend@sv-handorf.example")
    body = T("""
    Hallo Herr Pieper,

    danke für die nette Anfrage – und Glückwunsch zum Aufstieg der U11!

    Wir unterstützen Vereine im Münsterland über unseren Fonds "Weidenhof im Verein".
    Für Trikotsätze gibt es bis zu 800 €. Das Antragsformular finden Sie unter
    www.weidenhof.example/verein; die nächste Vergaberunde ist am 30. April. Bitte
    legen Sie ein Angebot des Sportgeschäfts bei.

    Unser Logo auf der Brust ist übrigens keine Bedingung. 😉

    Sportliche Grüße
    Ben Okafor
    """) + "\n" + sig("okafor") + "\n" + de_am(2026, 3, 26, 21, 14, "Jörg Pieper <jugend@sv-handorf.example>") + "\n" + q(T("""
    Hallo liebes Weidenhof-Team,
    ich bin Jugendtrainer beim SV Handorf. Unsere U11 ist gerade aufgestiegen und die Jungs und Mädels brauchen dringend neue Trikots, die alten sind von 2014. Sponsert ihr sowas? Wir würden euch natürlich auch aufs Trikot drucken!!
    Sportliche Grüße, Jörg
    """))
    return build(n, me("okafor"), who, "AW: Trikotsponsoring U11", (2026, 3, 27, 10, 16), text(body, cte="8bit"),
                 irt=cid("", "sv-handorf.example", 2026, 3, 26, "jp-u11"))


@mail(S, "de", "insurer-to-customer",
      "private health: 74-year-old customer needs new hearing aids for both ears; reimbursement limits")
def m060(n):
    cust = ("Helmut Grothues", "helmut.grothues@t-netz.example")
    body = T("""
    Sehr geehrter Herr Grothues,

    vielen Dank für Ihre Nachricht und den Kostenvoranschlag Ihres Hörakustikers.

    In Ihrem Tarif Klassik (KV-318 044 81) erstatten wir Hörgeräte zu 80 %, höchstens
    1.500 € je Ohr, alle fünf Jahre. Ihre letzten Geräte haben wir im März 2020
    erstattet, die fünf Jahre sind also um.

    Bei Kosten von 4.280 € für beide Geräte zahlen wir 3.000 €. Voraussetzung ist
    eine ärztliche Verordnung Ihres HNO-Arztes mit dem Hörtest (Audiogramm); die
    reichen Sie bitte zusammen mit der Rechnung ein.

    Tipp: Fragen Sie den Akustiker nach einem Modell aus der Mittelklasse – der
    Unterschied beim Sprachverstehen ist oft geringer als der Preis.

    Mit freundlichen Grüßen
    Dr. Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + footer("kranken") + "\n" + ol_de(
        "Helmut Grothues <helmut.grothues@t-netz.example>", de_sent(2026, 3, 27, 10, 2),
        "leistung@weidenhof.example", "Hörgeräte", T("""
    Guten Tag,

    mein Hörgeräteakustiker sagt ich brauch neue, beide Ohren, die alten sind 6 Jahre alt und ich verstehe meine Enkel am Telefon kaum noch. Der Kostenvoranschlag ist 4.280 Euro. Was zahlen Sie? Ich bin 74 und seit 1985 bei Ihnen versichert.

    Mit freundlichem Gruß
    Helmut Grothues
    """))
    return build(n, me("kowalczyk"), cust, "AW: Hörgeräte", (2026, 3, 30, 9, 20), text(body),
                 irt=cid("", "t-netz.example", 2026, 3, 27, "hg-hg"))


@mail(C, "de", "insurer-to-customer",
      "glass insurance: cracked ceramic hob after a cast-iron pan fell on it; contract and claim; iso-8859-1")
def m061(n):
    cust = ("Sandra Möllers", "sandra.moellers@mailpost.example")
    body = T("""
    Hallo Frau Möllers,

    autsch - aber genau dafür ist die Glasversicherung da.

    Der Sprung im Ceranfeld ist über Ihre Glasversicherung GL-220 418 (Baustein zur
    Hausrat) versichert. Sie können direkt einen Elektriker oder Küchenfachhändler
    beauftragen; wir übernehmen das neue Kochfeld-Oberteil einschließlich Einbau,
    ohne Selbstbeteiligung. Schadennummer: S-2026-021007.

    Bis zur Reparatur das Kochfeld bitte nicht mehr benutzen und die Sicherung
    ausschalten.

    Viele Grüße
    Paul Riedel
    """) + "\n" + sig("riedel") + "\n" + ol_de(
        "Sandra Möllers <sandra.moellers@mailpost.example>", de_sent(2026, 3, 29, 19, 40),
        "schaden@weidenhof.example", "Ceranfeld kaputt", T("""
    Hallo, mir ist heute die gusseiserne Pfanne aufs Ceranfeld gefallen, jetzt geht ein Riss quer durch. Ist das versichert? Ich hab doch bei Ihnen Glas mitversichert bei der Hausrat glaub ich. Kochen geht grad nur mit Wasserkocher :(
    Sandra Möllers
    """))
    return build(n, me("riedel"), cust, "AW: Ceranfeld kaputt", (2026, 3, 30, 8, 44),
                 text(body, charset="iso-8859-1", cte="8bit"), irt=cid("", "mailpost.example", 2026, 3, 29, "sm-cer"))


@mail(N, "en", "internal",
      "trap: data-protection quiz with clearly fictitious example persons ('Max Example (fictitious)', placeholder birth dates); PDF")
def m062(n):
    body = T("""
    Hi all,

    as announced, this year's data protection refresher comes as a short quiz (PDF
    attached, 10 questions, ~15 minutes). All examples use made-up persons - please
    don't "improve" them with real cases when you discuss them in your teams.

    Deadline: 30 April. Answers go to the form linked on the last page.

    Thanks,
    Lucía
    """) + "\n" + sig("ortiz", "en", short=True)
    pdf = pdf_bytes([
        "# Data Protection Quiz 2026 - International Teams",
        "All persons in this quiz are fictitious. Any resemblance to real customers is coincidental.",
        "",
        "1. A caller says she is the daughter of 'Max Example (fictitious)' and asks about his",
        "   claim. What do you check before you say anything?",
        "2. Which of these is health data under Art. 9 GDPR? (a) a pharmacy receipt, (b) a gym",
        "   membership, (c) a blood type in a travel document, (d) a motor claim number.",
        "3. 'Erika Sample (fictitious), born 01.01.1900 (placeholder)' sends her IBAN by plain mail.",
        "   May you reply with the IBAN quoted?",
        "4. A broker asks for a list of all customers with a disability claim. What do you do?",
        "5. When may you use the secure portal instead of plain e-mail?",
        "6. What is the retention period for audit logs?",
        "7. True or false: an anonymised statistic by age band is personal data.",
        "8. What is a 'reactive' e-mail permission?",
        "9. Where do you report a misdirected e-mail?",
        "10. Name two special categories of personal data besides health.",
        "",
        "Submit answers: intranet form DP-QUIZ-2026",
    ], title="Data Protection Quiz 2026", author="Lucia Ortiz")
    return build(n, me("ortiz"), [("International Teams", "international-all@" + DOM)],
                 "Data protection refresher 2026 - quiz", (2026, 4, 1, 9, 0),
                 mixed(text(body), att(pdf, "application/pdf", "DP_Quiz_2026_EN.pdf")))


@mail(S, "en", "insurer-to-customer",
      "private health: psychotherapy extension for depression, 25 more sessions; therapist report needed")
def m063(n):
    cust = ("Laura Bennett", "laura.bennett@fastinbox.example")
    body = T("""
    Dear Laura,

    thank you for writing, and for being so open about it. Asking for more sessions
    is completely normal.

    Your tariff (policy KV-502 509 71) covers up to 50 sessions of psychotherapy per
    calendar year; so far we have paid 22 sessions in 2026. For the extension by 25
    sessions we only need a short report from your therapist, Dipl.-Psych. Wenzel:
    diagnosis, course of treatment so far and why further sessions are needed. She can
    send it directly to us in a sealed envelope marked "Psychotherapie - nur
    Leistungsprüfung" or via our secure portal - please don't send it by normal e-mail.

    We'll confirm within 10 working days. Until then, you can simply continue your
    sessions; we won't refuse the ones that fall into the waiting time.

    Take care,
    Sophie Wagner
    """) + "\n" + sig("wagner", "en") + footer("kranken", "en") + "\n" + en_on(2026, 4, 1, 23, 2, "Laura Bennett <laura.bennett@fastinbox.example>") + "\n" + q(T("""
    Hi Sophie,

    sorry to bother you again. my therapist says I need another 25 sessions at least, the depression got worse again over winter and we just started working on some things. I'm scared you'll say no. what do I need to do? I really can't stop now.

    Laura
    """))
    return build(n, me("wagner"), cust, "RE: therapy extension", (2026, 4, 2, 10, 3), text(body),
                 irt=cid("", "fastinbox.example", 2026, 4, 1, "lb-pt"))


@mail(C, "en", "insurer-to-customer",
      "electronics insurance: phone dropped in the toilet, repair vs replacement; base64-encoded utf-8 body")
def m064(n):
    cust = ("Kemal Aydın", "kemal.aydin@inbox-mail.example")
    body = T("""
    Hi Kemal,

    classic 😅 - don't worry, water damage is covered by your electronics insurance
    (policy EL-118 305, Pixel 8 bought 11/2024).

    Please:
    1. don't try to charge it,
    2. take it to our repair partner FixIt Münster (Ludgeristraße 71) or send it in
       with the free shipping label from www.weidenhof.example/en/device-claim,
       claim number E-2026-04412.

    If it can be repaired, we pay the repair minus your 49 EUR excess. If not, you
    get a refurbished device of the same model.

    Best,
    Katrin
    """) + "\n" + sig("vogel", "en") + "\n" + en_on(2026, 4, 3, 0, 13, "Kemal Aydın <kemal.aydin@inbox-mail.example>") + "\n" + q(T("""
    dropped my phone in the toilet 😭😭 (clean water at least lol) it turned off and now nothing. i have the handy insurance with you. what now??
    """))
    return build(n, me("vogel"), cust, "RE: phone in toilet", (2026, 4, 3, 9, 2),
                 text(body, cte="base64"), irt=cid("", "inbox-mail.example", 2026, 4, 3, "ka-wc"),
                 mailer="Microsoft Outlook for iOS 4.2610")


@mail(N, "mixed", "insurer-to-public",
      "grey: thank-you one-liner with emoji after a generic answer about Saturday opening hours; no contract or person data")
def m065(n):
    who = ("Oksana Melnyk", "oksana.melnyk@netzpost.example")
    body = T("""
    Sehr gern, Frau Melnyk – have a nice weekend! 🙂

    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 4, 3, 12, 40, "Oksana Melnyk <oksana.melnyk@netzpost.example>") + "\n" + q(T("""
    thx für die schnelle antwort 👍

    > Am 03.04.2026 um 11:58 schrieb Aylin Demir <aylin.demir@weidenhof.example>:
    > Hallo Frau Melnyk, samstags ist unsere Geschäftsstelle leider geschlossen,
    > wir sind Mo–Fr von 8 bis 18 Uhr da. Telefonisch erreichen Sie uns auch
    > samstags 9–14 Uhr. Viele Grüße, Aylin Demir
    >
    >> Am 03.04.2026 um 11:20 schrieb Oksana Melnyk:
    >> hallo habt ihr am samstag offen? will paar fragen stellen, english or
    >> german ok?
    """))
    return build(n, me("demir"), who, "AW: Samstag offen?", (2026, 4, 3, 13, 2), text(body, cte="8bit"),
                 irt=cid("", "netzpost.example", 2026, 4, 3, "om-sa2"),
                 refs=cid("", "netzpost.example", 2026, 4, 3, "om-sa1") + " " + cid("", "netzpost.example", 2026, 4, 3, "om-sa2"))


@mail(S, "de", "insurer-to-customer",
      "private health: planned total knee replacement, hospital cost approval; PDF Kostenübernahmeerklärung")
def m066(n):
    cust = ("Gisela Terhorst", "gisela.terhorst@t-netz.example")
    body = T("""
    Sehr geehrte Frau Terhorst,

    eine Zusage vorab brauchen Sie für die Operation nicht – Ihr Tarif Klassik
    (KV-318 209 63) deckt stationäre Behandlung im Zweibettzimmer mit Chefarzt-
    behandlung. Damit Sie im Klinikum trotzdem nichts vorstrecken müssen, habe ich
    eine Kostenübernahmeerklärung für die Knie-TEP links am 14.04.2026 ausgestellt.
    Bitte geben Sie sie bei der Aufnahme ab; wir rechnen dann direkt mit dem
    Krankenhaus ab.

    Die anschließende Reha (AHB) beantragt in der Regel der Sozialdienst der Klinik –
    auch die ist in Ihrem Tarif versichert.

    Alles Gute für die OP!

    Mit freundlichen Grüßen
    Dr. Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + footer("kranken") + "\n" + ol_de(
        "Gisela Terhorst <gisela.terhorst@t-netz.example>", de_sent(2026, 4, 2, 15, 21),
        "leistung@weidenhof.example", "Knie OP", T("""
    Guten Tag,
    ich bin am 14.04. im Klinikum zur Knie-OP (neues Knie links, Arthrose) bei Prof. Dr. Lindemann. Brauche ich vorher eine Zusage von Ihnen? Die Klinik hat gefragt ob ich Wahlleistungen möchte. Ich möchte nicht am Ende auf den Kosten sitzen bleiben.
    Gisela Terhorst
    """))
    pdf = pdf_bytes([
        "# Kostenübernahmeerklärung",
        "An: Klinikum Münster-Süd, Patientenaufnahme",
        "Patientin: Gisela Terhorst, geb. 19.10.1957, Versicherungsnummer KV-318 209 63",
        "Aufnahme: 14.04.2026, geplanter Eingriff: Knie-Totalendoprothese links (Gonarthrose)",
        "Kostenübernahme für allgemeine Krankenhausleistungen und Wahlleistungen",
        "(Zweibettzimmer, wahlärztliche Leistungen) gemäß Tarif Klassik.",
        "Abrechnung direkt mit der Weidenhof Krankenversicherung AG.",
    ], title="KÜE Terhorst")
    return build(n, me("kowalczyk"), cust, "AW: Knie OP", (2026, 4, 7, 10, 30),
                 mixed(text(body), att(pdf, "application/pdf", "Kostenuebernahme_Terhorst.pdf")),
                 irt=cid("", "t-netz.example", 2026, 4, 2, "gt-knie"))


@mail(C, "de", "insurer-to-customer",
      "dog owner's liability: dog jumped at a jogger, smartwatch broken, jogger unhurt; claim number")
def m067(n):
    cust = ("Tim Albrecht", "tim.albrecht@webmail-de.example")
    body = T("""
    Hallo Herr Albrecht,

    danke für die schnelle Meldung. Gut, dass der Joggerin nichts passiert ist.

    Die kaputte Smartwatch übernimmt Ihre Hundehalterhaftpflicht HH-5087 223 für
    Bruno. Die Schadennummer ist H-2026-01214. Bitte geben Sie der Dame meine
    Mailadresse; sie soll uns den Kaufbeleg (oder ein Foto vom Karton mit Modell)
    und ein Foto der Uhr schicken. Wir zahlen den Zeitwert direkt an sie.

    Viele Grüße
    Paul Riedel
    """) + "\n" + sig("riedel") + "\n" + de_am(2026, 4, 6, 18, 10, "Tim Albrecht <tim.albrecht@webmail-de.example>") + "\n" + q(T("""
    Hallo, unser Bruno (Labrador, 1 Jahr, viel zu stürmisch 🙄) ist heute im Park an einer Joggerin hochgesprungen, sie ist nicht hingefallen und alles gut, aber ihre Smartwatch ist runtergefallen und das Display ist gesplittert. Sie will das ersetzt haben, ca 300 €. Zahlt das die Hundehaftpflicht?
    Tim Albrecht
    """))
    return build(n, me("riedel"), cust, "AW: Bruno und die Joggerin", (2026, 4, 7, 9, 3), text(body, cte="8bit"),
                 irt=cid("", "webmail-de.example", 2026, 4, 6, "ta-bruno"))


@mail(N, "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and blood-pressure monitors for the offices; PDF order")
def m068(n):
    sup = ("Vertrieb Medicus Betriebsbedarf", "vertrieb@medicus-betriebsbedarf.example")
    body = T("""
    Guten Tag Frau Schnieder,

    wie telefonisch besprochen bestellen wir für unsere Standorte Münster, Osnabrück
    und Bielefeld (Details in der angehängten Bestellung B-2026-0412):

    - 24 Verbandkästen DIN 13157 (Nachfüllung nach Ablauf)
    - 6 Sets Elektroden für die AEDs (Erwachsene) + 3 Sets Kinder-Elektroden
    - 2 Blutdruckmessgeräte für die Betriebsärztin
    - 50 Packungen Einmalhandschuhe Nitril, Größe M

    Lieferung bitte bis 30.04. an den Wareneingang. Rechnung mit Bestellnummer an
    rechnungseingang@weidenhof.example.

    Mit freundlichen Grüßen
    Dennis Krause
    """) + "\n" + sig("krause") + "\n" + ol_de(
        "Petra Schnieder <p.schnieder@medicus-betriebsbedarf.example>", de_sent(2026, 4, 7, 11, 15),
        "dennis.krause@weidenhof.example", "Angebot Erste-Hilfe-Material", T("""
    Hallo Herr Krause,
    anbei unser Angebot über das Erste-Hilfe-Material. Die AED-Elektroden haben 4 Wochen Lieferzeit, bitte zeitnah bestellen.
    Freundliche Grüße
    Petra Schnieder
    """))
    pdf = pdf_bytes([
        "# Bestellung B-2026-0412",
        "Weidenhof Versicherung AG, Einkauf, Weidenhofplatz 1, 48143 Münster",
        "Lieferant: Medicus Betriebsbedarf GmbH, Angebot A-7781 vom 07.04.2026",
        "",
        "Pos  Artikel                                       Menge   EP EUR   GP EUR",
        "1    Verbandkasten DIN 13157                        24      29,90    717,60",
        "2    AED-Elektroden Erwachsene                       6      54,00    324,00",
        "3    AED-Elektroden Kinder                           3      61,00    183,00",
        "4    Blutdruckmessgerät Oberarm                      2      79,00    158,00",
        "5    Einmalhandschuhe Nitril M (100 St.)            50       6,40    320,00",
        "     Summe netto                                                  1.702,60",
        "Lieferung bis 30.04.2026, Wareneingang Hafenweg 40",
    ], title="Bestellung B-2026-0412", author="Dennis Krause")
    return build(n, me("krause"), sup, "Bestellung B-2026-0412 Erste-Hilfe-Material", (2026, 4, 8, 8, 30),
                 mixed(text(body), att(pdf, "application/pdf", "Bestellung_B-2026-0412.pdf")))


@mail(S, "de", "insurer-to-customer",
      "dog owner's liability: dog bit a child, wound stitched at A&E -> third party's injury = health data")
def m069(n):
    cust = ("Petra Lohmann", "petra.lohmann@mailpost.example")
    body = T("""
    Sehr geehrte Frau Lohmann,

    danke, dass Sie sich gleich gemeldet haben. Ich kann mir vorstellen, wie sehr Sie
    das mitnimmt.

    Den Vorfall habe ich unter H-2026-01266 zu Ihrer Hundehalterhaftpflicht
    HH-5012 907 aufgenommen. Wir kümmern uns jetzt um alles Weitere mit der Familie
    des Jungen – bitte geben Sie keine Zusagen über Schmerzensgeld, auch wenn Sie
    nur helfen wollen.

    Für die Prüfung brauche ich:
    - Name und Anschrift der Eltern von Leon,
    - Ihre kurze Schilderung, wo und wie es passiert ist (war Kira angeleint?),
    - falls vorhanden: die Bescheinigung des Ordnungsamts.

    Die Behandlungskosten in der Notaufnahme (die Wunde am Unterarm wurde mit
    4 Stichen genäht) rechnet die Krankenkasse des Kindes ggf. direkt mit uns ab.

    Mit freundlichen Grüßen
    Paul Riedel
    """) + "\n" + sig("riedel") + "\n" + ol_de(
        "Petra Lohmann <petra.lohmann@mailpost.example>", de_sent(2026, 4, 8, 20, 44),
        "schaden@weidenhof.example", "Hundebiss - bitte dringend", T("""
    Hallo,

    ich bin total fertig. Unsere Hündin Kira hat heute auf dem Spielplatz am Kanal einen Jungen (Leon, ca. 8 Jahre) in den Unterarm gebissen, er wollte sie streicheln und sie hat sich erschrocken. Die Mutter ist mit ihm in die Notaufnahme, die Wunde musste mit 4 Stichen genäht werden und er hat eine Tetanusspritze bekommen. Die Mutter ist verständlicherweise sehr wütend und will Schmerzensgeld. Ich hab ihr gesagt, dass ich das natürlich bezahle.

    Hundehaftpflicht HH-5012 907

    Petra Lohmann
    """))
    return build(n, me("riedel"), cust, "AW: Hundebiss - bitte dringend", (2026, 4, 9, 9, 15), text(body),
                 irt=cid("", "mailpost.example", 2026, 4, 8, "pl-biss"))


@mail(C, "en", "insurer-to-customer",
      "travel cancellation because the employer cancelled approved leave; insured reason check, no health; us-ascii")
def m070(n):
    cust = ("Benjamin Fox", "ben.fox@kabelnet.example")
    body = T("""
    Dear Mr Fox,

    thank you for your message. I'm afraid I have to disappoint you on this one.

    Your trip cancellation cover (policy RE-26-002 931) pays when you cannot travel
    for one of the reasons listed in the terms - for example serious illness, an
    accident, loss of your job through dismissal or starting a new job. An employer
    withdrawing already approved leave is unfortunately not one of them.

    What you can do: German employment law says approved leave can only be cancelled
    in real emergencies, and the employer may have to pay the cancellation costs
    (currently 860 EUR for the Crete trip). Ask your employer for the cancellation
    in writing. If you have legal expenses insurance (you don't with us), this would
    be the moment to use it.

    Kind regards,
    Henrik Sommer
    """) + "\n" + sig("sommer", "en") + "\n" + en_on(2026, 4, 9, 12, 8, "Benjamin Fox <ben.fox@kabelnet.example>") + "\n" + q(T("""
    Hi, my boss just cancelled my holiday (2 weeks Crete in May, was approved in January!!) because a colleague quit and they need me on a project. The cancellation fee is 860 EUR. Does my travel cancellation insurance cover that?
    Ben Fox
    """))
    return build(n, me("sommer"), cust, "RE: holiday cancelled by employer", (2026, 4, 9, 16, 22),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "kabelnet.example", 2026, 4, 9, "bf-crete"))


@mail(N, "en", "newsletter",
      "trap: expat newsletter explaining GP, specialists, pharmacies and sick notes in Germany; generic; multipart/alternative")
def m071(n):
    plain = T("""
    WEIDENHOF EXPAT LETTER - April 2026
    Understanding German healthcare in 5 minutes

    1. The Hausarzt (GP) is your first stop. Many specialists accept you without a
       referral if you are privately insured - but a GP who knows you is worth a lot.

    2. Sick note (Krankmeldung / AU): from the 4th day of illness most employers need
       one; some from day one. Your doctor issues it, your employer only sees the
       dates, never the diagnosis.

    3. Pharmacy: prescription drugs only with a prescription (blue or green slip for
       private patients). Keep the receipt - you'll need it for reimbursement.

    4. Emergencies: 112 for ambulance and fire, 116 117 for the on-call doctor at
       night and on weekends.

    5. Dentist: check-ups twice a year keep your dental plan bonus alive.

    More: www.weidenhof.example/en/health-guide
    Unsubscribe: www.weidenhof.example/en/newsletter/unsubscribe
    """)
    h = html_doc(T("""
    <h1>WEIDENHOF EXPAT LETTER &ndash; April 2026</h1>
    <h2>Understanding German healthcare in 5 minutes</h2>
    <ol>
    <li><b>The Hausarzt (GP)</b> is your first stop. Many specialists accept you without a referral if you are privately insured &ndash; but a GP who knows you is worth a lot.</li>
    <li><b>Sick note (Krankmeldung / AU):</b> from the 4th day of illness most employers need one; some from day one. Your employer only sees the dates, never the diagnosis.</li>
    <li><b>Pharmacy:</b> prescription drugs only with a prescription. Keep the receipt for reimbursement.</li>
    <li><b>Emergencies:</b> 112 for ambulance and fire, 116 117 for the on-call doctor.</li>
    <li><b>Dentist:</b> check-ups twice a year keep your dental plan bonus alive.</li>
    </ol>
    <p><a href="https://www.weidenhof.example/en/health-guide">Read the full guide</a> |
    <a href="https://www.weidenhof.example/en/newsletter/unsubscribe">Unsubscribe</a></p>
    """), lang="en", charset="us-ascii")
    return build(n, ("Weidenhof Expat Letter", "newsletter@" + DOM), ("Aleksander Nowicki", "a.nowicki@inbox-mail.example"),
                 "Understanding German healthcare in 5 minutes", (2026, 4, 10, 7, 0),
                 alt(text(plain, charset="us-ascii", cte="7bit"), html(h, charset="us-ascii", cte="7bit")),
                 mailer="Weidenhof Mailing 2.4")


@mail(S, "mixed", "insurer-to-customer",
      "child accident insurance: 6-year-old broke her arm on a trampoline; English/German mix; doctor's report question")
def m072(n):
    cust = ("Olivia Schäfer-Grant", "olivia.grant@fastinbox.example")
    body = T("""
    Hallo Frau Schäfer-Grant,

    oh je, gute Besserung an Lina! 🍀

    Short answer: yes, please send us the Arztbericht – but no rush.

    Aus der Kinderunfallversicherung UV-77 230 14 zahlen wir bei einem
    Knochenbruch eine Sofortleistung von 500 €, dafür reicht der Bericht der
    Notaufnahme bzw. der Kinderchirurgie (Unterarmfraktur). For the Gipsverband and
    the X-rays nothing else is needed.

    If the arm doesn't heal completely (rarely the case with kids), there could be
    an invalidity payment later; that's decided after 12 months at the earliest.

    Viele Grüße / best wishes
    Frank Möller
    """) + "\n" + sig("moeller") + footer("leben") + "\n" + de_am(2026, 4, 11, 17, 33, "Olivia Schäfer-Grant <olivia.grant@fastinbox.example>") + "\n" + q(T("""
    Hallo! My daughter Lina (6) hatte einen Unfall auf dem Trampolin bei Freunden, the arm is broken (Unterarm, both bones they said), she has a cast now for 5 weeks. Do we have to send the Arztbericht? Und zahlt die Unfallversicherung da was? Sorry for the mix, it's been a long day.
    Olivia
    """))
    return build(n, me("moeller"), cust, "AW: Lina Trampolin Unfall", (2026, 4, 13, 9, 30), text(body),
                 irt=cid("", "fastinbox.example", 2026, 4, 11, "og-tramp"))


@mail(C, "de", "insurer-to-customer",
      "motor partial cover: collision with a deer, forester's certificate, claim number; blank certificate form PDF")
def m073(n):
    cust = ("Lisa Hüsing", "lisa.huesing@netzpost.example")
    body = T("""
    Hallo Frau Hüsing,

    oh nein – gut, dass Ihnen nichts passiert ist!

    Wildunfälle mit Rehen sind über Ihre Teilkasko (KF 9 415 007, Fiat 500 COE-LH 91)
    versichert, Selbstbeteiligung 150 €. Eine Rückstufung gibt es bei Teilkasko nicht.
    Schadennummer: K-2026-033806.

    Die Bescheinigung vom Förster haben Sie ja schon – super. Falls sie nicht alle
    Angaben enthält, hänge ich unser Formular an, das er oder der Jagdpächter
    ergänzen kann. Ansonsten bitte die Bescheinigung, Fotos vom Auto und den
    Kostenvoranschlag der Werkstatt schicken.

    Viele Grüße
    Jana Petersen
    """) + "\n" + sig("petersen") + "\n" + de_am(2026, 4, 13, 7, 12, "Lisa Hüsing <lisa.huesing@netzpost.example>") + "\n" + q(T("""
    hab gestern abend auf der L 555 bei Billerbeck ein reh erwischt 😢 dem reh gehts leider gar nicht mehr gut und meinem auto auch nicht, scheinwerfer kaputt, motorhaube eingedrückt. förster war da und hat ne bescheinigung gemacht. wie gehts jetzt weiter?
    Lisa
    """))
    pdf = pdf_bytes([
        "# Wildunfallbescheinigung",
        "(vom Jagdausübungsberechtigten, Förster oder der Polizei auszufüllen)",
        "",
        "Datum / Uhrzeit des Unfalls: ____________________",
        "Ort (Straße, km): ____________________",
        "Wildart: [ ] Reh  [ ] Wildschwein  [ ] Hirsch  [ ] sonstiges: ________",
        "Verbleib des Tieres: ____________________",
        "Name, Anschrift, Unterschrift des Ausstellers: ____________________",
    ], title="Wildunfallbescheinigung (Formular)", compress=False)
    return build(n, me("petersen"), cust, "AW: reh erwischt", (2026, 4, 13, 11, 5),
                 mixed(text(body), att(pdf, "application/pdf", "Formular_Wildunfallbescheinigung.pdf")),
                 irt=cid("", "netzpost.example", 2026, 4, 13, "lh-reh"))


@mail(N, "de", "internal",
      "trap: workshop invitation on writing better replies, with invented sample customer sentences marked fictitious; ICS")
def m074(n):
    body = T("""
    Hallo zusammen,

    wie angekündigt machen wir im Mai den Workshop "Klar schreiben – auch wenn der
    Kunde tobt". Die Einladung hängt an (bitte annehmen, damit wir den Raum planen
    können).

    Zur Einstimmung drei erfundene Beispielsätze, an denen wir üben:

      (fiktiv) "ich hab eure abrechnung 3x gelesen und versteh nix, was heißt
               erstattungsfähiger betrag???"
      (fiktiv) "Warum wollen sie jetzt schon wieder einen Arztbericht, sie hatten
               doch schon alles!!!!"
      (fiktiv) "pls answer in english, my german is not so good for this letters"

    Bringt gern eigene (anonymisierte!) Beispiele mit – keine Namen, keine Nummern.

    Viele Grüße
    Carola
    """) + "\n" + sig("schmitz", short=True)
    ics = ics_text("workshop-klar-schreiben-2026@weidenhof.example", "20260512T090000", "20260512T123000",
                   "Workshop: Klar schreiben – auch wenn der Kunde tobt", location="Raum 3.14",
                   description="Trainerin: Hanne Bökamp. Bitte Laptop mitbringen.",
                   organizer=("Carola Schmitz", "carola.schmitz@" + DOM),
                   attendees=[("Team Kundenservice", "team-kundenservice@" + DOM)])
    return build(n, me("schmitz"), [("Team Kundenservice", "team-kundenservice@" + DOM)],
                 "Einladung Workshop Klar schreiben (12.05.)", (2026, 4, 14, 10, 0),
                 mixed(text(body), ics_att(ics, "Workshop_Klar_schreiben.ics")))


@mail(S, "de", "insurer-to-customer",
      "long-term care daily allowance: father with dementia now care level 2; daughter asks about payment")
def m075(n):
    cust = ("Anja Westkamp", "anja.westkamp@webmail-de.example")
    body = T("""
    Liebe Frau Westkamp,

    danke für den Bescheid. Die Diagnose Demenz ist für die ganze Familie ein
    Einschnitt, und ich hoffe, Sie haben gute Unterstützung.

    Ihr Vater, Herr Bernhard Westkamp, hat bei uns das Pflegetagegeld PZ-208 114 2
    mit 40 € Tagessatz. Bei Pflegegrad 2 zahlen wir 30 % davon, also 12 € täglich
    (ca. 365 € im Monat), ab dem 01.04.2026.

    Da Sie eine Vorsorgevollmacht haben, können wir alles mit Ihnen klären. Schicken
    Sie mir bitte eine Kopie der Vollmacht; die Zahlung geht dann wie bisher auf das
    Konto Ihres Vaters.

    Wenn sich sein Zustand verschlechtert, können Sie bei der Pflegekasse jederzeit
    eine Höherstufung beantragen – geben Sie uns dann den neuen Bescheid.

    Herzliche Grüße
    Maria Lindqvist
    """) + "\n" + sig("lindqvist") + "\n" + de_am(2026, 4, 14, 22, 1, "Anja Westkamp <anja.westkamp@webmail-de.example>") + "\n" + q(T("""
    hallo frau lindqvist,
    papa hat jetzt pflegegrad 2 bekommen (demenz, wird leider schnell schlechter, er findet allein nicht mehr nach hause). bescheid ist anbei. er hat doch das pflegetagegeld bei ihnen, wie viel gibt's da jetzt? ich hab eine vorsorgevollmacht.
    lg anja westkamp
    """))
    return build(n, me("lindqvist"), cust, "AW: pflegegrad papa", (2026, 4, 15, 11, 20), text(body),
                 irt=cid("", "webmail-de.example", 2026, 4, 14, "aw-pg2"))


@mail(C, "de", "insurer-to-customer",
      "commercial contents for a sole trader (bakery e.K.): turnover and stock figures for the sum insured; natural person; ODS")
def m076(n):
    cust = ("Bernd Huber", "info@baeckerei-huber-telgte.example")
    body = T("""
    Hallo Herr Huber,

    danke für die Zahlen! Ich habe sie in die angehängte Tabelle übernommen –
    bitte einmal drüberschauen, ob alles stimmt.

    Mit dem neuen Ofen und der zweiten Filiale in Ostbevern steigt die
    Versicherungssumme Ihrer Inhaltsversicherung GI-3307 551 von 210.000 € auf
    285.000 €. Die Betriebsunterbrechung sichern wir auf Basis Ihres Jahresumsatzes
    2025 von 1,18 Mio. € ab. Der Jahresbeitrag steigt dadurch von 1.412 € auf
    1.874 € (netto, zzgl. VersSt).

    Wenn die Tabelle passt, reicht ein kurzes "ok" per Mail, dann schicke ich den
    Nachtrag.

    Schöne Grüße nach Telgte
    Katrin Vogel
    """) + "\n" + sig("vogel") + "\n" + ol_de(
        "Bäckerei Huber e.K. <info@baeckerei-huber-telgte.example>", de_sent(2026, 4, 15, 5, 48),
        "katrin.vogel@weidenhof.example", "AW: Versicherungssumme anpassen", T("""
    Morgen Frau Vogel,

    hier die Zahlen die Sie wollten, hab ich zwischen zwei Blechen getippt, sorry für Fehler:
    - neuer Stikkenofen 48.000 netto (seit März)
    - Filiale Ostbevern: Einrichtung ca 35.000, Ware im Schnitt 4.000
    - Umsatz 2025 gesamt 1,18 Mio
    - Warenlager Haupthaus so 9-12.000 je nach Saison

    Gruß Bernd Huber
    Bäckerei Huber e.K., Inh. Bernd Huber
    """))
    o = ods_bytes([("Versicherungssummen", [
        ["Position", "Standort", "Wert EUR", "Quelle"],
        ["Technische Einrichtung inkl. Stikkenofen", "Telgte, Münsterstraße 14", 148000, "Angabe VN 15.04.2026"],
        ["Ladeneinrichtung", "Telgte, Münsterstraße 14", 62000, "Vertrag 2022"],
        ["Warenlager (Spitze)", "Telgte, Münsterstraße 14", 12000, "Angabe VN"],
        ["Einrichtung Filiale", "Ostbevern, Hauptstraße 3", 35000, "Angabe VN"],
        ["Warenlager Filiale", "Ostbevern, Hauptstraße 3", 4000, "Angabe VN"],
        ["Summe (gerundet)", "", 285000, ""],
        ["Jahresumsatz 2025 (BU-Basis)", "", 1180000, "Angabe VN"],
    ])], title="GI-3307 551 Versicherungssummen", author="Katrin Vogel")
    return build(n, me("vogel"), cust, "AW: AW: Versicherungssumme anpassen", (2026, 4, 15, 14, 7),
                 mixed(text(body), att(o, ODS_CT, "Versicherungssummen_GI-3307551.ods")),
                 irt=cid("", "baeckerei-huber-telgte.example", 2026, 4, 15, "bh-vs"))


@mail(N, "en", "insurer-to-prospect",
      "newcomer confused about the difference between Haftpflicht and Hausrat; generic explanation, emoji in quote")
def m077(n):
    who = ("Diego Alvarez", "diego.alvarez@netzpost.example")
    body = T("""
    Hi Diego,

    no need to apologise - these two confuse a lot of people, including Germans. 😄

    - Haftpflicht (personal liability) pays when YOU damage someone else's things
      or hurt someone by accident: you flood the flat below, you knock over a
      friend's TV, your bike scratches a car. It's the one insurance almost everyone
      in Germany has, and it's cheap (from about 5 EUR a month).

    - Hausrat (household contents) pays for YOUR OWN things at home when they're
      damaged by fire, water from a burst pipe, storm, or stolen in a burglary.

    If you rent a flat, most people have both. If you don't own much, Haftpflicht
    is the important one.

    Happy to send you an offer for either - you can also calculate it yourself at
    www.weidenhof.example/en.

    Cheers,
    Aylin
    """) + "\n" + sig("demir", "en") + "\n" + en_on(2026, 4, 16, 22, 45, "Diego Alvarez <diego.alvarez@netzpost.example>") + "\n" + q(T("""
    whats the difference between Haftpflicht and Hausrat?? sorry still confused after 2 yrs in germany 😅 my landlord says I need one of them
    """))
    return build(n, me("demir"), who, "RE: Haftpflicht vs Hausrat??", (2026, 4, 17, 8, 59), text(body, cte="8bit"),
                 irt=cid("", "netzpost.example", 2026, 4, 16, "da-hh"))


@mail(S, "en", "insurer-to-customer",
      "endowment life insurance: surrender value request to fund a house deposit; values table PDF; personal line")
def m078(n):
    cust = ("Rebecca Hughes", "rebecca.hughes@kabelnet.example")
    body = T("""
    Dear Ms Hughes,

    thank you for your enquiry. The figures for your endowment policy
    LV 3355 0281 44 as of 1 May 2026 are in the attached statement. In short:

    - surrender value: 31,207.66 EUR (before tax)
    - paid-in premiums so far: 33,600.00 EUR
    - guaranteed maturity benefit in 2034: 48,000.00 EUR plus bonuses

    Surrendering now would mean getting back less than you have paid in. Two
    alternatives you might want to consider for the house deposit:

    1. a policy loan of up to 24,900 EUR (the policy continues),
    2. a partial surrender of the amount you need, keeping the rest invested.

    Also note that part of the surrender value above your contributions may be
    taxable; we'd deduct capital gains tax unless you give us an exemption order.

    Please let me know how you'd like to proceed.

    Kind regards,
    Tobias Brandt
    """) + "\n" + sig("brandt", "en") + footer("leben", "en") + "\n" + ol_en(
        "Rebecca Hughes <rebecca.hughes@kabelnet.example>", en_sent(2026, 4, 17, 13, 30),
        "life@weidenhof.example", "Cashing out life policy", T("""
    Hello,

    we're finally buying a house (!!) and the bank wants 40k equity. I'm thinking of cashing out my life insurance policy (LV 3355 0281 44) to fund part of the deposit. What's the surrender value at the moment and how long would it take to get the money?

    Many thanks,
    Rebecca Hughes
    """))
    pdf = pdf_bytes([
        "# Statement of values - endowment policy LV 3355 0281 44",
        "Policyholder and insured person: Rebecca Hughes, born 24 September 1986",
        "Valuation date: 01.05.2026",
        "",
        "Premiums paid (since 01.05.2014)             33,600.00 EUR",
        "Surrender value incl. bonuses                31,207.66 EUR",
        "Maximum policy loan (80 %)                   24,966.13 EUR",
        "Guaranteed maturity benefit 01.05.2034       48,000.00 EUR",
        "Death benefit (current)                      52,310.00 EUR",
    ], title="Values LV 3355 0281 44", author="Weidenhof Lebensversicherung AG")
    return build(n, me("brandt"), cust, "RE: Cashing out life policy", (2026, 4, 20, 10, 44),
                 mixed(text(body), att(pdf, "application/pdf", "Statement_LV3355028144.pdf")),
                 irt=cid("", "kabelnet.example", 2026, 4, 17, "rh-lv"))


@mail(C, "de", "insurer-to-customer",
      "solar panels (PV insurance): hail destroyed three modules; claim documents in a ZIP (PDF summary + CSV of module serials)")
def m079(n):
    cust = ("Martin Schulze Wierling", "m.schulzewierling@t-netz.example")
    body = T("""
    Hallo Herr Schulze Wierling,

    danke für die Fotos – das sieht leider eindeutig nach Hagel aus.

    Den Schaden an Ihrer Photovoltaikanlage habe ich unter S-2026-024418 zur
    PV-Versicherung PV-604 117 aufgenommen. Im ZIP finden Sie:

    - die Schadenübersicht als PDF (bitte prüfen),
    - die Liste der Module mit Seriennummern aus Ihrer Anlagendokumentation; die drei
      beschädigten habe ich markiert.

    Ihr Installateur kann die Module direkt tauschen. Den Ertragsausfall bis zur
    Reparatur zahlen wir pauschal mit 0,30 €/kWh nach dem Ertrag der Vorjahreswoche.

    Viele Grüße
    Katrin Vogel
    """) + "\n" + sig("vogel") + "\n" + ol_de(
        "Martin Schulze Wierling <m.schulzewierling@t-netz.example>", de_sent(2026, 4, 20, 19, 2),
        "schaden@weidenhof.example", "Hagel PV", T("""
    N'abend,

    der Hagel heute Nachmittag hat 3 Module auf dem Garagendach zerlegt, richtig Löcher drin. Fotos anbei. Wechselrichter zeigt Fehler String 2. Hab die Anlage erstmal abgeschaltet. Versicherung läuft bei Ihnen, PV-604 117.

    Gruß Martin Schulze Wierling
    """))
    pdf = pdf_bytes([
        "# Schadenübersicht S-2026-024418",
        "Versicherungsnehmer: Martin Schulze Wierling, Vertrag PV-604 117",
        "Risikoort: Hofstelle Wierling 2, 48249 Dülmen",
        "Schadentag: 20.04.2026, Ursache: Hagel",
        "Beschädigt: 3 Module (String 2), Garagendach",
        "Ertragsausfall: pauschal 0,30 EUR/kWh",
    ], title="Schadenübersicht S-2026-024418")
    c = csv_text([["String", "Position", "Modul", "Seriennummer", "beschaedigt"],
                  ["2", "G-01", "SunRay 410 W", "SR410-2287710", ""],
                  ["2", "G-02", "SunRay 410 W", "SR410-2287711", "ja"],
                  ["2", "G-03", "SunRay 410 W", "SR410-2287712", "ja"],
                  ["2", "G-04", "SunRay 410 W", "SR410-2287713", ""],
                  ["2", "G-05", "SunRay 410 W", "SR410-2287714", "ja"]])
    z = zip_bytes([("Schadenuebersicht_S-2026-024418.pdf", pdf), ("Modulliste_PV-604117.csv", c)],
                  time=(2026, 4, 21, 9, 30, 0))
    return build(n, me("vogel"), cust, "AW: Hagel PV", (2026, 4, 21, 9, 41),
                 mixed(text(body), att(z, "application/zip", "S-2026-024418_Unterlagen.zip")),
                 irt=cid("", "t-netz.example", 2026, 4, 20, "msw-hagel"))


@mail(N, "de", "auto-reply",
      "out-of-office auto-reply of the press officer to a journalist's interview request; no content from the incoming mail")
def m080(n):
    body = T("""
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 04.05.2026 nicht im Büro und lese meine E-Mails nur
    unregelmäßig. Presseanfragen beantwortet in dieser Zeit meine Kollegin
    Svenja Rohlfs (presse@weidenhof.example, 0251 98760-121).

    Thank you for your message. I am out of the office until 4 May 2026. For press
    enquiries please contact presse@weidenhof.example.

    Ben Okafor
    Weidenhof Versicherung AG
    """)
    return build(n, me("okafor"), ("Ferhat Kılıç", "f.kilic@radio-muensterland.example"),
                 "Automatische Antwort: Interviewanfrage Unwetterbilanz", (2026, 4, 22, 18, 3), text(body),
                 irt=cid("", "radio-muensterland.example", 2026, 4, 22, "fk-int"),
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail(S, "de", "customer",
      "health complaint: rejected naturopath acupuncture for migraine; customer's angry letter forwarded as message/rfc822 to complaints")
def m081(n):
    inner_body = T("""
    Sehr geehrte Damen und Herren,

    hiermit lege ich WIDERSPRUCH gegen Ihre Ablehnung vom 14.04.2026 ein!!

    Ich leide seit über 10 Jahren an Migräne mit Aura, 8-10 Anfälle im Monat, und habe schon alles durch: Triptane (Sumatriptan vertrage ich nicht), Betablocker, Topiramat. Erst die Akupunktur bei meiner Heilpraktikerin Frau Osterhaus hat geholfen, ich habe jetzt nur noch 2-3 Anfälle im Monat und kann wieder arbeiten!!! Und Sie lehnen die Rechnung über 540 EUR ab mit der Begründung "nicht medizinisch notwendig"???

    In meinem Tarif steht ausdrücklich Heilpraktiker 80%. Ich zahle seit 2011 jeden Monat meine Beiträge und reiche kaum was ein. Ich erwarte dass Sie die Entscheidung überprüfen, sonst gehe ich zum Ombudsmann.

    Kerstin Bögel
    KV-318 566 20
    """)
    inner = build("0081i", ("Kerstin Bögel", "kerstin.boegel@webmail-de.example"),
                  ("Weidenhof Leistungsservice", "leistung@" + DOM),
                  "WIDERSPRUCH Ablehnung Heilpraktiker!!!", (2026, 4, 21, 23, 12),
                  text(inner_body, cte="8bit"), mailer="Mozilla/5.0 (Macintosh) Apple Mail",
                  msgid="<20260421.KB566@webmail-de.example>")
    body = T("""
    Hallo Beschwerdemanagement,

    bitte übernehmt den Widerspruch von Frau Bögel (Original anbei). Aus meiner Sicht
    hat sie in der Sache einen Punkt: Tarif Komfort 1 leistet für Heilpraktiker nach
    GebüH zu 80 %, die Ablehnung wegen fehlender medizinischer Notwendigkeit war bei
    der Vorgeschichte (mehrere Prophylaxe-Versuche, Unverträglichkeit Triptane) eher
    dünn. Ich würde eine Nachprüfung durch den Beratungsarzt empfehlen.

    Frau Bögel hat mit Ombudsmann gedroht – Frist für unsere Antwort wäre der 05.05.

    Gruß
    Ines
    """) + "\n" + sig("kowalczyk", short=True)
    return build(n, me("kowalczyk"), [("Beschwerdemanagement", "beschwerde@" + DOM)],
                 "WG: WIDERSPRUCH Ablehnung Heilpraktiker!!! (KV-318 566 20)", (2026, 4, 22, 8, 50),
                 mixed(text(body), att_msg(inner, "Widerspruch_Boegel.eml")))


@mail(C, "en", "insurer-to-customer",
      "boat insurance: sailboat damaged at the marina by another boat; hull and plate details; us-ascii")
def m082(n):
    cust = ("Peter Lawson", "peter.lawson@kabelnet.example")
    body = T("""
    Dear Mr Lawson,

    thank you for the report and the photos of "Kittiwake".

    Your hull policy BT-2210 087 covers the damage whether or not the other skipper
    pays. I suggest we handle it like this: we pay the repair at Yachtwerft Brinkhaus
    (your excess is 250 EUR) and then recover the costs from the owner of the motor
    yacht "Seeadler II", whose details the harbour master has given you. If we
    recover everything, you get your excess back.

    Claim number: B-2026-00091. Please send the yard's estimate as soon as you have it,
    and don't put her back in the water before the surveyor has seen the gelcoat
    damage - he'll call you this week.

    Kind regards,
    Katrin Vogel
    """) + "\n" + sig("vogel", "en") + "\n" + ol_en(
        "Peter Lawson <peter.lawson@kabelnet.example>", en_sent(2026, 4, 23, 17, 55),
        "claims@weidenhof.example", "Damage to my sailboat at Dümmer marina", T("""
    Hello,

    my sailboat "Kittiwake" (Hanse 315, sail no. G 4412) was hit yesterday at the Dümmer marina by a motor yacht that was leaving its berth. There's a crack in the gelcoat on the port side about 60 cm long and the rub rail is torn off. The other skipper admitted it, the harbour master wrote down both our details. Nobody was on board my boat.

    What's the next step?

    Regards,
    Peter Lawson
    """))
    return build(n, me("vogel"), cust, "RE: Damage to my sailboat at Duemmer marina", (2026, 4, 24, 9, 12),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "kabelnet.example", 2026, 4, 23, "pl-boat"))


@mail(N, "de", "insurer-to-prospect",
      "trap: prospect asks what happens to health data in an application; generic data-protection answer, no data of the person")
def m083(n):
    who = ("Carsten Ewers", "carsten.ewers@netzpost.example")
    body = T("""
    Hallo Herr Ewers,

    eine sehr berechtigte Frage – gut, dass Sie sie vorher stellen.

    1. Ihre Gesundheitsangaben aus dem Antrag sieht nur die Risikoprüfung, nicht der
       Vertrieb und nicht Ihr Vermittler.
    2. Wir fragen nur, was für die Kalkulation nötig ist – bei der Zahnzusatz-
       versicherung z. B. nur nach fehlenden Zähnen und laufenden Behandlungen.
    3. Rückfragen bei Ärztinnen und Ärzten stellen wir nur mit Ihrer Einwilligung
       (Schweigepflichtentbindung), und Sie können wählen, ob Sie jedes Mal einzeln
       gefragt werden wollen.
    4. Per E-Mail verschicken wir Gesundheitsdaten nur verschlüsselt oder über unser
       Kundenportal.
    5. Wird kein Vertrag geschlossen, löschen wir die Antragsdaten nach drei Jahren.

    Die ausführliche Fassung steht unter www.weidenhof.example/datenschutz.

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 4, 23, 20, 18, "Carsten Ewers <carsten.ewers@netzpost.example>") + "\n" + q(T("""
    n'abend, bevor ich nen antrag stelle: was macht ihr eigentlich mit den gesundheitsdaten wenn ich die gesundheitsfragen beantworte? wer sieht das alles? geht das an andere versicherungen? bin da etwas paranoid 😬
    """))
    return build(n, me("demir"), who, "AW: Gesundheitsdaten bei Antrag", (2026, 4, 24, 10, 10), text(body),
                 irt=cid("", "netzpost.example", 2026, 4, 23, "ce-ds"))


@mail(S, "de", "insurer-to-customer",
      "travel health: husband had a stroke on holiday in Spain, hospital in Málaga, repatriation by air ambulance")
def m084(n):
    cust = ("Monika Wessels", "monika.wessels@t-netz.example")
    body = T("""
    Liebe Frau Wessels,

    ich habe eben mit dem behandelnden Arzt im Hospital Costa del Sol gesprochen
    (über unseren Notrufdienst mit Dolmetscherin). Ihr Mann ist stabil, die
    Lähmung der linken Seite hat sich seit gestern etwas gebessert.

    Der Rücktransport ist organisiert: Am Donnerstag, 30.04., holt ein Ambulanzjet
    Herrn Wessels in Málaga ab und bringt ihn in die Stroke Unit des Klinikums
    Osnabrück. Sie können mitfliegen. Die Kosten (ca. 18.500 €) trägt Ihre
    Auslandsreise-Krankenversicherung RE-26-007 450 vollständig, ebenso das
    Krankenhaus in Spanien – Sie müssen dort nichts bezahlen.

    Ihr Rückflug mit der Linie verfällt; die nicht genutzten Tickets erstatten wir
    Ihnen, wenn Sie uns die Buchungsbestätigung schicken.

    Bitte rufen Sie mich jederzeit an: 0251 98760-590 oder nachts unsere
    24-Stunden-Nummer +49 251 98760-999.

    Herzliche Grüße und viel Kraft
    Henrik Sommer
    """) + "\n" + sig("sommer") + "\n" + de_am(2026, 4, 27, 6, 40, "Monika Wessels <monika.wessels@t-netz.example>") + "\n" + q(T("""
    Herr Sommer, danke für den Anruf gestern. Die Ärzte sagen jetzt es war ein Schlaganfall (rechte Hirnhälfte) und er kann den linken Arm kaum bewegen. Er will unbedingt nach Hause. Wann kann er transportiert werden und wer bezahlt das?? Ich bin hier ganz allein, mein Spanisch reicht nicht.
    Monika Wessels
    Gesendet von meinem Samsung Galaxy
    """))
    return build(n, me("sommer"), cust, "AW: Rücktransport meines Mannes", (2026, 4, 27, 11, 3), text(body),
                 irt=cid("", "t-netz.example", 2026, 4, 27, "mw-mal"))


@mail(C, "de", "insurer-to-customer",
      "grey: legal expenses (traffic): speeding fine of 24 km/h with possible driving ban - administrative offence, not a criminal conviction -> CONFIDENTIAL")
def m085(n):
    cust = ("Fabian Lütke", "fabian.luetke@webmail-de.example")
    body = T("""
    Hallo Herr Lütke,

    für den Bußgeldbescheid besteht Versicherungsschutz über Ihren
    Verkehrs-Rechtsschutz RS 660 402 19 (Aktenzeichen RS-S-2026-00903).

    Bei 24 km/h zu schnell außerorts droht normalerweise kein Fahrverbot; das
    kommt bei Ihnen nur in Frage, weil Sie im letzten Jahr schon einmal mit mehr als
    25 km/h geblitzt wurden ("beharrliche Pflichtverletzung"). Genau das kann ein
    Anwalt prüfen lassen, z. B. ob die Messung verwertbar ist.

    Wichtig: Einspruch muss innerhalb von zwei Wochen nach Zustellung eingelegt
    werden. Sie haben den Bescheid am 24.04. bekommen, also bis 08.05.

    Viele Grüße
    Lena Hoffmann
    """) + "\n" + sig("hoffmann") + "\n" + ol_de(
        "Fabian Lütke <fabian.luetke@webmail-de.example>", de_sent(2026, 4, 27, 12, 15),
        "rechtsschutz@weidenhof.example", "Bußgeldbescheid", T("""
    Hallo,

    hab nen Bußgeldbescheid bekommen, 24 km/h zu schnell auf der B54 (außerorts), 150 Euro und 1 Punkt. Und die drohen mit 1 Monat Fahrverbot weil ich letztes Jahr schon mal geblitzt wurde. Ich bin Außendienstler, ohne Führerschein bin ich erledigt. Kann ich da über euch nen Anwalt nehmen?

    Gruß Fabian Lütke
    """))
    return build(n, me("hoffmann"), cust, "AW: Bußgeldbescheid", (2026, 4, 28, 9, 4),
                 text(body, charset="iso-8859-1", cte="quoted-printable"),
                 irt=cid("", "webmail-de.example", 2026, 4, 27, "fl-bg"))


@mail(N, "en", "internal",
      "trap: minutes of a meeting on a maternity FAQ and pregnancy cover wording; product/process only; DOCX")
def m086(n):
    body = T("""
    Hi all,

    minutes from Tuesday's meeting on the maternity FAQ are attached. Main decisions:

    - one page per topic: waiting periods, prenatal care, birth (hospital / birth
      centre / home birth), midwife, newborn registration
    - examples use invented families only ("Anna and Ben, both 32")
    - Legal to check the sentence on IVF before we publish
    - go-live 15 May, EN first, DE one week later

    Sophie
    """) + "\n" + sig("wagner", "en", short=True)
    d = docx_bytes([
        ("h", "Minutes - Maternity FAQ (International Health Desk)"),
        "Date: 28 April 2026. Participants: S. Wagner, C. Romano, T. Nowak, B. Okafor (Marketing), L. Ortiz (Data Protection).",
        ("h", "1. Structure"),
        "One page per topic: waiting periods; prenatal care; birth options; midwife; newborn registration (Kindernachversicherung within 2 months, no health questions).",
        ("h", "2. Examples"),
        "Only invented families, e.g. 'Anna and Ben, both 32, tariff Expat Health Plus'. No real cases, no quotes from customer e-mails (L. Ortiz).",
        ("h", "3. Open points"),
        ("table", [["Topic", "Owner", "Due"], ["IVF wording - legal check", "Legal", "08.05."],
                   ["Home birth reimbursement table", "C. Romano", "06.05."],
                   ["German translation", "Translation agency", "20.05."]]),
    ], title="Minutes maternity FAQ", author="Sophie Wagner", created="2026-04-28T15:00:00Z")
    return build(n, me("wagner"), [("International Health Desk", "international-team@" + DOM),
                                  ("Ben Okafor", "ben.okafor@" + DOM), ("Lucía Ortiz", "lucia.ortiz@" + DOM)],
                 "Minutes: maternity FAQ", (2026, 4, 28, 15, 20),
                 mixed(text(body, charset="us-ascii", cte="7bit"), att(d, DOCX_CT, "Minutes_Maternity_FAQ_2026-04-28.docx")))


@mail(S, "en", "customer",
      "expat health: husband's mail about his wife's miscarriage and hospital bills, forwarded internally with [streng vertraulich] tag")
def m087(n):
    body = T("""
    Chiara,

    please handle this one personally and with care - Mr Novak wrote to the general
    inbox. Bills below; policy KV-502 612 48 (Tereza Novak co-insured). Please pay
    without asking for further reports, the hospital discharge letter he mentions is
    enough. And please call him rather than write.

    Thanks,
    Sophie
    """) + "\n" + sig("wagner", "en", short=True) + "\n" + ol_en(
        "Pavel Novak <pavel.novak@inbox-mail.example>", en_sent(2026, 4, 29, 23, 40),
        "international@weidenhof.example", "bills", T("""
    Hello,

    I don't really know how to write this. My wife Tereza lost our baby last week in the 14th week. She was in the Franziskus hospital for two days (curettage). Now we got bills from the hospital and from her gynaecologist and we just don't have the strength to deal with this. Can you please tell us what we need to send, and please don't send letters to her with the word "pregnancy" on them, she can't read that right now.

    Thank you,
    Pavel Novak
    """))
    return build(n, me("wagner"), [("Chiara Romano", "chiara.romano@" + DOM)],
                 "[streng vertraulich] FW: bills", (2026, 4, 30, 8, 15), text(body))


@mail(C, "de", "insurer-to-customer",
      "name change after marriage incl. maiden name ('geb.'), motor and household contracts updated; windows-1252")
def m088(n):
    cust = ("Christina Schulte", "christina.schulte@mailpost.example")
    body = T("""
    Hallo Frau Schulte,

    herzlichen Glückwunsch zur Hochzeit! Alles Gute für Sie beide!

    Ich habe Ihren Namen in beiden Verträgen geändert:
      – Kfz-Versicherung KF 9 287 330: Christina Schulte, geb. Brinkmann
      – Hausrat HR-455 901 6: Christina Schulte, geb. Brinkmann

    Die neuen Versicherungsscheine kommen per Post. Die Zulassungsstelle müssen
    Sie wegen der Namensänderung trotzdem informieren (Fahrzeugschein).

    Viele Grüße
    Jana Petersen
    """) + "\n" + sig("petersen") + "\n" + ol_de(
        "Christina Schulte <christina.schulte@mailpost.example>", de_sent(2026, 5, 2, 14, 2),
        "service@weidenhof.example", "Namensänderung", T("""
    Hallo,
    ich hab geheiratet und heiße jetzt Schulte (geb. Brinkmann). Bitte bei der Kfz und der Hausrat ändern. Heiratsurkunde kann ich schicken wenn nötig.
    LG Christina Schulte
    """))
    return build(n, me("petersen"), cust, "AW: Namensänderung", (2026, 5, 4, 9, 12),
                 text(body, charset="windows-1252", cte="quoted-printable"),
                 irt=cid("", "mailpost.example", 2026, 5, 2, "cs-name"))


@mail(N, "de", "newsletter",
      "trap: employee newsletter - company health day, flu shots by the company doctor, back course, blood donation; text/html only")
def m089(n):
    h = html_doc(T("""
    <h1>Weidenhof intern – Mai 2026</h1>
    <h2>Gesundheitstag am 21. Mai</h2>
    <p>Von 10 bis 15 Uhr im Foyer: Rückencheck mit Physiotherapeuten, Hautscreening-Beratung,
    Seh- und Hörtest, gesunde Snacks aus der Kantine. Die Teilnahme ist freiwillig, Ergebnisse
    bekommt nur ihr selbst – niemand im Unternehmen sieht sie.</p>
    <h2>Blutspende im Haus</h2>
    <p>Der Blutspendedienst kommt am 3. Juni. Termine bucht ihr direkt beim Spendedienst,
    nicht über HR.</p>
    <h2>Neuer Rückenkurs</h2>
    <p>Ab Juni jeden Mittwoch 12:15 Uhr, 30 Minuten, im Seminarraum 1.02. Anmeldung im Intranet.</p>
    <h2>Personalien</h2>
    <p>Wir begrüßen Chiara Romano (International Health Desk) und Leon Brüning (IT).
    Petra Voskuhl geht nach 38 Jahren in den Ruhestand – danke für alles, Petra!</p>
    <p style="font-size:9pt;color:#777">Weidenhof intern · Redaktion: Marketing &amp; Kommunikation</p>
    """))
    return build(n, ("Weidenhof intern", "intern@" + DOM), ("Alle Mitarbeitenden", "alle@" + DOM),
                 "Weidenhof intern: Gesundheitstag, Blutspende, Rückenkurs", (2026, 5, 5, 7, 30),
                 html(h, cte="8bit"), mailer="Weidenhof Mailing 2.4")


@mail(S, "de", "insurer-to-customer",
      "private health: customer (52) asks about a screening colonoscopy recommended by his GP; prevention cover")
def m090(n):
    cust = ("Ralf Overbeck", "ralf.overbeck@kabelnet.example")
    body = T("""
    Hallo Herr Overbeck,

    ja, die Darmspiegelung zur Krebsvorsorge ist in Ihrem Tarif Komfort 2
    (KV-318 377 16) voll versichert – ohne Selbstbehalt, weil es eine gezielte
    Vorsorgeuntersuchung ist. Das gilt auch für die Narkose (Propofol) und die
    Gewebeprobe, falls ein Polyp entfernt wird.

    Eine Zusage vorab brauchen Sie nicht. Reichen Sie die Rechnungen der
    Gastroenterologie und ggf. des Labors einfach wie gewohnt ein.

    Gut, dass Sie das machen!

    Viele Grüße
    Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + "\n" + de_am(2026, 5, 5, 18, 33, "Ralf Overbeck <ralf.overbeck@kabelnet.example>") + "\n" + q(T("""
    Hallo, bin jetzt 52 und mein Hausarzt empfiehlt ne Darmspiegelung (Vorsorge, mein Vater hatte Darmkrebs). Zahlt ihr das komplett? Ich hab ja 600 € Selbstbehalt.
    Ralf Overbeck
    """))
    return build(n, me("kowalczyk"), cust, "AW: Darmspiegelung Vorsorge", (2026, 5, 6, 8, 49), text(body, cte="8bit"),
                 irt=cid("", "kabelnet.example", 2026, 5, 5, "ro-vs"))


@mail(C, "en", "insurer-to-customer",
      "household contents: water dripping through the ceiling from the flat above; neighbour's liability, claim number")
def m091(n):
    cust = ("Grace Mwangi", "grace.mwangi@fastinbox.example")
    body = T("""
    Hi Grace,

    what a mess - sorry! Here's how it works in Germany:

    - The ceiling, walls and floor belong to the building: your landlord reports that
      to his buildings insurer. Please tell the property management today.
    - Your own things (the sofa, the rug, the books) are covered by your household
      contents policy HR-702 340 1 with us, claim S-2026-026115, no matter whose
      fault it was. We'll try to get the money back from your neighbour's liability
      insurer afterwards.

    Please take photos of everything before you throw anything away, and send me a
    short list with approximate prices. Put the wet rug on the balcony to dry - if it
    smells after a week, it's a total loss.

    Best,
    Murat
    """) + "\n" + sig("yilmaz", "en") + "\n" + en_on(2026, 5, 6, 21, 55, "Grace Mwangi <grace.mwangi@fastinbox.example>") + "\n" + q(T("""
    Hi, water is dripping through my living room ceiling from the flat above!!! the neighbour isn't home, the Hausmeister turned off the water. my sofa and the rug are soaked and some books. who pays for this, me or him or the landlord?? I'm so confused
    Grace (Wolbecker Str. 88, 3rd floor)
    """))
    return build(n, me("yilmaz"), cust, "RE: water from the ceiling!!", (2026, 5, 7, 8, 20), text(body),
                 irt=cid("", "fastinbox.example", 2026, 5, 6, "gm-water"))


@mail(N, "en", "insurer-to-supplier",
      "trap: translation order for the 'Expat Health Plus' product leaflet (tariff terms, medical vocabulary); DOCX source text")
def m092(n):
    sup = ("Lingua Nord Übersetzungen", "projects@lingua-nord.example")
    body = T("""
    Dear Ms Petrova,

    please find attached the German source text of our product leaflet "Expat Health
    Plus 2026" (approx. 1,450 words) for translation into English and Spanish.

    Glossary notes:
    - "Krankentagegeld" = daily sickness allowance (not "sick pay")
    - "Selbstbehalt" = deductible
    - "Heilpraktiker" = non-medical practitioner (please keep the German term in
      brackets)

    Delivery by 22 May. Please invoice against PO-2026-0521.

    Kind regards,
    Dennis Krause
    """) + "\n" + sig("krause", "en")
    d = docx_bytes([
        ("h", "Expat Health Plus 2026 – Ihr Gesundheitsschutz in Deutschland"),
        "Ambulante Behandlung: 100 % für Ärztinnen und Ärzte, Arznei- und Verbandmittel, Heilmittel wie Physiotherapie bis zu den Höchstsätzen.",
        "Stationäre Behandlung: Zweibettzimmer und Chefarzt, Krankenhaustagegeld optional.",
        "Zahn: Zahnbehandlung 100 %, Zahnersatz und Implantate 70 %, Kieferorthopädie für Kinder 80 %.",
        "Schwangerschaft und Geburt: nach 8 Monaten Wartezeit, inklusive Hebamme und Geburtshaus.",
        "Psychotherapie: bis zu 50 Sitzungen pro Jahr.",
        "Krankentagegeld: wählbar ab dem 43. Tag.",
        "Selbstbehalt: 0, 300, 600 oder 1.200 EUR pro Jahr.",
    ], title="Expat Health Plus 2026 Quelltext", author="Marketing", created="2026-05-07T10:00:00Z")
    return build(n, me("krause"), sup, "Translation order PO-2026-0521 - Expat Health Plus leaflet",
                 (2026, 5, 7, 10, 30), mixed(text(body), att(d, DOCX_CT, "ExpatHealthPlus_2026_DE_source.docx")))


@mail(S, "de", "insurer-to-customer",
      "private health: newborn registered (name, birth weight, birth date) for child cover without health questions; base64 body; PDF form")
def m093(n):
    cust = ("Jonas Terbrack", "jonas.terbrack@inbox-mail.example")
    body = T("""
    Hallo Herr Terbrack,

    herzlichen Glückwunsch zu Emil! 🎉👶 Was für ein schöner Name.

    Damit Emil ohne Gesundheitsprüfung und ohne Wartezeiten versichert ist, muss er
    innerhalb von zwei Monaten nach der Geburt angemeldet werden – mit Ihrer Mail
    vom 08.05. ist die Frist gewahrt. Ich habe ihn vorläufig ab Geburt
    (06.05.2026) in Ihrem Tarif Komfort 1 mitversichert, Vertrag KV-318 804 27.

    Bitte schicken Sie mir noch das angehängte Anmeldeformular unterschrieben zurück
    und eine Kopie der Geburtsurkunde. Die Kosten für die Geburt, die
    Nachsorgehebamme und die U2 beim Kinderarzt reichen Sie bitte wie gewohnt ein.

    Alles Gute für die ersten Wochen zu dritt!

    Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + "\n" + ol_de(
        "Jonas Terbrack <jonas.terbrack@inbox-mail.example>", de_sent(2026, 5, 8, 6, 51),
        "leistung@weidenhof.example", "Baby ist da!!!", T("""
    Baby ist da!!! 🎉 Emil, 3.480 g, 52 cm, am 6.5. um 23:14 im Clemenshospital. Mama und Kind gehts gut, war aber ein Kaiserschnitt am Ende. Wie melde ich ihn bei euch an? Wir sind beide bei euch privat.
    Jonas (übermüdet)
    """))
    pdf = pdf_bytes([
        "# Anmeldung eines Neugeborenen (Kindernachversicherung)",
        "Vertrag: KV-318 804 27, Versicherungsnehmer: Jonas Terbrack",
        "Kind: Emil Terbrack, geboren am 06.05.2026, Clemenshospital Münster",
        "Tarif: Komfort 1 (wie Elternteil), Versicherungsbeginn ab Geburt",
        "Anmeldung innerhalb von 2 Monaten: keine Gesundheitsprüfung, keine Wartezeiten",
        "",
        "Unterschrift Versicherungsnehmer: ______________________",
    ], title="Anmeldung Neugeborenes")
    return build(n, me("kowalczyk"), cust, "AW: Baby ist da!!!", (2026, 5, 8, 11, 12),
                 mixed(text(body, cte="base64"), att(pdf, "application/pdf", "Anmeldung_Emil_KV-31880427.pdf")),
                 irt=cid("", "inbox-mail.example", 2026, 5, 8, "jt-emil"))


@mail(C, "de", "insurer-to-customer",
      "household contents: e-scooter stolen from the locked bike cellar; police report number and claim")
def m094(n):
    cust = ("Leonie Brandhorst", "leonie.brandhorst@netzpost.example")
    body = T("""
    Hallo Frau Brandhorst,

    ärgerlich! Der E-Scooter ist über Ihre Hausrat HR-488 214 0 versichert, weil er
    aus dem abgeschlossenen Fahrradkeller gestohlen wurde (Einbruchdiebstahl aus
    einem gemeinschaftlich genutzten Raum). Schadennummer S-2026-026790.

    Bitte schicken Sie mir:
    - die Kaufrechnung (oder einen Kontoauszug mit dem Kauf),
    - die Diebstahlanzeige der Polizei – die Nummer haben Sie ja schon (Tgb.-Nr. 0512/26),
    - ein Foto vom aufgebrochenen Kellerschloss, falls noch da.

    Wird der Scooter innerhalb eines Monats gefunden, melden Sie sich bitte.

    Viele Grüße
    Murat Yılmaz
    """) + "\n" + sig("yilmaz") + "\n" + de_am(2026, 5, 10, 9, 4, "Leonie Brandhorst <leonie.brandhorst@netzpost.example>") + "\n" + q(T("""
    mein e-scooter wurde aus dem fahrradkeller geklaut 😤 der keller war abgeschlossen, das schloss ist aufgebrochen. polizei war da, tgb nr 0512/26. der war erst 8 monate alt, 649 €. zahlt das die hausrat??
    leonie
    """))
    return build(n, me("yilmaz"), cust, "AW: e-scooter geklaut", (2026, 5, 11, 8, 44), text(body, cte="8bit"),
                 irt=cid("", "netzpost.example", 2026, 5, 10, "lb-esc"))


@mail(N, "de", "internal",
      "trap: press review on the 2026 long-term care reform (care levels, co-payments, statistics); HTML attachment")
def m095(n):
    body = T("""
    Hallo zusammen,

    anbei die Pressezusammenfassung zur Pflegereform 2026 als HTML (lässt sich im
    Browser öffnen). Für uns relevant: der Eigenanteil im Pflegeheim steigt im
    Schnitt auf 3.100 € im Monat – das wird die Nachfrage nach Pflegetagegeld
    ankurbeln. Bitte die Zahlen nicht in Kundenschreiben übernehmen, bevor sie
    offiziell sind.

    Gruß
    Ben
    """) + "\n" + sig("okafor", short=True)
    att_h = html_doc(T("""
    <h1>Pressespiegel Pflegereform 2026 (Stand 11.05.2026)</h1>
    <ul>
    <li><b>Fachzeitschrift Pflegepraxis:</b> Pflegegrade bleiben, aber der Leistungsbetrag für Pflegegrad 2 steigt um 4,5 %.</li>
    <li><b>Tageszeitung Westfalenblick:</b> Durchschnittlicher Eigenanteil im Heim 3.100 EUR pro Monat, regional bis 3.600 EUR.</li>
    <li><b>Verbandsinfo:</b> 5,6 Mio. Pflegebedürftige bundesweit, davon 86 % zu Hause versorgt.</li>
    <li><b>Kommentar:</b> "Ohne private Vorsorge wird Pflege zum Armutsrisiko."</li>
    </ul>
    <p>Zusammenstellung: Marketing &amp; Kommunikation, nur intern.</p>
    """))
    return build(n, me("okafor"), [("Pflege-Service", "pflege-team@" + DOM), ("Produktmanagement", "produkt@" + DOM)],
                 "Pressespiegel Pflegereform 2026", (2026, 5, 11, 14, 30),
                 mixed(text(body), att_text(att_h, "text/html", "Pressespiegel_Pflegereform_2026.html")))


@mail(S, "en", "insurer-to-customer",
      "dental: crown on tooth 26, dentist's quote, reimbursement calculation as XLSX")
def m096(n):
    cust = ("Thomas Reid", "thomas.reid@kabelnet.example")
    body = T("""
    Hi Thomas,

    thanks for sending the treatment plan from Dr. Kassner in Düsseldorf.

    For the ceramic crown on tooth 26 (after the root canal treatment last year) your
    dental cover under policy KV-502 688 10 pays 70 % for dental prostheses. I've put
    the calculation in the attached sheet: of the estimated 1,186.40 EUR we would
    reimburse 830.48 EUR. The lab costs are included at the usual rates.

    No need to wait for our written approval - you can go ahead. Send us the final
    invoice once the crown is in.

    Best regards,
    Sophie
    """) + "\n" + sig("wagner", "en") + "\n" + ol_en(
        "Thomas Reid <thomas.reid@kabelnet.example>", en_sent(2026, 5, 11, 19, 21),
        "international@weidenhof.example", "crown quote", T("""
    Hi Sophie,
    my dentist in Düsseldorf says I need a crown on tooth 26 (the one with the root canal from last year, it cracked). Quote attached, 1186 EUR. How much do you cover? Do I need approval first?
    Cheers, Tom
    """))
    x = xlsx_bytes([("Calculation", [
        ["Policy", "KV-502 688 10", "", ""],
        ["Insured person", "Thomas Reid", "", ""],
        ["Treatment", "Full ceramic crown tooth 26", "", ""],
        ["Item", "Amount EUR", "Reimbursable EUR", "Rate"],
        ["Dentist fee (GOZ 2210, 2197, 5170)", 612.40, 612.40, 0.7],
        ["Laboratory (ceramic crown)", 574.00, 574.00, 0.7],
        ["Total", 1186.40, 1186.40, ""],
        ["Reimbursement 70 %", "", 830.48, ""],
    ])], title="Crown calculation", author="Sophie Wagner")
    return build(n, me("wagner"), cust, "RE: crown quote", (2026, 5, 12, 9, 40),
                 mixed(text(body), att(x, XLSX_CT, "Crown_tooth26_calculation.xlsx")),
                 irt=cid("", "kabelnet.example", 2026, 5, 11, "tr-crown"))


@mail(C, "en", "insurer-to-customer",
      "motor partial cover: car stolen overnight in Frankfurt; keys, police report, claim; us-ascii")
def m097(n):
    cust = ("Hiroshi Tanaka", "hiroshi.tanaka@inbox-mail.example")
    body = T("""
    Dear Mr Tanaka,

    I'm sorry to hear your car was stolen. Theft is covered by your partial cover
    (policy KF 9 520 337, Mazda CX-5, F-HT 3310), excess 150 EUR.

    Claim number: K-2026-035590. Please send us:

    1. the police report (Strafanzeige) with the file number,
    2. ALL keys of the car - including the spare key you mentioned is at home. This
       is standard; we need them to exclude that the car was opened with a key.
    3. the registration certificate part II (Zulassungsbescheinigung Teil II),
    4. the financing contract, if any.

    If the car isn't found within one month, we pay the replacement value. A
    replacement value assessment will follow.

    Kind regards,
    Jana Petersen
    """) + "\n" + sig("petersen", "en") + "\n" + en_on(2026, 5, 12, 7, 2, "Hiroshi Tanaka <hiroshi.tanaka@inbox-mail.example>") + "\n" + q(T("""
    Good morning. My car was stolen last night in front of my apartment in Frankfurt-Bockenheim (Mazda CX-5, plate F-HT 3310). I reported it to the police already. I have one key with me and one at home. What should I do now?
    Hiroshi Tanaka
    """))
    return build(n, me("petersen"), cust, "RE: car stolen", (2026, 5, 12, 10, 15),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "inbox-mail.example", 2026, 5, 12, "ht-car"))


@mail(N, "en", "insurer-to-press",
      "journalist asks for bicycle theft statistics; aggregated figures only; multipart/alternative")
def m098(n):
    who = ("Hannah Greaves", "h.greaves@cycling-weekly-de.example")
    plain = T("""
    Dear Ms Greaves,

    thank you for your request. Here are our figures for your article:

    - bicycle theft claims 2025: 4,812 (2024: 4,390)
    - average claim: 1,240 EUR (e-bikes: 2,870 EUR)
    - share of e-bikes among theft claims: 46 %
    - most frequent places: basements/bike rooms (38 %), in front of the home (27 %),
      train stations (14 %)
    - Münster remains our city with the most claims per 1,000 policies.

    You may quote me as "Ben Okafor, spokesperson, Weidenhof Versicherung". We can't
    put you in touch with individual customers, but happy to arrange an interview
    with our head of property claims.

    Best regards,
    Ben Okafor
    """) + "\n" + sig("okafor", "en") + "\n" + en_on(2026, 5, 12, 11, 5, "Hannah Greaves <h.greaves@cycling-weekly-de.example>") + "\n" + q(T("""
    Hi, I'm writing a piece on bike theft in German cities for Cycling Weekly DE. Could you share numbers on theft claims, average amounts, e-bike share? Also, would any of your customers be willing to talk about their experience? Deadline is Friday. Thanks!
    Hannah
    """))
    h = html_doc(para_html(plain), lang="en")
    return build(n, me("okafor"), who, "RE: Press request bike theft figures", (2026, 5, 13, 9, 0),
                 alt(text(plain), html(h)), irt=cid("", "cycling-weekly-de.example", 2026, 5, 12, "hg-press"))


@mail(S, "de", "insurer-to-customer",
      "accident insurance: 81-year-old mother fell on ice, femoral neck fracture, hospital and rehab; son writes for her")
def m099(n):
    cust = ("Michael Rotthowe", "michael.rotthowe@t-netz.example")
    body = T("""
    Hallo Herr Rotthowe,

    danke für Ihre Nachricht. Ich wünsche Ihrer Mutter eine gute Genesung in der Reha.

    Den Sturz habe ich zur Unfallversicherung Ihrer Mutter, Frau Hedwig Rotthowe
    (UV-77 009 83, Tarif Senioren Aktiv), unter U-2026-00534 aufgenommen. Daraus
    kommen in Frage:

    - Krankenhaustagegeld: 30 € für jeden der 11 Tage im Krankenhaus = 330 €,
    - Hilfeleistungen (Einkaufen, Reinigung, Fahrdienst) bis zu 6 Monate nach der
      Entlassung – das organisieren wir über unseren Partner, einfach anrufen,
    - eine Invaliditätsleistung, falls nach dem Oberschenkelhalsbruch eine
      dauerhafte Einschränkung bleibt; das wird frühestens nach 12 Monaten beurteilt.

    Für die Zahlung des Krankenhaustagegelds genügt der Entlassungsbericht. Da Sie für
    Ihre Mutter schreiben: Bitte schicken Sie eine kurze unterschriebene Vollmacht
    von ihr mit.

    Viele Grüße
    Frank Möller
    """) + "\n" + sig("moeller") + footer("leben") + "\n" + ol_de(
        "Michael Rotthowe <michael.rotthowe@t-netz.example>", de_sent(2026, 1, 30, 17, 45),
        "unfall@weidenhof.example", "Unfall meiner Mutter Hedwig Rotthowe", T("""
    Sehr geehrte Damen und Herren,

    meine Mutter (81) ist am 19.01. vor ihrer Haustür auf Glatteis gestürzt und hat sich den Oberschenkelhals gebrochen. Sie war 11 Tage im Marienhospital, hat eine Duokopfprothese bekommen und ist jetzt in der Reha in Bad Iburg. Sie hat bei Ihnen eine Unfallversicherung (die "Senioren"-Version). Was steht ihr zu? Ich kümmere mich um ihre Post.

    Mit freundlichen Grüßen
    Michael Rotthowe
    """))
    return build(n, me("moeller"), cust, "AW: Unfall meiner Mutter Hedwig Rotthowe", (2026, 2, 2, 10, 20), text(body),
                 irt=cid("", "t-netz.example", 2026, 1, 30, "mr-hr"))


@mail(C, "de", "insurer-to-customer",
      "motor: returned direct debit because the account was short this month; amount due and bank details; emoji")
def m100(n):
    cust = ("Justin Kowalewski", "justin.kowa@webmail-de.example")
    ib = iban_de("44050199", "331904172")
    body = T("""
    Hallo Herr Kowalewski,

    kein Problem, das kann passieren – danke, dass Sie sich melden!

    Wir buchen den offenen Beitrag für Ihre Kfz-Versicherung KF 9 455 108
    (87,42 € plus 3,00 € Rücklastschriftgebühr der Bank) am 28.05. noch einmal von
    Ihrem Konto %s ab. Ihr Versicherungsschutz besteht weiter.

    Falls es am 28. wieder knapp wird, sagen Sie mir bitte vorher Bescheid, dann
    verschieben wir auf den 5. Juni. Auf Wunsch stellen wir auch auf monatliche
    Zahlung zum Monatsanfang um.

    Viele Grüße
    Jana Petersen
    """ % ib) + "\n" + sig("petersen") + "\n" + de_am(2026, 5, 18, 22, 31, "Justin Kowalewski <justin.kowa@webmail-de.example>") + "\n" + q(T("""
    sorry hab die abbuchung zurückgehen lassen, war knapp diesen monat 😬 könnt ihr nochmal abbuchen, so ende mai? ist wieder genug drauf dann. bin ich jetzt ohne versicherung??
    """))
    return build(n, me("petersen"), cust, "AW: abbuchung", (2026, 5, 19, 8, 36), text(body, cte="8bit"),
                 irt=cid("", "webmail-de.example", 2026, 5, 18, "jk-rls"))


@mail(N, "en", "insurer-to-public",
      "caller complains about the hotline hold music, emojis; no contract or personal data")
def m101(n):
    who = ("Liam Gallagher-Schmidt", "liam.gs@netzpost.example")
    body = T("""
    Hi Liam,

    fair point, and thanks for telling us with humour rather than in capitals. 😄

    The panpipe version of "Yesterday" has been retired as of this morning - I've
    passed your message to our telephony team and they laughed, then agreed. We're
    also adding a callback option from June, so you won't have to listen to any
    music at all if the queue is longer than 3 minutes.

    Sorry for the wait last week!

    Cheers,
    Aylin
    """) + "\n" + sig("demir", "en") + "\n" + en_on(2026, 5, 19, 17, 12, "Liam Gallagher-Schmidt <liam.gs@netzpost.example>") + "\n" + q(T("""
    your hold music is driving me nuts 😂😂 22 minutes of panflute beatles yesterday. i now know every note. please, for the love of god, change it. or at least play something from this century
    """))
    return build(n, me("demir"), who, "RE: your hold music", (2026, 5, 20, 9, 2), text(body, cte="8bit"),
                 irt=cid("", "netzpost.example", 2026, 5, 19, "lgs-music"))


@mail(S, "de", "insurer-to-applicant",
      "disability insurance application: applicant discloses childhood asthma and occasional inhaler use; underwriting answer")
def m102(n):
    cust = ("Yannick Berger", "yannick.berger@mailpost.example")
    body = T("""
    Hallo Herr Berger,

    danke für Ihre ehrliche Frage – genau so ist es richtig.

    Ja, bitte geben Sie das Asthma im Antrag an (Frage 5b, "Erkrankungen der
    Atmungsorgane"), auch wenn es nur leicht ist und Sie das Spray selten brauchen.
    Wenn Sie es weglassen, riskieren Sie im Leistungsfall Ihren Versicherungsschutz.

    Zu Ihrer Beruhigung: Ein leichtes, gut eingestelltes Asthma ohne
    Krankenhausaufenthalte und ohne Dauermedikation führt bei uns meistens zu einer
    normalen Annahme, manchmal zu einem kleinen Zuschlag – selten zu einer Ablehnung.
    Es hilft, wenn Sie im Antrag gleich angeben:

    - seit wann, letzter Anfall, wie oft Sie das Spray (Salbutamol) brauchen,
    - ob Sie eine Lungenfunktionsprüfung hatten (Ergebnis, falls vorhanden).

    Dann müssen wir meist nicht mehr beim Arzt nachfragen.

    Viele Grüße
    Emre Arslan
    """) + "\n" + sig("arslan") + footer("leben") + "\n" + de_am(2026, 5, 19, 20, 14, "Yannick Berger <yannick.berger@mailpost.example>") + "\n" + q(T("""
    hallo, ich fülle gerade den BU-antrag aus (Antrag 2026-A-81102). ich hab seit der kindheit leichtes asthma, nehm nur ab und zu (vllt 1x im monat beim sport) mein salbutamol spray. muss ich das angeben?? ist ja eigentlich nix. und lehnt ihr mich dann ab?
    gruß yannick
    """))
    return build(n, me("arslan"), cust, "AW: BU-Antrag Asthma angeben?", (2026, 5, 20, 11, 8), text(body),
                 irt=cid("", "mailpost.example", 2026, 5, 19, "yb-asth"))


@mail(C, "mixed", "insurer-to-customer",
      "personal liability: son broke the neighbour's window playing football; English/German mix; no injury")
def m103(n):
    cust = ("Olumide Adebayo", "olumide.adebayo@fastinbox.example")
    body = T("""
    Hallo Herr Adebayo,

    no worries about your German – es war sehr verständlich!

    Eine Fensterscheibe durch einen Fußball: Das zahlt Ihre Familien-
    Haftpflichtversicherung PH-2409 5561 (Schaden H-2026-01477). Your son is 12, so
    he is responsible for his actions, and your policy covers him.

    Please ask Frau Kampschulte to send us the glazier's invoice (Rechnung vom
    Glaser) or a cost estimate. We pay her directly – she doesn't need to wait for
    you.

    Viele Grüße / kind regards
    Paul Riedel
    """) + "\n" + sig("riedel") + "\n" + de_am(2026, 5, 20, 19, 2, "Olumide Adebayo <olumide.adebayo@fastinbox.example>") + "\n" + q(T("""
    Guten Abend, mein Sohn (12) hat beim Fußball das Fenster vom Nachbarn kaputt gemacht, the big one in the living room. sorry for my german. Nobody hurt, only glass everywhere. Our neighbour Frau Kampschulte wants the money for the Glaser. Is this for the Haftpflicht?
    Olumide
    """))
    return build(n, me("riedel"), cust, "AW: Fenster Nachbarn / broken window", (2026, 5, 21, 8, 55),
                 text(body, cte="8bit"), irt=cid("", "fastinbox.example", 2026, 5, 20, "oa-win"))


@mail(N, "en", "internal",
      "trap: bilingual glossary of insurance and medical terms for the expat desk (Krankentagegeld, Pflegegrad, ICD, GOÄ); ODS")
def m104(n):
    body = T("""
    Hi all,

    here's the updated DE-EN glossary as ODS (opens in LibreOffice and Excel). New
    rows are marked "2026". Please use these terms consistently in letters and mails;
    if you disagree with a translation, comment in the sheet, don't just change it.

    Thanks,
    Sophie
    """) + "\n" + sig("wagner", "en", short=True)
    o = ods_bytes([("Glossary", [
        ["German", "English", "Note", "Added"],
        ["Krankentagegeld", "daily sickness allowance", "not 'sick pay'", "2024"],
        ["Krankenhaustagegeld", "hospital daily cash", "", "2024"],
        ["Pflegegrad", "care level (1-5)", "", "2024"],
        ["Selbstbehalt", "deductible", "annual", "2024"],
        ["Heil- und Kostenplan", "treatment and cost plan", "dental", "2025"],
        ["Arbeitsunfähigkeitsbescheinigung", "certificate of incapacity for work", "'sick note' ok in mails", "2025"],
        ["ICD-10-Code", "ICD-10 diagnosis code", "never quote codes in plain mails", "2026"],
        ["GOÄ / GOZ", "German fee schedules for doctors / dentists", "", "2026"],
        ["Schweigepflichtentbindung", "release from medical confidentiality", "", "2026"],
        ["Kindernachversicherung", "newborn cover without health questions", "within 2 months", "2026"],
    ])], title="Glossary DE-EN", author="Sophie Wagner")
    return build(n, me("wagner"), [("International Health Desk", "international-team@" + DOM)],
                 "Updated glossary DE-EN (ODS)", (2026, 5, 21, 16, 0),
                 mixed(text(body, charset="us-ascii", cte="7bit"), att(o, ODS_CT, "Glossary_DE-EN_2026.ods")))


@mail(S, "en", "insurer-to-customer",
      "long-term care: daughter in the UK about her father in a nursing home, care level 4 and co-payment; ODT letter")
def m105(n):
    cust = ("Fiona Baker", "fiona.baker@mailbox-uk.example")
    body = T("""
    Dear Ms Baker,

    thank you for your message, and I'm sorry your father's condition has worsened.

    Now that the care fund has assessed Mr Walter Baumann at care level 4, the care
    daily allowance from his policy PZ-208 330 7 increases from 60 % to 80 % of the
    insured 60 EUR, i.e. to 48 EUR per day (about 1,460 EUR per month), backdated to
    1 May. In the nursing home this is paid on top of the care fund's benefits and
    can be used for his co-payment.

    I've attached a short letter in German and English that you can give to the
    nursing home's administration. As you hold the power of attorney, we'll keep
    corresponding with you in English.

    Kind regards,
    Maria Lindqvist
    """) + "\n" + sig("lindqvist", "en") + footer("kranken", "en") + "\n" + ol_en(
        "Fiona Baker <fiona.baker@mailbox-uk.example>", en_sent(2026, 5, 21, 20, 5),
        "pflege@weidenhof.example", "My father Walter Baumann - care level 4", T("""
    Dear Ms Lindqvist,

    I live in Leeds so I hope English is ok. My father Walter Baumann (89) moved into the Haus Abendrot nursing home in Rheine in March after his second fall, and his dementia is much worse now - he often doesn't recognise me on the phone. The Pflegekasse has now assessed him at level 4. The home costs 3,380 EUR a month on top of what the Pflegekasse pays and his pension doesn't cover it.

    Does his care insurance with you pay more now? I have power of attorney (you have a copy from last year).

    With best wishes,
    Fiona Baker
    """))
    o = odt_bytes([
        ("h", "Bestätigung / Confirmation"),
        "Weidenhof Krankenversicherung AG, Pflege-Service, 22.05.2026",
        "Versicherte Person / insured person: Walter Baumann, geb. 17.02.1937, Haus Abendrot, Rheine",
        "Pflegetagegeldversicherung PZ-208 330 7: ab 01.05.2026 Pflegegrad 4, 48,00 EUR pro Tag.",
        "Care daily allowance policy PZ-208 330 7: from 1 May 2026 care level 4, 48.00 EUR per day.",
        "Zahlung an / paid to: Konto des Versicherten, Verwaltung durch Bevollmächtigte Fiona Baker.",
    ], title="Bestätigung Pflegetagegeld Baumann", author="Maria Lindqvist")
    return build(n, me("lindqvist"), cust, "RE: My father Walter Baumann - care level 4", (2026, 5, 22, 10, 40),
                 mixed(text(body), att(o, ODT_CT, "Bestaetigung_Pflegetagegeld_Baumann.odt")),
                 irt=cid("", "mailbox-uk.example", 2026, 5, 21, "fb-pg4"))


@mail(C, "de", "insurer-to-customer",
      "legal expenses (neighbour dispute): overgrown hedge and a lawyer's letter from the neighbour; cover and waiting period; iso-8859-1")
def m106(n):
    cust = ("Heinrich Dreier", "heinrich.dreier@t-netz.example")
    body = T("""
    Sehr geehrter Herr Dreier,

    danke für Ihre Schilderung. Streitigkeiten mit Nachbarn über Grundstücksgrenzen
    und Bepflanzung sind über den Baustein "Wohnen" Ihrer Rechtsschutzversicherung
    RS 660 118 40 versichert. Die Wartezeit von drei Monaten ist bei Ihnen seit 2019
    abgelaufen.

    Wir übernehmen die Kosten für einen Anwalt, der auf das Schreiben des Anwalts
    Ihres Nachbarn antwortet (Aktenzeichen RS-S-2026-01022). Vorher ist in
    Nordrhein-Westfalen bei Nachbarstreit allerdings ein Schlichtungsversuch bei
    einer Schiedsperson vorgeschrieben - auch dessen Kosten übernehmen wir.

    Bitte schneiden Sie die Hecke vorerst nicht, bevor Ihr Anwalt die Rechtslage
    geprüft hat. Die Frist im Schreiben (15.06.) ist nicht gesetzlich.

    Mit freundlichen Grüßen
    Lena Hoffmann
    """) + "\n" + sig("hoffmann") + "\n" + ol_de(
        "Heinrich Dreier <heinrich.dreier@t-netz.example>", de_sent(2026, 5, 22, 9, 14),
        "rechtsschutz@weidenhof.example", "Nachbar Hecke Anwalt", T("""
    Guten Tag,

    unser Nachbar Herr Jaspers hat uns jetzt über einen Anwalt schreiben lassen wir sollen unsere Thujahecke auf 2 m kürzen und 50 cm von der Grenze zurücksetzen sonst klagt er. Die Hecke steht da seit 1994!! Wir haben uns immer gut verstanden bis er das Haus gekauft hat. Zahlt das die Rechtsschutz wenn wir uns wehren? Unser Vertrag ist RS 660 118 40.

    Heinrich Dreier
    """))
    return build(n, me("hoffmann"), cust, "AW: Nachbar Hecke Anwalt", (2026, 5, 22, 15, 30),
                 text(body, charset="iso-8859-1", cte="8bit"), irt=cid("", "t-netz.example", 2026, 5, 22, "hd-hecke"))


@mail(N, "de", "insurer-to-prospect",
      "trap: someone asks whether partial casco is worth it for a 12-year-old car; generic advice with euro amounts; multipart/alternative")
def m107(n):
    who = ("Natascha Eilers", "natascha.eilers@netzpost.example")
    plain = T("""
    Hallo Frau Eilers,

    gute Frage! Für ein 12 Jahre altes Auto ist die Vollkasko meist zu teuer, die
    Teilkasko lohnt sich aber oft noch – aus zwei Gründen:

    1. Sie zahlt auch bei alten Autos für Glasbruch (neue Windschutzscheibe kostet
       schnell 800–1.200 €), Wildunfall, Marderbiss, Sturm/Hagel und Diebstahl.
    2. Sie ist vergleichsweise günstig, je nach Typklasse und Region meist 80–200 €
       im Jahr, und es gibt keine Rückstufung im Schadenfall.

    Faustregel: Wenn Ihr Auto noch mehr als etwa 2.000 € wert ist oder Sie eine
    Reparatur nicht einfach aus der Tasche zahlen könnten, behalten Sie die Teilkasko.

    Unter www.weidenhof.example/kfz können Sie beide Varianten unverbindlich
    vergleichen.

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 5, 22, 13, 1, "Natascha Eilers <natascha.eilers@netzpost.example>") + "\n" + q(T("""
    Hallo, lohnt sich Teilkasko eigentlich noch für ein 12 Jahre altes Auto? Mein Vater sagt ja, mein Freund sagt rausgeschmissenes Geld. Wer hat recht? 😅
    """))
    h = html_doc(para_html(plain))
    return build(n, me("demir"), who, "AW: Teilkasko altes Auto?", (2026, 5, 25, 10, 3),
                 alt(text(plain), html(h)), irt=cid("", "netzpost.example", 2026, 5, 22, "ne-tk"))


@mail(S, "de", "insurer-to-customer",
      "private health: pharmacy receipts for multiple sclerosis medication, reimbursement list as CSV")
def m108(n):
    cust = ("Carina Vöcking", "carina.voecking@inbox-mail.example")
    body = T("""
    Hallo Frau Vöcking,

    vielen Dank für die Apothekenquittungen. Alle fünf Belege sind abgerechnet, die
    Übersicht hänge ich als CSV an (lässt sich in Excel öffnen).

    Ihr MS-Medikament (Ocrelizumab-Infusion) und die Begleitmedikation werden zu
    100 % erstattet; insgesamt überweisen wir 12.684,37 €. Für die nächsten
    Infusionen können Sie das Medikament auch direkt über die Klinikapotheke mit uns
    abrechnen lassen – dann müssen Sie nicht in Vorleistung gehen. Sagen Sie mir
    einfach Bescheid, dann schicke ich der Apotheke eine Kostenzusage.

    Viele Grüße
    Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + "\n" + ol_de(
        "Carina Vöcking <carina.voecking@inbox-mail.example>", de_sent(2026, 5, 25, 19, 40),
        "leistung@weidenhof.example", "Apothekenquittungen MS", T("""
    hallo, anbei die apothekenquittungen für meine MS-medikamente von märz bis mai. die infusion ist echt teuer und ich musste das alles mit der kreditkarte vorstrecken, das ist für mich ein riesenproblem. geht das nicht anders? KV-318 902 71
    carina
    """))
    c = csv_text([
        ["Belegdatum", "Apotheke", "Präparat", "PZN", "Betrag EUR", "Erstattung EUR"],
        ["03.03.2026", "Klinikapotheke UKM", "Ocrelizumab 300 mg Infusionslösung", "12345670", "6.240,55", "6.240,55"],
        ["03.03.2026", "Klinikapotheke UKM", "Methylprednisolon 100 mg", "02345671", "18,90", "18,90"],
        ["12.03.2026", "Hirsch-Apotheke Münster", "Cetirizin 10 mg", "03345672", "6,12", "6,12"],
        ["05.05.2026", "Klinikapotheke UKM", "Ocrelizumab 300 mg Infusionslösung", "12345670", "6.399,90", "6.399,90"],
        ["05.05.2026", "Klinikapotheke UKM", "Methylprednisolon 100 mg", "02345671", "18,90", "18,90"],
        ["", "", "Summe", "", "12.684,37", "12.684,37"],
        ["Versicherte Person: Carina Vöcking, KV-318 902 71", "", "", "", "", ""],
    ])
    return build(n, me("kowalczyk"), cust, "AW: Apothekenquittungen MS", (2026, 5, 26, 10, 12),
                 mixed(text(body), att_text(c, "text/csv", "Abrechnung_Arzneimittel_KV-31890271.csv", "utf-8", "quoted-printable")),
                 irt=cid("", "inbox-mail.example", 2026, 5, 25, "cv-ms"))


@mail(N, "en", "insurer-to-public",
      "trap: someone asks whether premiums can be paid by PayPal; answer gives the insurer's own company IBAN (not a person's)")
def m109(n):
    who = ("Chen Wei", "chen.wei@inbox-mail.example")
    ib = iban_de("40050150", "95004711")
    body = T("""
    Hi,

    thanks for asking! We don't accept PayPal at the moment, sorry. You can pay
    your premiums by:

    - SEPA direct debit (most convenient, set up in the application or portal), or
    - bank transfer to our account:
        Weidenhof Versicherung AG
        IBAN %s
        BIC WELADED1MST
      Please always state your policy number as the payment reference.

    Credit card payments are possible for travel insurance bought online.

    Best regards,
    Aylin Demir
    """ % ib) + "\n" + sig("demir", "en") + "\n" + en_on(2026, 5, 26, 9, 41, "Chen Wei <chen.wei@inbox-mail.example>") + "\n" + q(T("""
    Hello, does Weidenhof accept PayPal or only SEPA? I don't have a German bank account yet. Thank you
    """))
    return build(n, me("demir"), who, "RE: PayPal?", (2026, 5, 26, 13, 50),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "inbox-mail.example", 2026, 5, 26, "cw-pp"))


@mail(N, "en", "insurer-to-public",
      "newsletter unsubscribe link not working; apology and confirmation; text/html only reply with quote")
def m110(n):
    who = ("Margaret Olsen", "m.olsen@kabelnet.example")
    h = html_doc(T("""
    <p>Dear Ms Olsen,</p>
    <p>I'm sorry &ndash; you're right, the unsubscribe link in the April Expat Letter pointed to an
    old page. I've removed your address from all our newsletters manually just now; you won't
    receive any further issues. The link has been fixed for everyone.</p>
    <p>Kind regards,<br>Ben Okafor<br>Marketing &amp; Communications<br>
    Weidenhof Versicherung AG &middot; <a href="https://www.weidenhof.example/en">www.weidenhof.example/en</a></p>
    <div style="border-top:1px solid #b5c4df;padding-top:4px;font-size:10pt">
    <b>From:</b> Margaret Olsen &lt;m.olsen@kabelnet.example&gt;<br>
    <b>Sent:</b> Tuesday, May 26, 2026 8:12 AM<br>
    <b>To:</b> newsletter@weidenhof.example<br>
    <b>Subject:</b> STOP sending me newsletters<br></div>
    <p>I have clicked your unsubscribe link THREE times now and it just says "page not found".
    Please take me off your list. Thank you.<br>M. Olsen</p>
    """), lang="en")
    return build(n, me("okafor"), who, "RE: STOP sending me newsletters", (2026, 5, 26, 11, 30),
                 html(h), irt=cid("", "kabelnet.example", 2026, 5, 26, "mo-stop"))


@mail(S, "de", "insurer-to-broker",
      "grey: broker's name-less risk pre-inquiry for a disability policy (client with type 2 diabetes, HbA1c, medication) - identifiable for the broker, personal line -> STRICT")
def m111(n):
    broker = ("Andreas Pohl", "a.pohl@dreyer-pohl-makler.example")
    body = T("""
    Hallo Herr Pohl,

    danke für die Voranfrage – und dafür, dass Sie den Namen Ihres Kunden
    weggelassen haben. Bei Antragstellung brauchen wir ihn dann natürlich.

    Zur Sache: Bei Ihrem Kunden (Jg. 1984, Elektromeister, Diabetes mellitus Typ 2
    seit 2024, Metformin 1000 mg, HbA1c zuletzt 6,6 %, BMI 31) können wir eine BU
    mit 2.000 € Monatsrente voraussichtlich mit einem Beitragszuschlag von 25 %
    anbieten, ohne Ausschluss. Voraussetzung: aktueller Laborbefund (nicht älter als
    6 Monate) und Angaben zu Folgeerkrankungen (Augen, Nieren, Nerven).

    Eine verbindliche Entscheidung gibt es erst mit dem Antrag.

    Viele Grüße
    Emre Arslan
    """) + "\n" + sig("arslan") + footer("leben") + "\n" + ol_de(
        "Andreas Pohl <a.pohl@dreyer-pohl-makler.example>", de_sent(2026, 5, 26, 16, 22),
        "risikopruefung@weidenhof.example", "Risikovoranfrage BU Diabetes", T("""
    Hallo liebe Risikoprüfung,

    mein Kunde (Jg. 1984, Elektromeister, Bürotätigkeit ca. 40 %) hat seit 2024 Diabetes Typ 2, nimmt Metformin 1000 mg, HbA1c zuletzt 6,6, BMI 31, sonst gesund, Nichtraucher. Er will 2.000 € BU-Rente. Geht da was und zu welchen Konditionen? Will ihm nicht erst nen Antrag machen und dann ne Ablehnung.

    Danke & Gruß
    Andreas Pohl
    Dreyer & Pohl Versicherungsmakler GmbH
    """))
    return build(n, me("arslan"), broker, "AW: Risikovoranfrage BU Diabetes", (2026, 5, 27, 11, 0), text(body),
                 irt=cid("", "dreyer-pohl-makler.example", 2026, 5, 26, "ap-rvb"))


@mail(C, "de", "insurer-to-broker",
      "broker asks about the status of a client's motor contract cancellation; client name, contract and plate; windows-1252")
def m112(n):
    broker = ("Sabrina Lenz", "s.lenz@lenz-versicherungen.example")
    body = T("""
    Hallo Frau Lenz,

    die Kündigung für Herrn Florian Tepe ist bei uns am 25.05. eingegangen. Der
    Kfz-Vertrag KF 9 301 884 (OS-FT 77) endet damit wie gewünscht zum 30.06.2026 –
    die Kündigungsbestätigung ist heute an Herrn Tepe und als Kopie in Ihr
    Maklerpostfach gegangen.

    Die SF-Klasse (SF 12 Haftpflicht / SF 9 Vollkasko) stellen wir dem neuen
    Versicherer auf Anfrage automatisch zur Verfügung.

    Schade, dass er geht – wenn er es sich anders überlegt, sagen Sie Bescheid.

    Viele Grüße
    Minh Nguyen
    """) + "\n" + sig("nguyen") + "\n" + ol_de(
        "Sabrina Lenz <s.lenz@lenz-versicherungen.example>", de_sent(2026, 5, 27, 8, 40),
        "maklerbetreuung@weidenhof.example", "Kündigung Tepe Kfz", T("""
    Moin Herr Nguyen,
    ist die Kündigung von Herrn Tepe (Kfz, OS-FT 77) bei euch angekommen? Wir haben sie am 22. gefaxt, der Kunde wird nervös weil der neue Versicherer zum 1.7. starten will.
    Gruß Sabrina Lenz
    Lenz Versicherungen e.K.
    """))
    return build(n, me("nguyen"), broker, "AW: Kündigung Tepe Kfz", (2026, 5, 27, 14, 2),
                 text(body, charset="windows-1252", cte="quoted-printable"),
                 irt=cid("", "lenz-versicherungen.example", 2026, 5, 27, "sl-tepe"))


@mail(N, "de", "insurer-to-broker",
      "broker firm asks about the commission statement file format; sample CSV with dummy rows, firm-level data only")
def m113(n):
    broker = ("Thorsten Dreyer", "t.dreyer@dreyer-pohl-makler.example")
    body = T("""
    Hallo Herr Dreyer,

    gern! Die Provisionsabrechnung gibt es ab Juni zusätzlich als CSV im
    Maklerportal (Bereich "Abrechnungen"), abrufbar auch über die BiPRO-Schnittstelle
    Ihres Maklerverwaltungsprogramms.

    Im Anhang eine Beispieldatei mit Dummy-Zeilen, damit Ihr MVP-Anbieter den Import
    vorbereiten kann. Spalten: Vermittlernummer, Sparte, Vertragsart, Bewertungssumme,
    Provisionssatz, Betrag, Storno-Kennzeichen. Trennzeichen Semikolon, UTF-8.

    Viele Grüße
    Minh Nguyen
    """) + "\n" + sig("nguyen") + "\n" + de_am(2026, 5, 27, 10, 15, "Thorsten Dreyer <t.dreyer@dreyer-pohl-makler.example>") + "\n" + q(T("""
    Hallo Herr Nguyen, gibts die Provisionsabrechnung auch als CSV statt PDF? Unser MVP kann kein PDF einlesen und wir tippen das jeden Monat ab 🙄 Gruß T. Dreyer
    """))
    c = csv_text([
        ["Vermittlernummer", "Sparte", "Vertragsart", "Vertrag", "Bewertungssumme", "Provisionssatz", "Betrag", "Storno"],
        ["V-0099999", "Kfz", "Neugeschäft", "MUSTER-0001", "600,00", "8,0", "48,00", "N"],
        ["V-0099999", "Hausrat", "Neugeschäft", "MUSTER-0002", "120,00", "15,0", "18,00", "N"],
        ["V-0099999", "Rechtsschutz", "Bestand", "MUSTER-0003", "310,00", "2,5", "7,75", "N"],
        ["V-0099999", "Kfz", "Storno", "MUSTER-0004", "540,00", "8,0", "-21,60", "J"],
    ])
    return build(n, me("nguyen"), broker, "AW: Provisionsabrechnung als CSV?", (2026, 5, 28, 9, 30),
                 mixed(text(body), att_text(c, "text/csv", "Beispiel_Provisionsabrechnung.csv", "utf-8", "8bit")),
                 irt=cid("", "dreyer-pohl-makler.example", 2026, 5, 27, "td-csv"))


@mail(S, "de", "insurer-to-doctor",
      "disability claim: request to the treating orthopaedist for a medical report, patient named, signed confidentiality release PDF attached")
def m114(n):
    doc = ("Praxis Dr. med. Volker Ehrenberg", "praxis@orthopaedie-ehrenberg.example")
    body = T("""
    Sehr geehrter Herr Dr. Ehrenberg,

    Ihr Patient, Herr Dennis Kortmann (geb. 22.08.1988), hat bei uns Leistungen aus
    seiner Berufsunfähigkeitsversicherung beantragt. Er hat uns die beigefügte
    Schweigepflichtentbindung erteilt.

    Wir bitten um einen ärztlichen Bericht zu folgenden Fragen:

    1. Diagnosen (einschließlich ICD-10), insbesondere zum Bandscheibenvorfall L4/L5
       und zur Operation im Januar 2026,
    2. aktueller Befund und Verlauf seit Oktober 2025,
    3. welche Tätigkeiten Herr Kortmann derzeit nicht ausüben kann (Heben über 10 kg,
       Arbeiten in Zwangshaltung, Steigen auf Leitern/Dächer),
    4. Prognose für die nächsten drei Jahre.

    Für den Bericht vergüten wir 95 € nach GOÄ (Nr. 85 analog). Bitte senden Sie ihn
    über unser Ärzteportal oder per Post – nicht per unverschlüsselter E-Mail.

    Mit freundlichen Grüßen
    Sabine Haas
    """) + "\n" + sig("haas") + footer("leben")
    pdf = pdf_bytes([
        "# Schweigepflichtentbindungserklärung (Einzelfall)",
        "Versicherte Person: Dennis Kortmann, geb. 22.08.1988, Vertrag LV 5520 1187 36",
        "Ich entbinde Dr. med. Volker Ehrenberg, Orthopädie, Coesfeld, von der Schweigepflicht",
        "gegenüber der Weidenhof Lebensversicherung AG für Auskünfte zu meiner Behandlung",
        "wegen Bandscheibenvorfall L4/L5 (M51.1) seit 10/2025 zur Prüfung meines BU-Leistungsantrags.",
        "",
        "Coesfeld, 27.05.2026     gez. Dennis Kortmann",
    ], title="Schweigepflichtentbindung Kortmann", author="Weidenhof Lebensversicherung AG")
    return build(n, me("haas"), doc, "Anforderung ärztlicher Bericht – Patient Dennis Kortmann", (2026, 5, 28, 10, 48),
                 mixed(text(body), att(pdf, "application/pdf", "Schweigepflichtentbindung_Kortmann.pdf")))


@mail(N, "de", "insurer-to-public",
      "trap: someone asks why motor premiums rise everywhere (type classes, regional classes, repair costs); generic, money words only")
def m115(n):
    who = ("Uwe Steinkamp", "uwe.steinkamp@t-netz.example")
    body = T("""
    Hallo Herr Steinkamp,

    Sie haben Recht, das ist gerade überall so. Die Gründe in Kürze:

    1. Werkstattkosten: Ersatzteile und Lackierungen sind seit 2022 um rund 30 %
       teurer geworden, Stundensätze ebenfalls.
    2. Typklassen: Der Branchenverband stuft jedes Jahr alle Modelle neu ein, nach
       den Schäden, die sie tatsächlich verursacht haben. Für rund ein Drittel der
       Modelle ist es 2026 teurer geworden.
    3. Regionalklassen: Wo mehr passiert, wird es teurer - das gilt auch für Wild-
       und Unwetterschäden.

    Was Sie selbst tun können: Werkstattbindung wählen (ca. 15 % günstiger), die
    Selbstbeteiligung erhöhen oder die jährliche Zahlweise nehmen.

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 5, 28, 19, 2, "Uwe Steinkamp <uwe.steinkamp@t-netz.example>") + "\n" + q(T("""
    Guten Abend, warum werden die Autoversicherungen eigentlich jedes Jahr teurer? Ich lese das überall, mein Nachbar bei der Konkurrenz hat auch 20 % mehr. Gibt es da Absprachen?? Uwe Steinkamp
    """))
    return build(n, me("demir"), who, "AW: Warum wird Kfz-Versicherung immer teurer?", (2026, 5, 29, 9, 10),
                 text(body, charset="iso-8859-1", cte="quoted-printable"),
                 irt=cid("", "t-netz.example", 2026, 5, 28, "us-kfz"))


@mail(N, "en", "internal",
      "trap: social media reply guideline - never confirm that a commenter is a customer or discuss claims/health in public")
def m116(n):
    body = T("""
    Hi social team,

    after last week's Instagram thread, here's the short guideline again. Please pin
    it somewhere.

    1. Never confirm in public that someone is our customer - not even "we've
       checked your contract". Say: "Please send us a DM / use the contact form".
    2. Never comment on claims, diagnoses, treatments, accidents or money in public,
       even if the person posted everything themselves ("my knee surgery bill...").
    3. Don't ask for policy numbers, dates of birth or IBANs in comments or DMs. Point
       people to the secure portal.
    4. Humour is fine for hold music, app bugs and weather. Not for illness, deaths or
       accidents.
    5. Screenshots of customer posts go into the ticket, not into team chats.

    Example reply we liked: "Oh no, that sounds stressful! 😟 Please send us a message
    via the contact form and we'll take care of it personally."

    Thanks,
    Ben
    """) + "\n" + sig("okafor", "en", short=True)
    return build(n, me("okafor"), [("Social Media Team", "social@" + DOM)],
                 "Guideline: replying to customers on social media", (2026, 5, 29, 11, 0), text(body, cte="8bit"))


@mail(S, "en", "insurer-to-customer",
      "accident insurance: cyclist hit by an opening car door, concussion and two days in hospital")
def m117(n):
    cust = ("Nathan Brooks", "nathan.brooks@inbox-mail.example")
    body = T("""
    Hi Nathan,

    what a scary thing to happen - I'm glad you're home again.

    I've registered the accident under your accident policy UV-77 311 90,
    claim U-2026-00812. Based on what you wrote, you're entitled to:

    - hospital daily cash: 2 days x 50 EUR = 100 EUR,
    - the "broken bones and concussion" lump sum: 250 EUR for a medically confirmed
      concussion (Gehirnerschütterung).

    Please send us the discharge letter from the hospital (it mentions the diagnosis
    and the CT) and the police report number. That's all for now.

    Also: the driver who opened the door is liable for your damages (bike, clothes,
    compensation for pain and suffering). That goes through his motor liability
    insurer - not through us. You could contact a lawyer for that; we can recommend one.

    Get well soon,
    Frank Möller
    """) + "\n" + sig("moeller", "en") + footer("leben", "en") + "\n" + en_on(2026, 5, 30, 15, 20, "Nathan Brooks <nathan.brooks@inbox-mail.example>") + "\n" + q(T("""
    Hi, I was knocked off my bike by a car door on Hammer Straße on Tuesday. Someone opened the door without looking, I flew over it and hit my head (helmet, thank god). Concussion, they kept me in hospital for 2 days for observation, CT was ok. Still dizzy and headaches. I have your accident insurance. Do I get anything?
    Nathan
    """))
    return build(n, me("moeller"), cust, "RE: bike accident - car door", (2026, 6, 1, 9, 45), text(body),
                 irt=cid("", "inbox-mail.example", 2026, 5, 30, "nb-door"))


@mail(C, "de", "insurer-to-customer",
      "travel: rental car excess refund after a rim scratch in Portugal; no injury; windows-1252; PDF settlement")
def m118(n):
    cust = ("Tobias Kemper", "tobias.kemper@webmail-de.example")
    body = T("""
    Hallo Herr Kemper,

    danke für die Unterlagen aus Faro. Die 350 €, die der Vermieter für den Kratzer
    an der Felge von Ihrer Kreditkarte abgebucht hat, erstatten wir Ihnen aus der
    Mietwagen-Selbstbeteiligungsversicherung RE-26-009 118 in voller Höhe.

    Die Abrechnung hängt an; das Geld kommt in 3–5 Tagen auf Ihr Konto.

    Schönen Sommer noch!
    Henrik Sommer
    """) + "\n" + sig("sommer") + "\n" + ol_de(
        "Tobias Kemper <tobias.kemper@webmail-de.example>", de_sent(2026, 6, 1, 20, 30),
        "reise@weidenhof.example", "Mietwagen SB Portugal", T("""
    Hallo,
    beim Mietwagen in Portugal (Faro, 18.-25.5.) hab ich beim Einparken einen Bordstein mitgenommen, Kratzer an der Felge, der Vermieter hat 350 € Selbstbeteiligung von meiner Kreditkarte abgebucht. Ich hab bei euch die Mietwagen-SB Versicherung. Belege anbei (Schadenprotokoll + Abrechnung Vermieter).
    Gruß Tobias Kemper
    """))
    pdf = pdf_bytes([
        "# Abrechnung Mietwagen-Selbstbeteiligung",
        "Versicherungsnehmer: Tobias Kemper, Vertrag RE-26-009 118",
        "Reise: Faro, Portugal, 18.05.-25.05.2026, Mietwagen Seat Ibiza, Vermieter AutoSul Lda.",
        "Schaden: Felgenkratzer vorne rechts, Schadenprotokoll vom 25.05.2026",
        "Belastete Selbstbeteiligung: 350,00 EUR - Erstattung: 350,00 EUR",
    ], title="Abrechnung RE-26-009 118")
    return build(n, me("sommer"), cust, "AW: Mietwagen SB Portugal", (2026, 6, 2, 10, 15),
                 mixed(text(body, charset="windows-1252", cte="quoted-printable"),
                       att(pdf, "application/pdf", "Abrechnung_Mietwagen_SB.pdf")),
                 irt=cid("", "webmail-de.example", 2026, 6, 1, "tk-faro"))


@mail(N, "de", "internal",
      "trap: draft job advert for a nurse in care case management sent to HR; HTML attachment, no person's data")
def m119(n):
    body = T("""
    Hallo Greta,

    anbei unser Entwurf für die Stellenanzeige "Pflegefachkraft (m/w/d) im
    Case Management". Kannst du ihn ins Karriereportal übernehmen? Besonders wichtig
    ist uns der Hinweis auf Teilzeit und Homeoffice – die letzten Bewerberinnen
    haben fast alle danach gefragt.

    Danke dir!
    Maria
    """) + "\n" + sig("lindqvist", short=True)
    a = html_doc(T("""
    <h1>Pflegefachkraft (m/w/d) im Case Management</h1>
    <p>Weidenhof Krankenversicherung AG, Münster &middot; Voll- oder Teilzeit (ab 25 Std.) &middot; unbefristet</p>
    <h2>Ihre Aufgaben</h2>
    <ul><li>Sie begleiten Versicherte nach schweren Erkrankungen, Unfällen oder bei Pflegebedürftigkeit telefonisch.</li>
    <li>Sie organisieren Hilfsmittel, Reha und häusliche Pflege gemeinsam mit Ärzten und Pflegediensten.</li>
    <li>Sie beraten Angehörige zu Pflegegraden und Leistungen.</li></ul>
    <h2>Ihr Profil</h2>
    <ul><li>Examen in der Gesundheits- und (Kinder-)Krankenpflege oder Altenpflege</li>
    <li>mehrjährige Berufserfahrung, gern in Intensivpflege, Onkologie oder Geriatrie</li>
    <li>Freude an telefonischer Beratung</li></ul>
    <h2>Wir bieten</h2>
    <p>Homeoffice bis 3 Tage/Woche, keine Schicht- und Wochenenddienste, 30 Tage Urlaub,
    betriebliche Krankenversicherung.</p>
    <p>Kennziffer 2026-031 &middot; www.weidenhof.example/karriere</p>
    """))
    return build(n, me("lindqvist"), [("Greta Albers", "greta.albers@" + DOM)],
                 "Stellenanzeige Pflegefachkraft Case Management – Entwurf", (2026, 6, 2, 13, 20),
                 mixed(text(body), att_text(a, "text/html", "Stellenanzeige_Pflegefachkraft_CM.html", "utf-8", "base64")))


@mail(N, "de", "internal",
      "trap: dental-prosthesis benefits 2025 by age band and treatment type for product pricing; aggregates, small cells merged; XLSX")
def m120(n):
    body = T("""
    Hallo Produktteam,

    wie besprochen die Auswertung der Zahnersatz-Leistungen 2025 im Tarif ZahnPlus
    nach Altersbändern und Leistungsart. Zellen mit weniger als 10 Fällen sind
    zusammengefasst ("≥ 70"), es lassen sich keine einzelnen Versicherten
    ableiten.

    Auffällig: Implantate machen inzwischen 41 % des Aufwands aus; bei den
    50–59-Jährigen liegt der Durchschnitt bei 2.310 € je Fall. Das spricht für die
    vorgeschlagene Staffel in der Tarifgeneration 2027.

    Gruß
    Ines
    """) + "\n" + sig("kowalczyk", short=True)
    x = xlsx_bytes([("ZE 2025", [
        ["Altersband", "Fälle Kronen", "Fälle Brücken", "Fälle Implantate", "Aufwand gesamt EUR", "Ø je Fall EUR"],
        ["18-29", 412, 38, 41, 312450, 636],
        ["30-39", 1108, 151, 213, 1154020, 784],
        ["40-49", 1877, 344, 620, 2881300, 1014],
        ["50-59", 2204, 518, 1012, 8625540, 2310],
        ["60-69", 1730, 602, 877, 6211200, 1936],
        [">= 70", 903, 410, 266, 2790600, 1767],
        ["Summe", 8234, 2063, 3029, 21975110, 1649],
    ])], title="Auswertung Zahnersatz 2025", author="Ines Kowalczyk")
    return build(n, me("kowalczyk"), [("Produktmanagement", "produkt@" + DOM)],
                 "Auswertung Zahnersatz 2025 nach Altersbändern", (2026, 6, 3, 8, 45),
                 mixed(text(body), att(x, XLSX_CT, "Auswertung_ZE_2025_Altersbaender.xlsx")))


@mail(C, "en", "insurer-to-customer",
      "cyber insurance for a freelance translator (natural person): ransomware encrypted client files; incident hotline; base64 body")
def m121(n):
    cust = ("Elena Petrova", "elena@petrova-translations.example")
    body = T("""
    Dear Ms Petrova,

    thank you for calling our cyber hotline this morning - here's the summary in
    writing, as promised.

    - Incident number: CY-2026-0117, policy CY-4408 215 (Cyber Freelancer).
    - Our IT forensics partner, SecureLane GmbH, will contact you today before
      2 pm. Please leave the laptop switched off and don't pay the ransom.
    - Your backup from Sunday on the external drive: don't connect it to the
      infected laptop.
    - Because client documents were encrypted and possibly copied, you may have to
      notify the data protection authority within 72 hours. Our partner law firm
      will help you with that; the costs are covered.
    - Loss of income while you can't work is covered from day 2, up to 30 days.

    Kind regards,
    Katrin Vogel
    """) + "\n" + sig("vogel", "en") + "\n" + en_on(2026, 6, 3, 7, 10, "Elena Petrova <elena@petrova-translations.example>") + "\n" + q(T("""
    Hello, my laptop got ransomware overnight, all my files are encrypted incl. client contracts and a medical translation job I'm working on for a clinic 😱 there's a note asking for 0.2 bitcoin. I have your cyber insurance for freelancers. What do I do??? I called the hotline but want it in writing please.
    Elena Petrova, Petrova Translations (sole proprietor)
    """))
    return build(n, me("vogel"), cust, "RE: ransomware - urgent", (2026, 6, 3, 9, 20), text(body, cte="base64"),
                 irt=cid("", "petrova-translations.example", 2026, 6, 3, "ep-rw"))


@mail(N, "de", "insurer-to-public",
      "trade-fair raffle: winner is told she won a bicycle helmet and first-aid set; name only, no sensitive data; multipart/alternative")
def m122(n):
    who = ("Jasmin Kruse", "jasmin.kruse@mailpost.example")
    plain = T("""
    Hallo Frau Kruse,

    Glückwunsch – Sie haben beim Weidenhof-Gewinnspiel auf der Radmesse "Velo
    Münster" gewonnen! 🎉 Ihr Gewinn: ein Fahrradhelm (Größe nach Wahl) und ein
    Erste-Hilfe-Set für die Satteltasche.

    Sie können beides bis zum 30. Juni am Empfang unserer Zentrale abholen oder wir
    schicken es Ihnen – dann brauchen wir nur Ihre Postanschrift und die Helmgröße.

    Viele Grüße
    Ben Okafor
    """) + "\n" + sig("okafor") + "\n" + de_am(2026, 6, 3, 12, 2, "Jasmin Kruse <jasmin.kruse@mailpost.example>") + "\n" + q(T("""
    ernsthaft?? ich gewinne NIE was 😂 was hab ich denn gewonnen?
    """))
    h = html_doc(para_html(plain))
    return build(n, me("okafor"), who, "AW: Sie haben gewonnen!", (2026, 6, 3, 14, 30),
                 alt(text(plain), html(h)), irt=cid("", "mailpost.example", 2026, 6, 3, "jk-gw"))


@mail(S, "de", "insurer-to-customer",
      "hospital daily cash: nine days in hospital with pneumonia; payment; windows-1252 8bit")
def m123(n):
    cust = ("Hans-Peter Wolters", "hp.wolters@t-netz.example")
    body = T("""
    Sehr geehrter Herr Wolters,

    gute Besserung! Eine Lungenentzündung steckt man mit 68 nicht so einfach weg.

    Aus Ihrer Krankenhaustagegeldversicherung KT-77 402 (40 € pro Tag) zahlen wir
    für Ihren Aufenthalt im St. Franziskus-Hospital vom 22.05. bis 30.05.2026
    (9 Tage) 360 €. Der Aufnahme- und der Entlassungstag zählen beide mit. Die
    Überweisung geht heute raus.

    Die Bescheinigung des Krankenhauses haben wir erhalten – weitere Unterlagen
    brauchen wir nicht.

    Mit freundlichen Grüßen
    Dr. Ines Kowalczyk
    """) + "\n" + sig("kowalczyk") + "\n" + ol_de(
        "Hans-Peter Wolters <hp.wolters@t-netz.example>", de_sent(2026, 6, 2, 16, 48),
        "leistung@weidenhof.example", "Krankenhaustagegeld", T("""
    Guten Tag,

    ich war vom 22. bis 30. Mai im Franziskus Hospital wegen einer Lungenentzündung (beidseitig, mit Sauerstoff). Die Bescheinigung vom Krankenhaus habe ich gestern per Post geschickt. Bekomme ich jetzt das Krankenhaustagegeld? Sind das 8 oder 9 Tage?

    Mit freundlichen Grüßen
    Hans-Peter Wolters
    """))
    return build(n, me("kowalczyk"), cust, "AW: Krankenhaustagegeld", (2026, 6, 4, 9, 0),
                 text(body, charset="windows-1252", cte="8bit"), irt=cid("", "t-netz.example", 2026, 6, 2, "hpw-kht"))


@mail(C, "en", "insurer-to-customer",
      "buildings insurance of a private landlord abroad: burst pipe in the ground-floor flat of his rented house; claim and policy")
def m124(n):
    cust = ("Michael O'Brien", "michael.obrien@mailbox-uk.example")
    body = T("""
    Dear Mr O'Brien,

    thank you for letting us know from Dublin - I understand it's not easy to manage
    this from abroad.

    I've opened claim S-2026-029977 under your buildings policy WG-119 558 for the
    house at Lindenallee 7, Gütersloh. A burst pipe is covered: the repair of the
    pipe, drying the walls and floor, and the damaged flooring in the ground-floor
    flat. Your tenants' own belongings are not covered by your policy - they need to
    claim from their own contents insurer.

    We've appointed a drying company (Trocknungstechnik Westfalen) who will contact
    your tenant, Mrs Krämer, directly to arrange access. Rent loss is covered for up
    to 12 months if the flat becomes uninhabitable.

    Kind regards,
    Oliver Kent
    """) + "\n" + sig("kent", "en") + "\n" + en_on(2026, 6, 4, 8, 17, "Michael O'Brien <michael.obrien@mailbox-uk.example>") + "\n" + q(T("""
    Morning, I own a 2-family house in Gütersloh which I rent out (I live in Ireland now). My tenant in the ground floor just phoned: a pipe burst in the bathroom wall last night, water everywhere, laminate ruined. Plumber has stopped the leak. What happens now? Policy should be WG-119 558.
    Michael O'Brien
    """))
    return build(n, me("kent"), cust, "RE: burst pipe Gütersloh house", (2026, 6, 4, 13, 10), text(body),
                 irt=cid("", "mailbox-uk.example", 2026, 6, 4, "mob-pipe"))


@mail(N, "en", "insurer-to-supplier",
      "IT vendor: renewal of the mail gateway's TLS/domain certificates; certificate inventory in a ZIP; company data only")
def m125(n):
    sup = ("Support SecureRelay", "support@securerelay.example")
    body = T("""
    Hi,

    as discussed in ticket SR-88213: three certificates of our mail gateway expire on
    30 June. Attached (ZIP) is the inventory with subject, serial and expiry date of
    each certificate plus our change window. Please prepare the renewal so that the
    new domain certificate for weidenhof.example is in place before 25 June; the
    partner domains need a few days to import it.

    Change window: Tuesday 23 June, 20:00-22:00 CEST.

    Thanks,
    Jonas Weber
    """) + "\n" + sig("weber", "en")
    inv = csv_text([
        ["subject", "type", "serial", "valid_to", "used_for"],
        ["CN=weidenhof.example", "S/MIME domain certificate", "4F:1A:22:90:7C", "2026-06-30", "gateway-to-gateway"],
        ["CN=mail.weidenhof.example", "TLS server", "61:0B:3D:E2:19", "2026-06-30", "SMTP STARTTLS"],
        ["CN=portal.weidenhof.example", "TLS server", "2C:88:F1:07:AA", "2026-06-30", "secure mail portal"],
    ])
    readme = "Change window: 2026-06-23 20:00-22:00 CEST\nContact: jonas.weber@weidenhof.example\n"
    z = zip_bytes([("cert_inventory.csv", inv), ("change_window.txt", readme)], time=(2026, 6, 4, 15, 0, 0))
    return build(n, me("weber"), sup, "SR-88213 certificate renewal before 30 June", (2026, 6, 4, 15, 12),
                 mixed(text(asc(body), charset="us-ascii", cte="7bit"), att(z, "application/zip", "SR-88213_cert_inventory.zip")))


@mail(S, "en", "insurer-to-applicant",
      "term life underwriting: premium loading because of blood pressure readings and BMI; applicant's 'healthy-ish lol' quoted; PDF decision")
def m126(n):
    cust = ("Connor Walsh", "connor.walsh@fastinbox.example")
    body = T("""
    Dear Mr Walsh,

    thank you for your question - I completely understand that the offer came as a
    surprise.

    The standard premium for your term life application (2026-A-84420, 250,000 EUR,
    25 years) would be 31.20 EUR per month. The loading of 50 % is based on two
    things from your GP's report of 12 May:

    - blood pressure readings of 158/98 and 162/100 mmHg, not yet treated,
    - a BMI of 34.

    This is not a rejection and it's not permanent. If you get your blood pressure
    treated and send us three readings below 140/90 over at least 6 months, we'll
    review the loading - often it can be removed completely. The details are in the
    attached decision.

    Kind regards,
    Emre Arslan
    """) + "\n" + sig("arslan", "en") + footer("leben", "en") + "\n" + en_on(2026, 6, 5, 21, 3, "Connor Walsh <connor.walsh@fastinbox.example>") + "\n" + q(T("""
    Hi, got your offer for the life insurance and the premium is almost 47 EUR instead of the 31 on your website?? why is my premium so high? I'm healthy-ish lol, a bit overweight maybe but who isn't. is this negotiable?
    Connor
    """))
    pdf = pdf_bytes([
        "# Underwriting decision - application 2026-A-84420",
        "Applicant / life insured: Connor Walsh, born 03.03.1983",
        "Product: Term life, sum insured 250,000 EUR, term 25 years",
        "",
        "Decision: acceptance with an extra premium of 50 %",
        "Reasons: arterial hypertension, untreated (I10.90, readings 158/98 and 162/100 mmHg",
        "in the GP report of 12.05.2026); obesity class I (BMI 34, E66.0)",
        "Monthly premium: 46.80 EUR (standard 31.20 EUR)",
        "Review possible after 6 months with three readings below 140/90 mmHg.",
    ], title="Underwriting decision 2026-A-84420", author="Weidenhof Lebensversicherung AG")
    return build(n, me("arslan"), cust, "RE: why is my premium so high?", (2026, 6, 8, 10, 5),
                 mixed(text(body), att(pdf, "application/pdf", "Decision_2026-A-84420.pdf")),
                 irt=cid("", "fastinbox.example", 2026, 6, 5, "cw-prem"))


@mail(C, "en", "insurer-to-customer",
      "grey: pet insurance - labrador swallowed a sock and needed surgery; animal health only -> CONFIDENTIAL (contract, claim, amounts)")
def m127(n):
    cust = ("Jessica Moore", "jessica.moore@kabelnet.example")
    body = T("""
    Hi Jessica,

    poor Barney - and poor sock! 🧦 Glad he's home again.

    The surgery is covered by your dog health policy TV-32 1187 (OP-Schutz Plus). The
    vet clinic's invoice of 2,418.60 EUR is within the 4x GOT rate for emergency
    surgery at night, so we reimburse it in full minus your 10 % co-payment:
    2,176.74 EUR. The money will be in your account within the next few days.

    Claim number for your records: T-2026-00344.

    Best,
    Katrin
    """) + "\n" + sig("vogel", "en") + "\n" + en_on(2026, 6, 7, 11, 40, "Jessica Moore <jessica.moore@kabelnet.example>") + "\n" + q(T("""
    so our lab Barney ate a sock 🧦🙄 (a whole one!!) and needed emergency surgery on saturday night at the Tierklinik. he's fine now, wearing the cone of shame. bill is 2.418 EUR, attached. please tell me this is covered 🙏
    Jess
    """))
    return build(n, me("vogel"), cust, "RE: Barney ate a sock", (2026, 6, 8, 14, 12), text(body, cte="8bit"),
                 irt=cid("", "kabelnet.example", 2026, 6, 7, "jm-sock"))


@mail(N, "de", "internal",
      "trap: training handout with invented customer mails (marked fictitious, 'Max Mustermann') and model answers; DOCX")
def m128(n):
    body = T("""
    Hallo zusammen,

    für die Einarbeitung der neuen Kolleginnen habe ich das Übungsheft "Antworten
    auf Kundenmails" überarbeitet. Alle Beispiele sind erfunden (Max Mustermann,
    Erika Musterfrau), die Vertragsnummern haben das Format MUSTER-xxx und existieren
    nicht. Bitte bei eigenen Ergänzungen genauso vorgehen.

    Viele Grüße
    Carola
    """) + "\n" + sig("schmitz", short=True)
    d = docx_bytes([
        ("h", "Übungsheft: Antworten auf Kundenmails (alle Beispiele fiktiv)"),
        ("h", "Übung 1 – Der Einzeiler"),
        "Kundenmail (fiktiv): \"hallo, hab die rechnung geschickt vor 3 wochen, wo bleibt mein geld??? max mustermann\"",
        "Aufgabe: Antworten Sie freundlich, ohne Floskeln, mit konkretem nächsten Schritt. Keine Diagnose oder Beträge nennen, die Sie nicht geprüft haben.",
        ("h", "Übung 2 – Die lange Geschichte"),
        "Kundenmail (fiktiv): Erika Musterfrau schildert über 20 Zeilen einen Wasserschaden, erwähnt nebenbei ihre Bankverbindung und dass sie gerade im Krankenhaus war.",
        "Aufgabe: Was gehört in die Antwort, was nicht? Welche Angaben dürfen nicht unverschlüsselt zurückgeschickt werden?",
        ("h", "Übung 3 – Englisch/Deutsch gemischt"),
        "Kundenmail (fiktiv): \"Hallo, my car was hit on the Parkplatz, the other driver ist weggefahren. What now?\"",
        "Aufgabe: Antworten Sie in der Sprache, die der Kunde überwiegend nutzt.",
        ("table", [["Übung", "Lernziel"], ["1", "Ton und Klarheit"], ["2", "Datensparsamkeit"], ["3", "Sprache des Kunden"]]),
    ], title="Übungsheft Kundenmails", author="Carola Schmitz", created="2026-06-08T08:00:00Z")
    return build(n, me("schmitz"), [("Einarbeitung Kundenservice", "einarbeitung@" + DOM)],
                 "Übungsheft Kundenmails (überarbeitet)", (2026, 6, 8, 15, 45),
                 mixed(text(body), att(d, DOCX_CT, "Uebungsheft_Kundenmails_2026.docx")))


@mail(N, "de", "insurer-to-public",
      "trap: grey: someone asks whether she can simply come to the care information evening, family 'must deal with care'; no specific person's health")
def m129(n):
    who = ("Bettina Hölscher", "bettina.hoelscher@netzpost.example")
    body = T("""
    Hallo Frau Hölscher,

    ja, kommen Sie einfach vorbei – eine Anmeldung ist schön, aber nicht nötig, und
    der Abend ist für alle offen, nicht nur für Kundinnen und Kunden.

    Infoabend "Pflege in der Familie – wo fange ich an?"
    Dienstag, 23. Juni, 18:00 Uhr, Geschäftsstelle Osnabrück, Bahnhofstraße 12.

    Themen: Wie beantragt man einen Pflegegrad, was zahlt die Pflegekasse, was bleibt
    als Eigenanteil, und welche Entlastungsangebote gibt es für Angehörige. Im
    Anschluss können Sie unserer Pflegeberaterin allgemeine Fragen stellen.

    Herzliche Grüße
    Maria Lindqvist
    """) + "\n" + sig("lindqvist") + "\n" + de_am(2026, 6, 9, 20, 12, "Bettina Hölscher <bettina.hoelscher@netzpost.example>") + "\n" + q(T("""
    Guten Abend, ich habe den Aushang zu Ihrem Infoabend Pflege gesehen. Kann man da einfach hinkommen? Wir müssen uns als Familie mal mit dem Thema beschäftigen, meine Eltern werden nicht jünger und wir haben keine Ahnung wie das alles funktioniert.
    B. Hölscher
    """))
    return build(n, me("lindqvist"), who, "AW: Infoabend Pflege", (2026, 6, 10, 9, 12), text(body),
                 irt=cid("", "netzpost.example", 2026, 6, 9, "bh-pfl"))


@mail(C, "en", "insurer-to-customer",
      "household contents: lightning strike, TV and router destroyed by overvoltage; claim and policy")
def m130(n):
    cust = ("Sven Eriksson", "sven.eriksson@inbox-mail.example")
    body = T("""
    Hi Sven,

    thunderstorms last night hit quite a few of our customers around Osnabrück - you're
    not alone.

    Overvoltage damage from lightning is included in your household contents policy
    HR-703 118 9 (claim S-2026-031402). Please have the TV and the router checked
    by a repair shop or electrician; a short written statement that the damage was
    caused by overvoltage is enough. If repair isn't worth it, we pay the replacement
    value minus a deduction for age (the TV is from 2019, so roughly 50 %).

    Your internet provider usually replaces its own router for free - ask them first.

    Best regards,
    Murat
    """) + "\n" + sig("yilmaz", "en") + "\n" + en_on(2026, 6, 11, 7, 5, "Sven Eriksson <sven.eriksson@inbox-mail.example>") + "\n" + q(T("""
    lightning hit something near our house last night, huge bang, and now the TV and the wifi router are dead. smell of burnt plastic. is this covered by my home contents insurance?
    Sven
    """))
    return build(n, me("yilmaz"), cust, "RE: lightning - TV + router dead", (2026, 6, 11, 10, 30), text(body),
                 irt=cid("", "inbox-mail.example", 2026, 6, 11, "se-ltn"))


@mail(N, "en", "insurer-to-prospect",
      "someone asks whether the pet insurance conditions exist in English; link to the PDF; text/html only")
def m131(n):
    who = ("Isabella Rossi", "isabella.rossi@fastinbox.example")
    h = html_doc(T("""
    <p>Hi Isabella,</p>
    <p>yes &ndash; since May we have an English translation of our pet health conditions
    (dogs and cats). You can download it here:
    <a href="https://www.weidenhof.example/en/pet/conditions-2026.pdf">Pet insurance conditions 2026 (EN)</a>.
    Please note that only the German version is legally binding, but the translation is
    very close.</p>
    <p>If you'd like a quote, the online calculator works in English too. For puppies under
    6 months there are no waiting periods for accidents.</p>
    <p>Best,<br>Katrin Vogel<br>Specialty Lines &middot; Weidenhof Versicherung AG</p>
    <p style="color:#666">On Wed, 10 Jun 2026 at 22:18, Isabella Rossi &lt;isabella.rossi@fastinbox.example&gt; wrote:</p>
    <blockquote style="border-left:2px solid #ccc;padding-left:8px">is there an english version of your pet insurance conditions? we're getting a puppy in july 🐶 and i want to understand what i'm signing</blockquote>
    """), lang="en")
    return build(n, me("vogel"), who, "RE: pet insurance in English?", (2026, 6, 11, 9, 0), html(h),
                 irt=cid("", "fastinbox.example", 2026, 6, 10, "ir-pet"))


@mail(S, "de", "insurer-to-customer",
      "legal expenses: customer wants to sue a surgeon over a failed knee operation (medical malpractice) -> health data")
def m132(n):
    cust = ("Andrea Kettler", "andrea.kettler@webmail-de.example")
    body = T("""
    Sehr geehrte Frau Kettler,

    das tut mir sehr leid – nach so einer Operation noch schlechter laufen zu können
    als vorher, ist schwer.

    Ansprüche wegen eines möglichen Behandlungsfehlers sind über Ihren
    Rechtsschutz RS 660 559 12 (Baustein Privat) versichert. Wir übernehmen zunächst
    die Kosten für einen Fachanwalt für Medizinrecht, der Ihre Unterlagen prüft
    (Aktenzeichen RS-S-2026-01188).

    Zwei Tipps vorab:
    1. Fordern Sie bei der Klinik eine vollständige Kopie Ihrer Patientenakte an
       (OP-Bericht, Aufklärungsbogen, Verlauf der Infektion) – das ist Ihr Recht
       nach § 630g BGB.
    2. Ihre Krankenkasse bietet ein kostenloses Gutachten des Medizinischen Dienstes
       an; das ist oft ein guter erster Schritt.

    Mit freundlichen Grüßen
    Lena Hoffmann
    """) + "\n" + sig("hoffmann") + "\n" + ol_de(
        "Andrea Kettler <andrea.kettler@webmail-de.example>", de_sent(2026, 6, 11, 18, 20),
        "rechtsschutz@weidenhof.example", "Klage gegen Arzt", T("""
    Hallo,

    ich möchte gegen den Chirurgen vorgehen, der mich im Februar am rechten Knie operiert hat (Meniskus). Nach der OP hatte ich eine schwere Infektion, musste zweimal nachoperiert werden und kann das Knie jetzt nur noch 60 Grad beugen. Ich gehe an Krücken und kann meinen Job als Erzieherin nicht machen. Ich bin mir sicher da ist was schiefgelaufen, über das Infektionsrisiko hat mich keiner aufgeklärt. Zahlt meine Rechtsschutz einen Anwalt?

    Andrea Kettler
    """))
    return build(n, me("hoffmann"), cust, "AW: Klage gegen Arzt", (2026, 6, 12, 10, 2), text(body),
                 irt=cid("", "webmail-de.example", 2026, 6, 11, "ak-arzt"))


@mail(C, "en", "insurer-to-customer",
      "explicit [secure] tag; household and liability policy documents with date of birth in the attached schedule")
def m133(n):
    cust = ("Aaron Goldberg", "aaron.goldberg@kabelnet.example")
    body = T("""
    Dear Mr Goldberg,

    as requested, attached are your current policy schedules for the household
    contents (HR-704 902 3) and personal liability (PH-3322 0185) policies - you
    need them for your new landlord. I've sent this mail via our secure channel
    because the schedules contain your date of birth and bank details.

    Kind regards,
    Oliver Kent
    """) + "\n" + sig("kent", "en") + "\n" + en_on(2026, 6, 12, 9, 2, "Aaron Goldberg <aaron.goldberg@kabelnet.example>") + "\n" + q(T("""
    Hi Oliver, could you send me my insurance documents (home + liability) as PDF? The new landlord wants proof of liability insurance before signing. Thanks a lot! Aaron
    """))
    pdf = pdf_bytes([
        "# Policy schedule / Versicherungsschein",
        "Policyholder: Aaron Goldberg, born 19.12.1990",
        "Address: Von-Vincke-Straße 5, 48143 Münster",
        "",
        "Household contents HR-704 902 3: sum insured 39,000 EUR, premium 7.10 EUR/month",
        "Personal liability PH-3322 0185: 15 million EUR, premium 5.40 EUR/month",
        "Direct debit from IBAN DE** **** **** **** **02 17, mandate WH-MA-0104421",
    ], title="Policy schedules Goldberg")
    return build(n, me("kent"), cust, "[secure] RE: insurance documents for landlord", (2026, 6, 12, 11, 20),
                 mixed(text(body), att(pdf, "application/pdf", "Policy_schedules_Goldberg.pdf")),
                 irt=cid("", "kabelnet.example", 2026, 6, 12, "ag-docs"))


@mail(N, "de", "internal",
      "trap: blood-donation drive in the building; calendar invitation, health words but no person's data; ICS")
def m134(n):
    body = T("""
    Liebe Kolleginnen und Kollegen,

    am Mittwoch, 1. Juli, kommt der Blutspendedienst wieder zu uns ins Haus
    (Seminarräume 1.01/1.02, 9–14 Uhr). Bitte bucht euch direkt beim Spendedienst
    einen Termin; wer spendet, darf die Zeit als Arbeitszeit buchen.

    Bitte vorher gut frühstücken und viel trinken. Alles Medizinische (Fragebogen,
    Hb-Test) läuft ausschließlich über den Spendedienst – wir bekommen keinerlei
    Daten, auch keine Teilnehmerliste.

    Die Kalendereinladung zum Blocken hängt an.

    Viele Grüße
    Eva Beck
    """) + "\n" + sig("beck", short=True)
    ics = ics_text("blutspende-2026-07-01@weidenhof.example", "20260701T090000", "20260701T140000",
                   "Blutspende im Haus", location="Seminarräume 1.01/1.02, Weidenhofplatz 1",
                   description="Termin bitte direkt beim Blutspendedienst buchen.",
                   organizer=("Eva Beck", "eva.beck@" + DOM), attendees=[("Alle Mitarbeitenden", "alle@" + DOM)])
    return build(n, me("beck"), [("Alle Mitarbeitenden", "alle@" + DOM)], "Blutspende im Haus am 1. Juli",
                 (2026, 6, 15, 8, 0), mixed(text(body), ics_att(ics, "Blutspende_2026-07-01.ics")))


@mail(N, "mixed", "insurer-to-prospect",
      "expat asks in mixed German/English what a Zusatzbeitrag is and whether the employer subsidy applies to private cover; generic")
def m135(n):
    who = ("Karan Mehta", "karan.mehta@inbox-mail.example")
    body = T("""
    Hi Karan,

    gute Fragen! Kurz und knapp:

    - Zusatzbeitrag: that's an extra percentage that each public Krankenkasse
      charges on top of the general rate. Private insurers like us don't have it –
      our premium is a fixed amount that depends on age and tariff.
    - Arbeitgeberzuschuss: yes, if you're privately insured as an employee, your
      employer pays half of the premium, up to a maximum (2026: about 508 € for
      health plus the care share). You just need a certificate from your insurer
      once a year, which we send automatically.

    Whether private makes sense for you depends on your income, age and family
    plans – happy to explain in a call.

    Viele Grüße / best,
    Sophie Wagner
    """) + "\n" + sig("wagner", "en") + "\n" + en_on(2026, 6, 15, 21, 33, "Karan Mehta <karan.mehta@inbox-mail.example>") + "\n" + q(T("""
    Hallo, kurze Frage: my colleague says his Krankenkasse has a "Zusatzbeitrag" – what is that, and do you have it too? Und zahlt der Arbeitgeber auch bei private Versicherung die Hälfte? Danke! Karan
    """))
    return build(n, me("wagner"), who, "RE: Zusatzbeitrag / Arbeitgeberzuschuss?", (2026, 6, 16, 9, 14),
                 text(body, cte="8bit"), irt=cid("", "inbox-mail.example", 2026, 6, 15, "km-zb"))


@mail(C, "de", "insurer-to-customer",
      "motor: 18-year-old son added as driver with birth date, premium change; windows-1252; PDF endorsement")
def m136(n):
    cust = ("Stefanie Gerdes", "stefanie.gerdes@mailpost.example")
    body = T("""
    Hallo Frau Gerdes,

    herzlichen Glückwunsch an Ihren Sohn zum Führerschein!

    Ich habe Ole Gerdes (geb. 04.06.2008) ab dem 20.06.2026 als Fahrer für Ihren
    Kfz-Vertrag KF 9 199 056 (Skoda Fabia, VEC-SG 12) eingetragen. Durch den jungen
    Fahrer steigt der Beitrag um 31,40 € im Monat, also von 48,10 € auf 79,50 €.
    Wenn Ole ab dem 21. Geburtstag noch fährt, wird es wieder günstiger.

    Den Nachtrag hänge ich als PDF an. Gute Fahrt!

    Viele Grüße
    Jana Petersen
    """) + "\n" + sig("petersen") + "\n" + ol_de(
        "Stefanie Gerdes <stefanie.gerdes@mailpost.example>", de_sent(2026, 6, 16, 12, 40),
        "kfz@weidenhof.example", "Sohn als Fahrer eintragen", T("""
    Hallo, unser Sohn Ole hat letzte Woche den Führerschein bestanden (ist am 4.6. 18 geworden) und soll ab und zu mit dem Fabia fahren dürfen. Was müssen wir machen und was kostet das? Vertrag KF 9 199 056.
    Viele Grüße Stefanie Gerdes
    """))
    pdf = pdf_bytes([
        "# Nachtrag zum Versicherungsschein KF 9 199 056",
        "Versicherungsnehmerin: Stefanie Gerdes, Wilhelmstraße 22, 49377 Vechta",
        "Fahrzeug: Skoda Fabia, amtliches Kennzeichen VEC-SG 12",
        "Änderung ab 20.06.2026: zusätzlicher Fahrer Ole Gerdes, geb. 04.06.2008",
        "Beitrag neu: 79,50 EUR monatlich (bisher 48,10 EUR)",
    ], title="Nachtrag KF 9 199 056")
    return build(n, me("petersen"), cust, "AW: Sohn als Fahrer eintragen", (2026, 6, 17, 9, 5),
                 mixed(text(body, charset="windows-1252", cte="quoted-printable"),
                       att(pdf, "application/pdf", "Nachtrag_KF9199056.pdf")),
                 irt=cid("", "mailpost.example", 2026, 6, 16, "sg-ole"))


@mail(N, "de", "internal",
      "trap: facility management informs tenants of the insurer's own building about water damage in the ground-floor physiotherapy practice")
def m137(n):
    body = T("""
    Liebe Kolleginnen und Kollegen, liebe Mieter im Haus,

    heute Nacht ist im Erdgeschoss ein Wasserrohr in der Decke über der
    Physiotherapiepraxis "Bewegungsraum" geplatzt. Betroffen sind der Empfang und
    zwei Behandlungsräume der Praxis sowie unser Archivraum E.04.

    - Der Aufzug A ist bis voraussichtlich Freitag außer Betrieb.
    - Die Trocknungsgeräte im Erdgeschoss sind laut – bitte Türen geschlossen halten.
    - Die Praxis behandelt bis auf Weiteres in ihrer Filiale in der Hammer Straße und
      informiert ihre Patientinnen und Patienten selbst.
    - Im Archiv sind nach erster Sichtung nur leere Ordner nass geworden.

    Fragen bitte an mich.

    Viele Grüße
    Eva Beck
    """) + "\n" + sig("beck")
    to = [("Alle Mitarbeitenden", "alle@" + DOM), ("Praxis Bewegungsraum", "info@bewegungsraum-physio.example")]
    return build(n, me("beck"), to, "Wasserschaden Erdgeschoss – Aufzug A außer Betrieb", (2026, 6, 18, 7, 40),
                 text(body, cte="8bit"))


@mail(N, "de", "insurer-to-prospect",
      "someone asks about the 2026 compulsory insurance income threshold for private health; generic figures, no own income stated")
def m138(n):
    who = ("Philipp Janssen", "philipp.janssen@netzpost.example")
    body = T("""
    Hallo Herr Janssen,

    die Versicherungspflichtgrenze (Jahresarbeitsentgeltgrenze) liegt 2026 bei
    77.400 € brutto im Jahr, also 6.450 € im Monat. Wer als Angestellter darüber
    verdient, kann sich privat krankenversichern; maßgeblich ist das regelmäßige
    Gehalt inklusive Weihnachts- und Urlaubsgeld, aber ohne Überstunden.

    Beim Jobwechsel gilt: Liegt das neue Gehalt von Anfang an über der Grenze, ist
    ein Wechsel schon zum Beginn des neuen Jobs möglich.

    Wenn Sie möchten, schicke ich Ihnen unsere Checkliste "GKV oder PKV?" – oder wir
    sprechen kurz am Telefon.

    Viele Grüße
    Aylin Demir
    """) + "\n" + sig("demir") + "\n" + de_am(2026, 6, 18, 12, 22, "Philipp Janssen <philipp.janssen@netzpost.example>") + "\n" + q(T("""
    Moin, wie hoch ist 2026 eigentlich die Versicherungspflichtgrenze? Ich wechsel bald den Job und überlege ob PKV für mich in Frage kommt. Danke!
    """))
    return build(n, me("demir"), who, "AW: Versicherungspflichtgrenze 2026", (2026, 6, 19, 8, 50), text(body),
                 irt=cid("", "netzpost.example", 2026, 6, 18, "pj-jaeg"))


@mail(C, "mixed", "insurer-to-customer",
      "household contents (outside cover): phone and wallet stolen in a club; German/English mix; base64 body")
def m139(n):
    cust = ("Zoe Lambert", "zoe.lambert@fastinbox.example")
    body = T("""
    Hi Zoe,

    oh nein, sorry to hear that!

    Kurz zur Einordnung: a pickpocketing theft (einfacher Diebstahl) in a club is
    unfortunately not covered by the Außenversicherung of your Hausrat HR-705 611 0
    – that only covers burglary or robbery (Raub, i.e. with violence or threat).
    Since nobody threatened you and the bag was just gone from the table, it's a
    simple theft.

    What IS covered: if someone used your stolen cards, the card fraud protection in
    your policy pays up to 1,000 € – please block your cards (116 116) and tell me if
    there are unknown transactions. The police report (Aktenzeichen 0618/26) is
    all we need for that.

    Viele Grüße
    Murat Yılmaz
    """) + "\n" + sig("yilmaz") + "\n" + de_am(2026, 6, 21, 11, 3, "Zoe Lambert <zoe.lambert@fastinbox.example>") + "\n" + q(T("""
    hiii, gestern im club (Sputnikhalle) wurde mir mein handy und mein portemonnaie geklaut 😭 the bag was on the table for like 5 minutes. polizei anzeige ist gemacht (0618/26). zahlt das die hausrat?? iPhone 15 + ca 80 € bargeld + ausweis + karten
    zoe
    """))
    return build(n, me("yilmaz"), cust, "AW: handy + geldbeutel geklaut", (2026, 6, 22, 9, 12), text(body, cte="base64"),
                 irt=cid("", "fastinbox.example", 2026, 6, 21, "zl-club"))


@mail(N, "en", "auto-reply",
      "out-of-office auto-reply (English) of the broker support mailbox; no content")
def m140(n):
    body = T("""
    Thank you for your e-mail.

    I'm on parental leave until 31 August 2026 and will not read my messages. Your
    e-mail has not been forwarded. Please contact our broker support team at
    maklerbetreuung@weidenhof.example or +49 251 98760-250.

    Minh Nguyen
    Broker Support | Weidenhof Versicherung AG
    """)
    return build(n, me("nguyen"), ("Lars Wikström", "lars.wikstrom@nordic-brokers.example"),
                 "Automatic reply: Q3 product training", (2026, 6, 22, 10, 2),
                 text(body, charset="us-ascii", cte="7bit"),
                 irt=cid("", "nordic-brokers.example", 2026, 6, 22, "lw-trn"),
                 extra=[("Auto-Submitted", "auto-replied")])


@mail(N, "en", "insurer-to-public",
      "trap: registration reply for a free webinar 'Moving to Germany with kids - healthcare basics'; text/html only")
def m141(n):
    who = ("Amelia Clarke", "amelia.clarke@inbox-mail.example")
    h = html_doc(T("""
    <p>Hi Amelia,</p>
    <p>thanks for signing up! Here are the details for our free webinar
    <b>&ldquo;Moving to Germany with kids &ndash; healthcare basics&rdquo;</b>:</p>
    <ul>
    <li>Date: Thursday, 2 July 2026, 7:00&ndash;8:00 pm (CEST)</li>
    <li>Link: <a href="https://webinar.weidenhof.example/kids-healthcare">webinar.weidenhof.example/kids-healthcare</a></li>
    <li>Topics: paediatricians and U-check-ups, vaccinations, dental care for children,
    what to do in an emergency at night</li>
    </ul>
    <p>You can send questions in advance, but please keep them general &ndash; we can&rsquo;t
    discuss individual medical situations in the webinar.</p>
    <p>Best,<br>Sophie Wagner<br>International Health Desk</p>
    <p style="color:#666">On Mon, 22 Jun 2026 at 20:47, Amelia Clarke wrote:</p>
    <blockquote style="border-left:2px solid #ccc;padding-left:8px">hi! I'd like to join the webinar on kids &amp; healthcare, we're moving from Manchester in August with our two little ones (3 and 6). is it free? thx :)</blockquote>
    """), lang="en")
    return build(n, me("wagner"), who, "RE: webinar kids & healthcare", (2026, 6, 23, 9, 30), html(h, cte="base64"),
                 irt=cid("", "inbox-mail.example", 2026, 6, 22, "ac-web"))


@mail(N, "de", "insurer-to-public",
      "trap: primary school asks for a traffic-safety day with a first-aid station for pupils; no personal data; iso-8859-1")
def m142(n):
    who = ("Grundschule am Kanal, Sekretariat", "sekretariat@gs-am-kanal.example")
    body = T("""
    Sehr geehrte Frau Niehoff,

    sehr gern unterstützen wir den Verkehrssicherheitstag der Grundschule am Kanal
    am 10. September!

    Wir können mitbringen:
    - unseren Fahrradparcours mit zwei Betreuern,
    - die "Toter Winkel"-Station mit einem Lkw unseres Partners,
    - 120 Warnwesten in Kindergröße.

    Für die Erste-Hilfe-Station mit Pflastern und Verbänden zum Üben fragen Sie
    bitte beim Jugendrotkreuz an; wir übernehmen gern die Kosten für das Material
    (bis 200 EUR).

    Ich rufe Sie nächste Woche zur Abstimmung an.

    Mit freundlichen Grüßen
    Ben Okafor
    """) + "\n" + sig("okafor") + "\n" + ol_de(
        "Sekretariat GS am Kanal <sekretariat@gs-am-kanal.example>", de_sent(2026, 6, 23, 10, 4),
        "presse@weidenhof.example", "Anfrage Verkehrssicherheitstag", T("""
    Sehr geehrte Damen und Herren,

    die Grundschule am Kanal plant am 10.09.2026 einen Verkehrssicherheitstag für unsere 3. und 4. Klassen (ca. 110 Kinder). Hätten Sie Interesse, sich mit einer Station zu beteiligen, z. B. Fahrradparcours oder Erste Hilfe für Kinder?

    Mit freundlichen Grüßen
    Karin Niehoff, Schulsekretariat
    """))
    return build(n, me("okafor"), who, "AW: Anfrage Verkehrssicherheitstag", (2026, 6, 24, 11, 0),
                 text(body, charset="iso-8859-1", cte="quoted-printable"),
                 irt=cid("", "gs-am-kanal.example", 2026, 6, 23, "gs-vst"))


@mail(N, "en", "insurer-to-prospect",
      "23-year-old apprentice asks which insurances he really needs in Germany; generic advice, age but no birth date")
def m143(n):
    who = ("Kofi Mensah", "kofi.mensah@netzpost.example")
    body = T("""
    Hi Kofi,

    great question - and good that you're asking before someone sells you five
    policies. In your situation (23, apprenticeship, renting a room):

    Must-have
    - Health insurance: you already have it through your apprenticeship
      (public Krankenkasse).
    - Personal liability (Haftpflicht): about 4-6 EUR a month. If you still live with
      your parents, you may be covered by their policy until the end of your first
      training - ask them.

    Worth thinking about
    - Disability insurance (Berufsunfaehigkeit): the younger you start, the cheaper.
      Many apprentices start with a small amount and increase it later.
    - Household contents: only if your things are worth more than a few thousand euros.

    Usually not needed now: life insurance (no one depends on your income), most
    add-ons offered with phones or travel.

    Happy to make you an offer if you like.

    Cheers,
    Aylin
    """) + "\n" + sig("demir", "en") + "\n" + en_on(2026, 6, 24, 18, 55, "Kofi Mensah <kofi.mensah@netzpost.example>") + "\n" + q(T("""
    hey, I'm 23 and started an apprenticeship (Mechatroniker) in Münster. which insurances do I really need in germany? everyone tells me something different and my bank guy wanted to sell me like 4 things
    """))
    return build(n, me("demir"), who, "RE: which insurance do I need?", (2026, 6, 25, 9, 0),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "netzpost.example", 2026, 6, 24, "km-ins"))


@mail(N, "de", "insurer-to-public",
      "trap: user asks what the health-bonus app does with step counts and heart rate; generic privacy answer, no data of the person")
def m144(n):
    who = ("Marlene Dierkes", "marlene.dierkes@mailpost.example")
    body = T("""
    Hallo Frau Dierkes,

    danke für Ihre kritische Frage – die ist berechtigt.

    Die App "Weidenhof Bonus" speichert Schritte und Herzfrequenz nur auf Ihrem
    Smartphone. An uns übermittelt wird einmal im Monat nur, ob Sie ein Ziel erreicht
    haben (ja/nein) – keine Messwerte, keine Uhrzeiten, keine Standortdaten. Die
    Bonuspunkte haben keinen Einfluss auf Beiträge, Gesundheitsprüfungen oder
    Leistungsentscheidungen; das ist so auch in den Nutzungsbedingungen festgelegt.

    Sie können die Verbindung zur Smartwatch jederzeit trennen und die App löschen,
    dann löschen wir auch den Ja/Nein-Verlauf.

    Viele Grüße
    Lucía Ortiz
    """) + "\n" + sig("ortiz") + "\n" + de_am(2026, 6, 25, 21, 4, "Marlene Dierkes <marlene.dierkes@mailpost.example>") + "\n" + q(T("""
    Hallo, ich überlege die Bonus-App zu nutzen, aber was passiert mit meinen Daten von der Smartwatch (Schritte, Puls usw)?? Seht ihr das und wird dann mein Beitrag teurer wenn ich faul bin? 😅
    """))
    return build(n, me("ortiz"), who, "AW: Bonus-App Daten", (2026, 6, 26, 10, 22), text(body),
                 irt=cid("", "mailpost.example", 2026, 6, 25, "md-app"))


@mail(N, "en", "insurer-to-prospect",
      "prospect asks whether legal expenses insurance covers a dispute that already started; generic waiting-period answer")
def m145(n):
    who = ("Patrick Doyle", "patrick.doyle@kabelnet.example")
    body = T("""
    Hi Patrick,

    I'm afraid I have to be honest with you: no insurer can cover a dispute that has
    already started before the policy begins - otherwise everyone would only take out
    legal insurance once they have a problem.

    For most areas (employment, tenancy, neighbours) there's also a waiting period
    of 3 months after the start of the policy. Traffic disputes and claims for damages
    are covered immediately.

    So: for your current issue you'd have to pay a lawyer yourself (an initial
    consultation costs up to 226 EUR incl. VAT by law). For the future, taking out a
    policy now is still a good idea - happy to send you an offer.

    Best regards,
    Lena Hoffmann
    """) + "\n" + sig("hoffmann", "en") + "\n" + en_on(2026, 6, 26, 13, 12, "Patrick Doyle <patrick.doyle@kabelnet.example>") + "\n" + q(T("""
    A friend recommended your legal expenses insurance. If I take it out now, does it cover a dispute that already started last month? Asking for... myself, obviously.
    """))
    return build(n, me("hoffmann"), who, "RE: legal insurance - existing dispute?", (2026, 6, 29, 9, 5),
                 text(asc(body), charset="us-ascii", cte="7bit"), irt=cid("", "kabelnet.example", 2026, 6, 26, "pd-legal"))


@mail(N, "en", "insurer-to-public",
      "trap: organiser asks for a donation for a charity run for cancer research; sponsorship answer with flyer PDF; multipart/mixed with alternative")
def m146(n):
    who = ("Run for Hope Münster e.V.", "team@runforhope-muenster.example")
    plain = T("""
    Dear Ms Kaminski,

    thank you for your lovely message. We're happy to support "Run for Hope" again
    this year: Weidenhof will donate 5 EUR for every kilometre our employee team
    runs, up to 5,000 EUR, and we'll set up a water station at kilometre 4.

    I've attached our flyer for your sponsor page. Could you send us your logo and
    the confirmation of charitable status for our accounting?

    All the best for the event,
    Ben Okafor
    """) + "\n" + sig("okafor", "en") + "\n" + en_on(2026, 6, 29, 10, 0, "Run for Hope Münster <team@runforhope-muenster.example>") + "\n" + q(T("""
    Dear Weidenhof team,
    our charity run "Run for Hope" on 13 September raises money for childhood cancer research at the university hospital. Last year 1,200 runners joined! Would you like to sponsor us again or enter a team? Every kilometre counts 💛
    Agnieszka Kaminski, Run for Hope Münster e.V.
    """))
    h = html_doc(para_html(plain), lang="en")
    pdf = pdf_bytes([
        "# Weidenhof runs for hope",
        "Team Weidenhof at Run for Hope Münster, 13 September 2026",
        "5 EUR for every kilometre - up to 5,000 EUR for childhood cancer research",
        "Water station at km 4 - come and say hello!",
    ], title="Flyer Run for Hope", compress=False)
    return build(n, me("okafor"), who, "RE: Sponsoring Run for Hope 2026", (2026, 6, 30, 14, 30),
                 mixed(alt(text(plain), html(h)), att(pdf, "application/pdf", "Weidenhof_RunForHope_Flyer.pdf")),
                 irt=cid("", "runforhope-muenster.example", 2026, 6, 29, "rfh"))


@mail(S, "de", "insurer-to-customer",
      "motor liability: rear-end collision, the other driver complains of neck pain / whiplash -> third party's health data")
def m147(n):
    cust = ("Sebastian Krüger", "sebastian.krueger@webmail-de.example")
    body = T("""
    Hallo Herr Krüger,

    danke für Ihre Meldung. Ich habe den Unfall unter K-2026-041870 zu Ihrer
    Kfz-Haftpflicht KF 9 488 215 (MS-SK 1904) aufgenommen.

    Dass die andere Fahrerin über Nackenschmerzen klagt und ins Krankenhaus gefahren
    ist, müssen wir ernst nehmen – auch wenn der Aufprall langsam war. Bitte:

    - keine Schuldanerkenntnis und keine Zahlungszusagen gegenüber Frau Lange,
    - schicken Sie mir die Kopie des Unfallberichts und die Fotos,
    - falls sich ihr Anwalt bei Ihnen meldet, leiten Sie das Schreiben einfach an
      mich weiter.

    Ob ein Schleudertrauma bei dieser geringen Geschwindigkeit überhaupt plausibel
    ist, prüfen wir bei Bedarf mit einem biomechanischen Gutachten. Darum müssen Sie
    sich aber nicht kümmern.

    Viele Grüße
    Jana Petersen
    """) + "\n" + sig("petersen") + "\n" + ol_de(
        "Sebastian Krüger <sebastian.krueger@webmail-de.example>", de_sent(2026, 7, 1, 18, 5),
        "kfz@weidenhof.example", "Auffahrunfall", T("""
    Hallo,

    bin heute an der Ampel Weseler Str./Kolde-Ring mit vielleicht 10 km/h auf einen Golf aufgefahren, war abgelenkt, mein Fehler. Bei mir nix, beim Golf die Stoßstange. Die Fahrerin (Frau Lange) hat aber direkt über Nackenschmerzen geklagt, Schleudertrauma sagt sie, und ist mit ihrem Mann ins Krankenhaus gefahren. Sie hat meine Daten. Was kommt da jetzt auf mich zu?

    Sebastian Krüger
    """))
    return build(n, me("petersen"), cust, "AW: Auffahrunfall", (2026, 7, 2, 9, 40), text(body),
                 irt=cid("", "webmail-de.example", 2026, 7, 1, "sk-auff"))


@mail(C, "de", "insurer-to-customer",
      "explicit [vertraulich] tag; household insurance while the student is abroad for a semester; contract and sublet details; iso-8859-1")
def m148(n):
    cust = ("Johanna Fleige", "johanna.fleige@uni-mail.example")
    body = T("""
    Hallo Frau Fleige,

    gute Nachricht: Ihre Hausrat HR-612 880 5 läuft während Ihres Auslandssemesters
    in Lyon einfach weiter. Wichtig ist nur:

    - Wenn Sie Ihr Zimmer untervermieten, bleiben Ihre Sachen versichert; die Sachen
      Ihrer Untermieterin aber nicht, die braucht ggf. eine eigene Hausrat.
    - Steht die Wohnung länger als 60 Tage leer, müssen Sie uns das mitteilen.
    - Ihr Laptop und Ihre Kamera sind auch in Lyon über die Außenversicherung
      versichert (bis 30 % der Versicherungssumme, also bis 9.300 EUR), allerdings nur
      bei Einbruch oder Raub.

    Ich habe die Untervermietung an Frau Carla Wendt vom 01.09.2026 bis 31.01.2027
    im Vertrag vermerkt.

    Viele Grüße
    Paul Riedel
    """) + "\n" + sig("riedel") + "\n" + de_am(2026, 7, 2, 14, 30, "Johanna Fleige <johanna.fleige@uni-mail.example>") + "\n" + q(T("""
    [vertraulich] hallo! ich bin ab september für ein semester in lyon und vermiete mein zimmer in der WG (Studtstraße 19) unter an Carla Wendt. muss ich mit der hausrat was machen? bitte vertraulich behandeln, mein vermieter weiß noch nix von der untermiete (!)
    """))
    return build(n, me("riedel"), cust, "[vertraulich] AW: Hausrat während Auslandssemester", (2026, 7, 3, 10, 15),
                 text(body, charset="iso-8859-1", cte="8bit"), irt=cid("", "uni-mail.example", 2026, 7, 2, "jf-lyon"))


@mail(N, "de", "internal",
      "trap: mail template for confirming receipt of a benefit claim, with [[placeholders]] for name, contract and documents")
def m149(n):
    body = T("""
    Hallo Team,

    ab Montag nutzen wir für Eingangsbestätigungen von Leistungsanträgen (Unfall,
    BU, Pflege) die folgende Vorlage im Ticketsystem (Baustein "EB-LA-2026").
    Bitte nicht mehr die alte Vorlage mit "Ihre Krankheit" verwenden – wir nennen
    in Eingangsbestätigungen grundsätzlich keine Diagnose.

    ------------------------------------------------------------------
    Betreff: Ihr Leistungsantrag [[Vorgangsnummer]]

    [[Anrede]] [[Nachname]],

    vielen Dank für Ihren Leistungsantrag vom [[Eingangsdatum]] zu Ihrem Vertrag
    [[Vertragsnummer]]. Wir haben folgende Unterlagen erhalten:
    [[Liste_Unterlagen]]

    Damit wir zügig entscheiden können, benötigen wir noch:
    [[Liste_fehlende_Unterlagen]]

    Bitte laden Sie die Unterlagen im Kundenportal hoch oder senden Sie sie per
    Post. Medizinische Unterlagen bitte nicht per unverschlüsselter E-Mail.

    Ihre Ansprechperson: [[Sachbearbeitung_Name]], Telefon [[Durchwahl]]
    ------------------------------------------------------------------

    Danke!
    Frank
    """) + "\n" + sig("moeller", short=True)
    return build(n, me("moeller"), [("Leistung Personenversicherung", "leistung-pv-team@" + DOM)],
                 "Neue Vorlage Eingangsbestätigung Leistungsantrag (EB-LA-2026)", (2026, 7, 3, 16, 0), text(body))


@mail(S, "en", "insurer-to-customer",
      "critical illness cover: customer diagnosed with breast cancer asks about the lump-sum payout; claim form PDF")
def m150(n):
    cust = ("Rachel Stein", "rachel.stein@fastinbox.example")
    body = T("""
    Dear Rachel,

    thank you for writing to us, and I'm so sorry about your diagnosis. Please take
    all the time you need with this - there is no deadline you could miss.

    Your critical illness policy LV 6120 3395 08 pays the full lump sum of 80,000 EUR
    for a diagnosis of invasive cancer. From what you describe (invasive ductal
    carcinoma, confirmed by biopsy on 24 June), this applies.

    What we need:
    1. the attached claim form, signed - I've filled in what I already know,
    2. the histology report of the biopsy (a copy is enough),
    3. a confidentiality release for the breast centre, only if the report is
       unclear - usually it isn't.

    Once we have the histology report, we usually pay within two weeks. The payout
    is tax-free and you can use it however you like.

    If it's easier, we can also do everything by phone - just tell me when suits you.

    With warm regards,
    Tobias Brandt
    """) + "\n" + sig("brandt", "en") + footer("leben", "en") + "\n" + ol_en(
        "Rachel Stein <rachel.stein@fastinbox.example>", en_sent(2026, 7, 5, 22, 10),
        "life@weidenhof.example", "critical illness claim", T("""
    Hello,

    I was diagnosed with breast cancer two weeks ago (invasive ductal carcinoma, left side, biopsy 24th June). Surgery is planned for July and chemo after. I have a critical illness policy with you from 2019. I honestly don't know what I'm supposed to do now or if it even pays for this. Could someone explain it in simple terms? I'm a bit overwhelmed.

    Rachel Stein
    """))
    pdf = pdf_bytes([
        "# Claim form - critical illness benefit",
        "Policy: LV 6120 3395 08, sum insured 80,000 EUR",
        "Insured person: Rachel Stein, born 11.08.1979",
        "Diagnosis as stated by the insured: invasive ductal carcinoma, left breast (C50.9)",
        "Date of diagnosis (biopsy): 24.06.2026, Brustzentrum Münster",
        "",
        "Treating physician: ______________________",
        "Bank account for payment: ______________________",
        "Signature: ______________________   Date: __________",
    ], title="Claim form LV 6120 3395 08", author="Weidenhof Lebensversicherung AG")
    return build(n, me("brandt"), cust, "RE: critical illness claim", (2026, 7, 6, 10, 30),
                 mixed(text(body), att(pdf, "application/pdf", "Claim_form_LV6120339508.pdf")),
                 irt=cid("", "fastinbox.example", 2026, 7, 5, "rs-ci"))


# ===========================================================================
# build and check
# ===========================================================================

KINDS_OK = re.compile(r"^(internal|newsletter|auto-reply|customer|broker|doctor|lawyer|"
                      r"insurer-to-(customer|prospect|public|applicant|jobseeker|broker|doctor|"
                      r"lawyer|supplier|partner|press))$")


def generate():
    files, rows = {}, []
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        assert fn.__name__ == "m%03d" % i, (fn.__name__, i)
        raw = fn(i)
        name = "%s%04d.eml" % (PREFIX, i)
        files[name] = raw
        rows.append((name, label, lang, kind, reason))
    tsv = "file\tlabel\tlang\tkind\treason\n" + "".join("\t".join(r) + "\n" for r in rows)
    return files, tsv.encode("utf-8"), rows


def write():
    files, tsv, rows = generate()
    md = os.path.join(HERE, "mails")
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f not in files:
            os.remove(os.path.join(md, f))
    for name, raw in files.items():
        with open(os.path.join(md, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(tsv)
    print("wrote %d mails and labels.tsv" % len(files))


class _HT(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _HT()
    p.feed(s)
    p.close()
    return " ".join(p.out)


def check_pdf(b):
    assert b.startswith(b"%PDF-1."), "no PDF header"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    assert m, "no startxref/%%EOF"
    x = int(m.group(1))
    assert b[x:x + 4] == b"xref", "startxref does not point to xref"
    lines = b[x:].split(b"\n")
    first, count = map(int, lines[1].split())
    texts = []
    for i in range(count):
        e = lines[2 + i]
        off, gen, typ = e.split()[:3]
        if typ == b"n":
            off = int(off)
            num = first + i
            assert b[off:].startswith(b"%d 0 obj" % num), "xref offset wrong for obj %d" % num
            end = b.index(b"endobj", off)
            obj = b[off:end]
            if b"stream\n" in obj:
                d, rest = obj.split(b"stream\n", 1)
                ln = int(re.search(rb"/Length (\d+)", d).group(1))
                data = rest[:ln]
                if b"/FlateDecode" in d:
                    data = zlib.decompress(data)
                for s in re.finditer(rb"\(((?:\\.|[^\\()])*)\)\s*Tj", data):
                    t = re.sub(rb"\\(.)", rb"\1", s.group(1))
                    texts.append(t.decode("cp1252"))
    txt = "\n".join(texts)
    assert txt.strip(), "PDF without text layer"
    return txt


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def check_ooxml(b, kind):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.testzip() is None
    names = z.namelist()
    assert "[Content_Types].xml" in names and "_rels/.rels" in names
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            ET.fromstring(z.read(nm))
    if kind == "docx":
        return _xml_text(z.read("word/document.xml"))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    out = []
    for sh in wb.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"):
        rid = sh.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        out.append(_xml_text(z.read("xl/" + targets[rid])))
    return "\n".join(out)


def check_odf(b, kind):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.testzip() is None
    info = z.infolist()[0]
    assert info.filename == "mimetype" and info.compress_type == zipfile.ZIP_STORED
    want = {"odt": ODT_CT, "ods": ODS_CT}[kind]
    assert z.read("mimetype").decode() == want
    ET.fromstring(z.read("META-INF/manifest.xml"))
    ET.fromstring(z.read("meta.xml"))
    return _xml_text(z.read("content.xml"))


def check_ics(s):
    s2 = re.sub(r"\r?\n[ \t]", "", s)
    ls = [l for l in s2.splitlines() if l]
    assert ls[0] == "BEGIN:VCALENDAR" and ls[-1] == "END:VCALENDAR"
    assert "BEGIN:VEVENT" in ls and "END:VEVENT" in ls
    for l in ls:
        if l.startswith("DTSTART;") or l.startswith("DTSTART:"):
            if "VEVENT" in s2.split(l)[0].split("BEGIN:")[-1]:
                assert l.split(":")[-1].startswith("2026"), l
    return s2


def check_file(name, data, stats, counter):
    """Return list of (kind, text) for the later scans."""
    ext = name.lower().rsplit(".", 1)[-1]
    counter[ext] = counter.get(ext, 0) + 1
    if ext == "pdf":
        return [check_pdf(data)]
    if ext in ("docx", "xlsx"):
        return [check_ooxml(data, ext)]
    if ext in ("odt", "ods"):
        return [check_odf(data, ext)]
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for nm in z.namelist():
            if nm.endswith("/"):
                continue
            out += check_file(nm, z.read(nm), stats, counter)
        return out
    if ext in ("csv", "txt"):
        s = data.decode("utf-8-sig") if not stats.get("cs") else data.decode(stats["cs"])
        if ext == "csv":
            rows = list(csv.reader(io.StringIO(s), delimiter=";"))
            assert len(rows) >= 2
        return [s]
    raise AssertionError("unknown attachment type " + name)


def check():
    files, tsv, rows = generate()
    files2, tsv2, _ = generate()
    errors = []
    assert files == files2 and tsv == tsv2, "generator not deterministic"
    md = os.path.join(HERE, "mails")
    on_disk = sorted(os.listdir(md))
    if on_disk != sorted(files):
        errors.append("mails/ differs from generator file list")
    for name, raw in files.items():
        p = os.path.join(md, name)
        if not os.path.exists(p) or open(p, "rb").read() != raw:
            errors.append(name + ": not byte-identical to a fresh build")
    if open(os.path.join(HERE, "labels.tsv"), "rb").read() != tsv:
        errors.append("labels.tsv not byte-identical")

    msgids = set()
    stat = {"top": {}, "charset": {}, "cte": {}, "att": {}, "with_att": 0}
    iban_count = 0
    for (name, label, lang, kind, reason) in rows:
        raw = files[name]
        try:
            if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
                raise AssertionError("bare LF or CR")
            for ln in raw.split(b"\r\n"):
                if len(ln) > 998:
                    raise AssertionError("line longer than 998 bytes")
            head = raw.split(b"\r\n\r\n", 1)[0]
            head.decode("ascii")
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            frm = msg["From"].addresses
            assert len(frm) == 1 and frm[0].domain == DOM, "not sent from " + DOM
            texts = [str(msg["Subject"])]
            top = msg.get_content_type()
            stat["top"][top] = stat["top"].get(top, 0) + 1
            has_att = False
            att_counter = {}
            for part in msg.walk():
                for k, v in part.items():
                    str(v)
                    if getattr(v, "defects", None):
                        raise AssertionError("header defect %s: %r" % (k, v.defects))
                if part.defects:
                    raise AssertionError("MIME defect: %r" % part.defects)
                if part.get("Date"):
                    if parsedate_to_datetime(str(part["Date"])).year != 2026:
                        raise AssertionError("date not in 2026")
                if part.get("Message-ID"):
                    mid = str(part["Message-ID"]).strip()
                    if mid in msgids:
                        raise AssertionError("duplicate Message-ID " + mid)
                    msgids.add(mid)
                for h in ("From", "To", "Cc", "Reply-To", "Sender"):
                    if part.get(h):
                        for a in part[h].addresses:
                            if not a.domain.endswith(".example"):
                                raise AssertionError("domain not .example: " + a.domain)
                for h in ("Message-ID", "In-Reply-To", "References"):
                    if part.get(h):
                        for d in re.findall(r"@([^>\s]+)>", str(part[h])):
                            if not d.endswith(".example"):
                                raise AssertionError("id domain not .example: " + d)
                if part.is_multipart() or part.get_content_type() == "message/rfc822":
                    continue
                cte = part.get("Content-Transfer-Encoding", "7bit").lower()
                ct = part.get_content_type()
                fn = part.get_filename()
                rawp = part.get_payload(decode=False)
                if cte == "base64":
                    base64.b64decode("".join(rawp.split()), validate=True)
                elif cte == "7bit":
                    rawp.encode("ascii")
                payload = part.get_payload(decode=True)
                if fn:
                    has_att = True
                if ct.startswith("text/"):
                    cs = part.get_content_charset() or "us-ascii"
                    s = payload.decode(cs)  # strict
                    if not fn:
                        stat["charset"][cs] = stat["charset"].get(cs, 0) + 1
                        stat["cte"][cte] = stat["cte"].get(cte, 0) + 1
                    if ct == "text/html":
                        texts.append(html_text(s))
                        if fn:
                            att_counter["html"] = att_counter.get("html", 0) + 1
                    elif ct == "text/calendar":
                        texts.append(check_ics(s))
                        att_counter["ics"] = att_counter.get("ics", 0) + 1
                    elif fn:
                        texts += check_file(fn, payload, {"cs": cs}, att_counter)
                    else:
                        texts.append(s)
                elif fn:
                    texts += check_file(fn, payload, {}, att_counter)
                else:
                    raise AssertionError("non-text part without filename: " + ct)
            for part in msg.walk():
                if part.get_content_type() == "message/rfc822":
                    att_counter["eml"] = att_counter.get("eml", 0) + 1
                    has_att = True
            for k, v in att_counter.items():
                stat["att"][k] = stat["att"].get(k, 0) + v
            if has_att:
                stat["with_att"] += 1
            blob = "\n".join(texts)
            for d in re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", blob):
                if not d.lower().endswith(".example"):
                    raise AssertionError("address domain in text not .example: " + d)
            for d in re.findall(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)", blob):
                d = d.rstrip(".")
                if not d.lower().endswith(".example"):
                    raise AssertionError("URL domain not .example: " + d)
            for ib in re.findall(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b", blob, re.I):
                iban_count += 1
                if not iban_ok(ib):
                    raise AssertionError("German IBAN fails mod 97: " + ib)
        except Exception as e:  # noqa
            errors.append("%s: %s: %s" % (name, type(e).__name__, e))
        if label not in LABELS:
            errors.append(name + ": bad label")
        if lang not in ("de", "en", "mixed"):
            errors.append(name + ": bad lang")
        if not KINDS_OK.match(kind):
            errors.append(name + ": bad kind " + kind)
        if not reason or "\t" in reason or "\n" in reason:
            errors.append(name + ": bad reason")
        if reason.startswith("trap:") and label != N:
            errors.append(name + ": trap on non-NORMAL mail")

    counts = {l: sum(1 for r in rows if r[1] == l) for l in LABELS}
    want = {N: 60, C: 45, S: 45}
    if len(rows) != 150 or counts != want:
        errors.append("label counts %r, want %r" % (counts, want))

    # statistics
    print("mails: %d   labels: %s" % (len(rows), ", ".join("%s %d" % (l, counts[l]) for l in LABELS)))
    langs = ("de", "en", "mixed")
    print("\nlabel x lang")
    for l in LABELS:
        print("  %-22s %s" % (l, "  ".join("%s %3d" % (g, sum(1 for r in rows if r[1] == l and r[2] == g)) for g in langs)))
    print("  %-22s %s" % ("total", "  ".join("%s %3d" % (g, sum(1 for r in rows if r[2] == g)) for g in langs)))
    print("\nkind x label (N / C / S)")
    for k in sorted(set(r[3] for r in rows), key=lambda k: -sum(1 for r in rows if r[3] == k)):
        print("  %-24s %3d   %3d / %3d / %3d" % (k, sum(1 for r in rows if r[3] == k),
              *[sum(1 for r in rows if r[3] == k and r[1] == l) for l in LABELS]))
    print("\ntraps (NORMAL, reason starts with trap:): %d; grey decisions: %d"
          % (sum(1 for r in rows if r[4].startswith("trap:")), sum(1 for r in rows if "grey:" in r[4])))
    print("top-level types:", ", ".join("%s %d" % kv for kv in sorted(stat["top"].items())))
    print("body charsets:", ", ".join("%s %d" % kv for kv in sorted(stat["charset"].items())))
    print("body transfer encodings:", ", ".join("%s %d" % kv for kv in sorted(stat["cte"].items())))
    print("mails with attachments: %d" % stat["with_att"])
    print("attachments by type (ZIP members counted):", ", ".join("%s %d" % kv for kv in sorted(stat["att"].items())))
    print("German IBANs checked (mod 97): %d; unique Message-IDs: %d" % (iban_count, len(msgids)))
    if errors:
        print("\nCHECK FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nCHECK OK: byte-identical rebuild, CRLF only, lines <= 998, no MIME defects, unique "
          "Message-IDs, dates 2026, .example domains, charsets decode, attachments open, IBANs valid, "
          "label counts 60/45/45")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
