#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Independent labelled mail corpus dev184 for Siegel (issue 14).

Fictitious insurer: Rhönadler Versicherungsgruppe, Fulda (rhoenadler.example).
Every mail below was written by hand, one by one.  Standard library only.

    python3 make_corpus.py          # writes mails/d184-NNNN.eml and labels.tsv
    python3 make_corpus.py --check  # rebuilds in a temp dir, compares bytes, parses
"""
import csv
import io
import os
import re
import shutil
import sys
import tempfile
import textwrap
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

PREFIX = "d184-"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "rhoenadler.example"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def T(s):
    """Dedent a triple-quoted body and drop the first newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s


def _iban_check(country, bban):
    digits = ""
    for ch in (bban + country + "00").upper():
        digits += str(int(ch, 36)) if ch.isalpha() else ch
    return "%02d" % (98 - int(digits) % 97)


def iban(country, bban, grouped=True):
    s = country + _iban_check(country, bban) + bban
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    d = "".join(str(int(c, 36)) if c.isalpha() else c for c in r)
    return int(d) % 97 == 1


def dt(s):
    """'2026-03-04 09:12' -> RFC 5322 date in German local time."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime(2026, 3, 29, 2, 0) <= d < datetime(2026, 10, 25, 3, 0)
    tz = timezone(timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


_CUR = {"n": 0, "date": ""}


def new(frm, to, subj, date, cc=None, irt=None, refs=None, mid=None,
        extra=()):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = dt(date)
    if mid is None:
        d = datetime.strptime(date, "%Y-%m-%d %H:%M")
        mid = "<%s.%04d.%s@mx1.%s>" % (d.strftime("%Y%m%d%H%M"), _CUR["n"],
                                         "%x" % (_CUR["n"] * 7919 + 4099), DOM)
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def body(m, text, cte="quoted-printable", cs="utf-8", flowed=False,
         subtype="plain"):
    params = {"format": "flowed"} if flowed else None
    if params:
        m.set_content(text, subtype=subtype, charset=cs, cte=cte,
                      params=params)
    else:
        m.set_content(text, subtype=subtype, charset=cs, cte=cte)
    return m


def alt(m, text, html, cte="quoted-printable"):
    m.set_content(text, charset="utf-8", cte=cte)
    m.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    return m


MIMES = {
    "pdf": ("application", "pdf"),
    "docx": ("application",
             "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application",
             "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "ics": ("text", "calendar"),
    "csv": ("text", "csv"),
    "txt": ("text", "plain"),
    "pem": ("application", "x-pem-file"),
    "bin": ("application", "octet-stream"),
}


def att(m, data, filename, kind=None, charset="utf-8"):
    kind = kind or filename.rsplit(".", 1)[-1].lower()
    mt, st = MIMES[kind]
    if isinstance(data, str):
        if mt == "text":
            m.add_attachment(data, subtype=st, charset=charset,
                             cte="quoted-printable", filename=filename)
            return m
        data = data.encode(charset)
    m.add_attachment(data, maintype=mt, subtype=st, filename=filename)
    return m


def fwd(m, inner, filename=None):
    """Attach a complete message as message/rfc822."""
    if filename:
        m.add_attachment(inner, filename=filename)
    else:
        m.add_attachment(inner)
    return m


def inner(frm, to, subj, date, text, cc=None, mid=None, cte="quoted-printable"):
    """A message that only exists as a forwarded attachment."""
    save = _CUR["n"]
    _CUR["n"] = save + 5000
    m = new(frm, to, subj, date, cc=cc, mid=mid)
    _CUR["n"] = save
    body(m, text, cte=cte)
    return m


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip()
                     for l in text.rstrip("\n").split("\n")) + "\n"


# --------------------------------------------------------------------------
# attachment builders (standard library only, deterministic)
# --------------------------------------------------------------------------

ZDATE = (2026, 1, 2, 8, 0, 0)


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = (zipfile.ZIP_STORED if name == stored_first
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipf(members):
    return _zip(members)


def pdf(lines, title="Dokument", author="Rhönadler Versicherung AG",
        date="20260101090000"):
    """Very small text PDF (Helvetica, WinAnsi).  '# ' lines are bold."""
    if isinstance(lines, str):
        lines = lines.split("\n")
    per_page = 56
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    def enc(s):
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 6
    for pg in pages:
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append(pid)
        out = [b"BT", b"14 TL", b"56 790 Td"]
        for ln in pg:
            if ln.startswith("# "):
                out.append(b"/F2 11 Tf (" + enc(ln[2:]) + b") Tj T*")
            else:
                out.append(b"/F1 10 Tf (" + enc(ln) + b") Tj T*")
        out.append(b"ET")
        stream = b"\n".join(out)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                     b"/Contents %d 0 R >>" % cid)
        objs[cid] = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"\nendstream"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    objs[5] = (b"<< /Title (" + enc(title) + b") /Author (" + enc(author)
               + b") /Producer (Rhoenadler DocOut 4.2) /CreationDate (D:"
               + date.encode() + b"+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (n, xref))
    return bytes(out)


def _core(title, author, date="2026-01-02T08:00:00Z"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(title), xesc(author), date, date))


def docx(items, title="Dokument", author="Rhönadler Versicherung AG"):
    """items: str (paragraph), ('h', str) bold heading, ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (rpr, xesc(t)))

    parts = []
    for it in items:
        if isinstance(it, str):
            parts.append(para(it))
        elif it[0] == "h":
            parts.append(para(it[1], True))
        elif it[0] == "table":
            rows = []
            for r in it[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                % para(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            parts.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>'
                         % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % (W, "".join(parts)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", _core(title, author)),
                 ("word/document.xml", doc)])


def _colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="Tabelle", author="Rhönadler Versicherung AG"):
    """sheets: list of (name, rows); numbers stay numbers."""
    if sheets and not isinstance(sheets[0], tuple):
        sheets = [("Tabelle1", sheets)]
    ws_files = []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_colname(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
        ws_files.append(("xl/worksheets/sheet%d.xml" % si, ws))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(n), i, i)
                    for i, (n, _) in enumerate(sheets, 1)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                        % (i, i) for i in range(1, len(sheets) + 1)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
          % "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    % i for i in range(1, len(sheets) + 1)))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", _core(title, author)),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)]
                + ws_files)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(mimetype, content, title, author):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta %s><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>2026-01-02T08:00:00</meta:creation-date></office:meta></office:document-meta>'
            % (_ODF_NS, xesc(title), xesc(author)))
    return _zip([("mimetype", mimetype), ("content.xml", content),
                 ("meta.xml", meta), ("META-INF/manifest.xml", manifest)],
                stored_first="mimetype")


def odt(paras, title="Dokument", author="Rhönadler Versicherung AG"):
    ps = "".join("<text:p>%s</text:p>" % xesc(p) for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (_ODF_NS, ps))
    return _odf("application/vnd.oasis.opendocument.text", content, title, author)


def ods(rows, sheet="Tabelle1", title="Tabelle", author="Rhönadler Versicherung AG"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                             % (repr(v), repr(v)))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                             % xesc(str(v)))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
               '</office:spreadsheet></office:body></office:document-content>'
               % (_ODF_NS, xesc(sheet), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content, title, author)


def csvtext(rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics(uid, start, end, summary, description, location="", organizer="",
        attendees=(), method="REQUEST"):
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

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rhoenadler//Kalender 7.1//DE",
         "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
         "DTSTAMP:20260101T080000Z",
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + esc(summary), "DESCRIPTION:" + esc(description)]
    if location:
        L.append("LOCATION:" + esc(location))
    if organizer:
        L.append("ORGANIZER:mailto:" + organizer)
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in L) + "\r\n"


# --------------------------------------------------------------------------
# the invented world: staff, signatures, footers
# --------------------------------------------------------------------------

FOOT_DE = T("""
    --
    Rhönadler Versicherung AG · Rhönadler-Platz 1 · 36037 Fulda
    Sitz Fulda · Amtsgericht Fulda HRB 2385 · Vorstand: Dr. Margarete Eschwege (Vors.), Till Brauneck, Aylin Sarıkaya
    Vorsitzender des Aufsichtsrats: Prof. Dr. Gunter Hesselbach
    """)

FOOT_EN = T("""
    --
    Rhönadler Versicherung AG · Rhönadler-Platz 1 · 36037 Fulda · Germany
    Registered office Fulda · Local court Fulda HRB 2385
    Management board: Dr. Margarete Eschwege (chair), Till Brauneck, Aylin Sarıkaya
    """)

STAFF = {
    # key: (name, mail, title_de, title_en, phone ext)
    "ambrosius": ("Dr. Jutta Ambrosius", "jutta.ambrosius", "Leiterin Leistung Reise & Ausland",
                  "Head of Travel & International Claims", "2410"),
    "wendland": ("Tobias Wendland", "tobias.wendland", "Assistance-Koordination Reiseschutz",
                 "Travel Assistance Coordination", "2433"),
    "okafor": ("Mireille Okafor", "mireille.okafor", "Internationaler Kundenservice WorldCover",
               "International Client Service, WorldCover Expat", "2455"),
    "hain": ("Dr. med. Cornelius Hain", "cornelius.hain", "Beratungsarzt", "Medical Advisor", "2470"),
    "feldhaus": ("Jonas Feldhaus", "jonas.feldhaus", "Risikoprüfung WorldCover Expat",
                 "Underwriting, WorldCover Expat", "2461"),
    "gerlach": ("Sabine Gerlach-Ohm", "sabine.gerlach-ohm", "Leistung Krankenversicherung",
                "Health Claims", "3120"),
    "salzmann": ("Henrik Salzmann", "henrik.salzmann", "Kfz-Schaden", "Motor Claims", "4210"),
    "obermaier": ("Friedrich Obermaier", "friedrich.obermaier", "Sachschaden Privatkunden",
                  "Property Claims", "4330"),
    "marquardt": ("Elena Marquardt", "elena.marquardt", "Rechtsschutz-Leistung",
                  "Legal Expenses Claims", "4550"),
    "brinkmann": ("Ole Brinkmann", "ole.brinkmann", "Firmenkunden Komposit",
                  "Commercial Lines", "5120"),
    "rautenberg": ("Anja Rautenberg", "anja.rautenberg", "Maklerbetreuung Region Mitte",
                   "Broker Relations", "5310"),
    "demir": ("Yusuf Demir", "yusuf.demir", "Risikoprüfung Leben/BU",
              "Life & Disability Underwriting", "3510"),
    "hollmann": ("Greta Hollmann", "greta.hollmann", "Pflege-Leistung", "Long-term Care Claims", "3190"),
    "kowalczyk": ("Martin Kowalczyk", "martin.kowalczyk", "Unfall-Leistung", "Accident Claims", "3620"),
    "vollmer": ("Petra Vollmer", "petra.vollmer", "Datenschutzbeauftragte", "Data Protection Officer", "1090"),
    "pfeiffer": ("Lukas Pfeiffer", "lukas.pfeiffer", "IT-Servicedesk", "IT Service Desk", "1800"),
    "albers": ("Svenja Albers", "svenja.albers", "Einkauf", "Procurement", "1340"),
    "krueger": ("Nadine Krüger", "nadine.krueger", "Personal", "Human Resources", "1210"),
    "menke": ("Claudia Menke", "claudia.menke", "Marketing & Kommunikation",
              "Marketing & Communications", "1510"),
    "focke": ("Bernd Focke", "bernd.focke", "Aktuariat Kranken/Reise", "Actuarial, Health & Travel", "3050"),
    "stahl": ("Rebecca Stahl", "rebecca.stahl", "Lebensversicherung Vertrag & Leistung",
              "Life Policy Services", "3440"),
    "wolff": ("Kerstin Wolff", "kerstin.wolff", "Facility Management", "Facility Management", "1620"),
}


def addr(key):
    name, local = STAFF[key][0], STAFF[key][1]
    return "%s <%s@%s>" % (name, local, DOM)


def sig(key, lang="de", short=False, foot=True):
    name, local, tde, ten, ext = STAFF[key]
    if short:
        return "%s\n%s\n" % (name, tde if lang == "de" else ten)
    if lang == "de":
        s = ("Mit freundlichen Grüßen\n\n%s\n%s\nTelefon +49 661 9080-%s\n%s@%s\n"
             % (name, tde, ext, local, DOM))
        return s + ("\n" + FOOT_DE if foot else "")
    s = ("Kind regards\n\n%s\n%s\nRhönadler Versicherung AG, Fulda, Germany\n"
         "Phone +49 661 9080-%s\n%s@%s\n" % (name, ten, ext, local, DOM))
    return s + ("\n" + FOOT_EN if foot else "")


HOTLINE = "+49 661 9080-2424"

MAILS = []


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append((label, lang, kind, reason, fn))
        return fn
    return deco


# ==========================================================================
# MAILS
# ==========================================================================


# ---- 0001 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a Málaga clinic for a named insured (birth date) with femoral neck fracture and hip hemiarthroplasty; health data in HTML table")
def m0001():
    m = new(addr("wendland"), "Admisiones Internacionales <admisiones.int@mirasierra-clinica.example>",
            "Guarantee of payment – DIETZEL, Werner – your adm. no. 26/004417 – our ref. RS-26-0193",
            "2026-02-09 10:41",
            cc="Meridian Assist Operations <ops@meridian-assist.example>")
    text = T("""
        Dear Ms Navarro,

        thank you for your call this morning. Please find below our guarantee of
        payment for the patient named below.

        Patient:            Werner DIETZEL, born 11.05.1951
        Insured under:      Rhönadler Reiseschutz Premium, policy RS-AKV-7731 0428
        Admission:          07.02.2026, via emergency department
        Diagnosis:          fracture of the femoral neck, right (S72.00)
        Planned treatment:  hip hemiarthroplasty, right; inpatient stay approx. 8 days
        Guarantee amount:   EUR 18,500.00 (eighteen thousand five hundred euros)

        The guarantee covers medically necessary treatment in a standard two-bed
        room, including surgery, implant, anaesthesia, physiotherapy during the stay
        and medication. It does not cover telephone, television, single-room
        surcharges or items of personal comfort.

        If the costs are expected to exceed the amount above, please contact us
        or Meridian Assist (case MA-26-01873) before the limit is reached. Please
        send your itemised final invoice together with the discharge report to
        claims.travel@rhoenadler.example, quoting RS-26-0193.

        Our medical advisor would also appreciate a short update on the
        post-operative course by Wednesday, so that we can plan the flight home
        with the family.

        """) + sig("wendland", "en")
    html = T("""
        <html><body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Dear Ms Navarro,</p>
        <p>thank you for your call this morning. Please find below our guarantee of payment for the patient named below.</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr><td><b>Patient</b></td><td>Werner DIETZEL, born 11.05.1951</td></tr>
        <tr><td><b>Insured under</b></td><td>Rhönadler Reiseschutz Premium, policy RS-AKV-7731 0428</td></tr>
        <tr><td><b>Admission</b></td><td>07.02.2026, via emergency department</td></tr>
        <tr><td><b>Diagnosis</b></td><td>fracture of the femoral neck, right (S72.00)</td></tr>
        <tr><td><b>Planned treatment</b></td><td>hip hemiarthroplasty, right; inpatient stay approx. 8 days</td></tr>
        <tr><td><b>Guarantee amount</b></td><td>EUR 18,500.00</td></tr>
        </table>
        <p>The guarantee covers medically necessary treatment in a standard two-bed room, including surgery, implant,
        anaesthesia, physiotherapy during the stay and medication. It does not cover telephone, television,
        single-room surcharges or items of personal comfort.</p>
        <p>If the costs are expected to exceed the amount above, please contact us or Meridian Assist
        (case MA-26-01873) before the limit is reached. Please send your itemised final invoice together with
        the discharge report to claims.travel@rhoenadler.example, quoting RS-26-0193.</p>
        <p>Our medical advisor would also appreciate a short update on the post-operative course by Wednesday,
        so that we can plan the flight home with the family.</p>
        <p>Kind regards<br>Tobias Wendland<br>Travel Assistance Coordination<br>Rhönadler Versicherung AG, Fulda, Germany<br>
        Phone +49 661 9080-2433</p>
        </body></html>
        """)
    return alt(m, text, html)


# ---- 0002 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: IT ticket about OCR failing on scanned doctors' invoices; no invoice content, no person concerned")
def m0002():
    m = new(addr("pfeiffer"), addr("gerlach"),
            "Ticket INC-2026-01174: Texterkennung bei Arztrechnungen bricht ab",
            "2026-01-13 08:52")
    return body(m, T("""
        Hallo Frau Gerlach-Ohm,

        kurze Rückmeldung zu Ihrem Ticket von gestern:

        Die Texterkennung im Posteingang (Modul ScanFlow) bricht seit dem Update
        am Freitag bei mehrseitigen Arztrechnungen ab, sobald eine Seite im
        Querformat eingescannt wurde. Einseitige Belege und Rezepte laufen
        normal durch. Betroffen sind laut Protokoll 212 Dokumente aus der Zeit
        von Freitag 16 Uhr bis heute früh; sie liegen unverändert in der
        Warteschlange "Klärung OCR" und gehen nicht verloren.

        Der Hersteller hat den Fehler bestätigt, ein Patch ist für Donnerstag
        angekündigt. Bis dahin bitte Querformat-Seiten beim Scannen drehen oder
        die Belege einfach liegen lassen – wir stoßen die Warteschlange nach dem
        Patch noch einmal an.

        Ich setze das Ticket auf "wartet auf Hersteller".

        Viele Grüße
        Lukas Pfeiffer
        IT-Servicedesk, Durchwahl -1800
        """))


# ---- 0003 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "eVB number and new motor policy for a named customer with planned plate; no health data")
def m0003():
    m = new(addr("salzmann"), "Lena Hofacker <lena.hofacker@funkpost.example>",
            "Ihre eVB-Nummer für den neuen ID.3",
            "2026-01-16 14:07",
            irt="<b2c1f0a9-77aa-4e1e-8c3d-1a2b@funkpost.example>")
    return body(m, T("""
        Sehr geehrte Frau Hofacker,

        vielen Dank für Ihre Nachricht. Wie besprochen erhalten Sie hier Ihre
        elektronische Versicherungsbestätigung für die Zulassung:

            eVB-Nummer:        K7M2QXP
            Fahrzeug:          VW ID.3 Pro, Erstzulassung neu
            Wunschkennzeichen: FD-LH 311 (reserviert laut Ihrer Angabe)
            Vertrag:           KH/VK 44-208-6617, Beginn mit Zulassungstag

        Der bisherige Vertrag für den Golf (FD-LH 310) läuft weiter, bis Sie
        das Fahrzeug abmelden; die Schadenfreiheitsklasse SF 12 übertragen wir
        auf Wunsch auf das neue Fahrzeug. Geben Sie mir einfach Bescheid, sobald
        der Golf verkauft ist.

        Der Versicherungsschein kommt nach der Zulassung per Post.

        """) + sig("salzmann"))


# ---- 0004 ---------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: travel insurance newsletter explaining travel health cover, hotline and repatriation in general; no person")
def m0004():
    m = new("Rhönadler Reiseschutz <newsletter@rhoenadler.example>",
            "subscribers@lists.rhoenadler.example",
            "Off on holiday? Five things your travel health cover does for you",
            "2026-05-19 07:30",
            extra=[("List-Unsubscribe", "<https://www.rhoenadler.example/newsletter/abmelden>"),
                   ("Precedence", "bulk")])
    text = T("""
        Rhönadler Reiseschutz – Newsletter May 2026

        Off on holiday? Five things your travel health cover does for you

        1. Doctor and hospital abroad
           Outpatient and inpatient treatment that becomes necessary during your
           trip is covered worldwide, for trips of up to 56 days each.

        2. A guarantee of payment, so you don't pay up front
           Many hospitals abroad ask for a deposit. Call our 24/7 emergency line
           and we send the hospital a guarantee of payment – usually within the hour.

        3. Medically sensible repatriation
           If our doctors and the treating doctors agree that you are better cared
           for at home, we organise and pay for the transport – from a seat with
           an escort to an air ambulance.

        4. Help in your language
           Our assistance partner has German- and English-speaking doctors on call
           around the clock and knows the hospitals in your holiday region.

        5. Medicines and dental pain relief
           Prescribed medicines and simple dental fillings for acute pain are included.

        Save the number before you leave: +49 661 9080-2424

        Premiums start at EUR 11.90 a year for individuals under 65.
        Terms and the product information sheet: https://www.rhoenadler.example/reise

        You receive this newsletter because you subscribed on our website.
        Unsubscribe: https://www.rhoenadler.example/newsletter/abmelden
        Rhönadler Versicherung AG, Rhönadler-Platz 1, 36037 Fulda, Germany
        """)
    html = T("""
        <html><body style="font-family:Verdana,sans-serif;max-width:640px">
        <h1 style="color:#1b4f72">Off on holiday?</h1>
        <h2>Five things your travel health cover does for you</h2>
        <ol>
        <li><b>Doctor and hospital abroad</b> – outpatient and inpatient treatment that becomes necessary during your trip, worldwide, trips up to 56 days.</li>
        <li><b>A guarantee of payment</b> – call our 24/7 emergency line and we send the hospital a guarantee of payment, usually within the hour.</li>
        <li><b>Medically sensible repatriation</b> – from a seat with an escort to an air ambulance.</li>
        <li><b>Help in your language</b> – German- and English-speaking doctors on call around the clock.</li>
        <li><b>Medicines and dental pain relief</b> – prescribed medicines and simple fillings for acute pain.</li>
        </ol>
        <p style="font-size:14pt">Save the number before you leave: <b>+49 661 9080-2424</b></p>
        <table border="0" cellpadding="6" style="background:#eaf2f8">
        <tr><th align="left">Tariff</th><th align="left">Age</th><th align="right">Premium per year</th></tr>
        <tr><td>Single</td><td>up to 64</td><td align="right">EUR 11.90</td></tr>
        <tr><td>Single</td><td>65 and over</td><td align="right">EUR 29.50</td></tr>
        <tr><td>Family</td><td>any</td><td align="right">EUR 27.00</td></tr>
        </table>
        <p style="font-size:8pt;color:#777">You receive this newsletter because you subscribed on our website.
        <a href="https://www.rhoenadler.example/newsletter/abmelden">Unsubscribe</a><br>
        Rhönadler Versicherung AG, Rhönadler-Platz 1, 36037 Fulda, Germany</p>
        </body></html>
        """)
    return alt(m, text, html)


# ---- 0005 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "care level 3 assessment result and care daily allowance for a named mother, sent to her daughter")
def m0005():
    m = new(addr("hollmann"), "Bettina Reuß <b.reuss@sonnenmail.example>",
            "Pflegetagegeld Ihrer Mutter – Ergebnis der Begutachtung",
            "2026-03-03 11:26")
    return body(m, T("""
        Sehr geehrte Frau Reuß,

        das Gutachten zur Pflegebedürftigkeit Ihrer Mutter, Frau Hildegard Reuß
        (Vertrag PT 7102 558-3), liegt uns vor. Die Gutachterin hat nach dem
        Hausbesuch vom 17.02.2026 den Pflegegrad 3 festgestellt (47,5 Punkte;
        Schwerpunkte Mobilität und Selbstversorgung nach dem Schlaganfall im
        Herbst, zusätzlich beginnende Demenz).

        Damit zahlen wir ab dem 01.02.2026 das vereinbarte Pflegetagegeld von
        70 % des versicherten Tagessatzes, also 42,00 € täglich. Die erste Zahlung
        für Februar (1.176,00 €) geht in den nächsten Tagen auf das bekannte
        Konto Ihrer Mutter.

        Die Vollmacht, die Sie uns geschickt haben, haben wir hinterlegt. Sie
        erhalten deshalb künftig auch die Schreiben zum Pflegetagegeld in Kopie.

        Eine erneute Begutachtung ist nicht vorgesehen. Bitte teilen Sie uns aber
        mit, falls Ihre Mutter dauerhaft in eine stationäre Einrichtung umzieht,
        weil sich dann der Prozentsatz ändert.

        """) + sig("hollmann"))


# ---- 0006 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "case handover to assistance partner: named insured with heart attack and stent in Cape Town, repatriation planning; case sheet XLSX with diagnosis")
def m0006():
    m = new(addr("wendland"), "Meridian Assist Operations <ops@meridian-assist.example>",
            "[secure] New case RS-26-0412 – LEIMBACH – Cape Town – repatriation request",
            "2026-02-21 06:58",
            cc=addr("hain"))
    text = T("""
        Good morning team,

        overnight our hotline opened the case below. Please take over
        coordination from now on; case sheet attached.

        Insured: Gerhard Leimbach, DOB 1958-07-22, travelling with his wife
        Ursula (also insured, not ill). Admitted 20 Feb to Groote Kloof
        Hospital, Cape Town, with an acute inferior STEMI; primary PCI with one
        drug-eluting stent to the RCA the same evening. Currently in CCU,
        stable, no arrhythmia reported since 02:00 local time.

        What we need from you:
        - medical report from the treating cardiologist (Dr. Naidoo) by today
        - fitness to fly assessment; our Dr. Hain suggests day 7 to 10 at the
          earliest, with medical escort on a scheduled flight if uncomplicated
        - hotel extension for Mrs Leimbach (covered up to EUR 120/night)
        - guarantee of payment to Groote Kloof: please issue on our behalf up to
          ZAR 450,000 and tell us before you go beyond

        Flight home: Cape Town – Frankfurt, then ground ambulance to Fulda is not
        needed if he can walk; the family will pick him up.

        Thanks,
        Tobias

        """) + sig("wendland", "en", foot=False)
    body(m, text)
    att(m, xlsx([("Case", [
        ["Field", "Value"],
        ["Our reference", "RS-26-0412"],
        ["Policy", "RS-AKV-2290 1175 (Premium Family)"],
        ["Insured", "Gerhard Leimbach"],
        ["Date of birth", "1958-07-22"],
        ["Home address", "Am Lindenberg 9, 36100 Petersberg, Germany"],
        ["Mobile (wife)", "+49 170 5528 031"],
        ["Hospital", "Groote Kloof Hospital, Cape Town, ward CCU 2"],
        ["Admission", "2026-02-20 16:40 local"],
        ["Diagnosis", "I21.1 acute transmural MI, inferior wall"],
        ["Procedure", "primary PCI, 1 DES RCA"],
        ["Pre-existing", "hypertension (ramipril 5 mg), no prior cardiac events known"],
        ["GOP limit", "ZAR 450,000"],
        ["Repatriation", "scheduled flight with medical escort, earliest day 7"],
    ])], title="Case RS-26-0412"), "RS-26-0412_case_sheet.xlsx")
    return m


# ---- 0007 ---------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for travel first-aid kits (ibuprofen, loperamide) for staff business trips; no person's health")
def m0007():
    m = new(addr("albers"), "Vertrieb Medivers Betriebsbedarf <vertrieb@medivers.example>",
            "Bestellung 4500017782 – Reiseapotheken für Dienstreisen",
            "2026-04-08 09:15")
    return body(m, T("""
        Guten Tag Herr Lindqvist,

        wie telefonisch besprochen bestellen wir:

          Pos. 10   40 St.  Reiseapotheke "Travel Basic" (Art.-Nr. RA-220)
                            Inhalt lt. Ihrem Datenblatt: Pflaster, Verbandpäckchen,
                            Ibuprofen 400 mg (10 St.), Loperamid 2 mg (10 St.),
                            Elektrolyt-Pulver, Fieberthermometer, Rettungsdecke
          Pos. 20   10 St.  Reiseapotheke "Tropen" (Art.-Nr. RA-240)
                            zusätzlich Mückenschutz DEET 30 %, Wasserentkeimung
          Pos. 30    1 St.  Versandkostenpauschale

        Preise laut Angebot AN-26-0311 vom 30.03.2026, Gesamt netto 1.184,00 €.

        Lieferadresse: Rhönadler Versicherung AG, Warenannahme Tor 2,
        Rhönadler-Platz 1, 36037 Fulda. Bitte auf dem Lieferschein unsere
        Bestellnummer und "Reisestelle" angeben; die Kits werden bei Dienstreisen
        ins Ausland zusammen mit der Notfallkarte ausgegeben.

        Rechnung bitte ausschließlich als PDF an rechnungseingang@rhoenadler.example.

        """) + sig("albers"))


# ---- 0008 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "delayed-baggage claim of a named customer with her IBAN and claim number; no health content (travel without medical data)")
def m0008():
    m = new(addr("ambrosius"), "Priya Raman <priya.raman@inbox.example>",
            "Re: Suitcase delayed on TAP flight to Lisbon – claim RS-G-26-0877",
            "2026-04-14 15:32",
            irt="<CAH7x1p=Lq9@mail.inbox.example>")
    text = T("""
        Dear Ms Raman,

        thank you for the receipts. We have checked them against your baggage
        delay cover (Reiseschutz Komfort, policy RS-KO-5518 2206) and will
        reimburse EUR 312.40:

          toiletries and phone charger      EUR  58.90
          two shirts, underwear             EUR 143.50
          light jacket                      EUR 110.00

        The bag arrived after 52 hours, so the delay cover applies in full up to
        the limit of EUR 400. Payment goes to the account you gave us,
        """) + "  " + iban("DE", "50010517" + "5407324118") + "\n" + T("""
        and should reach you within three working days.

        Could you keep the Property Irregularity Report from TAP for a few
        months? We may claim the amount back from the airline.

        """) + sig("ambrosius", "en") + "\n" + "On Sat, 11 Apr 2026 at 22:05, Priya Raman <priya.raman@inbox.example> wrote:\n" + quote(T("""
        Hello,
        I'm a Rhönadler customer (travel policy RS-KO-5518 2206) living in
        Frankfurt. My suitcase didn't arrive in Lisbon on 6 April and only turned
        up two days later. I had to buy a few things. Scans of the receipts and
        the PIR from the airport are attached. My bank details are in the claim
        form.
        Best,
        Priya
        """))
    return body(m, text)


# ---- 0009 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "disability claim: request to a psychiatrist for a report on a named insured with recurrent depression (F33.1); consent PDF with birth date")
def m0009():
    m = new(addr("demir"), "Praxis Dr. med. Ursula Brenneis <praxis@brenneis-psychiatrie.example>",
            "BU-Leistungsantrag Kai Oberländer – Bitte um Befundbericht",
            "2026-03-10 10:02")
    body(m, T("""
        Sehr geehrte Frau Dr. Brenneis,

        Ihr Patient, Herr Kai Oberländer, geb. 02.09.1979, hat bei uns Leistungen
        aus seiner Berufsunfähigkeitsversicherung (Vertrag L-BU 3308 917) beantragt.
        Er gibt an, seit Oktober 2025 wegen einer rezidivierenden depressiven
        Störung, gegenwärtig mittelgradige Episode (F33.1), bei Ihnen in Behandlung
        und seitdem arbeitsunfähig zu sein.

        Für unsere Prüfung bitten wir Sie um einen Befundbericht, insbesondere zu:

          1. Beginn der Erkrankung und bisherigen Episoden
          2. aktueller Medikation und Psychotherapie
          3. Ihrer Einschätzung der Leistungsfähigkeit als Vertriebsingenieur
             (Außendienst, ca. 40.000 km Fahrleistung im Jahr)
          4. Prognose für die nächsten sechs Monate

        Die Schweigepflichtentbindung des Herrn Oberländer liegt bei. Ihr Honorar
        erstatten wir nach GOÄ Nr. 75 zuzüglich Porto; bitte geben Sie Ihre
        Rechnung mit unserer Vertragsnummer an.

        Gerne können Sie den Bericht über unser sicheres Postfach senden; den Link
        schicken wir Ihnen auf Wunsch zu.

        """) + sig("demir"))
    att(m, pdf([
        "# Erklärung zur Schweigepflichtentbindung",
        "",
        "Versicherte Person: Kai Oberländer, geb. 02.09.1979",
        "Anschrift: Eichenzeller Str. 41, 36124 Eichenzell",
        "Vertrag: L-BU 3308 917 (Rhönadler Lebensversicherung AG)",
        "",
        "Ich entbinde die folgende Ärztin von ihrer Schweigepflicht gegenüber der",
        "Rhönadler Lebensversicherung AG, soweit es um die Prüfung meines",
        "Leistungsantrags wegen Berufsunfähigkeit vom 12.01.2026 geht:",
        "",
        "  Dr. med. Ursula Brenneis, Fachärztin für Psychiatrie und Psychotherapie,",
        "  Heinrichstraße 8, 36037 Fulda",
        "",
        "Die Entbindung gilt für Befunde, Diagnosen und Behandlungsverläufe",
        "seit dem 01.01.2021.",
        "",
        "Eichenzell, 14.02.2026",
        "gez. Kai Oberländer",
    ], title="Schweigepflichtentbindung Oberländer"), "Schweigepflichtentbindung_Oberlaender.pdf")
    return m


# ---- 0010 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: IT mail to the assistance partner about a SAML certificate rollover on the case portal; no case or person data")
def m0010():
    m = new(addr("pfeiffer"), "Meridian Assist IT <it-support@meridian-assist.example>",
            "Assistance case portal – SAML signing certificate rollover on 3 March",
            "2026-02-24 13:44",
            cc=addr("wendland"))
    return body(m, T("""
        Hello Meridian IT,

        a heads-up from the Rhönadler side: the SAML signing certificate of our
        identity provider expires on 6 March. We will roll over to the new
        certificate on Tuesday, 3 March, at 19:00 CET.

        What this means for you:
        - Your case portal (cases.meridian-assist.example) has to trust the new
          signing certificate. The metadata URL stays the same:
          https://login.rhoenadler.example/saml/metadata
        - New certificate fingerprint (SHA-256):
          4A:9C:1E:77:B0:3D:5F:E2:18:6A:C4:90:2B:7E:11:D8:F3:06:5C:A9:2E:47:B1:83:0D:6F:95:C2:1A:38:E4:70
        - Between 19:00 and about 19:30 our staff may not be able to log in.
          Our travel desk will use the hotline and e-mail in that window.

        Could you confirm by Friday who on your side is on call on the evening,
        and send us a test login at 19:15 so we can both see it worked?

        Thanks and regards,
        Lukas Pfeiffer
        IT Service Desk, Rhönadler Versicherung AG
        +49 661 9080-1800
        """))


# ---- 0011 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply to an expat in Singapore quoting our German claims statement: physiotherapy after ACL reconstruction, amounts, policy")
def m0011():
    m = new(addr("okafor"), "Florian Neumeister <florian.neumeister@lionmail.example>",
            "AW: Leistungsabrechnung vom 02.03.2026 – could you explain in English?",
            "2026-03-05 04:18",
            irt="<SG1PR04MB7731.9F2@lionmail.example>")
    text = T("""
        Dear Mr Neumeister,

        of course – here is what the statement says, item by item:

        - The orthopaedic follow-up with Dr. Tan (SGD 180) is paid in full.
        - Of the ten physiotherapy sessions after your ACL reconstruction
          (SGD 1,450 in total) we reimburse eight. Your WorldCover Expat plan
          pays physiotherapy with a doctor's prescription, and the prescription
          of 19 January covers eight sessions only. If Dr. Tan extends it, please
          send us the new prescription and we will pay the remaining two.
        - The knee brace is reimbursed at 80 % (aids are paid at 80 % in your
          plan).

        All amounts are converted at the rate of the invoice date. The total,
        EUR 1,364.27, was transferred to your German account on 3 March.

        """) + sig("okafor", "en") + "\n" + T("""
        -----Ursprüngliche Nachricht-----
        Von: Florian Neumeister <florian.neumeister@lionmail.example>
        Gesendet: Mittwoch, 4. März 2026 16:51
        An: service.worldcover@rhoenadler.example
        Betreff: Leistungsabrechnung vom 02.03.2026 – could you explain in English?

        Hi, my German is fine for daily life but not for this letter. Why were
        two sessions not paid? Letter is pasted below. Thanks, Florian

        > Leistungsabrechnung vom 02.03.2026
        > Versicherte Person: Florian Neumeister, Vertrag WCE 6611 0842
        > Rechnung Dr. Tan Wei Ming, Orthopädie, Kontrolle nach VKB-Plastik re.:
        >   erstattungsfähig 100 %
        > Physiotherapie Raffles Rehab, 10 Behandlungen: erstattungsfähig 8,
        >   Verordnung vom 19.01.2026 über 8 Einheiten
        > Kniegelenkorthese: erstattungsfähig 80 %
        > Auszahlungsbetrag: 1.364,27 EUR
        """)
    return body(m, text)


