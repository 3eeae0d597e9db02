#!/usr/bin/env python3
"""Generator for the Siegel evaluation corpus dev56.

Every mail is written by hand in its own function m001 ... m150. The helper
functions below only turn that hand-written content into MIME (Python `email`,
policy=SMTP, CRLF) or into a file format (XLSX, ODS, DOCX, ODT, PDF, ZIP).
The format writers are minimal stdlib implementations so the generator runs
without third-party packages and is byte-for-byte deterministic.

    python make_corpus.py           writes mails/d56-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses every file and validates counts
"""
import io
import os
import sys
import zipfile
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default
from xml.sax.saxutils import escape as _xesc

NN = 56
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"
ZIP_TIME = (2026, 11, 2, 9, 0, 0)


# ---------------------------------------------------------------- containers
def _zip(members):
    """members: list of (name, bytes_or_str[, 'stored'])"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for mem in members:
            name, data = mem[0], mem[1]
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if (len(mem) > 2 and mem[2] == "stored") else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_bytes(members):
    return _zip(members)


def _x(s):
    return _xesc(str(s), {'"': "&quot;"})


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# ---------------------------------------------------------------- XLSX
def xlsx(sheets):
    """sheets: list of (sheetname, rows); rows: list of lists of str/int/float/None"""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb_sheets, wb_rels, members = [], [], []
    for n, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), n, n))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n))
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        members.append(("xl/worksheets/sheet%d.xml" % n,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    ct.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr)] + members)


# ---------------------------------------------------------------- DOCX
def docx(blocks):
    """blocks: str (paragraph) | ('h', text) | ('table', rows)"""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] == "h":
            body.append('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == "table":
            rows = []
            for row in b[1]:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:bottom w:val="single"/>'
                        '<w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


# ---------------------------------------------------------------- ODF
_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office_v="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"')


def _odf(mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime, "stored"), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def _odf_table(name, rows):
    out = ['<table:table table:name="%s">' % _x(name)]
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (repr(v), _x(v)))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x("" if v is None else v))
        out.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    out.append("</table:table>")
    return "".join(out)


def ods(sheets):
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(_odf_table(n, r) for n, r in sheets))


def odt(blocks):
    parts = []
    for i, b in enumerate(blocks):
        if isinstance(b, str):
            parts.append("<text:p>%s</text:p>" % _x(b))
        elif b[0] == "h":
            parts.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif b[0] == "table":
            parts.append(_odf_table("Tabelle%d" % (i + 1), b[1]))
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % "".join(parts))


# ---------------------------------------------------------------- PDF
def pdf(lines, title="Dokument"):
    """Plain one-column text PDF, Helvetica 10pt, WinAnsi; 60 lines per page."""
    def esc(s):
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    pages = [lines[i:i + 60] for i in range(0, max(len(lines), 1), 60)] or [[]]
    objs = []  # index 0 -> obj 1
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        stream = [b"BT /F1 10 Tf 13 TL 50 800 Td"]
        for ln in pg:
            stream.append(b"(" + esc(ln) + b") Tj T*")
        stream.append(b"ET")
        data = b"\n".join(stream)
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        cnum = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cnum)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objs.append(b"<< /Title (" + esc(title) + b") /Producer (dev56 make_corpus) /CreationDate (D:20261102090000Z) >>")
    info = len(objs)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return bytes(out)


# ---------------------------------------------------------------- MIME
MIME = {
    "pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"), "odt": ("application", "vnd.oasis.opendocument.text"),
    "zip": ("application", "zip"), "csv": ("text", "csv"), "ics": ("text", "calendar"), "txt": ("text", "plain"),
    "jpg": ("image", "jpeg"), "bin": ("application", "octet-stream"), "xls-csv": ("application", "vnd.ms-excel"),
}


def att(filename, data, kind=None, charset="utf-8"):
    """An attachment: kind is a key of MIME (default: file extension)."""
    kind = kind or filename.rsplit(".", 1)[-1].lower()
    return (filename, data, kind, charset)


def fwd(msg, filename=None):
    """A forwarded message/rfc822 attachment."""
    return ("__rfc822__", msg, filename, None)


def _date(d):
    """'2026-11-03 09:14 +0100' -> RFC 5322 date with the correct weekday."""
    import datetime
    from email.utils import format_datetime
    if "," in d:
        return d
    dt = datetime.datetime.strptime(d, "%Y-%m-%d %H:%M %z")
    return format_datetime(dt)


def build(frm, to, subject, date, text=None, html=None, *, cc=None, mid=None, irt=None, refs=None,
          charset="utf-8", cte=None, flowed=False, atts=(), headers=None, reply_to=None, html_cte=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = _date(date)
    if mid:
        m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in (headers or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        params = {"format": "flowed"} if flowed else None
        m.set_content(text, charset=charset, cte=cte, params=params)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte)
    else:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    for a in atts:
        if a[0] == "__rfc822__":
            m.add_attachment(a[1])
            part = m.get_payload()[-1]
            if a[2]:
                part.add_header("Content-Disposition", "attachment", filename=a[2]) if "Content-Disposition" not in part else None
            continue
        filename, data, kind, cs = a
        maintype, subtype = MIME[kind]
        if maintype == "text":
            if isinstance(data, bytes):
                m.add_attachment(data, maintype, subtype, filename=filename, cte="base64")
                m.get_payload()[-1].set_param("charset", cs)
            else:
                m.add_attachment(data, subtype=subtype, charset=cs, filename=filename)
        else:
            m.add_attachment(data, maintype, subtype, filename=filename)
    return m


def meta(msg, label, lang, kind, reason):
    return (msg, label, lang, kind, reason)


# =====================================================================
# The insurer: Hohenfels Krankenversicherung a.G., Kassel (hohenfels-kv.example)
# with its pet brand "Hohenfels Tierschutz+" of Hohenfels Allgemeine Versicherung AG.
# =====================================================================

SIG_KROLL = """Mit freundlichen Grüßen

Sabine Kroll
Leistungsabteilung ambulant
Hohenfels Krankenversicherung a.G.
Kastanienallee 40 · 34117 Kassel
Telefon 0561 7707-2314"""

DISCL_DE = """--
Hohenfels Krankenversicherung a.G. · Sitz Kassel · Amtsgericht Kassel HRB 9021
Vorstand: Dr. Matthias Everding (Vors.), Gesa Lührmann, Jörg Pfannkuch
Vorsitzender des Aufsichtsrats: Prof. Dr. Ralf Henneberg
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCL_EN = """--
Hohenfels Krankenversicherung a.G. (Hohenfels Health), Kassel, Germany
Registered at Amtsgericht Kassel HRB 9021. This e-mail may contain confidential
information. If you are not the intended recipient please notify the sender and delete it."""


