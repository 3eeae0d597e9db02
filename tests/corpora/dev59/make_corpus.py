#!/usr/bin/env python3
"""Generator for corpus dev59 (seed 59): correspondence between doctors, hospitals,
therapists, pharmacies, care services, billing centres and the invented composite insurer
Kranichstein Versicherungsgruppe.

Every mail is written by hand in its own function m001 ... m150. The helpers below only
turn that hand-written content into MIME (Python email, policy=SMTP, CRLF) or into a file
format (XLSX, ODS, DOCX, ODT, PDF, ZIP) built with the standard library, so the output
is byte-for-byte deterministic.

    python make_corpus.py           writes mails/d59-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses every file and validates the counts
"""
import io
import os
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from xml.sax.saxutils import escape as _x

SEED = 59  # kept for the record; nothing here is random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"
ZDATE = (2026, 11, 2, 8, 0, 0)

# ---------------------------------------------------------------- MIME helpers

def mail(n, frm, to, subject, date, text=None, html=None, cc=None, charset="utf-8",
         cte=None, flowed=False, reply_to=None, in_reply_to=None, extra=None, atts=()):
    """Build one message. text only -> text/plain; html only -> text/html;
    both -> multipart/alternative; atts -> multipart/mixed."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<d59.%04d.%s@%s>" % (n, "k7r%03d" % (n * 7 % 1000), frm.split("@")[-1].strip(">"))
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    for a in atts:
        kind = a[0]
        if kind == "msg":
            m.add_attachment(a[1])
        elif kind == "text":
            _, fname, sub, content, cs = a
            m.add_attachment(content, subtype=sub, charset=cs, filename=fname)
        else:
            _, fname, mt, data = a
            ma, su = mt.split("/")
            m.add_attachment(data, maintype=ma, subtype=su, filename=fname)
    k = 0
    for part in m.walk():  # fixed boundaries keep the output deterministic
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("=_d59_%04d_%02d_kr" % (n, k))
    return m


def inner(frm, to, subject, date, text, mid, charset="utf-8", cc=None):
    """A forwarded message (message/rfc822) as it was received."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    m["MIME-Version"] = "1.0"
    m.set_content(text, charset=charset)
    return m


def att(fname, mt, data):
    return ("bin", fname, mt, data)


def txt(fname, sub, content, cs="utf-8"):
    return ("text", fname, sub, content, cs)


def fwd(msg):
    return ("msg", msg)

# ---------------------------------------------------------------- file formats

def _zip(files, store_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == store_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipped(files):
    """files: list of (name, bytes) -> ZIP bytes"""
    return _zip(files)


def _colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheet name, rows); rows are lists of str/int/float."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb_sheets, wb_rels, files = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_colname(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    ct.append('</Types>')
    out = [("[Content_Types].xml", "".join(ct)),
           ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
           ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % "".join(wb_sheets)),
           ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))]
    return _zip([(a, b.encode("utf-8")) for a, b in out + files])


def docx(blocks):
    """blocks: str (paragraph) or list of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        else:
            rows = "".join("<w:tr>%s</w:tr>" % "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c)) for c in row) for row in b)
            body.append('<w:tbl>%s</w:tbl>' % rows)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % "".join(body))
    files = [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
             ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
             ("word/document.xml", doc)]
    return _zip([(a, b.encode("utf-8")) for a, b in files])


def _odf(mimetype, body_xml):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:office-value="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"')
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>%s</office:body></office:document-content>' % (ns, body_xml)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype.encode()), ("META-INF/manifest.xml", manifest.encode()),
                 ("content.xml", content.encode("utf-8"))], store_first="mimetype")


def odt(paras):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _x(p) for p in paras))


def ods(sheets):
    t = []
    for name, rows in sheets:
        rr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
            rr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        t.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(rr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(t))


def pdf(lines, title="Dokument"):
    """Simple one- or multi-page PDF, Helvetica, WinAnsi, uncompressed text (extractable)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 52] for i in range(0, len(lines), 52)] or [[]]
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    nxt = 4
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for ln in pg:
            ops.append("(%s) '" % esc(ln))
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252", "replace")
        objs[nxt] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[nxt + 1] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % nxt).encode()
        kids.append(nxt + 1)
        nxt += 2
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    objs[nxt] = ("<< /Title (%s) /Producer (d59) >>" % esc(title)).encode("cp1252", "replace")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (nxt + 1)
    for i in range(1, nxt + 1):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nxt + 1, nxt, xref)
    return bytes(out)


