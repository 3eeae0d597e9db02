#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""dev114 corpus generator (Siegel, issue 14).

Funeral-expense insurance (Sterbegeldversicherung), small life policies and savings
plans of elderly customers at the invented insurer "Haselbrunner" (Kaltenbrück).
Every mail is written by hand in its own function m001 ... m150.

    python make_corpus.py          writes mails/d114-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses everything, validates, checks rebuild

Standard library only, deterministic, no network.
"""
import base64
import datetime as _dt
import email
import email.policy
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
from email.header import Header
from email.utils import formataddr
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "114"
PREFIX = "d114"
SEED = 114
DOM = "haselbrunner.example"
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")

REG = {}


def mail(label, lang, kind, reason):
    """Register a mail function; its number comes from its name (m001...)."""
    assert label in LABELS and lang in LANGS and kind and "\t" not in reason
    assert "\n" not in reason

    def deco(f):
        n = int(f.__name__[1:])
        assert n not in REG, n
        REG[n] = (f, label, lang, kind, reason)
        return f
    return deco


# ---------------------------------------------------------------- helpers: IBAN
def iban(cc, bban):
    """Make an ISO 7064 (mod 97-10) valid IBAN from a country code and a BBAN."""
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (cc, check, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def grp(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- helpers: people
STAFF = {
    "oel": ("Birgit Oelschläger", "b.oelschlaeger", "Leistung Leben / Sterbegeld", "4412"),
    "ars": ("Kemal Arslan", "k.arslan", "Kundenservice Leben", "4107"),
    "pro": ("Jana Pröbsting", "j.proebsting", "Kundenservice Sach (Hausrat, Haftpflicht)", "4230"),
    "ste": ("Ulrike Steinmetz", "u.steinmetz", "Nachlass- und Erbfallservice", "4455"),
    "fal": ("Dr. med. Hanne Falkenrath", "h.falkenrath", "Gesellschaftsärztlicher Dienst", "4601"),
    "wen": ("Tobias Wendland", "t.wendland", "Antrags- und Risikoprüfung Leben", "4520"),
    "qua": ("Matthias Quandt", "m.quandt", "Partnermanagement Bestattungswesen", "4380"),
    "rot": ("Sabine Rothkegel", "s.rothkegel", "Datenschutzbeauftragte", "4009"),
    "hen": ("Lars Henningsen", "l.henningsen", "IT Anwendungsbetreuung Leben", "4777"),
    "die": ("Frank Dietrichs", "f.dietrichs", "Maklerbetreuung", "4310"),
    "whi": ("Claire Whitford-Bauer", "c.whitford-bauer", "International Customer Desk", "4150"),
    "vos": ("Dr. Annelie Voss", "a.voss", "Aktuariat Leben", "4801"),
    "bec": ("Nora Beckhaus", "n.beckhaus", "Marketing", "4905"),
    "bra": ("Holger Brandt", "h.brandt", "Haselbrunner Invest – Depotservice", "4660"),
    "woj": ("Dennis Wojcik", "d.wojcik", "Schaden Sach", "4270"),
    "lin": ("Peter Lindqvist", "p.lindqvist", "Rückversicherung", "4820"),
    "koe": ("Svenja Körber", "s.koerber", "Einkauf", "4031"),
    "thi": ("Marcel Thiele", "m.thiele", "Unternehmenskommunikation", "4011"),
    "kac": ("Ines Kaczmarek", "i.kaczmarek", "Personal", "4044"),
    "dem": ("Yusuf Demirci", "y.demirci", "Leistung Leben / Sterbegeld", "4418"),
    "sta": ("Rebecca Stahl", "r.stahl", "Recht", "4070"),
    "len": ("Gregor Lenz", "g.lenz", "Provisionsabrechnung", "4333"),
    "ayd": ("Elif Aydin", "e.aydin", "Kraftfahrt Vertrag", "4244"),
    "sch": ("Timo Schönfeld", "t.schoenfeld", "Informationssicherheit", "4790"),
    "hol": ("Jens Hollander", "j.hollander", "Außendienst Bezirk Kaltenbrück-Nord", "4388"),
    "mar": ("Angelika Marquardt", "a.marquardt", "Vertragsservice Leben", "4125"),
}


def st(key):
    """(display name, address) of a staff member."""
    name, local, _, _ = STAFF[key]
    return (name, local + "@" + DOM)


def sig(key, lang="de", style=0):
    name, local, dept, ext = STAFF[key]
    if lang == "en":
        if style == 1:
            return "%s\n%s\nHaselbrunner Lebensversicherung AG\nT +49 5521 880-%s" % (name, dept, ext)
        return ("Kind regards\n\n%s\n%s\nHaselbrunner Lebensversicherung AG\nAm Lindenhof 12, 37991 Kaltenbrück, Germany\n"
                "Phone +49 5521 880-%s | %s@%s" % (name, dept, ext, local, DOM))
    if style == 1:
        return "Gruß\n%s\nDW %s" % (name.split()[-2] if name.startswith("Dr.") else name.split()[0], ext)
    if style == 2:
        return "%s | %s | Tel. -%s" % (name, dept, ext)
    return ("Mit freundlichen Grüßen\n\n%s\n%s\n\nHaselbrunner Lebensversicherung AG\nAm Lindenhof 12 · 37991 Kaltenbrück\n"
            "Telefon 05521 880-%s · %s@%s" % (name, dept, ext, local, DOM))


DISC_DE = ("--\nHaselbrunner Lebensversicherung AG · Sitz Kaltenbrück · Amtsgericht Kaltenbrück HRB 4471\n"
           "Vorstand: Dr. Rüdiger Hallmann (Vors.), Petra Olbrich, Jens Kamphues · Aufsichtsrat: Hans-Werner Ruthe (Vors.)\n"
           "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
           "informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
DISC_EN = ("--\nHaselbrunner Lebensversicherung AG, registered office Kaltenbrück, Germany, local court Kaltenbrück HRB 4471.\n"
           "This e-mail may contain confidential information. If you are not the intended recipient, please notify the "
           "sender and delete it.")


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- MIME building
def _is_dst(d):
    # EU rule: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC
    def last_sunday(y, m):
        d0 = _dt.date(y, m, 31)
        return d0 - _dt.timedelta(days=(d0.weekday() + 1) % 7)
    return last_sunday(d.year, 3) <= d.date() < last_sunday(d.year, 10)


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(s, tz=None):
    """'2025-03-04 09:12[:33]' -> RFC 5322 date in German local time (or tz='+0000')."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = _dt.datetime.strptime(s, fmt)
    if tz is None:
        tz = "+0200" if _is_dst(d) else "+0100"
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
                                              d.hour, d.minute, d.second, tz)


def addr(a):
    if isinstance(a, (list, tuple)) and len(a) == 2 and isinstance(a[0], str) and "@" in a[1]:
        name, ad = a
        return formataddr((name, ad), charset="utf-8") if name else ad
    if isinstance(a, str):
        return a
    return ",\n ".join(addr(x) for x in a)


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76, header_name="Subject").encode()


def _param(name, value):
    try:
        value.encode("ascii")
        return '%s="%s"' % (name, value)
    except UnicodeEncodeError:
        from urllib.parse import quote as q
        return "%s*=utf-8''%s" % (name, q(value.encode("utf-8"), safe=""))


class P:
    """A MIME part. children -> multipart."""

    def __init__(self, ctype, body=b"", params=None, cte=None, disp=None, filename=None,
                 children=None, boundary=None, extra=None, preamble=None):
        self.ctype, self.body, self.params, self.cte = ctype, body, list(params or []), cte
        self.disp, self.filename, self.children, self.boundary = disp, filename, children, boundary
        self.extra = list(extra or [])
        self.preamble = preamble

    def headers(self):
        h = []
        ct = self.ctype
        for k, v in self.params:
            ct += ";\n\t" + ('%s="%s"' % (k, v) if k in ("boundary",) else "%s=%s" % (k, v))
        if self.filename and not self.ctype.startswith("message/"):
            ct += ";\n\t" + _param("name", self.filename)
        if self.children is not None:
            ct += ';\n\tboundary="%s"' % self.boundary
        h.append("Content-Type: " + ct)
        if self.cte:
            h.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp:
            d = self.disp
            if self.filename:
                d += ";\n\t" + _param("filename", self.filename)
            h.append("Content-Disposition: " + d)
        h.extend(self.extra)
        return h

    def payload(self, seq):
        if self.children is None:
            return self.body
        if self.boundary is None:
            self.boundary = "----=_Part_%s_%d.%s" % (seq[0], seq[1], hashlib.sha1(("%s/%d" % tuple(seq)).encode()).hexdigest()[:12])
            seq[1] += 1
        out = []
        pre = self.preamble if self.preamble is not None else "This is a multi-part message in MIME format."
        if pre:
            out.append(pre.encode() + b"\n")
        for c in self.children:
            out.append(b"\n--" + self.boundary.encode() + b"\n")
            out.append(c.render(seq))
        out.append(b"\n--" + self.boundary.encode() + b"--\n")
        return b"".join(out)

    def render(self, seq):
        body = self.payload(seq)
        return ("\n".join(self.headers()) + "\n\n").encode("ascii") + body


def _enc(b, cte):
    if cte == "quoted-printable":
        # line breaks are the message's own (LF in this corpus); CRLF inside QP would mix line endings
        return quopri.encodestring(b.replace(b"\r\n", b"\n"))
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "7bit":
        b.decode("ascii")
    return b


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, filename=None,
         disp=None, extra=None):
    if charset == "iso-8859-1":
        for a, b_ in (("\u2013", "-"), ("\u2014", "-"), ("\u201e", '"'), ("\u201c", '"'), ("\u201d", '"'),
                      ("\u2026", "..."), ("\u2022", "*"), ("\u20ac", "EUR"), ("\u2019", "'"), ("\u2192", "->")):
            s = s.replace(a, b_)
    b = s.encode(charset)
    params = [("charset", charset if charset != "us-ascii" else "us-ascii")]
    if flowed:
        params.append(("format", "flowed"))
    return P("text/" + subtype, _enc(b, cte), params=params, cte=cte, filename=filename, disp=disp, extra=extra)


def html(s, charset="utf-8", cte="quoted-printable"):
    return text(s, "html", charset, cte)


def att(data, ctype, filename, cte="base64", params=None, disp="attachment"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return P(ctype, _enc(data, cte), params=params, cte=cte, disp=disp, filename=filename)


def mixed(*children, boundary=None, preamble=None):
    return P("multipart/mixed", children=list(children), boundary=boundary, preamble=preamble)


def alt(*children, boundary=None, preamble=None):
    return P("multipart/alternative", children=list(children), boundary=boundary, preamble=preamble)


def related(*children, boundary=None):
    return P("multipart/related", children=list(children), boundary=boundary, params=[("type", "text/html")])


def rfc822(inner_bytes, filename=None):
    p = P("message/rfc822", inner_bytes, disp="attachment" if filename else "inline", filename=filename)
    return p


CURRENT = [0]


def msg(frm, to, subject, date, body, cc=None, bcc=None, extra=None, tz=None, mid=None,
        irt=None, refs=None, mailer=None, subj_charset="utf-8", reply_to=None, n=None):
    """Assemble a full message (bytes). body is a P."""
    n = CURRENT[0] if n is None else n
    h = []
    h.append("From: " + addr(frm))
    h.append("To: " + addr(to))
    if cc:
        h.append("Cc: " + addr(cc))
    if bcc:
        h.append("Bcc: " + addr(bcc))
    if reply_to:
        h.append("Reply-To: " + addr(reply_to))
    h.append("Subject: " + hdr(subject, subj_charset))
    h.append("Date: " + rfcdate(date, tz))
    if mid is None:
        dom = addr(frm).rsplit("@", 1)[-1].rstrip(">")
        mid = "<%s.%s@%s>" % (hashlib.sha1(("%d-%d" % (SEED, n)).encode()).hexdigest()[:20], "%04d" % n, dom)
    h.append("Message-ID: " + mid)
    if irt:
        h.append("In-Reply-To: " + irt)
        h.append("References: " + (refs or irt))
    h.append("MIME-Version: 1.0")
    if mailer:
        h.append(mailer)
    for e in extra or []:
        h.append(e)
    seq = [str(n), 0]
    out = ("\n".join(h) + "\n").encode("ascii")
    return out + body.render(seq)


def plain(frm, to, subject, date, s, charset="utf-8", cte="quoted-printable", flowed=False, **kw):
    return msg(frm, to, subject, date, text(s, charset=charset, cte=cte, flowed=flowed), **kw)


TB = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2"
OL = "X-Mailer: Microsoft Outlook 16.0"
OWA = "X-MS-Exchange-Organization-AuthAs: Internal"
APPLE = "X-Mailer: iPhone Mail (21F90)"
SYS = "X-Mailer: HB-Korrespondenz 4.2 (Leben)"

# ---------------------------------------------------------------- attachments
ZDATE = (2025, 1, 1, 9, 0, 0)


def zipbytes(files, date=ZDATE, stored=("mimetype",)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paras, title="", author="Haselbrunner Lebensversicherung AG", date=ZDATE):
    """paras: str | ('h', str) | ('table', [[...], ...])."""
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[1]))
        elif isinstance(p, tuple) and p[0] == "table":
            rows = []
            for r in p[1]:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body))
    d = "%04d-%02d-%02dT%02d:%02d:%02dZ" % date
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>' % (_x(title), _x(author), d))
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
    return zipbytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc),
                     ("docProps/core.xml", core)], date=date)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, date=ZDATE):
    """sheets: [(name, rows)]; str cells -> inline strings, int/float -> numbers."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbr)] + files, date=date)


_MANI = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
         '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
         '</manifest:manifest>')
_ONS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:office2="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"')
ODT_MT = "application/vnd.oasis.opendocument.text"
ODS_MT = "application/vnd.oasis.opendocument.spreadsheet"


def odt(paras, date=ZDATE):
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            body.append('<text:h text:outline-level="1">%s</text:h>' % _x(p[1]))
        else:
            body.append("<text:p>%s</text:p>" % _x(p))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>%s'
               '</office:text></office:body></office:document-content>' % (_ONS.replace(' xmlns:office2="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', ""), "".join(body)))
    return zipbytes([("mimetype", ODT_MT), ("META-INF/manifest.xml", _MANI % ODT_MT), ("content.xml", content)], date=date)


def ods(name, rows, date=ZDATE):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:spreadsheet>'
               '<table:table table:name="%s">%s</table:table></office:spreadsheet></office:body></office:document-content>'
               % (_ONS.replace(' xmlns:office2="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', ""), _x(name), "".join(xr)))
    return zipbytes([("mimetype", ODS_MT), ("META-INF/manifest.xml", _MANI % ODS_MT), ("content.xml", content)], date=date)


def _pdfesc(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(pages, title="", author="Haselbrunner Lebensversicherung AG", compress=False,
        date="D:20250101090000+01'00'", producer="HB-Druckstrecke 3.1"):
    """Minimal valid PDF. pages: list of pages, each a list of lines.
    A line starting with '# ' is set in bold 12pt. Long lines are wrapped at 92 chars."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = []   # index = obj number - 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pgs = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        wrapped = []
        for l in lines:
            bold = l.startswith("# ")
            t = l[2:] if bold else l
            while len(t) > 92:
                cut = t.rfind(" ", 0, 92)
                cut = 92 if cut <= 0 else cut
                wrapped.append((bold, t[:cut]))
                t = t[cut:].lstrip()
            wrapped.append((bold, t))
        cs = [b"BT", b"/F1 10 Tf", b"56 790 Td", b"14 TL"]
        cur = False
        for bold, t in wrapped:
            if bold != cur:
                cs.append(b"/F2 12 Tf" if bold else b"/F1 10 Tf")
                cur = bold
            cs.append(b"(" + _pdfesc(t) + b") Tj T*")
        cs.append(b"ET")
        stream = b"\n".join(cs) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pgs, f1, f2, c))
        kids.append(p)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pgs
    objs[pgs - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (" + _pdfesc(title) + b") /Author (" + _pdfesc(author) + b") /Producer (" + _pdfesc(producer)
               + b") /CreationDate (" + date.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, x))
    return out.getvalue()


def _fold(line, limit=75):
    """RFC 5545 line folding at 75 octets, never inside a UTF-8 sequence."""
    out, cur, n = [], "", 0
    for ch in line:
        w = len(ch.encode("utf-8"))
        if n + w > limit:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += w
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


MT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": ODT_MT, "ods": ODS_MT, "zip": "application/zip",
}


# ================================================================ the mails
@mail("NORMAL", "en", "internal",
      "trap: out-of-office reply naming 'UK death claims' and 'bereavement' but no person or case")
def m001():
    body = """Thank you for your message.

I am out of the office until Monday 10 February 2025 with limited access to e-mail.

For UK and Irish death claims and anything urgent regarding funeral plans held by customers abroad, please contact my colleague Yusuf Demirci (y.demirci@haselbrunner.example, +49 5521 880-4418) or the team mailbox international@haselbrunner.example.

Please do not send certificates or medical documents to this address while I am away; our secure upload page is https://upload.haselbrunner.example.

Claire Whitford-Bauer
International Customer Desk
"""
    return plain(st("whi"), ("Jonathan Pryce", "j.pryce@pryce-solicitors.example"),
                 "Automatic reply: Our letter of 31 January 2025", "2025-02-03 08:02:11",
                 body, charset="us-ascii", cte="7bit",
                 extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
                 irt="<CAK7Lp0x3e1@mail.pryce-solicitors.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
      "facultative submission to reinsurer: named applicant, birth date, coronary heart disease, stent, ejection fraction")
def m002():
    body = """Dear Katrin,

please find below a facultative request under our funeral/final-expense treaty (Treaty ref. NR-HB-LIFE-2019/04). The case is outside automatic capacity because of age at entry and cardiac history.

Application no.:    A-SG-2025-031877
Applicant:          Reinhold Stadtmüller, born 17 August 1947 (age 77)
Product:            Abschied Komfort (simplified issue, single life)
Sum assured:        EUR 18,000 (payable on death, no term)
Premium:            monthly, payable to age 90
Beneficiary:        spouse

Medical summary (from our health questionnaire and the cardiologist's report dated 12 March 2025):
- coronary heart disease, 2-vessel (I25.12); NSTEMI in October 2021, two drug-eluting stents RCA/LAD
- LVEF 45 % on last echo (02/2025), NYHA I-II, no angina since 2022
- arterial hypertension (I10.90), well controlled on ramipril 5 mg, bisoprolol 2.5 mg, atorvastatin 40 mg, ASA 100 mg
- ex-smoker since 2021 (40 pack years), BMI 27.4
- no diabetes, creatinine normal

Our medical officer Dr Falkenrath would accept at +100 % extra mortality with the standard 3-year graded benefit. We'd be grateful for your view and your rating by 4 April if possible, the broker is pushing.

The full file (questionnaire, cardiologist letter, ECG) is in our secure portal under the reference above, we will not send it by plain mail.

Best regards
Peter

Peter Lindqvist
Reinsurance / Rückversicherung
Haselbrunner Lebensversicherung AG
T +49 5521 880-4820
"""
    return plain(st("lin"), ("Katrin Ahlers", "k.ahlers@nordmark-rueck.example"),
                 "Fac request A-SG-2025-031877 / Stadtmüller / EUR 18k", "2025-03-26 15:47",
                 body, mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body (scan batch number); inside the ZIP: death certificate and funeral invoice of a named insured person with policy number")
def m003():
    cert = pdf([["# Standesamt Kaltenbrück",
                 "# Sterbeurkunde",
                 "(Auszug aus dem Sterberegister Nr. S 0214/2025)",
                 "",
                 "Familienname: Imhoff",
                 "Vornamen: Gertrud Elisabeth",
                 "Geburtsname: Reinecke",
                 "Geboren am 03.05.1936 in Oberholm",
                 "Verstorben am 09.02.2025 in Kaltenbrück, Seniorenzentrum Am Lindenpark, Parkstraße 4",
                 "Letzter Wohnsitz: Kaltenbrück",
                 "Familienstand: verwitwet",
                 "",
                 "Kaltenbrück, den 11.02.2025          Der Standesbeamte (Siegel)",
                 "",
                 "[Gescannt Posteingang 14.02.2025 07:41 - Stapel PE-0214-07 - Seite 1/1]"]],
               title="Scan PE-0214-07-01", author="Scanstrecke Posteingang", producer="Kofax Capture (Scan)",
               date="D:20250214074100+01'00'")
    inv = pdf([["# Bestattungen Kranich & Söhne GmbH",
                "Mühlenweg 22 · 37991 Kaltenbrück · Tel. 05521 3390",
                "",
                "Rechnung Nr. 2025-0187 vom 12.02.2025",
                "Sterbefall: Gertrud Imhoff, verst. 09.02.2025",
                "Auftraggeberin: Margaret Holloway (Tochter), 14 Larch Close, Harrogate HG2 7QP, UK",
                "",
                "Überführung aus dem Seniorenzentrum              380,00 EUR",
                "Hygienische Versorgung, Einkleidung               245,00 EUR",
                "Sarg Eiche natur, Ausstattung                    1.460,00 EUR",
                "Trauerfeier Friedhofskapelle, Dekoration          690,00 EUR",
                "Traueranzeige Kaltenbrücker Tageblatt             412,50 EUR",
                "Friedhofsgebühren (verauslagt)                   1.895,00 EUR",
                "Summe brutto                                     5.082,50 EUR",
                "",
                "Die Rechnung wird gemäß Abtretung aus der Sterbegeldversicherung",
                "Nr. SG-4471-208315 direkt mit der Haselbrunner Lebensversicherung abgerechnet.",
                "[Gescannt Posteingang 14.02.2025 07:41 - Stapel PE-0214-07 - Seite 1/1]"]],
              title="Scan PE-0214-07-02", author="Scanstrecke Posteingang", producer="Kofax Capture (Scan)",
              date="D:20250214074100+01'00'")
    z = zipbytes([("PE-0214-07/PE-0214-07-01.pdf", cert), ("PE-0214-07/PE-0214-07-02.pdf", inv)],
                 date=(2025, 2, 14, 7, 42, 0))
    body = """Hallo zusammen,

anbei der Scan-Stapel PE-0214-07 aus dem Posteingang von heute früh (2 Dokumente). Die automatische Zuordnung hat nicht geklappt, Barcode fehlte. Bitte in der Leistung zuordnen und im DMS ablegen.

Danke & Gruß
Poststelle / Scanstrecke
Haus B, Raum 0.14
"""
    return msg(("Poststelle Haselbrunner", "poststelle@" + DOM), ("Leistung Leben", "leistung-leben@" + DOM),
               "Scan-Stapel PE-0214-07 ohne Zuordnung", "2025-02-14 07:44",
               mixed(text(body, cte="8bit"), att(z, "application/zip", "PE-0214-07.zip")))


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "address enquiry to registry office: named household-contents customer, former address, birth date, policy number")
def m004():
    body = """Sehr geehrte Damen und Herren,

wir bitten um eine einfache Melderegisterauskunft nach § 44 BMG zu folgender Person:

  Name:            Pfannkuch, Otto
  Geburtsdatum:    21.11.1941
  letzte bekannte Anschrift: Hagebuttenweg 3, 37991 Kaltenbrück

Hintergrund: Herr Pfannkuch unterhält bei unserer Schwestergesellschaft, der Haselbrunner Allgemeine Versicherung AG, eine Hausratversicherung (Vertrag HR-2210-55631). Unsere Post an die o. g. Anschrift kommt seit Dezember mit dem Vermerk "Empfänger unbekannt verzogen" zurück.

Die Gebühr von 12,00 EUR überweisen wir nach Rechnungsstellung. Ein Antwortschreiben an die unten stehende Anschrift genügt, gern auch per De-Mail.

Mit freundlichen Grüßen

im Auftrag
Jana Pröbsting
Kundenservice Sach
Haselbrunner Allgemeine Versicherung AG
Am Lindenhof 12 · 37991 Kaltenbrück
Telefon 05521 880-4230
"""
    return plain(st("pro"), ("Bürgerbüro Stadt Kaltenbrück", "meldewesen@kaltenbrueck.example"),
                 "Melderegisterauskunft – Pfannkuch, Otto", "2025-01-22 10:15", body,
                 charset="iso-8859-1", mailer=OL)


@mail("NORMAL", "en", "newsletter",
      "trap: reinsurer newsletter on longevity, mortality improvement, dementia as cause of death - population statistics only")
def m005():
    t = """FYI - interesting for the tariff review. Especially the bit about the 85+ improvement rates.

Peter

-------- Forwarded Message --------
Subject: Nordmark Re Life Insights | March 2025: Longevity after the pandemic
Date: Tue, 11 Mar 2025 06:00:02 +0000
From: Nordmark Re Life Insights <insights@nordmark-rueck.example>

NORDMARK RE LIFE INSIGHTS - March 2025

1) Mortality improvement is back - but not for everyone
Population mortality in Germany, Austria and the Netherlands has returned to the pre-2020 trend for ages 60-79. At ages 85+ the picture is mixed: excess mortality in winter 2022/23 was largely driven by respiratory infections, while 2024 showed improvement rates of 1.1 % (women) and 1.4 % (men).

2) Causes of death shift
Dementia (ICD-10 F01-F03, G30) is now the second most frequent certified underlying cause of death for women aged 85+, after ischaemic heart disease. Cancer mortality continues to fall at 1-2 % per year in most age bands.

3) What this means for final-expense portfolios
- level-premium funeral plans sold at ages 70+ are sensitive to the slope of improvement above 85
- graded benefits in the first 2-3 policy years remain effective against anti-selection
- we see no case for loosening simplified-issue underwriting

Webinar: 27 March 2025, 10:00 CET - register at https://events.nordmark-rueck.example/longevity25

You receive this newsletter as a client contact of Nordmark Rück SE. Unsubscribe: https://nordmark-rueck.example/unsubscribe
"""
    h = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>FYI - interesting for the tariff review. Especially the bit about the 85+ improvement rates.</p>
<p>Peter</p>
<div style="border-top:1px solid #ccc;padding-top:6px;color:#555">-------- Forwarded Message --------<br>
<b>Subject:</b> Nordmark Re Life Insights | March 2025: Longevity after the pandemic<br>
<b>From:</b> Nordmark Re Life Insights &lt;insights@nordmark-rueck.example&gt;</div>
<h2 style="color:#0b3b60">NORDMARK RE LIFE INSIGHTS &ndash; March 2025</h2>
<h3>1) Mortality improvement is back &ndash; but not for everyone</h3>
<p>Population mortality in Germany, Austria and the Netherlands has returned to the pre-2020 trend for ages 60&ndash;79. At ages 85+ the picture is mixed: excess mortality in winter 2022/23 was largely driven by respiratory infections, while 2024 showed improvement rates of 1.1&nbsp;% (women) and 1.4&nbsp;% (men).</p>
<h3>2) Causes of death shift</h3>
<p>Dementia (ICD-10 F01&ndash;F03, G30) is now the second most frequent certified underlying cause of death for women aged 85+, after ischaemic heart disease. Cancer mortality continues to fall at 1&ndash;2&nbsp;% per year in most age bands.</p>
<h3>3) What this means for final-expense portfolios</h3>
<ul><li>level-premium funeral plans sold at ages 70+ are sensitive to the slope of improvement above 85</li>
<li>graded benefits in the first 2&ndash;3 policy years remain effective against anti-selection</li>
<li>we see no case for loosening simplified-issue underwriting</li></ul>
<p><a href="https://events.nordmark-rueck.example/longevity25">Register for the webinar on 27 March 2025</a></p>
<p style="font-size:8pt;color:#888">You receive this newsletter as a client contact of Nordmark R&uuml;ck SE. <a href="https://nordmark-rueck.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return msg(st("lin"), [st("vos"), ("Aktuariat Leben", "aktuariat@" + DOM)],
               "Fwd: Nordmark Re Life Insights | March 2025: Longevity after the pandemic", "2025-03-11 09:31",
               alt(text(t), html(h)), mailer=TB)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings insurance continued for a community of heirs: names of heirs, insured address, policy number, premium payer change")
def m006():
    body = """Sehr geehrte Frau Sanders-Kühl,

vielen Dank für Ihren Anruf am Dienstag und die Übersendung des Erbscheins.

Wir bestätigen Ihnen, dass die Wohngebäudeversicherung Nr. WG-3307-119402 für das Einfamilienhaus Birkenweg 7, 37994 Kaltenbrück-Oberholm, nach dem Tod Ihres Vaters, Herrn Wilhelm Sanders, unverändert weiterläuft. Versicherungsnehmer ist ab dem 01.03.2025 die Erbengemeinschaft

  - Martina Sanders-Kühl, Am Hohlweg 19, 34131 Kassel
  - Jörg Sanders, Lindenstraße 4a, 37991 Kaltenbrück

Den Beitrag buchen wir wie besprochen ab der nächsten Fälligkeit (01.04.2025, 612,40 EUR jährlich) von Ihrem Konto ab; das SEPA-Lastschriftmandat liegt uns vor.

Bitte beachten Sie: Steht das Haus länger als 60 Tage leer, müssen Sie uns das mitteilen (Gefahrerhöhung, § 23 VVG). In der kalten Jahreszeit muss die Wasserleitung entleert oder das Haus ausreichend beheizt werden. Wenn Sie das Haus verkaufen möchten, geht der Vertrag auf den Käufer über – melden Sie uns dann bitte den Namen des Käufers und den Tag des Eigentumsübergangs.

Haben Sie Fragen? Sie erreichen mich direkt unter der unten stehenden Nummer.

Mit freundlichen Grüßen

Jana Pröbsting
Kundenservice Sach
Haselbrunner Allgemeine Versicherung AG
Am Lindenhof 12 · 37991 Kaltenbrück
Telefon 05521 880-4230
"""
    return plain(st("pro"), ("Martina Sanders-Kühl", "m.sanders-kuehl@posteo-mail.example"),
                 "Ihre Wohngebäudeversicherung WG-3307-119402 – Fortführung durch die Erbengemeinschaft",
                 "2025-02-27 11:38", body + "\n" + DISC_DE + "\n", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "named applicant asks about disclosing her mother's Huntington's disease and her own genetic test: genetic/family health data")
def m007():
    q = """Sehr geehrte Damen und Herren,
ich (63) möchte bei Ihnen die Sterbegeldversicherung Abschied Komfort über 12.000 Euro abschließen. Bei meiner Mutter wurde vor vielen Jahren Chorea Huntington festgestellt, sie ist 2009 daran verstorben. Ich habe 2011 einen Gentest machen lassen, das Ergebnis möchte ich eigentlich niemandem sagen. Muss ich das bei Frage 4 ("Erkrankungen in der Familie") angeben? Und muss ich den Test angeben?
Mit freundlichen Grüßen
Renate Dombrowski"""
    body = """Sehr geehrte Frau Dombrowski,

vielen Dank für Ihre offene Frage – das ist ein sensibles Thema, und wir beantworten es gern genau.

1. Genetische Untersuchungen: Nach § 18 Gendiagnostikgesetz dürfen wir als Versicherer bei einer Versicherungssumme bis 300.000 Euro weder die Vornahme eines Gentests verlangen noch Ergebnisse bereits durchgeführter Gentests entgegennehmen oder verwenden. Sie müssen den Test und sein Ergebnis also nicht angeben – und bitte schicken Sie uns das Ergebnis auch nicht zu.

2. Erkrankungen in der Familie: Der Antrag "Abschied Komfort" enthält keine Frage nach Erkrankungen von Angehörigen. Die Frage 4, die Sie meinen, stammt vermutlich aus einem älteren Antragsformular eines anderen Anbieters. Bei uns wird nur nach Ihren eigenen Behandlungen in den letzten 5 Jahren gefragt (Fragen 1–3).

3. Eigene Beschwerden: Falls Sie selbst wegen Beschwerden in ärztlicher Behandlung waren – gleich welcher Ursache –, sind diese bei den Fragen 1–3 anzugeben, auch wenn sie mit der Erkrankung Ihrer Mutter zusammenhängen könnten.

Den Antrag (Tarif SG-K 2025, 12.000 EUR, Eintrittsalter 63) habe ich Ihnen als PDF in Ihr Kundenpostfach gelegt.

Mit freundlichen Grüßen

Tobias Wendland
Antrags- und Risikoprüfung Leben
Haselbrunner Lebensversicherung AG
Telefon 05521 880-4520

Ihre Nachricht vom 07.04.2025:
""" + quote(q) + "\n"
    return plain(st("wen"), ("Renate Dombrowski", "renate.dombrowski@t-netz.example"),
                 "AW: Frage zum Antrag Abschied Komfort", "2025-04-08 16:20", body, mailer=OL,
                 irt="<1a9f2e7c-5501@t-netz.example>")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor contract ended after the policyholder's death: widow's name, plate, policy number, refund to her IBAN (no cause of death)")
def m008():
    ib = iban("DE", "26050001" + "0048213377")
    body = """Sehr geehrte Frau Albers,

zunächst unser herzliches Beileid zum Tod Ihres Mannes.

Wir haben die Abmeldebescheinigung der Zulassungsstelle erhalten. Die Kfz-Haftpflicht- und Teilkaskoversicherung Nr. KF-5512-700981 für den VW Golf mit dem Kennzeichen KB-GA 318 endet damit zum 14.03.2025.

Für den nicht verbrauchten Zeitraum erstatten wir 143,62 EUR. Der Betrag wird in den nächsten Tagen auf das von Ihnen genannte Konto überwiesen:

  Kontoinhaberin: Helga Albers
  IBAN: %s

Den Schadenfreiheitsrabatt Ihres Mannes (SF 35) können Sie innerhalb von 12 Monaten auf einen eigenen Vertrag übertragen lassen, wenn Sie das Fahrzeug regelmäßig mitgefahren sind. Sprechen Sie mich gern an.

Mit freundlichen Grüßen
Elif Aydin
Kraftfahrt Vertrag
Haselbrunner Allgemeine Versicherung AG, Tel. 05521 880-4244
""" % grp(ib)
    return plain(st("ayd"), ("Helga Albers", "helga.albers@web-post.example"),
                 "Abmeldung Ihres Fahrzeugs KB-GA 318", "2025-03-18 13:05", body, charset="iso-8859-1",
                 cte="quoted-printable")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: treaty renewal terms with mortality, sums assured and loss ratios - portfolio level, no person")
def m009():
    body = """Dear Katrin, dear Stefan,

thank you for the constructive call yesterday. As promised, our summary of the 2026 renewal terms for the funeral / small life quota share as we understood them - please confirm or correct by 31 October.

Treaty:            HB Final Expense QS 2026 (replaces NR-HB-LIFE-2019/04 from 1 Jan 2026)
Business covered:  Abschied Plus, Abschied Komfort, KLV-Kompakt (sums assured up to EUR 25,000)
Cession:           40 % quota share (unchanged)
Automatic limit:   EUR 25,000 per life, ages at entry 40-85
Reinsurance basis: risk premium, rates = 92 % of DAV 2008 T (aggregate), fixed for 3 years
Profit commission: 30 % of profit, loss carried forward 3 years
Commission:        none (risk premium basis)
Claims:            cash call above EUR 150,000 per event; quarterly accounts otherwise

Portfolio figures 2022-2024 (for the record):
  in-force lives at 30/06/2025:   61,418
  average sum assured:            EUR 6,920
  claims incurred 2024:           2,174 deaths, EUR 14.2 m
  actual/expected (DAV 2008 T):   84 % (2022: 91 %, 2023: 86 %)

Open point: your request to exclude deaths within the first 24 months caused by pre-existing conditions from the automatic cover. We can't agree to that for Abschied Plus (no underwriting, graded benefit instead), but we could discuss it for Abschied Komfort. Peter will send a proposal.

Best regards
Annelie

Dr. Annelie Voss
Chief Actuary Life
Haselbrunner Lebensversicherung AG
"""
    return plain(st("vos"), [("Katrin Ahlers", "k.ahlers@nordmark-rueck.example"),
                             ("Stefan Brügge", "s.bruegge@nordmark-rueck.example")],
                 "Renewal 2026 - HB Final Expense QS - summary of terms", "2025-10-15 17:12", body,
                 cc=[st("lin")], charset="us-ascii", cte="7bit", mailer=OL)


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: broker newsletter about e-application, health questions and signatures - product and process only")
def m010():
    body = """Haselbrunner Broker News - May 2025
=====================================

Dear partners,

** The e-application for Abschied Plus and Abschied Komfort is live **
From 19 May you can submit funeral plan applications fully online in the broker portal https://makler.haselbrunner.example. What's new:

* Health questions answered on screen (Abschied Komfort only - Abschied Plus still has no health questions)
* Signature by the customer on your tablet, or remotely by SMS-TAN
* For customers over 80 we ask for a second signature by a witness - the portal shows the field automatically
* Immediate underwriting decision in ~85 % of cases; the rest goes to our underwriters, answer within 2 working days

** Reminder: never send health information by ordinary e-mail **
Doctors' reports, medication lists and the like belong in the portal upload or the secure mailbox. If a customer sends you such documents by e-mail, please don't forward them to us - upload them.

** Commission statement **
The statement for April will be available in your electronic broker post on 6 June (delayed due to the system migration).

** Webinar **
"Funeral plans for 70+ - selling responsibly", 12 June, 14:00-15:00. Register: https://makler.haselbrunner.example/webinar

Questions? Your broker support team: makler@haselbrunner.example, +49 5521 880-4310.

Frank Dietrichs
Head of Broker Support
"""
    return plain(st("die"), ("Haselbrunner Maklerpartner", "broker-news@" + DOM), "Broker News May 2025: e-application live",
                 "2025-05-14 07:30", body, charset="utf-8", cte="7bit",
                 extra=["List-Unsubscribe: <mailto:broker-news-unsubscribe@haselbrunner.example>",
                        "Precedence: bulk"])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household-contents premium adjustment for a named customer: policy number, home address, sum insured, premium")
