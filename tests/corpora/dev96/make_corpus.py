#!/usr/bin/env python3
"""Siegel evaluation corpus dev96 -- generator.

Every mail is written by hand in its own function m001 ... m150.  The helpers
below only turn that hand-written content into MIME (email package,
policy=SMTP, CRLF, fixed boundaries, dates and Message-IDs) or into attachment
files (PDF, PNG, DOCX, XLSX, ODT, ODS, CSV, ICS, ZIP).

    python make_corpus.py           writes mails/d96-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses everything and validates it

Standard library only, Python 3.8+, no network, deterministic.
"""
import csv
import hashlib
import io
import os
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import SMTP
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
NN = 96
N_MAILS = 150
INS = "lindenhof-versicherung.example"      # the insurer's mail domain
ZIP_TS = (2025, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------- dates, ids
def mail_date(n):
    """Fixed send date for mail n: five mails per working day from Monday
    3 March 2025, office hours (CET until 30 March, then CEST)."""
    wd = (n - 1) // 5
    day = datetime(2025, 3, 3) + timedelta(days=(wd // 5) * 7 + wd % 5)
    naive = day + timedelta(minutes=8 * 60 + 7 + ((n - 1) % 5) * 118 + (n * 37) % 41)
    off = 2 if naive >= datetime(2025, 3, 30, 2, 0) else 1
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


def fixed_date(s):
    """'2025-03-04 09:12 +0100' -> RFC 5322 date string (for quoted/inner mails)."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return format_datetime(d)


def msgid(tag, domain=INS):
    h = hashlib.sha1(("d%d-%s" % (NN, tag)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], domain)


# ---------------------------------------------------------------- messages
def new(frm, to, subject, cc=None, headers=(), date=None, mid=None):
    """A message with the hand-written envelope headers."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    if date:
        m["Date"] = fixed_date(date)
    if mid:
        m["Message-ID"] = mid
    for k, v in headers:
        m[k] = v
    return m


def text(m, body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    params = {"format": "flowed"} if flowed else None
    if cte == "7bit" and not body.isascii():
        cte = "quoted-printable"   # 7bit is only possible for pure ASCII
    if params:
        m.set_content(body, subtype=subtype, charset=charset, cte=cte, params=params)
    else:
        m.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return m


def html_alt(m, plain, html, charset="utf-8", cte="quoted-printable"):
    """multipart/alternative: plain + html."""
    m.set_content(plain, charset=charset, cte=cte)
    m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    return m


def attach(m, filename, data, ctype, params=None):
    maintype, subtype = ctype.split("/")
    if isinstance(data, Message):
        m.add_attachment(data, filename=filename)
        return m
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                     params=params or {})
    return m


def only_attachments(m, *atts):
    """Mail with an empty body: multipart/mixed holding only attachments."""
    m["Content-Type"] = "multipart/mixed"
    parts = []
    for filename, data, ctype in atts:
        p = EmailMessage(policy=SMTP)
        maintype, subtype = ctype.split("/")
        if isinstance(data, Message):
            p.set_content(data, disposition="attachment", filename=filename)
        else:
            p.set_content(data, maintype=maintype, subtype=subtype,
                          disposition="attachment", filename=filename)
        parts.append(p)
    m.set_payload(parts)
    return m


def block(*pairs):
    """A header block (for message/delivery-status, message/disposition-notification)."""
    b = Message(policy=SMTP)
    for k, v in pairs:
        b[k] = v
    return b


def report(m, report_type, human, fields, original=None, original_headers=None,
           human_html=None):
    """multipart/report (RFC 6522): DSN (RFC 3464) or MDN (RFC 8098)."""
    m["Content-Type"] = "multipart/report"
    m.set_param("report-type", report_type)
    h = EmailMessage(policy=SMTP)
    if human_html:
        html_alt(h, human, human_html)
    else:
        h.set_content(human, charset="utf-8", cte="quoted-printable")
    st = EmailMessage(policy=SMTP)
    st["Content-Type"] = "message/" + report_type
    if report_type == "delivery-status":
        st.set_payload([block(*b) for b in fields])
    else:
        st.set_payload([block(*fields[0])])
    parts = [h, st]
    if original is not None:
        o = EmailMessage(policy=SMTP)
        o.set_content(original)
        parts.append(o)
    elif original_headers is not None:
        o = EmailMessage(policy=SMTP)
        o.set_content(original_headers.replace("\n", "\r\n"), subtype="rfc822-headers",
                      charset="utf-8", cte="8bit")
        parts.append(o)
    m.set_payload(parts)
    return m


def finish(m, n, date=True):
    """Fixed Date, Message-ID, MIME-Version and boundaries."""
    if "Date" not in m:
        m["Date"] = format_datetime(mail_date(n))
    if "Message-ID" not in m:
        m["Message-ID"] = msgid(n)
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("----=_Part_d%d_%04d_%d" % (NN, n, k))
    return m


# ---------------------------------------------------------------- attachments
def _pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title=None, scanned=False):
    """Small PDF.  lines: text lines (page break at '\\f').  scanned=True: an
    image-only page (grey raster, no text layer) as a scanner produces it."""
    objs = []
    pages_text = []
    cur = []
    for ln in lines:
        if ln == "\f":
            pages_text.append(cur)
            cur = []
        else:
            cur.append(ln)
    pages_text.append(cur)
    if scanned:
        pages_text = [[]]
    # object numbering: 1 catalog, 2 pages, 3 font, 4 info, 5 image, then page/content pairs
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    info = b"<< /Producer (Lindenhof DMS 4.2) /CreationDate (D:20250301090000+01'00') "
    if title:
        info += b"/Title (" + _pdf_str(title) + b") "
    info += b">>"
    w, h = 62, 88
    raster = bytearray()
    for y in range(h):
        raster.append(0)
        for x in range(w):
            v = 236
            if 8 <= y <= 10 and 6 <= x <= 40:
                v = 60
            elif y > 16 and y % 4 == 0 and 6 <= x <= 6 + ((x * 7 + y * 13) % 50):
                v = 90
            raster.append(v)
    raster = zlib.compress(bytes(raster), 9)
    img = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
           b"/BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 "
           b"/BitsPerComponent 8 /Columns %d >> /Length %d >>\nstream\n" % (w, h, w, len(raster))
           + raster + b"\nendstream")
    objs = [None, None, font, info, img]
    kids = []
    for pt in pages_text:
        if scanned:
            content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
        else:
            c = [b"BT /F1 10 Tf 13 TL 56 790 Td"]
            for ln in pt:
                c.append(b"(" + _pdf_str(ln) + b") Tj T*")
            c.append(b"ET")
            content = b"\n".join(c)
        pno = len(objs) + 1
        cno = pno + 1
        kids.append(pno)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
                    b"/Font << /F1 3 0 R >> /XObject << /Im1 5 0 R >> >> /Contents %d 0 R >>" % cno)
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


def png(w=48, h=36, seed=1):
    """Small greyscale PNG (a phone photo / scan stand-in)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.append((x * 5 + y * 3 + seed * 17 + ((x * y * seed) % 23)) % 256)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def zip_bytes(members, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx(paragraphs, title=None):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paragraphs)
    doc = (_XML + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>%s<w:sectPr/></w:body></w:document>" % body)
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          "</Types>")
    rels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
    core = (_XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Lindenhof</dc:creator>'
            "</cp:coreProperties>" % xesc(title or ""))
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = (_XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          "<sheetData>%s</sheetData></worksheet>" % "".join(xr))
    wb = (_XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" office:version="1.2"')


def _odf(mime, inner):
    content = _XML + "<office:document-content %s><office:body>%s</office:body></office:document-content>" % (_ODF_NS, inner)
    manifest = (_XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>" % mime)
    return zip_bytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                     stored_first="mimetype")


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % xesc(p) for p in paragraphs))


def ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (xesc(sheet), "".join(trs)))


def csv_bytes(rows, encoding="utf-8", delimiter=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def ics(txt):
    """Hand-written iCalendar text -> bytes with CRLF."""
    return ("\r\n".join(txt.strip("\n").split("\n")) + "\r\n").encode("utf-8")


CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"
CT_ZIP = "application/zip"
CT_PNG = "image/png"
CT_ICS = "text/calendar"
CT_CSV = "text/csv"
CT_OCTET = "application/octet-stream"
CT_EML = "message/rfc822"

# ================================================================ the mails
def m001():
    m = new("Jana Petersen <jana.petersen@lindenhof-versicherung.example>",
            "Dr. med. Hartmut Weyer <weyer@gutachten-weyer.example>",
            "WG: Scan vom 03.03.2025 08:14",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    only_attachments(m, ("Arztbrief_Koenig_Reha.pdf", pdf([], scanned=True), CT_PDF))
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
            "empty body; only the file name names a patient (König) and a rehab doctor's letter; scan has no text")


def m002():
    m = new("Jana Petersen <jana.petersen@lindenhof-versicherung.example>",
            "Team Leistung KV <leistung-kv-team@lindenhof-versicherung.example>",
            "Neue Vorlage Arztanfrage Reha (v3.1)",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo zusammen,

ab Montag bitte nur noch diese Vorlage nehmen. Die alte (v2.7) liegt noch im
Vorlagenordner und fliegt Ende März raus.

Änderung ggü. v2.7: Frage 4 (Dauer der Reha) hat jetzt zwei Datumsfelder,
und der Hinweis auf die Schweigepflichtentbindung steht oben statt unten.

Gruß
Jana
""")
    attach(m, "Arztanfrage_Reha_Vorlage_v3.1_leer.docx", docx([
        "Lindenhof Krankenversicherung a.G. – Leistungsabteilung",
        "Anfrage an den behandelnden Arzt – Rehabilitationsmaßnahme",
        "Versicherte/r: «Vorname» «Nachname»    Versicherungsnummer: «VSNR»",
        "Geburtsdatum: «GebDatum»",
        "1. Welche Diagnosen liegen der Reha zugrunde (ICD-10)? «Diagnose»",
        "2. Seit wann besteht die Behandlungsbedürftigkeit? «Datum»",
        "3. Ambulant oder stationär? «Art»",
        "4. Dauer der Reha: von «Beginn» bis «Ende»",
        "Eine Schweigepflichtentbindung der versicherten Person liegt uns vor.",
        "Ort, Datum, Stempel und Unterschrift des Arztes",
    ], title="Vorlage Arztanfrage Reha v3.1"), CT_DOCX)
    return (m, "NORMAL", "de", "internal",
            "trap: 'Arztanfrage Reha' template, only «placeholders», no patient")


def m003():
    m = new("Ole Brodersen <ole.brodersen@lindenhof-versicherung.example>",
            "Kfz-Sachverständigenbüro Thiessen <auftrag@sv-thiessen.example>",
            "Besichtigungsauftrag 2025-K-48811",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    only_attachments(m, ("Schadenfotos_HH-LK-2207.zip", zip_bytes([
        ("IMG_0412.png", png(seed=3)), ("IMG_0413.png", png(seed=4)),
        ("IMG_0415.png", png(seed=5))]), CT_ZIP))
    return (m, "CONFIDENTIAL", "de", "insurer-to-assessor",
            "empty body; claim number in subject and number plate in the ZIP's file name (motor claim of a person)")


def m004():
    m = new("Sophie Lange <sophie.lange@lindenhof-versicherung.example>",
            "Alle Standort Hamburg <alle-hh@lindenhof-versicherung.example>",
            "Sterbefall im Aquarium (EG) – wer füttert eigentlich am Wochenende?")
    text(m, """Liebe Kolleginnen und Kollegen,

leider haben wir heute früh zwei Neonsalmler tot im Aquarium am Empfang
gefunden. Der Zoohändler meint, sie haben vermutlich über das lange
Wochenende zu viel Futter bekommen – offenbar füttern mehrere Leute
"mal eben nebenbei".

Ab sofort gilt: gefüttert wird nur noch laut Plan, der hängt ab morgen
neben dem Becken. Wer sich eintragen möchte, gern bei mir melden.

Viele Grüße
Sophie Lange
Facility Management | Lindenhof Versicherung AG
""")
    return (m, "NORMAL", "de", "internal", "trap: 'Sterbefall' concerns aquarium fish")


def m005():
    m = new("Miriam Aydın <miriam.aydin@lindenhof-versicherung.example>",
            "Kai Jürgensen <kai@juergensen-versicherungen.example>",
            "AW: Frau Schulte – Chemo ab Montag, Beitragsbefreiung BU?",
            headers=[("X-Mailer", "iPhone Mail (22D72)")])
    text(m, """Ja, geht. Formular schicke ich ihr direkt zu.

Gruß Miriam

Von meinem iPhone gesendet
""", cte="8bit")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
            "one-line body; subject alone names the customer, her chemotherapy and a BU premium waiver")


