#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev97 for Siegel: accidents at work and occupational illness.

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that content into MIME or into attachment files.
Standard library only, deterministic, no network.

    python make_corpus.py          writes mails/d97-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses and validates everything
"""
import csv
import io
import os
import random
import re
import sys
import zipfile
import zlib
import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.dom import minidom
from xml.sax.saxutils import escape as xesc

NN = 97
SEED = 97
N_MAILS = 150
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
ZIP_TS = (2025, 1, 2, 8, 0, 0)
CUR = {"n": 0}

# ---------------------------------------------------------------- dates ---

def _last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def _date(s):
    """'2025-03-04 09:12' -> RFC 5322 date in Europe/Berlin (CET/CEST)."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    start, end = _last_sunday(dt.year, 3), _last_sunday(dt.year, 10)
    off = 2 if start <= dt.date() < end else 1
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(dt.replace(tzinfo=tz))

# ---------------------------------------------------------- attachments ---

def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.external_attr = 0o644 << 16
            if name == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(pages, title="", compress=False):
    """pages: list of pages, each a list of text lines ('#' prefix = bold)."""
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"50 800 Td"]
        for ln in lines:
            if ln.startswith("#"):
                ops.append(b"/F2 11 Tf (" + _pdf_str(ln[1:].strip()) + b") Tj T* /F1 10 Tf")
            else:
                ops.append(b"(" + _pdf_str(ln) + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        if compress:
            stream = zlib.compress(stream, 9)
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_no)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objs.append(b"<< /Title (" + _pdf_str(title) + b") /Producer (Lindenhof DMS 4.2) /CreationDate (D:20250102080000+01'00') >>")
    info_no = len(objs)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_no, xref))
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(blocks, title=""):
    """blocks: str = paragraph ('#' prefix = heading/bold); list of rows = table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            if b.startswith("#"):
                body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b[1:].strip()))
            else:
                body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b))
        else:
            rows = []
            for row in b:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:bottom w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W_NS, "".join(body)))
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
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-02T08:00:00Z</dcterms:created></cp:coreProperties>' % xesc(title))
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
    """sheets: list of (name, rows); numbers stay numbers, everything else is a string."""
    wb_sheets, wb_rels, ct_over, files = [], [], [], []
    for n, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % n,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), n, n))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
    k = len(sheets) + 1
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % k)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + files)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype), ("content.xml", content), ("META-INF/manifest.xml", manifest)],
                stored_first="mimetype")


def odt(paragraphs):
    ps = []
    for p in paragraphs:
        if p.startswith("#"):
            ps.append('<text:h text:outline-level="1">%s</text:h>' % xesc(p[1:].strip()))
        else:
            ps.append("<text:p>%s</text:p>" % xesc(p))
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % "".join(ps))


def ods(sheets):
    tabs = []
    for name, rows in sheets:
        rr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            rr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(rr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs))


def csvdata(rows, delimiter=";", encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def ics(text):
    lines = [ln.rstrip() for ln in text.strip().splitlines()]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "zip": ("application", "zip"),
    "txt": ("text", "plain"),
}


def att(filename, data, mime=None, charset=None):
    """An attachment: bytes plus its file name (and optionally a forced MIME type)."""
    return {"filename": filename, "data": data, "mime": mime, "charset": charset}


def fwd(**spec):
    """A mail to be attached as message/rfc822 (same keys as mail(), no labels)."""
    return {"rfc822": spec}

# ------------------------------------------------------------------ MIME ---

def _build(spec, top=True):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = _date(spec["date"])
    n = CUR["n"]
    mid = spec.get("mid") or "<%s.%04d.%s@%s>" % (
        spec["date"].replace("-", "").replace(" ", "").replace(":", ""), n,
        "t" if top else "q", spec.get("mid_domain", "lindenhof-versicherung.example"))
    msg["Message-ID"] = mid
    for k, v in spec.get("headers", []):
        msg[k] = v
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    body, html = spec.get("body"), spec.get("html")
    if body is not None:
        msg.set_content(body, subtype="plain", charset=charset, cte=cte)
        if spec.get("flowed"):
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=spec.get("html_cte", "quoted-printable"))
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    for a in spec.get("attachments", []):
        if "rfc822" in a:
            inner = _build(a["rfc822"], top=False)
            part = EmailMessage(policy=policy.SMTP)
            part.set_content(inner)
            part["Content-Disposition"] = 'attachment; filename="%s"' % a["rfc822"].get("fname", "weitergeleitet.eml")
            msg.make_mixed()
            msg.attach(part)
            continue
        ext = a["filename"].rsplit(".", 1)[-1].lower()
        maintype, subtype = (a["mime"] or "/".join(MIME.get(ext, ("application", "octet-stream")))).split("/")
        msg.add_attachment(a["data"], maintype=maintype, subtype=subtype, filename=a["filename"])
        if a.get("charset"):
            msg.get_payload()[-1].set_param("charset", a["charset"])
    return msg


def _boundaries(msg, n):
    inner = set()
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner.update(id(p) for p in part.get_payload())
    for part in msg.walk():
        if part is not msg and id(part) not in inner and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_LVH%02d_%04d_%02d_%08x" % (NN, n, i, RND.getrandbits(32)))


ROWS = []
RND = random.Random(SEED)


def mail(label, lang, kind, reason, **spec):
    assert label in LABELS, label
    assert lang in ("de", "en", "mixed"), lang
    n = CUR["n"]
    msg = _build(spec)
    _boundaries(msg, n)
    data = msg.as_bytes(policy=policy.SMTP)
    fname = "d%02d-%04d.eml" % (NN, n)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    ROWS.append((fname, label, lang, kind, reason))
    return fname

# ================================================================ MAILS ===

def m001():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "named worker fell from scaffold, calcaneus fracture, BG recourse under BHV",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Bernd Kloppe <b.kloppe@stahlbau-wendt.example>",
        subject="BHV-Schaden 41-HV-2025-003317 / Sturz Gerüst Baustelle Nienburg",
        date="2025-02-11 09:14",
        body="""Sehr geehrter Herr Kloppe,

vielen Dank für Ihren Anruf von gestern. Wie besprochen habe ich den Vorgang
unter der oben genannten Schadennummer in der Betriebshaftpflicht angelegt.

Nach Ihrer Schilderung ist Ihr Mitarbeiter Herr Dennis Krawczyk am 04.02.2025
gegen 10:40 Uhr beim Umsetzen eines Gerüstbelags auf der Baustelle
Halle Nienburg aus ca. 3,20 m Höhe abgestürzt. Er wurde mit dem RTW ins
Klinikum Lindenau gebracht, Diagnose laut Ihrer Info Fersenbeinfraktur rechts
und Prellung der LWS, er liegt noch stationär.

Damit wir eine mögliche Inanspruchnahme durch die Berufsgenossenschaft
(Regress nach § 110 SGB VII) sauber prüfen können, benötige ich von Ihnen:

1. eine Kopie der Unfallanzeige an die BG Metall und Holz Nord,
2. die Gefährdungsbeurteilung für Gerüstarbeiten auf dieser Baustelle,
3. den Nachweis der letzten Unterweisung von Herrn Krawczyk (Absturzsicherung),
4. Fotos der Unfallstelle, sofern vorhanden,
5. Namen der Kollegen, die den Sturz gesehen haben.

Bitte geben Sie gegenüber der BG oder Dritten keine Erklärungen zur
Verschuldensfrage ab, ohne dies vorher mit uns abzustimmen.

Mit freundlichen Grüßen

Katrin Oberdieck
Schadenreferentin Haftpflicht / Regress UV-Träger
Lindenhof Versicherung AG
Lindenhofallee 12, 30159 Hannover
Tel. 0511 4471-2236
""")


def m002():
    return mail(
        "NORMAL", "de", "internal",
        "trap: first-aid and fire-safety training invitation for all staff, no person",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="alle-standort-hannover@lindenhof-versicherung.example",
        subject="Jährliche Unterweisung Brandschutz / Erste Hilfe – Termine März",
        date="2025-02-17 08:02",
        body="""Liebe Kolleginnen und Kollegen,

die jährliche Unterweisung nach § 12 ArbSchG und DGUV Vorschrift 1 steht an.
Bitte tragt euch in einen der Termine ein (Einladung hängt an, 45 Minuten,
Raum E.14 „Leine“):

  Di 11.03.  09:00  Brandschutz, Räumung, Sammelplatz P2
  Di 11.03.  14:00  wie oben
  Do 13.03.  10:00  Erste Hilfe im Büro, AED-Standorte, Meldeweg Verbandbuch
  Do 13.03.  15:00  wie oben

Neu dieses Jahr: der zweite AED hängt jetzt im Erdgeschoss neben dem Empfang.
Wer Ersthelfer werden möchte (Kurs 9 UE, Kosten trägt die BG), meldet sich
bitte bis Ende Februar bei mir.

Führungskräfte: bitte die Teilnahme eurer Teams im Lernportal bestätigen.

Viele Grüße
Heiko Brandner
Fachkraft für Arbeitssicherheit
""",
        attachments=[att("Unterweisung_Brandschutz_EH_2025.ics", ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherung//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:unterweisung-2025-03-11-0900@lindenhof-versicherung.example
DTSTAMP:20250217T070200Z
DTSTART:20250311T080000Z
DTEND:20250311T084500Z
SUMMARY:Unterweisung Brandschutz / Erste Hilfe
LOCATION:Raum E.14 Leine
ORGANIZER;CN=Heiko Brandner:mailto:h.brandner@lindenhof-versicherung.example
DESCRIPTION:Jährliche Pflichtunterweisung nach § 12 ArbSchG. Bitte pünktlich.
END:VEVENT
END:VCALENDAR
"""))])


def m003():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "sole-trader roofer: BHV premium invoice with payroll sum and his IBAN",
        frm="Lindenhof Versicherung Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
        to="info@dachdeckerei-pape.example",
        subject="Beitragsrechnung Betriebshaftpflicht 2025 – Vertrag BH 7731 0428",
        date="2025-01-08 06:30",
        body="""Sehr geehrter Herr Pape,

zu Ihrer Betriebshaftpflichtversicherung erhalten Sie die Beitragsrechnung
für das Versicherungsjahr 01.01.2025 bis 01.01.2026.

Versicherungsnehmer:  Ulrich Pape, Dachdeckermeister (Einzelunternehmen)
                      Am Kiekeberg 7, 31535 Neustadt
Vertrag:              BH 7731 0428
Betriebsart:          Dachdeckerei inkl. Bauklempnerarbeiten
Beitragsgrundlage:    Jahreslohnsumme lt. Meldung 2024: 186.400,00 EUR
                      Inhaberlohn (pauschal):        42.000,00 EUR
Nettobeitrag:                         2.114,60 EUR
Versicherungsteuer 19 %:                401,77 EUR
Gesamtbeitrag:                        2.516,37 EUR

Der Betrag wird am 15.01.2025 von Ihrem Konto
IBAN DE36 4910 7132 0928 3519 30 abgebucht (Mandatsreferenz BH77310428-01).

Bitte melden Sie uns die tatsächliche Lohnsumme 2025 bis 31.01.2026, danach
rechnen wir ab.

Mit freundlichen Grüßen
Ihre Lindenhof Versicherung AG

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse
werden nicht gelesen.
""")

def m004():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
        "UK posted worker injured at German plant, group accident claim, hand injury",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="Oliver Pryce <oliver.pryce@calderfinch.example>",
        cc="g.lindqvist@lindenhof-versicherung.example",
        subject="Hollis Packaging – GPA local policy Germany – claim notification Mr Aaron Whitby",
        date="2025-03-06 16:48",
        body="""Hi Oliver,

thanks for the heads-up on the phone. I have now opened the claim under the
German local policy of the Hollis programme (group personal accident,
local policy no. GU 5520 1187, master policy with Calder & Finch London).

What we have so far from the plant manager in Verden:

- Insured person: Aaron Whitby, maintenance technician, seconded from
  Hollis Packaging Ltd (Leeds) to Hollis Verpackungen GmbH since Jan 2025
- Date of accident: 3 March 2025, approx. 07:15, night shift handover
- Circumstances: reached into the infeed of carton erector line 2 while
  the guard was open; left hand caught by the chain drive
- Injuries: partial amputation of the left index finger at the middle
  phalanx, laceration of the middle finger, operated the same day at
  Klinikum Lindenau (hand surgery), discharged 5 March
- He will fly back to the UK on 14 March and continue treatment there.

The employer's accident report (Unfallanzeige) has gone to the German
statutory accident insurer as he is covered there during the secondment.
That is separate from our GPA cover, which pays on permanent impairment
(Gliedertaxe: index finger full loss 10 %, proportionally for partial loss).

For the GPA claim I need:
1. claim form signed by Mr Whitby (English version attached to my last mail),
2. the operation report or discharge letter from Lindenau,
3. his UK GP details for the follow-up.

Invalidity can only be assessed once the condition is stable, normally not
before 12 months. We can offer an interim payment if the finger loss is
confirmed.

Best regards
Marcus

Marcus Thelen
International Programmes | Lindenhof Versicherung AG
Lindenhofallee 12, 30159 Hannover, Germany
+49 511 4471-3902
""")


def m005():
    return mail(
        "NORMAL", "en", "insurer-to-partner",
        "trap: aggregated accident frequency of group accident book for reinsurer, no person",
        frm="Priya Raman <p.raman@lindenhof-versicherung.example>",
        to="treaty.casualty@nordstern-re.example",
        subject="GPA quota share 2024 – accident frequency by occupational class",
        date="2025-02-20 11:05",
        body="""Dear Henrike, dear Tom,

as promised in the renewal meeting, please find attached the 2024 frequency
figures for the group personal accident portfolio (German business only).

Short summary:
- 1,842 group contracts, 71,300 insured lives (annual average)
- 412 reported accidents, of which 268 at work, 97 commuting, 47 leisure
  (24h covers)
- frequency per 1,000 lives: 5.78 (2023: 6.11)
- class C (construction, scaffolding, roofing) still drives the severity:
  38 % of incurred on 14 % of lives

No individual claims data in the file, cells below 5 cases are merged into
"other". Large losses above EUR 250k are listed without names or dates in
the second sheet, as agreed.

Kind regards
Priya

Priya Raman
Reinsurance & Portfolio Analytics
Lindenhof Versicherung AG
""",
        attachments=[att("GPA_frequency_2024_v2.xlsx", xlsx([
            ("Frequency", [
                ["Occupational class", "Lives (avg)", "Accidents at work", "Commuting", "Leisure", "Freq per 1,000"],
                ["A Office / admin", 28400, 31, 38, 19, 3.10],
                ["B Light manual", 22700, 96, 34, 17, 6.46],
                ["C Construction / heights", 9980, 102, 15, 6, 12.32],
                ["D Logistics / driving", 8120, 33, 8, 3, 5.42],
                ["other (merged)", 2100, 6, 2, 2, 4.76],
                ["Total", 71300, 268, 97, 47, 5.78],
            ]),
            ("Large losses", [
                ["Class", "Cause", "Incurred EUR", "Status"],
                ["C", "fall from height", 612000, "open"],
                ["C", "fall from height", 298500, "closed"],
                ["D", "road traffic, commuting", 355000, "open"],
                ["B", "crush injury machine", 262000, "open"],
            ]),
        ]))])


def m006():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "company",
        "harmless body; Unfallanzeige with name, birth date, injury only in the PDF",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        subject="WG: Unterlagen zu Ihrem Schreiben vom 12.02.",
        date="2025-02-19 13:22",
        body="""Hallo Katrin,

Nordkreuz hat geantwortet, Anlage zur Akte 41-HV-2025-002984.
Ich bin ab morgen im Urlaub, kannst du bitte übernehmen?

Gruß Anton

-----Ursprüngliche Nachricht-----
Von: Melanie Strack <m.strack@nordkreuz-logistik.example>
Gesendet: Mittwoch, 19. Februar 2025 12:51
An: Czerny, Anton <a.czerny@lindenhof-versicherung.example>
Betreff: Unterlagen zu Ihrem Schreiben vom 12.02.

Sehr geehrter Herr Czerny,

anbei wie angefordert die Unterlage. Die Fotos reiche ich nach, die liegen
noch bei der Schichtleitung.

Freundliche Grüße
Melanie Strack
Personal / Arbeitssicherheit
Nordkreuz Logistik GmbH, Hafenstraße 40, 28197 Bremen
""",
        attachments=[att("Scan_20250219_1247.pdf", pdf([[
            "#Unfallanzeige",
            "1 Name und Anschrift des Unternehmens: Nordkreuz Logistik GmbH, Hafenstraße 40, 28197 Bremen",
            "2 Unternehmensnummer des Unfallversicherungsträgers: 340 118 772 05",
            "3 Empfänger: BG Handel und Logistik West",
            "4 Name, Vorname der versicherten Person: Yıldırım, Mert",
            "5 Geburtsdatum: 17.09.1991        6 Geschlecht: männlich",
            "7 Staatsangehörigkeit: deutsch    8 Leiharbeitnehmer: nein",
            "9 Auszubildender: nein            10 Die versicherte Person ist: Lagerarbeiter",
            "11 Anspruch auf Entgeltfortzahlung besteht für 6 Wochen",
            "12 Krankenkasse: Weserland BKK",
            "13 Tödlicher Unfall: nein         14 Unfallzeitpunkt: 07.02.2025, 05:35 Uhr",
            "15 Unfallort: Halle B, Gang 14, Hochregallager",
            "16 Ausführliche Schilderung des Unfallhergangs:",
            "   Beim Rückwärtsfahren mit dem Schubmaststapler (Kennung SM-07) hat der Kollege",
            "   Herrn Yıldırım, der zu Fuß im Gang eine Palette kommissionierte, übersehen.",
            "   Der rechte Fuß wurde vom Lastrad überrollt.",
            "17 Verletzte Körperteile: rechter Fuß, Mittelfuß",
            "18 Art der Verletzung: Quetschung, Verdacht auf Mittelfußfraktur (MFK III/IV)",
            "19 Wer hat von dem Unfall zuerst Kenntnis genommen? Schichtleiter D. Vogt (Augenzeuge: ja)",
            "20 Erstbehandlung: Dr. med. H. Aldag, D-Arzt, Klinikum Lindenau",
            "21 Beginn der Arbeitszeit: 05:00 Uhr   Ende: 13:30 Uhr",
            "22 Arbeit eingestellt: sofort  23 Arbeit wieder aufgenommen: nein",
            "24 Datum: 10.02.2025   Unternehmer: i.A. M. Strack   Betriebsrat: S. Lüders",
        ]], title="Unfallanzeige"), mime="application/pdf")])


def m007():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "sole-trader joiner's BHV claim: named apprentice damaged client's parquet, nobody hurt",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="Anja Mertens <werkstatt@tischlerei-mertens.example>",
        subject="Ihr Schaden 41-HV-2025-001552 – Parkettschaden Kundin Behrens",
        date="2025-01-27 10:40",
        body="""Sehr geehrte Frau Mertens,

wir haben Ihre Schadenmeldung zur Betriebshaftpflicht (Vertrag BH 6120 9914)
erhalten. Danach hat Ihr Auszubildender Herr Luca Ostermann am 21.01.2025
bei der Montage eines Einbauschranks in der Wohnung von Frau Inge Behrens,
Lerchenweg 3, 30926 Seelze, einen Akku-Bohrschrauber fallen lassen. Dabei
wurden zwei Dielen des Eichenparketts beschädigt. Verletzt wurde niemand.

Wir haben den Sachverständigen Herrn Dipl.-Ing. Rolf Hapke gebeten, den
Schaden bei Frau Behrens zu besichtigen. Er meldet sich direkt bei ihr.

Bitte senden Sie uns noch:
- Auftragsbestätigung für den Einbauschrank,
- die Rechnung, falls schon gestellt.

Ihre Selbstbeteiligung beträgt laut Vertrag 250 EUR.

Mit freundlichen Grüßen
Anton Czerny
Schaden Haftpflicht
Lindenhof Versicherung AG
""")


def m008():
    return mail(
        "NORMAL", "de", "newsletter",
        "trap: customer newsletter on occupational diseases, noise, skin, asbestos, no person",
        frm="Lindenhof Firmenkunden-Newsletter <newsletter@lindenhof-versicherung.example>",
        to="firmenkunden-verteiler@lindenhof-versicherung.example",
        subject="Arbeitsschutz kompakt 1/2025: Lärm, Hautschutz, Asbest bei Sanierung",
        date="2025-03-03 07:00",
        body="""Arbeitsschutz kompakt – Ausgabe 1/2025
Der Newsletter der Lindenhof Versicherung für Firmenkunden

1. Lärm: Auslösewerte nicht unterschätzen
Ab 80 dB(A) Tages-Lärmexpositionspegel muss Gehörschutz bereitgestellt und
arbeitsmedizinische Vorsorge angeboten werden, ab 85 dB(A) ist sie Pflicht.
Lärmschwerhörigkeit (BK 2301) gehört weiterhin zu den häufigsten anerkannten
Berufskrankheiten. Unser Tipp: Otoplastiken statt Schaumstoffstöpsel –
werden deutlich häufiger tatsächlich getragen.

2. Hautschutz in der Metallbearbeitung
Kühlschmierstoffe und Feuchtarbeit sind die Hauptursachen für
Hauterkrankungen (BK 5101). Ein Hautschutzplan je Arbeitsbereich (Schutz –
Reinigung – Pflege) ist schnell erstellt; eine Vorlage finden Sie im
Kundenportal.

3. Asbest bei Bestandsgebäuden
Bei Sanierungen von Gebäuden mit Baujahr vor 1993 ist vor Beginn eine
Erkundung auf Asbest Pflicht (Gefahrstoffverordnung 2024). Fliesenkleber,
Spachtelmassen und Bodenbeläge sind häufig belastet.

4. Haftung des Unternehmers
Bei Arbeitsunfällen greift in der Regel das Haftungsprivileg (§ 104 SGB VII).
Die Berufsgenossenschaft kann aber Regress nehmen, wenn der Unfall grob
fahrlässig verursacht wurde (§ 110 SGB VII) – etwa bei fehlender
Absturzsicherung. Die Betriebshaftpflicht deckt diesen Regress.

Termine: Webinar „Gefährdungsbeurteilung psychischer Belastung“ am 27.03.,
10–11 Uhr. Anmeldung: https://www.lindenhof-versicherung.example/webinare

Sie erhalten diesen Newsletter, weil Sie Firmenkunde der Lindenhof
Versicherung AG sind. Abmelden: https://www.lindenhof-versicherung.example/abmelden
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#1d5a3a">Arbeitsschutz kompakt – Ausgabe 1/2025</h2>
<p>Der Newsletter der Lindenhof Versicherung für Firmenkunden</p>
<h3>1. Lärm: Auslösewerte nicht unterschätzen</h3>
<p>Ab 80&nbsp;dB(A) Tages-Lärmexpositionspegel muss Gehörschutz bereitgestellt und
arbeitsmedizinische Vorsorge angeboten werden, ab 85&nbsp;dB(A) ist sie Pflicht.
Lärmschwerhörigkeit (BK&nbsp;2301) gehört weiterhin zu den häufigsten anerkannten
Berufskrankheiten. Unser Tipp: Otoplastiken statt Schaumstoffstöpsel.</p>
<h3>2. Hautschutz in der Metallbearbeitung</h3>
<p>Kühlschmierstoffe und Feuchtarbeit sind die Hauptursachen für Hauterkrankungen
(BK&nbsp;5101). Ein Hautschutzplan je Arbeitsbereich ist schnell erstellt.</p>
<h3>3. Asbest bei Bestandsgebäuden</h3>
<p>Bei Sanierungen von Gebäuden mit Baujahr vor 1993 ist vor Beginn eine Erkundung auf Asbest Pflicht.</p>
<h3>4. Haftung des Unternehmers</h3>
<p>Bei Arbeitsunfällen greift in der Regel das Haftungsprivileg (§&nbsp;104 SGB&nbsp;VII).
Die Berufsgenossenschaft kann aber Regress nehmen, wenn der Unfall grob fahrlässig verursacht
wurde (§&nbsp;110 SGB&nbsp;VII). Die Betriebshaftpflicht deckt diesen Regress.</p>
<p><a href="https://www.lindenhof-versicherung.example/webinare">Webinar am 27.03. – jetzt anmelden</a></p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie Firmenkunde sind.
<a href="https://www.lindenhof-versicherung.example/abmelden">Abmelden</a></p>
</body></html>
""")


def m009():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "doctor",
        "D-Arzt report of named worker forwarded to medical advisor, diagnoses and ICD",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Dr. Miriam Assmann <m.assmann@lindenhof-versicherung.example>",
        subject="WG: Durchgangsarztbericht Kiefer, Sven – GU 3301 2275",
        date="2025-03-12 14:05",
        body="""Hallo Miriam,

zur Gruppenunfall Elektro Sandkamp, versicherte Person Sven Kiefer: der
Arbeitgeber hat uns mit Einverständnis von Herrn Kiefer den D-Arzt-Bericht
weitergeleitet (Schweigepflichtentbindung liegt in der Akte). Kannst du kurz
drauf schauen, ob wir schon Krankenhaustagegeld und Genesungsgeld
anweisen können?

Danke!
Timo

> Durchgangsarztbericht (F 1000)
> Unfallversicherungsträger: BG Elektro und Feinmechanik Nord
> Name: Kiefer, Sven   geb. 02.06.1987
> Unfalltag: 27.02.2025, 13:10 Uhr   Eintreffen in der Praxis: 14:02 Uhr
> Unfallbetrieb: Elektro Sandkamp GmbH, Celle
> Hergang (Angaben des Versicherten): Beim Anschließen einer Unterverteilung
> Lichtbogen, Stichflamme ins Gesicht und an beide Hände.
> Befund: Verbrennungen Grad 2a beider Handrücken, Gesicht Grad 1,
> Augen: Bindehautreizung bds., Visus unauffällig. RR 145/90, Puls 96.
> EKG: Sinusrhythmus, keine Rhythmusstörung.
> Diagnose: T23.2 Verbrennung 2. Grades Hand/Handgelenk bds.,
>           T20.1 Verbrennung 1. Grades Gesicht, T26.4 Verbrennung Auge
> Art der Heilbehandlung: besondere Heilbehandlung, stationäre Aufnahme
> zur Überwachung und Verbandswechsel (VAV 8.1)
> Arbeitsunfähig ab 27.02.2025, voraussichtlich 3 Wochen
> Dr. med. Henrik Aldag, Durchgangsarzt, Klinikum Lindenau
""")


def m010():
    return mail(
        "NORMAL", "de", "internal",
        "trap: IT ticket about failing import of BG recourse letters, no content",
        frm="Lindenhof IT-Servicedesk <servicedesk@lindenhof-versicherung.example>",
        to="k.oberdieck@lindenhof-versicherung.example",
        subject="[INC-2025-118842] Regress-Eingang: Scans aus Posteingang UV-Träger werden nicht zugeordnet",
        date="2025-02-24 09:51",
        body="""Guten Tag Frau Oberdieck,

Ihre Störungsmeldung wurde aufgenommen.

Ticket:        INC-2025-118842
Kategorie:     Anwendung / Schaden-DMS / Posteingangsklassifizierung
Priorität:     3 – mittel
Beschreibung:  Schreiben der UV-Träger (Regressanmeldungen, Teilungsabkommen-
               Abrechnungen) landen seit dem Release am 21.02. im Korb
               „unklar“ statt in der Regress-Warteschlange.
Bearbeiter:    2nd Level DMS (Olga Hrubesch)

Zwischenstand: Die Dokumentklasse „UV_REGRESS“ fehlt in der neuen Regelversion.
Wir spielen die Korrektur heute Abend ein. Bitte keine Dokumente manuell
umhängen, die Zuordnung läuft nach dem Fix automatisch nach.

Freundliche Grüße
IT-Servicedesk Lindenhof
Diese Nachricht wurde automatisch erstellt.
""")

def m011():
    return mail(
        "CONFIDENTIAL", "en", "company",
        "fleet driver list with names, dates of birth and licence classes in CSV (motor line)",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="kfz-flotte@lindenhof-versicherung.example",
        subject="FW: Precision Components – driver list for fleet renewal",
        date="2025-01-30 15:33",
        body="""Bitte an den Flottenvertrag KF 9003 6611 hängen, Renewal 01.04.
Fahrerkreis ist ab sofort namentlich benannt (statt beliebige Fahrer),
Rabatt wie besprochen. – JF

---------- Forwarded message ---------
From: Rachel Dunmore <rachel.dunmore@precision-components.example>
Date: Thu, 30 Jan 2025 at 14:58
Subject: driver list for fleet renewal
To: Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>

Hi Jonas,

as requested for the named-driver option, here is the list of employees who
are allowed to drive our pool cars and the two vans. Licence checks were done
in January by our facility team.

Thanks,
Rachel

Rachel Dunmore | HR Business Partner EMEA
Precision Components Germany GmbH | Industriestr. 22 | 29525 Uelzen
""",
        attachments=[att("named_drivers_2025.csv", csvdata([
            ["Last name", "First name", "Date of birth", "Licence class", "Licence since", "Vehicles"],
            ["Brinkmann", "Tobias", "1984-03-22", "B, BE", "2002", "pool"],
            ["Dunmore", "Rachel", "1979-11-05", "B", "1997", "pool"],
            ["Hülsmann", "Kerstin", "1990-07-14", "B", "2008", "pool"],
            ["Nowak", "Pawel", "1976-01-30", "B, C1, C1E", "1994", "pool, vans"],
            ["Otte", "Jannik", "1998-09-09", "B", "2016", "vans"],
            ["Szabo", "Levente", "1988-04-27", "B, BE, C", "2006", "pool, vans"],
        ], delimiter=","))])