def m011():
    body = """Dear Mr McAllister,

thank you for your e-mail of 2 June. I'm happy to explain the letter about your household contents insurance in English.

Policy:            HR-2210-61207 (HausratSenior, Haselbrunner Allgemeine Versicherung AG)
Insured address:   Mühlgraben 11, 37993 Kaltenbrück-Weende
Sum insured:       EUR 58,000 -> EUR 60,900 from 1 July 2025
Annual premium:    EUR 171.40 -> EUR 179.97

Why the change? Your contract includes "protection against underinsurance" (Unterversicherungsverzicht). For this the sum insured follows the price index for household goods published by the Federal Statistical Office once a year - this year +5.0 %. The premium moves with it. Nothing else in your cover changes.

You don't have to do anything. If you would rather keep the old sum, you can object within one month of receiving the letter (see § 12 of the conditions). But then the protection against underinsurance may no longer apply, so I wouldn't recommend it.

The premium will be collected by direct debit on 1 July as usual.

Kind regards

Jana Pröbsting
Customer Service Property
Haselbrunner Allgemeine Versicherung AG
Am Lindenhof 12, 37991 Kaltenbrück, Germany
Phone +49 5521 880-4230

-----Original Message-----
From: Gordon McAllister <gmcallister@kabelnet.example>
Sent: Monday, 2 June 2025 18:44
To: service-sach@haselbrunner.example
Subject: Letter about my contents insurance

Hello, I received a letter in German about my Hausrat and I think my premium is going up? My German is not good enough for the legal bits. Could someone explain please. Policy HR-2210-61207.
Many thanks, Gordon McAllister
"""
    return plain(st("pro"), ("Gordon McAllister", "gmcallister@kabelnet.example"),
                 "RE: Letter about my contents insurance", "2025-06-04 10:02", body, charset="utf-8", cte="8bit",
                 mailer=OL, irt="<000901dbd3e1$5a3b2c10@kabelnet.example>")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "system payment reminder: named customer, household-contents policy number, arrears amount, deadline under § 38 VVG")
def m012():
    body = """Herrn
Otto Pfannkuch
Am Stadtgraben 27
37991 Kaltenbrück

Kundennummer: 7730 4418 02
Vertrag:      HR-2210-55631 (Hausratversicherung)

Zahlungserinnerung und qualifizierte Mahnung nach § 38 VVG

Sehr geehrter Herr Pfannkuch,

leider konnten wir den Folgebeitrag für Ihre Hausratversicherung nicht einziehen. Ihre Bank hat die Lastschrift zurückgegeben.

  fälliger Beitrag 01.01.2025 – 31.12.2025     148,20 EUR
  Rücklastschriftgebühr Ihrer Bank                3,00 EUR
  offener Betrag                                 151,20 EUR

Bitte überweisen Sie den Betrag bis zum 28.02.2025 auf unser Konto

  Haselbrunner Allgemeine Versicherung AG
  IBAN DE55 2605 0001 0000 7741 20 · BIC KALSDE21XXX
  Verwendungszweck: HR-2210-55631

Wichtiger Hinweis: Wenn Sie den Betrag nicht fristgerecht zahlen, sind wir für Schäden, die nach Fristablauf eintreten, nicht mehr zum Versicherungsschutz verpflichtet, und wir können den Vertrag fristlos kündigen (§ 38 Abs. 2 und 3 VVG).

Haben Sie bereits gezahlt, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Haselbrunner Allgemeine Versicherung AG
Beitragsservice

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
"""
    return plain(("Haselbrunner Beitragsservice", "beitragsservice@" + DOM), ("Otto Pfannkuch", "o.pfannkuch@mailbox-nord.example"),
                 "Zahlungserinnerung zu Ihrem Vertrag HR-2210-55631", "2025-02-07 03:12:40", body,
                 charset="iso-8859-1", mailer=SYS)


@mail("CONFIDENTIAL", "de", "undertaker",
      "forwarded letter of a sole-trader undertaker: owner's name, new private/business IBAN, tax number for referral fees")
def m013():
    ib = iban("DE", "26051260" + "0150338812")
    fw = """Sehr geehrter Herr Quandt,

zum 1. Mai habe ich mein Geschäftskonto zur Kreissparkasse gewechselt. Bitte überweisen Sie die Tippgeber-Vergütungen aus unserer Kooperation künftig auf:

Kontoinhaber: Jörg Meierling
IBAN: %s
BIC: KALSDE21XXX

Meine Steuernummer hat sich nicht geändert (21/144/05873), Umsatzsteuer wie gehabt nach § 19 UStG nicht ausgewiesen (Kleinunternehmer für die Vermittlungsumsätze).

Die Abrechnung für März/April (4 Abschlüsse Abschied Plus) steht noch aus, oder?

Mit freundlichen Grüßen
Jörg Meierling
Bestattungshaus Meierling e.K. – Inh. Jörg Meierling
Kirchgasse 2, 37996 Oberholm
Tel. 05524 8812""" % grp(ib)
    body = """Hallo Gregor,

bitte die neue Bankverbindung von Herrn Meierling im Partnerstamm (Partner-Nr. BP-0417) hinterlegen, Nachweis (Kopie Kontoauszug) hat er mir per Post geschickt, liegt bei mir. Die März/April-Abrechnung hängt glaube ich noch bei euch?

Danke!
Matthias

-------- Weitergeleitete Nachricht --------
Betreff: Neue Bankverbindung Bestattungshaus Meierling
Datum: Mon, 28 Apr 2025 09:13:22 +0200
Von: Bestattungshaus Meierling <info@bestattung-meierling.example>
An: Matthias Quandt <m.quandt@haselbrunner.example>

""" + fw + "\n"
    return plain(st("qua"), st("len"), "WG: Neue Bankverbindung Bestattungshaus Meierling", "2025-04-28 11:20",
                 body, cte="8bit", flowed=False, mailer=TB)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: promotional-item order (magnifier bookmarks for seniors, 'Sehhilfe', funeral-plan slogan) - supplier, no person")
