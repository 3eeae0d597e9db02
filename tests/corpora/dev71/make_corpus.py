#!/usr/bin/env python3
"""Siegel evaluation corpus dev71 (seed 71).

Theme: property, household, motor and liability claims at the border to health.
Invented insurer: Elbstrom Versicherung AG, Hamburg (domain elbstrom.example).

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that hand-written content into MIME (Python `email`,
policy=SMTP, CRLF) or into a file format (PDF, XLSX, ODS, DOCX, ODT, ZIP).
Nothing is assembled from lists of parts and nothing is random: MIME
boundaries, Message-IDs, ZIP timestamps and document metadata are fixed, so
two runs produce byte-identical files.

    python3 make_corpus.py          # writes mails/d71-0001.eml ... and labels.tsv
    python3 make_corpus.py --check  # re-parses every file and validates counts

Needs openpyxl, odfpy and python-docx (PDFs are written by a tiny built-in writer).
"""
import csv
import datetime as _dt
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

SEED = 71
NN = 71
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
INS = "elbstrom.example"
FIXED_DT = _dt.datetime(2026, 12, 1, 9, 0, 0)

# ---------------------------------------------------------------- helpers: MIME

_current = {"n": 0}


def _date(s):
    """'2026-11-03 09:14' -> RFC 5322 date string (Europe/Berlin offset, fixed)."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    month = d.month
    off = 2 if (4 <= month <= 9 or (month == 10 and d.day < 25) or (month == 3 and d.day > 28)) else 1
    d = d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))
    return format_datetime(d)


def mail(frm, to, subject, date, body=None, *, cc=None, html=None, html_only=False,
         charset="utf-8", cte=None, attachments=(), reply_to=None, in_reply_to=None,
         headers=None, flowed=False, mailer=None):
    """Build one message from hand-written parts.

    attachments: list of (filename, bytes, 'maintype/subtype') or ('rfc822', EmailMessage).
    """
    n = _current["n"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date(date)
    m["Message-ID"] = "<d71.%04d.%s@mx1.elbstrom.example>" % (n, date.replace("-", "").replace(" ", "").replace(":", ""))
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if reply_to:
        m["Reply-To"] = reply_to
    m["MIME-Version"] = "1.0"
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in (headers or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        if cte:
            m.set_content(body, charset=charset, cte=cte)
        else:
            m.set_content(body, charset=charset)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset)
    for att in attachments:
        if att[0] == "rfc822":
            m.add_attachment(att[1])
        else:
            fn, data, ctype = att
            maintype, subtype = ctype.split("/", 1)
            if maintype == "text":
                m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
            else:
                m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    _fix_boundaries(m, n)
    return m


def inner(frm, to, subject, date, body, *, charset="utf-8", cc=None, attachments=()):
    """A forwarded original message (for message/rfc822 parts)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date(date)
    m["Message-ID"] = "<orig.%04d.%s@%s>" % (_current["n"], date.replace("-", "").replace(" ", "").replace(":", ""), frm.split("@")[-1].strip(">"))
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset)
    for fn, data, ctype in attachments:
        maintype, subtype = ctype.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    _fix_boundaries(m, _current["n"], prefix="inner")
    return m


def _fix_boundaries(m, n, prefix="part"):
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("=_%s_d71_%04d_%d_s%d" % (prefix, n, i, SEED))


def textfile(s, charset="utf-8"):
    return s.encode(charset)


# ---------------------------------------------------------------- helpers: file formats

_ZIP_DT = (2026, 12, 1, 9, 0, 0)


def _normalize_zip(data):
    """Rewrite a ZIP (office file) with fixed timestamps and fixed metadata dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>2026-12-01T09:00:00Z\2", txt)
                txt = re.sub(r"(<(?:meta:creation-date|dc:date)>)[^<]*(<)", r"\g<1>2026-12-01T09:00:00\2", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=_ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def zipped(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows) with rows = list of lists."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Elbstrom Versicherung AG"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    b = io.BytesIO()
    wb.save(b)
    return _normalize_zip(b.getvalue())


def ods(title, rows):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=title)
    for r in rows:
        tr = TableRow()
        for v in r:
            if isinstance(v, (int, float)):
                c = TableCell(valuetype="float", value=v)
            else:
                c = TableCell(valuetype="string")
            c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    b = io.BytesIO()
    doc.write(b)
    return _normalize_zip(b.getvalue())


def odt(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for p in paragraphs:
        doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.write(b)
    return _normalize_zip(b.getvalue())


def docx(paragraphs, table=None):
    """paragraphs: list of str ('# ' prefix = heading); table: rows, inserted at the end."""
    import docx as _docx
    d = _docx.Document()
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = "Elbstrom Versicherung AG"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Elbstrom Versicherung AG"
    b = io.BytesIO()
    d.save(b)
    return _normalize_zip(b.getvalue())


def pdf(lines, title="Dokument"):
    """Minimal PDF 1.4, Helvetica, WinAnsiEncoding, 50 lines per page."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 50] for i in range(0, max(len(lines), 1), 50)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = "BT /F1 10 Tf 50 800 Td 14 TL\n"
        for ln in pg:
            stream += "(%s) Tj T*\n" % esc(ln)
        stream += "ET"
        sb = stream.encode("cp1252")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"\nendstream")
    info_no = len(objs) + 1
    objs.append(("<< /Title (%s) /Producer (Elbstrom DocGen 2.3) /CreationDate (D:20261201090000Z) >>" % esc(title)).encode("cp1252"))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_no, xref)
    return out


PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODT = "application/vnd.oasis.opendocument.text"
ZIP = "application/zip"
CSV = "text/csv"
ICS = "text/calendar"
OCTET = "application/octet-stream"


def L(msg, label, lang, kind, reason):
    return msg, label, lang, kind, reason


# ====================================================================== the mails

def m001():
    body = """Sehr geehrte Frau Kranich,

vielen Dank für Ihren Anruf heute Vormittag und die Schadenmeldung zum Einbruch in Ihre
Wohnung in der Lerchenfeldstraße 14 am Wochenende.

Wir haben den Schaden unter der Nummer HR-2026-118734 zu Ihrer Hausratversicherung
HV 40-7712093 angelegt. Sie hatten erwähnt, dass neben Schmuck und dem Laptop auch Ihre
beiden Hörgeräte (Hinter-dem-Ohr-Geräte, Anschaffung 2024) aus der Schublade im Flur
entwendet wurden. Damit wir diese Position regulieren können, benötigen wir bitte:

- die Stehlgutliste, die Sie bei der Polizei abgegeben haben (Tagebuch-Nr. genügt),
- die Rechnung Ihres Hörakustikers über die gestohlenen Geräte,
- einen Kostenvoranschlag für die Neuversorgung, aus dem ersichtlich ist, welchen Anteil
  Ihre Krankenkasse übernimmt (wir erstatten nur den Eigenanteil).

Sie können die Unterlagen einfach als Antwort auf diese Mail schicken.

Mit freundlichen Grüßen

Jana Petersen
Schadenservice Hausrat
Elbstrom Versicherung AG · Stromkaje 4 · 20457 Hamburg
Tel. 040 3344-2217
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Ingrid Kranich <i.kranich@posteo-mail.example>",
             "Ihr Einbruchschaden HR-2026-118734 – fehlende Unterlagen", "2026-11-16 11:42", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "stolen hearing aids of the named policyholder (hearing impairment) in a household burglary claim")


def m002():
    body = """Hallo zusammen,

hier wie jeden Monat die Auswertung Hilfsmittel in der Sparte Hausrat (Q3 2026, nur Anzahl und
Aufwand, keine Einzelfälle):

Kategorie                 Schäden   Aufwand EUR   Ø je Schaden
Hörgeräte                      61       148.230          2.430
Brillen / Kontaktlinsen       212        83.610            394
Rollstühle / Rollatoren        17        29.440          1.732
Insulinpumpen / CGM             9        21.870          2.430
Elektromobile / Scooter         6        18.990          3.165
Sonstige                       23         9.015            392

Auffällig: Hörgeräte-Diebstähle aus Pkw steigen seit dem Sommer weiter. Ich würde das gern im
Produktausschuss am 3.12. ansprechen, ob wir den Baustein "Hilfsmittel unterwegs" anpassen.

Gruß
Oliver

--
Oliver Brandt
Leitung Schaden Komposit
Elbstrom Versicherung AG
"""
    m = mail("Oliver Brandt <oliver.brandt@elbstrom.example>", "schaden-komposit-team@elbstrom.example",
             "Monatsreport Hilfsmittel Hausrat Q3", "2026-10-07 08:15", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: aggregated counts of hearing-aid/insulin-pump/wheelchair claims, no person")


def m003():
    body = """Sehr geehrter Herr Oltmanns,

wir bestätigen den Eingang Ihrer Schadenmeldung vom 02.11.2026.

Nach Ihrer Schilderung ist bei dem Sturm in der Nacht zum 31. Oktober die Birke auf Ihrem
Grundstück (Am Mühlenteich 7, 21465 Reinbek) umgestürzt und auf den Carport Ihres Nachbarn,
Herrn Peter Claasen, gefallen. Personen wurden nicht verletzt, das Fahrzeug stand nicht darunter.

Schadennummer: PH-26-0449128
Vertrag: Privathaftpflicht PHV 22 918 447

Ob Sie überhaupt haften, hängt davon ab, ob der Baum erkennbar krank oder morsch war – bei einem
gesunden Baum und Sturm ab Windstärke 8 liegt in der Regel höhere Gewalt vor. Wir haben daher
einen Gutachter beauftragt, der sich den Baumstumpf ansieht. Bitte entsorgen Sie ihn bis dahin
nicht. Herr Claasen sollte den Schaden parallel auch seiner eigenen Wohngebäudeversicherung melden.

Freundliche Grüße
Sevgi Aydın
Haftpflicht-Schaden
Elbstrom Versicherung AG
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Hauke Oltmanns <hauke.oltmanns@t-netz.example>",
             "Schaden PH-26-0449128 – umgestürzte Birke", "2026-11-04 14:05", body, cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.5.1")
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "neighbour claim, nobody hurt; named policyholder, address, policy and claim number")


def m004():
    body = """Dear Mr Hargreaves,

Thank you for reporting the incident in the car park of the Elbe-Einkaufszentrum on 9 November.
As you described it, you reversed out of the bay and touched the rear bumper of a parked Skoda
Octavia (HH-KT 4410). Nobody was in the other car and nobody was hurt.

Your claim reference is KH-2026-77102 under your motor policy KFZ 31-558204 (vehicle HH-RB 213).
We have written to the owner of the Skoda and will settle the repair costs directly with them.
Your no-claims class will be downgraded from SF 12 to SF 8 next year unless you decide to
reimburse us; we will send you the amount once the claim is closed.

Kind regards,

Fiona McAllister
International Desk – Motor Claims
Elbstrom Versicherung AG | Stromkaje 4 | 20457 Hamburg | +49 40 3344-2290
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Tom Hargreaves <tom.hargreaves@fastpost.example>",
             "Your claim KH-2026-77102 - car park damage", "2026-11-11 10:20", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "motor liability, nobody hurt; named customer, plates, policy and claim number, no-claims class")


def m005():
    body = """Dear Ms Okonjo,

thank you for sending the invoice from your optician. I have attached our settlement statement
for the spectacles that were broken when the airbag deployed in the collision on 21 October.

We pay the replacement at new value under the personal effects cover of your motor policy. The
amount will be transferred to the account you gave us within the next three working days.

Best regards
Daniel Okafor
International Desk
Elbstrom Versicherung AG
"""
    pdfb = pdf([
        "Elbstrom Versicherung AG - Abrechnung / Settlement statement",
        "",
        "Claim: KF-2026-61877     Policy: KFZ 31-602715",
        "Policyholder: Adaeze Okonjo, Hofweg 88, 22085 Hamburg",
        "Date of loss: 21.10.2026 (collision, airbag deployment)",
        "",
        "Item: varifocal spectacles (Gleitsichtbrille), replacement",
        "Prescription per optician invoice Optik Sandmann No. 2026-4471:",
        "  R: sph -3.25 cyl -0.75 axis 170 add +2.00",
        "  L: sph -2.75 cyl -0.50 axis 15  add +2.00",
        "Frame 189.00 EUR, lenses 2 x 312.00 EUR, fitting 25.00 EUR",
        "Total invoice                                  838.00 EUR",
        "Paid by statutory health insurer (frame excl.)   0.00 EUR",
        "Settlement amount                              838.00 EUR",
        "",
        "Payee account: DE39 5001 0783 0390 0442 17",
        "",
        "Elbstrom Versicherung AG, Stromkaje 4, 20457 Hamburg",
    ], title="Settlement KF-2026-61877")
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Adaeze Okonjo <a.okonjo@mailbox-nord.example>",
             "Settlement of your claim", "2026-11-03 15:48", body,
             attachments=[("Settlement_KF-2026-61877.pdf", pdfb, PDF)])
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "only in the attachment: PDF with the customer's spectacle prescription (aid) plus IBAN; body says only 'spectacles'")


def m006():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Elbstrom Winter Tips &ndash; December 2026</h2>
<p>Dear customers,</p>
<p>every winter we see the same pattern: the first frosty week brings a wave of claims from falls on
icy pavements. As a homeowner in Germany you are usually responsible for clearing and gritting the
pavement in front of your house (the exact times are set by your municipality).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Winter</th><th>Liability claims &quot;icy pavement&quot;</th><th>Average payment</th></tr>
<tr><td>2023/24</td><td>1,412</td><td>EUR 4,870</td></tr>
<tr><td>2024/25</td><td>1,096</td><td>EUR 5,210</td></tr>
<tr><td>2025/26</td><td>1,655</td><td>EUR 5,480</td></tr>
</table>
<p>Typical injuries are wrist and ankle fractures, so the bills add up quickly. Our tips:</p>
<ul>
<li>Clear snow on weekdays usually by 7 a.m., on Sundays by 9 a.m. &ndash; check your local by-law.</li>
<li>Use grit or sand where salt is banned.</li>
<li>If you are away, arrange a neighbour or a service and keep it in writing.</li>
</ul>
<p>Stay safe,<br>your Elbstrom team</p>
<p style="font-size:10px">Elbstrom Versicherung AG, Stromkaje 4, 20457 Hamburg. You receive this newsletter because you
subscribed on elbstrom.example. <a href="https://www.elbstrom.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>"""
    m = mail("Elbstrom Newsletter <newsletter@elbstrom.example>", "newsletter-en@lists.elbstrom.example",
             "Winter is coming: who has to grit the pavement?", "2026-12-01 07:00", html=html, html_only=True)
    return L(m, "NORMAL", "en", "newsletter",
             "trap: HTML-only newsletter with injury words and claim statistics, no person")


def m007():
    body = """Hallo Jana,

kurze Rückmeldung zum Fall unten: Der Sachverständige war heute Morgen vor Ort. Der Wasserschaden
kommt aus der Wohnung darüber (undichter Eckventil-Anschluss), Leitungswasser ist also gedeckt.
Ich hab ihm gesagt, er soll das Pflegebett und den Toilettenstuhl gesondert aufführen, die gehören
laut Frau Wendt nicht ihrer Mutter, sondern sind Leihgeräte der Pflegekasse. Die brauchen wir
also nicht zu zahlen, aber der Sanitätshaus-Lieferant muss informiert werden.

Gruß, Malte

> Von: Jana Petersen
> Gesendet: Montag, 23. November 2026 16:02
> An: Malte Grünewald
> Betreff: WG: Wasserschaden Wohnung Wendt, Seniorenresidenz Alsterblick
>
> Malte, kannst du das bitte übernehmen, ich bin ab morgen auf Schulung.
> Frau Hedwig Wendt (HV 40-3306611) wohnt in der Seniorenresidenz Alsterblick,
> Betreutes Wohnen, App. 2.14. Tochter Frau Sabine Wendt hat angerufen: Wasser von
> oben, Teppich, Sessel und Wäsche durchnässt. Die Mutter hat Pflegegrad 3 und ist
> nach einem Schlaganfall auf den Rollstuhl angewiesen, kann während der Trocknung
> nicht in der Wohnung bleiben. Die Einrichtung stellt ein Kurzzeitpflege-Zimmer,
> Tochter fragt, ob wir die Mehrkosten als Hotelkosten übernehmen.
> Schaden-Nr. HR-2026-121950.
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Jana Petersen <jana.petersen@elbstrom.example>",
             "AW: WG: Wasserschaden Wohnung Wendt, Seniorenresidenz Alsterblick", "2026-11-25 12:31", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "quoted forward: named resident with care level 3, stroke, wheelchair, short-term care (water damage in care flat)")


def m008():
    body = """Sehr geehrter Herr Lüdemann,

anbei wie besprochen die unterschriebene Fassung des Rahmenvertrags über die Ersatzbeschaffung
von Hörsystemen im Schadenfall (Vertrag EV-LB-2026-014) zurück.

Wichtig für Ihre Buchhaltung: Die Sammelrechnungen bitte künftig monatlich an
rechnungseingang@elbstrom.example, Kostenstelle 4410. Zahlungen gehen wie vereinbart an Ihr
Geschäftskonto bei der Hanse Handelsbank, IBAN DE78 4306 0745 1188 2047 11, Kontoinhaber
Hörwelt Alster GmbH.

Vertragsbeginn ist der 01.01.2027. Ansprechpartner für die Schadenabwicklung bleibt
Frau Petersen; für alles Kaufmännische bin ich zuständig.

Mit freundlichen Grüßen
Tobias Riedel
Einkauf / Dienstleistersteuerung
Elbstrom Versicherung AG
"""
    pdfb = pdf([
        "Rahmenvertrag EV-LB-2026-014",
        "zwischen Elbstrom Versicherung AG, Hamburg, und Hörwelt Alster GmbH, Hamburg",
        "",
        "§ 1 Gegenstand: Ersatzbeschaffung von Hörsystemen für Versicherungsnehmer der Elbstrom",
        "    im Rahmen der Hausratversicherung (Diebstahl, Beschädigung).",
        "§ 2 Preise: Listenpreis abzüglich 18 % Rabatt; Anpassung, Service und Batterien",
        "    im ersten Jahr inklusive.",
        "§ 3 Datenschutz: Der Dienstleister verarbeitet Gesundheitsdaten (Audiogramme) nur",
        "    im Auftrag, Vertrag zur Auftragsverarbeitung Anlage 2.",
        "§ 4 Laufzeit: 01.01.2027 bis 31.12.2028, Verlängerung um je ein Jahr.",
        "",
        "Hamburg, 20.11.2026     gez. T. Riedel          gez. K. Lüdemann (Geschäftsführer)",
    ], title="Rahmenvertrag Hoerwelt")
    m = mail("Tobias Riedel <tobias.riedel@elbstrom.example>", "Kai Lüdemann <k.luedemann@hoerwelt-alster.example>",
             "Rahmenvertrag Hörsysteme – unterschriebene Fassung", "2026-11-20 17:03", body,
             attachments=[("Rahmenvertrag_EV-LB-2026-014_signiert.pdf", pdfb, PDF)])
    return L(m, "NORMAL", "de", "insurer-to-supplier",
             "trap: supplier framework contract, GmbH business IBAN, 'Gesundheitsdaten/Audiogramme' only as contract terms")


def m009():
    body = """Sehr geehrter Herr Rehberg,

wir beauftragen Sie mit der Besichtigung im folgenden Einbruchdiebstahl-Schaden:

Versicherungsnehmer: Dr. med. Clemens Schwarz, Praxis für Allgemeinmedizin
Risikoort: Bramfelder Chaussee 212, 22177 Hamburg
Vertrag: Praxis-Inhaltsversicherung INH 55-204381
Schaden-Nr.: ED-2026-30517, Schadentag 14./15.11.2026

Laut Anzeige wurde die Hintertür aufgehebelt, entwendet wurden zwei Notebooks, ein
EC-Kartenterminal und ca. 300 EUR Wechselgeld. Die Notebooks sind nach Angabe des
Praxisinhabers vollverschlüsselt, die Praxissoftware läuft auf dem Server im
abgeschlossenen Technikraum, der nicht betroffen ist. Bitte prüfen Sie insbesondere
die mechanische Sicherung (Obliegenheit Klasse B-Beschlag) und die Höhe des Bargelds.

Termin bitte direkt mit der Praxismanagerin, Frau Tews, Tel. 040 641 22 90, vereinbaren.

Mit freundlichen Grüßen
Jana Petersen
Schadenservice Sach
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Ingo Rehberg <rehberg@nordwerk-schadenservice.example>",
             "Auftrag Besichtigung ED-2026-30517 Praxis Dr. Schwarz", "2026-11-17 09:26", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-adjuster",
             "burglary at a GP practice, named doctor as policyholder; no patient data affected or named")


def m010():
    body = """Liebe Jana,

leite dir den Bericht des Sachverständigen weiter – leider ist es schlimmer als gedacht. Die
Täter haben nicht nur Technik mitgenommen, sondern auch den Rollcontainer mit den Papierakten
der laufenden Überweisungen. Die Praxis hat die betroffenen Patienten in der Tabelle
aufgelistet, weil sie die Meldung an den Datenschutzbeauftragten machen muss und fragt, ob die
Kosten für die Benachrichtigung der Patienten über die Cyber-Zusatzdeckung laufen.

Bitte nicht weiter verteilen, die Liste enthält Diagnosen.

Viele Grüße
Henrike

Henrike Vollmer
Datenschutzkoordination Schaden
"""
    rows = [
        ["Lfd.", "Patient/in", "geb.", "Inhalt der Akte", "ICD-10", "Überweisung an"],
        [1, "Gerda Pohlmann", "12.03.1941", "Überweisung Kardiologie, Langzeit-EKG", "I48.0", "Dr. Behrens, Kardiologie"],
        [2, "Murat Demir", "30.07.1979", "Befund Oberbauchsonografie", "K76.0", "Gastroenterologie UKE-Ambulanz"],
        [3, "Lea Sommerfeld", "05.01.2001", "Psychotherapie-Konsiliarbericht", "F32.1", "Praxis Dipl.-Psych. Kuhn"],
        [4, "Werner Ahrens", "19.09.1956", "Laborbefund HbA1c, Insulineinstellung", "E11.9", "Diabetologie Wandsbek"],
        [5, "Jonas Fiedler", "22.11.1994", "Röntgen Sprunggelenk", "S82.6", "Unfallchirurgie"],
    ]
    fwd = inner("Ingo Rehberg <rehberg@nordwerk-schadenservice.example>", "Henrike Vollmer <henrike.vollmer@elbstrom.example>",
                "ED-2026-30517 Praxis Dr. Schwarz – Zwischenbericht + Liste Praxis", "2026-11-19 18:40",
                """Sehr geehrte Frau Vollmer,

anbei mein Zwischenbericht. Wie telefonisch besprochen ist auch ein Rollcontainer mit
ca. 40 Papierakten entwendet worden. Die Praxis hat mir die Liste der Akten übergeben, die
sie bisher rekonstruieren konnte (Anlage). Die Aufbruchspuren an der Hintertür sind
eindeutig, der Beschlag entsprach nicht Klasse B.

Mit freundlichen Grüßen
Ingo Rehberg
Nordwerk Schadenservice GmbH – öffentlich bestellter und vereidigter Sachverständiger
""", attachments=[("Aktenliste_Praxis_Schwarz.xlsx", xlsx([("Akten", rows)]), XLSX)])
    m = mail("Henrike Vollmer <henrike.vollmer@elbstrom.example>", "Jana Petersen <jana.petersen@elbstrom.example>",
             "WG: ED-2026-30517 Zwischenbericht", "2026-11-20 08:05", body, attachments=[("rfc822", fwd)])
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "adjuster",
             "forwarded message/rfc822 with XLSX: stolen patient files with names, birth dates, diagnoses, ICD-10 (§ 203 data)")


def m011():
    body = """Hi all,

please find attached the minutes of Tuesday's product committee. The main point for the claims
teams: from 1 April 2027 insulin pumps and CGM sensors will be covered under the "Hilfsmittel
unterwegs" module up to EUR 5,000 per item, and the statutory health insurer's share will be
deducted as before.

Action items are in the table at the end. Shout if I got anything wrong.

Priya
"""
    d = docx([
        "# Product committee household – minutes 24 November 2026",
        "Present: O. Brandt, B. Hansen, P. Raman, J. Petersen, M. Schütt. Apologies: G. Falk.",
        "1. Claims experience medical aids (Q1–Q3 2026): 301 claims, EUR 311k. Hearing aids account for 48 % of spend, mainly theft from cars and loss while travelling.",
        "2. Insulin pumps / CGM: currently excluded as 'medical devices' unless stolen in a burglary. Customer complaints (8 in 2026) and broker feedback ask for all-risk cover. Decision: include under the module from 1 April 2027, limit EUR 5,000 per item, excess EUR 150.",
        "3. Mobility scooters up to 6 km/h: stay in household cover; faster ones need a motor policy (Versicherungskennzeichen). Marketing to prepare a one-pager.",
        "4. Wording: avoid asking customers for diagnoses; a prescription or the health insurer's approval is enough as proof of ownership and value.",
        "Next meeting: 26 January 2027.",
    ], table=[["Action", "Owner", "Due"],
              ["Draft wording insulin pump cover", "B. Hansen", "15.01.2027"],
              ["Pricing impact", "P. Raman", "15.01.2027"],
              ["Claims guideline update", "J. Petersen", "28.02.2027"],
              ["Broker one-pager scooters", "M. Schütt", "31.01.2027"]])
    m = mail("Priya Raman <priya.raman@elbstrom.example>", "produktausschuss-hausrat@elbstrom.example",
             "Minutes product committee household 24/11", "2026-11-26 13:12", body,
             attachments=[("Minutes_PC_Household_2026-11-24.docx", d, DOCX)])
    return L(m, "NORMAL", "en", "internal",
             "trap: committee minutes about insulin pump/hearing aid cover, aggregate figures, no person")