# ---- 0012 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "household claim status for a named customer (claim number, address, amounts) sent to the broker; no health")
def m0012():
    m = new(addr("obermaier"), "Marius Voss <m.voss@kessler-voss.example>",
            "AW: Hausratschaden Kundin Ilse Rotermund, Schaden H-26-00391",
            "2026-01-28 16:20",
            irt="<000a01dc8f2$41be7e10@kessler-voss.example>")
    return body(m, T("""
        Hallo Herr Voss,

        zum Stand im Schaden Ihrer Kundin Frau Rotermund (Hausrat HR 512 0093,
        Wohnung Kanalstraße 14, 36037 Fulda):

        - Der Leitungswasserschaden aus der Wohnung darüber ist gedeckt.
        - Der Sachverständige hat Laminat und Einbauküche begutachtet; für den
          Hausrat (Sofa, Teppich, Bücherregal) sind 2.870 € Zeitwert anerkannt.
        - Die Küche gehört laut Mietvertrag dem Vermieter und ist damit Sache
          der Gebäudeversicherung des Eigentümers, nicht unsere.

        Die Zahlung ist heute freigegeben. Falls Frau Rotermund noch
        Hotelkosten hatte – sie hat bei ihrer Tochter gewohnt, daher vermutlich
        nicht –, bitte Belege nachreichen.

        Viele Grüße
        Friedrich Obermaier
        Sachschaden Privatkunden
        """) + "\n" + quote(T("""
        Hallo Herr Obermaier,
        können Sie mir sagen, wie weit der Schaden von Frau Rotermund ist? Sie
        ruft jetzt täglich bei uns an.
        Gruß Marius Voss
        Kessler & Voss Versicherungsmakler GmbH, Kassel
        """)))


# ---- 0013 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "repatriation of a named father after a stroke in Antalya (hemiparesis, fitness to fly), written to his daughter")
def m0013():
    m = new(addr("wendland"), "Miriam Çelik <miriam.celik@netmail.example>",
            "Rücktransport Ihres Vaters aus Antalya – Stand heute",
            "2026-04-22 18:46",
            irt="<7f3e2b10-celik-0422@netmail.example>")
    return body(m, T("""
        Liebe Frau Çelik,

        wie vorhin am Telefon versprochen, hier noch einmal alles schriftlich.

        Ihr Vater, Herr Hasan Çelik, liegt seit dem 18.04. im Sahil Hastanesi in
        Antalya auf der Stroke Unit. Die Ärzte dort bestätigen einen ischämischen
        Schlaganfall mit Lähmung der rechten Körperseite und einer leichten
        Sprachstörung. Die Lyse ist gut verlaufen; seit gestern sitzt er mit
        Hilfe am Bettrand.

        Unser Beratungsarzt Dr. Hain hat heute mit dem Oberarzt gesprochen. Beide
        halten einen Rücktransport ab Samstag für vertretbar – liegend, mit
        ärztlicher Begleitung, im Ambulanzflugzeug von Antalya nach Kassel-Calden
        und von dort mit dem Krankenwagen ins Klinikum Fulda, Neurologie.
        Das Klinikum hat die Übernahme zugesagt.

        Die Kosten übernehmen wir vollständig aus der Auslandsreise-
        Krankenversicherung Ihres Vaters (Vertrag RS-AKV-4410 8823). Für Sie
        als Begleitperson ist im Flugzeug ein Platz vorgesehen; bitte bringen Sie
        Ihren Reisepass und die Medikamentenliste Ihres Vaters mit.

        Die genaue Abflugzeit schickt Ihnen unser Partner Meridian Assist
        spätestens Freitagmittag per SMS. Wenn sich der Zustand Ihres Vaters bis
        dahin verschlechtert, rufen Sie bitte sofort die Notrufnummer
        +49 661 9080-2424 an, Tag und Nacht.

        Alles Gute für Ihren Vater.

        """) + sig("wendland"))