def m001():
    body = """Sehr geehrter Herr Dornbusch,

vielen Dank für die Einreichung Ihrer Belege vom 19.10.2026. Wir haben die Rechnungen
geprüft und wie folgt abgerechnet:

Versicherte Person: Jan-Hendrik Dornbusch, Versicherungsnummer 412 088 731-01
Tarif: HK Komfort 80 (ambulant, 80 % Erstattung, SB 600 EUR/Jahr)

Rechnungssteller                  Datum       Betrag    erstattungsf.  Erstattung
Dr. med. Ingrid Lemke (Allgem.)   02.10.2026  186,42    186,42        149,14
Radiologie am Ständeplatz (MRT)   07.10.2026  612,87    588,32        470,66
Physio Wehlheiden (KG, 6x)        09.10.2026  174,00    151,20        120,96
-----------------------------------------------------------------------------
Summe                                          973,29    925,94        740,76
abzgl. verbleibender Selbstbehalt 2026                                -212,40
Auszahlungsbetrag                                                      528,36

Die Kürzung bei der MRT-Rechnung betrifft GOÄ Nr. 5700 (Zuschlag für computergesteuerte
Analyse), der mit dem 1,0-fachen Satz nur einmal je Sitzung berechnungsfähig ist.
Bei der Krankengymnastik erstatten wir nach Tarif bis 25,20 EUR je Behandlung.

Der Betrag wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.

""" + SIG_KROLL + "\n\n" + DISCL_DE
    m = build("Sabine Kroll <sabine.kroll@hohenfels-kv.example>",
              "Jan-Hendrik Dornbusch <jh.dornbusch@postfach.example>",
              "Ihre Leistungsabrechnung L-2026-0884172", "2026-10-27 10:41 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "reimbursement statement for a named member: GP, MRI and physiotherapy invoices, tariff, payout")


def m002():
    rows = [
        ["GOÄ-Nr.", "Leistung (Kurztext)", "Anzahl Positionen", "Ø Steigerungsfaktor", "Kürzungsquote %", "Kürzungsvolumen EUR"],
        ["1", "Beratung", 148220, 2.31, 1.8, 41820.50],
        ["3", "Eingehende Beratung", 61903, 2.29, 6.4, 98211.00],
        ["5", "Symptombezogene Untersuchung", 122874, 2.30, 0.9, 12004.10],
        ["7", "Vollständige Untersuchung Organsystem", 48511, 2.36, 3.1, 29330.75],
        ["34", "Erörterung lebensverändernde Erkrankung", 6120, 2.27, 14.8, 51102.00],
        ["250", "Blutentnahme", 90214, 1.81, 0.2, 611.20],
        ["410", "Ultraschall erstes Organ", 20733, 2.29, 2.7, 7880.40],
        ["5700", "Zuschlag computergest. Analyse", 3218, 1.00, 22.5, 9612.00],
        ["A 5855", "Analog: Laserbehandlung", 1402, 2.30, 41.0, 48213.90],
    ]
    body = """Hallo zusammen,

anbei wie besprochen die Auswertung der GOÄ-Positionen Q3/2026 aus dem Rechnungsprüfungssystem
(nur Aggregatzahlen, keine Belegdaten). Auffällig wie immer Nr. 34 und die Analogbewertungen.
Für die Sitzung am Donnerstag bitte einmal draufschauen, ob wir bei A 5855 die Prüfregel schärfen.

Gruß
Timo

Timo Wendland
Leistungssteuerung / Rechnungsprüfung
Hohenfels Krankenversicherung a.G."""
    m = build("Timo Wendland <timo.wendland@hohenfels-kv.example>",
              "Team Leistungssteuerung <leistungssteuerung@hohenfels-kv.example>",
              "Auswertung GOÄ-Kürzungen Q3 2026", "2026-10-12 16:05 +0200", body,
              atts=[att("GOAE_Kuerzungen_Q3_2026.xlsx", xlsx([("Q3 2026", rows)]))])
    return meta(m, N, "de", "internal", "trap: GOÄ position statistics, aggregate counts and cut ratios only, no member")


def m003():
    body = """Dear Ms Whitcombe,

thank you for sending the invoice from Tierklinik am Auedamm for Bruno. We have now
assessed your claim under the Hohenfels Tierschutz+ surgery cover.

Policy number:   TV-55 019 823
Pet:             Bruno, Labrador Retriever, male, chip 276098106633041
Claim reference: TS-2026-11872

Treatment: TPLO surgery of the right knee (cranial cruciate ligament rupture) on
5 November 2026, including anaesthesia, X-rays and two follow-up checks.

Invoice amount (GOT 2.0x):          EUR 2,846.30
Not covered (diet food, collar):    EUR    38.90
Covered amount:                     EUR 2,807.40
Your excess (20 %):                 EUR  -561.48
Payable to you:                     EUR 2,245.92

We will transfer the amount to your account ending in ...7710 within five working days.

Wishing Bruno a quick recovery!

Kind regards
Lea Sommerfeld
Pet Insurance Claims | Hohenfels Tierschutz+
Hohenfels Allgemeine Versicherung AG, Kastanienallee 40, 34117 Kassel
"""
    m = build("Lea Sommerfeld <lea.sommerfeld@hohenfels-kv.example>",
              "Olivia Whitcombe <olivia.whitcombe@mailhaus.example>",
              "Your pet claim TS-2026-11872 - Bruno", "2026-11-13 14:22 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "pet surgery claim: named owner, policy and claim number, dog's vet treatment (animal health -> confidential)")


def m004():
    body = """Dear Mr Okonkwo,

thanks a lot, we've got everything now. The refund will be on your account by the end
of next week and you will find the statement in your online mailbox.

Best regards
Rahul Mehta
International Members Service
Hohenfels Health

-----Original Message-----
From: Chidi Okonkwo <c.okonkwo@fastpost.example>
Sent: Monday, 2 November 2026 21:47
To: international@hohenfels-kv.example
Subject: pharmacy receipts October

Hi,
attached the receipts from Rosen-Apotheke for October, sorry they're a bit crumpled.
It's the Metformin 1000 and the Ramipril 5 mg again (both on private prescription
from Dr. Sahin) plus the test strips for the blood sugar meter. Total is 148,37 EUR.
Membership no. is 7003-118-452.
Also, do I need to send the original prescription every time or is the copy ok?

Cheers, Chidi

Sent from my iPhone
"""
    m = build("Rahul Mehta <rahul.mehta@hohenfels-kv.example>",
              "Chidi Okonkwo <c.okonkwo@fastpost.example>",
              "RE: pharmacy receipts October", "2026-11-03 09:12 +0100", body,
              irt="<A77C1F02-3B1D-4C0E-9D11-5C0F0AB4E6E2@fastpost.example>")
    return meta(m, S, "en", "insurer-to-customer", "harmless reply; quoted member mail names diabetes/blood-pressure medicines and membership number")


def m005():
    text = """Hohenfels Health - Member News, November 2026

Smile! What ZahnPlus covers in 2027

* Up to 90 % for implants, crowns and bridges (after the waiting period of 8 months)
* Root canal treatment and periodontal therapy: 100 % in tariffs ZahnPlus 90 and 100
* Two professional cleanings per year, up to EUR 160 in total
* Orthodontics for children up to KIG 2 - something statutory insurance does not pay

Tip: Ask your dentist for a treatment and cost plan (Heil- und Kostenplan) before
larger treatments and send it to us. We will tell you in advance what we pay.

You receive this newsletter because you subscribed on hohenfels-kv.example.
Unsubscribe: https://www.hohenfels-kv.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Hohenfels Health &ndash; Member News, November 2026</h2>
<h3>Smile! What ZahnPlus covers in 2027</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Benefit</th><th>ZahnPlus 70</th><th>ZahnPlus 90</th><th>ZahnPlus 100</th></tr>
<tr><td>Implants, crowns, bridges</td><td>70 %</td><td>90 %</td><td>90 %</td></tr>
<tr><td>Root canal, periodontitis</td><td>80 %</td><td>100 %</td><td>100 %</td></tr>
<tr><td>Professional cleaning</td><td>EUR 80 / year</td><td>EUR 160 / year</td><td>EUR 160 / year</td></tr>
<tr><td>Orthodontics children (KIG 1-2)</td><td>&ndash;</td><td>80 %</td><td>90 %</td></tr>
</table>
<p><b>Tip:</b> Ask your dentist for a treatment and cost plan (Heil- und Kostenplan) before larger
treatments and send it to us. We will tell you in advance what we pay.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed on hohenfels-kv.example.
<a href="https://www.hohenfels-kv.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>"""
    m = build("Hohenfels Health <newsletter@hohenfels-kv.example>", "members-en@lists.hohenfels-kv.example",
              "Member News: what ZahnPlus covers in 2027", "2026-11-05 07:00 +0100", text, html)
    return meta(m, N, "en", "newsletter", "trap: dental product newsletter (implants, root canal, orthodontics) to a list, no person")


def m006():
    lines = ["Hohenfels Krankenversicherung a.G. - Vertriebsabrechnung",
             "Provisionsabrechnung Oktober 2026",
             "",
             "Vermittler: Finanzberatung Ralf Ostendorp (Einzelunternehmen)",
             "Vermittlernummer: 88-40127   Steuernummer: 026/812/33905",
             "Auszahlung an: DE35 2905 0101 0082 7194 56 (Sparkasse Bremen)",
             "",
             "Vertrag       Tarif            Art              Bewertungssumme   Provision",
             "AP-7741      ZahnPlus 90       Abschluss             1.244,00       298,56",
             "AP-7758      PT 60 Pflege      Abschluss               864,00       207,36",
             "AP-7760      HK Komfort 80     Abschluss (Voll)      5.412,00     1.623,60",
             "AP-7288      Storno-Haftung    Rückbelastung          -412,00       -98,88",
             "",
             "Summe Provision:                                                  2.030,64",
             "Umsatzsteuer: steuerfrei nach § 4 Nr. 11 UStG",
             "Auszahlungsbetrag:                                                2.030,64",
             "",
             "Valuta: 05.11.2026"]
    body = """Hallo Herr Ostendorp,

anbei Ihre Provisionsabrechnung für Oktober. Die Rückbelastung betrifft den Vertrag aus
März, der innerhalb der Stornohaftungszeit gekündigt wurde - Details wie immer im Portal.

Viele Grüße aus Kassel
Kai Sturm
Maklerbetreuung Nord
Hohenfels Krankenversicherung a.G.
Tel. 0561 7707-1180 | Mobil 0170 5512093"""
    m = build("Kai Sturm <kai.sturm@hohenfels-kv.example>", "Ralf Ostendorp <info@ostendorp-finanz.example>",
              "Provisionsabrechnung 10/2026", "2026-11-02 08:30 +0100", body,
              atts=[att("Provisionsabrechnung_88-40127_2026-10.pdf", pdf(lines, "Provisionsabrechnung 10/2026"))])
    return meta(m, C, "de", "insurer-to-broker", "only in the PDF attachment: sole-trader broker's IBAN, tax number and commission income; contract refs without insured persons")


def m007():
    body = """Sehr geehrte Frau Dr. Aksoy,

unsere gemeinsame Patientin bzw. Versicherte, Frau Marlene Vockerodt (geb. 14.06.1958),
hat uns Ihre Rechnung Nr. 2026-1407 vom 21.09.2026 zur Erstattung eingereicht.

Für die Prüfung benötigen wir noch eine kurze Begründung zu folgenden Positionen:

- A 1114 analog (Photodynamische Therapie), 3x abgerechnet: Um welche Lokalisation handelt es
  sich? In der Diagnoseliste ist nur "aktinische Keratose L57.0, Stirn" angegeben.
- GOÄ 750 Auflichtmikroskopie: mit Faktor 3,5 berechnet, die schriftliche Begründung fehlt.

Eine Schweigepflichtentbindung der Patientin liegt uns vor (Kopie im Anhang unseres Briefes
vom 02.10.2026). Sie können uns gern über unser sicheres Portal oder per Fax 0561 7707-2999
antworten.

Mit freundlichen Grüßen
i. A. Dr. med. Bernd Halbach
Beratender Arzt, Leistungsabteilung
Hohenfels Krankenversicherung a.G."""
    m = build("Dr. Bernd Halbach <bernd.halbach@hohenfels-kv.example>",
              "Hautarztpraxis Dr. Aksoy <praxis@hautarzt-aksoy.example>",
              "Rückfrage zu Ihrer Rechnung 2026-1407 / Frau Vockerodt", "2026-10-15 11:03 +0200", body)
    return meta(m, S, "de", "insurer-to-doctor", "named patient with birth date, diagnosis L57.0 and dermatology treatment; § 203 context")


def m008():
    blocks = [("h", "Vorlage ZB-17: Teilablehnung Heil- und Kostenplan"),
              "«Anrede» «Vorname» «Nachname»",
              "«Straße» «Hausnummer», «PLZ» «Ort»",
              "Versicherungsnummer: «VSNR»        Heil- und Kostenplan vom «HKP_Datum»",
              "«Anrede_lang»,",
              "vielen Dank für die Übersendung des Heil- und Kostenplans von «Zahnarzt». Nach Prüfung durch "
              "unseren zahnärztlichen Beratungsdienst können wir folgende Leistungen zusagen:",
              ("table", [["Position", "Beschreibung", "beantragt EUR", "zugesagt EUR"],
                         ["«Pos_1»", "«Text_1»", "«Betrag_1»", "«Zusage_1»"],
                         ["«Pos_2»", "«Text_2»", "«Betrag_2»", "«Zusage_2»"]]),
              "Für die übrigen Positionen besteht nach Ihrem Tarif «Tarif» kein Leistungsanspruch, weil «Begründung».",
              "Bitte beachten Sie: Diese Zusage gilt sechs Monate ab Datum dieses Schreibens.",
              "Freundliche Grüße – «Sachbearbeiter»"]
    body = """Liebe Kolleginnen und Kollegen im Zahnteam,

die überarbeitete Textvorlage ZB-17 ist freigegeben (Rechtsabteilung hat den Satz zur
Gültigkeitsdauer ergänzt). Bitte ab Montag nur noch diese Version aus dem Vorlagenordner
verwenden, die alte ZB-17 wird heute Abend archiviert.

Danke & Gruß
Jana Pohlmann
Teamleitung Zahn / Kieferorthopädie"""
    m = build("Jana Pohlmann <jana.pohlmann@hohenfels-kv.example>", "zahn-team@hohenfels-kv.example",
              "Neue Vorlage ZB-17 Teilablehnung HKP", "2026-10-09 13:18 +0200", body,
              atts=[att("ZB-17_Teilablehnung_HKP_v3.docx", docx(blocks))])
    return meta(m, N, "de", "internal", "trap: letter template for partial rejection of a dental treatment plan, placeholders only")


def m009():
    inner_body = """Guten Tag,

anbei der Heil- und Kostenplan von meinem Zahnarzt für die zwei Implantate unten links.
Ich bin im Tarif ZahnPlus 90 versichert (Vers.-Nr. 503-44 871-0) und würde gern vorher wissen,
was Sie übernehmen, bevor ich den Termin im Januar fest mache.

Die Zähne 36 und 37 wurden schon im Frühjahr gezogen, da war eine Wurzelentzündung.

Viele Grüße
Heike Albrecht-Sauer
Goethestr. 12, 37073 Göttingen"""
    inner = build("Heike Albrecht-Sauer <heike.as@netzmail.example>", "zahn@hohenfels-kv.example",
                  "Kostenvoranschlag Implantate", "2026-11-09 19:31 +0100", inner_body,
                  mid="<f3a1c9e0-77aa-4b1d-b0a2-0c1d5e9e1f44@netzmail.example>",
                  atts=[att("HKP_Albrecht-Sauer.pdf", pdf([
                      "Zahnarztpraxis Dr. Emre Yilmaz & Kollegen, Weender Landstr. 88, Göttingen",
                      "Heil- und Kostenplan Teil 2 (Privatbehandlung) vom 04.11.2026",
                      "Patientin: Heike Albrecht-Sauer, geb. 23.02.1971",
                      "Befund: 36 f, 37 f (Extraktion 03/2026), Knochenangebot ausreichend",
                      "GOZ 9010 Implantatinsertion 36, 37          2x   2,3   je 313,76",
                      "GOZ 9003 Navigationsschablone                1x   2,3        86,89",
                      "GOZ 2200 Vollkrone auf Implantat 36, 37      2x   2,3   je 272,32",
                      "Material- und Laborkosten (geschätzt)                    1.480,00",
                      "Implantatteile (2 Systeme Straumann-kompatibel)           940,00",
                      "Voraussichtliches Gesamthonorar inkl. Material:         4.012,35 EUR"],
                      "HKP Albrecht-Sauer"))])
    body = """Hallo Jana,

kannst du das bitte an die Beratungszahnärztin geben? Kundin hat direkt an zahn@ geschrieben,
HKP hängt an der weitergeleiteten Mail. Vorgang ist noch nicht angelegt.

Danke, Jonas"""
    m = build("Jonas Reckeweg <jonas.reckeweg@hohenfels-kv.example>", "Jana Pohlmann <jana.pohlmann@hohenfels-kv.example>",
              "WG: Kostenvoranschlag Implantate", "2026-11-10 08:14 +0100", body, atts=[fwd(inner)])
    return meta(m, S, "de", "customer", "forwarded message/rfc822: member's dental implant plan (PDF with birth date, extraction, inflammation)")


def m010():
    body = """Ticket INC-2026-04471 - Priority 3
Component: DocCapture / OCR pipeline "Arztrechnungen"
Reporter: Ole Janssen

Since the template update on 28 Oct, invoices printed by the billing service layout
"PAE Elbe v7" are split into two documents after page 1. Field "Rechnungsbetrag" is then
empty on page 2 and the claim gets routed to manual review (queue KV-AMB-MAN).

Reproduce with the synthetic sample set in the test tenant:
  testcase_pae_v7_01.pdf  (patient "Erika Musterfrau (fiktiv)", GOÄ 1, 5, 250)
  testcase_pae_v7_02.pdf  (patient "Max Mustermann (fiktiv)", 4 pages)

Volume: approx. 340 documents/day affected (counted in the routing log, no content).
Expected: one document per invoice, page break detection via footer "Seite x von y".

Workaround: none yet; manual queue is growing (currently 1,920 items).

-- 
Ole Janssen | IT Input Management | Hohenfels Krankenversicherung a.G."""
    m = build("Ole Janssen <ole.janssen@hohenfels-kv.example>", "DocCapture Support <support@capturelabs.example>",
              "[INC-2026-04471] OCR splits Arztrechnungen after page 1 (PAE Elbe v7 layout)",
              "2026-10-30 15:40 +0100", body)
    return meta(m, N, "en", "insurer-to-supplier", "trap: IT ticket about doctors' invoices OCR, only synthetic test patients and volumes")


def m011():
    body = """Sehr geehrte Frau Brückner,

vielen Dank für Ihren Antrag auf die OP-Versicherung für Ihre Katze Mimi. Der Vertrag ist
zum 01.12.2026 policiert, die Police erhalten Sie zusätzlich per Post.

Vertragsnummer: TV-55 204 117
Tarif: Tierschutz+ OP Katze, Jahresbeitrag 143,40 EUR, monatliche Zahlweise 11,95 EUR
Versicherungsnehmerin: Carola Brückner, Am Hasenwinkel 7, 34246 Vellmar

SEPA-Lastschriftmandat
Gläubiger-ID: DE98ZZZ09999999999 (Hohenfels Allgemeine Versicherung AG)
Mandatsreferenz: TV55204117-01
Konto: DE70 6415 0020 0001 2739 48, Kontoinhaberin Carola Brückner
Erster Einzug: 01.12.2026

Wenn die Bankverbindung nicht stimmt, melden Sie sich bitte vor dem 25.11.

Freundliche Grüße
Nico Baumgart
Hohenfels Tierschutz+ Vertragsservice
"""
    m = build("Nico Baumgart <nico.baumgart@hohenfels-kv.example>", "c.brueckner@postfach.example",
              "Ihre Tier-OP-Versicherung für Mimi - Vertragsbestätigung und SEPA-Mandat",
              "2026-11-18 11:27 +0100", body, cte="8bit")
    return meta(m, C, "de", "insurer-to-customer", "pet policy confirmation: named policyholder, address, contract number and IBAN")


def m012():
    body = """Sehr geehrte Frau Lindqvist-Haas,

zum 01.01.2027 passen wir die Beiträge in einigen Tarifen an. Für Ihren Vertrag
412 390 556 ergeben sich folgende Änderungen:

Versicherte Person          Tarif              bisher mtl.   ab 01.01.2027
Annika Lindqvist-Haas      HK Komfort 80        498,12        541,90
Annika Lindqvist-Haas      KT 43 (Tagegeld)      41,30         41,30
Annika Lindqvist-Haas      PVN (Pflegepflicht)   52,77         57,04
Mats Lindqvist-Haas (Kind) HK Junior             132,60        139,05
Gesamtbeitrag                                     724,79        779,29

Die auslösenden Faktoren und Ihre Möglichkeiten (z. B. Tarifwechsel nach § 204 VVG,
Erhöhung des Selbstbehalts) erläutert das beigefügte Informationsschreiben, das Sie
zusätzlich per Post erhalten. Gern berechnen wir Ihnen Alternativen.

Mit freundlichen Grüßen
Florian Achterberg
Vertragsservice Krankenversicherung
Hohenfels Krankenversicherung a.G.
"""
    m = build("Florian Achterberg <florian.achterberg@hohenfels-kv.example>",
              "Annika Lindqvist-Haas <annika.lh@mailhaus.example>",
              "Beitragsanpassung zum 01.01.2027 - Vertrag 412 390 556", "2026-11-20 09:02 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "premium adjustment of a named member's and child's health/care contract (personal line, no medical word)")


def m013():
    body = """PRESSEMITTEILUNG

Hohenfels Krankenversicherung: Beiträge steigen 2027 im Schnitt um 6,8 Prozent

Kassel, 12. November 2026. Die Hohenfels Krankenversicherung a.G. passt zum 1. Januar 2027
die Beiträge in der Krankheitskostenvollversicherung an. Im Durchschnitt über alle Tarife
steigen die Beiträge um 6,8 Prozent; rund 38 Prozent der 214.000 Vollversicherten sind von
keiner Anpassung betroffen.

Auslöser sind vor allem gestiegene Leistungsausgaben: Die Ausgaben für stationäre
Behandlungen lagen 2025 um 11,2 Prozent über dem Vorjahr, für Arzneimittel um 9,4 Prozent.
Besonders deutlich war der Anstieg bei Krebstherapien und bei psychotherapeutischen
Behandlungen. "Wir geben diese Entwicklung nicht gern weiter, aber wir sind gesetzlich
verpflichtet, die Beiträge an die Leistungsausgaben anzupassen", sagt Vorstand Gesa Lührmann.

Die Hohenfels setzt zur Entlastung 118 Mio. Euro aus der Rückstellung für
Beitragsrückerstattung ein. Versicherte ab 60 Jahren erhalten zusätzlich eine Limitierung.

Pressekontakt:
Vanessa Rothe, Unternehmenskommunikation
presse@hohenfels-kv.example, Telefon 0561 7707-1001
"""
    m = build("Vanessa Rothe <presse@hohenfels-kv.example>", "Presseverteiler <presseverteiler@lists.hohenfels-kv.example>",
              "PM: Hohenfels Krankenversicherung passt Beiträge 2027 an", "2026-11-12 10:00 +0100", body)
    return meta(m, N, "de", "newsletter", "trap: press release on premium increase, aggregate cost statistics (cancer, psychotherapy), named board member only")


def m014():
    body = """Dear Admissions Team,

re: Guarantee of payment / Kostenübernahmeerklärung

Patient:          Mr Thomas Reeve-Battersby
Date of birth:    04 March 1979
Member no.:       INT-7003-220-918 (Hohenfels Global Expat, Plan Gold)
Admission:        16 November 2026, elective
Procedure:        laparoscopic cholecystectomy (OPS 5-511.11) for symptomatic gallstones (K80.20)
Accommodation:    single room, chief physician treatment agreed

Hohenfels Health confirms cover for the above inpatient stay up to the DRG rate H08B plus
elective services (single room, Wahlleistung Arzt) for up to 5 days. Any extension requires
a new request with medical report. Please send the final invoice directly to us quoting
the member number; the patient's co-payment under his plan is EUR 0.

Kind regards
Markus Feddersen
Hospital Services / Inpatient Claims
Hohenfels Health
Phone +49 561 7707-2460
""" + DISCL_EN
    m = build("Markus Feddersen <markus.feddersen@hohenfels-kv.example>",
              "Patientenaufnahme Klinikum St. Jodok <aufnahme@st-jodok-klinikum.example>",
              "Guarantee of payment - Reeve-Battersby, admission 16/11/2026", "2026-11-11 15:48 +0100", body)
    return meta(m, S, "en", "insurer-to-hospital", "cost coverage for named expat patient with birth date, diagnosis K80.20 and OPS code")


def m015():
    body = """Dear Claire,

following your annual review with Stefan, I am pleased to confirm the adjustment of
your salary with effect from 1 January 2027:

  Position:          Team Lead, International Members Service (E 11)
  Annual base salary: EUR 68,400 (previously EUR 64,200), paid in 13 instalments
  Variable target:    8 % of base salary
  Tax class/ID:       unchanged (we use the data on file)

The formal letter will be in your employee mailbox in Workday next week. Please let
me know if you have any questions.

Best regards
Petra Ulbrich
HR Business Partner
Hohenfels Krankenversicherung a.G.
"""
    m = build("Petra Ulbrich <petra.ulbrich@hohenfels-kv.example>", "Claire Donnelly <claire.donnelly@hohenfels-kv.example>",
              "Your salary adjustment 2027", "2026-12-01 11:15 +0100", body,
              headers=[("Sensitivity", "Private")])
    return meta(m, C, "en", "insurer-to-employee", "named employee's salary figures (income)")


def m016():
    body = """Liebe Kolleginnen und Kollegen,

bitte teilt die folgende Stellenanzeige gern in eurem Netzwerk - wir suchen Verstärkung!

------------------------------------------------------------
Sachbearbeiter/in Leistungsprüfung Zahn (m/w/d), Kassel, Vollzeit/Teilzeit

Ihre Aufgaben:
- Prüfung von Zahnarztrechnungen nach GOZ/GOÄ und Heil- und Kostenplänen
- Beantwortung von Fragen unserer Versicherten und Zahnarztpraxen
- Zusammenarbeit mit unseren Beratungszahnärzten

Ihr Profil:
- Ausbildung als Zahnmedizinische Fachangestellte (ZFA) oder ZMV, gern mit
  Abrechnungserfahrung; alternativ Kaufmann/-frau für Versicherungen mit Zahnkenntnissen
- sicherer Umgang mit Gebührenordnungen, Freude an Kundenkontakt

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten bis 60 %, betriebliche Krankenversicherung,
Jobrad, Kantine mit Dachterrasse.
Bewerbung bis 15.12.2026 über karriere.hohenfels-kv.example, Kennziffer 2026-117.
------------------------------------------------------------

Danke!
Petra Ulbrich, HR"""
    m = build("Petra Ulbrich <petra.ulbrich@hohenfels-kv.example>", "alle-mitarbeitenden@hohenfels-kv.example",
              "Stellenanzeige: Leistungsprüfung Zahn (ZFA/ZMV willkommen)", "2026-11-16 12:00 +0100", body, cte="8bit")
    return meta(m, N, "de", "internal", "trap: job ad for dental claims clerk (dental nurse background), no person")


def m017():
    csv_text = ("Rechnungsnr;Rechnungsdatum;Patient;Geburtsdatum;Versicherungsnr;Leistungserbringer;Betrag;offen seit\r\n"
                "PAE-26-118204;04.08.2026;Gerlinde Wübbenhorst;11.09.1949;412 001 883-01;Kardiologie Dr. Lohse;1.284,60;63 Tage\r\n"
                "PAE-26-121977;19.08.2026;Bernhard Quast;02.01.1962;412 447 019-01;Orthopädie am Wall;534,12;48 Tage\r\n"
                "PAE-26-123410;27.08.2026;Ilse Mahnkopf;30.07.1940;503 118 220-02;Dr. med. F. Thiele (Onkologie);3.910,45;40 Tage\r\n"
                "PAE-26-125882;03.09.2026;Sven Tödter;18.11.1985;412 720 664-01;MVZ Psychotherapie Nord;1.150,00;33 Tage\r\n")
    body = """Hallo Frau Kroll,

die PAE Elbe hat uns die Liste der Direktabrechnungsfälle geschickt, bei denen sie noch auf
Zahlung wartet (siehe unten, Liste im Anhang). Können Sie schauen, woran es hängt? Bei
Herrn Quast fehlte meines Wissens die Verordnung.

Gruß
Jonas Reckeweg

----- Weitergeleitete Nachricht -----
Von: Forderungsmanagement PAE Elbe <forderung@pae-elbe.example>
Datum: 06.10.2026 14:02
Betreff: Offene Posten Direktabrechnung Hohenfels KV, Stand 06.10.2026

Sehr geehrte Damen und Herren,

in der Anlage erhalten Sie die Aufstellung der offenen Rechnungen unserer Mandanten, für die
Abtretungserklärungen der Patienten vorliegen. Wir bitten um Ausgleich bzw. Mitteilung des
Bearbeitungsstands innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Privatärztliche Abrechnung Elbe GmbH
Forderungsmanagement
"""
    m = build("Jonas Reckeweg <jonas.reckeweg@hohenfels-kv.example>", "Sabine Kroll <sabine.kroll@hohenfels-kv.example>",
              "WG: Offene Posten Direktabrechnung Hohenfels KV, Stand 06.10.2026", "2026-10-07 09:40 +0200", body,
              atts=[att("OP_Liste_Hohenfels_20261006.csv", csv_text.encode("cp1252"), "xls-csv")])
    return meta(m, S, "de", "billing-service", "billing service's open-items list (CSV, windows-1252): patients with birth dates, insurance numbers and specialists (oncology, psychotherapy)")


def m018():
    body = """Sehr geehrter Herr Kaczmarek,

wir bestätigen den Eingang Ihrer Schadenmeldung zur Hundehaftpflichtversicherung.

Schadennummer: HH-2026-30418
Vertrag: TH-71 558 302, Halter: Piotr Kaczmarek
Hund: Ronja, Deutsch Drahthaar

Laut Ihrer Schilderung ist Ronja am 31.10.2026 beim Spaziergang in den Garten der Familie
Weigand, Lindenweg 4 in Baunatal, gelaufen und hat dort den Holzzaun und zwei Beetumrandungen
beschädigt. Verletzt wurde niemand. Wir setzen uns direkt mit Familie Weigand in Verbindung
und bitten Sie, uns die Fotos zu schicken, die Sie erwähnt hatten.

Mit freundlichen Grüßen
Lea Sommerfeld
Hohenfels Tierschutz+ Schadenservice"""
    m = build("Lea Sommerfeld <lea.sommerfeld@hohenfels-kv.example>", "p.kaczmarek@fastpost.example",
              "Schaden HH-2026-30418 - Eingangsbestätigung", "2026-11-03 16:10 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "dog liability claim: named holder, contract and claim number, third party's address; nobody hurt")


def m019():
    body = """Thank you for your message. I am out of the office until Monday, 7 December 2026,
with limited access to e-mail.

For urgent questions about claims or cost coverage please contact the International
Members Service team at international@hohenfels-kv.example or call +49 561 7707-2400
(Mon-Fri 8am-6pm CET). For medical emergencies abroad call our 24/7 assistance line
+49 561 7707-9111.

Kind regards
Claire Donnelly"""
    m = build("Claire Donnelly <claire.donnelly@hohenfels-kv.example>", "s.varga@brightwell-relocation.example",
              "Automatic reply: Onboarding pack for new assignees", "2026-12-02 08:01 +0100", body,
              headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return meta(m, N, "en", "insurer-to-partner", "trap: out-of-office reply with emergency assistance number, no person data")


def m020():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">
<p>Dear Mrs Fairhurst,</p>
<p>congratulations again on your pregnancy! We have processed the invoices you uploaded on
23 November. Please find the details below.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#dde6f0"><th>Date</th><th>Provider</th><th>Service</th><th>Invoiced</th><th>Reimbursed</th></tr>
<tr><td>02/10/2026</td><td>Frauenarztpraxis Dr. Haberland</td><td>Prenatal check, 2nd trimester ultrasound (GOÄ 415)</td><td>EUR 214.60</td><td>EUR 214.60</td></tr>
<tr><td>02/10/2026</td><td>Labor Nordhessen</td><td>Glucose tolerance test (oGTT)</td><td>EUR 48.20</td><td>EUR 48.20</td></tr>
<tr><td>30/10/2026</td><td>Frauenarztpraxis Dr. Haberland</td><td>Prenatal check, CTG, iron levels</td><td>EUR 96.88</td><td>EUR 96.88</td></tr>
<tr><td>12/11/2026</td><td>Hebammenpraxis Kleine Welt</td><td>Antenatal class (course fee)</td><td>EUR 120.00</td><td>EUR 0.00 *</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>EUR 479.68</b></td><td><b>EUR 359.68</b></td></tr>
</table>
<p>* Antenatal classes for the partner are not covered under Expat Silver; the course fee for you is
covered if the invoice shows the midwife's fee number (HebGV). If you can get a corrected invoice,
just upload it again.</p>
<p>Membership: INT-7003-301-664 &middot; Expected due date on file: 18 February 2027</p>
<p>Kind regards,<br>Claire Donnelly<br>International Members Service, Hohenfels Health</p>
</body></html>"""
    m = build("Claire Donnelly <claire.donnelly@hohenfels-kv.example>", "Rebecca Fairhurst <becky.fairhurst@webpost.example>",
              "Your claim statement - prenatal care", "2026-11-26 13:37 +0100", html=html)
    return meta(m, S, "en", "insurer-to-customer", "HTML-only table: named member's pregnancy, prenatal tests and due date")


def m021():
    body = """Guten Tag,

in Ihrem Postfach im Hohenfels Kundenportal liegt eine neue Nachricht für Sie bereit.

Aus Sicherheitsgründen senden wir Ihnen den Inhalt nicht per E-Mail. Bitte melden Sie sich
unter https://meine.hohenfels-kv.example an, um die Nachricht zu lesen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.

Ihre Hohenfels Krankenversicherung"""
    m = build("Hohenfels Kundenportal <noreply@hohenfels-kv.example>", "w.hartlieb@postfach.example",
              "Neue Nachricht in Ihrem Kundenpostfach", "2026-11-06 06:12 +0100", body,
              headers=[("Auto-Submitted", "auto-generated")])
    return meta(m, N, "de", "insurer-to-customer", "trap: portal notification without content")


def m022():
    body = """Sehr geehrte Frau Rehbein,

Sie hatten für Ihre Mutter, Frau Hildegard Rehbein, einen Antrag auf Leistungen der privaten
Pflegepflichtversicherung gestellt (Versicherungsnummer 309 552 180-01). Inzwischen liegt uns das
Gutachten der MedGut Pflegebegutachtung vom 28.10.2026 vor.

Ergebnis: Pflegegrad 3 (Gesamtpunktwert 52,5) ab 01.09.2026 (Antragsmonat).
Die Gutachterin hat vor allem die Einschränkungen bei der Mobilität nach dem Oberschenkelhalsbruch
und die beginnende Demenz berücksichtigt (Module 1 und 2).

Leistungen ab September 2026:
- Pflegegeld 599 EUR monatlich, solange die Pflege durch Sie als Angehörige erfolgt
- Entlastungsbetrag 131 EUR monatlich gegen Nachweis
- Pflegehilfsmittel zum Verbrauch bis 42 EUR monatlich

Die Nachzahlung für September bis November (1.797 EUR) überweisen wir auf das Konto Ihrer Mutter.
Eine Kopie des Gutachtens senden wir Ihnen mit der Post, da Sie uns die Vollmacht vorgelegt haben.

Mit freundlichen Grüßen
Ute Brandstätter
Pflegeservice
Hohenfels Krankenversicherung a.G.
"""
    m = build("Ute Brandstätter <ute.brandstaetter@hohenfels-kv.example>", "Kerstin Rehbein <kerstin.rehbein@netzmail.example>",
              "Pflegeantrag Ihrer Mutter - Ergebnis der Begutachtung", "2026-11-05 10:25 +0100", body,
              charset="iso-8859-1", cte="quoted-printable")
    return meta(m, S, "de", "insurer-to-customer", "care level 3 decision for named mother: hip fracture, dementia, care benefits (iso-8859-1, QP)")


def m023():
    body = """Hallo Jana,

wie besprochen die Kandidatin für die ZFA-Stelle (Kennziffer 2026-098), die wir gern am
Donnerstag zum Zweitgespräch einladen würden:

  Name:               Melike Durmaz
  geb.:               17.05.1994
  derzeit:            ZMV in einer Praxis in Baunatal, ungekündigt, 3 Monate Kündigungsfrist
  Gehaltsvorstellung: 46.500 EUR brutto p.a.
  aktuelles Gehalt:   41.200 EUR

Unterlagen liegen im Bewerbermanagement. Bitte nicht weiterleiten, ich schicke dir noch die
Einladung mit Raum.

LG Petra"""
    m = build("Petra Ulbrich <petra.ulbrich@hohenfels-kv.example>", "Jana Pohlmann <jana.pohlmann@hohenfels-kv.example>",
              "Zweitgespräch Kennziffer 2026-098", "2026-10-20 17:55 +0200", body)
    return meta(m, C, "de", "internal", "job applicant's birth date, current salary and salary expectation")


def m024():
    body = """Jour fixe International Members Service - 04.11.2026
Teilnehmende: C. Donnelly, R. Mehta, M. Feddersen, A. Nowak (Protokoll)

1. Claims volume October
   - 2,318 claims received (Sept: 2,104), 61 % via app upload
   - Top countries outside DE: ES 212, AE 176, US 141, CH 98
   - Average processing time 6.4 working days, target 5. Backlog mainly US hospital bills
     (itemised bills missing in ca. 40 % of cases).

2. Übersetzungen
   - Neuer Dienstleister für Arztberichte (EN/ES/FR -> DE) ab Dezember, Rahmenvertrag liegt
     beim Einkauf. Kosten pro Normseite 1,35 EUR.
   - Bis dahin: bitte nur bei Bedarf übersetzen lassen, Kostenstelle 4410.

3. Emergency assistance line
   - 87 Anrufe im Oktober, davon 9 mit Repatriierungs-Anfrage (keine Durchführung).
   - Claire klärt mit dem Assisteur, ob die Hotline-Ansage auch auf Arabisch kommt.

4. Sonstiges
   - Weihnachtsfeier Team: 17.12., Restaurant Bergpark. Anmeldung bis 01.12. bei Anna.

Next jour fixe: 18.11.2026"""
    m = build("Anna Nowak <anna.nowak@hohenfels-kv.example>", "ims-team@hohenfels-kv.example",
              "Protokoll Jour fixe IMS 04.11. / minutes", "2026-11-04 16:30 +0100", body)
    return meta(m, N, "mixed", "internal", "trap: team minutes with claim volumes by country and hospital bill backlog, no person")


def m025():
    body = """Sehr geehrter Herr Stegemann,

zu Ihrer Krankentagegeldversicherung (Tarif KT 43, Versicherungsnummer 412 551 907-01) haben wir
die Arbeitsunfähigkeitsbescheinigung von Dr. Neuhaus bis einschließlich 20.11.2026 erhalten.

Krankentagegeld 43. bis 61. Tag (09.11.-20.11.2026):  12 Tage x 120,00 EUR = 1.440,00 EUR

Da die Arbeitsunfähigkeit inzwischen länger als sechs Wochen dauert, bitten wir Sie, uns den
beiliegenden Fragebogen zum Krankheitsverlauf zurückzusenden und Ihren behandelnden Arzt den
ärztlichen Bericht ausfüllen zu lassen (Kosten übernehmen wir). Die auf der Bescheinigung
angegebene Diagnose (Bandscheibenvorfall L5/S1, M51.2) und die geplante Reha-Maßnahme
nehmen wir zur Akte.

Mit freundlichen Grüßen

Sabine Kroll
Leistungsabteilung
Hohenfels Krankenversicherung a.G."""
    m = build("Sabine Kroll <sabine.kroll@hohenfels-kv.example>", "Dirk Stegemann <d.stegemann@fastpost.example>",
              "Krankentagegeld - Abrechnung bis 20.11.2026", "2026-11-23 14:05 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "daily sickness allowance for named member: incapacity for work, disc prolapse M51.2, rehab")


def m026():
    body = """Dear Mr Adeyemi,

thank you for your call this morning and for sending the termination letter from your employer.

Claim number:     RR-2026-07714
Policy:           Hohenfels TravelSafe Annual, no. RS-880 316 45
Insured persons:  Samuel Adeyemi, Grace Adeyemi
Trip:             Cape Town, 19/12/2026 - 06/01/2027, booked via Fernweh Reisebüro

Cancellation due to unexpected job loss (redundancy notice dated 27/10/2026) is covered under
section 4.2 of your conditions. We will reimburse the cancellation fees of EUR 2,960.00 minus
the excess of EUR 100.00. Please send us the cancellation invoice from the travel agency and
confirm the bank account (you mentioned you changed banks in September).

Kind regards
Nico Baumgart
Travel Insurance Claims
Hohenfels Allgemeine Versicherung AG
"""
    m = build("Nico Baumgart <nico.baumgart@hohenfels-kv.example>", "Samuel Adeyemi <sam.adeyemi@webpost.example>",
              "Trip cancellation RR-2026-07714", "2026-11-04 12:46 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "travel cancellation for job loss (no health): named insured persons, policy and claim numbers")


def m027():
    blocks = [("h", "Vermerk: GOZ-Punktwert und Auswirkungen auf ZahnPlus"),
              "Stand: 26.10.2026, Verfasserin: Dr. Anke Vierling (Beratungszahnärztin)",
              "Der Punktwert der GOZ liegt seit 1988 unverändert bei 5,62421 Cent. Die Bundeszahnärztekammer "
              "fordert erneut eine Anhebung; ein Referentenentwurf liegt nicht vor.",
              "Simulation (Portfoliosicht, Schadenjahr 2025): Eine Anhebung des Punktwerts um 10 % würde die "
              "Leistungsausgaben in den ZahnPlus-Tarifen um ca. 7,1 % erhöhen, da Material- und Laborkosten "
              "nicht betroffen sind.",
              ("table", [["Tarif", "Leistungsausgaben 2025 (Mio. EUR)", "davon Honorar GOZ", "Mehraufwand bei +10 %"],
                         ["ZahnPlus 70", "18,4", "61 %", "1,12"],
                         ["ZahnPlus 90", "41,9", "63 %", "2,64"],
                         ["ZahnPlus 100", "12,2", "66 %", "0,81"]]),
              "Empfehlung: Beobachten; für die Kalkulation 2028 ein Szenario mit +10 % mitführen."]
    body = """Hallo Florian,

hier der kurze Vermerk zum Punktwert, den du für die Produktrunde haben wolltest.

Viele Grüße
Anke

Dr. Anke Vierling
Beratungszahnärztin | Hohenfels Krankenversicherung a.G."""
    m = build("Dr. Anke Vierling <anke.vierling@hohenfels-kv.example>", "Florian Achterberg <florian.achterberg@hohenfels-kv.example>",
              "Vermerk GOZ-Punktwert", "2026-10-26 10:10 +0100", body,
              atts=[att("Vermerk_GOZ_Punktwert_2026-10.odt", odt(blocks))])
    return meta(m, N, "de", "internal", "trap: dental fee schedule memo with portfolio figures (ODT), no patient")


def m028():
    inner_body = """Hello,

I had to go to hospital in Marbella during our holiday (kidney stones, awful night). They
kept me in for two nights and did a ureteroscopy. I paid the bill with my credit card
because they would not let me leave otherwise. Bill attached, EUR 4,870.

Membership number INT-7003-114-275. Can you please reimburse to my Spanish account
ES51 0182 4471 1202 0155 8310?

Many thanks,
Fiona Mackintosh
"""
    inner = build("Fiona Mackintosh <fiona.mack@icloudmail.example>", "international@hohenfels-kv.example",
                  "Hospital bill Marbella", "2026-09-28 22:05 +0200", inner_body,
                  mid="<CAF7x9q2Lk@icloudmail.example>",
                  atts=[att("Factura_Hospital_Costa_Sol.pdf", pdf([
                      "Hospital Costa del Sol Privado - Factura 2026/118834",
                      "Paciente: Fiona Mackintosh   Fecha nac.: 12/08/1983",
                      "Ingreso: 24/09/2026  Alta: 26/09/2026",
                      "Diagnostico: colico renal, litiasis ureteral izquierda (N20.1)",
                      "Ureteroscopia con litotricia laser ........ 2.950,00",
                      "Estancia 2 noches habitacion individual ....... 1.240,00",
                      "Farmacia y analitica ............................. 680,00",
                      "TOTAL ............................................ 4.870,00 EUR"], "Factura 2026/118834"))])
    body = """Markus,

one for your team - inpatient abroad, paid by the member. I've checked the policy, Expat Gold,
no deductible for inpatient. Could you take it over? Original mail attached.

Thanks
Rahul"""
    m = build("Rahul Mehta <rahul.mehta@hohenfels-kv.example>", "Markus Feddersen <markus.feddersen@hohenfels-kv.example>",
              "FW: Hospital bill Marbella", "2026-09-29 08:55 +0200", body, atts=[fwd(inner)])
    return meta(m, S, "en", "customer", "forwarded message/rfc822: expat's hospital stay abroad, kidney stones (N20.1), Spanish IBAN, invoice PDF")


def m029():
    body = """Dear Ms Grabowski,

thank you for the offer for our staff health day on 21 January 2027. We would like to book:

- 2 stations "blood pressure and BMI check" (including staff, devices and disposables)
- 1 station "skin check with dermatoscope" (2 dermatologists, 9:00-15:00)
- 1 workshop "healthy back at the desk" (2 x 45 min, max. 20 participants each)

Expected attendance: 250-300 employees at Kastanienallee 40, Kassel (canteen level).
As discussed, no individual results will be reported to us - participants receive their
own results on paper only. Please send the final offer with the data protection addendum.

Purchase order will follow from our procurement system (cost centre 1920, Occupational Health).

Kind regards
Martina Reuß
Occupational Health Management
Hohenfels Krankenversicherung a.G.
"""
    m = build("Martina Reuß <martina.reuss@hohenfels-kv.example>", "Jolanta Grabowski <j.grabowski@vitalworks-events.example>",
              "Booking: staff health day 21/01/2027", "2026-11-19 10:58 +0100", body)
    return meta(m, N, "en", "insurer-to-supplier", "trap: booking of blood-pressure and skin-check stations for a staff health day, no individual data")


def m030():
    body = """Sehr geehrte Frau Dr. Lemke,

vielen Dank für Ihre Rückmeldung. Wir haben Ihre Praxis wie gewünscht für die Direktabrechnung
(Abtretungsverfahren) freigeschaltet. Hinterlegte Daten:

Leistungserbringerin:  Dr. med. Ingrid Lemke, Fachärztin für Allgemeinmedizin (Einzelpraxis)
Anschrift:             Friedrich-Ebert-Str. 141, 34119 Kassel
Steuernummer:          026/134/55812
Bankverbindung:        DE12 6605 0101 0108 8332 74 (Kontoinhaberin: Ingrid Lemke)
Partner-ID:            LE-20944

Zahlungen erfolgen wöchentlich mittwochs mit Sammelavis. Das Avis selbst erhalten Sie nur im
Leistungserbringer-Portal, nicht per E-Mail.

Mit freundlichen Grüßen
Timo Wendland
Leistungssteuerung / Partnermanagement
Hohenfels Krankenversicherung a.G."""
    m = build("Timo Wendland <timo.wendland@hohenfels-kv.example>", "Praxis Dr. Lemke <praxis@dr-lemke-kassel.example>",
              "Freischaltung Direktabrechnung - Partner-ID LE-20944", "2026-10-21 13:30 +0200", body)
    return meta(m, C, "de", "insurer-to-doctor", "sole-practice doctor's private bank account and tax number, no patient data")


def m031():
    body = """Sehr geehrte Frau Schwenkglenks,

Ihre Apothekenbelege vom Oktober haben wir erstattet:

Datum       Apotheke                 Präparat                               Betrag
05.10.2026  Löwen-Apotheke am Markt  Levothyroxin 75 µg, 100 Tbl.            17,84
05.10.2026  Löwen-Apotheke am Markt  Sertralin 50 mg, 100 Tbl.               26,90
21.10.2026  Löwen-Apotheke am Markt  Ibuprofen 600 mg, 50 Tbl.               14,21
21.10.2026  Löwen-Apotheke am Markt  Vitamin D3 20.000 I.E. (nicht erstattungsfähig,
                                     kein Arzneimittel lt. Tarif)            0,00
Erstattung (100 % lt. Tarif HK Basis 100)                                   58,95

Hinweis: Bitte reichen Sie Rezepte immer zusammen mit dem Kassenbon ein - beim Beleg vom
21.10. fehlte die Verordnung, wir haben ihn ausnahmsweise anerkannt.

Mit freundlichen Grüßen
Ihre Leistungsabteilung
Hohenfels Krankenversicherung a.G.
Versicherungsnummer 412 667 013-01"""
    m = build("Leistungsabteilung <leistung@hohenfels-kv.example>", "b.schwenkglenks@mailhaus.example",
              "Erstattung Apothekenbelege Oktober 2026", "2026-11-09 15:02 +0100", body, cte="base64")
    return meta(m, S, "de", "insurer-to-customer", "base64 body: pharmacy reimbursement listing thyroid and antidepressant medication for a named member")


def m032():
    body = """Liebe Kolleginnen und Kollegen,

zum Abschluss der Datenschutz-Schulung hier das Quiz (10 Fragen, Lösungen unten).
Alle Beispiele sind frei erfunden.

1. Ein Versicherter ruft an und fragt, welche Diagnose auf der Rechnung seiner volljährigen
   Tochter steht. Dürfen Sie Auskunft geben?
   a) ja, er ist Versicherungsnehmer  b) nur mit Einwilligung der Tochter  c) ja, wenn er das Geburtsdatum nennt

2. Sie erhalten eine Arztrechnung "Max Mustermann (fiktiv), F32.1" versehentlich per unverschlüsselter
   Mail von einer Praxis. Was tun?
   a) löschen  b) in die Akte und Praxis auf sicheren Weg hinweisen  c) zurückschicken