def m006():
    m = new("Steen, Katrin <katrin.steen@lindenhof-versicherung.example>",
            "Dirk Hansen <d.hansen@web-post.example>",
            "Gelesen: Schadenmeldung Leitungswasser – Schaden-Nr. 2025-LW-20931",
            date="2025-03-04 07:58 +0100")
    report(m, "disposition-notification", """Ihre Nachricht

   An: Steen, Katrin
   Betreff: Schadenmeldung Leitungswasser – Schaden-Nr. 2025-LW-20931
   Gesendet: Montag, 3. März 2025 18:02:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 4. März 2025 07:58:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""", [[("Reporting-UA", "EXCH-HH-04.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;katrin.steen@lindenhof-versicherung.example"),
       ("Original-Message-ID", "<8F3A1C2E-77B0-4C1D-9A51-2E0D6B3F1A90@web-post.example>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "read receipt; only the quoted subject tells: named customer's water-damage claim number")


def m007():
    m = new("Kock, Henning <henning.kock@lindenhof-versicherung.example>",
            "Reimers, Claudia <claudia.reimers@lindenhof-versicherung.example>",
            "Gelesen: Einladung Gesundheitstag 2025 – Grippeschutzimpfung und Hautscreening im Haus",
            date="2025-03-04 10:12 +0100")
    report(m, "disposition-notification", """Ihre Nachricht

   An: Alle Mitarbeitenden Hamburg
   Betreff: Einladung Gesundheitstag 2025 – Grippeschutzimpfung und Hautscreening im Haus
   Gesendet: Dienstag, 4. März 2025 09:30:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 4. März 2025 10:12:55 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""", [[("Reporting-UA", "EXCH-HH-02.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;henning.kock@lindenhof-versicherung.example"),
       ("Original-Message-ID", msgid("gesundheitstag")),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "NORMAL", "de", "internal",
            "trap: read receipt for an all-staff health-day invitation (vaccination, skin screening), nobody's health")


def m008():
    m = new("Aydın, Miriam <miriam.aydin@lindenhof-versicherung.example>",
            "Stefan Kühnel <stefan.kuehnel@mailbox.example>",
            "Gelesen: AW: Rückfragen zu Ihrem BU-Antrag – Bandscheibenvorfall 2023 / Physiotherapie",
            date="2025-03-05 08:03 +0100")
    report(m, "disposition-notification", """Ihre Nachricht

   An: Aydın, Miriam
   Betreff: AW: Rückfragen zu Ihrem BU-Antrag – Bandscheibenvorfall 2023 / Physiotherapie
   Gesendet: Dienstag, 4. März 2025 21:47:19 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 5. März 2025 08:03:07 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""", [[("Reporting-UA", "EXCH-HH-04.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;miriam.aydin@lindenhof-versicherung.example"),
       ("Original-Message-ID", "<CAF7h2kQ9x_Lm3@mailbox.example>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
            "read receipt; quoted subject names the applicant's slipped disc and physiotherapy in a BU application")


def m009():
    m = new("Wellbeing Team UK <wellbeing.uk@lindenhof-versicherung.example>",
            "All staff London <all-staff-london@lindenhof-versicherung.example>",
            "Cancer awareness lunch talk – Thursday 13 March, Room 4.02")
    text(m, """Hi all,

As part of our wellbeing programme we've invited Dr Helen Ashby from the
Brightside Cancer Trust for a 40-minute lunch talk on screening
programmes: what's offered at which age, what the NHS letters actually
mean, and how to talk to family members about it.

Thursday 13 March, 12:30-13:10, Room 4.02. Sandwiches from 12:15.
No need to register, but let us know if you have dietary requirements.

Questions can be sent in anonymously via the form on the intranet.

Wellbeing Team
Lindenhof Insurance – UK Branch
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: cancer awareness talk for all staff, no person's health")


def m010():
    m = new("Ahrens, Nils <nils.ahrens@lindenhof-versicherung.example>",
            "Sach-Schaden <sach-schaden@lindenhof-versicherung.example>",
            "WG: Konto")
    text(m, """Bitte für Schaden 2025-HR-11807 hinterlegen. Danke, Nils

-----Ursprüngliche Nachricht-----
Von: Monika Albers <m.albers@mailbox.example>
Gesendet: Montag, 3. März 2025 19:20
An: Service <service@lindenhof-versicherung.example>
Betreff: Konto

DE74 2107 0024 0612 8834 01, Kontoinhaberin Monika Albers

Gesendet von Outlook für Android
""")
    return (m, "CONFIDENTIAL", "de", "customer",
            "forwarded one-liner: customer's IBAN for a household claim payout")


def m011():
    m = new("Rebecca Holt <rebecca.holt@lindenhof-versicherung.example>",
            "Dr Anil Mehta <a.mehta@westbury-medical.example>",
            "RE: Claim EH-24-07781 – second opinion",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Attached: Mr Patel's discharge summary, as requested.

Rebecca
""", cte="7bit")
    attach(m, "discharge_summary_RPatel_StMarys.pdf", pdf([
        "St Mary's Private Hospital – Discharge Summary",
        "Patient: Rohan Patel   DOB: 19/08/1971   Hospital no. SM-0098812",
        "Admitted: 11/02/2025   Discharged: 15/02/2025",
        "Primary diagnosis: Acute inferior myocardial infarction (I21.1)",
        "Procedure: PCI with drug-eluting stent to RCA",
        "Discharge medication: aspirin 75 mg, ticagrelor 90 mg bd, atorvastatin 80 mg",
        "Follow-up: cardiology clinic in 6 weeks, cardiac rehab referral made.",
    ], title="Discharge summary"), CT_PDF)
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
            "one-line body and file name name the patient; discharge summary (MI, stent) in the PDF")


def m012():
    m = new("IT-Servicedesk <it-servicedesk@lindenhof-versicherung.example>",
            "Leistung KV Team 2 <leistung-kv-team2@lindenhof-versicherung.example>",
            "Diagnose: Drucker 3. OG (Raum 3.14) – Fixiereinheit defekt [INC-2025-04417]")
    text(m, """Techniker kommt Donnerstag, bis dahin bitte über den Drucker im 2. OG drucken.

--
IT-Servicedesk | Lindenhof Versicherung AG
Durchwahl -4444 | Ticket INC-2025-04417
""", cte="8bit")
    return (m, "NORMAL", "de", "internal", "trap: 'Diagnose' of a printer, sent to the health-claims team")


def m013():
    m = new("Marco Lindner <marco.lindner@web-post.example>",
            "Kfz-Schaden <kfz-schaden@lindenhof-versicherung.example>",
            "Steinschlag",
            date="2025-03-05 19:44 +0100", mid="<a91c0e5b-2210-4f6e@web-post.example>",
            headers=[("Resent-From", "kfz-schaden@lindenhof-versicherung.example"),
                     ("Resent-To", "auftraege@glas-blitz.example"),
                     ("Resent-Date", fixed_date("2025-03-05 19:44 +0100")),
                     ("Resent-Message-ID", msgid("m013-resent")),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "kfz-schaden@lindenhof-versicherung.example"),
                     ("X-Lindenhof-AutoForward", "Regel 'Glasbruch -> Partnerwerkstatt Glas-Blitz'")])
    text(m, """Hallo,

Steinschlag in der Frontscheibe, ca. 2-Euro-Stück groß, Fahrerseite.
OD-MK 512, Teilkasko bei Ihnen. Wann kann ich vorbeikommen?

Marco Lindner
""", flowed=True, cte="8bit")
    return (m, "CONFIDENTIAL", "de", "customer",
            "auto-forwarded by a mailbox rule to the glass partner: plate and the fact of a partial-cover motor contract")


def m014():
    m = new("Ahrens, Nils <nils.ahrens@lindenhof-versicherung.example>",
            "Leistung KV <leistung-kv@lindenhof-versicherung.example>",
            "WG: Rückruf")
    text(m, """Jana o. Team – ist wohl eure Kundin, eine KV-Nr. steht nicht drin.
Gruß Nils

-----Ursprüngliche Nachricht-----
Von: Renate Voss <renate.voss@web-post.example>
Gesendet: Mittwoch, 5. März 2025 10:02
An: Service <service@lindenhof-versicherung.example>
Betreff: Rückruf

Guten Tag,

bitte rufen Sie mich wegen der offenen Rechnung zurück, ich bin tagsüber
schlecht erreichbar, am besten zwischen 12 und 13 Uhr.

Mit freundlichen Grüßen
Renate Voss
z. Zt. Rehaklinik Am Kurpark, Station 3, Zi. 214
Tel. 04551 8830-214
""")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "customer",
            "harmless body; only the customer's signature reveals her stay in a rehab clinic")


def m015():
    m = new("Fachverlag Medizinrecht <newsletter@medrecht-verlag.example>",
            "Leistung KV <leistung-kv@lindenhof-versicherung.example>",
            "Neu erschienen: GOÄ-Kommentar 2025 – 15 % Subskriptionsrabatt bis 31.3.",
            date="2025-03-06 06:00 +0100", mid="<nl-2025-10.3391@medrecht-verlag.example>",
            headers=[("Resent-From", "leistung-kv@lindenhof-versicherung.example"),
                     ("Resent-To", "leistung-kv-team@lindenhof-versicherung.example"),
                     ("Resent-Date", fixed_date("2025-03-06 06:00 +0100")),
                     ("Resent-Message-ID", msgid("m015-resent")),
                     ("X-Lindenhof-AutoForward", "Regel 'Leistung KV Eingang -> Team Sachbearbeitung'"),
                     ("List-Unsubscribe", "<https://www.medrecht-verlag.example/abmelden?id=88120>")])
    html_alt(m, """Neu erschienen: Kommentar zur GOÄ, 2025

Über 1.400 Seiten, alle Analogbewertungen der Bundesärztekammer,
Rechtsprechung bis Dezember 2024, Ausblick auf die GOÄ-Reform.

Subskriptionspreis bis 31.03.2025: 129,00 EUR statt 152,00 EUR.

Jetzt bestellen: https://www.medrecht-verlag.example/goae-2025
Abmelden: https://www.medrecht-verlag.example/abmelden?id=88120
""", """<html><body style="font-family:Arial,sans-serif">
<h2>Neu erschienen: Kommentar zur GO&Auml;, 2025</h2>
<p>&Uuml;ber 1.400 Seiten, alle Analogbewertungen der Bundes&auml;rztekammer,
Rechtsprechung bis Dezember 2024, Ausblick auf die GO&Auml;-Reform.</p>
<p><b>Subskriptionspreis bis 31.03.2025: 129,00 EUR</b> statt 152,00 EUR.</p>
<p><a href="https://www.medrecht-verlag.example/goae-2025">Jetzt bestellen</a></p>
<p style="font-size:10px"><a href="https://www.medrecht-verlag.example/abmelden?id=88120">Abmelden</a></p>
</body></html>""")
    return (m, "NORMAL", "de", "newsletter",
            "trap: publisher's newsletter auto-forwarded by the health-claims mailbox rule; no person")


def m016():
    m = new("Rebecca Holt <rebecca.holt@lindenhof-versicherung.example>",
            "Adaeze Okafor <adaeze.okafor@mailbox.example>",
            "RE: Claim 88-41920 – maternity, Ms Okafor")
    text(m, """Thanks, received - I'll come back to you by Friday.

Rebecca
""", cte="7bit")
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "one-line body; subject alone names the customer's maternity claim (expat health)")


def m017():
    m = new("Daniel Mercer <daniel.mercer@lindenhof-versicherung.example>",
            "Marcus Feld <marcus.feld@northgate-re.example>",
            "Death claims process v2 – final")
    text(m, """Hi Marcus,

final version attached, incl. the changes from our call (step 4 now
comes before the sanctions screening, and the 30-day target is measured
from the complete file, not from first notification).

Best,
Daniel
""", cte="7bit")
    attach(m, "death_claims_process_v2.pdf", pdf([
        "Lindenhof Insurance UK Branch – Group Life: Death Claims Process v2.0",
        "1. Notification received (employer, family or broker) – acknowledge within 2 working days",
        "2. Request documents: death certificate, scheme member form, beneficiary nomination",
        "3. Check scheme membership and eligibility at date of death",
        "4. Sanctions and fraud screening",
        "5. Trustee decision on distribution (discretionary trust)",
        "6. Payment within 30 days of complete file",
        "Reinsurer notification: claims above GBP 250,000 within 10 working days.",
    ], title="Death claims process v2"), CT_PDF)
    return (m, "NORMAL", "en", "insurer-to-partner",
            "trap: 'death claims' process document for the reinsurer, no person")


def m018():
    m = new("Petersen, Jana <jana.petersen@lindenhof-versicherung.example>",
            "Dr. Carsten Möbius <gutachten@zahngutachter-moebius.example>",
            "Gutachterauftrag ZE – bitte bis 20.03.",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    only_attachments(m, ("HKP_Brandes_Lena_Implantat_36.pdf", pdf([], scanned=True), CT_PDF))
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
            "empty body; file name names the patient and her dental implant treatment plan (HKP)")


def m019():
    m = new("Ole Brodersen <ole.brodersen@lindenhof-versicherung.example>",
            "Sabrina Otte <otte@hansa-makler.example>",
            "AW: Kfz-Schaden 2025-K-50233 / Hr. Wiebe – Gutachter schon bestellt?")
    text(m, """Ja, seit gestern. SV Thiessen meldet sich direkt bei ihm.
Ole
""", cte="8bit")
    return (m, "CONFIDENTIAL", "de", "insurer-to-broker",
            "one-line body; subject names the customer and his motor claim number")


def m020():
    m = new("Reimers, Claudia <claudia.reimers@lindenhof-versicherung.example>",
            "Führungskräfte HH <fuehrungskraefte-hh@lindenhof-versicherung.example>",
            "eAU – Prozess ab 01.04.2025")
    text(m, """Liebe Führungskräfte,

anbei die überarbeitete Prozessbeschreibung zur elektronischen
Arbeitsunfähigkeitsbescheinigung. Bitte an eure Teams weitergeben.

Viele Grüße
Claudia Reimers
Personal
""")
    attach(m, "Krankmeldung_Prozess_ab_01-04-2025.pdf", pdf([
        "Krankmeldung und eAU – Prozess ab 01.04.2025",
        "1. Mitarbeitende melden sich vor Dienstbeginn telefonisch oder per Teams bei der Führungskraft.",
        "2. Ab dem 4. Kalendertag ist eine ärztliche Feststellung erforderlich.",
        "3. Die Personalabteilung ruft die eAU bei der Krankenkasse ab – keine Papier-AU mehr einreichen.",
        "4. Führungskräfte erfahren keine Diagnose und fragen nicht danach.",
        "5. Privat Versicherte reichen die Bescheinigung weiterhin in Papierform bei Personal ein.",
    ], title="Krankmeldung Prozess"), CT_PDF)
    return (m, "NORMAL", "de", "internal", "trap: 'Krankmeldung' file name, generic HR process")


def m021():
    inner = new("Oliver Grant <o.grant@pemberton-law.example>",
                "Gareth Harding <g.harding@lindenhof-versicherung.example>",
                "Personal injury claim – our client Ms Sarah Whitcombe – your ref MC-23-88410",
                date="2025-03-06 15:31 +0000", mid="<PL-20250306-1531-OG@pemberton-law.example>")
    text(inner, """Dear Mr Harding,

Further to our letter of 14 January, we now enclose the report of
Mr R. Okonjo FRCS. Our client continues to suffer from a whiplash injury
to the cervical spine with ongoing headaches; she has completed
12 sessions of physiotherapy and remains on amitriptyline 10 mg at night.

We invite your proposals for settlement within 21 days.

Yours sincerely
Oliver Grant
Pemberton Solicitors LLP
""", cte="7bit")
    m = new("Mail Delivery System <postmaster@lindenhof-versicherung.example>",
            "Oliver Grant <o.grant@pemberton-law.example>",
            "Undeliverable: Personal injury claim – our client Ms Sarah Whitcombe – your ref MC-23-88410",
            date="2025-03-06 15:32 +0000", headers=[("Auto-Submitted", "auto-replied")])
    report(m, "delivery-status", """Delivery has failed to these recipients or groups:

g.harding@lindenhof-versicherung.example
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message. If the problem
continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: MX-HH-01.lindenhof-versicherung.example
g.harding@lindenhof-versicherung.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", [[("Reporting-MTA", "dns;MX-HH-01.lindenhof-versicherung.example"),
       ("Arrival-Date", fixed_date("2025-03-06 15:31 +0000"))],
      [("Final-Recipient", "rfc822;g.harding@lindenhof-versicherung.example"),
       ("Action", "failed"), ("Status", "5.1.10"),
       ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound")]],
        original=inner)
    return (m, "STRICTLY_CONFIDENTIAL", "en", "lawyer",
            "bounce notice; the returned original names the claimant's whiplash injury, physiotherapy and medication")


def m022():
    m = new("Ahrens, Nils <nils.ahrens@lindenhof-versicherung.example>",
            "Steen, Katrin <katrin.steen@lindenhof-versicherung.example>",
            "WG: Umzug")
    text(m, """Katrin, Adressänderung für die Verträge unten, bitte im Bestand ändern.

-----Ursprüngliche Nachricht-----
Von: Helga Wolters <helga.wolters@t-post.example>
Gesendet: Donnerstag, 6. März 2025 16:40
An: Service <service@lindenhof-versicherung.example>
Betreff: Umzug

Neue Anschrift siehe Signatur. Danke!

--
Helga und Bernd Wolters
Am Mühlenteich 7, 24568 Kaltenkirchen
Hausrat HR-220-77314 / Glas GL-220-77315
""")
    return (m, "CONFIDENTIAL", "de", "customer",
            "body says only 'see signature'; the signature carries the new address and household/glass policy numbers")


def m023():
    m = new("Marquardt, Lena <lena.marquardt@lindenhof-versicherung.example>",
            "Abteilungsleitungen Leben/Kranken <al-leben-kranken@lindenhof-versicherung.example>",
            "Schweigepflichtentbindung – Formular überarbeitet (Stand 03/2025)")
    text(m, """Hallo zusammen,

die Schweigepflichtentbindungserklärung ist mit dem GDV-Muster 2025
abgeglichen. Neu: die Einzelfall-Variante steht jetzt vorn, die
Pauschalerklärung nur noch als Alternative. Bitte die alten Drucke
vernichten (Datenschutztonne, nicht Altpapier).

Viele Grüße
Lena Marquardt
Datenschutzbeauftragte
""")
    attach(m, "SEE_Formular_2025-03_blanko.pdf", pdf([
        "Einwilligungs- und Schweigepflichtentbindungserklärung (Stand 03/2025)",
        "Name, Vorname: ______________________   geb. am: ____________",
        "Versicherungsnummer: ______________",
        "Variante A: Ich möchte im Einzelfall gefragt werden, bevor Gesundheitsdaten",
        "bei Dritten erhoben werden.",
        "Variante B: Ich entbinde die genannten Stellen von ihrer Schweigepflicht.",
        "Ort, Datum, Unterschrift: ______________________",
    ], title="SEE Formular blanko"), CT_PDF)
    return (m, "NORMAL", "de", "internal", "trap: blank confidentiality-release form, no person filled in")


def m024():
    m = new("Reimers, Claudia <claudia.reimers@lindenhof-versicherung.example>",
            "Personalakte HH <personalakte@lindenhof-versicherung.example>",
            "WG: AU Tim Becker bis 28.03.")
    text(m, """zur Akte. Gruß Claudia

-----Ursprüngliche Nachricht-----
Von: Becker, Tim <tim.becker@lindenhof-versicherung.example>
Gesendet: Freitag, 7. März 2025 07:12
An: Reimers, Claudia
Betreff: AU

Hallo Claudia, anbei meine AU (bin privat versichert, daher Papier).
Tim
""")
    attach(m, "AU_Becker_2025-03.pdf", pdf([], scanned=True), CT_PDF)
    return (m, "STRICTLY_CONFIDENTIAL", "de", "internal",
            "employee's sick note: subject and file name say he is certified unfit for work until 28.03.")


def m025():
    m = new("Mercer, Daniel <daniel.mercer@lindenhof-versicherung.example>",
            "Priya Shah <priya.shah@northgate-re.example>",
            "Read: Q4 2024 mortality experience – bordereau summary",
            date="2025-03-07 11:02 +0000")
    report(m, "disposition-notification", """Your message

   To: Mercer, Daniel
   Subject: Q4 2024 mortality experience – bordereau summary
   Sent: Friday, 7 March 2025 10:41:03 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Friday, 7 March 2025 11:02:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""", [[("Reporting-UA", "EXCH-LDN-01.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;daniel.mercer@lindenhof-versicherung.example"),
       ("Original-Message-ID", "<BDX-Q4-2024-0307@northgate-re.example>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "NORMAL", "en", "insurer-to-partner",
            "trap: read receipt for an aggregate mortality-experience summary, no person")


def m026():
    m = new("Paul Dierks <paul.dierks@lindenhof-versicherung.example>",
            "Medical Review Desk <medical-review@harbourmed-assess.example>",
            "Fwd: sick note – Daniel")
    only_attachments(m, ("sick_note_D_Brooks.pdf", pdf([], scanned=True), CT_PDF))
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
            "empty body; subject and file name say a named traveller has a sick note (trip cancellation for illness)")


def m027():
    m = new("Kfz-Bestand <kfz-bestand@lindenhof-versicherung.example>",
            "Andreas Möller <andreas.moeller@web-post.example>",
            "AW: Neuer Fahrer: Sohn Lukas, geb. 12.07.2006 – bitte in Kfz-Vertrag KF-5530182 aufnehmen")
    text(m, """Guten Tag Herr Möller,

erledigt, der Nachtrag kommt per Post. Der Beitrag ändert sich ab 01.04.
um 18,40 € monatlich.

Freundliche Grüße
Ihr Kfz-Team der Lindenhof
""")
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "short body; subject carries the son's birth date and the motor policy number")


def m028():
    m = new("Tom Ashworth <tom.ashworth@lindenhof-versicherung.example>",
            "IT Ops UK <it-ops-uk@lindenhof-versicherung.example>",
            "Patient zero for Friday's outage")
    text(m, """Found it: patient zero was the 02:00 batch job on APP-LDN-07 that
rotated the service account password but not the one in the
claims-intake config. Everything after that was knock-on.

Post-mortem draft in Confluence by Wednesday.

Tom
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: 'patient zero' of an IT outage")


def m029():
    m = new("Dr. Henrike Albrecht <henrike.albrecht@lindenhof-versicherung.example>",
            "Jörg Hennig <hennig@aktuar-partner.example>",
            "Sterbetafel wie besprochen",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    only_attachments(m, ("Sterbetafel_DAV2008T_Auszug.csv", csv_bytes([
        ["Alter", "qx_Männer", "qx_Frauen"],
        ["40", "0,001570", "0,000962"],
        ["45", "0,002650", "0,001540"],
        ["50", "0,004510", "0,002490"],
        ["55", "0,007410", "0,003850"],
        ["60", "0,011590", "0,005890"],
        ["65", "0,017620", "0,009260"],
    ], encoding="cp1252"), "text/csv"))
    return (m, "NORMAL", "de", "insurer-to-partner",
            "trap: empty body; 'Sterbetafel' file is a published mortality table extract, no person")


def m030():
    m = new("Mail Delivery System <MAILER-DAEMON@mx2.lindenhof-versicherung.example>",
            "Radiologie am Gänsemarkt <befunde@radiologie-gaensemarkt.example>",
            "Unzustellbar: Befund Herr Yilmaz, Tobias – MRT LWS vom 07.03.",
            date="2025-03-10 09:12 +0100", headers=[("Auto-Submitted", "auto-replied")])
    report(m, "delivery-status", """Dies ist eine automatisch erstellte Nachricht des Mailservers
mx2.lindenhof-versicherung.example.

Ihre Nachricht konnte nach mehreren Zustellversuchen seit 07.03.2025
nicht an folgenden Empfänger zugestellt werden:

  <leistung-kv-scan@lindenhof-versicherung.example>: Postfach voll
  (452 4.2.2 Mailbox full)

Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.
""", [[("Reporting-MTA", "dns; mx2.lindenhof-versicherung.example"),
       ("X-Postfix-Queue-ID", "4Z1k8Q0c3Lz9vQ"),
       ("Arrival-Date", fixed_date("2025-03-07 17:48 +0100"))],
      [("Final-Recipient", "rfc822; leistung-kv-scan@lindenhof-versicherung.example"),
       ("Action", "failed"), ("Status", "4.2.2"),
       ("Diagnostic-Code", "smtp; 452 4.2.2 Mailbox full")]],
        original_headers="""Return-Path: <befunde@radiologie-gaensemarkt.example>
From: Radiologie am Gänsemarkt <befunde@radiologie-gaensemarkt.example>
To: leistung-kv-scan@lindenhof-versicherung.example
Subject: Befund Herr Yilmaz, Tobias – MRT LWS vom 07.03.
Date: Fri, 07 Mar 2025 17:48:02 +0100
Message-ID: <20250307174802.77310@radiologie-gaensemarkt.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_rgm_7731"
""")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "doctor",
            "bounce with headers only; the returned subject names a patient's MRI of the lumbar spine")


def m031():
    m = new("Homes Team <homes.uk@lindenhof-versicherung.example>",
            "Lettings <lettings@kingsbridge-estates.example>",
            "Re: Tenant reference – Ms Chloe Barnes, Flat 3, 14 Alder Road")
    text(m, """Policy HH-5512-0931 is in force and paid up to 30 June, no arrears.

Kind regards
Homes Team
Lindenhof Insurance – UK Branch
""", cte="7bit")
    return (m, "CONFIDENTIAL", "en", "insurer-to-company",
            "one line to a letting agent: named tenant holds a contents policy and is paid up")


def m032():
    m = new("Frerichs, Maren <maren.frerichs@lindenhof-versicherung.example>",
            "Interne Revision <revision@lindenhof-versicherung.example>",
            "AW: Befund Revision IT-Berechtigungen (Bericht 2025/03)")
    text(m, """Bin heute im Homeoffice, unsere Stellungnahme zu Befund 3 und 5 kommt bis Freitag.

Maren
""", cte="8bit")
    return (m, "NORMAL", "de", "internal", "trap: 'Befund' is an internal-audit finding")


def m033():
    m = new("Claussen, Britta <britta.claussen@lindenhof-versicherung.example>",
            "Pflegegutachten Nord <pflegegutachten@medgutachten-nord.example>",
            "Auftrag 2025-PG-1187",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    only_attachments(m, ("Unterlagen_Pflegegrad_Hofmann_Erika.zip", zip_bytes([
        ("Antrag_Pflegeleistungen.pdf", pdf([], scanned=True)),
        ("Bericht_Hausarzt.pdf", pdf([], scanned=True))]), CT_ZIP))
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
            "empty body; ZIP file name names the insured and a care-level assessment, scans inside have no text")


def m034():
    m = new("Sach-Bestand <sach-bestand@lindenhof-versicherung.example>",
            "Sabrina Otte <otte@hansa-makler.example>",
            "Zur Info")
    only_attachments(m, ("Kündigung_Hausrat_Familie_Ebert.pdf", pdf([
        "Lindenhof Versicherung AG – Bestandsverwaltung Sach",
        "Kündigungsbestätigung",
        "Versicherungsnehmer: Thomas und Anja Ebert, Birkenweg 12, 22869 Schenefeld",
        "Hausratversicherung Nr. HR-331-20418",
        "Ihre Kündigung vom 03.03.2025 haben wir erhalten. Der Vertrag endet zum 01.05.2025.",
        "Vermittler: Hansa Assekuranzmakler GmbH, Vermittlernr. 40-1187",
    ], title="Kündigungsbestätigung"), CT_PDF))
    return (m, "CONFIDENTIAL", "de", "insurer-to-broker",
            "subject 'Zur Info', empty body; file name and PDF: named family's household policy cancelled")


def m035():
    inner = new("Boots Pharmacy Online <no-reply@pharmacy-collect.example>",
                "James Wilcox <james.wilcox@lindenhof-versicherung.example>",
                "Your prescription is ready for collection",
                date="2025-03-11 07:02 +0000", mid="<rx.55120.0311@pharmacy-collect.example>")
    text(inner, """Your prescription is ready!

Order #RX-55120 can be collected today. Please confirm your NHS number
and delivery address here within 24 hours or your order will be cancelled:

http://pharmacy-collect.example/confirm?u=james.wilcox

This is an automated message.
""", cte="7bit")
    m = new("James Wilcox <james.wilcox@lindenhof-versicherung.example>",
            "IT Security <it-security@lindenhof-versicherung.example>",
            "Fwd: Your prescription is ready for collection")
    text(m, """Phishing? Never ordered anything from them. Haven't clicked.

J.
""", cte="7bit")
    attach(m, "Your prescription is ready for collection.eml", inner, CT_EML)
    return (m, "NORMAL", "en", "internal",
            "trap: phishing 'prescription ready' mail forwarded to IT security; no real prescription")


def m036():
    m = new("Rebecca Holt <rebecca.holt@lindenhof-versicherung.example>",
            "Dr Fiona Cairns <fiona.cairns@lindenhof-versicherung.example>",
            "FW: Inpatient confirmation – EH-25-01392",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Fiona – FYI, the hospital confirms the inpatient stay, see below (German).
Can you sign off the bill so we can pay direct?

Rebecca

________________________________
From: Patientenverwaltung Klinikum Elbmarsch <patientenverwaltung@klinikum-elbmarsch.example>
Sent: Tuesday, 11 March 2025 14:20
To: Rebecca Holt
Subject: AW: Inpatient confirmation – EH-25-01392

Sehr geehrte Frau Holt,

ja, Frau Thi Lan Nguyen war vom 02.03. bis 06.03.2025 bei uns stationär.
Die Rechnung geht Ihnen gesondert zu.

Mit freundlichen Grüßen
Patientenverwaltung
Klinikum Elbmarsch
""")
    return (m, "STRICTLY_CONFIDENTIAL", "mixed", "hospital",
            "one-line German hospital reply quoted in an English forward: named patient's inpatient stay")


def m037():
    m = new("Lange, Sophie <sophie.lange@lindenhof-versicherung.example>",
            "Nordlicht Catering GmbH <vertrag@nordlicht-catering.example>",
            "Kündigung Rahmenvertrag Betriebsrestaurant")
    text(m, """Sehr geehrte Damen und Herren,

anbei unsere Kündigung des Rahmenvertrags vom 01.07.2021 fristgerecht
zum 30.06.2025. Das Original geht Ihnen per Einschreiben zu.

Mit freundlichen Grüßen
Sophie Lange
Facility Management
Lindenhof Versicherung AG
""")
    attach(m, "Kuendigung_Kantinenvertrag_Caterer.pdf", pdf([
        "Lindenhof Versicherung AG, Facility Management",
        "Nordlicht Catering GmbH, Vertragsabteilung",
        "Kündigung des Rahmenvertrags Betriebsrestaurant vom 01.07.2021",
        "Hiermit kündigen wir den o. g. Vertrag fristgerecht zum 30.06.2025.",
        "Bitte bestätigen Sie den Eingang der Kündigung schriftlich.",
    ], title="Kündigung"), CT_PDF)
    return (m, "NORMAL", "de", "insurer-to-supplier", "trap: 'Kündigung' of the canteen contract, companies only")


def m038():
    m = new("Motor Claims UK <motor.claims.uk@lindenhof-versicherung.example>",
            "Callum Reid <callum.reid@mailbox.example>",
            "Read: Your motor claim MC-24-11873 – settlement offer",
            date="2025-03-11 16:25 +0000")
    report(m, "disposition-notification", """Your message

   To: Motor Claims UK
   Subject: Your motor claim MC-24-11873 – settlement offer
   Sent: Tuesday, 11 March 2025 15:58:10 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Tuesday, 11 March 2025 16:24:51 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""", [[("Reporting-UA", "EXCH-LDN-01.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;motor.claims.uk@lindenhof-versicherung.example"),
       ("Original-Message-ID", "<CAB9x1QfR77w@mailbox.example>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "read receipt; the quoted subject is a named customer's motor claim and settlement offer")


def m039():
    m = new("Reimers, Claudia <claudia.reimers@lindenhof-versicherung.example>",
            "Alle Standort Hamburg <alle-hh@lindenhof-versicherung.example>",
            "Blutspendetermin DRK im Foyer – 26.03., 10–15 Uhr")
    text(m, """Liebe Kolleginnen und Kollegen,

der DRK-Blutspendedienst kommt wieder zu uns ins Foyer: Mittwoch, 26.03.,
10 bis 15 Uhr. Bitte Personalausweis mitbringen, vorher gut frühstücken.
Die Spende gilt als Arbeitszeit (max. 1 Stunde).

Terminbuchung über den Link im Intranet, Spontanspender sind auch willkommen.

Viele Grüße
Claudia Reimers, Personal
""")
    return (m, "NORMAL", "de", "internal", "trap: blood-donation event, no one's health")


def m040():
    m = new("Haddad, Farid <farid.haddad@lindenhof-versicherung.example>",
            "Jens Sander <jens.sander@t-post.example>",
            "Unfall U-2025-00731 / Bänderriss Emil Sander (Schulsport)")
    text(m, """Guten Tag Herr Sander,

die Unterlagen folgen per Post.

Gruß
Farid Haddad
Unfall-Leistung
""")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "one-line body; subject names the child, the injury (torn ligament) and the accident claim")


def m041():
    m = new("Sanjay Rao <sanjay.rao@lindenhof-versicherung.example>",
            "Delivery Team <delivery@claimsflow-software.example>",
            "Claims data test file – all synthetic")
    text(m, """Hi team,

here's the test file for the intake mapping (sprint 14). All records are
synthetic – generated names, made-up diagnoses, the IBAN is the published
example one. Please don't load anything else into the UAT tenant.

Cheers
Sanjay
""", cte="7bit")
    attach(m, "test_claims_synthetic.csv", csv_bytes([
        ["claim_id", "member", "dob", "icd10", "amount_gbp", "payee_iban"],
        ["TST-0001", "SYNTHETIC Alpha One", "1900-01-01", "J06.9", "85.00", "GB29NWBK60161331926819"],
        ["TST-0002", "SYNTHETIC Bravo Two", "1900-01-02", "S93.4", "410.50", "GB29NWBK60161331926819"],
        ["TST-0003", "SYNTHETIC Charlie Three", "1900-01-03", "K35.8", "6200.00", "GB29NWBK60161331926819"],
        ["TST-0004", "SYNTHETIC Delta Four", "1900-01-04", "Z00.0", "0.00", "GB29NWBK60161331926819"],
    ], delimiter=","), "text/csv")
    return (m, "NORMAL", "en", "insurer-to-supplier",
            "trap: synthetic claims test file (ICD codes, published example IBAN, 1900 dates), no real person")


def m042():
    m = new("Kfz-Bestand <kfz-bestand@lindenhof-versicherung.example>",
            "Finn Paulsen <finn.paulsen@mailbox.example>",
            "SF-Übertragung von Gertrud Paulsen auf Finn Paulsen – KF-6612093")
    text(m, """Hallo Herr Paulsen,

die Übertragungserklärung ist unterschrieben zurückgekommen, passt alles.

Viele Grüße
Kfz-Bestand
""")
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "one-line body; subject: transfer of the no-claims class between two named persons, motor policy number")


def m043():
    m = new("Harriet Lowe <harriet.lowe@lindenhof-versicherung.example>",
            "Daniel Mercer <daniel.mercer@lindenhof-versicherung.example>",
            "RE: HIV/AIDS exclusion wording – expat plan 2026",
            cc="Product Expat <product.expat@lindenhof-versicherung.example>")
    text(m, """Daniel,

legal are fine with dropping the blanket HIV/AIDS exclusion for 2026 and
treating it like any other chronic condition under the pre-existing
conditions clause. Two markets (see tab 3) still need a local carve-out.

I'll circulate the tracked wording on Friday.

Harriet

-----Original Message-----
From: Daniel Mercer
Sent: 12 March 2025 09:14
Subject: HIV/AIDS exclusion wording – expat plan 2026

Do we still need clause 7.4(c)? Most competitors dropped it in 2023.
""")
    return (m, "NORMAL", "en", "internal", "trap: HIV/AIDS exclusion in product wording, no person")


def m044():
    m = new("Daniel Mercer <daniel.mercer@lindenhof-versicherung.example>",
            "Tom Bramley <tom@bramleyhart.example>",
            "Re: Renewal – policy L-2016-33097 (Hughes)")
    text(m, """Tom, please note Mr Hughes is now in hospice care - we'll hold all renewal correspondence until further notice.

Daniel
""", cte="7bit")
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
            "one line: named life policyholder in hospice care")


def m045():
    m = new("Ahrens, Nils <nils.ahrens@lindenhof-versicherung.example>",
            "Mietkaution Antragsprüfung <kaution@lindenhof-versicherung.example>",
            "WG: Unterlagen Mietkaution")
    only_attachments(m, ("Gehaltsnachweis_Februar_Schroeder.pdf", pdf([], scanned=True), CT_PDF),
                     ("Mietvertrag_Entwurf_Schroeder.pdf", pdf([], scanned=True), CT_PDF))
    return (m, "CONFIDENTIAL", "de", "customer",
            "empty body; file names: a named applicant's payslip for a rent-deposit guarantee")


def m046():
    m = new("Lange, Sophie <sophie.lange@lindenhof-versicherung.example>",
            "Betriebsrat HH <betriebsrat@lindenhof-versicherung.example>",
            "Befund Legionellenprüfung HV")
    text(m, """Alles im grünen Bereich, Bericht anbei.

Sophie
""")
    attach(m, "Befund_Legionellen_Hauptverwaltung_2025-03.pdf", pdf([
        "Hygieneinstitut Hansa – Prüfbericht Trinkwasser nach TrinkwV",
        "Objekt: Lindenhof Versicherung AG, Hauptverwaltung, Ballindamm 40",
        "Probenahme: 04.03.2025, 6 Entnahmestellen",
        "Legionella spec.: alle Proben < 100 KBE/100 ml (technischer Maßnahmenwert nicht erreicht)",
        "Befund: unauffällig. Nächste Prüfung: 03/2026.",
    ], title="Prüfbericht Legionellen"), CT_PDF)
    return (m, "NORMAL", "de", "internal", "trap: 'Befund' is a water test of the office building")


def m047():
    m = new("Ahrens, Nils <nils.ahrens@lindenhof-versicherung.example>",
            "Leben-Leistung <leben-leistung@lindenhof-versicherung.example>",
            "WG: Unterlagen Lebensversicherung Papa")
    text(m, """s. Anlage

-----Ursprüngliche Nachricht-----
Von: Kerstin Janssen <kerstin.janssen@web-post.example>
Gesendet: Donnerstag, 13. März 2025 22:41
An: Service <service@lindenhof-versicherung.example>
Betreff: Unterlagen Lebensversicherung Papa


Gesendet mit der Web-Post Mail App
""")
    attach(m, "Sterbeurkunde_W_Janssen.pdf", pdf([], scanned=True), CT_PDF)
    attach(m, "Erbschein_Janssen.pdf", pdf([], scanned=True), CT_PDF)
    return (m, "STRICTLY_CONFIDENTIAL", "de", "customer",
            "body 's. Anlage'; subject and file names: death of a life-insured person, heir's claim")


def m048():
    m = new("Paul Dierks <paul.dierks@lindenhof-versicherung.example>",
            "Skyline Adjusters <claims@skyline-adjusters.example>",
            "Lost luggage – ref TB-2025-0412 – Mr and Mrs Ferreira")
    text(m, """Airline PIR attached.

Paul Dierks
Travel Claims
""", cte="7bit")
    attach(m, "PIR_LIS_TP44871.pdf", pdf([], scanned=True), CT_PDF)
    return (m, "CONFIDENTIAL", "en", "insurer-to-company",
            "one-line body; subject names travellers with a baggage claim (no health content)")


def m049():
    m = new("Daniel Mercer <daniel.mercer@lindenhof-versicherung.example>",
            "Priya Shah <priya.shah@northgate-re.example>",
            "ICD-10-GM 2025 – changes summary")
    text(m, """Priya,

as discussed – the German ICD-10-GM changes effective 1 January 2025,
summarised in English. No impact on our claim coding except chapter U.

Daniel
""", cte="7bit")
    attach(m, "ICD-10-GM_2025_changes_summary.pdf", pdf([
        "ICD-10-GM 2025 – summary of changes (for reinsurance reporting)",
        "Chapter U: new secondary codes for post-COVID conditions (U09.9!)",
        "Chapter F: finer codes for gaming disorder and long-term sequelae",
        "Chapter M: new code for loss of bone density in long-term steroid use",
        "No deleted codes relevant to the Lindenhof BU/DD portfolio mapping.",
    ], title="ICD-10-GM 2025 changes"), CT_PDF)
    return (m, "NORMAL", "en", "insurer-to-partner", "trap: ICD-10 catalogue change notes, no patient")


def m050():
    m = new("Brunken, Heiko <heiko.brunken@lindenhof-versicherung.example>",
            "Vertriebsassistenz Nord <va-nord@lindenhof-versicherung.example>",
            "Termin Adam",
            headers=[("X-Mailer", "iPhone Mail (22D72)")])
    text(m, """Kunde Hr. Adam liegt seit Mo im UKE, Beratungstermin Riester bitte auf April schieben. Danke! HB

Von meinem iPhone gesendet
""", cte="8bit")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "internal",
            "one line from the field: named customer is in hospital; pension (life) appointment")


def m051():
    m = new("Mail Security Gateway <mailsecurity@lindenhof-versicherung.example>",
            "Emma Clarke <emma.clarke@lindenhof-versicherung.example>",
            "[Quarantine] Infected attachment removed: Invoice_0317.zip",
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, """A message addressed to you was quarantined.

  From:        accounts@invoice-centre.example
  Subject:     Outstanding invoice 0317 - final reminder
  Attachment:  Invoice_0317.zip (Trojan.JS.Downloader)
  Action:      attachment removed, message held

No action is needed. If you expected this message, contact the
IT Service Desk quoting reference Q-20250317-0042.
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: virus 'infected' and 'quarantine' notice, IT only")


def m052():
    m = new("Lindenhof Krankenversicherung <leistung-kv@lindenhof-versicherung.example>",
            "Ralf Ostermann <ralf.ostermann@mailbox.example>",
            "Ihre Erstattung")
    text(m, """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">
<p>Guten Tag Herr Ostermann,</p>
<p>Ihre Rechnung Dr. Feld vom 03.03. haben wir erstattet: 412,80&nbsp;&euro;.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Ihre Lindenhof Krankenversicherung</p>
</body></html>""", subtype="html")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "HTML-only one-liner: a named customer's doctor's bill reimbursed by health insurance")


def m053():
    m = new("Ehlers, Marc <marc.ehlers@lindenhof-versicherung.example>",
            "RA Jan Brenneke <brenneke@kanzlei-brenneke.example>",
            "Deckungszusage RS-2025-04412 – Kessler ./. Hausverwaltung Nordstern")
    text(m, """Sehr geehrter Herr Rechtsanwalt Brenneke,

Deckung für die außergerichtliche Tätigkeit wird erteilt.

Mit freundlichen Grüßen
Marc Ehlers
Rechtsschutz-Schaden
""")
    return (m, "CONFIDENTIAL", "de", "insurer-to-lawyer",
            "one-line body; subject: named client has legal-expenses cover in a tenancy dispute")


def m054():
    m = new("Lindenhof Maklerinfo <maklerinfo@lindenhof-versicherung.example>",
            "Vermittler Nord <vermittler-nord@lindenhof-versicherung.example>",
            "Neu ab 1.7.: Pflegetagegeld PT Plus – was Sie Ihren Kunden sagen können",
            headers=[("List-Unsubscribe", "<mailto:maklerinfo@lindenhof-versicherung.example?subject=abmelden>")])
    html_alt(m, """Maklerinfo 03/2025

Neu ab 1.7.: Pflegetagegeld PT Plus

- 100 % Pflegetagegeld ab Pflegegrad 4, 60 % bei Pflegegrad 3
- Beitragsbefreiung ab Pflegegrad 2
- Vereinfachte Gesundheitsfragen bis Eintrittsalter 55

Courtage und Tarifrechner im Maklerportal:
https://makler.lindenhof-versicherung.example/pt-plus

Webinar: 02.04., 10:00 Uhr
""", """<html><body style="font-family:Arial,sans-serif;max-width:640px">
<p style="color:#1b5e20;font-size:12px">Maklerinfo 03/2025</p>
<h2>Neu ab 1.7.: Pflegetagegeld PT Plus</h2>
<ul>
<li>100&nbsp;% Pflegetagegeld ab Pflegegrad 4, 60&nbsp;% bei Pflegegrad 3</li>
<li>Beitragsbefreiung ab Pflegegrad 2</li>
<li>Vereinfachte Gesundheitsfragen bis Eintrittsalter 55</li>
</ul>
<p><a href="https://makler.lindenhof-versicherung.example/pt-plus">Courtage und Tarifrechner im Maklerportal</a></p>
<p>Webinar: 02.04., 10:00 Uhr</p>
</body></html>""")
    return (m, "NORMAL", "de", "newsletter", "trap: long-term-care product newsletter for brokers, no customer")


def m055():
    m = new("Lukas Berg <lukas.berg@mailbox.example>",
            "Expat Claims <expat-claims@lindenhof-versicherung.example>",
            "receipts",
            date="2025-03-17 07:55 +0100", mid="<6E1F0A42-1C9B-4B77@mailbox.example>",
            headers=[("Resent-From", "expat-claims@lindenhof-versicherung.example"),
                     ("Resent-To", "intake@docuscan-services.example"),
                     ("Resent-Date", fixed_date("2025-03-17 07:55 +0100")),
                     ("Resent-Message-ID", msgid("m055-resent")),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "expat-claims@lindenhof-versicherung.example"),
                     ("X-Lindenhof-AutoForward", "Rule 'Expat claims inbox -> DocuScan intake (health)'")])
    only_attachments(m, ("IMG_4471.png", png(seed=7), CT_PNG),
                     ("IMG_4472.png", png(seed=8), CT_PNG))
    return (m, "STRICTLY_CONFIDENTIAL", "en", "customer",
            "empty body, photos only; the auto-forward header note shows a named member submitting expat health claim receipts")


def m056():
    m = new("Wöhler, Sabine <sabine.woehler@lindenhof-versicherung.example>",
            "Provisionsabrechnung <provision@lindenhof-versicherung.example>",
            "WG: Neue Bankverbindung")
    text(m, """Bitte ändern, Vermittlernr. 40-2210. Danke!
Sabine

-----Ursprüngliche Nachricht-----
Von: Kai Jürgensen <kai@juergensen-versicherungen.example>
Gesendet: Montag, 17. März 2025 08:31
An: Wöhler, Sabine <sabine.woehler@lindenhof-versicherung.example>
Betreff: Neue Bankverbindung

Moin Sabine, Provision bitte künftig auf das neue Konto, s. Signatur.
Gruß Kai

--
Kai Jürgensen
Versicherungsmakler (Einzelunternehmen) · Reg.-Nr. D-7H2K-QW1P3-44
Große Straße 18 · 24937 Flensburg
IBAN DE11 4306 0967 7031 4472 00 · St.-Nr. 15/143/05517
""")
    return (m, "CONFIDENTIAL", "de", "broker",
            "body 'see signature'; a sole-trader broker's IBAN and tax number in his signature")


def m057():
    m = new("Reimers, Claudia <claudia.reimers@lindenhof-versicherung.example>",
            "Alle Standort Hamburg <alle-hh@lindenhof-versicherung.example>",
            "Mutterschutz & Elternzeit – Aushang aktualisiert")
    text(m, """Liebe Kolleginnen und Kollegen,

der Aushang "Mutterschutz, Elternzeit, Elterngeld" am Schwarzen Brett
und im Intranet ist aktualisiert (u. a. Mutterschutz nach Fehlgeburt ab
der 13. Woche seit 01.06.2025, neue Ansprechpartnerin im Personal).

Bei Fragen sind wir vertraulich für euch da.

Claudia Reimers
Personal
""")
    return (m, "NORMAL", "de", "internal", "trap: maternity-leave notice for all staff, no person")


def m058():
    m = new("Petersen, Jana <jana.petersen@lindenhof-versicherung.example>",
            "KV-Bestand <kv-bestand@lindenhof-versicherung.example>",
            "WG: Unzustellbar: Ihre Leistungsabrechnung Krankheitskosten Nr. 2025-118834")
    text(m, """Bitte E-Mail-Adresse im Bestand korrigieren – da steht "web-posst" statt "web-post". VN Sabine Köhler.
Danke, Jana

-----Ursprüngliche Nachricht-----
Von: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lindenhof-versicherung.example>
Gesendet: Dienstag, 18. März 2025 09:02
An: Petersen, Jana <jana.petersen@lindenhof-versicherung.example>
Betreff: Unzustellbar: Ihre Leistungsabrechnung Krankheitskosten Nr. 2025-118834

Übermittlung an folgende Empfänger oder Gruppen fehlgeschlagen:

sabine.koehler@web-posst.example
Die E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die
E-Mail-Adresse des Empfängers, und versuchen Sie dann erneut, die
Nachricht zu senden.

Diagnoseinformationen für Administratoren:
Generierender Server: MX-HH-01.lindenhof-versicherung.example
sabine.koehler@web-posst.example
Remote Server returned '550 5.1.2 Host unknown (domain not found)'
""")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "internal",
            "forwarded bounce; quoted subject is a named customer's health-insurance benefit statement")


def m059():
    m = new("Nadia Hussain <nadia.hussain@lindenhof-versicherung.example>",
            "Group Risk Pricing <group-risk-pricing@lindenhof-versicherung.example>",
            "Re: Death benefit calculation spreadsheet – formula error in column F")
    text(m, """Confirmed - F picks up the salary cap from the 2023 tab. Fixed version
attached, the three worked examples now tie back to the rate book.

Nadia
""", cte="7bit")
    attach(m, "DeathBenefit_Calc_v3.2_fixed.xlsx", xlsx([
        ["Worked example", "Age band", "Salary (illustrative)", "Multiple", "Cap", "Death benefit"],
        ["Example A", "40-44", 45000, 4, 1500000, 180000],
        ["Example B", "50-54", 120000, 4, 1500000, 480000],
        ["Example C", "60-64", 400000, 4, 1500000, 1500000],
    ], sheet="Examples"), CT_XLSX)
    return (m, "NORMAL", "en", "internal", "trap: 'death benefit' spreadsheet with illustrative examples only")


def m060():
    m = new("Financial Lines <financial.lines@lindenhof-versicherung.example>",
            "Eleanor Voss <eleanor.voss@carrington-coverage.example>",
            "Notification of circumstances – D&O policy DO-7710 – Mr Alistair Finch (CFO), Harcourt Logistics plc")
    text(m, """Eleanor,

please acknowledge receipt and let us have your initial view on cover by
28 March.

Regards
Financial Lines
""", cte="7bit")
    return (m, "CONFIDENTIAL", "en", "insurer-to-lawyer",
            "short body; subject names a director notified under a D&O policy")


def m061():
    m = new("Kranz, Tobias <tobias.kranz@lindenhof-versicherung.example>",
            "Support Tarifwerk <support@tarifwerk-software.example>",
            "Todesfallsumme – Tarifrechner zeigt falsche Werte (Ticket INC-44120)")
    text(m, """Hallo zusammen,

im Tarifrechner RL10 (Risikoleben, fallende Summe) wird die
Todesfallsumme ab dem 6. Jahr mit dem alten Annuitätenfaktor berechnet.
Nachstellen mit unserem Standard-Testfall:

  Testkunde Max Mustermann (fiktiv), geb. 01.01.1980, Nichtraucher,
  Summe 200.000 €, Laufzeit 20 J., fallend linear

Erwartet Jahr 6: 150.000 €, angezeigt: 157.300 €.
Screenshot und Log im Ticket.

Gruß
Tobias Kranz
IT Anwendungsbetreuung Leben
""")
    return (m, "NORMAL", "de", "insurer-to-supplier",
            "trap: 'Todesfallsumme' bug report with the fictitious standard test customer")


def m062():
    m = new("Thode, Ingrid <ingrid.thode@lindenhof-versicherung.example>",
            "Marlies Claasen <marlies.claasen@t-post.example>",
            "Gelesen: Todesfallmeldung Vertrag LV 4471-203 – Herbert Claasen",
            date="2025-03-19 08:14 +0100")
    report(m, "disposition-notification", """Ihre Nachricht

   An: Thode, Ingrid
   Betreff: Todesfallmeldung Vertrag LV 4471-203 – Herbert Claasen
   Gesendet: Dienstag, 18. März 2025 17:36:48 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 19. März 2025 08:14:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""", [[("Reporting-UA", "EXCH-HH-04.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;ingrid.thode@lindenhof-versicherung.example"),
       ("Original-Message-ID", "<000601db9812$4a2c1e70$de845b50$@t-post.example>"),
       ("Disposition", "manual-action/MDN-sent-automatically; displayed")]])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "read receipt; quoted subject: death of a named life-insured person, policy number")


def m063():
    m = new("Tierversicherung <tier-leistung@lindenhof-versicherung.example>",
            "Dr. med. vet. Anke Rohlfs <gutachten@tierarzt-rohlfs.example>",
            "Bitte um Stellungnahme",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    only_attachments(m, ("Tierarztrechnung_Bello_Grabowski.pdf", pdf([
        "Tierarztpraxis am Wiesengrund – Rechnung Nr. 25-0931",
        "Tierhalterin: Frau Irene Grabowski, Ginsterweg 3, 21465 Reinbek",
        "Patient: Bello, Labrador-Mischling, männlich, 7 J.",
        "GOT Nr. 50 Allgemeinuntersuchung, Röntgen Hüfte, Kreuzbandoperation links",
        "Gesamtbetrag: 2.417,60 EUR",
    ], title="Tierarztrechnung"), CT_PDF))
    return (m, "CONFIDENTIAL", "de", "insurer-to-supplier",
            "empty body; file name names the dog owner; vet bill (animal health = confidential, not strict)")


def m064():
    m = new("Alan Pritchard <alan.pritchard@lindenhof-versicherung.example>",
            "UK Line Managers <line-managers-uk@lindenhof-versicherung.example>",
            "Stress risk assessment – template for Q2")
    text(m, """All,

HSE expects a stress risk assessment per team once a year. Template
attached - please complete at team level (no individual names) and
send back by 30 April.

Alan Pritchard
Health & Safety Lead
""", cte="7bit")
    attach(m, "psych_risk_assessment_template.docx", docx([
        "Work-related stress risk assessment – team level",
        "Team: [team name]    Manager: [name]    Date: [date]",
        "1. Demands: workload, pace, hours – current controls / further action",
        "2. Control: how much say people have in the way they do their work",
        "3. Support: from managers and colleagues",
        "4. Relationships, 5. Role, 6. Change",
        "Do not record individual health information in this form.",
    ], title="Stress risk assessment template"), CT_DOCX)
    return (m, "NORMAL", "en", "internal", "trap: psychological risk-assessment template, team level, blank")


def m065():
    m = new("Praxis Dr. med. Stefanie Feld <praxis@praxis-feld.example>",
            "Jana Petersen <jana.petersen@lindenhof-versicherung.example>",
            "Ihre Anfrage vom 10.03.",
            date="2025-03-19 12:47 +0100", mid="<20250319124701.3F2A@praxis-feld.example>",
            headers=[("Resent-From", "jana.petersen@lindenhof-versicherung.example"),
                     ("Resent-To", "jana.p@privat-post.example"),
                     ("Resent-Date", fixed_date("2025-03-19 12:47 +0100")),
                     ("Resent-Message-ID", msgid("m065-resent")),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "jana.petersen@lindenhof-versicherung.example"),
                     ("X-Lindenhof-AutoForward", "Regel 'Weiterleitung Urlaub' (Benutzerregel, extern)")])
    text(m, """Sehr geehrte Frau Petersen,

anbei der angeforderte Befundbericht zu Ihrer Versicherten, Frau Dörte Lüth.

Mit freundlichen Grüßen
Praxis Dr. med. S. Feld
""")
    attach(m, "Befundbericht_Lueth.pdf", pdf([], scanned=True), CT_PDF)
    return (m, "STRICTLY_CONFIDENTIAL", "de", "doctor",
            "an employee's own rule auto-forwards a doctor's report on a named insured to a private address")


def m066():
    m = new("Home Claims UK <home.claims.uk@lindenhof-versicherung.example>",
            "Liam O'Connor <liam.oconnor@mailbox.example>",
            "Re: Claim HC-25-00871 – dropped phone")
    text(m, """Approved - we'll pay GBP 289.00 to the account ending 4409 by Friday.

Home Claims Team
""", cte="7bit")
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "one line: named customer's contents claim approved, payout to his account")


def m067():
    m = new("Lange, Sophie <sophie.lange@lindenhof-versicherung.example>",
            "Alle Standort Hamburg <alle-hh@lindenhof-versicherung.example>",
            "Unfall in der Tiefgarage – Schranke Ausfahrt defekt")
    text(m, """Hallo zusammen,

heute Nacht hat jemand die Schranke an der Ausfahrt Ebene -1 abgefahren
(Verursacher unbekannt, verletzt wurde niemand). Bis zur Reparatur
bitte über die Ausfahrt Ebene -2 rausfahren.

Sophie Lange, Facility Management
""")
    return (m, "NORMAL", "de", "internal", "trap: 'Unfall' is damage to the office car-park barrier, no person")


def m068():
    m = new("Kiran Desai <kiran.desai@lindenhof-versicherung.example>",
            "Marketing Ops UK <marketing-ops-uk@lindenhof-versicherung.example>",
            "deceased-customers suppression filter")
    text(m, """The 'deceased customers' suppression filter is live in prod since 09:00 - next campaign run will use it.
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: 'deceased customers' filter is a system change, no person")


def m069():
    m = new("Rebecca Holt <rebecca.holt@lindenhof-versicherung.example>",
            "Expat Service <expat-service@lindenhof-versicherung.example>",
            "FW: certificate")
    text(m, """Can someone resend? Thx R

From: Mark Lindqvist <mark.lindqvist@mailbox.example>
Sent: 19 March 2025 23:10
To: Rebecca Holt
Subject: certificate

Hi Rebecca, could you send the insurance certificate for the visa again? The embassy lost it.
Thanks, Mark

--
Mark Lindqvist | Member no. EH-5521-07 | Lindenhof Global Health – Gold
""")
    return (m, "STRICTLY_CONFIDENTIAL", "en", "customer",
            "harmless request; the signature shows a named member of an expat health plan")


def m070():
    m = new("Motor Claims UK <motor.claims.uk@lindenhof-versicherung.example>",
            "Jade Moss <jade.moss@mailbox.example>",
            "RE: Hire car")
    text(m, """Done.

--
Motor Claims | Lindenhof Insurance UK Branch
Your ref: MC-25-02290 | Vehicle: LK19 XRT | Handler: S. Okoro
""")
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "body 'Done.'; the signature block carries the named customer's claim number and number plate")


def m071():
    m = new("Wittke, Gaby <gaby.wittke@lindenhof-versicherung.example>",
            "Team Sach-Schaden <sach-schaden-team@lindenhof-versicherung.example>",
            "Rezept wie versprochen 🍎")
    text(m, """Für alle, die gefragt haben – der Apfelkuchen von Freitag.

Gaby
""", cte="8bit")
    attach(m, "Rezept_Apfelkuchen.pdf", pdf([
        "Versunkener Apfelkuchen (Springform 26 cm)",
        "125 g Butter, 125 g Zucker, 3 Eier, 200 g Mehl, 1 TL Backpulver",
        "4 Äpfel schälen, vierteln, einritzen, oben eindrücken",
        "40 Minuten bei 180 °C Ober-/Unterhitze",
    ], title="Rezept Apfelkuchen"), CT_PDF)
    return (m, "NORMAL", "de", "internal", "trap: 'Rezept' attachment is a cake recipe")


def m072():
    m = new("Lau, Henrik <henrik.lau@lindenhof-versicherung.example>",
            "RAin Petra Hollmann <hollmann@hollmann-regress.example>",
            "Regress Kfz 2024-K-91022 – Trunkenheitsfahrt § 316 StGB, Strafbefehl Hr. Runge")
    text(m, """Akte anbei, bitte Regress bis 5.000 € prüfen.

Gruß
Henrik Lau
Recht/Regress
""")
    attach(m, "Strafbefehl_Runge_AG_Harburg.pdf", pdf([], scanned=True), CT_PDF)
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
            "one-line body; subject and file name: a named driver's criminal conviction for drunk driving")


def m073():
    m = new("Reimers, Claudia <claudia.reimers@lindenhof-versicherung.example>",
            "Lohnbuero Hanse Payroll <abrechnung@hanse-payroll.example>",
            "Gehaltsänderung ab 01.04. – PNr 20417")
    text(m, """Frau Lührs, PNr 20417: neues Bruttogehalt 4.350,00 € ab 01.04.2025 (Tarifgruppe VII, Stufe 9).

Gruß Claudia Reimers
""")
    return (m, "CONFIDENTIAL", "de", "insurer-to-supplier", "one line to payroll: a named employee's salary")


def m074():
    m = new("Petersen, Jana <jana.petersen@lindenhof-versicherung.example>",
            "Team Leistung KV <leistung-kv-team@lindenhof-versicherung.example>",
            "Arztrechnungen: Prüfregeln v7")
    text(m, """Neue Prüfregeln ab 24.03., Änderungen gelb markiert (v. a. Steigerungsfaktor > 2,3 ohne Begründung und Analogziffern Akupunktur).
""")
    attach(m, "Arztrechnungen_Prüfregeln_v7.xlsx", xlsx([
        ["Regel", "GOÄ-Nr.", "Bedingung", "Aktion"],
        ["R01", "1", "mehr als 1x pro Behandlungstag", "Rückfrage Arzt"],
        ["R02", "*", "Faktor > 2,3 ohne schriftliche Begründung", "kürzen auf 2,3"],
        ["R07", "A269", "Analog Akupunktur ohne Indikation lt. Tarif", "ablehnen"],
        ["R12", "5855", "Jahreshöchstzahl überschritten", "Prüfung beratender Arzt"],
    ], sheet="Regeln"), CT_XLSX)
    return (m, "NORMAL", "de", "internal",
            "trap: 'Arztrechnungen' rules table with GOÄ numbers, no patient")


def m075():
    m = new("Lindenhof Broker Portal <no-reply@lindenhof-versicherung.example>",
            "Tom Bramley <tom@bramleyhart.example>",
            "Your one-time password",
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, """Your one-time password for the Lindenhof broker portal is:

    8K2-PQ7

It is valid for 10 minutes. If you did not request it, please call
+44 20 7946 0321.
""", cte="7bit")
    return (m, "NORMAL", "en", "insurer-to-broker", "one-time password mail, no customer data")


def m076():
    m = new("Carsten Wieck <c.wieck@web-post.example>",
            "Sach-Schaden <sach-schaden@lindenhof-versicherung.example>",
            "Einbruch Hausrat HR-207-55810",
            date="2025-03-24 07:12 +0100", mid="<3b71c2e0-aa41-4d8e-9f3a@web-post.example>",
            headers=[("Resent-From", "sach-schaden@lindenhof-versicherung.example"),
                     ("Resent-To", "eingang@regulierung-weser.example"),
                     ("Resent-Date", fixed_date("2025-03-24 07:12 +0100")),
                     ("Resent-Message-ID", msgid("m076-resent")),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "sach-schaden@lindenhof-versicherung.example"),
                     ("X-Lindenhof-AutoForward", "Regel 'Betreff enthält Einbruch -> Regulierungsbüro Weser'")])
    text(m, """Guten Morgen,

bei uns wurde am Wochenende eingebrochen (Sa zwischen 14 und 19 Uhr),
Terrassentür aufgehebelt, Schmuck und ein Laptop weg. Polizei war da,
Tagebuchnummer 0322-1187-25. Was brauchen Sie von uns?

Carsten Wieck
Lerchenfeld 9, 21077 Hamburg
""")
    return (m, "CONFIDENTIAL", "de", "customer",
            "auto-forwarded by a subject rule to an external adjuster: named customer's burglary claim and address")


def m077():
    m = new("Mercer, Daniel <daniel.mercer@lindenhof-versicherung.example>",
            "Events <events@grouprisk-forum.example>",
            "Read: Group income protection – market update webinar slides",
            date="2025-03-24 09:40 +0000")
    report(m, "disposition-notification", """Your message

   To: Mercer, Daniel
   Subject: Group income protection – market update webinar slides
   Sent: Monday, 24 March 2025 09:01:17 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Monday, 24 March 2025 09:39:58 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""", [[("Reporting-UA", "EXCH-LDN-01.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;daniel.mercer@lindenhof-versicherung.example"),
       ("Original-Message-ID", "<webinar-gip-0324@grouprisk-forum.example>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "NORMAL", "en", "insurer-to-partner", "trap: read receipt for market webinar slides on income protection")


def m078():
    m = new("Haddad, Farid <farid.haddad@lindenhof-versicherung.example>",
            "Dennis Kruse <dennis.kruse@mailbox.example>",
            "WG: Terminbestätigung")
    text(m, """Hallo Herr Kruse,

hier die Bestätigung. Die Kosten übernehmen wir wie besprochen über das Reha-Management.

Viele Grüße
Farid Haddad

-----Ursprüngliche Nachricht-----
Von: Praxis Lorenz <termine@psychotherapie-lorenz.example>
Gesendet: Montag, 24. März 2025 11:52
An: Haddad, Farid <farid.haddad@lindenhof-versicherung.example>
Betreff: Terminbestätigung

Termin am 02.04. um 9:30 Uhr ist bestätigt.

--
Praxis für Psychotherapie
Dipl.-Psych. Maren Lorenz
Verhaltenstherapie · Traumafolgestörungen
Osterstraße 61, 20259 Hamburg
""")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "one-line appointment; only the therapist's signature shows the customer is in trauma psychotherapy")


def m079():
    m = new("Petersen, Jana <jana.petersen@lindenhof-versicherung.example>",
            "Bestellung <bestellung@buero-nord.example>",
            "AW: Auftragsbestätigung 2025-30118")
    text(m, """Danke, passt. Lieferung bitte an Raum 2.08.

Mit freundlichen Grüßen
Jana Petersen
Leistungsabteilung Krankenversicherung | Team Heilbehandlung
Lindenhof Krankenversicherung a.G. | Ballindamm 40 | 20095 Hamburg
Tel. +49 40 3011-2287
""")
    return (m, "NORMAL", "de", "insurer-to-supplier",
            "trap: office-supply order; only the health-claims signature sounds sensitive")


def m080():
    m = new("Motor UK <motor.uk@lindenhof-versicherung.example>",
            "Hiroshi Tanaka <h.tanaka@mailbox.example>",
            "Re: Policy MP-8830412 – add driver")
    text(m, """Confirmed: Ms Yuki Tanaka added as named driver from 1 May. No change to premium.

Motor Team
""", cte="7bit")
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer", "one line: named driver added to a motor policy")


def m081():
    m = new("Mail Delivery System <MAILER-DAEMON@mx2.lindenhof-versicherung.example>",
            "Vertragsabteilung Asklepia Kliniken Nord <vertrag@asklepia-nord.example>",
            "Unzustellbar: Rahmenvertrag Direktabrechnung 2026 – Entwurf v2",
            date="2025-03-24 13:02 +0100", headers=[("Auto-Submitted", "auto-replied")])
    inner = new("Vertragsabteilung Asklepia Kliniken Nord <vertrag@asklepia-nord.example>",
                "Kliniken-Vertrag <kliniken-vertrag@lindenhof-versicherung.example>",
                "Rahmenvertrag Direktabrechnung 2026 – Entwurf v2",
                date="2025-03-24 13:01 +0100", mid="<RV2026-v2.118@asklepia-nord.example>")
    text(inner, """Sehr geehrte Damen und Herren,

anbei unser Entwurf v2 zum Rahmenvertrag Direktabrechnung ab 2026
(Klinik-Card, Wahlleistungen, Zahlungsziel 21 Tage). Änderungen zu v1
sind markiert. Wir schlagen einen Termin in KW 15 vor.

Mit freundlichen Grüßen
Vertragsabteilung
Asklepia Kliniken Nord GmbH
""")
    report(m, "delivery-status", """Dies ist eine automatisch erstellte Nachricht des Mailservers
mx2.lindenhof-versicherung.example.

Die Nachricht konnte nicht zugestellt werden:

  <kliniken-vertrag@lindenhof-versicherung.example>: Benutzer unbekannt
  (550 5.1.1 User unknown)

Bitte verwenden Sie künftig leistungsmanagement@lindenhof-versicherung.example.
""", [[("Reporting-MTA", "dns; mx2.lindenhof-versicherung.example"),
       ("Arrival-Date", fixed_date("2025-03-24 13:01 +0100"))],
      [("Final-Recipient", "rfc822; kliniken-vertrag@lindenhof-versicherung.example"),
       ("Action", "failed"), ("Status", "5.1.1"),
       ("Diagnostic-Code", "smtp; 550 5.1.1 User unknown")]],
        original=inner)
    return (m, "NORMAL", "de", "hospital",
            "trap: bounce of a hospital group's framework-contract draft, companies only")


def m082():
    m = new("Group Claims UK <group.claims.uk@lindenhof-versicherung.example>",
            "Sarah Pennington <sarah.pennington@mailbox.example>",
            "Read: Your income protection claim – occupational therapist report",
            date="2025-03-25 08:12 +0000")
    report(m, "disposition-notification", """Your message

   To: Group Claims UK
   Subject: Your income protection claim – occupational therapist report
   Sent: Monday, 24 March 2025 20:44:31 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Tuesday, 25 March 2025 08:11:40 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""", [[("Reporting-UA", "EXCH-LDN-01.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;group.claims.uk@lindenhof-versicherung.example"),
       ("Original-Message-ID", "<CAJ1pWq88fKs@mailbox.example>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "read receipt; quoted subject: named customer's income-protection claim and OT report")


def m083():
    m = new("Ahrens, Nils <nils.ahrens@lindenhof-versicherung.example>",
            "Kfz-Bestand <kfz-bestand@lindenhof-versicherung.example>",
            "WG:")
    only_attachments(m, ("Zulassungsbescheinigung_Teil1_HH-JK-881.png", png(64, 40, seed=11), CT_PNG))
    return (m, "CONFIDENTIAL", "de", "customer",
            "empty body, empty subject; file name: a vehicle registration certificate with a number plate")


def m084():
    m = new("Ravi Menon <ravi.menon@lindenhof-versicherung.example>",
            "CISO Office <ciso-office@lindenhof-versicherung.example>",
            "Lab results are in!")
    text(m, """Pen test of the new claims portal (staging) is done: 2 high (IDOR on
/documents, missing rate limit on OTP), 5 medium, 9 low. The security
lab will present on Thursday. No production data was touched.

Ravi
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: 'lab results' of a penetration test")


def m085():
    m = new("Petersen, Jana <jana.petersen@lindenhof-versicherung.example>",
            "Beratender Dienst KV <beratender-dienst@lindenhof-versicherung.example>",
            "WG: KVA")
    only_attachments(m, ("Hörgerät_Kostenvoranschlag_Mahnke.pdf", pdf([], scanned=True), CT_PDF))
    return (m, "STRICTLY_CONFIDENTIAL", "de", "internal",
            "empty body; file name: cost estimate for a named customer's hearing aid")


def m086():
    m = new("Ehlers, Marc <marc.ehlers@lindenhof-versicherung.example>",
            "RS-Schaden Team <rs-schaden-team@lindenhof-versicherung.example>",
            "Inhouse-Seminar: Kündigungsschutzklage, Abfindung, Streitwert – 08.04.")
    text(m, """Moin zusammen,

RA Dr. Sievers (Fachanwalt für Arbeitsrecht) kommt am 08.04. von 9 bis
12 Uhr zu uns: Kündigungsschutzklage, Abfindungsvergleich, Streitwert
und was davon unter die Deckung fällt. Raum 5.01.

Bitte kurze Rückmeldung, wer dabei ist.

Marc
""")
    return (m, "NORMAL", "de", "internal", "trap: seminar on dismissal lawsuits, no case")


def m087():
    m = new("Feddersen, Jonas <jonas.feddersen@lindenhof-versicherung.example>",
            "Incident Desk <incident@redline-ir.example>",
            "Ransomware incident – CY-2025-019 – contact: Priya Raman, IT lead, Brightwell Dental Ltd")
    text(m, """Please call Priya on the number in the notification form - she's expecting you.

Jonas Feddersen
Cyber Claims
""", cte="7bit")
    return (m, "CONFIDENTIAL", "en", "insurer-to-company",
            "one line; subject: company policyholder's cyber claim with a named contact person")


def m088():
    m = new("Claussen, Britta <britta.claussen@lindenhof-versicherung.example>",
            "Support CareLine <support@careline-software.example>",
            "Blackout Pflegesoftware – care team can't log in since 07:30",
            cc="IT-Servicedesk <it-servicedesk@lindenhof-versicherung.example>")
    text(m, """Hello CareLine support,

since 07:30 nobody in our care team can log in (error "SSO token
invalid", screenshot attached in ticket INC-2025-05102). Bitte dringend
zurückrufen, wir haben heute 40 Fristen in der Pflegegrad-Bearbeitung.

Danke & best regards
Britta Claussen
Teamleitung Pflege
""")
    return (m, "NORMAL", "mixed", "insurer-to-supplier", "trap: outage of the care-claims software, no case data")


def m089():
    m = new("Petersen, Jana <jana.petersen@lindenhof-versicherung.example>",
            "Sabrina Otte <otte@hansa-makler.example>",
            "AW: Krankentagegeld Hr. Demir – Zahlung?")
    text(m, """KT läuft weiter bis 30.04., Folge-AU liegt vor.
Jana
""", cte="8bit")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
            "one line to the broker: named customer's daily sickness allowance and continued incapacity")


def m090():
    m = new("Steen, Katrin <katrin.steen@lindenhof-versicherung.example>",
            "Sachverständigenbüro Kühl <buero@sv-kuehl.example>",
            "Wertermittlung bitte")
    text(m, """Moin Herr Kühl, Unterlagen im ZIP. Gruß Katrin Steen
""")
    attach(m, "Unterlagen_Wohngebaeude_Antrag_Meier.zip", zip_bytes([
        ("Grundbuchauszug.pdf", pdf([], scanned=True)),
        ("Baubeschreibung.pdf", pdf([
            "Baubeschreibung Einfamilienhaus",
            "Bauherren: Frank und Sylvia Meier, Am Deich 4, 25348 Glückstadt",
            "Baujahr 1998, 1,5 Geschosse, Keller, Reetdach, Wohnfläche 164 m²",
        ]))]), CT_ZIP)
    return (m, "CONFIDENTIAL", "de", "insurer-to-assessor",
            "one-line body; ZIP name and content: named applicants' buildings-insurance application and address")


def m091():
    m = new("Olivia Brooks <olivia.brooks@lindenhof-versicherung.example>",
            "info@smilebright-prospect.example",
            "Automatic reply: Dental cover – question about waiting periods",
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    text(m, """Thank you for your email. I'm out of the office until 31 March with
limited access to email. For product questions please contact
sales.uk@lindenhof-versicherung.example or call 0800 496 0330.

Olivia Brooks
Sales Support
""", cte="7bit")
    return (m, "NORMAL", "en", "insurer-to-customer",
            "trap: out-of-office reply quoting a prospect's generic dental-product question")


def m092():
    inner = new("Dr Karl Gruber <k.gruber@kardiologie-salzach.example>",
                "Fiona Cairns <fiona.cairns@lindenhof-versicherung.example>",
                "Cardiology report – Mr Alois Brandstätter",
                date="2025-03-25 16:02 +0100", mid="<KS-2025-0325-1602@kardiologie-salzach.example>")
    text(inner, """Dear Dr Cairns,

as requested for the life application: Mr Brandstätter (DOB 04/07/1961)
was seen on 20 March. Echo: EF 55 %, mild LVH. Exercise ECG negative at
150 W. Known hypertension (I10.90) on ramipril 5 mg; well controlled.
No contraindication from a cardiological point of view.

Kind regards
Dr Karl Gruber
Kardiologie Salzach
""")
    m = new("Dr Fiona Cairns <fiona.cairns@lindenhof-versicherung.example>",
            "Life Underwriting <life.underwriting@lindenhof-versicherung.example>",
            "FW: report")
    text(m, """For the file - see attached mail. Standard rates from my side.
F.
""", cte="7bit")
    attach(m, "Cardiology report – Mr Alois Brandstätter.eml", inner, CT_EML)
    return (m, "STRICTLY_CONFIDENTIAL", "en", "doctor",
            "outer body 'see attached mail'; nested message/rfc822 carries a named applicant's cardiology findings")


def m093():
    m = new("Steen, Katrin <katrin.steen@lindenhof-versicherung.example>",
            "Jörn Kröger <joern.kroeger@t-post.example>",
            "Hausratvertrag HR-118-44021 – Umschreibung nach dem Tod von Frau Ilse Kröger")
    text(m, """Sehr geehrter Herr Kröger,

wir haben den Vertrag wie gewünscht zum 01.04. auf Sie umgeschrieben.
Unser herzliches Beileid.

Mit freundlichen Grüßen
Katrin Steen
""")
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "short body; subject: death of a named policyholder and transfer of a household contract to the heir, no cause of death")


def m094():
    m = new("Wulf, Arne <arne.wulf@lindenhof-versicherung.example>",
            "Presseverteiler <presse-verteiler@lindenhof-versicherung.example>",
            "Pressemitteilung: Lindenhof Pflegereport 2025")
    only_attachments(m, ("Pressemitteilung_Pflegereport_2025.pdf", pdf([
        "Pressemitteilung – Hamburg, 26. März 2025",
        "Lindenhof Pflegereport 2025: Eigenanteil im Pflegeheim steigt auf durchschnittlich 2.984 Euro",
        "Jeder zweite Befragte unterschätzt die Kosten der Pflege um mehr als 1.000 Euro monatlich.",
        "Befragt wurden 2.000 Personen ab 40 Jahren (repräsentativ, Online-Panel).",
        "Pressekontakt: Arne Wulf, presse@lindenhof-versicherung.example",
    ], title="Pressemitteilung Pflegereport"), CT_PDF))
    return (m, "NORMAL", "de", "insurer-to-partner", "trap: empty body, care-report press release, aggregates only")


def m095():
    m = new("bAV-Service <bav@lindenhof-versicherung.example>",
            "Rachel Wright <rachel.wright@harcourt-logistics.example>",
            "Direktversicherung – Neuzugänge Q1 bestätigt / new entrants confirmed")
    text(m, """Dear Ms Wright,

anbei die bestätigten Neuzugänge zur Direktversicherung für Q1 – please
find the confirmed list attached. Die Versicherungsscheine gehen den
Mitarbeitenden direkt zu.

Kind regards / Viele Grüße
bAV-Service
Lindenhof Lebensversicherung AG
""")
    attach(m, "bAV_Neuzugaenge_Q1_2025.xlsx", xlsx([
        ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Beginn", "Beitrag mtl. (EUR)", "Vertragsnr."],
        ["H-1044", "Schubert", "Lara", "14.02.1994", "01.03.2025", 150, "DV-25-300412"],
        ["H-1051", "Kaya", "Emre", "03.11.1988", "01.03.2025", 248, "DV-25-300413"],
        ["H-1063", "Nowak", "Piotr", "22.06.1979", "01.03.2025", 100, "DV-25-300414"],
    ], sheet="Neuzugaenge"), CT_XLSX)
    return (m, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-company",
            "bilingual two-liner; the XLSX lists named employees' life (direct insurance) contracts with birth dates")


def m096():
    m = new("Steffens, Uwe <uwe.steffens@lindenhof-versicherung.example>",
            "Petersen, Jana <jana.petersen@lindenhof-versicherung.example>",
            "AW: AW: AW: GOÄ-Reform – Auswirkungen auf Prüfregeln / Analogziffern")
    text(m, """Passt, danke!

Uwe

-----Ursprüngliche Nachricht-----
Von: Petersen, Jana
Gesendet: Mittwoch, 26. März 2025 15:10
An: Steffens, Uwe
Betreff: AW: AW: GOÄ-Reform – Auswirkungen auf Prüfregeln / Analogziffern

Uwe, dann nehme ich das so ins Protokoll: Wir warten mit der Anpassung
der Prüfregeln, bis die neue GOÄ im Bundesrat durch ist. Bis dahin
bleibt R02 (Faktor > 2,3) wie er ist.

-----Ursprüngliche Nachricht-----
Von: Steffens, Uwe
Gesendet: Mittwoch, 26. März 2025 11:47
Betreff: AW: GOÄ-Reform – Auswirkungen auf Prüfregeln / Analogziffern

Laut Verband kommt die neue GOÄ frühestens 2026. Die Analogziffern
fallen dann weitgehend weg, der Steigerungsfaktor auch. Bis dahin
würde ich nichts umbauen.

-----Ursprüngliche Nachricht-----
Von: Petersen, Jana
Gesendet: Dienstag, 25. März 2025 17:02
Betreff: GOÄ-Reform – Auswirkungen auf Prüfregeln / Analogziffern

Hallo Uwe, müssen wir die Prüfregeln für Arztrechnungen jetzt schon an
den BÄK-Entwurf anpassen oder warten wir?
""")
    return (m, "NORMAL", "de", "internal", "trap: 'Passt, danke!' over a quoted thread on fee-schedule reform, no patient")


def m097():
    m = new("Rent Guarantee UK <rentguarantee.uk@lindenhof-versicherung.example>",
            "Referencing <referencing@homelet-check.example>",
            "Ref RG-25-1187")
    only_attachments(m, ("Salary_confirmation_LRomano.docx", docx([
        "Fenwick Engineering Ltd – HR Department",
        "To whom it may concern",
        "We confirm that Mr Luca Romano has been employed by Fenwick Engineering Ltd",
        "since 1 September 2021 as Senior Design Engineer on a permanent contract.",
        "His basic annual salary is GBP 52,000.",
        "Signed: K. Ellison, HR Manager",
    ], title="Salary confirmation"), CT_DOCX))
    return (m, "CONFIDENTIAL", "en", "insurer-to-company",
            "empty body; file name names the tenant, the DOCX states his salary")


def m098():
    m = new("Aydın, Miriam <miriam.aydin@lindenhof-versicherung.example>",
            "Marquardt, Lena <lena.marquardt@lindenhof-versicherung.example>",
            "Gelesen: Protokoll Datenschutz-Jour-fixe – Gesundheitsdaten im Postausgang",
            date="2025-03-27 09:05 +0100")
    report(m, "disposition-notification", """Ihre Nachricht

   An: Aydın, Miriam
   Betreff: Protokoll Datenschutz-Jour-fixe – Gesundheitsdaten im Postausgang
   Gesendet: Mittwoch, 26. März 2025 16:20:05 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Donnerstag, 27. März 2025 09:04:48 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""", [[("Reporting-UA", "EXCH-HH-04.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;miriam.aydin@lindenhof-versicherung.example"),
       ("Original-Message-ID", msgid("jourfixe-0326")),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "NORMAL", "de", "internal", "trap: read receipt for data-protection minutes about health data")


def m099():
    m = new("Roloff, Annika <annika.roloff@lindenhof-versicherung.example>",
            "Birgit Wendt <birgit.wendt@web-post.example>",
            "Unser nächstes Telefonat")
    text(m, """Guten Tag Frau Wendt,

den Termin für unser nächstes Telefonat habe ich auf Dienstag, 10 Uhr gelegt.

Herzliche Grüße
Annika Roloff
Fallmanagement psychische Erkrankungen | Krankentagegeld & BU
Lindenhof Versicherung | Tel. +49 40 3011-2450
""")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "harmless appointment; the sender's signature shows the customer is in mental-illness case management")


def m100():
    m = new("Wöhler, Sabine <sabine.woehler@lindenhof-versicherung.example>",
            "Provisionsabrechnung <provision@lindenhof-versicherung.example>",
            "WG: Bankverbindung Hansa")
    text(m, """Bitte für Vermittlernr. 40-1187 ändern. Sabine

-----Ursprüngliche Nachricht-----
Von: Buchhaltung Hansa <buchhaltung@hansa-makler.example>
Gesendet: Freitag, 28. März 2025 09:05
Betreff: Bankverbindung

Neue Bankverbindung ab 01.04., siehe Signatur.

--
Hansa Assekuranzmakler GmbH · Buchhaltung
Mönckebergstraße 7 · 20095 Hamburg · HRB 118 204
IBAN DE38 2004 0000 0628 1044 55 · USt-IdNr. DE 301 447 289
""")
    return (m, "NORMAL", "de", "broker",
            "trap: a broker GmbH's new company bank account in the signature (no natural person)")


def m101():
    m = new("Wöhler, Sabine <sabine.woehler@lindenhof-versicherung.example>",
            "Sach-Bestand <sach-bestand@lindenhof-versicherung.example>",
            "WG: Wohngebäude WG-4471120 Fam. Petersen-Kühl")
    text(m, """zur Bearbeitung

-----Ursprüngliche Nachricht-----
Von: Sabrina Otte <otte@hansa-makler.example>
Gesendet: Montag, 31. März 2025 07:52
An: Wöhler, Sabine
Betreff: Wohngebäude WG-4471120 Fam. Petersen-Kühl

Kunde wünscht Beitragszahlung jährlich, IBAN bleibt.
""")
    return (m, "CONFIDENTIAL", "de", "broker",
            "one-line broker note; subject names the family and their buildings policy")


def m102():
    m = new("Ben Hartley <ben.hartley@lindenhof-versicherung.example>",
            "Chloe Winters <chloe.winters@lindenhof-versicherung.example>",
            "lunch?")
    text(m, """12:30 at the Italian place?

Ben

--
Ben Hartley | Claims Operations | Lindenhof Insurance UK Branch
CONFIDENTIALITY NOTICE: This email and any attachments may contain
confidential information, including health or other special category
personal data. If you are not the intended recipient, please notify the
sender immediately and delete this email. Lindenhof Insurance UK Branch
is authorised by BaFin and subject to limited regulation by the FCA.
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: lunch invitation; only the disclaimer mentions health data")


def m103():
    m = new("Expat Medical Assistance <expat-assist@lindenhof-versicherung.example>",
            "Pre-authorisation <preauth@cedar-hospital-dubai.example>",
            "RE: Pre-auth request – knee arthroscopy – policy EH-3310-22")
    text(m, """Approved. Ref PA-7781, valid 30 days, direct billing.

Expat Medical Assistance
""", cte="7bit")
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
            "one line; subject: planned knee arthroscopy under a member's expat health policy")


def m104():
    m = new("Wahlvorstand SBV <wahlvorstand-sbv@lindenhof-versicherung.example>",
            "Alle Standort Hamburg <alle-hh@lindenhof-versicherung.example>",
            "Wahl der Schwerbehindertenvertretung 2025")
    text(m, """Liebe Kolleginnen und Kollegen,

anbei das Wahlausschreiben. Wahlberechtigt sind alle schwerbehinderten
und gleichgestellten Beschäftigten; die Wählerliste liegt ab 07.04. im
Wahlbüro (Raum 1.12) zur Einsicht aus – nicht im Intranet.

Der Wahlvorstand
""")
    attach(m, "Wahlausschreiben_Schwerbehindertenvertretung_2025.odt", odt([
        "Wahlausschreiben zur Wahl der Schwerbehindertenvertretung",
        "Wahltag: 13.05.2025, 9–15 Uhr, Raum 1.12",
        "Wahlvorschläge bis 22.04.2025 beim Wahlvorstand",
        "Briefwahl auf Antrag möglich.",
    ]), CT_ODT)
    return (m, "NORMAL", "de", "internal",
            "trap: election notice for the disability representative, no list of persons")


def m105():
    m = new("Motor UK <motor.uk@lindenhof-versicherung.example>",
            "Verification <verify@idcheck-services.example>",
            "ID check – new motor policy")
    only_attachments(m, ("passport_ESantos_1988-04-02.pdf", pdf([], scanned=True), CT_PDF))
    return (m, "CONFIDENTIAL", "en", "insurer-to-company",
            "empty body; the file name carries a named customer's birth date (passport copy)")


def m106():
    m = new("Ehlers, Marc <marc.ehlers@lindenhof-versicherung.example>",
            "RA Dr. Till Osterloh <osterloh@osterloh-arbeitsrecht.example>",
            "AW: RS-2025-05190 Kowalski ./. Nordspedition – Subsidiarität")
    text(m, """Danke. Dann bitte zuerst Rechtsschutz über die Gewerkschaft beantragen, wir sind nachrangig.

Mit freundlichen Grüßen
Marc Ehlers

-----Ursprüngliche Nachricht-----
Von: RA Dr. Till Osterloh
Gesendet: Montag, 31. März 2025 17:10
Betreff: RS-2025-05190 Kowalski ./. Nordspedition – Subsidiarität

Laut Mandant ja, Mitgliedsbescheinigung anbei.
""")
    attach(m, "Mitgliedsbescheinigung_verdi_Kowalski.pdf", pdf([], scanned=True), CT_PDF)
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
            "one-liners; the file name reveals a named client's trade-union membership")


def m107():
    m = new("People Team UK <people.uk@lindenhof-versicherung.example>",
            "All staff London <all-staff-london@lindenhof-versicherung.example>",
            "Updated sickness absence & sick pay policy (from 1 May)")
    text(m, """Hi everyone,

we've updated the sickness absence and company sick pay policy. Main
changes: self-certification now up to 7 calendar days via the HR
portal, return-to-work conversations are informal and don't need to go
into any detail about your health, and company sick pay is now 100 %
for the first 13 weeks regardless of length of service.

Full policy on the intranet. Questions to people.uk@lindenhof-versicherung.example.

People Team
""")
    return (m, "NORMAL", "en", "internal", "trap: sick-pay policy for all staff, nobody's absence")


def m108():
    m = new("Kfz-Bestand <kfz-bestand@lindenhof-versicherung.example>",
            "Sven Harms <sven.harms@web-post.example>",
            "Gelesen: eVB A7K3M9Q – Zulassung am Freitag, bitte Vertrag anlegen",
            date="2025-04-01 10:31 +0200")
    report(m, "disposition-notification", """Ihre Nachricht

   An: Kfz-Bestand
   Betreff: eVB A7K3M9Q – Zulassung am Freitag, bitte Vertrag anlegen
   Gesendet: Montag, 31. März 2025 21:15:44 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 1. April 2025 10:31:09 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""", [[("Reporting-UA", "EXCH-HH-02.lindenhof-versicherung.example; Microsoft Exchange Server"),
       ("Final-Recipient", "rfc822;kfz-bestand@lindenhof-versicherung.example"),
       ("Original-Message-ID", "<c4e2a9d1-07bb-4fd2@web-post.example>"),
       ("Disposition", "manual-action/MDN-sent-manually; displayed")]])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "read receipt; quoted subject: named customer's eVB number for a new motor contract")


def m109():
    m = new("Daniel Mercer <daniel.mercer@lindenhof-versicherung.example>",
            "Expat Underwriting <expat.uw@lindenhof-versicherung.example>",
            "FW: Cole – maternity?")
    text(m, """Can we? Policy starts 1 May.
D

From: Tom Bramley <tom@bramleyhart.example>
Sent: 01 April 2025 09:58
To: Daniel Mercer
Subject: Cole - maternity?

Her GP confirmed the pregnancy, 12 weeks - can we still add maternity cover for Mrs Hannah Cole?
Tom
""")
    return (m, "STRICTLY_CONFIDENTIAL", "en", "broker",
            "one-line broker question: a named client's pregnancy")


def m110():
    m = new("Mail Delivery System <MAILER-DAEMON@mx2.lindenhof-versicherung.example>",
            "Vertrieb Finanzkontor Süderelbe <vertrieb@finanzkontor-suederelbe.example>",
            "Unzustellbar: Anmeldung Schulung 'Gesundheitsfragen im BU-Antrag richtig stellen' – 2 Teilnehmer",
            date="2025-04-01 13:22 +0200", headers=[("Auto-Submitted", "auto-replied")])
    report(m, "delivery-status", """Dies ist eine automatisch erstellte Nachricht des Mailservers
mx2.lindenhof-versicherung.example.

Die Nachricht konnte nicht zugestellt werden:

  <akademie@lindenhof-versicherung.example>: Benutzer unbekannt
  (550 5.1.1 User unknown)

Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.
""", [[("Reporting-MTA", "dns; mx2.lindenhof-versicherung.example"),
       ("Arrival-Date", fixed_date("2025-04-01 13:22 +0200"))],
      [("Final-Recipient", "rfc822; akademie@lindenhof-versicherung.example"),
       ("Action", "failed"), ("Status", "5.1.1"),
       ("Diagnostic-Code", "smtp; 550 5.1.1 User unknown")]],
        original_headers="""From: Vertrieb Finanzkontor Süderelbe <vertrieb@finanzkontor-suederelbe.example>
To: akademie@lindenhof-versicherung.example
Subject: Anmeldung Schulung 'Gesundheitsfragen im BU-Antrag richtig stellen' – 2 Teilnehmer
Date: Tue, 01 Apr 2025 13:21:50 +0200
Message-ID: <0a1f88e2.5510@finanzkontor-suederelbe.example>
""")
    return (m, "NORMAL", "de", "broker",
            "trap: bounce of a broker's training registration on 'health questions in BU applications'")


def m111():
    m = new("Lindenhof Insurance UK <noreply.uk@lindenhof-versicherung.example>",
            "Anita Patel-Hughes <anita.ph@mailbox.example>",
            "Your Direct Debit is set up")
    text(m, """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mrs Patel-Hughes, your Direct Debit for home insurance policy HH-7720-1183 is set up: account GB09 LOYD 3096 2671 1880 42, GBP 31.40 on the 1st of each month.</p>
</body></html>""", subtype="html")
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "HTML-only one-liner: named customer's home policy and full bank account")


def m112():
    m = new("Library & Information <library@lindenhof-versicherung.example>",
            "Subscriptions <subscriptions@medpress-journals.example>",
            "Cancellation – subscription 'Journal of Insurance Medicine' (account 55102)")
    text(m, """Dear Sir or Madam,

please cancel our subscription (print + online, 3 users) at the end of
the current term, 30 June 2025. Please confirm in writing.

Kind regards
Library & Information Services
Lindenhof Versicherung AG
""", cte="7bit")
    return (m, "NORMAL", "en", "insurer-to-supplier", "trap: cancelling a medical journal subscription")


def m113():
    m = new("Dierks, Paul <paul.dierks@lindenhof-versicherung.example>",
            "Reise-Leistung <reise-leistung@lindenhof-versicherung.example>",
            "WG: Reiserücktritt wg. OP Knie – Attest")
    text(m, """-----Ursprüngliche Nachricht-----
Von: Gisela Brandt <gisela.brandt@t-post.example>
Gesendet: Mittwoch, 2. April 2025 07:44
An: Reise <reise@lindenhof-versicherung.example>
Betreff: Reiserücktritt wg. OP Knie – Attest

Anbei das Attest, mfG

Gisela Brandt
Buchung AIDA-2025-77310 / Reiserücktritt RR-118-2025
""")
    attach(m, "Attest_Knie_OP.pdf", pdf([], scanned=True), CT_PDF)
    return (m, "STRICTLY_CONFIDENTIAL", "de", "customer",
            "forward with no own text; subject and file name: named traveller cancels for knee surgery")


def m114():
    m = new("Forderungsmanagement <inkasso@lindenhof-versicherung.example>",
            "Mandantenservice Creditreform-Nord <mandanten@forderung-nord.example>",
            "Rücklastschriften KW 13 – Sach/Kfz")
    text(m, """Guten Tag,

anbei die Rücklastschriften KW 13 (nur Sach/Kfz), bitte Mahnlauf 1.

Mit freundlichen Grüßen
Forderungsmanagement
""")
    attach(m, "Ruecklastschriften_KW13.csv", csv_bytes([
        ["Vertragsnr", "Sparte", "Name", "Vorname", "IBAN", "Betrag", "Rückgabegrund"],
        ["KF-4410887", "Kfz", "Dahms", "Oliver", "DE77 2501 0030 0955 2711 04", "87,20", "AC04 Konto erloschen"],
        ["HR-207-19033", "Hausrat", "Yildiz", "Selin", "DE33 1203 0000 1045 8796 32", "12,90", "AM04 Deckung"],
        ["WG-4402218", "Wohngebäude", "Feldhaus", "Günter", "DE03 3705 0198 0023 3188 70", "64,35", "MD06 Widerspruch"],
    ], encoding="cp1252"), "text/csv", params={"charset": "windows-1252"})
    return (m, "CONFIDENTIAL", "de", "insurer-to-supplier",
            "short body; CSV (windows-1252) lists named customers, IBANs and returned debits for non-personal lines")


def m115():
    m = new("Lindenhof SecureMail <securemail@lindenhof-versicherung.example>",
            "Wöhler, Sabine <sabine.woehler@lindenhof-versicherung.example>",
            "Sie haben eine neue Nachricht im SecureMail-Portal",
            date="2025-04-02 14:02 +0200",
            headers=[("Resent-From", "sabine.woehler@lindenhof-versicherung.example"),
                     ("Resent-To", "tanja.meiners@lindenhof-versicherung.example"),
                     ("Resent-Date", fixed_date("2025-04-02 14:02 +0200")),
                     ("Resent-Message-ID", msgid("m115-resent")),
                     ("X-Lindenhof-AutoForward", "Regel 'Abwesend 31.03.-11.04. -> Vertretung T. Meiners'"),
                     ("Auto-Submitted", "auto-generated")])
    text(m, """Guten Tag,

in Ihrem Postfach im Lindenhof SecureMail-Portal liegt eine neue
Nachricht für Sie. Bitte melden Sie sich an, um sie zu lesen:

https://securemail.lindenhof-versicherung.example

Diese Benachrichtigung enthält keine Inhalte der Nachricht.
""")
    return (m, "NORMAL", "de", "internal",
            "trap: content-free portal notification, auto-forwarded by an absence rule")


def m116():
    m = new("Daniel Mercer <daniel.mercer@lindenhof-versicherung.example>",
            "Group Life Claims <group.life.claims@lindenhof-versicherung.example>",
            "FW: sad news")
    text(m, """Please open a claim, scheme GL-0447 (Harcourt Logistics). I'll let the broker know.
Daniel

From: Rachel Wright <rachel.wright@harcourt-logistics.example>
Sent: 03 April 2025 08:05
To: Daniel Mercer
Subject: sad news

FYI Gareth Lewis (warehouse, Bristol) passed away last night, family will call you about the group life.
Rachel
""")
    return (m, "STRICTLY_CONFIDENTIAL", "en", "company",
            "one line from the employer: a named scheme member died, group-life claim")


def m117():
    m = new("Sam Okoro <sam.okoro@lindenhof-versicherung.example>",
            "Daniel Roe <daniel.roe@mailbox.example>",
            "Automatic reply: windscreen claim WS-44190 – Mr Daniel Roe",
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    text(m, """I'm on leave until Tuesday 8 April. Your email has not been forwarded.
For motor claims please call 0800 496 0310.

Sam Okoro
""", cte="7bit")
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "auto-reply; only the quoted subject tells: named customer's windscreen claim number")


def m118():
    m = new("Product Health UK <product.health.uk@lindenhof-versicherung.example>",
            "Partnerships <partnerships@meridian-hospitals.example>",
            "Call notes – hospital cash plan tender")
    text(m, """Hi both,

thanks for the call. Notes as agreed:

- Scope: cash plan for employer groups, 5-500 lives, UK only
- Benefits: GBP 50/night inpatient, day-case GBP 25, max 30 nights p.a.
- Meridian to provide aggregated admissions data by age band (no
  patient-level data) by 25 April
- Next call 29 April, 10:00

Best
Product Health UK
""", cte="7bit")
    return (m, "NORMAL", "en", "insurer-to-partner", "trap: hospital cash-plan tender notes, aggregate data only")


def m119():
    m = new("Steen, Katrin <katrin.steen@lindenhof-versicherung.example>",
            "Dipl.-Ing. Holger Vosgerau <vosgerau@brandgutachten-vosgerau.example>",
            "AW: Ortstermin Brandschaden Scheune Hof Wittkamp, Schaden 2025-F-3321")
    text(m, """Termin passt.

Katrin Steen
""", cte="8bit")
    return (m, "CONFIDENTIAL", "de", "insurer-to-assessor",
            "two words; subject names a farmer's fire claim with claim number (sole trader = natural person)")


def m120():
    m = new("Posteingang KV <posteingang-kv@lindenhof-versicherung.example>",
            "Rückläufer <ruecklaeufer@scanlog.example>",
            "Rückläufer 03.04.")
    text(m, """Rückläufer anbei, bitte neu scannen (unleserlich / abgeschnitten).
""")
    attach(m, "Scanliste_Posteingang_KV_2025-04-03.csv", csv_bytes([
        ["Batch", "Seite", "Dateiname", "Problem"],
        ["KV-0403-07", "3", "Rezept_Lange_Monika.pdf", "unleserlich"],
        ["KV-0403-07", "9", "Rechnung_Zahnarzt_Okonkwo_Ifeoma.pdf", "Rand abgeschnitten"],
        ["KV-0403-11", "2", "Arztbericht_Psychiatrie_Benecke_Holger.pdf", "schief"],
        ["KV-0403-14", "1", "Krankenhausrechnung_Sauer_Elke.pdf", "unleserlich"],
    ]), "text/csv")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
            "one-line body; the CSV holds only file names, and they name patients with prescriptions and psychiatric reports")


def m121():
    m = new("Thode, Ingrid <ingrid.thode@lindenhof-versicherung.example>",
            "Team Leben-Leistung <leben-leistung-team@lindenhof-versicherung.example>",
            "Workshop: Todesfallmeldung digital")
    text(m, """Hallo zusammen, Einladung anbei. Ingrid
""")
    attach(m, "Workshop_Todesfallmeldung.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workshop-todesfall-20250415@lindenhof-versicherung.example
DTSTAMP:20250404T080000Z
DTSTART:20250415T080000Z
DTEND:20250415T110000Z
SUMMARY:Workshop: Todesfallmeldung digital (Upload Sterbeurkunde, Erbnachweis)
LOCATION:Raum 4.10
DESCRIPTION:Prozess-Workshop mit IT und Kundenservice. Keine Fallakten mitbringen.
ORGANIZER;CN=Ingrid Thode:mailto:ingrid.thode@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
"""), "text/calendar", params={"method": "REQUEST"})
    return (m, "NORMAL", "de", "internal", "trap: calendar invite for a process workshop on death notifications")


def m122():
    m = new("Homes Team <homes.uk@lindenhof-versicherung.example>",
            "Owen Price <owen.price@mailbox.example>",
            "Re: Adding my bike")
    text(m, """Hi Mr Price, your bike is now covered under policy HH-6631-0284 (frame no. WBK2231789), no extra premium.

Homes Team
""", cte="7bit")
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer", "one line: named customer's bicycle added to his home policy")


def m123():
    m = new("Occupational Health UK <occhealth.uk@lindenhof-versicherung.example>",
            "All staff London <all-staff-london@lindenhof-versicherung.example>",
            "Occupational health drop-in – April dates")
    text(m, """Our occupational health nurse is on site on the dates in the invite.
Drop in for eye-screen tests, workstation questions or a confidential chat.
""", cte="7bit")
    attach(m, "OH_dropin_April.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:oh-dropin-20250417@lindenhof-versicherung.example
DTSTAMP:20250404T090000Z
DTSTART:20250417T090000Z
DTEND:20250417T150000Z
SUMMARY:Occupational health drop-in (no appointment needed)
LOCATION:Wellbeing Room, 3rd floor
END:VEVENT
END:VCALENDAR
"""), "text/calendar", params={"method": "PUBLISH"})
    return (m, "NORMAL", "en", "internal", "trap: occupational-health drop-in invitation for all staff")


def m124():
    m = new("Aydın, Miriam <miriam.aydin@lindenhof-versicherung.example>",
            "Piotr Kalinowski <p.kalinowski@web-post.example>",
            "Termin Nachuntersuchung")
    text(m, """Guten Tag Herr Kalinowski, anbei der Termin. Freundliche Grüße, Miriam Aydın
""")
    attach(m, "Termin.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:nu-bu-kalinowski-20250422@lindenhof-versicherung.example
DTSTAMP:20250404T101500Z
DTSTART:20250422T071500Z
DTEND:20250422T081500Z
SUMMARY:Nachuntersuchung BU-Leistung – Dr. Brandt, Orthopädie (Vertrauensarzt)
LOCATION:Orthopädie Dr. Brandt, Eppendorfer Baum 12, Hamburg
DESCRIPTION:Bitte aktuelle MRT-Bilder der LWS und Medikamentenplan mitbringen.
ORGANIZER;CN=Miriam Aydin:mailto:miriam.aydin@lindenhof-versicherung.example
ATTENDEE;CN=Piotr Kalinowski;RSVP=TRUE:mailto:p.kalinowski@web-post.example
END:VEVENT
END:VCALENDAR
"""), "text/calendar", params={"method": "REQUEST"})
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "one-line body; the ICS: named customer's medical re-examination for a BU claim (spine MRI, medication)")


