#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent Siegel mail corpus dev144 (prefix d144-, seed 144).

Fictitious direct insurer "Fjordia" (fjordia.example), selling online and by
phone only: motor, household, liability, travel, pet, dental supplementary,
term life and disability (BU) cover.

Python standard library only.

    python3 make_corpus.py           # writes mails/d144-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp dir, compares byte by byte,
                                     # parses and validates every mail and attachment

Every mail is its own hand-written function below (section MAILS).  The only
shared pieces are the MIME helpers, the staff signatures and the legal footers.
"""

import csv
import datetime
import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from xml.etree import ElementTree as ET
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses

SEED = 144
PREFIX = "d144-"
N_MAILS = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# state used while building (reset by build())
# --------------------------------------------------------------------------
MAILS = []          # (function, label, lang, kind, reason)
CUR = {"n": 0, "rng": None}


def mail(label, lang, kind, reason):
    """Register a mail function; its number is its position in this file."""
    assert label in WANT, label
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# --------------------------------------------------------------------------
# small helpers: dates, IBANs
# --------------------------------------------------------------------------
def _tz(d):
    # Germany: CEST from 2026-03-29 01:00 UTC to 2026-10-25 01:00 UTC
    if datetime.datetime(2026, 3, 29, 2) <= d < datetime.datetime(2026, 10, 25, 3):
        return datetime.timezone(datetime.timedelta(hours=2))
    return datetime.timezone(datetime.timedelta(hours=1))


def when(s):
    """'2026-03-04 09:12' -> aware datetime in German local time."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=_tz(d))


def rfcdate(s):
    return format_datetime(when(s))


def iban_de(blz, konto):
    """German IBAN (ISO 13616 / ISO 7064 mod 97-10), ungrouped."""
    bban = "%08d%010d" % (int(blz), int(konto))
    num = int(bban + "131400")          # D=13 E=14 + '00'
    check = 98 - num % 97
    return "DE%02d%s" % (check, bban)


def iban_at(blz, konto):
    bban = "%05d%011d" % (int(blz), int(konto))
    num = int(bban + "102900")          # A=10 T=29
    return "AT%02d%s" % (98 - num % 97, bban)


def grp(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    r = s[4:] + s[:4]
    digits = "".join(str(int(c, 36)) for c in r)
    return int(digits) % 97 == 1


# --------------------------------------------------------------------------
# message helpers
# --------------------------------------------------------------------------
INSURER = "fjordia.example"


def new(frm, to, subject, date, cc=None, reply_to=None, mailer=None, headers=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    n = CUR["n"]
    salt = "%06x" % CUR["rng"].getrandbits(24)
    m["Message-ID"] = "<%s.%s.%04d@%s>" % (when(date).strftime("%Y%m%d%H%M"), salt, n, "mx1." + INSURER)
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in (headers or []):
        m[k] = v
    return m


def text(m, body, charset="utf-8", cte="quoted-printable", subtype="plain", params=None):
    m.set_content(body, subtype=subtype, charset=charset, cte=cte, params=params or {})
    return m


def alt(m, plain, html, charset="utf-8", cte="quoted-printable", html_cte=None):
    m.set_content(plain, charset=charset, cte=cte)
    m.add_alternative(html, subtype="html", charset=charset, cte=html_cte or cte)
    return m


def attach(m, data, ctype, filename, charset=None, cte=None, params=None):
    maintype, subtype = ctype.split("/")
    if isinstance(data, EmailMessage):
        m.add_attachment(data, filename=filename) if filename else m.add_attachment(data)
        return m
    if isinstance(data, str):
        assert maintype == "text"
        kw = dict(subtype=subtype, charset=charset or "utf-8", filename=filename)
        if cte:
            kw["cte"] = cte
        if params:
            kw["params"] = params
        m.add_attachment(data, **kw)
        return m
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def inner(frm, to, subject, date, body, charset="utf-8", cte="quoted-printable", cc=None, msgid=None):
    """A complete earlier message, to be forwarded as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    m["Message-ID"] = msgid or "<%s.fw%04d@%s>" % (when(date).strftime("%Y%m%d%H%M%S"), CUR["n"], frm.split("@")[-1].strip(">").strip())
    m.set_content(body, charset=charset, cte=cte)
    return m


def quote(s):
    """'>'-quote a block of text."""
    return "\n".join((">" + (" " + ln if ln else "")) if not ln.startswith(">") else ">" + ln for ln in s.split("\n"))


# --------------------------------------------------------------------------
# attachments written with the standard library
# --------------------------------------------------------------------------
ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def _zip(members, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        if stored_first:
            zi = zipfile.ZipInfo(stored_first[0], date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, stored_first[1])
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def zipfile_of(members):
    """An ordinary ZIP archive; members = [(name, bytes)]."""
    return _zip(members)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def pdf(lines, title="Dokument", created="20260105090000", compress=False):
    """Minimal valid PDF 1.4 with a Helvetica text layer (WinAnsi).

    lines: list of str; '# ' prefix = bold line; '\\f' = page break."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= 52:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append(cur)

    def esc(s):
        out = []
        for b in s.encode("cp1252"):
            c = chr(b)
            if c in "\\()":
                out.append("\\" + c)
            elif b < 32 or b > 126:
                out.append("\\%03o" % b)
            else:
                out.append(c)
        return "".join(out)

    objs = []  # index i -> object number i+1
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (Fjordia DocGen 3.2) /CreationDate (D:%s+01'00') >>"
                 % (esc(title), created)).encode("ascii"))
    kids = []
    for pl in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for ln in pl:
            if ln.startswith("# "):
                ops.append("/F2 12 Tf (%s) Tj T* /F1 10 Tf" % esc(ln[2:]))
            else:
                ops.append("(%s) Tj T*" % esc(ln))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("ascii")
        if compress:
            stream = zlib.compress(stream, 9)
            cobj = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        else:
            cobj = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs.append(cobj)
        cnum = len(objs)
        objs.append(None)
        pnum = len(objs)
        objs[pnum - 1] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                          "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cnum).encode("ascii")
        kids.append(pnum)
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode("ascii")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objs) + 1))
    out.write(b"0000000000 65535 f \n")
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


_CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"


def docx(blocks, title="Dokument", author="Fjordia"):
    """blocks: str (paragraph), ('h', str) heading, ('table', [[cells]])."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            body.append(para(b[1], bold=True))
        elif isinstance(b, tuple) and b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        else:
            body.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="%s"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>' % _CT_RELS)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (_x(title), _x(author)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: [(name, rows)], rows = [[str|int|float|None]]."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="%s"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' % _CT_RELS]
    wb_sheets, wb_rels, members = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
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
        members.append(("xl/worksheets/sheet%d.xml" % i,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    ct.append("</Types>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)] + members)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("content.xml", content), ("META-INF/manifest.xml", manifest)],
                stored_first=("mimetype", mime))


def odt(paras):
    body = "".join(('<text:h text:outline-level="1">%s</text:h>' % _x(p[1])) if isinstance(p, tuple)
                   else '<text:p>%s</text:p>' % _x(p) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def ods(sheets):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs))


def csvtext(rows, delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def ics(uid, start, end, summary, location="", description="", organizer="termine@fjordia.example", method="REQUEST"):
    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b[cut:]
        out.append(b.decode("utf-8"))
        return "\r\n ".join(out)

    def e(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    s0, s1 = when(start), when(end)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fjordia//Terminservice 2.1//DE",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:20260101T080000Z",
             "DTSTART;TZID=Europe/Berlin:" + s0.strftime("%Y%m%dT%H%M00"),
             "DTEND;TZID=Europe/Berlin:" + s1.strftime("%Y%m%dT%H%M00"),
             "SUMMARY:" + e(summary)]
    if location:
        lines.append("LOCATION:" + e(location))
    if description:
        lines.append("DESCRIPTION:" + e(description))
    lines += ["ORGANIZER:mailto:" + organizer, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


# --------------------------------------------------------------------------
# staff, signatures and footers (the same person always signs the same way)
# --------------------------------------------------------------------------
STAFF = {
    "brandt": ("Lea Brandt", "lea.brandt", "Kundenservice Kfz", "Motor customer service"),
    "petersen": ("Jonas Petersen", "jonas.petersen", "Schadenservice Sach & Haftpflicht", "Property & liability claims"),
    "okafor": ("Miriam Okafor", "miriam.okafor", "Leistungsservice Zahn", "Dental claims service"),
    "vogt": ("Dr. med. Henrik Vogt", "henrik.vogt", "Leistungsprüfung BU – Ärztlicher Dienst", "Disability claims - medical officer"),
    "lindqvist": ("Sophie Lindqvist", "sophie.lindqvist", "Kundenservice (English Desk)", "Customer Care - English Desk"),
    "nguyen": ("Tim Nguyen", "tim.nguyen", "Product Owner App & Portal", "Product Owner App & Portal"),
    "krueger": ("Anja Krüger", "anja.krueger", "Datenschutzbeauftragte", "Data Protection Officer"),
    "hartmann": ("Felix Hartmann", "felix.hartmann", "Risikoprüfung Leben", "Life underwriting"),
    "reis": ("Carla Reis", "carla.reis", "Marketing & Content", "Marketing & Content"),
    "aydin": ("Deniz Aydın", "deniz.aydin", "Teamlead Chat & Messaging", "Team lead chat & messaging"),
    "schuster": ("Paul Schuster", "paul.schuster", "Einkauf & Facility", "Procurement & facility"),
    "wolf": ("Nadine Wolf", "nadine.wolf", "Beitragsservice", "Premium accounting"),
    "jensen": ("Ole Jensen", "ole.jensen", "Leistungsservice Reise & Tier", "Travel & pet claims"),
    "berg": ("Katharina Berg", "katharina.berg", "Recht & Regress", "Legal & recovery"),
    "bianchi": ("Marco Bianchi", "marco.bianchi", "IT Service Desk", "IT service desk"),
    "hoffmann": ("Julia Hoffmann", "julia.hoffmann", "People & Culture", "People & Culture"),
    "schmitz": ("Rebecca Schmitz", "rebecca.schmitz", "Leistungsservice BU", "Disability claims service"),
    "demir": ("Emre Demir", "emre.demir", "Kundenservice Leben", "Life customer service"),
}


def _dn(name):
    return '"%s"' % name if re.search(r'[.,()@:;]', name) else name


def who(key):
    name, local, _, _ = STAFF[key]
    return "%s <%s@%s>" % (_dn(name), local, INSURER)


def box(local, display):
    return "%s <%s@%s>" % (display, local, INSURER)


def sig(key, lang="de", phone=True):
    name, local, dep_de, dep_en = STAFF[key]
    if lang == "en":
        s = "%s\n%s\nFjordia Direct Insurance" % (name, dep_en)
        if phone:
            s += "\nPhone +49 40 3300 1440 (Mon-Fri 8am-8pm)"
        return s
    s = "%s\n%s\nFjordia Direktversicherung" % (name, dep_de)
    if phone:
        s += "\nTel. 040 3300 1440 (Mo-Fr 8-20 Uhr)"
    return s


FOOTER_DE = ("--\nFjordia Direkt Versicherung AG | Am Sandtorkai 144 | 20457 Hamburg\n"
             "Vorstand: Dr. Ines Marwede (Vors.), Till Harms | Aufsichtsratsvors.: Prof. Ruth Albers\n"
             "Sitz Hamburg, Registergericht Hamburg HRB 990144\n"
             "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige\n"
             "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.")

FOOTER_LEBEN = ("--\nFjordia Lebensversicherung AG | Am Sandtorkai 144 | 20457 Hamburg\n"
                "Vorstand: Dr. Ines Marwede (Vors.), Svenja Kloth | Sitz Hamburg, HRB 990145")

FOOTER_KV = ("--\nFjordia Krankenversicherung AG | Am Sandtorkai 144 | 20457 Hamburg\n"
             "Vorstand: Dr. Ines Marwede (Vors.), Bastian Oelke | Sitz Hamburg, HRB 990146")

FOOTER_EN = ("--\nFjordia Direkt Versicherung AG | Am Sandtorkai 144 | 20457 Hamburg | Germany\n"
             "Board: Dr. Ines Marwede (chair), Till Harms | Registered office Hamburg, HRB 990144\n"
             "This e-mail may contain confidential information. If you are not the intended\n"
             "recipient, please tell the sender and delete it.")

APP_FOOTER_DE = ("Fjordia – Versicherung, die in Ihre Hosentasche passt.\n"
                 "App: https://app.fjordia.example | Kundenkonto: https://mein.fjordia.example")

OUTLOOK = "Microsoft Outlook 16.0"
THUNDERBIRD = "Mozilla Thunderbird 128.4"
CRM = "Fjordia CRM 7.3 (Kundendialog)"
ZENDESK = "Fjordia Servicedesk 2026.1"


# ==========================================================================
# MAILS
# ==========================================================================
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental supplementary: reimbursement of the addressee's professional cleaning and a filling, GOZ positions, quoted app upload")
def m_zahn_pzr_fuellung():
    m = new(who("okafor"), "Leonie Hartwig <leonie.hartwig@netzpost.example>",
            "AW: Rechnung Zahnarzt hochgeladen – Erstattung", "2026-01-08 10:14", mailer=CRM)
    body = """Hallo Frau Hartwig,

danke für den Upload über die App – die Rechnung von Zahnarztpraxis Dr. Solms
vom 17.12.2025 haben wir geprüft.

  GOZ 1040  Professionelle Zahnreinigung          98,40 €
  GOZ 2060  Füllung einflächig, Zahn 25 (Komposit) 71,12 €
  GOZ 0090  Infiltrationsanästhesie                 8,22 €
  -----------------------------------------------------------
  Rechnungsbetrag                                 177,74 €

Aus Ihrem Tarif ZahnPlus 90 erstatten wir die Zahnreinigung bis 120 € im
Kalenderjahr voll und die Füllung zu 90 %. Das macht 98,40 € + 64,01 € +
7,40 € = 169,81 €. Das Geld ist heute an Ihr bekanntes Konto raus, in 1–2
Bankarbeitstagen sollte es da sein.

Vertrag: ZZ-2291 4470-3

Viele Grüße
""" + sig("okafor") + """

> Am 05.01.2026 um 21:47 schrieb Leonie Hartwig über die Fjordia App:
> Hi, hab die Rechnung vom Zahnarzt fotografiert, hoffe man kann alles lesen.
> War die Reinigung und noch ne kleine Füllung oben links. LG Leonie

""" + FOOTER_KV
    return text(m, body)


@mail("NORMAL", "de", "newsletter",
      "trap: app release notes mention uploading doctor's and dentist's invoices and health questions, no person")
def m_app_release_412():
    m = new(box("news", "Fjordia App"), "kundinnen-und-kunden@news.fjordia.example",
            "Neu in der App 4.12: Rechnungen fotografieren, Face-ID & Dark Mode", "2026-01-12 07:30",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/abmelden>"),
                     ("Precedence", "bulk")])
    plain = """Neu in Version 4.12 der Fjordia App

* Arzt- und Zahnarztrechnungen direkt fotografieren: Die App erkennt jetzt
  Rechnungsdatum, Betrag und GOZ-/GOÄ-Ziffern automatisch. Sie prüfen nur noch
  und tippen auf "Einreichen".
* Anmeldung mit Face-ID oder Fingerabdruck – das Passwort brauchen Sie nur noch
  beim ersten Mal.
* Dark Mode. Endlich, sagen 1.300 von Ihnen in den App-Store-Bewertungen.
* Schadenmeldung Kfz: Unfallskizze mit dem Finger zeichnen.

Gut zu wissen: Gesundheitsangaben, die Sie in der App machen, liegen nur
verschlüsselt auf unseren Servern in Frankfurt und werden nie per E-Mail
verschickt.

Update im App Store oder bei Google Play. Fragen? https://hilfe.fjordia.example

Sie erhalten diese Mail, weil Sie App-Neuigkeiten abonniert haben.
Abmelden: https://mein.fjordia.example/abmelden
"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neu in der App 4.12</title></head>
<body style="font-family:Arial,sans-serif;color:#1b2a3a">
<h1 style="color:#0b6e8a">Neu in Version 4.12</h1>
<ul>
<li><b>Arzt- und Zahnarztrechnungen fotografieren</b> &ndash; die App erkennt Datum,
Betrag und GOZ-/GO&Auml;-Ziffern automatisch.</li>
<li><b>Face-ID &amp; Fingerabdruck</b> statt Passwort.</li>
<li><b>Dark Mode</b>. Endlich, sagen 1.300 von Ihnen.</li>
<li><b>Unfallskizze</b> mit dem Finger zeichnen.</li>
</ul>
<p style="font-size:13px">Gesundheitsangaben, die Sie in der App machen, liegen nur
verschl&uuml;sselt auf unseren Servern in Frankfurt und werden nie per E-Mail verschickt.</p>
<p><a href="https://hilfe.fjordia.example">Hilfe-Center</a> &middot;
<a href="https://mein.fjordia.example/abmelden">Abmelden</a></p>
</body></html>
"""
    return alt(m, plain, html)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: eVB number for the addressee's new car with VIN, plate reservation, insured-from date; eVB PDF attached")
def m_evb_neuwagen():
    m = new(who("brandt"), "Finn Ebeling <finn.ebeling@freemail.example>",
            "Ihre eVB-Nummer für den Golf – Kfz-Versicherung KF-2026-118402", "2026-01-09 16:02", mailer=CRM)
    body = """Hallo Herr Ebeling,

wie eben am Telefon besprochen, hier Ihre elektronische Versicherungsbestätigung
für die Zulassung:

  eVB-Nummer:        A7K3QX9
  Fahrzeug:          VW Golf 1.5 eTSI, Erstzulassung 03/2022
  FIN:               WVWZZZCDZNW412887
  Wunschkennzeichen: OD-FE 2207 (bei der Zulassungsstelle reserviert, sagten Sie)
  Versicherungsbeginn: mit Zulassung, frühestens 12.01.2026
  Umfang:            Haftpflicht + Vollkasko 500/150, Werkstattbindung

Ihre SF-Klasse aus dem Vertrag bei der Nordwind Versicherung (SF 4) holen wir
uns selbst, da müssen Sie nichts machen. Den Versicherungsschein bekommen Sie
nach der Zulassung ins Kundenkonto.

Die eVB hängt auch als PDF an, falls die Zulassungsstelle sie ausgedruckt sehen
will (in Bad Oldesloe wollen sie das manchmal).

Gute Fahrt!
""" + sig("brandt") + "\n\n" + FOOTER_DE
    text(m, body, cte="8bit")
    attach(m, pdf(["# Elektronische Versicherungsbestätigung (eVB)",
                   "Fjordia Direkt Versicherung AG - Kraftfahrtversicherung",
                   "",
                   "eVB-Nummer: A7K3QX9",
                   "Versicherungsnehmer: Finn Ebeling",
                   "Anschrift: Lübecker Straße 41, 23843 Bad Oldesloe",
                   "Fahrzeug: VW Golf 1.5 eTSI   FIN: WVWZZZCDZNW412887",
                   "Vertrag: KF-2026-118402",
                   "Gültig bis: 09.07.2026",
                   "",
                   "Diese Bestätigung gilt für die Zulassung bei der Zulassungsbehörde."],
                  title="eVB A7K3QX9", created="20260109160000"),
           "application/pdf", "eVB_A7K3QX9.pdf")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household: the addressee's stolen bike, claim number, police reference, frame number; no health")
def m_bike_theft_berlin():
    m = new(who("lindqvist"), "Liam O'Connor <liam.oconnor@mailbox.example>",
            "Your claim H-26-004417 - stolen bike (Friedrichshain)", "2026-01-13 11:38",
            mailer=ZENDESK)
    body = """Hi Liam,

thanks for reporting the theft through the app. I'm sorry about the bike -
that's a lousy start to the year.

I've opened claim H-26-004417 under your household policy HR-7730 5512.
What we have so far:

- Bike: Canyon Endurace CF 7, frame no. WSB21K0447391
- Stolen: night of 10/11 January 2026, from the locked courtyard at
  Kopernikusstr. 19, 10243 Berlin
- Police report: Polizei Berlin, reference 260111-1388-044187

To finish the claim I still need:

1. the purchase receipt (a photo is fine),
2. a photo of the key of the lock you used (sounds odd, but the policy asks
   for it when a bike is taken from a shared courtyard).

Just upload both in the app under "Claims > H-26-004417 > Add documents".
Once they're in, we usually pay within a week.

Best,
""" + sig("lindqvist", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "chat transcript forwarded to disability claims: named customer with burnout, sick note, therapy; BU policy number")
def m_chat_burnout_forward():
    m = new(who("aydin"), box("bu-leistung", "BU Leistungsservice"),
            "FW: Chat #C-88231 – possible disability claim (English speaking customer)", "2026-01-14 15:21",
            mailer=OUTLOOK)
    body = """Hi team,

forwarding a chat from this afternoon. Customer only speaks English, please
assign someone from the English desk if possible. I told her someone will get
back to her within 2 working days and did NOT promise anything.

Deniz

---------- Chat transcript #C-88231 | 14.01.2026 | channel: app ----------
[14:02] Fjo (bot): Hi! I'm Fjo. What can I help you with?
[14:02] Customer: I need to talk to a human about my disability insurance
[14:03] Fjo (bot): Sure, connecting you with our team. Average wait: 3 min.
[14:06] Deniz (Fjordia): Hi, this is Deniz. How can I help?
[14:07] Customer: hi. my name is Priya Raman, policy BU-5520-8813. I've been off
        work since November, my doctor says it is burnout and I have a sick
        note until end of February at least
[14:08] Customer: I started therapy last week, twice a week. I don't know if I
        can go back to my job (software dev) at all honestly
[14:09] Deniz (Fjordia): I'm sorry to hear that, Priya. Thanks for telling us.
        I'll pass this to our disability claims team; they'll explain what we
        need from you and your doctors.
[14:10] Customer: ok. do I need to send the sick notes?
[14:10] Deniz (Fjordia): Not yet - the team will send you a claim form first.
        Please don't send medical documents by normal e-mail; use the upload in
        the app, it's encrypted.
[14:11] Customer: ok thanks
[14:11] Fjo (bot): Chat ended. How did we do? (rated 5/5)
-------------------------------------------------------------------------

--
""" + sig("aydin", "en", phone=False)
    return text(m, body)


@mail("NORMAL", "de", "internal",
      "trap: workshop minutes about chat processes talk about health data, diagnoses and IBANs in general, no person; DOCX attached")
def m_protokoll_chat_workshop():
    m = new(who("aydin"), "team-chat@fjordia.example",
            "Protokoll Workshop „Sensible Daten im Chat“ (20.01.)", "2026-01-20 17:45",
            cc=who("krueger"), mailer=OUTLOOK)
    body = """Hallo zusammen,

anbei das Protokoll von heute. Kurzfassung für alle, die nicht dabei waren:

1. Im Chat fragen wir KEINE Diagnosen, Medikamente oder Arztberichte ab. Wenn
   Kund:innen das von sich aus schreiben: nicht nachfragen, auf den Upload in
   der App verweisen, Chat normal weiterleiten.
2. IBANs im Chat: Der Bot maskiert ab Release 4.13 alles, was wie eine IBAN
   aussieht (außer den letzten 4 Stellen).
3. Transkripte dürfen intern weitergeleitet werden, aber nur an die
   Fachpostfächer, nicht an private Adressen oder in Teams-Chats.
4. Anja prüft bis Februar, ob wir für BU- und Zahn-Chats eine kürzere
   Löschfrist brauchen.

Danke an alle für die vielen Beispiele!

Deniz
"""
    text(m, body)
    attach(m, docx([("h", "Protokoll Workshop \"Sensible Daten im Chat\""),
                    "Datum: 20.01.2026, 14:00-16:30, Raum Elbe / Teams",
                    "Teilnehmende: Chat-Team (8), Datenschutz (A. Krüger), Leistung Zahn (M. Okafor), App-Team (T. Nguyen)",
                    ("h", "1. Ausgangslage"),
                    "Im Q4 2025 enthielten nach Stichprobe 6 % der Chats Gesundheitsangaben (Diagnosen, Krankschreibungen, Zahnbefunde), "
                    "2 % enthielten vollständige IBANs. Personenbezogene Beispiele wurden im Workshop nur anonymisiert gezeigt.",
                    ("h", "2. Beschlüsse"),
                    ("table", [["Nr.", "Beschluss", "Verantwortlich", "Termin"],
                               ["1", "Keine aktive Abfrage von Gesundheitsdaten im Chat", "Chat-Team", "sofort"],
                               ["2", "IBAN-Maskierung im Bot", "App-Team", "Release 4.13"],
                               ["3", "Weiterleitung nur an Fachpostfächer", "alle", "sofort"],
                               ["4", "Löschfristen BU/Zahn prüfen", "Datenschutz", "28.02.2026"]]),
                    ("h", "3. Offene Punkte"),
                    "Textbausteine für den Hinweis auf den verschlüsselten Upload (DE/EN) - Entwurf bis 30.01."],
                   title="Protokoll Workshop Chat", author="Deniz Aydin"),
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "Protokoll_Workshop_Chat_2026-01-20.docx")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: the addressee's parking dent claim, both plates, nobody hurt, liability payment")
def m_parkrempler():
    m = new(who("brandt"), "Jannik Vosskamp <j.vosskamp@inbox.example>",
            "Ihr Schaden K-26-010932 – Parkrempler Edeka-Parkplatz", "2026-01-15 09:05", mailer=CRM)
    body = """Moin Herr Vosskamp,

kurzes Update zu Ihrem Schaden vom 07.01.:

Die Halterin des anderen Autos (Kennzeichen PI-KM 418) hat sich bei uns
gemeldet. Ihr Kostenvoranschlag über 1.284,60 € für die hintere Stoßstange
ist plausibel, wir zahlen das aus Ihrer Kfz-Haftpflicht (Vertrag
KF-2024-093318, Ihr Fahrzeug PI-JV 77). Verletzt wurde ja zum Glück niemand.

Was das für Sie heißt: Ihr Vertrag wird im nächsten Jahr in der SF-Klasse
zurückgestuft. Sie können den Schaden aber innerhalb von 6 Monaten
"zurückkaufen", also uns die 1.284,60 € erstatten – dann bleibt Ihre SF-Klasse
wie sie ist. Ob sich das lohnt, rechne ich Ihnen gerne aus, einfach kurz
antworten.

Beste Grüße
""" + sig("brandt") + "\n\n" + FOOTER_DE
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "disability claim: request to the GP for a report on the named insured (birth date, diagnoses asked), consent referenced; PDF questionnaire")
def m_bu_arztanfrage():
    m = new(who("schmitz"), '"Praxis Dr. Annika Roloff" <praxis@roloff-allgemeinmedizin.example>',
            "Ärztliche Auskunft zu Ihrer Patientin Frau Mia Kessler, geb. 14.06.1995 – BU-Leistungsantrag",
            "2026-01-19 08:40", mailer=OUTLOOK)
    body = """Sehr geehrte Frau Dr. Roloff,

Ihre Patientin, Frau Mia Kessler (geb. 14.06.1995, wohnhaft Gutenbergstraße 8,
70176 Stuttgart), hat bei uns Leistungen aus ihrer Berufsunfähigkeits-
versicherung (Vertrag BU-4108-2267) beantragt. Eine Schweigepflicht-
entbindungserklärung vom 12.01.2026 liegt uns vor; eine Kopie ist im
angehängten Fragebogen abgedruckt.

Frau Kessler gibt an, seit September 2025 wegen eines chronischen
Schmerzsyndroms der Lendenwirbelsäule und einer begleitenden depressiven
Episode arbeitsunfähig zu sein. Wir bitten Sie um einen kurzen Befundbericht
anhand des Fragebogens, insbesondere zu:

- Diagnosen mit ICD-10-Code und Erstdiagnosedatum,
- bisherigen Behandlungen (Physiotherapie, Medikation, Überweisungen),
- Ihrer Einschätzung der Belastbarkeit im Beruf (Pflegefachkraft, Schichtdienst).

Für den Bericht vergüten wir 45,00 € nach Rechnungsstellung. Bitte senden Sie
ihn nicht per einfacher E-Mail zurück, sondern über den Link in unserem
sicheren Postfach oder per Fax an 040 3300 1449.

Mit freundlichen Grüßen
""" + sig("schmitz") + "\n\n" + FOOTER_LEBEN
    text(m, body)
    attach(m, pdf(["# Fragebogen zur ärztlichen Auskunft - Berufsunfähigkeit",
                   "Fjordia Lebensversicherung AG, Leistungsservice BU",
                   "",
                   "Versicherte Person: Mia Kessler, geb. 14.06.1995",
                   "Vertrag: BU-4108-2267     Leistungsfall: L-BU-26-0031",
                   "Beruf: Pflegefachkraft (Klinikum, Schichtdienst)",
                   "",
                   "1. Seit wann ist die Patientin bei Ihnen in Behandlung?",
                   "2. Welche Diagnosen bestehen (ICD-10, Erstdiagnose)?",
                   "   Angaben der Versicherten: M54.5 chronische Lumbago, F32.1 mittelgradige depressive Episode",
                   "3. Welche Medikamente werden verordnet (Wirkstoff, Dosis)?",
                   "4. Welche Überweisungen erfolgten (Orthopädie, Psychotherapie, Reha)?",
                   "5. Wie schätzen Sie die berufliche Belastbarkeit ein?",
                   "",
                   "# Schweigepflichtentbindung (Kopie)",
                   "Ich entbinde die mich behandelnden Ärztinnen und Ärzte gegenüber der",
                   "Fjordia Lebensversicherung AG von der Schweigepflicht für die Prüfung",
                   "meines Leistungsantrags. Stuttgart, 12.01.2026, gez. Mia Kessler"],
                  title="Arztanfrage BU L-BU-26-0031", created="20260119083000", compress=True),
           "application/pdf", "Fragebogen_Arztanfrage_L-BU-26-0031.pdf")
    return m


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: prospect asks whether travel cover pays for Covid and pre-existing conditions; generic product answer, no contract or health data of the writer")
def m_prospect_covid_travel():
    m = new(who("lindqvist"), "Chloe Martin <chloe.m@webpost.example>",
            "Re: Question before buying - does travel insurance cover covid?", "2026-01-16 13:27",
            mailer=ZENDESK)
    body = """Hi Chloe,

good question, and a common one:

- Medical treatment abroad: yes, our travel health cover pays for treatment
  of Covid-19 like any other illness, including hospital stays and a medically
  necessary flight home.
- Trip cancellation: covered if you (or a travel companion) fall ill before
  departure and can't travel, Covid included. A positive test alone without
  symptoms is not enough.
- Pre-existing conditions: treatment of a known condition is covered if it
  gets unexpectedly worse during the trip. Check-ups you'd have had anyway
  are not covered.

Prices start at EUR 14.90 a year for the single plan (under 40). You can
buy it in five minutes at https://www.fjordia.example/reise - no health
questions for the annual travel plan.

Cheers,
""" + sig("lindqvist", "en") + """

> On 15 Jan 2026, Chloe Martin wrote:
> Hi, I'm thinking about getting your annual travel insurance. Does it cover
> covid, and what if I get sick before I leave? Thanks!
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey: pet insurance - named customer's dog, cruciate ligament surgery bill, reimbursement; animal health is not human health")
def m_pet_cruciate():
    m = new(who("jensen"), "Tomasz Nowak <tomasz.nowak@freemail.example>",
            "Bruno's surgery - reimbursement T-26-00214", "2026-01-21 12:50", mailer=CRM)
    plain = """Hello Mr Nowak,

we've checked the invoice from Tierklinik Am Stadtpark for Bruno
(Labrador, born 2021) - cruciate ligament surgery (TPLO) on 12 January 2026.

  Invoice total (GOT, 2x rate)     EUR 2,846.30
  Covered under PetCare OP Plus    EUR 2,846.30
  Your excess per claim            EUR  -250.00
  --------------------------------------------
  Paid to you                      EUR 2,596.30

We transferred the amount today to your account ending in ...4418.
Policy: TK-3301-7745.

Give Bruno a belly rub from us - we hope the rehab goes well.

""" + sig("jensen", "en") + "\n\n" + FOOTER_EN
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello Mr Nowak,</p>
<p>we've checked the invoice from Tierklinik Am Stadtpark for <b>Bruno</b>
(Labrador, born 2021) &ndash; cruciate ligament surgery (TPLO) on 12 January 2026.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Invoice total (GOT, 2x rate)</td><td align="right">EUR 2,846.30</td></tr>
<tr><td>Covered under PetCare OP Plus</td><td align="right">EUR 2,846.30</td></tr>
<tr><td>Your excess per claim</td><td align="right">EUR &minus;250.00</td></tr>
<tr style="border-top:1px solid #999"><td><b>Paid to you</b></td><td align="right"><b>EUR 2,596.30</b></td></tr>
</table>
<p>We transferred the amount today to your account ending in &hellip;4418.<br>
Policy: TK-3301-7745.</p>
<p>Give Bruno a belly rub from us &ndash; we hope the rehab goes well.</p>
<p>Ole Jensen<br>Travel &amp; pet claims<br>Fjordia Direct Insurance</p>
</body></html>
"""
    return alt(m, plain, html)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "term life application: follow-up on the applicant's high blood pressure, medication and BMI")
def m_rl_antrag_blutdruck():
    m = new(who("hartmann"), "Lukas Brenner <lukas.brenner@mailo.example>",
            "Ihr Antrag auf Risikolebensversicherung – eine Rückfrage", "2026-01-22 14:33", mailer=OUTLOOK)
    body = """Hallo Herr Brenner,

danke für Ihren Online-Antrag vom 18.01. (Risikoleben, 250.000 €, 25 Jahre
Laufzeit, Absicherung Baufinanzierung). Bevor wir entscheiden können, brauche
ich zu Ihren Gesundheitsangaben noch ein paar Details:

Sie haben Frage 3 ("Bluthochdruck") mit Ja beantwortet und als Medikament
"Ramipril" angegeben. Dazu bitte:

  a) Seit wann wird der Bluthochdruck behandelt?
  b) Welche Dosis nehmen Sie (z. B. 5 mg täglich)?
  c) Ihre letzten drei gemessenen Werte, gern vom Hausarzt.

Außerdem passt bei Größe 1,82 m und Gewicht 109 kg der BMI (32,9) knapp noch
in unseren Normaltarif – mit Bluthochdruck zusammen kann ich aber einen
Zuschlag noch nicht ausschließen. Ich sage Ihnen vorher Bescheid, Sie
entscheiden dann, ob Sie den Vertrag so wollen.

Am einfachsten laden Sie die Angaben in Ihrem Kundenkonto unter
"Anträge > RL-A-260118-07" hoch.

Viele Grüße
""" + sig("hartmann") + "\n\n" + FOOTER_LEBEN
    return text(m, body)


@mail("NORMAL", "en", "internal",
      "trap: IT ticket about the upload of doctor's invoices failing in the app; only a fictitious test customer")
def m_ticket_upload_bug():
    m = new(who("bianchi"), box("app-team", "App Team"),
            "[JIRA] APP-2291 Android 14: upload of medical invoices stops at 99 %", "2026-01-23 10:11",
            mailer="Jira Service Management")
    body = """Marco Bianchi created APP-2291
Priority: High   Component: Claims upload   Affects: 4.12.0 (Android)

Steps to reproduce (test system only):
1. Log in as test customer "Erika Musterfrau (fiktiv)", user qa-erika-07
2. Claims > Dental > Submit invoice
3. Take a photo of the sample invoice "GOZ_Muster_A4.jpg" (test data set)
4. Upload stops at 99 %, spinner forever, no error

Expected: upload finishes, OCR fills date, amount and GOZ numbers.

Notes:
- Happens on Pixel 7 / 8 with Android 14, not on Android 13 or iOS.
- Same for the doctor's invoice flow (GOA) and the vet invoice flow.
- The customer service desk has had 14 calls about "Arztrechnung haengt" since
  Tuesday. No customer data is attached here on purpose - please ask the
  service desk if you need a real case, they will reproduce it with the
  customer on the phone.

Log excerpt (test device):
  2026-01-23T09:58:41Z UploadWorker: chunk 12/12 sent, awaiting 201
  2026-01-23T09:58:41Z UploadWorker: SocketTimeoutException after 30000 ms

