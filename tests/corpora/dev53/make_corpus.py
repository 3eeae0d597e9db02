#!/usr/bin/env python3
"""Corpus dev53: one ordinary week (16-22 March 2026) in the central service mailbox
service@weserland-versicherung.example of the (invented) Weserland Versicherung AG, Bremen.

Every mail is written by hand in its own function m001() ... m200(); the helpers below only
turn that hand-written content into MIME (Python `email`, policy=SMTP, CRLF) or into a file
format (PDF, XLSX, DOCX, ODT, ODS, ICS, ZIP, JPEG).  Deterministic: random.seed(53), fixed
dates, Message-IDs, boundaries and file-internal timestamps.

    python make_corpus.py           # writes mails/ and labels.tsv
    python make_corpus.py --check   # rebuilds twice, compares, parses and opens everything
"""
import datetime as dt
import io
import random
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

random.seed(53)

HERE = Path(__file__).resolve().parent
NN = "53"
DOM = "weserland-versicherung.example"
SERVICE = "Weserland Kundenservice <service@weserland-versicherung.example>"
FIXED = dt.datetime(2026, 3, 16, 7, 0, 0)            # timestamp inside office files
FIXED_TZ = dt.datetime(2026, 3, 16, 7, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 3, 16, 7, 0, 0)

IDS = {}          # number -> Message-ID, so that replies can point at earlier mails