def m125():
    m = new("Mail Delivery Subsystem <postmaster@lindenhof-versicherung.example>",
            "Gadget Claims Handling <claims@gadgetclaims-partner.example>",
            "Undeliverable: Re: Your claim for the stolen e-scooter, ref GA-55102 – Ms Maya Frost",
            date="2025-04-04 15:40 +0200", headers=[("Auto-Submitted", "auto-replied")])
    report(m, "delivery-status", """Your message could not be delivered to one or more recipients.

  <gadget-claims@lindenhof-versicherung.example>
  550 5.1.1 mailbox unavailable (address retired 31/03/2025)

Please use claims.uk@lindenhof-versicherung.example instead.
The headers of your message are attached.
""", [[("Reporting-MTA", "dns; MX-HH-01.lindenhof-versicherung.example"),
       ("Arrival-Date", fixed_date("2025-04-04 14:40 +0100"))],
      [("Final-Recipient", "rfc822; gadget-claims@lindenhof-versicherung.example"),
       ("Action", "failed"), ("Status", "5.1.1"),
       ("Diagnostic-Code", "smtp; 550 5.1.1 mailbox unavailable")]],
        original_headers="""From: Gadget Claims Handling <claims@gadgetclaims-partner.example>
To: gadget-claims@lindenhof-versicherung.example
Subject: Re: Your claim for the stolen e-scooter, ref GA-55102 – Ms Maya Frost
Date: Fri, 04 Apr 2025 14:40:12 +0100
Message-ID: <GA-55102-r3@gadgetclaims-partner.example>
""")
    return (m, "CONFIDENTIAL", "en", "company",
            "bounce with headers only; returned subject names a customer's theft claim")