3. Welche Daten sind Gesundheitsdaten nach Art. 9 DSGVO?
   a) Brillenstärke  b) Tarifname ohne Bezug zur Person  c) Blutgruppe  d) a und c

4. Darf ein Heil- und Kostenplan an die private Mailadresse der Sachbearbeiterin weitergeleitet werden?
   ...

Lösungen: 1b, 2b, 3d, 4 nein.

Bitte bis 30.11. im Lernportal bestätigen.
Dr. Henrike Staab
Datenschutzbeauftragte"""
    m = build("Dr. Henrike Staab <datenschutz@hohenfels-kv.example>", "alle-leistung@hohenfels-kv.example",
              "Datenschutz-Quiz Gesundheitsdaten (Schulung Q4)", "2026-11-17 08:45 +0100", body)
    return meta(m, N, "de", "internal", "trap: data-protection quiz with diagnosis code and invented example persons")


def m033():
    lines = ["Hohenfels Health - Premium statement for tax purposes 2026",
             "(Bescheinigung über Beiträge zur Kranken- und Pflegeversicherung, § 10 EStG)",
             "",
             "Policyholder: Dr. Aditi Raghunathan, Parkstraße 22, 34119 Kassel",
             "Tax ID (IdNr.): 47 218 905 336",
             "Membership no.: INT-7003-088-412   Plan: Expat Platinum + PVN",
             "",
             "Basic cover premiums (deductible):          EUR 5,184.36",
             "Long-term care (PVN):                       EUR   684.48",
             "Elective benefits (not deductible):         EUR 1,912.20",
             "Premium refund 2026 (Beitragsrückerstattung): EUR -1,296.00",
             "",
             "Data transmitted electronically to the tax office on 14/01/2027."]
    body = """Dear Dr Raghunathan,

as requested, please find attached the premium statement for your tax return.

Kind regards
Claire Donnelly
International Members Service
Hohenfels Health

Sent from my iPad"""
    m = build("Claire Donnelly <claire.donnelly@hohenfels-kv.example>", "aditi.r@webpost.example",
              "Re: certificate for my tax return", "2027-01-18 09:20 +0100", body,
              atts=[att("Premium_statement_2026.pdf", pdf(lines, "Premium statement 2026"))])
    return meta(m, S, "en", "insurer-to-customer", "only in the PDF: named member's health/care premiums, tax ID, premium refund (health contract)")


def m034():
    body = """Dear Mr Holloway,

your cat Pepper turns 10 in January, which means that from the renewal date 01/02/2027 your
Hohenfels Tierschutz+ Cat Complete policy moves to the next age band.

Policy no.:           TV-55 118 064
Monthly premium now:  EUR 24.90
From 01/02/2027:      EUR 31.40

You can reduce the premium by switching to the surgery-only cover (EUR 15.60 per month) or by
choosing an excess of EUR 250 per year (EUR 26.10 per month). Just reply to this e-mail if you
want to change - no new health questions for Pepper are needed for the switch.

Best wishes
Lea Sommerfeld
Hohenfels Tierschutz+"""
    m = build("Lea Sommerfeld <lea.sommerfeld@hohenfels-kv.example>", "Gareth Holloway <gholloway@fastpost.example>",
              "Pepper's policy - new age band from February", "2026-12-03 10:00 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "pet policy of a named owner: contract number and premium change")


def m035():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h3>Submitting invoices - quick guide for expat members</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Document</th><th>What we need</th><th>How</th></tr>
<tr><td>Doctor's invoice (Germany)</td><td>itemised invoice with GOÄ numbers and diagnosis</td><td>App photo or upload</td></tr>
<tr><td>Pharmacy receipt</td><td>prescription + receipt, both readable</td><td>App photo</td></tr>
<tr><td>Hospital bill abroad</td><td>itemised bill, discharge summary, proof of payment</td><td>Upload as PDF</td></tr>
<tr><td>Dental treatment plan</td><td>Heil- und Kostenplan before treatment starts</td><td>Upload or post</td></tr>
</table>
<p>Invoices in English, French, Spanish and German need no translation. For other languages we
organise the translation free of charge.</p>
<p>Questions? international@hohenfels-kv.example &middot; +49 561 7707-2400</p>
</body></html>"""
    m = build("International Members Service <international@hohenfels-kv.example>",
              "HR Mobility Team <mobility@trelleborg-engineering.example>",
              "How to submit invoices - guide for your assignees", "2026-10-14 14:14 +0200", html=html)
    return meta(m, N, "en", "insurer-to-company", "trap: HTML-only how-to table about invoices, diagnoses, prescriptions, no person")


def m036():
    text = """Sehr geehrter Herr Gößling,

wir haben den Heil- und Kostenplan von Dr. Yilmaz vom 28.10.2026 geprüft. Versicherte Person:
Sie selbst, Tarif ZahnPlus 90, Versicherungsnummer 503 210 447-01.

Leistung                                 geplant EUR   erstattungsf. EUR   Zusage 90 %
Implantat regio 46 (GOZ 9010)               313,76          313,76            282,38
Knochenaufbau (GOZ 9100)                    466,88          466,88            420,19
Implantatkrone 46 (GOZ 2200 + Labor)      1.214,50        1.120,00          1.008,00
Parodontitis-Vorbehandlung (PAR)            642,00          642,00            577,80
Summe                                     2.637,14        2.542,64          2.288,37

Die Laborkosten haben wir auf die Höchstsätze unseres Sachkostenverzeichnisses begrenzt.
Die Zusage gilt sechs Monate.

Mit freundlichen Grüßen
Jana Pohlmann
Zahn / Kieferorthopädie
"""
    html = """<html><body>
<p>Sehr geehrter Herr Gößling,</p>
<p>wir haben den Heil- und Kostenplan von Dr. Yilmaz vom 28.10.2026 geprüft. Versicherte Person:
Sie selbst, Tarif ZahnPlus 90, Versicherungsnummer 503 210 447-01.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Leistung</th><th>geplant EUR</th><th>erstattungsf. EUR</th><th>Zusage 90 %</th></tr>
<tr><td>Implantat regio 46 (GOZ 9010)</td><td>313,76</td><td>313,76</td><td>282,38</td></tr>
<tr><td>Knochenaufbau (GOZ 9100)</td><td>466,88</td><td>466,88</td><td>420,19</td></tr>
<tr><td>Implantatkrone 46 (GOZ 2200 + Labor)</td><td>1.214,50</td><td>1.120,00</td><td>1.008,00</td></tr>
<tr><td>Parodontitis-Vorbehandlung (PAR)</td><td>642,00</td><td>642,00</td><td>577,80</td></tr>
<tr><td><b>Summe</b></td><td>2.637,14</td><td>2.542,64</td><td><b>2.288,37</b></td></tr>
</table>
<p>Die Laborkosten haben wir auf die Höchstsätze unseres Sachkostenverzeichnisses begrenzt.
Die Zusage gilt sechs Monate.</p>
<p>Mit freundlichen Grüßen<br>Jana Pohlmann<br>Zahn / Kieferorthopädie</p>
</body></html>"""
    m = build("Jana Pohlmann <jana.pohlmann@hohenfels-kv.example>", "Lutz Gößling <lutz.goessling@netzmail.example>",
              "Ihr Heil- und Kostenplan vom 28.10.2026 - unsere Zusage", "2026-11-06 11:44 +0100", text, html)
    return meta(m, S, "de", "insurer-to-customer", "dental plan approval table (text+HTML): implant, bone graft, periodontitis for a named member")


def m037():
    body = """Hallo Herr Sturm,

ich habe einen Interessenten für die Vollversicherung, der aus der GKV wechseln möchte. Könnten Sie
mir bitte zwei Angebote rechnen (HK Komfort 80 mit SB 600 und HK Premium 100 mit SB 1.200),
jeweils mit KT ab 43. Tag und PVN?

Interessent:   Benedikt Faltermeier, geb. 09.07.1990
Beruf:         Softwarearchitekt, angestellt (Arbeitgeberzuschuss ja)
Bruttojahreseinkommen: 94.000 EUR (liegt über der JAEG 2027)
Versicherungsbeginn:   01.02.2027

Gesundheitsfragen kommen erst mit dem Antrag, er möchte erstmal die Beiträge sehen.

Danke und Gruß
Melanie Thoms
Thoms Versicherungsmakler e.K., Göttingen"""
    wrap = """Hallo Florian,

kannst du die beiden Angebote für Frau Thoms rechnen? Siehe unten.

Danke!
Kai

-----Ursprüngliche Nachricht-----
Von: Melanie Thoms <m.thoms@thoms-makler.example>
Gesendet: Dienstag, 17. November 2026 11:02
An: Kai Sturm <kai.sturm@hohenfels-kv.example>
Betreff: Angebot Vollversicherung

""" + body
    m = build("Kai Sturm <kai.sturm@hohenfels-kv.example>", "Florian Achterberg <florian.achterberg@hohenfels-kv.example>",
              "WG: Angebot Vollversicherung", "2026-11-17 11:20 +0100", wrap)
    return meta(m, C, "de", "broker", "prospect's birth date and income in broker's quote request; no health data, no contract yet (grey zone)")


def m038():
    rows = [["Pflegegrad", "Leistungsempfänger 31.12.2025", "Anteil %", "davon häuslich", "davon vollstationär", "Ø Alter"],
            ["1", 1820, 14.9, 1795, 25, 79.2],
            ["2", 4411, 36.1, 3910, 501, 81.4],
            ["3", 3287, 26.9, 2466, 821, 82.8],
            ["4", 1920, 15.7, 1004, 916, 84.1],
            ["5", 781, 6.4, 303, 478, 83.6],
            ["gesamt", 12219, 100.0, 9478, 2741, 82.0]]
    body = """Hallo Herr Dr. Wiesner,

für die Verbandsumfrage Pflege 2026 anbei unsere Zahlen (Stichtag 31.12.2025) als ODS, wie
gewünscht nach Pflegegrad und Versorgungsart. Einzeldaten liefern wir nicht.

Freundliche Grüße
Ute Brandstätter
Pflegeservice, Hohenfels Krankenversicherung a.G."""
    m = build("Ute Brandstätter <ute.brandstaetter@hohenfels-kv.example>", "Dr. Jens Wiesner <j.wiesner@verband-pkv-statistik.example>",
              "Verbandsumfrage Pflege 2026 - Zulieferung Hohenfels", "2026-10-08 14:30 +0200", body,
              atts=[att("Hohenfels_Pflege_Stichtag_2025.ods", ods([("Pflegegrade", rows)]))])
    return meta(m, N, "de", "insurer-to-partner", "trap: care statistics by care level (aggregates in ODS) for the association")


def m039():
    body = """Sehr geehrte Frau Petersen-Kühl,

die Rechnungen zu Ihrem Krankenhausaufenthalt im Klinikum St. Jodok vom 12.10. bis 19.10.2026
(Hüftgelenksersatz rechts) haben wir wie folgt abgerechnet:

- Allgemeine Krankenhausleistungen, DRG I47C, 7 Tage: 9.846,17 EUR - direkt an das Klinikum gezahlt
- Wahlleistung Unterkunft Zweibettzimmer, 7 x 61,40 EUR: 429,80 EUR - erstattet (Tarif Stationär Plus)
- Chefarztbehandlung Prof. Dr. Stratmann (GOÄ, Minderung 25 % nach § 6a GOÄ beachtet):
  3.118,52 EUR - erstattet
- Anästhesie Dr. Okafor: 742,10 EUR - erstattet

Für die anschließende Anschlussheilbehandlung in der Reha-Klinik Hessisch Lichtenau liegt uns noch
keine Rechnung vor. Bitte reichen Sie diese nach Erhalt ein.

Gute Besserung und freundliche Grüße
Markus Feddersen
Stationäre Leistungen
Hohenfels Krankenversicherung a.G."""
    m = build("Markus Feddersen <markus.feddersen@hohenfels-kv.example>", "Gudrun Petersen-Kühl <g.petersen-kuehl@postfach.example>",
              "Abrechnung Krankenhausaufenthalt Oktober 2026", "2026-11-12 13:15 +0100", body,
              charset="windows-1252", cte="quoted-printable")
    return meta(m, S, "de", "insurer-to-customer", "hospital bill settlement: hip replacement, DRG, chief physician, rehab for a named member (windows-1252)")


def m040():
    blocks = [("h", "DPIA - Section 4: Automated reading of medical invoices ('InvoiceAI')"),
              "Processing: OCR and classification of doctors' invoices, pharmacy receipts and hospital bills "
              "submitted by members; extraction of fee codes (GOÄ/GOZ), amounts, dates and ICD-10 codes.",
              "Data categories: health data (Art. 9 GDPR), contract data, bank data of the payee.",
              "Risks identified:",
              ("table", [["Risk", "Likelihood", "Severity", "Measure"],
                         ["Model training on production invoices", "medium", "high", "training only on synthetic/pseudonymised set, vendor contract clause 7.3"],
                         ["Wrong ICD extraction leads to rejected claim", "medium", "medium", "human review for all rejections"],
                         ["Vendor access from third country", "low", "high", "EU-only hosting, no remote support without approval"]]),
              "Residual risk: acceptable after measures. Consultation of supervisory authority not required.",
              "Prepared by: H. Staab (DPO), O. Janssen (IT). Version 0.9, 2026-11-24."]
    body = """Hi Ole,

attached the draft of section 4 for the InvoiceAI DPIA. Could you check the technical
measures column before I send it to the works council? English because the vendor's
security team will review it as well.

Thanks,
Henrike"""
    m = build("Dr. Henrike Staab <henrike.staab@hohenfels-kv.example>", "Ole Janssen <ole.janssen@hohenfels-kv.example>",
              "DPIA InvoiceAI - section 4 draft", "2026-11-24 17:12 +0100", body,
              atts=[att("DPIA_InvoiceAI_section4_v0.9.docx", docx(blocks))])
    return meta(m, N, "en", "internal", "trap: DPIA draft about health data processing, no individual")