def m012():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "internal",
        "medical advisor's assessment of thumb injury, invalidity per Gliedertaxe, named insured",
        frm="Dr. Miriam Assmann <m.assmann@lindenhof-versicherung.example>",
        to="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        subject="AW: GU 3301 1940 Holzwerk Brüning – Stellungnahme Invalidität Gerdes",
        date="2025-03-18 17:26",
        body="""Hallo Timo,

zu Herrn Jens Gerdes (Unfall 14.03.2024, Kreissäge, linker Daumen):

Das Gutachten von Dr. Pohlmann vom 20.02.2025 ist nachvollziehbar. Befund
nach 11 Monaten: Amputation im Endglied des Daumens links, Stumpf gut
gepolstert, Restbeweglichkeit im Grundgelenk 0-10-40 (Gegenseite 0-0-60),
Spitzgriff eingeschränkt, Kraftgrad 4/5.

Gliedertaxe nach AUB 2014 Ziff. 2.1.2.2.1:
  Daumen (Verlust)                      20 %
  hier: Endgliedverlust + Funktionsminderung Grundgelenk  = 7/20 Daumenwert
  -> Invaliditätsgrad 7 %

Vorinvalidität: keine bekannt. Mitwirkung von Krankheiten: keine.
Die progressive Staffel (225 %) greift bei 7 % noch nicht. Bitte
Invaliditätsleistung auf Basis 7 % der Grundsumme anweisen.

Die MdE der BG (20 v.H.) ist für uns nicht maßgeblich – bitte im
Abrechnungsschreiben an den Arbeitgeber kurz darauf hinweisen, die fragen
erfahrungsgemäß nach.

Viele Grüße
Miriam

Dr. med. Miriam Assmann
Beratungsärztin Personenversicherung, Lindenhof Versicherung AG
""")


def m013():
    return mail(
        "NORMAL", "de", "insurer-to-company",
        "trap: risk-engineering noise survey of a foundry hall, machines and dB(A), no person",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="Arbeitssicherheit Haarmann <arbeitssicherheit@giesserei-haarmann.example>",
        subject="Bericht Begehung Lärm Putzerei / Halle 3 vom 05.02.2025",
        date="2025-02-14 12:10",
        body="""Guten Tag,

anbei wie vereinbart unser Kurzbericht zur Begehung der Putzerei in Halle 3.
Die wichtigsten Punkte vorab:

- An 4 von 7 Messpunkten liegt der Tages-Lärmexpositionspegel über 85 dB(A),
  der Lärmbereich ist bisher nur am Osttor gekennzeichnet.
- Die Druckluftausblasung am Strahlkabinenausgang ist mit 98 dB(A) die
  lauteste Einzelquelle – Tausch gegen Sicherheits-Blasdüsen bringt ca. 8 dB.
- Das Lärmminderungsprogramm nach § 7 LärmVibrationsArbSchV ist von 2019
  und sollte fortgeschrieben werden.

Wir sprechen die Punkte gern im nächsten ASA durch.

Mit freundlichen Grüßen
Sabine Kettler
Risk Engineering / Schadenverhütung
Lindenhof Versicherung AG
""",
        attachments=[att("Begehungsbericht_Laerm_Halle3.docx", docx([
            "#Kurzbericht Lärmbegehung Halle 3 (Putzerei) – Gießerei Haarmann GmbH",
            "Datum der Begehung: 05.02.2025, Frühschicht, Normalbetrieb, alle Anlagen in Betrieb.",
            "Messgerät: Klasse-1-Schallpegelmesser, kalibriert 01/2025.",
            [["Messpunkt", "Tätigkeit / Quelle", "LEX,8h dB(A)", "LpC,peak dB(C)", "Maßnahme"],
             ["MP1", "Schleifbock 1", "91", "129", "Kapselung prüfen"],
             ["MP2", "Schleifbock 2", "90", "127", "Kapselung prüfen"],
             ["MP3", "Strahlkabine Ausgang, Ausblasen", "98", "134", "Sicherheitsblasdüsen"],
             ["MP4", "Entgraten Handarbeitsplatz", "87", "121", "Gehörschutz Pflicht"],
             ["MP5", "Gang Mitte", "82", "115", "Kennzeichnung"],
             ["MP6", "Meisterbüro (Tür offen)", "74", "104", "-"],
             ["MP7", "Pausenbereich", "69", "98", "-"]],
            "Bewertung: Lärmbereich nach § 7 Abs. 4 LärmVibrationsArbSchV ist gesamt zu kennzeichnen.",
            "Empfehlung: Fortschreibung Lärmminderungsprogramm, Gehörschutz-Otoplastiken, Pflichtvorsorge organisieren.",
            "Personenbezogene Daten wurden bei der Begehung nicht erhoben.",
        ], title="Lärmbegehung Halle 3"))])


def m014():
    return mail(
        "CONFIDENTIAL", "de", "broker",
        "sole-trader broker's commission query with his IBAN and tax number",
        frm="Nadine Petersen <n.petersen@lindenhof-versicherung.example>",
        to="provisionen@lindenhof-versicherung.example",
        subject="WG: Courtage BHV Gerüstbau Kowalski – neue Bankverbindung",
        date="2025-02-05 08:47",
        body="""Liebe Kollegen,

bitte Bankverbindung für Vermittler 60-4471 (Yilmaz) ändern, Original
siehe unten. Das unterschriebene Formular liegt mir im Original vor.

Danke, Nadine

-----Ursprüngliche Nachricht-----
Von: Deniz Yilmaz <kontakt@versicherungsbuero-yilmaz.example>
Gesendet: Dienstag, 4. Februar 2025 19:12
An: Petersen, Nadine
Betreff: Courtage BHV Gerüstbau Kowalski – neue Bankverbindung

Hallo Frau Petersen,

die Courtage für die BHV Gerüstbau Kowalski (und künftig alles andere)
bitte auf mein neues Geschäftskonto:

Kontoinhaber: Deniz Yilmaz, Versicherungsbüro
IBAN: DE67 2027 0987 0087 6108 00
Steuernummer: 25/147/03318 (FA Hannover-Nord)

Das alte Konto bei der Sparkasse löse ich Ende März auf.
Und kurze Frage: die Courtage für die Unfallzusatz im Gerüstbau kommt die
separat?

Danke & Gruß
Deniz Yilmaz
Versicherungsmakler, Register-Nr. D-4XKT-Q72MH-41
""")


def m015():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "lawyer",
        "lawyer of injured Dutch contractor worker claims damages: fractures, surgery, pain and suffering",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        subject="FW: Claim of Mr. Bram de Wit against Gießerei Haarmann GmbH – your ref 41-HV-2024-019020",
        date="2025-01-15 10:02",
        body="""Katrin, this came to me because it is in English – it is your file.
The Dutch worker was employed by the contractor, not by Haarmann, so no
Haftungsprivileg for our insured unless it was a "gemeinsame Betriebsstätte".
Worth a look. Greta

-----Original Message-----
From: mr. Floor Verbeek <f.verbeek@verbeek-advocaten.example>
Sent: Tuesday, January 14, 2025 17:40
To: claims@lindenhof-versicherung.example
Subject: Claim of Mr. Bram de Wit against Gießerei Haarmann GmbH

Dear Sir or Madam,

We act for Mr. Bram de Wit, born 12 April 1983, residing at Kerkstraat 88,
7411 Deventer, the Netherlands, employed by Van der Meulen Industrieservice
B.V. On 9 October 2024 our client was carrying out maintenance on the
ladle crane in hall 2 of your insured's premises when the crane, operated
by an employee of your insured, was set in motion without warning. Our
client fell approx. 2.5 metres.

He sustained a fracture of the left tibial plateau (Schatzker type II) and
a fracture of the left wrist (distal radius), was operated at Klinikum
Lindenau on 10 October 2024 and remained in hospital until 22 October 2024.
He has been unable to work since and is undergoing physiotherapy three
times a week in Deventer. His orthopaedic surgeon expects permanent
restrictions of the left knee.

We hold your insured liable and claim, on account:
- pain and suffering                       EUR 25,000.00
- loss of earnings to date (net)           EUR  9,840.00
- travel costs, household help             EUR  1,215.40

Medical reports and the payroll statements are attached to our letter
sent by post. Please confirm cover within 14 days.

Yours faithfully,
mr. F. Verbeek, advocaat
Verbeek Advocaten, Deventer
""")


def m016():
    return mail(
        "NORMAL", "en", "insurer-to-company",
        "trap: contractor safety-induction requirements, generic, no person",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="ehs@precision-components.example",
        subject="Contractor onboarding – minimum safety induction content",
        date="2025-03-10 09:30",
        body="""Dear EHS team,

following our site visit, here is the minimum content we recommend for the
safety induction of external contractors before they get a site badge:

1. site rules, emergency exits, assembly point, alarm signals
2. permit-to-work (hot work, confined spaces, work at height)
3. lockout/tagout on the CNC and press lines
4. PPE per area (safety shoes S3 everywhere, hearing protection in hall B)
5. how to report near misses and accidents (incl. first aid book)
6. short test, 10 questions, 8 correct to pass; record kept 2 years

Please also make sure the contractor's own risk assessment is on file
before the work starts. We are happy to review your induction slides.

Kind regards
Sabine Kettler
Risk Engineering | Lindenhof Versicherung AG
""")


def m017():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "BK 2301 suspected noise-induced hearing loss of named employee, recourse question",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="Geschäftsleitung Haarmann <gl@giesserei-haarmann.example>",
        cc="k.oberdieck@lindenhof-versicherung.example",
        subject="Ihre Anfrage: BK-Verfahren Herr Wolfgang Timmermann – Deckung BHV?",
        date="2025-02-26 11:18",
        body="""Sehr geehrter Herr Haarmann,

Sie haben uns die Mitteilung der BG Metall und Holz Nord über die Einleitung
eines Feststellungsverfahrens wegen Verdachts auf eine Berufskrankheit
Nr. 2301 (Lärmschwerhörigkeit) bei Ihrem Mitarbeiter Herrn Wolfgang
Timmermann, Gussputzer seit 1994, zugeleitet und fragen, ob Ihnen daraus
Ansprüche drohen.

Dazu kurz unsere Einschätzung:

1. Die Leistungen an Herrn Timmermann (Hörgeräte, ggf. Rente bei einer MdE
   ab 20 v.H.) trägt die BG. Ein direkter Anspruch von Herrn Timmermann
   gegen Sie ist durch das Haftungsprivileg des § 104 SGB VII ausgeschlossen.
2. Ein Regress der BG nach § 110 SGB VII setzt Vorsatz oder grobe
   Fahrlässigkeit voraus. Bei Lärm wäre das etwa der Fall, wenn über Jahre
   trotz bekannter Überschreitung kein Gehörschutz gestellt worden wäre.
   Nach unserem Bericht vom 14.02. (Halle 3) war Gehörschutz vorhanden.
3. Die Angabe im Audiogramm des Betriebsarztes – beidseitige Hochton-
   senke bei 4 kHz, rechts 55 dB, links 50 dB – passt typischerweise zu
   einer Lärmschwerhörigkeit; ob die BG anerkennt, wissen wir noch nicht.

Bitte schicken Sie uns Schreiben der BG, die einen Regress ankündigen,
sofort weiter. Äußern Sie sich gegenüber der BG zum Sachverhalt, aber nicht
zur Frage eines Verschuldens.

Mit freundlichen Grüßen
Rainer Kuhlmann
Gruppenleiter Regress / Haftpflicht-Großschaden
Lindenhof Versicherung AG
""")


def m018():
    return mail(
        "NORMAL", "de", "internal",
        "trap: insurer's own accident statistics for the year, counts only, no names",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="asa@lindenhof-versicherung.example",
        subject="Unfallstatistik 2024 Standort Hannover für die ASA-Sitzung",
        date="2025-01-21 16:02",
        body="""Hallo zusammen,

für die ASA-Sitzung am 29.01. hier die Zahlen 2024 (Standort Hannover,
1.140 Beschäftigte):

                              2024   2023
meldepflichtige Arbeitsunfälle   3      5
  davon Stolpern/Stürzen         2      3
  davon Schnitt/Quetschung       1      1
meldepflichtige Wegeunfälle      6      4
  davon Fahrrad                  4      2
Eintragungen Verbandbuch        41     37
Ausfalltage (meldepfl. Unfälle) 58     93
1000-Mann-Quote (Arbeitsunf.)  2,6    4,4

Auffällig: Fahrradunfälle auf dem Arbeitsweg haben zugenommen, alle im
Winterhalbjahr. Vorschlag: Aktion „Licht an“ mit kostenlosem Lichtcheck im
Oktober.

Die Einzelfälle bespreche ich wie immer nicht im ASA.

Gruß Heiko
""")


def m019():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "insurance certificate for a sole-trader baker's liability policy for a tender",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Ralf Grothues <ralf@baeckerei-grothues.example>",
        subject="Versicherungsbestätigung Betriebshaftpflicht für Ausschreibung Stadt Wunstorf",
        date="2025-03-04 10:55",
        body="""Hallo Herr Grothues,

wie gewünscht die Versicherungsbestätigung für die Ausschreibung der
Schulverpflegung. Das PDF mit Unterschrift kommt gleich per Post, für die
Vergabeplattform reicht aber diese Bestätigung.

  Versicherungsnehmer:   Ralf Grothues e.K., Bäckerei & Konditorei,
                         Lange Straße 19, 31515 Wunstorf
  Vertrag:               BH 5518 3390, Betriebs- und Produkthaftpflicht
  Laufzeit:              01.07.2021 – 01.07.2025, verlängert sich jährlich
  Deckungssummen:        5 Mio. EUR Personen-/Sachschäden
                         500.000 EUR Vermögensschäden
                         inkl. Produkthaftpflicht Lebensmittel
  Beitrag:               bezahlt bis 30.06.2025

Viel Erfolg bei der Ausschreibung!

Freundliche Grüße
Jonas Feldkamp
Underwriting Firmenkunden Haftpflicht
""")


def m020():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "internal",
        "HR to safety officer: colleague's commuting accident, wrist fracture, Unfallanzeige",
        frm="Lea Wohlfahrt <l.wohlfahrt@lindenhof-versicherung.example>",
        to="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        subject="Wegeunfall Frau Schomaker (Abt. 41) – Unfallanzeige",
        date="2025-01-09 11:37",
        cte="8bit",
        body="""Hi Heiko,

Frau Schomaker aus der Schadenabteilung ist gestern früh auf dem Weg ins
Büro mit dem Rad auf Glatteis gestürzt (Ecke Podbi/Lister Platz). Sie hat
sich das rechte Handgelenk gebrochen, wurde heute operiert (Platte), und ist
laut ihrem Mann mind. 6 Wochen krankgeschrieben.

Ich mache die Unfallanzeige an die BG fertig, brauche von dir nur die
genaue Wegstrecke-Bestätigung (Arbeitsbeginn laut Zeiterfassung 07:42 hat
sie nicht mehr gestempelt). Bitte nicht in den Teamverteiler, ihre
Teamleitung weiß Bescheid.

LG Lea
""")