def m126():
    m = new("Thode, Ingrid <ingrid.thode@lindenhof-versicherung.example>",
            "Ausbildung <ausbildung@lindenhof-versicherung.example>",
            "Schulungsunterlagen Leben Modul 3 (Leistungsfall)")
    text(m, """Hallo Frau Kuhlmann,

anbei die Unterlagen für Modul 3. Alle Belege im ZIP sind Muster mit
erfundenen Personen (Stempel "MUSTER" auf jeder Seite).

Viele Grüße
Ingrid Thode
""")
    attach(m, "Schulungsunterlagen_Leben_Modul3.zip", zip_bytes([
        ("Ablauf_Leistungsfall_Leben.pdf", pdf([
            "Modul 3: Der Leistungsfall in der Lebensversicherung",
            "1. Todesfallmeldung  2. Unterlagen anfordern  3. Prüfung  4. Auszahlung",
        ])),
        ("Sterbeurkunde_Muster.pdf", pdf([
            "MUSTER – Sterbeurkunde (Schulungsbeispiel, fiktiv)",
            "Name: Erika Musterfrau (fiktiv)   Sterbeort: Musterstadt",
            "MUSTER – nicht für den Geschäftsverkehr",
        ])),
        ("Erbschein_Muster.pdf", pdf([
            "MUSTER – Erbschein (Schulungsbeispiel, fiktiv)",
            "Erbe: Max Mustermann (fiktiv)",
        ]))]), CT_ZIP)
    return (m, "NORMAL", "de", "internal",
            "trap: training ZIP with 'Sterbeurkunde'/'Erbschein' sample files for fictitious persons")