# ---- 0014 ---------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: broker newsletter on new travel tariffs 2026 with premiums and cover limits; no customer")
def m0014():
    m = new("Rhönadler Maklerservice <makler-news@rhoenadler.example>",
            "makler-news@lists.rhoenadler.example",
            "Maklerbrief 02/2026: Reiseschutz neu – höhere Summen, Tarif für Langzeitreisende",
            "2026-02-03 08:00",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<mailto:makler-news-off@rhoenadler.example>")])
    text = T("""
        Maklerbrief 02/2026

        Liebe Partnerinnen und Partner,

        zum 1. März stellen wir den Reiseschutz neu auf:

        * Reiserücktritt: Selbstbehalt entfällt im Tarif Premium, auch bei
          Erkrankung der versicherten Person (bisher 20 %).
        * Auslandsreise-Krankenversicherung: Reisedauer je Reise bis 70 statt
          56 Tage; Rücktransport immer, wenn medizinisch sinnvoll.
        * NEU: "Reiseschutz Langzeit" für Work & Travel, Sabbatical und digitale
          Nomaden, bis 24 Monate, weltweit.
        * Courtage unverändert.

        Beiträge und Summen im Überblick finden Sie in der HTML-Ansicht dieser
        Mail und im Maklerportal unter Produkte > Reise.

        Webinar dazu am 12.02. um 10 Uhr – Anmeldung im Portal.

        Ihre Maklerbetreuung
        Rhönadler Versicherung AG
        """)
    html = T("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Maklerbrief 02/2026 – Reiseschutz neu</h2>
        <p>Liebe Partnerinnen und Partner,<br>zum 1. März stellen wir den Reiseschutz neu auf.</p>
        <table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
        <tr style="background:#dde"><th>Baustein</th><th>Komfort</th><th>Premium</th><th>Langzeit (neu)</th></tr>
        <tr><td>Reiserücktritt, Summe je Reise</td><td>3.000 €</td><td>10.000 €</td><td>–</td></tr>
        <tr><td>Selbstbehalt bei Erkrankung</td><td>20 %</td><td>keiner</td><td>–</td></tr>
        <tr><td>Auslandskranken, Dauer je Reise</td><td>56 Tage</td><td>70 Tage</td><td>24 Monate</td></tr>
        <tr><td>Rücktransport</td><td>medizinisch notwendig</td><td>medizinisch sinnvoll</td><td>medizinisch sinnvoll</td></tr>
        <tr><td>Reisegepäck</td><td>1.500 €</td><td>3.000 €</td><td>2.000 €</td></tr>
        <tr><td>Jahresbeitrag Einzelperson bis 64 J.</td><td>49,00 €</td><td>89,00 €</td><td>ab 39 € / Monat</td></tr>
        </table>
        <p>Courtage unverändert. Webinar am 12.02. um 10 Uhr – Anmeldung im Maklerportal.</p>
        <p>Ihre Maklerbetreuung<br>Rhönadler Versicherung AG</p>
        <p style="font-size:8pt">Abmelden: makler-news-off@rhoenadler.example</p>
        </body></html>
        """)
    return alt(m, text, html)


# ---- 0015 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage payout to named homeowners with their IBAN, policy and address; no health")
def m0015():
    m = new(addr("obermaier"), "Ewald Schäfer-Kluth <ewald.sk@funkpost.example>",
            "Sturmschaden Dach – Zahlung, Schaden G-26-01204",
            "2026-02-17 12:10",
            cc="Marianne Schäfer-Kluth <marianne.sk@funkpost.example>")
    return body(m, T("""
        Sehr geehrte Frau Schäfer-Kluth, sehr geehrter Herr Schäfer-Kluth,

        der Sturm in der Nacht zum 5. Februar hat an Ihrem Haus Am Rauschenberg 3
        in 36093 Künzell nach dem Bericht des Dachdeckers 38 Ziegel und den
        Ortgang auf der Westseite beschädigt. Wir übernehmen die Rechnung der
        Firma Bedachungen Höfling GmbH über 3.412,80 € abzüglich der vereinbarten
        Selbstbeteiligung von 250 €.

        Den Betrag von 3.162,80 € überweisen wir heute auf Ihr Konto
        """) + iban("DE", "53050180" + "0041277305") + "\n" + T("""
        (Kontoinhaber laut Ihrer Angabe: Ewald Schäfer-Kluth).

        Die Notabdeckung mit Plane, die Sie selbst gemacht haben, erstatten wir
        ebenfalls: bitte schicken Sie uns den Kassenbon aus dem Baumarkt.

        Ihr Vertrag: Wohngebäude WG 88 410 2265.

        """) + sig("obermaier"))


# ---- 0016 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "term life underwriting decision for a named applicant: blood pressure, BMI, HbA1c, premium loading")
def m0016():
    m = new(addr("demir"), "Thomas Whitfield <t.whitfield@mailbox-ffm.example>",
            "Your application for term life cover – our underwriting decision",
            "2026-03-18 17:02",
            cc="Anja Rautenberg <anja.rautenberg@rhoenadler.example>")
    return body(m, T("""
        Dear Mr Whitfield,

        thank you for attending the medical examination with Dr. Schilling in
        Frankfurt on 9 March. We have now reviewed the results for your
        application for term life cover of EUR 400,000 over 25 years
        (application no. L-A 26-11908).

        The examination showed a blood pressure of 152/96 mmHg on two readings,
        a BMI of 31.2 and an HbA1c of 6.1 %, which is in the prediabetic range.
        You told us you are not currently taking any medication.

        On this basis we can offer the cover with a risk loading of 75 % on the
        premium, i.e. EUR 61.80 per month instead of EUR 35.30. Alternatively,
        if your GP confirms in six months that your blood pressure is under
        control (below 140/90 with or without treatment) and the HbA1c has not
        risen, we will review the loading; in many cases it can then be reduced
        to 25 %.

        Our offer is valid for eight weeks. If you would like to accept it,
        please sign the enclosed amendment in the portal.

        If anything in this letter is unclear, I am happy to call you.

        """) + sig("demir", "en"))


# ---- 0017 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: travel product team minutes with loss ratios and top diagnoses only as aggregates (DOCX); no person")
def m0017():
    m = new(addr("focke"),
            "Team Produkt Reise <produkt-reise@rhoenadler.example>",
            "Protokoll Produktrunde Reise 26.01.2026",
            "2026-01-27 15:48",
            cc=addr("ambrosius"))
    body(m, T("""
        Hallo zusammen,

        anbei das Protokoll von gestern. Die wichtigsten Punkte:

        - Schadenquote Reise 2025 gesamt 61,4 % (Vorjahr 58,9 %), Treiber sind
          die Rücktransporte aus Fernreisezielen.
        - Die Auswertung der Top-Diagnosen liegt nur aggregiert vor (ab 20 Fällen),
          so soll es auch bleiben.
        - Aufgaben: Preismodell Langzeit (ich), Fragebogen Assistance-Partner
          (Jutta), Texte Produktinfo (Marketing).

        Nächster Termin: 23.02., 14 Uhr, Raum Milseburg.

        Gruß
        Bernd
        """))
    att(m, docx([
        ("h", "Protokoll Produktrunde Reise – 26.01.2026"),
        "Teilnehmende: B. Focke (Aktuariat), Dr. J. Ambrosius (Leistung Reise), C. Menke (Marketing), A. Rautenberg (Maklerbetreuung)",
        ("h", "1. Zahlen 2025"),
        ("table", [["Kennzahl", "2024", "2025"],
                   ["Verträge Reise (Stück)", "184.210", "197.655"],
                   ["Schadenquote gesamt", "58,9 %", "61,4 %"],
                   ["Schadenquote Auslandskranken", "63,2 %", "67,8 %"],
                   ["Schadenquote Reiserücktritt", "49,5 %", "48,7 %"],
                   ["Rücktransporte (Anzahl)", "212", "247"],
                   ["Durchschnittskosten Rücktransport", "14.900 €", "16.350 €"]]),
        ("h", "2. Häufigste Leistungsgründe Auslandskranken (nur Fallzahlen >= 20)"),
        ("table", [["Rang", "Diagnosegruppe", "Fälle 2025"],
                   ["1", "Infektionen Magen-Darm", "1.904"],
                   ["2", "Frakturen untere Extremität", "688"],
                   ["3", "Atemwegsinfekte", "655"],
                   ["4", "Herz-Kreislauf, akut", "231"],
                   ["5", "Zahnschmerz, akut", "219"]]),
        "Einzelfälle werden in der Produktrunde nicht besprochen.",
        ("h", "3. Langzeittarif"),
        "Kalkulation bis Ende Februar; Zielbeitrag unter 45 € im Monat für Reisende bis 35 Jahre.",
        ("h", "4. Assistance-Partner"),
        "Jahresgespräch mit Meridian Assist am 10.03.; Fragebogen zu Reaktionszeiten und Kostenvoranschlägen folgt.",
    ], title="Protokoll Produktrunde Reise"), "Protokoll_Produktrunde_Reise_2026-01-26.docx")
    return m


# ---- 0018 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rental car excess reimbursement for a named customer in Crete with IBAN and claim number; no health")
def m0018():
    m = new(addr("ambrosius"), "Aoife Brennan <aoife.brennan@postbox.example>",
            "Rental car excess – Heraklion – your claim RS-M-26-0214",
            "2026-06-02 11:37")
    return body(m, T("""
        Dear Ms Brennan,

        we have received the documents for your rental car excess claim:
        the rental agreement with Aegean Wheels (Heraklion, 18–25 May 2026),
        the damage report for the scratched rear bumper and your credit card
        statement showing the EUR 950.00 excess that was charged.

        Your Reiseschutz Komfort policy (RS-KO-7703 1148) reimburses the excess
        up to EUR 1,000 per rental, so we will pay the full EUR 950.00.

        The transfer to
        """) + iban("DE", "52060410" + "0003371208") + " (A. Brennan)\n" + T("""
        is on its way and usually arrives within two to three banking days.

        Nothing else is needed from you. Have a good summer!

        """) + sig("ambrosius", "en"))


# ---- 0019 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: data protection quiz for all staff about health data and encryption; examples invented, no person")
def m0019():
    m = new(addr("vollmer"), "Alle Mitarbeitenden <alle@rhoenadler.example>",
            "Datenschutz-Quiz Februar: Wie vertraulich ist eine Arztrechnung?",
            "2026-02-12 09:00")
    return body(m, T("""
        Liebe Kolleginnen und Kollegen,

        unser kleines Monatsquiz – diesmal zu Gesundheitsdaten. Auflösung gibt es
        nächste Woche im Intranet. Wer alle sechs richtig hat, kommt in den
        Lostopf für zwei Kinogutscheine.

        1. Eine Kundin schickt eine Arztrechnung per E-Mail. Dürfen wir die
           Erstattungsabrechnung unverschlüsselt zurückschicken?
           a) ja, sie hat ja selbst unverschlüsselt geschrieben
           b) nein, nur mit Einwilligung oder über das sichere Postfach
           c) ja, wenn wir die Diagnose schwärzen

        2. Welche dieser Angaben ist ein Gesundheitsdatum?
           a) "Versicherungsnummer 123"   b) "Brille, -2,5 dpt"   c) "Geburtsort Fulda"

        3. Ein ICD-10-Code wie "J45.0" allein, ohne Namen, in einer Statistik –
           ist das personenbezogen?

        4. Der Notruf Reise bekommt eine Mail von einem Krankenhaus in Spanien
           mit Entlassungsbericht. Wohin gehört die Mail?

        5. Darf die Kollegin am Empfang erzählen, dass Herr X wegen "Rücken"
           fehlt? (Kleiner Hinweis: nein.)

        6. Wie lange bewahren wir Protokolle über den Versand sicherer Mails auf?

        Antworten bitte bis 19.02. an datenschutz@rhoenadler.example.

        Herzliche Grüße
        Petra Vollmer
        Datenschutzbeauftragte
        """))


# ---- 0020 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; attached PDF claims statement lists GOÄ items, diagnosis (lumbar disc herniation) and MRI for a named insured")
def m0020():
    m = new(addr("gerlach"), "Jörg Malecki <joerg.malecki@funkpost.example>",
            "Ihre Abrechnung vom 24.02.2026",
            "2026-02-24 13:05")
    body(m, T("""
        Guten Tag Herr Malecki,

        wie gewünscht erhalten Sie die Abrechnung diesmal auch per E-Mail.
        Sie finden sie im Anhang.

        Freundliche Grüße
        Sabine Gerlach-Ohm
        Leistung Krankenversicherung
        Rhönadler Krankenversicherung AG
        """))
    att(m, pdf([
        "# Rhönadler Krankenversicherung AG – Leistungsabrechnung",
        "",
        "Versicherte Person: Jörg Malecki, geb. 30.06.1974",
        "Vertrag: KV 2204 8817 (Tarif Vital Plus, Selbstbehalt 600 EUR)",
        "Abrechnungsdatum: 24.02.2026",
        "",
        "# Rechnung 1: Dr. med. Felix Quandt, Orthopädie, Fulda",
        "Diagnose: Bandscheibenvorfall L4/L5 mit Radikulopathie (M51.1 G)",
        "GOÄ 1     Beratung                        2,3-fach      10,72 EUR",
        "GOÄ 7     Untersuchung Stütz-/Bewegungsorgane  2,3-fach   21,45 EUR",
        "GOÄ 255   Injektion intraartikulär/perineural  2,3-fach   12,74 EUR",
        "GOÄ 5105  Rö Lendenwirbelsäule 2 Ebenen   1,8-fach      45,66 EUR",
        "Rechnungsbetrag                                           90,57 EUR",
        "",
        "# Rechnung 2: Radiologie am Schlossgarten",
        "MRT Lendenwirbelsäule (GOÄ 5700, 5731)                   560,86 EUR",
        "",
        "# Rechnung 3: Apotheke am Uniplatz",
        "Ibuprofen 600 mg, 50 St.; Pregabalin 75 mg, 56 Kps.       74,18 EUR",
        "",
        "Summe erstattungsfähig                                   725,61 EUR",
        "abzgl. verbleibender Selbstbehalt 2026                   600,00 EUR",
        "Auszahlung                                               125,61 EUR",
        "",
        "Der Betrag wird auf Ihr Konto DE** **** **** **** **47 42 überwiesen.",
    ], title="Leistungsabrechnung Malecki"), "Abrechnung_2026-02-24.pdf")
    return m


# ---- 0021 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "hospital",
      "Bangkok hospital's mail with medical report (dengue fever, platelets) on a named young insured, forwarded to the medical advisor; report in PDF")
def m0021():
    m = new(addr("wendland"), addr("hain"),
            "WG: Medical report – MARBACH Sophie – HN 26-118274",
            "2026-01-19 07:12")
    body(m, T("""
        Hallo Cornelius,

        anbei der Bericht aus Bangkok zu Frau Marbach (RS-26-0061). Die Klinik
        möchte sie noch zwei Tage behalten, die Mutter fragt, ob sie danach
        allein zurückfliegen kann. Kannst du heute einen Blick draufwerfen?

        Danke
        Tobias

        ---------- Forwarded message ---------
        From: International Patient Office <ipo@cpih-bangkok.example>
        Date: Mon, 19 Jan 2026 at 10:31 (ICT)
        Subject: Medical report – MARBACH Sophie – HN 26-118274
        To: notruf@rhoenadler.example

        Dear Rhönadler Assistance,

        please find attached the medical report for your insured Ms Sophie
        Marbach (DOB 03 Aug 2003), admitted on 15 January with high fever,
        headache and rash. NS1 antigen positive; diagnosis dengue fever with
        warning signs. Platelets lowest 38,000/µL on day 3, now 71,000/µL and
        rising. No bleeding. She is on IV fluids and paracetamol only.

        Expected discharge: 21 January if platelets stay above 50,000.
        Estimated total charges so far: THB 164,500.

        Best regards,
        Khun Pimchanok S.
        International Patient Office
        Chao Phraya International Hospital, Bangkok
        """))
    att(m, pdf([
        "# Chao Phraya International Hospital – Medical Report",
        "",
        "Patient: MARBACH, Sophie      HN: 26-118274",
        "Date of birth: 03 Aug 2003    Nationality: German",
        "Admission: 15 Jan 2026 21:14  Ward: 9B, room 912",
        "Attending physician: Dr. Anan Wongsakul, Internal Medicine",
        "",
        "# Presenting complaint",
        "Fever 39.8 C for 3 days, retro-orbital headache, myalgia, maculopapular rash.",
        "",
        "# Investigations",
        "NS1 Ag positive; Dengue IgM negative (day 3). Hct 44 % -> 47 %.",
        "Platelets: 112,000 (D1), 61,000 (D2), 38,000 (D3), 54,000 (D4), 71,000 (D5).",
        "Ultrasound: small amount of pleural effusion right, gallbladder wall oedema.",
        "",
        "# Diagnosis",
        "Dengue fever with warning signs (A97.1)",
        "",
        "# Treatment",
        "IV crystalloid per WHO protocol, paracetamol 500 mg PRN, no NSAIDs.",
        "",
        "# Plan",
        "Discharge when afebrile 48 h and platelets > 50,000 and rising.",
        "Fit to fly as a normal passenger 7 days after discharge; avoid contact sports 2 weeks.",
        "",
        "Signed: Dr. Anan Wongsakul, 19 Jan 2026",
    ], title="Medical report HN 26-118274", author="CPIH Bangkok"), "Medical_Report_HN26-118274.pdf")
    return m


# ---- 0022 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "fleet claims list for a logistics company naming drivers, plates and claim amounts (CSV); nobody injured")
def m0022():
    m = new(addr("brinkmann"), "Frank Ebersbach <f.ebersbach@hessenland-logistik.example>",
            "Schadenübersicht Flotte 2025 – für Ihr Jahresgespräch",
            "2026-01-22 10:30")
    body(m, T("""
        Hallo Herr Ebersbach,

        wie besprochen die Schadenliste Ihrer Flotte (Vertrag KF 77 100 452)
        für 2025 als CSV, damit Sie sie in Ihre Auswertung übernehmen können.
        Auffällig sind die vier Rangierschäden am Standort Bad Hersfeld –
        vielleicht ein Thema für die nächste Fahrerunterweisung.

        Personenschäden gab es 2025 keine.

        Schadenquote der Flotte: 71 %. Über den Beitrag für 2027 sprechen wir
        im Termin am 5. Februar.

        Beste Grüße
        Ole Brinkmann
        Firmenkunden Komposit
        Rhönadler Versicherung AG
        """))
    rows = [["Schaden-Nr", "Datum", "Kennzeichen", "Fahrer", "Ort", "Art", "Aufwand EUR"],
            ["KF-25-0112", "14.01.2025", "HEF-HL 204", "Dirk Pohlmann", "Bad Hersfeld", "Rangierschaden Rampe", "2.310,00"],
            ["KF-25-0388", "03.03.2025", "HEF-HL 219", "Sergej Wagner", "A7 km 345", "Steinschlag Frontscheibe", "1.180,50"],
            ["KF-25-0741", "29.04.2025", "HEF-HL 204", "Dirk Pohlmann", "Bad Hersfeld", "Rangierschaden Tor", "3.905,00"],
            ["KF-25-1020", "11.06.2025", "FD-HL 77", "Anke Rössler", "Fulda", "Auffahrunfall, Fremdschaden", "6.742,10"],
            ["KF-25-1477", "02.09.2025", "HEF-HL 231", "Mehmet Yildiz", "Bad Hersfeld", "Rangierschaden Poller", "1.020,00"],
            ["KF-25-1803", "20.11.2025", "HEF-HL 219", "Sergej Wagner", "Bad Hersfeld", "Rangierschaden Hallentor", "4.455,40"],
            ["KF-25-1912", "08.12.2025", "FD-HL 81", "Tanja Kreß", "Kassel", "Parkschaden durch Dritte", "0,00"]]
    att(m, csvtext(rows), "Schaeden_KF77100452_2025.csv", charset="windows-1252")
    return m


# ---- 0023 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: anonymised large-loss list of travel medical claims for the reinsurer (age bands, regions, diagnosis groups, no names)")
def m0023():
    m = new(addr("focke"), "Baltic Re – Health & Travel <health.travel@balticre.example>",
            "Travel medical XL treaty – large losses 2025 (anonymised)",
            "2026-02-26 14:25",
            cc=addr("ambrosius"))
    body(m, T("""
        Dear Ms Halvorsen,

        as agreed for the renewal of the travel medical excess-of-loss treaty,
        attached is the list of all 2025 claims above EUR 50,000 gross.

        As usual the list is anonymised: no names, no policy numbers, age in
        ten-year bands and destination by region only. Diagnosis is given as
        ICD chapter. Two claims in the 20-29 band were merged because the
        region would otherwise have made them recognisable.

        Totals: 19 claims, EUR 1.92 m gross, of which EUR 0.61 m above the
        retention of EUR 75,000.

        Happy to walk you through it on our call next Thursday.

        """) + sig("focke", "en"))
    att(m, xlsx([("Large losses 2025", [
        ["No.", "Quarter", "Age band", "Region", "ICD chapter", "Repatriation", "Gross EUR"],
        [1, "Q1", "70-79", "North America", "IX circulatory", "air ambulance", 238400],
        [2, "Q1", "60-69", "Southeast Asia", "IX circulatory", "air ambulance", 151200],
        [3, "Q1", "50-59", "Canary Islands", "XIX injury", "stretcher, scheduled", 58900],
        [4, "Q2", "70-79", "Mediterranean", "X respiratory", "air ambulance", 96300],
        [5, "Q2", "60-69", "Caribbean", "IX circulatory", "air ambulance", 187500],
        [6, "Q2", "20-29 (2 merged)", "various", "XIX injury", "scheduled", 131800],
        [7, "Q2", "40-49", "Mediterranean", "XIX injury", "air ambulance", 74100],
        [8, "Q3", "70-79", "North America", "II neoplasms", "air ambulance", 212700],
        [9, "Q3", "80+", "Mediterranean", "IX circulatory", "none (deceased)", 52300],
        [10, "Q3", "30-39", "South America", "I infectious", "air ambulance", 88000],
        [11, "Q3", "60-69", "Alps", "XIX injury", "helicopter + ground", 61200],
        [12, "Q3", "50-59", "Middle East", "XI digestive", "scheduled", 55400],
        [13, "Q3", "70-79", "Mediterranean", "IX circulatory", "air ambulance", 79900],
        [14, "Q4", "60-69", "North Africa", "XI digestive", "air ambulance", 69800],
        [15, "Q4", "70-79", "North America", "X respiratory", "air ambulance", 174600],
        [16, "Q4", "40-49", "Southeast Asia", "XIX injury", "air ambulance", 92500],
        [17, "Q4", "50-59", "Alps", "XIX injury", "ground", 50700],
        [18, "Q4", "80+", "Canary Islands", "IX circulatory", "air ambulance", 63900],
        [19, "Q4", "60-69", "East Africa", "I infectious", "air ambulance", 71800],
    ])], title="Travel medical large losses 2025"), "TravelMed_LargeLosses_2025_anon.xlsx")
    return m


# ---- 0024 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "trip cancellation after burglary at the named customers' home: booking, police file number, refund; no health")
def m0024():
    m = new(addr("ambrosius"), "Ralf Kümmel <ralf.kuemmel@sonnenmail.example>",
            "Reiserücktritt – Einbruch in Ihre Wohnung, Schaden RS-R-26-0330",
            "2026-03-09 09:48",
            irt="<f12a-kuemmel-0306@sonnenmail.example>")
    return body(m, T("""
        Sehr geehrter Herr Kümmel,

        es tut mir leid, dass Ihre Ostertage so begonnen haben. Ein erheblicher
        Schaden an Ihrem Eigentum durch eine Straftat ist in Ihrem Reiserücktritt
        (Vertrag RS-RR-3391 4056) versichert, wenn Ihre Anwesenheit deshalb
        nötig ist – und das ist nach einem Einbruch mit aufgebrochener Tür und
        Polizeieinsatz am Tag vor der Abreise klar der Fall.

        Wir erstatten die Stornokosten für die Pauschalreise nach Madeira
        (Buchung TUX-8841207, 2 Personen, 27.03.–10.04.2026):

          Reisepreis                       3.640,00 €
          Stornogebühr 40 % laut Reiseveranstalter  1.456,00 €

        Die Polizei Fulda hat uns das Aktenzeichen 0112-006/26 bestätigt.
        Das Geld überweisen wir wie gewünscht auf das Konto, von dem Sie den
        Beitrag zahlen.

        Für die gestohlenen Sachen ist Ihre Hausratversicherung zuständig –
        falls die auch bei uns ist, leite ich Ihre Unterlagen gern an die
        Kollegen weiter. Kurze Antwort genügt.

        """) + sig("ambrosius"))


# ---- 0025 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal fraud suspicion about a named insured's dental invoices (implants, treatment dates) in health insurance")
def m0025():
    m = new(addr("gerlach"), "Sonderermittlung <sonderermittlung@rhoenadler.example>",
            "Verdachtsfall Zahnrechnungen – KV 1193 5520, Vittorio Anselmi",
            "2026-02-05 16:03",
            cc="Teamleitung KV-Leistung <kv-teamleitung@rhoenadler.example>")
    return body(m, T("""
        Hallo Herr Strobel,

        ich gebe Ihnen einen Fall zur Prüfung, der mir in der Zahnleistung
        aufgefallen ist:

        Versicherter: Vittorio Anselmi, geb. 17.12.1966, Tarif Dental Top (90 %)
        Praxis: Zahnzentrum Am Dom, Dr. R. Friebe, Fulda

        Auffälligkeiten:
        1. Innerhalb von 14 Monaten fünf Implantate (Regio 14, 15, 24, 36, 46)
           auf drei Heil- und Kostenplänen, jeweils kurz nach Ablauf der
           Zahnstaffel.
        2. Die Rechnung vom 12.11.2025 rechnet GOZ 9010 zweimal für Regio 36
           ab, einmal mit dem Datum eines Tages, an dem Herr Anselmi laut seiner
           eigenen Reise-Krankenmeldung in Kalabrien war (Behandlung dort wegen
           Zahnabszess, Rechnung aus Catanzaro liegt uns ebenfalls vor).
        3. Das Röntgenbild vom Oktober zeigt Regio 46 bereits versorgt.

        Erstattet wurden bisher 14.862,40 €. Die offene Rechnung über 3.915,00 €
        halte ich bis zu Ihrer Rückmeldung an.

        Die Belege liegen in der Akte unter "Sonderprüfung".

        Gruß
        Sabine Gerlach-Ohm
        Leistung KV, -3120
        """))


# ---- 0026 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "organisational: holiday cover plan of a claims team, colleagues named without reasons")
def m0026():
    m = new(addr("obermaier"), "Team Sachschaden Privat <sach-privat@rhoenadler.example>",
            "Vertretung Osterferien",
            "2026-03-16 08:31")
    return body(m, T("""
        Moin zusammen,

        damit Ostern nichts liegen bleibt, hier die Vertretungen:

          30.03.–03.04.  Rita in Urlaub   -> Vertretung Jens
          07.04.–10.04.  ich selbst weg   -> Vertretung Rita (Freigaben bis 10.000 €),
                                              darüber bitte an Frau Dr. Kähler
          ab 13.04.      Jens drei Tage Seminar in Köln -> Postfach übernimmt Mia

        Bitte Abwesenheitsnotiz setzen und das Gruppenpostfach im Blick behalten.
        Die Sturmschäden vom Februar sind fast durch, es sind noch 14 offen.

        Danke euch!
        Fritz
        """), flowed=True, cte="8bit")


# ---- 0027 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat plan pre-authorisation of a knee MRI in Dubai for a named insured (suspected meniscus tear), hospital and limits")
def m0027():
    m = new(addr("okafor"), "Stefanie Albrecht-Mohr <stefanie.am@desertmail.example>",
            "Pre-authorisation MRI right knee – WorldCover Expat WCE 4402 1173",
            "2026-05-06 08:14",
            irt="<DB9P189MB1022.stefanie@desertmail.example>")
    return body(m, T("""
        Dear Ms Albrecht-Mohr,

        thank you for sending the referral from Dr. Farouk. I am glad to confirm
        pre-authorisation for the following:

          Treatment:  MRI of the right knee without contrast
          Reason:     suspected tear of the medial meniscus after a fall
                      during padel on 28 April; swelling and locking
          Provider:   Al Safwa Medical Centre, Dubai (direct billing partner)
          Approved:   up to AED 2,600, valid until 5 June 2026
          Reference:  PA-26-05-1182

        Please show your WorldCover card and quote the reference at reception;
        the centre bills us directly and you pay nothing, as this is within your
        outpatient cover without deductible.

        If the MRI confirms the tear and Dr. Farouk recommends arthroscopy,
        please ask the hospital to send us the request before scheduling the
        surgery, so that we can arrange the guarantee of payment in time.

        Get well soon!

        """) + sig("okafor", "en"))


# ---- 0028 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household burglary claim of a named customer: stolen items list with serial numbers and values (XLSX), address; no health")
def m0028():
    m = new(addr("obermaier"), "Jason Okoye <jason.okoye@inbox.example>",
            "Your burglary claim H-26-00612 – list of stolen items for checking",
            "2026-03-25 13:55")
    body(m, T("""
        Dear Mr Okoye,

        thank you for your call. As promised, I attach the list of stolen items
        as we have recorded it from your statement and the police report
        (Polizeipräsidium Osthessen, file 0112-014/26).

        Please check the list, correct or add anything that is missing, and
        send it back – an Excel file or a photo of a printout is fine. For the
        laptop and the watch we still need a receipt or a photo in which the
        item can be seen, since they are above EUR 1,000 each.

        Your contents policy (HR 510 7789) covers the replacement value; the
        outer door at Leipziger Straße 112, 36037 Fulda, belongs to your
        landlord's building insurance.

        """) + sig("obermaier", "en"))
    att(m, xlsx([("Stolen items", [
        ["Item", "Make / model", "Serial no.", "Bought", "Price paid EUR", "Proof"],
        ["Laptop", "Lenovo ThinkPad X1 Carbon Gen 11", "PF4K2Z7M", "2024-09", 1849.00, "missing"],
        ["Watch", "Junghans Max Bill Automatic", "—", "2021 (gift)", 1290.00, "missing"],
        ["Headphones", "Sony WH-1000XM5", "5108823", "2023-11", 329.00, "receipt"],
        ["Games console", "Sony PS5 Slim", "E78220411B", "2024-12", 449.00, "receipt"],
        ["Cash", "", "", "", 180.00, "statement"],
        ["Backpack", "Deuter", "", "2022", 89.00, "none needed"],
    ])], title="Claim H-26-00612"), "H-26-00612_stolen_items.xlsx")
    return m


# ---- 0029 ---------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: contract extension for shredding of medical files and claim documents (DIN 66399 P-4); no contents, no person")
def m0029():
    m = new(addr("albers"), "Kundenservice Aktenwolf Entsorgung <service@aktenwolf.example>",
            "Verlängerung Rahmenvertrag Aktenvernichtung 2026/2027",
            "2026-01-09 11:12",
            cc=addr("vollmer"))
    return body(m, T("""
        Sehr geehrte Frau Behrens,

        wir möchten den Rahmenvertrag RV-2023-017 über die Vernichtung von
        Datenträgern um zwei Jahre verlängern, mit folgenden Änderungen:

        1. Abholung 14-täglich statt monatlich am Standort Fulda; zusätzlich
           einmal im Quartal am Standort Kassel.
        2. Zusätzliche Sicherheitsbehälter (240 l) für die Leistungsabteilungen
           Kranken und Reise: dort fallen viele Arztberichte, Rezepte und
           Krankenhausrechnungen in Papierform an. Bitte 12 weitere Behälter.
        3. Vernichtung weiterhin mindestens Sicherheitsstufe P-4 nach
           DIN 66399, für Behälter mit Gesundheitsdaten P-5.
        4. Vernichtungsprotokoll pro Abholung als PDF an
           einkauf@rhoenadler.example und datenschutz@rhoenadler.example.

        Bitte senden Sie uns ein angepasstes Angebot bis 23.01. Den bestehenden
        Auftragsverarbeitungsvertrag schauen wir mit unserer
        Datenschutzbeauftragten (in Kopie) parallel durch.

        """) + sig("albers"))


# ---- 0030 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost guarantee to an Innsbruck hospital for a named skier with tibial plateau fracture, surgery and transport home")
def m0030():
    m = new(addr("wendland"), "Patientenadministration Klinikum Innrain <aufnahme@innrain-klinik.example>",
            "Kostenübernahme Brandner, Lukas, geb. 14.11.1990 – Ihre Fallnr. 2026-0077512",
            "2026-02-02 13:27")
    return body(m, T("""
        Sehr geehrte Damen und Herren,

        für Ihren Patienten

          Herrn Lukas Brandner, geb. 14.11.1990,
          wohnhaft Bahnhofstraße 27, 36151 Burghaun,
          versichert in unserer Auslandsreise-Krankenversicherung
          (Vertrag RS-AKV-6120 0397)

        übernehmen wir die Kosten der stationären Behandlung nach dem Skiunfall
        am 31.01.2026 am Hintertuxer Gletscher, einschließlich der geplanten
        Osteosynthese der Tibiakopffraktur links, im Mehrbettzimmer, bis zu
        einem Betrag von 14.000 €. Die Kosten des Hubschraubertransports vom
        Gletscher rechnet die Flugrettung bitte direkt mit uns ab.

        Herr Brandner hat eine Zusatzversicherung für das Zweibettzimmer nicht
        abgeschlossen; Wahlleistungen rechnen Sie bitte mit ihm selbst ab.

        Für die Rückholung nach Deutschland bitten wir um einen kurzen Befund
        nach der Operation: Sobald er liegend transportfähig ist, holen wir ihn
        mit einem Krankentransport (Begleitung Rettungssanitäter) in die BG
        Unfallklinik Frankfurt, wo die Weiterbehandlung geplant ist – bitte
        dafür die Röntgenbilder auf CD mitgeben.

        Rechnung bitte an: Rhönadler Versicherung AG, Leistung Reise,
        Rhönadler-Platz 1, 36037 Fulda, Zeichen RS-26-0144.

        """) + sig("wendland"))


# ---- 0031 ---------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "satisfaction survey mailing about the claims experience; generic, no contract or personal data in the text")
def m0031():
    m = new("Rhönadler Customer Voice <feedback@rhoenadler.example>",
            "customer-voice@lists.rhoenadler.example",
            "Three minutes for us? How did we handle your claim?",
            "2026-04-28 10:00",
            extra=[("Precedence", "bulk")])
    text = T("""
        Hello,

        recently we settled a claim for you. We would like to know how it went –
        good or bad. The survey has eight questions and takes about three
        minutes:

            https://feedback.rhoenadler.example/s/claims-2026-q2

        Your answers are evaluated anonymously and only in aggregate. We do not
        ask about the claim itself, only about how you experienced contacting us,
        how long it took and how clear our letters were.

        As a thank-you, we donate EUR 1 to the Fulda mountain rescue service
        (Bergwacht Rhön) for every completed survey.

        Thank you!
        Your Rhönadler customer service

        You receive this one-off survey because you had contact with our claims
        service in the last three months. We will not send a reminder.
        """)
    html = ("<html><body><p>Hello,</p><p>recently we settled a claim for you. We would like to know how it went "
            "&ndash; good or bad.</p><p><a href=\"https://feedback.rhoenadler.example/s/claims-2026-q2\" "
            "style=\"background:#1b4f72;color:#fff;padding:8px 14px;text-decoration:none\">Start the survey "
            "(3 minutes)</a></p><p>Your answers are evaluated anonymously and only in aggregate.</p>"
            "<p>For every completed survey we donate EUR&nbsp;1 to the Bergwacht Rh&ouml;n.</p>"
            "<p>Thank you!<br>Your Rh&ouml;nadler customer service</p></body></html>\n")
    return alt(m, text, html)


# ---- 0032 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "motor liability personal injury: named injured woman with whiplash (S13.4), sick leave, pain-and-suffering offer to her lawyer")
def m0032():
    m = new(addr("salzmann"), "RA Dr. Constanze Lutz <lutz@rehberg-lutz.example>",
            "Ihr Az. 26/0188 – Kubitzki ./. Rhönadler – unser Schaden K-25-08814",
            "2026-01-30 15:40")
    return body(m, T("""
        Sehr geehrte Frau Dr. Lutz,

        vielen Dank für die Übersendung der ärztlichen Unterlagen Ihrer
        Mandantin, Frau Nadja Kubitzki. Aus dem Bericht der Notaufnahme des
        Herz-Jesu-Krankenhauses und dem Attest ihres Hausarztes ergibt sich
        eine HWS-Distorsion Grad I (S13.4) mit Kopfschmerzen und
        Bewegungseinschränkung; Arbeitsunfähigkeit bestand vom 21.11. bis
        12.12.2025. Physiotherapie wurde sechsmal verordnet.

        Die Haftung unseres Versicherungsnehmers für den Auffahrunfall vom
        20.11.2025 an der Einmündung Petersberger Straße ist unstreitig.

        Zur Abgeltung bieten wir an:

          Schmerzensgeld                        1.500,00 €
          Verdienstausfall (netto, lt. Bescheinigung
          des Arbeitgebers abzgl. Entgeltfortzahlung)  0,00 €
          Zuzahlungen Physiotherapie / Medikamente     63,40 €
          Fahrtkosten Arzt und Physiotherapie           48,00 €
          Kostenpauschale                               25,00 €

        zuzüglich Ihrer Gebühren nach RVG aus dem Gesamtbetrag.

        Der Sachschaden am Fahrzeug Ihrer Mandantin ist bereits im Dezember
        reguliert worden.

        """) + sig("salzmann"))


# ---- 0033 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: on-call roster for the 24/7 travel emergency line (XLSX) with staff names and phone duty only; no case data")
def m0033():
    m = new(addr("ambrosius"), "Team Reise-Notruf <notruf-team@rhoenadler.example>",
            "Rufbereitschaft Notruf Reise – Plan April bis Juni",
            "2026-03-20 12:02")
    body(m, T("""
        Liebe Kolleginnen und Kollegen,

        im Anhang der Plan für die Rufbereitschaft im zweiten Quartal. Wie immer
        gilt: Meridian Assist nimmt nachts und am Wochenende alle Anrufe an; ihr
        werdet nur für Freigaben über 25.000 € und für Todesfälle angerufen.

        Tausch bitte direkt untereinander und mir kurz Bescheid geben. Für die
        Pfingstferien habe ich zwei Personen eingeplant, weil da erfahrungsgemäß
        viel los ist.

        Danke für euren Einsatz!
        Jutta
        """))
    rows = [["KW", "von", "bis", "Rufbereitschaft", "Vertretung", "Diensthandy"]]
    names = [("Tobias Wendland", "Leonie Jahn"), ("Leonie Jahn", "Emre Aslan"),
             ("Emre Aslan", "Tobias Wendland"), ("Dr. Jutta Ambrosius", "Leonie Jahn"),
             ("Tobias Wendland", "Emre Aslan"), ("Leonie Jahn", "Dr. Jutta Ambrosius"),
             ("Emre Aslan", "Tobias Wendland"), ("Tobias Wendland + Leonie Jahn", "Emre Aslan"),
             ("Tobias Wendland + Emre Aslan", "Leonie Jahn"), ("Dr. Jutta Ambrosius", "Emre Aslan"),
             ("Leonie Jahn", "Tobias Wendland"), ("Emre Aslan", "Dr. Jutta Ambrosius"),
             ("Tobias Wendland", "Leonie Jahn")]
    start = datetime(2026, 3, 30)
    for i, (a, b) in enumerate(names):
        s = start + timedelta(days=7 * i)
        e = s + timedelta(days=6)
        rows.append([s.isocalendar()[1], s.strftime("%d.%m."), e.strftime("%d.%m."), a, b, "0151 4408 2424"])
    att(m, xlsx([("Q2 2026", rows)], title="Rufbereitschaft Q2"), "Rufbereitschaft_Notruf_Reise_Q2-2026.xlsx")
    return m


# ---- 0034 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses cover confirmation for a named tenant's rent dispute (policy, landlord, amount) in a DOCX letter; no health")
def m0034():
    m = new(addr("marquardt"), "Jana Wittich <jana.wittich@netmail.example>",
            "Deckungszusage Mietstreit – Ihr Vorgang RS-M-26-00417",
            "2026-03-12 10:19")
    body(m, T("""
        Guten Tag Frau Wittich,

        anbei unsere Deckungszusage für die Auseinandersetzung mit Ihrer
        Vermieterin über die Nebenkostenabrechnung 2024. Bitte geben Sie das
        Schreiben Ihrem Anwalt, Herrn Rehberg, weiter.

        """) + sig("marquardt"))
    att(m, docx([
        ("h", "Rhönadler Versicherung AG – Rechtsschutz"),
        "Frau Jana Wittich, Am Frauenberg 6, 36039 Fulda",
        "Fulda, 12.03.2026",
        ("h", "Deckungszusage – Vorgang RS-M-26-00417"),
        "Versicherungsnummer: RSV 3071 2284 (Privat-, Berufs- und Wohnungsrechtsschutz, Selbstbeteiligung 150 €)",
        "Gegnerin: Hausverwaltung Lorenz & Söhne GmbH für die Eigentümerin Frau Gudrun Pletsch",
        "Gegenstand: Nachforderung aus der Nebenkostenabrechnung 2024 über 1.874,36 € und Rückforderung der Vorauszahlungserhöhung",
        "Wir bestätigen Versicherungsschutz für die außergerichtliche und die gerichtliche Interessenwahrnehmung in erster Instanz beim Amtsgericht Fulda.",
        "Rechtsanwalt: RA Henning Rehberg, Kanzlei Rehberg & Lutz, Fulda.",
        "Die Selbstbeteiligung von 150 € wird mit der ersten Kostenrechnung verrechnet.",
        "Mit freundlichen Grüßen – Elena Marquardt, Rechtsschutz-Leistung",
    ], title="Deckungszusage RS-M-26-00417"), "Deckungszusage_RS-M-26-00417.docx")
    return m


# ---- 0035 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "air ambulance request for a named 79-year-old insured in Tenerife with COPD exacerbation on oxygen; flight request PDF")
def m0035():
    m = new(addr("wendland"), "SkyCare Aeromedical – Dispatch <dispatch@skycare-aero.example>",
            "Flight request RS-26-0509 – TFS to FRA/FDA – stretcher, O2",
            "2026-03-02 17:22",
            cc="Meridian Assist Operations <ops@meridian-assist.example>, " + addr("hain"))
    body(m, T("""
        Dear dispatch team,

        please quote for the air ambulance mission below; our medical advisor
        has approved it. Full details in the attached request form.

        Patient: Margot Ehrenfels, 79, female, 62 kg
        From:    Hospital Universitario del Sur, Tenerife (TFS)
        To:      Klinikum Fulda, pneumology (landing FRA or Kassel-Calden,
                 whichever is earlier, ground transfer included)
        Condition: acute exacerbation of COPD GOLD 3 after a respiratory
                 infection, non-invasive ventilation until 28 Feb, now on
                 2 l/min oxygen via nasal cannula, SpO2 91–93 %
        Requirements: stretcher, oxygen for the whole flight plus 50 % reserve,
                 doctor with intensive care experience, one family member
                 (husband, 81, walking)

        Earliest date: Thursday 5 March. The receiving ward has confirmed a bed.

        We need your quote by 10:00 CET tomorrow.

        """) + sig("wendland", "en"))
    att(m, pdf([
        "# Air ambulance request – Rhönadler Versicherung AG",
        "Case RS-26-0509 / Meridian MA-26-02288",
        "",
        "Patient: EHRENFELS, Margot     DOB: 14.04.1946     Weight: 62 kg  Height: 161 cm",
        "Policy: RS-AKV-1007 6634 (Reiseschutz Premium 65+)",
        "Home address: Leipziger Str. 54, 36037 Fulda",
        "",
        "# Medical",
        "Main diagnosis: J44.1 COPD with acute exacerbation",
        "Secondary: I10 hypertension; E11.9 type 2 diabetes (metformin)",
        "Current: O2 2 l/min nasal, SpO2 91-93 %, RR 22/min, afebrile since 27.02.",
        "Medication: prednisolone 40 mg (day 6/7), tiotropium, salbutamol PRN,",
        "            amoxicillin/clavulanate (ended 01.03.), metformin 1000 mg bid",
        "Mobility: can sit in chair, not able to climb stairs",
        "Infection control: none required",
        "",
        "# Logistics",
        "Pick-up: Hospital Universitario del Sur, Tenerife, ward 4B",
        "Destination: Klinikum Fulda, Pneumologie, Station P2 (accepting: OA Dr. Reinke)",
        "Escort: husband Werner Ehrenfels, 81, no medical needs",
        "Luggage: 2 suitcases",
        "",
        "Approved by: Dr. med. C. Hain, Medical Advisor, 02.03.2026",
    ], title="Flight request RS-26-0509"), "FlightRequest_RS-26-0509.pdf")
    return m


# ---- 0036 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "change request to the hosting provider for a maintenance window of the claims system; technical only")
def m0036():
    m = new(addr("pfeiffer"), "NordCloud Hosting Change Management <change@nordcloud-hosting.example>",
            "CR-2026-0318: maintenance window claims platform (prod) – 21 March 22:00–02:00",
            "2026-03-11 16:50")
    return body(m, T("""
        Hello change team,

        please register the following change:

        System:        RHA-CLAIMS-PROD (cluster fra2-k8s-07, 12 nodes)
        Window:        Saturday 21 March 2026, 22:00 – Sunday 02:00 CET
        Activities:    - PostgreSQL minor upgrade 16.4 -> 16.8 (primary + 2 replicas)
                       - kernel patch level on all nodes, rolling reboot
                       - renewal of the internal TLS certificates (ingress)
        Impact:        claims portal and broker API read-only 22:00–23:30,
                       fully down for about 20 minutes during the database
                       switch-over
        Rollback:      snapshot taken at 21:45; restore tested on staging
        Contacts:      Lukas Pfeiffer (on site), +49 661 9080-1800
                       on-call mobile +49 151 4408 1800

        Please confirm that your DBA on duty (ideally Mr Kallio again) will be
        available. We will announce the window to our users and brokers.

        Thanks,
        Lukas Pfeiffer
        IT Service Desk, Rhönadler Versicherung AG
        """))


# ---- 0037 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reply to a customer in Mallorca whose son has appendicitis: surgery, hospital, guarantee, with her quoted message")
def m0037():
    m = new(addr("wendland"), "Sandra Ohlendorf <sandra.ohlendorf@funkpost.example>",
            "AW: Notfall Mallorca – Sohn im Krankenhaus!!",
            "2026-05-27 23:14",
            irt="<66d2e91c-ohlendorf@funkpost.example>")
    return body(m, T("""
        Liebe Frau Ohlendorf,

        keine Sorge wegen der Kaution: Wir haben der Clínica Son Verí eben die
        Kostenübernahme für Jonas geschickt, bis 9.000 € für die Blinddarm-OP
        und den stationären Aufenthalt. Die Klinik hat den Eingang schon
        bestätigt; Sie müssen nichts bezahlen und auch keine Kreditkarte
        hinterlegen.

        Die Ärztin hat uns am Telefon gesagt, dass die Operation (laparoskopisch)
        gut verlaufen ist und Jonas voraussichtlich am Samstag entlassen wird.
        Fliegen darf er nach ihrer Einschätzung frühestens sieben Tage nach der
        OP. Falls Ihr Rückflug am Sonntag deshalb umgebucht werden muss, zahlen
        wir die Mehrkosten für Jonas und eine Begleitperson aus der Reise-
        Krankenversicherung (Familientarif RS-AKV-3318 2270). Bitte heben Sie
        alle Belege auf.

        Gute Besserung an Jonas!

        Tobias Wendland
        Notruf Reise, +49 661 9080-2424
        Rhönadler Versicherung AG

        """) + "Sandra Ohlendorf schrieb am 27.05.2026 um 21:52:\n" + quote(T("""
        Hallo, wir sind in Cala Millor und unser Sohn Jonas (11) wurde heute
        Nachmittag in die Clínica Son Verí gebracht, Verdacht Blinddarm, jetzt
        heißt es sofort OP. Die wollen 3000 Euro Anzahlung von uns!! Unsere
        Versicherungsnummer ist RS-AKV-3318 2270. Bitte melden Sie sich schnell,
        Handy 0171 8842 119. Sandra Ohlendorf
        """)), cte="8bit")


# ---- 0038 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement for a sole-trader broker with her IBAN and tax number (XLSX attachment); customer names with contracts")
def m0038():
    m = new("Provisionsabrechnung <provision@rhoenadler.example>",
            "Dagmar Thiele <info@thiele-versicherungen.example>",
            "Provisionsabrechnung März 2026 – Vermittlernummer 40 7718",
            "2026-04-03 06:00")
    body(m, T("""
        Sehr geehrte Frau Thiele,

        anbei Ihre Provisionsabrechnung für März 2026.

        Auszahlungsbetrag: 2.418,77 €
        Überweisung am 07.04.2026 auf Ihr Konto
        """) + iban("DE", "53050180" + "0000914655") + "\n" + T("""
        Steuernummer laut unseren Stammdaten: 018 245 60077
        (Umsätze nach § 4 Nr. 11 UStG steuerfrei)

        Diese Mail wurde automatisch erstellt. Fragen zur Abrechnung bitte an
        Ihre Maklerbetreuerin, Frau Rautenberg.

        Rhönadler Versicherung AG – Provisionsabrechnung
        """))
    att(m, xlsx([("März 2026", [
        ["Vertrag", "Kunde", "Sparte", "Vorgang", "Bewertungssumme", "Satz", "Provision EUR"],
        ["KF 44 318 2201", "Holger Weinreich", "Kfz", "Neugeschäft", 612.40, "8 %", 48.99],
        ["HR 512 4470", "Familie Brückner", "Hausrat", "Neugeschäft", 144.00, "20 %", 28.80],
        ["WG 88 410 9914", "Lothar und Edith Nöll", "Wohngebäude", "Neugeschäft", 1280.00, "15 %", 192.00],
        ["PH 601 2283", "Sinah Kraft", "Privathaftpflicht", "Neugeschäft", 79.00, "25 %", 19.75],
        ["GW 310 077", "Bäckerei Hauck (Inh. Tim Hauck)", "Gewerbe Inhalt", "Neugeschäft", 3940.00, "15 %", 591.00],
        ["RSV 3071 5560", "Markus Ilg", "Rechtsschutz", "Neugeschäft", 396.00, "20 %", 79.20],
        ["Bestand", "diverse", "Komposit", "Bestandsprovision", 18294.10, "7,5 %", 1372.06],
        ["KF 44 301 7746", "Yvonne Stöhr", "Kfz", "Storno (Rückbelastung)", -340.00, "8 %", -27.20],
        ["Summe", "", "", "", "", "", 2304.60],
        ["Bonus Q1 (Ziel erreicht)", "", "", "", "", "", 114.17],
        ["Auszahlung", "", "", "", "", "", 2418.77],
    ])], title="Provisionsabrechnung 40 7718 März 2026"), "Provision_407718_2026-03.xlsx")
    return m


# ---- 0039 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: press release on extended 24/7 travel assistance with case statistics; no individual")
def m0039():
    m = new(addr("menke"), "Newsdesk Osthessen Wirtschaft <newsdesk@ow-zeitung.example>",
            "Press release: Rhönadler extends 24/7 travel assistance to 190 countries",
            "2026-03-31 10:00",
            extra=[("X-Priority", "3")])
    return body(m, T("""
        PRESS RELEASE – for immediate release

        Rhönadler extends 24/7 travel assistance to 190 countries

        Fulda, 31 March 2026 – Rhönadler Versicherung AG has extended its
        contract with the assistance company Meridian Assist (Munich/Singapore)
        until 2030. Customers with Rhönadler travel health insurance can now
        reach German-speaking doctors and case managers around the clock in
        190 countries, including by video call.

        In 2025 the emergency line handled 11,400 calls, organised 247 medical
        repatriations and issued guarantees of payment to about 2,100 hospitals
        abroad. The most frequent reasons for a hospital stay abroad were
        gastrointestinal infections, fractures and respiratory infections.

        "When someone falls ill on holiday, the first hour counts," says
        Dr. Jutta Ambrosius, head of travel and international claims. "Our
        customers should not have to argue with a hospital about a deposit."

        About Rhönadler: founded in 1911 as a mutual fire insurer in the Rhön,
        today a regional insurance group with 1,850 employees and 640,000
        customers.

        Press contact: Claudia Menke, +49 661 9080-1510, presse@rhoenadler.example
        """))


# ---- 0040 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "annual statement of a named customer's private pension (life) contract: values, contributions, beneficiary; personal line")
def m0040():
    m = new(addr("stahl"), "Siobhán Kavanagh <siobhan.kavanagh@emeraldpost.example>",
            "Your annual statement 2025 – private pension plan L-R 5502 6618",
            "2026-02-11 09:26")
    return body(m, T("""
        Dear Ms Kavanagh,

        as you asked, here is the English summary of your annual statement for
        your Rhönadler private pension plan, which you took out while working
        in Fulda and kept after moving back to Cork.

          Contract:                 L-R 5502 6618 (deferred annuity, flexible)
          Insured person:           Siobhán Kavanagh, born 25 June 1984
          Contributions 2025:       EUR 1,200.00 (EUR 100 per month)
          Surrender value 31.12.2025:  EUR 19,842.15
          Guaranteed monthly pension from 1 July 2051:  EUR 212.40
          Projected monthly pension (current bonus rates):  EUR 318.00
          Death benefit before pension start: return of fund value,
          beneficiary: Cian Kavanagh (spouse)

        Because you are now resident in Ireland, please note that the pension
        will be paid out gross; taxation happens in Ireland. If you want to
        change the beneficiary or pause contributions, just reply to this
        e-mail.

        """) + sig("stahl", "en"))


# ---- 0041 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "D&O claim notification naming a managing director personally (natural person) and the company's policy; no health")
def m0041():
    m = new(addr("brinkmann"), "Marius Voss <m.voss@kessler-voss.example>",
            "D&O – Brandt Anlagenbau GmbH – claim notice against Mr Brandt, our ref. DO-26-0007",
            "2026-04-16 12:48",
            cc="Dr. Aleksandra Nowak <a.nowak@brandt-anlagenbau.example>")
    return body(m, T("""
        Dear Mr Voss,

        we confirm receipt of the claim notification under the D&O policy
        DO 220 5514 of Brandt Anlagenbau GmbH, which Dr. Nowak (legal counsel,
        in copy) sent us on 14 April.

        As we understand it, the insolvency administrator of the former
        subsidiary Brandt Service Polska sp. z o.o. holds Mr Konrad Brandt,
        managing director of the group since 2019, personally liable for
        payments of about EUR 640,000 made after the subsidiary was allegedly
        already insolvent. A letter before action dated 2 April is attached to
        the notification.

        We will examine cover under reservation of rights, in particular the
        insolvency exclusion and the question of whether Mr Brandt was also a
        director of the Polish company. Until then, please make sure that
        Mr Brandt does not acknowledge any liability and that any reply to the
        administrator is coordinated with us. We agree to the instruction of
        the law firm proposed by Dr. Nowak at the agreed hourly rates.

        We will come back to you within three weeks.

        """) + sig("brinkmann", "en"))


# ---- 0042 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "bill negotiation with a Florida hospital for a named insured with pneumonia and ICU stay; reply chain with billing office")
def m0042():
    m = new(addr("ambrosius"), "Patient Financial Services <intl.billing@staubyn-med.example>",
            "RE: Account 7734-019922 VOGT, HARALD – itemized bill and repricing",
            "2026-03-27 16:05",
            irt="<SN6PR11MB4410.7734019922@staubyn-med.example>")
    text = T("""
        Dear Ms Delgado,

        thank you for the itemized bill. Our medical advisor has reviewed it
        against the discharge summary.

        Mr Vogt was admitted on 3 March with community-acquired pneumonia of
        the left lower lobe and sepsis, spent four days in the ICU (high-flow
        oxygen, no intubation) and five days on the medical floor. The
        treatment was clearly necessary and is covered.

        However, we cannot accept the following items:
        - CPT 94003 ventilator management, billed daily x4 – no mechanical
          ventilation took place according to your own records
        - pharmacy line 118–131: the same antibiotic (ceftriaxone 2 g) billed
          twice per day although the MAR shows once daily
        - "Private room – patient preference", USD 6,400

        Total billed charges:     USD 94,212.60
        less items above:         USD 11,874.00
        Accepted charges:         USD 82,338.60

        Under our agreement with your hospital via Meridian Assist, out-of-
        network international patients are repriced at 58 % of accepted
        charges, i.e. USD 47,756.39. We will pay this amount within 10 business
        days of your confirmation. Mr Vogt must not be balance-billed.

        """) + sig("ambrosius", "en") + "\n" + T("""
        From: Maribel Delgado <intl.billing@staubyn-med.example>
        Sent: Thursday, March 19, 2026 3:22 PM
        To: claims.travel@rhoenadler.example
        Subject: Account 7734-019922 VOGT, HARALD – itemized bill and repricing

        Good afternoon,
        attached please find the itemized statement for patient Harald Vogt,
        DOB 02/11/1949, dates of service 03/03/2026 – 03/12/2026, total charges
        $94,212.60. Please advise on payment. We have already received the
        guarantee letter from Meridian Assist.
        Regards,
        Maribel Delgado | International Patient Accounts
        St. Aubyn Medical Center, Orlando, FL
        """)
    return body(m, text)


# ---- 0043 ---------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: customer newsletter on dental supplement insurance (implants, professional cleaning, premiums); no person")
def m0043():
    m = new("Rhönadler Gesundheit <gesundheit@rhoenadler.example>",
            "kundennewsletter@lists.rhoenadler.example",
            "Lächeln lohnt sich: Was Ihre Zahnzusatzversicherung 2026 leistet",
            "2026-01-20 07:45",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://www.rhoenadler.example/abmelden?l=gesundheit>")])
    text = T("""
        Rhönadler Gesundheit – Januar 2026

        Lächeln lohnt sich

        Eine Krone kostet schnell 800 Euro, ein Implantat 2.500 Euro und mehr.
        Die gesetzliche Krankenkasse zahlt nur einen Festzuschuss. Unsere
        Zahnzusatzversicherung "Dental Top" schließt die Lücke:

        * 90 % für Zahnersatz, Implantate und Inlays (inklusive Kassenleistung)
        * 100 % für die professionelle Zahnreinigung, bis 200 € im Jahr
        * Wurzel- und Parodontosebehandlung ohne Wartezeit
        * Zahnstaffel: in den ersten vier Jahren steigende Höchstbeträge

        Beitrag: ab 14,80 € im Monat (Eintrittsalter 30).

        Tipp: Bonusheft pflegen! Wer fünf Jahre lückenlos beim Zahnarzt war,
        bekommt von der Krankenkasse einen höheren Festzuschuss.

        Mehr unter https://www.rhoenadler.example/zahn

        Abmelden: https://www.rhoenadler.example/abmelden?l=gesundheit
        Rhönadler Krankenversicherung AG, Rhönadler-Platz 1, 36037 Fulda
        """)
    html = T("""
        <html><body style="font-family:Georgia,serif;max-width:600px">
        <h1>Lächeln lohnt sich</h1>
        <p>Eine Krone kostet schnell 800 Euro, ein Implantat 2.500 Euro und mehr. Die gesetzliche Krankenkasse zahlt nur einen Festzuschuss.
        Unsere Zahnzusatzversicherung <b>Dental Top</b> schließt die Lücke.</p>
        <table cellpadding="5" border="1" style="border-collapse:collapse">
        <tr><th>Leistung</th><th>Dental Top</th></tr>
        <tr><td>Zahnersatz, Implantate, Inlays</td><td>90 %</td></tr>
        <tr><td>Professionelle Zahnreinigung</td><td>100 %, bis 200 € / Jahr</td></tr>
        <tr><td>Wurzel- und Parodontosebehandlung</td><td>90 %, ohne Wartezeit</td></tr>
        <tr><td>Beitrag (Eintrittsalter 30)</td><td>14,80 € / Monat</td></tr>
        </table>
        <p><i>Tipp:</i> Bonusheft pflegen!</p>
        <p><a href="https://www.rhoenadler.example/zahn">Jetzt Beitrag berechnen</a></p>
        <p style="font-size:8pt"><a href="https://www.rhoenadler.example/abmelden?l=gesundheit">Abmelden</a> ·
        Rhönadler Krankenversicherung AG, Rhönadler-Platz 1, 36037 Fulda</p>
        </body></html>
        """)
    return alt(m, text, html)


# ---- 0044 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "change of beneficiary in a named customer's life insurance (personal line): new beneficiary with birth date; no medical words")
def m0044():
    m = new(addr("stahl"), "Dieter Hollstein <d.hollstein@sonnenmail.example>",
            "Änderung des Bezugsrechts – Lebensversicherung L-K 1120 4478",
            "2026-02-19 14:33")
    return body(m, T("""
        Sehr geehrter Herr Hollstein,

        Ihre Erklärung vom 12.02.2026 haben wir erhalten und das Bezugsrecht
        für Ihre kapitalbildende Lebensversicherung L-K 1120 4478 wie gewünscht
        geändert:

          bisher:  im Todesfall Frau Karin Hollstein (geschiedene Ehefrau)
          neu:     im Todesfall Frau Melanie Sturm, geb. 08.03.1972,
                   widerrufliches Bezugsrecht
          Erlebensfall (01.12.2031): unverändert Sie selbst

        Die Versicherungssumme beträgt 60.000 € zuzüglich Überschussbeteiligung;
        der aktuelle Rückkaufswert liegt bei 48.912,30 €.

        Bitte beachten Sie: Die Abtretung an die VR Bank Fulda vom 2014 ist
        bereits 2022 erloschen, eine Zustimmung der Bank ist daher nicht nötig.

        Einen Nachtrag zum Versicherungsschein senden wir Ihnen mit der Post.

        """) + sig("stahl"))


# ---- 0045 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: job advert for a medical case manager (nurse) in travel assistance sent to a job board; no applicant")
def m0045():
    m = new(addr("krueger"), "Listings Team <listings@carejobs-europe.example>",
            "New listing: Medical Case Manager (m/f/d) – Travel Assistance – Fulda/hybrid",
            "2026-04-20 09:40")
    return body(m, T("""
        Hello listings team,

        please publish the advert below for 60 days on your portal and in the
        "Nursing – non-clinical" newsletter (package B, order 26-3318).

        ---------------------------------------------------------------
        Medical Case Manager (m/f/d) – Travel Assistance
        Rhönadler Versicherung AG, Fulda (hybrid, 2–3 office days a week)

        When our customers fall ill or have an accident abroad, you are the
        medical voice on the line. You talk to hospitals in Spain, Thailand or
        Florida, check medical reports with our medical advisor, plan
        repatriations – from a seat with an escort to an air ambulance – and
        explain to worried families what happens next.

        You bring:
        - a completed nursing qualification (e.g. Pflegefachfrau/-mann) and at
          least three years in intensive care, emergency or anaesthesia
        - fluent English and German; Spanish or Turkish a plus
        - calm under pressure, and willingness to join the on-call rota
          (about one week in six, paid extra)

        We offer: 38-hour week, 30 days' leave, company pension, job bike,
        German classes if needed, salary band EUR 52,000–61,000.

        Apply by 31 May: https://karriere.rhoenadler.example/jobs/2026-114
        ---------------------------------------------------------------

        Invoice to Rhönadler Versicherung AG, Personal, Rhönadler-Platz 1,
        36037 Fulda, VAT ID DE 811 472 903.

        Thank you,
        Nadine Krüger
        Human Resources
        """))


# ---- 0046 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims class transfer for a named customer with birth date, licence date and plate; motor, no health")
def m0046():
    m = new(addr("salzmann"), "Selin Arslan <selin.arslan@netmail.example>",
            "Übernahme Schadenfreiheitsrabatt von Ihrem Vater – Kfz 44-312-0855",
            "2026-01-26 10:58")
    return body(m, T("""
        Hallo Frau Arslan,

        Ihr Vater hat uns die Übertragungserklärung unterschrieben zurückgeschickt.
        Wir übernehmen seinen Schadenfreiheitsrabatt für Ihren Vertrag wie folgt:

          Sie:           Selin Arslan, geb. 04.10.2001, Führerschein seit 11/2019
          Ihr Vater:     Cemal Arslan, Vertrag KH 44-118-2093 (wird beendet)
          Fahrzeug:      Seat Ibiza, FD-SA 401
          bisher SF 22 beim Vater, anrechenbar für Sie: 6 Jahre (seit Führerschein-
          erwerb) -> Sie werden in SF 6 eingestuft, Beitragssatz 52 %

        Ihr neuer Jahresbeitrag Haftpflicht und Teilkasko: 498,60 € statt
        1.034,20 €. Die Differenz für 2026 verrechnen wir mit der nächsten
        Abbuchung am 1. Februar.

        Ihr Vater kann für sein neues Auto bei Bedarf einen Zweitwagenvertrag
        mit SF ½ bekommen – das klären wir gern direkt mit ihm.

        """) + sig("salzmann"))


# ---- 0047 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "travel delay / missed connection claim of a named client via broker: booking, flights, hotel costs, refund amount; no health")
def m0047():
    m = new(addr("ambrosius"), "Olivia Grant <o.grant@kessler-voss.example>",
            "Your client Mr Hendrik de Waal – missed connection Dubai – claim RS-V-26-0592",
            "2026-04-02 14:11",
            irt="<7c1f-dewaal-0330@kessler-voss.example>")
    return body(m, T("""
        Dear Ms Grant,

        thank you for forwarding the documents for your client Mr Hendrik de
        Waal (Reiseschutz Premium, RS-PR-9120 4413).

        Facts as we understand them: outbound flight Frankfurt – Dubai on
        21 March arrived 4 h 40 min late because of a technical fault; the
        connection to Bali was missed and the next available seat was 24 hours
        later. Mr de Waal booked a hotel at Dubai airport and lost one night of
        his pre-paid villa in Ubud.

        Under the travel delay section we pay:

          airport hotel (1 night)                  EUR 214.00
          meals at the airport                     EUR  61.50
          unused villa night, pro rata             EUR 190.00
          total                                    EUR 465.50

        The airline compensation under EU 261 (EUR 600) is not affected – he
        should claim it himself; our payment does not reduce it, but we take over
        any reimbursement the airline makes for the hotel.

        Payment goes to the account on file for the policy.

        """) + sig("ambrosius", "en"))


# ---- 0048 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: actuarial analysis of health claims per age band and benefit type (XLSX aggregates); no person")
def m0048():
    m = new(addr("focke"), "Tarifentwicklung KV <kv-tarif@rhoenadler.example>",
            "Leistungsausgaben 2025 je Altersgruppe – Grundlage Beitragsanpassung 2027",
            "2026-03-04 17:20")
    body(m, T("""
        Hallo zusammen,

        für die Vorbereitung der Beitragsanpassung 2027 die Leistungsausgaben
        2025 im Tarif Vital Plus nach Altersgruppen und Leistungsart. Alle Werte
        sind Kopfschäden (Euro je versicherter Person und Jahr), es stecken keine
        Einzelfälle drin.

        Auffällig: stationär in den Altersgruppen 60+ +11 % gegenüber Vorjahr,
        Arzneimittel über alle Gruppen +8 % (vor allem GLP-1 und Onkologika).
        Der auslösende Faktor Leistungen liegt damit bei 1,09 – über dem
        Schwellenwert von 1,05. Wir werden also anpassen müssen.

        Gruß
        Bernd
        """))
    att(m, xlsx([("Kopfschäden 2025", [
        ["Altersgruppe", "Versicherte", "ambulant", "stationär", "Zahn", "Arzneimittel", "gesamt"],
        ["0-19", 8412, 611, 214, 388, 96, 1309],
        ["20-29", 6930, 702, 301, 402, 133, 1538],
        ["30-39", 11204, 948, 512, 455, 241, 2156],
        ["40-49", 13877, 1211, 788, 521, 402, 2922],
        ["50-59", 15120, 1602, 1344, 588, 731, 4265],
        ["60-69", 10344, 2210, 2487, 610, 1288, 6595],
        ["70-79", 6102, 2876, 4105, 498, 1902, 9381],
        ["80+", 2290, 3140, 5960, 301, 2240, 11641],
    ]), ("Veränderung", [
        ["Leistungsart", "2024", "2025", "Veränderung"],
        ["ambulant", "1.362", "1.431", "+5,1 %"],
        ["stationär", "1.204", "1.318", "+9,5 %"],
        ["Zahn", "479", "497", "+3,8 %"],
        ["Arzneimittel", "599", "647", "+8,0 %"],
    ])], title="Kopfschäden Vital Plus 2025"), "Kopfschaeden_VitalPlus_2025.xlsx")
    return m


# ---- 0049 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat plan: partial rejection for a named insured in Nairobi because of pre-existing type 1 diabetes (insulin pump, HbA1c)")
def m0049():
    m = new(addr("okafor"), "Benedikt Sauer <benedikt.sauer@savannahmail.example>",
            "Your claim for the insulin pump – WorldCover Expat WCE 3390 5521",
            "2026-04-09 10:30",
            cc=addr("feldhaus"))
    return body(m, T("""
        Dear Mr Sauer,

        thank you for your claim of 28 March for the insulin pump and the
        related consultation at the Aga Khan Diabetes Centre in Nairobi
        (total KES 742,000).

        I am sorry to tell you that we can only pay part of it. When you
        joined WorldCover Expat in September 2024, you declared type 1
        diabetes in the health questionnaire. Our underwriting accepted you
        with a specific exclusion for "diabetes mellitus and its direct
        complications, including aids and supplies", in return for the
        standard premium. The exclusion is shown on page 2 of your certificate
        of insurance.

        What we can pay:
        - the general consultation of 12 March, in which Dr. Otieno also
          treated your bronchitis: KES 9,500 (the bronchitis part)
        - the ECG: KES 6,200, since it was done for the chest symptoms

        What we cannot pay: the insulin pump itself, the consumables, the
        HbA1c test and the diabetes education session.

        The exclusion can be reviewed after three years of membership, i.e.
        from September 2027, if your HbA1c has stayed below 7.5 % and there has
        been no hospital admission for diabetes. My colleague Jonas Feldhaus
        (in copy) can explain the review process.

        If you disagree with this decision, you can ask for a review by our
        complaints team or contact the German insurance ombudsman.

        """) + sig("okafor", "en"))


# ---- 0050 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "base64-encoded body: discharge letter text of a named insured after bypass surgery, forwarded to the medical advisor")
def m0050():
    m = new(addr("gerlach"), addr("hain"),
            "Entlassungsbericht Hr. Wendt – bitte Einschätzung AHB",
            "2026-02-27 11:47")
    return body(m, T("""
        Hallo Herr Dr. Hain,

        Herr Wendt (KV 3301 7720) beantragt Kostenübernahme für die
        Anschlussheilbehandlung in der Rehaklinik Bad Salzschlirf. Der Tarif
        zahlt AHB nur bei medizinischer Notwendigkeit innerhalb von 14 Tagen nach
        Entlassung. Ich habe den Entlassungsbericht abgetippt, weil der Scan kaum
        lesbar war:

        ---
        Herz- und Gefäßzentrum Rhön, Abteilung Herzchirurgie
        Patient: Wendt, Eberhard, geb. 21.01.1957
        Aufenthalt: 09.02.–24.02.2026
        Diagnosen: koronare Dreigefäßerkrankung (I25.13), Z.n. NSTEMI 01/2026,
        arterielle Hypertonie, Diabetes mellitus Typ 2, nicht insulinpflichtig
        Operation 11.02.2026: aortokoronarer Bypass (LIMA-RIVA, Vene auf RCX
        und RCA), komplikationsloser Verlauf, postoperativ Vorhofflimmern
        paroxysmal, medikamentös konvertiert
        Entlassmedikation: ASS 100, Bisoprolol 5, Ramipril 5, Atorvastatin 80,
        Metformin 1000 1-0-1, Apixaban 5 mg 1-0-1 für 3 Monate
        Empfehlung: AHB kardiologisch, Beginn möglichst innerhalb 14 Tagen
        ---

        Aus meiner Sicht ist das klar, ich wollte nur wegen des Vorhofflimmerns
        sicher gehen. Antwort gern bis Montag.

        Danke und Gruß
        Sabine Gerlach-Ohm
        """), cte="base64")


# ---- 0051 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: purchase order for AED electrode pads and first-aid supplies for the office buildings; no person")
def m0051():
    m = new(addr("albers"), "Orders – LifeLine Medical Supplies Ltd <orders@lifeline-medsupply.example>",
            "PO 4500018016 – AED pads and batteries, delivery to Fulda",
            "2026-05-12 08:36",
            cc=addr("wolff"))
    return body(m, T("""
        Dear Mr Patel,

        please accept our purchase order 4500018016:

          item   qty   description                                     unit EUR   total EUR
          10      9    HeartStart FRx SMART pads II (adult)             74.00      666.00
          20      3    Infant/child key for FRx                         98.50      295.50
          30      9    Battery M5070A                                  182.00    1,638.00
          40      6    First-aid kit refill DIN 13157                   31.20      187.20
          50      1    Shipping DE                                      25.00       25.00
                                                               net total         2,811.70

        The nine defibrillators in our buildings are due for their two-year pad
        replacement in June; our facility management will fit them. Please
        deliver by 29 May to:

          Rhönadler Versicherung AG, goods receipt gate 2,
          Rhönadler-Platz 1, 36037 Fulda, Germany

        Please put our PO number on the delivery note and invoice, and send the
        invoice as PDF to rechnungseingang@rhoenadler.example. Payment 30 days
        net; our VAT ID is DE 811 472 903.

        Kind regards
        Svenja Albers
        Procurement, Rhönadler Versicherung AG
        """))


# ---- 0052 ---------------------------------------------------------------
@mail("NORMAL", "mixed", "insurer-to-broker",
      "bilingual out-of-office auto-reply of the travel claims desk with emergency number; no content of the original mail")
def m0052():
    m = new(addr("wendland"), "Anja Kessler <a.kessler@kessler-voss.example>",
            "Automatische Antwort: Rückfrage zu den neuen Reisetarifen",
            "2026-05-22 13:02",
            irt="<9a77-tarife-0522@kessler-voss.example>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return body(m, T("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 1. Juni nicht im Büro und lese meine E-Mails
        in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

        Bei Schäden aus dem Reiseschutz wenden Sie sich bitte an
        reise-leistung@rhoenadler.example oder telefonisch an +49 661 9080-2400.

        In Notfällen im Ausland erreichen Sie unseren Notruf rund um die Uhr:
        +49 661 9080-2424.

        Thank you for your message. I am out of the office until 1 June.
        Travel emergencies abroad: +49 661 9080-2424 (24/7).

        Tobias Wendland
        Rhönadler Versicherung AG
        """), cte="8bit")