def m021():
    return mail(
        "NORMAL", "mixed", "internal",
        "trap: company doctor's out-of-office, no patient or person data",
        frm="Dr. Ulrike Voss <betriebsarzt@lindenhof-versicherung.example>",
        to="m.thelen@lindenhof-versicherung.example",
        subject="Abwesenheitsnotiz: Re: Termine Gesundheitstag / health day dates",
        date="2025-04-14 08:03",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25.04.2025
nicht im Haus. Die betriebsärztliche Sprechstunde vertritt in dieser Zeit
Frau Dr. Neumeister (AMZ Weserbergland), Termine über das Sekretariat
Gesundheitsmanagement, Tel. 0511 4471-1190.

In dringenden Fällen (Arbeitsunfall) wenden Sie sich bitte an die
Ersthelfer Ihrer Etage oder den Notruf 112.

Thank you for your message. I am out of office until 25 April 2025. During
this time, occupational health appointments are covered by Dr. Neumeister
(AMZ Weserbergland) – please book via the health management office,
phone +49 511 4471-1190. Travel vaccinations: please allow 6 weeks.

Dr. med. Ulrike Voss
Betriebsärztin | Occupational Physician
""")


def m022():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
        "large-loss notice to reinsurer: fatal fall of named roofer, age, dependants",
        frm="Priya Raman <p.raman@lindenhof-versicherung.example>",
        to="claims.casualty@nordstern-re.example",
        cc="t.reinhardt@lindenhof-versicherung.example",
        subject="Large loss advice – GPA treaty 2025 – claim UV-2025-00417 (fatality)",
        date="2025-04-02 15:20",
        body="""Dear colleagues,

in accordance with clause 9 of the GPA quota share we advise the following
loss, which exceeds the cash-call threshold of EUR 250,000:

Cedant claim no.:     UV-2025-00417
Policyholder:         Gerüstbau Kowalski (sole trader), Garbsen
Policy:               group accident GU 3380 0551, 9 insured persons,
                      death benefit EUR 150,000, invalidity EUR 400,000
                      (progression 350 %), accidental death double indemnity
                      for work accidents agreed
Insured person:       Mr Florian Haase, born 22 August 1996, scaffolder
Date of loss:         27 March 2025
Circumstances:        fell approx. 11 m from the 5th scaffold level while
                      dismantling; side protection had been removed;
                      died at the scene (multiple injuries, head trauma).
                      Police and the factory inspectorate are investigating.
Beneficiaries:        his partner (not married) and one child aged 3,
                      as designated in the enrolment form
Reserve (100 %):      EUR 300,000 (death benefit incl. double indemnity)
Your share (40 %):    EUR 120,000

We will send the death certificate and the police report once received.
Please note that statutory benefits from the BG (survivor's pension) do
not reduce our payment.

Kind regards
Priya Raman
Reinsurance & Portfolio Analytics | Lindenhof Versicherung AG
""")


def m023():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "Dutch self-employed subcontractor: liability certificate, policy no., premium refund IBAN",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Joost Hendriks <joost@hendriks-montage.example>",
        subject="Your liability policy BH 8804 1276 – certificate and premium refund",
        date="2025-02-03 13:12",
        body="""Dear Mr Hendriks,

thank you for your call. As you now work only as a one-man business
(ZZP) and no longer employ staff, we have adjusted your commercial
liability policy from 1 January 2025:

  Policyholder:   Joost Hendriks, Hendriks Montage (eenmanszaak),
                  KvK 7718 2204, Industrieweg 14, 7903 AR Hoogeveen
  Policy:         BH 8804 1276
  Cover:          EUR 3m bodily injury / property damage, Germany & Benelux
  New premium:    EUR 612.00 p.a. (previously EUR 1,344.00 with 3 employees)

The overpaid premium of EUR 732.00 will be refunded within 10 days to your
account NL41 INGB 9261 8187 57.

The certificate of insurance for the German site owner (Precision
Components, Uelzen) is attached to this mail in German and English.

Kind regards
Jonas Feldkamp
Commercial Liability Underwriting | Lindenhof Versicherung AG
""",
        attachments=[att("Certificate_of_Insurance_BH88041276.pdf", pdf([[
            "#Versicherungsbestätigung / Certificate of Insurance",
            "Lindenhof Versicherung AG, Lindenhofallee 12, 30159 Hannover",
            "",
            "Versicherungsnehmer / Policyholder: Joost Hendriks, Hendriks Montage, Hoogeveen (NL)",
            "Vertrag / Policy: BH 8804 1276 – Betriebshaftpflicht / Commercial General Liability",
            "Versicherungszeitraum / Period: 01.01.2025 – 01.01.2026",
            "Deckungssumme / Limit: EUR 3.000.000 pauschal für Personen- und Sachschäden",
            "Tätigkeit / Activity: Montage von Förderanlagen / installation of conveyor systems",
            "Geltungsbereich / Territory: Deutschland, Niederlande, Belgien, Luxemburg",
            "",
            "Hannover, 03.02.2025 – Lindenhof Versicherung AG",
        ]], title="Certificate of Insurance"))])


def m024():
    return mail(
        "NORMAL", "de", "internal",
        "trap: blank maternity-protection hazard assessment for a job type, no employee",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="Lea Wohlfahrt <l.wohlfahrt@lindenhof-versicherung.example>",
        cc="betriebsarzt@lindenhof-versicherung.example",
        subject="Anlassunabhängige GBU Mutterschutz – Entwurf Sachbearbeitung/Bildschirm",
        date="2025-03-20 10:14",
        body="""Hallo Lea,

anbei der Entwurf der anlassunabhängigen Gefährdungsbeurteilung nach
§ 10 MuSchG für die Tätigkeit „Sachbearbeitung mit Bildschirmarbeit“.
Das ist die generische Beurteilung, die wir für jeden Arbeitsplatztyp
vorhalten müssen – unabhängig davon, ob gerade jemand schwanger ist oder
stillt. Die anlassbezogene Beurteilung machen wir erst, wenn uns eine
Mitarbeiterin eine Schwangerschaft mitteilt, und dann natürlich nicht über
Verteiler.

Ergebnis in Kürze: keine unverantwortbare Gefährdung; Schutzmaßnahmen
„Liegemöglichkeit“ (Ruheraum 3. OG) und „Unterbrechung langes Sitzen“.
Frau Dr. Voss schaut noch drüber.

Gruß Heiko
""",
        attachments=[att("GBU_MuSchG_Sachbearbeitung_Entwurf.docx", docx([
            "#Gefährdungsbeurteilung nach § 10 MuSchG (anlassunabhängig)",
            "Tätigkeit: Sachbearbeitung mit Bildschirmarbeit, Standort Hannover",
            "Erstellt: H. Brandner (Sifa), Beteiligung: Betriebsärztin, Betriebsrat",
            [["Gefährdung", "Beurteilung", "Schutzmaßnahme", "Schwangere", "Stillende"],
             ["Langes Sitzen", "gering", "Pausen, Steh-Sitz-Tisch", "geeignet", "geeignet"],
             ["Infektionsgefährdung Publikumsverkehr", "keine", "-", "geeignet", "geeignet"],
             ["Heben und Tragen > 5 kg (Aktenkisten)", "gelegentlich", "Transportwagen, Hilfe anfordern", "mit Maßnahme", "geeignet"],
             ["Alleinarbeit", "nein", "-", "geeignet", "geeignet"],
             ["Nacht-/Sonntagsarbeit", "nicht vorgesehen", "-", "geeignet", "geeignet"]],
            "Ergebnis: Die Tätigkeit kann bei Umsetzung der Maßnahmen grundsätzlich fortgeführt werden.",
            "Name der Mitarbeiterin: ________________  (nur bei anlassbezogener Beurteilung auszufüllen)",
        ], title="GBU MuSchG Entwurf"))])


def m025():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "internal",
        "company doctor to HR: named staff needing VDU glasses after eye screening",
        frm="Dr. Ulrike Voss <betriebsarzt@lindenhof-versicherung.example>",
        to="Lea Wohlfahrt <l.wohlfahrt@lindenhof-versicherung.example>",
        subject="Bildschirmarbeitsplatzbrillen – Kostenübernahme Q1",
        date="2025-04-03 15:47",
        body="""Liebe Frau Wohlfahrt,

aus der Angebotsvorsorge Bildschirmarbeit (Teil 4 Abs. 2 Nr. 1 ArbMedVV) im
ersten Quartal ergeben sich folgende Kostenübernahmen für spezielle
Bildschirmarbeitsplatzbrillen. Die Beschäftigten haben der Weitergabe an
die Personalabteilung zu diesem Zweck schriftlich zugestimmt; Befunde gebe
ich darüber hinaus nicht weiter.

  Lars Dettmer, Abt. 23       Arbeitsplatzbrille Nahkomfort, bis 220 EUR
  Hatice Demir, Abt. 41       Arbeitsplatzbrille Nahkomfort, bis 220 EUR
  Gerlinde Frerichs, Abt. 11  Bildschirmbrille Einstärken, bis 120 EUR
  Dominik Rahe, Abt. 52       Arbeitsplatzbrille Nahkomfort, bis 220 EUR

Bitte Abrechnung wie bisher über den Optiker-Rahmenvertrag.

Mit freundlichen Grüßen
Dr. med. Ulrike Voss
Fachärztin für Arbeitsmedizin, Betriebsärztin
Lindenhof Versicherung AG – Gesundheitsmanagement

VERTRAULICH – ärztliche Schweigepflicht (§ 203 StGB). Nicht weiterleiten.
""")


def m026():
    return mail(
        "NORMAL", "de", "insurer-to-supplier",
        "trap: order of first-aid kit refills, plasters and skin-protection cream",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="bestellung@medisafe-arbeitsschutz.example",
        subject="Bestellung Kd.-Nr. 20-55817 – Nachfüllung Verbandkästen / Hautschutz",
        date="2025-02-06 09:22",
        body="""Guten Morgen,

bitte liefern Sie an Lindenhof Versicherung AG, Warenannahme Tor 2,
Lindenhofallee 12, 30159 Hannover:

Pos  Art.-Nr.      Bezeichnung                                  Menge
1    VK-13157-NF   Nachfüllset Betriebsverbandkasten DIN 13157     12
2    PFL-W-100     Wundpflaster wasserfest, 100er Spender           10
3    KAL-SOFORT    Sofort-Kältekompresse                            24
4    AUG-SP-500    Augenspülflasche 500 ml (Kantine, Druckerei)      4
5    HS-SCHUTZ-1L  Hautschutzcreme Kartusche 1 l (Druckerei)         6
6    HS-PFL-1L     Hautpflegecreme Kartusche 1 l (Druckerei)         6
7    VB-DIN-A5     Verbandbuch DIN A5                                5

Rechnung bitte an kreditoren@lindenhof-versicherung.example mit
Bestellnummer BE-2025-0219.

Danke und Gruß
Heiko Brandner
Arbeitssicherheit
""")


def m027():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-company",
        "company sent individual salaries instead of payroll total; quoted list with names and pay",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Buchhaltung Sandkamp <buchhaltung@elektro-sandkamp.example>",
        subject="AW: Lohnsummenmeldung 2024 BHV",
        date="2025-02-12 14:41",
        headers=[("In-Reply-To", "<a7c3e1f0@elektro-sandkamp.example>")],
        body="""Sehr geehrte Frau Brüggemann,

vielen Dank – für die Beitragsabrechnung der Betriebshaftpflicht brauchen
wir allerdings nur die Summe der Bruttolöhne (ohne Azubis), keine Liste je
Mitarbeiter. Ich habe die Summe übernommen (412.880 EUR) und Ihre Liste
aus unserem System gelöscht. Bitte schicken Sie künftig nur den
Gesamtbetrag.

Mit freundlichen Grüßen
Jonas Feldkamp

Am 12.02.2025 um 11:02 schrieb Buchhaltung Sandkamp:
> Hallo Herr Feldkamp,
> anbei die Löhne 2024 wie angefragt:
>
> Name              Tätigkeit           Brutto 2024
> Sandkamp, Uwe     Geschäftsführer      78.000,00
> Kiefer, Sven      Elektroniker         46.320,00
> Lohmeier, Birte   Büro (TZ 30 h)       29.400,00
> Pahl, Christian   Elektroniker         44.880,00
> Rieke, Marvin     Elektroniker         43.200,00
> Tönnies, Ole      Helfer               31.080,00
> Ubben, Jörg       Meister              62.000,00
> Weiß, Daniel      Elektroniker         78.000,00  (inkl. Abfindung)
> Azubis (2)                             20.640,00
>
> Gruß, Sonja Brüggemann
> Elektro Sandkamp GmbH
""")


def m028():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "company",
        "HR asks about group accident claim after named employee's herniated disc operation",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Rachel Dunmore <rachel.dunmore@precision-components.example>",
        subject="RE: GPA claim Mr Tobias Brinkmann – return to work",
        date="2025-04-08 12:26",
        body="""Dear Ms Dunmore,

thank you for your message. Two points from our side:

1. Under the group accident policy a herniated disc is in principle not
   covered, even if it became noticeable while lifting (section 5.2.1
   AUB). Cover exists only if an accident was the predominant cause.
   Our medical advisor will check the MRI report you sent; please do not
   expect a payment before that.
2. The modified-duty plan is a matter between you, Mr Brinkmann and your
   company doctor. We do not need to receive it.

Kind regards
Timo Reinhardt
Accident Claims | Lindenhof Versicherung AG

-----Original Message-----
From: Rachel Dunmore <rachel.dunmore@precision-components.example>
Sent: Monday, April 7, 2025 17:05
To: Reinhardt, Timo
Subject: GPA claim Mr Tobias Brinkmann – return to work

Hi Mr Reinhardt,

quick update on Tobias (group accident policy GU 4471 0093): he had the
surgery for the herniated disc L5/S1 on 24 March, the surgeon says he may
return on 5 May with no lifting above 10 kg for three months. He is
convinced it was caused when the pallet slipped on 11 March. Attached is
the MRI report he gave us. Does the policy pay something for the time off?
We would also send you our modified-duty plan if helpful.

Best, Rachel
""")


def m029():
    return mail(
        "NORMAL", "mixed", "internal",
        "trap: minutes of an international programme call on EL/GPA structure, no person",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="int-programmes@lindenhof-versicherung.example",
        subject="Protokoll / minutes – Hollis programme call 19.02.",
        date="2025-02-19 17:55",
        body="""Hi all / Hallo zusammen,

kurze minutes vom Call mit Calder & Finch heute:

1. Structure 2025: Master in London (EL/PL), local admitted policy DE
   (Betriebshaftpflicht inkl. Regress UV-Träger), local GPA DE for
   seconded staff. DIC/DIL bleibt beim Master.
2. German statutory accident insurance: Calder asked again why we don't
   "cover workers' comp" – erklärt: gesetzliche UV ist Pflicht über die
   BG, we only cover the employer's liability incl. § 110 SGB VII recourse.
3. Claims reporting: quarterly bordereau, aggregated only; individual
   claims details only on request via secure mail, not in the bordereau.
4. Next call 20 May, 15:00 CET.

Action items:
- MT: send Deckungsübersicht EN to Calder by 28.02.
- GL: check whether UK posted workers need A1 for BG cover (HR topic,
  nicht unser Thema, aber Calder fragt).

Cheers, Marcus
""")


def m030():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "lawyer",
        "claimant's lawyer demands pain and suffering from co-worker; injury and criminal complaint",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="RA Dr. Konstantin Ebeling <ebeling@ebeling-partner.example>",
        subject="Mandat: Zielinski ./. Brandt – Schmerzensgeld Gabelstapler (unser Az. 41-HV-2024-017733)",
        date="2025-01-23 09:08",
        body="""Sehr geehrter Herr Dr. Ebeling,

wir bitten Sie, unseren Versicherungsnehmer Herrn Marco Brandt (PHV über
den Gruppenvertrag der Nordkreuz Logistik, Vertrag PH 2207 4413)
außergerichtlich und ggf. gerichtlich gegen die unten zitierte Forderung
zu vertreten. Aus unserer Sicht greift § 105 SGB VII: Herr Brandt und der
Anspruchsteller sind Arbeitskollegen, der Unfall geschah bei betrieblicher
Tätigkeit, Vorsatz liegt nicht vor. Das Ermittlungsverfahren wegen
fahrlässiger Körperverletzung gegen Herrn Brandt wurde nach § 153a StPO
gegen Zahlung von 800 EUR eingestellt.

Das Schreiben der Gegenseite im Wortlaut:

> Rechtsanwältin Svenja Hartlieb, Verden
> Unser Mandant Herr Piotr Zielinski, geb. 03.05.1979, wurde am 11.06.2024
> im Lager der Nordkreuz Logistik GmbH von dem von Ihrem Versicherungs-
> nehmer gesteuerten Gabelstapler erfasst. Er erlitt eine offene
> Unterschenkelfraktur links (Gustilo II), wurde dreimal operiert und
> befand sich bis 19.07.2024 in stationärer Behandlung, anschließend in der
> BG-Rehabilitation. Es verbleibt eine Gehbehinderung; eine posttraumatische
> Belastungsstörung wird ambulant behandelt.
> Wir fordern ein Schmerzensgeld von mindestens 40.000 EUR. Auf das
> Haftungsprivileg kann sich Ihr Versicherungsnehmer nicht berufen, da er
> den Stapler ohne Fahrausweis geführt hat.

Die Frage „ohne Fahrausweis“ prüfen wir noch mit dem Arbeitgeber; ein
fehlender Fahrausweis ändert nach unserer Auffassung nichts an der
betrieblichen Tätigkeit.

Die Akte (Ermittlungsakte, BG-Schriftverkehr) senden wir Ihnen über das
Portal.

Mit freundlichen Grüßen
Katrin Oberdieck
Lindenhof Versicherung AG
""")

def m031():
    return mail(
        "NORMAL", "en", "internal",
        "trap: aggregated recourse claims by occupational-disease number for group reporting",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="group-reporting@lindenhof-versicherung.example",
        subject="Q4 input: statutory insurer recourse (SGB VII) – counts by BK and accident type",
        date="2025-01-28 13:40",
        body="""Hi,

here is our Q4 input for the liability section of the group report.
Counts only, no claim references. Occupational disease recourse remains
rare because § 110 SGB VII needs gross negligence; almost all of it is
asbestos from old policy years.

Rainer
""",
        attachments=[att("recourse_SGBVII_2024Q4.csv", csvdata([
            ["category", "code", "description", "new_notifications", "open_end_Q4", "paid_2024_EUR"],
            ["occupational disease", "BK 2301", "noise-induced hearing loss", "2", "5", "0"],
            ["occupational disease", "BK 5101", "skin disease", "1", "2", "0"],
            ["occupational disease", "BK 2108", "lumbar spine, lifting", "0", "1", "0"],
            ["occupational disease", "BK 4103-4105", "asbestos related", "4", "19", "1184200"],
            ["accident at work", "-", "fall from height", "7", "23", "2206450"],
            ["accident at work", "-", "machine, crushing", "5", "14", "931800"],
            ["accident at work", "-", "forklift / internal traffic", "3", "9", "402115"],
            ["accident at work", "-", "other", "6", "11", "188400"],
        ], delimiter=","))])


def m032():
    return mail(
        "CONFIDENTIAL", "en", "broker",
        "broker's wage roll for EL premium with named employees and salaries, in XLSX only",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        subject="FW: Hollis Verpackungen – wageroll 2024 for EL/PL adjustment",
        date="2025-03-14 09:12",
        body="""Jonas, FYI – the broker sent a full payroll extract with names instead
of the total. Please use only the total for the adjustment and delete the
file afterwards; I have told Oliver for next year.

Marcus

-----Original Message-----
From: Oliver Pryce <oliver.pryce@calderfinch.example>
Sent: Thursday, March 13, 2025 18:22
To: Thelen, Marcus
Subject: Hollis Verpackungen – wageroll 2024 for EL/PL adjustment

Marcus,

wageroll for the German entity attached for the premium adjustment.
Total gross EUR 3.41m, 58 heads.

Cheers
Oliver Pryce
Account Executive, Calder & Finch Insurance Brokers Ltd, London
""",
        attachments=[att("Hollis_DE_wageroll_2024.xlsx", xlsx([
            ("wageroll", [
                ["Employee ID", "Name", "Function", "Dept", "Gross 2024 EUR"],
                ["HV-1001", "Albers, Frank", "Plant manager", "Mgmt", 118500],
                ["HV-1014", "Bekker, Ina", "Shift lead", "Production", 61240],
                ["HV-1022", "Cordes, Rüdiger", "Machine operator", "Production", 43810],
                ["HV-1023", "Diallo, Moussa", "Machine operator", "Production", 42975],
                ["HV-1031", "Eilers, Saskia", "Quality", "QA", 52300],
                ["HV-1040", "Whitby, Aaron", "Maintenance (seconded UK)", "Maintenance", 57900],
                ["HV-1044", "Fuchs, Melanie", "Forklift driver", "Logistics", 38420],
                ["...", "(51 further rows)", "", "", ""],
                ["TOTAL", "", "", "", 3410660],
            ]),
        ]))])


def m033():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "BG recourse claim under § 110 SGB VII summarised: treatment costs, injury benefit, reduced earning capacity",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Bernd Kloppe <b.kloppe@stahlbau-wendt.example>",
        cc="Geschäftsführung <gf@stahlbau-wendt.example>",
        subject="41-HV-2025-003317 – Regressanmeldung der BG nach § 110 SGB VII (Krawczyk)",
        date="2025-04-22 10:31",
        body="""Sehr geehrter Herr Kloppe,
sehr geehrte Damen und Herren,

die BG Metall und Holz Nord hat uns mit Schreiben vom 15.04.2025 einen
Regressanspruch nach § 110 SGB VII wegen des Unfalls von Herrn Dennis
Krawczyk vom 04.02.2025 angemeldet. Die BG stützt den Vorwurf grober
Fahrlässigkeit darauf, dass am Unfalltag an der Gerüstlage in 3,20 m
Höhe der Seitenschutz fehlte und eine Unterweisung zur Absturzsicherung
seit 2022 nicht dokumentiert sei.

Bisher beziffert die BG ihre Aufwendungen wie folgt:

  Stationäre Behandlung Klinikum Lindenau, 04.02.–19.02.      18.640,22 EUR
  (Operation Fersenbein re., Plattenosteosynthese)
  BG-Rehabilitation (EAP) 03.03.–11.04.                         7.215,00 EUR
  Verletztengeld ab 18.03. (nach Entgeltfortzahlung)           3.987,40 EUR
  Fahrtkosten, Hilfsmittel (Orthese, Unterarmgehstützen)          612,85 EUR
  Summe bisher                                                 30.455,47 EUR

Die BG kündigt zudem an, dass wegen der Fersenbeinfraktur eine Rente nach
einer MdE von voraussichtlich 20 v.H. in Betracht kommt (JAV laut BG
41.250 EUR) und behält sich den kapitalisierten Rentenwert vor.

Wir prüfen die Verschuldensfrage. Bitte senden Sie uns bis 09.05.:
- Unterweisungsnachweise 2022–2025 für Herrn Krawczyk und die Kolonne,
- Gerüstprüfprotokoll (Freigabe) des Gerüsterstellers für die Baustelle,
- Stellungnahme des Bauleiters zum fehlenden Seitenschutz.

Mit freundlichen Grüßen
Katrin Oberdieck
Schadenreferentin Haftpflicht / Regress UV-Träger
Lindenhof Versicherung AG
""")


def m034():
    return mail(
        "NORMAL", "de", "internal",
        "trap: minutes of the occupational safety committee in an ODT, no person data",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="asa@lindenhof-versicherung.example",
        subject="Protokoll ASA 1/2025",
        date="2025-01-31 14:20",
        body="""Hallo zusammen,

anbei das Protokoll der ASA-Sitzung vom 29.01. Änderungswünsche bitte bis
07.02. an mich.

Gruß Heiko
""",
        attachments=[att("Protokoll_ASA_2025-01-29.odt", odt([
            "#Protokoll Arbeitsschutzausschuss 1/2025",
            "Teilnehmer: Arbeitgebervertreter (Vorstandsbereich Betrieb), Betriebsärztin, Fachkraft für Arbeitssicherheit, zwei Mitglieder des Betriebsrats, Sicherheitsbeauftragte (4).",
            "TOP 1: Unfallstatistik 2024 – 3 meldepflichtige Arbeitsunfälle, 6 Wegeunfälle; Schwerpunkt Fahrradunfälle im Winter. Aktion Lichtcheck im Oktober beschlossen.",
            "TOP 2: Gefährdungsbeurteilung psychische Belastung – Workshops in Abt. 41 und 52 abgeschlossen, Maßnahmenplan bis Q2.",
            "TOP 3: Begehung Druckerei – Hautschutzplan aktualisiert, Absaugung Falzmaschine wird im März gewartet.",
            "TOP 4: Asbest Flügel C – Probenahme im Zuge der Sanierung, Ergebnisse Februar, Freimessung vor Wiederbezug.",
            "TOP 5: Ersthelferquote – 74 ausgebildete Ersthelfer, Soll 57 (5 %), in Ordnung; 2 Etagen ohne Ersthelfer in der Spätschicht.",
            "TOP 6: Verschiedenes – Grippeschutzimpfung im Oktober wieder über den betriebsärztlichen Dienst.",
            "Nächste Sitzung: 23.04.2025, 14:00 Uhr, Raum E.14.",
        ]))])


def m035():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "fleet motor claim: named employee reversed into a gate, plate, nobody hurt",
        frm="Kfz-Schaden Firmenflotten <kfz-flotte@lindenhof-versicherung.example>",
        to="Fuhrpark Nordkreuz <fuhrpark@nordkreuz-logistik.example>",
        subject="Flotte KF 9011 2040 – Schaden 52-KF-2025-006120, HB-NK 418",
        date="2025-03-07 11:09",
        body="""Sehr geehrte Damen und Herren,

wir bestätigen den Eingang der Schadenanzeige:

  Fahrzeug:      HB-NK 418, Mercedes Sprinter, FIN WDB9066351P448210
  Fahrer:        Herr Kevin Lüdemann, Personalnr. laut Ihrer Meldung 4417
  Schadentag:    04.03.2025, ca. 14:30 Uhr
  Hergang:       beim Rückwärtssetzen an der Rampe 3 eines Kunden
                 (Baustoffhandel Meyerdierks, Achim) gegen das Rolltor
  Personenschaden: nein, laut Meldung niemand verletzt

Den Fremdschaden am Rolltor regulieren wir direkt mit dem Kunden. Für den
Eigenschaden (Heck, Stoßfänger) besteht Vollkasko mit 1.000 EUR SB.
Werkstattfreigabe erfolgt nach Eingang des Kostenvoranschlags.

Freundliche Grüße
Ihr Kfz-Schadenteam Firmenflotten
Lindenhof Versicherung AG
""")


def m036():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "doctor",
        "occupational fitness certificate for work at heights with restriction, in recourse file",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="RA Dr. Konstantin Ebeling <ebeling@ebeling-partner.example>",
        subject="de Wit ./. Haarmann – fitness certificate found in contractor file",
        date="2025-02-28 16:02",
        body="""Dear Dr Ebeling,

further to our call: the contractor (Van der Meulen Industrieservice)
sent us the occupational health certificate of Mr Bram de Wit which they
had on file. It is relevant for contributory negligence – he should not
have been on the crane runway at all. Text below as received (English
version issued by their Dutch occupational health service).

  Arbodienst Salland-Oost B.V.
  Certificate of medical fitness – work at heights / fall hazard
  Employee: Bram de Wit, date of birth 12-04-1983
  Employer: Van der Meulen Industrieservice B.V.
  Examination: 02-09-2024, follow-up
  Result: FIT WITH RESTRICTIONS
  Restriction: no work at heights above 1 m and no work on ladders or
  crane runways until 01-03-2025 (episode of vertigo, under ENT
  investigation, betahistine 16 mg started 08/2024)
  Next examination: 03/2025
  Occupational physician: drs. E. Kuipers

Please treat this as medical data; I have not passed it to our insured.

Kind regards
Katrin Oberdieck
""")


def m037():
    return mail(
        "NORMAL", "en", "newsletter",
        "trap: group-wide Safety Week announcement with slogans about injuries, no person",
        frm="Lindenhof Group Communications <comms@lindenhof-versicherung.example>",
        to="all-staff@lindenhof-versicherung.example",
        subject="Safety Week 2025: 12–16 May – 'Home safe, every day'",
        date="2025-04-28 08:00",
        html="""<html><body style="font-family:Segoe UI,Arial,sans-serif">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#1d5a3a;color:#fff;padding:16px"><h1 style="margin:0">Safety Week 2025</h1>
<p style="margin:4px 0 0">12–16 May · all sites · "Home safe, every day"</p></td></tr>
<tr><td style="padding:16px">
<p>Dear colleagues,</p>
<p>most accidents in an insurance company are not dramatic: a slip on the stairs, a
bike accident on the way to work, a cut while opening a parcel. Every one of them
still means pain and days away from family and team. During Safety Week we want to
make the small risks visible.</p>
<ul>
<li><b>Mon:</b> Stair challenge – why handrails matter (with the first-aid team)</li>
<li><b>Tue:</b> Bike light check at the car park, 7:30–9:30</li>
<li><b>Wed:</b> Back-friendly office: 15-minute sessions with our physiotherapists</li>
<li><b>Thu:</b> Hearing test bus from our occupational health service – anonymous, results only for you</li>
<li><b>Fri:</b> Quiz: What do you do after a work accident? Prizes for the best teams</li>
</ul>
<p>Remember: every accident – even a minor one – goes into the first-aid book.</p>
<p>Your Health &amp; Safety team</p>
<p style="font-size:11px;color:#888">Intranet: https://intranet.lindenhof-versicherung.example/safetyweek</p>
</td></tr></table></body></html>
""")


def m038():
    return mail(
        "CONFIDENTIAL", "de", "customer",
        "sole-trader scaffolder reports payroll and his own entrepreneur's income for BHV",
        frm="Nadine Petersen <n.petersen@lindenhof-versicherung.example>",
        to="beitragsservice@lindenhof-versicherung.example",
        subject="WG: Lohnsummen BHV 2024 Kowalski",
        date="2025-01-20 08:15",
        body="""Bitte für BH 7104 2268 verbuchen. Danke, N. Petersen

-------- Weitergeleitete Nachricht --------
Betreff: Lohnsummen BHV 2024
Datum: Sun, 19 Jan 2025 21:48:10 +0100
Von: Marek Kowalski <marek@geruestbau-kowalski.example>
An: n.petersen@lindenhof-versicherung.example

hallo frau petersen,

wie jedes jahr die zahlen für die haftpflicht:
lohnsumme gewerblich 2024: 402.600 euro (9 leute + 1 aushilfe)
lohnsumme büro: 24.000 (meine frau, minijob bis juni dann teilzeit)
mein eigenes einkommen laut steuerberater ca. 61.000

umsatz ist etwas runter wegen dem winter. Die BG hat uns auch hoch gestuft
mit der gefahrklasse, können sie da was machen? wohl nicht oder

gruß marek kowalski
Gerüstbau Kowalski, Garbsen
""")


def m039():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "customer",
        "insured employee asks about hospital daily benefit after work accident, hospital stay dates",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Mert Yıldırım <mert.yildirim91@webpost.example>",
        subject="AW: Krankenhaustagegeld – Gruppenunfall Nordkreuz",
        date="2025-03-03 09:44",
        cte="8bit",
        body="""Guten Tag Herr Yıldırım,

danke für Ihre Nachricht. Sie sind über den Gruppenunfallvertrag Ihres
Arbeitgebers (GU 3318 0726) versichert; die Leistung steht Ihnen direkt zu.
Für 5 Tage Krankenhausaufenthalt (07.02.–11.02.2025) zahlen wir je 30 EUR
Krankenhaustagegeld, also 150 EUR. Dafür brauche ich nur noch die
Aufenthaltsbestätigung der Klinik, die Entlassbescheinigung reicht.

Ob wegen des Fußes eine dauerhafte Beeinträchtigung bleibt, können wir
erst später beurteilen. Melden Sie sich bitte spätestens 12 Monate nach
dem Unfall mit einem ärztlichen Bericht, wenn Beschwerden bleiben.

Viele Grüße
Timo Reinhardt
Leistung Unfallversicherung

Am 28.02.2025 schrieb Mert Yıldırım:
> Hallo, mein Chef hat gesagt das ich über die Firma unfallversichert bin.
> Ich lag nach dem Unfall mit dem Stapler 5 Tage im Krankenhaus, zwei
> Mittelfußknochen gebrochen, jetzt Gips bis Mitte März. Bekomme ich da
> was? Die BG zahlt ja schon Verletztengeld.
> Mert Yıldırım
""")


def m040():
    return mail(
        "NORMAL", "de", "internal",
        "trap: job ad for a safety specialist and company doctor assistant, no person",
        frm="Lea Wohlfahrt <l.wohlfahrt@lindenhof-versicherung.example>",
        to="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        subject="Stellenausschreibung Fachkraft für Arbeitssicherheit (m/w/d) – bitte gegenlesen",
        date="2025-03-25 13:12",
        body="""Hi Heiko,

kannst du bis Freitag einmal fachlich drüberschauen? Geht dann intern und
auf die Karriereseite.

----
Fachkraft für Arbeitssicherheit (m/w/d) – Vollzeit, Hannover

Ihre Aufgaben
- Beratung von Vorstand, Führungskräften und Betriebsrat in allen Fragen
  des Arbeitsschutzes nach ASiG und DGUV Vorschrift 2
- Erstellen und Fortschreiben der Gefährdungsbeurteilungen (inkl.
  psychischer Belastung) gemeinsam mit den Fachbereichen
- Begehungen, Unfalluntersuchung, Unfallstatistik, Arbeitsschutzausschuss
- Organisation von Unterweisungen, Ersthelfer- und Brandschutzhelfer-
  ausbildung, Zusammenarbeit mit der Betriebsärztin

Ihr Profil
- Ingenieur/in, Techniker/in oder Meister/in mit Ausbildung zur Fachkraft
  für Arbeitssicherheit (Sifa-Ausbildung abgeschlossen)
- Erfahrung im Büro- und Verwaltungsumfeld von Vorteil

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, JobRad, betriebliche
Altersversorgung.
Bewerbung: https://karriere.lindenhof-versicherung.example/sifa
----

Danke!
Lea
""")

def m041():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-broker",
        "EL/PL claim: named employee damaged a hired forklift, nobody injured",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="Oliver Pryce <oliver.pryce@calderfinch.example>",
        subject="Hollis Verpackungen – PL claim 41-HV-2025-004410 – hired forklift",
        date="2025-04-10 10:05",
        body="""Hi Oliver,

we have registered the following loss under the German local liability
policy BH 9920 0017 (Hollis Verpackungen GmbH):

- 2 April 2025, Verden plant, loading bay 2
- forklift driver Ms Melanie Fuchs drove a hired electric forklift
  (owner: Staplerverleih Nord GmbH) against a steel column; mast and
  tilt cylinder damaged
- nobody was injured, no injury to third parties
- repair estimate of the hire company: EUR 14,380 net

Please note that damage to hired equipment is only covered under the
"gemietete bewegliche Sachen" extension, sublimit EUR 50,000, deductible
EUR 2,500. We will handle it directly with the hire company.

Best regards
Greta Lindqvist
International Claims | Lindenhof Versicherung AG
""")


def m042():
    return mail(
        "NORMAL", "en", "insurer-to-broker",
        "trap: webinar invitation for brokers on statutory insurer recourse, no person",
        frm="Broker Academy <academy@lindenhof-versicherung.example>",
        to="intl-brokers@lindenhof-versicherung.example",
        subject="Invitation: 'German workers' comp is not what you think' – broker webinar, 5 June",
        date="2025-05-06 09:00",
        body="""Dear partners,

clients from the UK, US and the Netherlands often expect an employers'
liability or workers' compensation policy in Germany. In Germany, work
accidents and occupational diseases are covered by the statutory accident
insurers (Berufsgenossenschaften), financed by the employer alone.

In this 45-minute webinar we explain:
- the employer's liability privilege (§ 104 SGB VII) and where it ends,
- recourse of the Berufsgenossenschaft against the employer (§ 110) and
  against third parties (§ 116 SGB X),
- how our commercial liability policy responds, with three anonymised
  case studies (fall from scaffold, forklift, asbestos),
- where a group personal accident policy adds value for expatriates.

Date: Thursday, 5 June 2025, 10:00–10:45 CET (09:00 London)
Speakers: Rainer Kuhlmann (recourse), Marcus Thelen (international)
Registration: https://academy.lindenhof-versicherung.example/webinar-0605

Kind regards
Lindenhof Broker Academy
""")


def m043():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
        "request to UK GP for medical records of named insured after finger amputation",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="Dr Sarah Holroyd <reception@moorview-surgery.example>",
        subject="Request for medical report – Mr Aaron Whitby, DOB 19/01/1990",
        date="2025-05-14 11:20",
        body="""Dear Dr Holroyd,

We are the accident insurer of Mr Aaron Whitby (DOB 19/01/1990, address
14 Fernbank Rise, Leeds LS6) under a group personal accident policy of
his employer. Mr Whitby sustained a partial traumatic amputation of the
left index finger at work in Germany on 3 March 2025 (ICD-10 S68.1) and
has been under your care since his return on 14 March.

With his signed consent (copy attached to our letter by post) we would
be grateful for a short report covering:

1. current range of motion of the left index and middle finger,
2. any complications (infection, neuroma, cold intolerance),
3. further treatment planned (hand therapy, revision surgery),
4. date of return to work.

We will pay your fee of up to GBP 150 on receipt of your invoice.

Yours sincerely
Marcus Thelen
International Programmes, Lindenhof Versicherung AG, Hannover, Germany
""")


def m044():
    return mail(
        "CONFIDENTIAL", "en", "company",
        "contractor's list of posted workers with dates of birth and A1 numbers for liability extension",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        subject="FW: Van der Meulen – crew list shutdown Haarmann July",
        date="2025-05-20 14:02",
        body="""Sabine, for the shutdown risk review – crew list from the contractor.
Only needed for the site access; please don't copy it into the report.
Jonas

> From: Femke Bosman <f.bosman@vandermeulen-industrie.example>
> Sent: Tuesday, 20 May 2025 12:44
> Subject: crew list shutdown Haarmann July
>
> Dear Mr Feldkamp,
>
> as requested by Gießerei Haarmann for the extension of their liability
> cover to our crew during the summer shutdown (7-25 July), please find
> the crew below. All have A1 certificates from the Dutch SVB.
>
> Name                 Date of birth   Function          A1 certificate
> Bosch, Thijs         1986-02-11      crane technician  A1-NL-2025-118734
> de Graaf, Ruben      1992-10-30      welder            A1-NL-2025-118735
> Jansen, Willem       1975-06-02      supervisor        A1-NL-2025-118736
> Mulder, Sem          2001-12-19      mechanic          A1-NL-2025-118741
> Visser, Koen         1989-08-08      rigger            A1-NL-2025-118742
>
> Kind regards,
> Femke Bosman
> HR & Planning, Van der Meulen Industrieservice B.V.
""")


def m045():
    return mail(
        "NORMAL", "en", "company",
        "trap: client's confined-space risk assessment, hazards and controls, no person",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        subject="FW: Risk assessment – tank cleaning, Precision Components",
        date="2025-03-19 10:47",
        body="""Jonas, for the file – this is a good one, I'd accept it as is.
Sabine

---------- Forwarded message ---------
From: EHS Precision Components <ehs@precision-components.example>
Subject: Risk assessment – tank cleaning

RISK ASSESSMENT RA-UEL-031 rev. 4 – Cleaning of coolant tank T3 (confined space)

Hazard                      | Risk before | Controls                                   | Risk after
Oxygen deficiency           | high        | gas test O2/CO/H2S before entry, continuous | low
                            |             | monitor, forced ventilation                 |
Toxic vapours (coolant)     | medium      | drain + rinse, ventilate 2 h, RPE A2P3      | low
Slips, trips in tank        | medium      | anti-slip mat, lighting 24 V                | low
Rescue                      | high        | attendant outside, tripod + winch, rescue   | medium
                            |             | drill before each campaign                  |
Skin contact coolant        | medium      | nitrile gloves, coverall, skin plan         | low

Permit to work required. Minimum team: 2 entrants + 1 attendant.
Approved: EHS Manager, Plant Manager (signatures on file).
""")


def m046():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "asbestos mesothelioma of former employee, BG recourse against old policy years",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="Dr. Hauke Rademacher <h.rademacher@rademacher-isolierbau.example>",
        subject="Regressanfrage BG Bau und Ausbau Nord – BK 4105, ehem. Mitarbeiter Herr Erwin Pundt",
        date="2025-05-07 09:55",
        body="""Sehr geehrter Herr Dr. Rademacher,

die BG Bau und Ausbau Nord hat sich an uns als Betriebshaftpflicht-
versicherer Ihres Unternehmens für die Jahre 1974 bis 1989 gewandt
(Altverträge 07/331/2214 und Folgevertrag). Es geht um Ihren früheren
Mitarbeiter Herrn Erwin Pundt, geb. 14.11.1949, der von 1968 bis 1991 als
Isolierer bei Ihnen beschäftigt war.

Bei Herrn Pundt wurde im Januar 2025 ein Pleuramesotheliom rechts
festgestellt (histologisch gesichert); die BG hat eine Berufskrankheit
nach Nr. 4105 der Anlage 1 zur BKV anerkannt und zahlt eine Rente nach
einer MdE von 100 v.H. Die BG prüft einen Regress nach § 110 SGB VII mit
der Begründung, bei Spritzasbestarbeiten in den 1970er Jahren seien
Absaugung und Atemschutz trotz damals geltender Vorschriften (VBG 119)
nicht gestellt worden.

Wir bitten Sie um Unterstützung:
1. Gibt es noch Unterlagen zu Arbeitsschutzmaßnahmen aus dieser Zeit
   (Betriebsanweisungen, Beschaffung Atemschutz, Messberichte)?
2. Können Sie ehemalige Vorarbeiter benennen, die dazu aussagen könnten?

Uns ist bewusst, dass das lange zurückliegt. Eine Verjährung prüfen wir
parallel (§ 113 SGB VII).

Mit freundlichen Grüßen
Rainer Kuhlmann
Lindenhof Versicherung AG
""")


def m047():
    return mail(
        "NORMAL", "de", "internal",
        "trap: asbestos sampling results of the insurer's own building wing, no person",
        frm="Facility Management <facility@lindenhof-versicherung.example>",
        to="asa@lindenhof-versicherung.example",
        cc="h.brandner@lindenhof-versicherung.example",
        subject="Schadstofferkundung Flügel C – Ergebnisse Asbest / KMF",
        date="2025-02-21 12:30",
        body="""Hallo zusammen,

die Laborergebnisse der Probenahme in Flügel C (Baujahr 1971) liegen vor:

Probe  Ort                               Material               Ergebnis
C-01   3. OG Flur, Bodenbelag            Floor-Flex-Platten     Chrysotil 2-5 %
C-02   3. OG Flur, Kleber unter C-01     schwarzer Kleber       Chrysotil < 1 %
C-03   2. OG Büro 2.17, Wandspachtel     Spachtelmasse          kein Asbest
C-04   Technikraum DG, Rohrisolierung    Mineralwolle           KMF alt (KI < 40)
C-05   Treppenhaus Ost, Fensterkitt      Kitt                   kein Asbest
C-06   Keller, Brandschutzklappe         Dichtschnur            Chrysotil > 10 %

Konsequenz: Sanierung 3. OG und Keller nur durch Fachfirma nach TRGS 519,
Schwarzbereich mit Unterdruckhaltung, Freimessung vor Wiederbezug. Die
Büros im 3. OG sind seit Januar leer, Beschäftigte waren den Platten in
eingebautem, unbeschädigtem Zustand nicht exponiert.

Das vollständige Gutachten liegt im FM-Laufwerk.

Viele Grüße
Jan-Ole Bertram
Facility Management
""")


def m048():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "sole-trader joiner: new SEPA mandate with IBAN for BHV and contents policy",
        frm="Lindenhof Versicherung Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
        to="werkstatt@tischlerei-mertens.example",
        subject="Bestätigung neues SEPA-Lastschriftmandat – Verträge BH 6120 9914, IN 6120 9915",
        date="2025-03-11 06:31",
        body="""Sehr geehrte Frau Mertens,

wir haben Ihre neue Bankverbindung erfasst. Ab der nächsten Fälligkeit
buchen wir die Beiträge für folgende Verträge ab:

  BH 6120 9914  Betriebshaftpflicht Tischlerei     jährlich    864,20 EUR
  IN 6120 9915  Inhaltsversicherung Werkstatt      jährlich    391,70 EUR

Kontoinhaberin:  Anja Mertens
IBAN:            DE95 0332 5418 8891 9371 08
Mandatsreferenz: LVH-61209914-003
Gläubiger-ID:    DE50ZZZ04471230559

Das bisherige Mandat LVH-61209914-002 ist damit erloschen.

Mit freundlichen Grüßen
Ihre Lindenhof Versicherung AG
""")


def m049():
    return mail(
        "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-broker",
        "English mail to broker quoting German D-doctor interim report on named insured",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="Oliver Pryce <oliver.pryce@calderfinch.example>",
        subject="RE: Whitby – any news from the German doctors?",
        date="2025-03-13 18:02",
        body="""Oliver,

yes, the plant forwarded the interim report (Zwischenbericht) of the
treating D-Arzt today. It is in German, key lines below with my
translation in brackets. Please pass it on only to Hollis HR as needed.

> Zwischenbericht, Dr. med. H. Aldag, D-Arzt, Klinikum Lindenau
> Patient: Whitby, Aaron, geb. 19.01.1990
> Diagnose: Subtotale Amputation Zeigefinger li. in Höhe Mittelglied
> (S68.1), Schnittverletzung Mittelfinger li. mit Beugesehnenbeteiligung
> (S66.0)
  [partial amputation left index finger at middle phalanx; cut to the
  middle finger involving the flexor tendon]
> Verlauf: Stumpf reizlos, Wundheilung regelrecht, Beugesehnennaht
> Mittelfinger intakt, aktive Beugung eingeschränkt.
  [stump clean, healing as expected, tendon repair intact, active
  flexion restricted]
> Weiterbehandlung: Handtherapie 2x/Woche, Rückkehr nach UK am 14.03.
> genehmigt, Weiterbehandlung durch Hausarzt/Handchirurgie in Leeds.
> AU: voraussichtlich bis 30.04.2025.
  [hand therapy twice a week; return to UK approved; unfit for work
  until approx. 30 April]

Cheers
Marcus
""")


def m050():
    return mail(
        "NORMAL", "de", "insurer-to-partner",
        "trap: quarterly sharing-agreement settlement with a statutory insurer, totals only",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="Regress Teilungsabkommen <ta-regress@bg-handel-logistik-west.example>",
        subject="Teilungsabkommen – Abrechnung Q1/2025, unsere Abrechnungsnummer TA-2025-01",
        date="2025-04-15 11:48",
        body="""Sehr geehrte Damen und Herren,

zur Abrechnung des Teilungsabkommens für das 1. Quartal 2025 bestätigen
wir Ihre Aufstellung vom 08.04.2025:

  gemeldete Fälle (Verkehrsunfälle, Dritthaftung)       37
  davon Abkommensfälle                                 31
  davon außerhalb Limit / Abkommen nicht anwendbar      6
  Summe Aufwendungen UV-Träger (Abkommensfälle)    418.226,30 EUR
  Teilungsquote Versicherer                              45 %
  Zahlbetrag                                       188.201,84 EUR

Der Betrag wird zum 30.04.2025 auf Ihr bekanntes Konto angewiesen.
Einzelfallbezogene Rückfragen zu 3 Fällen sende ich Ihnen separat über
den gesicherten Kanal.

Mit freundlichen Grüßen
Rainer Kuhlmann
Gruppenleiter Regress
Lindenhof Versicherung AG
""")

def m051():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "interim invalidity payment to named insured for finger amputation, amount and percentage",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="Aaron Whitby <aaron.whitby@mailbox-uk.example>",
        subject="Your accident claim UV-2025-00288 – interim payment",
        date="2025-06-03 10:15",
        body="""Dear Mr Whitby,

thank you for sending the report from Dr Holroyd and the hand therapy
letter. Although the final invalidity can only be assessed after one year,
the loss of the left index finger at the middle phalanx is already
certain. We are therefore making an interim payment now:

  Sum insured (invalidity, group policy Hollis)   EUR 200,000.00
  Index finger, total loss (schedule)               10 %
  Loss at the middle phalanx: 2/3 of finger value    6.67 %
  Interim payment                                 EUR  13,340.00

The restricted bending of your middle finger (tendon repair) will be
assessed at the final examination in spring 2026 and may increase the
amount. Hospital and recovery benefits (EUR 150.00) have already been
paid.

We will transfer the amount to the UK account you gave us within five
working days.

With best wishes for your recovery,
Marcus Thelen
International Programmes | Lindenhof Versicherung AG
""")


def m052():
    return mail(
        "NORMAL", "en", "internal",
        "trap: ISO 45001 internal audit plan, processes and areas only",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="management-system@lindenhof-versicherung.example",
        subject="ISO 45001 internal audit 2025 – plan and checklist",
        date="2025-04-16 15:10",
        body="""Hi all,

here is the plan for this year's internal OH&S audit (ISO 45001:2018), in
English because the Dublin branch joins for the first time.

Week 25:
- Mon  clause 6.1.2 hazard identification – review of risk assessments
       (office, print shop, canteen, car park, field staff)
- Tue  clause 7.2/7.3 competence and awareness – training records
       (completion rates per department only)
- Wed  clause 8.2 emergency preparedness – evacuation drill reports,
       first-aider coverage per floor and shift
- Thu  clause 9.1 monitoring – accident and near-miss statistics,
       KPI: LTIFR, first-aid cases, near-miss reporting rate
- Fri  closing meeting, findings, CAPA

Auditors: two colleagues from internal audit, trained as lead auditors.
We will not review individual accident or health files – those stay with
HR and the occupational physician.

Heiko
""")


def m053():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-supplier",
        "freelance sole-trader safety consultant: invoice query with his UK IBAN and UTR",
        frm="Accounts Payable <kreditoren@lindenhof-versicherung.example>",
        to="Gareth Lloyd-Evans <gareth@lloydevans-safety.example>",
        subject="Your invoice LE-2025-014 – bank details do not match",
        date="2025-05-22 13:30",
        body="""Dear Mr Lloyd-Evans,

thank you for your invoice LE-2025-014 of 15 May 2025 for the
site-safety audits at the Hollis plant in Verden (4 days at GBP 850).

The bank details on the invoice differ from those in our supplier record.
Before we can pay, please confirm by phone (+49 511 4471-1560) which of
the two accounts is correct:

  on file:        Gareth Lloyd-Evans, GB61 NWBK 8533 5167 8653 05
  on invoice:     Gareth Lloyd-Evans, GB11 BARC 4285 3013 8419 38
  UTR on invoice: 83361 20945

This check is part of our fraud prevention routine; we never change bank
details on the basis of an e-mail alone.

Kind regards
Accounts Payable
Lindenhof Versicherung AG
""")


def m054():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "company",
        "HR reports named employee's post-traumatic stress after witnessing accident; GPA exclusion",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Dr. Miriam Assmann <m.assmann@lindenhof-versicherung.example>",
        subject="FW: Hollis Verden – question on psychological injury (Ms Bekker)",
        date="2025-03-21 11:50",
        body="""Miriam, do you agree this is excluded (psychische Reaktionen, Ziff. 5.2.6
AUB) unless there is an organic brain injury? I'd like to answer HR
kindly – she has not been injured physically. Timo

---------- Forwarded message ---------
From: Ina Albers-Kohl <hr@hollis-verpackungen.example>
Date: Fri, 21 Mar 2025, 09:31
Subject: question on psychological injury
To: t.reinhardt@lindenhof-versicherung.example

Dear Mr Reinhardt,

our shift lead Ms Ina Bekker was the first to reach Mr Whitby at line 2
on 3 March and gave first aid. Since then she has had flashbacks and
sleeps badly; her GP diagnosed an acute stress reaction and has signed
her off sick until 4 April, she has started therapy with a trauma
psychologist. The statutory insurer has accepted it as an accident at
work. Is she also covered under the group accident policy?

Kind regards
Ina Albers-Kohl, HR Hollis Verpackungen GmbH
""")


def m055():
    return mail(
        "NORMAL", "en", "internal",
        "trap: manual-handling e-learning text with clearly fictitious example worker",
        frm="Learning & Development <lernportal@lindenhof-versicherung.example>",
        to="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        subject="Review: e-learning 'Lifting and carrying' – scenario 3 text",
        date="2025-02-27 14:05",
        body="""Hi Heiko,

could you check the scenario text for module 3 before we publish? The
character is invented, photo from the stock library.

--- Scenario 3 ---
Meet "Jamie Example", a fictitious warehouse clerk. Jamie has to move 40
archive boxes (about 12 kg each) from the basement to the 2nd floor.
Jamie lifts the first box from the floor with a rounded back and twists
while putting it on the trolley.

Question 1: What are the two mistakes?
  a) rounded back  b) twisting under load  c) using a trolley