def m127():
    m = new("Lindenhof Care Assessment <pflege-begutachtung@lindenhof-versicherung.example>",
            "Funmi Adeyemi <funmi.adeyemi@mailbox.example>",
            "Your mother's care assessment – home visit")
    text(m, """Dear Ms Adeyemi, please find the appointment attached. Kind regards, Care Assessment Team
""", cte="7bit")
    attach(m, "home_visit.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:pg-adeyemi-20250416@lindenhof-versicherung.example
DTSTAMP:20250407T081000Z
DTSTART:20250416T080000Z
DTEND:20250416T093000Z
SUMMARY:Home visit – Mrs Grace Adeyemi – care level assessment (wound care, mobility)
LOCATION:Kiefernweg 22, 22145 Hamburg
DESCRIPTION:Assessor: Nurse K. Bruhn. Please have the medication plan and the wound documentation of the home-care service ready.
ORGANIZER;CN=Care Assessment:mailto:pflege-begutachtung@lindenhof-versicherung.example
ATTENDEE;CN=Funmi Adeyemi;RSVP=TRUE:mailto:funmi.adeyemi@mailbox.example
END:VEVENT
END:VCALENDAR
"""), "text/calendar", params={"method": "REQUEST"})
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "one-line body; the ICS names the insured, her care-level assessment, wound care and medication")


def m128():
    m = new("Jürgens, Timo <timo.juergens@lindenhof-versicherung.example>",
            "Bernd Lüdemann <b.luedemann@t-post.example>",
            "Automatische Antwort: Kündigung Kfz-Versicherung wegen Fahrzeugverkauf – KF-7712034",
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    text(m, """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.04. nicht im Haus.
Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie
unser Kfz-Team unter 040 3011-3300.

Timo Jürgens
""")
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "out-of-office reply; only the quoted subject tells: named customer cancels motor policy KF-7712034")


def m129():
    m = new("Lindenhof Broker News <brokernews.uk@lindenhof-versicherung.example>",
            "UK Broker Panel <broker-panel-uk@lindenhof-versicherung.example>",
            "Travel health: what's covered for pre-existing medical conditions?",
            headers=[("List-Unsubscribe", "<mailto:brokernews.uk@lindenhof-versicherung.example?subject=unsubscribe>")])
    html_alt(m, """Broker News - April 2025

Travel health: pre-existing medical conditions

From 1 May our single-trip and annual travel policies cover stable
pre-existing conditions (no change in medication or hospital admission
in the last 6 months) without screening up to age 70. Above 70 or with
recent changes, the online screening takes about 4 minutes.

Common questions from your clients - diabetes, asthma, high blood
pressure - are answered in the new FAQ:
https://brokers.lindenhof-versicherung.example/travel-faq
""", """<html><body style="font-family:Arial,sans-serif;max-width:620px">
<p style="font-size:11px;color:#555">Broker News &ndash; April 2025</p>
<h2>Travel health: pre-existing medical conditions</h2>
<p>From 1 May our single-trip and annual travel policies cover <b>stable pre-existing
conditions</b> (no change in medication or hospital admission in the last 6 months) without
screening up to age 70. Above 70 or with recent changes, the online screening takes about
4 minutes.</p>
<p>Common questions from your clients &ndash; diabetes, asthma, high blood pressure &ndash; are
answered in the <a href="https://brokers.lindenhof-versicherung.example/travel-faq">new FAQ</a>.</p>
</body></html>""")
    return (m, "NORMAL", "en", "newsletter", "trap: broker newsletter on pre-existing conditions, no client")


def m130():
    m = new("Aydın, Miriam <miriam.aydin@lindenhof-versicherung.example>",
            "Kai Jürgensen <kai@juergensen-versicherungen.example>",
            "WG: Zustellung verzögert: Ihr BU-Antrag 7714-20 – Nachforderung Arztbericht Orthopädie")
    text(m, """Moin Kai, Herr Pohl ist per Mail nicht erreichbar – hast du eine aktuelle Adresse?
Gruß Miriam

-----Ursprüngliche Nachricht-----
Von: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lindenhof-versicherung.example>
Gesendet: Montag, 7. April 2025 09:14
An: Aydın, Miriam <miriam.aydin@lindenhof-versicherung.example>
Betreff: Zustellung verzögert: Ihr BU-Antrag 7714-20 – Nachforderung Arztbericht Orthopädie

Die Übermittlung an folgende Empfänger oder Gruppen wurde verzögert:

juergen.pohl@kabel-nord-mail.example

Betreff: Ihr BU-Antrag 7714-20 – Nachforderung Arztbericht Orthopädie

Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht,
die Nachricht zuzustellen.

Der Server versucht noch 1 Tag und 19 Stunden lang, die Nachricht zuzustellen.
""")
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
            "forwarded delay notice; quoted subject: named applicant's BU application needs an orthopaedic report")


def m131():
    m = new("Pet Claims UK <pet.claims.uk@lindenhof-versicherung.example>",
            "Vet Advisory <advice@vetcheck-advisory.example>",
            "For review – PC-25-0871")
    only_attachments(m, ("vet_invoice_Biscuit_AGrant.pdf", pdf([
        "Riverside Veterinary Surgery – Invoice 25-4410",
        "Client: Ms Amelia Grant, 8 Willow Close, Reading",
        "Patient: Biscuit (Cocker Spaniel, 4y)",
        "Consultation, bloods, ear cytology, otitis externa treatment – GBP 386.50",
    ], title="Vet invoice"), CT_PDF))
    return (m, "CONFIDENTIAL", "en", "insurer-to-supplier",
            "empty body; file name names the pet owner; vet invoice (animal health = confidential)")


def m132():
    m = new("Lindenhof Versicherung <postfach-info@lindenhof-versicherung.example>",
            "Heike Sommerfeld <heike.sommerfeld@web-post.example>",
            "Neue Nachricht in Ihrem Lindenhof-Postfach",
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, """Guten Tag,

in Ihrem Lindenhof-Postfach liegt eine neue Nachricht für Sie.
Melden Sie sich unter https://postfach.lindenhof-versicherung.example an.

Bitte antworten Sie nicht auf diese E-Mail.
""")
    return (m, "NORMAL", "de", "insurer-to-customer", "trap: content-free portal notification, no contract or topic named")


def m133():
    m = new("Thode, Ingrid <ingrid.thode@lindenhof-versicherung.example>",
            "Life Claims UK <life.claims.uk@lindenhof-versicherung.example>",
            "FW: Visit to discuss Mr Colin Marsh's policy")
    text(m, """For your file (terminal illness claim). Visit Thursday confirmed.

-----Original Message-----
From: Grace Whitfield <g.whitfield@staidans-hospice.example>
Sent: 08 April 2025 09:03
Subject: RE: Visit to discuss Mr Colin Marsh's policy

Thursday is fine.

Grace Whitfield
Palliative Care Nurse Specialist
St Aidan's Hospice – Community Team
""")
    return (m, "STRICTLY_CONFIDENTIAL", "en", "hospital",
            "two-word reply; the hospice nurse's signature and the subject show a named policyholder in palliative care")


def m134():
    m = new("Transport-Schaden <transport-schaden@lindenhof-versicherung.example>",
            "Capt. Mark Doyle <m.doyle@oceansurvey-marine.example>",
            "Transportschaden Container MSCU 448120-3 / consignee Jansen Feinkost e.K.")
    text(m, """Dear Captain Doyle,

bitte Besichtigung im Lager Waltershof, contact on site: Mr Hinrich
Jansen (owner), +49 40 7414 2290. Survey report in English please.

Policy TR-2024-1180, claim TS-2025-0142.

Mit freundlichen Grüßen / kind regards
Transport-Schaden
""")
    return (m, "CONFIDENTIAL", "mixed", "insurer-to-assessor",
            "cargo claim of a sole trader (e.K.) with the owner named; bilingual")


def m135():
    m = new("Wellbeing Team UK <wellbeing.uk@lindenhof-versicherung.example>",
            "All staff London <all-staff-london@lindenhof-versicherung.example>",
            "Mental Health First Aider training – 6 places left")
    text(m, """Hi all,

we have six places left on the two-day Mental Health First Aider course
(13-14 May). MHFAs are a first point of contact for colleagues who want
to talk - they don't diagnose or treat. Sign up via the learning portal.

Wellbeing Team
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: mental-health first-aid training offer")


def m136():
    m = new("Ahrens, Nils <nils.ahrens@lindenhof-versicherung.example>",
            "Leistung KV <leistung-kv@lindenhof-versicherung.example>",
            "WG: (kein Betreff)")
    text(m, """-----Ursprüngliche Nachricht-----
Von: Hanna Ewers <hanna.ewers@web-post.example>
Gesendet: Dienstag, 8. April 2025 21:17
An: Service <service@lindenhof-versicherung.example>
Betreff:

--
Hanna Ewers · KV-Nr. 3311-0474
Moorweg 15 · 25421 Pinneberg
""")
    attach(m, "Rezepte_Maerz.pdf", pdf([], scanned=True), CT_PDF)
    attach(m, "Apothekenquittung.png", png(40, 60, seed=13), CT_PNG)
    return (m, "STRICTLY_CONFIDENTIAL", "de", "customer",
            "no text at all except the customer's signature with her health-insurance number; prescriptions attached")


def m137():
    m = new("Homes Team <homes.uk@lindenhof-versicherung.example>",
            "Naomi Osei <naomi.osei@mailbox.example>",
            "Re: Name change after marriage – formerly Ms Carter, now Mrs Osei – home policy HH-4410-7725")
    text(m, """Updated - new documents will follow by email.

Homes Team
""", cte="7bit")
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "one line; subject carries the maiden name and the home policy number")