def m012():
    body = """Sehr geehrte Frau Wessels,

wir haben Ihre Schadenanzeige zum Einbruch in die Linden-Apotheke in der Nacht vom 8. auf den
9. November erhalten (Schaden-Nr. ED-2026-30344, Vertrag Apotheken-Police INH 55-198820).

Nach dem Polizeibericht wurden die Kasse mit rund 1.150 EUR, der Betäubungsmittelschrank und
zwei Tablets entwendet. Für den BtM-Bestand benötigen wir bitte die Auszüge aus Ihrem
BtM-Buch mit den Sollbeständen zum 8.11. sowie die Einkaufspreise, die Meldung an die
Bundesopiumstelle haben Sie ja bereits gemacht. Rezepte oder Kundendaten sind nach Ihrer
Aussage nicht betroffen.

Für die Auszahlung brauchen wir noch Ihre Bankverbindung; Sie sind ja als eingetragene
Kauffrau Versicherungsnehmerin. Bitte teilen Sie uns das Konto schriftlich mit.

Mit freundlichen Grüßen
Jana Petersen
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Apotheke Wessels <info@linden-apotheke-wessels.example>",
             "Einbruch Linden-Apotheke – Schaden ED-2026-30344", "2026-11-10 10:44", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "pharmacy burglary, sole-trader pharmacist as policyholder; narcotics stock but no patient data")


def m013():
    body = """Dear Mr Lindqvist,

I'm sorry to hear about the break-in to your car outside the gym on Saturday. I've registered
the claim (HR-2026-119402) under the "outside the home" section of your household policy
HV 40-8820157.

You mentioned that the rucksack that was taken contained your spare insulin pump, the
Omnipod starter kit and a box of Libre sensors, and that your diabetes clinic is arranging
a replacement pump via your health insurer. To settle this part we need:

1. the police report number,
2. the invoice or the approval letter from your health insurer for the replacement pump,
   showing your own contribution,
3. a pharmacy receipt for the sensors if you paid for them privately.

Please note that cash and items left visibly in a car are only covered up to EUR 500, but
medical devices are not subject to that limit under your tariff.

Best wishes for a quick replacement,
Daniel Okafor
International Desk
Elbstrom Versicherung AG
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Erik Lindqvist <erik.lindqvist@nordicmail.example>",
             "Stolen rucksack - your claim HR-2026-119402", "2026-11-23 16:10", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "stolen insulin pump and CGM sensors of the named customer: diabetes, diabetes clinic")


def m014():
    body = """Liebe Maklerpartnerinnen und Maklerpartner,

viele Ihrer Kundinnen und Kunden fragen nach Versicherungsschutz für Elektromobile
("Seniorenmobile") und elektrische Rollstühle. Hier die wichtigsten Punkte kompakt:

* Bis 6 km/h bauartbedingter Höchstgeschwindigkeit: Haftpflicht über die Privathaftpflicht
  (Tarif Komfort und Premium), Diebstahl und Beschädigung über Hausrat mit Baustein
  "Hilfsmittel unterwegs".
* 6 bis 15 km/h: Versicherungspflicht, Versicherungskennzeichen über unseren Tarif
  "Mobil 15" – Jahresbeitrag 2027: 48,00 EUR Haftpflicht, 79,00 EUR mit Teilkasko.
* Über 15 km/h: normale Kfz-Versicherung.

Eine Gesundheitsprüfung findet in keinem der Tarife statt. Den Flyer zum Auslegen in Ihrem
Büro können Sie im Maklerportal unter Downloads > Kfz > Mobil 15 abrufen.

Bei Fragen erreichen Sie das Maklerservice-Team unter 040 3344-2500.

Herzliche Grüße
Merle Schütt
Maklervertrieb Nord
Elbstrom Versicherung AG
"""
    m = mail("Merle Schütt <merle.schuett@elbstrom.example>", "makler-nord@lists.elbstrom.example",
             "Elektromobile & E-Rollstühle: welcher Tarif passt?", "2026-10-14 09:00", body)
    return L(m, "NORMAL", "de", "insurer-to-broker",
             "trap: product information on mobility scooters and wheelchairs, prices, no person")


def m015():
    body = """Sehr geehrter Herr Kollege Albers,

in der Haftpflichtsache Ihrer Mandantin Frau Renate Szymański gegen unseren
Versicherungsnehmer Herrn Bernd Kühl (Schaden-Nr. PH-26-0381552) nehmen wir Bezug auf Ihr
Schreiben vom 02.12.2026.

Die Eintrittspflicht dem Grunde nach erkennen wir an: Der Gehweg vor dem Haus
Rahlstedter Weg 19 war am Morgen des 19.01.2026 um 7:40 Uhr unstreitig nicht gestreut.

Zur Höhe: Ihre Mandantin hat sich bei dem Sturz eine distale Radiusfraktur rechts
(S52.51) zugezogen, die im AK Wandsbek operativ mit Plattenosteosynthese versorgt wurde,
stationärer Aufenthalt vier Tage, anschließend sechs Wochen Gips und 18 Einheiten
Physiotherapie. Nach dem Abschlussbericht der behandelnden Handchirurgin besteht eine
endgradige Bewegungseinschränkung im Handgelenk.

Wir bieten zur Abgeltung des immateriellen Schadens ein Schmerzensgeld von 6.500 EUR an,
zuzüglich des nachgewiesenen Haushaltsführungsschadens von 1.840 EUR und der Zuzahlungen
von 212,30 EUR. Einen Vorbehalt für Zukunftsschäden erklären wir nicht.

Mit freundlichen kollegialen Grüßen
Gregor Falk
Syndikusrechtsanwalt, Haftpflicht-Großschaden
Elbstrom Versicherung AG
"""
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "Kanzlei Dreyer & Albers <albers@dreyer-albers.example>",
             "PH-26-0381552 Szymański ./. Kühl – Regulierungsangebot", "2026-12-04 11:55", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "fall on icy pavement: claimant's fracture, ICD code, hospital stay, physiotherapy, pain-and-suffering offer")


def m016():
    body = """Dear Mrs Brennan,

thank you for your e-mail and the vet's invoice. To sum up: on 17 November your Labrador
"Murphy" got into a scuffle with the neighbours' dachshund "Frieda" in the Stadtpark, and
Frieda needed two stitches on her ear and antibiotics. No person was bitten.

This is covered under your dog owner's liability policy THV 60-114073 (claim
TH-2026-5581). We will pay the invoice from Tierarztpraxis am Stadtpark (EUR 286.44)
directly to the owners, Mr and Mrs Voss, once they have sent us their bank details.

Kind regards
Fiona McAllister
International Desk
Elbstrom Versicherung AG
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Siobhan Brennan <siobhan.brennan@inboxer.example>",
             "Re: Murphy and Frieda - claim TH-2026-5581", "2026-11-25 09:37", body,
             in_reply_to="<cafe1125.brennan@inboxer.example>")
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "dog fight, only animal injured (animal health = CONFIDENTIAL); named customer and third party, policy/claim numbers")


def m017():
    body = """Sehr geehrte Familie Nowak,

zunächst wünschen wir Ihrer Tochter Emilia gute Besserung.

Wir haben die Meldung Ihres Anwalts zum Hundebiss vom 6. November erhalten. Nach dem
Arztbrief der Kinderklinik Altona wurde Emilia (7 Jahre) mit einer Bisswunde an der linken
Wange und am Unterarm in der Notaufnahme versorgt, die Wange wurde unter Kurznarkose
genäht, Tetanusschutz wurde aufgefrischt. Eine Kontrolle beim Kinderchirurgen ist für
Januar geplant, ob eine Narbenkorrektur nötig wird, ist noch offen.

Der Hund gehört unserem Versicherungsnehmer, Herrn Frank Dierks (Hundehalterhaftpflicht
THV 60-098812). Wir übernehmen die Zuzahlungen und Fahrtkosten gegen Beleg sofort; über das
Schmerzensgeld sprechen wir, sobald feststeht, ob eine Narbe bleibt.

Mit freundlichen Grüßen
Sevgi Aydın
Personenschaden Haftpflicht
Elbstrom Versicherung AG
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Katarzyna Nowak <k.nowak@familie-nowak.example>",
             "Hundebiss 06.11.2026 – Ihre Tochter Emilia (TH-2026-5470)", "2026-11-18 14:22", body,
             cc="RA Meyer-Kolbe <kanzlei@meyer-kolbe.example>")
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "dog bite to a named child: wound, emergency department, anaesthesia, tetanus (third-party claimant)")


def m018():
    body = """Ticket INC-2026-08841 – Priority 3

Summary: OCR step in the bodily-injury intake pipeline drops umlauts in scanned medical
reports ("Arztberichte") since the update on 27 Oct.

Steps to reproduce:
1. Upload any scanned PDF with German text via the claims inbox (test file: /test/ocr/muster_arztbrief_fiktiv.pdf).
2. Check the text layer in the document viewer.
Expected: "Schädelprellung", actual: "Sch delprellung".

Impact: keyword routing to the personal-injury team misses some documents, they land in the
general property queue. No production data attached to this ticket, please use the fictitious
test file only.

Reporter: Lars Kowalczyk, IT Claims Systems
"""
    m = mail("Lars Kowalczyk <lars.kowalczyk@elbstrom.example>", "it-servicedesk@elbstrom.example",
             "INC-2026-08841 OCR drops umlauts in medical reports", "2026-10-29 13:48", body)
    return L(m, "NORMAL", "en", "internal",
             "trap: IT ticket about OCR of 'medical reports', fictitious test file, no person")


def m019():
    body = """Hallo Herr Yilmaz,

anbei der Auftrag für das Fahrzeug unserer Versicherungsnehmerin:

VN: Frau Mareike Thiessen, Poppenbütteler Weg 41, 22339 Hamburg
Fahrzeug: VW Golf VIII, HH-MT 2290, FIN WVWZZZCDZPW118204
Schaden-Nr.: KF-2026-62214 (Vollkasko, SB 300 EUR)
Schaden: Auffahrunfall an der Ampel Saseler Damm, Heck/Stoßfänger/Heckklappe. Niemand verletzt.

Ihr Kostenvoranschlag über 3.412,80 EUR netto ist freigegeben. Bitte rechnen Sie die
Selbstbeteiligung direkt mit Frau Thiessen ab. Leihwagen Klasse B für max. 5 Tage ok.

Gruß
Malte Grünewald
Kfz-Schaden
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Karosserie Yilmaz <werkstatt@karosserie-yilmaz.example>",
             "Freigabe KV KF-2026-62214 / HH-MT 2290", "2026-11-12 08:51", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-workshop",
             "motor repair release: named customer, address, plate, VIN, claim; nobody hurt")


def m020():
    body = """Liebe Leserinnen und Leser,

Glätte, Laub, Schnee: Wer ein Haus besitzt, muss den Gehweg davor sicher halten. Hier ein paar
Fragen, die uns im Kundenservice jeden Winter erreichen – mit unseren Antworten.

Muss ich auch als Mieter streuen?
Nur wenn es im Mietvertrag oder in der Hausordnung wirksam vereinbart ist.

Was passiert, wenn jemand stürzt?
Der oder die Verletzte kann Schmerzensgeld, Behandlungskosten und Verdienstausfall
verlangen. Ihre Privathaftpflicht (bei Vermietern: die Haus- und Grundbesitzerhaftpflicht)
prüft, ob Sie haften, und wehrt unberechtigte Forderungen ab.

Ich bin Rentner und körperlich nicht mehr in der Lage zu räumen – was nun?
Die Pflicht bleibt, Sie können sie aber auf einen Winterdienst übertragen. Wichtig: schriftlich
und mit Kontrolle.

Ihr Elbstrom-Kundenmagazin "Stromlinie", Ausgabe 4/2026
Abmelden: https://www.elbstrom.example/stromlinie/abmelden
"""
    m = mail("Stromlinie <stromlinie@elbstrom.example>", "stromlinie-abo@lists.elbstrom.example",
             "Stromlinie 4/2026: Streupflicht – wer haftet, wenn jemand stürzt?", "2026-11-30 06:30", body)
    return L(m, "NORMAL", "de", "newsletter",
             "trap: customer magazine on gritting duty, injuries and pain and suffering in general terms")


def m021():
    body = """Dear Hannah,

following our call: we'd like Clearwater to handle the inspection below. Policyholder is
English-speaking, so a report in English is fine.

Insured: Mr Graham Pettigrew, Eppendorfer Landstraße 61, 20249 Hamburg (3rd floor flat)
Policy: household HV 40-9014476, claim HR-2026-120388
Loss: water escape from the washing machine hose on 19 November, parquet floor in kitchen and
hallway soaked, water came through to the flat below (tenant: Ms Ulrike Baar, her own
insurer is informed). Nobody was hurt, the flat is habitable.

Please check drying needs and whether the parquet can be sanded or must be replaced.

Thanks,
Fiona

Fiona McAllister | International Desk | Elbstrom Versicherung AG
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Hannah Whitcombe <h.whitcombe@clearwater-adjusting.example>",
             "Instruction HR-2026-120388 Pettigrew - water escape", "2026-11-20 10:02", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-adjuster",
             "water damage instruction: named policyholder and neighbour, address, policy/claim number; nobody hurt")


def m022():
    body = """Hi Fiona,

Site visit done this morning. Summary below, full report with photos to follow on Monday.

- Source confirmed: burst inlet hose (rubber, approx. 9 years old). Hose replaced by the
  insured's plumber.
- Kitchen and hallway parquet (approx. 23 m²): cupping up to 4 mm, moisture readings 18-24 %.
  Drying with two condensation dryers for approx. 10 days, then reassess. I expect at least the
  hallway will need replacing.
- Flat below (Ms Baar): staining on the kitchen ceiling, no structural issue.
- Mr Pettigrew mentioned he works from home and the dryers are noisy; I told him we don't pay
  for alternative accommodation while the flat is habitable.

Estimate of reserve: EUR 9,500 for building-related parquet (to be checked against the
landlord's buildings policy) and EUR 1,200 contents (rug, shoe cabinet).

Best regards
Hannah Whitcombe
Senior Loss Adjuster | Clearwater Adjusting Ltd, German branch, Hamburg

Sent from my iPhone
"""
    fwd_intro = """Jana, FYI – the parquet will probably be a landlord's buildings claim, not ours. Can you
check if the building is with us as well? Street + house number below.

---------- Forwarded message ---------
From: Hannah Whitcombe <h.whitcombe@clearwater-adjusting.example>
Date: Fri, 27 Nov 2026, 13:18
Subject: HR-2026-120388 Pettigrew - first findings
To: Fiona McAllister <fiona.mcallister@elbstrom.example>

"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Jana Petersen <jana.petersen@elbstrom.example>",
             "Fwd: HR-2026-120388 Pettigrew - first findings", "2026-11-27 14:02", fwd_intro + body)
    return L(m, "CONFIDENTIAL", "en", "adjuster",
             "inline forward of adjuster's findings: named insured and neighbour, claim number, reserve; nobody hurt")


def m023():
    body = """Hallo Merle,

können wir nächste Woche mal 30 Minuten über die Maklerschulung "Personenschaden in der
Privathaftpflicht" sprechen? Ich hätte gern ein paar Beispielfälle drin, natürlich komplett
ausgedacht. Mein Vorschlag für den roten Faden:

Fall A: Max Beispielmann (fiktiv, 45) rutscht vor dem Haus von Erika Musterfrau (fiktiv) auf
Glatteis aus, Sprunggelenksfraktur, 6 Wochen arbeitsunfähig. Wer zahlt was?
Fall B: Der Hund von Familie Muster (fiktiv) beißt einen Jogger, Bisswunde am Bein.
Fall C: Ein Kind (8) fährt mit dem Roller gegen ein parkendes Auto, niemand verletzt –
Stichwort Deliktsfähigkeit.

Termin vielleicht Di oder Mi vormittag?

LG Sevgi
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Merle Schütt <merle.schuett@elbstrom.example>",
             "Maklerschulung Personenschaden – Beispielfälle", "2026-10-21 15:30", body, cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.5.1")
    return L(m, "NORMAL", "de", "internal",
             "trap: fictitious example cases (Max Beispielmann, fiktiv) with fracture and dog bite")


def m024():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbstrom Versicherung AG//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:d71-024-workshop-personenschaden@elbstrom.example
DTSTAMP:20261028T090000Z
DTSTART;TZID=Europe/Berlin:20261119T130000
DTEND;TZID=Europe/Berlin:20261119T163000
SUMMARY:Workshop Personenschaden Kfz – Schmerzensgeldtabellen 2027
LOCATION:Stromkaje 4, Raum 5.12 "Köhlbrand"
ORGANIZER;CN=Gregor Falk:mailto:gregor.falk@elbstrom.example
ATTENDEE;CN=Malte Grünewald;RSVP=TRUE:mailto:malte.gruenewald@elbstrom.example
ATTENDEE;CN=Sevgi Aydın;RSVP=TRUE:mailto:sevgi.aydin@elbstrom.example
DESCRIPTION:Agenda: neue Rechtsprechung HWS-Distorsion\\, Tabellen Hacks/Ring/Böhm\\, Haushaltsführungsschaden. Bitte eigene anonymisierte Fälle mitbringen.
END:VEVENT
END:VCALENDAR
"""
    body = """Hallo zusammen,

Einladung zum internen Workshop, Unterlagen kommen eine Woche vorher. Bitte nur anonymisierte
Beispiele mitbringen, keine Akten.

Gregor
"""
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "Malte Grünewald <malte.gruenewald@elbstrom.example>, Sevgi Aydın <sevgi.aydin@elbstrom.example>",
             "Einladung: Workshop Personenschaden Kfz – Schmerzensgeldtabellen 2027", "2026-10-28 10:00", body,
             attachments=[("invite.ics", textfile(ics), ICS)])
    return L(m, "NORMAL", "de", "internal",
             "trap: calendar invitation (ICS) on whiplash and pain-and-suffering tables, no person")


def m025():
    body = """Sehr geehrter Herr Baumgart,

vielen Dank für die Fotos. Ihr Elektromobil (Hersteller Vermeiren, Typ Carpo 2, 6 km/h) wurde
am 12.11. vor dem Edeka in Volksdorf von einem rückwärts ausparkenden Lieferwagen umgestoßen,
während Sie daneben standen. Gut, dass Sie selbst nicht darauf saßen.

Da Sie wegen Ihrer COPD und der eingeschränkten Gehstrecke auf das Mobil angewiesen sind,
haben wir beim Sanitätshaus Reha-Technik Wandsbek ein Leihgerät für die Zeit der Reparatur
angefragt; die Kosten übernehmen wir im Rahmen Ihres Hilfsmittel-Bausteins (HV 40-6671320,
Schaden HR-2026-120003) und holen sie uns vom Haftpflichtversicherer des Lieferwagens zurück.

Mit freundlichen Grüßen
Jana Petersen
Schadenservice Hausrat
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Gerhard Baumgart <g.baumgart@web-post.example>",
             "Ihr Elektromobil – Leihgerät und Reparatur", "2026-11-14 11:18", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "mobility scooter of the named customer, COPD and reduced walking distance")


def m026():
    body = """Hi Priya,

quick one: for the reinsurance renewal submission, could you send me the motor bodily-injury
large losses 2022-2026 again, but with the age bands merged so there is no cell with fewer than
five claimants? Last year's version had the "80+" band with two cases, which Legal didn't like.

Format like before is fine (year, severity band, age band, count, incurred).

Thanks
Oliver
"""
    csvtxt = """year;severity_band;age_band;claimants;incurred_eur
2022;minor (HWS, contusions);18-39;412;1988400
2022;minor (HWS, contusions);40-64;355;1702100
2022;minor (HWS, contusions);65+;97;512300
2022;severe (fractures, surgery);all ages;61;2904800
2022;catastrophic (spinal, brain);all ages;5;9120000
2023;minor (HWS, contusions);18-39;398;1941200
2023;minor (HWS, contusions);40-64;371;1799000
2023;minor (HWS, contusions);65+;104;560100
2023;severe (fractures, surgery);all ages;58;2811300
2023;catastrophic (spinal, brain);all ages;6;11405000
"""
    m = mail("Oliver Brandt <oliver.brandt@elbstrom.example>", "Priya Raman <priya.raman@elbstrom.example>",
             "Motor BI large losses for RI submission", "2026-09-30 16:41", body,
             attachments=[("motor_BI_2022_2023_draft.csv", textfile(csvtxt), CSV)])
    return L(m, "NORMAL", "en", "internal",
             "trap: CSV of bodily-injury claims aggregated by severity and age band, small cells merged")


def m027():
    body = """Sehr geehrte Frau Ebeling,

Sie hatten angefragt, wie Sie die Hörgeräte Ihres Vaters nach dessen Umzug ins Pflegeheim
weiter versichern können.

Der Hausratvertrag Ihres Vaters, Herrn Alfred Ebeling (HV 40-2288410), gilt bei einem Umzug in
ein Heim für die dort eingebrachten Sachen weiter, sofern der Vertrag nicht gekündigt wird.
Für die Hörgeräte seines beidseitigen Hörverlusts und die Brille besteht über den Baustein
"Hilfsmittel" Schutz auch gegen Verlieren, was im Heim erfahrungsgemäß häufig vorkommt.

Bitte schicken Sie uns noch eine Kopie der Vorsorgevollmacht, da Sie den Vertrag für Ihren
Vater verwalten. Die neue Anschrift (Haus Elbblick, Zimmer 112) haben wir vorgemerkt.

Freundliche Grüße
Birte Hansen
Kundenservice
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Claudia Ebeling <claudia.ebeling@mailhaus.example>",
             "Hausrat Ihres Vaters nach Umzug ins Pflegeheim", "2026-10-19 13:33", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
             "named father: bilateral hearing loss, hearing aids, nursing home, power of attorney")


def m028():
    body = """Sehr geehrter Herr Kaya,

Ihr Auftrag vom 03.11. zur Reparatur des Glasschadens an unserem Fuhrparkfahrzeug
HH-EV 1007 (Dienstwagen Vertrieb) ist erledigt. Bitte stellen Sie die Rechnung an:

Elbstrom Versicherung AG, Fuhrparkmanagement, Stromkaje 4, 20457 Hamburg
USt-IdNr. DE 298 447 103

Zahlung erfolgt innerhalb von 14 Tagen auf das Konto Ihrer Firma laut Lieferantenstamm. Die
Versicherungsbestätigung für den Kaskoschaden brauchen Sie nicht, das Fahrzeug ist
Eigenrisiko.

Gruß
Tobias Riedel
Einkauf
"""
    m = mail("Tobias Riedel <tobias.riedel@elbstrom.example>", "Glas-Express Kaya GmbH <service@glasexpress-kaya.example>",
             "Scheibentausch HH-EV 1007 – Rechnungsanschrift", "2026-11-06 12:10", body)
    return L(m, "NORMAL", "de", "insurer-to-supplier",
             "trap: windscreen repair of the insurer's own fleet car; company VAT ID, no natural person")


def m029():
    body = """Sehr geehrter Herr Dreyer,

vielen Dank für Ihr Schreiben vom 24.11. in der Sache Ihres Mandanten Herrn Lutz Hagedorn.

Wir bestätigen, dass Ihr Mandant bei uns eine Privathaftpflichtversicherung (PHV 22 701 958)
unterhält und der Schaden am Gartenzaun sowie an der Thujahecke seiner Nachbarin Frau
Beate Kröger (Moorweg 12, 22869 Schenefeld) unter PH-26-0451007 geführt wird. Der Zaun wurde
beim Rückwärtsfahren mit dem Aufsitzmäher beschädigt; verletzt wurde niemand.

Den Kostenvoranschlag der Firma Gartenbau Hinsch über 2.180,00 EUR brutto halten wir für
angemessen und zahlen an Frau Kröger. Einer weiteren Vertretung bedarf es aus unserer Sicht
nicht; Ihre Gebühren können wir nur nach einem Gegenstandswert bis 2.500 EUR übernehmen.

Mit freundlichen Grüßen
Sevgi Aydın
Haftpflicht-Schaden
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "RA Henning Dreyer <dreyer@dreyer-albers.example>",
             "Ihr Mandant Hagedorn – Zaunschaden PH-26-0451007", "2026-11-27 10:16", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-lawyer",
             "neighbour claim (fence, hedge), nobody hurt; named insured and neighbour, address, policy/claim")


def m030():
    body = """Hi Daniel,

The replacement hearing aids for Mrs Aldridge are ready to be fitted. As discussed, we invoiced
Elbstrom only for the patient's own share. Her hearing test from 10 Nov shows a further
deterioration on the left side (now moderate-to-severe, 65 dB HL at 2 kHz), so the
audiologist recommends a power receiver on that side, which is included.

Invoice attached. Please quote claim HR-2026-117560 on the payment.

Kind regards
Megan Fraser
Hörwelt Alster GmbH – English-speaking customer service
"""
    intro = """Jana – see below, Mrs Aldridge's hearing aids. Invoice is ok per framework contract,
please release payment.

Daniel

-----Original Message-----
From: Megan Fraser <m.fraser@hoerwelt-alster.example>
Sent: Tuesday, November 17, 2026 3:05 PM
To: Daniel Okafor <daniel.okafor@elbstrom.example>
Subject: Replacement hearing aids - HR-2026-117560 Aldridge

"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Jana Petersen <jana.petersen@elbstrom.example>",
             "FW: Replacement hearing aids - HR-2026-117560 Aldridge", "2026-11-17 16:22", intro + body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "supplier",
             "inline forward from hearing-aid supplier: named customer's audiogram result and hearing deterioration")


def m031():
    body = """Sehr geehrte Damen und Herren,