Question 2: What would reduce the risk most?
  a) a back belt  b) a lift table / working at hip height  c) lifting faster

Feedback: Back pain is the most common cause of sick leave in Germany.
Use aids first, then technique: lift close to the body, legs bent, no
twisting. Ask a colleague for loads above 15 kg.
--- end ---

Thanks!
Anna (L&D)
""")


def m056():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "roofer's BHV: tile fell on a named neighbour's parked car, plate, nobody hurt",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="info@dachdeckerei-pape.example",
        subject="Schaden 41-HV-2025-004877 – Dachziegel auf Pkw Herr Sanders",
        date="2025-04-24 15:16",
        body="""Hallo Herr Pape,

kurze Rückmeldung zum Schaden in der Lindenstraße in Neustadt: Herr Dirk
Sanders (Halter des beschädigten Pkw H-DS 2208) hat uns inzwischen den
Kostenvoranschlag geschickt, 1.870,44 EUR für Motorhaube und
Windschutzscheibe. Gut, dass niemand am Auto stand – verletzt wurde ja
niemand.

Wir zahlen direkt an Herrn Sanders, abzüglich Ihrer Selbstbeteiligung von
250 EUR, die wir Ihnen in Rechnung stellen.

Für die Zukunft: Ihre Leute sollten den Bereich unter der Traufe bei
Abdeckarbeiten absperren – das wäre in diesem Fall auch ein Thema für die
BG gewesen, wenn jemand getroffen worden wäre.

Gruß
Anton Czerny
Schaden Haftpflicht, Lindenhof Versicherung AG
""")


def m057():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "BK 5101 chromate allergy of named electroplater, BG recourse for missing gloves",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Torsten Seidel <t.seidel@galvanik-seidel.example>",
        subject="BHV 41-HV-2025-005102 – Regressankündigung BG wegen BK 5101 (Frau Ogundipe)",
        date="2025-05-13 14:44",
        body="""Sehr geehrter Herr Seidel,

die BG Metall und Holz Nord hat uns mitgeteilt, dass sie bei Ihrer
Mitarbeiterin Frau Blessing Ogundipe (Galvaniseurin, beschäftigt seit
2019) eine Berufskrankheit nach Nr. 5101 anerkannt hat:
allergisches Kontaktekzem beider Hände und Unterarme bei nachgewiesener
Sensibilisierung gegen Kaliumdichromat und Nickelsulfat (Epikutantest
03/2025), Arbeitsunfähigkeit seit 11/2024, Tätigkeitsaufgabe empfohlen.

Die BG kündigt einen Regress nach § 110 SGB VII an. Sie stützt sich
auf den Bericht der Aufsichtsperson vom 18.12.2024: Am Chromatbad seien
nur Baumwoll-Arbeitshandschuhe statt chemikalienbeständiger Handschuhe
ausgegeben worden, ein Hautschutzplan habe gefehlt.

Bitte schicken Sie uns bis 30.05.:
- Einkaufsbelege für Schutzhandschuhe 2019–2024 (Typ, Material),
- Betriebsanweisungen Chromatierung,
- Nachweise über angebotene arbeitsmedizinische Vorsorge Hauterkrankungen
  (nur die Teilnahmebescheinigungen, keine Befunde).

Mit freundlichen Grüßen
Katrin Oberdieck
""")


def m058():
    return mail(
        "NORMAL", "de", "insurer-to-company",
        "trap: skin-protection plan template for electroplating, products and steps, no person",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="Torsten Seidel <t.seidel@galvanik-seidel.example>",
        subject="Hautschutzplan Galvanik – Vorlage zum Anpassen",
        date="2025-05-15 08:29",
        body="""Hallo Herr Seidel,

wie am Telefon besprochen, unabhängig vom laufenden Schadenfall, hier
unsere Vorlage für einen Hautschutzplan. Bitte mit Ihren Produkten und
dem Handschuh-Lieferanten abstimmen und im Bereich aushängen.

HAUTSCHUTZPLAN – Bereich Galvanik / Chromatierung

Wann?                 | Was?                            | Womit?
vor der Arbeit        | Hautschutz (nicht unter         | Hautschutzcreme W/O,
                      | Chemikalienhandschuhen!)        | Spender am Eingang
bei der Arbeit        | Chemikalienschutzhandschuhe     | Nitril/Butyl, Kat. III,
                      | EN ISO 374-1 Typ A, Stulpe      | Wechsel bei Beschädigung
                      | Unterziehhandschuh Baumwolle    | bei Tragedauer > 2 h
Pause / Arbeitsende   | Hautreinigung mild, gut trocknen| Reinigungslotion pH 5,5
nach der Arbeit       | Hautpflege                      | Pflegecreme O/W

Hinweis: Bei Hautveränderungen bitte früh die Betriebsärztin aufsuchen –
je früher, desto besser die Chancen. Die BG bietet Hautsprechstunden
und Seminare (Sekundärprävention).

Viele Grüße
Sabine Kettler
Risk Engineering
""")


def m059():
    return mail(
        "CONFIDENTIAL", "mixed", "insurer-to-company",
        "bilingual fleet claim to HR: named employee's company car damaged, plate, nobody hurt",
        frm="Kfz-Schaden Firmenflotten <kfz-flotte@lindenhof-versicherung.example>",
        to="Rachel Dunmore <rachel.dunmore@precision-components.example>",
        subject="Schaden / claim 52-KF-2025-007733 – UE-PC 120 – Wildunfall / deer collision",
        date="2025-05-02 09:18",
        body="""Sehr geehrte Frau Dunmore,
dear Ms Dunmore,

(English below)

wir bestätigen den Wildunfall mit dem Poolfahrzeug UE-PC 120 (VW Passat
Variant) am 29.04.2025 auf der B4 bei Bienenbüttel. Fahrer war laut
Meldung Herr Levente Szabo. Niemand wurde verletzt. Die Wildbescheinigung
des Jagdpächters liegt vor; der Schaden ist über die Teilkasko gedeckt
(SB 300 EUR). Der Gutachter besichtigt das Fahrzeug am 06.05. in der
Werkstatt Autohaus Lütje, Uelzen.

We confirm the deer collision with pool car UE-PC 120 on 29 April 2025,
driver Mr Levente Szabo. Nobody was injured. The hunting tenant's
certificate has been received; the damage is covered under partial
comprehensive cover (deductible EUR 300). Our assessor will inspect the
car at the dealer on 6 May.

Mit freundlichen Grüßen / Kind regards
Kfz-Schaden Firmenflotten, Lindenhof Versicherung AG
""")


def m060():
    return mail(
        "NORMAL", "de", "internal",
        "trap: blank accident-report form with placeholders for claims staff training",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="team-regress@lindenhof-versicherung.example",
        subject="Einarbeitung: Wie lese ich eine Unfallanzeige? (Muster)",
        date="2025-03-27 16:40",
        body="""Hallo zusammen,

für die beiden neuen Kolleginnen (und gern zur Auffrischung): unten das
Muster einer Unfallanzeige mit den Feldern, auf die wir im Regress achten.
Bitte nur dieses Muster für Schulungen benutzen, keine echten Anzeigen
aus Akten.

  Feld 4   Name, Vorname der versicherten Person:   «NACHNAME, VORNAME»
  Feld 5   Geburtsdatum:                            «TT.MM.JJJJ»
  Feld 14  Unfallzeitpunkt:                          «Datum, Uhrzeit»
  Feld 16  Schilderung des Unfallhergangs:           «Freitext»
           -> WICHTIG: Hinweise auf fehlende Schutzeinrichtungen,
              Zeitdruck, Alleinarbeit, Leiharbeit, Fremdfirma
  Feld 17  Verletzte Körperteile                     «...»
  Feld 18  Art der Verletzung                        «...»
  Feld 19  Augenzeuge ja/nein                        «...»
  Feld 24  Unterschrift Unternehmer / Betriebsrat    «...»

Faustregeln:
- Fremdfirma verletzt -> kein Haftungsprivileg, außer gemeinsame
  Betriebsstätte (§ 106 Abs. 3 SGB VII) – sofort Deckung prüfen.
- „Seitenschutz demontiert“, „Schutzhaube entfernt“, „Lichtschranke
  überbrückt“ -> § 110-Risiko hoch, Unterweisungsnachweise anfordern.
- Unfallanzeige ist keine Verschuldensfeststellung, der VN soll dort nur
  Tatsachen schreiben.

Gruß Rainer
""")

def m061():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "harmless body; XLSX list of insured persons in group accident policy with birth dates",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Buchhaltung Sandkamp <buchhaltung@elektro-sandkamp.example>",
        subject="Ihre Liste zum 01.04.",
        date="2025-04-01 10:02",
        body="""Hallo Frau Brüggemann,

anbei die aktualisierte Liste zum 01.04. zur Kontrolle. Bitte kurz
bestätigen, dann geht der Nachtrag raus.

Viele Grüße
Timo Reinhardt
""",
        attachments=[att("GU_33012275_Personenliste_2025-04-01.xlsx", xlsx([
            ("Versicherte Personen", [
                ["Gruppenunfallversicherung GU 3301 2275 – Elektro Sandkamp GmbH", "", "", "", "", ""],
                ["Lfd.", "Name", "Vorname", "Geburtsdatum", "Tätigkeit", "Variante"],
                [1, "Sandkamp", "Uwe", "08.12.1968", "Geschäftsführer", "24h, Inv. 150.000"],
                [2, "Kiefer", "Sven", "02.06.1987", "Elektroniker", "24h, Inv. 150.000"],
                [3, "Lohmeier", "Birte", "21.01.1994", "Büro", "beruflich, Inv. 100.000"],
                [4, "Pahl", "Christian", "30.09.1990", "Elektroniker", "24h, Inv. 150.000"],
                [5, "Rieke", "Marvin", "14.04.1999", "Elektroniker", "24h, Inv. 150.000"],
                [6, "Tönnies", "Ole", "07.07.2003", "Helfer", "24h, Inv. 150.000"],
                [7, "Ubben", "Jörg", "26.02.1972", "Meister", "24h, Inv. 150.000"],
                [8, "Hadžić", "Emir", "11.11.2004", "Azubi (neu ab 01.04.)", "24h, Inv. 150.000"],
                ["", "abgemeldet zum 31.03.: Weiß, Daniel", "", "", "", ""],
            ]),
        ]))])


def m062():
    return mail(
        "NORMAL", "de", "internal",
        "trap: appointment of named safety representatives per floor, organisational only",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="fuehrungskraefte-hannover@lindenhof-versicherung.example",
        subject="Neue Sicherheitsbeauftragte ab 01.05. – bitte im Team bekannt machen",
        date="2025-04-25 11:11",
        body="""Liebe Führungskräfte,

nach § 22 SGB VII haben wir die Sicherheitsbeauftragten für die nächsten
drei Jahre bestellt. Ansprechpartner in euren Bereichen:

  Hochhaus, EG–3. OG:   Frau Jasmin Koopmann (Poststelle)
  Hochhaus, 4.–7. OG:   Herr Niklas Bredemeier (Abt. 23)
  Flügel B:             Frau Gül Aydın (Abt. 41)
  Druckerei/Lager:      Herr Stefan Wöltje (Druckerei)
  Außendienst Nord:     Herr Carsten Ihde (Regionaldirektion Bremen)

Die Kolleginnen und Kollegen besuchen im Mai das BG-Grundseminar. Bitte
gebt ihnen die Zeit für die Begehungen (ca. 2 Std. im Monat).
Aushänge mit Fotos kommen nächste Woche.

Gruß Heiko
""")


def m063():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "risk visit letter to sole-trader roofer with his policy number, no injury",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="Ulrich Pape <info@dachdeckerei-pape.example>",
        subject="Betriebsbesichtigung vom 02.05.2025 – Vertrag BH 7731 0428",
        date="2025-05-06 13:58",
        body="""Sehr geehrter Herr Pape,

vielen Dank für die offene Führung durch Ihren Betrieb und die Baustelle
in Wunstorf. Zusammengefasst unsere Empfehlungen:

1. Absturzsicherung: Die Dachfangwand an der Baustelle war vorbildlich.
   Für Kleinaufträge (Reparaturen) fehlt aber ein Standard – bitte
   Anschlageinrichtungen und PSAgA auf jedem Fahrzeug mitführen.
2. Sicherheitsbereich unter der Traufe bei Abdeckarbeiten absperren
   (siehe auch Schaden vom April).
3. Leitern: zwei Anlegeleitern ohne Prüfplakette, bitte prüfen lassen.
4. Asbestzement: Für die angenommenen Aufträge an Wellplatten-Dächern
   (Baujahr vor 1993) ist ein Sachkundenachweis nach TRGS 519 Anlage 4C
   erforderlich; Ihr Vorarbeiter hat ihn, Sie selbst sollten ihn erneuern.

Für Ihren Vertrag BH 7731 0428 ergeben sich daraus keine Änderungen.
Eine Kopie geht an Ihren Makler, Herrn Yilmaz.

Mit freundlichen Grüßen
Sabine Kettler
Risk Engineering, Lindenhof Versicherung AG
""")


def m064():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "doctor",
        "harmless body; PDF of occupational health check certificates (noise, skin) for named workers",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        subject="WG: Nachweise Vorsorge Haarmann",
        date="2025-03-05 08:55",
        body="""Rainer, die Nachweise für den Fall Timmermann, von Haarmann nachgereicht.
Zeigt, dass Vorsorge regelmäßig angeboten wurde. Bitte in die Akte.
K.

-----Ursprüngliche Nachricht-----
Von: Gießerei Haarmann Geschäftsleitung <gl@giesserei-haarmann.example>
Betreff: Nachweise Vorsorge

Anbei wie gewünscht.
Mit freundlichen Grüßen, J. Haarmann
""",
        attachments=[att("Vorsorgebescheinigungen_Putzerei.pdf", pdf([
            ["#AMZ Weserbergland – Arbeitsmedizinisches Zentrum",
             "#Bescheinigung über arbeitsmedizinische Vorsorge nach § 6 Abs. 3 Nr. 3 ArbMedVV",
             "Arbeitgeber: Gießerei Haarmann GmbH, Hameln",
             "",
             "Name, Vorname       Geburtsdatum  Anlass                      Datum        nächste",
             "Timmermann, Wolfgang  03.08.1966  Pflichtvorsorge Lärm        14.06.2022   06/2025",
             "Timmermann, Wolfgang  03.08.1966  Pflichtvorsorge Lärm        09.05.2019   06/2022",
             "Krüger, Andreas       17.10.1979  Pflichtvorsorge Lärm        14.06.2022   06/2025",
             "Nolte, Dragan         25.01.1985  Pflichtvorsorge Lärm        14.06.2022   06/2025",
             "Nolte, Dragan         25.01.1985  Angebotsvorsorge Feuchtarb. 14.06.2022   06/2025",
             "Sarić, Edin           02.03.1992  Pflichtvorsorge Lärm        21.06.2022   06/2025",
             "",
             "Die Vorsorge wurde durchgeführt. Diese Bescheinigung enthält keine Befunde.",
             "Dr. med. Petra Neumeister, Fachärztin für Arbeitsmedizin"],
        ], title="Vorsorgebescheinigungen", compress=True))])


def m065():
    return mail(
        "NORMAL", "en", "insurer-to-partner",
        "trap: answers to reinsurer's risk-management questionnaire on occupational health, generic",
        frm="Priya Raman <p.raman@lindenhof-versicherung.example>",
        to="underwriting.casualty@nordstern-re.example",
        subject="Casualty treaty 2026 – risk management questionnaire, section D (employers' liability)",
        date="2025-09-10 14:25",
        body="""Dear Henrike,

our answers to section D of your questionnaire:

D1 Do you require hazard assessments from commercial clients above 50
   employees before binding? – Yes, for hazard classes 3-5 (construction,
   metal, chemicals); risk engineering visit within 6 months.
D2 Do you write occupational disease on an occurrence or claims-made
   basis? – Occurrence; latent diseases (asbestos) remain with old policy
   years; no cover for asbestos in new business since 1994.
D3 How do you handle recourse of statutory accident insurers (SGB VII)?
   – Dedicated recourse team (6 FTE), sharing agreements with 4 statutory
   insurers for road traffic cases.
D4 Exposure to silica, isocyanates, nanomaterials? – Monitored via NACE
   codes; aggregated figures in the attached portfolio overview (sent
   separately).
D5 Are individual health data of insured employees stored in the
   underwriting file? – No. Only in claims files, access-restricted.

Kind regards
Priya
""")


def m066():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "lawyer",
        "US counsel on criminal investigation of named plant manager after worker's injury",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="Michael Brenner <m.brenner@brenner-fields-law.example>",
        cc="r.kuhlmann@lindenhof-versicherung.example",
        subject="RE: Hollis – criminal investigation against plant manager / D&O or PL?",
        date="2025-04-17 17:12",
        body="""Dear Mr Brenner,

thank you for your e-mail. Legal costs of the plant manager in the
criminal investigation fall under the D&O / criminal legal expenses cover
of the Hollis master programme in London, not under our German liability
policy. Our policy responds only to civil claims, e.g. recourse of the
statutory insurer.

I have copied my colleague who handles the potential § 110 recourse.

Best regards
Greta Lindqvist

> -----Original Message-----
> From: Michael Brenner <m.brenner@brenner-fields-law.example>
> Sent: Wednesday, April 16, 2025 22:40
>
> Ms Lindqvist,
>
> we are US counsel to Hollis Group. The public prosecutor in Verden has
> opened an investigation for negligent bodily injury (§ 229 StGB)
> against the plant manager, Mr Frank Albers, after the accident of
> Mr Aaron Whitby on March 3 (partial amputation of a finger; the
> interlock of the guard had been bypassed with a spare key for
> months). Mr Albers received the summons for questioning as a suspect
> last week. Please confirm whether his defense costs are covered under
> the German policy.
>
> Michael Brenner, Brenner Fields LLP, Chicago
""")


def m067():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-company",
        "confirms named employee is co-insured under commercial liability when driving forklift off-site",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Rachel Dunmore <rachel.dunmore@precision-components.example>",
        subject="RE: Is Pawel covered when he unloads at the customer's yard?",
        date="2025-06-11 10:24",
        body="""Hi Rachel,

yes: Mr Pawel Nowak is co-insured under your commercial liability policy
BH 9003 6610 as an employee for damage he causes to third parties while
doing his job, including unloading with the truck-mounted forklift at
customers' premises. This is "Mitversicherung der Betriebsangehörigen"
(section 4.1 of the special conditions).

Two limits:
- damage to the goods he is unloading is a cargo/transport matter, not
  liability;
- if the forklift is driven on public roads, motor insurance applies.

If a colleague is injured, the statutory accident insurance applies and
the liability privilege protects Mr Nowak (§ 105 SGB VII).

Best regards
Jonas
""")


def m068():
    return mail(
        "NORMAL", "de", "internal",
        "trap: psychological-stress assessment results aggregated per department, min. group size",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="asa@lindenhof-versicherung.example",
        cc="betriebsrat@lindenhof-versicherung.example",
        subject="GBU psychische Belastung – Ergebnisse Befragung Abt. 41/52",
        date="2025-03-31 09:37",
        body="""Hallo zusammen,

die Ergebnisse der Befragung zur psychischen Belastung (Kurzfragebogen,
Rücklauf 71 %) liegen vor. Auswertung nur für Gruppen ab 10 Personen,
kleinere Teams sind zusammengefasst.