def m138():
    m = new("Public Affairs UK <public.affairs.uk@lindenhof-versicherung.example>",
            "Policy Team <policy@insurers-association.example>",
            "Genetic testing code – our comments on the 2025 review")
    text(m, """Dear colleagues,

please find our comments on the draft review of the Code on Genetic
Testing and Insurance below.

1. We support keeping the moratorium on predictive test results for
   life cover up to GBP 500,000.
2. Huntington's disease: we agree the single listed exception should stay
   under review; we do not ask for new exceptions.
3. Research participation: results from research studies should never
   have to be disclosed - please make this explicit.

Kind regards
Public Affairs, Lindenhof Insurance UK Branch
""", cte="7bit")
    return (m, "NORMAL", "en", "insurer-to-partner", "trap: position paper on genetic testing, no person")


def m139():
    m = new("Brodersen, Ole <ole.brodersen@lindenhof-versicherung.example>",
            "Sabrina Otte <otte@hansa-makler.example>",
            "WG: Fahrerliste Fuhrpark aktuell")
    text(m, """zur Info für deine Akte. Ole

-----Ursprüngliche Nachricht-----
Von: Fuhrparkleitung Elbe Haustechnik GmbH <fuhrpark@elbe-haustechnik.example>
Gesendet: Mittwoch, 9. April 2025 07:58
Betreff: Fahrerliste

aktuell, s. Anhang
""")
    attach(m, "Fahrerliste_Fuhrpark_2025.ods", ods([
        ["Kennzeichen", "Fahrer", "geb.", "FS-Klasse", "Seit"],
        ["HH-EH 101", "Mehmet Aksoy", "17.05.1990", "B, BE", "2019"],
        ["HH-EH 104", "Dennis Riebe", "02.12.1985", "B, C1", "2015"],
        ["HH-EH 112", "Sandra Voigt", "28.08.1997", "B", "2023"],
    ], sheet="Fahrer"), CT_ODS)
    return (m, "CONFIDENTIAL", "de", "company",
            "one-liners; ODS fleet driver list with names, birth dates and plates")