mit Wirkung zum 01.01.2027 erhöht sich bei den Tarifen der Wohngebäudeversicherung
"Elbstrom Haus Klassik" der Beitrag aufgrund des gestiegenen Baupreisindex (Anpassungsfaktor
2027: 24,91, bisher 23,64).

Für Ihren Vertrag bedeutet das:

Vertragsnummer: WG 71-330 2854
Versicherungsort: Kiebitzweg 5, 25451 Quickborn
Versicherungsnehmer: Herr Dirk und Frau Svenja Harms
Jahresbeitrag bisher: 684,20 EUR / neu: 721,09 EUR

Der Beitrag wird wie bisher am 01.01. von Ihrem Konto IBAN DE85 2003 0011 0809 1726 35
abgebucht. Ein Sonderkündigungsrecht besteht bei der gleitenden Neuwertversicherung nicht,
da der Versicherungsschutz im gleichen Maß steigt.

Mit freundlichen Grüßen
Ihre Elbstrom Versicherung AG

Diese E-Mail wurde automatisch erstellt.
"""
    m = mail("Elbstrom Vertragsservice <vertragsservice@elbstrom.example>", "Svenja Harms <svenja.harms@quickmail.example>",
             "Beitragsanpassung 2027 Ihrer Wohngebäudeversicherung", "2026-11-02 05:12", body,
             charset="iso-8859-1", cte="quoted-printable")
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "premium adjustment letter: named customers, address, contract, IBAN (iso-8859-1, QP)")


def m032():
    body = """Hi team,

reminder that the Glatteis season has started. Please make sure that every new icy-pavement
liability claim is flagged "PS" (Personenschaden) in the system on day one, even if the first
notice sounds harmless ("just a bruise"). Roughly a third of these claims turn into fractures
when the medical reports come in.

Also: do not paste medical reports into the free-text field. Upload them as documents with the
category "Medizinische Unterlagen", so that access is restricted to the PS team.

Thanks
Sevgi
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "haftpflicht-schaden@elbstrom.example",
             "Reminder: flag icy pavement claims as PS from day one", "2026-12-02 08:40", body)
    return L(m, "NORMAL", "en", "internal",
             "trap: process reminder about injury claims and medical reports, no person")


def m033():
    body = """Hallo Malte,

anbei der Unfallbericht vom Kunden, das Formular hat er handschriftlich ausgefüllt und
abfotografiert, ich hab's abgetippt, damit wir es in die Akte nehmen können. Unfallgegner sagt
jetzt über seinen Anwalt, er hätte "seit dem Unfall Nackenschmerzen". Bitte mal anschauen.

Sonja
"""
    odtb = odt([
        "Unfallbericht – abgetippt aus Foto der Schadenanzeige vom 08.11.2026",
        "Versicherungsnehmer: Jörg Steinhagen, geb. 14.05.1968, Hummelsbütteler Kirchenweg 33, 22339 Hamburg",
        "Kfz-Haftpflicht KFZ 31-440912, Fahrzeug HH-JS 884 (Audi A4 Avant)",
        "Schaden-Nr. KH-2026-76840, Unfall am 06.11.2026 gegen 17:20 Uhr, Kreuzung Langenhorner Chaussee / Tangstedter Landstraße",
        "Schilderung VN: 'Bin beim Abbiegen zu spät losgefahren, der andere (Opel Corsa, HH-AK 3150) hat gebremst, ich bin leicht aufgefahren. Er ist ausgestiegen und hat gesagt alles ok.'",
        "Unfallgegner: Andrej Kovač, Fahrer und Halter",
        "Nachtrag 20.11. (Schreiben RA Wiegand für Herrn Kovač): HWS-Distorsion Grad I, Attest Dr. Hoppe vom 09.11.2026, Schmerzmittel Ibuprofen 600, Arbeitsunfähigkeit 07.–14.11.2026.",
    ])
    m = mail("Sonja Matthiesen <sonja.matthiesen@elbstrom.example>", "Malte Grünewald <malte.gruenewald@elbstrom.example>",
             "KH-2026-76840 Unfallbericht abgetippt", "2026-11-21 09:12", body,
             attachments=[("Unfallbericht_KH-2026-76840.odt", odtb, ODT)])
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "body hints only at 'neck pain' of an unnamed opponent; the ODT names him with whiplash (HWS-Distorsion), medication, sick leave, plus insured's birth date")


def m034():
    body = """Dear Mr Fitzgerald,

Thank you for your message. I can confirm that your bicycle claim has been settled: we have
transferred EUR 1,349.00 (new value of the Cube Kathmandu Hybrid, less the EUR 150 excess) to
your account ending in ...3340 today.

Claim: FR-2026-2291, household policy HV 40-9930028
Account holder: Liam Fitzgerald, Lloyds (UK) – GB73 LOYD 3094 7258 1633 40

Please allow up to five working days for a cross-border transfer. If the bike is found by the
police, please let us know; you could then choose to keep it and pay back the settlement.

Kind regards
Daniel Okafor
International Desk
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Liam Fitzgerald <liam.fitz@greenpost.example>",
             "Re: Stolen bike - payment", "2026-10-26 14:55", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "bicycle theft settlement: named customer, UK IBAN, policy/claim number")


def m035():
    html = """<html><body>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>wir suchen zum 1. März 2027 Verstärkung im Team Personenschaden Haftpflicht:</p>
<h3>Schadenregulierer/in Personenschaden (m/w/d) &ndash; Vollzeit oder Teilzeit ab 30 Std.</h3>
<ul>
<li>Sie bearbeiten Körperschäden aus der Privat-, Tierhalter- und Haus- und Grundbesitzerhaftpflicht, vom Hundebiss bis zum Glatteisunfall.</li>
<li>Sie werten Arztberichte und Gutachten aus und verhandeln Schmerzensgeld mit Anwältinnen und Anwälten.</li>
<li>Idealerweise bringen Sie eine Ausbildung als Versicherungskauffrau/-mann und medizinisches Grundwissen mit, etwa aus einer Tätigkeit als MFA oder in der Pflege.</li>
</ul>
<table border="1" cellpadding="3"><tr><td>Gehaltsband</td><td>TG 7&ndash;8 (privates Versicherungsgewerbe)</td></tr>
<tr><td>Ansprechpartnerin</td><td>Katharina Lenz, HR, Durchwahl -2101</td></tr></table>
<p>Interne Bewerbungen bis 15.12. &uuml;ber das HR-Portal.</p>
</body></html>"""
    text = """Liebe Kolleginnen und Kollegen,

wir suchen zum 1. März 2027 Verstärkung im Team Personenschaden Haftpflicht:
Schadenregulierer/in Personenschaden (m/w/d) – Vollzeit oder Teilzeit ab 30 Std.

- Körperschäden aus Privat-, Tierhalter- und Haus- und Grundbesitzerhaftpflicht
- Auswertung von Arztberichten und Gutachten, Schmerzensgeldverhandlungen
- Ausbildung Versicherungskaufmann/-frau, medizinisches Grundwissen (MFA, Pflege) von Vorteil

Gehaltsband TG 7–8, Ansprechpartnerin Katharina Lenz, HR, -2101.
Interne Bewerbungen bis 15.12. über das HR-Portal.
"""
    m = mail("Katharina Lenz <katharina.lenz@elbstrom.example>", "alle@elbstrom.example",
             "Interne Stellenausschreibung: Schadenregulierer/in Personenschaden", "2026-11-24 10:00", text, html=html)
    return L(m, "NORMAL", "de", "internal",
             "trap: job ad mentioning medical reports, dog bites, salary band; multipart/alternative")


def m036():
    body = """Sehr geehrte Frau Rosenbaum,

leider müssen wir Ihnen mitteilen, dass wir den Schaden an Ihrer Brille nicht aus Ihrer
Hausratversicherung übernehmen können.

Sie schreiben, dass Ihnen die Brille beim Sport (Volleyball) von der Nase gefallen ist und ein
Mitspieler darauf getreten ist. Einfacher Bruch durch Herunterfallen ist in Ihrem Tarif
"Hausrat Basis" nicht versichert; der Baustein "Hilfsmittel" ist in Ihrem Vertrag
HV 40-5518842 nicht enthalten.

Eventuell kommt die Privathaftpflicht des Mitspielers in Betracht, wenn er unachtsam war.
Bei Sportarten mit Körperkontakt wird ein Haftungsausschluss aber oft angenommen.

Ihre Sehstärke (-6,5 dpt) macht die Gläser leider besonders teuer, das verstehen wir. Sie
können den Baustein jederzeit zum nächsten Monatsersten einschließen.

Mit freundlichen Grüßen
Jana Petersen
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Nadine Rosenbaum <nadine.rosenbaum@freenet-mail.example>",
             "Ihre Schadenmeldung Brille – Ablehnung", "2026-10-12 15:02", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer's spectacles (aid) and her refraction -6.5 dpt")


def m037():
    body = """Hi Lars,

The new claims portal shows an upload prompt "Attach medical report (optional)" on the
motor glass claim form. That makes no sense for windscreens and we don't want customers to
upload health data where nobody needs it. Could you remove it from the glass, theft and
parking-damage forms and keep it only on "accident with injured persons"?

Screenshot attached to the Jira ticket CLP-2214.

Cheers
Malte
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Lars Kowalczyk <lars.kowalczyk@elbstrom.example>",
             "Claims portal: medical report upload on glass form", "2026-11-05 11:26", body)
    return L(m, "NORMAL", "en", "internal",
             "trap: IT change request about 'medical report' upload field, no person")


def m038():
    body = """Guten Tag Frau Albrecht,

Ihre Mutter, Frau Gisela Albrecht, hat uns gestern angerufen und gebeten, dass wir die
Korrespondenz zum Wasserschaden künftig an Sie richten. Das machen wir gern, sobald uns ihre
schriftliche Zustimmung oder eine Vollmacht vorliegt.

Zum Stand: Schaden HR-2026-121403 (Hausrat HV 40-1204775), Leitungswasser aus der
Waschmaschine in der Wohnung Bei der Pauluskirche 9. Betroffen sind Teppich, zwei Stühle und
der Unterschrank. Der Handwerker für die Trocknung kommt am Donnerstag. Verletzt wurde
niemand, die Wohnung ist bewohnbar.

Freundliche Grüße
Birte Hansen
Kundenservice Hausrat
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Petra Albrecht <petra.albrecht@kabelpost.example>",
             "Wasserschaden bei Ihrer Mutter – Vollmacht", "2026-11-09 09:40", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-relative",
             "named customer and daughter, address, claim/policy number; nobody hurt, no health")


def m039():
    body = """Dear colleagues,

For the Q4 reinsurance bordereau under the liability quota share, please find the
aggregated bodily-injury figures for private and dog-owner's liability below. As agreed, only
cause groups and counts, no claimant data.

Cause                        Claims Q1-Q3 2026   Paid EUR     Reserve EUR
Fall (ice/snow)                     203         1,118,400     2,207,000
Fall (other, e.g. stairs)            88           402,100       615,500
Dog bite                            131           511,800       903,200
Cycling collision                    74           289,300       377,000
Other                                52           144,900       198,600

Best regards
Priya Raman
Actuarial & Reinsurance
Elbstrom Versicherung AG
"""
    m = mail("Priya Raman <priya.raman@elbstrom.example>", "liability-treaty@thamesbridge-re.example",
             "Q4 bordereau - liability QS - BI aggregates", "2026-10-15 12:00", body)
    return L(m, "NORMAL", "en", "insurer-to-partner",
             "trap: aggregated bodily-injury figures to reinsurer (falls, dog bites), no claimant")


def m040():
    body = """Sehr geehrter Herr Petrov,

Sie haben uns heute darüber informiert, dass bei der Heckkollision am 30.10. in Ihrem
Fahrzeug (HH-VP 7731) auch der fest eingebaute Handbediengerät-Umbau (Gas/Bremse per Hand)
beschädigt wurde, den Sie seit Ihrer Querschnittlähmung nutzen. Ohne diesen Umbau können Sie
das Fahrzeug nicht fahren.

Die Reparatur erfolgt über den Fachbetrieb Mobilumbau Nord, die Mehrkosten des Umbaus
(Kostenvoranschlag 4.870 EUR) fordern wir beim Unfallgegner mit an (Schaden KH-2026-76511).
Für die Reparaturdauer übernehmen wir ein rollstuhlgerechtes Ersatzfahrzeug über den
Verleiher, mit dem wir zusammenarbeiten.

Mit freundlichen Grüßen
Malte Grünewald
Kfz-Schaden
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Viktor Petrov <viktor.petrov@mail-ost.example>",
             "Handbediengerät – Reparatur und Ersatzfahrzeug", "2026-11-02 16:50", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "motor claim revealing the named customer's paraplegia (hand controls, wheelchair-accessible car)")


def m041():
    body = """PRESS RELEASE – for immediate publication

Elbstrom extends household cover to electric wheelchairs and mobility scooters

Hamburg, 9 November 2026 – From 1 January 2027 Elbstrom Versicherung AG includes electric
wheelchairs, mobility scooters up to 6 km/h, hearing aids and insulin pumps in its new
"Hilfsmittel unterwegs" module of the household policy. The module covers theft, accidental
damage and loss outside the home, worldwide, up to EUR 10,000 per year.

"More than 1.5 million people in Germany rely on a mobility aid. A stolen scooter means losing
independence from one day to the next," says Birte Hansen, head of household products.

The module costs EUR 4.90 per month and can be added to existing policies without a health
questionnaire.

Press contact: presse@elbstrom.example, +49 40 3344-1000
About Elbstrom: Elbstrom Versicherung AG is a property and casualty insurer based in Hamburg
with 1,100 employees and 640,000 customers.
"""
    m = mail("Elbstrom Presse <presse@elbstrom.example>", "verteiler-presse-en@lists.elbstrom.example",
             "Press release: Elbstrom extends household cover to e-wheelchairs", "2026-11-09 10:00", body)
    return L(m, "NORMAL", "en", "newsletter",
             "trap: press release about wheelchairs, hearing aids, insulin pumps; only market statistics")


def m042():
    body = """Dear Mr Achterberg,

We are the motor liability insurer of Hansa Funk Taxi GmbH. Thank you for your letter about the
incident on 4 November, when the driver of taxi HH-TX 4471 dropped your folding wheelchair
while lifting it into the boot at the Dammtor station taxi rank.

We accept liability. From the report of Reha-Technik Wandsbek, the frame of your active
wheelchair (Küschall K-Series, custom fit because of your spina bifida) is bent and cannot be
repaired safely; a custom replacement takes about six weeks. Your health insurer has agreed to
provide a loan chair in the meantime and has asked us to refund its costs.

We will therefore:
- pay the replacement chair (EUR 5,940.00) directly to the supplier,
- refund your taxi costs for the days without a suitable chair (please send receipts),
- offer EUR 400 for the inconvenience.

Reference: KH-2026-76929. Please let me know if you agree.

Yours sincerely
Fiona McAllister
International Desk – Motor Liability Claims
Elbstrom Versicherung AG
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Ruben Achterberg <r.achterberg@posteo-mail.example>",
             "Your wheelchair - taxi incident 4 November (our ref. KH-2026-76929)", "2026-11-13 12:44", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-third-party",
             "third-party claimant's wheelchair and diagnosis (spina bifida), health insurer involvement")


def m043():
    body = """Sehr geehrter Herr Brodersen,

vielen Dank für Ihre Meldung des Wildunfalls vom 22.11.2026 auf der K 12 zwischen Trittau und
Grönwohld. Laut Ihrer Schilderung ist ein Reh gegen den vorderen rechten Kotflügel Ihres
Fahrzeugs gesprungen; Sie und Ihre Beifahrerin blieben unverletzt.

Schadennummer: KF-2026-62530
Vertrag: Kfz TK/VK KFZ 31-117406, Fahrzeug OD-HB 52 (Skoda Kodiaq)

Bitte senden Sie uns die Wildunfallbescheinigung des Jagdpächters bzw. der Polizei und
Fotos des Schadens. Die Reparatur können Sie in einer Werkstatt Ihrer Wahl durchführen
lassen; Teilkasko, keine Rückstufung.

Mit freundlichen Grüßen
Kfz-Schadenservice
Elbstrom Versicherung AG
"""
    m = mail("Kfz-Schadenservice <kfz-schaden@elbstrom.example>", "Hendrik Brodersen <h.brodersen@land-mail.example>",
             "Ihr Wildunfall KF-2026-62530", "2026-11-23 07:58", body, cte="base64")
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "deer collision, nobody hurt; named customer, plate, contract (base64 body)")


def m044():
    body = """FAQ für das Service-Center – Gesundheitsdaten in Sach- und Haftpflichtschäden
Stand: Oktober 2026, freigegeben durch Datenschutz (H. Vollmer)

1. Ist ein gestohlenes Hörgerät ein "Gesundheitsdatum"?
   Ja. Schon die Tatsache, dass jemand ein Hörgerät, einen Rollstuhl, eine Insulinpumpe oder
   eine Brille mit hoher Stärke nutzt, lässt Rückschlüsse auf die Gesundheit zu (Art. 9 DSGVO).

2. Darf ich nach der Diagnose fragen?
   Nein. Wir brauchen Rechnung, Kostenvoranschlag und ggf. die Kostenübernahme der Krankenkasse,
   nicht die Diagnose. Nennt die Kundin sie trotzdem, nicht in den Freitext übernehmen.

3. Wie schicke ich solche Schreiben?
   Immer mit dem Betreff-Tag [streng vertraulich] bzw. über das Portal-Postfach, nie als
   einfache Mail ohne Verschlüsselung.

4. Was ist mit Schäden, bei denen "niemand verletzt" wurde?
   Das ist kein Gesundheitsdatum, aber Schadennummer und Name bleiben vertraulich.

Rückfragen: datenschutz@elbstrom.example
"""
    m = mail("Henrike Vollmer <henrike.vollmer@elbstrom.example>", "service-center-leitung@elbstrom.example",
             "FAQ Gesundheitsdaten in Sachschäden – bitte an alle Teams", "2026-10-05 09:30", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: data-protection FAQ about hearing aids/insulin pumps as health data, no person")


def m045():
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Behrmann,</p>
<p>wie gewünscht die offenen Schäden Ihrer Kundinnen und Kunden aus dem Bestand Ahrensburg (Stand 30.11.2026):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Schaden-Nr.</th><th>Kunde</th><th>Sparte</th><th>Sachverhalt</th><th>Status</th></tr>
<tr><td>HR-2026-118002</td><td>Elke Voigt</td><td>Hausrat</td><td>Fahrraddiebstahl Bahnhof</td><td>Zahlung angewiesen</td></tr>
<tr><td>HR-2026-119755</td><td>Rolf Matzen</td><td>Hausrat</td><td>CPAP-Ger&auml;t (Schlafapnoe) durch &Uuml;berspannung defekt</td><td>KV Sanit&auml;tshaus angefordert</td></tr>
<tr><td>PH-26-0440331</td><td>Anja Lorenzen</td><td>PHV</td><td>Glas Nachbarwohnung, niemand verletzt</td><td>erledigt</td></tr>
<tr><td>HR-2026-120870</td><td>Hans-J&uuml;rgen Rix</td><td>Hausrat</td><td>Rollator im Treppenhaus gestohlen, nach H&uuml;ft-OP dringend ben&ouml;tigt</td><td>in Pr&uuml;fung</td></tr>
</table>
<p>Bei Fragen melden Sie sich gern.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Merle Sch&uuml;tt<br>Maklervertrieb Nord</p>
</body></html>"""
    m = mail("Merle Schütt <merle.schuett@elbstrom.example>", "Makler Behrmann <info@behrmann-versicherungen.example>",
             "Offene Schäden Bestand Ahrensburg", "2026-12-01 14:20", html=html, html_only=True)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "only in the HTML-only table: named customers with sleep apnoea (CPAP) and hip surgery/rollator")


def m046():
    body = """Dear Ms Dubois,

Thank you for your letter of 16 November on behalf of your client, Mr Oliver Stanton, regarding
the roots of the silver birch on the property of our policyholder, Mrs Hildegard Frerichs
(Sülldorfer Landstraße 230), which are said to have damaged the drainage pipe of your client's
house next door.

We have appointed a drainage specialist to carry out a camera inspection on 8 December. Until
then we cannot comment on liability. We note that the birch was planted in 1978 and that root
intrusion is a gradual process; the question of when your client first noticed the blockage
will therefore be relevant.

Our reference: PH-26-0449640 (private liability PHV 22 330 176). No personal injury is claimed.

Yours sincerely
Gregor Falk
Legal – Liability Claims
Elbstrom Versicherung AG
"""
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "Claire Dubois <c.dubois@dubois-legal.example>",
             "Stanton / Frerichs - root damage to drainage - our ref. PH-26-0449640", "2026-11-19 15:31", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-lawyer",
             "neighbour claim (tree roots, drain), no injury; named insured, claimant, address, policy/claim")


def m047():
    body = """Thank you for your email. I am out of the office until Monday, 4 January 2027, with no access to
e-mail.

For urgent claims matters please contact the International Desk team mailbox
international-desk@elbstrom.example or call +49 40 3344-2290.

Best regards
Daniel Okafor

---

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. Januar 2027 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an international-desk@elbstrom.example.
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Behrmann Versicherungsmakler <info@behrmann-versicherungen.example>",
             "Automatic reply: Termin Januar", "2026-12-21 09:03", body,
             headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, cte="8bit")
    return L(m, "NORMAL", "en", "insurer-to-broker",
             "out-of-office reply to a broker firm, no content (mixed en/de)")


def m048():
    body = """Dear Mr and Mrs Whitfield,

I'm writing about the incident on 29 October, when your dog "Bodie" bit the postwoman at your
garden gate in Blankenese.

We have now received a claim from the Berufsgenossenschaft Verkehr, the statutory accident
insurer of the postal company. They paid for the treatment of the postwoman, Ms Carina
Lüttjohann: a bite wound to the right calf, treated as an outpatient at the Asklepios clinic,
with a course of antibiotics and three weeks off work. They are claiming EUR 3,870.55
(treatment costs and sick pay) from you, and this falls under your dog owner's liability
policy THV 60-120554 (claim TH-2026-5512).

We will settle this directly. Ms Lüttjohann may also claim pain and suffering separately.
Please let us know if the gate and the letterbox have been changed since then, as the BG asked
about it.

Kind regards
Fiona McAllister
International Desk
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Whitfield Family <whitfields@hanseatic-mail.example>",
             "Dog bite 29 October - claim from the accident insurer", "2026-11-30 11:05", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "dog bite: named postwoman's wound, antibiotics, sick leave; accident insurer recourse")


def m049():
    body = """Sehr geehrter Herr Kortüm,

wir haben Ihre Meldung zum Glasbruch an Ihrem Ladengeschäft erhalten. In der Nacht zum
Sonntag wurde die große Schaufensterscheibe Ihrer Hirsch-Apotheke in der Bahnhofstraße 3 in
Pinneberg durch einen Steinwurf zerstört. Die Scheibe wurde notverglast.

Versicherungsnehmer: Thomas Kortüm e.K.
Glasversicherung GL 80-22017, Schaden GL-2026-1904

Die Kosten der Notverglasung (Firma Glaserei Harder, 612,40 EUR) und den Ersatz der Scheibe
inkl. Beschriftung übernehmen wir. Bitte reichen Sie die Rechnungen ein. Die Zahlung geht an
Ihr Geschäftskonto DE76 6705 0996 0025 5901 41.

Mit freundlichen Grüßen
Ihr Elbstrom Schadenservice Sach
"""
    m = mail("Schadenservice Sach <sach-schaden@elbstrom.example>", "Hirsch-Apotheke <kortuem@hirsch-apotheke-pinneberg.example>",
             "Glasbruch Schaufenster – GL-2026-1904", "2026-10-27 13:40", body, charset="windows-1252", cte="quoted-printable")
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "glass breakage at a sole trader's pharmacy; name, contract, IBAN (windows-1252, QP)")


def m050():
    body = """Guten Tag Frau Krüger,

hiermit bestellen wir für unsere Standorte Hamburg und Lübeck:

Pos. Artikel                                        Menge   EP netto
1    Erste-Hilfe-Koffer DIN 13157, wandmontiert        14     38,90
2    Nachfüllset DIN 13157                             20     17,50
3    Augenspülflasche 500 ml                           10      6,20
4    Streugut abstumpfend, 25-kg-Sack (Tiefgarage)     40      9,80
5    Warnschild "Vorsicht Rutschgefahr", klappbar        6     24,00

Lieferung bitte bis 20.11. an Stromkaje 4, Warenannahme UG, Ansprechpartner Herr Lührs.
Rechnung an Elbstrom Versicherung AG, Einkauf, Bestell-Nr. 4500183771.

Mit freundlichen Grüßen
Tobias Riedel
Einkauf
"""
    m = mail("Tobias Riedel <tobias.riedel@elbstrom.example>", "Vertrieb Medisafe Nord GmbH <bestellung@medisafe-nord.example>",
             "Bestellung 4500183771 – Erste Hilfe und Streugut", "2026-11-10 14:07", body)
    return L(m, "NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for first-aid kits and grit, no person")


def m051():
    orig_body = """Sehr geehrte Damen und Herren,

ich beziehe mich auf unsren Wasserschaden (Rohrbruch im Keller, Schaden-Nr. WG-2026-44187).
Die Trocknungsfirma sagt, das Haus ist für mindestens drei Wochen nicht bewohnbar, weil die
Geräte im Erdgeschoss Tag und Nacht laufen.