# ---------------------------------------------------------------- MIME helpers
def when(day, hh, mm, ss=0, tz=1):
    """A date in March 2026 (the corpus week is 16-22 March, CET = +0100)."""
    return dt.datetime(2026, 3, day, hh, mm, ss,
                       tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def new(n, frm, to, subject, date, cc=None, irt=None, refs=None, headers=(), mid_dom=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = mid_dom or parseaddr(frm)[1].split("@")[-1]
    mid = f"<d{NN}-{n:04d}.{date.strftime('%Y%m%d%H%M%S')}@{dom}>"
    m["Message-ID"] = mid
    IDS[n] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in headers:
        m[k] = v
    return m


def text(m, body, cs="utf-8", cte="quoted-printable", flowed=False):
    m.set_content(body, charset=cs, cte=cte)
    if flowed:
        m.set_param("format", "flowed")
    return m


def alt(m, plain, html, cs="utf-8", cte="quoted-printable"):
    m.set_content(plain, charset=cs, cte=cte)
    m.add_alternative(html, subtype="html", charset=cs, cte=cte)
    return m


def html(m, body, cs="utf-8", cte="quoted-printable"):
    m.set_content(body, subtype="html", charset=cs, cte=cte)
    return m


def att(m, data, filename, ctype):
    maintype, subtype = ctype.split("/")
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if maintype == "text":                      # e.g. text/calendar from icalendar (UTF-8)
        m.get_payload()[-1].set_param("charset", "utf-8")
    return m


def att_text(m, s, filename, subtype="csv", cs="utf-8", cte="base64"):
    """A text attachment in a given charset (e.g. a windows-1252 CSV)."""
    m.add_attachment(s.encode(cs), maintype="text", subtype=subtype, filename=filename, cte=cte)
    m.get_payload()[-1].set_param("charset", cs)
    return m


def att_msg(m, inner):
    """Attach a whole mail as message/rfc822 (a forward as attachment)."""
    m.add_attachment(inner)
    return m


def fix_boundaries(m, n, style, top=True):
    """Fixed, mailer-typical boundaries; drop the MIME-Version header that Python's email
    package puts on sub-parts (real mailers only put it on the top level)."""
    counter = [0]

    def walk(part, is_root):
        if not is_root and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            i = counter[0]
            counter[0] += 1
            if style == "outlook":
                b = f"_{i:03d}_d53{n:04d}OUTLOOKEXCH0{i}_"
            elif style == "apple":
                b = f"Apple-Mail=_D53-{n:04d}-{i}"
            elif style == "tb":
                b = f"------------d53{n:04d}x{i}Thunderbird"
            else:
                b = f"===============d53{n:04d}{i:02d}=="
            part.set_boundary(b)
            for sub in part.get_payload():
                walk(sub, False)
        elif part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                fix_boundaries(inner, n * 10 + counter[0], style, top=False)

    walk(m, True)
    return m


# ---------------------------------------------------------------- file formats
def pdf(lines, title="", author="Weserland Versicherung AG"):
    """A one- or multi-page PDF with a real text layer; each line is written by hand.
    Lines starting with '# ' are bold headings, '' is an empty line."""
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_TZ)
    p.set_producer("d53 corpus")
    p.set_title(title)
    p.set_author(author)
    p.set_auto_page_break(True, margin=15)
    p.add_page()
    for line in lines:
        if line.startswith("# "):
            p.set_font("Helvetica", "B", 12)
            p.cell(0, 7, line[2:], new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("Helvetica", "", 10)
            p.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def fixzip(data, first_stored=None):
    """Rewrite a ZIP container with fixed member timestamps (keeps order and compression)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def zipb(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def xlsx(sheets, creator="Weserland Versicherung AG"):
    """sheets: list of (title, rows); rows are lists of cell values."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    from openpyxl.writer.excel import ExcelWriter
    buf = io.BytesIO()
    archive = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()     # like wb.save(), without stamping 'modified' = now
    return fixzip(buf.getvalue())


def docx(blocks, author="Weserland Versicherung AG"):
    """blocks: ('h', text) heading, ('p', text) paragraph, ('t', rows) table."""
    from docx import Document
    d = Document()
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "t":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            for i, row in enumerate(content):
                for j, val in enumerate(row):
                    t.cell(i, j).text = str(val)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return fixzip(buf.getvalue())


_ODF_WARM = []


def _odf_warm():
    """odfpy collects XML namespaces in module-global state while writing; write one
    throw-away text and spreadsheet document first so every later file is the same."""
    if _ODF_WARM:
        return
    _ODF_WARM.append(True)
    from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    for _ in range(2):
        d = OpenDocumentText()
        d.text.addElement(P(text="-"))
        d.write(io.BytesIO())
        s = OpenDocumentSpreadsheet()
        t = Table(name="x")
        tr = TableRow()
        c = TableCell(valuetype="float", value=1)
        c.addElement(P(text="1"))
        tr.addElement(c)
        t.addElement(tr)
        s.spreadsheet.addElement(t)
        s.write(io.BytesIO())


def odt(paras):
    _odf_warm()
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for s in paras:
        doc.text.addElement(P(text=s))
    buf = io.BytesIO()
    doc.write(buf)
    return fixzip(buf.getvalue())


def ods(title, rows):
    _odf_warm()
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
    buf = io.BytesIO()
    doc.write(buf)
    return fixzip(buf.getvalue())


def ics(events, method="REQUEST"):
    """events: list of dicts with uid, summary, start, end, location, description,
    organizer, attendees (list)."""
    from icalendar import Calendar, Event, vCalAddress
    cal = Calendar()
    cal.add("prodid", "-//Weserland Versicherung AG//Kalender//DE")
    cal.add("version", "2.0")
    cal.add("method", method)
    for e in events:
        ev = Event()
        ev.add("uid", e["uid"])
        ev.add("dtstamp", FIXED_TZ)
        ev.add("dtstart", e["start"])
        ev.add("dtend", e["end"])
        ev.add("summary", e["summary"])
        if e.get("location"):
            ev.add("location", e["location"])
        if e.get("description"):
            ev.add("description", e["description"])
        if e.get("organizer"):
            ev.add("organizer", vCalAddress("mailto:" + e["organizer"]))
        for a in e.get("attendees", []):
            ev.add("attendee", vCalAddress("mailto:" + a))
        cal.add_component(ev)
    return cal.to_ical()


def jpg(lines, size=(640, 480), bg=(236, 232, 222)):
    """A 'phone photo' of a paper document: the hand-written lines drawn on a plain page."""
    from PIL import Image, ImageDraw
    im = Image.new("RGB", size, bg)
    dr = ImageDraw.Draw(im)
    y = 20
    for line in lines:
        dr.text((24, y), line, fill=(30, 30, 30))
        y += 18
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=72)
    return buf.getvalue()


# ================================================================ the mails
# ---------------------------------------------------------------- Monday, 16 March 2026

def m001():
    m = new(1, "DHL Paketservice <noreply@dhl-zustellung-info.example>",
            "service@weserland-versicherung.example",
            "Ihr Paket konnte nicht zugestellt werden - Sendung 00340434161094023115",
            when(16, 0, 12, 44), headers=[("X-Mailer", "PHPMailer 6.1.4")])
    text(m, """Sehr geehrter Kunde,

Ihr Paket mit der Sendungsnummer 00340434161094023115 konnte am 15.03.2026 nicht
zugestellt werden, da die Zollgebuehr von 1,99 EUR nicht bezahlt wurde.

Bitte bestaetigen Sie Ihre Zustelladresse und bezahlen Sie die Gebuehr innerhalb
von 48 Stunden unter folgendem Link:

http://dhl-paket-zustellung.example/track?id=00340434161094023115

Andernfalls wird das Paket an den Absender zurueckgeschickt.

Mit freundlichen Gruessen
Ihr DHL Team
""", cte="7bit")
    return m, "NORMAL", "de", "spam", "trap: phishing parcel notice with a fee, no real person or contract"


def m002():
    m = new(2, "Malte Gerdes <malte.gerdes@freemail.example>", "service@weserland-versicherung.example",
            "umzug", when(16, 6, 51, 9), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """hallo,
bin umgezogen, neue adresse ab 1.4.:
lindenstr 12
28203 bremen

betrifft hausrat HR-30558712, bitte auch die versicherte wohnung ändern (50 qm mehr 😅)

gruß malte gerdes

Von meinem iPhone gesendet
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named customer, household policy number and new insured address"


def m003():
    m = new(3, "Versicherungsbüro Janssen & Partner <info@janssen-partner-makler.example>",
            "service@weserland-versicherung.example",
            "Automatische Antwort: AW: Ihre Anfrage Courtageabrechnung Februar",
            when(16, 7, 2, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All")])
    text(m, """Vielen Dank für Ihre Nachricht.

Unser Büro ist vom 16.03. bis einschließlich 20.03.2026 nur eingeschränkt besetzt.
In dringenden Fällen erreichen Sie Frau Kruse unter 04471 93 22 10.

Thank you for your e-mail. Our office is only partly staffed until 20 March 2026.
For urgent matters please call +49 4471 93 22 10.

Versicherungsbüro Janssen & Partner GbR
Lange Straße 4, 49661 Cloppenburg
""")
    return m, "NORMAL", "mixed", "auto-reply", "broker office out-of-office, bilingual, no customer data"


def m004():
    m = new(4, "Sandra Petersen <sandra.petersen@mailbox.example>", "service@weserland-versicherung.example",
            "Rechnung", when(16, 7, 14, 2), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """hallo, anbei die rechnung vom zahnarzt von meinem sohn (Lukas), bitte erstatten. vertragsnr steht oben drauf glaub ich
LG Sandra Petersen

Von meinem iPhone gesendet
""", cte="quoted-printable")
    att(m, jpg(["Zahnarztpraxis Dr. med. dent. Hauke Wuebbena",
                "Ostertorsteinweg 31, 28203 Bremen",
                "",
                "RECHNUNG Nr. 2026-0312        Datum: 09.03.2026",
                "Patient: Lukas Petersen, geb. 04.09.2014",
                "Versicherung: Weserland KZ-71044562",
                "",
                "03.03.2026  GOZ 0010  Eingehende Untersuchung     22,64 EUR",
                "03.03.2026  GOZ 2060  Kompositfuellung Zahn 36     98,42 EUR",
                "03.03.2026  GOZ 4050  Belagentfernung             11,38 EUR",
                "",
                "Gesamtbetrag                                     132,44 EUR"]),
        "d53-IMG_4471.jpg", "image/jpeg")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "dental invoice of a named child sent as phone photo; body names son and dentist bill"


def m005():
    m = new(5, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "service@weserland-versicherung.example", "Weserland aktuell | März 2026: Frühling, Fahrrad, Zahnvorsorge",
            when(16, 7, 30), headers=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden>"),
                                      ("Precedence", "bulk"), ("X-Mailer", "Weserland Newsletter 4.2")])
    alt(m, """Weserland aktuell - März 2026

1. Fahrrad-Check: So kommt Ihr Rad gut durch den Frühling
Neu: Unsere Fahrradversicherung ab 4,90 EUR im Monat, auch für E-Bikes bis 8.000 EUR.

2. ZahnPlus: jetzt 100 % für professionelle Zahnreinigung
Zweimal im Jahr bis 120 EUR - ganz ohne Wartezeit für Neukunden ab 1. April.

3. Sturmsaison: Was tun bei Schäden am Dach?
Fotos machen, Schaden begrenzen, online melden: weserland-versicherung.example/schaden

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://news.weserland-versicherung.example/abmelden
Weserland Versicherung AG, Am Wall 140, 28195 Bremen
""", """<html><body style="font-family:Arial,sans-serif">
<h2>Weserland aktuell &ndash; März 2026</h2>
<h3>1. Fahrrad-Check</h3>
<p>Neu: Unsere Fahrradversicherung ab <b>4,90 EUR</b> im Monat, auch für E-Bikes bis 8.000 EUR.</p>
<h3>2. ZahnPlus: jetzt 100 % für professionelle Zahnreinigung</h3>
<p>Zweimal im Jahr bis 120 EUR &ndash; ganz ohne Wartezeit für Neukunden ab 1. April.</p>
<h3>3. Sturmsaison</h3>
<p>Fotos machen, Schaden begrenzen, <a href="https://weserland-versicherung.example/schaden">online melden</a>.</p>
<p style="font-size:11px;color:#777">Abmelden: <a href="https://news.weserland-versicherung.example/abmelden">hier</a><br>
Weserland Versicherung AG, Am Wall 140, 28195 Bremen</p>
</body></html>
""")
    return m, "NORMAL", "de", "newsletter", "trap: own customer newsletter with dental cleaning and premium figures, no person"


def m006():
    m = new(6, "Kai-Uwe Brandt <kaiuwe.brandt@weser-net.example>", "service@weserland-versicherung.example",
            "neue bankverbindung / new bank account", when(16, 7, 48, 12), headers=[("User-Agent", "Mozilla Thunderbird 128.7")])
    text(m, """Moin,

ab April bitte den Beitrag für mein Auto (KF-20418873, HB-KB 412) von meinem neuen Konto abbuchen:

Kontoinhaber: Kai-Uwe Brandt
IBAN: DE61 4401 0046 8795 6473 16
new bank, same SEPA mandate I guess? If you need a new mandate form just send it.

Danke & Gruß
Kai-Uwe Brandt
""", cte="8bit", flowed=True)
    return m, "CONFIDENTIAL", "mixed", "customer-to-insurer", "new IBAN of a named motor customer with policy and plate"


def m007():
    m = new(7, "Weserland Kundenservice <service@weserland-versicherung.example>",
            "Kai-Uwe Brandt <kaiuwe.brandt@weser-net.example>", "AW: neue bankverbindung / new bank account",
            when(16, 9, 5, 40), irt=IDS.get(6), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag Herr Brandt,

vielen Dank für Ihre Nachricht. Wir haben die neue Bankverbindung für Ihre
Kfz-Versicherung KF-20418873 zum 01.04.2026 hinterlegt:

IBAN: DE** **** **** **** **73 16

Ein neues SEPA-Mandat ist nicht nötig, die Mandatsreferenz bleibt WV-KF-20418873-01.
Die nächste Abbuchung über 61,37 EUR erfolgt am 01.04.2026.

Mit freundlichen Grüßen

Tobias Brenner
Kundenservice

Weserland Versicherung AG · Am Wall 140 · 28195 Bremen
Telefon 0421 98765-0 · service@weserland-versicherung.example
Sitz Bremen · Amtsgericht Bremen HRB 40917 · Vorstand: Dr. Anke Lüdemann (Vors.), Jörg Wittenberg
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "confirms bank change for a named motor policyholder; masked IBAN and premium"


def m008():
    m = new(8, "Sven Hildebrandt <sven.hildebrandt@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Montag: Postfach service@ - Verteilung",
            when(16, 7, 55), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Moin zusammen,

übers Wochenende sind 187 neue Mails im service@ aufgelaufen. Verteilung heute:

- Jana: Adressen, Bankdaten, SEPA
- Tobias: Kfz und Sach
- Melike: Kranken/Leben/Unfall -> nur vorsortieren und "bitte übernehmen" an die Fachbereiche,
  nichts selbst beantworten
- Nadine ist heute nicht da, ihre Sachen übernimmt bis Mittwoch Jana

Spam bitte nicht nur löschen, sondern an it-sicherheit@ weiterleiten (als Anlage!).

Danke euch
Sven

--
Sven Hildebrandt
Teamleitung Kundenservice
Weserland Versicherung AG
""", cte="8bit")
    return m, "NORMAL", "de", "internal", "team lead distributes the mailbox work; colleague absent without reason"


def m009():
    m = new(9, "Melike Arslan <melike.arslan@weserland-versicherung.example>",
            "KV Leistung <kv-leistung@weserland-versicherung.example>",
            "bitte übernehmen: WG: Rechnung Krankenhaus", when(16, 8, 3, 17),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo liebe Kolleginnen,

bitte übernehmen, kam ans service@.

Gruß Melike

-----Ursprüngliche Nachricht-----
Von: Hannelore Wichmann <h.wichmann@kabelmail.example>
Gesendet: Sonntag, 15. März 2026 19:40
An: service@weserland-versicherung.example
Betreff: Rechnung Krankenhaus

Sehr geehrte Damen und Herren,

anbei schicke ich Ihnen die Rechnung vom Klinikum Links der Weser für meinen
Aufenthalt vom 23.02. bis 27.02.2026 (Gallenblasen-OP). Ich hatte das
Zweibettzimmer, das ist ja über meine Zusatzversicherung KZ-55310298 abgedeckt.
Die Rechnung beträgt 1.284,00 Euro.

Die Rechnung reiche ich per Post nach, mein Scanner geht nicht.

Mit freundlichen Grüßen
Hannelore Wichmann
Vahrer Str. 210, 28329 Bremen
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "routing note forwarding a named customer's gall-bladder operation and hospital bill"


def m010():
    m = new(10, "Fiona McLaren <fiona.mclaren@mailbox.example>", "service@weserland-versicherung.example",
            "Change of address - home contents policy", when(16, 8, 11, 5),
            headers=[("X-Mailer", "Apple Mail (2.3774.400.31)")])
    text(m, """Dear Sir or Madam,

I have moved from Bremen to Vienna for work. Could you please update the address
on my home contents insurance (policy HR-30771904)?

New address from 1 March 2026:
Fiona McLaren
Praterstraße 38/14
1020 Wien
Austria

Does the cover continue in Austria or do I have to cancel? My furniture is all here now.

Kind regards,
Fiona McLaren
""")
    return m, "CONFIDENTIAL", "en", "customer-to-insurer", "named household policyholder with policy number and new address abroad"


def m011():
    m = new(11, "j.tiedemann1971@freemail.example", "service@weserland-versicherung.example",
            "öffnungszeiten", when(16, 8, 20, 33), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """wie lange haben sie heute offen? bei der hotline geht keiner ran seit 20 min

Gesendet von meinem Galaxy
""", cte="8bit")
    return m, "NORMAL", "de", "customer-to-insurer", "question about opening hours, no person data"


def m012():
    m = new(12, SERVICE, "j.tiedemann1971@freemail.example", "AW: öffnungszeiten", when(16, 8, 42, 10),
            irt=IDS.get(11), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag,

unser Kundenservice ist telefonisch montags bis freitags von 8 bis 18 Uhr
erreichbar, samstags von 9 bis 13 Uhr. Montags ist erfahrungsgemäß viel los -
bitte entschuldigen Sie die Wartezeit.

Gerne rufen wir Sie auch zurück. Schreiben Sie uns dazu einfach Ihre Telefonnummer
und Ihr Anliegen.

Freundliche Grüße
Jana Kowalski
Weserland Versicherung AG · Kundenservice
""")
    return m, "NORMAL", "de", "insurer-to-customer", "answer about opening hours"


def m013():
    m = new(13, "Renate Schütte <renate.schuette@posteingang.example>", "service@weserland-versicherung.example",
            "Kündigung", when(16, 8, 47), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

hiermit kündige ich meine Zahnzusatzversicherung, Vertragsnummer KZ-71188305,
zum nächstmöglichen Termin.

Bitte bestätigen Sie mir die Kündigung schriftlich.

Mit freundlichen Grüßen
Renate Schütte
Am Mühlenteich 3
27749 Delmenhorst
""", cs="iso-8859-1")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "cancellation of a named person's dental supplementary health contract (no medical word)"


def m014():
    m = new(14, "Dennis Röpke <dennis.roepke@weser-net.example>", "service@weserland-versicherung.example",
            "Kündigung Kfz wegen Verkauf", when(16, 9, 1), headers=[("X-Mailer", "Outlook for Android")])
    text(m, """Hallo,
hab mein Auto am Samstag verkauft (VW Golf, HB-DR 771). Bitte Versicherung KF-20933147 kündigen zum 14.03.
Kaufvertrag kann ich schicken wenn nötig.
Dennis Röpke

Von Outlook für Android gesendet
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "motor cancellation on sale, named customer with plate and policy number"


def m015():
    wb = xlsx([("Eingänge Feb 2026", [
        ["Kategorie", "Anzahl", "Anteil", "Ø Bearbeitungszeit (h)"],
        ["Adress-/Namensänderung", 612, 0.179, 6.2],
        ["Bankverbindung / SEPA", 488, 0.143, 5.9],
        ["Kündigungen", 401, 0.118, 11.4],
        ["Leistungsanträge Kranken (weitergeleitet)", 418, 0.123, 2.1],
        ["Leistung Unfall/Leben (weitergeleitet)", 77, 0.023, 2.4],
        ["Schadenmeldungen Sach/Kfz", 534, 0.157, 3.8],
        ["Fragen zu Rechnungen/Beiträgen", 389, 0.114, 9.7],
        ["Beschwerden", 96, 0.028, 18.3],
        ["Spam/Newsletter/Auto-Replies", 301, 0.088, 0.3],
        ["Sonstiges", 96, 0.028, 7.5],
        ["Summe", 3412, 1.0, 7.1],
    ])])
    m = new(15, "Sven Hildebrandt <sven.hildebrandt@weserland-versicherung.example>",
            "Bereichsleitung Service <bl-service@weserland-versicherung.example>",
            "Monatsstatistik service@ Februar 2026", when(16, 9, 10), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Frau Dr. Oetken,

anbei die Monatsstatistik für das Sammelpostfach. Auffällig: Leistungsanträge Kranken
und Arztrechnungen kommen weiter zu oft ans service@ statt an kv-leistung@ (418 Stück).
Wir sollten auf der Website den Upload im Portal prominenter machen.

Viele Grüße
Sven Hildebrandt
""")
    att(m, wb, "d53-Statistik_service_2026-02.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m, "NORMAL", "de", "internal", "trap: mailbox statistics with health-claim counts, aggregate only"


def m016():
    m = new(16, "Stefan Lüers <stefan.lueers@kabelmail.example>", "service@weserland-versicherung.example",
            "AU Folgebescheinigung", when(16, 9, 22, 40), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Guten Morgen, anbei die Folgebescheinigung, bin weiter krankgeschrieben bis 27.3. Krankentagegeld bitte weiter zahlen.
S. Lüers
""", cte="8bit")
    att(m, pdf(["# Arbeitsunfaehigkeitsbescheinigung - Folgebescheinigung",
                "",
                "Versicherter: Stefan Lueers, geb. 11.06.1978",
                "Anschrift: Kornstrasse 88, 28201 Bremen",
                "Tarif: Krankentagegeld KT 43, Vers.-Nr. KV-40217733",
                "",
                "arbeitsunfaehig seit: 02.03.2026",
                "voraussichtlich arbeitsunfaehig bis einschliesslich: 27.03.2026",
                "festgestellt am: 13.03.2026",
                "Diagnose: M51.2 G  Lumbaler Bandscheibenvorfall",
                "",
                "Praxis Dr. med. Ingo Feldkamp, Facharzt fuer Orthopaedie",
                "Buntentorsteinweg 112, 28201 Bremen"], title="AU Folgebescheinigung"),
        "d53-AU_Lueers.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "sick note with ICD M51.2 for daily sickness allowance; diagnosis only in the PDF"


def m017():
    m = new(17, "Gisela Haverkamp <gisela.haverkamp@posteingang.example>", "service@weserland-versicherung.example",
            "Beitrag Wohngebäude viel zu hoch!", when(16, 9, 40), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag,

ich habe heute die Beitragsrechnung für unsere Wohngebäudeversicherung WG-61204477
bekommen. Letztes Jahr 412,80 Euro, jetzt 468,30 Euro. Wir hatten keinen Schaden!
Warum so viel mehr? Bitte um Erklärung, sonst muss ich mich umsehen.

Gisela Haverkamp
Birkenweg 7, 26131 Oldenburg
""", cs="windows-1252")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named building-insurance customer, policy number, premium and insured address"


def m018():
    m = new(18, "Weserland Kundenservice <service@weserland-versicherung.example>",
            "Gisela Haverkamp <gisela.haverkamp@posteingang.example>", "AW: Beitrag Wohngebäude viel zu hoch!",
            when(16, 11, 15), irt=IDS.get(17), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    alt(m, """Sehr geehrte Frau Haverkamp,

danke für Ihre Nachricht zu Ihrer Wohngebäudeversicherung WG-61204477 (Birkenweg 7, Oldenburg).

Der Beitrag ist nicht wegen eines Schadens gestiegen. Wohngebäudebeiträge folgen dem
Anpassungsfaktor, der sich aus dem Baupreisindex und dem Tariflohnindex für das
Baugewerbe ergibt. Für 2026 liegt er bei 13,4 % über Vorjahr. Dafür steigt auch die
Versicherungssumme, Ihr Haus bleibt voll versichert (gleitender Neuwert).

Wenn Sie sparen möchten: Mit einer Selbstbeteiligung von 500 EUR sinkt Ihr Beitrag
auf 421,50 EUR. Geben Sie uns gern Bescheid.

Mit freundlichen Grüßen
Tobias Brenner
Kundenservice · Weserland Versicherung AG
""", """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Haverkamp,</p>
<p>danke für Ihre Nachricht zu Ihrer Wohngebäudeversicherung <b>WG-61204477</b> (Birkenweg 7, Oldenburg).</p>
<p>Der Beitrag ist nicht wegen eines Schadens gestiegen. Wohngebäudebeiträge folgen dem
Anpassungsfaktor, der sich aus dem Baupreisindex und dem Tariflohnindex für das
Baugewerbe ergibt. Für 2026 liegt er bei 13,4&nbsp;% über Vorjahr. Dafür steigt auch die
Versicherungssumme, Ihr Haus bleibt voll versichert (gleitender Neuwert).</p>
<p>Wenn Sie sparen möchten: Mit einer Selbstbeteiligung von 500&nbsp;EUR sinkt Ihr Beitrag
auf 421,50&nbsp;EUR. Geben Sie uns gern Bescheid.</p>
<p>Mit freundlichen Grüßen<br>Tobias Brenner<br>Kundenservice &middot; Weserland Versicherung AG</p>
</body></html>
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "premium explanation for a named building policyholder with address"


def m019():
    m = new(19, "Petra Lühr <petra.luehr@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Textbaustein Eingangsbestätigung Arztrechnung (neu)",
            when(16, 9, 58), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Service-Team,

für Kunden, die Arztrechnungen an service@ schicken, bitte ab sofort diesen Baustein
verwenden (und die Mail trotzdem an kv-leistung@ weiterleiten):

----------------------------------------------------------------------
Sehr geehrte/r «Anrede» «Nachname»,

vielen Dank für Ihre Rechnung(en) vom «Rechnungsdatum». Wir haben sie an unsere
Leistungsabteilung weitergegeben. Die Erstattung von «Betrag» EUR erfolgt nach
Prüfung auf Ihr Konto «IBAN_maskiert».

Tipp: Rechnungen laden Sie am schnellsten in der Weserland-App hoch.
----------------------------------------------------------------------

Bitte keine Diagnosen oder Behandlungen in die Antwort schreiben.

Danke!
Petra Lühr
Leistungsabteilung Kranken
""")
    return m, "NORMAL", "de", "internal", "trap: reply template about doctor's invoices with placeholders only"


def m020():
    m = new(20, "Accounts Department <billing@invoice-center-secure.example>", "service@weserland-versicherung.example",
            "URGENT: Invoice #INV-88214 overdue - EUR 4,870.00", when(16, 10, 2, 51, tz=0),
            headers=[("X-Mailer", "Mailer 2.0")])
    html(m, """<html><body>
<p>Dear Customer,</p>
<p>Our records show that invoice <b>#INV-88214</b> for EUR 4,870.00 is <span style="color:red">overdue by 30 days</span>.</p>
<p>To avoid legal action and additional fees, please review the invoice and pay immediately:</p>
<p><a href="http://invoice-center-secure.example/view?inv=88214">View invoice (PDF)</a></p>
<p>Bank: Credit Union International<br>IBAN will be shown after login.</p>
<p>Regards,<br>Accounts Department</p>
</body></html>
""", cte="7bit")
    return m, "NORMAL", "en", "spam", "trap: fake overdue invoice with amounts, no real person"


def m021():
    m = new(21, "Finanzkontor Meyer-Hollmann <antrag@finanzkontor-mh.example>", "service@weserland-versicherung.example",
            "Antrag BU Kühl - bitte um Votum", when(16, 10, 9), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

anbei der Antrag auf Berufsunfähigkeitsversicherung für Herrn Dennis Kühl
(Tarif BU Komfort, 1.500 EUR mtl., Endalter 67). Bitte um kurzfristiges Votum,
der Kunde möchte zum 01.04. beginnen.

Die Arztberichte zu Frage 4 reichen wir nach.

Mit freundlichen Grüßen
Torsten Hollmann
Finanzkontor Meyer-Hollmann GmbH · Vermittlernummer 0417-338
""")
    att(m, pdf(["# Antrag Berufsunfaehigkeitsversicherung - Weserland Lebensversicherung AG",
                "Vermittler: Finanzkontor Meyer-Hollmann GmbH, VM 0417-338",
                "",
                "Zu versichernde Person: Dennis Kuehl, geb. 22.01.1991",
                "Anschrift: Hemelinger Heerstrasse 51, 28309 Bremen",
                "Beruf: Elektroniker fuer Betriebstechnik, 100 % koerperlich taetig: 60 %",
                "Bruttojahreseinkommen: 48.600 EUR",
                "",
                "# Gesundheitsfragen",
                "1. Groesse / Gewicht: 184 cm / 97 kg",
                "2. Behandlungen in den letzten 5 Jahren: ja",
                "   - 2023 Physiotherapie, 10 Sitzungen, Schulterprellung rechts, folgenlos ausgeheilt",
                "   - 2024 Psychotherapeutische Beratung, 5 Gespraeche nach Trennung (Anpassungsstoerung F43.2)",
                "3. Stationaere Aufenthalte letzte 10 Jahre: nein",
                "4. Bluthochdruck: ja, seit 2022, Ramipril 5 mg taeglich, Werte eingestellt",
                "5. Drogen, Alkohol-Missbrauch: nein",
                "",
                "Ort, Datum: Bremen, 13.03.2026      Unterschrift: D. Kuehl"], title="Antrag BU"),
        "d53-Antrag_BU_Kuehl.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "BU application of a named person; health answers (F43.2, hypertension) only in the PDF"


def m022():
    m = new(22, SERVICE, "Dennis Röpke <dennis.roepke@weser-net.example>",
            "Ihre Nachricht an den Weserland Kundenservice", when(16, 9, 1, 20), irt=IDS.get(14),
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    text(m, """Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben sie erhalten und melden uns in der Regel
innerhalb von zwei Werktagen.

Bitte beachten Sie: Schicken Sie uns Arztrechnungen, Befunde, Krankmeldungen und
andere Gesundheitsdaten nicht per unverschlüsselter E-Mail. Nutzen Sie dafür den
Upload in der Weserland-App oder das Kundenportal
(https://kundenportal.weserland-versicherung.example).

Schäden können Sie rund um die Uhr melden: 0421 98765-500.

Ihr Weserland Kundenservice

Diese Nachricht wurde automatisch erstellt.
""")
    return m, "NORMAL", "de", "auto-reply", "trap: service auto-reply warning about health data, no content of the customer's mail"


def m023():
    m = new(23, "Jonas Albers <jonas.albers@mailbox.example>", "service@weserland-versicherung.example",
            "Haftpflicht - dog vs cat", when(16, 10, 18), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hi, ich habe a question about my Hundehaftpflicht (TH-80417722).
Unser Hund Bruno (Labrador) hat gestern die Katze von unserer Nachbarin gebissen, Frau Elbers, Am Deich 14.
The cat had to go to the vet, Tierklinik Posthausen, Wunde genäht, Rechnung ca 380 EUR.
Zahlt ihr das? What do you need from me?

Cheers
Jonas Albers
""", cte="8bit")
    return m, "CONFIDENTIAL", "mixed", "customer-to-insurer", "dog-owner liability claim of a named customer; animal injury and vet bill (animal health = confidential)"


def m024():
    m = new(24, "Bernd Osterloh <b.osterloh@kabelmail.example>", "service@weserland-versicherung.example",
            "BESCHWERDE!!! Erstattung seit 6 Wochen", when(16, 10, 31), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

ich bin wirklich stinksauer. Vor 6 Wochen habe ich das Rezept und die Rechnung für
8x Krankengymnastik (wegen meiner Knie-OP im Dezember) eingereicht, über 312,80 Euro.
Bis heute kein Geld, keine Antwort. Zweimal angerufen, jedes Mal "wird bearbeitet".

Wenn bis Ende der Woche nichts passiert, gehe ich zum Ombudsmann und kündige alles bei
Ihnen, auch das Auto und die Hausrat.

Bernd Osterloh
Versicherungsnummer KV-40118290
""", cs="windows-1252")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "complaint naming physiotherapy after knee surgery of the sender"


def m025():
    m = new(25, "Melike Arslan <melike.arslan@weserland-versicherung.example>",
            "Beschwerdemanagement <beschwerde@weserland-versicherung.example>",
            "bitte übernehmen - Beschwerde Osterloh", when(16, 10, 44),
            cc="KV Leistung <kv-leistung@weserland-versicherung.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Claudia,

bitte übernehmen, droht mit Ombudsmann. Kollegen KV in Cc für den Stand der Erstattung.

Gruß
Melike

> Von: Bernd Osterloh <b.osterloh@kabelmail.example>
> Gesendet: Montag, 16. März 2026 10:31
> Betreff: BESCHWERDE!!! Erstattung seit 6 Wochen
>
> ich bin wirklich stinksauer. Vor 6 Wochen habe ich das Rezept und die Rechnung für
> 8x Krankengymnastik (wegen meiner Knie-OP im Dezember) eingereicht, über 312,80 Euro.
> Bis heute kein Geld, keine Antwort.
> [...]
> Bernd Osterloh
> Versicherungsnummer KV-40118290
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "routing of a complaint; knee surgery and physiotherapy only in the quote"


def m026():
    m = new(26, "Versicherungsmonitor Nord <redaktion@vm-nord-newsletter.example>",
            "service@weserland-versicherung.example", "Newsletter 11/2026: Pflegereform - was sich für Versicherte ändert",
            when(16, 11, 0), headers=[("List-Unsubscribe", "<mailto:abmelden@vm-nord-newsletter.example>"),
                                      ("Precedence", "bulk")])
    alt(m, """Versicherungsmonitor Nord - Ausgabe 11/2026

PFLEGE: Ab Juli steigen die Leistungen in den Pflegegraden 2 bis 5 um 4,5 %.
Das Pflegegeld im Pflegegrad 3 liegt dann bei 599 EUR. Private Pflegezusatztarife
ziehen nach - drei Anbieter haben bereits Beitragsanpassungen angekündigt.

KRANKEN: Die Zahl der Anträge auf Psychotherapie ist 2025 um 9 % gestiegen.
Versicherer reagieren mit Online-Angeboten.

KFZ: Werkstattkosten +7,8 % - die Kfz-Sparte schreibt wieder rote Zahlen.

Impressum: VM Nord Medien GmbH, Hamburg. Abmelden: abmelden@vm-nord-newsletter.example
""", """<html><body>
<h1 style="font-family:Georgia">Versicherungsmonitor Nord</h1><p><i>Ausgabe 11/2026</i></p>
<h2>Pflege</h2><p>Ab Juli steigen die Leistungen in den Pflegegraden 2 bis 5 um 4,5&nbsp;%.
Das Pflegegeld im Pflegegrad 3 liegt dann bei 599&nbsp;EUR. Private Pflegezusatztarife
ziehen nach &ndash; drei Anbieter haben bereits Beitragsanpassungen angekündigt.</p>
<h2>Kranken</h2><p>Die Zahl der Anträge auf Psychotherapie ist 2025 um 9&nbsp;% gestiegen.</p>
<h2>Kfz</h2><p>Werkstattkosten +7,8&nbsp;% &ndash; die Kfz-Sparte schreibt wieder rote Zahlen.</p>
<p style="font-size:10px">VM Nord Medien GmbH, Hamburg &middot; <a href="mailto:abmelden@vm-nord-newsletter.example">Abmelden</a></p>
</body></html>
""")
    return m, "NORMAL", "de", "newsletter", "trap: trade newsletter on care grades and psychotherapy statistics, no person"


def m027():
    m = new(27, "Merle Cordes <merle.cordes@freemail.example>", "service@weserland-versicherung.example",
            "Parkschaden", when(16, 11, 7, 45), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """hallo, bin heute morgen beim ausparken bei famila gegen einen anderen wagen gekommen, nur blechschaden, niemand verletzt.
der andere: HB-LT 2290, Opel Corsa, Fahrer Herr Lattmann, tel 0176 55104872
ich: HB-MC 318, vertrag KF-20877361
foto anbei
merle cordes
""", cte="8bit")
    att(m, jpg(["[Foto] Parkplatz famila Bremen-Habenhausen, 16.03.2026 08:41",
                "Opel Corsa HB-LT 2290: Delle hintere Tuer links, Kratzer ca. 30 cm",
                "Seat Ibiza HB-MC 318: Stossfaenger vorne rechts verkratzt"], size=(800, 600), bg=(120, 130, 140)),
        "d53-IMG_0388.jpg", "image/jpeg")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "motor liability claim, named parties with plates; nobody hurt"


def m028():
    m = new(28, "IT-Servicedesk <it-servicedesk@weserland-versicherung.example>",
            "Melike Arslan <melike.arslan@weserland-versicherung.example>",
            "[Ticket INC-2026-041877] Scanner 2. OG zieht Arztrechnungen-Stapel schief ein", when(16, 11, 20),
            headers=[("X-Mailer", "ServiceNow"), ("Auto-Submitted", "auto-generated")])
    text(m, """Ticket INC-2026-041877 wurde aktualisiert.

Kurzbeschreibung: Scanner 2. OG (Kyocera, Raum 2.14) zieht Stapel mit Arztrechnungen
und Rezepten schief ein, bei dünnem Papier Papierstau.
Status: In Bearbeitung
Zugewiesen an: Arbeitsplatz-Support

Kommentar Techniker (16.03.2026 11:18):
Einzugsrollen verschlissen, Ersatzteil bestellt. Bis dahin bitte den Scanner im 3. OG
nutzen oder kleine Stapel (max. 20 Blatt) einlegen.

Dies ist eine automatische Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""")
    return m, "NORMAL", "de", "internal", "trap: IT ticket about scanning doctors' invoices, no document content"


def m029():
    m = new(29, "Heike Wübben <heike.wuebben@posteingang.example>", "service@weserland-versicherung.example",
            "keine lastschrift mehr", when(16, 11, 38), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo,

ich widerrufe das SEPA-Lastschriftmandat für meine Privathaftpflicht PH-50233817.
Ich überweise den Jahresbeitrag ab jetzt selbst, bitte schicken Sie mir eine Rechnung.

Heike Wübben
Schwachhauser Heerstr. 301
28211 Bremen
""")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named liability policyholder revokes SEPA mandate, policy number and address"


def m030():
    m = new(30, "Weserland Claims <claims@weserland-versicherung.example>", "Paul Kramer <paul.kramer@mailbox.example>",
            "Your claim RV-2026-00412 - travel health insurance", when(16, 11, 52),
            cc="service@weserland-versicherung.example", headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Dear Mr Kramer,

thank you for sending the documents from your trip to Portugal.

We have settled your claim under your travel health policy RV-90122034:

  Hospital CUF Descobertas, Lisbon, 02-04 March 2026
  Emergency admission, diagnosis: acute appendicitis (K35.8), laparoscopic appendectomy
  Invoice:                EUR 6,480.00
  Reimbursed:             EUR 6,480.00 (paid directly to the hospital on 12 March)
  Your flight change fee: EUR 215.00 (reimbursed to your account ending 2039)

We hope you have recovered well. If you have follow-up costs in Germany, please send
the invoices through the Weserland app.

Kind regards
Ahmet Yıldız
Health Claims · Weserland Krankenversicherung AG
""")
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "travel health claim settlement with diagnosis and operation of a named customer"


def m031():
    m = new(31, "Laura Meinken <laura.meinken@freemail.example>", "service@weserland-versicherung.example",
            "Fahrradversicherung?", when(16, 12, 4), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """Hallo, was kostet bei euch eine Versicherung für ein E-Bike (Kaufpreis 3.200 €)? Auch gegen Akku-Diebstahl?
LG Laura
""", cte="8bit")
    return m, "NORMAL", "de", "customer-to-insurer", "prospect asks for an e-bike quote, no contract"


def m032():
    m = new(32, SERVICE, "Laura Meinken <laura.meinken@freemail.example>", "AW: Fahrradversicherung?",
            when(16, 13, 17), irt=IDS.get(31), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Frau Meinken,

danke für Ihr Interesse! Für ein E-Bike mit 3.200 EUR Neuwert kostet unsere
Fahrradversicherung Komfort:

  monatlich: 9,40 EUR   |   jährlich: 107,16 EUR (5 % Rabatt)

Versichert sind Diebstahl (auch des Akkus allein), Vandalismus, Unfallschäden,
Verschleiß ab dem 2. Jahr und Pannenhilfe. Selbstbeteiligung: keine.

Abschließen können Sie direkt online: weserland-versicherung.example/fahrrad

Viele Grüße
Jana Kowalski
Weserland Kundenservice
""")
    return m, "NORMAL", "de", "insurer-to-customer", "trap: generic tariff prices for a prospect, no contract or personal data"


def m033():
    m = new(33, "Oliver Frerichs <oliver.frerichs@weser-net.example>", "service@weserland-versicherung.example",
            "Vorversicherungsbescheinigung", when(16, 12, 30), headers=[("User-Agent", "Mozilla Thunderbird 128.7")])
    text(m, """Guten Tag,

ich wechsle zum 1.4. mit meinem Motorrad (HB-OF 77, Kawasaki Z650) zu einem anderen
Versicherer und brauche eine Vorversicherungsbescheinigung mit SF-Klasse.

Meine Daten: Oliver Frerichs, geb. 03.05.1988, Vertrag KF-20566012.
Bitte per Mail an mich.

MfG
O. Frerichs
""", cte="8bit", flowed=True)
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "motorcycle customer with birth date, plate and policy number"


def m034():
    m = new(34, "Ricarda Stöver <ricarda.stoever@mailbox.example>", "service@weserland-versicherung.example",
            "unfall beim joggen", when(16, 12, 44), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """hallo
bin am samstag beim joggen im bürgerpark umgeknickt, außenbandriss rechts, hab jetzt ne schiene für 6 wochen.
ich hab doch eine unfallversicherung bei ihnen, wie melde ich das?
ricarda stöver

Von meinem iPhone gesendet
""", cte="quoted-printable")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "accident insurance claim of the sender with ligament rupture"


def m035():
    cal = ics([dict(uid="d53-0035-schulung@weserland-versicherung.example",
                    summary="Pflichtschulung Datenschutz: Gesundheitsdaten im Kundenservice",
                    start=when(19, 10, 0), end=when(19, 11, 30), location="Raum Hunte (EG)",
                    description="Art. 9 DSGVO, Paragraf 203 StGB, Schweigepflichtentbindung, "
                                "Versand von Arztberichten, Mails an service@. Referentin: Dr. Meike Sander.",
                    organizer="datenschutz@weserland-versicherung.example",
                    attendees=["team-kundenservice@weserland-versicherung.example"])])
    m = new(35, "Datenschutz <datenschutz@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example",
            "Einladung: Pflichtschulung Datenschutz - Gesundheitsdaten im Kundenservice (Do 19.03., 10:00)",
            when(16, 13, 0), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Liebe Kolleginnen und Kollegen im Kundenservice,

am Donnerstag findet die jährliche Pflichtschulung statt. Themen:
- Was sind Gesundheitsdaten (Art. 9 DSGVO)? Auch "war beim Zahnarzt" gehört dazu.
- Weiterleitung von Arztberichten, Diagnosen und Rezepten nur intern an die Fachbereiche
- Schweigepflichtentbindung: wann brauchen wir sie?
- Was tun, wenn Kunden Befunde unverschlüsselt schicken?

Bitte Termin im Anhang annehmen.

Dr. Meike Sander
Datenschutzbeauftragte
""")
    att(m, cal, "d53-Einladung_Datenschutzschulung.ics", "text/calendar")
    return m, "NORMAL", "de", "internal", "trap: training invitation about health data and Paragraf 203, ICS attached, no person"


def m036():
    m = new(36, "Kanzlei Rademacher & Vos <kanzlei@rademacher-vos.example>", "service@weserland-versicherung.example",
            "Ihr VN Thore Bischoff - Schaden vom 28.02.2026 / unser Az. 112/26 R", when(16, 13, 26),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

wir vertreten die Interessen von Frau Wiebke Harms, Osterholzer Landstr. 40, 28325 Bremen.

Ihr Versicherungsnehmer, Herr Thore Bischoff, hat am 28.02.2026 beim Umzug in der
Wohnung unserer Mandantin einen Glastisch und eine Vitrine beschädigt (Privathaftpflicht,
Ihr Zeichen PH-50419920). Personen kamen nicht zu Schaden.

Den Sachschaden beziffern wir auf 1.940,00 EUR (Kostenvoranschlag anbei folgt per Post).
Wir bitten um Bestätigung Ihrer Eintrittspflicht bis zum 30.03.2026.

Mit freundlichen Grüßen
Dr. Jan Rademacher
Rechtsanwalt
Rademacher & Vos Rechtsanwälte PartG mbB, Contrescarpe 22, 28203 Bremen
""")
    return m, "CONFIDENTIAL", "de", "lawyer-to-insurer", "liability claim against a named policyholder; property damage only, nobody hurt"


def m037():
    m = new(37, "Weserland SecureMail <noreply@securemail.weserland-versicherung.example>",
            "service@weserland-versicherung.example", "Sie haben eine neue Nachricht im Weserland SecureMail-Portal",
            when(16, 13, 40), headers=[("Auto-Submitted", "auto-generated")])
    alt(m, """Guten Tag,

im Weserland SecureMail-Portal liegt eine neue Nachricht für Sie bereit.

Melden Sie sich an, um sie zu lesen:
https://securemail.weserland-versicherung.example/login

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Ihre Weserland Versicherung
""", """<html><body style="font-family:Arial">
<p>Guten Tag,</p>
<p>im Weserland SecureMail-Portal liegt eine neue Nachricht für Sie bereit.</p>
<p><a href="https://securemail.weserland-versicherung.example/login">Jetzt anmelden</a></p>
<p style="color:#666">Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.</p>
</body></html>
""")
    return m, "NORMAL", "de", "system-notification", "trap: secure-portal notification without content"


def m038():
    m = new(38, "Arjun Mehta <arjun.mehta@mailbox.example>", "service@weserland-versicherung.example",
            "Nachversicherung baby / newborn", when(16, 14, 2), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo,

my wife Priya Mehta is pregnant, due date is 28 May. Wir sind beide bei Ihnen privat
krankenversichert (KV-40330761 und KV-40330762).

Questions:
1. Can the baby be added without health questions (Kindernachversicherung)? Bis wann müssen wir das melden?
2. Priya has gestational diabetes since week 24, does that change anything for her tariff?

Thanks a lot,
Arjun Mehta
""")
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer", "pregnancy and gestational diabetes of a named insured person"


def m039():
    m = new(39, "Beitragsservice Weserland <beitragsservice@weserland-versicherung.example>",
            "Niklas Hoppe <niklas.hoppe@freemail.example>", "Zahlungserinnerung Hausratversicherung HR-30612258",
            when(16, 14, 15), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrter Herr Hoppe,

leider konnten wir den Beitrag für Ihre Hausratversicherung HR-30612258 nicht einziehen,
die Lastschrift vom 02.03.2026 wurde von Ihrer Bank zurückgegeben (Rücklastschrift).

Offener Betrag:        14,90 EUR
Rücklastschriftgebühr:  3,00 EUR
Gesamt:                17,90 EUR

Bitte überweisen Sie den Betrag bis zum 30.03.2026 auf unser Konto
Weserland Versicherung AG, IBAN DE55 2907 0024 5082 1655 22, Verwendungszweck HR-30612258.

Mit freundlichen Grüßen
Frank Ahlers
Beitragsservice · Weserland Versicherung AG
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "payment reminder to a named household policyholder (arrears; insurer's own IBAN is not personal)"


def m040():
    m = new(40, "Tim Kaminski <tim.kaminski@weser-net.example>", "service@weserland-versicherung.example",
            "frage zahnplus", when(16, 15, 3), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """hallo,
was ist bei ZahnPlus der unterschied zwischen prophylaxe und professioneller zahnreinigung? und gibts wartezeit für implantate und inlays?
überlege abzuschliessen
gruss tim
""", cte="8bit")
    return m, "NORMAL", "de", "customer-to-insurer", "trap: prospect asks generic dental-tariff questions, nothing about his own health"


# ---------------------------------------------------------------- Tuesday, 17 March 2026

def m041():
    m = new(41, "Yasemin Korkmaz <yasemin.korkmaz@mailbox.example>", "service@weserland-versicherung.example",
            "evb nummer", when(17, 6, 58), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """guten morgen,
brauche dringend eine evb für mein neues auto, will heute zur zulassungsstelle.
Skoda Fabia, FIN TMBJB9NJ5R7041188, soll über meinen bestehenden vertrag laufen (KF-20750914, alter wagen wird abgemeldet)
danke!!
Yasemin Korkmaz
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named motor customer with VIN and policy number"


def m042():
    m = new(42, SERVICE, "Yasemin Korkmaz <yasemin.korkmaz@mailbox.example>", "AW: evb nummer",
            when(17, 8, 4), irt=IDS.get(41), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Morgen Frau Korkmaz,

Ihre elektronische Versicherungsbestätigung (eVB) für den Skoda Fabia
(FIN TMBJB9NJ5R7041188) lautet:

    eVB-Nummer: K7M4RX2

Sie gilt als Fahrzeugwechsel in Ihrem Vertrag KF-20750914 und ist 6 Monate gültig.
Nach der Zulassung melden wir uns mit dem neuen Beitrag.

Viel Freude mit dem neuen Auto!
Tobias Brenner
Weserland Kundenservice
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "eVB for a named customer's vehicle with VIN and policy number"


def m043():
    m = new(43, "Anja Rosenbrock <anja.rosenbrock@posteingang.example>", "service@weserland-versicherung.example",
            "Pflegegrad Mutter - Bescheid", when(17, 7, 20), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

meine Mutter, Erika Rosenbrock, hat eine Pflegezusatzversicherung bei Ihnen
(PZ-88102245). Sie ist jetzt in Pflegegrad 3 eingestuft worden, der Bescheid der
Pflegekasse ist im Anhang. Ich habe eine Vorsorgevollmacht.

Was müssen wir tun, damit das Pflegetagegeld gezahlt wird?

Mit freundlichen Grüßen
Anja Rosenbrock
""")
    att(m, pdf(["# Pflegekasse Bremen - Bescheid ueber Pflegegrad",
                "",
                "Frau Erika Rosenbrock, geb. 17.10.1941",
                "Seniorenwohnpark Am Weserwehr, Zimmer 112, 28309 Bremen",
                "",
                "Sehr geehrte Frau Rosenbrock,",
                "auf Grundlage des Gutachtens des Medizinischen Dienstes vom 26.02.2026",
                "stufen wir Sie ab dem 01.02.2026 in den Pflegegrad 3 ein.",
                "",
                "Gesamtpunktwert: 58,75",
                "Modul 2 (kognitive Faehigkeiten): erheblich beeintraechtigt (Demenz vom Alzheimer-Typ, G30.1)",
                "Modul 4 (Selbstversorgung): Hilfe beim Waschen und Ankleiden",
                "",
                "Leistungen ab 01.02.2026: Pflegegeld 599,00 EUR monatlich",
                "",
                "Mit freundlichen Gruessen, Ihre Pflegekasse"], title="Bescheid Pflegegrad"),
        "d53-Bescheid_Pflegegrad.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "care level 3 of a named insured mother; dementia diagnosis in the PDF"


def m044():
    m = new(44, "Kevin Schreiber <kevin@topranking-seo.example>", "service@weserland-versicherung.example",
            "Kooperationsanfrage: Weserland auf Seite 1 bei Google", when(17, 7, 31),
            headers=[("X-Mailer", "Mailchimp")])
    text(m, """Hallo liebes Weserland-Team,

ich habe mir Ihre Website angesehen und sehe großes Potenzial! Für Begriffe wie
"Hausratversicherung Bremen" ranken Sie nur auf Seite 3.

Mit unserem SEO-Paket "Ranking Turbo" bringen wir Sie in 90 Tagen auf Seite 1 -
garantiert, sonst Geld zurück. Nur 490 Euro im Monat.

Haben Sie 15 Minuten für ein kurzes Gespräch diese Woche?

Beste Grüße
Kevin Schreiber
TopRanking SEO Agentur
""")
    return m, "NORMAL", "de", "spam", "unsolicited SEO offer"


def m045():
    m = new(45, "Weserland Gesundheit <newsletter@news.weserland-versicherung.example>",
            "service@weserland-versicherung.example", "Ihr Gesundheits-Tipp: Rückenschmerzen vorbeugen - 5 Übungen fürs Büro",
            when(17, 7, 45), headers=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden>"),
                                      ("Precedence", "bulk")])
    html(m, """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Gesundheits-Tipp</title></head>
<body style="font-family:Verdana,sans-serif;background:#f4f7f6">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h1 style="color:#0a6e5c">Rückenschmerzen vorbeugen</h1>
<p>Fast jeder zweite Erwachsene hat mindestens einmal im Jahr Rückenschmerzen.
Meist steckt kein Bandscheibenvorfall dahinter, sondern zu wenig Bewegung.</p>
<ol>
<li>Schulterkreisen &ndash; 10&times; vorwärts, 10&times; rückwärts</li>
<li>Katzenbuckel im Sitzen</li>
<li>Brustöffner an der Türzarge</li>
<li>Beckenkippen</li>
<li>Jede Stunde 2 Minuten gehen</li>
</ol>
<p>Mit ZahnPlus und AmbulantPlus erstatten wir bis zu 300&nbsp;EUR im Jahr für Präventionskurse.</p>
<p style="font-size:11px;color:#888">Dieser Tipp ersetzt keinen ärztlichen Rat.
<a href="https://news.weserland-versicherung.example/abmelden">Abmelden</a></p>
</td></tr></table>
</body></html>
""")
    return m, "NORMAL", "de", "newsletter", "trap: HTML-only health-tips newsletter (back pain, herniated disc), no person"


def m046():
    m = new(46, "Thomas Meier <t.meier-ol@weser-net.example>", "service@weserland-versicherung.example",
            "Adressänderung Meier KF-20190443 neu: Hauptstr. 5, 26122 Oldenburg ab 01.04.", when(17, 8, 9),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """s. Betreff

T. Meier
""", cte="7bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "address change of a named motor customer only in the subject"


def m047():
    m = new(47, "Jana Kowalski <jana.kowalski@weserland-versicherung.example>",
            "Leben Service <leben-service@weserland-versicherung.example>",
            "bitte übernehmen: Bezugsrecht LV-71220588", when(17, 8, 26),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Leben-Team,

bitte übernehmen. Herr Gunnar Wessels (LV-71220588, Kapitallebensversicherung) hat
heute früh angerufen und will das Bezugsrecht im Todesfall ändern: nicht mehr seine
geschiedene Frau Marion Wessels, sondern seine Lebensgefährtin Silke Brandes,
geb. 09.12.1975. Er bittet um das Formular per Post an Mühlenstr. 18, 28857 Syke.

Danke, Jana
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "beneficiary change on a named person's life policy, with birth date"


def m048():
    m = new(48, "Daniel Okafor <d.okafor@mailbox.example>", "service@weserland-versicherung.example",
            "Insurance certificate needed", when(17, 8, 50, tz=1), headers=[("X-Mailer", "Outlook for iOS")])
    text(m, """Hello,

could you please send me a confirmation that my car is insured with you?
My employer needs it for the company parking permit.

Policy: KF-20811356
Car: Toyota Yaris, HB-DO 512
Name: Daniel Okafor

Thanks!
Daniel

Get Outlook for iOS
""")
    return m, "CONFIDENTIAL", "en", "customer-to-insurer", "named motor policyholder asks for insurance certificate, plate and policy"


def m049():
    d = docx([("h", "Schulung Erstkontakt Leistung: Anonymisierte Fallbeispiele"),
              ("p", "Alle Fälle sind anonymisiert und verfremdet. Altersangaben nur in Spannen."),
              ("t", [["Fall", "Versicherte Person", "Sachverhalt", "Richtige Weiterleitung"],
                     ["1", "Kundin, 40-49 J.", "schickt MRT-Befund (Bandscheibenvorfall) an service@", "kv-leistung@, Hinweis auf App"],
                     ["2", "Kunde, 60-69 J.", "Unfall beim Radfahren, fragt nach Invalidität", "unfall-leistung@"],
                     ["3", "Angehörige", "meldet Todesfall, fragt nach Lebensversicherung", "leben-service@, Kondolenz-Baustein"],
                     ["4", "Kunde, 30-39 J.", "Krankentagegeld, AU-Bescheinigung als Foto", "kv-leistung@"],
                     ["5", "Kundin, 70-79 J.", "Pflegegrad-Bescheid der Pflegekasse", "pflege@"]]),
              ("p", "Merksatz: Gesundheitsdaten nie selbst beantworten, immer 'bitte übernehmen' an den Fachbereich.")])
    m = new(49, "Nadine Vogt <nadine.vogt@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Fallbeispiele für die Einarbeitung (anonymisiert)",
            when(17, 9, 2), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo ihr,

für die beiden neuen Kolleginnen ab April habe ich die Fallbeispiele überarbeitet
(anonymisiert, nur Altersspannen). Bitte kurz drüberschauen, ob etwas fehlt.

Nadine
""")
    att(m, d, "d53-Fallbeispiele_Einarbeitung.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m, "NORMAL", "de", "internal", "trap: anonymised training cases with diagnoses, age bands only"


def m050():
    m = new(50, "Jörg Thießen <joerg.thiessen@kabelmail.example>", "service@weserland-versicherung.example",
            "brille", when(17, 9, 15), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """moin, hier die rechnung vom optiker, neue gleitsichtbrille weil die augen schlechter geworden sind (jetzt -2,75 links / -3,00 rechts). bitte über die zusatzversicherung KZ-71301177 abrechnen. 
rechnung 689 euro, kontonr habt ihr ja
jörg thießen
""", cte="8bit")
    att(m, jpg(["Optik Brillenhaus am Markt, Obernstrasse 12, 28195 Bremen",
                "Rechnung 26-0877 vom 12.03.2026",
                "Kunde: Joerg Thiessen",
                "Gleitsichtglaeser R sph -3,00 cyl -0,50 A 90 add 2,00",
                "               L sph -2,75 cyl -0,25 A 85 add 2,00",
                "Fassung Lindberg Titan                 239,00 EUR",
                "2 Glaeser Gleitsicht                   450,00 EUR",
                "Summe                                  689,00 EUR"]),
        "d53-IMG_20260317_0912.jpg", "image/jpeg")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "glasses prescription and optician invoice of the sender for supplementary health cover"


def m051():
    m = new(51, "KV Leistung <kv-leistung@weserland-versicherung.example>",
            "Jörg Thießen <joerg.thiessen@kabelmail.example>", "AW: brille - Ihre Leistungsabrechnung",
            when(17, 14, 22), irt=IDS.get(50), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrter Herr Thießen,

Ihre Optiker-Rechnung vom 12.03.2026 haben wir abgerechnet:

  Tarif AmbulantPlus (KZ-71301177), Sehhilfen
  Rechnungsbetrag:                     689,00 EUR
  Höchstbetrag Sehhilfen alle 2 Jahre: 300,00 EUR
  Erstattung:                          300,00 EUR

Der Betrag geht in den nächsten Tagen auf Ihr bekanntes Konto.
Ihr nächster Anspruch auf Sehhilfen besteht ab 12.03.2028.

Mit freundlichen Grüßen
Petra Lühr
Leistungsabteilung Kranken · Weserland Krankenversicherung AG
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "health benefit statement for glasses of a named customer"


def m052():
    m = new(52, "Werner Dählmann <w.daehlmann@posteingang.example>", "service@weserland-versicherung.example",
            "Schaden S-2026-0031877 - seit 3 Wochen nichts!", when(17, 9, 33),
            headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])
    text(m, """Sehr geehrte Damen und Herren,

am 24.02. hatte ich den Hagelschaden an meinem Wagen gemeldet (Schaden S-2026-0031877,
Teilkasko KF-20044518, Kennzeichen OHZ-WD 66). Der Gutachter war am 03.03. da.
Seitdem höre ich nichts. Die Werkstatt wartet auf Ihre Freigabe, ich brauche das Auto!

Ich erwarte eine Antwort bis Donnerstag.

Werner Dählmann
Lilienthaler Str. 9, 27711 Osterholz-Scharmbeck
""", cs="windows-1252")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "complaint about a named customer's motor hail claim (claim, policy, plate)"


def m053():
    m = new(53, "Hendrik Saathoff <hendrik.saathoff@freemail.example>", "service@weserland-versicherung.example",
            "Abwesend: Re: Ihre Anfrage", when(17, 9, 40),
            headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    text(m, """Ich bin bis zum 23.03.2026 im Urlaub und lese meine Mails nur unregelmäßig.
Viele Grüße
Hendrik Saathoff
""")
    return m, "NORMAL", "de", "auto-reply", "customer's holiday auto-reply without content"


def m054():
    m = new(54, "Lea Brüning <lea.bruening@mailbox.example>", "service@weserland-versicherung.example",
            "Kündigung Hausrat - Umzug nach Dänemark", when(17, 9, 52), headers=[("X-Mailer", "Apple Mail (2.3774.400.31)")])
    text(m, """Hallo,

ich ziehe Ende März nach Aarhus und kündige daher meine Hausratversicherung
HR-30445190 zum 31.03.2026. Die Wohnung in der Feldstraße 41, 28203 Bremen wird
zum 31.03. übergeben.

Bitte Bestätigung an diese Adresse. Die Beiträge bitte bis dahin wie gehabt abbuchen.

Viele Grüße
Lea Brüning
""")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "household cancellation of a named customer with address"


def m055():
    d = docx([("h", "Vorlage: Kündigungsbestätigung Sachversicherung (Stand 03/2026)"),
              ("p", "«Anrede» «Vorname» «Nachname»"),
              ("p", "«Straße» «Hausnummer», «PLZ» «Ort»"),
              ("p", "Ihre «Sparte» Nr. «Vertragsnummer» - Kündigung vom «Eingangsdatum»"),
              ("p", "«Briefanrede»,"),
              ("p", "wir bestätigen die Kündigung Ihres Vertrags zum «Beendigungsdatum». "
                    "Zu viel gezahlte Beiträge in Höhe von «Erstattungsbetrag» EUR überweisen wir auf das Konto «IBAN_maskiert»."),
              ("p", "Schade, dass Sie gehen. Wenn sich etwas ändert: Wir sind für Sie da."),
              ("p", "Mit freundlichen Grüßen, «Sachbearbeiter»")])
    m = new(55, "Sven Hildebrandt <sven.hildebrandt@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Neue Vorlage Kündigungsbestätigung - ab sofort nutzen",
            when(17, 10, 5), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo zusammen,

die Rechtsabteilung hat die Vorlage überarbeitet (Satz zur Beitragserstattung neu).
Bitte ab heute nur noch diese Version nehmen, die alte aus dem Laufwerk ist gelöscht.

Gruß Sven
""")
    att(m, d, "d53-Vorlage_Kuendigungsbestaetigung.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m, "NORMAL", "de", "internal", "trap: cancellation letter template with IBAN and amount placeholders only"


def m056():
    m = new(56, "Manfred Ihnken <manfred.ihnken@kabelmail.example>", "service@weserland-versicherung.example",
            "AW: Rechnung Reha", when(17, 10, 19), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo,
ich glaube ich hab die Rechnung an die falsche Adresse geschickt. Bitte an die richtige Stelle weiterleiten, danke.
Manfred Ihnken
""")
    att(m, pdf(["# Rehaklinik Am Sonnenhang - Bad Zwischenahn",
                "Rechnung Nr. RK-2026-03318                 Datum: 10.03.2026",
                "",
                "Patient: Manfred Ihnken, geb. 30.08.1957",
                "Versicherung: Weserland Krankenversicherung AG, KV-40072219",
                "Aufenthalt: 09.02.2026 - 02.03.2026 (22 Tage)",
                "Indikation: Anschlussheilbehandlung nach Hueft-TEP links (Z96.64)",
                "",
                "Unterkunft und Verpflegung Einzelzimmer   22 x 148,00 EUR   3.256,00 EUR",
                "Therapiepauschale orthopaedisch           22 x  96,50 EUR   2.123,00 EUR",
                "Chefarztbehandlung (GOAE)                                     612,40 EUR",
                "",
                "Gesamtbetrag                                                5.991,40 EUR",
                "Zahlbar bis 09.04.2026"], title="Rechnung Reha"),
        "d53-Rechnung_Reha_Ihnken.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "harmless body; rehab invoice after hip replacement only in the PDF"


def m057():
    m = new(57, "Sofia Rinaldi <sofia.rinaldi@mailbox.example>", "service@weserland-versicherung.example",
            "Question about job posting - Claims Specialist Health", when(17, 10, 34),
            headers=[("X-Mailer", "Apple Mail (2.3774.400.31)")])
    text(m, """Hello,

I saw your job posting "Sachbearbeiter Leistung Kranken (m/w/d)" on your website.
Is the position still open, and is it possible to apply with B2 German? I have four
years of experience in health claims at an insurer in Milan.

Thank you and best regards,
Sofia Rinaldi
""")
    return m, "NORMAL", "en", "applicant-to-insurer", "job question by an applicant, no personal data beyond name"


def m058():
    m = new(58, "Sach-Schaden Weserland <sach-schaden@weserland-versicherung.example>",
            "Finn Lohmann <finn.lohmann@weser-net.example>", "Ihr Fahrraddiebstahl S-2026-0040312 - Regulierung",
            when(17, 10, 50), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag Herr Lohmann,

zu Ihrem Fahrraddiebstahl vom 06.03.2026 (Fahrradversicherung FR-12044380,
Cube Kathmandu Hybrid, Rahmennummer WBK2238191C) haben wir die Unterlagen geprüft.

Neuwert laut Rechnung:         2.499,00 EUR
abzüglich Neuwertverlust 30 %:   749,70 EUR
Entschädigung:                 1.749,30 EUR

Die Zahlung geht an Ihr Konto DE98 7602 6000 6443 8131 98 (Lohmann, Finn).
Sollte das Rad wieder auftauchen, geben Sie uns bitte Bescheid.

Freundliche Grüße
Kerstin Böttcher
Schaden Sach · Weserland Versicherung AG
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "bicycle theft settlement with full IBAN of a named customer"


def m059():
    m = new(59, "Marco Reents <marco.reents@freemail.example>", "service@weserland-versicherung.example",
            "unfall", when(17, 11, 3), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """hallo, hatte gestern einen unfall auf der arbeit (leiter umgekippt), schulter ausgekugelt und ein bruch am oberarm, liege im krankenhaus diako.
hab unfallversicherung UV-60193340 bei ihnen. was muss ich machen?
marco reents
""", cte="8bit")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "accident claim of the sender with dislocation, fracture and hospital stay"


def m060():
    m = new(60, "Melike Arslan <melike.arslan@weserland-versicherung.example>",
            "Unfall Leistung <unfall-leistung@weserland-versicherung.example>",
            "bitte übernehmen: WG: unfall", when(17, 11, 12), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Birte,

bitte übernehmen, Unfallmeldung kam ans service@. Arbeitsunfall, d.h. BG ist wohl
auch im Spiel. Ich habe ihm die Eingangsbestätigung geschickt.

Melike

-----Ursprüngliche Nachricht-----
Von: Marco Reents <marco.reents@freemail.example>
Gesendet: Dienstag, 17. März 2026 11:03
An: service@weserland-versicherung.example
Betreff: unfall

hallo, hatte gestern einen unfall auf der arbeit (leiter umgekippt), schulter ausgekugelt und ein bruch am oberarm, liege im krankenhaus diako.
hab unfallversicherung UV-60193340 bei ihnen. was muss ich machen?
marco reents
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "routing of an accident claim with injuries in the forwarded text"


def m061():
    m = new(61, "Disposition Nordakten <dispo@nordakten-entsorgung.example>", "service@weserland-versicherung.example",
            "Abholung Datenschutzbehälter Fr 20.03.", when(17, 11, 30))
    text(m, """Sehr geehrte Damen und Herren,

wir bestätigen die Abholung Ihrer Datenschutzbehälter (Sicherheitsstufe P-4) am
Freitag, 20.03.2026, zwischen 7 und 9 Uhr, Am Wall 140, Anlieferung Hof.

Angemeldet: 14 Behälter à 240 l (Arztberichte, Rechnungen, Schriftgut Leistung Kranken
aus dem Scanzentrum). Vernichtungsprotokoll nach DIN 66399 erhalten Sie per Post.

Bitte Behälter verschlossen bereitstellen.

Mit freundlichen Grüßen
Nordakten Entsorgung GmbH, Disposition
""")
    return m, "NORMAL", "de", "supplier-to-insurer", "trap: shredding pickup mentioning medical reports, no document content"


def m062():
    m = new(62, "Ole Rickmers <ole@rickmers-versicherungsmakler.example>", "Melike Arslan <melike.arslan@weserland-versicherung.example>",
            "PHV-Nachweis Kunde Schwarting - asap", when(17, 11, 41), cc="service@weserland-versicherung.example",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hi Frau Arslan,

quick one: Mein Kunde Herr Lennart Schwarting (PH-50377041) braucht für seinen neuen
Mietvertrag einen Nachweis über die Privathaftpflicht inkl. Mietsachschäden.
Vermieter will es by Friday. Könnten Sie mir das PDF schicken? Thx!

Best
Ole Rickmers
Rickmers Versicherungsmakler e.K. · Vermittlerreg. D-K7TR-XQ4Y1-22
""")
    return m, "CONFIDENTIAL", "mixed", "broker-to-insurer", "broker asks for liability confirmation of a named client with policy number"


def m063():
    m = new(63, "Maklerbetreuung Weserland <maklerbetreuung@weserland-versicherung.example>",
            "maklerverteiler-nord@weserland-versicherung.example", "Maklerinfo 03/2026: Neue Unfalltarife ab 01.04.",
            when(17, 12, 0), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    alt(m, """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

ab 01.04.2026 gelten die neuen Unfalltarife UnfallAktiv und UnfallAktiv Plus.

Beitragsbeispiele (Gefahrengruppe A, Grundsumme 100.000 EUR, Progression 350 %):
  Bürokauffrau, 35 Jahre:          8,40 EUR mtl.
  Lehrer, 52 Jahre:               11,90 EUR mtl.
  Kind, 6 Jahre:                   5,20 EUR mtl.

Neu: Leistungen bei Herzinfarkt und Schlaganfall als Unfallfolge (Plus), Krankenhaus-
tagegeld ab dem 1. Tag, Gipsgeld 150 EUR.

Ihre Maklerbetreuung Nord
Lars Oltmanns
""", """<html><body><p>Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,</p>
<p>ab 01.04.2026 gelten die neuen Unfalltarife <b>UnfallAktiv</b> und <b>UnfallAktiv Plus</b>.</p>
<table border="1" cellpadding="4"><tr><th>Beispiel</th><th>Beitrag mtl.</th></tr>
<tr><td>Bürokauffrau, 35 Jahre</td><td>8,40 EUR</td></tr>
<tr><td>Lehrer, 52 Jahre</td><td>11,90 EUR</td></tr>
<tr><td>Kind, 6 Jahre</td><td>5,20 EUR</td></tr></table>
<p>Neu: Leistungen bei Herzinfarkt und Schlaganfall als Unfallfolge (Plus), Krankenhaustagegeld ab dem 1. Tag, Gipsgeld 150 EUR.</p>
<p>Ihre Maklerbetreuung Nord<br>Lars Oltmanns</p></body></html>
""")
    return m, "NORMAL", "de", "insurer-to-broker", "trap: broker tariff info with example ages and premiums, no real person"


def m064():
    m = new(64, "Sabine Gerken <sabine.gerken@posteingang.example>", "service@weserland-versicherung.example",
            "falsches Geburtsdatum", when(17, 12, 18), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag,

auf meiner Beitragsrechnung für die Kfz-Versicherung (KF-20688124) steht als
Geburtsdatum der 14.07.1988. Richtig ist 14.07.1983. Bitte korrigieren.

Sabine Gerken
""")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "birth date correction of a named motor customer"


def m065():
    m = new(65, "Emre Yilmaz <emre.yilmaz@freemail.example>", "service@weserland-versicherung.example",
            "Arztrechnung Türkei", when(17, 12, 30, tz=3), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hallo, bin gerade in Antalya im Urlaub und war gestern beim Arzt, Magen-Darm-Infekt mit Fieber. Hab 85 Euro bezahlt, Rechnung anbei. Auslandsreisekranken RV-90233518.
Kann ich das so einreichen?
Emre Yilmaz
""", cte="quoted-printable")
    att(m, jpg(["Ozel Akdeniz Klinigi, Antalya",
                "Fatura / Invoice 2026/1187   16.03.2026",
                "Hasta / Patient: Emre Yilmaz",
                "Tani / Diagnosis: Akut gastroenterit (A09)",
                "Muayene + Infuzyon + Ilac",
                "Toplam / Total: 85,00 EUR (paid cash)"]),
        "d53-IMG_5530.jpg", "image/jpeg")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "travel health claim: sender's gastroenteritis and doctor's invoice abroad"


def m066():
    m = new(66, "ClaimsTech Events <events@claimstech-solutions.example>", "service@weserland-versicherung.example",
            "Webinar: KI im Claims Management - Join us am 26.03.!", when(17, 13, 0),
            headers=[("List-Unsubscribe", "<https://claimstech-solutions.example/unsubscribe>"), ("Precedence", "bulk")])
    alt(m, """Hallo Insurance Professionals,

Join our free webinar "KI im Claims Management - from FNOL to Payment in 24h".
Date: 26.03.2026, 11:00-12:00 CET

Agenda:
- Live-Demo: Automatische Dokumentenerkennung (Arztrechnungen, KVA, Gutachten)
- Case Study: Mid-size insurer reduces handling time by 38 %
- Q&A mit unseren Experts

Register now: https://claimstech-solutions.example/webinar-0326

ClaimsTech Solutions GmbH, Berlin
Unsubscribe: https://claimstech-solutions.example/unsubscribe
""", """<html><body><h2>KI im Claims Management</h2>
<p>Join our free webinar &ldquo;from FNOL to Payment in 24h&rdquo; &ndash; 26.03.2026, 11:00 CET</p>
<ul><li>Live-Demo: Automatische Dokumentenerkennung (Arztrechnungen, KVA, Gutachten)</li>
<li>Case Study: Mid-size insurer reduces handling time by 38&nbsp;%</li><li>Q&amp;A</li></ul>
<p><a href="https://claimstech-solutions.example/webinar-0326">Register now</a></p>
<p style="font-size:10px"><a href="https://claimstech-solutions.example/unsubscribe">Unsubscribe</a></p></body></html>
""")
    return m, "NORMAL", "mixed", "newsletter", "vendor webinar invitation in Denglisch"


def m067():
    m = new(67, "Claudia Frese <claudia.frese@mailbox.example>", "service@weserland-versicherung.example",
            "Wasserschaden Küche", when(17, 13, 21), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hallo,
heute Nacht ist unter der Spüle der Schlauch von der Spülmaschine geplatzt. Küchenboden (Laminat) nass, Unterschränke aufgequollen, unten beim Nachbarn Fleck an der Decke. Klempner war da.
Hausrat HR-30288170, Mietwohnung Humboldtstr. 60, 28203 Bremen.
Fotos schicke ich gleich hinterher.
Claudia Frese
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "water damage claim of a named household policyholder with address"


def m068():
    m = new(68, "\"RAin Dr. Svenja Hollander\" <hollander@kanzlei-hollander.example>", "service@weserland-versicherung.example",
            "BU-Leistungsantrag Frau Kirsten Abels, BU-77340128 - Gutachten", when(17, 13, 45),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

in der Angelegenheit unserer Mandantin Frau Kirsten Abels, geb. 02.02.1979,
Berufsunfähigkeitsversicherung BU-77340128, übersenden wir vorab per E-Mail das
fachpsychiatrische Gutachten von Prof. Dr. Lenz vom 05.03.2026.

Der Gutachter bestätigt eine rezidivierende depressive Störung, gegenwärtig schwere
Episode (F33.2), sowie eine generalisierte Angststörung (F41.1). Die Leistungsfähigkeit
als Grundschullehrerin ist seit mindestens 10/2025 auf unter 50 % gesunken.

Wir fordern Sie auf, die Leistungspflicht bis zum 07.04.2026 anzuerkennen.

Mit freundlichen Grüßen
Dr. Svenja Hollander
Rechtsanwältin · Fachanwältin für Versicherungsrecht
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer", "lawyer sends psychiatric findings (F33.2, F41.1) of a named BU claimant"


def m069():
    m = new(69, "Tobias Brenner <tobias.brenner@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Kaffeemaschine 3. OG", when(17, 13, 58),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """zeigt wieder "Entkalken" und macht nix mehr. hab Facility Bescheid gesagt, bis dahin 2. OG 😉
""", cte="8bit")
    return m, "NORMAL", "de", "internal", "office chatter"


def m070():
    m = new(70, "Sach-Schaden Weserland <sach-schaden@weserland-versicherung.example>",
            "Claudia Frese <claudia.frese@mailbox.example>", "AW: Wasserschaden Küche - Schaden S-2026-0040587",
            when(17, 15, 10), irt=IDS.get(67), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Frau Frese,

vielen Dank für Ihre Schadenmeldung. Ihr Schaden ist unter der Nummer S-2026-0040587
(Hausrat HR-30288170) angelegt.

Damit wir schnell helfen können, schicken Sie uns bitte:
- Fotos der beschädigten Möbel und des Bodens
- die Rechnung des Klempners
- Kaufbelege oder Alter der Küchenunterschränke

Hinweis: Den Schaden an der Wohnung selbst (Laminat, Decke beim Nachbarn) melden Sie
bitte zusätzlich Ihrem Vermieter, das betrifft dessen Gebäudeversicherung.

Freundliche Grüße
Kerstin Böttcher
Schaden Sach · Weserland Versicherung AG
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "claim acknowledgement for a named household policyholder"


def m071():
    m = new(71, "Hannah Lüdtke <hannah.luedtke@mailbox.example>", "service@weserland-versicherung.example",
            "My father passed away - life insurance", when(17, 16, 5, tz=0), headers=[("X-Mailer", "Apple Mail (2.3774.400.31)")])
    text(m, """Dear Sir or Madam,

I am writing on behalf of my late father, Klaus Lüdtke, born 21 April 1949, who died on
9 March 2026 in Bremerhaven after a long illness (lung cancer). I live in Leeds and do
not speak much German, sorry.

He had a life insurance policy with you, I believe the number is LV-70988123. I think
I am the beneficiary. What documents do you need from me? I have the death certificate
and the will.

Kind regards,
Hannah Lüdtke
""")
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer", "death and cause of death of a named life policyholder"


def m072():
    m = new(72, "Jonas Feldmann <presse@weserland-versicherung.example>", "verteiler-presse@weserland-versicherung.example",
            "Pressemitteilung: Weserland zahlt 2025 mehr als 1,1 Mrd. Euro an Kunden aus", when(17, 16, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """PRESSEMITTEILUNG - Bremen, 17. März 2026

Weserland zahlt 2025 mehr als 1,1 Milliarden Euro an Kunden aus

Die Weserland Versicherungsgruppe hat im Geschäftsjahr 2025 Leistungen von
1,14 Mrd. Euro erbracht (Vorjahr: 1,02 Mrd.). Davon entfielen 412 Mio. Euro auf
Krankheitskosten, 286 Mio. Euro auf Lebens- und Rentenversicherungen und 61 Mio. Euro
auf Berufsunfähigkeitsrenten. Häufigste Ursache für eine Berufsunfähigkeit waren
psychische Erkrankungen (37 %), gefolgt von Erkrankungen des Bewegungsapparats (21 %).

"Sturm, Hagel und steigende Werkstattkosten haben die Schaden-Kosten-Quote in Kfz auf
103 % getrieben", sagt Vorstandsvorsitzende Dr. Anke Lüdemann.

Pressekontakt: Jonas Feldmann, presse@weserland-versicherung.example, 0421 98765-120
""")
    return m, "NORMAL", "de", "insurer-to-press", "trap: press release with claims totals and BU causes, aggregate only"


def m073():
    m = new(73, "Sebastian Kruse <sebastian.kruse@weser-net.example>", "service@weserland-versicherung.example",
            "Rechtsschutz - Vermieter will Eigenbedarf", when(17, 17, 2), headers=[("User-Agent", "Mozilla Thunderbird 128.7")])
    text(m, """Guten Abend,

mein Vermieter hat mir wegen Eigenbedarf gekündigt (Schreiben vom 10.03., Auszug bis
30.09.). Ich halte das für vorgeschoben. Übernimmt meine Rechtsschutzversicherung
RS-44109873 (Mietrecht) die Kosten für einen Anwalt? Ich wohne seit 2011 in der Wohnung
Friedrich-Ebert-Str. 77, 28199 Bremen.

Danke und Gruß
Sebastian Kruse
""", cte="quoted-printable", flowed=True)
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "legal-expenses (tenancy) request of a named policyholder"


def m074():
    m = new(74, "Weserland Kundenportal <noreply@kundenportal.weserland-versicherung.example>",
            "kunde-7734@freemail.example", "Ihr Passwort wurde zurückgesetzt", when(17, 17, 40),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, """Guten Tag,

das Passwort für Ihr Weserland Kundenportal wurde soeben zurückgesetzt.
Ihr Einmal-Passwort für die nächste Anmeldung lautet: 7hQ-x42-Lm9

Es ist 24 Stunden gültig. Danach müssen Sie ein eigenes Passwort festlegen.

Waren Sie das nicht? Dann melden Sie sich bitte sofort unter 0421 98765-0.

Ihr Weserland Kundenportal
""")
    return m, "NORMAL", "de", "system-notification", "trap: portal one-time password mail, no name or contract"


def m075():
    m = new(75, "Carsten Wolters <carsten.wolters@kabelmail.example>", "service@weserland-versicherung.example",
            "kann diesen monat nicht zahlen", when(17, 18, 11), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """hallo, ich kann den beitrag für die krankenversicherung diesen monat nicht zahlen (hab meinen job verloren). geht ratenzahlung oder stunden? versicherungsnr KV-40255116
c. wolters
""", cte="8bit")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "premium arrears in a named person's health insurance (plus job loss)"


# ---------------------------------------------------------------- Wednesday, 18 March 2026

def m076():
    m = new(76, "Gewinnspiel-Zentrale <gewinn@euro-gewinnzentrale.example>", "service@weserland-versicherung.example",
            "Herzlichen Glückwunsch! Sie haben 250.000,00 EUR gewonnen", when(18, 3, 14, tz=2),
            headers=[("X-Mailer", "Bulk Sender 1.2")])
    text(m, """HERZLICHEN GLÜCKWUNSCH!!!

Ihre E-Mail-Adresse wurde bei der internationalen Euro-Ziehung als Gewinner gezogen.
Gewinnsumme: 250.000,00 EUR

Um Ihren Gewinn zu erhalten, senden Sie uns Ihren vollständigen Namen, Adresse und
eine Bearbeitungsgebühr von 99 EUR per Western Union.

Gewinnnummer: EU/4471/2026/DE
Frau Dr. Margarete Stein, Auszahlungsabteilung
""")
    return m, "NORMAL", "de", "spam", "lottery scam"


def m077():
    m = new(77, "Ilka Feldhusen <ilka.feldhusen@posteingang.example>", "service@weserland-versicherung.example",
            "Heilpraktiker Rechnung", when(18, 7, 12), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Morgen,

anbei meine Heilpraktikerrechnung zur Erstattung über meinen Tarif AmbulantPlus.

Viele Grüße
Ilka Feldhusen
""")
    att(m, pdf(["# Naturheilpraxis Heike Warnecke - Heilpraktikerin",
                "Am Dobben 44, 28203 Bremen",
                "",
                "Rechnung Nr. 2026-041              Datum: 13.03.2026",
                "fuer: Ilka Feldhusen, Bismarckstrasse 19, 28203 Bremen",
                "",
                "Diagnose: Spannungskopfschmerz, chronische Migraene (G43.9)",
                "",
                "Datum       GebueH-Ziffer  Leistung                         Betrag",
                "05.02.2026  1              Eingehende Untersuchung          22,00 EUR",
                "05.02.2026  28.1           Akupunktur                       30,00 EUR",
                "19.02.2026  28.1           Akupunktur                       30,00 EUR",
                "05.03.2026  28.1           Akupunktur                       30,00 EUR",
                "12.03.2026  28.1           Akupunktur                       30,00 EUR",
                "",
                "Gesamt                                                     142,00 EUR"], title="Rechnung Heilpraktiker",
               author="Naturheilpraxis Warnecke"),
        "d53-Rechnung_HP_Feldhusen.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "naturopath invoice with migraine diagnosis; body names the health tariff"


def m078():
    m = new(78, "Horst Bolte <horst.bolte@kabelmail.example>", "service@weserland-versicherung.example",
            "Zahlweise ändern", when(18, 7, 33), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

bitte stellen Sie meine Hausratversicherung HR-30100926 ab dem nächsten
Versicherungsjahr auf jährliche Zahlweise um. Abbuchung wie bisher vom Konto bei der
Sparkasse.

Mit freundlichem Gruß
Horst Bolte
""", cs="iso-8859-1")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named household policyholder changes payment frequency"


def m079():
    m = new(79, SERVICE, "Britta Janssen <britta.janssen@weser-net.example>", "Ihre Unterlagen",
            when(18, 7, 50), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag,

wie gewünscht senden wir Ihnen die Unterlagen als PDF.

Freundliche Grüße
Ihr Weserland Kundenservice
""")
    att(m, pdf(["# Weserland Versicherung AG - Beitragsrechnung 2026",
                "",
                "Frau Britta Janssen",
                "Vegesacker Heerstrasse 122, 28757 Bremen",
                "",
                "Versicherungsnummer: WG-61377502 (Wohngebaeude)",
                "Versicherungsort: Vegesacker Heerstrasse 122, 28757 Bremen",
                "Versicherungsnehmerin: Britta Janssen, geb. 08.11.1969",
                "",
                "Beitrag 01.04.2026 - 31.03.2027:              538,20 EUR",
                "davon Versicherungsteuer 19 %:                   85,93 EUR",
                "",
                "Wir buchen den Betrag am 01.04.2026 ab von:",
                "IBAN DE23 2855 0000 7116 8518 27, Kontoinhaberin Britta Janssen",
                "Mandatsreferenz WV-WG-61377502-01, Glaeubiger-ID DE98ZZZ09999999999"], title="Beitragsrechnung"),
        "d53-Beitragsrechnung_WG-61377502.pdf", "application/pdf")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "harmless body; bill with birth date, IBAN and insured address only in the PDF"


def m080():
    wb = xlsx([("KW12", [
        ["Telefon Kundenservice KW 12", "Mo 16.03.", "Di 17.03.", "Mi 18.03.", "Do 19.03.", "Fr 20.03.", "Sa 21.03."],
        ["08:00-12:00", "Jana, Tobias", "Jana, Melike", "Tobias, Sven", "Melike, Nadine", "Nadine, Tobias", "Jana"],
        ["12:00-15:00", "Melike", "Tobias", "Jana", "Jana", "Melike", "-"],
        ["15:00-18:00", "Sven", "Nadine", "Melike", "Tobias", "Jana", "-"],
        ["Postfach service@", "Melike", "Tobias", "Nadine", "Sven", "Melike", "Tobias (bis 13 Uhr)"],
    ])], creator="Sven Hildebrandt")
    m = new(80, "Sven Hildebrandt <sven.hildebrandt@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Schichtplan KW 12 (aktualisiert)",
            when(18, 8, 0), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Moin, aktualisierter Plan anbei (Nadine wieder ab Mittwoch dabei). Tauschwünsche bitte bis morgen.
Sven
""")
    att(m, wb, "d53-Schichtplan_KW12.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m, "NORMAL", "de", "internal", "shift plan with colleagues' first names"


def m081():
    m = new(81, "Ahmet Yıldız <ahmet.yildiz@weserland-versicherung.example>",
            "Melike Arslan <melike.arslan@weserland-versicherung.example>", "AW: Statusanfrage Frau Meiners",
            when(18, 8, 17), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Melike,

zu deiner Frage von gestern: Bei Frau Ute Meiners (KV-40091577) hängt die Rechnung von
Dr. Bernhard Wolke (Kardiologie) vom 20.02.: GOÄ 5, 1, 651 (Belastungs-EKG), 423
(Langzeit-EKG) mit 3,5-fachem Satz ohne ausreichende Begründung. Wir haben die Praxis
angeschrieben. Du kannst der Kundin sagen, dass wir die unstrittigen 214,60 EUR schon
angewiesen haben, der Rest folgt nach Rückmeldung des Arztes.

Gruß Ahmet
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "internal status of a named customer's cardiology invoice with GOÄ items"


def m082():
    m = new(82, "Nordic Re Insights <insights@nordic-re.example>", "service@weserland-versicherung.example",
            "Nordic Re Insights: Mortality trends 2025 and what they mean for term life pricing",
            when(18, 8, 30, tz=1), headers=[("List-Unsubscribe", "<https://nordic-re.example/unsub>"), ("Precedence", "bulk")])
    alt(m, """Nordic Re Insights - March 2026

MORTALITY: Excess mortality in Germany fell to 1.8 % in 2025. Cardiovascular deaths
in the 45-64 age group are back to pre-2020 levels, cancer incidence is stable.

DISABILITY: Mental health remains the top cause of new disability claims (36 %),
followed by musculoskeletal disorders (22 %) and cancer (15 %).

PRICING: We expect term life rates for non-smokers aged 30-40 to drop by 3-5 %.

Read the full report: https://nordic-re.example/insights/mortality-2025
""", """<html><body><h2>Nordic Re Insights &ndash; March 2026</h2>
<p><b>Mortality:</b> Excess mortality in Germany fell to 1.8&nbsp;% in 2025. Cardiovascular deaths
in the 45&ndash;64 age group are back to pre-2020 levels, cancer incidence is stable.</p>
<p><b>Disability:</b> Mental health remains the top cause of new disability claims (36&nbsp;%),
followed by musculoskeletal disorders (22&nbsp;%) and cancer (15&nbsp;%).</p>
<p><b>Pricing:</b> term life rates for non-smokers aged 30&ndash;40 may drop by 3&ndash;5&nbsp;%.</p>
<p><a href="https://nordic-re.example/insights/mortality-2025">Full report</a></p></body></html>
""")
    return m, "NORMAL", "en", "newsletter", "trap: reinsurer newsletter on mortality and disability causes, aggregate only"


def m083():
    m = new(83, "Jannik Hasselbusch <jannik.hasselbusch@freemail.example>", "service@weserland-versicherung.example",
            "SF-Klasse von meinem Vater übernehmen", when(18, 8, 44), headers=[("X-Mailer", "Outlook for Android")])
    text(m, """Hallo,

mein Vater Rolf Hasselbusch (geb. 12.06.1955) fährt kein Auto mehr und möchte mir
seinen Schadenfreiheitsrabatt übertragen. Sein Vertrag ist KF-20013377 (SF 35).
Ich bin Jannik Hasselbusch, geb. 29.01.2001, Führerschein seit 2019, und habe bei
Ihnen KF-20901248 (SF 4). Geht das und was brauchen Sie?

Gruß Jannik

Von Outlook für Android gesendet
""")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "no-claims transfer with birth dates and policies of two named persons"


def m084():
    m = new(84, "Kerstin Mahlstedt <k.mahlstedt@mailbox.example>", "service@weserland-versicherung.example",
            "Frage Nachprüfung", when(18, 9, 5), headers=[("X-Mailer", "Roundcube Webmail/1.6.9")])
    html(m, """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Hallo,</p>
<p>ich habe einen Fragebogen zur Nachprüfung meiner Berufsunfähigkeitsrente bekommen
(BU-77105566). Ich bekomme die Rente seit Sommer 2024 wegen meiner schweren Depression,
bin immer noch in Behandlung bei meiner Psychiaterin und nehme Sertralin.</p>
<p>Muss ich den Bogen wirklich komplett ausfüllen? Das regt mich total auf, ich habe Angst
dass die Rente wegfällt.</p>
<p>Kerstin Mahlstedt</p>
</body></html>
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "HTML-only: named BU pensioner writes about depression and medication"


def m085():
    m = new(85, SERVICE, "Ingrid Warnken <ingrid.warnken@posteingang.example>", "AW: Pflegezusatzversicherung - Kosten?",
            when(18, 9, 20), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Frau Warnken,

vielen Dank für Ihr Interesse an unserer Pflegezusatzversicherung PflegeSchutz.

Zur Orientierung einige Beispielbeiträge (Pflegetagegeld, 1.500 EUR Monatsleistung in
Pflegegrad 5, gestaffelt nach Pflegegrad):

  Eintrittsalter 40:  21,40 EUR mtl.
  Eintrittsalter 50:  38,70 EUR mtl.
  Eintrittsalter 60:  69,90 EUR mtl.

Für ein verbindliches Angebot stellen wir einige Gesundheitsfragen (z. B. nach
bestehender Pflegebedürftigkeit, Demenz, Parkinson). Das Angebot können Sie online
berechnen: weserland-versicherung.example/pflege

Freundliche Grüße
Jana Kowalski
Weserland Kundenservice
""")
    return m, "NORMAL", "de", "insurer-to-customer", "trap: generic care-insurance prices by age for a prospect, no health data of hers"


def m086():
    m = new(86, "Timo Brockmann <timo.brockmann@weser-net.example>", "service@weserland-versicherung.example",
            "DOPPELT abgebucht!!", when(18, 9, 41), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """sie haben am 2.3. zweimal 58,20 abgebucht für die kfz KF-20615990!! screenshot anbei. bitte sofort zurück überweisen
T. Brockmann
""", cte="8bit")
    att(m, jpg(["Umsaetze Girokonto  DE72 2855 0000 7712 3524 72",
                "02.03.2026  Lastschrift WESERLAND VERSICHERUNG AG  KF-20615990 03/26   -58,20",
                "02.03.2026  Lastschrift WESERLAND VERSICHERUNG AG  KF-20615990 03/26   -58,20",
                "02.03.2026  Gehalt Maschinenbau Kuhlmann GmbH                      +2.874,11",
                "01.03.2026  Miete Lindenhof                                          -720,00"],
               size=(720, 200), bg=(250, 250, 250)),
        "d53-Screenshot_20260318-094022.jpg", "image/jpeg")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "bank-statement screenshot with IBAN and salary of a named motor customer"


def m087():
    m = new(87, "Beitragsservice Weserland <beitragsservice@weserland-versicherung.example>",
            "Timo Brockmann <timo.brockmann@weser-net.example>", "AW: DOPPELT abgebucht!!",
            when(18, 11, 2), irt=IDS.get(86), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrter Herr Brockmann,

Sie haben recht, die März-Rate für Ihre Kfz-Versicherung KF-20615990 wurde durch einen
technischen Fehler doppelt eingezogen. Das tut uns leid.

Wir haben die 58,20 EUR heute auf Ihr Konto IBAN DE72 2855 0000 7712 3524 72
zurücküberwiesen, Gutschrift in 1-2 Bankarbeitstagen.

Mit freundlichen Grüßen
Frank Ahlers
Beitragsservice · Weserland Versicherung AG
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "refund to a named customer's full IBAN"


def m088():
    m = new(88, "Katrin Holloway <katrin.holloway@mailbox.example>", "service@weserland-versicherung.example",
            "Knie-OP in England - zahlt ihr?", when(18, 9, 55, tz=0), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hallo,

ich wohne seit Januar in Manchester (married, finally!). My GP referred me to an
orthopaedic surgeon, I need an arthroscopy of my right knee (torn meniscus). NHS waiting
list is 9 months. Private hospital quote: GBP 4,950.

Zahlt meine Auslandskrankenversicherung Langzeit (KV-40402287) das? Or do I need to
switch to a UK policy?

Thanks, Katrin Holloway (geb. Dierks)
""")
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer", "knee surgery of a named insured person, maiden name"


def m089():
    m = new(89, "Versicherungsagentur Pundt <agentur.pundt@weserland-agentur.example>",
            "service@weserland-versicherung.example", "Automatische Antwort: Vertreterwechsel Agentur Pundt",
            when(18, 10, 0), headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Diese E-Mail-Adresse wird nicht mehr betreut.

Die Agentur Pundt ist seit dem 01.01.2026 geschlossen. Bitte wenden Sie sich an die
Weserland Agentur Theuerkauf, theuerkauf@weserland-agentur.example, Tel. 04221 55 01 40.

Ihre Nachricht wurde nicht weitergeleitet.
""")
    return m, "NORMAL", "de", "auto-reply", "closed agency auto-reply, original content not included"


def m090():
    m = new(90, "Assekuranz Wümme GmbH <vertrieb@assekuranz-wuemme.example>", "service@weserland-versicherung.example",
            "Neuantrag Kfz", when(18, 10, 12), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

im Anhang ein Neuantrag Kfz zur Policierung, Beginn 01.04.2026.

Mit freundlichen Grüßen
Assekuranz Wümme GmbH
Innendienst
""")
    att(m, pdf(["# Antrag Kraftfahrtversicherung",
                "Vermittler: Assekuranz Wuemme GmbH, VM 0417-512",
                "",
                "Versicherungsnehmer: Mehmet Aydin, geb. 27.11.1994",
                "Anschrift: Am Wuemmedeich 4, 28357 Bremen",
                "Fahrzeug: BMW 118i, EZ 06/2022, FIN WBA7K310X07M41209",
                "amtl. Kennzeichen: HB-MA 2711 (Wunschkennzeichen reserviert)",
                "Fahrerkreis: VN und Ehefrau Elif Aydin, geb. 03.03.1996",
                "SF-Klasse Haftpflicht: SF 6 (Vorversicherer: Nord-Assekuranz, Vertr. 88-112904)",
                "Deckung: Haftpflicht + Vollkasko SB 500 / Teilkasko SB 150",
                "Zahlweise: monatlich per SEPA, IBAN DE02 4401 0046 6749 7496 95",
                "",
                "Ort, Datum: Bremen, 17.03.2026"], title="Antrag Kfz", author="Assekuranz Wuemme GmbH"),
        "d53-Antrag_Kfz_Aydin.pdf", "application/pdf")
    return m, "CONFIDENTIAL", "de", "broker-to-insurer", "harmless body; motor application with birth dates and IBAN only in the PDF"


def m091():
    m = new(91, "Holger Buschmann <holger.buschmann@kabelmail.example>", "service@weserland-versicherung.example",
            "Sterbegeldversicherung meiner Mutter", when(18, 10, 30), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

meine Mutter Gertrud Buschmann ist am 11.03.2026 verstorben. Sie hatte bei Ihnen
eine Sterbegeldversicherung (LV-70455803), ich bin als Bezugsberechtigter eingetragen.
Die Sterbeurkunde hänge ich an. Die Bestatterrechnung reiche ich nach.

Bitte überweisen Sie das Sterbegeld auf mein Konto DE40 2904 0090 9893 3223 65.

Mit freundlichen Grüßen
Holger Buschmann
""")
    att(m, pdf(["# Standesamt Bremen-Nord - Sterbeurkunde",
                "Register-Nr. S 412/2026",
                "",
                "Gertrud Buschmann geb. Oltmanns",
                "geboren am 04.05.1938 in Lesum",
                "verstorben am 11.03.2026 um 05:40 Uhr in Bremen",
                "zuletzt wohnhaft: Lesumer Heerstrasse 8, 28717 Bremen",
                "Familienstand: verwitwet",
                "",
                "Bremen, den 13.03.2026, Die Standesbeamtin"], title="Sterbeurkunde", author="Standesamt Bremen-Nord"),
        "d53-Sterbeurkunde_Buschmann.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "death claim on a named person's funeral life policy, death certificate and IBAN"


def m092():
    m = new(92, "Einkauf Weserland <einkauf@weserland-versicherung.example>", "bestellung@medi-bedarf-nord.example",
            "Bestellung 2026-0318-04: Verbandkästen und Defi-Elektroden", when(18, 10, 45),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

wir bestellen zu Rahmenvertrag RV-2024-11:

Pos. 1  12 St.  Betriebsverbandkasten DIN 13157, Art.-Nr. 30112     je 34,90 EUR
Pos. 2   4 St.  Nachfüllset DIN 13157, Art.-Nr. 30115               je 19,50 EUR
Pos. 3   2 Paar Defibrillator-Elektroden Erwachsene (AED Zoll), Art.-Nr. 71020  je 89,00 EUR
Pos. 4   1 St.  Augenspülflasche 500 ml, Art.-Nr. 30310              je  8,40 EUR

Lieferung: Weserland Versicherung AG, Warenannahme, Am Wall 140, 28195 Bremen
Rechnung an: Kreditorenbuchhaltung, Kostenstelle 4410 (Arbeitssicherheit)

Mit freundlichen Grüßen
Silke Gerdes, Einkauf
""")
    return m, "NORMAL", "de", "insurer-to-supplier", "trap: order of first-aid kits and AED pads, no person"


def m093():
    m = new(93, "Petra Klingenberg <petra.klingenberg@posteingang.example>", "service@weserland-versicherung.example",
            "Ceranfeld gesprungen", when(18, 11, 8), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hallo, mir ist ein Topf aufs Ceranfeld gefallen, jetzt ist ein Sprung quer durch. Ich hab doch Glasversicherung bei der Hausrat dabei (HR-30733415)? Was brauchen Sie, Foto?
Petra Klingenberg, Kirchhuchtinger Landstr. 85, Bremen
""", cte="quoted-printable")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "glass claim of a named household policyholder with address"


def m094():
    m = new(94, "Tobias Brenner <tobias.brenner@weserland-versicherung.example>",
            "Sven Hildebrandt <sven.hildebrandt@weserland-versicherung.example>", "wer betreut Makler Region Nord?",
            when(18, 11, 20), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hi Sven,

seit Herr Oltmanns die Region Ost mitmacht, weiß ich nie, wohin ich Maklerfragen aus
Cuxhaven/Stade weiterleiten soll. Gibt es eine aktuelle Zuständigkeitsliste?

Danke, Tobias
""")
    return m, "NORMAL", "de", "internal", "organisational question"


def m095():
    inner = new(95, "Wilfried Hoyer <w.hoyer@kabelmail.example>", "service@weserland-versicherung.example",
                "Darlehen auf Lebensversicherung", when(18, 9, 12))
    text(inner, """Sehr geehrte Damen und Herren,

ich brauche kurzfristig 15.000 Euro für die Sanierung unseres Dachs und möchte dafür
meine Lebensversicherung LV-70311946 beleihen (Policendarlehen). Wie hoch ist der
aktuelle Rückkaufswert und welche Zinsen verlangen Sie?

Mit freundlichen Grüßen
Wilfried Hoyer
Hohenkamp 22, 27283 Verden
""", cte="8bit")
    m = new(95, "Jana Kowalski <jana.kowalski@weserland-versicherung.example>",
            "Leben Service <leben-service@weserland-versicherung.example>", "WG: Darlehen auf Lebensversicherung",
            when(18, 11, 35), headers=[("X-Mailer", "Microsoft Outlook 16.0")], mid_dom=DOM)
    text(m, """s. Anhang, bitte übernehmen. Danke!
Jana
""")
    att_msg(m, inner)
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "body says only 'bitte übernehmen'; policy loan on a named life contract only in the attached message/rfc822"


def m096():
    m = new(96, "Ryan O'Connell <ryan.oconnell@mailbox.example>", "service@weserland-versicherung.example",
            "Bank account change", when(18, 11, 58), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hi there,

I switched banks. Please debit my car insurance (KF-20844027) from my new account from
April on:

Account holder: Ryan O'Connell
IBAN: DE95370400442210163332
BIC: COBADEFFXXX

Old account at N26 will be closed end of March.

Cheers,
Ryan
""")
    return m, "CONFIDENTIAL", "en", "customer-to-insurer", "new ungrouped IBAN of a named motor customer"


def m097():
    m = new(97, "Personalabteilung Weserland <personal@weserland-versicherung.example>",
            "alle-mitarbeitenden@weserland-versicherung.example", "Interne Stellenausschreibung: Medizinische Fachangestellte (m/w/d) Leistungsprüfung",
            when(18, 12, 10), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Liebe Kolleginnen und Kollegen,

für die Leistungsprüfung Kranken suchen wir ab sofort zwei Medizinische Fachangestellte
oder Gesundheits- und Krankenpfleger/innen (m/w/d) in Vollzeit oder Teilzeit.

Aufgaben: Prüfung von Arzt- und Krankenhausrechnungen nach GOÄ/GOZ, Heil- und
Kostenpläne, Rückfragen bei Praxen, Hilfsmittelanträge.
Voraussetzung: abgeschlossene Ausbildung im Gesundheitswesen, Kenntnisse ICD-10/OPS.

Kennen Sie jemanden? Für erfolgreiche Empfehlungen gibt es 1.000 EUR Prämie.
Bewerbungen bis 10.04.2026 an personal@weserland-versicherung.example.

Ihre Personalabteilung
""")
    return m, "NORMAL", "de", "internal", "trap: job ad for medical assistants in claims review"


def m098():
    m = new(98, "Nicole Harjes <nicole.harjes@weser-net.example>", "service@weserland-versicherung.example",
            "Kieferorthopädie Behandlungsplan Mia", when(18, 12, 32), headers=[("X-Mailer", "Apple Mail (2.3774.400.31)")])
    text(m, """Hallo,

für unsere Tochter Mia (mitversichert in KZ-71520043) hat der Kieferorthopäde einen
Behandlungsplan erstellt, siehe Anhang. Bitte um Kostenzusage vor Beginn.

Danke und Grüße
Nicole Harjes
""")
    att(m, pdf(["# Kieferorthopaedische Praxis Dr. Sanne Witt - Behandlungsplan",
                "Patientin: Mia Harjes, geb. 14.02.2015",
                "Versicherung: Weserland KZ-71520043",
                "",
                "Befund: Distalbiss mit vergroesserter Frontzahnstufe 7 mm, Engstand OK/UK",
                "KIG-Einstufung: D4 (gesetzliche Leistungspflicht gegeben)",
                "Geplante Behandlung: festsitzende Multibracket-Apparatur OK/UK, ca. 36 Monate",
                "",
                "Mehrkosten ausserhalb GKV (Vereinbarung nach Paragraf 4 Abs. 5 BMV-Z):",
                "  Keramikbrackets Oberkiefer                  980,00 EUR",
                "  Lingualretainer                             360,00 EUR",
                "  Professionelle Zahnreinigung waehrend Behandlung (6x)   540,00 EUR",
                "Summe Eigenanteil (geschaetzt)               1.880,00 EUR",
                "",
                "Bremen, 10.03.2026"], title="KFO Behandlungsplan", author="Praxis Dr. Witt"),
        "d53-KFO_Plan_Mia_Harjes.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "orthodontic treatment plan for a named child"


def m099():
    wb = xlsx([("Stehlgutliste", [
        ["Nr.", "Gegenstand", "Hersteller/Modell", "Kaufjahr", "Kaufpreis EUR", "Beleg vorhanden"],
        [1, "Notebook", "Lenovo ThinkPad X1 Carbon", 2024, 1899.00, "ja"],
        [2, "Spielkonsole", "Sony PlayStation 5 + 2 Controller", 2023, 629.00, "ja"],
        [3, "Armbanduhr", "Junghans Max Bill Automatic", 2019, 1150.00, "nein (Foto)"],
        [4, "Schmuck", "Goldkette 585, Erbstück", "", 800.00, "Gutachten 2018"],
        [5, "Bargeld", "", "", 340.00, "-"],
        [6, "Kamera", "Fujifilm X-T30 mit Objektiv", 2022, 1049.00, "ja"],
        ["", "Summe", "", "", 5867.00, ""],
    ])], creator="Stephan Ewers")
    m = new(99, "Stephan Ewers <stephan.ewers@freemail.example>", "service@weserland-versicherung.example",
            "Einbruch - Liste gestohlene Sachen", when(18, 13, 4), headers=[("User-Agent", "Mozilla Thunderbird 128.7")])
    text(m, """Hallo Frau Böttcher,

wie besprochen die Stehlgutliste zum Einbruch vom 14.03. (Schaden S-2026-0040411,
Hausrat HR-30902281). Anzeige bei der Polizei Bremen: Vorgangsnummer 260314-1188-042.

Gruß
Stephan Ewers
Vor dem Steintor 165, 28203 Bremen
""", cte="8bit")
    att(m, wb, "d53-Stehlgutliste_Ewers.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "burglary claim of a named household policyholder with stolen-goods list"


def m100():
    m = new(100, "Bremen International Business Club <newsletter@bibc-bremen.example>", "service@weserland-versicherung.example",
            "BIBC Monthly: Spring reception, new members, networking lunch", when(18, 13, 30),
            headers=[("List-Unsubscribe", "<https://bibc-bremen.example/unsubscribe>"), ("Precedence", "bulk")])
    text(m, """BIBC Monthly - March 2026

* Spring Reception at the Town Hall, 9 April, 18:30 - register by 1 April
* Welcome to our new members: Hanse Logistics, NordWind Energy, Weserland Versicherung
* Networking Lunch "Doing business in Bremen", 24 April, Haus Schütting

Bremen International Business Club e.V.
Unsubscribe: https://bibc-bremen.example/unsubscribe
""")
    return m, "NORMAL", "en", "newsletter", "business club newsletter"


def m101():
    m = new(101, "Antragsprüfung Leben <underwriting@weserland-versicherung.example>",
            "Dominik Sander <dominik.sander@mailbox.example>", "Ihr Antrag auf Risikolebensversicherung - Rückfrage",
            when(18, 13, 50), cc="service@weserland-versicherung.example", headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrter Herr Sander,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über 250.000 EUR
(Antrag A-2026-118340).

Sie haben bei Frage 3 "Bluthochdruck, in Behandlung" angegeben. Damit wir über Ihren
Antrag entscheiden können, benötigen wir:
- die letzten drei Blutdruckwerte mit Datum,
- Name und Dosierung Ihrer Medikamente,
- einen aktuellen Befundbericht Ihres Hausarztes (Kosten übernehmen wir).

Bitte laden Sie die Unterlagen über das Portal hoch oder schicken Sie sie per Post.

Mit freundlichen Grüßen
Dr. Ute Marquardt
Risikoprüfung Leben · Weserland Lebensversicherung AG
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant", "underwriting query about a named applicant's hypertension"


def m102():
    m = new(102, "Hinnerk Wempe <hinnerk.wempe@posteingang.example>", "service@weserland-versicherung.example",
            "Wildunfall heute früh", when(18, 14, 6), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """moin, heute um 6:15 auf der L 135 zwischen Harpstedt und Wildeshausen ein Reh erwischt. Scheinwerfer + Stoßstange + Kotflügel kaputt, Reh tot. Mir ist nix passiert. Polizei war da, Wildschadenbescheinigung vom Jagdpächter hab ich.
Teilkasko KF-20377820, OL-HW 55
Gruß H. Wempe
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "deer collision of a named motor customer, nobody hurt"


def m103():
    m = new(103, "IT-Servicedesk <it-servicedesk@weserland-versicherung.example>",
            "Postfachverantwortliche <postfach-admins@weserland-versicherung.example>",
            "Warnung: Postfach kv-leistung@ zu 95 % voll", when(18, 14, 20), headers=[("Auto-Submitted", "auto-generated")])
    text(m, """Automatische Warnung des Mailsystems

Postfach:        kv-leistung@weserland-versicherung.example
Belegung:        47,6 GB von 50 GB (95 %)
Größte Ordner:   Posteingang/Arztrechnungen (21,3 GB), Posteingang/Krankenhaus (9,8 GB)

Bitte archivieren Sie erledigte Vorgänge im DMS. Bei 100 % können keine Mails mehr
empfangen werden.

IT-Servicedesk, Durchwahl -4444
""")
    return m, "NORMAL", "de", "internal", "trap: mailbox quota warning with folder names about invoices, no content"


def m104():
    m = new(104, "Rüdiger Kück <ruediger.kueck@kabelmail.example>", "service@weserland-versicherung.example",
            "krankenhaustagegeld", when(18, 14, 41), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """war vom 2.3. bis 9.3. im klinikum bremen-mitte (lungenentzündung). krankenhaustagegeld bitte, entlassungsbericht kommt per post.
r. kück
KZ-71098832
""", cte="8bit")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "terse hospital-cash claim with pneumonia and dates"


def m105():
    m = new(105, "Rechtsschutz Weserland <rechtsschutz@weserland-versicherung.example>",
            "Melanie Focke <melanie.focke@freemail.example>", "Deckungszusage RS-44221905 - Kündigungsschutzklage",
            when(18, 15, 0), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Frau Focke,

für Ihre Kündigungsschutzklage gegen die Lagerlogistik Hansa GmbH (Kündigung vom
27.02.2026) erteilen wir Deckungszusage aus Ihrer Rechtsschutzversicherung RS-44221905,
Baustein Arbeits-Rechtsschutz, für die erste Instanz vor dem Arbeitsgericht Bremen.

Streitwert laut Ihrer Anwältin: 3 Bruttomonatsgehälter à 3.150 EUR = 9.450 EUR.
Selbstbeteiligung: 150 EUR.

Ihre Anwältin, RAin Petersen, kann direkt mit uns abrechnen.

Mit freundlichen Grüßen
Rechtsschutz-Schadenservice
Weserland Versicherung AG
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "legal-expenses cover for a named customer's dismissal case, with salary"


def m106():
    m = new(106, "Familie Tönjes <toenjes.familie@weser-net.example>", "service@weserland-versicherung.example",
            "Wohngebäude Neubau", when(18, 15, 21), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo,

was kostet ungefähr eine Wohngebäudeversicherung für ein Einfamilienhaus, Neubau,
160 qm Wohnfläche, Massivbauweise, Landkreis Oldenburg, mit Elementar?

Wir vergleichen gerade drei Angebote.

Danke
""")
    return m, "NORMAL", "de", "customer-to-insurer", "trap: quote request for a planned new building with price words; no contract, birth date or bank data"


def m107():
    m = new(107, "Noah Schmittke <noah.schmittke@mailbox.example>", "service@weserland-versicherung.example",
            "Cancel Fahrradversicherung", when(18, 15, 44), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hi, please cancel my Fahrradversicherung FR-12110558 to 31.03., I'm leaving Germany (moving back to Toronto). Das Rad hab ich verkauft.
Thanks, Noah Schmittke

Sent from my iPhone
""", cte="8bit")
    return m, "CONFIDENTIAL", "mixed", "customer-to-insurer", "named customer cancels bicycle policy"


def m108():
    m = new(108, "Kerstin Böttcher <kerstin.boettcher@weserland-versicherung.example>",
            "Sven Hildebrandt <sven.hildebrandt@weserland-versicherung.example>",
            "Abwesenheitsnotiz: Schichtplan KW 12 (aktualisiert)",
            when(18, 8, 0, 12), irt=IDS.get(80),
            headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Microsoft Exchange Server 2019")])
    text(m, """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.03.2026 nicht im Büro.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
sach-schaden@weserland-versicherung.example oder 0421 98765-500.

Kerstin Böttcher
Schaden Sach
""")
    return m, "NORMAL", "de", "auto-reply", "staff out-of-office answering an internal shift-plan mail"


def m109():
    csv = """Personalnummer;Name;Vorname;Geburtsdatum;Eintritt;Bruttojahresgehalt;Entgeltumwandlung mtl.;Vertrag
10044;Behrens;Tanja;1984-05-12;2015-04-01;52400;148,00;LV-72001144
10087;Diekmann;Ralf;1971-11-30;2009-08-01;68900;248,00;LV-72001145
10112;Grabowski;Ewa;1990-02-07;2021-01-01;41200;100,00;LV-72001146
10156;Hüsing;Malte;1996-09-21;2023-10-01;38700;75,00;LV-72001147
10201;Nguyen;Linh;1988-07-03;2019-03-15;57300;200,00;LV-72001148
"""
    z = zipb([("d53-bAV_Meldung_2026-04.csv", csv.encode("utf-8")),
              ("d53-Begleitschreiben.txt", "bAV Direktversicherung, Gruppenvertrag GV-4410, Änderungen zum 01.04.2026\r\n".encode("utf-8"))])
    m = new(109, "HR Operations Hanse Logistics <hr-ops@hanse-logistics.example>", "service@weserland-versicherung.example",
            "bAV changes April 2026 - Gruppenvertrag GV-4410", when(18, 16, 30),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Dear Weserland team, sehr geehrte Damen und Herren,

please find attached the monthly bAV file (Entgeltumwandlung) for our group contract
GV-4410 (as agreed, via e-mail this month). Bitte um Bestätigung des Eingangs.

Best regards / Viele Grüße
Janine Ostermann
HR Operations, Hanse Logistics GmbH
""")
    att(m, z, "d53-bAV_2026-04.zip", "application/zip")
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "company-to-insurer", "employer's occupational pension (life) list with birth dates and salaries only inside the ZIP"


def m110():
    m = new(110, "Claudia Renner <claudia.renner@weserland-versicherung.example>",
            "Bereichsleitung Service <bl-service@weserland-versicherung.example>", "Beschwerden Q1 - Zwischenstand",
            when(18, 17, 0), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    alt(m, """Hallo Frau Dr. Oetken,

Zwischenstand Beschwerden 01.01.-17.03.2026 (Vorjahr in Klammern):

Kranken (Leistung/Erstattungsdauer)   41 (33)
Kranken (Beitragsanpassung)           17 (29)
Leben/BU                              12 (10)
Kfz (Schadenregulierung)              38 (24)
Sach                                  19 (21)
Service/Erreichbarkeit                27 (12)
Summe                                154 (129)

Auffällig: Erreichbarkeit Hotline montags. Ombudsmann-Fälle: 3. BaFin-Beschwerden: 1.

Claudia Renner
Beschwerdemanagement
""", """<html><body><p>Hallo Frau Dr. Oetken,</p><p>Zwischenstand Beschwerden 01.01.-17.03.2026 (Vorjahr in Klammern):</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Sparte/Thema</th><th>2026</th><th>2025</th></tr>
<tr><td>Kranken (Leistung/Erstattungsdauer)</td><td>41</td><td>33</td></tr>
<tr><td>Kranken (Beitragsanpassung)</td><td>17</td><td>29</td></tr>
<tr><td>Leben/BU</td><td>12</td><td>10</td></tr>
<tr><td>Kfz (Schadenregulierung)</td><td>38</td><td>24</td></tr>
<tr><td>Sach</td><td>19</td><td>21</td></tr>
<tr><td>Service/Erreichbarkeit</td><td>27</td><td>12</td></tr>
<tr><td><b>Summe</b></td><td><b>154</b></td><td><b>129</b></td></tr></table>
<p>Auffällig: Erreichbarkeit Hotline montags. Ombudsmann-Fälle: 3. BaFin-Beschwerden: 1.</p>
<p>Claudia Renner<br>Beschwerdemanagement</p></body></html>
""")
    return m, "NORMAL", "de", "internal", "trap: complaint statistics by line incl. health and life, aggregate only"


# ---------------------------------------------------------------- Thursday, 19 March 2026

def m111():
    m = new(111, "Gerda Lampe <gerda.lampe@posteingang.example>", "service@weserland-versicherung.example",
            "Heil- und Kostenplan zur Prüfung", when(19, 7, 5), headers=[("X-Mailer", "iPhone Mail (20H330)")])
    text(m, """Guten Morgen,
meine Zahnärztin hat mir einen Heil- und Kostenplan gemacht, Foto anbei. Bitte vorab prüfen was Sie zahlen. ZahnPlus KZ-71660219.
Gerda Lampe
""", cte="quoted-printable")
    att(m, jpg(["Heil- und Kostenplan Teil 2 (Privatleistungen)",
                "Patientin: Gerda Lampe, geb. 19.08.1952",
                "Zahnarztpraxis Dr. Friederike Sasse, Bremen-Findorff",
                "Befund: 46 fehlt, 47 nicht erhaltungswuerdig (Wurzelfraktur)",
                "Planung: Implantat regio 46 + 47, Knochenaufbau, 2 Vollkeramikkronen",
                "GOZ 9010 (2x), 9100, 2200 (2x), Material- und Laborkosten",
                "Voraussichtliche Gesamtkosten: 6.840,00 EUR"]),
        "d53-IMG_7702.jpg", "image/jpeg")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "dental treatment plan of the sender; body names tariff and plan"


def m112():
    m = new(112, "KV Leistung <kv-leistung@weserland-versicherung.example>", "Gerda Lampe <gerda.lampe@posteingang.example>",
            "AW: Heil- und Kostenplan zur Prüfung", when(19, 13, 40), irt=IDS.get(111),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Frau Lampe,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin vom 12.03.2026 geprüft.

Geplant: zwei Implantate regio 46/47 mit Knochenaufbau und Vollkeramikkronen,
voraussichtlich 6.840,00 EUR.
Ihr Tarif ZahnPlus erstattet 80 % der erstattungsfähigen Kosten, in den ersten vier
Versicherungsjahren begrenzt auf 4.000 EUR. Ihr Vertrag läuft seit 2019, die Begrenzung
greift also nicht mehr.

Voraussichtliche Erstattung: 5.472,00 EUR (vorbehaltlich der Schlussrechnung).

Mit freundlichen Grüßen
Ahmet Yıldız
Leistungsabteilung Kranken
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "pre-approval of dental implants for a named customer"


def m113():
    m = new(113, "Global Medical Supply <sales@globalmedsupply-trade.example>", "service@weserland-versicherung.example",
            "Dear Purchasing Manager - FFP2 masks, nitrile gloves, rapid tests - best price", when(19, 3, 58, tz=8),
            headers=[("X-Mailer", "Foxmail 7.2")])
    text(m, """Dear Sir/Madam,

We are a leading manufacturer of medical protective equipment with CE certification.

- FFP2 masks, EN 149:2001+A1:2009 - USD 0.06/pc
- Nitrile examination gloves - USD 2.10/box
- COVID-19 / Influenza A+B antigen rapid tests - USD 0.85/test

MOQ 10,000 pcs. Free samples available. Reply for catalogue and price list.

Best regards
Lily Chen
Global Medical Supply Co., Ltd.
""")
    return m, "NORMAL", "en", "spam", "trap: spam offering masks and rapid tests"


def m114():
    m = new(114, "Andreas Poppe <andreas.poppe@freemail.example>", "service@weserland-versicherung.example",
            "Fensterscheibe Nachbar kaputt", when(19, 7, 40), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """hallo, mein sohn (10) hat beim fußballspielen im garten die terrassentür vom nachbarn eingeschossen. isolierglas 2x1m. nachbar: Familie Hoffrogge, Ahornweg 5, Stuhr.
zahlt das meine privathaftpflicht PH-50142736? familientarif
andreas poppe, ahornweg 3, 28816 stuhr
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "liability claim of a named policyholder and neighbours' address"


def m115():
    m = new(115, "Sven Hildebrandt <sven.hildebrandt@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Erinnerung: Rückstände service@ bis Freitag",
            when(19, 8, 0), headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high")])
    text(m, """Moin zusammen,

aktuell 214 offene Mails im service@, die älteste von Freitag letzter Woche.
Ziel: bis Freitagmittag nichts älter als 48 h. Bitte heute Nachmittag jede/r eine Stunde
nur Postfach, Telefon übernimmt Nadine mit mir.

Und nochmal: Gesundheitssachen nicht selbst beantworten, sondern "bitte übernehmen" an
den Fachbereich.

Danke!
Sven
""")
    return m, "NORMAL", "de", "internal", "backlog reminder"


def m116():
    m = new(116, "Kfz-Schaden Weserland <kfz-schaden@weserland-versicherung.example>",
            "Werner Dählmann <w.daehlmann@posteingang.example>", "Erinnerung: fehlende Unterlagen Schaden S-2026-0031877",
            when(19, 8, 22), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrter Herr Dählmann,

vielen Dank für Ihre Nachricht. Das Gutachten zu Ihrem Hagelschaden (Teilkasko
KF-20044518, OHZ-WD 66) liegt uns seit gestern vor: Reparaturkosten 4.318,60 EUR netto.

Um die Reparatur freizugeben, fehlt uns noch die Angabe, ob Sie vorsteuerabzugsberechtigt
sind. Eine kurze Antwort auf diese Mail genügt. Die Werkstatt erhält dann heute noch
die Freigabe.

Mit freundlichen Grüßen
Oliver Stamm
Kfz-Schaden · Weserland Versicherung AG
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "reminder about a named customer's motor claim"


def m117():
    m = new(117, "Dieter Wöltje <dieter.woeltje@kabelmail.example>", "service@weserland-versicherung.example",
            "Pflegedienst März", when(19, 8, 47), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo,

anbei die Abrechnung vom Pflegedienst für meine Frau Hannelore Wöltje für Februar.
Pflegetagegeld-Versicherung PZ-88034410. Sie ist ja seit dem Schlaganfall im Herbst
in Pflegegrad 4, das Pflegeheim hat noch keinen Platz.

Mit freundlichen Grüßen
Dieter Wöltje
""")
    att(m, pdf(["# Ambulanter Pflegedienst Weserbogen - Leistungsnachweis Februar 2026",
                "Pflegebeduerftige: Hannelore Woeltje, geb. 02.12.1944, Pflegegrad 4",
                "",
                "LK 1  Kleine Morgentoilette          28 x",
                "LK 3  Grosse Morgentoilette          28 x",
                "LK 15 Hilfe bei Nahrungsaufnahme     56 x",
                "LK 31 Medikamentengabe (SGB V)       56 x",
                "Eigenanteil nach Abzug Pflegekasse: 1.146,20 EUR"], title="Leistungsnachweis Pflege"),
        "d53-Pflegedienst_Feb_Woeltje.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "care-service invoice; stroke and care level 4 of a named insured wife"


def m118():
    m = new(118, "Fachbereich Leistung Kranken <kv-fachbereich@weserland-versicherung.example>",
            "kv-leistung@weserland-versicherung.example", "ICD-10-GM 2026: neue Schlüssel im Leistungssystem ab 01.04.",
            when(19, 9, 0), cc="service@weserland-versicherung.example", headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Liebe Kolleginnen und Kollegen,

zum 01.04.2026 wird der Katalog ICD-10-GM Version 2026 im Leistungssystem aktiv.
Relevante Änderungen für die Prüfung:

- U07.x bleibt, neue Unterschlüssel für Long-COVID-Folgen (U09.9 mit Zusatz)
- E66.- Adipositas: neue fünfte Stelle für BMI-Klassen
- F84.- Autismus-Spektrum: Zusammenführung nach ICD-11-Logik vorbereitet
- M54.- Rückenschmerz: Seitenlokalisation jetzt Pflicht (R/L/B)

Plausibilitätsregeln werden am Wochenende eingespielt (Wartungsfenster Sa 22-02 Uhr).

Viele Grüße
Fachbereich Leistung Kranken
""")
    return m, "NORMAL", "de", "internal", "trap: ICD-10-GM catalogue update with codes, no person"


def m119():
    m = new(119, "Chloé Martin <chloe.martin@mailbox.example>", "service@weserland-versicherung.example",
            "Proof of liability insurance for my landlord", when(19, 9, 15), headers=[("X-Mailer", "Apple Mail (2.3774.400.31)")])
    text(m, """Hello,

my new landlord asks for proof that I have personal liability insurance including
damage to rented property. My policy number is PH-50588412. Could you send me a
certificate in English or German, addressed to:

Chloé Martin, Am Schwarzen Meer 49, 28205 Bremen

Thank you very much!
Chloé
""")
    return m, "CONFIDENTIAL", "en", "customer-to-insurer", "named liability policyholder with policy number and address"


def m120():
    m = new(120, "Heinz-Otto Grashorn <ho.grashorn@posteingang.example>", "service@weserland-versicherung.example",
            "Invaliditätsleistung - Gutachten Dr. Rüther", when(19, 9, 31), headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])
    text(m, """Sehr geehrte Damen und Herren,

nach meinem Sturz auf dem Glatteis am 09.01.2025 (Trümmerbruch des rechten
Handgelenks, distale Radiusfraktur) hat Dr. Rüther mich jetzt begutachtet. Er kommt auf
eine dauerhafte Funktionsbeeinträchtigung der Hand von 3/10 Handwert.

Ich bitte um Abrechnung der Invaliditätsleistung aus meiner Unfallversicherung
UV-60077415 und um Mitteilung des Betrags.

Hochachtungsvoll
Heinz-Otto Grashorn
Rönnebecker Str. 12
28777 Bremen
""", cs="iso-8859-1", cte="8bit")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "accident disability claim with fracture and assessment (iso-8859-1, 8bit)"


def m121():
    m = new(121, "Jacqueline Behrens <jacky.behrens@freemail.example>", "service@weserland-versicherung.example",
            "ratenzahlung bitte", when(19, 9, 50), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """hallo, ich kann die 186 euro für die hausrat (HR-30511742) nicht auf einmal zahlen. ich verdiene als alleinerziehende nur 1.450 netto und krieg noch kindergeld. kann ich monatlich zahlen?
jacqueline behrens
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named household policyholder states her net income"


def m122():
    inner = new(122, SERVICE, "info@baeckerei-dunkhase.example", "AW: Öffnungszeiten Kundencenter",
                when(19, 9, 58), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(inner, """Guten Tag,

unser Kundencenter Am Wall 140 ist montags bis freitags von 9 bis 17 Uhr geöffnet.

Freundliche Grüße
Ihr Weserland Kundenservice
""")
    m = new(122, "Mail Delivery System <MAILER-DAEMON@mx1.weserland-versicherung.example>",
            "service@weserland-versicherung.example", "Unzustellbar: AW: Öffnungszeiten Kundencenter",
            when(19, 9, 59), headers=[("Auto-Submitted", "auto-replied")])
    text(m, """This is the mail system at host mx1.weserland-versicherung.example.

I'm sorry to have to inform you that your message could not be delivered to one or
more recipients. It's attached below.

<info@baeckerei-dunkhase.example>: host mx.baeckerei-dunkhase.example said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

Ihre Nachricht konnte nicht zugestellt werden: Empfänger unbekannt.
""")
    att_msg(m, inner)
    return m, "NORMAL", "mixed", "system-notification", "bounce of a harmless opening-hours reply, original attached"


def m123():
    m = new(123, "Tobias Brenner <tobias.brenner@weserland-versicherung.example>",
            "Leben Service <leben-service@weserland-versicherung.example>", "bitte übernehmen - Anfrage Rückkaufswert",
            when(19, 10, 12), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Henrik,

kannst du das bitte übernehmen? Danke!
Tobias

________________________________
Von: Magdalena Rohlfs <m.rohlfs@weser-net.example>
Gesendet: Donnerstag, 19. März 2026 08:55
An: service@weserland-versicherung.example
Betreff: Rückkaufswert

Guten Tag,
wie hoch ist der Rückkaufswert meiner Rentenversicherung LV-71804456 zum 01.05.?
Ich überlege zu kündigen, weil wir das Geld für die Pflege meines Vaters brauchen.
Magdalena Rohlfs
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "surrender value of a named person's life/pension contract in the quoted mail"


def m124():
    m = new(124, "Maklerbetreuung Weserland <maklerbetreuung@weserland-versicherung.example>",
            "maklerverteiler-nord@weserland-versicherung.example", "Maklerbrief: Neue BU-Annahmerichtlinien ab April",
            when(19, 10, 30), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Vertriebspartner,

ab 01.04.2026 gelten vereinfachte Annahmerichtlinien in der BU:

- Rückenbeschwerden ohne Bandscheibenvorfall, beschwerdefrei seit 12 Monaten: normale Annahme
- Heuschnupfen und leichtes Asthma ohne Cortison: normale Annahme
- Psychotherapie bis 10 Sitzungen, abgeschlossen vor mehr als 3 Jahren: normale Annahme
- Bluthochdruck, medikamentös gut eingestellt: Zuschlag max. 25 %

Die neuen Risikovoranfrage-Bögen finden Sie im Maklerportal.

Mit freundlichen Grüßen
Lars Oltmanns, Maklerbetreuung Nord
""")
    return m, "NORMAL", "de", "insurer-to-broker", "trap: underwriting guidelines listing conditions, no person"


def m125():
    m = new(125, "Ralf Stührmann <ralf.stuehrmann@kabelmail.example>", "service@weserland-versicherung.example",
            "neue handynummer", when(19, 10, 48), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """hallo, bitte meine neue nummer hinterlegen: 0176 44902137. betrifft hausrat HR-30377605 und kfz KF-20511983
ralf stührmann
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named customer with two policy numbers and phone"


def m126():
    m = new(126, SERVICE, "Ralf Stührmann <ralf.stuehrmann@kabelmail.example>", "AW: neue handynummer",
            when(19, 11, 20), irt=IDS.get(125), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag Herr Stührmann,

wir haben Ihre neue Mobilnummer 0176 44902137 für Ihre Verträge HR-30377605 und
KF-20511983 gespeichert.

Freundliche Grüße
Melike Arslan
Weserland Kundenservice
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "confirmation to a named customer with policy numbers"


def m127():
    m = new(127, "Svenja Meyerdierks <svenja.meyerdierks@mailbox.example>", "service@weserland-versicherung.example",
            "impfung", when(19, 11, 36), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """hallo, mein sohn ben (8) und ich haben reiseimpfungen bekommen (typhus und hepatitis a, für thailand im april). zahlt das die ambulant-zusatz? KZ-71447310, rechnung vom tropeninstitut kommt noch
lg svenja
""", cte="8bit")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "vaccinations of the sender and her son"


def m128():
    m = new(128, "Uwe Hagedorn <uwe.hagedorn@weser-net.example>", "service@weserland-versicherung.example",
            "Ihre Hotline", when(19, 11, 59), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Ihre Hotline ist eine Katastrophe. 40 Minuten Warteschleife, dann aufgelegt.
Ich wollte nur eine Frage zu Ihrem Angebot für eine Hausratversicherung stellen.
So gewinnt man keine Kunden.

U. Hagedorn
""")
    return m, "NORMAL", "de", "customer-to-insurer", "prospect complains about hotline; no contract"


def m129():
    m = new(129, SERVICE, "Uwe Hagedorn <uwe.hagedorn@weser-net.example>", "AW: Ihre Hotline",
            when(19, 12, 40), irt=IDS.get(128), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrter Herr Hagedorn,

das tut uns leid, so soll es nicht sein. Diese Woche sind leider besonders viele
Anrufe eingegangen.

Gern beantworten wir Ihre Frage zur Hausratversicherung per E-Mail oder rufen Sie zu
einer Zeit Ihrer Wahl zurück. Ein Angebot können Sie auch sofort online berechnen:
weserland-versicherung.example/hausrat

Mit freundlichen Grüßen
Sven Hildebrandt
Teamleitung Kundenservice
""")
    return m, "NORMAL", "de", "insurer-to-customer", "apology to a prospect"


def m130():
    m = new(130, "Clínica Costa Blanca - Administración <facturacion@clinica-costablanca.example>",
            "service@weserland-versicherung.example", "Invoice 2026/0331 - patient Gerhard Tietjen - guarantee of payment",
            when(19, 12, 55), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Dear Sirs,

your insured Mr Gerhard Tietjen, date of birth 08/07/1950, German passport, travel
health policy RV-90311042, was admitted to our clinic in Alicante on 14 March 2026
with chest pain and diagnosed with an acute NSTEMI (I21.4). A coronary angiography and
stent implantation were performed on 15 March.

Current costs: EUR 14,860.00 (see itemised invoice to follow). Estimated discharge:
21 March. Please confirm the guarantee of payment and arrange repatriation.

Kind regards,
María José Ortega
Patient Administration, Clínica Costa Blanca, Alicante
""")
    return m, "STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer", "foreign clinic reports heart attack and stent of a named insured"


def m131():
    m = new(131, "Sönke Ahrens <soenke.ahrens@freemail.example>", "service@weserland-versicherung.example",
            "Zweitwagen für meinen Sohn", when(19, 13, 10), headers=[("User-Agent", "Mozilla Thunderbird 128.7")])
    text(m, """Hallo,

wir haben für unseren Sohn Lasse einen Polo gekauft. Er soll als Zweitwagen über mich
laufen (Erstwagen KF-20233019), Lasse als Fahrer eintragen. Lasse Ahrens,
geb. 17.09.2007, Führerschein seit Oktober 2025 (begleitetes Fahren ab 17).

Polo 6R, EZ 2016, HSN/TSN 0603/BAL. Was kostet das?

Gruß Sönke Ahrens
""", cte="8bit", flowed=True)
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "second car: named young driver's birth date and father's policy"


def m132():
    o = odt(["Weserland Krankenversicherung AG - Musterbrief L-17 (Ablehnung Leistung, medizinisch nicht notwendig)",
             "«Anrede» «Vorname» «Nachname», «Anschrift»",
             "Ihre Versicherungsnummer «KV-Nummer», Rechnung vom «Rechnungsdatum» über «Betrag» EUR",
             "«Briefanrede»,",
             "wir haben die Rechnung von «Leistungserbringer» zur Behandlung «Diagnose» geprüft. "
             "Nach Einschätzung unseres beratenden Arztes war die Behandlung «Behandlung» medizinisch nicht notwendig "
             "im Sinne von § 1 Abs. 2 MB/KK.",
             "Sie können der Entscheidung innerhalb von sechs Wochen widersprechen oder sich an den Ombudsmann PKV wenden.",
             "Mit freundlichen Grüßen, «Sachbearbeiter»"])
    m = new(132, "Petra Lühr <petra.luehr@weserland-versicherung.example>",
            "Rechtsabteilung <recht@weserland-versicherung.example>", "Musterbrief L-17 zur Freigabe",
            when(19, 13, 30), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Herr Dr. Brüning,

anbei der überarbeitete Musterbrief L-17 (Ablehnung wegen fehlender medizinischer
Notwendigkeit) mit dem neuen Hinweis auf den Ombudsmann. Bitte um Freigabe bis Ende März.

Viele Grüße
Petra Lühr
""")
    att(m, o, "d53-Musterbrief_L-17.odt", "application/vnd.oasis.opendocument.text")
    return m, "NORMAL", "de", "internal", "trap: rejection letter template with «Diagnose» placeholders (ODT)"


def m133():
    m = new(133, "Marvin Töpken <marvin.toepken@mailbox.example>", "service@weserland-versicherung.example",
            "Kündigung Risikolebensversicherung", when(19, 13, 52), headers=[("X-Mailer", "Outlook for Android")])
    text(m, """Hallo,
hiermit kündige ich meine Risikolebensversicherung LV-71900378 zum nächstmöglichen Zeitpunkt. Die Hausfinanzierung ist abbezahlt, brauch ich nicht mehr.
Marvin Töpken

Von Outlook für Android gesendet
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "cancellation of a named person's term life contract (no medical word)"


def m134():
    m = new(134, "Weserland Kfz-Service <kfz-service@weserland-versicherung.example>",
            "Astrid Kaemena <astrid.kaemena@posteingang.example>", "Ihre Kfz-Versicherung 2026 - neue SF-Klasse und Beitrag",
            when(19, 14, 5), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    alt(m, """Sehr geehrte Frau Kaemena,

zum 01.04.2026 ändert sich Ihr Beitrag für die Kfz-Versicherung KF-20702291
(Hyundai i20, HB-AK 901):

Haftpflicht SF 12 (bisher SF 11):     312,40 EUR
Teilkasko SB 150:                      98,10 EUR
Jahresbeitrag:                        410,50 EUR (bisher 422,70 EUR)

Danke, dass Sie unfallfrei gefahren sind!

Ihr Weserland Kfz-Service
""", """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Frau Kaemena,</p>
<p>zum 01.04.2026 ändert sich Ihr Beitrag für die Kfz-Versicherung <b>KF-20702291</b> (Hyundai i20, HB-AK 901):</p>
<table cellpadding="3"><tr><td>Haftpflicht SF 12 (bisher SF 11)</td><td align="right">312,40 EUR</td></tr>
<tr><td>Teilkasko SB 150</td><td align="right">98,10 EUR</td></tr>
<tr><td><b>Jahresbeitrag</b></td><td align="right"><b>410,50 EUR</b> (bisher 422,70 EUR)</td></tr></table>
<p>Danke, dass Sie unfallfrei gefahren sind!</p><p>Ihr Weserland Kfz-Service</p></body></html>
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "motor premium notice to a named customer"


def m135():
    m = new(135, "Microsoft 365 Admin <no-reply@m365-account-security.example>", "service@weserland-versicherung.example",
            "Action required: Your password expires today", when(19, 14, 20, tz=-4),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    html(m, """<html><body style="font-family:Segoe UI,Arial">
<p>Hello service@weserland-versicherung.example,</p>
<p>The password for your Microsoft 365 account <b>expires today</b>.</p>
<p>To keep using your mailbox, confirm your current password:</p>
<p><a href="http://m365-account-security.example/keep-password?u=service">Keep current password</a></p>
<p>Microsoft 365 Team</p>
</body></html>
""")
    return m, "NORMAL", "en", "spam", "phishing for mailbox credentials"


def m136():
    m = new(136, "Ewald Hinrichs <ewald.hinrichs@kabelmail.example>", "service@weserland-versicherung.example",
            "AW: AW: Ihre Anfrage vom 02.03.", when(19, 14, 44), irt="<d53-ext-0136a@weserland-versicherung.example>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Danke, dann warte ich auf Ihre Nachricht.
E. Hinrichs

-----Ursprüngliche Nachricht-----
Von: Weserland Kundenservice <service@weserland-versicherung.example>
Gesendet: Mittwoch, 18. März 2026 16:02
Betreff: AW: Ihre Anfrage vom 02.03.

Sehr geehrter Herr Hinrichs,

wir haben Ihre Unterlagen an die Leistungsabteilung weitergegeben.

-----Ursprüngliche Nachricht-----
Von: Ewald Hinrichs
Gesendet: Montag, 2. März 2026 10:14
Betreff: Ihre Anfrage

Guten Tag, wie am Telefon besprochen: Mein Hautarzt hat im Januar einen schwarzen
Hautkrebs am Rücken entfernt (malignes Melanom, C43.5), jetzt brauche ich alle
3 Monate Nachsorge. Zahlt meine Zusatzversicherung KZ-71210045 die Hautkrebs-
Vorsorge-Untersuchungen und die Lichttherapie?
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "body says only 'danke'; melanoma C43.5 only in the quoted thread"


def m137():
    m = new(137, "Birgit Lange <birgit.lange@posteingang.example>", "service@weserland-versicherung.example",
            "Frage zur Rechnung", when(19, 15, 1), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag,

auf meiner Rechnung für die Hausrat HR-30250066 stehen zweimal 12,40 Euro "Gebühr
Ratenzahlung". Ich zahle doch halbjährlich? Bitte prüfen.

Birgit Lange
""")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "billing question of a named household policyholder"


def m138():
    m = new(138, "IT-Betrieb <it-betrieb@weserland-versicherung.example>", "alle-mitarbeitenden@weserland-versicherung.example",
            "Wartungsfenster Bestandssystem Sa 21.03., 22:00 - So 02:00", when(19, 15, 20),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Liebe Kolleginnen und Kollegen,

am Samstag, 21.03.2026, von 22:00 bis Sonntag 02:00 Uhr ist das Bestandssystem
(WESPA) wegen eines Updates nicht verfügbar. Das Kundenportal zeigt in dieser Zeit
eine Wartungsseite. Die Schadenhotline ist nicht betroffen.

IT-Betrieb
""")
    return m, "NORMAL", "de", "internal", "maintenance notice"


def m139():
    m = new(139, "Piotr Nowak <piotr.nowak@mailbox.example>", "service@weserland-versicherung.example",
            "Bestätigung für Arbeitgeber / confirmation health insurance", when(19, 15, 38),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hello,

ich brauche eine Bescheinigung für meinen Arbeitgeber (Arbeitgeberzuschuss), that I am
insured in your private health insurance, full cover, incl. Pflegepflichtversicherung,
with the monthly premium split. Versicherungsnummer KV-40519022.

My employer: Nordsee Offshore Services GmbH, Personalabteilung.

Dziękuję / danke,
Piotr Nowak
""")
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer", "named person's private health (and care) insurance contract"


def m140():
    m = new(140, "InsurTech Weekly <hello@insurtech-weekly.example>", "service@weserland-versicherung.example",
            "InsurTech Weekly #212: Embedded insurance, GenAI claims bots, funding round-up",
            when(19, 16, 0, tz=0), headers=[("List-Unsubscribe", "<https://insurtech-weekly.example/u>"), ("Precedence", "bulk")])
    text(m, """InsurTech Weekly #212

1. Embedded insurance: why car makers want to sell your motor policy
2. GenAI claims bots - three European carriers share first results
3. Funding round-up: EUR 410m raised in February

Read online: https://insurtech-weekly.example/212
Unsubscribe: https://insurtech-weekly.example/u
""")
    return m, "NORMAL", "en", "newsletter", "industry newsletter"


def m141():
    m = new(141, "Kanzlei Bödeker <info@kanzlei-boedeker.example>", "service@weserland-versicherung.example",
            "Verkehrsunfall 05.03.2026, Ihr VN Lutz Eggers, HB-LE 404 / Az. 26-0219", when(19, 16, 18),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Malte Seebeck vertreten. Ihr Versicherungsnehmer, Herr
Lutz Eggers, fuhr am 05.03.2026 auf der Stresemannstraße in Bremen auf das Fahrzeug
unseres Mandanten (HB-MS 72) auf. Personenschäden sind nicht entstanden.

Schadenpositionen: Reparaturkosten laut Gutachten 3.920,17 EUR, Gutachterkosten
612,00 EUR, Nutzungsausfall 5 Tage à 59 EUR, Kostenpauschale 25 EUR.

Wir bitten um Ausgleich bis zum 02.04.2026 auf unser Anderkonto.

Mit freundlichen Grüßen
Bödeker, Rechtsanwalt
""")
    return m, "CONFIDENTIAL", "de", "lawyer-to-insurer", "motor liability claim naming the policyholder and plates; no injury"


def m142():
    m = new(142, "Petra Lühr <petra.luehr@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Offene Rückrufe KV - bitte heute erledigen",
            when(19, 16, 30), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    html(m, """<html><body style="font-family:Calibri;font-size:11pt">
<p>Hallo Service-Team,</p>
<p>folgende Kunden haben sich beschwert, dass niemand zurückruft. Könnt ihr bitte heute
noch anrufen und den Stand durchgeben (steht in der Tabelle)?</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Kunde</th><th>Vers.-Nr.</th><th>Telefon</th><th>Vorgang</th><th>Stand</th></tr>
<tr><td>Irmgard Schnakenberg</td><td>KV-40033190</td><td>0421 447120</td><td>Rechnung Onkologie (Chemotherapie Zyklus 3)</td><td>bezahlt 17.03.</td></tr>
<tr><td>Björn Tammen</td><td>KZ-71602284</td><td>0160 2290114</td><td>Psychotherapie, Antrag 20 Sitzungen</td><td>Gutachter angefragt</td></tr>
<tr><td>Aylin Demir</td><td>KV-40480771</td><td>0176 3390551</td><td>Entbindung Klinikum Nord, Wahlleistungen</td><td>fehlt Geburtsurkunde Kind</td></tr>
</table>
<p>Danke!<br>Petra</p>
</body></html>
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "HTML-only table of named customers with chemotherapy, psychotherapy, childbirth"


def m143():
    m = new(143, "Lena Brockhoff <l.brockhoff@weser-kurier-redaktion.example>", "presse@weserland-versicherung.example",
            "Anfrage: Pflegefälle und Pflegezusatz in Bremen", when(19, 16, 45), cc="service@weserland-versicherung.example",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

für einen Artikel über private Pflegevorsorge in Bremen hätte ich folgende Fragen:
1. Wie viele Leistungsfälle in der Pflegezusatzversicherung hatten Sie 2025?
2. Wie verteilen sie sich auf die Pflegegrade?
3. Wie hoch ist das durchschnittliche Eintrittsalter in Ihre Pflegetarife?

Redaktionsschluss ist Montag, 23.03., 12 Uhr.

Mit freundlichen Grüßen
Lena Brockhoff
Redaktion Wirtschaft
""")
    return m, "NORMAL", "de", "press-to-insurer", "trap: journalist asks for care statistics"


def m144():
    m = new(144, "Jens Gräper <jens.graeper@freemail.example>", "service@weserland-versicherung.example",
            "rücklastschrift sorry", when(19, 17, 3), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """hi, die lastschrift für die kfz (KF-20466309) ist zurückgegangen weil das konto leer war, mein fehler. könnt ihr nochmal abbuchen? jetzt ist geld drauf
jens gräper
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named motor customer's returned direct debit"


def m145():
    m = new(145, SERVICE, "Chloé Martin <chloe.martin@mailbox.example>", "Your message to Weserland Customer Service",
            when(19, 9, 15, 22), irt=IDS.get(119), headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    text(m, """Thank you for your message. We have received it and will reply within two working days.

Please do not send medical reports, doctors' invoices, sick notes or other health
information by unencrypted e-mail. Use the upload in the Weserland app or our customer
portal: https://kundenportal.weserland-versicherung.example

To report a claim 24/7: +49 421 98765-500.

Weserland Customer Service
This message was generated automatically.
""")
    return m, "NORMAL", "en", "auto-reply", "trap: English service auto-reply mentioning medical reports, no content"


# ---------------------------------------------------------------- Friday, 20 March 2026

def m146():
    m = new(146, "Lisa Wellbrock <lisa.wellbrock@mailbox.example>", "service@weserland-versicherung.example",
            "Antrag Psychotherapie", when(20, 6, 40), headers=[("X-Mailer", "Apple Mail (2.3774.400.31)")])
    text(m, """Guten Morgen,

meine Therapeutin, Dipl.-Psych. Antje Rehder, hat den Antrag auf Kostenübernahme für
eine Verhaltenstherapie gestellt: 25 Sitzungen Kurzzeittherapie, Diagnose
rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1).
Der Bericht an den Gutachter geht direkt an Sie.

Wie lange dauert die Bearbeitung? Ich möchte im April anfangen.
Versicherungsnummer KV-40612208.

Danke, Lisa Wellbrock
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "psychotherapy application with ICD F33.1 of the sender"


def m147():
    m = new(147, "Datenschutz <datenschutz@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "FAQ aus der Schulung: Gesundheitsdaten per E-Mail",
            when(20, 7, 30), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Liebe Kolleginnen und Kollegen,

danke für die vielen Fragen gestern. Die wichtigsten Antworten:

F: Ein Kunde schickt uns seinen Arztbericht unverschlüsselt. Dürfen wir antworten?
A: Ja, mit der Bitte, künftig das Portal zu nutzen. Die Antwort selbst enthält keine
   Diagnosen; Inhalte gehen über das SecureMail-Portal.

F: Darf ich "Ihre Rechnung von Dr. X" in den Betreff schreiben?
A: Nein. Schon der Name eines Facharztes kann auf eine Erkrankung schließen lassen.

F: Gilt die Schweigepflicht (§ 203 StGB) auch für uns im Service?
A: Ja, für alle, die Daten aus der Kranken-, Lebens- und Unfallversicherung sehen.

F: Ist die Zahnzusatzversicherung auch "Gesundheit"?
A: Ja. Schon die Tatsache, dass jemand eine Kranken- oder Lebensversicherung hat,
   behandeln wir als streng vertraulich.

Dr. Meike Sander, Datenschutzbeauftragte
""")
    return m, "NORMAL", "de", "internal", "trap: data-protection FAQ about health data and Paragraf 203, no person"


def m148():
    m = new(148, "Frauke Lindemann <frauke.lindemann@weser-net.example>", "service@weserland-versicherung.example",
            "Hagelschaden Fotos", when(20, 7, 52), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hier die Fotos vom Hagel gestern Abend in Achim. Motorhaube und Dach voller Dellen. Teilkasko KF-20155762, VER-FL 310.
Frauke Lindemann
""", cte="quoted-printable")
    att(m, jpg(["[Foto 1] Motorhaube VW Touran VER-FL 310, ca. 40 Dellen"], size=(640, 480), bg=(90, 96, 110)),
        "d53-IMG_8810.jpg", "image/jpeg")
    att(m, jpg(["[Foto 2] Dach, Dellen bis 2 cm, 19.03.2026 19:12"], size=(640, 480), bg=(80, 88, 99)),
        "d53-IMG_8811.jpg", "image/jpeg")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "hail damage photos of a named motor customer"


def m149():
    m = new(149, "Intranet-Redaktion <intranet@weserland-versicherung.example>", "alle-mitarbeitenden@weserland-versicherung.example",
            "Weserland intern: Gesundheitstag, Betriebsausflug, neue Kantinenkarte", when(20, 8, 0),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    alt(m, """Weserland intern - KW 12

GESUNDHEITSTAG am 15. April im Foyer: kostenlose Blutdruck- und Blutzuckermessung,
Hautkrebs-Screening mit dem Dermamobil, Rückenfit-Kurs und Grippeimpfung im Herbst
schon jetzt vormerken. Anmeldung über das Intranet.

BETRIEBSAUSFLUG: Am 12. Juni geht es nach Worpswede.

KANTINE: Ab April jeden Tag ein veganes Gericht.

Eure Intranet-Redaktion
""", """<html><body><h2>Weserland intern &ndash; KW 12</h2>
<h3>Gesundheitstag am 15. April</h3><p>Kostenlose Blutdruck- und Blutzuckermessung, Hautkrebs-Screening mit dem Dermamobil,
Rückenfit-Kurs. Anmeldung über das Intranet.</p>
<h3>Betriebsausflug</h3><p>Am 12. Juni geht es nach Worpswede.</p>
<h3>Kantine</h3><p>Ab April jeden Tag ein veganes Gericht.</p></body></html>
""")
    return m, "NORMAL", "de", "newsletter", "trap: staff newsletter about a health day with screenings"


def m150():
    m = new(150, "Leben Service <leben-service@weserland-versicherung.example>",
            "Reinhard Mählmann <r.maehlmann@posteingang.example>", "Ablauf Ihrer Lebensversicherung LV-70122847 zum 01.04.2026",
            when(20, 8, 15), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrter Herr Mählmann,

Ihre Kapitallebensversicherung LV-70122847 läuft am 01.04.2026 ab. Die Ablaufleistung
beträgt:

  garantierte Versicherungssumme:   18.400,00 EUR
  Überschussbeteiligung:             5.233,41 EUR
  Schlussüberschuss:                   685,36 EUR
  Ablaufleistung gesamt:            24.318,77 EUR

Die Auszahlung erfolgt auf Ihr Konto DE31 2919 0330 7167 1460 21. Kapitalertragsteuer
fällt an, weil der Vertrag nach 2004 abgeschlossen wurde; die Steuerbescheinigung
erhalten Sie per Post.

Mit freundlichen Grüßen
Henrik Claasen
Leben Service · Weserland Lebensversicherung AG
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "maturity payout of a named person's life policy with IBAN"


def m151():
    m = new(151, "Elon Crypto Desk <profits@crypto-yield-desk.example>", "service@weserland-versicherung.example",
            "Turn EUR 250 into EUR 12,000 in 30 days - guaranteed", when(20, 2, 11, tz=-5),
            headers=[("X-Mailer", "SendBlaster 4")])
    text(m, """Hi,

our AI trading bot made 4,700 % last year. Start with only EUR 250.
Limited places - register today: http://crypto-yield-desk.example/start

This is not financial advice.
""", cte="7bit")
    return m, "NORMAL", "en", "spam", "crypto spam"


def m152():
    m = new(152, "Thanh Huong Pham <thanhhuong.pham@mailbox.example>", "service@weserland-versicherung.example",
            "neue Adresse / new address", when(20, 8, 33), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hi, neue Adresse ab 1.4.:
Thanh Huong Pham
Waller Heerstr. 180, 28219 Bremen
for my Hausrat HR-30819904 and Haftpflicht PH-50790116. thanks!!
""", cte="8bit")
    return m, "CONFIDENTIAL", "mixed", "customer-to-insurer", "address change of a named customer with two policies"


def m153():
    m = new(153, "Monika Schnieders <monika.schnieders@kabelmail.example>", "service@weserland-versicherung.example",
            "Einlagen", when(20, 8, 50), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo,

anbei das Rezept und die Rechnung vom Sanitätshaus für meine orthopädischen Einlagen
(Senk-Spreizfuß, Fersensporn links). 164,90 Euro. Bitte über AmbulantPlus
KZ-71335086 erstatten.

Mit freundlichen Grüßen
Monika Schnieders
""")
    att(m, pdf(["# Sanitaetshaus Weserstadt - Rechnung 26-1934",
                "Kundin: Monika Schnieders, Am Hulsberg 17, 28205 Bremen",
                "Verordnung: Dr. med. K. Menke, Orthopaedie, vom 24.02.2026",
                "Diagnose laut Verordnung: Senk-Spreizfuss bds. (M21.6), Fersensporn li. (M77.3)",
                "1 Paar orthopaedische Einlagen nach Mass, Weichschaum/Kork   164,90 EUR"], title="Rechnung Sanitaetshaus"),
        "d53-Einlagen_Schnieders.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "orthopaedic insoles with diagnosis of the sender"


def m154():
    m = new(154, "Betriebliches Gesundheitsmanagement <bgm@weserland-versicherung.example>",
            "auftrag@praxisbedarf-hanse.example", "Bestellung Gesundheitstag: Blutdruckmessgeräte und Teststreifen",
            when(20, 9, 5), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

für unseren Gesundheitstag am 15.04.2026 bestellen wir gemäß Angebot A-2026-0219:

 6 St.  Oberarm-Blutdruckmessgerät, klinisch validiert       je 54,90 EUR
 4 St.  Blutzuckermessgerät                                   je 19,90 EUR
 8 Pck. Teststreifen à 50                                      je 24,50 EUR
 2 Pck. Sicherheitslanzetten à 200                             je 16,80 EUR
 1 St.  Abwurfbehälter 1,5 l                                   je  4,20 EUR

Lieferadresse: Weserland Versicherung AG, BGM, Am Wall 140, 28195 Bremen, bis 08.04.

Mit freundlichen Grüßen
Katja Albrecht, Betriebliches Gesundheitsmanagement
""")
    return m, "NORMAL", "de", "insurer-to-supplier", "trap: order of blood-pressure monitors and test strips"


def m155():
    m = new(155, SERVICE, "Dennis Röpke <dennis.roepke@weser-net.example>", "AW: Kündigung Kfz wegen Verkauf",
            when(20, 9, 20), irt=IDS.get(14), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag Herr Röpke,

wir bestätigen die Aufhebung Ihrer Kfz-Versicherung KF-20933147 (VW Golf, HB-DR 771)
zum 14.03.2026 wegen Veräußerung. Den Kaufvertrag brauchen wir nicht.

Zu viel gezahlter Beitrag für den Zeitraum 15.03.-31.03.2026: 31,84 EUR. Wir
überweisen ihn auf Ihr Konto mit der Endung 0366.

Ihr Schadenfreiheitsrabatt (SF 9) bleibt sieben Jahre für ein neues Fahrzeug erhalten.

Freundliche Grüße
Tobias Brenner
Weserland Kundenservice
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "cancellation confirmation to a named motor customer with refund"


def m156():
    m = new(156, "Sven Hildebrandt <sven.hildebrandt@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Wochenabschluss + Kuchen 🍰", when(20, 9, 40),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Moin ihr Lieben,

wir sind bei 61 offenen Mails, die älteste von gestern Mittag. Starke Woche, danke!
Um 14 Uhr gibt's Butterkuchen in der Teeküche, Melike hat Geburtstag 🎉

Sven
""", cte="8bit")
    return m, "NORMAL", "de", "internal", "team chatter, colleague's birthday"


def m157():
    m = new(157, "Nadine Vogt <nadine.vogt@weserland-versicherung.example>",
            "KV Leistung <kv-leistung@weserland-versicherung.example>", "bitte übernehmen",
            when(20, 10, 2), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo,

bitte übernehmen, kam heute früh ans service@ (Kunde Herr Frank Bultmann, KV-40187760,
ohne Text, nur die Anlage).

Gruß Nadine
""")
    att(m, pdf(["# Klinikum Bremen-Ost - Klinik fuer Neurologie",
                "Vorlaeufiger Entlassungsbericht",
                "",
                "Patient: Frank Bultmann, geb. 11.03.1966",
                "stationaer vom 06.03.2026 bis 13.03.2026",
                "",
                "Diagnosen:",
                "- Ischaemischer Hirninfarkt im Stromgebiet der A. cerebri media links (I63.4)",
                "- Vorhofflimmern, paroxysmal (I48.0)",
                "- Arterielle Hypertonie (I10.00)",
                "",
                "Therapie: Lyse nicht moeglich (Zeitfenster), Beginn Antikoagulation mit Apixaban 5 mg 1-0-1",
                "Entlassung in die neurologische Rehabilitation (Phase C), Klinik Hellersen",
                "",
                "Dr. med. A. Schwenker, Oberaerztin"], title="Entlassungsbericht", author="Klinikum Bremen-Ost"),
        "d53-Entlassungsbericht.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "routing note; stroke discharge report of a named customer in the PDF"


def m158():
    m = new(158, "Piet van der Berg <piet.vanderberg@weserland-versicherung.example>",
            "team-portal-qa@weserland-versicherung.example", "Test data for upload feature - release 26.4",
            when(20, 10, 20), cc="service@weserland-versicherung.example", headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hi team,

for the regression test of the invoice upload (release 26.4) please use only these
fictitious test cases, never real customers:

TC-01  Max Mustermann (fiktiv), born 01.01.1970, KV-00000001, invoice "Dr. Test",
       diagnosis field J06.9 (dummy), amount 99.99 EUR
TC-02  Erika Musterfrau (fiktiv), KZ-00000002, dental invoice GOZ 0010 (dummy)
TC-03  Bank data: published example IBAN DE89 3704 0044 0532 0130 00 (must be accepted),
       DE00 0000 0000 0000 0000 00 (must be rejected)

The service@ mailbox is in CC because testers will send mails there from the test
tenant - please ignore anything with [TEST] in the subject.

Thanks,
Piet
""")
    return m, "NORMAL", "en", "internal", "trap: fictitious test cases with dummy ICD code and published example IBAN"


def m159():
    m = new(159, "Kirsten Oetjen <kirsten.oetjen@freemail.example>", "service@weserland-versicherung.example",
            "Rückstufung nach Unfall?", when(20, 10, 41), headers=[("X-Mailer", "Outlook for Android")])
    text(m, """Hallo,
wie stark werde ich nach dem Auffahrunfall im Februar zurückgestuft (Schaden S-2026-0028810, KF-20588345)? bin jetzt SF 7. lohnt es sich den Schaden selbst zu zahlen? war ca. 2.100 Euro beim anderen.
Kirsten Oetjen
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named motor customer with claim number and SF class"


def m160():
    m = new(160, "Oliver Bennett <oliver.bennett@mailbox.example>", "service@weserland-versicherung.example",
            "English-language contracts?", when(20, 11, 0), headers=[("X-Mailer", "Apple Mail (2.3774.400.31)")])
    text(m, """Hello,

I'm moving to Bremen in May for a job at the university. Do you offer home contents
and liability insurance with documents in English? And can I sign up before I have a
German bank account?

Best,
Oliver Bennett
""")
    return m, "NORMAL", "en", "customer-to-insurer", "prospect question, no contract"


def m161():
    m = new(161, SERVICE, "Oliver Bennett <oliver.bennett@mailbox.example>", "RE: English-language contracts?",
            when(20, 12, 14), irt=IDS.get(160), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Dear Mr Bennett,

welcome to Bremen! Our contract documents are legally binding in German, but we
provide English translations of the policy terms for home contents and personal
liability insurance.

Typical premiums for a 60 m² flat in Bremen:
  Home contents (sum insured EUR 39,000):   EUR 6.10 per month
  Personal liability (single, EUR 50m):     EUR 4.20 per month

You can start the contract before you have a German account; the first premium can
be paid by transfer, and the direct debit set up later.

Kind regards
Melike Arslan
Weserland Customer Service
""")
    return m, "NORMAL", "en", "insurer-to-customer", "trap: generic premium examples for a prospect"


def m162():
    m = new(162, "Gerhard Ficken <gerhard.ficken@posteingang.example>", "service@weserland-versicherung.example",
            "Hörgeräte Rechnung", when(20, 11, 25), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

ich habe neue Hörgeräte bekommen (beidseitig, Hörverlust laut HNO-Arzt mittelgradig).
Die Krankenkasse zahlt den Festbetrag, mein Eigenanteil sind 2.380 Euro. Rechnung vom
Hörakustiker Kind & Söhne liegt bei mir, soll ich sie per Post schicken?
Versicherung KZ-71050332.

Mit freundlichen Grüßen
Gerhard Ficken
""", cs="iso-8859-1")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "hearing aids and hearing loss of the sender"


def m163():
    m = new(163, "Versicherungsmakler Enno Harms <enno.harms@harms-makler.example>",
            "Maklerbetreuung Weserland <maklerbetreuung@weserland-versicherung.example>",
            "Neue Bankverbindung für Courtage", when(20, 11, 40), cc="service@weserland-versicherung.example",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

bitte überweisen Sie meine Courtage ab sofort auf mein neues Geschäftskonto:

Kontoinhaber: Enno Harms, Versicherungsmakler (Einzelunternehmen)
IBAN: DE37 2805 0100 7162 7884 28
Steuernummer: 60/145/08822, Finanzamt Oldenburg

Vermittlernummer bei Ihnen: 0417-204.

Mit freundlichen Grüßen
Enno Harms
""")
    return m, "CONFIDENTIAL", "de", "broker-to-insurer", "sole-trader broker's IBAN and tax number"


def m164():
    xl = xlsx([("BU claims 2025", [
        ["Cause (ICD chapter)", "New claims", "Share", "Avg. age at onset"],
        ["F - Mental and behavioural", 142, 0.37, 44.1],
        ["M - Musculoskeletal", 81, 0.21, 49.6],
        ["C/D - Neoplasms", 58, 0.15, 51.3],
        ["I - Circulatory", 34, 0.09, 54.0],
        ["G - Nervous system", 27, 0.07, 46.8],
        ["S/T - Injuries", 23, 0.06, 38.2],
        ["Other", 19, 0.05, 47.5],
        ["Total", 384, 1.0, 46.7],
    ])])
    m = new(164, "\"Dr. Ute Marquardt\" <ute.marquardt@weserland-versicherung.example>",
            "Treaty Team <treaty.life@nordic-re.example>", "BU claims statistics 2025 for treaty renewal",
            when(20, 12, 0), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Dear colleagues,

as agreed for the renewal of our disability quota share treaty, please find attached
the aggregated new-claims statistics 2025 by ICD chapter. No individual data; cells
below 10 are merged into "Other".

Best regards
Ute Marquardt
Head of Underwriting and Claims Life, Weserland Lebensversicherung AG
""")
    att(m, xl, "d53-BU_claims_2025_aggregated.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m, "NORMAL", "en", "insurer-to-partner", "trap: aggregated disability claims by ICD chapter for the reinsurer"


def m165():
    m = new(165, "Tanja Wulf <tanja.wulf@weser-net.example>", "service@weserland-versicherung.example",
            "Unfall Kind Fahrrad", when(20, 12, 25), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hallo,
unsere Tochter Paula (9) ist gestern mit dem Fahrrad gestürzt, Platzwunde am Kinn (genäht, 4 Stiche) und zwei Schneidezähne abgebrochen. Kinderunfallversicherung UV-60288014. Foto vom Arztbrief anbei.
Tanja Wulf
""", cte="quoted-printable")
    att(m, jpg(["Kinderchirurgische Ambulanz, Klinikum Bremen-Mitte",
                "Paula Wulf, geb. 30.06.2016, Unfall 19.03.2026 16:30",
                "Dx: Kinnplatzwunde 2 cm (S01.8), Kronenfraktur 11 und 21 (S02.5)",
                "Wundversorgung, 4 Einzelknopfnaehte, Vorstellung Zahnarzt empfohlen"]),
        "d53-IMG_2290.jpg", "image/jpeg")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "child accident with injuries under accident insurance"


def m166():
    m = new(166, "Autohaus Siemer Kfz-Meisterbetrieb <service@autohaus-siemer.example>", "service@weserland-versicherung.example",
            "Partnerwerkstatt werden?", when(20, 12, 50), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag,

wir sind ein freier Kfz-Meisterbetrieb mit Karosserie und Lack in Delmenhorst und
würden gern Partnerwerkstatt im Schadenmanagement der Weserland werden. An wen können
wir uns wenden?

Mit freundlichen Grüßen
Bernd Siemer, Geschäftsführer, Autohaus Siemer GmbH
""")
    return m, "NORMAL", "de", "company-to-insurer", "workshop asks about partnership"


def m167():
    m = new(167, "Beitragsservice Weserland <beitragsservice@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Info: Mahnverfahren KV - Kunde ruft evtl. an",
            when(20, 13, 5), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo Service,

zur Info, falls Herr Carsten Wolters (KV-40255116) anruft oder schreibt: Er ist mit
drei Monatsbeiträgen der Krankheitskostenversicherung (insgesamt 1.412,70 EUR) im
Rückstand. Nach § 193 Abs. 6 VVG ruhen die Leistungen ab 01.04.2026; er ist dann im
Notlagentarif. Eine Ratenzahlung haben wir ihm angeboten (3 x 470,90 EUR).

Bitte nichts zusagen, sondern an mich durchstellen.

Frank Ahlers, Beitragsservice
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "health-insurance arrears and suspension of benefits of a named person"


def m168():
    m = new(168, "\"Praxis Dr. Hollmann\" <praxis@hausarzt-hollmann.example>", "service@weserland-versicherung.example",
            "Automatische Antwort / Automatic reply: Anforderung Befundbericht", when(20, 13, 20),
            headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Unsere Praxis ist vom 20.03. bis 27.03.2026 wegen Urlaub geschlossen.
Vertretung: Gemeinschaftspraxis Dr. Brünjes / Dr. Kahrs, Wachmannstr. 12, Tel. 0421 34 56 70.
Anfragen von Versicherungen zu Befundberichten bearbeiten wir ab dem 30.03.

Our practice is closed from 20 to 27 March 2026. In emergencies call 116 117.
""")
    return m, "NORMAL", "mixed", "auto-reply", "trap: doctor's practice out-of-office about medical reports, no patient named"


def m169():
    m = new(169, "Moritz Ehlers <moritz.ehlers@freemail.example>", "service@weserland-versicherung.example",
            "fahrrad geklaut", when(20, 13, 44), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """hi, mein rad wurde heute nacht aus dem keller geklaut (schloss aufgebrochen). ist über die hausrat versichert glaube ich (HR-30660187). Canyon Grail, rahmennr C19K4402117, gekauft 2023 für 1.899 €. anzeige ist gemacht.
moritz ehlers, Lahnstr. 3, 28199 bremen
""", cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "bicycle theft under household policy of a named customer"


def m170():
    m = new(170, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "service@weserland-versicherung.example", "Osterurlaub? So sind Sie im Ausland gut versorgt",
            when(20, 14, 0), headers=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden>"),
                                      ("Precedence", "bulk")])
    alt(m, """Osterurlaub? So sind Sie im Ausland gut versorgt

- Die gesetzliche Krankenkasse zahlt außerhalb der EU meist nichts - und einen
  Rücktransport nie.
- Unsere Auslandsreisekrankenversicherung gibt es ab 9,90 EUR im Jahr für Einzelpersonen.
- Reiseapotheke: Schmerzmittel, Durchfallmittel, Pflaster, Sonnenschutz.
- Notfall im Urlaub? Unser 24h-Notruf: +49 421 98765-999.

Abmelden: https://news.weserland-versicherung.example/abmelden
""", """<html><body><h2>Osterurlaub? So sind Sie im Ausland gut versorgt</h2>
<ul><li>Die gesetzliche Krankenkasse zahlt außerhalb der EU meist nichts &ndash; und einen Rücktransport nie.</li>
<li>Unsere Auslandsreisekrankenversicherung gibt es ab <b>9,90 EUR</b> im Jahr.</li>
<li>Reiseapotheke: Schmerzmittel, Durchfallmittel, Pflaster, Sonnenschutz.</li>
<li>Notfall im Urlaub? 24h-Notruf: +49 421 98765-999.</li></ul>
<p><a href="https://news.weserland-versicherung.example/abmelden">Abmelden</a></p></body></html>
""")
    return m, "NORMAL", "de", "newsletter", "trap: travel-health newsletter"


def m171():
    m = new(171, "Sarah Whitfield-Köhler <sarah.wk@mailbox.example>", "service@weserland-versicherung.example",
            "Travel cancellation - my father had a stroke", when(20, 14, 22), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hello,

we have to cancel our family trip to Mallorca (departure 28 March). My father,
who lives with us, had a stroke on Tuesday and is in the stroke unit of Klinikum
Bremen-Mitte. The doctors say he will need care afterwards.

Travel cancellation insurance RV-90402219 (family). Booking total EUR 3,460.
What do you need? The hospital can give a certificate.

Sarah Whitfield-Köhler
""")
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer", "travel cancellation because of a named customer's father's stroke"


def m172():
    m = new(172, "Reise-Schadenservice <reise-schaden@weserland-versicherung.example>",
            "Jan-Philipp Oltrogge <jp.oltrogge@weser-net.example>", "Ihr Gepäckschaden RV-2026-00377 - Entschädigung",
            when(20, 14, 50), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrter Herr Oltrogge,

für Ihren verspätet ausgelieferten Koffer (Flug LH 1234 München-Lissabon, 01.03.2026,
Reisegepäckversicherung RV-90288177) erstatten wir Ersatzkäufe:

  Kleidung und Hygieneartikel laut Belegen:   214,30 EUR
  abzüglich Zahlung der Lufthansa:            -100,00 EUR
  Entschädigung:                              114,30 EUR

Überweisung auf Ihr Konto IBAN DE47 1002 0890 6781 4616 61.

Mit freundlichen Grüßen
Reise-Schadenservice · Weserland Versicherung AG
""")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "baggage claim settlement of a named customer with IBAN"


def m173():
    m = new(173, "Jana Kowalski <jana.kowalski@weserland-versicherung.example>",
            "team-kundenservice@weserland-versicherung.example", "Toner", when(20, 15, 5),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Toner für den Drucker neben Sven ist bestellt, kommt Dienstag. Bis dahin bitte den im Flur nehmen.
Jana
""")
    return m, "NORMAL", "de", "internal", "office note"


def m174():
    m = new(174, "Volker Garbade <volker.garbade@kabelmail.example>", "service@weserland-versicherung.example",
            "Fragebogen zurück", when(20, 15, 30), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """anbei zurück.
V. Garbade
""")
    att(m, pdf(["# Weserland Lebensversicherung AG - Nachpruefung Berufsunfaehigkeit",
                "Vertrag BU-77012904, versicherte Person: Volker Garbade, geb. 15.10.1968",
                "",
                "1. Wie geht es Ihnen gesundheitlich heute?",
                "   Nach der Bypass-OP 2024 weiter Belastungsluftnot, Herzinsuffizienz NYHA III.",
                "2. Welche Aerzte behandeln Sie?",
                "   Kardiologe Dr. Otten (alle 3 Monate), Hausarzt Dr. Wolff.",
                "3. Welche Medikamente nehmen Sie?",
                "   Entresto 97/103 mg, Bisoprolol 5 mg, Eplerenon 25 mg, ASS 100.",
                "4. Ueben Sie eine berufliche Taetigkeit aus?",
                "   Nein. Frueher Dachdecker, jetzt voll erwerbsgemindert (Rente DRV seit 01/2025).",
                "",
                "Datum: 18.03.2026   Unterschrift: V. Garbade"], title="Nachpruefung BU"),
        "d53-Fragebogen_BU_Garbade.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "body says only 'anbei zurück'; BU review with heart failure only in the PDF"


def m175():
    m = new(175, "Claudia Renner <claudia.renner@weserland-versicherung.example>",
            "Beschwerdestatistik BaFin <beschwerdestatistik@bafin-meldestelle.example>",
            "Beschwerdestatistik 2025 - Weserland Versicherung AG (Reg.-Nr. 5442)", when(20, 16, 0),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

anbei unsere Meldung der Beschwerdestatistik 2025 gemäß Rundschreiben zur
Beschwerdebearbeitung:

Sparte                      Beschwerden   davon berechtigt
Krankenversicherung                 168                 51
Lebensversicherung (inkl. BU)        47                 12
Unfallversicherung                   21                  6
Kraftfahrtversicherung              133                 38
Sach/Haftpflicht/Rechtsschutz        89                 22
Summe                               458                129

Beschwerdegründe (Top 3): Bearbeitungsdauer Leistung, Beitragsanpassung, Erreichbarkeit.

Mit freundlichen Grüßen
Claudia Renner
Beschwerdemanagement, Weserland Versicherung AG
""")
    return m, "NORMAL", "de", "insurer-to-partner", "trap: complaint statistics to the regulator, aggregate only"


# ---------------------------------------------------------------- Saturday, 21 March 2026

def m176():
    m = new(176, "Elke Brinkmann <elke.brinkmann@freemail.example>", "service@weserland-versicherung.example",
            "zahnarzt rechnung", when(21, 8, 12), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """zahnarzt rechnung anbei, 2 seiten
""", cte="7bit")
    att(m, jpg(["Seite 1 - Zahnarztpraxis Dr. Oliver Hastedt, Vegesack"], size=(480, 640)), "d53-IMG_3301.jpg", "image/jpeg")
    att(m, pdf(["# Zahnarztpraxis Dr. Oliver Hastedt - Liquidation",
                "Patientin: Elke Brinkmann, geb. 25.04.1977, Weserland KZ-71733590",
                "",
                "26.02.2026  GOZ 2390  Trepanation Zahn 26                   16,87 EUR",
                "26.02.2026  GOZ 2410  Aufbereitung Wurzelkanal (3 Kanaele)  151,82 EUR",
                "05.03.2026  GOZ 2440  Wurzelfuellung (3 Kanaele)            109,71 EUR",
                "05.03.2026  GOAE 5000 Roentgen Zahn 26                       9,09 EUR",
                "Diagnose: irreversible Pulpitis Zahn 26 (K04.0)",
                "Gesamt                                                    287,49 EUR"], title="Liquidation"),
        "d53-Rechnung_Seite2.pdf", "application/pdf")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "dentist invoice of the sender (root canal, K04.0) as photo and PDF"


def m177():
    m = new(177, "Sparkasse Online-Banking <sicherheit@sparkasse-kundendienst-online.example>",
            "service@weserland-versicherung.example", "Ihr Konto wurde vorübergehend gesperrt", when(21, 5, 3),
            headers=[("X-Mailer", "PHPMailer 6.1.4")])
    html(m, """<html><body style="font-family:Arial">
<p><img alt="Sparkasse" src="http://sparkasse-kundendienst-online.example/logo.png"></p>
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>aufgrund ungewöhnlicher Aktivitäten wurde Ihr Online-Banking vorübergehend gesperrt.
Eine Überweisung über 1.249,00 EUR wurde angehalten.</p>
<p>Bitte bestätigen Sie Ihre Identität mit IBAN, PIN und TAN:</p>
<p><a href="http://sparkasse-kundendienst-online.example/entsperren">Konto entsperren</a></p>
<p>Ihre Sparkasse</p></body></html>
""")
    return m, "NORMAL", "de", "spam", "trap: banking phishing asking for IBAN/PIN, no real data"


def m178():
    m = new(178, "Hartmut Speckmann <h.speckmann@posteingang.example>", "service@weserland-versicherung.example",
            "Einbruch Gartenhaus", when(21, 9, 2), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Morgen,

heute Nacht wurde in unser Gartenhaus eingebrochen (Tür aufgehebelt). Weg sind der
Aufsitzmäher (Stiga, 2.400 EUR), eine Motorsäge und zwei Fahrräder der Kinder.
Polizei war da, Aktenzeichen folgt.

Hausrat HR-30128840, Grundstück Zum Sandberg 11, 28876 Oyten.

Mit freundlichen Grüßen
Hartmut Speckmann
""")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "burglary claim of a named household policyholder with address"


def m179():
    m = new(179, "Weserland Magazin <magazin@news.weserland-versicherung.example>", "service@weserland-versicherung.example",
            "Weserland Magazin Frühling 2026 ist da", when(21, 9, 30),
            headers=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden>"), ("Precedence", "bulk")])
    alt(m, """Weserland Magazin - Frühling 2026

In dieser Ausgabe:
- Balkonkraftwerk: Was ist versichert?
- Reportage: Ein Tag bei der Kfz-Schadenhotline
- Rezept: Spargelsalat mit Erdbeeren
- Gewinnspiel: 3 Lastenräder zu gewinnen

Online lesen: https://magazin.weserland-versicherung.example/fruehling-2026
""", """<html><body><h1>Weserland Magazin &ndash; Frühling 2026</h1>
<ul><li>Balkonkraftwerk: Was ist versichert?</li><li>Reportage: Ein Tag bei der Kfz-Schadenhotline</li>
<li>Rezept: Spargelsalat mit Erdbeeren</li><li>Gewinnspiel: 3 Lastenräder zu gewinnen</li></ul>
<p><a href="https://magazin.weserland-versicherung.example/fruehling-2026">Online lesen</a></p></body></html>
""")
    return m, "NORMAL", "de", "newsletter", "customer magazine"


def m180():
    m = new(180, "Bettina Koopmann <bettina.koopmann@weser-net.example>", "service@weserland-versicherung.example",
            "Pflegezusatz für meine Mutter?", when(21, 10, 5), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Hallo,

kann meine Mutter (Inge Koopmann, 82) noch eine Pflegezusatzversicherung bei Ihnen
abschließen? Sie hat eine beginnende Demenz, der Neurologe hat das im Januar
festgestellt, Pflegegrad ist noch nicht beantragt.

Danke für eine ehrliche Antwort.
Bettina Koopmann
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "prospect's mother named with dementia diagnosis"


def m181():
    m = new(181, "krabbe.f@freemail.example", "service@weserland-versicherung.example",
            "online kündigen", when(21, 10, 40), headers=[("X-Mailer", "Samsung Mail")])
    text(m, """kann man bei ihnen online kündigen oder muss das per brief?
""", cte="8bit")
    return m, "NORMAL", "de", "customer-to-insurer", "generic question, no name or contract"


def m182():
    m = new(182, "Cornelia Rathjen <cornelia.rathjen@mailbox.example>", "service@weserland-versicherung.example",
            "Laborrechnung", when(21, 11, 15), headers=[("X-Mailer", "Outlook for iOS")])
    html(m, """<html><head><meta charset="utf-8"></head><body>
<div dir="ltr">Hallo, hier die Laborrechnung von meinem Frauenarzt. Bitte erstatten, KV-40701345.</div>
<div dir="ltr"><br></div>
<table style="border:1px solid #ccc;font-size:12px">
<tr><td>Labor Dr. Kramer &amp; Kollegen, Bremen</td><td>Rechnung 2026-77120</td></tr>
<tr><td>Patientin: Cornelia Rathjen</td><td>Einsender: Dr. Anja Tiemann, Gynäkologie</td></tr>
<tr><td>GOÄ 4021 HPV-Nachweis (PCR)</td><td>58,29 EUR</td></tr>
<tr><td>GOÄ 4069 beta-HCG quantitativ</td><td>17,49 EUR</td></tr>
<tr><td>GOÄ 3550 Blutbild</td><td>4,66 EUR</td></tr>
<tr><td><b>Summe</b></td><td><b>80,44 EUR</b></td></tr>
</table>
<div><br>Gesendet von Outlook für iOS</div>
</body></html>
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "HTML-only lab invoice (HPV, pregnancy test) of the sender"


def m183():
    m = new(183, "Lucas Ferreira <lucas.ferreira@mailbox.example>", "service@weserland-versicherung.example",
            "Accident on the A1 - no one hurt", when(21, 12, 20), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hello,

I had an accident on the A1 near Delmenhorst-Ost today at 11:40. Traffic jam, the
driver behind me (white Ford Transit, OL-KT 449) hit my car. No one was hurt.
Police took the details. My car: Mazda 3, HB-LF 88, policy KF-20977105.

Do I report this to you or to his insurer?

Lucas Ferreira
""")
    return m, "CONFIDENTIAL", "en", "customer-to-insurer", "motor accident of a named customer with plates; nobody hurt"


def m184():
    m = new(184, SERVICE, "Hartmut Speckmann <h.speckmann@posteingang.example>",
            "Ihre Nachricht an den Weserland Kundenservice (Wochenende)", when(21, 9, 2, 31), irt=IDS.get(178),
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    text(m, """Guten Tag,

vielen Dank für Ihre Nachricht. Unser Kundenservice ist am Montag ab 8 Uhr wieder für
Sie da.

Notfälle am Wochenende:
- Kfz-Schaden und Panne: 0421 98765-500
- Notruf im Ausland (Reisekrankenversicherung): +49 421 98765-999

Bitte senden Sie Arztberichte, Rechnungen und andere Gesundheitsdaten über die
Weserland-App und nicht per E-Mail.

Ihr Weserland Kundenservice (automatische Antwort)
""")
    return m, "NORMAL", "de", "auto-reply", "trap: weekend auto-reply mentioning health data and travel health emergency number"


def m185():
    m = new(185, "Nils Hennings <nils.hennings@weser-net.example>", "service@weserland-versicherung.example",
            "Fwd: Befund", when(21, 13, 2), headers=[("User-Agent", "Mozilla Thunderbird 128.7")])
    text(m, """Hi, forwarding what my doctor sent me - bitte für die Erstattung der Antibiotika
und der Laborkosten (AmbulantPlus KZ-71844120). Rechnung folgt.
Nils

-------- Weitergeleitete Nachricht --------
Betreff: Befund
Datum: Fri, 20 Mar 2026 17:48:12 +0100
Von: Praxis Dr. Wiechmann <praxis@allgemeinmedizin-wiechmann.example>
An: Nils Hennings <nils.hennings@weser-net.example>

Sehr geehrter Herr Hennings,

Ihr Laborbefund ist da: Borrelien-IgM und -IgG positiv, Westernblot bestätigt.
Zusammen mit der Wanderröte am Oberschenkel spricht das für eine Borreliose im
Frühstadium (A69.2). Bitte nehmen Sie Doxycyclin 200 mg täglich für 14 Tage, das
Rezept liegt ab Montag an der Anmeldung.

Mit freundlichen Grüßen
Praxis Dr. Wiechmann
""", cte="8bit", flowed=True)
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer", "Lyme disease diagnosis and medication in an inline-forwarded doctor's mail"


def m186():
    m = new(186, "Gesundheit Aktuell <info@schlank-sofort-news.example>", "service@weserland-versicherung.example",
            "Apotheker verrät: 12 kg in 3 Wochen ohne Diät", when(21, 14, 10), headers=[("X-Mailer", "Bulk Sender 1.2")])
    html(m, """<html><body>
<h2>Apotheker verrät: 12 kg in 3 Wochen ohne Diät!</h2>
<p>Ärzte sind schockiert. Diese Kapsel senkt Blutzucker, Blutdruck und Cholesterin
&ndash; ganz ohne Rezept. Jetzt 70&nbsp;% Rabatt, nur heute 39,90&nbsp;EUR.</p>
<p><a href="http://schlank-sofort-news.example/angebot">Jetzt bestellen</a></p>
<p style="font-size:9px">Abmelden: http://schlank-sofort-news.example/abmelden</p>
</body></html>
""")
    return m, "NORMAL", "de", "spam", "trap: diet-pill spam with blood pressure and blood sugar words"


def m187():
    m = new(187, "Gesine Tebbe <gesine.tebbe@kabelmail.example>", "service@weserland-versicherung.example",
            "Sturm - Ziegel runter", when(21, 16, 35), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hallo, beim Sturm heute Nachmittag sind ca. 15 Dachziegel runtergekommen, Dachrinne hängt. Es regnet rein ins Dachgeschoss. Dachdecker kommt Montag, kann ich vorher eine Plane draufmachen lassen (Notdienst)? Wohngebäude WG-61055183, Am Fleet 2, 27801 Dötlingen.
Gesine Tebbe
""", cte="quoted-printable")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "storm damage of a named building policyholder with address"


# ---------------------------------------------------------------- Sunday, 22 March 2026

def m188():
    m = new(188, "Stefan Lüers <stefan.lueers@kabelmail.example>", "service@weserland-versicherung.example",
            "AU verlängert", when(22, 9, 14), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """AU ist verlängert bis 3.4., Bescheinigung kommt morgen per App.
S. Lüers KV-40217733
""", cte="8bit")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "terse: sick leave extension of a named daily-sickness insured"


def m189():
    m = new(189, "Mailbox Administrator <postmaster@weserland-mailquota.example>", "service@weserland-versicherung.example",
            "Your mailbox storage is full (99%) - messages are being held", when(22, 4, 20, tz=0),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Dear service,

Your mailbox has exceeded its storage limit (49.6 GB / 50 GB). 27 incoming messages
are on hold. Click below to increase your quota and release the messages:

http://weserland-mailquota.example/upgrade?user=service

IT Helpdesk
""", cte="7bit")
    return m, "NORMAL", "en", "spam", "phishing for mailbox credentials"


def m190():
    m = new(190, "Karl-Heinz Ostendorf <kh.ostendorf@posteingang.example>", "service@weserland-versicherung.example",
            "Beitragsbescheinigung 2025 für Steuer", when(22, 10, 2), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Guten Tag,

für meine Steuererklärung brauche ich eine Bescheinigung über die 2025 gezahlten
Beiträge für Haftpflicht (PH-50066129) und Unfall... nein, nur Haftpflicht und Kfz
(KF-20098817). Mein Steuerberater will auch die Steuer-ID drauf: 47 036 892 814.

Mit freundlichen Grüßen
Karl-Heinz Ostendorf
Geb. 02.09.1959
""")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "named customer with tax ID, birth date and policy numbers"


def m191():
    m = new(191, "Oliver Wessling <oliver.wessling@freemail.example>", "service@weserland-versicherung.example",
            "Bezugsberechtigung ändern", when(22, 11, 20), headers=[("X-Mailer", "Outlook for Android")])
    text(m, """Hallo,
ich möchte meine Lebensgefährtin Anna Kröger (geb. 12.12.1990) als Bezugsberechtigte für meine BU/Risikoleben (LV-71655032) eintragen, anstelle meiner Eltern. Was muss ich tun?
Oliver Wessling
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "beneficiary change on a named person's life contract with birth date"


def m192():
    m = new(192, "Verbraucherinfo Nord <newsletter@verbraucherinfo-nord.example>", "service@weserland-versicherung.example",
            "Ratgeber: Pflegegrad beantragen - so klappt die Begutachtung", when(22, 12, 0),
            headers=[("List-Unsubscribe", "<https://verbraucherinfo-nord.example/abmelden>"), ("Precedence", "bulk")])
    text(m, """Verbraucherinfo Nord - Sonntagsausgabe

PFLEGEGRAD BEANTRAGEN
1. Antrag formlos bei der Pflegekasse stellen - das Datum zählt für die Leistungen.
2. Pflegetagebuch führen: Wobei braucht die Person Hilfe (Waschen, Essen, Medikamente,
   Orientierung)?
3. Beim Termin mit dem Medizinischen Dienst Angehörige dazuholen, Arztberichte und
   Medikamentenplan bereitlegen.
4. Bescheid prüfen - Widerspruch innerhalb eines Monats möglich.

Private Pflegezusatzversicherung? Leistungen richten sich meist nach dem Pflegegrad der
gesetzlichen Begutachtung.

Abmelden: https://verbraucherinfo-nord.example/abmelden
""")
    return m, "NORMAL", "de", "newsletter", "trap: consumer newsletter on applying for a care level"


def m193():
    m = new(193, "Megan Albrecht <megan.albrecht@mailbox.example>", "service@weserland-versicherung.example",
            "Son broke his arm - claim", when(22, 13, 45), headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, """Hi,

my son Elias (11) fell from the climbing frame yesterday and broke his left forearm
(both bones, they had to set it under anaesthesia at Klinikum Links der Weser). He is
on our private health insurance, KV-40388214. The hospital invoice and the doctor's
bill will come by post. Do I need to do anything now? Also, does his accident
insurance UV-60311776 pay something for the cast?

Thanks, Megan Albrecht
""")
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer", "child's forearm fracture under health and accident insurance"


def m194():
    m = new(194, "Tobias Brenner <tobias.brenner@weserland-versicherung.example>", "service@weserland-versicherung.example",
            "test", when(22, 14, 2), headers=[("X-Mailer", "Outlook for iOS")])
    text(m, """test from phone, new Outlook profile - pls ignore
""", cte="7bit")
    return m, "NORMAL", "en", "internal", "test mail"


def m195():
    sheet = ods("Wertsachen", [
        ["Wertsachenliste Hausrat HR-30544871 - Stand März 2026"],
        ["Versicherungsnehmerin", "Dr. Marion Kleine-Albers"],
        ["Versicherungsort", "Parkallee 88, 28209 Bremen"],
        ["Gegenstand", "Beschreibung", "Wert EUR", "Aufbewahrung"],
        ["Ring", "Weißgold mit Brillant 0,8 ct", 6200, "Tresor"],
        ["Uhr", "Rolex Datejust 36, 2015", 8900, "Tresor"],
        ["Gemälde", "Otto Modersohn, Moorlandschaft (Öl)", 24000, "Wohnzimmer"],
        ["Münzsammlung", "Goldmünzen Krügerrand, 12 Stück", 26400, "Bankschließfach"],
        ["Summe", "", 65500, ""],
    ])
    m = new(195, "Marion Kleine-Albers <m.kleine-albers@posteingang.example>", "service@weserland-versicherung.example",
            "Wertsachenliste", when(22, 15, 10), headers=[("User-Agent", "Mozilla Thunderbird 128.7")])
    text(m, """Guten Tag,

wie von Ihrem Außendienst gewünscht die aktualisierte Liste. Bitte prüfen Sie, ob die
Versicherungssumme für Wertsachen reicht.

M. Kleine-Albers
""", cte="8bit", flowed=True)
    att(m, sheet, "d53-Wertsachen.ods", "application/vnd.oasis.opendocument.spreadsheet")
    return m, "CONFIDENTIAL", "de", "customer-to-insurer", "valuables list with insured address and policy only in the ODS"


def m196():
    cal = ics([dict(uid="d53-0196-gesundheitstag@weserland-versicherung.example",
                    summary="Gesundheitstag 2026: Grippeschutzimpfung und Check-up",
                    start=dt.datetime(2026, 4, 15, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                    end=dt.datetime(2026, 4, 15, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                    location="Foyer Am Wall 140",
                    description="Betriebsärztlicher Dienst: Impfberatung, Blutdruck, Blutzucker, Hautkrebs-Screening. "
                                "Ergebnisse erhält nur jede/r Einzelne, der Arbeitgeber erfährt nichts.",
                    organizer="bgm@weserland-versicherung.example",
                    attendees=["alle-mitarbeitenden@weserland-versicherung.example"])])
    m = new(196, "Betriebliches Gesundheitsmanagement <bgm@weserland-versicherung.example>",
            "alle-mitarbeitenden@weserland-versicherung.example", "Save the date: Gesundheitstag 15.04.2026",
            when(22, 16, 0), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Liebe Kolleginnen und Kollegen,

bitte merkt euch den Gesundheitstag vor (Termin im Anhang). Die Betriebsärztin bietet
Impfberatung, Blutdruck- und Blutzuckermessung und ein Hautkrebs-Screening an.
Alle Ergebnisse bleiben bei euch.

Euer BGM-Team
""")
    att(m, cal, "d53-Gesundheitstag.ics", "text/calendar")
    return m, "NORMAL", "de", "internal", "trap: ICS invitation to a staff health day with vaccination and screening"


def m197():
    m = new(197, "Thorsten Kaiser <thorsten.kaiser@weser-net.example>", "service@weserland-versicherung.example",
            "Beschwerde - Ablehnung BU - ich gehe zur BaFin", when(22, 17, 25),
            cc="beschwerde@weserland-versicherung.example", headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, """Sehr geehrte Damen und Herren,

Sie haben meinen Antrag auf BU-Rente (BU-77288140) abgelehnt und wollen den Vertrag
anfechten, weil ich angeblich eine Schilddrüsenerkrankung verschwiegen habe. Ich hatte
2019 EINMAL eine Tablette L-Thyroxin verschrieben bekommen, die ich nie genommen habe!
Meine BU kommt vom Bandscheibenvorfall L5/S1 mit Fußheberschwäche, das hat mit der
Schilddrüse nichts zu tun.

Ich habe heute Beschwerde bei der BaFin eingelegt und einen Anwalt eingeschaltet.

Thorsten Kaiser
""")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "complaint about BU rejection with thyroid and herniated disc"


def m198():
    m = new(198, "Melike Arslan <melike.arslan@weserland-versicherung.example>",
            "Versicherungsmonitor Nord <redaktion@vm-nord-newsletter.example>",
            "Automatische Antwort: Newsletter 12/2026: Krebsvorsorge, Pflegegrad, Psychotherapie - die Zahlen",
            when(22, 12, 30, 40),
            headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Microsoft Exchange Server 2019")])
    text(m, """Ich bin bis 23.03.2026 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
I am out of the office until 23 March 2026. Your message will not be forwarded.
Kundenservice: service@weserland-versicherung.example, +49 421 98765-0
""")
    return m, "NORMAL", "mixed", "auto-reply", "trap: bilingual out-of-office whose subject repeats a newsletter's health headline"


def m199():
    m = new(199, "Rolf Detjen <rolf.detjen@kabelmail.example>", "service@weserland-versicherung.example",
            "Arztbrief", when(22, 18, 40), headers=[("X-Mailer", "Lotus Notes Release 9.0.1")])
    text(m, """Sehr geehrte Damen und Herren,

hier der Arztbrief aus der Kardiologie zu meiner Rechnung von letzter Woche (Abschrift):

"Diagnosen: Koronare Herzkrankheit, Zwei-Gefäß-Erkrankung (I25.12), Z. n. Stent-
Implantation RIVA 02/2026. Hyperlipidämie. Empfehlung: ASS 100 dauerhaft,
Clopidogrel 75 mg für 12 Monate, Atorvastatin 40 mg. Kontrolle in 6 Monaten."

Versicherung KV-40150098, Rolf Detjen, Schönebecker Str. 4, 28757 Bremen.

Mit freundlichen Grüßen
Rolf Detjen
""", cte="base64")
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer", "cardiology letter (I25.12, medication) in a base64-encoded body"


def m200():
    m = new(200, "Weserland Gesundheit <newsletter@news.weserland-versicherung.example>",
            "service@weserland-versicherung.example", "Vorsorge, die Leben rettet: Darmkrebs-Früherkennung ab 50",
            when(22, 19, 0), headers=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden>"),
                                      ("Precedence", "bulk")])
    alt(m, """Vorsorge, die Leben rettet

Darmkrebs ist in Deutschland die zweithäufigste Krebserkrankung. Ab 50 haben Männer und
Frauen Anspruch auf eine Darmspiegelung, die zwei Mal im Abstand von zehn Jahren
bezahlt wird. Bei Darmkrebs in der Familie kann schon früher untersucht werden.

Unsere Tarife AmbulantPlus und Vollversicherung Komfort erstatten alle gesetzlichen
Vorsorgeuntersuchungen ohne Anrechnung auf die Beitragsrückerstattung.

Abmelden: https://news.weserland-versicherung.example/abmelden
""", """<html><body><h2>Vorsorge, die Leben rettet</h2>
<p>Darmkrebs ist in Deutschland die zweithäufigste Krebserkrankung. Ab 50 haben Männer und Frauen Anspruch auf eine
Darmspiegelung, die zwei Mal im Abstand von zehn Jahren bezahlt wird.</p>
<p>Unsere Tarife <b>AmbulantPlus</b> und <b>Vollversicherung Komfort</b> erstatten alle gesetzlichen Vorsorgeuntersuchungen
ohne Anrechnung auf die Beitragsrückerstattung.</p>
<p><a href="https://news.weserland-versicherung.example/abmelden">Abmelden</a></p></body></html>
""")
    return m, "NORMAL", "de", "newsletter", "trap: health newsletter about colorectal cancer screening"


# ================================================================ build and check
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
COUNT = 200


def style_of(m):
    agent = (m.get("X-Mailer", "") + " " + m.get("User-Agent", "")).lower()
    if "outlook" in agent or "exchange" in agent:
        return "outlook"
    if "iphone" in agent or "apple" in agent or "ipad" in agent:
        return "apple"
    if "thunderbird" in agent:
        return "tb"
    return "py"


def build():
    IDS.clear()
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in range(1, COUNT + 1):
        m, label, lang, kind, reason = globals()[f"m{n:03d}"]()
        assert label in LABELS and lang in LANGS, n
        assert "\t" not in reason and "\n" not in reason, n
        fix_boundaries(m, n, style_of(m))
        name = f"d{NN}-{n:04d}.eml"
        files[name] = m.as_bytes(policy=policy.SMTP)
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    return files, ("\n".join(rows) + "\n").encode("utf-8")


def write(files, tsv):
    (HERE / "mails").mkdir(exist_ok=True)
    for name, data in files.items():
        (HERE / "mails" / name).write_bytes(data)
    (HERE / "labels.tsv").write_bytes(tsv)


class CheckError(Exception):
    pass


def fail(where, what):
    raise CheckError(f"{where}: {what}")


def check_file(name, data, where):
    """Open one attachment with the library for its format."""
    low = name.lower()
    if low.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        txt = "".join(p.extract_text() or "" for p in r.pages)
        if not txt.strip():
            fail(where, f"{name}: PDF without text layer")
    elif low.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(data))
        if not any(ws.max_row for ws in wb.worksheets):
            fail(where, f"{name}: empty workbook")
    elif low.endswith(".docx"):
        from docx import Document
        d = Document(io.BytesIO(data))
        if not (d.paragraphs or d.tables):
            fail(where, f"{name}: empty docx")
    elif low.endswith(".odt") or low.endswith(".ods"):
        from odf.opendocument import load
        load(io.BytesIO(data))
    elif low.endswith(".ics"):
        from icalendar import Calendar
        cal = Calendar.from_ical(data)
        if not cal.walk("VEVENT"):
            fail(where, f"{name}: no VEVENT")
    elif low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            fail(where, f"{name}: bad zip member")
        for info in z.infolist():
            check_file(info.filename, z.read(info.filename), f"{where}/{name}")
    elif low.endswith(".jpg") or low.endswith(".jpeg") or low.endswith(".png"):
        from PIL import Image
        Image.open(io.BytesIO(data)).verify()
    elif low.endswith(".csv") or low.endswith(".txt"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("cp1252")
    elif low.endswith(".eml"):
        from email import message_from_bytes
        check_msg(message_from_bytes(data, policy=policy.default), f"{where}/{name}")
    else:
        fail(where, f"{name}: unknown attachment type")


def check_msg(msg, where):
    for part in msg.walk():
        if part.defects:
            fail(where, f"MIME defects {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                fail(where, f"header {k} defects {v.defects}")
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == "multipart":
            continue
        if ct == "message/rfc822":
            for inner in part.get_payload():
                check_msg(inner, where + "/rfc822")
            continue
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        fname = part.get_filename()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                fail(where, f"text part {ct} does not decode as {cs}: {e}")
            if fname and not fname.lower().endswith((".csv", ".txt")):
                check_file(fname, data, where)
        elif fname:
            check_file(fname, data, where)
        else:
            fail(where, f"part {ct} without file name")
    # every message inside a message is parsed above; the outer headers need a date and an id
    if msg.get("Message-ID") is None or msg.get("Date") is None:
        fail(where, "missing Message-ID or Date")


def check():
    from email import message_from_bytes
    a_files, a_tsv = build()
    b_files, b_tsv = build()
    if a_files != b_files or a_tsv != b_tsv:
        fail("rebuild", "two builds differ")
    on_disk = sorted(p.name for p in (HERE / "mails").glob("*.eml"))
    if on_disk != sorted(a_files):
        fail("mails/", "file list differs from the build")
    for name, data in a_files.items():
        if (HERE / "mails" / name).read_bytes() != data:
            fail(name, "differs from mails/ on disk")
    if (HERE / "labels.tsv").read_bytes() != a_tsv:
        fail("labels.tsv", "differs from the build")
    ids = set()
    for name, raw in sorted(a_files.items()):
        if b"\r" in raw.replace(b"\r\n", b"") or b"\n" in raw.replace(b"\r\n", b""):
            fail(name, "bare CR or LF")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                fail(name, "line longer than 998 octets")
        msg = message_from_bytes(raw, policy=policy.default)
        check_msg(msg, name)
        mid = str(msg["Message-ID"]).strip()
        if not mid.startswith(f"<d{NN}-{name[4:8]}."):
            fail(name, f"Message-ID {mid} does not follow the scheme")
        if mid in ids:
            fail(name, "duplicate Message-ID")
        ids.add(mid)
    rows = a_tsv.decode("utf-8").splitlines()[1:]
    if len(rows) != COUNT:
        fail("labels.tsv", f"{len(rows)} rows")
    count = {}
    for r in rows:
        f = r.split("\t")
        count[(f[1], f[2])] = count.get((f[1], f[2]), 0) + 1
    for lab in LABELS:
        print(lab, {lg: count.get((lab, lg), 0) for lg in LANGS},
              sum(count.get((lab, lg), 0) for lg in LANGS))
    print("check OK")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        try:
            check()
        except CheckError as e:
            print("check FAILED:", e)
            sys.exit(1)
    else:
        files, tsv = build()
        write(files, tsv)
        print(f"wrote {len(files)} mails to {HERE / 'mails'}")