Skala (1 = günstig, 5 = ungünstig)   Abt. 41 Schaden   Abt. 52 Betrieb   Haus gesamt
Arbeitsintensität / Zeitdruck               3,9              3,1             3,3
Unterbrechungen (Telefon, Chat)             4,1              3,4             3,5
Handlungsspielraum                          2,6              2,4             2,5
Soziale Unterstützung Kollegen              1,9              2,2             2,1
Emotionale Belastung (Kundenkontakt,        3,6              2,0             2,7
  schwere Schadenfälle)

Auffällig in Abt. 41: Zeitdruck und emotionale Belastung durch
Personenschäden und Todesfälle. Vorschlag für die Workshops: feste
„Stillarbeitszeiten“ und kollegiale Fallberatung bei belastenden Fällen.

Rückschlüsse auf Einzelpersonen sind bei dieser Auswertung nicht möglich.

Gruß Heiko
""")


def m069():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "internal",
        "witness statements suggest injured worker was drunk; blood alcohol value in clinic",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        subject="Wendt/Krawczyk – Zeugenaussagen, Alkohol?",
        date="2025-05-16 12:03",
        flowed=True,
        cte="8bit",
        body="""Hi Rainer,

die Stellungnahmen der beiden Kollegen von Herrn Krawczyk sind da, und
sie werfen ein neues Licht auf den Fall:

- Vorarbeiter Hr. Fenske: der Seitenschutz sei morgens montiert gewesen,
  K. habe ihn selbst abgenommen, um Bohlen schneller durchzureichen.
- Kollege Hr. Lübbers: K. habe „schon morgens nach Alkohol gerochen“,
  man habe aber nichts gesagt.
- Im Entlassbericht des Klinikums steht bei Aufnahme eine BAK von
  0,62 Promille (Blutentnahme 11:25).

Für den § 110-Regress heißt das: Eigenverschulden des Verletzten bzw.
Alkohol spricht eher gegen grobe Fahrlässigkeit des Unternehmers – und
die BG muss selbst prüfen, ob der Alkohol wesentliche Unfallursache war
(Versicherungsschutz!). Ich würde der BG die Aussagen schicken, die BAK
aber nicht – die kennt die BG aus dem Klinikbericht ohnehin.

Wollen wir Mittwoch kurz sprechen?

Katrin
""")


def m070():
    return mail(
        "NORMAL", "en", "newsletter",
        "trap: press release on SME group accident product, example premiums, no person",
        frm="Lindenhof Press Office <presse@lindenhof-versicherung.example>",
        to="press-list-international@lindenhof-versicherung.example",
        subject="Press release: Lindenhof launches 'TeamSchutz' group accident cover for small businesses",
        date="2025-06-24 10:00",
        body="""PRESS RELEASE – Hannover, 24 June 2025

Lindenhof launches "TeamSchutz" group accident cover for small businesses

Lindenhof Versicherung AG today launched TeamSchutz, a group personal
accident product for businesses with 3 to 50 employees. Statutory
accident insurance in Germany covers work and commuting accidents only;
around 70 % of all accidents happen in leisure time.

TeamSchutz at a glance:
- 24-hour worldwide cover, no health questions for groups from 5 people
- invalidity sum from EUR 50,000, progression up to 350 %
- "Reha-Manager" service after serious accidents
- example premium: office business, 10 employees, EUR 100,000 invalidity,
  EUR 19 per employee per month (hazard group A)

"Employers tell us they want to do more for their teams than the law
requires," said Dr. Stefanie Hollmann, Member of the Board for Personal
Lines. "A good accident cover is a strong argument in the war for
talent."

Press contact: presse@lindenhof-versicherung.example, +49 511 4471-0
""")

def m071():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "scaffolder's liability claim: named homeowner's facade damaged, address, nobody hurt",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="Marek Kowalski <marek@geruestbau-kowalski.example>",
        cc="kontakt@versicherungsbuero-yilmaz.example",
        subject="BH 7104 2268 – Schaden 41-HV-2025-005390 Fassade Strüver",
        date="2025-06-02 11:27",
        body="""Hallo Herr Kowalski,

zum Schaden am Haus von Frau Helga Strüver, Birkenweg 12, 30826 Garbsen:

Laut Ihrer Meldung haben Ihre Mitarbeiter beim Abbau des Gerüsts am
26.05. mit einem Gerüstrohr die Wärmedämmfassade auf ca. 4 m² eingedrückt
und ein Fensterbrett verbogen. Personen kamen nicht zu Schaden.

Frau Strüver hat über ihren Sohn einen Kostenvoranschlag des Malerbetriebs
Hesse über 3.214,90 EUR brutto eingereicht. Das ist plausibel; wir zahlen
direkt an Frau Strüver. Ihre SB von 500 EUR ziehen wir bei der nächsten
Beitragsrechnung ein.

Gruß
Anton Czerny
""")


def m072():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "24h group accident covers named expat's ski accident: knee ligament, surgery, daily benefit",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Daniel Okafor <d.okafor@precision-components.example>",
        subject="Your ski accident on 8 February – group accident GU 4471 0093",
        date="2025-03-04 14:51",
        body="""Dear Mr Okafor,

thank you for your claim form. As the group accident policy of Precision
Components covers accidents 24 hours a day, your skiing accident in
Ischgl on 8 February 2025 is covered, even though it happened during
your holiday.

From the discharge report of the hospital in Zams we note:
- rupture of the anterior cruciate ligament and medial meniscus tear,
  right knee (S83.53, S83.2)
- arthroscopic ACL reconstruction on 10 February, discharged 12 February

Benefits:
- hospital daily benefit: 3 days x EUR 50 = EUR 150
- recovery benefit after hospital stay: 3 days x EUR 50 = EUR 150
Total EUR 300, paid to your account ending 4711 today.

Whether permanent impairment remains can only be assessed after
rehabilitation; please send us a report from your orthopaedic surgeon
no earlier than 9 months after the accident.

Kind regards
Timo Reinhardt
Accident Claims, Lindenhof Versicherung AG
""")


def m073():
    return mail(
        "NORMAL", "de", "internal",
        "trap: case-law memo on employer recourse, anonymised court decisions, no party names",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="team-regress@lindenhof-versicherung.example",
        cc="schaden-haftpflicht-fk@lindenhof-versicherung.example",
        subject="Rechtsprechung § 110 SGB VII – Übersicht für die Teamrunde",
        date="2025-04-09 13:02",
        body="""Hallo zusammen,

für die Teamrunde am Montag die Leitlinien der Rechtsprechung zur groben
Fahrlässigkeit beim Regress der UV-Träger, zusammengefasst aus den
üblichen Fundstellen (Parteien jeweils anonymisiert):

1. Grobe Fahrlässigkeit muss sich auf das Handeln beziehen, nicht auf den
   Schaden. Die Verletzung einer Unfallverhütungsvorschrift ist ein
   Indiz, aber nicht automatisch grob fahrlässig – es kommt darauf an,
   ob die Vorschrift vor tödlichen/schwersten Gefahren schützt
   (z. B. Absturzsicherung ab 2 m).
2. Auch subjektiv muss ein unentschuldbares Fehlverhalten vorliegen –
   Zeitdruck oder jahrelange Duldung durch die Aufsichtsperson kann
   entlasten.
3. Der Regress ist auf den zivilrechtlichen Schadenersatzanspruch
   begrenzt (§ 110 Abs. 1 S. 1 a.E.); ein Mitverschulden des Verletzten
   mindert daher.
4. Die BG kann nach Billigkeit ganz oder teilweise verzichten
   (§ 110 Abs. 2) – wirtschaftliche Verhältnisse des Unternehmers
   vortragen!

Beispiel aus unserem Bestand (anonymisiert): Dachdecker, 6 m, Arbeiten
ohne jede Sicherung, Unternehmer stand daneben – Vergleich über 70 %.

Gruß Rainer
""")


def m074():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "self-employed installer damaged client's conveyor; claim no., nobody hurt",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="Joost Hendriks <joost@hendriks-montage.example>",
        subject="Claim 41-HV-2025-006014 – damage to conveyor at Precision Components, Uelzen",
        date="2025-06-19 09:40",
        body="""Dear Mr Hendriks,

we have received your notification under policy BH 8804 1276:

On 12 June 2025 you dropped a drive unit (approx. 80 kg) while lifting it
with a chain hoist on the new conveyor line at Precision Components; the
frame of the conveyor and a sensor bridge were damaged. No one was hurt.

Our loss adjuster, Mr Hapke, will contact Precision Components to inspect
the damage. Please note:
- damage to the part you were working on ("Tätigkeitsschaden") is
  covered only as agreed in clause 7.7 of your policy, sublimit
  EUR 100,000;
- your deductible is EUR 500.

Please send us the delivery note of the drive unit and, if available,
the inspection certificate of the chain hoist.

Kind regards
Greta Lindqvist
International Claims
""")


def m075():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
        "request for hospital findings on named burn patient for invalidity assessment",
        frm="Dr. Miriam Assmann <m.assmann@lindenhof-versicherung.example>",
        to="Klinik für Plastische Chirurgie <sekretariat.plastische@klinikum-lindenau.example>",
        subject="Anforderung Befundbericht – Herr Sven Kiefer, geb. 02.06.1987",
        date="2025-07-08 10:12",
        body="""Sehr geehrte Damen und Herren,

Herr Sven Kiefer, geb. 02.06.1987, wurde nach einem Arbeitsunfall
(Lichtbogen, 27.02.2025) mit Verbrennungen 2. Grades beider Hände und
des Gesichts bei Ihnen stationär behandelt (27.02.–07.03.2025,
Spalthauttransplantation Handrücken rechts am 03.03.).

Herr Kiefer hat bei uns Leistungen aus einer privaten Gruppen-
Unfallversicherung beantragt. Für die Beurteilung einer möglichen
dauerhaften Beeinträchtigung bitten wir um einen Befundbericht
(Formular liegt bei) mit Angaben zu:
- Narbenbildung, Kontrakturen, Beweglichkeit der Fingergelenke,
- Sensibilität und Kälteempfindlichkeit,
- geplanten Korrektureingriffen.

Eine Schweigepflichtentbindungserklärung von Herrn Kiefer liegt bei.
Für den Bericht vergüten wir 35,00 EUR zzgl. Porto (analog GOÄ Nr. 75).

Mit freundlichen Grüßen
Dr. med. Miriam Assmann
Beratungsärztin Personenversicherung
Lindenhof Versicherung AG
""")


def m076():
    return mail(
        "NORMAL", "de", "internal",
        "trap: flu vaccination offer for all staff by company medical service, no person",
        frm="Gesundheitsmanagement <gesundheit@lindenhof-versicherung.example>",
        to="alle-standort-hannover@lindenhof-versicherung.example",
        subject="Grippeschutzimpfung 2025 – jetzt Termin buchen",
        date="2025-09-29 08:00",
        body="""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der betriebsärztliche Dienst die
Grippeschutzimpfung kostenlos im Haus an:

  Di 14.10., Mi 15.10., Do 16.10.
  jeweils 08:00–12:00 und 13:00–15:30 Uhr
  Sanitätsraum EG, Zugang über Flur B

Geimpft wird mit dem aktuellen quadrivalenten Impfstoff nach STIKO-
Empfehlung. Bitte bringen Sie Ihren Impfpass mit (falls vorhanden).
Die Aufklärung erfolgt vor Ort durch Frau Dr. Voss; Ihre Angaben im
Aufklärungsbogen bleiben beim betriebsärztlichen Dienst und werden nicht
an die Personalabteilung weitergegeben.

Buchung: Lernportal > Gesundheit > Grippeimpfung.
Die Impfung ist Arbeitszeit.

Ihr Gesundheitsmanagement
""")


def m077():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "internal",
        "Dublin colleague's repetitive strain injury: workstation assessment with diagnosis and physio",
        frm="Siobhan Kearney <s.kearney@lindenhof-versicherung.example>",
        to="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        cc="hr-dublin@lindenhof-versicherung.example",
        subject="Workstation assessment – Conor (claims team Dublin)",
        date="2025-05-27 16:20",
        body="""Hi Heiko,

as discussed, here is my write-up for Conor Walsh's workstation – I'd
appreciate your view before HR orders anything.

Background: Conor has had pain in his right forearm and wrist since
February; his GP diagnosed lateral epicondylitis and early carpal tunnel
syndrome (nerve conduction study booked for June). He is on naproxen
and has physio once a week, currently working 6 hours a day on medical
advice.

Findings at the desk:
- desk fixed at 74 cm, Conor is 1.92 m – forearms angled upwards
- standard mouse, wrist extended, no support
- two monitors, the main one 20 cm too far to the left

Proposal: sit-stand desk, vertical mouse, monitor arm; review in 8 weeks.
Budget approx. EUR 1,150.

Thanks,
Siobhan
Facilities & Safety, Lindenhof Dublin Branch
""")


def m078():
    return mail(
        "CONFIDENTIAL", "de", "company",
        "employee's private car damaged on company lot by forklift; his IBAN for payment",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="Melanie Strack <m.strack@nordkreuz-logistik.example>",
        subject="AW: Sachschaden Pkw Herr Dombrowski auf dem Firmenparkplatz",
        date="2025-07-22 14:33",
        charset="windows-1252",
        body="""Sehr geehrte Frau Strack,

danke für die Unterlagen. Da der Pkw von Herrn Dombrowski auf dem
Betriebsgelände durch einen Ihrer Stapler beschädigt wurde, regulieren wir
über die Betriebshaftpflicht (Vertrag BH 5590 1180, Sachschäden an
Eigentum von Betriebsangehörigen sind mitversichert, Ziff. 4.3 BBR).

Wir überweisen die Reparaturkosten von 1.146,80 EUR in den nächsten
Tagen an Herrn Dombrowski auf das unten genannte Konto.

Mit freundlichen Grüßen
Anton Czerny

> Von: Melanie Strack
> Gesendet: Montag, 21. Juli 2025 15:02
> Betreff: Sachschaden Pkw Herr Dombrowski auf dem Firmenparkplatz
>
> Hallo Herr Czerny,
> wie telefonisch gemeldet: am 17.07. hat ein Stapler beim Rangieren den
> geparkten VW Golf (HB-RD 771) unseres Mitarbeiters Herrn René Dombrowski
> an der Fahrertür gestreift. Verletzt wurde niemand, Herr D. war im
> Dienst in Halle A. Rechnung Autohaus anbei.
> Bankverbindung Herr Dombrowski: DE08 8988 9386 6527 1959 45
>
> Gruß, M. Strack
""")


def m079():
    return mail(
        "NORMAL", "en", "internal",
        "trap: release notes of near-miss reporting app, features only",
        frm="IT Release Management <release@lindenhof-versicherung.example>",
        to="it-changes@lindenhof-versicherung.example",
        subject="Release 2.3 'SafeReport' (near-miss & first-aid book app) – go-live 15 July",
        date="2025-07-10 17:00",
        body="""Release 2.3 of SafeReport goes live on Tuesday, 15 July, 06:00.

New:
- First-aid book entries can now be made anonymously by the first aider;
  the name of the injured colleague is stored encrypted and visible only
  to the occupational safety specialist and the company doctor.
- Near-miss reports: photo upload (max. 3 photos, faces are blurred
  automatically), location picker per floor plan.
- Dashboard for the safety committee: counts per site/month only; cells
  with fewer than 3 entries are suppressed.
- Retention: first-aid book entries deleted after 5 years (DGUV
  Vorschrift 1 § 24).

Fixed:
- SR-412 date picker showed US format for German locale
- SR-418 e-mail notification to safety officer sent twice

Downtime: approx. 20 minutes. No action needed by users.
""")


def m080():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "company",
        "harmless body; accident investigation DOCX names the only crane operator and his injuries",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        subject="WG: Untersuchungsbericht Kranunfall Werkhalle",
        date="2025-08-05 10:18",
        body="""Sabine, kannst du dir den Bericht aus technischer Sicht ansehen
(Lastaufnahmemittel)? Wendt hat ihn von sich aus geschickt.
Danke, Katrin

----- Weitergeleitete Nachricht -----
Von: Bernd Kloppe <b.kloppe@stahlbau-wendt.example>
Betreff: Untersuchungsbericht Kranunfall Werkhalle

Hallo Frau Oberdieck, anbei unser interner Bericht. Gruß B. Kloppe (Sifa)
""",
        attachments=[att("Unfalluntersuchung_2025-07-24_Kran.docx", docx([
            "#Stahlbau Wendt GmbH & Co. KG – Interner Unfalluntersuchungsbericht Nr. 2025-07",
            "Ereignis: 24.07.2025, 09:50 Uhr, Werkhalle 1, Brückenkran 10 t",
            "Betroffene Person: unser Kranführer (einziger ausgebildeter Kranführer im Werk, Herr K., seit 2011 im Betrieb)",
            "Hergang: Beim Anschlagen eines Stahlträgers (2,4 t) riss ein Rundschlingenstrang. Der Träger kippte ab und klemmte die linke Hand gegen die Bühnenkante.",
            "Verletzungen laut D-Arzt: offene Mittelhandfrakturen II–IV links, Strecksehnenverletzung, OP am 24.07., stationär bis voraussichtlich 01.08.; AU mind. 10 Wochen.",
            [["Ursache", "Feststellung", "Maßnahme", "Termin"],
             ["Lastaufnahmemittel", "Rundschlinge ohne Etikett, Prüfung überfällig", "alle Rundschlingen ohne Etikett aussondern", "sofort"],
             ["Anschlagen", "Hand im Quetschbereich", "Anschlaghilfen (Haken am Stiel)", "08/2025"],
             ["Organisation", "nur ein Kranführer, Vertretung fehlt", "zwei weitere Mitarbeiter ausbilden", "Q4/2025"]],
            "Die Unfallanzeige an die BG wurde am 25.07. erstattet.",
            "Verteiler: Geschäftsführung, Betriebsrat, Betriebsarzt, Versicherer (Lindenhof)",
        ], title="Unfalluntersuchung Kran"))])

def m081():
    return mail(
        "NORMAL", "de", "internal",
        "trap: first-aider course participants by name, organisational, no health data",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="fuehrungskraefte-hannover@lindenhof-versicherung.example",
        subject="Ersthelfer-Grundausbildung 19./20.05. – Teilnehmende",
        date="2025-05-08 14:26",
        body="""Hallo zusammen,

folgende Kolleginnen und Kollegen sind für die Ersthelfer-Ausbildung
(9 UE, Kostenübernahme BG) am 19. und 20.05., jeweils 08:30–15:30 Uhr,
Raum E.14, angemeldet. Bitte plant die Abwesenheit ein:

  Abt. 11   Frau Marion Kück
  Abt. 23   Herr Lars Dettmer
  Abt. 41   Frau Hatice Demir, Herr Jan Steffens
  Abt. 52   Herr Dominik Rahe
  Druckerei Herr Stefan Wöltje

Damit sind im Hochhaus alle Etagen auch in der Spätschicht abgedeckt.
Die Ersthelfer-Westen und Etagen-Aushänge bekommen sie nach dem Kurs.

Gruß Heiko
""")


def m082():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-company",
        "employee's personal phone damaged at work, named, reimbursed under liability extension",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="Ina Albers-Kohl <hr@hollis-verpackungen.example>",
        subject="BH 9920 0017 – damaged phone of Mr Moussa Diallo",
        date="2025-07-01 11:45",
        body="""Dear Ms Albers-Kohl,

regarding Mr Moussa Diallo's smartphone, which was crushed on 24 June
when a pallet fell from the racking onto the shelf at his workstation:

Personal belongings of employees damaged at the workplace are covered
under clause 4.3 of the special conditions, up to EUR 2,500 per item,
at current value. For a 20-month-old phone (purchase price EUR 849) we
pay EUR 495.

Luckily nobody was near the racking. Please let us have Mr Diallo's bank
details via the secure upload link we sent him, not by e-mail.

Kind regards
Greta Lindqvist
International Claims, Lindenhof Versicherung AG
""")


def m083():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "benefit statement for named insured: burns, hospital days, recovery allowance",
        frm="Leistung Unfallversicherung <unfall-leistung@lindenhof-versicherung.example>",
        to="Sven Kiefer <sven.kiefer87@webpost.example>",
        subject="Ihre Unfallmeldung vom 27.02.2025 – Abrechnung Krankenhaustagegeld und Genesungsgeld",
        date="2025-03-20 07:45",
        body="""Sehr geehrter Herr Kiefer,

aus der Gruppen-Unfallversicherung Ihres Arbeitgebers (GU 3301 2275)
rechnen wir für Ihren Unfall vom 27.02.2025 wie folgt ab:

  Krankenhaustagegeld   27.02.–07.03.2025   9 Tage x 40 EUR   360,00 EUR
  Genesungsgeld         9 Tage x 40 EUR                         360,00 EUR
  Auszahlung                                                    720,00 EUR

Grundlage: Entlassungsbericht des Klinikums Lindenau (Verbrennungen
2. Grades beider Hände, Spalthauttransplantation rechts).

Eine mögliche Invaliditätsleistung prüfen wir, sobald der Heilverlauf
abgeschlossen ist.

Mit freundlichen Grüßen
Ihre Lindenhof Versicherung AG
Leistung Unfallversicherung
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Kiefer,</p>
<p>aus der Gruppen-Unfallversicherung Ihres Arbeitgebers (GU 3301 2275) rechnen wir für Ihren Unfall vom 27.02.2025 wie folgt ab:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Leistung</th><th>Zeitraum</th><th>Berechnung</th><th>Betrag</th></tr>
<tr><td>Krankenhaustagegeld</td><td>27.02.–07.03.2025</td><td>9 Tage x 40 EUR</td><td align="right">360,00 EUR</td></tr>
<tr><td>Genesungsgeld</td><td></td><td>9 Tage x 40 EUR</td><td align="right">360,00 EUR</td></tr>
<tr><td colspan="3"><b>Auszahlung</b></td><td align="right"><b>720,00 EUR</b></td></tr>
</table>
<p>Grundlage: Entlassungsbericht des Klinikums Lindenau (Verbrennungen 2.&nbsp;Grades beider Hände, Spalthauttransplantation rechts).</p>
<p>Eine mögliche Invaliditätsleistung prüfen wir, sobald der Heilverlauf abgeschlossen ist.</p>
<p>Mit freundlichen Grüßen<br>Ihre Lindenhof Versicherung AG<br>Leistung Unfallversicherung</p>
</body></html>
""")


def m084():
    return mail(
        "NORMAL", "de", "internal",
        "trap: field list for the digital first-aid book, no entries",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="Olga Hrubesch <o.hrubesch@lindenhof-versicherung.example>",
        subject="SafeReport – Pflichtfelder Verbandbuch für die Maske",
        date="2025-06-04 10:03",
        body="""Hallo Olga,

wie besprochen die Pflichtfelder für die Verbandbuch-Maske (nach DGUV
Information 204-020). Bitte so umsetzen; Freitext-Felder max. 500 Zeichen.

  1  Name der verletzten/erkrankten Person     (verschlüsselt speichern!)
  2  Abteilung
  3  Datum / Uhrzeit des Ereignisses
  4  Ort (Etage, Raum – Auswahl Gebäudeplan)
  5  Hergang (Freitext)
  6  Art und Umfang der Verletzung/Erkrankung   (Freitext)
  7  Zeugen                                      (optional)
  8  Datum / Uhrzeit der Erste-Hilfe-Leistung
  9  Art und Weise der Erste-Hilfe-Maßnahmen     (Auswahl + Freitext)
 10  Name der Ersthelferin / des Ersthelfers

Sichtbar nur für Sifa und Betriebsärztin; Führungskräfte sehen nur
„Eintrag vorhanden“. Löschung nach 5 Jahren automatisch.

Testdaten bitte nur mit „Test, Tina“ und offensichtlich erfundenen
Verletzungen, nicht aus alten Papierbüchern abschreiben.

Danke! Heiko
""")


def m085():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "company",
        "body says only 'see attached'; forwarded contractor report of named welder's burns",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        subject="FW: Incident shutdown Haarmann 15/07",
        date="2025-07-16 08:12",
        body="""Katrin – see attached, came in last night. Not ours as risk engineering,
but you'll get the claim. S.
""",
        attachments=[fwd(
            frm="Femke Bosman <f.bosman@vandermeulen-industrie.example>",
            to="s.kettler@lindenhof-versicherung.example",
            cc="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
            subject="Incident shutdown Haarmann 15/07",
            date="2025-07-15 21:37",
            mid_domain="vandermeulen-industrie.example",
            fname="Incident shutdown Haarmann 15-07.eml",
            body="""Dear Ms Kettler,

as required under the shutdown contract we report an incident today at
16:20 in hall 2 of Gießerei Haarmann:

Our welder Mr Ruben de Graaf was cutting an old support bracket with an
oxy-fuel torch when residual oil in the adjacent hydraulic line ignited.
He suffered second-degree burns to the right forearm and neck (approx.
4 % body surface) and smoke inhalation. He was taken to Klinikum
Lindenau, kept overnight for observation and will be transferred to
Deventer tomorrow.

The hot-work permit had been issued by Haarmann's maintenance
supervisor; the hydraulic line was marked as drained. We will send our
investigation report within 7 days.

Kind regards,
Femke Bosman
HR & Planning, Van der Meulen Industrieservice B.V.
""")])


def m086():
    return mail(
        "NORMAL", "en", "internal",
        "trap: anonymised lessons-learned case study, age band only, no identifiable person",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="group-claims-network@lindenhof-versicherung.example",
        subject="Lessons learned #14 – forklift vs pedestrian in a high-bay warehouse",
        date="2025-06-30 15:15",
        body="""Lessons learned #14 (anonymised – please don't try to identify the client)

What happened
A reach truck reversing in a narrow aisle ran over the foot of a picker
(age band 30-39) working on foot in the same aisle. Foot fractures,
several weeks off work. The statutory accident insurer paid treatment
and injury benefit and examined recourse.

Why it happened
- pedestrians and reach trucks shared aisles without any separation
- the blue-spot warning light was defective for weeks
- the risk assessment for the high-bay area dated from before the
  reach trucks were introduced

Outcome for us
No recourse: the statutory insurer accepted that the employer had
ordered the repair of the warning light and that the aisle rule
("no pedestrians when a truck is in the aisle") had been instructed.
Our costs: adjuster's fees only.

Takeaway for underwriting
Ask for pedestrian/vehicle separation in warehouse risk surveys; a
defective warning device is not gross negligence if a repair was
ordered and documented.
""")


def m087():
    return mail(
        "CONFIDENTIAL", "de", "broker",
        "broker's new-business application for sole-trader electrician: birth date, prior claims, in ZIP",
        frm="Nadine Petersen <n.petersen@lindenhof-versicherung.example>",
        to="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        subject="WG: Antrag BHV Elektro Bruns – bitte zeichnen",
        date="2025-08-12 09:26",
        body="""Jonas, Antrag von Yilmaz im Anhang (ZIP). Vorversicherer hat gekündigt,
2 Schäden in 3 Jahren – bitte schau mal, ob wir das mit höherer SB machen.
Gruß Nadine

-----Ursprüngliche Nachricht-----
Von: Deniz Yilmaz <kontakt@versicherungsbuero-yilmaz.example>
Gesendet: Montag, 11. August 2025 18:04
Betreff: Antrag BHV Elektro Bruns

Hallo Frau Petersen, Unterlagen anbei gezippt. Kunde möchte Beginn
01.09. Danke! D. Yilmaz
""",
        attachments=[att("Antrag_Bruns.zip", _zip([
            ("Antrag_BHV_Elektro_Bruns.pdf", pdf([[
                "#Antrag Betriebshaftpflichtversicherung",
                "Vermittler: Versicherungsbüro Deniz Yilmaz, Vermittlernr. 60-4471",
                "Antragsteller: Timo Bruns, Elektroinstallateurmeister (Einzelunternehmen)",
                "Geburtsdatum: 09.03.1983",
                "Anschrift: Schulstraße 4a, 31832 Springe",
                "Betrieb: Elektroinstallation, Photovoltaik-Montage bis 30 kWp, 3 Mitarbeiter",
                "Jahreslohnsumme: 128.000 EUR, Umsatz Vorjahr: 612.000 EUR",
                "Vorversicherer: Hanseatische Gewerbe-Versicherung, Vertrag gekündigt durch Versicherer zum 31.08.2025",
                "Vorschäden: siehe Anlage",
                "Gewünschte Deckung: 5 Mio. EUR pauschal, SB 500 EUR, Beginn 01.09.2025",
                "Zahlungsweise: jährlich, SEPA-Mandat folgt",
            ]], title="Antrag BHV")),
            ("Vorschaeden_Bruns.csv", csvdata([
                ["Datum", "Art", "Geschädigter", "Schadenhöhe EUR", "Status"],
                ["14.06.2023", "Brandschaden Unterverteilung nach Installation", "Wohnungsgesellschaft Springe", "18.400", "reguliert"],
                ["02.11.2024", "Sachschaden Dach bei PV-Montage", "Privatkunde Herr Oltmanns", "6.950", "reguliert"],
            ], encoding="cp1252")),
        ]))])


def m088():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "internal",
        "acoustic trauma of named foundry worker after explosion: accident vs occupational disease, audiogram",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="Dr. Miriam Assmann <m.assmann@lindenhof-versicherung.example>",
        subject="Haarmann – Knalltrauma Nolte: Unfall oder BK 2301? Kurze Einschätzung",
        date="2025-08-19 16:30",
        body="""Hallo Miriam,