Problem ist mein Mann. Er ist seit zwei Jahren Dialysepatient (Niereninsuffizienz Stadium 5)
und muss dreimal die Woche ins Dialysezentrum Barmbek, Mo/Mi/Fr jeweils 7 Uhr. Das Hotel,
das Ihr Kollege am Telefon vorgeschlagen hat, liegt in Norderstedt, da kommen wir mit dem
Krankentransport nicht hin. Wir bräuchten eine Ferienwohnung in Barmbek oder Winterhude,
ebenerdig, weil er nach der Dialyse sehr schwach ist.

Können Sie die Mehrkosten übernehmen? Die Wohnung in der Jarrestraße kostet 115 Euro/Nacht.

Mit freundlichen Grüßen
Monika Sörensen
Hofkoppel 8, 22145 Hamburg
"""
    orig = inner("Monika Sörensen <moni.soerensen@gmx-mail.example>", "schaden@elbstrom.example",
                 "Wasserschaden WG-2026-44187 – Unterbringung", "2026-11-26 21:14", orig_body)
    body = """Hallo Jana,

zur Info und Entscheidung, die Kundin hat gestern Abend geschrieben (Mail angehängt).
Ich würde die Ferienwohnung freigeben, Hotelkosten sind im Vertrag bis 150 EUR/Tag
mitversichert, 100 Tage.

Gruß Birte
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Jana Petersen <jana.petersen@elbstrom.example>",
             "WG: Wasserschaden WG-2026-44187 – Unterbringung", "2026-11-27 08:20", body,
             attachments=[("rfc822", orig)])
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "only in the forwarded message/rfc822: customer's husband on dialysis, renal failure stage 5")


def m052():
    body = """Dear Mrs Castellano,

thank you for the photos. Your windscreen claim has been approved. As requested, the documents
are in the attached ZIP file (settlement note and payment list).

Kind regards
Elbstrom Motor Claims – International Desk
"""
    note = """Elbstrom Versicherung AG - settlement note
Claim: KF-2026-62077   Type: windscreen (partial cover)
Policyholder: Lucia Castellano, Grindelallee 140, 20146 Hamburg
Vehicle: Fiat 500X, HH-LC 1904
Repair: Carglass-type replacement by Autoglas Schnelsen, invoice 2026-11-0338
Excess: EUR 150.00 (partial cover)
Nobody was injured.
"""
    payments = """date;payee;iban;amount_eur;purpose
2026-11-18;Autoglas Schnelsen GmbH;DE16200699110000481126;742.10;KF-2026-62077 invoice 2026-11-0338
2026-11-18;Lucia Castellano;DE05760100850593308812;86.00;KF-2026-62077 sensor calibration refund
"""
    z = zipped([("settlement_note_KF-2026-62077.txt", note.encode("utf-8")),
                ("payments_KF-2026-62077.csv", payments.encode("utf-8"))])
    m = mail("Motor Claims International <international-desk@elbstrom.example>", "Lucia Castellano <lucia.castellano@italmail.example>",
             "Windscreen claim approved", "2026-11-18 13:30", body,
             attachments=[("KF-2026-62077_documents.zip", z, ZIP)])
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "only in the ZIP: named customer, plate, claim, her IBAN; nobody injured")


def m053():
    body = """Hi Fiona, hi Daniel,

here is the English version of the standard letter for hearing-aid claims, checked by Legal.
Please use it from now on instead of your own versions. Fields in «» are filled by the
correspondence system.

Birte
"""
    d = docx([
        "«Salutation» «FirstName» «LastName»",
        "«Street»",
        "«Postcode» «City»",
        "Your claim «ClaimNo» – hearing aids",
        "Dear «Salutation» «LastName»,",
        "thank you for reporting the loss of your hearing aids on «DateOfLoss». To settle your claim under your household policy «PolicyNo», we need the following documents:",
        "1. the invoice for the hearing aids that were lost or damaged,",
        "2. a cost estimate for the replacement, showing the amount paid by your health insurer,",
        "3. for theft: the police reference number.",
        "Please do not send us audiograms or medical reports – we do not need them.",
        "Kind regards",
        "«AgentName»",
        "Elbstrom Versicherung AG",
    ])
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Fiona McAllister <fiona.mcallister@elbstrom.example>",
             "Template: hearing aid claims (EN), final", "2026-10-08 11:11", body,
             cc="Daniel Okafor <daniel.okafor@elbstrom.example>",
             attachments=[("TPL_HR_hearing_aids_EN_v3.docx", d, DOCX)])
    return L(m, "NORMAL", "en", "internal",
             "trap: letter template with «placeholders» about hearing aids, no person")


def m054():
    body = """Liebe Maklerinnen und Makler,

in unserer Reihe "Schaden des Monats" heute ein Fall aus der Hausratversicherung, anonymisiert
und mit Zustimmung der Kundin:

Eine Kundin Anfang 80 aus dem Hamburger Süden verlor beim Bäcker ihre Geldbörse – darin nicht
nur Bargeld, sondern auch die Hörgeräte, die sie wegen eines Druckgefühls kurz herausgenommen
hatte. Weil der Baustein "Hilfsmittel unterwegs" eingeschlossen war, ersetzten wir den
Eigenanteil von rund 1.900 Euro. Ohne Baustein wäre nur das Bargeld bis 500 Euro erstattet
worden.

Fazit: Gerade bei älteren Kundinnen und Kunden lohnt sich beim Jahresgespräch die Frage nach
Hilfsmitteln.

Ihr Maklerbetreuungsteam Nord
Elbstrom Versicherung AG
"""
    m = mail("Maklerbetreuung Nord <makler-nord@elbstrom.example>", "makler-nord@lists.elbstrom.example",
             "Schaden des Monats: Hörgeräte in der Geldbörse", "2026-11-03 08:00", body)
    return L(m, "NORMAL", "de", "newsletter",
             "trap: anonymised case study (customer in her early 80s, hearing aids), not identifiable")


def m055():
    body = """Sehr geehrte Frau Ruppert,

anbei die Aufstellung der Schadenpositionen an Ihrer Grundstücksmauer, wie sie der
Sachverständige ermittelt hat. Unser Versicherungsnehmer, Herr Sven Ihlenfeldt
(Kfz-Haftpflicht KFZ 31-709314, Fahrzeug SE-SI 708), ist am 16.11. beim Wenden mit dem
Anhänger gegen die Mauer gefahren. Verletzt wurde niemand.

Bitte teilen Sie uns mit, ob Sie fiktiv abrechnen oder die Reparatur durchführen lassen
möchten, und geben Sie uns Ihre Bankverbindung für die Zahlung an.

Schaden-Nr. KH-2026-77240

Mit freundlichen Grüßen
Malte Grünewald
Kfz-Haftpflichtschaden
"""
    rows = [["Position", "Menge", "Einheit", "Preis EUR"],
            ["Klinker abtragen und neu setzen (Mauer Gartenseite)", 3.5, "lfm", 1260.0],
            ["Mauerabdeckung Beton", 3.5, "lfm", 315.0],
            ["Torpfosten richten, Scharnier ersetzen", 1, "psch", 240.0],
            ["Entsorgung", 1, "psch", 95.0],
            ["Summe netto", "", "", 1910.0]]
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Angelika Ruppert <a.ruppert@holstein-net.example>",
             "Ihre Grundstücksmauer – KH-2026-77240", "2026-11-26 10:50", body,
             attachments=[("Kalkulation_KH-2026-77240.ods", ods("Kalkulation", rows), ODS)])
    return L(m, "CONFIDENTIAL", "de", "insurer-to-third-party",
             "motor liability vs. garden wall, nobody hurt; named insured and claimant, plate, policy/claim")


def m056():
    body = """Hannah,

new instruction, kitchen fire, please treat with some tact.

Insured: Mr Reginald Ashworth (82), Elbchaussee 402, 22609 Hamburg, household HV 40-0761192,
claim HR-2026-121781, date of loss 28 November.

His son, Mr Mark Ashworth, called us. His father was diagnosed with early-stage Alzheimer's in
the spring and left a pan of oil on the hob. The fire brigade came, kitchen and hallway are
sooted, Mr Ashworth senior was treated for smoke inhalation at the Altona hospital and kept in
overnight; he is now staying with his son. The son holds a lasting power of attorney, please
make all appointments with him (mobile +49 170 5512 903).

We need to look at gross negligence, but given the diagnosis I don't expect us to reduce.
Please assess kitchen, contents and cleaning.

Thanks
Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Hannah Whitcombe <h.whitcombe@clearwater-adjusting.example>",
             "New instruction HR-2026-121781 Ashworth - kitchen fire", "2026-11-30 15:25", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-adjuster",
             "adjuster instruction: named insured's Alzheimer's diagnosis, smoke inhalation, hospital stay")


def m057():
    body = """Dear customer,

you have received a new message in your Elbstrom secure mailbox.

For security reasons we do not send the content by e-mail. Please log in at
https://securemail.elbstrom.example to read it.

This is an automatic notification. Please do not reply to this e-mail.

Elbstrom Versicherung AG · Stromkaje 4 · 20457 Hamburg
"""
    m = mail("Elbstrom SecureMail <no-reply@securemail.elbstrom.example>", "erik.lindqvist@nordicmail.example",
             "You have a new secure message", "2026-11-24 09:00", body)
    return L(m, "NORMAL", "en", "insurer-to-customer",
             "trap: portal notification mail, no content")


def m058():
    body = """Dear Dr Rahman,

Thank you for your call this morning. I'm sorry about the break-in at your dental practice.

We have registered the claim under your practice contents policy INH 55-211946, claim number
ED-2026-30602. From what you told me, the thieves took the stock of dental alloy from the
locked cabinet in the lab (approx. 180 g), the reception iPad and the petty cash. The patient
records are electronic and the server was not touched, so no patient data is affected.

Next steps:
- Please send us the police report number and the purchase invoices for the alloy.
- A loss adjuster from Nordwerk Schadenservice will contact you for an appointment.
- Please have the lock of the back door replaced; we cover the costs.

Kind regards
Daniel Okafor
International Desk
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Dr Aisha Rahman <praxis@rahman-zahnmedizin.example>",
             "Burglary at your practice - claim ED-2026-30602", "2026-11-16 12:15", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "burglary at a dentist's practice (sole practitioner as policyholder), no patient data affected")


def m059():
    body = """Protokoll Jour fixe Datenschutz Schaden – 12.11.2026

Teilnehmende: H. Vollmer (Protokoll), L. Kowalczyk, S. Aydın, O. Brandt

TOP 1 DSFA "Modul Personenschaden" im neuen Schadensystem
- Verarbeitet werden Gesundheitsdaten Dritter (Geschädigte), nicht nur von VN.
- Rechtsgrundlage: Art. 9 Abs. 2 lit. f DSGVO (Rechtsansprüche); Einwilligung nur für
  Schweigepflichtentbindung gegenüber Ärzten.
- Risiko "zu breiter Zugriff" bewertet mit hoch; Maßnahme: Rollenkonzept, nur Team PS.

TOP 2 Aufbewahrung
- Akten mit Personenschaden 30 Jahre (Verjährung), reine Sachschäden 10 Jahre.

TOP 3 Vorfall-Statistik
- Q3: 3 Fehlversände ohne Gesundheitsdaten, 1 mit (an falschen Anwalt, Rückruf erfolgt).
  Meldung an Aufsichtsbehörde war nicht erforderlich.

Nächster Termin: 10.12.2026
"""
    m = mail("Henrike Vollmer <henrike.vollmer@elbstrom.example>", "jf-datenschutz-schaden@elbstrom.example",
             "Protokoll JF Datenschutz Schaden 12.11.", "2026-11-13 09:45", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: data-protection minutes on health data of claimants, counts only")


def m060():
    body = """Sehr geehrter Herr Wittkamp,

vielen Dank für Ihre schnelle Meldung. Wir haben den Vorgang unter PH-26-0452219 zu Ihrer
Haus- und Grundbesitzerhaftpflicht angelegt und melden uns bei der Geschädigten direkt.
Bitte geben Sie keine Haftungszusagen ab und leiten Sie uns Post von ihr oder ihrem Anwalt
einfach weiter.

Mit freundlichen Grüßen
Sevgi Aydın

-----Ursprüngliche Nachricht-----
Von: Uwe Wittkamp <uwe.wittkamp@t-netz.example>
Gesendet: Donnerstag, 3. Dezember 2026 07:52
An: schaden@elbstrom.example
Betreff: Schaden melden – Sturz vor meinem Haus

Guten Morgen,
heute früh ist die Briefträgerin Frau Yvonne Kasch vor unserem Haus (Birkenallee 22, Tangstedt)
auf dem Gehweg ausgerutscht. Ich hatte um 6:30 gestreut aber es hat danach nochmal gefroren.
Sie konnte den Arm nicht mehr bewegen, der Notarzt meinte die Schulter ist ausgekugelt,
wahrscheinlich auch was gebrochen. Sie ist ins Krankenhaus Norderstedt gebracht worden.
Vertragsnumer weis ich nicht, läuft auf meinen namen.

Uwe Wittkamp
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Uwe Wittkamp <uwe.wittkamp@t-netz.example>",
             "AW: Schaden melden – Sturz vor meinem Haus", "2026-12-03 10:14", body, cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.5.1")
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "only in the quoted customer mail: named postwoman's dislocated shoulder, possible fracture, hospital")


def m061():
    body = """Dear brokers,

Winter nights are peak season for pharmacy break-ins. Please share the attached loss
prevention guide with your pharmacy and medical practice clients. It summarises what our
adjusters see most often and what we require under our commercial contents policies.

Best regards
Merle Schütt
Broker Sales North
"""
    p = pdf([
        "Elbstrom Loss Prevention Guide 07/2026",
        "Burglary protection for pharmacies and medical practices",
        "",
        "1. Doors and windows: burglar-resistant doors RC2 (EN 1627) at least for back doors,",
        "   lockable window handles on the ground floor.",
        "2. Narcotics (BtM) safe: VdS class I, anchored, key never kept on the premises overnight.",
        "3. Cash: empty the till, leave the drawer open, maximum EUR 500 overnight.",
        "4. Patient and prescription data: encrypted laptops, paper files in locked cabinets;",
        "   a theft of patient data also triggers duties under Art. 33 GDPR.",
        "5. Alarm system with connection to a monitoring centre (VdS class B).",
        "",
        "Claims experience 2025 (all clients): 214 burglaries, average loss EUR 11,300.",
        "Claims with missing BtM safe anchoring: average loss EUR 19,800.",
        "",
        "Contact: risk-engineering@elbstrom.example",
    ], title="Loss Prevention Guide Pharmacies")
    m = mail("Merle Schütt <merle.schuett@elbstrom.example>", "broker-north-en@lists.elbstrom.example",
             "Loss prevention: pharmacies and practices", "2026-11-02 09:15", body,
             attachments=[("Elbstrom_LP_Guide_Pharmacies_2026.pdf", p, PDF)])
    return L(m, "NORMAL", "en", "insurer-to-broker",
             "trap: PDF loss-prevention guide mentioning patient data and narcotics, aggregate figures only")


def m062():
    body = """Sehr geehrte Frau Jacobsen,

Ihr Sohn Mattis (9) hat am Samstag beim Fußballspielen im Garten den Ball in das
Wohnzimmerfenster Ihres Nachbarn, Herrn Günter Wolff, geschossen. Die Doppelglasscheibe ist
gesprungen, verletzt wurde niemand.

Wir haben den Schaden unter PH-26-0450817 zu Ihrer Familien-Privathaftpflicht
PHV 22 615 040 aufgenommen. Kinder unter sieben Jahren sind nicht deliktsfähig; Mattis ist
aber schon neun, sodass wir den Schaden als Haftpflichtfall regulieren können. Eine
Aufsichtspflichtverletzung müssen wir deshalb nicht prüfen.

Bitte geben Sie Herrn Wolff unsere Schadennummer, er kann uns die Rechnung des Glasers direkt
schicken.

Freundliche Grüße
Sevgi Aydın
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Lena Jacobsen <lena.jacobsen@familienpost.example>",
             "Fensterscheibe Herr Wolff – PH-26-0450817", "2026-10-20 16:37", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "neighbour claim (football through window), nobody hurt; named customer, child, neighbour, policy/claim")


def m063():
    text = """Dear Mrs Gallagher,

Thank you for your patience. Our policyholder, Mr Dominik Seidel, has confirmed that his dog
chewed your partial upper denture while you were visiting him on 14 November and had left it
on the side table.

We accept the claim under his dog owner's liability policy. According to the treatment plan of
your dentist, Dr. Holm, a new partial denture (model cast, 4 teeth) costs EUR 1,480.20; your
health insurer's fixed subsidy is EUR 612.00. We will pay you the difference of EUR 868.20.

Our reference: TH-2026-5599

Kind regards
Fiona McAllister
International Desk
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Mrs Gallagher,</p>
<p>Thank you for your patience. Our policyholder, Mr Dominik Seidel, has confirmed that his dog
chewed your partial upper denture while you were visiting him on 14 November and had left it on the side table.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><td>New partial denture (model cast, 4 teeth), Dr. Holm</td><td align="right">EUR 1,480.20</td></tr>
<tr><td>Fixed subsidy of your health insurer</td><td align="right">- EUR 612.00</td></tr>
<tr><td><b>Our payment to you</b></td><td align="right"><b>EUR 868.20</b></td></tr>
</table>
<p>Our reference: TH-2026-5599</p>
<p>Kind regards<br>Fiona McAllister<br>International Desk</p>
</body></html>"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Maureen Gallagher <maureen.gallagher@celtic-mail.example>",
             "Your denture - claim TH-2026-5599", "2026-11-27 11:48", text, html=html)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-third-party",
             "named claimant's dental prosthesis, dentist's treatment plan, health insurer subsidy")


def m064():
    body = """Sehr geehrter Herr Stolle,

wie besprochen verlängern wir den Winterdienstvertrag für unsere Liegenschaften Stromkaje 4
(Hamburg) und Holstentorplatz 2 (Lübeck) um die Saison 2026/27 zu unveränderten Konditionen.

Zur Erinnerung an die Vertragspflichten:
- Räumen und Streuen der Gehwege werktags bis 7:00 Uhr, sonn- und feiertags bis 9:00 Uhr,
- Kontrollgänge bis 20:00 Uhr, Dokumentation im Streubuch,
- Ihre Betriebshaftpflicht mit mind. 5 Mio. EUR Deckungssumme für Personenschäden
  (Nachweis bitte bis 15.11.).

Mit freundlichen Grüßen
Tobias Riedel
Einkauf / Facility
"""
    m = mail("Tobias Riedel <tobias.riedel@elbstrom.example>", "Stolle Gebäudedienste GmbH <dispo@stolle-gebaeudedienste.example>",
             "Winterdienst 2026/27 – Verlängerung", "2026-10-30 10:25", body)
    return L(m, "NORMAL", "de", "insurer-to-supplier",
             "trap: gritting contract for the insurer's own buildings, personal-injury sum insured only as a term")


def m065():
    body = """Hi all,

Christmas lunch for the International Desk is booked: Friday 18 December, 12:30, at
"Fischerhaus" near Landungsbrücken. Table for 9 under "Elbstrom".

Please tell me by Wednesday if you have any dietary requirements so I can pass them on
(no names needed, I'll just give the restaurant the numbers).

Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "international-desk-team@elbstrom.example",
             "Christmas lunch Fri 18 Dec", "2026-12-02 15:12", body, cte="8bit")
    return L(m, "NORMAL", "en", "internal", "team lunch organisation")


def m066():
    body = """Sehr geehrte Frau Tiedemann,

wir kommen zurück auf den Unfall vom 25.11.2026 in der Fuhlsbüttler Straße, bei dem Sie mit
Ihrem Fahrzeug (HH-ST 5120, Kfz-Haftpflicht KFZ 31-882017) beim Rechtsabbiegen eine
Radfahrerin erfasst haben.

Die Geschädigte, Frau Johanna Berger, hat sich nach Mitteilung ihres Anwalts einen
Schlüsselbeinbruch links und eine Gehirnerschütterung zugezogen und lag drei Tage im
Klinikum Nord. Sie ist Physiotherapeutin und derzeit arbeitsunfähig.

Damit wir die Ansprüche prüfen können, bitten wir Sie um eine kurze schriftliche Schilderung:
Ampelphase, Geschwindigkeit, Schulterblick, Sichtbehinderungen. Bitte äußern Sie sich
gegenüber der Polizei nur über Ihren Anwalt, falls ein Ermittlungsverfahren wegen fahrlässiger
Körperverletzung eingeleitet wird.

Schaden-Nr. KH-2026-77355

Mit freundlichen Grüßen
Malte Grünewald
Kfz-Haftpflicht / Personenschaden
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Svenja Tiedemann <s.tiedemann@hansenet-mail.example>",
             "Unfall 25.11. – Bitte um Ihre Schilderung (KH-2026-77355)", "2026-12-01 09:33", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "car hit a cyclist: named victim's fractured collarbone, concussion, hospital, sick leave")


def m067():
    body = """Hallo Priya,

für die Kalkulation der Hundehalterhaftpflicht 2027 anbei die Bissverletzungen nach
Rassegruppe (2021–2025, nur Personenschäden, keine Einzelfälle). Die Zahlen pro 1.000
versicherte Hunde sind in Spalte E.

Grüße
Sevgi
"""
    rows = [["Rassegruppe", "versicherte Hunde (Ø)", "Bissschäden Personen", "Aufwand EUR", "je 1.000 Hunde"],
            ["Kleine Hunde < 10 kg", 58200, 143, 402100, 2.46],
            ["Mittelgroße Hunde 10-25 kg", 71400, 265, 1011800, 3.71],
            ["Große Hunde > 25 kg", 39800, 219, 1380500, 5.50],
            ["Listenhunde (Hamburg Kat. 1/2)", 1100, 9, 141000, 8.18],
            ["gesamt", 170500, 636, 2935400, 3.73]]
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Priya Raman <priya.raman@elbstrom.example>",
             "Bissschäden nach Rassegruppe 2021–2025", "2026-09-22 11:08", body,
             attachments=[("Bissschaeden_Rassegruppen_2021-2025.xlsx", xlsx([("Auswertung", rows)]), XLSX)])
    return L(m, "NORMAL", "de", "internal",
             "trap: XLSX of dog-bite injury statistics by breed group, aggregates only")


def m068():
    text = """Hi Mr Kowalski,

thanks for the quick report. I've opened claim PH-26-0451390 under your private liability policy
PHV 22 904 117.

So: while you were cleaning the gutters on Sunday, your aluminium ladder slipped and fell onto
the bonnet of your neighbour Mrs Annette Gräf's Mini Cooper (HH-AG 761) parked on the
shared drive. Dent and scratches, nobody was hurt.

Please ask Mrs Gräf to send us a repair estimate or an assessor's report, and photos. There's
no need for you to pay anything upfront.

Regards
Daniel Okafor
International Desk | Elbstrom Versicherung AG
"""
    html = """<p>Hi Mr Kowalski,</p>
<p>thanks for the quick report. I've opened claim <b>PH-26-0451390</b> under your private liability policy PHV&nbsp;22&nbsp;904&nbsp;117.</p>
<p>So: while you were cleaning the gutters on Sunday, your aluminium ladder slipped and fell onto the bonnet of your neighbour
Mrs Annette Gr&auml;f's Mini Cooper (HH-AG 761) parked on the shared drive. Dent and scratches, nobody was hurt.</p>
<p>Please ask Mrs Gr&auml;f to send us a repair estimate or an assessor's report, and photos. There's no need for you to pay anything upfront.</p>
<p>Regards<br>Daniel Okafor<br>International Desk | Elbstrom Versicherung AG</p>"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Piotr Kowalski <piotr.kowalski@eurobox.example>",
             "Ladder vs. Mini - PH-26-0451390", "2026-10-13 10:49", text, html=html)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "neighbour claim (ladder on car), nobody hurt; named customer, neighbour, plate, policy/claim")


def m069():
    body = """Hi Daniel,

can you pick this up? The daughter wrote to the general inbox in English.

Birte

> From: Rachel Morgan <rachel.morgan@londonlink.example>
> Sent: 01 December 2026 19:47
> To: service@elbstrom.example
> Subject: My mother's hearing aids - Haus Elbblick
>
> Hello,
>
> my mother, Mrs Dorothy Morgan, has household insurance with you (policy HV 40-3019945, I
> think). She lives at Haus Elbblick care home in Wedel since her hip fracture in the summer.
> Last week both of her hearing aids disappeared, probably thrown away with the laundry.
> The staff say they are not liable. She has severe hearing loss and without the aids she
> can't follow any conversation, she's getting very confused and withdrawn. Her audiologist
> in Wedel can fit new ones within a week if someone pays.
>
> I live in London and have her power of attorney. What do you need from me?
>
> Many thanks,
> Rachel Morgan
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Daniel Okafor <daniel.okafor@elbstrom.example>",
             "FW: My mother's hearing aids - Haus Elbblick", "2026-12-02 08:14", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "relative",
             "quoted relative's mail: named mother in a care home, hip fracture, severe hearing loss, confusion")


def m070():
    body = """Hi both,

as requested, a short glossary for the phone calls with German lawyers and adjusters in
injury claims. Please add to it on the team Wiki rather than sending new versions around.

Schmerzensgeld – pain and suffering (general damages)
HWS-Distorsion / Schleudertrauma – whiplash (soft-tissue neck injury)
Haushaltsführungsschaden – loss of housekeeping capacity
Verdienstausfall – loss of earnings
Arbeitsunfähigkeitsbescheinigung (AU) – sick note
Schweigepflichtentbindung – medical release / consent to disclose
Verkehrssicherungspflicht – duty to maintain safe premises (incl. gritting)
Deliktsunfähig – not liable in tort (children under 7, some people with dementia)
Regress der Krankenkasse – health insurer's recourse claim (§ 116 SGB X)