# ---- 0053 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "e-bike theft claim of a named customer; quoted customer mail carries an IBAN with a typo (fails checksum) plus frame number")
def m0053():
    m = new(addr("obermaier"), "Thorsten Wiegand <t.wiegand@funkpost.example>",
            "AW: E-Bike geklaut - Schadennr. F-26-00288",
            "2026-04-27 09:05",
            irt="<a83e-wiegand-0425@funkpost.example>")
    return body(m, T("""
        Guten Morgen Herr Wiegand,

        danke für die schnellen Unterlagen. Die Polizeianzeige und die Rechnung
        des Riese & Müller Load 60 liegen vor, die Rahmennummer WSB 0042 718 93
        stimmt mit der Rechnung überein. Wir zahlen den Neuwert abzüglich der
        vereinbarten Selbstbeteiligung, also 6.849 € – 150 € = 6.699 €.

        Leider lehnt unser System die IBAN aus Ihrer Mail ab, die Prüfziffer
        passt nicht. Vermutlich sind zwei Ziffern vertauscht. Könnten Sie die
        IBAN bitte noch einmal von Ihrer Bankkarte abschreiben? Dann überweisen
        wir sofort.

        Viele Grüße
        Friedrich Obermaier
        Sachschaden Privatkunden
        Rhönadler Versicherung AG

        """) + "Am 25.04.2026 um 19:48 schrieb Thorsten Wiegand:\n" + quote(T("""
        Hallo,

        anbei die Anzeige und die Rechnung vom Rad. Es stand abgeschlossen am
        Bahnhof Hünfeld, Rahmennummer WSB 0042 718 93. Versichert ist es über
        meine Hausrat mit Fahrradbaustein, Vertrag HR 514 2096.

        Bitte überweisen auf DE13 5205 0353 0002 1407 93, Thorsten Wiegand

        Danke!
        """)), cte="8bit")


# ---- 0054 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "trip interruption because the named customer's mother had a hip fracture and needs care at home; medical certificate requested")
def m0054():
    m = new(addr("ambrosius"), "Petra und Klaus Hennemann <hennemann.pk@sonnenmail.example>",
            "Ihr Reiseabbruch Gran Canaria – was wir noch brauchen",
            "2026-03-06 15:51")
    return body(m, T("""
        Sehr geehrte Frau Hennemann, sehr geehrter Herr Hennemann,

        Sie haben Ihren Urlaub auf Gran Canaria am 24.02. nach fünf von
        vierzehn Tagen abgebrochen, weil Ihre Mutter, Frau Erika Hennemann, in
        ihrer Wohnung gestürzt ist und sich eine Oberschenkelhalsfraktur
        zugezogen hat. Das ist nach Ihrem Reiseschutz Premium (RS-PR-4408 7719)
        ein versicherter Grund, weil Ihre Mutter als Angehörige zum Kreis der
        Risikopersonen gehört und unerwartet schwer erkrankt ist.

        Wir erstatten die Kosten der vorzeitigen Rückreise (Umbuchung
        Condor, 2 × 289 €) und die nicht genutzten Reiseleistungen anteilig
        (9 von 14 Nächten Hotel und Verpflegung).

        Dafür brauchen wir noch:

          1. ein Attest des Krankenhauses oder des Hausarztes Ihrer Mutter über
             den Sturz und die Operation (Diagnose und Datum genügen),
          2. eine kurze Bestätigung, dass die Versorgung Ihrer Mutter nach der
             Entlassung zu Hause durch Sie nötig war, weil bis zur Einstufung
             in einen Pflegegrad kein Pflegedienst verfügbar war,
          3. die Rechnung des Reiseveranstalters.

        Ihre Mutter muss dafür ihre Ärzte von der Schweigepflicht entbinden;
        ein Formular liegt dieser Mail nicht bei, Sie können es unter
        www.rhoenadler.example/formulare herunterladen.

        Wir wünschen Ihrer Mutter gute Besserung.

        """) + sig("ambrosius"))


# ---- 0055 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: water damage in the physiotherapy practice rented in the insurer's own building (facility mail, no patients)")
def m0055():
    m = new(addr("wolff"), "Haustechnik <haustechnik@rhoenadler.example>",
            "Wasserschaden EG Gebäude C – Physiotherapiepraxis",
            "2026-01-07 07:54",
            cc=addr("obermaier") + ", Verwaltung Mieter <mieterverwaltung@rhoenadler.example>")
    return body(m, T("""
        Guten Morgen,

        heute Nacht ist im 1. OG Gebäude C (Teeküche Abteilung Kfz) ein
        Anschlussschlauch der Spülmaschine geplatzt. Das Wasser ist durch die
        Decke in die Physiotherapiepraxis Bewegungsraum im EG gelaufen, die bei
        uns eingemietet ist.

        Stand 7:30 Uhr:
        - Haupthahn Teeküche zu, Schlauch wird heute getauscht.
        - In der Praxis sind zwei Behandlungsräume nass: Decke (Gipskarton)
          durchfeuchtet, Parkett aufgequollen, eine Behandlungsliege und ein
          Elektrotherapiegerät standen im Wasser.
        - Die Praxisinhaberin hat die Termine für heute abgesagt und kommt
          um 9 Uhr zur Besichtigung.
        - Trocknungsfirma Rhön-Trockentechnik ist für 10 Uhr bestellt.

        Herr Obermaier, bitte als Schaden für unsere eigene
        Gebäudeversicherung anlegen; die Einrichtung der Praxis läuft über
        deren eigene Inhaltsversicherung, das klärt die Mieterverwaltung.

        Fotos liegen im Ordner \\\\fs01\\facility\\schaeden\\2026\\C-EG-01.

        Gruß
        Kerstin Wolff
        Facility Management
        """))


# ---- 0056 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of a named customer's new SEPA direct debit mandate with full IBAN and contracts (home, liability); no health")
def m0056():
    m = new("Rhönadler Customer Service <service@rhoenadler.example>",
            "Lucía Fernández Ortega <lucia.fo@correo-sur.example>",
            "Your new bank details – SEPA mandate confirmed",
            "2026-02-13 10:07")
    return body(m, T("""
        Dear Ms Fernández Ortega,

        thank you for letting us know that you have changed banks. From the
        next due date, 1 March 2026, we will collect the premiums for your
        contracts

          HR 515 0071  household contents   EUR 11.40 monthly
          PH 602 9934  personal liability   EUR  6.25 monthly

        from your new account:

          Account holder: Lucía Fernández Ortega
        """) + "  IBAN:           " + iban("DE", "50070024" + "0841552700") + "\n" + T("""
          Mandate reference: RHA-SEPA-0003388142
          Creditor ID: DE98ZZZ09999999999

        The old mandate for your account at Sparkasse Fulda ends on
        28 February. You don't need to do anything else.

        Kind regards
        Rhönadler Customer Service
        """) + "\n" + FOOT_EN)


# ---- 0057 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: fee negotiation with the assistance partner (case fees, guarantee turnaround, volumes); company data only")
def m0057():
    m = new(addr("ambrosius"), "Richard Ostermann <r.ostermann@meridian-assist.example>",
            "Addendum 4 to our service agreement – fees 2026–2030",
            "2026-03-13 18:20",
            cc="Einkauf <einkauf@rhoenadler.example>")
    return body(m, T("""
        Dear Richard,

        thank you for the constructive meeting on Tuesday. To summarise where we
        are on addendum 4 before our lawyers draft it:

        1. Case fees
           - simple medical case (one contact, outpatient): EUR 68 (was 72)
           - inpatient case with guarantee of payment: EUR 195 (unchanged)
           - repatriation case: EUR 420 flat, plus third-party costs at cost
        2. Service levels
           - guarantee of payment to the hospital within 60 minutes for 90 % of
             cases, within 4 hours for 99 %
           - first medical contact with the treating doctor within 24 hours
           - quarterly report on these figures, aggregated, by the 15th of the
             following month
        3. Volume
           - we expect 11,000–13,000 calls and roughly 2,000 guarantees a year;
             above 14,000 calls we would like a 5 % volume discount
        4. Term: 1 July 2026 to 30 June 2030, then yearly.
        5. Data protection: updated data processing agreement (Art. 28 GDPR)
           and the transfer impact assessment for Singapore to be annexed.

        Open point: the surcharge for video consultations. We suggest EUR 25 per
        consultation instead of the EUR 40 in your offer.

        Best regards,
        Jutta

        """) + sig("ambrosius", "en", short=True))