eine Frage außerhalb deiner üblichen Personenversicherung, aber du kennst
dich mit Audiogrammen besser aus als wir:

Bei Haarmann ist am 31.07. beim Abguss eine Form explodiert (Feuchtigkeit
im Formstoff). Herr Dragan Nolte stand ca. 3 m daneben. Laut HNO-Bericht
(Dr. Meinecke, 01.08.):
- Knalltrauma beidseits, Tinnitus links
- Tonaudiogramm: Senke bei 4 kHz rechts 45 dB, links 60 dB
- Trommelfelle intakt
- Therapie: Prednisolon-Stoßtherapie über 5 Tage

Herr Nolte ist seit 2014 im Lärmbereich (Pflichtvorsorge Lärm 2022 ohne
auffälligen Befund laut Arbeitgeber – den Befund selbst kennen wir nicht).

Die BG will das als Arbeitsunfall führen; der Arbeitgeber fragt, ob das
nicht eigentlich die alte Lärmschwerhörigkeit ist. Für unseren möglichen
Regress wäre die Abgrenzung wichtig. Hast du eine Meinung, ob der
seitendifferente Befund eher für das Knalltrauma spricht?

Danke!
Rainer
""")


def m089():
    return mail(
        "NORMAL", "de", "insurer-to-supplier",
        "trap: tender for occupational health services, requirements and volumes only",
        frm="Einkauf <einkauf@lindenhof-versicherung.example>",
        to="ausschreibung@amz-weserbergland.example",
        subject="Ausschreibung arbeitsmedizinische Betreuung ab 2026 – Leistungsbeschreibung",
        date="2025-08-26 11:00",
        body="""Sehr geehrte Damen und Herren,

wir laden Sie ein, ein Angebot für die arbeitsmedizinische Betreuung der
Lindenhof Versicherung AG ab 01.01.2026 (Laufzeit 3 Jahre) abzugeben.

Rahmendaten
- 2.310 Beschäftigte an 4 Standorten (Hannover, Bremen, Kassel, Dublin
  nur Beratung), davon ca. 95 % Büroarbeitsplätze
- Einsatzzeit nach DGUV Vorschrift 2, Betreuungsgruppe III
  (Grundbetreuung) plus betriebsspezifischer Teil nach Bedarf
- Angebotsvorsorge Bildschirmarbeit: ca. 400 Termine p. a.
- Grippeschutzimpfung: ca. 600 Impfungen p. a.
- Teilnahme am Arbeitsschutzausschuss (4x jährlich)
- Beratung BEM (betriebliches Eingliederungsmanagement) in
  anonymisierter Form, Unterstützung bei der GBU psychische Belastung

Datenschutz: Die Dokumentation der Vorsorge verbleibt beim Dienstleister
(ärztliche Schweigepflicht); der Arbeitgeber erhält ausschließlich die
Vorsorgebescheinigungen nach § 6 Abs. 3 ArbMedVV.

Angebotsfrist: 30.09.2025, 12:00 Uhr, über das Vergabeportal.

Mit freundlichen Grüßen
Einkauf / Dienstleistungen
Lindenhof Versicherung AG
""")


def m090():
    return mail(
        "CONFIDENTIAL", "mixed", "insurer-to-customer",
        "bilingual answer to self-employed Dutch installer about his own cover; policy and status",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Joost Hendriks <joost@hendriks-montage.example>",
        subject="RE: BG membership in Germany? / Frage BG-Pflicht",
        date="2025-09-02 15:05",
        charset="iso-8859-1",
        body="""Dear Mr Hendriks,

short answer first: your liability policy BH 8804 1276 with us does not
replace German statutory accident insurance, and it does not cover your
own injuries.

As a self-employed person without employees you are in principle not
compulsorily insured with a German BG. Since you work on German sites
for weeks at a time, many site owners (like Precision Components) ask
for proof of accident cover. Options:
- voluntary "Unternehmerversicherung" with the competent BG, or
- a private accident policy (we can make you an offer).

Für Ihren Auftraggeber in Uelzen auf Deutsch:
Herr Joost Hendriks ist als Einzelunternehmer ohne Beschäftigte nicht
pflichtversichert in der gesetzlichen Unfallversicherung. Seine
Betriebshaftpflicht bei uns (BH 8804 1276, Deckungssumme 3 Mio. EUR)
besteht ungekündigt bis 01.01.2026.

Kind regards / Mit freundlichen Grüßen
Jonas Feldkamp
""")

def m091():
    return mail(
        "NORMAL", "en", "internal",
        "trap: claims handler's out-of-office mentioning injury claims, no person",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="oliver.pryce@calderfinch.example",
        subject="Automatic reply: Hollis – Q2 bordereau",
        date="2025-08-04 09:12",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Thank you for your e-mail. I am on leave until 22 August 2025 with no
access to e-mail.

New claims, including injuries at work on German sites: please notify
intl-claims@lindenhof-versicherung.example or call +49 511 4471-3900.
Existing liability claims: Katrin Oberdieck (k.oberdieck@lindenhof-
versicherung.example). Group accident claims: Timo Reinhardt.

Please do not send medical reports to this mailbox; use the secure
upload link in our acknowledgement letter.

Greta Lindqvist
""")


def m092():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "company",
        "HR reports named employee's severe disability degree after accident for group accident file",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Melanie Strack <m.strack@nordkreuz-logistik.example>",
        subject="AW: Piotr Zielinski – GdB und Gruppenunfall",
        date="2025-09-09 13:47",
        body="""Hallo Frau Strack,

danke für die Info. Der Schwerbehindertenausweis ändert an der
Gruppenunfallversicherung nichts – Herr Zielinski bleibt versichert,
einen Ausschluss wegen Behinderung gibt es in unseren Bedingungen nicht
mehr. Die Invaliditätsleistung für den Unfall vom 11.06.2024 bemessen wir
nach unseren eigenen Kriterien (Beinwert), nicht nach GdB oder MdE; das
Gutachten ist für Oktober beauftragt.

Freundliche Grüße
Timo Reinhardt

-----Ursprüngliche Nachricht-----
Von: Melanie Strack <m.strack@nordkreuz-logistik.example>
Gesendet: Dienstag, 9. September 2025 11:20
Betreff: Piotr Zielinski – GdB und Gruppenunfall

Hallo Herr Reinhardt,

Herr Zielinski hat uns seinen Schwerbehindertenausweis vorgelegt, GdB 50
(Merkzeichen G), wegen des Beins und „seelischer Störung“ laut Bescheid.
Er arbeitet ab Oktober wieder 4 Std./Tag im Büro der Disposition
(Wiedereingliederung). Müssen wir das für die Gruppenunfall melden? Und
bleibt er trotz Behinderung versichert?

Gruß, M. Strack
""")


def m093():
    return mail(
        "NORMAL", "de", "internal",
        "trap: calendar invite for an inspection with the statutory insurer's inspector, no person data",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="druckerei-leitung@lindenhof-versicherung.example",
        cc="betriebsrat@lindenhof-versicherung.example",
        subject="Einladung: Begehung Druckerei mit Aufsichtsperson der BG – 23.09., 10:00",
        date="2025-09-12 10:40",
        body="""Hallo zusammen,

die Aufsichtsperson der BG kommt zur Regelbesichtigung in die Druckerei.
Schwerpunkte laut Ankündigung: Lärm an der Falzmaschine, Hautschutz,
Gefahrstoffverzeichnis (Reinigungsmittel), Prüfung Flurförderzeuge.

Bitte bereitliegen:
- Gefährdungsbeurteilung Druckerei (Stand 03/2025)
- Prüfnachweise Stapler und Regale
- Unterweisungsnachweise 2025 (nur Übersicht mit Datum/Thema)

Gruß Heiko
""",
        attachments=[att("Begehung_Druckerei_BG.ics", ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherung//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:begehung-druckerei-20250923@lindenhof-versicherung.example
DTSTAMP:20250912T084000Z
DTSTART:20250923T080000Z
DTEND:20250923T100000Z
SUMMARY:Begehung Druckerei mit Aufsichtsperson BG
LOCATION:Druckerei UG, Treffpunkt Meisterbüro
ORGANIZER;CN=Heiko Brandner:mailto:h.brandner@lindenhof-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:druckerei-leitung@lindenhof-versicherung.example
ATTENDEE;ROLE=OPT-PARTICIPANT:mailto:betriebsrat@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
"""))])


def m094():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "personal liability claim of named expat: knocked over colleague's e-bike, nobody hurt",
        frm="Private Liability Claims <haftpflicht-privat@lindenhof-versicherung.example>",
        to="Daniel Okafor <d.okafor@precision-components.example>",
        subject="Your personal liability claim PH 2207 5521-01 – e-bike in the bike shelter",
        date="2025-09-16 12:20",
        body="""Dear Mr Okafor,

thank you for reporting the damage under your personal liability policy
PH 2207 5521. You told us that on 9 September you knocked over your
colleague's e-bike in the company bike shelter while parking your own
bike; the display and the rear derailleur broke. Nobody was hurt.

As this happened on the company premises but not as part of your work,
your personal liability policy applies (not your employer's liability
policy). We will settle directly with your colleague, Ms Kerstin
Hülsmann, on the basis of the repair invoice of EUR 386.50.

Kind regards
Private Liability Claims
Lindenhof Versicherung AG
""")


def m095():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
        "follow-up to reinsurer on fatal accident: autopsy findings and cause of death of named worker",
        frm="Priya Raman <p.raman@lindenhof-versicherung.example>",
        to="claims.casualty@nordstern-re.example",
        subject="RE: Large loss advice – claim UV-2025-00417 (fatality) – documents",
        date="2025-05-28 11:02",
        body="""Dear colleagues,

further to our advice of 2 April, the documents on Mr Florian Haase
(b. 22/08/1996) have now been received:

- death certificate: cause of death polytrauma with open skull-brain
  injury, death at the scene
- forensic autopsy (ordered by the prosecutor): no alcohol or drugs
  detected; no pre-existing disease that could have contributed
- factory inspectorate: side protection removed by the team on the day
  of the accident; proceedings against the site supervisor pending

As there is no contribution of illness and no exclusion, we will pay
the death benefit including the work-accident double indemnity
(EUR 300,000) to the designated beneficiaries next week. Please arrange
your share of EUR 120,000 under the cash-call clause.

Kind regards
Priya Raman
""")


def m096():
    return mail(
        "NORMAL", "en", "insurer-to-broker",
        "trap: claims bordereau field specification, definitions only, no data rows",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="Oliver Pryce <oliver.pryce@calderfinch.example>",
        subject="Hollis programme – bordereau format from Q3",
        date="2025-06-26 14:40",
        body="""Hi Oliver,

as agreed, from Q3 the local claims bordereau will use the format below.
No names of injured persons and no medical details – those you get only
claim by claim via secure mail if the master insurer needs them.

Field              Format          Description
claim_ref          text            our claim number
loss_date          YYYY-MM-DD
country            ISO 3166        DE
line               EL / PL / GPA
cause_code         list            FALL, MACH, VEHIC, FIRE, OTHER
injury_flag        Y/N             bodily injury involved
recourse_flag      Y/N             statutory insurer recourse notified
paid_eur           number
reserve_eur        number
status             OPEN/CLOSED/REOPENED

Send a test file by 15 July if your system needs to import it.

Best regards
Greta
""",
        attachments=[att("bordereau_template_Q3.xlsx", xlsx([
            ("bordereau", [["claim_ref", "loss_date", "country", "line", "cause_code", "injury_flag",
                            "recourse_flag", "paid_eur", "reserve_eur", "status"]]),
            ("codes", [["cause_code", "meaning"], ["FALL", "fall from height / same level"],
                       ["MACH", "machinery, crushing, cutting"], ["VEHIC", "vehicles incl. forklifts"],
                       ["FIRE", "fire, explosion, burns"], ["OTHER", "other"]]),
        ]))])


def m097():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "premium refund for sole-trader scaffolder after payroll adjustment, his IBAN; base64 body",
        frm="Lindenhof Versicherung Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
        to="marek@geruestbau-kowalski.example",
        subject="Beitragsabrechnung 2024 – Vertrag BH 7104 2268 – Erstattung",
        date="2025-02-14 06:30",
        cte="base64",
        body="""Sehr geehrter Herr Kowalski,

auf Grundlage Ihrer Lohnsummenmeldung für 2024 haben wir den Beitrag
Ihrer Betriebshaftpflichtversicherung neu berechnet:

  vorläufiger Beitrag 2024 (Lohnsumme 440.000 EUR)     5.896,00 EUR
  endgültiger Beitrag 2024 (Lohnsumme 426.600 EUR)     5.716,44 EUR
  Erstattung inkl. Versicherungsteuer                    213,68 EUR

Den Betrag überweisen wir auf Ihr Konto
IBAN DE47 6423 0043 4919 7421 04 (Kontoinhaber: Marek Kowalski).

Mit freundlichen Grüßen
Ihre Lindenhof Versicherung AG
""")


def m098():
    return mail(
        "NORMAL", "de", "insurer-to-supplier",
        "trap: order of custom ear moulds for print-shop staff, count only, no names",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="termine@hoerschutz-nord.example",
        subject="Otoplastiken Druckerei – Termin Abdrucknahme",
        date="2025-06-17 13:10",
        body="""Guten Tag Herr Behrends,

wie telefonisch besprochen möchten wir für die Beschäftigten der
Druckerei angepasste Gehörschutz-Otoplastiken (Filter für ca. 85–95 dB(A),
mit Funktionskontrolle nach Fertigung) bestellen.

- Anzahl: 14 Personen, 2 Schichten
- Abdrucknahme bei uns vor Ort, gern am Di 08.07. (06:30–08:00 für die
  Frühschicht, 13:30–15:00 für die Spätschicht)
- Angebot vom 02.06. (Nr. A-25-118) nehmen wir an

Die Einteilung der Personen auf die Zeitfenster machen wir intern.

Freundliche Grüße
Heiko Brandner
Fachkraft für Arbeitssicherheit, Lindenhof Versicherung AG
""")


def m099():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "BG recognised BK 2301 for named employee with MdE and hearing aids; recourse closed",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Geschäftsleitung Haarmann <gl@giesserei-haarmann.example>",
        subject="Vorgang Timmermann – BG verzichtet auf Regress",
        date="2025-10-07 10:50",
        body="""Sehr geehrter Herr Haarmann,

gute Nachrichten: Die BG Metall und Holz Nord hat mit Bescheid vom
29.09.2025 bei Herrn Wolfgang Timmermann eine Lärmschwerhörigkeit
(BK 2301) anerkannt – MdE 20 v.H., beidseitige Hörgeräteversorgung –
und uns gleichzeitig mitgeteilt, dass sie keinen Regress gegen Ihr
Unternehmen geltend macht. Ausschlaggebend waren die Nachweise über
Gehörschutz und die regelmäßig angebotene Vorsorge.

Wir schließen unsere Akte damit. Für Herrn Timmermann ändert sich
nichts: Die Leistungen (Rente, Hörgeräte) trägt die BG.

Mit freundlichen Grüßen
Katrin Oberdieck
""")


def m100():
    return mail(
        "NORMAL", "de", "internal",
        "trap: safe-driving training invitation for field staff, generic accident figures",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="aussendienst-nord@lindenhof-versicherung.example",
        subject="Fahrsicherheitstraining Außendienst – 2 Termine im Oktober",
        date="2025-09-01 08:15",
        html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Hallo zusammen,</p>
<p>im Außendienst verbringt ihr mehr Zeit im Auto als am Schreibtisch – und Verkehrsunfälle
sind bei Dienstfahrten die häufigste Ursache schwerer Arbeitsunfälle. Deshalb bieten wir wieder
ein Fahrsicherheitstraining an (Kosten trägt das Haus, die BG bezuschusst):</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f1ec"><th>Termin</th><th>Ort</th><th>Plätze</th></tr>
<tr><td>Sa 11.10.2025, 08:30–16:30</td><td>Verkehrsübungsplatz Laatzen</td><td>12</td></tr>
<tr><td>Sa 25.10.2025, 08:30–16:30</td><td>Verkehrsübungsplatz Laatzen</td><td>12</td></tr>
</table>
<p>Inhalte: Gefahrenbremsung, Ausweichen, Kurvenfahren, Ablenkung durch Handy und Navi.
Bitte eigenes Dienstfahrzeug mitbringen. Anmeldung im Lernportal bis 26.09.</p>
<p>Viele Grüße<br>Heiko Brandner<br>Arbeitssicherheit</p>
</body></html>
""")

def m101():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "product liability: named customer broke a tooth on a stone in bread, dentist invoice",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="Ralf Grothues <ralf@baeckerei-grothues.example>",
        subject="BH 5518 3390 – Schaden 41-HV-2025-007218 Zahnschaden Frau Hinz",
        date="2025-10-14 09:36",
        body="""Hallo Herr Grothues,

zum Schaden von Frau Renate Hinz (Kundin Filiale Bahnhofstraße):

Frau Hinz hat am 02.10. in ein Körnerbrötchen gebissen und sich an einem
kleinen Stein den Zahn 26 abgebrochen; die vorhandene Keramikkrone ist
dabei gesplittert. Ihr Zahnarzt Dr. Pieper hat eine neue Vollkeramik-
krone eingesetzt, Rechnung 1.184,37 EUR (GOZ 2210, 2197, 5120 u. a.),
davon Eigenanteil nach Erstattung ihrer Krankenkasse 744,12 EUR. Sie
verlangt außerdem ein Schmerzensgeld von 300 EUR.

Bitte klären Sie bei Ihrem Mühlenlieferanten, ob es eine Reklamation
zur Saatenmischung gibt – dann nehmen wir dort Regress. Den Eigenanteil
und ein angemessenes Schmerzensgeld werden wir Frau Hinz zahlen.

Gruß
Anton Czerny
""")


def m102():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "site-access confirmation for joiner's crew with names and birth dates",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Anja Mertens <werkstatt@tischlerei-mertens.example>",
        subject="AW: Bestätigung für Kasernengelände – Mitarbeiterliste",
        date="2025-10-01 16:02",
        body="""Hallo Frau Mertens,

die Versicherungsbestätigung für die Arbeiten in der Kaserne ist im
Anhang unterwegs per Post. Die Mitarbeiterliste mit Geburtsdaten verlangt
die Wache für die Zutrittsberechtigung – die gehört nicht in unsere
Bestätigung, bitte schicken Sie sie direkt an die Standortverwaltung.
Ich habe Ihre Liste unten nur zur Kontrolle der Namen drin gelassen.

Mitversichert sind alle Betriebsangehörigen, auch Ihr Azubi.

Gruß
Jonas Feldkamp

> Am 01.10.2025 um 14:11 schrieb Anja Mertens:
> Hallo Herr Feldkamp,
> für den Auftrag in der Kaserne Wunstorf brauche ich die Bestätigung
> BHV BH 6120 9914 mit diesen Leuten drauf:
>   Anja Mertens        geb. 17.05.1981   Tischlermeisterin (Inhaberin)
>   Frank Mertens       geb. 02.12.1979   Tischler
>   Luca Ostermann      geb. 28.08.2006   Auszubildender
>   Nico Reinecke       geb. 15.03.1996   Tischler
> Danke! Anja Mertens
""")


def m103():
    return mail(
        "NORMAL", "en", "company",
        "trap: client's monthly EHS KPI dashboard per site, rates only",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        subject="FW: EHS KPIs August – Precision Components",
        date="2025-09-08 11:05",
        body="""FYI – trend is good, LTIFR down for the third month. S.

> From: EHS Precision Components <ehs@precision-components.example>
> Subject: EHS KPIs August
>
> Site      Hours worked  LTI  LTIFR (per 1m h)  First aid  Near misses  Audits
> Uelzen       61,420      0        0.0              7          23          4
> Celle        18,900      1       52.9              2           6          1
> Group YTD   640,110      3        4.7             51         188         31
>
> LTI Celle: hand injury, 4 days lost, investigation closed (no details
> in this report as per our data protection policy).
> Next safety walk: 16 Sept, Uelzen hall B.
""")


def m104():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "internal",
        "medical advisor's English note on named insured's neuroma and cold intolerance",
        frm="Dr. Miriam Assmann <m.assmann@lindenhof-versicherung.example>",
        to="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        subject="RE: Whitby – GP report, anything to add to the interim payment?",
        date="2025-06-02 09:10",
        body="""Hi Marcus,

I read Dr Holroyd's report. Summary for the file:

- stump of the left index finger tender, a neuroma is suspected at the
  radial digital nerve; referral to the hand surgeons in Leeds
- marked cold intolerance, typical in the first year
- middle finger: active flexion PIP 0-70 degrees (normal ~100), hand
  therapy continues; he is back at work on light duties since 19 May
- he mentions poor sleep and anxiety around machines; the GP has offered
  a referral for counselling

For the interim payment only the certain finger loss counts, so your
6.67 % is fine. The middle finger and a possible neuroma revision belong
to the final assessment. The psychological symptoms are excluded under
the AUB unless caused by an organic injury – please don't mention them in
the letter to him.

Miriam
""")


def m105():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-broker",
        "fleet underwriting: named driver's UK licence penalty points for speeding",
        frm="Kfz-Schaden Firmenflotten <kfz-flotte@lindenhof-versicherung.example>",
        to="Oliver Pryce <oliver.pryce@calderfinch.example>",
        cc="m.thelen@lindenhof-versicherung.example",
        subject="Hollis Verpackungen fleet KF 9020 3304 – UK driver on the German policy",
        date="2025-07-29 15:42",
        body="""Dear Mr Pryce,

Hollis has asked us to add Mr Aaron Whitby (UK licence) as a named
driver on the German fleet policy for his next assignment. The DVLA
licence summary he provided shows 6 penalty points (two SP30 speeding
offences, 2023 and 2024). That is acceptable for us, but the young/
inexperienced-driver surcharge does not apply and the named-driver
discount does not either; premium effect EUR 180 p.a.

Please confirm that Hollis agrees, then we issue the endorsement from
1 September.

Kind regards
Fleet Underwriting
Lindenhof Versicherung AG
""")


def m106():
    return mail(
        "NORMAL", "de", "internal",
        "trap: training handout on the occupational-disease procedure, generic flow",
        frm="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        to="team-regress@lindenhof-versicherung.example",
        subject="Schulung Do: Ablauf BK-Verfahren (Handout)",
        date="2025-07-02 17:20",
        body="""Hallo zusammen,

für Donnerstag das Handout in Textform, damit ihr es vorher lesen könnt.

Ablauf eines BK-Verfahrens in der gesetzlichen UV
1. Verdachtsanzeige (§ 202 SGB VII) durch Arzt/Zahnarzt, oder Anzeige
   durch den Unternehmer (§ 193 Abs. 2), Krankenkasse oder Versicherten
2. Ermittlungen der BG: Arbeitsvorgeschichte, Expositionsermittlung durch
   den Präventionsdienst (bei Lärm: Lärmkataster, Messungen)
3. medizinische Ermittlungen: Befundberichte, ggf. Zusammenhangsgutachten
4. Stellungnahme des staatlichen Gewerbearztes
5. Bescheid: Anerkennung/Ablehnung, MdE, Leistungen (Heilbehandlung,
   Hilfsmittel, Übergangsleistungen, Rente ab MdE 20)
6. bei Hauterkrankungen vorher § 3 BKV: Maßnahmen, um die Aufgabe der
   Tätigkeit zu vermeiden (Hautschutzseminar, stationäre Heilbehandlung)

Für uns relevant: erst ab Schritt 5 kann ein Regress nach § 110 kommen,
und nur, wenn die BG dem Unternehmer grobe Fahrlässigkeit vorwirft.
Asbest-Altfälle: Vertragsjahr der Exposition ermitteln (Altverträge im
Archiv, Ansprechpartner Archiv: Raum K.03).

Gruß Rainer
""",
        attachments=[att("Handout_BK-Verfahren.pdf", pdf([[
            "#Ablauf BK-Verfahren (gesetzliche Unfallversicherung)",
            "1 Verdachtsanzeige nach § 202 SGB VII (Arzt) / § 193 Abs. 2 SGB VII (Unternehmer)",
            "2 Ermittlungen der BG: Arbeitsvorgeschichte, Exposition (Präventionsdienst)",
            "3 Medizinische Ermittlungen, ggf. Zusammenhangsgutachten",
            "4 Stellungnahme staatlicher Gewerbearzt",
            "5 Bescheid: Anerkennung / Ablehnung, MdE, Leistungen",
            "6 Hauterkrankungen: § 3 BKV - Maßnahmen vor Tätigkeitsaufgabe",
            "",
            "Regress nach § 110 SGB VII frühestens ab Schritt 5 - nur bei Vorsatz oder grober Fahrlässigkeit.",
            "Schulungsunterlage Team Regress - enthält keine Fälle.",
        ]], title="Handout BK-Verfahren"))])


def m107():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
        "update to defence lawyer: psychiatric expert opinion on named claimant's PTSD",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="RA Dr. Konstantin Ebeling <ebeling@ebeling-partner.example>",
        subject="Zielinski ./. Brandt – Gutachten Dr. Wiechers liegt vor",
        date="2025-09-24 15:58",
        body="""Sehr geehrter Herr Dr. Ebeling,

das von der BG eingeholte psychiatrische Gutachten zu Herrn Zielinski
liegt uns über die Akteneinsicht vor. Kernaussagen:

- Posttraumatische Belastungsstörung (F43.1) nach dem Unfall vom
  11.06.2024 gesichert, mittelgradig, daneben depressive Episode
  (F32.1), Behandlung mit Sertralin 100 mg und wöchentlicher
  Traumatherapie
- Vorerkrankungen: 2019 zwei Wochen AU wegen „Anpassungsstörung“ nach
  Scheidung – der Gutachter sieht keinen Zusammenhang
- MdE psychisch 20 v.H., gesamt (mit Bein) 40 v.H.

Für unsere Verteidigung bleibt es bei § 105 SGB VII; das Gutachten
spielt nur eine Rolle, falls das Gericht das Haftungsprivileg verneint.
Ich schlage vor, in der Klageerwiderung nicht auf die Vorerkrankung
einzugehen.

Mit freundlichen Grüßen
Katrin Oberdieck
""")


def m108():
    return mail(
        "CONFIDENTIAL", "de", "company",
        "training attendance list with staff numbers and birth dates, only in the ODS",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Rainer Kuhlmann <r.kuhlmann@lindenhof-versicherung.example>",
        subject="WG: Unterweisungsnachweise Kolonne 3 (2022–2025)",
        date="2025-05-08 11:44",
        body="""Rainer, die Unterweisungsnachweise der Kolonne 3 von Wendt für die Akte.
Absturzsicherung wurde 2023 und 2024 unterwiesen, alle haben
unterschrieben. Die Liste enthält Geburtsdaten (hat Wendt so aus der
Personalsoftware gezogen) – bitte nicht weitergeben.
K.

> Von: Bernd Kloppe <b.kloppe@stahlbau-wendt.example>
> Anbei die Nachweise als Tabelle. Originale mit Unterschrift liegen hier.
""",
        attachments=[att("Unterweisungen_Kolonne3.ods", ods([
            ("Kolonne 3", [
                ["Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Thema", "Datum", "unterschrieben"],
                ["1187", "Fenske", "Holger", "11.02.1971", "Absturzsicherung / Gerüste", "14.03.2023", "ja"],
                ["1203", "Krawczyk", "Dennis", "29.07.1994", "Absturzsicherung / Gerüste", "14.03.2023", "ja"],
                ["1220", "Lübbers", "Kai", "03.10.1988", "Absturzsicherung / Gerüste", "14.03.2023", "ja"],
                ["1187", "Fenske", "Holger", "11.02.1971", "Absturzsicherung / Gerüste", "05.03.2024", "ja"],
                ["1203", "Krawczyk", "Dennis", "29.07.1994", "Absturzsicherung / Gerüste", "05.03.2024", "ja"],
                ["1220", "Lübbers", "Kai", "03.10.1988", "Absturzsicherung / Gerüste", "05.03.2024", "ja"],
                ["1241", "Meschede", "Tim", "19.06.2001", "Absturzsicherung / Gerüste", "05.03.2024", "ja"],
            ]),
        ]))])


def m109():
    return mail(
        "NORMAL", "de", "insurer-to-customer",
        "trap: blank training-record template with placeholders for small businesses",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="Ulrich Pape <info@dachdeckerei-pape.example>",
        subject="Vorlage Unterweisungsnachweis",
        date="2025-05-12 08:05",
        body="""Hallo Herr Pape,

wie versprochen unsere Vorlage für Unterweisungsnachweise. Einfach
ausdrucken, je Thema ein Blatt, von allen unterschreiben lassen und zehn
Jahre aufbewahren – im Schadenfall ist das Gold wert.

  UNTERWEISUNGSNACHWEIS nach § 12 ArbSchG / § 4 DGUV Vorschrift 1
  Betrieb: ______________________   Datum: __________   Dauer: ______
  Unterweisende Person: ______________________
  Thema (ankreuzen):
   [ ] Absturzsicherung, PSAgA, Dachfangwand/Seitenschutz
   [ ] Leitern und Tritte
   [ ] Asbestzement – Verhalten bei Funden, TRGS 519
   [ ] Erste Hilfe, Notruf, Verbandbuch
   [ ] Hitze, UV-Strahlung, Sonnenschutz
  Nr. | Name, Vorname | Unterschrift
  1   | _____________ | ____________
  2   | _____________ | ____________
  3   | _____________ | ____________

Viele Grüße
Sabine Kettler
""")