Sevgi
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Fiona McAllister <fiona.mcallister@elbstrom.example>",
             "Glossary DE-EN personal injury", "2026-10-16 14:18", body,
             cc="Daniel Okafor <daniel.okafor@elbstrom.example>")
    return L(m, "NORMAL", "en", "internal",
             "trap: glossary of injury and health terms, no person (mixed de/en)")


def m071():
    body = """Hallo Sevgi,

anbei das Anwaltsschreiben in Sachen Aquarium, kam per Post, ich habe es abgetippt.

Gruß Sonja

------------------------------------------------------------
Rechtsanwälte Meyer-Kolbe · Mühlenkamp 31 · 22303 Hamburg

Elbstrom Versicherung AG
Schadenabteilung Haftpflicht

Ihr Zeichen: PH-26-0448901 / Ihr VN Herr Marcel Gutowski

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Dr. Ilse Rothmann, Wohnung 1. OG links, Winterhuder Weg 88,
vertreten. Am 02.11.2026 ist das 450-Liter-Aquarium Ihres Versicherungsnehmers in der
darüberliegenden Wohnung ausgelaufen. Das Wasser hat Decke, Parkett und einen antiken
Sekretär unserer Mandantin beschädigt. Personen kamen nicht zu Schaden.

Wir fordern Sie auf, Ihre Einstandspflicht bis zum 10.12.2026 zu bestätigen und einen
Vorschuss von 5.000,00 EUR auf das Konto unserer Mandantin, IBAN DE90 8602 0555 0312 2677 89,
zu leisten.

Mit freundlichen Grüßen
Meyer-Kolbe, Rechtsanwältin
------------------------------------------------------------
"""
    m = mail("Sonja Matthiesen <sonja.matthiesen@elbstrom.example>", "Sevgi Aydın <sevgi.aydin@elbstrom.example>",
             "Anwaltsschreiben Meyer-Kolbe – Aquarium Gutowski", "2026-11-24 11:02", body)
    return L(m, "CONFIDENTIAL", "de", "lawyer",
             "inline copy of lawyer's letter: aquarium water damage, no injury; named insured and claimant, IBAN")


def m072():
    body = """Sehr geehrte Mitglieder des Vorstands,

zur Sitzung am 8. Dezember anbei die Großschadenliste Personenschaden (Haftpflicht und Kfz,
Reserve > 250.000 EUR) zum 31.10.2026. Die Fälle sind anonymisiert: keine Namen, Alter nur in
Bändern, Orte nur als Bundesland.

Die Veränderung gegenüber Q2 erklärt sich im Wesentlichen durch zwei Neufälle aus dem
Kfz-Bereich (Schädel-Hirn-Trauma, Querschnitt).

Mit freundlichen Grüßen
Oliver Brandt
"""
    rows = [["Lfd.", "Sparte", "Jahr", "Altersband", "Verletzungsart", "Bundesland", "Reserve EUR"],
            [1, "Kfz-H", 2019, "18-29", "Schädel-Hirn-Trauma, Pflegebedarf", "SH", 3400000],
            [2, "Kfz-H", 2022, "30-49", "Querschnitt", "HH", 2750000],
            [3, "PHV", 2023, "65+", "Oberschenkelhalsfraktur (Glätte)", "NI", 310000],
            [4, "Kfz-H", 2026, "18-29", "Schädel-Hirn-Trauma", "HH", 1900000],
            [5, "Kfz-H", 2026, "50-64", "Querschnitt", "MV", 2200000],
            [6, "THV", 2024, "0-17", "Gesichtsverletzung nach Hundebiss", "SH", 265000]]
    m = mail("Oliver Brandt <oliver.brandt@elbstrom.example>", "vorstand-buero@elbstrom.example",
             "Vorstandssitzung 08.12. – Großschadenliste Personenschaden", "2026-11-30 17:45", body,
             attachments=[("Grossschaeden_PS_2026-10-31.xlsx", xlsx([("Liste", rows)]), XLSX)])
    return L(m, "NORMAL", "de", "internal",
             "trap: anonymised large-loss list (age bands, federal state, injury types), no names")


def m073():
    body = """Sehr geehrte Damen und Herren,

Ihr Regressschreiben vom 13.11.2026 (Ihr Az. R-116-2026-04471) zu Ihrer Versicherten
Frau Waltraud Heinsohn, geb. 02.06.1949, haben wir erhalten.

Frau Heinsohn ist am 07.02.2026 auf dem nicht geräumten Gehweg vor dem Grundstück unseres
Versicherungsnehmers gestürzt. Ihre Forderung über 18.412,67 EUR setzt sich nach Ihrer
Aufstellung zusammen aus:

- stationäre Behandlung Asklepios Klinik Barmbek 07.02.–19.02.2026, DRG I08F
  (Oberschenkelhalsfraktur, Hüft-TEP), 12.930,11 EUR
- Anschlussheilbehandlung Reha-Klinik Bad Bramstedt, 21 Tage, 4.380,00 EUR
- Heil- und Hilfsmittel (Rollator, Physiotherapie), 1.102,56 EUR

Wir erkennen eine Haftung zu 70 % an, da Frau Heinsohn nach der Zeugenaussage trotz
erkennbarer Glätte mit Hausschuhen unterwegs war (Mitverschulden 30 %). Wir zahlen daher
12.888,87 EUR unter unserem Zeichen PH-26-0390187.

Mit freundlichen Grüßen
Gregor Falk
Regress / Haftpflicht-Großschaden
"""
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "Regress AOK-Nordküste <regress@aok-nordkueste.example>",
             "Ihr Az. R-116-2026-04471 Heinsohn – Teilanerkenntnis", "2026-11-28 10:30", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
             "health insurer's recourse: named injured pedestrian, birth date, hip fracture, DRG, rehab")


def m074():
    body = """Dear Mr Osei,

we have now received the police report on the damage to your parked car (HH-KO 3307) in
Wilhelmsburg on the night of 2 November. The other driver could not be identified, so the
claim is handled under your comprehensive cover (Vollkasko), claim KF-2026-62311, policy
KFZ 31-440815. Your no-claims class will be downgraded next year.

The repair invoice from Autohaus Brinkmann (EUR 2,916.40) has been paid directly. Please pay
your excess of EUR 500 to the workshop. Your premium refund for the overpaid quarter
(EUR 38.17) goes to your account DE27 2105 0938 0417 7293 05.

Nobody was in the car, so there are no injuries to report.

Kind regards
Elbstrom Motor Claims – International Desk
"""
    m = mail("Motor Claims International <international-desk@elbstrom.example>", "Kwame Osei <kwame.osei@accramail.example>",
             "Hit and run - your claim KF-2026-62311", "2026-11-19 14:47", body, charset="windows-1252")
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "hit-and-run on parked car, no injuries; named customer, plate, policy/claim, IBAN (windows-1252)")


def m075():
    body = """Hi everyone,

Friday's data-protection quiz for the International Desk. Answers on Monday! All people in the
questions are made up.

1. "Mr John Example (fictitious) reports that his glasses were stolen." Is that health data?
2. "Mrs Jane Sample (fictitious), date of birth 01/01/1970, reports a stolen bike." Which
   category: normal, confidential, strictly confidential?
3. A lawyer writes: "Nobody was injured in the collision." Can you send this by normal e-mail?
4. A table with the number of dog bites per district, no names. Personal data or not?
5. An insulin pump is stolen from a car. Which team handles the claim, and what do you have to
   ask for – and what must you NOT ask for?

Prize: the famous Elbstrom mug.

Henrike
"""
    m = mail("Henrike Vollmer <henrike.vollmer@elbstrom.example>", "international-desk-team@elbstrom.example",
             "Friday quiz: is it health data?", "2026-10-23 15:00", body)
    return L(m, "NORMAL", "en", "internal",
             "trap: data-protection quiz with fictitious persons, glasses, insulin pump, birth date")


def m076():
    body = """Dear Mr Van der Berg,

Thank you for sending the letter you received from the lawyer of Mr Hans-Peter Wulff.

As we understand it, on 20 October you were riding a rented e-scooter (provider "Zoom") on the
pavement in Eimsbüttel and collided with Mr Wulff, who fell and broke his left wrist. According
to the lawyer, he had surgery at the UKE and was unable to work for eight weeks; he claims
EUR 4,000 for pain and suffering and his loss of earnings.

Unfortunately your private liability policy PHV 22 998 030 does not cover this. E-scooters are
motor vehicles under German law and require their own motor liability insurance, which the
rental company must have taken out. Please forward the lawyer's letter to the rental company
and give the lawyer the details of their insurer. The rental contract should include it.

Our file reference is PH-26-0446112. We are happy to help if the rental company refuses.

Kind regards
Sevgi Aydın
Liability Claims
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Joost van der Berg <joost.vdberg@lowlands-mail.example>",
             "E-scooter collision - cover declined (PH-26-0446112)", "2026-11-06 13:22", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "named third party's wrist fracture, surgery, sick leave (cover declined letter)")


def m077():
    body = """Sehr geehrte Werkstattpartner,

ab dem 01.01.2027 gelten im Elbstrom-Partnernetz folgende Verrechnungssätze (netto):

Mechanik / Elektrik     AW 12 Min.    Stundensatz  142,00 EUR
Karosserie              AW 12 Min.    Stundensatz  148,00 EUR
Lackierung              AW 12 Min.    Stundensatz  156,00 EUR
Hol- und Bringservice   pauschal                   45,00 EUR
Ersatzwagen Klasse B    pro Tag                    39,00 EUR

Neu: Für Fahrzeuge mit Umbauten für Menschen mit Behinderung (Handbediengeräte, Rampen,
Schwenksitze) gilt ein Zuschlag von 15 % auf die Arbeitswerte, sofern Sie die Zertifizierung
nach Herstellervorgabe nachweisen. Bitte senden Sie uns die Nachweise bis 15.12.

Mit freundlichen Grüßen
Partnermanagement Kfz
Elbstrom Versicherung AG
"""
    m = mail("Partnermanagement Kfz <kfz-partner@elbstrom.example>", "werkstattnetz@lists.elbstrom.example",
             "Verrechnungssätze 2027 Partnerwerkstätten", "2026-11-16 08:00", body)
    return L(m, "NORMAL", "de", "insurer-to-supplier",
             "trap: workshop rate sheet mentioning vehicle conversions for disabled drivers, no person")


def m078():
    body = """Hallo Herr Grünewald,

anbei die Anforderung aus unserer Werkstatt, bitte um kurze Freigabe.

Mit freundlichen Grüßen
Ihre Kundenservice-Weiterleitung

---------- Weitergeleitete Nachricht ----------
Von: Autohaus Brinkmann GmbH – Serviceannahme <service@autohaus-brinkmann.example>
Datum: 09.12.2026 08:31
Betreff: Gutachten erforderlich – Kunde Frau Elisabeth Marx, HH-EM 4401

Moin,

bei dem Fahrzeug Ihrer Kundin Frau Marx (Opel Astra K, FIN W0VBD6EK4KG012377, Schaden-Nr.
bei Ihnen KF-2026-62690) haben wir nach Demontage des Stoßfängers noch einen Schaden am
Längsträger festgestellt. Der KV erhöht sich von 2.100 auf ca. 5.800 EUR netto. Bitte
Gutachter schicken. Die Kundin fragt, ob sie den Ersatzwagen behalten kann, bis alles durch ist.
Verletzt wurde bei dem Parkrempler niemand.

Gruß
Stefan Lührs, Serviceberater
"""
    m = mail("Kfz-Schadenservice <kfz-schaden@elbstrom.example>", "Malte Grünewald <malte.gruenewald@elbstrom.example>",
             "WG: Gutachten erforderlich – Kunde Frau Elisabeth Marx, HH-EM 4401", "2026-12-09 09:02", body)
    return L(m, "CONFIDENTIAL", "de", "workshop",
             "forwarded workshop mail: named customer, plate, VIN, claim; subject names customer; nobody hurt")


def m079():
    body = """Sehr geehrte Frau Lemke,

es tut uns sehr leid, dass Ihr Elektrorollstuhl aus dem Hausflur Ihres Mehrfamilienhauses
gestohlen wurde.

Wir übernehmen den Schaden aus Ihrer Hausratversicherung HV 40-4408127 (Schaden
HR-2026-120655). Der Hausflur gilt bei Ihrem Tarif als versicherter Ort, weil der Rollstuhl dort
mit Schloss gesichert war. Nach dem Kostenvoranschlag von Reha-Technik Wandsbek kostet der
Ersatz 11.240 EUR; Ihre Krankenkasse hat wegen Ihrer Multiplen Sklerose bereits eine Neuversorgung
genehmigt und trägt davon 9.380 EUR. Wir erstatten Ihnen den Rest von 1.860 EUR und die Kosten
für das Taxi zu Ihren Arztterminen in der Zwischenzeit.

Mit freundlichen Grüßen
Jana Petersen
Schadenservice Hausrat
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Ramona Lemke <ramona.lemke@web-post.example>",
             "Gestohlener Elektrorollstuhl – HR-2026-120655", "2026-11-18 15:55", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer's multiple sclerosis and electric wheelchair theft")


def m080():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbstrom Versicherung AG//Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d71-080-bi-forum@elbstrom.example
DTSTAMP:20261105T120000Z
DTSTART:20270304T083000Z
DTEND:20270304T160000Z
SUMMARY:Bodily Injury Claims Forum 2027 (Hamburg)
LOCATION:Hotel am Hafen, Conference Room "Elbe"
ORGANIZER;CN=Priya Raman:mailto:priya.raman@elbstrom.example
DESCRIPTION:Speakers from Thamesbridge Re and Clearwater Adjusting. Topics: rising costs of care after severe injuries, whiplash fraud patterns, rehabilitation management.
END:VEVENT
END:VCALENDAR
"""
    body = """Dear colleagues,

save the date for our annual forum with our reinsurance partners. Agenda to follow in January.

Priya
"""
    m = mail("Priya Raman <priya.raman@elbstrom.example>", "Thamesbridge Re <liability-treaty@thamesbridge-re.example>",
             "Save the date: Bodily Injury Claims Forum 2027", "2026-11-05 12:30", body,
             cc="Hannah Whitcombe <h.whitcombe@clearwater-adjusting.example>",
             attachments=[("bi_forum_2027.ics", textfile(ics), ICS)])
    return L(m, "NORMAL", "en", "insurer-to-partner",
             "trap: ICS invitation to a bodily-injury forum (care costs, whiplash), no person")


def m081():
    body = """Dear Mr Kirkland,

Thank you for your letter of 30 November on behalf of Ms Priyanka Mehta.

Our policyholder, Mr Florian Zabel, disputes that he changed lanes without indicating. His
dashcam recording, which we have reviewed, shows that your client's Tesla (HH-PM 9090)
accelerated from the right lane into the gap at the same time. We therefore consider a
50:50 split appropriate, which we regard as the usual outcome when fault cannot be established.

Both vehicles were damaged at the front corner; both drivers confirmed at the scene that
nobody was hurt. We are prepared to pay 50 % of your client's repair costs of EUR 6,230.00
net, i.e. EUR 3,115.00, plus 50 % of the assessor's fee.

Our reference: KH-2026-77098 (motor policy KFZ 31-227361)

Yours sincerely
Malte Grünewald
Motor Liability Claims
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Kirkland Rechtsanwälte <j.kirkland@kirkland-law.example>",
             "Mehta ./. Zabel - lane change 14 Nov - KH-2026-77098", "2026-12-04 16:08", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-lawyer",
             "motor liability dispute, nobody hurt; named parties, plate, policy/claim")


def m082():
    body = """Malte,

one for you before it goes to Legal. Policyholder Mr Bartosz Nowicki (KFZ 31-559082, claim
KH-2026-77180) rear-ended a delivery van on the B75 on 10 November. Nobody was injured in the
collision itself, but in his statement he writes that he "blacked out" and his wife told the
police he has epilepsy and had a seizure at the wheel. According to the police file, he had
changed his medication (levetiracetam) two weeks before, and his neurologist had told him not
to drive for three months.

That could be a breach of obligations (driving while unfit, § 2 FeV / § 28 VVG). We pay the
third party anyway, the question is recourse against our customer (max. EUR 5,000).

Can you request the neurologist's letter, with his consent, before we decide?

Thanks
Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Malte Grünewald <malte.gruenewald@elbstrom.example>",
             "KH-2026-77180 - fitness to drive question", "2026-11-24 17:19", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "named policyholder's epilepsy, seizure at the wheel, medication; nobody hurt in the collision")


def m083():
    body = """Hallo Service-Center,

anbei das neue Formular "Schadenanzeige Hilfsmittel" zum Versand an Kundinnen und Kunden.
Es ersetzt die Version 2024. Neu ist der Hinweis, dass wir keine Diagnosen benötigen.

Bitte nur das leere Formular versenden, nicht vorausgefüllt.

Birte Hansen
Produktmanagement Hausrat
"""
    p = pdf([
        "Elbstrom Versicherung AG - Schadenanzeige Hilfsmittel (Hausrat, Baustein Hilfsmittel unterwegs)",
        "",
        "Versicherungsnehmer/in: ____________________________  Vertragsnummer: HV __-_______",
        "Anschrift: ________________________________________________________________",
        "",
        "Betroffenes Hilfsmittel:  [ ] Hörgerät   [ ] Brille   [ ] Rollstuhl / Rollator",
        "                          [ ] Elektromobil   [ ] Insulinpumpe / CGM   [ ] Sonstiges: ______",
        "Hersteller / Typ: ______________________   Anschaffung (Monat/Jahr): ________",
        "Was ist passiert?  [ ] Diebstahl   [ ] Beschädigung   [ ] Verlust",
        "Datum, Ort, Hergang: _______________________________________________________",
        "",
        "Bitte beifügen: Rechnung, Kostenvoranschlag, Kostenzusage der Krankenkasse.",
        "Hinweis: Wir benötigen KEINE Diagnosen, Arztberichte oder Audiogramme.",
        "",
        "Bankverbindung für die Auszahlung: IBAN DE__ ____ ____ ____ ____ __",
        "",
        "Ort, Datum, Unterschrift: ______________________________",
    ], title="Schadenanzeige Hilfsmittel")
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "service-center-leitung@elbstrom.example",
             "Neues Formular Schadenanzeige Hilfsmittel", "2026-10-01 10:10", body,
             attachments=[("Schadenanzeige_Hilfsmittel_2026.pdf", p, PDF)])
    return L(m, "NORMAL", "de", "internal",
             "trap: blank claim form PDF for hearing aids/wheelchairs/insulin pumps with empty IBAN field")


def m084():
    body = """Sehr geehrte Frau Wessels,

der Sachverständige hat uns seinen Bericht zum Leitungswasserschaden in Ihrer Linden-Apotheke
(Schaden LW-2026-8817, Vertrag INH 55-198820) geschickt. Ursache war ein geplatzter
Heizkörperanschluss im Lager über dem Wochenende.

Zusammenfassung der Schadenpositionen:

Position                                   EUR
Arzneimittelbestand Lager (lt. Warenwirt.)  14.880,20
Kühlware (Kühlschrank ausgefallen)           3.204,55
Regalsystem Lager                            2.760,00
Trocknung und Leckortung                     1.915,00
Betriebsunterbrechung (2 Tage)               4.100,00
Summe                                       26.859,75

Bitte bestätigen Sie uns, dass die vernichtete Ware ordnungsgemäß entsorgt wurde (Nachweis
Entsorger). Die Zahlung erfolgt an die Ihnen bekannte Bankverbindung. Kundendaten oder Rezepte
waren nicht betroffen.

Mit freundlichen Grüßen
Jana Petersen
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Apotheke Wessels <info@linden-apotheke-wessels.example>",
             "Leitungswasserschaden Lager – Bericht und Abrechnung LW-2026-8817", "2026-12-07 11:00", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "pharmacy water damage (stock), sole-trader policyholder; no patient data")


def m085():
    body = """Hallo Ingo,

anbei die Liste, die Frau Özdemir uns geschickt hat. Kannst du bei der Besichtigung morgen
bitte prüfen, welche der Akten noch lesbar sind bzw. getrocknet werden können? Die Praxis
braucht für die Aufbewahrungspflicht eine Aussage, was verloren ist.

Die Liste enthält Patientennamen, bitte nur im Team verwenden.

Viele Grüße
Jana
"""
    csvtxt = """Aktennr;Patient;Geburtsjahr;Behandlung;Diagnose (ICD-10);Zustand
P-2019-044;Carsten Mrozek;1977;Verhaltenstherapie 50 Std.;F33.1;durchnässt
P-2020-118;Sophie Landgraf;1996;Tiefenpsychologie;F41.1;durchnässt
P-2021-009;Dennis Wübbe;1988;Verhaltenstherapie;F10.2;teilweise lesbar
P-2022-071;Ayla Korkmaz;2003;Verhaltenstherapie;F50.2;zerstört
P-2023-130;Helmut Reinecke;1952;Tiefenpsychologie;F43.1;teilweise lesbar
"""
    z = zipped([("Aktenliste_Praxis_Oezdemir.csv", csvtxt.encode("cp1252")),
                ("Lageplan_Archiv.txt", "Archivraum UG, Regale R1-R4, Wasser stand ca. 12 cm hoch.\r\n".encode("cp1252"))])
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Ingo Rehberg <rehberg@nordwerk-schadenservice.example>",
             "LW-2026-8902 Praxis Özdemir – Aktenliste für morgen", "2026-12-08 16:40", body,
             attachments=[("LW-2026-8902_Unterlagen.zip", z, ZIP)])
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-adjuster",
             "only inside the ZIP (CSV, windows-1252): psychotherapy patients with names, ICD-10 diagnoses (§ 203)")


def m086():
    body = """Hallo Lars,

für die neue Auszahlungsschnittstelle zum Kernbankensystem hier die Testfälle für die
Abnahme. Alle Personen sind fiktiv, die IBAN ist die veröffentlichte Beispiel-IBAN aus der
Bundesbank-Dokumentation bzw. bewusst falsch.

TF-01  Max Mustermann (fiktiv), Musterstraße 1, 12345 Musterstadt
       Schaden HR-TEST-000001, Betrag 1.234,56 EUR, IBAN DE02 1203 0000 0000 2020 51
       erwartet: Zahlung wird erzeugt
TF-02  Erika Musterfrau (fiktiv), Betrag 0,00 EUR
       erwartet: Abbruch "Betrag muss > 0 sein"
TF-03  Max Mustermann (fiktiv), IBAN DE02 1203 0000 0000 2020 52 (Prüfziffer falsch)
       erwartet: Abbruch "IBAN ungültig"
TF-04  Sammelzahlung an Hörwelt Alster GmbH (Dienstleister, Firmenkonto aus Stammdaten)
       erwartet: Zahlung mit Verwendungszweck "Sammelrechnung"

Bitte in der Testumgebung T2 ausführen, nicht in der Produktion.

Danke und Gruß
Jana
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Lars Kowalczyk <lars.kowalczyk@elbstrom.example>",
             "Testfälle Auszahlungsschnittstelle", "2026-10-09 13:20", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: test cases with fictitious persons and the published example IBAN")


def m087():
    body = """Dear Ms Novak,

thank you for calling us about the laptop you dropped. Before we can discuss the claim with you
by e-mail, we had to confirm your identity; the date of birth you gave on the phone
(14/03/1979) matches our records for household policy HV 40-7261158, so that's fine.

Your claim number is HR-2026-119988. Accidental damage to portable electronics is included in
your "Komfort" tariff. Please send us the repair quote from the Apple service partner; if the
repair costs more than the current value, we will pay the current value instead.

Kind regards
Daniel Okafor
International Desk
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Eva Novak <eva.novak@pragmail.example>",
             "Your laptop - HR-2026-119988", "2026-11-20 12:04", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's date of birth, household policy and claim number; no health")


def m088():
    body = """Dear Mr Fairweather,

thank you for your e-mail on behalf of your mother, Mrs Evelyn Fairweather, and the photos.

I'm sorry to hear that the water from the burst pipe in the assisted-living flat above also
reached the oxygen concentrator next to your mother's bed. As you explained, she has COPD and
needs oxygen around the clock, so the care service set up a loan device from the supplier the
same evening. That was exactly the right thing to do.

The concentrator itself belongs to her health insurer, so the supplier will claim directly
from the liable party. For your mother's own belongings (armchair, rug, bedside cabinet and
clothes) we pay under her household policy HV 40-5590471, claim HR-2026-121102. Please send
us a list of damaged items with approximate prices; receipts are not required for items
under EUR 300.

Kind regards
Fiona McAllister
International Desk
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Andrew Fairweather <a.fairweather@britpost.example>",
             "Your mother's flat - water damage HR-2026-121102", "2026-11-26 10:37", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
             "water damage in assisted-living flat: named mother's COPD, oxygen concentrator, care service")


def m089():
    body = """Dear Ms Hollis,

thank you for your enquiry for your article on dog bites in Germany.

Here is what we can share: In 2025 our customers reported 154 incidents in which their dog
injured a person, most of them minor bite wounds to hands and legs. About one in five
involved children under 14. The average payment per personal-injury dog claim was EUR 4,380.
Incidents between dogs are about three times as frequent, but much cheaper (average EUR 410).

We can't comment on individual cases or give out details of our customers or of injured
persons. For a quote, please use: "Most bites happen at home or at the garden gate, not in
the park," says Sevgi Aydın, head of personal injury claims at Elbstrom.

Best regards
Elbstrom Press Office
"""
    m = mail("Elbstrom Presse <presse@elbstrom.example>", "Jessica Hollis <jhollis@hamburg-expat-news.example>",
             "Re: Enquiry: dog bite statistics", "2026-10-06 16:50", body)
    return L(m, "NORMAL", "en", "insurer-to-partner",
             "trap: press answer with dog-bite injury statistics, no individual case")


def m090():
    body = """Hallo Herr Becker,

