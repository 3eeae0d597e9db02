#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the Siegel evaluation corpus dev116.

Theme: medical experts and other assessors (Gutachter, Sachverstaendige) in
occupational-disability (BU), accident and liability cases of the invented
insurer "Kranichfeld Versicherung AG" - plus ordinary office mail as traps.

    python make_corpus.py          writes mails/d116-0001.eml ... d116-0150.eml and labels.tsv
    python make_corpus.py --check  re-parses every mail, validates counts, labels and
                                   attachments, and checks that a rebuild is byte-identical

Standard library only, deterministic (fixed dates, boundaries, Message-IDs and ZIP
timestamps), no network.  Every mail is written by hand in its own function m001 ... m150.
All persons, firms, numbers and addresses are invented; every domain ends in .example;
IBANs are invented but valid by ISO 7064 (computed by iban() below).
"""

import base64
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import os
import quopri
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from xml.etree import ElementTree as ET

PREFIX = "d116"
DOMAIN = "kranichfeld-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")

# --------------------------------------------------------------------------
# people of the insurer (sender side); everybody is invented
# --------------------------------------------------------------------------
def _p(name, local):
    return (name, local + "@" + DOMAIN)

OKONKWO = _p("Sabine Okonkwo", "sabine.okonkwo")            # Gutachterkoordination
BRANDSTETTER = _p("Dr. Ilka Brandstetter", "ilka.brandstetter")  # Beratungsaerztin
WENDLAND = _p("Tobias Wendland", "tobias.wendland")          # Leistungspruefer BU
PFEILSTICKER = _p("Jörg Pfeilsticker", "joerg.pfeilsticker")  # Personenschaden Haftpflicht
GRAFUNDER = _p("Melanie Grafunder", "melanie.grafunder")      # Unfall-Leistung
AYDEMIR = _p("Kevin Aydemir", "kevin.aydemir")                # Kfz-Schaden
VOSS = _p("Henrike Voss-Lammert", "henrike.voss-lammert")     # Teamleitung Leistung Leben
EBERSBERG = _p("Paul Ebersberg", "paul.ebersberg")            # Datenschutzkoordination
SZYMANSKI = _p("Nadine Szymanski", "nadine.szymanski")        # Einkauf
DOERRIE = _p("Frank Dörrie", "frank.doerrie")                 # Sachschaden
WHITFIELD = _p("Claire Whitfield", "claire.whitfield")        # International Claims
KJELDSEN = _p("Rasmus Kjeldsen", "rasmus.kjeldsen")           # Rueckversicherung
HUBERTY = _p("Marion Huberty", "marion.huberty")              # Rechtsschutz-Schaden
LEHNERT = _p("Daniel Lehnert", "daniel.lehnert")              # IT-Service
ZIMMERMANN = _p("Ute Zimmermann", "ute.zimmermann")           # Unternehmenskommunikation
KAMINSKI = _p("Björn Kaminski", "bjoern.kaminski")            # Maklerbetreuung
TEAM_GK = ("Gutachterkoordination", "gutachten@" + DOMAIN)
TEAM_LB = ("Leistung BU", "leistung-bu@" + DOMAIN)
TEAM_UV = ("Unfall-Leistung", "unfall-leistung@" + DOMAIN)
TEAM_HS = ("Haftpflicht-Schaden", "haftpflicht-schaden@" + DOMAIN)
NOREPLY = ("Kranichfeld Versicherung", "noreply@" + DOMAIN)
ALL_LEISTUNG = ("Verteiler Leistung", "vt-leistung@" + DOMAIN)

SIG_FOOTER = (
    "Kranichfeld Versicherung AG · Kranichfelder Allee 40 · 20099 Hamburg\n"
    "Vorstand: Dr. Annette Rossbach (Vors.), Gregor Timm · Vorsitzender des Aufsichtsrats: Lutz Amberger\n"
    "Sitz Hamburg · Amtsgericht Hamburg HRB 000116 · www.kranichfeld-versicherung.example\n"
)

DISCLAIMER_DE = (
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige\n"
    "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.\n"
)
DISCLAIMER_EN = (
    "This e-mail may contain confidential information. If you are not the intended\n"
    "recipient, please notify the sender and delete this message.\n"
)


def sig(person, role, phone, lang="de"):
    """A signature block as the insurer's staff write it."""
    name = person[0]
    if lang == "de":
        return ("\n-- \n%s\n%s\nTel. +49 40 5556-%s\n%s\n%s" %
                (name, role, phone, person[1], SIG_FOOTER))
    return ("\n-- \n%s\n%s\nPhone +49 40 5556-%s\n%s\n%s" %
            (name, role, phone, person[1], SIG_FOOTER))


# --------------------------------------------------------------------------
# IBAN (ISO 7064 mod 97-10), computed so that all invented IBANs are valid
# --------------------------------------------------------------------------
IBAN_LEN = {"DE": 22, "DK": 18, "AT": 20, "GB": 22, "NL": 18, "CH": 21, "ES": 24, "IE": 22, "FR": 27, "PT": 25, "NO": 15}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban, grouped=True):
    cd = 98 - _iban_num(bban + country + "00") % 97
    raw = "%s%02d%s" % (country, cd, bban)
    if grouped:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or s[:2] not in IBAN_LEN:
        return False
    if len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dt(s, offset=None):
    """'2024-03-05 09:14[:ss]' -> RFC 5322 date; Berlin time unless offset (hours) given."""
    d = datetime.datetime.strptime(s if s.count(":") == 2 else s + ":00", "%Y-%m-%d %H:%M:%S")
    if offset is None:
        summer = {2023: ((3, 26), (10, 29)), 2024: ((3, 31), (10, 27)), 2025: ((3, 30), (10, 26))}[d.year]
        offset = 2 if summer[0] <= (d.month, d.day) < summer[1] else 1
    sign = "+" if offset >= 0 else "-"
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d00" % (
        _WD[d.weekday()], d.day, _MO[d.month - 1], d.year, d.hour, d.minute, d.second, sign, abs(offset))


# --------------------------------------------------------------------------
# header encoding
# --------------------------------------------------------------------------
def ew(s, charset="utf-8", mode="B"):
    """RFC 2047 encoded words, folded; plain ASCII is returned unchanged."""
    if all(ord(c) < 128 for c in s):
        return s
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset)) > (42 if mode == "B" else 22):
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    out = []
    for c in chunks:
        raw = c.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii")))
        else:
            q = ""
            for b in raw:
                ch = chr(b)
                if ch == " ":
                    q += "_"
                elif (ch.isalnum() and b < 128) or ch in "!*+-/":
                    q += ch
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def fmt_addr(a, charset="utf-8"):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (ew(name, charset), addr)
    if re.search(r'[,.;:()<>@\[\]"]', name):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return "%s <%s>" % (name, addr)


def fmt_addrs(v, charset="utf-8"):
    if v is None:
        return None
    if isinstance(v, (str, tuple)):
        v = [v]
    return ",\n ".join(fmt_addr(a, charset) for a in v)


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------
_ctx = {"n": 0, "b": 0}


class Part(object):
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if body.endswith(b"\n") else body + b"\n"

    def to_bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def _b64(raw):
    s = base64.b64encode(raw).decode("ascii")
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode("ascii")


def _qp(raw):
    return quopri.encodestring(raw, quotetabs=False)


def _encode_body(raw, cte):
    if cte == "quoted-printable":
        return _qp(raw)
    if cte == "base64":
        return _b64(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         disposition=None):
    raw = s.encode(charset)
    if cte == "7bit" and any(b > 127 for b in raw):
        raise ValueError("7bit with 8-bit data")
    ct = "Content-Type: text/%s; charset=%s" % (subtype, charset if charset != "us-ascii" else "us-ascii")
    if flowed:
        ct += "; format=flowed"
    hs = [ct, "Content-Transfer-Encoding: " + cte]
    if disposition:
        hs.append("Content-Disposition: " + disposition)
    return Part(hs, _encode_body(raw, cte))


def html(s, charset="utf-8", cte="quoted-printable"):
    return text(s, subtype="html", charset=charset, cte=cte)


def _fname_params(filename):
    if all(ord(c) < 128 for c in filename):
        return 'name="%s"' % filename, 'filename="%s"' % filename
    pct = "".join(c if (c.isalnum() and ord(c) < 128) or c in "._-" else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in filename)
    return 'name="%s"' % ew(filename).replace("\n ", " "), "filename*=utf-8''" + pct


def att(data, ctype, filename, cte="base64", disposition="attachment", extra_ct=""):
    np, fp = _fname_params(filename)
    hs = ["Content-Type: %s;%s\n %s" % (ctype, extra_ct, np),
          "Content-Transfer-Encoding: " + cte,
          "Content-Disposition: %s;\n %s" % (disposition, fp)]
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part(hs, _encode_body(data, cte))


def _boundary():
    _ctx["b"] += 1
    h = hashlib.sha1(("%s-%d-%d" % (PREFIX, _ctx["n"], _ctx["b"])).encode()).hexdigest()[:16]
    return "----=_NextPart_%03d_%s" % (_ctx["b"], h.upper())


def multi(subtype, parts, preamble="This is a multi-part message in MIME format.\n"):
    b = _boundary()
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.to_bytes()
    body += b"--" + b.encode() + b"--\n"
    return Part(['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, b)], body)


def alt(plain_part, html_part):
    return multi("alternative", [plain_part, html_part], preamble=None)


def mixed(*parts):
    return multi("mixed", list(parts))


def rfc822(msg_bytes, filename=None, disposition="attachment"):
    hs = ["Content-Type: message/rfc822"]
    if filename:
        hs[0] += '; name="%s"' % filename
        hs.append('Content-Disposition: %s; filename="%s"' % (disposition, filename))
    else:
        hs.append("Content-Disposition: inline")
    return Part(hs, msg_bytes)


def msg(frm, to, subject, date, body, cc=None, extra=(), irt=None, mid=None,
        hcharset="utf-8", hmode="B", inner=False):
    """Whole message (bytes).  date like '2024-03-05 09:14' or an RFC date string."""
    if mid is None:
        seed = "%s|%d|%s|%s" % (PREFIX, _ctx["n"], subject, "inner" if inner else "outer")
        h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
        dom = frm[1].split("@")[1] if isinstance(frm, tuple) else DOMAIN
        mid = "<%s.%s@%s>" % (h[:12], h[12:20], dom)
    if not date[:3] in _WD:
        date = dt(date)
    hs = ["From: " + fmt_addr(frm, hcharset)]
    hs.append("To: " + fmt_addrs(to, hcharset))
    if cc:
        hs.append("Cc: " + fmt_addrs(cc, hcharset))
    hs.append("Subject: " + ew(subject, hcharset, hmode))
    hs.append("Date: " + date)
    hs.append("Message-ID: " + mid)
    if irt:
        hs.append("In-Reply-To: " + irt)
        hs.append("References: " + irt)
    for e in extra:
        hs.append(e)
    hs.append("MIME-Version: 1.0")
    hs.extend(body.headers)
    return ("\n".join(hs) + "\n\n").encode("ascii") + body.body


class Mail(object):
    def __init__(self, label, lang, kind, reason, data):
        self.label, self.lang, self.kind, self.reason, self.data = label, lang, kind, reason, data


def M(label, lang, kind, reason, data):
    assert label in LABELS and lang in LANGS, (label, lang)
    return Mail(label, lang, kind, reason, data)


# --------------------------------------------------------------------------
# attachments written by hand: PDF, DOCX, XLSX, ODT, ODS, ZIP
# --------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(pages, title="", author="", compress=False, created="20240301100000"):
    """Minimal valid PDF 1.4, Helvetica/WinAnsi, one text line per list entry.
    A line starting with '# ' is set in bold."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
            b" /Producer (Kranichfeld DocOut 3.2) /CreationDate (D:" + created.encode() + b"+01'00') >>"),
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    num = 6
    for lines in pages:
        pno, cno = num, num + 1
        num += 2
        kids.append(pno)
        st = b"BT\n/F1 10 Tf\n14 TL\n56 790 Td\n"
        for ln in lines:
            if ln.startswith("# "):
                st += b"/F2 12 Tf\n" + _pdf_str(ln[2:]) + b" Tj T*\n/F1 10 Tf\n"
            else:
                st += _pdf_str(ln) + b" Tj T*\n"
        st += b"ET\n"
        if compress:
            data = zlib.compress(st, 9)
            d = b"<< /Length %d /Filter /FlateDecode >>" % len(data)
        else:
            data = st
            d = b"<< /Length %d >>" % len(data)
        objects[cno] = d + b"\nstream\n" + data + b"\nendstream"
        objects[pno] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 3 0 R /F2 5 0 R >> >> /Contents %d 0 R >>" % cno)
    objects[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
                  b"] /Count %d >>" % len(kids))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for i in range(1, num):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objects[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % num
    for i in range(1, num):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (num, xref)
    return out


ZIP_DATE = (2024, 1, 2, 8, 0, 0)


def zipbytes(members, date=ZIP_DATE):
    """members: list of (name, bytes|str[, stored])"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(blocks, author="Kranichfeld Versicherung AG", date=ZIP_DATE, title=""):
    """blocks: str (paragraph), ('b', str) bold paragraph, ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] == "b":
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                                for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W_NS, "".join(body)))
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
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % date
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>'
            % (_x(title), _x(author), iso))
    return zipbytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("word/document.xml", doc), ("docProps/core.xml", core)], date)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, date=ZIP_DATE):
    """sheets: list of (name, rows); cells str / int / float / None."""
    wb_sheets, rels, overrides, files = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '%s</Types>' % "".join(overrides))
    toprels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
               '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '</Relationships>' % "".join(rels))
    return zipbytes([("[Content_Types].xml", ctypes), ("_rels/.rels", toprels),
                     ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)] + files, date)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office_meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"')


def _odf(mimetype, content_body, date):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, content_body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zipbytes([("mimetype", mimetype, True), ("META-INF/manifest.xml", manifest),
                     ("content.xml", content)], date)


def odt(paragraphs, date=ZIP_DATE):
    ps = "".join('<text:h text:outline-level="2">%s</text:h>' % _x(p[1]) if isinstance(p, tuple)
                 else "<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % ps, date)


def ods(name, rows, date=ZIP_DATE):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                             '</table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                             % _x(v if v is not None else ""))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (_x(name), "".join(xr)), date)


def ics(lines):
    """iCalendar text with CRLF line ends (RFC 5545)."""
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"


def quote(s, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in s.strip("\n").split("\n")) + "\n"


# ==========================================================================
# the mails
# ==========================================================================
def m001():
    body = """Sehr geehrter Herr Prof. Amsel,

wie heute Vormittag telefonisch besprochen, beauftragen wir Sie mit der Erstellung
eines orthopädischen Gutachtens (mit persönlicher Untersuchung) im folgenden
Leistungsfall aus der selbständigen Berufsunfähigkeitsversicherung:

  Versicherter:      Herr Dieter Kwiatkowski, geb. 03.07.1969
  Anschrift:         Am Mühlenteich 14, 21423 Winsen (Luhe)
  Telefon:           04171 5550-318 (tagsüber über den Betrieb)
  Leistungsfall:     LB-2024-004817 / Vertrag BU 6021-448719
  Beruf:             selbständiger Dachdeckermeister, 3 Mitarbeiter

Herr Kwiatkowski macht seit September 2023 Berufsunfähigkeit geltend. Nach einem
Bandscheibenvorfall L4/5 links (M51.1) erfolgte am 17.10.2023 eine mikrochirurgische
Nukleotomie im Klinikum Lüneburger Heide; seitdem bestehen laut Hausarzt weiter
Lumboischialgien links mit Fußheberschwäche (Kraftgrad 4/5). AU durchgehend seit
04.09.2023.

Laut Tätigkeitsbeschreibung des Versicherten entfallen vor Eintritt der
Beschwerden ca. 60 % der Arbeitszeit auf Arbeiten auf dem Dach (Eindecken,
Materialtransport, Dachrinnen), 25 % auf Büro/Kalkulation und 15 % auf
Kundentermine und Aufmaß.

Wir bitten um Beantwortung folgender Fragen:

1. Welche Gesundheitsstörungen liegen vor (bitte mit ICD-10-GM)?
2. Welche Funktionseinschränkungen ergeben sich daraus, und seit wann?
3. Ist der Versicherte infolge dieser Gesundheitsstörungen voraussichtlich
   dauerhaft (mindestens 6 Monate) außerstande, seine zuletzt ausgeübte
   Tätigkeit, so wie sie ohne gesundheitliche Beeinträchtigung ausgestaltet war,
   zu mindestens 50 % auszuüben? Bitte nach Teiltätigkeiten aufschlüsseln.
4. Ist mit einer wesentlichen Besserung zu rechnen (z. B. durch Reha,
   Schmerztherapie)? Wann ist eine Nachuntersuchung sinnvoll?
5. Halten Sie ein neurologisches Zusatzgutachten für erforderlich?

Die Leistungsakte (146 Seiten, u. a. OP-Bericht, Entlassungsbrief, MRT-Befunde
LWS 08/2023 und 01/2024, Hausarztbericht Dr. Sievers) stellen wir Ihnen wie
gewohnt im Gutachterportal bereit; den Zugangscode erhalten Sie separat.
Eine Schweigepflichtentbindung des Versicherten vom 22.01.2024 liegt vor.

Termin bitte direkt mit Herrn Kwiatkowski vereinbaren. Wir bitten um Vorlage
des Gutachtens innerhalb von 8 Wochen nach der Untersuchung, spätestens bis
30.04.2024. Honorar gemäß Rahmenvereinbarung (Pauschale orthopädisches
Gutachten 1.450,00 EUR zzgl. Röntgen nach Aufwand).

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Sabine Okonkwo
""" + sig(OKONKWO, "Gutachterkoordination Leistung", "4117")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "commissioning of an orthopaedic BU report: named insured, birth date, disc prolapse M51.1, surgery, questions to the expert",
             msg(OKONKWO, ("Prof. Dr. med. Reinhold Amsel", "gutachten@praxis-amsel.example"),
                 "Gutachtenauftrag BU – Kwiatkowski, Dieter (LB-2024-004817)", "2024-02-13 11:42",
                 text(body), cc=WENDLAND,
                 extra=["X-Mailer: Microsoft Outlook 16.0", "Importance: normal"]))


def m002():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 23.02.2024, nicht im Büro und lese meine
E-Mails nicht. Ihre Nachricht wird nicht weitergeleitet.

- Neue Gutachtenaufträge (BU, Unfall, Haftpflicht-Personenschaden) bitte an
  das Teampostfach gutachten@kranichfeld-versicherung.example.
- Fristsachen (Gerichtsfristen, Einwendungen von Anwälten, Mahnungen von
  Gutachtern) bitte an Herrn Tobias Wendland, Durchwahl -4123.
- Rechnungen von Gutachtern gehen wie immer an rechnungseingang@...; bitte
  nicht an mich persönlich.

Bitte senden Sie ärztliche Unterlagen und Gutachten grundsätzlich nicht an
mein persönliches Postfach, sondern nur über das Gutachterportal.

Mit freundlichen Grüßen
Sabine Okonkwo
Gutachterkoordination Leistung
"""
    return M("NORMAL", "de", "internal",
             "trap: out-of-office reply full of Gutachten/BU/ärztliche Unterlagen wording, no data about any person",
             msg(OKONKWO, WENDLAND, "Automatische Antwort: Rückfrage Rechnungsprüfung Gutachten Februar",
                 "2024-02-16 08:03", text(body, cte="8bit"),
                 extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))


def m003():
    body = """Hallo Herr Strempel,

bitte übernehmen Sie folgende Besichtigung (Haftpflichtschaden, wir sind
eintrittspflichtig dem Grunde nach unstreitig):

Schaden-Nr.:       KS-2024-10388
Unser VN:          Ingrid Pahlke, Vertrag KH 7731-204558
Schadentag:        14.02.2024, ca. 16:20 Uhr
Ort:               Parkplatz Baumarkt, Bockelmannstraße, Lüneburg
Hergang:           VN touchiert beim Rückwärtsausparken den geparkten Pkw
                   des Anspruchstellers (hinten rechts)

Anspruchsteller:   Benedikt Harms
                   Kalandweg 7, 21335 Lüneburg
                   mobil 0170 5550183 (bittet um Anruf nach 17 Uhr)
Fahrzeug:          VW Golf VIII Variant, LG-BH 417, EZ 05/2021, ca. 38.000 km

Personenschaden: nein, laut beiden Beteiligten niemand verletzt.

Bitte Reparaturkostenkalkulation, Wertminderung und Nutzungsausfall-Dauer.
Fotos zur Schadenhöhe vom Anspruchsteller liegen vor, schicke ich Ihnen
gleich noch per Portal.

Danke und Gruß
Kevin Aydemir
Kfz-Schaden Haftpflicht
Kranichfeld Versicherung AG
Tel. +49 40 5556-4307
"""
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "motor-liability damage assessment: named policyholder and claimant, address, plate, claim/contract numbers; nobody hurt",
             msg(AYDEMIR, ("Kfz-Sachverständigenbüro Strempel", "auftrag@sv-strempel.example"),
                 "Besichtigungsauftrag KS-2024-10388 / LG-BH 417", "2024-02-19 09:27",
                 text(body, cte="8bit"), extra=["X-Mailer: Microsoft Outlook 16.0"]))


def m004():
    body = """Dear Dr Rahman,

Letter of instruction - Gareth Pryce-Morgan (DOB 14/09/1981)
Our reference: HS-2023-07762 (public liability, holiday let)

Thank you for agreeing to prepare a medico-legal report in this matter. We act
as liability insurer of Mrs Hannelore Sievekind, who lets a holiday flat in
Warnemuende (Germany). Mr Pryce-Morgan, a self-employed electrician from
Cardiff, was staying in the flat with his family and fell on the external
staircase on 2 August 2023. He alleges that a loose handrail caused the fall.

He sustained a bimalleolar fracture of the right ankle, which was treated by
open reduction and internal fixation at Klinikum Warnowufer, Rostock, on
3 August 2023. He was repatriated on 9 August and has since been followed up
by his GP and by the fracture clinic in Cardiff. He says he has been unable
to climb ladders and has lost most of his work since the accident.

We should be grateful if you would examine Mr Pryce-Morgan and address:

 1. the injuries sustained and the treatment received;
 2. his present condition and prognosis, including the risk of
    post-traumatic osteoarthritis and any further surgery
    (e.g. removal of metalwork);
 3. whether any pre-existing condition contributes (his GP records
    mention an inversion injury of the same ankle in 2019);
 4. his capacity for work as an electrician, with and without ladder
    work, and the likely period of total and partial incapacity;
 5. any care and assistance reasonably required.

An index of the records we enclose is attached; the records themselves
(discharge summary and operation note in German with certified
translations, radiographs on CD, GP records, physiotherapy notes) will
reach you by courier. The claimant's solicitors, Pemberton Lowe LLP, have
agreed to your instruction and have provided his consent to disclosure.

Your fee of GBP 1,250 plus VAT for the report is agreed. We would ask
for the report within eight weeks of the examination.

Kind regards

Claire Whitfield
International Claims
""" + sig(WHITFIELD, "International Claims", "4290", "en")
    index = pdf([
        "# Index of records - Gareth Pryce-Morgan, DOB 14/09/1981",
        "Kranichfeld Versicherung AG, ref. HS-2023-07762",
        "",
        "1  Discharge summary, Klinikum Warnowufer Rostock, 09/08/2023 (DE + EN)",
        "2  Operation note ORIF right ankle (Weber B, bimalleolar), 03/08/2023",
        "3  Radiographs right ankle 02/08, 04/08, 10/10/2023 (CD)",
        "4  Fracture clinic letters, University Hospital Cardiff, 08/2023 - 01/2024",
        "5  GP records Canton Medical Practice, 2017 - 2024 (incl. ankle sprain 2019)",
        "6  Physiotherapy notes, 14 sessions, 10/2023 - 02/2024",
        "7  Claimant's witness statement (pain, sleep, work), 12/02/2024",
        "8  Signed consent to disclosure of medical records, 15/02/2024",
        "",
        "Pages in total: 212",
    ], title="Index of records", author="Claire Whitfield")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
             "letter of instruction to a medico-legal expert: named claimant, DOB, ankle fracture, surgery, GP records; index of records as PDF",
             msg(WHITFIELD, ("Dr Aisha Rahman", "secretary@rahman-medicolegal.example"),
                 "Instruction: Pryce-Morgan v Sievekind - orthopaedic report", "2024-02-20 15:08",
                 mixed(text(body), att(index, "application/pdf", "Index_of_records_Pryce-Morgan.pdf")),
                 cc=PFEILSTICKER))


def m005():
    plain = """---------- Forwarded message ----------
From: EFIM Newsletter <newsletter@efim-insurance-medicine.example>
Subject: Insurance Medicine Update - March 2024

Insurance Medicine Update - March 2024

1. New consensus on assessing work capacity in chronic pain
   A working group of 14 national societies has published a consensus on
   how assessors should describe functional capacity in chronic widespread
   pain. Key points: describe activities, not diagnoses; use validated
   self-report measures only together with observed behaviour; state
   uncertainty explicitly.

2. Survey: 38 % of expert reports arrive late
   Our survey of 61 insurers found a median turnaround of 9.5 weeks for
   independent medical examinations; psychiatric reports took longest
   (median 13 weeks).

3. Webinar: Symptom validity testing - what it can and cannot show
   Thursday 18 April 2024, 16:00-17:30 CET. Free for members.

4. Case of the month (fictitious)
   "A 52-year-old warehouse worker with a frozen shoulder" - how would
   you word the questions to the expert? Send us your answer.

You receive this newsletter because you are a member of EFIM.
Unsubscribe: https://www.efim-insurance-medicine.example/unsubscribe
"""
    intro = "Hi all,\n\nFYI - item 2 matches our own numbers quite well, and item 1 may be\nuseful for the new question templates.\n\nIlka\n\n"
    htmlpart = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi all,</p>
<p>FYI &ndash; item 2 matches our own numbers quite well, and item 1 may be useful for the new question templates.</p>
<p>Ilka</p>
<hr>
<p><b>From:</b> EFIM Newsletter &lt;newsletter@efim-insurance-medicine.example&gt;<br>
<b>Subject:</b> Insurance Medicine Update &ndash; March 2024</p>
<h2 style="color:#1d4e89">Insurance Medicine Update &ndash; March 2024</h2>
<h3>1. New consensus on assessing work capacity in chronic pain</h3>
<p>A working group of 14 national societies has published a consensus on how assessors should describe
functional capacity in chronic widespread pain. Key points: describe activities, not diagnoses; use validated
self-report measures only together with observed behaviour; state uncertainty explicitly.</p>
<h3>2. Survey: 38&nbsp;% of expert reports arrive late</h3>
<p>Our survey of 61 insurers found a median turnaround of 9.5 weeks for independent medical examinations;
psychiatric reports took longest (median 13 weeks).</p>
<h3>3. Webinar: Symptom validity testing &ndash; what it can and cannot show</h3>
<p>Thursday 18 April 2024, 16:00&ndash;17:30 CET. Free for members.</p>
<h3>4. Case of the month (fictitious)</h3>
<p>&quot;A 52-year-old warehouse worker with a frozen shoulder&quot; &ndash; how would you word the questions to
the expert? Send us your answer.</p>
<p style="font-size:8pt;color:#777">You receive this newsletter because you are a member of EFIM.
<a href="https://www.efim-insurance-medicine.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return M("NORMAL", "en", "newsletter",
             "trap: forwarded insurance-medicine newsletter (chronic pain, psychiatric reports, fictitious case), no identifiable person",
             msg(BRANDSTETTER, [TEAM_GK, WENDLAND], "Fwd: Insurance Medicine Update - March 2024",
                 "2024-03-06 07:55", alt(text(intro + plain), html(htmlpart))))


def m006():
    body = """Hallo Tobias,

hier meine Zusammenfassung zum psychiatrischen Gutachten von Frau Dr.
Teufel-Baar (eingegangen 04.03.) im Fall Strehlow, LB-2023-011290:

Diagnosen laut Gutachten:
  - rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1)
  - Z. n. stationärer psychosomatischer Behandlung 06-08/2023 (Klinik am Seepark)
  - arterielle Hypertonie (I10.90), medikamentös eingestellt

Medikation: Venlafaxin 150 mg, Mirtazapin 15 mg z. N., Candesartan 8 mg

Beschwerdenvalidierung: keine Hinweise auf Aggravation (SFSS unauffällig,
Testprofil konsistent mit Aktenlage).

Leistungsbild: Frau Strehlow kann ihre letzte Tätigkeit als Filialleiterin
eines Drogeriemarkts (Personalführung 11 MA, Dienstpläne, Kundenbeschwerden,
Inventur) aus Sicht der Gutachterin derzeit zu etwa 40 % nicht ausüben;
qualitative Einschränkungen v. a. bei Konfliktgesprächen und Zeitdruck.
Prognose bei leitliniengerechter Therapie (ambulante Psychotherapie läuft
seit 10/2023, 1x/Woche) günstig, Nachuntersuchung in 12 Monaten empfohlen.

Meine Bewertung: Gutachten schlüssig und gut begründet. Der Grad von 40 %
liegt unter der 50-%-Schwelle. ABER: Der Entlassbrief der Klinik vom
25.08.2023 attestiert "weiterhin arbeitsunfähig, berufliche
Wiedereingliederung derzeit nicht absehbar" - dazu sagt das Gutachten
nichts. Bevor Du ablehnst, würde ich Frau Dr. Teufel-Baar um eine kurze
ergänzende Stellungnahme zu genau diesem Widerspruch bitten. Sonst haben
wir das spätestens im Widerspruchsverfahren auf dem Tisch.

Viele Grüße
Ilka

Dr. med. Ilka Brandstetter
Beratungsärztin, Leistung Leben/BU
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "consulting physician's summary of a psychiatric BU report: named insured, F33.1, medication, inpatient stay, BU grade",
             msg(BRANDSTETTER, WENDLAND, "Zusammenfassung Gutachten Strehlow LB-2023-011290",
                 "2024-03-07 14:31", text(body, cte="8bit", flowed=True),
                 extra=["User-Agent: Mozilla Thunderbird 115.8"]))


def m007():
    new_iban = iban("GB", "NWBK60991248213376")
    old_iban = iban("GB", "NWBK60991231550721")
    body = """Dear Gary,

Thank you for your e-mail of this morning. Before we change any bank details
in our supplier file we have to verify the change by telephone - this is a
fixed anti-fraud rule, nothing personal. I will call you on the landline
number we already hold for you (not the number in your e-mail signature),
probably tomorrow between 10 and 12 UK time.

For your reference, this is what we currently hold:

  Payee:        Gary Whitcombe t/a Whitcombe Vehicle Assessments
  Old IBAN:     %s
  New IBAN:     %s (as per your e-mail)
  UTR:          on file, unchanged

Invoices that are already approved (WVA-1187 and WVA-1192) will be paid to
the old account unless you tell us the account has been closed.

Kind regards
Claire

> From: Gary Whitcombe <gary@whitcombe-assessments.example>
> Sent: 11 March 2024 08:14
> Subject: change of bank details
>
> Hi Claire, please note I have moved my business account. New details:
> account name G Whitcombe, sort code 60-99-12, account 48213376,
> IBAN %s. Please use these for all future invoices.
> Thanks, Gary
""" % (old_iban, new_iban, new_iban)
    body += sig(WHITFIELD, "International Claims", "4290", "en")
    return M("CONFIDENTIAL", "en", "insurer-to-assessor",
             "sole-trader motor assessor's old and new bank account (IBAN, sort code) in a verification reply; no claimant data",
             msg(WHITFIELD, ("Gary Whitcombe", "gary@whitcombe-assessments.example"),
                 "RE: change of bank details", "2024-03-11 13:02", text(body, cte="8bit"),
                 irt="<7d1c0a55.gw@whitcombe-assessments.example>"))


def m008():
    tpl = docx([
        ("b", "Gutachtenauftrag – Vorlage GA-03 (Stand 03/2024)"),
        "Kranichfeld Versicherung AG · Gutachterkoordination · Kranichfelder Allee 40 · 20099 Hamburg",
        "An: «Anrede» «Titel» «Name Gutachter/in», «Praxis/Institut», «Straße», «PLZ Ort»",
        "Leistungsfall-Nr.: «LF-Nr.»      Vertrag: «Vertragsnummer»      Sparte: «BU/Unfall/HP-Personenschaden»",
        "Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum», «Anschrift»",
        "Sehr geehrte/r «Anrede» «Name Gutachter/in»,",
        "wir beauftragen Sie mit der Erstellung eines «Fachgebiet»-Gutachtens «mit/ohne» persönliche(r) Untersuchung.",
        "Sachverhalt: «kurze Schilderung – max. 10 Zeilen, keine Wertungen»",
        ("b", "Fragen an den Gutachter (bitte je nach Sparte auswählen)"),
        ("table", [["Nr.", "Frage", "Sparte"],
                   ["1", "Welche Gesundheitsstörungen liegen vor (ICD-10-GM)?", "alle"],
                   ["2", "Welche Funktionseinschränkungen ergeben sich, seit wann?", "alle"],
                   ["3", "Kann die zuletzt ausgeübte Tätigkeit zu mind. «Grad» % nicht ausgeübt werden?", "BU"],
                   ["4", "Invaliditätsgrad nach Gliedertaxe bzw. außerhalb der Gliedertaxe?", "Unfall"],
                   ["5", "Mitwirkung von Krankheiten/Gebrechen (Prozent)?", "Unfall"],
                   ["6", "Unfallbedingte MdE und Dauer der Arbeitsunfähigkeit?", "HP"],
                   ["7", "Prognose, Nachuntersuchung, Zusatzgutachten?", "alle"]]),
        "Frist: «Datum» (in der Regel 8 Wochen nach Untersuchung). Honorar: «gemäß Rahmenvereinbarung / Einzelvereinbarung».",
        "Unterlagen: über das Gutachterportal, Zugangscode separat. Bitte keine Gutachten per unverschlüsselter E-Mail.",
        "Mit freundlichen Grüßen «Sachbearbeiter/in»",
    ], author="Sabine Okonkwo", title="GA-03 Gutachtenauftrag")
    body = """Liebe Kolleginnen und Kollegen,

ab 01.03.2024 gilt die neue Vorlage GA-03 für alle Gutachtenaufträge (BU,
Unfall und Haftpflicht-Personenschaden). Sie liegt auch im Vorlagenordner,
hängt hier aber noch einmal an.

Was ist neu?
- Fragenkatalog als Tabelle, Fragen nach Sparte markiert
- Hinweis "keine Gutachten per unverschlüsselter E-Mail" fest im Text
- Feld für die Frist ist Pflicht (Fristenkontrolle läuft ab April über
  das Gutachtermodul, siehe Jour fixe)

Bitte die alten Word-Vorlagen GA-01/GA-02 lokal löschen. Die «Platzhalter»
werden beim Erzeugen aus dem Leistungssystem automatisch gefüllt; wer die
Vorlage manuell nutzt, bitte alle «...» ersetzen und vor dem Versand
gegenlesen.

Danke & Gruß
Sabine
"""
    return M("NORMAL", "de", "internal",
             "trap: new template for expert commissioning with «placeholders» (Name, Geburtsdatum, ICD question) as DOCX, no real person",
             msg(OKONKWO, ALL_LEISTUNG, "Neue Vorlage GA-03 Gutachtenauftrag ab 01.03.", "2024-02-27 10:15",
                 mixed(text(body), att(tpl, CT_DOCX, "GA-03_Gutachtenauftrag_Vorlage.docx"))))


def m009():
    body = """Sehr geehrte Frau Dr. Mohnhaupt,

in der Unfallsache Ihres Mandanten, Herrn Jens Hoberg (Unfall-Nr.
UV-2023-08815), danken wir für Ihr Schreiben vom 28.02.2024.

Das fachchirurgische Gutachten von Herrn Dr. Quandt vom 06.02.2024 stellt
nach distaler Radiusfraktur links (S52.51, operativ versorgt mit palmarer
Plattenosteosynthese am 11.05.2023) eine dauerhafte Funktionsbeeinträchtigung
der linken Hand von 2/10 Handwert fest. Nach der Gliedertaxe unserer AUB
(Hand im Handgelenk 55 %) ergibt das einen Invaliditätsgrad von 11 %; bei
einer Invaliditätssumme von 100.000 EUR haben wir 11.000 EUR ausgezahlt.

Zu Ihren Einwendungen:

1. Bewegungsmaß: Der Gutachter hat Extension/Flexion 45-0-50 gegenüber
   70-0-75 rechts gemessen und dies ausdrücklich berücksichtigt.
2. Grobkraft: Die Messung mit dem Jamar-Dynamometer ergab 38 kg links zu
   44 kg rechts (Rechtshänder). Eine Kraftminderung von rund 14 % rechtfertigt
   nach Auffassung des Gutachters keine höhere Bemessung.
3. Schmerzangaben: Die vom Mandanten geschilderten Belastungsschmerzen
   beim Heben schwerer Lasten sind im Gutachten aufgeführt und in die
   Bemessung eingeflossen.

Ihre Forderung nach 4/10 Handwert können wir daher nicht nachvollziehen.
Wir sind jedoch bereit, Herrn Dr. Quandt um eine ergänzende Stellungnahme
zu den von Ihnen vorgelegten Bescheinigungen der Physiotherapiepraxis
(Befund vom 15.01.2024) zu bitten. Bitte teilen Sie uns bis 22.03.2024 mit,
ob Sie damit einverstanden sind.

Mit freundlichen Grüßen

Melanie Grafunder
Unfall-Leistung
""" + sig(GRAFUNDER, "Unfall-Leistung", "4188")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "reply to lawyer's objection in accident invalidity: named client, radius fracture S52.51, surgery, measurements, payout",
             msg(GRAFUNDER, ("RAin Dr. Friederike Mohnhaupt", "f.mohnhaupt@mohnhaupt-sell.example"),
                 "Ihr Schreiben vom 28.02.2024 – UV-2023-08815 Hoberg", "2024-03-08 16:20", text(body)))


def m010():
    rows = [["Specialty", "Reports commissioned", "Received", "Median turnaround (weeks)", "Late > 8 weeks (%)", "Avg fee (EUR)"],
            ["Orthopaedics / trauma surgery", 118, 103, 7.1, 31, 1520],
            ["Neurology", 41, 35, 8.4, 44, 1690],
            ["Psychiatry / psychosomatics", 57, 44, 12.6, 68, 2310],
            ["Internal medicine / cardiology", 22, 20, 6.5, 20, 1380],
            ["ENT / ophthalmology", 9, 9, 5.0, 11, 940],
            ["Other / file reviews", 36, 34, 3.2, 6, 610],
            ["Total", 283, 245, 7.9, 38, 1598]]
    book = xlsx([("Q1 2024", rows),
                 ("Notes", [["Source: expert module, extraction 04/04/2024, no case data"],
                            ["Turnaround = examination date to report receipt"],
                            ["Cells with fewer than 5 cases merged into 'Other'"]])])
    body = """Henrike,

as requested for the Group Claims Forum (they want it in English), attached
are the Q1 figures for expert reports across BU, accident and liability
personal injury. Short version:

- 283 reports commissioned (Q1 2023: 251), 245 received
- median turnaround 7.9 weeks, psychiatry still the bottleneck at 12.6
- 38 % late against our 8-week target; psychiatry 68 %
- average fee EUR 1,598 (+6 % yoy, mainly the new psychiatry rates)

No case-level data in the file, just counts and averages; small cells are
merged into "Other" as agreed with Paul.

Sabine
"""
    return M("NORMAL", "en", "internal",
             "trap: quarterly expert-report statistics by specialty (psychiatry, neurology) in XLSX, only aggregates",
             msg(OKONKWO, VOSS, "Q1 2024 expert report figures for Group Claims Forum", "2024-04-05 09:40",
                 mixed(text(body), att(book, CT_XLSX, "Expert_reports_Q1_2024.xlsx")), cc=WHITFIELD))


def m011():
    body = """Dear Mr Brouwer,

We would like to instruct you to survey the following cargo loss on our
behalf (marine cargo open cover TR-OC-2219):

  Assured:        Nordkai Feinkost GmbH, Bremen
  Contact:        Mr Ruben Salewski, Head of Logistics,
                  mobile +49 151 5550 2291
  Consignment:    48 drums extra virgin olive oil, 220 l each,
                  ex La Spezia per MV "Carina Sol", B/L LSP-24-00812
  Discovered:     12 March 2024 on devanning at the assured's warehouse,
                  Hafenstrasse 51, Bremen; 7 drums dented, 3 leaking
  Our claim no.:  TR-2024-00341

Please attend as soon as possible, as the assured wants to decant the
remaining oil by Friday. We need cause and extent of the damage, the
salvage value of the affected drums and your view on whether the damage
happened at sea or during road haulage from Bremerhaven. Protest letters
should be sent to the carrier and the haulier.

Your fees as per our agreement of 2023. Please confirm receipt.

Best regards

Claire Whitfield
International Claims
Kranichfeld Versicherung AG
"""
    return M("CONFIDENTIAL", "en", "insurer-to-assessor",
             "cargo survey instruction: company assured with named contact person and mobile number, claim and policy numbers",
             msg(WHITFIELD, ("Hanseatic Cargo Survey GmbH", "survey@hanseatic-cargo-survey.example"),
                 "Survey request TR-2024-00341 - olive oil drums, Nordkai Feinkost", "2024-03-13 10:05",
                 text(body, charset="us-ascii", cte="7bit")))


def m012():
    body = """Sehr geehrte Frau Lautenschläger,

in Ihrer Unfallsache (Unfall-Nr. UV-2023-10457, Sturz von der Leiter am
29.07.2023) benötigen wir zur Feststellung der Invalidität ein ärztliches
Gutachten. Wir haben hierfür Herrn Dr. med. Matthias Quandt, Facharzt für
Orthopädie und Unfallchirurgie, beauftragt.

Ihr Untersuchungstermin:
  Donnerstag, 18.04.2024, 09:30 Uhr
  Institut für Medizinische Begutachtung Nordheide GmbH
  Bahnhofstraße 88, 21244 Buchholz in der Nordheide (2. OG, Aufzug vorhanden)

Bitte bringen Sie mit:
  - Ihren Personalausweis
  - alle Röntgen-, CT- und MRT-Aufnahmen Ihres rechten Knies (CD genügt)
  - den Entlassungsbericht nach der Operation der Tibiakopffraktur
  - eine aktuelle Liste Ihrer Medikamente
  - ggf. Ihre Gehhilfen / Orthese

Die Untersuchung dauert etwa zwei Stunden. Ihre Fahrtkosten (0,30 EUR je km
oder Bahnticket 2. Klasse) und einen nachgewiesenen Verdienstausfall erstatten
wir Ihnen. Sollten Sie den Termin nicht wahrnehmen können, melden Sie sich
bitte bis spätestens drei Werktage vorher direkt beim Institut
(Tel. 04181 5550-20).

Einen Kalendereintrag haben wir Ihnen beigefügt.

Mit freundlichen Grüßen

Melanie Grafunder
Unfall-Leistung
Kranichfeld Versicherung AG
"""
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kranichfeld Versicherung//Leistung//DE", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:uv-2023-10457-termin@kranichfeld-versicherung.example",
        "DTSTAMP:20240315T101500Z", "DTSTART;TZID=Europe/Berlin:20240418T093000",
        "DTEND;TZID=Europe/Berlin:20240418T113000",
        "SUMMARY:Gutachtentermin Dr. Quandt (Knie rechts)",
        "LOCATION:IMB Nordheide GmbH\\, Bahnhofstraße 88\\, 21244 Buchholz i. d. N.",
        "DESCRIPTION:Bitte Röntgenbilder/CD\\, Entlassungsbericht und Medikamentenliste mitbringen.",
        "END:VEVENT", "END:VCALENDAR"])
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "invitation to an expert examination in an accident claim: named insured, tibial plateau fracture, knee imaging; ICS attached",
             msg(GRAFUNDER, ("Petra Lautenschläger", "p.lautenschlaeger@mailbox.example"),
                 "Ihr Untersuchungstermin am 18.04.2024 – Unfall-Nr. UV-2023-10457", "2024-03-15 11:15",
                 mixed(text(body), att(cal, "text/calendar", "Gutachtentermin.ics", extra_ct=" method=PUBLISH; charset=utf-8;"))))


def m013():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir für die Abteilung Leistung (Kostenstelle 4410,
Bestell-Nr. 4500381177):

Pos  Menge  Titel                                                  Aufl.
1    6      Handbuch der medizinischen Begutachtung in der
            Privatversicherung, Loseblatt inkl. Ergänzungslieferungen  12.
2    4      Gliedertaxe und Invaliditätsbemessung - Kommentar        5.
3    2      Begutachtung psychischer und psychosomatischer
            Störungen - Praxisleitfaden                              3.
4    2      Schmerzbegutachtung kompakt                              2.
5    1      Atlas der Bewegungsmessung (Neutral-Null-Methode)        8.

Lieferung bitte an:
Kranichfeld Versicherung AG, Abt. Leistung / Bibliothek, Raum 3.112,
Kranichfelder Allee 40, 20099 Hamburg

Rechnung mit Bestellnummer an rechnungseingang@kranichfeld-versicherung.example
(bitte als PDF oder XRechnung). Zahlungsziel 30 Tage wie vereinbart.

Bitte bestätigen Sie kurz Liefertermin und ob Pos. 1 als Abonnement
angelegt wird.

Mit freundlichen Grüßen
Nadine Szymanski
Einkauf
"""
    body += sig(SZYMANSKI, "Einkauf / Beschaffung", "2071")
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for books on medical assessment, Gliedertaxe and psychiatric reports; no person",
             msg(SZYMANSKI, ("Fachbuchhandlung Kessler GmbH", "bestellung@fachbuch-kessler.example"),
                 "Bestellung 4500381177 – Fachliteratur Begutachtung", "2024-03-18 13:47", text(body)))


def m014():
    body = """Hi everyone,

Lunch & learn, Wednesday 10 April, 12:30-13:15, room 4.02 (and Teams):

   "How to read an orthopaedic IME report in 20 minutes"
   with Dr Ilka Brandstetter

We will walk through a completely made-up report ("Mr A., 45, fictitious
scaffolder, knee injury") and look at:

 - where the expert answers our questions and where he only describes;
 - range-of-motion tables (neutral-zero method) and what the numbers mean;
 - typical weak spots: missing causation reasoning, percentage without
   justification, copy-paste from the treating doctor's letter;
 - when to ask for a supplementary statement and how to phrase it.

Sandwiches provided, please register by Friday so we can order enough.
The slides will be on the Leistung SharePoint afterwards.

Cheers
Claire
"""
    return M("NORMAL", "en", "internal",
             "trap: internal lunch & learn on reading IME reports with an explicitly fictitious example case",
             msg(WHITFIELD, ALL_LEISTUNG, "Lunch & learn: reading an orthopaedic IME report", "2024-03-26 12:02",
                 text(body, charset="us-ascii", cte="7bit")))


def m015():
    body = """Protokoll AG Datenschutz Leistung - Sitzung vom 05.03.2024

Teilnehmende: P. Ebersberg (DS-Koordination, Protokoll), S. Okonkwo,
Dr. I. Brandstetter, T. Wendland, J. Pfeilsticker, D. Lehnert (IT),
Gast: Frau Lorenz (Datenschutzbeauftragte, TOP 2)

TOP 1 - Versand von Gutachtenaufträgen und Akten an Gutachter
 - Akten mit Gesundheitsdaten gehen ausschließlich über das Gutachterportal
   oder S/MIME-verschlüsselt; Faxversand wird zum 30.06.2024 eingestellt.
 - Gutachter ohne Portalzugang (derzeit 9 von 74) werden bis Ende Q2
   angeschrieben. Verantwortlich: S. Okonkwo.
 - Papierakten per Post nur noch als Einschreiben, CDs verschlüsselt.

TOP 2 - Gutachten per E-Mail von Anwälten
 - Anwälte schicken Gutachten und Arztbriefe häufig unverschlüsselt.
   Wir antworten darauf nicht mit Gesundheitsdaten im Klartext, sondern
   über das SecureMail-Portal. Textbaustein wird von P. Ebersberg erstellt.

TOP 3 - Statistiken
 - Auswertungen für Rückversicherer und Gremien nur aggregiert; Zellen
   unter 5 Fällen zusammenfassen. Keine Diagnosen mit Geburtsjahr in
   Einzelzeilen.

TOP 4 - Löschfristen Gutachterakten
 - Entwurf Löschkonzept liegt vor; Abstimmung mit Recht bis 15.04.

Nächste Sitzung: 07.05.2024, 14:00 Uhr, Raum 2.08.
"""
    return M("NORMAL", "de", "internal",
             "trap: data-protection working group minutes about mailing expert reports and health data, no person data",
             msg(EBERSBERG, [OKONKWO, BRANDSTETTER, WENDLAND, PFEILSTICKER, LEHNERT],
                 "Protokoll AG Datenschutz Leistung 05.03.2024", "2024-03-06 17:22",
                 text(body, charset="iso-8859-1", cte="quoted-printable")))


def m016():
    fwd = """-------- Weitergeleitete Nachricht --------
Betreff: Schaden vom 14.02.2024 - Ihr Az. KS-2024-10388
Datum: Mon, 11 Mar 2024 17:40:12 +0100
Von: Kanzlei Zaunick <info@kanzlei-zaunick.example>
An: kfz-schaden@kranichfeld-versicherung.example

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns Herr Benedikt
Harms, Kalandweg 7, 21335 Lüneburg, mit der Wahrnehmung seiner Interessen
beauftragt hat. Vollmacht anbei.

Das von Ihnen eingeholte Gutachten des Sachverständigen Strempel vom
27.02.2024 ist in mehrfacher Hinsicht unzutreffend:

1. Die merkantile Wertminderung ist mit 350,00 EUR deutlich zu niedrig
   angesetzt. Das Fahrzeug war erst knapp drei Jahre alt; angemessen sind
   mindestens 900,00 EUR.
2. Die UPE-Aufschläge und Verbringungskosten wurden ohne Begründung
   gestrichen, obwohl die markengebundene Fachwerkstatt diese berechnet.
3. Nutzungsausfall ist für 14 Tage zu je 59,00 EUR zu zahlen, da unser
   Mandant das Fahrzeug täglich für den Weg zur Arbeit benötigt.

Wir fordern Sie auf, bis zum 25.03.2024 weitere 1.923,40 EUR auf das
Anderkonto unserer Kanzlei zu zahlen.

Mit freundlichen Grüßen
Zaunick
Rechtsanwalt
"""
    body = """Hallo Herr Strempel,

zur Info und mit der Bitte um kurze Stellungnahme zu Punkt 1 und 2 (gern
bis Ende nächster Woche). Nutzungsausfall klären wir selbst.

Gruß
Kevin Aydemir

""" + fwd
    return M("CONFIDENTIAL", "de", "lawyer",
             "forwarded lawyer's objection to a motor damage report: named claimant with address, claim number, amounts; no injury",
             msg(AYDEMIR, ("Kfz-Sachverständigenbüro Strempel", "auftrag@sv-strempel.example"),
                 "WG: Schaden vom 14.02.2024 - Ihr Az. KS-2024-10388", "2024-03-12 08:51", text(body)))


def m017():
    body = """Jörg,

FYI - Dr Rahman needs more time in Pryce-Morgan (HS-2023-07762). Her e-mail
below. I think we should agree; without the MRI the report would be
challenged anyway. New date 10 May, I'll update the diary.

Claire

-----Original Message-----
From: Dr Aisha Rahman <secretary@rahman-medicolegal.example>
Sent: Friday, March 22, 2024 4:51 PM
To: Claire Whitfield <claire.whitfield@kranichfeld-versicherung.example>
Subject: Pryce-Morgan - request for extension

Dear Ms Whitfield,

I examined Mr Pryce-Morgan on 21 March 2024. He reports constant pain over
the lateral malleolus, worse on ladders and uneven ground, and he walks
with a slight antalgic gait. Radiographs from January show the plate and
syndesmotic screw in situ and some narrowing of the tibiotalar joint
space.

Before I can comment reliably on post-traumatic osteoarthritis and on the
question of removal of metalwork, I have requested an MRI of the right
ankle, booked at Harbourside Imaging, Bristol, for 12 April. I would
therefore ask for an extension of the deadline to 10 May 2024.

I should add that Mr Pryce-Morgan mentioned low mood and poor sleep since
the accident; I will comment on whether a psychiatric opinion is indicated.

Yours sincerely
Aisha Rahman FRCS (Tr & Orth)
Consultant Orthopaedic Surgeon
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "assessor",
             "expert's request for extension forwarded internally: named claimant's examination findings, MRI booking, low mood",
             msg(WHITFIELD, PFEILSTICKER, "FW: Pryce-Morgan - request for extension", "2024-03-25 09:12",
                 text(body, cte="quoted-printable")))


def m018():
    log = """2024-03-27T08:14:02Z INFO  portal-upload  session=7f3a91 user=ext-gutachter-0412 file=upload_7f3a.pdf size=18.4MB status=200
2024-03-27T08:15:40Z WARN  portal-upload  session=7f3a91 user=ext-gutachter-0412 file=upload_7f3b.pdf size=23.9MB status=413 msg="Request Entity Too Large"
2024-03-27T08:16:02Z WARN  portal-upload  session=7f3a91 user=ext-gutachter-0412 file=upload_7f3b.pdf size=23.9MB status=413 msg="Request Entity Too Large"
2024-03-27T09:02:17Z WARN  portal-upload  session=b210c4 user=ext-gutachter-0057 file=upload_b210.pdf size=41.2MB status=413 msg="Request Entity Too Large"
2024-03-27T09:40:55Z INFO  portal-upload  session=c88e02 user=ext-gutachter-0233 file=upload_c88e.pdf size=4.1MB status=200
2024-03-27T10:11:31Z WARN  portal-upload  session=d0417a user=ext-gutachter-0019 file=upload_d041.zip size=26.7MB status=413 msg="Request Entity Too Large"
"""
    body = """Hi Daniel,

ticket for the expert portal, please assign to the platform team:

Summary: uploads > 20 MB fail with HTTP 413 since the proxy change on
Monday (26 March). Several external experts report that they cannot upload
their reports with the imaging annexes. Smaller files are fine.

Impact: at least 4 expert accounts this morning; reports then come in by
post or, worse, experts offer to send them by normal e-mail, which we do
not want.

Expected: limit of 100 MB as before (see change CHG-2219).

Log excerpt attached (user IDs only, no file contents). Priority: high,
because of court deadlines on some of the cases.

Thanks
Sabine
"""
    return M("NORMAL", "en", "internal",
             "trap: IT ticket about failing expert-report uploads with a log excerpt (pseudonymous technical IDs), no case data",
             msg(OKONKWO, LEHNERT, "Ticket: expert portal upload fails for files > 20 MB (HTTP 413)",
                 "2024-03-27 10:32",
                 mixed(text(body, charset="us-ascii", cte="7bit"),
                       att(log, "text/plain", "portal-upload_2024-03-27.log", cte="7bit"))))


def m019():
    body = """Sehr geehrter Herr Prof. Amsel,

wir erinnern an unseren Gutachtenauftrag vom 13.02.2024 im BU-Leistungsfall
Kwiatkowski (LB-2024-004817). Laut Ihrer Praxis hat die Untersuchung am
12.03.2024 stattgefunden; das Gutachten war bis 30.04.2024 zugesagt und
liegt uns noch nicht vor.

Herr Kwiatkowski bezieht seit September keine Einkünfte aus seinem Betrieb
und hat sich bereits zweimal nach dem Stand erkundigt. Bitte teilen Sie uns
bis Freitag, 10.05.2024, mit, wann wir mit dem Gutachten rechnen können.
Falls das neurologische Zusatzgutachten (Fußheberschwäche) noch aussteht,
geben Sie uns bitte auch hierzu Bescheid.

Mit freundlichen Grüßen
Sabine Okonkwo
Gutachterkoordination Leistung
Kranichfeld Versicherung AG
Tel. +49 40 5556-4117
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "deadline reminder to an expert: named BU claimant, examination date, foot-drop add-on report, no income",
             msg(OKONKWO, ("Prof. Dr. med. Reinhold Amsel", "gutachten@praxis-amsel.example"),
                 "Erinnerung: Gutachten LB-2024-004817 (Kwiatkowski) – Frist 30.04.2024 überschritten",
                 "2024-05-03 08:36", text(body, cte="8bit")))


def m020():
    body = """Sehr geehrte Frau Kallweit,

wir bitten Sie um Begutachtung eines Leitungswasserschadens, für den unsere
Versicherungsnehmerin aus ihrer Privathaftpflicht in Anspruch genommen wird.

Schaden-Nr.:     HS-2024-02217 (Vertrag PHV 3390-118842)
VN:              Frau Tanja Riedmüller, Lindenstraße 23, 2. OG links,
                 22301 Hamburg, Tel. 040 5550 7712
Geschädigter:    Herr Horst Ebeling, gleiche Adresse, 1. OG links
                 (Eigentümer der Wohnung), Tel. 040 5550 6409
Schadentag:      19.02.2024

Laut Schilderung der VN ist während ihrer Abwesenheit der Zulaufschlauch
der Waschmaschine geplatzt. Das Wasser ist durch die Decke in Küche und
Flur der darunterliegenden Wohnung gelaufen. Herr Ebeling hat bereits eine
Trocknungsfirma beauftragt (Angebot über 4.980 EUR liegt vor) und
verlangt außerdem den Austausch des Eichenparketts im Flur (ca. 14 m²)
sowie Hotelkosten für 5 Nächte.

Bitte klären Sie:
 1. Schadenursache und -umfang, Zusammenhang mit dem Ereignis vom 19.02.
 2. Erforderlichkeit und Angemessenheit der Trocknung
 3. Ist das Parkett zu ersetzen oder reicht Abschleifen? Alter/Zeitwert?
 4. War die Wohnung in der Trocknungszeit unbewohnbar?

Bitte vereinbaren Sie den Termin mit beiden Parteien; die VN ist
berufstätig und nur nachmittags erreichbar. Vergütung gemäß Rahmenvertrag,
Ergebnis bitte bis 22.03.2024.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Haftpflicht-Schaden
Kranichfeld Versicherung AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "building expert commissioned in a liability water-damage claim: named policyholder and third party, address, claim/contract numbers",
             msg(PFEILSTICKER, ("Dipl.-Ing. (FH) Ute Kallweit", "buero@kallweit-bau.example"),
                 "Auftrag Bausachverständige – HS-2024-02217 Riedmüller / Ebeling", "2024-02-26 14:02",
                 text(body)))


def m021():
    plain = """Gutachter-Forum Nord · Newsletter 1/2024
========================================

Liebe Mitglieder, liebe Auftraggeber,

1) Termine
   - 19.04.2024 Hamburg: Qualitätszirkel "Kausalität in der privaten
     Unfallversicherung" (4 CME-Punkte)
   - 14.06.2024 Bremen: Frühjahrstagung "Psychische Störungen in der
     BU-Begutachtung" mit Workshop Beschwerdenvalidierung
   - 27.09.2024 Kiel: Einsteigerseminar für neue Gutachterinnen und
     Gutachter

2) JVEG: Die Honorargruppen M1 bis M3 für medizinische Gutachten im
   Gerichtsverfahren werden nach aktuellem Stand 2025 angepasst. Wir
   berichten, sobald ein Entwurf vorliegt.

3) Aktengutachten oder Untersuchung? Ein Beitrag unseres Vorstands
   zeigt, dass reine Aktengutachten in der BU-Begutachtung vor Gericht
   häufiger angegriffen werden. Volltext im Mitgliederbereich.

4) Neue Leitlinien: Die Übersicht der für die Begutachtung relevanten
   Leitlinien (Schmerz, Depression, HWS-Beschleunigungsverletzung) ist
   aktualisiert.

Abmelden: https://www.gutachter-forum-nord.example/newsletter
"""
    htm = """<html><body style="font-family:Verdana;font-size:10pt">
<p>Weiterleitung zur Info &ndash; Termin 19.04. w&auml;re was f&uuml;r Melanie und J&ouml;rg. <br>Gru&szlig; Sabine</p>
<table width="600" style="border:1px solid #8aa"><tr><td style="background:#2b5d7a;color:#fff;padding:8px">
<b>Gutachter-Forum Nord &middot; Newsletter 1/2024</b></td></tr>
<tr><td style="padding:8px">
<p>Liebe Mitglieder, liebe Auftraggeber,</p>
<h4>1) Termine</h4>
<ul><li>19.04.2024 Hamburg: Qualit&auml;tszirkel &bdquo;Kausalit&auml;t in der privaten Unfallversicherung&ldquo; (4 CME-Punkte)</li>
<li>14.06.2024 Bremen: Fr&uuml;hjahrstagung &bdquo;Psychische St&ouml;rungen in der BU-Begutachtung&ldquo; mit Workshop Beschwerdenvalidierung</li>
<li>27.09.2024 Kiel: Einsteigerseminar f&uuml;r neue Gutachterinnen und Gutachter</li></ul>
<h4>2) JVEG</h4><p>Die Honorargruppen M1 bis M3 f&uuml;r medizinische Gutachten im Gerichtsverfahren werden nach aktuellem Stand 2025 angepasst.</p>
<h4>3) Aktengutachten oder Untersuchung?</h4><p>Reine Aktengutachten werden in der BU-Begutachtung vor Gericht h&auml;ufiger angegriffen. Volltext im Mitgliederbereich.</p>
<h4>4) Neue Leitlinien</h4><p>&Uuml;bersicht (Schmerz, Depression, HWS-Beschleunigungsverletzung) aktualisiert.</p>
<p style="font-size:8pt"><a href="https://www.gutachter-forum-nord.example/newsletter">Abmelden</a></p>
</td></tr></table></body></html>
"""
    return M("NORMAL", "de", "newsletter",
             "trap: forwarded expert-association newsletter (causation, BU psychiatry, JVEG), no person",
             msg(OKONKWO, TEAM_UV, "WG: Gutachter-Forum Nord – Newsletter 1/2024", "2024-03-04 15:48",
                 alt(text("Weiterleitung zur Info - Termin 19.04. wäre was für Melanie und Jörg.\nGruß Sabine\n\n" + plain),
                     html(htm, charset="us-ascii", cte="7bit"))))


def m022():
    inv = pdf([
        "# Prof. Dr. med. Reinhold Amsel",
        "Facharzt für Orthopädie und Unfallchirurgie · Sozialmedizin",
        "Grindelallee 131 · 20146 Hamburg · Steuer-Nr. 41/000/00116",
        "",
        "Kranichfeld Versicherung AG, Unfall-Leistung, Kranichfelder Allee 40, 20099 Hamburg",
        "",
        "# Rechnung RE-2024-0311 vom 08.03.2024",
        "Ihr Zeichen: UV-2023-09931",
        "Patientin/Versicherte: Sandra Wieczorek, geb. 21.11.1977",
        "Gutachten vom 05.03.2024: Zustand nach vorderer Kreuzbandruptur und Innenmeniskus-",
        "Korbhenkelriss rechts (S83.53 R, S83.2 R), Invaliditätsbemessung nach Gliedertaxe",
        "",
        "Pos. 1  Aktenstudium (4,5 Std.)                                        337,50 EUR",
        "Pos. 2  Untersuchung inkl. Bewegungsmessung beider Kniegelenke           180,00 EUR",
        "Pos. 3  Röntgen Kniegelenk rechts in 2 Ebenen + Patella axial            86,40 EUR",
        "Pos. 4  Röntgen Kniegelenk rechts in 2 Ebenen + Patella axial            86,40 EUR",
        "Pos. 5  Gutachten freie Form, 24 Seiten                                  890,00 EUR",
        "Pos. 6  Schreibgebühren / Porto                                           42,70 EUR",
        "",
        "Gesamtbetrag (umsatzsteuerfrei nach § 4 Nr. 14 UStG)                    1.623,00 EUR",
        "Zahlbar bis 07.04.2024",
    ], title="RE-2024-0311", author="Praxis Prof. Amsel", compress=True)
    body = """Sehr geehrte Frau Brettschneider,

anbei Ihre Rechnung RE-2024-0311 zurück. Position 4 ist identisch mit
Position 3 (Röntgen am selben Tag, gleiche Aufnahmen) und wurde
offenbar doppelt erfasst. Bitte senden Sie uns eine korrigierte Rechnung
über 1.536,60 EUR; die übrigen Positionen sind in Ordnung.

Vielen Dank und freundliche Grüße
Melanie Grafunder
Unfall-Leistung, Kranichfeld Versicherung AG
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "body only mentions an invoice number; file name and PDF invoice name the insured, birth date, ACL and meniscus tear",
             msg(GRAFUNDER, ("Praxis Prof. Amsel - Abrechnung", "abrechnung@praxis-amsel.example"),
                 "Rechnung RE-2024-0311 – bitte korrigieren", "2024-03-14 10:48",
                 mixed(text(body, cte="8bit"),
                       att(inv, "application/pdf", "RE-2024-0311_Wieczorek_Sandra_Gutachten_Knie.pdf"))))


def m023():
    body = """Dear Mr Okonjo,

Thank you for the signed framework agreement. For completeness, this is the
fee schedule we have now loaded into our supplier system for MedLegal
Reports Ltd (valid 1 April 2024 - 31 March 2026):

  Report type                                    Fee (GBP, excl. VAT)
  ---------------------------------------------  --------------------
  Orthopaedic / trauma report incl. examination        1,250
  Neurology report incl. examination                   1,400
  Psychiatry report incl. examination                  1,650
  Desktop review of records (up to 300 pages)            600
  Supplementary questions (per set)                      250
  Addendum after further records                         350
  Cancellation < 48 h / non-attendance                   200
  Court attendance (per day, plus travel)              1,800

Payment: 30 days from receipt of an invoice quoting our claim reference to
the company account of MedLegal Reports Ltd, IBAN %s
(as stated in Schedule 3). Please send invoices only to
invoices@kranichfeld-versicherung.example, never with the report itself.

Reports must reach us through our secure expert portal; access for your
two administrators has been set up.

Kind regards
Claire Whitfield
International Claims
""" % iban("GB", "BARC20038471633829")
    return M("NORMAL", "en", "insurer-to-assessor",
             "trap: fee schedule for a medico-legal reporting company (Ltd) incl. company IBAN, psychiatry/neurology fees, no natural person's data",
             msg(WHITFIELD, ("David Okonjo", "contracts@medlegal-reports.example"),
                 "Framework agreement - fee schedule loaded", "2024-03-28 11:20", text(body, charset="us-ascii", cte="7bit")))


def m024():
    body = """Sehr geehrte Frau Dr. Okafor,

vielen Dank für Ihre Bereitschaft, in dieser Sache ein handchirurgisch-
orthopädisches Gutachten zu erstellen. Wie telefonisch vereinbart, folgen
unsere Fragen auf Englisch; Ihr Gutachten können Sie gern auf Englisch
oder Deutsch verfassen. Die Akte kommt per Kurier.

Dear Dr Okafor,

Insured person: Mr Lukas Brennecke, born 02/05/1990, resident in Hamburg
Accident no.:   UV-2024-00219 (private accident insurance)
Accident:       skiing fall, Davos (CH), 14 January 2024

Mr Brennecke sustained a complete rupture of the right anterior cruciate
ligament (S83.53) with a bone bruise of the lateral femoral condyle. ACL
reconstruction (hamstring graft) was performed at the Spital Davos on
19 January 2024. He is a sports teacher by profession.

Please answer:
 1. Which permanent impairment of the right leg results from the accident?
    Please express it as a fraction of the leg value ("Beinwert") in
    accordance with the Gliedertaxe of our policy conditions.
 2. Did pre-existing conditions (he reports a meniscus operation on the
    same knee in 2016) contribute to the impairment, and to what extent?
 3. Is the final state reached, or should the assessment be repeated
    within the three-year period?

We would appreciate your report by 31 May 2024.

Mit freundlichen Grüßen / kind regards
Melanie Grafunder
Unfall-Leistung
""" + sig(GRAFUNDER, "Unfall-Leistung", "4188")
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-assessor",
             "German/English commissioning of an accident report: named insured, DOB, ACL rupture S83.53, surgery, prior meniscus operation",
             msg(GRAFUNDER, ("Dr. med. Nadia Okafor", "n.okafor@handchirurgie-zuerichsee.example"),
                 "Gutachtenauftrag / instruction – Brennecke, UV-2024-00219", "2024-03-20 09:05", text(body)))


def m025():
    payee = iban("DE", "20050550" + "1284407731")
    body = """Dear Mr Achterberg,

Thank you for sending us the documents about the damage to your rental car
in Portugal (our claim no. RV-2024-01186, travel policy RS 5520-907114).

The rental company's surveyor in Faro assessed the damage to the rear
bumper and tailgate of the Peugeot 308 (registration AX-17-QZ) at
EUR 1,140. The rental company charged the agreed excess of EUR 950 to your
credit card on 2 March 2024.

Your rental car excess cover pays this amount in full. We will transfer
EUR 950.00 within the next three working days to the account you gave us:

  Account holder: Sven Achterberg
  IBAN:           %s

As nobody was injured and no third party was involved, we do not need any
further documents. Please keep the rental agreement and the surveyor's
report for six months in case the rental company raises further costs.

Kind regards
Kranichfeld Versicherung AG
Travel Claims Team
""" % payee
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "rental car excess claim abroad: named customer, claim and policy number, surveyor's amount, IBAN; nobody injured",
             msg(("Travel Claims", "reise-schaden@" + DOMAIN), ("Sven Achterberg", "sven.achterberg@post.example"),
                 "Your claim RV-2024-01186 - rental car excess", "2024-03-08 12:44", text(body, cte="quoted-printable")))


def m026():
    body = """Liebe Kolleginnen und Kollegen,

für alle, die Gutachten lesen und Zusatzfragen formulieren, bieten wir einen
halbtägigen internen Workshop an:

  "Beschwerdenvalidierung in der Begutachtung - was Testverfahren
   aussagen und was nicht"
  Dienstag, 23.04.2024, 09:00-12:30 Uhr, Raum 4.02
  Referentin: Dr. Ilka Brandstetter, Gast: eine externe Neuropsychologin

Inhalte: Überblick über gängige Symptomvalidierungstests, typische
Formulierungen in psychiatrischen und neurologischen Gutachten ("Hinweise
auf negative Antwortverzerrung"), rechtliche Verwertbarkeit, und wie wir
Rückfragen an Gutachter formulieren, ohne sie in eine Richtung zu drängen.

Wir arbeiten ausschließlich mit erfundenen bzw. vollständig anonymisierten
Beispielen; bitte bringt keine eigenen Fälle mit.

Max. 18 Plätze, Anmeldung per Annahme des Termins.

Viele Grüße
Ilka Brandstetter
"""
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E00800000000A0F2C1B8A47BDA01000000000000000010000000",
        "DTSTAMP:20240402T081000Z",
        "ORGANIZER;CN=Dr. Ilka Brandstetter:mailto:ilka.brandstetter@kranichfeld-versicherung.example",
        "DTSTART;TZID=W. Europe Standard Time:20240423T090000",
        "DTEND;TZID=W. Europe Standard Time:20240423T123000",
        "SUMMARY:Workshop Beschwerdenvalidierung in der Begutachtung",
        "LOCATION:Raum 4.02",
        "END:VEVENT", "END:VCALENDAR"])
    return M("NORMAL", "de", "internal",
             "trap: internal workshop invitation on symptom validity testing in psychiatric reports, ICS, explicitly no real cases",
             msg(BRANDSTETTER, ALL_LEISTUNG, "Einladung: Workshop Beschwerdenvalidierung 23.04.", "2024-04-02 10:10",
                 mixed(text(body), att(cal, "text/calendar", "invite.ics", extra_ct=" method=REQUEST; charset=utf-8;"))))


def m027():
    h = """<html><head><meta charset="utf-8"><style>td,th{border:1px solid #999;padding:3px 6px;font-size:9pt}</style></head>
<body style="font-family:Calibri,Arial">
<p>Hallo Henrike,</p>
<p>wie jeden Montag die Liste der &uuml;berf&auml;lligen Gutachten (Stand 15.04.2024). Rot = mehr als 4 Wochen &uuml;ber Frist.
Bei Kwiatkowski und Strehlow habe ich schon telefoniert.</p>
<table cellspacing="0">
<tr style="background:#dde"><th>LF-Nr.</th><th>Versicherte/r</th><th>Sparte</th><th>Gutachter/in</th><th>Fachgebiet</th><th>Fragestellung</th><th>Frist</th></tr>
<tr><td>LB-2024-004817</td><td>Kwiatkowski, Dieter</td><td>BU</td><td>Prof. Amsel</td><td>Orthop&auml;die</td><td>Lumboischialgie nach NPP L4/5, Fu&szlig;heberschw&auml;che</td><td>30.04.2024</td></tr>
<tr style="color:#b00"><td>LB-2023-011290</td><td>Strehlow, Monika</td><td>BU</td><td>Dr. Teufel-Baar</td><td>Psychiatrie</td><td>erg. Stellungnahme F33.1 / Entlassbrief</td><td>08.03.2024</td></tr>
<tr><td>UV-2023-10457</td><td>Lautenschl&auml;ger, Petra</td><td>Unfall</td><td>Dr. Quandt</td><td>Unfallchirurgie</td><td>Tibiakopffraktur re., Invalidit&auml;t</td><td>17.05.2024</td></tr>
<tr style="color:#b00"><td>LB-2023-009954</td><td>Schulte-Brinkmann, Anja</td><td>BU</td><td>Dr. Veltrup</td><td>Rheumatologie</td><td>Fibromyalgie, Leistungsbild Bankkauffrau</td><td>29.02.2024</td></tr>
<tr><td>HS-2023-07762</td><td>Pryce-Morgan, Gareth</td><td>HP-Personenschaden</td><td>Dr Rahman (UK)</td><td>Orthopaedics</td><td>Sprunggelenksfraktur, Erwerbsf&auml;higkeit</td><td>10.05.2024</td></tr>
<tr><td>LB-2024-001163</td><td>Menzel, Harald</td><td>BU</td><td>Dr. Falkenrath</td><td>Kardiologie</td><td>KHK, Z. n. Stent, Belastbarkeit Lkw-Fahrer</td><td>06.05.2024</td></tr>
</table>
<p>Gru&szlig;<br>Sabine</p>
</body></html>
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "HTML-only weekly list of overdue expert reports: names, claim numbers, diagnoses (F33.1, fibromyalgia, CHD) per person",
             msg(OKONKWO, VOSS, "Überfällige Gutachten KW 16", "2024-04-15 08:20", html(h)))


def m028():
    body = """Sehr geehrte Frau Oberländer, sehr geehrter Herr Oberländer,

zu Ihrem Leitungswasserschaden vom 03.04.2024 (Schaden-Nr. SG-2024-04410,
Wohngebäudeversicherung WG 1187-330462) haben wir den
Bausachverständigen Herrn Dipl.-Ing. Arne Vollmer beauftragt.

Herr Vollmer kommt am

   Mittwoch, 17.04.2024, zwischen 14:00 und 15:00 Uhr

zu Ihnen nach Hause (Birkenweg 9, 25469 Halstenbek). Bitte sorgen Sie dafür,
dass der Heizungskeller und das Badezimmer im Obergeschoss zugänglich sind,
und halten Sie, falls vorhanden, die Rechnung des Installateurs über die
Leckortung bereit. Die Trocknungsgeräte können bis zum Termin weiterlaufen.

Falls der Termin nicht passt, rufen Sie Herrn Vollmer bitte direkt an:
0160 5550 4471.

Den Termin finden Sie auch im Anhang zum Eintragen in Ihren Kalender.

Mit freundlichen Grüßen
Frank Dörrie
Sachschaden Privatkunden
"""
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kranichfeld Versicherung//Schaden//DE", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:sg-2024-04410-besichtigung@kranichfeld-versicherung.example",
        "DTSTAMP:20240410T073000Z",
        "DTSTART;TZID=Europe/Berlin:20240417T140000", "DTEND;TZID=Europe/Berlin:20240417T150000",
        "SUMMARY:Besichtigung Wasserschaden (Sachverständiger Vollmer)",
        "LOCATION:Birkenweg 9\\, 25469 Halstenbek",
        "DESCRIPTION:Schaden-Nr. SG-2024-04410. Heizungskeller und Bad OG zugänglich halten.",
        "END:VEVENT", "END:VCALENDAR"])
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "building-expert visit for a water-damage claim: named customers, home address in text and ICS, claim and policy numbers",
             msg(DOERRIE, ("Familie Oberländer", "oberlaender.halstenbek@mailbox.example"),
                 "Besichtigungstermin Sachverständiger – Schaden SG-2024-04410", "2024-04-10 09:30",
                 mixed(text(body, cte="8bit"), att(cal, "text/calendar", "Besichtigung_17-04-2024.ics",
                                                    extra_ct=" method=PUBLISH; charset=utf-8;"))))


def m029():
    inner_body = """Dear Ms Whitfield,

Our client: Gareth Pryce-Morgan
Your insured: Mrs Hannelore Sievekind
Your ref: HS-2023-07762

We write further to your instruction of Dr Aisha Rahman.

Having now seen Dr Rahman's CV, we note that in the past three years she
has prepared more than 40 reports for defendant insurers and appears on the
panel of at least two of them. Our client's consent to her instruction was
given before this was disclosed to us. In the circumstances we cannot agree
to Dr Rahman acting as a single joint expert, and we will rely on our own
expert, Mr Iwan Roberts FRCS, Consultant Orthopaedic Surgeon, whose
examination is arranged for 2 May.

We also put you on notice that our client has developed symptoms of
anxiety and disturbed sleep since the accident and has been referred by
his GP to the community mental health team. A psychiatric report will
follow in due course; we invite you to agree to a consultant psychiatrist
from our list.

Please provide, within 14 days, copies of all records you have sent to
Dr Rahman, including the German hospital records and their translations.

Yours sincerely

Harriet Oyelaran
Partner, Pemberton Lowe LLP
"""
    inner = msg(("Harriet Oyelaran", "h.oyelaran@pembertonlowe.example"),
                ("Claire Whitfield", "claire.whitfield@" + DOMAIN),
                "Pryce-Morgan v Sievekind - your expert", "2024-04-08 11:17",
                text(inner_body, charset="us-ascii", cte="7bit"), inner=True)
    body = """Jörg,

attached the solicitors' letter. In short: they don't accept Dr Rahman as
joint expert (too much insurer work), they bring their own orthopaedic
expert, and they announce a psychiatric claim. Can we discuss tomorrow at
10? I'd keep Dr Rahman as our expert in any case.

Claire
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "lawyer",
             "solicitor's letter (forwarded as message/rfc822): named claimant, objection to the expert, anxiety and mental-health referral",
             msg(WHITFIELD, PFEILSTICKER, "FW: Pryce-Morgan v Sievekind - your expert", "2024-04-08 13:40",
                 mixed(text(body), rfc822(inner, "Pryce-Morgan v Sievekind - your expert.eml"))))


def m030():
    body = """Dear Mr Lindgren,

Thank you for your questions for the feature on claims handling in income
protection. Here are our answers; please quote them as "a spokesperson for
Kranichfeld Versicherung".

1. How long does a disability (BU) claim decision take?
   In 2023 the median time from a complete claim file to a decision was
   5.8 weeks. Where an independent medical report is needed, the median was
   13.1 weeks, because the examination and the report take about two thirds
   of that time.

2. How often do you commission expert reports?
   In roughly one in four BU claims. Most common specialties are
   orthopaedics (about 40 %) and psychiatry/psychosomatics (about 20 %),
   reflecting the main causes of claims.

3. Can customers choose the expert?
   We propose usually two or three experts, and the customer can object to
   a proposed expert. The expert receives only the documents necessary
   for the questions.

4. What share of claims is accepted?
   Around 77 % of decided claims in 2023 were accepted in full or in part.

We do not comment on individual cases. Happy to check the final text for
figures before publication.

Best regards
Ute Zimmermann
Corporate Communications
Kranichfeld Versicherung AG
"""
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: press answer about BU claim durations, share of expert reports by specialty and acceptance rate; aggregates only",
             msg(ZIMMERMANN, ("Erik Lindgren", "e.lindgren@insurance-weekly.example"),
                 "Re: Your questions - claims handling in income protection", "2024-04-11 16:02",
                 text(body, charset="us-ascii", cte="7bit"), cc=VOSS))


def m031():
    body = """Sehr geehrter Herr Dr. Ladiges,

Ihr Patient, Herr Harald Menzel, geb. 12.08.1966, Kraftfahrer, hat bei uns
Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt
(Leistungsfall LB-2024-001163). Eine Schweigepflichtentbindungserklärung
für Ihre Praxis liegt uns vor; eine Kopie senden wir Ihnen auf Wunsch zu.

Zur Vorbereitung eines kardiologischen Gutachtens bitten wir Sie um einen
kurzen Befundbericht mit folgenden Angaben:

  - Diagnosen seit 2021 (mit ICD-10), insbesondere zur koronaren
    Herzkrankheit und zum Stent-Eingriff im November 2023
  - aktuelle Medikation
  - letzte Belastungs-EKG- und Echokardiographie-Befunde (Kopien genügen)
  - Ihre Einschätzung zur Belastbarkeit (schweres Heben, Nachtfahrten,
    Be- und Entladen)
  - Arbeitsunfähigkeitszeiten seit 2023

Für den Bericht vergüten wir Ihnen pauschal 45,00 EUR zzgl. Kopierkosten.
Bitte senden Sie die Unterlagen per Post oder über unser Upload-Portal
(Zugangscode: auf dem beigefügten Anschreiben per Post), nicht per Fax.

Mit freundlichen Grüßen

Tobias Wendland
Leistung BU
Kranichfeld Versicherung AG, Kranichfelder Allee 40, 20099 Hamburg
Tel. +49 40 5556-4123
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "request to a treating doctor for a medical report: named BU claimant, birth date, coronary heart disease, stent, incapacity",
             msg(WENDLAND, ("Dr. med. Gunnar Ladiges", "praxis@internist-ladiges.example"),
                 "Befundbericht Herr Harald Menzel - LB-2024-001163", "2024-03-19 10:27",
                 text(body, charset="iso-8859-1", cte="quoted-printable"), hcharset="iso-8859-1", hmode="Q"))


def m032():
    body = """Case study 3 - for the BU claims training on 29 April
(fully anonymised: no name, no claim number, age band only, details altered)

Background
- Insured person: male, age band 40-49, manual occupation (craft trade,
  mostly outdoor work), self-employed with small team
- Claim: lumbar disc disease with radiating leg pain, operated; off work
  for several months

Expert report (orthopaedic) says
- functional limitation for heavy lifting and work at height
- office and customer tasks possible
- degree of incapacity in last occupation: "about 55 %"

Questions for the group
1. Is the report's percentage reasoned, or just stated? What would you ask
   the expert to explain?
2. The occupational description came from the claimant only. What else
   would you want before accepting the percentage?
3. Self-employed: could reorganisation of the business be considered under
   the policy wording? Who decides this - the expert or the claims handler?
4. Would you ask for a neurology add-on report? Why / why not?

Model answers will be discussed in the session, not circulated.

Ilka
"""
    return M("NORMAL", "en", "internal",
             "trap: anonymised training case study (age band, occupation type, disc disease) for BU claims training",
             msg(BRANDSTETTER, [WENDLAND, VOSS, WHITFIELD], "Case study 3 for BU training (anonymised)",
                 "2024-04-19 17:05", text(body, charset="us-ascii", cte="7bit")))


def m033():
    body = """Sehr geehrter Herr Kollege Lenz,

in der Haftpflichtsache Ihrer Mandantin, Frau Gisela Pfannkuch,
Gartenstraße 4, 23843 Bad Oldesloe, gegen unseren Versicherungsnehmer,
Herrn Lutz Brammer (Schaden-Nr. HS-2024-00988), liegt uns nun das
Gutachten der Bausachverständigen Frau Kallweit vom 02.04.2024 vor.

Die Sachverständige bestätigt, dass die Gartenmauer Ihrer Mandantin beim
Fällen der Kiefer auf dem Nachbargrundstück am 06.01.2024 auf einer Länge
von ca. 4,20 m beschädigt wurde. Die erforderlichen Reparaturkosten
beziffert sie auf 3.240,00 EUR netto. Den weitergehend geltend gemachten
Ersatz der Pflanzbeete (1.150,00 EUR) hält sie für nicht nachgewiesen, da die
Beete laut Fotos schon vorher abgeräumt waren.

Wir regulieren daher 3.240,00 EUR zzgl. der angefallenen Gutachterkosten
Ihrer Mandantin (Kostenvoranschlag Fa. Mahler, 85,00 EUR) sowie Ihrer
Gebühren nach einem Gegenstandswert von 3.325,00 EUR. Die Zahlung erfolgt
auf Ihr Kanzleikonto.

Eine Kopie des Gutachtens fügen wir auf Wunsch gern bei.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Haftpflicht-Schaden
Kranichfeld Versicherung AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-lawyer",
             "settlement after a building expert's report: named claimant with address, named policyholder, claim number, amounts; property only",
             msg(PFEILSTICKER, ("RA Christoph Lenz", "lenz@kanzlei-lenz-oldesloe.example"),
                 "HS-2024-00988 Pfannkuch ./. Brammer – Regulierung nach Gutachten", "2024-04-12 11:36",
                 text(body)))


def m034():
    files = zipbytes([
        ("Hoberg_UV-2023-08815/01_Unfallanzeige.pdf", pdf([
            "# Unfallanzeige - Kranichfeld Versicherung AG",
            "Versicherte Person: Jens Hoberg, geb. 30.01.1984, Elektroniker",
            "Unfalltag: 06.05.2023, Sturz mit dem Fahrrad auf nasser Fahrbahn, Aufprall auf linke Hand",
            "Erstbehandlung: Notaufnahme Asklepia Klinik Harburg",
        ], title="Unfallanzeige")),
        ("Hoberg_UV-2023-08815/02_OP-Bericht_2023-05-11.pdf", pdf([
            "# Operationsbericht",
            "Patient: Hoberg, Jens, 30.01.1984",
            "Diagnose: distale Radiusfraktur links, AO 23-C2 (S52.51)",
            "Eingriff: offene Reposition, palmare winkelstabile Plattenosteosynthese",
            "Verlauf: komplikationslos, Gipsschiene 2 Wochen",
        ], title="OP-Bericht", compress=True)),
        ("Hoberg_UV-2023-08815/03_Gutachten_Dr_Quandt_2024-02-06.pdf", pdf([
            "# Fachchirurgisches Gutachten (Auszug)",
            "Versicherter: Jens Hoberg",
            "Bewegungsmaße Handgelenk Ext/Flex links 45-0-50, rechts 70-0-75",
            "Grobkraft Jamar links 38 kg, rechts 44 kg",
            "Beurteilung: dauerhafte Funktionsbeeinträchtigung 2/10 Handwert",
        ], title="Gutachten Quandt", compress=True)),
        ("Hoberg_UV-2023-08815/04_Einwendungen_RAin_Mohnhaupt.pdf", pdf([
            "# Einwendungen gegen das Gutachten vom 06.02.2024",
            "Mandant: Jens Hoberg",
            "Geltend gemacht: 4/10 Handwert, Belastungsschmerz, Kraftminderung, Physiotherapiebefund 15.01.2024",
        ], title="Einwendungen")),
    ], date=(2024, 4, 16, 9, 30, 0))
    body = """Dear Dr Aebischer,

Thank you for agreeing to provide a second opinion (file review plus
examination) in the accident claim of Mr Jens Hoberg, born 30/01/1984
(our ref. UV-2023-08815).

Mr Hoberg sustained an intra-articular distal radius fracture of the left
wrist in a cycling accident on 6 May 2023, treated with palmar plate
fixation. Our first expert assessed a permanent impairment of 2/10 of the
hand value. Mr Hoberg's lawyer contests this and claims 4/10, citing
persistent load-dependent pain and reduced grip strength. To avoid a
dispute in court we would like an independent second opinion from a hand
surgeon.

Questions:
 1. What permanent functional impairment of the left hand results from
    the accident (fraction of the hand value)?
 2. Do you agree with the first expert's measurements and reasoning? If
    not, why?
 3. Are further improvements to be expected, or is the final state reached?

The attached ZIP contains the accident report, the operation note, the
first report (extract) and the lawyer's objections. The full radiology is
coming by post. Please contact Mr Hoberg directly for the appointment;
he has agreed to travel to Bern.

Fee as agreed (CHF 2,400 flat incl. examination).

Kind regards
Melanie Grafunder
Accident Claims
""" + sig(GRAFUNDER, "Unfall-Leistung / Accident Claims", "4188", "en")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
             "second-opinion instruction: named insured, DOB, wrist fracture; ZIP with accident report, operation note and first report (PDF)",
             msg(GRAFUNDER, ("Dr. med. Lorenz Aebischer", "l.aebischer@handzentrum-bern.example"),
                 "Second opinion - accident claim UV-2023-08815", "2024-04-16 10:02",
                 mixed(text(body), att(files, "application/zip", "UV-2023-08815_Unterlagen.zip"))))


def m035():
    body = """Sehr geehrter Herr Brückner,

vielen Dank für Ihr Angebot AN-24-0417 vom 08.04.2024. Wir nehmen es hiermit
wie folgt an (Bestell-Nr. 4500382014):

- Umzug des Papierarchivs "Leistung/Gutachten" (ca. 310 laufende Meter,
  Hängeregister und Stehordner) von Raum U1.07 in das neue Archiv U2.03
- Transport ausschließlich in verschlossenen, verplombten Rollbehältern;
  Plombennummern je Behälter protokollieren
- Abbau der alten Fachbodenregale und Entsorgung (Pos. 4)
- Termin: Samstag, 25.05.2024, ab 07:00 Uhr; unsere Ansprechpartnerin vor
  Ort ist Frau Okonkwo

Wichtig: In den Akten befinden sich Gesundheitsdaten (ärztliche
Gutachten, Arztberichte). Ihre Mitarbeitenden dürfen die Akten nicht
öffnen, und die Behälter dürfen zu keinem Zeitpunkt unbeaufsichtigt sein.
Die Vertraulichkeitsvereinbarung nach unserem Muster (Anlage zum
Rahmenvertrag) gilt auch für die Aushilfen. Bitte senden Sie uns vorab
die Namensliste des eingesetzten Personals.

Preis laut Angebot: 4.870,00 EUR netto pauschal.

Mit freundlichen Grüßen
Nadine Szymanski
Einkauf
"""
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for moving the archive of medical expert files (Gesundheitsdaten, Gutachten), no person data",
             msg(SZYMANSKI, ("Brückner Büroumzüge GmbH", "angebote@brueckner-umzuege.example"),
                 "Auftrag Archivumzug – Ihr Angebot AN-24-0417", "2024-04-18 14:25", text(body, cte="8bit"),
                 cc=OKONKWO))


def m036():
    body = """Dear Ms Fitzgerald,

Please find below our instructions for the fire loss at the bakery of our
policyholder. As agreed, your report should be in English (group standard
for losses above EUR 250k).

Policyholder:   Konstantin Rieger, trading as "Backstube Rieger"
                (sole trader), Marktstrasse 12, 29525 Uelzen
                mobile +49 171 5550 3380
Policy:         commercial contents and business interruption, GI 4471-20917
Claim no.:      GS-2024-00612
Date of loss:   night of 22/23 April 2024

Circumstances: fire started in the area of the deck oven at approx. 02:30,
the fire brigade was on site at 02:41. No one was in the building; nobody
was hurt. The police have seized the oven control unit.

Please report on:
 - cause and origin (in co-operation with the police fire investigator);
 - extent of damage to machinery, stock and the shop fittings;
 - business interruption: expected downtime, temporary production at a
   partner bakery (Mr Rieger mentioned one in Bad Bevensen);
 - any indication of breaches of safety obligations (oven maintenance
   records for the last 24 months).

Mr Rieger is anxious to reopen and has asked for an interim payment. Please
give us your preliminary view on an advance within 10 days.

Best regards
Claire Whitfield
on behalf of Commercial Claims
"""
    return M("CONFIDENTIAL", "en", "insurer-to-assessor",
             "loss adjuster instruction for a sole trader's bakery fire: named policyholder, address, mobile, policy and claim numbers; nobody hurt",
             msg(WHITFIELD, ("Niamh Fitzgerald", "n.fitzgerald@crawley-finch-adjusters.example"),
                 "Instruction GS-2024-00612 - bakery fire Uelzen", "2024-04-23 11:50",
                 text(body, charset="us-ascii", cte="7bit")))


def m037():
    body = """Hallo liebes Beschwerde-Team,

bitte übernehmt die Beschwerde unten (Eingang heute über das Kontaktformular,
ich habe sie 1:1 herauskopiert). Der Fall liegt bei mir, Gutachten steht
noch aus. Ich rufe Frau Lautenschläger heute Nachmittag an.

Melanie

----- Kontaktformular -----
Name:     Petra Lautenschläger
Vertrag:  Unfallversicherung, Unfall-Nr. UV-2023-10457
Anliegen: Beschwerde

Sehr geehrte Damen und Herren,

ich war gestern bei Ihrem Gutachter Dr. Quandt in Buchholz. Ich bin extrem
verärgert. Ich habe 50 Minuten gewartet, dann hat die Untersuchung keine
20 Minuten gedauert. Der Arzt hat mein Knie mit Gewalt durchgebogen,
obwohl ich gesagt habe, dass das seit der OP (Platte im Schienbeinkopf)
höllisch weh tut. Seitdem ist das Knie geschwollen und ich muss wieder
Ibuprofen 600 dreimal täglich nehmen und wieder mit Krücken gehen.

Er hat meine MRT-CD gar nicht angeschaut und gemeint, "so schlimm kann
das ja nicht sein, Sie laufen doch". Ich möchte, dass ein anderer Arzt
das Gutachten macht. Zu diesem Herrn gehe ich nicht noch einmal.

Außerdem will ich wissen, ob meine Physiotherapie-Rechnungen (6 x
Krankengymnastik) auch von Ihnen bezahlt werden.

Petra Lautenschläger
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "customer",
             "insured's complaint about the expert examination (knee pain, swelling, ibuprofen, crutches) forwarded to complaints team",
             msg(GRAFUNDER, ("Beschwerdemanagement", "beschwerde@" + DOMAIN),
                 "WG: Kontaktformular – Beschwerde Gutachtertermin", "2024-04-19 09:14", text(body, cte="8bit")))


def m038():
    body = """Leitfaden Fristenmanagement Gutachten (gültig ab 01.05.2024)

1. Fristsetzung
   - Standardfrist: 8 Wochen ab Untersuchung, bei Aktengutachten 4 Wochen
     ab Eingang der Akte beim Gutachter.
   - Psychiatrie/Psychosomatik: 10 Wochen, wenn Testdiagnostik vereinbart.
   - Gerichtliche Fristen (Gerichtsgutachten, Fristsetzung nach § 411 ZPO)
     gehen vor und werden im Gutachtermodul rot markiert.

2. Erinnerungen
   - Automatische Erinnerung an den Gutachter 5 Arbeitstage vor Ablauf.
   - Bei Fristüberschreitung: telefonische Nachfrage durch die
     Sachbearbeitung binnen 3 Arbeitstagen, danach schriftliche Mahnung
     mit Nachfrist von 14 Tagen.
   - Nach Ablauf der Nachfrist: Rücksprache mit der Teamleitung, ob der
     Auftrag entzogen und ein anderer Gutachter beauftragt wird.

3. Information der Versicherten
   - Versicherte werden bei Verzögerungen über 4 Wochen aktiv informiert
     (Textbaustein GA-INFO-02). Keine Aussagen über Inhalte des Gutachtens.

4. Verzögerungen durch Versicherte oder Anwälte
   - Terminabsagen, fehlende Unterlagen, Einwendungen gegen den Gutachter:
     Frist ruht; Grund im Modul dokumentieren.

5. Kennzahlen
   - Quote fristgerechter Gutachten (Ziel: 75 %), Median Laufzeit,
     Anzahl Mahnungen je Gutachter. Monatlicher Bericht an die
     Bereichsleitung.

Fragen bitte an die Gutachterkoordination.
"""
    return M("NORMAL", "de", "internal",
             "trap: guideline on deadlines for expert reports (psychiatry, court deadlines, reminders), no case",
             msg(VOSS, ALL_LEISTUNG, "Leitfaden Fristenmanagement Gutachten ab 01.05.", "2024-04-24 15:30",
                 text(body, cte="quoted-printable")))


def m039():
    body = """Dear Mr Pascoe,

Many thanks for taking this on at short notice.

Our customer, Ms Annika Feldhaus, is travelling in the UK with her own car
(VW Tiguan, German registration HH-AF 2207, comprehensive cover with us,
policy VK 8830-551207, claim no. KS-2024-11702). On 24 April she reversed
into a concrete bollard in the long-stay car park at Dover Eastern Docks.
Nobody was hurt; the car is driveable but the tailgate does not close and
the rear parking sensors are out.

She is staying with friends in Canterbury until 3 May:
   14 Whitstable Road (c/o Harding), Canterbury, mobile +49 176 5550 8821

Please inspect the vehicle there and let us have:
 - photos and a repair estimate from a local approved repairer;
 - your opinion whether a temporary repair for the journey home is safe
   (tailgate secured, lights working);
 - your invoice to us directly, not to Ms Feldhaus.

If the repair can be done in the UK within her stay and is not more than
about GBP 2,500, we would authorise it directly.

Kind regards
Kevin Aydemir
Motor Claims, Kranichfeld Versicherung AG
"""
    return M("CONFIDENTIAL", "en", "insurer-to-assessor",
             "motor engineer instruction in the UK: named customer, temporary address, mobile, plate, policy and claim numbers; nobody hurt",
             msg(AYDEMIR, ("Tom Pascoe", "tom@pascoe-motor-engineers.example"),
                 "Inspection request - HH-AF 2207 at Canterbury (claim KS-2024-11702)", "2024-04-25 08:44",
                 text(body, charset="us-ascii", cte="7bit")))


def m040():
    sv_iban = iban("DE", "24050110" + "0063318852")
    inv = pdf([
        "# Kfz-Sachverständigenbüro Holger Strempel",
        "Dipl.-Ing. Holger Strempel e.K. · öffentlich bestellter und vereidigter Sachverständiger",
        "Am Ilmenaukanal 3 · 21337 Lüneburg · Steuer-Nr. 33/214/00517 · USt-IdNr. DE000116116",
        "",
        "Rechnung Nr. 24-0217 vom 28.02.2024",
        "Auftraggeber: Kranichfeld Versicherung AG, Kfz-Schaden",
        "Ihr Schaden-Nr.: KS-2024-10388 · Fahrzeug: VW Golf VIII Variant, LG-BH 417",
        "",
        "Grundhonorar nach Schadenhöhe (4.870,00 EUR netto)          612,00 EUR",
        "Fahrtkosten 18 km à 0,70 EUR                                 12,60 EUR",
        "Fotos 14 Stück à 2,50 EUR                                     35,00 EUR",
        "Schreibkosten / Porto / Telefon                               28,00 EUR",
        "Zwischensumme netto                                          687,60 EUR",
        "19 % USt                                                     130,64 EUR",
        "Gesamtbetrag                                                 818,24 EUR",
        "",
        "Bankverbindung: Sparkasse Lüneburg-Nord, IBAN " + sv_iban,
    ], title="Rechnung 24-0217", author="SV Strempel")
    body = """Hallo Herr Strempel,

Ihre Rechnung 24-0217 (KS-2024-10388) ist geprüft und freigegeben. Die
Zahlung über 818,24 EUR geht mit dem Zahllauf am Freitag raus, an die
Bankverbindung aus der Rechnung (IBAN %s). Zur Sicherheit
noch einmal mit angehängt, was bei uns angekommen ist.

Ihre Stellungnahme zur Wertminderung hat mir sehr geholfen, der Anwalt
hat sich seitdem nicht mehr gemeldet.

Gruß
Kevin Aydemir
""" % sv_iban
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "invoice approval to a sole-trader motor assessor (e.K.): his IBAN and tax number, claim number and claimant's plate",
             msg(AYDEMIR, ("Kfz-Sachverständigenbüro Strempel", "auftrag@sv-strempel.example"),
                 "AW: Rechnung 24-0217 KS-2024-10388", "2024-03-20 15:52",
                 mixed(text(body, cte="8bit"), att(inv, "application/pdf", "Rechnung_24-0217.pdf"))))


def m041():
    body = """Dear Ms Hartmann,

We are reviewing our suppliers for medical translations (mainly Spanish,
Portuguese, Polish, Turkish and English into German, occasionally German
into English for experts abroad). Could you please send us a quotation
based on the following assumptions:

  - about 900 standard pages (1,800 characters) per year;
  - typical documents: hospital discharge letters, operation notes,
    radiology reports, expert reports (medico-legal), GP records;
  - normal turnaround 5 working days, express 48 hours;
  - certified translations for court proceedings in about 10 % of cases.

Requirements: translators bound by confidentiality and, for documents with
health data, processing only in the EU; secure file exchange via our portal
(no e-mail attachments); deletion of source files 30 days after delivery;
a data processing agreement under Art. 28 GDPR.

For the sample pricing, please use the attached-free example below (a
fictitious discharge letter we wrote for this purpose):

   "Paciente ficticio, 60 anos. Fractura de cadera derecha tratada con
    protesis parcial. Alta al dia 7 con andador."

Deadline for quotations: 17 May 2024.

Kind regards
Nadine Szymanski
Procurement, Kranichfeld Versicherung AG
"""
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: request for quotation for medical translations with an explicitly fictitious Spanish discharge-letter sample",
             msg(SZYMANSKI, ("Petra Hartmann", "sales@linguamed-uebersetzungen.example"),
                 "Request for quotation - medical translations 2024-2026", "2024-04-29 10:19",
                 text(body, charset="us-ascii", cte="7bit")))


def m042():
    body = """Thanks Ilka, very helpful. I'll ask Dr Okafor? No - wrong case, sorry,
I'll ask Dr Quandt, as he already knows the file. Draft questions to follow.

Claire

-----Original Message-----
From: Dr. Ilka Brandstetter
Sent: Tuesday, April 30, 2024 2:05 PM
To: Claire Whitfield
Subject: RE: Dornbusch - Spanish discharge report (UV-2024-00377)

Hi Claire,

I read the translation. Main points for Mrs Dornbusch:

- Diagnosis: displaced intra-articular fracture of the left calcaneus
  (Sanders type III) after the fall from the hotel terrace in Cala Ratjada
  on 2 April; additionally a stable compression fracture of L1 (S32.01).
- Treatment in Palma: calcaneus plate fixation on 5 April, L1 conservative
  with brace; enoxaparin for thrombosis prophylaxis.
- Discharged on 11 April in a wheelchair, non-weight-bearing for 8 weeks.
- The Spanish report mentions "ingesta de alcohol referida" - alcohol
  intake reported by the patient - but no blood alcohol value. Before
  anyone raises the alcohol exclusion, we'd need the lab values from
  admission. Please ask the hospital.

For invalidity this is far too early; calcaneus fractures often leave a
significant permanent impairment (foot value), but the final state won't be
reached before 12-18 months. I'd recommend an interim payment and an
expert examination in about a year.

Ilka

> -----Original Message-----
> From: Claire Whitfield
> Sent: Monday, April 29, 2024 5:40 PM
> Subject: Dornbusch - Spanish discharge report (UV-2024-00377)
>
> Ilka, the translation of the Palma discharge report is in the file.
> Could you have a look? The insured is asking for an advance.
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "internal",
             "internal reply chain: named insured's calcaneus and L1 fractures, treatment abroad, reported alcohol intake, invalidity prognosis",
             msg(WHITFIELD, BRANDSTETTER, "RE: Dornbusch - Spanish discharge report (UV-2024-00377)",
                 "2024-04-30 14:26", text(body, charset="us-ascii", cte="7bit")))


def m043():
    body = """Hallo Jörg,

kannst Du mir kurz den Stand sagen? Herr Petersen vom Maklerbüro drängelt.
Seine Mail unten.

Danke, Björn

________________________________
Von: Ole Petersen <o.petersen@petersen-versicherungsmakler.example>
Gesendet: Donnerstag, 2. Mai 2024 09:12
An: Kaminski, Björn
Betreff: Schaden Schreinerei Kühn - wann kommt der Gutachter?

Moin Herr Kaminski,

mein Kunde Matthias Kühn (Schreinerei Kühn e.K., Betriebshaftpflicht
BHV 2209-774018, Ihr Schaden HS-2024-03105) wartet jetzt seit drei Wochen
auf den Sachverständigen. Zur Erinnerung: Beim Lackieren in der Werkstatt
ist Farbnebel über die Absauganlage nach draußen gelangt und hat die
Fassade und zwei Autos des Nachbarn (Autohaus Grell, Stader Straße 140)
gesprenkelt. Der Nachbar droht jetzt mit Anwalt, und Herr Kühn ist ziemlich
nervös, weil er mit dem Autohaus auch Geschäfte macht.

Herr Kühn ist unter 04161 5550 233 erreichbar, privat 0172 5550 9032.
Bitte geben Sie mir bis morgen Bescheid.

Beste Grüße
Ole Petersen
Petersen Versicherungsmakler
"""
    return M("CONFIDENTIAL", "de", "broker",
             "broker's status request forwarded internally: named sole-trader policyholder, private phone, contract and claim numbers; property damage",
             msg(KAMINSKI, PFEILSTICKER, "WG: Schaden Schreinerei Kühn - wann kommt der Gutachter?",
                 "2024-05-02 09:31", text(body)))


def m044():
    body = """Sehr geehrte Partnerinnen und Partner,

wir möchten Ihnen kurz erklären, wie wir ab Juni 2024 bei ärztlichen
Gutachten im BU-Leistungsfall vorgehen - viele Kundinnen und Kunden fragen
Sie danach.

1. Wann brauchen wir ein Gutachten?
   Nur wenn die Unterlagen der behandelnden Ärztinnen und Ärzte die Frage
   der Berufsunfähigkeit nicht beantworten. Das ist in etwa jedem vierten
   Leistungsfall so.

2. Wer wählt den Gutachter aus?
   Wir schlagen in der Regel zwei bis drei Gutachter vor; Ihre Kundin oder
   Ihr Kunde kann einen davon wählen oder begründet widersprechen.

3. Was erfährt der Gutachter?
   Nur die Unterlagen, die er für die Fragen braucht, und die
   Tätigkeitsbeschreibung. Die Übermittlung erfolgt verschlüsselt über
   unser Gutachterportal.

4. Wie lange dauert es?
   Ziel ist ein Gutachten binnen 8 Wochen nach der Untersuchung. Wir
   informieren aktiv, wenn es länger dauert.

5. Was kostet es die Kunden?
   Nichts. Wir tragen Gutachterkosten, Fahrtkosten und nachgewiesenen
   Verdienstausfall.

Bitte senden Sie uns keine ärztlichen Unterlagen Ihrer Kunden per normaler
E-Mail. Nutzen Sie dafür das Maklerportal (Bereich "Leistungsfall").

Bei Fragen erreichen Sie die Maklerbetreuung unter 040 5556-3300.

Mit freundlichen Grüßen
Ihre Maklerbetreuung
Kranichfeld Versicherung AG
"""
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: broker information about how BU expert reports work (choice of expert, costs, durations), no customer",
             msg(KAMINSKI, ("Maklerverteiler Nord", "makler-nord@" + DOMAIN),
                 "Maklerinfo 06/2024: Ärztliche Gutachten im BU-Leistungsfall", "2024-05-28 07:00",
                 text(body), extra=["Precedence: bulk"]))


def m045():
    body = """Sehr geehrter Herr Rechtsanwalt Seidenstücker,

in der Personenschadensache Ihrer Mandantin, Frau Yvonne Brasch, gegen
unseren Versicherungsnehmer (Kfz-Haftpflicht, Schaden-Nr. KS-2023-08841,
Auffahrunfall vom 09.10.2023 in Pinneberg) nehmen wir wie angekündigt zu
den Gutachten Stellung.

1. Das unfallanalytisch-biomechanische Gutachten des Ingenieurbüros
   Dr. Sattler vom 12.03.2024 ermittelt für das Fahrzeug Ihrer Mandantin
   eine kollisionsbedingte Geschwindigkeitsänderung (delta-v) von
   5-7 km/h. Das liegt im Bereich alltäglicher Belastungen.

2. Das orthopädische Gutachten von Herrn Dr. Quandt vom 18.04.2024 kommt
   zu dem Ergebnis, dass eine HWS-Distorsion (S13.4) leichten Grades
   (QTF Grad I) allenfalls für einen Zeitraum von bis zu vier Wochen
   plausibel ist. Die seit Januar 2024 geklagten Kopfschmerzen, der
   Schwindel und die Konzentrationsstörungen lassen sich nach seiner
   Einschätzung nicht auf den Unfall zurückführen; der Gutachter verweist
   auf die vorbestehende Migräne-Behandlung seit 2019 (Hausarztakte) und
   die degenerativen Veränderungen C5/6 im MRT.

3. Vor diesem Hintergrund halten wir ein Schmerzensgeld von 800,00 EUR für
   angemessen. Den Verdienstausfall (AU vom 10.10. bis 05.11.2023) erstatten
   wir nach Vorlage der Lohnabrechnungen. Die Kosten der Physiotherapie
   (12 Einheiten) übernehmen wir.

Eine Haushaltsführungsschaden-Pauschale über die AU-Zeit hinaus lehnen wir
ab. Die Gutachten übersenden wir Ihnen über unser SecureMail-Portal.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Personenschaden Haftpflicht
""" + sig(PFEILSTICKER, "Personenschaden Haftpflicht", "4241")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "position on expert reports in a whiplash claim: named claimant, S13.4, migraine history, MRT findings, pain and suffering",
             msg(PFEILSTICKER, ("RA Malte Seidenstücker", "kanzlei@seidenstuecker-recht.example"),
                 "KS-2023-08841 Brasch – Stellungnahme zu den Gutachten", "2024-05-06 13:18", text(body)))


def m046():
    body = """Thank you for your e-mail.

I am out of the office until Monday 13 May 2024 with limited access to
e-mail.

For new international claims, please write to international-claims@
kranichfeld-versicherung.example. For urgent questions about expert
instructions or reports from UK or Irish experts, please contact Joerg
Pfeilsticker (+49 40 5556-4241).

Please do not send medical records or expert reports to my mailbox while I
am away; use the secure expert portal instead.

Kind regards
Claire Whitfield
"""
    return M("NORMAL", "en", "internal",
             "trap: English out-of-office mentioning expert reports and medical records, no personal data",
             msg(WHITFIELD, ("Rasmus Kjeldsen", KJELDSEN[1]), "Automatic reply: treaty bordereau Q1",
                 "2024-05-06 16:45", text(body, charset="us-ascii", cte="7bit"),
                 extra=["Auto-Submitted: auto-replied"]))


def m047():
    body = """Hallo Kevin,

der dänische Sachverständige hat seinen Bericht zum Fährschaden Lohmeier
geschickt (Auszug unten, auf Englisch). Kurz: Schaden am dänischen
Fahrzeug ca. 2.310 EUR, Reparatur in Nykøbing angemessen. Er ist
Einzelunternehmer und will direkt von uns bezahlt werden - Bankdaten
stehen unten, bitte vor Zahlung telefonisch verifizieren (Rückrufnummer
aus unserem Lieferantenstamm, nicht aus der Mail!).

Viele Grüße
Claire

---------- Forwarded message ---------
From: Jens Kragh <jens@kragh-skadetaksering.example>
Date: Thu, 16 May 2024 at 11:02
Subject: Survey report - ferry damage Rodby 08/05/2024

Dear Ms Whitfield,

Your insured:     Mr Bernd Lohmeier, Kiel (VW T6, RD-BL 880)
Claimant:         Ms Mette Sørensen, Nykøbing Falster (Toyota Yaris, plate CX 41 772)
Your claim no.:   KS-2024-12260

On 8 May 2024, while boarding the ferry at Rødby, your insured's van rolled
approx. 1 m forward and struck the rear of the claimant's car. No persons
were injured. I inspected the Toyota on 14 May at Autoværksted Falster.

Damage: rear bumper cover, tailgate lower panel, rear parking sensor
(left). Repair estimate DKK 17,220 (approx. EUR 2,310) incl. VAT; repair
time 2 days; loss of use DKK 400/day.

Invoice for my survey: DKK 2,750 + 25 %% moms. Please pay to:
Jens Kragh, Kragh Skadetaksering (sole trader, CVR 00011611)
IBAN %s

Kind regards
Jens Kragh, independent motor assessor
""" % iban("DK", "50000001161161")
    return M("CONFIDENTIAL", "mixed", "assessor",
             "German forward of an English motor survey: named insured and claimant, plates, claim number, sole-trader assessor's IBAN; nobody injured",
             msg(WHITFIELD, AYDEMIR, "WG: Survey report - ferry damage Rodby 08/05/2024", "2024-05-16 14:07",
                 text(body, cte="8bit", flowed=True)))


def m048():
    body = """Sehr geehrte Frau Prof. Rautenberg,

wir bitten Sie um ein rechtsmedizinisches Zusammenhangsgutachten nach
Aktenlage im folgenden Todesfall aus der Unfallversicherung:

Versicherte Person: Herr Werner Gottschalk, geb. 17.03.1958,
                    verstorben am 21.02.2024
Unfall-Nr.:         UV-2024-00734 (Unfalltod-Leistung 60.000 EUR,
                    Bezugsberechtigte: Ehefrau Renate Gottschalk)

Sachverhalt: Herr Gottschalk wurde am Nachmittag des 21.02.2024 von einem
Nachbarn bewusstlos unter einer Obstbaumleiter in seinem Garten gefunden
(Sturzhöhe ca. 2,5 m). Die Reanimation durch den Notarzt blieb erfolglos.
Die Staatsanwaltschaft Itzehoe hat eine Obduktion veranlasst.

Laut vorläufigem Obduktionsbericht des Instituts für Rechtsmedizin vom
26.02.2024:
  - frischer Hinterwandinfarkt bei hochgradiger Stenose der rechten
    Koronararterie, ältere Infarktnarbe
  - Schädelprellung occipital, keine intrakranielle Blutung
  - Rippenserienfraktur links 4.-7. (vereinbar mit Reanimation)
  - Blutalkohol negativ

Bekannte Vorerkrankungen laut Hausarzt: KHK seit 2017, Diabetes mellitus
Typ 2 (E11.9), Z. n. Stent 2019.

Fragen:
1. Ist der Tod durch den Sturz (Unfall) oder durch den Herzinfarkt
   (Krankheit) verursacht worden?
2. Ist der Sturz Folge einer Bewusstseinsstörung infolge des Infarkts?
3. Falls der Sturz mitursächlich war: in welchem Umfang haben Krankheiten
   bei den Unfallfolgen mitgewirkt (in Prozent)?

Die Ermittlungsakte, den Obduktionsbericht und die Hausarztunterlagen
stellen wir Ihnen im Gutachterportal bereit. Frau Gottschalk hat der
Einholung des Gutachtens zugestimmt. Wir bitten um Erstattung binnen
6 Wochen.

Mit freundlichen Grüßen
Melanie Grafunder
Unfall-Leistung
""" + sig(GRAFUNDER, "Unfall-Leistung", "4188")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "forensic causation report commissioned for an accidental-death claim: deceased named, autopsy findings, CHD, diabetes",
             msg(GRAFUNDER, ("Prof. Dr. med. Hella Rautenberg", "sekretariat@rechtsmedizin-gutachten.example"),
                 "Gutachtenauftrag UV-2024-00734 – Zusammenhangsgutachten Todesfall", "2024-03-04 10:40",
                 text(body, cte="quoted-printable")))


def m049():
    body = """Protokoll Jour fixe Gutachterkoordination – 07.05.2024

Anwesend: H. Voss-Lammert, S. Okonkwo, T. Wendland, M. Grafunder,
J. Pfeilsticker, Dr. I. Brandstetter (ab TOP 3)

TOP 1 Kennzahlen April
  - 97 neue Aufträge (BU 52, Unfall 31, HP-Personenschaden 14)
  - fristgerecht: 64 % (Ziel 75 %); Psychiatrie 41 %
  - offene Mahnungen: 23; davon 6 Gutachter mit mehr als 2 Mahnungen
  - Ø Honorar 1.612 EUR

TOP 2 Gutachterpool
  - 3 neue Orthopäden im Raum Hannover/Braunschweig gewonnen
  - weiterhin Engpass Psychiatrie im Norden; Ansprache über
    Gutachter-Forum Nord (S. Okonkwo)
  - Rahmenvertrag mit einem Institut in Bremen wird nicht verlängert
    (Qualität, Laufzeiten)

TOP 3 Qualität
  - Stichprobe 20 Gutachten: 4 ohne begründete Prozentangabe, 2 ohne
    Auseinandersetzung mit Vorbefunden. Rückmeldung an Gutachter über
    Qualitätszirkel, nicht einzeln.

TOP 4 Anwaltseinwendungen
  - Anstieg der Einwendungen gegen Gutachten um 18 % ggü. Vorjahr,
    meist Unfall (Gliedertaxe). Mustertexte für Antworten werden
    überarbeitet (M. Grafunder, bis 31.05.).

Nächster Termin: 04.06.2024, 10:00 Uhr
"""
    return M("NORMAL", "de", "internal",
             "trap: team meeting minutes with expert-report KPIs, psychiatry bottleneck and lawyer objections, no case or person",
             msg(OKONKWO, [VOSS, WENDLAND, GRAFUNDER, PFEILSTICKER, BRANDSTETTER],
                 "Protokoll Jour fixe Gutachterkoordination 07.05.2024", "2024-05-07 16:12",
                 text(body, charset="windows-1252", cte="quoted-printable")))


def m050():
    body = """Sehr geehrte Frau von Ahlen,

vielen Dank für die Stehlgutliste zu Ihrem Einbruchdiebstahl vom 27.04.2024
(Schaden-Nr. SH-2024-05873, Hausratversicherung HR 6610-208834).

Da mehrere Schmuckstücke ohne Kaufbelege aufgeführt sind (u. a. der
Brillantring mit ca. 1,2 ct, die Perlenkette Ihrer Großmutter und die
goldene Herrenuhr Ihres verstorbenen Vaters), haben wir die
Schmucksachverständige Frau Gesine Thamm mit einer Bewertung beauftragt.

Frau Thamm wird sich in den nächsten Tagen bei Ihnen melden, um einen
Termin in Ihrer Wohnung (Elbchaussee 211, 22605 Hamburg) zu vereinbaren.
Bitte legen Sie, soweit vorhanden, Fotos, auf denen die Schmuckstücke zu
sehen sind, alte Wertgutachten, Versicherungsnachweise und
Reparaturbelege bereit.

Die Kosten der Sachverständigen trägt die Kranichfeld Versicherung.

Die polizeiliche Ermittlungsakte (Vorgangs-Nr. 240427-1511-031668) haben
wir angefordert. Nach Eingang des Gutachtens melden wir uns unaufgefordert.

Mit freundlichen Grüßen
Frank Dörrie
Sachschaden Privatkunden
Kranichfeld Versicherung AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "jewellery appraiser appointed in a burglary claim: named customer, home address, policy and claim numbers, police file number",
             msg(DOERRIE, ("Charlotte von Ahlen", "c.vonahlen@mailbox.example"),
                 "Ihr Schaden SH-2024-05873 – Bewertung durch Schmucksachverständige", "2024-05-03 11:05",
                 text(body, cte="8bit")))


def m051():
    body = """Dear Mr Mehta,

Thank you for your call yesterday. As promised, here is a short summary in
English of the next steps in your accident claim (claim no. UV-2024-00502).

1. Why an expert examination?
   Your policy pays a lump sum if an accident leaves a permanent
   impairment ("Invaliditaet"). After the tear of the rotator cuff in your
   right shoulder (fall on the stairs at Hamburg-Barmbek station on
   15 January 2024) and the arthroscopic repair on 29 January, it is too
   early to say whether any impairment will remain. Under the policy
   conditions the impairment must be medically established within
   15 months of the accident, so we would like the examination to take
   place in early 2025.

2. Who will examine you?
   We propose Dr med. Birte Lohse, a shoulder specialist in
   Hamburg-Eppendorf who speaks English. If you prefer another doctor,
   you may suggest one; we will check whether he or she is independent.

3. What do we need now?
   - the physiotherapy report once your current course of 20 sessions
     ends;
   - any follow-up MRI report;
   - confirmation from your employer of your sick leave (you mentioned
     six weeks).

4. Hospital daily benefit
   For the three nights at the Elbufer-Klinik we will pay the hospital
   daily benefit of EUR 50 per night (EUR 150) this week.

If anything is unclear, just reply to this e-mail or call me.

Kind regards
Melanie Grafunder
Accident Claims
""" + sig(GRAFUNDER, "Unfall-Leistung / Accident Claims", "4188", "en")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "explaining the expert examination to an expat insured: rotator cuff tear, arthroscopy, hospital stay, sick leave",
             msg(GRAFUNDER, ("Rohan Mehta", "rohan.mehta@mailbox.example"),
                 "Your accident claim UV-2024-00502 - next steps", "2024-03-21 15:33", text(body)))


def m052():
    body = """Sehr geehrte Frau Dr. Teufel-Baar,

vielen Dank für die Mitteilung Ihrer neuen Praxisanschrift. Wir haben
unseren Gutachterstamm zum 01.06.2024 geändert:

  Dr. med. Corinna Teufel-Baar
  Fachärztin für Psychiatrie und Psychotherapie, Sozialmedizin
  Gutachtenpraxis am Stadtpark
  Saarlandstraße 71, 22303 Hamburg
  Tel. 040 5550 3190, Fax entfällt
  gutachten@gutachten-teufel-baar.example

Die Postanschrift für Papierakten stellen wir ab sofort um. Für laufende
Aufträge ändert sich nichts; Unterlagen erhalten Sie weiterhin über das
Gutachterportal, Ihr Zugang bleibt bestehen.

Viel Erfolg in den neuen Räumen!

Mit freundlichen Grüßen
Sabine Okonkwo
Gutachterkoordination
"""
    quoted = quote("""Sehr geehrte Damen und Herren,
bitte beachten Sie, dass meine Gutachtenpraxis zum 1. Juni 2024 in die
Saarlandstraße 71, 22303 Hamburg umzieht. Telefon und E-Mail bleiben,
das Fax wird abgeschaltet.
Mit freundlichen Grüßen
C. Teufel-Baar""")
    return M("NORMAL", "de", "insurer-to-assessor",
             "trap: psychiatric expert's change of practice address (professional contact data only), no case",
             msg(OKONKWO, ("Dr. med. Corinna Teufel-Baar", "gutachten@gutachten-teufel-baar.example"),
                 "AW: Neue Praxisanschrift ab 01.06.2024", "2024-05-13 11:21",
                 text(body + "\n-----Ursprüngliche Nachricht-----\n" + quoted, cte="8bit")))


def m053():
    body = """Dear Dr Rahman,

Pryce-Morgan v Sievekind - our ref. HS-2023-07762

Thank you for your report of 8 May 2024, which we have read with interest.
You conclude that Mr Pryce-Morgan has early post-traumatic osteoarthritis of
the right ankle (Kellgren-Lawrence grade 2 on the MRI of 12 April), that he
cannot return to regular ladder and roof work, but that he could work as an
electrician on ground level and in a supervisory or estimating role.

We would be grateful for your answers to the following supplementary
questions:

 1. In your report you mention the inversion injury of the same ankle in
    2019 (GP entry 03/06/2019, "sprain, ATFL tender, x-ray normal"). To
    what extent, if at all, would the osteoarthritis have developed without
    the accident of 2 August 2023? If you cannot say, please say so.
 2. You recommend removal of the syndesmotic screw and plate. What is the
    expected period of incapacity after that operation, and is an
    improvement of the ladder restriction likely?
 3. Please quantify "reduced capacity" as an approximate percentage of his
    pre-accident working hours for the next 12 months.
 4. You note low mood and poor sleep. Do you recommend a psychiatric
    assessment, and if so, within which timeframe? (The claimant's
    solicitors have now proposed one.)

We have sent a copy of these questions to the claimant's solicitors. Your
fee for supplementary questions (GBP 250) is agreed.

Kind regards
Claire Whitfield
International Claims
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
             "supplementary questions to the expert: named claimant, post-traumatic osteoarthritis, prior ankle sprain, low mood",
             msg(WHITFIELD, ("Dr Aisha Rahman", "secretary@rahman-medicolegal.example"),
                 "Pryce-Morgan - supplementary questions (Part 35 style)", "2024-05-21 10:02",
                 text(body, charset="us-ascii", cte="7bit"), cc=PFEILSTICKER))


def m054():
    agreement = docx([
        ("b", "Expert Services Agreement - Engineering Opinions in Liability Claims"),
        "between Kranichfeld Versicherung AG, Kranichfelder Allee 40, 20099 Hamburg (\"the Insurer\")",
        "and Dr Liam Fairbrother, chartered structural engineer, trading as Fairbrother Forensic Engineering (sole trader) (\"the Expert\")",
        ("b", "1. Services"),
        "The Expert provides written opinions on cause and extent of structural and construction damage in liability claims, on instruction for each case.",
        ("b", "2. Fees"),
        "EUR 145 per hour for desk work and site inspections, travel time at 50 %, travel expenses at cost. Court attendance EUR 1,400 per day.",
        ("b", "3. Expert's details for payment and tax"),
        ("table", [["Name", "Dr Liam Fairbrother"],
                   ["Private address", "7 Seafield Crescent, Dun Laoghaire, Co. Dublin, Ireland"],
                   ["Date of birth", "11 October 1972"],
                   ["Irish tax reference (PPSN)", "0001116TA"],
                   ["VAT number", "IE0001116T"],
                   ["Bank", "IBAN " + iban("IE", "AIBK93104749213306") + ", account holder Liam Fairbrother"]]),
        ("b", "4. Confidentiality and data protection"),
        "The Expert keeps all claim documents confidential, stores them only within the EU and deletes them 6 months after the final invoice.",
        "Signed for the Insurer: ______________________   Signed by the Expert: ______________________",
    ], author="Claire Whitfield", title="Expert Services Agreement Fairbrother")
    body = """Dear Dr Fairbrother,

Thank you for your comments on the draft. Attached is the final version of
the expert services agreement. We have included your personal and bank
details in section 3 as you sent them, because our accounts payable team
needs them to set you up as a supplier (sole traders must be identified
with date of birth and tax reference under our vendor rules).

Please check section 3 carefully, sign and return a scan to me. Once we
have it, your first instruction (the scaffolding collapse in Wedel) can
follow.

Kind regards
Claire Whitfield
International Claims
"""
    return M("CONFIDENTIAL", "en", "insurer-to-assessor",
             "expert services agreement (DOCX) with a sole-trader engineer's private address, date of birth, tax reference and IBAN",
             msg(WHITFIELD, ("Dr Liam Fairbrother", "liam@fairbrother-forensic.example"),
                 "Expert services agreement - final version for signature", "2024-05-22 09:48",
                 mixed(text(body, charset="us-ascii", cte="7bit"),
                       att(agreement, CT_DOCX, "Expert_Services_Agreement_Fairbrother_final.docx"))))


def m055():
    data = ("icd_chapter;chapter_label;new_bu_claims_2023;accepted;rate_per_10000_exposure\r\n"
            "V;Mental and behavioural disorders;412;298;9.8\r\n"
            "XIII;Musculoskeletal system;366;281;8.7\r\n"
            "II;Neoplasms;171;159;4.1\r\n"
            "IX;Circulatory system;88;71;2.1\r\n"
            "VI;Nervous system;79;61;1.9\r\n"
            "XIX;Injury and poisoning;64;52;1.5\r\n"
            "other;All other chapters (merged, cells < 20);57;38;1.4\r\n"
            "total;;1237;960;29.5\r\n")
    body = """Dear Ms Andersen,

As discussed in our treaty meeting, please find attached the 2023 BU claims
incidence by ICD-10 chapter for the quota share treaty (German portfolio,
individual and group BU combined).

Notes:
 - counts of new claims notified in 2023 and of claims accepted by
   31 March 2024;
 - exposure: 419,300 insured lives (average 2023);
 - chapters with fewer than 20 claims merged into "other";
 - no individual claim data; large claims above EUR 1m annuity value are
   reported separately on the usual bordereau.

Mental disorders remain the largest chapter, with the share of claims
requiring an expert report at 46 % (musculoskeletal: 31 %).

Best regards
Rasmus Kjeldsen
Reinsurance, Kranichfeld Versicherung AG
"""
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: aggregated BU claim incidence by ICD chapter for the reinsurer (CSV), small cells merged, no individual",
             msg(KJELDSEN, ("Birgitte Andersen", "b.andersen@nordic-re.example"),
                 "BU incidence 2023 by ICD chapter", "2024-04-22 13:15",
                 mixed(text(body, charset="us-ascii", cte="7bit"),
                       att(data.encode("ascii"), "text/csv", "BU_incidence_2023_ICD_chapter.csv", cte="quoted-printable"))))


def m056():
    z = zipbytes([
        ("LB-2024-001163_Menzel_Harald/Befundbericht_Dr_Ladiges_2024-04-02.pdf", pdf([
            "# Dr. med. Gunnar Ladiges - Innere Medizin / Hausarzt - Stade",
            "Befundbericht für die Kranichfeld Versicherung AG, LB-2024-001163",
            "Patient: Harald Menzel, geb. 12.08.1966, Berufskraftfahrer",
            "Diagnosen: KHK, 2-Gefäßerkrankung (I25.12); Z. n. PCI/DES RIVA 11/2023;",
            "arterielle Hypertonie (I10.90); Hyperlipidämie (E78.0); Adipositas Grad I",
            "Medikation: ASS 100, Ticagrelor 90 1-0-1, Bisoprolol 5, Atorvastatin 80, Ramipril 5",
            "Belastungs-EKG 03/2024: 125 W, Abbruch wegen Dyspnoe, keine ST-Senkungen",
            "AU seit 06.11.2023 durchgehend. Nach meiner Einschätzung schwere Hebetätigkeit",
            "und Nachtfahrten auf absehbare Zeit nicht zumutbar.",
        ], title="Befundbericht Menzel", compress=True)),
        ("LB-2024-001163_Menzel_Harald/Entlassbrief_Herzzentrum_2023-11-14.pdf", pdf([
            "# Herzzentrum Elbe-Weser - Entlassungsbericht",
            "Herr Harald Menzel, *12.08.1966, stationär 09.11. - 14.11.2023",
            "Aufnahmediagnose: NSTEMI (I21.4)",
            "Koronarangiographie: 90 % Stenose RIVA proximal, 60 % RCX; PCI mit DES RIVA",
            "LVEF 48 %, Hypokinesie anterior",
            "Empfehlung: kardiologische Reha, Fahreignung Gruppe 2 frühestens nach 6 Wochen prüfen",
        ], title="Entlassbrief")),
        ("LB-2024-001163_Menzel_Harald/Taetigkeitsbeschreibung.pdf", pdf([
            "# Tätigkeitsbeschreibung (Angaben des Versicherten)",
            "Harald Menzel, Berufskraftfahrer Nahverkehr (Getränkelogistik), 40 Std./Woche",
            "Fahren 55 %, Be- und Entladen mit Sackkarre (bis 40 kg) 35 %, Papiere 10 %",
            "Arbeitsbeginn 04:30 Uhr, 3 Nachtfahrten pro Woche",
        ], title="Taetigkeitsbeschreibung")),
    ], date=(2024, 4, 22, 16, 5, 0))
    body = """Sehr geehrter Herr Dr. Falkenrath,

wie heute Vormittag mit Ihrer Sekretärin besprochen, erhalten Sie anbei die
Unterlagen zu unserem Auftrag vom 22.03.2024 als ZIP-Archiv, da der
Portalzugang in Ihrer Praxis noch nicht freigeschaltet ist. Künftige
Unterlagen kommen dann wieder über das Portal.

Mit freundlichen Grüßen
Tobias Wendland
Leistung BU
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "harmless body; ZIP with PDFs names the BU claimant, birth date, NSTEMI, CHD I25.12, medication and incapacity",
             msg(WENDLAND, ("Dr. med. Jan Falkenrath", "praxis@kardiologie-falkenrath.example"),
                 "Unterlagen zu unserem Auftrag vom 22.03.2024", "2024-04-22 16:11",
                 mixed(text(body, cte="8bit"), att(z, "application/zip", "LB-2024-001163_Unterlagen.zip"))))


def m057():
    body = """Sehr geehrte Frau Dr. Imhoff,

in der Sache Ihrer Mandanten, Eheleute Seebeck, Föhrenweg 12, 21465
Reinbek, gegen unseren Versicherungsnehmer Herrn Reinhard Tümmler
(Privathaftpflicht, Schaden-Nr. HS-2024-00167) nehmen wir zu Ihrem Schreiben
vom 14.05.2024 Stellung.

Sie beanstanden das Gutachten des Baumsachverständigen Herrn Dipl.-Forstwirt
Ansgar Pielke vom 19.03.2024. Der Sachverständige hat den Wurzelteller und
den Stammfuß der am 21.12.2023 umgestürzten Fichte untersucht und keine
Anzeichen für Fäule, Pilzbefall oder eine Vorschädigung festgestellt. Er
kommt zu dem Ergebnis, dass der Baum allein durch die Orkanböen
(nach Angaben des Wetterdienstes bis 118 km/h an diesem Tag) entwurzelt
wurde und dass eine Baumkontrolle den Sturz nicht hätte verhindern können.

Ihr Hinweis auf die Fotos vom Sommer 2023 mit "abgestorbenen Ästen" ändert
daran nichts; der Sachverständige hat sich damit auf Seite 6 des Gutachtens
auseinandergesetzt (Trockenäste im unteren Kronenbereich sind bei Fichten
dieses Alters normal).

Eine Pflichtverletzung unseres Versicherungsnehmers liegt damit nicht vor.
Wir lehnen die Ansprüche auf Ersatz des Carports (Kostenvoranschlag
7.860,00 EUR) und des beschädigten Pkw (Kennzeichen OD-SB 19) ab und
empfehlen Ihren Mandanten, sich an ihre eigene Wohngebäude- und
Kaskoversicherung zu wenden.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Haftpflicht-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-lawyer",
             "rejection after a tree expert's report: named claimants with address, named policyholder, claim number, plate; property only",
             msg(PFEILSTICKER, ("RAin Dr. Katja Imhoff", "imhoff@kanzlei-imhoff-reinbek.example"),
                 "Seebeck ./. Tümmler – HS-2024-00167 – Ihr Schreiben vom 14.05.2024", "2024-05-17 10:26",
                 text(body)))


def m058():
    data = ("testfall_id;name;geburtsdatum;leistungsfall;sparte;fachgebiet;diagnose;frist;erwartetes_ergebnis\r\n"
            "T-001;Erika Musterfrau (fiktiv);01.01.1970;TEST-LB-0001;BU;Orthopädie;TEST-M54.5;+56 Tage;Erinnerung an Tag 51\r\n"
            "T-002;Max Mustermann (fiktiv);01.01.1970;TEST-LB-0002;BU;Psychiatrie;TEST-F32.1;+70 Tage;Frist 10 Wochen wg. Testdiagnostik\r\n"
            "T-003;Erika Musterfrau (fiktiv);01.01.1970;TEST-UV-0003;Unfall;Unfallchirurgie;TEST-S82.1;+56 Tage;Gliedertaxe-Felder Pflicht\r\n"
            "T-004;Hans Beispiel (fiktiv);31.12.1999;TEST-HS-0004;HP-Personenschaden;Neurologie;TEST-S06.0;Gerichtsfrist;rote Markierung\r\n"
            "T-005;Testperson Ohne Name;;TEST-LB-0005;BU;Aktengutachten;;+28 Tage;Fehlermeldung Pflichtfeld Diagnose\r\n")
    body = """Hallo Sabine,

für den Abnahmetest des Gutachtermoduls (Go-live 03.06.) habe ich die
Testfälle als CSV angehängt. Alle Personen und Nummern sind fiktiv (TEST-
Präfix, Diagnosen ebenfalls mit TEST- markiert, damit sie nie in die
Statistik laufen). Bitte in der Testumgebung T2 anlegen, nicht in Prod.

Besonders wichtig sind T-004 (Gerichtsfrist muss rot werden) und T-005
(Pflichtfeldprüfung).

Gruß
Daniel
"""
    return M("NORMAL", "de", "internal",
             "trap: CSV of fictitious test cases (Erika Musterfrau, 01.01.1970, TEST-ICD codes) for the expert module",
             msg(LEHNERT, OKONKWO, "Testfälle Gutachtermodul Abnahme (fiktiv)", "2024-05-24 12:40",
                 mixed(text(body, cte="8bit"),
                       att(data.encode("cp1252"), "text/csv", "Testfaelle_Gutachtermodul_T2.csv",
                           extra_ct=" charset=windows-1252;"))))


def m059():
    body = """Sabine,

zur Info, wegen des Zweitgutachtens Hoberg: Die Anwältin hat nachgelegt,
siehe unten. Ich schlage Dr. Aebischer in Bern vor (Handchirurg, kein
Bezug zu uns oder zu Dr. Quandt). Kannst Du anfragen, ob er Kapazität hat?

Melanie

--- Ursprüngliche Nachricht ---
Von: RAin Dr. Friederike Mohnhaupt <f.mohnhaupt@mohnhaupt-sell.example>
Gesendet: Mittwoch, 27. März 2024 16:02
An: Grafunder, Melanie
Betreff: UV-2023-08815 Hoberg - Ihr Schreiben vom 08.03.2024

Sehr geehrte Frau Grafunder,

einer ergänzenden Stellungnahme durch Herrn Dr. Quandt stimmen wir nicht zu.
Herr Dr. Quandt hat sich in seinem Gutachten bereits festgelegt; wir haben
erhebliche Zweifel an seiner Unvoreingenommenheit, zumal er nach unseren
Informationen überwiegend für Versicherer tätig ist.

Unser Mandant kann seit dem Unfall keine Kisten mehr heben, er hat seine
Arbeit als Elektroniker im Außendienst nur mit Einschränkungen (kein
Überkopfarbeiten, keine Leiterarbeiten) wieder aufnehmen können und leidet
zudem unter erheblichen Ängsten beim Radfahren; eine psychotherapeutische
Behandlung ist eingeleitet.

Wir fordern ein Zweitgutachten durch einen Handchirurgen, auf dessen
Auswahl wir Einfluss nehmen können. Andernfalls werden wir Klage erheben.
Hierfür setzen wir eine Frist bis zum 19.04.2024.

Mit freundlichen Grüßen
Dr. Mohnhaupt
Rechtsanwältin
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "lawyer",
             "lawyer's demand for a second opinion quoted in an internal forward: named client's work restrictions, anxiety, psychotherapy",
             msg(GRAFUNDER, OKONKWO, "WG: UV-2023-08815 Hoberg - Ihr Schreiben vom 08.03.2024", "2024-03-28 08:17",
                 text(body, cte="quoted-printable")))


def m060():
    rows = [["Expert firm", "Country", "Reports 2023", "On time %", "Quality score (0-5)", "Challenged in court", "Recommendation"],
            ["IMB Nordheide GmbH", "DE", 146, 71, 4.1, 3, "extend"],
            ["Gutachteninstitut Weser-Ems GmbH", "DE", 58, 49, 3.2, 5, "do not extend"],
            ["MedLegal Reports Ltd", "UK", 22, 82, 4.4, 0, "extend"],
            ["Zentrum für Begutachtung Rhein-Main GmbH", "DE", 31, 64, 3.8, 1, "extend, monitor psychiatry"],
            ["Expertise Médicale Alsace SARL", "FR", 7, 86, 4.0, 0, "extend"]]
    book = xlsx([("Panel review 2023", rows)])
    body = """Henrike, Sabine,

attached the annual panel review of the expert firms we have framework
agreements with (firms only - individual experts are reviewed in the
quality circle, not in this sheet).

Headline: Weser-Ems is well below target on timeliness and quality, and
five of their reports were challenged successfully in court last year. I
suggest we do not renew when the agreement ends on 30 September.

Claire
"""
    return M("NORMAL", "en", "internal",
             "trap: annual performance review of expert firms (GmbH/Ltd/SARL) with scores in XLSX, no individual person",
             msg(WHITFIELD, [VOSS, OKONKWO], "Expert panel review 2023 (firms)", "2024-05-29 17:30",
                 mixed(text(body, charset="us-ascii", cte="7bit"),
                       att(book, CT_XLSX, "Expert_panel_review_2023.xlsx"))))


def m061():
    body = """Dear Mr Ashdown,

Thank you for reporting the fire in your garage on Sunday night. I am glad
to hear that nobody was hurt and that the fire brigade stopped the fire
before it reached the house.

Your claim number is SG-2024-06121 (buildings and contents insurance,
policy WG 7714-602215).

Because the cause of the fire is not yet known (you mentioned the
charging e-bike battery and the chest freezer as possible sources), we have
asked a fire investigator, Mr Dirk Hansing (Brandursachen-Sachverstaendiger),
to inspect the garage. He will call you to arrange an appointment at your
home, Kieler Strasse 318, 25451 Quickborn, probably on Thursday or Friday.

Until then, please:
 - do not clear out the garage or throw away any burnt items,
   especially the remains of the battery, the charger and the freezer;
 - take photos of everything (also of the contents you had stored);
 - keep receipts for any emergency costs (e.g. boarding up the door).

You can start a list of the damaged contents with approximate age and
purchase price; receipts are helpful but not essential.

Kind regards
Frank Doerrie
Property Claims, Kranichfeld Versicherung AG
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "fire investigator appointment for a customer's garage fire: named customer, home address, policy and claim numbers; nobody hurt",
             msg(DOERRIE, ("Simon Ashdown", "simon.ashdown@post.example"),
                 "Your garage fire - claim SG-2024-06121 and fire investigator", "2024-06-04 09:12",
                 text(body, charset="us-ascii", cte="7bit")))


def m062():
    body = """Dear Ms Brandt-Hughes,

Your disability claim (BU) - claim no. LB-2023-010775

We are pleased to let you know that we accept your claim.

The independent report by Dr med. Sven Iwersen (internal medicine,
10 April 2024) confirms that, because of the post-viral fatigue syndrome
(ME/CFS, G93.3) following your COVID-19 infection in October 2022, you have
been unable since 1 November 2023 to carry out your work as a project
manager in an engineering consultancy to at least 50 %. Dr Iwersen
describes a marked post-exertional malaise after cognitive and physical
effort and a reduced working capacity of less than three hours a day.

What you will receive:
 - a monthly disability pension of EUR 1,850.00 from 1 November 2023;
 - arrears for November 2023 to May 2024 (7 months, EUR 12,950.00),
   payable within the next 10 days;
 - waiver of premiums from 1 November 2023; premiums paid since then will
   be refunded.

As Dr Iwersen expects that your condition may improve with pacing and
ongoing treatment at the post-COVID outpatient clinic, we will review
your claim in about 12 months. We will write to you in good time.

We wish you all the best for your recovery.

Kind regards
Tobias Wendland
Disability Claims
""" + sig(WENDLAND, "Leistung BU / Disability Claims", "4123", "en")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "acceptance of a BU claim after expert report: named insured, ME/CFS G93.3, working capacity, pension amount and arrears",
             msg(WENDLAND, ("Olivia Brandt-Hughes", "olivia.bh@mailbox.example"),
                 "Your disability claim LB-2023-010775 - decision", "2024-05-31 11:00", text(body)))


def m063():
    body = """Sehr geehrte Frau Kühnle,

vielen Dank für Ihre Anfrage über unser Kontaktformular. Sie überlegen,
eine Berufsunfähigkeitsversicherung abzuschließen, und möchten wissen, wie
im Leistungsfall eine ärztliche Begutachtung abläuft. Gern erklären wir
Ihnen das allgemein:

- Ob ein Gutachten nötig ist, hängt davon ab, ob die Berichte Ihrer
  behandelnden Ärztinnen und Ärzte ausreichen. Häufig ist das der Fall.
- Wenn wir ein Gutachten brauchen, schlagen wir Ihnen in der Regel mehrere
  unabhängige Fachärzte vor. Sie können einen auswählen oder begründet
  widersprechen.
- Die Kosten des Gutachtens, Ihre Fahrtkosten und einen Verdienstausfall
  trägt der Versicherer.
- Der Gutachter erhält nur die Unterlagen, die er für die Beantwortung
  der Fragen benötigt. Sie erhalten auf Wunsch eine Kopie des Gutachtens.

Die genauen Regelungen finden Sie in unseren Versicherungsbedingungen
(Abschnitt "Was ist zu beachten, wenn eine Leistung verlangt wird?"); die
Bedingungen können Sie auf unserer Website herunterladen:
www.kranichfeld-versicherung.example/bu/bedingungen

Für ein persönliches Angebot wenden Sie sich gern an eine Vermittlerin oder
einen Vermittler in Ihrer Nähe oder an unseren Kundenservice.

Mit freundlichen Grüßen
Ihr Kundenservice
Kranichfeld Versicherung AG
"""
    return M("NORMAL", "de", "insurer-to-customer",
             "trap: generic answer to a prospect about how BU expert assessments work; no contract, no health data",
             msg(("Kranichfeld Kundenservice", "service@" + DOMAIN), ("Lena Kühnle", "lena.kuehnle@mailbox.example"),
                 "Ihre Anfrage: Wie läuft eine Begutachtung ab?", "2024-06-05 14:20", text(body)))


def m064():
    body = """Hi Nadine,

Here is our evaluation of the five translation agencies that answered the
RFQ for medical translations. Scores 1-5, weighted as agreed.

Agency                          Price  Quality test  Turnaround  Data prot.  Total
------------------------------  -----  ------------  ----------  ----------  -----
LinguaMed Uebersetzungen GmbH     3        5             4           5        4.3
Transmed Europe SL                4        4             3           4        3.8
Babel Office Services GmbH        5        2             4           3        3.4
Norddeutsches Uebersetzerbuero    3        4             3           4        3.5
QuickLingo Online Ltd             5        3             5           1        3.1

Comments:
- Quality test = the fictitious Spanish discharge letter and a fictitious
  Polish radiology report. Babel mistranslated "fractura" as "fracture of
  the skull" in one sentence, which disqualifies them for us.
- QuickLingo processes files in a non-EU cloud and would not sign our DPA
  without changes. Not acceptable for health data.
- Recommendation: LinguaMed as primary, Transmed as second supplier for
  Spanish/Portuguese.

Claire
"""
    return M("NORMAL", "en", "internal",
             "trap: evaluation of translation agencies for medical documents (fictitious test texts, health-data processing), no person",
             msg(WHITFIELD, SZYMANSKI, "RFQ medical translations - evaluation", "2024-05-27 12:15",
                 text(body, charset="us-ascii", cte="7bit"), cc=EBERSBERG))


def m065():
    body = """Dear Mr Solberg,

Further to our telephone conversation, I confirm that we have instructed
the marine surveyor Captain Uwe Mahnke to inspect your yacht.

  Yacht:         SY "Seeschwalbe", Hallberg-Rassy 37, built 2008
  Berth:         Heiligenhafen marina, pier 4, box 27
  Policy:        yacht hull YK 3318-004471
  Claim no.:     YS-2024-00286
  Incident:      night of 10/11 June 2024, the yacht broke free from its
                 stern mooring line in a gale and struck the neighbouring
                 motor yacht; damage to the port bow and pulpit

Captain Mahnke will also look at the neighbouring yacht, because its owner
has already announced a claim against you. Please do not acknowledge any
liability towards him; we will deal with this under the third-party
section of your policy.

Captain Mahnke will contact you at +47 905 55 123 or by e-mail to agree a
date. Please have the mooring lines and the broken cleat available, and the
invoice for the last rigging check if you have it.

Kind regards
Claire Whitfield
on behalf of Marine Claims
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "marine surveyor appointed for a yacht damage: named owner, phone, berth, policy and claim numbers; property only",
             msg(WHITFIELD, ("Henrik Solberg", "henrik.solberg@post.example"),
                 "Your yacht claim YS-2024-00286 - surveyor appointed", "2024-06-12 10:40",
                 text(body, charset="us-ascii", cte="7bit")))


def m066():
    body = """Hallo Herr Ostendorf,

für unseren beratungsärztlichen Dienst (Schulungen für die Leistungs-
prüfung) bestellen wir bitte wie im Telefonat besprochen:

  2 x Goniometer, Kunststoff, 30 cm, mit Neutral-Null-Skala      à 18,90 EUR
  2 x Finger-Goniometer, Edelstahl                               à 24,50 EUR
  1 x Handkraft-Dynamometer, hydraulisch, bis 90 kg              à 289,00 EUR
  4 x Maßband, medizinisch, 150 cm                              à 3,20 EUR
  1 x Reflexhammer nach Trömner                                  à 12,80 EUR
  1 x Anatomisches Modell Handgelenk/Hand, zerlegbar             à 146,00 EUR

Die Geräte werden nur zu Demonstrationszwecken in Schulungen verwendet
(keine Untersuchungen von Versicherten). Lieferung an Dr. Ilka
Brandstetter, Raum 4.14, Kranichfelder Allee 40, 20099 Hamburg.

Bestell-Nr. 4500383390, Kostenstelle 4415. Bitte Rechnung an unser
Rechnungspostfach.

Viele Grüße
Nadine Szymanski
Einkauf
"""
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for goniometers, hand dynamometer and anatomical model for training, no examinations of people",
             msg(SZYMANSKI, ("Medizintechnik Ostendorf GmbH", "vertrieb@medtech-ostendorf.example"),
                 "Bestellung 4500383390 Schulungsmaterial Beratungsärztlicher Dienst", "2024-06-10 08:55",
                 text(body, charset="windows-1252", cte="8bit")))


def m067():
    body = """Sehr geehrte Frau Dr. Teufel-Baar,

vielen Dank für Ihre ergänzende Stellungnahme vom 22.03.2024 und Ihre
Rechnung Nr. 2024-041 im Leistungsfall Strehlow (LB-2023-011290).

Zu einer Position haben wir eine Rückfrage: Sie berechnen für die
ergänzende Stellungnahme erneut 6 Stunden "testpsychologische
Zusatzdiagnostik" (BDI-II, SCL-90-R, SFSS) zu je 120 EUR. Die
Testdiagnostik ist nach unserer Akte bereits im Hauptgutachten vom
04.03.2024 durchgeführt und abgerechnet worden (Rechnung 2024-029). Für die
ergänzende Stellungnahme hatten wir Sie gebeten, sich mit dem
Entlassungsbericht der Klinik am Seepark vom 25.08.2023 und dem dort
attestierten "weiterhin arbeitsunfähig" auseinanderzusetzen; eine erneute
Untersuchung von Frau Strehlow war nicht vorgesehen.

Haben Sie die Tests tatsächlich erneut durchgeführt (z. B. wegen
Verschlechterung der depressiven Symptomatik)? Dann bitten wir um einen
kurzen Hinweis, wann und warum. Andernfalls bitten wir um eine
korrigierte Rechnung über die Pauschale für ergänzende Stellungnahmen
(350 EUR laut Rahmenvereinbarung).

Mit freundlichen Grüßen
Tobias Wendland
Leistung BU
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "invoice query to a psychiatric expert: named BU claimant, psychological tests, inpatient discharge, depressive symptoms",
             msg(WENDLAND, ("Dr. med. Corinna Teufel-Baar", "gutachten@gutachten-teufel-baar.example"),
                 "Rechnung 2024-041 – LB-2023-011290 – Rückfrage", "2024-04-03 09:41", text(body, cte="8bit")))


def m068():
    rows = [["Schaden-Nr.", "VN", "Risikoanschrift", "Telefon", "Schadenart", "Sachverständiger", "Besichtigung", "Status"],
            ["SG-2024-07711", "Hinrichs, Karsten", "Deichstraße 4, 25761 Büsum", "04834 5550 117", "Sturm Dach", "Vollmer", "17.06.2024", "offen"],
            ["SG-2024-07715", "Petersen-Lüth, Anke", "Am Hafen 19, 25761 Büsum", "0171 5550 4466", "Sturm Dach/Fassade", "Vollmer", "17.06.2024", "offen"],
            ["SG-2024-07720", "Albers, Gerd und Helga", "Koogstraße 88, 25718 Friedrichskoog", "04854 5550 902", "Baum auf Carport", "Pielke", "18.06.2024", "Termin bestätigt"],
            ["SG-2024-07731", "Yilmaz, Derya", "Westerstraße 2a, 25746 Heide", "0152 5550 7810", "Hagel PV-Anlage", "SV-Büro Kallweit", "19.06.2024", "offen"],
            ["SH-2024-07733", "Brodersen, Sönke", "Marktstraße 7, 25746 Heide", "0481 5550 320", "Hausrat Überspannung", "Elektro-SV Noack", "20.06.2024", "Unterlagen fehlen"]]
    book = xlsx([("SV-Einsätze Sturm KW24", rows)])
    body = """Hallo zusammen,

anbei die Einsatzliste für die Sachverständigen nach dem Unwetter vom
Wochenende (Stand heute 16 Uhr). Bitte jeder seine Fälle prüfen und
fehlende Telefonnummern nachtragen.

Gruß
Frank
"""
    return M("CONFIDENTIAL", "de", "internal",
             "harmless body; XLSX lists named policyholders with addresses, phone numbers, claim numbers and assigned property experts",
             msg(DOERRIE, ("Team Sachschaden", "sachschaden@" + DOMAIN), "SV-Einsatzliste Unwetter KW 24",
                 "2024-06-14 16:08", mixed(text(body, cte="8bit"), att(book, CT_XLSX, "SV-Einsatzliste_KW24.xlsx"))))


def m069():
    h = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>ClaimSight Insider</title></head>
<body style="margin:0;background:#f3f5f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="16" style="background:#ffffff">
<tr><td style="background:#0b3954;color:#fff;font-size:20px"><b>ClaimSight Insider</b> &middot; June 2024</td></tr>
<tr><td>
<p style="color:#555;font-size:11px">Forwarded by Daniel Lehnert: &quot;FYI, the AI summary feature they keep pushing - not for us without a DPIA.&quot;</p>
<h2>Summarise a 40-page medical report in 40 seconds</h2>
<p>Our new <b>ReportLens</b> module extracts diagnoses, ICD-10 codes, functional limitations and the expert&#39;s
conclusions from independent medical examination reports and presents them side by side with your questions
to the expert.</p>
<ul><li>Highlights answers that do not match the question (&quot;the expert did not state a percentage&quot;)</li>
<li>Flags missing causation reasoning</li>
<li>Works with German, English and Spanish reports</li></ul>
<p><a href="https://www.claimsight.example/reportlens" style="color:#0b3954">Book a demo</a></p>
<h3>Customer story</h3>
<p>&quot;Our expert-report turnaround KPIs are now visible per expert firm in real time&quot; &ndash; Head of Claims,
a mid-sized life insurer.</p>
<h3>Webinar</h3>
<p>Deadline management for expert reports, 2 July 2024, 11:00 CEST.</p>
<p style="font-size:10px;color:#888">ClaimSight Solutions B.V. &middot; You are receiving this because you
registered at a trade fair. <a href="https://www.claimsight.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></td></tr></table>
</body></html>
"""
    return M("NORMAL", "en", "newsletter",
             "trap: HTML-only vendor newsletter on AI summaries of medical reports (diagnoses, ICD-10), no person",
             msg(LEHNERT, [OKONKWO, EBERSBERG], "FW: ClaimSight Insider - summarise medical reports in 40 seconds",
                 "2024-06-18 08:02", html(h)))


def m070():
    plain = """Sehr geehrter Herr Dr. Ouraghi,

wir beauftragen Sie mit einem unfallchirurgischen Gutachten zur
Invaliditätsbemessung. Hintergrund: Die Versicherte hat sich nach der
Untersuchung bei einem anderen Gutachter beschwert und um einen Wechsel
gebeten, dem wir entsprochen haben. Das bisherige Gutachten ist nicht
erstellt worden.

Versicherte:   Frau Petra Lautenschläger, geb. 08.09.1971, Lüneburg
Unfall-Nr.:    UV-2023-10457, Unfalltag 29.07.2023
Unfall:        Sturz von der Leiter beim Fensterputzen
Verletzung:    Tibiakopffraktur rechts (S82.18), Plattenosteosynthese
               am 31.07.2023; seither Belastungsschmerz und Schwellneigung,
               Gehen mit einer Unterarmgehstütze auf längeren Strecken
Gliedertaxe:   Bein über der Mitte des Oberschenkels 70 %, Bein bis
               unterhalb des Knies 50 %

Fragen:
1. Welche dauerhaften Unfallfolgen bestehen am rechten Bein?
2. Wie hoch ist die Beeinträchtigung als Bruchteil des Beinwerts?
3. Haben Krankheiten oder Gebrechen mitgewirkt (Gonarthrose vorbestehend?)?
4. Ist ein Endzustand erreicht?

Bitte gehen Sie bei der Untersuchung besonders behutsam vor; die
Versicherte hatte nach der letzten Untersuchung eine Reizung des Knies.
Termin bitte direkt mit Frau Lautenschläger vereinbaren (Tel. 04131 5550 882).

Mit freundlichen Grüßen
Melanie Grafunder
"""
    h = """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Dr. Ouraghi,</p>
<p>wir beauftragen Sie mit einem unfallchirurgischen Gutachten zur Invalidit&auml;tsbemessung. Hintergrund: Die Versicherte hat sich
nach der Untersuchung bei einem anderen Gutachter beschwert und um einen Wechsel gebeten, dem wir entsprochen haben.
Das bisherige Gutachten ist nicht erstellt worden.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Versicherte</b></td><td>Frau Petra Lautenschl&auml;ger, geb. 08.09.1971, L&uuml;neburg</td></tr>
<tr><td><b>Unfall-Nr.</b></td><td>UV-2023-10457, Unfalltag 29.07.2023</td></tr>
<tr><td><b>Unfall</b></td><td>Sturz von der Leiter beim Fensterputzen</td></tr>
<tr><td><b>Verletzung</b></td><td>Tibiakopffraktur rechts (S82.18), Plattenosteosynthese am 31.07.2023; seither Belastungsschmerz und
Schwellneigung, Gehen mit einer Unterarmgehst&uuml;tze auf l&auml;ngeren Strecken</td></tr>
<tr><td><b>Gliedertaxe</b></td><td>Bein &uuml;ber der Mitte des Oberschenkels 70&nbsp;%, Bein bis unterhalb des Knies 50&nbsp;%</td></tr>
</table>
<p><b>Fragen:</b></p>
<ol><li>Welche dauerhaften Unfallfolgen bestehen am rechten Bein?</li>
<li>Wie hoch ist die Beeintr&auml;chtigung als Bruchteil des Beinwerts?</li>
<li>Haben Krankheiten oder Gebrechen mitgewirkt (Gonarthrose vorbestehend?)?</li>
<li>Ist ein Endzustand erreicht?</li></ol>
<p>Bitte gehen Sie bei der Untersuchung besonders behutsam vor; die Versicherte hatte nach der letzten Untersuchung eine Reizung
des Knies. Termin bitte direkt mit Frau Lautenschl&auml;ger vereinbaren (Tel. 04131 5550 882).</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Melanie Grafunder</p>
</body></html>
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "multipart/alternative commissioning with HTML table: named insured, birth date, tibial plateau fracture S82.18, complaint",
             msg(GRAFUNDER, ("Dr. med. Stefan Ouraghi", "praxis@unfallchirurgie-ouraghi.example"),
                 "Gutachtenauftrag Unfall UV-2023-10457", "2024-04-26 10:22", alt(text(plain), html(h))))


def m071():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

nach elf Jahren in der Rückversicherung verabschiedet sich Rasmus Kjeldsen
Ende Juni in den Ruhestand bzw. zurück nach Aarhus. Wir wollen ihn
gebührend verabschieden:

  Freitag, 28.06.2024, ab 15:30 Uhr, Dachterrasse (bei Regen Kantine)

Für ein Abschiedsgeschenk sammeln wir bis 21.06. bei Sabine (Raum 3.09)
oder per PayPal-Pool (Link im Teams-Kanal).

English version: after eleven years in reinsurance, Rasmus is retiring and
moving back to Aarhus. Farewell drinks on Friday 28 June from 3:30 pm on
the roof terrace (canteen if it rains). Contributions for a present to
Sabine (room 3.09) by 21 June.

Rasmus hat übrigens versprochen, seine berühmte Statistik "Gutachten pro
Kaffeetasse" ein letztes Mal zu präsentieren. Rasmus has promised one
last look at his famous "expert reports per cup of coffee" chart.

Viele Grüße / best wishes
Henrike & Claire
"""
    return M("NORMAL", "mixed", "internal",
             "trap: bilingual farewell invitation for a colleague (retirement, no health reason), joke about expert-report statistics",
             msg(VOSS, ("Alle Mitarbeitenden Leistung/Rück", "vt-leistung-rueck@" + DOMAIN),
                 "Abschied Rasmus / farewell drinks 28.06.", "2024-06-07 11:30", text(body, cte="8bit")))


def m072():
    payee = iban("DE", "21050170" + "0097144205")
    body = """Sehr geehrter Herr Yıldırım,

zu Ihrem Vollkaskoschaden vom 02.05.2024 (Schaden-Nr. KS-2024-12018,
Vertrag KV 9921-330174, Ford Focus Turnier, Kennzeichen KI-MY 4412) liegt
uns das Gutachten des Sachverständigen vor.

Das Gutachten stellt einen wirtschaftlichen Totalschaden fest:

  Reparaturkosten (brutto)          16.940,00 EUR
  Wiederbeschaffungswert            14.500,00 EUR
  Restwert (höchstes Angebot)        3.200,00 EUR

Wir zahlen Ihnen daher den Wiederbeschaffungswert abzüglich Restwert und
Ihrer vereinbarten Selbstbeteiligung:

  14.500,00 - 3.200,00 - 300,00 = 11.000,00 EUR

Der Betrag wird in den nächsten Tagen auf Ihr Konto
IBAN %s (Kontoinhaber Mehmet Yıldırım) überwiesen.

Das Restwertangebot der Firma Auto-Ankauf Nord GmbH ist bis 14.06.2024
verbindlich. Wenn Sie das Fahrzeug dorthin verkaufen, wird es kostenlos
bei Ihnen abgeholt. Bitte denken Sie daran, das Fahrzeug bei der
Zulassungsstelle abzumelden.

Mit freundlichen Grüßen
Kevin Aydemir
Kfz-Schaden
Kranichfeld Versicherung AG
""" % payee
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "motor total-loss settlement after expert report: named customer, plate, contract and claim numbers, IBAN",
             msg(AYDEMIR, ("Mehmet Yıldırım", "m.yildirim@post.example"),
                 "Ihr Kaskoschaden KS-2024-12018 – Abrechnung nach Gutachten", "2024-05-31 13:30", text(body)))


def m073():
    body = """Sehr geehrte Frau Dr. Jansen,

wie telefonisch besprochen, hier die Einzelheiten zum Auftrag. Da Sie das
Gutachten auf Englisch schreiben, folgt der Auftrag ebenfalls auf
Englisch. Die Akte (deutsch, mit Übersetzungen der wichtigsten Berichte)
stellen wir Ihnen über das Portal bereit.

Dear Dr Jansen,

Claimant:       Mr Joost van der Meulen, born 19/06/1995, Utrecht
Our insured:    private car owner, motor third-party liability
Claim no.:      KS-2024-09870
Accident:       22 February 2024, Hamburg-Altona. Our insured opened the
                driver's door without looking; Mr van der Meulen, on his
                bicycle, hit the door and fell onto the road.

Injuries (Asklepia Klinik Altona, 22-26 February 2024):
 - displaced fracture of the right clavicle (S42.03), plate fixation
   on 23 February
 - concussion (S06.0) with brief loss of consciousness, CT negative
 - abrasions of the right forearm and knee

Mr van der Meulen is a PhD student in marine biology and a competitive
rower. He claims that he could not row for the whole 2024 season and that
his PhD was delayed by four months because of headaches and poor
concentration.

Questions:
 1. What are the injuries and their consequences, and for how long was he
    unable to study / to train?
 2. Are the persistent headaches and concentration problems caused by the
    concussion? Is a neurological opinion needed?
 3. Will there be permanent consequences (e.g. shoulder function, rowing)?

Mit freundlichen Grüßen / kind regards
Jörg Pfeilsticker
Personenschaden Haftpflicht
"""
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-assessor",
             "German/English instruction of a Dutch expert: named injured cyclist, DOB, clavicle fracture, concussion, headaches",
             msg(PFEILSTICKER, ("Dr. Marieke Jansen", "m.jansen@medisch-advies-utrecht.example"),
                 "Gutachtenauftrag / instruction KS-2024-09870 (van der Meulen)", "2024-05-14 09:37",
                 text(body, cte="quoted-printable")))


def m074():
    body = """Sehr geehrte Frau Dr. Wedemeyer,

anbei unsere Antworten zur Verbandsumfrage "Kosten und Laufzeiten ärztlicher
Gutachten 2023". Alle Angaben beziehen sich auf unser Gesamtgeschäft
(BU selbständig und Zusatzversicherung, Unfall, Haftpflicht-Personenschaden)
und sind aggregiert; Einzelfalldaten übermitteln wir nicht.

Frage 1 - Anzahl beauftragter Gutachten 2023:           1.071
Frage 2 - davon mit persönlicher Untersuchung:          812 (76 %)
Frage 3 - Ø Honorar je Gutachten (ohne Zusatzgutachten):
          Orthopädie 1.480 EUR, Neurologie 1.650 EUR,
          Psychiatrie 2.240 EUR, Aktengutachten 590 EUR
Frage 4 - Median Laufzeit Auftrag bis Eingang:          11,2 Wochen
Frage 5 - Anteil Gutachten mit Einwendungen durch
          Anwälte oder Versicherte:                     14 %
Frage 6 - Anteil Zweitgutachten:                        4,6 %
Frage 7 - Gerichtliche Gutachten (Verfahren gegen uns): 63

Ergänzende Anmerkung zu Frage 4: Die Laufzeiten in der Psychiatrie sind
unverändert der Engpass. Wir würden eine verbandsweite Initiative zur
Gewinnung psychiatrischer Gutachter unterstützen.

Mit freundlichen Grüßen
Henrike Voss-Lammert
Teamleitung Leistung Leben/BU
"""
    return M("NORMAL", "de", "insurer-to-partner",
             "trap: aggregated answers to an association survey on expert-report costs, durations and objections, no individual case",
             msg(VOSS, ("Dr. Anja Wedemeyer", "a.wedemeyer@verband-personenversicherer-nord.example"),
                 "Verbandsumfrage Gutachtenkosten 2023 – Antworten Kranichfeld", "2024-06-03 10:05", text(body)))


def m075():
    body = """Henrike,

bitte kurz freigeben - Kosten ca. 2.100 EUR (Rheumatologie + neuro-
psychologische Zusatzbegutachtung), Begruendung steht im Vermerk vom
heutigen Tag im Vorgang. Der Anwalt hat eine Frist bis 30.06. gesetzt.

Danke
Tobias

> Freigegeben. Bitte Frist im Modul eintragen.
> Henrike
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "body says only costs and a deadline; the subject names the BU claimant and her diagnosis (fibromyalgia M79.70)",
             msg(WENDLAND, VOSS, "AW: Freigabe Zweitgutachten Schulte-Brinkmann (Fibromyalgie, M79.70)",
                 "2024-06-11 15:47", text(body, charset="us-ascii", cte="7bit")))


def m076():
    body = """Frank,

could you take over the property side of this one? Our insured is Florian
Bach (private liability PHV 5531-772019, claim HS-2024-05590). The
solicitors for the owners of the holiday cottage have sent the surveyor's
report; their letter is below. I have acknowledged receipt only.

Thanks
Claire

-------- Original message --------
From: Tremayne & Rowe Solicitors <claims@tremayne-rowe.example>
Date: 03/06/2024 14:22
To: Claire Whitfield <claire.whitfield@kranichfeld-versicherung.example>
Subject: Our clients Mr and Mrs Penhaligon - Gull Rock Cottage, Port Isaac

Dear Madam,

We act for Mr Richard and Mrs Morwenna Penhaligon, owners of Gull Rock
Cottage, 3 Trewetha Lane, Port Isaac, Cornwall, which they let as a
holiday cottage.

Your policyholder, Mr Florian Bach of Kiel, Germany, stayed at the cottage
from 11 to 18 May 2024. On 16 May he left the bath running unattended
while the family went to the beach. Water overflowed and came through the
kitchen ceiling. Mr Bach admitted this to our clients' housekeeper the
same evening.

We enclose the report of Mr Alan Trethewey MRICS, chartered building
surveyor, dated 29 May 2024, which assesses the cost of repair (ceiling,
electrics, kitchen units, redecoration) at GBP 6,840 plus VAT, and the
loss of letting income for four cancelled weeks at GBP 4,200.

We should be grateful for your confirmation of cover and your proposals
within 21 days.

Yours faithfully
Tremayne & Rowe
"""
    return M("CONFIDENTIAL", "en", "lawyer",
             "solicitors' claim letter forwarded internally: named policyholder and home town, named claimants with address, surveyor's figures; property only",
             msg(WHITFIELD, DOERRIE, "FW: Our clients Mr and Mrs Penhaligon - Gull Rock Cottage, Port Isaac",
                 "2024-06-04 10:51", text(body, charset="us-ascii", cte="7bit")))


def m077():
    body = """Data protection FAQ for claims staff - expert reports (v1.2, June 2024)

Q: Can I e-mail an expert report to the claimant's lawyer?
A: Not as a normal e-mail attachment. Expert reports contain health data.
   Use the SecureMail portal, or S/MIME if the law firm has a certificate
   in our directory. The same applies to experts, doctors and hospitals.

Q: The lawyer sent the report to us unencrypted. Can I just reply?
A: You can reply, but remove the attachment and do not repeat health
   details in your text. Send anything medical via the portal.

Q: Can I put the claimant's name and diagnosis in the subject line?
A: No. Use the claim number only. Subject lines are visible in
   notifications, on mobile lock screens and in mail server logs.

Q: May I forward a report to the reinsurer?
A: Only if the treaty requires it for that claim, and only the parts
   needed. Check with the reinsurance desk first.

Q: Statistics for management or the association?
A: Aggregated only, no single cases, small groups merged (< 5).

Q: An expert asks whether he may use a cloud dictation app.
A: Refer him to the data protection clauses in his framework agreement;
   processing outside the EU is not permitted. Escalate to Paul Ebersberg.

Questions: dataprotection-claims@kranichfeld-versicherung.example
"""
    return M("NORMAL", "en", "internal",
             "trap: data-protection FAQ about e-mailing expert reports, diagnoses in subjects, reinsurers; generic",
             msg(EBERSBERG, ALL_LEISTUNG, "Data protection FAQ - expert reports (v1.2)", "2024-06-13 09:00",
                 text(body, charset="us-ascii", cte="7bit")))


def m078():
    body = """Sehr geehrte Damen und Herren,

in letzter Zeit erreichen uns vermehrt Rechnungen über Ausfallhonorare,
weil Untersuchungstermine kurzfristig abgesagt oder nicht wahrgenommen
wurden. Damit die Abrechnung einheitlich erfolgt, gilt ab 01.07.2024 für
alle Rahmenvereinbarungen:

1. Absage bis 48 Stunden vor dem Termin: kein Ausfallhonorar.
2. Absage später als 48 Stunden vorher oder Nichterscheinen ohne Absage:
   Ausfallpauschale 150 EUR (Psychiatrie mit reservierter Testdiagnostik:
   250 EUR).
3. Aktenstudium, das vor dem Termin bereits erfolgt ist, kann nach Aufwand
   abgerechnet werden, wenn der Auftrag anschließend zurückgezogen wird.
4. Bitte geben Sie in der Rechnung nur Auftrags- bzw. Leistungsfallnummer,
   Termin und Art des Ausfalls an. Gründe der Absage (z. B. Erkrankung)
   gehören nicht in die Rechnung.
5. Für einen zweiten Termin nach unentschuldigtem Fehlen informieren Sie
   uns bitte vorab; wir klären dann die weitere Mitwirkung mit der
   versicherten Person.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Sabine Okonkwo
Gutachterkoordination
Kranichfeld Versicherung AG
"""
    return M("NORMAL", "de", "insurer-to-assessor",
             "trap: circular to all experts on cancellation fees for missed examinations (mentions illness as a reason generically)",
             msg(OKONKWO, ("Gutachterinnen und Gutachter (BCC)", "gutachten@" + DOMAIN),
                 "Rundschreiben: Ausfallhonorare bei abgesagten Untersuchungsterminen", "2024-06-17 08:30",
                 text(body), extra=["Precedence: bulk"]))


def m079():
    body = """Hallo Frau Kallweit,

kurze Erinnerung an Ihr Gutachten in Sachen Riedmüller / Ebeling
(HS-2024-02217, Wasserschaden Lindenstraße 23, Hamburg). Zugesagt war der
22.03.; die Besichtigung war laut meiner Notiz am 07.03.

Herr Ebeling ruft inzwischen fast täglich an, weil die Trocknungsfirma
ihm eine Rechnung über 5.312,40 EUR geschickt hat und er wissen will, ob
wir das Parkett zahlen. Frau Riedmüller hat zudem gefragt, ob sie mit einer
Regressforderung ihres Vermieters rechnen muss.

Können Sie mir bis Mittwoch wenigstens ein vorläufiges Ergebnis zu
Trocknung und Parkett schicken?

Danke und viele Grüße
Jörg Pfeilsticker
Haftpflicht-Schaden · Tel. 040 5556-4241
"""
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "deadline reminder to a building expert: named policyholder and third party, address, claim number, invoice amount",
             msg(PFEILSTICKER, ("Dipl.-Ing. (FH) Ute Kallweit", "buero@kallweit-bau.example"),
                 "Erinnerung HS-2024-02217 – Gutachten Wasserschaden", "2024-03-27 12:04", text(body, cte="8bit")))


def m080():
    body = """Sehr geehrte Damen und Herren,

ab dem 01.01.2025 sind wir gesetzlich verpflichtet, E-Rechnungen
empfangen zu können; ab 2027 müssen viele Rechnungssteller sie auch
ausstellen. Wir stellen deshalb bereits zum 01.10.2024 unseren
Rechnungseingang für Gutachterhonorare um:

- Bitte senden Sie Rechnungen als XRechnung oder ZUGFeRD (ab Profil
  EN 16931) an rechnungseingang@kranichfeld-versicherung.example.
- Reine PDF-Rechnungen nehmen wir bis 31.12.2026 weiterhin an.
- Pflichtangabe in jeder Rechnung: unsere Auftragsnummer (GA-xxxxxx) und
  die Leistungsfall- oder Schadennummer. Bitte keine Diagnosen, keine
  Befunde und keine Kopie des Gutachtens in die Rechnung bzw. den
  Rechnungsanhang - die Rechnung läuft durch die Buchhaltung, das
  Gutachten nicht.
- Gutachten selbst bitte weiterhin ausschließlich über das Gutachterportal.

Eine Kurzanleitung und eine Beispiel-XRechnung (mit fiktiven Daten)
finden Sie im Gutachterportal unter "Downloads".

Bei Fragen erreichen Sie unsere Kreditorenbuchhaltung unter
040 5556-1900.

Mit freundlichen Grüßen
Kranichfeld Versicherung AG
Gutachterkoordination und Kreditorenbuchhaltung
"""
    return M("NORMAL", "de", "insurer-to-assessor",
             "trap: circular to experts about e-invoicing (XRechnung), asks not to put diagnoses into invoices; no person",
             msg(OKONKWO, ("Gutachterinnen und Gutachter (BCC)", "gutachten@" + DOMAIN),
                 "Umstellung auf E-Rechnung für Gutachterhonorare ab 01.10.2024", "2024-07-01 07:30",
                 text(body, cte="quoted-printable"), extra=["Precedence: bulk"]))


def m081():
    body = """Dear Ms Oyelaran,

Pryce-Morgan v Sievekind - our ref. HS-2023-07762

Thank you for your letter of 17 June.

1. Records for Mr Roberts
   We have no objection to your client being examined by Mr Roberts. We
   will make the records available to him via our secure portal, on the
   basis of your client's signed consent of 15 February 2024: the Rostock
   discharge summary and operation note with translations, the radiographs,
   the GP records 2017-2024 and the physiotherapy notes. Please confirm
   that the consent also covers disclosure to your expert.

2. Dr Rahman's report and addendum
   Copies of Dr Rahman's report of 8 May and her addendum of 12 June
   (post-traumatic osteoarthritis of the right ankle, recommendation of
   removal of metalwork, restriction from ladder work) will be uploaded at
   the same time. We note that Dr Rahman attributes the arthritis entirely
   to the accident and does not consider the 2019 sprain relevant.

3. Psychiatric evidence
   We agree in principle to a psychiatric report in view of the referral
   to the community mental health team for anxiety and sleep disturbance.
   Of the three psychiatrists you proposed, we agree to Dr Miriam Achebe.
   Please let us have her terms.

4. Interim payment
   We are prepared to make an interim payment of GBP 7,500 on account of
   general damages and loss of earnings, without admission of liability
   for the psychiatric claim.

Yours sincerely
Claire Whitfield
International Claims
Kranichfeld Versicherung AG
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "letter to claimant's solicitor: disclosure of medical records, expert findings (osteoarthritis), anxiety referral, interim payment",
             msg(WHITFIELD, ("Harriet Oyelaran", "h.oyelaran@pembertonlowe.example"),
                 "Pryce-Morgan v Sievekind - records, experts and interim payment", "2024-06-24 15:10",
                 text(body, charset="us-ascii", cte="7bit"), cc=PFEILSTICKER))


def m082():
    plain = """Hello,

You have received a new secure message from Kranichfeld Versicherung AG.

For your protection, the message itself is not included in this e-mail.
Please log in to your secure mailbox to read it:

    https://securemail.kranichfeld-versicherung.example

The message will be available for 90 days. If you have not yet set a
password, use the one-time password we sent you separately by post.

This is an automatically generated notification. Please do not reply to
this e-mail.

Kranichfeld Versicherung AG
"""
    h = """<html><body style="font-family:Arial;font-size:11pt;color:#222">
<p>Hello,</p>
<p>You have received a <b>new secure message</b> from Kranichfeld Versicherung AG.</p>
<p>For your protection, the message itself is not included in this e-mail. Please log in to your secure mailbox to read it:</p>
<p><a href="https://securemail.kranichfeld-versicherung.example" style="background:#1d4e89;color:#fff;padding:8px 14px;text-decoration:none">Open secure mailbox</a></p>
<p>The message will be available for 90 days. If you have not yet set a password, use the one-time password we sent you separately by post.</p>
<p style="font-size:9pt;color:#777">This is an automatically generated notification. Please do not reply to this e-mail.</p>
</body></html>
"""
    return M("NORMAL", "en", "insurer-to-lawyer",
             "trap: secure-portal notification to a law firm without any content (no name, no claim)",
             msg(NOREPLY, "h.oyelaran@pembertonlowe.example", "New secure message from Kranichfeld Versicherung",
                 "2024-06-24 15:12", alt(text(plain, charset="us-ascii", cte="7bit"),
                                         html(h, charset="us-ascii", cte="7bit")),
                 extra=["Auto-Submitted: auto-generated"]))


def m083():
    rep = pdf([
        "# Dr. med. Gunnar Ladiges",
        "Facharzt für Innere Medizin - Hausärztliche Versorgung",
        "Pferdemarkt 9 - 21682 Stade",
        "",
        "An die Kranichfeld Versicherung AG, Leistung BU, Ihr Zeichen LB-2024-001163",
        "",
        "# Befundbericht vom 02.04.2024",
        "Patient: Herr Harald Menzel, geb. 12.08.1966",
        "",
        "Diagnosen:",
        "- Koronare 2-Gefäßerkrankung (I25.12), NSTEMI 11/2023, PCI mit DES RIVA",
        "- Arterielle Hypertonie (I10.90)",
        "- Hypercholesterinämie (E78.0)",
        "- Adipositas Grad I (BMI 32)",
        "- Nikotinabusus bis 11/2023 (F17.1)",
        "",
        "Aktuelle Medikation: ASS 100 mg, Ticagrelor 90 mg 1-0-1, Bisoprolol 5 mg,",
        "Atorvastatin 80 mg, Ramipril 5 mg",
        "",
        "Belastungs-EKG 14.03.2024: Abbruch bei 125 W wegen Dyspnoe, keine Ischämiezeichen.",
        "Echokardiographie 02/2024: LVEF 50 %, leichte Hypokinesie anterior.",
        "",
        "Arbeitsunfähig seit 06.11.2023. Schweres Heben, Arbeit unter Zeitdruck und",
        "Nachtfahrten halte ich derzeit nicht für zumutbar.",
        "",
        "Mit kollegialen Grüßen, Dr. G. Ladiges",
    ], title="Befundbericht", author="Praxis Dr. Ladiges", compress=True)
    inner = msg(("Praxis Dr. Ladiges", "praxis@internist-ladiges.example"),
                ("Tobias Wendland", WENDLAND[1]), "Befundbericht Menzel, Ihr Zeichen LB-2024-001163",
                "2024-04-03 12:48",
                mixed(text("Sehr geehrter Herr Wendland,\n\nanbei der angeforderte Befundbericht zu "
                           "unserem gemeinsamen Patienten.\nDie Rechnung über 45,00 EUR folgt per Post.\n\n"
                           "Mit freundlichen Grüßen\nM. Behrens, MFA\nPraxis Dr. Ladiges\n", cte="8bit"),
                      att(rep, "application/pdf", "Befundbericht_Menzel_2024-04-02.pdf")), inner=True)
    body = """Hallo Ilka,

der Befundbericht von Dr. Ladiges ist da (Mail mit PDF anbei). Reicht das
aus Deiner Sicht, oder bleiben wir beim kardiologischen Gutachten bei
Dr. Falkenrath? Ich tendiere zum Gutachten, weil die Belastbarkeit für
das Be- und Entladen nicht beschrieben ist.

Tobias
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "doctor",
             "treating doctor's mail forwarded as message/rfc822 with PDF report: named patient, birth date, NSTEMI, CHD, medication",
             msg(WENDLAND, BRANDSTETTER, "WG: Befundbericht Menzel, Ihr Zeichen LB-2024-001163", "2024-04-03 14:05",
                 mixed(text(body, cte="8bit"), rfc822(inner, "Befundbericht Menzel.eml"))))


def m084():
    body = """Sehr geehrte Frau Kowalczyk,

in Ihrer Rechtsschutzangelegenheit gegen die Nordlicht Wohnbau GmbH
(Schaden-Nr. RS-2024-03318, Vertrag Privat- und Wohnungsrechtsschutz
RS 4402-118096) erteilen wir hiermit Deckungszusage für die Kosten eines
Privatgutachtens eines öffentlich bestellten Bausachverständigen.

Gegenstand: Feststellung der Mängel an Ihrer Eigentumswohnung im Neubau
Hafenkante 14, WE 7, 24106 Kiel - insbesondere Setzrisse im Estrich,
Feuchtigkeit im Kellerabteil und die nicht vertragsgemäße Trittschall-
dämmung -, soweit dies zur Vorbereitung der Klage auf Kostenvorschuss
zur Mängelbeseitigung erforderlich ist.

Umfang der Zusage:
- Sachverständigenkosten bis 2.500,00 EUR brutto
- Selbstbeteiligung laut Vertrag: 250,00 EUR

Bitte lassen Sie uns eine Kopie des Gutachtens und die Rechnung des
Sachverständigen zukommen; auf Wunsch zahlen wir direkt an den
Sachverständigen. Für das anschließende Klageverfahren benötigen wir eine
gesonderte Deckungsanfrage Ihrer Anwältin, Frau Rechtsanwältin Sommerfeld.

Mit freundlichen Grüßen
Marion Huberty
Rechtsschutz-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "legal-expenses cover for a private building expert: named customer, flat address, contract and claim numbers; no health",
             msg(HUBERTY, ("Jana Kowalczyk", "jana.kowalczyk@post.example"),
                 "Deckungszusage Privatgutachten – RS-2024-03318", "2024-06-19 11:44", text(body, cte="8bit")))


def m085():
    body = """Stellenausschreibung (intern und extern) - bitte bis 12.07. im
Karriereportal veröffentlichen

Beratungsärztin / Beratungsarzt (m/w/d) Leistung Leben/BU und Unfall
Vollzeit oder Teilzeit (mind. 30 Std.), Hamburg, hybrid möglich

Ihre Aufgaben
- medizinische Beurteilung von Leistungsanträgen in der Berufs-
  unfähigkeits- und Unfallversicherung
- Auswahl geeigneter Gutachterinnen und Gutachter, Formulierung von
  Gutachtenaufträgen und Zusatzfragen
- Prüfung eingehender Gutachten auf Schlüssigkeit und Vollständigkeit
- Stellungnahmen zu Einwendungen von Anwälten und Versicherten
- Schulung der Leistungsprüferinnen und -prüfer

Ihr Profil
- Approbation und Facharzt (Orthopädie/Unfallchirurgie, Innere Medizin,
  Psychiatrie oder Allgemeinmedizin)
- Zusatzbezeichnung Sozialmedizin oder Versicherungsmedizin wünschenswert
- Erfahrung in der Begutachtung
- Freude an klarer, verständlicher Kommunikation

Wir bieten
- keine Nacht- und Wochenenddienste
- 30 Tage Urlaub, betriebliche Altersversorgung, Jobticket
- Fortbildungsbudget (u. a. CME-Tagungen Versicherungsmedizin)

Ansprechpartnerin: Henrike Voss-Lammert, Teamleitung Leistung Leben/BU
"""
    return M("NORMAL", "de", "internal",
             "trap: job advertisement for a consulting physician (Begutachtung, BU, psychiatry), no person data",
             msg(VOSS, ("Personalabteilung", "personal@" + DOMAIN), "Stellenausschreibung Beratungsarzt (m/w/d)",
                 "2024-06-21 13:02", text(body)))


def m086():
    body = """Liebe Teilnehmende des Workshops vom 23.04.,

wie versprochen die Literatur- und Linkliste zum Thema
Beschwerdenvalidierung. Alles allgemein, keine Fallbeispiele.

Überblick
- Leitlinie zur Begutachtung psychischer und psychosomatischer
  Störungen (AWMF-Register, aktuelle Fassung), Kapitel Beschwerden-
  validierung
- Übersichtsarbeit "Symptomvalidierung in der sozialmedizinischen
  Begutachtung" (Zeitschrift für Versicherungsmedizin, 2022)

Testverfahren, die in Gutachten häufig genannt werden
- SFSS (Strukturierter Fragebogen Simulierter Symptome)
- TOMM (Test of Memory Malingering)
- WMT (Word Memory Test)
- eingebettete Validitätsindikatoren in Leistungstests

Merksätze aus dem Workshop
1. Ein auffälliger Test beweist keine Simulation.
2. Ein unauffälliger Test beweist keine Beschwerden.
3. Entscheidend ist die Konsistenz aller Befunde - das muss der
   Gutachter begründen, nicht wir.
4. Rückfragen neutral formulieren: "Bitte erläutern Sie, wie Sie die
   Testergebnisse in Ihre Gesamtbewertung einbezogen haben."

Die Folien liegen im SharePoint unter Leistung > Schulungen > 2024.

Viele Grüße
Ilka
"""
    return M("NORMAL", "de", "internal",
             "trap: literature list on symptom validity tests (SFSS, TOMM) after a workshop, explicitly no cases",
             msg(BRANDSTETTER, ALL_LEISTUNG, "Nachlese Workshop Beschwerdenvalidierung – Literatur",
                 "2024-04-25 16:20", text(body, cte="8bit", flowed=True)))


def m087():
    body = """Hi Nadine,

could you please book the following for the European Congress on
Insurance Medicine in Lisbon (cost centre 4415, approved by Henrike):

Travellers:  Dr Ilka Brandstetter, Claire Whitfield
Dates:       Wed 25 Sept - Sat 28 Sept 2024
Flights:     HAM-LIS on 25 Sept (morning), LIS-HAM on 28 Sept
             (afternoon); economy, one checked bag each
Hotel:       3 nights near the congress centre (Parque das Nacoes),
             max EUR 180 per night incl. breakfast
Registration: early-bird member rate EUR 690 each, deadline 31 July

Ilka is presenting a poster ("Quality criteria for psychiatric
disability reports - an insurer's checklist"), so she needs the poster
tube as cabin baggage if the airline allows it.

Thanks!
Claire
"""
    return M("NORMAL", "en", "internal",
             "trap: travel booking request for an insurance-medicine congress (poster on psychiatric reports), colleagues named only",
             msg(WHITFIELD, SZYMANSKI, "Booking request: Insurance Medicine congress Lisbon", "2024-07-03 10:47",
                 text(body, charset="us-ascii", cte="7bit"), cc=BRANDSTETTER))


def m088():
    body = """Sehr geehrter Herr Dr. Wittenberg,

wir bitten Sie um eine tierärztliche Stellungnahme nach Aktenlage in einem
Tierhalterhaftpflichtschaden.

Schaden-Nr.:       TH-2024-00741 (Hundehalterhaftpflicht HH 2280-414523)
Unser VN:          Herr Dennis Krull, Barmstedt
Hund des VN:       "Bruno", Rottweiler-Mischling, 5 Jahre
Geschädigte:       Frau Marlene Hutter, Am Rantzauer See 6, 25355 Barmstedt
Hund der Geschädigten: "Lilly", Labrador-Hündin, 9 Jahre

Am 04.06.2024 hat Bruno auf einem Feldweg die angeleinte Lilly angegriffen
und in Hals und linke Schulter gebissen. Lilly wurde in der Tierklinik
Elmshorn operativ versorgt (Wundrevision, Drainage), drei Tage stationär.
Frau Hutter verlangt Ersatz der Tierarztkosten über insgesamt 2.340,18 EUR
(Rechnungen anbei im Portal) sowie weitere Kosten für Physiotherapie des
Hundes.

Fragen:
1. Waren die abgerechneten Behandlungen nach Art und Umfang erforderlich,
   und entsprechen die Gebühren der GOT (Gebührensätze)?
2. Ist die angekündigte Tierphysiotherapie (10 Einheiten) medizinisch
   begründet?
3. Sind Teile der Behandlung auf Vorerkrankungen von Lilly zurückzuführen
   (in der Rechnung ist eine Arthrose-Medikation aufgeführt)?

Honorar nach Aufwand, max. 400 EUR. Für eine Antwort bis 15.07.2024 wären
wir dankbar.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Haftpflicht-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "vet expert opinion in a dog-liability claim: named policyholder and claimant with address, animal health, claim numbers",
             msg(PFEILSTICKER, ("Dr. med. vet. Klaus Wittenberg", "gutachten@tierarzt-wittenberg.example"),
                 "Tierärztliche Stellungnahme TH-2024-00741", "2024-06-26 09:58", text(body, cte="8bit")))


def m089():
    note = odt([
        ("h", "Vermerk Nachprüfung BU - LB-2021-006612"),
        "Versicherte: Kerstin Albrecht, geb. 27.04.1979, Pflegefachkraft (Intensivstation), BU-Rente seit 01.03.2022",
        "Anlass: turnusmäßige Nachprüfung nach 24 Monaten; Gutachten Dr. med. Sven Iwersen (Innere Medizin/Rheumatologie) vom 28.06.2024",
        ("h", "Ergebnis des Gutachtens"),
        "Diagnosen: seropositive rheumatoide Arthritis (M05.80) mit Befall der Hand- und Fingergelenke beidseits; sekundäres Fibromyalgiesyndrom.",
        "Therapie: Methotrexat 20 mg/Woche s.c., seit 09/2023 zusätzlich Adalimumab; darunter deutlich geringere Krankheitsaktivität (DAS28 3,1).",
        "Leistungsbild: Heben und Lagern von Patienten, Schichtdienst und feinmotorische Tätigkeiten an Perfusoren weiterhin nur eingeschränkt; Einschätzung: Tätigkeit als Intensivpflegekraft zu 60 % nicht ausübbar.",
        ("h", "Bewertung"),
        "Gutachten schlüssig. Besserung vorhanden, aber BU-Grad weiterhin über 50 %. Leistung wird weitergezahlt; nächste Nachprüfung in 24 Monaten.",
        "Hinweis: Versicherte hat Umschulung zur Praxisanleiterin angefragt - Verweisbarkeit prüfen, sobald Abschluss vorliegt.",
        "Hamburg, 05.07.2024 - T. Wendland / Dr. I. Brandstetter",
    ], date=(2024, 7, 5, 14, 0, 0))
    body = """Henrike,

Vermerk zur Nachprüfung anbei (ODT, wie gewünscht für die Akte der
Leistungskommission). Ergebnis: weiterzahlen.

Tobias
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "short body; ODT note names the BU pensioner, birth date, rheumatoid arthritis M05.80, medication and BU grade",
             msg(WENDLAND, VOSS, "Vermerk Nachprüfung LB-2021-006612", "2024-07-05 14:22",
                 mixed(text(body, cte="8bit"), att(note, CT_ODT, "Vermerk_Nachpruefung_LB-2021-006612.odt"))))


def m090():
    body = """Guten Tag,

Sie haben sich für das SecureMail-Portal der Kranichfeld Versicherung AG
registriert. Ihr Einmal-Passwort für die erste Anmeldung lautet:

    Kv7-p2Qx-9mTa

Es ist 72 Stunden gültig. Bei der ersten Anmeldung werden Sie gebeten,
ein eigenes Passwort und eine Sicherheitsfrage festzulegen.

Anmeldung: https://securemail.kranichfeld-versicherung.example

Wenn Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.

Dies ist eine automatisch erzeugte Nachricht. Antworten auf diese E-Mail
werden nicht gelesen.

Kranichfeld Versicherung AG
"""
    return M("NORMAL", "de", "insurer-to-customer",
             "trap: automatic one-time password for the secure portal, no name, no contract or health data",
             msg(NOREPLY, "r.gottschalk@mailbox.example", "Ihr Einmal-Passwort für das SecureMail-Portal",
                 "2024-03-06 07:12", text(body, cte="8bit"), extra=["Auto-Submitted: auto-generated"]))


def m091():
    body = """Dear Mr Moriarty,

Thank you for agreeing to examine our insured in Cork.

Insured person: Mr Marco Rinaldi, born 23/11/1988, carpenter
Address:        since March 2024: 12 Glasheen Road, Cork, Ireland
Claim no.:      UV-2023-11209 (private accident insurance, invalidity
                sum EUR 150,000 with progression 225 %)

On 18 October 2023, while working in his own workshop near Flensburg,
Mr Rinaldi's left hand was caught by a table saw. He suffered:
 - traumatic amputation of the left index finger at the level of the
   proximal interphalangeal joint (S68.1);
 - a deep laceration of the left middle finger with flexor tendon injury
   (FDP), repaired at the Diako hand surgery unit, Flensburg.

He is right-handed. He reports stiffness of the middle finger, cold
intolerance and phantom sensations, and says that he can no longer do fine
joinery work.

The policy's limb table ("Gliedertaxe") values: index finger 10 %, other
finger 5 % (each finger as a whole).

Questions:
 1. Please describe the permanent impairment of the left index and middle
    finger and express it as a fraction of the respective finger value.
 2. Is there any impairment beyond the fingers (e.g. hand function as a
    whole due to loss of grip)? If so, please assess it as a fraction of
    the hand value (55 %) instead.
 3. Did any pre-existing condition contribute?

The file (German, with translations of the operation note and the
discharge letter) will be uploaded to our portal today. Your fee of
EUR 1,100 is agreed.

Kind regards
Melanie Grafunder
Accident Claims
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
             "instruction of a hand surgeon abroad: named insured, DOB, address, finger amputation S68.1, tendon repair",
             msg(GRAFUNDER, ("Mr Declan Moriarty", "d.moriarty@cork-hand-clinic.example"),
                 "Instruction - accident claim UV-2023-11209 (finger injuries)", "2024-07-08 11:18",
                 text(body, charset="us-ascii", cte="7bit")))


def m092():
    nl_iban = iban("NL", "RABO0312345670")
    body = """Dear Pieter,

Thank you for your survey report and your invoice PG-2024-031 regarding
the coffee consignment of Elbe Kaffee Import GmbH (our claim
TR-2024-00512, MV "Nordstern", container TGHU 000116-6, wetting damage to
112 bags).

The invoice is approved: 14.5 hours at EUR 95 = EUR 1,377.50, travel
Rotterdam-Hamburg EUR 286.00, total EUR 1,663.50 (reverse charge).

Before the first payment to a new supplier, our accounts payable team
needs you to confirm the bank details by return e-mail and by phone:

   Account holder: P.J. de Graaf (eenmanszaak, KvK 00011611)
   IBAN:           %s
   BIC:            RABONL2U

Please also let me know whether we should copy Mr Timo Brandes, the
assured's claims contact, in future correspondence - he asked for a copy
of the report for his own records.

Best regards
Claire Whitfield
International Claims
""" % nl_iban
    return M("CONFIDENTIAL", "en", "insurer-to-assessor",
             "invoice approval to a sole-trader marine surveyor with his IBAN; company assured's named contact and claim number",
             msg(WHITFIELD, ("Pieter de Graaf", "pieter@degraaf-marine-surveys.example"),
                 "Invoice PG-2024-031 - bank details confirmation", "2024-07-09 16:30",
                 text(body, charset="us-ascii", cte="7bit")))


def m093():
    form = pdf([
        "# Erklärung zur Entbindung von der Schweigepflicht (Muster SE-07)",
        "Kranichfeld Versicherung AG, Kranichfelder Allee 40, 20099 Hamburg",
        "",
        "Versicherte Person: ______________________________   geb. am: ______________",
        "Leistungsfall-/Schaden-Nr.: ______________________",
        "",
        "Ich entbinde die nachfolgend genannten Ärztinnen/Ärzte, Krankenhäuser und",
        "Therapeut(inn)en von ihrer Schweigepflicht, soweit die Kranichfeld Versicherung AG",
        "Angaben zu meinem Gesundheitszustand zur Prüfung der Leistungspflicht benötigt:",
        "",
        "1. ______________________________________________",
        "2. ______________________________________________",
        "3. ______________________________________________",
        "",
        "[ ] Ich willige ein, dass die Kranichfeld Versicherung AG die Unterlagen an die",
        "    beauftragte Gutachterin/den beauftragten Gutachter weitergibt.",
        "[ ] Ich möchte vor jeder Anforderung einzeln informiert werden.",
        "",
        "Diese Erklärung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.",
        "",
        "______________________        ______________________________",
        "Ort, Datum                     Unterschrift",
    ], title="Muster SE-07 Schweigepflichtentbindung", author="Recht/Datenschutz")
    body = """Hallo zusammen,

die Rechtsabteilung hat das Muster SE-07 (Schweigepflichtentbindung im
Leistungsfall, mit Einwilligung zur Weitergabe an Gutachter) überarbeitet.
Bitte bis Freitag Rückmeldung, ob die Formulierung zur Weitergabe an
Gutachter für Euch praktikabel ist. Das PDF ist das leere Formular, noch
ohne Barcode.

Paul
"""
    return M("NORMAL", "de", "internal",
             "trap: blank confidentiality-release form (PDF with empty fields for name and birth date) for internal review",
             msg(EBERSBERG, [OKONKWO, WENDLAND, GRAFUNDER], "Entwurf Muster SE-07 Schweigepflichtentbindung",
                 "2024-07-10 09:15", mixed(text(body, cte="8bit"),
                                           att(form, "application/pdf", "SE-07_Schweigepflichtentbindung_Entwurf.pdf"))))


def m094():
    ex = pdf([
        "# Orthopädisches Gutachten - Zusammenfassung und Beurteilung (S. 14-16)",
        "Dr. med. Matthias Quandt, IMB Nordheide GmbH, 18.04.2024",
        "Anspruchstellerin: Frau Yvonne Brasch, geb. 05.02.1986, Pinneberg",
        "Az. Kranichfeld: KS-2023-08841",
        "",
        "Diagnosen: HWS-Distorsion QTF Grad I (S13.4) nach Heckanstoß vom 09.10.2023;",
        "vorbestehend: Migräne ohne Aura (G43.0), Osteochondrose C5/6 (M50.3).",
        "",
        "Beurteilung: Eine unfallbedingte Beschwerdesymptomatik ist für bis zu vier Wochen",
        "plausibel. Die ab Januar 2024 geklagten Kopfschmerzen, Schwindel und",
        "Konzentrationsstörungen sind mit überwiegender Wahrscheinlichkeit nicht",
        "unfallbedingt. Unfallbedingte AU: 10.10. - 05.11.2023.",
    ], title="Gutachten Quandt Auszug", compress=True)
    body = """Sehr geehrter Herr Rechtsanwalt Seidenstücker,

wie in unserem Schreiben vom 06.05.2024 angekündigt, erhalten Sie anbei den
Beurteilungsteil des orthopädischen Gutachtens vom 18.04.2024 zur Kenntnis.
Das vollständige Gutachten (23 Seiten) sowie das biomechanische Gutachten
stellen wir Ihnen über unser SecureMail-Portal bereit, da beide wegen der
eingebetteten Bilddateien für den E-Mail-Versand zu groß sind.

Diese Nachricht wird über unser Portal zugestellt; Sie erhalten eine
Benachrichtigung.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Personenschaden Haftpflicht
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "report extract as PDF to claimant's lawyer: named claimant, birth date, whiplash S13.4, migraine G43.0, disc degeneration",
             msg(PFEILSTICKER, ("RA Malte Seidenstücker", "kanzlei@seidenstuecker-recht.example"),
                 "KS-2023-08841 – Gutachten Dr. Quandt (Auszug)", "2024-05-08 10:02",
                 mixed(text(body, cte="8bit"),
                       att(ex, "application/pdf", "KS-2023-08841_Gutachten_Beurteilung.pdf")),
                 extra=["X-Kranichfeld-Classification: streng vertraulich"]))


def m095():
    body = """Sehr geehrter Herr Wohlfahrt,

zu Ihrem Überspannungsschaden nach dem Gewitter vom 19.06.2024
(Schaden-Nr. SH-2024-07740, Hausratversicherung HR 3308-119245) haben wir
den Elektro-Sachverständigen Herrn Ralf Noack beauftragt, die beschädigten
Geräte zu prüfen.

Laut Ihrer Schadenmeldung betroffen:
  - OLED-Fernseher 65 Zoll (Kaufdatum 11/2022)
  - AV-Receiver und Subwoofer
  - Router und NAS-Speicher inkl. zwei Festplatten
  - Steuerplatine der Gastherme (Vermieter informiert?)

Herr Noack meldet sich bei Ihnen, um die Geräte in Ihrer Wohnung
(Grabenstraße 5, 24534 Neumünster) anzusehen oder zur Prüfung mitzunehmen.
Bitte werfen Sie bis dahin nichts weg und halten Sie Kaufbelege bereit.

Hinweis: Die Gastherme gehört in der Regel zum Gebäude und ist über die
Gebäudeversicherung Ihres Vermieters versichert, nicht über Ihre
Hausratversicherung. Bitte informieren Sie Ihren Vermieter.

Zu der Datenrettung der Festplatten: Die Kosten einer Datenrettung sind
bis 1.000 EUR mitversichert, wenn der Sachverständige bestätigt, dass sie
technisch erforderlich ist.

Mit freundlichen Grüßen
Frank Dörrie
Sachschaden Privatkunden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "electronics expert appointed for an overvoltage claim: named customer, flat address, policy and claim numbers",
             msg(DOERRIE, ("Gerd Wohlfahrt", "gerd.wohlfahrt@post.example"),
                 "Ihr Überspannungsschaden SH-2024-07740 – Sachverständiger", "2024-06-24 10:36", text(body)))


def m096():
    body = """Dear Professor Halvorsen,

Thank you for your interest in working with us on your research project on
"Inter-rater reliability of disability assessments in private insurance".

We have discussed your request internally, including with our data
protection officer. Unfortunately we are not able to provide copies of
expert reports, even in pseudonymised form. The reports contain detailed
health information and occupational histories which, in our view, cannot
be anonymised reliably without losing exactly the information you would
need for your analysis, and our customers' consent does not cover research
use.

What we could offer instead:
 - aggregated figures (number of reports by specialty, proportion of
   second opinions, proportion of reports contested), as already published
   in our association's annual statistics;
 - a short interview with our consulting physicians about how questions
   to experts are formulated;
 - distribution of a questionnaire for experts through our panel
   newsletter, if your ethics approval covers that.

Please let me know whether any of this would be helpful.

Kind regards
Henrike Voss-Lammert
Head of Life & Disability Claims
Kranichfeld Versicherung AG
"""
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: declining a university's request for expert reports for research; only aggregate offers, no person",
             msg(VOSS, ("Prof. Ingrid Halvorsen", "i.halvorsen@uni-research.example"),
                 "Re: Research cooperation - disability assessments", "2024-07-11 14:50",
                 text(body, charset="us-ascii", cte="7bit"), cc=EBERSBERG))


def m097():
    body = """Dear Mr Hartley,

Emily Carter - fall on 17 January 2024, Rothenbaumchaussee 160, Hamburg
Our insured: the owner of the building (property owner's liability)
Our ref.: HS-2024-00412

Thank you for your patience. We have now received the report of
Dr med. Friederike Asmussen, paediatric orthopaedic surgeon, who examined
Emily (born 02/09/2016) on 28 June 2024 in the presence of her mother.

In summary, Dr Asmussen finds that:
 - Emily sustained a displaced fracture of both bones of the left forearm
   (S52.4) when she slipped on the untreated path in front of the building;
   the fracture was reduced under general anaesthesia and fixed with two
   elastic nails at the Altonaer Kinderkrankenhaus on 17 January;
 - the nails were removed on 12 April; the fracture has healed in good
   position, and forearm rotation is now full and painless;
 - the scars (two 1.5 cm scars on the forearm) are likely to fade;
 - Emily's nightmares and fear of walking on snow in the first months
   have, according to the parents, largely resolved; no further
   treatment is necessary;
 - no permanent consequences are expected, although a follow-up
   x-ray after one year is advisable because of the growth plates.

On behalf of our insured, and without admission of a breach of the duty
to clear and grit the path, we offer EUR 3,500 as damages for pain and
suffering, plus the parents' documented expenses (EUR 612.40 for taxi
trips, parking and co-payments), in full and final settlement, with the
reservation of future claims should the follow-up x-ray show a growth
disturbance.

Kind regards
Joerg Pfeilsticker
Personal Injury Liability
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "settlement offer after a paediatric expert report: named child, DOB, forearm fracture S52.4, surgery, nightmares",
             msg(PFEILSTICKER, ("Jonathan Hartley", "j.hartley@hartley-brandt.example"),
                 "Emily Carter - expert report and settlement offer (HS-2024-00412)", "2024-07-15 11:25",
                 text(body, charset="us-ascii", cte="7bit")))


def m098():
    body = """Hallo Henrike,

für die Budgetplanung 2025 die Auswertung der Gutachterhonorare 2023
(Quelle: Kreditorenbuchhaltung, Kostenart 64120, nur Summen):

Fachgebiet                  Anzahl   Summe EUR    Ø EUR    Median EUR
Orthopädie/Unfallchirurgie     431    652.310    1.513       1.450
Neurologie                     142    240.980    1.697       1.620
Psychiatrie/Psychosomatik      187    416.920    2.230       2.150
Innere Medizin/Kardiologie      79    107.440    1.360       1.300
HNO/Augen                       33     31.020      940         910
Aktengutachten (alle)          199    117.410      590         560
Zusatzgutachten/Testdiagn.     116     98.600      850         800
------------------------------------------------------------------
Gesamt                       1.187  1.664.680    1.402

Trend: +7,8 % ggü. 2022, vor allem durch die neuen Psychiatrie-Sätze und
mehr Zusatzgutachten (Testdiagnostik). Für 2025 rechne ich mit +5 %
(JVEG-Anpassung wirkt auch auf unsere Rahmenverträge, weil viele
Gutachter sich daran orientieren).

Sabine
"""
    return M("NORMAL", "de", "internal",
             "trap: expert-fee statistics by medical specialty for budgeting (sums, averages), no person",
             msg(OKONKWO, VOSS, "Gutachterhonorare 2023 nach Fachgebiet (Budget 2025)", "2024-07-16 13:18",
                 text(body, cte="quoted-printable")))


def m099():
    body = """Henrike,

jetzt wird es grundsätzlich: Der Anwalt des Geschädigten im Wasserschaden
Riedmüller/Ebeling lehnt Frau Kallweit als befangen ab (Schreiben unten).
Inhaltlich halte ich das für unbegründet, aber wenn wir es auf einen Streit
ankommen lassen, zahlt am Ende der VN drauf. Vorschlag: Wir bieten einen
gemeinsam ausgewählten Sachverständigen an (Kosten trägt zunächst die
Kranichfeld). Ok für Dich?

Jörg

-----Ursprüngliche Nachricht-----
Von: RA Henning Voßberg <vossberg@kanzlei-vossberg.example>
Gesendet: Montag, 8. April 2024 10:14
An: Haftpflicht-Schaden
Betreff: Ebeling ./. Riedmüller - HS-2024-02217

Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Mandanten, Herrn Horst Ebeling,
Lindenstraße 23, 22301 Hamburg, weisen wir das Gutachten der Frau Kallweit
vom 28.03.2024 zurück.

Frau Kallweit ist nach unseren Recherchen seit Jahren nahezu ausschließlich
für Versicherer tätig, davon in erheblichem Umfang für Ihr Haus. Sie hat
die Besichtigung in unserer Abwesenheit durchgeführt, den Feuchtemesswerten
der Trocknungsfirma ohne eigene Messung widersprochen und den Austausch des
erst 2019 verlegten Eichenparketts (Rechnung über 6.870 EUR liegt bei)
verneint.

Wir lehnen Frau Kallweit daher wegen Besorgnis der Befangenheit ab und
werden, sollte keine Einigung über einen neutralen Sachverständigen
erzielt werden, ein selbständiges Beweisverfahren beantragen.

Mit freundlichen Grüßen
Voßberg
Rechtsanwalt
"""
    return M("CONFIDENTIAL", "de", "lawyer",
             "lawyer's bias objection against a building expert quoted internally: named claimant with address, named policyholder, claim number",
             msg(PFEILSTICKER, VOSS, "WG: Ebeling ./. Riedmüller - HS-2024-02217 (Befangenheit SV)", "2024-04-08 15:33",
                 text(body)))


def m100():
    body = """Joerg, Dr Rahman's addendum came in - her covering e-mail summarises it
nicely, see below. Full addendum is in the portal.

Claire

---------- Forwarded message ---------
From: Dr Aisha Rahman <secretary@rahman-medicolegal.example>
Date: Wed, 12 Jun 2024 at 09:41
Subject: Pryce-Morgan - addendum report

Dear Ms Whitfield,

Please find my addendum report in the portal. In brief, my answers to your
supplementary questions are:

1. The 2019 inversion injury was a minor sprain with normal radiographs
   and no further consultations. In my opinion it did not contribute
   to the osteoarthritis; but for the accident, Mr Pryce-Morgan would on
   the balance of probabilities have had a normal ankle for at least
   15-20 years.
2. Removal of the plate and syndesmotic screw would require about 2-4
   weeks off work. It may reduce the lateral discomfort but will not
   change the arthritic process; I would not expect a return to regular
   ladder work.
3. For the next 12 months I estimate his capacity at about 60 % of
   pre-accident hours, provided he avoids ladders and roofs.
4. His low mood, irritability and early waking are in my view worth a
   formal psychiatric assessment within the next three months; I am not
   qualified to diagnose a psychiatric disorder.

Yours sincerely
Aisha Rahman
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "assessor",
             "expert's e-mail summary of her addendum forwarded internally: named claimant, osteoarthritis, work capacity, low mood",
             msg(WHITFIELD, PFEILSTICKER, "FW: Pryce-Morgan - addendum report", "2024-06-12 10:15",
                 text(body, charset="us-ascii", cte="7bit")))


def m101():
    new_iban = iban("DE", "20030000" + "0011611600")
    body = """Sehr geehrte Frau Rademacher,

vielen Dank für Ihre Mitteilung, dass die IMB Nordheide GmbH ihre
Hausbank wechselt. Wir haben die neue Bankverbindung nach dem
telefonischen Rückruf bei Ihrem Geschäftsführer, Herrn Dr. Quandt, heute
in unserem Kreditorenstamm hinterlegt:

  Zahlungsempfänger: IMB Institut für Medizinische Begutachtung
                     Nordheide GmbH
  IBAN:              %s
  gültig für alle Zahlungen ab dem 01.08.2024

Zahlungen, die bereits für den Zahllauf am 26.07. freigegeben sind, gehen
noch auf das bisherige Konto. Bitte lösen Sie das alte Konto nicht vor dem
15.08. auf.

Mit freundlichen Grüßen
Kreditorenbuchhaltung / Gutachterkoordination
Kranichfeld Versicherung AG
""" % new_iban
    return M("NORMAL", "de", "insurer-to-assessor",
             "trap: change of bank account of an expert institute GmbH (company IBAN, managing director named), no natural person's data",
             msg(OKONKWO, ("Svenja Rademacher, IMB Nordheide GmbH", "verwaltung@imb-nordheide.example"),
                 "Neue Bankverbindung IMB Nordheide GmbH – hinterlegt", "2024-07-22 14:02", text(body, cte="8bit")))


def m102():
    body = """Sehr geehrte Frau Brandl,

vielen Dank für Ihre Nachricht und die Rechnung Ihres Sachverständigen
(Kfz-Sachverständigenbüro Lorenzen, Rechnung Nr. 2024/1187 über
640,00 EUR) zu Ihrem Hagelschaden vom 25.06.2024 (Schaden-Nr.
KS-2024-13374, Teilkasko, Vertrag KT 5519-220873, Skoda Octavia,
PI-NB 2024).

Sie hatten den Sachverständigen selbst beauftragt, nachdem unser
Hagel-Schadenzentrum Ihnen einen Besichtigungstermin erst in drei Wochen
anbieten konnte. Das Gutachten hat uns die Regulierung erleichtert; die
Schadenhöhe von 4.312,00 EUR (Ausbeulen ohne Lackieren, 94 Dellen)
übernehmen wir vollständig.

Die Kosten eines selbst beauftragten Sachverständigen sind nach unseren
Kaskobedingungen grundsätzlich nicht versichert (Ausnahme: gemeinsames
Sachverständigenverfahren). Wegen der langen Wartezeit in unserem
Schadenzentrum erstatten wir Ihnen aber aus Kulanz 50 % der Kosten,
also 320,00 EUR, ohne Anerkennung einer Rechtspflicht.

Die Zahlung über insgesamt 4.332,00 EUR (4.312,00 EUR abzüglich 300,00 EUR
Selbstbeteiligung zuzüglich 320,00 EUR) erhalten Sie auf Ihr bei uns
hinterlegtes Konto.

Mit freundlichen Grüßen
Kevin Aydemir
Kfz-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "partial refund of a customer's own motor expert: named customer, plate, contract and claim numbers, amounts",
             msg(AYDEMIR, ("Nicole Brandl", "nicole.brandl@mailbox.example"),
                 "Ihr Hagelschaden KS-2024-13374 – Kosten Ihres Sachverständigen", "2024-07-18 10:40",
                 text(body)))


def m103():
    sheet = ods("Sammelrechnung 06-2024", [
        ["Pos.", "Auftrag", "Schaden-Nr.", "VN / Auftraggeber", "Objekt", "Leistung", "Betrag EUR"],
        [1, "A-24-3381", "SG-2024-06102", "Hinrichsen, Malte", "Dorfstraße 3, 24576 Bad Bramstedt", "Sturm Dach, Kurzgutachten", 395.00],
        [2, "A-24-3390", "SG-2024-06244", "Carstensen, Ilse", "Am Kirchberg 11, 24589 Nortorf", "Leitungswasser, Feuchtemessung", 512.40],
        [3, "A-24-3402", "SH-2024-06301", "Bauer, Tim und Lena", "Schulweg 8a, 24568 Kaltenkirchen", "Einbruch, Schlossgutachten", 286.00],
        [4, "A-24-3415", "SG-2024-06388", "Öztürk, Ayla", "Holstenstraße 40, 24534 Neumünster", "Brand Küche, Ursachenermittlung", 1140.00],
        [5, "—", "SG-2024-06390", "Gerdts, Heinrich", "Lindenallee 2, 24613 Aukrug", "Sturm Scheune", 640.00],
        [6, "—", "SG-2024-06391", "Gerdts, Heinrich", "Lindenallee 2, 24613 Aukrug", "Sturm Scheune (Nachbesichtigung)", 210.00],
        ["", "", "", "", "", "Summe netto", 3183.40],
    ])
    body = """Sehr geehrte Damen und Herren,

wir haben Ihre Sammelrechnung SR-2024-06 mit unseren Aufträgen abgeglichen
(Abgleich als ODS anbei, Ihre Positionen 1-6).

Zu den Positionen 5 und 6 finden wir keinen Auftrag von uns; die
Besichtigungen wurden offenbar direkt vom Versicherungsnehmer bestellt.
Bitte senden Sie uns für diese beiden Positionen die Auftragsbestätigung
oder stellen Sie sie dem Auftraggeber direkt in Rechnung. Die Positionen
1-4 (2.333,40 EUR netto) geben wir heute frei.

Mit freundlichen Grüßen
Frank Dörrie
Sachschaden Privatkunden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "invoice reconciliation with an expert company; ODS lists named policyholders, risk addresses and claim numbers",
             msg(DOERRIE, ("Nordgutachter Sachverständigen GmbH", "abrechnung@nordgutachter.example"),
                 "Sammelrechnung SR-2024-06 – Abgleich", "2024-07-12 09:25",
                 mixed(text(body, cte="8bit"), att(sheet, CT_ODS, "Abgleich_SR-2024-06.ods"))))


def m104():
    body = """** Security warning - please read **

Since Monday we have seen a wave of phishing e-mails aimed at claims staff.
They look like this:

  From:    "Gutachten-Eingang" <gutachten@gutachterportal-login.example>
  Subject: Neues Gutachten zu Ihrem Leistungsfall / New expert report
  Text:    "Das angeforderte medizinische Gutachten liegt vor. Bitte
            melden Sie sich an, um die Datei (Gutachten_Befund.pdf.html)
            herunterzuladen."

The link leads to a fake copy of our expert portal login page. Some
variants carry a ZIP named "Arztbericht_2024.zip" with a script inside.

What to do:
 - Do not click, do not open attachments, do not enter credentials.
 - Report the mail with the "Report phishing" button in Outlook.
 - If you already entered your password, call the IT service desk
   immediately (ext. 1111) - we will reset it, no blame.

Real expert reports never arrive by e-mail with a download link; they
only appear in the expert module.

IT Security
Kranichfeld Versicherung AG
"""
    return M("NORMAL", "en", "internal",
             "trap: phishing warning quoting fake 'medical expert report' mails and file names, no person",
             msg(LEHNERT, ("All staff", "alle@" + DOMAIN), "Security warning: fake 'expert report' e-mails",
                 "2024-07-24 08:05", text(body, charset="us-ascii", cte="7bit"), extra=["Importance: high"]))


def m105():
    body = """Liebe Kolleginnen und Kollegen,

kurz zur Frage, die im Jour fixe aufkam: Müssen Gutachter jetzt ICD-11
verwenden?

Nein. In Deutschland gilt für die Verschlüsselung in der Versorgung
weiterhin die ICD-10-GM (aktuell Version 2024). Die ICD-11 ist zwar von
der WHO seit 2022 in Kraft gesetzt, ein verbindlicher Einführungstermin für
Deutschland steht aber noch nicht fest. Einige Gutachter, vor allem in der
Psychiatrie, nennen bereits ICD-11-Diagnosen zusätzlich (z. B. "komplexe
PTBS" oder "Burnout als Phänomen im Kontext der Arbeit", das in der ICD-11
ausdrücklich keine Krankheit ist).

Für uns bedeutet das:
- In Gutachtenaufträgen fragen wir weiterhin nach ICD-10-GM.
- Nennt ein Gutachter nur ICD-11, bitte nicht zurückschicken, sondern
  im Modul das Freitextfeld nutzen.
- Für die Statistik mappen wir die Diagnosekapitel; die Tabelle dazu
  pflegt Dr. Brandstetter.

Viele Grüße
Ilka Brandstetter
"""
    return M("NORMAL", "de", "internal",
             "trap: windows-1252 note about ICD-10-GM vs ICD-11 in expert reports (PTSD, burnout as terms), no person",
             msg(BRANDSTETTER, ALL_LEISTUNG, "ICD-11 in Gutachten?", "2024-07-25 11:11",
                 text(body, charset="windows-1252", cte="quoted-printable"), hcharset="windows-1252", hmode="Q"))


def m106():
    body = """Dear Ms Kowalski,

Thank you for chasing. Here is where we are with your client's claim:

  Insured:    Oskar Lindner, trading as Lindner Getraenkehandel
              (sole trader), Industriestrasse 17, 25337 Elmshorn
  Policy:     commercial property GI 6632-118240
  Claim no.:  GS-2024-07102
  Loss:       burst sprinkler pipe in the warehouse on 29 June 2024,
              water damage to stock (beverages on pallets, cardboard
              packaging) and to the forklift charging station

The surveyor, Mr Arne Vollmer, inspected on 3 July. His preliminary
figures: stock EUR 18,400 (mainly packaging; most bottles can be sold after
repackaging), charging station EUR 3,950, clean-up EUR 2,100. Business
interruption is not insured under this policy.

What we still need from Mr Lindner:
 - the stock list as at 28 June with purchase prices;
 - the sprinkler maintenance certificate for 2023/2024;
 - his bank details for the payment (as a sole trader he is paid
   personally - please ask him to send them directly to us, not via your
   office).

Once we have these, we can pay an advance of EUR 15,000 within a week.

Kind regards
Bjoern Kaminski
Broker Services, Kranichfeld Versicherung AG
"""
    return M("CONFIDENTIAL", "en", "insurer-to-broker",
             "status to broker on a sole trader's water-damage claim: named insured, business address, policy and claim numbers, surveyor figures",
             msg(KAMINSKI, ("Agnieszka Kowalski", "a.kowalski@baltic-risk-partners.example"),
                 "RE: Lindner Getraenkehandel - surveyor and advance (GS-2024-07102)", "2024-07-16 15:20",
                 text(body, charset="us-ascii", cte="7bit")))


def m107():
    body = """Sehr geehrter Herr Kessler,

wir möchten für unseren beratungsärztlichen Dienst (derzeit 4 Ärztinnen
und Ärzte) eine Spracherkennungslösung für Stellungnahmen zu Gutachten
beschaffen und bitten um ein Angebot.

Anforderungen:
- medizinisches Fachvokabular Deutsch (Orthopädie, Psychiatrie, Innere,
  Neurologie), ICD-10-Codes und Medikamentennamen
- Betrieb ausschließlich on-premise oder in einem Rechenzentrum in der EU
  mit AV-Vertrag nach Art. 28 DSGVO; keine Verwendung unserer Diktate zum
  Training von Modellen des Anbieters
- Integration in Word und in unser Leistungssystem (Textfeld-Eingabe)
- 4 Named-User-Lizenzen, Option auf 2 weitere
- Schulung vor Ort (1/2 Tag)

Bitte nennen Sie Lizenz- und Wartungskosten für 3 Jahre sowie die
Referenzinstallationen bei Versicherern oder Kliniken.

Angebotsfrist: 16.08.2024.

Mit freundlichen Grüßen
Nadine Szymanski
Einkauf
"""
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: RFQ for medical speech recognition (psychiatry, ICD-10, medication names) for consulting physicians, no person",
             msg(SZYMANSKI, ("Medidikt Systemhaus GmbH", "vertrieb@medidikt.example"),
                 "Angebotsanfrage Spracherkennung Beratungsärztlicher Dienst", "2024-07-26 10:33", text(body)))


def m108():
    body = """Dear Dr Kearney,

Review of a disability pension - Mr Tomasz Nowicki, born 04/03/1987
Our ref.: LB-2022-002231

We would be grateful if you would carry out a psychiatric examination of
our insured as part of a scheduled review of his disability (BU) pension.

Background: Mr Nowicki worked as a cashier in a bank branch in Bremen.
On 14 September 2021 he was held at knifepoint during an armed robbery of
the branch. He subsequently developed a post-traumatic stress disorder
(F43.1) with nightmares, flashbacks, avoidance of public places and a
secondary depressive episode. After trauma-focused therapy and a
rehabilitation stay in 2022, he was found unable to work as a bank cashier
to at least 50 %, and we have paid a monthly pension of EUR 1,420 since
1 March 2022.

In January 2024 Mr Nowicki moved to Dublin. He told us that he now works
part-time (20 hours) as a barista and that his symptoms have "much
improved", although he still cannot enter a bank branch.

Please address:
 1. his current diagnoses and the course since 2021;
 2. whether he could now work again as a bank cashier (cash handling,
    customer contact, branch environment), and to what extent;
 3. whether his current part-time work as a barista is compatible with
    his health, and what it tells us about his capacity;
 4. prognosis and need for further treatment.

The file, including the 2022 expert report and the rehabilitation
discharge report (both with English translations), will be made available
on our secure portal. Mr Nowicki has consented to the examination.

Kind regards
Tobias Wendland
Disability Claims
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
             "psychiatric review instruction: named BU pensioner, DOB, PTSD F43.1 after armed robbery, depression, pension amount",
             msg(WENDLAND, ("Dr Siobhan Kearney", "s.kearney@dublin-psychiatry-reports.example"),
                 "Instruction - review examination LB-2022-002231", "2024-07-29 10:12",
                 text(body, charset="us-ascii", cte="7bit")))


def m109():
    h = """<html><body style="font-family:Georgia,serif;font-size:11pt">
<p style="font-family:Arial;font-size:9pt;color:#666">Weitergeleitet von Dr. Ilka Brandstetter &ndash; Beitrag 3 lohnt sich f&uuml;r alle, die Unfallgutachten pr&uuml;fen.</p>
<h2 style="margin-bottom:2px">Zeitschrift f&uuml;r Versicherungsmedizin</h2>
<p style="margin-top:0;color:#555">Heft 3/2024 &middot; Inhaltsverzeichnis</p>
<table cellpadding="4">
<tr><td valign="top">S. 97</td><td><b>Editorial:</b> Gutachten im Wandel &ndash; von der Diagnose zur Funktion</td></tr>
<tr><td valign="top">S. 101</td><td><b>Originalarbeit:</b> Inter-Rater-Reliabilit&auml;t der Leistungsbeurteilung bei depressiven St&ouml;rungen: Ergebnisse einer Vignettenstudie mit 48 Gutachtern</td></tr>
<tr><td valign="top">S. 112</td><td><b>&Uuml;bersicht:</b> Bemessung von Handgelenksverletzungen nach der Gliedertaxe &ndash; typische Fehler und wie man sie erkennt</td></tr>
<tr><td valign="top">S. 121</td><td><b>Recht:</b> Befangenheit medizinischer Sachverst&auml;ndiger &ndash; aktuelle Rechtsprechung zu &sect; 406 ZPO</td></tr>
<tr><td valign="top">S. 127</td><td><b>Kasuistik (anonymisiert):</b> Kniebinnenschaden nach Sportunfall oder Degeneration?</td></tr>
<tr><td valign="top">S. 133</td><td><b>Tagungsbericht:</b> Fr&uuml;hjahrstagung Gutachter-Forum Nord, Bremen</td></tr>
</table>
<p style="font-size:9pt"><a href="https://www.zvm-journal.example/heft-3-2024">Zum Heft (Abonnenten-Login)</a></p>
</body></html>
"""
    return M("NORMAL", "de", "newsletter",
             "trap: HTML-only journal table of contents (depression, wrist, knee case anonymised, § 406 ZPO), no person",
             msg(BRANDSTETTER, [GRAFUNDER, OKONKWO, WENDLAND], "WG: Zeitschrift für Versicherungsmedizin 3/2024",
                 "2024-08-01 07:44", html(h, charset="us-ascii", cte="7bit")))


def m110():
    body = """Sehr geehrter Herr Tümmler,

wir möchten Sie über den Stand in der Sache Seebeck (Schaden-Nr.
HS-2024-00167, Ihre Privathaftpflicht PHV 2207-663190) informieren.

Das Gutachten des Baumsachverständigen Herrn Pielke liegt vor. Er hat die
Fichte auf Ihrem Grundstück Föhrenweg 14 untersucht, die am 21.12.2023 auf
den Carport und das Auto Ihrer Nachbarn gestürzt ist. Ergebnis: Der Baum
war gesund; er ist allein durch den Orkan umgestürzt. Sie hätten den
Schaden also auch mit regelmäßiger Baumkontrolle nicht verhindern können.

Wir haben die Forderungen Ihrer Nachbarn deshalb über deren Anwältin
abgelehnt. Das bedeutet für Sie:
- Sie müssen nichts zahlen und sollten gegenüber den Nachbarn keine
  Zahlungszusagen machen.
- Sollten die Nachbarn klagen, übernehmen wir die Abwehr und die Kosten
  des Verfahrens. Bitte leiten Sie uns Post vom Gericht sofort weiter.

Die Kosten des Sachverständigen (612,00 EUR) tragen wir; sie haben keinen
Einfluss auf Ihren Vertrag.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Haftpflicht-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "update to a policyholder on a tree expert's result: named customer, address, contract and claim numbers; property only",
             msg(PFEILSTICKER, ("Reinhard Tümmler", "r.tuemmler@mailbox.example"),
                 "Ihr Haftpflichtschaden HS-2024-00167 – Ergebnis des Baumgutachtens", "2024-05-17 10:40",
                 text(body, cte="8bit")))


def m111():
    body = """Dear Birgitte,

As announced, a heads-up on a large liability loss that will hit the
facultative layer of our farm liability treaty:

  Insured:        Johann Broeckelmann, farmer (sole proprietor),
                  Hof Broeckelmann, Moorweg 2, 27432 Bremervoerde
  Policy:         farm liability FH 1190-330187, limit EUR 5m
  Claim no.:      HS-2024-06690
  Date of loss:   5 July 2024

A fire started in the insured's hay barn (probable cause: self-heating of
insufficiently dried hay, as per the preliminary view of our loss
adjuster) and spread to the neighbouring farm's machinery hall. Nobody
was injured; some livestock was evacuated in time.

Third-party damage (loss adjuster's preliminary estimate):
  machinery hall (building)            EUR   840,000
  machinery (2 tractors, combine)      EUR 1,150,000
  business interruption (harvest
  contracting season lost)             EUR   480,000
  clean-up / contaminated water        EUR   120,000
  -------------------------------------------------
  total                                EUR 2,590,000

Liability: the adjuster points to the insured's hay moisture records
(missing for the last two cuts). We are likely to accept liability.

I will send the adjuster's full report when it arrives. Please confirm the
facultative share (40 % xs EUR 1m as per the slip).

Best regards
Rasmus
"""
    return M("CONFIDENTIAL", "en", "insurer-to-partner",
             "large-loss notice to reinsurer: named sole-proprietor farmer, farm address, policy and claim numbers, adjuster's estimates",
             msg(KJELDSEN, ("Birgitte Andersen", "b.andersen@nordic-re.example"),
                 "Large loss notification HS-2024-06690 - barn fire Bremervoerde", "2024-07-19 16:55",
                 text(body, charset="us-ascii", cte="7bit")))


def m112():
    body = """Dear Dr Achebe,

Welcome to the Kranichfeld expert panel. Below is a short guide to working
with us; the full handbook is available in the expert portal under
"Downloads".

1. Instructions
   You will receive each instruction through the expert portal together
   with the file. We never send medical records by normal e-mail. The
   instruction names the questions, the deadline and the agreed fee.

2. Examinations
   Please arrange appointments directly with the person to be examined.
   Let us know at once if the person does not attend or cancels.

3. Reports
   Upload your report as PDF via the portal. Please answer our questions
   in order and give reasons for any percentage or degree you state.
   If you need further records or an add-on report, ask us before
   commissioning anything.

4. Invoices
   Send invoices separately to invoices@kranichfeld-versicherung.example,
   quoting our reference, without medical details.

5. Data protection
   Keep files in the EU, do not use consumer cloud or dictation apps, and
   delete your copy six months after the final invoice unless you are
   legally required to keep it.

6. Contacts
   Expert coordination: +49 40 5556-4117 (Sabine Okonkwo)
   International claims: +49 40 5556-4290 (Claire Whitfield)

We look forward to working with you.

Kind regards
Claire Whitfield
"""
    return M("NORMAL", "en", "insurer-to-assessor",
             "trap: generic onboarding guide for a new panel expert (reports, examinations, invoices), no case or person data",
             msg(WHITFIELD, ("Dr Miriam Achebe", "m.achebe@achebe-psychiatry.example"),
                 "Welcome to the Kranichfeld expert panel", "2024-07-02 09:30",
                 text(body, charset="us-ascii", cte="7bit")))


def m113():
    body = """Hallo Herr Vollmer,

danke für Ihr Gutachten vom 29.04. zum Leitungswasserschaden Oberländer
(SG-2024-04410, Birkenweg 9, Halstenbek). Eine Rückfrage, bevor ich
abrechne:

Auf S. 5 setzen Sie für die Erneuerung des Badezimmers im OG (Fliesen,
Estrich, Dämmung) 21.480 EUR Neuwert an und sprechen von einem
"Abzug neu für alt" von 30 %, weil das Bad Baujahr 1996 ist. In der
Zusammenfassung auf S. 9 steht dann aber nur der Neuwert.

Die Wohngebäudeversicherung der Oberländers ist eine
Neuwertversicherung (gleitender Neuwert); ein Abzug neu für alt kommt
nur in Betracht, wenn der Zeitwert unter 40 % des Neuwerts liegt. Das
sehe ich hier nicht. Können Sie bitte bestätigen, dass der Abzug in Ihrer
Kalkulation nur "informativ" ist, oder die Seite 5 korrigieren?

Außerdem: Die Leckortungsrechnung (Fa. Sanitär Gehrke, 684 EUR) fehlt in
Ihrer Aufstellung, obwohl Herr Oberländer sie Ihnen beim Termin gegeben
hat.

Danke & Gruß
Frank Dörrie
"""
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "query to a building expert about new-value vs. current value: named customers, address, claim number, amounts",
             msg(DOERRIE, ("Dipl.-Ing. Arne Vollmer", "gutachten@sv-vollmer.example"),
                 "Rückfrage Gutachten SG-2024-04410 – Neuwert / Zeitwert", "2024-05-02 15:48",
                 text(body, cte="8bit", flowed=True)))


def m114():
    nl_iban = iban("NL", "INGB0001161160")
    body = """Hallo Frank,

der niederländische Schadenregulierer hat seine Rechnung für die
Besichtigung in St. Peter-Ording geschickt. Er ist Einzelunternehmer und
möchte auf sein Privatkonto bezahlt werden. Sein Text unten; bitte prüfen
und freigeben, wenn die Stunden für Dich passen.

Gruß, Claire

-----
Dear Ms Whitfield,

Re: storm damage holiday house "Dünenblick", Am Deich 41, 25826
St. Peter-Ording - owners Mr and Mrs Wouter and Anouk Visser (Haarlem),
your claim no. SG-2024-05520, policy WG 8802-771340

I inspected the property on 2 June together with Mr Visser. The storm on
17 May tore off about 30 m2 of the thatched roof on the seaward side;
rain has damaged the ceiling and the wooden floor of the upper bedroom.
My estimate for the repair by a local thatcher is EUR 26,300; the owners
also claim EUR 4,800 for lost rental income (June/July bookings), which
is covered under the rental-loss extension of their policy.

My fee: 9 hours at EUR 110 plus travel Haarlem - St. Peter-Ording
(2 x 520 km at EUR 0.35) = EUR 1,354.00, no VAT (small business scheme).

Payment to: B.J. Verhoeven, IBAN %s

Met vriendelijke groet / kind regards
Bas Verhoeven, schade-expert
""" % nl_iban
    return M("CONFIDENTIAL", "mixed", "assessor",
             "German forward of an English loss adjuster report: named Dutch homeowners, risk address, policy/claim numbers, sole trader's IBAN",
             msg(WHITFIELD, DOERRIE, "WG: Invoice and report - storm damage St. Peter-Ording (SG-2024-05520)",
                 "2024-06-06 17:12", text(body, cte="quoted-printable")))


def m115():
    body = """Hallo zusammen / hi all,

ab August findet die monatliche Fallkonferenz Gutachten wieder statt -
Einladung anbei. Bitte die Fälle, die Ihr besprechen wollt, bis zum
Vortag im Modul mit "Fallkonferenz" markieren; in der Einladung und im
Chat bitte keine Namen oder Diagnosen.

From August our monthly case conference on expert reports is back - see
the invite. Please flag the cases you want to discuss in the expert module
("Fallkonferenz") by the day before; no names or diagnoses in the invite
or the chat, please.

Ilka
"""
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E0080000000010C2D94FB2E0DA01000000000000000010000000",
        "DTSTAMP:20240730T091500Z",
        "ORGANIZER;CN=Dr. Ilka Brandstetter:mailto:ilka.brandstetter@kranichfeld-versicherung.example",
        "DTSTART;TZID=W. Europe Standard Time:20240814T140000",
        "DTEND;TZID=W. Europe Standard Time:20240814T153000",
        "RRULE:FREQ=MONTHLY;BYDAY=2WE;COUNT=5",
        "SUMMARY:Fallkonferenz Gutachten / expert report case conference",
        "LOCATION:Raum 4.02 / Teams",
        "DESCRIPTION:Fälle bitte im Modul markieren - keine Namen/Diagnosen in der Einladung.",
        "END:VEVENT", "END:VCALENDAR"])
    return M("NORMAL", "mixed", "internal",
             "trap: bilingual recurring meeting invite (ICS) for the expert-report case conference, explicitly no names or diagnoses",
             msg(BRANDSTETTER, ALL_LEISTUNG, "Fallkonferenz Gutachten ab August / case conference", "2024-07-30 11:15",
                 mixed(text(body, cte="8bit"),
                       att(cal, "text/calendar", "Fallkonferenz.ics", extra_ct=" method=REQUEST; charset=utf-8;"))))


def m116():
    body = """Hallo Tobias,

Herr Ortmann hat uns sein privat eingeholtes Gutachten geschickt (kam
per normaler Mail, ich habe ihm den Portal-Link für künftige Unterlagen
geschickt). Seine Mail unten, das PDF liegt in der Akte. Bitte an Ilka
zur Stellungnahme geben - unser eigener Gutachtenauftrag bei Dr.
Teufel-Baar läuft ja schon.

Gruß
Sabine

---------- Weitergeleitete Nachricht ----------
Von: Frank Ortmann <frank.ortmann@post.example>
Datum: Mo., 29. Juli 2024 um 22:47
Betreff: BU-Antrag LB-2024-003950 - mein Gutachten
An: leistung-bu@kranichfeld-versicherung.example

Sehr geehrte Damen und Herren,

weil mir Ihre Bearbeitung zu lange dauert, habe ich selbst ein
Gutachten bei Herrn Dr. Bastian Reuß (Psychiater und Psychotherapeut,
Lübeck) machen lassen. Ergebnis in Kürze:

- schwere depressive Episode ohne psychotische Symptome (F32.2)
- Erschöpfungssyndrom nach jahrelanger Überlastung als Vertriebsleiter
- Schlafstörungen, Panikattacken auf dem Weg ins Büro
- Empfehlung: stationäre Behandlung, die ich ab 19.08. in der
  psychosomatischen Klinik in Bad Bramstedt antrete
  (Aufnahmetermin steht)
- berufsunfähig zu 80 % in meiner bisherigen Tätigkeit

Die Kosten des Gutachtens (1.890 EUR) möchte ich von Ihnen erstattet
haben. Außerdem bitte ich, den Termin bei Ihrer Gutachterin abzusagen, da
ich mich zu diesem Zeitpunkt in der Klinik befinde.

Mit freundlichen Grüßen
Frank Ortmann
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "customer",
             "insured's own private psychiatric report quoted in an internal forward: F32.2, panic attacks, planned inpatient stay",
             msg(OKONKWO, WENDLAND, "WG: BU-Antrag LB-2024-003950 - mein Gutachten", "2024-07-30 08:26",
                 text(body, cte="8bit")))


def m117():
    body = """Sehr geehrter Herr Kollege Dr. Marschall,

in dem Rechtsstreit Jannsen ./. Kranichfeld Versicherung AG u. a.
(LG Hamburg, Az. 306 O 000/23; unser Schaden KS-2023-06118) danken wir für
die Übersendung des Gutachtens des gerichtlichen Sachverständigen
Dipl.-Ing. Carsten Hülsmann (Unfallrekonstruktion) vom 08.07.2024.

Zur Vorbereitung Ihrer Stellungnahme (Frist laut Gericht: 09.08.2024)
unsere Anmerkungen:

1. Der Sachverständige rekonstruiert für das Fahrzeug unseres
   Versicherungsnehmers, Herrn Mirko Stahnke (BMW 320d, HH-MS 7001), eine
   Annäherungsgeschwindigkeit von 48-55 km/h und für den Kläger
   Herrn Ole Jannsen (Audi A4, HH-OJ 313) von 35-40 km/h.
2. Zur entscheidenden Frage der Ampelphase kann er keine Aussage treffen,
   weil die Signalzeitenpläne der Kreuzung Stresemannstraße/Holstenstraße
   vom Tattag nicht mehr vorliegen. Damit bleibt es bei der Aussage
   unserer Zeugin (Beifahrerin Frau Dana Stahnke) gegen die des Klägers.
3. Die Annahme auf S. 14, unser VN habe "mit Wahrscheinlichkeit" bei Gelb
   die Haltelinie überfahren, beruht allein auf der Weg-Zeit-Betrachtung
   mit der oberen Geschwindigkeit. Bei 48 km/h ergibt sich nach seiner
   eigenen Tabelle auf S. 16 das Gegenteil. Bitte beantragen Sie insoweit
   eine Ergänzung (§ 411 Abs. 3 ZPO).

Personenschäden sind nicht Gegenstand des Verfahrens; es geht um die
Fahrzeugschäden (Kläger: 11.240 EUR) und die Quote.

Mit freundlichen Grüßen
Kevin Aydemir
Kfz-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-lawyer",
             "comments to panel lawyer on a court expert's accident reconstruction: named parties and witness, plates, claim number; property only",
             msg(AYDEMIR, ("RA Dr. Felix Marschall", "marschall@marschall-verkehrsrecht.example"),
                 "Jannsen ./. Kranichfeld – Gutachten Hülsmann – unsere Anmerkungen", "2024-07-23 17:02",
                 text(body)))


def m118():
    body = """Dear Mr Okafor-Reid,

Thank you for your questions in the interim audit (item IA-24-017,
"approval of expert fees"). Our answers:

1. Who can commission an expert report?
   Claims handlers in life/disability, accident and liability, using the
   template GA-03. Reports above EUR 2,000 or any second opinion require
   approval by the team lead (four-eyes principle in the expert module).

2. How are invoices checked?
   The expert module matches each invoice to an open instruction (order
   number GA-xxxxxx). Invoices without a matching instruction are blocked
   automatically. The claims handler checks the amount against the
   framework fee schedule; deviations above 10 % need team lead approval.

3. Segregation of duties
   Claims staff cannot create or change supplier master data (bank
   details); this is done by accounts payable after a call-back to a
   known phone number.

4. Evidence
   We can provide an extract of the approval log for a sample of 25
   invoices (order numbers and amounts only, no medical content). Please
   let us know the sampling period.

Kind regards
Henrike Voss-Lammert
Head of Life & Disability Claims
"""
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: answers to the external auditor on expert-fee approval controls; no case, no medical content",
             msg(VOSS, ("Samuel Okafor-Reid", "s.okafor-reid@hanse-audit.example"),
                 "IA-24-017 approval of expert fees - our answers", "2024-08-02 12:20",
                 text(body, charset="us-ascii", cte="7bit")))


def m119():
    body = """Dear Professor Doyle,

Request for a toxicological / forensic opinion
Insured person: Mr Daniel Hartig, born 30/06/1992
Our ref.: UV-2024-00955 (private accident insurance)

Mr Hartig fell from the first-floor balcony of a guesthouse in Galway on
the night of 11/12 May 2024 at about 01:30. He sustained a fracture of the
left femoral neck, a fracture of the left distal radius and a scalp
laceration, and was treated at University Hospital Galway until 24 May.

The hospital's admission bloods (taken at 02:55) show a blood ethanol
concentration of 1.9 g/L (approx. 1.9 per mille in German terms). A
urine drug screen was negative. Mr Hartig says he had "a few pints" at a
wedding, leaned on the balcony railing to smoke and the railing gave way;
the Garda report notes that the railing was loose but intact after the
fall.

Our policy excludes accidents caused by disturbances of consciousness,
including those due to alcohol. We would therefore ask you:

 1. What blood alcohol concentration is likely at the time of the fall,
    taking into account the time of sampling?
 2. Would that concentration, in general and given his drinking habits
    as far as known, be expected to cause a disturbance of consciousness
    (impaired balance, perception, reaction) sufficient to cause such a
    fall?
 3. Is it possible to say whether the fall would also have happened
    without the alcohol, if the railing was indeed loose?

The hospital records and the Garda report are in the portal. Please note
that Mr Hartig's lawyer has been informed of this instruction.

Kind regards
Melanie Grafunder
Accident Claims
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
             "forensic/toxicology instruction: named insured, DOB, femoral neck and radius fractures, blood alcohol 1.9 g/L",
             msg(GRAFUNDER, ("Prof. Eoin Doyle", "e.doyle@forensic-toxicology-galway.example"),
                 "Instruction - blood alcohol opinion, UV-2024-00955", "2024-08-05 10:52",
                 text(body, charset="us-ascii", cte="7bit")))


def m120():
    body = """Liebe Kolleginnen und Kollegen,

bei der letzten Begehung durch die Datenschutzkoordination sind uns
wieder einige Dinge aufgefallen, die wir gemeinsam abstellen wollen:

- Ausgedruckte Gutachten und Arztberichte lagen über Nacht offen auf
  Schreibtischen im Großraum 3. OG.
- Am Drucker im Flur lagen morgens drei nicht abgeholte Ausdrucke mit
  medizinischen Inhalten.
- Zwei Bildschirme waren nicht gesperrt, während die Kolleg/innen in der
  Mittagspause waren.
- In einem Teams-Kanal wurden Screenshots aus einem Gutachten geteilt.

Deshalb noch einmal die Regeln:
1. Clean Desk: Papiere mit Gesundheitsdaten abends in den abschließbaren
   Rollcontainer.
2. Drucken nur mit Follow-me-Printing (Ausgabe erst nach Karte).
3. Bildschirm sperren: Windows-Taste + L.
4. Keine Inhalte aus Gutachten in Teams oder Chats - dafür gibt es das
   Gutachtermodul.
5. Fehldrucke in die Datenschutztonne, nicht ins Altpapier.

Danke fürs Mitmachen!
Paul Ebersberg
Datenschutzkoordination Leistung
"""
    return M("NORMAL", "de", "internal",
             "trap: clean-desk reminder about printed expert reports and medical content, no person or case",
             msg(EBERSBERG, ALL_LEISTUNG, "Clean Desk – Gutachten und Arztberichte", "2024-08-06 08:40",
                 text(body, cte="8bit")))


def m121():
    body = """Dear Ms Brennan,

Your client: Mr Connor Walsh
Our insured: Mr Lars Wendt (personal liability policy)
Our ref.: HS-2024-02980

Thank you for your letter of 2 July 2024 and the enclosed report of the
maxillofacial surgeon, Mr Aidan Power, on your client's injuries.

We note from the report that Mr Walsh sustained a fracture of the left
mandibular angle (S02.65) and a fracture of two upper incisors in the
incident at the "Hafenkneipe" in Hamburg-St. Pauli on 9 March 2024,
required open reduction and internal fixation, a liquid diet for six
weeks and dental implants, and that he still suffers from numbness of the
lower lip.

We regret your client's injuries. However, we are unable to indemnify our
insured. According to the judgment of the Amtsgericht Hamburg-St. Georg
of 14 June 2024, which your letter also refers to, Mr Wendt was convicted
of intentional bodily harm (section 223 of the German Criminal Code) for
punching your client, and sentenced to a fine of 90 daily rates. The
policy excludes damage caused intentionally by the insured person. The
exclusion applies, and we have informed Mr Wendt accordingly.

Your client's claim for damages therefore has to be pursued against
Mr Wendt personally. We return the original report of Mr Power by post.

Yours sincerely
Joerg Pfeilsticker
Personal Injury Liability
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "declining cover: insured's criminal conviction for assault, claimant's jaw fracture S02.65, implants, nerve damage",
             msg(PFEILSTICKER, ("Niamh Brennan", "n.brennan@brennan-solicitors.example"),
                 "Walsh v Wendt - your letter of 2 July 2024 (HS-2024-02980)", "2024-07-10 14:08",
                 text(body, charset="us-ascii", cte="7bit")))


def m122():
    body = """Dear Ms Thornton,

Thank you for reporting the incident with your son's scooter (our claim
HS-2024-07310, your family liability policy PHV 6620-519804).

As we understand it, on 8 July 2024 your son Oliver (8) lost control of
his kick scooter on the pavement in front of your home, Isestrasse 71,
20149 Hamburg, and scratched the passenger side of a parked Mercedes
E-Class (HH-KL 2290) belonging to Mr Karl Loewe. No one was hurt.

Mr Loewe has submitted an estimate from a Mercedes dealer of EUR 3,860,
which seems high to us for scratches. We have therefore asked a motor
assessor, Mr Holger Strempel's colleague in Hamburg, Mr Jan-Ole Fricke,
to inspect the car. Mr Fricke will contact Mr Loewe directly; you do not
need to be present.

Please note: children under 10 are generally not liable for damage they
cause in traffic situations, and parents are only liable if they failed
in their duty of supervision. We will examine this question as well; your
policy also covers damage caused by children who are not liable
("deliktunfaehige Kinder") up to EUR 50,000, so in any case you will not
have to pay Mr Loewe yourself.

Kind regards
Joerg Pfeilsticker
Liability Claims
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "liability claim caused by a customer's child: named customer and child, home address, third party, plate, policy/claim; nobody hurt",
             msg(PFEILSTICKER, ("Rebecca Thornton", "rebecca.thornton@mailbox.example"),
                 "Your liability claim HS-2024-07310 - scooter damage", "2024-07-12 13:37",
                 text(body, charset="us-ascii", cte="7bit")))


def m123():
    plain = """Einladung zum Makler-Webinar

"Der BU-Leistungsfall: Welche Rolle spielt der Gutachter?"
Dienstag, 17.09.2024, 10:00-11:00 Uhr (online)

Referenten:
- Dr. Ilka Brandstetter, Beratungsärztin
- Henrike Voss-Lammert, Teamleitung Leistung Leben/BU

Themen:
- Wann wir ein Gutachten einholen - und wann nicht
- Wie Kundinnen und Kunden den Gutachter mit auswählen
- Psychische Erkrankungen im Leistungsfall: was Gutachter prüfen
- Fristen, Transparenz, Einwendungen
- Ihre Fragen (gern vorab an maklerbetreuung@kranichfeld-versicherung.example)

Das Webinar ist als Weiterbildung nach IDD anerkannt (1 Stunde).

Anmeldung: https://www.kranichfeld-versicherung.example/makler/webinare
"""
    h = """<html><body style="font-family:Arial;font-size:10pt">
<h3 style="color:#1d4e89">Einladung zum Makler-Webinar</h3>
<p><b>&bdquo;Der BU-Leistungsfall: Welche Rolle spielt der Gutachter?&ldquo;</b><br>
Dienstag, 17.09.2024, 10:00&ndash;11:00 Uhr (online)</p>
<p>Referenten: Dr. Ilka Brandstetter, Berat&shy;ungs&auml;rztin &middot; Henrike Voss-Lammert, Teamleitung Leistung Leben/BU</p>
<ul><li>Wann wir ein Gutachten einholen &ndash; und wann nicht</li>
<li>Wie Kundinnen und Kunden den Gutachter mit ausw&auml;hlen</li>
<li>Psychische Erkrankungen im Leistungsfall: was Gutachter pr&uuml;fen</li>
<li>Fristen, Transparenz, Einwendungen</li>
<li>Ihre Fragen (gern vorab an maklerbetreuung@kranichfeld-versicherung.example)</li></ul>
<p>Das Webinar ist als Weiterbildung nach IDD anerkannt (1 Stunde).</p>
<p><a href="https://www.kranichfeld-versicherung.example/makler/webinare">Jetzt anmelden</a></p>
</body></html>
"""
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: broker webinar invitation on the expert's role in BU claims (mental illness), no customer",
             msg(KAMINSKI, ("Maklerverteiler Nord", "makler-nord@" + DOMAIN),
                 "Einladung Makler-Webinar 17.09.: BU-Leistungsfall und Gutachter", "2024-08-08 07:30",
                 alt(text(plain), html(h, charset="us-ascii", cte="7bit")), extra=["Precedence: bulk"]))


def m124():
    plain = """Liebe Mitglieder der Leistungskommission,

für die Sitzung am 14.08. die Kurzfassung der drei Fälle mit
Gutachtenlage (Details in den Vorlagen im Modul):

1) LB-2024-003950 Ortmann, Frank, 46, Vertriebsleiter
   Privatgutachten Dr. Reuß: F32.2, BU 80 %; unser Gutachten
   Dr. Teufel-Baar noch offen (Termin wegen stationärer Aufnahme
   19.08. verschoben). Vorschlag: vorläufige Leistung ab Klinikaufnahme
   unter Vorbehalt.

2) LB-2023-009954 Schulte-Brinkmann, Anja, 52, Bankkauffrau
   Rheumatologisches Zweitgutachten Dr. Veltrup: Fibromyalgiesyndrom
   (M79.70), keine entzündlich-rheumatische Erkrankung; BU 30 %.
   Neuropsych. Zusatzgutachten: Konzentration leicht gemindert,
   Beschwerdenvalidierung grenzwertig. Vorschlag: Ablehnung.

3) LB-2024-001163 Menzel, Harald, 57, Berufskraftfahrer
   Kardiologisches Gutachten Dr. Falkenrath: KHK nach NSTEMI, LVEF 50 %,
   Belastbarkeit 100 W; Be- und Entladen und Nachtfahrten dauerhaft
   nicht zumutbar; BU 70 %. Vorschlag: Anerkennung ab 01.11.2023.

Viele Grüße
Tobias Wendland
"""
    h = """<html><body style="font-family:Calibri,Arial;font-size:10.5pt">
<p>Liebe Mitglieder der Leistungskommission,</p>
<p>f&uuml;r die Sitzung am 14.08. die Kurzfassung der drei F&auml;lle mit Gutachtenlage (Details in den Vorlagen im Modul):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e8eef5"><th>LF-Nr.</th><th>Versicherte/r</th><th>Gutachten</th><th>Ergebnis</th><th>Vorschlag</th></tr>
<tr><td>LB-2024-003950</td><td>Ortmann, Frank, 46, Vertriebsleiter</td><td>Privatgutachten Dr. Reu&szlig;; eigenes GA Dr. Teufel-Baar offen</td><td>F32.2, BU 80&nbsp;% (privat); station&auml;re Aufnahme 19.08.</td><td>vorl&auml;ufige Leistung unter Vorbehalt</td></tr>
<tr><td>LB-2023-009954</td><td>Schulte-Brinkmann, Anja, 52, Bankkauffrau</td><td>Zweitgutachten Dr. Veltrup + neuropsych. ZGA</td><td>Fibromyalgiesyndrom (M79.70), BU 30&nbsp;%, BVT grenzwertig</td><td>Ablehnung</td></tr>
<tr><td>LB-2024-001163</td><td>Menzel, Harald, 57, Berufskraftfahrer</td><td>Kardiologie Dr. Falkenrath</td><td>KHK nach NSTEMI, LVEF 50&nbsp;%, BU 70&nbsp;%</td><td>Anerkennung ab 01.11.2023</td></tr>
</table>
<p>Viele Gr&uuml;&szlig;e<br>Tobias Wendland</p>
</body></html>
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "claims committee summary (plain + HTML table): three named BU claimants with ages, diagnoses, expert findings, decisions",
             msg(WENDLAND, [VOSS, BRANDSTETTER, ("Leistungskommission", "leistungskommission@" + DOMAIN)],
                 "Leistungskommission 14.08. – Fälle mit Gutachtenlage", "2024-08-09 16:45",
                 alt(text(plain), html(h))))


def m125():
    body = """Dear Ms Vogt,

We are sorry to hear about the ransomware attack on your office systems.
Here is a summary of what we agreed on the phone this morning.

  Policyholder:  Anneliese Vogt, Architektin (sole practitioner),
                 Schanzenstrasse 58, 20357 Hamburg
  Policy:        cyber insurance for small businesses CY 0912-448150
  Claim no.:     CY-2024-00288
  Incident:      discovered 14 August 2024, 07:45; file server and two
                 laptops encrypted, ransom note demanding 2.5 BTC

1. IT forensic expert: we have instructed Hanse Forensik IT GmbH
   (contact: Mr Malik Sarr, +49 40 5550 7730). They will contact you
   within two hours and start remote analysis today. Please do not switch
   off or reinstall the affected devices before they have secured the
   evidence.
2. Ransom: please do not pay and do not contact the attackers.
3. Data protection: if client data (names, addresses of your building
   clients) may have been accessed, a report to the data protection
   authority may be due within 72 hours. Our panel lawyer, Dr. Yasmin
   Rehberg, will call you about this.
4. Police: please file a report with the LKA cybercrime unit; the forensic
   expert can help with this.

Costs of the forensic expert and the lawyer are covered by your policy
(no excess for incident response).

Kind regards
Claire Whitfield
on behalf of Cyber Claims
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "cyber claim of a sole-practitioner architect: named policyholder, business address, policy and claim numbers, IT forensic expert",
             msg(WHITFIELD, ("Anneliese Vogt", "office@vogt-architektur.example"),
                 "Your cyber claim CY-2024-00288 - forensic expert instructed", "2024-08-14 11:06",
                 text(body, charset="us-ascii", cte="7bit")))


def m126():
    body = """Datenschutz-Quiz Leistung (August) - 5 Fragen, 5 Minuten

Alle Personen sind erfunden. Antworten bis Freitag an mich, unter allen
richtigen Einsendungen verlosen wir zwei Kinogutscheine.

1. Ein Gutachter ruft an und bittet, ihm "schnell mal" den
   Entlassungsbericht eines Versicherten per Mail zu schicken, weil das
   Portal hakt. Was tun Sie?
   a) per Mail schicken, ist ja ein Arzt
   b) per Post oder nach Behebung der Störung über das Portal
   c) per Fax

2. Welche Betreffzeile ist in Ordnung?
   a) "Gutachten Herr X - Depression"
   b) "LB-2024-xxxxxx - Gutachten"
   c) "Herr X, geb. 01.01.19xx, BU"

3. Eine Anwältin schickt ein Gutachten unverschlüsselt. Dürfen Sie
   inhaltlich mit Diagnosen per Mail antworten?

4. Darf die Statistik "Gutachten nach Fachgebiet" an den Verband gehen,
   wenn eine Zeile nur 2 Fälle enthält?

5. Wie lange dürfen Gutachterakten nach Abschluss des Leistungsfalls
   höchstens aufbewahrt werden? (Tipp: Löschkonzept, Entwurf vom April)

Viel Spaß!
Paul
"""
    return M("NORMAL", "de", "internal",
             "trap: data-protection quiz with hypothetical persons (Herr X, Depression, BU) and placeholder dates",
             msg(EBERSBERG, ALL_LEISTUNG, "Datenschutz-Quiz August: Gutachten & Co.", "2024-08-12 09:03",
                 text(body, cte="8bit")))


def m127():
    q = docx([
        ("b", "Ergänzende Fragen an die Gutachterin - Auftrag GA-240311"),
        "Leistungsfall LB-2023-011290 · Versicherte: Frau Monika Strehlow, geb. 16.01.1974",
        "Gutachterin: Dr. med. Corinna Teufel-Baar · Hauptgutachten vom 04.03.2024 · ergänzende Stellungnahme vom 22.03.2024",
        ("b", "Anlass"),
        "Die Versicherte hat über ihren Rechtsanwalt gegen unsere Ablehnung Widerspruch eingelegt. Sie trägt vor, seit Mai 2024 habe sich die depressive Symptomatik deutlich verschlechtert; sie sei vom 06.05. bis 14.06.2024 erneut stationär behandelt worden (Klinik am Seepark, Entlassbericht liegt bei). Die Medikation sei auf Venlafaxin 225 mg und Quetiapin 50 mg umgestellt worden; zusätzlich bestehe eine Alkoholproblematik, die sie bislang verschwiegen habe.",
        ("b", "Fragen"),
        ("table", [["Nr.", "Frage"],
                   ["1", "Ändert der Entlassbericht vom 14.06.2024 Ihre Beurteilung des Leistungsvermögens (bisher 40 % Einschränkung)?"],
                   ["2", "Ist die Verschlechterung seit Mai 2024 als neue Entwicklung zu werten oder bestand sie bereits im Zeitpunkt Ihrer Untersuchung?"],
                   ["3", "Welche Bedeutung hat der nun angegebene schädliche Alkoholgebrauch (F10.1) für die Leistungsfähigkeit und für die Glaubhaftigkeit der früheren Angaben?"],
                   ["4", "Halten Sie eine erneute persönliche Untersuchung für erforderlich?"]]),
        "Bitte antworten Sie bis 20.09.2024. Die neuen Unterlagen stehen im Gutachterportal.",
    ], author="Tobias Wendland", title="Ergänzende Fragen GA-240311", date=(2024, 8, 19, 10, 0, 0))
    body = """Sehr geehrte Frau Dr. Teufel-Baar,

anbei unsere ergänzenden Fragen zu Auftrag GA-240311. Die neuen Unterlagen
liegen wie gewohnt im Portal. Für Rückfragen bin ich diese Woche
telefonisch gut erreichbar.

Mit freundlichen Grüßen
Tobias Wendland
Leistung BU
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "harmless body with order number; DOCX names the BU claimant, birth date, worsening depression, new inpatient stay, F10.1",
             msg(WENDLAND, ("Dr. med. Corinna Teufel-Baar", "gutachten@gutachten-teufel-baar.example"),
                 "Auftrag GA-240311 – ergänzende Fragen", "2024-08-19 10:14",
                 mixed(text(body, cte="8bit"), att(q, CT_DOCX, "GA-240311_ergaenzende_Fragen.docx"))))


def m128():
    body = """Sehr geehrter Herr Strempel,

wie von Ihrem Steuerberater erbeten, hier die Übersicht unserer Zahlungen
an Sie für das Kalenderjahr 2023:

  Zahlungsempfänger:  Dipl.-Ing. Holger Strempel e.K.
                      Am Ilmenaukanal 3, 21337 Lüneburg
  Steuer-Nr.:         33/214/00517
  Kreditoren-Nr.:     700411

  Quartal   Anzahl Rechnungen   netto EUR     USt EUR      brutto EUR
  Q1 2023          19          11.842,60     2.250,09     14.092,69
  Q2 2023          24          14.390,20     2.734,14     17.124,34
  Q3 2023          17          10.118,00     1.922,42     12.040,42
  Q4 2023          21          12.965,40     2.463,43     15.428,83
  -------------------------------------------------------------------
  Summe            81          49.316,20     9.370,08     58.686,28

Die Einzelbuchungen (Rechnungsnummer, Datum, Betrag) kann Ihr
Steuerberater als CSV über unser Lieferantenportal abrufen. Bitte
beachten Sie, dass wir als Versicherer keine Bescheinigung im
steuerrechtlichen Sinne ausstellen; die Übersicht dient nur Ihrem Abgleich.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
i. A. Kevin Aydemir
"""
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "annual payment overview for a sole-trader motor assessor: his income from the insurer, tax number, address",
             msg(AYDEMIR, ("Kfz-Sachverständigenbüro Strempel", "auftrag@sv-strempel.example"),
                 "Zahlungsübersicht 2023 für Ihren Steuerberater", "2024-02-08 11:27", text(body)))


def m129():
    body = """Dear colleagues,

We are pleased to invite you to our annual Expert Forum:

   Kranichfeld Expert Forum 2024
   Thursday 7 November 2024, 13:00-18:00, followed by dinner
   Kranichfeld Versicherung, Kranichfelder Allee 40, Hamburg (and online)

Programme
 13:00  Welcome and figures 2024 (turnaround, quality, fees)
 13:30  "Percentages with reasons" - what courts expect from
        disability and invalidity assessments
 14:30  Workshop A: psychiatric reports and symptom validity
        Workshop B: upper limb impairment and the limb table
 16:30  Panel: working with claimants' lawyers - objections,
        second opinions, bias challenges
 17:30  E-invoicing and the new expert portal release

The forum is accredited for CME points (application pending). There is no
fee; travel costs for panel experts are reimbursed as per your framework
agreement.

Please accept or decline the calendar invitation by 30 September. Sessions
will be held in German with English slides; the panel will be bilingual.

Kind regards
Sabine Okonkwo and Claire Whitfield
Expert Coordination
"""
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kranichfeld Versicherung//Events//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:expert-forum-2024@kranichfeld-versicherung.example",
        "DTSTAMP:20240820T080000Z",
        "ORGANIZER;CN=Expert Coordination:mailto:gutachten@kranichfeld-versicherung.example",
        "DTSTART;TZID=Europe/Berlin:20241107T130000", "DTEND;TZID=Europe/Berlin:20241107T180000",
        "SUMMARY:Kranichfeld Expert Forum 2024",
        "LOCATION:Kranichfelder Allee 40\\, 20099 Hamburg / online",
        "END:VEVENT", "END:VCALENDAR"])
    return M("NORMAL", "en", "insurer-to-assessor",
             "trap: invitation to the insurer's annual expert forum (psychiatric reports, limb table, bias), ICS, no case",
             msg(OKONKWO, ("Panel experts (BCC)", "gutachten@" + DOMAIN), "Invitation: Kranichfeld Expert Forum 2024",
                 "2024-08-20 10:00",
                 mixed(text(body, charset="us-ascii", cte="7bit"),
                       att(cal, "text/calendar", "Expert_Forum_2024.ics", extra_ct=" method=REQUEST; charset=utf-8;")),
                 extra=["Precedence: bulk"]))


def m130():
    body = """Ilka,

bitte einmal draufschauen, bevor ich Dr. Ouraghi um Stellungnahme bitte.
Das Anwaltsschreiben kam per beA-Ausdruck, ich habe es abgetippt.

Melanie

-------- Schreiben RA Zaunick vom 12.08.2024 --------
UV-2023-07794 - Unfall Ihrer Versicherungsnehmerin Frau Ramona Fiedler

Sehr geehrte Frau Grafunder,

namens unserer Mandantin widersprechen wir der Invaliditätsbemessung auf
Grundlage des Gutachtens Dr. Ouraghi vom 10.07.2024.

1. Der Gutachter bemisst die Folgen der Schulterluxation rechts mit
   knöcherner Bankart-Läsion (S43.01) nur mit 1/10 Armwert. Er
   berücksichtigt nicht, dass unsere Mandantin als Friseurmeisterin
   dauerhaft über Kopf arbeiten muss und seit der Operation (arthroskopische
   Stabilisierung am 21.09.2023) bei Elevation über 120 Grad
   Schmerzen und ein Instabilitätsgefühl hat.
2. Die vom Gutachter angenommene "Mitwirkung" einer vorbestehenden
   Schultergelenksinstabilität zu 40 % ist nicht belegt. Die einzige
   Vorbehandlung (Physiotherapie 2017 wegen Nackenverspannungen) betraf
   die Halswirbelsäule.
3. Die psychische Belastung unserer Mandantin (Angst vor erneuter
   Luxation, Schlafstörungen; in hausärztlicher Behandlung mit
   Opipramol) bleibt unerwähnt.

Wir fordern die Bemessung mit 3/10 Armwert ohne Mitwirkungsabzug und
setzen eine Frist bis 06.09.2024.

Zaunick, Rechtsanwalt
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "lawyer",
             "base64-encoded body: lawyer's objection to an accident report: named client, shoulder dislocation S43.01, surgery, anxiety, medication",
             msg(GRAFUNDER, BRANDSTETTER, "WG: UV-2023-07794 Fiedler – Widerspruch gegen Invaliditätsbemessung",
                 "2024-08-14 09:50", text(body, cte="base64")))


def m131():
    body = """Hallo Henrike,

kurze Einordnung zur Frage aus der Bereichsrunde, ob uns eine JVEG-Reform
betrifft, obwohl wir keine Gerichte sind:

1. Direkt: Das JVEG regelt nur die Vergütung gerichtlich bestellter
   Sachverständiger. Für unsere Privatgutachten gelten unsere
   Rahmenvereinbarungen.

2. Indirekt: Viele Gutachter orientieren ihre Stundensätze an den
   Honorargruppen M1-M3 (M1: einfache Gutachten, M2: beschreibende
   Gutachten mittlerer Schwierigkeit, M3: Gutachten mit hohem
   Schwierigkeitsgrad, z. B. Zusammenhangsfragen). Eine Erhöhung dort
   führt erfahrungsgemäß innerhalb eines Jahres zu Nachverhandlungen.

3. Prozesse: Bei Gerichtsverfahren tragen wir im Unterliegensfall die
   Kosten der gerichtlichen Sachverständigen ohnehin nach JVEG.

Empfehlung: Budget 2025 mit +5 % für Gutachterhonorare planen (siehe
Auswertung vom 16.07.) und die Rahmenverträge mit Preisgleitklausel
nicht vor Q2/2025 neu verhandeln.

Sabine
"""
    return M("NORMAL", "de", "internal",
             "trap: internal note on JVEG fee groups M1-M3 and expert-fee budgeting, no person",
             msg(OKONKWO, VOSS, "JVEG-Anpassung – Auswirkungen auf unsere Gutachterhonorare?", "2024-08-21 15:12",
                 text(body, cte="8bit", flowed=True)))


def m132():
    body = """Dear Sirs,

Our insured: Mr Florian Bach, Kiel
Your clients: Mr and Mrs Penhaligon, Gull Rock Cottage, Port Isaac
Our ref.: HS-2024-05590

Further to your letter of 3 June, we confirm that Mr Bach's personal
liability policy with us responds to the escape of water on 16 May 2024.
We do not dispute liability.

We have had Mr Trethewey's report reviewed by our own building
consultant. Our comments on the quantum:

 - ceiling and redecoration: agreed at GBP 3,150;
 - electrics: the report includes a full rewire of the kitchen circuit
   (GBP 1,480); the electrician's test certificate of 27 May shows only
   two sockets and one light fitting affected. We offer GBP 420;
 - kitchen units: the units were 14 years old; we offer the value of the
   units at the date of loss, GBP 1,100 instead of GBP 2,210 new;
 - loss of letting income: we accept two cancelled weeks
   (GBP 2,100) as evidenced by the booking cancellations; the other
   two weeks were cancelled after the repairs were complete.

Total offer: GBP 6,770, in full and final settlement. Payment can be
made to your client account within 10 days of acceptance.

Yours faithfully
Frank Doerrie
Property Claims, Kranichfeld Versicherung AG
"""
    return M("CONFIDENTIAL", "en", "insurer-to-lawyer",
             "settlement offer on a surveyor's report to solicitors: named policyholder and claimants, cottage address, claim number; property only",
             msg(DOERRIE, ("Tremayne & Rowe Solicitors", "claims@tremayne-rowe.example"),
                 "Your clients Mr and Mrs Penhaligon - our ref. HS-2024-05590", "2024-06-28 12:55",
                 text(body, charset="us-ascii", cte="7bit"), cc=WHITFIELD))


def m133():
    body = """Sehr geehrter Herr Dr. Pohlmann,

wir bitten um Erstellung eines HNO-ärztlichen Gutachtens in folgender
Unfallsache:

Versicherter:  Herr Uwe Reinholz, geb. 22.05.1963, Elektromeister
Anschrift:     Heidkoppel 30, 22145 Hamburg
Unfall-Nr.:    UV-2024-00011

Am 31.12.2023 gegen 23:55 Uhr explodierte unmittelbar neben dem linken Ohr
des Versicherten ein Feuerwerkskörper (Böller der Kategorie F2), den ein
Nachbar gezündet hatte. Seitdem bestehen laut HNO-Befundbericht vom
15.02.2024:

  - Knalltrauma links mit Hochtonsenke (Hörverlust bis 55 dB bei 4 kHz)
  - Tinnitus aurium links (H93.1), dekompensiert (Tinnitusfragebogen
    nach Goebel/Hiller: 52 Punkte)
  - vorbestehend: altersentsprechende Presbyakusis beidseits (H91.1)

Der Versicherte berichtet über Schlafstörungen und Konzentrations-
probleme; eine Hörgeräteversorgung links ist verordnet.

Fragen:
1. Welche dauerhaften Unfallfolgen bestehen am linken Ohr? Bitte
   Invaliditätsgrad nach der Gliedertaxe (Gehör auf einem Ohr 30 %) als
   Bruchteil angeben.
2. Ist der Tinnitus als Unfallfolge außerhalb der Gliedertaxe zu
   bewerten?
3. In welchem Umfang hat die vorbestehende Schwerhörigkeit mitgewirkt?

Aktuelle Audiogramme bitte selbst erstellen. Honorar nach
Rahmenvereinbarung.

Mit freundlichen Grüßen
Melanie Grafunder
Unfall-Leistung
Kranichfeld Versicherung AG
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "iso-8859-1 commissioning of an ENT report: named insured, birth date, address, acoustic trauma, tinnitus H93.1, hearing aid",
             msg(GRAFUNDER, ("Dr. med. Henning Pohlmann", "praxis@hno-pohlmann.example"),
                 "Gutachtenauftrag HNO - UV-2024-00011", "2024-03-12 13:20",
                 text(body, charset="iso-8859-1", cte="8bit"), hcharset="iso-8859-1", hmode="Q"))


def m134():
    tpl = """Textbaustein GA-INFO-01 "Ihr Gutachtertermin" (Stand 08/2024)
=================================================================

Sehr geehrte/r <<Anrede>> <<Nachname>>,

in Ihrer Angelegenheit <<Leistungsfall-/Unfall-Nr.>> benötigen wir ein
ärztliches Gutachten. Wir haben hierfür <<Titel Name Gutachter/in>>,
<<Fachgebiet>>, beauftragt.

Ihr Termin: <<Wochentag>>, <<Datum>>, <<Uhrzeit>> Uhr
            <<Praxis/Institut>>, <<Straße>>, <<PLZ Ort>>

Bitte bringen Sie mit:
<<Liste Unterlagen - je nach Fachgebiet aus Auswahlliste GA-UNT>>

Die Kosten der Untersuchung tragen wir. Fahrtkosten und nachgewiesenen
Verdienstausfall erstatten wir Ihnen auf Antrag.

Wenn Sie den Termin nicht wahrnehmen können, melden Sie sich bitte bis
spätestens drei Werktage vorher bei <<Praxis/Institut>>, Tel. <<Telefon>>.

Mit freundlichen Grüßen
<<Sachbearbeiter/in>>
"""
    body = """Hallo Melanie,

hier der überarbeitete Textbaustein "Ihr Gutachtertermin" als TXT für
den Import in die Textverwaltung. Änderungen gegenüber der alten Fassung:
Fahrtkosten/Verdienstausfall jetzt ausdrücklich drin, und die Liste der
mitzubringenden Unterlagen kommt aus der neuen Auswahlliste.

Bitte einmal gegenlesen, dann geht er an die Textredaktion.

Sabine
"""
    return M("NORMAL", "de", "internal",
             "trap: text template for expert appointment letters with <<placeholders>> as TXT attachment, no real person",
             msg(OKONKWO, GRAFUNDER, "Textbaustein GA-INFO-01 Ihr Gutachtertermin – zum Gegenlesen", "2024-08-22 11:48",
                 mixed(text(body, cte="8bit"),
                       att(tpl.encode("cp1252"), "text/plain", "GA-INFO-01_Gutachtertermin.txt", cte="quoted-printable",
                           extra_ct=" charset=windows-1252;"))))


def m135():
    ie_iban = iban("IE", "BOFI90001716116116")
    body = """Dear Liam,

Thank you for your first invoice (FFE-2024-007, EUR 3,262.50) for the
scaffolding collapse in Wedel (our claim HS-2024-06012; our insured is
the scaffolding contractor Mr Olaf Timm, trading as Geruestbau Timm e.K.;
the damaged property is the conservatory of Mr and Mrs Brockmann,
Rosengarten 9, 22880 Wedel).

Two small points before we can pay:

 1. The invoice shows 19.5 hours of desk work. Our agreement caps desk
    work at 16 hours per case unless agreed in advance. Could you let me
    know what the additional hours were for (I suspect the wind-load
    calculations for the scaffold anchors)? If so, I will approve them.
 2. The bank details on the invoice differ from the ones in our
    agreement: the invoice says IBAN %s,
    the agreement a different account. As you are a sole trader, our
    accounts payable team will only pay to the account in the agreement
    unless you confirm the change in writing and by phone.

Your report itself was very clear - thank you. The finding that the
anchors were fixed into the rendered insulation rather than the masonry
will help us a lot in the discussion with the Brockmanns' lawyer.

Best regards
Claire
""" % ie_iban
    return M("CONFIDENTIAL", "en", "insurer-to-assessor",
             "invoice query to a sole-trader engineer incl. his IBAN; named sole-trader insured and third parties with address, claim number",
             msg(WHITFIELD, ("Dr Liam Fairbrother", "liam@fairbrother-forensic.example"),
                 "Invoice FFE-2024-007 - two questions", "2024-08-23 09:35",
                 text(body, charset="us-ascii", cte="7bit")))


def m136():
    payee = iban("DE", "20050550" + "1023377450")
    body = """Sehr geehrter Herr Ebeling,

in der Schadensache Riedmüller (unser Zeichen HS-2024-02217) hat der von
beiden Seiten akzeptierte Sachverständige Herr Dipl.-Ing. Jens Rohwedder
sein Gutachten vom 28.06.2024 vorgelegt. Auf dieser Grundlage und nach
Abstimmung mit Ihrem Anwalt, Herrn RA Voßberg, regulieren wir Ihren
Schaden wie folgt:

  Trocknung (Rechnung Fa. AquaTrock)                5.312,40 EUR
  Parkett Flur, Austausch 14 m² (Zeitwert)          4.890,00 EUR
  Malerarbeiten Küche/Flur                          1.760,00 EUR
  Hotelkosten 5 Nächte                                645,00 EUR
  Stromkosten Trocknungsgeräte (pauschal)             180,00 EUR
  ---------------------------------------------------------------
  Summe                                            12.787,40 EUR
  abzüglich Vorschuss vom 12.04.2024               -3.000,00 EUR
  Restzahlung                                       9.787,40 EUR

Die Restzahlung überweisen wir, wie mit Ihrem Anwalt vereinbart, auf Ihr
Konto IBAN %s. Die Anwaltskosten erstatten wir Herrn Voßberg
gesondert.

Damit ist die Angelegenheit für uns abgeschlossen. Wir danken Ihnen für
Ihre Geduld.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Haftpflicht-Schaden
""" % payee
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "payment to a third-party claimant after a neutral expert's report: named claimant, IBAN, claim number, amounts",
             msg(PFEILSTICKER, ("Horst Ebeling", "h.ebeling@post.example"),
                 "Ihr Wasserschaden – Regulierung nach Gutachten (HS-2024-02217)", "2024-07-04 11:20",
                 text(body), cc=("RA Henning Voßberg", "vossberg@kanzlei-vossberg.example")))


def m137():
    body = """FYI - interesting numbers on mental health claims, matches what we see.
Rasmus

-----Original Message-----
From: Nordic Re Life & Health Insights <insights@nordic-re.example>
Subject: L&H Insights 2/2024: mental health, long COVID, reinstatement

L&H Insights 2/2024

MENTAL HEALTH NOW THE LEADING CAUSE OF DISABILITY CLAIMS
Across our European income protection book, mental and behavioural
disorders accounted for 34 % of new claims in 2023 (2019: 27 %). Average
claim duration for depressive episodes was 2.9 years; anxiety disorders
2.1 years. Claims with an independent psychiatric assessment within the
first six months showed a 22 % higher return-to-work rate.

LONG COVID: SETTLING DOWN
Post-COVID conditions represented 3.1 % of new claims, down from a peak of
4.4 % in 2022. Review outcomes vary widely; we recommend reassessment after
12 months rather than 24.

UNDERWRITING CORNER
Our updated manual treats a single depressive episode fully recovered for
more than 3 years as standard risk in most markets. See the manual for
details.

EVENTS
Claims Masterclass "Working with medical experts", Copenhagen,
10-11 October 2024.

Nordic Re - Life & Health
Unsubscribe: https://www.nordic-re.example/insights/unsubscribe
"""
    return M("NORMAL", "en", "newsletter",
             "trap: forwarded reinsurer newsletter on mental-health and long-COVID claims (portfolio figures), no person",
             msg(KJELDSEN, [VOSS, BRANDSTETTER], "FW: L&H Insights 2/2024: mental health, long COVID, reinstatement",
                 "2024-06-20 08:12", text(body, charset="us-ascii", cte="7bit")))


def m138():
    inner_body = """Dear Ms Grafunder,

Our client: Mr Daniel Hartig - your ref. UV-2024-00955

We understand that you have instructed Professor Doyle to give an opinion
on whether our client's fall from the balcony in Galway was caused by
alcohol.

We object to the wording of your instruction. It suggests that the
railing was "loose but intact", which is not what the Garda report says:
the report records that the top rail had come away from the left post and
that the guesthouse owner repaired it the following morning. Photographs
taken by our client's brother on 12 May show this clearly and are enclosed.

Our client's blood alcohol concentration is not disputed. It is however
irrelevant if the railing gave way, as a sober person leaning on a railing
would have fallen in exactly the same way.

We would also remind you that our client underwent a total hip
replacement on 14 May after the femoral neck fracture, is still walking
with crutches, and has not been able to return to his work as a
paramedic. Your delay in paying even the hospital daily benefit is causing
him financial hardship.

We ask that you send Professor Doyle the enclosed photographs and a
corrected summary of the facts, and that you copy us on all further
correspondence with him.

Yours sincerely
Mark Donnelly
Donnelly & Keane Solicitors
"""
    inner = msg(("Mark Donnelly", "m.donnelly@donnelly-keane.example"),
                ("Melanie Grafunder", GRAFUNDER[1]), "Daniel Hartig - your instruction to Professor Doyle",
                "2024-08-12 15:30", text(inner_body, charset="us-ascii", cte="7bit"), inner=True)
    body = """Dear Professor Doyle,

Please find attached a letter from Mr Hartig's solicitors. In fairness to
both sides, please take into account their account of the state of the
railing and the photographs, which we have uploaded to the portal.
Our questions remain unchanged; in particular question 3 (would the fall
have happened without the alcohol?) is now the central one.

Kind regards
Melanie Grafunder
Accident Claims
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "lawyer",
             "solicitor's letter forwarded to the expert as message/rfc822: named client, hip replacement, crutches, blood alcohol",
             msg(GRAFUNDER, ("Prof. Eoin Doyle", "e.doyle@forensic-toxicology-galway.example"),
                 "UV-2024-00955 - letter from the insured's solicitors", "2024-08-13 10:20",
                 mixed(text(body, charset="us-ascii", cte="7bit"),
                       rfc822(inner, "Hartig - solicitors letter 12-08-2024.eml"))))


def m139():
    body = """Sehr geehrter Herr Dipl.-Ing. Stüven,

im Rahmen einer Mietrechtsstreitigkeit unserer Versicherungsnehmerin
bitten wir Sie um ein Privatgutachten zur Ursache von Schimmelbildung.

Rechtsschutz-Nr.:  RS-2024-04471 (Mietrechtsschutz, Vertrag RS 7710-228341)
Versicherungsnehmerin / Mieterin:
                   Frau Lea Dombrowski
Mietobjekt:        Gneisenaustraße 19, EG rechts, 23566 Lübeck
                   (Altbau, Baujahr ca. 1905, Fenster 2016 erneuert)
Vermieter:         Herr Dr. Helmut Raabe, vertreten durch
                   Hausverwaltung Trave GmbH

Die Vermieterseite behält die Kaution (2.250 EUR) ein und verlangt
zusätzlich 3.400 EUR für die Beseitigung von Schimmel im Schlafzimmer
(Außenwandecke und hinter dem Kleiderschrank) mit der Begründung,
Frau Dombrowski habe falsch gelüftet und geheizt. Frau Dombrowski trägt
vor, die Außenwand sei seit Jahren feucht, im Keller darunter gebe es
aufsteigende Nässe.

Fragen:
1. Ist der Schimmel auf bauliche Ursachen (Wärmebrücke,
   Feuchtigkeitseintrag) oder auf das Nutzungsverhalten zurückzuführen?
2. War bei üblichem Lüften (2-3x täglich Stoßlüften) und Heizen eine
   Schimmelbildung vermeidbar?

Frau Dombrowski ist ausgezogen; die Wohnung steht leer. Die Hausverwaltung
(Tel. 0451 5550 2240) hat einer Besichtigung zugestimmt. Kostenübernahme
bis 1.800 EUR brutto. Bitte Rechnung an uns unter Angabe der RS-Nummer.

Mit freundlichen Grüßen
Marion Huberty
Rechtsschutz-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "mould expert commissioned under legal-expenses cover: named tenant and landlord, flat address, contract/claim numbers; no health",
             msg(HUBERTY, ("Dipl.-Ing. Malte Stüven", "gutachten@bauphysik-stueven.example"),
                 "Auftrag Privatgutachten Schimmel – RS-2024-04471", "2024-08-26 14:40", text(body, cte="8bit")))


def m140():
    body = """Hallo Frau Lindemann,

wie besprochen hier unsere Bestellung für den Gutachter-Qualitätszirkel:

Termin:     Donnerstag, 19.09.2024
Ort:        Kranichfeld Versicherung AG, Konferenzzentrum EG, Saal Elbe
Personen:   34 (davon 4 vegetarisch, 2 vegan, 1 glutenfrei)
Bestell-Nr. 4500386120, Kostenstelle 4410

12:30 Uhr   Begrüßungskaffee, Wasser, Säfte
13:00 Uhr   Mittagsbuffet "Norddeutsch leicht" laut Angebot Nr. 2
15:15 Uhr   Kaffeepause mit Obst und Kuchen
17:00 Uhr   Ende

Bitte Tischkarten mit dem Aufdruck "Qualitätszirkel Begutachtung 2024"
und keine Namensschilder - die drucken wir selbst.

Rechnung bitte mit Bestellnummer an unser Rechnungspostfach.

Viele Grüße
Nadine Szymanski
Einkauf
"""
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: catering order for the expert quality circle (dietary counts without names), no person data",
             msg(SZYMANSKI, ("Elbküche Catering GmbH", "events@elbkueche-catering.example"),
                 "Bestellung Catering Qualitätszirkel 19.09.2024", "2024-08-27 09:10",
                 text(body, charset="iso-8859-1", cte="quoted-printable")))


def m141():
    rows = ("lf_nr;name;geb;sparte;gutachter;fachgebiet;diagnose_hauptgrund;auftrag;frist;status\r\n"
            "LB-2024-004817;Kwiatkowski, Dieter;03.07.1969;BU;Amsel;Orthopädie;M51.1 Bandscheibenvorfall L4/5;13.02.2024;30.04.2024;eingegangen\r\n"
            "LB-2023-011290;Strehlow, Monika;16.01.1974;BU;Teufel-Baar;Psychiatrie;F33.1 rez. depressive Störung;05.01.2024;20.09.2024;ergänzende Fragen\r\n"
            "LB-2024-003950;Ortmann, Frank;11.10.1977;BU;Teufel-Baar;Psychiatrie;F32.2 schwere depressive Episode;15.07.2024;30.10.2024;Termin verschoben\r\n"
            "UV-2023-10457;Lautenschläger, Petra;08.09.1971;Unfall;Ouraghi;Unfallchirurgie;S82.18 Tibiakopffraktur re.;26.04.2024;05.08.2024;eingegangen\r\n"
            "UV-2023-07794;Fiedler, Ramona;27.02.1983;Unfall;Ouraghi;Unfallchirurgie;S43.01 Schulterluxation re.;12.04.2024;10.07.2024;Widerspruch\r\n"
            "UV-2024-00011;Reinholz, Uwe;22.05.1963;Unfall;Pohlmann;HNO;H93.1 Tinnitus, Knalltrauma;12.03.2024;31.05.2024;eingegangen\r\n"
            "UV-2024-00955;Hartig, Daniel;30.06.1992;Unfall;Doyle (IE);Rechtsmedizin;BAK 1,9 g/L, Schenkelhalsfraktur;05.08.2024;30.09.2024;offen\r\n"
            "LB-2022-002231;Nowicki, Tomasz;04.03.1987;BU-Nachprüfung;Kearney (IE);Psychiatrie;F43.1 PTBS;29.07.2024;31.10.2024;offen\r\n")
    z = zipbytes([("export_gutachten_offen_2024-08-28.csv", rows.encode("utf-8-sig"))], date=(2024, 8, 28, 7, 30, 0))
    body = """Hallo Henrike,

der Export für die Revision (Stichprobe offene und kürzlich
abgeschlossene Gutachtenaufträge) ist fertig, gezippt anbei. Bitte nicht
weiterleiten, die Revision holt es sich bei Dir ab.

Gruß
Sabine
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "harmless body; ZIP contains a CSV export of expert cases with names, birth dates and diagnoses (ICD codes)",
             msg(OKONKWO, VOSS, "Export Gutachtenaufträge für Revision", "2024-08-28 07:41",
                 mixed(text(body, cte="8bit"), att(z, "application/zip", "export_gutachten_2024-08-28.zip"))))


def m142():
    body = """Dear Ms Ferreira,

Thank you for agreeing to assess the damaged painting for us.

  Owner / insured:  Ms Corinna Lamprecht, Harvestehuder Weg 88,
                    20149 Hamburg (household contents incl. valuables,
                    policy HR 9012-338417)
  Claim no.:        SH-2024-08105
  Object:           oil on canvas, "Elbe near Blankenese at dusk",
                    attributed to a Hamburg painter of the 1920s,
                    62 x 81 cm, gilt frame
  Insured value:    EUR 28,000 (valuables list of 2021, based on an
                    auction estimate)
  Damage:           on 21 August 2024 water from a burst pipe in the flat
                    above ran down the wall; the lower third of the
                    canvas is stained and the paint layer shows blistering

Please give us:
 1. your opinion on the attribution and the market value before the
    damage;
 2. the cost of professional restoration and the likely remaining loss of
    value after restoration;
 3. whether restoration is economically sensible.

Ms Lamprecht has stored the painting flat in a dry room as advised. She is
available on weekday mornings (mobile 0172 5550 6611).

Kind regards
Claire Whitfield
on behalf of Property Claims
"""
    return M("CONFIDENTIAL", "en", "insurer-to-assessor",
             "art appraiser instructed for a damaged painting: named customer, home address, mobile, policy and claim numbers, insured value",
             msg(WHITFIELD, ("Ana Ferreira", "a.ferreira@fine-art-appraisals.example"),
                 "Instruction - water-damaged painting, claim SH-2024-08105", "2024-08-29 10:26",
                 text(body, charset="us-ascii", cte="7bit")))


def m143():
    body = """Sehr geehrter Herr Dr. Ouraghi,

vielen Dank für Ihre Frage, ob Sie für das Diktat Ihrer Gutachten künftig
eine KI-gestützte Diktier- und Zusammenfassungs-App nutzen dürfen.

Grundsätzlich entscheiden Sie als Gutachter selbst über Ihre
Praxisorganisation. Für Gutachten in unserem Auftrag gelten aber die
Datenschutzregelungen Ihrer Rahmenvereinbarung (Anlage 3). Daraus ergibt
sich insbesondere:

1. Die Verarbeitung von Gesundheitsdaten aus unseren Aufträgen muss in der
   EU bzw. im EWR erfolgen.
2. Der Anbieter darf die Daten nicht für eigene Zwecke, etwa zum Training
   seiner Modelle, verwenden.
3. Sie benötigen mit dem Anbieter einen Vertrag zur
   Auftragsverarbeitung nach Art. 28 DSGVO und müssen die berufsrechtliche
   Schweigepflicht (§ 203 StGB) absichern.
4. Die fachliche Verantwortung für das Gutachten bleibt bei Ihnen; eine
   automatisch erzeugte Zusammenfassung ersetzt nicht Ihre eigene
   Beurteilung.

Wenn der Anbieter diese Punkte erfüllt, haben wir keine Einwände. Bitte
nennen Sie uns den Anbieter, damit wir dies in unserer
Gutachterdokumentation vermerken können. Bei Unklarheiten hilft Ihnen
unser Datenschutzkoordinator, Herr Ebersberg, gern weiter.

Mit freundlichen Grüßen
Sabine Okonkwo
Gutachterkoordination
"""
    return M("NORMAL", "de", "insurer-to-assessor",
             "trap: answer to an expert about using an AI dictation app (health data, § 203 StGB, Art. 28), no case or person data",
             msg(OKONKWO, ("Dr. med. Stefan Ouraghi", "praxis@unfallchirurgie-ouraghi.example"),
                 "AW: Nutzung einer KI-Diktier-App für Gutachten", "2024-08-30 13:05", text(body),
                 cc=EBERSBERG))


def m144():
    body = """Estimados colegas, sehr geehrte Damen und Herren, dear colleagues,

wir schreiben Ihnen auf Deutsch und Englisch; eine Antwort auf Englisch
oder Spanisch ist uns recht.

Unsere Versicherte, Frau Heike Dornbusch, geb. 18.12.1968, wurde vom
02.04. bis 11.04.2024 in Ihrer Klinik behandelt. Für die Prüfung ihrer
Ansprüche aus der Unfallversicherung (Unfall-Nr. UV-2024-00377) benötigen
wir weitere Unterlagen. Eine Schweigepflichtentbindung von Frau Dornbusch
(auf Spanisch und Deutsch) fügen wir per Post bei.

Our insured, Mrs Heike Dornbusch, born 18/12/1968, was treated at your
clinic from 2 to 11 April 2024 after a fall from a hotel terrace in
Cala Ratjada (calcaneus fracture left, compression fracture L1). For her
accident insurance claim we kindly ask for:

 1. the laboratory results on admission on 2 April 2024, in particular
    any blood alcohol value (the discharge report mentions "ingesta de
    alcohol referida");
 2. the emergency department notes (triage, Glasgow Coma Scale);
 3. the operation report of 5 April 2024 (calcaneus plate fixation);
 4. the radiology reports (CT calcaneus, CT thoracolumbar spine).

We will of course pay your administrative fee; please send your invoice
with the documents to our postal address or via the upload link below.

Upload: https://upload.kranichfeld-versicherung.example/uv-2024-00377

Mit freundlichen Grüßen / kind regards
Claire Whitfield
International Claims
"""
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-doctor",
             "German/English records request to a hospital abroad: named insured, DOB, calcaneus and L1 fractures, blood alcohol question",
             msg(WHITFIELD, ("Clínica Llevant - Documentación Clínica", "documentacion@clinica-llevant.example"),
                 "Solicitud de documentación / Anforderung Unterlagen – UV-2024-00377", "2024-05-03 12:14",
                 text(body, cte="quoted-printable")))


def m145():
    body = """Hi team,

Summer cover plan for the expert coordination and international desk
(please check your lines and tell me by Friday if anything is wrong):

Week    Expert coordination       International desk     Consulting physician
------  ------------------------  ---------------------  --------------------
KW 29   Sabine                    Claire                 Ilka
KW 30   Sabine                    Joerg (cover)          Ilka
KW 31   Tobias (cover)            Claire                 Dr Mertens (ext.)
KW 32   Tobias (cover)            Claire                 Dr Mertens (ext.)
KW 33   Sabine                    Claire                 Ilka
KW 34   Sabine                    Joerg (cover)          Ilka

Rules while covering:
 - court deadlines and solicitors' letters first, then overdue reports;
 - no new second opinions without Henrike's approval;
 - experts' questions about invoices -> accounts payable, not us.

The shared mailbox rule forwarding to the cover person is set up by IT on
the Friday before each week.

Thanks
Henrike
"""
    return M("NORMAL", "en", "internal",
             "trap: summer holiday cover plan for expert coordination (colleague names, no reasons, no cases)",
             msg(VOSS, [OKONKWO, WHITFIELD, WENDLAND, PFEILSTICKER, BRANDSTETTER],
                 "Summer cover plan expert coordination KW 29-34", "2024-07-05 16:30",
                 text(body, charset="us-ascii", cte="7bit")))


def m146():
    body = """Sehr geehrter Herr Voigtländer,

zu Ihrem Schreiben vom 02.09.2024 in Sachen Schaden HS-2024-08412
(Jagdhaftpflichtversicherung JH 4415-902281, Jagdschein-Nr. WL-0457/19):

Sie hatten uns gemeldet, dass bei der Drückjagd am 31.08.2024 im Revier
Wulfsen ein Geschoss aus Ihrer Büchse nach einem Fehlschuss auf ein
Wildschwein vermutlich abgeprallt ist und das Dach der Maschinenhalle
des Landwirts Herrn Gerold Behrmann (Hof Behrmann, Wulfsener Weg 12,
21445 Wulfsen) durchschlagen hat. Verletzt wurde niemand; beschädigt sind
zwei Wellplatten und der Lack eines darunter abgestellten Traktors.

Da an der Jagd mehrere Schützen beteiligt waren und noch nicht klar ist,
aus welcher Waffe das Geschoss stammt, haben wir einen Schieß-
sachverständigen beauftragt (Herrn Dipl.-Ing. Konrad Melchers). Er wird
das im Dachgebälk steckende Geschoss sicherstellen und mit den Kalibern der
beteiligten Schützen abgleichen. Bitte halten Sie hierfür Ihre Waffe
(Kaliber .30-06) und Munition des an diesem Tag verwendeten Loses zur
Verfügung; Herr Melchers meldet sich bei Ihnen.

Herrn Behrmann haben wir mitgeteilt, dass wir uns nach Vorliegen des
Gutachtens melden. Bitte geben Sie ihm gegenüber keine
Schuldanerkenntnisse ab.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Haftpflicht-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "hunting-liability claim with a ballistics expert: named hunter with licence number, named farmer with address, claim numbers; nobody hurt",
             msg(PFEILSTICKER, ("Eckhard Voigtländer", "e.voigtlaender@mailbox.example"),
                 "Ihr Jagdhaftpflichtschaden HS-2024-08412 – Sachverständiger", "2024-09-04 10:15",
                 text(body, cte="quoted-printable")))


def m147():
    slides = pdf([[
        "# Qualitätszirkel Begutachtung 2024 - Ergebnisse",
        "Kranichfeld Versicherung AG - Gutachterkoordination - 19.09.2024",
        "",
        "1. Was ein gutes Gutachten für uns ausmacht",
        "   - Fragen in der gestellten Reihenfolge beantwortet",
        "   - jede Prozentangabe begründet (Befund -> Funktion -> Bewertung)",
        "   - Auseinandersetzung mit abweichenden Vorbefunden",
        "   - klare Trennung von Angaben der Versicherten und eigenen Befunden",
        "",
        "2. Stichprobe 2024 (40 Gutachten, anonymisiert)",
        "   - 31 vollständig, 6 ohne begründete Prozentangabe, 3 ohne Vorbefunde",
        "   - Psychiatrie: Beschwerdenvalidierung in 85 % dokumentiert",
    ], [
        "# Arbeitsgruppen-Ergebnisse",
        "AG 1 Gliedertaxe: Muster-Formulierungen für Teilfunktionsverluste",
        "AG 2 Psychiatrie: Checkliste Leistungsbild (Konzentration, Belastbarkeit, Sozialkontakt)",
        "AG 3 Fristen: frühzeitige Meldung bei fehlenden Unterlagen statt Fristüberschreitung",
        "",
        "Nächster Qualitätszirkel: März 2025",
    ]], title="Qualitaetszirkel 2024", author="Gutachterkoordination", compress=True)
    body = """Sehr geehrte Damen und Herren,

herzlichen Dank für Ihre Teilnahme am Qualitätszirkel Begutachtung am
19.09.2024 und für die lebhaften Diskussionen. Wie versprochen senden wir
Ihnen die Zusammenfassung der Ergebnisse (PDF, 2 Seiten). Die ausgewerteten
Gutachten der Stichprobe wurden vollständig anonymisiert; Rückschlüsse
auf einzelne Fälle oder Gutachter sind nicht möglich.

Die Checkliste der AG 2 zum psychiatrischen Leistungsbild stellen wir nach
Abstimmung mit unseren Beratungsärzten bis Ende Oktober ins
Gutachterportal.

Den nächsten Qualitätszirkel planen wir für März 2025 und freuen uns, Sie
wieder begrüßen zu dürfen.

Mit freundlichen Grüßen
Sabine Okonkwo
Gutachterkoordination
"""
    return M("NORMAL", "de", "insurer-to-assessor",
             "trap: thank-you mail to experts with quality-circle results (anonymised sample, psychiatry checklist) as PDF",
             msg(OKONKWO, ("Teilnehmende Qualitätszirkel (BCC)", "gutachten@" + DOMAIN),
                 "Qualitätszirkel Begutachtung 2024 – Dank und Ergebnisse", "2024-09-23 09:45",
                 mixed(text(body), att(slides, "application/pdf", "Qualitaetszirkel_2024_Ergebnisse.pdf")),
                 extra=["Precedence: bulk"]))


def m148():
    body = """Hallo Kevin,

zur Info für Deine Vertretung: Das Gutachten im Fall Marquardt ist da.
Kurzfassung:

  Schaden-Nr.:      KS-2024-14021 (Kfz-Haftpflicht, unser VN Herr Timo Kruse)
  Anspruchstellerin: Frau Svenja Marquardt, Bremer Straße 45, 21073 Hamburg
  Fahrzeug:         Opel Corsa F, HH-SM 1809, EZ 03/2020
  Schaden:          Seitenschaden links (Vorbeifahrt beim Einparken),
                    niemand verletzt

  Reparaturkosten netto   3.418,77 EUR
  Wertminderung             250,00 EUR
  Nutzungsausfall           4 Tage à 43,00 EUR (Gruppe D)
  SV-Kosten                 642,60 EUR

Frau Marquardt will fiktiv abrechnen und hat ihre Bankverbindung schon
geschickt (liegt in der Akte). Ich würde nach Gutachten zahlen, die
UPE-Aufschläge sind bei fiktiver Abrechnung nicht drin - passt.

Gruß
Frank
"""
    return M("CONFIDENTIAL", "de", "internal",
             "windows-1252 internal summary of a motor damage report: named claimant with address, plate, named policyholder, amounts; nobody hurt",
             msg(DOERRIE, AYDEMIR, "Gutachten Marquardt KS-2024-14021 – Zusammenfassung", "2024-09-05 16:02",
                 text(body, charset="windows-1252", cte="8bit")))


def m149():
    body = """Hallo zusammen / hi all,

die Kennzahlen Gutachten für August (Details im Dashboard):

  Aufträge neu / new instructions        88   (Juli/July: 94)
  fristgerecht / on time                 71 % (Ziel/target 75 %)
  Psychiatrie on time                    52 % (Juli 44 %)
  Median Laufzeit / turnaround           7,4 Wochen / weeks
  Zweitgutachten / second opinions        4
  Einwendungen Anwälte / objections      11
  Ø Honorar / avg fee                 1.644 EUR

Good news: the psychiatry numbers are improving since the two new experts
in Bremen started. Die Mahnungen sind deutlich zurückgegangen (17 statt 23).

Bad news: the international turnaround (UK/IE experts) is now 10.2 weeks,
mainly because of records translation. Claire and Nadine are looking at a
second translation supplier.

Danke für Euren Einsatz / thanks everyone!
Henrike
"""
    return M("NORMAL", "mixed", "internal",
             "trap: bilingual monthly KPI mail on expert reports (psychiatry, objections, fees), aggregates only",
             msg(VOSS, ALL_LEISTUNG, "Kennzahlen Gutachten August / expert report KPIs August", "2024-09-06 09:20",
                 text(body, cte="quoted-printable")))


def m150():
    body = """Sehr geehrter Herr Rechtsanwalt Seidenstücker,

in der Personenschadensache Ihrer Mandantin, Frau Yvonne Brasch
(KS-2023-08841), bestätigen wir das Ergebnis unseres Telefonats vom
heutigen Tag. Zur Vermeidung eines Rechtsstreits schließen wir folgenden
Abfindungsvergleich:

1. Die Kranichfeld Versicherung AG zahlt zur Abgeltung sämtlicher
   Ansprüche aus dem Verkehrsunfall vom 09.10.2023 einen Betrag von

      6.500,00 EUR

   Darin enthalten sind:
   - Schmerzensgeld für die HWS-Distorsion (S13.4) unter Berücksichtigung
     der Gutachten Dr. Quandt und Ing.-Büro Dr. Sattler, aber auch des von
     Ihnen vorgelegten neurologischen Attests (Dr. Klöckner, 03.06.2024)
     zu den fortbestehenden Kopfschmerzen:          2.200,00 EUR
   - Verdienstausfall AU 10.10.-05.11.2023 (Differenz zum Krankengeld
     laut Abrechnungen):                             1.340,00 EUR
   - Haushaltsführungsschaden:                       1.460,00 EUR
   - Heilbehandlungskosten (Physiotherapie, Zuzahlungen, Fahrten):
                                                      1.500,00 EUR
   abzüglich bereits gezahlter 800,00 EUR.

2. Ausgenommen sind Ansprüche, soweit sie auf Sozialversicherungsträger
   übergegangen sind oder übergehen.

3. Ihre Gebühren erstatten wir nach einem Gegenstandswert von 7.300,00 EUR.

Bitte senden Sie uns die von Ihrer Mandantin unterzeichnete
Abfindungserklärung zurück; die Zahlung erfolgt binnen 10 Tagen danach
auf Ihr Kanzleikonto.

Mit freundlichen Grüßen
Jörg Pfeilsticker
Personenschaden Haftpflicht
""" + sig(PFEILSTICKER, "Personenschaden Haftpflicht", "4241")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "settlement in a personal-injury claim: named claimant, whiplash S13.4, neurological certificate, loss of earnings, pain and suffering",
             msg(PFEILSTICKER, ("RA Malte Seidenstücker", "kanzlei@seidenstuecker-recht.example"),
                 "KS-2023-08841 Brasch – Abfindungsvergleich", "2024-09-10 15:55", text(body)))


# ==========================================================================
# build and check
# ==========================================================================
N_MAILS = 150
TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
KINDS = {
    "internal", "newsletter",
    "insurer-to-customer", "customer",
    "insurer-to-assessor", "assessor",
    "insurer-to-lawyer", "lawyer",
    "insurer-to-doctor", "doctor",
    "insurer-to-broker", "broker",
    "insurer-to-partner", "insurer-to-supplier", "insurer-to-court",
}


def generate():
    out = []
    for n in range(1, N_MAILS + 1):
        _ctx["n"], _ctx["b"] = n, 0
        fn = globals().get("m%03d" % n)
        if fn is None:
            raise SystemExit("missing function m%03d" % n)
        m = fn()
        out.append(("%s-%04d.eml" % (PREFIX, n), m))
    return out


def write_all(base):
    mails = generate()
    mdir = os.path.join(base, "mails")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for name, m in mails:
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(m.data)
        rows.append("\t".join([name, m.label, m.lang, m.kind, m.reason]))
    with open(os.path.join(base, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return mails


# ---------------------------------------------------------------- checkers
def pdf_text(data):
    """Validate our minimal PDF (header, xref offsets, streams) and return its text."""
    assert data.startswith(b"%PDF-1."), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, "no startxref"
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref", "startxref does not point to xref"
    head = re.match(rb"xref\s+0 (\d+)\s+", data[xref:])
    count = int(head.group(1))
    pos = xref + head.end()
    for i in range(count):
        entry = data[pos + 20 * i:pos + 20 * i + 20]
        off, gen, kind = int(entry[:10]), entry[11:16], entry[17:18]
        if kind == b"n":
            assert data[off:].startswith(b"%d 0 obj" % i), "xref entry %d wrong" % i
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:sm.end() + ln + 10] == b"\nendstream", "bad stream length"
        if sm.group(2):
            raw = zlib.decompress(raw)
        for tm in re.finditer(rb"\(((?:[^()\\]|\\.)*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            texts.append(s.decode("cp1252"))
    assert texts, "PDF without text"
    return "\n".join(texts)


def _xml_text(b):
    root = ET.fromstring(b)
    return " ".join(t for t in root.itertext())


def zip_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "corrupt zip member"
    names = z.namelist()
    texts = []
    if kind == "docx":
        assert "word/document.xml" in names and "[Content_Types].xml" in names
    if kind == "xlsx":
        assert "xl/workbook.xml" in names and "[Content_Types].xml" in names
    if kind in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert "content.xml" in names and "META-INF/manifest.xml" in names
    for nm in names:
        b = z.read(nm)
        low = nm.lower()
        if low.endswith((".xml", ".rels")):
            t = _xml_text(b)
            if kind != "zip":
                texts.append(t)
        elif kind == "zip":
            texts.append(check_blob(b, nm, ""))
    return "\n".join(texts)


def check_blob(data, fname, ctype):
    low = (fname or "").lower()
    if low.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(data)
    for ext in ("docx", "xlsx", "odt", "ods", "zip"):
        if low.endswith("." + ext):
            return zip_text(data, ext)
    if low.endswith(".ics") or ctype == "text/calendar":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), "bad ICS"
        assert "\r\n" in t, "ICS without CRLF"
        return t
    if low.endswith(".csv"):
        for enc in ("utf-8-sig", "cp1252"):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        rows = list(csv.reader(io.StringIO(t), delimiter=";" if ";" in t.split("\n")[0] else ","))
        assert len(rows) >= 2 and len(set(len(r) for r in rows if r)) == 1, "ragged CSV " + fname
        return t
    if low.endswith((".txt", ".log", ".eml")):
        for enc in ("utf-8", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    raise AssertionError("unknown attachment type %r %r" % (fname, ctype))


RE_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")


def check_mail(name, raw):
    errs = []
    for i, line in enumerate(raw.split(b"\n")):
        if len(line) > 998:
            errs.append("%s: line %d longer than 998 bytes" % (name, i + 1))
    msg_ = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg_[h] is None:
            errs.append("%s: header %s missing" % (name, h))
    if not str(msg_["From"]).lower().rstrip(">").endswith("@" + DOMAIN):
        errs.append("%s: not sent from the insurer: %s" % (name, msg_["From"]))
    if email.utils.parsedate_to_datetime(str(msg_["Date"])) is None:
        errs.append("%s: bad date" % name)
    texts = [str(msg_["Subject"])]
    for h in ("From", "To", "Cc", "Message-ID"):
        if msg_[h] is not None:
            texts.append(str(msg_[h]))
    n_att = 0
    for part in msg_.walk():
        if part.defects:
            errs.append("%s: MIME defects %r" % (name, part.defects))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        try:
            if fname or not ctype.startswith("text/"):
                n_att += 1
                texts.append(fname or "")
                texts.append(check_blob(payload, fname or "", ctype))
            else:
                cs = part.get_content_charset() or "us-ascii"
                texts.append(payload.decode(cs))
        except Exception as e:  # noqa
            errs.append("%s: part %s %s does not open: %s" % (name, ctype, fname, e))
    alltext = "\n".join(texts)
    for rx in (RE_MAIL, RE_URL):
        for dm in rx.finditer(alltext):
            if not dm.group(1).lower().endswith(".example"):
                errs.append("%s: domain not .example: %s" % (name, dm.group(0)))
    for im in RE_IBAN.finditer(alltext):
        cand = im.group(1)
        if cand[:2] in IBAN_LEN and len(cand.replace(" ", "")) >= 15 and not iban_ok(cand):
            errs.append("%s: invalid IBAN %s" % (name, cand))
    return errs, msg_, n_att, alltext


def check():
    errs = []
    tsv = os.path.join(HERE, "labels.tsv")
    mdir = os.path.join(HERE, "mails")
    if not os.path.isfile(tsv) or not os.path.isdir(mdir):
        raise SystemExit("run 'python make_corpus.py' first")
    # 1. byte-identical rebuild
    tmp = tempfile.mkdtemp(prefix="d116check")
    try:
        write_all(tmp)
        files = sorted(os.listdir(os.path.join(tmp, "mails")))
        on_disk = sorted(os.listdir(mdir))
        if files != on_disk:
            errs.append("file list differs from a rebuild")
        for f in files:
            a = open(os.path.join(tmp, "mails", f), "rb").read()
            p = os.path.join(mdir, f)
            if not os.path.exists(p) or open(p, "rb").read() != a:
                errs.append("%s: rebuild not byte-identical" % f)
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(tsv, "rb").read():
            errs.append("labels.tsv: rebuild not byte-identical")
    finally:
        shutil.rmtree(tmp)
    # 2. labels
    rows = open(tsv, encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv: bad header")
    table = {}
    for r in rows[1:]:
        cols = r.split("\t")
        if len(cols) != 5 or not all(c.strip() for c in cols):
            errs.append("labels.tsv: bad row %r" % r)
            continue
        f, label, lang, kind, reason = cols
        if label not in LABELS:
            errs.append("%s: bad label %s" % (f, label))
        if lang not in LANGS:
            errs.append("%s: bad lang %s" % (f, lang))
        if kind not in KINDS:
            errs.append("%s: unknown kind %s" % (f, kind))
        if label == "NORMAL" and "trap" not in reason:
            errs.append("%s: NORMAL mail whose reason does not say which trap it is" % f)
        table[f] = cols
    expected = ["%s-%04d.eml" % (PREFIX, n) for n in range(1, N_MAILS + 1)]
    if sorted(table) != expected or sorted(os.listdir(mdir)) != expected:
        errs.append("files and labels.tsv rows do not match %s-0001 ... %s-%04d" % (PREFIX, PREFIX, N_MAILS))
    # 3. every mail
    mids, bodies = {}, {}
    n_att_mails = 0
    ctypes = {}
    for f in expected:
        raw = open(os.path.join(mdir, f), "rb").read()
        e, msg_, n_att, alltext = check_mail(f, raw)
        errs.extend(e)
        mid = str(msg_["Message-ID"])
        if mid in mids:
            errs.append("%s: Message-ID also used by %s" % (f, mids[mid]))
        mids[mid] = f
        h = hashlib.sha1(alltext.encode("utf-8")).hexdigest()
        if h in bodies:
            errs.append("%s: same content as %s" % (f, bodies[h]))
        bodies[h] = f
        if n_att:
            n_att_mails += 1
        top = msg_.get_content_type()
        ctypes[top] = ctypes.get(top, 0) + 1
    # 4. distribution
    cnt = {}
    for f in table:
        cnt[table[f][1]] = cnt.get(table[f][1], 0) + 1
    for k, v in TARGET.items():
        if cnt.get(k, 0) != v:
            errs.append("label %s: %d mails, expected %d" % (k, cnt.get(k, 0), v))
    langs = {}
    for f in table:
        langs[table[f][2]] = langs.get(table[f][2], 0) + 1
    share_de = langs.get("de", 0) / float(N_MAILS)
    share_en = langs.get("en", 0) / float(N_MAILS)
    if not (0.53 <= share_de <= 0.62 and 0.33 <= share_en <= 0.42 and langs.get("mixed", 0) >= 3):
        errs.append("language shares off: %r" % langs)
    # report
    print("mails: %d   labels: %s" % (len(table), ", ".join("%s %d" % (k, cnt.get(k, 0)) for k in LABELS)))
    print("languages: %s" % ", ".join("%s %d" % (k, langs.get(k, 0)) for k in LANGS))
    print("label x lang:")
    for lab in LABELS:
        print("  %-22s %s" % (lab, "  ".join("%s %2d" % (lg, sum(1 for c in table.values()
                                                                     if c[1] == lab and c[2] == lg)) for lg in LANGS)))
    print("top-level content types: %s" % ", ".join("%s %d" % kv for kv in sorted(ctypes.items())))
    print("mails with attachments: %d" % n_att_mails)
    if errs:
        print("\n".join("ERROR: " + e for e in errs))
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("rebuild byte-identical: yes; all mails parse without defects; all attachments open")
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    ms = write_all(HERE)
    print("wrote %d mails to %s" % (len(ms), os.path.join(HERE, "mails")))