def m140():
    m = new("Customer Service UK <service.uk@lindenhof-versicherung.example>",
            "Life Underwriting <life.underwriting@lindenhof-versicherung.example>",
            "FW: question about my application")
    text(m, """Can UW answer this directly? Thanks

From: Laura Finch <laura.finch@mailbox.example>
Sent: 09 April 2025 12:31
Subject: question about my application

Hi, my sister tested positive for BRCA2 last month - do I need to put that on my life insurance application (ref LA-25-30917)?
Laura
""")
    return (m, "STRICTLY_CONFIDENTIAL", "en", "customer",
            "one-line question: family genetic test result (BRCA2) of a named applicant")


def m141():
    m = new("Lange, Sophie <sophie.lange@lindenhof-versicherung.example>",
            "Dr Adam Reeve <a.reeve@airquality-consult.example>",
            "Sick building syndrome? – CO2 messungen 4. OG",
            cc="Betriebsrat HH <betriebsrat@lindenhof-versicherung.example>")
    text(m, """Dear Dr Reeve,

thanks for the logger data. Kurz zusammengefasst für den Betriebsrat:
CO2 im 4. OG nachmittags regelmäßig über 1.400 ppm, Luftfeuchte unter
30 %. Several colleagues complain about headaches and dry eyes – we'd
like you to check whether the ventilation settings after the
refurbishment are the cause. Next week Tuesday suits us.

Best regards / Viele Grüße
Sophie Lange
Facility Management
""")
    return (m, "NORMAL", "mixed", "insurer-to-supplier",
            "trap: 'sick building' air-quality check; unnamed colleagues' complaints, no identifiable person")