def ics(uid, start, end, summary, location, description, organizer, stamp="20261102T080000Z"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kranichstein//Termine//DE", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp, "DTSTART:" + start, "DTEND:" + end,
             "SUMMARY:" + summary, "LOCATION:" + location, "DESCRIPTION:" + description.replace("\n", "\\n"),
             "ORGANIZER:mailto:" + organizer, "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
PDF = "application/pdf"
ZIP = "application/zip"
ICS = "text/calendar"

# ---------------------------------------------------------------- the mails
# Each function returns (message, label, lang, kind, reason).
# Insurer: Kranichstein Versicherungsgruppe, domain kranichstein.example
# (Kranichstein Krankenversicherung AG, Kranichstein Lebensversicherung AG,
#  Kranichstein Allgemeine Versicherung AG; international health: Kranichstein Global Health).


def m001():
    body = """Sehr geehrte Frau Dr. Wenzel,

Ihr Patient, Herr Gerd Lamprecht (geb. 14.02.1961), ist bei uns krankenversichert und
bezieht seit dem 28.09.2026 Krankentagegeld aus Tarif KT 43. Die bisherigen
Arbeitsunfähigkeitsbescheinigungen nennen als Diagnose M54.4 G (Lumboischialgie).

Da die AU inzwischen über sechs Wochen andauert, bitten wir Sie um einen kurzen
ärztlichen Befundbericht (Formular KT-B, liegt bei) mit folgenden Angaben:

  1. aktuelle Beschwerden und klinischer Befund
  2. bisherige Therapie (Medikation, Physiotherapie, ggf. Injektionen)
  3. Ergebnis der Bildgebung, falls ein MRT LWS erfolgt ist
  4. voraussichtliche Dauer der Arbeitsunfähigkeit

Eine Schweigepflichtentbindungserklärung von Herrn Lamprecht vom 02.10.2026 liegt uns vor;
eine Kopie senden wir Ihnen auf Wunsch gern zu. Die Kosten für den Bericht erstatten
wir nach GOÄ Nr. 75 (Ihre Rechnung bitte mit Angabe unseres Zeichens).

Vertragsnummer: KV-2210-558741
Unser Zeichen: LK/OBD/26-11873

Mit freundlichen Grüßen

Jana Oberdorfer
Leistungsabteilung Kranken – Krankentagegeld
Kranichstein Krankenversicherung AG
Rhönring 40, 64289 Darmstadt
Tel. 06151 4470-2318
"""
    m = mail(1, "Jana Oberdorfer <jana.oberdorfer@kranichstein.example>",
             "Praxis Dr. med. Ulrike Wenzel <praxis@praxis-wenzel.example>",
             "Anforderung Befundbericht – Krankentagegeld, Unser Zeichen LK/OBD/26-11873",
             "Mon, 02 Nov 2026 09:12:40 +0100", text=body, cte="quoted-printable")
    return m, S, "de", "insurer-to-doctor", "named patient with birth date, KT benefit, ICD M54.4 G, request for medical report"


def m002():
    body = """Hallo zusammen,

kurze Info aus dem Servicedesk zu INC-0048812 ("OCR erkennt Apothekenbelege schlecht"):

Seit dem Update der Erfassungssoftware am 27.10. ist die automatische Erkennungsrate
bei Rezept- und Apothekenbelegen von 91 % auf 74 % gefallen. Betroffen sind vor allem
Kassenbons mit Thermodruck und Belege mit PZN-Barcode am unteren Rand. Arztrechnungen
nach GOÄ und Krankenhausrechnungen laufen normal.

Workaround bis zum Fix: Belegklasse "APO" in der Scanstraße 2 manuell auf
Profil "Thermo-hell" stellen. Der Hersteller hat ein Patch für KW 46 zugesagt.

Es wurden keine Belege falsch zugeordnet, es fehlt nur die Vorbelegung der Felder,
die Kolleg*innen in der Erfassung tippen also mehr.

Gruß
Jonas Pfeffer
IT-Servicedesk, Team Input-Management
Durchwahl -1190
"""
    m = mail(2, "Jonas Pfeffer <jonas.pfeffer@kranichstein.example>",
             "Leistung Kranken Teamleitungen <tl-leistung-kranken@kranichstein.example>",
             "INC-0048812 OCR-Erkennung Apothekenbelege – Zwischenstand",
             "Mon, 02 Nov 2026 10:03:17 +0100", text=body)
    return m, N, "de", "internal", "trap: IT ticket about OCR of pharmacy receipts and doctors' invoices, no person or case"


def m003():
    body = """Sehr geehrte Frau Dr. Wenzel,

vielen Dank für Ihre Schadenmeldung. Wir haben den Leitungswasserschaden unter der
Schadennummer SA-26-0931457 angelegt. Ihr Vertrag PI-4471-2209 (Praxis-Inhaltsversicherung,
Versicherungsort Heinrichstraße 112, 64283 Darmstadt) ist beitragsfrei gestellt bis
31.12.2026 – das ist für die Regulierung unerheblich, Versicherungsschutz besteht.

Für die weitere Bearbeitung benötigen wir noch:
- Fotos der beschädigten Einrichtung (Empfangstresen, Aktenschrank Raum 3)
- Kostenvoranschlag für die Trocknung
- Rechnung oder Anschaffungsbeleg des Ultraschallgeräts, falls dieses ebenfalls betroffen ist

Ein Sachverständiger der Firma Trockenbau Wiesenthal wird sich bei Ihnen melden.

Mit freundlichen Grüßen
Nina Schwab
Schadenabteilung Sach/Gewerbe
Kranichstein Allgemeine Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Ulrike Wenzel <praxis@praxis-wenzel.example>
Gesendet: Freitag, 30. Oktober 2026 18:41
An: schaden-sach@kranichstein.example
Betreff: Wasserschaden Praxis

Guten Abend,
heute morgen stand in meiner Praxis das Wasser im Empfangsbereich, Ursache war ein
geplatzter Schlauch am Spülmaschinenanschluss in der Teeküche. Der Boden ist durch,
der Tresen unten aufgequollen. Sprechstunde läuft im Notbetrieb. Bitte melden Sie sich.
Vertragsnr. müsste PI-4471-2209 sein.
U. Wenzel
"""
    m = mail(3, "Nina Schwab <nina.schwab@kranichstein.example>",
             "Ulrike Wenzel <praxis@praxis-wenzel.example>",
             "AW: Wasserschaden Praxis – Schaden-Nr. SA-26-0931457",
             "Tue, 03 Nov 2026 08:47:05 +0100", text=body,
             in_reply_to="<20261030184100.4471@praxis-wenzel.example>")
    return m, C, "de", "insurer-to-doctor", "sole practitioner (natural person) with practice contents policy, claim number and insured address; no health data"


def m004():
    text = """Dear Ms Pritchard,

Guarantee of Payment - Kranichstein Global Health

Member: Ms Fiona Gallagher
Date of birth: 04/07/1988
Policy no.: KGH-7730112 (Plan: Global Premier, in-patient and day-case, no excess)
Admission: 12 November 2026, St Aldhelm's Private Hospital, day case
Procedure: laparoscopic cholecystectomy (OPCS J18.3)
Diagnosis: symptomatic cholelithiasis (ICD-10 K80.20)
Consultant: Mr Edward Lyle FRCS

We confirm cover for the above admission up to GBP 9,800.00 including theatre,
anaesthetist and one night's stay should conversion to overnight be required.
Please send the final invoice with the discharge summary to claims@kranichstein-global.example.

Kind regards,
Olivia Hartigan
Medical Case Manager, Kranichstein Global Health
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms Pritchard,</p>
<p><b>Guarantee of Payment - Kranichstein Global Health</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Member</td><td>Ms Fiona Gallagher</td></tr>
<tr><td>Date of birth</td><td>04/07/1988</td></tr>
<tr><td>Policy no.</td><td>KGH-7730112 (Global Premier, in-patient and day-case, no excess)</td></tr>
<tr><td>Admission</td><td>12 November 2026, St Aldhelm's Private Hospital, day case</td></tr>
<tr><td>Procedure</td><td>laparoscopic cholecystectomy (OPCS J18.3)</td></tr>
<tr><td>Diagnosis</td><td>symptomatic cholelithiasis (ICD-10 K80.20)</td></tr>
<tr><td>Consultant</td><td>Mr Edward Lyle FRCS</td></tr>
</table>
<p>We confirm cover for the above admission up to GBP 9,800.00 including theatre, anaesthetist and one night's stay
should conversion to overnight be required. Please send the final invoice with the discharge summary to
claims@kranichstein-global.example.</p>
<p>Kind regards,<br>Olivia Hartigan<br>Medical Case Manager, Kranichstein Global Health</p>
</body></html>"""
    m = mail(4, "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "Rebecca Pritchard <admissions@staldhelms-hospital.example>",
             "GOP 26-44017 / Gallagher", "Tue, 03 Nov 2026 11:20:33 +0000", text=text, html=html)
    return m, S, "en", "insurer-to-hospital", "guarantee of payment: named member, DOB, diagnosis K80.20, procedure"


def m005():
    text = """KRANICHSTEIN GLOBAL HEALTH - PROVIDER BULLETIN, November 2026

1) New direct-billing portal
From 1 December 2026 network hospitals can submit pre-authorisation requests and
invoices through the provider portal. Paper and e-mail submissions will still be
accepted until 31 March 2027.

2) What a complete pre-authorisation request contains
  - Member name and policy number exactly as on the member card
  - Planned procedure with code (CPT, OPCS or local equivalent)
  - Provisional diagnosis (ICD-10)
  - Estimated length of stay and cost estimate
Example (fictitious): "[Member Name], policy KGH-0000000, knee arthroscopy,
ICD-10 M23.2, 1 night, estimate USD 7,500". Please never send real member data to
the bulletin reply address.

3) Turnaround times
Median time to a guarantee of payment was 3.1 working hours in Q3 (Q2: 4.4).
92 % of elective requests were answered within one working day.

4) Contact
provider.relations@kranichstein-global.example - please do not reply to this bulletin.

You receive this bulletin because your facility is a contracted provider.
"""
    m = mail(5, "Kranichstein Global Health Provider Relations <bulletin@kranichstein-global.example>",
             "network-providers@lists.kranichstein-global.example",
             "Provider Bulletin 11/2026: direct-billing portal, pre-authorisation checklist",
             "Wed, 04 Nov 2026 07:00:00 +0000", text=text)
    return m, N, "en", "newsletter", "trap: provider newsletter with ICD example and placeholder member, aggregate turnaround figures"


def m006():
    body = """Dear Ms Brennan,

thank you for your letter of 29 October. We have updated the payee details for your
practice in our provider file (provider ID P-IE-20417):

  Account holder: Niamh Brennan
  Bank: AIB
  IBAN: IE66 AIBK 9320 8645 0123 87
  BIC: AIBKIE2D

The change applies to all remittances from 9 November 2026 onwards. Payments
already released (remittance batch 26-44) will still go to the old account ending 6391.

Please let us know straight away if you did not request this change.

Best regards,
Mark Fenwick
Provider Finance, Kranichstein Global Health
Kranichstein Versicherungsgruppe, Rhönring 40, 64289 Darmstadt, Germany
"""
    m = mail(6, "Mark Fenwick <mark.fenwick@kranichstein-global.example>",
             "Niamh Brennan Physiotherapy <niamh@brennan-physio.example>",
             "Your payee details - provider P-IE-20417",
             "Wed, 04 Nov 2026 14:31:52 +0000", text=body)
    return m, C, "en", "insurer-to-therapist", "sole-trader physiotherapist's personal IBAN; no patient data"


def m007():
    body = """Liebe Kolleginnen und Kollegen,

der Gesellschaftsärztliche Dienst zieht am Freitag, 20.11., vom 2. ins 3. OG (Räume
3.14 bis 3.19). Bitte packt bis Donnerstagabend eure Schreibtische in die Umzugskisten,
die ab Montag im Flur stehen. Telefonnummern bleiben gleich, die Drucker werden erst
Montag früh umgehängt.

Der Besprechungsraum "Odenwald" ist am 20.11. deshalb komplett gesperrt.

Danke und viele Grüße
Sabine Gerhold
Assistenz Gesellschaftsärztlicher Dienst
"""
    m = mail(7, "Sabine Gerhold <sabine.gerhold@kranichstein.example>",
             "GAD alle <gad@kranichstein.example>",
             "Umzug GAD am 20.11. – bitte Kisten packen",
             "Wed, 04 Nov 2026 16:05:11 +0100", text=body, flowed=True)
    return m, N, "de", "internal", "office move of the medical department, organisational only"


def m008():
    orig = """Sehr geehrte Damen und Herren,

unsere gemeinsame Patientin Frau Heike Brüning (Ihre Versicherungsnummer 4471-883-02)
ist bei uns in Behandlung nach Knie-TEP re. (OP am 14.08.2026, Klinikum Bergstraße-Süd).
Die Verordnung von Dr. Brandl lautet auf KG 6x + MLD 6x, Diagnose Z96.65 / M17.1.
Frau Brüning hat noch deutliches Streckdefizit (0-10-95) und Schwellung.

Wir würden gerne direkt eine Folgeverordnung über KG am Gerät 10x abrechnen, da der
Arzt erst im Dezember wieder Termine hat. Übernehmen Sie das ohne neue Verordnung?
Die Patientin ist Privatpatientin und hat uns gebeten, bei Ihnen nachzufragen.

Mit freundlichen Grüßen
Lennart Sommer
Physiotherapie Sommer, Ludwigstraße 7, 64823 Groß-Umstadt
"""
    fw = inner("Lennart Sommer <info@physio-sommer.example>", "leistung-kranken@kranichstein.example",
               "Anfrage Folgeverordnung Pat. Brüning", "Thu, 05 Nov 2026 12:16:40 +0100", orig,
               "<5d1b2c.sommer@physio-sommer.example>")
    body = """Hallo Herr Dr. Issing,

anbei die Anfrage der Physiopraxis zu Frau Brüning. Tarif KV-Komfort, Heilmittel 80 %.
Können wir die KG am Gerät ohne neue Verordnung zusagen oder brauchen wir eine ärztliche
Begründung? Ich würde der Praxis gern bis Montag antworten.

Danke und Gruß
Tobias Wendland
Leistung Kranken – ambulant
"""
    m = mail(8, "Tobias Wendland <tobias.wendland@kranichstein.example>",
             "Dr. Malte Issing <malte.issing@kranichstein.example>",
             "WG: Anfrage Folgeverordnung Pat. Brüning", "Thu, 05 Nov 2026 13:02:09 +0100",
             text=body, atts=[fwd(fw)])
    return m, S, "de", "therapist", "forwarded therapist mail (message/rfc822): named patient, knee replacement, ICD Z96.65/M17.1, findings"


def m009():
    body = """Sehr geehrte Damen und Herren,
liebe Gutachterinnen und Gutachter unseres Netzwerks,

wir laden Sie herzlich zu unserer Fortbildung ein:

  "Begutachtung der Berufsunfähigkeit – was ein gutes Gutachten ausmacht"
  Mittwoch, 9. Dezember 2026, 15:00–18:30 Uhr
  Kranichstein Forum, Rhönring 40, Darmstadt, und online

Themen:
  - Leistungsbild und Funktionseinschränkung statt Diagnoseliste
  - Psychische Erkrankungen in der BU: Beschwerdevalidierung
  - Orthopädische Gutachten: Messblatt, Bewegungsumfänge, Konsistenz
  - Abrechnung nach JVEG vs. frei vereinbartes Honorar

Die Veranstaltung ist bei der Landesärztekammer Hessen mit 4 CME-Punkten beantragt.
Die Teilnahme ist kostenfrei. Bitte melden Sie sich bis 25.11. über den Link im
beigefügten Kalendereintrag oder per Antwort an.

Mit freundlichen Grüßen
Dr. med. Henrike Salzmann
Leitende Beratungsärztin, Kranichstein Lebensversicherung AG
"""
    cal = ics("cme-bu-20261209@kranichstein.example", "20261209T140000Z", "20261209T173000Z",
              "Fortbildung: Begutachtung der Berufsunfähigkeit (4 CME beantragt)",
              "Kranichstein Forum, Rhönring 40, Darmstadt / online",
              "Fortbildung für Gutachterinnen und Gutachter.\nAnmeldung per Antwort bis 25.11.2026.",
              "henrike.salzmann@kranichstein.example")
    m = mail(9, "Dr. Henrike Salzmann <henrike.salzmann@kranichstein.example>",
             "Gutachternetzwerk <gutachter-netzwerk@lists.kranichstein.example>",
             "Einladung Fortbildung BU-Begutachtung, 09.12.2026 (4 CME)",
             "Thu, 05 Nov 2026 15:44:00 +0100", text=body,
             atts=[att("Fortbildung_BU_2026-12-09.ics", ICS, cal)])
    return m, N, "de", "insurer-to-doctor", "trap: CME invitation for assessors (BU, psychiatric, orthopaedic topics) with ICS, no person"


def m010():
    body = """Sehr geehrte Frau Dr. Kowalczyk,

vielen Dank für Ihre Bewerbung als Beratungsärztin (m/w/d) in Teilzeit (Kennziffer
GAD-2026-07) und das freundliche Telefonat am Dienstag.

Wie besprochen fasse ich die Eckdaten aus Ihren Unterlagen zusammen, damit der
Fachbereich das zweite Gespräch vorbereiten kann:

  Name: Dr. med. Agnieszka Kowalczyk
  Geburtsdatum: 23.05.1979
  Fachärztin für Innere Medizin, derzeit Oberärztin, Kündigungsfrist 3 Monate zum Quartal
  Gehaltsvorstellung: 118.000 EUR brutto p. a. bei 30 Wochenstunden
  Anschrift: Am Herrngarten 3, 64295 Darmstadt

Als Termin für das Zweitgespräch können wir Donnerstag, 19.11., 10:00 Uhr anbieten
(Dr. Salzmann und ich). Bitte bestätigen Sie kurz.

Freundliche Grüße
Lea Voskuhl
Personalgewinnung
Kranichstein Versicherungsgruppe
"""
    m = mail(10, "Lea Voskuhl <lea.voskuhl@kranichstein.example>",
             "Agnieszka Kowalczyk <a.kowalczyk@posteo-mail.example>",
             "Ihre Bewerbung GAD-2026-07 – Zweitgespräch",
             "Fri, 06 Nov 2026 09:30:12 +0100", text=body,
             cc="Dr. Henrike Salzmann <henrike.salzmann@kranichstein.example>")
    return m, C, "de", "insurer-to-applicant", "applicant (doctor) with birth date, salary expectation and home address; no health data"

def m011():
    body = """Sehr geehrter Herr Kollege Brandl,

vielen Dank für das Gutachten. Zu zwei Punkten hätte ich noch eine Rückfrage, bevor wir
die Invalidität abschließend bemessen:

1. Sie geben die Beweglichkeit des li. Handgelenks mit Ext/Flex 40-0-45 an, im
   Messblatt steht aber 45-0-40. Welche Angabe ist korrekt?
2. Die Gebrauchsminderung der Hand schätzen Sie auf 3/20 Handwert. Ist die
   radiologisch beschriebene beginnende Arthrose im Radiokarpalgelenk bereits
   berücksichtigt, oder sehen Sie hier eine Vorschädigung (Z.n. Kahnbeinfraktur li. 2009)?

Eine kurze ergänzende Stellungnahme genügt. Honorar wie vereinbart.

Mit kollegialen Grüßen
Dr. med. Malte Issing
Beratungsarzt Unfall / Orthopädie
Kranichstein Allgemeine Versicherung AG

> Am 03.11.2026 schrieb Dr. Florian Brandl <brandl@ortho-brandl-quast.example>:
> Sehr geehrte Damen und Herren,
> anbei das Gutachten zur Versicherten Marion Eschbach, UV-Nr. UV-5592-01173,
> Unfall vom 11.01.2026 (Sturz auf Glatteis).
> Dx: St.p. distaler Radiusfraktur li. (S52.51), ORIF mit palmarer Platte am 12.01.2026,
> ME am 20.07.2026. Residuell endgradige Bewegungseinschränkung, Kraftminderung
> (Jamar li. 18 kg vs. re. 27 kg), Beschwerden bei Belastung.
> Beurteilung: Dauerschaden, Invalidität 3/20 Handwert.
> MfG F. Brandl
"""
    m = mail(11, "Dr. Malte Issing <malte.issing@kranichstein.example>",
             "Dr. Florian Brandl <brandl@ortho-brandl-quast.example>",
             "AW: Gutachten Eschbach, UV-5592-01173 – Rückfrage",
             "Fri, 06 Nov 2026 11:18:45 +0100", text=body)
    return m, S, "de", "insurer-to-doctor", "accident claim of named insured: radius fracture S52.51, surgery, findings, invalidity assessment (partly in quote)"


def m012():
    rows = [["ICD-10 chapter", "Description", "Claims Q3 2026", "Paid EUR", "Share of paid"],
            ["II", "Neoplasms", 412, 3188400, "21.4 %"],
            ["IX", "Circulatory system", 655, 2241900, "15.0 %"],
            ["XIII", "Musculoskeletal system", 1873, 1920300, "12.9 %"],
            ["XV", "Pregnancy, childbirth", 298, 1410200, "9.5 %"],
            ["XI", "Digestive system", 927, 1102750, "7.4 %"],
            ["V", "Mental and behavioural", 344, 688900, "4.6 %"],
            ["other", "all other chapters merged", 6120, 4344800, "29.2 %"],
            ["", "Total", 10629, 14897250, "100.0 %"]]
    x = xlsx([("Q3 by chapter", rows),
              ("Notes", [["Source: claims DWH, extract 02/11/2026"], ["Cells below 20 claims merged into 'other'"], ["No member-level data in this file"]])])
    body = """Hi all,

attached are the Q3 paid claims by ICD-10 chapter for the international book, as
discussed on Monday. Neoplasms are up again (three large oncology cases in the Gulf
region drive most of it - I can walk you through it in the call, but that detail stays
out of the file). Musculoskeletal has the highest count as usual.

Let me know if you need the split by region for the Northfield Re meeting.

Cheers,
Priya
--
Priya Raman | Actuarial Analyst, Kranichstein Global Health
"""
    m = mail(12, "Priya Raman <priya.raman@kranichstein-global.example>",
             "KGH Management <kgh-management@kranichstein-global.example>",
             "Q3 claims by ICD chapter", "Fri, 06 Nov 2026 16:40:03 +0000", text=body,
             atts=[att("KGH_Q3_2026_claims_by_ICD_chapter.xlsx", XLSX, x)])
    return m, N, "en", "internal", "trap: aggregate claims by ICD chapter, small cells merged, no member"


def m013():
    body = """Sehr geehrter Herr Dreyer,

wir bestätigen den Eingang Ihrer Schadenanzeige zum Einbruch in der Nacht vom 4. auf
den 5. November.

Versicherungsnehmer: Michael Dreyer e.K., Löwen-Apotheke
Risikoort: Marktplatz 9, 64807 Dieburg
Vertrag: GI-3308-7712 (Geschäftsinhaltsversicherung inkl. Einbruchdiebstahl, Bargeld bis 2.500 EUR)
Schaden-Nr.: SA-26-0934022
Polizeiliches Aktenzeichen: ST/0918273/2026, PI Dieburg

Laut Ihrer Aufstellung wurden entwendet: Wechselgeld aus zwei Kassen (1.840 EUR),
ein Tablet des Botendienstes, sowie Kosmetik- und Freiwahlartikel im Wert von ca.
3.200 EUR (EK). Die aufgebrochene Hintertür wurde durch den Schlüsseldienst provisorisch
gesichert, die Rechnung (412,30 EUR) können Sie uns gleich mitschicken.

Bitte reichen Sie noch die Stehlgutliste ein, die Sie der Polizei übergeben haben.

Mit freundlichen Grüßen
Ralf Mertesacker
Schaden Gewerbe
Kranichstein Allgemeine Versicherung AG
"""
    m = mail(13, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Löwen-Apotheke Dieburg <m.dreyer@loewen-apotheke-dieburg.example>",
             "Ihre Schadenanzeige Einbruchdiebstahl – SA-26-0934022",
             "Mon, 09 Nov 2026 08:55:31 +0100", text=body)
    return m, C, "de", "insurer-to-pharmacy", "pharmacist e.K. (natural person) as policyholder, contract and claim number, risk address; no health data"


def m014():
    body = """Olivia,

FYI and for review by Dr Salzmann's team - discharge summary received from Al Noor
this morning, pasted below. They are asking us to settle the final bill (AED 148,350)
under the GOP we issued on the 1st. Length of stay went from 3 planned to 6 days.

Mark

---------- Forwarded message ---------
From: Medical Records <records@alnoor-harbour.example>
Date: Mon, 9 Nov 2026 at 06:12
Subject: Discharge Summary - MENON, Rajiv - MRN 0088127
To: claims@kranichstein-global.example

DISCHARGE SUMMARY
Patient: Rajiv MENON   DOB: 17-Mar-1969   Policy: KGH-6618090
Admitted: 01-Nov-2026 via ED   Discharged: 07-Nov-2026
Principal Dx: NSTEMI (I21.4)
Secondary: T2DM on metformin (E11.9), dyslipidaemia (E78.5), ex-smoker
Procedures: Coronary angiography 02-Nov: 90% proximal LAD stenosis -> PCI with 1 DES.
Course: Post-PCI groin haematoma managed conservatively, Hb drop 14.1 -> 11.2,
no transfusion. Echo: EF 48%, mild anterior hypokinesia.
Discharge meds: aspirin 100 mg od, ticagrelor 90 mg bd (12 months), atorvastatin 80 mg,
bisoprolol 2.5 mg, ramipril 2.5 mg, metformin 1 g bd.
Follow-up: Cardiology OPD in 2 weeks, cardiac rehab referral.
Dr. S. Haddad, Consultant Cardiologist
"""
    m = mail(14, "Mark Fenwick <mark.fenwick@kranichstein-global.example>",
             "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "Fwd: Discharge Summary - MENON, Rajiv - MRN 0088127",
             "Mon, 09 Nov 2026 09:40:18 +0000", text=body)
    return m, S, "en", "hospital", "inline-forwarded hospital discharge summary: named member, DOB, NSTEMI, PCI, medication"


def m015():
    d = docx([
        "Kranichstein Versicherungsgruppe",
        "Einwilligung und Schweigepflichtentbindung für die Erhebung von Gesundheitsdaten bei Dritten",
        "Versicherte Person: «Vorname» «Nachname», geb. am «Geburtsdatum»",
        "Vertragsnummer: «Vertragsnummer»",
        "Ich entbinde die nachfolgend genannten Ärztinnen und Ärzte, Krankenhäuser, Pflegeeinrichtungen und Therapeuten von ihrer Schweigepflicht, soweit die Kranichstein Versicherungsgruppe die Angaben für die Prüfung des Leistungsfalls benötigt:",
        [["Name / Einrichtung", "Anschrift", "Behandlungszeitraum"],
         ["«Arzt_1»", "«Anschrift_1»", "«Zeitraum_1»"],
         ["«Arzt_2»", "«Anschrift_2»", "«Zeitraum_2»"]],
        "Diese Erklärung gilt für die Dauer von zwei Jahren ab Unterschrift. Sie kann jederzeit mit Wirkung für die Zukunft widerrufen werden.",
        "Ort, Datum: ______________________   Unterschrift: ______________________",
        "Formular SE-07, Stand 10/2026"])
    body = """Sehr geehrte Frau Lorenz,

wie telefonisch besprochen sende ich Ihnen unser aktuelles Formular zur
Schweigepflichtentbindung (Stand 10/2026) als Word-Vorlage. Die Platzhalter in «»
füllt Ihre Praxissoftware bzw. der Patient aus. Ältere Fassungen (Stand 2019)
akzeptieren wir übergangsweise noch bis Ende März 2027.

Freundliche Grüße
Friederike Budde
Versorgungsmanagement / Kooperationen Leistungserbringer
Kranichstein Krankenversicherung AG
"""
    m = mail(15, "Friederike Budde <friederike.budde@kranichstein.example>",
             "Praxis Dr. Jovanović – Anmeldung <anmeldung@zahnarzt-jovanovic.example>",
             "Formular Schweigepflichtentbindung SE-07 (Vorlage)",
             "Mon, 09 Nov 2026 10:12:55 +0100", text=body,
             atts=[att("SE-07_Schweigepflichtentbindung_Vorlage.docx", DOCX, d)])
    return m, N, "de", "insurer-to-doctor", "trap: blank consent/confidentiality-release template with «placeholders»"


def m016():
    body = """Dear Dr Okafor,

welcome to the Kranichstein Global Health direct-billing network. To set up payments
we have recorded the details from your enrolment form as follows - please check them
carefully, since you practise as an individual and payments go to your personal account:

  Provider: Samuel A. Okafor, MD (sole practitioner), Family Medicine
  Practice address: 2207 Larkspur Avenue, Suite 4, Evanston, IL 60201
  Date of birth (for identity check): 11/29/1974
  NPI: 1649207738 (as stated)
  Bank: First Lakeshore Bank, routing 071902117, account ending 4417

Your provider ID is P-US-30988. Fee schedule and claims address are in the welcome pack
we sent by post.

Kind regards,
Mark Fenwick
Provider Finance, Kranichstein Global Health
"""
    m = mail(16, "Mark Fenwick <mark.fenwick@kranichstein-global.example>",
             "Samuel Okafor <dr.okafor@larkspur-familymed.example>",
             "Provider enrolment P-US-30988 - please verify your payee details",
             "Mon, 09 Nov 2026 15:05:27 +0000", text=body)
    return m, C, "en", "insurer-to-doctor", "individual doctor's date of birth and bank account; no patient"


def m017():
    body = """Sehr geehrte Mieterinnen und Mieter des Ärztehauses Luisenstraße 18,

im Auftrag der Eigentümerin, der Kranichstein Lebensversicherung AG, informieren wir
Sie über folgende Arbeiten:

  Aufzug (Personenaufzug mit Krankentragenmaß): TÜV-Hauptprüfung und Austausch
  der Türsteuerung am Dienstag, 24.11.2026, 7:00–15:00 Uhr.

In dieser Zeit ist der Aufzug außer Betrieb. Bitte informieren Sie Ihre Patientinnen
und Patienten mit Rollator oder Rollstuhl rechtzeitig und verlegen Sie ggf. Termine.
Der Rettungsdienst ist informiert; für Notfälle steht der Hausmeister mit einem
Treppensteiger bereit (Herr Kalb, 0171 5533201).

Die Praxen im EG (Radiologie, Apotheke) sind nicht betroffen.

Mit freundlichen Grüßen
Objektverwaltung Immobilien
Kranichstein Versicherungsgruppe – Kapitalanlagen Immobilien
"""
    m = mail(17, "Objektverwaltung <immobilien@kranichstein.example>",
             "Mieter Ärztehaus Luisenstraße <mieter-luisenstr18@lists.kranichstein.example>",
             "Ärztehaus Luisenstraße 18: Aufzug am 24.11. außer Betrieb",
             "Tue, 10 Nov 2026 08:00:00 +0100", text=body)
    return m, N, "de", "insurer-to-doctor", "trap: building notice to tenant practices, patients and wheelchair mentioned generically"


def m018():
    body = """Sehr geehrte Frau Kühnel,

vielen Dank für die Unterlagen zu Frau Irmgard Pohlmann (Versicherten-Nr. PV-7703-11482).

Wir haben Folgendes geprüft:
- Pflegegrad 3 ist seit 01.06.2026 festgestellt (Gutachten Medicproof vom 22.05.2026).
- Ihre Leistungsnachweise für Oktober 2026 (Pflegesachleistung, 38 Einsätze,
  Leistungskomplexe LK 1, 2, 4, 15) rechnen wir mit 1.497,00 EUR direkt mit Ihnen ab.
- Der Kostenvoranschlag für die Verhinderungspflege vom 14.–27.12.2026 (Urlaub der
  pflegenden Tochter) über 1.612,00 EUR ist genehmigt; das Budget 2026 reicht aus.

Bitte beachten Sie: Die Wundversorgung am re. Unterschenkel (Ulcus cruris) ist
Behandlungspflege nach SGB V und läuft über die ärztliche Verordnung, nicht über uns.

Mit freundlichen Grüßen
Heike Straub
Pflegeversicherung – Leistung
Kranichstein Krankenversicherung AG
"""
    m = mail(18, "Heike Straub <heike.straub@kranichstein.example>",
             "Pflegedienst Sonnenweg – Abrechnung <abrechnung@pflegedienst-sonnenweg.example>",
             "Frau Pohlmann, PV-7703-11482 – Leistungsnachweis Oktober / Verhinderungspflege",
             "Tue, 10 Nov 2026 11:34:48 +0100", text=body, charset="windows-1252", cte="quoted-printable")
    return m, S, "de", "insurer-to-care-service", "named care recipient: care level 3, services, leg ulcer; windows-1252 QP"


def m019():
    body = """Dear Mr Fenwick,

thank you for your enquiry regarding translation of medical documentation for your
international health team. Please find our 2027 rates below.

  German <> English, medical reports / discharge letters:   EUR 0.16 per source word
  Arabic, Thai, Turkish -> English, medical:                 EUR 0.21 per source word
  Certified translation (court-sworn translator), surcharge: EUR 25.00 per document
  Express (24 h), surcharge:                                 +40 %
  Minimum order:                                             EUR 45.00

All linguists are bound by confidentiality agreements and we can sign your data
processing agreement (Art. 28 GDPR) before the first order. Files are exchanged via our
encrypted upload portal only - please do not e-mail patient documents to us.

Best regards,
Annika Strömberg
Key Account Manager, Lingua Medica Übersetzungen GmbH
"""
    m = mail(19, "Mark Fenwick <mark.fenwick@kranichstein-global.example>",
             "Procurement <einkauf@kranichstein.example>",
             "Fw: Lingua Medica - rates 2027 medical translation",
             "Tue, 10 Nov 2026 13:20:00 +0000",
             text="Ute, as discussed - quote from Lingua Medica for the framework agreement. Mark\n\n---------- Forwarded message ----------\nFrom: Annika Strömberg <a.stroemberg@lingua-medica.example>\n\n" + body)
    return m, N, "en", "supplier", "trap: translation vendor price list for medical reports, no patient"


def m020():
    body = """Sehr geehrte Frau Hölzl,

zur Anpassung Ihrer Berufshaftpflichtversicherung (Vertrag BH-1187-3350) haben Sie uns
folgende Angaben gemacht:

  Versicherungsnehmerin: Sabine Hölzl, Ergotherapie Haus am Markt (Einzelunternehmen)
  Umsatz 2025: 186.400 EUR (netto), geplant 2026: ca. 240.000 EUR
  Angestellte Therapeutinnen: 3 (bisher 2)
  Zusätzlich: Hausbesuche in Pflegeeinrichtungen

Der neue Jahresbeitrag ab 01.01.2027 beträgt 684,20 EUR inkl. VersSt (bisher 512,90 EUR).
Die Deckungssumme bleibt bei 5 Mio. EUR pauschal für Personen- und Sachschäden.
Den Nachtrag erhalten Sie per Post. Der Beitrag wird wie bisher von Ihrem Konto
DE25 2605 0001 0290 3761 14 abgebucht.

Mit freundlichen Grüßen
Ralf Mertesacker
Gewerbe Haftpflicht
Kranichstein Allgemeine Versicherung AG
"""
    m = mail(20, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Sabine Hölzl <praxis@ergo-hausammarkt.example>",
             "Ihre Berufshaftpflicht BH-1187-3350 – Anpassung zum 01.01.2027",
             "Wed, 11 Nov 2026 09:02:14 +0100", text=body)
    return m, C, "de", "insurer-to-therapist", "sole-trader therapist: turnover figures, liability contract, IBAN; no health data"

def m021():
    csv = ("Rechnungsnr;Datum;GOÄ-Nr;Bezeichnung;Faktor;Betrag EUR\r\n"
           "PVS-26-771904;12.10.2026;1;Beratung;2,3;10,72\r\n"
           "PVS-26-771904;12.10.2026;5;Symptombezogene Untersuchung;2,3;10,72\r\n"
           "PVS-26-771904;12.10.2026;250;Blutentnahme;1,8;4,20\r\n"
           "PVS-26-771904;12.10.2026;3511;Untersuchung Stuhl auf Blut;1,15;4,03\r\n"
           "PVS-26-771904;19.10.2026;1;Beratung;3,5;16,32\r\n"
           "PVS-26-771904;19.10.2026;410;Ultraschall eines Organs (Abdomen);3,5;40,80\r\n"
           "PVS-26-771904;19.10.2026;420;Ultraschall weitere Organe (3x);2,3;80,42\r\n")
    body = """Sehr geehrte Damen und Herren,

zur Rechnung PVS-26-771904 (Patient: Tim Sauerbrey, geb. 03.09.1994, Behandlerin
Dr. med. Carla Neubeck, Innere Medizin) haben wir folgende Anmerkungen:

1. Für GOÄ Nr. 1 und Nr. 410 am 19.10.2026 ist der Faktor 3,5 angesetzt, ohne dass eine
   Begründung nach § 12 Abs. 3 GOÄ auf der Rechnung steht. "Erschwerte Untersuchung
   bei Adipositas" o. ä. würde genügen, soweit das zutrifft.
2. Nr. 420 ist höchstens dreimal je Sitzung berechnungsfähig – passt, aber bitte die
   untersuchten Organe angeben (laut beiliegendem Befund Leber, Gallenblase, Pankreas
   bei V.a. Cholezystolithiasis).

Bitte senden Sie uns eine korrigierte Rechnung oder die Begründung nach, dann erstatten
wir den Restbetrag. Die unstrittigen Positionen (116,09 EUR) sind bereits an den
Versicherten ausgezahlt. Aufstellung der Positionen anbei.

Mit freundlichen Grüßen
Tobias Wendland
Leistung Kranken – ambulant
Kranichstein Krankenversicherung AG
"""
    m = mail(21, "Tobias Wendland <tobias.wendland@kranichstein.example>",
             "PVS Rhein-Main – Rechnungsklärung <klaerung@pvs-rheinmain.example>",
             "Rechnung PVS-26-771904 – Begründung Steigerungsfaktor fehlt",
             "Wed, 11 Nov 2026 10:47:38 +0100", text=body,
             atts=[txt("Positionen_PVS-26-771904.csv", "csv", csv, "windows-1252")])
    return m, S, "de", "insurer-to-billing-centre", "doctor's invoice of named patient with birth date, GOÄ positions, suspected gallstones"


def m022():
    o = odt(["Protokoll Arbeitskreis Direktabrechnung Krankenhaus – Sitzung 06.11.2026",
             "Teilnehmende: Budde (Vorsitz), Wendland, Straub, Pfeffer (IT), Dr. Salzmann (GAD), Herr Tessmer (Klinikverbund Südhessen, Gast)",
             "TOP 1: Stand Direktabrechnung. 41 Kliniken rechnen per Datenträgeraustausch direkt mit uns ab; Anteil der direkt abgerechneten Fälle 2026 bisher 63 % (2025: 57 %).",
             "TOP 2: Rückläufer. Häufigster Rückweisungsgrund sind fehlende Wahlleistungsvereinbarungen (38 % der Rückläufer), gefolgt von falscher Versichertennummer (22 %).",
             "TOP 3: Prüfquote DRG. Die Beratungsärzte prüfen weiterhin stichprobenhaft 4 % der Fälle mit Verweildauer über der oberen Grenzverweildauer. Keine Änderung.",
             "TOP 4: Gast Klinikverbund. Wunsch nach elektronischer Kostenübernahmeerklärung binnen 24 h. IT prüft Machbarkeit bis Q1/2027.",
             "TOP 5: Verschiedenes. Nächste Sitzung 15.01.2027.",
             "Protokoll: F. Budde"])
    body = """Hallo zusammen,

anbei das Protokoll vom 06.11. Bitte Korrekturen bis Freitag an mich, danach geht es
an den Verteiler Leistung.

Viele Grüße
Friederike
"""
    m = mail(22, "Friederike Budde <friederike.budde@kranichstein.example>",
             "AK Direktabrechnung <ak-direktabrechnung@kranichstein.example>",
             "Protokoll AK Direktabrechnung 06.11.2026",
             "Wed, 11 Nov 2026 15:22:10 +0100", text=body,
             atts=[att("Protokoll_AK_Direktabrechnung_2026-11-06.odt", ODT, o)])
    return m, N, "de", "internal", "trap: minutes on hospital direct billing, DRG audit quotas, aggregate shares only"


def m023():
    body = """Dear Dr Whitcombe,

thank you for choosing Kranichstein for your car insurance while you work as a locum in
Germany. As requested, here is your electronic insurance confirmation (eVB) so that you can
register the car at the Kfz-Zulassungsstelle:

  eVB number: K7QW2MX
  Policyholder: Dr Hannah Whitcombe, Mühltalstraße 61, 64297 Darmstadt
  Vehicle: VW Golf Variant, VIN WVWZZZCDZNW118734
  Cover requested: third-party liability + comprehensive (Vollkasko, EUR 500 excess)
  Start date: 16 November 2026

The eVB is valid for six months. Once the car is registered, the registration office
informs us automatically and you will receive your policy schedule.

Your no-claims history from the UK (7 years) can be credited once you send us the
letter from your previous insurer.

Kind regards,
Jonas Albrecht
Motor Insurance Service, Kranichstein Allgemeine Versicherung AG
"""
    m = mail(23, "Jonas Albrecht <jonas.albrecht@kranichstein.example>",
             "Hannah Whitcombe <h.whitcombe@locum-mail.example>",
             "Your eVB for car registration",
             "Thu, 12 Nov 2026 09:15:00 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "locum doctor's private motor insurance: eVB, VIN, home address; no health"


def m024():
    body = """Dear Dr Castellano,

thank you for the prompt reply. To complete our review we still need the operative
report and the pre-operative MRI report for Mr Baumgart. Your note mentions a "complex
tear" only; for the cost estimate of USD 41,200 we need to understand why a meniscal
repair plus ACL reconstruction was chosen over partial meniscectomy.

Mr Baumgart's signed authorization for release of medical information is attached
again (he signed our form on 2 November, it covers your practice).

Best regards,
Dr. med. Malte Issing
Medical Adviser, Kranichstein Global Health

On Wed, Nov 11, 2026 at 4:51 PM, Dr. Luis Castellano <lcastellano@bayside-ortho.example> wrote:
> Dear Dr Issing,
> Mr Nils Baumgart (DOB 08/16/1991, your ref. KGH-5120447) was seen on Oct 30
> after a skiing injury in Colorado. Exam: positive Lachman, effusion, medial joint
> line tenderness. MRI: complete ACL rupture, complex tear posterior horn medial
> meniscus. Plan: ACL reconstruction (hamstring autograft) + meniscal repair,
> scheduled Nov 19. Please confirm coverage asap.
> Luis Castellano, MD, Bayside Orthopedics
"""
    m = mail(24, "Dr. Malte Issing <malte.issing@kranichstein-global.example>",
             "Dr. Luis Castellano <lcastellano@bayside-ortho.example>",
             "RE: Pre-authorization request - Baumgart",
             "Thu, 12 Nov 2026 08:02:44 +0000", text=body,
             atts=[att("Authorization_Baumgart_signed.pdf", PDF, pdf([
                 "Kranichstein Global Health - Authorization for Release of Medical Information",
                 "Member: Nils Baumgart   Policy: KGH-5120447   Date of birth: 16 Aug 1991",
                 "I authorize Bayside Orthopedics and any treating physician to release to",
                 "Kranichstein Global Health records relating to my knee injury of October 2026.",
                 "Signed: N. Baumgart   Date: 02 Nov 2026"], "Authorization"))])
    return m, S, "en", "insurer-to-doctor", "pre-authorisation: named member, DOB, ACL rupture, meniscal tear, signed authorization PDF"


def m025():
    body = """Hi Tom,

as agreed on the phone, here is the job ad for the adviser role. Please post it on your
board and LinkedIn channel; applications go to karriere@kranichstein.example with
reference KGH-2026-11.

------------------------------------------------------------
Medical Claims Adviser (m/f/d) - International Health
Darmstadt or remote within Germany, full-time or 80 %

Your tasks
- Review pre-authorisation requests and hospital invoices from our global network
- Assess medical necessity using clinical guidelines (ICD-10, CPT, OPCS)
- Case management for complex in-patient cases, liaison with treating physicians
- Support our medical advisers in cost-containment projects

Your profile
- Registered nurse, paramedic or medical coder with 3+ years of clinical experience
- Fluent English; German or Arabic a plus
- Confident with medical terminology and hospital billing

We offer
- Salary band EUR 52,000 - 61,000 depending on experience, 30 days leave
- Company pension and private supplementary health insurance
------------------------------------------------------------

Thanks,
Lea Voskuhl | Talent Acquisition | Kranichstein Versicherungsgruppe
"""
    m = mail(25, "Lea Voskuhl <lea.voskuhl@kranichstein.example>",
             "Tom Harkins <tom@medrecruit-partners.example>",
             "Job ad KGH-2026-11 Medical Claims Adviser",
             "Thu, 12 Nov 2026 10:30:00 +0100", text=body)
    return m, N, "en", "insurer-to-supplier", "trap: job ad with clinical terms and salary band, no person"


def m026():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>für die nachstehende Patientin erteilen wir folgende <b>Kostenübernahmeerklärung</b>:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde6f0"><th align="left">Feld</th><th align="left">Angabe</th></tr>
<tr><td>Versicherte</td><td>Frau Dagmar Rehbein, geb. 1957-06-30</td></tr>
<tr><td>Versichertennr.</td><td>KV-1908-230417</td></tr>
<tr><td>Aufnahme</td><td>16.11.2026, elektiv</td></tr>
<tr><td>Aufnahmediagnose</td><td>C18.7 Malignom Colon sigmoideum, geplante Sigmaresektion</td></tr>
<tr><td>Allgemeine Krankenhausleistungen</td><td>100 % nach DRG</td></tr>
<tr><td>Wahlleistung Unterkunft</td><td>Zweibettzimmer</td></tr>
<tr><td>Wahlleistung Arzt</td><td>Chefarzt Prof. Dr. Jäckel, Allgemein- und Viszeralchirurgie</td></tr>
<tr><td>Gültig</td><td>bis 31.12.2026</td></tr>
</table>
<p>Die Abrechnung der allgemeinen Krankenhausleistungen erfolgt direkt mit uns (DTA). Liquidationen der
Wahlärzte senden Sie bitte über die PVS an die Versicherte.</p>
<p>Mit freundlichen Grüßen<br>Kostenübernahme Stationär<br>Kranichstein Krankenversicherung AG</p>
</body></html>"""
    m = mail(26, "Kostenübernahme Stationär <kue-stationaer@kranichstein.example>",
             "Patientenaufnahme Klinikum Bergstraße-Süd <aufnahme@klinikum-bergstrasse-sued.example>",
             "KÜE Rehbein 16.11.2026", "Thu, 12 Nov 2026 13:47:22 +0100", html=html)
    return m, S, "de", "insurer-to-hospital", "HTML-only table: cost approval for named patient, birth date, colon cancer C18.7"


def m027():
    body = """Sehr geehrter Herr Dr. Jovanović,

Ihr Schaden an dem digitalen Volumentomographen (DVT) ist unter SE-26-0211883 erfasst.

Versicherungsnehmer: Dr. med. dent. Milan Jovanović (Einzelpraxis)
Vertrag: EL-6650-0094, Elektronikversicherung Praxisgeräte
Gerät: Planmeca ProMax 3D, Seriennr. DVT-88-41920, Anschaffung 03/2023
Schadentag: 07.11.2026, Überspannung nach Blitzeinschlag (laut Ihrer Meldung)

Der Techniker des Herstellers hat die Bildempfängerplatine als defekt gemeldet,
Kostenvoranschlag 14.870,00 EUR netto. Wir beauftragen vorab einen Gutachter zur
Ursachenklärung; die Selbstbeteiligung beträgt 250 EUR. Für einen Mietgerät-Ersatz
besteht laut Vertrag Deckung bis 30 Tage.

Mit freundlichen Grüßen
Nina Schwab
Schaden Technische Versicherungen
"""
    m = mail(27, "Nina Schwab <nina.schwab@kranichstein.example>",
             "Dr. Milan Jovanović <praxis@zahnarzt-jovanovic.example>",
             "Ihr Schaden SE-26-0211883 – DVT-Gerät",
             "Fri, 13 Nov 2026 09:08:50 +0100", text=body, cte="8bit")
    return m, C, "de", "insurer-to-doctor", "dentist as natural-person policyholder: electronics claim, contract and claim numbers; no patient data"


def m028():
    body = """Sehr geehrte Damen und Herren,

zum 01.01.2027 ändert sich die Datensatzbeschreibung für die Direktabrechnung
stationärer Leistungen (Version 4.2, Anlage 3 zum Rahmenvertrag). Die Änderungen:

  Segment FAB: neues Pflichtfeld "Aufnahmegrund-Schlüssel" (4-stellig, wie § 301 SGB V)
  Segment ICD: bis zu 60 Nebendiagnosen statt 40; Lokalisation (R/L/B) als eigenes Feld
  Segment OPS: Datum und Uhrzeit je Prozedur, Format JJJJMMTTHHMM
  Segment WAL: Wahlleistungsart als Code (01 Einbett, 02 Zweibett, 10 Chefarzt)
  Prüfsumme: SHA-256 statt MD5

Testdateien können Sie ab 01.12.2026 an die Testumgebung senden
(dta-test@kranichstein.example). Bitte verwenden Sie ausschließlich synthetische
Testfälle, keine echten Patientendaten.

Die vollständige Spezifikation erhalten Sie über das Partnerportal.

Mit freundlichen Grüßen
Friederike Budde
Versorgungsmanagement, Kranichstein Krankenversicherung AG
"""
    m = mail(28, "Friederike Budde <friederike.budde@kranichstein.example>",
             "Abrechnung Kliniken Rahmenvertrag <kliniken-dta@lists.kranichstein.example>",
             "Direktabrechnung stationär: neue Datensatzbeschreibung 4.2 ab 01.01.2027",
             "Fri, 13 Nov 2026 11:00:00 +0100", text=body)
    return m, N, "de", "insurer-to-hospital", "trap: technical data-format change for hospital billing (ICD/OPS segments), no patient"


def m029():
    body = """Thank you for your message. I am out of the office until Monday, 23 November 2026,
with no access to e-mail.

For urgent pre-authorisation requests please contact the medical desk at
medical.desk@kranichstein-global.example or +49 6151 4470-7000 (24/7).

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an medical.desk@kranichstein-global.example.

Olivia Hartigan
"""
    m = mail(29, "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "Dr. Luis Castellano <lcastellano@bayside-ortho.example>",
             "Automatic reply: Pre-authorization request",
             "Fri, 13 Nov 2026 16:44:02 +0000", text=body,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m, N, "mixed", "insurer-to-doctor", "out-of-office auto-reply, no content"


def m030():
    body = """Liebe Henrike,

kannst du bitte einmal auf den Bericht aus Bangkok schauen? Der Kunde ist seit 3 Wochen
dort in stationärer Behandlung, die Klinik will jetzt eine zweite Verlängerung. Für mich
klingt das eher nach Reha als nach Akutbehandlung, aber ich bin keine Ärztin.
Repatriierung wäre medizinisch wohl möglich – Meridian Assistance hat schon angefragt.

Danke, Olivia

-------- Original Message --------
Subject: Extension request - Mr. Wolfgang Thiele, HN 66-201874
Date: 13.11.2026 09:10
From: Intl. Patient Services <ips@chaophraya-intl.example>
To: medical.desk@kranichstein-global.example

Dear Sir/Madam,
we request extension of the guarantee for Mr. Wolfgang THIELE (67 y, policy KGH-2290015)
by another 10 days.
Diagnosis: Ischaemic stroke left MCA territory (I63.5) on 22 Oct 2026, thrombolysis
not given (late presentation). Right hemiparesis MRC 3/5, expressive aphasia,
dysphagia improving (now soft diet). Daily physio, OT and speech therapy.
NIHSS 14 on admission, 8 today.
Regards, Dr. Kanokwan S., Neurology
"""
    m = mail(30, "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "Dr. Henrike Salzmann <henrike.salzmann@kranichstein.example>",
             "WG: Extension request - Mr. Wolfgang Thiele, HN 66-201874",
             "Fri, 13 Nov 2026 10:25:31 +0100", text=body)
    return m, S, "mixed", "hospital", "German note + English hospital report: named insured, stroke I63.5, hemiparesis"

def m031():
    body = """Dear Dr Adeyemi,

sorry to hear about your bike. I've registered the theft under your household policy:

  Claim no.: HR-26-0558310
  Policy: HR-2841-6673 (contents incl. bicycle theft cover up to EUR 3,000)
  Insured address: Pankratiusstraße 22, 64289 Darmstadt
  Item: e-bike Riese & Müller Charger4, frame no. WRM2214870Q, bought 04/2024 for EUR 5,299
  Stolen: 10 November 2026, between 07:40 and 19:15, from the bike rack at the
  hospital staff car park (you were on shift)

Please send us the police report number and the purchase invoice. As the bike was
locked to a fixed rack, the night-time clause does not apply. Settlement is at
replacement value minus the agreed deduction for age, capped at the sum insured.

Best wishes,
Carolin Meister
Household Claims, Kranichstein Allgemeine Versicherung AG
"""
    m = mail(31, "Carolin Meister <carolin.meister@kranichstein.example>",
             "Tunde Adeyemi <t.adeyemi@klinikum-bergstrasse-sued.example>",
             "Your claim HR-26-0558310 - stolen e-bike",
             "Mon, 16 Nov 2026 10:11:09 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "hospital doctor's private household claim: policy, claim no., home address, frame no.; no health"


def m032():
    body = """Hi team,

this month's 5-minute privacy quiz. Answers are at the bottom - no peeking!

1. A hospital in Manila e-mails a discharge summary to your personal Gmail because the
   portal was down. What do you do?
2. Which of these is health data under Art. 9 GDPR?
   a) "Member has a knee injury"  b) a pharmacy receipt for insulin  c) a blood type
   d) all of the above