def m041():
    body = """Hallo Frau Heidenreich,

ich hoffe, Fiorella geht es inzwischen besser! Die Rechnung der Pferdeklinik Burg Grebenstein
haben wir erhalten und wie folgt abgerechnet:

Vertrag:           TP-60 077 415 (Pferde-OP-Versicherung Premium)
Pferd:             Fiorella, Hannoveraner Stute, UELN 276333330418812
Schadennummer:     TS-2026-12044

Kolik-OP (Laparotomie) am 17.11.2026 inkl. Narkose und 6 Tage Klinikaufenthalt
Rechnungsbetrag                                   7.412,85 EUR
davon nicht versichert (Transport, Heu/Stroh)      -286,00 EUR
versicherungsfähig                                7.126,85 EUR
Höchstleistung je OP lt. Tarif                    6.000,00 EUR
Selbstbeteiligung                                  -250,00 EUR
Auszahlung                                        5.750,00 EUR

Die Zahlung geht an die Klinik, da Sie uns die Abtretung mitgeschickt haben. Den Restbetrag
rechnet die Klinik direkt mit Ihnen ab.

Viele Grüße aus Kassel
Nico Baumgart
Hohenfels Tierschutz+ Schadenservice"""
    m = build("Nico Baumgart <nico.baumgart@hohenfels-kv.example>", "Svenja Heidenreich <svenja.heidenreich@reiterhof-ahnatal.example>",
              "Abrechnung Kolik-OP Fiorella (TS-2026-12044)", "2026-11-27 10:33 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "horse surgery claim for a named owner (animal health, contract and claim number)")


def m042():
    body = """Dear Ms Patel,

thank you for your e-mail regarding your patient and our member Mr Daniel Whitford
(DOB 22/11/1968, membership INT-7003-402-177).

We can confirm that the planned knee arthroscopy (meniscus repair, left knee) at
The Harley Orthopaedic Clinic is covered under his Expat Gold plan. To issue the
guarantee of payment we still need:

  1. the referral letter from Dr Sandhu with the MRI findings,
  2. the estimate of fees (surgeon, anaesthetist, facility) in GBP,
  3. confirmation whether the procedure is day-case or requires an overnight stay.

Please send the documents through our secure upload link below rather than by e-mail:
https://upload.hohenfels-kv.example/p/7KQ2-ZX8M (valid for 14 days)

Kind regards
Markus Feddersen
Hospital Services, Hohenfels Health

> From: Priya Patel <practice.manager@wimpolecare.example>
> Sent: 23 November 2026 16:41
> Subject: Pre-authorisation Mr D Whitford
>
> Dear Sir/Madam, Mr Whitford has been advised to undergo arthroscopic meniscal repair of the
> left knee after a sports injury. Could you confirm cover? Kind regards, Priya Patel,
> Practice Manager, Wimpole Care Partners
"""
    m = build("Markus Feddersen <markus.feddersen@hohenfels-kv.example>", "Priya Patel <practice.manager@wimpolecare.example>",
              "RE: Pre-authorisation Mr D Whitford", "2026-11-24 09:50 +0100", body)
    return meta(m, S, "en", "insurer-to-doctor", "pre-authorisation for named patient with DOB: knee surgery, meniscus injury")


def m043():
    body = """Sehr geehrter Herr Brandt,

vielen Dank für Ihre Anfrage. Sie können uns Unterlagen Ihrer Patientinnen und Patienten
verschlüsselt über folgende Wege senden:

1. S/MIME: Unser Zertifikat für leistung@hohenfels-kv.example erhalten Sie, wenn Sie uns
   eine signierte E-Mail schicken; wir antworten dann ebenfalls signiert. Der Fingerabdruck
   (SHA-256) lautet 4F:2A:91:0C:7D:E3:55:18:B0:6A:3E:C2:99:14:F8:01:73:AD:5B:60:0E:CB:27:94:6D:11:A8:3F:C5:70:E2:9B.
2. Leistungserbringer-Portal: Upload von PDF bis 20 MB, Zugang beantragen unter
   https://partner.hohenfels-kv.example/registrierung
3. Fax bleibt bis Ende 2027 möglich: 0561 7707-2999.

Bitte senden Sie keine Befunde oder Rechnungen per unverschlüsselter E-Mail.

Mit freundlichen Grüßen
Ole Janssen
IT Input Management
Hohenfels Krankenversicherung a.G."""
    m = build("Ole Janssen <ole.janssen@hohenfels-kv.example>", "Thorsten Brandt <it@mvz-fuldatal.example>",
              "AW: Verschlüsselte Übermittlung von Arztberichten", "2026-10-19 10:02 +0200", body, cte="8bit", flowed=True)
    return meta(m, N, "de", "insurer-to-doctor", "trap: how-to for encrypted transmission of medical reports to an MVZ's IT, no patient")


def m044():
    inner = """Hi Kai,

quick one: I've moved my business account to another bank. From the December statement
onwards please pay my commission to

  Account holder: Edward J. Cartwright - Cartwright Financial Planning (sole trader)
  IBAN: DE02 1009 0000 2743 8061 17
  BIC:  BEVODEBBXXX

My broker number stays 88-40391. Tax number for the credit notes is 27/512/04418 (Finanzamt
Hamburg-Altona), in case your system asks.

Cheers,
Ed

Edward Cartwright
Cartwright Financial Planning | Independent Insurance Broker (§ 34d GewO)
Große Bergstraße 190, 22767 Hamburg
"""
    body = """Hallo Provisionsabrechnung,

bitte Bankverbindung für Herrn Cartwright ab Dezember ändern, Mail unten. Identität habe ich
telefonisch verifiziert (Rückruf auf hinterlegte Nummer, 02.12., 14:10 Uhr).

Danke
Kai Sturm

---------- Forwarded message ----------
From: Edward Cartwright <ed@cartwright-fp.example>
Date: Wed, 2 Dec 2026 at 13:48
Subject: New bank account

""" + inner
    m = build("Kai Sturm <kai.sturm@hohenfels-kv.example>", "provisionen@hohenfels-kv.example",
              "Fwd: New bank account", "2026-12-02 14:25 +0100", body)
    return meta(m, C, "mixed", "broker", "inline forward: sole-trader broker's new IBAN and tax number")


def m045():
    body = """Sehr geehrter Herr Wassermann,

für Ihre private Krankenversicherung (Versicherungsnummer 412 870 229-01) sind folgende Beiträge
trotz unserer Erinnerung vom 15.10.2026 noch offen:

Beitrag September 2026        612,44 EUR
Beitrag Oktober 2026          612,44 EUR
Beitrag November 2026         612,44 EUR
Säumniszuschlag (1 % p. M.)    18,37 EUR
offen gesamt                1.855,69 EUR

Wir weisen Sie darauf hin, dass Ihr Vertrag nach § 193 Abs. 6 VVG in den Notlagentarif umgestellt
werden kann, wenn der Rückstand nicht innerhalb von zwei Monaten nach Zugang dieser Mahnung
ausgeglichen ist. Im Notlagentarif sind nur noch Aufwendungen für akute Erkrankungen und
Schmerzzustände sowie bei Schwangerschaft und Mutterschaft versichert.

Wenn Sie in einer finanziellen Notlage sind, sprechen Sie uns bitte an - wir können eine
Ratenzahlung vereinbaren.

Mit freundlichen Grüßen
Forderungsmanagement
Hohenfels Krankenversicherung a.G."""
    m = build("Forderungsmanagement <beitrag@hohenfels-kv.example>", "h.wassermann@mailhaus.example",
              "Mahnung - Beitragsrückstand Krankenversicherung", "2026-11-25 07:45 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "premium arrears in a named person's health insurance (personal line), emergency tariff warning")


def m046():
    lines = ["Hohenfels Pflegetagegeld PT 60 - Produktinformationsblatt (Stand 01/2027)",
             "",
             "Was ist versichert? Ein Tagegeld bei Pflegebedürftigkeit, gestaffelt nach Pflegegrad:",
             "  Pflegegrad 1: 10 %   Pflegegrad 2: 30 %   Pflegegrad 3: 50 %",
             "  Pflegegrad 4: 80 %   Pflegegrad 5: 100 % des vereinbarten Tagessatzes",
             "",
             "Beispielrechnung (fiktive Person):",
             "  Max Mustermann, Eintrittsalter 45 Jahre, Tagessatz 60 EUR",
             "  Monatsbeitrag: 38,70 EUR",
             "  Leistung bei Pflegegrad 3: 30 Tage x 30 EUR = 900 EUR monatlich",
             "",
             "Was ist nicht versichert? Pflegebedürftigkeit, die vor Vertragsbeginn bestand;",
             "Wartezeit 3 Jahre (entfällt bei Unfall).",
             "",
             "Dies ist eine Kurzinformation. Maßgeblich sind die Allgemeinen Versicherungsbedingungen."]
    body = """Hallo Frau Thoms,

wie gewünscht das aktuelle Produktinformationsblatt zum Pflegetagegeld PT 60 für Ihre
Beratungsgespräche. Die Beispielrechnung ist fiktiv und darf so verwendet werden.

Viele Grüße
Kai Sturm
Maklerbetreuung Nord"""
    m = build("Kai Sturm <kai.sturm@hohenfels-kv.example>", "Melanie Thoms <m.thoms@thoms-makler.example>",
              "Produktinfo PT 60 für 2027", "2026-12-04 15:20 +0100", body,
              atts=[att("PIB_PT60_2027.pdf", pdf(lines, "PIB PT 60"))])
    return meta(m, N, "de", "insurer-to-broker", "trap: care product sheet with care levels and fictitious example person")


def m047():
    body = """Hallo Anke,

kannst du dir das bitte anschauen? Mitglied ist Engländer, schreibt auf Englisch, HKP ist auf
Deutsch. Tarif ZahnPlus 100 seit 03/2025, also Wartezeit erfüllt. Mir kommt die Anzahl der
Kronen viel vor, Zahnstaffel greift im 2. Jahr noch (max. 3.000 EUR).

Gruß Jonas

-------- Original-Nachricht --------
Betreff: dental treatment plan - William Ashcombe
Datum: 29.10.2026 18:22
Von: William Ashcombe <w.ashcombe@webpost.example>
An: zahn@hohenfels-kv.example

Hello,
my dentist in Kassel (Dr. Rösler) has made a treatment plan for 4 crowns (teeth 14, 15, 24, 25)
after the old fillings cracked, plus a night guard because I grind my teeth. Total is about
EUR 4,300. My member number is 503 338 912-01. Could you tell me before I start how much you
will pay? I'm a bit worried because the dentist said two of the teeth may need a root canal
first.
Thanks, Will
"""
    m = build("Jonas Reckeweg <jonas.reckeweg@hohenfels-kv.example>", "Dr. Anke Vierling <anke.vierling@hohenfels-kv.example>",
              "WG: dental treatment plan - William Ashcombe", "2026-10-30 08:47 +0100", body)
    return meta(m, S, "mixed", "customer", "German internal note + quoted English member mail: crowns, bruxism, possible root canal, member number")


def m048():
    body = """Sehr geehrte Frau Oyelaran,

zu Ihrer Schadenmeldung aus der Reisegepäckversicherung:

Schadennummer:    RG-2026-02291
Vertrag:          RS-880 402 77 (Reiseschutz Jahrespaket)
Ereignis:         Koffer am 14.10.2026 auf dem Flug Frankfurt - Lissabon nicht angekommen,
                  am 19.10.2026 beschädigt zugestellt (PIR-Nr. LISTP28817)

Wir erstatten die Ersatzkäufe während der Verspätung (Kleidung, Kosmetik) in Höhe von
187,40 EUR sowie den Zeitwert des Koffers (Kaufdatum 2021) mit 96,00 EUR. Die Zahlung erfolgt auf
Ihr Konto DE84 3905 0000 1072 2640 38. Die Entschädigung der Fluggesellschaft (120 EUR) haben wir
bereits abgezogen.

Mit freundlichen Grüßen
Reiseschutz-Service
Hohenfels Allgemeine Versicherung AG"""
    m = build("Reiseschutz-Service <reise@hohenfels-kv.example>", "Adaeze Oyelaran <adaeze.o@postfach.example>",
              "Ihre Reisegepäck-Schadenmeldung RG-2026-02291", "2026-11-02 12:12 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "baggage claim: named customer, policy/claim number, IBAN; no health content")


def m049():
    body = """Your one-time password

Use this code to finish signing in to the Hohenfels member portal:

    418 207

The code is valid for 10 minutes. Hohenfels Health will never ask you for this code by
phone or e-mail. If you did not try to sign in, you can ignore this message and we
recommend changing your password.

Hohenfels Health - this is an automatic message, please do not reply."""
    m = build("Hohenfels Health <noreply@hohenfels-kv.example>", "m.oconnell@fastpost.example",
              "Your one-time password", "2026-11-30 21:03 +0100", body, cte="7bit",
              headers=[("Auto-Submitted", "auto-generated")])
    return meta(m, N, "en", "insurer-to-customer", "trap: portal one-time password, no personal data")


def m050():
    body = """Dear Ms Varga,

we have received the report from your psychotherapist, Dipl.-Psych. Katrin Ebeling, dated
10 November 2026, and are pleased to confirm cover for outpatient psychotherapy:

  Member:        Szilvia Varga, INT-7003-517-039
  Treatment:     cognitive behavioural therapy, individual sessions (GOÄ 870, 50 min)
  Approved:      25 sessions from 16/11/2026, factor 2.3 (EUR 100.55 per session)
  Diagnosis on the report: moderate depressive episode (F32.1)

If further sessions are needed, your therapist can apply for an extension with a short
progress report after session 20. The report itself stays with our advisory doctor only.

Take care,
Claire Donnelly
International Members Service | Hohenfels Health
"""
    m = build("Claire Donnelly <claire.donnelly@hohenfels-kv.example>", "Szilvia Varga <szilvia.varga@webpost.example>",
              "Psychotherapy - approval of sessions", "2026-11-13 16:45 +0100", body)
    return meta(m, S, "en", "insurer-to-customer", "psychotherapy approval for a named member with diagnosis F32.1")


def m051():
    body = """Sehr geehrter Herr Jankowski,

die Tierarztrechnungen für Lotta haben wir geprüft (Tierkranken-Vollschutz, Vertrag TV-55 311 902):

Datum       Behandlung                                         Betrag    erstattet
08.10.2026  Allergietest (Blut), Untersuchung                  186,50    149,20
15.10.2026  Ohrenentzündung links, Spülung, Salbe               74,83     59,86
29.10.2026  Kontrolle, Apoquel 16 mg (30 Tbl.)                 112,40     89,92
12.11.2026  Hyposensibilisierung, Einleitung                   248,00    198,40
Summe (80 %)                                                   621,73    497,38

Hypoallergenes Futter ist leider nicht versichert. Die Auszahlung erfolgt auf Ihr Konto
DE56 6845 2290 0000 7381 15.

Mit freundlichen Grüßen
Lea Sommerfeld
Hohenfels Tierschutz+"""
    m = build("Lea Sommerfeld <lea.sommerfeld@hohenfels-kv.example>", "Tomasz Jankowski <t.jankowski@netzmail.example>",
              "Erstattung Tierarztrechnungen Lotta", "2026-11-16 14:40 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "dog's vet bills (allergy, ear infection) with owner's IBAN; animal health -> confidential")


def m052():
    text = """Hohenfels Tierschutz+ | Newsletter Dezember 2026

Hüftdysplasie, Kreuzbandriss, Bandscheibe - was kostet eine OP beim Hund?

Eine Kreuzband-OP (TPLO) kostet nach der GOT 2022 schnell 2.500 bis 3.500 EUR, eine
Bandscheiben-OP beim Dackel auch mehr. Besonders betroffen sind große Rassen wie Labrador,
Berner Sennenhund und Schäferhund, bei Hüftdysplasie auch Golden Retriever.

Unser Tipp: Schließen Sie die OP-Versicherung ab, solange Ihr Hund jung und gesund ist.
Tierschutz+ OP Hund ab 14,90 EUR im Monat, Vollschutz ab 39,90 EUR.

Zum Tarifrechner: https://www.hohenfels-kv.example/tier
Abmelden: https://www.hohenfels-kv.example/newsletter/abmelden"""
    html = """<html><body style="font-family:Georgia,serif">
<h2>Hüftdysplasie, Kreuzbandriss, Bandscheibe &ndash; was kostet eine OP beim Hund?</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Eingriff</th><th>typische Kosten (GOT 2022)</th><th>häufig betroffen</th></tr>
<tr><td>Kreuzband-OP (TPLO)</td><td>2.500 &ndash; 3.500 EUR</td><td>Labrador, Rottweiler</td></tr>
<tr><td>Hüftgelenksersatz</td><td>4.000 &ndash; 6.000 EUR</td><td>Golden Retriever, Schäferhund</td></tr>
<tr><td>Bandscheiben-OP</td><td>3.000 &ndash; 5.000 EUR</td><td>Dackel, Französische Bulldogge</td></tr>
</table>
<p>Tierschutz+ OP Hund ab 14,90&nbsp;EUR im Monat, Vollschutz ab 39,90&nbsp;EUR.
<a href="https://www.hohenfels-kv.example/tier">Zum Tarifrechner</a></p>
<p style="font-size:10px"><a href="https://www.hohenfels-kv.example/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    m = build("Hohenfels Tierschutz+ <newsletter@hohenfels-kv.example>", "tier-newsletter@lists.hohenfels-kv.example",
              "Was kostet eine OP beim Hund? Unser Dezember-Newsletter", "2026-12-01 07:30 +0100", text, html)
    return meta(m, N, "de", "newsletter", "trap: pet newsletter with dog diseases and surgery costs, no owner or animal")


def m053():
    body = """Dear Mr Lindahl,

thank you for signing the framework agreement. Please find the key data of your company
health insurance (bKV) below for your records:

  Policyholder:        Nordkap Marine Systems GmbH, Hafenstraße 3, 24103 Kiel
  Contact:             Mr Henrik Lindahl, Head of Compensation & Benefits
  Group contract no.:  bKV-G 2026-0318
  Product:             Hohenfels bKV Budget 600 (EUR 600 health budget per employee and year)
  Start:               1 January 2027
  Eligible employees:  approx. 410 (all employees with permanent contracts)
  Premium:             EUR 23.80 per employee per month, invoiced quarterly to the company

Your HR team will receive access to the employer portal in the week of 14 December. Please
upload the employee list only through the portal, not by e-mail.

Kind regards
Kai Sturm
Corporate Health Sales
Hohenfels Health"""
    m = build("Kai Sturm <kai.sturm@hohenfels-kv.example>", "Henrik Lindahl <henrik.lindahl@nordkap-marine.example>",
              "Your company health insurance bKV-G 2026-0318 - key data", "2026-12-07 11:05 +0100", body)
    return meta(m, C, "en", "insurer-to-company", "company as policyholder of a group health contract with named contact, no employee health data (grey zone)")


def m054():
    rows = [["Claim ID (pseudonym)", "Region", "Age band", "Sex", "Category", "Paid EUR", "Status"],
            ["X-0412", "North America", "50-59", "m", "Cardiology, inpatient", 412800, "closed"],
            ["X-0519", "North America", "60-69", "f", "Oncology, inpatient+outpatient", 388150, "open"],
            ["X-0077", "Middle East", "30-39", "f", "Neonatal intensive care", 296400, "closed"],
            ["X-0831", "Asia", "40-49", "m", "Trauma, evacuation", 221900, "closed"],
            ["X-0640", "Europe", "60-69", "m", "Orthopaedics", 163020, "closed"],
            ["Total (5 cases > EUR 150k)", "", "", "", "", 1482270, ""]]
    body = """Dear Sophie,

as agreed for the expat quota share treaty, attached the large-loss list 2026 (status
30/11/2026) above the reporting threshold of EUR 150,000. Claims are pseudonymised and only
age bands are shown; diagnoses are grouped into categories. Individual files can be reviewed
on site during your audit in March if needed.

Best regards
Markus Feddersen
Hospital Services / Reinsurance liaison
Hohenfels Health"""
    m = build("Markus Feddersen <markus.feddersen@hohenfels-kv.example>", "Sophie Marchetti <s.marchetti@alpenre.example>",
              "Expat QS treaty - large loss list 2026", "2026-12-03 15:55 +0100", body,
              atts=[att("LargeLoss_Expat_2026-11.xlsx", xlsx([("Large losses", rows)]))])
    return meta(m, N, "en", "insurer-to-partner", "trap: reinsurer large-loss list, pseudonymised, age bands and categories only")


def m055():
    body = """Sehr geehrte Frau Nießen,

vielen Dank für die Übersendung der korrigierten Rechnung für Ihren Mandanten Dr. Lohse.
Zur Patientin Gerlinde Wübbenhorst (Versicherungsnummer 412 001 883-01):

Die Rechnung PAE-26-118204 vom 04.08.2026 (Langzeit-EKG, Echokardiographie, Belastungs-EKG
bei Vorhofflimmern) ist nun vollständig erstattungsfähig. Wir haben 1.284,60 EUR an Ihre
Gesellschaft angewiesen, Valuta 14.10.2026, Verwendungszweck "PAE-26-118204 / Wübbenhorst".

Die übrigen Positionen Ihrer Liste vom 06.10. klären wir bis Ende der Woche.

Mit freundlichen Grüßen
Sabine Kroll
Leistungsabteilung ambulant
Hohenfels Krankenversicherung a.G."""
    m = build("Sabine Kroll <sabine.kroll@hohenfels-kv.example>", "Bettina Nießen <b.niessen@pae-elbe.example>",
              "AW: Offene Posten - PAE-26-118204", "2026-10-13 11:20 +0200", body)
    return meta(m, S, "de", "insurer-to-billing-service", "named patient's cardiology invoice and atrial fibrillation to the billing service")


def m056():
    body = """Hallo Herr Böttcher,

Sie hatten sich gemeldet, weil in Ihrer Novemberabrechnung die Nachzahlung für die
Rufbereitschaft fehlt. Sie haben Recht - die Stunden wurden erst nach dem Stichtag erfasst.

Korrektur mit der Dezemberabrechnung:
  Rufbereitschaft Oktober/November, 14 Tage à 28,50 EUR      399,00 EUR brutto
  Ihr Bruttogehalt Dezember (inkl. Weihnachtsgeld)          9.126,40 EUR
  Auszahlung wie immer auf DE90 3005 0110 1009 8472 61

Entschuldigen Sie bitte den Fehler.

Viele Grüße
Sandra Kühnemund
Entgeltabrechnung, Personal
Hohenfels Krankenversicherung a.G."""
    m = build("Sandra Kühnemund <sandra.kuehnemund@hohenfels-kv.example>", "Michael Böttcher <michael.boettcher@hohenfels-kv.example>",
              "Ihre Entgeltabrechnung November - Rufbereitschaft", "2026-12-01 09:15 +0100", body)
    return meta(m, C, "de", "insurer-to-employee", "employee's gross salary, on-call pay and IBAN")


def m057():
    body = """Liebe Kolleginnen und Kollegen, liebe Mieterinnen und Mieter im Haus,

der Aufzug A (Eingang Kastanienallee) wird vom 07.12. bis voraussichtlich 11.12.2026 wegen
Austausch der Steuerung stillgelegt.

Besonders betroffen: Die Physiotherapie-Praxis im Erdgeschoss und das Sanitätshaus im 1. OG
erwarten Patientinnen und Patienten mit Rollator und Rollstuhl. Bitte nutzen Sie in dieser
Zeit Aufzug B über den Hof (Eingang Rückseite, Klingel "Haustechnik"). Die Rampe am Hofeingang
ist beleuchtet, der Weg wird ausgeschildert.

Bei Fragen: Haustechnik, Durchwahl -1500.

Facility Management
Hohenfels Krankenversicherung a.G."""
    m = build("Facility Management <facility@hohenfels-kv.example>", "haus-kastanienallee40@lists.hohenfels-kv.example",
              "Aufzug A außer Betrieb 07.-11.12. - Hinweise für Praxis und Sanitätshaus", "2026-12-02 10:00 +0100", body)
    return meta(m, N, "de", "internal", "trap: building notice about lift outage for physiotherapy practice and medical supply store tenants")


def m058():
    body = """Dear Mr Kowalczyk,

thank you for forwarding the itemised bill, that's exactly what we needed. We will pay
Mercy Lakeside Hospital directly and you will receive a statement showing your share (none
under your plan for emergency treatment).

Best regards
Rahul Mehta
International Members Service
Hohenfels Health

On Tue, 24 Nov 2026 at 03:12, Adam Kowalczyk <adam.kowalczyk@fastpost.example> wrote:
> Hi Rahul,
> here's the itemised bill from Mercy Lakeside (Chicago) you asked for. Quick recap: I was
> taken to the ER on Nov 9 with severe abdominal pain, they did a CT and removed my appendix
> the same night (laparoscopic appendectomy), discharged on Nov 11. Total billed USD 48,312.
> They keep calling me about payment - patient account no. ML-8831-2044. My member number is
> INT-7003-611-580, DOB 17/04/1991 if they ask.
> Thanks!
> Adam
"""
    m = build("Rahul Mehta <rahul.mehta@hohenfels-kv.example>", "Adam Kowalczyk <adam.kowalczyk@fastpost.example>",
              "Re: itemised bill Chicago", "2026-11-24 09:30 +0100", body, cte="8bit", flowed=True)
    return meta(m, S, "en", "insurer-to-customer", "harmless top; quoted member mail: emergency appendectomy in the US, DOB, member number")


def m059():
    body = """Dear colleagues,

thank you for your signed e-mail. We have added your domain certificate for
st-jodok-klinikum.example to our gateway; from Monday, 16 November 2026, mail between our
domains will be encrypted automatically (S/MIME gateway-to-gateway).

Our domain certificate:
  Subject:      CN=hohenfels-kv.example, O=Hohenfels Krankenversicherung a.G., C=DE
  Issuer:       Example Trust Gateway CA 2
  Valid until:  2028-03-31
  SHA-256:      9C:0E:51:7A:A2:4B:13:D8:60:F1:3B:7E:CE:21:09:55:84:3F:D2:6A:1B:70:AE:48:C9:02:5D:E6:33:BF:70:18

Please test with a message without patient data first and reply to this address.

Kind regards
Ole Janssen
IT Input Management, Hohenfels Health"""
    m = build("Ole Janssen <ole.janssen@hohenfels-kv.example>", "IT-Sicherheit Klinikum St. Jodok <it-security@st-jodok-klinikum.example>",
              "Domain certificate exchange - go-live 16/11", "2026-11-12 12:30 +0100", body)
    return meta(m, N, "en", "insurer-to-hospital", "trap: certificate exchange with a hospital's IT, no patient")


def m060():
    body = """Dear Mrs Pemberton-Lowe,

we're sorry to see you go and wish you, Alfie and the family all the best for the move back
to Bristol.

As requested we have cancelled your pet policy TV-55 207 610 (dog Alfie, Cocker Spaniel) with
effect from 31/12/2026. The premium paid in advance for January (EUR 32.50) will be refunded
to your UK account GB20 BARC 2031 8573 9200 54 as you asked.

A cancellation confirmation for your new insurer in the UK is attached to your portal
mailbox; it confirms that no claims were made in the last 24 months.

Kind regards
Nico Baumgart
Hohenfels Tierschutz+ Contract Services"""
    m = build("Nico Baumgart <nico.baumgart@hohenfels-kv.example>", "Harriet Pemberton-Lowe <harriet.pl@mailhaus.example>",
              "Cancellation of your pet policy TV-55 207 610", "2026-12-04 09:40 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "pet policy cancellation: named owner, contract number, UK IBAN")


def m061():
    body = """Sehr geehrte Frau Kleinschmidt,

die Rechnung Ihrer Heilpraktikerin Frau Sonja Wendt vom 30.09.2026 haben wir nach dem
Gebührenverzeichnis für Heilpraktiker (GebüH) geprüft:

GebüH 1     Eingehende Untersuchung                           25,00
GebüH 17.1  Akupunktur (4 Sitzungen)                   4 x    30,00
GebüH 25.4  Eigenblutinjektion                         2 x    15,00   nicht erstattungsfähig*
Homöopathika (Arnica D12, Nux vomica D6)                       18,60
Summe lt. Rechnung                                           193,60
erstattungsfähig                                             163,60
Erstattung (Tarif HK Natur, 80 %, max. 1.000 EUR/Jahr)        130,88

* Eigenblutbehandlung ist nach Ihrem Tarif ausgeschlossen.

Angegebene Beschwerden auf der Rechnung: Spannungskopfschmerz, Schlafstörungen.
Verbleibendes Jahresbudget Heilpraktiker 2026: 412,30 EUR.

Mit freundlichen Grüßen
""" + SIG_KROLL
    m = build("Sabine Kroll <sabine.kroll@hohenfels-kv.example>", "ulrike.kleinschmidt@postfach.example",
              "Ihre Heilpraktikerrechnung vom 30.09.2026", "2026-10-16 10:50 +0200", body)
    return meta(m, S, "de", "insurer-to-customer", "naturopath invoice with complaints (headache, sleep disorder) for a named member")


def m062():
    lines = ["Hohenfels Krankenversicherung a.G.",
             "Erklärung zur Entbindung von der Schweigepflicht (Formular SE-03)",
             "",
             "Versicherte Person: ______________________________  geb.: ____________",
             "Versicherungsnummer: ________________",
             "",
             "Ich entbinde die nachfolgend genannten Ärztinnen/Ärzte, Zahnärztinnen/Zahnärzte,",
             "Krankenhäuser und Therapeuten von ihrer Schweigepflicht gegenüber der",
             "Hohenfels Krankenversicherung a.G., soweit dies zur Prüfung der Leistungspflicht",
             "für folgenden Vorgang erforderlich ist:",
             "",
             "Vorgang / Rechnung vom: ____________________",
             "Behandelnde Stelle(n): ____________________________________________",
             "",
             "[ ] Ich möchte vor jeder Anfrage informiert werden.",
             "[ ] Ich willige ein, dass Anfragen ohne vorherige Information erfolgen.",
             "",
             "Ort, Datum, Unterschrift: __________________________________________"]
    body = """Hallo zusammen,

anbei das leere Formular SE-03 in der neuen Fassung (mit den Ankreuzfeldern nach § 213 VVG).
Bitte für Kundenanschreiben nur noch diese Version anhängen.

Grüße
Dr. Henrike Staab"""
    m = build("Dr. Henrike Staab <datenschutz@hohenfels-kv.example>", "alle-leistung@hohenfels-kv.example",
              "Formular Schweigepflichtentbindung SE-03 (neu)", "2026-10-05 09:00 +0200", body,
              atts=[att("SE-03_Schweigepflichtentbindung_leer.pdf", pdf(lines, "SE-03"))])
    return meta(m, N, "de", "internal", "trap: blank confidentiality-release form with empty fields")


def m063():
    body = """Sehr geehrter Herr Demirtaş,

leider konnten wir den Beitrag für Ihre Tier-OP-Versicherung (Vertrag TV-55 402 338, Hund Sultan)
für November nicht einziehen. Ihre Bank hat die Lastschrift mit dem Grund "Konto erloschen"
zurückgegeben.

Offener Betrag: 19,90 EUR zzgl. Rücklastschriftgebühr 3,00 EUR

Bitte überweisen Sie den Betrag bis 15.12.2026 auf unser Konto bei der Commerzbank
(IBAN DE66 5001 0517 5411 0382 77, Verwendungszweck TV55402338) oder teilen Sie uns Ihre
neue Bankverbindung mit. Solange der Beitrag offen ist, besteht kein Versicherungsschutz.

Mit freundlichen Grüßen
Beitragsservice Hohenfels Tierschutz+"""
    m = build("Beitragsservice Tierschutz+ <tier-beitrag@hohenfels-kv.example>", "e.demirtas@netzmail.example",
              "Rücklastschrift - Ihre Tier-OP-Versicherung", "2026-11-30 08:05 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "returned direct debit for a named pet policyholder (contract, closed account); insurer's company IBAN alone would be normal")


def m064():
    body = """Sehr geehrter Herr Kaltenbrunner,

vielen Dank für die Einreichung der Rechnung von Hörakustik Sommer über die beiden neuen
Hörgeräte (Phonak Audéo L90, beidseitig) einschließlich der ohrenärztlichen Verordnung von
Dr. Moll (beidseitige Innenohrschwerhörigkeit, H90.3).

Rechnungsbetrag:                     5.980,00 EUR
Tarifhöchstbetrag Hörhilfen
(alle 5 Jahre, HK Komfort 80):       2.500,00 EUR
Erstattung 80 %:                     2.000,00 EUR

Die Batterien/Akkupauschale ist nicht Bestandteil der Hilfsmittelleistung. Den Betrag
überweisen wir in den nächsten Tagen.

Mit freundlichen Grüßen
Timo Wendland
Hilfsmittel
Hohenfels Krankenversicherung a.G.
Versicherungsnr. 412 228 604-01"""
    m = build("Timo Wendland <timo.wendland@hohenfels-kv.example>", "Alois Kaltenbrunner <a.kaltenbrunner@mailhaus.example>",
              "Erstattung Hörgeräte", "2026-11-19 15:00 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "hearing aids with diagnosis H90.3 for a named member")


def m065():
    text = """Claims KPI report - November 2026 (all lines)

Claims received:               38,412   (Oct: 36,905)
Processed within 5 days:        81.4 %  (target 85 %)
Straight-through (no touch):    46.2 %
Complaints about claims:           74   (0.19 %)
Pharmacy receipts share:        31.0 %
Hospital bills share:            6.8 %

Comment: The OCR issue with one billing-service layout (INC-2026-04471) cost about 3 points
of straight-through processing. Fix deployed 26/11.
"""
    html = """<html><body>
<h3>Claims KPI report &ndash; November 2026 (all lines)</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>KPI</th><th>Nov 2026</th><th>Oct 2026</th><th>Target</th></tr>
<tr><td>Claims received</td><td>38,412</td><td>36,905</td><td>&ndash;</td></tr>
<tr><td>Processed within 5 days</td><td>81.4 %</td><td>79.9 %</td><td>85 %</td></tr>
<tr><td>Straight-through (no touch)</td><td>46.2 %</td><td>49.0 %</td><td>50 %</td></tr>
<tr><td>Complaints about claims</td><td>74</td><td>69</td><td>&lt; 0.25 %</td></tr>
<tr><td>Pharmacy receipts share</td><td>31.0 %</td><td>30.2 %</td><td>&ndash;</td></tr>
<tr><td>Hospital bills share</td><td>6.8 %</td><td>7.1 %</td><td>&ndash;</td></tr>
</table>
<p>Comment: The OCR issue with one billing-service layout (INC-2026-04471) cost about 3 points of
straight-through processing. Fix deployed 26/11.</p>
</body></html>"""
    m = build("Claims Reporting <claims-reporting@hohenfels-kv.example>", "management-leistung@hohenfels-kv.example",
              "Claims KPI report 11/2026", "2026-12-03 07:00 +0100", text, html)
    return meta(m, N, "en", "internal", "trap: claims KPI report with aggregate figures only")


def m066():
    body = """Hi Mr Al-Masri,

thanks for the vet invoice from Jumeirah Pet Clinic. Under the Tierschutz+ Worldwide add-on,
treatment abroad is covered for up to 6 weeks per trip, so Luna's visit is fine.

  Policy:      TV-55 330 118 (cat Luna, British Shorthair)
  Claim:       TS-2026-12391
  Treatment:   urinary tract infection, urine test, antibiotics (AED 1,140 = EUR 279.30)
  Covered:     EUR 279.30 - 20 % co-pay = EUR 223.44

Payment goes to your German account on file in the next few days.

Best regards
Lea Sommerfeld
Hohenfels Tierschutz+

Sent from my mobile"""
    m = build("Lea Sommerfeld <lea.sommerfeld@hohenfels-kv.example>", "Karim Al-Masri <karim.almasri@webpost.example>",
              "Luna - vet bill Dubai", "2026-11-21 18:02 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "cat's vet treatment abroad, named owner, policy and claim number (animal health)")


def m067():
    body = """Liebe Mitglieder,

gute Nachrichten zum Jahresende: Wer 2026 keine Rechnungen eingereicht hat, erhält im
Juli 2027 eine Beitragsrückerstattung.

  Tarife HK Komfort und HK Premium: bis zu 3 Monatsbeiträge
  Tarif HK Basis: 1 Monatsbeitrag
  Zahnzusatz und Pflegetagegeld: keine Beitragsrückerstattung

Tipp: Rechnen Sie nach, ob sich das Einreichen kleiner Rechnungen lohnt. Vorsorge-
untersuchungen (z. B. Krebsfrüherkennung, Check-up, Schutzimpfungen) können Sie einreichen,
ohne den Anspruch auf Beitragsrückerstattung zu verlieren.

Ihre Hohenfels Krankenversicherung
Abmelden: https://www.hohenfels-kv.example/newsletter/abmelden"""
    m = build("Hohenfels Krankenversicherung <newsletter@hohenfels-kv.example>", "mitglieder-newsletter@lists.hohenfels-kv.example",
              "Beitragsrückerstattung 2027 - so funktioniert es", "2026-12-05 08:00 +0100", body,
              charset="iso-8859-1", cte="quoted-printable")
    return meta(m, N, "de", "newsletter", "trap: member newsletter on premium refund and check-ups, no person (iso-8859-1)")


def m068():
    body = """Sehr geehrte Frau Ruhnke,

danke für den kieferorthopädischen Behandlungsplan für Ihren Sohn Lasse (mitversichert im Tarif
ZahnPlus 90 Kids, Versicherungsnummer 503 119 846-03).

Die Kieferorthopädin Dr. Sauerland hat KIG D4 (vergrößerte Frontzahnstufe 7 mm) festgestellt.
Damit übernimmt vorrangig die gesetzliche Krankenkasse Ihres Sohnes 80 % der Kassenleistung;
wir erstatten den Eigenanteil von 20 % sowie die Mehrkosten für die Mini-Brackets und die
Retentionsschiene bis zu den Tarifgrenzen:

  Eigenanteil GKV (geschätzt 3,5 Jahre)       ca. 780,00 EUR   -> 100 %
  Mehrkosten Keramik-/Mini-Brackets                1.240,00 EUR  -> 90 %  = 1.116,00 EUR
  Retainer + Schiene                                  320,00 EUR  -> 90 %  =   288,00 EUR

Bitte reichen Sie die Quartalsrechnungen jeweils zusammen mit der Abrechnung der Krankenkasse ein.

Mit freundlichen Grüßen
Jana Pohlmann
Zahn / Kieferorthopädie"""
    m = build("Jana Pohlmann <jana.pohlmann@hohenfels-kv.example>", "Wiebke Ruhnke <wiebke.ruhnke@postfach.example>",
              "KFO-Behandlung Lasse - unsere Zusage", "2026-10-28 12:00 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "orthodontic plan for a named child: malocclusion grade, treatment costs")


def m069():
    body = """Sehr geehrte Damen und Herren,

wir schreiben die Scan-Dienstleistung für unseren Papier-Posteingang ab 01.07.2027 neu aus und
laden Sie zur Abgabe eines Angebots ein.

Eckdaten:
- ca. 1,9 Mio. Dokumente/Jahr, davon 70 % Arztrechnungen, Apothekenbelege, Krankenhaus-
  rechnungen und Heil- und Kostenpläne, 30 % Vertragskorrespondenz
- Verarbeitung ausschließlich in einem Scanzentrum in Deutschland mit Zertifizierung nach
  ISO 27001; Beschäftigte nach § 203 Abs. 4 StGB verpflichtet
- Vernichtung der Originale nach 8 Wochen gemäß DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4
- Übergabe als PDF/A mit Indexdaten (XML) innerhalb von 24 Stunden

Die Ausschreibungsunterlagen erhalten Sie nach Unterzeichnung der Vertraulichkeitsvereinbarung
über unser Einkaufsportal. Fristende für Fragen: 18.12.2026.

Mit freundlichen Grüßen
Frank Osterloh
Strategischer Einkauf
Hohenfels Krankenversicherung a.G."""
    m = build("Frank Osterloh <frank.osterloh@hohenfels-kv.example>", "vertrieb@scanwerk-nord.example",
              "Ausschreibung Scan-Dienstleistung Posteingang 2027", "2026-11-26 13:00 +0100", body)
    return meta(m, N, "de", "insurer-to-supplier", "trap: tender for scanning doctors' invoices and plans, volumes and § 203 requirements only")


def m070():
    body = """Sehr geehrte Frau Kreuzer,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Wie am Telefon besprochen
hier Ihr persönliches Angebot:

  Angebot Nr.:       ANG-2026-558120
  Für:               Nadine Kreuzer, geb. 03.03.1988
  Tarif:             ZahnPlus 90, Beginn 01.01.2027
  Monatsbeitrag:     27,40 EUR (Altersgruppe 36-40)

Zur Antragstellung benötigen wir noch die Antworten auf drei Fragen zum Zahnzustand; den
Antrag mit den Fragen finden Sie unter dem Link im Angebot. Das Angebot gilt bis 31.12.2026.

Mit freundlichen Grüßen
Ihr Hohenfels Vertriebsservice
Telefon 0561 7707-1000"""
    m = build("Vertriebsservice <vertrieb@hohenfels-kv.example>", "nadine.kreuzer@mailhaus.example",
              "Ihr Angebot ZahnPlus 90", "2026-11-28 10:18 +0100", body)
    return meta(m, C, "de", "insurer-to-applicant", "offer to a named prospect with birth date; no health answers and no contract yet (grey zone)")


def m071():
    body = """Dear Ms Varga,

thank you for informing us so quickly. We have organised the following for your assignee
Mr Florian Jäckel (group contract GX-0920, member INT-7003-730-204):

- Air ambulance transfer from Lagos to Johannesburg on 3 December, 10:00 local time,
  with a flight physician and intensive care equipment
- Admission to Milpark Hospital, cardiology ICU, bed confirmed; the hospital has our
  guarantee of payment
- Mr Jäckel's wife may travel with him; her flight and hotel are covered under the plan

According to the treating physician in Lagos he suffered a myocardial infarction (NSTEMI) on
1 December and is stable. Please ask him or his wife to sign the attached consent form so that
the hospital may share medical updates with us.

Kind regards
Markus Feddersen
Medical Assistance Coordination, Hohenfels Health
24/7: +49 561 7707-9111"""
    m = build("Markus Feddersen <markus.feddersen@hohenfels-kv.example>", "Szilvia Varga <s.varga@brightwell-relocation.example>",
              "URGENT: evacuation Mr F. Jäckel - arrangements", "2026-12-02 19:40 +0100", body,
              headers=[("Importance", "high"), ("X-Priority", "1")])
    return meta(m, S, "en", "insurer-to-company", "assignee's heart attack and medical evacuation reported to the employer's relocation partner")


def m072():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Hohenfels Health//Webinar//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:bkv-webinar-20270114@hohenfels-kv.example\r
DTSTAMP:20261201T090000Z\r
DTSTART:20270114T130000Z\r
DTEND:20270114T140000Z\r
SUMMARY:Webinar: Company health insurance (bKV) explained\r
DESCRIPTION:Budget tariffs\\, tax treatment\\, onboarding of employees. Join link: https://webinar.hohenfels-kv.example/bkv\r
ORGANIZER;CN=Hohenfels Corporate Health:mailto:corporate@hohenfels-kv.example\r
LOCATION:Online\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Dear HR colleagues,

you are invited to our free webinar "Company health insurance explained" on 14 January 2027,
2-3 pm CET. Topics: budget tariffs (vision, dental, check-ups), tax-free employer benefit up to
EUR 50 per month, how employees submit their invoices, and data protection - the employer
never sees which treatments an employee claims.

Calendar invitation attached.

Hohenfels Corporate Health"""
    m = build("Hohenfels Corporate Health <corporate@hohenfels-kv.example>", "hr-contacts@lists.hohenfels-kv.example",
              "Webinar invitation: company health insurance explained (14 Jan)", "2026-12-01 10:00 +0100", body,
              atts=[att("bkv-webinar.ics", ics, "ics")])
    return meta(m, N, "en", "insurer-to-company", "trap: webinar invitation (ICS) for HR about health benefits, no person")


def m073():
    body = """Dear Ms Lindgren,

regarding your rental car excess claim:

  Claim:        MV-2026-01833
  Policy:       Hohenfels TravelSafe, no. RS-880 511 02
  Rental:       Sunwheel Car Hire, Faro, agreement FA-774120, 11-18 October 2026
  Damage:       scratch and dent on rear bumper while parking, no other vehicle involved,
                nobody injured
  Charged by rental company: EUR 850.00 (deducted from your deposit)

We will refund EUR 850.00 to your account DE16 2501 0030 0715 5432 01 - please allow three
working days.

Kind regards
Travel Claims, Hohenfels Allgemeine Versicherung AG"""
    m = build("Travel Claims <reise@hohenfels-kv.example>", "Ingrid Lindgren <ingrid.lindgren@fastpost.example>",
              "Rental car excess refund MV-2026-01833", "2026-11-05 11:00 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "rental-car excess claim: named customer, policy, IBAN; nobody injured")


def m074():
    body = """Hallo zusammen,

Change CHG-2026-1189 (Katalogupdate ICD-10-GM 2027 und OPS 2027 im Leistungssystem KLARA)
ist für Samstag, 19.12.2026, 06:00-12:00 Uhr geplant.

Was ändert sich:
- neue Codes u. a. im Kapitel U (Sonderzwecke) und bei Long-COVID-Zusatzkennzeichen
- Plausibilitätsregeln für Zusatzkennzeichen G/V/Z/A werden angepasst
- alte Codes bleiben für Rechnungen mit Behandlungsdatum bis 31.12.2026 gültig

Während des Fensters ist KLARA nicht verfügbar, die App-Einreichung läuft weiter (Puffer).
Test in der Abnahmeumgebung bitte bis 15.12. mit den Testfällen aus dem Testkatalog
(nur synthetische Versicherte).

Viele Grüße
Ole Janssen, IT"""
    m = build("Ole Janssen <ole.janssen@hohenfels-kv.example>", "leistung-alle@hohenfels-kv.example",
              "CHG-2026-1189: ICD-10-GM/OPS 2027 Update in KLARA (19.12.)", "2026-12-04 16:20 +0100", body)
    return meta(m, N, "de", "internal", "trap: IT change note on ICD-10-GM/OPS catalogue update, no person")


def m075():
    body = """Sehr geehrte Frau Hartwig,

wie von Ihnen für die Entgeltabrechnung angefordert, bescheinigen wir für Ihren Mitarbeiter
Herrn Jens Oberländer (Versicherungsnummer 412 993 047-01) die Beiträge zur privaten Kranken-
und Pflegeversicherung ab 01.01.2027:

  Krankenversicherung (HK Komfort 80 inkl. KT 43):    602,18 EUR
  davon Basisabsicherung:                             531,40 EUR
  Pflegepflichtversicherung (PVN):                     61,22 EUR
  mitversicherte Personen: Ehefrau und 1 Kind, Krankenversicherung 418,90 EUR, PVN 39,10 EUR

Der Arbeitgeberzuschuss ist nach § 257 SGB V bzw. § 61 SGB XI auf die Höchstbeträge begrenzt.
Herr Oberländer hat der Übermittlung an Sie zugestimmt.

Mit freundlichen Grüßen
Vertragsservice Krankenversicherung
Hohenfels Krankenversicherung a.G."""
    m = build("Vertragsservice KV <vertrag@hohenfels-kv.example>", "Lohnbuchhaltung Kessler Haustechnik <lohn@kessler-haustechnik.example>",
              "Arbeitgeberbescheinigung PKV - Jens Oberländer", "2026-12-07 09:30 +0100", body)
    return meta(m, S, "de", "insurer-to-company", "employer certificate: named employee's and family's health/care contract and premiums")


def m076():
    body = """Hallo Frau Adamczyk,

herzlich willkommen in Kassel! Für die Umzugskostenpauschale laut Ihrem Arbeitsvertrag
brauchen wir noch:

- Ihre neue Meldeadresse (die Sie uns schon geschickt haben: Wilhelmshöher Allee 218, 34119 Kassel)
- Bankverbindung: Sie hatten DE47 5123 0800 0000 4571 29 angegeben - bitte kurz bestätigen,
  dass die Pauschale (2.500 EUR netto, steuerfrei nach BUKG) auch dorthin gehen soll.
- Ihre Steuer-ID haben wir aus dem Personalbogen übernommen (43 812 667 091).

Auszahlung mit der Januarabrechnung.

Viele Grüße
Sandra Kühnemund
Entgeltabrechnung"""
    m = build("Sandra Kühnemund <sandra.kuehnemund@hohenfels-kv.example>", "Joanna Adamczyk <joanna.adamczyk@hohenfels-kv.example>",
              "Umzugskostenpauschale - Bankverbindung bestätigen", "2026-12-03 14:00 +0100", body)
    return meta(m, C, "de", "insurer-to-employee", "new employee's home address, IBAN and tax ID")


def m077():
    body = """Hi all,

headline results of the member satisfaction survey (fieldwork Oct 2026, n = 3,104):

  NPS overall:                   +31 (2025: +27)
  NPS expat members:             +44
  Satisfaction with claims app:  4.3 / 5
  Most frequent complaint:       "reimbursement of pharmacy receipts takes too long" (18 %)
  Second:                        "letters about dental treatment plans hard to understand" (11 %)

Free-text answers have been anonymised by the institute; quotes in the full report cannot be
traced back to members. Full deck on the intranet (Customer Insights > Surveys).

Cheers
Vanessa"""
    m = build("Vanessa Rothe <vanessa.rothe@hohenfels-kv.example>", "leadership-circle@hohenfels-kv.example",
              "Member survey 2026 - headline results", "2026-11-20 12:45 +0100", body)
    return meta(m, N, "en", "internal", "trap: anonymised survey results about claims and dental letters")


def m078():
    body = """Hi Ms Tanaka-Brooks,

your claim for the new glasses has been processed:

  Optician:        Optik Weißenstein, Kassel, invoice 26-4471 (10/11/2026)
  Prescription:    R -4.25 / cyl -0.75, L -3.75 (myopia), varifocal lenses
  Invoice amount:  EUR 1,086.00
  Plan limit:      EUR 400 every 2 years (Expat Silver)
  Paid:            EUR 400.00

Your next vision benefit is available from November 2028.

Regards
Rahul Mehta, International Members Service
Membership INT-7003-205-771"""
    m = build("Rahul Mehta <rahul.mehta@hohenfels-kv.example>", "Emi Tanaka-Brooks <emi.tb@mailhaus.example>",
              "Claim processed: glasses", "2026-11-18 08:32 +0100", body)
    return meta(m, S, "en", "insurer-to-customer", "named member's eyeglass prescription (myopia) and vision claim")


def m079():
    body = """Liebe Maklerpartnerinnen und Maklerpartner,

zur Beitragsanpassung 2027 erreichen uns viele Fragen zum Tarifwechsel nach § 204 VVG.
Hier die wichtigsten Punkte für Ihre Kundengespräche:

1. Der Wechsel in einen gleichartigen Tarif ist ohne neue Gesundheitsprüfung möglich, soweit
   die Leistungen nicht höher sind als im bisherigen Tarif.
2. Für Mehrleistungen kann ein Risikozuschlag oder Leistungsausschluss vereinbart werden.
3. Die Alterungsrückstellung wird vollständig angerechnet.

Beispiel (fiktiv): Erika Mustermann, 58 Jahre, HK Premium 100, SB 600 EUR, Beitrag 812 EUR.
Wechsel in HK Komfort 80, SB 1.200 EUR: neuer Beitrag 611 EUR, Ersparnis 201 EUR im Monat.

Der Wechselrechner steht im Maklerportal unter "Bestand > Tarifwechsel" bereit.

Ihre Maklerbetreuung
Hohenfels Krankenversicherung a.G."""
    m = build("Maklerbetreuung <makler@hohenfels-kv.example>", "maklerinfo@lists.hohenfels-kv.example",
              "Maklerinfo 11/2026: Tarifwechsel nach § 204 VVG", "2026-11-23 09:00 +0100", body)
    return meta(m, N, "de", "insurer-to-broker", "trap: broker circular on tariff change with fictitious example person")


def m080():
    body = """Sehr geehrte Frau Gerlach,

vielen Dank für Ihren Antrag auf eine OP-Versicherung für Ihren Hund Paul (Beagle-Mischling).
Leider können wir den Antrag nicht annehmen: Paul ist laut Antrag im März 2016 geboren und
damit älter als die Höchstgrenze von 8 Jahren für den Erstabschluss. Außerdem ist eine
Kreuzbanderkrankung hinten links angegeben, die wir nicht versichern könnten.

Antragsnummer: TA-2026-88412
Antragstellerin: Petra Gerlach, Ahnatalstr. 3, 34128 Kassel

Für ältere Tiere bieten wir die Tierhalterhaftpflicht an, die unabhängig vom Alter abgeschlossen
werden kann.

Mit freundlichen Grüßen
Hohenfels Tierschutz+ Antragsservice"""
    m = build("Tierschutz+ Antragsservice <tier-antrag@hohenfels-kv.example>", "petra.gerlach@postfach.example",
              "Ihr Antrag TA-2026-88412", "2026-11-10 15:30 +0100", body)
    return meta(m, C, "de", "insurer-to-applicant", "rejected pet application: named applicant, address, dog's age and pre-existing ligament disease (animal health)")


def m081():
    csv_text = ("Datum;Leistungserbringer;Leistung;Betrag;Erstattet;Bemerkung\r\n"
                "14.02.2026;Dr. med. K. Albers, Psychiatrie;GOÄ 804, 806;312,40;0,00;Ausschluss lt. Risikovereinbarung\r\n"
                "03.04.2026;Tagesklinik am Fuldaufer;teilstationär 21 Tage;6.818,00;0,00;Ausschluss lt. Risikovereinbarung\r\n"
                "19.06.2026;Löwen-Apotheke am Markt;Quetiapin 100 mg;48,12;0,00;Ausschluss lt. Risikovereinbarung\r\n")
    zdata = zipfile_bytes([
        ("Leistungsaufstellung_Vogelsang.csv", csv_text.encode("utf-8")),
        ("Risikovereinbarung_2019.pdf", pdf(["Risikovereinbarung zum Antrag vom 12.08.2019",
                                             "Versicherte Person: Tobias Vogelsang, geb. 06.12.1987",
                                             "Vom Versicherungsschutz ausgeschlossen: Behandlungen der bipolaren",
                                             "affektiven Störung (F31.-) einschließlich Folgeerkrankungen.",
                                             "Grund: Angaben im Antrag zu stationärer Behandlung 2017."], "Risikovereinbarung")),
        ("Ablehnung_2026-07-02.pdf", pdf(["Ablehnungsschreiben vom 02.07.2026 an Herrn Tobias Vogelsang",
                                          "Ihre Rechnungen der Tagesklinik am Fuldaufer ... ausgeschlossen ..."], "Ablehnung"))])
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Fischbach,

in der Sache Vogelsang ./. Hohenfels Krankenversicherung a.G. (Ihr Zeichen 118/26 F) übersenden
wir Ihnen wie besprochen die Unterlagen zur Vorbereitung der Klageerwiderung als ZIP-Archiv
(Passwort erhalten Sie telefonisch).

Mit freundlichen Grüßen
Dr. Constanze Riedel
Rechtsabteilung
Hohenfels Krankenversicherung a.G."""
    m = build("Dr. Constanze Riedel <constanze.riedel@hohenfels-kv.example>", "Dr. Fischbach <kanzlei@fischbach-versicherungsrecht.example>",
              "Vogelsang ./. Hohenfels - Unterlagen (Ihr Zeichen 118/26 F)", "2026-10-22 16:40 +0200", body,
              atts=[att("Unterlagen_Vogelsang.zip", zdata)])
    return meta(m, S, "de", "insurer-to-lawyer", "only inside the ZIP: named member's bipolar disorder exclusion, psychiatric and day-clinic invoices, birth date")


def m082():
    body = """PRESS RELEASE

Hohenfels Global Expat named "Best International Health Plan 2026"

Kassel, 9 December 2026 - Hohenfels Health's international health plan for expatriates has
won the Global Mobility Benefits Award 2026 in the category "Best International Health Plan".
The jury highlighted the direct billing network with more than 9,000 hospitals in 140 countries,
the 24/7 medical assistance line and mental health support without waiting periods.

"More than 18,000 expats and their families rely on us," said Claire Donnelly, Team Lead
International Members Service. "Every second claim is now settled within three days."

Media contact: Vanessa Rothe, presse@hohenfels-kv.example, +49 561 7707-1001"""
    m = build("Hohenfels Health Press Office <presse@hohenfels-kv.example>", "press-international@lists.hohenfels-kv.example",
              "Press release: Hohenfels Global Expat wins award", "2026-12-09 10:00 +0100", body)
    return meta(m, N, "en", "newsletter", "trap: press release about expat health plan, staff quoted, no member")


def m083():
    rows = [["Vertrag", "Tarif", "Versicherungsnehmer/in", "PLZ Ort", "Tier", "Jahresbeitrag EUR", "Beginn"],
            ["TV-55 018 331", "OP Hund", "Martina Scholl", "37073 Göttingen", "Hund, Rhodesian Ridgeback", 190.80, "2022-05-01"],
            ["TV-55 044 918", "Vollschutz Katze", "Kevin Abt", "37083 Göttingen", "Katze, Maine Coon", 358.80, "2023-01-01"],
            ["TH-71 220 045", "Hundehaftpflicht", "Ines Buchwald", "37120 Bovenden", "Hund, Labrador", 71.40, "2021-09-01"],
            ["TP-60 011 207", "Pferde-OP", "Jörg Meißner", "37079 Göttingen", "Pferd, Haflinger", 612.00, "2020-04-01"]]
    body = """Dear Ms Thoms,

following the portfolio transfer from the retiring broker Mr Wedekind to your firm, please find
attached the list of the pet and animal-liability contracts that are now assigned to your broker
number 88-40288 (4 contracts). The policyholders have been informed by letter.

Kind regards
Kai Sturm
Broker Relations North, Hohenfels Health"""
    m = build("Kai Sturm <kai.sturm@hohenfels-kv.example>", "Melanie Thoms <m.thoms@thoms-makler.example>",
              "Portfolio transfer Wedekind - pet contracts", "2026-11-11 13:50 +0100", body,
              atts=[att("Bestand_Tier_88-40288.xlsx", xlsx([("Bestand", rows)]))])
    return meta(m, C, "en", "insurer-to-broker", "only in the XLSX: named pet policyholders with contracts, premiums and places")


def m084():
    body = """Sehr geehrter Herr Yıldırım,

für die Reiseimpfungen Ihrer Tochter Elif (mitversichert unter 412 505 318-02) vor der Reise nach
Tansania haben wir erstattet:

  Hepatitis A (Havrix 720 Kinder), 1. Dosis          58,30 EUR
  Typhus (Typhim Vi)                                  41,95 EUR
  Gelbfieber (Stamaril) inkl. Impfbescheinigung       76,40 EUR
  Malariaprophylaxe (Atovaquon/Proguanil junior)      52,18 EUR
  reisemedizinische Beratung Dr. Ahrens (GOÄ 1, 3)    34,86 EUR
  Erstattung 100 % (Vorsorge, ohne Selbstbehalt)     263,69 EUR

Die Erstattung wirkt sich nicht auf Ihre Beitragsrückerstattung aus.

Gute Reise!
Sabine Kroll
Leistungsabteilung ambulant"""
    m = build("Sabine Kroll <sabine.kroll@hohenfels-kv.example>", "Murat Yıldırım <murat.yildirim@webpost.example>",
              "Erstattung Reiseimpfungen Elif", "2026-10-29 09:10 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "vaccinations and malaria prophylaxis of a named child")


def m085():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Hohenfels//Arbeitsschutz//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:ersthelfer-2027-02-09@hohenfels-kv.example\r
DTSTAMP:20261130T120000Z\r
DTSTART:20270209T073000Z\r
DTEND:20270209T150000Z\r
SUMMARY:Erste-Hilfe-Fortbildung (9 UE)\r
LOCATION:Schulungsraum 0.14\\, Kastanienallee 40\r
DESCRIPTION:Auffrischung fuer betriebliche Ersthelfer: Reanimation\\, AED\\, Schlaganfall erkennen\\, Wundversorgung.\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Liebe Ersthelferinnen und Ersthelfer,

die Auffrischung ist fällig (alle 2 Jahre). Termin: 09.02.2027, 8:30-16:00 Uhr, Raum 0.14.
Themen: Herz-Lungen-Wiederbelebung mit AED, Schlaganfall und Herzinfarkt erkennen,
Wundversorgung, Vorgehen bei Krampfanfällen. Die Kosten trägt die BG.

Bitte Termin annehmen oder bis 15.01. Ersatztermin melden.

Arbeitssicherheit
Hohenfels Krankenversicherung a.G."""
    m = build("Arbeitssicherheit <arbeitsschutz@hohenfels-kv.example>", "ersthelfer@hohenfels-kv.example",
              "Erste-Hilfe-Fortbildung 09.02.2027", "2026-11-30 13:00 +0100", body,
              atts=[att("ersthelfer_fortbildung.ics", ics, "ics")])
    return meta(m, N, "de", "internal", "trap: first-aid training invitation (ICS) naming heart attack and stroke, no person")


def m086():
    body = """Sehr geehrte Frau Heidenreich,

zu Ihrer Schadenmeldung aus der Pferdehalterhaftpflicht:

Schadennummer: PH-2026-00417, Vertrag TH-72 009 311
Hergang: Ihre Stute Fiorella hat am 08.11.2026 auf dem Parkplatz der Reitanlage Ahnatal beim
Verladen ausgeschlagen und die Fahrertür des Pkw von Herrn Andreas Klemm (KS-AK 418) eingedellt.
Personen wurden nicht verletzt.

Wir haben Herrn Klemm gebeten, uns den Kostenvoranschlag seiner Werkstatt zu senden, und
regulieren den Schaden direkt mit ihm. Ihre Selbstbeteiligung beträgt 150 EUR.

Mit freundlichen Grüßen
Hohenfels Tierschutz+ Schadenservice"""
    m = build("Tierschutz+ Schadenservice <tier-schaden@hohenfels-kv.example>", "Svenja Heidenreich <svenja.heidenreich@reiterhof-ahnatal.example>",
              "Schaden PH-2026-00417 - Pferdehalterhaftpflicht", "2026-11-12 10:05 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "horse liability claim: named holder, third party and licence plate; nobody hurt")


def m087():
    body = """Dear Mr Baptiste,

thank you for your application for Hohenfels Global Expat Gold (application no. AP-INT-2026-3391).
Our medical underwriters have reviewed your answers to the health questions and the report from
Dr. Morel. We can offer cover on the following terms:

  - Exclusion: treatment of asthma (J45.9) and its complications, including inhalers and
    pulmonary function tests. The exclusion can be reviewed after 3 years without hospital
    admissions.
  - Premium: EUR 412.60 per month (standard rate, no loading)
  - Start: 1 January 2027

If you agree, please sign the attached declaration of acceptance. If you prefer cover for asthma,
we can offer it with a premium loading of 25 % instead of the exclusion.

Kind regards
Underwriting International
Hohenfels Health"""
    m = build("Underwriting International <underwriting@hohenfels-kv.example>", "Luc Baptiste <luc.baptiste@webpost.example>",
              "Your application AP-INT-2026-3391 - our offer", "2026-11-27 14:25 +0100", body)
    return meta(m, S, "en", "insurer-to-applicant", "underwriting decision with asthma exclusion J45.9 for a named applicant")


def m088():
    body = """Hi Marek,

for the new refund API (POST /v2/refunds) here are the test cases for your team. All persons
are synthetic and the IBANs are the published documentation examples - please do NOT use
real member data in the sandbox.

TC-01  member "Test Person A (synthetic)", memberId T-000001, amount 120.50, IBAN DE89370400440532013000 -> 201 Created
TC-02  same, IBAN DE89370400440532013001 (checksum broken)                                             -> 422 invalid_iban
TC-03  member "Test Person B (synthetic)", amount -5.00                                                -> 422 invalid_amount
TC-04  foreign account GB29NWBK60161331926819, currency EUR                                            -> 201 Created
TC-05  missing memberId                                                                                -> 400

Claim payload field "diagnosisCodes" must be accepted but stays empty in all test cases.

Thanks, Ole"""
    m = build("Ole Janssen <ole.janssen@hohenfels-kv.example>", "Marek Dvořák <marek.dvorak@payflow-solutions.example>",
              "Refund API v2 - test cases", "2026-11-25 11:11 +0100", body)
    return meta(m, N, "en", "insurer-to-supplier", "trap: API test cases with published example IBANs and synthetic members")


def m089():
    body = """Sehr geehrter Herr Sander,

zu Ihrer Meldung aus der Reiseabbruchversicherung (Vertrag RS-880 119 64, Schaden RA-2026-00988):

Sie mussten Ihren Urlaub auf Mallorca am 22.09.2026 abbrechen, weil in Ihrem Haus in Lohfelden ein
Wasserrohrbruch einen erheblichen Schaden verursacht hat und die Polizei bzw. der Vermieter Ihre
Anwesenheit verlangt hat. Das ist ein versichertes Ereignis (§ 3 Nr. 5 VB Reiseschutz).

Wir erstatten die zusätzlichen Rückreisekosten von 384,00 EUR sowie die nicht genutzten
Reiseleistungen anteilig mit 615,00 EUR, insgesamt 999,00 EUR, auf Ihr Konto DE96 1203 0000 1020 8844 11.

Mit freundlichen Grüßen
Reiseschutz-Service"""
    m = build("Reiseschutz-Service <reise@hohenfels-kv.example>", "k.sander@fastpost.example",
              "Reiseabbruch RA-2026-00988 - Regulierung", "2026-10-08 10:40 +0200", body)
    return meta(m, C, "de", "insurer-to-customer", "trip interruption due to burst pipe (no health): named customer, claim, IBAN")


def m090():
    body = """Lieber Bernd,

die Praxis hat uns den angeforderten Befundbericht zu Herrn Rosenthal geschickt (als Antwort
auf unsere Anfrage wegen der Kostenübernahme für die Protonentherapie). Kannst du das bitte
bis Freitag bewerten? Mail der Praxis unten, Bericht im Anhang.

Danke
Markus

-----Ursprüngliche Nachricht-----
Von: Praxis Dr. Seidenstücker <sekretariat@strahlentherapie-seidenstuecker.example>
Gesendet: Mittwoch, 25. November 2026 17:05
An: stationaer@hohenfels-kv.example
Betreff: Befundbericht Hr. Rosenthal, Ihr Zeichen ST-2026-4417

Sehr geehrte Damen und Herren,
anbei wie gewünscht der Befundbericht zu unserem Patienten Herrn Ulrich Rosenthal, geb. 28.01.1957.
Mit freundlichen Grüßen, i. A. M. Fenske, Sekretariat"""
    rep = docx([("h", "Befundbericht"),
                "Patient: Ulrich Rosenthal, geb. 28.01.1957",
                "Diagnose: Adenokarzinom der Prostata (C61), Gleason 4+3, cT2c N0 M0, PSA 14,2 ng/ml",
                "Empfehlung Tumorkonferenz 18.11.2026: definitive Strahlentherapie; bei Z. n. Hüft-TEP beidseits "
                "und Artefakten in der Planung ist eine Protonentherapie medizinisch vorzuziehen.",
                "Geplante Behandlung: 20 Fraktionen, Protonentherapiezentrum Rheinland, Beginn KW 51.",
                "Dr. med. Jörg Seidenstücker, Facharzt für Strahlentherapie"])
    m = build("Markus Feddersen <markus.feddersen@hohenfels-kv.example>", "Dr. Bernd Halbach <bernd.halbach@hohenfels-kv.example>",
              "WG: Befundbericht Hr. Rosenthal, Ihr Zeichen ST-2026-4417", "2026-11-26 08:20 +0100", body,
              atts=[att("Befundbericht_Rosenthal.docx", rep)])
    return meta(m, S, "de", "doctor", "doctor's report forwarded internally: prostate cancer C61 with birth date (DOCX), patient named in quote")


def m091():
    body = """Sehr geehrter Herr Wolff,

für Ihren Vater, Herrn Gerhard Wolff (Pflegepflichtversicherung, Versicherungsnummer 309 118 274-01,
Pflegegrad 4), haben wir den Antrag auf Zuschuss zur Wohnumfeldverbesserung geprüft.

Beantragt: Einbau eines Sitzlifts (Treppenlift) im Einfamilienhaus, Angebot Lifta-Mitte vom
02.11.2026 über 11.480 EUR, sowie ein Pflegebett mit Aufrichthilfe.

Entscheidung:
- Treppenlift: Zuschuss nach § 40 Abs. 4 SGB XI in Höhe von 4.180 EUR (Höchstbetrag)
- Pflegebett: Wird als Pflegehilfsmittel leihweise über unseren Vertragspartner Reha-Versorgung
  Nordhessen gestellt; die Lieferung wird telefonisch mit Ihnen abgestimmt.

Den Zuschuss zahlen wir nach Vorlage der Rechnung direkt an Ihren Vater.

Mit freundlichen Grüßen
Ute Brandstätter
Pflegeservice"""
    m = build("Ute Brandstätter <ute.brandstaetter@hohenfels-kv.example>", "Frank Wolff <frank.wolff@mailhaus.example>",
              "Zuschuss Treppenlift und Pflegebett für Herrn Gerhard Wolff", "2026-11-17 11:11 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "care level 4 of named father, stairlift and care bed")


def m092():
    body = """Sehr geehrte Frau Dr. Amsel,

zu Ihrer Umfrage zum Notlagentarif (NLT) melden wir für die Hohenfels Krankenversicherung a.G.:

  Versicherte im NLT zum 30.09.2026:            1.214 (Vorjahr 1.302)
  davon Rückkehr in den Ursprungstarif 2026:      288
  durchschnittliche Verweildauer:               19 Monate
  durchschnittlicher Beitragsrückstand bei
  Umstellung:                                   4.870 EUR
  Leistungsausgaben NLT je Versicherten 2025:   1.130 EUR

Zahlen unter 10 Fällen weisen wir nicht gesondert aus.

Mit freundlichen Grüßen
Florian Achterberg
Vertragsservice Krankenversicherung"""
    m = build("Florian Achterberg <florian.achterberg@hohenfels-kv.example>", "Dr. Karin Amsel <k.amsel@verband-pkv-statistik.example>",
              "Umfrage Notlagentarif - Zahlen Hohenfels", "2026-10-23 14:00 +0200", body)
    return meta(m, N, "de", "insurer-to-partner", "trap: aggregate statistics about arrears/emergency tariff for the association")


def m093():
    body = """Hello Mrs Oduya,

I've had a look at Biscuit's claim. The bill from Tierarztpraxis Dr. Falkenberg shows
three visits for vomiting and diarrhoea (gastroenteritis), blood work and an ultrasound
of the abdomen:

   Policy:    TV-55 260 553 (Tierschutz+ Dog Complete)
   Claim:     TS-2026-12560
   Invoiced:  EUR 486.72
   Paid:      EUR 389.38 (80 %)

The special diet food (EUR 42.90) isn't covered, sorry. Payment is on its way to your account
ending 3948.

Hope Biscuit is back to his usual self!
Lea Sommerfeld, Hohenfels Tierschutz+"""
    m = build("Lea Sommerfeld <lea.sommerfeld@hohenfels-kv.example>", "Grace Oduya <grace.oduya@fastpost.example>",
              "Biscuit - claim TS-2026-12560 paid", "2026-11-25 16:16 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "dog's gastroenteritis vet bill for a named owner (animal health)")


def m094():
    body = """Hi Ole, hi Timo,

thanks for the call yesterday. As promised, the sandbox for the InvoiceAI demo is ready:

  URL:        https://sandbox.invoiceai.example/hohenfels
  Dataset:    250 synthetic German medical invoices (GOÄ/GOZ, pharmacy, hospital),
              generated by our tool - names like "Patient 0017", no real data
  Accuracy on this set: fee code 98.7 %, amount 99.6 %, ICD-10 96.1 %

Please don't upload any of your production invoices before the DPA is signed.
Let me know if you'd like a session with our data scientist.

Best,
Nadia Kessler
Solutions Engineer, InvoiceAI GmbH"""
    wrap = """FYI - for the DPIA file.

Ole

-----Original Message-----
From: Nadia Kessler <nadia.kessler@invoiceai.example>
Sent: Thursday, November 19, 2026 10:02 AM
To: Ole Janssen; Timo Wendland
Subject: InvoiceAI sandbox ready

""" + body
    m = build("Ole Janssen <ole.janssen@hohenfels-kv.example>", "Dr. Henrike Staab <henrike.staab@hohenfels-kv.example>",
              "FW: InvoiceAI sandbox ready", "2026-11-19 11:30 +0100", wrap)
    return meta(m, N, "en", "internal", "trap: vendor demo with synthetic medical invoices and accuracy figures")


def m095():
    body = """Hallo Frau Zimmermann,

die Rechnung der Kleintierpraxis Hasenhecke für Minka ist geprüft:

  Vertrag: TV-55 177 402 (Tierschutz+ Vollschutz Katze)
  Zahnsanierung unter Narkose am 04.11.2026: Extraktion von 3 Zähnen wegen FORL,
  Zahnsteinentfernung, Röntgen                                         642,18 EUR
  davon Zahnsteinentfernung (Prophylaxe, nicht versichert)             -88,50 EUR
  erstattungsfähig                                                     553,68 EUR
  Erstattung 80 %                                                      442,94 EUR

Viele Grüße
Nico Baumgart
Hohenfels Tierschutz+"""
    m = build("Nico Baumgart <nico.baumgart@hohenfels-kv.example>", "s.zimmermann@netzmail.example",
              "Minka - Zahnbehandlung", "2026-11-20 10:44 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "cat's dental treatment for a named owner, contract number (animal health)")


def m096():
    body = """Dear Mr and Mrs Haddad,

congratulations on the birth of your daughter Layla on 28 November 2026!

We have added Layla to your family plan from her date of birth, without health questions
and without waiting periods, because you told us within two months of the birth:

  Main member:       Omar Haddad, INT-7003-441-902
  New dependant:     Layla Haddad, born 28/11/2026, INT-7003-441-902-03
  Plan:              Expat Gold Family, premium for Layla EUR 148.20 per month from 1 December

The hospital bill for the delivery (Klinikum St. Jodok, caesarean section) and the paediatric
check-ups U1/U2 will be paid directly to the hospital.

Warm wishes to all three of you,
Claire Donnelly
International Members Service"""
    m = build("Claire Donnelly <claire.donnelly@hohenfels-kv.example>", "Omar Haddad <omar.haddad@webpost.example>",
              "Welcome Layla! Newborn added to your plan", "2026-12-04 12:05 +0100", body)
    return meta(m, S, "en", "insurer-to-customer", "newborn's birth date, caesarean section, added to named family's health plan")


def m097():
    rows = [["GOÄ alt", "Leistung", "Punkte alt", "EUR 2,3-fach alt", "GOÄneu (Entwurf)", "EUR Einfachsatz neu", "Differenz %"],
            ["1", "Beratung", 80, 10.72, "1.01", 15.00, 39.9],
            ["3", "Eingehende Beratung", 150, 20.11, "1.02", 24.50, 21.8],
            ["5", "Symptombezogene Untersuchung", 80, 10.72, "1.10", 12.10, 12.9],
            ["7", "Untersuchung Organsystem", 160, 21.45, "1.11", 23.80, 11.0],
            ["250", "Blutentnahme", 40, 4.20, "2.05", 5.10, 21.4],
            ["410", "Ultraschall ein Organ", 200, 26.81, "6.01", 29.00, 8.2]]
    body = """Liebe Kolleginnen und Kollegen,

für die Schulung "GOÄneu - was ändert sich für die Rechnungsprüfung?" am 10.12. anbei die
Gegenüberstellung einiger häufiger Ziffern (Stand Entwurf BÄK/PKV-Verband). Bitte vorher kurz
anschauen, wir besprechen dann die Auswirkungen auf die Prüfregeln.

Viele Grüße
Dr. Bernd Halbach"""
    m = build("Dr. Bernd Halbach <bernd.halbach@hohenfels-kv.example>", "leistung-alle@hohenfels-kv.example",
              "Schulung GOÄneu 10.12. - Vergleichstabelle", "2026-12-07 08:30 +0100", body,
              atts=[att("GOAE_alt_neu_Vergleich.xlsx", xlsx([("Vergleich", rows)]))])
    return meta(m, N, "de", "internal", "trap: fee schedule old/new comparison for training, no patient")


def m098():
    body = """Hallo Timo,

bitte die Bankverbindung im Partnerstamm für die Zahnarztpraxis Dr. Rösler ändern (Einzelpraxis,
Partner-ID ZA-11873), siehe Mail unten. Ich habe mit der Praxis telefoniert, passt.

Gruß Jonas

----- Weitergeleitet von Zahnarztpraxis Dr. Rösler -----
Von: Dr. Henning Rösler <verwaltung@zahnarzt-roesler.example>
Gesendet: 26.11.2026 12:18
Betreff: neue Bankverbindung

Sehr geehrte Damen und Herren,
ab sofort bitte alle Zahlungen aus der Direktabrechnung auf mein neues Praxiskonto:
Kontoinhaber Dr. Henning Rösler, IBAN DE64 2105 0170 0003 3441 50, Förde Sparkasse.
Das alte Konto bei der Kasseler Sparkasse wird zum 31.12. aufgelöst.
Mit freundlichen Grüßen
H. Rösler"""
    m = build("Jonas Reckeweg <jonas.reckeweg@hohenfels-kv.example>", "Timo Wendland <timo.wendland@hohenfels-kv.example>",
              "WG: neue Bankverbindung Zahnarztpraxis Dr. Rösler", "2026-11-26 13:02 +0100", body)
    return meta(m, C, "de", "doctor", "inline forward: sole-practice dentist's private IBAN, no patient")


def m099():
    body = """Liebe Kolleginnen und Kollegen,

am Dienstag, 15.12.2026, kommt der Blutspendedienst wieder zu uns ins Haus
(Konferenzbereich EG, 10:00-15:30 Uhr). Eine Spende dauert mit Anmeldung, Arztgespräch
und Imbiss etwa eine Stunde, die Zeit gilt als Arbeitszeit.

Wer zum ersten Mal spendet: Personalausweis mitbringen, vorher gut essen und trinken.
Terminreservierung über den Link im Intranet (Rubrik "Gesund bei Hohenfels").

Herzliche Grüße
Euer Team Betriebliches Gesundheitsmanagement"""
    m = build("BGM <bgm@hohenfels-kv.example>", "alle-mitarbeitenden@hohenfels-kv.example",
              "Blutspende im Haus am 15.12.", "2026-12-01 14:00 +0100", body, charset="windows-1252", cte="quoted-printable")
    return meta(m, N, "de", "internal", "trap: blood donation announcement for staff, no person (windows-1252)")


def m100():
    rows = [["Datum", "Rechnungssteller", "Art", "Betrag EUR", "Erstattung EUR"],
            ["12.01.2026", "Dr. med. M. Oltmanns, Kardiologie", "Langzeit-Blutdruckmessung, Echo", 356.20, 284.96],
            ["02.03.2026", "Löwen-Apotheke am Markt", "Candesartan 16 mg, Bisoprolol 5 mg", 61.44, 61.44],
            ["19.05.2026", "Augenarzt Dr. Riemenschneider", "Glaukom-Vorsorge, OCT", 148.90, 119.12],
            ["07.08.2026", "Dr. med. M. Oltmanns, Kardiologie", "Kontrolle, Belastungs-EKG", 212.70, 170.16],
            ["Summe", "", "", 779.24, 635.68]]
    body = """Sehr geehrte Frau Bergmann-Osei,

wie telefonisch besprochen erhalten Sie anbei die Leistungsübersicht 2026 für Ihre Steuer-
unterlagen.

Mit freundlichen Grüßen
Kundenservice
Hohenfels Krankenversicherung a.G."""
    m = build("Kundenservice <service@hohenfels-kv.example>", "Renate Bergmann-Osei <r.bergmann-osei@postfach.example>",
              "Ihre Unterlagen", "2026-12-02 10:22 +0100", body,
              atts=[att("Leistungsuebersicht_2026.xlsx", xlsx([("Leistungen 2026", rows)]))])
    return meta(m, S, "de", "insurer-to-customer", "harmless body; only in the XLSX: named member's cardiology, blood-pressure medicines and glaucoma check")


def m101():
    body = """Dear Mr Lefebvre,

please accept this purchase order under our framework agreement no. RV-2026-044:

  PO number:       4500118273
  Service:         certified translation of medical reports and hospital discharge summaries
                   (EN/FR/ES/AR -> DE), including medical terminology check
  Volume:          up to 1,200 standard pages in 2027, call-offs by International Members Service
  Price:           EUR 1.35 per standard line, express surcharge 50 %
  Confidentiality: your staff must be bound by § 203 (4) StGB; documents only via the SFTP
                   account, no e-mail

The first documents will follow in January through the SFTP channel.

Kind regards
Frank Osterloh
Strategic Procurement, Hohenfels Health"""
    m = build("Frank Osterloh <frank.osterloh@hohenfels-kv.example>", "Antoine Lefebvre <a.lefebvre@lingua-medica.example>",
              "PO 4500118273 - medical translations 2027", "2026-12-03 16:00 +0100", body)
    return meta(m, N, "en", "insurer-to-supplier", "trap: purchase order for translating medical reports, no document or person")


def m102():
    body = """Dear Mr Rahimi,

we are sorry your trip did not work out. Your claim under the trip cancellation cover has
been approved:

  Claim:        RR-2026-07902
  Policy:       RS-880 611 39 (TravelSafe Single Trip)
  Reason:       Visa for Canada refused on 02/11/2026 (letter from IRCC enclosed with your claim)
  Cancellation fees (flight + hotel Toronto):   EUR 1,318.00
  Excess:                                       EUR   -50.00
  Amount paid:                                  EUR 1,268.00

Payment goes to IBAN NL95 RABO 0318 8276 45 as given in your claim form.

Kind regards
Travel Claims"""
    m = build("Travel Claims <reise@hohenfels-kv.example>", "Dariush Rahimi <d.rahimi@mailhaus.example>",
              "Trip cancellation RR-2026-07902 approved", "2026-11-09 09:09 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "trip cancellation for refused visa: named customer, claim, Dutch IBAN; no health")


def m103():
    body = """Hi Ms Whitfield,

quick update on Noah's prescription claims: the receipts for the methylphenidate (Medikinet
retard 20 mg) from September to November are all reimbursed in full, EUR 187.35 in total.

Going forward you don't need to send the paediatric psychiatrist's report again - we have the
ADHD diagnosis (F90.0) on file until the end of 2027. Just upload the BtM prescription copy
and the pharmacy receipt each month.

Noah is insured under your membership INT-7003-318-640 (dependant 02).

Best wishes
Rahul Mehta
International Members Service"""
    m = build("Rahul Mehta <rahul.mehta@hohenfels-kv.example>", "Jennifer Whitfield <jen.whitfield@fastpost.example>",
              "Noah's prescriptions Sept-Nov", "2026-12-01 17:22 +0100", body)
    return meta(m, S, "en", "insurer-to-customer", "child's ADHD diagnosis F90.0 and methylphenidate prescriptions")


def m104():
    blocks = [("h", "Textbaustein KÜ-04 Kostenübernahmeerklärung Krankenhaus"),
              "An: «Krankenhaus_Name», «Krankenhaus_Abteilung»",
              "Patient/in: «Vorname» «Nachname», geb. «Geburtsdatum», Versicherungsnummer «VSNR»",
              "Aufnahme am «Aufnahmedatum» wegen «Einweisungsdiagnose»",
              "Wir übernehmen die Kosten der allgemeinen Krankenhausleistungen gemäß Krankenhausentgeltgesetz "
              "sowie folgende Wahlleistungen: «Wahlleistungen». Die Kostenübernahme gilt zunächst für «Anzahl_Tage» Tage.",
              "Bitte senden Sie die Rechnung unter Angabe unseres Zeichens «Aktenzeichen» an «Rechnungsadresse».",
              ("table", [["Feld", "Quelle", "Pflicht"],
                         ["Einweisungsdiagnose", "Einweisungsschein / Klinik", "ja"],
                         ["Wahlleistungen", "Tarifprüfung KLARA", "ja"],
                         ["Anzahl_Tage", "Standard 7, Psychiatrie 21", "ja"]])]
    body = """Hallo Markus,

anbei der überarbeitete Textbaustein KÜ-04 als ODT für den Vorlagenkatalog. Die Felder in der
Tabelle unten im Dokument sind nur für die Pflege des Bausteins und werden nicht gedruckt.

Gruß
Anna"""
    m = build("Anna Nowak <anna.nowak@hohenfels-kv.example>", "Markus Feddersen <markus.feddersen@hohenfels-kv.example>",
              "Textbaustein KÜ-04 überarbeitet", "2026-10-27 15:15 +0100", body,
              atts=[att("KUE-04_Kostenuebernahme_Krankenhaus.odt", odt(blocks))])
    return meta(m, N, "de", "internal", "trap: hospital cost-coverage template with placeholders (birth date, diagnosis fields) in ODT")


def m105():
    rows = [["Vertrag", "Sparte", "Tarif", "Art", "Jahresbeitrag", "Courtage %", "Courtage EUR"],
            ["TV-55 402 114", "Tier", "OP Hund", "Neugeschäft", 178.80, 15.0, 26.82],
            ["TV-55 402 290", "Tier", "Vollschutz Katze", "Neugeschäft", 298.80, 15.0, 44.82],
            ["TH-71 610 017", "Tierhaftpflicht", "Hund", "Neugeschäft", 71.40, 20.0, 14.28],
            ["", "", "", "Summe", "", "", 85.92],
            ["Auszahlung an", "Versicherungsmakler Dennis Hollstein e.K.", "", "IBAN", "DE87 5805 0000 0000 9127 44", "", ""],
            ["Steuernummer", "11/205/77301", "", "", "", "", ""]]
    body = """Moin Herr Hollstein,

anbei Ihre Courtageabrechnung Tier für November als Tabelle (ODS, wie von Ihnen gewünscht).

Schöne Grüße
Kai Sturm"""
    m = build("Kai Sturm <kai.sturm@hohenfels-kv.example>", "Dennis Hollstein <dh@hollstein-makler.example>",
              "Courtage Tier 11/2026", "2026-12-02 08:50 +0100", body,
              atts=[att("Courtage_Tier_2026-11_Hollstein.ods", ods([("Courtage", rows)]))])
    return meta(m, C, "de", "insurer-to-broker", "only in the ODS: sole-trader broker's IBAN, tax number and commission")


def m106():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser Betriebsarzt Dr. Wenzel die Grippeschutzimpfung an:

  Termine: 24.11. und 26.11.2026, jeweils 9-12 Uhr, Raum 2.08 (Betriebsärztlicher Dienst)
  Impfstoff: quadrivalenter Influenza-Impfstoff der Saison 2026/27
  Anmeldung: Terminliste im Intranet; bitte Impfpass mitbringen

Die Impfung ist freiwillig und kostenlos. Wer geimpft wurde, wird nirgends außer im Impfpass
dokumentiert - die Personalabteilung erfährt davon nichts.

Betriebsrat und Betriebsärztlicher Dienst"""
    m = build("Betriebsrat <betriebsrat@hohenfels-kv.example>", "alle-mitarbeitenden@hohenfels-kv.example",
              "Grippeschutzimpfung 24./26.11.", "2026-11-13 12:30 +0100", body, cte="8bit", flowed=True)
    return meta(m, N, "de", "internal", "trap: flu vaccination offer for all staff, no individual")


def m107():
    scan = pdf(["Klinikum St. Jodok - Klinik für Innere Medizin / Gastroenterologie",
                "Entlassungsbrief (Kopie für Patientin)",
                "Patientin: Dagmar Freitag-Roloff, geb. 19.10.1966",
                "Aufenthalt: 02.11.2026 - 06.11.2026",
                "Diagnosen: Akute Pankreatitis, biliär (K85.10); Cholezystolithiasis (K80.20)",
                "Therapie: ERCP mit Papillotomie und Steinextraktion am 03.11.2026",
                "Empfehlung: elektive Cholezystektomie in 6 Wochen",
                "Rechnung Wahlleistung Chefarzt folgt gesondert."], "Scan 20261112")
    body = """AW: Beleg

anbei

--
Jürgen Roloff
(im Auftrag meiner Frau)

> Am 11.11.2026 um 10:02 schrieb leistung@hohenfels-kv.example:
> Sehr geehrte Frau Freitag-Roloff, bitte senden Sie uns zu Ihrer Chefarztrechnung noch
> den Entlassungsbrief. Mit freundlichen Grüßen, Ihre Leistungsabteilung
"""
    inner = build("Jürgen Roloff <j.roloff@postfach.example>", "leistung@hohenfels-kv.example", "AW: Beleg",
                  "2026-11-12 20:14 +0100", body, mid="<b1e5a0b2.77c3@postfach.example>",
                  atts=[att("Scan_20261112_201233.pdf", scan, "bin")])
    wrap = """Hallo Markus,

Eingang für deinen Vorgang ST-2026-4522 (Chefarzt Freitag-Roloff). Ist als Mail-Anhang
gekommen, daher hier weitergeleitet.

Sabine"""
    m = build("Sabine Kroll <sabine.kroll@hohenfels-kv.example>", "Markus Feddersen <markus.feddersen@hohenfels-kv.example>",
              "WG: AW: Beleg", "2026-11-13 08:05 +0100", wrap, atts=[fwd(inner)])
    return meta(m, S, "de", "customer", "forwarded rfc822 'AW: Beleg' with a scan sent as application/octet-stream: discharge letter, pancreatitis, birth date")


def m108():
    body = """Dear Ms Okafor-Reid,

following your interviews, we are delighted to offer you the position of Senior Data Scientist
(Claims Analytics) at Hohenfels Health in Kassel.

  Start date:           1 March 2027 (or earlier by agreement)
  Annual gross salary:  EUR 82,000, 13 instalments
  Relocation allowance: EUR 5,000 gross, plus 3 months temporary housing
  Working hours:        39 hours/week, up to 3 days remote per week

The written contract will follow by post. We would be grateful for your reply by
18 December 2026.

Kind regards
Petra Ulbrich
HR Business Partner"""
    m = build("Petra Ulbrich <petra.ulbrich@hohenfels-kv.example>", "Temi Okafor-Reid <temi.okafor.reid@webpost.example>",
              "Job offer - Senior Data Scientist (Claims Analytics)", "2026-12-04 16:40 +0100", body)
    return meta(m, C, "en", "insurer-to-applicant", "named applicant's salary offer")


def m109():
    body = """Hi,

I'm on parental leave until 8 January 2027. Your e-mail will not be forwarded.

For claims and general questions please contact international@hohenfels-kv.example.
For broker matters please write to makler@hohenfels-kv.example.

Thanks,
Rahul Mehta"""
    m = build("Rahul Mehta <rahul.mehta@hohenfels-kv.example>", "Edward Cartwright <ed@cartwright-fp.example>",
              "Out of office: Re: client query Expat Gold", "2026-12-14 09:01 +0100", body, cte="7bit",
              headers=[("Auto-Submitted", "auto-replied")])
    return meta(m, N, "en", "insurer-to-broker", "trap: out-of-office naming a colleague's parental leave (organisational, no health data)")


def m110():
    body = """Hallo Bernd,

bitte einmal ärztlich anschauen - es geht um die Erstattungsfähigkeit der ICSI-Behandlung.
Mail des Ehemanns unten (er schreibt halb deutsch, halb englisch). Tarif HK Premium 100,
beide bei uns versichert.

Danke, Sabine

-----Ursprüngliche Nachricht-----
Von: Marco Bellini <marco.bellini@mailhaus.example>
Gesendet: Sonntag, 15. November 2026 22:40
An: leistung@hohenfels-kv.example
Betreff: Kinderwunschbehandlung / IVF

Guten Tag,
meine Frau Chiara Bellini (Vers.-Nr. 412 771 093-02) und ich machen seit September eine
Kinderwunschbehandlung im Kinderwunschzentrum Kassel-Mitte. The doctors say the problem is on
my side (reduced sperm count), so they recommend ICSI instead of normal IVF. First cycle is
planned for January. Do you cover this, and how many cycles? And is it paid from my policy or
from hers? Sorry for my German, we moved from Milano last year.
Grazie / Danke,
Marco Bellini (412 771 093-01)"""
    m = build("Sabine Kroll <sabine.kroll@hohenfels-kv.example>", "Dr. Bernd Halbach <bernd.halbach@hohenfels-kv.example>",
              "WG: Kinderwunschbehandlung / IVF", "2026-11-16 09:14 +0100", body)
    return meta(m, S, "mixed", "customer", "quoted German/English member mail: fertility treatment ICSI, male infertility, both insured")


def m111():
    body = """Sehr geehrte Frau Dr. Kettler,

vielen Dank für Ihre allgemeine Anfrage zur Berechnung der digitalen Volumentomographie (DVT)
vor Implantationen.

Wir erstatten bei entsprechendem Tarif die GOZ/GOÄ-Positionen wie folgt:
- Anfertigung DVT: GOÄ Nr. 5370 (analog) bzw. nach Beschluss der BZÄK als Analogleistung
  nach § 6 Abs. 1 GOZ, Bemessung bis 2,3-fach ohne besondere Begründung
- Befundung: ist in der Leistung enthalten, eine gesonderte Berechnung nach GOÄ 5377 ist nicht möglich
- 3D-Planungssoftware: nur als Auslage, wenn patientenbezogene Kosten entstehen

Die Beurteilung eines konkreten Falls hängt vom Tarif der Patientin bzw. des Patienten ab;
dafür schicken Sie bitte den Heil- und Kostenplan über das Partnerportal.

Mit freundlichen Grüßen
Dr. Anke Vierling
Beratungszahnärztin
Hohenfels Krankenversicherung a.G."""
    m = build("Dr. Anke Vierling <anke.vierling@hohenfels-kv.example>", "Dr. Maren Kettler <praxis@zahnaerztin-kettler.example>",
              "AW: Allgemeine Frage DVT-Abrechnung", "2026-10-13 13:13 +0200", body)
    return meta(m, N, "de", "insurer-to-doctor", "trap: general billing answer on dental CT to a dentist, no patient")


def m112():
    body = """Sehr geehrter Herr Brinkhoff,

Ihr Hund Theo (Hundehaftpflicht, Vertrag TH-71 337 520) hat am 20.10.2026 auf der Hundewiese
an der Fulda den Labrador "Emma" von Frau Sabine Krull gebissen. Frau Krull hat uns inzwischen die
Tierarztrechnung geschickt:

  Wundversorgung unter Sedierung, Naht am Hals, Antibiotikum, 2 Kontrollen    398,60 EUR

Wir regulieren den Betrag direkt mit Frau Krull (Schaden HH-2026-31002). Menschen wurden nicht
verletzt. Ihre Selbstbeteiligung von 150 EUR stellen wir Ihnen gesondert in Rechnung.

Mit freundlichen Grüßen
Hohenfels Tierschutz+ Schadenservice"""
    m = build("Tierschutz+ Schadenservice <tier-schaden@hohenfels-kv.example>", "brinkhoff.t@fastpost.example",
              "Schaden HH-2026-31002 - Biss auf der Hundewiese", "2026-11-04 14:30 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "dog liability: the other dog's vet treatment, named holder and third party; no human injury")


def m113():
    body = """Dear Sophie,

attached to our shared folder you will find the draft wording for the 2027 renewal of the
Expat Quota Share Treaty. Main changes compared to 2026:

  - Cession: 40 % (unchanged), event limit EUR 2.5m (previously EUR 2.0m)
  - Exclusion clause 8.4 (pandemic) replaced by the LMA wording
  - Claims cooperation threshold raised to EUR 250,000 per member and year
  - Bordereaux: quarterly, aggregated by region, age band and benefit category;
    individual data only in the large-loss list above the threshold

Happy to discuss on our call on Thursday.

Best regards
Gesa Lührmann
Member of the Board, Hohenfels Health"""
    m = build("Gesa Lührmann <gesa.luehrmann@hohenfels-kv.example>", "Sophie Marchetti <s.marchetti@alpenre.example>",
              "Expat QS treaty 2027 - draft wording", "2026-11-30 18:00 +0100", body)
    return meta(m, N, "en", "insurer-to-partner", "trap: reinsurance treaty terms, thresholds per member, no person")


def m114():
    text = """Dear Mr Farouk,

please find below the direct billing approval for your treatment at Emirates Oncology
Centre, Abu Dhabi. The centre has received our guarantee of payment.

Member:        Tariq Farouk, INT-7003-905-113
Diagnosis:     breast cancer (male), left, C50.9, after mastectomy 09/2026
Approved:      6 cycles of adjuvant chemotherapy (docetaxel/cyclophosphamide), every 3 weeks
               from 30/11/2026, incl. oncology consultations and G-CSF
Estimated:     AED 186,000 (approx. EUR 45,600)
Your co-pay:   none (Expat Platinum)

If the oncologist changes the protocol, the centre just sends us the new plan.
We wish you strength for the coming weeks.

Claire Donnelly
International Members Service
"""
    html = """<html><body><p>Dear Mr Farouk,</p>
<p>please find below the direct billing approval for your treatment at Emirates Oncology Centre, Abu Dhabi.
The centre has received our guarantee of payment.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Member</td><td>Tariq Farouk, INT-7003-905-113</td></tr>
<tr><td>Diagnosis</td><td>breast cancer (male), left, C50.9, after mastectomy 09/2026</td></tr>
<tr><td>Approved</td><td>6 cycles of adjuvant chemotherapy (docetaxel/cyclophosphamide), every 3 weeks from 30/11/2026, incl. oncology consultations and G-CSF</td></tr>
<tr><td>Estimated</td><td>AED 186,000 (approx. EUR 45,600)</td></tr>
<tr><td>Your co-pay</td><td>none (Expat Platinum)</td></tr>
</table>
<p>If the oncologist changes the protocol, the centre just sends us the new plan. We wish you strength for the coming weeks.</p>
<p>Claire Donnelly<br>International Members Service</p></body></html>"""
    m = build("Claire Donnelly <claire.donnelly@hohenfels-kv.example>", "Tariq Farouk <tariq.farouk@webpost.example>",
              "Direct billing approval - Emirates Oncology Centre", "2026-11-27 08:40 +0100", text, html)
    return meta(m, S, "en", "insurer-to-customer", "cancer diagnosis C50.9 and chemotherapy approval for a named member (text + HTML table)")


def m115():
    body = """Sehr geehrter Herr Quentin,

zu Ihrer Frage nach dem Datenaustausch für die Direktabrechnung:

- Format: wir akzeptieren Rechnungsdaten im Format "PKV-DTA 3.2" (XML) sowie PDF/A mit
  eingebettetem XML (ZUGFeRD-Profil "EXTENDED" mit PKV-Erweiterung)
- Übertragung: ausschließlich über die SFTP-Schnittstelle oder das Partnerportal,
  nicht per E-Mail
- Testphase: 4 Wochen mit synthetischen Testrechnungen, die wir Ihnen bereitstellen
- Ansprechpartner technisch: Ole Janssen, IT Input Management

Die Rahmenvereinbarung für Abrechnungsstellen schicken wir Ihnen gern zu.

Mit freundlichen Grüßen
Timo Wendland
Partnermanagement Leistungserbringer"""
    m = build("Timo Wendland <timo.wendland@hohenfels-kv.example>", "Laurent Quentin <l.quentin@medifakt.example>",
              "AW: Anbindung MediFakt an Hohenfels - Datenformat", "2026-10-29 10:30 +0100", body)
    return meta(m, N, "de", "insurer-to-billing-service", "trap: technical answer to a billing service on invoice data format, no patient")


def m116():
    body = """Dear Ms Abernathy,

thanks for letting us know about your move. We've updated your pet policies:

  Policyholder:  Fiona Abernathy
  New address:   Am Weinberg 14, 37213 Witzenhausen (from 01/12/2026)
  Policies:      TV-55 412 027 (dog Hamish), TH-71 612 303 (dog liability Hamish)

The premium stays the same, as both addresses are in the same region. Your new policy
schedules are in your portal mailbox.

Kind regards
Hohenfels Tierschutz+ Contract Services"""
    m = build("Tierschutz+ Contract Services <tier-vertrag@hohenfels-kv.example>", "fiona.abernathy@postfach.example",
              "Address change confirmed", "2026-11-24 10:10 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "named pet policyholder's new address and contract numbers")


def m117():
    html = """<html><body style="font-family:Arial">
<h2>Hohenfels Klinik Plus &ndash; Ihr Komfort im Krankenhaus</h2>
<p>Als gesetzlich Versicherte/r können Sie sich mit unserer Krankenhauszusatzversicherung wie ein Privatpatient behandeln lassen:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Leistung</th><th>Klinik Plus 2</th><th>Klinik Plus 1</th></tr>
<tr><td>Zweibettzimmer</td><td>100 %</td><td>100 %</td></tr>
<tr><td>Einbettzimmer</td><td>&ndash;</td><td>100 %</td></tr>
<tr><td>Chefarztbehandlung</td><td>100 % bis 3,5-fach GOÄ</td><td>100 % auch über 3,5-fach</td></tr>
<tr><td>Krankenhaustagegeld ambulante OP</td><td>50 EUR</td><td>100 EUR</td></tr>
<tr><td>Monatsbeitrag Alter 30</td><td>14,90 EUR</td><td>26,40 EUR</td></tr>
</table>
<p>Ohne Wartezeit bei Unfällen. Gesundheitsfragen: nur 3 Fragen zu Krankenhausaufenthalten der letzten 5 Jahre.</p>
<p><a href="https://www.hohenfels-kv.example/klinikplus">Jetzt Beitrag berechnen</a></p>
</body></html>"""
    m = build("Hohenfels Krankenversicherung <info@hohenfels-kv.example>", "interessenten@lists.hohenfels-kv.example",
              "Wie ein Privatpatient ins Krankenhaus - Klinik Plus", "2026-10-19 08:00 +0200", html=html)
    return meta(m, N, "de", "newsletter", "trap: HTML-only product mailing for hospital supplementary cover with chief physician and health questions")


def m118():
    body = """Sehr geehrter Herr Paschke,

wie von Ihnen gewünscht stellen wir Ihren Vertrag zum 01.01.2027 nach § 204 VVG um:

Versicherungsnummer 412 604 885-01, versicherte Person: Sie selbst
  bisher: HK Premium 100, Selbstbehalt 600 EUR, Monatsbeitrag 834,20 EUR
  neu:    HK Komfort 80, Selbstbehalt 1.200 EUR, Monatsbeitrag 598,70 EUR
  unverändert: KT 43 (Krankentagegeld 150 EUR), PVN

Ihre Alterungsrückstellung wird vollständig angerechnet. Eine Gesundheitsprüfung ist nicht
erforderlich, da der neue Tarif keine Mehrleistungen enthält. Den Nachtrag zum Versicherungs-
schein erhalten Sie mit der Post.

Mit freundlichen Grüßen
Florian Achterberg
Vertragsservice Krankenversicherung"""
    m = build("Florian Achterberg <florian.achterberg@hohenfels-kv.example>", "Rüdiger Paschke <r.paschke@netzmail.example>",
              "Ihr Tarifwechsel zum 01.01.2027", "2026-12-03 13:45 +0100", body)
    return meta(m, S, "de", "insurer-to-customer", "named member's health tariff change and premiums (personal line, no medical word)")


def m119():
    body = """Sehr geehrte Frau Marchetti-Vogt,

vielen Dank für Ihre Unterlagen zum Diebstahl in Rom.

Schaden:     RG-2026-02455 (Reisegepäckversicherung, Vertrag RS-880 233 91)
Ereignis:    Rucksack am 27.10.2026 in der Metro Linie A entwendet (Anzeige Carabinieri
             Nr. 2026/RM/184552)
Inhalt lt. Ihrer Liste: Kamera (Kaufbeleg 2024), Sonnenbrille, Powerbank, Reiseführer

Wir entschädigen den Zeitwert von insgesamt 612,00 EUR. Wertsachen sind bis 50 % der
Versicherungssumme mitversichert, die Grenze ist nicht überschritten. Auszahlung auf
DE58 2004 1111 0617 7339 00.

Mit freundlichen Grüßen
Reiseschutz-Service"""
    m = build("Reiseschutz-Service <reise@hohenfels-kv.example>", "l.marchetti-vogt@webpost.example",
              "Diebstahl Rom - Regulierung RG-2026-02455", "2026-11-16 15:50 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "baggage theft claim: named customer, police report number, IBAN")


def m120():
    body = """Hallo Team,

Jonas ist diese Woche nicht im Büro. Seine Vorgänge im Zahn-Postkorb übernimmt bis Freitag
Melike, die HKP-Eingänge mit Frist bitte an mich. Telefonisch ist die Durchwahl -2331 auf
Melike umgeleitet.

Danke euch!
Jana"""
    m = build("Jana Pohlmann <jana.pohlmann@hohenfels-kv.example>", "zahn-team@hohenfels-kv.example",
              "Vertretung Jonas diese Woche", "2026-12-07 07:52 +0100", body)
    return meta(m, N, "de", "internal", "trap: colleague absent without reason, organisational substitution")


def m121():
    body = """Dear Mr Sørensen,

we've processed the physiotherapy invoices following your skiing accident in Ischgl on
3 January (tibial plateau fracture, right leg, operated at the LKH Zams):

  Physio Kassel-Ost, 18 sessions manual therapy + lymph drainage    EUR 1,134.00
  Hospital Zams (Austria), surgery and 5 nights - already paid directly
  Crutches and knee brace (Sanitätshaus Fulda)                     EUR   212.60

  Total reimbursed (100 %, accident, no deductible):               EUR 1,346.60

Since this was an accident, we may contact the other skier's liability insurer; please send us
the accident report from the ski patrol if you have it.

Membership: INT-7003-120-447

Kind regards
Rahul Mehta
International Members Service"""
    m = build("Rahul Mehta <rahul.mehta@hohenfels-kv.example>", "Anders Sørensen <anders.sorensen@fastpost.example>",
              "Physiotherapy after your skiing accident", "2027-03-02 14:20 +0100", body)
    return meta(m, S, "en", "insurer-to-customer", "ski accident with tibial fracture, surgery and physiotherapy for a named member")


def m122():
    body = """Hallo Herr Reinholz,

danke für Ihre Nachfrage. Die Kastration von Balou ist in Ihrem Tarif Tierschutz+ OP Hund
(Vertrag TV-55 390 771) leider nicht versichert, weil sie nicht medizinisch notwendig ist,
sondern vorbeugend erfolgt. Anders wäre es, wenn die Tierärztin eine Erkrankung (z. B. einen
Hodentumor oder eine Prostatavergrößerung) feststellt und die Kastration deshalb durchführt -
dann bräuchten wir ihren Befund.

Viele Grüße
Lea Sommerfeld
Hohenfels Tierschutz+"""
    m = build("Lea Sommerfeld <lea.sommerfeld@hohenfels-kv.example>", "Jens Reinholz <jens.reinholz@mailhaus.example>",
              "AW: Kastration Balou - wird das bezahlt?", "2026-10-30 11:40 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "named pet owner's contract and dog's planned castration (animal health)")


def m123():
    body = """Liebe Kolleginnen und Kollegen,

in der Gesundheitswoche vom 18.-22.01.2027 gibt es in der Kantine jeden Tag ein Gericht
mit Nährwertampel:

  Mo  Linsen-Dal mit Basmatireis (vegan)              Ampel: grün/grün/gelb
  Di  Ofenlachs mit Kartoffel-Gurken-Salat            Ampel: grün/gelb/grün
  Mi  Vollkornpasta mit Brokkoli und Walnusspesto     Ampel: grün/gelb/grün
  Do  Hähnchenbrust, Ofengemüse, Kräuterquark         Ampel: grün/grün/grün
  Fr  Kürbissuppe und Dinkelbrot                      Ampel: grün/grün/gelb

Dazu am Mittwoch ein Vortrag "Zucker, Salz, Fett - was steckt im Essen?" der Ernährungs-
beraterin des BGM (12:30 Uhr, Raum 0.14). Allergene wie immer am Aushang.

Euer Kantinenteam"""
    m = build("Kantine <kantine@hohenfels-kv.example>", "alle-mitarbeitenden@hohenfels-kv.example",
              "Gesundheitswoche: Speiseplan mit Nährwertampel", "2027-01-11 09:30 +0100", body, cte="8bit")
    return meta(m, N, "de", "internal", "trap: canteen health-week menu and nutrition talk")


def m124():
    csv_text = ("date_of_service,provider,country,type,diagnosis_code,billed_eur,paid_eur\n"
                "2024-03-11,Dr. A. Whitmore,GB,outpatient,J02.9,180.00,180.00\n"
                "2024-09-02,Klinikum St. Jodok,DE,inpatient,K35.8,6412.30,6412.30\n"
                "2025-05-20,Optik Weissenstein,DE,vision,H52.1,640.00,400.00\n"
                "2025-11-14,Physio Kassel-Ost,DE,physiotherapy,M54.5,504.00,504.00\n"
                "2026-06-30,Dr. L. Ferreira,PT,outpatient,L20.9,95.00,95.00\n")
    body = """Dear Mr Thornbury,

as requested for your application with your new employer's insurer, please find attached the
claims history for the last three years in CSV format.

We're sorry to lose you as a member and wish you all the best in Singapore.

Kind regards
International Members Service
Hohenfels Health"""
    m = build("International Members Service <international@hohenfels-kv.example>", "Simon Thornbury <simon.thornbury@webpost.example>",
              "Your requested documents", "2026-11-06 10:05 +0100", body,
              atts=[att("claims_history_INT-7003-077-310.csv", csv_text, "csv")])
    return meta(m, S, "en", "insurer-to-customer", "harmless body; only in the CSV: named member's claims history with ICD-10 codes (appendicitis, back pain)")


def m125():
    body = """Dear Ms Dubois-Kerr,

thank you for using our online calculator. Here is your quote for Hohenfels Tierschutz+:

  Quote no.:       ANG-T-2026-20114
  Policyholder:    Amélie Dubois-Kerr, born 14 July 1979, Friedrich-Engels-Str. 9, 34117 Kassel
  Pet:             Nala, Australian Shepherd, female, born 02/2026
  Tariff:          Dog Complete, excess EUR 250, EUR 44.60 per month

The quote is valid for four weeks. To accept it, just click "apply" in the quote e-mail
you received from our calculator.

Kind regards
Hohenfels Tierschutz+ Sales"""
    m = build("Tierschutz+ Sales <tier-vertrieb@hohenfels-kv.example>", "amelie.dk@mailhaus.example",
              "Your pet insurance quote ANG-T-2026-20114", "2026-11-08 19:30 +0100", body)
    return meta(m, C, "en", "insurer-to-applicant", "pet quote with named prospect's birth date and home address")


def m126():
    body = """Hi team,

the S/MIME certificate of the shared mailbox international@hohenfels-kv.example expires on
31 January 2027. The renewal has been requested (ticket REQ-2026-8812); the new certificate
will be rolled out to your Outlook profiles automatically on 20 January.

What you need to do:
  - nothing, unless you use the mailbox on a mobile device - then please re-install the
    profile via the Company Portal app after 20 January
  - members and hospitals who already have our old certificate will receive the new one
    with our next signed message

Questions: it-servicedesk@hohenfels-kv.example

Ole / IT Input Management"""
    m = build("Ole Janssen <ole.janssen@hohenfels-kv.example>", "ims-team@hohenfels-kv.example",
              "S/MIME certificate renewal for international@ mailbox", "2026-12-08 10:00 +0100", body)
    return meta(m, N, "en", "internal", "certificate renewal notice for a shared mailbox, no person data")


def m127():
    body = """Hallo Herr Yilmazer,

wie gewünscht bestätige ich Ihnen für Ihre Wohnungsbewerbung:

Herr Emre Yilmazer ist seit dem 01.04.2021 unbefristet bei der Hohenfels Krankenversicherung a.G.
als Sachbearbeiter Vertragsservice beschäftigt. Das Arbeitsverhältnis ist ungekündigt. Das
monatliche Bruttogehalt beträgt derzeit 4.215,00 EUR zuzüglich 13. Monatsgehalt.

Das unterschriebene Original liegt ab morgen im Postfach bei der Personalabteilung.

Viele Grüße
Sandra Kühnemund
Entgeltabrechnung"""
    m = build("Sandra Kühnemund <sandra.kuehnemund@hohenfels-kv.example>", "Emre Yilmazer <emre.yilmazer@hohenfels-kv.example>",
              "Arbeitgeberbescheinigung für Ihre Wohnungsbewerbung", "2026-11-02 15:12 +0100", body)
    return meta(m, C, "de", "insurer-to-employee", "employee's employment status and gross salary")


def m128():
    body = """Sehr geehrte Frau Lehnert,

vielen Dank für Ihre Nachfrage zum Heil- und Kostenplan Ihrer Patientin.

Der HKP von Frau Ilka Sommerkamp vom 12.10.2026 (Brücke 44-46, Aufbaufüllung 45, Vers.-Nr.
503 201 566-01) liegt unserer Beratungszahnärztin vor. Wegen der bekannten Parodontitis
brauchen wir noch den aktuellen PAR-Status (Sondierungstiefen) und das OPG vom September.
Sobald die Unterlagen da sind, erhält Frau Sommerkamp die Zusage innerhalb von 5 Arbeitstagen.

Bitte laden Sie die Unterlagen im Partnerportal unter dem Vorgang Z-2026-33817 hoch.

Mit freundlichen Grüßen
Jana Pohlmann
Zahn / Kieferorthopädie

> Von: Zahnarztpraxis Dr. Yilmaz & Kollegen <rezeption@zahnarzt-yilmaz.example>
> Gesendet: Donnerstag, 5. November 2026 11:58
> Betreff: Stand HKP Sommerkamp
> Guten Tag, wie ist der Stand beim HKP unserer Patientin Frau Sommerkamp? Sie möchte
> gern vor Weihnachten mit der Behandlung beginnen. Gruß, B. Lehnert, Rezeption"""
    m = build("Jana Pohlmann <jana.pohlmann@hohenfels-kv.example>", "Zahnarztpraxis Dr. Yilmaz & Kollegen <rezeption@zahnarzt-yilmaz.example>",
              "AW: Stand HKP Sommerkamp", "2026-11-05 14:48 +0100", body)
    return meta(m, S, "de", "insurer-to-doctor", "named patient's dental bridge plan and periodontitis to the dental practice")


def m129():
    body = """Protokoll Leistungsausschuss vom 25.11.2026 (anonymisiert)
Teilnehmende: Dr. Halbach, Dr. Vierling, Fr. Kroll, Hr. Feddersen, Fr. Dr. Riedel

Fall 1 (Kulanz): Versicherte/r, Altersgruppe 40-49, beantragt Kostenübernahme für eine
in Deutschland nicht zugelassene Krebstherapie im Ausland. Studienlage dünn.
Beschluss: Ablehnung, Hinweis auf Studienteilnahme; Bearbeitung durch Stationär.

Fall 2 (Grundsatz): Abrechnung von Laser-Zahnbehandlungen analog GOZ 4138.
Beschluss: künftig Erstattung bis 2,3-fach, Prüfregel wird angepasst (Dr. Vierling).

Fall 3 (Grundsatz): Digitale Gesundheitsanwendungen (DiGA) in Tarifen ohne ausdrückliche
Regelung. Beschluss: Erstattung bei ärztlicher Verordnung, befristet bis 12/2027.

Nächste Sitzung: 27.01.2027

Die Fallakten sind in KLARA nur für den Ausschuss einsehbar; das Protokoll enthält bewusst keine
Versicherungsnummern."""
    m = build("Sabine Kroll <sabine.kroll@hohenfels-kv.example>", "leistungsausschuss@hohenfels-kv.example",
              "Protokoll Leistungsausschuss 25.11.2026", "2026-11-26 16:00 +0100", body)
    return meta(m, N, "de", "internal", "trap: anonymised committee minutes (age band only, cancer therapy, DiGA), no identifiable person")


def m130():
    body = """Dear Mr Lindahl,

please find below the premium invoice for Q1 2027 for your company health insurance.

  Invoice no.:        RE-BKV-2027-000318
  Policyholder:       Nordkap Marine Systems GmbH, attn. Mr Henrik Lindahl
  Group contract:     bKV-G 2026-0318
  Insured employees:  412 (status 01/01/2027)
  Premium:            412 x EUR 23.80 x 3 months = EUR 29,416.80
  Due date:           15/01/2027
  Payment to:         Hohenfels Krankenversicherung a.G., IBAN DE91 7015 0000 0091 8273 64,
                      reference RE-BKV-2027-000318

The premium is exempt from insurance tax. Please contact us if the headcount changes by more
than 5 %.

Kind regards
Corporate Health Accounts, Hohenfels Health"""
    m = build("Corporate Health Accounts <corporate@hohenfels-kv.example>", "Henrik Lindahl <henrik.lindahl@nordkap-marine.example>",
              "Invoice Q1/2027 - company health insurance", "2027-01-04 09:00 +0100", body)
    return meta(m, C, "en", "insurer-to-company", "group contract invoice to a company with named contact, headcount only (insurer's own IBAN is not sensitive)")


def m131():
    lines = ["Hohenfels Global Expat - Welcome guide 2027",
             "",
             "1. Your membership card: show it at hospitals in our direct billing network.",
             "2. Before planned hospital stays: ask us for a guarantee of payment 5 days in advance.",
             "3. Emergencies: call +49 561 7707-9111 (24/7), we organise evacuation if needed.",
             "4. Claims: upload invoices in the app within 12 months; we reply within 5 working days.",
             "5. Maternity: covered after 10 months; tell us about the pregnancy as early as possible.",
             "6. Mental health: up to 25 sessions per year without pre-approval.",
             "7. Dental: check-ups 100 %, treatment 80 %, dental plans above EUR 1,500 need approval.",
             "8. Pre-existing conditions: see your certificate of insurance for any exclusions.",
             "",
             "Example: Alex Sample (fictitious) is admitted in Dubai with pneumonia. The hospital calls",
             "our assistance line, we confirm cover within 2 hours and pay the hospital directly."]
    body = """Dear Ms Varga,

as discussed, attached is the new welcome guide for your assignees starting in 2027 - feel
free to add it to your relocation packs.

Best regards
Claire Donnelly"""
    m = build("Claire Donnelly <claire.donnelly@hohenfels-kv.example>", "Szilvia Varga <s.varga@brightwell-relocation.example>",
              "Welcome guide 2027 for assignees", "2026-12-10 11:30 +0100", body,
              atts=[att("Hohenfels_Expat_Welcome_Guide_2027.pdf", pdf(lines, "Welcome guide 2027"))])
    return meta(m, N, "en", "insurer-to-company", "trap: expat welcome guide PDF with maternity/mental-health rules and a fictitious example")


def m132():
    body = """Hallo Frau Castellano, hello!

(English below)

die Rechnung von Dr. Falkenberg für Kaninchen Pippa haben wir bezahlt: Zahnkorrektur der
Backenzähne unter Narkose, 184,30 EUR, davon erstatten wir 80 % = 147,44 EUR.
Vertrag TV-55 480 202.

We've paid Dr Falkenberg's bill for Pippa: molar correction under anaesthesia, EUR 184.30,
80 % reimbursed = EUR 147.44 to your account. Rabbits often need this every few months -
just send us the next bill the same way.

Viele Grüße / best wishes
Lea Sommerfeld
Hohenfels Tierschutz+"""
    m = build("Lea Sommerfeld <lea.sommerfeld@hohenfels-kv.example>", "Lucía Castellano <lucia.castellano@fastpost.example>",
              "Pippa - Rechnung bezahlt / bill paid", "2026-11-27 15:05 +0100", body)
    return meta(m, C, "mixed", "insurer-to-customer", "German/English pet claim: rabbit's dental treatment, named owner, contract number")


def m133():
    body = """Dear Ms Varga,

we confirm that the following assignees of Brightwell's client Trelleborg Engineering are
insured with us under group contract GX-0920 with effect from the dates shown:

  Mr Florian Jäckel, INT-7003-730-204, Expat Gold, from 01/09/2025
  Mrs Annette Jäckel (spouse), INT-7003-730-204-02, from 01/09/2025
  Mr Paulo Mendes, INT-7003-731-118, Expat Gold, from 01/11/2026

The certificates for the Nigerian visa application are in the employer portal.

Kind regards
Claire Donnelly
International Members Service"""
    m = build("Claire Donnelly <claire.donnelly@hohenfels-kv.example>", "Szilvia Varga <s.varga@brightwell-relocation.example>",
              "Confirmation of cover - GX-0920", "2026-11-18 12:00 +0100", body)
    return meta(m, S, "en", "insurer-to-company", "fact that named persons are insured in a health plan, membership numbers (personal line, no medical word)")


def m134():
    body = """Willkommen im Hohenfels Kundenportal!

Sie haben sich soeben registriert. Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von
48 Stunden über diesen Link:

https://meine.hohenfels-kv.example/registrierung/bestaetigen?t=Q1JNX0VYQU1QTEVfVE9LRU4

Ihr Aktivierungsbrief mit dem Initialpasswort kommt aus Sicherheitsgründen separat per Post.

Falls Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.

Ihre Hohenfels Krankenversicherung"""
    m = build("Hohenfels Kundenportal <noreply@hohenfels-kv.example>", "a.brandes@postfach.example",
              "Bitte bestätigen Sie Ihre E-Mail-Adresse", "2026-11-22 18:44 +0100", body,
              headers=[("Auto-Submitted", "auto-generated")])
    return meta(m, N, "de", "insurer-to-customer", "trap: portal registration confirmation, no personal data")


def m135():
    body = """Sehr geehrter Herr Nikolić,

vielen Dank für Ihre Bewerbung als Sachbearbeiter Leistungsprüfung Zahn (Kennziffer 2026-117).
Wir haben Ihre Unterlagen erhalten und melden uns bis Mitte Januar.

Mit freundlichen Grüßen
Petra Ulbrich
Personal

> Von: Stefan Nikolić <stefan.nikolic@netzmail.example>
> Datum: 08.12.2026, 21:14
> Betreff: Bewerbung Kennziffer 2026-117
>
> Sehr geehrte Frau Ulbrich,
> anbei meine Bewerbung. Kurz zu mir: geboren am 30.05.1989 in Hann. Münden, ZMV seit 2014,
> derzeit Abrechnungsleitung in einer Praxis in Göttingen mit 3.650 EUR brutto im Monat.
> Meine Gehaltsvorstellung liegt bei 47.000 EUR im Jahr.
> Mit freundlichen Grüßen
> Stefan Nikolić"""
    m = build("Petra Ulbrich <petra.ulbrich@hohenfels-kv.example>", "Stefan Nikolić <stefan.nikolic@netzmail.example>",
              "AW: Bewerbung Kennziffer 2026-117", "2026-12-09 08:15 +0100", body)
    return meta(m, C, "de", "insurer-to-applicant", "harmless top; quoted applicant mail: birth date, current salary, salary expectation")


def m136():
    body = """Hi Claire, hi Markus,

your registration for the International Health Insurance Summit in Lisbon is confirmed:

  Dates:    10-12 March 2027
  Hotel:    Hotel Tejo Riverside, 3 nights, booked via our travel agency (ref. TRV-88120)
  Flights:  FRA-LIS 09/03 07:10, LIS-FRA 12/03 18:45 (economy, per travel policy)
  Budget:   cost centre 4410

Please bring business cards - Claire is on the panel "Direct billing in the Gulf region" on
11 March at 14:00.

Cheers
Anna (team assistant)"""
    m = build("Anna Nowak <anna.nowak@hohenfels-kv.example>", "Claire Donnelly <claire.donnelly@hohenfels-kv.example>",
              "Lisbon summit - bookings confirmed", "2026-12-11 12:20 +0100", body,
              cc="Markus Feddersen <markus.feddersen@hohenfels-kv.example>")
    return meta(m, N, "en", "internal", "staff conference travel bookings, no sensitive data")


def m137():
    body = """Dear Ms Nakamura-Hill,

your bag finally arrived - glad to hear it! For the delay of four days on your trip to
Montreal we reimburse the emergency purchases you made:

  Claim:      RG-2026-02610, policy RS-880 702 15
  Toiletries, underwear, one jacket (receipts 1-7):   CAD 412.80 = EUR 276.40
  Limit for delayed baggage:                          EUR 400.00
  Amount paid:                                        EUR 276.40

Transfer to IE16 BOFI 9014 9332 8716 04 within three working days.

Kind regards
Travel Claims, Hohenfels Allgemeine Versicherung AG"""
    m = build("Travel Claims <reise@hohenfels-kv.example>", "Yuki Nakamura-Hill <yuki.nh@webpost.example>",
              "Delayed baggage - claim RG-2026-02610", "2026-10-26 16:00 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "delayed baggage claim: named customer, claim number, Irish IBAN")


def m138():
    csv_text = ("Bereich;Beschäftigte;Krankenstand 2025 %;Krankenstand 2026 (Jan-Okt) %;Veränderung\r\n"
                "Leistung ambulant;118;6,1;6,4;+0,3\r\n"
                "Leistung stationär/Pflege;64;5,7;5,2;-0,5\r\n"
                "Zahn/KFO;41;5,9;6,8;+0,9\r\n"
                "International Members Service;22;3,9;4,1;+0,2\r\n"
                "Vertrieb/Maklerbetreuung;57;4,4;4,0;-0,4\r\n"
                "IT;96;3,8;3,5;-0,3\r\n"
                "Bereiche < 10 Beschäftigte;zusammengefasst;4,6;4,9;+0,3\r\n")
    body = """Hallo Herr Pfannkuch,

für die Sitzung mit dem Betriebsrat anbei die Krankenstandsquoten je Bereich (Quelle:
Zeitwirtschaft, nur Quoten, Bereiche unter 10 Personen zusammengefasst). Gründe für
Abwesenheiten liegen uns ohnehin nicht vor.

Viele Grüße
Martina Reuß
Betriebliches Gesundheitsmanagement"""
    m = build("Martina Reuß <martina.reuss@hohenfels-kv.example>", "Jörg Pfannkuch <joerg.pfannkuch@hohenfels-kv.example>",
              "Krankenstand je Bereich für BR-Sitzung", "2026-11-10 17:05 +0100", body,
              atts=[att("Krankenstand_Bereiche_2026.csv", csv_text.encode("cp1252"), "csv", "windows-1252")])
    return meta(m, N, "de", "internal", "trap: sickness absence rates per department (aggregated CSV), no individual")


def m139():
    body = """Sehr geehrte Frau Hagedorn,

vielen Dank für Ihre Beschwerde vom 18.11.2026 zur Ablehnung der Osteopathie-Rechnungen.

Wir haben Ihren Fall noch einmal geprüft. Ihre Orthopädin Dr. Vahle hat die Osteopathie wegen
Ihrer chronischen Lumbalgie (M54.5) und des Beckenschiefstands nach der Entbindung im Frühjahr
verordnet. Ihr Tarif HK Basis 100 sieht Osteopathie nicht vor; wir erstatten die sechs
Behandlungen (je 95 EUR) deshalb ausnahmsweise auf Kulanz zu 50 %, also 285 EUR.

Versicherungsnummer: 412 330 718-01

Sollten Sie mit dieser Entscheidung nicht einverstanden sein, können Sie sich an den
Ombudsmann Private Kranken- und Pflegeversicherung wenden.

Mit freundlichen Grüßen
Beschwerdemanagement
Hohenfels Krankenversicherung a.G."""
    m = build("Beschwerdemanagement <beschwerde@hohenfels-kv.example>", "Julia Hagedorn <julia.hagedorn@postfach.example>",
              "Ihre Beschwerde vom 18.11.2026", "2026-11-30 10:40 +0100", body,
              charset="iso-8859-1", cte="quoted-printable")
    return meta(m, S, "de", "insurer-to-customer", "complaint answer: chronic back pain M54.5, childbirth, osteopathy (iso-8859-1)")


def m140():
    body = """Sehr geehrte Frau Okonjo,

leider ist uns ein Fehler passiert: Die Erstattung für die Tierarztrechnung (Schaden
TS-2026-12207, Ihre Katze Nala) über 96,40 EUR haben wir versehentlich zweimal überwiesen,
am 10.11. und am 12.11.2026, jeweils auf Ihr Konto DE76 8306 5408 0004 4112 08.

Dürfen wir Sie bitten, den doppelt gezahlten Betrag auf unser Konto
DE39 7635 0000 0040 2278 15 (Verwendungszweck "TS-2026-12207 Rückzahlung") zurückzuüberweisen?
Alternativ verrechnen wir ihn mit der nächsten Erstattung - sagen Sie uns einfach Bescheid.

Entschuldigen Sie die Umstände.
Nico Baumgart
Hohenfels Tierschutz+"""
    m = build("Nico Baumgart <nico.baumgart@hohenfels-kv.example>", "Chiamaka Okonjo <c.okonjo@netzmail.example>",
              "Doppelte Überweisung TS-2026-12207", "2026-11-13 09:55 +0100", body)
    return meta(m, C, "de", "insurer-to-customer", "pet claim overpayment: named customer's IBAN and claim number")


def m141():
    body = """Hi Nadia,

kurze Rückmeldung zu den Testdaten: the synthetic invoices look good, aber bei den
Zahnarztrechnungen fehlt die Zahnschema-Spalte (Regio / FDI-Nummern). Could you add 20 dental
test invoices with GOZ 2200, 9010 and 4138 analog? Bitte wieder nur fiktive Patienten
("Patient 0251" usw.), no real names.

Außerdem: the OCR stumbles on our Heil- und Kostenplan Teil 2 when the practice stamp overlaps
the table - maybe you can include two such samples.

Danke & viele Grüße
Timo"""
    m = build("Timo Wendland <timo.wendland@hohenfels-kv.example>", "Nadia Kessler <nadia.kessler@invoiceai.example>",
              "Re: InvoiceAI test data - dental invoices", "2026-11-23 10:30 +0100", body)
    return meta(m, N, "mixed", "insurer-to-supplier", "trap: German/English vendor note on synthetic dental test invoices")


def m142():
    body = """Ticket INC-2026-04602 | Priorität 2 | Komponente: Kunden-App "Hohenfels Belege"

Fehlerbild: Beim Hochladen von Arztberichten und Krankenhausrechnungen als PDF über 10 MB bricht
die App (Android 15, Version 5.8.1) mit "Upload fehlgeschlagen (413)" ab. Fotos sind nicht
betroffen. Laut Monitoring ca. 120 Abbrüche pro Tag seit dem Release am 01.12.

Ursache (vermutlich): Limit am API-Gateway wurde mit dem Release auf 10 MB zurückgesetzt,
vorgesehen sind 25 MB.

Maßnahme: Gateway-Konfiguration korrigieren, Hinweistext in der App anpassen.
Kundinnen und Kunden mit Abbrüchen werden nicht einzeln angeschrieben (Retry erfolgt automatisch).

IT Service Desk"""
    m = build("IT Service Desk <it-servicedesk@hohenfels-kv.example>", "app-team@hohenfels-kv.example",
              "[INC-2026-04602] Upload Arztberichte > 10 MB schlägt fehl", "2026-12-03 08:12 +0100", body)
    return meta(m, N, "de", "internal", "trap: IT ticket about uploading doctors' reports, counts only")


def m143():
    rows = [["Contract", "Line", "Product", "Type", "Annual premium EUR", "Rate %", "Commission EUR"],
            ["AP-8112", "Health", "ZahnPlus 90", "new business", 328.80, 24.0, 78.91],
            ["AP-8120", "Health", "Klinik Plus 1", "new business", 316.80, 24.0, 76.03],
            ["TV-55 402 551", "Pet", "Dog Complete", "new business", 478.80, 15.0, 71.82],
            ["", "", "", "", "", "Total", 226.76],
            ["Payee", "Brendan Keogh - Keogh Insurance Brokerage (sole trader)", "", "", "", "", ""],
            ["IBAN", "DE10 6009 0100 0288 4100 07", "", "Tax no.", "045/219/60337", "", ""]]
    body = """Hi Brendan,

attached your commission statement for November in English as you requested.
Payment value date is 4 December.

Best regards
Kai Sturm
Broker Relations"""
    m = build("Kai Sturm <kai.sturm@hohenfels-kv.example>", "Brendan Keogh <brendan@keogh-brokerage.example>",
              "Commission statement 11/2026", "2026-12-02 09:05 +0100", body,
              atts=[att("Commission_2026-11_Keogh.xlsx", xlsx([("Commission", rows)]))])
    return meta(m, C, "en", "insurer-to-broker", "only in the XLSX: sole-trader broker's IBAN, tax number and commission income; contract refs without insured persons")


def m144():
    body = """Dear Ms Whelan,

thanks for your questions for the article on pet insurance. Some facts from our portfolio
(Hohenfels Tierschutz+, status 30 September 2026):

  - 48,200 insured dogs, 21,900 cats, 3,100 horses
  - most frequent surgical claims for dogs: cruciate ligament (18 %), foreign bodies in the
    stomach (9 %), tumours of the skin (7 %)
  - average surgery claim for dogs: EUR 1,640; for horses (colic): EUR 5,900
  - since the new veterinary fee schedule (GOT) of November 2022, average claim costs rose by 27 %

Happy to arrange a short interview with our head of pet claims.

Best regards
Vanessa Rothe
Corporate Communications"""
    m = build("Vanessa Rothe <presse@hohenfels-kv.example>", "Siobhan Whelan <s.whelan@petlife-magazine.example>",
              "Re: your article on pet insurance costs", "2026-10-21 11:50 +0200", body)
    return meta(m, N, "en", "insurer-to-partner", "trap: press answer with pet claim statistics (diseases, costs), no owner or animal")


def m145():
    text = """Dear Ms Lachance,

good news: the insulin pump has been approved. Details below.

Kind regards
Rahul Mehta
International Members Service

> On 30 Nov 2026, at 22:18, Geneviève Lachance <g.lachance@webpost.example> wrote:
>
> Hello, my diabetologist Dr. Kühnel has prescribed a new insulin pump (Omnipod 5) with
> CGM sensors because my HbA1c went up to 8.9 and I had two bad hypos at night. I have type 1
> diabetes since I was 12. Cost estimate from the medical supplier is attached (EUR 5,320 for
> the first year). Membership INT-7003-660-018. Will you pay?
> Merci, Geneviève

Approved: insulin pump system incl. CGM sensors for 12 months, EUR 5,320.00, 100 % under
Expat Gold (medical aids). The supplier Diabetes-Versorgung Nordhessen can bill us directly.
"""
    m = build("Rahul Mehta <rahul.mehta@hohenfels-kv.example>", "Geneviève Lachance <g.lachance@webpost.example>",
              "Re: insulin pump", "2026-12-02 11:25 +0100", text, cte="base64")
    return meta(m, S, "en", "insurer-to-customer", "base64 body with quote: type 1 diabetes, HbA1c, insulin pump approval for a named member")


def m146():
    body = """Liebe Kolleginnen und Kollegen,

wir suchen zum 01.03.2027 eine/n

  Pflegeberater/in nach § 7a SGB XI (m/w/d), Außendienst Nordhessen, Vollzeit

Aufgaben: Beratung pflegebedürftiger Versicherter und ihrer Angehörigen zu Hause, Erstellung
von Versorgungsplänen, Zusammenarbeit mit Pflegediensten, Pflegestützpunkten und Sanitätshäusern.
Voraussetzung: examinierte Pflegefachkraft mit Weiterbildung Pflegeberatung (oder Bereitschaft,
diese bei uns zu absolvieren), Führerschein Klasse B.

Wir bieten: Dienstwagen auch zur privaten Nutzung, TV-Vergütung Gruppe 8, 30 Urlaubstage.

Empfehlungen gern an Personal, Kennziffer 2026-124. Für erfolgreiche Empfehlungen gibt es
wie immer die Prämie aus dem Mitarbeiter-werben-Mitarbeiter-Programm.

Petra Ulbrich, Personal"""
    m = build("Petra Ulbrich <petra.ulbrich@hohenfels-kv.example>", "alle-mitarbeitenden@hohenfels-kv.example",
              "Stellenausschreibung Pflegeberater/in (Kennziffer 2026-124)", "2026-12-08 12:00 +0100", body)
    return meta(m, N, "de", "internal", "trap: job ad for a care adviser, care vocabulary, no person")


def m147():
    body = """Dear Mr Kowalski-Grant,

thank you for the copy of Ziggy's EU pet passport. We have added the microchip number and
the rabies vaccination to your policy so that cover continues during your stay in Scotland:

  Policy:         TV-55 499 304 (cat Ziggy, Bengal)
  Chip:           941000024418827
  Travel cover:   worldwide, up to 12 weeks per trip, from 15/12/2026

Please remember that the UK requires the tapeworm rule only for dogs, so nothing else is
needed for Ziggy.

Safe travels,
Hohenfels Tierschutz+ Contract Services"""
    m = build("Tierschutz+ Contract Services <tier-vertrag@hohenfels-kv.example>", "Piotr Kowalski-Grant <p.kowalskigrant@mailhaus.example>",
              "Ziggy - travel cover added", "2026-12-09 15:15 +0100", body)
    return meta(m, C, "en", "insurer-to-customer", "named pet owner's policy, chip number and cat's vaccination (animal health)")


def m148():
    body = """Dear member,

how did we do this year? We'd love to hear from you.

Our short survey takes about 5 minutes and is run by the independent research institute
Marktblick GmbH. Your answers are anonymous - the institute does not pass on names or
membership numbers, and we only receive aggregated results.

Start the survey: https://survey.marktblick.example/hohenfels-2027

As a thank-you, we donate EUR 2 per completed survey to the German children's hospice
association.

Hohenfels Health"""
    m = build("Hohenfels Health <noreply@hohenfels-kv.example>", "members-en@lists.hohenfels-kv.example",
              "5 minutes for better service?", "2027-01-20 10:00 +0100", body)
    return meta(m, N, "en", "newsletter", "trap: anonymous member survey invitation to a list")


def m149():
    blocks = [("h", "Textbaustein ER-02: Erinnerung fehlende Unterlagen"),
              "Sehr geehrte/r «Anrede» «Nachname»,",
              "zu Ihrer Einreichung vom «Eingangsdatum» (Vorgang «Vorgangsnummer») fehlen uns noch folgende Unterlagen:",
              "[ ] Originalrezept bzw. Verordnung zu «Präparat»",
              "[ ] Diagnoseangabe auf der Rechnung von «Leistungserbringer»",
              "[ ] Heil- und Kostenplan vor Behandlungsbeginn",
              "[ ] Entlassungsbrief / Operationsbericht",
              "Bitte reichen Sie die Unterlagen innerhalb von vier Wochen ein. Danach müssen wir den Vorgang "
              "nach Aktenlage entscheiden.",
              "Mit freundlichen Grüßen, «Sachbearbeiter/in»"]
    body = """Hallo Sabine,

ER-02 in der neuen Fassung (Checkboxen statt Freitext), bitte prüfen und freigeben.
Wenn ok, stelle ich sie am Montag in den Vorlagenkatalog.

Gruß, Anna"""
    m = build("Anna Nowak <anna.nowak@hohenfels-kv.example>", "Sabine Kroll <sabine.kroll@hohenfels-kv.example>",
              "ER-02 Erinnerung fehlende Unterlagen - zur Freigabe", "2026-11-12 17:10 +0100", body,
              atts=[att("ER-02_Erinnerung_Unterlagen.docx", docx(blocks))])
    return meta(m, N, "de", "internal", "trap: reminder template with placeholders for prescriptions, diagnosis, discharge letter")


def m150():
    body = """Dear colleagues in the group DPO network,

as agreed, a short anonymised lessons-learned note on a personal data breach we reported to
the Hessian supervisory authority in November:

What happened: A reimbursement statement for one member was sent by e-mail to a wrong
recipient because the address book auto-completed a similar name. The statement contained
treatment dates and amounts. The recipient confirmed deletion within two hours.

Measures:
  - auto-complete for external addresses switched off in the claims department
  - outgoing mail from claims mailboxes is now forced through the secure portal when it
    contains reimbursement statements
  - affected member informed personally (Art. 34 GDPR)

No names or case numbers are included here on purpose. Happy to discuss at our next call.

Henrike Staab
Data Protection Officer, Hohenfels Health"""
    m = build("Dr. Henrike Staab <datenschutz@hohenfels-kv.example>", "dpo-network@lists.hohenfels-kv.example",
              "Lessons learned: misdirected reimbursement statement (anonymised)", "2026-12-10 16:30 +0100", body)
    return meta(m, N, "en", "internal", "trap: anonymised data-breach lessons learned, no identifiable member")


# =====================================================================
# driver
# =====================================================================
COUNT = 150
EXPECTED = {N: 60, C: 45, S: 45}
LANGS = {"de", "en", "mixed"}


def _fix_mime(msg, idx):
    """Deterministic boundaries and Message-IDs (recursively into message/rfc822)."""
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("=_d%d_%04d_%02d_hfkv" % (NN, idx, k))
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                _fix_mime_inner(sub, idx, k)
                k += 10
    if "Message-ID" not in msg:
        msg["Message-ID"] = "<d%d.%04d.%s@hohenfels-kv.example>" % (NN, idx, "2026")


def _fix_mime_inner(msg, idx, base):
    k = base
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("=_d%d_%04d_i%02d_hfkv" % (NN, idx, k))


def collect(limit=COUNT):
    out = []
    for i in range(1, limit + 1):
        fn = globals().get("m%03d" % i)
        if fn is None:
            raise SystemExit("missing function m%03d" % i)
        msg, label, lang, kind, reason = fn()
        _fix_mime(msg, i)
        out.append(("d%d-%04d.eml" % (NN, i), msg, label, lang, kind, reason))
    return out


def generate():
    os.makedirs(MAILDIR, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fname, msg, label, lang, kind, reason in collect():
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(MAILDIR, fname), "wb") as f:
            f.write(data)
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join([fname, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, MAILDIR))


def _check_attachment(name, data):
    low = name.lower()
    if low.endswith((".xlsx", ".docx", ".ods", ".odt", ".zip")):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            bad = z.testzip()
            assert bad is None, "corrupt member %s in %s" % (bad, name)
            names = z.namelist()
            if low.endswith(".zip"):
                for n in names:
                    _check_attachment(n, z.read(n))
            elif low.endswith((".ods", ".odt")):
                assert names[0] == "mimetype", name
    elif low.endswith(".pdf"):
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), name


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad header"
    rows = [l.split("\t") for l in lines[1:] if l]
    counts, langs, traps = {}, {}, 0
    if len(rows) != COUNT:
        errors.append("expected %d rows, got %d" % (COUNT, len(rows)))
    seen = set()
    for i, r in enumerate(rows, 1):
        if len(r) != 5:
            errors.append("row %d has %d columns" % (i, len(r)))
            continue
        fname, label, lang, kind, reason = r
        if fname != "d%d-%04d.eml" % (NN, i):
            errors.append("row %d: unexpected file name %s" % (i, fname))
        if fname in seen:
            errors.append("duplicate " + fname)
        seen.add(fname)
        if label not in EXPECTED:
            errors.append("%s: bad label %s" % (fname, label))
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (fname, lang))
        if not kind or not reason:
            errors.append("%s: empty kind/reason" % fname)
        if reason.startswith("trap:"):
            traps += 1
            if label != N:
                errors.append("%s: trap reason on non-NORMAL mail" % fname)
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        path = os.path.join(MAILDIR, fname)
        try:
            raw = open(path, "rb").read()
        except OSError as e:
            errors.append("%s: %s" % (fname, e))
            continue
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF line ending" % fname)
        msg = BytesParser(policy=default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (fname, h))
        for addr in (msg.get_all("From", []) + msg.get_all("To", []) + msg.get_all("Cc", [])):
            for dom in [a.split("@")[-1].rstrip(">").strip() for a in str(addr).split(",") if "@" in a]:
                if not dom.endswith(".example"):
                    errors.append("%s: non-.example domain %s" % (fname, dom))
        try:
            for part in msg.walk():
                if part.is_multipart() or part.get_content_type() == "message/rfc822":
                    continue
                payload = part.get_content()
                fn = part.get_filename()
                if fn and isinstance(payload, bytes):
                    _check_attachment(fn, payload)
        except Exception as e:  # noqa
            errors.append("%s: cannot decode part: %r" % (fname, e))
    # regenerate in memory and compare byte-for-byte (determinism)
    for fname, msg, label, lang, kind, reason in collect():
        path = os.path.join(MAILDIR, fname)
        if os.path.exists(path) and open(path, "rb").read() != msg.as_bytes(policy=SMTP):
            errors.append("%s: file differs from generator output" % fname)
    for lab, n in EXPECTED.items():
        if counts.get(lab, 0) != n:
            errors.append("label %s: expected %d, got %d" % (lab, n, counts.get(lab, 0)))
    if traps < 40:
        errors.append("only %d traps (need >= 40)" % traps)
    extra = set(os.listdir(MAILDIR)) - seen
    if extra:
        errors.append("unexpected files in mails/: %s" % sorted(extra)[:5])
    print("labels:", counts, "langs:", langs, "traps:", traps)
    if errors:
        print("CHECK FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("CHECK OK: %d mails parsed, counts and attachments valid, output deterministic" % len(rows))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
