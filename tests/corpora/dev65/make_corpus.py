#!/usr/bin/env python3
"""Siegel dev65 corpus generator: outgoing letters and notifications of the
(invented) Rheinau Versicherung.

Every mail is written by hand in its own function m001 ... m150. The helpers at
the top only turn that content into MIME (Python `email`, policy=SMTP, CRLF) or
into a file format (XLSX, DOCX, ODS, ODT, PDF, ZIP are built with zipfile/zlib
by hand so that no third-party library is needed and the output is
deterministic).

    python make_corpus.py          writes mails/d65-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses every file and validates counts
"""
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "65"
P = policy.SMTP
EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"

# ---------------------------------------------------------------- MIME helpers

def att(data, filename, mime):
    """An attachment: bytes or str (encoded utf-8), file name, 'type/subtype'."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return ("file", data, filename, mime, None)


def att_cs(data, filename, mime, charset):
    """A text attachment in a given charset (data is str)."""
    return ("file", data.encode(charset), filename, mime, charset)


def fwd(msg):
    """Attach a whole mail as message/rfc822."""
    return ("rfc822", msg)


def mail(frm, to, subject, date, body=None, *, html=None, html_only=False,
         cc=None, reply_to=None, charset="utf-8", cte=None, attachments=(),
         msgid=None, in_reply_to=None, headers=(), flowed=False):
    m = EmailMessage(policy=P)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or "<placeholder@rheinau-versicherung.example>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    for a in attachments:
        if a[0] == "rfc822":
            m.add_attachment(a[1])
        else:
            _, data, fn, mime, cs = a
            mt, st = mime.split("/")
            params = {"charset": cs} if cs else {}
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn,
                             params=params)
    return m


def inner(frm, to, subject, date, body, msgid, cc=None):
    """A mail that is forwarded as message/rfc822 (no attachments)."""
    m = EmailMessage(policy=P)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    m.set_content(body, cte="quoted-printable")
    return m


def _fix_boundaries(m, tag):
    i = 0
    for part in m.walk():  # walk() also descends into message/rfc822
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_rv%s_%02d_Part" % (tag, i))

# -------------------------------------------------------------- file formats
ZDATE = (2026, 1, 5, 8, 0, 0)


def _zip(entries, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if stored_first:
            zi = zipfile.ZipInfo(stored_first[0], ZDATE)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, stored_first[1])
        for name, data in entries:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipfiles(files):
    """files: list of (name, bytes|str)."""
    return _zip([(n, d.encode("utf-8") if isinstance(d, str) else d)
                 for n, d in files])


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); numbers stay numbers, the rest strings."""
    wb_sheets, rels, ct, files = [], [], [], []
    for n, (name, rows) in enumerate(sheets, 1):
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>'
                         % (_x(name), n, n))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n))
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % n,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (len(sheets) + 1))
    head = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         + "".join(ct) + '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         + "".join(wb_sheets) + '</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + '</Relationships>'),
        ("xl/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
         '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
         '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
         '<cellXfs count="1"><xf/></cellXfs></styleSheet>'),
    ]
    return zipfiles(head + files)


def docx(paragraphs):
    """paragraphs: list of str; a list/tuple item becomes a table row."""
    body = []
    table = []

    def flush():
        if table:
            rows = "".join("<w:tr>%s</w:tr>" % "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                for c in row) for row in table)
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % rows)
            table.clear()
    for p in paragraphs:
        if isinstance(p, (list, tuple)):
            table.append(p)
            continue
        flush()
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    flush()
    return zipfiles([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % "".join(body)),
    ])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mimetype, inner_xml):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, inner_xml))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("content.xml", content.encode("utf-8")),
                 ("META-INF/manifest.xml", manifest.encode("utf-8"))],
                stored_first=("mimetype", mimetype.encode("ascii")))


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(
                    "<text:p>%s</text:p>" % _x(p) for p in paragraphs))


def ods(sheets):
    out = []
    for name, rows in sheets:
        rr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            rr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        out.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(rr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(out))


def pdf(lines, per_page=48):
    """A plain PDF (Helvetica 10pt, WinAnsi) with the given text lines."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objs = []
    kids = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in pg:
            t = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append("(%s) '" % t)
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_no)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objs.append(b"<< /Producer (Rheinau Output-Management DocGen 4.2) >>")
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, len(objs), x))
    return out.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODT = "application/vnd.oasis.opendocument.text"
PDF = "application/pdf"
ZIP = "application/zip"
ICS = "text/calendar"
CSV = "text/csv"

# Signatures used by more than one letter are plain constants (content, not
# generation logic).
FOOT_DE = """--
Rheinau Versicherung AG · Am Stromhafen 4 · 68159 Mannheim
Vorstand: Dr. Henrike Baltes (Vors.), Lars Ödegaard, Sabine Kreuzmann
Aufsichtsratsvorsitzender: Friedemann Albrecht · Sitz Mannheim · AG Mannheim HRB 734112
www.rheinau-versicherung.example"""

FOOT_EN = """--
Rheinau Versicherung AG | Am Stromhafen 4 | 68159 Mannheim | Germany
Registered office Mannheim, Local Court Mannheim HRB 734112
Management Board: Dr. Henrike Baltes (Chair), Lars Ödegaard, Sabine Kreuzmann"""

NOREPLY = "Rheinau Versicherung <noreply@rheinau-versicherung.example>"

# =================================================================== mails

def m001():
    body = """Sehr geehrte Frau Kässbohrer,

vielen Dank für die Einreichung Ihrer Belege vom 14.01.2026. Wir haben Ihre
Rechnungen geprüft und erstatten Ihnen wie folgt:

Vertrag: KV 4471-20931-2, Tarif AMB-Komfort 20 / SB 600 EUR
Versicherte Person: Dorothea Kässbohrer

Rechnungsdatum  Leistungserbringer                 Betrag    erstattet
02.12.2025      Dr. med. Falk Rosenbaum, Allgemeinm.  186,44     186,44
                (GOÄ 1, 5, 250, 3511; Diagnose J20.9 akute Bronchitis)
09.12.2025      Praxis Dr. Yasemin Ekinci, HNO        241,10     241,10
                (GOÄ 1, 8, 1418; Diagnose J32.0)
11.12.2025      Linden-Apotheke Speyer                  38,95      38,95
                (Amoxicillin 1000 mg, PZN 03456215)
----------------------------------------------------------------------
Summe                                                466,49     466,49
abzgl. tariflicher Selbstbehalt 2025 (Rest)                   -113,56
Auszahlungsbetrag                                              352,93

Der Betrag wird in den nächsten Tagen auf Ihr bekanntes Konto
(IBAN endet auf ...0334) überwiesen.

Mit freundlichen Grüßen

Jens Pfeilschifter
Leistungsabteilung Krankenversicherung
Rheinau Krankenversicherung AG
Telefon 0621 4480-3317

""" + FOOT_DE
    m = mail("Jens Pfeilschifter <leistung.kv@rheinau-versicherung.example>",
             "Dorothea Kässbohrer <d.kaessbohrer@web-post.example>",
             "Ihre Leistungsabrechnung vom 21.01.2026 – KV 4471-20931-2",
             "Wed, 21 Jan 2026 10:12:33 +0100", body, cte="quoted-printable",
             msgid="<la-20260121-4471@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "PKV reimbursement statement with GOÄ positions, ICD J20.9/J32.0, antibiotic"


def m002():
    body = """Hallo Marek,

anbei wie besprochen der überarbeitete Textbaustein LA-07 (Leistungsabrechnung
ambulant, Teilerstattung). Änderungen gelb im Word-Dokument, hier nochmal die
Kernstelle im Klartext:

  «Anrede» «Titel» «Nachname»,
  wir haben Ihre Rechnung(en) vom «Rechnungsdatum» geprüft. Von den
  eingereichten Kosten in Höhe von «Betrag_eingereicht» EUR können wir
  «Betrag_erstattet» EUR erstatten. Den Differenzbetrag können wir nicht
  übernehmen, weil «Ablehnungsgrund_Textbaustein» (z.B. Überschreitung des
  2,3-fachen GOÄ-Satzes ohne Begründung, Heilpraktikerleistung nicht
  versichert, Wartezeit).

Bitte noch nicht in Produktion nehmen – Recht muss den Satz zur
Begründungspflicht (§ 12 Abs. 3 GOÄ) noch freigeben. Zieltermin Release
Textsystem: 16.02.

Danke & Gruß
Hanne

Hanne Brinkötter
Output-Management / Textverwaltung
Rheinau Versicherung AG, Mannheim
"""
    d = docx(["Textbaustein LA-07 – Leistungsabrechnung ambulant, Teilerstattung",
              "Stand: Entwurf v3, 03.02.2026, H. Brinkötter",
              "«Anrede» «Titel» «Nachname»,",
              "wir haben Ihre Rechnung(en) vom «Rechnungsdatum» geprüft. Von den eingereichten Kosten in Höhe von «Betrag_eingereicht» EUR können wir «Betrag_erstattet» EUR erstatten.",
              "Den Differenzbetrag können wir nicht übernehmen, weil «Ablehnungsgrund_Textbaustein».",
              "Varianten für «Ablehnungsgrund_Textbaustein»:",
              ("Kürzel", "Text"),
              ("AG-01", "der Gebührensatz das 2,3-fache ohne schriftliche Begründung überschreitet"),
              ("AG-02", "Leistungen von Heilpraktikern in Ihrem Tarif nicht versichert sind"),
              ("AG-03", "die Behandlung innerhalb der Wartezeit begonnen hat"),
              ("AG-04", "das Arzneimittel nicht verschreibungspflichtig ist"),
              "Ihr Widerspruchsrecht: «Textbaustein_Rechtsbehelf»"])
    m = mail("Hanne Brinkötter <hanne.brinkoetter@rheinau-versicherung.example>",
             "Marek Zielinski <marek.zielinski@rheinau-versicherung.example>",
             "Textbaustein LA-07 Teilerstattung – Entwurf v3",
             "Tue, 3 Feb 2026 14:40:02 +0100", body,
             attachments=[att(d, "LA-07_Teilerstattung_v3.docx", DOCX)],
             msgid="<tb-la07-v3@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: letter template with «placeholders», GOÄ and Heilpraktiker only as generic rejection reasons"


def m003():
    body = """Guten Tag Herr Yıldırım,

zum 01.01.2026 haben wir Ihre Kfz-Versicherung neu berechnet.

Vertrag:        K 2026-118834
Fahrzeug:       VW Touran 1.5 TSI, amtl. Kennzeichen MA-TY 482
Haftpflicht:    SF 14 (2025: SF 13) – Beitragssatz 33 %
Vollkasko:      SF 9 – Beitragssatz 41 %, SB 300 EUR
Typklasse HP/VK: 16 / 20, Regionalklasse HP 7

Jahresbeitrag 2026: 812,36 EUR (2025: 846,90 EUR)

Der Beitrag wird am 02.01.2026 von Ihrem Konto abgebucht.