danke für die Rückmeldung. Wir haben die neue Bankverbindung für die Auszahlung Ihres
E-Bike-Diebstahls (Schaden FR-2026-2407, Hausrat HV 40-6618830) hinterlegt:

Kontoinhaber: Matthias Becker
IBAN: DE50 2519 0600 0715 5233 08

Die alte Verbindung bei der Sparkasse haben wir gelöscht. Die Zahlung über 2.649,00 EUR
(Neuwert Riese & Müller abzgl. 10 % SB) geht morgen raus.

Viele Grüße
Birte Hansen
Kundenservice
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Matthias Becker <matthias.becker@fahrradpost.example>",
             "AW: neue Kontoverbindung", "2026-10-29 09:55", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "e-bike theft payout: named customer's IBAN, policy/claim")


def m091():
    body = """Sehr geehrter Herr Albers,

in der Kfz-Haftpflichtsache Ihres Mandanten Herrn Sascha Pietsch (KFZ 31-604477,
Schaden KH-2026-75902) nehmen wir Bezug auf den Strafbefehl des Amtsgerichts Hamburg-
Harburg vom 28.10.2026 (Trunkenheit im Verkehr, § 316 StGB, BAK 1,4 ‰ zur Tatzeit,
Geldstrafe 40 Tagessätze, Entziehung der Fahrerlaubnis für 10 Monate), der nach Ihrer
Mitteilung rechtskräftig ist.

Bei dem Unfall am 19.07.2026 wurde zum Glück niemand verletzt; wir haben den Sachschaden an
dem geparkten Fahrzeug und der Straßenlaterne mit insgesamt 9.820,44 EUR reguliert.

Wegen der Obliegenheitsverletzung (Fahren unter Alkoholeinfluss, D.1.2 AKB) nehmen wir Ihren
Mandanten in Regress, begrenzt auf 5.000,00 EUR. Wir bitten um Zahlung bis 15.01.2027 oder
um einen Vorschlag zur Ratenzahlung.

Mit freundlichen Grüßen
Gregor Falk
Regress Kfz
"""
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "Kanzlei Dreyer & Albers <albers@dreyer-albers.example>",
             "Regress KH-2026-75902 Pietsch", "2026-11-12 14:40", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "criminal conviction (drunk driving, penalty order) of the named policyholder; nobody hurt")


def m092():
    body = """Liebe Kolleginnen und Kollegen,

am Freitag, 11.12., zieht der Schadenservice Hausrat vom 3. in den 5. Stock (Flügel Ost).
Bitte packt eure Schreibtische bis Donnerstag 16 Uhr in die bereitgestellten Umzugskisten
und beschriftet sie mit Namen und neuer Platznummer (Plan hängt in der Teeküche).

Telefonnummern bleiben gleich. Am Freitag ist die Hotline nur bis 12 Uhr besetzt,
Rückrufe bitte am Montag.

Danke!
Oliver
"""
    m = mail("Oliver Brandt <oliver.brandt@elbstrom.example>", "schaden-komposit-team@elbstrom.example",
             "Umzug Hausrat-Team am 11.12.", "2026-12-03 11:45", body, cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.5.1")
    return L(m, "NORMAL", "de", "internal", "office move organisation")


def m093():
    body = """Hallo zusammen,

wie im Teammeeting angekündigt, mein Kurzvermerk zur Verkehrssicherungspflicht im Winter –
als Grundlage für die Regulierung. Enthält nur Rechtsprechung, keine Akten.

Gregor
"""
    o = odt([
        "Vermerk: Räum- und Streupflicht – Stand der Rechtsprechung (Dezember 2026)",
        "1. Die Räum- und Streupflicht trifft grundsätzlich die Gemeinde; sie wird durch Satzung auf die Anlieger übertragen.",
        "2. Inhalt: Die Pflicht besteht nur bei allgemeiner Glätte, nicht bei vereinzelten Glättestellen (BGH, Urteil vom 12.06.2012 – VI ZR 138/11).",
        "3. Zeitlich: in der Regel werktags ab 7 Uhr, sonn- und feiertags ab 8 bzw. 9 Uhr bis 20 Uhr; bei anhaltendem Schneefall ist nicht ständig nachzustreuen.",
        "4. Beweislast: Die verletzte Person muss allgemeine Glätte und den Sturz im Pflichtzeitraum beweisen.",
        "5. Mitverschulden: ungeeignetes Schuhwerk, erkennbare Glätte – typischerweise 25 bis 50 %.",
        "6. Schmerzensgeld: Bei distalen Radiusfrakturen liegen die Beträge nach den gängigen Tabellen meist zwischen 4.000 und 9.000 EUR, bei Hüftfrakturen älterer Menschen häufig höher.",
        "Fazit: Frühzeitige Klärung der Wetterlage (DWD-Gutachten) lohnt sich.",
    ])
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "haftpflicht-schaden@elbstrom.example",
             "Vermerk Streupflicht – Rechtsprechung", "2026-12-01 16:30", body,
             attachments=[("Vermerk_Streupflicht_2026-12.odt", o, ODT)])
    return L(m, "NORMAL", "de", "internal",
             "trap: ODT legal memo on gritting duty, fractures and pain-and-suffering ranges, no case")


def m094():
    body = """Dear Ms Petrakis,

I hope you're feeling better. Thank you for sending the police report on the robbery at the
S-Bahn station Sternschanze on 17 November.

Robbery (Raub) is covered under your household policy HV 40-3388104, claim HR-2026-120210.
We can replace your handbag, purse, mobile phone and the cash (up to EUR 500). Your prescription
glasses, which broke when you fell, are also covered.

You mentioned that you were treated at the emergency department for a sprained wrist and
bruises. Please note that your household policy does not cover medical costs; those go to your
health insurer. If the robber is identified, your health insurer can claim against him.

Kind regards
Daniel Okafor
International Desk
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Eleni Petrakis <eleni.petrakis@aegeanmail.example>",
             "Robbery 17 November - your claim HR-2026-120210", "2026-11-25 15:19", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's injuries (sprained wrist, bruises), emergency treatment, prescription glasses")


def m095():
    body = """Sehr geehrte Frau Demir,

vielen Dank für Ihren Antrag zur Kfz-Versicherung für Ihren neuen Hyundai Kona. Wir haben die
Übertragung des Schadenfreiheitsrabatts von Ihrem Vater, Herrn Ali Demir, auf Sie geprüft.

Versicherungsnehmerin: Elif Demir, geb. 11.09.1998
Vertrag: KFZ 31-911204, eVB-Nummer 7KQ2M9T
übertragene SF-Klasse: SF 9 (Ihr Vater verbleibt mit SF 0)

Voraussetzung war, dass Sie das Fahrzeug Ihres Vaters in den letzten Jahren regelmäßig
gefahren sind – das hat er mit seiner Unterschrift bestätigt. Die Police geht Ihnen in den
nächsten Tagen per Post zu.

Mit freundlichen Grüßen
Kfz-Vertragsservice
Elbstrom Versicherung AG
"""
    m = mail("Kfz-Vertragsservice <kfz-vertrag@elbstrom.example>", "Elif Demir <elif.demir@studentmail.example>",
             "Ihre Kfz-Versicherung – SF-Übertragung", "2026-10-22 10:18", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "motor contract: named customer's birth date, eVB, contract, father's no-claims class")


def m096():
    body = """Hi Oliver,

here's the claims KPI dashboard for Q3, household and liability only. Nothing unusual apart
from the longer cycle time in personal injury (medical reports take longer since the summer).

KPI                                       Q2 2026   Q3 2026   Target
Claims notified (household)                 9,842    10,411        -
First contact within 24 h                    91 %      89 %     90 %
Average cycle time, property only (days)     17.4      16.9     18.0
Average cycle time, personal injury (days)    142       163      150
Share of claims via portal                   38 %      41 %     40 %
Complaints per 1,000 claims                   3.1       2.8      3.0

Best
Priya
"""
    m = mail("Priya Raman <priya.raman@elbstrom.example>", "Oliver Brandt <oliver.brandt@elbstrom.example>",
             "Claims KPI dashboard Q3", "2026-10-12 09:05", body)
    return L(m, "NORMAL", "en", "internal",
             "trap: KPI dashboard mentioning personal injury cycle times, aggregates only")


def m097():
    body = """Sehr geehrte Frau Hinrichsen,

vielen Dank für die Unfallmeldung zu Ihrem Einsatzfahrzeug HH-PD 2044 (Flottenvertrag
KFZ-F 90-00318, Versicherungsnehmerin Pflegedienst Hinrichsen & Partner GmbH).

Nach Ihrer Schilderung ist Ihre Mitarbeiterin am 30.11. auf dem Weg zur Tagespflege an einer
Ampel vom nachfolgenden Fahrzeug angefahren worden. Im Fahrzeug saß die Patientin
Frau Erna Schlüter (91, Pflegegrad 4), die bei dem Aufprall mit dem Kopf gegen die Nackenstütze
schlug und danach über Schwindel klagte. Sie wurde zur Abklärung ins AK Harburg gebracht;
dort wurde eine Gehirnerschütterung ausgeschlossen, sie blieb aber wegen ihrer
Blutverdünnung (Marcumar) eine Nacht zur Beobachtung.

Da der Unfallgegner allein verantwortlich ist, werden die Ansprüche von Frau Schlüter über
dessen Haftpflichtversicherer abgewickelt. Bitte geben Sie ihren Angehörigen unsere Daten
nur mit ihrem Einverständnis weiter. Ihren Fahrzeugschaden regulieren wir unter KF-2026-62802.

Mit freundlichen Grüßen
Malte Grünewald
Kfz-Flotte
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Pflegedienst Hinrichsen <g.hinrichsen@pflegedienst-hinrichsen.example>",
             "Unfall HH-PD 2044 am 30.11. – KF-2026-62802", "2026-12-02 13:52", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "fleet claim of a care service: named patient, care level 4, head injury check, anticoagulant, hospital")


def m098():
    body = """Sehr geehrte Frau Hinrichsen,

zum zweiten Schaden in diesem Monat (HH-PD 2051, Parkschaden auf dem Parkplatz Eißendorfer
Pferdeweg, KF-2026-62845): Ihr Mitarbeiter hat beim Ausparken einen Poller touchiert, niemand
verletzt, keine Fahrgäste an Bord. Den Kaskoschaden über 1.480 EUR abzgl. 500 EUR SB zahlen
wir an die Werkstatt.

Wir möchten mit Ihnen im Januar über die Schadenquote Ihres Flottenvertrags (2026 bisher
112 %) sprechen. Passen Ihnen der 12. oder 14.01. für einen Termin bei Ihnen im Büro?

Mit freundlichen Grüßen
Malte Grünewald
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Pflegedienst Hinrichsen <g.hinrichsen@pflegedienst-hinrichsen.example>",
             "Parkschaden HH-PD 2051 und Termin Januar", "2026-12-08 10:11", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-company",
             "company fleet claim with named contact, nobody hurt, loss ratio")


def m099():
    body = """Liebe Vermieterinnen und Vermieter,

mit der Haus- und Grundbesitzerhaftpflicht von Elbstrom sind Sie abgesichert, wenn auf Ihrem
Grundstück jemand zu Schaden kommt – etwa wenn ein Mieter auf der vereisten Außentreppe
stürzt, ein Dachziegel einen Passanten trifft oder ein Besucher im dunklen Treppenhaus
stolpert.

Leistungen im Überblick:
- Deckungssumme 15 Mio. EUR pauschal für Personen- und Sachschäden
- Abwehr unberechtigter Ansprüche, auch vor Gericht
- Mitversichert: beauftragte Hausmeister- und Winterdienste
- Beitrag ab 69 EUR im Jahr für ein Mehrfamilienhaus bis 6 Wohnungen

Jetzt online abschließen: https://www.elbstrom.example/hug

Elbstrom Versicherung AG
"""
    m = mail("Elbstrom Produktinfo <produktinfo@elbstrom.example>", "vermieter-info@lists.elbstrom.example",
             "Wenn Ihr Mieter auf der Treppe stürzt – sind Sie abgesichert?", "2026-11-12 07:30", body)
    return L(m, "NORMAL", "de", "newsletter",
             "trap: product advertising with injury examples, no person")


def m100():
    body = """Dear Mr Chatterjee,

As the owner of the house at Osterstraße 117, you asked us whether your landlord's liability
policy (HUG 88-20417) will cover the claim of your tenant, Ms Bettina Kraus.

Ms Kraus slipped on the icy outside stairs to the basement on 28 November and, according to
the letter from her lawyer, tore a ligament in her right knee, which was operated on
arthroscopically at the Sportklinik. She is on crutches and can't work as a nurse for at least
ten weeks. Her lawyer is asking for pain and suffering, loss of earnings and household help.

Yes, this is covered. Because your caretaker company is contractually responsible for gritting
the stairs, we will first check whether it was at fault and may claim from its insurer. Please
send us the caretaker contract. Claim reference: HU-2026-0317.

Kind regards
Sevgi Aydın
Liability Claims
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Rajiv Chatterjee <rajiv.chatterjee@bengalnet.example>",
             "Your tenant's fall on the basement stairs - HU-2026-0317", "2026-12-07 09:26", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "named tenant's torn knee ligament, surgery, sick leave (landlord's liability claim)")


def m101():
    body = """Dear Mr Nakamura,

thank you for your interest in our household insurance. You asked whether hearing aids and
glasses are covered.

In our standard household policy, hearing aids and glasses are covered like all other
belongings against burglary, fire and water damage at home. Loss or accidental damage outside
the home – which is the most common case – is only covered with our "Hilfsmittel unterwegs"
module (EUR 4.90 per month). It also includes wheelchairs, mobility scooters and insulin pumps.
There are no health questions when you apply.

You can calculate your premium at https://www.elbstrom.example/en/household or call us on
+49 40 3344-2290.

Kind regards
Elbstrom International Desk
"""
    m = mail("Elbstrom International Desk <international-desk@elbstrom.example>", "Kenji Nakamura <kenji.nakamura@tokyo-box.example>",
             "Re: Does household insurance cover hearing aids?", "2026-10-27 11:40", body)
    return L(m, "NORMAL", "en", "insurer-to-prospect",
             "trap: prospect's general product question answered with generic text, no contract or health data of the person")


def m102():
    body = """Dear Fiona,

please find attached my report on the storm damage at the Morrison property.

Summary: On 31 October a section of the roof (approx. 14 m² of clay tiles) at the insured
house, Heideweg 3, 21224 Rosengarten, was lifted by gusts of 96 km/h (DWD report attached to
the full file). Rain entered the attic, the insulation is wet, the rooms below are dry.
Nobody was hurt. The roofer's quote (EUR 7,420.00 gross) is reasonable. No evidence of poor
maintenance.

Recommendation: settle under buildings policy WG 71-118 4420 (Mr Alistair and Mrs Fenna
Morrison), claim WG-2026-44012, less the excess of EUR 250.

Kind regards
Hannah Whitcombe
Clearwater Adjusting Ltd
"""
    d = docx([
        "# Loss adjuster's report WG-2026-44012",
        "Insured: Alistair and Fenna Morrison, Heideweg 3, 21224 Rosengarten",
        "Policy: WG 71-118 4420 (buildings), excess EUR 250",
        "Date of loss: 31 October 2026 (storm 'Ylva'), inspection 6 November 2026",
        "Damage: 14 m² of clay roof tiles lifted, wet insulation in attic, no damage to living rooms. No injuries.",
        "Cause: storm, wind speed 96 km/h at the nearest DWD station (Hamburg-Finkenwerder).",
        "Quote: Dachdecker Meinke GmbH, EUR 7,420.00 gross, reasonable.",
        "Recommendation: settle EUR 7,170.00.",
    ])
    intro = """Jana, Hannah's report on the Morrison roof below, please pay as recommended.
Fiona

-------- Original Message --------
From: Hannah Whitcombe <h.whitcombe@clearwater-adjusting.example>
Date: 09/11/2026 17:12
Subject: Report WG-2026-44012 Morrison

"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Jana Petersen <jana.petersen@elbstrom.example>",
             "FW: Report WG-2026-44012 Morrison", "2026-11-10 08:47", intro + body,
             attachments=[("Report_WG-2026-44012.docx", d, DOCX)])
    return L(m, "CONFIDENTIAL", "en", "adjuster",
             "forwarded adjuster report on storm damage: named insured couple, address, policy; nobody hurt")


def m103():
    body = """Hallo zusammen,

die Ergebnisse der Zufriedenheitsbefragung nach Schadenabschluss (Hausrat/Haftpflicht,
Juli–September, n = 1.284) sind da:

Gesamtzufriedenheit (1–5):                          4,1  (Vorquartal 4,0)
"Bearbeitung war schnell":                          78 % Zustimmung
"Ich wurde verständlich informiert":                83 %
Personenschäden (n = 61): Gesamtzufriedenheit 3,4

Freitext-Highlights (anonymisiert):
- "Sehr einfühlsam, als es um die Hörgeräte meiner Mutter ging."
- "Drei Wochen auf Antwort zum Sturz meiner Nachbarin gewartet, das ist zu lang."
- "Der Gutachter war super."

Die vollständige Auswertung liegt im Teams-Kanal Qualität.

Viele Grüße
Birte
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "schaden-komposit-team@elbstrom.example",
             "Kundenbefragung Q3 – Ergebnisse", "2026-10-20 14:00", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: survey results with anonymised free-text about hearing aids and a fall")


def m104():
    body = """Sehr geehrter Herr Kallweit,

wir sind der Kfz-Haftpflichtversicherer des Fahrzeugs HH-RL 6630, das am 21.11. in der
Bramfelder Straße Ihren Blindenführhund "Aiko" beim Überqueren des Zebrastreifens erfasst hat.
Es tut uns leid, dass Sie diesen Schreck erleben mussten, und wir freuen uns, dass Sie selbst
unverletzt blieben.

Nach dem Bericht der Tierklinik hat Aiko eine Fraktur des linken Vorderlaufs und fällt als
Führhund für mehrere Monate aus. Da Sie als vollständig erblindeter Mensch auf ihn
angewiesen sind, übernehmen wir:

- die Tierarztkosten (bisher 3.214,80 EUR),
- die Kosten für Begleitung durch eine Assistenz bzw. Fahrdienste, bis Aiko wieder arbeiten
  kann oder ein Ersatzhund eingearbeitet ist,
- gegebenenfalls die Ausbildungskosten eines Ersatzhundes, soweit Ihre Krankenkasse diese
  nicht trägt.

Unser Zeichen: KH-2026-77301

Mit freundlichen Grüßen
Malte Grünewald
Kfz-Haftpflicht
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Bernhard Kallweit <b.kallweit@barrierefrei-mail.example>",
             "Unfall Ihres Führhundes Aiko – KH-2026-77301", "2026-11-27 15:15", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-third-party",
             "guide dog injured: reveals the named claimant's blindness (health); animal injury")


def m105():
    body = """Sehr geehrter Herr Paulsen,

danke für die schnelle Antwort. Dann halten wir fest: Ursache war der undichte Siphon unter
der Spüle in der Wohnung Ihres Mieters, Herrn Ole Frerking (2. OG), das Wasser ist in die
Küche von Frau Marlies Stoltenberg (1. OG) gelaufen. Niemand wurde verletzt.

Herr Frerking ist bei uns privathaftpflichtversichert (PHV 22 470 281), der Schaden läuft
unter PH-26-0451733. Wir übernehmen den Schaden am Hausrat von Frau Stoltenberg; für die
Gebäudeschäden (Decke, Küchenarbeitsplatte als Einbauküche des Vermieters) wenden Sie sich
bitte an Ihren Wohngebäudeversicherer.

Mit freundlichen Grüßen
Sevgi Aydın

> Am 02.12.2026 um 17:41 schrieb Hausverwaltung Paulsen:
> Sehr geehrte Frau Aydın,
> der Installateur war heute da. Es war der Siphon bei Herrn Frerking, nicht die Steigleitung.
> Frau Stoltenberg fragt, wann jemand wegen ihrer Küche kommt.
> Mit freundlichen Grüßen
> Jens Paulsen, Hausverwaltung Paulsen, Eilbeker Weg 14
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Hausverwaltung Paulsen <paulsen@hv-paulsen.example>",
             "AW: Wasserschaden Eilbeker Weg 14 – Ursache", "2026-12-03 09:08", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-company",
             "water damage between tenants, nobody hurt; named insured and neighbour, policy/claim")


def m106():
    body = """Dear Ms Lindner,

thank you for the translation of our 14 claim letter templates into English (order PO
4500183502). We have checked the invoice no. LT-2026-1187 (EUR 2,184.00 net) and approved it
for payment to your company account.

Legal asked us to make one correction in the template "Request for medical release form": please
translate "Schweigepflichtentbindung" as "consent to the release of medical information"
rather than "waiver of confidentiality". No need for a new invoice.

Best regards
Tobias Riedel
Procurement
"""
    m = mail("Tobias Riedel <tobias.riedel@elbstrom.example>", "Lindner Translations GmbH <office@lindner-translations.example>",
             "PO 4500183502 - invoice approved, one correction", "2026-10-30 15:33", body)
    return L(m, "NORMAL", "en", "insurer-to-supplier",
             "trap: supplier invoice approval for translating templates incl. medical release form, no person")


def m107():
    orig_body = """Dear Ms Aydın,

We act for Mr Thomas Reilly, who was bitten by your policyholder's German shepherd while
jogging on the Alsterwanderweg on 3 October 2026.

Our client suffered deep puncture wounds to his left thigh, which became infected and required
surgical debridement and a five-day stay at the Marienkrankenhaus, followed by outpatient wound
care for four weeks. He has been diagnosed with post-traumatic stress symptoms and is now
in therapy; he has not been able to run since.

We claim EUR 8,000 in pain and suffering, EUR 2,640 loss of earnings and his out-of-pocket
expenses (schedule attached to our letter by post).

Yours sincerely
Claire Dubois
Dubois Legal, Hamburg
"""
    orig = inner("Claire Dubois <c.dubois@dubois-legal.example>", "Sevgi Aydın <sevgi.aydin@elbstrom.example>",
                 "Reilly ./. Hartung - dog bite 3 October - your ref. TH-2026-5401", "2026-11-20 10:11", orig_body)
    body = """Gregor, the Reilly claim – lawyer's e-mail attached. Over my authority, can you take it?

Sevgi
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Gregor Falk <gregor.falk@elbstrom.example>",
             "Fwd: Reilly ./. Hartung - dog bite", "2026-11-20 11:30", body,
             attachments=[("rfc822", orig)])
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "lawyer",
             "forwarded message/rfc822: named jogger's bite wounds, infection, surgery, hospital, PTSD therapy")


def m108():
    body = """Liebe Kolleginnen und Kollegen,

wegen eines Wasserrohrbruchs in der Decke ist der Bereich 3. OG West (Räume 3.20 bis 3.26)
bis voraussichtlich 18.12. gesperrt. Betroffen ist auch das Sprechzimmer unseres
Betriebsärztlichen Dienstes.

Die Sprechstunde der Betriebsärztin findet in dieser Zeit in Raum 1.08 (EG) statt. Bereits
vereinbarte Termine (Grippeimpfung, Bildschirmarbeitsplatz-Untersuchung) bleiben bestehen.
Die Unterlagen im Sprechzimmer waren in abgeschlossenen Schränken und sind nicht nass
geworden.

Facility Management
Elbstrom Versicherung AG
"""
    m = mail("Facility Management <facility@elbstrom.example>", "alle@elbstrom.example",
             "Wasserschaden 3. OG West – Betriebsarzt zieht vorübergehend um", "2026-12-04 08:05", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: water damage in own building affecting the company doctor's room, no person's data")


def m109():
    body = """Dear Mr Whitlock,

thanks for checking in on your client's claim. Here is the current status:

Client: Mrs Isobel Grant, private liability PHV 22 813 209
Claim: PH-26-0447720 – red wine spilled on the neighbour's sofa at a dinner party (the
neighbour, Mr Jens Harder, has sent two cleaning quotes). Nobody was hurt, obviously.

The specialist cleaner's quote (EUR 340) is approved; if the stain doesn't come out, we'll pay
the current value of the cover (sofa bought 2019). I expect to close it before Christmas.

Best regards
Daniel Okafor
International Desk
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Oscar Whitlock <oscar@whitlock-brokers.example>",
             "RE: Mrs Grant - status PH-26-0447720", "2026-12-02 11:56", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-broker",
             "broker status request: named client and neighbour, policy/claim; nobody hurt")


def m110():
    body = """Sehr geehrte Frau Dr. Voss,

anbei der Bericht unseres Sachverständigen zum Schadenfall in Ihrer Wohnanlage
Rübenkamp 40–44 (Haus- und Grundbesitzerhaftpflicht der WEG Rübenkamp, HUG 88-30155).

Bitte leiten Sie ihn an den Verwaltungsbeirat weiter. Wir melden uns nach Rücksprache mit der
Geschädigten bzw. deren Anwalt zur Regulierung.

Mit freundlichen Grüßen
Sevgi Aydın
Haftpflicht-Schaden
"""
    d = docx([
        "# Sachverständigenbericht HU-2026-0301",
        "Auftraggeber: Elbstrom Versicherung AG. Versicherungsnehmerin: WEG Rübenkamp 40–44, vertreten durch Verwaltung Dr. Voss Immobilien.",
        "Schadentag: 24.11.2026, ca. 7:15 Uhr. Ort: gepflasterter Innenhof zwischen Haus 42 und Müllplatz.",
        "Geschädigte: Frau Dagmar Ehlers, Mieterin Haus 42, geb. 1958.",
        "Hergang: Die Geschädigte rutschte auf einer überfrorenen Pfütze aus. Der Winterdienst war laut Streubuch erst um 8:30 Uhr vor Ort.",
        "Verletzungen laut Entlassungsbericht Klinikum Nord: Sprunggelenksfraktur rechts (Weber B), operative Versorgung am 25.11., Entlassung am 30.11., Teilbelastung mit Unterarmgehstützen für 6 Wochen.",
        "Bewertung: Die Streupflicht war übertragen; Auswahl- und Kontrollpflicht der WEG prüfen.",
    ])
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Dr. Voss Immobilien <voss@voss-immobilien.example>",
             "HU-2026-0301 Sachverständigenbericht", "2026-12-05 10:44", body,
             attachments=[("Bericht_HU-2026-0301.docx", d, DOCX)])
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "only in the DOCX: named tenant's ankle fracture, surgery, hospital dates (fall in courtyard)")


