#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev211 for the Siegel secure-mail gateway.

150 hand-written, fictitious e-mails of the Lindenhof Versicherungsgruppe
(domain lindenhof-versicherung.example), one month (March 2026) of outgoing mail.

    python3 make_corpus.py          writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check  rebuilds into a temporary folder, compares byte
                                    for byte and checks every mail and attachment

Python standard library only.  Office files are ZIPs of hand-written XML, PDFs are
hand-built (Helvetica, WinAnsiEncoding, FlateDecode).  Everything is deterministic.
"""
import argparse
import collections
import datetime
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

PREFIX = "d211-"
COUNT = 150
DOMAIN = "lindenhof-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# dates, ids
# ---------------------------------------------------------------------------

def dt(day, h, m, s=0, month=3):
    """RFC 5322 date in 2026; CET until Sunday 29 March 2026 02:00, then CEST."""
    if month < 3 or (month == 3 and (day < 29 or (day == 29 and h < 2))):
        off = 1
    else:
        off = 2
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(2026, month, day, h, m, s, tzinfo=tz))


def pdfdate(day, h, m, month=3):
    off = 1 if (month < 3 or (month == 3 and day < 29)) else 2
    return "D:2026%02d%02d%02d%02d00+0%d'00'" % (month, day, h, m, off)


def isodate(day, h, m, month=3):
    return "2026-%02d-%02dT%02d:%02d:00Z" % (month, day, h, m)


def _hid(seed, k=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:k].upper()


def mid(seed, host="mail." + DOMAIN):
    return "<%s.%s@%s>" % (_hid(seed, 12), _hid(seed + "/2", 8), host)


# ---------------------------------------------------------------------------
# IBAN (ISO 13616 / ISO 7064 mod 97-10)
# ---------------------------------------------------------------------------

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban, fmt="plain"):
    bban = bban.replace(" ", "").upper()
    check = 98 - _iban_num(bban + country + "00") % 97
    s = "%s%02d%s" % (country, check, bban)
    if fmt == "grouped":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if fmt == "lower":
        return s.lower()
    return s


def creditor_id(country, national, business="ZZZ"):
    """SEPA creditor identifier; check digits over the national id only."""
    check = 98 - _iban_num(national + country + "00") % 97
    return "%s%02d%s%s" % (country, check, business, national)


def creditor_ok(s):
    s = s.replace(" ", "").upper()
    return _iban_num(s[7:] + s[:4]) % 97 == 1


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) > 14 and _iban_num(s[4:] + s[:4]) % 97 == 1


# ---------------------------------------------------------------------------
# people of the insurer: every person always signs the same way
# ---------------------------------------------------------------------------

CO_KV = ("Lindenhof Krankenversicherung a.G.\n"
         "Am Lindenhof 1-5 | 48143 Münster")
CO_LV = ("Lindenhof Lebensversicherung AG\n"
         "Am Lindenhof 1-5 | 48143 Münster")
CO_AV = ("Lindenhof Allgemeine Versicherung AG\n"
         "Am Lindenhof 1-5 | 48143 Münster")
CO_SV = ("Lindenhof Services GmbH\n"
         "Am Lindenhof 1-5 | 48143 Münster")

FOOT_KV = ("Lindenhof Krankenversicherung a.G. | Sitz Münster | Amtsgericht Münster HRB 9071\n"
           "Vorstand: Dr. Carsten Vehling (Vors.), Britta Ommen, Jörg Leistikow\n"
           "Vorsitzende des Aufsichtsrats: Prof. Dr. Hella Brandis")
FOOT_LV = ("Lindenhof Lebensversicherung AG | Sitz Münster | Amtsgericht Münster HRB 9072\n"
           "Vorstand: Dr. Carsten Vehling (Vors.), Nils Kampmann, Britta Ommen\n"
           "Vorsitzende des Aufsichtsrats: Prof. Dr. Hella Brandis")
FOOT_AV = ("Lindenhof Allgemeine Versicherung AG | Sitz Münster | Amtsgericht Münster HRB 9073\n"
           "Vorstand: Jörg Leistikow (Vors.), Nils Kampmann\n"
           "Vorsitzender des Aufsichtsrats: Dr. Reinhold Tewes")
FOOT_SV = ("Lindenhof Services GmbH | Sitz Münster | Amtsgericht Münster HRB 11840\n"
           "Geschäftsführung: Annika Dreyer, Matthias Kolbe")
DISCLAIMER_EN = (
    "This e-mail may contain confidential information. If you are not the intended\n"
    "recipient, please notify the sender and delete it. Any unauthorised copying or\n"
    "forwarding is prohibited.")
DISCLAIMER_DE = (
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der\n"
    "richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie\n"
    "diese E-Mail. Das unerlaubte Kopieren oder Weitergeben ist nicht gestattet.")


class Person:
    def __init__(self, name, local, lines, company, footer):
        self.name = name
        self.email = "%s@%s" % (local, DOMAIN)
        self.addr = Address(name, addr_spec=self.email)
        self.sig = "-- \n" + name + "\n" + lines + "\n\n" + company + "\n\n" + footer

    def short(self):
        return self.name


P = {
    # Lindenhof Krankenversicherung a.G. (health, care)
    "kraemer": Person("Sabine Krämer", "sabine.kraemer",
                      "Kundenservice Krankenversicherung\nTel. +49 251 9960-2114",
                      CO_KV, FOOT_KV),
    "petersen": Person("Jonas Petersen", "jonas.petersen",
                       "Mitgliederservice | Telefonteam\nTel. +49 251 9960-2100",
                       CO_KV, FOOT_KV),
    "hahn": Person("Dr. med. Ulrike Hahn", "ulrike.hahn",
                   "Beratungsärztin | Gesellschaftsärztlicher Dienst\nTel. +49 251 9960-2390",
                   CO_KV, FOOT_KV),
    "aydin": Person("Murat Aydın", "murat.aydin",
                    "Leistungsprüfung ambulant / Zahn\nTel. +49 251 9960-2251",
                    CO_KV, FOOT_KV),
    "vogel": Person("Katrin Vogel", "katrin.vogel",
                    "Leistungsprüfung stationär | Krankenhausabrechnung\nTel. +49 251 9960-2273\nFax +49 251 9960-2299",
                    CO_KV, FOOT_KV),
    "sommer": Person("Heike Sommer", "heike.sommer",
                     "Pflegeberatung und Leistung Pflege\nTel. +49 251 9960-2330",
                     CO_KV, FOOT_KV),
    "ostermann": Person("Felix Ostermann", "felix.ostermann",
                        "Risikoprüfung Krankenversicherung\nTel. +49 251 9960-2412",
                        CO_KV, FOOT_KV),
    "clarke": Person("Emma Clarke", "emma.clarke",
                     "Team Lead | International Health Services\nPhone +49 251 9960-2800\n24/7 assistance: +49 251 9960-2888",
                     CO_KV, FOOT_KV),
    "okafor": Person("Daniel Okafor", "daniel.okafor",
                     "Claims Handler | International Health Services\nPhone +49 251 9960-2817",
                     CO_KV, FOOT_KV),
    "schuster": Person("Mei-Lin Schuster", "mei-lin.schuster",
                       "Aktuariat Kranken | Tarifkalkulation\nTel. +49 251 9960-2560",
                       CO_KV, FOOT_KV),
    # Lindenhof Lebensversicherung AG (life, disability, pensions)
    "neumann": Person("Claudia Neumann", "claudia.neumann",
                      "Risikoprüfung Leben / BU\nTel. +49 251 9960-3140",
                      CO_LV, FOOT_LV),
    "brenner": Person("Thomas Brenner", "thomas.brenner",
                      "Leistungsprüfung Berufsunfähigkeit\nTel. +49 251 9960-3220",
                      CO_LV, FOOT_LV),
    "dietrich": Person("Ralf Dietrich", "ralf.dietrich",
                       "Vertragsservice Leben & bAV\nTel. +49 251 9960-3105",
                       CO_LV, FOOT_LV),
    "albers": Person("Dr. Henrik Albers", "henrik.albers",
                     "Verantwortlicher Aktuar | Appointed Actuary\nTel. +49 251 9960-3500",
                     CO_LV, FOOT_LV),
    "mehta": Person("Rahul Mehta", "rahul.mehta",
                    "Reinsurance & Capital Management\nPhone +49 251 9960-3530",
                    CO_LV, FOOT_LV),
    # Lindenhof Allgemeine Versicherung AG (motor, property, liability, legal, travel, accident)
    "reuter": Person("Stefanie Reuter", "stefanie.reuter",
                     "Schadenservice Sach / Haftpflicht\nTel. +49 251 9960-4120",
                     CO_AV, FOOT_AV),
    "koehler": Person("Daniel Köhler", "daniel.koehler",
                      "Kraftfahrt Vertrag und Schaden\nTel. +49 251 9960-4310",
                      CO_AV, FOOT_AV),
    "lorenz": Person("Anja Lorenz", "anja.lorenz",
                     "Rechtsschutz-Schadenservice\nTel. +49 251 9960-4450",
                     CO_AV, FOOT_AV),
    "bianchi": Person("Marco Bianchi", "marco.bianchi",
                      "Reiseversicherung | Travel Claims\nTel. +49 251 9960-4520",
                      CO_AV, FOOT_AV),
    "frank": Person("Tobias Frank", "tobias.frank",
                    "Unfall-Leistung\nTel. +49 251 9960-4610",
                    CO_AV, FOOT_AV),
    "ahrens": Person("Benedikt Ahrens", "benedikt.ahrens",
                     "Firmenkunden Komposit | Underwriting\nTel. +49 251 9960-4700\nMobil +49 171 5520 318",
                     CO_AV, FOOT_AV),
    # Lindenhof Services GmbH (group functions)
    "nowak": Person("Piotr Nowak", "piotr.nowak",
                    "IT-Betrieb | Mail & Netzwerk\nTel. +49 251 9960-1440",
                    CO_SV, FOOT_SV),
    "hoffmann": Person("Lena Hoffmann", "lena.hoffmann",
                       "Anwendungsentwicklung Leistungssysteme\nTel. +49 251 9960-1470",
                       CO_SV, FOOT_SV),
    "wagner": Person("Dr. Ines Wagner", "ines.wagner",
                     "Datenschutzbeauftragte der Lindenhof Versicherungsgruppe\nTel. +49 251 9960-1090",
                     CO_SV, FOOT_SV),
    "grundmann": Person("Oliver Grundmann", "oliver.grundmann",
                        "Maklerbetreuung / Vertriebsservice\nTel. +49 251 9960-1720\nMobil +49 160 9143 7705",
                        CO_SV, FOOT_SV),
    "franke": Person("Julia Franke", "julia.franke",
                     "Unternehmenskommunikation | Pressesprecherin\nTel. +49 251 9960-1010\npresse@" + DOMAIN,
                     CO_SV, FOOT_SV),
    "martens": Person("Sven Martens", "sven.martens",
                      "Einkauf & Facility Management\nTel. +49 251 9960-1610",
                      CO_SV, FOOT_SV),
    "schaefer": Person("Nadine Schäfer", "nadine.schaefer",
                       "Personalbetreuung\nTel. +49 251 9960-1205",
                       CO_SV, FOOT_SV),
    "weiss": Person("Georg Weiß", "georg.weiss",
                    "Beitragsbuchhaltung / Inkasso\nTel. +49 251 9960-1330",
                    CO_SV, FOOT_SV),
}


def S(key):
    """Signature block of a staff member (always the same)."""
    return P[key].sig


def A(name, addr):
    return Address(name, addr_spec=addr)


def FN(local, name=""):
    """A functional mailbox of the insurer."""
    return Address(name, addr_spec="%s@%s" % (local, DOMAIN))


# ---------------------------------------------------------------------------
# building messages
# ---------------------------------------------------------------------------

_CUR = {"n": 0}


def new(frm, to, subject, date, cc=None, reply_to=None, irt=None, headers=(),
        seed=None, msgid=None):
    """A new outgoing message of the current mail."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm if not isinstance(frm, str) or "@" in frm else P[frm].addr
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or mid("%s%04d%s" % (PREFIX, _CUR["n"], seed or ""))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def ext(frm, to, subject, date, msgid, cc=None, headers=()):
    """A message written by someone else (to be forwarded or attached)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def flow(text):
    """Encode text as format=flowed (RFC 3676), wrapping long lines at 72."""
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ") if line != "-- " else line
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        if line == "-- " or len(line) <= 76:
            out.append(line)
            continue
        quote = re.match(r"^(>+ ?)", line)
        prefix = quote.group(1) if quote else ""
        rest = line[len(prefix):]
        words = rest.split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > 72:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


def body(m, text, cs="utf-8", cte="quoted-printable", flowed=False, subtype="plain"):
    if not text.endswith("\n"):
        text += "\n"
    params = {}
    if flowed:
        text = flow(text)
        params = {"format": "flowed"}
        if cte == "quoted-printable":
            cte = "8bit"
    m.set_content(text, subtype=subtype, charset=cs, cte=cte, params=params)
    return m


def html(m, markup, cs="utf-8", cte="quoted-printable"):
    """Add an HTML alternative (after body()) or set HTML as the only part."""
    if not markup.endswith("\n"):
        markup += "\n"
    if m.get_content_type() == "text/plain" and m.get_payload():
        m.add_alternative(markup, subtype="html", charset=cs, cte=cte)
    else:
        m.set_content(markup, subtype="html", charset=cs, cte=cte)
    return m


MIMETYPES = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "ics": ("text", "calendar"),
    "csv": ("text", "csv"),
    "tsv": ("text", "tab-separated-values"),
    "txt": ("text", "plain"),
    "log": ("text", "plain"),
    "xml": ("application", "xml"),
}


def att(m, filename, data, ctype=None, cs=None, cte=None):
    """Attach a file. Text types get a charset, binaries are base64."""
    if ctype is None:
        ctype = "/".join(MIMETYPES[filename.rsplit(".", 1)[1].lower()])
    maintype, subtype = ctype.split("/")
    if maintype == "text":
        if isinstance(data, bytes):
            data = data.decode(cs or "utf-8")
        params = {"method": "PUBLISH"} if subtype == "calendar" else None
        m.add_attachment(data, subtype=subtype, charset=cs or "utf-8",
                         cte=cte or "quoted-printable", filename=filename, params=params)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def fwd(m, inner, filename):
    """Attach a whole message as message/rfc822."""
    m.add_attachment(inner, filename=filename)
    return m


def finish(m, n):
    """Fix all MIME boundaries so that a rerun gives identical bytes."""
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_Part_%s%04d_%02d.%s" % (PREFIX.rstrip("-"), n, i,
                                                         _hid("b%d/%d" % (n, i), 10)))
    return m


# ---------------------------------------------------------------------------
# file formats (standard library only)
# ---------------------------------------------------------------------------

ZIPTIME = (2026, 3, 1, 8, 0, 0)


def mkzip(members, when=ZIPTIME, stored=()):
    """members: list of (name, bytes|str); deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def x(s):
    return _xesc(str(s), {'"': "&quot;"})


def _core(title, author, created, modified=None, app="Microsoft Office Word"):
    modified = modified or created
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (x(title), x(author), x(author), created, modified))


def _app(app):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><Company>Lindenhof Versicherungsgruppe</Company></Properties>' % x(app))


_RELS_ROOT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
              '</Relationships>')


def docx(blocks, title="", author="Lindenhof", created="2026-03-01T08:00:00Z"):
    """blocks: str (paragraph), ('h', str) heading, ('b', str) bold paragraph,
    ('table', [[cells], ...]) table with header row."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "",
                                           '<w:sz w:val="%d"/>' % size if size else "")
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, x(t))

    def para(t, bold=False, size=None):
        return "<w:p>%s</w:p>" % "".join(
            run(seg, bold, size) + ('<w:r><w:br/></w:r>' if i < len(t.split("\n")) - 1 else "")
            for i, seg in enumerate(t.split("\n")))

    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(para(b))
        elif b[0] == "h":
            out.append(para(b[1], True, 28))
        elif b[0] == "b":
            out.append(para(b[1], True))
        elif b[0] == "table":
            rows = []
            for r, row in enumerate(b[1]):
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                % para(str(c), r == 0) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            out.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                       '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                       '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                       '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                       '</w:tblBorders></w:tblPr>%s</w:tbl>' % "".join(rows))
            out.append("<w:p/>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>' % (W, "".join(out)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    return mkzip([("[Content_Types].xml", ctypes),
                  ("_rels/.rels", _RELS_ROOT % "word/document.xml"),
                  ("docProps/core.xml", _core(title, author, created)),
                  ("docProps/app.xml", _app("Microsoft Office Word")),
                  ("word/document.xml", document)], when=_zt(created))


def _zt(iso):
    return (int(iso[0:4]), int(iso[5:7]), int(iso[8:10]), int(iso[11:13]), int(iso[14:16]), 0)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", author="Lindenhof", created="2026-03-01T08:00:00Z"):
    """sheets: list of (name, rows); a row is a list of str/int/float/None."""
    wb_sheets, rels, ctov, files = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="1"' if r == 1 else "", repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, ' s="1"' if r == 1 else "", x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(name), i, i))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ctov.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    n = len(sheets)
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '%s'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>' % "".join(ctov))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join(rels))
    return mkzip([("[Content_Types].xml", ctypes),
                  ("_rels/.rels", _RELS_ROOT % "xl/workbook.xml"),
                  ("docProps/core.xml", _core(title, author, created)),
                  ("docProps/app.xml", _app("Microsoft Excel")),
                  ("xl/workbook.xml", workbook),
                  ("xl/_rels/workbook.xml.rels", wbrels),
                  ("xl/styles.xml", styles)] + files, when=_zt(created))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(kind, content_body, title, author, created, auto_styles=""):
    mime = "application/vnd.oasis.opendocument." + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3">'
               '<office:automatic-styles>%s</office:automatic-styles>'
               '<office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, auto_styles, content_body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6</meta:generator><dc:title>%s</dc:title>'
            '<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>'
            % (_ODF_NS, x(title), x(author), x(author), created[:-1], created[:-1]))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3"><office:styles/>'
              '</office:document-styles>' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return mkzip([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                  ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta)],
                 when=_zt(created), stored=("mimetype",))


def odt(blocks, title="", author="Lindenhof", created="2026-03-01T08:00:00Z"):
    """blocks as for docx()."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % "<text:line-break/>".join(x(s) for s in b.split("\n")))
        elif b[0] in ("h", "b"):
            lvl = 1 if b[0] == "h" else 2
            out.append('<text:h text:outline-level="%d">%s</text:h>' % (lvl, x(b[1])))
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c)
                for c in row) for row in b[1])
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
    return _odf("text", "<office:text>%s</office:text>" % "".join(out), title, author, created)


def ods(sheets, title="", author="Lindenhof", created="2026-03-01T08:00:00Z"):
    tables = []
    for name, rows in sheets:
        ncol = max(len(r) for r in rows)
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (repr(v), x(str(v).replace(".", ","))))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(v))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tables.append('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                      % (x(name), ncol, "".join(xr)))
    return _odf("spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tables),
                title, author, created)


def _pdfstr(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + len(w) + 1 > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def pdf(lines, title="", author="Lindenhof", created="D:20260301080000+01'00'",
        producer="Lindenhof Output Management 4.2"):
    """A PDF with a real text layer. lines: list of str; '# ' prefix = bold line,
    '' = empty line, '---' = page break. Long lines are wrapped."""
    pages, cur = [], []
    for ln in lines:
        if ln == "---":
            pages.append(cur)
            cur = []
            continue
        bold = ln.startswith("# ")
        text = ln[2:] if bold else ln
        for i, piece in enumerate(_wrap(text, 92) if text else [""]):
            cur.append((bold, piece))
            if len(cur) >= 56:
                pages.append(cur)
                cur = []
    if cur or not pages:
        pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title (" + _pdfstr(title) + b") /Author (" + _pdfstr(author) +
               b") /Producer (" + _pdfstr(producer) + b") /CreationDate (" + created.encode() +
               b") /ModDate (" + created.encode() + b") >>")
    kids = []
    nxt = 6
    for pg in pages:
        ops = [b"BT", b"13 TL", b"56 786 Td"]
        for bold, t in pg:
            ops.append(b"/F2 10 Tf" if bold else b"/F1 10 Tf")
            ops.append(b"(" + _pdfstr(t) + b") Tj T*")
        ops.append(b"ET")
        raw = b"\n".join(ops) + b"\n"
        comp = zlib.compress(raw, 9)
        pid, cid = nxt, nxt + 1
        nxt += 2
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
        objs[cid] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp +
                     b"\nendstream")
        kids.append(b"%d 0 R" % pid)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for k in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[k])
    fid = hashlib.md5(b"".join(objs[k] for k in sorted(objs))).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, fid, fid, xref))
    return out.getvalue()


def ics(text):
    """Calendar text, CRLF line ends."""
    return "\r\n".join(text.strip("\n").split("\n")) + "\r\n"


def crlf(text):
    return "\r\n".join(text.split("\n"))


# ---------------------------------------------------------------------------
# registry of mails
# ---------------------------------------------------------------------------

MAILS = {}


def mail(n, label, lang, kind, reason):
    def deco(fn):
        assert n not in MAILS, n
        assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), n
        assert lang in ("de", "en"), n
        assert "\t" not in reason and "\n" not in reason, n
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco


# ===========================================================================
# MAILS
# Every mail below is written on its own: headers, body, quoted history,
# forwards and the content of every attachment.
# ===========================================================================

# --- Monday, 2 March 2026 ----------------------------------------------------

@mail(1, "NORMAL", "de", "internal",
      "trap: monthly claims ratios per health tariff group and claims cost per ICD-10 chapter, portfolio aggregates only, no person")
def m0001():
    m = new("schuster", [FN("aktuariat-kranken", "Aktuariat Kranken")],
            "Monatsreporting Februar 2026 – Schadenquoten KV nach Tarifgruppe", dt(2, 8, 47),
            cc=[A("Karsten Blum", "karsten.blum@" + DOMAIN)],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Guten Morgen zusammen,

anbei das Monatsreporting Februar. Kurz die Auffälligkeiten:

- Vollversicherung Ambulant (Tarifgruppe AV/AK): Schadenquote kumuliert 81,4 %,
  damit 2,1 Punkte über Plan. Treiber ist weiterhin ICD-Kapitel V (psychische
  und Verhaltensstörungen, F00-F99): Leistung +14 % ggü. Vorjahresmonat, v. a.
  Psychotherapie nach GOP 861/870.
- Stationär: unauffällig, Onkologie (C00-D48) leicht unter Plan.
- Zahn (ZE/ZB): Schadenquote 68,9 %, Implantatleistungen saisonal niedrig.
- Pflegezusatz (PT/PG): Bestand wächst, Leistungsfälle Pflegegrad 2-3 wie
  erwartet.

Die Zahlen sind Bestandsaggregate aus dem DWH-Lauf vom 01.03. (Stand 28.02.),
Kleinstzellen < 10 Personen sind mit "k. A." ausgeblendet wie immer.

Karsten, die Tabelle "nach ICD-Kapitel" bitte noch nicht an den Vertrieb, wir
wollen die Diskussion zur BAP 2027 erst im Tarifausschuss am 19.03. führen.

Viele Grüße
Mei-Lin

""" + S("schuster"))
    att(m, "MR_2026-02_Schadenquote_KV.xlsx", xlsx([
        ("Schadenquote", [
            ["Tarifgruppe", "Bestand Personen", "Beitrag TEUR", "Leistung TEUR", "Schadenquote %", "Plan %"],
            ["AV/AK Vollversicherung ambulant", 48213, 21940.5, 17859.6, 81.4, 79.3],
            ["ST Stationär", 48213, 9811.2, 7025.1, 71.6, 73.0],
            ["ZE/ZB Zahn", 61877, 4102.9, 2826.9, 68.9, 70.5],
            ["KT Krankentagegeld", 17305, 1550.0, 1114.4, 71.9, 72.0],
            ["PT/PG Pflegezusatz", 22460, 1218.7, 402.2, 33.0, 34.5],
            ["Summe", None, 38623.3, 29228.2, 75.7, 75.1],
        ]),
        ("Leistung nach ICD-Kapitel", [
            ["ICD-10-GM Kapitel", "Bezeichnung", "Fälle", "Leistung TEUR", "Veränd. VJ %"],
            ["II (C00-D48)", "Neubildungen", 1412, 3390.4, -3.2],
            ["V (F00-F99)", "Psychische und Verhaltensstörungen", 3968, 2147.7, 14.0],
            ["IX (I00-I99)", "Krankheiten des Kreislaufsystems", 5210, 2604.1, 2.4],
            ["XIII (M00-M99)", "Muskel-Skelett-System", 9874, 3311.8, 4.9],
            ["XIX (S00-T98)", "Verletzungen, Vergiftungen", 2731, 1480.2, -1.1],
            ["XV (O00-O99)", "Schwangerschaft, Geburt", "k. A.", "k. A.", None],
        ]),
    ], title="Monatsreporting Februar 2026", author="Mei-Lin Schuster", created="2026-03-02T07:31:00Z"))
    return m


@mail(2, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health claim statement of the addressee: physiotherapy, diagnosis M54.5 and birth date in the PDF; body names the therapy and the refund")
def m0002():
    m = new("aydin", [A("Renate Oberholz", "r.oberholz@posteo-mail.example")],
            "Ihre Leistungsabrechnung vom 02.03.2026 – Vers.-Nr. 204 771 93-01", dt(2, 9, 12),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Oberholz,

vielen Dank für die Einreichung Ihrer Belege über unsere App.

Wir haben die Rechnung der Praxis "Bewegungsraum Gievenbeck" über die
Heilmittelbehandlung (6x Krankengymnastik, 3x Manuelle Therapie, 6x Wärme-
therapie) geprüft und erstatten Ihnen 312,48 EUR. Der Betrag wird in den nächsten Tagen auf Ihr
bekanntes Konto überwiesen. Die ausführliche Abrechnung finden Sie im Anhang.

Bitte beachten Sie: Die Wärmetherapie (Fango) ist nach Ihrem Tarif AK 80 zu
80 % erstattungsfähig, daher die Differenz von 9,36 EUR.

Mit freundlichen Grüßen

Murat Aydın

""" + S("aydin"))
    att(m, "Leistungsabrechnung_20477193_2026-03-02.pdf", pdf([
        "# Lindenhof Krankenversicherung a.G.",
        "Am Lindenhof 1-5, 48143 Münster",
        "",
        "Frau Renate Oberholz",
        "Rüschhausweg 17",
        "48161 Münster",
        "",
        "# Leistungsabrechnung vom 02.03.2026",
        "Versicherungsnummer: 204 771 93-01    Versicherte Person: Renate Oberholz, geb. 14.07.1961",
        "Tarif: AK 80 (ambulant), ZB 70 (Zahn)    Selbstbehalt 2026: 480,00 EUR (bereits erreicht)",
        "",
        "Rechnung Bewegungsraum Gievenbeck, Physiotherapie, vom 19.02.2026",
        "Verordnung: Dr. med. Frank Terhorst, Orthopädie, vom 22.01.2026",
        "Diagnose laut Verordnung: M54.5 Kreuzschmerz, M54.16 Radikulopathie Lumbalbereich",
        "",
        "Pos.  Leistung                          Anzahl   Betrag      erstattungsfähig   Erstattung",
        "1     Krankengymnastik (KG)              6       204,00 EUR   100 %              204,00 EUR",
        "2     Wärmetherapie (Fango)              6        46,80 EUR    80 %               37,44 EUR",
        "3     Manuelle Therapie (MT)             3        71,04 EUR   100 %               71,04 EUR",
        "",
        "Rechnungsbetrag: 321,84 EUR    Erstattung: 312,48 EUR",
        "Überweisung auf das Konto DE** **** **** **** **97 13 (Sparkasse Münsterland Ost)",
        "",
        "Hinweis: Für weitere Heilmittelverordnungen wegen derselben Diagnose benötigen wir",
        "ab der 19. Behandlung einen kurzen Befundbericht des verordnenden Arztes.",
    ], title="Leistungsabrechnung 204 771 93-01", author="Lindenhof Krankenversicherung a.G.",
        created=pdfdate(2, 9, 5)))
    return m