# ---- 0058 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only mail: daily sickness allowance statement for a named insured with ICD code and incapacity periods in a table")
def m0058():
    m = new(addr("gerlach"), "Ramon Kirchhoff <ramon.kirchhoff@funkpost.example>",
            "Krankentagegeld – Abrechnung Januar/Februar",
            "2026-03-02 09:12")
    html = T("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Sehr geehrter Herr Kirchhoff,</p>
        <p>für die Zeit Ihrer Arbeitsunfähigkeit zahlen wir aus Ihrem Krankentagegeld-Tarif KT 43
        (Vertrag KV 5518 0329, Leistung ab dem 43. Tag, 95 € täglich) wie folgt:</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
        <tr style="background:#eee"><th>AU-Bescheinigung</th><th>Zeitraum</th><th>Diagnose</th><th>Tage mit Leistung</th><th>Betrag</th></tr>
        <tr><td>Dr. Sommer, Erstbescheinigung</td><td>17.11.–19.12.2025</td><td>M75.1 Rotatorenmanschettenruptur re.</td><td>–</td><td>–</td></tr>
        <tr><td>Dr. Sommer, Folgebescheinigung</td><td>20.12.2025–31.01.2026</td><td>M75.1, Z.n. arthroskopischer Naht 08.01.</td><td>12 (ab 29.12.)</td><td>1.140,00 €</td></tr>
        <tr><td>Dr. Sommer, Folgebescheinigung</td><td>01.02.–28.02.2026</td><td>M75.1</td><td>28</td><td>2.660,00 €</td></tr>
        <tr><td colspan="4" align="right"><b>Auszahlung</b></td><td><b>3.800,00 €</b></td></tr>
        </table>
        <p>Da Sie laut Bescheinigung weiter arbeitsunfähig sind, schicken Sie uns bitte jeweils zum Monatsende die
        Folgebescheinigung. Ab dem 01.04. benötigen wir zusätzlich einen kurzen Bericht des Operateurs zur voraussichtlichen
        Dauer der Arbeitsunfähigkeit (Sie arbeiten als Dachdecker, daher fragen wir nach der Überkopfarbeit).</p>
        <p>Mit freundlichen Grüßen<br>Sabine Gerlach-Ohm<br>Leistung Krankenversicherung<br>
        Rhönadler Krankenversicherung AG</p>
        </body></html>
        """)
    return body(m, html, subtype="html")


# ---- 0059 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "organisational: company outing announcement with schedule and registration; no personal data")
def m0059():
    m = new("Betriebsrat Rhönadler <betriebsrat@rhoenadler.example>",
            "Alle Mitarbeitenden <alle@rhoenadler.example>",
            "Betriebsausflug 2026: Wasserkuppe – jetzt anmelden!",
            "2026-04-30 12:15")
    return body(m, T("""
        Liebe Kolleginnen und Kollegen,

        am Freitag, 19. Juni, geht es auf die Wasserkuppe!

          08:30  Abfahrt Busse, Parkplatz Gebäude A
          09:30  Wahlprogramm: Segelflug-Schnupperflug (begrenzt, Losverfahren),
                 geführte Wanderung zum Roten Moor (ca. 9 km) oder
                 Sommerrodelbahn und Fliegermuseum
          13:00  Mittagessen im Berggasthof
          15:00  Kaffee und Kuchen, Siegerehrung Rhön-Quiz
          17:30  Rückfahrt, Ankunft ca. 18:30

        Die Teilnahme ist Arbeitszeit. Wer nicht mitfährt, arbeitet normal;
        der Notruf Reise und die Telefonie sind wie immer besetzt.

        Anmeldung bis 22. Mai im Intranet (Formular "Ausflug 2026"). Bitte dort
        auch angeben, ob ihr vegetarisch oder vegan essen möchtet und ob ihr
        einen barrierefreien Bus braucht.

        Wir freuen uns auf euch!
        Euer Betriebsrat
        """), cte="8bit")


# ---- 0060 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "group travel policy for a school trip to London: list of named pupils with birth dates and guardians (CSV); no health data")
def m0060():
    m = new(addr("ambrosius"), "Sekretariat Rabanus-Gymnasium <sekretariat@rabanus-gym.example>",
            "Gruppenreiseversicherung Klassenfahrt London 10b – Teilnehmerliste bestätigt",
            "2026-05-05 11:03",
            cc="StR Jan Oppermann <j.oppermann@rabanus-gym.example>")
    body(m, T("""
        Sehr geehrte Frau Schwab,
        sehr geehrter Herr Oppermann,

        vielen Dank für die Teilnehmerliste. Wir haben den Gruppenvertrag
        RS-GR-26-0117 (Reiserücktritt, Reiseabbruch und Gepäck für die
        Klassenfahrt nach London vom 15. bis 20. Juni 2026) auf Basis der Liste
        ausgestellt. Anbei die Liste zurück, wie sie bei uns gespeichert ist –
        bitte prüfen Sie die Schreibweise der Namen, die Geburtsdaten und die
        Namen der Erziehungsberechtigten.

        Beitrag: 24 Teilnehmende × 18,50 € = 444,00 €, zahlbar bis 01.06.

        Hinweis: Eine Auslandsreise-Krankenversicherung ist in diesem
        Gruppenvertrag nicht enthalten. Die Eltern sollten prüfen, ob ihre
        Kinder über die Familienversicherung geschützt sind.

        """) + sig("ambrosius"))
    rows = [["Nr", "Name", "Vorname", "Geburtsdatum", "Erziehungsberechtigte/r", "Rolle"]]
    kids = [("Albrecht", "Lina", "12.03.2010", "Sabine Albrecht"), ("Bauer", "Noah", "29.07.2009", "Thomas Bauer"),
            ("Çınar", "Elif", "03.11.2009", "Aylin Çınar"), ("Demuth", "Paul", "18.01.2010", "Katrin Demuth"),
            ("Eckert", "Mia", "07.09.2009", "Jens Eckert"), ("Franke", "Leon", "22.04.2010", "Nicole Franke"),
            ("Gebauer", "Hannah", "14.12.2009", "Markus Gebauer"), ("Hahn", "Jonas", "09.05.2010", "Silke Hahn"),
            ("Ivanova", "Sofia", "30.08.2009", "Olga Ivanova"), ("Jäger", "Tim", "11.02.2010", "Ralf Jäger"),
            ("Kaya", "Emre", "25.06.2010", "Fatma Kaya"), ("Lenz", "Clara", "04.10.2009", "Bettina Lenz"),
            ("Möller", "Felix", "16.03.2010", "Andreas Möller"), ("Nowak", "Lea", "28.11.2009", "Ewa Nowak"),
            ("Ochs", "Ben", "02.07.2010", "Dirk Ochs"), ("Pauli", "Marie", "19.01.2010", "Claudia Pauli"),
            ("Quast", "Luis", "08.08.2009", "Heike Quast"), ("Richter", "Emma", "13.05.2010", "Sven Richter"),
            ("Schulz", "Finn", "21.09.2009", "Anja Schulz"), ("Türk", "Zeynep", "06.04.2010", "Mustafa Türk"),
            ("Ulrich", "Jan", "27.12.2009", "Petra Ulrich"), ("Vogel", "Amelie", "15.02.2010", "Uwe Vogel")]
    for i, (n, v, d, e) in enumerate(kids, 1):
        rows.append([i, n, v, d, e, "Schüler/in"])
    rows.append([23, "Oppermann", "Jan", "05.06.1986", "", "Lehrkraft"])
    rows.append([24, "Reinhardt", "Svenja", "17.10.1991", "", "Lehrkraft"])
    att(m, csvtext(rows), "Teilnehmer_RS-GR-26-0117.csv")
    return m


# ---- 0061 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "group expat health plan: new members (named employees and family, birth dates, countries) enrolled; membership of a health contract (XLSX)")
def m0061():
    m = new(addr("feldhaus"), "Dr. Aleksandra Nowak <a.nowak@brandt-anlagenbau.example>",
            "WorldCover Group – member additions April 2026 (Brazil / Saudi Arabia)",
            "2026-04-07 13:26",
            cc="HR Global Mobility <mobility@brandt-anlagenbau.example>")
    body(m, T("""
        Dear Dr. Nowak,

        we have enrolled the four employees and their family members from your
        list of 1 April in the group plan WCG 7100 (WorldCover Group, Plan
        Gold, worldwide excluding USA). Cover starts on the dates shown in the
        attached file; the membership cards go out by post to your HR team
        this week, the digital cards are already in the app.

        As agreed in the group contract, no individual health questions were
        asked for employees with a posting of 12 months or more. For the
        spouse of Mr Adebayo, who joined the plan later than 30 days after
        his start date, the moratorium clause applies: conditions that were
        treated in the 24 months before joining are excluded for the first
        two years.

        The monthly premium for the group rises by EUR 2,914.00 from April.

        """) + sig("feldhaus", "en"))
    att(m, xlsx([("Additions 04-2026", [
        ["Member no.", "Employee", "Name", "Relation", "Date of birth", "Host country", "Start", "Premium EUR/month"],
        ["WCG7100-0412", "Henning Lutter", "Henning Lutter", "employee", "1981-02-14", "Brazil (Curitiba)", "2026-04-01", 612.00],
        ["WCG7100-0413", "Henning Lutter", "Carla Lutter", "spouse", "1983-09-30", "Brazil (Curitiba)", "2026-04-01", 598.00],
        ["WCG7100-0414", "Henning Lutter", "Matteo Lutter", "child", "2015-06-11", "Brazil (Curitiba)", "2026-04-01", 214.00],
        ["WCG7100-0415", "Oluwaseun Adebayo", "Oluwaseun Adebayo", "employee", "1988-12-03", "Saudi Arabia (Jubail)", "2026-04-01", 540.00],
        ["WCG7100-0416", "Oluwaseun Adebayo", "Folake Adebayo", "spouse (moratorium)", "1990-05-21", "Saudi Arabia (Jubail)", "2026-04-15", 540.00],
        ["WCG7100-0417", "Katja Römer", "Katja Römer", "employee", "1976-08-08", "Brazil (São Paulo)", "2026-04-10", 410.00],
    ])], title="WCG 7100 additions"), "WCG7100_additions_2026-04.xlsx")
    return m


# ---- 0062 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: internal job posting for a medical advisor (physician) in claims; no applicant or patient")
def m0062():
    m = new(addr("krueger"), "Führungskräfte Leistung <fk-leistung@rhoenadler.example>",
            "Interne Ausschreibung: Beratungsärztin / Beratungsarzt (m/w/d) Teilzeit",
            "2026-02-16 10:10")
    return body(m, T("""
        Liebe Führungskräfte,

        bitte macht in euren Teams auf diese Ausschreibung aufmerksam; sie
        erscheint ab Montag auch extern.

        Beratungsärztin / Beratungsarzt (m/w/d), 20–30 Std./Woche, Fulda oder mobil

        Aufgaben:
        - medizinische Stellungnahmen zu Leistungsfällen in Kranken-,
          Unfall-, BU- und Reiseversicherung
        - Beratung der Sachbearbeitung zu Diagnosen, Therapien, Hilfsmitteln und
          Krankenhausbehandlungen, auch bei Rücktransporten aus dem Ausland
        - Mitarbeit an Annahmerichtlinien und Schulungen

        Voraussetzungen:
        - Approbation und Facharzt, gern Allgemeinmedizin, Innere oder Orthopädie
        - mindestens fünf Jahre klinische Erfahrung
        - Freude am Schreiben und Erklären

        Wir bieten: Vergütung nach Vereinbarung, keine Nacht- und Wochenenddienste,
        betriebliche Altersversorgung, Fortbildungsbudget.

        Ansprechpartnerin: Nadine Krüger, Personal, -1210.
        Dr. Hain steht für Fragen zur fachlichen Arbeit gern zur Verfügung.

        Viele Grüße
        Nadine Krüger
        """))


# ---- 0063 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "private liability claim of a named customer (friend's smartphone broken) sent to the broker with claim number and amounts")
def m0063():
    m = new(addr("obermaier"), "Dagmar Thiele <info@thiele-versicherungen.example>",
            "PHV-Schaden Ihres Kunden Niklas Bernhardt – P-26-00733",
            "2026-05-18 14:41")
    return body(m, T("""
        Hallo Frau Thiele,

        kurze Info zum Schaden Ihres Kunden Herrn Niklas Bernhardt
        (Privathaftpflicht PH 601 7384):

        Herr Bernhardt hat am 09.05. auf einer Geburtstagsfeier das Smartphone
        seines Bekannten, Herrn Kevin Staab, vom Tisch gestoßen. Display und
        Rückseite sind gebrochen. Der Kostenvoranschlag der Werkstatt liegt bei
        389 €; das Gerät ist 14 Monate alt (Neupreis 1.099 €). Wir zahlen die
        Reparatur direkt an Herrn Staab, sobald er uns seine Bankverbindung
        mitteilt – das Formular dafür geht heute an ihn raus.

        Eine Selbstbeteiligung ist im Tarif Ihres Kunden nicht vereinbart.

        Viele Grüße
        Friedrich Obermaier
        Sachschaden Privatkunden
        """))


# ---- 0064 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: webinar invitation (ICS) for brokers on travel insurance for digital nomads; no customer")
def m0064():
    m = new(addr("rautenberg"), "Broker partners <makler-news@lists.rhoenadler.example>",
            "Invitation: Webinar 'Insuring digital nomads' – 9 June, 10:00 CEST",
            "2026-05-20 09:00")
    body(m, T("""
        Dear partners,

        more and more of your clients work from Lisbon, Bali or Medellín for
        months at a time. Which cover do they need – travel, expat or both?
        What happens with their German health insurance while they are away?

        In 45 minutes we explain our new "Reiseschutz Langzeit", typical claim
        scenarios (a motorbike accident in Vietnam, a dental emergency in Mexico)
        and the questions you should ask before advising.

        Speakers: Dr. Jutta Ambrosius (travel claims), Jonas Feldhaus (expat
        underwriting). The webinar is in English; questions in German welcome.

        The calendar entry with the dial-in link is attached.

        Kind regards
        Anja Rautenberg
        Broker Relations, Rhönadler Versicherung AG
        """))
    att(m, ics("webinar-nomads-20260609@rhoenadler.example", "20260609T100000", "20260609T104500",
               "Webinar: Insuring digital nomads (Rhönadler)",
               "Speakers: Dr. Jutta Ambrosius, Jonas Feldhaus\nJoin: https://meet.rhoenadler.example/j/884120577\nDial-in: +49 661 9080-9900, PIN 884120577#",
               location="Online", organizer="anja.rautenberg@rhoenadler.example"),
        "webinar_digital_nomads.ics")
    return m


# ---- 0065 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
      "accident insurance: assignment to a medical assessor to rate permanent impairment of a named insured (wrist fracture, limb table)")
def m0065():
    m = new(addr("kowalczyk"), "Gutachtenstelle Dr. med. Heiko Lindner <gutachten@lindner-unfallchirurgie.example>",
            "Gutachtenauftrag Invalidität – Frau Annegret Pfaff – U-25-02211",
            "2026-01-14 11:21")
    body(m, T("""
        Sehr geehrter Herr Dr. Lindner,

        wir beauftragen Sie mit einem unfallchirurgischen Gutachten zur
        Bemessung der Invalidität. Die Einzelheiten stehen im beigefügten
        Auftrag; die Vorbefunde (OP-Bericht, Röntgen, Reha-Entlassungsbericht)
        laden wir Ihnen in unser sicheres Postfach hoch.

        Die Versicherte hat einen Termin bei Ihnen am 04.02. um 14 Uhr
        bestätigt.

        """) + sig("kowalczyk"))
    att(m, pdf([
        "# Gutachtenauftrag – private Unfallversicherung",
        "Rhönadler Versicherung AG, Unfall-Leistung, Az. U-25-02211",
        "",
        "Versicherte Person: Annegret Pfaff, geb. 19.10.1963",
        "Anschrift: Sandweg 12, 36088 Hünfeld",
        "Vertrag: UV 7780 3316, Grundsumme 120.000 EUR, Progression 350 %",
        "",
        "# Unfall",
        "18.01.2025, Sturz auf Glatteis vor dem Wohnhaus",
        "Verletzung: distale Radiusfraktur links (S52.51), Typ AO 23-C2",
        "Versorgung: winkelstabile Plattenosteosynthese am 20.01.2025, Klinikum Fulda",
        "Verlauf: Reha ambulant 03-05/2025, Restbeschwerden bei Belastung",
        "",
        "# Fragen an den Gutachter",
        "1. Welche unfallbedingten Funktionsbeeinträchtigungen bestehen auf Dauer?",
        "2. Bemessung nach der Gliedertaxe (Hand im Handgelenk, Bruchteil des Handwertes).",
        "3. Bestehen unfallfremde Vorschäden (bekannt: Rhizarthrose beidseits)?",
        "   Falls ja, mit welchem Anteil haben sie mitgewirkt?",
        "4. Ist eine Besserung oder Verschlechterung zu erwarten?",
        "",
        "Honorar nach Vereinbarung (Pauschale Hand/Handgelenk), Frist 6 Wochen.",
    ], title="Gutachtenauftrag U-25-02211"), "Gutachtenauftrag_U-25-02211.pdf")
    return m


# ---- 0066 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor theft claim of a named customer: VIN, plate, police reference, settlement offer; no health")
def m0066():
    m = new(addr("salzmann"), "Marcus Delaney <marcus.delaney@inbox.example>",
            "Stolen BMW X3 – FD-MD 880 – claim K-26-01517 – settlement",
            "2026-04-23 16:38",
            irt="<CAF9delaney0420@mail.inbox.example>")
    return body(m, T("""
        Dear Mr Delaney,

        a month has now passed since your BMW X3 xDrive20d (plate FD-MD 880,
        VIN WBA11DP0X0N482716) was stolen from the street in front of your house
        in Eichenzell on the night of 22 March. The police (Polizeistation Fulda,
        reference ST/0341772/2026) have not recovered it, so we can settle the
        claim under your comprehensive cover (KF 44 330 9182).

        Our assessor puts the replacement value at EUR 34,600.00. Less your
        deductible of EUR 300, we will pay EUR 34,300.00. Because the car is
        financed, the amount goes to BMW Bank first (outstanding balance
        EUR 19,822.40 as of today); the rest, EUR 14,477.60, we pay to you.

        Before we can pay we need:
        - both keys (please send them by registered mail), and
        - the signed transfer of ownership form (attached to our letter by post).

        Should the car turn up later, you can choose within four weeks whether to
        take it back against repayment of the settlement.

        """) + sig("salzmann", "en"))


# ---- 0067 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: minutes of the claims steering committee with KPIs, backlog and complaints as totals; no person")
def m0067():
    m = new("Bereichsleitung Leistung <bl-leistung@rhoenadler.example>",
            "Lenkungskreis Leistung <lk-leistung@rhoenadler.example>",
            "Ergebnisse Lenkungskreis Leistung 02/2026",
            "2026-02-25 17:05")
    return body(m, T("""
        Liebe Mitglieder des Lenkungskreises,

        die Ergebnisse vom heutigen Termin in Kurzform:

        1. Durchlaufzeiten Januar
           - KV ambulant: 4,1 Arbeitstage (Ziel 5) – grün
           - KV stationär: 6,8 (Ziel 7) – grün
           - BU-Erstprüfung: 94 Tage (Ziel 90) – gelb, wegen fehlender Arztberichte
           - Reise: 2,9 (Ziel 3) – grün; Notruf-Garantien 92 % unter 60 Minuten
           - Kfz: 9,4 (Ziel 8) – rot, Nachwirkung Glatteis-Wochen

        2. Rückstände
           Kfz-Schaden baut 640 Vorgänge bis Ende März ab; Unterstützung durch
           vier Kolleginnen aus der Sachschaden-Abteilung für sechs Wochen.

        3. Beschwerden
           112 Beschwerden im Januar (Vorjahr 97), davon 41 KV, 28 Kfz, 17 BU.
           Häufigster Anlass: Erstattung von Heilpraktikerleistungen und
           Brillen (Tarifgrenzen). Marketing prüft die Produktinformation.

        4. Ombudsmann
           3 neue Verfahren, 2 abgeschlossen (1 Abhilfe, 1 zu unseren Gunsten).

        5. Sicherer Mailversand
           Der Anteil der Leistungsschreiben über das Kundenportal liegt bei 38 %.
           Ziel bis Jahresende 60 %.

        Nächster Termin: 25.03., 15 Uhr.

        Mit freundlichen Grüßen
        Dr. Harald Kähler
        Bereichsleitung Leistung
        """))


# ---- 0068 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical advisor's statement on a named insured's fitness to fly after pancreatitis in Hurghada, forwarded as an attached message")
def m0068():
    m = new(addr("ambrosius"), addr("wendland"),
            "WG: Stellungnahme Transportfähigkeit Pannier",
            "2026-02-12 08:07")
    body(m, T("""
        Tobias,

        Cornelius' Einschätzung zu Herrn Pannier hängt an. Bitte danach mit
        Meridian den Linienflug mit Begleitung buchen, nicht den Ambulanzjet.
        Ehefrau informieren.

        Jutta
        """))
    inner_m = inner(addr("hain"), addr("ambrosius"),
                    "Stellungnahme Transportfähigkeit Pannier – RS-26-0277",
                    "2026-02-11 19:42",
                    T("""
                    Liebe Jutta,

                    zu Herrn Rudolf Pannier, geb. 07.05.1955 (RS-26-0277), aktuell
                    El Gouna Hospital, Hurghada:

                    Aufnahme 06.02. mit akuter biliärer Pankreatitis, Lipase 2.400 U/l,
                    kein Hinweis auf Nekrose im CT vom 08.02. ERCP mit Steinextraktion
                    am 09.02., seitdem schmerzfrei, Kostaufbau läuft, Laborwerte
                    rückläufig, CRP heute 38 mg/l. Cholezystektomie soll elektiv in
                    Deutschland erfolgen.

                    Beurteilung: Ab 14.02. transportfähig im Linienflug, sitzend,
                    Economy mit freiem Nebensitz oder Business, mit ärztlicher
                    Begleitung wegen Rezidivrisiko und der Flugdauer mit Umstieg.
                    Ambulanzflug ist nicht erforderlich. Nach Ankunft Vorstellung in
                    der Chirurgie des Heimatkrankenhauses (Klinikum Bad Hersfeld)
                    innerhalb einer Woche.

                    Viele Grüße
                    Cornelius

                    Dr. med. Cornelius Hain
                    Beratungsarzt
                    """))
    fwd(m, inner_m)
    return m


# ---- 0069 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "short reply on a windscreen claim: named customer, plate and policy; no health")
def m0069():
    m = new(addr("salzmann"), "Gisela Krönung <gisela.kroenung@sonnenmail.example>",
            "AW: Steinschlag",
            "2026-03-19 12:02",
            irt="<steinschlag-0319-kroenung@sonnenmail.example>")
    return body(m, T("""
        Hallo Frau Krönung,

        alles klar, der Scheibentausch an Ihrem Skoda (FD-GK 57) ist über Ihre
        Teilkasko KF 44 207 3319 gedeckt. Die Werkstatt Glas-Vogt in Petersberg
        kann direkt mit uns abrechnen, Sie zahlen nur die 150 Euro Selbstbeteiligung.

        Viele Grüße
        Henrik Salzmann

        Von meinem Mobilgerät gesendet

        """) + "Gisela Krönung schrieb:\n" + quote(T("""
        Guten Tag, Steinschlag auf der A66 gestern, jetzt ist ein langer Riss
        drin. Muss ich das selbst bezahlen? Krönung, Vertrag KF 44 207 3319
        """)), cs="iso-8859-1", cte="quoted-printable")


# ---- 0070 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: synthetic test cases for the new claims system with visibly fictitious persons, invented diagnoses and test IBAN (CSV); nobody real")
def m0070():
    m = new(addr("pfeiffer"), "QA Team – Softbridge Consulting <qa@softbridge-consulting.example>",
            "Test data set v3 for claims release 26.2 (synthetic only)",
            "2026-04-15 15:10",
            cc="Testmanagement <testmanagement@rhoenadler.example>")
    body(m, T("""
        Hi Joanna,

        attached is version 3 of the synthetic test data for the integration
        tests of release 26.2. Please use only this file in your environment;
        production extracts are not allowed outside our data centre.

        All persons in the file are invented (names from the German
        "Mustermann" family, birth dates 01.01. of the year), the diagnoses are
        chosen to trigger the routing rules, and the bank account is the
        published test IBAN of the Bundesbank example. Policy numbers start
        with "TEST-" so that no test case can ever be matched to a real
        contract.

        New in v3: 12 travel cases (guarantee of payment, repatriation,
        cancellation) to test the new foreign-currency conversion.

        Cheers,
        Lukas
        """))
    rows = [["case_id", "line", "policy", "insured", "dob", "diagnosis_icd", "amount", "currency", "iban", "expected_route"],
            ["T-001", "health", "TEST-KV-0001", "Max Mustermann (fiktiv)", "01.01.1970", "J06.9", "84.20", "EUR", "DE02120300000000202051", "auto"],
            ["T-002", "health", "TEST-KV-0002", "Erika Mustermann (fiktiv)", "01.01.1965", "C50.9", "12430.00", "EUR", "DE02120300000000202051", "manual_medical"],
            ["T-003", "travel", "TEST-RS-0003", "Max Mustermann (fiktiv)", "01.01.1970", "S82.1", "14000.00", "EUR", "", "gop_inpatient"],
            ["T-004", "travel", "TEST-RS-0004", "Erika Mustermann (fiktiv)", "01.01.1965", "A09.9", "164500.00", "THB", "", "gop_inpatient"],
            ["T-005", "travel", "TEST-RS-0005", "Jonas Mustermann (fiktiv)", "01.01.2012", "K35.8", "9000.00", "EUR", "", "gop_inpatient"],
            ["T-006", "travel", "TEST-RS-0006", "Max Mustermann (fiktiv)", "01.01.1970", "I21.1", "450000.00", "ZAR", "", "repatriation"],
            ["T-007", "travel", "TEST-RS-0007", "Erika Mustermann (fiktiv)", "01.01.1965", "", "1456.00", "EUR", "DE02120300000000202051", "cancellation"],
            ["T-008", "motor", "TEST-KF-0008", "Max Mustermann (fiktiv)", "01.01.1970", "", "3412.80", "EUR", "DE02120300000000202051", "auto"]]
    att(m, csvtext(rows, delim=","), "claims_26.2_synthetic_v3.csv")
    return m


# ---- 0071 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German mail to a named customer quoting the airline's English final reply on lost baggage: file reference, contents, compensation; no health")
def m0071():
    m = new(addr("ambrosius"), "Wolfgang Seibert <w.seibert@funkpost.example>",
            "Ihr verlorener Koffer – Antwort der Airline und unsere Leistung (RS-G-26-0455)",
            "2026-03-23 10:44")
    return body(m, T("""
        Sehr geehrter Herr Seibert,

        die Fluggesellschaft hat uns inzwischen geantwortet (Text unten). Sie
        zahlt nach dem Montrealer Übereinkommen 1.150 € für Ihren endgültig
        verlorenen Koffer aus Ihrem Flug Frankfurt–Toronto vom 14.01.

        Ihren Schaden hatten Sie mit 2.380 € angegeben (Koffer, Kleidung,
        Kulturbeutel, Kamera). Nach Abzug für Alter der Sachen erkennen wir
        1.960 € an. Die Airline-Zahlung wird angerechnet; aus Ihrer
        Reisegepäckversicherung (RS-GP-5520 1187) zahlen wir also die
        Differenz von 810 € auf Ihr bekanntes Konto.

        """) + sig("ambrosius") + "\n" + T("""
        ---- Weitergeleitete Nachricht ----
        From: Baggage Claims Central <baggage.claims@northatlantic-air.example>
        Date: 19 March 2026
        Subject: File FRA-NA-44871 / SEIBERT W – final settlement

        Dear Sir or Madam,

        regarding the delayed and subsequently lost checked bag of Mr Wolfgang
        Seibert, file reference FRA-NA-44871, flight NA 851 Frankfurt–Toronto,
        14 January 2026: after a tracing period of 60 days the bag is declared
        lost. In accordance with the Montreal Convention we offer a final
        settlement of EUR 1,150.00, which will be transferred to the passenger's
        account upon receipt of the signed release form.

        Please note that the interim payment of CAD 150 made in Toronto has
        been deducted.

        Yours faithfully,
        Central Baggage Services
        """))


# ---- 0072 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "liability claim: dog bite injuring a named child (facial wound, stitches, tetanus), sent to the dog owner who is our customer")
def m0072():
    m = new(addr("obermaier"), "Herbert Klug <herbert.klug@netmail.example>",
            "Hundehalterhaftpflicht – Vorfall 11.04. Spielplatz – Schaden T-26-00104",
            "2026-04-29 10:31")
    return body(m, T("""
        Sehr geehrter Herr Klug,

        die Eltern des Kindes, das am 11.04. auf dem Spielplatz Ziehers-Nord
        von Ihrem Labrador gebissen wurde, haben uns jetzt die Unterlagen
        geschickt. Wir informieren Sie als unseren Versicherungsnehmer
        (Tierhalterhaftpflicht TH 640 0218) über den Stand:

        Der Junge, Elias Hartung (6 Jahre), hat eine Bisswunde an der linken
        Wange und am Ohr erlitten. Sie wurde in der Kinderchirurgie des
        Klinikums Fulda in Narkose genäht (sieben Stiche), es gab eine
        Tetanus-Auffrischung und für fünf Tage ein Antibiotikum. Laut Bericht
        ist eine sichtbare Narbe wahrscheinlich; eine Nachkontrolle in sechs
        Monaten ist vorgesehen. Elias hat seitdem nach Angaben der Mutter
        Angst vor Hunden und geht zu einer Kinderpsychologin.

        Ihre Haftung als Tierhalter ist gegeben. Wir regulieren Schmerzensgeld
        und Kosten direkt mit den Eltern; Sie müssen nichts zahlen und sollten
        bitte auch keine Zusagen machen. Falls die Familie sich bei Ihnen meldet,
        verweisen Sie sie bitte an uns.

        """) + sig("obermaier"))


# ---- 0073 ---------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: press release on annual results 2025 with premiums, claims and solvency figures; no individual")
def m0073():
    m = new(addr("menke"), "Presseverteiler Wirtschaft <presse-verteiler@lists.rhoenadler.example>",
            "Pressemitteilung: Rhönadler wächst 2025 in allen Sparten – Solvenzquote 214 %",
            "2026-04-21 11:00")
    return body(m, T("""
        PRESSEMITTEILUNG

        Rhönadler wächst 2025 in allen Sparten – Solvenzquote 214 %

        Fulda, 21. April 2026. Die Rhönadler Versicherungsgruppe hat im
        Geschäftsjahr 2025 gebuchte Bruttobeiträge von 1,38 Mrd. Euro erzielt
        (+5,8 %). Die Krankenversicherung wuchs um 6,9 % auf 512 Mio. Euro, die
        Schaden- und Unfallversicherung um 5,1 % auf 604 Mio. Euro, die
        Lebensversicherung um 4,9 % auf 264 Mio. Euro.

        Die Leistungen an Kundinnen und Kunden stiegen auf 1,01 Mrd. Euro. In der
        Krankenversicherung trieben vor allem höhere Krankenhaus- und
        Arzneimittelkosten die Ausgaben; in der Kfz-Versicherung die Preise für
        Ersatzteile und Werkstattstunden. Die kombinierte Schaden-Kosten-Quote
        in der Schaden- und Unfallversicherung lag bei 96,2 %.

        Der Konzernüberschuss betrug 61,4 Mio. Euro (Vorjahr 55,0 Mio. Euro),
        die Solvenzquote nach Solvency II 214 %.

        "Wir haben 2025 über 11.000 Menschen im Ausland geholfen und gleichzeitig
        solide gewirtschaftet", sagt Vorstandsvorsitzende Dr. Margarete Eschwege.

        Pressekontakt: Claudia Menke, Telefon +49 661 9080-1510,
        presse@rhoenadler.example
        """))


# ---- 0074 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: quarterly service-level report of the assistance partner discussed with aggregates (response times, case counts by region); no case")
def m0074():
    m = new(addr("wendland"), "Richard Ostermann <r.ostermann@meridian-assist.example>",
            "Re: Q1 2026 service report – Rhönadler",
            "2026-04-17 11:55",
            irt="<q1-report-rha-0415@meridian-assist.example>",
            cc=addr("ambrosius"))
    return body(m, T("""
        Hi Richard,

        thanks for the Q1 report. Our comments:

        1. Guarantees of payment within 60 minutes: 91.4 % (target 90 %) –
           good. Southeast Asia is still the weak spot with 84 %; the night shift
           in Singapore seems to be the bottleneck. Can you tell us what you
           plan there?
        2. First medical contact within 24 h: 96 % – fine.
        3. Case volume: 2,812 calls, 498 inpatient cases, 61 repatriations
           (Q1 2025: 2,540 / 455 / 52). The increase is mostly Canary Islands
           and Egypt, as expected for winter.
        4. Complaints: 7, of which 4 about waiting times on the hotline on
           2 January. Please add the hourly call profile for that day.
        5. Video consultations: 140, average duration 14 minutes.

        We do not need any case details for this review; the aggregated figures
        are enough. Let's discuss point 1 on our call on 28 April.

        Best,
        Tobias

        """) + "On 15 Apr 2026, Richard Ostermann wrote:\n" + quote(T("""
        Dear Tobias, dear Jutta,
        please find our Q1 service report attached as agreed in the SLA.
        Highlights: all KPIs green except GOP turnaround in SEA.
        Best regards, Richard
        """)))


# ---- 0075 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cyber insurance offer for a named sole-trader tax adviser with her turnover (income) and policy details; no client data")
def m0075():
    m = new(addr("brinkmann"), "Steuerberatung Henrike Wolf <kanzlei@stb-henrike-wolf.example>",
            "Ihr Angebot Cyberversicherung – Steuerkanzlei Henrike Wolf",
            "2026-02-09 15:22")
    return body(m, T("""
        Sehr geehrte Frau Wolf,

        vielen Dank für das Gespräch am Freitag. Auf Basis Ihrer Angaben
        (Einzelkanzlei, Inhaberin Henrike Wolf, drei Angestellte,
        Jahresumsatz 2025 rund 412.000 €, Gewinn laut Ihrer Auskunft ca.
        168.000 €) bieten wir Ihnen an:

          Cyberversicherung "Büro Plus"
          Versicherungssumme        500.000 €
          Selbstbehalt              1.000 €
          Eigenschäden (Betriebsunterbrechung, Datenwiederherstellung,
          Forensik), Drittschäden, Krisenkommunikation
          Jahresbeitrag             1.284,00 € zzgl. Versicherungsteuer

        Voraussetzung sind die Maßnahmen, die Sie im Fragebogen bestätigt haben:
        tägliche Offline-Sicherung, Zwei-Faktor-Anmeldung für DATEV und das
        Mailkonto, aktueller Virenschutz.

        Ihre Mandantendaten brauchen wir für das Angebot nicht; bitte senden
        Sie uns auch im Schadenfall zunächst keine.

        Das Angebot gilt bis 31.03.2026.

        """) + sig("brinkmann"))


# ---- 0076 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "dental treatment plan (implants, crowns, periodontitis) of a named insured assessed for reimbursement")
def m0076():
    m = new(addr("gerlach"), "Daniel Whitcombe <d.whitcombe@mailbox-ffm.example>",
            "Your dentist's treatment plan – what Dental Top will pay",
            "2026-05-08 13:13",
            irt="<whitcombe-hkp-0505@mailbox-ffm.example>")
    return body(m, T("""
        Dear Mr Whitcombe,

        we have checked the treatment and cost plan from Dr. Yilmaz
        (Zahnarztpraxis am Buttermarkt) dated 29 April:

          tooth 36: extraction, implant with bone augmentation, implant crown
          teeth 45, 46: ceramic crowns
          preceding periodontitis treatment (stage II) with follow-up
          total estimated cost: EUR 6,914.30

        Your Dental Top supplement (KZ 4471 0039) has been running since
        1 June 2023, so you are in the third year of the benefit scale with a
        maximum of EUR 3,000 for dental prosthetics this year. Periodontal
        treatment is not limited by the scale.

        Expected reimbursement:
          periodontal treatment (EUR 1,048.60, 90 %)      EUR   943.74
          implant and crowns (EUR 5,865.70, 90 % = 5,279.13,
          capped by the benefit scale)                    EUR 3,000.00
          total                                           EUR 3,943.74

        If you can wait until after 1 June 2026 for the implant crown, the
        fourth-year limit of EUR 4,000 applies to that part. Your dentist can
        tell you whether splitting the treatment makes sense medically.

        """) + sig("gerlach", "en"))


# ---- 0077 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: letter template for rejecting a disability claim with placeholders only; no real person or diagnosis")
def m0077():
    m = new(addr("demir"), "Team BU-Leistung <bu-leistung@rhoenadler.example>",
            "Neue Textvorlage: Ablehnung wegen fehlender 50 % (BU-ABL-07)",
            "2026-03-26 14:06",
            cc=addr("vollmer"))
    return body(m, T("""
        Hallo zusammen,

        ab Montag steht im Textsystem die überarbeitete Vorlage BU-ABL-07 zur
        Verfügung. Neu ist der verständlichere Einstieg (Ergebnis zuerst) und
        der Hinweis auf das Ombudsverfahren. Frau Vollmer hat den Datenschutz-
        absatz abgenommen. Hier der Text zur Info – bitte die Platzhalter
        vollständig ersetzen und medizinische Details nur im Umfang nennen,
        der für die Begründung nötig ist.

        ------------------------------------------------------------------
        Sehr geehrte/r «Anrede» «Nachname»,

        Sie haben am «Antragsdatum» Leistungen aus Ihrer Berufsunfähigkeits-
        versicherung «Vertragsnummer» beantragt. Wir haben Ihren Antrag
        sorgfältig geprüft und können leider keine Leistungen erbringen.

        Das Ergebnis in Kürze: Nach den vorliegenden Unterlagen sind Sie in
        Ihrem zuletzt ausgeübten Beruf als «Beruf» zu «Prozentsatz» % und damit
        nicht zu mindestens 50 % berufsunfähig.

        Grundlage unserer Entscheidung sind: «Liste der Unterlagen».

        «Begründung – nur die für die Entscheidung tragenden Befunde»

        Wenn Sie mit der Entscheidung nicht einverstanden sind, können Sie uns
        neue Unterlagen senden oder sich kostenfrei an den Versicherungs-
        ombudsmann wenden (www.versicherungsombudsmann.de).
        ------------------------------------------------------------------

        Fragen gern an mich.
        Yusuf Demir
        """))


# ---- 0078 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "pre-approval of holiday dialysis abroad for a named insured with end-stage kidney disease (dialysis centre, sessions, costs)")
def m0078():
    m = new(addr("gerlach"), "Horst Albrecht <horst.albrecht@netmail.example>",
            "Feriendialyse Kroatien – Kostenzusage",
            "2026-05-13 10:44",
            cc=addr("ambrosius"))
    return body(m, T("""
        Sehr geehrter Herr Albrecht,

        gute Nachricht für Ihren Urlaub in Poreč: Wir übernehmen die Kosten
        der Feriendialyse vom 6. bis 27. Juni 2026.

          Dialysezentrum:   Centar za dijalizu Poreč (Vertragspartner von
                            Meridian Assist)
          Behandlungen:     Hämodialyse 3 × wöchentlich, insgesamt 9 Sitzungen
          Kosten:           240 € je Sitzung, zusammen 2.160 €
          Abrechnung:       direkt zwischen Zentrum und uns

        Ihr Nephrologe, Herr Dr. Ruppel, hat uns den aktuellen Dialysebericht
        (Shunt links, Heparin-Dosierung, Hepatitis-Serologie negativ) geschickt;
        das Zentrum hat ihn von Meridian erhalten und den Platz bestätigt.

        Aus Ihrer Krankenvollversicherung (KV 2890 1146) zahlen wir die Dialyse
        wie zu Hause. Die Auslandsreise-Krankenversicherung (RS-AKV-5531 0098)
        greift zusätzlich für alles Unvorhergesehene, zum Beispiel einen
        Shuntverschluss oder einen Krankenhausaufenthalt vor Ort.

        Bitte nehmen Sie Ihren Medikamentenplan und den Dialysepass mit.
        Gute Erholung!

        """) + sig("gerlach"))


# ---- 0079 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pet health insurance: vet bill of a named customer's dog reimbursed (animal health, contract, amounts)")
def m0079():
    m = new(addr("obermaier"), "Nicole Brandes <nicole.brandes@funkpost.example>",
            "Tierarztrechnung Balu – Erstattung",
            "2026-05-25 11:18")
    return body(m, T("""
        Liebe Frau Brandes,

        die Rechnung der Tierklinik Fulda-Süd für Balu (Berner Sennenhund,
        4 Jahre) ist bei uns eingegangen. Die Kreuzband-OP am rechten Hinterbein
        ist in Ihrer Hunde-OP-Versicherung (TK 780 1193) gedeckt.

          Rechnungsbetrag nach GOT (2-facher Satz)    2.746,90 €
          davon erstattungsfähig                      2.746,90 €
          abzgl. Selbstbeteiligung 20 %                 549,38 €
          Erstattung                                  2.197,52 €

        Die Nachsorge (Physiotherapie für Hunde, zehn Termine) ist im OP-Tarif
        bis 30 Tage nach der Operation mitversichert. Schicken Sie uns die
        Rechnung einfach, wenn sie da ist.

        Gute Besserung an Balu!

        """) + sig("obermaier"))


# ---- 0080 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "IT audit kick-off invitation (ICS) for the external auditors; organisational, no personal data")
def m0080():
    m = new(addr("pfeiffer"), "Audit Team – Hartmann Weiss Partners <it-audit@hw-partners.example>",
            "Kick-off: IT general controls audit 2026 – 2 June, 09:30",
            "2026-05-21 16:02",
            cc="Revision <revision@rhoenadler.example>")
    body(m, T("""
        Dear Ms Kowalski,

        as discussed, the calendar invitation for the kick-off of this year's
        audit of IT general controls is attached.

        Agenda (90 minutes):
        1. Scope 2026: access management, change management, operations,
           new: secure e-mail gateway and portal
        2. Document requests (PBC list) and deadlines
        3. Interviews – who, when
        4. Access for your team to the evidence room (read-only)

        On our side: Lukas Pfeiffer (IT), Dr. Simone Engel (Internal Audit),
        Petra Vollmer (DPO, for item 1 only).

        Best regards,
        Lukas Pfeiffer
        IT Service Desk, Rhönadler Versicherung AG
        """))
    att(m, ics("itgc-kickoff-2026@rhoenadler.example", "20260602T093000", "20260602T110000",
               "Kick-off ITGC audit 2026 (Rhönadler / HWP)",
               "Agenda: scope, PBC list, interviews, evidence room access.",
               location="Rhönadler-Platz 1, Fulda, Building A, room Milseburg",
               organizer="lukas.pfeiffer@rhoenadler.example",
               attendees=["it-audit@hw-partners.example", "revision@rhoenadler.example",
                          "petra.vollmer@rhoenadler.example"]),
        "kickoff_itgc_2026.ics")
    return m


# ---- 0081 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "visa travel health insurance certificate for named visiting parents (birth dates, passport numbers, cover) — health contract of identified persons, in PDF")
def m0081():
    m = new(addr("okafor"), "Ananya Krishnan <ananya.krishnan@inbox.example>",
            "Insurance certificate for your parents' Schengen visa",
            "2026-03-17 12:40",
            irt="<ak-visa-0316@mail.inbox.example>")
    body(m, T("""
        Dear Ms Krishnan,

        thank you for taking out our "Incoming Guests" travel health insurance
        for your parents' visit. The certificate for the visa application at
        the German consulate in Chennai is attached. It confirms cover of
        EUR 30,000 for medical treatment and repatriation, as required for a
        Schengen visa, for the whole stay from 1 May to 28 July 2026.

        Please note that conditions your parents are already being treated for
        (you mentioned your father's heart medication) are covered only for
        acute, unforeseen worsening during the trip, not for routine check-ups
        or repeat prescriptions. It is best if they bring enough medication for
        the whole stay.

        """) + sig("okafor", "en"))
    att(m, pdf([
        "# Certificate of Travel Health Insurance (Schengen visa)",
        "Rhönadler Versicherung AG, Rhönadler-Platz 1, 36037 Fulda, Germany",
        "",
        "Policy: RS-IN-2026-004418   Product: Incoming Guests Plus",
        "Policyholder: Ananya Krishnan, Leipziger Str. 90, 36037 Fulda",
        "",
        "# Insured persons",
        "1. Venkatesh Krishnan, born 14.02.1953, passport no. Z4418207 (India)",
        "2. Lakshmi Krishnan, born 29.09.1957, passport no. Z4418293 (India)",
        "",
        "Period of cover: 01.05.2026 - 28.07.2026 (89 days)",
        "Territorial scope: all Schengen states",
        "Sum insured: EUR 30,000 per person for medical treatment, hospitalisation,",
        "emergency care and repatriation, including repatriation of remains.",
        "Deductible: none.",
        "",
        "24-hour emergency service: +49 661 9080-2424",
        "",
        "Fulda, 17.03.2026   Rhönadler Versicherung AG",
    ], title="Certificate RS-IN-2026-004418"), "Certificate_RS-IN-2026-004418.pdf")
    return m


# ---- 0082 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses employment dispute: named insured's dismissal, gross salary and severance offer sent to his lawyer; no health")
def m0082():
    m = new(addr("marquardt"), "RA Henning Rehberg <rehberg@rehberg-lutz.example>",
            "Kündigungsschutzklage Ihres Mandanten Sven Pfannmüller – Deckung und Streitwert",
            "2026-02-23 09:57")
    return body(m, T("""
        Sehr geehrter Herr Rehberg,

        für die Kündigungsschutzklage Ihres Mandanten, Herrn Sven Pfannmüller,
        gegen die Rhön-Kunststofftechnik GmbH erteilen wir Deckung für die
        erste Instanz (Arbeitsrechtsschutz, Vertrag RSV 3071 8806).

        Zum Gegenstandswert: Nach dem von Ihnen übersandten Arbeitsvertrag und
        den letzten Abrechnungen beträgt das Bruttomonatsgehalt Ihres Mandanten
        4.850 € zuzüglich einer anteiligen Jahressonderzahlung von 404 €.
        Wir legen daher einen Vierteljahresverdienst von 15.762 € zugrunde.

        Das im Gütetermin angedeutete Abfindungsangebot der Arbeitgeberin
        (0,5 Bruttomonatsgehälter pro Beschäftigungsjahr, 11 Jahre, also
        26.675 €) bitten wir mit uns abzustimmen, bevor ein Vergleich
        geschlossen wird, damit wir die Kostenquote prüfen können.

        """) + sig("marquardt"))


# ---- 0083 ---------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: product information for brokers on a new occupational disability tariff (health questions, premiums for model persons); no customer")
def m0083():
    m = new(addr("rautenberg"), "Maklerverteiler Mitte <makler-mitte@lists.rhoenadler.example>",
            "BU Smart 2026: vereinfachte Gesundheitsfragen für junge Berufe",
            "2026-01-29 08:45")
    return body(m, T("""
        Liebe Maklerinnen und Makler,

        ab 1. März bieten wir "BU Smart" an – eine Berufsunfähigkeitsversicherung
        für Berufseinsteiger und Studierende bis 30 Jahre mit vereinfachter
        Gesundheitsprüfung:

        * nur 7 Gesundheitsfragen, Abfragezeitraum 3 Jahre (stationär 5 Jahre)
        * keine Fragen zu Psychotherapie unter 10 Sitzungen, wenn abgeschlossen
        * BU-Rente bis 1.500 € ohne ärztliche Untersuchung
        * Nachversicherung ohne erneute Gesundheitsprüfung bei Heirat, Geburt,
          Examen, Gehaltserhöhung über 10 %

        Beispielbeiträge (monatlich, Endalter 67, Rente 1.500 €):

          Bürokauffrau, 22 Jahre             48,20 €
          Student Maschinenbau, 24 Jahre     39,70 €
          Pflegefachmann, 25 Jahre           71,10 €
          Elektrikerin, 21 Jahre             79,90 €

        Die Beispiele sind Modellrechnungen, keine Kundendaten. Das Angebots-
        programm ist ab 15.02. freigeschaltet; die Bedingungen finden Sie im
        Maklerportal unter Produkte > Leben > BU Smart.

        Viele Grüße
        Anja Rautenberg
        Maklerbetreuung Region Mitte
        """))


# ---- 0084 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "criminal proceedings for drunk driving (blood alcohol, licence withdrawn) of a named insured; special category under criminal data")
def m0084():
    m = new(addr("marquardt"), "RA Dr. Constanze Lutz <lutz@rehberg-lutz.example>",
            "Strafverfahren gegen Herrn Lars Dittmar – keine Deckung im Verkehrs-Rechtsschutz",
            "2026-03-30 16:27")
    return body(m, T("""
        Sehr geehrte Frau Dr. Lutz,

        Sie haben für Ihren Mandanten, Herrn Lars Dittmar, Deckung für die
        Verteidigung im Strafverfahren der Staatsanwaltschaft Fulda
        (Az. 21 Js 4417/26) beantragt.

        Nach der Anklageschrift wird Herrn Dittmar vorgeworfen, am 14.02.2026
        gegen 1:30 Uhr mit einer Blutalkoholkonzentration von 1,48 Promille
        ein Kraftfahrzeug geführt und dabei einen geparkten Wagen beschädigt zu
        haben (§§ 316, 142 StGB). Die Fahrerlaubnis wurde vorläufig entzogen.

        Für den Vorwurf einer Trunkenheitsfahrt als Vorsatztat besteht in
        seinem Verkehrs-Rechtsschutz (RSV 3071 4492) Versicherungsschutz nur,
        wenn er letztlich wegen Fahrlässigkeit verurteilt wird. Wir gewähren
        daher vorläufig Deckung unter Vorbehalt der Rückforderung, falls eine
        rechtskräftige Verurteilung wegen einer Vorsatztat erfolgt. Für den
        Vorwurf des unerlaubten Entfernens vom Unfallort (nur als Vorsatztat
        strafbar) besteht kein Versicherungsschutz.

        Bitte senden Sie uns das Urteil, sobald es vorliegt.

        """) + sig("marquardt"))


# ---- 0085 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-customer",
      "secure-portal notification without content ('new message'), no name of the matter; nothing sensitive in the mail itself")
def m0085():
    m = new("Rhönadler Secure Mailbox <no-reply@securemail.rhoenadler.example>",
            "g.odhiambo@savannahmail.example",
            "You have a new secure message from Rhönadler",
            "2026-04-10 07:02",
            extra=[("Auto-Submitted", "auto-generated")])
    text = T("""
        Hello,

        a new message has been placed in your Rhönadler secure mailbox.

        For your protection, the content is not included in this e-mail.
        Please log in to read it:

            https://securemail.rhoenadler.example/inbox

        The message will be kept for 90 days. If you have forgotten your
        password, use "Reset password" on the login page; you will need your
        security question.

        Please do not reply to this e-mail – replies are not read.
        If you did not expect a message from us, contact +49 661 9080-0.

        Rhönadler Versicherung AG, Rhönadler-Platz 1, 36037 Fulda, Germany
        """)
    html = T("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hello,</p>
        <p>a new message has been placed in your <b>Rhönadler secure mailbox</b>.</p>
        <p>For your protection, the content is not included in this e-mail.</p>
        <p><a href="https://securemail.rhoenadler.example/inbox" style="background:#1b4f72;color:#fff;padding:8px 16px;text-decoration:none">Log in and read</a></p>
        <p style="font-size:9pt;color:#666">The message will be kept for 90 days. Please do not reply to this e-mail.<br>
        Rhönadler Versicherung AG, Rhönadler-Platz 1, 36037 Fulda, Germany</p>
        </body></html>
        """)
    return alt(m, text, html)


# ---- 0086 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "assignment to a loss adjuster for water damage in a named tenant's flat, neighbour named, contract and address; no health")
def m0086():
    m = new(addr("obermaier"), "Sachverständigenbüro Kaminski <auftrag@sv-kaminski.example>",
            "Auftrag Besichtigung Leitungswasser – VN Gerda Haupt, L-26-00955",
            "2026-01-19 08:40")
    return body(m, T("""
        Guten Morgen Herr Kaminski,

        bitte übernehmen Sie folgende Besichtigung:

          Versicherungsnehmerin: Gerda Haupt, Hausrat HR 511 3307
          Objekt: Wohnung 2. OG links, Rangstraße 9, 36037 Fulda
          Telefon VN: 0661 4480 712 (tagsüber, sie ist Rentnerin und meist da)
          Schadentag: 16.01.2026
          Ursache laut VN: Waschmaschinenschlauch in der Wohnung darüber
          (Mieter Herr Dominik Sauerwein, 3. OG links) geplatzt;
          dessen Haftpflichtversicherer ist noch nicht bekannt.

        Betroffen nach Angabe der VN: Wohnzimmerteppich (Perser, laut VN
        Erbstück), Schrankwand, Bücher, Deckenlampe.

        Bitte insbesondere den Wert des Teppichs einschätzen und prüfen, ob eine
        Reinigung möglich ist. Die Gebäudeschäden (Decke, Tapete) laufen über
        den Gebäudeversicherer der Eigentümergemeinschaft.

        Honorar nach Rahmenvereinbarung. Bericht bitte über das Gutachterportal.

        """) + sig("obermaier"))


# ---- 0087 ---------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: DPIA draft for a symptom-checker feature of the health app: categories of health data described in general; no data subject")
def m0087():
    m = new(addr("vollmer"), "Project Health App <health-app-project@rhoenadler.example>",
            "DPIA draft v0.4 – symptom checker in the Rhönadler health app",
            "2026-03-05 14:30",
            cc="Softbridge Consulting – Maya Lindholm <m.lindholm@softbridge-consulting.example>")
    return body(m, T("""
        Dear project team,

        since our external developers are on this thread, I am writing in
        English. The DPIA draft v0.4 is in the project space; key points:

        1. Processing: users enter symptoms (free text and a list), age band and
           sex; the checker suggests "self-care", "see a GP" or "call 112".
           Results can optionally be sent to our claims team for a
           pre-authorisation.
        2. Data: health data under Art. 9 GDPR. Legal basis: explicit consent
           in the app, separate from the insurance contract. No use for
           underwriting or pricing – this must be technically enforced.
        3. Risks identified: (a) free text may contain third-party data
           ("my son has…"); (b) push notifications could reveal symptoms on a
           lock screen; (c) the vendor's model is hosted outside the EU.
        4. Measures: no symptom text in push messages; EU hosting or SCCs plus
           TIA; deletion after 30 days unless sent to claims; pseudonymised
           analytics only.

        Open questions for the vendor are marked in yellow. Comments by
        20 March, please. Sample screens in the draft use invented users only.

        Best regards,
        Petra Vollmer
        Data Protection Officer
        """))


# ---- 0088 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "business travel policy: list of named employees travelling to a trade fair in Shanghai with passport numbers; no health data")
def m0088():
    m = new(addr("brinkmann"), "Global Mobility – Brandt Anlagenbau <mobility@brandt-anlagenbau.example>",
            "Business travel policy GR-DR 4410 – registration CIIE Shanghai, November",
            "2026-06-08 10:16")
    return body(m, T("""
        Dear Ms Lindqvist,

        we have registered the following travellers for the trade fair in
        Shanghai (2–9 November 2026) under your business travel policy
        GR-DR 4410 (cancellation, baggage, liability abroad, emergency
        assistance):

          name                  passport no.    nationality   departure
          Konrad Brandt         C7F9K2L41       DE            31.10.
          Julia Engelhardt      C2R8T5M07       DE            31.10.
          Mateusz Zieliński     EK 4410982      PL            01.11.
          Sabine Rothe          C9H1N4P33       DE            01.11.
          Tobias Yilmaz         C4J6W2Q88       DE            01.11.

        Please check the passport numbers – the Chinese visa applications need
        them to match our confirmation letters, which we will issue once you
        confirm. Medical cover abroad for these employees runs under your
        separate group health contract and is not part of this registration.

        """) + sig("brinkmann", "en"))


# ---- 0089 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "company pension scheme (direct life insurance): named employees with birth dates, salaries and contributions enrolled (XLSX)")
def m0089():
    m = new(addr("stahl"), "Personalabteilung Hessenland Logistik <personal@hessenland-logistik.example>",
            "bAV Direktversicherung – Neuanmeldungen zum 01.04.2026",
            "2026-03-24 13:48")
    body(m, T("""
        Sehr geehrte Frau Kilian,

        die Neuanmeldungen zur Direktversicherung (Gruppenvertrag
        GV-DV 8812, Entgeltumwandlung mit 15 % Arbeitgeberzuschuss) haben wir
        verarbeitet. Anbei die Übersicht mit den Vertragsnummern für Ihre
        Lohnabrechnung.

        Bei Herrn Bekiri ist die Umwandlung höher als der steuerfreie Rahmen
        nach § 3 Nr. 63 EStG (8 % der BBG); den übersteigenden Teil haben wir
        wie besprochen als pauschal versteuerten Beitrag markiert.

        Die Versicherungsscheine gehen den Beschäftigten direkt per Post zu.

        """) + sig("stahl"))
    att(m, xlsx([("Neuanmeldungen 04-2026", [
        ["Vertragsnr.", "Name", "Vorname", "Geburtsdatum", "Bruttogehalt/Monat", "Umwandlung", "AG-Zuschuss", "Beginn"],
        ["DV-8812-0231", "Bekiri", "Arben", "1987-03-22", 4120.00, 680.00, 102.00, "2026-04-01"],
        ["DV-8812-0232", "Hoffmann", "Jasmin", "1995-11-05", 3280.00, 150.00, 22.50, "2026-04-01"],
        ["DV-8812-0233", "Lang", "Rüdiger", "1969-06-30", 3950.00, 250.00, 37.50, "2026-04-01"],
        ["DV-8812-0234", "Petrović", "Dragana", "1991-01-17", 2890.00, 100.00, 15.00, "2026-04-01"],
        ["DV-8812-0235", "Schmitt", "Kevin", "2001-08-09", 2640.00, 75.00, 11.25, "2026-04-01"],
    ])], title="GV-DV 8812 Neuanmeldungen"), "GV-DV8812_Neuanmeldungen_2026-04.xlsx")
    return m


# ---- 0090 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "fire in a bakery owned by a sole trader (natural person): business interruption, turnover figures and contents claim")
def m0090():
    m = new(addr("brinkmann"), "Tim Hauck <tim@baeckerei-hauck.example>",
            "Brand in der Backstube – Abschlagszahlung und nächste Schritte",
            "2026-02-04 17:33",
            cc="Dagmar Thiele <info@thiele-versicherungen.example>")
    return body(m, T("""
        Lieber Herr Hauck,

        nach dem Brand in Ihrer Backstube in der Nacht zum 31. Januar (Ursache
        laut Feuerwehr: Kurzschluss im Gärschrank) haben wir heute die erste
        Abschlagszahlung von 25.000 € aus Ihrer Inhaltsversicherung
        GW 310 077 freigegeben. Das Geld ist für die Miete des Ersatzofens und
        die Reinigung gedacht, damit Sie die Filialen in Hünfeld und Rasdorf
        bald wieder beliefern können.

        Für die Betriebsunterbrechung brauchen wir von Ihrem Steuerberater die
        betriebswirtschaftlichen Auswertungen 2025. Nach Ihren Angaben lag Ihr
        Umsatz im Februar 2025 bei rund 68.000 € und Ihr monatlicher Gewinn bei
        etwa 9.500 €; damit rechnen wir vorläufig. Die Löhne Ihrer zwölf
        Beschäftigten laufen als fortlaufende Kosten weiter mit.

        Der Sachverständige, Herr Kaminski, kommt am Freitag um 7 Uhr.

        """) + sig("brinkmann"))


# ---- 0091 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "named pregnant customer (28th week, gestational diabetes) asking about travel health cover for birth abroad; personal answer")
def m0091():
    m = new(addr("okafor"), "Hannah Morgenroth <hannah.morgenroth@postbox.example>",
            "Re: Travel to Portugal in the 30th week – am I covered?",
            "2026-04-13 11:06",
            irt="<hm-portugal-0411@postbox.example>")
    text = T("""
        Dear Ms Morgenroth,

        thank you for your question, and congratulations!

        Your travel health insurance (Reiseschutz Komfort, RS-KO-6617 0045)
        covers pregnancy complications and a premature birth abroad if they
        are unforeseeable and happen before the end of the 36th week. Your
        trip to Porto from 2 to 12 May falls into weeks 30 and 31, so that
        condition is met.

        However, you mention that your gynaecologist diagnosed gestational
        diabetes and that you are on insulin since March. Treatment of this
        known condition (check-ups, insulin, test strips) is not covered
        abroad. Acute complications – for example a hospital admission because
        of very high blood sugar, or an early birth – are covered.

        Two practical tips: take your Mutterpass and a letter from your doctor
        in English, and check with the airline – most require a fit-to-fly
        certificate from week 28.

        Have a lovely trip!

        """) + sig("okafor", "en") + "\n" + "On 11 Apr 2026, Hannah Morgenroth wrote:\n" + quote(T("""
        Hi, I'm 28 weeks pregnant and we want to go to Porto 2-12 May. My
        doctor found gestational diabetes, I inject insulin since March but
        otherwise everything is fine. Would I be covered if the baby comes
        early? Policy RS-KO-6617 0045. Thanks, Hannah
        """))
    return body(m, text)


# ---- 0092 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: briefing for claims staff on the new GOÄ fee schedule (fee numbers, multipliers, examples without patients)")
def m0092():
    m = new(addr("gerlach"), "Team KV-Leistung <kv-leistung@rhoenadler.example>",
            "GOÄneu – was sich für unsere Prüfung ändert (Kurzinfo)",
            "2026-01-12 13:20")
    return body(m, T("""
        Liebe Kolleginnen und Kollegen,

        die ersten Rechnungen nach der neuen Gebührenordnung für Ärzte werden
        uns voraussichtlich ab dem zweiten Halbjahr erreichen. Damit wir
        vorbereitet sind, hier das Wichtigste:

        1. Statt Steigerungsfaktoren (1,0 bis 3,5) gibt es feste Euro-Beträge je
           Leistung. Abweichungen nur über Zuschläge, die in der GOÄneu selbst
           stehen.
        2. Die bekannte Nr. 1 (Beratung) wird zu einer gestuften Gesprächs-
           leistung nach Dauer.
        3. Analogabrechnungen werden seltener, weil viele neue Leistungen
           (z. B. Videosprechstunde, telemedizinisches Monitoring) eigene
           Nummern bekommen.
        4. Übergangsphase: Rechnungen nach alter und neuer GOÄ werden eine Weile
           nebeneinander kommen. Maßgeblich ist das Behandlungsdatum.

        Beispiel (fiktiv): Beratung 10 Minuten, Ganzkörperstatus, Blutentnahme –
        bisher GOÄ 1, 8, 250 mit Faktor 2,3 = 48,93 €; nach GOÄneu voraussichtlich
        ca. 52 € Festbetrag.

        Schulungstermine im Mai folgen. Fragen gern an mich.

        Sabine
        """))


# ---- 0093 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "building insurance confirmation (Sicherungsschein) to a mortgage bank naming the homeowners, property and sum insured; no health")
def m0093():
    m = new("Vertragsservice Sach <vertrag-sach@rhoenadler.example>",
            "Kreditsicherheiten VR Bank Fulda <kreditsicherheiten@vrbank-fulda.example>",
            "Sicherungsbestätigung Wohngebäudeversicherung – Darlehen 4471 2290 09",
            "2026-02-27 09:31")
    return body(m, T("""
        Sehr geehrte Damen und Herren,

        wir bestätigen Ihnen als Darlehensgeberin für das Objekt

          Zur Kohlgrube 17, 36043 Fulda (Einfamilienhaus mit Einliegerwohnung)
          Eigentümer und Versicherungsnehmer: Benjamin und Anna-Lena Vogt
          Wohngebäudeversicherung WG 88 410 7765, gleitender Neuwert,
          Versicherungssumme Wert 1914: 31.500 Mark
          versicherte Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar

        dass wir Ihnen den Sicherungsschein nach den üblichen Bedingungen
        erteilt haben. Wir informieren Sie unverzüglich, wenn der Beitrag nicht
        gezahlt wird, der Vertrag gekündigt wird oder ein Schaden über 10.000 €
        gemeldet wird.

        Der Sicherungsschein im Original geht Ihnen per Post zu.

        Mit freundlichen Grüßen
        Vertragsservice Sach
        Rhönadler Versicherung AG
        """))


# ---- 0094 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: transfer impact assessment for the assistance partner's Singapore operations, discussed in general terms; no case or person data")
def m0094():
    m = new(addr("vollmer"), "Data Protection – Meridian Assist <privacy@meridian-assist.example>",
            "TIA Singapore – our open questions before signing addendum 4",
            "2026-04-01 10:48",
            cc=addr("ambrosius"))
    return body(m, T("""
        Dear Mr Chua,

        thank you for the draft transfer impact assessment for the processing
        of Rhönadler cases in your Singapore operations centre. Before we can
        accept it, we need answers to these points:

        1. Which data categories are accessed from Singapore? We understood:
           name, date of birth, policy number, contact details, medical reports
           and invoices of the insured person – i.e. health data under Art. 9
           GDPR. Please confirm that nothing else (e.g. bank details) is needed.
        2. Is access remote (data stays in Frankfurt) or are files stored
           locally? Please describe the encryption and where the keys are held.
        3. Government access: please add your assessment of the Singapore
           legal framework for requests by public authorities, and your
           internal process if such a request arrives.
        4. Onward transfers to hospitals in third countries: these are
           necessary for the performance of the contract with the insured
           (Art. 49(1)(b)/(c) GDPR), but please describe how you minimise what is
           sent (e.g. no previous medical history unless needed).
        5. Deletion: we expect deletion in Singapore within 30 days after a case
           is closed.

        Could we discuss these in a call next week?

        Kind regards
        Petra Vollmer
        Data Protection Officer, Rhönadler Versicherung AG
        """))


# ---- 0095 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply to a British customer quoting our German cost approval for her knee replacement (diagnosis, hospital, amounts)")
def m0095():
    m = new(addr("gerlach"), "Fiona MacLeod <fiona.macleod@thistlemail.example>",
            "RE: Kostenzusage Knie-TEP – please confirm in English",
            "2026-05-04 15:15",
            irt="<fm-knee-0502@thistlemail.example>")
    text = T("""
        Dear Ms MacLeod,

        yes, I can confirm: the letter below says that we will pay for your
        total knee replacement on the left side at the Orthopädische Klinik
        Fulda-Horas, planned for 26 May. The approval covers the hospital's
        DRG flat rate (I44B, approx. EUR 8,900), the surgeon's and
        anaesthetist's fees as private patient at up to 2.3 times the GOÄ rate,
        and the single room, because your tariff includes it. Rehabilitation
        afterwards needs a separate application, which the hospital's social
        service will help you with.

        Your deductible for 2026 (EUR 500) has already been used up by the MRI
        and the orthopaedic consultations in March.

        """) + sig("gerlach", "en") + "\n" + T("""
        -----Original Message-----
        From: Fiona MacLeod <fiona.macleod@thistlemail.example>
        Sent: Saturday, 2 May 2026 10:21
        Subject: Kostenzusage Knie-TEP – please confirm in English

        Dear Ms Gerlach-Ohm, I received the letter below but want to make sure I
        understand it before the operation. Thanks, Fiona MacLeod

        > Kostenzusage – Versicherte Person: Fiona MacLeod, KV 6120 3384
        > Geplante Behandlung: Implantation einer Knie-Totalendoprothese links
        > bei Gonarthrose (M17.1) in der Orthopädischen Klinik Fulda-Horas,
        > Aufnahme 26.05.2026.
        > Wir übernehmen die allgemeinen Krankenhausleistungen (DRG I44B),
        > die Wahlleistungen Arzt bis zum 2,3-fachen Satz der GOÄ und das
        > Einbettzimmer.
        """)
    return body(m, text)


# ---- 0096 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English mail to a Dutch third-party driver quoting the German police report: names, plates, liability; nobody injured")
def m0096():
    m = new(addr("salzmann"), "Sander van der Meulen <s.vandermeulen@polderpost.example>",
            "Accident on the A7 near Fulda, 3 April – your claim against our insured (K-26-02218)",
            "2026-04-20 10:26")
    return body(m, T("""
        Dear Mr van der Meulen,

        thank you for your claim. Our policyholder, Mr Jürgen Heilmann (plate
        FD-JH 722), has confirmed that he changed lanes without seeing your car
        (plate NL 52-TKJ-8) at the Fulda-Nord junction on 3 April. Liability is
        therefore accepted in full. The police report confirms that nobody was
        injured.

        We will pay the repair costs according to your garage's estimate
        (EUR 4,218.60), a rental car for the repair period (up to 6 days) and a
        flat fee of EUR 25 for expenses. Please send us the repair invoice and
        your bank details.

        For your records, the relevant part of the police report (in German):

        """) + quote(T("""
        Verkehrsunfallanzeige PI Fulda, Az. VU 0403-117/26
        Unfallzeit: 03.04.2026, 16:42 Uhr, BAB 7, km 318,4, AS Fulda-Nord, Fahrtrichtung Süd
        Beteiligter 1: Heilmann, Jürgen, Pkw Audi A4, FD-JH 722, Halter: ders.
        Beteiligter 2: van der Meulen, Sander, Pkw Volvo V60, NL 52-TKJ-8, Halter: ders.
        Hergang: B1 wechselte vom rechten auf den linken Fahrstreifen und übersah den dort fahrenden B2.
        Personenschaden: keiner. Sachschaden an beiden Fahrzeugen.
        """)) + "\n" + sig("salzmann", "en"))


# ---- 0097 ---------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "prospect asks about long-term care supplement; answer with general product information and no contract or health data (reactive)")
def m0097():
    m = new(addr("hollmann"), "Christa Wenzel <christa.wenzel@sonnenmail.example>",
            "AW: Frage zur Pflegezusatzversicherung",
            "2026-05-11 14:02",
            irt="<cw-pflege-0509@sonnenmail.example>")
    return body(m, T("""
        Sehr geehrte Frau Wenzel,

        vielen Dank für Ihr Interesse. Gern beantworte ich Ihre Fragen
        allgemein:

        1. Unser Pflegetagegeld "Pflege Plus" zahlt je nach Pflegegrad einen
           Prozentsatz des vereinbarten Tagessatzes – in Pflegegrad 1 10 %, in
           Pflegegrad 5 100 %, egal ob zu Hause oder im Heim gepflegt wird.
        2. Abschließen kann man bis zum Alter von 75 Jahren. Es gibt
           Gesundheitsfragen; wer bereits pflegebedürftig ist oder eine
           Demenzdiagnose hat, kann leider nicht mehr versichert werden.
        3. Der Beitrag hängt vom Eintrittsalter ab. Beispiel: 50 Euro
           Tagessatz, Eintrittsalter 55: 47,30 € im Monat.
        4. Mit dem staatlichen Zuschuss ("Pflege-Bahr") gibt es einen
           eigenen Tarif ohne Gesundheitsfragen, der aber weniger leistet.

        Für ein persönliches Angebot rufen Sie mich gern an oder nutzen Sie
        den Rechner auf www.rhoenadler.example/pflege. Bitte schicken Sie mir
        Angaben zu Ihrer Gesundheit nicht per E-Mail.

        """) + sig("hollmann") + "\n" + quote(T("""
        Guten Tag, ich bin 55 und überlege, eine Pflegezusatzversicherung
        abzuschließen. Wie funktioniert das bei Ihnen und was kostet das ungefähr?
        Viele Grüße, Christa Wenzel
        """)))


# ---- 0098 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "ZIP for the reinsurer with a large medevac claim: invoices and medical summary (CSV/PDF inside) of a named insured; body harmless")
def m0098():
    m = new(addr("ambrosius"), "Baltic Re – Health & Travel <health.travel@balticre.example>",
            "Cash call – travel medical XL 2026 – claim RS-26-0412",
            "2026-04-06 09:20")
    body(m, T("""
        Dear Ms Halvorsen,

        under the travel medical XL treaty 2026 we notify a claim above the
        retention and request a cash call. Claim summary, cost overview and
        the air ambulance invoice are in the attached archive.

        Gross claim: EUR 96,840.12; retention EUR 75,000; your share
        EUR 21,840.12.

        """) + sig("ambrosius", "en"))
    summary = T("""
        CLAIM SUMMARY RS-26-0412
        Insured: Gerhard Leimbach, born 22.07.1958, policy RS-AKV-2290 1175
        Event: acute inferior STEMI in Cape Town, 20.02.2026
        Treatment: primary PCI (1 DES RCA), CCU 4 days, ward 3 days,
        complicated by a groin haematoma requiring transfusion (2 units)
        Repatriation: air ambulance Cape Town - Frankfurt 03.03.2026
        (scheduled flight declined by treating cardiologist due to haematoma)
        Post-flight: admitted Klinikum Fulda, cardiology, discharged 06.03.2026
        """)
    costs = csvtext([["item", "provider", "currency", "amount", "EUR"],
                     ["hospital Groote Kloof", "Groote Kloof Hospital", "ZAR", "612480.00", "31230.40"],
                     ["cardiologist fees", "Dr. K. Naidoo Inc.", "ZAR", "88400.00", "4507.52"],
                     ["air ambulance", "SkyCare Aeromedical AG", "EUR", "54900.00", "54900.00"],
                     ["hotel spouse", "Vineyard Lodge", "ZAR", "19950.00", "1017.25"],
                     ["assistance fees", "Meridian Assist GmbH", "EUR", "615.00", "615.00"],
                     ["Klinikum Fulda (home, first 3 days)", "Klinikum Fulda", "EUR", "4569.95", "4569.95"]],
                    delim=",")
    inv = pdf(["# SkyCare Aeromedical AG - Invoice 2026-0318",
               "Mission: Cape Town (CPT) - Frankfurt (FRA), 03.03.2026",
               "Patient: Gerhard Leimbach, DOB 22.07.1958",
               "Medical crew: 1 physician (intensive care), 1 flight nurse",
               "Diagnosis on transfer: status post STEMI, PCI RCA, groin haematoma",
               "Flight hours: 11.2 / ground ambulance FRA - Fulda",
               "Total: EUR 54,900.00"], title="SkyCare invoice 2026-0318", author="SkyCare Aeromedical AG")
    att(m, zipf([("RS-26-0412/claim_summary.txt", summary),
                 ("RS-26-0412/costs.csv", costs),
                 ("RS-26-0412/SkyCare_invoice_2026-0318.pdf", inv)]),
        "RS-26-0412_cashcall.zip")
    return m


# ---- 0099 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "address change confirmation for a named customer with birth date and list of contracts (home, motor, liability); no health")
def m0099():
    m = new("Kundenservice Rhönadler <service@rhoenadler.example>",
            "Mareike Stumpf <mareike.stumpf@netmail.example>",
            "Ihre neue Anschrift ist gespeichert",
            "2026-06-01 08:12")
    return body(m, T("""
        Guten Tag Frau Stumpf,

        vielen Dank für Ihre Mitteilung. Wir haben Ihre neue Anschrift ab dem
        01.06.2026 für alle Verträge gespeichert:

          Mareike Stumpf, geb. 26.02.1990
          neu:  Goethestraße 31, 36041 Fulda
          alt:  Frankfurter Straße 4, 36043 Fulda

          betroffene Verträge:
          - Hausrat HR 513 8821 (Versicherungsort wurde mitgeändert; neue
            Wohnfläche 74 m², Beitrag unverändert)
          - Kfz KF 44 219 6603 (FD-MS 926), Regionalklasse unverändert
          - Privathaftpflicht PH 603 0417

        Bitte denken Sie daran, die Adresse auch in Ihrem Fahrzeugschein
        ändern zu lassen.

        Ihr Kundenservice
        Rhönadler Versicherung AG
        """) + "\n" + FOOT_DE)


# ---- 0100 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "S/MIME: public certificate (PEM) sent to a partner on request; technical, no personal data beyond the sender")
def m0100():
    m = new(addr("pfeiffer"), "PKI Team – Baltic Re <pki@balticre.example>",
            "Re: S/MIME certificate for claims.travel@rhoenadler.example",
            "2026-01-21 11:11",
            irt="<pki-req-0120@balticre.example>")
    body(m, T("""
        Hello,

        as requested, the current public S/MIME certificate of our travel
        claims mailbox is attached (PEM). Fingerprint for verification by phone:

          SHA-256 9E:41:7B:0C:D2:58:AF:13:66:E0:2C:B9:74:01:F8:3A:
                  5D:C6:90:2E:BB:47:18:F5:0A:63:D9:84:21:7C:E5:1B

        Valid until 14 December 2027. Issued by our own CA
        (Rhoenadler Issuing CA 2; the root is in the same file).

        Our gateway also supports domain encryption if you prefer that – we
        can exchange domain certificates instead.

        Regards,
        Lukas Pfeiffer
        IT Service Desk, Rhönadler Versicherung AG
        """))
    pem = T("""
        subject=CN = claims.travel@rhoenadler.example, O = Rhoenadler Versicherung AG, C = DE
        issuer=CN = Rhoenadler Issuing CA 2, O = Rhoenadler Versicherung AG, C = DE
        -----BEGIN CERTIFICATE-----
        MIIDbzCCAlegAwIBAgIUKx3vZ1mR0c8VQbQ2hX5cL0Ys2bAwDQYJKoZIhvcNAQEL
        BQAwTzELMAkGA1UEBhMCREUxIzAhBgNVBAoMGlJob2VuYWRsZXIgVmVyc2ljaGVy
        dW5nIEFHMRswGQYDVQQDDBJSaG9lbmFkbGVyIElzc3VpbmcgQ0EgMjAeFw0yNTEy
        MTQwOTAwMDBaFw0yNzEyMTQwOTAwMDBaMF8xCzAJBgNVBAYTAkRFMSMwIQYDVQQK
        DBpSaG9lbmFkbGVyIFZlcnNpY2hlcnVuZyBBRzErMCkGA1UEAwwiY2xhaW1zLnRy
        YXZlbEByaG9lbmFkbGVyLmV4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAw
        ggEKAoIBAQC7mWq4PqJf0uXhV2c9Rk1sYb3nT8aE6dLx0wQm5vZc2gH7iKp1oRt4
        -----END CERTIFICATE-----
        -----BEGIN CERTIFICATE-----
        MIIDSzCCAjOgAwIBAgIUb8S0fK2wQx7nA1pE4rT9mY3uV6cwDQYJKoZIhvcNAQEL
        BQAwTzELMAkGA1UEBhMCREUxIzAhBgNVBAoMGlJob2VuYWRsZXIgVmVyc2ljaGVy
        dW5nIEFHMRswGQYDVQQDDBJSaG9lbmFkbGVyIFJvb3QgQ0EgMjAyNTAeFw0yNTAx
        -----END CERTIFICATE-----
        """)
    att(m, pem, "claims.travel_rhoenadler.pem", kind="pem")
    return m


# ---- 0101 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; ODT attachment is the medical advisor's statement on a named insured's rehab application (stroke, aphasia)")
def m0101():
    m = new(addr("gerlach"), "Konstantin Reh <k.reh@funkpost.example>",
            "Ihr Antrag vom 02.04. – Stellungnahme",
            "2026-04-16 10:05")
    body(m, T("""
        Guten Tag Herr Reh,

        wie am Telefon besprochen sende ich Ihnen die Stellungnahme unseres
        Beratungsarztes als Datei. Sie können sie mit LibreOffice oder Word
        öffnen. Den Bescheid erhalten Sie zusätzlich per Post.

        Freundliche Grüße
        Sabine Gerlach-Ohm
        Rhönadler Krankenversicherung AG
        """))
    att(m, odt([
        "Rhönadler Krankenversicherung AG – Beratungsärztliche Stellungnahme",
        "Versicherter: Konstantin Reh, geb. 11.08.1961, Vertrag KV 4470 2218",
        "Antrag: stationäre Rehabilitation, neurologische Fachklinik Bad Kissingen, 4 Wochen",
        "Vorgeschichte: ischämischer Mediainfarkt links am 04.03.2026 (I63.3), Akutbehandlung Klinikum Fulda, Stroke Unit 6 Tage.",
        "Befund bei Entlassung: motorische Aphasie mittelgradig, Parese rechte Hand (Kraftgrad 4/5), Gehen ohne Hilfsmittel möglich.",
        "Beurteilung: Die neurologische Rehabilitation ist medizinisch notwendig. Die Aphasie erfordert tägliche Logopädie, ambulant in Wohnortnähe nicht in der erforderlichen Dichte verfügbar.",
        "Empfehlung: Kostenübernahme für 4 Wochen, Verlängerung um 2 Wochen nach Zwischenbericht möglich.",
        "Fulda, 15.04.2026 – Dr. med. C. Hain, Beratungsarzt",
    ], title="Stellungnahme Reha Reh"), "Stellungnahme_Reha_KV44702218.odt")
    return m


# ---- 0102 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "broker",
      "broker forwards (as attached message) a named customer's report of a burst-pipe claim with address and contract; no health")