def m014():
    body = """Sehr geehrte Frau Engel,

vielen Dank für Ihr Angebot Nr. AN-25-0931 vom 20.02.2025. Hiermit bestellen wir verbindlich:

Pos. 1  Lupen-Lesezeichen (Fresnel-Linse, 3-fache Vergrößerung), 4c-Druck beidseitig,
        Motiv "Gut vorgesorgt – Haselbrunner Abschied Plus"          5.000 Stk   à 0,38 EUR   1.900,00 EUR
Pos. 2  Hülle aus Papier, bedruckt 1c                                 5.000 Stk   à 0,06 EUR     300,00 EUR
Pos. 3  Druckdaten-Check / Proof                                          1 psch                   45,00 EUR
                                                                                        netto   2.245,00 EUR

Bestellnummer: B-4500-2025-0288 (bitte auf Rechnung und Lieferschein angeben)
Liefertermin: bis spätestens 28.03.2025 (Seniorenmesse "Aktiv im Alter" ab 04.04.)
Lieferanschrift: Haselbrunner Lebensversicherung AG, Warenannahme Tor 2, Am Lindenhof 12, 37991 Kaltenbrück
Rechnungsanschrift: wie oben, z. Hd. Kreditorenbuchhaltung

Hinweis für die Druckdaten: Die Lupe ist nur eine Lesehilfe – auf der Rückseite bitte nicht "Sehhilfe" drucken (medizinprodukterechtlich heikel), sondern "Lesehilfe". Die korrigierte Datei schickt Frau Beckhaus aus dem Marketing heute noch.

Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2024).

Mit freundlichen Grüßen
Svenja Körber
Einkauf
Haselbrunner Lebensversicherung AG
Tel. 05521 880-4031
"""
    return plain(st("koe"), ("Werbemittel Engel GmbH – Vertrieb", "vertrieb@werbemittel-engel.example"),
                 "Bestellung B-4500-2025-0288 – Lupen-Lesezeichen", "2025-02-24 14:51", body, cc=[st("bec")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "annual statement of a named customer's small endowment life policy (values, bonus, maturity) - life contract, no medical word")
def m015():
    body = """Dear Mrs Nowak,

as requested on the phone, here is your annual statement in English. The German original was sent by post to your address in Mississauga.

ANNUAL STATEMENT AS AT 1 APRIL 2025
Policy no.:             LV 77 013 456-2 (KLV-Kompakt, endowment)
Insured person:         Patricia Nowak, born 22/06/1949
Start / maturity:       1 April 2008 / 1 April 2029
Sum assured:            EUR 10,000 (payable on death or at maturity)
Annual premium:         EUR 512.40

Guaranteed surrender value:          EUR 7,184.55
Bonus account (irrevocable):         EUR 1,026.31
Terminal bonus (not guaranteed):     EUR   418.00
Expected maturity benefit 2029:      EUR 12,160 (not guaranteed)

Beneficiary on death:    Mark Nowak (son) - revocable
Premium payment:         annual, from account ending ...4471

If you would like to stop paying premiums (paid-up policy) or need to change the beneficiary, please reply to this message - I can send you the forms in English.

Kind regards

Claire Whitford-Bauer
International Customer Desk
Haselbrunner Lebensversicherung AG
Am Lindenhof 12, 37991 Kaltenbrück, Germany
Phone +49 5521 880-4150 | c.whitford-bauer@haselbrunner.example
"""
    return plain(st("whi"), ("Patricia Nowak", "pat.nowak@maplemail.example"),
                 "Your annual statement - policy LV 77 013 456-2", "2025-04-14 16:25", body, mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: clean-desk reminder mentioning death certificates, doctors' reports, health questionnaires - no person")
def m016():
    body = """Liebe Kolleginnen und Kollegen der Leistung Leben,

beim Kontrollgang der Informationssicherheit am Freitagabend lagen im Großraum 2.OG wieder an drei Plätzen offene Vorgänge auf dem Tisch – darunter Sterbeurkunden, eine ärztliche Todesbescheinigung und ein ausgefüllter Gesundheitsfragebogen. Außerdem stand ein Rollcontainer mit Schlüssel offen.

Zur Erinnerung (Arbeitsanweisung IS-07, Kap. 3):
- Papiere mit Gesundheitsdaten oder Angaben zu Verstorbenen beim Verlassen des Platzes wegschließen, auch in der Mittagspause
- Fehldrucke nicht in den Papierkorb, sondern in die graue Datenschutztonne (Flur, neben dem Drucker)
- Bildschirm sperren: Windows + L
- Schlüssel der Rollcontainer nicht stecken lassen

Der nächste Kontrollgang ist unangekündigt. Danke fürs Mitmachen!

Timo Schönfeld
Informationssicherheit
Tel. -4790
"""
    return plain(st("sch"), ("Leistung Leben – alle", "leistung-leben-alle@" + DOM),
                 "Clean Desk – Erinnerung nach Kontrollgang 2. OG", "2025-03-03 08:15", body, cc=[st("rot")], mailer=OL)


@mail("NORMAL", "en", "internal",
      "trap: e-signature vendor evaluation discussing elderly applicants, tremor, dementia, witnesses - generic, no person")
def m017():
    body = """Hi all,

short write-up from Tuesday's vendor demos for the e-signature in the funeral plan e-application (project ESIG-25). Scores 1-5, higher = better.

                           SignPilot   Inkwell Cloud   TrustMark QES
Handwritten-on-tablet         5              4               3
Remote SMS-TAN                4              5               4
Accessibility (large font,    4              2               3
  screen reader, high contr.)
Audit trail / evidence        4              4               5
Hosting in EU, BSI C5         yes            yes             yes
Price per signature           0.42 EUR       0.29 EUR        1.10 EUR

Observations:
- About a third of our funeral-plan applicants are 75+. Several of the pilot brokers reported that customers with shaky hands (tremor) struggle with signing on a tablet; SignPilot's "assisted signature" mode (tick box + witness) helps here.
- We must NOT build anything that records or infers a customer's medical condition (e.g. "customer has dementia, signature by relative"). If a relative signs, that's a legal question (power of attorney), not a checkbox. Legal (Rebecca) to confirm wording.
- Inkwell stores biometric signature data (pressure, speed). Sabine flagged this as potentially biometric data under Art. 9 GDPR -> needs a DPIA if we go that way.

Proposal: SignPilot for tablet + Inkwell for remote, decision in the steering committee on 20 May.

Cheers,
Lars

Lars Henningsen
IT Application Support Life
"""
    return plain(st("hen"), [st("sta"), st("rot"), st("die"), st("wen")],
                 "ESIG-25: vendor demo results (funeral plan e-application)", "2025-05-08 17:40", body,
                 charset="utf-8", cte="8bit", mailer=TB)


@mail("NORMAL", "de", "internal",
      "trap: training invitation about talking to grieving relatives, suicide, dementia, hospice - generic, no person")
def m018():
    body = """Liebe Kolleginnen und Kollegen,

nach den Rückmeldungen aus der Mitarbeiterbefragung bieten wir die Schulung

  "Gespräche mit trauernden Angehörigen – sicher, empathisch, datenschutzkonform"

erneut an. Trainerin ist Frau Dorothee Kessel (Trauerbegleiterin und Kommunikationstrainerin).

Termine (jeweils 09:00–16:00 Uhr, Schulungsraum 1, Haus A):
  - Dienstag, 13.05.2025
  - Mittwoch, 25.06.2025
  - Donnerstag, 18.09.2025

Inhalte:
  • Was Trauernde am Telefon brauchen – und was nicht
  • Umgang mit schwierigen Situationen: Suizid, plötzlicher Kindstod in der Familie, langer Krankheitsverlauf, Demenz
  • Wenn Angehörige nach der Todesursache gefragt werden (Wartezeit, Unfallzusatz): wie erklären, ohne zu verletzen
  • Wer darf was erfahren? Auskunft an Angehörige, Bestatter, Pflegeheim, Hospiz – mit Frau Rothkegel (Datenschutz)
  • Selbstfürsorge: Was tun, wenn ein Gespräch einen selbst mitnimmt?

Zielgruppe: Leistung Leben, Kundenservice Leben, Nachlassservice, neue Kolleginnen und Kollegen im ersten Jahr bevorzugt.

Anmeldung bitte bis 30.04. über das Lernportal (Kurs-Nr. LP-2025-117). Maximal 12 Plätze pro Termin.

Viele Grüße
Ines Kaczmarek
Personalentwicklung
"""
    return plain(st("kac"), ("Alle Mitarbeitenden Leben", "alle-leben@" + DOM),
                 "Schulung: Gespräche mit trauernden Angehörigen – neue Termine", "2025-04-09 12:00", body,
                 charset="windows-1252", cte="quoted-printable", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "company doctor on an application signed by a daughter: named applicant, Alzheimer dementia (G30.1, F00.1), medication, capacity")
def m019():
    body = """Hallo Herr Wendland,

zum Antrag A-SG-2025-029114 (Abschied Komfort, 8.000 EUR, VP Hedwig Lorenz, geb. 14.01.1939):

Ich habe mir die nachgereichten Unterlagen angesehen. Der Hausarztbrief (Dr. Pätzold, 03.03.2025) nennt eine Alzheimer-Demenz vom gemischten Typ, G30.8/F00.2 G, MMST zuletzt 14/30, Pflegegrad 3 seit 2023. Medikation Donepezil 10 mg, Quetiapin 25 mg z.N., außerdem Torasemid wegen Beinödemen.

Zwei Punkte:

1. Versicherungsmedizinisch wäre das bei Abschied Komfort eine Ablehnung (Frage 2b, Demenz/neurodegenerative Erkrankung). Angeboten werden kann Abschied Plus ohne Gesundheitsfragen mit der gestaffelten Leistung in den ersten 3 Jahren, Höchstsumme dort 6.000 EUR.

2. Wichtiger: Antrag und Gesundheitserklärung hat die Tochter (Frau Kerstin Lorenz-Haupt) "i. A." unterschrieben. Bei dem kognitiven Befund halte ich es für ausgeschlossen, dass Frau Lorenz den Antrag selbst verstanden hat. Bitte klären, ob eine notarielle Vorsorgevollmacht vorliegt, die auch Versicherungsangelegenheiten umfasst, oder eine gesetzliche Betreuung mit Aufgabenkreis Vermögenssorge. Ohne das würde ich keinen Vertrag policieren – das sollte sich Frau Stahl einmal ansehen.

Den Vorgang habe ich im Risikoprüfsystem auf "Rückfrage Recht" gesetzt.

Viele Grüße
H. Falkenrath

Dr. med. Hanne Falkenrath
Gesellschaftsärztlicher Dienst · Tel. -4601
"""
    return plain(st("fal"), st("wen"), "Antrag A-SG-2025-029114 – Rückfrage Unterschrift / Vollmacht",
                 "2025-03-12 09:58", body, cc=[st("sta")], mailer=OL,
                 extra=["Sensitivity: Company-Confidential"])


@mail("NORMAL", "de", "internal",
      "trap: out-of-office of a death-claims handler ('Sterbefälle', 'Todesbescheinigungen') - no person or case")
def m020():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.08.2025 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen – insbesondere bei neuen Sterbefällen, Rückfragen von Bestattern zu Abtretungen oder fehlenden Todesbescheinigungen – wenden Sie sich bitte an das Team Leistung Leben:
  leistung-leben@haselbrunner.example
  Telefon 05521 880-4400 (Mo–Fr 8–17 Uhr)

Mit freundlichen Grüßen
Birgit Oelschläger
Leistung Leben / Sterbegeld
"""
    return plain(st("oel"), ("Dirk Bodenstein", "d.bodenstein@pietaet-sonnenweg.example"),
                 "Abwesenheitsnotiz: AW: Rückfrage zur Abtretung", "2025-08-05 10:44:09", body,
                 extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], mailer=OL)


@mail("NORMAL", "de", "newsletter",
      "trap: HTML-only customer newsletter on funeral costs, causes of death, care home, 'Todesfall' checklist - no person")
def m021():
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Haselbrunner Kundenbrief 2/2025</title></head>
<body style="margin:0;background:#f3f1ec;font-family:Georgia,serif;color:#2b2b2b">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#3d5a4a;color:#fff;font-size:22px">Haselbrunner Kundenbrief &middot; Ausgabe 2/2025</td></tr>
<tr><td>
<h1 style="font-size:20px">Was kostet eine Beerdigung 2025?</h1>
<p>Eine Bestattung kostet in Deutschland heute im Durchschnitt zwischen 7.000 und 10.000&nbsp;Euro &ndash; je nach Region, Bestattungsart und Friedhof. Die gesetzliche Krankenkasse zahlt seit 2004 kein Sterbegeld mehr.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:14px">
<tr style="background:#e8efe9"><th align="left">Posten</th><th align="right">typische Kosten</th></tr>
<tr><td>Bestatter (Sarg/Urne, Überführung, Versorgung)</td><td align="right">2.500 &ndash; 4.500 &euro;</td></tr>
<tr><td>Friedhofsgebühren (Grab, Nutzungsrecht 20 Jahre)</td><td align="right">1.000 &ndash; 3.500 &euro;</td></tr>
<tr><td>Grabstein und Erstanlage</td><td align="right">1.500 &ndash; 4.000 &euro;</td></tr>
<tr><td>Trauerfeier, Blumen, Anzeige, Kaffeetafel</td><td align="right">800 &ndash; 2.000 &euro;</td></tr>
<tr><td>Ärztliche Leichenschau (GOÄ Nr. 100 ff.)</td><td align="right">ca. 130 &ndash; 200 &euro;</td></tr>
</table>
<h2 style="font-size:17px">Checkliste: Die ersten Tage nach einem Todesfall</h2>
<ol>
<li>Arzt rufen &ndash; er stellt die Todesbescheinigung aus (bei Tod im Pflegeheim oder Krankenhaus übernimmt das die Einrichtung).</li>
<li>Bestatter beauftragen; er kümmert sich auf Wunsch um die Sterbeurkunde beim Standesamt.</li>
<li>Versicherungen informieren &ndash; bei uns genügt ein Anruf oder eine Nachricht über das Kundenportal. Bitte schicken Sie uns keine ärztlichen Unterlagen per normaler E-Mail.</li>
<li>Rentenservice, Krankenkasse, Bank, Vermieter benachrichtigen.</li>
</ol>
<h2 style="font-size:17px">Sterbegeld ohne Gesundheitsfragen</h2>
<p>Mit <b>Haselbrunner Abschied Plus</b> sichern Sie zwischen 3.000 und 15.000&nbsp;&euro; ab &ndash; ohne Gesundheitsfragen, Aufnahme bis 85 Jahre. Bei Unfalltod zahlen wir vom ersten Tag an die volle Summe.</p>
<p><a href="https://www.haselbrunner.example/sterbegeld" style="background:#3d5a4a;color:#fff;padding:8px 14px;text-decoration:none">Beitrag berechnen</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Sie erhalten diesen Kundenbrief, weil Sie ihn bestellt haben. <a href="https://www.haselbrunner.example/newsletter/abmelden">Abmelden</a> &middot; Haselbrunner Lebensversicherung AG, Am Lindenhof 12, 37991 Kaltenbrück &middot; <a href="https://www.haselbrunner.example/datenschutz">Datenschutz</a></td></tr>
</table></td></tr></table>
</body></html>
"""
    return msg(("Haselbrunner Kundenbrief", "kundenbrief@" + DOM), ("Kundenbrief-Abonnenten", "kundenbrief@" + DOM),
               "Was kostet eine Beerdigung 2025? – Ihr Kundenbrief 2/2025", "2025-05-20 06:30", html(h),
               bcc=None, extra=["List-Unsubscribe: <https://www.haselbrunner.example/newsletter/abmelden>",
                                "List-Id: Haselbrunner Kundenbrief <kundenbrief.haselbrunner.example>", "Precedence: bulk"])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "calendar invite for a home visit to sign a funeral-plan application: hearing aids, anticoagulant and daughter only in the ICS description")
def m022():
    cal = ics([
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E00800000000B0C4F1A2D39DDB01",
        "DTSTAMP:20250611T071500Z",
        "DTSTART;TZID=W. Europe Standard Time:20250617T150000",
        "DTEND;TZID=W. Europe Standard Time:20250617T163000",
        "SUMMARY:Hausbesuch Kowalczyk - Unterschrift Antrag Abschied Komfort",
        "LOCATION:Seniorenwohnanlage Am Mühlbach\\, Whg. 14\\, Mühlbachweg 6\\, 37991 Kaltenbrück",
        "DESCRIPTION:Kundin Erna Kowalczyk (geb. 1938)\\, Antrag A-SG-2025-033590\\, 7.500 EUR.\\n"
        "Hört sehr schlecht (Hörgeräte beidseits\\, oft nicht eingesetzt) - langsam und laut sprechen\\, Block mitnehmen.\\n"
        "Tochter (Frau Bednarek) ist dabei.\\n"
        "Gesundheitsfragen: nimmt Marcumar wegen Vorhofflimmern\\, Herzkatheter 2023 - Medikamentenplan vom Hausarzt bereitlegen lassen\\, sonst kann Risikoprüfung nicht entscheiden.\\n"
        "Unterlagen: Antrag\\, SEPA-Mandat\\, Beratungsprotokoll\\, Datenschutzhinweise in Großdruck.",
        "ORGANIZER;CN=Jens Hollander:mailto:j.hollander@haselbrunner.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Angelika Marquardt:mailto:a.marquardt@haselbrunner.example",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "BEGIN:VALARM",
        "TRIGGER:-PT30M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR"])
    body = "Hallo Angelika,\n\nwie besprochen – magst du mitkommen? Details im Termin.\n\nJens\n"
    return msg(st("hol"), st("mar"), "Hausbesuch 17.06. 15:00", "2025-06-11 09:15",
               mixed(alt(text(body), html("<html><body><p>Hallo Angelika,</p><p>wie besprochen &ndash; magst du mitkommen? Details im Termin.</p><p>Jens</p></body></html>")),
                     P("text/calendar", base64.encodebytes(cal), params=[("charset", "utf-8"), ("method", "REQUEST")],
                       cte="base64", disp="attachment", filename="invite.ics")), mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "HTML-only payment run of death benefits: deceased persons, policy numbers, dates of death, beneficiaries, IBANs")
def m023():
    rows = [
        ("LF-2025-00981", "SG-4471-208315", "Gertrud Imhoff", "09/02/2025", "Bestattungen Kranich & Söhne GmbH (assignment)", iban("DE", "26050001" + "0000551938"), "5,082.50"),
        ("LF-2025-00981", "SG-4471-208315", "Gertrud Imhoff", "09/02/2025", "Margaret Holloway (daughter), remainder", iban("GB", "NWBK" + "60162340552918"), "2,917.50"),
        ("LF-2025-01022", "SG-4471-215570", "Erwin Thiessen", "21/03/2025", "Pietät Sonnenweg GmbH (assignment)", iban("DE", "26051260" + "0000087712"), "4,300.00"),
        ("LF-2025-01030", "SG-4471-190044", "Heinz-Dieter Brakelmann", "18/02/2025", "Ilse Brakelmann (widow)", iban("DE", "26090050" + "0047011822"), "8,214.36"),
        ("LF-2025-01041", "LV 77 011 902-7", "Hannelore Wiechert", "02/04/2025", "Estate of H. Wiechert - Notary Dr. Kühl, escrow", iban("DE", "26050001" + "0099120034"), "11,406.18"),
    ]
    tr = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td align=\"right\">%s</td></tr>"
                   % (a, b, c, d, e, grp(f), g) for a, b, c, d, e, f, g in rows)
    h = """<html><head><style>td,th{border:1px solid #999;padding:3px 6px;font-family:Arial;font-size:10pt}</style></head><body>
<p style="font-family:Arial;font-size:10pt">Hi Marta,</p>
<p style="font-family:Arial;font-size:10pt">please release the following death benefit payments with value date 17 April 2025 (payment run LEB-KW16). Four-eyes check done by Yusuf. The two Imhoff lines belong together (assignment to the funeral director, rest to the daughter in the UK - SEPA works for GB, we checked).</p>
<table cellspacing="0">
<tr style="background:#dde"><th>Claim</th><th>Policy</th><th>Deceased</th><th>Date of death</th><th>Payee</th><th>IBAN</th><th>EUR</th></tr>
%s
<tr><td colspan="6"><b>Total</b></td><td align="right"><b>31,920.54</b></td></tr>
</table>
<p style="font-family:Arial;font-size:10pt">Thanks,<br>Birgit</p>
<p style="font-family:Arial;font-size:8pt;color:#666">Birgit Oelschläger &middot; Leistung Leben / Sterbegeld &middot; Haselbrunner Lebensversicherung AG</p>
</body></html>
""" % tr
    return msg(st("oel"), ("Marta Wiśniewska", "m.wisniewska@" + DOM), "Payment run LEB-KW16 - death benefits for release",
               "2025-04-15 14:02", html(h, cte="base64"), cc=[st("dem")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-notary",
      "answer to an executor: funeral policy of a named deceased, payout amount and date, beneficiary widow - life claim")
def m024():
    body = """Sehr geehrter Herr Dr. Kühl,

Ihr Schreiben vom 02.04.2025 in der Nachlasssache Heinz-Dieter Brakelmann (Az. Ihres Notariats 118/25 TV) haben wir erhalten. Das Testamentsvollstreckerzeugnis lag in Kopie bei.

Zur Sterbegeldversicherung SG-4471-190044 (Abschied Plus, Versicherungssumme 8.000 EUR) teilen wir Ihnen mit:

  - Leistungsfall LF-2025-01030, Todestag 18.02.2025
  - Die Versicherungssumme von 8.000,00 EUR wird mit Wertstellung 17.04.2025 an die widerruflich bezugsberechtigte Ehefrau, Frau Ilse Brakelmann, ausgezahlt.
  - Eine Abtretung an ein Bestattungsunternehmen lag nicht vor.

Da ein Bezugsrecht bestand, fällt die Leistung nach unserer Rechtsauffassung nicht in den Nachlass (§ 160 VVG i. V. m. § 331 BGB). Eine Auszahlung an Sie als Testamentsvollstrecker ist daher nicht möglich.

Weitere Verträge des Verstorbenen bei der Haselbrunner Lebensversicherung AG bestehen nicht. Zu Verträgen bei unserer Schwestergesellschaft (Sach) richten Sie Ihre Anfrage bitte gesondert an service-sach@haselbrunner.example.

Mit freundlichen Grüßen

Ulrike Steinmetz
Nachlass- und Erbfallservice
Haselbrunner Lebensversicherung AG
Am Lindenhof 12 · 37991 Kaltenbrück
Telefon 05521 880-4455
"""
    return plain(st("ste"), ("Notariat Dr. Severin Kühl", "notariat@notar-kuehl.example"),
                 "Nachlass Brakelmann – Ihr Az. 118/25 TV", "2025-04-16 10:27", body + "\n" + DISC_DE + "\n",
                 charset="iso-8859-1", mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: data-protection minutes on retention of death certificates, cause of death, health data - no person")
def m025():
    body = """Protokoll – Datenschutz-Jour-fixe Leben, 06.03.2025, 10:00–11:15, Raum 3.12 / Teams

Teilnehmende: S. Rothkegel (DSB, Leitung), B. Oelschläger (Leistung), U. Steinmetz (Nachlass), L. Henningsen (IT), R. Stahl (Recht), T. Schönfeld (IS)
Protokoll: S. Rothkegel

TOP 1 – Aufbewahrung von Todesbescheinigungen
- Ausgangslage: Wir fordern bei Tod in den ersten 3 Vertragsjahren (Staffelung) und bei Unfallzusatz die Todesbescheinigung inkl. vertraulichem Teil (Todesursache) an. Diese wird derzeit wie die Sterbeurkunde 10 Jahre im DMS aufbewahrt.
- Ergebnis: Der vertrauliche Teil ist Gesundheitsdatum (Art. 9 DSGVO, auch wenn die DSGVO für Verstorbene nicht gilt: § 203 StGB und postmortaler Persönlichkeitsschutz). Aufbewahrung künftig nur, solange für Leistungsprüfung und Rechtsstreit erforderlich: 3 Jahre nach Abschluss des Leistungsfalls, danach Löschung; Sterbeurkunde bleibt 10 Jahre (handels-/steuerrechtlich).
- Aufgabe: IT legt Dokumentenklasse "TB-vertraulich" mit eigener Löschfrist an. (Henningsen, bis 30.04.)

TOP 2 – Auskünfte an Bestatter
- Bestatter fragen telefonisch nach dem Stand der Auszahlung. Auskunft nur, wenn eine Abtretung vorliegt, und nur zu Betrag und Zahlungstermin, nie zu Todesursache oder Gesundheitsangaben aus dem Antrag.
- Aufgabe: Telefonleitfaden ergänzen (Oelschläger, bis 31.03.)

TOP 3 – E-Mail mit Angehörigen
- Angehörige schicken Arztbriefe unaufgefordert per E-Mail. Antwort künftig ausschließlich über das Portal-Postfach; Textbaustein "Bitte keine Gesundheitsunterlagen per E-Mail" wird in alle Eingangsbestätigungen aufgenommen.

TOP 4 – Verschiedenes
- Löschkonzept Leben: Review im Q3.

Nächster Termin: 05.06.2025
"""
    return plain(st("rot"), ("Datenschutz-Jour-fixe Leben", "dsjf-leben@" + DOM), "Protokoll DS-Jour-fixe Leben 06.03.2025",
                 "2025-03-07 13:22", body, mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "fund savings plan of a deceased customer split among three heirs: names, addresses, IBANs, shares in the XLSX")
def m026():
    rows = [["Haselbrunner Invest GmbH – Auszahlung Nachlass", "", "", "", ""],
            ["Depot", "5520-118734", "", "", ""],
            ["Erblasser", "Anneliese Vogt, verst. 28.01.2025", "", "", ""],
            ["Depotwert per 14.03.2025 (EUR)", 23418.66, "", "", ""],
            ["", "", "", "", ""],
            ["Erbe/Erbin", "Anschrift", "Erbquote", "IBAN", "Betrag EUR"],
            ["Sabine Vogt-Renner", "Gartenstraße 8, 37991 Kaltenbrück", "1/2", iban("DE", "26050001" + "0033817742"), 11709.33],
            ["Thomas Vogt", "Bergring 41, 30451 Hannover", "1/4", iban("DE", "25050180" + "0910442211"), 5854.67],
            ["Lea Vogt", "Rue des Tanneurs 5, 1204 Genève", "1/4", iban("CH", "00762" + "011623852957"), 5854.66],
            ["", "", "", "Summe", 23418.66]]
    x = xlsx([("Aufteilung", rows)], date=(2025, 3, 14, 11, 2, 0))
    body = """Sehr geehrte Frau Vogt-Renner,

vielen Dank, dass Sie uns als Ansprechpartnerin der Erbengemeinschaft die unterschriebene Auszahlungsvereinbarung geschickt haben.

Wir haben die Fondsanteile im VorsorgePlan-Depot Ihrer Mutter zum 14.03.2025 verkauft. In der Anlage finden Sie die Aufteilung nach Erbquoten, wie wir sie überweisen werden. Bitte prüfen Sie die Bankverbindungen noch einmal – insbesondere die Schweizer IBAN Ihrer Nichte. Wenn wir bis 21.03. nichts von Ihnen hören, geben wir die Zahlungen frei.

Die Steuerbescheinigung erhält jeder Erbe gesondert per Post.

Freundliche Grüße
Holger Brandt
Haselbrunner Invest GmbH – Depotservice
Am Lindenhof 12 · 37991 Kaltenbrück
Tel. 05521 880-4660
"""
    return msg(st("bra"), ("Sabine Vogt-Renner", "sabine.vogt-renner@freenet-mail.example"),
               "Depot 5520-118734 – Auszahlung an die Erbengemeinschaft", "2025-03-14 11:06",
               mixed(text(body), att(x, MT["xlsx"], "Aufteilung_Erben_5520-118734.xlsx")), mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: complaints KPI report for death claims (waiting period, cause of death, refusals) - counts only")
def m027():
    body = """Hallo zusammen,

hier die Beschwerdestatistik Leistung Leben für Q1/2025 (Quelle: Beschwerdemanagement-Tool, Stand 04.04.).

Beschwerden gesamt Leben:                    47   (Q4/24: 52)
  davon Sterbegeld (Abschied Plus/Komfort):  29
  davon KLV/Risiko:                          11
  davon Fondssparplan (Invest):               7

Sterbegeld nach Grund:
  Dauer der Auszahlung (> 10 Arbeitstage)    11
  nur gestaffelte Leistung (Tod in Jahr 1-3)  7
  Anforderung Todesbescheinigung/Todesursache als "pietätlos" empfunden   5
  Auszahlung an Bestatter statt an Familie    3
  Sonstiges                                   3

Ombudsmann-Verfahren: 2 (beide Staffelung), BaFin-Eingaben: 1

Durchlaufzeit Leistungsfall (Eingang vollständige Unterlagen -> Zahlung): Median 3 AT, 90%-Quantil 9 AT.

Auffällig: Die Beschwerden zur Todesursache kommen fast alle aus Fällen, in denen Angehörige unseren Standardbrief bekommen haben. Vorschlag: Birgit und Ines überarbeiten den Text, siehe auch Schulung "Gespräche mit trauernden Angehörigen".

Gruß
Yusuf
"""
    return plain(st("dem"), [st("oel"), ("Leitung Betrieb Leben", "leitung-betrieb-leben@" + DOM)],
                 "Beschwerdestatistik Leistung Leben Q1/2025", "2025-04-04 15:48", body, cte="8bit", mailer=TB)


@mail("NORMAL", "en", "internal",
      "trap: wording review of English funeral plan terms (waiting period, suicide, pre-existing conditions) - no person")
def m028():
    body = """Rebecca,

my comments on the English convenience translation of the Abschied Plus terms (AVB SG-P 2025, draft v0.3). Only the clauses where I think the English is misleading:

§ 3 Graded benefit
Draft: "If the insured dies of an illness within the first three years, only the premiums are repaid."
German: in year 1 premiums paid, year 2 = 1/3, year 3 = 2/3 of the sum insured. Suggest:
"If the insured person dies as a result of illness during the first policy year, we refund the premiums paid. In the second year we pay one third and in the third year two thirds of the sum insured. From the fourth year we pay the full sum insured. Death as a result of an accident is covered in full from the start."

§ 4 Suicide
Draft says "Suicide is not covered." That's wrong - § 161 VVG: not covered within three years unless committed in a state of mental disturbance excluding free will. Please mirror the German wording exactly, no paraphrase.

§ 7 Pre-existing conditions
For Abschied Plus there are no health questions, so "pre-existing conditions are excluded" must go - it contradicts the product. We handle anti-selection via § 3 only.

§ 12 Beneficiary
"next of kin" is not a legal term in German law. Use "the person you have named as beneficiary; if you have not named anyone, your heirs".

Happy to go through it on Thursday.

Claire
"""
    return plain(st("whi"), st("sta"), "AVB SG-P 2025 - English version - comments", "2025-09-22 12:31", body,
                 charset="iso-8859-1", cte="quoted-printable", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "forwarded hospital physician's mail (message/rfc822): fatal fall, traumatic brain injury, alcohol level of a named insured person")
def m029():
    inner_body = """Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 05.05.2025 und mit der uns vorliegenden Schweigepflichtentbindung der Ehefrau übersenden wir folgende Angaben zu Ihrem Versicherten

  Herrn Bernd Kowalski, geb. 11.09.1951, wh. Sandweg 12, 37991 Kaltenbrück

Aufnahme über den Rettungsdienst am 26.04.2025, 17:40 Uhr, nach Sturz von einer Leiter (ca. 3 m) im eigenen Garten.
Diagnosen bei Aufnahme: schweres Schädel-Hirn-Trauma (S06.5 epidurales/subdurales Hämatom, S06.21), Kalottenfraktur links (S02.0), GCS 5.
Notfallmäßige Kraniotomie, postoperativ Intensivstation. Tod am 27.04.2025, 04:12 Uhr.
Todesursache: zentrales Regulationsversagen infolge des Schädel-Hirn-Traumas. Es handelt sich nach unserer Einschätzung um eine unfallbedingte Todesursache; Hinweise auf eine vorangegangene innere Ursache (z. B. Synkope) ergaben sich nicht. Blutalkohol bei Aufnahme 0,3 Promille. Dauermedikation laut Ehefrau: Metoprolol 47,5 mg.

Mit freundlichen Grüßen
Dr. med. Kai Reuter
Oberarzt, Klinik für Neurochirurgie
Klinikum Kaltenbrück gGmbH
"""
    inner = msg(("Dr. med. Kai Reuter", "k.reuter@klinikum-kaltenbrueck.example"),
                ("Leistung Leben", "leistung-leben@" + DOM),
                "Ihre Anfrage LF-2025-01174 – Kowalski, Bernd", "2025-05-09 13:18", text(inner_body, cte="quoted-printable"),
                mid="<7f1e9a3b-4c2d@klinikum-kaltenbrueck.example>")
    outer = """Yusuf,

Arztauskunft zum Fall Kowalski ist da (siehe Anhang). Damit ist der Unfalltod für mich belegt -> Unfallzusatzversicherung greift, also doppelte Summe (2 x 6.000 EUR). Die 0,3 Promille sind kein Ausschluss (Grenze in den AVB 0,8). Kannst du die Zahlung vorbereiten? Bezugsberechtigt ist die Ehefrau.

Birgit
"""
    return msg(st("oel"), st("dem"), "WG: Ihre Anfrage LF-2025-01174 – Kowalski, Bernd", "2025-05-09 14:02",
               mixed(text(outer, cte="8bit"), rfc822(inner, "Arztauskunft_Klinikum.eml")), mailer=TB)


@mail("NORMAL", "de", "insurer-to-press",
      "trap: press release on shorter waiting period, deaths and claims figures - company facts, a board member quoted")
def m030():
    body = """PRESSEMITTEILUNG – Sperrfrist 01.07.2025, 10:00 Uhr

Haselbrunner verkürzt Wartezeit in der Sterbegeldversicherung

Kaltenbrück, 1. Juli 2025 – Die Haselbrunner Lebensversicherung AG verkürzt zum 1. August 2025 die gestaffelte Leistung in ihrer Sterbegeldversicherung "Abschied Plus" von drei auf zwei Jahre. Stirbt die versicherte Person im zweiten Versicherungsjahr an einer Krankheit, zahlt der Versicherer künftig bereits die Hälfte der Versicherungssumme, ab dem dritten Jahr die volle Summe. Bei Unfalltod gilt weiterhin voller Schutz ab dem ersten Tag.

"Viele unserer Kundinnen und Kunden schließen ihre Sterbegeldversicherung mit über 70 ab. Drei Jahre Staffelung sind für sie eine lange Zeit", sagt Petra Olbrich, Vorständin für Leben und Kunde. "Unsere Erfahrungen aus über 60.000 Verträgen zeigen, dass wir die Wartezeit verantwortungsvoll verkürzen können."

Zahlen und Fakten:
- 2024 zahlte Haselbrunner in 2.174 Sterbefällen insgesamt 14,2 Mio. Euro Sterbegeld aus.
- Die durchschnittliche Versicherungssumme liegt bei 6.920 Euro, das Durchschnittsalter bei Abschluss bei 68 Jahren.
- In 41 Prozent der Fälle wird die Leistung direkt an ein Bestattungsunternehmen gezahlt (Abtretung).
- 95 Prozent der Leistungsfälle werden innerhalb von 10 Arbeitstagen nach Eingang der Unterlagen ausgezahlt.

Die Verkürzung gilt für Neuverträge ab dem 1. August 2025. Bestehende Verträge werden auf Wunsch ohne erneute Prüfung umgestellt.

Über Haselbrunner: Die Haselbrunner Lebensversicherung AG mit Sitz in Kaltenbrück betreut rund 240.000 Kundinnen und Kunden, Schwerpunkt ist die Vorsorge für die Generation 60 plus.

Pressekontakt: Marcel Thiele, Unternehmenskommunikation, Tel. 05521 880-4011, presse@haselbrunner.example
"""
    return plain(st("thi"), ("Presseverteiler Wirtschaft", "presseverteiler@" + DOM), "PM: Haselbrunner verkürzt Wartezeit in der Sterbegeldversicherung",
                 "2025-07-01 08:00", body, extra=["Precedence: bulk"], mailer=OL)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: sponsoring letter to a hospice association (palliative care, dying) - association and its chair only")
def m031():
    body = """Sehr geehrte Frau Wendt,

herzlichen Dank für das freundliche Gespräch beim Sommerfest und für die Einblicke in die Arbeit des Ambulanten Hospizdienstes.

Wir freuen uns, Ihnen mitteilen zu können, dass der Vorstand der Haselbrunner Lebensversicherung AG beschlossen hat, den Hospizverein Kaltenbrück e. V. im Jahr 2026 mit 6.000 Euro zu unterstützen. Zweckbindung wie von Ihnen vorgeschlagen:

  - Qualifizierungskurs für 14 neue ehrenamtliche Sterbebegleiterinnen und -begleiter (Kursgebühren, Material)
  - Trauercafé für Angehörige (Raummiete, Verpflegung)

Die Zahlung erfolgt im Januar 2026 auf das Vereinskonto bei der Kreissparkasse. Bitte senden Sie uns bis Ende Februar 2027 einen kurzen Verwendungsnachweis und, wenn möglich, eine Zuwendungsbestätigung.

Über einen gemeinsamen Pressetermin im Frühjahr würden wir uns freuen; selbstverständlich ohne Fotos von Begleiteten oder Angehörigen. Herr Thiele aus unserer Unternehmenskommunikation meldet sich dazu bei Ihnen.

Mit freundlichen Grüßen

Nora Beckhaus
Marketing & Sponsoring
Haselbrunner Lebensversicherung AG
"""
    return plain(st("bec"), ("Hospizverein Kaltenbrück e. V.", "vorstand@hospizverein-kaltenbrueck.example"),
                 "Förderung 2026 – Hospizverein Kaltenbrück e. V.", "2025-09-03 11:20", body, cc=[st("thi")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "change of payment mode on a named funeral policy; the chemotherapy and hospital stay appear only in the quoted customer mail")
def m032():
    body = """Sehr geehrte Frau Hartwig,

vielen Dank für Ihre Nachricht. Ich habe die Zahlweise Ihrer Sterbegeldversicherung wie gewünscht von monatlich auf vierteljährlich umgestellt. Der nächste Beitrag von 67,35 EUR wird am 01.07.2025 abgebucht. Den ausgefallenen Beitrag für April haben wir gestundet, er wird mit dem Juli-Beitrag eingezogen – Sie müssen nichts weiter tun.

Eine Mahnung oder Kündigung droht nicht. Ihr Versicherungsschutz besteht unverändert.

Ich wünsche Ihnen gute Besserung und alles Gute!

Herzliche Grüße
Angelika Marquardt
Vertragsservice Leben
Haselbrunner Lebensversicherung AG · Tel. 05521 880-4125

-----Ursprüngliche Nachricht-----
Von: Gisela Hartwig <gisela.hartwig@t-netz.example>
Gesendet: Sonntag, 18. Mai 2025 20:12
An: service-leben@haselbrunner.example
Betreff: Sterbegeld SG-4471-222861 Zahlung

Guten Tag,
entschuldigen Sie das die Zahlung im April nicht geklappt hat. Ich war nach meiner 3. Chemo (Darmkrebs) fast 4 Wochen im Krankenhaus und mein Sohn hat die Post nicht aufgemacht. Kann ich statt monatlich lieber alle 3 Monate zahlen? Dann muss ich nicht so oft aufs Konto gucken.
Mit freundlichen Grüssen
Gisela Hartwig
"""
    return plain(st("mar"), ("Gisela Hartwig", "gisela.hartwig@t-netz.example"),
                 "AW: Sterbegeld SG-4471-222861 Zahlung", "2025-05-19 09:41", body, mailer=OL,
                 irt="<000a01dbc82e$11f2c9e0@t-netz.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "named customer asks to increase his funeral plan; reply discusses his type 2 diabetes, HbA1c and insulin")
def m033():
    body = """Dear Mr Fairbairn,

thank you for your letter and for sending the health questionnaire back so quickly.

You asked to increase your funeral plan SG-4471-198820 from EUR 6,000 to EUR 12,000. An increase of the sum insured counts as new cover, so the additional EUR 6,000 has to be underwritten like a new application (Abschied Komfort, simplified health questions).

Based on your answers - type 2 diabetes since 2016, now treated with insulin (Lantus) in addition to metformin, last HbA1c 8.1 %, and the retinopathy treated with laser in 2023 - we can unfortunately not offer the increase on Abschied Komfort terms. Question 2c (diabetes with insulin treatment AND complications of the eyes, kidneys or nerves) rules it out.

What we can offer:
  - a second, separate policy Abschied Plus (no health questions) for EUR 6,000. Monthly premium at your age (74): EUR 48.90. In the first two years the benefit is graded if death results from illness; accidents are covered in full from day one.
  - or we leave your existing plan unchanged. Your current EUR 6,000 is of course not affected in any way by this decision.

If you'd like the Abschied Plus offer, just reply "yes" and I will send the application to your secure mailbox.

Kind regards

Claire Whitford-Bauer
International Customer Desk
Haselbrunner Lebensversicherung AG
"""
    return plain(st("whi"), ("Alan Fairbairn", "alan.fairbairn@kabelnet.example"),
                 "Your request to increase funeral plan SG-4471-198820", "2025-07-08 15:12", body,
                 charset="us-ascii", cte="7bit", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "undertaker",
      "forwarded undertaker mail with assignment PDF: named deceased, policy number, date and place of death, cause of death 'Herzversagen'")
def m034():
    abtr = pdf([["# Abtretungserklärung",
                 "",
                 "Versicherungsnehmer/in (bzw. Erbe/Bezugsberechtigte/r): Renate Thiessen",
                 "Versicherte Person: Erwin Thiessen, geb. 02.12.1938, verst. 21.03.2025",
                 "Versicherer: Haselbrunner Lebensversicherung AG, Vertrag SG-4471-215570",
                 "",
                 "Hiermit trete ich meine Ansprüche aus dem o. g. Vertrag in Höhe von 4.300,00 EUR",
                 "an die Pietät Sonnenweg GmbH, Sonnenweg 3, 37991 Kaltenbrück, ab.",
                 "Der Restbetrag ist an mich auszuzahlen.",
                 "",
                 "Kaltenbrück, 22.03.2025",
                 "gez. Renate Thiessen                  gez. D. Bodenstein (Pietät Sonnenweg GmbH)"]],
               title="Abtretung Thiessen", author="Pietät Sonnenweg GmbH", producer="Microsoft Word - Abtretung.docx",
               date="D:20250322103000+01'00'")
    body = """Hallo Birgit,

anbei zuständigkeitshalber, kam im Funktionspostfach an. Vertrag ist in Staffelung (Beginn 01.09.2023) – Todesursache brauchst du wahrscheinlich noch?

Gruß Kemal

-------- Original-Nachricht --------
Von: Dirk Bodenstein <d.bodenstein@pietaet-sonnenweg.example>
Datum: 24.03.2025 08:57
An: service-leben@haselbrunner.example
Betreff: Sterbefall Erwin Thiessen / SG-4471-215570

Sehr geehrte Damen und Herren,

wir zeigen Ihnen den Sterbefall Ihres Versicherten Herrn Erwin Thiessen an (verstorben am 21.03.2025 im Klinikum Kaltenbrück). Die Witwe hat uns mit der Bestattung beauftragt und die Ansprüche in Höhe unserer Rechnung abgetreten, siehe Anlage. Laut Todesbescheinigung war die Todesursache Herzversagen bei bekannter Herzinsuffizienz, er war die letzten Wochen schon im Krankenhaus. Die Sterbeurkunde reichen wir nach, sobald das Standesamt sie ausgestellt hat.

Bitte überweisen Sie 4.300,00 EUR auf unser bekanntes Konto.

Mit freundlichen Grüßen
Dirk Bodenstein
Pietät Sonnenweg GmbH – Bestattungen seit 1952
"""
    return msg(st("ars"), st("oel"), "WG: Sterbefall Erwin Thiessen / SG-4471-215570", "2025-03-24 10:03",
               mixed(text(body), att(abtr, "application/pdf", "Abtretung_Thiessen.pdf")), mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "body says only 'Votum anbei'; the PDF underwriting note holds applicant, birth date, heart failure I50.12, medication, surcharge")
def m035():
    v = pdf([["# Haselbrunner Lebensversicherung AG – Risikoprüfung Leben",
              "# Ärztliches Votum",
              "",
              "Antrag: A-SG-2025-034407      Tarif: Abschied Komfort (SG-K 2025)      VS: 10.000 EUR",
              "Antragsteller / VP: Manfred Ostendorf, geb. 30.11.1946, Kaltenbrück",
              "",
              "Angaben Gesundheitserklärung: Frage 2a (Herz) JA",
              "Unterlagen: Kardiologischer Befundbericht Dr. Yilmaz vom 14.05.2025; Medikationsplan",
              "",
              "Befunde:",
              "- Herzinsuffizienz mit leicht reduzierter Ejektionsfraktion (HFmrEF), I50.12, NYHA II",
              "- LVEF 44 %, NT-proBNP 890 pg/ml (04/2025)",
              "- Vorhofflimmern paroxysmal (I48.0), orale Antikoagulation Apixaban 5 mg 1-0-1",
              "- Arterielle Hypertonie, behandelt (Sacubitril/Valsartan 49/51 mg, Bisoprolol 5 mg)",
              "- keine Hospitalisierung wegen Dekompensation in den letzten 24 Monaten",
              "",
              "Beurteilung: Annahme mit Beitragszuschlag 75 % (Mortalität +150 %).",
              "Alternativ: Abschied Plus ohne Zuschlag mit Staffelung anbieten.",
              "",
              "Kaltenbrück, 20.05.2025         Dr. med. H. Falkenrath, Gesellschaftsärztin"]],
            title="Votum A-SG-2025-034407", author="Dr. H. Falkenrath", compress=True,
            date="D:20250520161000+02'00'")
    return msg(st("fal"), st("wen"), "Votum A-SG-2025-034407", "2025-05-20 16:14",
               mixed(text("Votum anbei.\n\nHF\n", charset="us-ascii", cte="7bit"),
                     att(v, "application/pdf", "Votum_A-SG-2025-034407.pdf")), mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; the PDF tax certificate holds name, address, depot number, capital income and withheld tax of a named customer")
def m036():
    s = pdf([["# Haselbrunner Invest GmbH",
              "Am Lindenhof 12 · 37991 Kaltenbrück",
              "",
              "Herrn Günter Albers",
              "Lerchenfeld 9",
              "37993 Kaltenbrück-Weende",
              "",
              "# Jahressteuerbescheinigung 2024",
              "Bescheinigung für alle Kapitalerträge i. S. d. § 43 Abs. 1 EStG (Muster I)",
              "",
              "Depot-Nr.: 5520-104418       Kunden-Nr.: 30 118 427",
              "Gläubiger der Kapitalerträge: Günter Albers (Einzeldepot)",
              "",
              "Höhe der Kapitalerträge (Zeile 7 Anlage KAP)                    1.843,27 EUR",
              "davon Gewinne aus Aktienveräußerungen                                   0,00 EUR",
              "Ersatzbemessungsgrundlage                                               0,00 EUR",
              "Teilfreistellung Investmentfonds (30 %)                           -552,98 EUR",
              "in Anspruch genommener Sparer-Pauschbetrag                        -1.000,00 EUR",
              "Kapitalertragsteuer                                                      72,57 EUR",
              "Solidaritätszuschlag                                                      3,99 EUR",
              "",
              "Freistellungsauftrag erteilt am 14.02.2023 über 1.000,00 EUR",
              "",
              "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig."]],
            title="Jahressteuerbescheinigung 2024", author="Haselbrunner Invest GmbH", compress=True,
            date="D:20250305020000+01'00'")
    body = """Guten Tag Herr Albers,

wie telefonisch besprochen sende ich Ihnen die Steuerbescheinigung noch einmal als PDF – das Original ist offenbar auf dem Postweg verloren gegangen. Ihre Steuerberaterin kann die PDF-Datei direkt verwenden.

Freundliche Grüße
Holger Brandt
Haselbrunner Invest GmbH – Depotservice
Tel. 05521 880-4660
"""
    return msg(st("bra"), ("Günter Albers", "g.albers@web-post.example"), "Ihre Steuerbescheinigung",
               "2025-03-20 10:40", mixed(text(body, charset="iso-8859-1"),
                                         att(s, "application/pdf", "Steuerbescheinigung_2024.pdf")), mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-bank",
      "returned direct debit after account holder's death: named customer, IBAN, household-contents policy (no health)")
def m037():
    ib = iban("DE", "26050001" + "0012447800")
    body = """Sehr geehrte Damen und Herren,

die Lastschrift zu unserem Hausratvertrag HR-2210-48817 (Mandatsreferenz HBA-HR-48817-01) vom Konto

  Kontoinhaberin: Liselotte Dreyer
  IBAN: %s

wurde am 03.06.2025 mit Rückgabegrund AC04 (Konto aufgelöst) zurückgegeben. Ihre Kollegin Frau Haverkamp hat uns am Telefon mitgeteilt, dass Frau Dreyer verstorben ist und das Konto in der Nachlassabteilung geführt wird.

Wir bitten Sie, dieses Schreiben an die Erben bzw. an die Person weiterzuleiten, die den Nachlass verwaltet. Ohne Erbnachweis dürfen Sie uns deren Anschrift sicher nicht nennen – das verstehen wir. Die Erben mögen sich bitte bei uns melden, damit wir den Hausratvertrag beenden und den nicht verbrauchten Beitrag (voraussichtlich 61,75 EUR) erstatten können.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen

Jana Pröbsting
Kundenservice Sach
Haselbrunner Allgemeine Versicherung AG
Am Lindenhof 12 · 37991 Kaltenbrück · Telefon 05521 880-4230
""" % grp(ib)
    return plain(st("pro"), ("Sparkasse Kaltenbrück – Nachlassservice", "nachlass@sparkasse-kaltenbrueck.example"),
                 "Rücklastschrift HR-2210-48817 / Dreyer, Liselotte", "2025-06-05 09:12", body, mailer=OL)


@mail("CONFIDENTIAL", "en", "internal",
      "forwarded bank message (message/rfc822): account of a deceased fund-plan customer frozen, name, IBAN, depot number")
def m038():
    ib = iban("NL", "NOHB" + "0417355920")
    inner_body = """Dear Sir/Madam,

We hereby inform you that the account holder of the account below has passed away on 30 May 2025. In accordance with our procedures the account has been blocked and all standing orders and direct debits have been cancelled with immediate effect.

Account holder:       Mr. Hendrik Jan Bosma
IBAN:                 %s
Your mandate ref.:    HBI-SP-5520-121093
Your reference:       VorsorgePlan 5520-121093

Collections presented after 6 June 2025 will be returned with reason code MD07 (debtor deceased). Please direct any questions regarding the estate to the executor; contact details can be provided once a certificate of inheritance (verklaring van erfrecht) has been registered with us.

Kind regards,
Estate Services Team
Nordholm Bank N.V.
""" % grp(ib)
    inner = msg(("Nordholm Bank Estate Services", "estates@nordholm-bank.example"), ("Haselbrunner Invest", "invest@" + DOM),
                "Notification of death - account blocked - mandate HBI-SP-5520-121093", "2025-06-06 11:05",
                text(inner_body, charset="us-ascii", cte="7bit"), tz="+0200", mid="<NB-EST-20250606-3391@nordholm-bank.example>")
    body = """Holger,

this came in on the general Invest mailbox - Mr Bosma's savings plan, monthly EUR 150. Could you stop the collection run for July and set the depot to "deceased - awaiting heirs"? I've put a 6-month follow-up in the CRM.

Thanks
Claire
"""
    return msg(st("whi"), st("bra"), "FW: Notification of death - account blocked - mandate HBI-SP-5520-121093",
               "2025-06-06 14:28", mixed(text(body, charset="us-ascii", cte="7bit"), rfc822(inner)), mailer=OL)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: request to the statistics office for deaths by age, sex and cause (ICD chapters) - aggregated data only")
def m039():
    body = """Sehr geehrte Damen und Herren,

für die Überprüfung unserer Rechnungsgrundlagen in der Sterbegeldversicherung benötigen wir regionale Sterbefallzahlen. Wir bitten um ein Angebot für eine Sonderauswertung aus der Todesursachenstatistik mit folgenden Merkmalen:

  - Gestorbene 2019–2024, Land Niedersachsen, Landkreise Kaltenbrück, Oberholm und Nachbarkreise
  - Gliederung: Geschlecht, Altersgruppen 60–64, 65–69, …, 90–94, 95+
  - Todesursachen nach ICD-10-Kapiteln (II Neubildungen, IX Kreislaufsystem, X Atmungssystem, V/VI psychische und neurologische Erkrankungen inkl. Demenz, XIX/XX Verletzungen und äußere Ursachen)
  - dazu die Bevölkerung zum 31.12. des Vorjahres in gleicher Gliederung

Einzelangaben benötigen wir ausdrücklich nicht. Felder mit weniger als 3 Fällen können Sie gern sperren oder zusammenfassen (Geheimhaltung nach § 16 BStatG).

Die Auswertung dient ausschließlich der aktuariellen Kalkulation und wird nicht veröffentlicht. Bitte teilen Sie uns Kosten und Lieferzeit mit; als Format wäre CSV oder XLSX ideal.

Mit freundlichen Grüßen

Dr. Annelie Voss
Verantwortliche Aktuarin Leben
Haselbrunner Lebensversicherung AG
Am Lindenhof 12 · 37991 Kaltenbrück · Telefon 05521 880-4801
"""
    return plain(st("vos"), ("Landesamt für Statistik – Auskunftsdienst", "auskunft@statistik-land.example"),
                 "Anfrage Sonderauswertung Sterbefälle nach Alter und Todesursache", "2025-02-18 13:33", body,
                 mailer=OL)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "household-contents contract ends on moving abroad: named customer, old and new address, policy number, refund (German/English)")
def m040():
    body = """Sehr geehrter Herr van Dijk,
dear Mr van Dijk,

thank you for letting us know about your move. Below the most important points in English, the legally binding text in German follows.

- Your household contents insurance HR-2210-59034 ends on the day you move out of Germany (31 August 2025). German household insurance does not cover a home in the Netherlands.
- Please send us the "Abmeldebestätigung" from the town hall (Bürgerbüro) as proof.
- We will refund the unused premium for September - December 2025 (EUR 47.20) to your account at Nordholm Bank ending 3318.
- New address on file: Deurningerstraat 112, 7514 BN Enschede, Netherlands.

--- Deutsch ---

Ihre Hausratversicherung Nr. HR-2210-59034 (Versicherungsort: Brückenstraße 5, 37991 Kaltenbrück) endet mit dem Umzug ins Ausland zum 31.08.2025 (Wegfall des versicherten Interesses, § 80 VVG / § 11 VHB). Bitte reichen Sie uns die Abmeldebestätigung des Bürgerbüros ein. Den nicht verbrauchten Beitrag von 47,20 EUR erstatten wir auf Ihr bekanntes Konto. Ihre neue Anschrift haben wir gespeichert.

Met vriendelijke groet / Mit freundlichen Grüßen

Jana Pröbsting
Kundenservice Sach · Haselbrunner Allgemeine Versicherung AG
+49 5521 880-4230
"""
    return plain(st("pro"), ("Henrik van Dijk", "h.vandijk@ziggo-post.example"),
                 "Umzug / move to Enschede – HR-2210-59034", "2025-08-12 12:17", body, mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "union group funeral contract: CSV of new members with names, birth dates and union membership numbers (trade-union membership)")
def m041():
    csvt = ("Mitgliedsnr;Name;Vorname;Geburtsdatum;Eintritt Gewerkschaft;Beginn Sterbegeld;Versicherungssumme;Ortsgruppe\r\n"
            "GNH-0441873;Bruns;Heike;04.07.1962;01.03.1988;01.05.2025;2500;Kaltenbrück\r\n"
            "GNH-0452091;Yıldız;Mehmet;19.10.1959;15.09.1991;01.05.2025;2500;Kaltenbrück\r\n"
            "GNH-0519930;Petersen;Uwe;01.02.1957;01.01.1979;01.05.2025;2500;Oberholm\r\n"
            "GNH-0603114;Szymańska;Dorota;23.12.1966;01.06.2004;01.05.2025;2500;Oberholm\r\n"
            "GNH-0688250;Lüttke;Rolf;30.05.1955;01.04.1973;01.05.2025;5000;Weende\r\n"
            "GNH-0701442;Marx;Sandra;12.08.1970;01.10.2011;01.05.2025;2500;Weende\r\n")
    body = """Sehr geehrte Frau Kuhlmann,

vielen Dank für die Meldeliste April. Die sechs neuen Mitglieder haben wir zum 01.05.2025 in den Gruppenvertrag GV-SG-0077 (Sterbegeldversicherung für Mitglieder der GNH Nord) aufgenommen. Die bestätigte Liste mit den vergebenen Versichertennummern erhalten Sie wie gewohnt über das Partnerportal.

Zur Kontrolle anbei Ihre Meldedatei zurück – bitte prüfen Sie bei Herrn Lüttke die Summe: Er ist in der Liste mit 5.000 EUR angegeben, nach der Satzung steht ihm nach über 50 Jahren Mitgliedschaft aber die Ehrenmitglieder-Staffel von 3.000 EUR zu? Ich habe zunächst 5.000 EUR eingebucht.

Mit freundlichen Grüßen

Angelika Marquardt
Vertragsservice Leben – Kollektivverträge
Haselbrunner Lebensversicherung AG · Tel. 05521 880-4125
"""
    return msg(st("mar"), ("Doris Kuhlmann", "mitgliederverwaltung@gnh-nord.example"),
               "GV-SG-0077 – Meldeliste April 2025", "2025-04-29 13:50",
               mixed(text(body), att(csvt.encode("utf-8"), "text/csv", "GNH_Meldeliste_2025-04.csv", cte="quoted-printable",
                                     params=[("charset", "utf-8")])), mailer=OL)


@mail("NORMAL", "en", "internal",
      "trap: operations dashboard for death claims (processing times, open claims, documents missing) - aggregates only")
def m042():
    body = """Life Claims Ops Dashboard - week 23/2025
(auto-generated from LEB-Workflow, data as of Fri 06/06/2025 18:00)

                                  this week   last week   target
New death notifications                  47          52        -
Claims paid                              44          49        -
Paid within 10 working days            93 %        95 %    >= 95 %
Median days doc complete -> paid         3           3        <= 5
Open claims (total)                     118         121        -
  waiting for death certificate          41          44
  waiting for cause of death (graded)    17          15
  waiting for heirs' certificate         22          24
  in dispute / legal                      6           6
  other                                  32          32
Assignments to funeral directors        19          21        -
Claims > EUR 15k (4-eyes)                 2           1        -

Comments: backlog of cause-of-death requests up slightly, mostly Spanish/Turkish certificates needing translation. Yusuf is on it.

This is an automated message. Do not reply.
"""
    return plain(("LEB-Workflow Reporting", "leb-reporting@" + DOM), ("Life Claims Management", "leistung-leitung@" + DOM),
                 "[Dashboard] Life Claims Ops - week 23/2025", "2025-06-07 06:00:03", body, charset="us-ascii", cte="7bit",
                 extra=["X-Generated-By: LEB-Workflow 7.3 / report job DSH-LIFE-W"])


@mail("NORMAL", "de", "internal",
      "trap: marketing budget XLSX for a 60+ funeral-plan campaign (target groups, care homes, hearing-aid acoustician ads) - no person")
def m043():
    rows = [["Kampagne 'Gut vorgesorgt 60+' – Budget 2026", "", "", ""],
            ["Maßnahme", "Kanal", "Budget EUR", "Bemerkung"],
            ["Anzeigen Apotheken-Kundenmagazin", "Print", 38000, "Zielgruppe 65+"],
            ["Beilage Fernsehzeitschrift", "Print", 52000, "Response-Coupon"],
            ["Wartezimmer-TV Hörakustiker", "Out-of-home", 14500, "Spot 20 s, 320 Filialen"],
            ["Seniorenmessen (3)", "Events", 21000, "Stand, Lupen-Lesezeichen"],
            ["Kooperation Bestatterverband", "Partner", 12000, "Infoflyer in Beratungsräumen"],
            ["Google Ads 'Sterbegeld ohne Gesundheitsfragen'", "Online", 46000, "CPC ca. 3,20"],
            ["Hinweis Recht", "", "", "Keine Werbung in Pflegeheimen/Hospizen (Verhaltenskodex GDV)"],
            ["Summe", "", 183500, ""]]
    x = xlsx([("Budget 2026", rows), ("Annahmen", [["Ø Beitrag/Monat", 34.5], ["Storno Jahr 1", 0.11], ["Ziel Neuverträge", 2600]])],
             date=(2025, 9, 29, 15, 5, 0))
    body = "Hi Frank,\n\nanbei der Budgetentwurf für die 60+-Kampagne 2026, Blatt 2 mit den Annahmen. Können wir Do kurz drüber sprechen?\n\nLG Nora\n"
    return msg(st("bec"), st("die"), "Budget Kampagne 60+ 2026 (Entwurf)", "2025-09-29 15:09",
               mixed(text(body, cte="8bit"), att(x, MT["xlsx"], "Budget_Kampagne_60plus_2026_v2.xlsx")), mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "personal liability claim (garden hose flooded neighbour's cellar, nobody hurt): named customer, claim and policy numbers, neighbour's name")
def m044():
    body = """Sehr geehrter Herr Balzer,

vielen Dank für Ihre Schadenmeldung vom 14.07.2025 und die Fotos.

Schaden-Nr.:   PHV-2025-118204
Vertrag:       PH-4410-30917 (Privathaftpflicht Senior)
Schadentag:    12.07.2025
Geschädigter:  Herr Karl-Heinz Oppermann, Ahornweg 13, 37991 Kaltenbrück

Nach Ihrer Schilderung haben Sie am Samstagabend vergessen, den Gartenschlauch abzudrehen; das Wasser ist über Nacht an der Grundstücksgrenze in den Kellerlichtschacht des Nachbarhauses gelaufen. Verletzt wurde niemand. Beschädigt sind nach den Fotos ein Teppich, ein Regal und die Tapete im Kellerraum.

Wie geht es weiter?
1. Bitte erkennen Sie gegenüber Herrn Oppermann keine Ansprüche an und zahlen Sie nichts selbst – das übernehmen wir.
2. Herr Oppermann soll sich mit einem Kostenvoranschlag oder Rechnungen direkt bei mir melden (Schadennummer angeben).
3. Bei Schäden über 2.000 EUR schicken wir ggf. einen Sachverständigen.

Ihre Selbstbeteiligung beträgt laut Vertrag 150 EUR.

Mit freundlichen Grüßen
Dennis Wojcik
Schaden Sach – Haftpflicht
Haselbrunner Allgemeine Versicherung AG · Tel. 05521 880-4270
"""
    return plain(st("woj"), ("Heinrich Balzer", "heinrich.balzer@mailbox-nord.example"),
                 "Ihr Haftpflichtschaden PHV-2025-118204", "2025-07-16 11:45", body, cte="quoted-printable", mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; the PDF depot statement holds a named customer's address, depot number, holdings, value and reference account IBAN")
def m045():
    ib = iban("DE", "26090050" + "0061728830")
    stmt = pdf([["# Haselbrunner Invest GmbH – Depotauszug",
                 "Stichtag 30.06.2025",
                 "",
                 "Frau Ruth Feldhaus",
                 "Am Kirchberg 2",
                 "37996 Oberholm",
                 "",
                 "Depot-Nr.: 5520-097331     VorsorgePlan (Sparplan, 75,00 EUR mtl. zum 15.)",
                 "Referenzkonto: " + grp(ib),
                 "",
                 "Fonds                              ISIN            Anteile     Kurs EUR     Wert EUR",
                 "HB Vorsorge Ausgewogen          DE000HB0A1X2      412,118       31,84     13.121,84",
                 "HB Renten Euro                  DE000HB0A2Y0       96,004       48,27      4.634,11",
                 "Gesamtwert                                                               17.755,95",
                 "",
                 "Einzahlungen seit Beginn (01.04.2014): 12.375,00 EUR",
                 "Wertentwicklung seit Beginn: +43,5 %",
                 "",
                 "Bitte prüfen Sie diesen Auszug. Einwendungen sind innerhalb von sechs Wochen zu erheben."]],
               title="Depotauszug 5520-097331", author="Haselbrunner Invest GmbH", date="D:20250702030000+02'00'")
    body = """Sehr geehrte Frau Feldhaus,

anbei wie gewünscht Ihr aktueller Depotauszug zum Halbjahr.

Mit freundlichen Grüßen
Ihr Depotservice der Haselbrunner Invest GmbH
"""
    return msg(("Haselbrunner Invest Depotservice", "depotservice@" + DOM), ("Ruth Feldhaus", "ruth.feldhaus@web-post.example"),
               "Ihr Depotauszug", "2025-07-03 08:30", mixed(text(body, cte="base64"),
                                                             att(stmt, "application/pdf", "Depotauszug_2025-06-30.pdf")),
               mailer=SYS)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "online-access reset for a fund savings plan: named customer, customer number, postal address used for the letter")
def m046():
    body = """Liebe Frau Feldhaus,

schön, dass Sie sich gleich gemeldet haben – und keine Sorge, das passiert vielen.

Nach drei falschen Eingaben wird der Zugang zum Online-Depot aus Sicherheitsgründen gesperrt. So geht es weiter:

1. Ich habe heute einen neuen Aktivierungsbrief für Ihr Depot 5520-097331 (Kundennummer 30 221 905) beauftragt. Er geht per Post an Ihre Anschrift Am Kirchberg 2, 37996 Oberholm, und ist in 3–4 Tagen bei Ihnen.
2. Im Brief steht ein Aktivierungscode. Den geben Sie auf https://depot.haselbrunner.example unter "Zugang aktivieren" ein und vergeben ein neues Passwort.
3. Tipp: Schreiben Sie sich das Passwort nicht auf einen Zettel am Computer. Eine Sicherheitsfrage können Sie danach selbst festlegen.

Aus Sicherheitsgründen dürfen wir Ihnen Zugangsdaten nie per E-Mail oder Telefon durchgeben. Wenn jemand anruft und nach Ihrem Passwort fragt – bitte auflegen.

Herzliche Grüße
Kemal Arslan
Kundenservice
Haselbrunner Lebensversicherung AG / Haselbrunner Invest GmbH
Telefon 05521 880-4107
"""
    return plain(st("ars"), ("Ruth Feldhaus", "ruth.feldhaus@web-post.example"), "Ihr Online-Depot ist gesperrt – so geht es weiter",
                 "2025-07-10 14:02", body, cte="8bit", flowed=True, mailer=TB)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household cover while clearing a deceased mother's flat: named heirs, address, policy number, handover date (no health)")
def m047():
    q = """Hallo,
meine Mutter Irmgard Schuster ist im März verstorben (Vertrag HR-2210-40015). Wir räumen gerade ihre Wohnung in der Talstraße 8 leer, Übergabe an den Vermieter ist am 30.06. Sind die Sachen bis dahin noch versichert? Es steht noch einiges drin, und die Wohnung ist ja leer, bis auf die Entrümpler die einen Schlüssel haben.
Gruß Frank Schuster"""
    body = """Hallo Herr Schuster,

mein Beileid zum Tod Ihrer Mutter.

Kurz und klar: Ja. Nach § 13 der VHB läuft der Hausratvertrag HR-2210-40015 nach dem Tod der Versicherungsnehmerin bis zu zwei Monate nach dem Todestag weiter, längstens bis zur Aufgabe der Wohnung. Da Ihre Mutter am 29.03. verstorben ist, endet der Schutz also am 29.05.2025 – nicht erst bei der Übergabe.

Wenn Sie Schutz bis zum 30.06. brauchen, kann die Erbengemeinschaft den Vertrag formlos für einen Monat fortführen (Beitrag ca. 12 EUR). Schreiben Sie mir einfach kurz, wer die Erben sind und auf welches Konto wir den Restbeitrag danach erstatten sollen.

Zwei Hinweise für die Räumung:
- Diebstahl durch Personen, denen Sie einen Schlüssel gegeben haben (Entrümpelungsfirma), ist kein Einbruchdiebstahl und nicht versichert.
- Bitte die Wohnung nicht unbeheizt lassen und Wasser abstellen.

Viele Grüße
Jana Pröbsting
Kundenservice Sach
Haselbrunner Allgemeine Versicherung AG · 05521 880-4230

> """ + quote(q, "> ")[2:] + "\n"
    return plain(st("pro"), ("Frank Schuster", "frank.schuster@posteo-mail.example"),
                 "AW: Hausrat meiner Mutter – Wohnungsauflösung", "2025-05-14 09:02", body, mailer=OL)


@mail("NORMAL", "de", "newsletter",
      "trap: intranet news introducing a new death-claims colleague (name, role, hobbies) - personnel announcement")
def m048():
    body = """HASELBRUNNER INTERN – Neuigkeiten aus dem Haus, KW 36

+++ Neu im Team Leistung Leben +++
Seit dem 1. September verstärkt Carina Holtkamp das Team Sterbegeld. Carina kommt von einer Krankenkasse, wo sie im Bereich Hilfsmittel und Pflege gearbeitet hat, und bringt viel Erfahrung im Umgang mit älteren Versicherten mit. In ihrer Freizeit singt sie im Chor und läuft Halbmarathon. Ihr erreicht sie unter Durchwahl -4421. Herzlich willkommen, Carina!

+++ Betriebsrestaurant +++
Ab Montag gibt es jeden Mittwoch ein vegetarisches Aktionsgericht. Die Allergenkennzeichnung hängt wie immer an der Ausgabe.

+++ Gesundheitstag am 24.09. +++
Der Betriebsarzt bietet Grippeschutzimpfungen und Blutdruckmessungen an, anonym und freiwillig. Anmeldung im Intranet unter Gesundheit > Gesundheitstag.

+++ Jubiläum +++
25 Jahre Abschied Plus! Am 10. Oktober feiern wir im Foyer. Details folgen.

Redaktion: Unternehmenskommunikation, intern@haselbrunner.example
"""
    return plain(("Haselbrunner Intern", "intern@" + DOM), ("Alle Mitarbeitenden", "alle@" + DOM),
                 "Haselbrunner Intern KW 36", "2025-09-01 07:45", body, extra=["Precedence: bulk"], mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: phone guideline for relatives (who may learn what, cause of death, care home, power of attorney) - generic")
def m049():
    body = """Hallo zusammen,

wie im DS-Jour-fixe vereinbart (TOP 2), hier der ergänzte Telefonleitfaden. Bitte ab sofort so arbeiten, die PDF-Version kommt ins Wiki.

TELEFONLEITFADEN ANGEHÖRIGE – STERBEFALL (Stand 28.03.2025)

1. Beileid aussprechen, Namen des Anrufers und Beziehung zum Verstorbenen notieren.
2. Identifizieren: Vertragsnummer ODER Name + Geburtsdatum + Anschrift des Verstorbenen.
3. Was wir JEDEM Anrufer sagen dürfen:
   - ob wir die Sterbefallmeldung erhalten haben
   - welche Unterlagen allgemein benötigt werden (Sterbeurkunde, ggf. Todesbescheinigung)
4. Nur dem Bezugsberechtigten / Erben / Bevollmächtigten (Nachweis!):
   - Versicherungssumme, Auszahlungsbetrag, Zahlungstermin
5. Bestatter: nur bei vorliegender Abtretung, nur Betrag und Zahlungstermin.
6. NIE am Telefon: Angaben aus der Gesundheitserklärung, Todesursache, Arztbriefe – auch nicht dem Ehepartner. Auf schriftliche Auskunft über das Portal verweisen.
7. Pflegeheim / Betreuer: Betreuerausweis bzw. Vollmacht per Portal anfordern, vorher keine Vertragsauskunft.
8. Wenn der Anrufer nach der Todesursache gefragt wird und sich aufregt: erklären, warum wir sie in den ersten Jahren brauchen (Staffelung / Unfalltod), Schulungsunterlage S. 14.

Gruß Birgit
"""
    return plain(st("oel"), ("Leistung Leben – alle", "leistung-leben-alle@" + DOM), "Telefonleitfaden Angehörige – neue Fassung",
                 "2025-03-28 16:05", body, cc=[st("rot"), st("ars")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
      "reply to a social welfare office: named care-home resident with care level 4, funeral policy values as protected assets")
def m050():
    q = """Sehr geehrte Damen und Herren,
Frau Elfriede Bock, geb. 07.03.1933, lebt seit 01.11.2024 im Pflegeheim Haus Abendfrieden (Pflegegrad 4) und hat Hilfe zur Pflege nach dem SGB XII beantragt. Sie gibt an, bei Ihnen eine Sterbegeldversicherung zu haben. Bitte teilen Sie uns gemäß § 117 SGB XII Versicherungssumme, Rückkaufswert und Bezugsberechtigung mit. Eine Einverständniserklärung der Antragstellerin liegt bei.
Im Auftrag Schmolke, Landkreis Kaltenbrück, Fachdienst Soziales, Az. 50.2-HzP-0931/24"""
    body = """Sehr geehrte Frau Schmolke,

zu Ihrer Anfrage vom 10.01.2025 (Az. 50.2-HzP-0931/24) und mit der Einverständniserklärung von Frau Elfriede Bock teilen wir mit:

  Vertrag:               SG-4471-143376 (Sterbegeldversicherung Abschied Plus)
  Versicherungsbeginn:   01.07.2016
  Versicherungssumme:    5.000,00 EUR
  Rückkaufswert 31.01.2025:   3.912,40 EUR
  Beiträge:              bis Alter 90 zu zahlen, derzeit 28,15 EUR monatlich
  Bezugsberechtigt:      Bestattungshaus Meierling e.K. (Abtretung vom 12.03.2021 zur Deckung der vereinbarten Bestattung gemäß Bestattungsvorsorgevertrag)

Nach unserer Kenntnis der Rechtsprechung (BSG, Urteil vom 18.03.2008, B 8/9b SO 9/06 R) kann eine angemessene, zweckgebundene Bestattungsvorsorge als Schonvermögen im Sinne des § 90 Abs. 3 SGB XII gelten. Die Beurteilung liegt selbstverständlich bei Ihnen.

Eine Kündigung des Vertrages ist wegen der Abtretung nur mit Zustimmung des Bestattungshauses möglich.

Mit freundlichen Grüßen

Ulrike Steinmetz
Nachlass- und Erbfallservice
Haselbrunner Lebensversicherung AG
Telefon 05521 880-4455

Ihre Anfrage:
""" + quote(q) + "\n"
    return plain(st("ste"), ("Landkreis Kaltenbrück – Fachdienst Soziales", "soziales@landkreis-kaltenbrueck.example"),
                 "Ihr Az. 50.2-HzP-0931/24 – Bock, Elfriede", "2025-01-16 11:31", body, charset="iso-8859-1", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "son's mail forwarded internally: father in hospice with pancreatic cancer, weeks to live, asks about early payout of the funeral policy")
def m051():
    fw = """Sehr geehrte Damen und Herren,

mein Vater Hans-Georg Wittkamp (geb. 16.04.1944, Vertrag SG-4471-176902) ist seit letzter Woche im Hospiz Am Wiesengrund. Er hat Bauchspeicheldrüsenkrebs mit Metastasen in der Leber, die Ärzte sagen, es sind nur noch wenige Wochen. Er ist noch klar im Kopf und möchte gern selbst regeln, dass die Beerdigung bezahlt ist, bevor es so weit ist.

Kann man das Sterbegeld schon vorher auszahlen lassen oder an den Bestatter abtreten? Und kann er mich als Bezugsberechtigten eintragen lassen (bisher steht da meine Mutter, die ist 2021 gestorben)?

Ich bin tagsüber im Hospiz erreichbar unter 0171 5530 218.

Mit freundlichen Grüßen
Matthias Wittkamp"""
    body = """Hallo Birgit,

kannst du dir das bitte heute noch ansehen und den Sohn zurückrufen? Vorauszahlung geht ja nicht, aber Abtretung und Bezugsrechtsänderung schon – das muss der Vater selbst unterschreiben, solange er kann. Ich würde ihm die Formulare ins Hospiz schicken, wenn du einverstanden bist.

Danke, Kemal

----- Weitergeleitet von Kemal Arslan/Haselbrunner am 03.11.2025 09:14 -----

Von: "Matthias Wittkamp" <m.wittkamp@gmx-post.example>
An: service-leben@haselbrunner.example
Datum: 02.11.2025 21:47
Betreff: Sterbegeld meines Vaters – dringend

""" + fw + "\n"
    return plain(st("ars"), st("oel"), "WG: Sterbegeld meines Vaters – dringend", "2025-11-03 09:15", body,
                 extra=["Importance: high", "X-Priority: 1"], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "death claim in the graded-benefit period: named deceased, policy, daughter abroad; pneumonia in the quoted mail; cause of death requested")
def m052():
    q = """Dear Sirs,
my mother Gertrud Imhoff died on 9 February in the Seniorenzentrum Am Lindenpark in Kaltenbrück. She had pneumonia and was very frail after her fall last year. The funeral director Kranich has told me he will claim his invoice directly from you. I am her only child and live in England. What do I need to send you for the rest of the money?
Margaret Holloway"""
    body = """Dear Mrs Holloway,

please accept our sincere condolences on the death of your mother.

I have registered the claim under reference LF-2025-00981 for the funeral plan SG-4471-208315 (sum insured EUR 12,000, start of cover 1 March 2022).

Because your mother passed away in the third year of the policy, the plan terms provide for a graded benefit if death results from illness: in year 3 we pay two thirds of the sum insured, i.e. EUR 8,000. The full EUR 12,000 would be payable if death resulted from an accident. From what you write (pneumonia), we would expect the graded benefit - but we must base our decision on the medical certificate.

What we need from you:
1. the German death certificate (Sterbeurkunde) - Kranich & Söhne usually obtain this; we have already received a scan from them, so this item is done;
2. the confidential part of the medical certificate of death (Todesbescheinigung, "vertraulicher Teil") stating the cause of death. The doctor at the care home or the local health office (Gesundheitsamt Kaltenbrück) can release it to us with your consent - please sign the enclosed consent form (Schweigepflichtentbindung) and upload it;
3. proof that you are the heir, since no beneficiary was named: a German certificate of inheritance (Erbschein) or, if there is a notarised will, a copy with the opening record of the probate court.

Kranich & Söhne have an assignment of EUR 5,082.50; we would pay the remaining EUR 2,917.50 to you. UK bank details are fine.

Please use your secure mailbox for the documents: https://postfach.haselbrunner.example - I have sent you the access code by letter.

Kind regards

Claire Whitford-Bauer
International Customer Desk
Haselbrunner Lebensversicherung AG

--- Your message of 12 February 2025 ---
""" + quote(q) + "\n"
    return plain(st("whi"), ("Margaret Holloway", "m.holloway@britmail.example"),
                 "Your mother's funeral plan SG-4471-208315 - our ref. LF-2025-00981", "2025-02-13 16:40", body,
                 cc=[st("oel")], mailer=OL, irt="<CAF3x9q@britmail.example>")


@mail("NORMAL", "mixed", "insurer-to-partner",
      "trap: German/English meeting planning with a reinsurer (mortality assumptions, dementia, agenda) - no person")
def m053():
    body = """Hallo Katrin, hi Stefan,

kurze Abstimmung zu unserem Termin in München:

Date:   Thursday, 20 November 2025, 10:00-15:30
Venue:  Nordmark Rück, Leopoldstraße 188, 6th floor, Room "Isar" (we'll be 4 people)

Agenda proposal / Vorschlag:
1. Experience analysis funeral portfolio 2020-2024 (Annelie) - A/E by age band and duration, graded-benefit years
2. Mortality improvement 85+, dementia trend - your research team (Stefan)
3. Simplified underwriting Abschied Komfort: Fragen 2a-2c, decline rates, possible new question on COPD/oxygen
4. Treaty wording 2026 - open points from Peter's mail
5. Lunch 12:30

Could you please send us the slides by Tuesday? Wir schicken unsere Auswertung vorab (nur aggregiert, keine Einzelfälle - die bringen wir auch nicht mit).

Anreise: wir kommen mit dem ICE 579, Ankunft 9:17 Hbf.

Viele Grüße / best regards
Peter

Peter Lindqvist
Rückversicherung · Haselbrunner Lebensversicherung AG
"""
    return plain(st("lin"), [("Katrin Ahlers", "k.ahlers@nordmark-rueck.example"), ("Stefan Brügge", "s.bruegge@nordmark-rueck.example")],
                 "Meeting 20 Nov in München / agenda", "2025-11-04 09:48", body, cc=[st("vos"), st("fal"), st("wen")],
                 mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "withdrawal of a funeral application by a son: named mother moved to a nursing home with care level 4 (windows-1252)")
def m054():
    body = """Sehr geehrter Herr Lehmkuhl,

wir bestätigen den Widerruf des Antrags Ihrer Mutter, Frau Waltraud Lehmkuhl, auf Abschluss der Sterbegeldversicherung Abschied Plus (Antrag A-SG-2025-036112 vom 02.06.2025, Versicherungsschein SG-4471-231054).

Die Vollmacht Ihrer Mutter liegt uns vor. Der Widerruf ist fristgerecht innerhalb von 30 Tagen eingegangen (§ 152 VVG). Wir behandeln den Vertrag so, als sei er nie zustande gekommen.

Den bereits eingezogenen Beitrag für Juli (41,80 EUR) erstatten wir in den nächsten Tagen auf das Konto Ihrer Mutter.

Sie schreiben, dass Ihre Mutter seit dem 20. Juni wegen der Verschlechterung nach dem Schlaganfall im Pflegeheim St. Elisabeth lebt, Pflegegrad 4 bewilligt ist und das Sozialamt die Heimkosten mitfinanzieren wird. Falls später doch eine Bestattungsvorsorge gewünscht ist: Eine angemessene Sterbegeldversicherung kann unter Umständen als Schonvermögen anerkannt werden. Sprechen Sie dazu gern vorher mit dem Sozialamt; wir beraten Sie anschließend.

Wir wünschen Ihrer Mutter alles Gute.

Mit freundlichen Grüßen

Angelika Marquardt
Vertragsservice Leben
Haselbrunner Lebensversicherung AG
Telefon 05521 880-4125
"""
    return plain(st("mar"), ("Thomas Lehmkuhl", "t.lehmkuhl@kabelnet.example"),
                 "Widerruf Antrag A-SG-2025-036112 – Waltraud Lehmkuhl", "2025-07-04 10:12", body,
                 charset="windows-1252", cte="quoted-printable", mailer=OL)


@mail("NORMAL", "en", "internal",
      "trap: IT ticket about OCR failing on scanned death certificates and medical certificates - technical, no person")
def m055():
    body = """[INC-2025-044718] OCR classification fails for scanned death certificates (LEB-Inbox)

Priority:     P3 - medium
Status:       In progress
Assigned to:  Lars Henningsen (IT Application Support Life)
Reported by:  Team Leistung Leben

Description:
Since the Kofax update on 14 Jan (v11.2 -> v11.4) the document classifier no longer recognises German "Sterbeurkunde" and "Todesbescheinigung" scans from the post room. About 60 % of such documents end up in class UNKNOWN and have to be assigned by hand. English and Turkish death certificates were never supported and still go to UNKNOWN (expected).

Analysis so far:
- The new version uses a different OCR engine; the training set (anonymised templates from 2022) is no longer loaded - path changed to /opt/kofax/models/leb/.
- Confidence threshold was reset from 0.70 to 0.85.

Workaround: post room assigns batches manually (see e.g. batch PE-0214-07).

Next steps:
1. copy model files, reset threshold (change CHG-2025-0311, Thu evening)
2. re-run classification for the 412 documents in UNKNOWN since 14 Jan (no documents are sent outside the DMS)

Note for testers: please use only the synthetic test certificates from the test library (TESTDATA/LEB/TB_*), never real scans.

-- 
Haselbrunner IT Service Desk | servicedesk@haselbrunner.example | ext. 4700
"""
    return plain(("Haselbrunner IT Service Desk", "servicedesk@" + DOM), ("Leistung Leben", "leistung-leben@" + DOM),
                 "[INC-2025-044718] Update: OCR classification fails for scanned death certificates",
                 "2025-02-17 11:33", body, charset="us-ascii", cte="7bit", cc=[st("hen")],
                 extra=["X-Ticket-System: ServiceNow-HB"])


@mail("CONFIDENTIAL", "de", "insurer-to-bank",
      "garnishee statement to a creditor bank: named debtor, fund savings depot, value, garnishment order (financial data)")
def m056():
    body = """Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache

  Volksbank Oberholm eG ./. Dieter Kaczor, Friedhofstraße 17, 37996 Oberholm
  Pfändungs- und Überweisungsbeschluss des Amtsgerichts Kaltenbrück vom 24.02.2025, Az. 4 M 311/25
  zugestellt an uns als Drittschuldnerin am 03.03.2025

geben wir gemäß § 840 ZPO folgende Erklärung ab:

1. Wir erkennen die gepfändete Forderung als begründet an, soweit sie die Ansprüche aus dem Fondsdepot Nr. 5520-108876 (VorsorgePlan) betrifft. Der Depotwert betrug am 03.03.2025 8.217,43 EUR (Kurswert, schwankend).
2. Wir sind zur Zahlung bereit. Die Anteile werden verkauft, sobald der Beschluss rechtskräftig ist bzw. die Überweisungsfrist nach § 835 Abs. 3 ZPO abgelaufen ist.
3. Ansprüche anderer Personen: keine bekannt.
4. Weitere Pfändungen: keine.
5. Der monatliche Sparplan über 50,00 EUR wurde mit Zustellung ausgesetzt.

Eine Sterbegeldversicherung des Schuldners bei der Haselbrunner Lebensversicherung AG ist von diesem Beschluss nicht erfasst; dazu erhalten Sie ggf. eine gesonderte Erklärung der Lebensversicherung.

Mit freundlichen Grüßen

Haselbrunner Invest GmbH
i. A. Holger Brandt
Depotservice · Tel. 05521 880-4660
"""
    return plain(st("bra"), ("Volksbank Oberholm eG – Abwicklung", "abwicklung@volksbank-oberholm.example"),
                 "Drittschuldnererklärung § 840 ZPO – Az. 4 M 311/25 – Kaczor", "2025-03-10 15:22", body,
                 charset="iso-8859-1", mailer=OL)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: purchase order for condolence cards and envelopes ('with deepest sympathy') - supplier, no person")
def m057():
    body = """Dear Ms Corrigan,

further to your quotation Q-7712 of 3 October, please accept this purchase order.

PO number:      B-4500-2025-0611
Supplier:       Ashgrove Stationery Ltd
Item 1:         Condolence card "Mit herzlicher Anteilnahme", 135 x 135 mm, matt 350 g, gold foil, blank inside    3,000 pcs   @ EUR 0.64   = EUR 1,920.00
Item 2:         Envelope C6/5 square, dark grey, 120 g, self-seal                                                     3,000 pcs   @ EUR 0.12   = EUR   360.00
Item 3:         Delivery DAP Kaltenbrück                                                                                         flat          = EUR    95.00
Total net:      EUR 2,375.00 (reverse charge, our VAT ID DE 114 223 997)

Delivery address:
Haselbrunner Lebensversicherung AG
Goods receipt, gate 2
Am Lindenhof 12
37991 Kaltenbrück, Germany

Required delivery date: 28 November 2025

Note on artwork: the inside must stay blank - our claims team adds a handwritten note. Please don't print "RIP" or any religious symbols on the front; our customers are of many faiths and none.

Our general terms of purchase apply. Invoices to invoices@haselbrunner.example, quoting the PO number.

Kind regards
Svenja Körber
Purchasing
Haselbrunner Lebensversicherung AG
"""
    return plain(st("koe"), ("Siobhan Corrigan", "orders@ashgrove-stationery.example"),
                 "Purchase order B-4500-2025-0611 - condolence cards", "2025-10-07 10:09", body, cc=[st("oel")], mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-court",
      "answer to the probate court: named deceased, fund depot value at date of death (no life contract, no health)")
def m058():
    body = """Amtsgericht Kaltenbrück
– Nachlassgericht –
Az. 12 VI 288/25

Nachlasssache Dreyer, Liselotte, geb. Harms, zuletzt wohnhaft Grüner Weg 4, 37991 Kaltenbrück, verstorben am 27.05.2025

Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 16.06.2025 zur Erstellung des Nachlassverzeichnisses teilen wir mit:

Die Erblasserin unterhielt bei der Haselbrunner Invest GmbH das Fondsdepot Nr. 5520-088210 (VorsorgePlan).

  Depotwert am Todestag (27.05.2025):      9.884,17 EUR
  Bestand: 301,522 Anteile HB Vorsorge Ausgewogen
  Sparplan: 40,00 EUR monatlich, seit Juni 2025 ausgesetzt
  Verfügungen seit dem Todestag: keine

Eine Auszahlung erfolgt erst nach Vorlage eines Erbscheins oder eines eröffneten notariellen Testaments.

Mit freundlichen Grüßen

Haselbrunner Invest GmbH – Nachlassservice
i. A. Ulrike Steinmetz
Telefon 05521 880-4455
"""
    return plain(st("ste"), ("Amtsgericht Kaltenbrück – Nachlassgericht", "nachlassgericht@ag-kaltenbrueck.example"),
                 "Nachlasssache Dreyer – Az. 12 VI 288/25", "2025-06-24 12:05", body, mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-undertaker",
      "confirmation of payment to an Irish funeral director under an assignment: named deceased, policy, amount - life claim, no medical word")
def m059():
    ib = iban("IE", "BOFI" + "90583812" + "345678")
    body = """Dear Mr O'Callaghan,

thank you for your e-mail and the copy of the assignment signed by Mrs Úna Brennan-Hofmann.

We confirm that we will pay EUR 5,600.00 from the funeral plan of the late Mr Klaus Hofmann (policy SG-4471-164490, claim LF-2025-01377) directly to your firm:

  Account name: O'Callaghan & Daughters Funeral Directors Ltd
  IBAN: %s
  Reference: LF-2025-01377 Hofmann

Value date: 11 July 2025. The balance of EUR 2,400.00 goes to Mrs Brennan-Hofmann as beneficiary.

For your records: we have received the Irish death certificate and the marriage certificate; no further documents are needed from your side.

Kind regards

Yusuf Demirci
Life Claims / Death Benefits
Haselbrunner Lebensversicherung AG
Am Lindenhof 12, 37991 Kaltenbrück, Germany
+49 5521 880-4418
""" % grp(ib)
    return plain(st("dem"), ("Niall O'Callaghan", "niall@ocallaghan-funerals.example"),
                 "Re: Hofmann, Klaus - payment under assignment", "2025-07-09 13:55", body, cc=[st("whi")],
                 charset="utf-8", cte="quoted-printable", mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "fund units of a deceased customer for heirs in Austria: heirs' names, Vienna address, depot, documents (no life contract)")
def m060():
    body = """Dear Mr Whitaker,

thank you for your call and for sending the Austrian court decision.

We understand that your aunt, Mrs Hildegard Pichler-Whitaker, who held the fund savings plan 5520-102247 with us, passed away in Graz on 3 April 2025, and that you and your sister, Ms Fiona Whitaker, are her heirs in equal shares.

Which documents do we accept?
- The Austrian "Einantwortungsbeschluss" of the Bezirksgericht Graz-Ost (copy received) - yes, but we need it with the confirmation of legal force ("Rechtskraftbestätigung"). Your copy does not have the stamp yet.
- Alternatively a European Certificate of Succession (ECS) - that is the simplest option and is recognised by all EU banks.

Once we have it, please let us know whether you want the fund units transferred to your own securities accounts (name of bank, depot number) or sold and paid out. For a payout we need a bank account in each heir's name; your Vienna address (Praterstraße 44/12, 1020 Wien) is noted.

Current value of the depot: approx. EUR 14,600 (as at 22 May 2025).

Kind regards

Holger Brandt
Haselbrunner Invest GmbH - Depot Services
Am Lindenhof 12, 37991 Kaltenbrück, Germany
+49 5521 880-4660
"""
    return plain(st("bra"), ("Robert Whitaker", "rob.whitaker@chello-mail.example"),
                 "Fund savings plan 5520-102247 - your late aunt's estate", "2025-05-23 09:20", body,
                 cc=[("Fiona Whitaker", "fiona.whitaker@chello-mail.example")], mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: new blank consent form (release from medical confidentiality) as PDF with empty fields - no person")
def m061():
    form = pdf([["# Haselbrunner Lebensversicherung AG",
                 "# Einwilligung und Schweigepflichtentbindung im Leistungsfall (Sterbefall)",
                 "Formular LEB-SE-07, Stand 04/2025",
                 "",
                 "Verstorbene versicherte Person: Name, Vorname ______________________  geb. am __________",
                 "Vertragsnummer: SG-____-______      Leistungsfall-Nr.: LF-____-_____",
                 "",
                 "Erklärende Person (Erbe/Erbin, Bezugsberechtigte/r, Bevollmächtigte/r):",
                 "Name, Vorname ______________________  Anschrift ________________________________",
                 "",
                 "Ich entbinde die Ärztinnen und Ärzte, Krankenhäuser, Pflegeheime, Hospize und Gesundheitsämter,",
                 "die die verstorbene Person in den letzten fünf Jahren vor ihrem Tod untersucht, behandelt oder",
                 "gepflegt haben, von der Schweigepflicht, soweit die Haselbrunner Lebensversicherung AG Angaben",
                 "zur Todesursache und zu Erkrankungen benötigt, die für die Prüfung der Leistungspflicht",
                 "(gestaffelte Leistung, Unfalltod, vorvertragliche Anzeigepflicht) erheblich sind.",
                 "",
                 "[ ] Ich möchte vor jeder Anfrage informiert werden und im Einzelfall entscheiden (Variante B).",
                 "[ ] Ich willige in die Anfragen ohne vorherige Information ein (Variante A).",
                 "",
                 "Die Einwilligung kann jederzeit mit Wirkung für die Zukunft widerrufen werden.",
                 "",
                 "Ort, Datum ____________________      Unterschrift ______________________________"]],
               title="LEB-SE-07 Schweigepflichtentbindung Sterbefall", author="Recht / Datenschutz",
               date="D:20250321120000+01'00'")
    body = """Liebe Kolleginnen und Kollegen,

anbei die neue Fassung des Formulars LEB-SE-07 (Schweigepflichtentbindung im Sterbefall), abgestimmt mit der Datenschutzbeauftragten und angelehnt an die Mustererklärung des GDV. Wesentliche Änderung: Die Angehörigen können jetzt wählen, ob sie vor jeder ärztlichen Anfrage informiert werden wollen (Variante B).

Bitte ab 01.04.2025 nur noch diese Fassung verwenden; die alte (Stand 2019) bitte aus den Vorlagenordnern löschen. Die Vorlage im Korrespondenzsystem wird von der IT am 31.03. getauscht.

Viele Grüße
Rebecca Stahl
Recht
"""
    return msg(st("sta"), [("Leistung Leben – alle", "leistung-leben-alle@" + DOM), ("Nachlassservice", "nachlass@" + DOM)],
               "Neues Formular LEB-SE-07 Schweigepflichtentbindung ab 01.04.", "2025-03-21 12:14",
               mixed(text(body), att(form, "application/pdf", "LEB-SE-07_Schweigepflichtentbindung_2025-04.pdf")),
               cc=[st("rot")], mailer=OL)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification without content ('neue Nachricht in Ihrem Postfach')")
def m062():
    t = """Guten Tag,

in Ihrem persönlichen Haselbrunner Postfach liegt eine neue Nachricht für Sie bereit.

Aus Gründen des Datenschutzes senden wir Ihnen den Inhalt nicht per E-Mail. Bitte melden Sie sich an, um die Nachricht zu lesen:
https://postfach.haselbrunner.example

Ihr Benutzername ist Ihre E-Mail-Adresse. Passwort vergessen? Nutzen Sie "Passwort zurücksetzen" auf der Anmeldeseite.

Die Nachricht ist 90 Tage abrufbar.

Bitte antworten Sie nicht auf diese E-Mail – das Postfach wird nicht gelesen.

Ihre Haselbrunner Versicherungen
"""
    h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Haselbrunner Postfach liegt eine <b>neue Nachricht</b> für Sie bereit.</p>
<p>Aus Gründen des Datenschutzes senden wir Ihnen den Inhalt nicht per E-Mail. Bitte melden Sie sich an, um die Nachricht zu lesen:</p>
<p><a href="https://postfach.haselbrunner.example" style="background:#3d5a4a;color:#fff;padding:8px 16px;text-decoration:none">Zum Postfach</a></p>
<p>Ihr Benutzername ist Ihre E-Mail-Adresse. Passwort vergessen? Nutzen Sie &bdquo;Passwort zur&uuml;cksetzen&ldquo; auf der Anmeldeseite.</p>
<p>Die Nachricht ist 90 Tage abrufbar.</p>
<p style="color:#777;font-size:12px">Bitte antworten Sie nicht auf diese E-Mail &ndash; das Postfach wird nicht gelesen.<br>Ihre Haselbrunner Versicherungen</p>
</body></html>
"""
    return msg(("Haselbrunner Postfach", "no-reply@postfach." + DOM), ("ruth.feldhaus@web-post.example", "ruth.feldhaus@web-post.example"),
               "Neue Nachricht in Ihrem Haselbrunner Postfach", "2025-07-10 14:05:22", alt(text(t), html(h)),
               extra=["Auto-Submitted: auto-generated"])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "exemption order for a married couple's fund plan: names, birth dates, tax identification numbers (iso-8859-1)")
def m063():
    body = """Sehr geehrte Eheleute Lammers,

vielen Dank für den unterschriebenen Freistellungsauftrag. Wir haben ihn wie folgt gespeichert:

  Depot:              5520-113094 (Gemeinschaftsdepot)
  Auftraggeber 1:     Friedrich Lammers, geb. 08.08.1944, Steuer-ID 47 213 508 961
  Auftraggeber 2:     Marlies Lammers, geb. 15.01.1947, Steuer-ID 83 061 427 539
  Betrag:             2.000,00 EUR (gemeinsamer Sparer-Pauschbetrag)
  gültig:             ab 01.01.2025 bis auf Widerruf

Bitte beachten Sie, dass die Summe aller Freistellungsaufträge bei verschiedenen Banken und Fondsgesellschaften 2.000 EUR nicht übersteigen darf. Laut Ihrem Schreiben haben Sie bei der Sparkasse 800 EUR erteilt – dann dürfte der Auftrag bei uns höchstens 1.200 EUR betragen. Sollen wir den Betrag auf 1.200 EUR reduzieren? Eine kurze Antwort per E-Mail genügt.

Mit freundlichen Grüßen
Holger Brandt
Haselbrunner Invest GmbH – Depotservice
"""
    return plain(st("bra"), ("Friedrich Lammers", "lammers.fm@t-netz.example"),
                 "Freistellungsauftrag Depot 5520-113094", "2025-01-29 10:48", body,
                 charset="iso-8859-1", cte="quoted-printable", mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: workshop invitation (ICS) on the death-claims process (cause of death, graded benefit) - no person")
def m064():
    cal = ics([
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE",
        "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E0080000000070A1C9E3018ADB01",
        "DTSTAMP:20250127T103000Z",
        "DTSTART;TZID=W. Europe Standard Time:20250212T090000",
        "DTEND;TZID=W. Europe Standard Time:20250212T130000",
        "SUMMARY:Workshop Leistungsprozess Sterbefall (Ist-Aufnahme)",
        "LOCATION:Raum 3.12 / Teams",
        "DESCRIPTION:Ziel: Ist-Prozess vom Eingang der Sterbefallmeldung bis zur Zahlung aufnehmen.\\n"
        "Themen: Anforderung Todesbescheinigung in der Staffelzeit\\, Abtretungen an Bestatter\\, Erbnachweise\\, "
        "Fälle mit Auslandsbezug\\, Medienbrüche (Papier/Scan/Portal).\\n"
        "Bitte 2-3 typische Fallbeispiele ANONYMISIERT mitbringen (keine Namen\\, keine Vertragsnummern).",
        "ORGANIZER;CN=Yusuf Demirci:mailto:y.demirci@haselbrunner.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Birgit Oelschläger:mailto:b.oelschlaeger@haselbrunner.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Ulrike Steinmetz:mailto:u.steinmetz@haselbrunner.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Lars Henningsen:mailto:l.henningsen@haselbrunner.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Sabine Rothkegel:mailto:s.rothkegel@haselbrunner.example",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR"])
    body = ("Workshop Leistungsprozess Sterbefall (Ist-Aufnahme)\n"
            "Mi 12.02.2025, 09:00–13:00, Raum 3.12 / Teams\n\n"
            "Bitte anonymisierte Fallbeispiele mitbringen. Danke!\nYusuf\n")
    return msg(st("dem"), [st("oel"), st("ste"), st("hen"), st("rot")], "Einladung: Workshop Leistungsprozess Sterbefall",
               "2025-01-27 11:30", mixed(text(body), P("text/calendar", cal.replace(b"\r\n", b"\n"), params=[("charset", "utf-8"), ("method", "REQUEST")],
                                                     cte="8bit", disp="attachment", filename="invite.ics")),
               mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
      "reply to a transfer notice of a social welfare agency: named care-home resident, funeral policy, assignment, surrender value")
def m065():
    body = """Sehr geehrter Herr Pohlmann,

Ihre Überleitungsanzeige nach § 93 SGB XII vom 22.08.2025 betreffend

  Herrn Alfred Niehues, geb. 29.06.1936,
  Bewohner des Pflegeheims Haus Abendfrieden, Kaltenbrück,

ist am 26.08.2025 bei uns eingegangen.

Herr Niehues ist versicherte Person und Versicherungsnehmer der Sterbegeldversicherung SG-4471-151208 (Versicherungssumme 6.000 EUR, Rückkaufswert zum 01.09.2025: 4.781,33 EUR).

Wir weisen auf Folgendes hin:
1. Die Ansprüche aus dem Vertrag sind seit dem 14.05.2019 in voller Höhe an die Pietät Sonnenweg GmbH abgetreten (Bestattungsvorsorgevertrag). Die Abtretung geht Ihrer Überleitung im Rang vor.
2. Ein Kündigungsrecht kann daher nur gemeinsam mit der Abtretungsempfängerin ausgeübt werden.
3. Der gesetzliche Betreuer von Herrn Niehues, Herr Rechtsanwalt Lorenz Vahle, erhält eine Kopie dieses Schreibens.

Bis zur Klärung zahlen wir nichts aus. Die Beitragszahlung läuft weiter; rückständig sind derzeit keine Beiträge.

Mit freundlichen Grüßen

Ulrike Steinmetz
Nachlass- und Erbfallservice
Haselbrunner Lebensversicherung AG
"""
    return plain(st("ste"), ("Herr Pohlmann – Landkreis Kaltenbrück, Fachdienst Soziales", "soziales@landkreis-kaltenbrueck.example"),
                 "Überleitungsanzeige § 93 SGB XII – Niehues, Alfred – SG-4471-151208", "2025-09-02 14:36", body,
                 cc=[("RA Lorenz Vahle", "kanzlei@ra-vahle.example")], mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation of a fund savings plan: named customer, depot number, sale proceeds, tax, payout IBAN")
def m066():
    ib = iban("DE", "26050001" + "0040919237")
    body = """Sehr geehrter Herr Sanders,

wir bestätigen die Kündigung Ihres VorsorgePlans (Depot 5520-099871) zum 30.09.2025.

Abrechnung:
  Verkauf 412,660 Anteile HB Vorsorge Ausgewogen zu 32,06 EUR   13.229,88 EUR
  abzüglich Kapitalertragsteuer                                   -214,73 EUR
  abzüglich Solidaritätszuschlag                                   -11,81 EUR
  Auszahlungsbetrag                                             13.003,34 EUR

Überweisung am 02.10.2025 auf Ihr Konto
  Jörg Sanders, %s

Die Verlustverrechnung und die Steuerbescheinigung erhalten Sie im Februar 2026 per Post.

Schade, dass Sie gehen – falls Sie den Betrag für die Renovierung des Elternhauses verwenden, drücken wir die Daumen. Sie können jederzeit wieder einen Sparplan eröffnen.

Mit freundlichen Grüßen
Haselbrunner Invest GmbH
Depotservice
""" % grp(ib)
    return plain(("Haselbrunner Invest Depotservice", "depotservice@" + DOM), ("Jörg Sanders", "joerg.sanders@kabelnet.example"),
                 "Kündigungsbestätigung VorsorgePlan 5520-099871", "2025-09-30 17:05", body, cte="base64", mailer=SYS)


@mail("CONFIDENTIAL", "de", "broker",
      "forwarded mail of a sole-trader broker: private address, new IBAN, tax number, registration number for commission")
def m067():
    ib = iban("DE", "26090050" + "0071043301")
    fw = """Hallo Herr Dietrichs,

bin umgezogen, neue Adresse ab 1.10.:
Detlef Rahn – Vorsorgebüro Rahn
Amselweg 4 (privat und Büro, Büro im EG)
37991 Kaltenbrück

Und bitte Provision ab sofort auf mein neues Konto, das alte bei der Postbank löse ich auf:
%s (Volksbank, Inhaber Detlef Rahn)

Steuernr. bleibt 21/138/42290, Vermittlerregister D-W-140-RT3K-22 auch.

Danke und Gruss
D. Rahn
Gesendet von meinem iPad""" % grp(ib)
    body = """Gregor, zur Info und Erledigung – Rahn ist Einzelunternehmer, Vermittlernr. 400187. Bitte Stammdaten ändern, die Oktober-Abrechnung schon aufs neue Konto.
Danke, Frank

-----Ursprüngliche Nachricht-----
Von: Detlef Rahn <info@vorsorgebuero-rahn.example>
Gesendet: Freitag, 26. September 2025 22:03
An: Frank Dietrichs <f.dietrichs@haselbrunner.example>
Betreff: Neue Adresse + Konto

""" + fw + "\n"
    return plain(st("die"), st("len"), "WG: Neue Adresse + Konto", "2025-09-29 08:12", body, mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: actuarial impact analysis of a new mortality table on funeral-plan reserves - portfolio figures only")
def m068():
    body = """Hallo Herr Dr. Hallmann, hallo Frau Olbrich,

kurz die Ergebnisse der Auswirkungsrechnung "Sterbetafel DAV 2008 T vs. unternehmenseigene Tafel HB-SG 2025" für den Bestand Sterbegeld (Stichtag 31.12.2024):

Bestand:                      61.418 Verträge, VS 425,0 Mio. EUR, Ø Alter 76,3 J.
Deckungsrückstellung HGB:     alt 212,4 Mio. EUR  ->  neu 208,9 Mio. EUR  (-1,6 %)
Best Estimate (Solvency II):  alt 198,7 Mio. EUR  ->  neu 201,3 Mio. EUR  (+1,3 %)

Warum gegenläufig? Die eigene Tafel hat in den Altern 65–80 niedrigere Sterblichkeit (Selektion durch Staffelung), ab 88 aber höhere als DAV 2008 T (Demenz- und Pflegebestand). HGB rechnet vorsichtig mit Sicherheitsabschlägen, SII mit Best Estimate inkl. Trend.

Ergebnis nach Altersgruppen (A/E 2020–2024, Anzahl):
  60–69:  71 %     70–79:  83 %     80–89:  96 %     90+:  108 %

Empfehlung: DAV 2008 T für HGB beibehalten (Vorsicht), HB-SG 2025 für SII und Neugeschäftspricing verwenden. Details im Gutachten (SharePoint Aktuariat > Tafeln > 2025).

Viele Grüße
Annelie Voss
"""
    return plain(st("vos"), [("Dr. Rüdiger Hallmann", "r.hallmann@" + DOM), ("Petra Olbrich", "p.olbrich@" + DOM)],
                 "Auswirkungsrechnung Sterbetafel Sterbegeld – Ergebnis", "2025-04-23 18:02", body, mailer=OL)


@mail("NORMAL", "en", "internal",
      "trap: reinsurer mortality experience study summary with CSV by age band and cause group - aggregated, small cells merged")
def m069():
    csvt = ("age_band,sex,exposure_years,deaths_actual,deaths_expected,ae_ratio,top_cause_group\n"
            "60-69,F,41230,312,441,0.71,neoplasms\n"
            "60-69,M,35870,498,702,0.71,neoplasms\n"
            "70-79,F,58110,1190,1420,0.84,circulatory\n"
            "70-79,M,47920,1602,1935,0.83,circulatory\n"
            "80-89,F,39880,2760,2890,0.96,circulatory\n"
            "80-89,M,24410,2405,2478,0.97,circulatory\n"
            "90+,F,7120,1504,1380,1.09,dementia\n"
            "90+,M,2390,612,570,1.07,circulatory\n"
            "# cells with fewer than 10 deaths merged into neighbouring bands; no individual records\n")
    body = """Annelie, Peter,

attached the summary table from Nordmark's experience study on our funeral portfolio (2020-2024, graded-benefit years excluded). They've merged the small cells as agreed, so we can share it internally without restrictions.

Key take-aways:
- A/E vs DAV 2008 T rises with age: 71 % at 60-69, ~108 % at 90+
- dementia is now the top cause group for women 90+
- no difference between broker and direct business once you control for age

I'd suggest we use this for the 20 Nov meeting.

Cheers
Tobias
"""
    return msg(st("wen"), [st("vos"), st("lin")], "Nordmark experience study - summary table", "2025-10-28 11:16",
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att(csvt, "text/csv", "nordmark_experience_2020-2024_summary.csv", cte="7bit", params=[("charset", "us-ascii")])),
               mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reply to a legal guardian who wants to cancel a named ward's funeral policy; advanced dementia and care home in the quote")
def m070():
    q = """Sehr geehrte Damen und Herren,
ich bin seit 05/2025 gerichtlich bestellter Berufsbetreuer von Herrn Otto Pfannkuch (Amtsgericht Kaltenbrück, 7 XVII 204/25, Aufgabenkreise Vermögenssorge, Gesundheitssorge, Aufenthaltsbestimmung). Herr Pfannkuch leidet an einer fortgeschrittenen Demenz und lebt seit April im Pflegeheim St. Elisabeth. Das Vermögen ist aufgebraucht. Ich bitte um Kündigung der Sterbegeldversicherung SG-4471-118337 und Auszahlung des Rückkaufswerts auf das Betreuungskonto.
Mit freundlichen Grüßen
Uwe Granzow, Berufsbetreuer"""
    body = """Sehr geehrter Herr Granzow,

vielen Dank für Ihr Schreiben und die Kopie des Betreuerausweises.

Bevor wir kündigen, möchten wir auf zwei Punkte hinweisen – die Entscheidung liegt selbstverständlich bei Ihnen:

1. Rückkaufswert: Der Rückkaufswert der Sterbegeldversicherung SG-4471-118337 beträgt zum 01.08.2025 2.114,60 EUR, die Versicherungssumme 4.000 EUR. Bei Kündigung erhält Herr Pfannkuch deutlich weniger als im Todesfall.

2. Schonvermögen: Sozialhilfeträger erkennen eine angemessene Bestattungsvorsorge häufig als Schonvermögen an (§ 90 Abs. 3 SGB XII). Falls die Kündigung nur erfolgt, weil das Sozialamt die Verwertung verlangt, lohnt sich eine Rückfrage dort. Alternativ ist eine Beitragsfreistellung möglich (beitragsfreie Summe ca. 2.650 EUR).

Wenn Sie bei der Kündigung bleiben, genügt eine kurze Bestätigung. Wir überweisen den Rückkaufswert dann auf das Betreuungskonto, das Sie uns bitte mit IBAN und Kontoinhaber ("Otto Pfannkuch, vertr. d. Betreuer ...") nennen.

Mit freundlichen Grüßen

Angelika Marquardt
Vertragsservice Leben
Haselbrunner Lebensversicherung AG · Telefon 05521 880-4125

-----Ursprüngliche Nachricht-----
""" + q + "\n"
    return plain(st("mar"), ("Uwe Granzow", "buero@betreuung-granzow.example"),
                 "AW: Kündigung SG-4471-118337 (Betreuung Pfannkuch)", "2025-07-28 15:44", body, mailer=OL)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: framework agreement draft (DOCX) with an undertakers' association - organisations, processes, no person")
def m071():
    d = docx([("h", "Rahmenvereinbarung über die Zusammenarbeit im Sterbefall"),
              "zwischen der Haselbrunner Lebensversicherung AG, Am Lindenhof 12, 37991 Kaltenbrück (\"Haselbrunner\")",
              "und dem Landesverband der Bestatter Niedersachsen-Süd e. V. (\"Verband\")",
              "Entwurf Stand 12.05.2025 – Änderungen Haselbrunner in [eckigen Klammern]",
              ("h", "§ 1 Gegenstand"),
              "Die Vereinbarung regelt die Abwicklung von Leistungen aus Sterbegeldversicherungen, deren Ansprüche an ein Mitgliedsunternehmen des Verbandes abgetreten wurden.",
              ("h", "§ 2 Abtretung und Unterlagen"),
              "Das Mitgliedsunternehmen übermittelt die Abtretungserklärung, die Sterbeurkunde und die Rechnung über das Partnerportal. [Ärztliche Unterlagen, insbesondere der vertrauliche Teil der Todesbescheinigung, werden vom Bestatter nicht übermittelt; Haselbrunner fordert sie ggf. selbst an.]",
              ("h", "§ 3 Zahlungsfristen"),
              "Haselbrunner zahlt innerhalb von 10 Arbeitstagen nach Eingang vollständiger Unterlagen. [In der Staffelzeit (§ 3 AVB) kann sich die Frist verlängern.]",
              ("h", "§ 4 Datenschutz"),
              "Die Parteien sind jeweils eigene Verantwortliche. Auskünfte an das Mitgliedsunternehmen beschränken sich auf Betrag und Zahlungstermin.",
              ("h", "§ 5 Vergütung"),
              ("table", [["Leistung", "Vergütung"], ["Portalnutzung", "kostenfrei"], ["Tippgeber für Neuverträge", "nach gesonderter Vereinbarung"]]),
              "Kaltenbrück / Hildesheim, den ____________"],
             title="Rahmenvereinbarung Bestatterverband Entwurf", date=(2025, 5, 12, 16, 40, 0))
    body = """Sehr geehrter Herr Wolters,

wie besprochen sende ich Ihnen unseren überarbeiteten Entwurf der Rahmenvereinbarung. Unsere Änderungen stehen in eckigen Klammern; wichtig ist uns vor allem § 2: Bestatter sollen keine ärztlichen Unterlagen mehr an uns schicken.

Können wir uns in KW 22 telefonisch abstimmen?

Mit freundlichen Grüßen
Matthias Quandt
Partnermanagement Bestattungswesen
Haselbrunner Lebensversicherung AG · 05521 880-4380
"""
    return msg(st("qua"), ("Landesverband der Bestatter – Geschäftsstelle", "geschaeftsstelle@bestatter-nds-sued.example"),
               "Entwurf Rahmenvereinbarung Sterbefall – Stand 12.05.", "2025-05-12 16:52",
               mixed(text(body), att(d, MT["docx"], "Rahmenvereinbarung_Bestatterverband_Entwurf_2025-05-12.docx")),
               cc=[st("sta")], mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: CSV lapse analysis by age band and payment mode ('Tod', 'Pflegeheim' as lapse reasons) - aggregates")
def m072():
    csvt = ("Altersgruppe;Zahlweise;Verträge Anfang 2024;Stornos 2024;Stornoquote;Hauptgrund\r\n"
            "50-59;monatlich;4812;298;6,2%;Beitragshöhe\r\n"
            "60-69;monatlich;17340;1024;5,9%;Beitragshöhe\r\n"
            "60-69;jährlich;2210;71;3,2%;Wechsel Anbieter\r\n"
            "70-79;monatlich;21905;1140;5,2%;Umzug Pflegeheim / Sozialhilfe\r\n"
            "70-79;jährlich;3120;88;2,8%;Umzug Pflegeheim / Sozialhilfe\r\n"
            "80+;monatlich;10422;396;3,8%;Umzug Pflegeheim / Sozialhilfe\r\n"
            "80+;jährlich;1609;41;2,5%;Sonstiges\r\n"
            "Summe;;61418;3058;5,0%;\r\n")
    body = ("Hallo Nora,\n\nwie gewünscht die Stornoanalyse 2024 für den Sterbegeldbestand (ohne Abgänge durch Tod). "
            "Auffällig: bei 70+ ist der häufigste Grund der Umzug ins Pflegeheim, weil die Sozialämter die Verwertung verlangen. "
            "Vielleicht ein Thema für die Kampagne (Schonvermögen erklären)?\n\nGruß\nAnnelie\n")
    return msg(st("vos"), st("bec"), "Stornoanalyse Sterbegeld 2024", "2025-02-11 13:27",
               mixed(text(body, charset="windows-1252"),
                     att(csvt.encode("cp1252"), "application/vnd.ms-excel", "Storno_Sterbegeld_2024.csv", cte="base64")),
               mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "surrender of a named US resident's small endowment life policy: values, tax withholding, bank - life contract, no medical word")
def m073():
    body = """Dear Mr Kessler,

we have received your signed surrender request for the endowment policy LV 77 009 315-4 (insured person: yourself, David Kessler, born 4 July 1957).

Surrender value as at 1 June 2025:
  guaranteed surrender value            EUR  8,930.12
  bonus                                 EUR  1,402.77
  less surrender charge                 EUR   -120.00
  gross payout                          EUR 10,212.89

Tax: because the policy started before 2005 and premiums were paid for more than 12 years, the payout is tax-free in Germany. You may have to declare it in the US - please ask your tax adviser; we cannot give US tax advice.

Payment: we cannot pay to a US bank account in EUR by SEPA. Please confirm one of the options:
  (a) international wire in USD to your account at Harbor Point Bank (routing no. and account no. as given in your letter), bank charges at your expense, or
  (b) EUR transfer to a European account in your name.

The beneficiary designation (your sister) lapses with the surrender.

Kind regards
Claire Whitford-Bauer
International Customer Desk
Haselbrunner Lebensversicherung AG
"""
    return plain(st("whi"), ("David Kessler", "dkessler@lakeshore-mail.example"),
                 "Surrender of policy LV 77 009 315-4", "2025-06-03 17:20", body, charset="us-ascii", cte="7bit", mailer=OL)


@mail("NORMAL", "en", "internal",
      "trap: job advert for a death-claims handler (cause of death, medical certificates, bereavement) - no person")
def m074():
    body = """Hi Yusuf,

here's the final text of the job ad for the English-speaking claims handler. It goes live on the careers site and on the job boards on Monday. Could you have a last look at the task list?

------------------------------------------------------------
Claims Handler Death Benefits - International (m/f/d)
Kaltenbrück | full-time or 30 h | permanent

Haselbrunner is a mid-sized life insurer focused on customers aged 60+. Our death benefits team pays around 2,200 claims a year - quickly and with empathy.

Your tasks
- handle death claims on funeral plans and small life policies, many with heirs or funeral directors abroad (UK, Ireland, Netherlands, Turkey, Spain)
- check death certificates, certificates of inheritance and, where the policy terms require it, medical information on the cause of death
- speak with bereaved families on the phone - in English and German
- work with our medical officer and legal team on contestable claims

What you bring
- training as an insurance clerk (Kaufmann/-frau für Versicherungen und Finanzen) or similar
- fluent English and good German (B2+)
- a calm voice and a good sense for difficult conversations
- experience with medical terminology is a plus

What we offer: 38-hour week, flexitime, 2 days home office, Deutschlandticket, company pension, training "Talking to bereaved relatives".

Apply by 31 August: https://karriere.haselbrunner.example/jobs/LEB-2025-14
Contact: Ines Kaczmarek, HR, +49 5521 880-4044
------------------------------------------------------------

Ines
"""
    return plain(st("kac"), st("dem"), "Job ad LEB-2025-14 final text", "2025-07-24 10:21", body, mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: ODT template for the death notification form with placeholders («Name», «Todesursache») - no person")
def m075():
    o = odt([("h", "Sterbefallanzeige – Vorlage SFA-03"),
             "Haselbrunner Lebensversicherung AG · Leistung Leben",
             "",
             "Vertrag: «Vertragsnummer»     Leistungsfall: «LF-Nummer»",
             "Verstorbene versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
             "Todestag: «Todestag»     Sterbeort: «Sterbeort»",
             "Todesursache (nur in der Staffelzeit / bei Unfall erforderlich): «Todesursache»",
             "Meldende Person: «Meldender», «Beziehung zum Verstorbenen»",
             "Abtretung an Bestatter: «ja/nein», Betrag «Abtretungsbetrag» EUR",
             "Bezugsberechtigt: «Bezugsberechtigter»",
             "",
             "Ausfüllhinweis: Felder in «» werden vom Korrespondenzsystem befüllt. Die Todesursache darf nur im Leistungssystem, nie im Betreff oder in E-Mails erfasst werden."])
    body = """Hi Lars,

anbei die überarbeitete Vorlage SFA-03 als ODT (aus LibreOffice, bitte nicht in Word speichern, sonst gehen die Platzhalter kaputt). Neu ist der Ausfüllhinweis unten. Kannst du sie in die Testumgebung des Korrespondenzsystems einspielen?

Danke
Birgit
"""
    return msg(st("oel"), st("hen"), "Vorlage SFA-03 Sterbefallanzeige (neu)", "2025-04-02 08:49",
               mixed(text(body, cte="8bit", flowed=True), att(o, MT["odt"], "SFA-03_Sterbefallanzeige_Vorlage.odt")),
               mailer=TB)


@mail("NORMAL", "mixed", "internal",
      "trap: invitation (German/English) to the 25-year anniversary of the funeral product - company event, no person")
def m076():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

25 Jahre Abschied Plus – 25 years of our funeral plan! Seit Oktober 2000 haben wir mehr als 38.000 Familien im Sterbefall unterstützt.

Wir feiern / we celebrate:
  Freitag, 10. Oktober 2025, ab 15:00 Uhr, Foyer Haus A
  - Grußwort Vorstand (Petra Olbrich)
  - short talk by our colleagues from Nordmark Re (in English): "Final expense insurance in Europe – where next?"
  - Fotowand "Abschied Plus damals und heute"
  - Kaffee, Kuchen und ab 17 Uhr Flammkuchen & Getränke

Please register by 1 October via the intranet form so we know how much cake to order. Bitte meldet euch bis 1.10. über das Intranet-Formular an.

Wir freuen uns auf euch! / Looking forward to seeing you!
Euer Orga-Team (Nora, Marcel, Birgit)
"""
    return plain(st("bec"), ("Alle Mitarbeitenden", "alle@" + DOM), "Einladung / Invitation: 25 Jahre Abschied Plus",
                 "2025-09-15 09:00", body, cte="8bit", mailer=OL)


@mail("NORMAL", "en", "internal",
      "trap: penetration test summary of the secure customer mailbox (health documents, death certificates as data types) - no person")
def m077():
    body = """Dear all,

summary of the penetration test of the secure customer mailbox (postfach.haselbrunner.example) and the document upload, carried out by Redline Security from 2 to 13 June 2025. Full report (confidential, 84 pages) in the ISMS folder.

Scope: portal login and password reset, message inbox, document upload (used by customers for death certificates, medical reports, certificates of inheritance), broker portal SSO.

Findings:
  ID     Severity  Title                                                   Status
  PT-01  High      Upload accepts .html files -> stored XSS in preview     fixed 18/06
  PT-02  Medium    Password reset: security answer not rate-limited        fix in R25.07
  PT-03  Medium    Session not invalidated after password change           fix in R25.07
  PT-04  Low       Verbose error message reveals framework version         accepted
  PT-05  Info      TLS 1.2 still offered besides 1.3                       accepted (partners)

No customer data was accessed; the testers used synthetic accounts with test documents only (TESTDATA/PORTAL/*).

Retest planned for 8 September.

Timo Schönfeld
Information Security
"""
    return plain(st("sch"), [st("hen"), st("rot"), ("IT-Leitung", "it-leitung@" + DOM)],
                 "Pentest secure mailbox June 2025 - management summary", "2025-06-20 16:30", body, mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "fund savings plan: named customer, new monthly rate, new IBAN and SEPA mandate reference")
def m078():
    ib = iban("DE", "26050001" + "0055812293")
    body = """Sehr geehrter Herr Balzer,

Ihre Änderungswünsche zum VorsorgePlan haben wir umgesetzt:

  Depot:             5520-090412
  Sparrate:          bisher 100,00 EUR, ab 15.03.2025 60,00 EUR monatlich
  Abbuchungskonto:   neu %s (Sparkasse Kaltenbrück), Kontoinhaber Heinrich Balzer
  Mandatsreferenz:   HBI-SP-5520-090412-02 (das alte Mandat -01 erlischt)
  Gläubiger-ID:      DE98ZZZ09999999999

Die erste Abbuchung vom neuen Konto erfolgt am 17.03.2025 (15.03. ist ein Samstag).

Ihr Hinweis, dass die Rente knapper geworden ist, ist angekommen – Sie können die Sparrate jederzeit kostenlos anpassen oder auch für bis zu 12 Monate aussetzen.

Freundliche Grüße
Holger Brandt
Haselbrunner Invest GmbH – Depotservice
""" % grp(ib)
    return plain(st("bra"), ("Heinrich Balzer", "heinrich.balzer@mailbox-nord.example"),
                 "Änderung Ihres Sparplans 5520-090412", "2025-02-26 12:40", body, mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "payout of a funeral benefit to a named widow: deceased husband, policy, claim, amount and IBAN - life claim, no medical word")
def m079():
    ib = iban("DE", "26090050" + "0047011822")
    body = """Sehr geehrte Frau Brakelmann,

nochmals unser aufrichtiges Beileid zum Tod Ihres Mannes.

Wir haben alle Unterlagen erhalten und die Leistung aus der Sterbegeldversicherung Ihres Mannes Heinz-Dieter Brakelmann geprüft:

  Vertrag:              SG-4471-190044 (Abschied Plus)
  Leistungsfall:        LF-2025-01030
  Versicherungssumme:   8.000,00 EUR
  Überschussbeteiligung:  214,36 EUR
  Auszahlung:           8.214,36 EUR

Den Betrag überweisen wir mit Wertstellung 17.04.2025 auf Ihr Konto
  %s (Volksbank Oberholm), Kontoinhaberin Ilse Brakelmann.

Sie waren als Bezugsberechtigte eingetragen; die Leistung gehört damit Ihnen und nicht zum Nachlass. Eine Kopie dieses Schreibens haben wir – wie von Ihnen gewünscht – an Herrn Notar Dr. Kühl geschickt.

Die Leistung ist einkommensteuerfrei. Ein Formular zur Erbschaftsteuer (Anzeige nach § 33 ErbStG) reichen wir an das Finanzamt weiter; für Ehegatten gilt ein Freibetrag von 500.000 EUR.

Mit freundlichen Grüßen
Birgit Oelschläger
Leistung Leben / Sterbegeld
Haselbrunner Lebensversicherung AG · 05521 880-4412
""" % grp(ib)
    return plain(st("oel"), ("Ilse Brakelmann", "ilse.brakelmann@t-netz.example"),
                 "Auszahlung Sterbegeld – LF-2025-01030", "2025-04-15 15:10", body, mailer=OL)


@mail("NORMAL", "en", "internal",
      "trap: Solvency II QRT note on best estimate and lapse/mortality shocks for the funeral portfolio - aggregates")
def m080():
    body = """Hi Jens,

numbers for the Q3 QRTs, line of business 30 (other life, funeral plans) - please take them into S.12.01 and S.26.03:

Best estimate liabilities (gross)          EUR 201.3 m
Risk margin                                EUR  11.8 m
Recoverables from reinsurance              EUR  62.4 m

SCR life underwriting risk (before diversification):
  mortality (+15 %)                          EUR  4.1 m
  longevity (-20 %)                          EUR  0.3 m
  lapse (mass lapse 40 %)                    EUR  9.6 m   <- binding
  expense                                    EUR  2.2 m
  cat (+0.15 pp mortality)                   EUR  1.9 m

The mortality basis is HB-SG 2025 (own table, see memo from April). Model points: 412, no individual policies leave the actuarial system.

Sign-off by Annelie on Monday.

Cheers
Annika

Annika Brendel
Actuarial Reporting
"""
    return plain(("Annika Brendel", "a.brendel@" + DOM), ("Jens Kamphues", "j.kamphues@" + DOM),
                 "Q3 QRT input - funeral portfolio (LoB 30)", "2025-10-17 17:48", body, cc=[st("vos")],
                 charset="us-ascii", cte="7bit", mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household contract adjusted after a move to a smaller flat: named customer, old/new address, living space, premium")
def m081():
    body = """Sehr geehrte Frau Imkamp,

vielen Dank für die Mitteilung Ihres Umzugs. Wir haben Ihre Hausratversicherung HR-2210-37562 wie folgt angepasst:

  alte Anschrift:   Wilhelmstraße 40, 37991 Kaltenbrück (92 m²)
  neue Anschrift:   Tulpenweg 3, Whg. 2, 37991 Kaltenbrück (58 m²)
  Umzugstag:        01.10.2025
  Versicherungssumme: 41.000 EUR → 37.700 EUR (650 EUR/m², Unterversicherungsverzicht)
  Jahresbeitrag:    118,90 EUR → 94,30 EUR ab 01.10.2025

Während des Umzugs waren beide Wohnungen versichert (§ 11 VHB). Den zu viel gezahlten Beitrag verrechnen wir mit der nächsten Fälligkeit.

Sie fragten noch, ob Ihr Fahrrad im neuen gemeinschaftlichen Fahrradkeller versichert ist: Ja, Fahrraddiebstahl ist in Ihrem Tarif bis 1 % der Versicherungssumme eingeschlossen, wenn das Rad abgeschlossen war.

Eine neue Police kommt per Post.

Mit freundlichen Grüßen
Jana Pröbsting
Kundenservice Sach · Haselbrunner Allgemeine Versicherung AG
"""
    return plain(st("pro"), ("Christa Imkamp", "christa.imkamp@web-post.example"),
                 "Ihr Umzug – Hausrat HR-2210-37562 angepasst", "2025-10-06 10:31", body, charset="iso-8859-1",
                 cte="8bit", mailer=OL)


@mail("NORMAL", "en", "internal",
      "trap: data-protection quiz with fictional examples of health data (Max Mustermann style) - no real person")
def m082():
    body = """Hello everyone,

our quarterly data protection quiz - 5 questions, 5 minutes. Answers on Friday in this thread. All names are invented.

1. A son e-mails: "My father, Mr Example, died of a heart attack; here is the death certificate." Which data are health data?
   a) the date of death   b) the cause of death   c) the son's e-mail address

2. An applicant ticks "yes" at question 2a (heart). Is the tick alone health data?
   a) yes   b) no, only the diagnosis

3. A care home asks by phone whether "Mrs Sample" has a funeral plan with us. May we answer?
   a) yes, care homes are trusted partners   b) only with a power of attorney or the customer's consent

4. The dashboard says "17 claims waiting for cause of death". Personal data?
   a) yes   b) no - aggregate without reference to a person

5. A funeral director sends us an invoice listing "coffin, transport, cremation". Is "cremation" special-category data?
   a) no   b) yes, it may reveal religious belief - handle with care

Bonus: Where do we keep the signed consent forms (Schweigepflichtentbindung)?

Sabine
Data Protection Officer
"""
    return plain(st("rot"), ("Life – all staff", "alle-leben@" + DOM), "Data protection quiz Q2 - funeral claims edition",
                 "2025-05-05 08:31", body, charset="us-ascii", cte="7bit", mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "buildings insurance passes to the buyer of a deceased's house: heirs, buyer's name, address, policy, transfer date")
def m083():
    body = """Dear Mr Crowther,

thanks for your e-mail (and sorry you had to write twice - the first one ended up in our German mailbox).

To confirm what happens with the buildings insurance WG-3307-120877 when the community of heirs sells your late mother's house at Ahornring 12, Kaltenbrück-Oberholm:

1. Under German law (§ 95 VVG) the insurance passes automatically to the buyer, Mr and Mrs Okafor, on the day ownership is registered in the land register - not on the day of the notary appointment.
2. Until then the community of heirs (you and your sister, Mrs Crowther-Byrne) remains the policyholder and pays the premium.
3. Please send us the buyers' names and address as soon as the registration is done. Your notary (Dr. Kühl) usually informs you.
4. The buyers may cancel the contract within one month after the transfer. If they do, we refund the heirs the premium for the remaining period.

Current premium EUR 584.20 per year, paid until 31/03/2026.

Kind regards

Jana Pröbsting
Customer Service Property
Haselbrunner Allgemeine Versicherung AG
"""
    return plain(st("pro"), ("Simon Crowther", "simon.crowther@britmail.example"),
                 "Sale of Ahornring 12 - buildings insurance WG-3307-120877", "2025-08-20 11:02", body,
                 cc=[("Helen Crowther-Byrne", "helen.cb@britmail.example")], mailer=OL)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: bank cooperation terms (commission, insurer's own company IBAN, product for 60+ customers) - no natural person")
def m084():
    ib = iban("DE", "26050001" + "0000991100")
    body = """Dear Mr Verhoeven,

following our meeting in Enschede, here are the commercial terms for the distribution of Haselbrunner Abschied Plus through Nordholm Bank's German branches, as discussed:

- Products: Abschied Plus (sums EUR 3,000-15,000), Abschied Komfort (up to EUR 25,000)
- Target customers: account holders aged 50-85; no active selling in care homes or hospitals
- Acquisition commission: 3.5 %% of the total premiums payable, max. 60 monthly premiums; clawback 60 months
- Servicing commission: 1.0 %% of premiums received, from year 2
- Sales training: 1 day per advisor, provided by us free of charge; includes the module "no advice on health questions"
- Commission statements via electronic broker post (BiPRO 430), monthly

Commission payments by the bank (e.g. clawbacks) should be made to our collection account:
  Haselbrunner Lebensversicherung AG
  IBAN %s, BIC KALSDE21XXX

Draft cooperation agreement to follow from our legal department (Ms Stahl) by 15 September.

Kind regards
Frank Dietrichs
Head of Broker & Partner Sales
Haselbrunner Lebensversicherung AG
""" % grp(ib)
    return plain(st("die"), ("Marco Verhoeven", "m.verhoeven@nordholm-bank.example"),
                 "Cooperation Nordholm Bank / Haselbrunner - commercial terms", "2025-08-29 14:40", body,
                 cc=[st("sta")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "base64-encoded body: underwriting decision declining a named applicant because of metastatic breast cancer")
def m085():
    body = """Dear Mrs Duffy,

thank you for your application for Abschied Komfort (application no. A-SG-2025-038822, sum insured EUR 10,000) and for answering our health questions so openly.

We are very sorry to tell you that we cannot offer this plan. You told us that you are being treated for breast cancer with metastases in the bones (diagnosed in January 2025, currently on chemotherapy and denosumab). Question 2b of the application (cancer treated within the last five years) means that Abschied Komfort is not available.

This decision only concerns Abschied Komfort. You can still take out Abschied Plus, which has no health questions. Please note that in Abschied Plus, if death results from illness in the first two years, we refund the premiums paid (year 1) or pay half of the sum insured (year 2); the full sum is paid from year 3. We want you to know this before you decide - if it would help, I can call you to explain.

Your health information stays with our underwriting team and our medical officer and will be deleted six months after this decision unless you take out another policy with us.

With kind regards and best wishes

Tobias Wendland
Underwriting Life
Haselbrunner Lebensversicherung AG
Am Lindenhof 12, 37991 Kaltenbrück, Germany
"""
    return plain(st("wen"), ("Eileen Duffy", "eileen.duffy@kabelnet.example"),
                 "Your application A-SG-2025-038822", "2025-09-11 11:15", body, cte="base64", mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: XLSX claims statistics 2024 by ICD chapter, age band and policy year - aggregates, small cells merged")
def m086():
    rows = [["Leistungsfälle Sterbegeld 2024 nach Todesursache (ICD-10-Kapitel) – nur Fälle mit bekannter Ursache", "", "", "", ""],
            ["ICD-Kapitel", "Bezeichnung", "Fälle", "Anteil", "davon Vertragsjahr 1-3"],
            ["II (C00-D48)", "Neubildungen", 214, 0.27, 61],
            ["IX (I00-I99)", "Krankheiten des Kreislaufsystems", 301, 0.38, 72],
            ["X (J00-J99)", "Krankheiten des Atmungssystems", 96, 0.12, 18],
            ["V/VI (F, G)", "Psychische und neurologische Erkrankungen inkl. Demenz", 88, 0.11, 9],
            ["XIX/XX (S-Y)", "Verletzungen, Unfälle, äußere Ursachen", 41, 0.05, 12],
            ["übrige", "zusammengefasst (Zellen < 10 Fälle)", 52, 0.07, 11],
            ["Summe", "", 792, 1.0, 183],
            ["", "", "", "", ""],
            ["Hinweis: Ursache nur bei Anforderung der Todesbescheinigung bekannt (792 von 2.174 Fällen). Keine Einzeldaten.", "", "", "", ""]]
    x = xlsx([("Statistik 2024", rows)], date=(2025, 2, 20, 10, 0, 0))
    body = """Hallo Annelie,

anbei die Statistik der Todesursachen 2024 für die Tarifüberprüfung, wie besprochen aggregiert nach ICD-Kapiteln. Kleine Zellen habe ich zusammengefasst.

VG Yusuf
"""
    return msg(st("dem"), st("vos"), "Statistik Todesursachen Sterbegeld 2024", "2025-02-20 10:04",
               mixed(text(body), att(x, MT["xlsx"], "Todesursachen_Sterbegeld_2024_aggregiert.xlsx")), mailer=TB)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "complaint about a late fund redemption: named customer, depot number, amounts, compensation (no health)")
def m087():
    body = """Dear Ms Gallagher,

thank you for your complaint of 11 November, and I'm sorry - you are right.

You instructed us on 24 October to sell the units in your fund savings plan 5520-117760 and pay the proceeds to your Irish account. Because your instruction was put into the wrong queue after your change of address to Cork, the units were only sold on 5 November, at a lower price (EUR 28.91 instead of EUR 29.64 per unit).

What we are doing:
- We have recalculated the sale as if it had taken place on 27 October. The difference of EUR 301.48 (412.98 units x EUR 0.73) will be paid to you on 19 November.
- In addition, as an apology, we refund the annual account fee of EUR 18.00.
- Your address is now correctly recorded as 7 Lower Glanmire Road, Cork T23 X2P6, Ireland.

If you are not satisfied with this answer, you can contact the German Ombudsman for Investment Funds (details in the enclosed leaflet).

Kind regards
Holger Brandt
Haselbrunner Invest GmbH - Depot Services
"""
    return plain(st("bra"), ("Siobhan Gallagher", "siobhan.gallagher@eir-mail.example"),
                 "Your complaint - fund savings plan 5520-117760", "2025-11-14 12:20", body, cc=[st("whi")], mailer=OL)


@mail("NORMAL", "en", "newsletter",
      "trap: forwarded UK industry newsletter on funeral poverty and costs - statistics and policy, no person")
def m088():
    body = """Interesting read for the product team - the UK numbers on funeral poverty might be useful for our 25-year campaign.
Claire

---------- Forwarded message ---------
From: Funeral Costs Monitor <newsletter@funeralcostsmonitor.example>
Date: Thu, 25 Sep 2025 at 07:00
Subject: Funeral Costs Monitor - Autumn 2025

FUNERAL COSTS MONITOR - AUTUMN 2025

* The average cost of a basic funeral in the UK rose to GBP 4,285 (+3.1 %). Cremation remains cheaper than burial by about GBP 1,400.
* One in five families say they struggled to pay for a funeral; the average shortfall is GBP 1,900.
* Direct cremation (no service) now accounts for 22 % of funerals.
* Pre-paid funeral plans are regulated by the FCA since July 2022; the number of active providers fell from 70 to 24.

Insight: In Germany, statutory health insurance stopped paying a death grant in 2004. Demand for private funeral expense cover has grown steadily since.

Read the full report: https://funeralcostsmonitor.example/autumn-2025
You are receiving this because you subscribed at funeralcostsmonitor.example. Unsubscribe: https://funeralcostsmonitor.example/unsub
"""
    return plain(st("whi"), st("bec"), "Fwd: Funeral Costs Monitor - Autumn 2025", "2025-09-25 09:12", body,
                 charset="us-ascii", cte="7bit", mailer=TB)


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "forwarded UK GP report on a deceased policyholder: COPD, oxygen, prior admissions before the application - contestability")
def m089():
    body = """Hanne,

the GP report for the Pettigrew-Lowe claim arrived (death in policy year 2, Abschied Komfort). Could you assess whether the answers to questions 2a-2d were wrong? I've pasted the letter below - the original is in the claim file.

Thanks,
Claire

-----Original Message-----
From: Dr Fiona Marsh <practice.manager@ashfield-surgery.example>
Sent: 30 September 2025 12:04
To: Claire Whitford-Bauer <c.whitford-bauer@haselbrunner.example>
Subject: Medical report - the late Mr Raymond Pettigrew-Lowe (DOB 02/03/1950)

Dear Ms Whitford-Bauer,

Further to your request and the consent signed by the executor (Mrs J. Pettigrew-Lowe), I can provide the following summary from our records:

- COPD diagnosed 2017 (FEV1 42 % predicted in 2022); home oxygen since March 2023
- Hospital admissions for infective exacerbation: November 2022 (Royal Ashfield, 6 days), February 2023 (9 days)
- Ischaemic heart disease, on bisoprolol and atorvastatin since 2019
- Ex-smoker (stopped 2018)
- He was seen in surgery 14 times in the 12 months before 1 July 2023.

He died on 28 August 2025 at home; the death certificate gives 1a) respiratory failure, 1b) chronic obstructive pulmonary disease.

Our fee for this report is GBP 95; invoice attached separately.

Yours sincerely
Dr Fiona Marsh MRCGP
Ashfield Surgery
"""
    return plain(st("whi"), st("fal"), "FW: Medical report - the late Mr Raymond Pettigrew-Lowe", "2025-09-30 14:41", body,
                 charset="us-ascii", cte="7bit", mailer=OL, extra=["Sensitivity: Private"])


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print proofs (PDF) of a brochure 'Was tun im Todesfall?' with example text and placeholders - no person")
def m090():
    br = pdf([["# Was tun im Todesfall?",
               "Ein Wegweiser für Angehörige – Haselbrunner Lebensversicherung AG",
               "",
               "# 1. Die ersten Stunden",
               "Rufen Sie eine Ärztin oder einen Arzt. Sie/er stellt den Tod fest und füllt die Todesbescheinigung aus.",
               "Stirbt ein Mensch im Krankenhaus, Pflegeheim oder Hospiz, kümmert sich die Einrichtung darum.",
               "",
               "# 2. Bestatter beauftragen",
               "Der Bestatter holt die Sterbeurkunde beim Standesamt. Wenn eine Sterbegeldversicherung besteht,",
               "können Sie die Leistung an den Bestatter abtreten – dann müssen Sie nicht in Vorleistung gehen.",
               "",
               "# 3. Uns informieren",
               "Telefon 05521 880-4400 oder www.haselbrunner.example/sterbefall",
               "Wir brauchen: Vertragsnummer, Sterbeurkunde, bei Tod in den ersten Vertragsjahren die Todesursache.",
               "",
               "Beispiel-Formular (Seite 7): Name der verstorbenen Person: [Name], Vertragsnummer: [SG-xxxx-xxxxxx]",
               "",
               "KORREKTURABZUG 2 – Stand 16.06.2025 – nicht zur Veröffentlichung"],
              ["# 4. Was zahlt die Sterbegeldversicherung?",
               "Die vereinbarte Summe, bei Unfalltod vom ersten Tag an voll.",
               "In den ersten beiden Jahren gilt bei Tod durch Krankheit eine gestaffelte Leistung.",
               "",
               "# 5. Weitere Stellen",
               "Rentenservice der Deutschen Post, Krankenkasse, Pflegekasse, Bank, Vermieter, Vereine.",
               "",
               "KORREKTURABZUG 2 – Stand 16.06.2025 – nicht zur Veröffentlichung"]],
             title="Broschüre Was tun im Todesfall – Korrekturabzug 2", author="Druckhaus Lindner",
             producer="Adobe InDesign 19.4 (PDF/X-4)", compress=True, date="D:20250616140000+02'00'")
    body = """Hallo Herr Lindner,

danke für den 2. Korrekturabzug. Noch drei Änderungen, dann ist er freigegeben:

S. 1: "stellt den Tod fest" – bitte "stellt den Tod fest und" ohne Zeilenumbruch.
S. 2: Unter 4. fehlt der Satz "Die Leistung ist einkommensteuerfrei." – bitte ergänzen.
S. 2: Die Telefonnummer bitte auch im Fuß (wie Seite 1).

Auflage 20.000, Papier 115 g matt, Lieferung bis 11.07. wie vereinbart. Ich habe Ihnen den Abzug mit meinen Anmerkungen zurückgeschickt (Anhang).

Viele Grüße
Nora Beckhaus
Marketing
"""
    return msg(st("bec"), ("Uwe Lindner", "u.lindner@druckhaus-lindner.example"),
               "AW: Korrekturabzug 2 – Broschüre Was tun im Todesfall", "2025-06-17 09:26",
               mixed(text(body), att(br, "application/pdf", "Was_tun_im_Todesfall_KA2_Anmerkungen.pdf")), mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: revision of the health-question catalogue (cancer, heart, dementia, alcohol, HIV wording) - questions only, no person")
def m091():
    body = """Hallo Frau Dr. Falkenrath, hallo Herr Wendland,

hier meine Vorschläge zur Überarbeitung der Gesundheitsfragen für Abschied Komfort (Tarifgeneration 2026). Änderungen in GROSSBUCHSTABEN, Streichungen in [eckigen Klammern].

Frage 1  Sind Sie derzeit pflegebedürftig (Pflegegrad 2 oder höher) oder ist ein Antrag auf Pflegegrad gestellt?
Frage 2a Wurden Sie in den letzten 5 Jahren wegen einer Erkrankung des Herzens (z. B. Herzinfarkt, Herzschwäche, Bypass/Stent) behandelt?
Frage 2b Wurden Sie in den letzten 5 Jahren wegen Krebs (bösartiger Tumor, Leukämie, Lymphom) behandelt? [einschließlich Hautkrebs] AUSGENOMMEN: HELLER HAUTKREBS, VOLLSTÄNDIG ENTFERNT
Frage 2c Haben Sie Diabetes mit Insulinbehandlung UND Folgeschäden an Augen, Nieren oder Nerven?
Frage 2d Wurden Sie in den letzten 5 Jahren wegen Alkohol-, Drogen- oder Medikamentenabhängigkeit behandelt?
Frage 2e NEU: Benötigen Sie dauerhaft Sauerstoff (z. B. bei COPD)?
Frage 3  Wurde bei Ihnen eine Demenz oder eine andere neurodegenerative Erkrankung (z. B. ALS, Parkinson mit Pflegebedarf) festgestellt?
[Frage 4  Wurde bei Ihnen eine HIV-Infektion festgestellt?] -> STREICHEN, medizinisch und rechtlich nicht mehr vertretbar (AGG, Behandlungserfolge)

Begründung für 2e: Nordmark hat bei der Erfahrungsanalyse auffällig viele frühe Sterbefälle mit Sauerstoff-Langzeittherapie gefunden, die über 2a–2d nicht erfasst waren.

Die Frage nach Erkrankungen von Familienangehörigen bleibt gestrichen (GenDG).

Können wir das am 14.11. besprechen?

Viele Grüße
Rebecca Stahl
Recht
"""
    return plain(st("sta"), [st("fal"), st("wen")], "Gesundheitsfragen Abschied Komfort 2026 – Vorschläge",
                 "2025-11-06 13:40", body, mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: text module for acknowledging a death notification with «placeholders» (HTML and text) - no person")
def m092():
    t = """Hallo zusammen,

der neue Textbaustein TB-SF-01 "Eingangsbestätigung Sterbefallmeldung" ist ab Montag im Korrespondenzsystem. Zur Info der Wortlaut:

----------------------------------------------------------------
«Anrede» «Titel» «Nachname»,

mit Bedauern haben wir vom Tod «der/des» «Verstorbene_Anrede» «Verstorbene_Name» erfahren. Wir sprechen Ihnen unsere aufrichtige Anteilnahme aus.

Ihre Meldung zur Sterbegeldversicherung Nr. «Vertragsnummer» haben wir unter dem Zeichen «LF-Nummer» erfasst.

Damit wir die Leistung auszahlen können, benötigen wir noch:
«Liste_fehlende_Unterlagen»

Bitte senden Sie uns ärztliche Unterlagen nicht per E-Mail, sondern über Ihr persönliches Postfach: https://postfach.haselbrunner.example

«Grußformel»
«Sachbearbeiter_Name»
----------------------------------------------------------------

Birgit
"""
    h = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo zusammen,</p>
<p>der neue Textbaustein <b>TB-SF-01 &bdquo;Eingangsbestätigung Sterbefallmeldung&ldquo;</b> ist ab Montag im Korrespondenzsystem. Zur Info der Wortlaut:</p>
<div style="border:1px solid #aaa;padding:10px;background:#fafafa">
<p>&laquo;Anrede&raquo; &laquo;Titel&raquo; &laquo;Nachname&raquo;,</p>
<p>mit Bedauern haben wir vom Tod &laquo;der/des&raquo; &laquo;Verstorbene_Anrede&raquo; &laquo;Verstorbene_Name&raquo; erfahren. Wir sprechen Ihnen unsere aufrichtige Anteilnahme aus.</p>
<p>Ihre Meldung zur Sterbegeldversicherung Nr. &laquo;Vertragsnummer&raquo; haben wir unter dem Zeichen &laquo;LF-Nummer&raquo; erfasst.</p>
<p>Damit wir die Leistung auszahlen können, benötigen wir noch:<br>&laquo;Liste_fehlende_Unterlagen&raquo;</p>
<p>Bitte senden Sie uns ärztliche Unterlagen nicht per E-Mail, sondern über Ihr persönliches Postfach: <a href="https://postfach.haselbrunner.example">postfach.haselbrunner.example</a></p>
<p>&laquo;Grußformel&raquo;<br>&laquo;Sachbearbeiter_Name&raquo;</p>
</div>
<p>Birgit</p>
</body></html>
"""
    return msg(st("oel"), ("Leistung Leben – alle", "leistung-leben-alle@" + DOM), "Neuer Textbaustein TB-SF-01",
               "2025-03-14 15:22", alt(text(t), html(h)), mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "paid-up conversion of a named pensioner's small endowment life policy: values, low pension mentioned - life contract")
def m093():
    body = """Sehr geehrte Frau Brauckmann,

wie am Telefon besprochen, haben wir Ihre Kapitallebensversicherung zum 01.05.2025 beitragsfrei gestellt.

  Vertrag:                    LV 77 010 228-9 (KLV-Kompakt)
  versicherte Person:         Hildegard Brauckmann, geb. 12.10.1946
  bisherige Versicherungssumme: 7.500,00 EUR, Beitrag 38,60 EUR monatlich
  beitragsfreie Versicherungssumme: 5.842,00 EUR
  Ablauf:                     01.05.2031 (unverändert)
  Bezugsrecht im Todesfall:   Tochter Anja Brauckmann (unverändert)

Sie hatten erzählt, dass die Witwenrente nach dem Tod Ihres Mannes niedriger ausfällt als gedacht. Innerhalb von drei Jahren können Sie die Beitragszahlung ohne neue Gesundheitsprüfung wieder aufnehmen, falls sich Ihre Lage bessert.

Der Versicherungsschutz besteht in Höhe der beitragsfreien Summe weiter. Einen neuen Nachtrag zum Versicherungsschein schicken wir Ihnen per Post.

Mit freundlichen Grüßen
Angelika Marquardt
Vertragsservice Leben
Haselbrunner Lebensversicherung AG · Telefon 05521 880-4125
"""
    return plain(st("mar"), ("Hildegard Brauckmann", "h.brauckmann@t-netz.example"),
                 "Beitragsfreistellung LV 77 010 228-9", "2025-04-25 11:07", body, cte="8bit", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "body says only 'attached'; the XLSX lists open death claims with deceased names, policies, pending cause-of-death documents and diagnoses")
def m094():
    rows = [["Open death claims > 30 days - status 30/09/2025", "", "", "", "", "", ""],
            ["Claim", "Policy", "Deceased", "Date of death", "Policy year", "Pending", "Note"],
            ["LF-2025-01174", "SG-4471-202215", "Bernd Kowalski", "27/04/2025", 2, "payment approval > 15k", "accident confirmed (TBI), double benefit"],
            ["LF-2025-01377", "SG-4471-164490", "Klaus Hofmann", "14/06/2025", 6, "closed 11/07 - remove", ""],
            ["LF-2025-01502", "SG-4471-228730", "Werner Hoppe", "03/07/2025", 1, "GP report", "question 2a answered 'no'; cardiologist visits 2024?"],
            ["LF-2025-01566", "SG-4471-226118", "Günther Rademacher", "19/07/2025", 2, "legal review", "liver cirrhosis K70.3, alcohol dependence not disclosed"],
            ["LF-2025-01610", "SG-4471-224907", "Raymond Pettigrew-Lowe", "28/08/2025", 2, "medical officer", "COPD with home oxygen since 2023"],
            ["LF-2025-01688", "LV 77 012 004-1", "Graham Pettigrew", "02/09/2025", 3, "coroner's inquest", "suspected suicide, § 161 VVG"],
            ["LF-2025-01702", "SG-4471-219963", "Mustafa Aksoy", "11/09/2025", 4, "Turkish certificate, translation", "repatriation from Antalya"]]
    x = xlsx([("open > 30d", rows)], date=(2025, 9, 30, 17, 0, 0))
    return msg(st("dem"), ("Life Claims Management", "leistung-leitung@" + DOM), "Open items list 30/09",
               "2025-09-30 17:05", mixed(text("Attached.\n\nYusuf\n", charset="us-ascii", cte="7bit"),
                                         att(x, MT["xlsx"], "open_claims_2025-09-30.xlsx")), mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP about a named deceased insured person's treatments before the application (pre-contractual disclosure check)")
def m095():
    body = """Sehr geehrte Frau Dr. Pätzold,

Ihr Patient, Herr Werner Hoppe, geb. 21.05.1949, zuletzt wohnhaft Eichendorffstraße 22, 37991 Kaltenbrück, ist am 03.07.2025 verstorben. Er hatte am 15.09.2024 bei uns eine Sterbegeldversicherung mit Gesundheitsfragen beantragt (Vertrag SG-4471-228730, Leistungsfall LF-2025-01502).

Da der Tod im ersten Versicherungsjahr eingetreten ist, sind wir verpflichtet zu prüfen, ob die Gesundheitsfragen bei Antragstellung zutreffend beantwortet wurden. Die Witwe, Frau Ingrid Hoppe, hat Sie als Erbin von der Schweigepflicht entbunden (Erklärung LEB-SE-07, Variante A, Kopie anbei per Post).

Wir bitten Sie um folgende Angaben für den Zeitraum 15.09.2019 bis 15.09.2024:
  1. Behandlungen wegen Erkrankungen des Herzens (Diagnosen, Zeitraum, Überweisungen an Kardiologen)
  2. Krankenhausaufenthalte
  3. Medikation zum Zeitpunkt September 2024
  4. Todesursache, soweit Ihnen bekannt

Für Ihre Auskunft vergüten wir ein Honorar nach GOÄ Nr. 75 (Befundbericht) zzgl. Auslagen. Bitte antworten Sie per Fax (05521 880-4499) oder über unser Arztportal https://arzt.haselbrunner.example – nicht per unverschlüsselter E-Mail.

Mit freundlichen Grüßen
Birgit Oelschläger
Leistung Leben / Sterbegeld
Haselbrunner Lebensversicherung AG
"""
    return plain(st("oel"), ("Praxis Dr. med. Renate Pätzold", "praxis@dr-paetzold.example"),
                 "Anfrage Befundbericht – Hoppe, Werner, verst. 03.07.2025", "2025-07-21 09:44", body,
                 charset="iso-8859-1", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "DOCX claims memo on a named deceased: alcohol dependence F10.2, liver cirrhosis K70.3, withheld at application; short body")
def m096():
    d = docx([("h", "Vermerk Leistungsprüfung LF-2025-01566"),
              "Vertrag SG-4471-226118 (Abschied Komfort, VS 10.000 EUR), Beginn 01.11.2023",
              "Versicherte Person: Günther Rademacher, geb. 05.02.1955, verst. 19.07.2025 (Vertragsjahr 2)",
              "Bezugsberechtigt: Lebensgefährtin Monika Seidel",
              ("h", "Sachverhalt"),
              "Todesbescheinigung (vertraulicher Teil): Ia Leberversagen, Ib äthyltoxische Leberzirrhose (K70.3), II Alkoholabhängigkeit (F10.2).",
              "Krankenhausbericht Klinikum Kaltenbrück vom 02.08.2022: stationärer qualifizierter Entzug (F10.2), Ösophagusvarizen Grad II.",
              "Gesundheitsfragen im Antrag vom 09.10.2023: Frage 2d (Abhängigkeit, Behandlung in den letzten 5 Jahren) mit NEIN beantwortet.",
              ("h", "Bewertung"),
              "Objektive Anzeigepflichtverletzung liegt vor. Rücktritt nach § 19 VVG ist nach Eintritt des Versicherungsfalls nur möglich, wenn der Umstand für den Versicherungsfall ursächlich war (§ 21 Abs. 2 VVG) – hier eindeutig gegeben.",
              "Arglist: Handschriftliche Korrektur im Antrag (zunächst JA angekreuzt, dann durchgestrichen) spricht dafür. Prüfung Anfechtung § 22 VVG durch Recht.",
              ("table", [["Option", "Folge"], ["Rücktritt § 19", "keine Leistung, Rückkaufswert ca. 1.140 EUR an Bezugsberechtigte"],
                         ["Anfechtung § 22", "keine Leistung, Beiträge verfallen"], ["Kulanz", "gestaffelte Leistung 5.000 EUR"]]),
              "Empfehlung: Rücktritt, Auszahlung Rückkaufswert. Vorlage an Recht (Frau Stahl) und Gesellschaftsärztin.",
              "Kaltenbrück, 26.08.2025 – B. Oelschläger"],
             title="Vermerk LF-2025-01566", author="Birgit Oelschläger", date=(2025, 8, 26, 12, 10, 0))
    body = "Rebecca, anbei mein Vermerk zum Fall, bitte um Prüfung bis Ende nächster Woche. Danke! Birgit\n"
    return msg(st("oel"), st("sta"), "Vermerk LF-2025-01566 zur rechtlichen Prüfung", "2025-08-26 12:18",
               mixed(text(body), att(d, MT["docx"], "Vermerk_LF-2025-01566.docx")), cc=[st("fal")], mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims class of a deceased husband transferred to his widow's new motor contract: names, plates, policy numbers (no health)")
def m097():
    body = """Sehr geehrte Frau Albers,

wie besprochen haben wir den Schadenfreiheitsrabatt Ihres verstorbenen Mannes, Herrn Günter Albers, auf Ihren neuen Vertrag übertragen.

  abgebender Vertrag:   KF-5512-700981 (beendet 14.03.2025)
  neuer Vertrag:        KF-5512-741206, Opel Corsa, Kennzeichen KB-HA 77
  Versicherungsnehmerin: Helga Albers, Sandweg 30, 37991 Kaltenbrück
  SF-Klasse:            SF 35 (statt SF 0 ohne Übertragung)
  Jahresbeitrag:        Haftpflicht 284,10 EUR, Teilkasko 96,40 EUR

Voraussetzung für die Übertragung ist Ihre Erklärung, dass Sie das Fahrzeug Ihres Mannes in den letzten Jahren regelmäßig mitbenutzt haben und dass keine weiteren Angehörigen den Rabatt beanspruchen. Die unterschriebene Erklärung liegt uns vor.

Mit freundlichen Grüßen
Elif Aydin
Kraftfahrt Vertrag
Haselbrunner Allgemeine Versicherung AG · 05521 880-4244
"""
    return plain(st("ayd"), ("Helga Albers", "helga.albers@web-post.example"),
                 "SF-Übertragung auf Ihren Vertrag KF-5512-741206", "2025-04-30 10:11", body, mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German/English claim mail to a son abroad: father's heart attack in Turkey, repatriation, death certificate, payout")
def m098():
    body = """Sehr geehrter Herr Aksoy,
dear Mr Aksoy,

vielen Dank für Ihren Anruf aus Dubai. As agreed, I'm writing in both languages.

Ihr Vater, Herr Mustafa Aksoy, ist am 11.09.2025 während seines Urlaubs in Antalya an einem Herzinfarkt verstorben. Our sincere condolences.

Sterbegeldversicherung / funeral plan: SG-4471-219963, sum insured EUR 9,000, beneficiary: you (Emre Aksoy).

What we still need / Was wir noch brauchen:
1. Internationale Sterbeurkunde (Formül A, multilingual extract from the Turkish civil registry) - this one does not need a translation.
2. If you only have the Turkish "ölüm belgesi" from the hospital: a certified German or English translation.
3. Copy of your passport.

You mentioned the repatriation (Überführung) to Kaltenbrück cost about EUR 4,800 and was paid by you. The funeral plan pays the sum insured; it does not reimburse individual costs - so you receive the full EUR 9,000 regardless of what the repatriation cost.

Bitte laden Sie die Dokumente im Postfach hoch: https://postfach.haselbrunner.example (Zugangscode kommt per SMS an +971 …).
Payment to your German account at Sparkasse Kaltenbrück is fine.

Mit freundlichen Grüßen / Kind regards
Yusuf Demirci
Leistung Leben / Sterbegeld
Haselbrunner Lebensversicherung AG · +49 5521 880-4418
"""
    return plain(st("dem"), ("Emre Aksoy", "emre.aksoy@emirates-mail.example"),
                 "Sterbegeld Ihres Vaters / your father's funeral plan – SG-4471-219963", "2025-09-19 12:02", body,
                 mailer=OL)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: gateway certificate exchange with a partner bank (S/MIME domain certificates, fingerprints) - technical, no person")
def m099():
    body = """Hello Pieter,

as discussed, here are the details for setting up gateway-to-gateway encryption between nordholm-bank.example and haselbrunner.example for the cooperation (death notifications of joint customers and commission statements will go through this channel).

Our domain certificate:
  Subject:      CN=haselbrunner.example, O=Haselbrunner Lebensversicherung AG, C=DE
  Issuer:       CN=Example Trust Gateway CA 2, O=Example Trust, C=DE
  Valid:        2025-03-01 to 2027-02-28
  SHA-256:      4B:9E:21:C0:7A:55:13:EF:90:3D:6C:A1:58:0F:E2:44:71:BC:09:8D:3E:62:F5:17:A8:C4:2B:90:11:7E:D3:5C
  Download:     https://www.haselbrunner.example/zertifikate/haselbrunner-gateway-2025.cer

Please verify the fingerprint by phone with Timo Schönfeld (+49 5521 880-4790) before you import it.

We received your certificate (CN=nordholm-bank.example, SHA-256 ending ...:9A:0C:77). TLS is enforced on our side for your domain from 1 October; S/MIME encryption starts as soon as both certificates are imported. Test mail on 6 October?

Best regards
Lars Henningsen
IT Application Support
Haselbrunner Lebensversicherung AG
"""
    return plain(st("hen"), ("Pieter de Graaf", "p.degraaf@nordholm-bank.example"),
                 "Gateway encryption nordholm-bank.example <-> haselbrunner.example", "2025-09-24 15:15", body,
                 cc=[st("sch")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "legal question on the suicide clause for a named deceased policyholder (coroner's inquest, depression)")
def m100():
    body = """Rebecca,

I need your view on claim LF-2025-01688 before I write to the family.

Policy:   LV 77 012 004-1 (KLV-Kompakt, sum EUR 15,000), start 1 October 2022
Insured:  Graham Pettigrew, lived in Leeds, died 2 September 2025 (policy year 3, 35 months after start)
Claimant: his wife Mrs Ann Pettigrew (beneficiary)

The death certificate is pending because of a coroner's inquest. The police report says he was found in his garage; the family told me he had been treated for severe depression since his redundancy last year and had been in a psychiatric unit in spring.

My questions:
1. § 161 VVG: suicide within 3 years of the start is not covered unless committed in a state of pathological mental disturbance excluding free will. Do we have to wait for the inquest verdict (suicide vs. open/narrative) before deciding?
2. If the 3-year period applies: does the burden of proof for the "mental disturbance" exception lie with the widow? Can we ask for the psychiatric records?
3. Is there any issue that he was UK resident (governing law is German under the policy)?

Not urgent this week, but the widow calls every few days and I'd like to give her an honest timeline.

Thanks
Claire
"""
    return plain(st("whi"), st("sta"), "LF-2025-01688 - suicide clause question", "2025-09-16 10:50", body,
                 charset="utf-8", cte="8bit", mailer=OL, extra=["Sensitivity: Confidential"])


@mail("NORMAL", "de", "internal",
      "trap: CSV of new business Q2 by age band, sum insured and sales channel - aggregates")
def m101():
    csvt = ("Quartal;Tarif;Altersgruppe;Vertriebsweg;Stück;VS gesamt EUR;Ø VS EUR;Ablehnungen GF\n"
            "2025Q2;Abschied Plus;50-59;Makler;88;528000;6000;\n"
            "2025Q2;Abschied Plus;60-69;Makler;214;1391000;6500;\n"
            "2025Q2;Abschied Plus;70-79;Direkt;301;1866200;6200;\n"
            "2025Q2;Abschied Plus;80-85;Direkt;97;485000;5000;\n"
            "2025Q2;Abschied Komfort;50-59;Makler;61;732000;12000;4\n"
            "2025Q2;Abschied Komfort;60-69;Makler;143;1573000;11000;19\n"
            "2025Q2;Abschied Komfort;70-79;Außendienst;118;1062000;9000;27\n"
            "2025Q2;Abschied Komfort;80-85;Außendienst;22;176000;8000;9\n")
    body = """Hallo Frank,

die Neugeschäftszahlen Q2 als CSV (Semikolon, UTF-8). Auffällig: Die Ablehnungsquote bei Komfort 70–79 liegt bei 23 % – fast alles Frage 2a (Herz). Vielleicht sollten die Vermittler Kunden mit Herzerkrankung gleich auf Plus hinweisen.

Gruß
Tobias
"""
    return msg(st("wen"), st("die"), "Neugeschäft Sterbegeld Q2/2025", "2025-07-07 08:58",
               mixed(text(body), att(csvt, "text/csv", "Neugeschaeft_SG_2025Q2.csv", cte="quoted-printable",
                                     params=[("charset", "utf-8")])), mailer=OL)


@mail("CONFIDENTIAL", "en", "internal",
      "CSV invitation list of English-speaking fund-plan customers: names, addresses, birth years, e-mail - no life or health data")
def m102():
    csvt = ("customer_no;name;street;zip;city;birth_year;email;product\n"
            "30 118 990;Gordon McAllister;Mühlgraben 11;37993;Kaltenbrück-Weende;1951;gmcallister@kabelnet.example;VorsorgePlan\n"
            "30 120 588;Susan Albright;Am Rosengarten 2;37991;Kaltenbrück;1956;s.albright@web-post.example;VorsorgePlan\n"
            "30 221 077;Peter and Ann Hollis;Lindenallee 19;37996;Oberholm;1949;hollis.family@t-netz.example;VorsorgePlan\n"
            "30 224 512;Dermot Kavanagh;Feldstraße 3a;37991;Kaltenbrück;1954;dkavanagh@kabelnet.example;VorsorgePlan\n"
            "30 230 118;Margaret Boateng;Uferweg 7;37993;Kaltenbrück-Weende;1958;mboateng@posteo-mail.example;VorsorgePlan\n")
    body = """Hi Nora,

here is the list for the "English afternoon tea" info event on 14 November (savings plan customers who asked for English correspondence). I filtered out everyone who has a life or funeral policy with us, as Sabine asked - so it's only Invest customers. Only five, but they all said yes on the phone.

Please don't forward the file outside the house; the caterer only needs the number of guests.

Claire
"""
    return msg(st("whi"), st("bec"), "Guest list afternoon tea 14 Nov", "2025-10-21 16:03",
               mixed(text(body), att(csvt.encode("utf-8"), "text/csv", "afternoon_tea_guests.csv", cte="base64",
                                     params=[("charset", "utf-8")])), mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "change of address to Ireland for a fund savings plan: named customer, birth date, new address, depot number")
def m103():
    body = """Dear Ms Gallagher,

we have updated your details for the fund savings plan 5520-117760:

  Name:           Siobhan Gallagher
  Date of birth:  14 March 1955 (as confirmed on the phone)
  New address:    7 Lower Glanmire Road, Cork T23 X2P6, Ireland (from 1 October 2025)
  Tax residence:  Ireland - please complete the enclosed self-certification form (CRS) so we can report correctly

Because you are moving outside Germany, no German withholding tax will be deducted from your fund income once we have the self-certification. The monthly savings rate of EUR 75 continues from your German account unless you tell us otherwise.

Kind regards
Holger Brandt
Haselbrunner Invest GmbH - Depot Services
+49 5521 880-4660
"""
    return plain(st("bra"), ("Siobhan Gallagher", "siobhan.gallagher@eir-mail.example"),
                 "Change of address - fund savings plan 5520-117760", "2025-10-02 10:37", body, mailer=OL)


@mail("CONFIDENTIAL", "de", "internal",
      "commission statement of a named field agent: his income per month and year (no customer names)")
def m104():
    body = """Hallo Jens,

anbei die Übersicht deiner Provisionen für Q3, wie gewünscht vorab per Mail (die offizielle Abrechnung kommt mit der Gehaltsabrechnung):

Außendienst Jens Hollander, Personal-Nr. 20417, Bezirk Kaltenbrück-Nord

                        Juli        August      September
Abschluss Abschied Plus  12 St.      9 St.       14 St.
Abschluss Komfort         4 St.      6 St.        3 St.
Abschlussprovision    2.184,50    2.016,00     2.430,75 EUR
Bestandsprovision       611,20      611,20       618,90 EUR
Storno-Rückbelastung   -148,00        0,00      -296,40 EUR
Summe                 2.647,70    2.627,20     2.753,25 EUR

Fixum unverändert 2.950,00 EUR brutto/Monat. Jahresprovision 2025 bisher: 23.418,60 EUR, damit liegst du 6 % über Plan.

Die Rückbelastungen im September betreffen zwei Widerrufe innerhalb der Frist.

Viele Grüße
Gregor

Gregor Lenz · Provisionsabrechnung · DW 4333
"""
    return plain(st("len"), st("hol"), "Deine Provisionen Q3/2025", "2025-10-08 13:19", body,
                 cc=[("Bezirksleitung Nord", "bezirksleitung-nord@" + DOM)], mailer=OL)


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: registration mail for the secure mailbox with one-time password instructions - no content, no data")
def m105():
    body = """Hello,

you have been registered for the Haselbrunner secure mailbox. We use it to send you documents that should not travel by ordinary e-mail.

How to log in for the first time:
1. Go to https://postfach.haselbrunner.example
2. Your user name is this e-mail address.
3. Your one-time password has been sent to you separately by letter. It is valid for 14 days.
4. Choose your own password (at least 10 characters) and a security question.

We will never ask you for your password by phone or e-mail.

If you did not expect this message, please call us on +49 5521 880-4100.

Haselbrunner Customer Service
(This message was generated automatically. Please do not reply.)
"""
    return plain(("Haselbrunner Secure Mailbox", "no-reply@postfach." + DOM), "m.holloway@britmail.example",
                 "Your access to the Haselbrunner secure mailbox", "2025-02-13 16:45:10", body, charset="us-ascii",
                 cte="7bit", extra=["Auto-Submitted: auto-generated"])


@mail("NORMAL", "de", "insurer-to-undertaker",
      "trap: partner-portal onboarding for an undertaker company (user account, upload of death certificates) - no customer data")
def m106():
    body = """Sehr geehrter Herr Bodenstein,

willkommen im Haselbrunner Partnerportal für Bestattungsunternehmen!

Für die Pietät Sonnenweg GmbH (Partner-Nr. BP-0388) haben wir folgenden Zugang eingerichtet:

  Portal:        https://partner.haselbrunner.example
  Benutzer:      bp0388-bodenstein
  Rolle:         Firmenadministrator (Sie können weitere Mitarbeitende selbst anlegen)

Ihr Initialpasswort erhalten Sie per SMS an die bei uns hinterlegte Mobilnummer der Firma. Beim ersten Anmelden vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Was Sie im Portal tun können:
  - Abtretungserklärungen, Sterbeurkunden und Rechnungen hochladen
  - den Zahlungsstatus Ihrer abgetretenen Fälle sehen
  - Ihre Tippgeber-Abrechnung abrufen

Bitte laden Sie keine ärztlichen Unterlagen (z. B. Todesbescheinigung, vertraulicher Teil) hoch – die fordern wir bei Bedarf selbst an.

Eine Kurzanleitung (PDF) finden Sie nach dem Login unter "Hilfe".

Mit freundlichen Grüßen
Matthias Quandt
Partnermanagement Bestattungswesen
Haselbrunner Lebensversicherung AG · 05521 880-4380
"""
    return plain(st("qua"), ("Dirk Bodenstein", "d.bodenstein@pietaet-sonnenweg.example"),
                 "Ihr Zugang zum Haselbrunner Partnerportal", "2025-05-26 10:00", body, mailer=OL)


@mail("NORMAL", "mixed", "internal",
      "trap: ZIP of test-environment logs from the death-claims workflow (synthetic test persons only), German/English")
def m107():
    log1 = """2025-10-13T09:14:02.118+02:00 INFO  [leb-wf-test] CaseCreated case=TST-LF-0001 policy=TST-SG-0000-000001 insured="Max Mustermann (TESTDATEN)" dod=2025-01-01
2025-10-13T09:14:02.301+02:00 INFO  [leb-wf-test] DocRequested case=TST-LF-0001 doc=STERBEURKUNDE
2025-10-13T09:14:03.877+02:00 WARN  [leb-wf-test] GradedBenefitCheck case=TST-LF-0001 policyYear=1 -> DocRequested doc=TODESBESCHEINIGUNG_VERTRAULICH
2025-10-13T09:14:04.002+02:00 ERROR [leb-wf-test] TemplateRender failed template=TB-SF-01 field=Verstorbene_Anrede: NullPointerException
2025-10-13T09:14:04.003+02:00 ERROR [leb-wf-test]   at de.hb.leb.corr.TemplateEngine.render(TemplateEngine.java:212)
2025-10-13T09:15:40.552+02:00 INFO  [leb-wf-test] CaseCreated case=TST-LF-0002 policy=TST-SG-0000-000002 insured="Erika Musterfrau (TESTDATEN)" dod=2025-02-02
2025-10-13T09:15:41.010+02:00 INFO  [leb-wf-test] AssignmentRegistered case=TST-LF-0002 undertaker=TST-BP-9999 amount=4000.00
2025-10-13T09:15:41.998+02:00 INFO  [leb-wf-test] PaymentScheduled case=TST-LF-0002 payee=TST-BP-9999 iban=DE02120300000000202051 amount=4000.00
"""
    log2 = """2025-10-13T09:14:04.010+02:00 DEBUG [corr-svc] render TB-SF-01 ctx={Anrede=Frau, Nachname=Musterfrau, Verstorbene_Name=Max Mustermann, Verstorbene_Anrede=null}
2025-10-13T09:14:04.011+02:00 DEBUG [corr-svc] mapping GESCHLECHT -> Anrede missing for code 'U' (unbekannt)
"""
    readme = "Testumgebung LEB-T2, nur synthetische Testdaten (Mustermann). Keine Produktivdaten.\n"
    z = zipbytes([("logs/leb-wf-test_2025-10-13.log", log1), ("logs/corr-svc_2025-10-13.log", log2), ("README.txt", readme)],
                 date=(2025, 10, 13, 9, 30, 0))
    body = """Hi Kateryna,

anbei die Logs aus LEB-T2 von heute früh. The template render fails when the gender code of the deceased is 'U' (unknown) – then Verstorbene_Anrede is null and TB-SF-01 crashes. Happens only with test case TST-LF-0001; TST-LF-0002 runs through fine.

Could your team add a fallback ("von" + full name instead of "der/des")? Ticket is INC-2025-061204.

Danke & cheers
Lars
"""
    return msg(st("hen"), ("Kateryna Bondar", "k.bondar@" + DOM), "LEB-T2: TB-SF-01 render error – logs", "2025-10-13 10:02",
               mixed(text(body), att(z, "application/zip", "leb-t2-logs_2025-10-13.zip")), mailer=TB)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "US heir of a fund depot: W-8BEN missing the foreign TIN, named heir, address, depot (no life or health data)")
def m108():
    body = """Dear Mr Brooks-Reinhardt,

thank you for returning the form W-8BEN for the transfer of the fund units from your late mother's savings plan (depot 5520-095512).

Unfortunately we cannot accept the form:
- Line 6a (foreign tax identifying number) is empty - but that is not the real problem. Because you are a US citizen, the W-8BEN is the wrong form altogether; it is only for persons who are not US persons. US citizens must give us a form W-9 with their Social Security Number. (Our earlier letter asked for the W-8BEN by mistake - my apologies.)
- Please also confirm your address: 1180 Sycamore Lane, Evanston, IL 60201, USA.

I have attached nothing to this e-mail on purpose - please download the W-9 from the IRS website and upload it (not by e-mail) to your secure mailbox.

Your share (1/2 of 1,208.44 units HB Vorsorge Ausgewogen) stays in a transfer account until then.

Kind regards
Holger Brandt
Haselbrunner Invest GmbH - Depot Services
"""
    return plain(st("bra"), ("Nathan Brooks-Reinhardt", "nbrooksr@prairie-mail.example"),
                 "Depot 5520-095512 - your tax form", "2025-07-15 16:52", body, charset="us-ascii", cte="7bit", mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary claim of an elderly customer (nobody hurt): name, address, claim number, list of stolen jewellery with values")
def m109():
    body = """Sehr geehrte Frau Ostendorf,

es tut uns leid, dass bei Ihnen eingebrochen wurde. Gut, dass Sie nicht zu Hause waren und niemand verletzt wurde.

Schaden-Nr.:  HR-S-2025-20331
Vertrag:      HR-2210-52210, Versicherungsort Gartenstraße 17, 37991 Kaltenbrück
Schadentag:   Sonntag, 02.11.2025, ca. 15–18 Uhr (Sie waren beim Kaffeetrinken bei Ihrer Schwester)
Polizei:      Anzeige Polizeiinspektion Kaltenbrück, Tgb.-Nr. 2025-114871

Ihre Stehlgutliste haben wir wie folgt erfasst:

  Goldkette mit Anhänger (Erbstück der Mutter)      ca. 1.200 EUR
  Ehering des verstorbenen Ehemanns, 585 Gold         ca.   450 EUR
  Perlenohrringe                                      ca.   380 EUR
  Armbanduhr Junghans, Damen                          ca.   690 EUR
  Bargeld aus der Küchenschublade                          320 EUR

Bitte beachten Sie: Schmuck und Bargeld sind außerhalb eines verschlossenen Wertschutzschranks nur begrenzt versichert (Schmuck bis 20 % der Versicherungssumme, Bargeld bis 1.500 EUR). Das reicht in Ihrem Fall aus.

Schicken Sie uns bitte noch Kaufbelege oder Fotos der Schmuckstücke, falls vorhanden, und die Rechnung für die Reparatur der Terrassentür. Ein Sachverständiger ist nicht nötig.

Mit freundlichen Grüßen
Dennis Wojcik
Schaden Sach
Haselbrunner Allgemeine Versicherung AG · 05521 880-4270
"""
    return plain(st("woj"), ("Margarete Ostendorf", "m.ostendorf@web-post.example"),
                 "Einbruch vom 02.11.2025 – HR-S-2025-20331", "2025-11-04 14:16", body, mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "daughter with a general power of attorney for her mother's fund plan: names, depot, account, no reason or health data")
def m110():
    body = """Sehr geehrte Frau Kühne,

vielen Dank für die Übersendung der notariell beglaubigten Generalvollmacht Ihrer Mutter, Frau Ilse Kühne (geb. 30.04.1940).

Wir haben Sie als Bevollmächtigte für das Depot 5520-101983 eingetragen. Sie können ab sofort:
  - Aufträge erteilen (Kauf, Verkauf, Änderung der Sparrate),
  - Depotauszüge und Steuerbescheinigungen anfordern (auf Wunsch an Ihre Anschrift: Weidenstraße 9, 34117 Kassel),
  - das Referenzkonto ändern.

Die Vollmacht gilt über den Tod hinaus (transmortal), so steht es in der Urkunde. Sie erlischt, wenn Ihre Mutter sie widerruft.

Für den Online-Zugang schicken wir Ihnen ein eigenes Aktivierungsschreiben; Ihre Mutter behält ihren Zugang.

Mit freundlichen Grüßen
Holger Brandt
Haselbrunner Invest GmbH – Depotservice
"""
    return plain(st("bra"), ("Bettina Kühne", "b.kuehne@kabelnet.example"), "Vollmacht für Depot 5520-101983",
                 "2025-06-12 09:33", body, mailer=OL)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order for certified destruction of claims files with health data and death certificates - supplier, no person")
def m111():
    body = """Sehr geehrter Herr Schrader,

auf Grundlage des Rahmenvertrags RV-2023-017 beauftragen wir die Vernichtung folgender Akten:

  Bestand:        Leistungsakten Leben (Sterbefälle), abgeschlossen 2012–2014, Aufbewahrungsfrist abgelaufen
  Menge:          ca. 140 Archivkartons (ca. 2,1 t), Archiv UG Haus B, Regale 14–22
  Inhalt:         u. a. Sterbeurkunden, Todesbescheinigungen, ärztliche Berichte, Erbscheine, Kontoverbindungen
  Sicherheitsstufe: P-5 nach DIN 66399 (Schutzklasse 3 – besonders sensible Daten)
  Abholung:       Dienstag, 18.11.2025, 7:30 Uhr, Rampe Haus B, in verplombten Sicherheitsbehältern
  Vernichtung:    am selben Tag, mit Vernichtungsprotokoll je Behälter

Bitte setzen Sie nur Mitarbeitende ein, die nach Art. 28/29 DSGVO und § 203 Abs. 4 StGB zur Verschwiegenheit verpflichtet sind (Nachweis liegt uns für Ihr Stammpersonal vor). Eine Mitarbeiterin unserer Informationssicherheit begleitet die Abholung.

Bestellnummer: B-4500-2025-0702

Mit freundlichen Grüßen
Svenja Körber
Einkauf
Haselbrunner Lebensversicherung AG
"""
    return plain(st("koe"), ("Aktenvernichtung Schrader GmbH", "auftrag@schrader-akten.example"),
                 "Auftrag B-4500-2025-0702 – Aktenvernichtung P-5, Abholung 18.11.", "2025-10-30 09:05", body,
                 cc=[st("sch")], mailer=OL)


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: premium table by entry age for the new funeral tariff (sum, age, monthly premium) - no person")
def m112():
    t = """Dear partners,

here are the monthly premiums for the new Abschied Plus 2025 tariff (graded benefit 2 years, premiums payable to age 90, no health questions). Per EUR 1,000 sum insured, unisex:

Entry age   per EUR 1,000   EUR 5,000   EUR 8,000   EUR 10,000
   50           1.92           9.60       15.36       19.20
   55           2.31          11.55       18.48       23.10
   60           2.84          14.20       22.72       28.40
   65           3.61          18.05       28.88       36.10
   70           4.79          23.95       38.32       47.90
   75           6.62          33.10       52.96       66.20
   80           9.71          48.55       77.68       97.10
   85          14.90          74.50      119.20      149.00

Minimum premium EUR 5 per month. For Abschied Komfort (health questions, no graded benefit) premiums are about 12 % lower.

Frank Dietrichs
Broker Support
"""
    h = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear partners,</p>
<p>here are the monthly premiums for the new <b>Abschied Plus 2025</b> tariff (graded benefit 2 years, premiums payable to age 90, no health questions). Per EUR 1,000 sum insured, unisex:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e3ece6"><th>Entry age</th><th>per EUR 1,000</th><th>EUR 5,000</th><th>EUR 8,000</th><th>EUR 10,000</th></tr>
<tr><td>50</td><td>1.92</td><td>9.60</td><td>15.36</td><td>19.20</td></tr>
<tr><td>55</td><td>2.31</td><td>11.55</td><td>18.48</td><td>23.10</td></tr>
<tr><td>60</td><td>2.84</td><td>14.20</td><td>22.72</td><td>28.40</td></tr>
<tr><td>65</td><td>3.61</td><td>18.05</td><td>28.88</td><td>36.10</td></tr>
<tr><td>70</td><td>4.79</td><td>23.95</td><td>38.32</td><td>47.90</td></tr>
<tr><td>75</td><td>6.62</td><td>33.10</td><td>52.96</td><td>66.20</td></tr>
<tr><td>80</td><td>9.71</td><td>48.55</td><td>77.68</td><td>97.10</td></tr>
<tr><td>85</td><td>14.90</td><td>74.50</td><td>119.20</td><td>149.00</td></tr>
</table>
<p>Minimum premium EUR 5 per month. For Abschied Komfort (health questions, no graded benefit) premiums are about 12&nbsp;% lower.</p>
<p>Frank Dietrichs<br>Broker Support</p>
</body></html>
"""
    return msg(st("die"), ("Haselbrunner Maklerpartner", "broker-news@" + DOM), "Premium table Abschied Plus 2025",
               "2025-07-28 08:00", alt(text(t, charset="us-ascii", cte="7bit"), html(h, charset="us-ascii", cte="7bit")),
               extra=["Precedence: bulk"], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only benefit statement to a named widow: accidental death, double benefit, amounts, account")
def m113():
    ib = iban("DE", "26050001" + "0031178804")
    h = """<html><body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<p>Sehr geehrte Frau Kowalski,</p>
<p>nochmals unser herzliches Beileid. Wir haben die Leistung aus der Sterbegeldversicherung Ihres Mannes abgeschlossen:</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e8efe9"><th align="left" colspan="2">Leistungsabrechnung LF-2025-01174</th></tr>
<tr><td>Versicherte Person</td><td>Bernd Kowalski, geb. 11.09.1951, verst. 27.04.2025</td></tr>
<tr><td>Vertrag</td><td>SG-4471-202215 (Abschied Plus mit Unfallzusatzversicherung)</td></tr>
<tr><td>Todesursache lt. Klinikbericht</td><td>Unfall (Sturz von der Leiter, Schädel-Hirn-Trauma)</td></tr>
<tr><td>Versicherungssumme</td><td align="right">6.000,00 EUR</td></tr>
<tr><td>Unfallzusatzleistung (100 %%)</td><td align="right">6.000,00 EUR</td></tr>
<tr><td>Überschussbeteiligung</td><td align="right">48,12 EUR</td></tr>
<tr><td><b>Auszahlung</b></td><td align="right"><b>12.048,12 EUR</b></td></tr>
<tr><td>Empfängerin</td><td>Irene Kowalski, IBAN %s</td></tr>
<tr><td>Wertstellung</td><td>21.05.2025</td></tr>
</table>
<p>Da Ihr Mann noch im zweiten Vertragsjahr war, hätte bei Tod durch Krankheit nur die gestaffelte Leistung gezahlt werden können. Weil der Tod durch einen Unfall eingetreten ist, zahlen wir die volle Summe und zusätzlich die Unfallzusatzleistung.</p>
<p>Mit freundlichen Grüßen<br>Birgit Oelschläger<br>Leistung Leben / Sterbegeld<br>Haselbrunner Lebensversicherung AG &middot; 05521 880-4412</p>
</body></html>
""" % grp(ib)
    return msg(st("oel"), ("Irene Kowalski", "irene.kowalski@t-netz.example"), "Leistungsabrechnung LF-2025-01174",
               "2025-05-19 11:30", html(h), mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-bank",
      "request to a bank to confirm the holder of an estate account: deceased fund customer, heirs, IBAN (no life contract)")
def m114():
    ib = iban("NL", "NOHB" + "0822190445")
    body = """Dear Estate Services Team,

your reference: NB-EST-20250606-3391 - the late Mr Hendrik Jan Bosma

The heirs of Mr Bosma have asked us to pay the proceeds of his fund savings plan (depot 5520-121093, approx. EUR 6,240) to the estate account they opened with you:

  Account name (as given to us): Erven H.J. Bosma
  IBAN: %s

Before we pay, we would be grateful if you could confirm that this account is held for the community of heirs of Mr Bosma (Mrs Grietje Bosma-Wiersma and Mr Jelle Bosma) and is not a personal account of one heir. A simple yes/no reply is sufficient; we have the "verklaring van erfrecht" from notaris Van der Meulen on file.

Kind regards
Holger Brandt
Haselbrunner Invest GmbH - Depot Services
Am Lindenhof 12, 37991 Kaltenbrück, Germany
""" % grp(ib)
    return plain(st("bra"), ("Nordholm Bank Estate Services", "estates@nordholm-bank.example"),
                 "Estate account confirmation - Bosma - your ref. NB-EST-20250606-3391", "2025-08-14 10:25", body,
                 mailer=OL, extra=["X-Siegel-Transport: TLS-enforced"])


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answer to a journalist with average payouts, ages and causes of death across the portfolio - aggregates")
def m115():
    body = """Dear Ms Lindqvist-Hare,

thank you for your questions for the article in "Silver Finance Monthly". Here are our answers, which you may quote as "a spokesperson for Haselbrunner":

1. How many funeral plans do you pay out each year?
   In 2024 we paid 2,174 claims, in total EUR 14.2 million.

2. What is the average payout?
   EUR 6,530. The average age at death was 84.

3. What are the most common causes of death among your customers?
   We only learn the cause of death in some cases (mainly in the first policy years). Where we know it, heart and circulatory diseases (38 %) and cancer (27 %) are most frequent - similar to the general population at that age.

4. How often are claims refused?
   Very rarely: in 2024 we refused 11 claims (0.5 %), almost all because health questions had been answered incorrectly in Abschied Komfort. Abschied Plus has no health questions.

We cannot comment on individual cases or customers.

Best regards
Marcel Thiele
Corporate Communications
Haselbrunner Lebensversicherung AG
+49 5521 880-4011
"""
    return plain(st("thi"), ("Harriet Lindqvist-Hare", "h.lindqvisthare@silverfinance.example"),
                 "Re: Questions on funeral plans for your article", "2025-10-22 15:44", body, charset="us-ascii",
                 cte="7bit", mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-bank",
      "confirmation-of-payee request to a UK building society: named customer, sort code, account number, redemption amount")
def m116():
    body = """Dear Sir or Madam,

we have been instructed by our customer to redeem his fund savings plan and to pay the proceeds to his account with you. Before we send an international payment, we kindly ask you to confirm that the account below is held in the name of our customer.

  Customer:        Mr Gordon McAllister, Mühlgraben 11, 37993 Kaltenbrück, Germany
  Account name:    G McAllister
  Sort code:       40-11-62
  Account number:  53018824
  Amount:          approx. EUR 21,900 (to be converted to GBP by your bank)
  Our reference:   5520-104907

A written confirmation (letter or secure e-mail) is sufficient. The customer has signed a consent allowing us to make this enquiry; a copy can be provided on request.

Yours faithfully
Holger Brandt
Haselbrunner Invest GmbH - Depot Services
Am Lindenhof 12, 37991 Kaltenbrück, Germany
"""
    return plain(st("bra"), ("Pennine Building Society - Payments", "payments@pennine-bs.example"),
                 "Account holder confirmation - our ref. 5520-104907", "2025-09-08 11:10", body, mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: underwriting work instruction with medical thresholds (NYHA, HbA1c, BMI, tumour-free years) - no person")
def m117():
    body = """Liebe Kolleginnen und Kollegen der Risikoprüfung,

ab 01.06.2025 gilt die überarbeitete Arbeitsanweisung AA-RP-12 "Risikoprüfung Abschied Komfort". Die wichtigsten Schwellenwerte im Überblick (Details im Handbuch, Kapitel 4):

Herz (Frage 2a)
  - Herzinfarkt/Stent > 24 Monate, NYHA I, LVEF ≥ 50 %: normal annehmen
  - NYHA II oder LVEF 40–49 %: Zuschlag 75–100 %, Votum Gesellschaftsarzt
  - NYHA III/IV oder LVEF < 40 %: ablehnen, Abschied Plus anbieten

Krebs (Frage 2b)
  - tumorfrei > 5 Jahre: Frage nicht einschlägig
  - tumorfrei 2–5 Jahre, lokal begrenzt: Zuschlag nach Tabelle T-4
  - Metastasen oder laufende Therapie: ablehnen

Diabetes (Frage 2c)
  - nur Tabletten, HbA1c < 8,0 %: normal
  - Insulin + Folgeschäden: ablehnen

Sonstiges
  - BMI < 18 oder > 40: Votum Gesellschaftsarzt
  - Sauerstoff-Langzeittherapie: ablehnen (neue Frage 2e ab Tarif 2026)

Fallbeispiele in der Schulung am 28.05. bitte nur anonymisiert vorstellen.

Viele Grüße
Tobias Wendland
Leitung Antrags- und Risikoprüfung Leben
"""
    return plain(st("wen"), ("Risikoprüfung Leben", "risikopruefung@" + DOM), "Neue AA-RP-12 Risikoprüfung Abschied Komfort ab 01.06.",
                 "2025-05-21 14:00", body, cc=[st("fal")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "underwriting follow-up to a named applicant: atrial fibrillation, phenprocoumon, cardiac catheter result, medication list")
def m118():
    body = """Sehr geehrte Frau Kowalczyk,

vielen Dank, dass Sie Herrn Hollander am 17. Juni zu Hause empfangen und den Antrag auf die Sterbegeldversicherung Abschied Komfort (Antrag A-SG-2025-033590, 7.500 EUR) unterschrieben haben.

Bei der Frage 2a (Herz) haben Sie "ja" angekreuzt und angegeben:
  - Vorhofflimmern, Blutverdünnung mit Marcumar (Phenprocoumon)
  - Herzkatheteruntersuchung im Jahr 2023

Damit wir über Ihren Antrag entscheiden können, brauchen wir noch zwei Dinge:
  1. den Bericht über die Herzkatheteruntersuchung 2023 (Klinikum Kaltenbrück, Kardiologie) – wurde dabei ein Stent gesetzt?
  2. Ihren aktuellen Medikationsplan vom Hausarzt.

Ihre Tochter, Frau Bednarek, hat angeboten, die Unterlagen zu besorgen. Bitte schicken Sie sie uns nicht per E-Mail, sondern per Post im beiliegenden Rückumschlag oder über Ihr Postfach https://postfach.haselbrunner.example.

Wenn wir die Unterlagen bis zum 31.07.2025 erhalten, entscheiden wir innerhalb einer Woche.

Mit freundlichen Grüßen

Tobias Wendland
Antrags- und Risikoprüfung Leben
Haselbrunner Lebensversicherung AG · Telefon 05521 880-4520
"""
    return plain(st("wen"), ("Erna Kowalczyk c/o Bednarek", "k.bednarek@web-post.example"),
                 "Ihr Antrag A-SG-2025-033590 – fehlende Unterlagen", "2025-06-20 10:05", body, cc=[st("hol")],
                 mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "beneficiary change on a named customer's funeral policy from late husband to grandson - life contract, no medical word")
def m119():
    body = """Liebe Frau Grote,

Ihre Änderung ist erledigt. Für Ihre Sterbegeldversicherung SG-4471-139920 gilt ab heute:

  Versicherte Person:   Wilhelmine Grote, geb. 19.02.1937
  Bezugsberechtigt:     Ihr Enkel, Herr Lukas Grote, geb. 03.09.1998, Am Anger 6, 37991 Kaltenbrück (widerruflich)
  bisher:               Ihr Ehemann, Herr August Grote († 2024)

Das Bezugsrecht ist widerruflich – Sie können es also jederzeit wieder ändern. Ihr Enkel muss der Änderung nicht zustimmen und erfährt von uns nichts davon, solange Sie es nicht wünschen.

Einen Nachtrag zum Versicherungsschein legen wir heute in die Post.

Herzliche Grüße
Kemal Arslan
Kundenservice Leben
Haselbrunner Lebensversicherung AG · Telefon 05521 880-4107
"""
    return plain(st("ars"), ("Wilhelmine Grote", "w.grote@t-netz.example"),
                 "Bezugsrecht geändert – SG-4471-139920", "2025-03-05 14:48", body, cte="8bit", flowed=True, mailer=TB)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
      "reply to a bank's estate department confirming that a named deceased had a funeral policy with a beneficiary")
def m120():
    body = """Sehr geehrte Frau Haverkamp,

Sie fragen im Auftrag der Erben, ob die am 27.05.2025 verstorbene Frau Liselotte Dreyer bei uns eine Sterbegeldversicherung hatte, weil die Bestattungskosten vom Nachlasskonto beglichen werden sollen.

Wir können Ihnen dazu Folgendes mitteilen: Frau Dreyer war bei uns versichert (Vertrag SG-4471-121745). Die Leistung ist jedoch an eine namentlich bestimmte bezugsberechtigte Person zu zahlen und fällt daher nicht in den Nachlass. Wir setzen uns direkt mit dieser Person in Verbindung; Angaben zur Höhe der Leistung oder zur bezugsberechtigten Person können wir Ihnen nicht machen.

Für das Fondsdepot von Frau Dreyer gilt etwas anderes – dazu hat sich unsere Kollegin von der Haselbrunner Invest bereits beim Nachlassgericht geäußert.

Mit freundlichen Grüßen

Ulrike Steinmetz
Nachlass- und Erbfallservice
Haselbrunner Lebensversicherung AG · Telefon 05521 880-4455
"""
    return plain(st("ste"), ("Sparkasse Kaltenbrück – Nachlassservice", "nachlass@sparkasse-kaltenbrueck.example"),
                 "AW: Nachlass Liselotte Dreyer – Anfrage Sterbegeld", "2025-06-30 11:12", body, mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-bank",
      "SEPA mandate confirmation to a bank: named customer, IBAN, mandate reference, fund savings plan (no life or health)")
def m121():
    ib = iban("DE", "26050001" + "0055812293")
    body = """Dear colleagues,

re: your enquiry of 19 March 2025 (case no. 7781-2025) - disputed direct debit

We confirm that the direct debit of EUR 60.00 collected on 17 March 2025 from the account

  Account holder: Heinrich Balzer
  IBAN: %s

is based on a valid SEPA core mandate:

  Creditor: Haselbrunner Invest GmbH, creditor ID DE98ZZZ09999999999
  Mandate reference: HBI-SP-5520-090412-02
  Date of signature: 21 February 2025
  Purpose: monthly savings plan, depot 5520-090412

A copy of the signed mandate is attached to our reply in your bank's secure portal. Mr Balzer has since told us by phone that he had simply not recognised the new creditor name on his statement and withdraws his objection.

Kind regards
Holger Brandt
Haselbrunner Invest GmbH
""" % grp(ib)
    return plain(st("bra"), ("Sparkasse Kaltenbrück – Payment Services", "zahlungsverkehr@sparkasse-kaltenbrueck.example"),
                 "Your case no. 7781-2025 - SEPA mandate HBI-SP-5520-090412-02", "2025-03-21 09:58", body, mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "notification to the inheritance tax office: named deceased, heirs, depot value at death, tax IDs (no life policy)")
def m122():
    body = """Finanzamt Kaltenbrück
– Erbschaftsteuerstelle –

Anzeige nach § 33 Abs. 1 ErbStG i. V. m. § 1 ErbStDV

Sehr geehrte Damen und Herren,

als Vermögensverwahrer zeigen wir folgenden Sterbefall an:

  Erblasserin:       Anneliese Vogt, geb. 02.06.1939, zuletzt wohnhaft Gartenstraße 8, 37991 Kaltenbrück
  Steuer-ID:         61 508 229 473
  Todestag:          28.01.2025
  Verwahrtes Vermögen: Fondsdepot 5520-118734, Wert am Todestag 23.102,90 EUR (Kurswert), Erträge seit 01.01.2025 anteilig 0,00 EUR

Verfügungsberechtigte nach Vorlage des Erbscheins (AG Kaltenbrück, 12 VI 77/25):
  - Sabine Vogt-Renner, Gartenstraße 8, 37991 Kaltenbrück (1/2)
  - Thomas Vogt, Bergring 41, 30451 Hannover (1/4)
  - Lea Vogt, Rue des Tanneurs 5, 1204 Genève (1/4)

Das amtliche Formular (Muster 1) übermitteln wir zusätzlich über ELSTER.

Mit freundlichen Grüßen
Haselbrunner Invest GmbH
i. A. Ulrike Steinmetz, Nachlassservice
"""
    return plain(st("ste"), ("Finanzamt Kaltenbrück – Erbschaftsteuer", "erbschaftsteuer@finanzamt-kaltenbrueck.example"),
                 "Anzeige § 33 ErbStG – Vogt, Anneliese – Depot 5520-118734", "2025-02-17 10:40", body,
                 charset="iso-8859-1", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "rescission for breach of disclosure: named customer, undisclosed COPD with home oxygen and hospital stays")
def m123():
    body = """Sehr geehrter Herr Möller,

Sie haben am 02.09.2025 beantragt, die Versicherungssumme Ihrer Sterbegeldversicherung SG-4471-223081 (Abschied Komfort) von 8.000 auf 12.000 EUR zu erhöhen. Im Rahmen der Prüfung haben Sie uns den Entlassungsbericht der Lungenklinik Oberholm vom 14.03.2023 eingereicht.

Daraus ergibt sich, dass bei Ihnen bereits vor Antragstellung am 20.06.2023 eine COPD im Stadium GOLD 3 (J44.19) bekannt war, dass Sie im März 2023 zwölf Tage stationär wegen einer akuten Verschlechterung behandelt wurden und seitdem eine Sauerstoff-Langzeittherapie erhalten. Im Antrag vom 20.06.2023 haben Sie die Frage 2a–2d jeweils mit "nein" beantwortet und bei Frage 1 keine Krankenhausbehandlung angegeben.

Bei zutreffender Beantwortung hätten wir den Antrag auf Abschied Komfort abgelehnt. Wir erklären daher den Rücktritt vom Vertrag gemäß § 19 Abs. 2 VVG. Der Rückkaufswert von 612,40 EUR wird Ihnen ausgezahlt (§ 169 VVG).

Wir möchten Sie nicht ohne Vorsorge lassen: Wir bieten Ihnen die Sterbegeldversicherung Abschied Plus (ohne Gesundheitsfragen) über 8.000 EUR an; der Rückkaufswert kann als Einmalbeitrag angerechnet werden. Bitte beachten Sie, dass dann eine neue Staffelzeit von zwei Jahren beginnt.

Sie können innerhalb von drei Monaten widersprechen oder den Ombudsmann für Versicherungen anrufen (Informationen in der Anlage zur Briefpost).

Mit freundlichen Grüßen

Tobias Wendland
Antrags- und Risikoprüfung Leben
Haselbrunner Lebensversicherung AG
"""
    return plain(st("wen"), ("Karl-Heinz Möller", "kh.moeller@mailbox-nord.example"),
                 "Ihre Sterbegeldversicherung SG-4471-223081 – Rücktritt", "2025-10-09 16:30", body,
                 cc=[st("sta")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German/English internal note with draft claim notice to the reinsurer: named deceased, facultative case, cardiac death")
def m124():
    body = """Hallo Birgit,

zu eurem Leistungsfall LF-2025-01844 (Reinhold Stadtmüller, Abschied Komfort 18.000 EUR): Das war ein fakultativ rückversicherter Fall (Nordmark, 40 %), deshalb muss ich den Tod separat melden, bevor ihr zahlt. Kannst du bitte kurz drüberschauen, ob die Angaben stimmen? Draft below, in English because Nordmark's claims team is in Dublin.

----- draft -----
Dear Ms Ahlers,

claim notification under facultative acceptance FAC-2025-0331 (treaty NR-HB-LIFE-2019/04):

Life assured:   Reinhold Stadtmüller, born 17 August 1947
Policy:         SG-4471-233915, sum assured EUR 18,000, start 1 May 2025, rated +100 % (CHD)
Date of death:  12 October 2025, at home
Cause of death: sudden cardiac death, known coronary heart disease (per death certificate: 1a ventricular fibrillation, 1b CHD)
Claim amount:   EUR 18,000; policy year 1 -> graded benefit does not apply to Abschied Komfort
Your share:     40 % = EUR 7,200

Our medical officer sees no indication of non-disclosure; the cardiac history was fully disclosed at underwriting.
----- end -----

Danke!
Peter
"""
    return plain(st("lin"), st("oel"), "LF-2025-01844 Stadtmüller – Meldung an Nordmark (fac)", "2025-10-20 11:41", body,
                 cc=[st("fal")], mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: ICS planning for a seniors' fair booth (hearing-aid acoustician neighbour, blood-pressure stand) - no person")
def m125():
    cal = ics([
        "BEGIN:VCALENDAR",
        "PRODID:-//Haselbrunner//Kalender//DE",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:seniorenmesse-2025-standdienst@haselbrunner.example",
        "DTSTAMP:20250310T090000Z",
        "DTSTART:20250404T080000Z",
        "DTEND:20250406T160000Z",
        "SUMMARY:Seniorenmesse 'Aktiv im Alter' - Standdienst Halle 2\\, Stand 2.14",
        "LOCATION:Messe- und Kongresszentrum Kaltenbrück",
        "DESCRIPTION:Standdienst in 2er-Teams\\, Liste im Teams-Kanal Marketing.\\n"
        "Nachbarstände: Hörakustik Brandes (2.13)\\, Blutdruck-Messstation der Apothekerkammer (2.15).\\n"
        "Bitte keine Beratung zu Gesundheitsfragen am Stand und keine Anträge vor Ort ausfüllen - Interessenten"
        " nur Flyer und Terminkarte geben.\\nGiveaways: Lupen-Lesezeichen (Karton 3-5)\\, Kulis.",
        "ORGANIZER;CN=Nora Beckhaus:mailto:n.beckhaus@haselbrunner.example",
        "ATTENDEE;CN=Jens Hollander:mailto:j.hollander@haselbrunner.example",
        "ATTENDEE;CN=Kemal Arslan:mailto:k.arslan@haselbrunner.example",
        "ATTENDEE;CN=Angelika Marquardt:mailto:a.marquardt@haselbrunner.example",
        "END:VEVENT",
        "END:VCALENDAR"])
    body = "Hallo ihr,\n\nhier der Blocker für die Seniorenmesse. Standdienstplan folgt.\n\nNora\n"
    return msg(st("bec"), [st("hol"), st("ars"), st("mar")], "Seniorenmesse 04.–06.04. – Standdienst", "2025-03-10 10:00",
               mixed(text(body), P("text/calendar", base64.encodebytes(cal), params=[("charset", "utf-8"), ("method", "REQUEST")],
                                   cte="base64", disp="attachment", filename="seniorenmesse.ics")), mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: circular on powers of attorney, legal guardianship and dementia in customer service - legal rules, no person")
def m126():
    body = """RUNDSCHREIBEN RECHT 07/2025
Umgang mit Vorsorgevollmachten, Betreuungen und Angehörigenvertretung

An: Kundenservice Leben, Vertragsservice, Leistung Leben, Nachlassservice, Außendienst

1. Vorsorgevollmacht
Eine Vorsorgevollmacht berechtigt zur Vertretung, wenn sie Vermögens- bzw. Versicherungsangelegenheiten umfasst. Prüfen: Original oder beglaubigte Kopie, Umfang, ggf. Bedingungen ("nur wenn ich geschäftsunfähig bin" – dann Nachweis erforderlich). Bitte im Bestandssystem als "Bevollmächtigte/r" erfassen, nicht als "Betreuer/in".

2. Rechtliche Betreuung
Seit der Reform 2023 handelt die Betreuerin / der Betreuer im Rahmen des Aufgabenkreises (Betreuerausweis!). Für die Kündigung einer Lebens- oder Sterbegeldversicherung ist keine betreuungsgerichtliche Genehmigung erforderlich, wohl aber für Schenkungen.

3. Ehegattennotvertretungsrecht (§ 1358 BGB)
Gilt nur für Gesundheitsangelegenheiten, NICHT für Verträge mit uns. Eine Ehefrau kann also die Sterbegeldversicherung ihres Mannes nicht allein deshalb kündigen, weil er im Krankenhaus liegt.

4. Demenz und Anträge
Bestehen bei Antragstellung Zweifel an der Geschäftsfähigkeit, darf kein Antrag aufgenommen werden. Die Diagnose selbst wird im Bestandssystem nicht vermerkt – nur im Risikoprüfsystem.

5. Auskünfte
Angehörige ohne Vollmacht erhalten keine Auskunft, auch nicht, ob ein Vertrag besteht.

Rückfragen: Rebecca Stahl, DW 4070
"""
    return plain(st("sta"), ("Verteiler Leben Service", "verteiler-leben-service@" + DOM),
                 "Rundschreiben Recht 07/2025 – Vollmachten und Betreuung", "2025-06-16 08:30", body, mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "answer to an estate lawyer: named deceased's fund depot value at date of death and withheld tax (no life contract)")
def m127():
    body = """Dear Mr Pryce,

re: Estate of the late Mrs Susan Albrecht-Fry (died 3 July 2025)

Thank you for your letter of 22 July and the copy of the grant of probate issued in England. As requested for the inheritance tax returns in the UK and Germany, we confirm:

  Fund savings plan / depot:     5520-120441 (Haselbrunner Invest GmbH)
  Holding on 3 July 2025:        655.210 units HB Vorsorge Ausgewogen at EUR 31.97
  Value at date of death:        EUR 20,947.06
  Accrued income since 1 Jan:    none (accumulating fund)
  German withholding tax:        none deducted in 2025 so far

Please note that German inheritance tax may apply because Mrs Albrecht-Fry was resident in Germany (Kaltenbrück) at the date of death. We have notified the Kaltenbrück tax office as required under § 33 ErbStG.

To release the funds we need the German certificate of inheritance (Erbschein) or a European Certificate of Succession; an English grant of probate alone is not sufficient for a German fund company. Alternatively a notarised will with the court's opening record.

Yours sincerely
Holger Brandt
Haselbrunner Invest GmbH - Depot Services
"""
    return plain(st("bra"), ("Jonathan Pryce", "j.pryce@pryce-solicitors.example"),
                 "Estate of Mrs S. Albrecht-Fry - depot 5520-120441", "2025-07-30 14:02", body, mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-care-home",
      "reply to a UK care home asking to be paid from a deceased resident's funeral plan: named resident, dementia care, policy")
def m128():
    q = """Dear Sir/Madam,
Mrs Ingeborg Hale, who had lived in our dementia unit since 2022, sadly passed away on 8 August. She had a funeral plan with your company (we found the policy document in her room, SG-4471-157702). Her fees for July and August (GBP 9,840) are unpaid and she has no family in the UK. Could you please pay the plan to us to settle the account?
Kind regards, Janet Morrow, Manager, Willowbank Care Home"""
    body = """Dear Ms Morrow,

thank you for letting us know about Mrs Hale's death, and please accept our condolences to the staff who cared for her.

I'm afraid we are not able to pay the funeral plan to the care home. The benefit is payable only to the beneficiary named in the policy or, if there is none, to the person who proves to be the heir. There is no assignment in your favour. Any claim for outstanding fees has to be made against Mrs Hale's estate, not against the funeral plan.

For data protection reasons I also cannot tell you who the beneficiary is or how much the plan pays. We will contact the beneficiary ourselves.

It would help us greatly if you could let us know:
- the name of the funeral director, if one has been instructed, and
- whether the local authority has been involved in arranging the funeral.

Kind regards

Yusuf Demirci
Life Claims / Death Benefits
Haselbrunner Lebensversicherung AG, Germany

--- Your e-mail of 11 August ---
""" + quote(q) + "\n"
    return plain(st("dem"), ("Janet Morrow", "manager@willowbank-care.example"),
                 "RE: Mrs Ingeborg Hale - funeral plan SG-4471-157702", "2025-08-13 10:20", body, cc=[st("whi")],
                 mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "birth date corrected for a senior discount on household insurance: named customer, birth date, policy, premium")
def m129():
    body = """Sehr geehrter Herr Lammers,

Sie haben völlig recht – in Ihrem Hausratvertrag war ein falsches Geburtsdatum gespeichert (08.08.1954 statt 08.08.1944). Deshalb wurde Ihnen der Seniorennachlass nicht gewährt. Das tut uns leid.

Wir haben das Geburtsdatum auf den 08.08.1944 korrigiert. Für den Vertrag HR-2210-28804 gilt damit rückwirkend ab 01.01.2023 der Seniorennachlass von 10 %:

  Jahresbeitrag bisher:   164,80 EUR
  Jahresbeitrag neu:      148,32 EUR
  Erstattung 2023–2025:   3 x 16,48 EUR = 49,44 EUR

Die Erstattung überweisen wir auf Ihr bekanntes Beitragskonto.

Mit freundlichen Grüßen
Jana Pröbsting
Kundenservice Sach
Haselbrunner Allgemeine Versicherung AG
"""
    return plain(st("pro"), ("Friedrich Lammers", "lammers.fm@t-netz.example"),
                 "Korrektur Geburtsdatum – Hausrat HR-2210-28804", "2025-02-04 15:20", body, charset="windows-1252",
                 cte="quoted-printable", mailer=OL)


@mail("CONFIDENTIAL", "de", "internal",
      "CSV of returned SEPA debits for household policies: names, IBANs, policy numbers, return codes incl. 'debtor deceased'")
def m130():
    rows = [("HR-2210-48817", "Dreyer, Liselotte", iban("DE", "26050001" + "0012447800"), "61,75", "AC04", "Konto aufgelöst"),
            ("HR-2210-55631", "Pfannkuch, Otto", iban("DE", "26090050" + "0018830271"), "148,20", "MD06", "Widerspruch Zahler"),
            ("HR-2210-60072", "Szymanski, Piotr", iban("DE", "25050180" + "0921177604"), "96,40", "AM04", "Deckung unzureichend"),
            ("PH-4410-27719", "Bruns, Heike", iban("DE", "26050001" + "0027719530"), "74,90", "MD07", "Zahler verstorben"),
            ("HR-2210-41158", "Kaminski, Teresa", iban("DE", "26051260" + "0041158113"), "121,00", "AC01", "IBAN fehlerhaft")]
    csvt = "Vertrag;Name;IBAN;Betrag;Code;Grund\r\n" + "".join("%s;%s;%s;%s;%s;%s\r\n" % r for r in rows)
    body = """Hallo Jana,

die Rückläufer aus dem Lastschriftlauf 01.06. für Sach (Hausrat/PHV), bitte wie immer abarbeiten. Bei Frau Bruns (MD07) bitte an den Nachlassservice geben, Dreyer ist schon bei dir.

Gruß
Beitragsservice / Zahlungsverkehr
"""
    return msg(("Beitragsservice Zahlungsverkehr", "zahlungsverkehr@" + DOM), st("pro"), "Rücklastschriften Sach 01.06.2025",
               "2025-06-04 07:55", mixed(text(body), att(csvt.encode("cp1252"), "text/csv", "RLS_Sach_2025-06-01.csv",
                                                         cte="quoted-printable", params=[("charset", "windows-1252")])),
               mailer=SYS)


@mail("NORMAL", "en", "internal",
      "trap: data-protection FAQ on talking to relatives, care homes and undertakers about deaths and health - rules only")
def m131():
    body = """FAQ - Talking to relatives about a customer's policy (Life & Funeral)
Version 2.1, Data Protection Office, April 2025

Q: A daughter calls and says her mother has died. May I confirm that her mother had a funeral plan with us?
A: Only once she has identified herself as beneficiary, heir or holder of a power of attorney (documents via the secure mailbox). Until then: "We'll look into it and contact the entitled person."

Q: The widow asks what her husband wrote in the health questionnaire ten years ago.
A: Health data of the deceased are protected by § 203 StGB even after death. Heirs may request access, but the answer goes in writing through the secure mailbox - never by phone.

Q: A care home wants to know whether a resident's funeral is "paid for".
A: No information without the customer's written consent or a power of attorney.

Q: The funeral director asks for the cause of death "so that he can plan the funeral".
A: Never. We don't pass on medical information to third parties.

Q: May I send a condolence card?
A: Yes - to the address of the person who reported the death. Do not mention the cause of death or the amount of the benefit.

Q: A relative sends us a medical report by ordinary e-mail.
A: Don't forward it; save it to the claim file, delete the mail, and reply via the secure mailbox with the standard text "please do not send medical documents by e-mail".

Questions: datenschutz@haselbrunner.example
"""
    return plain(st("rot"), ("International Customer Desk", "international@" + DOM), "Updated FAQ: talking to relatives (v2.1)",
                 "2025-04-17 09:05", body, charset="iso-8859-1", cte="quoted-printable", mailer=OL)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German/English mail to a daughter in London ending her late father's household insurance: names, address, policy, refund")
def m132():
    q = """Hallo, sorry for writing in English - my German is rusty. Mein Vater Wolfgang Hartig ist am 2. September gestorben. He had his Hausrat with you (HR-2210-33471). The flat in Kaltenbrück (Hasenwinkel 5) will be cleared by end of October. Can you please cancel it and pay any refund to my UK account? Claudia Hartig-Pearce"""
    body = """Sehr geehrte Frau Hartig-Pearce,

mein herzliches Beileid. No problem at all - I'll answer in both languages.

Die Hausratversicherung Ihres Vaters (HR-2210-33471, Hasenwinkel 5, 37991 Kaltenbrück) endet nach § 13 VHB zwei Monate nach dem Todestag, also am 02.11.2025 - oder früher, wenn die Wohnung vorher vollständig geräumt und übergeben ist.

In short: the cover continues until 2 November 2025, so the flat contents are insured while you clear it. You don't have to cancel anything - the contract ends automatically.

Refund / Erstattung: the premium was paid until 31 December 2025, so we will refund about EUR 19.50 for November/December. Because you are one of the heirs, we need:
- a copy of the certificate of inheritance (Erbschein) or the will with the court's opening record, or a written confirmation from all heirs that the refund may be paid to you;
- your UK bank details (IBAN/BIC) - please send them in your secure mailbox, not by e-mail.

Mit freundlichen Grüßen / Kind regards
Jana Pröbsting
Kundenservice Sach · Haselbrunner Allgemeine Versicherung AG

""" + quote(q) + "\n"
    return plain(st("pro"), ("Claudia Hartig-Pearce", "claudia.hartigpearce@britmail.example"),
                 "AW: Hausrat meines Vaters / my father's contents insurance", "2025-09-12 13:27", body, mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "welcome mail with policy schedule PDF: named insured, birth date, beneficiary, premium of a funeral policy (life contract)")
def m133():
    ib_mask = "DE** **** **** **** **31 07"
    sched = pdf([["# Haselbrunner Lebensversicherung AG",
                  "# Versicherungsschein Nr. SG-4471-229418",
                  "Sterbegeldversicherung Abschied Komfort (Tarif SG-K 2025)",
                  "",
                  "Versicherungsnehmerin und versicherte Person: Renate Dombrowski, geb. 24.09.1961",
                  "Anschrift: Fliederweg 21, 37991 Kaltenbrück",
                  "",
                  "Versicherungsbeginn: 01.06.2025        Beitragszahlung bis: 01.06.2051 (Alter 90)",
                  "Versicherungssumme: 12.000,00 EUR      Monatsbeitrag: 31,44 EUR",
                  "Risikoprüfung: normale Annahme, keine Zuschläge, keine Ausschlüsse",
                  "Unfallzusatzversicherung: eingeschlossen (zusätzlich 12.000,00 EUR bei Unfalltod)",
                  "",
                  "Bezugsberechtigt im Todesfall (widerruflich): Ehemann Jürgen Dombrowski, geb. 11.02.1958",
                  "",
                  "Beitragszahlung per SEPA-Lastschrift vom Konto " + ib_mask,
                  "",
                  "Kaltenbrück, 28.05.2025",
                  "Haselbrunner Lebensversicherung AG – Der Vorstand"]],
                title="Versicherungsschein SG-4471-229418", author="HB-Policierung", compress=True,
                date="D:20250528030000+02'00'")
    body = """Sehr geehrte Frau Dombrowski,

willkommen bei Haselbrunner! Ihre Sterbegeldversicherung Abschied Komfort ist zustande gekommen. Im Anhang finden Sie Ihren Versicherungsschein. Die Versicherungsbedingungen und das Produktinformationsblatt erhalten Sie zusätzlich per Post.

Bitte prüfen Sie die Angaben. Sie können den Vertrag innerhalb von 30 Tagen ohne Angabe von Gründen widerrufen.

Mit freundlichen Grüßen
Ihr Vertragsservice Leben
Haselbrunner Lebensversicherung AG
"""
    return msg(("Haselbrunner Vertragsservice Leben", "vertragsservice-leben@" + DOM),
               ("Renate Dombrowski", "renate.dombrowski@t-netz.example"), "Ihr Versicherungsschein", "2025-05-28 07:10",
               mixed(text(body), att(sched, "application/pdf", "Versicherungsschein_SG-4471-229418.pdf")), mailer=SYS)


@mail("NORMAL", "en", "internal",
      "trap: anonymised training case study of an early death claim (age 79, myocardial infarction) - no name, no numbers")
def m134():
    body = """Hi team,

for Thursday's training session, here is case study 7. It is fully anonymised (no names, no policy numbers, dates shifted, details changed). Please read it beforehand.

CASE 7 - "The early claim"
A 79-year-old policyholder took out Abschied Komfort (EUR 10,000) and answered all health questions "no". Fourteen months later she died of a myocardial infarction. The daughter, who reports the death, mentions on the phone that her mother "always had trouble with her heart".

Questions for discussion:
1. What do we need to request, from whom, and on what legal basis?
2. The GP's report shows an angina diagnosis three years before the application, but no treatment in the last two years. Was question 2a answered incorrectly?
3. Which remedies does the VVG give us after the insured event (§§ 19, 21, 22 VVG)? What is the causality requirement?
4. How do we explain the result to the daughter - in either direction?

Solution sketch will follow after the session.

Yusuf
"""
    return plain(st("dem"), ("Leistung Leben – alle", "leistung-leben-alle@" + DOM), "Training Thursday - case study 7",
                 "2025-10-14 16:12", body, mailer=OL)


@mail("NORMAL", "de", "newsletter",
      "trap: forwarded consumer newsletter comparing funeral trust contracts and funeral insurance (social welfare, care home) - no person")
def m135():
    t = """Für die Kampagne 60+ vielleicht interessant – die Verbraucherinfo vergleicht Treuhand und Sterbegeld, für uns nicht ganz schmeichelhaft.
Nora

-------- Weitergeleitete Nachricht --------
Betreff: Vorsorge-Info September: Bestattungsvorsorge – Treuhand oder Versicherung?
Von: Vorsorge-Info <newsletter@vorsorge-info.example>

VORSORGE-INFO · Ausgabe September 2025

Bestattungsvorsorge: Treuhandvertrag oder Sterbegeldversicherung?

Wer seine Beerdigung vorab regeln will, hat zwei Wege:

1. Bestattungsvorsorgevertrag mit Treuhandkonto
   Sie legen mit einem Bestatter fest, wie die Bestattung aussehen soll, und zahlen den Betrag auf ein Treuhandkonto ein. Vorteil: Das Geld ist zweckgebunden und wird vom Sozialamt in der Regel als Schonvermögen anerkannt, wenn Sie später ins Pflegeheim müssen.

2. Sterbegeldversicherung
   Sie zahlen monatliche Beiträge, im Todesfall wird die vereinbarte Summe ausgezahlt. Vorsicht: Bei langer Laufzeit zahlen Sie unter Umständen mehr ein, als ausgezahlt wird. Tarife ohne Gesundheitsfragen haben fast immer eine Wartezeit.

Unser Tipp: Wer über 75 ist und das Geld hat, fährt mit dem Treuhandvertrag oft günstiger. Wer jünger ist oder nur kleine Beträge zurücklegen kann, ist mit einer Sterbegeldversicherung gut beraten – am besten mit Abtretung an den Bestatter.

Newsletter abbestellen: https://vorsorge-info.example/abmelden
"""
    return plain(st("bec"), [st("die"), st("thi")], "WG: Vorsorge-Info September: Bestattungsvorsorge – Treuhand oder Versicherung?",
                 "2025-09-19 08:44", t, cte="8bit", mailer=TB)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "body says only 'see ODS'; the spreadsheet lists named deceased, beneficiaries, IBANs and death benefit amounts")
def m136():
    rows = [["Claim", "Policy", "Deceased", "Beneficiary", "IBAN", "Amount EUR", "Value date"],
            ["LF-2025-01702", "SG-4471-219963", "Mustafa Aksoy", "Emre Aksoy", iban("DE", "26050001" + "0066120418"), 9000.0, "2025-10-07"],
            ["LF-2025-01741", "SG-4471-157702", "Ingeborg Hale", "Hartley & Sons Funeral Directors (assignment)", iban("GB", "LOYD" + "30966541207733"), 3950.0, "2025-10-07"],
            ["LF-2025-01741", "SG-4471-157702", "Ingeborg Hale", "Peter Hale (son, USA) - remainder", iban("DE", "26050001" + "0070992215"), 2050.0, "2025-10-07"],
            ["LF-2025-01760", "SG-4471-143376", "Elfriede Bock", "Bestattungshaus Meierling e.K. (assignment)", iban("DE", "26051260" + "0150338812"), 5000.0, "2025-10-07"],
            ["LF-2025-01779", "LV 77 008 771-3", "Wolfgang Hartig", "Claudia Hartig-Pearce", iban("GB", "BARC" + "20035741882930"), 7312.45, "2025-10-07"]]
    o = ods("Zahllauf KW41", rows)
    return msg(st("dem"), ("Marta Wiśniewska", "m.wisniewska@" + DOM), "Payment run LEB-KW41",
               "2025-10-06 15:37", mixed(text("Hi Marta, see ODS for this week's run. 4-eyes done (Birgit). Thanks, Yusuf\n",
                                              charset="us-ascii", cte="7bit"),
                                         att(o, MT["ods"], "LEB-KW41.ods")), mailer=TB)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "legal expenses cover for an inheritance dispute: named customer, siblings, house, policy and claim number (no health)")
def m137():
    body = """Dear Mr Kavanagh,

thank you for your call about the dispute with your brothers over your late mother's house in Feldstraße, Kaltenbrück.

Your legal expenses policy RS-6610-40218 (private and housing, since 2019) covers inheritance law only in the form of "Beratungsrechtsschutz im Familien- und Erbrecht" (§ 2 k ARB): that means one initial consultation with a lawyer in Germany, up to EUR 250, when your legal position has changed - here, through your mother's death on 14 May 2025.

It does not cover a court case between the heirs (e.g. about the value of the house or the division of the estate), nor the costs of a notary or of the probate court.

We have opened claim RS-S-2025-08817 for the consultation. You can choose any lawyer; please ask them to send their invoice to us quoting the claim number. If you need a recommendation for an English-speaking lawyer who specialises in inheritance law, our partner hotline can help: +49 5521 880-4600.

Kind regards
Dennis Wojcik
Claims - Legal Expenses
Haselbrunner Allgemeine Versicherung AG
"""
    return plain(st("woj"), ("Dermot Kavanagh", "dkavanagh@kabelnet.example"),
                 "Legal expenses RS-6610-40218 - inheritance dispute", "2025-06-23 12:30", body, mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "death of a named insured in Spain: police report and autopsy (carbon monoxide poisoning), accidental-death benefit check")
def m138():
    body = """Hi Claire,

can you help me with the Spanish documents for LF-2025-01493 (Heinz Brüggemann, Abschied Plus EUR 7,000 + accidental death rider, policy year 1)? You're the only one here who reads Spanish.

What we have (uploaded by the daughter, all in Spanish):
1. "Atestado" of the Guardia Civil, Torrevieja: he was found dead on 22 June 2025 in his holiday apartment, neighbour alerted police because of the smell of gas.
2. Autopsy report of the Instituto de Medicina Legal, Alicante: as far as I can tell "intoxicación por monóxido de carbono", COHb 58 %, "etiología accidental", defective gas water heater in the bathroom. Blood alcohol negative; "cardiopatía isquémica leve" mentioned as a secondary finding.
3. Spanish death certificate (certificado de defunción).

Questions:
- Does the autopsy clearly say accident, and is the heart finding relevant? (If accident, the graded benefit in year 1 does not apply and the rider pays double.)
- Do we need a certified translation for the file, or is your summary enough? Hanne says a summary is fine for the medical part if you sign it.

Thanks a lot!
Yusuf
"""
    return plain(st("dem"), st("whi"), "LF-2025-01493 Brüggemann - Spanish documents", "2025-07-08 09:21", body,
                 cc=[st("fal")], mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: test cases for the new claims system with fictitious persons (Max Mustermann), example IBANs and ICD codes")
def m139():
    body = """Hallo Kateryna,

für den Integrationstest LEB-WF 8.0 hier die fachlichen Testfälle. Alle Personen sind FIKTIV und im Testsystem als Testdaten markiert; die IBANs sind die öffentlichen Beispiel-IBANs aus der Bankendokumentation.

TF-01  Max Mustermann (fiktiv), geb. 01.01.1940, Abschied Plus 5.000 EUR, Vertragsjahr 5, Tod durch Krankheit
       -> volle Leistung an Bezugsberechtigte Erika Mustermann (fiktiv), IBAN DE89 3704 0044 0532 0130 00
TF-02  Erika Musterfrau (fiktiv), geb. 02.02.1945, Abschied Plus 8.000 EUR, Vertragsjahr 1, Todesursache I21.9 (Testwert)
       -> Staffel Jahr 1: Beitragsrückzahlung
TF-03  Max Mustermann (fiktiv), Vertragsjahr 2, Unfalltod S06.5 (Testwert), Unfallzusatz
       -> 100 % + 100 %
TF-04  Abtretung an Test-Bestatter TST-BP-9999, IBAN DE02 1203 0000 0000 2020 51, Restbetrag an Erben
TF-05  Auslandsfall, Erbe in GB, IBAN GB29 NWBK 6016 1331 9268 19
TF-06  Gender-Code "U", Vorlage TB-SF-01 (Regression zu INC-2025-061204)

Erwartete Ergebnisse stehen im Testfallkatalog (Confluence > LEB-WF 8.0 > Testfälle). Bitte keine Produktivdaten kopieren, auch nicht "anonymisiert"!

Gruß
Birgit
"""
    return plain(st("oel"), ("Kateryna Bondar", "k.bondar@" + DOM), "Testfälle LEB-WF 8.0 (fiktiv)", "2025-10-20 14:05", body,
                 cc=[st("hen")], mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "annual fund statement with HTML table for a named customer: address, depot, holdings, values, reference account")
def m140():
    ib = iban("DE", "26050001" + "0058814402")
    t = """Dear Mrs Boateng,

your annual statement for the fund savings plan as at 31 December 2024:

Depot:            5520-123018
Address:          Uferweg 7, 37993 Kaltenbrück-Weende
Savings rate:     EUR 50 monthly from %s

Fund                        Units      Price EUR   Value EUR
HB Vorsorge Ausgewogen     188.402        31.12     5,863.07
HB Renten Euro              40.116        47.95     1,923.56
Total                                               7,786.63

Paid in during 2024: EUR 600.00 | Performance 2024: +7.9 %%

Kind regards
Haselbrunner Invest GmbH - Depot Services
""" % grp(ib)
    h = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mrs Boateng,</p>
<p>your annual statement for the fund savings plan as at 31 December 2024:</p>
<p>Depot: <b>5520-123018</b><br>Address: Uferweg 7, 37993 Kaltenbrück-Weende<br>Savings rate: EUR 50 monthly from %s</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Fund</th><th>Units</th><th>Price EUR</th><th>Value EUR</th></tr>
<tr><td>HB Vorsorge Ausgewogen</td><td align="right">188.402</td><td align="right">31.12</td><td align="right">5,863.07</td></tr>
<tr><td>HB Renten Euro</td><td align="right">40.116</td><td align="right">47.95</td><td align="right">1,923.56</td></tr>
<tr><td colspan="3"><b>Total</b></td><td align="right"><b>7,786.63</b></td></tr>
</table>
<p>Paid in during 2024: EUR 600.00 | Performance 2024: +7.9&nbsp;%%</p>
<p>Kind regards<br>Haselbrunner Invest GmbH &ndash; Depot Services</p>
</body></html>
""" % grp(ib)
    return msg(("Haselbrunner Invest Depotservice", "depotservice@" + DOM), ("Margaret Boateng", "mboateng@posteo-mail.example"),
               "Annual statement 2024 - depot 5520-123018", "2025-02-12 06:15", alt(text(t), html(h)), mailer=SYS)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "sensitive only in the subject: named deceased, claim number and cause of death (pulmonary embolism, ICD I26.9); bland body")
def m141():
    body = """Hi Birgit,

Befundbericht Dr. Pätzold ist heute per Fax gekommen, liegt im DMS unter dem LF. Übernimmst du? Ich bin ab morgen im Urlaub.

Danke
Yusuf
"""
    return plain(st("dem"), st("oel"), "LF-2025-01502 Hoppe – Todesursache Lungenembolie (I26.9) nach Hüft-OP, Frage 2a prüfen",
                 "2025-08-01 16:48", body, cte="8bit", mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "de", "care-home",
      "care home's death notice forwarded: named resident, time of death, care level, palliative care, undertaker")
def m142():
    fw = """Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen mit, dass unsere Bewohnerin Frau Elfriede Bock, geb. 07.03.1933, am 29.09.2025 um 03:40 Uhr in unserer Einrichtung verstorben ist. Frau Bock war seit November 2024 bei uns (Pflegegrad 4) und wurde in den letzten Wochen palliativ durch das SAPV-Team versorgt. Die Leichenschau hat der Hausarzt Dr. Heitmann vorgenommen.

Laut unseren Unterlagen besteht eine Sterbegeldversicherung bei Ihnen, die an das Bestattungshaus Meierling abgetreten ist. Herr Meierling ist informiert und hat Frau Bock heute Vormittag abgeholt. Angehörige sind uns nicht bekannt; die Betreuerin (Frau Anke Roloff, Betreuungsverein Kaltenbrück) ist ebenfalls informiert.

Mit freundlichen Grüßen
Sabine Kroll
Pflegedienstleitung
Haus Abendfrieden – Wohnen und Pflege im Alter
Wiesenstraße 40, 37991 Kaltenbrück"""
    body = """Hallo Ulrike,

zur Info, Fall Bock – das ist die Dame mit der Sozialamtsanfrage vom Januar (SG-4471-143376). Ich habe in der Leistung den LF angelegt; bitte prüf, ob das Sozialamt noch informiert werden muss.

Gruß Kemal

> Von: Haus Abendfrieden – Verwaltung <verwaltung@haus-abendfrieden.example>
> Gesendet: Montag, 29. September 2025 11:02
> An: service-leben@haselbrunner.example
> Betreff: Sterbefall Bewohnerin Elfriede Bock
>
""" + quote(fw) + "\n"
    return plain(st("ars"), st("ste"), "WG: Sterbefall Bewohnerin Elfriede Bock", "2025-09-29 13:30", body,
                 cc=[st("oel")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "beneficiary asks for fast payout because of an Islamic burial within 24 hours: religion and death of a named insured")
def m143():
    body = """Dear Mr Haddad,

thank you for calling us this morning, and please accept our deepest condolences on the death of your father, Mr Samir Haddad.

I understand that your father will be buried today according to Islamic rites and that the family had to pay the funeral home, the washing (ghusl) and the transfer to the Muslim section of the Kaltenbrück cemetery at very short notice. We will do everything we can to pay quickly.

Funeral plan SG-4471-187226, sum insured EUR 6,000, beneficiary: you.

To pay within two working days we only need:
1. a copy of the death certificate (Sterbeurkunde) - if the registry office needs longer, the funeral home's confirmation of death with the doctor's certificate is enough for now, the Sterbeurkunde can follow;
2. a copy of your ID card;
3. your bank details.

Since the policy is in its ninth year, we do not need any information on the cause of death.

You can upload everything at https://postfach.haselbrunner.example or hand it to the funeral home Pietät Sonnenweg, who will send it to us through our partner portal.

With kind regards
Yusuf Demirci
Life Claims / Death Benefits
Haselbrunner Lebensversicherung AG
+49 5521 880-4418
"""
    return plain(st("dem"), ("Karim Haddad", "k.haddad@kabelnet.example"),
                 "Your father's funeral plan SG-4471-187226", "2025-03-17 11:05", body, mailer=OL)


@mail("NORMAL", "de", "internal",
      "trap: DOCX standard operating procedure for paying undertakers under assignments - process only, no person")
def m144():
    d = docx([("h", "Arbeitsanweisung AA-LEB-21: Auszahlung an Bestatter bei Abtretung"),
              "Gültig ab 01.05.2025 · Verantwortlich: Leitung Leistung Leben",
              ("h", "1. Prüfung der Abtretung"),
              "Die Abtretungserklärung muss vom Anspruchsinhaber (Bezugsberechtigte/r oder Erbe) unterschrieben sein. Liegt kein Bezugsrecht vor, ist vor Auszahlung ein Erbnachweis erforderlich.",
              "Abtretungen durch Betreuer: Betreuerausweis mit Aufgabenkreis Vermögenssorge prüfen.",
              ("h", "2. Höhe"),
              "Ausgezahlt wird höchstens der Rechnungsbetrag des Bestatters, nie mehr als die fällige Leistung. Der Rest geht an den Anspruchsinhaber.",
              ("h", "3. Staffelzeit"),
              "Ist der Vertrag in der Staffelzeit, wird der Bestatter nur in Höhe der gestaffelten Leistung bedient, solange die Todesursache nicht vorliegt. Dem Bestatter wird die Todesursache nie mitgeteilt.",
              ("h", "4. Vier-Augen-Prinzip"),
              ("table", [["Betrag", "Freigabe"], ["bis 10.000 EUR", "Sachbearbeitung + 2. Sachbearbeitung"],
                         ["über 10.000 EUR", "zusätzlich Teamleitung"], ["über 15.000 EUR", "zusätzlich Meldung Rückversicherung prüfen"]]),
              ("h", "5. Dokumentation"),
              "Abtretung, Rechnung und Zahlungsbeleg werden im DMS unter dem Leistungsfall abgelegt. Medizinische Unterlagen nie in die Bestatterakte."],
             title="AA-LEB-21", author="Birgit Oelschläger", date=(2025, 4, 24, 9, 0, 0))
    body = """Hallo zusammen,

anbei die finale AA-LEB-21 (Auszahlung an Bestatter bei Abtretung), gültig ab 1. Mai. Änderungen gegenüber der Vorversion: Abschnitt 3 (Staffelzeit) und die Freigabegrenzen in Abschnitt 4.

Viele Grüße
Birgit
"""
    return msg(st("oel"), ("Leistung Leben – alle", "leistung-leben-alle@" + DOM), "AA-LEB-21 Auszahlung an Bestatter – final",
               "2025-04-24 09:12", mixed(text(body), att(d, MT["docx"], "AA-LEB-21_Auszahlung_Bestatter_Abtretung.docx")),
               mailer=OL)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: prospect asking about funeral insurance without health questions gets generic product information - no contract or health data")
def m145():
    body = """Sehr geehrte Frau Lorenz,

vielen Dank für Ihr Interesse an unserer Sterbegeldversicherung.

Sie fragen, ob man bei uns eine Sterbegeldversicherung ganz ohne Gesundheitsfragen abschließen kann. Ja – das ist unser Tarif "Abschied Plus":

  • Versicherungssummen von 3.000 bis 15.000 EUR
  • Abschluss bis zum Alter von 85 Jahren
  • keine Gesundheitsfragen, keine ärztliche Untersuchung
  • bei Tod durch Krankheit gilt in den ersten zwei Jahren eine gestaffelte Leistung, bei Unfalltod zahlen wir vom ersten Tag an voll
  • auf Wunsch Abtretung an ein Bestattungsunternehmen Ihrer Wahl

Wenn Sie gesund sind, kann "Abschied Komfort" mit wenigen Gesundheitsfragen günstiger sein – dort gibt es keine Staffelung.

Den Beitrag können Sie online unter https://www.haselbrunner.example/sterbegeld berechnen. Gern schicken wir Ihnen auch unsere Broschüre "Was tun im Todesfall?" per Post – dafür bräuchten wir nur Ihre Anschrift.

Mit freundlichen Grüßen
Kemal Arslan
Kundenservice
Haselbrunner Lebensversicherung AG
Telefon 05521 880-4107
"""
    return plain(st("ars"), ("Beate Lorenz", "beate.lorenz@web-post.example"), "Ihre Anfrage zur Sterbegeldversicherung",
                 "2025-08-18 13:12", body, mailer=OL)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "US heir of a fund savings depot: heirs' names, address, transfer options (no life contract, no health)")
def m146():
    body = """Dear Mr Brooks-Reinhardt,

thank you for sending us the certificate of inheritance (Erbschein) of the Amtsgericht Kaltenbrück of 28 April 2025. It shows that you and your brother, Mr Paul Reinhardt (Hamburg), have each inherited one half of the estate of your late mother, Mrs Gisela Reinhardt.

Your mother's fund savings plan 5520-095512 holds 1,208.44 units HB Vorsorge Ausgewogen (about EUR 38,500 as at 9 May 2025).

For your half you have two options:
(a) sale of the units and payment in EUR to a bank account in your name, or
(b) transfer of the units to a securities account in your name. Please note that many US brokers cannot hold German investment funds, so in practice (a) is usually simpler.

Because you live in the US (address on file: 1180 Sycamore Lane, Evanston, IL 60201), we need a US tax form before we can pay out - we will send you the details separately.

Your brother has already chosen option (b) to his account in Hamburg.

Kind regards
Holger Brandt
Haselbrunner Invest GmbH - Depot Services
"""
    return plain(st("bra"), ("Nathan Brooks-Reinhardt", "nbrooksr@prairie-mail.example"),
                 "Your mother's fund savings plan 5520-095512", "2025-05-12 17:30", body, charset="iso-8859-1",
                 cte="quoted-printable", mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only premium invoice for personal liability insurance: named customer, address, policy, amount, debit IBAN")
def m147():
    ib = iban("DE", "26090050" + "0061728830")
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:12px">
<table width="600" cellpadding="10"><tr><td>
<p style="font-size:16px;color:#3d5a4a"><b>Haselbrunner Allgemeine Versicherung AG</b></p>
<p>Frau<br>Ruth Feldhaus<br>Am Kirchberg 2<br>37996 Oberholm</p>
<p><b>Beitragsrechnung 2026 – Privathaftpflichtversicherung PH-4410-18265</b></p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr><td>Versicherungszeitraum</td><td>01.01.2026 – 31.12.2026</td></tr>
<tr><td>Tarif</td><td>Privathaftpflicht Senior (Single)</td></tr>
<tr><td>Nettobeitrag</td><td align="right">55,46 EUR</td></tr>
<tr><td>Versicherungsteuer 19 %</td><td align="right">10,54 EUR</td></tr>
<tr><td><b>Gesamtbeitrag</b></td><td align="right"><b>66,00 EUR</b></td></tr>
<tr><td>Abbuchung am</td><td>02.01.2026 vom Konto %s</td></tr>
</table>
<p>Sie müssen nichts weiter tun. Bei Fragen erreichen Sie uns unter 05521 880-4230.</p>
<p style="font-size:10px;color:#777">Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.</p>
</td></tr></table></body></html>
""".replace("19 %", "19 %%") % grp(ib)
    return msg(("Haselbrunner Beitragsservice", "beitragsservice@" + DOM), ("Ruth Feldhaus", "ruth.feldhaus@web-post.example"),
               "Ihre Beitragsrechnung 2026 – PH-4410-18265", "2025-11-20 03:05:14", html(h, cte="base64"), mailer=SYS)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: order to a translation agency for English product documents (health questions, graded benefit) - no person")
def m148():
    body = """Dear Ms Okonkwo,

please go ahead with the translation as quoted (quote TQ-25-0418, EUR 0.19 per source word):

Documents (German -> English, UK spelling):
  1. Produktinformationsblatt Abschied Plus 2025 (2 pages, 780 words)
  2. Produktinformationsblatt Abschied Komfort 2025 incl. the health questionnaire (4 pages, 1,640 words)
  3. Versicherungsbedingungen AVB SG-P 2025, §§ 1-15 (9,400 words) - for information only, the German text remains binding
  4. Brochure "Was tun im Todesfall?" (2,050 words)

Terminology: please use our glossary (attached to the quote): e.g. "gestaffelte Leistung" = "graded benefit", "Bezugsrecht" = "beneficiary designation", "Todesbescheinigung" = "medical certificate of cause of death". Our English-speaking colleague Claire Whitford-Bauer will review the drafts.

Deadline: 15 August 2025. Files in DOCX, please keep the layout.

Purchase order: B-4500-2025-0537.

Kind regards
Svenja Körber
Purchasing
Haselbrunner Lebensversicherung AG
"""
    return plain(st("koe"), ("Adaeze Okonkwo", "projects@lingua-bridge.example"),
                 "Order B-4500-2025-0537 - translation of funeral plan documents", "2025-07-11 10:45", body,
                 cc=[st("whi")], mailer=OL)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "beneficiary change on a named customer's funeral plan to his husband (sexual orientation) - life contract")
def m149():
    body = """Dear Mr Brandt-Ellis,

congratulations on your wedding, and thank you for sending us the marriage certificate.

We have changed the beneficiary of your funeral plan as requested:

  Policy:            SG-4471-210677 (Abschied Plus, EUR 8,000)
  Insured person:    Thomas Brandt-Ellis (previously Thomas Brandt), born 9 December 1963
  New beneficiary:   your husband, Mr Michael Ellis-Brandt (revocable)
  Previous:          "the heirs"

We have also updated your surname in our records. A new policy schedule will be sent to your address in Kaltenbrück.

Just so you know: if you would like your husband to be able to manage the policy for you (e.g. change the payment account), you can add him as an authorised person with a simple form - just let me know.

Kind regards

Claire Whitford-Bauer
International Customer Desk
Haselbrunner Lebensversicherung AG
"""
    return plain(st("whi"), ("Thomas Brandt-Ellis", "t.brandt-ellis@kabelnet.example"),
                 "Beneficiary change - SG-4471-210677", "2025-06-27 11:58", body, cte="8bit", mailer=OL)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household contract ended after the policyholder's death: son's name, mother's address, policy, refund to his IBAN")
def m150():
    ib = iban("DE", "25050180" + "0910442211")
    body = """Sehr geehrter Herr Vogt,

vielen Dank für Ihre Nachricht und die Kopie der Sterbeurkunde Ihrer Mutter, Frau Anneliese Vogt.

Die Hausratversicherung HR-2210-38824 für die Wohnung Gartenstraße 8, 37991 Kaltenbrück, haben wir zum 28.03.2025 beendet (zwei Monate nach dem Todestag, § 13 VHB). Ihre Schwester, Frau Vogt-Renner, hat uns bestätigt, dass die Wohnung bis dahin geräumt war.

Den nicht verbrauchten Beitrag für April bis Dezember 2025 in Höhe von 73,13 EUR überweisen wir – wie von der Erbengemeinschaft gewünscht – auf Ihr Konto:

  Kontoinhaber: Thomas Vogt
  IBAN: %s

Damit ist der Vertrag abgeschlossen. Noch einmal unser herzliches Beileid.

Mit freundlichen Grüßen
Jana Pröbsting
Kundenservice Sach
Haselbrunner Allgemeine Versicherung AG · 05521 880-4230
""" % grp(ib)
    return plain(st("pro"), ("Thomas Vogt", "thomas.vogt@hannover-net.example"),
                 "Hausrat HR-2210-38824 – Vertragsende und Erstattung", "2025-04-03 10:18", body, mailer=OL)

# ================================================================ build and check
def build(outdir):
    md = os.path.join(outdir, "mails")
    if os.path.isdir(md):
        for f in os.listdir(md):
            if f.endswith(".eml"):
                os.remove(os.path.join(md, f))
    os.makedirs(md, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(REG):
        f, label, lang, kind, reason = REG[n]
        CURRENT[0] = n
        data = f()
        assert isinstance(data, bytes), n
        name = "%s-%04d.eml" % (PREFIX, n)
        with open(os.path.join(md, name), "wb") as fh:
            fh.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    return len(REG)


IBAN_RE = re.compile(r"\b(DE|AT|GB|IE|NL|ES|CH|FR|BE|LU|IT|PL|TR)(\d{2})((?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
IBAN_LEN = {"DE": 22, "AT": 20, "GB": 22, "IE": 22, "NL": 18, "ES": 24, "CH": 21, "FR": 27, "BE": 16, "LU": 20,
            "IT": 27, "PL": 28, "TR": 26}
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
XML_NS_OK = ("schemas.openxmlformats.org", "purl.org", "www.w3.org", "schemas.microsoft.com")


def _check_pdf(b, where):
    assert b.startswith(b"%PDF-1."), where + ": not a PDF"
    assert b.rstrip().endswith(b"%%EOF"), where + ": no %%EOF"
    sx = int(b[b.rindex(b"startxref") + 9:].split()[0])
    assert b[sx:sx + 4] == b"xref", where + ": bad startxref"
    lines = b[sx:].split(b"\n")
    first, count = map(int, lines[1].split())
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        assert b[off:].startswith(b"%d 0 obj" % i), where + ": xref offset of obj %d" % i
    for m in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", b):
        ln = int(m.group(1))
        data = b[m.end():m.end() + ln]
        if m.group(2):
            zlib.decompress(data)
        assert b[m.end() + ln:].lstrip(b"\n").startswith(b"endstream"), where + ": stream length"


def _check_zip(b, where, kind):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.testzip() is None, where + ": corrupt zip"
    names = z.namelist()
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            ET.fromstring(z.read(nm))
    if kind == "docx":
        assert "word/document.xml" in names, where
    elif kind == "xlsx":
        assert "xl/workbook.xml" in names, where
    elif kind in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, where
        assert z.read("mimetype").decode() == MT[kind], where
    elif kind == "zip":
        for nm in names:
            _check_blob(z.read(nm), nm, where + "/" + nm)
    return names


def _check_blob(b, filename, where):
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if ext == "pdf":
        _check_pdf(b, where)
    elif ext in ("docx", "xlsx", "odt", "ods", "zip"):
        _check_zip(b, where, ext)
    elif ext == "ics":
        t = b.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), where
    elif ext in ("csv", "txt", "log"):
        try:
            b.decode("utf-8")
        except UnicodeDecodeError:
            b.decode("cp1252")
    elif ext == "eml":
        m = email.message_from_bytes(b, policy=email.policy.default)
        assert m["Subject"] is not None, where


def _texts(m):
    """All decoded text of text/* parts (incl. nested messages) plus decoded headers."""
    out = []
    for k in ("From", "To", "Cc", "Subject", "Reply-To"):
        if m[k] is not None:
            out.append(str(m[k]))
    for part in m.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/rfc822":
            inner = part.get_payload()[0]
            for k in ("From", "To", "Cc", "Subject"):
                if inner[k] is not None:
                    out.append(str(inner[k]))
    return "\n".join(out)


def check():
    errors = []
    # 1. rebuild byte-identical
    tmp = tempfile.mkdtemp(prefix="d114chk")
    try:
        build(tmp)
        for fn in ["labels.tsv"] + ["mails/%s-%04d.eml" % (PREFIX, n) for n in sorted(REG)]:
            a = os.path.join(HERE, fn)
            b = os.path.join(tmp, fn)
            if not os.path.exists(a):
                errors.append("missing " + fn)
                continue
            if open(a, "rb").read() != open(b, "rb").read():
                errors.append("rebuild differs: " + fn)
    finally:
        shutil.rmtree(tmp)
    extra = sorted(set(os.listdir(os.path.join(HERE, "mails"))) - {"%s-%04d.eml" % (PREFIX, n) for n in REG})
    if extra:
        errors.append("unexpected files in mails/: %s" % extra)
    # 2. labels
    rows = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad header")
    rows = [r.split("\t") for r in rows[1:]]
    if len(rows) != 150 or sorted(REG) != list(range(1, 151)):
        errors.append("expected 150 mails m001..m150, got %d rows / %d functions" % (len(rows), len(REG)))
    cnt, lang = {}, {}
    for r in rows:
        if len(r) != 5 or not all(x.strip() for x in r):
            errors.append("bad row %r" % (r,))
            continue
        if r[1] not in LABELS or r[2] not in LANGS:
            errors.append("bad label/lang %r" % (r,))
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        lang[r[2]] = lang.get(r[2], 0) + 1
    if cnt != {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}:
        errors.append("label counts %r" % cnt)
    tot = sum(lang.values()) or 1
    if not (0.55 <= lang.get("de", 0) / tot <= 0.60 and 0.35 <= lang.get("en", 0) / tot <= 0.40):
        errors.append("language shares %r" % lang)
    # 3. parse every mail
    mids = set()
    nparts = {"attachments": 0}
    for r in rows:
        path = os.path.join(HERE, "mails", r[0])
        raw = open(path, "rb").read()
        try:
            m = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if m[h] is None:
                    raise AssertionError("missing header " + h)
            if not re.search(r"[@.]" + re.escape(DOM) + r">?$", str(m["From"]).lower()):
                raise AssertionError("sender not from insurer: %s" % m["From"])
            if m["Message-ID"] in mids:
                raise AssertionError("duplicate Message-ID")
            mids.add(m["Message-ID"])
            m["Date"].datetime
            for part in m.walk():
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                fn = part.get_filename()
                if ct == "message/rfc822":
                    inner = part.get_payload()[0]
                    if inner["Subject"] is None:
                        raise AssertionError("forwarded message without subject")
                    continue
                payload = part.get_content()
                if fn:
                    nparts["attachments"] += 1
                    data = payload if isinstance(payload, bytes) else payload.encode("utf-8")
                    if isinstance(payload, str):
                        data = part.get_payload(decode=True)
                    _check_blob(data, fn, r[0] + ":" + fn)
            alltext = _texts(m)
            for dm in MAIL_RE.finditer(alltext):
                if not dm.group(1).lower().endswith(".example"):
                    raise AssertionError("non-.example mail domain: " + dm.group(0))
            for u in URL_RE.finditer(alltext):
                if not u.group(1).lower().rstrip(".").endswith(".example"):
                    raise AssertionError("non-.example URL: " + u.group(0))
            for im in IBAN_RE.finditer(alltext):
                s = im.group(0).replace(" ", "")
                if len(s) == IBAN_LEN.get(im.group(1)) and not iban_ok(s) and s not in INVALID_IBANS_OK:
                    raise AssertionError("IBAN with bad checksum: " + im.group(0))
        except Exception as e:  # noqa
            errors.append("%s: %s: %s" % (r[0], type(e).__name__, e))
    if errors:
        print("CHECK FAILED (%d problems)" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        return 1
    de, en, mx = lang.get("de", 0), lang.get("en", 0), lang.get("mixed", 0)
    print("check ok: %d mails re-parsed, rebuild byte-identical, %d attachments opened" % (len(rows), nparts["attachments"]))
    print("labels: NORMAL %d, CONFIDENTIAL %d, STRICTLY_CONFIDENTIAL %d" % (cnt["NORMAL"], cnt["CONFIDENTIAL"], cnt["STRICTLY_CONFIDENTIAL"]))
    print("languages: de %d (%.1f %%), en %d (%.1f %%), mixed %d" % (de, 100.0 * de / tot, en, 100.0 * en / tot, mx))
    return 0


INVALID_IBANS_OK = set()

if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    print("wrote %d mails to %s" % (build(HERE), os.path.join(HERE, "mails")))