3. You want to show a real case in a training deck. What do you need to do first?
4. Example: "Member J. Doe (fictitious), 42, type 2 diabetes, policy KGH-0000000".
   May you use this in a slide? Why?

Answers: 1) do not forward, ask the hospital to resend via portal, report to
privacy@; 2) d; 3) anonymise fully (no name, no dates, no rare diagnosis + location);
4) yes - it is invented and marked as fictitious.

Have a good week,
Bernd
--
Dr. Bernd Kaltwasser, Data Protection Officer
Kranichstein Versicherungsgruppe
"""
    m = mail(32, "Dr. Bernd Kaltwasser <datenschutz@kranichstein.example>",
             "KGH all staff <kgh-all@kranichstein-global.example>",
             "Privacy quiz November: medical documents",
             "Mon, 16 Nov 2026 08:30:00 +0100", text=body)
    return m, N, "en", "internal", "trap: privacy quiz with Art. 9 health examples and a fictitious member"


def m033():
    body = """Dear Mr Qureshi,

thank you for the claim from Marina Walk Pharmacy for our member Ms Leonie Gerhardt
(policy KGH-4471903), invoice MWP-118820 dated 10/11/2026:

  Humira (adalimumab) 40 mg pre-filled pen x 2    AED 9,870.00
  Methotrexate 2.5 mg tablets x 30                AED 46.50
  Folic acid 5 mg x 30                             AED 12.00

The methotrexate and folic acid are covered in full. For adalimumab our plan requires
specialist prior approval for biologics. We have no prior approval on file yet; please
ask the prescribing rheumatologist (Dr. Al-Mansoori, prescription dated 08/11/2026,
Dx rheumatoid arthritis M05.80) to submit the biologics request form. Once approved
we will settle the claim with retroactive effect.

Kind regards,
Claims Team Middle East
Kranichstein Global Health
"""
    m = mail(33, "Claims Middle East <claims.me@kranichstein-global.example>",
             "Imran Qureshi <billing@marinawalk-pharmacy.example>",
             "Claim MWP-118820 / Gerhardt - prior approval needed for biologic",
             "Mon, 16 Nov 2026 12:42:51 +0400", text=body)
    return m, S, "en", "insurer-to-pharmacy", "pharmacy claim: named member, adalimumab/methotrexate, rheumatoid arthritis"


def m034():
    body = """Sehr geehrte Frau Doktor, sehr geehrter Herr Doktor,

ab 01.01.2027 verwenden wir für die Prüfung von Heil- und Kostenplänen (HKP) ein
neues Formular. Was sich für Ihre Praxis ändert:

  - Befundschema nach FDI (18–48) mit Kürzeln wie gewohnt: f = fehlend, k = Krone,
    i = Implantat, ww = erhaltungswürdiger Zahn mit weitgehender Zerstörung
  - Angabe der GOZ-Nummern mit Steigerungsfaktor schon im Plan
  - Materialkosten (§ 9 GOZ) getrennt nach Labor und Praxislabor
  - Feld für Röntgenbefund (OPG/DVT-Datum)

Bei Plänen unter 2.000 EUR verzichten wir künftig ganz auf eine Vorabprüfung;
Ihre Patientinnen und Patienten erhalten dann nur noch eine Eingangsbestätigung.

Das Formular finden Sie ab sofort im Bereich "Zahnärzte" unseres Partnerportals.
Eine ausgefüllte Musterfassung mit einem fiktiven Patienten liegt dort ebenfalls.

Mit freundlichen Grüßen
Dr. med. dent. Aylin Karaca
Beratungszahnärztin, Kranichstein Krankenversicherung AG
"""
    m = mail(34, "Dr. Aylin Karaca <aylin.karaca@kranichstein.example>",
             "Zahnärzte Partnerverteiler <zahnaerzte@lists.kranichstein.example>",
             "Neues HKP-Formular ab 2027 – was sich für Ihre Praxis ändert",
             "Tue, 17 Nov 2026 07:45:00 +0100", text=body)
    return m, N, "de", "insurer-to-doctor", "trap: generic dental treatment-plan form change, FDI scheme, no patient"


def m035():
    body = """Sehr geehrter Herr Pietsch,

zum Schaden vom 12.11.2026 mit Ihrem Dienstfahrzeug (Flottenvertrag FL-0712-4409,
Pflegedienst Sonnenweg GmbH):

  Fahrzeug: Renault Clio, DA-PS 318
  Fahrerin: Frau Jelena Marković, Pflegefachkraft
  Unfallort: Parkplatz Edeka, Weiterstädter Straße, Darmstadt-Arheilgen
  Hergang: beim Ausparken gegen einen geparkten Kombi (DA-KM 772) gestoßen
  Personenschaden: keiner (laut Meldung niemand verletzt)

Den Fremdschaden regulieren wir über die Kfz-Haftpflicht. Ihr eigener Schaden
(Heckschürze, Rücklicht) läuft über die Teilkasko nicht, sondern über die Vollkasko mit
300 EUR Selbstbeteiligung. Bitte lassen Sie Frau Marković den Fahrerfragebogen
ausfüllen und uns bis 27.11. zurücksenden.

Mit freundlichen Grüßen
Jonas Albrecht
Kfz-Schaden Flotte
"""
    m = mail(35, "Jonas Albrecht <jonas.albrecht@kranichstein.example>",
             "Gerrit Pietsch <verwaltung@pflegedienst-sonnenweg.example>",
             "Kfz-Schaden 12.11.2026, DA-PS 318 – Flotte FL-0712-4409",
             "Tue, 17 Nov 2026 10:20:19 +0100", text=body)
    return m, C, "de", "insurer-to-care-service", "fleet motor claim of care-service company with named driver and plates; nobody hurt"


def m036():
    body = """Sehr geehrter Herr Kollege,

zum HKP vom 05.11.2026 für Herrn Bastian Wöhrle (Vers.-Nr. KV-3390-774120):

Geplant sind Implantat regio 36 und 46 sowie eine Brücke 14–16. Aus dem mitgeschickten
OPG ergibt sich für mich Folgendes: 46 ist seit Jahren fehlend, Knochenangebot laut Ihrem
Befund ausreichend, da habe ich keine Bedenken. Bei 36 ist die Extraktion erst am
29.10. erfolgt (Längsfraktur nach WKB) – ist eine Sofortimplantation geplant oder
verzögerte Implantation nach 3 Monaten? Das beeinflusst GOZ 9010/9100.

Für 15 ist im Befund "ww" eingetragen, die Brücke 14–16 setzt aber 15 als extraktionswürdig
voraus. Bitte klären Sie, welcher Befund gilt.

Mit kollegialen Grüßen
Dr. Aylin Karaca
Beratungszahnärztin

> Von: Dr. Milan Jovanović <praxis@zahnarzt-jovanovic.example>
> Gesendet: Montag, 16. November 2026 17:02
> Betreff: HKP Wöhrle – Eilt
>
> Patient hat Schmerzen und möchte zügig beginnen. Bitte um kurzfristige Prüfung.
> Diagnosen: K08.1 (Zahnverlust), K04.5 (chron. apikale Parodontitis 15), Z.n. WKB 36.
"""
    m = mail(36, "Dr. Aylin Karaca <aylin.karaca@kranichstein.example>",
             "Dr. Milan Jovanović <praxis@zahnarzt-jovanovic.example>",
             "AW: HKP Wöhrle – Eilt", "Tue, 17 Nov 2026 14:05:40 +0100", text=body)
    return m, S, "de", "insurer-to-doctor", "dental adviser on named patient's treatment plan: implants, extraction, K08.1/K04.5"


def m037():
    body = """Hello Kranichstein team,

release 5.14 of the ProviderLink portal is scheduled for your production tenant on
Saturday 28 November, 22:00-02:00 CET. Highlights:

  * Pre-auth form: new optional fields "working diagnosis (ICD-10)" and
    "attach discharge summary / imaging report" (PDF up to 20 MB)
  * Invoice upload: automatic check for duplicate invoice numbers per provider
  * Provider users can now reset their own password via e-mail + SMS code
  * Bug fix: currency field defaulted to EUR for THB invoices (ticket PL-3321)

Staging has had the release since Monday; your UAT sign-off from Ms Budde is noted.
No action needed from providers. Downtime notice to providers goes out on Tuesday.

Regards,
Release Management, ProviderLink Systems B.V.
"""
    m = mail(37, "Friederike Budde <friederike.budde@kranichstein.example>",
             "IT-Servicedesk <it-servicedesk@kranichstein.example>",
             "Fwd: ProviderLink release 5.14 - 28 Nov maintenance window",
             "Wed, 18 Nov 2026 09:00:12 +0100",
             text="Zur Info für das Change-Board. Gruß F. Budde\n\n-------- Weitergeleitete Nachricht --------\nVon: release@providerlink.example\n\n" + body)
    return m, N, "en", "supplier", "trap: portal vendor release notes mentioning ICD fields and discharge summaries, no patient"


def m038():
    body = """Dear Ms Albers,

re: Mr Jonathan Pryce, policy KGH-3307718

thank you for the treatment report dated 12 November. Our medical adviser has reviewed it.

We approve a further 15 sessions of cognitive behavioural therapy (CPT 90837, 60 min)
for the period 20/11/2026 - 30/04/2027 for the diagnosis recurrent depressive
disorder, current episode moderate (F33.1), with comorbid insomnia. This brings the
total approved in the current plan year to 40 sessions; the plan maximum is 50.

Please note the adviser's comment: given the PHQ-9 trajectory (19 -> 14), a
psychiatric review of the medication (sertraline 100 mg) is recommended before session 30.

Kind regards,
Olivia Hartigan
Medical Case Manager, Kranichstein Global Health
"""
    m = mail(38, "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "Katrin Albers <praxis@psychotherapie-albers.example>",
             "Treatment approval - Mr J. Pryce", "Wed, 18 Nov 2026 11:15:37 +0100",
             text=body, cte="base64")
    return m, S, "en", "insurer-to-therapist", "psychotherapy approval, named member, F33.1, medication; base64 body"


def m039():
    body = """Dear Dr Mehta,

many thanks again for your excellent talk on "Cost drivers in private oncology" at our
provider forum on 5 November. To pay your honorarium of EUR 1,500 (plus travel costs
of EUR 386.40 as per your receipts) we need to file the following details with our
accounts payable team - please confirm they are correct:

  Payee: Dr Priyanka Mehta
  Home address: 14 Cranmer Road, Cambridge CB3 9BL, United Kingdom
  Bank: NatWest, IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L
  UK UTR (for the withholding exemption form): 54018 77213

As you are a UK resident we will apply the double taxation treaty; the
certificate of residence you mentioned would help.

Best regards,
Friederike Budde
Provider Management, Kranichstein Versicherungsgruppe
"""
    m = mail(39, "Friederike Budde <friederike.budde@kranichstein.example>",
             "Priyanka Mehta <p.mehta@cam-oncology.example>",
             "Your honorarium - provider forum 5 November",
             "Wed, 18 Nov 2026 15:48:21 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "speaker honorarium: doctor's home address, personal IBAN, tax reference; no health"


def m040():
    cal = ics("kgh-northfield-renewal-2027@kranichstein.example", "20261203T090000Z", "20261203T120000Z",
              "Treaty renewal 2027 - Kranichstein Global Health / Northfield Re",
              "Northfield Re, 5 Lime Street, London / Teams",
              "Agenda: 1) 2026 development 2) terms 2027 3) pricing assumptions 4) AOB",
              "priya.raman@kranichstein-global.example")
    body = """Dear James,

as agreed, invitation for our renewal meeting on 3 December, 9:00-12:00 UK time, at your
Lime Street office (Teams link for Darmstadt colleagues in the calendar entry).

Attendees from our side: Thomas Vogelsang (Head of KGH), Priya Raman, Mark Fenwick.
We will send the slides and the 2026 development triangles by 27 November.

Best regards,
Priya
"""
    m = mail(40, "Priya Raman <priya.raman@kranichstein-global.example>",
             "James Whitlow <j.whitlow@northfield-re.example>",
             "Renewal meeting 3 December", "Thu, 19 Nov 2026 10:02:00 +0000", text=body,
             atts=[att("invite.ics", ICS, cal)])
    return m, N, "en", "insurer-to-partner", "meeting invitation with reinsurer, organisational"


def m041():
    orig = """Sehr geehrte Damen und Herren,

für Ihre Versicherte Frau Renate Kolb, geb. 11.12.1948, Vers.-Nr. KV-0447-119204,
beantragen wir die Verlängerung der Kostenübernahme über den 18.11.2026 hinaus um
voraussichtlich 7 Tage.

Begründung: Aufnahme am 09.11.2026 wegen Oberschenkelhalsfraktur re. (S72.00) nach
häuslichem Sturz, am 10.11. Duokopfprothese re. Postoperativ Delir (F05.1) und
Harnwegsinfekt (N39.0), Antibiose mit Ceftriaxon. Mobilisation bislang nur mit
Gehwagen und zwei Hilfspersonen. Anschlussheilbehandlung (geriatrische Frührehabilitation,
OPS 8-550.1) ist bei uns im Haus geplant.

Mit freundlichen Grüßen
Sozialdienst / Fallmanagement
St.-Elisabethen-Krankenhaus Offenbach
"""
    fw = inner("Fallmanagement St.-Elisabethen <fallmanagement@st-elisabethen-of.example>",
               "kue-stationaer@kranichstein.example",
               "Verlängerungsantrag Kolb, Renate", "Wed, 18 Nov 2026 13:55:00 +0100",
               orig, "<0001a7.fm@st-elisabethen-of.example>", charset="iso-8859-1")
    body = """Hallo Malte,

bitte einmal beratungsärztlich drüberschauen – geriatrische Frühreha im Akuthaus ist
bei Tarif KS 2 m. E. mitversichert, aber ich will sichergehen wegen des Delirs.

Danke!
Melanie Frisch
Kostenübernahme Stationär
"""
    m = mail(41, "Melanie Frisch <melanie.frisch@kranichstein.example>",
             "Dr. Malte Issing <malte.issing@kranichstein.example>",
             "WG: Verlängerungsantrag Kolb, Renate", "Thu, 19 Nov 2026 08:31:14 +0100",
             text=body, atts=[fwd(fw)])
    return m, S, "de", "hospital", "forwarded (rfc822, iso-8859-1) hospital extension request: hip fracture, delirium, named patient with birth date"


def m042():
    rows = [["Hilfsmittelgruppe", "2024 Fälle", "2024 EUR", "2025 Fälle", "2025 EUR", "2026 (Jan–Okt) Fälle", "2026 EUR"],
            ["Hörgeräte", 1412, 2318900, 1530, 2577400, 1288, 2201700],
            ["Rollstühle (manuell/elektrisch)", 187, 612300, 203, 701800, 164, 598100],
            ["Rollatoren / Gehhilfen", 905, 201400, 961, 219700, 802, 187300],
            ["Kompressionsstrümpfe", 2230, 311200, 2388, 340900, 1990, 291500],
            ["Orthesen / Bandagen", 1504, 389600, 1611, 418200, 1357, 360800],
            ["CPAP-Geräte", 221, 187800, 246, 211300, 198, 175600],
            ["Insulinpumpen / CGM", 96, 498700, 131, 702100, 122, 655900],
            ["Sehhilfen", 3817, 1140200, 3902, 1188700, 3301, 1022500]]
    o = ods([("Hilfsmittel", rows)])
    body = """Hallo Herr Oyelaran,

wie gewünscht die Hilfsmittel-Auswertung für die Vorstandsvorlage. Auffällig ist der
Anstieg bei Insulinpumpen/CGM (+41 % Kosten 2025), das passt zur Ausweitung der
Leitlinie. Alles aggregiert aus dem DWH, keine Einzelfälle.

Gruß
Stefanie Lorch
Controlling Kranken
"""
    m = mail(42, "Stefanie Lorch <stefanie.lorch@kranichstein.example>",
             "Dennis Oyelaran <dennis.oyelaran@kranichstein.example>",
             "Auswertung Hilfsmittel 2024–2026", "Thu, 19 Nov 2026 12:10:45 +0100",
             text=body, atts=[att("Hilfsmittel_2024-2026.ods", ODS, o)])
    return m, N, "de", "internal", "trap: aggregate aids statistics (hearing aids, CGM) in ODS, no individual"


def m043():
    body = """Sehr geehrte Frau Albers,

wir bestätigen Ihnen Deckungsschutz aus Ihrer Rechtsschutzversicherung für die
außergerichtliche Interessenwahrnehmung im Streit mit Ihrem Vermieter:

  Versicherungsnehmerin: Katrin Albers, Dipl.-Psych.
  Vertrag: RS-5520-3817 (Privat-, Berufs- und Wohnungs-/Grundstücks-Rechtsschutz
  für Selbständige)
  Gegenstand: Mieterhöhung und Nebenkostenabrechnung 2025 für die Praxisräume
  Wilhelminenstraße 9, 64283 Darmstadt
  Schaden-Nr.: RS-26-0077410
  Selbstbeteiligung: 150 EUR

Die Kosten Ihres Anwalts, Herrn RA Jan Kessler, übernehmen wir nach RVG. Bitte
lassen Sie ihn die Korrespondenz direkt mit uns führen.

Mit freundlichen Grüßen
Petra Hahnemann
Rechtsschutz Leistung
"""
    m = mail(43, "Petra Hahnemann <petra.hahnemann@kranichstein.example>",
             "Katrin Albers <praxis@psychotherapie-albers.example>",
             "Deckungszusage Rechtsschutz RS-26-0077410",
             "Thu, 19 Nov 2026 15:27:03 +0100", text=body)
    return m, C, "de", "insurer-to-therapist", "therapist's own legal-expenses cover: contract, claim no., practice address; no health data"


def m044():
    d = docx([
        "Kranichstein Lebensversicherung AG – Leistungsprüfung Berufsunfähigkeit",
        "Ärztlicher Fragebogen für die behandelnde Fachärztin / den behandelnden Facharzt",
        "Versicherte Person: Jasmin Oettinger, geb. 27.08.1985, Vertrag BU-8812-440371",
        "Beruf laut Antrag: Erzieherin (Kita-Gruppenleitung), 39 Wochenstunden",
        [["Frage", "Antwort"],
         ["1. Seit wann behandeln Sie die Patientin?", ""],
         ["2. Diagnosen (mit ICD-10)", ""],
         ["3. Psychopathologischer Befund bei der letzten Vorstellung", ""],
         ["4. Medikation und Dosierung", ""],
         ["5. Stationäre oder teilstationäre Behandlungen?", ""],
         ["6. Welche Tätigkeiten sind derzeit nicht möglich?", ""],
         ["7. Prognose (Besserung innerhalb von 6 Monaten zu erwarten?)", ""]],
        "Eine Schweigepflichtentbindung der Versicherten vom 04.11.2026 liegt vor (Kopie anbei).",
        "Honorar: 95,00 EUR zzgl. Porto."])
    body = """Sehr geehrter Herr Dr. Ruppenthal,

Frau Jasmin Oettinger hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung
beantragt. Nach ihren Angaben befindet sie sich seit Februar 2026 bei Ihnen in
psychiatrischer Behandlung (laut Hausarzt: schwere depressive Episode, F32.2,
AU seit 16.03.2026).

Wir bitten Sie, den beigefügten Fragebogen auszufüllen. Bitte beantworten Sie
insbesondere Frage 6 möglichst konkret, da es für die BU-Prüfung auf die
Auswirkungen im Berufsalltag ankommt, nicht allein auf die Diagnose.

Mit freundlichen Grüßen
Konstantin Reuß
BU-Leistungsprüfung
Kranichstein Lebensversicherung AG
"""
    m = mail(44, "Konstantin Reuß <konstantin.reuss@kranichstein.example>",
             "Praxis Dr. Ruppenthal <praxis@psychiatrie-ruppenthal.example>",
             "BU-8812-440371 – ärztlicher Fragebogen",
             "Fri, 20 Nov 2026 09:14:56 +0100", text=body,
             atts=[att("Fragebogen_BU-8812-440371.docx", DOCX, d)])
    return m, S, "de", "insurer-to-doctor", "disability claim: named insured, birth date, severe depression F32.2, questionnaire DOCX"


def m045():
    x = xlsx([("Preisliste 2027", [
        ["Art.-Nr.", "Hilfsmittel", "Hilfsmittelnr.", "Preis EUR netto", "Lieferzeit"],
        ["RL-100", "Rollator Leichtgewicht, faltbar", "10.50.04.0", 139.0, "2 Tage"],
        ["RS-220", "Rollstuhl Standard, Sitzbreite 43–48 cm", "18.50.02.0", 412.0, "3 Tage"],
        ["KS-II", "Kompressionsstrumpf Klasse II, rundgestrickt, Paar", "17.06.01.1", 64.5, "5 Tage"],
        ["BT-07", "Badewannenlifter", "04.40.01.0", 498.0, "5 Tage"],
        ["PB-01", "Pflegebett Standard, Miete je Monat", "19.40.01.1", 48.0, "48 h"]])])
    body = """Sehr geehrter Herr Kübler,

vielen Dank für Ihr Angebot. Wir nehmen die Preisliste 2027 (Anlage) als Grundlage für
die Verlängerung des Rahmenvertrags Hilfsmittelversorgung an, mit zwei Änderungen:

  - Lieferung Pflegebett innerhalb von 48 h auch im Landkreis Darmstadt-Dieburg
  - Wiedereinsatz gebrauchter Rollstühle: Aufbereitungspauschale 85 EUR statt 110 EUR

Vertragsbeginn 01.01.2027, Laufzeit 24 Monate. Den unterschriebenen Vertrag erhalten
Sie per Post.

Mit freundlichen Grüßen
Ute Brandhorst
Einkauf / Dienstleistersteuerung
"""
    m = mail(45, "Ute Brandhorst <ute.brandhorst@kranichstein.example>",
             "Sanitätshaus Kübler GmbH <vertrieb@sanitaetshaus-kuebler.example>",
             "Rahmenvertrag Hilfsmittel 2027 – Annahme Preisliste",
             "Fri, 20 Nov 2026 11:40:00 +0100", text=body,
             atts=[att("Preisliste_Hilfsmittel_2027.xlsx", XLSX, x)])
    return m, N, "de", "insurer-to-supplier", "trap: price list for rollators, wheelchairs, compression stockings; supplier GmbH, no patient"

def m046():
    p = pdf(["Schedule B - Package Prices 2027",
             "Chaophraya International Hospital / Kranichstein Global Health",
             "Valid 01 Jan 2027 - 31 Dec 2028. All prices in THB, inclusive of doctor fees unless stated.",
             "",
             "Room & board per day:   Single deluxe 9,800 | Suite 18,500 | ICU 32,000 | NICU 28,500",
             "Normal vaginal delivery, 2 nights ............................. 98,000",
             "Caesarean section, 3 nights ................................... 185,000",
             "Laparoscopic appendectomy, 2 nights ........................... 165,000",
             "Laparoscopic cholecystectomy, 2 nights ........................ 172,000",
             "Knee arthroscopy, day case .................................... 120,000",
             "Coronary angiogram, day case .................................. 78,000",
             "Cataract surgery (phaco + monofocal IOL), per eye ............. 62,000",
             "",
             "Outside packages: 12 % discount on the hospital's standard tariff 2027.",
             "Complications requiring ICU are billed per diem outside the package."], "Schedule B")
    body = """Dear Khun Pornthip,

please find attached the agreed Schedule B (package prices 2027-2028) for signature.
We have included the NICU rate you added in the last round and capped the annual increase
for 2028 at 4 %. If the attached version matches your understanding, please have it
signed by your CEO and return a scanned copy; we will countersign in Darmstadt.

Kind regards,
Friederike Budde
Provider Management, Kranichstein Global Health
"""
    m = mail(46, "Friederike Budde <friederike.budde@kranichstein-global.example>",
             "Pornthip Saelim <contracts@chaophraya-intl.example>",
             "Provider agreement 2027 - Schedule B for signature",
             "Mon, 23 Nov 2026 09:00:41 +0100", text=body,
             atts=[att("Schedule_B_Package_Prices_2027.pdf", PDF, p)])
    return m, N, "en", "insurer-to-hospital", "trap: hospital package price list (delivery, C-section, ICU), no patient"


def m047():
    body = """Dear Dr Varghese,

your professional indemnity cover as a freelance anaesthetist (policy BH-2290-6115)
renews on 1 January 2027. Based on the figures you gave us:

  Fee income 2025 (freelance anaesthesia, private and hospital contracts): EUR 214,600
  Expected 2026: EUR 230,000
  Working days per year as locum: approx. 190
  Risk class: anaesthesia, no obstetric epidurals

your new annual premium is EUR 4,912.40 including insurance tax (2026: EUR 4,486.10).
Limit of indemnity remains EUR 10 m per claim, EUR 20 m aggregate.

The premium will be collected in January from your account ending ...8842.

Kind regards,
Ralf Mertesacker
Professional Liability, Kranichstein Allgemeine Versicherung AG
"""
    m = mail(47, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Anil Varghese <anil.varghese@freelance-anaesthesia.example>",
             "Renewal of your professional indemnity BH-2290-6115",
             "Mon, 23 Nov 2026 10:22:13 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "freelance doctor's fee income and liability contract; masked account; no health data"


def m048():
    body = """Dear Dr Fairbairn,

re: Mr Callum Rennie, born 22 March 1980, 41 Abbotsford Crescent, Edinburgh EH10 5DW
Our ref: LA-26-118342 (application for term life cover, GBP 450,000)

Mr Rennie has applied to us for life cover and has given his written consent (copy
attached) for us to obtain a report from his GP. In his application he disclosed
"high blood pressure, on tablets since 2021" and "one episode of chest pain 2024,
investigated, nothing found".

Could you please let us have a GP report covering the last 5 years, in particular:
  - blood pressure readings of the last 24 months and current medication
  - the chest pain episode: investigations done (ECG, exercise test, troponin?) and result
  - BMI, smoking status, alcohol units/week
  - any other referrals to specialists

Our fee of GBP 110 will be paid on receipt of your invoice.

Yours sincerely,
Petra Ziegenbein
Underwriting Life, Kranichstein Lebensversicherung AG
"""
    m = mail(48, "Petra Ziegenbein <petra.ziegenbein@kranichstein.example>",
             "Dr Moira Fairbairn <reports@morningside-surgery.example>",
             "GP report request - Callum Rennie, ref LA-26-118342",
             "Mon, 23 Nov 2026 14:18:30 +0100", text=body)
    return m, S, "en", "insurer-to-doctor", "life underwriting: named applicant with birth date, hypertension, chest pain, GP report request"


def m049():
    body = """Hallo Frau Gerhold,

für die Schulung "Neues Leistungssystem" brauche ich am 1. und 2. Dezember den
Schulungsraum "Bergstraße" (4. OG) jeweils von 8:30 bis 16:00 Uhr, für 14 Personen,
mit Beamer und zwei Flipcharts. Catering bitte nur Kaffee und Wasser.

Ist der Raum frei? Sonst ginge auch "Ried" im EG.

Danke,
Marcel Gruber
Projektbüro Leistungssystem
"""
    m = mail(49, "Marcel Gruber <marcel.gruber@kranichstein.example>",
             "Sabine Gerhold <sabine.gerhold@kranichstein.example>",
             "Raumbuchung 01./02.12.", "Mon, 23 Nov 2026 16:01:10 +0100", text=body)
    return m, N, "de", "internal", "room booking, organisational"


def m050():
    body = """Sehr geehrte Frau Dr. Fleischhauer,

Ihre Meldung zum Ausfall des Medikamentenkühlschranks haben wir erhalten.

  Versicherungsnehmerin: Dr. rer. nat. Tanja Fleischhauer e.K., Rosen-Apotheke
  Anschrift: Darmstädter Straße 54, 64331 Weiterstadt
  Vertrag: EL-7731-2054 (Elektronik + Kühlgutversicherung, Kühlgut bis 25.000 EUR)
  Schaden-Nr.: SE-26-0213370
  Schadenzeitpunkt: Nacht 20./21.11.2026, Kompressor defekt, Temperaturlogger zeigt
  14,2 °C ab 01:35 Uhr