def m0102():
    m = new(addr("obermaier"), "Sachschaden Eingang <sach-eingang@rhoenadler.example>",
            "WG: Rohrbruch Keller – Kunde Reinhold Auth – bitte anlegen",
            "2026-01-23 08:22")
    body(m, T("""
        Bitte als neuen Schaden zum Vertrag WG 88 410 3012 anlegen, Mail des
        Maklers hängt an. Sachverständiger vermutlich nicht nötig, Schätzung
        unter 5.000 €.

        F. Obermaier
        """))
    inner_m = inner("Dagmar Thiele <info@thiele-versicherungen.example>",
                    "Friedrich Obermaier <friedrich.obermaier@rhoenadler.example>",
                    "Rohrbruch Keller – Kunde Reinhold Auth",
                    "2026-01-22 17:48",
                    T("""
                    Hallo Herr Obermaier,

                    mein Kunde Herr Reinhold Auth, Kirchgasse 5, 36154 Hosenfeld
                    (Wohngebäude WG 88 410 3012), meldet einen Rohrbruch im Keller:
                    Am 21.01. ist bei Frost die Zuleitung zur Außenzapfstelle geplatzt.
                    Der Installateur Firma Gies hat die Leitung provisorisch
                    verschlossen, Kostenvoranschlag für die Reparatur 1.240 €, dazu
                    Trocknung des Kellers ca. 1.800 €. Im Keller standen Regale mit
                    Werkzeug, das ist aber über die Hausrat bei einer anderen
                    Gesellschaft versichert.

                    Telefon Herr Auth: 06650 918 224, meistens abends.

                    Viele Grüße
                    Dagmar Thiele
                    Versicherungsbüro Dagmar Thiele, Hünfeld
                    """))
    fwd(m, inner_m)
    return m


# ---- 0103 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: new FAQ texts on trip cancellation for the website (illness, pregnancy, pets as examples); no customer")
def m0103():
    m = new(addr("menke"), "Webredaktion <webredaktion@rhoenadler.example>",
            "FAQ Reiserücktritt – Freigabe der neuen Texte",
            "2026-02-18 16:40",
            cc=addr("ambrosius"))
    return body(m, T("""
        Hallo Webredaktion,

        Frau Dr. Ambrosius hat die neuen FAQ-Texte fachlich freigegeben. Bitte
        bis Monatsende online stellen (Seite /reise/ruecktritt/faq):

        F: Ich werde vor der Reise krank. Zahlt die Reiserücktrittsversicherung?
        A: Ja, wenn die Erkrankung unerwartet und so schwer ist, dass Ihnen die
           Reise nicht zugemutet werden kann. Lassen Sie sich das ärztlich
           bestätigen und stornieren Sie sofort – je später, desto teurer.

        F: Ich bin schwanger. Kann ich die Reise stornieren?
        A: Eine Schwangerschaft allein ist kein Grund. Versichert sind
           unerwartete Komplikationen oder eine Schwangerschaft, von der Sie
           erst nach der Buchung erfahren haben.

        F: Mein Hund wird krank. Ist das versichert?
        A: Im Tarif Premium ja, wenn das Tier unerwartet schwer erkrankt und Sie
           es nicht allein lassen können.

        F: Wie melde ich einen Schaden?
        A: Online unter www.rhoenadler.example/schaden. Arztberichte und
           Atteste laden Sie bitte dort hoch und schicken sie nicht per
           unverschlüsselter E-Mail.

        Danke!
        Claudia Menke
        """))


# ---- 0104 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: staff flu vaccination offer by the company doctor (dates, vaccine); no individual's health")
def m0104():
    m = new("Betriebsärztlicher Dienst <betriebsarzt@rhoenadler.example>",
            "Alle Mitarbeitenden <alle@rhoenadler.example>",
            "Grippeschutzimpfung im Haus – Termine Oktober",
            "2026-06-15 09:30")
    return body(m, T("""
        Liebe Kolleginnen und Kollegen,

        auch in diesem Herbst bieten wir die Grippeschutzimpfung im Haus an –
        kostenlos und während der Arbeitszeit.

          Impfstoff:  quadrivalenter Influenza-Impfstoff Saison 2026/27
          Termine:    6., 7. und 13. Oktober, jeweils 8–12 Uhr,
                      Gebäude A, Raum 0.14 (neben dem Sanitätsraum)
          Anmeldung:  ab 1. September im Intranet, 5-Minuten-Slots

        Bitte bringen Sie Ihren Impfpass mit, falls vorhanden. Wer am Impftag
        Fieber hat, bitte nicht kommen und einen neuen Termin buchen. Fragen zu
        Vorerkrankungen oder Allergien besprechen Sie bitte direkt mit
        Dr. Ilse Bachmann beim Termin – nicht per Mail an das Postfach.

        Die Anmeldungen sehen nur der Betriebsärztliche Dienst und niemand aus
        Ihrer Abteilung.

        Ihr Betriebsärztlicher Dienst
        """))


# ---- 0105 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "ZIP with motor claim documents (repair estimate PDF with plate/VIN, claim form text, photo list) of a named customer; no injuries")
def m0105():
    m = new(addr("salzmann"), "Kfz-Sachverständige Rhön GbR <auftrag@kfz-sv-rhoen.example>",
            "Nachbesichtigung K-26-01190 – Unterlagen",
            "2026-03-16 11:58")
    body(m, T("""
        Hallo Herr Pütz,

        für die Nachbesichtigung am Donnerstag die Unterlagen im ZIP. Der
        Kunde behauptet Vorschaden rechts hinten sei schon repariert gewesen,
        bitte darauf achten.

        Gruß
        Henrik Salzmann
        Kfz-Schaden
        """))
    est = pdf(["# Autohaus Weidner GmbH - Kostenvoranschlag KV-26-0412",
               "Kunde: Erik Landgraf, Schützenstraße 3, 36100 Petersberg",
               "Fahrzeug: Opel Astra Sports Tourer, FD-EL 1203",
               "FIN: W0VBD8EL5N8012744, EZ 05/2022, km 48.210",
               "Schaden: Heckklappe, Stoßfänger hinten, Rückleuchte rechts",
               "Ersatzteile 2.184,30 EUR; Lohn 14,5 AW; Lack 1.120,00 EUR",
               "Summe netto 4.212,80 EUR, brutto 5.013,23 EUR"],
              title="KV-26-0412", author="Autohaus Weidner GmbH")
    form = T("""
        Schadenanzeige Kfz - K-26-01190
        VN: Erik Landgraf, geb. 02.12.1984, Vollkasko KF 44 318 5507
        Schadentag: 09.03.2026, 18:10, Parkplatz Rhönpark Fulda
        Hergang (VN): beim Rückwärtsausparken gegen Betonpoller
        Personenschaden: nein
        Zeugen: keine
        """)
    photos = "\n".join("IMG_%04d.jpg  %s" % (i, d) for i, d in
                       [(4411, "Heck gesamt"), (4412, "Rückleuchte rechts"),
                        (4413, "Stoßfänger Detail"), (4414, "Poller")]) + "\n"
    att(m, zipf([("K-26-01190/Kostenvoranschlag_Weidner.pdf", est),
                 ("K-26-01190/Schadenanzeige.txt", form),
                 ("K-26-01190/Fotoliste.txt", photos)]),
        "K-26-01190.zip")
    return m


# ---- 0106 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "expat health application: named applicant moving to Shanghai asked about asthma (inhalers, exacerbations) and offered cover with exclusion")
def m0106():
    m = new(addr("feldhaus"), "Maximilian Ostrowski <m.ostrowski@dragonmail.example>",
            "Your WorldCover Expat application – questions about your asthma",
            "2026-02-06 15:03")
    return body(m, T("""
        Dear Mr Ostrowski,

        thank you for your application for WorldCover Expat (Plan Silver, Asia
        excluding Japan) for your move to Shanghai in April.

        In the health questionnaire you answered "yes" to the question about
        chronic respiratory disease and wrote "asthma since childhood". Before
        we can decide, please tell us:

          1. Which medication do you currently use (name and dose of the
             inhalers, e.g. budesonide/formoterol), and how often do you need
             your reliever?
          2. Have you had an exacerbation requiring oral steroids, an emergency
             visit or a hospital stay in the last five years?
          3. Your latest lung function result (FEV1), if available.

        Based on what you have told us so far, we can already offer one of two
        options:

          a) cover including asthma with a premium loading of 20 %, or
          b) standard premium with asthma and its complications excluded.

        Many people moving to cities with higher air pollution choose option
        a). Please send your answers and your choice through the secure upload
        link we will send separately, not by ordinary e-mail.

        """) + sig("feldhaus", "en"))


# ---- 0107 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "broker portal account set up: login name and notice that the one-time password comes separately; no customer data")
def m0107():
    m = new("Rhönadler Broker Portal <maklerportal@rhoenadler.example>",
            "Olivia Grant <o.grant@kessler-voss.example>",
            "Your access to the Rhönadler broker portal",
            "2026-01-15 10:00",
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, T("""
        Dear Ms Grant,

        your firm administrator at Kessler & Voss Versicherungsmakler GmbH has
        created a user account for you in the Rhönadler broker portal.

          Login name:   kv-ogrant
          Partner firm: Kessler & Voss Versicherungsmakler GmbH (40 2215)
          Role:         user with portfolio rights (set by your administrator)

        For security reasons, your one-time password is sent in a separate
        text message to the mobile number your administrator entered. It is
        valid for 72 hours. At the first login you will set your own password
        and a security question.

        Portal: https://makler.rhoenadler.example

        If you did not expect this e-mail, please contact your firm
        administrator or our broker service on +49 661 9080-5300.

        Rhönadler Versicherung AG – Broker Portal
        """))