def m111():
    body = """Sehr geehrte Damen und Herren,

die Elbstrom Versicherung AG schreibt für 2027–2029 Rahmenverträge für
Sachverständigenleistungen in den Sparten Hausrat, Wohngebäude und Haftpflicht aus.

Los 1: Leitungswasser- und Brandschäden Hamburg/Schleswig-Holstein
Los 2: Einbruchdiebstahl, gewerbliche Risiken (u. a. Arztpraxen, Apotheken)
Los 3: Haftpflicht mit Personenschaden (medizinische Gutachten werden separat vergeben)

Anforderungen: öffentliche Bestellung oder Zertifizierung nach DIN EN ISO/IEC 17024,
Berufshaftpflicht mind. 2 Mio. EUR, Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO
(auch für Gesundheitsdaten von Geschädigten), Berichte innerhalb von 10 Arbeitstagen.

Die Unterlagen erhalten Sie über unser Lieferantenportal, Frist für Angebote: 15.01.2027.

Mit freundlichen Grüßen
Tobias Riedel
Einkauf
"""
    m = mail("Tobias Riedel <tobias.riedel@elbstrom.example>", "sachverstaendige-ausschreibung@lists.elbstrom.example",
             "Ausschreibung Sachverständigenleistungen 2027–2029", "2026-11-25 09:00", body)
    return L(m, "NORMAL", "de", "insurer-to-supplier",
             "trap: tender for loss adjusters mentioning practices, pharmacies, health data of claimants")


def m112():
    body = """Guten Tag Herr Schimmelpfennig,

Ihre eVB-Nummer für die Zulassung des neuen Fahrzeugs lautet: 9FRT4XQ

Versicherungsnehmer: Knut Schimmelpfennig, geb. 03.04.1961
Anschrift: Lange Reihe 77, 23843 Bad Oldesloe
Fahrzeug: Mercedes-Benz B 200, FIN wird bei Zulassung übermittelt
Tarif: Kfz-Haftpflicht + Vollkasko, SF 25, Fahrerkreis: VN und Ehepartnerin

Die eVB ist 6 Monate gültig. Der Vertrag beginnt mit dem Tag der Zulassung.

Mit freundlichen Grüßen
Kfz-Vertragsservice
"""
    m = mail("Kfz-Vertragsservice <kfz-vertrag@elbstrom.example>", "Knut Schimmelpfennig <knut.s@oldesloe-net.example>",
             "Ihre eVB-Nummer", "2026-10-02 14:26", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "eVB with named customer's birth date and address")


def m113():
    body = """Dear Mr and Mrs Oyelaran,

thank you for your letter about the incident at the Grundschule Rothestraße on 12 November,
when a classmate of your son Tobi knocked his glasses off during a game and stepped on them.

The classmate's parents are insured with us for private liability (claim PH-26-0450290). We
accept the claim. From the optician's invoice, Tobi's glasses have special lenses and an
occlusion patch holder because he is being treated for amblyopia ("lazy eye") at the eye clinic,
so they are more expensive than standard children's glasses. We will pay the full invoice of
EUR 389.00 less the subsidy from your health insurer (EUR 86.00), i.e. EUR 303.00.

Please let us know your bank details.

Kind regards
Sevgi Aydın
Liability Claims
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Folake Oyelaran <folake.oyelaran@lagos-hh-mail.example>",
             "Tobi's glasses - school incident 12 November", "2026-11-23 14:33", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-third-party",
             "named child's amblyopia treatment and glasses (aid), eye clinic")


def m114():
    text = """ELBSTROM EXPAT LETTER – November 2026

Liability insurance in Germany: why (almost) everyone has it

Private liability insurance ("Privathaftpflicht") is not compulsory in Germany, but about 85 %
of households have it. Under German law you are liable without limit for damage you cause
negligently – from a broken vase at a friend's flat to a cyclist you knock over.

What does it pay? Property damage, financial loss and personal injury to others: medical
costs not covered by their health insurer, pain and suffering, loss of earnings, even a
lifelong pension after a serious injury.

What doesn't it cover? Your own injuries (that's health or accident insurance), damage caused
with a car or e-scooter (motor insurance), and anything you did on purpose.

Questions? Our International Desk speaks English: +49 40 3344-2290.
"""
    html = """<html><body>
<h2>ELBSTROM EXPAT LETTER &ndash; November 2026</h2>
<h3>Liability insurance in Germany: why (almost) everyone has it</h3>
<p>Private liability insurance (&quot;Privathaftpflicht&quot;) is not compulsory in Germany, but about 85&nbsp;% of households have it.
Under German law you are liable without limit for damage you cause negligently &ndash; from a broken vase at a friend's flat to a cyclist you knock over.</p>
<table border="1" cellpadding="4"><tr><th>Covered</th><th>Not covered</th></tr>
<tr><td>Property damage to others</td><td>Your own injuries</td></tr>
<tr><td>Personal injury to others: medical costs, pain and suffering, loss of earnings</td><td>Cars and e-scooters</td></tr>
<tr><td>Financial loss</td><td>Intentional damage</td></tr></table>
<p>Questions? Our International Desk speaks English: +49 40 3344-2290.</p>
</body></html>"""
    m = mail("Elbstrom Expat Letter <newsletter@elbstrom.example>", "expat-letter@lists.elbstrom.example",
             "Expat Letter: liability insurance explained", "2026-11-16 07:00", text, html=html)
    return L(m, "NORMAL", "en", "newsletter",
             "trap: newsletter explaining injury cover in general, multipart/alternative with table")


def m115():
    body = """Sehr geehrter Herr Dr. Lindemann,

zu Ihrer Meldung: Die Glasscheibe der Eingangstür Ihrer Zahnarztpraxis in der
Dorfstraße 12, 22941 Bargteheide, ist am Montag gegen 6 Uhr beim Öffnen durch die
Reinigungskraft gesprungen (Spannungsriss). Niemand wurde verletzt.

Versicherungsnehmer: Dr. med. dent. Ulf Lindemann (Einzelpraxis)
Glasversicherung GL 80-31440, Schaden GL-2026-1961

Wir übernehmen die Kosten der Neuverglasung mit Sicherheitsglas laut Angebot der Glaserei
Timm über 1.188,60 EUR. Bitte senden Sie uns nach Einbau die Rechnung.

Mit freundlichen Grüßen
Ihr Elbstrom Schadenservice Sach
"""
    m = mail("Schadenservice Sach <sach-schaden@elbstrom.example>", "Praxis Dr. Lindemann <praxis@zahnarzt-lindemann.example>",
             "Glasschaden Eingangstür – GL-2026-1961", "2026-11-04 16:18", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "glass breakage at a dentist's single practice (natural person), nobody hurt, no patient data")


def m116():
    body = """Hallo Sevgi,

die Einrichtung hat uns den Hergang geschrieben (unten). Ich halte eine Haftung unserer VN
für schwierig – die Frage ist, ob die Bewohnerin überhaupt deliktsfähig ist. Magst du
draufschauen?

Jana

-------- Weitergeleitete Nachricht --------
Betreff: Wasserschaden Haus Lindenhain, App. 14 und 9
Datum: Mon, 7 Dec 2026 14:02:11 +0100
Von: Einrichtungsleitung Haus Lindenhain <leitung@haus-lindenhain.example>
An: schaden@elbstrom.example

Sehr geehrte Damen und Herren,

unsere Bewohnerin Frau Irmgard Pahl (App. 14, bei Ihnen privathaftpflichtversichert,
PHV 22 118 093) hat am Samstagabend im Bad den Wasserhahn laufen lassen und den Abfluss mit
einem Handtuch verstopft. Frau Pahl ist an einer mittelschweren Alzheimer-Demenz erkrankt
und hat Pflegegrad 4; sie wird von ihrem Betreuer, Herrn RA Könnecke, vertreten.

Das Wasser ist in das darunterliegende Appartement 9 von Herrn Werner Gosch gelaufen, dessen
Teppich, Bett und Fernseher beschädigt sind. Herr Gosch möchte seinen Schaden ersetzt haben.

Mit freundlichen Grüßen
Astrid Brüning, Einrichtungsleitung
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Sevgi Aydın <sevgi.aydin@elbstrom.example>",
             "WG: Wasserschaden Haus Lindenhain, App. 14 und 9", "2026-12-08 08:31", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "company",
             "inline forward from care home: named resident's Alzheimer's dementia, care level 4, legal guardian")


def m117():
    body = """Hallo Birte,

hier mein Entwurf für die Pressemitteilung zum ersten Frost, bitte einmal gegenlesen.
Zahlen sind aus dem Monatsreport, alles aggregiert.

---
ENTWURF – Sperrfrist: bei Wetterlage

Glatteis: Jeder dritte Sturz vor der Haustür endet mit einem Knochenbruch

Hamburg. Mit den ersten Frostnächten steigt die Zahl der Haftpflichtschäden durch Stürze auf
glatten Gehwegen. Im vergangenen Winter regulierte die Elbstrom Versicherung 1.655 solcher
Fälle, im Durchschnitt mit 5.480 Euro. In etwa jedem dritten Fall wurde ein Bruch – meist des
Handgelenks oder Sprunggelenks – gemeldet; besonders betroffen sind Menschen über 65.

"Wer streut, schützt nicht nur Passanten, sondern auch sich selbst vor teuren Forderungen",
sagt Sevgi Aydın, Leiterin Personenschaden.
---

Gruß
Presseteam
"""
    m = mail("Elbstrom Presse <presse@elbstrom.example>", "Birte Hansen <birte.hansen@elbstrom.example>",
             "Entwurf PM Glatteis – bitte gegenlesen", "2026-11-27 12:20", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: draft press release with fracture statistics, aggregates only")


def m118():
    body = """Dear Mr Bauer,

thank you for the photos. So your son's drone lost its signal and came down on the glass roof
of your neighbour's greenhouse at Föhrenweg 9, breaking two panes. Nobody was in the greenhouse
and nobody was hurt.

Drones under 250 g are included in your private liability policy PHV 22 567 302, so this is
covered (claim PH-26-0449955). Please give your neighbour, Mrs Heike Rademacher, our claim
number; she can send the glazier's invoice to us directly.

One more thing: please register the drone with the Luftfahrt-Bundesamt if you haven't yet –
it's required for drones with a camera.

Kind regards
Daniel Okafor
International Desk
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Sebastian Bauer <sebastian.bauer@alpenpost.example>",
             "Drone vs. greenhouse - PH-26-0449955", "2026-10-05 10:41", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "neighbour claim (drone on greenhouse), nobody hurt; named customer and neighbour, policy/claim")


def m119():
    body = """Hi Lars,

for the portal API regression suite, here is the JSON test case for the "claim with third party"
endpoint. Data is made up; the IBAN is the published example IBAN from the ISO 13616 / SWIFT
registry examples, so the validator accepts it but no real account is involved.

Malte
"""
    js = """{
  "testCase": "TC-CLAIM-TP-007",
  "policyholder": {"name": "Jane Doe (fictitious)", "policyNo": "TEST-00000000"},
  "thirdParty": {"name": "John Roe (fictitious)", "iban": "GB29 NWBK 6016 1331 9268 19"},
  "incident": {"type": "parking_damage", "injuredPersons": 0, "description": "fictitious test - bumper scratch"},
  "expected": {"httpStatus": 201, "routing": "motor-property"}
}
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Lars Kowalczyk <lars.kowalczyk@elbstrom.example>",
             "Test case TC-CLAIM-TP-007 for portal API", "2026-10-19 10:03", body,
             attachments=[("TC-CLAIM-TP-007.json", js.encode("utf-8"), "application/json")])
    return L(m, "NORMAL", "en", "internal",
             "trap: API test case with fictitious persons and the published example IBAN")


def m120():
    body = """Dear Mrs Henderson,

thank you for telling us about your husband's accident with his mobility scooter outside the
pharmacy in Rissen on 26 November.

As we understand it, Mr Henderson's scooter rolled forward when he reached for the brake, and
he hit a pedestrian, Ms Karin Voß, who fell and bruised her hip; she was checked at her GP
and has not claimed more than her taxi costs so far. Mr Henderson himself was not hurt but
has been very shaken. You mention that his Parkinson's disease has progressed and that his
neurologist is now advising him to stop using the scooter.

Injuries to Ms Voß are covered by your joint private liability policy PHV 22 206 645 (claim
PH-26-0452004), since the scooter's top speed is 6 km/h. We will contact Ms Voß directly.

With kind regards
Fiona McAllister
International Desk
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Margaret Henderson <m.henderson@scotnet-mail.example>",
             "Mobility scooter accident 26 November - PH-26-0452004", "2026-12-01 14:58", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "named husband's Parkinson's disease, neurologist's advice; pedestrian's hip bruise")


def m121():
    body = """Hallo Team Personenschaden,

anbei die Unterlage für die Schulung am 14.01. zum Reha-Management. Die Fälle darin sind
konstruiert bzw. so verfremdet, dass niemand erkennbar ist.

Gregor
"""
    d = docx([
        "# Reha-Management in der Haftpflicht – Schulung Januar 2027",
        "Ziel: Schwer verletzte Geschädigte früh in die richtige Behandlung bringen – das verkürzt die Heilung und senkt den Schaden.",
        "Wann Reha-Dienst einschalten? Schädel-Hirn-Trauma, Polytrauma, Amputationen, Querschnitt, komplexe Frakturen älterer Menschen.",
        "Beispiel (konstruiert): Eine Radfahrerin Mitte 40 wird von einem Pkw erfasst, Beckenfraktur. Reha-Dienst organisiert nach 3 Wochen die Anschlussheilbehandlung und später den Umbau des Bades. Ergebnis: Rückkehr in den Beruf nach 7 statt 12 Monaten.",
        "Wichtig: Die verletzte Person muss zustimmen; ohne Schweigepflichtentbindung keine Gespräche mit Ärzten.",
    ])
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "team-personenschaden@elbstrom.example",
             "Schulungsunterlage Reha-Management 14.01.", "2026-12-09 13:40", body,
             attachments=[("Schulung_Reha-Management_2027.docx", d, DOCX)])
    return L(m, "NORMAL", "de", "internal",
             "trap: training document with constructed injury example, no identifiable person")


def m122():
    body = """Hallo Frau Kaminski,

der Marderbiss an Ihrem Fahrzeug HL-KA 318 ist über Ihre Teilkasko (KFZ 31-300158) versichert,
einschließlich der Folgeschäden bis 3.000 EUR. Die Rechnung der Werkstatt Auto Hamann über
687,40 EUR (Zündkabel, Kühlwasserschlauch, Dämmmatte) erstatten wir Ihnen abzüglich der
Selbstbeteiligung von 150 EUR.

Auszahlung: 537,40 EUR auf IBAN DE96 2004 1152 0630 9188 42 (Kontoinhaberin Janina Kaminski)
Schaden-Nr.: KF-2026-61433

Ein Marderschutz (Ultraschallgerät) wird übrigens nicht erstattet, aber wir empfehlen ihn.

Viele Grüße
Kfz-Schadenservice
"""
    m = mail("Kfz-Schadenservice <kfz-schaden@elbstrom.example>", "Janina Kaminski <janina.kaminski@luebeck-mail.example>",
             "Marderbiss – Erstattung KF-2026-61433", "2026-10-08 11:20", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "marten damage payout: named customer, plate, contract, IBAN")


def m123():
    body = """Sehr geehrte Frau Kasch,

wir sind der Haftpflichtversicherer von Herrn Uwe Wittkamp, vor dessen Haus Sie am 03.12.2026
gestürzt sind. Wir wünschen Ihnen zunächst gute Besserung.

Nach unseren Informationen wurden Sie nach dem Sturz im Krankenhaus Norderstedt wegen einer
Schulterluxation rechts mit Abriss des Tuberculum majus behandelt und operiert. Damit wir Ihre
Ansprüche auf Schmerzensgeld und Verdienstausfall prüfen können, benötigen wir:

1. die beigefügte Schweigepflichtentbindung für das Krankenhaus Norderstedt und Ihre
   Hausärztin Frau Dr. Anke Brüggemann, unterschrieben,
2. Ihre Arbeitsunfähigkeitsbescheinigungen,
3. eine Bescheinigung Ihres Arbeitgebers über das Nettoeinkommen der letzten drei Monate.

Unser Zeichen: PH-26-0452219

Mit freundlichen Grüßen
Sevgi Aydın
Personenschaden Haftpflicht
Elbstrom Versicherung AG
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Yvonne Kasch <yvonne.kasch@nordpost-mail.example>",
             "Ihr Sturz am 03.12.2026 – PH-26-0452219", "2026-12-09 15:07", body, cte="base64")
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-third-party",
             "base64 body: named injured woman's shoulder dislocation, surgery, GP, medical release request")


def m124():
    body = """Dear colleagues,

planned maintenance of the claims system "Kompass":

Saturday, 12 December 2026, 18:00 - Sunday, 13 December, 06:00

During this window the claims portal will show a maintenance page, and the document upload
will be unavailable. Payment runs are not affected (last run Saturday 14:00).

IT Claims Systems
"""
    m = mail("IT Claims Systems <it-claims@elbstrom.example>", "alle@elbstrom.example",
             "Maintenance Kompass 12/13 December", "2026-12-07 16:00", body, cte="7bit")
    return L(m, "NORMAL", "en", "internal", "IT maintenance notice")


def m125():
    body = """Dear Mr Alvarez,

thank you for your e-mail. I understand that things are tight at the moment since your hours
were cut to part-time and your net salary dropped to around EUR 1,950 a month.

We can change the payment of your combined household and liability policy (HV 40-8842260 /
PHV 22 842 260) from annual to monthly from 1 January 2027 at no extra charge. The monthly
amount will be EUR 24.35, collected from your account DE08 1001 2010 0749 9120 34 on the first
of each month. The outstanding annual premium for 2026 (EUR 286.20) can be paid in three
instalments; please confirm by replying to this e-mail.

Kind regards
Elbstrom International Desk
"""
    m = mail("Elbstrom International Desk <international-desk@elbstrom.example>", "Diego Alvarez <diego.alvarez@iberia-box.example>",
             "Re: Payment by instalments", "2026-11-30 10:22", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's income, IBAN, premium arrears in household/liability (non-personal lines)")


def m126():
    text = """Sehr geehrte Frau Kollegin Meyer-Kolbe,

in der Sache Ihrer Mandantin Emilia Nowak, vertreten durch ihre Eltern (unser Zeichen
TH-2026-5470), liegt uns nun der Bericht des Kinderchirurgen vom 14.01.2027 vor. Es verbleibt
eine 3 cm lange, gerötete Narbe an der linken Wange; eine Narbenkorrektur wird frühestens
nach zwölf Monaten empfohlen. Emilia hat nach Angaben der Eltern Angst vor Hunden entwickelt
und ist in kinderpsychologischer Behandlung.

Unser Angebot:

Position                               EUR
Schmerzensgeld                        7.500,00
Fahrtkosten und Zuzahlungen             318,40
Vorbehalt Narbenkorrektur              ja

Mit freundlichen kollegialen Grüßen
Gregor Falk
"""
    html = """<html><body><p>Sehr geehrte Frau Kollegin Meyer-Kolbe,</p>
<p>in der Sache Ihrer Mandantin Emilia Nowak, vertreten durch ihre Eltern (unser Zeichen TH-2026-5470), liegt uns nun der Bericht des
Kinderchirurgen vom 14.01.2027 vor. Es verbleibt eine 3&nbsp;cm lange, ger&ouml;tete Narbe an der linken Wange; eine Narbenkorrektur wird
fr&uuml;hestens nach zw&ouml;lf Monaten empfohlen. Emilia hat nach Angaben der Eltern Angst vor Hunden entwickelt und ist in kinderpsychologischer Behandlung.</p>
<table border="1" cellpadding="3" cellspacing="0"><tr><th>Position</th><th>EUR</th></tr>
<tr><td>Schmerzensgeld</td><td align="right">7.500,00</td></tr>
<tr><td>Fahrtkosten und Zuzahlungen</td><td align="right">318,40</td></tr>
<tr><td>Vorbehalt Narbenkorrektur</td><td>ja</td></tr></table>
<p>Mit freundlichen kollegialen Gr&uuml;&szlig;en<br>Gregor Falk</p></body></html>"""
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "RA Meyer-Kolbe <kanzlei@meyer-kolbe.example>",
             "TH-2026-5470 Nowak – Angebot Schmerzensgeld", "2027-01-19 10:40", text, html=html)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "named child's facial scar, child psychology treatment; HTML table in both parts")


def m127():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Schadenstatistik Kfz-Haftpflicht 2025 (Personenschäden nach
Schweregrad), wie im Rundschreiben 2026/14 angefordert. Die Datei enthält ausschließlich
aggregierte Werte je Schweregradklasse und Bundesland; Klassen mit weniger als fünf Fällen
sind zusammengefasst.

Rückfragen bitte an priya.raman@elbstrom.example.

Mit freundlichen Grüßen
Elbstrom Versicherung AG
Aktuariat
"""
    csvtxt = """Jahr;Bundesland;Schweregrad;Anzahl;Aufwand_EUR
2025;HH;leicht (HWS, Prellungen);1184;5421000
2025;HH;mittel (Frakturen);203;4988000
2025;HH;schwer (Dauerschaden);17;8120000
2025;SH;leicht (HWS, Prellungen);951;4210500
2025;SH;mittel (Frakturen);188;4511200
2025;SH;schwer (Dauerschaden);14;6730000
2025;Sonstige;alle;412;5102300
"""
    m = mail("Aktuariat <aktuariat@elbstrom.example>", "statistik@versichererverband.example",
             "Meldung Kfz-Personenschäden 2025 – Rundschreiben 2026/14", "2026-09-28 10:15", body,
             attachments=[("Meldung_KH_PS_2025.csv", textfile(csvtxt, "cp1252"), "application/vnd.ms-excel")])
    return L(m, "NORMAL", "de", "insurer-to-partner",
             "trap: aggregated injury statistics to the association, CSV windows-1252, small cells merged")


def m128():
    body = """Sehr geehrte Frau Tewes,

am 22.11. ist nach Ihrer Schilderung eine Dachlawine vom Haus Ihrer Nachbarn, Familie
Lorenzen (Immenhof 5, 24568 Kaltenkirchen), auf das Glasdach Ihres Wintergartens gerutscht und
hat zwei Scheiben zerstört. Zum Glück saß niemand im Wintergarten.

Familie Lorenzen ist bei uns mit der Wohngebäude- und Privathaftpflichtversicherung
versichert. Eine Haftung besteht allerdings nur, wenn Schneefanggitter ortsüblich oder
vorgeschrieben waren und fehlten. In Kaltenkirchen gibt es keine Satzungspflicht; wir prüfen
noch, ob besondere Umstände vorlagen (Dachneigung zu Ihrem Grundstück).

Unser Zeichen PH-26-0451560. Bitte melden Sie den Schaden vorsorglich auch Ihrem eigenen
Glasversicherer.

Mit freundlichen Grüßen
Sevgi Aydın
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Kerstin Tewes <k.tewes@kaki-mail.example>",
             "Dachlawine auf Wintergarten – PH-26-0451560", "2026-11-30 12:03", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-third-party",
             "neighbour claim (roof avalanche), nobody hurt; named insured family and claimant, address")


def m129():
    body = """Hi James,

to your question from yesterday's call: no, we currently have no open motor or liability claim
with an annual care cost component above EUR 500,000. The largest ongoing care case (reported
2019) runs at about EUR 310,000 a year and is already in the large-loss list you received in
October (line 1, anonymised).

For the 2027 renewal we expect two to three new severe bodily-injury notifications per year
based on the last five years. I'll send the formal answer with the submission pack next week.

Best
Priya
"""
    m = mail("Priya Raman <priya.raman@elbstrom.example>", "James Pemberton <james.pemberton@thamesbridge-re.example>",
             "RE: care cost exposure question", "2026-11-18 09:48", body)
    return L(m, "NORMAL", "en", "insurer-to-partner",
             "trap: reinsurer question on care costs answered with aggregate figures, anonymised reference")


def m130():
    body = """Dear Ms Fischer-Grant,

we're sorry about the theft from your car at the Mundsburg car park.

Under the "outside the home" cover of your household policy HV 40-7019922 we can replace the
sports bag, your e-reader and the headphones (claim HR-2026-121444). You also listed the
medication your son Noah had in the bag: a pack of Medikinet retard 20 mg for his ADHD, which
you had to have prescribed again. We can refund your co-payment for the new prescription
(EUR 10.00) if you send us the pharmacy receipt. Please note that the police may need to know
that a controlled substance (methylphenidate) was stolen.

Kind regards
Daniel Okafor
International Desk
"""
    m = mail("Daniel Okafor <daniel.okafor@elbstrom.example>", "Sarah Fischer-Grant <sarah.fg@familymail.example>",
             "Theft from your car - HR-2026-121444", "2026-12-04 13:13", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "named son's ADHD medication (methylphenidate) stolen in a household claim")