@mail(3, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: named customer, new eVB number, number plate, VIN and policy number after a vehicle change")
def m0003():
    m = new("koehler", [A("Sven Lüdecke", "sven.luedecke@webpost.example")],
            "AW: Fahrzeugwechsel – neue eVB für den ID.3", dt(2, 9, 40),
            irt="<6b1e0c2a-77d3-4f50-9a1b-lued2602@webpost.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Herr Lüdecke,

gern, hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

  eVB-Nummer:   K7QM4RX
  gültig bis:   01.04.2026
  Vertrag:      KF-26-0048813 (Kfz-Haftpflicht + Vollkasko, SB 300/150 EUR)
  Fahrzeug:     VW ID.3 Pro S, FIN WVWZZZE1ZRP061842
  Wunschkennz.: MS-SL 482

Die Schadenfreiheitsklasse (SF 12 in der Haftpflicht, SF 9 in der Vollkasko)
übernehmen wir vom Golf. Sobald die Zulassungsstelle uns die Zulassung meldet,
erhalten Sie den neuen Versicherungsschein und die Beitragsrechnung; der
Beitrag für den ID.3 liegt nach unserer Berechnung bei 742,18 EUR jährlich.

Gute Fahrt mit dem neuen Wagen!

Freundliche Grüße
Daniel Köhler

""" + S("koehler") + """

-----Ursprüngliche Nachricht-----
Von: Sven Lüdecke <sven.luedecke@webpost.example>
Gesendet: Sonntag, 1. März 2026 21:14
An: Köhler, Daniel <daniel.koehler@lindenhof-versicherung.example>
Betreff: Fahrzeugwechsel

Hallo Herr Köhler,

wir holen am Mittwoch den neuen ID3 ab und ich bräuchte dafür eine eVB, der
Golf wird am selben Tag abgemeldet (geht an den Händler in Zahlung). Kennzeichen
wollen wir das alte behalten, also MS-SL 482. FIN steht in der Bestellung:
WVWZZZE1ZRP061842.

Danke und Gruß
Sven Lüdecke
""")
    return m


@mail(4, "NORMAL", "en", "insurer-to-supplier",
      "trap: sprint planning with an IT supplier about ICD-10 code validation and medical invoice upload, synthetic test data only, no person")
def m0004():
    m = new("hoffmann", [A("Arjun Kulkarni", "arjun.kulkarni@kaveri-soft.example"),
                         A("Sneha Patil", "sneha.patil@kaveri-soft.example")],
            "Sprint 14 planning - claims portal (Leistungsportal) backlog", dt(2, 10, 5),
            cc=[P["nowak"].addr],
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Hi Arjun, hi Sneha,

ahead of tomorrow's planning call, here is what we would like to see in
Sprint 14 (16 March - 27 March) for the claims portal:

1. LP-412  ICD-10-GM validation on the invoice upload form
   The "diagnosis" field must accept codes in the German modification with
   optional additional markers, e.g. "M54.5", "F32.1 G", "S62.31 R",
   "O24.4 V". Reject free text longer than 200 characters. Please use the
   ICD-10-GM 2026 code list we put on the SFTP (folder /refdata/icd2026).

2. LP-418  Multi-file upload for doctors' invoices (max. 20 files, 25 MB)
   PDF, JPG, PNG, HEIC. HEIC must be converted server-side.

3. LP-420  Status page "Where is my claim?"
   Show the processing steps only, never amounts or diagnoses on the status
   page (the data protection officer insisted on that one).

4. LP-377  Bug: OCR confidence below 0.6 is shown as "checked" (carry-over).

Test data: please keep using the synthetic personas from the test data
catalogue (Erika Mustermann, Max Mustermann, the "Testfall 1-40" set). No
copies of production data in the DEV or UAT environment, not even
anonymised ones - Piotr will keep the firewall rule that blocks the
production database from the UAT subnet.

Talk tomorrow at 10:30 CET.

Best regards
Lena

""" + S("hoffmann"), flowed=True)
    return m


@mail(5, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health: pre-authorisation of a knee MRI for a named member, suspected meniscus tear S83.2 in the HTML table and the text")
def m0005():
    m = new("okafor", [A("Lars Fjeldstad", "lars.fjeldstad@fjeldmail.example")],
            "Pre-authorisation approved - MRI left knee (case PA-26-03117)", dt(2, 10, 33),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Fjeldstad,

thank you for your call this morning. We are pleased to confirm that the MRI
of your left knee is covered under your International Health Plan.

  Case number:     PA-26-03117
  Member number:   IHP-0091-4471-02
  Provider:        Palm Crescent Medical Centre, Dubai Healthcare City
  Procedure:       MRI left knee without contrast
  Reason:          suspected tear of the medial meniscus (S83.2) after a
                   fall while playing padel on 24 February
  Approved up to:  AED 2,900 (direct billing, no co-payment)
  Valid until:     31 March 2026

We have sent the guarantee of payment directly to the clinic. Should the
orthopaedic surgeon recommend an arthroscopy afterwards, please ask the
clinic to send us the MRI report and the treatment plan before the
operation so that we can approve it in advance.

Get well soon.

Kind regards
Daniel Okafor

""" + S("okafor"))
    html(m, """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Fjeldstad,</p>
<p>thank you for your call this morning. We are pleased to confirm that the MRI of your
left knee is covered under your International Health Plan.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Case number</b></td><td>PA-26-03117</td></tr>
<tr><td><b>Member number</b></td><td>IHP-0091-4471-02</td></tr>
<tr><td><b>Provider</b></td><td>Palm Crescent Medical Centre, Dubai Healthcare City</td></tr>
<tr><td><b>Procedure</b></td><td>MRI left knee without contrast</td></tr>
<tr><td><b>Reason</b></td><td>suspected tear of the medial meniscus (S83.2) after a fall while playing padel on 24 February</td></tr>
<tr><td><b>Approved up to</b></td><td>AED 2,900 (direct billing, no co-payment)</td></tr>
<tr><td><b>Valid until</b></td><td>31 March 2026</td></tr>
</table>
<p>We have sent the guarantee of payment directly to the clinic. Should the orthopaedic
surgeon recommend an arthroscopy afterwards, please ask the clinic to send us the MRI
report and the treatment plan before the operation so that we can approve it in advance.</p>
<p>Get well soon.</p>
<p>Kind regards<br>Daniel Okafor</p>
<p style="font-size:9pt;color:#555">Daniel Okafor<br>Claims Handler | International Health Services<br>
Phone +49 251 9960-2817<br>Lindenhof Krankenversicherung a.G.<br>Am Lindenhof 1-5 | 48143 M&uuml;nster</p>
</body></html>""")
    return m


@mail(6, "NORMAL", "de", "newsletter",
      "trap: HTML-only health newsletter (colorectal cancer screening, back pain, dental cover) with a screening table by age, no person")
def m0006():
    m = new(FN("newsletter", "Lindenhof Gesund"), [FN("newsletter", "Lindenhof Gesund")],
            "Lindenhof Gesund im März: Darmkrebsvorsorge, starker Rücken und Zähne", dt(2, 11, 0),
            headers=[("List-Unsubscribe", "<https://www.lindenhof-versicherung.example/newsletter/abmelden>"),
                     ("Precedence", "bulk")])
    html(m, """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lindenhof Gesund – März 2026</title></head>
<body style="margin:0;background:#f3f5f2;font-family:Arial,Helvetica,sans-serif;color:#1f2d1f">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2f6b3a;color:#ffffff;font-size:22px">Lindenhof Gesund &ndash; Ausgabe März 2026</td></tr>
<tr><td>
<h2 style="color:#2f6b3a">März ist Darmkrebsmonat</h2>
<p>Darmkrebs gehört zu den häufigsten Krebserkrankungen in Deutschland &ndash; und zu denen,
die sich durch Vorsorge am besten verhindern lassen. Eine Darmspiegelung (Koloskopie) kann
Vorstufen entdecken und gleich entfernen. Ihre Krankenversicherung bei Lindenhof übernimmt
die Früherkennung nach den gesetzlich eingeführten Programmen ohne Anrechnung auf den
Selbstbehalt.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e4efe6"><th>Alter</th><th>Untersuchung</th><th>Wie oft?</th></tr>
<tr><td>ab 35</td><td>Gesundheits-Check-up, Hautkrebs-Screening</td><td>alle 3 bzw. 2 Jahre</td></tr>
<tr><td>ab 50</td><td>Test auf verborgenes Blut im Stuhl (iFOBT)</td><td>jährlich bzw. alle 2 Jahre ab 55</td></tr>
<tr><td>ab 50 (Männer) / 55 (Frauen)</td><td>Darmspiegelung</td><td>zweimal im Abstand von 10 Jahren</td></tr>
<tr><td>ab 50</td><td>Mammographie-Screening (Frauen)</td><td>alle 2 Jahre bis 75</td></tr>
</table>
<h2 style="color:#2f6b3a">Starker Rücken im Homeoffice</h2>
<p>Kreuzschmerzen sind meist harmlos, aber lästig. Unsere Physiotherapeutin zeigt in
fünf Kurzvideos Übungen für zwischendurch. Tipp: Mit dem Bonusprogramm &bdquo;Lindenhof
Aktiv&ldquo; erhalten Sie für einen zertifizierten Rückenkurs bis zu 150 Euro.</p>
<h2 style="color:#2f6b3a">Neu: Zahnzusatz ZB 90</h2>
<p>90 % für Zahnersatz, Implantate und Inlays &ndash; ohne Wartezeit bei Unfall. Jetzt
im Tarifrechner vergleichen.</p>
<p style="font-size:11px;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">Abmelden</a> |
Lindenhof Krankenversicherung a.G., Am Lindenhof 1-5, 48143 Münster</p>
</td></tr></table></td></tr></table>
</body></html>""")
    return m


@mail(7, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household: e-bike theft claim of a named customer with claim number, police case number and frame number")
def m0007():
    m = new("reuter", [A("Jana Wieczorek", "jana.wieczorek@mailbox-nord.example")],
            "Ihr Schaden S-2026-030512 – Diebstahl E-Bike", dt(2, 13, 18),
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Sehr geehrte Frau Wieczorek,

danke für Ihre Schadenmeldung von gestern Abend. Es tut mir leid, dass Ihr
E-Bike gestohlen wurde. Wir haben den Schaden unter der Nummer S-2026-030512
zu Ihrer Hausratversicherung HR-118 204 7 angelegt.

Damit ich den Fall zügig prüfen kann, brauche ich noch:

1. die Kaufrechnung des Rades (Kalkhoff Endeavour 5, laut Ihrer Meldung
   gekauft im Mai 2024 für 3.299 EUR),
2. die Bestätigung der Anzeige bei der Polizei Münster (Sie nannten das
   Aktenzeichen 0412-26-018873),
3. ein Foto oder die Rechnung des Schlosses und beide Schlüssel.

Die Rahmennummer WAK5E91833 haben wir bereits notiert. Die
Fahrraddiebstahl-Klausel in Ihrem Vertrag deckt Diebstähle rund um die Uhr,
sofern das Rad mit einem eigenständigen Schloss gesichert war.

Sie können die Unterlagen einfach als Antwort auf diese Mail schicken.

Freundliche Grüße
Stefanie Reuter

""" + S("reuter"), flowed=True)
    return m


# --- Tuesday, 3 March 2026 ---------------------------------------------------

@mail(8, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "disability underwriting of a named applicant: recurrent depression F33.1, therapy history, exclusion/loading discussed in an Outlook thread")
def m0008():
    m = new("neumann", [P["hahn"].addr],
            "AW: BU-Antrag 3.118.402 – Rückfrage psychische Vorerkrankung", dt(3, 8, 22),
            irt=mid("d211-0008-prev"),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Ulrike,

danke dir. Dann mache ich es so: Annahme mit Ausschluss psychischer Erkrankungen
für die ersten drei Jahre lehne ich ab (passt nicht zu unserer Linie), ich
gehe auf Zuschlag 50 % und biete Herrn Demirel zusätzlich an, nach 3 Jahren
Beschwerdefreiheit eine Überprüfung zu beantragen. Vermittler ist Hansen & Partner,
ich sage Herrn Hansen heute noch Bescheid.

Gruß
Claudia

""" + S("neumann") + """

Von: Hahn, Ulrike Dr. med. <ulrike.hahn@lindenhof-versicherung.example>
Gesendet: Montag, 2. März 2026 17:51
An: Neumann, Claudia <claudia.neumann@lindenhof-versicherung.example>
Betreff: AW: BU-Antrag 3.118.402 – Rückfrage psychische Vorerkrankung

Hallo Claudia,

ich habe mir den Arztbericht von Dr. Ketteler (Psychiatrie, Hamm) angesehen.
Herr Okan Demirel, geb. 09.11.1989, Lehrer, beantragt BU-Rente 1.500 EUR mtl.:
- rezidivierende depressive Störung, gegenwärtig remittiert (F33.4), zwei
  Episoden 2019 und 2022 (F33.1), jeweils ca. 8 Wochen AU
- ambulante Verhaltenstherapie 2022/2023 (45 Stunden), abgeschlossen
- Sertralin 50 mg bis 08/2024, seitdem ohne Medikation
- kein stationärer Aufenthalt, keine Suizidalität dokumentiert
Aus ärztlicher Sicht kein Ablehnungsgrund. Bei Lehrern sehe ich das Risiko
aber erhöht, ich würde 50 % Zuschlag vorschlagen; Ausschluss wäre auch
vertretbar.

Viele Grüße
Ulrike

-----Ursprüngliche Nachricht-----
Von: Neumann, Claudia
Gesendet: Freitag, 27. Februar 2026 14:02
An: Hahn, Ulrike Dr. med.
Betreff: BU-Antrag 3.118.402 – Rückfrage psychische Vorerkrankung

Hallo Ulrike, kannst du bitte auf den Befundbericht Demirel schauen (liegt
in der Akte, Scan vom 26.02.)? Frage 6b wurde mit "ja, Depression" beantwortet.
Danke! Claudia
""")
    return m


@mail(9, "NORMAL", "en", "internal",
      "trap: change request for the mail gateway certificate rotation; mentions CONFIDENTIAL / STRICTLY_CONFIDENTIAL levels and TLS, no data")
def m0009():
    m = new(FN("it-change", "Lindenhof IT Change Management"),
            [A("Group IT Change Advisory Board", "cab@nordaxis-group.example")],
            "CR-2026-0311: rotate TLS certificate on mail gateway mx1/mx2", dt(3, 9, 2),
            cc=[P["nowak"].addr, P["wagner"].addr],
            headers=[("X-Mailer", "ServiceFlow ITSM 9.3"), ("Auto-Submitted", "auto-generated")])
    body(m, """Hello CAB,

Piotr Nowak has submitted change request CR-2026-0311 for the next CAB
meeting (Thu 5 March).

Summary
  Rotate the TLS server certificate of the outbound mail gateways
  mx1.lindenhof-versicherung.example and mx2.lindenhof-versicherung.example.
  The current certificate expires on 28 March 2026.

Implementation window
  Sat 14 March 2026, 06:00-07:00 CET, one node at a time.

Impact
  None expected. During the switch of each node, outbound mail queues on the
  other node. Mail classified CONFIDENTIAL continues to require TLS;
  STRICTLY_CONFIDENTIAL mail continues to go via S/MIME or the secure portal
  as before. No change to the classification rules.

Test
  openssl s_client -starttls smtp against both nodes, check chain and
  expiry; send test messages to the partner test mailboxes.

Rollback
  Previous certificate and key stay in the HSM slot 4 until 31 March.

Requested by: Piotr Nowak (IT Operations | Mail & Network)
Approver:     Group IT CAB
Status:       Submitted for assessment

--
This message was generated by ServiceFlow ITSM. Reply to comment on the change.
""", cs="us-ascii", cte="7bit")
    return m


@mail(10, "CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage delay claim of a named customer, booking details and the customer's IBAN for the payout, no health content")
def m0010():
    ib = iban("DE", "30020900" + "5318804417", "grouped")
    m = new("bianchi", [A("Chloe Ambrose", "chloe.ambrose@ambrosefamily.example")],
            "Your baggage claim RV-2026-004418 - payment", dt(3, 9, 48),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Ambrose,

thank you for sending the receipts so quickly.

Your suitcase arrived in Lisbon 46 hours late (flight LH 1166 from Frankfurt
on 14 February, property irregularity report LIS-LH-40211). Under your travel
policy RV-2025-113870 we cover emergency purchases up to EUR 500 if baggage is
delayed by more than 24 hours.

  Clothing and toiletries (receipts from El Corte Inglés, Zara):  EUR 286.40
  Charger and adapter:                                           EUR  39.90
  Total reimbursed:                                              EUR 326.30

We will transfer the amount within five working days to the account you gave
us:

  Account holder: Chloe Ambrose
  IBAN: """ + ib + """

Please check the IBAN once more and let me know by Friday if anything is wrong.

Kind regards
Marco Bianchi

""" + S("bianchi"))
    return m


@mail(11, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "guarantee of payment for a named patient with admission diagnosis I21.4; the body only names the hospital's case reference, everything else is in the PDF")
def m0011():
    m = new("vogel", [A("Patientenaufnahme Klinikum Weserbogen", "aufnahme@klinikum-weserbogen.example")],
            "Kostenübernahme zu Ihrer Anfrage vom 02.03.2026, Ihr Az. 2026/11873", dt(3, 10, 15),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Kostenübernahmeerklärung zu Ihrer Anfrage vom 02.03.2026
(Ihr Aktenzeichen 2026/11873).

Für Rückfragen erreichen Sie mich unter der unten genannten Durchwahl.

Mit freundlichen Grüßen
Katrin Vogel

""" + S("vogel"))
    att(m, "KUE_2026-11873.pdf", pdf([
        "# Lindenhof Krankenversicherung a.G.",
        "Leistungsprüfung stationär",
        "",
        "Klinikum Weserbogen gGmbH, Patientenaufnahme, Weserstraße 120, 32423 Minden",
        "",
        "# Kostenübernahmeerklärung",
        "Ihr Aktenzeichen: 2026/11873    Unser Zeichen: KV-ST-26-008341",
        "",
        "Patient:             Herr Wolfgang Stiegemeier, geb. 03.05.1958",
        "Versicherungsnummer: 198 552 07-01, Tarife AK 100, ST 1 (Einbettzimmer, Chefarzt)",
        "Aufnahme:            01.03.2026, Notaufnahme",
        "Aufnahmediagnose:    I21.4 akuter subendokardialer Myokardinfarkt (NSTEMI)",
        "Geplant:             Koronarangiographie, ggf. PCI mit Stent",
        "",
        "Wir übernehmen die Kosten der allgemeinen Krankenhausleistungen nach KHEntgG",
        "sowie die Wahlleistungen Unterkunft (Einbettzimmer) und ärztliche Wahlleistungen",
        "gemäß Wahlleistungsvereinbarung zunächst für 10 Tage. Bitte rechnen Sie direkt",
        "mit uns ab (Direktabrechnung, Klinik-Card Nr. 198552070103).",
        "",
        "Eine Verlängerung bitte unter Angabe der Entlassdiagnosen beantragen.",
        "",
        "Münster, 03.03.2026",
        "Katrin Vogel, Leistungsprüfung stationär",
    ], title="Kostenübernahme 2026/11873", author="Katrin Vogel", created=pdfdate(3, 10, 9)))
    return m


@mail(12, "NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for AED pads, first-aid kits and a blood pressure monitor for the offices; medical words, no person")
def m0012():
    m = new("martens", [A("Vertrieb Medizinbedarf Kortlang", "bestellung@kortlang-medizin.example")],
            "Bestellung 4500-26-0219 – Erste-Hilfe-Material Standort Münster", dt(3, 10, 51),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Damen und Herren,

auf Basis Ihres Angebots AN-26-1187 vom 24.02.2026 bestellen wir:

Pos  Menge  Art.-Nr.     Bezeichnung                                   Preis/St.
10     6    DEF-P-220    AED-Elektroden Erwachsene (für HeartSafe 300)    54,90
20     2    DEF-P-221    AED-Elektroden Kinder                            61,20
30    12    EH-K-13157   Verbandkasten DIN 13157 (Betrieb)                29,80
40     4    EH-N-13169   Verbandkasten DIN 13169 (groß)                   46,50
50     1    RR-OA-550    Oberarm-Blutdruckmessgerät, Betriebsarztzimmer   74,00
60    30    EH-KP-12     Kühlpack Sofortkälte                              1,10

Lieferanschrift: Lindenhof Services GmbH, Warenannahme Tor 2, Am Lindenhof 1-5,
48143 Münster. Bitte Bestellnummer 4500-26-0219 auf Lieferschein und Rechnung.
Liefertermin: bis 13.03.2026 (Ersthelfer-Auffrischung am 17.03.).

Rechnung bitte als PDF an rechnungseingang@lindenhof-versicherung.example.

Mit freundlichen Grüßen
Sven Martens

""" + S("martens"))
    return m


@mail(13, "CONFIDENTIAL", "de", "insurer-to-broker",
      "commercial liability offer for a sole-trader carpenter (a natural person) with turnover, payroll and his birth date in the DOCX; no health data")
def m0013():
    m = new("ahrens", [A("Ingo Baumann", "info@makler-baumann.example")],
            "Angebot Betriebshaftpflicht Tischlerei Pöppelmann", dt(3, 11, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Herr Baumann,

wie besprochen das Angebot für Ihren Kunden Herrn Pöppelmann. Die Deckungssumme
5 Mio. EUR pauschal ist Standard, Bearbeitungsschäden und Montage beim Kunden
haben wir mit 250.000 EUR drin. Die Angaben zu Umsatz und Lohnsumme habe ich aus
Ihrem Fragebogen übernommen; bitte lassen Sie das von ihm noch einmal bestätigen.

Angebot gilt bis 30.04.2026.

Beste Grüße aus Münster
Benedikt Ahrens

""" + S("ahrens"))
    att(m, "Angebot_BHV_Poeppelmann_2026-03.docx", docx([
        ("h", "Angebot Betriebshaftpflichtversicherung"),
        "Angebotsnummer: BHV-A-26-00714    Datum: 03.03.2026",
        "Vermittler: Versicherungsmakler Ingo Baumann, Vermittlernr. 40-7713",
        ("b", "Versicherungsnehmer"),
        "Heinz-Georg Pöppelmann, geb. 21.08.1971\nTischlerei Pöppelmann (Einzelunternehmen)\nDorfstraße 8, 48351 Everswinkel",
        ("b", "Betriebsdaten laut Fragebogen"),
        ("table", [["Merkmal", "Angabe"],
                   ["Betriebsart", "Bau- und Möbeltischlerei, Innenausbau, Fenstermontage"],
                   ["Jahresumsatz 2025", "684.000 EUR"],
                   ["Lohnsumme 2025", "212.500 EUR (4 Gesellen, 1 Auszubildender)"],
                   ["Vorschäden 5 Jahre", "1 Schaden 2023, 3.480 EUR (Glasbruch beim Kunden)"]]),
        ("b", "Deckung"),
        ("table", [["Baustein", "Versicherungssumme", "Selbstbehalt"],
                   ["Personen-, Sach- und Vermögensschäden", "5.000.000 EUR pauschal", "250 EUR"],
                   ["Bearbeitungs- und Tätigkeitsschäden", "250.000 EUR", "500 EUR"],
                   ["Mietsachschäden an Gebäuden", "500.000 EUR", "250 EUR"],
                   ["Umweltschadenversicherung", "1.000.000 EUR", "500 EUR"]]),
        "Jahresbeitrag: 1.386,00 EUR zzgl. 19 % Versicherungsteuer = 1.649,34 EUR",
        "Zahlweise: jährlich, SEPA-Lastschrift",
        "Es gelten die AHB 2024 und die Besonderen Bedingungen BHV-Handwerk 2026.",
    ], title="Angebot BHV Pöppelmann", author="Benedikt Ahrens", created="2026-03-03T10:12:00Z"))
    return m

# --- Wednesday, 4 March 2026 -------------------------------------------------

@mail(14, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative life referral to the reinsurer: named applicant, birth date, type 2 diabetes, HbA1c, blood pressure in text and PDF")
def m0014():
    m = new("neumann", [A("Facultative Life Underwriting", "fac.life@halvorsen-re.example")],
            "Facultative referral - term life EUR 2.5m - Lindenhof ref. LV-A 3.120.077", dt(4, 8, 55),
            cc=[P["mehta"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear colleagues,

we would like to refer the following case under our facultative agreement
(treaty HR-LV-2019-04, retention EUR 750,000 per life):

  Applicant:     Dr. Friederike Vossberg, born 12 June 1972, dentist, non-smoker
  Cover:         term life EUR 2,500,000, 20 years, plus accidental death rider
  Purpose:       loan protection for the purchase of a dental practice

Medical summary (details in the attached underwriting summary):
  - type 2 diabetes mellitus since 2019 (E11.9), metformin 1,000 mg twice daily
  - HbA1c 6.9 % (January 2026), 7.2 % (July 2025)
  - BP 138/86 under ramipril 5 mg, BMI 29.4
  - no retinopathy, no nephropathy (eGFR 94, no microalbuminuria)

Our own assessment is +75 % extra mortality. We would appreciate your
quotation for the excess of EUR 1,750,000 by 13 March, as the bank needs the
confirmation for the loan agreement.

Kind regards
Claudia Neumann

""" + S("neumann"))
    att(m, "UW_summary_LVA3120077.pdf", pdf([
        "# Lindenhof Lebensversicherung AG - Underwriting summary",
        "Application LV-A 3.120.077    Date: 04.03.2026    Underwriter: C. Neumann",
        "",
        "Life assured: Dr. Friederike Vossberg, date of birth 12.06.1972, female",
        "Occupation: dentist (self-employed), Münster    Smoker status: non-smoker since 2008",
        "Sum assured: EUR 2,500,000, term 20 years, level; rider ADB EUR 500,000",
        "",
        "# Medical evidence",
        "GP report Dr. med. Jan-Hendrik Lütke-Wöstmann, 19.02.2026:",
        "Diabetes mellitus type 2 (E11.9), diagnosed 03/2019, no complications known.",
        "Medication: metformin 1000 mg 1-0-1, ramipril 5 mg 1-0-0, atorvastatin 20 mg 0-0-1.",
        "HbA1c: 7.2 % (07/2025), 6.9 % (01/2026). Fasting glucose 131 mg/dl.",
        "Blood pressure 138/86 mmHg; height 168 cm, weight 83 kg (BMI 29.4).",
        "Creatinine 0.8 mg/dl, eGFR 94 ml/min, urine albumin negative. Eye exam 11/2025 normal.",
        "Family history: father myocardial infarction at 61.",
        "",
        "# Assessment",
        "Diabetes type 2, onset age 46, good control, no complications: +50 %",
        "Build and treated hypertension: +25 %",
        "Proposed: standard rates +75 % EM; ADB rider standard.",
    ], title="Underwriting summary LV-A 3.120.077", author="Claudia Neumann", created=pdfdate(4, 8, 40)))
    return m


@mail(15, "NORMAL", "de", "internal",
      "trap: IT ticket about the failing upload of doctors' invoices in the customer portal; log excerpt holds only technical ids, no person")
def m0015():
    m = new(FN("it-servicedesk", "Lindenhof IT-Servicedesk"), [P["hoffmann"].addr],
            "[INC-2026-04417] Kundenportal: Upload Arztrechnungen bricht ab (HTTP 413)", dt(4, 9, 20),
            cc=[P["kraemer"].addr],
            headers=[("X-Mailer", "ServiceFlow ITSM 9.3"), ("Auto-Submitted", "auto-generated")])
    body(m, """Incident INC-2026-04417 wurde Ihrer Gruppe "AE Leistungssysteme" zugewiesen.

Priorität:   2 - hoch
Melder:      Sabine Krämer (Kundenservice Kranken)
Kategorie:   Kundenportal / Belegeinreichung

Beschreibung des Melders:
Seit heute früh bekommen mehrere Kunden beim Hochladen von Arztrechnungen und
Rezepten im Kundenportal die Meldung "Upload fehlgeschlagen". Laut Anrufen
betrifft es vor allem Fotos vom Handy (mehrere Seiten). Einzelne PDFs gehen.
Bisher 23 Anrufe im Telefonteam, Tendenz steigend. Kunden wurden gebeten, die
Belege per Post oder per App nachzureichen.

Technischer Hinweis 1st Level:
Im Reverse-Proxy-Log HTTP 413 (Request Entity Too Large) ab 06:02 Uhr,
zeitgleich mit dem nächtlichen Rollout des Proxy-Images 2.14. Auszug im Anhang
(IDs gekürzt, keine Inhalte).

--
ServiceFlow ITSM | Lindenhof IT-Servicedesk | Tel. -1999
Bitte antworten Sie nur oberhalb dieser Zeile.
""")
    att(m, "proxy_2026-03-04_excerpt.log", crlf("""2026-03-04T06:02:11+01:00 rp-02 upstream=lp-app-01 POST /api/v2/belege/upload status=413 bytes=18874312 req=9f2a1c
2026-03-04T06:02:49+01:00 rp-02 upstream=lp-app-01 POST /api/v2/belege/upload status=413 bytes=22109877 req=9f2a7e
2026-03-04T06:05:02+01:00 rp-01 upstream=lp-app-02 POST /api/v2/belege/upload status=200 bytes=812044 req=9f2b03
2026-03-04T06:11:37+01:00 rp-01 upstream=lp-app-02 POST /api/v2/belege/upload status=413 bytes=10488961 req=9f2c44
2026-03-04T06:11:37+01:00 rp-01 nginx: client intended to send too large body: 10488961 bytes (client_max_body_size 10m)
2026-03-04T07:40:19+01:00 rp-02 upstream=lp-app-01 POST /api/v2/belege/upload status=413 bytes=15002381 req=9f3d90
"""), ctype="text/plain", cs="us-ascii", cte="7bit")
    return m


@mail(16, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "inline forward of a customer's mail (with typos) about her son's orthodontic treatment: KIG 4, treatment plan, birth date of the child")
def m0016():
    m = new("kraemer", [P["aydin"].addr],
            "WG: KFO Behandlung Finn - Kostenplan", dt(4, 10, 2),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Murat,

kannst du bitte übernehmen? Die Kundin hat heute schon zweimal angerufen, der
Kieferorthopäde will nächste Woche anfangen. Plan ist in der Akte (Scan 03.03.).

Danke & Gruß
Sabine

""" + S("kraemer") + """

-----Ursprüngliche Nachricht-----
Von: Melanie Hüsing <melli.huesing@famhuesing.example>
Gesendet: Dienstag, 3. März 2026 22:47
An: Kundenservice Krankenversicherung <kundenservice-kv@lindenhof-versicherung.example>
Betreff: KFO Behandlung Finn - Kostenplan

Sehr geehrte Damen und Herren,

mein Sohn Finn Hüsing (geb. 22.09.2014, mitversichert bei mir unter 311 480 26-03)
soll eine feste Zahnspange bekommen. Der Kieferortopäde Dr. Lammers in Coesfeld
hat KIG 4 festgestellt (Distalbiss, Overjet 7mm) und einen Behandlungsplan
gemacht, Gesammtkosten ca. 5.840 Euro für 3 Jahre. Den Plan hab ich letzte
Woche per Post geschickt.

Meine Frage: wieviel übernehmen Sie da genau? Im Tarif steht was von 80% aber
die Praxis sagt bei privat ist das oft weniger wegen Material und Labor. Und
muss ich die Retainer extra zahlen??

Die Behandlung soll am 12.3. anfangen, wäre super wenn ich bis dahin Bescheid
hätte.

Vielen Dank
Melanie Hüsing
Gesendet von meinem iPhone
""")
    return m


@mail(17, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses: cover confirmation for a named customer's tenancy dispute (rent reduction, mould), claim and policy number, landlord named")
def m0017():
    m = new("lorenz", [A("Tarek Haddad", "t.haddad@funkpost.example")],
            "Deckungszusage – Ihr Rechtsschutzfall RS-S-26-01992", dt(4, 11, 14),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Haddad,

wir bestätigen Ihnen Versicherungsschutz für die außergerichtliche und
gerichtliche Interessenwahrnehmung in folgender Angelegenheit:

  Versicherungsschein:   RS 5512-88 04 (Privat-, Berufs- und Wohnungsrechtsschutz)
  Schadennummer:         RS-S-26-01992
  Gegner:                Vermieterin Immobilienverwaltung Lenz & Kropp GbR
  Gegenstand:            Mietminderung wegen Schimmelbefalls, Wohnung
                         Hammer Straße 211, 48153 Münster
  Selbstbeteiligung:     150 EUR

Sie haben Herrn Rechtsanwalt Jörn Bittner (Kanzlei Bittner Mietrecht, Münster)
beauftragt. Bitte leiten Sie ihm diese Zusage weiter; er kann seine
Kostennoten direkt an uns richten.

Die Wartezeit von drei Monaten ist erfüllt, der Mangel wurde nach Ihren
Angaben erstmals im November 2025 angezeigt.

Mit freundlichen Grüßen
Anja Lorenz

""" + S("lorenz"))
    return m


@mail(18, "NORMAL", "en", "newsletter",
      "trap: English broker newsletter about expat health tariffs, BMI and diabetes underwriting guidelines and a claims example with a fictitious member")
def m0018():
    m = new(FN("partnerservice", "Lindenhof Partner Service"), [FN("partnerservice", "Lindenhof Partner Service")],
            "Broker Bulletin 03/2026: new International Health Plan, simpler underwriting", dt(4, 12, 0),
            headers=[("Precedence", "bulk"),
                     ("List-Unsubscribe", "<mailto:partnerservice@lindenhof-versicherung.example?subject=unsubscribe>")])
    text = """LINDENHOF BROKER BULLETIN - MARCH 2026 (English edition)

1) International Health Plan 2026
From 1 April the International Health Plan comes in three levels (Essential,
Plus, Premium). Premium now includes outpatient psychotherapy up to 30
sessions and maternity cover after a 10-month waiting period.

2) Simpler underwriting
- BMI up to 32 without extra premium (was 30).
- Type 2 diabetes, well controlled (HbA1c below 7.5 %), no complications:
  now acceptable with a 40 % loading instead of referral.
- Hypertension treated with one drug: standard rates.
The full guide (PDF) is in the broker portal under Underwriting > Health.

3) Claims example
"Member X", 38, living in Singapore, needs an appendectomy. With direct billing
the hospital sends the invoice to us; the member pays nothing. (Fictitious
example, not a real case.)

4) Webinar
Tue 24 March, 16:00 CET: "Expat health for remote workers". Register in the
broker portal.

Lindenhof Krankenversicherung a.G. | Partner Service | Am Lindenhof 1-5 | 48143 Münster
You receive this bulletin as a registered broker. Unsubscribe: reply with "unsubscribe".
"""
    body(m, text)
    html(m, """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h1 style="color:#2f6b3a;font-size:20px">Lindenhof Broker Bulletin &ndash; March 2026</h1>
<h2 style="font-size:16px">1) International Health Plan 2026</h2>
<p>From 1 April the International Health Plan comes in three levels (Essential, Plus, Premium).
Premium now includes outpatient psychotherapy up to 30 sessions and maternity cover after a
10-month waiting period.</p>
<h2 style="font-size:16px">2) Simpler underwriting</h2>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e4efe6"><th>Condition</th><th>Until March 2026</th><th>From April 2026</th></tr>
<tr><td>BMI 30&ndash;32</td><td>+10 %</td><td>standard</td></tr>
<tr><td>Type 2 diabetes, HbA1c &lt; 7.5 %, no complications</td><td>referral</td><td>+40 %</td></tr>
<tr><td>Hypertension, one drug, controlled</td><td>+15 %</td><td>standard</td></tr>
</table>
<h2 style="font-size:16px">3) Claims example</h2>
<p>&ldquo;Member X&rdquo;, 38, living in Singapore, needs an appendectomy. With direct billing the hospital
sends the invoice to us; the member pays nothing. <i>(Fictitious example, not a real case.)</i></p>
<h2 style="font-size:16px">4) Webinar</h2>
<p>Tue 24 March, 16:00 CET: &ldquo;Expat health for remote workers&rdquo;. Register in the broker portal.</p>
<p style="font-size:11px;color:#777">Lindenhof Krankenversicherung a.G. | Partner Service | Am Lindenhof 1-5 | 48143 M&uuml;nster<br>
You receive this bulletin as a registered broker.</p>
</body></html>""")
    return m


@mail(19, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "disability claim: request to the treating GP for a medical report on a named patient (birth date, herniated disc), signed consent as PDF")
def m0019():
    m = new("brenner", [A("Praxis Dr. med. Sibylle Abendroth", "praxis@dr-abendroth.example")],
            "Anforderung ärztlicher Bericht – Ihr Patient Herr Mirko Stallmann", dt(4, 13, 37),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Dr. Abendroth,

Ihr Patient

  Herr Mirko Stallmann, geb. 17.04.1976, Gartenstraße 3, 48268 Greven

hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt
(Vertrag 3.061.554, Leistungsfall BU-L-26-0077). Er gibt an, seit dem
10.09.2025 wegen eines Bandscheibenvorfalls L5/S1 mit Ausstrahlung ins
linke Bein seinen Beruf als Dachdecker nicht mehr ausüben zu können.

Wir bitten Sie um einen ärztlichen Bericht zu folgenden Fragen:

1. Welche Diagnosen (mit ICD-10) haben Sie seit 2020 gestellt?
2. Seit wann behandeln Sie Herrn Stallmann wegen der Rückenbeschwerden,
   welche Therapien wurden durchgeführt (Medikation, Physiotherapie,
   Injektionen, OP-Empfehlung)?
3. Welche Einschränkungen bestehen für schweres Heben, Arbeiten auf Leitern
   und Gerüsten sowie Zwangshaltungen?
4. Liegen Befunde (MRT, neurologisches Konsil) vor? Bitte ggf. in Kopie.

Die Schweigepflichtentbindung von Herrn Stallmann vom 26.02.2026 fügen wir
bei. Für den Bericht vergüten wir 75,00 EUR nach GOÄ-Nr. 75 zzgl. Auslagen.
Bitte senden Sie ihn über unser Ärzteportal oder per Post.

Mit freundlichen Grüßen
Thomas Brenner

""" + S("brenner"))
    att(m, "Schweigepflichtentbindung_Stallmann.pdf", pdf([
        "# Erklärung zur Schweigepflichtentbindung (Einzelfall)",
        "Lindenhof Lebensversicherung AG, Leistungsfall BU-L-26-0077",
        "",
        "Ich, Mirko Stallmann, geb. 17.04.1976, wohnhaft Gartenstraße 3, 48268 Greven,",
        "entbinde folgende Personen von ihrer Schweigepflicht gegenüber der Lindenhof",
        "Lebensversicherung AG, soweit es um die Prüfung meines Antrags auf Leistungen",
        "aus der Berufsunfähigkeitsversicherung Nr. 3.061.554 geht:",
        "",
        "- Dr. med. Sibylle Abendroth, Allgemeinmedizin, Greven",
        "- Radiologie am Ring, Münster",
        "- Dr. med. Bernd Ostendorp, Neurochirurgie, Clemenshospital Münster",
        "",
        "Die Entbindung gilt für Angaben zu Diagnosen, Behandlungen und Befunden seit",
        "01.01.2020 wegen Erkrankungen der Wirbelsäule und des Nervensystems.",
        "",
        "Greven, 26.02.2026        gez. Mirko Stallmann",
    ], title="Schweigepflichtentbindung BU-L-26-0077", author="Lindenhof Lebensversicherung AG",
        created=pdfdate(4, 13, 30)))
    return m


@mail(20, "NORMAL", "de", "internal",
      "trap: workplace health programme announcement (back training, flu-free spring, company doctor hours); health words, no individual")
def m0020():
    m = new("schaefer", [A("Alle Mitarbeitenden Münster", "alle-muenster@" + DOMAIN)],
            "Betriebliches Gesundheitsmanagement: Rückenfit-Kurs und Sprechstunde Betriebsärztin", dt(4, 14, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Liebe Kolleginnen und Kollegen,

auch in diesem Frühjahr bietet das Betriebliche Gesundheitsmanagement wieder
Kurse an – diesmal mit Schwerpunkt Rücken:

• „Rückenfit im Büro“, 8 Termine, dienstags 16:30–17:30 Uhr, ab 17.03.,
  Raum E.04 (Bewegungsraum). Die Kosten trägt der Arbeitgeber, die Teilnahme
  zählt als Arbeitszeit zur Hälfte.
• „Bewegte Pause“ mit unserer Physiotherapeutin, jeden Donnerstag 11:45 Uhr
  im Foyer, ohne Anmeldung.
• Sprechstunde der Betriebsärztin Frau Dr. Kemming: mittwochs 9–12 Uhr,
  Raum 1.18. Themen u. a. Bildschirmarbeitsplatzbrille (G37), Impfberatung vor
  Dienstreisen, Hautkrebs-Screening-Aktion am 25.03.

Anmeldung zum Rückenkurs bitte bis 12.03. über das Intranet (Personal >
Gesundheit > Kurse). Die Teilnehmerliste sieht nur die Kursleitung; es werden
keine gesundheitlichen Angaben abgefragt.

Bleibt gesund!
Nadine Schäfer

""" + S("schaefer"), cs="windows-1252")
    return m


# --- Thursday, 5 March 2026 --------------------------------------------------

@mail(21, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: no-claims bonus transfer from a UK insurer for a named customer with date of birth, driving licence date and policy number")
def m0021():
    m = new("koehler", [A("Hannah Whitcombe", "hannah.whitcombe@whitcombe-home.example")],
            "Your no-claims discount from the UK - motor policy KF-26-0051290", dt(5, 8, 31),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Whitcombe,

thank you for forwarding the letter from your previous insurer, Harbourline
Motor Insurance Ltd (policy HML/2207/88431, 9 years claim-free, expired on
31 January 2026).

We can recognise foreign no-claims discounts if the letter is not older than
12 months and confirms the claim-free years in the holder's name. Based on
your details

  Name:             Hannah Whitcombe
  Date of birth:    7 October 1988
  UK licence since: 2 May 2008 (exchanged for a German licence in 2025)

we have placed your new policy KF-26-0051290 (Mazda CX-30, MS-HW 71) in
no-claims class SF 9 for third party liability and SF 9 for comprehensive
cover. Your annual premium drops from EUR 1,214.60 to EUR 688.32. A new
policy schedule will be sent by post; the difference for March to December
will be credited to your account.

Kind regards
Daniel Köhler

""" + S("koehler"))
    return m


@mail(22, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life: confirmation of a beneficiary change on a named customer's term life policy (new beneficiaries named), personal line, no medical word")
def m0022():
    m = new("dietrich", [A("Owen Gallagher", "owen.gallagher@gallagher-mail.example")],
            "Change of beneficiary - term life policy 7.340.118.22", dt(5, 9, 6),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Gallagher,

we have received your signed request of 27 February 2026 and changed the
beneficiary designation of your term life insurance as follows:

  Policy:          7.340.118.22 (term life, sum assured EUR 350,000, until 2044)
  Life assured:    Owen Gallagher

  Previous:        Ms Siobhan Gallagher (100 %)
  New (revocable): Ms Aoife Brennan                50 %
                   Ms Niamh Gallagher (daughter)   25 %
                   Mr Rory Gallagher (son)         25 %

The endorsement is attached. Please keep it with your policy documents.
As the designation is revocable, you can change it again at any time in
writing.

Kind regards
Ralf Dietrich

""" + S("dietrich"))
    att(m, "Endorsement_7.340.118.22_2026-03-05.pdf", pdf([
        "# Lindenhof Lebensversicherung AG",
        "Endorsement (Nachtrag) No. 3 to policy 7.340.118.22",
        "",
        "Policyholder and life assured: Mr Owen Gallagher, Von-Esmarch-Straße 40, 48149 Münster",
        "Date of birth of the life assured: 30.01.1979",
        "",
        "With effect from 27.02.2026 the beneficiary designation for the death benefit reads:",
        "Aoife Brennan, born 14.05.1984 - 50 %",
        "Niamh Gallagher, born 02.11.2008 - 25 %",
        "Rory Gallagher, born 19.08.2011 - 25 %",
        "The designation is revocable. All other terms remain unchanged.",
        "",
        "Münster, 05.03.2026",
        "Lindenhof Lebensversicherung AG, Vertragsservice Leben",
    ], title="Endorsement 7.340.118.22", author="Lindenhof Lebensversicherung AG", created=pdfdate(5, 8, 58)))
    return m


@mail(23, "NORMAL", "de", "insurer-to-press",
      "trap: press answers on the 2026 premium increase in private health insurance with portfolio averages and cost drivers, no person")
def m0023():
    m = new("franke", [A("Till Osterkamp", "t.osterkamp@tagesbote.example")],
            "AW: Anfrage Beitragsanpassung PKV 2026", dt(5, 10, 12),
            irt="<c1b7e2d0-0411-4a55-b5b2-osterkamp@tagesbote.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Herr Osterkamp,

danke für Ihre Fragen, hier unsere Antworten – gern mit Namensnennung
"Julia Franke, Sprecherin der Lindenhof Versicherungsgruppe".

1. Wie stark steigen die Beiträge zum 1. Januar 2026?
   Im Durchschnitt über alle Tarife der Vollversicherung um 7,9 Prozent.
   Rund 38 Prozent unserer Versicherten sind von keiner Erhöhung betroffen,
   bei etwa 11 Prozent steigt der Beitrag um mehr als 15 Prozent.

2. Was sind die Ursachen?
   Vor allem die Leistungsausgaben: Krankenhausbehandlungen (+9 Prozent je
   Versicherten), Arzneimittel, insbesondere neue Krebs- und
   Rheumatherapien, sowie die höhere Inanspruchnahme von Psychotherapie.
   Hinzu kommt der niedrigere Rechnungszins.

3. Was können Versicherte tun?
   Jeder Kunde kann nach § 204 VVG in einen anderen Tarif wechseln, ohne
   erworbene Rechte zu verlieren. Unser Tarifwechsel-Team hat 2025 rund
   2.400 Kundinnen und Kunden beraten.

Die Zahlen stammen aus unserem Geschäftsbericht-Entwurf und sind
freigegeben. Für ein Foto unseres Vorstands Dr. Vehling melden Sie sich gern.

Viele Grüße
Julia Franke

""" + S("franke") + """

-----Ursprüngliche Nachricht-----
Von: Till Osterkamp <t.osterkamp@tagesbote.example>
Gesendet: Mittwoch, 4. März 2026 16:20
An: presse@lindenhof-versicherung.example
Betreff: Anfrage Beitragsanpassung PKV 2026

Sehr geehrte Damen und Herren,
für einen Beitrag am Samstag ("Warum die Private teurer wird") hätte ich drei
Fragen: durchschnittliche Erhöhung 2026, Gründe, Tipps für Versicherte.
Deadline Freitag 12 Uhr.
Beste Grüße, Till Osterkamp, Wirtschaftsredaktion Münsterländer Tagesbote
""")
    return m


@mail(24, "CONFIDENTIAL", "de", "insurer-to-customer",
      "SEPA mandate confirmation for a named customer's household and liability policies with IBAN and mandate reference (iso-8859-1)")
def m0024():
    ib = iban("DE", "40050150" + "0028664913", "grouped")
    m = new("weiss", [A("Karl-Heinz Tebbe", "kh.tebbe@t-netz.example")],
            "Bestätigung Ihres SEPA-Lastschriftmandats", dt(5, 11, 3),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Tebbe,

wir bestätigen die Änderung Ihrer Bankverbindung. Ab dem nächsten Fälligkeitstag
ziehen wir die Beiträge für folgende Verträge per Lastschrift ein:

  Hausratversicherung        HR-097 551 2     jährlich 01.04.   148,20 EUR
  Privathaftpflicht          PH-204 118 9     jährlich 01.04.    71,40 EUR

Kontoinhaber:        Karl-Heinz Tebbe
IBAN:                """ + ib + """
BIC:                 WELADED1MST
Mandatsreferenz:     LHA-HR0975512-2026-03
Gläubiger-ID:        """ + creditor_id("DE", "00000412096") + """

Die Lastschrift kündigen wir Ihnen jeweils mit der Beitragsrechnung an.

Mit freundlichen Grüßen
Georg Weiß

""" + S("weiss"), cs="iso-8859-1", cte="8bit")
    return m


@mail(25, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "advisory physician's opinion on a named insured's stay in a psychosomatic clinic: severe depression F32.2, suicidal thoughts, in a reply thread")
def m0025():
    m = new("hahn", [P["vogel"].addr],
            "AW: Psychosomatik – Frau Krabbe, KÜ-Verlängerung Klinik am Wiehen", dt(5, 11, 47),
            irt=mid("d211-0025-prev"),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Liebe Katrin,

medizinisch ist die Verlängerung um 14 Tage nachvollziehbar. Die Klinik schildert
eine schwere depressive Episode ohne psychotische Symptome (F32.2) mit
anhaltenden passiven Suizidgedanken bei Aufnahme, inzwischen distanziert.
Medikamentöse Umstellung auf Venlafaxin läuft seit 20.02., ein ambulantes
Setting ist nach dem Bericht noch nicht ausreichend.

Zur Frage gemischte Anstalt: Die Klinik am Wiehen ist laut unserer Liste eine
gemischte Anstalt; die vorherige Zusage nach § 4 Abs. 5 MB/KK liegt ja vor.
Ich würde bis 20.03. verlängern und dann einen Zwischenbericht mit
Therapieplan für die Entlassung anfordern.

Viele Grüße
Ulrike

""" + S("hahn") + """

-----Ursprüngliche Nachricht-----
Von: Vogel, Katrin <katrin.vogel@lindenhof-versicherung.example>
Gesendet: Mittwoch, 4. März 2026 15:32
An: Hahn, Ulrike Dr. med. <ulrike.hahn@lindenhof-versicherung.example>
Betreff: Psychosomatik – Frau Krabbe, KÜ-Verlängerung Klinik am Wiehen

Hallo Ulrike,

die Klinik am Wiehen beantragt für Frau Doris Krabbe (Vers.-Nr. 177 208 41-01,
geb. 1973) Verlängerung bis 20.03., bisher bewilligt 06.02.-06.03. Bericht
liegt im Workflow. Kannst du bitte drüberschauen? Tagessatz 398 EUR.

Danke, Katrin
""")
    return m


@mail(26, "NORMAL", "en", "internal",
      "trap: mortality experience study (actual vs expected by age band and sex) for the group actuarial function, aggregates only")
def m0026():
    m = new("albers", [A("Group Actuarial Function", "actuarial@nordaxis-group.example")],
            "Life mortality experience 2021-2025 - A/E results for validation", dt(5, 14, 20),
            cc=[P["mehta"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear colleagues,

as agreed for the Solvency II assumption review, please find attached our
mortality experience study for the individual life portfolio, exposure
years 2021-2025, against DAV 2008 T (aggregate, smoker/non-smoker not split).

Headline results:
- overall A/E by amounts 71.3 % (by lives 76.8 %), stable versus the last study
- males 40-59 lighter than expected (A/E 64 %), driven by the term life book
  sold via brokers since 2016
- 2021 and 2022 still show excess deaths (COVID-19), 2023-2025 back in line
- cells with fewer than 5 deaths are merged into the neighbouring band

We propose to keep the best estimate at 75 % of DAV 2008 T for term life and
to review the selection effect in the next study. Comments by 20 March would
be appreciated.

Best regards
Henrik

""" + S("albers"))
    att(m, "LV_mortality_AE_2021-2025.xlsx", xlsx([
        ("A_E by age", [
            ["Age band", "Sex", "Exposure (years)", "Actual deaths", "Expected deaths (DAV 2008 T)", "A/E lives %"],
            ["20-39", "M", 68410, 41, 58.2, 70.4],
            ["20-39", "F", 59877, 19, 24.1, 78.8],
            ["40-59", "M", 91250, 212, 331.6, 63.9],
            ["40-59", "F", 77802, 118, 146.3, 80.7],
            ["60-79", "M", 30144, 361, 418.9, 86.2],
            ["60-79", "F", 24066, 179, 201.0, 89.1],
            ["80+ (merged)", "M+F", 1890, 88, 95.4, 92.2],
            ["Total", "", 353439, 1018, 1275.5, 79.8],
        ]),
        ("A_E by year", [
            ["Calendar year", "Actual deaths", "Expected deaths", "A/E lives %"],
            [2021, 231, 246.0, 93.9],
            [2022, 218, 251.7, 86.6],
            [2023, 189, 256.3, 73.7],
            [2024, 187, 259.1, 72.2],
            [2025, 193, 262.4, 73.6],
        ]),
    ], title="Mortality experience 2021-2025", author="Henrik Albers", created="2026-03-05T12:10:00Z"))
    return m


@mail(27, "CONFIDENTIAL", "en", "insurer-to-broker",
      "annual travel insurance renewals for a broker's named clients with dates of birth and premiums in a CSV; travel without any health content")
def m0027():
    m = new("bianchi", [A("Expat Cover Partners - Renewals", "renewals@expatcover.example")],
            "Travel annual policies - renewals April 2026", dt(5, 15, 2),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hello Priya,

attached is the list of your clients' annual travel policies renewing on
1 April 2026, with the new premiums (tariff change: +4 % for worldwide cover,
Europe unchanged). Policies renew automatically unless the client cancels
by 31 March. Please let me know by 20 March if any client has moved abroad
permanently, because these policies would then end.

Best regards
Marco

""" + S("bianchi"))
    att(m, "ECP_travel_renewals_2026-04.csv", """policy;policyholder;date_of_birth;insured_persons;region;premium_2025_eur;premium_2026_eur
RV-2025-104417;Jonathan Pryce;1981-02-13;2;worldwide excl. USA;189.00;196.56
RV-2025-104452;Marta Kowalczyk;1990-07-30;1;Europe;69.00;69.00
RV-2025-104478;Sébastien Moreau;1975-11-02;4;worldwide incl. USA;412.00;428.48
RV-2025-104490;Yuki Tanabe-Schulz;1986-05-21;3;worldwide excl. USA;239.00;248.56
RV-2025-104511;Aleksandar Petrović;1968-09-09;2;Europe;118.00;118.00
RV-2025-104533;Grace O'Donnell;1993-12-17;1;worldwide incl. USA;164.00;170.56
""", cs="utf-8")
    return m

# --- Friday, 6 March 2026 ----------------------------------------------------

@mail(28, "STRICTLY_CONFIDENTIAL", "en", "hospital",
      "forwarded hospital mail (message/rfc822) with a named tourist's discharge summary: hip fracture S72.0, surgery, anticoagulation; outer body harmless")
def m0028():
    inner = ext(A("Dr. Lucía Ferrer", "l.ferrer@costa-azul-clinic.example"),
                [P["bianchi"].addr],
                "Patient HOLLMANN Gerd - discharge summary / fit to fly",
                dt(5, 18, 41), "<20260305174112.88213@costa-azul-clinic.example>",
                headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(inner, """Dear Mr Bianchi,

as requested, the discharge summary of your insured:

Patient: Gerd Hollmann, DOB 11/04/1954, German national
Admission: 27/02/2026 via emergency department after a fall in the hotel
Diagnosis: closed fracture of the femoral neck, right (S72.0), Garden III
Procedure: 28/02/2026 cemented hemiarthroplasty, right hip; uneventful
Comorbidities: atrial fibrillation on apixaban (paused peri-operatively,
restarted 02/03), type 2 diabetes on metformin
Course: mobilised with walker from day 2, wound dry, Hb 10.9 g/dl on 04/03
Discharge: planned 09/03/2026
Fit to fly: yes, from 09/03, seated with extra legroom (row 1 or emergency
exit not allowed), wheelchair to the gate, escort recommended; thrombosis
prophylaxis continues with apixaban 5 mg twice daily.

The final invoice (EUR 14,870.00) will follow from our billing department.

Kind regards
Dr. Lucía Ferrer
Traumatology and Orthopaedics
Clínica Costa Azul, Avenida del Mar 44, 29602 Marbella, Spain
""")
    m = new("bianchi", [A("GlobeCare Assistance - Medical Team", "medical@globecare-assist.example")],
            "FW: Patient HOLLMANN Gerd - discharge summary / fit to fly (our ref. RV-S-26-00871)",
            dt(6, 8, 14),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hi Ruth,

please see the clinic's message attached for our case RV-S-26-00871.
Could you organise the return flight Málaga - Düsseldorf for Monday 9 March
as discussed on the phone, plus the ground transport to his home in Ahlen?
Please send me the cost estimate before booking.

Thanks
Marco

""" + S("bianchi"))
    fwd(m, inner, "Patient HOLLMANN Gerd - discharge summary.eml")
    return m


@mail(29, "NORMAL", "de", "insurer-to-prospect",
      "trap: answer to a prospect asking about private health insurance for the self-employed; generic product information, no contract, no health or birth data")
def m0029():
    m = new("petersen", [A("Yannick Brüggemann", "yannick@brueggemann-design.example")],
            "Ihre Anfrage zur privaten Krankenversicherung für Selbstständige", dt(6, 9, 3),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Herr Brüggemann,

vielen Dank für Ihr Interesse an unserer Krankenvollversicherung.

Als Selbstständiger können Sie sich unabhängig von Ihrem Einkommen privat
versichern. Die wichtigsten Punkte in Kürze:

- Tarife AK 80 / AK 100 (ambulant), ST 1 / ST 2 (stationär), ZB 70 / ZB 90
  (Zahn), frei kombinierbar; Selbstbehalt von 0 bis 1.200 EUR jährlich.
- Krankentagegeld ab dem 15., 29. oder 43. Tag der Arbeitsunfähigkeit –
  für Selbstständige besonders wichtig.
- Der Beitrag hängt vom Eintrittsalter, den gewählten Tarifen und dem
  Ergebnis der Gesundheitsprüfung ab. Für ein verbindliches Angebot benötigen
  wir daher einen Antrag mit Gesundheitsfragen.

Unsere Broschüre "Privat versichert als Selbstständiger" finden Sie hier:
https://www.lindenhof-versicherung.example/kv/selbststaendige.pdf

Gern vereinbart eine Kollegin aus der Beratung einen Termin mit Ihnen, per
Video oder bei Ihnen vor Ort. Antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
Jonas Petersen

""" + S("petersen"))
    return m


@mail(30, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care: decision letter granting care level 3 to a named insured after the assessment, with care allowance; PDF and body")
def m0030():
    m = new("sommer", [A("Gisela Hartkamp", "gisela.hartkamp@gmx-post.example")],
            cc=[A("Petra Hartkamp-Wenning", "petra.wenning@wenning-familie.example")],
            subject="Ihr Antrag auf Pflegeleistungen – Pflegegrad 3 ab 01.02.2026", date=dt(6, 10, 21),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Hartkamp,

die Gutachterin von CareCheck Begutachtung hat Sie am 25. Februar zu Hause
besucht. Nach dem Gutachten stufen wir Sie ab dem 01.02.2026 in den
Pflegegrad 3 ein. Den ausführlichen Bescheid finden Sie im Anhang.

Da Sie von Ihrer Tochter gepflegt werden, zahlen wir Ihnen ab Februar ein
Pflegegeld von 599 EUR monatlich; die Nachzahlung für Februar erfolgt mit der
ersten Zahlung Mitte März. Wie gewünscht, erhält Ihre Tochter Frau
Hartkamp-Wenning als Bevollmächtigte eine Kopie dieser Nachricht.

Bitte denken Sie an die Beratungsbesuche nach § 37 Abs. 3 SGB XI (einmal im
Halbjahr). Bei Fragen rufen Sie mich gern an.

Mit freundlichen Grüßen
Heike Sommer

""" + S("sommer"))
    att(m, "Bescheid_Pflegegrad_Hartkamp.pdf", pdf([
        "# Lindenhof Krankenversicherung a.G. - Private Pflegepflichtversicherung",
        "",
        "Frau Gisela Hartkamp, Ludgeristraße 58, 59227 Ahlen",
        "Versicherungsnummer 102 337 80-01, geb. 05.12.1939",
        "",
        "# Bescheid über die Feststellung der Pflegebedürftigkeit",
        "Antrag vom 28.01.2026, Begutachtung durch CareCheck Begutachtung GmbH am 25.02.2026",
        "",
        "Ergebnis der Begutachtung (gewichtete Punkte):",
        "Modul 1 Mobilität: 7,5    Modul 2/3 kognitive Fähigkeiten / Verhalten: 11,25",
        "Modul 4 Selbstversorgung: 20,0    Modul 5 krankheitsbedingte Anforderungen: 5,0",
        "Modul 6 Alltagsleben: 7,5    Gesamtpunktzahl: 51,25",
        "",
        "Pflegebegründende Diagnosen laut Gutachten: beginnende Alzheimer-Demenz (G30.1),",
        "Herzinsuffizienz NYHA III (I50.13), Gonarthrose beidseits (M17.0).",
        "",
        "Entscheidung: Pflegegrad 3 ab 01.02.2026.",
        "Leistung: Pflegegeld 599,00 EUR monatlich bei häuslicher Pflege durch Angehörige.",
        "Pflegeperson: Petra Hartkamp-Wenning (Tochter); Rentenversicherungsbeiträge werden gemeldet.",
        "Wiederholungsbegutachtung: nicht vorgesehen.",
        "",
        "Münster, 06.03.2026",
    ], title="Bescheid Pflegegrad", author="Lindenhof Krankenversicherung a.G.", created=pdfdate(6, 10, 10)))
    return m


@mail(31, "NORMAL", "de", "insurer-to-supplier",
      "out-of-office auto-reply of the procurement clerk to a supplier; names a deputy, nothing else")
def m0031():
    m = new("martens", [A("Buchhaltung Gebäudereinigung Alaca", "buchhaltung@alaca-reinigung.example")],
            "Automatische Antwort: Rechnung RE-2026-0311 Unterhaltsreinigung Februar", dt(6, 11, 2),
            irt="<RE2026031108@alaca-reinigung.example>",
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-Mailer", "Microsoft Exchange Server")])
    body(m, """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 13.03.2026, nicht im Büro und habe
keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Einkaufs- und Facility-Angelegenheiten wenden Sie sich bitte an
Frau Carina Dölle (carina.doelle@lindenhof-versicherung.example,
Tel. +49 251 9960-1612). Rechnungen senden Sie bitte ausschließlich an
rechnungseingang@lindenhof-versicherung.example.

Mit freundlichen Grüßen
Sven Martens
""")
    return m


@mail(32, "CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings insurance: storm damage claim of named customers with insured address, claim number and roofer's estimate")
def m0032():
    m = new("reuter", [A("Andrea und Michael Brinkhege", "brinkhege@familie-brinkhege.example")],
            "Sturmschaden an Ihrem Haus – Schadennummer S-2026-031174", dt(6, 13, 44),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Brinkhege, sehr geehrter Herr Brinkhege,

vielen Dank für die Fotos und den Kostenvoranschlag der Dachdeckerei Többen.

Zum Schaden, den Sturmtief "Ilka" in der Nacht zum 3. März an Ihrem Haus
Am Mühlenbach 12, 48341 Altenberge verursacht hat, habe ich folgende Daten
erfasst:

  Vertrag:        Wohngebäudeversicherung WG-301 774 6 (gleitender Neuwert)
  Schaden:        S-2026-031174, Sturm, Windstärke 10 laut DWD (Station Greven)
  Umfang:         ca. 14 m² Dacheindeckung (Tonziegel) und Firstreihe,
                  Dachrinne Nordseite, Notabdeckung durch Dachdecker am 03.03.
  Kostenvoranschlag Többen vom 05.03.: 6.842,70 EUR brutto

Bis 10.000 EUR verzichten wir auf einen Gutachter. Sie können den Auftrag
erteilen; wir zahlen nach Vorlage der Rechnung direkt an die Dachdeckerei
oder an Sie. Die Kosten der Notabdeckung (412,00 EUR) sind mitversichert.

Mit freundlichen Grüßen
Stefanie Reuter

""" + S("reuter"))
    return m


@mail(33, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability claim of the addressee: post-COVID syndrome / ME/CFS (G93.3), fatigue scores, request for specialist reports")
def m0033():
    m = new("brenner", [A("Rebecca Thornfield", "rebecca.thornfield@thornfield-mail.example")],
            "Your disability claim BU-L-26-0091 - next steps", dt(6, 15, 9),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Thornfield,

thank you for your claim form and the documents you sent on 2 March. I am
handling your claim under your income protection policy 3.098.210 and will
be your contact person.

From your GP's certificate we understand that you have been unable to work
as a project manager since 1 October 2025 because of post-COVID syndrome with
chronic fatigue (ME/CFS, G93.3), post-exertional malaise and concentration
problems; your Bell score is given as 30.

To decide on your claim we still need:

1. the report of the post-COVID outpatient clinic at the University
   Hospital (you mentioned an appointment in January),
2. your activity diary for two typical weeks (form attached to our letter
   of 4 March),
3. your employer's job description, including the share of travel and
   screen work.

If it helps, we can also arrange a home visit by a rehabilitation manager,
free of charge. Please take your time with the diary; we know that writing
itself can be exhausting.

Kind regards
Thomas Brenner

""" + S("brenner"))
    return m


# --- Monday, 9 March 2026 ----------------------------------------------------

@mail(34, "NORMAL", "en", "insurer-to-supplier",
      "trap: print job specification for annual health premium refund letters with a sample PDF for 'Max Mustermann (test record)', no real person")
def m0034():
    m = new("hoffmann", [A("Conor Fitzpatrick", "c.fitzpatrick@printwise-output.example")],
            "Print job LH-2026-07 - premium refund letters, sample file for proof", dt(9, 8, 40),
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Hi Conor,

here are the specifications for job LH-2026-07 (annual letters on the
premium refund for claim-free health policyholders):

- volume: approx. 31,400 letters, DIN A4, 1 sheet duplex, C5 window envelope
- paper: 80 g/m² recycled, logo in Pantone 363 C
- data file: fixed-width, delivered via SFTP on 23 March, 06:00 CET
- mail date: 26 March, Deutsche Post Dialogpost
- inserts: none

For the colour proof please use the attached sample. It is built from our
test record "Max Mustermann" (test policy 999 000 00-01, fictitious
address); the live file will only be transferred over SFTP, never by e-mail.

Please send the proof PDF back by Thursday.

Thanks
Lena

""" + S("hoffmann"), flowed=True)
    att(m, "LH-2026-07_sample_TESTRECORD.pdf", pdf([
        "# Lindenhof Krankenversicherung a.G.",
        "*** MUSTER / SAMPLE - TESTDATENSATZ - NICHT VERSENDEN ***",
        "",
        "Herrn Max Mustermann (Testdatensatz)",
        "Musterstraße 1",
        "99999 Musterstadt",
        "",
        "# Ihre Beitragsrückerstattung für das Jahr 2025",
        "Versicherungsnummer: 999 000 00-01 (Test)",
        "",
        "Sehr geehrter Herr Mustermann,",
        "Sie haben im Jahr 2025 keine Leistungen in Anspruch genommen. Dafür erstatten",
        "wir Ihnen drei Monatsbeiträge aus den erfolgsabhängigen Tarifen: 999,99 EUR.",
        "Die Auszahlung erfolgt im Juli 2026 auf Ihr Konto.",
        "",
        "Mit freundlichen Grüßen",
        "Lindenhof Krankenversicherung a.G.",
    ], title="Sample LH-2026-07", author="Lena Hoffmann", created=pdfdate(9, 8, 20)))
    return m


@mail(35, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: premium refund after a car was sold, named customer with policy number, plate and IBAN (windows-1252)")
def m0035():
    ib = iban("DE", "44050199" + "0002847331")
    m = new("koehler", [A("Brigitte Schürmann", "b.schuermann@westfalen-mail.example")],
            "Erstattung Kfz-Beitrag – Vertrag KF-24-0019734", dt(9, 9, 15),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Schürmann,

nach Abmeldung Ihres Opel Corsa (DO-BS 316) zum 20.02.2026 haben wir den
Vertrag KF-24-0019734 beendet. Für den Zeitraum 21.02. bis 31.12.2026 erstatten
wir Ihnen den nicht verbrauchten Beitrag:

  Jahresbeitrag 2026 (Haftpflicht + Teilkasko):   514,80 €
  Anteil 21.02.–31.12.2026 (314 Tage):              442,87 €

Die Erstattung überweisen wir in den nächsten Tagen auf Ihr Konto
""" + ib + """ (Sparkasse Dortmund), von dem wir bisher abgebucht haben.

Ihren Schadenfreiheitsrabatt (SF 22) reservieren wir sieben Jahre für Sie,
falls Sie wieder ein Auto versichern möchten.

Mit freundlichen Grüßen
Daniel Köhler

""" + S("koehler"), cs="windows-1252", cte="quoted-printable")
    return m


@mail(36, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
      "external medical review commissioned: body names the insured and the knee surgery; ZIP holds the hospital report PDF and an invoice CSV with diagnoses")
def m0036():
    m = new("vogel", [A("MedAudit Gutachten GmbH – Auftragsannahme", "auftraege@medaudit-gutachten.example")],
            "Gutachtenauftrag GA-26-0142 – Medizinische Notwendigkeit Knie-TEP", dt(9, 10, 4),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Damen und Herren,

wir beauftragen Sie gemäß Rahmenvertrag vom 01.01.2025 mit einem
Aktengutachten:

  Auftrag:     GA-26-0142
  Versicherte: Frau Hildegard Pohlmann, Vers.-Nr. 150 662 19-01
  Fragestellung: Medizinische Notwendigkeit der Implantation einer
  Knie-Totalendoprothese rechts am 14.01.2026 bei 58-jähriger Versicherter;
  war eine weitere konservative Therapie zumutbar? Angemessenheit der
  Liquidation (GOÄ, Steigerungssätze > 2,3).

Die Unterlagen (OP-Bericht, Entlassbrief, Rechnungsaufstellung) finden Sie im
angehängten Archiv. Die Schweigepflichtentbindung der Versicherten liegt vor.

Erledigung bitte bis 27.03.2026.

Mit freundlichen Grüßen
Katrin Vogel

""" + S("vogel"))
    report = pdf([
        "# Orthopädische Klinik Hiltrup - Entlassungsbericht",
        "Patientin: Hildegard Pohlmann, geb. 02.06.1967",
        "Aufenthalt: 13.01.2026 - 21.01.2026",
        "",
        "Diagnosen: Primäre Gonarthrose rechts, Kellgren-Lawrence Grad III-IV (M17.1),",
        "Adipositas Grad I (E66.0, BMI 31,8), arterielle Hypertonie (I10.90).",
        "Operation 14.01.2026: Implantation einer zementierten Knie-TEP rechts (OPS 5-822.g1).",
        "Vorbehandlung laut Anamnese: NSAR seit 2023, Physiotherapie 2024, 2 Hyaluronsäure-Injektionen.",
        "Verlauf komplikationslos, Mobilisation an Unterarmgehstützen, Beugung 0-0-90 Grad.",
        "Entlassung in die Anschlussheilbehandlung (Reha-Klinik Bad Rothenfelde).",
    ], title="Entlassungsbericht Pohlmann", author="Orthopädische Klinik Hiltrup", created=pdfdate(21, 14, 2, month=1))
    invoices = """Beleg;Datum;Leistungserbringer;Diagnose;GOAE_Ziffern;Faktor;Betrag_EUR
R-0114;14.01.2026;Prof. Dr. med. Arnd Sievering (Chefarzt);M17.1;2153,5855,440;3,5;4218,66
R-0115;14.01.2026;Dr. med. Eva Lohoff (Anästhesie);M17.1;462,480,602;2,5;1107,30
R-0121;21.01.2026;Orthopädische Klinik Hiltrup (DRG I47B);M17.1;-;-;9874,12
"""
    att(m, "GA-26-0142_Unterlagen.zip", mkzip([
        ("GA-26-0142/Entlassungsbericht_Pohlmann.pdf", report),
        ("GA-26-0142/Rechnungen_Pohlmann.csv", invoices.encode("cp1252")),
    ], when=(2026, 3, 9, 9, 50, 0)))
    return m


@mail(37, "NORMAL", "de", "internal",
      "trap: data protection training quiz on classifying mails, all examples with fictitious persons (Erika Mustermann) and placeholders, in a DOCX")
def m0037():
    m = new("wagner", [A("Führungskräfte Lindenhof", "fuehrungskraefte@" + DOMAIN)],
            "Pflichtschulung Datenschutz 2026 – Quiz zur E-Mail-Klassifizierung", dt(9, 11, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Liebe Führungskräfte,

bitte geben Sie das angehängte Quiz bis Ende März in Ihren Teams aus. Es
gehört zur Pflichtschulung 2026 und dauert etwa 15 Minuten. Die Beispiele sind
frei erfunden; echte Fälle bitte nicht in Schulungsunterlagen kopieren.

Die Auflösung schicke ich Ihnen nach dem 31.03. separat.

Herzliche Grüße
Ines Wagner

""" + S("wagner"))
    att(m, "Quiz_Mailklassifizierung_2026.docx", docx([
        ("h", "Quiz: Wie vertraulich ist diese E-Mail?"),
        "Ordnen Sie jedem Beispiel eine Stufe zu: NORMAL, VERTRAULICH oder STRENG VERTRAULICH.",
        "Alle Personen und Nummern sind frei erfunden.",
        ("table", [["Nr.", "Beispiel", "Ihre Einstufung"],
                   ["1", "Rundmail: Die Kantine bleibt am Gründonnerstag geschlossen.", ""],
                   ["2", "Mail an Erika Mustermann (fiktiv) mit ihrer IBAN DE00 0000 0000 0000 0000 00 (Platzhalter).", ""],
                   ["3", "Mail an einen Arzt mit der Diagnose «Diagnose» und dem Namen «Vorname Nachname».", ""],
                   ["4", "Statistik: Anzahl Pflegefälle je Pflegegrad im Bestand, ohne Namen.", ""],
                   ["5", "Mail an Max Mustermann (fiktiv) zu seiner Kfz-Versicherung mit Vertragsnummer.", ""],
                   ["6", "Protokoll des Tarifausschusses mit Schadenquoten je Tarif.", ""],
                   ["7", "Antwort an einen Kunden: 'Ihre Rechnung über die Psychotherapie erstatten wir.'", ""]]),
        ("b", "Merksätze"),
        "Gesundheitsdaten und alles aus Leben, Kranken und Unfall zu einer bestimmten Person: streng vertraulich.",
        "Geburtsdatum, Einkommen, Bankdaten, die Tatsache, dass jemand bei uns versichert ist: vertraulich.",
        "Zahlen ohne Personenbezug: normal – aber Kleinstzellen vermeiden.",
    ], title="Quiz Mailklassifizierung", author="Dr. Ines Wagner", created="2026-03-06T15:40:00Z"))
    return m


@mail(38, "CONFIDENTIAL", "en", "insurer-to-customer",
      "private liability claim of a named customer (football broke the neighbour's window), claim number and neighbour named; nobody hurt")
def m0038():
    m = new("reuter", [A("Daniel Mbeki-Hart", "dmbekihart@hartmail.example")],
            "Re: broken window at your neighbour's - claim S-2026-031480", dt(9, 12, 33),
            irt="<CAF7u2nE0q1@hartmail.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Mbeki-Hart,

thanks for the quick reply and the photos. Don't worry, this is exactly what
your personal liability insurance is for.

I have registered the claim as S-2026-031480 under your policy PH-311 028 4.
As your son Jamie (9) is insured with you, we will pay for the damage to
Mr and Mrs Kleine-Börger's patio door (Heekweg 7). Nobody was hurt, so it
is only the glass.

Could you ask your neighbours to send me the glazier's invoice (or a quote)
directly? Their e-mail address is enough; I will contact them. You do not
have to pay anything yourself - your policy has no excess for this.

Kind regards
Stefanie Reuter

""" + S("reuter") + """

> On 8 Mar 2026, at 19:02, Daniel Mbeki-Hart <dmbekihart@hartmail.example> wrote:
>
> Hi, my son kicked his football through the neighbours glass door
> this afternoon (Sunday). Nobody hurt, just the big pane broken. They are
> nice about it but obviously want it fixed. Are we covered? Policy is
> PH-311 028 4 I think. Photos attached.
> Thanks, Dan
""")
    return m


@mail(39, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance: permanent impairment of the addressee's wrist after scaphoid and radius fractures (S62.0, S52.5), degree of disability and payout")
def m0039():
    m = new("frank", [A("Tomasz Zielinski", "tomasz.zielinski@zielinski-it.example")],
            "Accident policy UV-220 417 3 - assessment of permanent impairment", dt(9, 14, 50),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Zielinski,

we have now received the medical report by Dr. Anke Rohlfing (hand surgery,
Münster) of 20 February 2026 on the consequences of your accident on
11 March 2025 (fall from a ladder, fracture of the right scaphoid, S62.0,
and of the distal radius, S52.5, operated with plate osteosynthesis).

The expert finds a remaining restriction of movement of the right wrist
(extension/flexion 40-0-35 degrees) and reduced grip strength. Under the
limb table ("Gliedertaxe") of your policy she assesses the permanent
impairment at 2/10 of the value of a hand.

  Value of a hand under the limb table:      55 %
  2/10 of it:                                 11 % degree of disability
  Basic sum insured:                          EUR 120,000
  Progression (350 %), up to 25 %:            no effect
  Invalidity benefit:                         EUR 13,200.00

We will transfer the amount within one week. If you disagree with the
assessment, you can ask for a new assessment within three years of the
accident.

Kind regards
Tobias Frank

""" + S("frank"))
    return m


@mail(40, "NORMAL", "de", "insurer-to-broker",
      "trap: initial password mail for a broker firm's administrator account in the broker portal; a credential, but no customer or personal data")
def m0040():
    m = new(FN("maklerportal", "Lindenhof Maklerportal"), [A("Frauke Hansen", "f.hansen@maklerkontor-hansen.example")],
            "Ihr Zugang zum Lindenhof Maklerportal – Initialpasswort", dt(9, 15, 30),
            headers=[("Auto-Submitted", "auto-generated")])
    body(m, """Guten Tag Frau Hansen,

für Ihre Firma Maklerkontor Hansen & Partner GmbH (Vertragspartner 40-2291)
wurde ein Zugang als Makleradministratorin angelegt.

  Benutzername:    f.hansen@maklerkontor-hansen.example
  Initialpasswort: tRq7-Loma-29Vx

Das Initialpasswort ist 72 Stunden gültig. Bei der ersten Anmeldung unter
https://makler.lindenhof-versicherung.example müssen Sie ein eigenes Passwort
vergeben und eine Sicherheitsfrage festlegen.

Als Administratorin können Sie weitere Benutzer Ihrer Firma anlegen und
ihnen Bestandsrechte zuweisen. Alle Zugriffe werden protokolliert.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf
diese E-Mail. Bei Fragen: Maklerbetreuung, Tel. +49 251 9960-1700.

Lindenhof Versicherungsgruppe | Am Lindenhof 1-5 | 48143 Münster
""")
    return m


# --- Tuesday, 10 March 2026 --------------------------------------------------

@mail(41, "CONFIDENTIAL", "de", "broker",
      "broker's mail forwarded inline: named customer's move, new address and new IBAN for household and liability policies")
def m0041():
    ib = iban("DE", "40060265" + "0039004712", "grouped")
    m = new("grundmann", [FN("vertragsservice-komposit", "Vertragsservice Komposit")],
            "WG: Adressänderung + neue Bankverbindung Kunde Rasmussen", dt(10, 8, 12),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo zusammen,

bitte erfassen, Vollmacht des Maklers liegt vor (Maklervertrag im Bestand).

Gruß Oliver

""" + S("grundmann") + """

-----Ursprüngliche Nachricht-----
Von: Jens Hansen <j.hansen@maklerkontor-hansen.example>
Gesendet: Montag, 9. März 2026 17:55
An: Grundmann, Oliver <oliver.grundmann@lindenhof-versicherung.example>
Betreff: Adressänderung + neue Bankverbindung Kunde Rasmussen

Moin Herr Grundmann,

unser gemeinsamer Kunde Herr Lars Rasmussen ist umgezogen. Bitte für
Hausrat HR-126 330 1 und PHV PH-126 330 2 ändern:

alt: Warendorfer Straße 88, 48145 Münster
neu: Ossenkampstiege 14, 48163 Münster (ab 01.03.2026), Wohnfläche neu 94 m²
(bisher 71 m²), bitte Versicherungssumme Hausrat entsprechend anpassen.

Neue Bankverbindung für beide Verträge:
Lars Rasmussen, IBAN """ + ib + """, Volksbank Münsterland Nord
Neues SEPA-Mandat hat er unterschrieben, schicke ich per Post.

Danke und Gruß
Jens Hansen
Maklerkontor Hansen & Partner GmbH
""")
    return m


@mail(42, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "fraud investigation of an expat clinic: named members with treatments, diagnoses and invoice amounts in an English internal mail")
def m0042():
    m = new("clarke", [A("Special Investigations Unit", "siu@" + DOMAIN)],
            "Suspicious invoices - Sunrise Wellness Clinic, Bali (3 members)", dt(10, 9, 30),
            cc=[P["okafor"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hi all,

we would like to open an SIU case on invoices from Sunrise Wellness Clinic,
Jl. Raya Ubud 8, Bali. Daniel spotted the pattern last week:

- Member Kevin Roos (IHP-0114-2290-01): invoiced 21 sessions of
  "physiotherapy for lumbar disc prolapse (M51.2)" in 24 days, IDR 31.5m;
  his Instagram shows him surfing daily in the same period.
- Member Julia Hatzfeld (IHP-0133-7021-01): "treatment of acute
  gastroenteritis (A09.0)", 4 nights inpatient, IDR 48m; she told us on the
  phone that she "just had a check-up".
- Member Jannik Ebbers (IHP-0098-5531-02): "IV vitamin infusions for
  chronic fatigue (R53)" and "ozone therapy", IDR 22m; not covered anyway.

All three invoices carry the same doctor's stamp (Dr. I. W. Santoso) and
the same bank account in Singapore. Total so far: approx. EUR 6,100, all
three paid under direct billing.

We have put further direct billing with the clinic on hold. Please let us
know whether you want us to contact the members first or wait for you.

Thanks
Emma

""" + S("clarke"))
    return m


@mail(43, "NORMAL", "en", "insurer-to-partner",
      "trap: quota share treaty renewal with portfolio aggregates (premium, claims, large losses by band, disability incidence), no person")
def m0043():
    m = new("mehta", [A("Katrine Solberg", "katrine.solberg@halvorsen-re.example")],
            "Renewal 2026/27 - Life & Disability quota share: portfolio data", dt(10, 10, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Katrine,

as promised, the portfolio data for the renewal of the life and disability
quota share (treaty HR-LV-2019-04) on 1 July 2026:

- in-force sums at risk, premiums and claims 2021-2025 by product line
- disability incidence and termination rates by occupational class
- large losses above EUR 250,000 by band (no policy-level data, as agreed
  in the treaty wording)

Key points: the disability incidence in occupational class 4 (manual
workers) went up to 4.1 per mille in 2025; mental disorders are now the
cause of 38 % of new disability claims, musculoskeletal 21 %, cancer 14 %.

Could we schedule the renewal meeting in Oslo in the week of 20 April?

Best regards
Rahul

""" + S("mehta"))
    att(m, "Lindenhof_QS_renewal_2026_portfolio.xlsx", xlsx([
        ("Portfolio", [
            ["Year", "Product", "Policies in force", "Sum at risk EUR m", "Gross premium EUR m", "Claims EUR m"],
            [2024, "Term life", 118402, 21880.4, 61.2, 23.9],
            [2024, "Disability (BU)", 74211, 0, 88.7, 41.0],
            [2025, "Term life", 121977, 22910.7, 63.0, 25.6],
            [2025, "Disability (BU)", 76530, 0, 92.1, 45.8],
        ]),
        ("Disability incidence", [
            ["Occupational class", "Exposure 2025", "New claims", "Incidence per mille"],
            ["1 (academic/office)", 31874, 41, 1.29],
            ["2 (office with travel)", 21110, 46, 2.18],
            ["3 (skilled, partly manual)", 15403, 52, 3.38],
            ["4 (manual)", 8143, 33, 4.05],
        ]),
        ("Causes", [
            ["Cause of disability (ICD chapter)", "Share of new claims 2025 %"],
            ["Mental and behavioural disorders (F)", 38],
            ["Musculoskeletal (M)", 21],
            ["Neoplasms (C/D)", 14],
            ["Nervous system (G)", 9],
            ["Circulatory (I)", 6],
            ["Other", 12],
        ]),
        ("Large losses", [
            ["Band EUR", "Number 2021-2025", "Total EUR m"],
            ["250k-500k", 37, 12.8],
            ["500k-1m", 9, 6.1],
            [">1m", 3, 4.4],
        ]),
    ], title="QS renewal 2026 portfolio data", author="Rahul Mehta", created="2026-03-10T09:15:00Z"))
    return m


@mail(44, "CONFIDENTIAL", "de", "insurer-to-customer",
      "professional indemnity claim of a self-employed architect (natural person) with policy and claim number and the client's demand; no health data")
def m0044():
    m = new("ahrens", [A("Dipl.-Ing. Corinna Wellmann", "buero@architektin-wellmann.example")],
            "Ihr Haftpflichtschaden BH-26-00318 – Forderung Bauherr Lindemann", dt(10, 11, 25),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Wellmann,

vielen Dank für Ihre Schadenmeldung zur Berufshaftpflichtversicherung für
Architekten (Vertrag BH-A 208 771, Deckungssumme Personen 3 Mio. /
Sonstige 1 Mio. EUR, Selbstbehalt 2.500 EUR).

Der Bauherr Herr Uwe Lindemann macht geltend, dass bei seinem Einfamilienhaus
in Telgte die Abdichtung der Bodenplatte fehlerhaft geplant worden sei, und
fordert 38.600 EUR für Sanierung und Mietausfall. Wir haben den Schaden unter
BH-26-00318 angelegt.

Bitte erkennen Sie gegenüber dem Bauherrn keine Ansprüche an und leiten Sie
uns weitere Schreiben sofort weiter. Wir prüfen die Haftungsfrage und
beauftragen dazu einen Bausachverständigen. Für die Prüfung benötigen wir:
Ausführungsplanung Abdichtung, Leistungsverzeichnis, Bautagebuch, Protokoll
der Abnahme.

Mit freundlichen Grüßen
Benedikt Ahrens

""" + S("ahrens"))
    return m


@mail(45, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "private health insurance premium arrears of the addressee: emergency tariff (Notlagentarif) and suspended benefits; personal line, no diagnosis")
def m0045():
    m = new("weiss", [A("Sascha Engberding", "sascha.engberding@funkpost.example")],
            "Beitragsrückstand Krankenversicherung 331 905 12-01 – Ruhen der Leistungen", dt(10, 13, 0),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Engberding,

trotz unserer Mahnungen vom 12.01. und 16.02.2026 sind die Beiträge zu Ihrer
Krankheitskosten-Vollversicherung 331 905 12-01 für Dezember 2025 bis März 2026
nicht gezahlt worden. Der Rückstand beträgt einschließlich Säumniszuschlägen
2.317,44 EUR.

Nach § 193 Abs. 6 VVG ruht Ihr Vertrag deshalb ab dem 01.04.2026, und Sie
werden im Notlagentarif NLT versichert. Im Notlagentarif erstatten wir nur
Aufwendungen für die Behandlung akuter Erkrankungen und Schmerzzustände sowie
bei Schwangerschaft und Mutterschaft. Der Beitrag im Notlagentarif beträgt
112,19 EUR monatlich.

Sobald alle Rückstände bezahlt sind, wird der Vertrag wieder in Ihrem
bisherigen Tarif fortgesetzt. Eine Ratenzahlung ist möglich – rufen Sie mich
gern an. Falls Sie Bürgergeld oder Grundsicherung beziehen, senden Sie uns
bitte den Bescheid; dann gelten besondere Regeln.

Mit freundlichen Grüßen
Georg Weiß

""" + S("weiss"))
    return m

@mail(46, "NORMAL", "de", "insurer-to-supplier",
      "trap: order for certified destruction of old health claim files and X-ray films (DIN 66399), volumes and security level only, no person")
def m0046():
    m = new("martens", [A("Akten-Sicher Westfalen GmbH", "auftrag@aktensicher-westfalen.example")],
            "Auftrag Aktenvernichtung Archiv UG – Leistungsakten KV bis 2015", dt(10, 14, 30),
            cc=[P["wagner"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Kaltenbach,

wie telefonisch besprochen beauftragen wir Sie mit der Vernichtung von
Altakten aus unserem Archiv im Untergeschoss (Raum U.07):

- ca. 340 Archivkartons Leistungsakten Krankenversicherung, Jahrgänge
  2005–2015 (Aufbewahrungsfrist abgelaufen, Freigabe der Fachabteilung liegt vor)
- ca. 60 Kartons Röntgenbilder und Befund-CDs aus Altfällen der
  Unfallversicherung
- 12 Kartons Personalakten ausgeschiedener Mitarbeitender (vor 2014)

Anforderungen: Schutzklasse 3, Sicherheitsstufe P-5 (Papier) bzw. F-3
(Filme) / O-4 (CDs) nach DIN 66399, Abholung in verplombten Sicherheits-
behältern, Vernichtungsprotokoll je Behälter. Vertrag zur
Auftragsverarbeitung nach Art. 28 DSGVO vom 14.11.2024 gilt.

Abholung bitte am 24. oder 25.03. ab 7:30 Uhr, Zufahrt über Tor 2. Frau
Dr. Wagner (Datenschutz) möchte bei der Verplombung dabei sein.

Mit freundlichen Grüßen
Sven Martens

""" + S("martens"))
    return m


@mail(47, "CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health insurance: vet invoice of a named customer's dog (animal health, not human), policy number and payout; no human health data")
def m0047():
    m = new("reuter", [A("Laura Kingsley", "laura.kingsley@kingsley-family.example")],
            "Your claim for Bruno - vet invoice of 2 March", dt(10, 15, 12),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Kingsley,

thank you for sending the invoice from Tierarztpraxis am Aasee for your dog
Bruno (Labrador, born 2019, pet health policy TK-400 219 8).

The vet treated Bruno for a torn cruciate ligament in his left hind leg
(TPLO surgery on 2 March, two nights in the clinic). Your policy covers
surgery at 100 % of the GOT rate up to three times the fee, minus your
annual excess of EUR 250.

  Invoice total:              EUR 2,486.34
  of which not covered:       EUR   64.00 (special food, collar)
  excess 2026:                EUR  250.00
  Payment to you:             EUR 2,172.34

The money will be in your account in three to four working days. We hope
Bruno recovers quickly!

Kind regards
Stefanie Reuter

""" + S("reuter"))
    return m


# --- Wednesday, 11 March 2026 ------------------------------------------------

@mail(48, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental: approval of a treatment and cost plan for two implants (teeth 36, 46), GOZ items, periodontitis, in text and PDF")
def m0048():
    m = new("aydin", [A("Dr. Stephan Kortmann", "s.kortmann@kortmann-online.example")],
            "Heil- und Kostenplan vom 26.02.2026 – Ihre Zusage", dt(11, 8, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Dr. Kortmann,

wir haben den Heil- und Kostenplan Ihres Zahnarztes Dr. Wienke vom 26.02.2026
geprüft. Für die geplanten Implantate in Regio 36 und 46 mit
implantatgetragenen Kronen sagen wir Ihnen nach Tarif ZB 90 eine Erstattung
von voraussichtlich 5.634,72 EUR zu (90 % der erstattungsfähigen Kosten von
6.260,80 EUR). Einzelheiten stehen in der angehängten Zusage.

Bitte beachten Sie: Die Parodontitistherapie (Stadium II, Grad B) muss vor
der Implantation abgeschlossen sein; die Kosten dafür erstatten wir
gesondert nach Rechnung.

Mit freundlichen Grüßen
Murat Aydın

""" + S("aydin"))
    att(m, "Zusage_HKP_20260226_Kortmann.pdf", pdf([
        "# Lindenhof Krankenversicherung a.G. - Zusage zum Heil- und Kostenplan",
        "Versicherte Person: Dr. Stephan Kortmann, geb. 28.03.1966, Vers.-Nr. 240 118 55-01",
        "Tarif: ZB 90, Zahnstaffel erfüllt (Vertragsbeginn 2011)",
        "Zahnarzt: Dr. med. dent. Hauke Wienke, Warendorf, HKP vom 26.02.2026",
        "",
        "Befund: 36 und 46 fehlend (Extraktion 2025 nach Wurzelfraktur),",
        "Parodontitis Stadium II Grad B, Knochenangebot ausreichend, kein Knochenaufbau geplant.",
        "",
        "GOZ     Leistung                                     Anzahl   Betrag EUR",
        "9010    Implantatinsertion                               2     1.214,44",
        "9040    Freilegung Implantat                             2       206,90",
        "2200    Vollkrone (Tangentialpräparation) auf Implantat  2       693,54",
        "        Material- und Laborkosten (Schätzung)                   3.412,00",
        "        Implantatmaterial 2 x Implantat, Abutment                 733,92",
        "        erstattungsfähig gesamt                                 6.260,80",
        "        Erstattung 90 %                                         5.634,72",
        "",
        "Die Zusage gilt 6 Monate ab Datum. Die Erstattung erfolgt nach Rechnung.",
        "Münster, 11.03.2026",
    ], title="Zusage HKP Kortmann", author="Lindenhof Krankenversicherung a.G.", created=pdfdate(11, 8, 11)))
    return m


@mail(49, "NORMAL", "en", "internal",
      "trap: post-incident review of the claims portal upload outage with counts of affected medical invoice uploads, no person")
def m0049():
    m = new("hoffmann", [A("Group IT Operations", "it-ops@nordaxis-group.example")],
            "Post-incident review INC-2026-04417 (claims portal uploads, 4 March)", dt(11, 9, 10),
            cc=[P["nowak"].addr, P["kraemer"].addr],
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Hi all,

the post-incident review for last week's upload outage:

What happened
  On 4 March 06:02-11:48 CET uploads of medical invoices and prescriptions
  larger than 10 MB failed with HTTP 413 in the customer claims portal.
  Root cause: the reverse proxy image 2.14 reset client_max_body_size from
  50m to the default 10m. The setting was in a config snippet that the new
  image no longer included.

Impact
  - 1,872 failed upload attempts from 1,204 distinct sessions
  - 61 calls to the member service phone team, 14 complaints by e-mail
  - no data loss: failed uploads were never stored; users re-uploaded
  - claims processing delayed by up to one day for an estimated 900 claims

Actions
  1. Add an upload smoke test (25 MB synthetic PDF) to the proxy pipeline
     - owner Piotr, due 20 March
  2. Alert on HTTP 413 rate > 1 % over 5 minutes - owner Lena, due 20 March
  3. Member service gets a text block for the website banner - done

No personal data was involved in the incident, so no notification under
Art. 33 GDPR is needed (confirmed by Dr. Wagner on 5 March).

Lena

""" + S("hoffmann"), flowed=True)
    return m


@mail(50, "CONFIDENTIAL", "de", "insurer-to-authority",
      "third-party debtor declaration on a garnished motor claim payout: named debtor with birth date, claim number and amount; no health data")
def m0050():
    m = new("koehler", [A("Obergerichtsvollzieherin Claudia Sieverding", "gv.sieverding@justiz-nrw.example")],
            "Drittschuldnererklärung nach § 840 ZPO – DR II 417/26 – Schuldner Marvin Telkamp", dt(11, 10, 2),
            cc=[A("Inkasso Westmünster GmbH", "forderung@inkasso-westmuenster.example")],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Sieverding,

zu dem am 04.03.2026 zugestellten Pfändungs- und Überweisungsbeschluss des
Amtsgerichts Münster (Az. 9 M 2281/26) in Sachen Inkasso Westmünster GmbH
gegen Herrn Marvin Telkamp, geb. 30.06.1994, Hafenweg 21, 48155 Münster,
geben wir folgende Drittschuldnererklärung ab:

1. Wir erkennen die gepfändete Forderung in Höhe von 3.964,20 EUR als
   begründet an. Es handelt sich um die Entschädigung aus der
   Vollkaskoversicherung KF-23-0077120 für den Schaden S-2026-020915
   (Unfallschaden am Pkw des Schuldners vom 29.01.2026).
2. Wir sind zur Zahlung bereit und werden den Betrag nach Ablauf der
   Frist des § 835 Abs. 3 ZPO an die Gläubigerin überweisen.
3. Andere Personen machen keine Ansprüche an die Forderung geltend.
4. Weitere Pfändungen liegen nicht vor.

Eine Kopie dieser Erklärung erhält die Gläubigerin.

Mit freundlichen Grüßen
Daniel Köhler

""" + S("koehler"))
    return m


@mail(51, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR: reintegration management (BEM) of a named employee after burnout and a slipped disc, working-hours plan; also tagged [streng vertraulich]")
def m0051():
    m = new("schaefer", [A("Markus Föcking", "markus.foecking@" + DOMAIN)],
            "[streng vertraulich] BEM Frau Kuhlmann – Wiedereingliederung ab 23.03.", dt(11, 11, 14),
            headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Sensitivity", "Private")])
    body(m, """Hallo Markus,

wie heute Morgen besprochen die Eckpunkte für das BEM mit Frau Kuhlmann.
Frau Kuhlmann hat ausdrücklich zugestimmt, dass du als Teamleiter diese
Informationen erhältst; bitte nicht weitergeben.

- Arbeitsunfähig seit 08.12.2025. Laut ihrem Gespräch mit der Betriebsärztin:
  Erschöpfungsdepression (F32.1) und zusätzlich ein Bandscheibenvorfall
  HWS (C5/C6) im Januar, konservativ behandelt.
- Stufenweise Wiedereingliederung nach Plan der Hausärztin:
  23.03.–05.04. 3 Std./Tag, 06.04.–19.04. 4 Std./Tag,
  20.04.–03.05. 6 Std./Tag, ab 04.05. voll.
- Arbeitsplatz: höhenverstellbarer Schreibtisch ist bestellt, bitte
  vorerst keine Telefon-Hotline-Schichten und keine Vertretung für das
  Beschwerdemanagement.
- Nächstes BEM-Gespräch: 21.04., 10 Uhr, mit Betriebsrat (Herr Olthoff).

Danke und Gruß
Nadine

""" + S("schaefer"))
    return m


@mail(52, "NORMAL", "en", "internal",
      "office move of IT workplaces (desk numbers, dates); organisational, no trap")
def m0052():
    m = new("nowak", [A("IT Münster - all staff", "it-muenster@" + DOMAIN)],
            "Desk move 3rd floor, Fri 20 March - what you need to do", dt(11, 12, 5),
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Hi everyone,

on Friday 20 March the application development teams move from the 2nd to
the 3rd floor (rooms 3.10-3.24), so that Facility can start the renovation
of the 2nd floor on 23 March.

Before you leave on Thursday 19 March:
- put your laptop, dock and personal things into the labelled crate
  (crates arrive on Tuesday; your crate number = your new desk number)
- unplug nothing else; monitors, keyboards and phones stay and are moved by
  the movers
- clear your pedestal; it will be emptied and moved

On Monday 23 March your new desk is ready from 7:00. The seating plan is in
the Teams channel "3rd floor move". Kaveri colleagues on site in week 13
get the guest desks 3.24a-c.

Questions: Piotr (-1440) or Carina Dölle from Facility (-1612).

Cheers
Piotr

""" + S("nowak"), flowed=True)
    return m


@mail(53, "CONFIDENTIAL", "en", "insurer-to-customer",
      "proof of household and personal liability insurance for a named customer's landlord: insured address, policy numbers, sums insured")
def m0053():
    m = new("reuter", [A("Ines Carvalho", "ines.carvalho@carvalho-mail.example")],
            "Your certificate of insurance for the landlord", dt(11, 14, 2),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Carvalho,

as requested, here is the confirmation for your landlord. You can forward
this e-mail or print it.

  CERTIFICATE OF INSURANCE

  Policyholder:        Ines Carvalho
  Insured address:     Hoher Heckenweg 162, apartment 4.2, 48147 Münster
  Household contents:  policy HR-130 772 5, sum insured EUR 45,000,
                       including water damage, fire, burglary, storm
  Personal liability:  policy PH-130 772 6, EUR 10,000,000 combined,
                       including damage to rented property (EUR 500,000)
  Term:                since 01/03/2026, renews annually
  Premiums:            paid up to 28/02/2027

Kind regards
Stefanie Reuter

""" + S("reuter"))
    return m


@mail(54, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health: rejection of IVF treatment costs for a named member and her partner (infertility diagnosis N97), reasons under the policy")
def m0054():
    m = new("clarke", [A("Sofia Lindqvist", "sofia.lindqvist@lindqvist-home.example")],
            "Your request for IVF treatment - International Health Plan IHP-0127-3308-01", dt(11, 16, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Lindqvist,

thank you for sending the treatment plan of the Fertility Centre Zürich for
the planned IVF/ICSI cycles. I am sorry to say that we cannot cover these
costs.

Your plan (level "Plus", since 1 September 2024) excludes assisted
reproduction (section 4.7 of the policy conditions). The diagnosis stated in
the treatment plan, female infertility of tubal origin (N97.1) after a
salpingectomy in 2023, does not change this, because the exclusion applies
regardless of the cause. Infertility treatment is only covered in the
"Premium" level, after a waiting period of 24 months.

What we can still cover under your plan:
- the diagnostic tests already done (hormone tests, hysterosalpingography),
  EUR 1,284.50 - we have paid these today;
- pregnancy and maternity care once you are pregnant (after 10 months of
  cover, already met).

If you have any questions, please call me directly.

With kind regards
Emma Clarke

""" + S("clarke"))
    return m


# --- Thursday, 12 March 2026 -------------------------------------------------

@mail(55, "NORMAL", "en", "insurer-to-partner",
      "trap: IFRS 17 audit sampling methodology for claims and policies, sample sizes and strata only; data to follow via data room")
def m0055():
    m = new("albers", [A("Olivia Brandt", "olivia.brandt@kesslerbrandt-wp.example")],
            "IFRS 17 audit 2025 - sampling approach for claims and policy data", dt(12, 9, 12),
            cc=[P["mehta"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Olivia,

thank you for the planning call. As agreed, our proposal for the test of
details on the IFRS 17 measurement inputs:

1. Health (PAA not applicable, GMM): 60 policies, stratified by tariff
   group and age band; for each we will provide the premium history, the
   ageing reserve and the claims paid in 2025.
2. Life and disability: 45 policies, of which 15 with disability benefits
   in payment (claim reserve test).
3. Large claims: all claims above EUR 250,000 paid in 2025 (currently 11).

Selection by your random seed from our policy list (policy numbers only).
The data itself will be provided in the secure data room, not by e-mail;
the medical documentation will only be shown on site in Münster and is
redacted to what is needed for the reserve test.

Please confirm the seed and we will prepare the extract by 27 March.

Best regards
Henrik Albers

""" + S("albers"))
    return m


@mail(56, "CONFIDENTIAL", "de", "insurer-to-customer",
      "employment legal expenses: named customer's dismissal dispute with monthly gross salary and severance figures, policy and claim number")
def m0056():
    m = new("lorenz", [A("Patrick Sendker", "patrick.sendker@sendker-net.example")],
            "Ihr Rechtsschutzfall RS-S-26-02240 – Kündigungsschutzklage", dt(12, 10, 4),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Sendker,

für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die Nordlicht
Logistik GmbH, besteht Versicherungsschutz aus Ihrem Vertrag RS 6021-14 07
(Arbeits-Rechtsschutz). Schadennummer: RS-S-26-02240.

Nach Ihren Angaben und dem Arbeitsvertrag:
  Betriebszugehörigkeit: seit 01.08.2016
  Bruttomonatsgehalt:    4.850 EUR (zzgl. 13. Gehalt)
  Kündigung vom:         27.02.2026 zum 31.05.2026 (betriebsbedingt)

Der Streitwert für die Klage beträgt drei Bruttomonatsgehälter, also
14.550 EUR. Wir übernehmen die Kosten Ihrer Anwältin Frau Dr. Meike Ostrop
für die erste Instanz (im Arbeitsrecht trägt jede Seite in der ersten
Instanz ihre Anwaltskosten selbst). Ihre Selbstbeteiligung: 250 EUR.

Falls es zu einem Vergleich mit Abfindung kommt (die Arbeitgeberin bietet
laut Ihrer Mail 0,5 Gehälter je Jahr, also ca. 23.280 EUR): Bitte stimmen
Sie einem Vergleich nur nach Rücksprache mit Ihrer Anwältin zu.

Mit freundlichen Grüßen
Anja Lorenz

""" + S("lorenz"))
    return m


@mail(57, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's request (with typos) to surrender her endowment life policy because of debts, with IBAN, forwarded inline to contract service")
def m0057():
    ib = iban("DE", "40154530" + "0051177840", "plain")
    m = new("petersen", [P["dietrich"].addr],
            "WG: Kündigung Lebensversicherung", dt(12, 11, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Herr Dietrich,

Kundin hat am Telefon nochmal nachgefragt, ob die Mail angekommen ist. Ich
habe ihr gesagt, dass sie zum Rückkaufswert und zur Beitragsfreistellung
eine Beratung von Ihnen bekommt, bevor wir kündigen. Kannst du sie bitte
zurückrufen? 0251 / 3380 417, ab 14 Uhr.

Danke
Jonas

""" + S("petersen") + """

-----Ursprüngliche Nachricht-----
Von: Nicole Wessendorf <nicole.wessendorf@kabelpost.example>
Gesendet: Mittwoch, 11. März 2026 23:12
An: service@lindenhof-versicherung.example
Betreff: Kündigung Lebensversicherung

Hallo,

hiermit kündige ich meine Lebensversicherung Nr. 2.884.019 zum nächst
möglichen Termin. Ich brauch das Geld leider, wir haben Schulden wegen dem
Hauskredit und mein Mann ist seit Januar arbeitslos.

Bitte überweisen sie den Rückkaufswert auf mein Konto:
Nicole Wessendorf
""" + ib + """
Sparkasse Münsterland Ost

Wieviel bekomme ich ungefär raus? Es sind ja schon 14 Jahre eingezahlt
worden. Und muss ich da Steuern drauf zahlen?

Mit freundlichen Gruß
Nicole Wessendorf
""")
    return m


@mail(58, "NORMAL", "de", "insurer-to-customer",
      "trap: content-free secure portal notification ('a new message is waiting'), generic greeting, no name, no contract")
def m0058():
    m = new(FN("securemail", "Lindenhof SecureMail"), [A("", "k.ahlers@webpost.example")],
            "Sie haben eine neue Nachricht im Lindenhof SecureMail-Portal", dt(12, 12, 1),
            headers=[("Auto-Submitted", "auto-generated")])
    body(m, """Guten Tag,

in Ihrem persönlichen Postfach im Lindenhof SecureMail-Portal liegt eine
neue Nachricht für Sie bereit.

Aus Gründen des Datenschutzes versenden wir vertrauliche Inhalte nicht per
unverschlüsselter E-Mail. Bitte melden Sie sich an, um die Nachricht zu lesen:

https://securemail.lindenhof-versicherung.example

Die Nachricht steht 90 Tage zum Abruf bereit. Haben Sie Ihr Passwort
vergessen, können Sie es mit Ihrer Sicherheitsfrage zurücksetzen.

Hinweis: Wir fragen Sie niemals per E-Mail nach Passwörtern oder
Bankdaten. Diese Benachrichtigung wurde automatisch erstellt.

Lindenhof Versicherungsgruppe | Am Lindenhof 1-5 | 48143 Münster
""")
    return m


@mail(59, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor total loss settlement for a named customer: replacement value, residual value, IBAN; short body, details in the PDF")
def m0059():
    ib = iban("DE", "40160050" + "1207731900", "grouped")
    m = new("koehler", [A("Jürgen Averbeck", "juergen.averbeck@averbeck-bau.example")],
            "Abrechnung Totalschaden S-2026-024477", dt(12, 13, 36),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Averbeck,

anbei unsere Abrechnung zum Totalschaden Ihres Skoda Octavia. Den Betrag
überweisen wir heute.

Mit freundlichen Grüßen
Daniel Köhler

""" + S("koehler"))
    att(m, "Abrechnung_S-2026-024477.pdf", pdf([
        "# Lindenhof Allgemeine Versicherung AG - Kraftfahrtversicherung",
        "Abrechnung Vollkaskoschaden S-2026-024477 vom 12.03.2026",
        "",
        "Versicherungsnehmer: Jürgen Averbeck, Bahnhofstraße 9, 48301 Nottuln",
        "Vertrag: KF-21-0066354    Fahrzeug: Skoda Octavia Combi 2.0 TDI, COE-JA 88",
        "FIN: TMBJJ7NX5LY013377    Erstzulassung 06/2020    Schadentag: 17.02.2026 (Wildunfall)",
        "",
        "Wiederbeschaffungswert laut Gutachten Dekra (brutto, regelbesteuert)   19.850,00 EUR",
        "abzüglich Restwert (höchstes Angebot Autoverwertung Lammers)           -3.420,00 EUR",
        "abzüglich Selbstbeteiligung Vollkasko                                    -300,00 EUR",
        "zuzüglich Abschleppkosten                                                 +218,40 EUR",
        "Auszahlungsbetrag                                                      16.348,40 EUR",
        "",
        "Zahlung an: Jürgen Averbeck, IBAN " + ib + ", Volksbank Baumberge",
        "Der Vertrag wird für das neue Fahrzeug fortgeführt, sobald Sie uns die Daten mitteilen.",
        "Hinweis: Wildunfall - keine Rückstufung der Schadenfreiheitsklasse.",
    ], title="Abrechnung S-2026-024477", author="Lindenhof Allgemeine Versicherung AG", created=pdfdate(12, 13, 30)))
    return m


@mail(60, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a Bangkok hospital for a named expat member with dengue fever (A91) and thrombocytopenia")
def m0060():
    m = new("okafor", [A("International Patient Centre - Insurance Desk", "insurance@riverside-intl-hospital.example")],
            "Guarantee of payment - HN 26-0318877 - member IHP-0102-6612-01", dt(12, 15, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear colleagues,

with reference to your admission notice of today, we confirm cover for:

  Patient:         Mr Felix Grotemeyer, date of birth 25/01/1991
  Hospital no.:    HN 26-0318877
  Member no.:      IHP-0102-6612-01 (International Health Plan Plus)
  Admission:       12/03/2026
  Diagnosis:       dengue haemorrhagic fever (A91), platelets 38,000/µl
  Room:            standard single room

We guarantee payment of the medically necessary inpatient treatment up to
THB 350,000. Please send an interim report with the platelet counts on day
3 and request an extension if the stay exceeds five days. Please bill us
directly; no deposit may be requested from the patient.

Best regards
Daniel Okafor

""" + S("okafor"))
    return m


@mail(61, "CONFIDENTIAL", "de", "internal",
      "explicit [vertraulich] subject tag set by the sender; the content itself (trigger factors per health tariff in an ODS) is aggregate only")
def m0061():
    m = new("schuster", [A("Tarifausschuss Kranken", "tarifausschuss-kv@" + DOMAIN)],
            "[vertraulich] BAP 2027 – auslösende Faktoren, Stand 12.03.", dt(12, 16, 40),
            cc=[A("Karsten Blum", "karsten.blum@" + DOMAIN)],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Liebe Mitglieder des Tarifausschusses,

zur Vorbereitung der Sitzung am 19.03. anbei die vorläufigen auslösenden
Faktoren Leistungen (Gegenüberstellung erforderliche/kalkulierte
Versicherungsleistungen nach § 155 Abs. 3 VAG) je Tarif und Beobachtungseinheit.

Schwellenwert laut AVB: 5 % (Leistungen). Überschritten ist er bei AK 80
(Männer 1,071, Frauen 1,064) und ST 1 (Kinder 1,112). Bei PT 30 liegt der
Faktor bei 0,981 – keine Anpassung.

Die Werte sind mit dem Treuhänder noch nicht abgestimmt; bitte nicht außerhalb
des Ausschusses weitergeben.

Viele Grüße
Mei-Lin Schuster

""" + S("schuster"))
    att(m, "BAP2027_ausloesende_Faktoren_v3.ods", ods([
        ("Faktoren", [
            ["Tarif", "Beobachtungseinheit", "erforderl. Leistung EUR p. P.", "kalkul. Leistung EUR p. P.", "Faktor", "Schwelle überschritten"],
            ["AK 80", "Männer", 3412.77, 3186.53, 1.071, "ja"],
            ["AK 80", "Frauen", 3701.02, 3478.40, 1.064, "ja"],
            ["AK 100", "Männer", 4022.18, 3929.66, 1.024, "nein"],
            ["AK 100", "Frauen", 4310.95, 4188.73, 1.029, "nein"],
            ["ST 1", "Kinder", 412.30, 370.77, 1.112, "ja"],
            ["ST 1", "Erwachsene", 1588.40, 1532.10, 1.037, "nein"],
            ["PT 30", "alle", 288.91, 294.51, 0.981, "nein"],
        ]),
        ("Hinweise", [
            ["Hinweis"],
            ["Datenstand 28.02.2026, Beobachtungszeitraum 01.07.2024-30.06.2025"],
            ["Beobachtungseinheiten nach § 155 VAG, keine Einzelfalldaten"],
        ]),
    ], title="BAP 2027 auslösende Faktoren", author="Mei-Lin Schuster", created="2026-03-12T15:58:00Z"))
    return m


# --- Friday, 13 March 2026 ---------------------------------------------------

@mail(62, "CONFIDENTIAL", "en", "insurer-to-customer",
      "short cancellation confirmation of a named customer's household policy with policy number and end date")
def m0062():
    m = new("reuter", [A("Aaron Whitfield", "aaron.whitfield@whitfield-uk.example")],
            "Cancellation confirmed - household policy HR-122 905 3", dt(13, 8, 44),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Whitfield,

we confirm the cancellation of your household contents policy HR-122 905 3
with effect from 30 April 2026, the date you move back to Leeds. No further
premium will be collected; we will refund EUR 23.40 for May-June.

All the best for your move!

Stefanie Reuter

""" + S("reuter"))
    return m


@mail(63, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance of the addressee: continued incapacity for work since January, request for a follow-up certificate; health line, no diagnosis")
def m0063():
    m = new("aydin", [A("Olaf Brüning", "olaf.bruening@bruening-elektro.example")],
            "Krankentagegeld – bitte Folgebescheinigung ab 16.03.", dt(13, 9, 22),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Brüning,

für Ihre Arbeitsunfähigkeit vom 19.01. bis 15.03.2026 haben wir das
Krankentagegeld aus Tarif KT 43 (150 EUR kalendertäglich ab dem 43. Tag)
abgerechnet. Für den Zeitraum 02.03. bis 15.03. überweisen wir Ihnen
2.100,00 EUR.

Ihre letzte Bescheinigung von Dr. Oelrichs endet am 15.03.2026. Wenn Sie
weiterhin arbeitsunfähig sind, senden Sie uns bitte die Folgebescheinigung
möglichst bald über die App. Ab der zwölften Woche bitten wir außerdem um
einen kurzen ärztlichen Bericht zum voraussichtlichen Ende der
Arbeitsunfähigkeit.

Gute Besserung!

Murat Aydın

""" + S("aydin"))
    return m


@mail(64, "NORMAL", "en", "insurer-to-supplier",
      "trap: licence renewal for the OCR software that reads medical invoices and prescriptions; volumes and prices, no person")
def m0064():
    m = new("martens", [A("Mara Jensen", "mara.jensen@docuvision-ai.example")],
            "Licence renewal DocuVision Claims OCR 2026/27 - quote DV-Q-26-0419", dt(13, 10, 3),
            cc=[P["hoffmann"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Jensen,

thank you for quote DV-Q-26-0419 for the renewal of DocuVision Claims OCR.

Our volumes for 2025 were 2.31 million pages (medical invoices, prescriptions,
dental cost plans, hospital bills), so we need tier 3 (up to 3 million pages).
We accept the quote with two changes:

1. The price per additional page above 3 million: EUR 0.011 instead of 0.014.
2. Hosting remains in the EU (Frankfurt region) as in the current data
   processing agreement; please confirm that the new "AI field extraction"
   module does not send any document content to a sub-processor outside
   the EU, as it processes health data of our policyholders.

If you confirm both points, we will place the order for the term
1 May 2026 - 30 April 2027 at EUR 184,000 (net).

Kind regards
Sven Martens

""" + S("martens"))
    return m


@mail(65, "CONFIDENTIAL", "en", "internal",
      "HR relocation of a named employee to the group office: gross salary, allowances, birth date; also tagged [vertraulich]; no health data")
def m0065():
    m = new("schaefer", [A("Group HR Mobility", "mobility@nordaxis-group.example")],
            "[vertraulich] Secondment to Amsterdam - Ms Jana Overbeck - salary data", dt(13, 11, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Pieter,

as discussed, the data for the secondment of Ms Jana Overbeck (actuary,
Lindenhof Lebensversicherung) to the Group Capital Modelling team:

  Name:                 Jana Overbeck
  Date of birth:        19 August 1990
  Secondment:           1 May 2026 - 30 April 2028, Amsterdam
  Current gross salary: EUR 86,400 p.a. (12 x 7,200), bonus target 12 %
  Company pension:      EUR 180 per month employer contribution (continues)
  Allowances agreed:    housing EUR 1,600 per month, relocation lump sum
                        EUR 5,000, home trips 4 per year

We will apply for the A1 certificate for the social security coverage next
week. Please send us the Dutch secondment letter for signature.

Best regards
Nadine Schäfer

""" + S("schaefer"))
    return m


@mail(66, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "private pension annuity start for a named customer: monthly annuity, tax identification number, taxable share; life line")
def m0066():
    m = new("dietrich", [A("Geoffrey Marsh", "geoffrey.marsh@marsh-family.example")],
            "Your pension starts on 1 April 2026 - policy 5.102.337", dt(13, 13, 15),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Marsh,

congratulations on your upcoming retirement! Your private pension insurance
5.102.337 reaches its start date on 1 April 2026. You chose the annuity
option, so we will pay you:

  guaranteed monthly pension:       EUR   612.48
  plus current bonus (not guaranteed): EUR  94.10
  total monthly payment from April: EUR   706.58
  guaranteed payment period:        10 years

The pension is paid at the end of each month to your account at
Commerzbank (ending 4410). Because the pension is taxable only with its
income share (Ertragsanteil 18 % at age 65), we report it to the German tax
authority under your tax identification number 57 493 120 886.

Please send us a copy of your residence certificate if you move back to the
UK, as this changes the tax treatment.

Kind regards
Ralf Dietrich

""" + S("dietrich"))
    return m


@mail(67, "NORMAL", "de", "newsletter",
      "trap: broker newsletter on simplified health questions for disability cover (depression, back pain, BMI) and a fictitious case, multipart/alternative")
def m0067():
    m = new(FN("partnerservice", "Lindenhof Partnerservice"), [FN("partnerservice", "Lindenhof Partnerservice")],
            "Partnerbrief März 2026: BU mit vereinfachten Gesundheitsfragen", dt(13, 14, 0),
            headers=[("Precedence", "bulk")])
    body(m, """LINDENHOF PARTNERBRIEF – MÄRZ 2026

1. BU-Aktion für junge Berufe: nur 5 Gesundheitsfragen
Vom 1. April bis 30. Juni nehmen wir BU-Anträge für Auszubildende, Studierende
und Berufseinsteiger bis 30 Jahre mit vereinfachten Gesundheitsfragen an
(BU-Rente bis 1.500 EUR). Gefragt wird nur nach
- Behandlungen wegen psychischer Erkrankungen in den letzten 5 Jahren,
- Erkrankungen der Wirbelsäule oder Gelenke mit AU über 4 Wochen,
- Krebs, Herzinfarkt, Schlaganfall, HIV, Diabetes,
- laufender AU und beantragter Erwerbsminderung,
- BMI unter 17 oder über 35.

2. Fallbeispiel (fiktiv)
"Lisa, 23, Erzieherin, hatte vor drei Jahren eine depressive Episode, seit
zwei Jahren beschwerdefrei." Bisher: Zuschlag oder Ausschluss. Im
Aktionszeitraum: Frage 1 mit "ja" – Risikoprüfung mit Kurzfragebogen,
in vielen Fällen normale Annahme.

3. Termine
Webinar "BU-Leistungspraxis: was bei psychischen Erkrankungen zählt",
Mi 25.03., 10 Uhr. Anmeldung im Maklerportal.

Lindenhof Lebensversicherung AG | Partnerservice | Am Lindenhof 1-5 | 48143 Münster
""")
    html(m, """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h1 style="color:#2f6b3a;font-size:20px">Lindenhof Partnerbrief &ndash; März 2026</h1>
<h2 style="font-size:16px">1. BU-Aktion für junge Berufe: nur 5 Gesundheitsfragen</h2>
<p>Vom 1. April bis 30. Juni nehmen wir BU-Anträge für Auszubildende, Studierende und
Berufseinsteiger bis 30 Jahre mit vereinfachten Gesundheitsfragen an (BU-Rente bis 1.500 EUR).</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e4efe6"><th>Nr.</th><th>Gefragt wird nach</th></tr>
<tr><td>1</td><td>Behandlungen wegen psychischer Erkrankungen in den letzten 5 Jahren</td></tr>
<tr><td>2</td><td>Erkrankungen der Wirbelsäule oder Gelenke mit AU über 4 Wochen</td></tr>
<tr><td>3</td><td>Krebs, Herzinfarkt, Schlaganfall, HIV, Diabetes</td></tr>
<tr><td>4</td><td>laufende AU, beantragte Erwerbsminderung</td></tr>
<tr><td>5</td><td>BMI unter 17 oder über 35</td></tr>
</table>
<h2 style="font-size:16px">2. Fallbeispiel (fiktiv)</h2>
<p>&bdquo;Lisa, 23, Erzieherin, hatte vor drei Jahren eine depressive Episode, seit zwei Jahren
beschwerdefrei.&ldquo; Bisher: Zuschlag oder Ausschluss. Im Aktionszeitraum: Frage 1 mit &bdquo;ja&ldquo;
&ndash; Risikoprüfung mit Kurzfragebogen, in vielen Fällen normale Annahme.</p>
<h2 style="font-size:16px">3. Termine</h2>
<p>Webinar &bdquo;BU-Leistungspraxis: was bei psychischen Erkrankungen zählt&ldquo;, Mi 25.03., 10 Uhr.</p>
<p style="font-size:11px;color:#777">Lindenhof Lebensversicherung AG | Partnerservice | Am Lindenhof 1-5 | 48143 Münster</p>
</body></html>""")
    return m


@mail(68, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor glass claim: windscreen repair appointment for a named customer with plate and claim number, ICS invitation")
def m0068():
    m = new("koehler", [A("Stefan Holtkamp", "stefan.holtkamp@holtkamp-mail.example")],
            "Termin Scheibenreparatur – Schaden S-2026-032006", dt(13, 15, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Herr Holtkamp,

wie am Telefon besprochen hat unser Partner Glasklar Autoglas einen Termin
für Sie reserviert:

  Dienstag, 17.03.2026, 8:00 Uhr
  Glasklar Autoglas, Weseler Straße 510, 48163 Münster
  Fahrzeug: BMW 318d Touring, MS-HK 2207
  Schaden: S-2026-032006 (Steinschlag, Teilkasko KF-22-0090413)

Eine Reparatur des Steinschlags ist für Sie kostenlos. Muss die Scheibe
getauscht werden, beträgt Ihre Selbstbeteiligung 150 EUR. Den Termin habe
ich Ihnen als Kalendereintrag angehängt.

Viele Grüße
Daniel Köhler

""" + S("koehler"))
    att(m, "Termin_Glasklar_2026-03-17.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherungsgruppe//Kfz Termine//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:S-2026-032006-glas@lindenhof-versicherung.example
DTSTAMP:20260313T142000Z
DTSTART:20260317T070000Z
DTEND:20260317T083000Z
SUMMARY:Scheibenreparatur BMW MS-HK 2207 (Schaden S-2026-032006)
LOCATION:Glasklar Autoglas\\, Weseler Straße 510\\, 48163 Münster
DESCRIPTION:Bitte Fahrzeugschein mitbringen. Selbstbeteiligung nur bei Sch
 eibentausch (150 EUR).
END:VEVENT
END:VCALENDAR"""))
    return m


# --- Monday, 16 March 2026 ---------------------------------------------------

@mail(69, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "body says only 'list for today'; the XLSX lists named life/disability applicants with birth dates, BMI and medical findings")
def m0069():
    m = new("neumann", [A("Team Risikoprüfung Leben", "rp-leben@" + DOMAIN)],
            "Offene Anträge KW 12", dt(16, 8, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Morgen zusammen,

anbei die Liste für heute. Bitte eure Namen in Spalte H eintragen, bevor ihr
einen Fall anfasst.

Claudia

""" + S("neumann"))
    att(m, "Offene_Antraege_KW12.xlsx", xlsx([
        ("Offen", [
            ["Antrag", "Antragsteller", "Geb.-Datum", "Produkt", "Summe/Rente", "BMI", "Auffälligkeit", "Bearbeiter"],
            ["3.120.077", "Vossberg, Friederike Dr.", "12.06.1972", "Risiko-LV", "2.500.000", 29.4, "Diabetes Typ 2, RR, Rück an Halvorsen Re", "CN"],
            ["3.121.340", "Nguyen, Thi Lan", "03.02.1995", "BU", "1.800 mtl.", 21.0, "Migräne mit Aura, 3 AU-Tage 2025", ""],
            ["3.121.388", "Kötter, Benjamin", "27.10.1987", "BU", "2.000 mtl.", 33.6, "Schlafapnoe (G47.31), CPAP", ""],
            ["3.121.402", "Sahin, Elif", "15.05.1999", "BU", "1.200 mtl.", 19.2, "Angststörung (F41.1), VT 2023 abgeschlossen", ""],
            ["3.121.415", "Brockmann, Heiko", "08.01.1969", "Risiko-LV", "400.000", 27.1, "Z. n. Hodenkarzinom 2014 (C62.9), rezidivfrei", ""],
            ["3.121.430", "Pieper, Anna-Lena", "21.11.2001", "BU", "1.000 mtl.", 22.8, "Skoliose 18°, Physio 2024", ""],
        ]),
    ], title="Offene Anträge KW 12", author="Claudia Neumann", created="2026-03-16T06:58:00Z"))
    return m


@mail(70, "NORMAL", "de", "insurer-to-authority",
      "trap: notification to the supervisor about the Solvency II quarterly reporting (QRT) submission with company-level figures, no person")
def m0070():
    m = new("mehta", [A("Referat Q 21 – Meldewesen", "q21-meldewesen@finanzaufsicht.example")],
            "Lindenhof Lebensversicherung AG (Reg.-Nr. 1189) – QRT Q4/2025, Nachmeldung S.06.02", dt(16, 9, 40),
            cc=[P["albers"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Damen und Herren,

die Lindenhof Lebensversicherung AG hat am 13.03.2026 über das
Meldeportal die korrigierte Tabelle S.06.02 (Liste der Vermögenswerte) für
das 4. Quartal 2025 nachgereicht (Übermittlungs-ID MVP-2026-03-13-0441).

Grund der Korrektur: Bei 14 Positionen von Infrastrukturdarlehen war der
CIC-Code falsch zugeordnet (XL93 statt XT93). Die SCR-Quote ändert sich
dadurch nicht (unverändert 247 %); die Summe der Vermögenswerte bleibt bei
6.812,4 Mio. EUR.

Für Rückfragen stehen wir gern zur Verfügung.

Mit freundlichen Grüßen
Rahul Mehta

""" + S("mehta"))
    return m

@mail(71, "CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation because of unexpected job loss: named customer, booking value, employer's notice; travel without health content")
def m0071():
    m = new("bianchi", [A("Ryan O'Sullivan", "ryan.osullivan@osullivan-net.example")],
            "Trip cancellation claim RV-S-26-00913 - covered", dt(16, 10, 55),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr O'Sullivan,

thank you for sending your employer's termination letter and the
cancellation invoice of the tour operator.

Your trip to Costa Rica (19 April - 3 May 2026, 2 persons, booking
no. TUR-88213047, total price EUR 5,980) was cancelled on 9 March because
you lost your job unexpectedly: your employer, Vantara Solutions GmbH,
terminated your employment on 2 March for operational reasons. Unexpected
dismissal by the employer is an insured event under your trip cancellation
policy RV-2025-118644.

  Cancellation fee (40 % of the travel price):   EUR 2,392.00
  excess (20 %, minimum EUR 100):                EUR   478.40
  payment to you:                                EUR 1,913.60

We will transfer the amount to the account from which the premium was
collected. I wish you all the best for your job search.

Kind regards
Marco Bianchi

""" + S("bianchi"))
    return m


@mail(72, "STRICTLY_CONFIDENTIAL", "en", "customer",
      "applicant's own mail with late health answers (asthma, inhaler, pneumonia in hospital) forwarded as message/rfc822 to the expat team")
def m0072():
    inner = ext(A("Ethan Castellano", "ethan.castellano@castellano-mail.example"),
                [FN("antrag-kv", "Lindenhof Antragsservice Kranken")],
                "Re: Application IHP 2026-00388 - missing health questions",
                dt(15, 21, 7), "<CA+ecast88213xQ@castellano-mail.example>")
    body(inner, """Hi,

sorry for the delay, here are the answers to the questions you said were
missing in my application (IHP 2026-00388):

Q7 (lungs): yes - I have had asthma since I was a kid. I use a salbutamol
inhaler when needed, maybe 2-3 times a month, more in spring (hay fever).
Since 2024 also a steroid inhaler (budesonide) in winter.

Q9 (hospital last 5 years): yes - 4 days in hospital in Valencia in
November 2022 with pneumonia, antibiotics via drip, no ICU. Fully recovered.

Q12 (medication): see above, plus cetirizine in spring.

Everything else is "no". My GP in Valencia is Dra. Marta Soler, I can ask
her for a report if you need one.

Cheers,
Ethan Castellano
(DOB 3 August 1993)
""", flowed=True)
    m = new("ostermann", [P["clarke"].addr],
            "FW: Application IHP 2026-00388 - missing health questions", dt(16, 11, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hi Emma,

the applicant's answers came in on Sunday, see the attached mail. From my
side asthma with occasional reliever use is standard; the pneumonia is
irrelevant. If you agree I will accept without loading today.

Felix

""" + S("ostermann"))
    fwd(m, inner, "Application IHP 2026-00388.eml")
    return m


@mail(73, "NORMAL", "en", "insurer-to-partner",
      "trap: monthly SLA report of the assistance partner with case counts by type (medical evacuation, hospital admissions), aggregated PDF")
def m0073():
    m = new("clarke", [A("Ruth Abela", "r.abela@globecare-assist.example")],
            "Re: SLA report February 2026", dt(16, 13, 2),
            irt="<sla-2026-02.report@globecare-assist.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hi Ruth,

thanks for the February report; I have added our comments to the attached
version for the quarterly review on 2 April:

- call answer rate 96.8 % within 20 s - target met, well done
- medical evacuations: 3 (target "decision within 4 h" met in 2 of 3)
- the case with the 7 h delay was the weekend case in Cape Verde; please
  add a root cause to the next report (no names needed, case number is
  enough)

Best
Emma

""" + S("clarke"))
    att(m, "GlobeCare_SLA_2026-02_Lindenhof_comments.pdf", pdf([
        "# GlobeCare Assistance Ltd - Service Level Report February 2026",
        "Client: Lindenhof Versicherungsgruppe (travel and international health)",
        "",
        "Calls received: 2,418    answered within 20 s: 96.8 % (target 95 %)",
        "New assistance cases: 311",
        "  outpatient referrals: 187",
        "  hospital admissions (guarantee of payment issued): 71",
        "  medical evacuations / repatriations: 3",
        "  lost documents / legal assistance: 29",
        "  other: 21",
        "Decision on evacuation within 4 h: 2 of 3 (target 100 %)",
        "Average time to guarantee of payment: 2.6 h (target 6 h)",
        "Complaints: 2 (both closed)",
        "",
        "# Lindenhof comments (E. Clarke, 16.03.2026)",
        "Root cause needed for the evacuation decision delay (case GC-26-02-1187).",
        "Please report hospital admissions by region from Q2.",
    ], title="SLA report February 2026", author="GlobeCare Assistance Ltd", created=pdfdate(16, 12, 50)))
    return m


@mail(74, "CONFIDENTIAL", "de", "insurer-to-customer",
      "dog owner's liability: the insured dog bit another dog (animal injury, vet bill), named customer and other dog owner, claim number")
def m0074():
    m = new("reuter", [A("Melanie Borgmann", "mel.borgmann@borgmann-hof.example")],
            "Hundehalterhaftpflicht – Schaden S-2026-032218 (Beißvorfall 12.03.)", dt(16, 14, 15),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Borgmann,

vielen Dank für Ihre Schilderung. Nach Ihren Angaben ist Ihr Hund Rocco
(Rottweiler-Mischling) am 12.03. auf dem Feldweg am Emmerbach auf den
Beagle "Lotte" von Herrn Günter Kemper zugelaufen und hat ihn in den Hals
gebissen. Menschen wurden nicht verletzt.

Wir haben den Schaden unter S-2026-032218 zu Ihrer Hundehalter-Haftpflicht
TH-088 412 0 aufgenommen und regulieren die Tierarztkosten von Herrn Kemper
(Rechnung Tierklinik Hiltrup: 1.146,80 EUR für Wundversorgung und
Antibiotika). Ihre Selbstbeteiligung beträgt 150 EUR.

Bitte denken Sie daran, dass Rocco nach der Landeshundeverordnung ggf. beim
Ordnungsamt gemeldet werden muss – das betrifft aber nicht Ihren
Versicherungsschutz.

Mit freundlichen Grüßen
Stefanie Reuter

""" + S("reuter"))
    return m


@mail(75, "NORMAL", "de", "internal",
      "trap: new limb table (Gliedertaxe) and progression options for the 2026 accident product, percentages per body part, no person")
def m0075():
    m = new("frank", [A("Produktentwicklung Unfall", "produkt-unfall@" + DOMAIN)],
            "Unfall 2026: neue Gliedertaxe – finale Werte für die AVB", dt(16, 15, 48),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo zusammen,

nach der Abstimmung mit Aktuariat und Rechtsabteilung hier die finalen Werte
der verbesserten Gliedertaxe für den Tarif "Unfall Komfort 2026":

  Arm                        75 %  (bisher 70 %)
  Hand                       60 %  (55 %)
  Daumen                     25 %  (20 %)
  Zeigefinger                15 %  (10 %)
  Bein über Kniemitte        75 %  (70 %)
  Fuß                        50 %  (40 %)
  Auge                       60 %  (50 %)
  Gehör auf einem Ohr        35 %  (30 %)
  Geruchs-/Geschmackssinn    15 %  (10 %)

Progressionsvarianten: 225 %, 350 %, 500 %. Die Leistung bei Bandscheiben-
vorfällen bleibt ausgeschlossen, Meniskus- und Bänderrisse durch erhöhte
Kraftanstrengung sind neu mitversichert.

Die Beispielrechnungen für den Vertrieb (Musterkunde, 40 Jahre, 100.000 EUR
Grundsumme) mache ich bis Freitag.

Gruß
Tobias

""" + S("frank"))
    return m


# --- Tuesday, 17 March 2026 --------------------------------------------------

@mail(76, "NORMAL", "de", "internal",
      "trap: IT security warning about phishing mails titled 'Ihre Arztrechnung' and 'Leistungsabrechnung', example text uses no real person")
def m0076():
    m = new(FN("it-sicherheit", "IT-Sicherheit Lindenhof"), [A("Alle Mitarbeitenden", "alle@" + DOMAIN)],
            "Warnung: Phishing-Mails mit angeblicher \"Arztrechnung\" im Umlauf", dt(17, 8, 10),
            headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])
    body(m, """Liebe Kolleginnen und Kollegen,

seit heute Nacht erreichen uns Phishing-Mails mit Betreffzeilen wie

  "Ihre Arztrechnung vom 12.03.2026 – Zahlungserinnerung"
  "Leistungsabrechnung Krankenversicherung – Dokument bereit"
  "Befundbericht Labor – bitte prüfen"

Die Mails enthalten einen Link auf eine gefälschte Anmeldeseite
(lindenhof-login-portal.example – NICHT unsere Domain) oder einen
ZIP-Anhang "Rechnung_Arzt.zip" mit Schadsoftware.

Bitte:
- keine Links anklicken und keine Anhänge öffnen,
- die Mail über den Button "Phishing melden" in Outlook melden,
- falls Sie schon geklickt haben: sofort den Servicedesk anrufen (-1999).

Gerade in der Leistungsabteilung und im Kundenservice sehen diese Mails
echten Kundenmails zum Verwechseln ähnlich. Echte Belege von Kunden kommen
in der Regel über die App oder das Kundenportal.

Ihre IT-Sicherheit
Lindenhof Services GmbH
""")
    return m


@mail(77, "CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer of motor contracts to a broker: CSV with named customers, policy numbers, plates and no-claims classes; no health data")
def m0077():
    m = new("grundmann", [A("Jens Hansen", "j.hansen@maklerkontor-hansen.example")],
            "Bestandsübertragung Kfz – Ihre Kunden aus dem Bestand Agentur Lütke", dt(17, 9, 2),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Moin Herr Hansen,

wie vereinbart übertragen wir die Kfz-Verträge der Kunden, die von der
Agentur Lütke zu Ihnen gewechselt sind und Ihnen eine Maklervollmacht
erteilt haben, zum 01.04.2026 in Ihren Bestand. Die Liste mit den 9 Verträgen
hängt an. Die Bestandsrechte im Maklerportal schalten wir am 01.04. frei.

Bitte prüfen Sie die Liste bis 25.03.; fehlt eine Vollmacht, nehmen wir den
Vertrag wieder heraus.

Beste Grüße
Oliver Grundmann

""" + S("grundmann"))
    att(m, "Bestandsuebertragung_Kfz_Hansen_2026-04-01.csv", """Vertrag;Versicherungsnehmer;Kennzeichen;Fahrzeug;SF_KH;SF_VK;Jahresbeitrag_EUR
KF-19-0031287;Heiner Lütkenhaus;ST-HL 404;Ford Kuga;SF 25;SF 20;612,40
KF-20-0044021;Sabine Wermelt;ST-SW 77;VW Polo;SF 11;-;298,10
KF-20-0045518;Dirk und Anke Feldhaus;ST-DF 1960;Mercedes GLC;SF 30;SF 30;1.044,72
KF-21-0058806;Kevin Oelgeschläger;ST-KO 220;Seat Leon;SF 3;SF 2;1.312,55
KF-21-0061440;Marlies Hölscher;ST-MH 12;Toyota Yaris;SF 35;-;254,80
KF-22-0070233;Bernd Schwegmann;ST-BS 818;Audi A6 Avant;SF 19;SF 17;986,30
KF-23-0081102;Tanja Rüter;ST-TR 5;Hyundai Kona Elektro;SF 8;SF 6;744,16
KF-24-0019102;Julian Kampmeier;ST-JK 303;BMW R 1250 GS;SF 6;SF 4;402,90
KF-25-0003317;Greta Overmeyer;ST-GO 44;Fiat 500;SF 1/2;-;701,44
""".encode("cp1252"), ctype="application/vnd.ms-excel")
    return m


@mail(78, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless short reply; the quoted customer mail below it names glaucoma, eye pressure, eye drops and an OCT examination")
def m0078():
    m = new("kraemer", [A("Edeltraud Bußmann", "e.bussmann@posteo-mail.example")],
            "AW: Rechnung Augenarzt und neue Brille", dt(17, 10, 20),
            irt="<5f3c9a10-e1b2-4f0b-8a6e-bussmann@posteo-mail.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Bußmann,

vielen Dank, Ihre Unterlagen sind vollständig bei uns angekommen. Ich habe
sie an die zuständige Kollegin weitergegeben; Sie erhalten die Abrechnung in
den nächsten Tagen.

Freundliche Grüße
Sabine Krämer

""" + S("kraemer") + """

> Von: Edeltraud Bußmann <e.bussmann@posteo-mail.example>
> Gesendet: Montag, 16. März 2026 18:40
> An: Krämer, Sabine
> Betreff: Rechnung Augenarzt und neue Brille
>
> Liebe Frau Krämer,
>
> wie am Telefon besprochen schicke ich Ihnen die Rechnungen. Beim
> Augenarzt Dr. Tenhagen wurde letzten Monat ein grüner Star festgestellt
> (Glaukom, Augendruck rechts 27, links 24). Ich muss jetzt jeden Abend
> Tropfen nehmen (Latanoprost) und alle 3 Monate zur Kontrolle. Die OCT
> Untersuchung hat 98,50 Euro gekostet, die wollte der Arzt gleich bar.
> Ausserdem hab ich eine neue Gleitsichtbrille gebraucht, Rechnung Optik
> Brinkmann 689,- Euro.
>
> Versicherungsnummer ist 118 930 46-01.
>
> Mit freundlichen Grüßen
> Edeltraud Bußmann
""")
    return m


@mail(79, "NORMAL", "en", "internal",
      "group town hall invitation with ICS; organisational, no trap")
def m0079():
    m = new(FN("kommunikation", "Lindenhof Internal Communications"), [A("All staff", "alle@" + DOMAIN)],
            "Invitation: Town Hall with the Board, Thursday 26 March, 15:00", dt(17, 11, 0),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear colleagues,

our CEO Dr. Carsten Vehling and the Board invite you to the spring Town Hall:

  Thursday, 26 March 2026, 15:00-16:30 CET
  Atrium, Am Lindenhof 1-5, and live on Teams (link in the calendar entry)

Agenda
  1. Results 2025 and outlook 2026
  2. Strategy "Lindenhof 2030": service, digital claims, our place in the
     Nordaxis Group
  3. Questions from you - send them in advance via the intranet form,
     anonymously if you like

The Town Hall is held in German with simultaneous English interpretation.
Coffee and cake from 14:30.

Internal Communications
""")
    att(m, "TownHall_2026-03-26.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherungsgruppe//Kommunikation//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:townhall-2026-03-26@lindenhof-versicherung.example
DTSTAMP:20260317T100000Z
DTSTART:20260326T140000Z
DTEND:20260326T153000Z
SUMMARY:Town Hall with the Board
LOCATION:Atrium Am Lindenhof / Microsoft Teams
DESCRIPTION:Join on Teams: https://teams.lindenhof-versicherung.example/townhall
 -2026-03
END:VEVENT
END:VCALENDAR"""))
    return m


@mail(80, "CONFIDENTIAL", "en", "insurer-to-company",
      "D&O renewal for a GmbH with named managing directors, turnover and premium; company contract data with named natural persons")
def m0080():
    m = new("ahrens", [A("Hendrik de Vries", "h.devries@vrieslogistics.example")],
            "D&O renewal 2026 - Vries Logistics Germany GmbH", dt(17, 13, 25),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr de Vries,

thank you for returning the renewal questionnaire. Our renewal terms for the
D&O policy DO-2021-00419 from 1 May 2026:

  Insured persons:   all present and former managing directors and
                     authorised signatories, currently Mr Hendrik de Vries
                     and Ms Anja Brockhoff (managing directors)
  Limit:             EUR 5,000,000 per claim and year
  Retention:         none for the company; personal retention of 10 % up
                     to 1.5 x fixed annual salary (as required by law for
                     listed companies - optional for you, not included)
  Turnover 2025:     EUR 148 million (questionnaire)
  Premium:           EUR 11,850 plus 19 % insurance tax

The increase of 6 % reflects the higher limit of the new subsidiary in Poland,
which is now included. Please confirm by 15 April.

Kind regards
Benedikt Ahrens

""" + S("ahrens"))
    return m


@mail(81, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life: policy loan against a named customer's endowment policy, amount, interest and surrender value; personal line, no medical word")
def m0081():
    m = new("dietrich", [A("Priya Raman", "priya.raman@raman-home.example")],
            "Your policy loan on endowment policy 2.771.060", dt(17, 14, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Raman,

thank you for your request. On your endowment policy 2.771.060 we can grant
you a policy loan (Policendarlehen) on the following terms:

  current surrender value:      EUR 31,208.44
  maximum loan (90 %):          EUR 28,087.60
  amount you requested:         EUR 15,000.00
  interest rate:                4.25 % p.a., paid quarterly
  repayment:                    at any time, at the latest from the maturity
                                benefit on 1 December 2033

The policy and your insurance cover remain unchanged. Please sign and return
the loan agreement that I will send you by post today; we will pay the money
within three days after receiving it.

Kind regards
Ralf Dietrich

""" + S("dietrich"))
    return m


@mail(82, "NORMAL", "de", "insurer-to-applicant",
      "trap: interview invitation for a nursing-trained case manager job (Reha-Management); names the applicant, no birth date, salary or health data")
def m0082():
    m = new("schaefer", [A("Svenja Iking", "svenja.iking@iking-post.example")],
            "Ihre Bewerbung als Reha-Managerin (m/w/d) – Einladung zum Gespräch", dt(17, 16, 2),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Iking,

vielen Dank für Ihre Bewerbung als Reha-Managerin (m/w/d) in unserem Team
Leistungsmanagement Kranken/Unfall. Ihre Erfahrung als Gesundheits- und
Krankenpflegerin auf der neurologischen Frührehabilitation und als
Case Managerin passt sehr gut zu uns.

Wir laden Sie herzlich zu einem Gespräch ein:

  Dienstag, 24.03.2026, 14:00 Uhr
  Lindenhof Versicherungsgruppe, Am Lindenhof 1-5, Empfang Haus A
  Gesprächspartner: Dr. med. Ulrike Hahn (Gesellschaftsärztlicher Dienst)
  und ich

Bitte bestätigen Sie den Termin kurz per E-Mail. Parkplätze finden Sie in der
Tiefgarage (Einfahrt Lindenhofweg), das Ticket lösen wir am Empfang.

Mit freundlichen Grüßen
Nadine Schäfer

""" + S("schaefer"))
    return m


# --- Wednesday, 18 March 2026 ------------------------------------------------

@mail(83, "CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only reply with a table: named customer's motor premium, policy number, plate, no-claims classes, mileage")
def m0083():
    m = new("koehler", [A("Henrike Austermann", "h.austermann@austermann-online.example")],
            "AW: Beitrag Kfz-Versicherung gestiegen?", dt(18, 8, 31),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    html(m, """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Frau Austermann,</p>
<p>Sie haben recht, Ihr Beitrag ist gestiegen &ndash; aber nicht wegen eines Schadens.
Hier die Aufschlüsselung für Ihren Vertrag KF-18-0027730 (Mini Cooper, MS-HA 318):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde7f0"><th></th><th>2025</th><th>2026</th></tr>
<tr><td>Haftpflicht</td><td>SF 14 (35 %)</td><td>SF 15 (34 %)</td></tr>
<tr><td>Vollkasko</td><td>SF 12 (38 %)</td><td>SF 13 (37 %)</td></tr>
<tr><td>Regionalklasse KH</td><td>7</td><td>8</td></tr>
<tr><td>Typklasse VK</td><td>19</td><td>21</td></tr>
<tr><td>Fahrleistung</td><td>9.000 km</td><td>12.000 km (Ihre Änderung vom 10/2025)</td></tr>
<tr><td><b>Jahresbeitrag</b></td><td>563,20 EUR</td><td><b>648,94 EUR</b></td></tr>
</table>
<p>Der Anstieg kommt vor allem aus der höheren Fahrleistung und der neuen Typklasse Ihres
Modells. Wenn Sie die Selbstbeteiligung in der Vollkasko von 300 auf 500 EUR erhöhen, sinkt der
Beitrag auf 591,30 EUR.</p>
<p>Viele Grüße<br>Daniel Köhler</p>
<p style="font-size:9pt;color:#666">-- <br>Daniel Köhler<br>Kraftfahrt Vertrag und Schaden<br>Tel. +49 251 9960-4310<br><br>
Lindenhof Allgemeine Versicherung AG<br>Am Lindenhof 1-5 | 48143 Münster<br><br>
Lindenhof Allgemeine Versicherung AG | Sitz Münster | Amtsgericht Münster HRB 9073<br>
Vorstand: Jörg Leistikow (Vors.), Nils Kampmann<br>
Vorsitzender des Aufsichtsrats: Dr. Reinhold Tewes</p>
</body></html>""")
    return m


@mail(84, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
      "cost commitment to a home care service for a named insured with care level 4, care tasks and dementia")
def m0084():
    m = new("sommer", [A("Ambulanter Pflegedienst Lebenszeit – Abrechnung", "abrechnung@pflegedienst-lebenszeit.example")],
            "Kostenzusage Pflegesachleistung – Herr Alfons Rotthege, Vers.-Nr. 097 441 02-01", dt(18, 9, 45),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Hövelmann,

für unseren Versicherten

  Herrn Alfons Rotthege, geb. 12.02.1936, Kirchplatz 4, 48165 Münster-Hiltrup
  Private Pflegepflichtversicherung, Vers.-Nr. 097 441 02-01

bestätigen wir ab 01.03.2026 den Pflegegrad 4 (Höherstufung nach
Begutachtung vom 04.03.2026, Fortschreiten der vaskulären Demenz, nach Sturz
mit Oberschenkelhalsfraktur im Januar überwiegend bettlägerig).

Wir erstatten Pflegesachleistungen bis 1.859 EUR monatlich. Laut Ihrem
Kostenvoranschlag vom 10.03. sind geplant: Große Grundpflege 2x täglich,
Lagerung, Hilfe bei der Nahrungsaufnahme, hauswirtschaftliche Versorgung
3x wöchentlich. Eine Abtretungserklärung des Versicherten (vertreten durch
seinen Sohn als Betreuer) liegt vor; Sie können direkt mit uns abrechnen.

Die Kombinationsleistung mit anteiligem Pflegegeld an den Sohn berechnen wir
monatlich nach Ihrer Abrechnung.

Mit freundlichen Grüßen
Heike Sommer

""" + S("sommer"))
    return m


@mail(85, "NORMAL", "de", "insurer-to-supplier",
      "trap: water damage in the archive with health claim files; facility mail about rooms, drying and boxes, no person named")
def m0085():
    m = new("martens", [A("Trocknungstechnik Hüwe", "einsatz@trocknung-huewe.example")],
            "Wasserschaden Archivraum U.04 – Auftrag Trocknung", dt(18, 10, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Hüwe,

danke für den schnellen Einsatz heute früh. Zur Bestätigung unseres
telefonischen Auftrags:

- Ursache: geplatzter Heizungsvorlauf in Raum U.04 (Archiv Leistungsakten
  Kranken und Pflege, Jahrgänge 2016–2019), ca. 4 cm Wasser auf 60 m²
- Auftrag: technische Trocknung Estrich und Wände, Feuchtemessprotokoll,
  Leihgeräte zunächst 3 Wochen
- Die unteren beiden Regalböden (ca. 90 Kartons) sind nass geworden. Die
  Kartons bleiben bei uns im Haus; sie werden von unserem eigenen Personal
  in Raum U.09 umgelagert und dort getrocknet bzw. gefriergetrocknet durch
  die Firma Akten-Sicher. Ihre Mitarbeiter betreten den Archivraum bitte nur
  in Begleitung.

Die Rechnung bitte mit Bestellnummer 4500-26-0288.

Mit freundlichen Grüßen
Sven Martens

""" + S("martens"))
    return m


@mail(86, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor accident in France (nobody hurt): named customer, European accident report, other driver's insurer, plate and claim number")
def m0086():
    m = new("koehler", [A("Mark Ellison", "mark.ellison@ellison-net.example")],
            "Your accident in Lyon on 14 March - claim S-2026-032480", dt(18, 11, 52),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Ellison,

thank you for the copy of the European accident report (constat amiable).
I am glad that nobody was hurt.

We have registered the accident under S-2026-032480 (your policy
KF-25-0009214, Volvo XC40, MS-ME 700). According to the report, the other
car (Peugeot 3008, French plate GH-418-TK, insured with Assurances
Rhodanienne, policy 7710-22851) hit you from behind at a red light in the
Rue Garibaldi; box 8 ("rear-end collision") is ticked for vehicle B.

As you were not at fault, your claim for the repair is against the French
insurer. Our claims representative in France, Cabinet Morel, will handle it
for you free of charge. If you prefer, we can also pay the repair under your
comprehensive cover first (excess EUR 300) and recover the money; your
no-claims class is then not affected.

Kind regards
Daniel Köhler

""" + S("koehler"))
    return m


@mail(87, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "ZIP with an XLSX of large life/disability claims listing named insured persons, diagnoses (cancer, ALS, stroke) and reserves; body harmless")
def m0087():
    m = new("brenner", [P["mehta"].addr],
            "Q1 large claims for the reinsurance notification", dt(18, 14, 6),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hi Rahul,

here is the Q1 list you asked for (status 17 March). Zipped because our
mail filter doesn't like the file otherwise.

Thomas

""" + S("brenner"))
    sheet = xlsx([
        ("Q1 2026", [
            ["Claim", "Policy", "Insured person", "DOB", "Product", "Cause", "ICD-10", "Reserve EUR", "Reinsurer share"],
            ["BU-L-26-0012", "3.004.117", "Marc Kleinhempel", "1979-04-02", "Disability", "amyotrophic lateral sclerosis", "G12.2", 612400, "60 %"],
            ["LV-T-26-0031", "7.288.004", "Sandra Liesenfeld (deceased)", "1968-09-23", "Term life", "metastatic pancreatic cancer", "C25.9", 500000, "40 %"],
            ["BU-L-26-0044", "3.057.961", "Ömer Yıldırım", "1983-12-11", "Disability", "ischaemic stroke, left hemiparesis", "I63.5", 389700, "60 %"],
            ["LV-T-26-0052", "7.301.558", "Frank Wöstmann (deceased)", "1972-01-30", "Term life", "suicide (after 3-year exclusion period)", "X70", 450000, "40 %"],
        ]),
    ], title="Large claims Q1 2026", author="Thomas Brenner", created="2026-03-18T12:50:00Z")
    att(m, "LargeClaims_Q1_2026.zip", mkzip([("LargeClaims_Q1_2026.xlsx", sheet)],
                                             when=(2026, 3, 18, 14, 2, 0)))
    return m


@mail(88, "NORMAL", "en", "insurer-to-partner",
      "trap: reply to a reinsurer's seminar invitation on mental health in disability underwriting, with ICS; topic words only, no person")
def m0088():
    m = new("neumann", [A("Halvorsen Re Academy", "academy@halvorsen-re.example")],
            "Registration: Underwriting Seminar 'Mental health and disability', 21 April", dt(18, 15, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Academy team,

I would like to register two participants from Lindenhof for the seminar
"Mental health and disability underwriting - depression, anxiety, ADHD,
burnout" on 21 April in Hamburg:

  Claudia Neumann, Senior Underwriter Life/Disability
  Dr. med. Ulrike Hahn, Chief Medical Officer (health)

We are particularly interested in the session on return-to-work rates after
depressive episodes and on the new ICD-11 burnout code QD85. Could you send
us the agenda as a PDF? The calendar entry is attached for your records.

Kind regards
Claudia Neumann

""" + S("neumann"))
    att(m, "Seminar_HalvorsenRe_2026-04-21.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C0A1F2D3E4B7DC0100000000000000001
DTSTAMP:20260318T143000Z
DTSTART:20260421T073000Z
DTEND:20260421T150000Z
SUMMARY:Halvorsen Re Seminar: Mental health and disability underwriting
LOCATION:Halvorsen Re\\, Ballindamm 6\\, 20095 Hamburg
END:VEVENT
END:VCALENDAR"""))
    return m


@mail(89, "CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings insurance water damage: named customer, insured address, claim number and loss adjuster's appointment; no health data")
def m0089():
    m = new("reuter", [A("Werner Kolkmann", "werner.kolkmann@kolkmann-net.example")],
            "Leitungswasserschaden S-2026-032512 – Termin mit dem Sachverständigen", dt(18, 16, 12),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Kolkmann,

zu Ihrem Leitungswasserschaden in Ihrem Haus Eschstraße 31, 48167 Münster
(Wohngebäudeversicherung WG-287 604 1, Schaden S-2026-032512) kommt unser
Sachverständiger Herr Dipl.-Ing. Ralf Terbeck am

  Montag, 23.03.2026, zwischen 9:00 und 10:00 Uhr

zu Ihnen. Er sieht sich den Rohrbruch im Badezimmer im Obergeschoss, die
Deckenschäden im Wohnzimmer und die Feuchtigkeit im Estrich an und
beauftragt bei Bedarf die Leckortung und Trocknung.

Bitte halten Sie die Rechnung des Installateurs (Notdienst 14.03.) bereit.
Falls der Termin nicht passt, rufen Sie Herrn Terbeck direkt an:
0171 4480 215.

Mit freundlichen Grüßen
Stefanie Reuter

""" + S("reuter"))
    return m


# --- Thursday, 19 March 2026 -------------------------------------------------

@mail(90, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "query to a dentist about GOZ items on a named patient's invoice: root canal treatment, teeth numbers, surcharge factors")
def m0090():
    m = new("aydin", [A("Zahnarztpraxis Dr. Wienke", "praxis@zahnarzt-wienke.example")],
            "Rückfrage zur Rechnung Nr. 2026-0412 – Patient Herr Dr. Stephan Kortmann", dt(19, 8, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Dr. Wienke,

Ihr Patient Herr Dr. Stephan Kortmann (geb. 28.03.1966) hat uns Ihre Rechnung
Nr. 2026-0412 vom 06.03.2026 zur Erstattung eingereicht. Die Einwilligung
des Patienten zur Rückfrage liegt uns vor. Zu folgenden Positionen bitten wir
um eine kurze Begründung:

- Zahn 25, Wurzelkanalbehandlung: GOZ 2410 (Aufbereitung) viermal mit
  Faktor 3,5 – laut Röntgenbild hat der Zahn zwei Kanäle. Handelt es sich
  um eine Revision mit Entfernung alter Wurzelfüllungen?
- GOZ 2197 (adhäsive Befestigung) zusätzlich zu 2120 an Zahn 25 –
  bitte um Angabe der Begründung nach § 10 Abs. 3 GOZ.
- Analogberechnung "elektrometrische Längenbestimmung" nach GOZ 2400a:
  welche GOZ-Position wurde als gleichwertig herangezogen?

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Murat Aydın

""" + S("aydin"))
    return m


@mail(91, "NORMAL", "de", "internal",
      "trap: process description for tariff switches under § 204 VVG (health questions, risk surcharges) as ODT, with a fictitious example only")
def m0091():
    m = new("ostermann", [A("Team Tarifwechsel", "tarifwechsel-kv@" + DOMAIN)],
            cc=[P["schuster"].addr],
            subject="Prozessbeschreibung Tarifwechsel § 204 VVG – Version 2.1 zur Abstimmung", date=dt(19, 9, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo zusammen,

anbei die überarbeitete Prozessbeschreibung. Neu sind Abschnitt 4
(Mehrleistungen und Gesundheitsprüfung) und das Rechenbeispiel mit dem
fiktiven Kunden in Anhang A. Bitte Kommentare bis 27.03. direkt im Dokument.

Gruß
Felix

""" + S("ostermann"))
    att(m, "Prozess_Tarifwechsel_204VVG_v2.1.odt", odt([
        ("h", "Prozessbeschreibung Tarifwechsel nach § 204 VVG"),
        "Version 2.1, Stand 19.03.2026, Verantwortlich: Risikoprüfung Kranken",
        ("b", "1. Anlass"),
        "Versicherte können jederzeit in gleichartige Tarife wechseln. Erworbene Rechte und die Alterungsrückstellung bleiben erhalten.",
        ("b", "2. Eingang und Prüfung"),
        "Wechselwunsch per Brief, Mail, Portal oder über den Vermittler. Prüfung der Gleichartigkeit, Ermittlung des Zieltarifs, Vergleichsberechnung.",
        ("b", "3. Fristen"),
        "Antwort auf Wechselanfragen innerhalb von 15 Arbeitstagen; Hinweis auf Tarife mit geringerem Beitrag bei Versicherten ab 60 Jahren.",
        ("b", "4. Mehrleistungen und Gesundheitsprüfung"),
        "Sind die Leistungen des Zieltarifs höher, darf für die Mehrleistung eine Gesundheitsprüfung erfolgen. Ergebnis: Annahme, Risikozuschlag für die Mehrleistung oder Leistungsausschluss für die Mehrleistung. Der Kunde kann die Mehrleistung abwählen.",
        ("table", [["Ergebnis", "Folge", "Textbaustein"],
                   ["ohne Befund", "Wechsel zum Normalbeitrag", "TW-01"],
                   ["mit Befund, versicherbar", "Zuschlag auf Mehrleistung", "TW-07"],
                   ["mit Befund, nicht versicherbar", "Ausschluss der Mehrleistung", "TW-08"]]),
        ("b", "Anhang A: Rechenbeispiel (fiktiv)"),
        "Musterkunde «Vorname Nachname», 58 Jahre, Wechsel von AK 100/ST 1 nach AK 80/ST 2. Beitrag alt 812,40 EUR, neu 655,10 EUR. Mehrleistung Heilpraktiker: Zuschlag 12,30 EUR.",
    ], title="Prozess Tarifwechsel § 204 VVG", author="Felix Ostermann", created="2026-03-19T08:10:00Z"))
    return m


@mail(92, "CONFIDENTIAL", "de", "insurer-to-customer",
      "traffic legal expenses: named customer's speeding fine (administrative offence), points, cover confirmation; not a criminal matter, no health data")
def m0092():
    m = new("lorenz", [A("Timo Rensing", "timo.rensing@rensing-web.example")],
            "Verkehrs-Rechtsschutz RS-S-26-02377 – Bußgeldbescheid Kreis Steinfurt", dt(19, 10, 44),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Herr Rensing,

für den Einspruch gegen den Bußgeldbescheid des Kreises Steinfurt vom
06.03.2026 (Az. 55.2-7731-26) besteht Versicherungsschutz aus Ihrem
Verkehrs-Rechtsschutz RS 7098-33 01.

Vorwurf laut Bescheid: Überschreitung der zulässigen Höchstgeschwindigkeit
außerorts um 31 km/h am 11.02.2026 auf der B 54 bei Steinfurt-Borghorst,
Geldbuße 240 EUR, 1 Punkt in Flensburg, 1 Monat Fahrverbot.

Da es sich um eine Ordnungswidrigkeit handelt, übernehmen wir die Kosten
Ihres Verteidigers sowie ein mögliches Gutachten zur Messung (Messgerät
PoliScan FM1) ohne Selbstbeteiligung. Ihr Anwalt Herr Kuhlenkamp kann
direkt mit uns abrechnen.

Viele Grüße
Anja Lorenz

""" + S("lorenz"))
    return m


@mail(93, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "tariff switch offer under § 204 VVG for a named insured with a risk surcharge because of coronary heart disease (I25.1) and a stent")
def m0093():
    m = new("ostermann", [A("Wilfried Scholz-Kamann", "w.scholz-kamann@kamann-net.example")],
            "Ihr Tarifwechsel zum 01.05.2026 – Angebot", dt(19, 12, 10),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Scholz-Kamann,

vielen Dank für Ihren Wunsch, nach § 204 VVG in die Tarife AK 80 und ST 2 zu
wechseln. Ihr Monatsbeitrag sinkt dadurch von 934,18 EUR auf 741,62 EUR.

Der Zieltarif AK 80 enthält gegenüber Ihrem bisherigen Tarif eine Mehrleistung
(Heilpraktikerbehandlungen bis 1.000 EUR jährlich). Für diese Mehrleistung
haben wir Ihre Gesundheitsangaben geprüft. Wegen der koronaren Herzkrankheit
(I25.1) mit Stentimplantation 2023 und der laufenden Behandlung mit
Clopidogrel und Bisoprolol können wir die Mehrleistung nur mit einem
Risikozuschlag von 14,20 EUR monatlich anbieten.

Sie haben zwei Möglichkeiten:
1. Wechsel mit Mehrleistung und Zuschlag: 755,82 EUR monatlich
2. Wechsel ohne die Mehrleistung (Leistungsausschluss Heilpraktiker):
   741,62 EUR monatlich

Alle erworbenen Rechte und Ihre Alterungsrückstellung bleiben erhalten.
Bitte teilen Sie uns Ihre Wahl bis 15.04.2026 mit.

Mit freundlichen Grüßen
Felix Ostermann

""" + S("ostermann"))
    return m


@mail(94, "NORMAL", "en", "insurer-to-supplier",
      "trap: specification for anonymising test data (rules for names, dates of birth, IBANs, diagnoses), examples are synthetic placeholders, DOCX")
def m0094():
    m = new("hoffmann", [A("Sneha Patil", "sneha.patil@kaveri-soft.example")],
            cc=[P["wagner"].addr],
            subject="Test data anonymisation rules v1.3 (for the UAT refresh in April)", date=dt(19, 13, 40),
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Hi Sneha,

attached are the anonymisation rules that Dr. Wagner approved this
morning. Your team can start building the masking jobs; the first
refresh of UAT is planned for 20 April.

Important: the jobs run inside our data centre on the masking server. No
unmasked extract leaves Lindenhof, and your team only ever sees the
masked result.

Best
Lena

""" + S("hoffmann"), flowed=True)
    att(m, "Anonymisation_rules_v1.3.docx", docx([
        ("h", "Test data anonymisation rules, version 1.3"),
        "Scope: health, life and non-life policy and claims data copied to the UAT environment.",
        ("table", [["Field", "Rule", "Example (synthetic)"],
                   ["First and last name", "replace from name list, keep gender", "Erika Mustermann -> Petra Beispiel"],
                   ["Date of birth", "shift by random -180..+180 days, keep age band", "01.01.1970 -> 14.03.1970"],
                   ["IBAN", "replace with generated test IBAN with valid check digits from test bank 99999999", "DE.. 9999 9999 ..."],
                   ["Address", "replace street and house number, keep postcode area", "Musterweg 1"],
                   ["Diagnosis (ICD-10)", "keep chapter, replace code within the chapter", "M54.5 -> M54.8"],
                   ["Free text (claims notes)", "delete completely", "-"],
                   ["Policy / claim numbers", "re-key consistently across tables", "204 771 93-01 -> 900 000 01-01"]]),
        "Small cells: combinations of rare diagnosis, age and postcode with fewer than 5 persons are generalised.",
        "Approval: Dr. Ines Wagner (DPO), 19.03.2026.",
    ], title="Anonymisation rules v1.3", author="Lena Hoffmann", created="2026-03-19T12:20:00Z"))
    return m


@mail(95, "CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of changed bank details for a named customer's motor and household premiums with the new IBAN (lower-case, as the customer typed it)")
def m0095():
    new_iban = iban("DE", "37040044" + "0615220871", "lower")
    m = new("weiss", [A("Jennifer Okoye", "jennifer.okoye@okoye-mail.example")],
            "Re: new bank account", dt(19, 14, 55),
            irt="<CAJ8okoye2026031901@okoye-mail.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Okoye,

we have updated your bank details for the direct debit of your motor policy
KF-24-0037719 and your household policy HR-125 881 0 as of 1 April 2026.
The IBAN you sent us, """ + new_iban + """, is valid (Commerzbank).

Your mandate reference stays the same. The next debit will be on 1 April
(EUR 71.52 motor, monthly).

Kind regards
Georg Weiß

""" + S("weiss") + """

> From: Jennifer Okoye <jennifer.okoye@okoye-mail.example>
> Sent: Thursday, 19 March 2026 07:48
> To: service@lindenhof-versicherung.example
> Subject: new bank account
>
> hi, i changed banks, please take the premiums from my new account from
> april: """ + new_iban + """ (commerzbank). thanks, jennifer okoye
""")
    return m


@mail(96, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim for a named customer's child: acute otitis media (H66.9) treated in the USA, antibiotics, reimbursement")
def m0096():
    m = new("bianchi", [A("Lucía and Andrés Delgado", "familia.delgado@delgado-home.example")],
            "Travel health claim RV-S-26-00958 - Mateo, Orlando urgent care", dt(19, 16, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr and Mrs Delgado,

thank you for the invoices from your holiday in Florida. I hope Mateo is
feeling better.

According to the urgent care report (Lakeside Urgent Care, Orlando,
8 March 2026), Mateo (6) had an acute middle ear infection of the left ear
(acute otitis media, H66.9) with fever of 39.4 °C and was treated with
amoxicillin for 7 days.

  urgent care visit incl. examination:        USD 285.00
  pharmacy (amoxicillin suspension, ibuprofen): USD  46.18
  follow-up visit 11 March:                    USD 154.00
  total USD 485.18 at the ECB rate of the invoice dates = EUR 447.62

Your family travel health policy RV-2025-109933 covers this in full, without
an excess. We will transfer EUR 447.62 to your account within five days.

Kind regards
Marco Bianchi

""" + S("bianchi"))
    return m


# --- Friday, 20 March 2026 ---------------------------------------------------

@mail(97, "NORMAL", "de", "insurer-to-press",
      "trap: press release on a donation to a children's hospice and palliative care foundation; illness words, no patient")
def m0097():
    m = new("franke", [A("Redaktion Lokales", "lokales@tagesbote.example"),
                       A("Redaktion", "redaktion@radio-muensterland.example")],
            "Pressemitteilung: Lindenhof spendet 50.000 Euro an Kinderhospiz Sternenweg", dt(20, 9, 0),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """PRESSEMITTEILUNG

Lindenhof spendet 50.000 Euro an das Kinderhospiz Sternenweg

Münster, 20. März 2026 – Die Lindenhof Versicherungsgruppe unterstützt das
Kinder- und Jugendhospiz Sternenweg in Telgte mit 50.000 Euro. Das Geld
fließt in den neuen Familienbereich, in dem Eltern und Geschwister
schwerstkranker Kinder während der Aufenthalte wohnen können.

"Familien, deren Kind an einer lebensverkürzenden Erkrankung wie einer
Muskeldystrophie, einem Hirntumor oder einer Stoffwechselerkrankung leidet,
brauchen Orte, an denen sie zur Ruhe kommen", sagt Dr. Carsten Vehling,
Vorstandsvorsitzender der Lindenhof Versicherungsgruppe. Zusätzlich
engagieren sich 40 Mitarbeitende ehrenamtlich, unter anderem beim
Sommerfest und in der Trauerbegleitung für Geschwister.

Das Hospiz betreut jährlich rund 120 Familien aus dem Münsterland. Die
Spendenübergabe findet am 27. März um 11 Uhr in Telgte statt; Medienvertreter
sind herzlich eingeladen.

Über Lindenhof: Die Lindenhof Versicherungsgruppe mit Sitz in Münster
versichert rund 610.000 Kundinnen und Kunden in der Kranken-, Lebens- und
Sachversicherung und beschäftigt 1.900 Mitarbeitende. Sie gehört zur
Nordaxis Group.

Pressekontakt:
""" + S("franke"))
    return m


@mail(98, "CONFIDENTIAL", "de", "insurer-to-authority",
      "answer to a police request on a stolen car: named owner with birth date, policy, VIN and partial-cover status; no health data")
def m0098():
    m = new("koehler", [A("Polizeipräsidium Münster – KK 13", "kk13.muenster@polizei-nrw.example")],
            "Ihr Auskunftsersuchen vom 18.03.2026 – Kfz-Diebstahl, Tgb.-Nr. 0412-26-020114", dt(20, 10, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Kriminaloberkommissar Lenfers,

zu Ihrem Auskunftsersuchen nach § 161 StPO teilen wir mit:

  Fahrzeug:           Land Rover Defender 110, FIN SALEA7AX6N2091764
  Kennzeichen:        MS-RK 90
  Halter/VN:          Herr Robert Kleine-Hülsmann, geb. 04.11.1965,
                      Gievenbecker Reihe 112, 48161 Münster
  Vertrag:            KF-22-0088571, Haftpflicht und Vollkasko seit 04/2022
  Diebstahlmeldung:   bei uns eingegangen am 16.03.2026, 08:12 Uhr
  Schlüssel:          zwei Originalschlüssel vom VN übergeben, ein dritter
                      Schlüssel wurde laut Kaufvertrag nie ausgehändigt

Ein Zahlungsanspruch wurde noch nicht geprüft; vor Ablauf der Monatsfrist
zahlen wir bei Diebstahl ohnehin nicht. Bitte informieren Sie uns, falls das
Fahrzeug aufgefunden wird.

Mit freundlichen Grüßen
Daniel Köhler

""" + S("koehler"))
    return m


@mail(99, "STRICTLY_CONFIDENTIAL", "de", "hospital",
      "inline forward of a hospital's billing query: named patient, DRG, main diagnosis (sepsis, pneumonia), ICU days; outer note is short")
def m0099():
    m = new("vogel", [A("Jutta Roetmann", "jutta.roetmann@" + DOMAIN)],
            "WG: Rechnung Fall 2026-004418 – Rückfrage Kürzung", dt(20, 11, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Jutta,

kannst du das bitte übernehmen, ich bin ab Montag eine Woche weg. Die
Kürzung war wegen der Beatmungsstunden, siehe Notiz in der Akte.

Danke!
Katrin

""" + S("vogel") + """

-----Ursprüngliche Nachricht-----
Von: Patientenabrechnung St. Mauritz-Hospital <abrechnung@st-mauritz-hospital.example>
Gesendet: Donnerstag, 19. März 2026 15:27
An: Vogel, Katrin <katrin.vogel@lindenhof-versicherung.example>
Betreff: Rechnung Fall 2026-004418 – Rückfrage Kürzung

Sehr geehrte Frau Vogel,

Sie haben unsere Rechnung vom 20.02.2026 zu Fall 2026-004418

  Patient: Herr Reinhold Baumeister, geb. 17.09.1948, Vers.-Nr. 088 102 77-01
  Aufenthalt: 24.01.–14.02.2026
  Hauptdiagnose: A41.51 Sepsis durch E. coli
  Nebendiagnosen: J18.9 Pneumonie, N17.9 akutes Nierenversagen, E11.90
  DRG: T60C, davon 6 Tage Intensivstation, 118 Beatmungsstunden

um 7.412,36 EUR gekürzt (Abrechnung nach DRG T60E statt T60C). Die
Beatmungsstunden sind in der Pflegedokumentation nachgewiesen (NIV ab
Tag 2). Wir bitten um Prüfung und Nachzahlung bzw. um Mitteilung, welche
Unterlagen Sie benötigen.

Mit freundlichen Grüßen
Heike Lammerding
Patientenabrechnung / Medizincontrolling
St. Mauritz-Hospital Münster
""")
    return m


@mail(100, "NORMAL", "de", "internal",
      "trap: blood donation drive in the building (blood groups, donation rules, exclusion criteria), no individual donor")
def m0100():
    m = new("schaefer", [A("Alle Mitarbeitenden Münster", "alle-muenster@" + DOMAIN)],
            "Blutspende im Haus am 31.03. – jetzt Termin buchen", dt(20, 13, 15),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Liebe Kolleginnen und Kollegen,

am Dienstag, 31.03.2026, kommt der Blutspendedienst wieder zu uns ins
Atrium (10–16 Uhr). Besonders gesucht werden die Blutgruppen 0 negativ und
B negativ.

Spenden können alle Gesunden zwischen 18 und 72 Jahren mit mindestens 50 kg
Körpergewicht. Bitte nicht spenden, wenn Sie in den letzten vier Wochen eine
Infektion oder eine Impfung mit Lebendimpfstoff hatten, Antibiotika nehmen
oder in den letzten vier Monaten ein Tattoo oder Piercing bekommen haben.
Die Ärztin vor Ort klärt alles Weitere vertraulich mit Ihnen; der
Arbeitgeber erfährt nichts über Ihre Angaben oder Laborwerte.

Die Spende gilt als Arbeitszeit (eine Stunde). Termine bitte über den Link
im Intranet buchen, damit es keine Wartezeiten gibt. Danach gibt es
Frühstück aus der Kantine.

Danke, dass Sie mitmachen!
Nadine Schäfer

""" + S("schaefer"))
    return m

@mail(101, "CONFIDENTIAL", "de", "insurer-to-customer",
      "electronics insurance: named customer's smartphone with display damage, IMEI, policy and claim number, repair order")
def m0101():
    m = new("reuter", [A("Lea Schwienhorst", "lea.schwienhorst@schwienhorst-mail.example")],
            "Ihr Handyschaden S-2026-032790 – Reparaturauftrag", dt(20, 14, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Frau Schwienhorst,

danke für die Fotos – das Display ist wirklich komplett gesprungen.

Über Ihre Elektronikversicherung EV-400 775 1 übernehmen wir die Reparatur
Ihres iPhone 15 (IMEI 35 672912 448801 7) abzüglich 50 EUR Selbstbeteiligung.
Sie können das Gerät in jedem Shop unseres Partners "Phonefix" abgeben oder
kostenlos einschicken; den Versandaufkleber finden Sie unter

https://www.lindenhof-versicherung.example/phonefix/S-2026-032790

Bitte sichern Sie vorher Ihre Daten und schalten Sie "Wo ist?" aus, sonst
kann Phonefix das Gerät nicht reparieren.

Viele Grüße
Stefanie Reuter

""" + S("reuter"))
    return m


@mail(102, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health no-claims premium refund for a named member with IBAN; health line, no diagnosis")
def m0102():
    ib = iban("NL", "INGB" + "0007734152", "grouped")
    m = new("clarke", [A("Maarten Visscher", "maarten.visscher@visscher-home.example")],
            "No-claims refund 2025 - International Health Plan IHP-0087-1940-01", dt(20, 15, 55),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Visscher,

good news: as you did not make any claims in 2025 under your International
Health Plan (level Essential), you are entitled to the no-claims refund of
two monthly premiums:

  monthly premium 2025:  EUR 318.40
  refund (2 months):     EUR 636.80

We will pay the refund in July 2026 to the account you gave us:
  Maarten Visscher, """ + ib + """ (ING, Amsterdam)

Please note: if you submit invoices for 2025 after receiving the refund,
the refund has to be paid back. Small invoices are often worth keeping
yourself - e.g. a dental check-up of EUR 95 would cost you the refund.

Kind regards
Emma Clarke

""" + S("clarke"))
    return m


# --- Monday, 23 March 2026 ---------------------------------------------------

@mail(103, "NORMAL", "en", "internal",
      "trap: IFRS 17 CSM movement and loss component by portfolio (health, life, disability), company figures only")
def m0103():
    m = new("mehta", [A("Group Finance - IFRS 17 reporting", "ifrs17@nordaxis-group.example")],
            "Lindenhof IFRS 17 - CSM roll-forward FY 2025 (final)", dt(23, 8, 30),
            cc=[P["albers"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear colleagues,

please find below the final CSM roll-forward for FY 2025 (EUR m):

                          Health (GMM)   Life (VFA)   Disability (GMM)
  CSM 1 Jan 2025             1,412.6        388.1         204.7
  new business                  96.3         21.4          18.9
  interest accretion            21.0          n/a           3.1
  changes in estimates         -58.2         14.6         -11.4
  release to P&L              -118.4        -34.9         -19.8
  CSM 31 Dec 2025            1,353.3        389.2         195.5

The health release includes the premium increase of 1 January 2026 only as
far as approved by the trustee before year end. The negative change in
estimates for health reflects higher expected claims for psychotherapy and
oncology drugs; the loss component for the closed tariff generation
"KV 2004" grew from 3.2 to 5.8.

Sign-off by the Appointed Actuary (Dr. Albers) is attached to the upload in
the group reporting tool.

Best regards
Rahul

""" + S("mehta"))
    return m


@mail(104, "CONFIDENTIAL", "en", "insurer-to-customer",
      "rental car excess claim after a parking damage abroad: named customer, rental agreement, amount and payout; travel without health content")
def m0104():
    m = new("bianchi", [A("Nathan Greenberg", "nathan.greenberg@greenberg-post.example")],
            "Rental car excess reimbursement - claim RV-S-26-00977", dt(23, 9, 25),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Greenberg,

thank you for the documents. The rental company (SolCar, Faro airport,
agreement FAO-2602-88174) charged your credit card EUR 1,150.00 excess for
the scratched rear bumper found at the return of the car on 21 February.

Your rental car excess insurance under travel policy RV-2025-120317 covers
the full excess. We will reimburse EUR 1,150.00 to your account; you do
not need to do anything else.

Kind regards
Marco Bianchi

""" + S("bianchi"))
    return m


@mail(105, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness payout for a named insured with breast cancer (C50.4), surgery and chemotherapy mentioned")
def m0105():
    m = new("brenner", [A("Catherine Mulvaney", "catherine.mulvaney@mulvaney-net.example")],
            "Your critical illness claim - payment of EUR 80,000", dt(23, 10, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Mulvaney,

I am writing to let you know that we have accepted your claim under your
critical illness cover (policy 6.011.482, sum insured EUR 80,000).

The pathology report of the Breast Centre at Clemenshospital confirms an
invasive ductal carcinoma of the left breast (C50.4), stage pT2 pN1, which
meets the definition of "cancer" in section 3.1 of your policy conditions.
We have also noted that you had breast-conserving surgery on 19 February
and that chemotherapy started on 12 March.

We will transfer EUR 80,000 to your account within the next three working
days. The payment is tax-free. Your life cover under the same policy
continues unchanged, and from 1 April your premiums are waived for as long
as you are unable to work, up to 12 months.

We wish you strength for your treatment. If there is anything we can do,
please call me.

Kind regards
Thomas Brenner

""" + S("brenner"))
    return m


@mail(106, "NORMAL", "de", "insurer-to-broker",
      "trap: broker portal notice that the firm administrator created a user and assigned portfolio rights; no customer data, no personal data beyond staff name")
def m0106():
    m = new(FN("maklerportal", "Lindenhof Maklerportal"), [A("Frauke Hansen", "f.hansen@maklerkontor-hansen.example")],
            "Maklerportal: Neuer Benutzer für Ihre Firma angelegt", dt(23, 11, 2),
            headers=[("Auto-Submitted", "auto-generated")])
    body(m, """Guten Tag Frau Hansen,

in Ihrem Firmenkonto Maklerkontor Hansen & Partner GmbH (Vertragspartner
40-2291) wurde am 23.03.2026 um 10:58 Uhr folgende Änderung vorgenommen:

  Neuer Benutzer:   Tim Lüttmann (t.luettmann@maklerkontor-hansen.example)
  Angelegt von:     Frauke Hansen (Makleradministratorin)
  Rolle:            Sachbearbeitung
  Bestandsrechte:   Komposit Privat (lesen), Kranken/Leben (keine)
  Elektronische Vermittlerpost: ja

Der neue Benutzer erhält sein Initialpasswort in einer eigenen Nachricht.
Falls Sie diese Änderung nicht vorgenommen haben, sperren Sie den Benutzer
bitte sofort im Maklerportal und informieren Sie die Maklerbetreuung.

Diese Nachricht wurde automatisch erstellt. Die Änderung ist im
Änderungsprotokoll Ihres Firmenkontos gespeichert.

Lindenhof Versicherungsgruppe | Am Lindenhof 1-5 | 48143 Münster
""")
    return m


@mail(107, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary claim: named customer, insured flat, stolen items with values, police case and IBAN for the payout")
def m0107():
    ib = iban("DE", "40069266" + "4406620102", "grouped")
    m = new("reuter", [A("Ansgar Tönnies", "ansgar.toennies@toennies-net.example")],
            "Einbruchdiebstahl S-2026-031955 – Regulierung", dt(23, 13, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Tönnies,

nach Prüfung der Stehlgutliste und der Belege regulieren wir den Einbruch in
Ihre Wohnung Kanalstraße 47, 48147 Münster, vom 07.03.2026
(Hausratversicherung HR-117 023 8, Polizei-Tagebuchnummer 0412-26-019402)
wie folgt:

  Laptop Lenovo ThinkPad X1 (Kauf 2024)            1.640,00 EUR
  Kamera Fujifilm X-T5 mit Objektiv                 2.210,00 EUR
  Schmuck (Ehering Ihrer Frau, Kette) – Wertsachen,
  Entschädigungsgrenze außerhalb Tresor 20 %       2.400,00 EUR (statt 3.180,00)
  Bargeld (Grenze 1.500 EUR)                          380,00 EUR
  Reparatur Wohnungstür (Rechnung Tischlerei Lohaus)  864,50 EUR
  Summe                                             7.494,50 EUR

Die Versicherungssumme von 52.000 EUR ist ausreichend, eine Unterversicherung
liegt nicht vor. Wir überweisen den Betrag auf Ihr Konto
""" + ib + """ (Volksbank Münster).

Mit freundlichen Grüßen
Stefanie Reuter

""" + S("reuter"))
    return m


@mail(108, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "short mobile reply in a thread: rehab cost approval for a named insured after a hip replacement; reply over a short quoted note")
def m0108():
    m = new("vogel", [P["hahn"].addr],
            "AW: Reha Frau Yılmaz", dt(23, 13, 48),
            irt=mid("d211-0108-prev"),
            headers=[("X-Mailer", "iPhone Mail (22D82)")])
    body(m, """Ok, danke! Dann geht die Kostenzusage für die AHB in Bad Rothenfelde für Frau Yılmaz (Hüft-TEP re., OP 17.03.) heute noch raus, 21 Tage.

Von meinem iPhone gesendet

> Am 23.03.2026 um 13:31 schrieb Hahn, Ulrike Dr. med. <ulrike.hahn@lindenhof-versicherung.example>:
>
> Katrin, AHB nach Hüft-TEP bei 71j. mit Diabetes ist klar indiziert,
> gerne 21 Tage zusagen. LG Ulrike
""", flowed=True)
    return m


@mail(109, "NORMAL", "de", "internal",
      "trap: monthly new-business report by product (care, dental, disability, PKV) and sales channel, aggregates only (iso-8859-1)")
def m0109():
    m = new(FN("vertriebscontrolling", "Vertriebscontrolling"), [A("Vertriebsleitung", "vertriebsleitung@" + DOMAIN)],
            "Neugeschäft Februar 2026 nach Sparten und Wegen", dt(23, 14, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo zusammen,

hier die Neugeschäftszahlen Februar (Stückzahlen / Jahresbeitrag in TEUR):

Sparte                     Stück   JB TEUR   Plan JB   Maklerquote
KV Vollversicherung          412    2.884     3.100        71 %
KV Zusatz Zahn             1.904      571       520        38 %
KV Pflegetagegeld            366      198       240        55 %
Leben BU                     518    1.106     1.050        84 %
Leben Risiko                 701      388       400        79 %
Unfall                       288       61        70        22 %
Komposit Privat            2.117      987     1.020        46 %

Auffällig: BU über Plan (Aktion junge Berufe wirkt schon vor dem Start,
viele Voranfragen), Pflegetagegeld unter Plan. Bei der KV Vollversicherung
bremst die hohe Ablehnungsquote nach Gesundheitsprüfung (18 %, Vorjahr 15 %),
vor allem wegen psychischer Vorerkrankungen.

Details je Vertriebsweg im BI-Portal, Bericht "NG_Monat".

Viele Grüße
Vertriebscontrolling
""", cs="iso-8859-1", cte="quoted-printable")
    return m


@mail(110, "NORMAL", "de", "insurer-to-broker",
      "trap: rate calculator update for natural hazard cover with a sample calculation for 'Erika Mustermann, geb. 12.08.1964' (test persona)")
def m0110():
    m = new("grundmann", [A("Ingo Baumann", "info@makler-baumann.example")],
            "Tarifrechner Wohngebäude: Elementarschaden jetzt mit ZÜRS-Zone 4", dt(23, 15, 45),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Herr Baumann,

kurze Info zum Update des Tarifrechners Wohngebäude (Version 26.2, seit heute
früh online):

- Elementarschaden ist jetzt auch in ZÜRS-Gefährdungsklasse 4 möglich,
  mit Selbstbehalt 10 %, mind. 5.000 EUR.
- Rückstauklappen-Nachweis ist nur noch ab GK 3 Pflicht.
- Das Geburtsdatum wird für den Seniorenrabatt (ab 60) abgefragt.

Das Musterangebot im Handbuch rechnet wie immer mit unserer Testperson:

  Erika Mustermann, geb. 12.08.1964, Musterweg 1, 12345 Musterstadt
  Einfamilienhaus Baujahr 1998, 145 m², ZÜRS GK 2
  Jahresbeitrag inkl. Elementar: 968,42 EUR

Bitte nur für Schulungen verwenden – die Testperson ist in der Bestandsführung
gesperrt, echte Angebote damit lassen sich nicht policieren.

Beste Grüße
Oliver Grundmann

""" + S("grundmann"))
    return m


# --- Tuesday, 24 March 2026 --------------------------------------------------

@mail(111, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "naturopath invoice of the addressee (acupuncture, chronic migraine G43.1) answered in format=flowed with the customer's typo-laden mail quoted")
def m0111():
    m = new("aydin", [A("Ramona Kersting", "ramona.kersting@kersting-post.example")],
            "AW: Heilpraktiker Rechnung wird nicht bezahlt??", dt(24, 8, 50),
            irt="<d1e5b7a0-kersting-0323@kersting-post.example>",
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Sehr geehrte Frau Kersting,

Sie haben recht, da ist uns ein Fehler passiert – entschuldigen Sie bitte. Ihr Tarif AK 80 enthält Heilpraktikerleistungen bis 1.000 EUR im Jahr nach dem Gebührenverzeichnis für Heilpraktiker (GebüH). Die Rechnung von Frau Heilpraktikerin Anke Sudhoff über die Akupunktur wegen Ihrer Migräne (12 Sitzungen, 624,00 EUR) erstatten wir deshalb zu 80 %, also 499,20 EUR. Die Ablehnung vom 17.03. haben wir aufgehoben.

Mit freundlichen Grüßen
Murat Aydın

""" + S("aydin") + """

Am 23.03.2026 um 20:14 schrieb Ramona Kersting:
> Hallo,
>
> ich verstehe nicht warum sie meine Rechnung von der Heilpraktikerin
> nicht bezahlen. Ich hab doch extra den Tarif mit Heilpraktiker
> abgeschlossen!! Die Akupunktur hilft mir als einziges gegen die
> Migräne (chronisch, mit Aura, mein Neurologe hat G43.1 drauf
> geschrieben) und die Triptane vertrag ich schlecht.
>
> Vers.nr 266 014 38-01
> Ramona Kersting
""", flowed=True)
    return m


@mail(112, "NORMAL", "en", "insurer-to-supplier",
      "trap: data processing agreement negotiation with a cloud provider listing data categories (health data, bank data) in the abstract, no data")
def m0112():
    m = new("wagner", [A("Legal & Compliance - Brightwater Cloud", "legal@brightwater-cloud.example")],
            "DPA for the claims archive migration - our comments on annex 1 and 3", dt(24, 9, 35),
            cc=[P["martens"].addr, P["nowak"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear colleagues,

thank you for the draft data processing agreement (version 0.4). Our
comments:

Annex 1 (categories of data and data subjects)
  Please list explicitly: policyholders, insured persons, claimants,
  beneficiaries, employees; data categories: contact data, contract data,
  bank data, and special categories under Art. 9 GDPR (health data
  including diagnoses and medical reports). As a health and life insurer we
  are also bound by professional secrecy under Section 203 of the German
  Criminal Code; your staff must be obliged to secrecy accordingly (clause 7).

Annex 3 (technical and organisational measures)
  - customer-managed keys in our HSM (no provider access to keys)
  - data centres in the EU only, no remote support from third countries
  - deletion certificates within 30 days of termination

Sub-processors
  Please remove the US-based support sub-processor from the list or
  confirm that it has no access to customer content.

We suggest a call on 31 March. No production data will be migrated before
the DPA is signed.

Best regards
Dr. Ines Wagner

""" + S("wagner"))
    return m


@mail(113, "CONFIDENTIAL", "en", "insurer-to-broker",
      "commercial property quote for a bakery GmbH with its named managing director, sums insured, turnover and claims history")
def m0113():
    m = new("ahrens", [A("Expat Cover Partners - Commercial", "commercial@expatcover.example")],
            "Quote commercial property & business interruption - Bäckerei Riepenhoff GmbH", dt(24, 10, 50),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hello Priya,

here are our terms for your client Bäckerei Riepenhoff GmbH (managing
director Mr Clemens Riepenhoff), Hansaring 60, 48155 Münster:

  Buildings (production + shop):       EUR 2,400,000
  Contents and stock:                  EUR   780,000
  Business interruption (12 months):   EUR 1,950,000 (turnover 2025: EUR 3.1m)
  Perils: fire, storm/hail, burst pipe, burglary, natural hazards (zone 1)
  Claims last 5 years: 2 (oven fire 2022, EUR 41,300; burglary 2024, EUR 3,900)
  Requirement: annual inspection of the oven extraction system (VdS)
  Annual premium: EUR 9,212 plus 19 % insurance tax

Valid until 30 April. Happy to discuss the deductible for the business
interruption if the client wants a lower premium.

Best regards
Benedikt

""" + S("ahrens"))
    return m


@mail(114, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "repatriation order to the assistance partner for a named traveller after a stroke (I63.9) in Spain, medical escort, stretcher")
def m0114():
    m = new("bianchi", [A("GlobeCare Assistance - Operations", "ops@globecare-assist.example")],
            "Repatriation request - Mrs Ingrid Schlüter, Hospital Universitario Alicante", dt(24, 12, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])
    body(m, """Dear GlobeCare Operations,

please organise the repatriation for our insured:

  Name:             Mrs Ingrid Schlüter, born 06/07/1949
  Policy:           travel health RV-2025-117702, our case RV-S-26-01012
  Hospital:         Hospital General Universitario de Alicante, neurology,
                    bed 4.12, contact Dr. Pablo Ruiz (+34 965 000 118)
  Diagnosis:        ischaemic stroke (I63.9) on 19/03, right-sided weakness,
                    aphasia; thrombolysis given; stable since 22/03
  Transport:        stretcher transport with medical escort (physician), by
                    air ambulance or scheduled flight with stretcher as the
                    treating physician decides; destination Neurological
                    Rehabilitation Centre Münster-Hiltrup (bed reserved from
                    27/03)
  Relatives:        husband Mr Hermann Schlüter travels with her

Costs are covered. Please send the medical report of your doctor and the
flight plan to this address.

Thank you
Marco Bianchi

""" + S("bianchi"))
    return m


@mail(115, "NORMAL", "de", "internal",
      "trap: maintenance window for the life policy administration system (BU, pensions, death benefits modules), no data")
def m0115():
    m = new("nowak", [A("Fachbereiche Leben", "fachbereiche-leben@" + DOMAIN)],
            "Wartung Bestandsführung Leben (LIFE/2) am Samstag 28.03., 6–14 Uhr", dt(24, 14, 0),
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Hallo zusammen,

am Samstag, 28.03.2026, ist die Bestandsführung Leben (LIFE/2) von 6 bis
14 Uhr nicht verfügbar. Wir spielen das Release 26.1 ein.

Betroffen sind alle Module: Vertragsauskunft, BU-Leistung, Rentenzahlung,
Todesfallbearbeitung, Policendarlehen, bAV-Firmenportal. Die Rentenzahlläufe
für April sind bereits am Donnerstag gelaufen und nicht betroffen.

Neu im Release u. a.: Anzeige der Leistungshistorie BU auf einer Seite,
Pflichtfeld "Schweigepflichtentbindung liegt vor" vor Arztanfragen,
Korrektur des Fehlers bei der Steuerbescheinigung für Rentenbezieher mit
Wohnsitz im Ausland.

Bitte plant keine Wochenendarbeit im System ein. Bei Problemen ab Montag:
Servicedesk -1999.

Gruß
Piotr

""" + S("nowak"), flowed=True)
    return m


@mail(116, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: transfer of the no-claims class between spouses with both birth dates, licence dates and policy numbers")
def m0116():
    m = new("koehler", [A("Monika Wiethölter", "monika.wietholter@wietholter-net.example")],
            "Übertragung Schadenfreiheitsrabatt von Ihrem Mann", dt(24, 15, 10),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Wiethölter,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Mann auf Sie ist
möglich. Ihr Mann hat die Erklärung unterschrieben; die Voraussetzungen
sind erfüllt:

  Abgebender:   Herr Bernhard Wiethölter, geb. 22.01.1957,
                Führerschein seit 14.06.1975, Vertrag KF-09-0004112, SF 35
  Übernehmende: Frau Monika Wiethölter, geb. 09.09.1960,
                Führerschein seit 03.03.1979, Vertrag KF-26-0053001

Da Ihr Führerschein seit 47 Jahren besteht, können Sie die vollen
35 schadenfreien Jahre übernehmen. Ihr neuer Beitrag für den Skoda Fabia
(MS-MW 609) beträgt damit 312,66 EUR statt 1.084,30 EUR jährlich. Der Vertrag
Ihres Mannes wird zum 31.03. beendet; er kann den Rabatt nicht mehr nutzen.

Mit freundlichen Grüßen
Daniel Köhler

""" + S("koehler"))
    return m


@mail(117, "NORMAL", "de", "internal",
      "trap: anonymised disability claim case study for training (profession, age band, ICD chapter only, data altered), no identifiable person")
def m0117():
    m = new("brenner", [A("Team BU-Leistung", "bu-leistung@" + DOMAIN)],
            "Fallbesprechung Donnerstag: anonymisierter Fall zur Nachprüfung", dt(24, 16, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo Team,

für die Fallbesprechung am Donnerstag habe ich einen Fall aus 2024 so
verfremdet, dass kein Rückschluss möglich ist (Beruf, Alter, Ort und Daten
geändert, keine Vertragsnummer). Bitte lest ihn vorher.

Fall "A"
- Versicherte Person: Pflegefachkraft, Mitte 40, Anerkennung der BU 2021
  wegen einer Erkrankung aus ICD-Kapitel XIII (Muskel-Skelett) nach zwei
  Operationen.
- Nachprüfung 2024: Die Person arbeitet inzwischen 25 Stunden pro Woche als
  Praxisanleiterin in einer Pflegeschule (ohne Patientenkontakt),
  Einkommen ca. 70 % des früheren.
- Frage: Liegt eine konkrete Verweisung vor? Ist die neue Tätigkeit nach
  Vergütung und sozialer Wertschätzung vergleichbar (BGH-Rechtsprechung,
  Grenze ca. 20 % Einkommensverlust)?

Unsere damalige Entscheidung verrate ich am Donnerstag.

Gruß
Thomas

""" + S("brenner"))
    return m


# --- Wednesday, 25 March 2026 ------------------------------------------------

@mail(118, "NORMAL", "de", "insurer-to-association",
      "trap: answers to the insurers' association survey on mental disorders as cause of disability claims, percentages only")
def m0118():
    m = new("albers", [A("Statistik – Verband der Versicherer", "statistik@versichererverband.example")],
            "Umfrage BU-Leistungsursachen 2025 – Rückmeldung Lindenhof Leben", dt(25, 8, 45),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Damen und Herren,

zu Ihrer Umfrage vom 02.03.2026 melden wir für die Lindenhof
Lebensversicherung AG (Berichtsjahr 2025, neu anerkannte BU-Leistungsfälle,
n = 217):

  Psychische Erkrankungen (F00–F99)          38,2 %
  Muskel-Skelett-System (M00–M99)            21,2 %
  Krebs und andere Neubildungen (C00–D48)    14,3 %
  Nervensystem (G00–G99)                      8,8 %
  Herz-Kreislauf (I00–I99)                    6,0 %
  Unfälle (S00–T98)                           5,1 %
  Sonstige                                    6,4 %

Durchschnittsalter bei Leistungsbeginn: 47,3 Jahre.
Anerkennungsquote (anerkannt / entschieden): 76,1 %.

Die Werte sind auf Bestandsebene aggregiert. Eine Aufteilung nach Berufs-
gruppen geben wir wegen kleiner Fallzahlen nicht heraus.

Mit freundlichen Grüßen
Dr. Henrik Albers

""" + S("albers"))
    return m


@mail(119, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household insurance adjusted after a move: named customer, new insured address, living space, sum insured and premium")
def m0119():
    m = new("reuter", [A("Lars Rasmussen", "lars.rasmussen@rasmussen-mail.example")],
            "Ihre Hausratversicherung nach dem Umzug – neue Versicherungssumme", dt(25, 9, 50),
            cc=[A("Jens Hansen", "j.hansen@maklerkontor-hansen.example")],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Rasmussen,

über Ihren Makler Herrn Hansen haben Sie uns Ihren Umzug mitgeteilt. Wir
haben Ihre Hausratversicherung HR-126 330 1 angepasst:

  Versicherungsort neu:   Ossenkampstiege 14, 48163 Münster (ab 01.03.2026)
  Wohnfläche:             94 m² (bisher 71 m²)
  Versicherungssumme:     61.100 EUR (650 EUR/m², Unterversicherungsverzicht)
  Tarifzone:              2 (bisher 3)
  Jahresbeitrag neu:      171,35 EUR (bisher 149,10 EUR)

Während des Umzugs bestand Versicherungsschutz in beiden Wohnungen. Den
Nachtrag zum Versicherungsschein erhalten Sie per Post. Die neue
Bankverbindung ist ebenfalls hinterlegt.

Mit freundlichen Grüßen
Stefanie Reuter

""" + S("reuter"))
    return m


@mail(120, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's complaint forwarded as message/rfc822 to complaints management: his wife's cancer treatment (lymphoma) and a rejected hospital invoice")
def m0120():
    inner = ext(A("Dietmar Schöne", "dietmar.schoene@schoene-familie.example"),
                [FN("service", "Lindenhof Service")],
                "Beschwerde - Ablehnung Rechnung Uniklinik, Vers.Nr. 144 203 88-02",
                dt(24, 22, 3), "<8a7e1f22.schoene.20260324@schoene-familie.example>")
    body(inner, """Sehr geehrte Damen und Herren,

ich bin wirklich enttäuscht und wütend. Meine Frau Birgit (mitversichert,
144 203 88-02) hat seit Dezember ein Non-Hodgkin-Lymphom und bekommt in der
Uniklinik Chemotherapie (R-CHOP, jetzt 4. Zyklus). Sie hat genug zu tragen.

Jetzt lehnen Sie die Rechnung der Uniklinik für den Port-Katheter und den
stationären Aufenthalt vom 02.-05.02. teilweise ab, weil der Chefarzt
angeblich nicht persönlich behandelt hat?? Das soll ich jetzt mit 1.870,44
Euro bezahlen? Wir sind seit 23 Jahren bei Ihnen versichert und haben nie
Probleme gemacht.

Ich erwarte, dass sich jemand persönlich bei mir meldet. Sonst gehe ich zum
Ombudsmann.

Dietmar Schöne
Tel. 02501 / 44 19 07
""", cs="iso-8859-1", cte="quoted-printable")
    m = new("kraemer", [FN("beschwerdemanagement", "Beschwerdemanagement")],
            "WG: Beschwerde - Ablehnung Rechnung Uniklinik, Vers.Nr. 144 203 88-02", dt(25, 10, 35),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo zusammen,

Beschwerde von gestern Abend, siehe Anhang. Ich habe Herrn Schöne heute früh
kurz angerufen und einen Rückruf durch euch bis morgen zugesagt. Bitte mit
Katrin Vogel (stationär) abstimmen, die Wahlleistungsfrage ist ihr Fall.

Danke
Sabine

""" + S("kraemer"))
    fwd(m, inner, "Beschwerde Schoene.eml")
    return m


@mail(121, "NORMAL", "en", "internal",
      "trap: DPIA summary for an AI triage of health claims listing risks and measures (health data, Art. 9) with no case data")
def m0121():
    m = new("wagner", [A("Group Data Protection Network", "dp-network@nordaxis-group.example")],
            "DPIA summary - AI-assisted triage of health claims (Lindenhof)", dt(25, 11, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear colleagues,

for the network meeting on 2 April, a short summary of the data protection
impact assessment we finished last week:

Processing
  A model suggests a processing route (auto-pay / check / medical review)
  for incoming health claims, based on invoice data, tariff and ICD codes.
  It never rejects a claim; every rejection is made by a person.

Main risks
  1. special categories of data (Art. 9 GDPR) processed at scale
  2. automated decisions (Art. 22 GDPR) if staff simply follow the suggestion
  3. bias against groups with frequent claims (e.g. chronic illness)

Measures
  - training data pseudonymised, only 24 months, no free text
  - the model runs in our data centre; no vendor access to live data
  - monthly fairness monitoring by age band, sex and ICD chapter
  - sampling of 2 % of auto-paid claims by claims staff

Residual risk: acceptable. Works council agreement signed on 18 March.

Best regards
Ines

""" + S("wagner"))
    return m


@mail(122, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor insurance quote for a newly arrived expat: named customer with date of birth, licence date, address and premium")
def m0122():
    m = new("koehler", [A("Arvind Krishnaswamy", "arvind.k@krishnaswamy-mail.example")],
            "Your motor insurance quote - Tesla Model 3", dt(25, 13, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Krishnaswamy,

welcome to Münster! Based on the details from our call, here is your quote:

  Policyholder and main driver: Arvind Krishnaswamy, born 15 May 1987
  Address:                      Weseler Straße 88, 48151 Münster
  Driving licence:              Indian licence since 2006, German licence
                                issued 10 March 2026
  Vehicle:                      Tesla Model 3 Long Range (2024), garage
  Annual mileage:               15,000 km
  Cover:                        third party liability + comprehensive
                                (excess EUR 500 / EUR 150)
  No-claims class:              SF 1/2 (no recognisable claims history)
  Annual premium:               EUR 1,648.20

If you can get a letter from your insurer in India confirming your
claim-free years in English, we can check whether we can place you in a
better class. The quote is valid for 4 weeks.

Kind regards
Daniel Köhler

""" + S("koehler"))
    return m


@mail(123, "NORMAL", "en", "insurer-to-partner",
      "trap: update of the direct-billing hospital network for expat members (hospitals, cities, specialties), no patient")
def m0123():
    m = new("clarke", [A("GlobeCare Provider Network", "network@globecare-assist.example")],
            "Direct billing network update Q2 - additions and removals", dt(25, 14, 50),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hi team,

please update the direct billing list for Lindenhof International Health
Plan members from 1 April:

Additions
  - Riverside International Hospital, Bangkok (all specialties)
  - Palm Crescent Medical Centre, Dubai (orthopaedics, imaging)
  - Clínica Costa Azul, Marbella (trauma, orthopaedics)
  - Kenyatta Gardens Hospital, Nairobi (maternity, paediatrics)

Removals
  - Sunrise Wellness Clinic, Bali (under investigation, no further
    guarantees of payment)

Rates: as negotiated, e.g. MRI Dubai flat AED 2,900, standard room Bangkok
THB 9,800 per night. Please publish the updated list in the member app and
send us the PDF for the broker portal.

Thanks
Emma

""" + S("clarke"))
    return m


@mail(124, "NORMAL", "de", "insurer-to-supplier",
      "trap: order to translate the general terms of the health and disability products into English; product texts only, no person")
def m0124():
    m = new("martens", [A("Lingua Nord Übersetzungen", "projekte@lingua-nord.example")],
            "Übersetzungsauftrag AVB Kranken/BU ins Englische – Angebot 26-118", dt(25, 16, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Rautenberg,

wir nehmen Ihr Angebot 26-118 an und beauftragen die Übersetzung folgender
Dokumente ins britische Englisch:

1. AVB Krankheitskosten-Vollversicherung (MB/KK 2009 + Tarifbedingungen
   AK/ST/ZB), ca. 38 Normseiten
2. Bedingungen Berufsunfähigkeitsversicherung BU 2026, ca. 22 Normseiten
3. Merkblatt Gesundheitsfragen und vorvertragliche Anzeigepflicht
   (§ 19 VVG), 4 Normseiten

Bitte verwenden Sie unser Glossar (u. a. "Krankheitskosten" = "medical
expenses", "Berufsunfähigkeit" = "occupational disability", "Wartezeit" =
"waiting period"). Liefertermin: 24.04.2026. Bestellnummer 4500-26-0301.

Mit freundlichen Grüßen
Sven Martens

""" + S("martens"))
    return m


@mail(125, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses for a neighbour dispute: named customer, neighbour named, hedge/boundary issue, policy and claim number")
def m0125():
    m = new("lorenz", [A("Gerda Ossenbrink", "gerda.ossenbrink@ossenbrink-web.example")],
            "Ihr Rechtsschutzfall RS-S-26-02512 – Grenzabstand Hecke", dt(25, 16, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Ossenbrink,

für die Auseinandersetzung mit Ihrem Nachbarn Herrn Wolfgang Merschformann
wegen der Thujahecke an der Grundstücksgrenze (Nachbarrecht NRW,
Grenzabstand und Rückschnitt) besteht Versicherungsschutz aus Ihrem
Rechtsschutzvertrag RS 4417-20 11 (Baustein Wohnungs- und
Grundstücks-Rechtsschutz für Ihr selbst bewohntes Haus Brockhoffstraße 9,
48157 Münster). Schadennummer: RS-S-26-02512.

Vor einer Klage ist in NRW ein Schlichtungsverfahren bei der Schiedsperson
Pflicht. Die Kosten dafür übernehmen wir ebenfalls. Ihre Selbstbeteiligung
beträgt 150 EUR; sie entfällt, wenn sich die Sache im Schlichtungs-
verfahren erledigt.

Mit freundlichen Grüßen
Anja Lorenz

""" + S("lorenz"))
    return m

# --- Thursday, 26 March 2026 -------------------------------------------------

@mail(126, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
      "death benefit of a term life policy to the widow: deceased named, cause of death (myocardial infarction), death certificate; DOCX payout form prefilled")
def m0126():
    m = new("dietrich", [A("Ursula Heitkamp", "ursula.heitkamp@heitkamp-post.example")],
            "Risikolebensversicherung 7.215.903 – Auszahlung nach dem Tod Ihres Mannes", dt(26, 8, 35),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Heitkamp,

zunächst möchte ich Ihnen und Ihrer Familie unser aufrichtiges Beileid zum
Tod Ihres Mannes aussprechen.

Wir haben die Sterbeurkunde und die ärztliche Todesbescheinigung erhalten.
Ihr Mann, Herr Bernd Heitkamp, ist am 08.03.2026 im Alter von 58 Jahren an
einem Herzinfarkt verstorben. Da der Vertrag seit über drei Jahren bestand
und keine Vorerkrankungen des Herzens bekannt waren, ist keine weitere
Prüfung nötig.

Aus der Risikolebensversicherung 7.215.903 zahlen wir an Sie als
Bezugsberechtigte die Versicherungssumme von 150.000 EUR zuzüglich einer
Überschussbeteiligung von 2.184,50 EUR.

Bitte senden Sie uns den angehängten Auszahlungsantrag unterschrieben zurück
und ergänzen Sie Ihre Steuer-Identifikationsnummer (für die Meldung an das
Finanzamt, die Leistung selbst ist einkommensteuerfrei).

Mit herzlicher Anteilnahme
Ralf Dietrich

""" + S("dietrich"))
    att(m, "Auszahlungsantrag_7.215.903.docx", docx([
        ("h", "Auszahlungsantrag Todesfallleistung"),
        "Lindenhof Lebensversicherung AG, Vertragsservice Leben",
        ("table", [["Angabe", "Wert"],
                   ["Vertrag", "7.215.903 (Risikolebensversicherung)"],
                   ["Versicherte Person", "Bernd Heitkamp, geb. 19.10.1967, verstorben am 08.03.2026"],
                   ["Todesursache laut Todesbescheinigung", "akuter Myokardinfarkt (natürlicher Tod)"],
                   ["Bezugsberechtigt", "Ursula Heitkamp, geb. 02.04.1969"],
                   ["Versicherungssumme", "150.000,00 EUR"],
                   ["Schlussüberschuss", "2.184,50 EUR"],
                   ["Auszahlung auf IBAN", "bitte eintragen"],
                   ["Steuer-ID der Bezugsberechtigten", "bitte eintragen"]]),
        "Ort, Datum, Unterschrift: ______________________________",
    ], title="Auszahlungsantrag 7.215.903", author="Ralf Dietrich", created="2026-03-26T07:30:00Z"))
    return m


@mail(127, "NORMAL", "de", "internal",
      "trap: pay transparency report with median salaries by pay group and gender, no individual salary (cells under 6 persons suppressed)")
def m0127():
    m = new("schaefer", [A("Betriebsrat Lindenhof", "betriebsrat@" + DOMAIN)],
            "Entgelttransparenz: Bericht 2025 nach § 21 EntgTranspG (Entwurf)", dt(26, 9, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Liebe Mitglieder des Betriebsrats,

wie vereinbart vorab der Entwurf des Entgeltberichts 2025, bevor er in den
Lagebericht geht. Alle Werte sind Mediane der Bruttojahresentgelte
(Vollzeitäquivalente); Gruppen mit weniger als 6 Personen sind ausgeblendet.

Tarifgruppe (PVT)   Frauen    Männer    Differenz
TG 4               39.840    40.120      -0,7 %
TG 6               48.310    49.060      -1,5 %
TG 8               58.720    60.950      -3,7 %
AT                 92.400   101.800      -9,2 %

Die Lücke im AT-Bereich erklärt sich zum Teil durch die Verteilung auf
Funktionen (Aktuariat, IT-Architektur). Maßnahmen für 2026 stellen wir in der
Sitzung am 9. April vor.

Viele Grüße
Nadine Schäfer

""" + S("schaefer"))
    return m


@mail(128, "NORMAL", "en", "insurer-to-supplier",
      "trap: SEPA direct debit test file for a payment provider with published example IBANs and a 'Max Mustermann' test debtor, no real account")
def m0128():
    m = new("weiss", [A("Onboarding Team - Payvia Payments", "onboarding@payvia-payments.example")],
            "SEPA core direct debit - test file for certification (pain.008)", dt(26, 10, 52),
            cc=[P["hoffmann"].addr],
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hello,

for the certification of our new direct debit connection, please find
attached our test file in pain.008.001.08 format. As agreed it contains only
test debtors and the example IBANs published in the SEPA documentation
(DE89 3704 0044 0532 0130 00 and GB33 BUKB 2020 1555 5555 55). No customer
data is contained.

Creditor: Lindenhof Services GmbH on behalf of the Lindenhof companies,
creditor ID as in the file. Collection date in the file: 2026-04-01.

Please confirm the validation result by 2 April.

Kind regards
Georg Weiß

""" + S("weiss"))
    att(m, "LH_pain008_TEST_2026-03-26.xml", """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08">
  <CstmrDrctDbtInitn>
    <GrpHdr>
      <MsgId>LH-TEST-20260326-001</MsgId>
      <CreDtTm>2026-03-26T10:40:00</CreDtTm>
      <NbOfTxs>2</NbOfTxs>
      <CtrlSum>150.00</CtrlSum>
      <InitgPty><Nm>Lindenhof Services GmbH</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>TEST-PMT-1</PmtInfId>
      <PmtMtd>DD</PmtMtd>
      <ReqdColltnDt>2026-04-01</ReqdColltnDt>
      <Cdtr><Nm>Lindenhof Services GmbH</Nm></Cdtr>
      <DrctDbtTxInf>
        <PmtId><EndToEndId>TEST-E2E-0001</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">100.00</InstdAmt>
        <Dbtr><Nm>Max Mustermann (Testdatensatz)</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
      </DrctDbtTxInf>
      <DrctDbtTxInf>
        <PmtId><EndToEndId>TEST-E2E-0002</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">50.00</InstdAmt>
        <Dbtr><Nm>Erika Mustermann (Testdatensatz)</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id></DbtrAcct>
      </DrctDbtTxInf>
    </PmtInf>
  </CstmrDrctDbtInitn>
</Document>
""".encode("utf-8"), ctype="application/xml")
    return m


@mail(129, "NORMAL", "en", "internal",
      "trap: onboarding checklist for group health contracts (employer schemes, pre-existing conditions rules, waiting periods), process only")
def m0129():
    m = new("ostermann", [P["clarke"].addr, A("Firmenkunden KV", "firmenkunden-kv@" + DOMAIN)],
            "Checklist: onboarding of group health schemes (international employers)", dt(26, 12, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hi all,

after last month's mix-ups, here is the checklist we agreed for new group
health schemes with international employers:

1. Scheme size >= 10 employees: no individual health questions; pre-existing
   conditions covered except for those under treatment in the last 6 months
   (moratorium).
2. Scheme size 3-9: short health declaration per employee; the declarations
   go directly to Risk Underwriting, never via the employer's HR.
3. Family members: always individual health questions.
4. Waiting periods waived for employees joining within 3 months of the start
   or of their employment.
5. The employer receives only the list of insured persons and premiums,
   never any health information or claims details of employees.

Please use the new template "GH-Onboarding-2026" in the document system.

Thanks
Felix

""" + S("ostermann"))
    return m


@mail(130, "NORMAL", "en", "insurer-to-press",
      "trap: written interview answers for a trade journal on AI in health claims (share of automated claims, fraud), aggregates, no person")
def m0130():
    m = new("franke", [A("Hannah Pereira", "h.pereira@insuranceledger.example")],
            "Re: Interview questions - AI in claims handling", dt(26, 14, 5),
            irt="<ledger-2026-0319-pereira@insuranceledger.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Pereira,

please find our answers below; you can quote Dr. Carsten Vehling, CEO of
the Lindenhof Insurance Group.

1. How much of your health claims handling is automated?
"About 61 percent of outpatient claims are now processed and paid without
manual intervention, usually within two days. For hospital bills the share
is much lower, around 15 percent."

2. Where does AI help - and where not?
"AI reads invoices and prescriptions and suggests the right route. It never
rejects a claim. Every rejection and every medical question is decided by a
person, and our advisory physicians remain central."

3. What about fraud?
"Pattern recognition helped us find organised invoice fraud from a handful
of clinics abroad last year. The amounts are small compared to the total,
but every euro belongs to the community of insured persons."

We would appreciate seeing the quotes before publication.

Best regards
Julia Franke

""" + S("franke"))
    return m


@mail(131, "CONFIDENTIAL", "en", "insurer-to-company",
      "fleet insurance renewal for a GmbH listing named drivers with their motor claims, plates and the loss ratio; no health data")
def m0131():
    m = new("ahrens", [A("Anja Brockhoff", "a.brockhoff@vrieslogistics.example")],
            "Fleet policy FL-2019-0032 - loss ratio 2025 and renewal terms", dt(26, 15, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Brockhoff,

ahead of our meeting on 2 April: the loss ratio of your fleet policy
FL-2019-0032 (58 vehicles) was 94 % in 2025 (premium EUR 148,300, claims
EUR 139,400). Five of the 31 claims account for more than half of the
amount:

  MS-VL 214 (driver Mr Kai Wübbeling)      rear-end collision A1, EUR 28,900
  MS-VL 230 (driver Mr Sergej Dück)        reversing at depot, EUR 14,200
  MS-VL 230 (driver Mr Sergej Dück)        mirror/side damage, EUR  6,050
  MS-VL 241 (driver Ms Laura Hüls)         parking damage,     EUR  9,700
  MS-VL 219 (driver Mr Kai Wübbeling)      motorway, lane change, EUR 19,300

To keep the premium stable we propose: driver training for the drivers with
more than one claim in 2025, reversing cameras on the 7.5 t trucks by
30 June, and an excess of EUR 1,000 per claim (currently EUR 500). Without
these measures the premium would rise by 18 %.

Kind regards
Benedikt Ahrens

""" + S("ahrens"))
    return m


# --- Friday, 27 March 2026 ---------------------------------------------------

@mail(132, "NORMAL", "de", "internal",
      "trap: claims team guideline on hearing aids, wheelchairs and other aids with reimbursement limits, no insured person")
def m0132():
    m = new("aydin", [A("Team Leistung ambulant", "leistung-ambulant@" + DOMAIN)],
            "Arbeitsanweisung Hilfsmittel: Hörgeräte, Rollstühle, Kompressionsstrümpfe (ab 01.04.)", dt(27, 8, 15),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo zusammen,

ab 01.04. gilt die überarbeitete Arbeitsanweisung Hilfsmittel (AA-L-14,
Version 5). Die wichtigsten Änderungen:

- Hörgeräte: Erstattung je Ohr bis 1.500 EUR alle 4 Jahre (Tarife AK),
  bei an Taubheit grenzender Schwerhörigkeit ohne Höchstbetrag; ohrenärzt-
  liche Verordnung und Anpassbericht des Akustikers sind Pflicht.
- Rollstühle: Elektrorollstühle über 5.000 EUR nur mit Kostenvoranschlag
  und Prüfung durch den Gesellschaftsärztlichen Dienst; Mietmodell
  prüfen, wenn die Versorgung voraussichtlich unter 12 Monaten liegt.
- Kompressionsstrümpfe: 2 Paar pro Halbjahr ohne Rückfrage.
- CPAP-Geräte: Miete über unseren Vertragspartner, keine Kaufrechnungen mehr.
- Blutzuckermessgeräte / CGM-Systeme: CGM bei insulinpflichtigem Diabetes
  ohne Einzelfallprüfung.

Die neue Anweisung liegt im Handbuch unter Leistung > Hilfsmittel. Fragen
gern in die Teamrunde am Dienstag.

Gruß
Murat

""" + S("aydin"))
    return m


@mail(133, "NORMAL", "de", "internal",
      "trap: expiring S/MIME domain certificate of a hospital partner for encrypted mail, technical only")
def m0133():
    m = new("nowak", [P["vogel"].addr, P["hoffmann"].addr],
            "Domänenzertifikat klinikum-weserbogen.example läuft am 05.04. ab", dt(27, 9, 30),
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Hallo Katrin, hallo Lena,

kurze Info: Das S/MIME-Domänenzertifikat des Klinikums Weserbogen, über das
wir Kostenübernahmen und Entlassberichte verschlüsselt austauschen, läuft am
05.04.2026 ab (Seriennummer 4F:22:91:0C:…, Aussteller Healthcare Mail CA).

Ich habe die IT des Klinikums angeschrieben und um das Folgezertifikat
gebeten. Falls es bis 02.04. nicht da ist, fällt der Versand automatisch auf
das SecureMail-Portal zurück – für euch ändert sich nichts, nur kommen die
Antworten des Klinikums dann über das Portal und nicht direkt ins Postfach.

Gruß
Piotr

""" + S("nowak"), flowed=True)
    return m


@mail(134, "CONFIDENTIAL", "de", "broker",
      "sole-trader broker's commission invoice forwarded inline to accounting: his own IBAN and tax number (a natural person's bank and tax data)")
def m0134():
    ib = iban("DE", "40050000" + "0093182240", "grouped")
    m = new("grundmann", [FN("provisionsabrechnung", "Provisionsabrechnung")],
            "WG: Rechnung Bestandspflege 1. Quartal – Makler Baumann", dt(27, 10, 12),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo zusammen,

bitte zahlen, sachlich richtig (Servicevereinbarung vom 01.07.2024).

Gruß Oliver

""" + S("grundmann") + """

-----Ursprüngliche Nachricht-----
Von: Ingo Baumann <info@makler-baumann.example>
Gesendet: Donnerstag, 26. März 2026 18:20
An: Grundmann, Oliver <oliver.grundmann@lindenhof-versicherung.example>
Betreff: Rechnung Bestandspflege 1. Quartal

Hallo Herr Grundmann,

anbei (bzw. hier im Text, der Anhang wollte nicht) meine Rechnung:

Rechnung Nr. 2026-011 vom 26.03.2026
Versicherungsmakler Ingo Baumann, Kirchstraße 12, 48346 Ostbevern
Steuernummer 336/5081/4417 – umsatzsteuerfrei nach § 4 Nr. 11 UStG

Servicepauschale Bestandspflege Q1/2026 lt. Vereinbarung   1.250,00 EUR
Schulung Ihrer Tarifrechner (2 Termine à 3 Std.)              480,00 EUR
Gesamt                                                     1.730,00 EUR

Bitte überweisen auf mein Konto bei der Sparkasse Münsterland Ost:
""" + ib + """

Danke und Grüße
Ingo Baumann
""")
    return m


@mail(135, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "recourse against a liable driver: named insured cyclist's injuries (tibial plateau fracture S82.1), hospital and rehab costs, sent to a law firm")
def m0135():
    m = new("vogel", [A("Rechtsanwältin Dr. Nesrin Demir", "n.demir@roth-demir-recht.example")],
            "Regress § 86 VVG – Verkehrsunfall 03.11.2025, unsere Versicherte Frau Kerstin Albring", dt(27, 11, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Dr. Demir,

wie telefonisch besprochen beauftragen wir Sie mit der Geltendmachung
unserer übergegangenen Ansprüche gegen den Unfallgegner und dessen
Haftpflichtversicherer (Auto-Assekuranz Rhein AG, Schaden-Nr. 2025-KH-77120).

Sachverhalt: Unsere Versicherte Frau Kerstin Albring, geb. 14.02.1981,
wurde am 03.11.2025 als Radfahrerin auf der Wolbecker Straße von einem
rechts abbiegenden Pkw erfasst.

Verletzungen laut Entlassbericht UKM vom 19.11.2025:
- Tibiakopffraktur links (S82.1), operativ versorgt (Plattenosteosynthese)
- Distorsion HWS (S13.4), Prellungen
Anschließend ambulante Reha bis 30.01.2026, AU bis 15.02.2026.

Unsere Aufwendungen (Krankheitskostenversicherung 301 445 70-01):
  stationär UKM (DRG I13B + Wahlleistungen)    11.984,20 EUR
  ambulante Reha, Physiotherapie, Hilfsmittel     4.211,65 EUR
  Krankentagegeld 43.–104. Tag                    4.340,00 EUR
  Summe                                          20.535,85 EUR

Die Versicherte macht ihr Schmerzensgeld selbst geltend (Kanzlei
Wiedemeyer). Unterlagen folgen über das beA bzw. per Post.

Mit freundlichen Grüßen
Katrin Vogel

""" + S("vogel"))
    return m


@mail(136, "NORMAL", "de", "newsletter",
      "trap: HTML-only staff newsletter (health day, new colleagues, company sports, care leave rules), no employee health data")
def m0136():
    m = new(FN("kommunikation", "Lindenhof intern"), [A("Alle Mitarbeitenden", "alle@" + DOMAIN)],
            "Lindenhof intern 03/2026: Gesundheitstag, neue Gesichter, Firmenlauf", dt(27, 12, 0),
            headers=[("Precedence", "bulk")])
    html(m, """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lindenhof intern 03/2026</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222;max-width:680px">
<h1 style="color:#2f6b3a;font-size:22px">Lindenhof intern &ndash; März 2026</h1>
<h2 style="font-size:17px">Gesundheitstag am 16. April</h2>
<p>Von 10 bis 15 Uhr im Atrium: Venen-Check, Blutzucker- und Blutdruckmessung, Hautscreening,
Sehtest und eine Beratung zur Pflege von Angehörigen. Alle Ergebnisse bekommen nur Sie selbst &ndash;
der Arbeitgeber erfährt nichts.</p>
<h2 style="font-size:17px">Neue Gesichter</h2>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e4efe6"><th>Name</th><th>Bereich</th><th>seit</th></tr>
<tr><td>Jutta Roetmann</td><td>Leistungsprüfung stationär</td><td>01.03.</td></tr>
<tr><td>Tim Brosthaus</td><td>Anwendungsentwicklung</td><td>01.03.</td></tr>
<tr><td>Aylin Kaya</td><td>International Health Services</td><td>16.03.</td></tr>
</table>
<h2 style="font-size:17px">Firmenlauf Münster</h2>
<p>Am 6. Juni laufen wir wieder mit &ndash; 5 km, Walking oder Laufen. Trikots gibt es bei Facility.</p>
<h2 style="font-size:17px">Pflegezeit und Familienpflegezeit</h2>
<p>Wer Angehörige pflegt, kann bis zu 10 Tage kurzfristig freigestellt werden und Pflegeunterstützungsgeld
erhalten. Die Personalbetreuung berät vertraulich; Fragen gern an personal@lindenhof-versicherung.example.</p>
<p style="font-size:11px;color:#777">Lindenhof intern &ndash; der Newsletter der Unternehmenskommunikation</p>
</body></html>""")
    return m


@mail(137, "CONFIDENTIAL", "en", "insurer-to-customer",
      "seasonal motorcycle plate: named customer, VIN, plate, season and premium; motor contract data")
def m0137():
    m = new("koehler", [A("Lukas Fairbanks", "lukas.fairbanks@fairbanks-mail.example")],
            "Seasonal plate for your Triumph - policy KF-26-0054410", dt(27, 14, 25),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hi Mr Fairbanks,

your motorcycle is insured as requested:

  Vehicle:   Triumph Bonneville T120 (2021), VIN SMTD10GF4MT992107
  Plate:     MS-LF 88 (seasonal plate 04-10, April to October)
  Cover:     third party liability + partial cover, no-claims class SF 4
  Premium:   EUR 214.80 per season
  eVB:       R4TKM2W (for the registration office)

Outside the season the bike is covered at rest (partial cover for theft and
fire) as long as it is kept in a garage or carport.

Enjoy the ride!
Daniel Köhler

""" + S("koehler"))
    return m


# --- Monday, 30 March 2026 (summer time) -------------------------------------

@mail(138, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "base64-encoded body: expat member's pharmacy claims (metformin, atorvastatin, insulin glargine) with reimbursement table")
def m0138():
    m = new("okafor", [A("Hiroshi Tanabe-Schulz", "hiroshi.tanabe@tanabe-schulz.example")],
            "Claim settlement CL-26-118842 - pharmacy receipts January/February", dt(30, 8, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Mr Tanabe-Schulz,

we have settled the pharmacy receipts you sent for January and February
(member IHP-0119-4027-01, International Health Plan Plus):

  Date        Medicine                                  Amount SGD   Paid
  08/01/2026  Metformin 1000 mg, 180 tabl.                   42.60   100 %
  08/01/2026  Atorvastatin 20 mg, 90 tabl.                   38.90   100 %
  15/01/2026  Insulin glargine 100 U/ml, 5 pens             146.00   100 %
  15/01/2026  Pen needles 4 mm, 100 pcs                      31.50   100 %
  03/02/2026  Blood glucose test strips, 100 pcs             58.00   100 %
  03/02/2026  Vitamin D 1000 IU (not prescribed)             18.40     0 %
  Total reimbursed: SGD 317.00 = EUR 219.54

As your diabetes treatment now includes insulin, you are entitled to a
continuous glucose monitor (CGM) under your plan. Ask your endocrinologist
for a prescription and send it to us before buying the sensors.

Kind regards
Daniel Okafor

""" + S("okafor"), cte="base64")
    return m


@mail(139, "NORMAL", "en", "insurer-to-supplier",
      "trap: UAT sign-off minutes for the claims portal release (ICD validation, medical invoice upload, defects), synthetic test cases only")
def m0139():
    m = new("hoffmann", [A("Arjun Kulkarni", "arjun.kulkarni@kaveri-soft.example"),
                         A("Sneha Patil", "sneha.patil@kaveri-soft.example")],
            "UAT sign-off - claims portal release 26.2 (minutes 27 March)", dt(30, 9, 15),
            cc=[P["nowak"].addr, P["kraemer"].addr],
            headers=[("User-Agent", "Mozilla Thunderbird")])
    body(m, """Hi both,

minutes of Friday's UAT sign-off meeting:

Scope tested: LP-412 (ICD-10-GM validation), LP-418 (multi-file upload),
LP-420 (status page), LP-377 (OCR confidence bug).

Results
- 142 test cases executed with the synthetic personas (Testfall 1-40,
  Erika/Max Mustermann); 138 passed, 4 failed.
- Open defects:
  DEF-901 (minor): "F32.1 G" rejected when typed with two spaces
  DEF-904 (minor): HEIC conversion rotates portrait photos
  DEF-907 (major): status page shows the invoice total for a split claim -
                   must not show amounts (see LP-420)
  DEF-908 (minor): German umlauts in file names shown as "?"

Decision: go-live on 9 April on condition that DEF-907 is fixed and
retested by 3 April. The minor defects go into release 26.3.

Sabine confirmed for member service that the new upload flow is easier to
explain on the phone.

Thanks for the good work!
Lena

""" + S("hoffmann"), flowed=True)
    return m


@mail(140, "CONFIDENTIAL", "de", "insurer-to-customer",
      "returned direct debit for a named customer's motor premium: masked and full IBAN, amount, bank charges, policy number")
def m0140():
    ib = iban("DE", "40010010" + "0871235500", "grouped")
    m = new("weiss", [A("Dennis Wortmann", "dennis.wortmann@wortmann-web.example")],
            "Rücklastschrift Kfz-Beitrag KF-23-0071209", dt(30, 10, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrter Herr Wortmann,

die Lastschrift vom 16.03.2026 über 89,14 EUR (Monatsbeitrag April, Kfz-
Versicherung KF-23-0071209, VW Passat MS-DW 1505) wurde von Ihrer Bank mit
dem Grund "Konto erloschen" zurückgegeben. Das Konto
""" + ib + """ (Postbank) können wir daher nicht mehr belasten.

Bitte überweisen Sie den Betrag zuzüglich der Bankgebühr von 3,00 EUR,
also 92,14 EUR, bis 10.04.2026 auf unser Konto bei der Commerzbank, und
teilen Sie uns Ihre neue Bankverbindung mit. Ohne Zahlung verlieren Sie nach
§ 38 VVG Ihren Versicherungsschutz in der Kasko; in der Haftpflicht muss
die Zulassungsstelle informiert werden.

Mit freundlichen Grüßen
Georg Weiß

""" + S("weiss"))
    return m


@mail(141, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "body 'Scan Post vom Wochenende'; the ZIP holds a doctor's letter PDF (breast cancer follow-up, tamoxifen) and a customer's .eml about her hospital stay")
def m0141():
    letter = pdf([
        "# Gynäkologische Gemeinschaftspraxis Dres. Runde & Vahlkamp",
        "Hammer Straße 55, 48153 Münster",
        "",
        "An: Lindenhof Krankenversicherung a.G., Leistungsabteilung",
        "Betr.: Frau Marion Leifeld, geb. 23.07.1970, Vers.-Nr. 219 804 36-01",
        "",
        "# Ärztliche Bescheinigung",
        "Frau Leifeld befindet sich bei uns in Nachsorge nach Mammakarzinom rechts (C50.9),",
        "brusterhaltend operiert 04/2024, adjuvante Strahlentherapie abgeschlossen 09/2024.",
        "Aktuell endokrine Therapie mit Tamoxifen 20 mg täglich, geplant für 5 Jahre.",
        "Halbjährliche Kontrollen mit Sonographie, jährliche Mammographie.",
        "Die Verordnung einer Kur im Rahmen der onkologischen Nachsorge halten wir für sinnvoll.",
        "",
        "Münster, 24.03.2026    Dr. med. Annette Vahlkamp",
    ], title="Bescheinigung Leifeld", author="Praxis Runde & Vahlkamp", created=pdfdate(24, 16, 0))
    cust = ext(A("Marion Leifeld", "marion.leifeld@leifeld-post.example"),
               [FN("service", "Lindenhof Service")],
               "Kurantrag + Bescheinigung", dt(28, 9, 12), "<f1a33-leifeld-0328@leifeld-post.example>")
    body(cust, """Guten Tag,

anbei schicke ich Ihnen die Bescheinigung meiner Frauenärztin für die Kur
(onkologische Nachsorge). Ich hätte gern 3 Wochen im Mai in Bad Sassendorf.
Letztes Jahr im Krankenhaus (Brust-OP) hat alles gut geklappt mit Ihnen,
deshalb frage ich lieber vorher.

Freundliche Grüße
Marion Leifeld
Vers.-Nr. 219 804 36-01
""")
    m = new("petersen", [FN("posteingang-leistung-kv", "Posteingang Leistung KV")],
            "Scan Post vom Wochenende (Service-Postfach)", dt(30, 11, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo,

Scan Post vom Wochenende aus dem Service-Postfach, bitte zuordnen.

Jonas

""" + S("petersen"))
    att(m, "Scan_Wochenende_2026-03-28.zip", mkzip([
        ("Scan_0328_001.pdf", letter),
        ("Mail_Kurantrag_0328.eml", cust.as_bytes(policy=policy.SMTP)),
    ], when=(2026, 3, 30, 10, 58, 0)))
    return m


@mail(142, "NORMAL", "de", "insurer-to-prospect",
      "trap: registration confirmation for a public information evening on long-term care provision (care levels, care gap) with ICS; no contract or health data")
def m0142():
    m = new(FN("veranstaltungen", "Lindenhof Veranstaltungen"), [A("Heinrich Lammers", "heinrich.lammers@lammers-post.example")],
            "Anmeldebestätigung: Infoabend „Pflege – was kommt auf mich zu?“ am 15.04.", dt(30, 13, 20),
            headers=[("Auto-Submitted", "auto-generated")])
    body(m, """Guten Tag Herr Lammers,

vielen Dank für Ihre Anmeldung (2 Personen) zu unserem kostenlosen Infoabend

  „Pflege – was kommt auf mich zu?“
  Mittwoch, 15.04.2026, 18:30–20:00 Uhr
  Lindenhof Forum, Am Lindenhof 1-5, 48143 Münster

Themen: Wie wird ein Pflegegrad festgestellt? Was zahlt die
Pflegepflichtversicherung, und wie groß ist die Pflegelücke bei stationärer
Pflege (durchschnittlicher Eigenanteil im Münsterland derzeit rund
2.900 EUR im Monat)? Welche Vollmachten sollte man rechtzeitig erteilen?

Referentinnen: Heike Sommer (Pflegeberatung Lindenhof) und eine
Fachanwältin für Sozialrecht. Der Abend ist keine Verkaufsveranstaltung.

Den Termin finden Sie im Anhang für Ihren Kalender.

Ihr Veranstaltungsteam der Lindenhof Versicherungsgruppe
""")
    att(m, "Infoabend_Pflege_2026-04-15.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherungsgruppe//Veranstaltungen//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:infoabend-pflege-2026-04-15@lindenhof-versicherung.example
DTSTAMP:20260330T112000Z
DTSTART:20260415T163000Z
DTEND:20260415T180000Z
SUMMARY:Infoabend Pflege – was kommt auf mich zu?
LOCATION:Lindenhof Forum\\, Am Lindenhof 1-5\\, 48143 Münster
END:VEVENT
END:VCALENDAR"""))
    return m


@mail(143, "CONFIDENTIAL", "en", "insurer-to-customer",
      "travel: replacement costs for a stolen passport abroad, named customer, passport number, embassy fee and payout; no health content")
def m0143():
    m = new("bianchi", [A("Olivia Brennan-Sauer", "olivia.bsauer@brennan-sauer.example")],
            "Stolen passport in Rome - claim RV-S-26-01044", dt(30, 14, 48),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Brennan-Sauer,

I am sorry about the theft of your handbag in Rome. Under the travel
assistance cover of your policy RV-2025-121508 we reimburse the costs of
replacing your travel documents:

  emergency travel document, German embassy Rome:        EUR  37.00
  taxi to the embassy and back:                          EUR  42.50
  rebooking fee for the return flight (one day later):   EUR  95.00
  one additional hotel night:                            EUR 148.00
  total:                                                 EUR 322.50

The stolen passport (no. C4F7R21KL) has been reported to the police in Rome
(denuncia no. 2026/118845) - please also report it to the citizens' office
in Münster when you apply for a new one. Cash and the bag itself are not
covered by the travel policy, but may be covered by your household policy
(outside-home cover); I have passed the case to my colleagues.

Kind regards
Marco Bianchi

""" + S("bianchi"))
    return m


@mail(144, "NORMAL", "en", "insurer-to-company",
      "trap: group income protection product information for an employer's HR (benefit levels, waiting period, no health questions up to a limit); no employee data")
def m0144():
    m = new("dietrich", [A("Sarah Lindholm", "s.lindholm@northwind-analytics.example")],
            "Group income protection for your staff - product overview", dt(30, 15, 35),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Dear Ms Lindholm,

thank you for your interest in a group income protection scheme for your
employees. The key features:

- benefit: up to 75 % of gross salary as a monthly pension if an employee
  cannot work in their occupation for at least 6 months because of illness,
  injury or loss of strength
- no individual health questions up to a monthly benefit of EUR 2,500 for
  schemes with at least 10 employees (simplified declaration for the group)
- waiting period: none; cover from the first day of employment
- financed by the employer (deferred compensation also possible)
- claims are handled by us directly with the employee; the employer is
  never told the medical reasons

For a quote we would need an anonymised census: number of employees, year of
birth range, salary bands and occupational groups - no names and no health
information.

Kind regards
Ralf Dietrich

""" + S("dietrich"))
    return m


# --- Tuesday, 31 March 2026 --------------------------------------------------

@mail(145, "NORMAL", "de", "internal",
      "month-end closing reminder for accounting deadlines; organisational, no trap")
def m0145():
    m = new("weiss", [A("Buchhaltung und Inkasso", "buchhaltung@" + DOMAIN)],
            "Monatsabschluss März – Termine", dt(31, 8, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo zusammen,

für den Monats- und Quartalsabschluss März gelten folgende Termine:

  Di 31.03., 16:00   letzte manuelle Buchungen Beitragskonten
  Mi 01.04., 10:00   Mahnlauf und Lastschriftdatei April (bereits erzeugt)
  Do 02.04., 12:00   Abstimmung Verrechnungskonten mit Rechnungswesen
  Fr 03.04.          Karfreitag – kein Buchungstag
  Di 07.04., 12:00   Quartalsreporting Inkasso an Controlling

Bitte offene Klärungsfälle auf dem Konto 1890 (ungeklärte Zahlungseingänge)
bis morgen Mittag abarbeiten; Stand heute früh 143 Posten.

Danke und frohe Ostern schon mal!
Georg

""" + S("weiss"))
    return m


@mail(146, "NORMAL", "de", "internal",
      "trap: letter template for claim rejections in health insurance as ODT with placeholders («Name», «Diagnose», «IBAN»), no real data")
def m0146():
    m = new("kraemer", [A("Textbausteinredaktion", "textbausteine@" + DOMAIN)],
            "Neuer Musterbrief LA-K-07 (Teilablehnung ambulant) – bitte freigeben", dt(31, 9, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Hallo liebe Redaktion,

anbei der überarbeitete Musterbrief für Teilablehnungen ambulanter
Rechnungen. Wir haben die Sprache vereinfacht (Projekt "Klartext") und die
Platzhalter an das neue Korrespondenzsystem angepasst.

Bitte schaut vor allem auf den Absatz zum Widerspruch / Ombudsmann.

Danke
Sabine

""" + S("kraemer"))
    att(m, "Musterbrief_LA-K-07_v3.odt", odt([
        ("h", "Musterbrief LA-K-07 – Teilablehnung ambulante Rechnung"),
        "«Anrede» «Vorname» «Nachname»\n«Straße» «Hausnummer»\n«PLZ» «Ort»",
        "Versicherungsnummer: «Versicherungsnummer»    Datum: «Datum»",
        "«Briefanrede»,",
        "vielen Dank für Ihre Rechnung von «Leistungserbringer» vom «Rechnungsdatum». Wir erstatten Ihnen «Erstattungsbetrag» EUR. Einen Teil der Rechnung können wir leider nicht erstatten:",
        ("table", [["Position", "Betrag", "Grund"],
                   ["«Position»", "«Betrag»", "«Ablehnungsgrund»"]]),
        "Die Rechnung betrifft die Behandlung wegen «Diagnose». «Begründungstext»",
        "Das Geld überweisen wir auf Ihr Konto «IBAN_maskiert».",
        "Sind Sie mit unserer Entscheidung nicht einverstanden? Schreiben Sie uns. Sie können sich auch kostenlos an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.",
        "Mit freundlichen Grüßen\n«Sachbearbeiter»",
    ], title="Musterbrief LA-K-07", author="Sabine Krämer", created="2026-03-30T14:10:00Z"))
    return m


@mail(147, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "two-line mobile reply; the quoted history holds the customer's daily sickness claim with burnout diagnosis (F43.0/Z73) and clinic stay")
def m0147():
    m = new("aydin", [A("Carsten Eickholt", "c.eickholt@eickholt-mail.example")],
            "AW: AU-Bescheinigung", dt(31, 10, 2),
            irt="<AM9PR-eickholt-0330@eickholt-mail.example>",
            headers=[("X-Mailer", "iPhone Mail (22D82)")])
    body(m, """Passt, alles angekommen. Zahlung geht morgen raus.
Gruß M. Aydın

Von meinem iPhone gesendet

> Am 30.03.2026 um 19:55 schrieb Carsten Eickholt <c.eickholt@eickholt-mail.example>:
>
> Hallo Herr Aydın,
>
> anbei die neue AU bis 26.04. Diagnose steht drauf: F43.0 und Z73.
> Ich bin seit letzter Woche in der Tagesklinik für Psychosomatik in
> Telgte, die sagen 6 Wochen. Reicht das so fürs Krankentagegeld oder
> brauchen Sie noch was vom Arzt?
>
> Vers.-Nr. 287 330 91-01
> Gruß C. Eickholt
""")
    return m


@mail(148, "NORMAL", "en", "internal",
      "out-of-office auto-reply of the reinsurance manager to a group colleague; names a deputy, no content")
def m0148():
    m = new("mehta", [A("Pieter van Aalst", "pieter.vanaalst@nordaxis-group.example")],
            "Automatic reply: Capital model run Q1 - input templates", dt(29, 11, 3),
            irt="<AM0PR-vanaalst-20260329@nordaxis-group.example>",
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-Mailer", "Microsoft Exchange Server")])
    body(m, """Thank you for your message.

I am out of the office until Tuesday 7 April (Easter holidays) with no access
to e-mail. For reinsurance matters please contact Dr. Henrik Albers
(henrik.albers@lindenhof-versicherung.example); for the Q1 capital model
run please contact the Group Capital Modelling team.

Best regards
Rahul Mehta
""")
    return m


@mail(149, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household overvoltage damage after lightning: named customer, insured address, TSV list of damaged devices with values, claim number")
def m0149():
    m = new("reuter", [A("Familie Große-Kleimann", "grosse-kleimann@gk-familie.example")],
            "Überspannungsschaden S-2026-033105 – Ihre Geräteliste", dt(31, 11, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Große-Kleimann, sehr geehrter Herr Große-Kleimann,

zum Blitzeinschlag in der Nähe Ihres Hauses Hohe Geest 140, 48165 Münster, am
22.03.2026 (Hausratversicherung HR-098 441 7, Schaden S-2026-033105) haben
wir Ihre Angaben in die angehängte Liste übernommen. Bitte prüfen Sie die
Liste und ergänzen Sie fehlende Kaufbelege. Überspannungsschäden sind in
Ihrem Vertrag bis 10 % der Versicherungssumme (6.500 EUR) mitversichert.

Der Elektriker hat bestätigt, dass die Geräte durch Überspannung zerstört
wurden; eine Reparatur lohnt sich nicht. Wir ersetzen den Zeitwert bzw. den
Neuwert bei Geräten unter 2 Jahren.

Mit freundlichen Grüßen
Stefanie Reuter

""" + S("reuter"))
    att(m, "S-2026-033105_Geraeteliste.tsv", """Nr\tGerät\tKaufjahr\tKaufpreis EUR\tBeleg\tErsatzwert EUR
1\tFernseher LG OLED 55\"\t2023\t1499,00\tja\t899,40
2\tWLAN-Router FritzBox 7590\t2021\t219,00\tja\t87,60
3\tGeschirrspüler Bosch Serie 6\t2025\t749,00\tja\t749,00
4\tGaragentorantrieb Hörmann\t2019\t480,00\tnein\t192,00
5\tSpielkonsole PS5 (Sohn Jannis)\t2024\t499,00\tja\t499,00
\tSumme\t\t3446,00\t\t2427,00
""", cs="utf-8")
    return m


@mail(150, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
      "care insurance: mail to the daughter holding power of attorney about her mother's move to a nursing home, care level 4, stroke and dementia, costs")
def m0150():
    m = new("sommer", [A("Claudia Vennemann", "claudia.vennemann@vennemann-net.example")],
            "Ihre Mutter Frau Hedwig Vennemann – vollstationäre Pflege ab 01.04.", dt(31, 14, 10),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """Sehr geehrte Frau Vennemann,

vielen Dank für Ihren Anruf und die Vorsorgevollmacht Ihrer Mutter, die uns
jetzt vorliegt.

Zum Umzug Ihrer Mutter in das Seniorenzentrum St. Lamberti am 01.04.2026:

- Ihre Mutter ist seit dem Schlaganfall im Februar in Pflegegrad 4
  eingestuft; nach dem Bericht der Reha-Klinik ist die Versorgung zu Hause
  wegen der Halbseitenlähmung und der zunehmenden Demenz nicht mehr möglich.
  Die vollstationäre Pflege ist damit ohne neue Begutachtung anerkannt.
- Aus der Pflegepflichtversicherung (Vers.-Nr. 066 120 54-01) zahlen wir
  1.855 EUR monatlich direkt an das Heim, dazu den Leistungszuschlag nach
  § 43c SGB XI (im ersten Jahr 15 % des pflegebedingten Eigenanteils).
- Aus dem Pflegetagegeld-Tarif PT 50 erhält Ihre Mutter zusätzlich 50 EUR
  täglich (Pflegegrad 4: 100 %), also rund 1.520 EUR im Monat, auf ihr Konto.

Das Pflegegeld für März zahlen wir noch wie bisher. Bitte schicken Sie uns
den Heimvertrag, sobald er unterschrieben ist.

Mit freundlichen Grüßen
Heike Sommer

""" + S("sommer"))
    return m


# ===========================================================================
# end of MAILS
# ===========================================================================

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def build(outdir):
    assert sorted(MAILS) == list(range(1, COUNT + 1)), "mail numbers must be 1..%d" % COUNT
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        _CUR["n"] = n
        m = finish(fn(), n)
        data = m.as_bytes(policy=policy.SMTP)
        name = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------

def pdf_text(data):
    """Text of a PDF from its (Flate) content streams; enough for our own PDFs
    and for any simple PDF with Tj/TJ operators."""
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    if b"%%EOF" not in data[-64:]:
        raise ValueError("no %%EOF")
    texts = []
    for mo in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", data, re.S):
        dic = mo.group(1)
        lm = re.search(rb"/Length (\d+)", dic)
        if not lm:
            raise ValueError("stream without /Length")
        start = mo.end()
        raw = data[start:start + int(lm.group(1))]
        if not data[start + int(lm.group(1)):].lstrip(b"\r\n").startswith(b"endstream"):
            raise ValueError("stream /Length mismatch")
        if b"/FlateDecode" in dic:
            raw = zlib.decompress(raw)
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            s = re.sub(rb"\\(.)", rb"\1", s)
            texts.append(s.decode("cp1252", errors="replace"))
    xm = re.search(rb"startxref\s+(\d+)", data)
    if not xm or not data[int(xm.group(1)):].startswith(b"xref"):
        raise ValueError("bad startxref")
    return "\n".join(texts)


def check_blob(name, data, where, errors, stats):
    low = name.lower()
    ext_ = low.rsplit(".", 1)[-1] if "." in low else ""
    stats["file:" + ext_] += 1
    try:
        if ext_ == "pdf":
            if not pdf_text(data).strip():
                errors.append("%s: %s: empty PDF text layer" % (where, name))
        elif ext_ in ("zip", "xlsx", "docx", "ods", "odt"):
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            if bad:
                errors.append("%s: %s: bad ZIP member %s" % (where, name, bad))
            names = z.namelist()
            need = {"xlsx": ["[Content_Types].xml", "xl/workbook.xml"],
                    "docx": ["[Content_Types].xml", "word/document.xml"],
                    "ods": ["mimetype", "content.xml", "META-INF/manifest.xml"],
                    "odt": ["mimetype", "content.xml", "META-INF/manifest.xml"]}.get(ext_, [])
            for nm in need:
                if nm not in names:
                    errors.append("%s: %s: missing %s" % (where, name, nm))
            if ext_ in ("ods", "odt"):
                if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                    errors.append("%s: %s: mimetype must be first and stored" % (where, name))
            for nm in names:
                blob = z.read(nm)
                if ext_ != "zip":
                    if nm.endswith(".xml") or nm.endswith(".rels"):
                        ET.fromstring(blob)
                else:
                    check_blob(nm, blob, "%s: %s" % (where, name), errors, stats)
        elif ext_ == "ics":
            t = data.decode("utf-8")
            if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                errors.append("%s: %s: not a calendar" % (where, name))
        elif ext_ == "xml":
            ET.fromstring(data)
        elif ext_ == "eml":
            check_message(BytesParser(policy=policy.default).parsebytes(data),
                          "%s: %s" % (where, name), errors, stats)
        elif ext_ in ("csv", "tsv", "txt", "log"):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                data.decode("cp1252")
    except Exception as e:  # noqa: BLE001 - report every failure
        errors.append("%s: %s: %s: %s" % (where, name, type(e).__name__, e))


def check_message(msg, where, errors, stats):
    for d in msg.defects:
        errors.append("%s: message defect %r" % (where, d))
    for part in msg.walk():
        for d in part.defects:
            errors.append("%s: part %s defect %r" % (where, part.get_content_type(), d))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errors.append("%s: header %s defect %r" % (where, k, d))
        ctype = part.get_content_type()
        stats["part:" + ctype] += 1
        if part.is_multipart():
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            if not cs:
                errors.append("%s: text part without charset" % where)
                continue
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errors.append("%s: %s does not decode as %s: %s" % (where, ctype, cs, e))
            stats["charset:" + cs] += 1
            stats["cte:" + part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        if fname:
            check_blob(fname, payload, where, errors, stats)
        elif ctype == "text/calendar":
            check_blob("invite.ics", payload, where, errors, stats)


def check(outdir_ref):
    errors = []
    stats = collections.Counter()
    tmp = tempfile.mkdtemp(prefix="d211check-")
    try:
        build(tmp)
        for sub in ("labels.tsv",):
            a, b = os.path.join(tmp, sub), os.path.join(outdir_ref, sub)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                errors.append("labels.tsv differs from a rebuild (run without --check first)")
        names = sorted(os.listdir(os.path.join(tmp, "mails")))
        have = sorted(os.listdir(os.path.join(outdir_ref, "mails"))) if os.path.isdir(
            os.path.join(outdir_ref, "mails")) else []
        if names != have:
            errors.append("mails/ holds other files than a rebuild")
        if len(names) != COUNT:
            errors.append("expected %d mails, got %d" % (COUNT, len(names)))
        ids = {}
        for nm in names:
            raw = open(os.path.join(tmp, "mails", nm), "rb").read()
            ref = os.path.join(outdir_ref, "mails", nm)
            if not os.path.exists(ref) or open(ref, "rb").read() != raw:
                errors.append("%s: differs from a rebuild (not deterministic or stale)" % nm)
            if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
                errors.append("%s: bare LF or CR" % nm)
            for ln in raw.split(b"\r\n"):
                if len(ln) > 998:
                    errors.append("%s: line longer than 998 octets" % nm)
                    break
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            m_id = str(msg["Message-ID"])
            if m_id in ids:
                errors.append("%s: Message-ID also used by %s" % (nm, ids[m_id]))
            ids[m_id] = nm
            if not str(msg["From"]).rstrip(">").endswith("@" + DOMAIN):
                errors.append("%s: sender not from %s" % (nm, DOMAIN))
            d = msg["Date"].datetime
            if d.year != 2026:
                errors.append("%s: date not in 2026" % nm)
            stats["top:" + msg.get_content_type()] += 1
            check_message(msg, nm, errors, stats)
            # every IBAN-looking string must carry valid check digits, except
            # the ones listed as deliberately wrong
            for part in msg.walk():
                if part.get_content_maintype() == "text" and not part.is_multipart():
                    t = part.get_content()
                    for cand in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", t):
                        c = cand.replace(" ", "")
                        if len(c) == 18 and c[4:7].isalpha() and c[7].isdigit():
                            if not creditor_ok(c):
                                errors.append("%s: invalid creditor id %s" % (nm, cand))
                            continue
                        if c[:2] in ("DE", "AT", "NL", "GB", "ES", "FR", "CH", "IE", "BE", "LU", "IT") \
                                and not iban_ok(c) and c not in BAD_IBANS:
                            errors.append("%s: invalid IBAN %s" % (nm, cand))
        rows = open(os.path.join(tmp, "labels.tsv"), encoding="utf-8").read().splitlines()
        if rows[0] != "file\tlabel\tlang\tkind\treason":
            errors.append("labels.tsv header")
        lab = collections.Counter()
        lang = collections.Counter()
        kinds = collections.Counter()
        for r in rows[1:]:
            f = r.split("\t")
            if len(f) != 5 or not all(f):
                errors.append("labels.tsv row: %r" % r)
                continue
            lab[f[1]] += 1
            lang[f[2]] += 1
            kinds[(f[3], f[1])] += 1
            if f[1] == "NORMAL" and f[4].startswith("trap:"):
                lab["NORMAL (trap)"] += 1
    finally:
        shutil.rmtree(tmp)
    print("labels:", dict(sorted(lab.items())))
    print("languages:", dict(sorted(lang.items())))
    for k in sorted(stats):
        print("  %-60s %d" % (k, stats[k]))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s)" % len(errors))
        return 1
    print("all checks pass: %d mails" % COUNT)
    return 0


BAD_IBANS = set()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="rebuild in a temporary folder and check")
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    a = ap.parse_args()
    if a.check:
        sys.exit(check(a.out))
    if os.path.isdir(os.path.join(a.out, "mails")):
        for nm in os.listdir(os.path.join(a.out, "mails")):
            if nm.startswith(PREFIX) and nm.endswith(".eml"):
                os.remove(os.path.join(a.out, "mails", nm))
    build(a.out)
    print("wrote %d mails and labels.tsv to %s" % (len(MAILS), a.out))


if __name__ == "__main__":
    main()