# ---- 0108 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "valuables list (jewellery, valuations) of a named customer in an ODS attachment for her household policy; no health")
def m0108():
    m = new(addr("obermaier"), "Beatrix von Hagen <b.vonhagen@sonnenmail.example>",
            "Wertsachenliste zu Ihrer Hausratversicherung",
            "2026-03-04 12:27")
    body(m, T("""
        Sehr geehrte Frau von Hagen,

        wir haben die Wertgutachten des Juweliers Rosenstock eingearbeitet.
        Anbei die Liste, wie sie jetzt zu Ihrem Vertrag HR 516 0014 gespeichert
        ist. Die Entschädigungsgrenze für Schmuck außerhalb des Tresors
        (20.000 €) ist damit überschritten; für die Stücke Nr. 1 bis 3 empfehle
        ich den Tresor oder eine Erhöhung der Grenze (Mehrbeitrag 96 € im Jahr).

        """) + sig("obermaier"))
    att(m, ods([
        ["Nr", "Gegenstand", "Beschreibung", "Gutachten vom", "Wert EUR", "Aufbewahrung"],
        [1, "Collier", "Weißgold 750, Brillanten ges. 3,2 ct", "12.02.2026", 14800, "Schmuckschatulle Schlafzimmer"],
        [2, "Ring", "Saphir ca. 2 ct, Brillantkranz, Platin", "12.02.2026", 9200, "getragen"],
        [3, "Armbanduhr", "Cartier Tank Louis, Gelbgold", "12.02.2026", 11500, "Schmuckschatulle"],
        [4, "Ohrstecker", "Perlen Südsee 11 mm, Gelbgold", "12.02.2026", 2300, "Schmuckschatulle"],
        [5, "Brosche", "Art déco, Onyx und Diamanten (Erbstück)", "12.02.2026", 4100, "Tresor"],
        ["", "", "", "Summe", 41900, ""],
    ], sheet="Wertsachen", title="Wertsachen HR 516 0014"), "Wertsachen_HR5160014.ods")
    return m


# ---- 0109 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses: named insured's trade-union membership (IG Metall) decides subsidiarity; special category data")
def m0109():
    m = new(addr("marquardt"), "Andreas Fiedler <andreas.fiedler@netmail.example>",
            "Ihr Arbeitsrechtsstreit – Vorrang der Gewerkschaft",
            "2026-05-06 11:44")
    return body(m, T("""
        Sehr geehrter Herr Fiedler,

        Sie haben uns mitgeteilt, dass Sie seit 2012 Mitglied der IG Metall
        sind und die Gewerkschaft Ihnen für die Klage gegen die Abmahnungen
        Ihres Arbeitgebers (Rhön Präzisionsteile GmbH) ebenfalls Rechtsschutz
        angeboten hat.

        Nach § 5 unserer Bedingungen zum Arbeitsrechtsschutz ist der
        gewerkschaftliche Rechtsschutz vorrangig. Wir übernehmen deshalb nur
        die Kosten, die die Gewerkschaft nicht trägt – insbesondere die
        Differenz, wenn Sie statt des DGB-Rechtsschutzbüros einen eigenen
        Anwalt beauftragen, und einen Teil Ihrer Selbstbeteiligung.

        Bitte schicken Sie uns die Zusage des DGB-Rechtsschutzbüros, sobald Sie
        sie haben. Ihre Mitgliedschaft behandeln wir selbstverständlich
        vertraulich und speichern nur den Vermerk "gewerkschaftlicher
        Rechtsschutz vorrangig" zu Ihrem Vertrag RSV 3071 9930.

        """) + sig("marquardt"))


# ---- 0110 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "marketing: A/B test results of a motor insurance campaign with conversion rates and premiums; aggregates only")
def m0110():
    m = new(addr("menke"), "Account Team – Foxglove Digital <team@foxglove-digital.example>",
            "Motor campaign 'Wechselzeit' – A/B results and next steps",
            "2026-01-08 17:12")
    return body(m, T("""
        Hi Grace, hi Tom,

        the numbers from the November/December switching season are in:

          variant                         visits    quotes   policies   conv.
          A  "Save up to EUR 300"         41,220     6,904      1,118    2.71 %
          B  "Your claims-free years
              count double in year 1"     39,870     7,412      1,396    3.50 %

        Average annual premium of new policies: A EUR 512, B EUR 538. Variant B
        attracted slightly older drivers with more claims-free years, which the
        underwriters are happy about.

        For autumn 2026 we'd like to:
        1. keep variant B as the control,
        2. test a version with the new telematics discount,
        3. drop retargeting on the price comparison portals (cost per policy
           EUR 148 – too expensive).

        Can we meet in London on 29 January or by video?

        Best,
        Claudia
        Marketing & Communications, Rhönadler Versicherung AG
        """))


# ---- 0111 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "premium refund after cancellation of a named customer's annual trip-cancellation policy, with IBAN; no health")
def m0111():
    m = new("Rhönadler Customer Service <service@rhoenadler.example>",
            "Gabriel Lindholm <gabriel.lindholm@nordpost.example>",
            "Cancellation of your annual trip cancellation policy RS-RR-2207 4419",
            "2026-02-20 14:49")
    return body(m, T("""
        Dear Mr Lindholm,

        as requested, we have cancelled your annual trip cancellation policy
        RS-RR-2207 4419 with effect from 28 February 2026, because you are
        moving back to Sweden.

        You paid the annual premium of EUR 119.00 for the period 1 October 2025
        to 30 September 2026. For the unused seven months we refund EUR 69.42
        to the account the premium was collected from:
        """) + "  " + iban("DE", "10010010" + "0987654321") + "\n" + T("""
        There were no claims under the policy.

        We wish you all the best in Gothenburg.

        Kind regards
        Rhönadler Customer Service
        """) + "\n" + FOOT_EN)


# ---- 0112 ---------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-company",
      "trap: building damage at a private clinic (commercial property): roof leak above the operating wing, repair and sprinkler; no patients")
def m0112():
    m = new(addr("brinkmann"), "Technische Leitung Rhönklinik Sankt Lioba GmbH <technik@rhoenklinik-lioba.example>",
            "Dachschaden über dem OP-Trakt – Freigabe Notreparatur",
            "2026-02-10 12:36")
    return body(m, T("""
        Sehr geehrte Damen und Herren,

        vielen Dank für die schnelle Meldung des Sturmschadens am Flachdach
        über dem OP-Trakt (Gebäude B) Ihrer Klinik. Zur Sachversicherung
        GW 320 118 der Rhönklinik Sankt Lioba GmbH:

        - Die Notreparatur der Dachabdichtung durch die Firma Dachtechnik Rhön
          geben wir bis 18.000 € frei.
        - Ihr Hinweis, dass Wasser in den Technikraum über OP-Saal 2 gelaufen
          ist und der Saal deshalb zwei Tage gesperrt war, ist notiert. Die
          Mehrkosten für die Verlegung der Operationen in Saal 3 und 4
          (Überstunden, Reinigung) sind über die Betriebsunterbrechung
          versichert; bitte die Kosten gesammelt nachweisen.
        - Die Prüfung der Sprinklerzentrale durch den VdS-Sachverständigen
          sollte vor der nächsten Frostperiode erfolgen.

        Patientenbezogene Unterlagen benötigen wir für diesen Schaden nicht.

        Unser Sachverständiger meldet sich zur Terminabstimmung.

        """) + sig("brinkmann"))


# ---- 0113 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "body only says done; the quoted customer mail carries her full IBAN and contract number (home contents)")
def m0113():
    m = new("Kundenservice Rhönadler <service@rhoenadler.example>",
            "Svetlana Gräf <svetlana.graef@funkpost.example>",
            "AW: neue Kontoverbindung",
            "2026-03-10 13:51",
            irt="<sg-konto-0309@funkpost.example>")
    return body(m, T("""
        Guten Tag Frau Gräf,

        danke, ist erledigt. Ab April buchen wir vom neuen Konto ab.

        Ihr Kundenservice
        Rhönadler Versicherung AG

        """) + "-----Ursprüngliche Nachricht-----\nVon: Svetlana Gräf <svetlana.graef@funkpost.example>\nGesendet: Montag, 9. März 2026 21:14\nAn: service@rhoenadler.example\nBetreff: neue Kontoverbindung\n\n" + T("""
        Hallo, bitte ab sofort für meine Hausratversicherung HR 512 9901
        dieses Konto nehmen:
        """) + iban("DE", "50050201" + "1240558812", grouped=False) + "\nKontoinhaberin Svetlana Gräf\nDanke und Gruß\n")


# ---- 0114 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German forward to accounting of an English hospital invoice mail from Hurghada (child with gastroenteritis and dehydration) attached as message")
def m0114():
    m = new(addr("wendland"), "Buchhaltung Leistung Reise <buchhaltung-reise@rhoenadler.example>",
            "WG: Invoice El Gouna Hospital – patient Mila Brückner – bitte zahlen",
            "2026-04-09 10:14")
    body(m, T("""
        Hallo Buchhaltung,

        bitte die Rechnung aus der angehängten Mail zahlen: USD 2.380,00 an
        das El Gouna Hospital, Kostenübernahme lag vor (RS-26-0688, max.
        USD 3.000). Bankverbindung steht in der Rechnung, Verwendungszweck
        "INV 26-11842 / BRUECKNER".

        Danke
        Tobias
        """))
    inner_m = inner("Billing Department El Gouna Hospital <billing@elgouna-hospital.example>",
                    "notruf@rhoenadler.example",
                    "Invoice INV 26-11842 – BRUECKNER Mila",
                    "2026-04-08 13:05",
                    T("""
                    Dear Sirs,

                    please find below our invoice for your insured patient.

                    Patient: Mila BRUECKNER, female, 4 years, DOB 17/09/2021
                    Guarantee: Rhönadler RS-26-0688 (USD 3,000)
                    Admission: 03/04/2026 – Discharge: 06/04/2026
                    Diagnosis: acute gastroenteritis with moderate dehydration
                    Treatment: IV rehydration, ondansetron, stool culture
                    (Salmonella negative), paediatric ward, mother rooming-in

                    Room and board 3 nights        USD 1,050.00
                    Paediatrician visits           USD   480.00
                    Laboratory                     USD   310.00
                    Medication and IV fluids       USD   540.00
                    Total                          USD 2,380.00

                    Bank: National Bank of Egypt, Hurghada branch
                    Account: 1290 0014 8822 071, SWIFT NBEGEGCX229

                    Best regards,
                    Billing Department
                    """))
    fwd(m, inner_m)
    return m


# ---- 0115 ---------------------------------------------------------------
@mail("NORMAL", "mixed", "internal",
      "bilingual IT security warning about a phishing wave faking hospital invoices; no real person or invoice")
def m0115():
    m = new("IT-Sicherheit <it-sicherheit@rhoenadler.example>",
            "Alle Mitarbeitenden <alle@rhoenadler.example>",
            "Achtung Phishing / Phishing alert: gefälschte Krankenhausrechnungen",
            "2026-05-26 14:20",
            extra=[("Importance", "high")])
    return body(m, T("""
        Liebe Kolleginnen und Kollegen,

        seit heute Mittag erreichen uns Mails, die angeblich von
        Krankenhäusern im Ausland kommen ("Urgent: unpaid invoice for your
        insured patient"). Sie enthalten einen Link zu einem angeblichen
        Rechnungsportal oder eine ZIP-Datei "invoice_scan.zip".

        - Link nicht anklicken, Anhang nicht öffnen.
        - Die Mail über den Button "Phishing melden" in Outlook melden.
        - Echte Rechnungen kommen bei uns über Meridian Assist oder mit einer
          bekannten Fallnummer (RS-26-...). Im Zweifel beim Notruf-Team
          nachfragen.

        Wer schon geklickt hat: bitte sofort den IT-Servicedesk anrufen (-1800).

        ---

        Dear colleagues,

        since noon we are receiving e-mails pretending to come from hospitals
        abroad ("Urgent: unpaid invoice for your insured patient") with a link
        or a ZIP file "invoice_scan.zip". Do not click, do not open, report it
        with the "Report phishing" button. Genuine invoices come via Meridian
        Assist or quote a known case number. If you clicked already, call the
        IT service desk immediately (ext. 1800).

        Ihre IT-Sicherheit / IT Security
        """))


# ---- 0116 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only motor premium invoice for a named customer: plate, policy, no-claims class, masked IBAN; no health")
def m0116():
    m = new("Rhönadler Beitragsservice <beitrag@rhoenadler.example>",
            "Ingo Rattay <ingo.rattay@netmail.example>",
            "Ihre Beitragsrechnung Kfz 2026",
            "2026-01-05 05:30")
    html = T("""
        <html><body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Sehr geehrter Herr Rattay,</p>
        <p>hier ist Ihre Beitragsrechnung für das Versicherungsjahr 2026.</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr><td>Vertrag</td><td>KF 44 226 0471</td></tr>
        <tr><td>Fahrzeug</td><td>Ford Kuga 2.5 PHEV, FD-IR 660</td></tr>
        <tr><td>Versicherungsnehmer</td><td>Ingo Rattay, Am Aschenberg 22, 36039 Fulda</td></tr>
        <tr><td>Haftpflicht (SF 18, 28 %)</td><td>214,36 €</td></tr>
        <tr><td>Vollkasko (SF 15, 31 %, SB 300 €)</td><td>388,92 €</td></tr>
        <tr><td>Schutzbrief</td><td>12,90 €</td></tr>
        <tr><td><b>Jahresbeitrag inkl. Versicherungsteuer</b></td><td><b>615,18 €</b></td></tr>
        <tr><td>Abbuchung am</td><td>01.02.2026 von DE54 **** **** **** **38 17</td></tr>
        </table>
        <p>Sie müssen nichts weiter tun.</p>
        <p>Ihr Beitragsservice<br>Rhönadler Versicherung AG · Rhönadler-Platz 1 · 36037 Fulda</p>
        </body></html>
        """)
    return body(m, html, subtype="html")


# ---- 0117 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "genetic data: life insurance applicant with father's Huntington's disease asks about disclosure; personal answer about her predictive testing")
def m0117():
    m = new(addr("demir"), "Rachel Adeyemi-Schulz <rachel.as@mailbox-ffm.example>",
            "Re: Do I have to tell you about my father's Huntington's?",
            "2026-02-26 12:19",
            irt="<ras-hd-0224@mailbox-ffm.example>")
    return body(m, T("""
        Dear Ms Adeyemi-Schulz,

        thank you for your open question about your application for disability
        and term life cover (application L-A 26-10422).

        German law (the Genetic Diagnostics Act) protects you here: we may
        not ask for or use the results of predictive genetic tests, and you do
        not have to take one. This applies to your policy as long as the sum
        insured is below EUR 300,000 for life cover and the annual pension
        below EUR 30,000 for disability cover – both of which is the case for
        your application.

        Your father's Huntington's disease itself is family history. Our
        questionnaire does not ask about family history, so you do not have to
        mention it. What you do have to answer are the questions about your
        own health: if you have any symptoms or have seen a neurologist
        yourself, please state that.

        You told us you have decided not to be tested for now. That decision
        has no influence on our assessment, and we will not record this
        correspondence in your underwriting file beyond the fact that you asked
        a question.

        """) + sig("demir", "en"))


# ---- 0118 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: training material with an anonymised repatriation case study (age band, no names or dates); nobody identifiable")
def m0118():
    m = new(addr("ambrosius"), "Neue Kolleginnen und Kollegen Reise <einarbeitung-reise@rhoenadler.example>",
            "Einarbeitung Woche 3: Fallstudie Rücktransport (anonymisiert)",
            "2026-06-10 08:15")
    return body(m, T("""
        Liebe Neue im Team,

        für unsere Schulung am Donnerstag bitte die folgende Fallstudie lesen.
        Sie ist aus mehreren echten Fällen zusammengesetzt und verändert;
        Namen, Daten und Orte sind erfunden oder weggelassen.

        Fallstudie "Ein Sturz in den Bergen"

        Ein Mann Anfang 70 stürzt auf einer Wanderreise in Südeuropa und bricht
        sich den Oberschenkelhals. Das örtliche Krankenhaus will am nächsten Tag
        operieren, die Ehefrau möchte, dass er "zu Hause" operiert wird, und
        ruft nachts den Notruf an.

        Fragen für die Diskussion:
        1. Was muss die Kollegin am Notruf in den ersten 15 Minuten klären?
        2. Wer entscheidet über "Operation vor Ort oder Rücktransport", und
           nach welchen Kriterien (Stichwort "medizinisch sinnvoll")?
        3. Was steht in der Kostenübernahme an das Krankenhaus – und was nicht?
        4. Wie sprechen wir mit der Ehefrau, wenn die Ärzte gegen den
           sofortigen Transport sind?
        5. Welche Unterlagen brauchen wir hinterher, und wie kommen sie sicher
           zu uns?

        Bitte keine echten Fälle aus dem System in die Schulung mitbringen.

        Bis Donnerstag!
        Jutta Ambrosius
        """))


# ---- 0119 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "seasonal motorcycle plate policy for a named customer with birth date and plate; no health")
def m0119():
    m = new(addr("salzmann"), "Ruben Faltermeier <ruben.faltermeier@funkpost.example>",
            "Saisonkennzeichen für Ihre Ducati – Vertrag angepasst",
            "2026-03-02 16:56",
            irt="<rf-saison-0228@funkpost.example>")
    return body(m, T("""
        Moin Herr Faltermeier,

        ich habe Ihren Vertrag umgestellt:

          Versicherungsnehmer:  Ruben Faltermeier, geb. 19.07.1979
          Fahrzeug:             Ducati Monster 937, FD-RF 79 (Saison 04–10)
          Vertrag:              KR 45 102 3380
          Haftpflicht SF 9, Teilkasko SB 150 €
          Beitrag Saison 2026:  238,40 €

        Außerhalb der Saison besteht Ruheversicherung – das Motorrad darf dann
        nur in der Garage stehen, nicht am Straßenrand.

        Gute Fahrt in die Saison!

        """) + sig("salzmann"), flowed=True, cte="8bit")


# ---- 0120 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: statistics on motor claims frequency and average costs for a European insurance association survey; aggregates only")
def m0120():
    m = new(addr("focke"), "Statistics Unit – European Regional Insurers Forum <stats@erif.example>",
            "ERIF survey 2026 – motor claims data Rhönadler",
            "2026-05-28 09:47")
    return body(m, T("""
        Dear colleagues,

        here are our figures for the ERIF motor survey (reference year 2025,
        private cars, Germany only):

          insured vehicle years                 212,480
          third-party liability
            claims frequency (per 1,000)             51.3
            of which bodily injury (per 1,000)        4.9
            average cost, property damage       EUR 4,410
            average cost, bodily injury         EUR 21,870
          comprehensive (own damage)
            claims frequency (per 1,000)             92.7
            average cost                        EUR 3,120
          glass claims, share of partial cover       48 %
          wildlife collisions (per 1,000)             9.4

        All figures are portfolio aggregates. As in previous years we cannot
        provide data at postcode level below 1,000 vehicle years.

        Kind regards
        Bernd Focke
        Actuarial, Rhönadler Versicherung AG
        """))


# ---- 0121 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "broker asked about a named customer's stolen luggage in Barcelona; reply with claim number, items and payout; no health")
def m0121():
    m = new(addr("ambrosius"), "Marius Voss <m.voss@kessler-voss.example>",
            "AW: Reisegepäck Barcelona – Kunde Florian Weckesser",
            "2026-06-12 15:25",
            irt="<mv-gepaeck-0611@kessler-voss.example>")
    return body(m, T("""
        Hallo Herr Voss,

        zum Gepäckschaden Ihres Kunden Herrn Florian Weckesser
        (RS-GP-5521 6603, Schaden RS-G-26-1022):

        Der Rucksack wurde ihm am 30.05. auf der Terrasse eines Cafés an der
        Rambla gestohlen; die Anzeige bei den Mossos d'Esquadra liegt vor.
        Inhalt laut Liste: Kamera Fujifilm X-T5 mit Objektiv (1.890 €),
        Sonnenbrille (180 €), Kopfhörer (250 €), Reisepass.

        Für die Kamera gilt die Grenze für Foto- und Videoausrüstung von 50 %
        der Versicherungssumme, also 750 €. Die übrigen Sachen zahlen wir zum
        Zeitwert (310 €), die Kosten für den Ersatzpass (Konsulat Barcelona,
        62 €) ebenfalls. Gesamt: 1.122 €, Überweisung auf das bekannte Konto.

        Hinweis für Ihren Kunden: Wertsachen, die unbeaufsichtigt zurück-
        gelassen werden, sind nicht versichert – hier lag der Rucksack laut
        Anzeige neben ihm am Stuhl, das ist noch in Ordnung.

        Viele Grüße
        Jutta Ambrosius
        Leistung Reise & Ausland
        """))


# ---- 0122 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurance premium arrears of a named insured, emergency tariff (Notlagentarif) warning; health contract of a person")
def m0122():
    m = new("Beitragsservice Kranken <beitrag-kv@rhoenadler.example>",
            "Heiko Sandrock <heiko.sandrock@netmail.example>",
            "Zweite Mahnung – Beitragsrückstand Krankenversicherung KV 3318 7701",
            "2026-04-14 07:00")
    return body(m, T("""
        Sehr geehrter Herr Sandrock,

        für Ihre private Krankenversicherung KV 3318 7701 (Tarife Vital Basis
        und Krankentagegeld KT 43) sind folgende Beiträge offen:

          Februar 2026     612,38 €
          März 2026        612,38 €
          April 2026       612,38 €
          Säumniszuschläge  18,37 €
          gesamt         1.855,51 €

        Wenn der Rückstand nicht innerhalb von zwei Monaten nach Zugang dieser
        Mahnung ausgeglichen ist, ruht Ihr Vertrag und Sie werden nach § 193
        Abs. 7 VVG in den Notlagentarif umgestellt. Dann erstatten wir nur noch
        Aufwendungen für akute Erkrankungen und Schmerzzustände sowie bei
        Schwangerschaft und Mutterschaft.

        Wenn Sie Bürgergeld oder Grundsicherung beziehen oder dadurch hilfe-
        bedürftig würden, teilen Sie uns das bitte mit – dann gelten andere
        Regeln. Sprechen Sie uns auch gern auf eine Ratenzahlung an.

        Ihr Beitragsservice
        Rhönadler Krankenversicherung AG
        """) + "\n" + FOOT_DE)


# ---- 0123 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "out-of-office auto-reply in English of the expat underwriter; no content")
def m0123():
    m = new(addr("feldhaus"), "Recruitment Desk – Horizon Relocation <desk@horizon-relocation.example>",
            "Automatic reply: Group quote for 12 assignees – Vietnam",
            "2026-05-15 18:01",
            irt="<hr-quote-0515@horizon-relocation.example>",
            extra=[("Auto-Submitted", "auto-replied")])
    return body(m, T("""
        Thank you for your e-mail.

        I am on leave until 26 May and will not be reading e-mails. For new
        group quotes and underwriting questions on WorldCover Expat, please
        contact worldcover.underwriting@rhoenadler.example; my colleagues
        will reply within two working days.

        For claims and medical emergencies abroad, please call our 24/7 line
        on +49 661 9080-2424.

        Jonas Feldhaus
        Underwriting, WorldCover Expat
        Rhönadler Versicherung AG
        """))


# ---- 0124 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English mail to a named yacht owner quoting the German marina's damage report: policy, boat, damage, payment; no injuries")
def m0124():
    m = new(addr("brinkmann"), "Alistair Pennington <a.pennington@harbourmail.example>",
            "Your yacht 'Seraphine' – storm damage Heiligenhafen – claim Y-26-0031",
            "2026-04-24 11:39")
    return body(m, T("""
        Dear Mr Pennington,

        the marina in Heiligenhafen has sent us their damage report (see the
        German original below). In short: during the storm on 9 April a
        neighbouring mooring line broke, and your Hallberg-Rassy 340
        "Seraphine" was pushed against the pier. The gelcoat on the starboard
        bow is damaged and a stanchion is bent. Nobody was on board.

        Under your yacht hull policy (YK 900 4472, agreed value EUR 168,000,
        deductible EUR 500) the repair is covered. The yard's estimate of
        EUR 3,870 is reasonable; we will pay EUR 3,370 to you once the repair
        invoice arrives. We will seek recovery from the owner of the
        neighbouring boat.

        """) + sig("brinkmann", "en") + "\n" + quote(T("""
        Schadensbericht Marina Heiligenhafen, Steg C, 10.04.2026
        Liegeplatz C 17, Yacht "Seraphine", Eigner Alistair Pennington
        In der Nacht 09./10.04. Sturm Bft 9 aus NW. Achterleine der Yacht auf
        C 16 gebrochen, diese trieb gegen "Seraphine", die gegen den Steg
        gedrückt wurde. Schäden: Gelcoat Steuerbord vorn ca. 60 cm, Relingsstütze
        verbogen, Fender geplatzt. Keine Personen an Bord.
        Hafenmeister J. Clausen
        """)))


# ---- 0125 ---------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: company sports offer (fitness, back training, running group) for all staff in English; no individual's health")
def m0125():
    m = new("Company Sports Rhönadler <betriebssport@rhoenadler.example>",
            "International colleagues <international@rhoenadler.example>",
            "New: back fitness course and running group – sign up",
            "2026-03-09 12:00")
    return body(m, T("""
        Dear colleagues,

        for everyone who prefers English, here is our spring programme:

        - Back fitness ("Rückenfit"), Tuesdays 17:15, gym building A,
          10 sessions from 14 April. Certified course – most health insurers
          reimburse 80 % of the fee of EUR 60.
        - Running group for beginners, Thursdays 17:30 at the Aue park,
          goal: 5 km at the Fulda city run in June.
        - Discounted membership at FitPlus studios: EUR 19.90 a month instead of
          EUR 39.90 (company contract).

        No health questionnaire, no medical certificate needed. If you have
        any doubts about your fitness, please check with your own doctor.

        Sign up on the intranet page "Company sports".

        Sporty regards,
        Your company sports team
        """))


# ---- 0126 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "calendar invitation (ICS) for a case conference on repatriating a named insured with spinal injury from Phuket; German body, English description for the partner")
def m0126():
    m = new(addr("wendland"), addr("hain"),
            "Fallkonferenz Rücktransport Kessler-Ahrens (RS-26-0731) – morgen 08:30",
            "2026-04-28 17:45",
            cc=addr("ambrosius") + ", Meridian Assist Operations <ops@meridian-assist.example>")
    body(m, T("""
        Hallo zusammen,

        Einladung für morgen früh, Einwahl steht im Termin. Die Beschreibung
        ist auf Englisch, weil Meridian Singapur mit drin ist.

        Tobias
        """))
    att(m, ics("rs-26-0731-conf@rhoenadler.example", "20260429T083000", "20260429T090000",
               "Case conference RS-26-0731 KESSLER-AHRENS – repatriation Phuket",
               "Patient: Dennis Kessler-Ahrens, 34, policy RS-AKV-8802 3317.\n"
               "Motorbike accident Phuket 25 Apr: fracture of T12 with incomplete spinal cord injury, "
               "stabilised (posterior fixation T11-L1) at Phuket Bay Hospital 26 Apr. Sensory deficit legs, "
               "bladder catheter. Questions: air ambulance vs. stretcher on scheduled flight; receiving centre "
               "BG Klinik Frankfurt (spinal unit) has a bed from 4 May; alcohol exclusion? (police report: "
               "blood alcohol not tested).\nDial-in: https://meet.rhoenadler.example/j/731731",
               location="Online / Raum Wasserkuppe", organizer="tobias.wendland@rhoenadler.example",
               attendees=["cornelius.hain@rhoenadler.example", "jutta.ambrosius@rhoenadler.example",
                          "ops@meridian-assist.example"]),
        "Fallkonferenz_RS-26-0731.ics")
    return m


# ---- 0127 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "rent deposit guarantee for a named tenant with net income and employer (income data), landlord and amount; no health")
def m0127():
    m = new(addr("brinkmann"), "Leonie Dreher <leonie.dreher@funkpost.example>",
            "Mietkautionsbürgschaft – Zusage",
            "2026-05-19 10:23")
    return body(m, T("""
        Liebe Frau Dreher,

        gute Nachrichten: Wir übernehmen die Mietkautionsbürgschaft für Ihre
        neue Wohnung.

          Bürgschaftsnehmerin: Leonie Dreher, geb. 23.04.1997
          Vermieter:           Herr Wilfried Sommerlad, Löherstraße 18, 36037 Fulda
          Kaution:             2.310 € (drei Nettokaltmieten à 770 €)
          Jahresbeitrag:       115,50 € (5 % der Bürgschaftssumme)
          Vertrag:             MK 870 0552

        Geprüft haben wir Ihre Angaben aus dem Antrag: unbefristete Anstellung
        als Erzieherin bei der Stadt Fulda seit 2021, Nettoeinkommen laut
        Gehaltsnachweisen 2.486 € im Monat, keine negativen Einträge bei der
        Auskunftei.

        Die Bürgschaftsurkunde schicken wir dem Vermieter direkt im Original
        zu.

        """) + sig("brinkmann"))


# ---- 0128 ---------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to the supervisory authority about solvency and outsourcing of travel assistance; company figures only")
def m0128():
    m = new("Risikomanagement Rhönadler <risikomanagement@rhoenadler.example>",
            "Referat VA 21 <va21@bafin.example>",
            "Ihr Schreiben vom 12.05.2026 – Ausgliederung Assistance-Leistungen (Gz. VA 21-I 5000-2026/0418)",
            "2026-06-03 15:00")
    return body(m, T("""
        Sehr geehrte Damen und Herren,

        zu Ihren Fragen vom 12.05.2026 nehmen wir wie folgt Stellung:

        1. Die Ausgliederung der Notruf- und Assistance-Leistungen an die
           Meridian Assist GmbH, München, ist eine wichtige Ausgliederung im
           Sinne von § 32 VAG. Die Anzeige erfolgte am 14.03.2022; die
           Verlängerung bis 2030 (Nachtrag 4) werden wir vor Unterzeichnung
           gesondert anzeigen.
        2. Die Weiterverlagerung von Tätigkeiten an die Meridian Assist Asia
           Pte. Ltd., Singapur, betrifft ausschließlich die telefonische
           Fallbetreuung in der Nachtzeit. Eine Transferfolgenabschätzung ist
           in Arbeit.
        3. Notfallplan: Bei Ausfall des Dienstleisters übernimmt unser eigenes
           Team Reise-Notruf mit Rufbereitschaft; getestet zuletzt am 11.11.2025.
        4. Auswirkung auf die Solvabilität: Die Assistance-Kosten betragen rund
           2,1 Mio. Euro im Jahr; ein Ausfall hätte keine wesentliche
           Auswirkung auf die SCR-Bedeckung (214 % zum 31.12.2025).

        Für Rückfragen stehen wir gern zur Verfügung.

        Mit freundlichen Grüßen
        Dr. Felix Anschütz
        Leiter Risikomanagement
        Rhönadler Versicherung AG
        """))


# ---- 0129 ---------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: monthly travel claims dashboard (XLSX) with case counts, costs and top destinations as aggregates; no case")
def m0129():
    m = new(addr("focke"), "Travel & International team <travel-intl@rhoenadler.example>",
            "Travel claims dashboard – May 2026",
            "2026-06-05 08:50")
    body(m, T("""
        Hi all,

        the May dashboard is attached. Headlines:

        - 3,912 claims reported (May 2025: 3,540), 61 % trip cancellation.
        - Medical abroad: 708 claims, average cost EUR 1,184; 19 repatriations.
        - Top destinations for medical claims: Spain, Turkey, Italy, Egypt,
          Greece.
        - Guarantees of payment: median turnaround 38 minutes.

        No individual cases in the file – if you need a drill-down, ask me and
        we'll do it in the claims system.

        Bernd
        """))
    att(m, xlsx([("May 2026", [
        ["Section", "Claims reported", "Claims paid", "Paid EUR", "Avg EUR", "vs. May 2025"],
        ["Trip cancellation", 2386, 1904, 1522400, 800, "+9 %"],
        ["Trip interruption", 288, 231, 239900, 1039, "+4 %"],
        ["Medical abroad", 708, 642, 760100, 1184, "+14 %"],
        ["Baggage", 418, 337, 151650, 450, "+2 %"],
        ["Rental car excess", 112, 98, 71540, 730, "-3 %"],
    ]), ("Destinations (medical)", [
        ["Country", "Claims", "Share"],
        ["Spain", 164, "23 %"], ["Turkey", 121, "17 %"], ["Italy", 77, "11 %"],
        ["Egypt", 62, "9 %"], ["Greece", 58, "8 %"], ["other", 226, "32 %"],
    ])], title="Travel dashboard May 2026"), "Travel_Dashboard_2026-05.xlsx")
    return m


# ---- 0130 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's own mail (forwarded as attached message) about her hearing aids: hearing loss, audiologist invoice, ENT prescription")
def m0130():
    m = new("Posteingang Kranken <kv-posteingang@rhoenadler.example>",
            addr("gerlach"),
            "WG: Hörgeräte – Rechnung und Verordnung",
            "2026-03-27 09:14")
    body(m, T("""
        Zur Bearbeitung (Hilfsmittel, KV 5120 0984). Originalmail hängt an,
        die PDF-Anhänge der Kundin sind im Scanarchiv unter derselben Nummer.

        Posteingang Kranken
        """))
    inner_m = inner("Ursula Menges <ursula.menges@sonnenmail.example>",
                    "kv-posteingang@rhoenadler.example",
                    "Hörgeräte – Rechnung und Verordnung",
                    "2026-03-26 19:32",
                    T("""
                    Sehr geehrte Damen und Herren,

                    anbei die Rechnung von Hörakustik Lauterbach über meine neuen
                    Hörgeräte (beidseits, Phonak Audéo Lumity L90) über 5.480 €
                    und die Verordnung meines HNO-Arztes Dr. Keil. Er hat eine
                    mittelgradige Innenohrschwerhörigkeit beidseits festgestellt
                    (links schlechter), meine alten Geräte sind jetzt sieben Jahre
                    alt. Ich bin bei Ihnen versichert unter KV 5120 0984.

                    Bitte erstatten Sie auf mein bekanntes Konto.

                    Mit freundlichen Grüßen
                    Ursula Menges
                    Am Goldberg 7, 36119 Neuhof
                    """))
    fwd(m, inner_m, filename="Hoergeraete_Menges.eml")
    return m


# ---- 0131 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "legal expenses neighbour dispute (hedge, noise) of a named customer: cover decision, address, policy; no health")
def m0131():
    m = new(addr("marquardt"), "Peter Okonkwo-Lang <peter.ol@inbox.example>",
            "Your dispute with your neighbour – legal expenses cover RSV 3071 6654",
            "2026-05-21 14:40")
    return body(m, T("""
        Dear Mr Okonkwo-Lang,

        thank you for explaining the dispute with your neighbour, Mr Gerd
        Rübsam, about the hedge along the boundary of your property at
        Bronnzeller Straße 45, Fulda, and the noise from his heat pump.

        Your legal expenses policy includes the "residential property" module,
        so disputes with neighbours are covered. Before going to court, Hesse
        requires an attempt at conciliation (Schiedsamt) for neighbour disputes
        of this kind; we pay the fee for that (about EUR 75) and, if it fails,
        the costs of a lawyer and court proceedings, less your deductible of
        EUR 250.

        We can also offer you a telephone mediation through our partner
        Konfliktlotsen Hessen free of charge and without deductible. Many
        neighbour disputes are settled that way.

        Please let me know how you would like to proceed.

        """) + sig("marquardt", "en"))