--
This message was sent by Jira Service Management (jira.fjordia.example)
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household: SEPA mandate confirmation with the addressee's full IBAN and policy number")
def m_sepa_hausrat():
    iban = iban_de("43060967", "1187432015")
    m = new(who("wolf"), "Hannah Zielke <hannah.zielke@web-post.example>",
            "Bestätigung Ihres SEPA-Lastschriftmandats – Hausrat HR-5518 0247", "2026-01-26 08:02", mailer=CRM)
    body = """Guten Tag Frau Zielke,

Sie haben in Ihrem Kundenkonto Ihre Bankverbindung geändert. Wir bestätigen
das neue SEPA-Lastschriftmandat:

  Kontoinhaberin:      Hannah Zielke
  IBAN:                %s
  BIC:                 GENODEM1GLS
  Mandatsreferenz:     HR55180247-003
  Gläubiger-ID:        DE98ZZZ09999999144
  Vertrag:             Hausratversicherung HR-5518 0247

Ab dem 01.02.2026 buchen wir den Monatsbeitrag von 6,90 EUR von diesem Konto ab.
Wenn Sie diese Änderung nicht selbst vorgenommen haben, rufen Sie uns bitte
sofort an.

Freundliche Grüße
""" % grp(iban) + sig("wolf") + "\n\n" + FOOTER_DE
    return text(m, body, charset="iso-8859-1", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health: the addressee's hospital stay in Lisbon with gastroenteritis, invoice and reimbursement; hospital invoice PDF attached")
def m_travel_lisbon_hospital():
    m = new(who("jensen"), "Daniel Kim <daniel.kim@inbox.example>",
            "Travel health claim R-26-00561 - Hospital da Luz, Lisbon", "2026-01-27 15:44", mailer=CRM)
    body = """Hello Mr Kim,

your claim for the hospital stay in Lisbon is settled. Summary:

- Admission 02.01.2026, discharge 04.01.2026, Hospital da Luz Lisboa
- Diagnosis on the invoice: acute gastroenteritis with dehydration (A09.0),
  IV fluids, blood tests
- Invoice EUR 3,118.00, paid directly to the hospital by our assistance
  partner on 05.01.2026
- Pharmacy receipt (ondansetron, oral rehydration salts) EUR 23.40 - we will
  transfer this to you in the next few days

Nothing left for you to do. The hospital's final invoice is attached for your
records.

Get well soon (or rather: we hope you are long since fine).

""" + sig("jensen", "en") + "\n\n" + FOOTER_EN
    text(m, body)
    attach(m, pdf(["# Hospital da Luz Lisboa - Fatura / Invoice 2026/00417",
                   "Patient: Daniel Kim    Date of birth: 1993-08-21",
                   "Insurer: Fjordia Krankenversicherung AG, policy RK-9921-0040",
                   "Admission: 2026-01-02 23:10   Discharge: 2026-01-04 11:00",
                   "Diagnosis: A09.0 Gastroenteritis, infectious origin; E86 dehydration",
                   "",
                   "Emergency consultation                      180.00",
                   "Inpatient stay, 2 nights, ward               1,740.00",
                   "IV therapy, electrolytes                     412.00",
                   "Laboratory (CBC, CRP, electrolytes)         386.00",
                   "Medication                                   400.00",
                   "Total EUR                                 3,118.00",
                   "",
                   "Paid by: assistance partner on behalf of the insurer, 2026-01-05"],
                  title="Invoice 2026/00417", created="20260104120000"),
           "application/pdf", "HospitalDaLuz_Invoice_2026-00417.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification mail, no content, only 'new message in your mailbox'")
def m_portal_notification():
    m = new(box("no-reply", "Mein Fjordia"), "sarah.kowalczyk@netzpost.example",
            "Sie haben eine neue Nachricht in Mein Fjordia", "2026-01-28 06:58",
            headers=[("Auto-Submitted", "auto-generated")])
    plain = """Guten Tag,

in Ihrem Postfach bei Mein Fjordia liegt eine neue Nachricht für Sie.

Aus Sicherheitsgründen schicken wir den Inhalt nicht per E-Mail. Melden Sie
sich bitte in der App oder unter https://mein.fjordia.example an, um die
Nachricht zu lesen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Ihr Fjordia-Team
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Guten Tag,</p>
<p>in Ihrem Postfach bei <b>Mein Fjordia</b> liegt eine neue Nachricht f&uuml;r Sie.</p>
<p>Aus Sicherheitsgr&uuml;nden schicken wir den Inhalt nicht per E-Mail.</p>
<p><a href="https://mein.fjordia.example/postfach" style="background:#0b6e8a;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p style="color:#777;font-size:12px">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.</p>
</body></html>
"""
    return alt(m, plain, html, cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "private liability: the addressee dropped a friend's phone, claim number, payout at current value; no health")
def m_handy_freundin():
    m = new(who("petersen"), "Aylin Demirtas <aylin.d@mailbox.example>",
            "Re: Handy von meiner Freundin runtergefallen :(", "2026-01-29 11:20", mailer=CRM)
    body = """Hallo Frau Demirtas,

kein Stress, genau dafür gibt's die Privathaftpflicht. Ich hab den Schaden
unter PH-26-002283 angelegt (Ihr Vertrag PH-8810 3374).

Für Ihre Freundin, Frau Jessica Lang, brauche ich noch:
- Kaufbeleg des iPhone 14 (Kaufdatum steht drauf),
- den Kostenvoranschlag von dem Reparaturladen, den Sie erwähnt haben.

Da das Handy gut drei Jahre alt ist, zahlen wir den Zeitwert, falls die
Reparatur teurer wird als das Gerät noch wert ist. Ich melde mich dann direkt
bei Frau Lang, wenn Sie mir ihre Mailadresse schicken – oder sie lädt die
Unterlagen über den Link hier hoch: https://upload.fjordia.example/PH-26-002283

Viele Grüße
""" + sig("petersen") + """

-----Ursprüngliche Nachricht-----
Von: Aylin Demirtas <aylin.d@mailbox.example>
Gesendet: Mittwoch, 28. Januar 2026 22:13
An: service@fjordia.example
Betreff: Handy von meiner Freundin runtergefallen :(

hallo, mir ist am samstag das handy von meiner freundin auf die fliesen
gefallen als ich ein foto machen wollte, display komplett kaputt. zahlt das
meine haftpflicht?? vertragsnummer weiß ich grad nicht, läuft über meine
handynummer 0176 4418207
"""
    return text(m, body)


@mail("NORMAL", "en", "internal",
      "trap: monthly customer-satisfaction figures by line incl. dental and disability claims, aggregates only; XLSX attached")
def m_csat_stats():
    m = new(who("reis"), "leadership-circle@fjordia.example",
            "CSAT & NPS December 2025 - figures attached", "2026-01-09 09:02", mailer=OUTLOOK)
    body = """Hi all,

December figures are in the attached sheet. Highlights:

- NPS overall +41 (Nov: +38). Motor claims up most after the new photo flow.
- Dental claims CSAT 4.6/5 - fastest payouts of all lines (median 2.1 days).
- Disability claims CSAT 3.4/5, mostly comments on "too many forms" and
  waiting for doctors' reports. Product and BU claims will look at it in the
  February review.
- Chat: 61 % solved by Fjo (bot) without handover.

No verbatims with personal details are in the file; the comment column is
clustered by topic only.

Carla
"""
    text(m, body)
    rows = [["Line", "Surveys", "CSAT (1-5)", "NPS", "Median days to payout", "Top comment cluster"],
            ["Motor", 1822, 4.4, 44, 6.5, "photo upload easy"],
            ["Household", 640, 4.3, 39, 8.0, "receipts hard to find"],
            ["Liability", 512, 4.2, 36, 9.5, "third party slow"],
            ["Travel", 388, 4.1, 31, 11.0, "foreign invoices"],
            ["Pet", 295, 4.5, 52, 4.0, "vet direct billing wanted"],
            ["Dental", 1104, 4.6, 55, 2.1, "fast payout"],
            ["Term life", 57, 4.0, 22, None, "application questions"],
            ["Disability", 83, 3.4, -4, 64.0, "too many forms"],
            ["Total", 5901, 4.4, 41, None, ""]]
    attach(m, xlsx([("Dec 2025", rows), ("Notes", [["Source", "Post-claim survey (app + mail)"],
                                                    ["Cells < 30 surveys", "not reported"]])]),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "CSAT_NPS_2025-12.xlsx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disability claim accepted: the addressee's herniated disc L4/L5 (M51.1), surgery, monthly benefit; decision letter PDF")
def m_bu_anerkenntnis_bandscheibe():
    m = new(who("schmitz"), "Dominik Reuter <dominik.reuter@freemail.example>",
            "Ihre BU-Leistung – gute Nachrichten", "2026-02-02 10:30", mailer=OUTLOOK)
    body = """Hallo Herr Reuter,

ich hatte Ihnen am Telefon versprochen, dass Sie es zuerst per Mail erfahren:
Wir erkennen Ihre Berufsunfähigkeit an.

Grundlage sind die Berichte von Dr. Wenzel (Neurochirurgie) und der Reha-
Klinik Bad Bramstedt. Nach dem Bandscheibenvorfall L4/L5 (M51.1) mit OP im
August 2025 können Sie als Dachdecker dauerhaft nicht mehr auf dem Dach
arbeiten – das sehen unsere Ärzte genauso.

Was jetzt passiert:
- Sie bekommen rückwirkend ab 01.09.2025 monatlich 1.800 € BU-Rente,
  die Nachzahlung (5 Monate = 9.000 €) geht diese Woche raus.
- Ihr Beitrag für den Vertrag BU-3307-1192 entfällt ab September 2025; zu
  viel gezahlte Beiträge erstatten wir mit.
- In etwa 18 Monaten fragen wir einmal nach, wie es Ihnen geht.

Den offiziellen Bescheid finden Sie im Anhang und in Ihrem Kundenkonto.

Alles Gute für Ihre Umschulung!
""" + sig("schmitz") + "\n\n" + FOOTER_LEBEN
    text(m, body)
    attach(m, pdf(["# Leistungsentscheidung Berufsunfähigkeit",
                   "Fjordia Lebensversicherung AG - Leistungsservice BU",
                   "",
                   "Versicherte Person: Dominik Reuter, geb. 03.02.1991",
                   "Vertrag: BU-3307-1192   Leistungsfall: L-BU-25-0417",
                   "Zuletzt ausgeübter Beruf: Dachdecker (Vollzeit)",
                   "",
                   "Medizinischer Sachverhalt:",
                   "Lumbaler Bandscheibenvorfall L4/L5 (M51.1), Nukleotomie 14.08.2025,",
                   "Anschlussheilbehandlung bis 19.09.2025; Restbeschwerden, Heben > 10 kg",
                   "und Arbeiten in Zwangshaltung dauerhaft nicht zumutbar.",
                   "",
                   "Entscheidung: Berufsunfähigkeit zu 100 % ab 01.09.2025 anerkannt.",
                   "Monatliche Rente: 1.800,00 EUR; Beitragsbefreiung ab 01.09.2025.",
                   "Nachprüfung vorgesehen: 08/2027"],
                  title="Leistungsentscheidung L-BU-25-0417", created="20260202100000"),
           "application/pdf", "Leistungsentscheidung_BU_Reuter.pdf")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: no-claims class transfer from the previous insurer with the addressee's birth date and previous policy number")
def m_sf_transfer_en():
    m = new(who("brandt"), "Matteo Russo <matteo.russo@webpost.example>",
            "Your no-claims bonus (SF class) - we need one detail", "2026-02-03 09:47", mailer=CRM)
    body = """Hello Mr Russo,

welcome to Fjordia! To take over your no-claims discount from your previous
insurer we sent them the standard request, but they could not match it:

  Name as we have it:     Matteo Russo
  Date of birth:          07/11/1996
  Previous insurer:       Hanse Auto Direkt
  Previous policy no.:    HAD-77-4420193
  Vehicle:                Fiat 500e, plate HH-MR 1196

They say they have you with date of birth 11/07/1996 - probably day and
month swapped somewhere. Could you reply with a photo of your old policy
schedule (or the cancellation letter)? Then I'll send it to them again.

Until this is sorted, your new policy KF-2026-120877 runs with the SF class
you told us (SF 6). If the confirmation says something different, we'll
adjust the premium - up or down.

Kind regards,
""" + sig("brandt", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, a defibrillator and eye-wash stations for the offices")
def m_bestellung_erste_hilfe():
    m = new(who("schuster"), "Vertrieb Medisafe <auftrag@medisafe-bedarf.example>",
            "Bestellung 4500-2026-0117: Erste-Hilfe-Material und AED", "2026-02-04 13:15", mailer=OUTLOOK)
    body = """Sehr geehrte Damen und Herren,

wie mit Herrn Polat telefonisch besprochen bestellen wir für unseren neuen
Standort (3. und 4. OG, Am Sandtorkai 144, 20457 Hamburg):

  Pos  Menge  Artikel                                          Art.-Nr.
  10     12   Betriebsverbandkasten DIN 13157, Wandhalter      MS-13157-W
  20      4   Augenspülstation 2 x 500 ml                      MS-AS-500
  30      1   AED Defibrillator halbautomatisch inkl. Schrank  MS-AED-HS3
  40      2   Ersatz-Elektroden Erwachsene für Pos. 30         MS-AED-EL
  50      6   Kühlkompressen (Sofort-Kälte), 10er-Pack         MS-KK-10

Lieferung bitte bis 20.02.2026 an den Empfang, Ansprechpartner vor Ort ist
Herr Greve (Haustechnik). Rechnung mit Bestellnummer an
kreditoren@fjordia.example.

Mit freundlichen Grüßen
""" + sig("schuster") + "\n\n" + FOOTER_DE
    return text(m, body, charset="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "motor bodily injury: whiplash (S13.4) and sick leave of the injured claimant, pain-and-suffering offer to her lawyer")
def m_kfz_hws_anwalt():
    m = new(who("berg"), '"RAin Dr. Svenja Pohl" <kanzlei@pohl-verkehrsrecht.example>',
            "Ihr Zeichen 17/26 SP – Unfall 02.12.2025, Frau Nele Jacobsen ./. Fjordia – K-25-208841",
            "2026-02-05 16:20", mailer=OUTLOOK)
    body = """Sehr geehrte Frau Kollegin Dr. Pohl,

in der Unfallsache Ihrer Mandantin, Frau Nele Jacobsen, danke ich für Ihr
Schreiben vom 28.01.2026 nebst Anlagen.

Die Haftung unseres Versicherungsnehmers ist dem Grunde nach unstreitig. Zur
Höhe:

1. Nach dem Bericht der Notaufnahme des UKE vom 02.12.2025 und dem Attest
   von Dr. Mahler erlitt Ihre Mandantin eine HWS-Distorsion (S13.4) mit
   Kopfschmerzen und Bewegungseinschränkung; sie war vom 02.12. bis
   21.12.2025 arbeitsunfähig, Physiotherapie 12 Einheiten.
2. Für diese Verletzung halten wir ein Schmerzensgeld von 1.500 € für
   angemessen. Ihre Forderung von 3.500 € bewegt sich außerhalb der
   üblichen Rechtsprechung für folgenlos ausgeheilte HWS-Distorsionen
   ersten Grades.
3. Den Verdienstausfall (Differenz zum Krankengeld nicht geltend gemacht)
   sowie die Zuzahlungen für Physiotherapie (120 €) erstatten wir.

Wir bieten zur Abgeltung sämtlicher Ansprüche aus dem Unfallereignis
1.620 € zuzüglich Ihrer Gebühren aus einem Gegenstandswert bis 2.000 € an.

Mit freundlichen kollegialen Grüßen

Katharina Berg
Syndikusrechtsanwältin
Recht & Regress
Fjordia Direkt Versicherung AG

""" + FOOTER_DE
    return text(m, body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household water damage: the addressee's flat, claim number, assessor appointment; ICS attached")
def m_leitungswasser_gutachter():
    m = new(who("petersen"), "Niklas Kaiser <niklas.kaiser@inbox.example>",
            "Gutachtertermin zu Ihrem Wasserschaden H-26-006120", "2026-02-06 11:02", mailer=CRM)
    body = """Hallo Herr Kaiser,

wie besprochen kommt ein Sachverständiger vorbei und schaut sich den Schaden
an Ihrem Laminat und der Küchenzeile an:

  Wann:  Donnerstag, 12.02.2026, 08:00–09:00 Uhr
  Wo:    Ihre Wohnung, Weidenallee 23, 3. OG links, 20357 Hamburg
  Wer:   Herr Ralf Ohlsen, Sachverständigenbüro Ohlsen & Partner

Den Termin hab ich Ihnen als Kalendereintrag angehängt. Falls es nicht passt,
sagen Sie Herrn Ohlsen direkt Bescheid (0171 2204416).

Bitte werfen Sie die aufgequollenen Teile noch nicht weg, und legen Sie
wenn möglich die Rechnung der Küche bereit.

Viele Grüße
""" + sig("petersen") + "\n\n" + FOOTER_DE
    text(m, body)
    attach(m, ics("H-26-006120-gutachter@fjordia.example", "2026-02-12 08:00", "2026-02-12 09:00",
                  "Gutachtertermin Wasserschaden H-26-006120",
                  "Weidenallee 23, 3. OG links, 20357 Hamburg",
                  "Sachverständiger Ralf Ohlsen besichtigt Laminat und Küchenzeile.\nVersicherungsnehmer: Niklas Kaiser, Hausrat HR-6620 1180"),
           "text/calendar", "Gutachtertermin.ics", params={"method": "REQUEST"})
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: blog digest about money in your twenties - salary, savings, disability risk in general, no person")
def m_blog_money_20s():
    m = new(box("magazin", "Fjordia Magazine"), "subscribers@news.fjordia.example",
            "5 money mistakes in your 20s (and the one insurance you shouldn't skip)", "2026-02-07 08:00",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/unsubscribe>"), ("Precedence", "bulk")])
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fjordia Magazine</title></head>
<body style="margin:0;font-family:Georgia,serif;background:#f4f1ea">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<h1>5 money mistakes in your 20s</h1>
<p>Your first real salary feels huge. Then rent, the phone contract and three
streaming services happen. Here is what we see most often:</p>
<ol>
<li><b>No emergency fund.</b> Aim for three net monthly salaries on a separate account.</li>
<li><b>Lifestyle creep.</b> Every raise goes straight into a nicer flat.</li>
<li><b>Ignoring your pension.</b> At 25, EUR 100 a month matters more than EUR 300 at 45.</li>
<li><b>Buying insurance you don't need.</b> Phone insurance for EUR 9.99 a month? Usually not worth it.</li>
<li><b>Skipping the one you do need.</b> About one in four employees becomes unable to work
before retirement age, mostly because of mental illness or back problems &ndash; not accidents.</li>
</ol>
<p>Disability cover is cheapest when you are young and healthy. Our calculator shows
a price in 30 seconds, without any health questions until you actually apply.</p>
<p><a href="https://www.fjordia.example/bu-rechner">Try the calculator</a></p>
<hr>
<p style="font-size:11px;color:#777">Fjordia Direkt Versicherung AG, Am Sandtorkai 144, 20457 Hamburg.
You get this because you subscribed to the Fjordia Magazine.
<a href="https://mein.fjordia.example/unsubscribe">Unsubscribe</a></p>
</div></body></html>
"""
    return text(m, html, subtype="html", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "dental: adult clear-aligner treatment plan for the addressee partly declined, malocclusion finding; treatment-plan PDF")
def m_aligner_plan():
    m = new(who("okafor"), "Ebony Walker <ebony.walker@mailo.example>",
            "Your treatment plan for aligners - what we cover", "2026-02-09 14:05", mailer=CRM)
    body = """Dear Ms Walker,

thank you for sending the treatment and cost plan from Dr. Lindemann's
practice (dated 26.01.2026) for your clear aligner treatment.

Our assessment:

* The plan describes a crowding of the lower front teeth (31-42) with
  a deep bite. Your DentalPlus 80 plan covers orthodontics for adults
  only when it is needed because of an accident or to prepare for
  prosthetics; purely functional/aesthetic correction is not covered.
* However, the plan also includes the treatment of the jaw joint problems
  (splint therapy, GOZ 7000 ff.) which your dentist documented. We cover
  that part: 80 % of EUR 612.40 = EUR 489.92.
* The aligners themselves (EUR 4,380.00) are not covered.

If your dentist can document that the correction is medically necessary for
the jaw joint treatment, please send the report and we will look again.

Kind regards,
""" + sig("okafor", "en") + "\n\n" + FOOTER_KV
    text(m, body)
    attach(m, pdf(["# Heil- und Kostenplan / Treatment and cost plan",
                   "Praxis Dr. Mareike Lindemann, Zahnaerztin, Oldenburg",
                   "Patient: Ebony Walker, born 19/04/1998",
                   "Insurer: Fjordia Krankenversicherung AG, ZZ-4419 2031",
                   "",
                   "Findings: crowding 31-42, deep bite, TMJ pain right side, clicking",
                   "Planned: splint therapy (GOZ 7000, 7010), clear aligners 22 sets",
                   "Estimated cost: 612.40 EUR (splint) + 4,380.00 EUR (aligners)",
                   "Date: 26.01.2026"], title="HKP Walker", created="20260126110000"),
           "application/pdf", "HKP_Walker_2026-01-26.pdf")
    return m


@mail("CONFIDENTIAL", "de", "customer",
      "chat transcript forwarded to premium accounting: customer changes bank account for motor and liability, full IBAN")
def m_chat_iban_aenderung():
    iban = iban_de("10010010", "0873412209")
    m = new(who("aydin"), box("beitragsservice", "Beitragsservice"),
            "WG: Chat #C-90117 – Bankverbindung ändern (Kunde kommt nicht ins Kundenkonto)", "2026-02-10 12:31",
            mailer=OUTLOOK)
    body = """Hallo Beitragsservice,

der Kunde kommt wegen der Login-Störung heute nicht in sein Konto, hat die
Änderung deshalb im Chat gemacht. Legitimation über Geburtsdatum + PLZ hab
ich gemacht. Könnt ihr das bitte übernehmen? Danke!

LG Deniz

===== Chat #C-90117 · 10.02.2026 · Web =====
11:52 Kunde: hallo ich will meine bankverbindung ändern hab neue bank
11:52 Fjo: Das geht im Kundenkonto unter "Persönliche Daten". Soll ich dich
      mit einem Menschen verbinden?
11:53 Kunde: ja bitte, login geht grad nicht
11:55 Deniz (Fjordia): Hi! Ich bin Deniz. Wie heißt du und welches Geburtsdatum
      ist bei uns hinterlegt?
11:55 Kunde: Kevin Schröder, 22.09.1999, PLZ 44137
11:56 Deniz (Fjordia): Danke, passt. Welche Verträge sollen umgestellt werden?
11:56 Kunde: alle, also auto und haftpflicht
11:57 Kunde: neue iban %s, bank ist die postbank
11:58 Deniz (Fjordia): Alles klar, Kfz KF-2023-071145 und Privathaftpflicht
      PH-6602 1187. Du bekommst eine Bestätigung per Post.
11:58 Kunde: top danke
===== Ende =====
""" % iban
    return text(m, body, cte="8bit")
@mail("NORMAL", "de", "internal",
      "trap: out-of-office auto-reply of a claims handler, mentions 'Gesundheitsdaten' only as routing advice")
def m_abwesenheit_okafor():
    m = new(who("okafor"), "Leistung Zahn Eingang <leistung-zahn@fjordia.example>",
            "Automatische Antwort: Rückfrage Implantat-Fall", "2026-02-11 07:12",
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
            mailer=OUTLOOK)
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.02.2026 nicht im Büro und lese meine Mails
nicht. Ihre Nachricht wird nicht automatisch weitergeleitet.

In dringenden Leistungsfällen Zahn wenden Sie sich bitte an das Postfach
leistung-zahn@fjordia.example oder an Frau Celik (Durchwahl -1462).
Bitte schicken Sie Rechnungen und andere Gesundheitsunterlagen nicht an
meine persönliche Adresse.

Miriam Okafor
"""
    return text(m, body, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: term life beneficiary change for the addressee's contract, no health word - personal line (life) is always strictly confidential; endorsement PDF")
def m_rl_bezugsrecht():
    m = new(who("demir"), "Sarah Kowalczyk <sarah.kowalczyk@netzpost.example>",
            "Änderung Bezugsrecht – Ihre Risikolebensversicherung RL-2207-5531", "2026-02-12 15:18", mailer=CRM)
    body = """Hallo Frau Kowalczyk,

herzlichen Glückwunsch nachträglich zur Hochzeit! Wie gewünscht haben wir das
Bezugsrecht in Ihrer Risikolebensversicherung geändert:

  Versicherte Person:  Sarah Kowalczyk (vormals Sarah Brandl)
  Versicherungssumme:  200.000 €
  Bezugsberechtigt:    bisher Ihre Mutter, Frau Monika Brandl
                       jetzt Ihr Ehemann, Herr Piotr Kowalczyk, geb. 30.05.1992
                       (widerrufliches Bezugsrecht)

Den Nachtrag zum Versicherungsschein finden Sie im Anhang und im Kundenkonto.
Ihren neuen Nachnamen haben wir bei allen Verträgen übernommen.

Viele Grüße
""" + sig("demir") + "\n\n" + FOOTER_LEBEN
    text(m, body, cte="base64")
    attach(m, pdf(["# Nachtrag Nr. 2 zum Versicherungsschein RL-2207-5531",
                   "Fjordia Lebensversicherung AG",
                   "Versicherungsnehmerin und versicherte Person: Sarah Kowalczyk, geb. 08.10.1993",
                   "Tarif: Risikoleben Klar, konstante Summe 200.000 EUR, Ablauf 01.07.2051",
                   "",
                   "Änderung ab 12.02.2026:",
                   "Bezugsberechtigt im Todesfall: Piotr Kowalczyk, geb. 30.05.1992 (Ehemann), widerruflich",
                   "Alle übrigen Vereinbarungen bleiben unverändert."],
                  title="Nachtrag RL-2207-5531", created="20260212150000"),
           "application/pdf", "Nachtrag_2_RL-2207-5531.pdf")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey: travel cancellation because of a new job (no health reason), booking and employer letter, claim payout")
def m_travel_cancel_job():
    m = new(who("jensen"), "Ryan Fitzgerald <ryan.fitz@inbox.example>",
            "RE: Cancelled trip to Lisbon - new job", "2026-02-13 10:26", mailer=OUTLOOK)
    body = """Hi Ryan,

good news: a new job that starts during the trip counts as an insured reason
for cancelling under your annual travel policy RS-1108-4452, as long as you
were unemployed when you booked - and the letter from your new employer
(Nordlicht Logistics GmbH, start date 2 March 2026) together with the
Jobcenter notice shows exactly that.

  Booking:           Lisbon, 28.02.-07.03.2026, 2 people, booking ref. TZ8841K
  Cancellation fee:  EUR 1,104.00 (80 % according to the tour operator)
  Insured:           you and your partner Ms Jade Holloway
  Excess:            none
  Payout:            EUR 1,104.00 to your account ending ...3301

Congrats on the job!

Ole

""" + sig("jensen", "en") + """

From: Ryan Fitzgerald <ryan.fitz@inbox.example>
Sent: Wednesday, February 11, 2026 19:02
To: reise@fjordia.example
Subject: Cancelled trip to Lisbon - new job

Hey, I got a job (finally!!) and they want me to start 2 March, right in the
middle of our holiday. Had to cancel. Letter from the employer and the
cancellation invoice attached. Is this covered? Thanks, Ryan
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: one-time password / two-factor set-up mail to a portal user; no contract data")
def m_einmalpasswort():
    m = new(box("sicherheit", "Fjordia Sicherheit"), "m.schuett@mailbox.example",
            "Ihr Einmal-Passwort für Mein Fjordia", "2026-02-14 19:41",
            headers=[("Auto-Submitted", "auto-generated")])
    plain = """Ihr Einmal-Passwort lautet:

    481 207

Es ist 10 Minuten gültig. Geben Sie es in der App oder auf
https://mein.fjordia.example ein, um die Zwei-Faktor-Anmeldung abzuschließen.

Sie haben das nicht angefordert? Dann ignorieren Sie diese E-Mail und ändern
Sie vorsichtshalber Ihr Passwort. Wir fragen Sie nie am Telefon oder per
E-Mail nach diesem Code.

Fjordia – Ihre Sicherheit
"""
    html = """<html><body style="font-family:Arial,sans-serif;text-align:center">
<p>Ihr Einmal-Passwort lautet:</p>
<p style="font-size:32px;letter-spacing:6px;font-weight:bold">481&nbsp;207</p>
<p>Es ist 10&nbsp;Minuten g&uuml;ltig.</p>
<p style="font-size:12px;color:#666">Sie haben das nicht angefordert? Dann ignorieren Sie diese E-Mail.
Wir fragen Sie nie am Telefon oder per E-Mail nach diesem Code.</p>
</body></html>
"""
    return alt(m, plain, html, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability claim: the addressee's depression (F32.1), psychotherapy, request for the therapist's report")
def m_bu_depression_en():
    m = new(who("schmitz"), "Priya Raman <priya.raman@webpost.example>",
            "Your disability claim L-BU-26-0044 - next steps", "2026-02-16 11:55", mailer=OUTLOOK)
    body = """Dear Priya,

thank you for the completed claim form and the documents you uploaded last
week. I'm handling your claim personally, so you have one contact person from
now on.

From the reports we have:
- Dr. Feldmann (GP) certifies incapacity for work since 10.11.2025,
  diagnoses F43.2 adjustment disorder, later F32.1 moderate depressive
  episode;
- you are in outpatient psychotherapy with Ms Yildiz (twice a week since
  January) and take sertraline 50 mg.

What's missing is a short report from Ms Yildiz about the course of therapy
and her view on your ability to work as a software developer. I've sent her a
request with your consent form today. The fee is paid by us - you don't need
to do anything.

I know the wait is hard. Realistically we'll have a decision in March.
If anything changes in between (e.g. a clinic stay), just tell me.

Best wishes,
""" + sig("schmitz", "en") + "\n\n" + FOOTER_LEBEN
    return text(m, body, cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: payment reminder for the addressee's overdue premium, policy number and amount, loss of cover warning")
def m_mahnung_kfz():
    m = new(box("beitragsservice", "Fjordia Beitragsservice"), "Chantal Wiebe <chantal.wiebe@freemail.example>",
            "Zahlungserinnerung: Kfz-Versicherung KF-2025-044810", "2026-02-17 06:30", mailer=CRM,
            headers=[("Auto-Submitted", "auto-generated")])
    body = """Guten Tag Frau Wiebe,

leider konnten wir den Beitrag für Ihre Kfz-Versicherung nicht abbuchen –
Ihre Bank hat die Lastschrift vom 01.02.2026 zurückgegeben ("Konto
erloschen").

  Vertrag:            KF-2025-044810 (Opel Corsa, MZ-CW 312)
  Offener Betrag:     68,44 € Beitrag + 3,00 € Rücklastschriftgebühr
  Bitte zahlen bis:   03.03.2026

Überweisen Sie den Betrag bitte an:
  Fjordia Direkt Versicherung AG
  IBAN: %s
  Verwendungszweck: KF-2025-044810

Oder hinterlegen Sie ein neues Konto in der App unter "Profil > Zahlung".

Wichtig: Wenn der Beitrag bis zum genannten Datum nicht bei uns ist, besteht
für Schäden ab diesem Tag kein Versicherungsschutz mehr (§ 38 VVG). Das
wollen wir beide nicht.

Ihr Fjordia Beitragsservice
""" % grp(iban_de("20050550", "1350144000")) + "\n" + FOOTER_DE
    return text(m, body, charset="windows-1252", cte="quoted-printable")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reinsurer report of disability incidence by cause and age band (aggregates, small cells merged); XLSX")
def m_reinsurer_bu_incidence():
    m = new(who("hartmann"), "Claire Dubois <claire.dubois@alpine-re.example>",
            "Quarterly BU experience Q4 2025 - Fjordia treaty 2024/BU-QS", "2026-02-18 09:30", mailer=OUTLOOK)
    body = """Dear Claire,

please find attached the Q4 2025 experience file for the quota share treaty.

Short commentary:
- 41 new disability claims in Q4 (Q3: 36). Mental and behavioural
  disorders remain the largest cause (44 %), followed by musculoskeletal (22 %)
  and cancer (12 %).
- Average age at claim 36.2 years, which fits our young portfolio.
- Acceptance rate 71 %; 5 claims still open longer than 6 months.

As agreed, cells with fewer than 5 claims are merged into "other" and no
claim-level data is in the file. Claim files for your audit in April will be
made available in the data room, not by e-mail.

Best regards,
""" + sig("hartmann", "en") + "\n\n" + FOOTER_LEBEN
    text(m, body, charset="us-ascii", cte="7bit")
    rows = [["Cause (ICD chapter)", "18-29", "30-39", "40-49", "50+", "Total", "Share"],
            ["F - mental and behavioural", 6, 8, 4, "<5 merged", 18, 0.44],
            ["M - musculoskeletal", "<5 merged", 5, "<5 merged", "<5 merged", 9, 0.22],
            ["C/D - neoplasms", "<5 merged", "<5 merged", "<5 merged", "<5 merged", 5, 0.12],
            ["other / merged", 3, 2, 3, 1, 9, 0.22],
            ["Total", 11, 17, 9, 4, 41, 1.0]]
    attach(m, xlsx([("Q4 2025 incidence", rows),
                    ("Portfolio", [["Lives exposed", 18422], ["Average sum insured monthly EUR", 1650],
                                   ["Average entry age", 29.4]])]),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Fjordia_BU_QS_Q4-2025.xlsx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental: implant for tooth 36 of the addressee approved, dental lab invoice attached as PDF")
def m_implantat_36():
    m = new(who("okafor"), "Mehmet Aksoy <mehmet.aksoy@web-post.example>",
            "Implantat regio 36 – Leistungszusage", "2026-02-19 13:40", mailer=CRM)
    body = """Hallo Herr Aksoy,

gute Nachricht: Für das Implantat regio 36 (Zahn unten links hinten) zahlen
wir wie im Heil- und Kostenplan von Dr. Brückner geplant.

  Implantat inkl. Knochenaufbau (GOZ 9010, 9100)    2.114,80 €
  Krone auf Implantat (GOZ 2200, Labor)             1.289,50 €
  Kassenanteil (Festzuschuss Befund 2.1)              -436,00 €
  ---------------------------------------------------------------
  Eigenanteil                                       2.968,30 €
  davon übernehmen wir 90 %                         2.671,47 €

Die Summenbegrenzung in den ersten Vertragsjahren ist bei Ihnen schon
vorbei (Vertrag ZZ-3318 0067 seit 2021), es gibt also keine Kürzung.

Schicken Sie uns nach der Behandlung einfach die Schlussrechnung und die
Laborrechnung – die vorläufige Laborrechnung hängt an, damit Sie wissen,
welche wir meinen.

Viele Grüße
""" + sig("okafor") + "\n\n" + FOOTER_KV
    text(m, body, cte="8bit")
    attach(m, pdf(["# Dentallabor Kremer GmbH - Vorläufige Rechnung 26-0211",
                   "Auftraggeber: Praxis Dr. Jens Brückner, Essen",
                   "Patient: Mehmet Aksoy    Geb.-Datum: 17.03.1990",
                   "Arbeit: Implantatkrone regio 36, Zirkon monolithisch, Abutment individuell",
                   "",
                   "BEL/BEB-Pos.  Leistung                              Betrag",
                   "0010          Modell                                  18,40",
                   "1022          Implantat-Abutment individuell          412,00",
                   "1021          Zirkonkrone monolithisch                498,10",
                   "9330          Versand                                   8,00",
                   "Summe (inkl. MwSt.)                                  1.064,50 EUR"],
                  title="Laborrechnung 26-0211", created="20260211100000", compress=True),
           "application/pdf", "Laborrechnung_Kremer_26-0211.pdf")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "family liability: the addressee's son scratched a neighbour's car with his scooter, claim number, third party's plate; nobody hurt")
def m_kid_scooter_car():
    m = new(who("lindqvist"), "Ana Costa <ana.costa@mailbox.example>",
            "Re: my son scratched the neighbour's car", "2026-02-20 16:08", mailer=ZENDESK)
    body = """Hi Ana,

don't worry, this happens a lot with scooters ;-)

Your son is 7, so legally he is usually not liable himself, and you are only
liable if you didn't supervise him properly. Our family liability cover
(policy PH-4471 0326) will either pay the neighbour or - if nobody is
liable - defend you against the claim. Either way, you don't pay.

I've opened claim PH-26-003108. Could you send me:
- name and address of your neighbour (Mr Berger, you said?),
- the plate number of his car (you wrote "B-something 40", I need the full
  one),
- the quote from his garage when he has it.

I'll contact Mr Berger directly afterwards. Nobody needs to go to the police
for this, and as nobody was hurt there's nothing else to report.

Best,
""" + sig("lindqvist", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "internal",
      "trap: job advert for a dental nurse as claims assessor (health words, salary range), HTML attachment")
def m_stellenanzeige_zfa():
    m = new(who("hoffmann"), "Leitung Leistung <leitung-leistung@fjordia.example>",
            "Freigabe Stellenanzeige ZFA / Leistungsprüfung Zahn", "2026-02-23 10:10", mailer=OUTLOOK)
    body = """Hallo Frank, hallo Miriam,

anbei der Entwurf der Anzeige als HTML (so geht sie auf die Karriereseite und
zu den Jobbörsen). Bitte bis Mittwoch freigeben oder Änderungen schicken.

Gehaltsband haben wir wie besprochen mit 46–52 T€ angegeben, Remote-Anteil
60 %. Start der Ausschreibung wäre der 02.03.

Danke und Gruß
Julia
"""
    text(m, body, cte="8bit")
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stellenanzeige ZFA Leistungsprüfung</title></head>
<body style="font-family:Arial,sans-serif">
<h1>Zahnmedizinische Fachangestellte (m/w/d) als Leistungsprüfer:in</h1>
<p>Hamburg oder remote (60 %) &middot; Vollzeit oder Teilzeit ab 30 Std.</p>
<h2>Was du machst</h2>
<ul>
<li>Du prüfst Heil- und Kostenpläne, Zahnarzt- und Laborrechnungen (GOZ, BEL, BEB).</li>
<li>Du erklärst unseren Kund:innen am Telefon und im Chat, was ihr Tarif zahlt.</li>
<li>Du hilfst dem App-Team, die Texterkennung für Zahnarztrechnungen besser zu machen.</li>
</ul>
<h2>Was du mitbringst</h2>
<ul>
<li>Ausbildung als ZFA oder ZMV, gern Erfahrung in Abrechnung.</li>
<li>Lust auf digitale Arbeit statt Papierakten.</li>
</ul>
<h2>Was wir bieten</h2>
<p>46.000&ndash;52.000 &euro; im Jahr, 30 Tage Urlaub, Deutschlandticket, Zahnzusatzversicherung
f&uuml;r dich gratis.</p>
<p>Bewirb dich ohne Anschreiben: <a href="https://karriere.fjordia.example/zfa">karriere.fjordia.example/zfa</a></p>
</body></html>
"""
    attach(m, html, "text/html", "Stellenanzeige_ZFA_Leistung_v3.html", charset="utf-8", cte="quoted-printable")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "motor liability: injured cyclist's fractures and hospital stay told to our policyholder; forwarded lawyer letter as message/rfc822")
def m_kfz_radfahrerin_verletzt():
    m = new(who("berg"), "Tobias Lenz <tobias.lenz@inbox.example>",
            "Ihr Unfall vom 09.01.2026 – Ansprüche der Radfahrerin (K-26-002217)", "2026-02-24 14:52",
            mailer=OUTLOOK)
    body = """Sehr geehrter Herr Lenz,

zu Ihrem Unfall an der Kreuzung Holstenstraße/Max-Brauer-Allee: Der Anwalt
der Radfahrerin, Frau Lotte Haferkamp, hat sich bei uns gemeldet (sein
Schreiben hängt an). Kurz zusammengefasst:

- Frau Haferkamp hat sich beim Sturz das rechte Handgelenk (distale
  Radiusfraktur) und zwei Rippen gebrochen. Sie lag vom 09. bis 13.01. im
  Krankenhaus Altona und wurde am Handgelenk operiert.
- Sie ist Grafikdesignerin und noch bis mindestens Ende März krankgeschrieben.
- Gefordert werden Schmerzensgeld, Verdienstausfall und die Reparatur des
  Fahrrads.

Sie müssen nichts selbst tun oder zahlen – das regeln wir über Ihre
Kfz-Haftpflicht KF-2022-019954. Bitte antworten Sie dem Anwalt nicht direkt
und schicken Sie uns nur, falls noch nicht geschehen, Ihre Schilderung des
Unfalls (gern über die App).

Die Angaben zur Gesundheit von Frau Haferkamp sind vertraulich; bitte geben
Sie sie nicht weiter.

Mit freundlichen Grüßen

Katharina Berg
Recht & Regress
Fjordia Direkt Versicherung AG

""" + FOOTER_DE
    text(m, body, cte="quoted-printable")
    fw = inner('"RA Jörg Bartels" <bartels@kanzlei-bartels.example>', "schaden@fjordia.example",
               "Verkehrsunfall 09.01.2026 / Haferkamp ./. Lenz – Ihr Az. K-26-002217", "2026-02-20 09:14",
               """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Lotte Haferkamp, geb. 02.12.1994, mit der
Wahrnehmung ihrer Interessen beauftragt hat.

Ihr Versicherungsnehmer, Herr Tobias Lenz, hat am 09.01.2026 beim Rechts-
abbiegen unsere Mandantin übersehen, die auf dem Radweg geradeaus fuhr.

Unsere Mandantin erlitt eine distale Radiusfraktur rechts (S52.51), die am
10.01.2026 im Asklepios Klinikum Altona mit Plattenosteosynthese versorgt
wurde, sowie Rippenfrakturen 7 und 8 rechts (S22.42). Stationär bis
13.01.2026, seither arbeitsunfähig; Physio- und Ergotherapie laufen.

Wir beziffern vorläufig:
  Schmerzensgeld                      6.000,00 €
  Sachschaden Fahrrad (Gutachten)     1.420,00 €
  Verdienstausfall Jan./Feb.          3.980,00 €

und bitten um Anerkenntnis dem Grunde nach bis 06.03.2026.

Mit freundlichen Grüßen
Jörg Bartels
Rechtsanwalt
""")
    attach(m, fw, "message/rfc822", None)
    return m


@mail("NORMAL", "mixed", "newsletter",
      "trap: bilingual maintenance notice for app and portal to all customers, no personal data")
def m_wartung_bilingual():
    m = new(box("status", "Fjordia Status"), "alle-kunden@news.fjordia.example",
            "Wartungsarbeiten / Scheduled maintenance – So., 01.03.2026, 01:00–05:00", "2026-02-25 12:00",
            headers=[("Precedence", "bulk")])
    plain = """(English below)

Liebe Kundinnen und Kunden,

in der Nacht von Samstag auf Sonntag, 01.03.2026, zwischen 01:00 und 05:00 Uhr
sind die Fjordia App und Mein Fjordia wegen Wartungsarbeiten nicht erreichbar.

Schaden melden geht in dieser Zeit trotzdem: Unsere Notfall-Hotline
040 3300 1400 ist rund um die Uhr besetzt, auch für Auslandsnotfälle in der
Reisekrankenversicherung.

----------------------------------------------------------------------------

Dear customers,

the Fjordia app and the customer portal will be unavailable on Sunday,
1 March 2026, from 1:00 to 5:00 a.m. (CET) for scheduled maintenance.

You can still report a claim: our emergency line +49 40 3300 1400 is open
24/7, including medical emergencies abroad under your travel health cover.

Status: https://status.fjordia.example
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p><i>English below</i></p>
<h2>Wartungsarbeiten am 01.03.2026, 01:00&ndash;05:00 Uhr</h2>
<p>App und Mein Fjordia sind in dieser Zeit nicht erreichbar. Notfall-Hotline:
<b>040 3300 1400</b> (24/7, auch Auslandsnotf&auml;lle).</p>
<hr>
<h2>Scheduled maintenance, 1 March 2026, 1&ndash;5 a.m. CET</h2>
<p>App and portal unavailable. Emergency line: <b>+49 40 3300 1400</b> (24/7).</p>
<p><a href="https://status.fjordia.example">status.fjordia.example</a></p>
</body></html>
"""
    return alt(m, plain, html, cte="base64")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household: the addressee's stolen e-bike from the cellar, frame number, purchase price, payout; ODS list of items")
def m_ebike_keller():
    m = new(who("petersen"), "Paulina Frick <paulina.frick@mailo.example>",
            "Einbruch Kellerabteil – Ihre Stehlgutliste (H-26-007455)", "2026-02-26 09:33", mailer=THUNDERBIRD)
    body = """Hallo Frau Frick,

danke für die Liste und die Fotos der aufgebrochenen Kellertür. Ich habe die
Liste übernommen und die Zeitwerte ergänzt – schauen Sie bitte einmal drüber
(ODS-Datei im Anhang, geht mit LibreOffice oder Excel).

Kurz zusammengefasst:
- E-Bike Cube Kathmandu Hybrid, Rahmennr. WCU88214973, gekauft 04/2024
  für 3.299 € → Neuwert, weil Ihr Tarif "Hausrat Komfort" Fahrräder bis
  5.000 € zum Neuwert ersetzt
- Winterreifen, Werkzeugkoffer, Campingausrüstung → laut Liste 1.140 €

Das Aktenzeichen der Polizei (Polizeirevier Freiburg-Nord, 0441/26/118823)
habe ich. Wenn Sie mit der Liste einverstanden sind, reicht ein kurzes "passt",
dann zahle ich 4.439 € auf Ihr Konto.

Viele Grüße
""" + sig("petersen") + "\n\n" + FOOTER_DE
    text(m, body, cte="8bit", params={"format": "flowed"})
    attach(m, ods([("Stehlgut H-26-007455", [
        ["Pos.", "Gegenstand", "Kaufdatum", "Kaufpreis EUR", "Ersatz EUR", "Beleg"],
        [1, "E-Bike Cube Kathmandu Hybrid, Rahmen WCU88214973", "04/2024", 3299, 3299, "ja"],
        [2, "Winterreifen 4x auf Felge (205/55 R16)", "11/2022", 620, 410, "ja"],
        [3, "Werkzeugkoffer Bosch 108-tlg.", "2021", 189, 120, "nein"],
        [4, "Zelt + 2 Schlafsäcke", "2023", 710, 610, "ja"],
        ["", "Summe", "", 4818, 4439, ""],
        ["", "Versicherungsnehmerin: Paulina Frick, Hausrat HR-4410 9983", "", "", "", ""]])]),
        "application/vnd.oasis.opendocument.spreadsheet", "Stehlgutliste_H-26-007455.ods")
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-supplier",
      "travel health: chat with a named customer hospitalised with dengue in Thailand pasted into a mail to the assistance partner")
def m_dengue_assistance():
    m = new(who("jensen"), "Ops Desk Global Assist <ops@global-assist.example>",
            "Neuer Fall / new case: hospital admission Chiang Mai – Fjordia RK-7712-0931", "2026-02-27 03:48",
            mailer=OUTLOOK, headers=[("Importance", "high")])
    body = """Hallo Ops Desk, hi team,

bitte übernehmen: Kundin liegt seit gestern im Krankenhaus in Chiang Mai, das
Krankenhaus will eine Kostenübernahme. Chat unten, Englisch. Policy valid,
travel health covered, no exclusions. Please issue a guarantee of payment up
to EUR 10,000 and call the customer today.

Insured: Hana Sato, DOB 1997-05-03, policy RK-7712-0931
Hospital: Lanna Care Hospital, Chiang Mai, ward 4B

----- Chat transcript #C-91880 (27.02.2026, app) -----
[02:51] Hana Sato: hi, I'm in hospital in Chiang Mai since yesterday. They
        say it's dengue fever, my platelets are low and they want to keep me
        at least 3 more days
[02:52] Hana Sato: the hospital wants a guarantee from my insurance or a
        deposit of 40,000 baht. I don't have that on my card
[02:54] Ole (Fjordia): Hi Hana, I'm sorry you're ill. You're covered. I'm
        passing this to our assistance partner right now, they'll call you and
        the hospital within a few hours. Do you have the hospital's name?
[02:55] Hana Sato: Lanna Care Hospital, ward 4B. Dr Wongsakul
[02:56] Ole (Fjordia): Thanks. Please keep your phone on. Get some rest!
------------------------------------------------------

Danke!
Ole Jensen
Leistungsservice Reise & Tier / Travel & pet claims
Fjordia Krankenversicherung AG
"""
    return text(m, body, cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "trap: team meeting minutes on dental claims throughput - counts, backlog, rejection reasons in general, no person")
def m_teamrunde_zahn():
    m = new(who("okafor"), "team-leistung-zahn@fjordia.example",
            "Notizen Teamrunde Zahn 02.03.", "2026-03-02 16:40", mailer=THUNDERBIRD)
    body = """Hi zusammen,

meine Notizen von heute, falls jemand was ergänzen mag:

Zahlen Februar
- 4.870 Rechnungen eingegangen (Jan: 5.210), 82 % per App-Foto
- Durchlaufzeit Median 1,9 Tage, 95%-Perzentil 9 Tage
- Rückstand aktuell 312 Vorgänge, davon 140 HKPs

Häufigste Ablehnungsgründe (alle Fälle, nicht einzelne Kund:innen)
1. Wartezeit noch nicht vorbei (v. a. Zahnersatz in den ersten 8 Monaten)
2. Behandlung vor Vertragsbeginn angeraten
3. Bleaching / rein kosmetisch
4. Summenbegrenzung in den ersten Jahren erreicht

To-dos
- Textbaustein "Summenbegrenzung" verständlicher machen (Miriam)
- mit App-Team klären, warum die OCR Laborrechnungen so oft falsch liest (Tim)
- Urlaubsplanung Ostern bis Freitag in die Liste eintragen (alle!)

Nächste Runde 16.03., Kuchen bringt Selin.

Miriam
"""
    return text(m, body, cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "motor theft: reply to the police with the named owner, plate, VIN and policy of the stolen car")
def m_polizei_kfz_diebstahl():
    m = new(who("brandt"), "Polizeikommissariat 21 <pk21.ermittlung@polizei.hamburg.example>",
            "Ihr Ersuchen vom 26.02.2026 – Tgb.-Nr. 2600-0318-2241 – Kfz-Diebstahl", "2026-03-03 10:05",
            mailer=OUTLOOK)
    body = """Sehr geehrter Herr Kriminaloberkommissar Lüders,

zu Ihrem Auskunftsersuchen teilen wir mit:

  Halter/Versicherungsnehmer:  Herr Lukas Brenner, Hamburg
  Fahrzeug:                    Audi A3 Sportback, Kennzeichen HH-LB 2044
  FIN:                         WAUZZZGY2NA018832
  Vertrag:                     KF-2023-088140 (Haftpflicht + Teilkasko)
  Diebstahlmeldung bei uns:    24.02.2026, 07:52 Uhr (per App)
  Zweitschlüssel:              laut Versicherungsnehmer bei ihm vorhanden,
                               Übergabe an uns ist angefordert

Weitere Auskünfte, insbesondere zu Zahlungen, erteilen wir nur auf
richterlichen Beschluss bzw. mit Einwilligung des Versicherungsnehmers.

Mit freundlichen Grüßen
""" + sig("brandt") + "\n\n" + FOOTER_DE
    return text(m, body, charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation order for English product pages on dental, disability and pet cover; product texts only")
def m_translation_order():
    m = new(who("reis"), "Jobs Lingua Bridge <jobs@linguabridge.example>",
            "New job: EN product pages (dental, disability, pet) - 6,400 words", "2026-03-04 11:22",
            mailer=OUTLOOK)
    body = """Hi Lingua Bridge team,

new job for you, files are in the usual SFTP folder /in/2026-03-04:

- dental_plus_faq_de.docx (2,100 words) - "What does the plan pay for
  implants, root canal treatment, professional cleaning?"
- bu_produktseite_de.docx (2,800 words) - disability cover, incl. the section
  on mental illness and the "abstract referral" clause
- tierkranken_de.docx (1,500 words) - pet health cover, vet fees schedule

Glossary: please use our termbase (v12). "Berufsunfaehigkeit" is "occupational
disability", not "incapacity". "Heil- und Kostenplan" stays "treatment and
cost plan".

Deadline 13 March, EUR 0.13/word as per framework agreement, PO 4500-2026-0144.
No personal data in these files, they are public web texts.

Thanks!
Carla

""" + sig("reis", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-dentist",
      "dental: query to the dental practice on a named patient's treatment plan - findings per tooth, x-ray, periodontitis")
def m_rueckfrage_zahnarzt_hkp():
    m = new(who("okafor"), "Zahnarztpraxis am Rathaus <info@zahnarzt-am-rathaus.example>",
            "Rückfrage HKP vom 18.02.2026 – Patientin Emily Brandes (ZZ-5510 2284)", "2026-03-05 09:27",
            mailer=CRM)
    body = """Sehr geehrte Frau Dr. Meinhardt,

für Ihre Patientin Frau Emily Brandes, geb. 27.11.1996, liegt uns Ihr Heil-
und Kostenplan vom 18.02.2026 über zwei Teilkronen (16, 17) vor. Die
Patientin hat uns eine Schweigepflichtentbindung erteilt.

Damit wir den Plan zügig freigeben können, bitten wir um:

1. den aktuellen Zahnbefund mit Angabe, seit wann die Karies an 16/17
   bekannt ist (unser Vertrag hat am 01.05.2025 begonnen),
2. das Röntgenbild (OPG oder Einzelaufnahmen) von Anfang Februar,
3. eine kurze Info, ob die im Befund erwähnte Parodontitis vorher behandelt
   wird (PAR-Status).

Sie können die Unterlagen über unser Praxisportal
https://praxis.fjordia.example hochladen – bitte nicht als normalen
E-Mail-Anhang.

Vielen Dank und freundliche Grüße
""" + sig("okafor") + "\n\n" + FOOTER_KV
    return text(m, body, cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: windscreen chip repair appointment for the addressee's car, plate and policy, partner glazier")
def m_windscreen_chip():
    m = new(who("brandt"), "Sven Eriksson <sven.eriksson@freemail.example>",
            "Windscreen repair booked - Volvo XC40, HH-SE 711", "2026-03-06 08:15", mailer=CRM)
    body = """Hello Mr Eriksson,

your windscreen repair is booked:

  Where:    Glas-Blitz Hamburg-Wandsbek, Wandsbeker Zollstr. 87
  When:     Tuesday, 10 March 2026, 08:30 (takes about 45 minutes)
  Car:      Volvo XC40, HH-SE 711
  Policy:   KF-2024-102266 (partial cover, excess EUR 150)

Because it's a chip repair and not a new windscreen, your excess doesn't
apply - you pay nothing. Glas-Blitz bills us directly.

If they find that the crack has spread and the screen needs replacing, they
will call us first; then the EUR 150 excess would apply.

Kind regards,
""" + sig("brandt", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: double opt-in confirmation for the newsletter, only an e-mail address, no contract")
def m_double_optin():
    m = new(box("newsletter", "Fjordia Newsletter"), "jule.peters@webpost.example",
            "Bitte bestätigen Sie Ihre Anmeldung zum Fjordia Newsletter", "2026-03-06 20:31",
            headers=[("Auto-Submitted", "auto-generated")])
    body = """Hallo,

jemand (hoffentlich Sie) hat diese Adresse für unseren Newsletter
eingetragen. Bitte bestätigen Sie das mit einem Klick:

https://news.fjordia.example/confirm?t=9f3a2c71e0b84d55

Ohne Bestätigung schicken wir nichts und löschen die Adresse nach 7 Tagen.

Im Newsletter gibt's einmal im Monat Tipps rund um Auto, Wohnung, Reisen,
Haustiere und Gesundheit – und manchmal Gutscheine.

Ihr Fjordia-Team
"""
    return text(m, body, cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "term life underwriting: named applicant with type-2 diabetes, HbA1c, BMI, loading decision discussed with the medical officer")
def m_uw_diabetes_intern():
    m = new(who("hartmann"), who("vogt"),
            "Antrag RL-A-260301-12 (Yilmaz) – Diabetes Typ 2, bitte Einschätzung", "2026-03-09 11:48",
            mailer=OUTLOOK)
    body = """Hallo Henrik,

kannst du bitte einmal draufschauen, bevor ich votiere:

Antragsteller: Murat Yilmaz, geb. 12.08.1988, Elektroingenieur
Risikoleben 400.000 €, 30 Jahre, Nichtraucher

Gesundheitsangaben / Arztbericht Dr. Sommer vom 02.03.:
- Diabetes mellitus Typ 2 (E11.9) seit 2022, Metformin 1.000 mg 2x tgl.
- HbA1c 6,9 % (01/2026), vorher 7,4 %
- BMI 31,2, RR 135/85 ohne Medikation
- keine Folgeerkrankungen bekannt, Augenarzt 11/2025 unauffällig

Mein Vorschlag nach Handbuch: +75 % Zuschlag, alternativ Summe auf 250.000
reduzieren. Der Rück hat bei E11 unter 40 zuletzt +50 % akzeptiert, wenn
HbA1c < 7 und stabil. Siehst du das auch so?

Danke!
Felix
"""
    return text(m, body, cte="8bit")


@mail("CONFIDENTIAL", "de", "customer",
      "grey: forwarded customer mail - dog liability, the insured dog bit another dog, vet bill of the other dog; animal health only")
def m_hund_beisst_hund():
    m = new(who("aydin"), box("schaden-haftpflicht", "Schaden Haftpflicht"),
            "WG: Unser Hund hat einen anderen Hund gebissen", "2026-03-09 15:03", mailer=OUTLOOK)
    body = """Hallo Schadenteam,

kam über das Kontaktformular rein, Tierhalterhaftpflicht ist aktiv
(TH-2209 4410). Bitte übernehmen.

Gruß Deniz

-----Ursprüngliche Nachricht-----
Von: Julia & Marc Hesse <hesse.familie@inbox.example>
Gesendet: Montag, 9. März 2026 13:22
An: kontakt@fjordia.example
Betreff: Unser Hund hat einen anderen Hund gebissen

Hallo liebes Fjordia Team,

am Samstag gab es leider auf der Hundewiese im Stadtpark Ärger: unsere Emma
(Mischling, 4 Jahre) hat sich mit einem Beagle angelegt und ihn ins Ohr
gebissen. Der Beagle ("Otto") musste beim Tierarzt genäht werden, die
Besitzerin Frau Ramona Dietz, Karlstraße 12 in Kassel, hat uns die Rechnung
von der Tierarztpraxis Dr. Wendt geschickt: 386,70 Euro.

Emma ist bei Ihnen haftpflichtversichert, die Nummer müsste TH-2209 4410
sein. Können Sie das direkt mit Frau Dietz klären? Ihre Nummer ist
0561 7741023.

Viele Grüße
Julia Hesse
"""
    return text(m, body, charset="windows-1252", cte="8bit")


@mail("NORMAL", "en", "internal",
      "trap: IT change request to enforce TLS for partner domains; talks about health data and IBANs as categories only")
def m_change_tls():
    m = new(who("bianchi"), "change-advisory-board@fjordia.example",
            "CR-2026-0311: enforce TLS 1.2+ for outbound mail to doctors, dentists and vets", "2026-03-10 09:00",
            mailer="ServiceNow")
    body = """Change request CR-2026-0311
Requested by: Marco Bianchi (IT Service Desk)
Category: Normal change, risk: medium
Planned window: 17.03.2026 20:00-22:00

Summary
Outbound mail from the claims mailboxes (dental, disability, travel & pet)
regularly goes to doctors', dentists' and vets' practices. Some of those
mailboxes still accept mail without TLS. Content with health data must not
travel unencrypted, so we want to:

1. enforce TLS 1.2+ for the 214 partner domains on the attached list
   (practice domains only - no personal data in the list),
2. route mail to domains without TLS to the secure portal automatically,
3. log every fallback for the data protection officer.

Test: 12 test domains in staging, all green. Rollback: switch the policy map
back to "opportunistic".

Approvals needed: CAB, Data Protection (A. Krueger), Claims (R. Schmitz).
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "term life death claim: condolence letter to the widow, cause of death, documents needed; checklist PDF")
def m_death_claim_condolence():
    m = new(who("demir"), "Laura Bennett <laura.bennett@webpost.example>",
            "Your husband's life insurance RL-1904-2278", "2026-03-11 13:30", mailer=OUTLOOK)
    body = """Dear Mrs Bennett,

I am very sorry for the loss of your husband, James. Thank you for calling us
yesterday - I know that wasn't an easy call to make.

As discussed, you are the beneficiary of his term life policy RL-1904-2278
with a sum insured of EUR 300,000. You told me James died on 28 February
2026 at the Universitaetsklinikum Eppendorf after a sudden cardiac arrest
during a football match. Because the policy started less than three years
ago (April 2024), we are required to look at the medical history for the
period before the application - this is routine and doesn't mean we doubt
anything.

What we need (checklist attached):
1. the death certificate (a copy is fine),
2. the medical certificate stating the cause of death (Todesbescheinigung,
   confidential part) - the hospital can send it to us directly,
3. your bank details for the payment.

You can upload everything in the app or send it by post. There is no rush.
If you'd like me to call you instead of writing, just say so.

With sincere condolences,
""" + sig("demir", "en") + "\n\n" + FOOTER_LEBEN
    text(m, body, cte="quoted-printable")
    attach(m, pdf(["# Checklist - death claim RL-1904-2278",
                   "Insured person: James Bennett, born 14 May 1987, died 28 February 2026",
                   "Beneficiary: Laura Bennett (spouse)",
                   "Reported cause of death: sudden cardiac arrest (hospital UKE)",
                   "",
                   "[ ] Death certificate (Sterbeurkunde)",
                   "[ ] Medical certificate on cause of death (confidential part)",
                   "[ ] Bank details of the beneficiary",
                   "[ ] Release of confidentiality for treating doctors 2021-2024 (form enclosed)"],
                  title="Checklist RL-1904-2278", created="20260311130000"),
           "application/pdf", "Checklist_death_claim_RL-1904-2278.pdf")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household cancelled after moving in with partner: confirmation, refund of the remaining premium to the addressee's IBAN")
def m_kuendigung_hausrat():
    iban = iban_de("50010517", "5419283310")
    m = new(who("wolf"), "Tobias Scholz <tobi.scholz@mailbox.example>",
            "Kündigungsbestätigung Hausrat HR-3392 1170 + Beitragserstattung", "2026-03-12 10:44", mailer=CRM)
    body = """Hallo Herr Scholz,

Ihre Kündigung ist angekommen – und danke, dass Sie uns den Grund verraten
haben (Zusammenzug mit Ihrer Partnerin, die schon eine Hausrat hat). Alles
Gute in der neuen Wohnung!

  Vertrag:            HR-3392 1170
  Versicherungsende:  31.03.2026
  Beitrag bezahlt bis: 30.06.2026 (vierteljährlich)
  Erstattung:         3 Monate à 7,40 € = 22,20 €
  Auf Konto:          %s (Tobias Scholz)

Die Erstattung kommt in den nächsten 10 Tagen. Ihre Privathaftpflicht bei
uns läuft unverändert weiter – wenn Ihre Partnerin mitversichert werden soll,
geht das in der App mit zwei Klicks (Single → Paar, +1,10 € im Monat).

Viele Grüße
""" % iban + sig("wolf") + "\n\n" + FOOTER_DE
    return text(m, body, cte="8bit")
@mail("NORMAL", "de", "newsletter",
      "trap: magazine article on dental supplementary cover with a fictitious sample calculation (implant costs, waiting periods)")
def m_blog_zahnzusatz():
    m = new(box("magazin", "Fjordia Magazin"), "abonnenten@news.fjordia.example",
            "Zahnzusatz: Worauf Sie wirklich achten sollten (mit Rechenbeispiel)", "2026-03-13 08:00",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/abmelden>"), ("Precedence", "bulk")])
    plain = """Fjordia Magazin – März 2026

ZAHNZUSATZ: WORAUF SIE WIRKLICH ACHTEN SOLLTEN

Ein Implantat kostet schnell 3.000 bis 4.000 Euro, die gesetzliche Kasse
zahlt davon oft nur einen Festzuschuss von ein paar Hundert Euro. Genau
da setzt eine Zahnzusatzversicherung an. Drei Dinge entscheiden:

1. Erstattungssatz: 90 % klingt ähnlich wie 70 %, macht beim Implantat aber
   schnell 700 Euro Unterschied.
2. Wartezeit und Summenbegrenzung: Viele Tarife zahlen in den ersten Jahren
   nur begrenzte Beträge.
3. Laufende Behandlungen: Was der Zahnarzt schon angeraten hat, ist nie
   versichert – egal bei welchem Anbieter.

Rechenbeispiel (ausgedachte Person):
"Anna, 34" braucht ein Implantat für 3.400 Euro. Die Kasse zahlt 436 Euro
Festzuschuss. Mit 90 % Erstattung bleiben für Anna 296,40 Euro, ohne
Zusatzversicherung 2.964 Euro.

Mehr: https://www.fjordia.example/magazin/zahnzusatz

Abmelden: https://mein.fjordia.example/abmelden
"""
    html = """<html><body style="font-family:Georgia,serif;max-width:620px">
<p style="color:#888">Fjordia Magazin &ndash; M&auml;rz 2026</p>
<h1>Zahnzusatz: Worauf Sie wirklich achten sollten</h1>
<p>Ein Implantat kostet schnell 3.000 bis 4.000&nbsp;Euro, die gesetzliche Kasse zahlt oft nur
einen Festzuschuss von ein paar Hundert Euro.</p>
<ol><li><b>Erstattungssatz</b> &ndash; 90&nbsp;% vs. 70&nbsp;% macht beim Implantat schnell 700&nbsp;Euro aus.</li>
<li><b>Wartezeit und Summenbegrenzung</b> in den ersten Jahren.</li>
<li><b>Laufende Behandlungen</b> sind nie versichert.</li></ol>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<caption>Rechenbeispiel (ausgedachte Person: &bdquo;Anna, 34&ldquo;)</caption>
<tr><th>Implantat</th><th>Kasse</th><th>mit 90&nbsp;% Zusatz</th><th>ohne Zusatz</th></tr>
<tr><td>3.400&nbsp;&euro;</td><td>436&nbsp;&euro;</td><td>296,40&nbsp;&euro;</td><td>2.964&nbsp;&euro;</td></tr>
</table>
<p><a href="https://www.fjordia.example/magazin/zahnzusatz">Weiterlesen</a> &middot;
<a href="https://mein.fjordia.example/abmelden">Abmelden</a></p>
</body></html>
"""
    return alt(m, plain, html, cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disability follow-up review: questionnaire to the named recipient of benefits, prior diagnoses repeated; DOCX form")
def m_bu_nachpruefung():
    m = new(who("schmitz"), "Sandra Lühr <sandra.luehr@freemail.example>",
            "Nachprüfung Ihrer BU-Leistung – Fragebogen", "2026-03-16 09:10", mailer=OUTLOOK)
    body = """Hallo Frau Lühr,

Sie bekommen seit April 2024 Ihre BU-Rente aus dem Vertrag BU-2219-0473.
Wie bei Vertragsbeginn vereinbart, fragen wir etwa alle zwei Jahre nach, wie
es gesundheitlich und beruflich weitergegangen ist. Das ist Routine – an Ihrer
Rente ändert sich dadurch erst einmal nichts.

Im Anhang ist ein kurzer Fragebogen (Word). Sie können ihn am Rechner
ausfüllen und in der App hochladen. Wichtig sind vor allem:
- Wie geht es mit der Multiplen Sklerose, gab es neue Schübe seit 2024?
- Welche Therapie bekommen Sie aktuell (Sie hatten Ocrelizumab genannt)?
- Arbeiten Sie wieder, und wenn ja, in welchem Umfang?

Bitte bis 30.04.2026. Bei Fragen einfach anrufen – ich bin Ihre
Ansprechpartnerin.

Viele Grüße
""" + sig("schmitz") + "\n\n" + FOOTER_LEBEN
    text(m, body, cte="quoted-printable")
    attach(m, docx([("h", "Fragebogen zur Nachprüfung - Berufsunfähigkeit"),
                    "Versicherte Person: Sandra Lühr, geb. 21.01.1989",
                    "Vertrag: BU-2219-0473   Leistungsfall: L-BU-24-0088",
                    "Anerkannte Diagnose: G35 Multiple Sklerose, schubförmig remittierend (Erstdiagnose 2023)",
                    ("h", "1. Gesundheitlicher Verlauf"),
                    "Gab es seit 04/2024 neue Schübe? Wann? Stationäre Behandlung?",
                    ("h", "2. Aktuelle Behandlung"),
                    ("table", [["Behandelnde Ärztin/Arzt", "Fachrichtung", "Letzter Termin"],
                               ["", "Neurologie", ""], ["", "", ""]]),
                    "Medikamente (Wirkstoff, Dosis): ____________________",
                    ("h", "3. Berufliche Situation"),
                    "Zuletzt versicherter Beruf: Lehrerin (Grundschule), Vollzeit",
                    "Üben Sie derzeit eine Tätigkeit aus? [ ] nein  [ ] ja, Stunden/Woche: ____",
                    "Ort, Datum, Unterschrift: ____________________"],
                   title="Fragebogen Nachprüfung BU-2219-0473", author="Rebecca Schmitz"),
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "Fragebogen_Nachpruefung_BU-2219-0473.docx")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor comprehensive claim: rental car while the addressee's car is repaired, plate, claim number, nobody injured")
def m_rental_car_repair():
    m = new(who("brandt"), "Aisha Bello <aisha.bello@inbox.example>",
            "Your claim K-26-014473 - rental car approved", "2026-03-16 14:22", mailer=CRM)
    body = """Hello Ms Bello,

quick update on your claim K-26-014473 (rear-end collision on the A7 on
12 March, no one injured, thank goodness):

- Your Toyota Yaris (HH-AB 4417) is at our partner garage Autohaus Lohmann
  in Norderstedt. Repair estimate EUR 3,870, they expect to finish on
  27 March.
- Since the other driver is at fault, her insurer (Elbe Direkt) has
  confirmed liability. Until they pay, we cover it under your comprehensive
  policy KF-2025-009876 so you dont have to wait - and we get the money
  back from them later. Your no-claims class is not affected.
- Rental car: approved, category B, up to 15 days. Pick-up at Sixt
  Norderstedt from tomorrow 8 a.m., reference FJ-26-88412. The rental
  company bills us.

Kind regards,
""" + sig("brandt", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "en", "internal",
      "trap: onboarding buddy mail naming a new colleague - organisational only, no sensitive data")
def m_onboarding_buddy():
    m = new(who("hoffmann"), "Sophie Lindqvist <sophie.lindqvist@fjordia.example>",
            "You're Alex's onboarding buddy from Monday", "2026-03-17 12:05", mailer=OUTLOOK)
    body = """Hi Sophie,

thanks again for volunteering! Alex Moreau starts on Monday, 23 March, in the
English Desk. Here's the plan for the first week:

Mon  09:00  welcome breakfast (4th floor kitchen), laptop pick-up at IT
     11:00  you: tour + coffee, introduce the team
     14:00  data protection e-learning (mandatory before system access)
Tue         shadowing you on the phone, afternoon chat shadowing with Deniz
Wed         CRM training (Room Elbe)
Thu/Fri     first own calls with you listening in

Alex will work Mon-Thu, remote on Fridays after the first month. Alex's
German is still B1, so team meetings in English for the first weeks please.

If anything comes up, ping me.

Julia
People & Culture
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: address change of the named customer, new regional class and premium, plate; endorsement PDF")
def m_umzug_regionalklasse():
    m = new(who("brandt"), "Dominik Reuter <dominik.reuter@freemail.example>",
            "Ihr Umzug – neue Adresse und Beitrag Kfz KF-2021-066302", "2026-03-18 10:12", mailer=CRM)
    body = """Hallo Herr Reuter,

Ihre neue Adresse haben wir übernommen:

  alt:  Lindenstraße 4, 24576 Bad Bramstedt
  neu:  Am Mühlenteich 17, 25421 Pinneberg

Für Ihr Auto (Skoda Octavia Combi, SE-DR 904) gilt ab 01.04.2026 eine neue
Regionalklasse (Haftpflicht 7 statt 5, Vollkasko 6 statt 4). Dadurch steigt
Ihr Monatsbeitrag von 54,18 EUR auf 58,02 EUR.

Der Nachtrag zum Versicherungsschein hängt an. Sie haben wegen der
Beitragserhöhung ein Sonderkündigungsrecht von einem Monat, hoffen aber
natürlich, dass Sie bleiben.

Freundliche Grüße
""" + sig("brandt") + "\n\n" + FOOTER_DE
    text(m, body, charset="iso-8859-1", cte="quoted-printable")
    attach(m, pdf(["# Nachtrag zum Versicherungsschein KF-2021-066302",
                   "Versicherungsnehmer: Dominik Reuter, Am Mühlenteich 17, 25421 Pinneberg",
                   "Fahrzeug: Skoda Octavia Combi 2.0 TDI, SE-DR 904, FIN TMBJJ7NX5LY041167",
                   "Gültig ab: 01.04.2026",
                   "Regionalklasse KH 7 / VK 6 (bisher 5 / 4)",
                   "SF-Klasse KH SF 9 / VK SF 9",
                   "Monatsbeitrag: 58,02 EUR (bisher 54,18 EUR)"],
                  title="Nachtrag KF-2021-066302", created="20260318100000"),
           "application/pdf", "Nachtrag_KF-2021-066302.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: call-volume forecast for the call-centre provider by topic (dental, disability, claims), counts only; CSV attached")
def m_callcenter_forecast():
    m = new(who("aydin"), "Planung Callpoint <planung@callpoint-services.example>",
            "Forecast April/Mai 2026 – Anrufvolumen nach Themen", "2026-03-19 15:30", mailer=OUTLOOK)
    body = """Hallo Frau Berisha,

anbei unser Forecast für April und Mai als CSV (Semikolon, wie immer).
Auffälligkeiten:

- Ostern: Reise-Themen +35 % in KW 13/14 (Auslandsnotfälle laufen weiter
  über unsere eigene 24/7-Hotline, nicht über Sie).
- Zahn: nach der Beitragsanpassung rechnen wir mit ca. 900 zusätzlichen
  Anrufen in KW 15.
- BU-Leistungsfälle bitte wie bisher nie selbst bearbeiten, sondern immer
  an unser BU-Team durchstellen (Skill 7).

Bitte planen Sie Ihre Agenten mit Englischkenntnissen auf die Spätschicht.

Viele Grüße
Deniz Aydın
Teamlead Chat & Messaging
"""
    text(m, body, cte="8bit")
    rows = [["KW", "Kfz", "Hausrat/Haftpflicht", "Reise", "Tier", "Zahn", "Leben/BU (Weiterleitung)", "Summe"],
            ["14", 2100, 980, 1650, 410, 1300, 120, 6560],
            ["15", 2050, 940, 1320, 400, 2190, 115, 7015],
            ["16", 1980, 900, 1100, 395, 1420, 110, 5905],
            ["17", 1950, 910, 980, 390, 1310, 118, 5658],
            ["18", 2010, 930, 1010, 405, 1290, 121, 5766],
            ["19", 2200, 960, 1200, 420, 1280, 119, 6179]]
    attach(m, csvtext(rows), "text/csv", "Forecast_Apr-Mai_2026.csv", charset="utf-8")
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "dental: crown on tooth 46 after root canal for the addressee, reimbursement; German letter with English summary")
def m_crown_bilingual():
    m = new(who("okafor"), "Matteo Russo <matteo.russo@webpost.example>",
            "Erstattung Krone 46 / Reimbursement crown 46 – ZZ-6620 1407", "2026-03-20 11:18", mailer=CRM)
    body = """Sehr geehrter Herr Russo,

für die Keramikkrone an Zahn 46 nach der Wurzelkanalbehandlung im Januar
erstatten wir aus Ihrem Tarif ZahnPlus 90:

  Rechnung Dr. Okonkwo vom 09.03.2026     1.146,20 €
  Festzuschuss Ihrer Krankenkasse           -318,00 €
  erstattungsfähig                           828,20 €
  davon 90 %                                 745,38 €

Die Wurzelkanalbehandlung selbst (Rechnung vom 21.01.) hatten wir bereits
erstattet.

--- English summary ---

Dear Mr Russo, for the ceramic crown on tooth 46 after your root canal
treatment we reimburse EUR 745.38 (90 % of the amount left after your public
health insurer's fixed subsidy). The money will be in your account within
two working days. The root canal treatment itself was already paid in
January.

Viele Grüße / Kind regards
Miriam Okafor
Leistungsservice Zahn / Dental claims service

""" + FOOTER_KV
    return text(m, body, cte="8bit")


@mail("NORMAL", "de", "internal",
      "trap: water damage in the physiotherapy practice on the ground floor of the insurer's building - facility mail, no patient data")
def m_wasserschaden_physio_eg():
    m = new(who("schuster"), "alle-standort-hamburg@fjordia.example",
            "Wasserschaden im EG (Physiopraxis) – Aufzug B gesperrt", "2026-03-23 08:02", mailer=OUTLOOK)
    body = """Guten Morgen zusammen,

in der Nacht ist im 1. OG ein Heizungsrohr geplatzt. Das Wasser ist bis in
die Physiotherapiepraxis im Erdgeschoss gelaufen (Behandlungsräume 2 und 3,
Flur). Die Praxis bleibt heute und morgen geschlossen; die Physios haben ihre
Patient:innen selbst informiert.

Für uns heißt das:
- Aufzug B ist bis voraussichtlich Mittwoch gesperrt (Schachtgrube nass).
- Der Seiteneingang an der Praxis ist zu, bitte Haupteingang nutzen.
- Trocknungsgeräte laufen laut, Besprechungsraum "Alster" ist deshalb nicht
  buchbar.

Der Schaden läuft über die Gebäudeversicherung des Vermieters, nicht über
uns. Bitte keine Fotos von der Praxis in Social Media posten.

Danke für euer Verständnis
Paul Schuster
Einkauf & Facility
"""
    return text(m, body, cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "travel baggage: the addressee's lost suitcase, airline property irregularity report, list of items, payout")
def m_gepaeck_verloren():
    m = new(who("jensen"), "Emily Hartung <emily.hartung@mailo.example>",
            "Ihr Koffer – Reisegepäck R-26-01120", "2026-03-24 13:47", mailer=CRM)
    body = """Hallo Frau Hartung,

schade, dass der Koffer endgültig verschwunden bleibt. Die Airline hat uns
bestätigt, dass die Suche eingestellt ist (PIR-Nr. LIS-TP-48213, Flug TP 571
Lissabon–Hamburg am 28.02.2026).

Abrechnung aus Ihrer Reisegepäckversicherung RS-3308 1254:
  Koffer Samsonite (2 Jahre alt)              140,00 €
  Kleidung laut Liste, Zeitwert               520,00 €
  Kulturbeutel, Ladegeräte                     85,00 €
  Summe                                       745,00 €
  abzgl. Zahlung der Airline                 -400,00 €
  Erstattung an Sie                           345,00 €

Das Geld kommt in den nächsten Tagen auf das Konto, von dem wir auch den
Beitrag abbuchen.

Viele Grüße
""" + sig("jensen") + "\n\n" + FOOTER_DE
    return text(m, body, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "forwarded customer mail asking whether she can still get disability cover with her multiple sclerosis diagnosis; body base64")
def m_fw_bu_anfrage_ms():
    m = new(who("demir"), who("hartmann"),
            "WG: Frage zur BU – ich habe MS", "2026-03-25 09:36", mailer=OUTLOOK)
    body = """Hi Felix,

kannst du das beantworten? Sie hat noch keinen Vertrag bei uns, fragt vorab.
Ich würde ihr ungern was Falsches sagen.

Danke, Emre

-----Ursprüngliche Nachricht-----
Von: Jana Wolters <jana.wolters@netzpost.example>
Gesendet: Dienstag, 24. März 2026 21:58
An: leben@fjordia.example
Betreff: Frage zur BU – ich habe MS

Hallo,

ich bin 27 und möchte eine Berufsunfähigkeitsversicherung abschließen. Bei
mir wurde letztes Jahr Multiple Sklerose diagnostiziert (schubförmig, bisher
zwei Schübe, nehme Dimethylfumarat). Mir geht es gut, ich arbeite Vollzeit
als Architektin.

Lohnt sich ein Antrag bei Ihnen überhaupt oder werde ich sowieso abgelehnt?
Würde ungern meine Daten überall verteilen, wenn es eh nichts wird.

Viele Grüße
Jana Wolters
"""
    return text(m, body, cte="base64")


@mail("NORMAL", "en", "insurer-to-customer",
      "grey: reply to app feedback (dark mode, widget) from a user - no contract, claim or personal detail in it")
def m_app_feedback_reply():
    m = new(who("nguyen"), "Daniel Kim <daniel.kim@inbox.example>",
            "Re: App feedback - widget & dark mode", "2026-03-25 17:20", mailer=THUNDERBIRD)
    body = """Hi Daniel,

thanks for taking the time to write such detailed feedback - this is gold for
us.

- Dark mode: you're right, the document viewer still turns white. Fixed in
  4.13, which goes live in about two weeks.
- Home screen widget: it's on our list for the summer, no promises on the
  exact date yet.
- "Too many taps to find the emergency number": agreed. We're testing a
  shortcut on the start screen with a small group right now.

If you'd like to join our beta group, just reply "beta" and I'll send you
an invite.

Cheers,
Tim

""" + sig("nguyen", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey: pet health - the named customer's cat with chronic kidney disease, vet invoices, annual limit; animal health only; CSV of invoice lines")
def m_cat_kidney():
    m = new(who("jensen"), "Chloe Martin <chloe.m@webpost.example>",
            "Mochi's vet bills - T-26-00488", "2026-03-26 10:05", mailer=CRM)
    body = """Hi Chloe,

I've gone through the three invoices from Kleintierpraxis Dr. Auer for Mochi
(British Shorthair, 11 years). Line by line overview attached as CSV.

In short: blood tests, ultrasound and the renal diet are covered under your
PetCare Health plan TK-5510 2208. The special food itself isn't (it's food,
not medication), and the annual limit for the chronic kidney treatment is
EUR 2,000, of which EUR 1,412.60 is now used.

Payout: EUR 684.20 to the account we have on file.

I'm sorry Mochi has this diagnosis - cats often live well with it for years
with the right diet.

""" + sig("jensen", "en") + "\n\n" + FOOTER_EN
    text(m, body, charset="us-ascii", cte="7bit")
    rows = [["invoice", "date", "item", "amount_eur", "covered"],
            ["KP-2026-0311", "2026-02-03", "blood test renal panel (SDMA)", "118.40", "yes"],
            ["KP-2026-0311", "2026-02-03", "urinalysis", "42.10", "yes"],
            ["KP-2026-0402", "2026-02-17", "abdominal ultrasound", "164.90", "yes"],
            ["KP-2026-0402", "2026-02-17", "subcutaneous fluids x4", "98.80", "yes"],
            ["KP-2026-0517", "2026-03-09", "benazepril 5 mg, 28 tabs", "36.00", "yes"],
            ["KP-2026-0517", "2026-03-09", "renal diet food 4 kg", "54.90", "no"],
            ["KP-2026-0517", "2026-03-09", "follow-up consultation + blood test", "224.00", "yes"]]
    attach(m, csvtext(rows, delim=","), "text/csv", "Mochi_invoices_T-26-00488.csv", charset="us-ascii")
    return m


@mail("NORMAL", "de", "internal",
      "trap: data-protection quiz for staff with questions about health data, IBANs and birth dates, fictitious examples; ODT attached")
def m_datenschutz_quiz():
    m = new(who("krueger"), "alle@fjordia.example",
            "Datenschutz-Quiz März: 8 Fragen, 5 Minuten, Kuchen zu gewinnen", "2026-03-27 09:00", mailer=OUTLOOK)
    body = """Liebe Kolleginnen und Kollegen,

unser Quartals-Quiz ist da (Anhang, ODT – geht auch mit Word). Unter allen
richtigen Einsendungen bis 10.04. verlosen wir eine Torte vom Café Nordlicht.

Spoiler für die schwierigste Frage: Ja, auch "Frau X war wegen Rücken beim
Orthopäden" ist ein Gesundheitsdatum – auch ohne Diagnose.

Alle Beispiele im Quiz sind ausgedacht.

Viele Grüße
Anja Krüger
Datenschutzbeauftragte
"""
    text(m, body, cte="quoted-printable")
    attach(m, odt([("h", "Datenschutz-Quiz März 2026"),
                   "1. Ist eine IBAN allein ein personenbezogenes Datum? (ja / nein / kommt drauf an)",
                   "2. Ein Kunde schickt im Chat ein Foto seiner Zahnarztrechnung. Was tun Sie?",
                   "3. Welche dieser Angaben sind Gesundheitsdaten? a) Blutgruppe b) Brillenstärke c) \"war beim Orthopäden\" d) Schuhgröße",
                   "4. Darf ein BU-Leistungsfall per einfacher E-Mail an einen Arzt gehen?",
                   "5. Beispiel: \"Max Beispiel, geb. 01.01.1990\" - welche Schutzstufe hat diese Angabe in einer Kfz-Mail?",
                   "6. Wie lange bewahren wir Protokolle des Sicheren Postfachs auf?",
                   "7. Ein Makler fragt nach Vertragsdaten eines Kunden. Wir arbeiten ohne Makler. Was antworten Sie?",
                   "8. Was ist ein Gesundheitsdatum über ein Tier - auch Art. 9 DSGVO?",
                   "Auflösung am 13.04. im Intranet."]),
           "application/vnd.oasis.opendocument.text", "Datenschutz-Quiz_Maerz_2026.odt")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "term life facultative request to the reinsurer: named applicant with a heart condition, ECG and echo findings; PDF summary")
def m_facultative_cardiac():
    m = new(who("hartmann"), "Facultative Life Desk <fac.life@alpine-re.example>",
            "Facultative request RL-A-260320-03 - EUR 750,000 term life, cardiac history", "2026-03-30 14:40",
            mailer=OUTLOOK)
    body = """Dear colleagues,

we would like your facultative view on the following case, which exceeds our
retention:

  Applicant:   Oliver Grant, male, born 02/09/1986, non-smoker
  Occupation:  Airline pilot (commercial)
  Cover:       Term life EUR 750,000, 25 years, level
  Purpose:     mortgage + family protection

Medical:
- Bicuspid aortic valve diagnosed 2019 (Q23.1), mild aortic regurgitation,
  no surgery; annual echo.
- Echo 01/2026: LVEF 62 %, aortic root 39 mm, regurgitation grade I.
- Holds a Class 1 medical certificate with annual cardiology review.

Our provisional view: +50 % loading, exclusion not needed. Full medical
summary attached. Please treat as confidential; the attachment is encrypted
via the secure channel, password by phone.

Kind regards,
""" + sig("hartmann", "en") + "\n\n" + FOOTER_LEBEN
    text(m, body, cte="quoted-printable")
    attach(m, pdf(["# Medical summary - facultative request RL-A-260320-03",
                   "Applicant: Oliver Grant, DOB 02/09/1986, height 184 cm, weight 80 kg",
                   "Diagnosis: bicuspid aortic valve (Q23.1), aortic regurgitation grade I (I35.1)",
                   "Echo 2026-01-14: LVEF 62 %, aortic root 39 mm, no stenosis",
                   "ECG: sinus rhythm, no abnormalities",
                   "Medication: none",
                   "Family history: father aortic valve replacement age 58",
                   "Proposed decision: standard +50 % loading"],
                  title="Medical summary RL-A-260320-03", created="20260330143000", compress=True),
           "application/pdf", "MedSummary_RL-A-260320-03.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: ticket auto-acknowledgement with only a ticket number, no content quoted")
def m_ticket_eingang():
    m = new(box("service", "Fjordia Kundenservice"), "felix.raabe@web-post.example",
            "Wir haben Ihre Nachricht erhalten [Ticket #4471022]", "2026-03-30 22:14",
            headers=[("Auto-Submitted", "auto-replied")], mailer=ZENDESK)
    body = """Hallo,

danke für Ihre Nachricht – sie ist bei uns angekommen und hat die
Ticketnummer #4471022.

Wir antworten normalerweise innerhalb von einem Werktag. Bei Schäden, die
sofort Hilfe brauchen (z. B. Wasser läuft, Auto liegen geblieben, Notfall im
Ausland), rufen Sie bitte direkt an: 040 3300 1400 (24/7).

Bitte schicken Sie Gesundheitsunterlagen, Arzt- oder Zahnarztrechnungen nicht
per E-Mail, sondern laden Sie sie in der App hoch.

Ihr Fjordia Kundenservice
"""
    return text(m, body, cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: new type class for the addressee's car, plate, policy and new premium; no health")
def m_typklasse():
    m = new(box("kfz", "Fjordia Kfz-Service"), "Kevin Schröder <kevin.schroeder99@freemail.example>",
            "Neue Typklasse für Ihren Seat Ibiza (DO-KS 2209)", "2026-03-31 07:45", mailer=CRM,
            headers=[("Auto-Submitted", "auto-generated")])
    body = """Hallo Herr Schröder,

der GDV hat die Typklassen für 2026 neu berechnet. Für Ihr Fahrzeug Seat
Ibiza 1.0 TSI (DO-KS 2209, Vertrag KF-2023-071145) ändert sich:

                  bisher   neu
  Haftpflicht       16      15
  Teilkasko         19      20

Unterm Strich sinkt Ihr Beitrag ab dem 01.05.2026 um 1,12 € im Monat auf
47,06 €. Sie müssen nichts tun.

Viele Grüße
Ihr Fjordia Kfz-Service
""" + "\n" + FOOTER_DE
    return text(m, body, charset="windows-1252", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel health: the addressee's otitis treatment and pharmacy in Spain reimbursed; ZIP with invoice PDF and a text note")
def m_reisekranken_spanien():
    m = new(who("jensen"), "Niklas Kaiser <niklas.kaiser@inbox.example>",
            "Auslandsreise-Krankenversicherung: Ihre Rechnungen aus Valencia", "2026-04-01 11:30", mailer=CRM)
    body = """Hallo Herr Kaiser,

Ihre Rechnungen aus dem Urlaub in Valencia sind durch:

  Centro Médico Ruzafa, 17.03.2026 – Mittelohrentzündung (H66.9),
  Untersuchung + Ohrreinigung                          95,00 €
  Farmacia Colón – Amoxicillin 875 mg, Ohrentropfen      31,60 €
  ----------------------------------------------------------------
  Erstattung                                          126,60 €

Die spanischen Belege und unsere Abrechnung habe ich Ihnen als ZIP
zusammengepackt, falls Sie sie für die Steuer brauchen.

Gute Besserung, falls es noch zwickt!
""" + sig("jensen") + "\n\n" + FOOTER_KV
    text(m, body, charset="windows-1252", cte="8bit")
    abr = pdf(["# Abrechnung Auslandsreise-Krankenversicherung",
               "Versicherte Person: Niklas Kaiser, geb. 30.06.1994, Vertrag RK-4420 8831",
               "Reise: Valencia, 12.03.-22.03.2026",
               "Beleg 1: Centro Médico Ruzafa, 17.03.2026, Diagnose H66.9 Otitis media, 95,00 EUR",
               "Beleg 2: Farmacia Colón, Amoxicillin 875 mg, Ciprofloxacin-Ohrentropfen, 31,60 EUR",
               "Erstattung gesamt: 126,60 EUR"], title="Abrechnung R-26-01187", created="20260401110000")
    note = ("Hinweis zur Steuer\r\nDie Belege aus Spanien sind Originale in Kopie. "
            "Erstattete Krankheitskosten können Sie nicht zusätzlich als außergewöhnliche Belastung ansetzen.\r\n")
    attach(m, zipfile_of([("Abrechnung_R-26-01187.pdf", abr),
                          ("Hinweis.txt", note.encode("utf-8"))]),
           "application/zip", "Valencia_Belege_R-26-01187.zip")
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: pet newsletter about heatstroke in dogs, vet advice in general, no animal or person identified (HTML only)")
def m_pet_heat_newsletter():
    m = new(box("pets", "Fjordia Pets"), "pet-owners@news.fjordia.example",
            "Hot days ahead: how to spot heatstroke in your dog", "2026-04-02 08:00",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/unsubscribe>"), ("Precedence", "bulk")])
    html = """<html><head><meta charset="utf-8"><title>Fjordia Pets</title></head>
<body style="font-family:Verdana,sans-serif;font-size:14px;max-width:600px">
<h2>Hot days ahead &#9728;</h2>
<p>Dogs can't sweat like we do. On a 25&nbsp;&deg;C day, the inside of a parked car reaches
over 50&nbsp;&deg;C within half an hour.</p>
<h3>Warning signs of heatstroke</h3>
<ul><li>heavy panting, thick saliva</li><li>bright red gums and tongue</li>
<li>wobbly walk, vomiting</li></ul>
<p><b>What to do:</b> shade, lukewarm (not ice-cold) water on the paws and belly, and call your vet.</p>
<p>Good to know: with our PetCare Health plan, emergency treatment at the vet is covered up to
four times the fee scale (GOT), including weekends.</p>
<p style="font-size:11px;color:#888">Fjordia Direkt Versicherung AG &middot; Am Sandtorkai 144 &middot; 20457 Hamburg<br>
<a href="https://mein.fjordia.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return text(m, html, subtype="html", charset="utf-8", cte="base64")


@mail("CONFIDENTIAL", "mixed", "customer",
      "chat transcript (English) forwarded in German to liability claims: customer broke a TV in a holiday flat, policy, host's details")
def m_chat_airbnb_tv():
    m = new(who("aydin"), box("schaden-haftpflicht", "Schaden Haftpflicht"),
            "WG: Chat #C-93320 – TV in Ferienwohnung beschädigt (EN)", "2026-04-06 18:20", mailer=OUTLOOK)
    body = """Hallo zusammen,

Chat auf Englisch, Kunde hat Privathaftpflicht PH-7720 1185 (Single, mit
Mietsachschäden). Gastgeber sitzt in Portugal, Rechnung kommt noch. Schaden
bitte anlegen und dem Kunden die Nummer schicken – auf Englisch bitte.

Danke, Deniz

--- Transcript #C-93320 | 06.04.2026 | web ---
17:41 Customer: hi, I'm renting a flat in Porto and I knocked the TV off the
      wall bracket while moving the sofa :( screen is broken
17:42 Fjo (bot): Oh no! Is anyone hurt?
17:42 Customer: no, just the TV
17:44 Deniz (Fjordia): Hi, I'm Deniz. Can you tell me your name and policy
      number?
17:45 Customer: Liam O'Connor, PH-7720 1185 I think
17:46 Deniz (Fjordia): Thanks Liam. Your liability cover includes damage to
      rented holiday accommodation. Please don't pay anything yourself yet -
      ask the host for an invoice or quote and send us photos.
17:47 Customer: host is Mr Rui Tavares, he wants 650 EUR
17:48 Deniz (Fjordia): Okay. You'll get a claim number by e-mail today.
--- end ---
"""
    return text(m, body, cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "chat escalation: a named customer wrote about suicidal thoughts after her disability claim was declined; crisis procedure")
def m_chat_eskalation_krise():
    m = new(who("aydin"), "BU Leistungsservice Leitung <leitung-bu@fjordia.example>",
            "DRINGEND: Chat-Eskalation Krisenfall – BU-Vertrag BU-6612-0098", "2026-04-07 16:02",
            cc=who("vogt"), mailer=OUTLOOK, headers=[("Importance", "high")])
    body = """Hallo Rebecca, hallo Henrik,

vor 20 Minuten im Chat: Kundin Melanie Kurz (BU-6612-0098, Ablehnung ihres
Leistungsantrags am 31.03.) schrieb sinngemäß, sie wisse nicht mehr weiter
und habe "schon an Schluss machen gedacht". Sie ist wegen einer schweren
Depression seit Herbst krankgeschrieben.

Was wir gemacht haben (nach Krisenleitfaden):
- Kollegin Sarah hat im Chat sofort die Telefonseelsorge (0800 111 0 111)
  und den Notruf 112 genannt und gefragt, ob sie gerade in Sicherheit ist.
  Antwort: ja, ihr Partner ist zu Hause.
- Rückruf durch mich um 15:50 Uhr, sie war ruhiger und hat zugestimmt, dass
  sich heute noch jemand aus dem BU-Team meldet.
- Transkript liegt im Krisenordner, nicht im normalen Chat-Archiv.

Bitte meldet euch heute noch bei ihr (0157 3382 1170). Ich will nicht, dass
das bis morgen liegt.

Deniz
"""
    return text(m, body, cte="8bit")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: sprint review notes with the app agency using invented personas ('Lena, 29, afraid of the dentist'), no real customer")
def m_agency_sprint_review():
    m = new(who("nguyen"), "Team Pixelhafen <hello@pixelhafen.example>",
            "Sprint 31 review - notes & next steps", "2026-04-08 17:30", mailer=THUNDERBIRD)
    body = """Hi Pixelhafen team,

thanks for a great review today. My notes:

Shipped
- New claims start screen. Usability test: 9 of 10 testers found "report
  damage" in under 5 seconds.
- Persona flows for dental: "Lena, 29, afraid of the dentist, hates
  paperwork" and "Jonas, 38, two kids, braces for the eldest". These are our
  invented personas - no real customer data was used in the prototypes.

Not done
- Vet invoice OCR (moved to sprint 32).
- Accessibility audit findings #14-#19 (contrast in dark mode).

Next sprint goals
1. Disability claim status screen: show "we are waiting for your doctor's
   report" instead of "in progress".
2. Test data: please use only the synthetic set v7 (Erika Musterfrau,
   Max Mustermann etc.), never screenshots from production.

Next review: 22 April, 15:00.

Tim
""" + "\n" + sig("nguyen", "en", phone=False)
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "tenant's liability: landlord's lawyer claims damage to the flat of our named policyholder, claim and policy; no health")
def m_vermieter_anwalt():
    m = new(who("berg"), '"RA Dr. Christoph Sander" <sander@sander-mietrecht.example>',
            "Ihr Az. 2026/0417 – Mietsache Ottensener Hauptstraße 9 – unser VN Herr Finn Ebeling",
            "2026-04-09 10:50", mailer=OUTLOOK)
    body = """Sehr geehrter Herr Dr. Sander,

vielen Dank für Ihr Schreiben. Wir sind der Privathaftpflichtversicherer von
Herrn Finn Ebeling (Vertrag PH-5591 0284, Schaden PH-26-004490) und
antworten auch in seinem Namen.

> Unsere Mandantin, die Ottensen Wohnen GmbH, macht Schäden an der
> Wohnung 2. OG rechts geltend: Brandfleck im Parkett (ca. 6 m²), zerbrochenes
> Waschbecken, Kratzer an der Wohnungstür. Wir beziffern 4.870,00 €.

Zu den einzelnen Positionen:

1. Brandfleck Parkett: Deckung besteht für Mietsachschäden. Wir bitten um
   das Übergabeprotokoll vom Einzug 2021 und den Kostenvoranschlag.
2. Waschbecken: ebenfalls gedeckt, Abzug neu für alt (Baujahr 1998).
3. Kratzer Wohnungstür: übliche Abnutzung, nicht ersatzfähig.

Einen Vorschuss von 1.500 € zahlen wir auf das Konto Ihrer Mandantin, sobald
uns die Unterlagen vorliegen.

Mit freundlichen Grüßen

Katharina Berg
Syndikusrechtsanwältin, Recht & Regress

""" + FOOTER_DE
    return text(m, body, cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "trap: post-mortem of a portal login outage - affected users counted, no personal data")
def m_postmortem_login():
    m = new(who("nguyen"), "engineering@fjordia.example",
            "Post-mortem: portal & app login outage 10 Feb 2026 (INC-0210)", "2026-04-10 12:12", mailer=THUNDERBIRD)
    body = """Hi all,

long overdue, sorry - here's the blameless post-mortem for INC-0210.

What happened
- 10 Feb, 09:41-13:07: customers could not log in to app and portal. The
  identity provider rejected tokens after a certificate rotation.
- ~18,400 failed login attempts, ~6,100 distinct users. Chat volume x3.
- Workaround in chat: bank detail changes and address changes were taken
  via chat after identity check (DOB + postcode). That worked, but it meant
  more personal data in transcripts than we like.

Root cause
- Intermediate certificate was rotated on the IdP but not on the API
  gateway trust store. Monitoring only checked the leaf certificate.

Actions
1. Expiry + chain monitoring for all certificates (owner: Marco) - done.
2. Runbook "login down": status banner within 10 min (owner: Tim).
3. Chat team: no bank data changes via chat during outages anymore; offer a
   call-back instead (owner: Deniz).

Tim
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability claim: the addressee's breast cancer (C50.4), chemotherapy, request for the hospital discharge letter")
def m_bu_cancer_en():
    m = new(who("schmitz"), "Chloe Martin <chloe.m@webpost.example>",
            "Your claim for disability benefits - what we need from the hospital", "2026-04-13 09:48", mailer=OUTLOOK)
    body = """Dear Chloe,

thank you for calling on Friday and for telling me about your diagnosis. I'm
so sorry you have to go through this.

To recap what you told me and what we have so far (policy BU-7784 0312):
- breast cancer, upper outer quadrant left (C50.4), diagnosed in January
  2026 at Asklepios Klinik Barmbek;
- breast-conserving surgery on 04.02.2026, chemotherapy since March,
  radiotherapy planned afterwards;
- on sick leave since 15.01.2026, you work as a UX designer.

What I need:
1. the discharge letter from the surgery (Entlassbrief),
2. the treatment plan from the oncology practice.

With your consent form from Friday, I can also request them directly from
the clinic - just reply "please request" and I'll do it, so you don't have to
chase paperwork now.

The premiums for the policy are deferred while we decide - you don't need to
pay in the meantime.

Warm regards,
""" + sig("schmitz", "en") + "\n\n" + FOOTER_LEBEN
    return text(m, body, cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: press release with storm-claims statistics for the press agency - counts and sums, no person")
def m_pressemitteilung_sturm():
    m = new(who("reis"), "Redaktion Nord <redaktion@presseportal-nord.example>",
            "PM: Sturmtief „Jördis“ – Fjordia zahlt 3,8 Mio. Euro an Kund:innen", "2026-04-14 11:00", mailer=OUTLOOK)
    body = """Sehr geehrte Damen und Herren,

mit der Bitte um Veröffentlichung:

PRESSEMITTEILUNG

Sturmtief "Jördis": Fjordia zahlt 3,8 Mio. Euro – 71 % der Schäden per App
gemeldet

Hamburg, 14. April 2026. Nach dem Sturmtief "Jördis" Ende März haben
Kund:innen der Fjordia Direkt Versicherung AG bisher 2.940 Schäden gemeldet,
davon 1.870 an Autos (umgestürzte Bäume, Hagel) und 1.070 an Hausrat
(Balkonmöbel, Markisen, Wasser durch offene Fenster). Verletzte Kund:innen
wurden uns nicht gemeldet.

71 % der Schäden kamen per App, die mittlere Zeit bis zur Auszahlung lag bei
4 Tagen. "Eine Schadenmeldung mit Fotos dauert bei uns drei Minuten", sagt
Vorstand Till Harms.

Über Fjordia: Die Fjordia Direkt Versicherung AG (Hamburg) ist ein digitaler
Direktversicherer für Kfz, Hausrat, Haftpflicht, Reise und Tier.

Pressekontakt: Carla Reis, presse@fjordia.example, 040 3300 1488
"""
    return text(m, body, cte="8bit")
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "liability: the addressee lost her employer's master key, claim number, cost of replacing the locking system")
def m_schluesselverlust():
    m = new(who("petersen"), "Sarah Kowalczyk <sarah.kowalczyk@netzpost.example>",
            "Schlüsselverlust – Ihr Schaden PH-26-005127", "2026-04-14 15:26", mailer=CRM)
    body = """Hallo Frau Kowalczyk,

ärgerlich mit dem Schlüssel! Gute Nachricht: In Ihrer Privathaftpflicht
(PH-1183 6620, Tarif Komfort) ist der Verlust fremder beruflicher Schlüssel
bis 50.000 EUR mitversichert.

Damit ich den Schaden abschließen kann, brauche ich von Ihrem Arbeitgeber
(Kanzlei Weber & Partner, Hamburg) bitte:

1. eine kurze Bestätigung, dass es ein Generalschlüssel der Schließanlage
   war,
2. den Kostenvoranschlag für den Austausch der Schließzylinder (Sie
   sprachen von ca. 3.800 EUR),
3. eine Kopie Ihrer Verlustanzeige bei der Polizei (Fundbüro reicht nicht).

Wir zahlen auch direkt an Ihren Arbeitgeber, wenn er das möchte. Die
Selbstbeteiligung von 150 EUR bleibt leider bei Ihnen.

Viele Grüße
""" + sig("petersen") + "\n\n" + FOOTER_DE.replace("–", "-")
    return text(m, body, charset="iso-8859-1", cte="8bit")


@mail("NORMAL", "de", "internal",
      "trap: chatbot intent statistics Q1 with intents like 'Krankschreibung', 'Zahnreinigung', 'IBAN ändern' - counts only; CSV")
def m_chatbot_intents():
    m = new(who("aydin"), "team-chat@fjordia.example",
            "Fjo-Auswertung Q1: Top-Intents und Übergaberate", "2026-04-15 10:40", cc=who("nguyen"), mailer=OUTLOOK)
    body = """Moin zusammen,

die Q1-Zahlen vom Bot sind da (CSV im Anhang, nur Zähler, keine Transkripte).

Was auffällt:
- "Zahnreinigung erstattet?" ist mit Abstand der häufigste Intent. Der Bot
  beantwortet ihn zu 88 % ohne Übergabe.
- "Krankschreibung einreichen" (BU) und "Arztbericht schicken" landen fast
  immer bei einem Menschen – so soll es auch sein.
- "IBAN ändern" ist seit der Login-Störung stark gestiegen. Ab Release 4.13
  schickt der Bot dafür einen Deeplink ins Kundenkonto statt eine Übergabe.

Vorschläge für neue Antworten gern bis Freitag an mich.

Deniz
"""
    text(m, body, cte="8bit")
    rows = [["intent", "anzahl_q1", "geloest_durch_bot_prozent", "uebergabe_prozent"],
            ["zahnreinigung_erstattung", 14210, 88, 12],
            ["schaden_kfz_melden", 9930, 61, 39],
            ["iban_aendern", 6120, 22, 78],
            ["evb_nummer", 5480, 93, 7],
            ["reise_notfall_ausland", 1870, 15, 85],
            ["krankschreibung_einreichen_bu", 640, 4, 96],
            ["arztbericht_schicken", 590, 6, 94],
            ["tierarztrechnung_einreichen", 2210, 79, 21],
            ["kuendigung", 3050, 41, 59]]
    attach(m, csvtext(rows), "text/csv", "fjo_intents_2026Q1.csv", charset="utf-8")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: dental supplementary premium change at age 31 for the addressee's contract, no medical word - health line; endorsement PDF")
def m_zahn_beitrag_alter():
    m = new(box("kv-service", "Fjordia Krankenversicherung"), "Leonie Hartwig <leonie.hartwig@netzpost.example>",
            "Ihr Zahnzusatz-Beitrag ab Mai 2026", "2026-04-16 06:45", mailer=CRM,
            headers=[("Auto-Submitted", "auto-generated")])
    body = """Hallo Frau Hartwig,

im Mai werden Sie 31 – alles Gute schon mal vorab! Damit wechseln Sie in
Ihrem Tarif ZahnPlus 90 in die nächste Altersstufe (31–40 Jahre).

  Vertrag:       ZZ-2291 4470-3
  bisher:        17,90 € im Monat
  ab 01.05.2026: 21,40 € im Monat

Die Altersstufen stehen so in Ihren Tarifbedingungen, es ist keine
Beitragsanpassung nach § 203 VVG. Den Nachtrag finden Sie im Anhang und im
Kundenkonto.

Ihre Fjordia Krankenversicherung
""" + "\n" + FOOTER_KV
    text(m, body, cte="quoted-printable")
    attach(m, pdf(["# Nachtrag zum Versicherungsschein ZZ-2291 4470-3",
                   "Fjordia Krankenversicherung AG",
                   "Versicherte Person: Leonie Hartwig, geb. 09.05.1995",
                   "Tarif: ZahnPlus 90 (Zahnersatz 90 %, Zahnbehandlung 90 %, PZR bis 120 EUR/Jahr)",
                   "Altersstufe ab 01.05.2026: 31-40",
                   "Monatsbeitrag ab 01.05.2026: 21,40 EUR"], title="Nachtrag ZZ-2291 4470-3",
                  created="20260416060000"),
           "application/pdf", "Nachtrag_ZZ-2291-4470-3.pdf")
    return m


@mail("NORMAL", "en", "insurer-to-customer",
      "grey: how-to answer about uploading documents in the app to a user who asked generally - no contract, claim or health detail")
def m_howto_upload():
    m = new(who("lindqvist"), "Hana Sato <hana.sato@mailbox.example>",
            "Re: How do I upload documents?", "2026-04-16 13:02", mailer=ZENDESK)
    body = """Hi Hana,

sure, here's how it works:

1. Open the Fjordia app and tap "Documents" at the bottom.
2. Tap the "+" in the top right corner.
3. Choose "Take photo" or "Choose file" (PDF, JPG and PNG, up to 20 MB).
4. Pick the contract or claim the document belongs to and tap "Send".

You'll see a green tick when it has arrived. Everything you upload is
encrypted in transit and stored in Germany.

On a computer it works the same way at https://mein.fjordia.example under
"Documents".

Best,
""" + sig("lindqvist", "en") + """

> How do I upload documents? Can't find it in the app. Thanks
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household electronics: the addressee's laptop damaged by a drink spill, repair invoice PDF, claim payout")
def m_laptop_spill():
    m = new(who("lindqvist"), "Tomasz Nowak <tomasz.nowak@freemail.example>",
            "Laptop repair - claim H-26-009981 settled", "2026-04-17 10:35", mailer=ZENDESK)
    body = """Hi Tomasz,

the repair invoice from iRepair Altona came in - thanks. Your household
policy HR-8823 4406 includes the electronics add-on, so spills are covered.

  Repair (keyboard, logic board cleaning)     EUR 689.00
  Excess                                      EUR -100.00
  Payout                                      EUR 589.00

The amount goes to your account this week. The invoice is attached for your
records (they put your old address on it; I've left it as it is since the
address doesn't matter for the payout).

Best,
""" + sig("lindqvist", "en") + "\n\n" + FOOTER_EN
    text(m, body, charset="us-ascii", cte="7bit")
    attach(m, pdf(["# iRepair Altona - Invoice 2026-1187",
                   "Customer: Tomasz Nowak, Bahrenfelder Str. 201, 22765 Hamburg",
                   "Device: MacBook Air M2, serial C02GK1Q3MD6T",
                   "Fault: liquid damage (coffee), keyboard unresponsive",
                   "Work: logic board ultrasonic cleaning, keyboard replacement",
                   "Total incl. VAT: 689.00 EUR",
                   "Paid by: insurer (claim H-26-009981)"], title="Invoice 2026-1187", created="20260415100000"),
           "application/pdf", "iRepair_Invoice_2026-1187.pdf")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "disability claim: a psychiatrist's report on a named insured forwarded internally as message/rfc822; body only says 'see attached'")
def m_fw_psychiatrist_report():
    m = new(who("schmitz"), who("vogt"),
            "FW: Report Ms Raman (L-BU-26-0044)", "2026-04-20 08:55", mailer=OUTLOOK)
    body = """Henrik,

report came in on Friday, see attached. Could you do the medical assessment
by end of next week? English-speaking customer, report in English.

Thanks
Rebecca
"""
    text(m, body, charset="us-ascii", cte="7bit")
    fw = inner('"Dr. Ayse Yildiz" <praxis@psychotherapie-yildiz.example>', "bu-leistung@fjordia.example",
               "Report Ms Priya Raman, DOB 04/03/1994 - your ref. L-BU-26-0044", "2026-04-17 16:40",
               """Dear Ms Schmitz,

as requested, and with the patient's consent, my report on Ms Priya Raman,
born 04/03/1994.

Treatment: outpatient cognitive behavioural therapy since 08.01.2026,
2 sessions per week, 24 sessions so far.

Diagnoses: F32.1 moderate depressive episode; F43.2 adjustment disorder
(initial, now superseded). Medication prescribed by her GP: sertraline,
increased to 100 mg in March.

Course: gradual improvement of sleep and mood since March. Concentration
and working memory remain clearly impaired; she reports she cannot read
code for more than 20 minutes. Return to her previous job as a software
developer is not realistic before the autumn; a graded return could be
considered from September.

Kind regards
Dr. Ayse Yildiz
Psychological psychotherapist
""")
    attach(m, fw, "message/rfc822", None)
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: customer magazine on disability - statistics on causes (mental illness, back, cancer) and average ages, no person; PDF infographic")
def m_magazin_bu_zahlen():
    m = new(box("magazin", "Fjordia Magazin"), "abonnenten@news.fjordia.example",
            "Berufsunfähig mit 30? Die Zahlen, die keiner hören will", "2026-04-21 08:00",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/abmelden>"), ("Precedence", "bulk")])
    plain = """Berufsunfähig mit 30? Die Zahlen, die keiner hören will

Jede:r Vierte wird vor der Rente berufsunfähig. Und es sind selten die
spektakulären Unfälle:

  Psychische Erkrankungen (Depression, Burnout, Angst)   ca. 35 %
  Rücken, Gelenke                                         ca. 20 %
  Krebs                                                   ca. 15 %
  Unfälle                                                 ca.  8 %

Das Durchschnittsalter bei Leistungsbeginn liegt in unserem Bestand bei 36
Jahren. Unsere Infografik im Anhang zeigt, was eine BU-Rente von 1.500 Euro
mit 25 kostet – und mit 35.

Zum Rechner: https://www.fjordia.example/bu-rechner
"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:600px">
<h1>Berufsunf&auml;hig mit 30?</h1>
<p>Jede:r Vierte wird vor der Rente berufsunf&auml;hig. Und es sind selten die spektakul&auml;ren Unf&auml;lle:</p>
<table cellpadding="4">
<tr><td>Psychische Erkrankungen</td><td>ca. 35&nbsp;%</td></tr>
<tr><td>R&uuml;cken, Gelenke</td><td>ca. 20&nbsp;%</td></tr>
<tr><td>Krebs</td><td>ca. 15&nbsp;%</td></tr>
<tr><td>Unf&auml;lle</td><td>ca. 8&nbsp;%</td></tr></table>
<p><a href="https://www.fjordia.example/bu-rechner">Zum BU-Rechner</a></p>
</body></html>
"""
    alt(m, plain, html, cte="quoted-printable")
    attach(m, pdf(["# Infografik: Was kostet eine BU-Rente von 1.500 EUR?",
                   "Beispielrechnungen, Beruf: Büroangestellte:r, Endalter 67",
                   "Eintrittsalter 25: ab 46,20 EUR im Monat",
                   "Eintrittsalter 30: ab 52,80 EUR im Monat",
                   "Eintrittsalter 35: ab 61,10 EUR im Monat",
                   "Häufigste Ursachen: psychische Erkrankungen 35 %, Rücken/Gelenke 20 %, Krebs 15 %",
                   "Quelle: Branchenstatistik und Fjordia-Bestand 2025, gerundet"],
                  title="Infografik BU", created="20260420090000"),
           "application/pdf", "Infografik_BU-Kosten.pdf")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor partial cover: deer collision with the addressee's car, plate, claim, repair; nobody hurt")
def m_wildunfall():
    m = new(who("brandt"), "Paulina Frick <paulina.frick@mailo.example>",
            "Wildunfall am 18.04. – Ihr Schaden K-26-019920", "2026-04-21 11:11", mailer=CRM)
    body = """Hallo Frau Frick,

erstmal: gut, dass Ihnen nichts passiert ist! Ein Reh in der Dämmerung auf
der L 126 – da kann man kaum reagieren.

Ihr Schaden läuft über die Teilkasko (Vertrag KF-2024-110457, VW Polo
FR-PF 881), Ihre SF-Klasse bleibt unberührt. Die Wildunfallbescheinigung
vom Förster haben wir, die Fotos aus der App auch.

Die Werkstatt Autohaus Kaiserstuhl hat 2.310,40 € für Frontschürze,
Scheinwerfer und Kühlergrill veranschlagt. Das geben wir frei, abzüglich
Ihrer Selbstbeteiligung von 150 €. Die Werkstatt rechnet driekt mit uns ab.

Viele Grüße
""" + sig("brandt") + "\n\n" + FOOTER_DE
    return text(m, body, cte="8bit")


@mail("NORMAL", "de", "internal",
      "trap: HR job posting for a claims team lead with salary band - income words but no person")
def m_stelle_teamlead_schaden():
    m = new(who("hoffmann"), "Jonas Petersen <jonas.petersen@fjordia.example>",
            "Ausschreibung Teamlead Schaden Sach/HP – bitte Korrektur lesen", "2026-04-22 14:15", mailer=OUTLOOK)
    body = """Hi Jonas,

hier der Text für die interne und externe Ausschreibung. Bitte v. a. die
Aufgaben checken, das Gehaltsband ist mit der Geschäftsleitung abgestimmt.

---
Teamlead Schadenservice Sach & Haftpflicht (m/w/d), Hamburg/hybrid

Du führst ein Team aus 14 Schadenspezialist:innen, die Hausrat- und
Haftpflichtschäden per App, Chat und Telefon regulieren. Du verantwortest
Qualität, Durchlaufzeiten und die Zusammenarbeit mit Sachverständigen und
Handwerkernetzwerken.

Gehalt: 74.000–86.000 € brutto im Jahr + variable Vergütung bis 10 %,
Zahnzusatz und BU-Zuschuss über uns, 30 Tage Urlaub.

Bewerbung bis 15.05.2026 über karriere.fjordia.example
---

Interne Bewerbungen bitte direkt an mich, die sehen nur ich und die
Bereichsleitung.

Danke!
Julia
"""
    return text(m, body, cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "term life: the addressee's cotinine test was positive although he declared himself a non-smoker; smoker tariff offered")
def m_rl_cotinin():
    m = new(who("hartmann"), "Jannik Vosskamp <j.vosskamp@inbox.example>",
            "Ihr Antrag Risikoleben RL-A-260408-02 – Ergebnis Speicheltest", "2026-04-23 16:30", mailer=OUTLOOK)
    body = """Hallo Herr Vosskamp,

danke, dass Sie den Speicheltest so schnell gemacht haben. Das Ergebnis
(Labor Dr. Kramer, 20.04.2026): Cotinin 86 ng/ml – das ist ein Wert, wie er
bei regelmäßigem Rauchen oder Dampfen vorkommt.

Im Antrag haben Sie "Nichtraucher seit mehr als 12 Monaten" angegeben. Am
Telefon sagten Sie, dass Sie gelegentlich E-Zigarette nutzen – das zählt in
unseren Bedingungen leider auch als Rauchen.

Meine Vorschläge:
  a) Wir policieren im Rauchertarif: 300.000 €, 20 Jahre, 41,80 € statt
     19,90 € im Monat. Wenn Sie 12 Monate rauchfrei sind, stellen wir mit
     einem neuen Test auf Nichtraucher um.
  b) Sie ziehen den Antrag zurück, es entstehen keine Kosten.

Geben Sie mir einfach kurz Bescheid. Die Angaben bleiben selbstverständlich
bei uns.

Viele Grüße
""" + sig("hartmann") + "\n\n" + FOOTER_LEBEN
    return text(m, body, cte="quoted-printable")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: print order for travel emergency cards - proof PDF with placeholders for name, policy and blood group")
def m_emergency_cards_print():
    m = new(who("reis"), "Orders Druckhaus Elbe <orders@druckhaus-elbe.example>",
            "Print order: travel emergency cards 2026 (proof attached)", "2026-04-24 09:20", mailer=OUTLOOK)
    body = """Hello,

please find attached the proof for our credit-card-sized travel emergency
cards. Customers fill them in themselves - the fields are blank on the
printed card, the angle brackets in the proof only mark where they go.

  Quantity:   40,000
  Format:     85.6 x 54 mm, 2 sides, 4/4, matt laminated
  Delivery:   Fjordia, Am Sandtorkai 144, goods receipt, by 15 May
  PO:         4500-2026-0233

Please send a hard proof before printing.

Thanks,
""" + sig("reis", "en", phone=False) + "\n\n" + FOOTER_EN
    text(m, body, charset="us-ascii", cte="7bit")
    attach(m, pdf(["# PROOF - Travel emergency card (front)",
                   "FJORDIA TRAVEL HEALTH - EMERGENCY CARD",
                   "Name: <first name> <last name>",
                   "Policy no.: <RK-xxxx-xxxx>",
                   "Blood group: <optional>",
                   "Allergies / medication: <optional>",
                   "\f",
                   "# PROOF - Travel emergency card (back)",
                   "24/7 emergency line: +49 40 3300 1400",
                   "Hospitals: please call us before treatment for a guarantee of payment.",
                   "Fjordia Krankenversicherung AG, Hamburg"],
                  title="Proof emergency card", created="20260423170000"),
           "application/pdf", "Proof_Emergency_Card_2026_v2.pdf")
    return m


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "motor: English explanation of the German policy schedule for an expat, with birth date, plate, VIN and policy number")
def m_policy_explained_expat():
    m = new(who("lindqvist"), "Sven Eriksson <sven.eriksson@freemail.example>",
            "Your motor policy explained / Ihr Versicherungsschein", "2026-04-27 12:40", mailer=ZENDESK)
    body = """Hi Sven,

as promised on the phone, here's what the German terms on your policy
schedule mean. I've copied the lines from your document:

  Versicherungsnehmer: Sven Eriksson, geb. 11.12.1990
      -> policyholder, born 11 Dec 1990
  Fahrzeug: Volvo XC40 Recharge, HH-SE 711, FIN YV1XZED1VN2019922
      -> the car, plate and VIN
  Vertrag KF-2024-102266, Kfz-Haftpflicht + Teilkasko, SB 150 €
      -> third-party liability + partial cover, EUR 150 excess
  Schadenfreiheitsklasse SF 7 / Beitragssatz 48 %
      -> no-claims class 7, you pay 48 % of the base premium
  Regionalklasse 9, Typklasse KH 18
      -> regional and vehicle type class (set by the industry, not by us)
  Fahrerkreis: VN + Ehepartnerin, ab 25 Jahre
      -> drivers: you and your wife, all drivers 25+

Mit freundlichen Grüßen / Best regards
""" + sig("lindqvist", "en") + "\n\n" + FOOTER_EN
    return text(m, body, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel cancellation because of the addressee's pregnancy complications (bleeding, bed rest) - travel claim with medical content; body base64")
def m_ruecktritt_schwangerschaft():
    m = new(who("jensen"), "Hannah Zielke <hannah.zielke@web-post.example>",
            "Reiserücktritt Kreta – Ihre Erstattung (R-26-01542)", "2026-04-28 10:02", mailer=CRM)
    body = """Hallo Frau Zielke,

wir hoffen, es geht Ihnen und dem Baby gut!

Ihre Frauenärztin, Dr. Hellwig, hat uns bestätigt, dass Sie wegen
Blutungen in der 14. Schwangerschaftswoche seit dem 02.04. strenge Bettruhe
halten mussten und die Reise nach Kreta (18.–28.04.) deshalb nicht antreten
konnten. Eine normale Schwangerschaft allein wäre kein Rücktrittsgrund –
eine Komplikation wie diese schon.

  Stornokosten laut Reiseveranstalter   1.976,00 €
  Selbstbehalt 20 %                      -395,20 €
  Erstattung                            1.580,80 €

Ihr Partner, Herr Jonas Zielke, war auf derselben Buchung mitversichert; seine
Stornokosten sind in dem Betrag schon enthalten.

Alles Gute für die nächsten Monate!
""" + sig("jensen") + "\n\n" + FOOTER_DE
    return text(m, body, cte="base64")


@mail("NORMAL", "de", "insurer-to-customer",
      "grey: call-back appointment for a prospect who wants advice on disability cover - no contract and no health data yet; ICS attached")
def m_rueckruf_bu_beratung():
    m = new(box("beratung", "Fjordia Beratung"), "Felix Raabe <felix.raabe@web-post.example>",
            "Ihr Rückruftermin: BU-Beratung am 05.05., 18:30 Uhr", "2026-04-29 19:03", mailer=CRM,
            headers=[("Auto-Submitted", "auto-generated")])
    body = """Hallo Herr Raabe,

danke für Ihre Terminbuchung. Wir rufen Sie an:

  Dienstag, 05.05.2026, 18:30 Uhr
  Thema: Beratung Berufsunfähigkeitsversicherung
  Dauer: ca. 30 Minuten

Zur Vorbereitung hilft es, wenn Sie Ihren aktuellen Beruf und Ihr
ungefähres Wunsch-Monatsbudget im Kopf haben. Gesundheitsfragen stellen wir
im Gespräch noch nicht – die kommen erst, wenn Sie sich für einen Antrag
entscheiden.

Den Termin für Ihren Kalender finden Sie im Anhang.

Ihr Fjordia-Beratungsteam
"""
    text(m, body, cte="quoted-printable")
    attach(m, ics("rueckruf-2026-05-05-1830-bu@fjordia.example", "2026-05-05 18:30", "2026-05-05 19:00",
                  "Rückruf Fjordia: BU-Beratung", "Telefon",
                  "Fjordia ruft Sie an. Termin absagen: https://mein.fjordia.example/termine",
                  organizer="beratung@fjordia.example"),
           "text/calendar", "Rueckruf_Fjordia.ics", params={"method": "REQUEST"})
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel: refund of the remaining annual premium after cancellation to the addressee's full IBAN")
def m_travel_refund_iban():
    iban = iban_de("70150000", "1004418732")
    m = new(who("wolf"), "Ryan Fitzgerald <ryan.fitz@inbox.example>",
            "Refund for your annual travel policy RS-1108-4452", "2026-04-30 08:40", mailer=CRM)
    body = """Hi Ryan,

your annual travel policy RS-1108-4452 ends on 31 May 2026 as requested
(you're moving back to Dublin - good luck!).

As you paid the full year in advance, you get back 7 months:
  EUR 49.90 x 7/12 = EUR 29.11

Refund to:
  Account holder: Ryan Fitzgerald
  IBAN: %s

If that account will be closed before mid-May, just send me your Irish
IBAN instead.

Best,
""" % iban + sig("wolf", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "en", "internal",
      "trap: security awareness mail showing a phishing mail that imitates the portal ('your dental claim was rejected'), fake data")
def m_phishing_awareness():
    m = new(who("bianchi"), "all-staff@fjordia.example",
            "Phishing alert: fake 'Mein Fjordia' mails in circulation", "2026-05-04 09:15", mailer=OUTLOOK,
            headers=[("Importance", "high")])
    body = """Hi everyone,

since Friday customers have been receiving fake mails that look like ours.
Several called the hotline. Example (customer data removed):

  From: "Mein Fjordia" <service@mein-fjordia-login.example>
  Subject: Ihre Zahnarztrechnung wurde abgelehnt - Handlung erforderlich
  "Your dental claim was rejected. Log in within 24 hours to avoid losing
  your reimbursement: https://mein-fjordia-login.example/verify"

How to spot it:
- We NEVER send claim decisions by plain mail, only a notification without
  content ("you have a new message").
- Our links only go to mein.fjordia.example or app.fjordia.example.
- We never ask for the one-time password.

If a customer mentions such a mail: reassure them, ask them to forward it
to phishing@fjordia.example, and if they entered their password, reset it
with them on the phone.

Marco
IT Service Desk
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health: repatriation of the addressee from Mexico after an appendectomy, assistance report PDF")
def m_repatriation_mexico():
    m = new(who("jensen"), "Aisha Bello <aisha.bello@inbox.example>",
            "Welcome home - your repatriation from Cancun (R-26-01610)", "2026-05-05 14:25", mailer=CRM)
    body = """Dear Aisha,

welcome back in Hamburg - I hope you're recovering well.

For your records, a summary of what happened and what we paid (travel
health policy RK-2204 7719):

- 21.04.2026 admission to Hospital Galenia, Cancun, with acute
  appendicitis; laparoscopic appendectomy the same night
- 24.04.2026 discharge, fit to fly with escort
- 27.04.2026 return flight to Hamburg with a medical escort (nurse),
  business class seat as ordered by the doctor
- Costs: hospital USD 14,820, flight and escort EUR 6,310 - all paid
  directly by us and our assistance partner

The assistance partner's final report is attached. There is nothing left for
you to pay. If you have receipts for taxis or pharmacy items in Mexico,
upload them in the app and we'll reimburse them too.

Take care,
""" + sig("jensen", "en") + "\n\n" + FOOTER_KV
    text(m, body, cte="quoted-printable")
    attach(m, pdf(["# Global Assist - Final case report GA-26-04412",
                   "Insured: Aisha Bello, DOB 1995-10-17, policy RK-2204 7719 (Fjordia)",
                   "Event: acute appendicitis (K35.8), Cancun, Mexico",
                   "2026-04-21 admission Hospital Galenia, CT scan, laparoscopic appendectomy",
                   "2026-04-24 discharge; fit to fly with medical escort (Dr. Ramirez)",
                   "2026-04-27 repatriation CUN-FRA-HAM, nurse escort, business class",
                   "Costs: hospital USD 14,820.00; repatriation EUR 6,310.00",
                   "Case closed 2026-04-30"], title="Case report GA-26-04412", created="20260430120000"),
           "application/pdf", "GlobalAssist_FinalReport_GA-26-04412.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: mail-merge letter template for the print shop with «placeholders» for name, IBAN and contract; DOCX")
def m_serienbrief_vorlage():
    m = new(who("wolf"), "Auftragsannahme Druckzentrum Nord <auftrag@druckzentrum-nord.example>",
            "Vorlage Serienbrief „SEPA-Vorabankündigung“ – Version 4", "2026-05-06 11:48", mailer=OUTLOOK)
    body = """Hallo Herr Tietjen,

anbei die überarbeitete Word-Vorlage für die SEPA-Vorabankündigung.
Geändert haben sich nur der zweite Absatz und die Fußzeile. Die Felder in
«Guillemets» füllen Sie wie gehabt aus der Datei, die wir Ihnen am Monatsende
über SFTP liefern – die Vorlage selbst enthält keine Kundendaten.

Bitte schicken Sie mir drei Testdrucke mit den Dummy-Datensätzen aus
test_sepa_v4.csv, bevor Sie produzieren.

Danke und Gruß
""" + sig("wolf") + "\n\n" + FOOTER_DE
    text(m, body, cte="8bit")
    attach(m, docx(["«Anrede» «Vorname» «Nachname»",
                    "«Straße» «Hausnummer»",
                    "«PLZ» «Ort»",
                    "Hamburg, «Datum»",
                    ("h", "Vorabankündigung Ihrer SEPA-Lastschrift"),
                    "«Anrede_Brief» «Nachname»,",
                    "am «Fälligkeitsdatum» buchen wir den Beitrag für Ihren Vertrag «Vertragsnummer» in Höhe von «Betrag» € "
                    "von Ihrem Konto «IBAN_maskiert» ab. Mandatsreferenz: «Mandatsreferenz», Gläubiger-ID DE98ZZZ09999999144.",
                    "Sie müssen nichts tun. Wenn sich Ihre Bankverbindung geändert hat, ändern Sie sie bitte in der App.",
                    "Ihr Fjordia Beitragsservice"],
                   title="Vorlage SEPA-Vorabankündigung v4", author="Nadine Wolf"),
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "Vorlage_SEPA-Vorabankuendigung_v4.docx")
    return m


@mail("CONFIDENTIAL", "de", "customer",
      "forwarded customer request for an instalment plan stating her net income as a trainee and her policy; windows-1252")
def m_fw_ratenzahlung_einkommen():
    m = new(who("demir"), box("beitragsservice", "Beitragsservice"),
            "WG: Ratenzahlung Kfz-Beitrag – Azubi", "2026-05-07 13:30", mailer=OUTLOOK)
    body = """Hallo Beitragsservice,

ist falsch bei uns im Leben-Postfach gelandet. Könnt ihr euch das anschauen?
Sie ist erst 19, ich fände eine Ratenzahlung fair.

Gruß Emre

________________________________
Von: Chantal Wiebe <chantal.wiebe@freemail.example>
Gesendet: Donnerstag, 7. Mai 2026 07:12
An: leben@fjordia.example
Betreff: Ratenzahlung Kfz-Beitrag – Azubi

Hallo,

ich hab den Jahresbeitrag für mein Auto (KF-2025-044810) nicht auf einmal,
392 Euro. Ich bin im 2. Lehrjahr als Friseurin und bekomme 842 Euro netto
im Monat, davon gehen 410 Miete weg. Kann ich monatlich zahlen? Auch wenn
es dann bisschen teurer ist.

Danke!!
Chantal Wiebe
Mainz
"""
    return text(m, body, charset="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental: orthodontic treatment of the addressee's 9-year-old daughter, KIG grade 3 finding, partial coverage")
def m_kfo_tochter():
    m = new(who("okafor"), "Mehmet Aksoy <mehmet.aksoy@web-post.example>",
            "Kieferorthopädie für Elif – was wir zahlen", "2026-05-08 10:17", mailer=CRM)
    body = """Hallo Herr Aksoy,

der Behandlungsplan von Dr. Seidel für Elif ist bei uns angekommen. Kurz das
Wichtigste:

Befund laut Plan: Kreuzbiss rechts und Engstand im Oberkiefer, eingestuft
als KIG D4/E3 (Kieferorthopädische Indikationsgruppe 3). Damit zahlt die
gesetzliche Krankenkasse die Grundbehandlung mit der festen Zahnspange.

Aus Elifs Kinder-Zahnzusatz (ZZ-3318 0068, mitversichert in Ihrem Vertrag)
erstatten wir die Mehrkosten, die die Kasse nicht trägt:
- Keramikbrackets statt Metall: 640 € → 80 % = 512 €
- Glattflächenversiegelung: 180 € → 80 % = 144 €
- Miniplastschiene für nachts: 220 € → 80 % = 176 €

Die Erstattung beantragen Sie einfach mit den jeweiligen Quartalsrechnungen
über die App. Elif wünschen wir viel Geduld mit der Spange!

Viele Grüße
""" + sig("okafor") + "\n\n" + FOOTER_KV
    return text(m, body, cte="quoted-printable")


@mail("NORMAL", "en", "internal",
      "trap: team event invitation for the English desk (ICS), names colleagues, nothing sensitive")
def m_team_event_ics():
    m = new(who("lindqvist"), "english-desk@fjordia.example",
            "Team evening: canal boat tour on 21 May", "2026-05-08 16:45", mailer=OUTLOOK)
    body = """Hi lovely people,

as voted in the poll: canal boat tour + dinner!

  Thursday, 21 May 2026, 18:00
  Meeting point: Jungfernstieg pier 2
  Dinner afterwards at Fischküche Elbblick (veggie options confirmed)

Calendar invite attached. Please tell me about food preferences by 15 May.
Alex, Tomás and Ingrid - you're very welcome to bring partners, we have 4
spare seats.

Sophie
"""
    text(m, body, charset="utf-8", cte="quoted-printable")
    attach(m, ics("teamevent-english-desk-2026-05-21@fjordia.example", "2026-05-21 18:00", "2026-05-21 22:00",
                  "Team evening English Desk: canal tour + dinner", "Jungfernstieg pier 2, Hamburg",
                  "Boat tour 18:00-19:30, then dinner at Fischkueche Elbblick.",
                  organizer="sophie.lindqvist@fjordia.example"),
           "text/calendar", "team_evening.ics", params={"method": "REQUEST"})
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-assessor",
      "motor total loss: instructions to the assessor with owner's name, plate, VIN, policy and location; nobody hurt")
def m_assessor_total_loss():
    m = new(who("brandt"), "Dispatch Weber Gutachten <dispatch@weber-kfz-gutachten.example>",
            "Assignment K-26-021188 - suspected total loss, Mini Cooper SE", "2026-05-11 09:05", mailer=CRM)
    body = """Hello Weber team,

please assess the following vehicle, suspected total loss after a single-
vehicle accident (slid into a crash barrier on the B 75, no injuries):

  Claim:       K-26-021188
  Policy:      KF-2025-077301 (comprehensive, excess EUR 300)
  Owner:       Ms Ebony Walker, Oldenburg, mobile 0151 2209 4471
  Vehicle:     Mini Cooper SE, OL-EW 98, VIN WMW11DJ0002T51937
  First reg.:  06/2022, mileage approx. 41,000 km
  Location:    Abschleppdienst Hinrichs, Am Hafen 12, 26135 Oldenburg

We need replacement value, residual value (3 bids from the online exchange),
repair cost estimate and photos. Please contact the owner before moving the
car - her personal things are still inside.

Deadline: report within 5 working days.

Thanks,
""" + sig("brandt", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "disability case conference: XLSX list of open claims with names, diagnoses (ICD) and next steps")
def m_bu_fallkonferenz():
    m = new(who("vogt"), "team-bu@fjordia.example",
            "Fallkonferenz BU 12.05. - Liste offene Faelle", "2026-05-11 17:55", mailer=OUTLOOK)
    body = """Hallo zusammen,

fuer morgen die Liste der Faelle, die laenger als 90 Tage offen sind (Anhang).
Bitte jede:r die eigenen Faelle vorbereiten: Was fehlt noch, wer ist dran.

Nur intern, nicht weiterleiten.

Henrik
"""
    text(m, body, charset="us-ascii", cte="7bit")
    rows = [["Leistungsfall", "Versicherte Person", "Geb.", "Beruf", "Diagnose(n)", "offen seit", "Was fehlt", "Bearbeitung"],
            ["L-BU-25-0388", "Tim Carstens", "1988-02-11", "Elektriker", "G93.3 Post-COVID, Fatigue", "2025-10-02", "Gutachten Neurologie", "Schmitz"],
            ["L-BU-25-0402", "Nora Petrović", "1992-07-30", "Erzieherin", "F33.2 rez. depressive Störung", "2025-10-20", "Klinikbericht", "Schmitz"],
            ["L-BU-25-0417", "Dominik Reuter", "1991-02-03", "Dachdecker", "M51.1 Bandscheibenvorfall", "2025-10-28", "erledigt (anerkannt)", "Schmitz"],
            ["L-BU-26-0031", "Mia Kessler", "1995-06-14", "Pflegefachkraft", "M54.5, F32.1", "2026-01-12", "Befundbericht Hausärztin", "Ulrich"],
            ["L-BU-26-0044", "Priya Raman", "1994-03-04", "Softwareentwicklerin", "F32.1", "2026-01-14", "ärztl. Stellungnahme", "Schmitz"],
            ["L-BU-26-0052", "Chloe Martin", "1993-09-22", "UX-Designerin", "C50.4 Mamma-Ca", "2026-01-28", "Entlassbrief", "Schmitz"]]
    attach(m, xlsx([("offen > 90 Tage", rows)]),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Fallkonferenz_BU_2026-05-12.xlsx")
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: product launch announcement - dental cover now includes aligners; prices and conditions, no person")
def m_launch_aligners():
    m = new(box("news", "Fjordia"), "subscribers@news.fjordia.example",
            "New: DentalPlus now covers clear aligners for adults", "2026-05-12 08:00",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/unsubscribe>"), ("Precedence", "bulk")])
    body = """NEW: DENTALPLUS NOW COVERS CLEAR ALIGNERS FOR ADULTS

Straight teeth shouldn't depend on your savings account. From 1 June 2026,
our new DentalPlus 90 Smile tariff pays for orthodontic treatment for
adults - including clear aligners - with up to EUR 1,500 every 4 years.

What's included
- Aligners and fixed braces for adults, even for cosmetic reasons
- Professional cleaning up to EUR 150 per year
- Implants, crowns and bridges at 90 %
- No waiting period for cleaning and fillings

Price: from EUR 24.90 a month (age 25-30). Apply in 3 minutes at
https://www.fjordia.example/dental - just four health questions.

Already a DentalPlus customer? Switch in the app without new health
questions until 31 August.

Fjordia Krankenversicherung AG, Am Sandtorkai 144, 20457 Hamburg
Unsubscribe: https://mein.fjordia.example/unsubscribe
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "liability declined: courtesy help for a neighbour (ladder), named third party and claim; no injury")
def m_ablehnung_gefaelligkeit():
    m = new(who("petersen"), "Lukas Brenner <lukas.brenner@mailo.example>",
            "Ihr Schaden PH-26-006604 – Leiter Ihres Nachbarn", "2026-05-13 14:40", mailer=CRM)
    body = """Hallo Herr Brenner,

ich hab mir den Fall genau angeschaut, muss Ihnen aber leider absagen.

Sie haben Ihrem Nachbarn, Herrn Gerd Wulff, beim Dachrinne-Reinigen
geholfen, dabei ist seine Aluleiter umgekippt und der Wintergarten-Anbau hat
eine Scheibe verloren (Schaden laut Glaserei 1.180 EUR). Verletzt wurde
niemand.

Das Problem: Die Leiter hat Herr Wulff selbst aufgestellt und gesichert, Sie
standen nur unten und haben Eimer angereicht. Für einen Schadenersatz müssten
Sie den Schaden verursacht haben, und das sehen wir nach Ihrer Schilderung und
der von Herrn Wulff nicht. Ihre Privathaftpflicht (PH-2240 7716) zahlt
deshalb nicht, wehrt aber Ansprüche von Herrn Wulff für Sie ab, falls er
welche stellt.

Ich weiß, unter Nachbarn ist das blöd. Wenn Sie möchten, schreibe ich Herrn
Wulff die Begründung direkt, dann müssen Sie das nicht erklären.

Viele Grüße
""" + sig("petersen") + "\n\n" + FOOTER_DE.replace("–", "-")
    return text(m, body, charset="iso-8859-1", cte="quoted-printable")
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability benefits statement for the addressee: post-concussion syndrome after a bike accident, monthly benefit; PDF statement")
def m_bu_statement_concussion():
    m = new(who("schmitz"), "Sven Eriksson <sven.eriksson@freemail.example>",
            "Your disability benefit statement 2025", "2026-05-14 10:20", mailer=CRM)
    body = """Dear Mr Eriksson,

attached is your annual statement for 2025 for policy BU-9901 3346. You may
need it for your tax return (disability pensions are taxed only with their
"Ertragsanteil").

Quick summary:
- Benefit paid since 01.03.2025 because of the post-concussion syndrome
  after your bike accident in October 2024
- Monthly benefit EUR 2,100, paid for 10 months in 2025 = EUR 21,000
- Premium waiver since 01.03.2025

The next review is planned for spring 2027. I hope the vestibular therapy is
helping with the dizziness.

Best regards,
""" + sig("schmitz", "en") + "\n\n" + FOOTER_LEBEN
    text(m, body, charset="us-ascii", cte="7bit")
    attach(m, pdf(["# Annual statement 2025 - disability benefits",
                   "Fjordia Lebensversicherung AG",
                   "Recipient: Sven Eriksson, born 11.12.1990, tax ID on file",
                   "Policy: BU-9901 3346   Claim: L-BU-25-0061",
                   "Reason for benefit: post-concussion syndrome (F07.2) after head injury 10/2024",
                   "Benefits paid 2025: 10 x 2,100.00 EUR = 21,000.00 EUR",
                   "Premiums waived 2025: 10 x 71.40 EUR",
                   "Start of pension: 01.03.2025"], title="Annual statement 2025", created="20260510080000"),
           "application/pdf", "Statement_2025_BU-9901-3346.pdf")
    return m


@mail("NORMAL", "de", "internal",
      "trap: travel insurance statistics - top destinations, claims frequency and loss ratio incl. medical claims abroad, aggregates; XLSX")
def m_reise_statistik():
    m = new(who("jensen"), "produkt-reise@fjordia.example",
            "Reise 2025: Zielländer, Schadenhäufigkeit, Schadenquote", "2026-05-15 09:05", mailer=OUTLOOK)
    body = """Hallo Produktteam,

wie gewünscht die Auswertung für 2025 (Anhang). Kurz:

- 61 % aller Reise-Schäden sind Krankheitskosten im Ausland, davon 70 %
  ambulant unter 300 €.
- Teuerste Ziele pro Schaden: USA, Thailand, Mexiko (Krankenhaus).
- Rücktritt: häufigster Grund ist Krankheit vor Reiseantritt, danach
  Jobwechsel und Todesfälle in der Familie.
- Schadenquote gesamt 58 %, Auslandskranken allein 71 %.

Keine Einzelfälle in der Datei, nur Summen je Land.

Ole
"""
    text(m, body, cte="8bit")
    rows = [["Zielland", "versicherte Reisen", "Schäden", "Häufigkeit", "Ø Schaden EUR", "Anteil Krankheit"],
            ["Spanien", 48210, 1402, 0.029, 210, 0.64],
            ["Italien", 30114, 802, 0.027, 190, 0.58],
            ["Türkei", 21980, 911, 0.041, 240, 0.71],
            ["Thailand", 8840, 388, 0.044, 1120, 0.82],
            ["USA", 7310, 176, 0.024, 3940, 0.77],
            ["Mexiko", 2120, 71, 0.033, 2870, 0.80],
            ["übrige", 61220, 1515, 0.025, 260, 0.49]]
    attach(m, xlsx([("Zielländer 2025", rows)]),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Reise_Auswertung_2025.xlsx")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: one-line reply - partner added as driver with her birth date, plate and policy; quoted request")
def m_fahrerkreis():
    m = new(who("brandt"), "Niklas Kaiser <niklas.kaiser@inbox.example>",
            "AW: Freundin soll auch fahren dürfen", "2026-05-18 12:30", mailer=CRM)
    body = """Erledigt – Frau Lina Marquardt (geb. 17.02.1997) ist ab sofort im Fahrerkreis von KF-2022-054471, Beitrag bleibt bei 46,90 €. VG Lea Brandt, Fjordia Kfz

-----Ursprüngliche Nachricht-----
Von: Niklas Kaiser <niklas.kaiser@inbox.example>
Gesendet: Montag, 18. Mai 2026 11:58
An: kfz@fjordia.example
Betreff: Freundin soll auch fahren dürfen

Hi, meine Freundin soll ab nächster Woche auch mit dem Mazda (HH-NK 3094)
fahren. Lina Marquardt, 17.02.1997, Führerschein seit 2015. Geht das und
wird es teurer? Danke, Niklas
"""
    return text(m, body, cte="quoted-printable")


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: prospect asks what the dental plans pay for cleaning and fillings; generic tariff table, no contract or finding")
def m_prospect_dental_cleaning():
    m = new(who("lindqvist"), "Matteo Russo <matteo.r.design@webpost.example>",
            "Re: Dental cover - cleaning & fillings?", "2026-05-18 15:55", mailer=ZENDESK)
    plain = """Hi Matteo,

thanks for your interest. Here's what our three dental plans pay:

                        DentalBasic   DentalPlus 80   DentalPlus 90
  Professional cleaning  -             EUR 80/year     EUR 120/year
  Fillings (composite)   -             80 %            90 %
  Root canal treatment   -             80 %            90 %
  Crowns, implants       60 %          80 %            90 %
  Price age 25-30/month  EUR 6.90      EUR 14.90       EUR 19.90

There's no waiting period for cleaning and fillings. Treatments your dentist
has already recommended before you sign up aren't covered - that's the same
with every insurer.

Best,
Sophie
Customer Care - English Desk
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Matteo,</p><p>thanks for your interest. Here's what our three dental plans pay:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>DentalBasic</th><th>DentalPlus 80</th><th>DentalPlus 90</th></tr>
<tr><td>Professional cleaning</td><td>&ndash;</td><td>EUR 80/year</td><td>EUR 120/year</td></tr>
<tr><td>Fillings (composite)</td><td>&ndash;</td><td>80&nbsp;%</td><td>90&nbsp;%</td></tr>
<tr><td>Root canal treatment</td><td>&ndash;</td><td>80&nbsp;%</td><td>90&nbsp;%</td></tr>
<tr><td>Crowns, implants</td><td>60&nbsp;%</td><td>80&nbsp;%</td><td>90&nbsp;%</td></tr>
<tr><td>Price age 25&ndash;30/month</td><td>EUR 6.90</td><td>EUR 14.90</td><td>EUR 19.90</td></tr>
</table>
<p>There's no waiting period for cleaning and fillings.</p>
<p>Best,<br>Sophie<br>Customer Care &ndash; English Desk</p>
</body></html>
"""
    return alt(m, plain, html, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "term life: subject tag [secure]; sum increase for the addressee after the birth of her son without health check")
def m_rl_nachversicherung_geburt():
    m = new(who("demir"), "Aylin Demirtas <aylin.d@mailbox.example>",
            "[secure] Nachversicherung Ihrer Risikolebensversicherung nach der Geburt", "2026-05-19 11:12",
            mailer=OUTLOOK)
    body = """Hallo Frau Demirtas,

herzlichen Glückwunsch zur Geburt von Emir am 28.04.! Wie am Telefon
besprochen: Mit der Nachversicherungsgarantie können Sie die
Versicherungssumme Ihrer Risikolebensversicherung RL-3350 9917 innerhalb von
sechs Monaten nach der Geburt erhöhen – ohne neue Gesundheitsfragen.

  bisherige Summe:   150.000 €
  neue Summe:        225.000 € (+50 %, das Maximum)
  Beitrag neu:       16,80 € statt 11,20 € im Monat
  Ablauf:            unverändert 01.08.2049

Dafür brauche ich nur noch eine Kopie der Geburtsurkunde. Laden Sie sie
gern in der App hoch, dann schicke ich Ihnen den Nachtrag.

Viele Grüße und ruhige Nächte
""" + sig("demir") + "\n\n" + FOOTER_LEBEN
    return text(m, body, cte="8bit")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: penetration-test scope for the portal with fictitious test accounts and a published example IBAN")
def m_pentest_scope():
    m = new(who("bianchi"), "Engagements Redline Security <engagements@redline-sec.example>",
            "Pentest scope Q3: customer portal & app API", "2026-05-20 10:00", mailer=THUNDERBIRD)
    body = """Hi Redline team,

as agreed in the kick-off, the scope for the Q3 test:

In scope
- https://mein.fjordia.example (customer portal), staging instance
  https://stage-mein.fjordia.example only
- App API https://api-stage.fjordia.example/v3 (claims upload, documents,
  bank details, chat)
- Password reset and one-time password flow

Out of scope
- Production, the mail gateway, the chat vendor's infrastructure

Test accounts (staging, synthetic data set v7)
  qa-erika-07   Erika Musterfrau (fiktiv), born 01.01.1990
  qa-max-12     Max Mustermann (fiktiv), born 12.12.1985
  Bank detail test value: DE02 1203 0000 0000 2020 51 (public example IBAN)

Please focus on IDOR in the document download (one customer seeing another
customer's dental invoice would be our worst case) and on rate limiting for
the one-time password.

Window: 06-17 July 2026. Reporting via the encrypted exchange folder.

Marco
""" + sig("bianchi", "en", phone=False)
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet liability: the addressee's dog damaged a neighbour's fence, neighbour named, claim and payout; no injury")
def m_dog_fence():
    m = new(who("lindqvist"), "Laura Bennett <laura.bennett@webpost.example>",
            "Re: Our dog dug under the neighbour's fence", "2026-05-21 14:08", mailer=ZENDESK)
    body = """Hi Laura,

thanks for the photos - Pepper has clearly been busy!

Your dog liability policy TH-6610 2053 covers the damage to Mr and Mrs
Schulte's fence and the flower bed. I spoke to Mrs Schulte this morning; the
gardener's quote is EUR 480. We'll pay that directly to her.

Claim number for your records: TH-26-000918. No excess on this policy.

Maybe a few stones along the fence line? ;-)

Best,
""" + sig("lindqvist", "en") + """

> -----Original Message-----
> From: Laura Bennett <laura.bennett@webpost.example>
> Sent: Tuesday, 19 May 2026 20:11
> Subject: Our dog dug under the neighbour's fence
>
> Hi, our dog Pepper dug under the fence to the Schultes (Birkenweg 6) and
> pulled down part of it + their tulips. They were nice about it but want it
> fixed. Policy TH-6610 2053. Photos attached. Laura
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "mixed", "internal",
      "trap: bilingual meeting notes with the UK app agency about the claims flow; no customer data")
def m_agency_notes_bilingual():
    m = new(who("nguyen"), "app-team@fjordia.example",
            "Notes call Pixelhafen UK / Notizen Call 22.05.", "2026-05-22 16:30", mailer=THUNDERBIRD)
    body = """Kurz auf Deutsch für alle, English summary for Rachel & Owen below.

DE
- Schadenstart-Screen: Version B gewinnt (weniger Abbrüche, 12 % statt 19 %).
- Gesundheitsfragen im BU-Antrag bleiben vorerst im Web, nicht in der App –
  Rechtsabteilung will erst die neue Einwilligung sehen.
- Tierarzt-Rechnungen: OCR-Quote 74 %, Ziel 90 %.

EN
- Claims start screen: variant B wins (drop-off 12 % vs 19 %).
- Health questions for the disability application stay on the web for now;
  legal wants to review the new consent text first.
- Vet invoice OCR at 74 %, target 90 %. Owen will share the anonymised
  sample set (no names, amounts randomised).

Next call 5 June.
Tim
"""
    return text(m, body, cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "injured pedestrian's lawyer letter (Outlook quote) with fractures and surgery, forwarded from legal to motor claims")
def m_fw_anwalt_fussgaenger():
    m = new(who("berg"), who("brandt"),
            "WG: Unfall 14.05.2026 – Fußgängerin verletzt – Ihr Schaden K-26-022710", "2026-05-26 09:40",
            mailer=OUTLOOK)
    body = """Hallo Lea,

zur Info und für die Akte: Der Anwalt der Fußgängerin hat sich gemeldet.
Ich übernehme ab jetzt den Personenschaden, du machst bitte den Sachschaden
am Auto unseres VN weiter. Reserve bitte auf 25.000 € setzen.

Katharina

-----Ursprüngliche Nachricht-----
Von: Kanzlei Mertens & Yıldırım <post@mertens-yildirim.example>
Gesendet: Freitag, 22. Mai 2026 15:02
An: schaden@fjordia.example
Betreff: Unfall 14.05.2026, Hamburg-Eimsbüttel – Ihr VN Kevin Schröder

Sehr geehrte Damen und Herren,

wir vertreten Frau Irmgard Voss, geb. 09.09.1951, die am 14.05.2026 auf dem
Fußgängerüberweg Osterstraße vom Fahrzeug Ihres Versicherungsnehmers,
Herrn Kevin Schröder (DO-KS 2209), erfasst wurde.

Frau Voss erlitt eine Schenkelhalsfraktur links (S72.0), die am 15.05. im
Krankenhaus St. Georg mit einer Hüftprothese versorgt wurde, sowie eine
Platzwunde am Kopf. Sie befindet sich derzeit in der Anschlussheilbehandlung
und wird voraussichtlich dauerhaft auf einen Rollator angewiesen sein.

Wir bitten um Bestätigung Ihrer Eintrittspflicht und einen
Schmerzensgeldvorschuss von 10.000 € bis zum 12.06.2026.

Mit freundlichen Grüßen
Dr. Hanna Mertens
Rechtsanwältin
"""
    return text(m, body, cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "travel cancellation because the addressee's visa was refused (no health), booking and refund; settlement PDF")
def m_ruecktritt_visum():
    m = new(who("jensen"), "Mehmet Aksoy <mehmet.aksoy@web-post.example>",
            "Reiserücktritt USA – Visum abgelehnt (R-26-01777)", "2026-05-27 11:44", mailer=CRM)
    body = """Hallo Herr Aksoy,

die Ablehnung des ESTA und danach des Visums durch das US-Konsulat liegt uns
vor. Das ist in Ihrem Tarif "Reise Rundum" ein versicherter Rücktrittsgrund,
weil Sie den Antrag rechtzeitig gestellt hatten.

Wir erstatten die Stornokosten für Sie und Ihre Frau abzüglich 10 %
Selbstbehalt: 2.214,00 €. Die Abrechnung hängt an.

Für Ihre Kinder war die Reise ohnehin nicht gebucht – das hatte ich am
Telefon falsch verstanden, sorry.

Viele Grüße
""" + sig("jensen") + "\n\n" + FOOTER_DE
    text(m, body, charset="windows-1252", cte="quoted-printable")
    attach(m, pdf(["# Abrechnung Reiserücktritt R-26-01777",
                   "Versicherungsnehmer: Mehmet Aksoy, Vertrag RS-5520 3318",
                   "Reise: New York, 10.06.-20.06.2026, Buchung NYX-448120",
                   "Grund: Visum abgelehnt (US-Generalkonsulat Frankfurt, 08.05.2026)",
                   "Mitreisende versicherte Person: Selin Aksoy",
                   "Stornokosten: 2.460,00 EUR, Selbstbehalt 10 %: 246,00 EUR",
                   "Erstattung: 2.214,00 EUR"], title="Abrechnung R-26-01777", created="20260527110000"),
           "application/pdf", "Abrechnung_R-26-01777.pdf")
    return m


@mail("NORMAL", "de", "internal",
      "trap: announcement that a named colleague goes on sabbatical, handover of tasks - no reason or health detail")
def m_sabbatical():
    m = new(who("petersen"), "team-schaden-sach-hp@fjordia.example",
            "Meike ab Juli im Sabbatical – Übergabe", "2026-05-28 08:50", mailer=OUTLOOK)
    body = """Moin Team,

wie einige schon wissen: Meike geht vom 01.07. bis 31.12. ins Sabbatical
(Radtour von Lissabon nach Istanbul, wer will, kriegt Postkarten).

Übergabe:
- Großschäden Leitungswasser > 20 T€: Lars
- Sachverständigen-Koordination Nord: Ayşe
- Schulung neue Kolleg:innen: ich

Meike macht bis Ende Juni Übergabe-Sessions, Termine kommen per Einladung.
Abschied am 30.06. mit Franzbrötchen.

Jonas
"""
    return text(m, body, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "chat transcript forwarded to dental claims: customer's root canal treatment and abscess, invoice upload failed")
def m_chat_root_canal():
    m = new(who("aydin"), box("leistung-zahn", "Leistung Zahn"),
            "FW: Chat #C-98851 - root canal invoice (EN)", "2026-05-29 12:10", mailer=OUTLOOK)
    body = """Hi Zahn team,

customer couldn't upload the invoice (APP-2291 again, Android). She'll try
via web. Can someone check the claim as soon as it's there? She's worried
about the amount.

Deniz

----- transcript C-98851 / 29.05.2026 / app -----
11:40 Customer: hello, I had an emergency root canal on Tuesday, tooth 27,
      the dentist said there was an abscess
11:41 Customer: the bill is 890 EUR and the app upload keeps hanging at 99%
11:43 Deniz (Fjordia): Hi! Sorry about that, we know the bug. Could you try
      on mein.fjordia.example in the browser? Which contract do you have?
11:44 Customer: Ana Costa, DentalPlus 80, ZZ-7719 0244
11:45 Customer: I also got antibiotics (clindamycin), is that covered too?
11:46 Deniz (Fjordia): Medication from the pharmacy isn't part of the
      dental plan, only the dentist's invoice. I'll ask the dental team to
      look at it right away once it's uploaded.
11:46 Customer: ok thank you!
-----------------------------------------------
"""
    return text(m, body, charset="us-ascii", cte="base64")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reply to a comparison portal about the tariff data feed (dental, pet, travel benefits and prices), product data only; CSV")
def m_comparison_feed():
    m = new(who("reis"), "Partner Data Team <partnerdata@vergleichsprofi.example>",
            "Re: Tariff feed 2026-06 - corrected dental benefits", "2026-06-01 10:25", mailer=OUTLOOK)
    body = """Hi Jan,

sorry for the mix-up in last month's file - the professional cleaning limit
for DentalPlus 80 was shown as EUR 120 instead of EUR 80. Corrected feed
attached (same format, semicolon, UTF-8).

New in this file:
- DentalPlus 90 Smile (aligners for adults), live from 1 June
- PetCare OP Plus with higher fee rates (up to 4x GOT)

As a reminder: we're a direct insurer, so the "apply" link must go to our
site (https://www.fjordia.example/...), and we don't pay per-lead commissions
on disability or term life.

Best,
Carla
"""
    text(m, body, charset="us-ascii", cte="7bit")
    rows = [["tariff_id", "line", "name", "price_age_25_eur", "benefit_key", "benefit_value"],
            ["ZZ-B", "dental", "DentalBasic", "6.90", "prosthetics_pct", "60"],
            ["ZZ-80", "dental", "DentalPlus 80", "14.90", "cleaning_eur_year", "80"],
            ["ZZ-90", "dental", "DentalPlus 90", "19.90", "cleaning_eur_year", "120"],
            ["ZZ-90S", "dental", "DentalPlus 90 Smile", "24.90", "ortho_adult_eur_4y", "1500"],
            ["TK-OP", "pet", "PetCare OP Plus", "21.50", "got_factor_max", "4"],
            ["RS-J", "travel", "Travel annual single", "14.90", "medical_abroad", "unlimited"]]
    attach(m, csvtext(rows), "text/csv", "fjordia_tariff_feed_2026-06.csv", charset="utf-8")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: payment reminder for the addressee's pet health policy (HTML only), pet and amount - animal, not human health")
def m_mahnung_tier_html():
    m = new(box("beitragsservice", "Fjordia Beitragsservice"), "Tomasz Nowak <tomasz.nowak@freemail.example>",
            "Zahlungserinnerung Tierkrankenversicherung TK-3301-7745", "2026-06-02 06:30", mailer=CRM,
            headers=[("Auto-Submitted", "auto-generated")])
    html = """<html><head><meta charset="iso-8859-1"><title>Zahlungserinnerung</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag Herr Nowak,</p>
<p>f&uuml;r die Tierkrankenversicherung Ihres Hundes <b>Bruno</b> ist ein Beitrag offen:</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Vertrag</td><td>TK-3301-7745 (PetCare OP Plus)</td></tr>
<tr><td>f&auml;llig seit</td><td>01.05.2026</td></tr>
<tr><td>offener Betrag</td><td>38,90 EUR</td></tr>
</table>
<p>Bitte zahlen Sie bis zum 16.06.2026. Danach k&ouml;nnen wir f&uuml;r neue Tierarztrechnungen
leider nichts erstatten, bis der Beitrag da ist.</p>
<p>Ihr Fjordia Beitragsservice</p>
</body></html>
"""
    return text(m, html, subtype="html", charset="iso-8859-1", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "disability claim: request to a psychiatric day clinic for the discharge report of a named patient, diagnosis given")
def m_anfrage_tagesklinik():
    m = new(who("schmitz"), "Sekretariat Tagesklinik <sekretariat.tk@klinik-nordheide.example>",
            "Anforderung Entlassungsbericht – Frau Nora Petrović, geb. 30.07.1992", "2026-06-03 13:05",
            mailer=OUTLOOK)
    body = """Sehr geehrte Damen und Herren,

Frau Nora Petrović, geb. 30.07.1992, war nach ihren Angaben vom 12.01. bis
06.03.2026 in Ihrer psychiatrischen Tagesklinik in Behandlung (rezidivierende
depressive Störung, F33.2). Sie hat bei uns Leistungen aus ihrer
Berufsunfähigkeitsversicherung beantragt (Leistungsfall L-BU-25-0402) und
uns von der Schweigepflicht entbunden; die Erklärung liegt als Scan im
Portal.

Wir bitten um Übersendung des Entlassungsberichts einschließlich der
psychologischen Testdiagnostik. Die Kosten erstatten wir nach GOÄ Nr. 80
zuzüglich Porto.

Bitte senden Sie den Bericht über das sichere Postfach (Link folgt in einer
separaten Nachricht) oder per Post, nicht als unverschlüsselte E-Mail.

Mit freundlichen Grüßen
""" + sig("schmitz") + "\n\n" + FOOTER_LEBEN
    return text(m, body, cte="quoted-printable")


@mail("NORMAL", "de", "newsletter",
      "trap: general announcement of new motor tariffs and average premium change, no individual contract")
def m_kfz_tarife_juni():
    m = new(box("news", "Fjordia"), "kfz-kunden@news.fjordia.example",
            "Neue Kfz-Tarife ab Juni: Was sich für Sie ändert (und was nicht)", "2026-06-04 08:00",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/abmelden>"), ("Precedence", "bulk")])
    plain = """Liebe Kundinnen und Kunden,

ab 01.06.2026 gibt es bei uns neue Kfz-Tarife für Neuverträge. Für
bestehende Verträge gilt:

- Ihr Beitrag ändert sich erst zur Hauptfälligkeit am 01.01.2027 und nur,
  wenn sich Typ- oder Regionalklasse ändern oder wir den Tarif allgemein
  anpassen. Darüber informieren wir Sie immer vorher persönlich.
- Im Durchschnitt steigen die Kfz-Beiträge in Deutschland 2026 um etwa 6 %,
  vor allem wegen teurer Ersatzteile und Werkstattlöhne.
- Neu für alle: Fahrerschutz für 2,40 € im Monat. Er zahlt Ihre eigenen
  Verletzungen als Fahrer:in, wenn Sie einen Unfall selbst verursachen.

Alle Details: https://www.fjordia.example/kfz-2026
"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:600px">
<h2>Neue Kfz-Tarife ab Juni</h2>
<ul><li>Bestehende Vertr&auml;ge: &Auml;nderungen fr&uuml;hestens zum 01.01.2027, immer mit pers&ouml;nlicher Info vorab.</li>
<li>Branchenweit steigen Kfz-Beitr&auml;ge 2026 um etwa 6&nbsp;%.</li>
<li>Neu: <b>Fahrerschutz</b> f&uuml;r 2,40&nbsp;&euro; im Monat.</li></ul>
<p><a href="https://www.fjordia.example/kfz-2026">Alle Details</a></p>
</body></html>
"""
    return alt(m, plain, html, charset="utf-8", cte="8bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel: two-line reply - rental car excess in Portugal reimbursed, policy and rental agreement, nobody hurt; quoted customer mail")
def m_rental_excess_portugal():
    m = new(who("jensen"), "Liam O'Connor <liam.oconnor@mailbox.example>",
            "Re: Rental car excess - Faro (R-26-01902)", "2026-06-05 15:15", mailer=CRM)
    body = """Hi Liam, all in order - EUR 950.00 (excess Algarve Cars, agreement AC-88213) goes to your account this week under your travel policy RS-6627 1180. Cheers, Ole

On 04.06.2026 22:10, Liam O'Connor wrote:
> Hi again, attached the damage report from the rental company in Faro
> (scraped the rear door in a car park in Lagos, nobody hurt, just my
> pride) and my credit card statement showing the 950 EUR excess.
> Claim R-26-01902. Thanks! Liam
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("NORMAL", "en", "internal",
      "trap: FAQ for chat agents on what counts as health data, with invented example sentences; HTML attachment")
def m_faq_health_data_chat():
    m = new(who("krueger"), "team-chat@fjordia.example",
            "FAQ: Is this health data? (for chat & phone)", "2026-06-08 09:30", mailer=OUTLOOK)
    body = """Hi chat team,

after the workshop in January several of you asked for a cheat sheet. Here it
is as an HTML page (opens in any browser, also on the intranet from Monday).
All example sentences are made up.

Anja
Data Protection Officer
"""
    text(m, body, charset="us-ascii", cte="7bit")
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="windows-1252"><title>FAQ health data</title></head>
<body>
<h1>Is this health data?</h1>
<table border="1" cellpadding="6">
<tr><th>Example (invented)</th><th>Health data?</th><th>Why</th></tr>
<tr><td>"I was at the dentist yesterday"</td><td>Yes</td><td>says something about treatment of a person</td></tr>
<tr><td>"My dog had surgery"</td><td>No (but still confidential)</td><td>animal, not a person</td></tr>
<tr><td>"I'm on sick leave" (disability claim)</td><td>Yes</td><td>incapacity for work is health information</td></tr>
<tr><td>"Can I upload a doctor's invoice?"</td><td>No</td><td>a question about a process, no person's health</td></tr>
<tr><td>"My IBAN changed"</td><td>No (confidential)</td><td>bank data</td></tr>
<tr><td>"I wear glasses"</td><td>Yes</td><td>visual aid = health</td></tr>
</table>
<p>When in doubt: treat it as health data and ask the customer to use the encrypted upload.</p>
<p>&copy; Fjordia Datenschutz &ndash; Stand Juni 2026</p>
</body></html>
"""
    attach(m, html, "text/html", "FAQ_health_data_chat.html", charset="windows-1252", cte="quoted-printable")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "motor recourse: the addressee drove with 1.6 per mille, penal order (criminal conviction), recovery of 5,000 EUR")
def m_regress_trunkenheit():
    m = new(who("berg"), "Kevin Schröder <kevin.schroeder99@freemail.example>",
            "Regress aus Ihrem Unfall vom 14.05.2026 – K-26-022710", "2026-06-09 10:30", mailer=OUTLOOK)
    body = """Sehr geehrter Herr Schröder,

wie Sie wissen, haben wir als Ihr Kfz-Haftpflichtversicherer die Schäden
aus dem Unfall vom 14.05.2026 an der Osterstraße zu regulieren.

Aus der Ermittlungsakte der Staatsanwaltschaft Hamburg (Az. 3202 Js 418/26)
ergibt sich, dass bei Ihnen um 23:40 Uhr eine Blutalkoholkonzentration von
1,6 Promille festgestellt wurde. Das Amtsgericht Hamburg-St. Georg hat gegen
Sie am 02.06.2026 einen Strafbefehl wegen fahrlässiger Trunkenheit im
Verkehr und fahrlässiger Körperverletzung erlassen (Geldstrafe 60
Tagessätze, Entzug der Fahrerlaubnis).

Fahren unter Alkoholeinfluss ist eine Obliegenheitsverletzung nach D.1.2 der
Kfz-Bedingungen. Wir sind deshalb berechtigt, bis zu 5.000 € der von uns
gezahlten Beträge von Ihnen zurückzufordern, und machen diesen Betrag
hiermit geltend.

Wir bieten Ihnen eine Ratenzahlung von 100 € monatlich an. Bitte melden Sie
sich bis zum 30.06.2026.

Mit freundlichen Grüßen

Katharina Berg
Syndikusrechtsanwältin, Recht & Regress

""" + FOOTER_DE
    return text(m, body, cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "motor total loss: subject tag [vertraulich]; payment notice to the leasing bank naming the lessee, contract, plate and VIN; assignment PDF")
def m_leasing_totalschaden():
    m = new(who("brandt"), "Schadenabteilung Hanse Leasing <schaden@hanse-leasing.example>",
            "[vertraulich] Totalschaden Mini Cooper SE, OL-EW 98 – Zahlung an Sie als Eigentümerin", "2026-06-10 13:20",
            mailer=CRM)
    body = """Sehr geehrte Damen und Herren,

zum Leasingvertrag LV-2022-0718833 Ihrer Leasingnehmerin Frau Ebony Walker
teilen wir mit:

  Fahrzeug:            Mini Cooper SE, OL-EW 98, FIN WMW11DJ0002T51937
  unser Vertrag:       KF-2025-077301 (Vollkasko, SB 300 €)
  Schaden:             K-26-021188 vom 09.05.2026, wirtschaftlicher Totalschaden
  Wiederbeschaffungswert (netto):  21.400,00 €
  Restwert (Höchstgebot):          -6.150,00 €
  Selbstbeteiligung:                 -300,00 €
  Zahlung an Sie:                  14.950,00 €

Die Zahlung erfolgt gemäß Sicherungsschein an Sie als Eigentümerin. Die
Abtretungserklärung der Leasingnehmerin hängt an. Bitte teilen Sie uns mit,
wohin der Fahrzeugbrief für den Restwertkäufer gehen soll.

Mit freundlichen Grüßen
""" + sig("brandt") + "\n\n" + FOOTER_DE
    text(m, body, cte="8bit")
    attach(m, pdf(["# Abtretungserklärung / Zahlungsanweisung",
                   "Ich, Ebony Walker, Oldenburg, Leasingnehmerin des Fahrzeugs Mini Cooper SE,",
                   "amtl. Kennzeichen OL-EW 98, erkläre mich einverstanden, dass die Entschädigung",
                   "aus dem Schaden K-26-021188 an die Hanse Leasing GmbH gezahlt wird.",
                   "Leasingvertrag: LV-2022-0718833",
                   "Oldenburg, 03.06.2026, gez. E. Walker"], title="Abtretung K-26-021188",
                  created="20260603100000"),
           "application/pdf", "Abtretung_K-26-021188.pdf")
    return m


@mail("NORMAL", "de", "internal",
      "trap: call for first-aid course registrations (Ersthelfer) with course content - no participant health data")
def m_ersthelfer_kurs():
    m = new(who("schuster"), "alle-standort-hamburg@fjordia.example",
            "Ersthelfer:innen gesucht – Kurs am 23./24.06.", "2026-06-11 11:30", mailer=OUTLOOK)
    body = """Hallo zusammen,

wir brauchen für die neuen Etagen mindestens 6 weitere Ersthelfer:innen.
Der Kurs (9 Unterrichtseinheiten) findet im Haus statt:

  Di, 23.06. und Mi, 24.06.2026, jeweils 08:30–13:00 Uhr, Raum Elbe
  Durchführung: DRK-Kreisverband Hamburg-Mitte
  Inhalte: Herz-Lungen-Wiederbelebung, AED, stabile Seitenlage, Blutungen,
  Herzinfarkt und Schlaganfall erkennen, Allergischer Schock

Die Kursgebühr zahlt die Berufsgenossenschaft, die Zeit ist Arbeitszeit.
Anmeldung bitte bis 17.06. per Mail an mich.

Danke!
Paul
"""
    return text(m, body, cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "term life accepted for the addressee with a rating for mitral valve prolapse and a skydiving exclusion; policy schedule PDF")
def m_rl_accepted_exclusion():
    m = new(who("hartmann"), "Ryan Fitzgerald <ryan.fitz@inbox.example>",
            "Your term life application - accepted (with one condition)", "2026-06-12 16:05", mailer=OUTLOOK)
    body = """Hi Ryan,

good news: we can offer you the term life cover (EUR 200,000, 25 years).

Two things are different from what you applied for:

1. Heart: your cardiologist's report (Dr. Brandes, 21.05.) confirms a mild
   mitral valve prolapse with trivial regurgitation, no treatment needed.
   That's fine for us, but we add a small rating of +25 % to the premium:
   EUR 17.40 instead of EUR 13.90 a month.
2. Skydiving: because you do more than 20 jumps a year, deaths caused by
   skydiving are excluded. Everything else is covered as usual.

If you stop skydiving or your next echo in two years is unchanged, let us
know and we'll review both points.

The policy schedule is attached. You have 30 days to change your mind.

Cheers,
""" + sig("hartmann", "en") + "\n\n" + FOOTER_LEBEN
    text(m, body, charset="us-ascii", cte="7bit")
    attach(m, pdf(["# Policy schedule - term life RL-6618 2290",
                   "Fjordia Lebensversicherung AG",
                   "Policyholder and insured person: Ryan Fitzgerald, born 23.03.1992",
                   "Sum insured: 200,000 EUR, level; term 01.07.2026 - 01.07.2051",
                   "Monthly premium: 17.40 EUR (incl. medical rating +25 %: mitral valve prolapse, I34.1)",
                   "Exclusion: death caused by parachuting / skydiving",
                   "Beneficiary: Jade Holloway (partner), revocable"],
                  title="Policy schedule RL-6618 2290", created="20260612150000", compress=True),
           "application/pdf", "Policy_schedule_RL-6618-2290.pdf")
    return m


@mail("CONFIDENTIAL", "de", "customer",
      "grey: forwarded customer mail about an administrative speeding fine (named driver, plate, fine) - not criminal, not health")
def m_fw_bussgeld():
    m = new(who("demir"), box("kfz-service", "Kfz-Service"),
            "WG: Blitzer – wird mein Beitrag jetzt teurer?", "2026-06-15 09:12", mailer=OUTLOOK)
    body = """Hi Kfz-Team,

landet bei uns im Leben-Postfach, ist aber eure. Kurze Antwort reicht
("nein, Bußgelder haben keinen Einfluss auf den Beitrag").

Gruß Emre

-----Ursprüngliche Nachricht-----
Von: Jannik Vosskamp <j.vosskamp@inbox.example>
Gesendet: Sonntag, 14. Juni 2026 22:40
An: leben@fjordia.example
Betreff: Blitzer - wird mein Beitrag jetzt teurer?

Hallo,

ich hab einen Bußgeldbescheid vom Kreis Pinneberg bekommen, 28 km/h zu
schnell außerorts auf der B 431, 150 Euro und 1 Punkt in Flensburg.
Kennzeichen PI-JV 77, das Auto ist bei Ihnen versichert (KF-2024-093318).

Müssen Sie das wissen und wird meine Versicherung jetzt teurer?

Gruß
Jannik Vosskamp
"""
    return text(m, body, charset="iso-8859-1", cte="8bit")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: data-processing agreement negotiation with the cloud provider listing data categories (health data, bank data) generically; ODT annex")
def m_dpa_cloud():
    m = new(who("krueger"), "Legal Nimbus Cloud <legal@nimbus-cloud.example>",
            "DPA (Art. 28 GDPR) - our comments on Annex 1 and 3", "2026-06-16 14:50", mailer=OUTLOOK)
    body = """Dear Ms Halvorsen,

thank you for the draft DPA. Our comments are in the attached annex (ODT).
The main points:

1. Annex 1 must list special categories of personal data: health data of
   customers (dental, disability, travel health claims) and of third parties
   (injured persons in liability claims).
2. Sub-processors outside the EU/EEA are not acceptable for these
   categories, not even for support access.
3. Encryption at rest with customer-managed keys (HSM in Frankfurt) is a
   must; your draft only mentions provider-managed keys.
4. Deletion within 30 days after termination, with a certificate.

Happy to discuss in a call next week.

Kind regards,
""" + sig("krueger", "en", phone=False) + "\n\n" + FOOTER_EN
    text(m, body, charset="utf-8", cte="quoted-printable")
    attach(m, odt([("h", "Annex 1 - categories of data subjects and data (Fjordia comments)"),
                   "Data subjects: customers, applicants, insured persons, beneficiaries, injured third parties, staff.",
                   "Data categories: master data, contract data, bank data (IBAN), claims data, "
                   "special categories pursuant to Art. 9 GDPR (health data), data relating to criminal offences (recourse).",
                   ("h", "Annex 3 - technical and organisational measures"),
                   "Encryption at rest with customer-managed keys (HSM, region Frankfurt).",
                   "No support access from third countries.",
                   "Logging of all administrative access, retention 6 years."]),
           "application/vnd.oasis.opendocument.text", "DPA_Nimbus_Fjordia_comments.odt")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "data subject access request: ZIP export for a named customer with contract list, chat log and disability claim data")
def m_auskunft_art15():
    m = new(who("krueger"), who("schmitz"),
            "Auskunftsersuchen Art. 15 DSGVO – Priya Raman – bitte BU-Teil prüfen", "2026-06-17 15:35",
            mailer=OUTLOOK)
    body = """Hallo Rebecca,

Frau Raman hat eine Auskunft nach Art. 15 DSGVO verlangt (Eingang 03.06.,
Frist 03.07.). Ich habe den Export aus den Systemen als ZIP angehängt.

Bitte prüf den BU-Teil (leistungsfall.csv und die Gutachten-Liste):
- Sind alle Arztberichte erfasst, die wir angefordert haben?
- Gibt es interne Notizen des Ärztlichen Dienstes, die wir nach § 34 BDSG
  zurückhalten dürfen? Ich sehe eigentlich keine.

Die Auskunft geht dann über das sichere Postfach an sie raus, nicht per Mail.

Danke!
Anja
"""
    text(m, body, cte="8bit")
    vertraege = csvtext([["vertrag", "sparte", "beginn", "status"],
                         ["BU-5520-8813", "Berufsunfähigkeit", "2023-04-01", "Leistungsprüfung"],
                         ["PH-7731 0052", "Privathaftpflicht", "2022-09-01", "aktiv"],
                         ["RS-4410 2871", "Reise Jahresvertrag", "2024-01-01", "aktiv"]])
    leistung = csvtext([["leistungsfall", "eingang", "diagnosen", "dokumente", "status"],
                        ["L-BU-26-0044", "2026-01-14", "F43.2; F32.1", "AU-Bescheinigungen (5), Bericht Dr. Feldmann, Bericht Dr. Yildiz", "in Prüfung"]])
    chat = ("Chat C-88231, 14.01.2026: Kundin meldet Arbeitsunfähigkeit seit 11/2025 (Burnout), "
            "Therapie 2x/Woche. Weitergeleitet an BU-Leistungsservice.\n")
    stamm = pdf(["# Auskunft nach Art. 15 DSGVO - Stammdaten",
                 "Name: Priya Raman",
                 "Geburtsdatum: 04.03.1994",
                 "Anschrift: Lehmweg 31, 20251 Hamburg",
                 "E-Mail: priya.raman@webpost.example",
                 "Bankverbindung: IBAN %s" % grp(iban_de("20041111", "0566120093"))],
                title="Art15 Stammdaten Raman", created="20260617150000")
    attach(m, zipfile_of([("Stammdaten.pdf", stamm),
                          ("vertraege.csv", vertraege.encode("utf-8")),
                          ("leistungsfall.csv", leistung.encode("utf-8")),
                          ("chat_C-88231.txt", chat.encode("utf-8"))]),
           "application/zip", "Art15_Raman_Export_2026-06-17.zip")
    return m
@mail("NORMAL", "de", "internal",
      "trap: exit-survey statistics of cancellation reasons per line incl. dental and disability ('Leistung abgelehnt', 'Beitrag zu hoch'), percentages only")
def m_kuendigungsgruende():
    m = new(who("reis"), "produktmanagement@fjordia.example",
            "Kündigungsgründe H1 2026 – Auswertung Exit-Umfrage", "2026-06-18 10:00", mailer=OUTLOOK)
    body = """Hallo zusammen,

die Exit-Umfrage läuft seit Januar in der App (Pflichtfeld bei Online-
Kündigung, Mehrfachauswahl). Stand 15.06., n = 3.412 Kündigungen:

  Grund                                    Kfz   Hausrat  Haftpfl.  Zahn   BU/Leben
  Günstigeres Angebot gefunden             48 %   22 %     25 %     18 %    9 %
  Umzug / Zusammenzug                       6 %   51 %     39 %      2 %    3 %
  Fahrzeug verkauft                        31 %    –        –        –      –
  Beitrag zu hoch geworden                  9 %    8 %      7 %     41 %   33 %
  Leistung abgelehnt / unzufrieden          4 %    9 %     12 %     27 %   21 %
  Sonstiges                                 2 %   10 %     17 %     12 %   34 %

Bei Zahn fällt die Altersstufen-Erhöhung mit 31 und 41 auf – das sollten wir
im Tarif-Workshop im Juli besprechen. Bei BU/Leben sind die Fallzahlen klein
(n = 64), bitte nicht überinterpretieren.

Freitextantworten sind nicht drin, die liegen nur bei der Marktforschung.

Carla
"""
    return text(m, body, cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "name change after marriage: the addressee's maiden name, new surname, motor and household policy numbers")
def m_name_change_marriage():
    m = new(who("lindqvist"), "Jade Fitzgerald <jade.holloway@mailo.example>",
            "Name change done - your policies", "2026-06-19 11:40", mailer=ZENDESK)
    body = """Hi Jade,

congratulations on the wedding! We've updated your name on all policies:

  Old name:   Jade Holloway
  New name:   Jade Fitzgerald (nee Holloway)
  Date of birth unchanged: 14/08/1994

  Motor       KF-2025-090128 (Renault Zoe, HH-JH 814)
  Household   HR-9920 3317

The marriage certificate you uploaded has been deleted from our systems
after the check, as you asked.

By the way: you and Ryan now have two separate liability policies. If you
like, we can merge them into one couples policy - that saves about EUR 4 a
month. Just reply "merge".

Best,
""" + sig("lindqvist", "en") + "\n\n" + FOOTER_EN
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental: bridge 24-26 treatment plan of the addressee, missing tooth and findings; ZIP with the plan PDF and a findings note")
def m_hkp_bruecke_zip():
    m = new(who("okafor"), "Sandra Lühr <sandra.luehr@freemail.example>",
            "Ihr Heil- und Kostenplan Brücke 24–26 – Freigabe", "2026-06-22 09:25", mailer=CRM)
    body = """Hallo Frau Lühr,

der Heil- und Kostenplan von Dr. Engel für die Brücke von 24 auf 26 ist
geprüft und freigegeben. Die Unterlagen mit unseren Anmerkungen habe ich
Ihnen als ZIP angehängt (Passwort schicke ich per SMS).

Das Wichtigste:
- Zahn 25 fehlt seit der Extraktion im März (Wurzelfraktur).
- Die Brücke ist die Regelversorgung; Ihre Kasse zahlt den Festzuschuss
  mit Bonus (Ihr Bonusheft ist lückenlos – super).
- Wir zahlen 90 % des verbleibenden Eigenanteils: voraussichtlich 1.162,80 €.

Viele Grüße
""" + sig("okafor") + "\n\n" + FOOTER_KV
    text(m, body, cte="8bit")
    hkp = pdf(["# Heil- und Kostenplan - Geprüft",
               "Patientin: Sandra Lühr, geb. 21.01.1989, ZZ-8812 0561",
               "Praxis Dr. Thomas Engel, Lüneburg, HKP vom 08.06.2026",
               "Befund: 25 f (fehlt, Extraktion 03/2026 nach Wurzellängsfraktur), 24 und 26 kw",
               "Planung: Brücke 24-26, vollverblendet (Regelversorgung + Verblendung)",
               "Gesamtkosten geplant: 2.318,00 EUR; Festzuschuss mit 30 % Bonus: 1.026,00 EUR",
               "Erstattung Fjordia 90 % des Eigenanteils: 1.162,80 EUR"],
              title="HKP Lühr geprüft", created="20260622090000")
    note = ("Anmerkungen Leistungsservice Zahn (M. Okafor), 22.06.2026:\n"
            "- Parodontaler Befund unauffällig, keine PAR-Vorbehandlung nötig.\n"
            "- Bonusheft 2021-2025 vollständig, 30 % Bonus berücksichtigt.\n")
    attach(m, zipfile_of([("HKP_Luehr_geprueft.pdf", hkp), ("Anmerkungen.txt", note.encode("utf-8"))]),
           "application/zip", "HKP_Bruecke_24-26.zip")
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: travel newsletter with a vaccination and medicine checklist for holidays, general advice only")
def m_travel_checklist():
    m = new(box("magazin", "Fjordia Magazine"), "subscribers@news.fjordia.example",
            "Summer travel checklist: vaccinations, medicines, documents", "2026-06-23 08:00",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/unsubscribe>"), ("Precedence", "bulk")])
    plain = """SUMMER TRAVEL CHECKLIST

Before you go
[ ] Vaccinations: check tetanus/diphtheria (every 10 years), and for many
    destinations hepatitis A. Your GP or a travel clinic knows the details.
[ ] Regular medication: take enough for the whole trip plus a few days, in
    your hand luggage, with a doctor's letter in English for customs.
[ ] Travel first-aid kit: plasters, painkillers, something for diarrhoea,
    sun cream, insect repellent.
[ ] Our emergency number saved in your phone: +49 40 3300 1400.

On the road
- Hospital abroad? Call us before (or as soon as possible after) admission
  - we'll guarantee the costs to the hospital.
- Keep all receipts. Photo them right away with the app.

https://www.fjordia.example/reise/checkliste
"""
    html = """<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>Summer travel checklist &#9992;</h1>
<h3>Before you go</h3>
<ul><li>Vaccinations: tetanus/diphtheria, often hepatitis&nbsp;A &ndash; ask your GP or a travel clinic.</li>
<li>Regular medication for the whole trip, in hand luggage, with a doctor&rsquo;s letter in English.</li>
<li>First-aid kit: plasters, painkillers, diarrhoea remedy, sun cream, insect repellent.</li>
<li>Save our emergency number: <b>+49 40 3300 1400</b>.</li></ul>
<h3>On the road</h3>
<p>Hospital abroad? Call us &ndash; we guarantee the costs. Photo every receipt with the app.</p>
<p><a href="https://www.fjordia.example/reise/checkliste">Full checklist</a></p>
</body></html>
"""
    return alt(m, plain, html, charset="utf-8", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household surge damage after a thunderstorm: the addressee's TV and router, claim and payout; XLSX of items")
def m_ueberspannung():
    m = new(who("petersen"), "Emily Hartung <emily.hartung@mailo.example>",
            "Überspannungsschaden nach Gewitter – H-26-011873", "2026-06-24 15:05", mailer=CRM)
    body = """Hallo Frau Hartung,

der Techniker vom Reparaturservice hat bestätigt, dass Fernseher, Router und
Soundbar durch die Überspannung beim Gewitter am 14.06. kaputtgegangen sind
(Blitzeinschlag im Nachbarhaus laut Wetterdienst-Auskunft).

In Ihrer Hausrat HR-7711 2294 ist Überspannung mitversichert. Die
Aufstellung mit Zeitwerten hängt als Excel an. Summe: 1.486 €, die Zahlung
ist heute raus.

Viele Grüße
""" + sig("petersen") + "\n\n" + FOOTER_DE
    text(m, body, cte="quoted-printable")
    rows = [["Pos.", "Gerät", "Kaufjahr", "Neupreis EUR", "Zeitwert/Reparatur EUR", "Bemerkung"],
            [1, "LG OLED 55\" C2", 2022, 1499, 980, "Netzteil + Mainboard, Reparatur unwirtschaftlich"],
            [2, "FRITZ!Box 7590 AX", 2024, 279, 230, "Totalschaden"],
            [3, "Sonos Beam Gen 2", 2021, 499, 276, "Reparatur"],
            ["", "Summe", "", 2277, 1486, ""],
            ["", "VN: Emily Hartung, Hausrat HR-7711 2294, Schaden H-26-011873", "", "", "", ""]]
    attach(m, xlsx([("Aufstellung", rows)]),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Aufstellung_H-26-011873.xlsx")
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: a broker asks about commission and customer data access; answer: direct insurer, no broker business, no data given")
def m_makler_absage():
    m = new(who("reis"), '"Versicherungsmakler Kühn e.K." <info@makler-kuehn.example>',
            "AW: Anfrage Courtagevereinbarung / Maklerzugang", "2026-06-25 12:15", mailer=OUTLOOK)
    body = """Sehr geehrter Herr Kühn,

vielen Dank für Ihr Interesse an einer Zusammenarbeit.

Fjordia ist ein reiner Direktversicherer: Wir verkaufen unsere Tarife
ausschließlich online und telefonisch und arbeiten nicht mit Maklern oder
Vermittlern zusammen. Eine Courtagevereinbarung, einen Maklerzugang zum
Bestand oder elektronische Vermittlerpost können wir Ihnen deshalb leider
nicht anbieten.

Wenn Ihre Kund:innen bei uns versichert sind und Sie in deren Auftrag
handeln möchten, brauchen wir eine schriftliche Vollmacht der jeweiligen
Person; Auskünfte geben wir ohne Vollmacht nicht.

Mit freundlichen Grüßen
""" + sig("reis") + "\n\n" + FOOTER_DE + """

-----Ursprüngliche Nachricht-----
Von: Versicherungsmakler Kühn e.K. <info@makler-kuehn.example>
Gesendet: Mittwoch, 24. Juni 2026 16:02
An: info@fjordia.example
Betreff: Anfrage Courtagevereinbarung / Maklerzugang

Sehr geehrte Damen und Herren,

wir betreuen ca. 1.800 Privatkunden im Raum Kiel und würden Ihre Kfz- und
Zahntarife gern vermitteln. Bitte senden Sie uns Ihre Courtagesätze und die
Zugangsdaten für Ihr Maklerportal (BiPRO-Anbindung an unser MVP).

Mit freundlichen Grüßen
Holger Kühn
"""
    return text(m, body, charset="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability claim declined for non-disclosure: undisclosed psychotherapy before the application; decision PDF")
def m_bu_rejection_nondisclosure():
    m = new(who("schmitz"), "Daniel Kim <daniel.kim@inbox.example>",
            "Decision on your disability claim L-BU-26-0071", "2026-06-26 10:10", mailer=OUTLOOK)
    body = """Dear Mr Kim,

I'm sorry that I have to write to you with a negative decision. I'd rather
have called, but couldn't reach you; please call me back if you'd like to
talk it through.

When you applied for policy BU-8830 1147 in August 2023, you answered the
question about psychotherapy in the last five years with "no". The records
from your health insurer show 25 sessions of outpatient psychotherapy in
2021/2022 because of an anxiety disorder (F41.1). Your current claim is based
on a generalised anxiety disorder with panic attacks - the same condition.

Because this information would have led us not to offer the policy on these
terms, we are withdrawing from the contract (section 19 VVG) and cannot pay
the claim. The detailed reasons are in the attached letter.

You can ask the insurance ombudsman to review this decision free of charge
(www.versicherungsombudsmann.example) or have it checked by a lawyer.

Kind regards,
""" + sig("schmitz", "en") + "\n\n" + FOOTER_LEBEN
    text(m, body, charset="us-ascii", cte="7bit")
    attach(m, pdf(["# Decision - claim L-BU-26-0071",
                   "Fjordia Lebensversicherung AG, disability claims",
                   "Insured person: Daniel Kim, born 21.08.1993, policy BU-8830 1147",
                   "Claimed condition: generalised anxiety disorder with panic attacks (F41.1, F41.0)",
                   "Not disclosed at application (08/2023): psychotherapy 03/2021 - 06/2022, 25 sessions, F41.1",
                   "Decision: withdrawal from the contract pursuant to s. 19 (2) VVG; claim declined",
                   "Premiums paid: retained pursuant to s. 39 (1) VVG",
                   "Right of appeal: insurance ombudsman"], title="Decision L-BU-26-0071", created="20260626100000"),
           "application/pdf", "Decision_L-BU-26-0071.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-customer",
      "grey: notice that a portal activation letter is on its way by post - only the e-mail address, no contract detail")
def m_registrierung_brief():
    m = new(box("no-reply", "Mein Fjordia"), "lina.marquardt@netzpost.example",
            "Ihre Registrierung bei Mein Fjordia – Aktivierungsbrief ist unterwegs", "2026-06-29 17:22",
            headers=[("Auto-Submitted", "auto-generated")])
    body = """Hallo,

Sie haben sich bei Mein Fjordia registriert. Damit niemand anderes Ihr
Kundenkonto eröffnen kann, schicken wir Ihnen den Aktivierungscode per
Post an die Adresse, die bei uns gespeichert ist. Der Brief ist in 2–3
Werktagen da.

Mit dem Code schalten Sie in der App unter "Konto aktivieren" alles frei.

Sie haben sich nicht registriert? Dann müssen Sie nichts tun, der Code
verfällt nach 30 Tagen.

Ihr Fjordia-Team
"""
    return text(m, body, cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: international insurance card (green card) for the addressee's trip to Montenegro, plate and VIN; PDF")
def m_gruene_karte():
    m = new(box("kfz", "Fjordia Kfz-Service"), "Paulina Frick <paulina.frick@mailo.example>",
            "Ihre Internationale Versicherungskarte (Grüne Karte) – FR-PF 881", "2026-06-30 08:30",
            mailer=CRM)
    body = """Hallo Frau Frick,

für Ihre Reise nach Montenegro brauchen Sie die Internationale
Versicherungskarte ("Grüne Karte") – die hängt als PDF an. Bitte
ausdrucken und ins Handschuhfach legen; an der Grenze wird sie oft
kontrolliert.

  Fahrzeug:   VW Polo, FR-PF 881
  Vertrag:    KF-2024-110457
  Gültig:     01.07.2026 bis 30.06.2027

Gute Fahrt!
Ihr Fjordia Kfz-Service
""" + "\n" + FOOTER_DE
    text(m, body, cte="quoted-printable")
    attach(m, pdf(["# Internationale Versicherungskarte / International Motor Insurance Card",
                   "Gültig vom 01.07.2026 bis 30.06.2027",
                   "Land/Büro: D / 144  Versicherer-Code: 0144",
                   "Versicherungsnehmerin: Paulina Frick, Habsburgerstraße 88, 79104 Freiburg",
                   "Kennzeichen: FR-PF 881   Fahrzeugart: A (Pkw)   Marke: VW Polo",
                   "FIN: WVWZZZAWZMU044718",
                   "Vertrag: KF-2024-110457",
                   "Gültig für: A, B, BG, ... MNE ... (alle nicht durchgestrichenen Länder)"],
                  title="Grüne Karte FR-PF 881", created="20260630080000"),
           "application/pdf", "Gruene_Karte_FR-PF-881.pdf")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "forwarded customer mail: her daughter's dental accident at handball, front tooth broken, emergency dentist; windows-1252")
def m_fw_zahnunfall_tochter():
    m = new(who("aydin"), box("leistung-zahn", "Leistung Zahn"),
            "WG: Zahnunfall meiner Tochter beim Handball", "2026-07-01 10:45", mailer=OUTLOOK)
    body = """Hallo Zahn-Team,

kam übers Kontaktformular. Die Kundin ist ziemlich aufgelöst, bitte heute
noch zurückrufen, wenn möglich (Nummer steht unten).

Deniz

-----Ursprüngliche Nachricht-----
Von: Hannah Zielke <hannah.zielke@web-post.example>
Gesendet: Dienstag, 30. Juni 2026 21:37
An: kontakt@fjordia.example
Betreff: Zahnunfall meiner Tochter beim Handball

Hallo,

meine Tochter Marie (12, mitversichert in meiner Zahnzusatz ZZ-9013 4478)
hat heute beim Handballtraining einen Ellbogen ins Gesicht bekommen. Der
linke obere Schneidezahn (21) ist zur Hälfte abgebrochen, der Nerv liegt
wohl frei. Wir waren beim zahnärztlichen Notdienst in Lüneburg, die haben
das provisorisch abgedeckt und sagen, evtl. braucht sie eine
Wurzelbehandlung und später eine Krone.

Zahlen Sie das? Und muss ich das auch der Schule/dem Verein melden?

Bitte rufen Sie mich an: 0160 9917 2240

Hannah Zielke
"""
    return text(m, body, charset="windows-1252", cte="8bit")


@mail("NORMAL", "en", "internal",
      "trap: board KPI summary - premiums, loss ratios by line incl. dental and disability, headcount; XLSX")
def m_board_kpis():
    m = new(who("reis"), "board-office@fjordia.example",
            "KPI pack H1 2026 - draft for the board meeting", "2026-07-02 18:10", mailer=OUTLOOK)
    body = """Hi board office,

draft KPI pack attached. Finance will replace the estimates for June on
Monday. Highlights:

- Gross written premium H1: EUR 118.4m (+14 % y/y)
- Combined ratio P&C 93.1 %, motor still above 100 % (parts and labour
  inflation)
- Dental loss ratio 64 %, disability claims incidence in line with pricing
- 412k app users, 71 % of claims reported digitally

Carla
"""
    text(m, body, charset="us-ascii", cte="7bit")
    rows = [["Line", "GWP H1 EUR m", "Policies", "Loss ratio", "Claims reported digitally"],
            ["Motor", 52.1, 188400, 1.03, 0.74],
            ["Household", 14.8, 161200, 0.52, 0.69],
            ["Liability", 9.6, 203900, 0.48, 0.66],
            ["Travel", 6.2, 98300, 0.58, 0.61],
            ["Pet", 8.9, 31100, 0.71, 0.83],
            ["Dental", 17.4, 126700, 0.64, 0.82],
            ["Term life", 5.1, 44800, None, None],
            ["Disability", 4.3, 18400, None, None],
            ["Total", 118.4, 872800, None, 0.71]]
    attach(m, xlsx([("KPIs H1 2026", rows), ("Staff", [["Headcount", 386], ["of which claims", 141], ["English desk", 9]])]),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "KPI_pack_H1_2026_draft.xlsx")
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: affiliate report for a travel booking partner - number of travel policies sold via its checkout, no customer names; CSV")
def m_affiliate_travel():
    m = new(who("reis"), "Partnerships TripNest <partnerships@tripnest.example>",
            "Affiliate report June 2026 - travel insurance in your checkout", "2026-07-03 09:40", mailer=OUTLOOK)
    body = """Hi Marta,

here's the June report for the travel insurance widget in your checkout
(CSV attached, aggregated per product and week).

- 4,812 policies sold (May: 3,960), conversion 6.1 %
- Single-trip cancellation is still the top seller; the new annual plan
  already makes 18 %
- Commission for June: EUR 21,654.00, invoice to follow from our finance
  team (our bank details as in the framework agreement)

As agreed, the file contains no customer names, bookings or e-mail
addresses.

Best,
Carla
"""
    text(m, body, charset="us-ascii", cte="7bit")
    rows = [["week", "product", "policies", "gross_premium_eur", "commission_eur"],
            ["2026-W23", "single_trip_cancellation", 820, 31160.00, 4674.00],
            ["2026-W23", "annual_travel", 190, 9481.00, 1422.15],
            ["2026-W24", "single_trip_cancellation", 905, 34390.00, 5158.50],
            ["2026-W24", "annual_travel", 211, 10528.90, 1579.34],
            ["2026-W25", "single_trip_cancellation", 1012, 38456.00, 5768.40],
            ["2026-W26", "single_trip_cancellation", 1674, 18540.00, 3051.61]]
    attach(m, csvtext(rows, delim=","), "text/csv", "tripnest_affiliate_2026-06.csv", charset="us-ascii")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental: the addressee's bleaching declined as cosmetic, discoloured tooth after root canal treatment named")
def m_bleaching_abgelehnt():
    m = new(who("okafor"), "Aylin Demirtas <aylin.d@mailbox.example>",
            "Re: Rechnung Bleaching – leider keine Erstattung", "2026-07-06 14:00", mailer=CRM)
    body = """Hallo Frau Demirtas,

danke für die Rechnung von Dr. Hoang über das Bleaching (GOZ 2150
analog, 420 €).

Ein Bleaching aller Zähne aus ästhetischen Gründen ist in ZahnPlus 80
leider nicht versichert – das steht so in § 4 Abs. 3 der Tarifbedingungen.

Anders wäre es beim internen Bleaching eines einzelnen Zahns, der sich nach
einer Wurzelbehandlung verfärbt hat. Sie schrieben, dass Zahn 11 nach der
Wurzelbehandlung 2024 dunkler geworden ist – wenn Dr. Hoang genau diesen
Zahn intern aufgehellt hat und das auf der Rechnung getrennt ausweist,
erstatten wir diesen Teil zu 80 %. Fragen Sie gern in der Praxis nach einer
korrigierten Rechnung.

Viele Grüße
""" + sig("okafor") + "\n\n" + FOOTER_KV + """

> Hallo, anbei die Rechnung vom Bleaching. Wird das übernommen? Mein
> Schneidezahn ist seit der Wurzelbehandlung ja richtig grau geworden und
> ich wollte, dass alles wieder gleich aussieht. LG Aylin (ZZ-4470 8851)
"""
    return text(m, body, cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: booking the company doctor service for a voluntary flu vaccination day for staff - no names or health data")
def m_grippeimpfung_buchen():
    m = new(who("hoffmann"), "Disposition Arbeitsmedizin Nord <dispo@amd-nord.example>",
            "Buchung Grippeschutzimpfung im Betrieb – Oktober 2026", "2026-07-07 10:30", mailer=OUTLOOK)
    body = """Sehr geehrte Damen und Herren,

wie jedes Jahr möchten wir für unsere Mitarbeitenden eine freiwillige
Grippeschutzimpfung im Haus anbieten:

  Termine:    Di, 13.10. und Do, 15.10.2026, jeweils 09:00–15:00 Uhr
  Ort:        Am Sandtorkai 144, 4. OG, Raum Alster
  Erwartet:   ca. 160 Impfungen (Vorjahr 142)
  Impfstoff:  Quadrivalent, Bestellung bitte durch Sie

Die Anmeldung der Mitarbeitenden läuft über Ihr Buchungstool, damit wir als
Arbeitgeber keine Namen oder Gesundheitsangaben sehen. Abrechnung bitte
pauschal pro Impfung an kreditoren@fjordia.example.

Mit freundlichen Grüßen
""" + sig("hoffmann") + "\n\n" + FOOTER_DE
    return text(m, body, cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: pet surgery policy - elective neutering of the addressee's cat declined, vet invoice; animal health, not human")
def m_kastration_katze():
    m = new(who("jensen"), "Leonie Hartwig <leonie.hartwig@netzpost.example>",
            "Kastration von Luna – Rechnung Tierarztpraxis (T-26-00913)", "2026-07-08 11:20", mailer=CRM)
    body = """Hallo Frau Hartwig,

danke für die Rechnung der Tierarztpraxis Dr. Lorenzen über die Kastration
von Luna (EKH, 7 Monate), 186,40 €.

Leider müssen wir ablehnen: Ihre Tier-OP-Versicherung TK-7720 1103 zahlt
Operationen nach Unfall oder Krankheit. Eine Kastration ohne medizinischen
Grund (also "nur" zur Vorbeugung) ist in § 3 der Bedingungen ausgeschlossen.

Falls die Tierärztin einen medizinischen Grund sieht (z. B. eine Erkrankung
der Gebärmutter), reichen Sie uns den Befund gern nach.

Liebe Grüße an Luna
""" + sig("jensen") + "\n\n" + FOOTER_DE
    text(m, body, cte="quoted-printable")
    attach(m, pdf(["# Tierarztpraxis Dr. Katrin Lorenzen - Rechnung 2026-0707",
                   "Tierhalterin: Leonie Hartwig",
                   "Patient: Luna, Katze, EKH, weiblich, geb. 12/2025",
                   "Leistung: Ovariektomie (Kastration), Narkose, Schmerzmittel",
                   "GOT 1-fach, Gesamt inkl. MwSt.: 186,40 EUR"],
                  title="Rechnung 2026-0707", created="20260707090000"),
           "application/pdf", "Rechnung_Tierarzt_Lorenzen_2026-0707.pdf")
    return m


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: auto-reply with holiday opening hours and emergency numbers, nothing about the writer")
def m_autoreply_holiday():
    m = new(box("service", "Fjordia Customer Care"), "Ana Costa <ana.costa@mailbox.example>",
            "Automatic reply: Thanks for your message", "2026-07-09 19:50",
            headers=[("Auto-Submitted", "auto-replied")], mailer=ZENDESK)
    body = """Hi,

thanks for getting in touch! We've received your message and will reply
within one working day.

Our English Desk is open Mon-Fri 9am-6pm (CET). Outside these hours:

- Medical emergency abroad: +49 40 3300 1400 (24/7)
- Car broken down or accident: +49 40 3300 1401 (24/7)
- Burst pipe, burglary: report it in the app, a craftsman can be sent 24/7

Please don't send medical documents by e-mail - use the upload in the app.

Fjordia Customer Care
"""
    return text(m, body, charset="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "disability case notes between an English-speaking medical reviewer and the German claims handler: named insured, long COVID findings; body base64; ODS")
def m_case_notes_postcovid():
    m = new(who("vogt"), who("schmitz"),
            "Carstens L-BU-25-0388 – my notes / meine Einschätzung", "2026-07-10 16:25", mailer=OUTLOOK)
    body = """Hi Rebecca,

English first, since Dr. Okoye from the reinsurer is in cc on the next round
and will read the thread. Deutsche Kurzfassung unten.

Mr Tim Carstens (born 11.02.1988, electrician) - post-COVID condition
(U09.9 / G93.3):
- Neurology report 06/2026: chronic fatigue with post-exertional malaise,
  Bell score 30, cognitive testing below average for attention.
- Cardiopulmonary exercise test: VO2max 21 ml/kg/min, no cardiac cause.
- Since 10/2025 unable to work more than 2-3 hours, lying down afterwards.

My view: as an electrician on building sites he is at least 50 % disabled
in his last job, probably for more than 6 months. I'd accept.

Kurzfassung DE: Post-COVID mit Belastungsintoleranz, Leistungsfähigkeit im
Beruf Elektriker deutlich unter 50 %. Empfehlung: anerkennen, Nachprüfung
in 12 Monaten. Tabelle mit den Befunden hängt an.

Henrik
"""
    text(m, body, cte="base64")
    attach(m, ods([("Befunde Carstens", [
        ["Datum", "Quelle", "Befund", "Bewertung"],
        ["2025-10-02", "Hausarzt Dr. Pahl", "AU seit 10/2025, Fatigue nach COVID-Infektion 08/2025", "plausibel"],
        ["2026-02-11", "Lungenfachärztin", "Lungenfunktion normal, Belastungsdyspnoe", "keine Lungenursache"],
        ["2026-04-20", "Kardiologie", "Spiroergometrie VO2max 21 ml/kg/min", "dekonditioniert"],
        ["2026-06-09", "Neurologie Dr. Haas", "G93.3, PEM, Aufmerksamkeit unterdurchschnittlich", "Hauptbefund"]])]),
        "application/vnd.oasis.opendocument.spreadsheet", "Befunde_Carstens_L-BU-25-0388.ods")
    return m


@mail("NORMAL", "de", "internal",
      "trap: product board minutes on a new pet tariff with dental treatment for dogs and a vet fee table, no customer")
def m_produktboard_tier():
    m = new(who("jensen"), "produktboard@fjordia.example",
            "Protokoll Produktboard Tier 09.07. – Tarif „Zahn für Hunde“", "2026-07-10 18:05", mailer=THUNDERBIRD)
    body = """Hallo zusammen,

kurzes Protokoll vom Produktboard:

1. Neuer Baustein "Zahn für Hunde und Katzen" (Zahnsteinentfernung,
   Extraktionen, Zahnfrakturen) – Beschluss: Go, Start 01.10.2026.
   Preis Hund ab 6,90 €/Monat, Katze ab 4,90 €/Monat, Wartezeit 3 Monate.
2. Kalkulationsbasis: Auswertung von 12.400 Tierarztrechnungen 2025,
   Zahnbehandlungen machen 9 % der Kosten aus, Ø 312 € pro Behandlung.
   Keine Daten einzelner Kund:innen oder Tiere im Deck.
3. GOT-Faktor: wir bleiben bei max. 4-fach.
4. Offene Frage: Zahnreinigung als Vorsorge mitversichern? → Ole rechnet
   zwei Varianten bis zum nächsten Board.

Nächstes Board 06.08.
Ole
"""
    return text(m, body, cte="8bit", params={"format": "flowed"})


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "household: bilingual confirmation of new cover for an expat's flat with address, policy and start date")
def m_hausrat_expat_bilingual():
    m = new(who("lindqvist"), "Hana Sato <hana.sato@mailbox.example>",
            "Ihre Hausratversicherung / Your contents insurance HR-1174 6602", "2026-07-13 09:40", mailer=ZENDESK)
    body = """Hi Hana,

welcome to your new flat! Your contents insurance is active. The German
legal wording is below; the English part is our summary for you.

DE
Versicherungsnehmerin: Hana Sato
Versicherungsort:      Schanzenstraße 71, 2. OG, 20357 Hamburg
Vertrag:               HR-1174 6602, Tarif Hausrat Komfort
Versicherungssumme:    35.000 € (Unterversicherungsverzicht)
Beginn:                15.07.2026, Beitrag 5,90 € monatlich

EN
- Insured: everything in your flat at Schanzenstrasse 71, up to EUR 35,000
- Bikes are covered up to EUR 3,000, also when parked outside
- Starts 15 July 2026, EUR 5.90 a month

Best,
Sophie
Kundenservice (English Desk) / Customer Care - English Desk
Fjordia Direct Insurance

""" + FOOTER_EN
    return text(m, body, cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim status as an HTML-only table for the addressee with diagnoses (ICD) and treatments abroad")
def m_travel_claim_status_html():
    m = new(who("jensen"), "Laura Bennett <laura.bennett@webpost.example>",
            "Status of your travel health claims (Canada trip)", "2026-07-14 12:30", mailer=CRM)
    html = """<html><head><meta charset="utf-8"><title>Claim status</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mrs Bennett,</p>
<p>here is the status of the invoices from your trip to Canada (policy RK-3391 0275):</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8f1f4"><th>Date</th><th>Provider</th><th>Diagnosis</th><th>Treatment</th><th>Amount</th><th>Status</th></tr>
<tr><td>18.06.2026</td><td>Banff Mineral Springs Hospital</td><td>S93.4 ankle sprain</td><td>X-ray, splint</td><td>CAD 1,240.00</td><td>paid</td></tr>
<tr><td>19.06.2026</td><td>Shoppers Drug Mart</td><td>&ndash;</td><td>ibuprofen, crutches</td><td>CAD 96.50</td><td>paid</td></tr>
<tr><td>25.06.2026</td><td>Calgary walk-in clinic</td><td>J02.9 acute pharyngitis</td><td>consultation, rapid strep test</td><td>CAD 180.00</td><td>in review</td></tr>
</table>
<p>The last invoice is missing the doctor's signature; we have asked the clinic for a signed copy.</p>
<p>Kind regards,<br>Ole Jensen<br>Travel &amp; pet claims<br>Fjordia Direct Insurance</p>
<p style="font-size:11px;color:#777">Fjordia Krankenversicherung AG | Am Sandtorkai 144 | 20457 Hamburg</p>
</body></html>
"""
    return text(m, html, subtype="html", cte="quoted-printable")


@mail("NORMAL", "de", "newsletter",
      "trap: customer satisfaction survey with a prize draw - asks about app and service, no personal data")
def m_umfrage_gewinnspiel():
    m = new(box("umfrage", "Fjordia Marktforschung"), "kundinnen-und-kunden@news.fjordia.example",
            "3 Minuten für uns? Gewinnen Sie eines von 10 E-Bikes", "2026-07-15 08:00",
            headers=[("List-Unsubscribe", "<https://mein.fjordia.example/abmelden>"), ("Precedence", "bulk")])
    plain = """Hallo!

Wie zufrieden sind Sie mit uns? Unsere Umfrage dauert 3 Minuten und ist
anonym - wir fragen nicht nach Namen, Vertragsnummern oder Gesundheit.

Unter allen Teilnehmenden verlosen wir 10 E-Bikes (Wert je 2.499 EUR).

Zur Umfrage: https://umfrage.fjordia.example/2026-sommer

Teilnahme ab 18, bis 31.07.2026. Teilnahmebedingungen:
https://www.fjordia.example/gewinnspiel
"""
    html = """<html><body style="font-family:Arial,sans-serif;text-align:center">
<h1>3 Minuten f&uuml;r uns?</h1>
<p>Unsere Umfrage ist anonym &ndash; keine Namen, keine Vertragsnummern, keine Gesundheitsfragen.</p>
<p><b>Gewinnen Sie eines von 10 E-Bikes!</b></p>
<p><a href="https://umfrage.fjordia.example/2026-sommer">Zur Umfrage</a></p>
<p style="font-size:11px">Teilnahme ab 18, bis 31.07.2026.
<a href="https://www.fjordia.example/gewinnspiel">Teilnahmebedingungen</a></p>
</body></html>
"""
    return alt(m, plain, html, charset="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: no-claims certificate for the addressee moving to another insurer, SF class, claims history and VIN; PDF")
def m_sf_bescheinigung():
    m = new(who("brandt"), "Tobias Lenz <tobias.lenz@inbox.example>",
            "Ihre SF-Bescheinigung zum Versichererwechsel", "2026-07-16 10:55", mailer=CRM)
    body = """Hallo Herr Lenz,

schade, dass Sie gehen – aber natürlich bekommen Sie Ihre Bescheinigung über
den Schadenverlauf. Ihr neuer Versicherer hat sie auch schon elektronisch
angefordert; das PDF ist für Ihre Unterlagen.

Kurz: SF 5 in Haftpflicht, SF 7 in Vollkasko, ein Haftpflichtschaden im
Januar (K-26-002217), der zur Rückstufung führt.

Alles Gute und allzeit gute Fahrt!
""" + sig("brandt") + "\n\n" + FOOTER_DE
    text(m, body, charset="windows-1252", cte="quoted-printable")
    attach(m, pdf(["# Bescheinigung über den Schadenverlauf",
                   "Versicherungsnehmer: Tobias Lenz, geb. 05.04.1989",
                   "Vertrag: KF-2022-019954, Fahrzeug Ford Focus Turnier, HH-TL 5510",
                   "FIN: WF0NXXGCHNJA83114",
                   "Versicherungsdauer: 01.03.2022 - 31.07.2026",
                   "SF-Klasse Haftpflicht: SF 5 (nach Rückstufung wegen Schaden 01/2026)",
                   "SF-Klasse Vollkasko: SF 7",
                   "Schäden der letzten 5 Jahre: 1 (Haftpflicht, 09.01.2026)"],
                  title="SF-Bescheinigung KF-2022-019954", created="20260716100000"),
           "application/pdf", "SF-Bescheinigung_KF-2022-019954.pdf")
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: request to the external auditor with a sample template containing placeholders only; DOCX")
def m_auditor_template():
    m = new(who("wolf"), "Audit Team Kessler & Co <audit-fjordia@kessler-wp.example>",
            "Interim audit 2026 - sample request template", "2026-07-17 13:30", mailer=OUTLOOK)
    body = """Dear audit team,

for the interim audit we suggest using the attached template for your
samples (premium income and claims payments). Please fill in only the
contract or claim IDs - we'll provide the supporting documents in the data
room on site, not by e-mail, since claims files may contain health data.

The template contains placeholders only.

Kind regards,
Nadine Wolf
Premium accounting
Fjordia Direct Insurance
"""
    text(m, body, charset="us-ascii", cte="7bit")
    attach(m, docx([("h", "Sample request - interim audit 2026"),
                    "Auditor: <name>    Date of request: <DD.MM.YYYY>",
                    ("table", [["#", "Type", "Contract / claim ID", "Amount EUR", "Documents requested"],
                               ["1", "<premium / claim>", "<ID>", "<amount>", "<e.g. invoice, payment proof>"],
                               ["2", "<premium / claim>", "<ID>", "<amount>", "<...>"],
                               ["3", "<premium / claim>", "<ID>", "<amount>", "<...>"]]),
                    "Note: claim files are shown in the on-site data room only."],
                   title="Sample request template", author="Nadine Wolf"),
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "Sample_request_template_2026.docx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disability benefits end: the addressee returned to work, expert report on back pain (M54.5) and remitted depression (F32.1); PDF")
def m_bu_leistungsende():
    m = new(who("schmitz"), "Mia Kessler <mia.kessler@freemail.example>",
            "Ihre BU-Leistung – Ende zum 31.08.2026", "2026-07-20 10:40", mailer=OUTLOOK)
    body = """Hallo Frau Kessler,

zuerst: Wie schön, dass Sie seit Juni wieder arbeiten! Sie hatten uns
geschrieben, dass Sie nach der Reha und der Schmerztherapie in eine
Stelle als Praxisanleiterin (Vollzeit, ohne Nachtdienst) gewechselt sind.

Der Gutachter Dr. Falkenberg kommt in seinem Bericht vom 02.07. zu dem
Ergebnis, dass die Rückenbeschwerden (M54.5) und die depressive Episode
(F32.1) so weit abgeklungen sind, dass Sie Ihren Beruf wieder zu mehr als
50 % ausüben können. Wir stellen die Leistung deshalb zum 31.08.2026 ein;
bis dahin zahlen wir die Rente weiter. Der Vertrag BU-4108-2267 läuft danach
normal weiter, ab September wieder mit Beitrag.

Das Schreiben mit allen Gründen hängt an. Falls es wieder schlechter wird,
melden Sie sich bitte sofort – der Schutz besteht unverändert.

Alles Gute!
""" + sig("schmitz") + "\n\n" + FOOTER_LEBEN
    text(m, body, cte="quoted-printable")
    attach(m, pdf(["# Mitteilung über das Ende der Leistungspflicht",
                   "Versicherte Person: Mia Kessler, geb. 14.06.1995",
                   "Vertrag: BU-4108-2267   Leistungsfall: L-BU-26-0031",
                   "Gutachten Dr. med. Falkenberg (Orthopädie/Psychiatrie), 02.07.2026:",
                   "M54.5 chronischer Rückenschmerz - deutlich gebessert nach multimodaler Schmerztherapie",
                   "F32.1 depressive Episode - remittiert",
                   "Tätigkeit seit 01.06.2026: Praxisanleiterin Pflege, Vollzeit, keine Nachtdienste",
                   "Ergebnis: Berufsunfähigkeit unter 50 %; Leistungsende 31.08.2026"],
                  title="Leistungsende L-BU-26-0031", created="20260720100000"),
           "application/pdf", "Leistungsende_BU-4108-2267.pdf")
    return m


@mail("NORMAL", "mixed", "internal",
      "trap: draft replies to public app-store reviews (DE/EN) about an invoice-upload bug, a lost suitcase and prices; reviewers are public nicknames, not identifiable")
def m_appstore_replies():
    m = new(who("nguyen"), who("reis"),
            "Drafts: App Store review replies (DE/EN) – please check tone", "2026-07-21 15:15", mailer=THUNDERBIRD)
    body = """Hi Carla,

hier meine Entwürfe für die Antworten auf die Reviews der letzten Woche.
Bitte Tonalität checken, dann poste ich sie. Wir gehen in den Antworten
bewusst auf keine Vertragsdetails ein.

1) ★★☆☆☆ "zahnfee_hh": "Upload der Zahnarztrechnung hängt bei 99 %!!"
   Antwort: "Danke für den Hinweis und sorry für den Ärger! Der Fehler
   betraf einige Android-Geräte und ist mit Version 4.13 behoben. Falls es
   weiter hakt, schreib uns gern im Chat."

2) ★★★★★ "TravelTom": "Suitcase lost in Bangkok, the money was in my
   account before I even got home. Amazing."
   Reply: "Thanks so much! Sorry about the suitcase - glad we could make
   the trip home a bit easier."

3) ★☆☆☆☆ "kfz_frust": "Beitrag schon wieder teurer"
   Antwort: "Das verstehen wir. Die Beiträge steigen branchenweit wegen
   höherer Werkstattkosten. Wenn du magst, rechnen wir im Chat gemeinsam
   nach, ob ein anderer Tarif für dich passt."

Danke!
Tim
"""
    return text(m, body, cte="8bit")


# ==========================================================================
# build and check
# ==========================================================================
def render(i, fn):
    CUR["n"] = i
    m = fn()
    assert isinstance(m, EmailMessage), fn.__name__
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("=_fjd144_%04d_%d_%s" % (i, k, part.get_content_subtype()))
    return m.as_bytes(policy=policy.SMTP)


def build(outdir):
    CUR["rng"] = random.Random(SEED)
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    assert len(MAILS) == N_MAILS, len(MAILS)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        name = "%s%04d.eml" % (PREFIX, i)
        data = render(i, fn)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# ---- attachment openers (standard library) -------------------------------
def pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    m = re.match(rb"xref\s+0\s+(\d+)\s+", data[sx:])
    n = int(m.group(1))
    pos = sx + m.end()
    for k in range(n):
        entry = data[pos + 20 * k: pos + 20 * k + 20]
        off, _gen, typ = entry[:10], entry[11:16], entry[17:18]
        if typ == b"n":
            o = int(off)
            assert re.match(rb"%d 0 obj" % k, data[o:o + 20]), "xref offset of object %d wrong" % k
    assert b"/Root" in data[sx:]
    texts = []
    for sm in re.finditer(rb"<<([^>]*?/Length (\d+)[^>]*?)>>\nstream\n", data):
        ln = int(sm.group(2))
        raw = data[sm.end(): sm.end() + ln]
        assert data[sm.end() + ln: sm.end() + ln + 10] == b"\nendstream", "stream length wrong"
        if b"/FlateDecode" in sm.group(1):
            raw = zlib.decompress(raw)
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), tm.group(1))
            s = re.sub(rb"\\(.)", rb"\1", s)
            texts.append(s.decode("cp1252"))
    assert texts, "PDF without text layer"
    return "\n".join(texts)


def xml_text(b):
    root = ET.fromstring(b)
    return " ".join(t for t in root.itertext() if t.strip())


def office_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    need = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml",
            "odt": "content.xml", "ods": "content.xml"}[kind]
    assert need in names, "%s missing in %s" % (need, kind)
    if kind in ("odt", "ods"):
        assert names[0] == "mimetype"
    out = []
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            t = xml_text(z.read(nm))
            if not nm.endswith(".rels") and "[Content_Types]" not in nm and "manifest" not in nm:
                out.append(t)
    return "\n".join(out)


def open_blob(name, data, charset=None):
    """Open an attachment by its file name; return its text."""
    ext = name.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        return office_text(data, ext)
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return "\n".join(open_blob(nm, z.read(nm)) for nm in z.namelist() if not nm.endswith("/"))
    if ext in ("csv", "ics", "txt", "html", "htm", "xml", "log"):
        for cs in ([charset] if charset else ["utf-8", "cp1252"]):
            try:
                t = data.decode(cs)
                break
            except UnicodeDecodeError:
                t = None
        assert t is not None, "cannot decode " + name
        if ext == "ics":
            assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), "bad ICS"
            t = t.replace("\r\n ", "")
        if ext == "xml":
            xml_text(data)
        return t
    if ext == "eml":
        mm = BytesParser(policy=policy.default).parsebytes(data)
        return str(mm)
    raise AssertionError("unknown attachment type " + name)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
IBAN_RE = re.compile(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b")
ADDR_HEADERS = ("from", "to", "cc", "bcc", "reply-to", "sender")


def check():
    problems = []
    tmp = tempfile.mkdtemp(prefix="d144chk")
    try:
        build(tmp)
        a = sorted(os.listdir(os.path.join(HERE, "mails")))
        b = sorted(os.listdir(os.path.join(tmp, "mails")))
        if a != b:
            problems.append("file lists differ")
        for nm in b:
            with open(os.path.join(tmp, "mails", nm), "rb") as f1:
                x = f1.read()
            p = os.path.join(HERE, "mails", nm)
            if not os.path.exists(p) or open(p, "rb").read() != x:
                problems.append("%s: not byte-identical to a rebuild" % nm)
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            problems.append("labels.tsv: not byte-identical to a rebuild")
    finally:
        shutil.rmtree(tmp)

    rows = list(csv.reader(open(os.path.join(HERE, "labels.tsv"), encoding="utf-8"), delimiter="\t"))
    assert rows[0] == ["file", "label", "lang", "kind", "reason"]
    rows = rows[1:]
    msgids = {}
    stats = {"label": {}, "lang": {}, "ll": {}, "kl": {}, "top": {}, "cs": {}, "cte": {}, "att": {}, "attmails": 0}
    n_iban = 0
    for row in rows:
        nm, label, lang, kind, reason = row
        raw = open(os.path.join(HERE, "mails", nm), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(nm + ": bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                problems.append(nm + ": line longer than 998 bytes")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        if not mid or mid in msgids:
            problems.append(nm + ": missing or duplicate Message-ID")
        msgids[mid] = nm
        frm = getaddresses([str(msg["From"])])[0][1]
        if not frm.endswith("@" + INSURER):
            problems.append(nm + ": not sent from the insurer's domain: " + frm)
        blob = []
        has_att = False
        for part in msg.walk():
            if part.defects:
                problems.append("%s: MIME defects %r" % (nm, part.defects))
            for hk, hv in part.items():
                if getattr(hv, "defects", None):
                    problems.append("%s: header defect in %s: %r" % (nm, hk, hv.defects))
                if hk.lower() in ADDR_HEADERS:
                    for _dn, ad in getaddresses([str(hv)]):
                        if not ad.lower().endswith(".example"):
                            problems.append("%s: address outside .example: %s" % (nm, ad))
                if hk.lower() in ("message-id", "in-reply-to", "references"):
                    for dm in re.findall(r"@([^>\s]+)>", str(hv)):
                        if not dm.endswith(".example"):
                            problems.append("%s: id domain outside .example: %s" % (nm, dm))
                if hk.lower() == "date":
                    if hv.datetime.year != 2026:
                        problems.append("%s: date not in 2026" % nm)
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            payload = part.get_payload(decode=True)
            fname = part.get_filename()
            ctype = part.get_content_type()
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                if not cs:
                    problems.append("%s: text part without charset" % nm)
                    cs = "us-ascii"
                try:
                    t = payload.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append("%s: text part does not decode as %s: %s" % (nm, cs, e))
                    t = payload.decode("utf-8", "replace")
                if fname:
                    try:
                        blob.append(open_blob(fname, payload, cs))
                    except Exception as e:  # noqa
                        problems.append("%s: attachment %s does not open: %s" % (nm, fname, e))
                else:
                    stats["cs"][cs] = stats["cs"].get(cs, 0) + 1
                    stats["cte"][cte] = stats["cte"].get(cte, 0) + 1
                    blob.append(t)
            elif fname:
                try:
                    blob.append(open_blob(fname, payload))
                except Exception as e:  # noqa
                    problems.append("%s: attachment %s does not open: %s" % (nm, fname, e))
            else:
                problems.append("%s: non-text part without file name" % nm)
            if fname:
                has_att = True
                ext = fname.lower().rsplit(".", 1)[-1]
                stats["att"][ext] = stats["att"].get(ext, 0) + 1
                if ext == "zip":
                    for inm in zipfile.ZipFile(io.BytesIO(payload)).namelist():
                        e2 = "%s (in zip)" % inm.lower().rsplit(".", 1)[-1]
                        stats["att"][e2] = stats["att"].get(e2, 0) + 1
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                has_att = True
                stats["att"]["eml (message/rfc822)"] = stats["att"].get("eml (message/rfc822)", 0) + 1
        if has_att:
            stats["attmails"] += 1
        alltext = "\n".join(blob)
        for dm in EMAIL_RE.findall(alltext) + URL_RE.findall(alltext):
            if not dm.lower().rstrip(".").endswith(".example"):
                problems.append("%s: domain outside .example in text: %s" % (nm, dm))
        for ib in IBAN_RE.findall(alltext):
            n_iban += 1
            if not iban_ok(ib):
                problems.append("%s: German IBAN fails mod 97: %s" % (nm, ib))
        top = msg.get_content_type()
        stats["top"][top] = stats["top"].get(top, 0) + 1
        stats["label"][label] = stats["label"].get(label, 0) + 1
        stats["lang"][lang] = stats["lang"].get(lang, 0) + 1
        stats["ll"][(label, lang)] = stats["ll"].get((label, lang), 0) + 1
        stats["kl"][(kind, label)] = stats["kl"].get((kind, label), 0) + 1
        if not reason.strip():
            problems.append(nm + ": empty reason")
        if label == "NORMAL" and not reason.startswith(("trap:", "grey:")) and False:
            pass
    if len(rows) != N_MAILS:
        problems.append("expected %d mails, labels.tsv has %d" % (N_MAILS, len(rows)))
    for lab, want in WANT.items():
        if stats["label"].get(lab, 0) != want:
            problems.append("label %s: %d, want %d" % (lab, stats["label"].get(lab, 0), want))

    labs = ["NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"]
    langs = sorted(stats["lang"])
    print("mails: %d   German IBANs checked: %d   mails with attachments: %d" % (len(rows), n_iban, stats["attmails"]))
    print("label x lang:")
    for lab in labs:
        print("  %-22s %s  total %d" % (lab, "  ".join("%s %3d" % (lg, stats["ll"].get((lab, lg), 0)) for lg in langs), stats["label"].get(lab, 0)))
    print("  %-22s %s" % ("total", "  ".join("%s %3d" % (lg, stats["lang"][lg]) for lg in langs)))
    print("kind x label (N / C / S):")
    for kind in sorted({k for k, _ in stats["kl"]}):
        c = [stats["kl"].get((kind, lab), 0) for lab in labs]
        print("  %-26s %3d  %3d %3d %3d" % (kind, sum(c), *c))
    print("top-level types:", ", ".join("%s %d" % kv for kv in sorted(stats["top"].items())))
    print("body charsets:", ", ".join("%s %d" % kv for kv in sorted(stats["cs"].items())))
    print("body transfer encodings:", ", ".join("%s %d" % kv for kv in sorted(stats["cte"].items())))
    print("attachments:", ", ".join("%s %d" % kv for kv in sorted(stats["att"].items())))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        print("CHECK FAILED")
        return 1
    print("CHECK OK: byte-identical rebuild, no MIME defects, CRLF only, lines <= 998 bytes, "
          "unique Message-IDs, dates in 2026, .example domains only, text parts decode, "
          "attachments open, German IBANs pass mod 97, label counts %s" %
          "/".join(str(WANT[x]) for x in labs))
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