Für die Erstattung des Kühlguts (lt. Ihrer Liste u. a. Grippe- und Hepatitis-Impfstoffe,
Insuline, Augentropfen; EK-Wert 11.842,37 EUR) benötigen wir:
  1. Ausdruck des Temperaturloggers
  2. Vernichtungsnachweis des Entsorgers
  3. Reparaturrechnung oder Bestätigung des Kältetechnikers zur Ursache

Mit freundlichen Grüßen
Nina Schwab
Schaden Technische Versicherungen
"""
    m = mail(50, "Nina Schwab <nina.schwab@kranichstein.example>",
             "Rosen-Apotheke Weiterstadt <info@rosen-apotheke-weiterstadt.example>",
             "Kühlgutschaden SE-26-0213370", "Tue, 24 Nov 2026 08:44:27 +0100", text=body)
    return m, C, "de", "insurer-to-pharmacy", "pharmacist e.K. as policyholder, spoiled vaccine stock (no patient), contract/claim no."


def m051():
    body = """Hallo Jana,

kannst du das übernehmen? Die Apotheke hat bei der Hotline angerufen und dann noch
geschrieben, Text unten. Ich habe geprüft: Tarif KV-Premium, Arzneimittel 100 %,
keine Vorleistungspflicht. Aus meiner Sicht spricht nichts gegen eine Zusage, aber
ab 10.000 EUR müssen wir ja den GAD fragen.

LG Tobias

----- Weitergeleitet von Tobias Wendland am 24.11.2026 10:02 -----
Von: Michael Dreyer <m.dreyer@loewen-apotheke-dieburg.example>
An: service@kranichstein.example
Datum: 23.11.2026 17:48
Betreff: Kostenübernahme Rezeptur / Patient Haas

Sehr geehrte Damen und Herren,
für Ihren Versicherten Herrn Leopold Haas, Dieburg (Versicherungsnr. lt. Karte
KV-6120-008815) liegt uns ein Privatrezept von Dr. Sandner (Onkologie Darmstadt) vor:
Olaparib 150 mg Filmtabletten, N2, 56 St., 2x2 tgl., Indikation lt. Rezept
metastasiertes Prostatakarzinom (C61) mit BRCA2-Mutation.
AVP 5.987,14 EUR je Packung, Bedarf 2 Packungen/Monat.
Der Patient kann den Betrag nicht vorstrecken. Können Sie uns eine Kostenübernahme
mit Direktabrechnung geben?
Mit freundlichen Grüßen
M. Dreyer, Apotheker
"""
    m = mail(51, "Tobias Wendland <tobias.wendland@kranichstein.example>",
             "Jana Oberdorfer <jana.oberdorfer@kranichstein.example>",
             "WG: Kostenübernahme Rezeptur / Patient Haas",
             "Tue, 24 Nov 2026 10:03:55 +0100", text=body)
    return m, S, "de", "pharmacy", "inline-forwarded pharmacy request: named patient, prostate cancer C61, BRCA2 mutation, olaparib"


def m052():
    body = """Liebe Kolleginnen und Kollegen,

die Textbausteine für Arztanfragen sind überarbeitet und ab Montag im Korrespondenzsystem
aktiv. Neu bzw. geändert:

  ARZ-01  Anforderung Befundbericht (allgemein)
  ARZ-02  Anforderung Behandlungsunterlagen nach Schweigepflichtentbindung
  ARZ-05  Rückfrage Rechnung – fehlende Begründung Steigerungsfaktor
  ARZ-09  Anforderung Operationsbericht (NEU)

Beispiel ARZ-02:
  "Sehr geehrte(r) «Anrede_Arzt» «Name_Arzt»,
   Ihr(e) Patient(in) «Vorname» «Nachname», geb. «Geburtsdatum», hat uns mit Erklärung
   vom «Datum_SE» ermächtigt, Auskünfte über die Behandlung wegen «Diagnose_Freitext»
   einzuholen. ..."

Wichtig: Das Feld «Diagnose_Freitext» bitte nur füllen, wenn die Diagnose dem Arzt
ohnehin bekannt ist – niemals Diagnosen anderer Behandler hineinschreiben.

Viele Grüße
Friederike Budde
"""
    m = mail(52, "Friederike Budde <friederike.budde@kranichstein.example>",
             "Leistung Kranken alle <leistung-kranken-alle@kranichstein.example>",
             "Überarbeitete Textbausteine Arztanfragen ab 30.11.",
             "Tue, 24 Nov 2026 13:30:00 +0100", text=body, flowed=True)
    return m, N, "de", "internal", "trap: letter templates for doctors' requests with «placeholders» for name, birth date, diagnosis"


def m053():
    p = pdf(["Kranichstein Krankenversicherung AG - Gesellschaftsaerztlicher Dienst",
             "Beratungsaerztliche Stellungnahme zur Krankenhausrechnung",
             "",
             "Klinikum Bergstrasse-Sued, Rechnung KB-26-0088419 vom 30.10.2026",
             "Patient: Helmut Schreiner, geb. 05.01.1952, KV-2218-607731",
             "Aufenthalt: 12.10.2026 - 29.10.2026 (17 Tage), DRG F62C (Herzinsuffizienz)",
             "Abgerechnete Hauptdiagnose: I50.14 Linksherzinsuffizienz NYHA IV",
             "",
             "Pruefergebnis:",
             "1. Hauptdiagnose nachvollziehbar; Aufnahme mit Dyspnoe in Ruhe, NT-proBNP 9.840 pg/ml.",
             "2. Verweildauer: obere Grenzverweildauer 14 Tage. Ab dem 26.10. laut Kurve",
             "   kompensiert, Diuretika oral, keine Monitorpflicht. Verlegung in Kurzzeitpflege",
             "   war laut Sozialdienst ab 26.10. moeglich, Platz erst ab 29.10. frei.",
             "3. Die Tage 27.-29.10. sind medizinisch nicht begruendet (fehlende Nachversorgung).",
             "",
             "Empfehlung: Kuerzung um 3 Belegungstage (Zuschlag oGVD), Rest erstatten.",
             "Dr. med. H. Salzmann, 20.11.2026"], "Stellungnahme")
    body = """Sehr geehrte Frau Weyand,

zur o. g. Rechnung übersenden wir Ihnen die beratungsärztliche Stellungnahme. Wir
erstatten die Rechnung abzüglich der Zuschläge für drei Belegungstage oberhalb der
oberen Grenzverweildauer. Sollten Sie weitere Unterlagen (Pflegedokumentation
26.–29.10.) vorlegen können, prüfen wir gern erneut.

Mit freundlichen Grüßen
Melanie Frisch
Kostenübernahme / Rechnungsprüfung Stationär
"""
    m = mail(53, "Melanie Frisch <melanie.frisch@kranichstein.example>",
             "Erlösmanagement Klinikum <erloes@klinikum-bergstrasse-sued.example>",
             "Rechnung KB-26-0088419 – Teilkürzung Verweildauer",
             "Tue, 24 Nov 2026 15:12:09 +0100", text=body,
             atts=[att("Stellungnahme_KB-26-0088419.pdf", PDF, p)])
    return m, S, "de", "insurer-to-hospital", "harmless body; PDF names patient with birth date, heart failure I50.14, length-of-stay review"


def m054():
    text = """Winter travel health - Kranichstein Global Health

Flu season: the WHO recommends annual influenza vaccination for adults over 65,
pregnant women and people with chronic conditions. Your plan covers vaccinations
at network clinics without deductible.

Skiing abroad? Knee injuries are the most common winter sports claim in our book.
Check that your plan includes emergency evacuation from the slopes.

Altitude: if you travel above 2,500 m, ask your doctor about acetazolamide and
climb slowly.

Find a network clinic: app -> "Find care".
"""
    html = """<html><body style="font-family:Helvetica,Arial;color:#222">
<h2 style="color:#1c4e80">Winter travel health</h2>
<p><b>Flu season:</b> the WHO recommends annual influenza vaccination for adults over 65, pregnant women and
people with chronic conditions. Your plan covers vaccinations at network clinics without deductible.</p>
<p><b>Skiing abroad?</b> Knee injuries are the most common winter sports claim in our book.
Check that your plan includes emergency evacuation from the slopes.</p>
<p><b>Altitude:</b> if you travel above 2,500 m, ask your doctor about acetazolamide and climb slowly.</p>
<p>Find a network clinic: app &rarr; <i>Find care</i>.</p>
<p style="font-size:8pt;color:#777">You receive this newsletter as a Kranichstein Global Health member. Unsubscribe in the app.</p>
</body></html>"""
    m = mail(54, "Kranichstein Global Health <news@kranichstein-global.example>",
             "members-emea@lists.kranichstein-global.example",
             "Staying healthy abroad this winter", "Wed, 25 Nov 2026 06:30:00 +0000",
             text=text, html=html)
    return m, N, "en", "newsletter", "trap: generic member newsletter on vaccination, knee injuries, altitude medicine"


def m055():
    body = """Dear Dr Rossi,

thanks for your invoice no. GR-2026-11 for the medical advisory retainer (November 2026,
16 hours, EUR 2,240.00, no VAT - reverse charge). It has been approved and released
for payment on 1 December to:

  Dr Gemma Rossi, 8 Harcourt Terrace, Dublin 2, Ireland
  IBAN IE63 NWBK 9311 5212 7463 91
  Irish VAT no. IE 3987215KH

For next year we need your updated tax residence certificate by 31 January.

Best,
Mark Fenwick
Provider Finance / Accounts Payable, Kranichstein Global Health
"""
    m = mail(55, "Mark Fenwick <mark.fenwick@kranichstein-global.example>",
             "Gemma Rossi <gemma.rossi@rossi-medical.example>",
             "Invoice GR-2026-11 approved", "Wed, 25 Nov 2026 11:00:52 +0000", text=body)
    return m, C, "en", "insurer-to-doctor", "freelance adviser (natural person): home address, IBAN, VAT number; no patient"


def m056():
    body = """Dear Ms Delacroix,

we have completed our review of the claim for Mrs Sandra Voigt (policy KGH-8812034),
admission 02-05 November 2026, invoice INV-77102 over EUR 11,460.

Unfortunately we cannot settle this claim under the policy. Mrs Voigt joined the plan on
1 April 2026 with a 12-month exclusion for pre-existing conditions. The referral letter
you sent states "known endometriosis (N80.1), diagnosed 2023, laparoscopy 2024" - the
admission for recurrent endometrioma and laparoscopic cystectomy therefore falls under
the exclusion.

Please invoice Mrs Voigt directly. We have informed her separately.

Kind regards,
Claims Team Europe
Kranichstein Global Health

-----Original Message-----
From: Camille Delacroix <facturation@clinique-saintlouis.example>
Sent: 17 November 2026 14:09
To: claims@kranichstein-global.example
Subject: Invoice INV-77102 - VOIGT Sandra
Dear team, please find invoice and medical report for your member. Direct billing as agreed.
Best regards, C. Delacroix, Billing office
"""
    m = mail(56, "Claims Europe <claims.eu@kranichstein-global.example>",
             "Camille Delacroix <facturation@clinique-saintlouis.example>",
             "RE: Invoice INV-77102 - VOIGT Sandra", "Wed, 25 Nov 2026 15:35:20 +0100", text=body)
    return m, S, "en", "insurer-to-hospital", "claim declined for pre-existing endometriosis N80.1, named member"


def m057():
    body = """Sehr geehrter Herr Dr. Quast,

vielen Dank für Ihr Interesse an unserer Praxisausfallversicherung. Gern fasse ich das
Wichtigste zusammen; ein persönliches Angebot erstellen wir, sobald Sie uns den
ausgefüllten Fragebogen schicken.

Was ist versichert?
  Die fortlaufenden Praxiskosten (Miete, Gehälter, Leasing), wenn die Praxis
  vorübergehend nicht betrieben werden kann – z. B. durch Krankheit oder Unfall der
  Praxisinhaberin/des Praxisinhabers, behördlich angeordnete Quarantäne oder einen
  Sachschaden (Brand, Leitungswasser) in den Praxisräumen.

Haftzeit: wahlweise 6, 12 oder 24 Monate; Karenzzeit 7, 14 oder 21 Tage.
Beispielbeitrag (Praxis mit 25.000 EUR monatlichen Fixkosten, 12 Monate Haftzeit,
14 Tage Karenz): ab 1.180 EUR jährlich.

Hinweis: Bei Abschluss stellen wir Gesundheitsfragen an die Praxisinhaber.
Das ist im Fragebogen Teil B – bitte erst ausfüllen, wenn Sie ein Angebot wünschen.

Mit freundlichen Grüßen
Ralf Mertesacker
Gewerbekunden Heilberufe
"""
    m = mail(57, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Dr. Jonas Quast <quast@ortho-brandl-quast.example>",
             "Ihre Anfrage Praxisausfallversicherung", "Thu, 26 Nov 2026 09:10:00 +0100", text=body)
    return m, N, "de", "insurer-to-doctor", "trap: generic product information (illness, quarantine of practice owner), no contract or personal data"


def m058():
    body = """Sehr geehrte Frau Dr. Wenzel,

nach dem Sturm vom 19.11. haben wir Ihren Gebäudeschaden aufgenommen:

  Versicherungsnehmerin: Dr. med. Ulrike Wenzel
  Gebäude: Wohn- und Praxishaus Heinrichstraße 112, 64283 Darmstadt
  Vertrag: WG-3318-9027 (Wohngebäude inkl. Sturm/Hagel, gewerblicher Anteil 40 %)
  Schaden-Nr.: SG-26-0417765
  Schaden: ca. 14 m² Dachfläche (Biberschwanz) abgedeckt, Dachrinne Nordseite

Die Notabdeckung durch die Dachdeckerei Heil (Rechnung 890,40 EUR) übernehmen wir.
Für die Reparatur bitte zwei Angebote einholen; bis 5.000 EUR können Sie ohne
Rücksprache beauftragen. Die Auszahlung erfolgt auf Ihr Konto DE06 5085 0150 2014 7388 29.

Mit freundlichen Grüßen
Carolin Meister
Schaden Sach Privat
"""
    m = mail(58, "Carolin Meister <carolin.meister@kranichstein.example>",
             "Ulrike Wenzel <praxis@praxis-wenzel.example>",
             "Sturmschaden SG-26-0417765 – Heinrichstraße 112",
             "Thu, 26 Nov 2026 11:45:30 +0100", text=body, charset="iso-8859-1", cte="quoted-printable")
    return m, C, "de", "insurer-to-doctor", "doctor's building insurance claim: address, contract, IBAN; iso-8859-1"


def m059():
    body = """Sehr geehrte Frau Hölzl,

herzlichen Dank für den Therapiebericht. Damit können wir die Folgeverordnung
für Emil freigeben: 20 Einheiten Logopädie (45 min) ab 01.12.2026, wie von
Dr. Reinhold verordnet. Die Erstattung erfolgt wie bisher an die Eltern.

Freundliche Grüße
Tobias Wendland
Leistung Kranken – ambulant

Am 25.11.2026 um 16:20 schrieb Sabine Hölzl <praxis@ergo-hausammarkt.example>:
> Sehr geehrter Herr Wendland,
> anbei wie gewünscht der Therapiebericht zu Emil Baştürk (geb. 2021, Vers.-Nr.
> KV-5571-330902, mitversichert über die Mutter).
> Diagnose: umschriebene Entwicklungsstörung der expressiven Sprache (F80.1),
> Verdacht auf auditive Verarbeitungsstörung (V.a. F80.20), Pädaudiologie-Termin am 14.01.
> Verlauf: Wortschatz deutlich erweitert (AWST-R Prozentrang 8 -> 21), Dysgrammatismus
> weiterhin ausgeprägt, Verb-Zweit-Stellung nicht sicher. Kooperation gut, Mutter übt zuhause.
> Empfehlung: Fortführung 1x wöchentlich, Elternberatung.
> Mit freundlichen Grüßen, S. Hölzl, Logopädin
"""
    m = mail(59, "Tobias Wendland <tobias.wendland@kranichstein.example>",
             "Sabine Hölzl <praxis@ergo-hausammarkt.example>",
             "AW: Therapiebericht Emil B.", "Thu, 26 Nov 2026 14:02:18 +0100", text=body)
    return m, S, "de", "therapist", "quoted therapist report on named child: language disorder F80.1, suspected F80.20"


def m060():
    body = """Ihr Lieben,

die GAD-Weihnachtsfeier findet am Donnerstag, 17.12., ab 17:30 Uhr im "Grünen Baum"
in Nieder-Ramstadt statt. Wichteln wie immer, Limit 10 Euro. Wer mit dem Shuttle vom
Rhönring fahren will: Abfahrt 17:00 Uhr Haupteingang.

Bitte tragt euch bis 04.12. in die Liste im Teams-Kanal ein (auch vegetarisch/vegan).

Sabine
"""
    m = mail(60, "Sabine Gerhold <sabine.gerhold@kranichstein.example>",
             "GAD alle <gad@kranichstein.example>",
             "Weihnachtsfeier 17.12.", "Thu, 26 Nov 2026 16:30:45 +0100", text=body)
    return m, N, "de", "internal", "team Christmas party, organisational"

def m061():
    body = """Sehr geehrter Herr Dornbusch,

vielen Dank für das Telefonat heute Morgen. Zur Schadenmeldung aus Ihrer
Cyber-Versicherung halte ich fest:

  Versicherungsnehmerin: Klinikum Bergstraße-Süd gGmbH
  Ansprechpartner: Herr Arne Dornbusch, Leiter IT, Tel. 06251 70-4410, mobil 0160 9921837
  Vertrag: CY-0091-2266, Deckungssumme 5 Mio. EUR, SB 25.000 EUR
  Schaden-Nr.: CY-26-000318
  Ereignis: Verschlüsselung von 14 Servern der Verwaltung (Finanzbuchhaltung,
  Personalwesen) am 27.11.2026 gegen 03:10 Uhr; KIS und PACS laut Ihrer Aussage
  netzseitig getrennt und nicht betroffen.

Wir haben den Incident-Response-Dienstleister CERTWALL beauftragt; Herr Lindqvist meldet
sich innerhalb von 2 Stunden bei Ihnen. Bitte zahlen Sie kein Lösegeld und nehmen Sie
keinen Kontakt mit den Angreifern auf, ohne das mit uns abzustimmen.
Die Meldung an den HBDI sollten Sie fristgerecht vorsorglich machen, auch wenn nach
jetzigem Stand keine Patientendaten betroffen sind.

Mit freundlichen Grüßen
Hendrik Solms
Schaden Cyber / Spezialrisiken
Kranichstein Allgemeine Versicherung AG
"""
    m = mail(61, "Hendrik Solms <hendrik.solms@kranichstein.example>",
             "Arne Dornbusch <a.dornbusch@klinikum-bergstrasse-sued.example>",
             "Cyber-Schaden CY-26-000318 – Sofortmaßnahmen",
             "Fri, 27 Nov 2026 08:20:14 +0100", text=body,
             cc="Geschäftsführung <gf@klinikum-bergstrasse-sued.example>")
    return m, C, "de", "insurer-to-hospital", "hospital company as cyber policyholder with named contact and mobile number; no patient data"


def m062():
    orig = """Dear colleagues,

we inform you that your insured Mr. Dennis KRAUSE, born 02/10/1990, passport
C4J8TR21K, policy KGH-9901557 (travel health + accident), was admitted to our hospital
on 26/11/2026 at 15:40 after a scooter accident in Palma.

Diagnosis: closed fracture of the right tibial plateau (Schatzker II, S82.1),
abrasions both forearms, no head injury (CT cranial normal). Blood alcohol not tested.
Planned: ORIF on 28/11/2026. Expected stay 4-5 days, then fit to fly with leg elevation
(business class or stretcher).

Please send guarantee of payment. Estimated cost EUR 14,500.

Dr. Joan Ferrer Vidal, Traumatology
Clínica Son Verí, Palma de Mallorca
"""
    fw = inner("Clínica Son Verí - International Office <international@clinicasonveri.example>",
               "Meridian Assistance <ops@meridian-assist.example>",
               "Admission notice KRAUSE Dennis", "Thu, 26 Nov 2026 19:02:00 +0100",
               orig, "<2611-SV-04417@clinicasonveri.example>")
    body = """Hello Olivia,