def m131():
    body = """Hallo zusammen,

die überarbeitete Vorlage für Ablehnungen im Personenschaden (fehlende Haftung) ist
freigegeben. Bitte ab sofort nur noch diese verwenden; die Felder in «» füllt das
Korrespondenzsystem.

Gregor
"""
    o = odt([
        "«Anrede» «Vorname» «Nachname»",
        "«Strasse» «Hausnummer», «PLZ» «Ort»",
        "Ihr Schaden vom «Schadentag» – unser Zeichen «Schadennummer»",
        "«Briefanrede»,",
        "wir haben den Sachverhalt und die von Ihnen eingereichten Unterlagen, insbesondere die ärztlichen Berichte über Ihre Verletzungen, sorgfältig geprüft.",
        "Eine Haftung unseres Versicherungsnehmers besteht nach unserer Prüfung nicht, weil «Begründung».",
        "Wir bedauern, Ihnen keine günstigere Nachricht geben zu können, und wünschen Ihnen eine gute Genesung.",
        "Ihre Unterlagen, einschließlich der Arztberichte, löschen wir nach Ablauf der Verjährungsfrist.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ])
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "team-personenschaden@elbstrom.example",
             "Vorlage Ablehnung Personenschaden (freigegeben)", "2026-10-26 11:00", body,
             attachments=[("VL_PS_Ablehnung_v5.odt", o, ODT)])
    return L(m, "NORMAL", "de", "internal",
             "trap: ODT letter template with «placeholders» about injuries and medical reports")


def m132():
    body = """Hallo Herr Schwenke,

danke, das passt so. Dann regulieren wir den Lackschaden am Auto Ihres Nachbarn, Herrn Timo
Gebauer (HH-TG 1212), über Ihre Familien-Haftpflicht PHV 22 590 144, Schaden PH-26-0448340.
Wir warten noch auf den Kostenvoranschlag. Gut, dass Ihrer Tochter beim Sturz mit dem Rad
nichts passiert ist – sie hatte laut Ihrer Mail ja nur einen Schreck.

Viele Grüße
Birte Hansen

> Am 28.10.2026 um 19:02 schrieb Andreas Schwenke <andreas.schwenke@mailhafen.example>:
>
> Hallo, hier die fotos vom auto vom nachbarn. Lina (10) ist mit dem fahrrad aus der einfahrt
> gekommen und ist an seinem auto lang geschrammt, kratzer über beide türen. ihr ist nix
> passiert. er sagt er will das über uns machen lassen. vertragsnummer hab ich nicht zur hand
>
> Von meinem iPhone gesendet
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Andreas Schwenke <andreas.schwenke@mailhafen.example>",
             "AW: Kratzer am Auto vom Nachbarn", "2026-10-29 08:49", body, cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.5.1")
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "neighbour claim (child's bike scratched car), nobody hurt; named customer, neighbour, plate, policy")


def m133():
    body = """Hallo Sevgi,

Post vom Anwalt der Geschädigten im Fall Kühl, zur Kenntnis, abgetippt:

> Unsere Mandantin, Frau Renate Szymański, hat sich bei dem Sturz am 19.01.2026 nicht nur
> die bekannte Handgelenksfraktur zugezogen. Sie ist mit dem Gesicht auf die Bordsteinkante
> geschlagen; dabei ist der obere mittlere Schneidezahn (Zahn 11) abgebrochen und musste mit
> einer Krone versorgt werden, Zahn 21 wurde gelockert und wurzelbehandelt. Ihre Brille
> (Gleitsicht) wurde dabei ebenfalls zerstört. Wir reichen den Heil- und Kostenplan der
> Zahnarztpraxis Dr. Kessler über 2.186,40 EUR sowie die Optikerrechnung über 744,00 EUR
> nach und erweitern die Forderung entsprechend.

Ich habe die Reserve um 3.000 EUR erhöht.

Gruß
Gregor
"""
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "Sevgi Aydın <sevgi.aydin@elbstrom.example>",
             "PH-26-0381552 Szymański – Nachforderung Zahn und Brille", "2026-12-10 09:15", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "de", "lawyer",
             "quoted lawyer's letter: named claimant's broken incisor, crown, root canal, glasses")


def m134():
    body = """Moin zusammen,

bitte tragt eure Urlaubswünsche für Januar bis März bis zum 15.12. in den Teamkalender ein.
Zwischen den Jahren sind wir wie besprochen mit mindestens drei Leuten besetzt; Malte und ich
übernehmen den 28. bis 30.12.

Danke
Jana
"""
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "schaden-komposit-team@elbstrom.example",
             "Urlaubsplanung Q1 2027", "2026-12-01 12:12", body, cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.5.1")
    return L(m, "NORMAL", "de", "internal", "holiday planning")


def m135():
    body = """Dear Mr and Mrs O'Sullivan,

our surveyor has confirmed the storm damage to the roof of your house at Birkenweg 12 in
Wedel (buildings policy WG 71-402 1877, claim WG-2026-44230). The roofer's invoice of
EUR 4,612.00 has been approved.

You asked us to pay the amount to your joint account at your Irish bank rather than to the
roofer, as you have already paid him. We will transfer EUR 4,362.00 (less the excess of EUR 250)
to:

Account holders: Declan and Niamh O'Sullivan
IBAN: IE43 BOFI 9058 3371 9266 04

Kind regards
Elbstrom International Desk
"""
    m = mail("Elbstrom International Desk <international-desk@elbstrom.example>", "Declan O'Sullivan <declan.osullivan@emerald-mail.example>",
             "Roof damage - payment", "2026-11-13 16:40", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "buildings claim payout: named customers, address, Irish IBAN")


def m136():
    body = """Henrike, Jana,

update on the burglary at Dr Fenwick's practice (ED-2026-30811). Unlike the Schwarz case, one
of the stolen laptops was NOT encrypted. Dr Fenwick has gone through the local files with his IT
contractor and found referral letters for three patients on the desktop. He has notified the
data protection authority and is writing to the patients; he wants to know if our cyber
extension pays for the letters and for a credit-monitoring service.

The three patients (from his e-mail):
- Mr Graham Ellison – referral to cardiology, suspected angina
- Ms Naomi Achterberg – referral to a psychiatrist, recurrent depression
- Mr Felix Rüdiger – referral for an HIV test follow-up

I think the cyber extension covers notification costs up to EUR 25,000. Can one of you confirm
before I reply?

Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@elbstrom.example>", "Henrike Vollmer <henrike.vollmer@elbstrom.example>",
             "ED-2026-30811 Fenwick - unencrypted laptop, patient notification", "2026-11-24 12:50", body,
             cc="Jana Petersen <jana.petersen@elbstrom.example>")
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "practice burglary: named patients with cardiology, depression and HIV-related referrals (§ 203)")


def m137():
    body = """We're hiring: Loss Adjuster (m/f/d) – International Claims, Hamburg

Elbstrom Versicherung AG is looking for an English-speaking loss adjuster to join our
International Desk from April 2027.

What you'll do:
- inspect household, buildings and liability claims of our English-speaking customers,
- handle claims at the border to personal injury: falls on icy pavements, dog bites, damaged
  hearing aids and wheelchairs,
- work with German lawyers, workshops and external adjusters.

What you bring: fluent English and good German (B2+), experience in property or liability
claims, a driving licence and a sense of tact.

We offer: 38-hour week, hybrid working, 30 days' holiday, salary band TG 8.

Apply by 31 January 2027 via https://karriere.elbstrom.example (ref. INT-LA-2027).
"""
    m = mail("Elbstrom Karriere <karriere@elbstrom.example>", "jobs-feed@jobboard-hamburg.example",
             "Job posting: Loss Adjuster International Claims (INT-LA-2027)", "2026-12-08 09:00", body)
    return L(m, "NORMAL", "en", "insurer-to-partner",
             "trap: job ad mentioning dog bites, hearing aids, wheelchairs, salary band")


def m138():
    body = """Sehr geehrte Frau Rieck,

zu Ihrem Mietende in der Wohnung Sievekingsallee 60: Ihr Vermieter, Herr Holger Mahnke,
macht Schäden am Parkett (Kratzer durch Stuhlrollen) und eine gesprungene Waschbeckenschale
geltend und will dafür 1.450 EUR von Ihrer Mietkaution einbehalten.

Die Waschbeckenschale ist als Mietsachschaden über Ihre Privathaftpflicht PHV 22 375 118
versichert (Schaden PH-26-0450071), die Stuhlrollen-Kratzer dagegen sind übliche
Abnutzung bzw. Allmählichkeitsschaden, den wir nicht übernehmen.

Wir zahlen für das Waschbecken 320 EUR direkt an Herrn Mahnke, sodass er diesen Betrag nicht
von der Kaution abziehen muss. Ihre Kaution wird auf Ihr Konto DE50 3702 0554 0042 1170 90
zurückgezahlt – das klären Sie bitte direkt mit ihm.

Mit freundlichen Grüßen
Sevgi Aydın
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Lisa Rieck <lisa.rieck@wohnpost.example>",
             "Mietsachschaden beim Auszug – PH-26-0450071", "2026-10-21 10:30", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "tenant liability at move-out: named customer and landlord, IBAN, policy/claim; nobody hurt")


def m139():
    body = """Liebe Maklerpartnerinnen und Maklerpartner,

ab 01.01.2027 gibt es in der Hausratversicherung Premium eine Neuerung, nach der viele von
Ihnen gefragt haben: Geräte, die Ihre Kundinnen und Kunden leihweise von der Kranken- oder
Pflegekasse erhalten (Pflegebetten, Sauerstoffgeräte, Elektrorollstühle), sind gegen
Leitungswasser, Brand und Einbruch bis 10.000 EUR mitversichert, wenn die Kasse den Kunden
für den Schaden in Anspruch nimmt.

Hintergrund: Die Leihverträge der Kassen enthalten zunehmend Haftungsklauseln.

Produktunterlagen und Bedingungen (VHB Premium 2027, Ziffer 4.7) finden Sie im Maklerportal.

Herzliche Grüße
Merle Schütt
Maklervertrieb Nord
"""
    m = mail("Merle Schütt <merle.schuett@elbstrom.example>", "makler-nord@lists.elbstrom.example",
             "Neu ab 2027: Leihgeräte der Kranken- und Pflegekasse in Hausrat Premium", "2026-11-19 08:30", body)
    return L(m, "NORMAL", "de", "insurer-to-broker",
             "trap: product news about care beds, oxygen devices, wheelchairs on loan, no person")


def m140():
    body = """Dear Mr Eriksen,

thank you for sending the invoice from the breakdown service. Your car (HH-NE 5502) broke down
on the A7 near Quickborn on 1 December with a defective fuel pump; you and your passengers
were not hurt and continued by taxi.

Breakdown assistance is included in your motor policy KFZ 31-660215 ("Schutzbrief"). We will
refund the towing (EUR 265.00) and the taxi (EUR 58.40) to your account ending ...9305
(claim SB-2026-0914). The repair of the fuel pump itself is wear and tear and not covered.

Kind regards
Elbstrom Motor Claims - International Desk
"""
    m = mail("Motor Claims International <international-desk@elbstrom.example>", "Nils Eriksen <nils.eriksen@fjordpost.example>",
             "Breakdown on the A7 - refund SB-2026-0914", "2026-12-04 09:44", body, charset="iso-8859-1")
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "motor breakdown cover, nobody hurt; named customer, plate, contract, masked account (iso-8859-1)")


def m141():
    body = """Dear Mr Mwangi,

we are sorry that your car has been stolen from the street in front of your flat. To process the
theft claim KF-2026-62955 under your comprehensive motor policy KFZ 31-774190, we have recorded:

Policyholder: Daniel Mwangi, born 22/06/1984, Bahrenfelder Chaussee 51, 22761 Hamburg
Driving licence: class B, issued 2009 (Kenya), converted in Hamburg 2019
Vehicle: Toyota RAV4 Hybrid, HH-DM 4022, first registered 03/2022
Keys: two keys handed in on 3 December

Please send us the police confirmation and the registration certificate part II
(Zulassungsbescheinigung Teil II). If the car is not found within one month, we will pay the
replacement value.

Kind regards
Malte Grünewald
Motor Claims
"""
    m = mail("Malte Grünewald <malte.gruenewald@elbstrom.example>", "Daniel Mwangi <daniel.mwangi@savannah-mail.example>",
             "Car theft - claim KF-2026-62955", "2026-12-04 11:18", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "car theft: named customer's birth date, address, driving licence, plate, contract")


def m142():
    body = """Hi James,

as promised, our proposed wording for the definitions in the 2027 liability treaty. Track
changes in the draft on the data room; the key clause reads:

"Bodily Injury" means physical injury, sickness or disease sustained by a natural person,
including death, mental anguish and shock resulting therefrom, and any resulting loss of
earnings, care costs and medical expenses.

"Loss Occurrence" ... as in the 2026 wording, except that all bodily injury claims arising out
of the same winter weather event (e.g. icy pavement claims on the same day) shall not be
aggregated.

Let me know if your underwriters are OK with the second point.

Priya
"""
    m = mail("Priya Raman <priya.raman@elbstrom.example>", "James Pemberton <james.pemberton@thamesbridge-re.example>",
             "Treaty wording 2027 - definitions", "2026-11-11 17:05", body)
    return L(m, "NORMAL", "en", "insurer-to-partner",
             "trap: treaty definition of bodily injury and sickness, no person")


def m143():
    body = """Dear Mr Ashby,

thank you for your letter of 1 December on behalf of your client, Mrs Patricia Lowe, a tourist
from Leeds, who slipped on the icy pavement in front of the café of our policyholder, Mr Enno
Hadenfeldt, at Großneumarkt 20 on 22 November.

We have received the discharge letter from the Katholisches Marienkrankenhaus: a bimalleolar
ankle fracture, treated surgically on 23 November; your client was discharged on 27 November
and flew home on 2 December, where follow-up treatment is continuing at the Leeds General
Infirmary. You also mention that her travel insurer has paid the repatriation and now seeks
recovery.

Our policyholder's gritting log shows that the pavement was gritted at 07:10 and 11:30. We are
obtaining a weather report from the DWD for the time of the fall (approx. 14:45) and will come
back to you on liability within four weeks.

Our reference: PH-26-0451221 (commercial liability BHV 33-09812).

Yours sincerely
Gregor Falk
Legal – Liability Claims
"""
    m = mail("Gregor Falk <gregor.falk@elbstrom.example>", "Richard Ashby <r.ashby@ashby-solicitors.example>",
             "Lowe v Hadenfeldt - slip on ice 22 November - PH-26-0451221", "2026-12-07 14:22", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "named tourist's ankle fracture, surgery, hospital discharge, ongoing treatment")


def m144():
    body = """Liebe Kolleginnen und Kollegen,

kurz vor Jahresende ein paar Zahlen aus dem Vorstandsbericht für alle (Stand 30.09.2026):

- Gebuchte Bruttobeiträge: 412 Mio. EUR (+6,3 %)
- Schadenquote Komposit gesamt: 68,9 %, davon Hausrat 52 %, Wohngebäude 81 %, Haftpflicht 61 %
- Kfz: 101,4 % combined ratio – die Reparaturkosten steigen weiter, Personenschäden sind
  stabil
- Kunden: 641.000, davon 18.700 mit dem Baustein "Hilfsmittel unterwegs"

Danke für euren Einsatz in einem Jahr mit zwei Sturmserien!

Herzliche Grüße
Der Vorstand
"""
    m = mail("Vorstand <vorstand@elbstrom.example>", "alle@elbstrom.example",
             "Zahlen zum Jahresende", "2026-12-10 16:00", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: company figures incl. loss ratios and customer counts, no person")


def m145():
    body = """Sehr geehrter Herr Wendland,

wir bestätigen den Einbruch in den Kellerverschlag Ihres Mehrfamilienhauses in der
Heimhuder Straße 38 in der Nacht zum 14.10.2026. Entwendet wurde Ihr Fahrrad (Gazelle Ultimate
C380, Rahmennummer GZ2201837).

Zur Identifizierung haben wir folgende Daten aus Ihrem Antrag abgeglichen:
Helmut Wendland, geb. 30.11.1957, Hausrat HV 40-1174403, Schaden FR-2026-2355

Der Kellerraum war verschlossen, der Einbruch ist durch Spuren nachgewiesen – damit ist der
Schaden auch ohne Fahrradklausel gedeckt. Wir zahlen den Neuwert von 2.799,00 EUR abzüglich
der Selbstbeteiligung von 150 EUR.

Mit freundlichen Grüßen
Birte Hansen
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Helmut Wendland <h.wendland@alsterpost.example>",
             "Fahrraddiebstahl Keller – FR-2026-2355", "2026-10-16 14:44", body)
    return L(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "bike theft: named customer's birth date, address, policy/claim")


def m146():
    body = """Dear Mrs Whitmore,

thank you for your e-mail about the stairlift in your home at Rosenhof 3, Ahrensburg.

As we understand it, the electrician who renovated your hallway on 25 November damaged the
stairlift's rail and control unit with a ladder, and the manufacturer says it cannot be used
until the parts are replaced in January. Since your knee replacement last year you cannot
manage the stairs, so you are currently sleeping on the sofa downstairs and need help to shower.

The electrician's company is insured with us for commercial liability (claim BH-2026-1188), and
we accept the claim. We will pay:
- the repair of the stairlift (quote Treppenlift Nord GmbH, EUR 3,460.00),
- a temporary mobile care bed and a commode for the living room, as your GP recommended,
- the costs of a care service for help with showering until the lift is repaired, up to
  EUR 40 per visit.

Kind regards
Sevgi Aydın
Liability Claims
"""
    m = mail("Sevgi Aydın <sevgi.aydin@elbstrom.example>", "Gillian Whitmore <g.whitmore@cotswold-mail.example>",
             "Your stairlift - claim BH-2026-1188", "2026-12-03 12:36", body)
    return L(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-third-party",
             "named claimant's knee replacement, mobility impairment, stairlift, care bed, care service")


def m147():
    body = """Hi all,

scenario for next Thursday's incident response exercise (table-top, 2 hours). Everything in
it is fictitious.

"Dr. Example (fictitious), a GP insured with us under a practice contents policy, calls the
hotline at 08:10 on a Monday: burglary over the weekend, the reception PC is missing. It is
unclear whether the hard disk was encrypted. The PC contained the appointment calendar with
approx. 2,000 patient names and the reason for each visit."

Questions for the teams:
1. Which Elbstrom covers apply (contents, cyber extension)?
2. What does the practice have to report, to whom, within how many hours?
3. What must our claims handler NOT do with patient data if the practice sends it to us?
4. Who at Elbstrom needs to be informed?

Henrike
"""
    m = mail("Henrike Vollmer <henrike.vollmer@elbstrom.example>", "incident-exercise@elbstrom.example",
             "Table-top exercise 17 Dec - scenario", "2026-12-10 11:30", body)
    return L(m, "NORMAL", "en", "internal",
             "trap: fictitious exercise scenario with patient names/reasons for visit in the abstract")


def m148():
    body = """Dear Ms Larsen,

your dog owner's liability policy THV 60-140289 for "Kira" (Border Collie) will be renewed on
1 January 2027. The premium stays the same: EUR 71.40 per year.

We will collect it from your account NL79 RABO 0318 4465 29 as before. Please note that we need
a German account or a valid SEPA mandate for a foreign account; your existing mandate of
12 March 2024 remains valid.

If you have moved or Kira has a new microchip number, please let us know.

Kind regards
Elbstrom Contract Service – International Desk
"""
    m = mail("Elbstrom International Desk <international-desk@elbstrom.example>", "Mette Larsen <mette.larsen@danmail.example>",
             "Renewal of your dog owner's liability policy", "2026-11-27 06:05", body)
    return L(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "renewal with named customer's IBAN and contract number")


def m149():
    body = """Hallo Oliver,

die Beschwerdeauswertung Schaden Q3 (Beschwerdemanagement, n = 87):

Grund                                        Anzahl
Bearbeitungsdauer                               31
Ablehnung / Deckung                             22
Höhe der Entschädigung                          17
Kommunikation / Erreichbarkeit                  11
Umgang mit Gesundheitsunterlagen (Datenschutz)   3
Sonstiges                                        3

Bei den drei Datenschutz-Beschwerden ging es jeweils darum, dass Kunden zur Regulierung von
Hilfsmitteln nach Arztberichten gefragt wurden. Das neue Formular (ohne Diagnosefeld) sollte
das abstellen. Keine Meldung an die Aufsicht erforderlich.

Gruß
Birte
"""
    m = mail("Birte Hansen <birte.hansen@elbstrom.example>", "Oliver Brandt <oliver.brandt@elbstrom.example>",
             "Beschwerdeauswertung Schaden Q3", "2026-10-14 15:20", body)
    return L(m, "NORMAL", "de", "internal",
             "trap: complaints statistics mentioning health documents, counts only")


def m150():
    body = """Hallo Priya,

für die Zeichnungsrichtlinie "Betreutes Wohnen / Pflegeeinrichtungen" (Wohngebäude) anbei die
Auswertung der Leitungswasserschäden 2022–2026 nach Objektart. Alles aggregiert, keine
Bewohnerdaten.

Fazit: Objekte mit Pflegebädern (bodengleiche Duschen) haben fast doppelt so viele
Wasserschäden – meist Abdichtungsmängel. Vorschlag: Prüfung der Abdichtung als
Annahmevoraussetzung.

Gruß
Jana
"""
    rows = [["Objektart", "Objekte", "LW-Schäden 2022-2026", "Frequenz je 100 Objekte/Jahr", "Ø Schaden EUR"],
            ["Mehrfamilienhaus", 8420, 3911, 9.3, 4870],
            ["Betreutes Wohnen", 212, 171, 16.1, 7420],
            ["Pflegeheim", 96, 88, 18.3, 9310],
            ["Tagespflege", 41, 19, 9.3, 3980]]
    m = mail("Jana Petersen <jana.petersen@elbstrom.example>", "Priya Raman <priya.raman@elbstrom.example>",
             "LW-Schäden Pflegeeinrichtungen 2022–2026", "2026-11-06 10:55", body,
             attachments=[("LW_Pflegeeinrichtungen_2022-2026.ods", ods("Auswertung", rows), ODS)])
    return L(m, "NORMAL", "de", "internal",
             "trap: ODS of water damage statistics in care homes and assisted living, buildings only")


# ====================================================================== writer / checker

def _all_mails():
    out = []
    for i in range(1, 151):
        fn = globals().get("m%03d" % i)
        if fn is None:
            continue
        _current["n"] = i
        out.append((i,) + fn())
    return out


EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, msg, label, lang, kind, reason in _all_mails():
        fn = "d%02d-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fn, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            assert all("\t" not in x and "\n" not in x for x in r), r
            f.write("\t".join(r) + "\n")
    print("wrote %d mails" % len(rows))


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad header")
    rows = [l.split("\t") for l in lines[1:] if l]
    counts, langs = {}, {}
    files = sorted(os.listdir(OUT))
    if len(rows) != 150 or len(files) != 150:
        errors.append("expected 150 rows/files, got %d/%d" % (len(rows), len(files)))
    msgids = set()
    n_att = 0
    for r in rows:
        if len(r) != 5:
            errors.append("bad row %r" % r)
            continue
        fn, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        if label not in EXPECTED:
            errors.append("%s: bad label" % fn)
        if lang not in ("de", "en"):
            errors.append("%s: bad lang" % fn)
        if not reason.strip():
            errors.append("%s: empty reason" % fn)
        if reason.startswith("trap:") and label != "NORMAL":
            errors.append("%s: trap on non-NORMAL" % fn)
        raw = open(os.path.join(OUT, fn), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF" % fn)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append("%s: missing %s" % (fn, h))
        if msg["Message-ID"] in msgids:
            errors.append("%s: duplicate Message-ID" % fn)
        msgids.add(msg["Message-ID"])
        for addr in re.findall(r"@([A-Za-z0-9.-]+)", str(msg["From"]) + str(msg["To"]) + str(msg.get("Cc", ""))):
            if not addr.endswith(".example"):
                errors.append("%s: non-.example domain %s" % (fn, addr))
        if not str(msg["From"]).rstrip(">").endswith("elbstrom.example"):
            errors.append("%s: not sent from insurer domain" % fn)
        text = ""
        for part in msg.walk():
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            if part.get_filename() or ctype == "message/rfc822":
                n_att += 1
            if ctype.startswith("text/"):
                text += part.get_content()
            else:
                data = part.get_payload(decode=True)
                if data is None:
                    continue
                if ctype in (XLSX, DOCX, ODS, ODT, ZIP):
                    try:
                        z = zipfile.ZipFile(io.BytesIO(data))
                        if z.testzip() is not None:
                            errors.append("%s: corrupt zip member" % fn)
                    except zipfile.BadZipFile:
                        errors.append("%s: bad zip attachment" % fn)
                if ctype == PDF and not data.startswith(b"%PDF-"):
                    errors.append("%s: bad pdf" % fn)
        for cand in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
            c = cand.replace(" ", "")
            if c.startswith("DE") and len(c) != 22:
                continue
            if not _iban_ok(c) and "202052" not in c:
                errors.append("%s: IBAN checksum fails: %s" % (fn, cand))
    for k, v in EXPECTED.items():
        if counts.get(k, 0) != v:
            errors.append("label %s: %d, expected %d" % (k, counts.get(k, 0), v))
    traps = sum(1 for r in rows if len(r) == 5 and r[4].startswith("trap:"))
    if traps < 40:
        errors.append("only %d traps" % traps)
    de = sum(v for (l, g), v in langs.items() if g == "de")
    print("labels:", counts)
    print("label x lang:", dict(sorted(langs.items())))
    print("de share: %.1f %%, traps: %d, attachment parts: %d" % (100.0 * de / max(len(rows), 1), traps, n_att))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  ", e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write()