# ---- 0132 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answer to a journalist about hail claims statistics in the region; aggregates, no policyholder")
def m0132():
    m = new(addr("menke"), "Katharina Wilde <k.wilde@hessen-wetterdienst-news.example>",
            "Re: Your question on hail claims in East Hesse",
            "2026-06-18 16:12",
            irt="<kw-hagel-0618@hessen-wetterdienst-news.example>")
    return body(m, T("""
        Dear Ms Wilde,

        thank you for your enquiry. Here are the figures you asked for on the
        hailstorm of 14 June:

        - claims reported so far: 2,940 (motor 2,110, buildings 760, other 70)
        - estimated claims cost: EUR 11.5 million, of which EUR 7.2 million motor
        - most affected areas: Fulda-Süd, Künzell, Eichenzell, Petersberg
        - average motor hail claim: EUR 3,400; largest single building claim
          in the order of EUR 180,000 (a commercial greenhouse)

        We have set up a drive-in hail assessment centre at the Esperanto hall
        car park from 22 June. Customers can book a slot online.

        We do not give out any information on individual customers, but
        Dr. Eschwege is available for a short interview on Friday.

        Best regards,
        Claudia Menke
        Press Office, Rhönadler Versicherung AG
        """))


# ---- 0133 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "HR internal: named employee's salary increase and new gross salary (income data); no health")
def m0133():
    m = new(addr("krueger"), "Dr. Harald Kähler <harald.kaehler@rhoenadler.example>",
            "Gehaltsanpassung Leonie Jahn zum 01.07.",
            "2026-06-16 11:08")
    return body(m, T("""
        Hallo Herr Dr. Kähler,

        die Gehaltsanpassung für Frau Leonie Jahn (Personalnr. 40871, Notruf
        Reise) ist vom Vorstand freigegeben:

          bisher:  Tarifgruppe VII, 4.612 € brutto/Monat
          neu ab 01.07.2026:  Tarifgruppe VIII, 5.028 € brutto/Monat
          zusätzlich Rufbereitschaftspauschale unverändert 380 €/Monat

        Das Schreiben an Frau Jahn geht morgen per Hauspost raus. Bitte sprechen
        Sie vorher noch persönlich mit ihr – sie weiß es noch nicht.

        Viele Grüße
        Nadine Krüger
        Personal
        """))


# ---- 0134 ---------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: summer promotion mailing for travel insurance (discount code, prices, emergency help); no person")
def m0134():
    m = new("Rhönadler Reiseschutz <angebote@rhoenadler.example>",
            "kundennewsletter@lists.rhoenadler.example",
            "Nur im Juni: 15 % auf den Jahres-Reiseschutz",
            "2026-06-01 07:30",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://www.rhoenadler.example/abmelden?l=reise>")])
    text = T("""
        Sommer, Sonne, sicher unterwegs!

        Nur bis 30. Juni: 15 % Rabatt auf den Jahres-Reiseschutz Komfort und
        Premium mit dem Code SOMMER26.

        Was drin ist:
        * Reiserücktritt und Reiseabbruch, zum Beispiel bei plötzlicher
          Krankheit oder Unfall
        * Auslandsreise-Krankenversicherung mit 24-Stunden-Notruf
        * Rücktransport, wenn es medizinisch sinnvoll ist
        * Reisegepäck und Mietwagen-Selbstbeteiligung (Premium)

        Jahres-Reiseschutz Komfort Familie: statt 99 € nur 84,15 €
        Jahres-Reiseschutz Premium Familie:  statt 169 € nur 143,65 €

        Jetzt abschließen: https://www.rhoenadler.example/reise?code=SOMMER26

        Abmelden: https://www.rhoenadler.example/abmelden?l=reise
        Rhönadler Versicherung AG, Rhönadler-Platz 1, 36037 Fulda
        """)
    html = T("""
        <html><body style="font-family:Verdana,sans-serif;max-width:620px">
        <h1 style="color:#e67e22">Sommer, Sonne, sicher unterwegs!</h1>
        <p>Nur bis 30. Juni: <b>15 % Rabatt</b> auf den Jahres-Reiseschutz mit dem Code <b>SOMMER26</b>.</p>
        <table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
        <tr><th>Tarif (Familie)</th><th>regulär</th><th>im Juni</th></tr>
        <tr><td>Komfort</td><td>99,00 €</td><td>84,15 €</td></tr>
        <tr><td>Premium</td><td>169,00 €</td><td>143,65 €</td></tr>
        </table>
        <ul><li>Reiserücktritt und Reiseabbruch, z. B. bei plötzlicher Krankheit oder Unfall</li>
        <li>Auslandsreise-Krankenversicherung mit 24-Stunden-Notruf</li>
        <li>Rücktransport, wenn medizinisch sinnvoll</li></ul>
        <p><a href="https://www.rhoenadler.example/reise?code=SOMMER26">Jetzt abschließen</a></p>
        <p style="font-size:8pt"><a href="https://www.rhoenadler.example/abmelden?l=reise">Abmelden</a></p>
        </body></html>
        """)
    return alt(m, text, html)


# ---- 0135 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English letter to the beneficiary of a term life policy quoting the German death certificate (cause of death) of the named insured")
def m0135():
    m = new(addr("stahl"), "Eleanor Fitzgerald-Brandt <eleanor.fb@thistlemail.example>",
            "Life insurance of your late husband – payment of the death benefit",
            "2026-05-29 10:57")
    return body(m, T("""
        Dear Mrs Fitzgerald-Brandt,

        please accept our sincere condolences on the death of your husband,
        Mr Matthias Brandt.

        We have received the death certificate and the confidential medical
        part of it (the German text is quoted below for your records). Your
        husband's term life policy L-T 2270 8815 was taken out in 2019; the
        two-year period in which we would have had to examine the health
        declarations has therefore long expired, and no further documents are
        needed.

        We will pay the death benefit of EUR 250,000.00 to you as the named
        beneficiary. Please send us your bank details by letter or through the
        secure mailbox; please do not send them by ordinary e-mail.

        """) + sig("stahl", "en") + "\n" + quote(T("""
        Todesbescheinigung – vertraulicher Teil
        Name: Brandt, Matthias, geb. 03.12.1968, verst. 11.05.2026, Fulda
        Unmittelbare Todesursache: Kammerflimmern
        als Folge von: akutem Vorderwandinfarkt
        Grundleiden: koronare Herzkrankheit
        Todesart: natürlicher Tod
        """)))


# ---- 0136 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer to a broker: CSV (windows-1252) with named customers, addresses, birth dates and non-personal-line contracts")
def m0136():
    m = new(addr("rautenberg"), "Anja Kessler <a.kessler@kessler-voss.example>",
            "Bestandsübertragung Agentur Hofmann – Ihre Kunden ab 01.07.",
            "2026-06-09 13:30")
    body(m, T("""
        Hallo Frau Kessler,

        wie vereinbart übertragen wir zum 01.07. die Sachverträge aus dem
        Bestand der Agentur Hofmann (Ruhestand) auf Ihre Firma. Die Kunden
        haben der Übertragung zugestimmt. Anbei die Liste im CSV-Format für
        Ihren Import ins MVP (Zeichensatz Windows-1252, Trennzeichen
        Semikolon, wie von Ihrer IT gewünscht).

        Kranken- und Lebensverträge sind nicht dabei; die gehen gesondert über
        das sichere Postfach, sobald die Kunden dort ebenfalls zugestimmt haben.

        Viele Grüße
        Anja Rautenberg
        Maklerbetreuung Region Mitte
        """))
    rows = [["Kundennr", "Name", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Ort", "Vertrag", "Sparte", "Jahresbeitrag"],
            ["K-118822", "Hofacker", "Gerhard", "14.03.1958", "Mühlweg 4", "36132", "Eiterfeld", "WG 88 410 1120", "Wohngebäude", "612,40"],
            ["K-118822", "Hofacker", "Gerhard", "14.03.1958", "Mühlweg 4", "36132", "Eiterfeld", "KF 44 102 7781", "Kfz", "488,10"],
            ["K-120954", "Schäfer", "Ines", "02.11.1979", "Lindenstraße 21", "36088", "Hünfeld", "HR 510 2291", "Hausrat", "138,00"],
            ["K-121077", "Borowski", "Jürgen", "27.06.1964", "Am Anger 2", "36137", "Großenlüder", "PH 600 9912", "Privathaftpflicht", "79,00"],
            ["K-121077", "Borowski", "Jürgen", "27.06.1964", "Am Anger 2", "36137", "Großenlüder", "RSV 3070 4418", "Rechtsschutz", "342,00"],
            ["K-123340", "Weiß", "Dörte", "09.09.1986", "Schloßstraße 8", "36088", "Hünfeld", "KF 44 188 0273", "Kfz", "702,55"]]
    att(m, csvtext(rows), "Bestand_Hofmann_an_KesslerVoss.csv", charset="windows-1252")
    return m


# ---- 0137 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "TLS/domain certificate renewal notice to partner mail admins; technical only")
def m0137():
    m = new("Rhönadler Mail Operations <mailops@rhoenadler.example>",
            "Postmaster – Kessler & Voss <postmaster@kessler-voss.example>",
            "Renewal of our gateway certificates on 30 June – action needed for enforced TLS",
            "2026-06-11 09:05")
    return body(m, T("""
        Dear postmaster,

        your domain exchanges mail with rhoenadler.example over enforced TLS
        and S/MIME domain encryption. On 30 June 2026 between 20:00 and 21:00
        CEST we will renew:

          1. the TLS server certificate of mx1/mx2.rhoenadler.example
             (new issuer: Rhoenadler Issuing CA 3; root unchanged)
          2. our S/MIME domain certificate for rhoenadler.example
             (new certificate attached to the announcement on our partner page:
             https://www.rhoenadler.example/partner/zertifikate)

        If you pin our certificate or store our domain certificate manually in
        your gateway, please import the new one before 30 June. If you rely on
        the CA chain, no action is needed.

        In case of problems after the switch, please call our mail operations
        team on +49 661 9080-1850; mail to us will be queued, not bounced, for
        up to five days.

        Rhönadler Mail Operations
        """))


# ---- 0138 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: anonymised disability claims case study for a quality circle (profession and age band only, invented details)")
def m0138():
    m = new(addr("demir"), "Qualitätszirkel BU <qz-bu@rhoenadler.example>",
            "Qualitätszirkel 14.07.: Fallbeispiel 'Tischlerin mit Schulterleiden'",
            "2026-06-29 15:35")
    return body(m, T("""
        Hallo zusammen,

        für den nächsten Qualitätszirkel ein Fallbeispiel. Es ist frei
        erfunden, angelehnt an typische Konstellationen; Ähnlichkeiten mit
        echten Fällen sind Zufall.

        "Eine Tischlerin, Altersgruppe 40–49, selbständig mit zwei Angestellten,
        beantragt BU-Leistungen wegen Beschwerden an der Schulter. Sie arbeitet
        nach eigenen Angaben 60 % ihrer Zeit über Kopf oder mit schweren
        Platten, 40 % im Büro und beim Kunden. Der Orthopäde bescheinigt, dass
        Überkopfarbeit nicht mehr möglich ist."

        Diskussionsfragen:
        1. Wie ermitteln wir den Grad der BU bei einer Selbständigen –
           Stichwort Umorganisation des Betriebs?
        2. Welche Unterlagen brauchen wir (Tätigkeitsbeschreibung,
           Betriebszahlen, ärztliche Berichte) – und welche nicht?
        3. Wie formulieren wir ein Anerkenntnis oder eine Ablehnung
           verständlich?

        Bitte bringt eigene Erfahrungen mit, aber keine Kundendaten.

        Yusuf
        """))


# ---- 0139 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "recovery claim against a hotel for a named guest's stolen baggage from the luggage room: guest name, claim, amounts; no health")
def m0139():
    m = new(addr("ambrosius"), "Guest Relations – Hotel Miramar Palma <guestrelations@miramar-palma.example>",
            "Recovery claim – theft from your luggage room – guest Mr Stefan Radtke, 14 May 2026",
            "2026-06-04 12:31")
    return body(m, T("""
        Dear Sir or Madam,

        we are the baggage insurer of your guest Mr Stefan Radtke, who stayed
        at your hotel from 7 to 14 May 2026 (booking no. MIR-4418802).

        On 14 May, after check-out, Mr Radtke left two suitcases in your
        staffed luggage room and received tag no. 0447. When he came back at
        16:30, one suitcase was missing. Your duty manager, Ms Ferrer, confirmed
        this in writing and a report was filed with the Policía Local
        (reference PM-2026-018773).

        We have compensated Mr Radtke with EUR 1,640.00 for the suitcase and
        its contents (claim RS-G-26-0981). Under Article 1783 of the Spanish
        Civil Code, a hotel is liable for items handed over to its staff for
        safekeeping. By virtue of the assignment from our insured and the
        statutory subrogation, we ask you to reimburse EUR 1,640.00 within
        30 days, or to pass this letter to your liability insurer.

        """) + sig("ambrosius", "en"))


# ---- 0140 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "dentist's report (quoted in a forward to the medical advisor) on a named child's front-tooth fracture after a school accident")
def m0140():
    m = new(addr("kowalczyk"), addr("hain"),
            "WG: Zahnärztlicher Befund Paula Hein – Kinderunfallversicherung",
            "2026-03-13 14:47")
    return body(m, T("""
        Hallo Herr Dr. Hain,

        bitte kurz schauen: Die Zahnärztin schreibt, dass bei Paula wegen des
        Wachstums erst in einigen Jahren endgültig versorgt werden kann. Unser
        Kinder-Unfalltarif (UV-K 7712 4480) zahlt Zahnersatz nach Unfall bis
        5.000 €, auch später. Reicht uns der Bericht, um die spätere
        Versorgung jetzt schon zuzusagen?

        Danke
        Martin Kowalczyk

        -----Ursprüngliche Nachricht-----
        Von: Praxis Dr. Meike Thon <praxis@zahnarzt-thon.example>
        Gesendet: Donnerstag, 12. März 2026 12:03
        An: unfall-leistung@rhoenadler.example
        Betreff: Befund Paula Hein, geb. 06.05.2016

        Sehr geehrte Damen und Herren,

        die Patientin Paula Hein (9 J.) stellte sich am 02.03.2026 nach einem
        Sturz auf dem Schulhof (Grundschule am Frauenberg) vor.

        Befund: Kronenfraktur Zahn 11 mit Pulpaeröffnung (S02.52), Zahn 21
        Schmelzfraktur, Lockerung Grad I. Therapie: partielle Pulpotomie 11,
        adhäsive Wiederbefestigung des Fragments, Schienung 11–21 für 14 Tage.
        Prognose: Vitalität 11 unsicher. Eine definitive Versorgung (ggf.
        Krone oder Implantat) ist erst nach Abschluss des Wachstums, etwa
        ab dem 18. Lebensjahr, möglich. Kosten heute: 486,20 € (GOZ).

        Mit freundlichen Grüßen
        Dr. Meike Thon
        """))


# ---- 0141 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: note on the ICD-10-GM 2026 update for claims staff (new codes explained); no patient")
def m0141():
    m = new(addr("hain"), "Leistung alle Sparten <leistung-alle@rhoenadler.example>",
            "ICD-10-GM 2026 – was für uns neu ist",
            "2026-01-08 10:40")
    return body(m, T("""
        Liebe Kolleginnen und Kollegen,

        seit 1. Januar gilt die ICD-10-GM Version 2026. Für unsere Arbeit
        relevant:

        - Post-COVID: die Codes U09.9 und U10.9 bleiben; neu sind genauere
          Zusatzkennzeichen für die führende Symptomatik. Für die BU- und
          KT-Prüfung heißt das: bitte auf das Zusatzkennzeichen achten.
        - Adipositas (E66.-): neue fünfte Stellen nach BMI-Klassen; für die
          Risikoprüfung ist das hilfreich, weil der BMI-Bereich jetzt direkt im
          Code steht.
        - Long-term-Folgen nach Sepsis: neuer Sekundärkode, der in
          Reha-Anträgen auftauchen wird.
        - Zusatzkennzeichen G, V, Z, A bleiben unverändert (gesichert,
          Verdacht, Zustand nach, ausgeschlossen). "V" und "A" sind keine
          Diagnosen!

        Die Prüfregeln im Leistungssystem wurden zum 12.01. angepasst. Eine
        vollständige Liste der Änderungen liegt im Wiki unter
        "Medizin > ICD-Updates".

        Dr. med. Cornelius Hain
        Beratungsarzt
        """))


# ---- 0142 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hail damage to a named homeowner's photovoltaic system: plant data, address, policy and payout; no health")
def m0142():
    m = new(addr("obermaier"), "Wilhelm Leibold <w.leibold@netmail.example>",
            "Hagelschaden an Ihrer Photovoltaikanlage – Ergebnis der Prüfung",
            "2026-06-26 13:14")
    return body(m, T("""
        Sehr geehrter Herr Leibold,

        der Hagel vom 14. Juni hat an Ihrer Photovoltaikanlage auf dem Dach
        Zum Sportplatz 6 in 36093 Künzell nach dem Bericht des Elektromeisters
        9 von 28 Modulen beschädigt (Glasbruch, Leistungsabfall laut
        Elektrolumineszenz-Aufnahme). Versichert ist die Anlage über Ihre
        Photovoltaikversicherung PV 330 2274 (Allgefahrendeckung, 9,8 kWp,
        Neuwert).

        Wir übernehmen:
          9 Module inkl. Montage und Gerüst        4.216,00 €
          Ertragsausfall 18 Tage (pauschal 1,40 €/Tag je kWp anteilig)   90,72 €
          abzgl. Selbstbeteiligung                  -250,00 €
          Auszahlung                                 4.056,72 €

        Das Geld überweisen wir auf Ihr Konto, von dem der Beitrag abgebucht
        wird. Bitte schicken Sie uns nach dem Tausch die Rechnung des
        Installateurs.

        """) + sig("obermaier"))


# ---- 0143 ---------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "broker portal release notes (new features, API changes); no customer")
def m0143():
    m = new("Rhönadler Broker Portal <maklerportal@rhoenadler.example>",
            "portal-news@lists.rhoenadler.example",
            "Broker portal release 26.3 – what's new",
            "2026-06-22 06:00",
            extra=[("Precedence", "bulk")])
    return body(m, T("""
        Broker portal – release 26.3 (live since 20 June)

        New
        - Electronic broker post: documents can now be fetched by your broker
          management software via the BiPRO 430.4 interface, including the
          new document type "claims settlement".
        - Firm administrators can set an expiry date for user accounts
          (e.g. for trainees).
        - Travel: quotes for "Reiseschutz Langzeit" directly in the portal.

        Changed
        - Secure messages to customers now show the read status.
        - Passwords must have at least 12 characters (applies at the next change).

        Fixed
        - Export of portfolio lists to CSV used the wrong decimal separator
          for some browsers.

        The full release notes are in the portal under Help > Release notes.

        Your broker portal team
        Rhönadler Versicherung AG
        """))


# ---- 0144 ---------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: template for an expat/visa insurance certificate with placeholders only; no real insured person")
def m0144():
    m = new(addr("okafor"), "Text system team <textsystem@rhoenadler.example>",
            "Template request: visa certificate EN (VIS-EN-03) – please add to the text system",
            "2026-01-27 11:52",
            cc=addr("feldhaus"))
    return body(m, T("""
        Hello text system team,

        consulates keep asking for a slightly different wording, so please add
        the following English template as VIS-EN-03 (replacing VIS-EN-02).
        Fields in [[double brackets]] are placeholders from the policy system.

        ------------------------------------------------------------
        CERTIFICATE OF TRAVEL HEALTH INSURANCE

        Policy: [[policy_no]]          Product: [[product_name]]
        Policyholder: [[ph_name]], [[ph_address]]

        Insured person(s):
        [[for each insured]] [[name]], born [[dob]], passport no. [[passport]]
        [[end]]

        Period of cover: [[start]] – [[end]] ([[days]] days)
        Territorial scope: [[scope]]
        Sum insured: EUR [[sum]] per person for medical treatment,
        hospitalisation, emergency care and repatriation, including
        repatriation of remains.
        Deductible: [[deductible]]

        24-hour emergency service: +49 661 9080-2424
        ------------------------------------------------------------

        Please make sure the certificate never prints health information or
        exclusions – the consulate only needs the cover data.

        Thanks,
        Mireille Okafor
        International Client Service
        """))


# ---- 0145 ---------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: case-law newsletter for claims staff and brokers summarising published, anonymised court rulings on health and travel insurance")
def m0145():
    m = new("Rhönadler Recht <recht-news@rhoenadler.example>",
            "recht-news@lists.rhoenadler.example",
            "Rechtsprechung kompakt 2/2026: Reiserücktritt, Krankenhaustagegeld, BU",
            "2026-05-07 08:00",
            extra=[("Precedence", "bulk")])
    return body(m, T("""
        Rechtsprechung kompakt 2/2026

        1. Reiserücktritt bei vorbestehender Erkrankung
           Ein Landgericht hat entschieden, dass eine bekannte chronische
           Erkrankung einen Rücktritt nicht ausschließt, wenn sich der Zustand
           nach der Buchung unerwartet verschlechtert. Maßgeblich ist, ob die
           Verschlechterung bei Buchung vorhersehbar war. (Urteil veröffentlicht,
           Parteien anonymisiert.)

        2. Krankenhaustagegeld bei Rehabilitation
           Ein Oberlandesgericht bestätigt: Eine Anschlussheilbehandlung ist
           keine Krankenhausbehandlung im Sinne der Tagegeldklausel, wenn die
           Bedingungen das ausdrücklich so regeln.

        3. Berufsunfähigkeit und Umorganisation
           Der BGH bekräftigt, dass ein Selbständiger sich auf zumutbare
           Umorganisation verweisen lassen muss – die Beweislast für die
           Unzumutbarkeit trägt aber nicht allein der Versicherte.

        4. Auslandsreise-Krankenversicherung: "medizinisch notwendiger"
           Rücktransport
           Ein Amtsgericht hält einen Rücktransport auch dann für notwendig,
           wenn vor Ort zwar behandelt werden könnte, aber eine Verständigung
           mit den Ärzten praktisch unmöglich war.

        Die Volltexte finden Sie in der Rechtsdatenbank im Intranet.

        Ihre Rechtsabteilung
        """))


# ---- 0146 ---------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "deer collision partial-cover claim of a named customer: plate, hunting confirmation, repair costs; nobody hurt")
def m0146():
    m = new(addr("salzmann"), "Sebastian Kuhnert <s.kuhnert@funkpost.example>",
            "Wildunfall B27 – Schaden K-26-00944",
            "2026-02-16 12:08")
    return body(m, T("""
        Guten Tag Herr Kuhnert,

        gut, dass Ihnen bei dem Zusammenstoß mit dem Reh auf der B27 bei
        Hünfeld am 10.02. nichts passiert ist.

        Die Wildunfallbescheinigung des Jagdpächters, Herrn Oskar Leibig, und
        die Fotos liegen uns vor. Der Schaden an Ihrem Toyota Corolla
        (FD-SK 318) ist über Ihre Teilkasko (KF 44 155 2890, Selbstbeteiligung
        150 €) versichert:

          Reparatur laut Kostenvoranschlag Autohaus Heil   2.746,30 €
          abzüglich Selbstbeteiligung                       -150,00 €
          Zahlung an Sie bzw. direkt an die Werkstatt      2.596,30 €

        Ein Wildschaden in der Teilkasko wirkt sich nicht auf Ihren
        Schadenfreiheitsrabatt aus.

        """) + sig("salzmann"))


# ---- 0147 ---------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "death abroad: repatriation of the remains of a named insured who died of a heart attack in Tunisia, letter to the widow")
def m0147():
    m = new(addr("wendland"), "Brigitte Oberdörfer <brigitte.oberdoerfer@sonnenmail.example>",
            "Überführung Ihres Mannes aus Djerba",
            "2026-03-26 16:20")
    return body(m, T("""
        Sehr geehrte Frau Oberdörfer,

        zunächst möchte ich Ihnen im Namen aller Kolleginnen und Kollegen
        unser tiefes Mitgefühl zum Tod Ihres Mannes aussprechen.

        Nach dem Bericht des Krankenhauses in Houmt Souk ist Herr Walter
        Oberdörfer am 23.03. an einem akuten Herzinfarkt verstorben; eine
        Obduktion wurde von den tunesischen Behörden nicht angeordnet.

        Die Auslandsreise-Krankenversicherung Ihres Mannes (RS-AKV-7702 1193)
        übernimmt die Kosten der Überführung nach Deutschland. Wir haben das
        Bestattungsinstitut Pietät Rhön in Fulda beauftragt, das mit einem
        Partner in Tunesien zusammenarbeitet. Der Stand:

          - Die Sterbeurkunde und der Leichenpass werden voraussichtlich am
            Freitag ausgestellt.
          - Die Überführung per Luftfracht ist für Dienstag, 31.03., über
            Frankfurt geplant.
          - Pietät Rhön meldet sich bei Ihnen direkt wegen der Beisetzung.

        Für Ihre eigene Rückreise haben wir den Flug am Samstag umgebucht; die
        Mehrkosten sind abgedeckt. Bitte melden Sie sich jederzeit bei mir,
        wenn Sie Fragen haben.

        """) + sig("wendland"))


# ---- 0148 ---------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "conference programme (PDF) for an insurtech meetup on travel assistance; speakers named in professional roles only")
def m0148():
    m = new(addr("menke"), "Programme Committee – Insurtech Hessen <programme@insurtech-hessen.example>",
            "Final programme – 'Help abroad, digitally' – 17 September, Fulda",
            "2026-06-24 10:10")
    body(m, T("""
        Dear programme committee,

        attached is the final programme for our meetup in September as a PDF,
        including the changes from last week (the panel now starts at 15:00).
        Could you publish it on your website and in your newsletter?

        Best regards,
        Claudia Menke
        Marketing & Communications, Rhönadler Versicherung AG
        """))
    att(m, pdf([
        "# Insurtech Hessen Meetup - 'Help abroad, digitally'",
        "17 September 2026, Rhönadler forum, Rhönadler-Platz 1, Fulda",
        "",
        "13:30  Registration and coffee",
        "14:00  Welcome - Dr. Margarete Eschwege, CEO Rhönadler",
        "14:15  Keynote: The first hour of a medical emergency abroad",
        "       Dr. Jutta Ambrosius, Head of Travel & International Claims",
        "14:45  Video consultations across time zones - lessons from 2025",
        "       Richard Ostermann, Meridian Assist",
        "15:00  Panel: Guarantees of payment in real time - dream or reality?",
        "       with speakers from a hospital group, an air ambulance operator and a broker",
        "16:00  Break",
        "16:20  Data protection for health data in cross-border assistance",
        "       Petra Vollmer, Data Protection Officer, Rhönadler",
        "17:00  Networking on the roof terrace",
        "",
        "Free of charge, registration at insurtech-hessen.example/meetup",
    ], title="Programme Insurtech Hessen Meetup", author="Rhönadler Marketing"),
        "Programme_Help_abroad_digitally.pdf")
    return m


# ---- 0149 ---------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-hospital",
      "trap: framework agreement on direct billing with a hospital group (conditions, card, invoicing) without any patient")
def m0149():
    m = new(addr("gerlach"), "Abrechnung Verbund Osthessische Kliniken <abrechnung@vok-kliniken.example>",
            "Rahmenvereinbarung Direktabrechnung – Entwurf zur Abstimmung",
            "2026-02-02 09:26")
    return body(m, T("""
        Sehr geehrter Herr Dr. Ruhland,

        wie besprochen der Entwurf der wichtigsten Punkte für unsere
        Rahmenvereinbarung zur Direktabrechnung stationärer Leistungen in den
        vier Häusern Ihres Verbunds:

        1. Unsere Versicherten weisen sich mit der Rhönadler-Klinikkarte aus;
           Sie prüfen online den Versicherungsstatus (nur "ja/nein" und
           Tarifstufe Unterkunft, keine weiteren Daten).
        2. Sie rechnen allgemeine Krankenhausleistungen und Wahlleistungen
           direkt mit uns ab, elektronisch nach § 301 SGB V-Format über den
           Datenaustausch der PKV.
        3. Zahlungsziel: 21 Tage nach vollständiger Rechnung.
        4. Bei Zweifeln an der medizinischen Notwendigkeit fordert unser
           Beratungsarzt Unterlagen nur mit Einwilligung der Versicherten an.
        5. Rechnungskorrekturen werden innerhalb von 6 Wochen mitgeteilt.
        6. Die Vereinbarung gilt ab 01.07.2026 für zunächst drei Jahre.

        Gern besprechen wir das am 12.02. in Fulda.

        """) + sig("gerlach"))


# ---- 0150 ---------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "announcement of the new secure-mail gateway rollout and subject tags for staff; no personal data")
def m0150():
    m = new(addr("vollmer"), "Alle Mitarbeitenden <alle@rhoenadler.example>",
            "Ab 1. Juli: neues System für den sicheren Mailversand",
            "2026-06-25 10:00",
            cc=addr("pfeiffer"))
    return body(m, T("""
        Liebe Kolleginnen und Kollegen,

        ab 1. Juli prüft ein neues System jede ausgehende E-Mail darauf, wie
        vertraulich sie ist, und wählt den passenden Versandweg: normal, mit
        erzwungener Transportverschlüsselung, mit S/MIME oder über das sichere
        Kundenpostfach.

        Was sich für Sie ändert:
        - Sie können eine Mail selbst kennzeichnen, indem Sie [vertraulich]
          oder [streng vertraulich] in den Betreff schreiben. Im Zweifel lieber
          einmal zu viel.
        - Kundinnen und Kunden ohne Zertifikat bekommen bei vertraulichen
          Inhalten nur eine Benachrichtigung und lesen die Nachricht im Portal.
        - Mails an Makler laufen wie bisher über die Vermittlerpost bzw.
          verschlüsselt.

        Schulungsvideos (10 Minuten) finden Sie ab nächster Woche im Intranet.
        Fragen zum Datenschutz an mich, technische Fragen an den IT-Servicedesk.

        Herzliche Grüße
        Petra Vollmer
        Datenschutzbeauftragte
        """))


# ==========================================================================
# build and check
# ==========================================================================

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
# IBANs that are wrong on purpose (a customer's typo)
BAD_IBANS = {"DE13520503530002140793"}


def render():
    out = []
    for i, (label, lang, kind, reason, fn) in enumerate(MAILS, 1):
        assert label in LABELS and lang in LANGS, (i, label, lang)
        assert "\t" not in reason and "\n" not in reason
        _CUR["n"] = i
        m = fn()
        keep = {id(m)}
        for p in m.walk():
            if p.get_content_type() == "message/rfc822":
                keep.update(id(x) for x in p.get_payload())
        for p in m.walk():
            if id(p) not in keep and "MIME-Version" in p:
                del p["MIME-Version"]
        parts = [p for p in m.walk() if p.get_content_maintype() == "multipart"]
        for j, p in enumerate(parts):
            p.set_boundary("=_rha_%04d_%d_%s" % (i, j, "b7e2"[j % 4] * (j + 3)))
        data = m.as_bytes(policy=policy.SMTP)
        name = "%s%04d.eml" % (PREFIX, i)
        out.append((name, data, label, lang, kind, reason))
    return out


def write(folder):
    md = os.path.join(folder, "mails")
    if os.path.isdir(md):
        shutil.rmtree(md)
    os.makedirs(md)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for name, data, label, lang, kind, reason in render():
        with open(os.path.join(md, name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(folder, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _open_container(name, data, problems, where):
    low = name.lower()
    if low.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if z.testzip() is not None:
                    problems.append("%s: bad zip member in %s" % (where, name))
                for n in z.namelist():
                    if n.endswith(".xml"):
                        import xml.dom.minidom
                        xml.dom.minidom.parseString(z.read(n))
                    if low.endswith(".zip"):
                        _open_container(n, z.read(n), problems, where)
        except Exception as e:  # noqa
            problems.append("%s: %s does not open: %s" % (where, name, e))
    elif low.endswith(".pdf"):
        if not (data.startswith(b"%PDF-") and b"BT" in data and data.rstrip().endswith(b"%%EOF")):
            problems.append("%s: %s is not a text PDF" % (where, name))
    elif low.endswith(".ics"):
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            problems.append("%s: %s is not a calendar" % (where, name))


def verify(folder):
    problems = []
    md = os.path.join(folder, "mails")
    names = sorted(os.listdir(md))
    mids = set()
    texts = {}
    for name in names:
        raw = open(os.path.join(md, name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            problems.append("%s: bare LF" % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        if not mid or mid in mids:
            problems.append("%s: missing or duplicate Message-ID" % name)
        mids.add(mid)
        if not str(msg["Date"]).split()[3] == "2026":
            problems.append("%s: date not in 2026" % name)
        alltext = [str(msg["Subject"])]
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %r" % (name, part.defects))
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            fn = part.get_filename() or ""
            if ct.startswith("text/"):
                try:
                    alltext.append(part.get_content())
                except Exception as e:  # noqa
                    problems.append("%s: text part does not decode: %s" % (name, e))
            else:
                _open_container(fn, part.get_payload(decode=True), problems, name)
        texts[name] = "\n".join(alltext)
        for m in re.finditer(r"\b(DE|AT|ES|FR|GB|NL|IE|CH|PT|IT)(\d{2})((?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,3})?)\b",
                             texts[name]):
            s = m.group(0).replace(" ", "")
            if "ZZZ" in s:  # SEPA creditor identifier, not an IBAN
                continue
            if not iban_ok(s) and s not in BAD_IBANS:
                problems.append("%s: invalid IBAN %s" % (name, m.group(0)))
    return problems, names


def stats(folder):
    rows = list(csv.reader(open(os.path.join(folder, "labels.tsv"), encoding="utf-8"),
                           delimiter="\t"))[1:]
    from collections import Counter
    c = Counter((r[1], r[2]) for r in rows)
    print("%-24s %4s %4s %6s %5s" % ("label", "de", "en", "mixed", "all"))
    for lab in LABELS:
        print("%-24s %4d %4d %6d %5d" % (lab, c[(lab, "de")], c[(lab, "en")],
                                         c[(lab, "mixed")],
                                         sum(v for k, v in c.items() if k[0] == lab)))
    print("%-24s %4d %4d %6d %5d" % ("total", *(sum(v for k, v in c.items() if k[1] == l)
                                                  for l in LANGS), len(rows)))
    kinds = Counter(r[3] for r in rows)
    print("kinds:", ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda x: -x[1])))


def check():
    tmp = tempfile.mkdtemp(prefix="d184check-")
    try:
        write(tmp)
        bad = []
        for rel in ["labels.tsv"] + ["mails/" + n for n in sorted(os.listdir(os.path.join(tmp, "mails")))]:
            a = os.path.join(tmp, rel)
            b = os.path.join(HERE, rel)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                bad.append(rel)
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        bad += ["mails/%s (not generated)" % e for e in sorted(extra)]
        problems, names = verify(HERE)
        if bad:
            print("NOT byte-identical:", ", ".join(bad[:20]), "..." if len(bad) > 20 else "")
        for p in problems:
            print("PROBLEM:", p)
        stats(HERE)
        if bad or problems:
            print("check FAILED")
            return 1
        print("check OK: %d mails, byte-identical rebuild, all parse" % len(names))
        return 0
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write(HERE)
    stats(HERE)