Freundliche Grüße
Ihr Kundenservice Kfz
""" + FOOT_DE
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag Herr Yıldırım,</p>
<p>zum 01.01.2026 haben wir Ihre Kfz-Versicherung neu berechnet.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Vertrag</td><td>K 2026-118834</td></tr>
<tr><td>Fahrzeug</td><td>VW Touran 1.5 TSI, MA-TY 482</td></tr>
<tr><td>Haftpflicht</td><td>SF 14 (2025: SF 13), 33 %</td></tr>
<tr><td>Vollkasko</td><td>SF 9, 41 %, SB 300 EUR</td></tr>
<tr><td>Typklasse HP/VK</td><td>16 / 20</td></tr>
<tr><td><b>Jahresbeitrag 2026</b></td><td><b>812,36 EUR</b></td></tr>
</table>
<p>Der Beitrag wird am 02.01.2026 von Ihrem Konto abgebucht.</p>
<p>Freundliche Grüße<br>Ihr Kundenservice Kfz</p>
<p style="font-size:11px;color:#666">Rheinau Versicherung AG · Am Stromhafen 4 · 68159 Mannheim</p>
</body></html>"""
    m = mail("Rheinau Kundenservice Kfz <kfz@rheinau-versicherung.example>",
             "Emre Yıldırım <emre.yildirim@mailbox.example>",
             "Ihre Beitragsrechnung 2026 zur Kfz-Versicherung",
             "Mon, 8 Dec 2025 07:30:00 +0100", body, html=html,
             cte="quoted-printable",
             msgid="<kfz-br2026-118834@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "motor premium bill: named customer, policy number, number plate, SF class"


def m004():
    body = """Dear Mr Okafor,

please find attached your claim statement for the invoices you submitted
through the Rheinau Global Health app on 2 March.

If you have any questions, just reply to this email or call our
international service team on +49 621 4480-5500 (24/7).

Kind regards,

Fiona McAllister
Claims Team, Rheinau Global Health

""" + FOOT_EN
    p = pdf(["Rheinau Krankenversicherung AG - Rheinau Global Health",
             "CLAIM STATEMENT  No. GH-26-0031877                 Date: 05 March 2026",
             "",
             "Member: Chinedu Okafor     Membership no.: RGH 0931-5527",
             "Plan: Global Health Premier, Area 2 (worldwide excl. USA)",
             "",
             "Provider                        Date        Billed   Eligible  Paid",
             "PhysioPoint Dubai Marina         12/02/2026  AED 950  AED 950   AED 855",
             "  Physiotherapy, 3 sessions, lumbar disc prolapse (M51.2)",
             "Dr. Hana Shehadeh, Orthopaedics   05/02/2026  AED 1,400 AED 1,400 AED 1,260",
             "  Consultation + MRI referral",
             "Mediclinic Imaging                07/02/2026  AED 2,800 AED 2,800 AED 2,520",
             "  MRI lumbar spine",
             "",
             "Co-insurance 10 %                                         AED -515",
             "Total paid                                                AED 4,635",
             "Converted at 1 EUR = 3.9812 AED                           EUR 1,164.22",
             "",
             "Payment to: account ending 8807 (HSBC), value date 09/03/2026",
             "",
             "Pre-authorisation is required for further physiotherapy beyond",
             "12 sessions per policy year."])
    m = mail("Rheinau Global Health Claims <claims.global@rheinau-versicherung.example>",
             "Chinedu Okafor <c.okafor@desertmail.example>",
             "Your claim statement GH-26-0031877",
             "Thu, 05 Mar 2026 16:05:41 +0100", body,
             attachments=[att(p, "ClaimStatement_GH-26-0031877.pdf", PDF)],
             msgid="<gh-260031877@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "expat health claim statement only in the PDF: physiotherapy, MRI, M51.2; body says only 'please find attached'"


def m005():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Health Matters</title></head>
<body style="margin:0;background:#f3f5f7;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="20" style="background:#ffffff">
<tr><td><h1 style="color:#0b5a6b">Health Matters – Winter 2026</h1>
<p>Dear member,</p>
<p>the flu season is here. Across our international portfolio, outpatient claims for
respiratory infections rose by 18&nbsp;% in December compared with last year. Here is
what you can do:</p>
<ul>
<li>Check whether your plan covers the seasonal flu vaccination (most Premier and Plus plans do).</li>
<li>Use our video GP service before visiting an emergency room.</li>
<li>Keep your receipts: you can submit them with a photo in the app.</li>
</ul>
<h2>New: dental cover for your family</h2>
<p>From 1 April, Global Dental Plus reimburses 80&nbsp;% of preventive treatment and 60&nbsp;% of
major restorative work such as crowns and implants, after a 6-month waiting period.</p>
<h2>Did you know?</h2>
<p>The three most common reasons for in-patient admission among our members in 2025 were
childbirth, appendicitis and orthopaedic surgery of the knee.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed in the
Rheinau Global Health app. <a href="https://www.rheinau-versicherung.example/unsubscribe?list=hm">Unsubscribe</a>.<br>
Rheinau Krankenversicherung AG, Am Stromhafen 4, 68159 Mannheim, Germany</p>
</td></tr></table></body></html>"""
    m = mail("Rheinau Global Health <newsletter@rheinau-versicherung.example>",
             "members-global@lists.rheinau-versicherung.example",
             "Health Matters: flu season, new dental cover",
             "Tue, 13 Jan 2026 09:00:00 +0100", html=html, html_only=True,
             cte="quoted-printable",
             headers=[("List-Unsubscribe", "<https://www.rheinau-versicherung.example/unsubscribe?list=hm>")],
             msgid="<nl-hm-2026-01@rheinau-versicherung.example>")
    return m, N, "en", "newsletter", "trap: health newsletter, portfolio statistics, flu vaccine and dental product text, nobody identifiable"


def m006():
    body = """Sehr geehrte Frau Wohlgemuth,

leider konnten wir den Beitrag für Ihre Hausratversicherung nicht
einziehen. Ihre Bank hat die Lastschrift vom 15.02.2026 zurückgegeben
(Rückgabegrund: Konto erloschen).

Versicherungsschein-Nr.:  HR-55190233
Versicherungsort:         Kastanienallee 17, 67063 Ludwigshafen
Fälliger Jahresbeitrag:   164,80 EUR
Rücklastschriftgebühr:      3,50 EUR
Offener Betrag:           168,30 EUR

Hinterlegte Bankverbindung: DE71 4805 0161 3300 5821 17 (Sparkasse)

Bitte überweisen Sie den offenen Betrag bis zum 13.03.2026 auf unser
Konto oder teilen Sie uns eine neue Bankverbindung mit. Solange der
Erstbeitrag bzw. Folgebeitrag nicht gezahlt ist, kann der
Versicherungsschutz nach § 38 VVG entfallen.

Mit freundlichen Grüßen
Ralf Gössling
Forderungsmanagement

""" + FOOT_DE
    m = mail("Forderungsmanagement Rheinau <inkasso@rheinau-versicherung.example>",
             "Birgit Wohlgemuth <birgit.wohlgemuth@fastpost.example>",
             "Zahlungserinnerung Hausratversicherung HR-55190233",
             "Fri, 27 Feb 2026 11:02:15 +0100", body,
             msgid="<mahn-hr55190233-1@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "household dunning: named customer, policy number, insured address, IBAN"


def m007():
    body = """Sehr geehrter Herr Dr. Lachenmaier,

die Leistungsausgaben in Ihrem Tarif sind stärker gestiegen als
kalkuliert. Nach § 203 Abs. 2 VVG passen wir deshalb den Beitrag zum
01.04.2026 an. Der unabhängige Treuhänder hat zugestimmt.

Versicherungsnummer:  KV 3309-77412-0
Versicherte Person:   Dr. Gerold Lachenmaier

Tarif           bisher       neu        Änderung
VK-Komfort      512,47 €     571,90 €   +59,43 €
KT 43 (100 €)    48,20 €      48,20 €     0,00 €
PVN              52,31 €      55,08 €    +2,77 €
Gesamt          612,98 €     675,18 €   +62,20 €

Ihr Arbeitgeberzuschuss ändert sich entsprechend; bitte geben Sie Ihrer
Personalabteilung die beigefügte Bescheinigung weiter (siehe Postfach).

Sie haben das Recht, in einen anderen Tarif mit gleichartigem
Versicherungsschutz zu wechseln (§ 204 VVG). Gerne beraten wir Sie.

Mit freundlichen Grüßen
Rheinau Krankenversicherung AG
Bestandsverwaltung

""" + FOOT_DE
    m = mail("Rheinau Krankenversicherung <bestand.kv@rheinau-versicherung.example>",
             "gerold.lachenmaier@praxis-mail.example",
             "Beitragsanpassung zum 01.04.2026",
             "Mon, 16 Feb 2026 08:15:00 +0100", body, cte="quoted-printable",
             msgid="<bap-kv3309-77412@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "PKV premium adjustment for a named insured person (health contract, no medical word)"


def m008():
    body = """Moin zusammen,

kurzer Stand zum Versandlauf BAP KV 04/2026 (Beitragsanpassung
Krankenvollversicherung):

- erzeugte Schreiben gesamt:      48.213
  davon Papier (Lettershop):      31.077
  davon Kundenpostfach/Portal:    17.136
- Rückläufer "unzustellbar" bis heute: 312 (0,65 %)
- Nachdrucke wegen falscher Tariftabelle (Tarif VK-Basis, Seite 3): 1.904,
  gehen morgen raus
- Hotline-Anrufe mit Bezug BAP seit Montag: 2.680, Spitzentag Dienstag

Durchschnittliche Erhöhung über alle Tarife: +8,7 %, Median +6,1 %.
Widersprüche/Tarifwechselanträge bisher: 391.

Nächste Abstimmung Donnerstag 10 Uhr, Raum 4.12.

Gruß
Marek
"""
    m = mail("Marek Zielinski <marek.zielinski@rheinau-versicherung.example>",
             "output-management@rheinau-versicherung.example",
             "Versandlauf BAP KV 04/2026 – Zahlen Stand Mittwoch",
             "Wed, 18 Feb 2026 17:48:10 +0100", body,
             cc="Jana Vogelsang <jana.vogelsang@rheinau-versicherung.example>",
             msgid="<bap-lauf-stand-0218@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: mass-mailing statistics for health premium adjustment, aggregates only"


def m009():
    body = """Dear Ms Harrington, sehr geehrte Frau Harrington,

as discussed, please find attached the updated schedule of vehicles for your
fleet policy, valid from 1 January 2026. / Anbei die aktualisierte
Fahrzeugliste zu Ihrem Flottenvertrag, gültig ab 01.01.2026.

Policy / Vertrag:  FL-2024-00917 (Flotte, 23 Fahrzeuge)
Policyholder:      Northgate Logistics GmbH, Hafenstraße 51, 68159 Mannheim
Annual premium:    EUR 38,412.70 (plus insurance tax 19 %)

Changes since last schedule / Änderungen:
- added:   MA-NL 2217 (Mercedes Sprinter), MA-NL 2218 (Mercedes Sprinter)
- removed: MA-NL 1903 (total loss 11/2025, claim closed)

Please check the list and let me know by 20 January if anything is wrong.

Best regards / Mit freundlichen Grüßen
Tobias Wendling
Firmenkunden Kfz | Commercial Motor
Rheinau Allgemeine Versicherung AG
Tel. +49 621 4480-2261

""" + FOOT_EN
    x = xlsx([("Fahrzeuge", [
        ["Pos", "Kennzeichen", "Hersteller/Typ", "FIN", "Erstzulassung", "Deckung", "SB VK", "Jahresbeitrag EUR"],
        [1, "MA-NL 1101", "Mercedes Actros 1845", "WDB9634031L812204", "03/2021", "HP+VK", 1000, 3120.40],
        [2, "MA-NL 1102", "Mercedes Actros 1845", "WDB9634031L812377", "03/2021", "HP+VK", 1000, 3120.40],
        [3, "MA-NL 1410", "MAN TGX 18.470", "WMA06XZZ9KP117843", "07/2022", "HP+VK", 1000, 3388.15],
        [4, "MA-NL 1522", "VW Crafter 35", "WV1ZZZSYZM9061122", "01/2023", "HP+TK", 500, 1204.30],
        [5, "MA-NL 2217", "Mercedes Sprinter 317", "W1V9076331P480915", "12/2025", "HP+VK", 500, 1488.00],
        [6, "MA-NL 2218", "Mercedes Sprinter 317", "W1V9076331P480988", "12/2025", "HP+VK", 500, 1488.00],
        ["", "", "", "", "", "", "Summe (Auszug)", 13809.25],
        ["", "Ansprechpartnerin Versicherungsnehmerin: Claire Harrington, Head of Finance"],
    ])])
    m = mail("Tobias Wendling <tobias.wendling@rheinau-versicherung.example>",
             "Claire Harrington <c.harrington@northgate-logistics.example>",
             "Fleet policy FL-2024-00917 – vehicle schedule 2026 / Fahrzeugliste",
             "Mon, 12 Jan 2026 13:21:09 +0100", body,
             attachments=[att(x, "FL-2024-00917_Fahrzeugliste_2026.xlsx", XLSX)],
             msgid="<fl-00917-2026@rheinau-versicherung.example>")
    return m, C, "de+en", "insurer-to-company", "fleet policy schedule for a company with named contact, plates and VINs in XLSX"


def m010():
    body = """Sehr geehrte Frau Brandl,

wir bestellen hiermit zu unserem Rahmenvertrag RV-2023-014:

Pos. 1  Versandtasche C4, Haftklebung, mit Fenster links,
        Aufdruck "Persönlich / Vertraulich - Gesundheitsdaten",
        Rheinau-Logo 2-farbig                          40.000 Stück
Pos. 2  Briefumschlag DIN lang, mit Fenster, Aufdruck
        "Vertrauliche Vertragsunterlagen"              120.000 Stück
Pos. 3  Rückumschlag C5 "Leistungsantrag - Entgelt zahlt
        Empfänger"                                      25.000 Stück

Lieferung bitte bis KW 11 an Lettershop Rhein-Neckar, Rampe 3,
Industriestraße 88, 68219 Mannheim. Druckvorlagen siehe Anlage zum
Rahmenvertrag (unverändert).

Rechnung an: Rheinau Versicherung AG, Einkauf, Kostenstelle 4410.

Mit freundlichen Grüßen
Katrin Oberholz
Einkauf / Beschaffung
Rheinau Versicherung AG
"""
    m = mail("Katrin Oberholz <einkauf@rheinau-versicherung.example>",
             "Veronika Brandl <v.brandl@kuvertwerk-sued.example>",
             "Bestellung Versandtaschen und Umschläge – RV-2023-014",
             "Thu, 19 Feb 2026 09:44:52 +0100", body, charset="iso-8859-1",
             cte="quoted-printable",
             msgid="<best-2026-0219-kuvert@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-supplier", "trap: purchase order for envelopes printed 'Vertraulich – Gesundheitsdaten', no person"

def m011():
    body = """Hallo Herr Thielemann,

danke für Ihre Nachricht. Die Unterlagen sind vollständig bei uns
eingegangen, die Abrechnung erhalten Sie voraussichtlich Ende nächster
Woche. Eine erneute Einreichung ist nicht nötig.

Viele Grüße
Miriam Okonkwo-Haas
Leistungsabteilung KV, Team 3
Rheinau Krankenversicherung AG

Am 09.03.2026 um 21:14 schrieb Lutz Thielemann <lutz.thielemann@heimnetz.example>:
> Sehr geehrte Damen und Herren,
>
> ich habe vor drei Wochen die Rechnungen für meine Physiotherapie nach der
> Knie-OP (vordere Kreuzbandplastik links, Operateur Dr. Pahlke,
> Vincentius-Klinik) hochgeladen, insgesamt 18 Termine KG am Gerät und
> Lymphdrainage. Bisher kam keine Abrechnung. Muss ich das nochmal schicken?
> Die OP-Rechnung vom Krankenhaus kommt noch separat.
>
> Meine Versicherungsnummer ist KV 2280-11954-1.
>
> Mit freundlichen Grüßen
> Lutz Thielemann
"""
    m = mail("Miriam Okonkwo-Haas <leistung.kv@rheinau-versicherung.example>",
             "Lutz Thielemann <lutz.thielemann@heimnetz.example>",
             "AW: Physiotherapie Rechnungen",
             "Tue, 10 Mar 2026 08:52:40 +0100", body, flowed=True,
             in_reply_to="<8812ab3c@heimnetz.example>",
             msgid="<aw-thielemann-0310@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "harmless reply body; only the quoted customer mail has knee surgery, physiotherapy and the KV number"


def m012():
    body = """Sehr geehrte Eheleute Przybilla,

wir bestätigen Ihnen die Kündigung Ihrer Wohngebäudeversicherung.

Versicherungsschein:  WG 60-4418227
Versichertes Objekt:  Einfamilienhaus, Am Rebhang 9, 76829 Landau-Nußdorf
Vertragsende:         31.03.2026, 24:00 Uhr
Grund:                Verkauf des Objekts (Kaufvertrag vom 12.01.2026)

Der Vertrag geht nach § 95 VVG zunächst auf den Erwerber über; Erwerber
und wir können ihn innerhalb eines Monats kündigen. Bitte nennen Sie uns
Namen und Anschrift der Käufer, soweit noch nicht geschehen.

Zu viel gezahlten Beitrag für die Zeit ab 01.04.2026 (anteilig 287,14 EUR)
erstatten wir auf das Konto, von dem wir bisher abgebucht haben.

Mit freundlichen Grüßen

Aylin Demirtaş
Vertragsservice Sach
Rheinau Allgemeine Versicherung AG

""" + FOOT_DE
    m = mail("Aylin Demirtaş <vertrag.sach@rheinau-versicherung.example>",
             "Przybilla <przybilla.familie@t-post.example>",
             "Bestätigung Ihrer Kündigung – Wohngebäude WG 60-4418227",
             "Thu, 22 Jan 2026 15:07:00 +0100", body,
             msgid="<kb-wg604418227@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "cancellation confirmation buildings insurance: named couple, address, policy number, refund"


def m013():
    body = """Guten Tag,

in Ihrem Rheinau-Kundenpostfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://kunden.rheinau-versicherung.example an,
um sie zu lesen.

Zu Ihrer Sicherheit: Dokumente zu Ihrer Kranken-, Lebens- oder
Unfallversicherung, Arztrechnungen oder Gesundheitsangaben versenden wir
niemals als offene E-Mail. Wir fragen Sie auch nie per E-Mail nach Ihrem
Passwort oder Ihrer Bankverbindung.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht
auf diese E-Mail.

Ihre Rheinau Versicherung
"""
    m = mail(NOREPLY, "kundenpostfach-7731@kundenmail.example",
             "Neue Nachricht in Ihrem Kundenpostfach",
             "Sat, 14 Mar 2026 06:02:11 +0100", body,
             headers=[("Auto-Submitted", "auto-generated")],
             msgid="<notify-20260314-060211-77310@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-customer", "trap: content-free portal notification, mentions health documents and bank data only as a general warning"


def m014():
    body = """Dear Mr Finch,

thank you for the application you submitted for your client

  Mr Oliver Brandauer, born 17 August 1988
  Product: Rheinau BU Premium (disability income), monthly benefit EUR 2,500
  Application no.: A-BU-26-004471

Our underwriting review is complete. Based on the attending physician's
report of 28 January and the questionnaire on back complaints, we can
accept the application with the following exclusion:

  "No benefits are payable for occupational disability caused by
  diseases or injuries of the lumbar spine, including their
  consequences (ICD-10 M51.-, M54.-)."

Reason: recurrent lumbago with sciatica (M54.4) 2023-2025, physiotherapy
and two periods of sick leave of 3 and 5 weeks.

The exclusion can be reviewed on request after 3 years without symptoms or
treatment. Premium stays as quoted (EUR 94.20 per month).

Please let us know within 4 weeks whether your client accepts.

Kind regards
Konstantin Brehm
Underwriting Life & Disability
Rheinau Lebensversicherung AG

""" + FOOT_EN
    m = mail("Konstantin Brehm <underwriting.leben@rheinau-versicherung.example>",
             "Harold Finch <h.finch@finch-partners-finanz.example>",
             "[secure] Underwriting decision A-BU-26-004471",
             "Wed, 11 Feb 2026 12:30:00 +0100", body,
             msgid="<uw-abu26004471@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-broker", "disability underwriting decision for broker's client: birth date, exclusion, M54.4, sick leave"


def m015():
    body = """Dear Ms Kowalczyk,

attached is your commission statement for January 2026 as a CSV file
(semicolon-separated, for import into your accounting software).

Payee:          Agnieszka Kowalczyk, Versicherungsmaklerin (sole trader)
Broker no.:     VM-30417
Tax no.:        37/281/40955 (Finanzamt Mannheim-Stadt)
Payout:         EUR 2,318.47, value date 06/02/2026
To account:     DE50 6629 0017 1003 4772 01

Commission is exempt from VAT under § 4 No. 11 UStG.

Best regards
Sven Oltmanns
Broker Services

""" + FOOT_EN
    csv = """Vertrag;Sparte;Kunde;Art;Bemessung;Satz;Betrag
K 2026-120071;Kfz;Gärtner, Ute;Abschluss;612,40;5,0%;30,62
HR-55201190;Hausrat;Lindner, Paul;Abschluss;198,00;20,0%;39,60
PH-30018842;Privathaftpflicht;Sahin, Derya;Abschluss;89,90;20,0%;17,98
WG 60-4420031;Wohngebäude;Meinhardt, Olaf;Abschluss;1488,20;15,0%;223,23
GW-7741-003;Gewerbe Inhalt;Café Morgenrot (Inh. Lea Voss);Abschluss;2140,00;15,0%;321,00
diverse;Bestand;;Bestandsprovision;;;1686,04
;;;;;Summe;2318,47
"""
    m = mail("Broker Services Rheinau <makler@rheinau-versicherung.example>",
             "Agnieszka Kowalczyk <office@kowalczyk-versicherungen.example>",
             "Commission statement 01/2026 – VM-30417",
             "Thu, 05 Feb 2026 07:05:00 +0100", body,
             attachments=[att_cs(csv, "Provision_VM-30417_2026-01.csv", CSV, "utf-8")],
             msgid="<prov-vm30417-202601@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-broker", "sole-trader broker's tax number and IBAN; CSV lists customers with non-personal-line contracts"


def m016():
    body = """Hi Rahul,

Legal have gone through the English claim rejection template (GH-REJ-03).
Their comments are in the text below, marked >>. Could you put them into the
template system by Friday? Nothing customer-specific in here, it's just the
master.

---
Dear [TITLE] [SURNAME],

Claim number: [CLAIM_NO]
Date of treatment: [DATE_OF_SERVICE]

We have reviewed your claim for [TREATMENT_DESCRIPTION]. Unfortunately we
are unable to pay this claim because [REJECTION_REASON].
>> Legal: list the policy clause, e.g. "Section 4.2 (pre-existing
>> conditions)", not just the reason code.

If you disagree with our decision, you can ask us to review it within
[APPEAL_PERIOD] days. You may also contact the insurance ombudsman
(Versicherungsombudsmann e.V.).
>> Legal: add the ombudsman's postal address and note that the
>> procedure is free of charge for the member.

Yours sincerely,
[HANDLER_NAME]
---

Typical values for [REJECTION_REASON] we see in QA samples: waiting period,
pre-existing condition not declared, cosmetic treatment, out-of-network
provider without pre-authorisation.

Thanks!
Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@rheinau-versicherung.example>",
             "Rahul Menon <rahul.menon@rheinau-versicherung.example>",
             "GH-REJ-03 template – legal comments",
             "Mon, 23 Feb 2026 11:17:45 +0100", body,
             msgid="<ghrej03-legal@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: claim rejection template with [PLACEHOLDERS], generic pre-existing-condition wording"


def m017():
    body = """Sehr geehrte Damen und Herren,

für unsere Versicherte erteilen wir folgende

KOSTENÜBERNAHMEERKLÄRUNG

Patientin:          Hildegard Möbius, geb. 04.07.1951
Versicherungsnr.:   KV 1190-40388-7 (Rheinau Krankenversicherung AG)
Tarif:              S1 – Krankenhaus Zweibettzimmer, Chefarzt
Aufnahme:           geplant 16.03.2026, Klinik für Orthopädie
Eingriff:           Hüft-TEP rechts bei Coxarthrose (M16.1), OPS 5-820.00
Voraussichtl. Dauer: 8 Tage, anschl. AHB

Wir übernehmen die allgemeinen Krankenhausleistungen nach KHEntgG
(DRG I47B) sowie die Wahlleistungen Zweibettzimmer und wahlärztliche
Leistungen im tariflichen Umfang. Bitte rechnen Sie die allgemeinen
Krankenhausleistungen direkt mit uns ab (Klinik-Card Nr. 4401 2290 1187).

Die Erklärung gilt bis 30.04.2026.

Mit freundlichen Grüßen
Jens Pfeilschifter
Leistungsabteilung Krankenversicherung – stationär
Fax 0621 4480-3399

""" + FOOT_DE
    m = mail("Jens Pfeilschifter <stationaer.kv@rheinau-versicherung.example>",
             "Patientenaufnahme <aufnahme@st-elisabeth-klinikum.example>",
             "Kostenübernahme Möbius, Hildegard – Aufnahme 16.03.2026",
             "Fri, 06 Mar 2026 10:03:27 +0100", body, cte="quoted-printable",
             msgid="<kue-1190403887-0306@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-hospital", "cost-coverage declaration for a named patient: birth date, hip replacement, M16.1, OPS, DRG"


def m018():
    body = """Dear Mr Whitcombe,

thank you for setting up a direct debit for your personal liability
insurance. We have registered the following SEPA mandate:

Mandate reference:   RV-PH-30021457-01
Creditor ID:         DE86ZZZ00000317745
Policy:              PH-30021457 (Personal liability, single, EUR 10m)
Account holder:      Simon Whitcombe
IBAN:                DE77 5509 0533 0715 2040 93
First collection:    EUR 71.40 on 1 April 2026, then annually

Collections will always be announced at least 5 days in advance.

Kind regards
Your Rheinau customer service

""" + FOOT_EN
    m = mail("Rheinau Customer Service <service@rheinau-versicherung.example>",
             "Simon Whitcombe <simon.whitcombe@inbox-mail.example>",
             "Your SEPA direct debit mandate has been registered",
             "Tue, 17 Mar 2026 14:26:00 +0100", body,
             msgid="<sepa-ph30021457@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "SEPA mandate confirmation: named customer, IBAN, liability policy"


def m019():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<h2 style="color:#00587a">Rheinau Maklerbrief März 2026</h2>
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<p><b>ZahnFit Plus wird besser.</b> Ab 01.04.2026 erstattet der Tarif 90&nbsp;% für Zahnersatz
inkl. Implantate und Inlays, 100&nbsp;% für zwei professionelle Zahnreinigungen im Jahr und
Kieferorthopädie bei Kindern bis KIG 2. Gesundheitsfragen: nur noch drei (fehlende Zähne,
laufende Behandlung, Parodontitis in den letzten 3 Jahren).</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e6f0f3"><th>Eintrittsalter</th><th>Monatsbeitrag</th><th>Abschlussprovision</th></tr>
<tr><td>bis 20</td><td>9,80 €</td><td>6 MB</td></tr>
<tr><td>21–40</td><td>21,40 €</td><td>8 MB</td></tr>
<tr><td>41–60</td><td>34,90 €</td><td>8 MB</td></tr>
<tr><td>ab 61</td><td>47,60 €</td><td>6 MB</td></tr>
</table>
<p><b>BU-Aktion:</b> vereinfachte Gesundheitsprüfung für Berufseinsteiger bis 30 (nur 5 Fragen,
z.&nbsp;B. zu psychotherapeutischer Behandlung und Krankenhausaufenthalten in den letzten 5 Jahren).</p>
<p><b>Webinar:</b> „Leistungsfall BU – was Ihre Kunden wissen sollten“, 24.03., 16 Uhr.</p>
<p>Ihr Team Maklerbetreuung<br>Rheinau Versicherung AG</p>
<p style="font-size:10px;color:#888">Nur für Vermittler. Keine Weitergabe an Endkunden.
Abmelden: maklerbrief-abmelden@rheinau-versicherung.example</p>
</body></html>"""
    text = """Rheinau Maklerbrief März 2026

Liebe Vertriebspartnerinnen und Vertriebspartner,

ZahnFit Plus wird besser. Ab 01.04.2026 erstattet der Tarif 90 % für
Zahnersatz inkl. Implantate und Inlays, 100 % für zwei professionelle
Zahnreinigungen im Jahr und KFO bei Kindern bis KIG 2.

Beiträge/Provision: bis 20: 9,80 € / 6 MB; 21-40: 21,40 € / 8 MB;
41-60: 34,90 € / 8 MB; ab 61: 47,60 € / 6 MB

BU-Aktion: vereinfachte Gesundheitsprüfung für Berufseinsteiger bis 30.

Webinar "Leistungsfall BU", 24.03., 16 Uhr.

Ihr Team Maklerbetreuung
"""
    m = mail("Rheinau Maklerbetreuung <maklerbrief@rheinau-versicherung.example>",
             "vertriebspartner@lists.rheinau-versicherung.example",
             "Maklerbrief 03/2026: ZahnFit Plus, BU-Aktion, Webinar",
             "Tue, 10 Mar 2026 10:00:00 +0100", text, html=html,
             cte="quoted-printable",
             msgid="<maklerbrief-2026-03@rheinau-versicherung.example>")
    return m, N, "de", "newsletter", "trap: broker newsletter with dental tariff, health questions and commission table, no person"


def m020():
    body = """Sehr geehrter Herr Vossberg,

anbei erhalten Sie Ihre jährliche Mitteilung zum Stand Ihrer
Lebensversicherung zum 01.01.2026.

Mit freundlichen Grüßen
Rheinau Lebensversicherung AG
Kundenservice Leben

""" + FOOT_DE
    p = pdf(["Rheinau Lebensversicherung AG",
             "Jährliche Standmitteilung nach § 155 VVG - Stichtag 01.01.2026",
             "",
             "Versicherungsnehmer: Karl-Heinz Vossberg, Meisenweg 3, 69121 Heidelberg",
             "Versicherte Person:  Karl-Heinz Vossberg, geb. 23.05.1964",
             "Vertrag:             LV 38 220 917-3, Kapitallebensversicherung",
             "Beginn / Ablauf:     01.06.1999 / 01.06.2029",
             "Bezugsberechtigt Todesfall: Ehefrau Renate Vossberg",
             "",
             "Garantierte Ablaufleistung:               48.117,00 EUR",
             "Bisher zugeteilte Überschüsse:            11.402,55 EUR",
             "Bewertungsreserven (Stand):                  312,80 EUR",
             "Rückkaufswert zum 01.01.2026:             49.836,19 EUR",
             "Beitragsfreie Leistung:                   44.270,00 EUR",
             "Monatsbeitrag:                               126,30 EUR",
             "",
             "Die Überschussbeteiligung ist nicht garantiert."])
    m = mail("Rheinau Kundenservice Leben <leben@rheinau-versicherung.example>",
             "k.h.vossberg@heidelnet.example",
             "Standmitteilung 2026 zu Ihrem Vertrag",
             "Fri, 30 Jan 2026 06:45:00 +0100", body,
             attachments=[att(p, "Standmitteilung_2026.pdf", PDF)],
             msgid="<stand-lv38220917-2026@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "life insurance statement for a named person; birth date, beneficiary and values only in the PDF"

def m021():
    body = """Sehr geehrter Herr Ackermann,

zu Ihrem Glasbruchschaden vom 03.02.2026 (Schaden-Nr. GL-26-000871,
Vertrag GL 77-120944) teilen wir Ihnen mit:

Beschädigt: Isolierglasscheibe Wohnzimmerfenster (Sturmschaden durch
umgewehten Gartenstuhl), Rottannenweg 22, 66849 Landstuhl.

Rechnung Glaserei Fenzl vom 12.02.2026:   684,25 EUR
Notverglasung:                             95,00 EUR
Entschädigung gesamt:                     779,25 EUR

Den Betrag überweisen wir auf Ihr Konto
IBAN DE31 2505 0480 0193 4588 12, Kontoinhaber Bernd Ackermann.

Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.
Der Schaden ist damit abgeschlossen.

Mit freundlichen Grüßen
Rheinau Allgemeine Versicherung AG
Schadenservice Sach
"""
    m = mail("Schadenservice Sach <schaden.sach@rheinau-versicherung.example>",
             "bernd.ackermann@pfalznet.example",
             "Glasbruchschaden GL-26-000871 - Regulierung",
             "Mon, 16 Feb 2026 13:55:12 +0100", body, charset="iso-8859-1",
             cte="quoted-printable",
             msgid="<gl26000871-reg@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "glass claim settlement: named customer, address, claim and policy number, IBAN (iso-8859-1 QP)"


def m022():
    body = """*** TESTVERSAND – NICHT AN KUNDEN ***

Umgebung: ABN (Abnahme), Vorlage BR-SACH-2026 v1.4, Job 88121
Testdaten: synthetischer Testfall TF-017, keine Echtdaten

--------------------------------------------------------------
Sehr geehrter Herr Max Mustermann (fiktiv),

Ihre Beitragsrechnung 2026 zur Hausratversicherung

Versicherungsschein-Nr.:  HR-00000000-TEST
Versicherungsort:         Musterstraße 1, 12345 Musterstadt
Jahresbeitrag:            123,45 EUR
Abbuchung am 01.01.2026 von
IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN aus der Dokumentation)
--------------------------------------------------------------

Prüfpunkte für die Fachabteilung:
[x] Umbruch Adressfeld Fenster DIN lang
[x] IBAN gruppiert in Vierergruppen
[ ] Fußzeile: neue HRB-Nummer fehlt noch
[ ] Sonderzeichen im Namen (ä, ß, ğ) – bitte mit TF-018 nochmal testen

Automatisch erzeugt von DocGen ABN.
"""
    m = mail("DocGen ABN <docgen-abn@rheinau-versicherung.example>",
             "Textverwaltung <output-management@rheinau-versicherung.example>",
             "[TEST] Beitragsrechnung 2026 Hausrat – Max Mustermann",
             "Thu, 27 Nov 2025 16:31:02 +0100", body,
             msgid="<docgen-abn-88121-tf017@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: test send with fictitious Max Mustermann and the published example IBAN DE89 3704 0044 0532 0130 00"


def m023():
    body = """Dear Mrs Pemberton,

we are sorry to hear about your accident in Mallorca and hope you are
recovering well at home.

Your travel health claim (policy RT-26-337190, claim TH-26-01155) has been
settled as follows:

- Clínica Son Verí, Palma: emergency admission 14-19 April 2026,
  open reduction and internal fixation of a distal radius fracture
  (left wrist), anaesthesia, X-rays                    EUR 7,842.00
- Pharmacy (analgesics, thrombosis prophylaxis)         EUR    63.80
- Medically necessary return flight with escort
  (arranged by Rheinau Assistance, 20 April)           EUR 2,310.00
                                                    --------------
Total covered                                          EUR 10,215.80

The hospital and the flight were paid directly by us. You do not need to
do anything. The pharmacy receipt (EUR 63.80) will be refunded to your
account within 5 working days.

Please keep the discharge report; your GP at home may need it for the
follow-up treatment, which is covered by your health insurer, not by the
travel policy.

Best wishes for a quick recovery,
Rahul Menon
Travel Claims, Rheinau Versicherung

""" + FOOT_EN
    m = mail("Rahul Menon <reiseschaden@rheinau-versicherung.example>",
             "Judith Pemberton <judith.pemberton@homemail.example>",
             "Your claim TH-26-01155 – settlement",
             "Wed, 06 May 2026 15:12:44 +0200", body,
             msgid="<th2601155-settle@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "travel health claim: fracture, surgery, hospital stay, repatriation of a named customer"


def m024():
    body = """Dear Mr Adeyemi,

thank you for sending the termination letter from your employer.

Your trip cancellation claim (policy RC-25-901127, claim RC-26-00412) is
covered under clause 2.1 e) "unexpected loss of employment through
dismissal by the employer". We refund the cancellation costs charged by
the tour operator:

  Booking:      Sunflower Tours, Crete, 12-26 July 2026, 2 adults
  Cancellation: 40 % of the travel price EUR 3,180.00 = EUR 1,272.00
  Excess:       20 %, min. EUR 25                    - EUR   254.40
  Refund:                                             EUR 1,017.60

Payment goes to IBAN DE60 2905 0101 0770 4388 21 (account holder Tunde
Adeyemi) within the next few days.

Kind regards
Rheinau Travel Claims

""" + FOOT_EN
    m = mail("Rheinau Travel Claims <reiseschaden@rheinau-versicherung.example>",
             "Tunde Adeyemi <tunde.adeyemi@mailpoint.example>",
             "Trip cancellation RC-26-00412 – refund",
             "Fri, 29 May 2026 09:40:00 +0200", body,
             msgid="<rc2600412@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "travel cancellation due to job loss (no health content): named customer, claim, IBAN"


def m025():
    html = """<html><body style="font-family:Georgia,serif;max-width:620px">
<h1 style="color:#7a4b00">Paws &amp; Claws – Rheinau Pet Care</h1>
<p>Hello pet lovers,</p>
<p>spring means ticks. Last year our vets' invoices for tick-borne diseases in dogs
(anaplasmosis, babesiosis) went up by a third in the Upper Rhine valley. Talk to your vet
about protection before April.</p>
<h3>What did our customers claim for in 2025?</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Reason</th><th>Dogs</th><th>Cats</th><th>Average invoice</th></tr>
<tr><td>Gastro-intestinal problems</td><td>21 %</td><td>17 %</td><td>EUR 312</td></tr>
<tr><td>Skin and ear infections</td><td>18 %</td><td>9 %</td><td>EUR 196</td></tr>
<tr><td>Cruciate ligament surgery</td><td>6 %</td><td>–</td><td>EUR 2,940</td></tr>
<tr><td>Dental treatment</td><td>8 %</td><td>14 %</td><td>EUR 455</td></tr>
<tr><td>Kidney disease</td><td>2 %</td><td>11 %</td><td>EUR 688</td></tr>
</table>
<p>Reminder: since the 2022 fee schedule (GOT) reform, vet bills are higher – check that your
cover goes up to the 3-fold rate.</p>
<p>Woof and purr,<br>your Rheinau Pet Care team</p>
<p style="font-size:10px">Unsubscribe: https://www.rheinau-versicherung.example/unsubscribe?list=pets</p>
</body></html>"""
    text = """Paws & Claws - Rheinau Pet Care

Spring means ticks. Talk to your vet about protection before April.

What did our customers claim for in 2025?
Gastro-intestinal problems: dogs 21 %, cats 17 %, avg EUR 312
Skin and ear infections: dogs 18 %, cats 9 %, avg EUR 196
Cruciate ligament surgery: dogs 6 %, avg EUR 2,940
Dental treatment: dogs 8 %, cats 14 %, avg EUR 455
Kidney disease: dogs 2 %, cats 11 %, avg EUR 688

Unsubscribe: https://www.rheinau-versicherung.example/unsubscribe?list=pets
"""
    m = mail("Rheinau Pet Care <newsletter@rheinau-versicherung.example>",
             "petcare-en@lists.rheinau-versicherung.example",
             "Paws & Claws: tick season and what you claimed for in 2025",
             "Thu, 12 Mar 2026 08:00:00 +0100", text, html=html,
             msgid="<nl-pets-2026-03@rheinau-versicherung.example>")
    return m, N, "en", "newsletter", "trap: pet newsletter with aggregate vet-claim statistics and disease names, no animal or owner identifiable"


def m026():
    body = """Sehr geehrte Frau Reinholz,

anbei die Bestandsliste zu Ihrem Kollektivvertrag betriebliche
Altersversorgung (Direktversicherung, Gruppenvertrag GV-DV-2019-0442)
zum Stichtag 01.01.2026 zum Abgleich mit Ihrer Lohnbuchhaltung.

Bitte prüfen Sie insbesondere die Entgeltumwandlungsbeträge der drei
Mitarbeitenden, deren Gehalt sich zum Jahreswechsel geändert hat
(in der Liste markiert). Rückmeldung bitte bis 15.02.

Leider ist die Datei nicht kennwortgeschützt, unser Export-Tool kann das
noch nicht. Bitte daher nicht weiterleiten.

Freundliche Grüße
Dr. Ulrike Sandmeier
Firmenkunden bAV
Rheinau Lebensversicherung AG
"""
    x = xlsx([("Bestand 01-2026", [
        ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Vertrag", "Beginn", "Jahresbrutto", "Umwandlung mtl.", "AG-Zuschuss mtl.", "Hinweis"],
        ["10023", "Ferreira", "Tiago", "1983-02-11", "DV 4410-0233", "2019-04-01", 54200, 200, 30, ""],
        ["10051", "Hufnagel", "Sabine", "1971-09-30", "DV 4410-0234", "2019-04-01", 61800, 302, 45.30, "Gehalt geändert"],
        ["10077", "Bergmann", "Jonas", "1995-12-04", "DV 4410-0301", "2021-01-01", 39600, 100, 15, ""],
        ["10102", "Sarkisian", "Ani", "1988-06-19", "DV 4410-0355", "2022-07-01", 47150, 150, 22.50, "Gehalt geändert"],
        ["10114", "Opitz", "Rainer", "1966-03-27", "DV 4410-0360", "2022-10-01", 72400, 302, 45.30, "ruhend wg. Elternzeit bis 06/2026"],
        ["10140", "Lewandowski", "Marta", "1991-08-08", "DV 4410-0418", "2024-02-01", 44800, 120, 18, "Gehalt geändert"],
    ])])
    m = mail("Dr. Ulrike Sandmeier <bav@rheinau-versicherung.example>",
             "Petra Reinholz <personal@feinmechanik-kraichgau.example>",
             "Bestandsliste bAV GV-DV-2019-0442 Stichtag 01.01.2026",
             "Mon, 26 Jan 2026 14:09:30 +0100", body,
             attachments=[att(x, "GV-DV-2019-0442_Bestand_2026-01.xlsx", XLSX)],
             msgid="<bav-gv0442-bestand2026@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-company", "bAV direct-insurance list (life) in XLSX: employees' birth dates, salaries, contracts, parental leave"


def m027():
    body = """Sehr geehrter Herr Kroll,

für die Beitragsabrechnung 2025 Ihrer Betriebshaftpflichtversicherung
benötigen wir noch die tatsächliche Bruttolohnsumme des vergangenen
Jahres.

Versicherungsnehmerin:  Kroll Dach & Fassade GmbH, Gewerbering 7,
                        76870 Kandel
Vertrag:                BH 12-330471
Vorläufige Lohnsumme:   1.240.000 EUR (Vorauszahlung 6.448,00 EUR)
Beitragssatz:           5,20 Promille der Lohnsumme

Bitte tragen Sie die Lohnsumme in das Formular im Firmenkundenportal ein
oder antworten Sie einfach auf diese Mail. Ohne Meldung bis 31.03.2026
müssen wir nach § 10 der AHB-Betrieb eine um 10 % erhöhte Lohnsumme
zugrunde legen.

Mit freundlichen Grüßen
Stefanie Marquardt
Firmenkunden Haftpflicht
Rheinau Allgemeine Versicherung AG
Tel. 0621 4480-2470
"""
    m = mail("Stefanie Marquardt <firmen.haftpflicht@rheinau-versicherung.example>",
             "Dieter Kroll <d.kroll@kroll-dach.example>",
             "Beitragsabrechnung 2025 – Meldung der Lohnsumme BH 12-330471",
             "Tue, 10 Feb 2026 09:30:00 +0100", body,
             msgid="<bh12330471-lohn2025@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-company", "commercial liability: company policyholder with named managing director, policy number, payroll-based premium"


def m028():
    body = """Liebe Kolleginnen und Kollegen,

anbei zur Freigabe die neue Fassung des Serienbriefs ZE-1 "Erinnerung
Folgebeitrag" (alle Sparten außer KV/LV, dort gelten eigene Texte).

Betreff: Erinnerung an Ihren Beitrag zu Vertrag «Vertragsnummer»

  «Anrede» «Name»,
  leider ist Ihr Beitrag von «Betrag» € für den Zeitraum «Zeitraum» noch
  nicht bei uns eingegangen. Bitte überweisen Sie ihn bis «Frist» auf
  IBAN «IBAN_Rheinau» oder erteilen Sie uns ein SEPA-Lastschriftmandat.
  Haben Sie schon gezahlt? Dann betrachten Sie dieses Schreiben als
  gegenstandslos.

Neu gegenüber 2025:
1. freundlicherer Einstieg (Kundenfeedback aus der Beschwerdeanalyse)
2. QR-Code für Banking-Apps (GiroCode) statt Überweisungsträger
3. Hinweis auf Ratenzahlung bei Beträgen über 250 €

Die qualifizierte Mahnung nach § 38 VVG (ZE-2) bleibt unverändert.

Bitte Rückmeldung bis Mittwoch, sonst gilt als freigegeben.

Grüße
Ralf Gössling
Forderungsmanagement
"""
    m = mail("Ralf Gössling <ralf.goessling@rheinau-versicherung.example>",
             "fm-team@rheinau-versicherung.example",
             "Freigabe Serienbrief ZE-1 Erinnerung Folgebeitrag",
             "Fri, 16 Jan 2026 12:02:18 +0100", body,
             msgid="<ze1-freigabe-2026@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: dunning letter template with «IBAN» and «Betrag» placeholders, no customer"


def m029():
    body = """Sehr geehrte Frau Nowotny,

trotz unserer Erinnerung vom 12.01.2026 sind die Beiträge zu Ihrer
Krankenversicherung weiterhin offen.

Versicherungsnummer: KV 5502-19833-4
Rückstand:           Dezember 2025 bis Februar 2026, je 489,62 EUR
Säumniszuschlag:     1 % je angefangenem Monat (§ 193 Abs. 6 VVG)
Gesamt offen:        1.488,21 EUR

Wir mahnen Sie hiermit nach § 193 Abs. 6 VVG. Ist der Rückstand
einschließlich der Säumniszuschläge zwei Monate nach Zugang dieser
Mahnung höher als ein Monatsbeitrag, ruht der Vertrag und Sie werden im
Notlagentarif versichert. Dort werden nur noch Aufwendungen für akute
Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und
Mutterschaft erstattet.

Wenn Sie hilfebedürftig im Sinne des SGB II oder XII sind oder durch die
Zahlung würden, legen Sie uns bitte eine Bescheinigung des Sozialamts
bzw. Jobcenters vor.

Sprechen Sie uns gern auf eine Ratenzahlung an: 0621 4480-3100.

Mit freundlichen Grüßen
Rheinau Krankenversicherung AG
Beitragsservice

""" + FOOT_DE
    m = mail("Beitragsservice KV <beitrag.kv@rheinau-versicherung.example>",
             "Lena Nowotny <lena.nowotny@freemail.example>",
             "Mahnung nach § 193 Abs. 6 VVG – KV 5502-19833-4",
             "Thu, 12 Mar 2026 10:30:00 +0100", body, cte="quoted-printable",
             msgid="<mahn193-kv5502198334@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "health premium arrears of a named insured person, emergency tariff warning"


def m030():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Dear Ms Lindqvist-Bauer,</p>
<p>here is your annual overview of all property and liability contracts you hold with Rheinau
for 2026. The amounts will be collected from your account ending ...4093 on the due dates shown.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dfeef2"><th>Contract</th><th>Line</th><th>Insured</th><th>Due</th><th>Premium EUR</th></tr>
<tr><td>HR-55207714</td><td>Home contents</td><td>Schillerplatz 4, 3rd floor, 68165 Mannheim</td><td>01/04/2026</td><td>142.30</td></tr>
<tr><td>PH-30026630</td><td>Personal liability (family)</td><td>Astrid Lindqvist-Bauer, Jens Bauer, 2 children</td><td>01/04/2026</td><td>88.10</td></tr>
<tr><td>K 2026-130452</td><td>Motor</td><td>Volvo XC40, MA-AL 77</td><td>01/01/2026</td><td>694.80</td></tr>
<tr><td>FR-2210-0093</td><td>E-bike</td><td>Riese &amp; Müller Charger4, frame WAU4471123</td><td>01/06/2026</td><td>119.00</td></tr>
<tr><td colspan="4"><b>Total 2026</b></td><td><b>1,044.20</b></td></tr>
</table>
<p>Any questions? Reply to this email or call 0621 4480-1000.</p>
<p>Kind regards<br>Rheinau Customer Service</p>
</body></html>"""
    m = mail("Rheinau Customer Service <service@rheinau-versicherung.example>",
             "Astrid Lindqvist-Bauer <astrid.lb@nordpost.example>",
             "Your Rheinau annual overview 2026",
             "Fri, 19 Dec 2025 07:00:00 +0100", html=html, html_only=True,
             cte="quoted-printable",
             msgid="<overview2026-lb@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "HTML-only table: named family's property/motor contracts, address, plate, frame number"

def m031():
    body = """Sehr geehrter Herr Raschke,

wir haben die Unterlagen zu Ihrem Unfall vom 18.09.2025 (Sturz von der
Leiter beim Obstschnitt) abschließend geprüft, insbesondere das
fachärztliche Gutachten von Prof. Dr. Wellhöfer vom 20.02.2026.

Vertrag:       UV 90-225418, Rheinau Unfall Komfort, Progression 350 %
Grundsumme:    100.000 EUR

Festgestellte Unfallfolgen:
- Teilverlust der Beweglichkeit des rechten Daumens nach
  Mittelhandknochenfraktur (Bennett-Fraktur, S62.21) –
  Gliedertaxe Daumen 20 %, davon 2/5 = 8 % Invalidität
- Bewegungseinschränkung rechtes Handgelenk – Hand 55 %,
  davon 1/10 = 5,5 % Invalidität

Gesamtinvalidität:   13,5 %
Invaliditätsleistung: 13.500,00 EUR (Progression greift erst ab 25 %)
bereits gezahlter Vorschuss: 5.000,00 EUR
Restzahlung:          8.500,00 EUR

Sie und wir können den Invaliditätsgrad jährlich, längstens bis zu drei
Jahren nach dem Unfall, erneut ärztlich bemessen lassen (Ziffer 9.4 AUB).

Mit freundlichen Grüßen
Petra Lindqvist
Leistung Unfall
Rheinau Versicherung AG

""" + FOOT_DE
    m = mail("Petra Lindqvist <leistung.unfall@rheinau-versicherung.example>",
             "Volker Raschke <v.raschke@odenwald-online.example>",
             "Ihr Unfall vom 18.09.2025 – Entscheidung Invaliditätsleistung",
             "Wed, 04 Mar 2026 11:48:00 +0100", body, cte="quoted-printable",
             msgid="<uv90225418-inv@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "accident insurance invalidity decision: fracture S62.21, degree of disability, expert report"


def m032():
    body = """Thank you for your email. I am out of the office until Monday,
23 March 2026, with limited access to email.

For new business and underwriting questions please contact
broker.support@rheinau-versicherung.example or call +49 621 4480-2000.
For claims, please use the claims inbox shown in your broker portal.

Your email will not be forwarded.

Best regards
Sven Oltmanns
Broker Services, Rheinau Versicherung AG
"""
    m = mail("Sven Oltmanns <sven.oltmanns@rheinau-versicherung.example>",
             "Harold Finch <h.finch@finch-partners-finanz.example>",
             "Automatic reply: Access for new colleague in broker portal",
             "Tue, 17 Mar 2026 09:12:03 +0100", body,
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
             msgid="<ooo-oltmanns-0317@rheinau-versicherung.example>")
    return m, N, "en", "insurer-to-broker", "out-of-office reply to a broker, no data"


def m033():
    body = """Dear Dr Achterberg,

Re: Your patient Mr Callum Reid, born 02/11/1979
    Our ref.: LB-26-00287 (critical illness claim)

Mr Reid has made a claim under his critical illness policy with us,
following his myocardial infarction in January 2026. He has signed the
enclosed consent and release from medical confidentiality (copy
attached to our letter by post, dated 3 February 2026).

To assess the claim, we would be grateful for a short report covering:

1. date of diagnosis and how it was confirmed (ECG changes, troponin
   values, coronary angiography findings);
2. treatment carried out (e.g. PCI/stent, bypass);
3. any cardiovascular history or risk factors before the policy
   start date of 1 July 2021 (hypertension, diabetes, smoking);
4. current ability to work.

We will pay your fee according to GOÄ No. 75 plus expenses. Please send
the report via our secure portal or by post; please do not reply by
ordinary email with medical details.

Yours sincerely
Dr Ulrike Sandmeier
Claims Life & Critical Illness
Rheinau Lebensversicherung AG

""" + FOOT_EN
    m = mail("Dr Ulrike Sandmeier <leistung.leben@rheinau-versicherung.example>",
             "Praxis Dr. Achterberg <praxis@kardiologie-achterberg.example>",
             "Request for medical report – LB-26-00287",
             "Tue, 03 Feb 2026 15:44:00 +0100", body,
             msgid="<lb2600287-arztanfrage@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-doctor", "request to a cardiologist: named patient with birth date, myocardial infarction, critical illness claim"


def m034():
    body = """Hallo Frau Ehrenberg,

wie telefonisch besprochen hier die Liste der Verträge, die zum
01.04.2026 auf Ihre Courtage-Zusage übertragen werden (Bestandsübertragung
aus dem Bestand der Agentur Haberkorn, Ruhestand).

Nur Sachsparten; die Kranken- und Lebensverträge kommen separat über die
elektronische Vermittlerpost.

Bitte prüfen und bis 20.03. bestätigen.

Gruß
Sven Oltmanns
Maklerbetreuung Rheinau
"""
    csv = """Vertragsnr;VN Name;VN Vorname;PLZ;Ort;Sparte;Jahresbeitrag;Hauptfälligkeit
HR-55102290;Grünewald;Elke;67346;Speyer;Hausrat;176,40;01.05.
PH-30011873;Grünewald;Elke;67346;Speyer;Privathaftpflicht;72,10;01.05.
K 2023-077104;Baumeister;Frank;67354;Römerberg;Kfz;588,22;01.01.
WG 60-4402718;Stöckl;Irmgard;67459;Böhl-Iggelheim;Wohngebäude;1210,75;01.10.
RS 44-201559;Çelik;Murat;67346;Speyer;Rechtsschutz Privat/Beruf/Verkehr;318,00;01.03.
HR-55109911;Vogt;Manuela;67373;Dudenhofen;Hausrat;131,90;01.07.
"""
    m = mail("Sven Oltmanns <makler@rheinau-versicherung.example>",
             "Nadine Ehrenberg <n.ehrenberg@ehrenberg-assekuranz.example>",
             "Bestandsübertragung Agentur Haberkorn – Sachverträge",
             "Fri, 06 Mar 2026 16:20:41 +0100", body,
             attachments=[att_cs(csv, "Uebertragung_Haberkorn_Sach.csv", "application/vnd.ms-excel", "windows-1252")],
             msgid="<bestand-haberkorn-sach@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-broker", "portfolio transfer list (windows-1252 CSV): named customers with property/motor contracts"


def m035():
    body = """Hallo zusammen,

für das Quartalsgespräch mit dem Vorstand die Auswertung der
Leistungsablehnungen Q3/2025 (Krankenvoll, ambulant + stationär):

Ablehnungsgrund                              Anzahl   Anteil
Medizinische Notwendigkeit nicht belegt        1.184    31 %
GOÄ-Faktor über Schwellenwert ohne Begr.         902    24 %
Heilpraktiker / alternative Methoden             611    16 %
Nicht verschreibungspflichtige Arzneimittel      447    12 %
Wartezeit                                        203     5 %
Sonstige (Kur, Kosmetik, Auslandsbehandlung)     449    12 %
Gesamt                                         3.796   100 %

Widerspruchsquote: 14,8 % (Vorquartal 13,1 %), davon ganz/teilweise
abgeholfen 41 %. Ombudsmann-Verfahren: 9.

Auffällig: Ablehnungen wegen Psychotherapie ohne Antrag haben sich
verdoppelt (absolut klein, 38 Fälle) – evtl. Textbaustein LA-12
verständlicher formulieren.

Jana
"""
    m = mail("Jana Vogelsang <jana.vogelsang@rheinau-versicherung.example>",
             "fuehrungskreis-leistung-kv@rheinau-versicherung.example",
             "Auswertung Leistungsablehnungen Q3/2025",
             "Mon, 13 Oct 2025 17:05:30 +0200", body,
             msgid="<ablehnung-q3-2025@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: aggregate statistics of health claim rejections incl. psychotherapy, no person"


def m036():
    body = """Sehr geehrte Frau Bieler,

Ihr Zahnarzt Dr. Tiberius Magnusson hat uns den Heil- und Kostenplan
vom 19.01.2026 vorgelegt. Gerne teilen wir Ihnen vorab mit, welche
Kosten wir übernehmen.

Vertrag: ZZ 61-880215 (Tarif ZahnFit Plus)

Geplante Behandlung:
- Regio 36: Extraktion, Implantat (GOZ 9010), Knochenaufbau (GOZ 9100)
- Regio 36: implantatgetragene Vollkeramikkrone (GOZ 2200, 2210)
- Material- und Laborkosten laut Kostenvoranschlag Dentallabor Fuchs

Geschätzte Gesamtkosten:             4.386,90 EUR
Erstattungssatz Tarif:                      90 %
voraussichtliche Erstattung:         3.948,21 EUR
Zahnstaffel (Jahr 3, max. 4.000 EUR): eingehalten

Die endgültige Erstattung richtet sich nach der tatsächlichen Rechnung.
Bitte reichen Sie diese nach Abschluss der Behandlung mit den
Laborbelegen ein.

Gute Besserung wünscht Ihnen
Ihre Rheinau Krankenversicherung
Leistung Zahn
"""
    m = mail("Leistung Zahn <leistung.zahn@rheinau-versicherung.example>",
             "Sonja Bieler <sonja.bieler@posteo-mail.example>",
             "Ihr Heil- und Kostenplan – unsere Zusage",
             "Wed, 28 Jan 2026 14:00:00 +0100", body, cte="8bit", flowed=True,
             msgid="<hkp-zz61880215@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "dental treatment plan approval: implant region 36, GOZ positions, named dentist"


def m037():
    body = """Dear Mr and Mrs Castellano,

your home contents insurance will renew on 1 May 2026. Because the
sum insured is index-linked, it rises with the price index for household
goods:

Policy:            HR-55213340
Insured address:   Friedrichsring 38, 68161 Mannheim (flat, 94 sq m)
Sum insured:       EUR 61,100 (previous year EUR 58,750)
Bicycle cover:     EUR 3,000 (unchanged)
Premium 2026/27:   EUR 189.42 (previous year EUR 182.15)

You don't need to do anything. If you have bought valuable items
(jewellery, art, e-bikes) please check whether the sum insured is still
sufficient – underinsurance can reduce a claim payment.

Kind regards
Rheinau Customer Service

""" + FOOT_EN
    m = mail("Rheinau Customer Service <service@rheinau-versicherung.example>",
             "Lorenzo Castellano <l.castellano@ciaomail.example>",
             "Your home contents insurance HR-55213340 – renewal 2026",
             "Mon, 16 Mar 2026 07:00:00 +0100", body,
             msgid="<renew-hr55213340@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "home contents renewal: named couple, address, policy number, premium"


def m038():
    body = """Dear partners,

from 1 April 2026 our term life product "Rheinau Protect" has new rates.
A few illustrations for your conversations with clients (monthly premium,
sum assured EUR 250,000, term 25 years, level cover):

  Model client                              old        new
  age 30, non-smoker, office job           EUR 11.90  EUR 10.40
  age 30, smoker, office job               EUR 27.50  EUR 26.80
  age 40, non-smoker, BMI 24               EUR 21.20  EUR 19.35
  age 45, non-smoker, treated hypertension EUR 38.60  EUR 36.10
  age 50, smoker                           EUR 96.30  EUR 95.70

All illustrations are fictitious model cases for standard risks; actual
premiums depend on the individual health and lifestyle questions.

Simplified underwriting now goes up to EUR 300,000 sum assured (no
medical examination, 7 health questions).

Best regards
Broker Services – Life
Rheinau Lebensversicherung AG
"""
    m = mail("Rheinau Broker Services <makler@rheinau-versicherung.example>",
             "broker-life-en@lists.rheinau-versicherung.example",
             "Rheinau Protect: new term life rates from 1 April",
             "Wed, 18 Mar 2026 10:30:00 +0100", body,
             msgid="<protect-rates-0401@rheinau-versicherung.example>")
    return m, N, "en", "insurer-to-broker", "trap: term life rate illustrations for fictitious model clients (smoker, hypertension)"


def m039():
    orig = inner("Dr. Ulrike Sandmeier <leistung.leben@rheinau-versicherung.example>",
                 "Michael Sturm <michael.sturm@sturmnetz.example>",
                 "Ihr Antrag auf Leistungen wegen Berufsunfähigkeit – LB-25-01932",
                 "Thu, 18 Dec 2025 10:15:00 +0100",
                 """Sehr geehrter Herr Sturm,

wir haben Ihren Antrag auf Leistungen aus der Berufsunfähigkeits-
versicherung BU 72-004518 geprüft. Grundlage waren die Berichte Ihrer
behandelnden Psychiaterin Dr. Kemmerich, der Entlassungsbericht der
Psychosomatischen Klinik Bad Waldbronn (stationär 02.06.–14.08.2025) und
das Gutachten von Dr. Stegmaier vom 28.11.2025.

Das Gutachten kommt zu dem Ergebnis, dass die rezidivierende depressive
Störung (F33.1) Sie in Ihrem zuletzt ausgeübten Beruf als Projektleiter
derzeit zu 40 % beeinträchtigt. Eine bedingungsgemäße Berufsunfähigkeit
von mindestens 50 % liegt damit nicht vor. Wir können deshalb leider
keine Leistungen erbringen.

Sie können der Entscheidung innerhalb von sechs Monaten widersprechen.

Mit freundlichen Grüßen
Dr. Ulrike Sandmeier
Leistung Leben / BU
""", "<lb2501932-entscheid@rheinau-versicherung.example>")
    body = """Sehr geehrte Frau Rechtsanwältin Kühnle,

bezugnehmend auf Ihr Schreiben vom 12.01.2026 und die vorgelegte
Vollmacht übersende ich Ihnen unser Entscheidungsschreiben an Ihren
Mandanten vom 18.12.2025 als Anlage. Das Gutachten Dr. Stegmaier
übersenden wir Ihnen per Post.

Mit freundlichen Grüßen
Dr. Ulrike Sandmeier
Leistung Leben / BU
Rheinau Lebensversicherung AG

""" + FOOT_DE
    m = mail("Dr. Ulrike Sandmeier <leistung.leben@rheinau-versicherung.example>",
             "RAin Theresa Kühnle <kanzlei@kuehnle-versicherungsrecht.example>",
             "Ihr Zeichen K-26/0044 – Entscheidungsschreiben",
             "Mon, 19 Jan 2026 09:27:00 +0100", body,
             attachments=[fwd(orig)],
             msgid="<lb2501932-anwalt@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-lawyer", "body harmless; forwarded message/rfc822 has a BU rejection with depression F33.1 and clinic stay"


def m040():
    body = """Dear Ms Ferraro,

thank you for reporting the accident of 9 March 2026 in the car park of
the Rhein-Galerie, Ludwigshafen. We are glad nobody was hurt.

Claim no.:  KS-26-014382
Policy:     K 2025-101277 (comprehensive cover)
Vehicle:    Fiat 500e, plate LU-GF 305

To settle the damage to your car we still need:

[ ] a repair estimate or invoice from a garage of your choice
[ ] photos of the damage (all four sides and close-ups)
[ ] a copy of the vehicle registration certificate (part I)
[ ] the name and insurer of the other driver, if known

You can upload everything in the Rheinau app under "My claims" or reply
to this email.

Kind regards
Tobias Wendling
Motor Claims

""" + FOOT_EN
    m = mail("Rheinau Motor Claims <kfz.schaden@rheinau-versicherung.example>",
             "Giulia Ferraro <giulia.ferraro@mailbox.example>",
             "Your claim KS-26-014382 – documents we need",
             "Wed, 11 Mar 2026 10:06:00 +0100", body,
             msgid="<ks26014382-docs@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "motor claim document request, nobody hurt: named customer, plate, claim number"

def m041():
    html = """<html><body style="font-family:Arial,sans-serif;max-width:640px;margin:auto">
<h1 style="color:#00587a;font-size:22px">Rheinau aktuell – Ihr Kundenbrief Frühjahr 2026</h1>
<h3>Sturmsaison: So schützen Sie Ihr Haus</h3>
<p>Die Orkantiefs im Februar haben in der Pfalz und im Odenwald viele Dächer beschädigt. Prüfen Sie
nach jedem Sturm Dachziegel, Regenrinnen und Antennen – und melden Sie Schäden möglichst mit
Fotos über unsere App. Notreparaturen, um weitere Schäden zu verhindern, sind mitversichert.</p>
<h3>Einbruchschutz lohnt sich</h3>
<p>Pilzkopfverriegelung, abschließbare Fenstergriffe, Zeitschaltuhr: Schon einfache Maßnahmen
schrecken die meisten Täter ab. Die Polizei berät kostenlos.</p>
<h3>Neu im Kundenportal</h3>
<ul><li>Versicherungsnachweise selbst herunterladen</li><li>Adressänderung online</li>
<li>Schadenstatus live verfolgen</li></ul>
<p>Ihre Rheinau Versicherung</p>
<p style="font-size:10px;color:#888">Sie erhalten diesen Kundenbrief, weil Sie ihn im Kundenportal
abonniert haben. Abbestellen: https://www.rheinau-versicherung.example/abmelden?liste=aktuell<br>
Rheinau Versicherung AG, Am Stromhafen 4, 68159 Mannheim</p>
</body></html>"""
    text = """Rheinau aktuell - Ihr Kundenbrief Frühjahr 2026

Sturmsaison: So schützen Sie Ihr Haus
Prüfen Sie nach jedem Sturm Dachziegel, Regenrinnen und Antennen und melden
Sie Schäden möglichst mit Fotos über unsere App.

Einbruchschutz lohnt sich
Pilzkopfverriegelung, abschließbare Fenstergriffe, Zeitschaltuhr.

Neu im Kundenportal: Nachweise herunterladen, Adressänderung online,
Schadenstatus live verfolgen.

Abbestellen: https://www.rheinau-versicherung.example/abmelden?liste=aktuell
"""
    m = mail("Rheinau aktuell <kundenbrief@rheinau-versicherung.example>",
             "kundenbrief@lists.rheinau-versicherung.example",
             "Rheinau aktuell: Sturmsaison, Einbruchschutz, neues im Portal",
             "Thu, 02 Apr 2026 08:30:00 +0200", text, html=html,
             cte="quoted-printable",
             msgid="<kundenbrief-2026-fj@rheinau-versicherung.example>")
    return m, N, "de", "newsletter", "customer newsletter about storms and burglary protection, nothing personal"


def m042():
    body = """Dear Ms Haddad,

we have processed the dental invoices you submitted on 20 April.

Member:       Leila Haddad, RGH 0944-1208
Plan:         Global Health Plus with Dental Module

Date        Provider                         Treatment                      Billed     Paid
03/04/2026  Smile Studio Doha, Dr. Raman     Scaling and polishing          QAR 650    QAR 650
03/04/2026  Smile Studio Doha, Dr. Raman     Composite filling tooth 46     QAR 900    QAR 720
10/04/2026  Smile Studio Doha, Dr. Raman     Root canal treatment tooth 46  QAR 3,200  QAR 2,560

Total paid: QAR 3,930 = EUR 1,003.64, transferred to your account ending 6819.

Your remaining dental limit for this policy year is EUR 1,996.36.

Kind regards
Rheinau Global Health – Claims
"""
    m = mail("Rheinau Global Health Claims <claims.global@rheinau-versicherung.example>",
             "Leila Haddad <leila.haddad@gulfpost.example>",
             "Claim processed – dental invoices April 2026",
             "Mon, 27 Apr 2026 12:44:10 +0200", body, cte="base64",
             msgid="<gh-dental-haddad-0427@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "base64-encoded body: dental claim statement (root canal tooth 46) of a named member"


def m043():
    body = """Dear Mr Vandersloot,

the D&O policy of Helix Biotech Solutions AG expires on 30 June 2026. We
are pleased to offer renewal on the following terms:

Policy no.:          DO-2023-00188
Policyholder:        Helix Biotech Solutions AG, Neuenheimer Feld 581,
                     69120 Heidelberg
Limit of indemnity:  EUR 15,000,000 per claim and in the aggregate
Retention:           EUR 50,000 (company reimbursement claims only)
Premium 2026/27:     EUR 64,800 net (+19 % insurance tax)

Conditions: the renewal is subject to receipt of the signed proposal
form, the audited annual accounts 2025 and confirmation that no
circumstances have become known that could give rise to a claim against
members of the management board or supervisory board.

We would appreciate your reply by 31 May 2026.

Kind regards

Dr. Moritz Engelhard
Financial Lines Underwriting
Rheinau Allgemeine Versicherung AG
Phone +49 621 4480-2810

""" + FOOT_EN
    m = mail("Dr. Moritz Engelhard <financial.lines@rheinau-versicherung.example>",
             "Pieter Vandersloot <p.vandersloot@helix-biotech.example>",
             "D&O renewal offer 2026/27 – DO-2023-00188",
             "Mon, 04 May 2026 16:00:00 +0200", body,
             cc="Janine Wörner <j.woerner@woerner-industriemakler.example>",
             msgid="<do202300188-renewal@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-company", "D&O renewal offer: company policyholder with named CFO, policy number, premium"


def m044():
    body = """Hi all,

results of the A/B test on payment reminder subject lines (property
lines, Jan-Feb 2026, 22,460 reminder emails, randomised 50/50):

  A  "Payment reminder for your contract"             open 41.2 %, paid within 14 days 58.9 %
  B  "Did you miss something? Your Rheinau premium"   open 49.7 %, paid within 14 days 63.4 %

Difference in payment rate is significant (p < 0.01). Complaints: A 3,
B 5 (two found B "too chummy").

Recommendation: roll out B for the first reminder only, keep the formal
subject for the qualified reminder under s. 38 VVG. Health and life are
out of scope (different legal wording, §193 VVG).

Slides for Thursday are on the team drive under /CX/Reminders/2026.

Cheers
Carla
"""
    m = mail("Carla Vidal <carla.vidal@rheinau-versicherung.example>",
             "cx-team@rheinau-versicherung.example",
             "A/B test payment reminder subject lines – results",
             "Tue, 10 Mar 2026 18:22:00 +0100", body,
             msgid="<ab-reminder-results@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: aggregate A/B results for payment reminders, no customer"


def m045():
    body = """Sehr geehrte Frau Hähnlein,

der Medizinische Dienst MEDICPROOF hat Ihre Mutter, Frau Gertrud
Hähnlein, am 24.02.2026 in ihrer Wohnung begutachtet. Wir haben das
Gutachten erhalten und teilen Ihnen als Bevollmächtigter unser Ergebnis
mit:

Versicherte Person:  Gertrud Hähnlein, geb. 11.01.1939
Pflegepflichtversicherung PVN, Vers.-Nr. KV 0817-20446-3

Ergebnis:  Pflegegrad 3 (53,75 Gewichtete Punkte) ab 01.02.2026
           (Antragsmonat)

Festgestellt wurden vor allem Einschränkungen bei der Mobilität und
der Selbstversorgung sowie ein beginnender Unterstützungsbedarf bei
kognitiven Fähigkeiten (leichte Demenz).

Leistungen ab 01.02.2026:
- Pflegegeld bei häuslicher Pflege durch Sie: 599 EUR monatlich
- oder Pflegesachleistung bis 1.497 EUR monatlich
- Entlastungsbetrag 131 EUR monatlich
- Wohnraumanpassung bis 4.180 EUR auf Antrag

Das Pflegegeld für Februar und März überweisen wir in den nächsten
Tagen. Das Gutachten senden wir Ihnen auf Wunsch gern zu.

Mit freundlichen Grüßen
Rheinau Krankenversicherung AG
Pflegeversicherung
"""
    m = mail("Pflegeversicherung Rheinau <pflege@rheinau-versicherung.example>",
             "Andrea Hähnlein <andrea.haehnlein@mail-franken.example>",
             "Ergebnis der Begutachtung – Pflegegrad",
             "Tue, 17 Mar 2026 13:10:00 +0100", body, cte="quoted-printable",
             msgid="<ppv-pg-haehnlein@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "care-level decision for a named mother via her daughter: Pflegegrad 3, dementia, birth date"


def m046():
    body = """Sehr geehrter Herr Ostertag,

zu Ihrer Rechtsschutzanfrage vom 02.03.2026 erteilen wir
Deckungszusage:

Vertrag:       RS 44-209983 (Privat-, Berufs- und Wohnungsrechtsschutz)
Schaden-Nr.:   RS-26-03318
Gegenstand:    Streit mit Ihrem Vermieter, Wohnbau Sonnenhalde GmbH,
               über die Nebenkostenabrechnung 2024 und die Rückzahlung
               Ihrer Mietkaution (2.850 EUR) für die Wohnung
               Lessingstraße 14, 69115 Heidelberg
Umfang:        außergerichtliche Tätigkeit Ihres Rechtsanwalts
               RA Jochen Maibaum, Heidelberg, sowie ein
               erstinstanzliches Verfahren vor dem Amtsgericht
Selbstbeteiligung: 150 EUR

Bitte leiten Sie diese Zusage an Ihren Anwalt weiter. Die Kosten rechnet
er direkt mit uns ab.

Mit freundlichen Grüßen
Rheinau Rechtsschutz
Schadenabteilung
"""
    m = mail("Rheinau Rechtsschutz <rechtsschutz@rheinau-versicherung.example>",
             "Felix Ostertag <felix.ostertag@uni-mail.example>",
             "Deckungszusage RS-26-03318 – Mietstreit",
             "Fri, 06 Mar 2026 11:31:00 +0100", body,
             charset="windows-1252", cte="quoted-printable",
             msgid="<rs2603318-zusage@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "legal-expenses cover for a tenancy dispute: named customer, address, deposit, policy (windows-1252)"


def m047():
    body = """Sehr geehrter Herr Fuchsberger,

hiermit beauftragen wir die Produktion und den Versand unseres
Jahresmailings 2026 zu den Konditionen Ihres Angebots A-26-0117.

Übersicht Versandstücke (Datenlieferung per SFTP, verschlüsselt, am
09.11.2026; Adressdaten werden nach Versand gemäß AV-Vertrag gelöscht):

  Mailing                                       Stück   Seiten  Farbe
  Jahresmitteilung Leben (§ 155 VVG)          212.400      4    s/w
  Beitragsrechnung Kfz 2027                   148.950      2    4c
  Beitragsanpassung Krankenvoll 01/2027        51.300    6-10   s/w
  Beitragsbescheinigung KV/PV für Finanzamt    96.700      1    s/w
  Jahresbeitragsübersicht Sach                173.200      2    4c
  Summe                                       682.550

Portooptimierung über Konsolidierer wie im Vorjahr. Kuvertierung nach
Ziel-PLZ; Beilagen nur für Kfz (Flyer "Telematik").

Bitte senden Sie uns für jedes Mailing vorab 20 Muster mit den
Testdatensätzen (fiktive Personen) aus unserer Datei TESTDATEN_2026.

Mit freundlichen Grüßen
Hanne Brinkötter
Output-Management
Rheinau Versicherung AG
"""
    m = mail("Hanne Brinkötter <output-management@rheinau-versicherung.example>",
             "Gregor Fuchsberger <g.fuchsberger@lettershop-rhein-neckar.example>",
             "Auftrag Jahresmailing 2026 – Angebot A-26-0117",
             "Mon, 12 Oct 2026 10:14:00 +0200", body,
             msgid="<auftrag-jahresmailing-2026@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-supplier", "trap: print-shop order listing volumes of life/health mailings, no person"


def m048():
    body = """Sehr geehrte Frau Dengler,

wie gewünscht erhalten Sie die Unterlagen zu Ihrem Leistungsfall als
ZIP-Datei. Das Passwort teilen wir Ihnen telefonisch mit.

Mit freundlichen Grüßen
Konstantin Brehm
Leistung Leben / BU
Rheinau Lebensversicherung AG
"""
    letter = pdf(["Rheinau Lebensversicherung AG - Leistung BU",
                  "Anerkenntnis der Leistungspflicht",
                  "",
                  "Versicherte Person: Katrin Dengler, geb. 06.12.1977",
                  "Vertrag BU 72-011836, Schaden LB-25-02277",
                  "",
                  "Nach Prüfung der Befunde (Multiple Sklerose, schubförmig-remittierender",
                  "Verlauf, ED 03/2024, ICD G35.1) erkennen wir Ihre Berufsunfähigkeit als",
                  "Grundschullehrerin zu 70 % ab 01.07.2025 an.",
                  "Monatliche BU-Rente: 1.850,00 EUR; Beitragsbefreiung ab 01.07.2025.",
                  "Nachzahlung 01.07.2025-31.01.2026: 12.950,00 EUR.",
                  "",
                  "Nachprüfung: erstmals zum 01.07.2027."])
    payments = """Monat;BU-Rente;Beitragsbefreiung;Status
2025-07;1850,00;88,40;nachgezahlt
2025-08;1850,00;88,40;nachgezahlt
2025-09;1850,00;88,40;nachgezahlt
2025-10;1850,00;88,40;nachgezahlt
2025-11;1850,00;88,40;nachgezahlt
2025-12;1850,00;88,40;nachgezahlt
2026-01;1850,00;88,40;nachgezahlt
2026-02;1850,00;88,40;laufend
"""
    z = zipfiles([("Dengler_LB-25-02277/Anerkenntnis.pdf", letter),
                  ("Dengler_LB-25-02277/Zahlungsuebersicht.csv", payments),
                  ("Dengler_LB-25-02277/LIESMICH.txt",
                   "Unterlagen zum Leistungsfall LB-25-02277, erstellt 04.02.2026.\r\n")])
    m = mail("Konstantin Brehm <leistung.leben@rheinau-versicherung.example>",
             "Katrin Dengler <katrin.dengler@schulnetz.example>",
             "Ihre Unterlagen",
             "Wed, 04 Feb 2026 15:22:00 +0100", body,
             attachments=[att(z, "Unterlagen_LB-25-02277.zip", ZIP)],
             msgid="<lb2502277-zip@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "inside a ZIP: BU acceptance with multiple sclerosis G35.1, birth date, pension; body harmless"


def m049():
    body = """Sehr geehrte Frau Lorenz,

Sie haben uns gebeten, Ihren Schadenfreiheitsrabatt zu bescheinigen,
damit Sie ihn bei Ihrem neuen Versicherer anrechnen lassen können.

Vorversicherungsbescheinigung

Versicherungsnehmerin:  Melanie Lorenz, geb. 14.03.1986
Anschrift:              Kirchgasse 5, 69469 Weinheim
Vertrag:                K 2019-044518, beendet zum 31.12.2025
Fahrzeug zuletzt:       Skoda Fabia, HP-ML 614
Haftpflicht:            SF 7, schadenfrei seit 2019
Vollkasko:              SF 6
Schäden 2021–2025:      keine

Der Versicherungsschutz bestand ununterbrochen vom 01.04.2019 bis
31.12.2025.

Mit freundlichen Grüßen
Rheinau Kundenservice Kfz
"""
    m = mail("Rheinau Kundenservice Kfz <kfz@rheinau-versicherung.example>",
             "melanie.lorenz@bergstrasse-mail.example",
             "Vorversicherungsbescheinigung / SF-Bescheinigung K 2019-044518",
             "Tue, 13 Jan 2026 09:03:00 +0100", body, cte="quoted-printable",
             msgid="<sf-bescheinigung-k2019044518@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "no-claims certificate: named customer with birth date, address, plate"


def m050():
    body = """Dear Mr Osei,

thank you for your interest in our travel insurance. As requested, here
is a short overview; you will find the full terms on our website.

Rheinau Travel Annual (all trips up to 56 days, worldwide)
- Travel health: medical treatment abroad, hospital, medicines,
  repatriation when medically advisable; no excess
- Trip cancellation up to EUR 5,000 per trip, e.g. for sudden serious
  illness, accident, pregnancy complications, death of a close relative
  or unexpected job loss
- Baggage up to EUR 2,000

Premiums per year: single EUR 89, couple EUR 149, family EUR 189.

Pre-existing conditions: acute worsening of a known condition is covered
if no treatment was planned before the trip.

You can buy the policy online in five minutes:
https://www.rheinau-versicherung.example/reise

Kind regards
Rheinau Customer Service
"""
    m = mail("Rheinau Customer Service <service@rheinau-versicherung.example>",
             "Kwame Osei <kwame.osei@globemail.example>",
             "RE: Question about travel insurance",
             "Fri, 20 Mar 2026 12:40:00 +0100", body,
             in_reply_to="<q-travel-4411@globemail.example>",
             msgid="<re-travel-osei@rheinau-versicherung.example>")
    return m, N, "en", "insurer-to-customer", "trap: prospect gets generic travel-health product info, no contract and no health data of his own"

def m051():
    text = """Hallo Jasmin,

gute Nachricht: Deine Rechnung wurde erstattet.

Rechnung:     Dr. med. Ansgar Thal, Dermatologie, vom 27.02.2026
              (Hautkrebs-Screening, Exzision Nävus, Histologie)
Eingereicht:  184,20 €
Erstattet:    184,20 €
Vertrag:      KV 6620-30157-9

Die Auszahlung erfolgt auf dein Konto mit der Endung 2117.

Alle Details findest du in der Rheinau-App unter "Meine Rechnungen".

Dein Rheinau-App-Team
"""
    html = """<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;background:#f6f8fa">
<div style="max-width:480px;margin:auto;background:#fff;padding:24px;border-radius:8px">
<p style="font-size:20px">✅ Deine Rechnung wurde erstattet</p>
<p>Hallo Jasmin,</p>
<table style="font-size:14px" cellpadding="4">
<tr><td style="color:#666">Rechnung</td><td>Dr. med. Ansgar Thal, Dermatologie, 27.02.2026<br>Hautkrebs-Screening, Exzision Nävus, Histologie</td></tr>
<tr><td style="color:#666">Eingereicht</td><td>184,20 €</td></tr>
<tr><td style="color:#666">Erstattet</td><td><b>184,20 €</b></td></tr>
<tr><td style="color:#666">Vertrag</td><td>KV 6620-30157-9</td></tr>
</table>
<p>Auszahlung auf dein Konto mit der Endung 2117.</p>
<p><a href="https://app.rheinau-versicherung.example/rechnungen">In der App ansehen</a></p>
</div></body></html>"""
    m = mail("Rheinau App <app@rheinau-versicherung.example>",
             "jasmin.ohlendorf@smartmail.example",
             "Deine Rechnung wurde erstattet ✅",
             "Thu, 12 Mar 2026 19:41:07 +0100", text, html=html,
             cte="quoted-printable",
             headers=[("Auto-Submitted", "auto-generated")],
             msgid="<app-push-mail-66203015-0312@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "app notification naming dermatologist, mole excision and histology for the addressee's health contract"


def m052():
    body = """Guten Tag,

Sie haben die Registrierung für das Rheinau Kundenportal gestartet.

Ihr Einmal-Passwort lautet:  Q7-284-KX

Es ist 15 Minuten gültig. Im Portal finden Sie nach der Anmeldung Ihre
Verträge, Leistungsabrechnungen und Arztrechnungs-Uploads an einem Ort.

Sie haben keine Registrierung gestartet? Dann ignorieren Sie diese
E-Mail einfach. Niemand bei Rheinau wird Sie jemals nach diesem Code
fragen.

Ihre Rheinau Versicherung
(automatisch erzeugte Nachricht)
"""
    m = mail(NOREPLY, "neuanmeldung-4471@quickmail.example",
             "Ihr Einmal-Passwort für das Rheinau Kundenportal",
             "Sun, 15 Mar 2026 21:03:55 +0100", body,
             headers=[("Auto-Submitted", "auto-generated")],
             msgid="<otp-20260315-210355-a91f@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-customer", "trap: one-time password mail, mentions Leistungsabrechnungen/Arztrechnungen generically, no name, no contract"


def m053():
    body = """Elektronische Vermittlerpost – Geschäftsvorfall KÜNDIGUNG

Vermittler:        VM-20733, Assekuranzkontor Weidner GmbH
Geschäftsvorfall:  Kündigung durch Versicherungsnehmer
Eingang:           02.03.2026

Kunde:             Horst Rademacher, Burgstraße 11, 67454 Haßloch
Vertrag:           HR-55098813 (Hausrat), Beitrag 158,70 EUR jährlich
Vertragsende:      30.06.2026 (ordentliche Kündigung zum Ablauf)
Kündigungsgrund:   laut Kunde "Beitrag woanders günstiger"

Provisionsauswirkung: keine (Vertrag älter als 5 Jahre)

Hinweis: Sie können innerhalb von 14 Tagen einen Rückgewinnungsversuch
im Maklerportal vermerken.

Dieses Dokument steht auch über die BiPRO-Schnittstelle (Norm 430.4) zum
Abruf bereit. ID: VP-26-0302-771445
"""
    m = mail("Rheinau Vermittlerpost <vermittlerpost@rheinau-versicherung.example>",
             "post@weidner-assekuranz.example",
             "Vermittlerpost: Kündigung HR-55098813",
             "Mon, 02 Mar 2026 18:00:00 +0100", body,
             msgid="<vp-26-0302-771445@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-broker", "broker post: named customer cancels home contents policy, address, premium"


def m054():
    body = """Dear Ms Sato,

regarding the private health insurance application for your client
Mr Daniel Fontaine (application KV-A-26-01873, tariff VK-Komfort, start
date 1 May 2026):

We cannot complete the risk assessment yet. In the health questions
Mr Fontaine states "high blood pressure, treated since 2022" but gives
neither the medication nor recent readings. Please ask him to provide:

- name and dose of the current medication (e.g. ramipril, amlodipine)
- the last three blood pressure readings with dates
- the most recent lab values (creatinine, HbA1c) if available
- whether there has been any damage to heart, kidneys or eyes

Without this information we will have to close the application on
15 April 2026. A risk surcharge of 15-25 % is likely if the readings are
well controlled.

Kind regards
Underwriting Health
Rheinau Krankenversicherung AG
"""
    m = mail("Underwriting Health <underwriting.kv@rheinau-versicherung.example>",
             "Yuki Sato <y.sato@sato-insurance-brokers.example>",
             "Application KV-A-26-01873 Fontaine – information required",
             "Wed, 25 Mar 2026 11:20:00 +0100", body,
             msgid="<kva2601873-info@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-broker", "health application of a named client: treated hypertension, requested medication and lab values"


def m055():
    body = """Ticket INC-2026-04417 – Status: In Bearbeitung
Priorität: 2 (hoch)
Komponente: DocGen / Template-Engine 5.3

Beschreibung (Hanne Brinkötter, 09.03.2026):
Seit dem Update am Wochenende werden in der Vorlage "Leistungsabrechnung
ambulant" (LA-01) Tabellenzeilen mit langen Arztnamen abgeschnitten. Die
Spalte "Leistungserbringer" bricht nach 38 Zeichen ab. Betroffen auch
"Claim Settlement" (GH-SET-01, englisch). Beispiel im Anhang des
Tickets nur mit Testfall TF-022 (fiktive Person).

Update (Deniz Kaya, 10.03.2026):
Root cause: the new engine ignores the "wrap" attribute on table cells
when the font is set per cell. Workaround deployed to ABN: column width
fixed at 62 mm. Prod fix planned for release 5.3.2 on 17 March.
Please re-test with TF-022 und TF-031 (Umlaute, lange Titel "Prof. Dr.
med. habil.").

Keine Kundendaten im Ticket ablegen!

-- 
IT Service Desk Rheinau · Durchwahl 4444
"""
    m = mail("IT Service Desk <servicedesk@rheinau-versicherung.example>",
             "Hanne Brinkötter <hanne.brinkoetter@rheinau-versicherung.example>",
             "[INC-2026-04417] Update: Tabellenumbruch Leistungsabrechnung / Claim Settlement",
             "Tue, 10 Mar 2026 16:58:12 +0100", body,
             msgid="<inc-2026-04417-u2@rheinau-versicherung.example>")
    return m, N, "de+en", "internal", "trap: IT ticket about reimbursement-statement layout, only fictitious test cases"


def m056():
    body = """Dear Mr Kovač,

your motorcycle insurance is a seasonal policy. As in previous years
the vehicle is insured from 1 March to 31 October; during the winter
months it stays in "resting" status with the partial cover for theft
and fire only.

Policy:     K 2024-088213
Vehicle:    BMW R 1250 GS Adventure, plate HD-DK 46S (seasonal 03-10)
VIN:        WB10M1301M6E41827
Cover:      third-party liability (SF 11), partial cover, EUR 150 excess
Premium:    EUR 318.40 per season

A reminder for your first ride: please check your tyres and brakes
after the winter break. Have a safe season!

Kind regards
Rheinau Motor Customer Service
"""
    m = mail("Rheinau Motor Customer Service <kfz@rheinau-versicherung.example>",
             "Davor Kovač <davor.kovac@bikers-mail.example>",
             "Your motorcycle season starts on 1 March",
             "Wed, 25 Feb 2026 08:00:00 +0100", body,
             msgid="<season-k2024088213@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "motorcycle insurance: named customer, plate, VIN, policy number"


def m057():
    body = """Sehr geehrter Herr Pöhlmann,

wir haben die Arbeitsunfähigkeitsbescheinigungen Ihres Hausarztes
geprüft und zahlen Krankentagegeld aus Ihrem Tarif KT 43.

Vertrag:                    KV 4021-66703-5
Arbeitsunfähig seit:        19.01.2026 (lt. Erstbescheinigung)
Karenzzeit:                 42 Tage, endet 01.03.2026
Leistungsbeginn:            02.03.2026
Tagessatz:                  110,00 EUR
Abrechnungszeitraum:        02.03.2026 – 22.03.2026 (21 Tage)
Auszahlung:                 2.310,00 EUR

Bitte senden Sie uns weiterhin jeweils nach spätestens 14 Tagen eine
Folgebescheinigung. Zur Prüfung der weiteren Arbeitsunfähigkeit
benötigen wir außerdem einen ärztlichen Bericht (Formular KT-3 anbei
im Postfach), da die Arbeitsunfähigkeit länger als acht Wochen
andauert.

Mit freundlichen Grüßen
Miriam Okonkwo-Haas
Leistung Krankentagegeld
"""
    m = mail("Miriam Okonkwo-Haas <leistung.kv@rheinau-versicherung.example>",
             "Bernhard Pöhlmann <b.poehlmann@kraichgau-net.example>",
             "Krankentagegeld – Abrechnung 02.03. bis 22.03.2026",
             "Tue, 24 Mar 2026 10:45:00 +0100", body,
             msgid="<kt-kv402166703-0324@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "daily sickness allowance: named customer unfit for work since a date, medical report requested"


def m058():
    body = """Protokoll Redaktionsrunde Kundenkorrespondenz Nr. 14
Datum: 05.02.2026, 10:00–11:30, Raum 2.07 / Teams
Teilnehmende: H. Brinkötter (Moderation), M. Zielinski, J. Vogelsang,
R. Gössling, C. Vidal, Dr. J. Auerhahn (Datenschutz, TOP 3)

TOP 1 Verständlichkeit Ablehnungsschreiben KV
- Hohenheimer Verständlichkeitsindex der Vorlagen LA-05 bis LA-12 im
  Schnitt 9,1 (Ziel ≥ 12). Hauptproblem: Schachtelsätze, Paragraphen im
  Fließtext, Fachbegriffe wie "medizinische Notwendigkeit" ohne
  Erläuterung.
- Beschluss: Paragraphen in Fußnoten, Begriffe im Glossar erklären.

TOP 2 Einheitliche Anrede
- "Guten Tag" vs. "Sehr geehrte/r": Kundenbefragung (n=1.214) zeigt
  keine Präferenz; Beschluss: "Guten Tag «Vorname» «Nachname»" für alle
  neuen Vorlagen, bestehende bei Überarbeitung umstellen.

TOP 3 Diagnosen in Schreiben
- Dr. Auerhahn: Diagnosen und ICD-Codes nur nennen, wenn für die
  Begründung zwingend erforderlich; niemals im Betreff; Schreiben an
  Dritte (Arbeitgeber, Makler) grundsätzlich ohne Gesundheitsangaben.
- Prüfen, ob der ICD-Code in LA-01 (Leistungsabrechnung) entfallen kann.

TOP 4 Verschiedenes
- Nächste Runde 05.03.2026.

Protokoll: M. Zielinski
"""
    m = mail("Marek Zielinski <marek.zielinski@rheinau-versicherung.example>",
             "redaktionsrunde@rheinau-versicherung.example",
             "Protokoll Redaktionsrunde Kundenkorrespondenz 14",
             "Fri, 06 Feb 2026 09:12:00 +0100", body,
             msgid="<protokoll-rr14@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: minutes on wording of rejection letters, diagnoses and ICD codes discussed in general"


def m059():
    body = """Dear Ms Nakamura-Hoffmann,

we have updated your bank details as requested on 2 April 2026. From now
on, premiums for the contracts below will be collected from:

Account holder:  Emi Nakamura-Hoffmann
IBAN:            DE19 8109 3274 0305 1277 19
BIC:             (not required)

Contracts:       HR-55218802 (home contents)
                 PH-30031170 (personal liability)

Your new SEPA mandate reference is RV-HR-55218802-02. The old mandate
(account ending 0812) has been cancelled.

If you did not request this change, please call us immediately on
+49 621 4480-1000.

Kind regards
Rheinau Customer Service
"""
    m = mail("Rheinau Customer Service <service@rheinau-versicherung.example>",
             "Emi Nakamura-Hoffmann <emi.nh@kirschblueten.example>",
             "Confirmation: your bank details have been changed",
             "Fri, 03 Apr 2026 10:10:00 +0200", body,
             msgid="<iban-change-hr55218802@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "bank details change confirmation: named customer, IBAN, policy numbers"


def m060():
    body = """Sehr geehrte Frau Ruppenthal,

wir bestätigen die Änderung des Bezugsrechts zu Ihrer
Risikolebensversicherung:

Vertrag:              RL 51-330812
Versicherte Person:   Sandra Ruppenthal
Versicherungssumme:   200.000 EUR, Ablauf 01.09.2041

Bisher bezugsberechtigt:   Jürgen Ruppenthal (Ehemann)
Neu bezugsberechtigt ab Eingang Ihrer Erklärung am 16.02.2026:
  zu 50 % Lea Ruppenthal, geb. 03.08.2009 (Tochter)
  zu 50 % Tim Ruppenthal, geb. 21.05.2012 (Sohn)
Art:                       widerruflich

Solange Ihre Kinder minderjährig sind, wird eine Leistung an den
gesetzlichen Vertreter bzw. ein Sperrkonto gezahlt. Sie können eine
Testamentsvollstreckung oder Vormundschaftsregelung treffen; bitte
sprechen Sie dazu mit Ihrem Notar.

Mit freundlichen Grüßen
Rheinau Lebensversicherung AG
Vertragsservice Leben
"""
    m = mail("Vertragsservice Leben <leben@rheinau-versicherung.example>",
             "Sandra Ruppenthal <s.ruppenthal@saar-post.example>",
             "Bestätigung Bezugsrechtsänderung RL 51-330812",
             "Thu, 19 Feb 2026 14:33:00 +0100", body,
             msgid="<bzr-rl51330812@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "beneficiary change in a named person's term life policy, children's birth dates"

def m061():
    html = """<html><body style="font-family:Arial,sans-serif;max-width:600px;margin:auto;color:#333">
<h2 style="color:#2c7a3f">Rheinau VitalPlus – Gesund durchs Frühjahr</h2>
<p>Liebe Mitglieder im Bonusprogramm VitalPlus,</p>
<p><b>Rückenschmerzen</b> sind nach Erkältungen der häufigste Grund für Arztbesuche. Über 60&nbsp;%
der Erwachsenen haben mindestens einmal im Jahr damit zu tun – meist ohne ernste Ursache. Was hilft:
Bewegung statt Bettruhe, Kräftigung der Rumpfmuskulatur, ergonomischer Arbeitsplatz.</p>
<p><b>Bonuspunkte sammeln:</b></p>
<ul>
<li>Gesundheits-Check-up beim Hausarzt: 300 Punkte</li>
<li>Zahnvorsorge (zweimal im Jahr): 200 Punkte</li>
<li>Zertifizierter Rückenkurs (§ 20 SGB V): 400 Punkte</li>
<li>Grippeschutzimpfung: 100 Punkte</li>
<li>Nichtraucher-Kurs abgeschlossen: 500 Punkte</li>
</ul>
<p>Ab 1.000 Punkten zahlen wir 120&nbsp;€ Bonus aus. Nachweise einfach in der App hochladen –
Diagnosen oder Befunde brauchen wir dafür nicht.</p>
<p>Bleiben Sie gesund!<br>Ihr VitalPlus-Team</p>
<p style="font-size:10px;color:#999">Abmelden: https://www.rheinau-versicherung.example/abmelden?liste=vitalplus</p>
</body></html>"""
    m = mail("Rheinau VitalPlus <vitalplus@rheinau-versicherung.example>",
             "vitalplus-mitglieder@lists.rheinau-versicherung.example",
             "VitalPlus: Rückengesundheit und neue Bonuspunkte",
             "Tue, 24 Mar 2026 08:00:00 +0100", html=html, html_only=True,
             msgid="<vitalplus-2026-03@rheinau-versicherung.example>")
    return m, N, "de", "newsletter", "trap: health bonus-programme newsletter (back pain, vaccination, check-up), addressed to a list"


def m062():
    body = """Dear Mr Lindgren,

we have reviewed your claim under the rental car excess cover of your
travel policy.

Policy:        RT-26-340118 (Travel Annual Couple)
Claim:         RX-26-00291
Rental:        Algarve Car Hire, Faro, 3-10 May 2026, Renault Captur
Damage:        scratch and dent rear bumper (car park), no injuries
Excess charged by the rental company:    EUR 950.00
Covered under the policy (max. EUR 1,500): EUR 950.00

The amount will be transferred to NL47 RABO 0317 2956 18 (account holder
E. Lindgren), as stated in your claim form.

Kind regards
Rheinau Travel Claims
"""
    m = mail("Rheinau Travel Claims <reiseschaden@rheinau-versicherung.example>",
             "Erik Lindgren <erik.lindgren@polarpost.example>",
             "Claim RX-26-00291 – rental car excess",
             "Tue, 26 May 2026 14:02:00 +0200", body,
             msgid="<rx2600291@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "rental excess claim, no injuries: named customer, Dutch IBAN, claim number"


def m063():
    body = """Dear Ms Oyelaran,

thank you for the accident report regarding your employee. We confirm
receipt and set out the next steps.

Group accident policy:  GU-2022-00741 (Delta Rail Services GmbH,
                        240 insured employees, 24/7 cover)
Claim:                  GU-26-00118
Insured person:         Mr Bogdan Ilić, track technician
Accident:               22 April 2026, depot Mannheim-Friedrichsfeld;
                        crushed left foot between rail and trolley
Injuries reported:      open fracture of the metatarsals (S92.3),
                        surgery at BG Klinik Ludwigshafen on 22 April

Benefits that may apply: hospital daily allowance EUR 30, recovery
benefit, and invalidity benefit once the final condition can be
assessed (at the earliest 6 months after the accident).

Please ask Mr Ilić to sign the enclosed release from medical
confidentiality so that we can request the hospital report directly.
He can also send it to us himself; he does not need to share medical
details with you as his employer.

Kind regards
Petra Lindqvist
Accident Claims
Rheinau Versicherung AG
"""
    m = mail("Petra Lindqvist <leistung.unfall@rheinau-versicherung.example>",
             "Funmi Oyelaran <hr@deltarail-services.example>",
             "Group accident claim GU-26-00118 – acknowledgement",
             "Mon, 27 Apr 2026 09:55:00 +0200", body,
             msgid="<gu2600118-ack@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-company", "group accident claim to the employer: named employee, open foot fracture S92.3, surgery"


def m064():
    body = """[TEST SEND – DO NOT FORWARD – SYNTHETIC DATA]

Template: LV-STAND-EN v2.0 (English annual statement, life)
Test case: TC-EN-04 "John Doe (fictitious)"

-------------------------------------------------------------
Dear Mr John Doe,

Annual statement as at 1 January 2026
Policy no.: LV 00 000 000-0 (TEST)
Insured person: John Doe, date of birth 01/01/1970 (test value)
Beneficiary: Jane Doe (test value)

Guaranteed maturity benefit      EUR 99,999.00
Surrender value                  EUR 12,345.67
Bonus allocated                  EUR  1,234.56
-------------------------------------------------------------

Layout notes:
- the € sign is rendered as "EUR" – OK per style guide
- date of birth should not appear in the letter at all for the English
  version (German version shows it, English policy wording doesn't need
  it) → please remove the field from the template
- footer page 2 overlaps with the bonus table when the beneficiary name
  is longer than 40 characters

Generated by DocGen ABN, job 90417.
"""
    m = mail("DocGen ABN <docgen-abn@rheinau-versicherung.example>",
             "Rahul Menon <rahul.menon@rheinau-versicherung.example>",
             "[TEST] Annual statement LV-STAND-EN – John Doe",
             "Wed, 03 Dec 2025 13:15:22 +0100", body,
             cc="output-management@rheinau-versicherung.example",
             msgid="<docgen-abn-90417-tc04@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: test send of life annual statement for fictitious John Doe with test birth date"


def m065():
    body = """Dear Mr Brennan,

thank you, we have received your bank details and the refund for the
unused premium will be paid this week.

Amount: EUR 214.60 (premium 1 April - 31 December 2026)

Kind regards
Rheinau Motor Customer Service

-----Original Message-----
From: Seamus Brennan <seamus.brennan@emerald-mail.example>
Sent: Sunday, 29 March 2026 20:11
To: kfz@rheinau-versicherung.example
Subject: Re: Cancellation of your motor insurance K 2025-099417

Hi,

thanks for the cancellation confirmation. I sold the car (the red Golf,
MA-SB 1980) to a dealer on 31 March. Please pay the refund to my new
account, the old one is closed:

Seamus Brennan
IBAN DE08 8605 5219 4400 1277 83

Cheers
Seamus

Sent from my iPhone
"""
    m = mail("Rheinau Motor Customer Service <kfz@rheinau-versicherung.example>",
             "Seamus Brennan <seamus.brennan@emerald-mail.example>",
             "RE: Cancellation of your motor insurance K 2025-099417",
             "Tue, 31 Mar 2026 11:05:00 +0200", body,
             in_reply_to="<F3A9-22B1@emerald-mail.example>",
             msgid="<re-brennan-refund@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "IBAN, plate and policy number only in the quoted customer mail; reply mentions refund"


def m066():
    body = """Sehr geehrter Herr Kaltenbach,

für Ihre Einkommensteuererklärung 2025 bescheinigen wir Ihnen die
gezahlten Beiträge zur Kranken- und Pflegeversicherung. Die Daten haben
wir außerdem elektronisch an die Finanzverwaltung übermittelt
(§ 10 Abs. 2a EStG); Ihre Steuer-ID haben wir dafür verwendet.

Versicherungsnehmer:   Achim Kaltenbach, Steuer-ID 47 102 836 591
Versicherungsnummer:   KV 3981-00452-2
Mitversichert:         Carolin Kaltenbach (Ehefrau), Paul (Sohn)

                                         2025
Beiträge Basisabsicherung KV        7.284,36 EUR
Beiträge Pflegepflichtversicherung    812,40 EUR
Beiträge Wahlleistungen/Zusatz        1.146,00 EUR
Beitragsrückerstattung 2025            -640,00 EUR
Erstattete Selbstbehalte: nicht bescheinigungspflichtig

Mit freundlichen Grüßen
Rheinau Krankenversicherung AG
Beitragsservice
"""
    m = mail("Beitragsservice KV <beitrag.kv@rheinau-versicherung.example>",
             "achim.kaltenbach@schwarzwald-mail.example",
             "Beitragsbescheinigung 2025 für das Finanzamt",
             "Fri, 16 Jan 2026 06:30:00 +0100", body,
             msgid="<bbesch-2025-kv398100452@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "health/care premium certificate for taxes: named family insured in PKV, tax ID"


def m067():
    body = """Hallo liebe Kolleg*innen,

bitte die folgende Stellenanzeige ab Montag im Intranet und auf dem
Karriereportal veröffentlichen (Kennziffer 2026-KV-017):

--------------------------------------------------------------------
Sachbearbeiter*in Leistungsprüfung Krankenversicherung (m/w/d)
Mannheim, Vollzeit oder Teilzeit ab 30 Std., unbefristet

Ihre Aufgaben
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ
- Bearbeitung von Heil- und Kostenplänen und Kostenübernahmen
- Korrespondenz mit Versicherten, Ärzten und Kliniken
- Mitarbeit an verständlichen Kundenschreiben

Ihr Profil
- Ausbildung als Medizinische*r Fachangestellte*r, Zahnmedizinische*r
  Fachangestellte*r oder Kaufmann/-frau für Versicherungen
- Kenntnisse in medizinischer Terminologie und ICD-10
- Sorgfalt im Umgang mit Gesundheitsdaten

Wir bieten
- 30 Tage Urlaub, mobiles Arbeiten bis 60 %, Jobrad, bKV
- Vergütung nach Tarifvertrag Versicherungen, Gruppe 5–6

Bewerbung bis 15.04.2026 an karriere@rheinau-versicherung.example
--------------------------------------------------------------------

Danke!
Yvonne Scheuermann
Personalgewinnung
"""
    m = mail("Yvonne Scheuermann <yvonne.scheuermann@rheinau-versicherung.example>",
             "intranet-redaktion@rheinau-versicherung.example",
             "Stellenanzeige 2026-KV-017 Leistungsprüfung KV – bitte veröffentlichen",
             "Thu, 19 Mar 2026 15:40:00 +0100", body,
             msgid="<stelle-2026-kv-017@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: job ad for health claims assessor (GOÄ/GOZ, ICD-10, Gesundheitsdaten), nobody's data"


def m068():
    body = """Sehr geehrte Frau Gerhardt,

wir bestätigen den Eingang Ihrer Schadenanzeige vom 23.03.2026.

Versicherungsnehmerin: Weinkellerei Gerhardt & Söhne KG, Deidesheim
Police:                TR 31-2024-0067 (Warentransport, Generalpolice)
Schaden-Nr.:           TS-26-00452
Sendung:               1.440 Flaschen Riesling Spätlese, Palette 3 von 6,
                       Spedition Nordlicht Cargo, Deidesheim → Rotterdam
Schaden:               Bruch durch Verrutschen der Ladung, geschätzt
                       ca. 11.800 EUR

Wir haben den Havariekommissar Cornelius Dreier (Sachverständigenbüro
Dreier, Mainz) beauftragt. Er meldet sich für eine Besichtigung in
Rotterdam. Bitte bewahren Sie die beschädigte Ware bis dahin auf und
machen Sie den Frachtführer schriftlich haftbar (Vorlage anbei im
Firmenkundenportal).

Mit freundlichen Grüßen
Lukas Tiedemann
Transportversicherung
Rheinau Allgemeine Versicherung AG
"""
    m = mail("Lukas Tiedemann <transport@rheinau-versicherung.example>",
             "Beate Gerhardt <b.gerhardt@weinkellerei-gerhardt.example>",
             "Schadenanzeige TS-26-00452 – Eingangsbestätigung",
             "Wed, 25 Mar 2026 10:20:00 +0100", body,
             msgid="<ts2600452-eingang@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-company", "cargo claim: company (KG) policyholder with named contact, policy and claim number"


def m069():
    body = """Sehr geehrter Herr Ziegenhals,

anbei unser Schreiben zu Ihrem Antrag vom 02.03.2026. Sie finden es
zusätzlich in Ihrem Kundenpostfach.

Mit freundlichen Grüßen
Leistungsabteilung Krankenversicherung
"""
    p = pdf(["Rheinau Krankenversicherung AG · Am Stromhafen 4 · 68159 Mannheim",
             "",
             "Herrn Ulrich Ziegenhals, Talstraße 40, 67655 Kaiserslautern",
             "",
             "Versicherungsnummer KV 2277-81022-6                       Mannheim, 10.03.2026",
             "",
             "Ihre Rechnung Optik Sehwerk vom 24.02.2026 - Gleitsichtbrille",
             "",
             "Sehr geehrter Herr Ziegenhals,",
             "",
             "Sie haben uns die Rechnung über eine Gleitsichtbrille (Sphäre -3,25 / -2,75,",
             "Addition +2,00, Kosten 1.148,00 EUR) eingereicht.",
             "",
             "Ihr Tarif AMB-Start leistet für Sehhilfen 250 EUR innerhalb von 24 Monaten.",
             "Diesen Betrag haben wir Ihnen bereits am 14.07.2025 für die Fernbrille",
             "(Rechnung Optik Sehwerk vom 30.06.2025) erstattet. Eine erneute Leistung ist",
             "frühestens ab 01.07.2027 möglich. Eine Änderung der Sehstärke um mehr als",
             "0,5 Dioptrien begründet nach den Tarifbedingungen keinen neuen Anspruch.",
             "",
             "Wir können Ihnen daher für diese Rechnung leider nichts erstatten.",
             "",
             "Mit freundlichen Grüßen",
             "Leistungsabteilung Krankenversicherung"])
    m = mail("Leistung KV <leistung.kv@rheinau-versicherung.example>",
             "u.ziegenhals@westpfalz-net.example",
             "Ihr Antrag vom 02.03.2026",
             "Tue, 10 Mar 2026 16:30:00 +0100", body,
             attachments=[att(p, "Schreiben_2026-03-10.pdf", PDF)],
             msgid="<la-ablehnung-kv227781022@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "rejection of a glasses claim (dioptres) only in the PDF; body and subject harmless"


def m070():
    body = """Dear broker partners,

the Rheinau broker portal and the BiPRO interfaces (document download,
tariff calculation, claims notification) will be unavailable due to
maintenance on

  Saturday, 18 April 2026, 20:00 – Sunday, 19 April 2026, 06:00 (CEST)

During this time you cannot download broker post, calculate quotes or
upload applications. Documents issued during the window will be
available from Sunday morning.

After the maintenance, the portal will require two-factor
authentication for all users with portfolio rights. Firm administrators
will receive a separate email with instructions.

We apologise for any inconvenience.

Rheinau Broker Services
"""
    m = mail("Rheinau Broker Services <makler@rheinau-versicherung.example>",
             "broker-all@lists.rheinau-versicherung.example",
             "Planned maintenance broker portal 18/19 April",
             "Tue, 07 Apr 2026 11:00:00 +0200", body,
             msgid="<maint-0418-broker@rheinau-versicherung.example>")
    return m, N, "en", "insurer-to-broker", "maintenance notice for broker portal, no data"

def m071():
    body = """Sehr geehrte Frau Ambrosius,

damit wir die Leistungen aus Ihrer Kinder-Unfallversicherung für Ihren
Sohn prüfen können, haben wir den Fragebogen zum Unfallhergang mit den
uns bereits bekannten Angaben vorausgefüllt. Bitte ergänzen Sie die
offenen Punkte, unterschreiben Sie ihn und laden Sie ihn im
Kundenportal hoch.

Freundliche Grüße
Petra Lindqvist
Leistung Unfall
"""
    o = odt(["Rheinau Versicherung AG – Leistung Unfall",
             "Fragebogen zum Unfallhergang (vorausgefüllt)",
             "Schaden-Nr.: UK-26-00077   Vertrag: KU 93-044120 (Kinder-Unfall)",
             "Versicherte Person: Noah Ambrosius, geb. 17.06.2016",
             "Versicherungsnehmerin: Judith Ambrosius",
             "Unfalltag: 07.03.2026, ca. 15:30 Uhr",
             "Unfallort: Trampolinhalle JumpArena, Neustadt a. d. W.",
             "Hergang (lt. Ihrer Meldung): Sturz vom Trampolin auf den linken Arm.",
             "Verletzungen (lt. Durchgangsarzt): suprakondyläre Humerusfraktur links (S42.41), geschlossene Reposition und K-Draht-Osteosynthese am 07.03.2026, stationär bis 10.03.2026.",
             "Behandelnde Klinik: Kinderchirurgie, Westpfalz-Klinikum",
             "1. Bestanden vor dem Unfall Krankheiten oder Gebrechen am verletzten Arm?  [ ] nein  [ ] ja: ______",
             "2. Name und Anschrift des weiterbehandelnden Arztes: ______",
             "3. Dauer der Gipsruhigstellung: ______",
             "4. Sind andere Unfallversicherungen vorhanden (z. B. Schule, Verein)?  [ ] nein  [ ] ja: ______",
             "Ort, Datum, Unterschrift der gesetzlichen Vertreterin: ______"])
    m = mail("Petra Lindqvist <leistung.unfall@rheinau-versicherung.example>",
             "Judith Ambrosius <judith.ambrosius@familienpost.example>",
             "Fragebogen zu Ihrer Unfallmeldung UK-26-00077",
             "Mon, 16 Mar 2026 12:00:00 +0100", body,
             attachments=[att(o, "Fragebogen_UK-26-00077.odt", ODT)],
             msgid="<uk2600077-fragebogen@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "child accident claim; child's birth date, humerus fracture S42.41 and hospital stay only in the ODT"


def m072():
    body = """Dear Ms Petrovic,

we're sorry your bicycle was stolen. Your claim under the home contents
policy has been settled:

Policy:        HR-55209921 (incl. bicycle theft cover, EUR 2,000)
Claim:         HS-26-07733
Bicycle:       Cube Kathmandu Hybrid, frame no. WCU8817402K, bought 2023
Stolen:        night of 14/15 April 2026, locked in the bicycle room,
               Quadrat N7 12, 68161 Mannheim
Police report: Polizeirevier Mannheim-Innenstadt, file ST/0413872/2026

Replacement value (new):   EUR 1,899.00
Payment:                   EUR 1,899.00 to your account ending 0334

If the bicycle turns up, please let us know within 2 weeks.

Kind regards
Aylin Demirtaş
Property Claims
"""
    m = mail("Aylin Demirtaş <schaden.sach@rheinau-versicherung.example>",
             "Milica Petrovic <milica.petrovic@balkan-mail.example>",
             "Claim HS-26-07733 – your stolen bicycle",
             "Thu, 30 Apr 2026 13:36:00 +0200", body,
             msgid="<hs2607733@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "bicycle theft claim: named customer, address, frame number, police file"


def m073():
    body = """Hi Jana,

kannst du bitte einmal Korrektur lesen? Neuer Textbaustein LA-12
"Ablehnung Kostenübernahme Psychotherapie – Antragsverfahren nicht
eingehalten". Ist nur der Mustertext, Platzhalter in «».

---
«Anrede» «Nachname»,

Sie haben uns Rechnungen über «Anzahl_Sitzungen» Sitzungen
«Therapieform» bei «Therapeut_Name» eingereicht. Nach Ihren
Tarifbedingungen (Teil II, § 4 Abs. 7) ist eine Psychotherapie ab der
sechsten Sitzung vor Beginn bei uns zu beantragen. Ein solcher Antrag
liegt uns nicht vor.

Wir erstatten deshalb die probatorischen Sitzungen
(«Betrag_Probatorik» €). Für die weiteren Sitzungen können wir
ausnahmsweise «Betrag_Kulanz» € übernehmen, wenn Sie uns den Bericht an
den Gutachter nachreichen.
---

Fragen:
1. "probatorische Sitzungen" – verstehen Kunden das? Vorschlag:
   "Kennenlern-Sitzungen (probatorische Sitzungen)".
2. Soll "ausnahmsweise" bleiben? Klingt nach Gnade.

Danke dir!
Hanne
"""
    m = mail("Hanne Brinkötter <hanne.brinkoetter@rheinau-versicherung.example>",
             "Jana Vogelsang <jana.vogelsang@rheinau-versicherung.example>",
             "Bitte Korrektur lesen: LA-12 Psychotherapie",
             "Wed, 18 Mar 2026 10:05:00 +0100", body,
             msgid="<la12-korrektur@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: psychotherapy rejection template with «placeholders», no patient"


def m074():
    body = """Dear Mrs Achebe-Kraus,

congratulations – your endowment policy matures on 1 May 2026. Here is
the final statement.

Policy:              LV 38 104 220-1 (endowment, with profits)
Insured person:      Ngozi Achebe-Kraus, date of birth 09 April 1961
Maturity date:       1 May 2026

Guaranteed sum                              EUR 60,000.00
Terminal bonus and allocated profits        EUR 17,482.36
Valuation reserves                          EUR    406.12
Gross maturity benefit                      EUR 77,888.48
Capital gains tax (half-income method,
  § 20 (1) no. 6 EStG) incl. solidarity
  surcharge                                 EUR  2,301.77
Net payment                                 EUR 75,586.71

Payment on 4 May 2026 to IBAN DE41 7115 2680 5100 2833 46.

We have noted that you do not wish to reinvest the amount. Thank you
for your long-standing trust in Rheinau.

Kind regards
Rheinau Life Customer Service
"""
    m = mail("Rheinau Life Customer Service <leben@rheinau-versicherung.example>",
             "Ngozi Achebe-Kraus <ngozi.ak@lagos-rhein.example>",
             "Maturity of your policy LV 38 104 220-1",
             "Wed, 15 Apr 2026 09:00:00 +0200", body,
             msgid="<maturity-lv38104220@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "life maturity statement: named insured with birth date, payout, tax, IBAN"


def m075():
    body = """Dear Ms Quinlan,

we have reimbursed the vet invoice for Bailey.

Policy:     TK 80-012774 (dog health insurance, Premium)
Animal:     Bailey, Labrador Retriever, male, chip 276098106622913
Invoice:    Tierklinik am Luisenpark, 18 March 2026
Treatment:  surgery for torn cruciate ligament (TPLO), right hind leg,
            GOT 3-fold rate, X-rays, 2 nights in hospital
Invoice:    EUR 3,412.50
Covered:    100 % surgery, excess EUR 250
Paid:       EUR 3,162.50 to your account ending 7719

We wish Bailey a quick recovery!

Kind regards
Rheinau Pet Care Claims
"""
    m = mail("Rheinau Pet Care Claims <tierversicherung@rheinau-versicherung.example>",
             "Aoife Quinlan <aoife.quinlan@shamrock-mail.example>",
             "Bailey's vet invoice – reimbursed",
             "Tue, 24 Mar 2026 15:15:00 +0100", body,
             msgid="<tk80012774-0324@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "pet health claim (animal health, grey zone → CONFIDENTIAL): named owner, policy, chip number"


def m076():
    body = """Sehr geehrter Herr Lüdecke,

vielen Dank für Ihr Angebot vom 04.03.2026. Bevor wir entscheiden,
bitten wir um Ergänzungen zu folgenden Punkten:

1. Aktenvernichtung: Wir lagern im Archiv Mannheim ca. 1.900
   Ordner mit Leistungsakten Krankenversicherung (Arztrechnungen,
   Gutachten) aus den Jahren 2012–2015, deren Aufbewahrungsfrist
   abgelaufen ist. Bitte bestätigen Sie Vernichtung nach DIN 66399,
   Schutzklasse 3, Sicherheitsstufe P-5, mit Vernichtungsprotokoll,
   Abholung in verplombten Sicherheitsbehältern.
2. Scan-Dienstleistung Posteingang: Ihr Personal arbeitet bei uns vor
   Ort. Wir benötigen die Verpflichtung auf § 203 StGB für alle
   eingesetzten Mitarbeitenden und einen AV-Vertrag nach Art. 28 DSGVO.
3. Preise: bitte Staffel ab 50.000 Seiten/Monat.

Ein Besichtigungstermin im Archiv wäre am 24. oder 26.03. möglich.

Mit freundlichen Grüßen
Katrin Oberholz
Einkauf
Rheinau Versicherung AG
"""
    m = mail("Katrin Oberholz <einkauf@rheinau-versicherung.example>",
             "Thomas Lüdecke <t.luedecke@secura-akten.example>",
             "Ihr Angebot 2026-118 Aktenvernichtung / Scanservice – Rückfragen",
             "Thu, 12 Mar 2026 14:14:00 +0100", body,
             msgid="<einkauf-secura-0312@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-supplier", "trap: shredding of medical claim files and § 203 StGB, no person"


def m077():
    body = """Elektronische Vermittlerpost – Geschäftsvorfall LEISTUNG

Vermittler:   VM-11820, Finanzberatung Schuster (Inh. Rolf Schuster)
Kunde:        Tamara Weißgerber
Vertrag:      BU 72-009344, Berufsunfähigkeitsversicherung

Information an den Vermittler:
Die Leistungsprüfung ist abgeschlossen. Wir haben die
Berufsunfähigkeit Ihrer Kundin ab 01.11.2025 anerkannt. Die monatliche
Rente von 1.400,00 EUR wird ab März laufend gezahlt, die Nachzahlung ist
veranlasst. Der Vertrag ist ab 01.11.2025 beitragsfrei gestellt.

Aus Datenschutzgründen enthält diese Mitteilung keine medizinischen
Angaben. Ihre Kundin hat der Information des Vermittlers zugestimmt.

Provision: keine Auswirkung.

ID: VP-26-0305-772901
"""
    m = mail("Rheinau Vermittlerpost <vermittlerpost@rheinau-versicherung.example>",
             "rolf.schuster@schuster-finanz.example",
             "Vermittlerpost: Leistungsentscheidung BU 72-009344",
             "Thu, 05 Mar 2026 18:00:00 +0100", body,
             msgid="<vp-26-0305-772901@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-broker", "broker informed that a named client's disability claim was accepted (life/BU contract, no medical words)"


def m078():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Dear Dr Whitfield,</p>
<p>as agreed on the phone, we have split the 2026 premium for your buildings insurance into
quarterly instalments. Please find the payment plan below.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td><b>Policy</b></td><td colspan="2">WG 60-4431178</td></tr>
<tr><td><b>Insured building</b></td><td colspan="2">Two-family house, Bergstraße 71, 69469 Weinheim (built 1928, listed façade)</td></tr>
<tr><td><b>Cover</b></td><td colspan="2">Fire, water, storm/hail, natural hazards; sum insured value 1914: 38,400 Mark</td></tr>
<tr style="background:#eef"><th>Instalment</th><th>Due date</th><th>Amount EUR</th></tr>
<tr><td>1</td><td>01/04/2026</td><td>612.45</td></tr>
<tr><td>2</td><td>01/07/2026</td><td>612.45</td></tr>
<tr><td>3</td><td>01/10/2026</td><td>612.45</td></tr>
<tr><td>4</td><td>01/01/2027</td><td>612.45</td></tr>
<tr><td colspan="2"><b>Total incl. instalment surcharge 3 %</b></td><td><b>2,449.80</b></td></tr>
</table>
<p>Please transfer each instalment quoting the policy number, or send us a SEPA mandate.</p>
<p>Kind regards<br>Aylin Demirtaş<br>Property Contracts</p>
</body></html>"""
    m = mail("Aylin Demirtaş <vertrag.sach@rheinau-versicherung.example>",
             "Dr. Graham Whitfield <g.whitfield@weinheim-home.example>",
             "Payment plan 2026 – WG 60-4431178",
             "Mon, 23 Mar 2026 10:48:00 +0100", html=html, html_only=True,
             msgid="<wg604431178-plan@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "HTML-only payment plan: named customer's buildings policy, address, instalments"


def m079():
    body = """RHEINAU BENEFITS BRIEFING – for HR and benefits managers
Issue 2/2026

1. Sick days are back to pre-pandemic trend
   Among the 410 companies with Rheinau group health plans (bKV),
   employees took an average of 14.6 sick days in 2025 (2024: 15.9).
   Musculoskeletal and mental health conditions together account for
   41 % of days lost. Long absences (> 6 weeks) are only 4 % of cases
   but 38 % of days.

2. What employees use their bKV budget for
   Dental treatment 46 %, glasses and contact lenses 27 %, naturopathy
   and osteopathy 15 %, preventive check-ups 12 %.

3. Group income protection
   New in our range from July: group income protection without
   individual health questions for groups of 20+ employees.

4. Webinar: "Mental health at work – what employers can (and cannot)
   ask", 12 May 2026, 10:00 CEST.

Figures are aggregated; no company or employee is identifiable.

Unsubscribe: reply with "unsubscribe".
Rheinau Firmenkunden, Am Stromhafen 4, 68159 Mannheim
"""
    m = mail("Rheinau Corporate Benefits <firmenkunden@rheinau-versicherung.example>",
             "benefits-briefing@lists.rheinau-versicherung.example",
             "Benefits Briefing 2/2026: sick days, bKV usage, group income protection",
             "Tue, 21 Apr 2026 07:30:00 +0200", body,
             msgid="<benefits-briefing-2026-2@rheinau-versicherung.example>")
    return m, N, "en", "newsletter", "trap: newsletter to HR managers with aggregate sick-day and mental-health statistics"


def m080():
    body = """Hallo Sebastian,

wie gewünscht die Zahlen zur professionellen Zahnreinigung (PZR) für
die Produktentscheidung ZahnFit 2027:

- Versicherte mit PZR-Baustein: 84.300
- Inanspruchnahme 2025: 61 % mindestens einmal, 28 % zweimal
- Ø Rechnungsbetrag PZR: 112 € (Median 98 €, Spanne 60–240 €)
- Erstattungsquote (erstattet/eingereicht): 93 %, Kürzungen fast nur
  wegen Überschreitung des Jahreshöchstbetrags 150 €

Wenn wir die Grenze auf 200 € anheben, kostet uns das nach grober
Schätzung 0,38 € pro Kopf und Monat. Nebeneffekt: Kunden mit PZR haben
im Folgejahr im Schnitt 11 % niedrigere Ausgaben für
Füllungstherapie (Korrelation, keine Kausalität!).

Datenbasis: Leistungsdatenbank, aggregiert, keine Einzelfälle
exportiert.

Gruß
Jana
"""
    m = mail("Jana Vogelsang <jana.vogelsang@rheinau-versicherung.example>",
             "Sebastian Körner <sebastian.koerner@rheinau-versicherung.example>",
             "PZR-Zahlen für ZahnFit 2027",
             "Fri, 27 Mar 2026 16:44:00 +0100", body,
             msgid="<pzr-zahlen-2027@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: aggregate dental cleaning usage and reimbursement ratios for product planning"

def m081():
    body = """Sehr geehrter Herr Dunbar, dear Mr Dunbar,

anbei wie gewünscht Ihre Internationale Versicherungskarte (Grüne
Karte) für Ihre Fahrt nach Schottland. / Please find attached your
green card for your trip to Scotland, as requested.

Versicherungsnehmer / Policyholder:  Alasdair Dunbar
Vertrag / Policy:                    K 2026-127703
Kennzeichen / Registration:          KA-AD 2203
Fahrzeug / Vehicle:                  Land Rover Defender 110
Gültig / Valid:                      01/06/2026 – 31/05/2027

Bitte führen Sie die Karte ausgedruckt mit. In Großbritannien ist sie
nicht mehr vorgeschrieben, erleichtert aber die Schadenabwicklung. /
Please carry a printed copy. It is no longer mandatory in the UK but
makes handling an accident much easier.

Gute Fahrt! / Safe travels!
Rheinau Kundenservice Kfz / Motor Customer Service
"""
    p = pdf(["INTERNATIONAL MOTOR INSURANCE CARD / INTERNATIONALE VERSICHERUNGSKARTE",
             "Issued by Rheinau Allgemeine Versicherung AG, Mannheim (D/521)",
             "",
             "1. Valid from 01/06/2026 to 31/05/2027",
             "2. Country code / Bureau: D",
             "3. Registration no.: KA-AD 2203",
             "4. Category: A (passenger car)   5. Make: Land Rover Defender",
             "6. Policyholder: Alasdair Dunbar, Weinbrennerstr. 14, 76135 Karlsruhe",
             "7. Policy no.: K 2026-127703",
             "",
             "Territorial validity: A B BG CY CZ D DK E EST F FIN GB GR H HR I IRL IS L LT",
             "LV M N NL P PL RO S SK SLO CH AND AL BIH MNE MK SRB TN TR UA MA"])
    m = mail("Rheinau Kundenservice Kfz <kfz@rheinau-versicherung.example>",
             "Alasdair Dunbar <a.dunbar@highland-rhine.example>",
             "Grüne Karte / Green Card K 2026-127703",
             "Thu, 21 May 2026 11:11:00 +0200", body,
             attachments=[att(p, "GreenCard_K2026-127703.pdf", PDF)],
             msgid="<greencard-k2026127703@rheinau-versicherung.example>")
    return m, C, "de+en", "insurer-to-customer", "bilingual green card: named customer, plate, policy, address in PDF"


def m082():
    body = """Dear Ms Moreau,

thank you for letting us know. We've updated your file and added the
maternity benefit to your next statement. There is nothing else you
need to do for now; after the birth, please send us the birth
certificate so we can add your baby to the policy without health
questions (within 2 months).

Best wishes
Rahul Menon
Rheinau Global Health – Member Services

On Mon, 9 Mar 2026 at 07:48, Camille Moreau <camille.moreau@lumiere-mail.example> wrote:
> Hello,
>
> I wanted to let you know that I'm pregnant, due date is 14 September
> 2026. My gynaecologist is Dr. Ines Albrecht in Frankfurt; I've had
> the first trimester screening and everything is fine so far. Does my
> Global Health Plus plan (RGH 0951-3380) cover the delivery in a
> private room, and the prenatal classes?
>
> Thanks!
> Camille
"""
    m = mail("Rahul Menon <members.global@rheinau-versicherung.example>",
             "Camille Moreau <camille.moreau@lumiere-mail.example>",
             "Re: question about my plan",
             "Tue, 10 Mar 2026 14:02:00 +0100", body,
             in_reply_to="<CAM-77a1@lumiere-mail.example>",
             msgid="<re-moreau-0310@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "pregnancy, due date, gynaecologist and screening only in the quoted customer mail; reply mentions maternity"


def m083():
    body = """Hallo Aylin,

für die neue Vorlage KB-SACH-03 (Kündigungsbestätigung Sach, alle
Sparten) bräuchte ich noch deine Meinung zu den Freitextfeldern.
Aktueller Stand:

  «Anrede» «Name»,
  wir bestätigen die Kündigung Ihres Vertrags «Vertragsnummer»
  («Sparte») zum «Vertragsende».
  [Optional A – Verkauf Immobilie] Der Vertrag geht nach § 95 VVG
  zunächst auf den Erwerber über ...
  [Optional B – Fahrzeugwechsel/Verkauf] Bitte senden Sie uns eine Kopie
  des Kaufvertrags ...
  [Optional C – Beitragserstattung] Den zu viel gezahlten Beitrag von
  «Erstattungsbetrag» € überweisen wir auf «IBAN_maskiert».

Frage: Sollen wir beim Freitext "Kündigungsgrund" überhaupt etwas
übernehmen? Letzte Woche stand in einem Testbrief als Grund "Scheidung,
Auszug aus der gemeinsamen Wohnung" – das gehört m.E. nicht in ein
Bestätigungsschreiben.

Gruß, Marek
"""
    m = mail("Marek Zielinski <marek.zielinski@rheinau-versicherung.example>",
             "Aylin Demirtaş <aylin.demirtas@rheinau-versicherung.example>",
             "KB-SACH-03 Freitextfelder",
             "Wed, 21 Jan 2026 09:31:00 +0100", body,
             msgid="<kbsach03-freitext@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: cancellation template with «placeholders»; 'Scheidung' only as an anonymous test-letter example"


def m084():
    body = """Dear Mr Abernathy,

we confirm receipt of your notification of a cyber incident.

Policyholder:   Abernathy & Klein Steuerberatung PartG mbB, Heidelberg
Policy:         CY-2025-00411 (Rheinau CyberSchutz Business)
Incident no.:   CY-26-00089
Reported:       6 April 2026, 07:40 via 24h hotline
Description:    ransomware on the file server, encrypted client folders,
                ransom note in the name of a known group

Next steps:
1. Our incident response partner, Bastion Forensics, will contact you
   within the hour (lead: Ms Kerstin Vollrath).
2. Please do not pay any ransom and do not contact the attackers.
3. As your firm holds client tax data, a notification to the data
   protection authority under Art. 33 GDPR may be due within 72 hours.
   Our panel law firm will support you with this; costs are covered.

Kind regards
Dr. Moritz Engelhard
Financial Lines Claims
Rheinau Allgemeine Versicherung AG
Hotline +49 621 4480-9111
"""
    m = mail("Dr. Moritz Engelhard <cyber.schaden@rheinau-versicherung.example>",
             "Colin Abernathy <c.abernathy@abernathy-klein.example>",
             "Cyber incident CY-26-00089 – confirmation and next steps",
             "Mon, 06 Apr 2026 08:31:00 +0200", body,
             msgid="<cy2600089-ack@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-company", "cyber claim of a partnership firm with named partner, policy and incident number"


def m085():
    body = """Sehr geehrte Frau Osterloh,

vielen Dank für Ihren Antrag vom 04.03.2026. Bevor wir entscheiden
können, benötigen wir noch Angaben zu Ihrer Antwort auf Frage 4
("Schilddrüse").

Bitte füllen Sie den Fragebogen im Kundenportal aus oder lassen Sie
uns einen kurzen Befundbericht Ihres Endokrinologen zukommen
(Diagnose, Behandlung seit wann, aktuelle Medikation und Dosis, letzte
TSH-Werte). Die Kosten für den Bericht übernehmen wir.

Antragsnummer:  RL-A-26-02214
Tarif:          Rheinau Protect, 150.000 EUR, Laufzeit 20 Jahre

Mit freundlichen Grüßen
Antragsprüfung Leben
Rheinau Lebensversicherung AG
"""
    m = mail("Antragsprüfung Leben <underwriting.leben@rheinau-versicherung.example>",
             "Ricarda Osterloh <r.osterloh@mailhafen.example>",
             "Ihr Antrag Risikolebensversicherung – Rückfrage zu Ihrer Schilddrüsenerkrankung",
             "Tue, 10 Mar 2026 13:13:00 +0100", body,
             msgid="<rla2602214-rueckfrage@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "life application of a named applicant; thyroid disease named in the subject, medication/TSH requested"


def m086():
    body = """Hi everyone,

Q1 2026 complaints report on customer correspondence (all lines), as
shared with the Board:

Complaints about letters/notifications:  1,102 (Q4 2025: 1,291)
  unclear wording                          37 %
  wrong amount / calculation               22 %
  letter sent to old address               14 %
  tone perceived as unfriendly             11 %
  data protection concern                   6 %
  other                                    10 %

Data protection concerns (66 cases) mainly: reimbursement statement
sent to the policyholder listing treatments of an adult co-insured
child (38), broker copy contained more than agreed (9), email instead
of portal (19).

Actions: (1) separate statements for co-insured adults from Q3;
(2) review broker copy rules; (3) default channel portal for health and
life.

Cheers
Carla Vidal, CX
"""
    m = mail("Carla Vidal <carla.vidal@rheinau-versicherung.example>",
             "correspondence-owners@rheinau-versicherung.example",
             "Q1 2026 complaints report – customer correspondence",
             "Tue, 14 Apr 2026 17:20:00 +0200", body,
             msgid="<complaints-q1-2026@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: aggregate complaint figures incl. data-protection cases about reimbursement statements"


def m087():
    body = """Sehr geehrter Herr Grabowski,

trotz Zahlungserinnerung vom 05.02.2026 haben wir den Folgebeitrag für
Ihre Kfz-Versicherung bisher nicht erhalten.

Vertrag:         K 2024-091155
Fahrzeug:        Opel Astra K, WO-JG 808
Offen:           Beitrag 2. Halbjahr 2026 ... 316,40 EUR
                 Mahngebühr ....................   5,00 EUR
                 gesamt ........................ 321,40 EUR

QUALIFIZIERTE MAHNUNG NACH § 38 VVG

Wir bestimmen Ihnen eine Zahlungsfrist von zwei Wochen ab Zugang dieses
Schreibens. Zahlen Sie bis dahin nicht, sind wir bei einem danach
eintretenden Schaden leistungsfrei und können den Vertrag fristlos
kündigen. Die Kfz-Haftpflicht wird in diesem Fall der
Zulassungsbehörde gemeldet; die Stilllegung des Fahrzeugs droht.

Zahlbar auf: Rheinau Allgemeine Versicherung AG,
IBAN DE67 7602 6541 2270 0199 34, Verwendungszweck K 2024-091155

Mit freundlichen Grüßen
Forderungsmanagement
"""
    m = mail("Forderungsmanagement Rheinau <inkasso@rheinau-versicherung.example>",
             "Jacek Grabowski <jacek.grabowski@rheinhessen-web.example>",
             "Mahnung nach § 38 VVG – Kfz-Vertrag K 2024-091155",
             "Mon, 02 Mar 2026 08:00:00 +0100", body,
             charset="windows-1252", cte="quoted-printable",
             msgid="<mahn38-k2024091155@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "qualified motor dunning: named customer, plate, policy number (windows-1252)"


def m088():
    body = """Sehr geehrte Frau Wendt,

wie telefonisch besprochen erhalten Sie anbei die Übersicht aller
Erstattungen für 2025 aus Ihrer Krankenversicherung, z. B. für Ihre
Steuerberaterin (außergewöhnliche Belastungen).

Mit freundlichen Grüßen
Leistungsabteilung KV
"""
    x = xlsx([("Erstattungen 2025", [
        ["Versicherte Person", "Rechnungsdatum", "Leistungserbringer", "Art", "Rechnungsbetrag", "Erstattet", "Eigenanteil"],
        ["Franziska Wendt", "2025-01-14", "Dr. med. Heinrich Aumann, Gynäkologie", "Vorsorge, Ultraschall", 142.60, 142.60, 0],
        ["Franziska Wendt", "2025-03-03", "Zahnarztpraxis Dr. Lotte Berghaus", "Inlay Zahn 26 (GOZ 2150)", 912.40, 638.68, 273.72],
        ["Franziska Wendt", "2025-06-20", "Psychotherapie-Praxis Mirjam Sebald", "Verhaltenstherapie 10 Sitzungen", 1148.00, 1148.00, 0],
        ["Franziska Wendt", "2025-09-11", "Sanitätshaus Reinert", "Kompressionsstrümpfe Kl. 2", 189.00, 151.20, 37.80],
        ["Emil Wendt (Sohn)", "2025-05-07", "Kinderarztpraxis Sonnenblume", "U10, Impfung MMRV", 96.50, 96.50, 0],
        ["Emil Wendt (Sohn)", "2025-11-28", "Praxis für Logopädie Kern", "Logopädie 10 Einheiten", 520.00, 416.00, 104.00],
        ["", "", "", "Summe", 3008.50, 2592.98, 415.52],
    ])])
    m = mail("Leistung KV <leistung.kv@rheinau-versicherung.example>",
             "franziska.wendt@elbe-mail.example",
             "Ihre Erstattungsübersicht 2025",
             "Wed, 11 Feb 2026 11:52:00 +0100", body,
             attachments=[att(x, "Erstattungsuebersicht_2025.xlsx", XLSX)],
             msgid="<ue2025-wendt@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "XLSX only: treatments of mother and son (psychotherapy, logopedics, vaccination), providers, amounts"


def m089():
    body = """Guten Tag,

Sie haben sich erfolgreich vom Newsletter "Rheinau aktuell" abgemeldet.
Sie erhalten ab sofort keine weiteren Ausgaben.

Wichtige Informationen zu Ihren Verträgen (z. B. Beitragsrechnungen,
Vertragsänderungen) erhalten Sie weiterhin auf dem vereinbarten Weg.

Sie haben sich versehentlich abgemeldet? Hier können Sie sich wieder
anmelden: https://www.rheinau-versicherung.example/kundenbrief

Ihre Rheinau Versicherung
"""
    m = mail(NOREPLY, "leser-0193@kundenmail.example",
             "Abmeldung bestätigt",
             "Fri, 03 Apr 2026 22:17:40 +0200", body,
             headers=[("Auto-Submitted", "auto-generated")],
             msgid="<unsub-20260403-221740@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-customer", "newsletter unsubscribe confirmation, no data"


def m090():
    body = """Sehr geehrter Herr Pfänder,

leider müssen wir Ihnen eine Provisionsrückbelastung (Stornohaftung)
mitteilen:

Vermittler:       VM-40912, Thorsten Pfänder, Versicherungsvertreter
                  (Einzelunternehmen)
Vertrag:          K 2025-108822 (Kfz), Kundin Heike Sommerfeld
Storno zum:       28.02.2026 (Fahrzeug abgemeldet, Kunde Nichtzahler)
Gezahlte Abschlussprovision:   96,40 EUR
Haftungszeit:     12 Monate, davon 10 nicht verdient
Rückbelastung:    80,33 EUR

Die Rückbelastung verrechnen wir mit Ihrer nächsten
Provisionsabrechnung (März 2026). Reicht das Guthaben nicht aus,
buchen wir den Restbetrag von Ihrem Konto
DE96 4306 0967 0055 1288 46 ab (Lastschriftmandat vom 01.08.2023).

Mit freundlichen Grüßen
Vertriebsabrechnung
Rheinau Versicherung AG
"""
    m = mail("Vertriebsabrechnung <provision@rheinau-versicherung.example>",
             "Thorsten Pfänder <t.pfaender@pfaender-versicherungen.example>",
             "Provisionsrückbelastung K 2025-108822",
             "Tue, 10 Mar 2026 07:45:00 +0100", body,
             msgid="<storno-k2025108822@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-broker", "sole-trader agent's IBAN, named customer's motor contract and non-payment"

def m091():
    body = """GUARANTEE OF PAYMENT / KOSTENÜBERNAHMEGARANTIE

To: Patient Accounts, Hospital Quirón Marbella
Our ref.: Rheinau Assistance case RA-26-04471

Dear colleagues,

Rheinau Krankenversicherung AG (Auslandsreisekrankenversicherung)
guarantees payment of the medically necessary treatment costs for:

Patient:          Herr Manfred Kessel, date of birth 28/02/1956
Policy:           AR 22-781404 (Rheinau Reise Jahrespolice)
Admitted:         02/05/2026 via emergency department
Diagnosis (per your report): acute appendicitis (K35.8), laparoscopic
                  appendectomy planned 02/05/2026
Guarantee limit:  EUR 15,000 (please contact us before exceeding it)
Room:             standard ward; single room not covered

Please send the final invoice with the discharge summary (in English or
Spanish) to assistance@rheinau-versicherung.example quoting our
reference. Der Patient wird nach Entlassung voraussichtlich mit
Linienflug zurückkehren; bitte melden Sie uns die Flugtauglichkeit.

Kind regards / Mit freundlichen Grüßen
Dr. Sibylle Naumann, medical officer
Rheinau Assistance – 24/7 +49 621 4480-7777
"""
    m = mail("Rheinau Assistance <assistance@rheinau-versicherung.example>",
             "Patient Accounts <international@quiron-marbella.example>",
             "Guarantee of payment – Kessel, Manfred – RA-26-04471",
             "Sat, 02 May 2026 13:47:00 +0200", body,
             msgid="<ra2604471-gop@rheinau-versicherung.example>")
    return m, S, "de+en", "insurer-to-hospital", "guarantee of payment to a hospital abroad: patient name, birth date, appendicitis K35.8"


def m092():
    body = """Hi team,

quick heads-up for next week: the print centre has given us the
following slots for the annual statements:

  Mon 16 Nov   life annual statements, batch 1-4
  Tue 17 Nov   life batch 5-8, pension statements bAV
  Wed 18 Nov   free (buffer for reprints)
  Thu 19 Nov   motor premium bills 2027
  Fri 20 Nov   property annual overviews

Please make sure all template changes are frozen by Friday 13 Nov, 12:00.
After that only the on-call person (Marek) can deploy fixes.

Coffee and cake in the kitchen on Thursday – we've earned it.

Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@rheinau-versicherung.example>",
             "output-management@rheinau-versicherung.example",
             "Print slots annual statements – week 47",
             "Fri, 06 Nov 2026 15:03:00 +0100", body,
             msgid="<printslots-kw47@rheinau-versicherung.example>")
    return m, N, "en", "internal", "organisational print schedule, no data"


def m093():
    body = """Hi Jonas,

here's the final copy for the pet insurance price change mailing. Please
set it up in the mailing tool and send me a proof with the dummy
record. Merge fields in double curly braces.

---
Subject: Important: your pet insurance for {{pet_name}} from {{effective_date}}

Dear {{salutation}} {{last_name}},

vet costs have risen sharply since the new fee schedule for vets
(GOT). To keep paying for {{pet_name}}'s treatments in full, we need to
adjust the premium of your {{product_name}} policy {{policy_no}} from
{{effective_date}}:

  current monthly premium: EUR {{old_premium}}
  new monthly premium:     EUR {{new_premium}}

You may cancel within one month of receiving this letter.
---

Dummy record for the proof: salutation "Ms", last name "Sample",
pet_name "Rex (test)", policy_no "TK 00-000000". Please do NOT use the
real list for the proof – the list comes via SFTP on 14 Sept.

Thanks
Carla
"""
    m = mail("Carla Vidal <carla.vidal@rheinau-versicherung.example>",
             "Jonas Brückner <j.brueckner@kampagnenwerk-agentur.example>",
             "Pet price change mailing – final copy and merge fields",
             "Wed, 02 Sep 2026 10:25:00 +0200", body,
             msgid="<pet-mailing-copy@rheinau-versicherung.example>")
    return m, N, "en", "insurer-to-supplier", "trap: pet premium-increase mailing with {{merge fields}} and a dummy record"


def m094():
    body = """Sehr geehrter Herr Benninghoff,

zur Prüfung Ihres Antrags auf Leistungen wegen Berufsunfähigkeit
(LB-26-00513) haben wir, wie angekündigt, eine ärztliche Begutachtung
veranlasst. Der Termin steht:

  Mittwoch, 22.04.2026, 09:00 Uhr (Dauer ca. 3 Stunden)
  Prof. Dr. med. Irene Gottwald, Fachärztin für Neurologie und
  Psychiatrie, Gutachtenpraxis am Wasserturm, Augustaanlage 30,
  68165 Mannheim

Bitte bringen Sie mit: Personalausweis, Medikamentenplan, vorhandene
Befunde (MRT, EEG, Klinikberichte) und ggf. Ihre Brille.

Fahrtkosten und Verdienstausfall erstatten wir. Eine Kalenderdatei
hängt an.

Mit freundlichen Grüßen
Konstantin Brehm
Leistung Leben / BU
"""
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Rheinau Versicherung//Terminservice//DE\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
UID:lb2600513-gutachten@rheinau-versicherung.example\r
DTSTAMP:20260326T090000Z\r
DTSTART;TZID=Europe/Berlin:20260422T090000\r
DTEND;TZID=Europe/Berlin:20260422T120000\r
SUMMARY:Neurologisch-psychiatrische Begutachtung BU (Benninghoff)\r
LOCATION:Gutachtenpraxis am Wasserturm, Augustaanlage 30, 68165 Mannheim\r
DESCRIPTION:Prof. Dr. Gottwald. Mitbringen: Ausweis, Medikamentenplan, MRT/EEG-Befunde.\r
END:VEVENT\r
END:VCALENDAR\r
"""
    m = mail("Konstantin Brehm <leistung.leben@rheinau-versicherung.example>",
             "Olaf Benninghoff <olaf.benninghoff@kurpfalz-mail.example>",
             "Termin Begutachtung 22.04.2026",
             "Thu, 26 Mar 2026 10:00:00 +0100", body,
             attachments=[att(ics, "Begutachtung_2026-04-22.ics", ICS)],
             msgid="<lb2600513-termin@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "disability-claim medical examination (neurology/psychiatry) for a named customer, ICS attached"


def m095():
    body = """PRESSEMITTEILUNG

Rheinau senkt Beiträge in der Zahnzusatzversicherung

Mannheim, 30. März 2026 – Die Rheinau Krankenversicherung AG senkt zum
1. Mai 2026 die Beiträge ihres Zahnzusatztarifs ZahnFit um
durchschnittlich 6 Prozent. Rund 210.000 Versicherte profitieren.

"Die Ausgaben für Zahnersatz sind weniger stark gestiegen als erwartet,
vor allem weil mehr Versicherte regelmäßig zur Prophylaxe gehen", sagt
Sabine Kreuzmann, Vorständin Krankenversicherung. Der Anteil der
Versicherten mit mindestens einer professionellen Zahnreinigung im Jahr
stieg 2025 auf 61 Prozent.

Gleichzeitig verbessert Rheinau die Leistungen für Implantate (90 statt
80 Prozent) und Kieferorthopädie bei Kindern.

Über Rheinau: Die Rheinau Versicherungsgruppe mit Sitz in Mannheim
betreut rund 1,9 Millionen Kundinnen und Kunden in der Kranken-,
Lebens- und Sachversicherung.

Pressekontakt: Benedikt Sauer, Unternehmenskommunikation,
presse@rheinau-versicherung.example, Tel. 0621 4480-1500
"""
    m = mail("Rheinau Unternehmenskommunikation <presse@rheinau-versicherung.example>",
             "redaktion-verteiler@presse-rhein-neckar.example",
             "PM: Rheinau senkt Beiträge in der Zahnzusatzversicherung",
             "Mon, 30 Mar 2026 10:00:00 +0200", body,
             msgid="<pm-2026-03-30-zahn@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-partner", "trap: press release on dental premiums with aggregate prophylaxis figures, board member quoted"


def m096():
    body = """Sehr geehrte Frau Hollerbach,

zu dem Schaden, den Ihre Tochter Mia am 12.03.2026 beim Sportunterricht
verursacht hat, teilen wir Ihnen mit:

Vertrag:      PH-30024781 (Privathaftpflicht Familie)
Schaden-Nr.:  PH-26-05520
Geschädigter: Leon Barthel, Mitschüler (vertreten durch Herrn Markus
              Barthel)
Schaden:      Brille beim Ballspiel heruntergefallen und zertreten –
              Gestell und beide Gläser zerbrochen. Verletzt wurde
              niemand.

Wir haben die Rechnung über die Ersatzbrille (Optik am Markt,
389,00 EUR) geprüft. Da Mia zum Schadenzeitpunkt 9 Jahre alt war, wäre
sie gesetzlich nicht haftbar (§ 828 BGB). Ihr Tarif enthält jedoch die
Deckungserweiterung "deliktunfähige Kinder" bis 10.000 EUR. Wir zahlen
daher 389,00 EUR direkt an Herrn Barthel.

Mit freundlichen Grüßen
Schadenservice Haftpflicht
"""
    m = mail("Schadenservice Haftpflicht <schaden.haftpflicht@rheinau-versicherung.example>",
             "Nadja Hollerbach <nadja.hollerbach@vorderpfalz.example>",
             "Ihr Haftpflichtschaden PH-26-05520",
             "Thu, 26 Mar 2026 15:50:00 +0100", body,
             msgid="<ph2605520@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "liability claim: broken glasses of a third party as property damage, nobody hurt; named family and child"


def m097():
    body = """Liebe Kolleginnen und Kollegen im Kundenservice,

anbei die aktualisierten Textbausteine für Anrufe und Mails zur
Auslandsreisekrankenversicherung (ARK), gültig ab 01.06.2026. Bitte nur
diese Fassung verwenden.

FAQ-ARK-01 "Was ist versichert?"
  Ambulante und stationäre Heilbehandlung im Ausland, Arzneimittel,
  Krankenrücktransport, wenn medizinisch sinnvoll, Überführung im
  Todesfall.

FAQ-ARK-02 "Vorerkrankungen"
  Versichert sind unerwartete Verschlechterungen bekannter Erkrankungen.
  Nicht versichert sind Behandlungen, die der Grund der Reise sind.

FAQ-ARK-03 "Schwangerschaft"
  Unvorhersehbare Komplikationen und Frühgeburt bis zur 36. SSW sind
  versichert, die planmäßige Entbindung nicht.

FAQ-ARK-04 "Was tun im Notfall?"
  Rheinau Assistance 24/7 +49 621 4480-7777 anrufen; bei stationärer
  Aufnahme geben wir eine Kostenübernahmegarantie.

FAQ-ARK-05 "Wie reiche ich Rechnungen ein?"
  Foto in der App, Originale 6 Monate aufbewahren.

Keine Diagnosen von Kunden in die Ticket-Notizen übernehmen, nur
"medizinische Angaben siehe Leistungsakte".

Viele Grüße
Team Wissensmanagement
"""
    m = mail("Wissensmanagement <wissen@rheinau-versicherung.example>",
             "kundenservice-alle@rheinau-versicherung.example",
             "Neue Textbausteine FAQ Auslandsreisekranken ab 01.06.",
             "Wed, 27 May 2026 13:00:00 +0200", body,
             msgid="<faq-ark-2026@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: FAQ snippets on travel health cover (pre-existing conditions, pregnancy), no customer"


def m098():
    body = """Hallo Ralf,

Hochrechnung Mahnwesen 2026 für die Budgetplanung, Basis Jan–Apr:

Sparte        Erinnerungen  qual. Mahnungen  Kündigungen  Ausfall (Mio €)
Kfz               41.200          9.880          1.410         2,31
Hausrat/PHV       28.700          5.210            690         0,48
Wohngebäude        6.300          1.120            140         0,61
Rechtsschutz       7.950          1.730            260         0,22
KV (§ 193)        12.400          3.060       (Ruhen) 540      4,87
Leben              9.100          1.480            820         1,15

Auffällig KV: Anteil Notlagentarif steigt auf 0,41 % des Bestands.
Vorschlag für die Runde am Dienstag: proaktive Ratenzahlungsangebote
schon in der ersten Erinnerung.

Die Rohdaten (nur aggregiert je Sparte/Monat) liegen unter
\\\\fs01\\FM\\Planung\\2026\\Hochrechnung_Mahnwesen.xlsx

Gruß
Nicole
"""
    m = mail("Nicole Hahnemann <nicole.hahnemann@rheinau-versicherung.example>",
             "Ralf Gössling <ralf.goessling@rheinau-versicherung.example>",
             "Hochrechnung Mahnwesen 2026",
             "Fri, 08 May 2026 12:40:00 +0200", body,
             msgid="<hochrechnung-mahn-2026@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: aggregate dunning and default figures per line incl. health emergency tariff"


def m099():
    body = """Dear Mr Okonjo,

for your information (broker copy): we have settled the motor claim of
your client.

Client:      Mr Henrik Sæther
Policy:      K 2025-104410 (comprehensive), vehicle Tesla Model 3,
             plate MA-HS 3003
Claim:       KS-26-009871, hail damage of 28 March 2026, no injuries
Settlement:  repair at Karosserie Wolff, EUR 6,840.20 less excess
             EUR 500 = EUR 6,340.20 paid directly to the body shop
No-claims class: not affected (hail damage is partial cover)

Kind regards
Rheinau Motor Claims
"""
    m = mail("Rheinau Motor Claims <kfz.schaden@rheinau-versicherung.example>",
             "Emeka Okonjo <e.okonjo@okonjo-insurance-broking.example>",
             "Broker copy: claim KS-26-009871 settled",
             "Thu, 16 Apr 2026 16:12:00 +0200", body,
             msgid="<ks26009871-broker@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-broker", "broker copy of a named client's motor claim settlement: plate, policy, amount"


def m100():
    body = """Dear Mr Reid,

we have now received the report from Dr Achterberg and reviewed your
claim under your critical illness policy.

Policy:    CI 64-002817 (Rheinau Critical Illness Cover, EUR 100,000)
Claim:     LB-26-00287

The report confirms a myocardial infarction on 14 January 2026 with
typical ECG changes and a marked rise in troponin, followed by coronary
angiography and two drug-eluting stents. This meets the definition of
"heart attack" in section 3.1 of your policy conditions.

We are therefore pleased to confirm payment of the full sum of
EUR 100,000, which will be transferred within 5 working days to your
account ending 8821. The policy ends with this payment.

We wish you all the best for your recovery and cardiac rehabilitation.

Kind regards
Dr Ulrike Sandmeier
Claims Life & Critical Illness
"""
    m = mail("Dr Ulrike Sandmeier <leistung.leben@rheinau-versicherung.example>",
             "Callum Reid <callum.reid@scotmail.example>",
             "Your critical illness claim LB-26-00287 – decision",
             "Wed, 25 Feb 2026 10:30:00 +0100", body,
             msgid="<lb2600287-decision@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "critical illness payout: heart attack, stents, cardiac rehab of the named customer"

def m101():
    body = """Sehr geehrter Herr Schöttle,

Sie hatten gefragt, ob Ihr Wohngebäude nach dem Dachausbau noch
richtig versichert ist. Wir haben die Versicherungssumme anhand Ihrer
Angaben neu berechnet; die Berechnung finden Sie in der angehängten
Tabelle (ODS, lässt sich mit LibreOffice oder Excel öffnen).

Ergebnis: Versicherungssumme 1914 neu 31.850 Mark (bisher 26.400 Mark),
Jahresbeitrag neu 1.084,60 EUR (bisher 902,15 EUR). Unterversicherung
besteht damit nicht mehr, wir verzichten auf den Einwand.

Wenn Sie einverstanden sind, antworten Sie bitte kurz, dann stellen wir
den Nachtrag zum 01.05.2026 aus.

Mit freundlichen Grüßen
Aylin Demirtaş
Vertragsservice Sach
"""
    o = ods([("Wertermittlung", [
        ["Wertermittlung Wohngebäude – Vertrag WG 60-4409935"],
        ["Versicherungsnehmer", "Gottfried Schöttle"],
        ["Objekt", "Freistehendes EFH, Hölderlinweg 8, 74889 Sinsheim"],
        ["Baujahr", 1972],
        ["Position", "Fläche m²", "Wert 1914 je m² (Mark)", "Summe (Mark)"],
        ["Wohnfläche EG/OG", 148, 160, 23680],
        ["Dachgeschoss ausgebaut (2025)", 42, 140, 5880],
        ["Keller, teilbeheizt", 96, 20, 1920],
        ["Doppelgarage", 36, 10, 360],
        ["Versicherungssumme 1914", "", "", 31840],
        ["gerundet", "", "", 31850],
        ["Beitragssatz (Promille der VS 1914 × Index 2026 22,55)", "", "", 1.51],
        ["Jahresbeitrag EUR", "", "", 1084.60],
    ])])
    m = mail("Aylin Demirtaş <vertrag.sach@rheinau-versicherung.example>",
             "Gottfried Schöttle <g.schoettle@kraichgau-net.example>",
             "Ihre Anfrage Versicherungssumme nach Dachausbau",
             "Wed, 08 Apr 2026 14:14:00 +0200", body,
             attachments=[att(o, "Wertermittlung_WG60-4409935.ods", ODS)],
             msgid="<wg604409935-wert@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "buildings insurance recalculation; named owner and address in the ODS, premium in body"


def m102():
    body = """Sehr geehrte Frau Mahlberg,

wir bestätigen Ihre Kündigung vom 28.01.2026.

Vertrag:            KZ 61-902277
Beendete Tarife:    Zahnzusatz ZahnFit Plus, Krankenhauszusatz S2
                    (Zweibettzimmer)
Versicherte Person: Ilse Mahlberg
Vertragsende:       31.03.2026

Bitte beachten Sie: Bei einem späteren Neuabschluss gelten erneut
Wartezeiten und eine Gesundheitsprüfung. Die in den Tarifen gebildeten
Alterungsrückstellungen können nicht mitgenommen werden.

Rechnungen für Behandlungen bis zum 31.03.2026 können Sie noch bis
31.12.2026 einreichen.

Mit freundlichen Grüßen
Rheinau Krankenversicherung AG
Bestandsverwaltung
"""
    m = mail("Rheinau Krankenversicherung <bestand.kv@rheinau-versicherung.example>",
             "ilse.mahlberg@ruhestand-mail.example",
             "Kündigungsbestätigung KZ 61-902277",
             "Mon, 02 Feb 2026 09:20:00 +0100", body,
             msgid="<kb-kz61902277@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "cancellation of a named person's supplementary health insurance (health contract)"


def m103():
    body = """Hi Deniz,

monthly deliverability report for transactional mail, March 2026:

Stream                          sent      delivered  bounced  complaints
portal notifications           412,880     98.7 %     1.1 %     0.02 %
one-time passwords              61,204     99.4 %     0.5 %     0.00 %
app notifications ("claim paid")
                               188,913     98.9 %     0.9 %     0.03 %
premium bills (property)        97,550     97.8 %     1.9 %     0.05 %
newsletters                    630,400     96.2 %     2.6 %     0.11 %

Notes:
- Soft bounces at one large freemail provider went up after our DKIM
  key rotation on 9 March; fixed on 11 March.
- "claim paid" notifications for health no longer show the provider
  name or amount since release 5.3.3 – only "a reimbursement has been
  processed". Complaints rate dropped accordingly.
- SPF record still lists the old lettershop relay; please remove.

No personal data in this report.

Best
Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@rheinau-versicherung.example>",
             "Deniz Kaya <deniz.kaya@rheinau-versicherung.example>",
             "Deliverability report March 2026",
             "Thu, 02 Apr 2026 09:45:00 +0200", body,
             msgid="<deliv-2026-03@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: aggregate mail-delivery statistics for claim and health notifications"


def m104():
    body = """Liebe Vertriebspartner,

anbei die Kurzinfo zu unserer Mietkautionsbürgschaft "Rheinau
KautionsFrei" für Ihre Kundengespräche.

So funktioniert's
Statt Bargeld auf dem Kautionskonto hinterlegt der Mieter bei seinem
Vermieter eine Bürgschaftsurkunde von Rheinau. Der Mieter zahlt eine
jährliche Gebühr von 4,9 % der Kautionssumme (mind. 49 EUR).

Rechenbeispiel (fiktiv)
  Mieterin "Frau Beispiel", 29 Jahre, Nettoeinkommen 2.400 EUR mtl.,
  Kaltmiete 850 EUR, Kaution 3 Monatsmieten = 2.550 EUR
  Jahresgebühr: 124,95 EUR
  → 2.550 EUR bleiben für den Umzug verfügbar.

Voraussetzungen
- unbefristetes Arbeitsverhältnis oder Rente, Probezeit beendet
- keine negativen SCHUFA-Einträge
- Kaution max. 10.000 EUR

Provision: 15 % der ersten Jahresgebühr.

Ihre Maklerbetreuung
"""
    m = mail("Rheinau Maklerbetreuung <makler@rheinau-versicherung.example>",
             "vertriebspartner@lists.rheinau-versicherung.example",
             "Kurzinfo Mietkautionsbürgschaft KautionsFrei",
             "Tue, 14 Apr 2026 10:00:00 +0200", body,
             msgid="<kautionsfrei-info@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-broker", "trap: product info with a fictitious example tenant's age and net income"


def m105():
    body = """Sehr geehrter Herr Mertens,

vielen Dank für die Anmeldung Ihrer neuen Mitarbeitenden zur
betrieblichen Krankenversicherung (Gruppenvertrag bKV-2024-0219,
Budgettarif 600 EUR). Wir haben alle aufgenommen, mit einer Ausnahme:

Für Frau Leandra Vukić liegt uns die Anmeldung erst nach Ablauf der
Frist von 3 Monaten nach Eintritt vor. Nach den Vertragsbedingungen
ist dann eine vereinfachte Gesundheitsprüfung nötig. Bitte geben Sie
Frau Vukić den beigefügten Fragebogen; sie kann ihn direkt an uns
senden, Sie als Arbeitgeber erhalten keine Gesundheitsangaben.

Aufgenommen zum 01.04.2026:
- Jannik Seeberger, geb. 22.10.1999, Pers.-Nr. 3318
- Özlem Arslan, geb. 05.02.1987, Pers.-Nr. 3320
- Dr. Friederike Hain, geb. 30.07.1978, Pers.-Nr. 3325
Zurückgestellt:
- Leandra Vukić, geb. 14.12.1992, Pers.-Nr. 3290 (Fragebogen)

Der Beitrag (16,90 EUR p. P. und Monat) wird mit der nächsten
Sammelrechnung angepasst.

Mit freundlichen Grüßen
Firmenkunden Kranken
Rheinau Krankenversicherung AG
"""
    m = mail("Firmenkunden Kranken <firmen.kv@rheinau-versicherung.example>",
             "Holger Mertens <h.mertens@mertens-elektrotechnik.example>",
             "bKV-2024-0219: Anmeldungen April",
             "Thu, 26 Mar 2026 11:11:00 +0100", body,
             msgid="<bkv20240219-anm-0326@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-company", "group health (bKV) enrolment list with employees' birth dates; one needs a health questionnaire"


def m106():
    body = """Liebe Kolleginnen und Kollegen aus Leistung, Kundenservice und
Output-Management,

die jährliche Pflichtschulung "Datenschutz im Schriftverkehr" findet
dieses Jahr als Präsenzveranstaltung statt. Themen:

- Gesundheitsdaten und § 203 StGB: wer darf was wissen?
- Was darf in eine E-Mail, was nur ins Kundenpostfach?
- Fallbeispiele (anonymisiert): Leistungsabrechnung an falschen
  Empfänger, Arztbericht im Anhang an den Makler, ICD-Code im Betreff
- Sichere Übermittlung an Ärzte und Kliniken

Referent: Dr. Jörg Auerhahn, Datenschutzbeauftragter

Bitte tragt euch für einen der Termine ein; die Einladung hängt als
Kalenderdatei an (Termin 1, weitere Termine im Intranet).

Viele Grüße
Personalentwicklung
"""
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Rheinau Versicherung//Intranet//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:ds-schulung-2026-t1@rheinau-versicherung.example\r
DTSTAMP:20260330T080000Z\r
DTSTART;TZID=Europe/Berlin:20260421T130000\r
DTEND;TZID=Europe/Berlin:20260421T150000\r
SUMMARY:Pflichtschulung Datenschutz im Schriftverkehr (Termin 1)\r
LOCATION:Casino, Erdgeschoss, Am Stromhafen 4\r
ORGANIZER;CN=Personalentwicklung:mailto:pe@rheinau-versicherung.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    m = mail("Personalentwicklung <pe@rheinau-versicherung.example>",
             "leistung-alle@rheinau-versicherung.example",
             "Pflichtschulung Datenschutz im Schriftverkehr – Termine",
             "Mon, 30 Mar 2026 10:00:00 +0200", body,
             attachments=[att(ics, "Schulung_Datenschutz_T1.ics", ICS)],
             msgid="<ds-schulung-2026@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: data-protection training invite on health data and § 203 StGB, anonymised examples"


def m107():
    text = """Dear Mr Halvorsen,

we have completed the review of your baggage claim.

Policy:        RT-26-351204
Claim:         RG-26-00733
Incident:      suitcase not delivered after flight FRA–OSL on 2 July 2026;
               airline confirmed final loss on 28 July (PIR OSLLH41877)
Claimed:       EUR 1,640 (clothes, shoes, toiletries, suit)
Assessed:      EUR 1,215 (current value; suit 4 years old)
Less airline compensation already received: EUR 600
Payment:       EUR 615 to your account ending 4388

Kind regards
Rheinau Travel Claims
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Dear Mr Halvorsen,</p><p>we have completed the review of your baggage claim.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Policy</td><td>RT-26-351204</td></tr>
<tr><td>Claim</td><td>RG-26-00733</td></tr>
<tr><td>Incident</td><td>suitcase not delivered after flight FRA–OSL on 2 July 2026; final loss confirmed 28 July (PIR OSLLH41877)</td></tr>
<tr><td>Claimed</td><td>EUR 1,640</td></tr>
<tr><td>Assessed</td><td>EUR 1,215 (current value)</td></tr>
<tr><td>Airline compensation</td><td>EUR 600</td></tr>
<tr><td><b>Payment</b></td><td><b>EUR 615</b> to your account ending 4388</td></tr>
</table>
<p>Kind regards<br>Rheinau Travel Claims</p></body></html>"""
    m = mail("Rheinau Travel Claims <reiseschaden@rheinau-versicherung.example>",
             "Bjørn Halvorsen <bjorn.halvorsen@fjordpost.example>",
             "Baggage claim RG-26-00733 – decision",
             "Mon, 10 Aug 2026 11:30:00 +0200", text, html=html,
             msgid="<rg2600733@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "baggage loss claim without health content: named customer, policy and claim"


def m108():
    body = """Dear Ms Kiplagat,

as requested on the phone, attached is the copy of the invoice.

Regards
Member Services
"""
    p = pdf(["Dr. med. Rainer Vosskuhl - Facharzt für Innere Medizin und Gastroenterologie",
             "Q7, 23 - 68161 Mannheim",
             "",
             "Frau Wanjiru Kiplagat, Collinistraße 9, 68161 Mannheim",
             "Rechnung Nr. 2026-01188                       Datum: 19.02.2026",
             "Diagnose: Colitis ulcerosa (K51.0), Verlaufskontrolle",
             "",
             "Datum       GOÄ    Leistung                                  Faktor   EUR",
             "12.02.2026  1      Beratung                                  2,3     10,72",
             "12.02.2026  7      Vollständige Untersuchung Organsystem     2,3     21,45",
             "12.02.2026  687    Hohe Koloskopie                           2,3    201,06",
             "12.02.2026  3511   Laborpauschale                            1,15     4,66",
             "12.02.2026  Mat.   Biopsiezangen, Sedierung Propofol                 38,90",
             "",
             "Rechnungsbetrag                                                  276,79",
             "",
             "Copy for insurer - Rheinau Global Health member RGH 0960-4471"])
    m = mail("Rheinau Global Health Member Services <members.global@rheinau-versicherung.example>",
             "Wanjiru Kiplagat <w.kiplagat@safari-mail.example>",
             "document",
             "Fri, 27 Feb 2026 16:02:00 +0100", body,
             attachments=[att(p, "scan_0227_1601.pdf", "application/octet-stream")],
             msgid="<copy-invoice-kiplagat@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "PDF sent as application/octet-stream: doctor's invoice with ulcerative colitis K51.0, colonoscopy; body says only 'copy of the invoice'"


def m109():
    body = """RHEINAU RECHTSSCHUTZ-NEWSLETTER · April 2026

1. Mietrecht: Schimmel und Lüftungsverhalten
   Das Landgericht Musterhausen hat entschieden, dass Mieter nicht
   mehr als zweimal täglich stoßlüften müssen (Az. fiktiv, zur
   Veranschaulichung). Was heißt das für Mietminderungen?

2. Arbeitsrecht: Kündigung per WhatsApp unwirksam
   Eine Kündigung muss schriftlich mit Originalunterschrift erfolgen
   (§ 623 BGB). Ein Foto des Schreibens reicht nicht.

3. Verkehrsrecht: Blitzer-Fotos und Datenschutz
   Wann Sie Einsicht in die Messdaten verlangen können.

4. Tipp: Erstberatung per Telefon
   Als Rheinau-Kundin oder -Kunde erreichen Sie unsere Partneranwälte
   rund um die Uhr: 0621 4480-6000. Die Erstberatung ist kostenlos und
   belastet Ihren Schadenfreiheitsrabatt nicht.

Abmelden: https://www.rheinau-versicherung.example/abmelden?liste=rs
"""
    m = mail("Rheinau Rechtsschutz <newsletter@rheinau-versicherung.example>",
             "rs-newsletter@lists.rheinau-versicherung.example",
             "Rechtsschutz-Newsletter April: Schimmel, WhatsApp-Kündigung, Blitzer",
             "Wed, 15 Apr 2026 08:00:00 +0200", body,
             msgid="<rs-newsletter-2026-04@rheinau-versicherung.example>")
    return m, N, "de", "newsletter", "legal-expenses newsletter with general court decisions, nobody concerned"


def m110():
    body = """Dear Ms Varga,

sorry to hear about the theft of your e-bike. Your claim has been
approved:

Policy:        FR-2210-0471 (Rheinau Bike Protect, new-for-old 3 years)
Claim:         FS-26-00318
E-bike:        Gazelle Ultimate C380 HMB, frame no. GZ22BT0917731,
               battery no. BSH-5534-118823
Stolen:        9 June 2026, in front of Heidelberg main station, locked
               with the approved ABUS frame lock
Police:        Polizeirevier Heidelberg-Mitte, file 0711235/2026

Replacement value: EUR 3,899.00 (purchase price 2024)
Payment:           EUR 3,899.00 to IBAN DE88 1009 0314 7731 0029 58

The policy continues for your replacement bike – please send us the new
frame number once you have bought it.

Kind regards
Rheinau Property Claims
"""
    m = mail("Rheinau Property Claims <schaden.sach@rheinau-versicherung.example>",
             "Réka Varga <reka.varga@duna-mail.example>",
             "E-bike theft FS-26-00318 – approved",
             "Tue, 23 Jun 2026 10:05:00 +0200", body,
             msgid="<fs2600318@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "e-bike theft settlement: named customer, frame number, police file, IBAN"

def m111():
    body = """Rundschreiben Vertrieb Nr. 07/2026
An: alle Ausschließlichkeitsvertreter und Bezirksdirektionen

Beitragsanpassung Pflegezusatz (PflegeTagegeld PT) zum 01.07.2026

Liebe Kolleginnen und Kollegen,

in den nächsten Tagen erhalten rund 38.000 Kundinnen und Kunden mit
unserem Pflegetagegeld-Tarif PT ein Anpassungsschreiben. Die
Leistungsausgaben sind vor allem durch mehr Leistungsfälle in den
Pflegegraden 2 und 3 und die längere Pflegedauer stärker gestiegen als
kalkuliert.

Eckdaten:
- durchschnittliche Erhöhung: 11,4 % (Spanne 0 % bis 19,8 %)
- Versicherte unter 40: überwiegend keine Erhöhung
- Eintrittsalter 60+: Ø +17 %
- Sonderkündigungsrecht 2 Monate nach Zugang

Argumentationshilfe für Kundengespräche anbei im Vertriebsportal
(Dokument V-07-2026-A). Bitte nennen Sie gegenüber Kunden keine
Einzelfallzahlen aus der Leistungsstatistik.

Mit freundlichen Grüßen
Vertriebssteuerung Kranken
"""
    m = mail("Vertriebssteuerung Kranken <vertrieb.kv@rheinau-versicherung.example>",
             "ao-vertrieb@rheinau-versicherung.example",
             "Rundschreiben 07/2026: Beitragsanpassung PflegeTagegeld",
             "Mon, 11 May 2026 08:30:00 +0200", body,
             msgid="<rs-vertrieb-07-2026@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: circular on care-insurance premium increase with care-level statistics, no person"


def m112():
    body = """[TEST] [TEST] [TEST]

Hello {{first_name}},

good news: your claim #{{claim_id}} has been settled.

  Amount paid:  {{currency}} {{amount_paid}}
  Paid to:      account ending {{iban_last4}}
  Treatment:    {{treatment_summary}}

Open the Rheinau Global Health app to see the full statement.

-- 
Rendered with test profile "empty_context" → placeholders not replaced.
Expected: template must suppress {{treatment_summary}} completely
(decision redaction round 14, no medical details in push or email).
Status: FAILED – line "Treatment:" still visible.

Sent by notification-service staging (build 2026.04.2)
"""
    m = mail("notification-service-staging <noreply-staging@rheinau-versicherung.example>",
             "Deniz Kaya <deniz.kaya@rheinau-versicherung.example>",
             "[TEST] Your claim #{{claim_id}} has been settled",
             "Thu, 16 Apr 2026 14:44:12 +0200", body,
             msgid="<staging-notify-test-0416-3@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: staging test notification with unreplaced {{placeholders}} incl. treatment field"


def m113():
    body = """Sehr geehrter Herr Lauterbach,

zu Ihrer Inhaltsversicherung für die Bäckerei erhalten Sie die
Beitragsrechnung 2026.

Versicherungsnehmer:  Bäckerei Lauterbach, Inhaber Georg Lauterbach
                      (Einzelunternehmen), Hauptstraße 112,
                      67433 Neustadt an der Weinstraße
Vertrag:              GI 70-118420 (Geschäftsinhalt)
Versicherungssummen:  Einrichtung/Maschinen 185.000 EUR,
                      Vorräte 12.000 EUR, Ertragsausfall 12 Monate
Gefahren:             Feuer, Einbruchdiebstahl, Leitungswasser, Sturm,
                      Elementar, Betriebsunterbrechung
Jahresbeitrag:        1.962,50 EUR inkl. 19 % VersSt

Abbuchung am 01.04.2026 von DE29 7015 0733 0062 5190 30.

Tipp: Ihr Backofen ist 14 Jahre alt. Eine Maschinenbruchversicherung
für Backöfen und Kühlzellen bieten wir ab 210 EUR jährlich an.

Mit freundlichen Grüßen
Firmenkunden Sach
Rheinau Allgemeine Versicherung AG
"""
    m = mail("Firmenkunden Sach <firmen.sach@rheinau-versicherung.example>",
             "baeckerei.lauterbach@weinstrasse-mail.example",
             "Beitragsrechnung 2026 – Geschäftsinhalt GI 70-118420",
             "Fri, 13 Mar 2026 09:00:00 +0100", body, cte="quoted-printable",
             msgid="<gi70118420-br2026@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-company", "commercial contents of a sole trader (natural person): name, address, IBAN, policy"


def m114():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Brückmann,

in der Unfallsache Ihres Mandanten Sascha Welker
(Vertrag UV 90-230771, Schaden UV-25-01822) nehmen wir zu Ihrem
Schreiben vom 20.02.2026 wie folgt Stellung:

Ihr Mandant stürzte am 31.10.2025 gegen 23:40 Uhr mit dem Fahrrad und
zog sich ein Schädel-Hirn-Trauma II. Grades (S06.21) sowie eine
Claviculafraktur rechts zu. Die im Klinikum entnommene Blutprobe ergab
eine Blutalkoholkonzentration von 1,84 Promille. Das Strafverfahren
wegen Trunkenheit im Verkehr (§ 316 StGB) wurde nach unserer
Kenntnis mit Strafbefehl abgeschlossen.

Nach Ziffer 5.1.1 AUB sind Unfälle durch Bewusstseinsstörungen infolge
Trunkenheit vom Versicherungsschutz ausgeschlossen. Bei Radfahrern ist
nach ständiger Rechtsprechung ab 1,6 Promille absolute
Fahruntüchtigkeit anzunehmen. Wir halten daher an unserer
Leistungsablehnung vom 15.01.2026 fest.

Die Krankenhaustagegeld-Leistung aus dem Zusatzbaustein ist davon
ebenfalls betroffen.

Mit freundlichen Grüßen
Petra Lindqvist
Leistung Unfall
Rheinau Versicherung AG
"""
    m = mail("Petra Lindqvist <leistung.unfall@rheinau-versicherung.example>",
             "Kanzlei Dr. Brückmann <sekretariat@brueckmann-anwaelte.example>",
             "Ihr Zeichen 25/1190 – Welker ./. Rheinau",
             "Wed, 04 Mar 2026 16:20:00 +0100", body,
             msgid="<uv2501822-anwalt@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-lawyer", "accident claim rejection to lawyer: brain injury S06.21, blood alcohol, criminal penalty order"


def m115():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Rechnung Nr. 2026-05-44817 vom 02.06.2026 (Konsolidierung
Briefsendungen Mai) haben wir eine Rückfrage:

- Position 3 "Nachentgelt unvollständige Anschriften": 1.211 Sendungen
  à 0,30 EUR. Laut unserem Versandprotokoll wurden im Mai nur 640
  Sendungen mit Adressfehlern gemeldet. Bitte senden Sie uns die
  Einzelaufstellung (nur Sendungs-IDs, keine Anschriften).
- Position 5 "Expresszuschlag 27.05." wurde von uns nicht beauftragt.

Die übrigen Positionen (Summe 48.306,12 EUR) geben wir zur Zahlung frei.

Mit freundlichen Grüßen
Katrin Oberholz
Einkauf / Kreditorenbuchhaltung
Rheinau Versicherung AG
"""
    m = mail("Katrin Oberholz <einkauf@rheinau-versicherung.example>",
             "rechnungen@postkonsolidierer-sued.example",
             "Rückfrage zu Rechnung 2026-05-44817",
             "Tue, 09 Jun 2026 10:10:00 +0200", body,
             msgid="<rechnung-44817-rueckfrage@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-supplier", "postage invoice query, no person"


def m116():
    body = """Dear Mr Nkemelu,

regarding the incident of 17 May 2026 in the Luisenpark, Mannheim:

Policy:          HH-40019822 (dog owner's liability, Rottweiler "Zeus")
Claim:           HH-26-00612
Injured party:   Mrs Beatrix Lohmann, owner of the dachshund "Fritzi"
What happened:   Zeus, off the lead, bit Fritzi in the neck. Fritzi
                 needed surgery at the Tierklinik Neckarau (wound
                 revision, drainage, antibiotics). No person was injured.

Vet invoice:     EUR 1,288.40 (GOT 2-fold rate)
Our decision:    covered; we will pay Mrs Lohmann directly.

Please remember that the Mannheim local regulations require dogs of your
breed to be on a lead in public parks. A further incident may lead to a
special excess or termination.

Kind regards
Rheinau Liability Claims
"""
    m = mail("Rheinau Liability Claims <schaden.haftpflicht@rheinau-versicherung.example>",
             "Obinna Nkemelu <obinna.nkemelu@rhein-neckar-mail.example>",
             "Claim HH-26-00612 – incident in Luisenpark",
             "Thu, 28 May 2026 12:30:00 +0200", body,
             msgid="<hh2600612@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "dog liability: insured dog bit another dog (animal health → CONFIDENTIAL), named owners, no person hurt"


def m117():
    html = """<html><head><meta charset="utf-8"><style>td,th{padding:6px;border:1px solid #ccc}</style></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr Delacroix-Weber,</p>
<p>your claim statement for March 2026 is ready. Summary:</p>
<table style="border-collapse:collapse">
<tr style="background:#e8f1f4"><th>Date</th><th>Provider</th><th>Service</th><th>Billed EUR</th><th>Paid EUR</th></tr>
<tr><td>02/03/2026</td><td>Dr. Anouk Verhoeven, Psychiatry</td><td>Follow-up, medication review (sertraline 100 mg)</td><td>98.50</td><td>98.50</td></tr>
<tr><td>09/03/2026</td><td>Praxis am Rosengarten, psychotherapy</td><td>Cognitive behavioural therapy, sessions 21–24</td><td>460.00</td><td>460.00</td></tr>
<tr><td>16/03/2026</td><td>Löwen-Apotheke</td><td>Sertraline 100 mg, 98 tablets</td><td>41.20</td><td>41.20</td></tr>
<tr><td>23/03/2026</td><td>MVZ Labor Rhein-Neckar</td><td>Blood count, liver values</td><td>36.80</td><td>36.80</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>636.50</b></td><td><b>636.50</b></td></tr>
</table>
<p>Approved psychotherapy sessions remaining: 16 of 40.</p>
<p>Payment to your account ending 1264 on 3 April 2026.</p>
<p>Kind regards<br>Rheinau Health Claims</p>
</body></html>"""
    m = mail("Rheinau Health Claims <leistung.kv@rheinau-versicherung.example>",
             "Julien Delacroix-Weber <julien.dw@vinmail.example>",
             "Your claim statement March 2026",
             "Wed, 01 Apr 2026 06:15:00 +0200", html=html, html_only=True,
             cte="quoted-printable",
             msgid="<cs-2026-03-delacroix@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "HTML-only table: psychiatry, psychotherapy, sertraline for a named insured"


def m118():
    body = """RHEINAU BROKER BULLETIN – LIFE & PENSIONS, May 2026

* Declared bonus rate 2027 stays at 2.6 % (total return incl. terminal
  bonus 3.4 %).

* Illustration: private pension "Rheinau Rente Flex" for a fictitious
  client, age 35, EUR 150 per month until 67:
    guaranteed pension            EUR 312 per month
    projected pension (2.6 %)     EUR 561 per month

* Disability income: from June, students of medicine, psychology and
  nursing move to occupation class 1. Mental health questions shortened
  to 5 years look-back.

* Claims statistics 2025 (disability income, all ages): 61 % of new
  claims accepted within 6 months; causes: mental disorders 34 %,
  musculoskeletal 21 %, cancer 15 %, cardiovascular 8 %, accidents 7 %,
  other 15 %.

Questions? broker.support@rheinau-versicherung.example

You receive this bulletin as a registered Rheinau broker partner.
"""
    m = mail("Rheinau Broker Services <makler@rheinau-versicherung.example>",
             "broker-life-en@lists.rheinau-versicherung.example",
             "Broker Bulletin Life & Pensions – May 2026",
             "Tue, 05 May 2026 09:00:00 +0200", body,
             msgid="<bulletin-life-2026-05@rheinau-versicherung.example>")
    return m, N, "en", "newsletter", "trap: broker bulletin with fictitious illustration and aggregate disability-claim causes"


def m119():
    body = """Dear Ms Sørensen,

below is the assessor's report on your car, for your information. We
will settle on this basis unless you tell us otherwise within two
weeks.

Best regards
Tobias Wendling
Motor Claims

---------- Forwarded message ----------
From: Kfz-Sachverständigenbüro Hartl <gutachten@sv-hartl.example>
Date: Mon, 20 Apr 2026 17:02
Subject: Gutachten 26-0417 / Schaden KS-26-015550
To: kfz.schaden@rheinau-versicherung.example

Sehr geehrte Damen und Herren,

zum Schaden KS-26-015550 (VN Mette Sørensen, Police K 2025-112604)
fasse ich zusammen:

Fahrzeug:        Peugeot 308 SW, HD-MS 612, FIN VF3LBYHZPMS208845
Besichtigt:      17.04.2026, Autohaus Kurpfalz, Heidelberg
Schaden:         Wildunfall (Reh) B37, Front, Scheinwerfer links,
                 Motorhaube, Kühlergrill
Reparaturkosten: 4.918,55 EUR brutto
Wertminderung:   250,00 EUR
Wiederbeschaffungswert: 18.900 EUR – kein Totalschaden

Mit freundlichen Grüßen
Dipl.-Ing. Andreas Hartl, öbuv Sachverständiger
"""
    m = mail("Tobias Wendling <kfz.schaden@rheinau-versicherung.example>",
             "Mette Sørensen <mette.sorensen@hyggemail.example>",
             "Fwd: Gutachten 26-0417 / Schaden KS-26-015550",
             "Tue, 21 Apr 2026 09:30:00 +0200", body,
             msgid="<ks26015550-fwd@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "inline-forwarded assessor report (German) for a named customer's car: plate, VIN, deer collision"


def m120():
    body = """*** TESTVERSAND ABN – fiktive Daten ***

Vorlage: KHT-01 Abrechnung Krankenhaustagegeld (neu)
Testfall: TF-041 "Erika Musterfrau (fiktiv), geb. 01.01.1980"

--------------------------------------------------------------
Sehr geehrte Frau Musterfrau,

für Ihren Krankenhausaufenthalt vom 01.01.2026 bis 05.01.2026
(5 Tage) zahlen wir Krankenhaustagegeld:

  5 Tage × 50,00 EUR = 250,00 EUR

Grund des Aufenthalts laut Klinik: «Diagnose_Klartext» (Testwert)
--------------------------------------------------------------

Hinweis an Fachbereich: Nach Beschluss Redaktionsrunde 14 soll
«Diagnose_Klartext» in KHT-01 entfallen. Bitte Feld aus der Vorlage
entfernen, bevor sie produktiv geht.

DocGen ABN, Job 91877
"""
    m = mail("DocGen ABN <docgen-abn@rheinau-versicherung.example>",
             "Textverwaltung <output-management@rheinau-versicherung.example>",
             "[TEST] KHT-01 Krankenhaustagegeld – Erika Musterfrau",
             "Mon, 20 Apr 2026 15:00:40 +0200", body,
             msgid="<docgen-abn-91877-tf041@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: test send of hospital daily allowance letter for fictitious Erika Musterfrau with test birth date"

def m121():
    body = """Hallo zusammen,

Abstimmung Versandtermine Jahresmitteilungen Leben 2026 (Stichtag
01.01.2027), wie heute im Jour fixe besprochen:

- Datenabzug aus dem Bestandssystem: 04.01.2027, 02:00 Uhr
- Stückzahlen laut Probeabzug: 212.118 Verträge
  davon Kapital-LV 88.402, Renten-LV 71.950, fondsgebunden 39.311,
  Risiko-LV (nur mit Überschuss) 12.455
- Kundenpostfach statt Papier: 23 % (Vorjahr 17 %)
- Druck/Versand Lettershop: 11.–15.01.2027
- Bereitstellung im Portal: 08.01.2027

Offene Punkte:
1. Hinweistext zu Bewertungsreserven nach BaFin-Rundschreiben – Recht
2. Berufsunfähigkeits-Zusatzversicherungen mit laufender Leistung
   bekommen weiter die Variante "ohne Beitragsangabe" (ca. 3.900 Stück)

Gruß
Konstantin
"""
    m = mail("Konstantin Brehm <konstantin.brehm@rheinau-versicherung.example>",
             "jahresmitteilung-leben@rheinau-versicherung.example",
             "Versandtermine Jahresmitteilungen Leben 2026",
             "Thu, 03 Dec 2026 17:30:00 +0100", body,
             msgid="<jm-leben-2026-termine@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: planning of life annual statements with portfolio counts incl. BU claims in payment"


def m122():
    body = """Dear Mr Szabó,

following the second at-fault claim within twelve months, we are
exercising our right to terminate your motor insurance after a claim
(section G.2.3 of the motor conditions / § 111 VVG).

Policy:          K 2023-079981
Vehicle:         Audi A4 Avant, plate LU-ZS 7711
Claims:          KS-25-021190 (11/2025, rear-end collision, property
                 damage only) and KS-26-008812 (03/2026, parking damage)
Termination:     effective one month after receipt of this letter, i.e.
                 on 30 April 2026, 24:00

Your vehicle must remain insured. Please take out a new policy with
another insurer in good time; the registration authority will be
informed when cover ends. Unused premium will be refunded.

Kind regards
Rheinau Motor Contracts
"""
    m = mail("Rheinau Motor Contracts <kfz@rheinau-versicherung.example>",
             "Zoltán Szabó <zoltan.szabo@pannon-mail.example>",
             "Termination of your motor insurance K 2023-079981",
             "Fri, 27 Mar 2026 12:00:00 +0100", body,
             msgid="<kuend-k2023079981@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "insurer terminates a named customer's motor policy after claims (no injuries): plate, claim numbers"


def m123():
    body = """Dear Ms Sato,

as requested, attached is the copy of the policy schedule for your
client, for your files.

Policyholder / insured person:  Mr Daniel Fontaine, born 03 March 1984
Policy:                         BU 72-015902 (Rheinau BU Premium)
Start:                          1 May 2026
Monthly benefit:                EUR 3,000 until age 67
Premium:                        EUR 118.40 per month, incl. risk
                                surcharge 20 % (hypertension)
Special agreement:              none

The original schedule has been sent to Mr Fontaine by post.

Best regards
Rheinau Life Contracts
"""
    m = mail("Rheinau Life Contracts <leben@rheinau-versicherung.example>",
             "Yuki Sato <y.sato@sato-insurance-brokers.example>",
             "Policy schedule BU 72-015902 – broker copy",
             "Mon, 04 May 2026 10:00:00 +0200", body,
             msgid="<bu72015902-brokercopy@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-broker", "broker copy of disability policy: client's birth date and risk surcharge for hypertension"


def m124():
    body = """Sehr geehrte Kundin, sehr geehrter Kunde,

zum 1. Januar 2027 gibt es gesetzliche Änderungen in der privaten
Krankenversicherung, über die wir Sie informieren möchten:

- Der Höchstzuschuss Ihres Arbeitgebers zur Kranken- und
  Pflegeversicherung steigt.
- Die Beitragsbescheinigung für Ihre Steuererklärung stellen wir künftig
  nur noch im Kundenpostfach bereit, wenn Sie dort registriert sind.
- Elektronische Rezepte (E-Rezept) können Sie jetzt direkt aus der
  Rheinau-App einreichen.

Ihre persönlichen Beiträge und Leistungen ändern sich durch diese
Information nicht. Über eine eventuelle Beitragsanpassung würden wir Sie
gesondert schreiben.

Mit freundlichen Grüßen
Ihre Rheinau Krankenversicherung AG
"""
    m = mail("Rheinau Krankenversicherung <info.kv@rheinau-versicherung.example>",
             "undisclosed-recipients:;",
             "Wichtige Information zu Ihrer Krankenversicherung ab 2027",
             "Tue, 01 Dec 2026 09:00:00 +0100", body,
             msgid="<info-kv-2027-massmail@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-customer", "trap: mass mailing to undisclosed recipients about health insurance changes, no name or contract"


def m125():
    body = """Hi Rahul,

for the developer docs of the new direct-debit notification API, please
use only the official example values, never anything from production:

  Creditor:        Rheinau Versicherung AG
  Creditor ID:     DE98ZZZ09999999999 (example)
  Debtor:          "Jane Example"
  IBAN:            DE89 3704 0044 0532 0130 00  (standard example IBAN)
  IBAN (GB test):  GB29 NWBK 6016 1331 9268 19
  Mandate ref:     TEST-0001
  Amount:          EUR 42.00

Pre-notification text (template PN-01):
  "We will collect EUR {{amount}} from your account {{iban_masked}} on
  {{due_date}} for policy {{policy_no}}."

The unit tests currently contain a real-looking IBAN copied from a
ticket – please replace it with the example above and purge it from the
git history.

Thanks
Deniz
"""
    m = mail("Deniz Kaya <deniz.kaya@rheinau-versicherung.example>",
             "Rahul Menon <rahul.menon@rheinau-versicherung.example>",
             "Direct debit API docs – use example IBANs only",
             "Wed, 22 Apr 2026 11:40:00 +0200", body,
             msgid="<sepa-api-docs@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: published example IBANs (DE89..., GB29 NWBK...) and a pre-notification template"


def m126():
    body = """Dear Mr Ansah,

when checking your claim for knee surgery in February 2026 (claim
KV-L-26-04418), we found entries in your medical records that predate
your application of 12 October 2024:

- orthopaedic consultation on 14 March 2024 with MRI of the right knee
  (medial meniscus tear, M23.21)
- physiotherapy prescribed in April 2024 (6 sessions)

In your application you answered "no" to question 3 ("In the last three
years, have you been examined or treated by a doctor for ... joints ...?").

Before we decide whether there has been a breach of the pre-contractual
duty of disclosure (§ 19 VVG), we want to give you the opportunity to
comment. Please tell us within four weeks why these treatments were not
stated. If you forgot them, or thought they were irrelevant, please say
so; this matters for our assessment.

Until then we will pay the claim only provisionally.

Kind regards
Miriam Okonkwo-Haas
Health Claims – Special Cases
"""
    m = mail("Miriam Okonkwo-Haas <leistung.kv@rheinau-versicherung.example>",
             "Kofi Ansah <kofi.ansah@accra-rhein.example>",
             "Your claim KV-L-26-04418 – questions about your application",
             "Wed, 15 Apr 2026 14:20:00 +0200", body,
             msgid="<kvl2604418-anzeigepflicht@rheinau-versicherung.example>")
    return m, S, "en", "insurer-to-customer", "pre-contractual disclosure check: meniscus tear M23.21, MRI, physiotherapy of a named customer"


def m127():
    body = """Hi team,

results of the load test for the PDF renderer (DocGen 5.3.2) on the ABN
cluster, run last night:

  template               docs       p50 ms   p95 ms   errors
  LA-01 reimb. stmt.   250,000        84      212        0
  BR-SACH-2026         250,000        61      140        0
  LV-STAND             250,000       133      401       17 (timeouts)
  GH-SET-01 (EN)        50,000        90      230        0

All documents were generated from the synthetic data set SYN-2026-02
(2.1 million fictitious persons created by the faker pipeline, with
random names, dates of birth, diagnoses drawn from a list of the 200
most common ICD codes, and IBANs with valid check digits from a
reserved test bank code). Nothing leaves the ABN network.

LV-STAND timeouts come from the bonus table when it exceeds one page;
ticket INC-2026-05120.

Deniz
"""
    m = mail("Deniz Kaya <deniz.kaya@rheinau-versicherung.example>",
             "output-management@rheinau-versicherung.example",
             "Load test DocGen 5.3.2 – results",
             "Fri, 08 May 2026 08:05:00 +0200", body,
             msgid="<loadtest-docgen-532@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: load test with synthetic persons, diagnoses and IBANs described, none shown"


def m128():
    body = """Elektronische Vermittlerpost – Geschäftsvorfall NACHTRAG

Vermittler:   VM-30417, Agnieszka Kowalczyk
Kunde:        Frank Baumeister, Römerstraße 3, 67354 Römerberg
Vertrag:      K 2023-077104 (Kfz)
Nachtrag zum: 15.04.2026
Grund:        Fahrzeugwechsel

alt:  VW Golf VII Variant, SP-FB 219, FIN WVWZZZAUZFP563210
neu:  Skoda Octavia Combi iV, SP-FB 219, FIN TMBJR7NX4RY041177
      Erstzulassung 02/2024, Typklasse HP 17 / VK 22
SF-Klassen unverändert (HP SF 21, VK SF 18)

Neuer Jahresbeitrag: 702,14 EUR (bisher 588,22 EUR)
Anteilig für 15.04.–31.12.2026: +80,20 EUR

Der Nachtrag steht im Maklerportal und per BiPRO zum Abruf bereit.
ID: VP-26-0414-780233
"""
    m = mail("Rheinau Vermittlerpost <vermittlerpost@rheinau-versicherung.example>",
             "office@kowalczyk-versicherungen.example",
             "Vermittlerpost: Nachtrag K 2023-077104",
             "Tue, 14 Apr 2026 18:00:00 +0200", body,
             msgid="<vp-26-0414-780233@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-broker", "broker post: vehicle change for a named customer with address, plate and VINs"


def m129():
    body = """Guten Tag Herr Kuntz,

anbei das Unterlagenpaket zur Umstellung Ihres Vertrags. Bitte prüfen
Sie alles in Ruhe und senden Sie uns die unterschriebene Erklärung
zurück.

Viele Grüße
Rheinau Lebensversicherung AG
Vertragsservice BU
"""
    summary = docx(["Umstellung Ihrer Berufsunfähigkeitsversicherung",
                    "Versicherte Person: Matthias Kuntz, geb. 19.09.1981",
                    "Vertrag BU 72-002261 → Umstellung in Tarif BU Premium 2026",
                    "Ihre Angaben zur Gesundheit (Nachversicherung ohne erneute Gesundheitsprüfung ausgeschlossen, da Erhöhung > 50 %):",
                    ("Frage", "Ihre Antwort"),
                    ("Behandlungen in den letzten 5 Jahren", "Bandscheibenvorfall L5/S1 (M51.1) 2022, konservativ, Physiotherapie"),
                    ("Psychotherapie in den letzten 10 Jahren", "nein"),
                    ("Medikamente", "Ibuprofen 600 mg bei Bedarf"),
                    ("Größe/Gewicht", "184 cm / 97 kg"),
                    "Ergebnis Risikoprüfung: Annahme mit Ausschluss Wirbelsäule (LWS), ohne Zuschlag.",
                    "Neue monatliche Rente: 2.400 EUR, Beitrag 104,70 EUR."])
    z = zipfiles([("Kuntz_BU_Umstellung/01_Zusammenfassung.docx", summary),
                  ("Kuntz_BU_Umstellung/02_Erklaerung_zum_Unterschreiben.pdf",
                   pdf(["Erklärung zur Vertragsumstellung BU 72-002261",
                        "Ich, Matthias Kuntz, geb. 19.09.1981, bin mit der Umstellung",
                        "einschließlich des Ausschlusses für Erkrankungen der Lendenwirbelsäule",
                        "einverstanden.",
                        "",
                        "Ort, Datum, Unterschrift: ________________________"]))])
    m = mail("Vertragsservice BU <leben@rheinau-versicherung.example>",
             "matthias.kuntz@westrich-net.example",
             "Unterlagen Vertragsumstellung",
             "Wed, 13 May 2026 13:13:00 +0200", body,
             attachments=[att(z, "Unterlagen_BU72-002261.zip", ZIP)],
             msgid="<bu72002261-umstellung@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "ZIP with DOCX/PDF: BU conversion with birth date, disc prolapse M51.1, exclusion; body harmless"


def m130():
    body = """Rheinau Kundenbarometer 2025 – Ergebnisse

Liebe Kundinnen und Kunden,

danke an die 14.800 von Ihnen, die an unserer Befragung teilgenommen
haben. Die wichtigsten Ergebnisse:

- Zufriedenheit gesamt: 1,9 (Schulnote; Vorjahr 2,1)
- Krankenversicherung: 92 % aller eingereichten Arzt- und
  Zahnarztrechnungen wurden innerhalb von 5 Arbeitstagen abgerechnet;
  Erstattungsquote 96,4 % der eingereichten Beträge.
- Berufsunfähigkeit: durchschnittliche Bearbeitungsdauer bis zur
  Leistungsentscheidung 94 Tage (Vorjahr 121).
- Kfz: 71 % der Glasschäden wurden am selben Tag freigegeben.
- Schwachstelle: Verständlichkeit unserer Schreiben – daran arbeiten
  wir mit einer eigenen Redaktionsrunde.

Den vollständigen Bericht finden Sie unter
https://www.rheinau-versicherung.example/kundenbarometer

Ihre Rheinau Versicherung
"""
    m = mail("Rheinau Versicherung <kundenbrief@rheinau-versicherung.example>",
             "kundenbrief@lists.rheinau-versicherung.example",
             "Kundenbarometer 2025: So zufrieden sind Sie mit uns",
             "Tue, 24 Feb 2026 08:30:00 +0100", body,
             msgid="<kundenbarometer-2025@rheinau-versicherung.example>")
    return m, N, "de", "newsletter", "trap: customer survey results with aggregate reimbursement and disability-claim figures"

def m131():
    body = """Dear Mr Tanaka, sehr geehrter Herr Tanaka,

please find below the insurance certificate for your shipment under
the open cover of Rhein-Pacific Trading GmbH. / Nachstehend das
Versicherungszertifikat für Ihre Sendung.

INSURANCE CERTIFICATE / VERSICHERUNGSZERTIFIKAT No. TC-26-018844
Open cover / Generalpolice:  TR 31-2023-0041
Assured / Versicherter:      Rhein-Pacific Trading GmbH, Mannheim
Contact / Ansprechpartner:   Kenji Tanaka, Head of Logistics
Goods / Ware:                2 x 40' HC, industrial pumps (HS 8413),
                             invoice RPT-26-0412
Voyage / Reise:              Hamburg → Yokohama, MSC "Aurelia", ETD
                             18/05/2026
Sum insured / VS:            EUR 842,600 (CIF + 10 %)
Conditions / Bedingungen:    ICC (A), war and strikes clauses,
                             DTV-Güter 2000/2011 where applicable
Premium / Prämie:            EUR 589.82 (0.07 %)

Claims agent Japan: Tokio Survey & Adjusting Co., Yokohama.

Mit freundlichen Grüßen / Kind regards
Lukas Tiedemann
Marine Cargo, Rheinau Allgemeine Versicherung AG
"""
    m = mail("Lukas Tiedemann <transport@rheinau-versicherung.example>",
             "Kenji Tanaka <k.tanaka@rhein-pacific.example>",
             "Insurance certificate TC-26-018844 Hamburg–Yokohama",
             "Fri, 15 May 2026 15:30:00 +0200", body,
             msgid="<tc26018844@rheinau-versicherung.example>")
    return m, C, "de+en", "insurer-to-company", "bilingual cargo certificate: company with named contact, open cover and shipment values"


def m132():
    body = """Dear partners,

attached to this mail in the broker portal you will find our new
accident insurance brochure "Rheinau Unfall Komfort – in plain English"
for your English-speaking clients. Key facts at a glance:

Disability table (Gliedertaxe), improved from 1 July 2026:
  loss or loss of function of
    an arm                      80 %   (previously 70 %)
    a hand                      65 %   (55 %)
    a thumb                     25 %   (20 %)
    a leg above the knee        75 %   (70 %)
    a foot                      50 %   (40 %)
    sight of one eye            55 %   (50 %)
    hearing of one ear          35 %   (30 %)

Progression 350 % and 500 %; hospital daily allowance and cosmetic
surgery after an accident optional.

Example (fictitious): basic sum EUR 100,000, progression 350 %,
complete loss of function of one hand (65 %) → EUR 102,500.

Best regards
Rheinau Broker Services – Accident
"""
    m = mail("Rheinau Broker Services <makler@rheinau-versicherung.example>",
             "broker-all@lists.rheinau-versicherung.example",
             "New: English accident brochure and improved disability table",
             "Wed, 17 Jun 2026 10:00:00 +0200", body,
             msgid="<unfall-brochure-en@rheinau-versicherung.example>")
    return m, N, "en", "insurer-to-broker", "trap: accident disability table and a fictitious payout example, no insured person"


def m133():
    body = """Liebe Kolleginnen und Kollegen,

ab 01.07.2026 gilt das neue Corporate Design. Für den Schriftverkehr
heißt das:

- neues Logo (Welle in Petrol statt Blau) in allen Briefvorlagen, wird
  vom Textsystem automatisch gezogen
- Fußzeile mit neuer Vorstandsbesetzung (Herr Ödegaard scheidet zum
  30.06. aus, Nachfolgerin Frau Dr. Mbeki-Hartmann)
- E-Mail-Signaturen bitte bis 30.06. über das Intranet-Tool
  aktualisieren, keine Bilder in Signaturen
- Restbestände an vorgedrucktem Briefpapier bitte nicht wegwerfen,
  sondern an die Poststelle geben (Schmierpapier)

Fragen an marke@rheinau-versicherung.example.

Viele Grüße
Unternehmenskommunikation
"""
    m = mail("Unternehmenskommunikation <kommunikation@rheinau-versicherung.example>",
             "alle-mitarbeitenden@rheinau-versicherung.example",
             "Neues Corporate Design ab 01.07. – was sich im Schriftverkehr ändert",
             "Mon, 08 Jun 2026 09:00:00 +0200", body,
             msgid="<cd-2026-schriftverkehr@rheinau-versicherung.example>")
    return m, N, "de", "internal", "organisational notice about letterhead and board change, no personal data"


def m134():
    body = """Sehr geehrte Frau Löffler,

wir bestätigen den Eingang Ihrer Schadenmeldung vom 06.05.2026.

Vertrag:          PH-30009954 (Privathaftpflicht Single)
Schaden-Nr.:      PH-26-06198
Schadentag:       04.05.2026
Hergang:          Beim Umzug Ihrer Nachbarin, Frau Gisela Anders,
                  haben Sie geholfen und dabei eine Glasvitrine fallen
                  lassen. Verletzt wurde niemand.
Geschädigte:      Gisela Anders, Ringstraße 21, 76829 Landau

Bitte beachten Sie: Bei Gefälligkeitshandlungen (Umzugshilfe) prüfen
wir, ob ein stillschweigender Haftungsausschluss besteht. Ihr Tarif
enthält aber die Klausel "Schäden bei Gefälligkeiten bis 5.000 EUR".
Bitte senden Sie uns ein Foto der Vitrine und den Kaufbeleg bzw. eine
Wertangabe der Geschädigten.

Mit freundlichen Grüßen
Schadenservice Haftpflicht
"""
    m = mail("Schadenservice Haftpflicht <schaden.haftpflicht@rheinau-versicherung.example>",
             "Sabine Löffler <sabine.loeffler@suedpfalz-mail.example>",
             "Ihre Schadenmeldung PH-26-06198",
             "Thu, 07 May 2026 10:40:00 +0200", body,
             charset="iso-8859-1", cte="quoted-printable",
             msgid="<ph2606198-eingang@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "liability claim, nobody hurt: named customer and third party with address (iso-8859-1)"


def m135():
    html = """<html><body style="font-family:Arial,sans-serif;max-width:560px">
<h2>Neu in der Rheinau-App 6.2</h2>
<ul>
<li><b>Rechnungen fotografieren mit Texterkennung:</b> Die App erkennt Rechnungsdatum, Betrag,
Praxis und GOÄ-Ziffern automatisch – Sie müssen nur noch prüfen und absenden.</li>
<li><b>E-Rezept einreichen:</b> Rezeptcode aus der Apotheke scannen, fertig.</li>
<li><b>Erstattungsstatus in Echtzeit:</b> Sie sehen, wann Ihre Rechnung geprüft und bezahlt wird.
Aus Datenschutzgründen zeigen Benachrichtigungen auf dem Sperrbildschirm nur „Es gibt Neuigkeiten
zu Ihrer Einreichung“.</li>
<li><b>Dunkler Modus</b> und größere Schrift für bessere Lesbarkeit.</li>
</ul>
<p>Das Update steht ab heute im App Store und bei Google Play bereit.</p>
<p>Ihr Rheinau-App-Team</p>
<p style="font-size:10px;color:#999">Abmelden: https://www.rheinau-versicherung.example/abmelden?liste=app</p>
</body></html>"""
    m = mail("Rheinau App <app@rheinau-versicherung.example>",
             "app-news@lists.rheinau-versicherung.example",
             "Neu in der Rheinau-App: Texterkennung für Arztrechnungen und E-Rezept",
             "Tue, 19 May 2026 12:00:00 +0200", html=html, html_only=True,
             cte="quoted-printable",
             msgid="<app-release-62@rheinau-versicherung.example>")
    return m, N, "de", "newsletter", "trap: app release notes about doctor's invoices, GOÄ and e-prescriptions, no user"


def m136():
    body = """Hi all,

for the claims academy module "Fair and clear decisions" next month,
here is the anonymised case study. Please do not add any details that
would make the case identifiable.

Case study 3: "The forgotten physiotherapy"
- Claimant A: male, age band 40-49, salaried, private health insurance
  since 2021 (year rounded)
- Claim: arthroscopic knee surgery, approx. EUR 6,000
- Finding: physiotherapy for the same knee about six months before the
  application, not declared
- Question for the group: rescission, premium surcharge, or no
  consequences? What does § 19 VVG require regarding intent and
  causality? How do you write the letter so that A understands it?

Outcome in the real case (for trainers only): no intent, contract
continued with exclusion clause; claim paid.

Thanks
Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@rheinau-versicherung.example>",
             "claims-academy-trainers@rheinau-versicherung.example",
             "Claims academy – anonymised case study 3",
             "Mon, 11 May 2026 13:25:00 +0200", body,
             msgid="<academy-case3@rheinau-versicherung.example>")
    return m, N, "en", "internal", "trap: anonymised training case (age band, rounded year), knee surgery, no identifiable person"


def m137():
    body = """Sehr geehrter Herr Dörrbecker,

für das Bußgeldverfahren gegen Sie erteilen wir Deckungszusage aus
Ihrem Verkehrs-Rechtsschutz.

Vertrag:        RS 44-215530 (Verkehrsrechtsschutz)
Schaden-Nr.:    RS-26-04471
Vorwurf:        Überschreitung der zulässigen Höchstgeschwindigkeit
                außerorts um 31 km/h am 14.03.2026, B 9 bei Speyer,
                Fahrzeug SP-RD 77
Bußgeldbescheid: Landkreis Germersheim, Az. 402.11773.26, 260 EUR,
                1 Punkt, 1 Monat Fahrverbot
Ihr Anwalt:     RA Sven Ohlsson, Verkehrsrecht, Speyer

Wir übernehmen die Kosten der Verteidigung einschließlich eines
Sachverständigengutachtens zur Messung (bis 1.500 EUR). Die Geldbuße
selbst ist nicht versichert.

Mit freundlichen Grüßen
Rheinau Rechtsschutz
"""
    m = mail("Rheinau Rechtsschutz <rechtsschutz@rheinau-versicherung.example>",
             "Reinhard Dörrbecker <r.doerrbecker@speyer-mail.example>",
             "Deckungszusage RS-26-04471 – Bußgeldverfahren",
             "Mon, 06 Apr 2026 11:20:00 +0200", body,
             msgid="<rs2604471-zusage@rheinau-versicherung.example>")
    return m, C, "de", "insurer-to-customer", "traffic legal expenses: named driver's administrative speeding fine, plate (grey zone → CONFIDENTIAL)"


def m138():
    body = """Liebe Vertriebspartnerinnen und Vertriebspartner,

der Vorstand der Rheinau Lebensversicherung AG hat die
Überschussbeteiligung für 2027 deklariert:

                                     2026      2027
laufende Verzinsung (Klassik)        2,60 %    2,75 %
Gesamtverzinsung inkl. Schlussüberschuss
                                     3,40 %    3,55 %
Garantiezins Neugeschäft             1,00 %    1,00 %
Beteiligung an Bewertungsreserven    unverändert Mindestbeteiligung

Beispiel (fiktiv): Rentenversicherung, 35-jährig, 100 € monatlich bis
67 → prognostizierte Monatsrente 2027: 287 € (2026: 278 €).

Für Berufsunfähigkeits-Policen mit Überschussverwendung
"Beitragsverrechnung" bleibt der Nettobeitrag in den meisten Tarifen
stabil.

Die Deklaration ist nicht garantiert und gilt für 2027.

Ihre Maklerbetreuung Leben
"""
    m = mail("Rheinau Maklerbetreuung Leben <makler@rheinau-versicherung.example>",
             "vertriebspartner@lists.rheinau-versicherung.example",
             "Überschussdeklaration 2027 der Rheinau Lebensversicherung",
             "Thu, 26 Nov 2026 10:00:00 +0100", body,
             msgid="<ueberschuss-2027@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-broker", "trap: life bonus declaration with a fictitious example, BU mentioned generically"


def m139():
    body = """Hallo Herr Wieczorek,

für die Umstellung unseres Versands von Kundenbenachrichtigungen auf
Ihre Relay-Plattform bitte folgende Konfiguration vorsehen:

- Absender-Domain: rheinau-versicherung.example, Subdomain
  notify.rheinau-versicherung.example für Portal-Mails
- DKIM: Selector rv2026a, 2048 bit, Schlüssel erzeugen wir selbst und
  liefern nur den Public Key
- TLS: ausgehend mandatory TLS 1.2+ für die Domains unserer
  Vertriebspartner (Liste folgt), sonst opportunistisch
- Bounces an bounce@notify.rheinau-versicherung.example
- Keine Speicherung der Nachrichteninhalte über 72 h hinaus; Logs nur
  Metadaten, 30 Tage

Könnten wir nächste Woche einen Termin zum Test mit der Staging-
Umgebung machen? Di oder Do nachmittag würde passen.

Viele Grüße
Deniz Kaya
IT Kommunikationsplattformen
Rheinau Versicherung AG
"""
    m = mail("Deniz Kaya <deniz.kaya@rheinau-versicherung.example>",
             "Piotr Wieczorek <p.wieczorek@mailrelay-dienste.example>",
             "Konfiguration Relay für Kundenbenachrichtigungen",
             "Fri, 24 Apr 2026 14:05:00 +0200", body,
             msgid="<relay-config-0424@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-supplier", "technical mail-relay configuration, no personal data"


def m140():
    body = """Dear Mr Ashworth,

your yacht insurance is due for renewal on 1 April 2026.

Policy:        YT 88-00412
Vessel:        "Windrose II", Hallberg-Rassy 372, built 2016,
               hull no. SE-HRY372117J516, home port Lindau (Lake
               Constance)
Cover:         all risks, agreed value EUR 265,000, liability
               EUR 10m, crew accident not included
Navigation:    Lake Constance and European inland waters; coastal
               Baltic Sea up to 20 nm from May to September
Premium:       EUR 2,385.00 (previous year EUR 2,290.00)
Excess:        EUR 500

As agreed, the winter storage at Bootswerft Kressbronn remains
covered. Please tell us if you plan to sail outside the navigation
area this summer.

Kind regards
Rheinau Marine & Yacht
"""
    m = mail("Rheinau Marine & Yacht <yacht@rheinau-versicherung.example>",
             "Geoffrey Ashworth <g.ashworth@sailmail.example>",
             "Renewal of your yacht insurance YT 88-00412",
             "Mon, 02 Mar 2026 09:50:00 +0100", body,
             msgid="<yt8800412-renewal@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "yacht renewal: named owner, vessel, hull number, home port, premium"

def m141():
    body = """Sehr geehrter Herr Dr. Magnusson,

vielen Dank für den Heil- und Kostenplan vom 02.04.2026 für Ihre
Patientin Frau Sonja Bieler (Versicherungsnr. ZZ 61-880215). Bevor wir
die Kostenzusage für den zweiten Behandlungsabschnitt erteilen, haben
wir zwei Rückfragen:

1. Regio 45/46: Sie planen eine Brücke 45–47 statt einer
   Einzelzahnversorgung. Nach dem Implantat regio 36 im Januar wäre
   für uns die Begründung hilfreich, warum regio 46 nicht ebenfalls
   implantologisch versorgt wird (Knochenangebot? DVT-Befund?).
2. GOZ 2197 (adhäsive Befestigung) ist dreimal angesetzt, bei einer
   Brücke aus Zirkon mit konventioneller Zementierung bitten wir um
   kurze Erläuterung.

Ihre Patientin hat uns von der Schweigepflicht entbunden; die
Erklärung vom 19.01.2026 liegt vor. Für Ihre Antwort genügt ein
formloses Schreiben über das Arztportal oder per Fax an
0621 4480-3499.

Mit freundlichen Grüßen
Dr. med. dent. Carolin Esser
Beratungszahnärztin, Leistung Zahn
Rheinau Krankenversicherung AG
"""
    m = mail("Dr. Carolin Esser <leistung.zahn@rheinau-versicherung.example>",
             "Zahnarztpraxis Dr. Magnusson <praxis@zahnarzt-magnusson.example>",
             "HKP vom 02.04.2026 – Ihre Patientin Bieler, Rückfragen",
             "Tue, 07 Apr 2026 11:00:00 +0200", body,
             msgid="<hkp-bieler-rueckfrage@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-doctor", "dental consultant asks dentist about a named patient's bridge, implant history, GOZ positions"


def m142():
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:600px;margin:auto">
<h2 style="color:#0b5a6b">Global Health Matters – Travel special</h2>
<p>Dear member,</p>
<p>planning a trip this summer? Check your vaccinations at least 6 weeks before departure.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e3f0f3"><th>Destination</th><th>Commonly recommended</th><th>Covered by your plan?</th></tr>
<tr><td>South-East Asia</td><td>Hepatitis A, typhoid, Japanese encephalitis (rural stays)</td><td>Premier, Plus</td></tr>
<tr><td>Sub-Saharan Africa</td><td>Yellow fever, hepatitis A, typhoid, meningococcal (seasonal)</td><td>Premier, Plus</td></tr>
<tr><td>South America</td><td>Yellow fever (Amazon region), hepatitis A</td><td>Premier, Plus</td></tr>
<tr><td>All</td><td>Routine: tetanus, diphtheria, measles</td><td>all plans</td></tr>
</table>
<p>Malaria prophylaxis (e.g. atovaquone/proguanil) is reimbursed at 80&nbsp;% in Premier.</p>
<p>This is general information. Please ask a travel medicine specialist for advice for your trip.</p>
<p style="font-size:10px;color:#888">Unsubscribe: https://www.rheinau-versicherung.example/unsubscribe?list=hm</p>
</body></html>"""
    text = """Global Health Matters - Travel special

Check your vaccinations at least 6 weeks before departure.

South-East Asia: hepatitis A, typhoid, Japanese encephalitis - Premier, Plus
Sub-Saharan Africa: yellow fever, hepatitis A, typhoid, meningococcal - Premier, Plus
South America: yellow fever, hepatitis A - Premier, Plus
All: tetanus, diphtheria, measles - all plans

Malaria prophylaxis is reimbursed at 80 % in Premier.
General information only.
"""
    m = mail("Rheinau Global Health <newsletter@rheinau-versicherung.example>",
             "members-global@lists.rheinau-versicherung.example",
             "Travel special: vaccinations and malaria prophylaxis",
             "Thu, 04 Jun 2026 09:00:00 +0200", text, html=html,
             msgid="<nl-hm-2026-06@rheinau-versicherung.example>")
    return m, N, "en", "newsletter", "trap: travel-vaccination newsletter with disease names and drugs, no member"


def m143():
    body = """Guten Tag,

in Ihrem Rheinau-Kundenpostfach liegen seit mehr als 14 Tagen
3 ungelesene Dokumente.

Bitte melden Sie sich an, um sie zu lesen:
https://kunden.rheinau-versicherung.example

Tipp: In den Einstellungen können Sie festlegen, ob wir Sie per
E-Mail, per SMS oder gar nicht an neue Dokumente erinnern sollen.

Ihre Rheinau Versicherung
(automatisch erzeugte Nachricht – bitte nicht antworten)
"""
    m = mail(NOREPLY, "kundenpostfach-2290@kundenmail.example",
             "Erinnerung: ungelesene Dokumente in Ihrem Kundenpostfach",
             "Mon, 20 Apr 2026 06:00:05 +0200", body,
             headers=[("Auto-Submitted", "auto-generated")],
             msgid="<reminder-unread-20260420-2290@rheinau-versicherung.example>")
    return m, N, "de", "insurer-to-customer", "content-free portal reminder, no name or contract"


def m144():
    body = """Sehr geehrte Frau Hartwig,

mit großer Anteilnahme haben wir vom Tod Ihres Mitarbeiters
Herrn Dariusz Wróbel erfahren.

Gruppen-Unfallversicherung:  GU-2021-00388 (Hartwig Gerüstbau GmbH)
Schaden-Nr.:                 GU-26-00231
Versicherte Person:          Dariusz Wróbel, geb. 13.08.1979
Unfall:                      Absturz vom Gerüst am 03.06.2026,
                             Baustelle Mannheim-Neckarau
Tod:                         05.06.2026 im Universitätsklinikum
                             (laut Totenschein: Polytrauma,
                             Schädel-Hirn-Trauma)

Die Todesfallleistung beträgt 50.000 EUR. Bezugsberechtigt sind laut
Vertrag die Erben bzw. die vom Mitarbeiter benannte Person. Herr
Wróbel hat am 01.03.2023 seine Ehefrau, Frau Agata Wróbel, benannt.
Wir setzen uns direkt mit ihr in Verbindung; bitte teilen Sie uns ihre
aktuelle Anschrift mit, falls Ihnen eine andere als die Personalakte
bekannt ist.

Für die Berufsgenossenschaft und die Staatsanwaltschaft sind Sie als
Arbeitgeber ohnehin meldepflichtig; dafür benötigen Sie uns nicht.

Mit freundlichen Grüßen
Petra Lindqvist
Leistung Unfall
"""
    m = mail("Petra Lindqvist <leistung.unfall@rheinau-versicherung.example>",
             "Marion Hartwig <m.hartwig@hartwig-geruestbau.example>",
             "GU-26-00231 – Todesfall Herr Wróbel",
             "Wed, 10 Jun 2026 14:30:00 +0200", body,
             msgid="<gu2600231-tod@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-company", "group accident death benefit: named employee, birth date, cause of death, beneficiary wife"


def m145():
    body = """Hallo Jens,

im Anhang der Musterbrief LA-09 "Heilpraktikerleistungen – Erstattung
nach GebüH" als Word-Datei für die Fachprüfung. Enthält nur Platzhalter
und eine Beispieltabelle mit erfundenen Werten.

Bitte insbesondere die Höchstsätze prüfen (GebüH ist ja seit 1985 nicht
mehr angepasst, wir erstatten bis zum Höchstsatz, darüber nicht).

Danke
Hanne
"""
    d = docx(["Musterbrief LA-09 – Heilpraktikerleistungen",
              "«Anrede» «Titel» «Nachname»",
              "Ihre Rechnung von «Heilpraktiker_Name» vom «Rechnungsdatum»",
              "Ihr Tarif «Tarifname» erstattet Leistungen von Heilpraktikern bis zu den Höchstbeträgen des Gebührenverzeichnisses für Heilpraktiker (GebüH), höchstens «Jahreshoechstbetrag» EUR im Kalenderjahr.",
              "Beispielrechnung (erfundene Werte, nur zur Veranschaulichung):",
              ("GebüH-Nr.", "Leistung", "berechnet EUR", "Höchstsatz EUR", "erstattet EUR"),
              ("1", "Erstanamnese", "45,00", "23,00", "23,00"),
              ("4", "Eingehende Untersuchung", "30,00", "17,00", "17,00"),
              ("20.4", "Chiropraktische Behandlung", "40,00", "22,00", "22,00"),
              ("27.1", "Akupunktur", "35,00", "21,00", "21,00"),
              "Die Differenz zum Rechnungsbetrag können wir leider nicht übernehmen, weil «Begruendung».",
              "«Rechtsbehelfsbelehrung»"])
    m = mail("Hanne Brinkötter <hanne.brinkoetter@rheinau-versicherung.example>",
             "Jens Pfeilschifter <jens.pfeilschifter@rheinau-versicherung.example>",
             "Musterbrief LA-09 Heilpraktiker zur Fachprüfung",
             "Thu, 21 May 2026 16:16:00 +0200", body,
             attachments=[att(d, "LA-09_Heilpraktiker_Musterbrief.docx", DOCX)],
             msgid="<la09-muster@rheinau-versicherung.example>")
    return m, N, "de", "internal", "trap: DOCX letter template for naturopath invoices with «placeholders» and invented example values"


def m146():
    body = """Dear Ms Ivanova,

following the claim of 19 January 2026 (KS-26-001944, collision at a
junction, property damage only), your motor policy will be downgraded
on the next renewal date, 1 January 2027:

Policy:               K 2024-094476
Vehicle:              Toyota Yaris Hybrid, MA-EI 5150
Main driver:          Elena Ivanova, date of birth 29 November 1990
Additional driver:    Pavel Ivanov, date of birth 07 June 1995
Third-party liability: SF 8 → SF 4 (premium rate 47 % → 66 %)
Comprehensive:        SF 6 → SF 3

Estimated premium 2027: EUR 1,018.30 (2026: EUR 742.90).

Tip: you can avoid the downgrade by reimbursing us the amount paid to
the other party (EUR 2,364.10) within six months of our final
settlement letter ("buying back" the claim).

Kind regards
Rheinau Motor Customer Service
"""
    m = mail("Rheinau Motor Customer Service <kfz@rheinau-versicherung.example>",
             "Elena Ivanova <elena.ivanova@volga-mail.example>",
             "Your no-claims class after claim KS-26-001944",
             "Fri, 20 Feb 2026 10:30:00 +0100", body,
             msgid="<sf-downgrade-k2024094476@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-customer", "motor no-claims downgrade: drivers' birth dates, plate, policy, claim (no injuries)"


def m147():
    body = """Sehr geehrte Frau Dr. Lindqvist-Moreau, dear Dr Lindqvist-Moreau,

(English version below)

zum 01.07.2026 passen wir den Beitrag Ihrer internationalen
Krankenversicherung an.

Vertrag:       RGH 0927-7713, Global Health Premier, Area 1 (weltweit)
Versichert:    Dr. Hélène Lindqvist-Moreau und Sohn Arvid (7)
Bisher:        1.184,20 EUR monatlich
Neu:           1.302,60 EUR monatlich

Grund: gestiegene Behandlungskosten in den USA und in Asien; außerdem
wechselt Ihr Sohn am 01.07. in die Altersgruppe 8–17.

---

We are adjusting the premium of your international health insurance
from 1 July 2026.

Policy:        RGH 0927-7713, Global Health Premier, Area 1 (worldwide)
Insured:       Dr Hélène Lindqvist-Moreau and son Arvid (7)
Previous:      EUR 1,184.20 per month
New:           EUR 1,302.60 per month

Reason: higher treatment costs in the USA and Asia; in addition your
son moves to the 8–17 age band on 1 July.

Mit freundlichen Grüßen / Kind regards
Rheinau Global Health – Member Services
"""
    m = mail("Rheinau Global Health Member Services <members.global@rheinau-versicherung.example>",
             "Hélène Lindqvist-Moreau <h.lindqvist-moreau@unhcr-mail.example>",
             "Beitragsanpassung / Premium adjustment RGH 0927-7713",
             "Mon, 18 May 2026 08:00:00 +0200", body, cte="quoted-printable",
             msgid="<rgh09277713-bap@rheinau-versicherung.example>")
    return m, S, "de+en", "insurer-to-customer", "bilingual premium adjustment of a named family's international health insurance (health contract)"


def m148():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.05.2026 nicht im Büro. In dringenden
Fällen wenden Sie sich bitte an meine Vertretung Frau Jana Vogelsang
(jana.vogelsang@rheinau-versicherung.example, Durchwahl -3320).

Ihre Nachricht wird nicht automatisch weitergeleitet.

Mit freundlichen Grüßen
Jens Pfeilschifter
"""
    m = mail("Jens Pfeilschifter <jens.pfeilschifter@rheinau-versicherung.example>",
             "Hanne Brinkötter <hanne.brinkoetter@rheinau-versicherung.example>",
             "Abwesend: Musterbrief LA-09 Heilpraktiker zur Fachprüfung",
             "Thu, 21 May 2026 16:16:30 +0200", body,
             headers=[("Auto-Submitted", "auto-replied")],
             msgid="<ooo-pfeilschifter-0521@rheinau-versicherung.example>")
    return m, N, "de", "internal", "internal out-of-office reply, no data"


def m149():
    body = """Dear Mr O'Callaghan,

please find your annual commission statement 2025 below, for your tax
return.

Agent:            Brendan O'Callaghan, insurance broker (sole trader),
                  broker no. VM-51207
Tax ID (IdNr.):   64 218 903 577
Tax number:       47/119/33820, Finanzamt Heidelberg
Bank account:     DE12 2004 1522 0830 0164 52

                                   2025
New business commission      EUR 31,418.20
Renewal commission           EUR 12,906.75
Clawbacks                    EUR -1,204.90
Bonus (volume target met)    EUR  2,500.00
Total paid                   EUR 45,620.05

Commission is VAT-exempt under § 4 No. 11 UStG. We report these
payments to the tax office as required.

Kind regards
Rheinau Sales Accounting
"""
    m = mail("Rheinau Sales Accounting <provision@rheinau-versicherung.example>",
             "Brendan O'Callaghan <brendan@ocallaghan-insurance.example>",
             "Annual commission statement 2025 – VM-51207",
             "Thu, 22 Jan 2026 08:00:00 +0100", body,
             msgid="<prov-annual-2025-vm51207@rheinau-versicherung.example>")
    return m, C, "en", "insurer-to-broker", "sole-trader broker's income, tax ID, tax number and IBAN"


def m150():
    body = """Sehr geehrter Herr Gündoğdu,

bei einer Prüfung haben wir festgestellt, dass wir die Rechnung des
Klinikums Am Weinberg für Ihren stationären Aufenthalt vom 12. bis
16.01.2026 (laparoskopische Cholezystektomie bei symptomatischer
Cholezystolithiasis) zweimal bezahlt haben:

- am 29.01.2026 direkt an das Klinikum (Direktabrechnung)
- am 03.02.2026 an Sie, nachdem Sie die Rechnung zusätzlich über die
  App eingereicht hatten

Vertrag:        KV 7703-40119-8
Betrag:         5.472,36 EUR

Wir bitten Sie, den doppelt erhaltenen Betrag bis zum 15.03.2026 auf
unser Konto zurückzuzahlen:

Rheinau Krankenversicherung AG
IBAN DE98 5019 0088 0009 8761 23
Verwendungszweck: RF-KV770340119-01

Ist Ihnen eine Zahlung in einem Betrag nicht möglich, bieten wir gern
Raten an. Den Chefarzt-Anteil (wahlärztliche Leistungen) hatten wir
korrekt nur einmal erstattet; er ist nicht betroffen.

Mit freundlichen Grüßen
Jens Pfeilschifter
Leistung stationär
"""
    m = mail("Jens Pfeilschifter <stationaer.kv@rheinau-versicherung.example>",
             "Serkan Gündoğdu <serkan.guendogdu@anatolia-mail.example>",
             "Rückforderung Doppelzahlung – KV 7703-40119-8",
             "Tue, 17 Feb 2026 09:35:00 +0100", body,
             msgid="<rf-kv770340119@rheinau-versicherung.example>")
    return m, S, "de", "insurer-to-customer", "repayment demand for double-paid hospital bill: gallbladder surgery of a named insured"

# ================================================================ driver

def _iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _creditor_id_ok(s):
    """SEPA creditor ID: check digits over national ID + country + '00'."""
    s = s.replace(" ", "").upper()
    n = int("".join(str(int(c, 36)) for c in s[7:] + s[:2] + "00"))
    return 98 - n % 97 == int(s[2:4])


def all_mails():
    fns = [globals()["m%03d" % i] for i in range(1, 151)]
    out = []
    for i, fn in enumerate(fns, 1):
        msg, label, lang, kind, reason = fn()
        assert label in EXPECT, (fn.__name__, label)
        assert "\t" not in reason and "\n" not in reason
        _fix_boundaries(msg, "%03d" % i)
        out.append(("d%s-%04d.eml" % (NN, i), msg, label, lang, kind, reason))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fn, msg, label, lang, kind, reason in all_mails():
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes(policy=P))
        rows.append("\t".join([fn, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails" % (len(rows) - 1))


IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")


def _texts(part, found):
    """Collect decoded text of every leaf (text parts, office/pdf members)."""
    ct = part.get_content_type()
    if part.is_multipart():
        for p in part.iter_parts():
            _texts(p, found)
        return
    if ct == "message/rfc822":
        for p in part.get_payload():
            _texts(p, found)
        return
    data = part.get_payload(decode=True) or b""
    if part.get_content_maintype() == "text":
        found.append(part.get_content())
    elif data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        for n in z.namelist():
            found.append(z.read(n).decode("utf-8", "replace"))
    elif data[:5] == b"%PDF-":
        assert data.rstrip().endswith(b"%%EOF")
        found.append(data.decode("cp1252", "replace"))


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad header")
    rows = [l.split("\t") for l in lines[1:]]
    counts = {k: 0 for k in EXPECT}
    langs = {}
    files = sorted(os.listdir(OUT))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        errors.append("mail files differ from expected list")
    if [r[0] for r in rows] != want:
        errors.append("labels.tsv rows differ from expected list")
    traps = 0
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % r)
            continue
        fn, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        if reason.startswith("trap:"):
            traps += 1
            if label != N:
                errors.append("%s: trap but not NORMAL" % fn)
        raw = open(os.path.join(OUT, fn), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF" % fn)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append("%s: missing %s" % (fn, h))
        for h in ("From", "To", "Cc", "Reply-To"):
            for a in (msg.get_all(h) or []):
                for ad in a.addresses:
                    if ad.addr_spec and not ad.domain.endswith(".example"):
                        errors.append("%s: non-.example address %s" % (fn, ad.addr_spec))
        if not msg["From"].addresses[0].domain.endswith("rheinau-versicherung.example"):
            errors.append("%s: not sent from the insurer" % fn)
        found = []
        try:
            _texts(msg, found)
        except Exception as e:  # noqa
            errors.append("%s: cannot decode parts: %s" % (fn, e))
        for t in found:
            for mm in IBAN_RE.finditer(t):
                cand = mm.group(0)
                if cand[4:7] == "ZZZ":  # SEPA creditor identifier
                    if not _creditor_id_ok(cand):
                        errors.append("%s: creditor ID fails checksum: %s" % (fn, cand))
                    continue
                if cand[:2] in ("DE", "AT", "NL", "GB", "CH", "FR") and len(cand.replace(" ", "")) >= 18:
                    if not _iban_ok(cand):
                        errors.append("%s: IBAN fails checksum: %s" % (fn, cand))
    for k, v in EXPECT.items():
        if counts.get(k) != v:
            errors.append("label %s: %s, expected %d" % (k, counts.get(k), v))
    if traps < 40:
        errors.append("only %d traps" % traps)
    print("labels:", counts, "langs:", langs, "traps:", traps)
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK: 150 mails parsed, labels and counts valid")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