def m110():
    return mail(
        "STRICTLY_CONFIDENTIAL", "mixed", "internal",
        "German note quoting English orthopaedic report on named claimant: post-traumatic arthritis",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        subject="de Wit – neuer Arztbericht aus Deventer",
        date="2025-08-21 14:12",
        body="""Hallo Katrin,

der niederländische Anwalt hat den Bericht des behandelnden Orthopäden
geschickt, auf Englisch. Die wichtigsten Passagen:

> Orthopaedic report – Mr B. de Wit, DOB 12-04-1983
> Status 10 months after ORIF of left tibial plateau fracture: early
> post-traumatic osteoarthritis of the lateral compartment, joint space
> narrowing on X-ray, effusion after exertion. ROM 0-5-110 degrees.
> Wrist: healed distal radius fracture, minor loss of grip strength.
> Prognosis: high probability of total knee replacement within 10-15
> years. Permanent restriction: no work on ladders, scaffolds or uneven
> ground; kneeling and squatting to be avoided.
> Fit for sedentary or light work only.

Damit wird der Erwerbsschaden groß – er kann als Kranmonteur nicht
zurück. Sollen wir jetzt einen eigenen Gutachter in NL beauftragen?

Gruß Greta
""")

def m111():
    return mail(
        "NORMAL", "en", "internal",
        "trap: quiz answers on what to do after a work accident, generic",
        frm="Siobhan Kearney <s.kearney@lindenhof-versicherung.example>",
        to="dublin-all@lindenhof-versicherung.example",
        subject="Safety Week quiz – answers and winners",
        date="2025-05-19 12:30",
        body="""Hi everyone,

thanks to the 14 teams who took part in Friday's quiz! Here are the
answers:

1. A colleague cuts their hand on a paper guillotine. First step?
   -> Stop the bleeding, call a first aider, then record it in the
      first-aid book.
2. When must an accident be reported to the statutory insurer in Germany?
   -> If the person is unable to work for more than 3 days (in Ireland:
      the HSA threshold is also 3 consecutive days).
3. Does an accident on the way to the office count?
   -> In Germany yes (commuting accident), in Ireland generally not.
4. Who sees the first-aid book entries?
   -> Only the safety officer and the occupational physician.
5. What is the most common cause of work accidents in offices?
   -> Slips, trips and falls.

Winners: team "Claims Crusaders" (5/5 and fastest). Cake on Thursday!

Siobhan
""")


def m112():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "transfer of roofer's business to son: new policyholder with birth date and address",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Jannis Pape <jannis@dachdeckerei-pape.example>",
        cc="info@dachdeckerei-pape.example, kontakt@versicherungsbuero-yilmaz.example",
        subject="Betriebsübergabe – Umschreibung Vertrag BH 7731 0428 zum 01.01.2026",
        date="2025-11-04 10:17",
        body="""Hallo Herr Pape,

herzlichen Glückwunsch zur Übernahme des Betriebs! Wir schreiben die
Betriebshaftpflicht zum 01.01.2026 auf Sie um:

  bisheriger VN:   Ulrich Pape, Dachdeckermeister
  neuer VN:        Jannis Pape, Dachdeckermeister, geb. 06.04.1995
                   Am Kiekeberg 7, 31535 Neustadt
  Vertrag:         BH 7731 0428 (Nummer bleibt)
  Beitrag:         unverändert nach Lohnsumme

Ihr Vater bleibt bis Ende 2026 als Mitarbeiter im Betrieb und ist dann
wie alle Betriebsangehörigen mitversichert.

Bitte unterschreiben Sie den beigefügten Nachtrag und das neue
SEPA-Mandat (das Konto Ihres Vaters können wir nicht weiter belasten).

Viele Grüße
Jonas Feldkamp
""")


def m113():
    return mail(
        "NORMAL", "de", "newsletter",
        "trap: press release with national accident and occupational disease figures, no person",
        frm="Lindenhof Presse <presse@lindenhof-versicherung.example>",
        to="presseverteiler@lindenhof-versicherung.example",
        subject="Pressemitteilung: Jeder dritte schwere Arbeitsunfall passiert bei Arbeiten in der Höhe",
        date="2025-08-28 10:00",
        body="""PRESSEMITTEILUNG

Hannover, 28. August 2025 – Stürze von Leitern, Gerüsten und Dächern
verursachen bei den Firmenkunden der Lindenhof Versicherung den größten
Teil der Regressforderungen von Berufsgenossenschaften. Das zeigt eine
Auswertung von 412 Regressfällen aus den Jahren 2015 bis 2024.

Die wichtigsten Ergebnisse:
- 34 % der Regressfälle betrafen Absturzunfälle, 21 % Unfälle an
  Maschinen mit entfernten oder überbrückten Schutzeinrichtungen.
- Der durchschnittliche Regressbetrag lag bei Absturzunfällen bei
  87.000 Euro, bei tödlichen Unfällen deutlich darüber.
- Berufskrankheiten spielen im Regress kaum eine Rolle – mit Ausnahme
  von Asbest-Altfällen, die Jahrzehnte nach der Exposition auftreten.

„Fast jeder dieser Unfälle wäre mit einfachen Mitteln vermeidbar
gewesen“, sagt Rainer Kuhlmann, Leiter des Regressteams. „Seitenschutz
montieren, Schutzhauben nicht entfernen, Unterweisung dokumentieren.“

Pressekontakt: presse@lindenhof-versicherung.example
""")


def m114():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-company",
        "business-trip motor cover for named employee's private car, deer collision, nobody hurt",
        frm="Kfz-Schaden Firmenflotten <kfz-flotte@lindenhof-versicherung.example>",
        to="Rachel Dunmore <rachel.dunmore@precision-components.example>",
        subject="Business travel motor cover DR 7710 0204 – Mr Szabo's private car",
        date="2025-11-12 13:05",
        body="""Dear Ms Dunmore,

Mr Levente Szabo's private car (Škoda Octavia, UE-LS 88) hit a deer on
5 November on the way to a supplier in Celle – an approved business
trip, so your business travel motor cover (Dienstreise-Kasko, policy
DR 7710 0204) applies instead of his own insurance. Nobody was injured.

Repair costs per the garage estimate: EUR 2,940.18; deductible EUR 150.
Please confirm the trip in writing (travel request or logbook extract)
and we will pay the garage directly. Mr Szabo's no-claims bonus with his
own insurer is not affected.

Kind regards
Fleet Claims, Lindenhof Versicherung AG
""")


def m115():
    return mail(
        "NORMAL", "en", "internal",
        "trap: generic home-office risk assessment checklist, no person",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="Siobhan Kearney <s.kearney@lindenhof-versicherung.example>",
        subject="Home office risk assessment – our German checklist in English",
        date="2025-06-18 09:50",
        body="""Hi Siobhan,

here is the English version of our home-office self-assessment. Staff
fill it in themselves; we only get the answers "yes/no" and the
equipment requests, no names in the statistics.

1. Is the screen at arm's length and the top edge at or below eye level?
2. Can you sit with your feet flat on the floor and thighs horizontal?
3. Is there enough light without glare on the screen?
4. Are cables routed so nobody trips over them?
5. Is the room temperature reasonable (approx. 20-24 degrees)?
6. Do you take a short break from the screen at least every hour?
7. Do you know whom to contact after an accident while working at home?
8. Do you need equipment (chair, screen, keyboard)? -> order via portal

Note for Germany: accidents in the home office are covered by statutory
accident insurance when they happen during work activity (since 2021
also the way to the kitchen or toilet).

Heiko
""")


def m116():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "third-party claim of sole-trader building merchant: gate damage, his IBAN",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="Hinrich Meyerdierks <h.meyerdierks@baustoffe-meyerdierks.example>",
        subject="Ihr Schaden am Rolltor vom 04.03.2025 – unser Zeichen 41-HV-2025-006120",
        date="2025-03-26 10:21",
        body="""Sehr geehrter Herr Meyerdierks,

als Haftpflichtversicherer der Nordkreuz Logistik GmbH regulieren wir
Ihren Schaden am Rolltor der Rampe 3. Die Rechnung der Firma Torbau
Achim über 4.612,30 EUR brutto haben wir geprüft. Da Sie als
Einzelkaufmann zum Vorsteuerabzug berechtigt sind, erstatten wir den
Nettobetrag von 3.875,88 EUR.

Überweisung auf das von Ihnen angegebene Konto:
Kontoinhaber: Hinrich Meyerdierks e.K.
IBAN: DE35 7074 8028 4801 8463 51

Mit freundlichen Grüßen
Anton Czerny
Schaden Haftpflicht, Lindenhof Versicherung AG
""")


def m117():
    return mail(
        "NORMAL", "de", "internal",
        "trap: canteen hazard assessment summary (scalds, cuts), no person",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="kantine-leitung@lindenhof-versicherung.example",
        subject="GBU Kantine – Fortschreibung 2025, bitte prüfen",
        date="2025-10-21 13:33",
        body="""Hallo Frau Reuter,

die Fortschreibung der Gefährdungsbeurteilung für die Kantine, bitte bis
Ende des Monats prüfen und unterschreiben:

Gefährdung                   Bewertung  Maßnahme                          neu?
Verbrühung Kippbratpfanne    hoch       Kippen nur mit Zweihandbedienung,  ja
                                        Schürze + Stulpenhandschuhe
Schnittverletzung Messer     mittel     Schnittschutzhandschuh Aufschnitt  nein
Ausrutschen Spülküche        mittel     R12-Fliesen Teilfläche, Schuhe S2  ja
Heben Getränkekisten         mittel     Hubwagen, max. 2 Kisten            nein
Hautbelastung Feuchtarbeit   mittel     Hautschutzplan, Handschuhwechsel   nein
Fettbrand Fritteuse          hoch       Fettbrandlöscher F, Unterweisung   nein

Die zwei Verbrühungen im Verbandbuch aus 2024 waren der Anlass für die
neue Maßnahme an der Kippbratpfanne.

Gruß Heiko Brandner
""")


def m118():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-company",
        "company policyholder: liability extension confirmation with policy number and named contact",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Femke Bosman <f.bosman@vandermeulen-industrie.example>",
        cc="gl@giesserei-haarmann.example",
        subject="Confirmation – shutdown crew covered under Haarmann liability policy BH 4410 0987",
        date="2025-06-27 11:38",
        body="""Dear Ms Bosman,

we confirm that for the summer shutdown at Gießerei Haarmann GmbH (7-25
July 2025) the liability policy of our policyholder Gießerei Haarmann
GmbH, no. BH 4410 0987, is extended to claims against the members of
your crew for damage they cause to third parties while working on the
Haarmann premises (additional insured, limit EUR 5m, deductible EUR 1,000
for property damage).

The extension does not cover injuries of your own crew members – those
fall under your Dutch employer's cover and, for claims against
Haarmann, under the regular policy.

Your contact at Haarmann for the certificate is Mr Jörg Haarmann.

Kind regards
Jonas Feldkamp
""")


def m119():
    return mail(
        "NORMAL", "de", "internal",
        "trap: hazardous-substance register of the print shop, products and H-phrases only",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="druckerei-leitung@lindenhof-versicherung.example",
        subject="Gefahrstoffverzeichnis Druckerei – aktualisiert",
        date="2025-09-15 15:00",
        body="""Hallo zusammen,

das aktualisierte Gefahrstoffverzeichnis nach § 6 Abs. 12 GefStoffV,
bitte den Ausdruck im Meisterbüro austauschen:

Produkt                    Verwendung          H-Sätze         Menge/Jahr  Ersatz geprüft
Walzenwaschmittel WW-40    Reinigung Walzen    H304, H336      120 l       ja, VOC-arm ab 11/25
Feuchtmittelzusatz FZ 3    Offset              H319            80 l        nein
Plattenreiniger PR-1       Druckplatten        H315, H319      10 l        ja
Isopropanol                Feuchtwerk          H225, H319, H336 40 l       Reduzierung auf 5 %
Sprühpuder SP fein         Bogenauslage        -               25 kg       -

Betriebsanweisungen sind an den Arbeitsplätzen ausgehängt, Unterweisung
erfolgt im Oktober.

Gruß Heiko
""",
        attachments=[att("Gefahrstoffverzeichnis_Druckerei_2025-09.xlsx", xlsx([
            ("Verzeichnis", [
                ["Produkt", "Verwendung", "H-Sätze", "Menge/Jahr", "Arbeitsbereich", "Substitution geprüft"],
                ["Walzenwaschmittel WW-40", "Reinigung Walzen", "H304, H336", "120 l", "Offset", "ja"],
                ["Feuchtmittelzusatz FZ 3", "Offset", "H319", "80 l", "Offset", "nein"],
                ["Plattenreiniger PR-1", "Druckplatten", "H315, H319", "10 l", "Plattenbelichtung", "ja"],
                ["Isopropanol", "Feuchtwerk", "H225, H319, H336", "40 l", "Offset", "Reduzierung"],
                ["Sprühpuder SP fein", "Bogenauslage", "-", "25 kg", "Offset", "-"],
            ]),
        ]))])


def m120():
    return mail(
        "CONFIDENTIAL", "en", "internal",
        "HR: named candidate's current salary and expectation for safety officer role",
        frm="Orla Brennan <o.brennan@lindenhof-versicherung.example>",
        to="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        cc="l.wohlfahrt@lindenhof-versicherung.example",
        subject="Dublin H&S officer – candidate shortlist and pay",
        date="2025-07-09 10:28",
        body="""Hi Heiko,

thanks for sitting on the panel. Before the second round, here are the
two shortlisted candidates and their pay details (please keep this to
the panel):

1. Aoife Gallagher – currently H&S advisor at a logistics company,
   salary EUR 54,500 + car allowance EUR 4,800; expects EUR 62,000
2. Declan Murphy – currently site safety officer (construction),
   EUR 58,000; expects EUR 65,000, notice period 3 months

Budget for the role is EUR 58-63k. Aoife has the NEBOSH diploma,
Declan the certificate only.

Second interviews: 16 July, 10:00 and 11:30 (Teams).

Thanks,
Orla
HR Business Partner, Dublin Branch
""")

def m121():
    return mail(
        "NORMAL", "en", "insurer-to-partner",
        "trap: seminar invitation on asbestos latency modelling, aggregate figures only",
        frm="Priya Raman <p.raman@lindenhof-versicherung.example>",
        to="casualty.seminar@nordstern-re.example",
        subject="Re: Casualty seminar 2025 – our talk on asbestos latency",
        date="2025-08-14 16:45",
        body="""Dear Tom,

happy to present at your casualty seminar in November. Working title:

"Forty years later: modelling asbestos-related employer recourse in a
German liability book"

Outline (20 minutes):
- why German asbestos claims arrive as recourse of statutory insurers,
  not as direct employee claims
- latency: mesothelioma median approx. 40 years after first exposure;
  peak of new recognitions expected before 2030
- our triangle by exposure decade (1960s-1980s), counts and paid only
- allocation to historic policy years and the problem of lost policies

All data aggregated; no claim will be identifiable.

Best regards
Priya
""")


def m122():
    return mail(
        "CONFIDENTIAL", "de", "customer",
        "scaffolder forwards speeding fine of named employee in company van, plate",
        frm="Nadine Petersen <n.petersen@lindenhof-versicherung.example>",
        to="kfz-flotte@lindenhof-versicherung.example",
        subject="WG: Blitzer Transporter – betrifft uns das?",
        date="2025-10-20 11:55",
        body="""Hallo Kfz-Team,

Herr Kowalski fragt, ob das Auswirkungen auf die Kfz-Versicherung hat
(Vertrag KF 7104 2270). Ich würde sagen nein, aber bitte kurze
Bestätigung an ihn. Danke, Nadine

> -------- Weitergeleitete Nachricht --------
> Von: Marek Kowalski <marek@geruestbau-kowalski.example>
> Datum: 17.10.2025, 19:02
>
> hallo frau petersen,
> einer meiner leute, Sebastian Wolff, ist mit dem transporter H-GK 3310
> auf der A2 geblitzt worden, 31 km/h zu schnell, bußgeldbescheid
> 260 euro, 2 punkte und 1 monat fahrverbot. er zahlt das selber. muss
> ich das der versicherung melden? wird der beitrag teurer?
> gruß marek kowalski
""")


def m123():
    return mail(
        "NORMAL", "de", "internal",
        "trap: data-protection memo forbidding unencrypted medical reports, no case data",
        frm="Felix Engst <datenschutz@lindenhof-versicherung.example>",
        to="schaden-alle@lindenhof-versicherung.example",
        subject="Erinnerung: D-Arzt-Berichte, Gutachten und Unfallanzeigen nie unverschlüsselt mailen",
        date="2025-07-14 09:00",
        body="""Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind mehrfach Unfallanzeigen, D-Arzt-Berichte und
Vorsorgebescheinigungen unverschlüsselt an Arbeitgeber, Makler und
Anwälte gegangen. Zur Erinnerung:

1. Gesundheitsdaten (Diagnosen, Verletzungen, Arztberichte, AU-Zeiten)
   sind besondere Kategorien nach Art. 9 DSGVO und unterliegen bei uns
   als Personenversicherer zusätzlich § 203 StGB.
2. Solche Unterlagen gehen nur über das SecureMail-Portal oder mit
   Ende-zu-Ende-Verschlüsselung raus – auch wenn der Empfänger „das ja
   schon kennt“.
3. Der Arbeitgeber erhält aus der Gruppenunfallversicherung nur die
   Information, dass und in welcher Höhe geleistet wurde, keine
   medizinischen Details – es sei denn, die versicherte Person hat
   eingewilligt.
4. Bei Regressfällen: Die BG-Akte enthält Gesundheitsdaten Dritter.
   Weitergabe an den Versicherungsnehmer nur, soweit für seine
   Verteidigung erforderlich.

Fragen gern an mich.

Felix Engst
Datenschutzbeauftragter
""")


def m124():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
        "medical advisor asks D-doctor about named worker's foot fractures for invalidity",
        frm="Dr. Miriam Assmann <m.assmann@lindenhof-versicherung.example>",
        to="Dr. med. Henrik Aldag <d-arzt@klinikum-lindenau.example>",
        subject="Anfrage Befund – Herr Mert Yıldırım, Unfall 07.02.2025 (GU 3318 0726)",
        date="2025-11-18 10:40",
        cte="8bit",
        body="""Sehr geehrter Herr Kollege Aldag,

Herr Mert Yıldırım, geb. 17.09.1991, hat nach seinem Arbeitsunfall vom
07.02.2025 (Überrollen des rechten Fußes durch einen Schubmaststapler,
Frakturen MFK III und IV rechts, konservativ behandelt) Invaliditäts-
leistungen aus einer privaten Gruppenunfallversicherung beantragt. Er
gibt anhaltende Belastungsschmerzen und eine Schwellneigung an.

Könnten Sie uns kurz mitteilen:
- ob die Frakturen knöchern in achsengerechter Stellung verheilt sind
  (letztes Röntgen?),
- ob Sie eine Fehlstellung oder posttraumatische Arthrose im
  Lisfranc-Gelenk sehen,
- ob eine Einlagenversorgung erfolgt ist.

Eine Schweigepflichtentbindung des Versicherten liegt bei; Ihr Honorar
für einen formlosen Bericht erstatten wir gern.

Mit kollegialen Grüßen
Dr. med. Miriam Assmann
Beratungsärztin, Lindenhof Versicherung AG
""")


def m125():
    return mail(
        "NORMAL", "en", "newsletter",
        "trap: quarterly EHS newsletter for international clients, generic topics",
        frm="Lindenhof Risk Engineering <risk-engineering@lindenhof-versicherung.example>",
        to="intl-clients@lindenhof-versicherung.example",
        subject="EHS Insights Q4/2025 – lockout/tagout, heat stress, noise",
        date="2025-10-06 07:30",
        body="""EHS Insights – Q4/2025
Risk Engineering newsletter for international clients in Germany

1. Lockout/tagout: the bypassed interlock
In several machine accidents this year, guards had been "temporarily"
bypassed with a spare key or a magnet. In Germany this is a typical
trigger for recourse by the statutory accident insurer. Count your spare
keys – and remove them.

2. Heat stress and UV
Outdoor workers are exposed to solar UV; white skin cancer caused by UV
is a recognised occupational disease in Germany. Provide shade, sun
protection and offer occupational health checks.

3. Noise: measure, don't guess
Below 80 dB(A) you are fine, above 85 dB(A) hearing protection and
occupational health checks are mandatory. A one-day measurement costs
less than one hearing aid.

Contact your risk engineer or write to
risk-engineering@lindenhof-versicherung.example.
""")


def m126():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
        "claim acknowledgement to contractor naming injured welder, burns, hospital transfer",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="Femke Bosman <f.bosman@vandermeulen-industrie.example>",
        subject="Incident 15 July – Mr Ruben de Graaf – our ref 41-HV-2025-008840",
        date="2025-07-18 12:06",
        body="""Dear Ms Bosman,

we are the liability insurer of Gießerei Haarmann GmbH and have opened a
file on the incident of 15 July 2025 (ref. 41-HV-2025-008840).

We note that Mr Ruben de Graaf suffered second-degree burns to the right
forearm and neck and smoke inhalation, was treated overnight at Klinikum
Lindenau and transferred to Deventer on 16 July. We wish him a good
recovery.

As the hot-work permit was issued by our policyholder, we are checking
liability. Please send us, once available:
- your investigation report,
- a copy of the hot-work permit,
- the name of Mr de Graaf's legal representative, if he instructs one.

Please do not send medical records by ordinary e-mail; we will send you
a link to our secure portal.

Kind regards
Katrin Oberdieck
Liability Claims / Recourse, Lindenhof Versicherung AG
""")


def m127():
    return mail(
        "CONFIDENTIAL", "en", "company",
        "HR list of seconded UK staff with National Insurance numbers for liability extension",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        subject="FW: Hollis – seconded staff 2026",
        date="2025-11-25 17:14",
        body="""Jonas, for the EL/PL renewal – Hollis will second three more people from
Leeds. We need names only for the "employees of affiliated companies"
clause; NI numbers we don't need, please don't store them.
Marcus

> From: Ina Albers-Kohl <hr@hollis-verpackungen.example>
> Subject: seconded staff 2026
>
> Dear Mr Thelen,
> from 1 February 2026 the following colleagues from Hollis Packaging Ltd
> will be seconded to Verden for 12 months:
>
>   Aaron Whitby       NI number JT 47 81 20 C   maintenance technician
>   Chloe Barraclough  NI number NM 63 05 92 A   process engineer
>   Imran Siddiqui     NI number PW 18 76 44 B   maintenance technician
>
> A1 certificates have been requested from HMRC.
> Kind regards, Ina Albers-Kohl
""")


def m128():
    return mail(
        "NORMAL", "de", "internal",
        "trap: intranet article on slips and trips in winter, generic injury numbers",
        frm="Interne Kommunikation <intranet@lindenhof-versicherung.example>",
        to="alle-standort-hannover@lindenhof-versicherung.example",
        subject="Intranet-Tipp der Woche: Glatt, nass, rutschig – gut ins Büro kommen",
        date="2025-12-01 08:30",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;max-width:640px">
<h2>Glatt, nass, rutschig – gut ins Büro kommen</h2>
<p>Im letzten Winter waren Stürze auf dem Arbeitsweg bei uns die häufigste Ursache für
meldepflichtige Wegeunfälle – vor allem mit dem Fahrrad. Ein paar Tipps von unserer
Arbeitssicherheit:</p>
<ul>
<li>Bei Glätte lieber Bus und Bahn – das Ticket-Budget für Wintertage gibt es im Mitarbeiterportal.</li>
<li>Winterreifen aufs Rad, Licht prüfen (Lichtcheck am 8.12. in der Tiefgarage).</li>
<li>Schuhe mit Profil; Bürogarderobe für Wechselschuhe gibt es auf jeder Etage.</li>
<li>Eingang Nord wird ab 6:30 Uhr geräumt und gestreut – bitte diesen Eingang nutzen.</li>
</ul>
<p>Und falls doch etwas passiert: Auch Wegeunfälle sind gesetzlich unfallversichert.
Bitte sofort der Personalabteilung melden und beim Arzt angeben, dass es auf dem Arbeitsweg war.</p>
<p><i>Ihre Arbeitssicherheit</i></p>
</body></html>
""")


def m129():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "baker's liability: named employee lost a customer's keys, lock replacement, nobody hurt",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="Ralf Grothues <ralf@baeckerei-grothues.example>",
        subject="BH 5518 3390 – Schlüsselverlust Kantine Stadtwerke (41-HV-2025-009105)",
        date="2025-11-06 14:20",
        body="""Hallo Herr Grothues,

zum Schlüsselverlust: Ihre Mitarbeiterin Frau Sandra Lüking hat am
28.10. bei der Frühbelieferung der Kantine der Stadtwerke Wunstorf den
Generalschlüssel für den Lieferanteneingang verloren. Die Stadtwerke
lassen die Schließanlage für diesen Gebäudeteil tauschen (Angebot
2.960 EUR).

Fremde Schlüssel sind in Ihrem Vertrag bis 50.000 EUR mitversichert,
SB 250 EUR. Wir zahlen direkt an die Stadtwerke.

Gruß
Anton Czerny
""")


def m130():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "internal",
        "HR asks company doctor to join reintegration talk for named colleague after fracture; diagnosis also in ICS",
        frm="Lea Wohlfahrt <l.wohlfahrt@lindenhof-versicherung.example>",
        to="Dr. Ulrike Voss <betriebsarzt@lindenhof-versicherung.example>",
        subject="BEM Frau Schomaker – Einladung und Bitte um Unterstützung",
        date="2025-03-24 09:15",
        body="""Liebe Frau Dr. Voss,

Frau Anke Schomaker (Abt. 41) ist seit ihrem Wegeunfall am 08.01. mit
der Handgelenksfraktur rechts arbeitsunfähig, inzwischen über sechs
Wochen – nach der Metallentfernung im März gab es laut ihrer Auskunft
eine Bewegungseinschränkung und ein „CRPS-Verdacht“ wurde geäußert.
Sie hat dem BEM zugestimmt und möchte, dass Sie beteiligt sind.

Vorschlag für das Erstgespräch: 02.04., 10:00 Uhr, Raum 1.12, Teilnehmende
Frau Schomaker, Sie, ich, auf ihren Wunsch Frau Aydın vom Betriebsrat.
Themen aus ihrer Sicht: stufenweise Wiedereingliederung (Hamburger
Modell, die BG zahlt Verletztengeld weiter), Spracherkennung statt Maus
und Tastatur für die ersten Wochen.

Viele Grüße
Lea Wohlfahrt
Personal
""",
        attachments=[att("BEM_Erstgespraech.ics", ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherung//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:bem-2025-0402-schomaker@lindenhof-versicherung.example
DTSTAMP:20250324T081500Z
DTSTART:20250402T080000Z
DTEND:20250402T090000Z
SUMMARY:BEM-Erstgespräch A. Schomaker (Handgelenksfraktur, Wiedereingliederung)
LOCATION:Raum 1.12
CLASS:PRIVATE
ORGANIZER;CN=Lea Wohlfahrt:mailto:l.wohlfahrt@lindenhof-versicherung.example
ATTENDEE;CN=Dr. Ulrike Voss:mailto:betriebsarzt@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
"""))])


def m131():
    return mail(
        "NORMAL", "en", "insurer-to-broker",
        "trap: FAQ for brokers on group accident and occupational diseases, generic",
        frm="Nadine Petersen <n.petersen@lindenhof-versicherung.example>",
        to="Oliver Pryce <oliver.pryce@calderfinch.example>",
        subject="RE: Does TeamSchutz cover occupational diseases?",
        date="2025-07-08 10:10",
        body="""Hi Oliver,

short answers to your client's questions:

Q: Does the group accident policy cover occupational diseases (hearing
   loss, skin, back)?
A: No. An accident is a sudden external event. Gradual damage from noise,
   chemicals or lifting is not an accident. Occupational diseases are
   covered by the statutory accident insurance.
Q: What about infections?
A: Only specific ones after an injury (e.g. tetanus after a wound) and,
   as an extension, some infectious diseases for medical staff.
Q: Is a herniated disc covered when lifting at work?
A: Only if an accident was the main cause – rarely the case.
Q: Is the employer informed about medical details?
A: No. The employer only learns that a benefit was paid.

Best regards
Nadine Petersen
Broker Relations Commercial Lines
""")