Meridian forwarded the admission notice below for our member (also has the accident
cover with us, so I've copied Sven from accident claims). GOP drafted, please approve.
Repatriation planning with Meridian once ORIF is done.

Mark
"""
    m = mail(62, "Mark Fenwick <mark.fenwick@kranichstein-global.example>",
             "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "Fwd: Admission notice KRAUSE Dennis", "Fri, 27 Nov 2026 07:58:33 +0000",
             text=body, cc="Sven Hollerbach <sven.hollerbach@kranichstein.example>",
             atts=[fwd(fw)])
    return m, S, "en", "hospital", "forwarded hospital admission (rfc822): named member, DOB, tibial plateau fracture S82.1"


def m063():
    body = """Hi all,

for Thursday's case-management training, here is Case 7 (fully anonymised, details
changed; please don't try to match it to a real file):

  A man in his fifties, working abroad in the energy sector, presents with crushing
  chest pain at a remote site. Nearest cath lab is 600 km away. The local clinic
  gives aspirin and heparin and requests air evacuation.

  Questions for the group:
  1. Which information do you need from the treating doctor before you authorise the
     evacuation, and which can wait?
  2. What is the time window for PCI and how does it change the decision between
     local thrombolysis and transfer?
  3. Who decides fitness to fly, and what documentation do we need?

Solutions and discussion notes will be handed out after the session.

Best,
Olivia
"""
    m = mail(63, "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "KGH Case Management <kgh-casemanagement@kranichstein-global.example>",
             "Training Thursday - Case 7 (anonymised)", "Fri, 27 Nov 2026 12:00:00 +0000", text=body)
    return m, N, "en", "internal", "trap: anonymised training case (chest pain, evacuation), no identifiable person"


def m064():
    body = """Dear Dr Tran,

thank you for sending the organiser's cancellation notice. Since the congress
(ESC Winter Meeting, Lisbon, 3-6 December) was cancelled by the organiser, your travel
cancellation cover applies as an "event cancellation" under clause 4.3 of your policy.

  Policy: TR-7731-0845 (annual travel cancellation, individual)
  Claim no.: TR-26-0201994
  Flights (TAP, booking ref. QXW7LM): EUR 412.80 - refundable by the airline, please
  claim the refund there first
  Hotel (non-refundable): EUR 684.00 - covered
  Congress fee: refunded by the organiser, not covered

We will transfer EUR 684.00 to your account DE57 4306 0967 1169 8842 00 within five
working days.

Kind regards,
Carolin Meister
Travel Claims, Kranichstein Allgemeine Versicherung AG
"""
    m = mail(64, "Carolin Meister <carolin.meister@kranichstein.example>",
             "Lucy Tran <lucy.tran@kardiologie-frankfurt.example>",
             "Your travel cancellation claim TR-26-0201994",
             "Mon, 30 Nov 2026 10:40:00 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "doctor's travel cancellation for a cancelled congress (no health reason), policy and IBAN"


def m065():
    body = """Sehr geehrte Frau Dr. Reinhold,

Ihre kleine Patientin Mia Sanders (geb. 14.06.2019) ist über ihre Eltern bei uns
kinderunfallversichert (Vertrag UV-K-3318-5502). Der Vater hat einen Unfall vom
08.11.2026 gemeldet: Sturz vom Klettergerüst in der Kita, laut Schilderung "Arm
gebrochen, Gips 6 Wochen".

Für die Prüfung der Leistungen (Gipspauschale, ggf. Invalidität) benötigen wir einen
kurzen Unfallbericht mit:
  - Erstbefund und Diagnose (Röntgenbefund),
  - Art der Behandlung (konservativ / operativ),
  - voraussichtliche Heilungsdauer und ob mit bleibenden Folgen zu rechnen ist.

Die Einwilligung der Eltern zur Auskunft liegt uns vor (Formular SE-07 vom 12.11.2026).
Den Vordruck "Ärztlicher Unfallbericht Kind" füge ich bei; Honorar 40 EUR.

Mit freundlichen Grüßen
Sven Hollerbach
Unfall-Leistung
Kranichstein Allgemeine Versicherung AG
"""
    m = mail(65, "Sven Hollerbach <sven.hollerbach@kranichstein.example>",
             "Kinderarztpraxis Dr. Reinhold <praxis@kinderarzt-reinhold.example>",
             "Unfallbericht angefordert – Mia Sanders, UV-K-3318-5502",
             "Mon, 30 Nov 2026 13:15:20 +0100", text=body)
    return m, S, "de", "insurer-to-doctor", "child accident insurance: named child with birth date, fractured arm, report request"


def m066():
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hallo zusammen,</p>
<p>zur Vorbereitung auf die neue GOÄ hier die Gegenüberstellung häufiger Positionen, wie sie im aktuellen
Referentenentwurf stehen (Beträge gerundet, ohne Gewähr). Für unsere Tarifkalkulation relevant sind vor allem
die höheren Beträge für Gespräche und die Pauschalierung technischer Leistungen.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8e8e8"><th>Leistung</th><th>GOÄ alt (Nr., 2,3-fach)</th><th>GOÄ neu (Entwurf)</th><th>Veränderung</th></tr>
<tr><td>Beratung, auch telefonisch</td><td>Nr. 1: 10,72 EUR</td><td>15,20 EUR</td><td>+42 %</td></tr>
<tr><td>Eingehende Untersuchung</td><td>Nr. 7: 21,45 EUR</td><td>24,90 EUR</td><td>+16 %</td></tr>
<tr><td>Ultraschall Abdomen komplett</td><td>Nr. 410 + 3x 420: 107,23 EUR</td><td>79,00 EUR</td><td>-26 %</td></tr>
<tr><td>Langzeit-EKG</td><td>Nr. 659: 37,54 EUR</td><td>33,60 EUR</td><td>-10 %</td></tr>
<tr><td>Psychotherapie 50 min</td><td>Nr. 863: 100,55 EUR</td><td>118,00 EUR</td><td>+17 %</td></tr>
</table>
<p>Kein Fallbezug, nur Tarifpositionen. Fragen gern an mich.</p>
<p>Viele Grüße<br>Stefanie Lorch<br>Controlling Kranken</p>
</body></html>"""
    m = mail(66, "Stefanie Lorch <stefanie.lorch@kranichstein.example>",
             "Tarifkalkulation Kranken <tarif-kranken@kranichstein.example>",
             "GOÄ neu – Gegenüberstellung häufiger Positionen",
             "Mon, 30 Nov 2026 15:50:33 +0100", html=html)
    return m, N, "de", "internal", "trap: HTML-only table comparing GOÄ fee positions, no case"


def m067():
    body = """Sehr geehrte Frau Roth,

wir haben Ihre neue Bankverbindung für die Direktabrechnung von Pflegeleistungen
gespeichert:

  Leistungserbringer: Ambulanter Pflegedienst Helga Roth e.K.
  IK: 461 406 228
  Kontoinhaberin: Helga Roth
  IBAN: DE80 5089 0000 0071 1482 63 (Volksbank Darmstadt-Südhessen)

Zahlungen ab dem Abrechnungslauf 07.12.2026 gehen auf das neue Konto. Ihre Steuernummer
007/815/30912 haben wir wie gewünscht im Stammsatz ergänzt.

Mit freundlichen Grüßen
Heike Straub
Pflegeversicherung – Leistungserbringerverwaltung
"""
    m = mail(67, "Heike Straub <heike.straub@kranichstein.example>",
             "Helga Roth <h.roth@pflegedienst-roth.example>",
             "Bankverbindung geändert – IK 461406228", "Tue, 01 Dec 2026 09:05:00 +0100", text=body)
    return m, C, "de", "insurer-to-care-service", "sole-trader care service: personal IBAN and tax number; no care recipient"


def m068():
    body = """Liebe Frau Tiedemann,

herzlich willkommen in unserem Direktabrechnungsverfahren für Hebammenleistungen!
Folgende Daten haben wir aus Ihrer Anmeldung übernommen – bitte kurz prüfen:

  Name: Marlene Tiedemann, freiberufliche Hebamme
  Geburtsdatum: 19.04.1991
  Anschrift: Kiesstraße 37, 64283 Darmstadt
  IK-Nummer: 460 611 874
  Steuernummer: 007/240/51788
  IBAN: DE49 1203 0000 1037 7550 12

Abrechnen können Sie ab sofort über das Partnerportal (Zugangsdaten kommen getrennt
per Post). Es gilt die Hebammenvergütungsvereinbarung in der jeweils aktuellen Fassung.

Viele Grüße
Friederike Budde
Versorgungsmanagement
"""
    m = mail(68, "Friederike Budde <friederike.budde@kranichstein.example>",
             "Marlene Tiedemann <hebamme.tiedemann@mailbox-da.example>",
             "Anmeldung Direktabrechnung Hebammenleistungen",
             "Tue, 01 Dec 2026 11:11:11 +0100", text=body)
    return m, C, "de", "insurer-to-midwife", "freelance midwife: birth date, address, tax number, IBAN; no patient"


def m069():
    body = """Hello Ms Whitaker,

we would like to renew and extend our subscription to ClinRef Online for the
medical advisers in Darmstadt and the international team:

  Current: 12 named-user licences, expiring 31 December 2026
  Requested: 18 named-user licences from 1 January 2027, 3-year term
  Add-ons: drug interaction module, ICD-10-GM/ICD-10-CM mapping tables

Please send a quote including the academic-style discount mentioned at the
DGVM conference. Invoices to Kranichstein Versicherungsgruppe, Accounts Payable,
Rhönring 40, 64289 Darmstadt, VAT DE 811 402 773.

Best regards,
Ute Brandhorst
Procurement
"""
    m = mail(69, "Ute Brandhorst <ute.brandhorst@kranichstein.example>",
             "Rachel Whitaker <sales.emea@clinref.example>",
             "ClinRef Online - licence renewal 2027", "Tue, 01 Dec 2026 14:00:00 +0100", text=body)
    return m, N, "en", "insurer-to-supplier", "trap: clinical reference licence order (drug interactions, ICD mapping); company VAT only"


def m070():
    body = """Sehr geehrte Damen und Herren,

für Gutachtenaufträge ab 01.01.2027 gelten folgende Pauschalhonorare (jeweils zzgl.
Auslagen für Röntgen/Labor nach GOÄ und Fahrtkosten 0,42 EUR/km):

  Befundbericht (Formular, bis 1 Seite)                   40,00 EUR
  Ärztlicher Fragebogen BU                                 95,00 EUR
  Ergänzende Stellungnahme zum eigenen Gutachten           80,00 EUR
  Unfallgutachten nach Aktenlage                          280,00 EUR
  Unfallgutachten mit Untersuchung                        520,00 EUR
  BU-Gutachten Orthopädie mit Untersuchung                780,00 EUR
  BU-Gutachten Psychiatrie/Psychosomatik mit Testung     1.250,00 EUR

Bei besonderem Aufwand (z. B. Dolmetscher, umfangreiche Akte > 300 Seiten) sprechen
Sie uns bitte vor Beginn an.

Mit freundlichen Grüßen
Dr. med. Henrike Salzmann
Leitende Beratungsärztin
"""
    m = mail(70, "Dr. Henrike Salzmann <henrike.salzmann@kranichstein.example>",
             "Gutachternetzwerk <gutachter-netzwerk@lists.kranichstein.example>",
             "Gutachterhonorare ab 01.01.2027", "Wed, 02 Dec 2026 08:30:00 +0100", text=body)
    return m, N, "de", "insurer-to-doctor", "trap: fee schedule for medical reports and assessments, no person"


def m071():
    cal = ics("gutachten-uv-6614-0388@kranichstein.example", "20261215T090000Z", "20261215T103000Z",
              "Unfallgutachten Herr Yusuf Demirtas, UV-6614-0388",
              "Orthopädische Gemeinschaftspraxis Dr. Brandl & Dr. Quast, Rheinstraße 21, Darmstadt",
              "Nachuntersuchung re. Kniegelenk nach VKB-Ruptur (S83.53) und Meniskusnaht,\nUnfall 14.02.2026. Bitte Vorbefunde MRT 02/2026 und OP-Bericht mitbringen.",
              "corinna.lachmann@kranichstein.example")
    body = """Hallo Frau Köhler,

wie telefonisch besprochen anbei der Termin als Kalendereintrag. Die Unterlagen schicke
ich Ihnen morgen noch über das Portal.

Viele Grüße
Corinna Lachmann
Reha- und Schadenmanagement
"""
    m = mail(71, "Corinna Lachmann <corinna.lachmann@kranichstein.example>",
             "Praxisteam Brandl & Quast <termine@ortho-brandl-quast.example>",
             "Termin 15.12.", "Wed, 02 Dec 2026 10:47:12 +0100", text=body,
             atts=[att("Termin_2026-12-15.ics", ICS, cal)])
    return m, S, "de", "insurer-to-doctor", "harmless body; ICS names insured, knee ligament rupture S83.53, accident assessment"


def m072():
    body = """Sehr geehrte Frau Yilmaz,

hiermit beauftragen wir die datenschutzkonforme Vernichtung der Leistungsakten mit
abgelaufener Aufbewahrungsfrist (Schadenjahre bis einschließlich 2015):

  Menge: ca. 420 Archivboxen (Standort Archiv Weiterstadt, Regale C1–C14)
  Inhalt: Leistungsakten Kranken und Unfall, u. a. Arztberichte, Krankenhausrechnungen
  Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
  Abholung: 14.–16.12.2026, verplombte Behälter, Vernichtungsprotokoll je Behälter

Die Boxen enthalten Gesundheitsdaten; Ihre Mitarbeitenden müssen daher auf das
Datengeheimnis und § 203 StGB verpflichtet sein (Nachweis bitte vor Abholung).
Grundlage ist der AV-Vertrag vom 12.03.2024.

Mit freundlichen Grüßen
Ute Brandhorst
Einkauf
"""
    m = mail(72, "Ute Brandhorst <ute.brandhorst@kranichstein.example>",
             "Aktenschutz Rhein-Main GmbH <auftrag@aktenschutz-rm.example>",
             "Auftrag Aktenvernichtung Archiv Weiterstadt (Schadenjahre bis 2015)",
             "Wed, 02 Dec 2026 13:20:40 +0100", text=body)
    return m, N, "de", "insurer-to-supplier", "trap: shredding order for archived medical files, no individual data"


def m073():
    body = """Sehr geehrter Herr Dr. Brandl,

den Glasschaden an Ihrem Pkw haben wir wie folgt erfasst:

  Fahrzeug: Škoda Octavia Combi, DA-FB 2207
  Vertrag: KF-5506-1892 (Teilkasko ohne SB für Glas)
  Schaden-Nr.: KS-26-0662041
  Schaden: Steinschlag mit Riss in der Windschutzscheibe, A7 bei Kassel, 29.11.2026

Sie können den Austausch direkt bei einer unserer Partnerwerkstätten (z. B. Autoglas
Nordost, Pfungstädter Straße 80) vornehmen lassen; die Werkstatt rechnet mit uns ab.
Bitte das "Arzt Notdienst"-Schild vorher abnehmen, damit es nicht verloren geht.

Mit freundlichen Grüßen
Jonas Albrecht
Kfz-Schaden
"""
    m = mail(73, "Jonas Albrecht <jonas.albrecht@kranichstein.example>",
             "Dr. Florian Brandl <brandl@ortho-brandl-quast.example>",
             "Glasschaden KS-26-0662041", "Wed, 02 Dec 2026 15:02:00 +0100", text=body, cte="8bit")
    return m, C, "de", "insurer-to-doctor", "doctor's private motor glass claim: plate, contract and claim numbers"


def m074():
    x = xlsx([("Disputed items", [
        ["Invoice", "Date", "Item", "Code", "Qty", "Billed USD", "Comment"],
        ["LMC-552018", "2026-11-03", "ICU room & board", "0200", 3, 16500, "ICU 03-05 Nov confirmed"],
        ["LMC-552018", "2026-11-05", "ICU room & board", "0200", 1, 5500, "duplicate of 05 Nov - patient transferred to ward 11:20"],
        ["LMC-552018", "2026-11-04", "CT chest with contrast", "71260", 2, 4180, "only one CT in radiology report"],
        ["LMC-552018", "2026-11-06", "Ward room & board", "0120", 3, 5850, "ok"],
        ["LMC-552018", "2026-11-03", "Piperacillin-tazobactam 4.5 g IV", "J2543", 18, 2934, "ok"],
        ["Member", "Harald Zimmer, KGH-1145302, DOB 1958-02-19", "", "", "", "", ""],
        ["Diagnosis", "J18.9 pneumonia, J96.01 acute respiratory failure", "", "", "", "", ""]])])
    body = """Dear Ms Gutierrez,

we have reviewed invoice LMC-552018 submitted by your billing service. Two items appear
to be billed in error - details in the attached sheet. Please issue a corrected invoice;
the undisputed amount has been released today.

Best regards,
Claims Team Americas
Kranichstein Global Health
"""
    m = mail(74, "Claims Americas <claims.am@kranichstein-global.example>",
             "Maria Gutierrez <ar@lakeshore-medbilling.example>",
             "Invoice LMC-552018 - corrections requested",
             "Thu, 03 Dec 2026 16:45:09 +0000", text=body,
             atts=[att("LMC-552018_disputed_items.xlsx", XLSX, x)])
    return m, S, "en", "insurer-to-billing-centre", "harmless body; XLSX names member with DOB, pneumonia and respiratory failure, ICU billing"


def m075():
    body = """Dear Mr Farouk,

thank you for your interest in working with Kranichstein Global Health. We do not contract
medical-travel facilitators as intermediaries. Our members are free to choose any
recognised hospital; where we have a direct-billing agreement with the hospital, the
hospital bills us directly.

If you represent hospitals that wish to join our network, they can apply themselves via
provider.relations@kranichstein-global.example. Typical requirements are JCI or
equivalent accreditation, itemised invoicing with ICD-10 and procedure codes, and
English-language medical reports within 48 hours of discharge.

Kind regards,
Provider Relations
Kranichstein Global Health
"""
    m = mail(75, "Provider Relations <provider.relations@kranichstein-global.example>",
             "Omar Farouk <partnerships@medvoyage-facilitators.example>",
             "Re: Partnership proposal - medical travel", "Thu, 03 Dec 2026 17:10:00 +0000", text=body)
    return m, N, "en", "insurer-to-partner", "trap: generic reply to medical-travel facilitator, network requirements, no patient"

def m076():
    body = """Dear Mr O'Connell,

as requested we have added the new equipment to the contents cover of your
physiotherapy practice:

  Policyholder: Declan O'Connell, trading as Northgate Physio Darmstadt
  Premises: Frankfurter Straße 140, 64293 Darmstadt
  Policy: PI-8820-1147 (practice contents, fire/burglary/water/storm)
  Added item: radial shockwave device, serial SW-4410-7728, value EUR 18,900
  New sum insured: EUR 96,000 (previously EUR 77,100)
  Additional premium: EUR 41.70 pro rata for 2026, EUR 268.30 p.a. from 2027

Please note that damage caused by operator error is not covered under contents; for that
you would need our electronics policy - happy to send you a quote.

Best regards,
Ralf Mertesacker
Commercial Lines - Healthcare Professions
"""
    m = mail(76, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Declan O'Connell <declan@northgate-physio.example>",
             "Your practice contents policy PI-8820-1147 - new shockwave device",
             "Fri, 04 Dec 2026 09:25:45 +0100", text=body)
    return m, C, "en", "insurer-to-therapist", "sole-trader physio: practice contents contract, address, sums insured"


def m077():
    body = """Hallo Team,

hier der Stand der Urlaubsplanung zwischen den Jahren für die Kostenübernahme Stationär:

  21.–23.12.: Frisch, Ahrens, Neumeier anwesend
  24.12. und 31.12.: Notbesetzung Ahrens (vormittags)
  28.–30.12.: Neumeier, Stöckl
  02.01.: Frisch

Wer noch tauschen möchte, bitte bis Mittwoch untereinander klären und mir Bescheid
geben. Die Hotline-Weiterleitung an die Zentrale richte ich für den 24. und 31. ab 12 Uhr ein.

Gruß
Melanie
"""
    m = mail(77, "Melanie Frisch <melanie.frisch@kranichstein.example>",
             "Team KÜ Stationär <kue-team@kranichstein.example>",
             "Urlaubsplanung Weihnachten/Neujahr", "Fri, 04 Dec 2026 11:30:00 +0100", text=body)
    return m, N, "de", "internal", "holiday rota with colleague names, no reasons, organisational"


def m078():
    body = """Hallo Herr Oyelaran,

bitte übernehmen Sie den Antrag auf das Pflegebett – die Pflegedienstleitung hat unten
alles Notwendige geschrieben. Pflegegrad liegt vor, Tarif PZ-Plus.

Danke
Heike Straub

> Von: Pflegedienst Sonnenweg – PDL <pdl@pflegedienst-sonnenweg.example>
> Gesendet: Donnerstag, 3. Dezember 2026 18:12
> An: pflege-leistung@kranichstein.example
> Betreff: Dringend: Pflegebett für Herrn Wilfried Ebeling, PV-4412-22915
>
> Sehr geehrte Damen und Herren,
> Herr Ebeling (84 J., Pflegegrad 4) ist heute Nacht erneut aus dem Bett gestürzt,
> dritter Sturz seit Oktober. Keine Fraktur laut Notarzt, aber Hämatom Hüfte li.
> Er ist seit dem Apoplex im Juli (Hemiparese re.) kaum noch transferfähig,
> Ehefrau (81) kann ihn nicht allein mobilisieren. Wir bitten um sofortige Versorgung
> mit einem Pflegebett mit Seitengittern und Aufstehhilfe sowie eine Sturzmatte.
> Verordnung Hausarzt folgt. Freiheitsentziehende Maßnahme (Bettgitter) ist mit der
> Betreuerin abgestimmt, Genehmigung Betreuungsgericht ist beantragt.
> Mit freundlichen Grüßen
> Birgit Lanz, Pflegedienstleitung
"""
    m = mail(78, "Heike Straub <heike.straub@kranichstein.example>",
             "Dennis Oyelaran <dennis.oyelaran@kranichstein.example>",
             "WG: Dringend: Pflegebett für Herrn Wilfried Ebeling, PV-4412-22915",
             "Fri, 04 Dec 2026 08:05:17 +0100", text=body)
    return m, S, "de", "care-service", "quoted care-service mail: named care recipient, care level 4, falls, stroke, bed rails"


def m079():
    body = """Sehr geehrte Frau Doktor, sehr geehrter Herr Doktor,

im Oktober haben wir Ärztinnen und Ärzte, Therapeutinnen und Therapeuten zur
Zusammenarbeit mit der Kranichstein Krankenversicherung befragt. Vielen Dank an die
1.184 Praxen, die teilgenommen haben! Die wichtigsten Ergebnisse:

  - 71 % sind mit der Bearbeitungsdauer von Kostenübernahmen zufrieden (2025: 63 %)
  - 58 % wünschen sich eine elektronische Übermittlung von Befundberichten
  - Meistgenannter Ärger: Rückfragen zu Steigerungsfaktoren (GOÄ § 5) – 44 %
  - Physiotherapie-Praxen bemängeln die uneinheitliche Anerkennung von Blankoverordnungen

Was wir ändern: Ab 2027 können Befundberichte über das Partnerportal hochgeladen werden,
und wir veröffentlichen eine Liste typischer Begründungen, die wir ohne Rückfrage akzeptieren.

Mit freundlichen Grüßen
Ihr Versorgungsmanagement der Kranichstein Krankenversicherung AG
"""
    m = mail(79, "Versorgungsmanagement <versorgungsmanagement@kranichstein.example>",
             "Leistungserbringer-Verteiler <praxen@lists.kranichstein.example>",
             "Ergebnisse der Praxisbefragung 2026", "Mon, 07 Dec 2026 07:30:00 +0100", text=body)
    return m, N, "de", "newsletter", "trap: survey results to practices, percentages only"


def m080():
    body = """Sehr geehrter Herr Dr. Quast,

Ihre Meldung aus der Hundehalterhaftpflicht haben wir erhalten:

  Versicherungsnehmer: Dr. med. Jonas Quast, Am Rodenberg 11, 64342 Seeheim-Jugenheim
  Vertrag: TH-4410-8873, versicherter Hund: Berner Sennenhund "Bruno", Chip 276098106655321
  Schaden-Nr.: HP-26-0380922
  Hergang: Bruno hat am 28.11. den Zaun Ihres Nachbarn Herrn Gerd Pfannmüller
  (Am Rodenberg 13) beim Graben unterhöhlt, zwei Zaunfelder und ein Beet beschädigt.
  Personen oder Tiere kamen nicht zu Schaden.

Bitte senden Sie uns Fotos und den Kostenvoranschlag des Nachbarn (lt. Ihrer Angabe ca.
650 EUR). Wir setzen uns dann direkt mit Herrn Pfannmüller in Verbindung.

Mit freundlichen Grüßen
Petra Hahnemann
Haftpflicht-Schaden
"""
    m = mail(80, "Petra Hahnemann <petra.hahnemann@kranichstein.example>",
             "Jonas Quast <j.quast@privat-mail.example>",
             "Haftpflichtschaden HP-26-0380922 (Hund Bruno)",
             "Mon, 07 Dec 2026 10:18:00 +0100", text=body)
    return m, C, "de", "insurer-to-doctor", "doctor's private dog liability claim: home address, neighbour named, nobody hurt"


def m081():
    body = """Sehr geehrte Damen und Herren,
sehr geehrter Herr Dr. Eichhorn,

zu Ihrer Anfrage vom 04.12. zur Kostenübernahme für Frau Lara Pfitzner
(KV-7734-108852):

Die beantragte MRT Schädel und HWS mit KM (GOÄ 5700, 5705, 5731, 5733) ist bei der
geschilderten Symptomatik – seit 3 Wochen Sehstörung re. mit Bulbusbewegungsschmerz,
V.a. Retrobulbärneuritis, Dysästhesien li. Hand, Z.n. Sensibilitätsstörung Bein 2024 –
medizinisch notwendig. Die Abklärung einer Multiplen Sklerose (V.a. G35) ist
leitliniengerecht. Eine Vorabgenehmigung ist nach unseren Tarifbedingungen nicht
erforderlich; die Rechnung wird regulär erstattet.

Eine Lumbalpunktion ist, sofern der Neurologe sie veranlasst, ebenfalls versichert.

Mit kollegialen Grüßen
Dr. med. Henrike Salzmann
Leitende Beratungsärztin
"""
    m = mail(81, "Dr. Henrike Salzmann <henrike.salzmann@kranichstein.example>",
             "Radiologie am Luisenplatz <anmeldung@radiologie-luisenplatz.example>",
             "Kostenübernahmeanfrage MRT – Frau Pfitzner",
             "Mon, 07 Dec 2026 13:40:22 +0100", text=body)
    return m, S, "de", "insurer-to-doctor", "medical adviser on named insured: suspected MS G35, optic neuritis, MRI approval"


def m082():
    body = """Dear billing colleagues,

a friendly reminder of the minimum content of invoices for direct settlement. Incomplete
invoices are returned and delay payment for everyone. Each invoice must show:

  1. Member name, date of birth and policy number as printed on the member card
  2. Admission and discharge date/time
  3. Diagnosis codes (ICD-10), principal diagnosis first
  4. Procedure codes (CPT / OPCS / local) and itemised charges
  5. Name and specialty of the treating physician
  6. Discharge summary attached (PDF)

Dummy example of a correctly filled header (all data fictitious):
  Member: TEST, Patient A. | DOB 01/01/1970 | Policy KGH-0000000
  Adm 01/01/2027 08:00 | Disch 03/01/2027 10:00 | Dx K35.80 | Proc 44970

Thank you for your cooperation.
Provider Relations, Kranichstein Global Health
"""
    m = mail(82, "Provider Relations <provider.relations@kranichstein-global.example>",
             "Network hospital billing <billing-contacts@lists.kranichstein-global.example>",
             "Reminder: minimum invoice content for direct billing",
             "Tue, 08 Dec 2026 08:00:00 +0000", text=body)
    return m, N, "en", "insurer-to-hospital", "trap: invoice requirements with fictitious test member and dummy ICD code"


def m083():
    body = """Dear Dr Whitcombe,

thanks for forwarding the no-claims letter from Albion Direct. We've credited your
7 claim-free years:

  Policy: KF-9102-4478 (since 16/11/2026)
  Vehicle: DA-HW 486, VW Golf Variant
  No-claims class: SF 7 (third party) / SF 7 (comprehensive)
  New monthly premium from 01/12/2026: EUR 58.12 (was EUR 96.40)

The difference for November (EUR 19.14) will be refunded to your account
DE96 5086 2555 0002 7381 40 with the next direct debit run.

Best wishes,
Jonas Albrecht
Motor Insurance Service
"""
    m = mail(83, "Jonas Albrecht <jonas.albrecht@kranichstein.example>",
             "Hannah Whitcombe <h.whitcombe@locum-mail.example>",
             "No-claims bonus applied - KF-9102-4478", "Tue, 08 Dec 2026 11:02:37 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "motor policy of a doctor: plate, SF class, premium, IBAN"


def m084():
    text = """Dear Professor Lindgren,

thank you for agreeing to provide a second opinion for our member Mrs Anneliese
Borchardt (born 1964, policy KGH-0773215), who lives in Stockholm.

Summary of the file (treating oncologist: Dr. Mattsson, Karolinska-area private clinic):
- Invasive ductal carcinoma left breast, pT2 pN1a (2/14) M0, G3, ER 0 %, PR 0 %,
  HER2 3+ (C50.4 L), diagnosed August 2026
- Neoadjuvant therapy was not given; mastectomy + axillary dissection on 14/09/2026
- Proposed adjuvant regimen: paclitaxel + trastuzumab + pertuzumab, then
  trastuzumab emtansine; estimated cost SEK 1.9 m over 12 months

Our question: is the proposed regimen in line with current ESMO guidance given that
no neoadjuvant therapy was given, and is pertuzumab indicated at this nodal status?

The member has consented to the second opinion (form attached in the portal).

Kind regards,
Dr. med. Henrike Salzmann
Chief Medical Adviser, Kranichstein Versicherungsgruppe
"""
    html = """<html><body style="font-family:Georgia,serif;font-size:11pt">
<p>Dear Professor Lindgren,</p>
<p>thank you for agreeing to provide a second opinion for our member <b>Mrs Anneliese Borchardt</b> (born 1964, policy KGH-0773215), who lives in Stockholm.</p>
<p>Summary of the file (treating oncologist: Dr. Mattsson, Karolinska-area private clinic):</p>
<ul>
<li>Invasive ductal carcinoma left breast, pT2 pN1a (2/14) M0, G3, ER 0 %, PR 0 %, HER2 3+ (C50.4 L), diagnosed August 2026</li>
<li>Neoadjuvant therapy was not given; mastectomy + axillary dissection on 14/09/2026</li>
<li>Proposed adjuvant regimen: paclitaxel + trastuzumab + pertuzumab, then trastuzumab emtansine; estimated cost SEK 1.9 m over 12 months</li>
</ul>
<p>Our question: is the proposed regimen in line with current ESMO guidance given that no neoadjuvant therapy was given,
and is pertuzumab indicated at this nodal status?</p>
<p>The member has consented to the second opinion (form attached in the portal).</p>
<p>Kind regards,<br>Dr. med. Henrike Salzmann<br>Chief Medical Adviser, Kranichstein Versicherungsgruppe</p>
</body></html>"""
    m = mail(84, "Dr. Henrike Salzmann <henrike.salzmann@kranichstein.example>",
             "Prof. Erik Lindgren <e.lindgren@oncology-secondopinion.example>",
             "Second opinion request - KGH-0773215", "Tue, 08 Dec 2026 14:55:00 +0100",
             text=text, html=html)
    return m, S, "en", "insurer-to-doctor", "second-opinion request: named member, breast cancer C50.4 L, chemotherapy plan"


def m085():
    body = """Hi everyone,

the Rhönring garage will be resurfaced from 14 to 18 December. During that week the
KGH team gets 12 permits for the P+R site at Böllenfalltor; the shuttle runs every
15 minutes from 7:00 to 9:30 and from 16:00 to 18:30.

If you need one of the 12 permits, reply to me by Thursday. First come, first served,
car-sharing groups get priority.

Thanks,
Aleksandra
--
Aleksandra Nowicka | Team Assistant, Kranichstein Global Health
"""
    m = mail(85, "Aleksandra Nowicka <aleksandra.nowicka@kranichstein-global.example>",
             "KGH all staff <kgh-all@kranichstein-global.example>",
             "Parking 14-18 December", "Wed, 09 Dec 2026 09:12:00 +0100", text=body)
    return m, N, "en", "internal", "parking notice, organisational"


def m086():
    body = """Sehr geehrter Herr Dreyer,

der Glasbruch am Schaufenster Ihrer Apotheke ist unter GL-26-0099182 erfasst.

  Versicherungsnehmer: Michael Dreyer e.K., Löwen-Apotheke, Marktplatz 9, 64807 Dieburg
  Vertrag: GL-3308-7713 (Gewerbeglas)
  Schaden: Isolierglasscheibe 2,40 x 1,80 m, Ursache Vandalismus in der Nacht zum 06.12.

Die Notverglasung durch die Glaserei Hufnagel ist in Ordnung. Die Erneuerung inkl.
Beschriftung "Löwen-Apotheke - Botendienst" übernehmen wir bis zum Neuwert; bitte die
Rechnung direkt an uns. Eine Anzeige bei der Polizei ist nicht zwingend, hilft aber
beim Regress.

Mit freundlichen Grüßen
Ralf Mertesacker
Schaden Gewerbe
"""
    m = mail(86, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Löwen-Apotheke Dieburg <m.dreyer@loewen-apotheke-dieburg.example>",
             "Glasschaden GL-26-0099182", "Wed, 09 Dec 2026 14:40:18 +0100", text=body,
             charset="iso-8859-1")
    return m, C, "de", "insurer-to-pharmacy", "pharmacist e.K. glass claim: contract, claim no., business address; iso-8859-1"


def m087():
    body = """Zur Info an alle in der ambulanten Leistung – die PVS hat ihre Kunden (Ärzte)
angeschrieben, wie sie künftig Steigerungsfaktoren begründen. Das sollte bei uns zu
weniger Rückfragen führen. Gruß, T. Wendland

---------- Weitergeleitete Nachricht ----------
Von: PVS Rhein-Main Kundeninfo <kundeninfo@pvs-rheinmain.example>
Datum: 08.12.2026
Betreff: PVS-Info 12/2026: Begründungen nach § 12 GOÄ

Liebe Kundinnen und Kunden,

immer häufiger fordern private Krankenversicherer Begründungen für Gebühren oberhalb
des Schwellenwerts an. Wir haben deshalb unsere Begründungsbibliothek erweitert.
Beispiele (bitte nur verwenden, wenn zutreffend):

  Nr. 1 / 3,5-fach: "überdurchschnittlicher Zeitaufwand (> 20 Min.) wegen
  Multimorbidität und Verständigungsschwierigkeiten"
  Nr. 410 / 3,5-fach: "erschwerte Schallbedingungen bei Meteorismus / Adipositas"
  Nr. 2100 / 3,0-fach: "erhöhte Blutungsneigung unter Antikoagulation"

Pauschale Begründungen wie "erhöhter Aufwand" werden von Versicherern regelmäßig
nicht akzeptiert.

Ihre PVS Rhein-Main
"""
    m = mail(87, "Tobias Wendland <tobias.wendland@kranichstein.example>",
             "Leistung ambulant <leistung-ambulant@kranichstein.example>",
             "WG: PVS-Info 12/2026: Begründungen nach § 12 GOÄ",
             "Wed, 09 Dec 2026 16:02:44 +0100", text=body)
    return m, N, "de", "billing-centre", "trap: forwarded billing-centre newsletter with generic GOÄ justification texts"


def m088():
    csv = ("Fachgruppe;Rechnungen 2026;Anteil > 2,3-fach;Anteil 3,5-fach;Ø Faktor;Rückfragen\n"
           "Allgemeinmedizin;48213;31,2 %;9,8 %;2,41;1204\n"
           "Innere Medizin;36120;38,9 %;14,1 %;2,56;1388\n"
           "Orthopädie;29877;44,6 %;17,3 %;2,63;1579\n"
           "Radiologie;22450;12,4 %;2,1 %;1,86;211\n"
           "Dermatologie;15402;35,0 %;10,6 %;2,44;402\n"
           "Psychotherapie;9931;8,3 %;1,2 %;2,31;96\n"
           "Zahnmedizin (GOZ);41009;52,7 %;21,9 %;2,78;2240\n")
    body = """Hallo Stefanie,

anbei die Auswertung der Steigerungsfaktoren nach Fachgruppe für den Quartalsbericht.
Die Rückfragenzahl ist die Anzahl der Rechnungen mit Anforderung einer Begründung.
Keine Arzt- oder Patientenbezüge in der Datei, nur Fachgruppen.

Marcel
"""
    m = mail(88, "Marcel Gruber <marcel.gruber@kranichstein.example>",
             "Stefanie Lorch <stefanie.lorch@kranichstein.example>",
             "Auswertung Steigerungsfaktoren 2026", "Thu, 10 Dec 2026 10:00:00 +0100", text=body,
             atts=[txt("Steigerungsfaktoren_Fachgruppen_2026.csv", "csv", csv, "utf-8")])
    return m, N, "de", "internal", "trap: aggregate fee-factor statistics per specialty in CSV"


def m089():
    body = """Sehr geehrte Frau Dr. Neubeck,

für Ihre neuen Praxisräume haben wir die Mietkautionsbürgschaft ausgestellt:

  Bürgschaftsnehmerin: Dr. med. Carla Neubeck, Fachärztin für Innere Medizin
  Vermieter: Grundstücksgemeinschaft Ernst-Ludwig-Straße 5 GbR
  Mietobjekt: Praxisfläche 1. OG, Ernst-Ludwig-Straße 5, 64283 Darmstadt
  Kautionsbetrag: 12.600,00 EUR (3 Monatsmieten netto kalt)
  Bürgschafts-Nr.: MKB-26-004471
  Jahresprämie: 239,40 EUR, Abbuchung von DE22 5004 0000 0487 2133 90

Die Originalurkunde geht heute per Einschreiben an den Vermieter, eine Kopie an Sie.

Mit freundlichen Grüßen
Ralf Mertesacker
Kautionsversicherung / Gewerbe
"""
    m = mail(89, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Carla Neubeck <c.neubeck@internistin-neubeck.example>",
             "Mietkautionsbürgschaft MKB-26-004471", "Thu, 10 Dec 2026 11:48:25 +0100", text=body)
    return m, C, "de", "insurer-to-doctor", "doctor's rent-deposit guarantee: amount, address, IBAN"


def m090():
    body = """Sehr geehrter Herr Kollege Dr. Sahin,

vielen Dank für Ihren ausführlichen Befundbericht. Unser Versicherter, Mr Liam O'Sullivan,
spricht kein Deutsch und bittet um eine englische Zusammenfassung für seinen Arzt in Cork.
Wäre es Ihnen möglich, die folgenden Kernpunkte zu bestätigen bzw. zu korrigieren?
Wir würden sie dann so an ihn weitergeben:

  "Diagnosis: Crohn's disease of the terminal ileum (K50.0), first diagnosed October 2026
   by ileocolonoscopy, Montreal A2 L1 B1. Current therapy: budesonide 9 mg daily, tapering
   from week 8; azathioprine 2.5 mg/kg planned after TPMT result. Follow-up colonoscopy
   in 6 months. Work capacity: fit for office work."

Die Kosten für die Übersetzung Ihres Arztbriefes übernehmen wir selbstverständlich;
alternativ beauftragen wir einen Übersetzer.

Mit kollegialen Grüßen
Dr. med. Malte Issing
Beratungsarzt, Kranichstein Global Health
"""
    m = mail(90, "Dr. Malte Issing <malte.issing@kranichstein-global.example>",
             "Dr. Kerem Sahin <praxis@gastro-sahin.example>",
             "Mr O'Sullivan – English summary / Befundbericht",
             "Thu, 10 Dec 2026 15:20:00 +0100", text=body)
    return m, S, "mixed", "insurer-to-doctor", "German letter with English medical summary: named insured, Crohn's disease K50.0, medication"

def m091():
    body = """Jana, kurz von unterwegs: Dr Wenzel hat zurückgerufen wg. Lamprecht. MRT zeigt NVP L5/S1 li mit Wurzelkompression S1, er wird am 14.12. im Klinikum Bergstraße operiert (Nukleotomie), danach Reha geplant. AU also sicher bis Ende Januar. Befundbericht kommt schriftlich nach. Bitte KT weiterlaufen lassen, ich leg ne Notiz in die Akte wenn ich zurück bin

Tobias

Von meinem iPhone gesendet
"""
    m = mail(91, "Tobias Wendland <tobias.wendland@kranichstein.example>",
             "Jana Oberdorfer <jana.oberdorfer@kranichstein.example>",
             "Lamprecht", "Fri, 11 Dec 2026 12:41:09 +0100", text=body,
             extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return m, S, "de", "doctor", "mobile note relaying doctor's call: named insured, disc prolapse L5/S1, surgery date; subject only a surname"


def m092():
    body = """Willkommen im Partnerportal der Kranichstein Krankenversicherung
Welcome to the Kranichstein partner portal

Für Ihre Praxis wurde ein Zugang eingerichtet. / An account has been created for your practice.

Benutzername / user name: praxis-2026-04471
Einmal-Passwort / one-time password: wird Ihnen separat per SMS zugestellt / sent separately by SMS

Nach der ersten Anmeldung können Sie Befundberichte hochladen, Kostenübernahmen
abfragen und Rechnungen einreichen. / After first login you can upload medical reports,
check cost approvals and submit invoices.

Diese Nachricht wurde automatisch erstellt. / This message was generated automatically.
"""
    m = mail(92, "Partnerportal <no-reply@partnerportal.kranichstein.example>",
             "praxis@praxis-wenzel.example",
             "Ihr Zugang zum Partnerportal / Your partner portal account",
             "Fri, 11 Dec 2026 14:00:02 +0100", text=body, extra=[("Auto-Submitted", "auto-generated")])
    return m, N, "mixed", "insurer-to-doctor", "trap: bilingual portal registration notice mentioning medical reports, no credential or patient"


def m093():
    x = xlsx([("Verträge", [
        ["Vertrag", "Sparte", "Versicherungsnehmer", "Risikoort", "Versicherungssumme EUR", "Jahresbeitrag EUR", "Zahlweg"],
        ["PI-5590-3310", "Praxis-Inhalt", "Dr. med. Kerem Sahin", "Elisabethenstraße 20, 64283 Darmstadt", 145000, 612.8, "Lastschrift DE35 2004 0060 0718 2235 90"],
        ["EL-5590-3311", "Elektronik (Endoskopie-Turm, Ultraschall)", "Dr. med. Kerem Sahin", "Elisabethenstraße 20, 64283 Darmstadt", 210000, 1488.0, "Lastschrift DE35 2004 0060 0718 2235 90"],
        ["BH-5590-3312", "Berufshaftpflicht", "Dr. med. Kerem Sahin", "–", 5000000, 2964.5, "Lastschrift DE35 2004 0060 0718 2235 90"],
        ["", "", "", "", "Summe Beitrag", 5065.3, ""]])])
    body = """Sehr geehrter Herr Dr. Sahin,

wie am Telefon besprochen erhalten Sie anbei die Übersicht Ihrer Praxisverträge
für Ihren Steuerberater.

Mit freundlichen Grüßen
Ralf Mertesacker
Gewerbekunden Heilberufe
"""
    m = mail(93, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Dr. Kerem Sahin <praxis@gastro-sahin.example>",
             "Übersicht Ihrer Verträge", "Fri, 11 Dec 2026 15:30:48 +0100", text=body,
             atts=[att("Vertragsuebersicht_Sahin_2026.xlsx", XLSX, x)])
    return m, C, "de", "insurer-to-doctor", "harmless body; XLSX lists doctor's practice contracts, address and IBAN"


def m094():
    body = """Approved as requested, GOP reference 26-51822, valid for the cycle on 16 December.
The pre-medication and G-CSF are included.

Regards,
Olivia Hartigan
Medical Case Manager, Kranichstein Global Health
"""
    m = mail(94, "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "Oncology Day Unit <daycare.billing@alnoor-harbour.example>",
             "RE: Pre-auth KGH-3390021 Okonkwo, Chidi - carboplatin/pemetrexed cycle 4 (C34.1)",
             "Mon, 14 Dec 2026 08:15:00 +0400", text=body)
    return m, S, "en", "insurer-to-hospital", "sensitive data only in subject: named member, lung cancer C34.1, chemotherapy"


def m095():
    body = """Hello Mr Dornbusch, hello Mr Klee,

to switch our mail exchange to enforced TLS plus domain-level S/MIME, we need the
following from the Klinikum's IT:

  - the public domain certificate for klinikum-bergstrasse-sued.example (PEM)
  - confirmation that your MX accepts TLS 1.2 or higher (we see TLS 1.3 in our logs)
  - a technical contact for certificate renewals

Our own domain certificate (kranichstein.example) is attached to our website's
security page; fingerprint SHA-256 3F:9A:11:C2:... will be read out on the phone as agreed.

No patient or case data is involved in this set-up; test mails will contain only
"Testnachricht 1-5".

Best regards,
Jonas Pfeffer
IT Security / Mail Operations
"""
    m = mail(95, "Jonas Pfeffer <jonas.pfeffer@kranichstein.example>",
             "Arne Dornbusch <a.dornbusch@klinikum-bergstrasse-sued.example>",
             "Secure mail between Klinikum and Kranichstein - certificate exchange",
             "Mon, 14 Dec 2026 10:05:11 +0100", text=body,
             cc="Tobias Klee <t.klee@klinikum-bergstrasse-sued.example>")
    return m, N, "en", "insurer-to-hospital", "trap: technical certificate exchange with hospital IT, no patient"


def m096():
    body = """Dear Dr Adeyemi,

we have settled your bike theft claim HR-26-0558310:

  Replacement value e-bike: EUR 5,299.00
  Age deduction (2.5 years, 20 %): - EUR 1,059.80
  Settlement: EUR 4,239.20

The amount will be credited to your account DE56 7601 0085 0811 2493 37 within three
working days. If the bike is found, please let us know - you may then choose to keep it
and repay the settlement.

Kind regards,
Carolin Meister
Household Claims
"""
    m = mail(96, "Carolin Meister <carolin.meister@kranichstein.example>",
             "Tunde Adeyemi <t.adeyemi@klinikum-bergstrasse-sued.example>",
             "Settlement HR-26-0558310", "Mon, 14 Dec 2026 13:22:00 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "household claim settlement with IBAN of a named doctor"


def m097():
    auftrag = docx([
        "Gutachtenauftrag – Kranichstein Lebensversicherung AG",
        "Az.: BU-8812-440371 / Versicherte: Jasmin Oettinger, geb. 27.08.1985",
        "Fragestellung: Liegt aus psychiatrischer Sicht seit dem 16.03.2026 eine Beeinträchtigung vor, die die zuletzt ausgeübte Tätigkeit als Erzieherin zu mindestens 50 % unmöglich macht? Wie ist die Prognose?",
        "Vorliegende Diagnosen lt. Behandler: F32.2 schwere depressive Episode ohne psychotische Symptome; F41.0 Panikstörung; Z73.0 Erschöpfungssyndrom",
        "Bitte mit testpsychologischer Beschwerdevalidierung (z. B. SIMS, TOMM).",
        "Honorar: Pauschale BU-Gutachten Psychiatrie mit Testung, 1.250,00 EUR"])
    vorbef = pdf(["Praxis Dr. med. Peter Ruppenthal - Facharzt fuer Psychiatrie und Psychotherapie",
                  "Aerztlicher Fragebogen BU-8812-440371, ausgefuellt am 01.12.2026",
                  "Patientin: Jasmin Oettinger, geb. 27.08.1985",
                  "1. In Behandlung seit 09.02.2026",
                  "2. F32.2 schwere depressive Episode; F41.0 Panikstoerung",
                  "3. Antrieb stark gemindert, Gruebeln, Ein- und Durchschlafstoerung, Suizidgedanken",
                  "   verneint, Konzentration deutlich reduziert. BDI-II 34.",
                  "4. Venlafaxin 225 mg, Mirtazapin 15 mg z.N.",
                  "5. Tagesklinik 04.05.-26.06.2026",
                  "6. Gruppenleitung, Elterngespraeche, Laermexposition derzeit nicht moeglich",
                  "7. Besserung innerhalb 6 Monaten fraglich"], "Fragebogen")
    csv = ("Dokument;Datum;Seiten\n"
           "Antrag BU mit Gesundheitsangaben;2019-05-02;6\n"
           "Leistungsantrag;2026-10-21;8\n"
           "Arztlicher Fragebogen Dr. Ruppenthal;2026-12-01;3\n"
           "Entlassbericht Tagesklinik;2026-06-26;5\n")
    z = zipped([("01_Gutachtenauftrag.docx", auftrag), ("02_Fragebogen_Ruppenthal.pdf", vorbef),
                ("Aktenverzeichnis.csv", csv.encode("utf-8"))])
    body = """Sehr geehrte Frau Dr. Brenner-Lutz,

vielen Dank, dass Sie den Auftrag übernehmen. Anbei die Unterlagen als ZIP
(Passwort wie besprochen telefonisch). Die Versicherte wird sich zur Terminvereinbarung
bei Ihnen melden.

Mit freundlichen Grüßen
Konstantin Reuß
BU-Leistungsprüfung
"""
    m = mail(97, "Konstantin Reuß <konstantin.reuss@kranichstein.example>",
             "Dr. Sigrun Brenner-Lutz <gutachten@brenner-lutz-psychiatrie.example>",
             "Gutachtenauftrag Az. BU-8812-440371", "Tue, 15 Dec 2026 09:00:30 +0100", text=body,
             atts=[att("BU-8812-440371_Unterlagen.zip", ZIP, z)])
    return m, S, "de", "insurer-to-doctor", "psychiatric assessment order; diagnoses, medication, birth date only inside ZIP (DOCX, PDF, CSV)"


def m098():
    body = """Liebe Kolleginnen und Kollegen in der Leistungsbearbeitung,

ab 01.01.2027 gilt für den E-Mail-Versand an Ärzte, Kliniken und Therapeuten:

  1. Gesundheitsdaten (Diagnosen, Befunde, Rechnungen mit Patientenbezug) nur über
     das Partnerportal oder per verschlüsselter E-Mail versenden.
  2. Im Betreff keine Diagnosen und keine Patientennamen – nur unser Aktenzeichen.
  3. Schweigepflichtentbindungen nicht als Anhang an die Arztpraxis schicken, wenn die
     Praxis nur eine Bestätigung braucht; "liegt vor" genügt.
  4. Bei Fehlversand (falscher Empfänger) sofort an datenschutz@ melden – die 72-Stunden-Frist
     nach Art. 33 DSGVO läuft ab Kenntnis.

Fragen beantworten wir in der Sprechstunde Datenschutz, dienstags 14–15 Uhr.

Dr. Bernd Kaltwasser
Datenschutzbeauftragter
"""
    m = mail(98, "Dr. Bernd Kaltwasser <datenschutz@kranichstein.example>",
             "Leistung alle <leistung-alle@kranichstein.example>",
             "Neue Regeln für den Versand von Gesundheitsdaten an Leistungserbringer",
             "Tue, 15 Dec 2026 11:00:00 +0100", text=body)
    return m, N, "de", "internal", "trap: data-protection rules about sending health data, no case"


def m099():
    body = """Hi Jenny,

could you please deliver the following to our Darmstadt office (Rhönring 40, goods-in,
ramp B) before 22 December:

  40 boxes A4 copy paper, 80 g, FSC
  12 toner cartridges for the Kyocera TASKalfa 4054ci (black)
   6 boxes of archive binders, 8 cm, blue

PO number 4500771203. Invoice to accounts payable as usual.

Thanks and happy holidays,
Ute
"""
    m = mail(99, "Ute Brandhorst <ute.brandhorst@kranichstein.example>",
             "Jenny Fischer <orders@bueroprofi-sued.example>",
             "PO 4500771203 - office supplies", "Tue, 15 Dec 2026 14:20:18 +0100", text=body)
    return m, N, "en", "insurer-to-supplier", "office supplies order, organisational"


def m100():
    o = odt(["Rehaklinik Am Kurpark Bad Orb – Abteilung Orthopädie",
             "Ärztlicher Entlassungsbericht",
             "Patient: Herr Yusuf Demirtas, geb. 09.03.1983, Kostenträger: Kranichstein Allgemeine Versicherung AG / UV-6614-0388",
             "Aufenthalt: 02.11.2026 – 30.11.2026",
             "Diagnosen: 1. Z.n. VKB-Plastik re. (Semitendinosus) und Innenmeniskusnaht re. am 03.03.2026 (S83.53 R, S83.2 R); 2. Arthrofibrose re. Knie, Narkosemobilisation 08/2026; 3. Adipositas Grad I (BMI 31)",
             "Befund bei Aufnahme: ROM Knie re. Ext/Flex 0-10-90, Quadrizepsatrophie 3 cm, Gangbild hinkend mit 1 UAGS.",
             "Verlauf: KG, MTT, Elektrotherapie, Bewegungsbad. Schmerzmedikation Ibuprofen 600 bei Bedarf.",
             "Befund bei Entlassung: ROM 0-5-115, freies Gangbild ohne Hilfsmittel über 500 m, Treppe im Wechselschritt.",
             "Sozialmedizinische Beurteilung: Tätigkeit als Lagerlogistiker mit häufigem Knien/Hocken derzeit nicht möglich; stufenweise Wiedereingliederung ab 04.01.2027 empfohlen.",
             "Dr. med. Jörg Ammersbach, Chefarzt"])
    body = """Hallo Herr Hollerbach,

der Entlassungsbericht aus Bad Orb ist heute gekommen, anbei. Für die Invaliditätsbemessung
würde ich mit dem Gutachten bei Dr. Brandl noch bis nach der Wiedereingliederung warten.

Gruß
Corinna Lachmann
"""
    m = mail(100, "Corinna Lachmann <corinna.lachmann@kranichstein.example>",
             "Sven Hollerbach <sven.hollerbach@kranichstein.example>",
             "Entlassungsbericht Bad Orb", "Wed, 16 Dec 2026 10:30:00 +0100", text=body,
             atts=[att("Entlassungsbericht_Reha_UV-6614-0388.odt", ODT, o)])
    return m, S, "de", "hospital", "rehab discharge report only in ODT: named insured, birth date, knee diagnoses, work capacity"


def m101():
    body = """Sehr geehrte Frau Hölzl,

vielen Dank für Ihre Meldung. Der Wildunfall mit Ihrem Praxisfahrzeug ist erfasst:

  Fahrzeug: Dacia Jogger, DA-SH 1120 (Hausbesuche Ergotherapie/Logopädie)
  Vertrag: KF-1187-3351, Teilkasko mit 150 EUR SB
  Schaden-Nr.: KS-26-0671130
  Hergang: 12.12.2026, 17:25 Uhr, L3097 zwischen Ober-Ramstadt und Rohrbach,
  Zusammenstoß mit einem Reh; niemand verletzt. Wildschadenbescheinigung des
  Jagdpächters liegt bei.

Die Reparatur (Frontschürze, Scheinwerfer li., Kühlergrill) kann in Ihrer Werkstatt
erfolgen; bei Kosten über 2.500 EUR schicken wir vorab einen Gutachter.

Mit freundlichen Grüßen
Jonas Albrecht
Kfz-Schaden
"""
    m = mail(101, "Jonas Albrecht <jonas.albrecht@kranichstein.example>",
             "Sabine Hölzl <praxis@ergo-hausammarkt.example>",
             "Wildunfall KS-26-0671130", "Wed, 16 Dec 2026 13:05:40 +0100", text=body)
    return m, C, "de", "insurer-to-therapist", "therapist's vehicle deer collision: plate, contract, claim; nobody hurt"


def m102():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt;max-width:640px">
<h3 style="color:#0b5394">Health Insight | December 2026</h3>
<p><b>GLP-1 agonists: what they mean for private health insurers</b></p>
<p>Spending on semaglutide and tirzepatide in our international book rose by 160 % in 2026. Most prescriptions
were for type 2 diabetes, but the share for obesity alone is growing.</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr><th>Indication</th><th>Share of GLP-1 spend 2025</th><th>Share 2026</th></tr>
<tr><td>Type 2 diabetes (E11)</td><td>78 %</td><td>61 %</td></tr>
<tr><td>Obesity (E66)</td><td>17 %</td><td>34 %</td></tr>
<tr><td>Other / not stated</td><td>5 %</td><td>5 %</td></tr>
</table>
<p>Our medical advisers recommend plan wordings that distinguish medically indicated weight management from
lifestyle use. Read the full article on the intranet.</p>
<p style="color:#888;font-size:8pt">Internal newsletter, Kranichstein Global Health. Figures aggregated, no individual data.</p>
</body></html>"""
    m = mail(102, "KGH Communications <comms@kranichstein-global.example>",
             "KGH all staff <kgh-all@kranichstein-global.example>",
             "Health Insight: GLP-1 agonists and our book", "Thu, 17 Dec 2026 07:00:00 +0000", html=html)
    return m, N, "en", "newsletter", "trap: HTML-only newsletter with aggregate drug spend by ICD, no person"


def m103():
    body = """Dear Ms Hughes,

re: Mr Daniel Ferreira, policy KGH-6609184, accident of 3 August 2026

thank you for the occupational therapy home assessment of 10 December. We approve:

  - ceiling hoist (bedroom to bathroom), incl. installation: GBP 6,840
  - wheel-in shower conversion and grab rails: GBP 9,200
  - pressure-relieving cushion for his wheelchair: GBP 410

Total GBP 16,450 under the home-modification benefit of his accident plan (limit GBP 25,000).
As noted in your report, Mr Ferreira has a complete T10 spinal cord injury (ASIA A) with
neurogenic bladder; continence supplies are covered separately under the health plan -
please ask his urologist to send the prescription.

Kind regards,
Corinna Lachmann
Rehabilitation Management, Kranichstein Global Health
"""
    m = mail(103, "Corinna Lachmann <corinna.lachmann@kranichstein-global.example>",
             "Gwen Hughes <g.hughes@homeadapt-ot.example>",
             "Home modifications approved - Ferreira", "Thu, 17 Dec 2026 09:40:12 +0000", text=body)
    return m, S, "en", "insurer-to-therapist", "occupational therapist: named member, spinal cord injury, aids and home modifications approved"


def m104():
    text = """Hi team,

as requested in the steering meeting, the top 8 drugs by spend (international book,
Jan-Nov 2026), aggregated:

  Rank | Active ingredient        | Spend EUR | Claimants
  1    | pembrolizumab            | 2,118,400 |  31
  2    | adalimumab               | 1,402,950 |  88
  3    | semaglutide              | 1,180,200 | 742
  4    | trastuzumab              |   911,300 |  22
  5    | ustekinumab              |   655,800 |  29
  6    | apixaban                 |   402,100 | 1,030
  7    | insulin glargine         |   368,700 | 960
  8    | dupilumab                |   301,250 |  41

Claimant counts only, no names. Cells under 20 would have been suppressed.

Priya
"""
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi team,</p><p>as requested in the steering meeting, the top 8 drugs by spend (international book, Jan-Nov 2026), aggregated:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Rank</th><th>Active ingredient</th><th>Spend EUR</th><th>Claimants</th></tr>
<tr><td>1</td><td>pembrolizumab</td><td>2,118,400</td><td>31</td></tr>
<tr><td>2</td><td>adalimumab</td><td>1,402,950</td><td>88</td></tr>
<tr><td>3</td><td>semaglutide</td><td>1,180,200</td><td>742</td></tr>
<tr><td>4</td><td>trastuzumab</td><td>911,300</td><td>22</td></tr>
<tr><td>5</td><td>ustekinumab</td><td>655,800</td><td>29</td></tr>
<tr><td>6</td><td>apixaban</td><td>402,100</td><td>1,030</td></tr>
<tr><td>7</td><td>insulin glargine</td><td>368,700</td><td>960</td></tr>
<tr><td>8</td><td>dupilumab</td><td>301,250</td><td>41</td></tr>
</table>
<p>Claimant counts only, no names. Cells under 20 would have been suppressed.</p><p>Priya</p>
</body></html>"""
    m = mail(104, "Priya Raman <priya.raman@kranichstein-global.example>",
             "KGH Steering <kgh-steering@kranichstein-global.example>",
             "Top drugs by spend Jan-Nov", "Thu, 17 Dec 2026 15:10:00 +0000", text=text, html=html)
    return m, N, "en", "internal", "trap: aggregate drug spend table (oncology biologics), claimant counts only"


def m105():
    body = """Dear Dr Okafor,

we received your message about the change of bank. Before we switch remittances, please
confirm the new details below by replying from your registered e-mail address (we
always double-check payee changes to prevent fraud):

  Payee: Samuel A. Okafor, MD
  Bank: Evanston Community Credit Union
  Routing no.: 271974126, account no. ending 0391

Remittances for provider P-US-30988 will go to the new account from the first run after
your confirmation.

Best regards,
Mark Fenwick
Provider Finance

> On Dec 16, 2026, at 11:02 PM, Samuel Okafor <dr.okafor@larkspur-familymed.example> wrote:
> Hi Mark, we moved our accounts to Evanston CCU, routing 271974126 acct 8830150391. pls update. thx Sam
> Sent from my iPhone
"""
    m = mail(105, "Mark Fenwick <mark.fenwick@kranichstein-global.example>",
             "Samuel Okafor <dr.okafor@larkspur-familymed.example>",
             "RE: bank change", "Fri, 18 Dec 2026 08:35:00 +0000", text=body)
    return m, C, "en", "insurer-to-doctor", "individual doctor's full bank account number in quoted reply"


def m106():
    orig = """Sehr geehrte Damen und Herren,

für unsere Klientin Frau Gertrud Wächter, geb. 02.02.1939, Vers.-Nr. PV-6610-55871,
beantragen wir die Höherstufung des Pflegegrades (bisher PG 2).

Begründung: fortschreitende Alzheimer-Demenz (G30.1, F00.1), MMST 14/30 (vor einem Jahr 20/30).
Nächtliche Unruhe, Weglauftendenz, zweimal von der Polizei zurückgebracht. Inkontinenz
(Harn und Stuhl) seit Oktober. Benötigt Hilfe bei Körperpflege, Ankleiden, Nahrungsaufnahme
(muss angeleitet werden). Der Sohn ist berufstätig und pflegt abends.

Wir bitten um eine zeitnahe Begutachtung durch Medicproof.

Mit freundlichen Grüßen
Helga Roth
Ambulanter Pflegedienst Helga Roth e.K.
"""
    fw = inner("Helga Roth <h.roth@pflegedienst-roth.example>", "pflege-leistung@kranichstein.example",
               "Antrag Höherstufung Frau Wächter", "Thu, 17 Dec 2026 16:44:00 +0100",
               orig, "<pdr-2026-1217-03@pflegedienst-roth.example>", charset="windows-1252")
    body = """Hallo Herr Bauer,

bitte Begutachtungsauftrag an Medicproof auslösen, Unterlagen siehe weitergeleitete
Mail. Eilig wegen Weglauftendenz.

Heike Straub
"""
    m = mail(106, "Heike Straub <heike.straub@kranichstein.example>",
             "Florian Bauer <florian.bauer@kranichstein.example>",
             "WG: Antrag Höherstufung", "Fri, 18 Dec 2026 09:10:00 +0100", text=body,
             atts=[fwd(fw)])
    return m, S, "de", "care-service", "forwarded care-service mail (rfc822, windows-1252): dementia G30.1, care level, incontinence"


def m107():
    body = """Sehr geehrte Frau Dr. Neubeck,

vielen Dank für Ihre Frage. Ja, wir erstatten ärztliche Leistungen in der Videosprechstunde
in gleicher Höhe wie im persönlichen Kontakt, sofern die jeweilige Leistung nach GOÄ auch
ohne körperliche Untersuchung erbracht werden kann (z. B. Nr. 1, 3, 34). Untersuchungsleistungen
(z. B. Nr. 5, 7, 8) sind per Video nicht berechnungsfähig.

Für Ihre Patientinnen und Patienten gilt das in allen unseren Krankheitskostentarifen;
eine vorherige Genehmigung ist nicht nötig. Hinweis auf der Rechnung: "Videosprechstunde".

Mit freundlichen Grüßen
Tobias Wendland
Leistung Kranken – ambulant
"""
    m = mail(107, "Tobias Wendland <tobias.wendland@kranichstein.example>",
             "Carla Neubeck <c.neubeck@internistin-neubeck.example>",
             "AW: Videosprechstunde – Erstattung?", "Fri, 18 Dec 2026 11:45:00 +0100", text=body)
    return m, N, "de", "insurer-to-doctor", "trap: general answer on reimbursement of video consultations, no patient"


def m108():
    body = """Sehr geehrter Herr Dornbusch,

zum Schaden mit Ihrem Krankentransportwagen:

  Versicherungsnehmerin: Klinikum Bergstraße-Süd gGmbH, Fuhrpark
  Ansprechpartner: Herr Arne Dornbusch (Vertretung Fuhrparkleitung)
  Fahrzeug: Mercedes Sprinter KTW, HP-KB 112, Flottenvertrag FL-0091-2270
  Fahrer: Herr Kevin Albrecht, Rettungssanitäter
  Schaden-Nr.: KF-26-0908815
  Hergang: 15.12.2026, Rückwärtsfahren auf dem Betriebshof gegen Schrankenanlage,
  Fahrzeug ohne Patienten, niemand verletzt.

Die Schranke (Eigentum der Stadtwerke) regulieren wir über die Haftpflicht, den KTW über die
Vollkasko (SB 1.000 EUR). Ein Ersatzfahrzeug übernehmen wir nicht, da nicht versichert.

Mit freundlichen Grüßen
Jonas Albrecht
Kfz-Schaden Flotte
"""
    m = mail(108, "Jonas Albrecht <jonas.albrecht@kranichstein.example>",
             "Arne Dornbusch <a.dornbusch@klinikum-bergstrasse-sued.example>",
             "KTW-Schaden KF-26-0908815", "Fri, 18 Dec 2026 14:12:45 +0100", text=body)
    return m, C, "de", "insurer-to-hospital", "hospital fleet claim with named driver and contact, plate; no patients, nobody hurt"


def m109():
    body = """Liebe Kolleginnen und Kollegen,

wir suchen zum 01.03.2027 für die Pflegeversicherung – Leistung eine/n

  Sachbearbeiter/in Leistung Pflege (m/w/d), Vollzeit oder Teilzeit (mind. 25 h)

Aufgaben: Bearbeitung von Anträgen auf Pflegeleistungen, Abrechnung mit ambulanten
Pflegediensten, Beauftragung der Pflegebegutachtung, Beratung von Versicherten und
Angehörigen zu Pflegegraden, Verhinderungs- und Kurzzeitpflege.

Profil: Ausbildung als Sozialversicherungsfachangestellte/r, Kauffrau/-mann für
Versicherungen oder Pflegefachkraft mit Interesse an Sachbearbeitung.

Vergütung: Tarifgruppe VII/VIII Versicherungstarif, Jahresbrutto je nach Erfahrung ca.
50.000–58.000 EUR. Interne Bewerbungen bis 15.01. an karriere@.

Personalgewinnung
"""
    m = mail(109, "Personalgewinnung <karriere@kranichstein.example>",
             "Alle Mitarbeitenden <alle@kranichstein.example>",
             "Interne Stellenausschreibung: Sachbearbeitung Leistung Pflege",
             "Mon, 21 Dec 2026 08:00:00 +0100", text=body)
    return m, N, "de", "internal", "trap: internal job ad with care terms and salary band, no person"


def m110():
    body = """Sehr geehrter Herr Dr. Förster,

Ihr Patient, Herr Reinhard Kessler, geb. 30.06.1966, ist am 27.11.2026 verstorben. Er hatte
bei uns eine Risikolebensversicherung (Vertrag LV-4420-118763, Beginn 01.04.2024) abgeschlossen.
Da der Todesfall innerhalb von drei Jahren nach Vertragsbeginn eingetreten ist, müssen wir
prüfen, ob bei Antragstellung alle Gesundheitsfragen zutreffend beantwortet wurden.

Die Witwe, Frau Ingrid Kessler, hat uns als Bezugsberechtigte mit Erklärung vom 10.12.2026
ermächtigt, bei Ihnen Auskunft einzuholen. Die Todesbescheinigung nennt als Todesursache
"akutes Herzversagen bei dilatativer Kardiomyopathie".

Wir bitten um Auskunft:
  1. Seit wann war die Kardiomyopathie bekannt?
  2. Gab es vor dem 01.04.2024 Behandlungen wegen Herzbeschwerden, Luftnot oder
     Herzrhythmusstörungen? Wenn ja, bitte Daten und Befunde.
  3. Medikation vor dem 01.04.2024.

Mit freundlichen Grüßen
Mareike Thal
Leistung Leben
Kranichstein Lebensversicherung AG
"""
    m = mail(110, "Mareike Thal <mareike.thal@kranichstein.example>",
             "Praxis Dr. Förster <praxis@hausarzt-foerster.example>",
             "Leistungsfall LV-4420-118763 – Auskunftsersuchen",
             "Mon, 21 Dec 2026 10:30:10 +0100", text=body)
    return m, S, "de", "insurer-to-doctor", "life claim of deceased named insured: cause of death, cardiomyopathy, pre-contract health enquiry"

def m111():
    body = """Dear colleagues in our provider network,

coding errors remain the number one reason for delayed payments. We are therefore
offering a free 60-minute webinar for hospital coders and billing staff:

  "Getting ICD-10 and procedure coding right for international insurers"
  Wednesday 20 January 2027, 10:00 CET / 13:00 GST / 16:00 ICT
  Speaker: Dr. Malte Issing, Medical Adviser

Topics: principal vs. secondary diagnosis, complications and comorbidities,
maternity and neonatal coding, unbundling of surgical packages, what belongs in a
discharge summary. All examples are fictitious.

Register via the provider portal under "Events". A recording will be available.

Provider Relations, Kranichstein Global Health
"""
    m = mail(111, "Provider Relations <provider.relations@kranichstein-global.example>",
             "Network hospital billing <billing-contacts@lists.kranichstein-global.example>",
             "Free webinar: ICD-10 and procedure coding, 20 January 2027",
             "Mon, 21 Dec 2026 12:00:00 +0000", text=body)
    return m, N, "en", "insurer-to-hospital", "trap: coding webinar invitation for hospitals, fictitious examples"


def m112():
    body = """Dear Dr Mehta,

thank you - the HMRC certificate of residence arrived today, so the honorarium will be
paid without German withholding tax. For our records (the tax office's form BZSt-R asks
for it) we also need your date of birth; I have filled in 17 September 1977 from the
copy of your passport you sent - please correct me if that is wrong.

Payment of EUR 1,886.40 will be made on 29 December to the NatWest account ending 6819.

Best regards,
Friederike Budde
"""
    m = mail(112, "Friederike Budde <friederike.budde@kranichstein.example>",
             "Priyanka Mehta <p.mehta@cam-oncology.example>",
             "RE: Your honorarium - certificate of residence",
             "Tue, 22 Dec 2026 09:50:00 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "named doctor's date of birth, payment amount and account tail"


def m113():
    body = """Dear Dr Gallagher,

thank you for your occupational health report on Ms Orla Kavanagh (Group Income Protection
scheme of Brightwater Software Ltd, member no. GIP-0448-0217) dated 14 December.

To complete the assessment at the end of the 26-week deferred period, our medical adviser
has three follow-up questions:

  1. You describe post-COVID-19 condition (U09.9) with post-exertional malaise and
     orthostatic intolerance (NASA lean test positive, HR rise 38 bpm). Has POTS been
     formally diagnosed by cardiology?
  2. Her activity diary shows 2-3 hours of cognitive work per day before symptoms worsen.
     Would a graded return at 10 hours/week from February be realistic in your view?
  3. Are there any reasonable adjustments (home working, flexible hours) the employer has
     not yet offered?

Kind regards,
Konstantin Reuß
Income Protection Claims, Kranichstein Lebensversicherung AG
"""
    m = mail(113, "Konstantin Reuß <konstantin.reuss@kranichstein.example>",
             "Dr. Aoife Gallagher <a.gallagher@workwell-oh.example>",
             "GIP-0448-0217 - Kavanagh - follow-up questions",
             "Tue, 22 Dec 2026 11:20:37 +0000", text=body)
    return m, S, "en", "insurer-to-doctor", "group income protection claim: named member, post-COVID U09.9, POTS, work capacity"


def m114():
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Betriebskostenabrechnung 2025 für Ihre Mietfläche im Ärztehaus
Luisenstraße 18 (Radiologie am Luisenplatz MVZ GmbH, EG links, 412 m²):

  Heizung (Verbrauch inkl. Strahlenschutzraum-Klimatisierung): 9.871,20 EUR
  Wasser/Abwasser:                                              1.204,55 EUR
  Aufzug (anteilig):                                              688,10 EUR
  Reinigung Treppenhaus und Wartebereich EG:                    2.310,00 EUR
  Hausmeister, Winterdienst:                                    1.945,80 EUR
  Summe:                                                       16.019,65 EUR
  Vorauszahlungen:                                             15.000,00 EUR
  Nachzahlung:                                                  1.019,65 EUR

Bitte überweisen Sie den Betrag bis 31.01.2027 auf das Konto der Kranichstein
Lebensversicherung AG (siehe Rechnung).

Mit freundlichen Grüßen
Objektverwaltung Immobilien
"""
    m = mail(114, "Objektverwaltung <immobilien@kranichstein.example>",
             "Radiologie am Luisenplatz – Verwaltung <verwaltung@radiologie-luisenplatz.example>",
             "Betriebskostenabrechnung 2025 – Ärztehaus Luisenstraße 18",
             "Tue, 22 Dec 2026 13:00:00 +0100", text=body)
    return m, N, "de", "insurer-to-doctor", "trap: service-charge statement to a medical practice company (GmbH) as tenant, no person"


def m115():
    scan = pdf(["Hirsch-Apotheke Pfungstadt - Quittung / Privatrezept",
                "Datum: 18.12.2026   Beleg-Nr. 2218-0417",
                "Patient: Franziska Lenz, geb. 21.11.1972",
                "Verordnender Arzt: Dr. med. E. Gerlach, Neurologie",
                "PZN 17935632  Erenumab 140 mg Injektionsloesung Fertigpen  1 St.   679,81 EUR",
                "PZN 02236714  Sumatriptan 50 mg 12 Tbl.                       28,40 EUR",
                "PZN 01016855  Topiramat 50 mg 100 Tbl.                         36,12 EUR",
                "Summe                                                         744,33 EUR",
                "Diagnose lt. Rezept: G43.1 Migraene mit Aura, chronisch",
                "Korrektur: ersetzt Beleg 2218-0399 (falsche Menge Sumatriptan)"], "Scan")
    body = """Hallo Frau Oberdorfer,

anbei die korrigierte Quittung der Apotheke, die die Versicherte heute nachgereicht hat.
Bitte die alte Quittung stornieren.

Gruß aus der Posteingangsstelle
Ayşe Korkmaz
"""
    m = mail(115, "Ayse Korkmaz <ayse.korkmaz@kranichstein.example>",
             "Jana Oberdorfer <jana.oberdorfer@kranichstein.example>",
             "korrigierte Quittung", "Tue, 22 Dec 2026 14:33:12 +0100", text=body,
             atts=[att("scan_0042.pdf", "application/octet-stream", scan)])
    return m, S, "de", "pharmacy", "harmless body; scanned pharmacy receipt (octet-stream PDF) with named patient, birth date, migraine drugs"


def m116():
    body = """Sehr geehrter Herr Dr. Tessmer,

wie besprochen bestätige ich Ihnen die Umstellung der Betriebshaftpflicht des MVZ zum 01.01.2027:

  Versicherungsnehmerin: MVZ Medizinisches Versorgungszentrum Dieburg GmbH
  Geschäftsführer: Dr. med. Holger Tessmer
  Vertrag: BH-7740-0512
  Angestellte Ärztinnen/Ärzte: 11 (Allgemeinmedizin, Innere, Gynäkologie, Pädiatrie)
  Nichtärztliches Personal: 24
  Umsatz 2025: 6,84 Mio. EUR
  Jahresbeitrag neu: 38.412,00 EUR zzgl. VersSt

Der Nachtrag geht Ihnen in den nächsten Tagen zu. Die Gynäkologie ohne Geburtshilfe ist
wie gewünscht eingeschlossen.

Mit freundlichen Grüßen
Ralf Mertesacker
Gewerbekunden Heilberufe
"""
    m = mail(116, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Dr. Holger Tessmer <gf@mvz-dieburg.example>",
             "Betriebshaftpflicht MVZ Dieburg ab 01.01.2027", "Wed, 23 Dec 2026 09:10:00 +0100", text=body)
    return m, C, "de", "insurer-to-doctor", "company policyholder (MVZ GmbH) with named managing director, contract and turnover"


def m117():
    body = """Hi all,

agenda for our first team meeting of the year, Tuesday 5 January, 10:00, room Odenwald / Teams:

  1. Welcome back, who is in this week
  2. Review of the December backlog (numbers only)
  3. New year's rota for the medical desk
  4. Portal go-live: training slots
  5. AOB

Please add topics to the Teams channel by Monday.

Thanks,
Olivia
"""
    m = mail(117, "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "KGH Case Management <kgh-casemanagement@kranichstein-global.example>",
             "Agenda team meeting 5 January", "Wed, 23 Dec 2026 15:00:00 +0000", text=body)
    return m, N, "en", "internal", "team meeting agenda, organisational"


def m118():
    body = """Hallo Sven,

die Klinik in Antalya hat sich gemeldet (englisch, unten). Da der Versicherte auch die
Unfallversicherung bei uns hat, hier zur Info. Die Reisekrankenversicherung übernimmt die
Behandlungskosten; Rücktransport organisiert Meridian für den 29.12.

Viele Grüße
Mark

---- Original message ----
From: International Patient Office <ipo@akdeniz-medline.example>
Date: 23.12.2026 11:50
Subject: Medical report - Mr. Bernd Hofacker
Dear Sir/Madam,
Mr. Bernd HOFACKER (DOB 28.07.1957), your insured under policy RK-2203-77140,
fell from a hotel stairway on 21.12.2026. Diagnosis: subdural haematoma left
(S06.5), rib fractures 7-9 left (S22.4), alcohol level on admission 1.9 per mille.
Craniotomy was not needed, GCS 14 -> 15. Stable for repatriation with medical escort
from 28.12. on.
Best regards, Dr. Elif Yıldırım, Neurosurgery
"""
    m = mail(118, "Mark Fenwick <mark.fenwick@kranichstein.example>",
             "Sven Hollerbach <sven.hollerbach@kranichstein.example>",
             "WG: Medical report - Mr. Bernd Hofacker", "Wed, 23 Dec 2026 13:15:00 +0100", text=body)
    return m, S, "mixed", "hospital", "German note with English hospital report: subdural haematoma, rib fractures, alcohol level, DOB"


def m119():
    x = xlsx([("SLA Q4 2026", [
        ["KPI", "Target", "Oct", "Nov", "Dec (to 20th)"],
        ["Calls answered within 20 s", "90 %", "93 %", "91 %", "88 %"],
        ["Medical evacuations arranged", "", 14, 19, 11],
        ["Repatriations (commercial with escort)", "", 22, 27, 16],
        ["Air ambulance missions", "", 3, 5, 4],
        ["Guarantees issued within 4 h", "95 %", "97 %", "96 %", "94 %"],
        ["Complaints", "< 5", 2, 1, 3]])])
    body = """Dear Mark,

please find attached the Q4 SLA report (preliminary, until 20 December). The dip in call
answering in December is due to the flu season surge; we added four agents from 14 December.

Counts only - case details are in the monthly case list on the secure portal, as agreed.

Kind regards,
Stella Brandt
Account Manager, Meridian Assistance Ltd
"""
    m = mail(119, "Mark Fenwick <mark.fenwick@kranichstein-global.example>",
             "Priya Raman <priya.raman@kranichstein-global.example>",
             "Fw: Meridian SLA report Q4 (preliminary)", "Wed, 23 Dec 2026 16:20:00 +0000",
             text="Priya, for the renewal file. M.\n\n---------- Forwarded message ----------\nFrom: Stella Brandt <s.brandt@meridian-assist.example>\n\n" + body,
             atts=[att("Meridian_SLA_Q4_2026.xlsx", XLSX, x)])
    return m, N, "en", "supplier", "trap: assistance provider SLA counts (evacuations, repatriations), no case data"


def m120():
    body = """Dear Mrs Mensah,

I'm sorry to hear that your van was stolen. We've opened a claim under your commercial
motor policy:

  Policyholder: Joy Mensah, trading as Mensah Home Care Services (sole trader)
  Vehicle: Ford Transit Custom, DA-JM 2024, VIN WF0YXXTTGYMJ58213
  Policy: KF-6671-3022 (third party + comprehensive)
  Claim no.: KD-26-0077461
  Reported stolen: 22 December 2026, from Pallaswiesenstraße, Darmstadt, overnight

Please send us both keys, the police reference and the vehicle registration part II.
If the van is not found within one month, we will settle at replacement value.

Kind regards,
Jonas Albrecht
Motor Claims
"""
    m = mail(120, "Jonas Albrecht <jonas.albrecht@kranichstein.example>",
             "Joy Mensah <joy@mensah-homecare.example>",
             "Stolen van - claim KD-26-0077461", "Thu, 24 Dec 2026 09:00:00 +0100", text=body)
    return m, C, "en", "insurer-to-care-service", "sole-trader home-care owner's van theft: plate, VIN, policy; no client data"


def m121():
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Dr. Jovanović,</p>
<p>zur Rechnung Nr. 2026-1188 vom 10.12.2026 für Ihren Patienten <b>Herrn Bastian Wöhrle</b> (KV-3390-774120)
sind folgende Positionen aus unserer Sicht zu korrigieren:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Datum</th><th>Zahn</th><th>GOZ</th><th>Leistung</th><th>Faktor</th><th>berechnet</th><th>Anmerkung</th></tr>
<tr><td>01.12.2026</td><td>36</td><td>9010</td><td>Implantatinsertion</td><td>3,5</td><td>296,97 EUR</td><td>Begründung fehlt</td></tr>
<tr><td>01.12.2026</td><td>36</td><td>9100</td><td>Augmentation</td><td>2,3</td><td>172,84 EUR</td><td>nicht im HKP, bitte Befund/OP-Bericht</td></tr>
<tr><td>01.12.2026</td><td>36</td><td>0530</td><td>Leitungsanästhesie</td><td>2,3</td><td>2x 8,41 EUR</td><td>neben 0100 nicht berechnungsfähig</td></tr>
<tr><td>04.12.2026</td><td>15</td><td>3000</td><td>Extraktion</td><td>2,3</td><td>9,06 EUR</td><td>o.k.</td></tr>
</table>
<p>Bitte senden Sie uns eine korrigierte Rechnung bzw. die Begründungen; den unstrittigen Teil erstatten wir dem Patienten vorab.</p>
<p>Mit kollegialen Grüßen<br>Dr. Aylin Karaca, Beratungszahnärztin</p>
</body></html>"""
    m = mail(121, "Dr. Aylin Karaca <aylin.karaca@kranichstein.example>",
             "Dr. Milan Jovanović <praxis@zahnarzt-jovanovic.example>",
             "Rechnung 2026-1188", "Mon, 28 Dec 2026 10:10:00 +0100", html=html)
    return m, S, "de", "insurer-to-doctor", "HTML-only table: named patient's dental invoice corrections (implant, augmentation, extraction)"


def m122():
    body = """Liebe Kolleginnen und Kollegen,

zur Erinnerung der Ablauf, wenn Versicherte nach Art. 15 DSGVO Auskunft verlangen und
dabei ausdrücklich Arztberichte und Gutachten aus ihrer Leistungsakte anfordern:

  1. Identität prüfen (Rückruf an hinterlegte Nummer oder Postweg).
  2. Gutachten und Berichte Dritter grundsätzlich herausgeben; Ausnahme nur, wenn
     der Beratungsarzt erhebliche therapeutische Bedenken dokumentiert (§ 630g BGB analog).
  3. Versand nur per Post oder verschlüsselt über das Kundenportal, nie unverschlüsselt.
  4. Frist: ein Monat, Verlängerung nur mit Begründung.

Die Vorlage "Auskunft Art. 15 – Begleitschreiben" mit Platzhaltern «Name», «Aktenzeichen»
liegt im DMS unter Datenschutz/Vorlagen.

Dr. Bernd Kaltwasser
"""
    m = mail(122, "Dr. Bernd Kaltwasser <datenschutz@kranichstein.example>",
             "Leistung alle <leistung-alle@kranichstein.example>",
             "Auskunftsersuchen mit Arztberichten – Ablauf", "Mon, 28 Dec 2026 11:30:00 +0100", text=body)
    return m, N, "de", "internal", "trap: process note on access requests for medical reports, placeholders only"


def m123():
    body = """Sehr geehrter Herr Dr. Jovanović,

das Gutachten zum DVT-Schaden liegt vor: Der Defekt der Bildempfängerplatine ist auf die
Überspannung vom 07.11.2026 zurückzuführen. Wir regulieren daher wie folgt:

  Reparatur lt. Rechnung Planmeca Service         14.870,00 EUR
  abzgl. Selbstbeteiligung                          -250,00 EUR
  Mietgerät 09.–27.11.2026 (19 Tage)              +1.235,00 EUR
  Auszahlungsbetrag                               15.855,00 EUR

Die Überweisung auf Ihr Praxiskonto DE42 5505 0120 0102 8466 15 ist veranlasst.
Damit ist der Schaden SE-26-0211883 abgeschlossen.

Mit freundlichen Grüßen
Nina Schwab
Schaden Technische Versicherungen
"""
    m = mail(123, "Nina Schwab <nina.schwab@kranichstein.example>",
             "Dr. Milan Jovanović <praxis@zahnarzt-jovanovic.example>",
             "Abrechnung Schaden SE-26-0211883", "Mon, 28 Dec 2026 14:05:00 +0100", text=body)
    return m, C, "de", "insurer-to-doctor", "dentist's electronics claim settlement with IBAN"


def m124():
    body = """Sehr geehrte Frau Dr. Wenzel,

zum Leitungswasserschaden in Ihrer Praxis (SA-26-0931457) rechnen wir ab:

  Trocknung (Fa. Trockenbau Wiesenthal)            2.318,40 EUR
  Empfangstresen, Neuanfertigung                   6.940,00 EUR
  Aktenschrank Raum 3                                780,00 EUR
  Bodenbelag Empfang (Anteil Inhaltsversicherung)  1.120,00 EUR
  Summe                                           11.158,40 EUR

Der Betrag geht auf Ihr Konto DE06 5085 0150 2014 7388 29. Der Boden selbst ist
Gebäudebestandteil und wird über Ihre Wohngebäudeversicherung WG-3318-9027 reguliert;
das haben wir intern weitergegeben.

Mit freundlichen Grüßen
Nina Schwab
Schadenabteilung Sach/Gewerbe
"""
    m = mail(124, "Nina Schwab <nina.schwab@kranichstein.example>",
             "Ulrike Wenzel <praxis@praxis-wenzel.example>",
             "Abrechnung SA-26-0931457", "Tue, 29 Dec 2026 09:40:00 +0100", text=body)
    return m, C, "de", "insurer-to-doctor", "doctor's practice contents claim settlement with IBAN and contract numbers"


def m125():
    body = """Sehr geehrte Damen und Herren,

leider müssen wir die Fortbildung "Begutachtung der Berufsunfähigkeit" vom 09.12.2026,
die wegen Erkrankung einer Referentin kurzfristig ausgefallen ist, auf

  Mittwoch, 3. Februar 2027, 15:00–18:30 Uhr

verschieben. Ort und Programm bleiben gleich, die CME-Anerkennung (4 Punkte) gilt auch für
den neuen Termin. Ihre Anmeldung bleibt bestehen; wer nicht teilnehmen kann, meldet sich
bitte kurz ab.

Mit freundlichen Grüßen
Sabine Gerhold
Assistenz Gesellschaftsärztlicher Dienst
"""
    m = mail(125, "Sabine Gerhold <sabine.gerhold@kranichstein.example>",
             "Gutachternetzwerk <gutachter-netzwerk@lists.kranichstein.example>",
             "Neuer Termin: Fortbildung BU-Begutachtung am 03.02.2027",
             "Tue, 29 Dec 2026 11:00:00 +0100", text=body)
    return m, N, "de", "insurer-to-doctor", "trap: CME postponement; a speaker's illness mentioned without name"


def m126():
    body = """Yes - 12 sessions phase II cardiac rehab approved for Mr Menon, starting 4 Jan. Please bill us directly, same GOP number.

Olivia

Sent from my iPhone

> On 29 Dec 2026, at 08:14, Cardiac Rehab Unit <rehab@alnoor-harbour.example> wrote:
>
> Dear Olivia, Mr Menon (post NSTEMI/PCI, EF 48%) was referred by Dr Haddad for supervised cardiac rehab 2x weekly. Kindly approve. Thanks, Nadia
"""
    m = mail(126, "Olivia Hartigan <olivia.hartigan@kranichstein-global.example>",
             "Cardiac Rehab Unit <rehab@alnoor-harbour.example>",
             "Re: Rehab referral", "Tue, 29 Dec 2026 08:31:00 +0400", text=body)
    return m, S, "en", "insurer-to-hospital", "short mobile reply: named member's cardiac rehab after NSTEMI/PCI (quote)"


def m127():
    body = """Dear James,

many thanks for hosting us on 3 December and for the constructive discussion. As agreed,
we'll send the revised data pack by 15 January and aim to sign the 2027 terms by the end
of January.

Wishing you and the team a happy new year.

Best regards,
Thomas Vogelsang
Head of Kranichstein Global Health
"""
    m = mail(127, "Thomas Vogelsang <thomas.vogelsang@kranichstein-global.example>",
             "James Whitlow <j.whitlow@northfield-re.example>",
             "Thank you - renewal 2027", "Wed, 30 Dec 2026 10:00:00 +0000", text=body)
    return m, N, "en", "insurer-to-partner", "thank-you note to reinsurer, organisational"


def m128():
    body = """Dear Dr Adeyemi, sehr geehrter Herr Dr. Adeyemi,

wir haben Ihren Umzug in der Hausratversicherung erfasst / we have recorded your move:

  Versicherungsnehmer / policyholder: Dr. Tunde Adeyemi, geb./born 05.08.1987
  Vertrag / policy: HR-2841-6673
  Neue Anschrift / new address ab/from 01.01.2027: Nieder-Ramstädter Straße 188, 64285 Darmstadt
  Wohnfläche / living space: 78 m² (bisher / previously 62 m²)
  Neuer Beitrag / new premium: EUR 11.42 monatlich / per month

Während des Umzugs besteht Versicherungsschutz an beiden Adressen für zwei Monate.
During the move you are covered at both addresses for two months.

Mit freundlichen Grüßen / kind regards
Carolin Meister
"""
    m = mail(128, "Carolin Meister <carolin.meister@kranichstein.example>",
             "Tunde Adeyemi <t.adeyemi@klinikum-bergstrasse-sued.example>",
             "Umzug / change of address – HR-2841-6673", "Wed, 30 Dec 2026 13:30:00 +0100", text=body)
    return m, C, "mixed", "insurer-to-doctor", "bilingual: named doctor's birth date, new home address, household policy"


def m129():
    body = """Sehr geehrte Frau Dr. Wenzel,

vielen Dank für Ihre Nachricht. Gern unterstützen wir Herrn Lamprecht nach der
Bandscheiben-OP. Für eine Anschlussheilbehandlung aus seinem Tarif brauchen wir nur den
Entlassbrief des Klinikums mit der Reha-Empfehlung; eine gesonderte Genehmigung Ihrerseits
ist nicht nötig. Ich habe mit der Rehaklinik Am Kurpark einen Platz ab 04.01.2027
vorreserviert (orthopädische AHB, 3 Wochen). Den Transport übernimmt das Klinikum.

Herzliche Grüße
Corinna Lachmann
Reha-Management

> Am 21.12.2026 schrieb Praxis Dr. med. Ulrike Wenzel:
> Sehr geehrte Frau Lachmann,
> mein Patient Gerd Lamprecht (KV-2210-558741) ist am 14.12. an der LWS operiert worden
> (Nukleotomie L5/S1 li.), postoperativ noch Fußheberschwäche li. (KG 4/5) und Hypästhesie
> S1. Er ist sehr verunsichert und hat Angst vor einer Rezidiv-OP. Ich halte eine stationäre
> AHB für dringend indiziert, ambulant ist bei ihm wegen der Wohnsituation (3. OG ohne Aufzug)
> nicht machbar. Können Sie das unterstützen?
> Mit freundlichen Grüßen, U. Wenzel
"""
    m = mail(129, "Corinna Lachmann <corinna.lachmann@kranichstein.example>",
             "Praxis Dr. med. Ulrike Wenzel <praxis@praxis-wenzel.example>",
             "AW: AHB Herr Lamprecht", "Wed, 30 Dec 2026 15:15:00 +0100", text=body)
    return m, S, "de", "insurer-to-doctor", "rehab arrangement for named patient after disc surgery; findings in doctor's quoted mail"


def m130():
    body = """Sie haben das Zurücksetzen Ihres Passworts für das Partnerportal angefordert.

Bitte klicken Sie innerhalb von 30 Minuten auf den Link in der separat versendeten
SMS-Nachricht. Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren; Ihr
bisheriges Passwort bleibt gültig.

Kranichstein Partnerportal – automatisch erzeugte Nachricht, bitte nicht antworten.
"""
    m = mail(130, "Partnerportal <no-reply@partnerportal.kranichstein.example>",
             "termine@ortho-brandl-quast.example",
             "Passwort zurücksetzen – Partnerportal", "Thu, 31 Dec 2026 07:12:55 +0100", text=body,
             extra=[("Auto-Submitted", "auto-generated")])
    return m, N, "de", "insurer-to-doctor", "password-reset notification without content"

def m131():
    body = """Sehr geehrte Damen und Herren,

zur wahlärztlichen Liquidation von Prof. Dr. Jäckel (Rechnung PVS-26-804412) für unsere
Versicherte Frau Dagmar Rehbein, Aufenthalt 16.11.–27.11.2026, weisen wir auf Folgendes hin:

1. Die Minderung nach § 6a GOÄ beträgt bei stationären wahlärztlichen Leistungen 25 %.
   Abgezogen wurden nur 15 % (Positionen 3171 und 3172, Sigmaresektion und
   Lymphadenektomie). Differenz: 431,27 EUR.
2. Die Visiten (Nr. 45) vom 21.11. bis 27.11. sind tägl. einmal berechnet, laut
   Pflegedokumentation war Prof. Jäckel vom 23. bis 26.11. abwesend; die
   Stellvertretervereinbarung deckt nur unvorhersehbare Verhinderung.
3. Histologie (pT3 pN1b, R0) ist Leistung des Pathologen und nicht in dieser Rechnung
   abzurechnen – korrekt herausgenommen, danke.

Bitte erstellen Sie eine korrigierte Rechnung. Die Patientin hat uns gebeten, direkt mit
Ihnen zu klären.

Mit freundlichen Grüßen
Melanie Frisch
Rechnungsprüfung Stationär
"""
    m = mail(131, "Melanie Frisch <melanie.frisch@kranichstein.example>",
             "PVS Rhein-Main – Rechnungsklärung <klaerung@pvs-rheinmain.example>",
             "Liquidation PVS-26-804412 – Minderung § 6a GOÄ",
             "Mon, 04 Jan 2027 09:20:00 +0100", text=body)
    return m, S, "de", "insurer-to-billing-centre", "chief-physician invoice of named patient: colon resection, tumour staging"


def m132():
    body = """Sehr geehrte Frau Petrović,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Leistung Kranken (Kennziffer LK-2026-19).
Für die Vorbereitung des Vorstellungsgesprächs habe ich Ihre Angaben notiert:

  Name: Dragana Petrović
  Geburtsdatum: 11.10.1996
  Ausbildung: Medizinische Fachangestellte (2016), derzeit Praxismanagerin in einer
  orthopädischen Praxis in Griesheim
  Gehaltsvorstellung: 46.500 EUR brutto jährlich
  Frühester Eintritt: 01.04.2027

Termin: Donnerstag, 14.01.2027, 13:30 Uhr, Rhönring 40, Empfang Haus B.
Bitte bringen Sie Ihre Zeugnisse im Original mit.

Freundliche Grüße
Lea Voskuhl
Personalgewinnung
"""
    m = mail(132, "Lea Voskuhl <lea.voskuhl@kranichstein.example>",
             "Dragana Petrović <d.petrovic@web-post.example>",
             "Einladung Vorstellungsgespräch LK-2026-19", "Mon, 04 Jan 2027 11:00:00 +0100", text=body)
    return m, C, "de", "insurer-to-applicant", "applicant's birth date and salary expectation; no health"


def m133():
    readme = """Synthetische Testfälle DTA 4.2 – NUR TESTUMGEBUNG
Alle Personen sind frei erfunden (Max Mustermann, Erika Musterfrau, Test Testmann).
Versichertennummern beginnen mit KV-0000-, IBANs sind die veröffentlichten Beispiel-IBANs.
Diagnosen und OPS sind zufällig kombiniert und medizinisch nicht plausibel gemeint.
"""
    csv = ("Fall;Name;Geburtsdatum;Versichertennr;Aufnahme;Entlassung;HD;ND;OPS;Wahlleistung\n"
           "T001;Max Mustermann (fiktiv);01.01.1970;KV-0000-000001;04.01.2027;08.01.2027;K35.8;E11.9;5-470.11;02\n"
           "T002;Erika Musterfrau (fiktiv);12.08.1964;KV-0000-000002;05.01.2027;05.01.2027;H25.1;;5-144.5a;01\n"
           "T003;Test Testmann (fiktiv);31.12.1999;KV-0000-000003;06.01.2027;12.01.2027;S72.01;I10.00;5-820.00;10\n")
    z = zipped([("LIESMICH.txt", readme.encode("utf-8")), ("testfaelle_dta42.csv", csv.encode("utf-8"))])
    body = """Hallo Herr Klee,

anbei die synthetischen Testfälle für Ihren DTA-4.2-Test. Bitte nur an
dta-test@kranichstein.example senden, nicht an die Produktion.

Viele Grüße
Jonas Pfeffer
IT – Schnittstellen Leistungserbringer
"""
    m = mail(133, "Jonas Pfeffer <jonas.pfeffer@kranichstein.example>",
             "Tobias Klee <t.klee@klinikum-bergstrasse-sued.example>",
             "Testfälle DTA 4.2 (synthetisch)", "Mon, 04 Jan 2027 14:20:00 +0100", text=body,
             atts=[att("Testfaelle_DTA42_synthetisch.zip", ZIP, z)])
    return m, N, "de", "insurer-to-hospital", "trap: ZIP with fictitious test patients (Mustermann), birth dates and ICD codes, marked synthetic"


def m134():
    body = """Dear Dr Rossi,

thanks for your baggage claim. Your suitcase was delayed by Aer Lingus on your flight
Dublin-Frankfurt on 19 December and delivered on 22 December, so we can pay for the
essential purchases you made in the meantime:

  Policy: RG-3390-1172 (annual travel, baggage delay cover EUR 400)
  Claim no.: RG-26-0055813
  Receipts submitted: clothing EUR 212.60, toiletries EUR 38.45
  Settlement: EUR 251.05

Payment to IE63 NWBK 9311 5212 7463 91 as on file.

Kind regards,
Carolin Meister
Travel Claims
"""
    m = mail(134, "Carolin Meister <carolin.meister@kranichstein.example>",
             "Gemma Rossi <gemma.rossi@rossi-medical.example>",
             "Baggage delay claim RG-26-0055813", "Tue, 05 Jan 2027 10:00:00 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "travel baggage claim without health content: policy, claim, IBAN"


def m135():
    body = """Dear Kranichstein team,

I'm reaching out from SecondView Health, a platform that connects insurers' members with
board-certified specialists for remote second opinions within 72 hours.

  - 1,400 specialists in 38 specialties (oncology, cardiology, orthopaedics, neurology)
  - Member uploads imaging and reports; our nurses prepare the case
  - Average saving for insurers: 18 % of planned surgery cost avoided (2025 client data)
  - Fully GDPR-compliant, hosting in Frankfurt

Would you have 20 minutes in January for a demo? Happy to share a sample (fictitious)
second-opinion report.

Best,
Daniel Moreau
Partnerships Director, SecondView Health SAS
"""
    m = mail(135, "Thomas Vogelsang <thomas.vogelsang@kranichstein-global.example>",
             "Dr. Henrike Salzmann <henrike.salzmann@kranichstein.example>",
             "Fwd: Remote second opinions for your members", "Tue, 05 Jan 2027 12:40:00 +0000",
             text="Henrike, worth a look for the oncology cases? Thomas\n\n---------- Forwarded message ----------\nFrom: Daniel Moreau <d.moreau@secondview-health.example>\n\n" + body)
    return m, N, "en", "supplier", "trap: vendor pitch for second-opinion platform, specialties and savings, no patient"


def m136():
    body = """Dear Mr Kapoor,

following the fire in the neighbouring restaurant on 2 January, your pharmacy had to stay
closed for five days because of smoke damage. Under your business interruption cover we
have calculated:

  Policyholder: Sunil Kapoor e.K., International Pharmacy Frankfurt
  Premises: Kaiserstraße 61, 60329 Frankfurt am Main
  Policy: BU-G-4412-0087 (business interruption, 12 months indemnity)
  Lost gross profit, 5 days (basis: your 2025 figures, EUR 1.86 m turnover): EUR 8,740.00
  Continuing wages (4 staff): included
  Cleaning and ozone treatment: EUR 3,210.00 (contents policy)

Please send the tax adviser's confirmation of the 2025 turnover, then we will pay.

Kind regards,
Ralf Mertesacker
Commercial Claims
"""
    m = mail(136, "Ralf Mertesacker <ralf.mertesacker@kranichstein.example>",
             "Sunil Kapoor <owner@intl-pharmacy-ffm.example>",
             "Business interruption claim - smoke damage", "Tue, 05 Jan 2027 15:00:00 +0100", text=body)
    return m, C, "en", "insurer-to-pharmacy", "pharmacist e.K.: turnover, business interruption claim, address; no patients"


def m137():
    body = """Sehr geehrte Frau Albers,

unsere Versicherte Frau Natalie Kraus (Vers.-Nr. KV-8841-220317, Krankentagegeld ab dem
43. Tag) ist seit dem Verkehrsunfall vom 02.09.2026 arbeitsunfähig. Laut den AU-Bescheinigungen
behandeln Sie sie wegen einer posttraumatischen Belastungsstörung (F43.1).

Frau Kraus hat uns mit Erklärung vom 28.12.2026 von der Schweigepflicht Ihnen gegenüber
entbunden. Wir bitten um einen kurzen Bericht:
  - Symptomatik (Intrusionen, Vermeidung, Hyperarousal) und Schweregrad (z. B. PCL-5)
  - Behandlungsfrequenz und Verfahren (traumafokussierte KVT / EMDR?)
  - Einschätzung der Arbeitsfähigkeit als Busfahrerin und der voraussichtlichen Dauer
  - Ist eine stufenweise Wiedereingliederung, ggf. zunächst im Innendienst, denkbar?

Honorar nach GOP Nr. 80 zzgl. Porto. Vielen Dank!

Mit freundlichen Grüßen
Jana Oberdorfer
Krankentagegeld
"""
    m = mail(137, "Jana Oberdorfer <jana.oberdorfer@kranichstein.example>",
             "Katrin Albers <praxis@psychotherapie-albers.example>",
             "Berichtsanforderung KT – Az. LK/OBD/27-00214", "Wed, 06 Jan 2027 09:05:00 +0100", text=body)
    return m, S, "de", "insurer-to-therapist", "psychotherapist report request: named insured with PTSD F43.1 after accident, sick pay"


def m138():
    d = docx(["Informationsblatt für Krankenhäuser – Wahlleistungsvereinbarung",
              "Damit wir wahlärztliche Leistungen und Unterkunftszuschläge direkt abrechnen können, muss die Wahlleistungsvereinbarung vor Erbringung der Leistung schriftlich geschlossen sein (§ 17 KHEntgG).",
              "Muster-Angaben (fiktiv):",
              [["Feld", "Beispiel"],
               ["Patient/in", "«Vorname Nachname»"],
               ["Geburtsdatum", "«TT.MM.JJJJ»"],
               ["Versicherung / Nr.", "Kranichstein KV / «Versichertennummer»"],
               ["Wahlleistung", "Chefarztbehandlung / Zweibettzimmer"],
               ["Unterschrift", "Patient/in bzw. gesetzliche Vertretung, Datum"]],
              "Häufige Fehler: Unterschrift erst nach OP, fehlende Liste der Wahlärzte, Stellvertreter nicht namentlich benannt."])
    body = """Sehr geehrte Frau Weyand,

wie beim Treffen des AK Direktabrechnung zugesagt, erhalten Sie unser Informationsblatt
zur Wahlleistungsvereinbarung mit einem Muster (nur Platzhalter). Gern können Sie es für
die Schulung Ihrer Patientenaufnahme verwenden.

Mit freundlichen Grüßen
Friederike Budde
"""
    m = mail(138, "Friederike Budde <friederike.budde@kranichstein.example>",
             "Erlösmanagement Klinikum <erloes@klinikum-bergstrasse-sued.example>",
             "Informationsblatt Wahlleistungsvereinbarung", "Wed, 06 Jan 2027 11:30:00 +0100", text=body,
             atts=[att("Info_Wahlleistungsvereinbarung.docx", DOCX, d)])
    return m, N, "de", "insurer-to-hospital", "trap: information sheet with placeholder template for elective-service agreements"


def m139():
    body = """Sehr geehrter Herr Dr. Förster,

zum Hagelschaden an Ihrer Photovoltaikanlage auf dem Dach des Praxisgebäudes:

  Versicherungsnehmer: Dr. med. Wolfgang Förster
  Anlagenstandort: Bahnhofstraße 3, 64372 Ober-Ramstadt
  Vertrag: PV-2207-5518 (Photovoltaik-Allgefahren inkl. Ertragsausfall)
  Schaden-Nr.: PV-26-0031877
  Schaden: 9 von 42 Modulen mit Glasbruch nach Hagel am 29.12.2026

Der Sachverständige Herr Ing. Pauly meldet sich zur Besichtigung. Den Ertragsausfall
berechnen wir nach den Daten Ihres Wechselrichterportals; bitte geben Sie ihm Lesezugriff.

Mit freundlichen Grüßen
Nina Schwab
Schaden Technische Versicherungen
"""
    m = mail(139, "Nina Schwab <nina.schwab@kranichstein.example>",
             "Wolfgang Förster <praxis@hausarzt-foerster.example>",
             "Hagelschaden PV-Anlage PV-26-0031877", "Wed, 06 Jan 2027 14:45:00 +0100", text=body)
    return m, C, "de", "insurer-to-doctor", "doctor's PV system claim: address, contract and claim numbers"


def m140():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

am Freitag, 08.01., wartet der Techniker ab 7:30 Uhr die Multifunktionsdrucker im 3. OG.
Bitte bis 10 Uhr auf die Drucker im 2. OG ausweichen.

On Friday 8 January the printers on the 3rd floor will be serviced from 7:30.
Please use the 2nd-floor printers until 10:00.

IT-Servicedesk
"""
    m = mail(140, "IT-Servicedesk <it-servicedesk@kranichstein.example>",
             "Haus A 3. OG <hausa-3og@kranichstein.example>",
             "Druckerwartung 3. OG / printer maintenance", "Thu, 07 Jan 2027 08:00:00 +0100", text=body)
    return m, N, "mixed", "internal", "bilingual printer maintenance notice"


def m141():
    body = """Sehr geehrte Frau Dr. Neubeck,

es tut uns leid, dass bei Ihnen eingebrochen wurde. Wir haben den Schaden erfasst:

  Versicherungsnehmerin: Dr. Carla Neubeck
  Versicherungsort: Heidelberger Landstraße 233, 64297 Darmstadt (Privatwohnung)
  Vertrag: HR-5561-0938, Versicherungssumme 95.000 EUR
  Schaden-Nr.: HR-27-0000412
  Tatzeit: 02.01.2027, 18:00–23:30 Uhr, Einstieg über Terrassentür
  Polizei: Vorgangsnummer 0147/27/8810, PP Südhessen

Gestohlen wurden laut Ihrer Liste: Schmuck (Erbstücke, ca. 7.800 EUR – Wertsachengrenze
20 % der VS = 19.000 EUR), ein Laptop und 450 EUR Bargeld (Grenze 1.500 EUR).
Bitte reichen Sie Kaufbelege oder Fotos/Gutachten des Schmucks nach.

Mit freundlichen Grüßen
Carolin Meister
Schaden Sach Privat
"""
    m = mail(141, "Carolin Meister <carolin.meister@kranichstein.example>",
             "Carla Neubeck <c.neubeck@internistin-neubeck.example>",
             "Einbruch – Schaden HR-27-0000412", "Thu, 07 Jan 2027 10:30:00 +0100", text=body)
    return m, C, "de", "insurer-to-doctor", "doctor's private burglary claim: home address, police reference, contract"


def m142():
    body = """Hi all,

summary of the DPIA for the pilot "AI-assisted triage of incoming medical reports"
(for the steering group; full document in the DMS):

  Purpose: classify incoming discharge summaries and medical reports by urgency and route
  them to the right case manager. No automated decisions on claims.
  Data: health data (Art. 9 GDPR) of members, processed on our own infrastructure; the model
  is not trained on production data - training uses 4,000 synthetic reports.
  Main risks: misrouting of urgent cases (mitigation: human check of all "low" labels during
  pilot), access by vendor staff (mitigation: no remote access, on-prem deployment).
  Residual risk: low. DPO opinion: pilot may start, re-assessment after 3 months.

No personal data in this mail.

Bernd
"""
    m = mail(142, "Dr. Bernd Kaltwasser <datenschutz@kranichstein.example>",
             "KGH Steering <kgh-steering@kranichstein-global.example>",
             "DPIA summary - AI triage of medical reports", "Thu, 07 Jan 2027 13:00:00 +0100", text=body)
    return m, N, "en", "internal", "trap: DPIA summary about processing health data, no individual"


def m143():
    body = """Dear Dr Adeyemi,

thanks for reporting the incident under your personal liability policy:

  Policy: PH-2841-6674
  Claim no.: PH-27-0003318
  What happened: on 5 January, while wheeling your new bike out of the hospital car park,
  the handlebar scratched the rear door of a parked Audi A4 (DA-MK 5510, owner Ms Miriam
  Kurz). Nobody was hurt.

We'll contact Ms Kurz directly and ask for a repair estimate. Please don't agree to any
payment yourself.

Best wishes,
Petra Hahnemann
Liability Claims
"""
    m = mail(143, "Petra Hahnemann <petra.hahnemann@kranichstein.example>",
             "Tunde Adeyemi <t.adeyemi@klinikum-bergstrasse-sued.example>",
             "Liability claim PH-27-0003318", "Thu, 07 Jan 2027 15:30:00 +0100", text=body)
    return m, C, "en", "insurer-to-doctor", "personal liability claim: named doctor and third party, plate; nobody hurt"


def m144():
    csv = ("Date;Member;Policy;Treatment;Minutes;EUR\n"
           "2026-11-24;Ciaran Doherty;KGH-7061288;Initial assessment, lumbar radiculopathy L5 (M51.1);60;85.00\n"
           "2026-11-27;Ciaran Doherty;KGH-7061288;Manual therapy + McKenzie exercises;45;65.00\n"
           "2026-12-01;Ciaran Doherty;KGH-7061288;Manual therapy + core stability;45;65.00\n"
           "2026-12-04;Ciaran Doherty;KGH-7061288;Dry needling gluteus medius;30;50.00\n"
           "2026-12-09;Ciaran Doherty;KGH-7061288;Review, SLR improved 35->60 deg;45;65.00\n")
    body = """Dear Ms Brennan,

thank you for the invoice and the treatment log (attached back to you for reference with
our notes). Sessions 1-5 are approved. For further sessions beyond 10 per year the plan
requires a GP or specialist referral - please ask the member to obtain one; the MRI
report you mentioned (L4/5 disc protrusion with L5 root contact) would help as well.

Best regards,
Claims Team Europe
Kranichstein Global Health
"""
    m = mail(144, "Claims Europe <claims.eu@kranichstein-global.example>",
             "Niamh Brennan Physiotherapy <niamh@brennan-physio.example>",
             "Invoice NB-2026-311", "Fri, 08 Jan 2027 09:15:00 +0000", text=body,
             atts=[txt("NB-2026-311_treatment_log.csv", "csv", csv, "utf-8")])
    return m, S, "en", "insurer-to-therapist", "physio invoice: named member in CSV, lumbar radiculopathy M51.1, MRI finding in body"


def m145():
    body = """Sehr geehrte Mieterinnen und Mieter,

die jährliche Untersuchung des Trinkwassers auf Legionellen (§ 31 TrinkwV) im Ärztehaus
Luisenstraße 18 hat am 15.12.2026 stattgefunden. Ergebnis:

  Probenahmestelle Vorlauf Warmwasserspeicher: < 1 KBE/100 ml
  Zirkulationsrücklauf:                         12 KBE/100 ml
  Dusche Praxis 2. OG (entferntester Punkt):     48 KBE/100 ml
  Technischer Maßnahmenwert:                    100 KBE/100 ml

Alle Werte liegen unter dem Maßnahmenwert. Für Praxen mit immungeschwächten Patienten
(Onkologie, Dialyse) empfehlen wir dennoch, selten genutzte Entnahmestellen wöchentlich
zu spülen. Der Prüfbericht hängt im Technikraum aus.

Objektverwaltung Immobilien
Kranichstein Versicherungsgruppe
"""
    m = mail(145, "Objektverwaltung <immobilien@kranichstein.example>",
             "Mieter Ärztehaus Luisenstraße <mieter-luisenstr18@lists.kranichstein.example>",
             "Trinkwasseruntersuchung Legionellen – Ergebnis", "Fri, 08 Jan 2027 11:00:00 +0100", text=body,
             charset="windows-1252", cte="quoted-printable")
    return m, N, "de", "insurer-to-doctor", "trap: building water test for tenant practices, immunocompromised patients mentioned generically"


def m146():
    body = """Hallo Herr Kunze,

bitte legen Sie für die neue Beratungsärztin die Personalakte an. Eckdaten lt. Vertrag
vom 18.12.2026:

  Dr. med. Agnieszka Kowalczyk, geb. 23.05.1979
  Eintritt: 01.04.2027, Gesellschaftsärztlicher Dienst, Kostenstelle 4410
  30 Wochenstunden, Jahresgehalt 112.000 EUR brutto (außertariflich), 13 Gehälter
  Steuer-ID und Bankverbindung reicht sie mit dem Personalbogen nach.
  Dienstwagen: nein; Jobticket: ja.

Zugang zum Leistungssystem und zu den Gutachten bitte erst ab Eintritt.

Danke und Gruß
Lea Voskuhl
"""
    m = mail(146, "Lea Voskuhl <lea.voskuhl@kranichstein.example>",
             "Bernhard Kunze <bernhard.kunze@kranichstein.example>",
             "Neueinstellung GAD – Personalakte", "Fri, 08 Jan 2027 13:40:00 +0100", text=body)
    return m, C, "de", "internal", "new hire's birth date and salary in HR mail; no health data"


def m147():
    body = """Sehr geehrter Herr Dr. Ruppenthal,

anbei wie gewünscht Ihre eVB für die Zulassung des neuen Elektrofahrzeugs:

  eVB-Nummer: R3TQ8YA
  Versicherungsnehmer: Dr. Peter Ruppenthal, Jahnstraße 17, 64285 Darmstadt
  Fahrzeug: Hyundai Ioniq 5, FIN KMHKM81CPNU104475
  Tarif: Kfz-Haftpflicht + Vollkasko (SB 300 EUR), SF 22 aus dem Vorvertrag
  inkl. Akku-Allgefahrendeckung und Wallbox-Mitversicherung

Der Vorvertrag (Benziner, DA-PR 66) endet mit Abmeldung. Bitte sagen Sie uns das
neue Kennzeichen, sobald es zugeteilt ist.

Mit freundlichen Grüßen
Jonas Albrecht
Kfz-Service
"""
    m = mail(147, "Jonas Albrecht <jonas.albrecht@kranichstein.example>",
             "Peter Ruppenthal <p.ruppenthal@privat-mail.example>",
             "eVB für Ihr neues Fahrzeug", "Fri, 08 Jan 2027 15:10:00 +0100", text=body)
    return m, C, "de", "insurer-to-doctor", "doctor's private motor: eVB, VIN, home address, plate"


def m148():
    text = """KRANICHSTEIN GLOBAL HEALTH - PROVIDER BULLETIN, January 2027

1) Portal go-live
The provider portal went live on 1 December 2026. 212 hospitals and clinics are now
registered; 61 % of pre-authorisation requests in December came in through the portal.

2) Holiday season figures
Between 20 December and 6 January our medical desk handled 1,930 calls and issued
688 guarantees of payment. Median response time for emergency admissions: 47 minutes.

3) Reminder: discharge summaries
Please upload the discharge summary with the final invoice - 23 % of December invoices
were incomplete.

4) Coding webinar on 20 January - registration still open.

provider.relations@kranichstein-global.example
"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<h3>Provider Bulletin, January 2027</h3>
<ol>
<li><b>Portal go-live:</b> 212 hospitals and clinics registered; 61 % of pre-authorisation requests in December came through the portal.</li>
<li><b>Holiday season:</b> 1,930 calls, 688 guarantees of payment, median response for emergency admissions 47 minutes.</li>
<li><b>Discharge summaries:</b> please upload them with the final invoice - 23 % of December invoices were incomplete.</li>
<li><b>Coding webinar</b> on 20 January - registration still open.</li>
</ol>
<p>provider.relations@kranichstein-global.example</p>
</body></html>"""
    m = mail(148, "Kranichstein Global Health Provider Relations <bulletin@kranichstein-global.example>",
             "network-providers@lists.kranichstein-global.example",
             "Provider Bulletin 01/2027", "Mon, 11 Jan 2027 07:00:00 +0000", text=text, html=html)
    return m, N, "en", "newsletter", "trap: provider bulletin with aggregate guarantee and admission figures"


def m149():
    body = """Sehr geehrte Frau Köhler,

für die Nachuntersuchung von Herrn Demirtas (UV-6614-0388) nach der Reha brauchen wir einen
neuen Termin, da er ab 04.01. in der stufenweisen Wiedereingliederung ist (4 h/Tag,
Lager Weiterstadt, Schicht 6–10 Uhr). Passend wäre ein Nachmittag ab 14 Uhr in KW 4 oder 5.

Bitte beachten Sie aus dem Reha-Entlassungsbericht: ROM re. Knie 0-5-115 bei Entlassung,
er hat weiterhin Schmerzen beim Knien (NRS 5). Dr. Brandl möchte laut Telefonat eine
Röntgenaufnahme re. Knie in 2 Ebenen am selben Tag machen. Die Kosten übernehmen wir.

Mit freundlichen Grüßen
Corinna Lachmann
Reha- und Schadenmanagement
"""
    m = mail(149, "Corinna Lachmann <corinna.lachmann@kranichstein.example>",
             "Praxisteam Brandl & Quast <termine@ortho-brandl-quast.example>",
             "Neuer Termin Nachuntersuchung UV-6614-0388", "Mon, 11 Jan 2027 09:30:00 +0100", text=body,
             charset="windows-1252", cte="quoted-printable")
    return m, S, "de", "insurer-to-doctor", "appointment logistics for named accident insured with knee findings and work reintegration; windows-1252 QP"


def m150():
    body = """Sehr geehrte Damen und Herren,

zum 01.01.2027 ist die ICD-10-GM Version 2027 in Kraft getreten. Für die Abrechnung mit
uns ist Folgendes wichtig:

  - Rechnungen mit Behandlungsdatum ab 01.01.2027 bitte mit Codes der Version 2027.
  - Neue Schlüsselnummern gibt es u. a. im Bereich der Post-COVID-Zustände (U09.-),
    bei Long-COVID-assoziierter Fatigue und bei seltenen Erkrankungen (Orpha-Kennnummern).
  - Zusatzkennzeichen für die Diagnosesicherheit (G, V, Z, A) und Seitenlokalisation
    (R, L, B) bleiben unverändert.
  - Für Behandlungen, die 2026 begonnen haben, akzeptieren wir bis 31.03.2027 beide Versionen.

Eine Überleitungstabelle finden Sie auf der Website des BfArM; eine Kurzübersicht mit
Beispielen steht im Partnerportal.

Mit freundlichen Grüßen
Versorgungsmanagement
Kranichstein Krankenversicherung AG
"""
    m = mail(150, "Versorgungsmanagement <versorgungsmanagement@kranichstein.example>",
             "Leistungserbringer-Verteiler <praxen@lists.kranichstein.example>",
             "ICD-10-GM 2027: Hinweise zur Abrechnung", "Mon, 11 Jan 2027 08:00:00 +0100", text=body)
    return m, N, "de", "newsletter", "trap: ICD-10-GM version notes for practices, code ranges only"

# ---------------------------------------------------------------- driver

EXPECTED = {N: 60, C: 45, S: 45}


def all_mails():
    out = []
    for i in range(1, 151):
        fn = globals().get("m%03d" % i)
        if fn is None:
            raise SystemExit("missing function m%03d" % i)
        out.append(fn())
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (msg, label, lang, kind, reason) in enumerate(all_mails(), 1):
        name = "d59-%04d.eml" % i
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails" % (len(rows) - 1))


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad header")
    rows = [l.split("\t") for l in lines[1:]]
    counts = {N: 0, C: 0, S: 0}
    langs = {}
    traps = 0
    files = sorted(os.listdir(OUT))
    if files != ["d59-%04d.eml" % i for i in range(1, 151)]:
        errors.append("file list mismatch (%d files)" % len(files))
    for r in rows:
        if len(r) != 5:
            errors.append("bad row %r" % r[:1])
            continue
        name, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        if reason.startswith("trap:"):
            traps += 1
            if label != N:
                errors.append("%s: trap but not NORMAL" % name)
        raw = open(os.path.join(OUT, name), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF" % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append("%s: missing %s" % (name, h))
        if msg.defects:
            errors.append("%s: defects %r" % (name, msg.defects))
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct == "message/rfc822":
                continue
            data = part.get_payload(decode=True)
            if data is None:
                continue
            if part.get_content_maintype() == "text":
                part.get_content()  # must decode in its charset
            fn = (part.get_filename() or "").lower()
            if fn.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    if z.testzip() is not None:
                        errors.append("%s: broken zip %s" % (name, fn))
            if fn.endswith(".pdf") and not data.startswith(b"%PDF"):
                errors.append("%s: broken pdf %s" % (name, fn))
    if len(rows) != 150:
        errors.append("rows: %d" % len(rows))
    if counts != EXPECTED:
        errors.append("label counts %r" % counts)
    if traps < 40:
        errors.append("only %d traps" % traps)
    print("labels:", counts, "langs:", langs, "traps:", traps)
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK: 150 mails parsed, counts match")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write()