def m142():
    m = new("Kfz-Bestand <kfz-bestand@lindenhof-versicherung.example>",
            "Außendienst Nord <ad-nord@lindenhof-versicherung.example>",
            "WG: Unzustellbar: Ihre Beitragsrechnung Kfz 2025 – Vertrag KF-4410887")
    text(m, """Kunde bitte anrufen, Mailadresse stimmt nicht (Rücklastschrift läuft auch schon).

-----Ursprüngliche Nachricht-----
Von: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lindenhof-versicherung.example>
Gesendet: Donnerstag, 10. April 2025 08:02
An: Kfz-Bestand
Betreff: Unzustellbar: Ihre Beitragsrechnung Kfz 2025 – Vertrag KF-4410887

Übermittlung an folgende Empfänger oder Gruppen fehlgeschlagen:

oliver.dahms@freemail-nord.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten
annehmen. Versuchen Sie später erneut, die Nachricht zu senden.
""")
    return (m, "CONFIDENTIAL", "de", "internal",
            "forwarded bounce; quoted subject and address: named customer's motor contract and returned debit")


def m143():
    m = new("Reise-Kranken Notruf <reise-notruf@lindenhof-versicherung.example>",
            "Operations <ops@euroassist-repat.example>",
            "Claim update Frau Sievers / Auslandskranken RK-2025-0388")
    text(m, """Kurz: Rücktransport organisiert, flight LH 789 tomorrow 10:40 FRA,
stretcher + nurse escort, Übergabe an RTW Flughafen Hamburg.
Please confirm ground transport in Bangkok.

Notruf-Team
""")
    return (m, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-company",
            "three mixed-language lines: medical repatriation of a named insured on a stretcher")


def m144():
    m = new("Priya Nair <priya.nair@lindenhof-versicherung.example>",
            "Complaints Reporting <complaints.reporting@lindenhof-versicherung.example>",
            "Fwd: Undeliverable: Quarterly complaints statistics Q1 2025")
    text(m, """FYI - the regulator's old return address bounces. Resending via the portal.

---------- Forwarded message ---------
From: Mail Delivery Subsystem <postmaster@lindenhof-versicherung.example>
Date: Thu, 10 Apr 2025 at 11:02
Subject: Undeliverable: Quarterly complaints statistics Q1 2025
To: priya.nair@lindenhof-versicherung.example

Your message to returns@regulator-old.example couldn't be delivered.
550 5.1.1 Recipient address rejected: address no longer in use

Subject: Quarterly complaints statistics Q1 2025
Attachments: Complaints_Q1_2025_aggregate.xlsx
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: bounce of aggregate complaints statistics")


def m145():
    m = new("Motor Claims UK <motor.claims.uk@lindenhof-versicherung.example>",
            "Litigation <litigation@pemberton-law.example>",
            "MC-24-10992 – signed statement")
    only_attachments(m, ("Statement_of_Truth_R_Kaur_signed.pdf", pdf([], scanned=True), CT_PDF))
    return (m, "CONFIDENTIAL", "en", "insurer-to-lawyer",
            "empty body; file name names the policyholder's signed witness statement in a motor claim")


def m146():
    m = new("Betriebssport <betriebssport@lindenhof-versicherung.example>",
            "Alle Standort Hamburg <alle-hh@lindenhof-versicherung.example>",
            "Reha-Sport? Nein – Rückenfit! Neue Kurszeiten")
    text(m, """Moin zusammen,

unser Rückenfit-Kurs (kein Reha-Sport, keine Verordnung nötig) läuft ab
Mai dienstags 17:15 und donnerstags 12:15 im Bewegungsraum UG.
Anmeldung über das Intranet, max. 14 Personen pro Termin.

Eure Betriebssportgruppe
""")
    return (m, "NORMAL", "de", "internal", "trap: 'Reha-Sport' in a company fitness-class announcement")


def m147():
    m = new("Life Customer Service UK <life.service.uk@lindenhof-versicherung.example>",
            "Peter Dunmore <p.dunmore@mailbox.example>",
            "Surrender value quote – policy L-2019-55120, Mr & Mrs Dunmore")
    text(m, """Attached, valid until 30 April.

Life Customer Service
""", cte="7bit")
    attach(m, "Surrender_quote_L-2019-55120.pdf", pdf([
        "Lindenhof Insurance UK Branch – Surrender value quotation",
        "Policy L-2019-55120 (joint life, first death), Peter and Susan Dunmore",
        "Surrender value as at 11 April 2025: GBP 18,412.07",
        "This quotation is valid until 30 April 2025.",
    ], title="Surrender value quote"), CT_PDF)
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "one-line body; subject and PDF: named couple's life policy surrender value (personal line)")


def m148():
    m = new("Lindenhof Insurance UK <noreply.uk@lindenhof-versicherung.example>",
            "Callum Abernethy <c.abernethy@mailbox.example>",
            "Your home insurance renewal")
    html_alt(m, """Dear Mr Abernethy,

your home insurance (policy HH-2208-4471, 17 Heather Row, Perth) renews
on 01/06/2025. Premium: GBP 412.20 a year. No action needed.

Lindenhof Insurance UK Branch
""", """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" style="border:1px solid #ccc"><tr><td style="padding:16px">
<p>Dear Mr Abernethy,</p>
<p>your home insurance (policy HH-2208-4471, 17 Heather Row, Perth) renews on
<b>01/06/2025</b>. Premium: <b>GBP 412.20</b> a year. No action needed.</p>
<p>Lindenhof Insurance UK Branch</p>
</td></tr></table>
</body></html>""")
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "short renewal notice (plain + HTML): named customer, address, policy and premium")


def m149():
    m = new("Claims Comms UK <claims.comms.uk@lindenhof-versicherung.example>",
            "Ben Hartley <ben.hartley@lindenhof-versicherung.example>",
            "[TEST] Your claim has been received – template v4")
    text(m, """Dear {{customer.title}} {{customer.surname}},

we've received your claim {{claim.reference}} dated {{claim.date}}.
Your claims handler is {{handler.name}}; we'll be in touch within
{{sla.days}} working days.

Lindenhof Insurance UK Branch

[rendered with empty test context - please check wording and layout]
""", cte="7bit")
    return (m, "NORMAL", "en", "internal", "trap: claim-acknowledgement template with unfilled placeholders")


def m150():
    m = new("Home Claims UK <home.claims.uk@lindenhof-versicherung.example>",
            "Yusuf Ahmed <yusuf.ahmed@mailbox.example>",
            "Call back booked")
    text(m, """Hi Mr Ahmed, as agreed - see the invite. Home Claims
""", cte="7bit")
    attach(m, "callback.ics", ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cb-hs-25-3310@lindenhof-versicherung.example
DTSTAMP:20250411T120000Z
DTSTART:20250414T090000Z
DTEND:20250414T091500Z
SUMMARY:Call back – Mr Yusuf Ahmed – storm damage to roof, claim HS-25-3310
LOCATION:Phone 07700 900 418
ORGANIZER;CN=Home Claims UK:mailto:home.claims.uk@lindenhof-versicherung.example
ATTENDEE;CN=Yusuf Ahmed;RSVP=TRUE:mailto:yusuf.ahmed@mailbox.example
END:VEVENT
END:VCALENDAR
"""), "text/calendar", params={"method": "REQUEST"})
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "one-line body; the ICS names the customer, his storm-damage claim and phone number")


# ================================================================ build
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def build():
    out = os.path.join(HERE, "mails")
    os.makedirs(out, exist_ok=True)
    rows = []
    for n in range(1, N_MAILS + 1):
        m, label, lang, kind, reason = globals()["m%03d" % n]()
        finish(m, n)
        name = "d%d-%04d.eml" % (NN, n)
        with open(os.path.join(out, name), "wb") as f:
            f.write(m.as_bytes(policy=SMTP))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), out))


# ================================================================ check
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27,
            "DK": 18, "PL": 28, "BE": 16, "LU": 20, "IE": 22}
# deliberately wrong IBANs written by hand (a customer typo, see README)
IBAN_KNOWN_INVALID = set()


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _pdf_check(data, where):
    assert data.startswith(b"%PDF-"), where + ": no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), where + ": no %%EOF"
    sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
    assert data[sx:sx + 4] == b"xref", where + ": bad startxref"
    lines = data[sx:].split(b"\n")
    cnt = int(lines[1].split()[1])
    for i in range(1, cnt):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b"%d 0 obj" % i), where + ": bad xref entry %d" % i
    txt = []
    for s in re.findall(rb"\((.*?)\) Tj", data):
        txt.append(s.replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("cp1252"))
    return "\n".join(txt)


def _png_check(data, where):
    assert data.startswith(b"\x89PNG\r\n\x1a\n"), where + ": no PNG signature"
    i, idat = 8, b""
    while i < len(data):
        ln, = struct.unpack(">I", data[i:i + 4])
        t = data[i + 4:i + 8]
        d = data[i + 8:i + 8 + ln]
        crc, = struct.unpack(">I", data[i + 8 + ln:i + 12 + ln])
        assert zlib.crc32(t + d) & 0xFFFFFFFF == crc, where + ": PNG CRC"
        if t == b"IDAT":
            idat += d
        i += 12 + ln
    zlib.decompress(idat)
    return ""


def _zip_text(data, where, kind):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where + ": corrupt zip"
    names = z.namelist()
    for zi in z.infolist():
        assert zi.date_time == ZIP_TS, where + ": zip timestamp"
    if kind in ("docx", "xlsx"):
        assert "[Content_Types].xml" in names, where + ": no [Content_Types].xml"
        main = "word/document.xml" if kind == "docx" else "xl/worksheets/sheet1.xml"
        root = ET.fromstring(z.read(main))
        return "\n".join(e.text or "" for e in root.iter() if e.tag.endswith("}t"))
    if kind in ("odt", "ods"):
        assert names[0] == "mimetype", where + ": mimetype not first"
        root = ET.fromstring(z.read("content.xml"))
        return "\n".join(e.text or "" for e in root.iter() if e.tag.endswith("}p"))
    out = []
    for nm in names:
        out.append(nm)
        out.append(_file_text(z.read(nm), nm, where + "/" + nm))
    return "\n".join(out)


def _file_text(data, filename, where):
    ext = filename.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        return _pdf_check(data, where)
    if ext == "png":
        return _png_check(data, where)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        return _zip_text(data, where, ext)
    if ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), where + ": ics"
        return t
    if ext == "eml":
        return _msg_text(message_from_bytes(data, policy=SMTP), where)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise AssertionError(where + ": undecodable " + filename)


def _msg_text(msg, where):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part is not msg:
            out.extend("%s: %s" % kv for kv in part.items())
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == "message/rfc822":
            continue  # walk() descends into it
        if ct in ("message/delivery-status", "message/disposition-notification"):
            for b in part.get_payload():
                out.extend("%s: %s" % kv for kv in b.items())
            continue
        if fn:
            out.append(fn)
            out.append(_file_text(part.get_content() if not isinstance(part.get_content(), str)
                                  else part.get_content().encode("utf-8"), fn, where + "/" + fn))
        elif part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif ct == "image/png":
            _png_check(part.get_content(), where)
        else:
            raise AssertionError("%s: unexpected part %s" % (where, ct))
    return "\n".join(out)


def check():
    errs = []
    d = os.path.join(HERE, "mails")
    files = sorted(os.listdir(d))
    want = ["d%d-%04d.eml" % (NN, n) for n in range(1, N_MAILS + 1)]
    if files != want:
        errs.append("mail files differ from d%d-0001..%04d" % (NN, N_MAILS))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "labels.tsv header"
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {}
    langs = {}
    n_attach = 0
    for r in rows:
        if len(r) != 5 or not all(r):
            errs.append("bad row %r" % (r,))
            continue
        fn, label, lang, kind, reason = r
        if label not in LABELS:
            errs.append("%s: bad label" % fn)
        if lang not in ("de", "en", "mixed"):
            errs.append("%s: bad lang" % fn)
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        raw = open(os.path.join(d, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: line ends not CRLF" % fn)
        try:
            msg = message_from_bytes(raw, policy=SMTP)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if msg[h] is None:
                    errs.append("%s: missing %s" % (fn, h))
            if any(p.get_filename() for p in msg.walk()):
                n_attach += 1
            alltext = _msg_text(msg, fn)
        except Exception as e:  # noqa
            errs.append("%s: %s: %s" % (fn, type(e).__name__, e))
            continue
        for dom in EMAIL_RE.findall(alltext) + URL_RE.findall(alltext):
            if not dom.lower().endswith(".example"):
                errs.append("%s: non-.example domain %s" % (fn, dom))
        for ib in IBAN_RE.findall(alltext):
            if ib.replace(" ", "") in IBAN_KNOWN_INVALID:
                continue
            if ib[:2] in IBAN_LEN and not iban_ok(ib):
                errs.append("%s: IBAN checksum fails: %s" % (fn, ib))
    if len(rows) != N_MAILS:
        errs.append("labels.tsv has %d rows" % len(rows))
    if counts != WANT:
        errs.append("label counts %r != %r" % (counts, WANT))
    print("mails: %d, labels: %s" % (len(rows), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in LABELS)))
    print("lang: %s; mails with attachments: %d" % (", ".join("%s %d" % kv for kv in sorted(langs.items())), n_attach))
    if errs:
        print("CHECK FAILED (%d problems)" % len(errs))
        for e in errs:
            print("  " + e)
        return 1
    print("check OK: counts, CRLF, headers, .example domains, IBAN checksums, attachments open")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