def m132():
    return mail(
        "CONFIDENTIAL", "de", "broker",
        "broker forwards sole trader's statutory-insurer contribution notice: member no., payroll, amount",
        frm="Nadine Petersen <n.petersen@lindenhof-versicherung.example>",
        to="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        subject="WG: BG-Beitragsbescheid Kowalski – Gefahrklasse",
        date="2025-05-05 12:48",
        body="""Sabine, kannst du Yilmaz kurz sagen, ob wir da was machen können?
Ich vermute nein, ist ja die BG und nicht wir. Nadine

-----Ursprüngliche Nachricht-----
Von: Deniz Yilmaz <kontakt@versicherungsbuero-yilmaz.example>
Gesendet: Freitag, 2. Mai 2025 16:33
Betreff: BG-Beitragsbescheid Kowalski – Gefahrklasse

Hallo Frau Petersen,

mein Kunde Marek Kowalski (Gerüstbau, Einzelunternehmen) hat den
Beitragsbescheid der BG Bau und Ausbau Nord bekommen und ist sauer:

  Mitgliedsnummer:     4471 0982 335
  Unternehmer:         Marek Kowalski, Gerüstbau, Garbsen
  Entgelte 2024:       426.600 EUR
  Gefahrklasse:        19,62 (Gerüstbau, neuer Gefahrtarif)
  Beitrag 2024:        31.480,12 EUR, fällig 15.05.2025
  Nachlass/Zuschlag:   Zuschlag 8 % wegen Unfallbelastung

Kann Ihre Schadenverhütung ihm helfen, damit der Zuschlag wegkommt
(Prämiensystem der BG)?

Gruß D. Yilmaz
""")


def m133():
    return mail(
        "NORMAL", "de", "insurer-to-customer",
        "trap: asbestos-cement checklist for roofers, generic rules",
        frm="Sabine Kettler <s.kettler@lindenhof-versicherung.example>",
        to="kunden-dachhandwerk@lindenhof-versicherung.example",
        subject="Checkliste: Arbeiten an Asbestzement-Dächern",
        date="2025-04-07 08:00",
        body="""Liebe Kunden aus dem Dachhandwerk,

viele Anfragen drehen sich im Frühjahr um Wellplattendächer. Unsere
Checkliste in Kurzform:

[ ] Baujahr vor 1993? Dann bis zum Beweis des Gegenteils Asbestzement.
[ ] Sachkunde nach TRGS 519 Anlage 4C für den Aufsichtführenden
[ ] Anzeige bei der Behörde und der BG mind. 7 Tage vor Beginn
[ ] Nur emissionsarme Verfahren (BT-Verfahren), kein Brechen, Bohren,
    Schleifen, Hochdruckreinigen
[ ] Platten anfeuchten, unzerbrochen abnehmen, in Big Bags verpacken
[ ] Atemschutz FFP3, Einwegschutzanzug Typ 5/6
[ ] Durchsturzsicherung! Asbestzementplatten sind nicht begehbar –
    häufigste Ursache tödlicher Unfälle bei Dacharbeiten
[ ] Entsorgung mit Nachweis

Versicherungsschutz: Schäden durch Asbest sind in der Betriebshaftpflicht
grundsätzlich ausgeschlossen; für zertifizierte Sanierungsarbeiten bieten
wir eine Zusatzdeckung an.

Ihre Lindenhof Schadenverhütung
""")


def m134():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "private accident insurance offer to named self-employed person with birth date and risk class",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="Joost Hendriks <joost@hendriks-montage.example>",
        cc="unfall-antrag@lindenhof-versicherung.example",
        subject="Your personal accident insurance – offer no. UA-ANG-2025-11873",
        date="2025-09-10 11:30",
        body="""Dear Mr Hendriks,

as promised, our offer for a private accident insurance that also covers
you while working on German sites:

  Insured person:      Joost Hendriks, born 03/02/1987
  Occupation:          installer of conveyor systems, self-employed
  Risk class:          B (manual work)
  Invalidity:          EUR 150,000, progression 350 %
  Accident pension:    EUR 1,000 per month from 50 % invalidity
  Daily allowance:     EUR 50 from day 43
  Death benefit:       EUR 25,000
  Annual premium:      EUR 864.00

As you told us on the phone, you had an arthroscopy of the right knee in
2022 (meniscus) and take no regular medication. We have accepted this
without exclusion. Please sign the application and the health
declaration (attached by post) and return both.

Kind regards
Jonas Feldkamp
""")


def m135():
    return mail(
        "CONFIDENTIAL", "de", "assessor",
        "loss adjuster's report on named client's parquet damage, address and amounts",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="werkstatt@tischlerei-mertens.example",
        subject="Gutachten Hapke – Schaden 41-HV-2025-001552 (Parkett Behrens)",
        date="2025-02-18 15:45",
        body="""Sehr geehrte Frau Mertens,

zur Info das Ergebnis des Sachverständigen, Auszug:

> Sachverständigenbüro Dipl.-Ing. Rolf Hapke, Garbsen
> Ortstermin: 12.02.2025, Wohnung Frau Inge Behrens, Lerchenweg 3,
> 30926 Seelze, 1. OG links
> Schaden: Eiche-Landhausdielen geölt, zwei Dielen mit Druckstellen
> und Absplitterung (ca. 0,4 m²), Ursache Aufprall eines Akku-
> Bohrschraubers – plausibel.
> Reparaturweg: Austausch der zwei Dielen (Rückbau ab Wand), Nachölen
> der Raumfläche 22 m² wegen Farbangleichung.
> Kosten: 1.215,00 EUR netto, zzgl. MwSt. = 1.445,85 EUR.
> Frau Behrens ist nicht vorsteuerabzugsberechtigt.

Wir zahlen den Bruttobetrag an Frau Behrens, Ihre SB von 250 EUR stellen
wir Ihnen in Rechnung.

Mit freundlichen Grüßen
Anton Czerny
""")

def m136():
    return mail(
        "NORMAL", "en", "internal",
        "trap: reminder to report near misses, anonymous examples without names",
        frm="Siobhan Kearney <s.kearney@lindenhof-versicherung.example>",
        to="dublin-all@lindenhof-versicherung.example",
        subject="Near misses: 3 reports in Q3 – thank you, and please keep them coming",
        date="2025-10-09 11:00",
        body="""Hi all,

in Q3 we received three near-miss reports, all anonymous:

- a loose carpet edge at the top of the 2nd floor stairs (fixed in two days)
- a fire door wedged open with a bin (removed, door alarm installed)
- a cracked step on the bike ramp (repaired)

None of them led to an injury – which is exactly the point. Reporting
takes one minute in SafeReport, and you don't have to give your name.

Thanks,
Siobhan
""")


def m137():
    return mail(
        "CONFIDENTIAL", "en", "internal",
        "payment instruction for named employee's damaged phone with his IBAN",
        frm="Greta Lindqvist <g.lindqvist@lindenhof-versicherung.example>",
        to="Claims Payments <schadenzahlungen@lindenhof-versicherung.example>",
        subject="Payment release 41-HV-2025-008102 – EUR 495.00",
        date="2025-07-09 14:48",
        body="""Hi team,

please release the payment below (four-eyes approval by Katrin Oberdieck
is in the claims system):

  Claim:          41-HV-2025-008102 (BH 9920 0017, Hollis Verpackungen)
  Payee:          Moussa Diallo
  IBAN:           DE14 9421 2926 2419 2421 23
  Amount:         EUR 495.00
  Reference:      41-HV-2025-008102 Smartphone
  Reason:         personal belongings of employee, clause 4.3

Bank details were received via the secure upload and checked against the
name on the account confirmation.

Thanks,
Greta
""")


def m138():
    return mail(
        "NORMAL", "de", "internal",
        "trap: safety committee meeting invitation with agenda, no person data",
        frm="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        to="asa@lindenhof-versicherung.example",
        subject="Einladung ASA 4/2025 – 10.12., 14:00 Uhr",
        date="2025-11-26 16:10",
        body="""Hallo zusammen,

Einladung zur letzten ASA-Sitzung des Jahres, Termin im Anhang.

Tagesordnung
1. Protokoll 3/2025
2. Unfallgeschehen Q3 (Statistik), Lichtcheck-Aktion
3. Ergebnis Begehung Druckerei durch die BG – Maßnahmenstand
4. Asbestsanierung Flügel C: Freimessung erfolgt, Wiederbezug Januar
5. Ausschreibung arbeitsmedizinische Betreuung ab 2026
6. Jahresplanung Unterweisungen 2026
7. Verschiedenes

Gruß Heiko
""",
        attachments=[att("ASA_4_2025.ics", ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherung//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:asa-2025-4@lindenhof-versicherung.example
DTSTAMP:20251126T151000Z
DTSTART:20251210T130000Z
DTEND:20251210T150000Z
SUMMARY:Arbeitsschutzausschuss 4/2025
LOCATION:Raum E.14 Leine
ORGANIZER;CN=Heiko Brandner:mailto:h.brandner@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
"""))])


def m139():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "premium reminder to sole-trader baker with amount, failed direct debit and IBAN",
        frm="Lindenhof Versicherung Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
        to="ralf@baeckerei-grothues.example",
        subject="Zahlungserinnerung – Vertrag BH 5518 3390",
        date="2025-07-15 06:30",
        body="""Sehr geehrter Herr Grothues,

die Lastschrift für den Jahresbeitrag Ihrer Betriebs- und
Produkthaftpflichtversicherung (fällig 01.07.2025, 1.928,44 EUR) konnte
von Ihrem Konto IBAN DE72 2607 6682 8796 9874 66 nicht eingezogen
werden (Rückgabegrund: Konto ungedeckt). Die Bank berechnet uns dafür
3,50 EUR Gebühr.

Bitte überweisen Sie 1.931,94 EUR bis 29.07.2025 oder teilen Sie uns mit,
dass wir erneut abbuchen dürfen. Solange der Beitrag nicht bezahlt ist,
kann der Versicherungsschutz gefährdet sein (§ 37 VVG).

Mit freundlichen Grüßen
Ihre Lindenhof Versicherung AG
""")


def m140():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "employer informed of invalidity payment for named employee's leg, percentage and amount",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Melanie Strack <m.strack@nordkreuz-logistik.example>",
        subject="GU 3318 0726 – Abschluss Invaliditätsleistung Herr Zielinski",
        date="2025-11-27 11:02",
        body="""Hallo Frau Strack,

mit Einverständnis von Herrn Zielinski (er hat uns ausdrücklich gebeten,
Sie zu informieren) kurz zum Abschluss:

Nach dem Gutachten vom 14.10.2025 haben wir für die Folgen des Unfalls
vom 11.06.2024 eine Invalidität von 4/10 Beinwert unterhalb des Knies
festgestellt (Beinwert 50 %, also 20 %). Daraus ergibt sich bei einer
Grundsumme von 100.000 EUR eine Invaliditätsleistung von 20.000 EUR, die
wir heute an Herrn Zielinski überwiesen haben. Die psychischen Folgen
fallen nach den Bedingungen nicht unter den Versicherungsschutz.

Der Vertrag läuft für ihn unverändert weiter.

Freundliche Grüße
Timo Reinhardt
""")


def m141():
    return mail(
        "NORMAL", "mixed", "insurer-to-broker",
        "trap: bilingual cover overview of an international programme, no person",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="Oliver Pryce <oliver.pryce@calderfinch.example>",
        subject="Deckungsübersicht / cover overview Germany – Hollis 2026",
        date="2025-12-03 15:30",
        body="""Hi Oliver,

wie versprochen die Übersicht zweisprachig für Hollis HR und Finance:

Risiko / risk                      | Träger / carrier             | Bemerkung / remark
-----------------------------------|------------------------------|-------------------------------
Arbeitsunfall, Berufskrankheit     | BG (gesetzlich / statutory)  | Beitrag zahlt nur der AG /
work accident, occupational disease|                              | employer-funded
Haftpflicht inkl. BG-Regress       | Lindenhof local policy       | 5 Mio EUR, DIC/DIL Master
EL/PL incl. statutory recourse     |                              |
Gruppenunfall 24h / GPA 24h        | Lindenhof local policy       | seconded UK staff + managers
Dienstreise-Kasko / business travel| Lindenhof                    | private cars on business trips
motor                              |                              |
D&O, Strafrechtsschutz / criminal  | Master London                | not local
defence costs                      |                              |

No names, no claims – just the structure. Let me know if Finance needs
the premiums split by line.

Cheers
Marcus
""")


def m142():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-partner",
        "claims history certificate for named sole-trader electrician to new insurer",
        frm="Jonas Feldkamp <j.feldkamp@lindenhof-versicherung.example>",
        to="gewerbe-antrag@hanseatische-gewerbe.example",
        subject="Vorschadenauskunft Timo Bruns, Elektroinstallation – Ihre Anfrage vom 03.12.",
        date="2025-12-09 10:05",
        body="""Sehr geehrte Damen und Herren,

mit Einverständnis unseres Versicherungsnehmers (Vollmacht liegt Ihnen
vor) erteilen wir folgende Vorschadenauskunft:

  Versicherungsnehmer: Timo Bruns, Elektroinstallation, Springe
                       geb. 09.03.1983
  Vertrag:             BH 9130 4402, Betriebshaftpflicht
  Laufzeit:            01.09.2025 – 01.09.2026 (läuft)
  Schäden seit Beginn: keine
  Beitragsrückstände:  keine

Zu Vorschäden bei anderen Versicherern können wir keine Auskunft geben.

Mit freundlichen Grüßen
Jonas Feldkamp
Underwriting Firmenkunden Haftpflicht
""")


def m143():
    return mail(
        "NORMAL", "de", "newsletter",
        "trap: customer mailing on heat and UV protection for outdoor workers, BK mentioned generically",
        frm="Lindenhof Firmenkunden-Newsletter <newsletter@lindenhof-versicherung.example>",
        to="firmenkunden-verteiler@lindenhof-versicherung.example",
        subject="Sommer auf der Baustelle: Hitze und UV – was Arbeitgeber jetzt tun müssen",
        date="2025-06-02 07:00",
        body="""Arbeitsschutz kompakt – Sonderausgabe Sommer

Hitze: Ab 26 °C Raumtemperatur sollen, ab 30 °C müssen Maßnahmen
ergriffen werden (ASR A3.5). Auf Baustellen gilt die
Gefährdungsbeurteilung: Arbeitszeiten in die kühleren Morgenstunden
verlegen, Trinkwasser bereitstellen, Schatten schaffen.

UV-Strahlung: Heller Hautkrebs durch natürliche UV-Strahlung ist seit
2015 als Berufskrankheit anerkannt (BK 5103). Arbeitgeber müssen
Beschäftigten im Freien arbeitsmedizinische Vorsorge anbieten
(Angebotsvorsorge bei mehr als einer Stunde täglich zwischen 11 und
16 Uhr von April bis September).

Praxistipps: Helm mit Nackenschutz, langärmelige UV-Schutzkleidung,
Sonnenschutzmittel LSF 50 am Fahrzeug, Pausen im Schatten.

Fragen? Ihre Risk Engineers helfen gern:
risk-engineering@lindenhof-versicherung.example

Abmelden: https://www.lindenhof-versicherung.example/abmelden
""")


def m144():
    return mail(
        "CONFIDENTIAL", "en", "broker",
        "broker sends named director's date of birth and home address for sanctions screening",
        frm="Marcus Thelen <m.thelen@lindenhof-versicherung.example>",
        to="compliance-screening@lindenhof-versicherung.example",
        subject="FW: Hollis – KYC data new managing director Verden",
        date="2025-12-11 09:40",
        body="""Compliance team, please screen before we issue the 2026 policies.
Thanks, Marcus

-----Original Message-----
From: Oliver Pryce <oliver.pryce@calderfinch.example>
Sent: Wednesday, December 10, 2025 18:12
Subject: Hollis – KYC data new managing director Verden

Marcus,

for your KYC: Hollis Verpackungen GmbH has a new managing director from
1 January 2026 (Mr Albers is leaving):

  Name:            Graham Oswald Hurst
  Date of birth:   4 July 1972
  Nationality:     British
  Home address:    2 Larkspur Close, Harrogate HG2, United Kingdom
  Role:            Geschäftsführer, Hollis Verpackungen GmbH

Cheers
Oliver
""")


def m145():
    return mail(
        "NORMAL", "en", "internal",
        "trap: annual report excerpt with own workforce safety KPIs, aggregated",
        frm="Sustainability Reporting <nachhaltigkeit@lindenhof-versicherung.example>",
        to="Heiko Brandner <h.brandner@lindenhof-versicherung.example>",
        subject="ESRS S1 – health & safety datapoints, draft text for sign-off",
        date="2025-12-15 13:25",
        body="""Hi Heiko,

draft text for the sustainability statement (ESRS S1-14), please confirm
the figures by Friday:

"Health and safety. 100 % of our own workforce is covered by our
occupational health and safety management system (ISO 45001, external
certification planned 2026). In 2025 there were no fatalities. We
recorded 4 recordable work-related accidents (2024: 3), a rate of 2.1
per million hours worked, and 31 days lost. No cases of recordable
work-related ill health were recognised. Commuting accidents (7) are
not included in these figures."

Figures are aggregated for all sites; no individual data is reported.

Thanks,
Nora (Sustainability Reporting)
""")


def m146():
    return mail(
        "CONFIDENTIAL", "de", "company",
        "foundry's named employee damaged a hired mobile crane, policy and claim number, nobody hurt",
        frm="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        to="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        subject="WG: Schadenmeldung Mietkran – Haarmann",
        date="2025-10-28 08:55",
        body="""Katrin, läuft bei dir unter BH 4410 0987 mit, neue Schadennummer
41-HV-2025-010377. Mietsachschaden, Sublimit prüfen. Anton

-----Ursprüngliche Nachricht-----
Von: Jörg Haarmann <gl@giesserei-haarmann.example>
Gesendet: Montag, 27. Oktober 2025 17:30
Betreff: Schadenmeldung Mietkran

Sehr geehrte Damen und Herren,

unser Mitarbeiter Herr Edin Sarić hat heute beim Einheben eines
Modells mit dem angemieteten Mobilkran (Vermieter Kranverleih Weser
GmbH) den Ausleger gegen den Hallenbinder gefahren. Ausleger und
Binder sind beschädigt, der Vermieter schätzt 22.000 EUR.
Verletzt wurde niemand. Herr Sarić hat einen gültigen Kranführerschein.

Mit freundlichen Grüßen
Jörg Haarmann
""")


def m147():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "final invalidity assessment of named expat's knee; PDF statement with IBAN sent as octet-stream",
        frm="Timo Reinhardt <t.reinhardt@lindenhof-versicherung.example>",
        to="Daniel Okafor <d.okafor@precision-components.example>",
        subject="Group accident GU 4471 0093 – final assessment of your knee injury",
        date="2025-12-17 10:30",
        body="""Dear Mr Okafor,

thank you for attending the examination with Dr. Pohlmann on 2 December.
His findings 10 months after the ACL reconstruction of your right knee:
stable knee, slight extension deficit (0-5-130), mild swelling after
exercise, early cartilage damage in the medial compartment after the
meniscus tear.

Following his report we assess your permanent impairment at 1/10 of the
leg value above the knee (leg value 70 %), i.e. 7 %.

  Sum insured (invalidity)          EUR 100,000
  Degree of invalidity                     7 %
  Invalidity benefit                 EUR 7,000

The amount will be transferred to your account this week. You and we
may each request a re-assessment within three years of the accident.

Kind regards
Timo Reinhardt
Accident Claims
""",
        attachments=[att("Abrechnung_UV-2025-00133.pdf", pdf([[
            "#Lindenhof Versicherung AG - Leistung Unfallversicherung",
            "Abrechnung Invaliditätsleistung / Statement of invalidity benefit",
            "Versicherte Person: Daniel Okafor    Vertrag: GU 4471 0093    Schaden: UV-2025-00133",
            "Unfalltag: 08.02.2025 (Skiunfall, Ischgl)",
            "Unfallfolgen: vordere Kreuzbandruptur und Innenmeniskusriss rechts, VKB-Plastik 10.02.2025",
            "Invaliditätsgrad: 1/10 Beinwert über Mitte Oberschenkel (70 %) = 7 %",
            "Invaliditätsgrundsumme: 100.000 EUR   Leistung: 7.000,00 EUR",
            "Zahlung an: Kontoinhaber Daniel Okafor, IBAN DE57 6893 3743 9777 2323 73",
        ]], title="Abrechnung Invalidität", compress=True), mime="application/octet-stream")])


def m148():
    return mail(
        "NORMAL", "de", "internal",
        "trap: out-of-office of recourse handler, no case data",
        frm="Katrin Oberdieck <k.oberdieck@lindenhof-versicherung.example>",
        to="ebeling@ebeling-partner.example",
        subject="Automatische Antwort: Termin Güteverhandlung 14.01.",
        date="2025-12-22 10:02",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 05.01.2026
nicht im Büro.

In dringenden Regress- und Haftpflicht-Großschadenangelegenheiten
wenden Sie sich bitte an Herrn Rainer Kuhlmann, Tel. 0511 4471-2230,
oder an das Team-Postfach team-regress@lindenhof-versicherung.example.

Bitte senden Sie keine Arztberichte oder Gutachten an das Team-Postfach,
sondern über das SecureMail-Portal.

Katrin Oberdieck
Lindenhof Versicherung AG
""")


def m149():
    return mail(
        "CONFIDENTIAL", "de", "company",
        "harmless body; driving-licence check list with names and licence numbers in a legacy CSV",
        frm="Kfz-Schaden Firmenflotten <kfz-flotte@lindenhof-versicherung.example>",
        to="Anton Czerny <a.czerny@lindenhof-versicherung.example>",
        subject="WG: Führerscheinkontrolle",
        date="2025-03-14 12:15",
        body="""Anton, zu deinem Staplerschaden die Liste von Nordkreuz (kam mit der
Schadenmeldung Flotte). Lüdemann ist drin, Kontrolle war im Januar.
Gruß aus dem Kfz-Team
""",
        attachments=[att("FS-Kontrolle_Q1_2025.csv", csvdata([
            ["Pers.-Nr.", "Name", "Vorname", "Führerschein-Nr.", "Klassen", "Kontrolle am", "Prüfer"],
            ["4417", "Lüdemann", "Kevin", "B072K4R9L21", "B, C1, C1E, L", "13.01.2025", "Strack"],
            ["4420", "Brandt", "Marco", "B0819XT3P55", "B, C, CE", "13.01.2025", "Strack"],
            ["4433", "Vogt", "Dirk", "J44N2W7ZT08", "B, BE, C, CE", "14.01.2025", "Strack"],
            ["4451", "Zielinski", "Piotr", "F83LM0Q4R12", "B", "14.01.2025", "Strack"],
            ["4467", "Yildirim", "Mert", "B09YT41K7R3", "B, L", "14.01.2025", "Strack"],
        ], encoding="cp1252", delimiter=";"), mime="application/vnd.ms-excel", charset="windows-1252")])


def m150():
    return mail(
        "NORMAL", "en", "internal",
        "trap: staff Q&A on asbestos found in the building, no individual exposure data",
        frm="Lindenhof Group Communications <comms@lindenhof-versicherung.example>",
        to="all-staff@lindenhof-versicherung.example",
        subject="Q&A: asbestos in wing C – what it means for you",
        date="2025-02-25 12:00",
        body="""Dear colleagues,

some of you have asked about the asbestos found in wing C. Here are the
facts:

Is my health at risk?
The asbestos is bound in floor tiles, adhesive and one fire damper seal.
In intact, undamaged condition it does not release fibres. Air
measurements in the offices in January were below the detection limit.

Who worked there?
Wing C, 3rd floor, was vacated in January for the refurbishment; no one
will work there until the clearance measurement has been passed.

What happens now?
A certified contractor removes the material under negative pressure
(TRGS 519). The area is sealed off; the lifts do not stop on the 3rd
floor until February.

Whom can I ask?
Our occupational safety specialist and the company doctor hold an open
Q&A session on 4 March, 12:30, in the canteen. Individual questions can
be addressed confidentially to the company doctor.

Group Communications
""")

# ================================================================= MAIN ===

def generate():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    RND.seed(SEED)
    del ROWS[:]
    for n in range(1, N_MAILS + 1):
        CUR["n"] = n
        globals()["m%03d" % n]()
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in ROWS:
            assert all("\t" not in x and "\n" not in x for x in r), r
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(ROWS), OUT))

# ================================================================ CHECK ===

IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "CH": 21, "BE": 16, "LU": 20, "FR": 27}
IBAN_RE = re.compile(r"\b(DE|AT|NL|GB|CH|BE|LU|FR)(\d{2})((?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,3})?)\b", re.I)
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)", re.I)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _xml_text(data):
    dom = minidom.parseString(data)
    out = []

    def rec(node):
        for ch in node.childNodes:
            if ch.nodeType == ch.TEXT_NODE:
                out.append(ch.data)
            else:
                rec(ch)
        out.append(" ")
    rec(dom)
    return "".join(out)


def _pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    m = re.search(rb"startxref\s+(\d+)", data)
    assert m and data[int(m.group(1)):int(m.group(1)) + 4] == b"xref", "bad startxref"
    texts = []
    for sm in re.finditer(rb"<<([^>]*)>>\s*stream\n(.*?)\nendstream", data, re.S):
        raw = sm.group(2)
        if b"FlateDecode" in sm.group(1):
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)", raw):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            texts.append(s.decode("cp1252"))
    return "\n".join(texts)


def _zip_text(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "corrupt zip member"
    names = z.namelist()
    low = name.lower()
    if low.endswith((".docx", ".xlsx")):
        assert "[Content_Types].xml" in names, "no content types"
    if low.endswith((".odt", ".ods")):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    out = []
    for nm in names:
        b = z.read(nm)
        if nm.endswith((".xml", ".rels")):
            out.append(_xml_text(b))
        elif low.endswith(".zip"):
            out.append(_att_text(nm, b, None))
    return "\n".join(out)


def _att_text(name, data, charset):
    low = name.lower()
    if low.endswith(".pdf"):
        return _pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        return _zip_text(data, name)
    if low.endswith(".csv"):
        try:
            txt = data.decode(charset or "utf-8")
        except UnicodeDecodeError:
            txt = data.decode("cp1252")
        rows = list(csv.reader(io.StringIO(txt), delimiter=";" if txt.count(";") > txt.count(",") else ","))
        assert len(rows) >= 2, "csv too short"
        return txt
    if low.endswith(".ics"):
        txt = data.decode("utf-8")
        assert txt.startswith("BEGIN:VCALENDAR") and txt.rstrip().endswith("END:VCALENDAR"), "bad ics"
        assert "\r\n" in txt
        return txt
    return data.decode(charset or "utf-8")


def _msg_text(msg, problems, fname):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype == "message/rfc822":
            continue
        fn = part.get_filename()
        if ctype == "text/plain" and not fn or ctype == "text/html":
            out.append(part.get_content())
            continue
        if part.get_content_maintype() == "message":
            continue
        try:
            out.append(_att_text(fn or "x.bin", part.get_payload(decode=True), part.get_content_charset()))
        except Exception as e:  # noqa
            problems.append("%s: attachment %s does not open: %s" % (fname, fn, e))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            for k in ("From", "Date", "Message-ID"):
                if inner[k] is None:
                    problems.append("%s: forwarded message lacks %s" % (fname, k))
    return "\n".join(out)


def check():
    problems = []
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    want = ["d%02d-%04d.eml" % (NN, i) for i in range(1, N_MAILS + 1)]
    if files != want:
        problems.append("file list differs from d%02d-0001 ... d%02d-%04d" % (NN, NN, N_MAILS))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("labels.tsv header wrong")
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    if [r[0] for r in rows] != want:
        problems.append("labels.tsv rows do not match files")
    counts, table = {}, {}
    for r in rows:
        if len(r) != 5 or r[1] not in LABELS or r[2] not in ("de", "en", "mixed") or not r[4]:
            problems.append("bad label row %r" % (r,))
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        table[(r[1], r[2])] = table.get((r[1], r[2]), 0) + 1
        if r[1] != "NORMAL" and r[4].startswith("trap:"):
            problems.append("%s: trap reason on non-NORMAL" % r[0])
    if counts != {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}:
        problems.append("label counts %r" % counts)
    mids, stats = set(), {"ibans": 0, "attachments": 0}
    for fname in files:
        data = open(os.path.join(OUT, fname), "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            problems.append("%s: line ends are not CRLF" % fname)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                problems.append("%s: missing %s" % (fname, h))
        if not str(msg["From"]).rstrip(">").endswith("@lindenhof-versicherung.example"):
            problems.append("%s: not sent from the insurer's domain" % fname)
        if msg["Message-ID"] in mids:
            problems.append("%s: duplicate Message-ID" % fname)
        mids.add(msg["Message-ID"])
        if msg.defects:
            problems.append("%s: parser defects %r" % (fname, msg.defects))
        stats["attachments"] += sum(1 for p in msg.walk() if p.get_filename())
        text = _msg_text(msg, problems, fname)
        for m in MAIL_RE.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                problems.append("%s: non-.example address %s" % (fname, m.group(0)))
        for m in URL_RE.finditer(text):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                problems.append("%s: non-.example URL host %s" % (fname, m.group(1)))
        for m in IBAN_RE.finditer(text):
            cand = m.group(0).replace(" ", "").upper()
            if len(cand) != IBAN_LEN[cand[:2]]:
                continue
            stats["ibans"] += 1
            if not iban_ok(cand):
                problems.append("%s: IBAN checksum fails %s" % (fname, m.group(0)))
    print("mails: %d, labels: %s" % (len(files), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in LABELS)))
    print("label x lang:")
    for lab in LABELS:
        print("  %-22s de %3d  en %3d  mixed %2d" % (lab, table.get((lab, "de"), 0), table.get((lab, "en"), 0), table.get((lab, "mixed"), 0)))
    print("attachments: %d, IBANs validated: %d" % (stats["attachments"], stats["ibans"]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
