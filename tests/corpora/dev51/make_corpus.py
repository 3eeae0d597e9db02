#!/usr/bin/env python3
"""dev51 - 200 hand-written, labelled mails of a five-person insurance broker office
(Hollerbach & Kaya Versicherungsmakler GmbH, Bamberg), its customers and the insurer
Regnitz Versicherungsgruppe (all invented, .example domains).

Every mail is written by hand in its own function below (headers, body, quotes,
forwards and every attachment's content). The helpers only turn that content into
MIME (Python `email`, policy=SMTP, CRLF) or into a file format (PDF, XLSX, DOCX,
ODT/ODS, CSV, ICS, ZIP).

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # rebuilds twice, compares, parses, opens attachments
"""
import csv
import datetime
import io
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime, getaddresses
from zoneinfo import ZoneInfo

NN = 51
random.seed(NN)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
FIXED_DT = datetime.datetime(2026, 1, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
FIXED_ZIPTIME = (2026, 1, 2, 9, 0, 0)
LABELS = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}

MAILS = {}


def mail(n, label, lang, kind, reason):
    """Register a hand-written mail function with its label."""
    def deco(f):
        assert n not in MAILS, n
        MAILS[n] = (LABELS[label], lang, kind, reason, f)
        return f
    return deco


# --------------------------------------------------------------------------- MIME helpers

def dt(y, mo, d, h, mi, s=0, tz="Europe/Berlin"):
    """RFC 5322 date with the right offset for the zone on that day."""
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz)))


def new(n, frm, to, subject, date, cc=None, headers=(), mid_host=None):
    """Start a message: the fixed headers in a fixed order."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    host = mid_host or getaddresses([frm])[0][1].split("@")[1]
    stamp = parsedate_to_datetime(date).strftime("%Y%m%d%H%M%S")
    m["Message-ID"] = f"<d{NN}-{n:04d}.{stamp}@{host}>"
    for k, v in headers:
        m[k] = v
    return m


def inner(frm, to, subject, date, msgid, headers=()):
    """A message that is forwarded as message/rfc822 (its own, older Message-ID)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    for k, v in headers:
        m[k] = v
    return m


def text(m, body, charset="utf-8", cte=None, flowed=False):
    params = {"format": "flowed"} if flowed else None
    kw = {"charset": charset}
    if cte:
        kw["cte"] = cte
    if params:
        kw["params"] = params
    m.set_content(body, **kw)
    return m


def html(m, body, charset="utf-8", cte="quoted-printable"):
    m.set_content(body, subtype="html", charset=charset, cte=cte)
    return m


def alt(m, plain, htmlbody, charset="utf-8", cte="quoted-printable"):
    m.set_content(plain, charset=charset, cte=cte)
    m.add_alternative(htmlbody, subtype="html", charset=charset, cte=cte)
    return m


MIME = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "zip": ("application", "zip"),
    "txt": ("text", "plain"),
    "jpg": ("image", "jpeg"),
}


def attach(m, data, filename, mime=None, charset=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    maintype, subtype = (mime.split("/") if mime else MIME[ext])
    if maintype == "text":
        if isinstance(data, bytes):
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                             cte="base64")
            part = m.get_payload()[-1]
            if charset:
                part.set_param("charset", charset)
        else:
            m.add_attachment(data, subtype=subtype, charset=charset or "utf-8",
                             filename=filename, cte="quoted-printable")
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def attach_msg(m, msg):
    m.add_attachment(msg)
    return m


def finish(m, n):
    """Fixed MIME boundaries, then bytes with CRLF."""
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"----=_d{NN}_{n:04d}_{i}_Part")
    return m.as_bytes(policy=policy.SMTP)


# --------------------------------------------------------------------------- file formats

def normzip(data):
    """Rewrite a ZIP-based office file with fixed member times and fixed metadata dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?",
                              b"2026-01-02T09:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def zipb(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def pdf(lines, title="", author=""):
    """A PDF with a text layer: one list entry per line; '' = empty line, '#' prefix = bold."""
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_DT)
    p.set_title(title)
    p.set_author(author)
    p.set_creator("dev51")
    p.set_producer("fpdf2")
    p.set_auto_page_break(True, margin=18)
    p.add_page()
    for line in lines:
        line.encode("latin-1")  # core font: latin-1 only, write EUR instead of the euro sign
        if line.startswith("#"):
            p.set_font("Helvetica", "B", 12)
            line = line[1:]
        else:
            p.set_font("Helvetica", "", 10)
        if line:
            p.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            p.ln(4)
    return bytes(p.output())


def xlsx(sheets, creator="Hollerbach & Kaya"):
    """sheets: list of (title, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    bio = io.BytesIO()
    wb.save(bio)
    return normzip(bio.getvalue())


def docx(blocks, author="Hollerbach & Kaya"):
    """blocks: ('h', text) heading, ('p', text) paragraph, ('t', rows) table."""
    import docx as _docx
    d = _docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(val[0]))
            for row in val:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    return normzip(bio.getvalue())


def odt(paragraphs):
    odf_ready()
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for para in paragraphs:
        doc.text.addElement(P(text=para))
    bio = io.BytesIO()
    doc.write(bio)
    return normzip(bio.getvalue())


def ods(rows, sheet="Tabelle1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    odf_ready()
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
    for r in rows:
        tr = TableRow()
        for v in r:
            if isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return normzip(bio.getvalue())


def _odf_warm_up():
    """odfpy collects XML namespaces in module state on first use; write one throw-away
    document of each kind first so that every real document gets the same declarations."""
    odt(["-"])
    ods([["-"]])
    odt(["-"])


def csvb(rows, encoding="utf-8", delimiter=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def ics(lines):
    """lines: the calendar's lines as written; joined with CRLF."""
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


_ODF_READY = []


def odf_ready():
    if not _ODF_READY:
        _ODF_READY.append(1)
        _odf_warm_up()


# --------------------------------------------------------------------------- people
# Broker firm (GmbH), Bamberg
HOL = "Jörg Hollerbach <j.hollerbach@hollerbach-kaya.example>"
KAY = "Derya Kaya <d.kaya@hollerbach-kaya.example>"
WEN = "Tobias Wendel <t.wendel@hollerbach-kaya.example>"
SCH = "Marlene Scholz <m.scholz@hollerbach-kaya.example>"
ALB = "Finn Albrecht <f.albrecht@hollerbach-kaya.example>"
INFO = "Hollerbach & Kaya Versicherungsmakler <info@hollerbach-kaya.example>"
TEAM = "team@hollerbach-kaya.example"

SIG_HOL = """--
Jörg Hollerbach
Geschäftsführer | Versicherungsmakler (§ 34d Abs. 1 GewO)
Hollerbach & Kaya Versicherungsmakler GmbH
Lange Straße 41, 96047 Bamberg
Tel. 0951 700 418-10 | Mobil 0171 5503 218
www.hollerbach-kaya.example"""

SIG_KAY = """Viele Grüße
Derya Kaya

Hollerbach & Kaya Versicherungsmakler GmbH
Kranken | Pflege | Vorsorge
Lange Straße 41 · 96047 Bamberg
Tel. 0951 700 418-20"""

SIG_WEN = """Gruß
Tobias Wendel
Kfz | Sach | Gewerbe
Hollerbach & Kaya Versicherungsmakler GmbH, Tel. 0951 700 418-30"""

SIG_SCH = """Mit freundlichen Grüßen

Marlene Scholz
Innendienst / Schadenservice
Hollerbach & Kaya Versicherungsmakler GmbH
Lange Straße 41, 96047 Bamberg
Tel. 0951 700 418-0 | Fax 0951 700 418-99"""

SIG_ALB = """Viele Grüße
Finn Albrecht (Auszubildender)
Hollerbach & Kaya Versicherungsmakler GmbH
Tel. 0951 700 418-40"""

FOOT_HK = """
___________________________________________________________
Hollerbach & Kaya Versicherungsmakler GmbH | Sitz Bamberg | AG Bamberg HRB 8817
Geschäftsführer: Jörg Hollerbach, Derya Kaya | Vermittlerregister D-4TQ2-H81ZA-33
Erstinformation nach § 15 VersVermV: www.hollerbach-kaya.example/erstinfo
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

SIG_HOL_EN = """Best regards
Jörg Hollerbach
Managing Director | Insurance broker
Hollerbach & Kaya Versicherungsmakler GmbH, Bamberg, Germany
+49 951 700 418-10"""

SIG_KAY_EN = """Kind regards,
Derya Kaya
Health & Retirement | Hollerbach & Kaya Versicherungsmakler GmbH
Lange Strasse 41, 96047 Bamberg, Germany | +49 951 700 418-20"""

# Insurer
RV = "regnitz-versicherung.example"
DIT = f"Sven Dittrich <sven.dittrich@{RV}>"            # Maklerbetreuer
MAKSERV = f"Regnitz Maklerservice <maklerservice@{RV}>"
LKV = f"Regnitz Kranken - Leistung <leistung-kranken@{RV}>"
KFZS = f"Regnitz Kfz-Schaden <kfz-schaden@{RV}>"
RISK = f"Katrin Mahler <katrin.mahler@{RV}>"           # Risikoprüfung Leben/BU
BEER = f"Annika Beer <annika.beer@{RV}>"               # Leistung Kranken
PFEI = f"Lutz Pfeiffer <lutz.pfeiffer@{RV}>"            # Kfz-Schaden
BREN = f"Olga Brenner <olga.brenner@{RV}>"             # Rechtsschutz
HAAS = f"Ralf Haas <ralf.haas@{RV}>"                   # Sach/Haftpflicht-Schaden
NEWS = f"Regnitz Makler-News <makler-news@{RV}>"
NOREPLY = f"Regnitz SecureMail <noreply@securemail.{RV}>"

SIG_RV = """Regnitz Versicherungsgruppe
Regnitz Allgemeine Versicherung AG · Regnitz Krankenversicherung AG ·
Regnitz Lebensversicherung AG · Regnitz Rechtsschutz-Versicherung AG
Kapuzinerstraße 12, 96047 Bamberg · www.regnitz-versicherung.example
Vorstand: Dr. Heike Lindner (Vors.), Bernd Kastl, Miriam Okafor ·
Aufsichtsratsvorsitzender: Prof. Dr. Konrad Wels · Sitz Bamberg, AG Bamberg HRB 1204"""


# =========================================================================== mails 1-25

@mail(1, "N", "de", "internal", "team meeting agenda, aggregated switch figures only")
def m1(n):
    m = new(n, HOL, TEAM, "Teambesprechung Montag 9:00", dt(2026, 1, 8, 17, 42),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    return text(m, f"""Hallo zusammen,

Montag 12.01. um 9:00 kurze Runde im Besprechungsraum, bitte pünktlich, um 10 kommt
der Techniker wegen der Telefonanlage.

Themen:
1. Kfz-Wechselgeschäft 2025 - kurzer Rückblick (143 Anfragen, 61 Wechsel, danke Tobias!)
2. Wer übernimmt die Vertretung Empfang KW 4 und 5 (Marlene ist im Urlaub)
3. Finn: Berufsschulblöcke 1. Halbjahr eintragen
4. MVP-Update 8.4 - Derya hat sich die Neuerungen angeschaut
5. Sonstiges (Kaffeemaschine... ja, ich weiß)

Wer was ergänzen will, einfach antworten.

Jörg

{SIG_HOL}
""", cte="quoted-printable")


@mail(2, "N", "de", "newsletter", "trap: dental tariff newsletter with premiums by age band and treatment words, no person")
def m2(n):
    m = new(n, NEWS, "d.kaya@hollerbach-kaya.example", "Makler-News 02/2026: Neue Zahnzusatz-Generation ZahnPlus ab 1. April",
            dt(2026, 2, 3, 7, 30), headers=[("List-Unsubscribe", f"<mailto:abmelden@{RV}?subject=makler-news>"),
                                               ("Precedence", "bulk")])
    plain = """Regnitz Makler-News 02/2026

Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

zum 1. April 2026 lösen wir die Tarife Z70/Z90 durch die neue Generation ZahnPlus ab.

Das Wichtigste in Kürze:
- ZahnPlus 80 / ZahnPlus 100: 80 % bzw. 100 % für Zahnersatz inkl. Implantate,
  Inlays und Kronen (nach Vorleistung der GKV)
- Professionelle Zahnreinigung bis 200 EUR pro Kalenderjahr
- Kieferorthopädie für Kinder bis 18 bei KIG 1 und 2
- Keine Wartezeit bei Unfall, sonst 8 Monate für Zahnersatz
- Zahnstaffel: Jahr 1 bis 1.000 EUR, Jahr 1-2 bis 2.000 EUR, ab Jahr 5 unbegrenzt

Monatsbeiträge ZahnPlus 100 (Eintrittsalter):
  0-20 Jahre   9,80 EUR
 21-30 Jahre  16,40 EUR
 31-40 Jahre  22,90 EUR
 41-50 Jahre  31,50 EUR
 51-60 Jahre  42,30 EUR
 ab 61 Jahre  54,70 EUR

Gesundheitsfragen: nur noch drei Fragen (fehlende Zähne, laufende Behandlung,
Parodontitis in den letzten 3 Jahren).

Courtage: 8 Monatsbeiträge, Haftungszeit 24 Monate.

Webinar: Donnerstag, 19.02.2026, 10:00 Uhr - Anmeldung im Maklerportal.

Ihre Regnitz Maklerbetreuung

Abmelden: makler-news abbestellen im Maklerportal unter Profil > Newsletter.
"""
    h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#1b4f72">Regnitz Makler-News 02/2026</h2>
<p>Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,</p>
<p>zum <b>1. April 2026</b> lösen wir die Tarife Z70/Z90 durch die neue Generation <b>ZahnPlus</b> ab.</p>
<ul>
<li>ZahnPlus 80 / ZahnPlus 100: 80 % bzw. 100 % für Zahnersatz inkl. Implantate, Inlays und Kronen</li>
<li>Professionelle Zahnreinigung bis 200 &euro; pro Kalenderjahr</li>
<li>Kieferorthopädie für Kinder bis 18 bei KIG 1 und 2</li>
<li>Keine Wartezeit bei Unfall, sonst 8 Monate für Zahnersatz</li>
</ul>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Eintrittsalter</th><th>ZahnPlus 100 / Monat</th></tr>
<tr><td>0-20</td><td>9,80 &euro;</td></tr>
<tr><td>21-30</td><td>16,40 &euro;</td></tr>
<tr><td>31-40</td><td>22,90 &euro;</td></tr>
<tr><td>41-50</td><td>31,50 &euro;</td></tr>
<tr><td>51-60</td><td>42,30 &euro;</td></tr>
<tr><td>ab 61</td><td>54,70 &euro;</td></tr>
</table>
<p>Gesundheitsfragen: nur noch drei Fragen (fehlende Zähne, laufende Behandlung, Parodontitis in den letzten 3 Jahren).</p>
<p>Courtage: 8 Monatsbeiträge, Haftungszeit 24 Monate.</p>
<p>Webinar: Donnerstag, 19.02.2026, 10:00 Uhr &ndash; Anmeldung im Maklerportal.</p>
<p>Ihre Regnitz Maklerbetreuung</p>
<p style="font-size:11px;color:#777">Abmelden: Maklerportal &gt; Profil &gt; Newsletter</p>
</body></html>
"""
    return alt(m, plain, h)


@mail(3, "N", "de", "customer-to-broker", "prospect asks what household insurance costs, no contract, no personal data beyond name")
def m3(n):
    m = new(n, "Lea Schuster <lea.schuster@posteingang.example>", "info@hollerbach-kaya.example",
            "Anfrage Hausrat", dt(2026, 1, 9, 21, 14),
            headers=[("User-Agent", "Mozilla Thunderbird 128.6")])
    return text(m, """Hallo,

wir (2 Personen) ziehen im März nach Bamberg in eine Wohnung, ca. 70 qm, 2. Stock.
Bisher hatten wir keine Hausratversicherung, weil wir bei den Eltern gewohnt haben,
jetzt wollen wir aber eine.

Was kostet sowas ungefähr? Und braucht man Fahrraddiebstahl extra? Wir haben zwei
Räder, die im Keller stehen sollen.

Können Sie uns ein Angebot machen oder müssen wir dafür vorbeikommen?

Danke und schöne Grüße
Lea Schuster
""", flowed=True)


@mail(4, "S", "de", "customer-to-broker", "dental treatment plan (implant regio 36, GOZ items) only in the PDF; body only asks whether it is paid")
def m4(n):
    m = new(n, "Brigitte Neubauer <b.neubauer@kabelpost.example>", "d.kaya@hollerbach-kaya.example",
            "Plan vom Zahnarzt", dt(2026, 1, 13, 10, 5),
            headers=[("X-Mailer", "iPhone Mail (22C152)")])
    text(m, """Hallo Frau Kaya,

anbei das was mir der Zahnarzt mitgegeben hat. Zahlt das meine Zusatzversicherung
bei Ihnen? Er will im Februar anfangen.

Liebe Grüße
Brigitte Neubauer

Von meinem iPhone gesendet""", cte="quoted-printable")
    attach(m, pdf([
        "#Zahnarztpraxis Dr. med. dent. Ulrike Fiedler",
        "Hauptwachstraße 7, 96047 Bamberg - Tel. 0951 208 114",
        "",
        "#Heil- und Kostenplan (privat / GOZ)",
        "Patientin: Brigitte Neubauer, geb. 17.06.1961",
        "Anschrift: Am Hollergraben 23, 96050 Bamberg",
        "Kostenträger: Regnitz Krankenversicherung AG, Zahnzusatz Z90, Vers.-Nr. KZ 5512 40871",
        "Datum: 12.01.2026",
        "",
        "Befund: Zahn 36 nicht erhaltungswürdig (apikale Parodontitis, Längsfraktur),",
        "Extraktion erfolgt 09.01.2026. Geplant: Implantat regio 36 mit Krone.",
        "",
        "GOZ 9000  Implantatbezogene Analyse und Vermessung           1x    70,32 EUR",
        "GOZ 9010  Implantatinsertion regio 36                          1x   474,04 EUR",
        "GOZ 9040  Freilegung des Implantats                           1x   104,98 EUR",
        "GOZ 2200  Vollkrone (Tangentialpräparation) auf Implantat     1x   241,28 EUR",
        "GOÄ 5000  Röntgen (OPG)                                        1x    42,90 EUR",
        "Material- und Laborkosten (geschätzt)                               980,00 EUR",
        "Implantat Straumann BLT 4,1 x 10 mm                                 395,00 EUR",
        "",
        "Voraussichtliche Gesamtkosten: 2.308,52 EUR",
        "",
        "Die Patientin wurde über Alternativen (Brücke 35-37) aufgeklärt.",
        "Unterschrift Zahnärztin / Patientin",
    ], title="Heil- und Kostenplan", author="Praxis Dr. Fiedler"), "d51-HKP_Neubauer_Implantat36.pdf")
    return m


@mail(5, "S", "de", "broker-to-insurer", "hospital bill for a knee operation of a named insured person submitted")
def m5(n):
    m = new(n, KAY, LKV, "Rechnungseinreichung KV 7730 11902 / Pöhlmann, Stefan",
            dt(2026, 2, 17, 11, 26), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    return text(m, f"""Sehr geehrte Damen und Herren,

für unseren gemeinsamen Kunden Herrn Stefan Pöhlmann (KV 7730 11902, Tarif Komfort
Stationär) reiche ich in seinem Auftrag die Rechnungen zum Krankenhausaufenthalt ein:

- Klinikum am Bruderwald Bamberg, 03.02.-07.02.2026, vordere Kreuzbandplastik rechts,
  allgemeine Krankenhausleistungen (DRG I30Z) 6.214,80 EUR
- Wahlleistung Zweibettzimmer 4 Tage à 89,50 EUR = 358,00 EUR
- Chefarztbehandlung Dr. Lorenz (Unfallchirurgie) 2.147,33 EUR

Die Originale sendet Herr Pöhlmann per Post an Sie. Bitte die Erstattung auf das
bekannte Konto des Versicherungsnehmers. Kurze Info an uns, falls etwas fehlt
(Entlassbericht hat er angefordert).

{SIG_KAY}
{FOOT_HK}
""", cte="quoted-printable")


@mail(6, "C", "de", "insurer-to-broker", "motor claim of a named policyholder with plate and claim number, nobody hurt")
def m6(n):
    m = new(n, PFEI, WEN, "Schaden 26-KH-0041187 / VN Markus Eberlein / BA-ME 412",
            dt(2026, 1, 20, 14, 2))
    return text(m, f"""Sehr geehrter Herr Wendel,

vielen Dank für die Schadenmeldung. Wir haben den Schaden unter der Nummer
26-KH-0041187 angelegt.

Versicherungsnehmer: Markus Eberlein, Pödeldorfer Str. 88, 96052 Bamberg
Vertrag: KF 40 2219 873, VW Tiguan, amtl. Kz. BA-ME 412
Schadentag: 16.01.2026, Parkplatz Kaufland Hallstadt, Rangierschaden beim Ausparken
Gegner: Opel Corsa, BA-KL 77, Halterin Frau Klaudia Lutz
Personenschaden: laut Meldung keiner

Für die Regulierung des Fremdschadens benötigen wir noch die Schilderung des
Fahrers (Formular anbei im Portal) und die Fotos der eigenen Fahrzeugseite.

Mit freundlichen Grüßen
Lutz Pfeiffer
Kfz-Schaden

{SIG_RV}
""", charset="iso-8859-1", cte="quoted-printable")


@mail(7, "S", "de", "internal", "care level 3 of a customer's mother and care allowance claim noted from a phone call")
def m7(n):
    m = new(n, SCH, KAY, "Rückruf Fr. Reuther", dt(2026, 1, 21, 9, 48))
    return text(m, """Derya,

Frau Reuther hat angerufen (0951 / 30 44 71). Bei ihrer Mutter (Hildegard Reuther,
die mit der Pflegetagegeld-Versicherung bei Regnitz, Vertrag PT 118 2044) ist jetzt
Pflegegrad 3 bewilligt worden, rückwirkend ab 1.12. Der MD war im November da,
wegen der Demenz und nach dem Sturz im Herbst.

Sie fragt, ob sie das selbst bei Regnitz melden muss oder ob wir das machen. Den
Bescheid der Pflegekasse hat sie, schickt ihn uns per Post (kein Scanner).

Kannst du sie zurückrufen? Sie ist ab 14 Uhr zuhause.

Marlene
""", cte="8bit")


@mail(8, "C", "de", "broker-to-customer", "new motor policy number, premium and debit from the customer's named bank account")
def m8(n):
    m = new(n, WEN, "Sabine Krapp <sabine.krapp@netmail.example>",
            "Ihre Kfz-Versicherung ab 01.01. - alles erledigt", dt(2026, 1, 5, 16, 10))
    return text(m, f"""Hallo Frau Krapp,

kurze Rückmeldung: der Wechsel Ihrer Kfz-Versicherung hat geklappt.

Neuer Versicherer: Regnitz Allgemeine Versicherung AG
Vertragsnummer: KF 40 2231 055
Fahrzeug: Skoda Fabia, BA-SK 1903
Haftpflicht + Teilkasko (SB 150 EUR), SF 12 / SF 12
Jahresbeitrag: 412,60 EUR, jährliche Zahlung zum 01.01.

Der Beitrag wird wie besprochen von Ihrem Konto bei der Sparkasse Bamberg
(IBAN DE59 7705 0000 0302 1844 67) abgebucht. Die Police kommt in den nächsten Tagen
per Post.

Die alte Versicherung bei der HUK haben Sie ja selbst gekündigt - die
Kündigungsbestätigung bitte aufheben.

{SIG_WEN}
{FOOT_HK}
""")


@mail(9, "N", "en", "newsletter", "broker software vendor release notes (English), no personal data")
def m9(n):
    m = new(n, "Ordnix Product Team <product@ordnix.example>", "j.hollerbach@hollerbach-kaya.example",
            "Ordnix MVP 8.4 is here: faster BiPRO 430 import, new document inbox", dt(2026, 1, 7, 15, 0),
            headers=[("Precedence", "bulk")])
    return html(m, """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ordnix MVP 8.4</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<h1 style="font-size:22px">Ordnix MVP 8.4 &ndash; release notes</h1>
<p>Hello Ordnix users,</p>
<p>version 8.4 will be rolled out to all cloud customers on <b>Saturday, 17 January 2026</b>
between 22:00 and 02:00 CET. No action is required on your side.</p>
<h2 style="font-size:17px">What's new</h2>
<ul>
<li><b>BiPRO 430 import</b>: broker post from insurers is fetched up to 3x faster; duplicates are detected by document ID.</li>
<li><b>Document inbox</b>: new filter &quot;unassigned&quot; and drag &amp; drop to customer files.</li>
<li><b>GDV data exchange</b>: support for the 2026 release of the standard record types.</li>
<li><b>Roles</b>: trainees can now be restricted to read-only access for health and life contracts.</li>
</ul>
<h2 style="font-size:17px">Fixed</h2>
<ul>
<li>PDF preview of very large scans no longer freezes the browser.</li>
<li>Export to CSV keeps leading zeros in policy numbers.</li>
</ul>
<p>Questions? Our support team is available Mon&ndash;Fri 8&ndash;18 at support@ordnix.example.</p>
<p>Your Ordnix team</p>
<p style="font-size:11px;color:#888">Ordnix Software GmbH &middot; Speicherstadt 4 &middot; 20457 Hamburg &middot; You receive this e-mail as an Ordnix customer. <a href="https://ordnix.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""")


@mail(10, "S", "de", "customer-to-broker", "customer's husband off sick six weeks with back pain, asks about daily sickness benefit; in plain words")
def m10(n):
    m = new(n, "Tanja Müller-Hofmann <tanja.mh@mailo.example>", "info@hollerbach-kaya.example",
            "Frage wegen Krankengeld", dt(2026, 2, 24, 19, 37),
            headers=[("X-Mailer", "Android Mail")])
    return text(m, """Guten Abend,

mein Mann Jürgen ist jetzt seit 6 Wochen krankgeschrieben, das ist wegen dem Rücken,
er hat einen Bandscheibenvorfall und kriegt nächste Woche Spritzen in der
Schmerzklinik. Er ist ja selbstständig (Fliesenleger) und hat bei Ihnen damals diese
Versicherung abgeschlossen wo man Geld kriegt wenn man krank ist, ich glaub ab dem
43. Tag.

Was müssen wir da jetzt machen? Reicht die Krankmeldung vom Hausarzt oder braucht
die Versicherung noch was anderes? Wir brauchen das Geld ehrlich gesagt auch bald.

Danke
Tanja Müller-Hofmann
""", cte="quoted-printable")


@mail(11, "C", "mixed", "broker-to-customer", "household policy of an expat customer with policy number and insured address; German insurer text quoted")
def m11(n):
    m = new(n, WEN, "Gareth Lloyd <gareth.lloyd@lloyd-family.example>",
            "Your household insurance / Hausrat - Regnitz", dt(2026, 1, 14, 12, 31))
    return text(m, f"""Hi Gareth,

as promised, here is what Regnitz confirmed for your new flat. I copied their German
text below and put a short English summary underneath.

--- Regnitz, 14.01.2026 ---
Sehr geehrter Herr Wendel,
der Hausratvertrag HR 61 0093 412 für Herrn Gareth Lloyd, Versicherungsort
Obere Königstraße 19, 96052 Bamberg, ist ab 01.02.2026 policiert. Versicherungssumme
65.000 EUR, Unterversicherungsverzicht, Fahrraddiebstahl bis 3.000 EUR eingeschlossen.
Jahresbeitrag 148,20 EUR.
---

Summary:
- Policy no. HR 61 0093 412, starting 1 February 2026
- Sum insured EUR 65,000 for everything in the flat, no underinsurance deduction
- Bikes are covered against theft up to EUR 3,000 (also in the basement)
- Premium EUR 148.20 per year

Your policy documents will come by post, in German I'm afraid. Just send me a photo
if anything is unclear.

Cheers,
Tobias

Tobias Wendel
Hollerbach & Kaya Versicherungsmakler GmbH, Bamberg
+49 951 700 418-30
""")


@mail(12, "N", "en", "broker-to-customer", "generic explanation of German personal liability insurance to a prospect; no contract, no personal data")
def m12(n):
    m = new(n, WEN, "Mateo Rossi <mateo.rossi@studmail.example>", "Re: Do I need \"Haftpflicht\"?",
            dt(2026, 3, 2, 10, 12), headers=[("In-Reply-To", "<CAF3xx-91ab@studmail.example>")])
    return text(m, f"""Hi Mateo,

good question, and most newcomers ask it. Short answer: it is not compulsory, but
almost everybody in Germany has it and I would really recommend it.

Private liability insurance (Privathaftpflicht) pays if you accidentally damage
somebody else's property or injure someone - e.g. you knock over a friend's laptop,
your washing machine floods the neighbour's flat, or you cause a bike accident.
Without it you pay out of your own pocket, and personal injury can become very
expensive.

Typical costs for a single person: about EUR 50-80 per year for a good tariff with
a sum insured of EUR 10-50 million. Make sure "Mietsachschäden" (damage to your rented
flat) is included - landlords often ask for it.

If you like, I can send you two or three offers. I only need your date of moving in
and whether you want to cover yourself alone or with a partner.

Best,
Tobias

> On 1 Mar 2026, at 22:40, Mateo Rossi wrote:
> Hi, I'm starting my Master's in Bamberg in April. My landlord asked if I have
> "Haftpflicht". Do I need this? What does it cost?
> Thanks, Mateo
""")


@mail(13, "N", "de", "internal", "trap: trainee asks how ICD codes on health questionnaires work, general training question")
def m13(n):
    m = new(n, ALB, KAY, "Frage zu Gesundheitsfragen / ICD", dt(2026, 2, 5, 13, 51))
    return text(m, f"""Hallo Derya,

ich lerne gerade für die Zwischenprüfung (Lernfeld Kranken) und hab eine allgemeine
Frage: im Übungsantrag steht bei den Gesundheitsfragen, dass man Diagnosen "möglichst
mit ICD-10-Code" angeben soll. Im Buch stehen Beispiele wie J45.0 (Asthma),
F32.1 (mittelgradige depressive Episode) und M54.5 (Kreuzschmerz).

Machen das die Kunden wirklich selbst oder holen wir das beim Arzt? Und was bedeuten
die Buchstaben dahinter, G und V? Das hab ich im Skript nicht gefunden.

Kannst du mir das irgendwann erklären, wenn du Zeit hast? Kein Stress.

{SIG_ALB}
""")


@mail(14, "C", "de", "insurer-to-broker", "list of named customers' property contracts for portfolio transfer, only in the XLSX")
def m14(n):
    m = new(n, DIT, HOL, "Bestandsübertragung Fa. Dorsch / Courtagezusage", dt(2026, 3, 10, 8, 44),
            cc="maklerservice@regnitz-versicherung.example")
    text(m, f"""Hallo Herr Hollerbach,

wie telefonisch besprochen: die Übertragung der Verträge aus dem Bestand des
ausgeschiedenen Vermittlers Gunter Sauer auf Ihre Vermittlernummer 48-1107 ist
durch. Die Liste der übertragenen Verträge hängt an, Courtage läuft ab 01.04.2026.

Bitte prüfen Sie, ob die Maklervollmachten für alle Kunden vorliegen, und geben Sie
mir bis Ende März Bescheid.

Viele Grüße
Sven Dittrich
Maklerbetreuer Region Oberfranken
Tel. 0951 9330-4412

{SIG_RV}
""")
    attach(m, xlsx([("Übertragung", [
        ("Vertragsnummer", "Sparte", "Versicherungsnehmer", "Anschrift", "Beitrag p.a. EUR", "Hauptfälligkeit"),
        ("WG 22 4401 173", "Wohngebäude", "Dorsch, Herbert und Anita", "Seehofstr. 4, 96117 Memmelsdorf", 1184.30, "01.07."),
        ("PH 12 8872 004", "Privathaftpflicht", "Dorsch, Herbert", "Seehofstr. 4, 96117 Memmelsdorf", 71.40, "01.07."),
        ("HR 61 0051 228", "Hausrat", "Dorsch, Anita", "Seehofstr. 4, 96117 Memmelsdorf", 112.80, "01.07."),
        ("KF 40 1983 662", "Kfz", "Dorsch, Felix", "Lindenanger 2, 96117 Memmelsdorf", 688.10, "01.01."),
        ("GL 33 0045 519", "Glas", "Sauer-Lindner, Petra", "Gartenstadt 19, 96049 Bamberg", 38.00, "01.10."),
        ("RS 70 2210 874", "Rechtsschutz", "Sauer-Lindner, Petra", "Gartenstadt 19, 96049 Bamberg", 286.90, "01.10."),
    ])], creator="Regnitz Maklerservice"), "d51-Bestandsuebertragung_48-1107.xlsx")
    return m


@mail(15, "C", "en", "customer-to-broker", "expat customer reports a car accident with plate numbers; nobody injured")
def m15(n):
    m = new(n, "Priya Raman <priya.raman@fenwick-analytics.example>", "t.wendel@hollerbach-kaya.example",
            "Accident this morning - what do I do?", dt(2026, 2, 11, 8, 57),
            headers=[("X-Mailer", "Microsoft Outlook for iOS")])
    return text(m, """Hi Tobias,

I had a small accident this morning on the way to work, at the roundabout at
Berliner Ring / Memmelsdorfer Straße. A van (BA-WT 2290, company "Wirth Transporte")
drove into my right rear door while I was already in the roundabout. Nobody was hurt,
thank god, but the door is badly dented and doesn't close properly.

My car: Mazda CX-30, BA-PR 808, insured with Regnitz through you (policy KF 40 2207 431
I think).

The van driver gave me his details and admitted it was his fault, the police were
not called. I have photos. What do I need to send and to whom? Can I take the car
to my usual garage?

Thanks a lot,
Priya

Sent from Outlook for iOS
""", cte="quoted-printable")


@mail(16, "C", "de", "broker-to-insurer", "application for liability + household with birth date, address and IBAN for the direct debit")
def m16(n):
    m = new(n, ALB, MAKSERV, "Antrag PHV + Hausrat Schuster/Berger - bitte policieren",
            dt(2026, 2, 20, 11, 3), cc="t.wendel@hollerbach-kaya.example",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    return text(m, f"""Sehr geehrte Damen und Herren,

bitte policieren Sie folgenden Antrag (Vermittlernummer 48-1107):

Versicherungsnehmerin: Lea Schuster, geb. 02.09.1999
mitversichert: Jonas Berger (Lebensgefährte), geb. 14.03.1998
Anschrift ab 01.03.2026: Heiliggrabstraße 31, 96052 Bamberg

1) Privathaftpflicht Tarif Exklusiv, Single mit Partner, SB 0
2) Hausrat Tarif Exklusiv, 70 qm, Versicherungssumme 45.500 EUR,
   Fahrraddiebstahl 2.000 EUR, Beginn 01.03.2026

Zahlweise jährlich, SEPA-Lastschrift
Kontoinhaberin: Lea Schuster
IBAN: DE61 7706 2014 0004 4182 03 (Raiffeisen-Volksbank Fränkische Schweiz)

Der unterschriebene Antrag und das SEPA-Mandat liegen uns im Original vor.

Vielen Dank!
{SIG_ALB}
{FOOT_HK}
""", charset="iso-8859-1", cte="quoted-printable")


@mail(17, "N", "de", "newsletter", "trap: broker association newsletter on a court ruling about disability benefits for depression, no individual")
def m17(n):
    m = new(n, "Maklerverband Franken e.V. <rundbrief@maklerverband-franken.example>",
            "info@hollerbach-kaya.example", "Rundbrief 3/2026: BGH zur BU bei psychischen Erkrankungen, Termine",
            dt(2026, 3, 4, 6, 0), headers=[("Precedence", "list"),
                                            ("List-Id", "Rundbrief <rundbrief.maklerverband-franken.example>")])
    return text(m, """MAKLERVERBAND FRANKEN e.V. - RUNDBRIEF 3/2026
=============================================

1. BGH: Nachprüfung bei BU wegen Depression
--------------------------------------------
Der BGH hat entschieden (Urteil vom 11.02.2026, Az. IV ZR 114/25), dass ein
Versicherer die Leistung bei einer anerkannten Berufsunfähigkeit wegen einer
rezidivierenden depressiven Störung (ICD-10 F33) im Nachprüfungsverfahren nur
einstellen darf, wenn er die Besserung des Gesundheitszustands nachvollziehbar
darlegt. Ein bloßer Verweis auf eine abgeschlossene Psychotherapie genügt nicht.
Für die Praxis: Prüfen Sie bei Nachprüfungen Ihrer Kunden, ob die Mitteilung des
Versicherers eine konkrete Vergleichsbetrachtung enthält.

2. Statistik: Ursachen der Berufsunfähigkeit 2025
--------------------------------------------------
Psychische Erkrankungen 34 %, Erkrankungen des Bewegungsapparats 20 %,
Krebs 17 %, Unfälle 8 %, Herz-Kreislauf 7 %, sonstige 14 %.
(Quelle: Branchenauswertung, 14 Versicherer)

3. Termine
----------
- 18.03.2026, 18:00, Bamberg: Stammtisch "Pflegereform - was ändert sich?"
- 23.04.2026, ganztägig, Nürnberg: Fachtag Gewerbeversicherung (6 IDD-Stunden)
- 12.05.2026, online: Haftungsfallen bei der Beratung zur PKV

4. Intern
---------
Die Mitgliederversammlung findet am 24.06.2026 statt. Einladung folgt.

--
Maklerverband Franken e.V. | Königstraße 60 | 90402 Nürnberg
Abmeldung: Antwort mit "abmelden" im Betreff
""", charset="windows-1252", cte="quoted-printable")


@mail(18, "C", "en", "broker-to-customer", "confirmation of liability cover with name, address and policy number only in the PDF")
def m18(n):
    m = new(n, WEN, "Mateo Rossi <mateo.rossi@studmail.example>", "Confirmation for your landlord",
            dt(2026, 3, 27, 14, 45))
    text(m, """Hi Mateo,

attached is the confirmation you can forward to your landlord. It's in German and
English, that usually works.

Welcome to Bamberg!
Tobias
""")
    attach(m, pdf([
        "#Regnitz Allgemeine Versicherung AG",
        "Kapuzinerstraße 12, 96047 Bamberg",
        "",
        "#Versicherungsbestätigung / Confirmation of insurance",
        "",
        "Hiermit bestätigen wir, dass für / We confirm that",
        "Herr Mateo Rossi, Kapellenstraße 5, 96047 Bamberg",
        "",
        "ab dem 01.04.2026 eine Privathaftpflichtversicherung besteht.",
        "holds a personal liability insurance as of 1 April 2026.",
        "",
        "Vertragsnummer / Policy no.: PH 12 9014 556",
        "Deckungssumme / Sum insured: 20.000.000 EUR pauschal",
        "Mietsachschäden an Wohnräumen / damage to rented premises: eingeschlossen / included",
        "",
        "Bamberg, 27.03.2026",
        "Regnitz Allgemeine Versicherung AG - Vertragsservice",
        "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ], title="Versicherungsbestätigung"), "d51-Versicherungsbestaetigung_PH.pdf")
    return m


@mail(19, "C", "de", "customer-to-broker", "customer sends a new IBAN for all contracts, mobile mail")
def m19(n):
    m = new(n, "Herbert Dorsch <h.dorsch@t-mail.example>", "info@hollerbach-kaya.example",
            "neue Bankverbindung", dt(2026, 4, 2, 7, 12),
            headers=[("X-Mailer", "Samsung Mail")])
    return text(m, """Guten Morgen,
wir haben die Bank gewechselt. Bitte ab Mai alles von dem neuen Konto abbuchen, Gebäude, Haftpflicht und Hausrat von meiner Frau auch.
Neues Konto: Herbert und Anita Dorsch, VR Bank Bamberg-Forchheim
DE22770200700612993045
Das alte bei der Postbank wird Ende Mai zugemacht.
Gruß H. Dorsch

Gesendet von meinem Galaxy""", cte="8bit")


@mail(20, "C", "mixed", "internal", "sole trader's turnover and planned payroll for a commercial liability quote; English customer mail quoted")
def m20(n):
    m = new(n, WEN, HOL, "WG: Insurance for my café - Betriebshaftpflicht + Inhalt",
            dt(2026, 2, 9, 15, 20))
    return text(m, """Jörg, kannst du da mal drüberschauen? Australierin, Einzelunternehmerin, macht im
Mai ein Café in der Sandstraße auf. Umsatz Jahr 1 laut ihr ca. 240k, 3 Aushilfen.
Ich würde Regnitz Gewerbe-Kompakt nehmen, Inhalt 80k inkl. Betriebsunterbrechung.
Oder lieber was mit Glas extra wegen der großen Fensterfront?

Tobias

-----Ursprüngliche Nachricht-----
Von: Chloe Barrett <chloe@flatwhite-bamberg.example>
Gesendet: Montag, 9. Februar 2026 13:02
An: Tobias Wendel <t.wendel@hollerbach-kaya.example>
Betreff: Insurance for my café

Hi Tobias,

thanks for the call. Here are the numbers you asked for:
- Business: "Flat White Bamberg", sole proprietorship (Einzelunternehmen), owner
  Chloe Barrett, opening 2 May 2026, Sandstraße 14, 96049 Bamberg
- Expected turnover year 1: around EUR 240,000
- My own income from it: I'm planning to pay myself about EUR 2,800/month at first
- Staff: 3 part-time (Minijob), payroll about EUR 1,600/month total
- Equipment: espresso machine EUR 18,000, kitchen EUR 35,000, furniture EUR 12,000
- Big shop window, approx. 4 x 2.5 m

I'd like liability, contents and something if I have to close because of a water
pipe or so. Could you send me a quote by end of February?

Cheers,
Chloe
""")


@mail(21, "C", "de", "insurer-to-broker", "legal-expenses cover for a named customer's tenancy dispute, claim number")
def m21(n):
    m = new(n, BREN, SCH, "Deckungszusage RS 70 1876 332 / Schaden 26-RS-00913 (Wiesner)",
            dt(2026, 3, 3, 10, 14))
    return text(m, f"""Sehr geehrte Frau Scholz,

in der Mietrechtsangelegenheit Ihres Kunden Herrn Dominik Wiesner gegen die
Wohnbau Hallstadt GmbH (Mieterhöhungsverlangen vom 15.12.2025, Wohnung
Emil-Kemmer-Str. 8, 96103 Hallstadt) erteilen wir Deckungszusage für die
außergerichtliche Interessenwahrnehmung.

Vertrag: RS 70 1876 332, Baustein Wohnen, Selbstbeteiligung 150 EUR
Schadennummer: 26-RS-00913
Beauftragter Rechtsanwalt: Kanzlei Ott & Mayer, Bamberg

Für ein gerichtliches Verfahren benötigen wir eine gesonderte Deckungsanfrage mit
Erfolgsaussichten.

Mit freundlichen Grüßen
Olga Brenner
Regnitz Rechtsschutz-Versicherung AG, Leistung

{SIG_RV}
""")


@mail(22, "C", "de", "broker-to-insurer", "storm damage to a named customer's house roof, insured address and policy; customer mail forwarded inline")
def m22(n):
    m = new(n, SCH, f"Ralf Haas <ralf.haas@{RV}>", "Sturmschaden WG 22 4017 660 / Gebhardt - Meldung",
            dt(2026, 2, 16, 9, 5))
    return text(m, f"""Sehr geehrter Herr Haas,

anbei die Meldung eines Sturmschadens (Sturmtief "Ylenia", 14./15.02.2026) für
unsere Kundin. Die Mail der Kundin leite ich unten weiter. Fotos folgen separat,
ein Dachdecker ist für Mittwoch bestellt (Notabdeckung ist bereits erfolgt).

Versicherungsnehmerin: Elfriede Gebhardt
Versicherungsort: Bamberger Straße 102, 96135 Stegaurach
Vertrag: WG 22 4017 660

Bitte um Vergabe einer Schadennummer und Info, ob Sie einen Gutachter schicken.

{SIG_SCH}

---------- Weitergeleitete Nachricht ----------
Von: Elfriede Gebhardt <e.gebhardt@kabelpost.example>
Datum: 15.02.2026, 18:22
Betreff: Dach

Liebe Frau Scholz,
heute nacht hat der Sturm ziemlich viele Ziegel vom Dach geweht, auf der
Nordseite, und die Dachrinne hängt runter. Im Speicher ist es nass geworden, das
Wasser ist aber nicht weiter runter. Mein Nachbar hat eine Plane drübergemacht.
Was soll ich tun? Ich bin morgen den ganzen Tag daheim.
Viele Grüße Elfriede Gebhardt
""")


@mail(23, "S", "en", "customer-to-broker", "expat customer's wife is pregnant (due date), asks about birth cover in private health insurance")
def m23(n):
    m = new(n, "Gareth Lloyd <gareth.lloyd@lloyd-family.example>", "d.kaya@hollerbach-kaya.example",
            "Question about health insurance - baby on the way", dt(2026, 3, 12, 20, 48))
    return text(m, """Dear Ms Kaya,

Tobias said you're the right person for health insurance questions.

Good news first: my wife Hannah is pregnant, due date is 28 September. She is
co-insured on my private health insurance with Regnitz (policy KV 7730 20415) since
last July.

Questions:
1. Is the birth covered, including the hospital and the midwife? We would like a
   private room if possible. Is there a waiting period we might fall under?
2. Her gynaecologist recommended the extra first-trimester screening and the
   toxoplasmosis test. Are these paid?
3. How do we add the baby to the policy, and is there a health check for the baby?

Hannah had a miscarriage last year, so the doctor wants to see her every two weeks
for now. I hope that's not a problem for the insurance.

Many thanks,
Gareth
""", cte="quoted-printable")


@mail(24, "N", "de", "insurer-to-broker", "maintenance notice of the insurer's broker portal")
def m24(n):
    m = new(n, MAKSERV, "info@hollerbach-kaya.example",
            "Wartungsarbeiten Maklerportal am Samstag, 24.01.2026", dt(2026, 1, 19, 12, 0),
            headers=[("Auto-Submitted", "auto-generated")])
    return text(m, f"""Sehr geehrte Vertriebspartner,

am Samstag, 24.01.2026, von 06:00 bis ca. 14:00 Uhr ist das Regnitz Maklerportal
wegen Wartungsarbeiten nicht erreichbar. In dieser Zeit sind auch Tarifrechner,
eVB-Abruf und der BiPRO-Abruf der Vermittlerpost nicht verfügbar.

eVB-Nummern für dringende Zulassungen erhalten Sie in dieser Zeit telefonisch unter
0951 9330-5000.

Wir bitten um Ihr Verständnis.

Ihr Regnitz Maklerservice

{SIG_RV}
""", cte="quoted-printable")


@mail(25, "S", "de", "broker-to-insurer", "follow-up for a disability (BU) application: thyroid diagnosis and medication of a named applicant with birth date")
def m25(n):
    m = new(n, HOL, RISK, "Nachreichung BU-Antrag 2026-LB-11842 / Kraus, Simon",
            dt(2026, 1, 27, 16, 33), headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    return text(m, f"""Hallo Frau Mahler,

zu Ihrer Rückfrage vom 21.01. zum BU-Antrag von Herrn Simon Kraus (geb. 08.11.1991,
Elektroingenieur, BU-Rente 2.000 EUR):

Die Schilddrüsenerkrankung ist eine Hashimoto-Thyreoiditis, Erstdiagnose 2019 beim
Hausarzt, seitdem stabil eingestellt mit L-Thyroxin 75 µg täglich. Kontrolle einmal
jährlich, letzte Werte (TSH 1,8) vom Dezember 2025 liegen bei. Keine
Arbeitsunfähigkeitszeiten deswegen, keine weiteren Beschwerden.

Den Arztbericht von Dr. Bauer (Hausarztpraxis Gaustadt) lade ich heute noch im
Portal hoch. Wenn das reicht, wäre eine Annahme zu normalen Bedingungen schön -
Herr Kraus hat ein Konkurrenzangebot ohne Zuschlag.

Beste Grüße
Jörg Hollerbach
{FOOT_HK}
""", cte="quoted-printable")


# =========================================================================== mails 26-50

@mail(26, "N", "de", "internal", "trap: training note on care reform with care levels and benefit amounts, no person")
def m26(n):
    m = new(n, KAY, TEAM, "Kurzschulung Pflege - Zahlen 2026 zum Nachlesen", dt(2026, 1, 22, 17, 5))
    return text(m, f"""Hallo ihr,

wie versprochen die Zahlen aus der Kurzschulung heute zum Nachlesen. Das brauchen
wir ständig, wenn Kunden wegen Pflegetagegeld fragen.

Pflegegeld (häusliche Pflege durch Angehörige) 2026 pro Monat:
  Pflegegrad 2:   347 EUR
  Pflegegrad 3:   599 EUR
  Pflegegrad 4:   800 EUR
  Pflegegrad 5:   990 EUR

Pflegesachleistung pro Monat:
  PG 2: 796 EUR | PG 3: 1.497 EUR | PG 4: 1.859 EUR | PG 5: 2.299 EUR

Vollstationär (Leistungsbetrag): PG 2 805 EUR bis PG 5 2.096 EUR, dazu Eigenanteil
im Heim in Oberfranken im Schnitt ca. 2.700 EUR im Monat im ersten Jahr.

Die Versorgungslücke ist also fast immer da - genau da setzt Pflegetagegeld an.
Faustregel für die Beratung: Pflegegrad 5 mit 100 % absichern, darunter staffeln.

Merkt euch bitte: der Pflegegrad wird vom Medizinischen Dienst festgestellt, nicht
von uns und nicht vom Versicherer. Wir brauchen immer den Bescheid.

Fragen gern an mich.

{SIG_KAY}
""")


@mail(27, "C", "de", "insurer-to-customer", "returned direct debit for a named customer's household contract, bank charges, masked IBAN, broker in copy")
def m27(n):
    m = new(n, f"Regnitz Beitragsservice <beitragsservice@{RV}>", "Kevin Straub <kevin.straub@mailo.example>",
            "Rücklastschrift zu Ihrem Vertrag HR 61 0087 301", dt(2026, 3, 6, 9, 30),
            cc="info@hollerbach-kaya.example")
    return text(m, f"""Sehr geehrter Herr Straub,

die Lastschrift für Ihren Hausratvertrag HR 61 0087 301 über 96,40 EUR
(Jahresbeitrag 2026) wurde von Ihrer Bank zurückgegeben (Grund: AC04 - Konto
erloschen). Belastetes Konto: DE90 **** **** **** **12 64.

Bitte überweisen Sie den Beitrag zuzüglich der Bankgebühr von 3,00 EUR bis zum
20.03.2026 auf unser Konto bei der Commerzbank oder teilen Sie uns eine neue
Bankverbindung mit. Ihr Versicherungsschutz bleibt bis dahin bestehen.

Ihr Vermittler Hollerbach & Kaya Versicherungsmakler GmbH erhält eine Kopie dieser
Nachricht.

Mit freundlichen Grüßen
Ihr Regnitz Beitragsservice

{SIG_RV}
""", cte="quoted-printable")


@mail(28, "N", "de", "internal", "trap: blank template for release from medical confidentiality with placeholders, DOCX")
def m28(n):
    m = new(n, HOL, TEAM, "Neue Vorlage Schweigepflichtentbindung (bitte alte löschen)", dt(2026, 2, 2, 8, 15))
    text(m, """Moin,

die Vorlage für die Schweigepflichtentbindung bei Leistungsfällen ist überarbeitet
(Hinweis von Regnitz, Formulierung zur Einzelfallermächtigung). Bitte ab sofort nur
noch diese nehmen, die alte im Vorlagen-Ordner hab ich in "Archiv" verschoben.

Die Platzhalter «...» füllt das MVP beim Serienbrief selbst.

Jörg
""")
    attach(m, docx([
        ("h", "Schweigepflichtentbindungserklärung (Einzelfall)"),
        ("p", "Versicherte Person: «Vorname» «Nachname», geboren am «Geburtsdatum»"),
        ("p", "Vertrag: «Vertragsnummer» bei der «Versicherer»"),
        ("p", "Ich entbinde die nachfolgend genannten Ärzte, Zahnärzte, Krankenhäuser und "
              "Therapeuten von ihrer Schweigepflicht, soweit dies zur Prüfung des Leistungsfalls "
              "vom «Datum Leistungsfall» erforderlich ist:"),
        ("t", [("Name / Einrichtung", "Anschrift", "Behandlungszeitraum"),
               ("«Arzt 1»", "«Anschrift 1»", "«Zeitraum 1»"),
               ("«Arzt 2»", "«Anschrift 2»", "«Zeitraum 2»")]),
        ("p", "Diese Erklärung gilt nur für den oben genannten Leistungsfall. Ich kann sie "
              "jederzeit mit Wirkung für die Zukunft widerrufen."),
        ("p", "Ort, Datum: ______________________   Unterschrift: ______________________"),
    ], author="J. Hollerbach"), "d51-Vorlage_Schweigepflichtentbindung_2026.docx")
    return m


@mail(29, "N", "de", "insurer-to-broker", "trap: product sheet for a long-term-care daily allowance tariff as PDF, benefits per care level")
def m29(n):
    m = new(n, DIT, "d.kaya@hollerbach-kaya.example", "Produktblatt PT-Flex 2026", dt(2026, 1, 29, 11, 41))
    text(m, """Hallo Frau Kaya,

anbei wie besprochen das aktuelle Produktblatt zum Pflegetagegeld PT-Flex mit den
neuen Beitragsbeispielen. Die Annahmerichtlinien schicke ich Ihnen separat, sobald
sie freigegeben sind.

Viele Grüße
Sven Dittrich
""")
    attach(m, pdf([
        "#Regnitz Krankenversicherung AG",
        "#Produktblatt Pflegetagegeld PT-Flex (Stand 01/2026)",
        "",
        "Leistung in Prozent des vereinbarten Tagessatzes:",
        "Pflegegrad 1: 10 %   Pflegegrad 2: 30 %   Pflegegrad 3: 50 %",
        "Pflegegrad 4: 80 %   Pflegegrad 5: 100 %",
        "Gleiche Leistung bei ambulanter und stationärer Pflege.",
        "Beitragsbefreiung ab Pflegegrad 3. Keine Wartezeit bei Unfall.",
        "Einmalleistung bei erstmaliger Feststellung Pflegegrad 4 oder 5: 30 Tagessätze.",
        "",
        "Beitragsbeispiele (Tagessatz 50 EUR, Monatsbeitrag):",
        "Eintrittsalter 30: 18,45 EUR   Eintrittsalter 40: 27,90 EUR",
        "Eintrittsalter 50: 44,10 EUR   Eintrittsalter 60: 79,35 EUR",
        "",
        "Gesundheitsfragen (5 Jahre): bestehende Pflegebedürftigkeit, Demenz,",
        "Parkinson, Multiple Sklerose, Schlaganfall, Krebserkrankung, Dialyse.",
        "",
        "Nur für Vertriebspartner - nicht zur Weitergabe an Endkunden.",
    ], title="PT-Flex Produktblatt", author="Regnitz Krankenversicherung AG"), "d51-Produktblatt_PT-Flex_2026.pdf")
    return m


@mail(30, "C", "de", "broker-to-customer", "annual review: named customer's non-personal contracts, premiums and income noted; in ODT")
def m30(n):
    m = new(n, WEN, "Kevin Straub <kevin.straub@mailo.example>", "Unser Gespräch vom Dienstag - Zusammenfassung",
            dt(2026, 3, 12, 17, 50))
    text(m, f"""Hallo Herr Straub,

danke für das nette Gespräch am Dienstag. Wie versprochen anbei die Zusammenfassung
als Dokument (Ihre Verträge und meine Empfehlungen). Schauen Sie in Ruhe drüber.

Die Rücklastschrift beim Hausrat haben Sie ja inzwischen überwiesen, Regnitz hat es
bestätigt.

{SIG_WEN}
""")
    attach(m, odt([
        "Gesprächsprotokoll Jahresgespräch - Kevin Straub",
        "Datum: 10.03.2026, Berater: Tobias Wendel, Ort: Büro Lange Straße",
        "Kunde: Kevin Straub, geb. 22.07.1994, Hauptsmoorstraße 51, 96052 Bamberg",
        "Beruf: Mechatroniker bei Brose, Nettoeinkommen ca. 2.450 EUR/Monat, ledig",
        "Bestehende Verträge:",
        "- Hausrat Regnitz HR 61 0087 301, 96,40 EUR p.a. (neue Bankverbindung bei Sparkasse, IBAN DE69 7705 0000 0240 1108 83)",
        "- Privathaftpflicht Regnitz PH 12 7745 190, 58,90 EUR p.a.",
        "- Kfz (BMW 118i, BA-KS 94) Regnitz KF 40 2112 908, 731,20 EUR p.a., SF 7",
        "Empfehlungen:",
        "1. Kfz: Werkstattbindung prüfen (Ersparnis ca. 70 EUR)",
        "2. Rechtsschutz (Verkehr + Beruf) - Angebot folgt",
        "3. Altersvorsorge: Termin mit Frau Kaya vereinbaren",
        "Der Kunde wurde über die Beratungsgrundlage (§ 60 VVG) informiert.",
    ]), "d51-Protokoll_Jahresgespraech_Straub.odt")
    return m


@mail(31, "S", "de", "insurer-to-broker", "health claim settlement with treatments, physiotherapy and drugs of a named insured, only in an HTML table")
def m31(n):
    m = new(n, BEER, KAY, "Leistungsabrechnung KV 7730 11902", dt(2026, 3, 2, 14, 19))
    return html(m, """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Sehr geehrte Frau Kaya,</p>
<p>anbei wie gewünscht die Übersicht zur Abrechnung vom 27.02.2026 für Ihren Kunden.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#ddd"><th>Versicherte Person</th><th>Leistung</th><th>Datum</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>Pöhlmann, Stefan</td><td>Klinikum am Bruderwald, DRG I30Z, Kreuzbandplastik re.</td><td>03.-07.02.2026</td><td>6.214,80</td><td>6.214,80</td></tr>
<tr><td>Pöhlmann, Stefan</td><td>Zweibettzimmer 4 Tage</td><td>03.-07.02.2026</td><td>358,00</td><td>358,00</td></tr>
<tr><td>Pöhlmann, Stefan</td><td>Chefarzt Dr. Lorenz, GOÄ 2104, 2191</td><td>04.02.2026</td><td>2.147,33</td><td>1.988,12</td></tr>
<tr><td>Pöhlmann, Stefan</td><td>Physiotherapie KG-Gerät 10x</td><td>10.-26.02.2026</td><td>420,00</td><td>380,00</td></tr>
<tr><td>Pöhlmann, Stefan</td><td>Ibuprofen 600 mg, Enoxaparin 40 mg</td><td>07.02.2026</td><td>46,85</td><td>46,85</td></tr>
</table>
<p>Die Kürzung bei der Chefarztrechnung betrifft den Steigerungssatz über 3,5 ohne Begründung (GOÄ § 5).
Bei der Physiotherapie wurde nach Höchstsätzen des Tarifs erstattet.</p>
<p>Mit freundlichen Grüßen<br>Annika Beer<br>Leistung Kranken, Regnitz Krankenversicherung AG</p>
</body></html>
""")


@mail(32, "N", "de", "internal", "out-of-office auto-reply")
def m32(n):
    m = new(n, SCH, HOL, "Abwesenheitsnotiz: Re: Schaden Gebhardt - Gutachter?", dt(2026, 1, 26, 8, 1),
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return text(m, """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.02.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
info@hollerbach-kaya.example oder telefonisch an 0951 700 418-0.

Schäden melden Sie bitte an schaden@hollerbach-kaya.example.

Marlene Scholz
""", cte="quoted-printable")


@mail(33, "N", "de", "supplier-to-broker", "trap: shredding company order confirmation mentioning health files, no person")
def m33(n):
    m = new(n, "Aktenwolf Datenvernichtung <auftrag@aktenwolf.example>", "m.scholz@hollerbach-kaya.example",
            "Auftragsbestätigung 2026-0318 Aktenvernichtung", dt(2026, 2, 10, 10, 2))
    return text(m, """Sehr geehrte Frau Scholz,

wir bestätigen Ihren Auftrag:

Leistung: Vernichtung von Altakten (u. a. Kranken- und Lebensversicherungsakten,
Arztberichte, Gesundheitsfragebögen) nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4
Menge: ca. 14 Umzugskartons / 2 Sicherheitsbehälter 240 l
Abholung: Donnerstag, 19.02.2026, zwischen 8 und 10 Uhr, Lange Straße 41, Bamberg
Preis: 189,00 EUR zzgl. MwSt. pauschal, Vernichtungsprotokoll inklusive

Den Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO haben Sie bereits
unterschrieben zurückgeschickt - danke.

Mit freundlichen Grüßen
Ihr Aktenwolf-Team
Aktenwolf GmbH, Gewerbepark 9, 96052 Bamberg
""", charset="iso-8859-1", cte="8bit")


@mail(34, "N", "de", "insurer-to-broker", "trap: anonymised disability claim case studies for sales training (age bands, diagnosis groups), XLSX")
def m34(n):
    m = new(n, DIT, HOL, "Fallbeispiele BU für Ihre Kundenveranstaltung", dt(2026, 4, 14, 15, 8))
    text(m, """Hallo Herr Hollerbach,

für Ihren Infoabend "Arbeitskraft absichern" im Mai hier wie gewünscht ein paar
anonymisierte Leistungsfälle aus 2025 zur Illustration. Alles ohne Namen, Alter nur in
Spannen, Berufe zusammengefasst - von der Rechtsabteilung freigegeben.

Viele Grüße
Sven Dittrich
""")
    attach(m, xlsx([("Fallbeispiele", [
        ("Fall", "Altersgruppe", "Berufsgruppe", "Ursache (Gruppe)", "Monatsrente EUR", "Leistungsdauer bisher"),
        ("A", "30-39", "kaufmännisch", "Psychische Erkrankung", 1500, "26 Monate"),
        ("B", "40-49", "Handwerk", "Bandscheibe / Rücken", 1200, "3 Jahre"),
        ("C", "20-29", "Pflege", "Unfall (Freizeit)", 1000, "14 Monate"),
        ("D", "50-59", "Ingenieurwesen", "Krebserkrankung", 2000, "laufend"),
        ("E", "40-49", "Lehrberuf", "Psychische Erkrankung", 1800, "ca. 2 Jahre, reaktiviert"),
    ]), ("Hinweis", [("Quelle: Regnitz Lebensversicherung AG, Leistungsbestand 2025, anonymisiert",),
                     ("Nicht zur Weitergabe einzelner Fälle an Dritte",)])],
        creator="Regnitz Vertrieb"), "d51-BU_Fallbeispiele_anonym.xlsx")
    return m


@mail(35, "N", "en", "newsletter", "trap: international health plan newsletter with maternity waiting periods and dental limits, no person")
def m35(n):
    m = new(n, "Regnitz International Health <expat@regnitz-versicherung.example>", "d.kaya@hollerbach-kaya.example",
            "Expat Care 2026: new maternity and dental benefits for your clients", dt(2026, 2, 19, 9, 15),
            headers=[("Precedence", "bulk")])
    plain = """Regnitz International Health - Broker update February 2026

Dear partners,

From 1 April 2026 our Expat Care plans for foreign employees in Germany improve:

* Maternity: waiting period reduced from 10 to 8 months; hospital delivery incl.
  private room covered in Expat Care Premium; midwife and antenatal classes up to
  EUR 1,500.
* Dental: annual limit raised to EUR 2,500 (Premium) / EUR 1,200 (Standard);
  orthodontics for children under 18 at 80 %.
* Mental health: outpatient psychotherapy up to 50 sessions per year without
  pre-authorisation for the first 20.
* Pre-existing conditions: moratorium underwriting now available for groups of
  5+ employees.

All plans meet the requirements for the German residence permit (Section 257
SGB V / Aufenthaltsgesetz).

Sample monthly premiums, Expat Care Standard, age 30-34: EUR 189; age 35-39: EUR 214.

Questions? Your broker manager will be happy to help.

Regnitz International Health, a service of Regnitz Krankenversicherung AG
"""
    h = plain.replace("&", "&amp;").replace("\n\n", "</p>\n<p>").replace("\n* ", "<br>\n&bull; ")
    h = "<html><body style=\"font-family:Arial\"><p>" + h + "</p></body></html>\n"
    return alt(m, plain, h)


@mail(36, "N", "de", "internal", "birthday breakfast for a colleague, organisational")
def m36(n):
    m = new(n, SCH, TEAM, "Freitag Frühstück - Finn wird 19 :-)", dt(2026, 3, 11, 12, 40))
    return text(m, """Hallo zusammen,

Finn hat am Freitag Geburtstag - wir machen um 9:30 ein kleines Frühstück in der
Küche. Ich besorge Brezen und Butter, Derya bringt ihren Börek mit (danke!!).
Jörg, kümmerst du dich um das Geschenk? Wir hatten 10 EUR pro Person gesagt.

Pssst, nicht verraten.

Marlene
""", charset="windows-1252", cte="8bit")


@mail(37, "N", "de", "broker-to-insurer", "trap: general underwriting question about hay fever and glasses without any person")
def m37(n):
    m = new(n, KAY, RISK, "Grundsatzfrage Risikoprüfung Heuschnupfen / Brille", dt(2026, 2, 12, 10, 22))
    return text(m, f"""Hallo Frau Mahler,

eine allgemeine Frage, nicht zu einem konkreten Antrag: wie gehen Sie bei BU und
Krankenvoll aktuell grundsätzlich mit folgenden Angaben um?

1. Heuschnupfen (allergische Rhinitis), nur saisonal Antihistaminika, kein Asthma,
   keine Hyposensibilisierung
2. Brille/Kontaktlinsen bis ±6 Dioptrien
3. Einmalige Psychotherapie-Beratung (1-2 Sitzungen) länger als 5 Jahre her

Hintergrund: wir bekommen das ständig gefragt und ich würde unsere Checkliste für
die Beratung gern aktualisieren. Gibt es bei Ihnen eine Übersicht der "normalen"
Annahmen ohne Zuschlag, die wir verwenden dürfen?

{SIG_KAY}
""", cte="quoted-printable")


@mail(38, "N", "de", "insurer-to-broker", "trap: monthly commission statement with totals and the broker GmbH's own account (company data)")
def m38(n):
    m = new(n, f"Regnitz Provisionsabrechnung <provision@{RV}>", "j.hollerbach@hollerbach-kaya.example",
            "Courtageabrechnung 02/2026 - Vermittler 48-1107", dt(2026, 3, 5, 4, 12),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, """Sehr geehrte Damen und Herren,

anbei die Summenübersicht Ihrer Courtageabrechnung für Februar 2026. Die
Einzelnachweise stehen in der elektronischen Vermittlerpost bereit.

Auszahlung am 10.03.2026 auf das hinterlegte Konto der
Hollerbach & Kaya Versicherungsmakler GmbH, IBAN DE16 7706 0100 0000 6325 08.

Dies ist eine automatisch erzeugte Nachricht.
""")
    attach(m, csvb([
        ("Sparte", "Abschlusscourtage", "Bestandscourtage", "Stornoreserve", "Summe"),
        ("Kfz", "0,00", "1.842,17", "0,00", "1.842,17"),
        ("Sach/HUK", "612,40", "2.115,90", "-61,24", "2.667,06"),
        ("Kranken", "3.480,00", "411,30", "-348,00", "3.543,30"),
        ("Leben/BU", "5.922,50", "287,64", "-592,25", "5.617,89"),
        ("Rechtsschutz", "144,00", "318,02", "-14,40", "447,62"),
        ("Gesamt", "10.158,90", "4.975,03", "-1.015,89", "14.118,04"),
    ], encoding="windows-1252"), "d51-Courtage_2026-02_Summen.csv", mime="application/vnd.ms-excel")
    return m


@mail(39, "C", "de", "customer-to-broker", "deer collision of a named customer with plate number and hunter's certificate; nobody hurt")
def m39(n):
    m = new(n, "Felix Dorsch <felix.dorsch@posteingang.example>", "t.wendel@hollerbach-kaya.example",
            "Wildunfall gestern Abend", dt(2026, 3, 18, 7, 49))
    return text(m, """Servus Tobias,

bin gestern kurz nach 20 Uhr zwischen Memmelsdorf und Lichteneiche mit einem Reh
zusammengestoßen. Mir ist nix passiert, das Reh war tot. Stoßstange vorne rechts,
Scheinwerfer kaputt und die Motorhaube hat eine Delle. Auto fährt noch.

Der Jagdpächter (Herr Rauh) war da und hat mir die Wildunfallbescheinigung
ausgestellt, Polizei war auch kurz da. Foto von der Bescheinigung hab ich.

Golf, BA-FD 316, Vertrag müsste KF 40 1983 662 sein (steht auf der Karte).
Teilkasko hab ich. Kann ich zum Autohaus Lanig oder muss das woanders hin?

Danke dir
Felix
""", flowed=True)


@mail(40, "C", "en", "broker-to-customer", "claim number, garage and repair estimate for a named expat's car damage; nobody hurt")
def m40(n):
    m = new(n, WEN, "Priya Raman <priya.raman@fenwick-analytics.example>", "RE: Accident this morning - what do I do?",
            dt(2026, 2, 11, 11, 34), headers=[("In-Reply-To", "<d51-0015.20260211085700@fenwick-analytics.example>")])
    return text(m, """Hi Priya,

glad you're OK. Good news: since the van driver caused it, his liability insurer
pays, not yours, and your no-claims bonus is not affected.

I've already reported it to the van's insurer (Wirth Transporte is insured with
Allianz Logistik, their claim no. AL-26-7731042). Regnitz also has it on file as
26-KH-0041502 just in case.

What you can do now:
1. Take the car to your usual garage (Autohaus Schlee?) and ask for a repair
   estimate (Kostenvoranschlag). Above approx. EUR 1,000 an independent assessor is
   better - I can arrange one, free for you.
2. You're entitled to a rental car or loss-of-use compensation for the repair days.
3. Please send me the photos and the van driver's details (copy of what he wrote).

Cheers,
Tobias

Tobias Wendel | Hollerbach & Kaya Versicherungsmakler GmbH | +49 951 700 418-30

-----Original Message-----
From: Priya Raman <priya.raman@fenwick-analytics.example>
Sent: Wednesday, 11 February 2026 08:57
Subject: Accident this morning - what do I do?

I had a small accident this morning on the way to work [...] Mazda CX-30, BA-PR 808
""")


@mail(41, "S", "de", "customer-to-broker", "daughter reports her father's stroke, hospital and care need for his care insurance, own words")
def m41(n):
    m = new(n, "Sandra Lauer <sandra.lauer@t-mail.example>", "d.kaya@hollerbach-kaya.example",
            "Papa - Versicherung", dt(2026, 4, 7, 22, 3))
    return text(m, """Liebe Frau Kaya,

ich schreibe Ihnen wegen meinem Vater, Werner Lauer (Hirschaider Str. 12, Bamberg).
Er hatte am Ostersonntag einen Schlaganfall und liegt seitdem im Klinikum auf der
Stroke Unit. Die rechte Seite ist gelähmt, er kann kaum sprechen. Die Ärzte sagen,
danach kommt er in die Reha nach Bad Staffelstein, und ob er wieder alleine wohnen
kann weiß keiner.

Sie haben ihm vor ein paar Jahren diese Pflegezusatzversicherung vermittelt, die
Unterlagen finde ich nicht. Ich habe eine Vorsorgevollmacht. Was muss ich jetzt
machen, damit er Geld bekommt? Muss man den Pflegegrad schon jetzt beantragen?

Entschuldigen Sie die späte Mail, ich komme gerade aus dem Krankenhaus.

Sandra Lauer
0170 2290 431
""", charset="windows-1252", cte="quoted-printable")


@mail(42, "N", "de", "internal", "IT problem with the printer")
def m42(n):
    m = new(n, WEN, "f.albrecht@hollerbach-kaya.example", "Drucker OG", dt(2026, 1, 15, 8, 22))
    return text(m, """Finn, der Drucker oben zeigt wieder "Papierstau Fach 2", ist aber nix drin.
Kannst du den Servicevertrag raussuchen und bei Kopierzentrum Franken anrufen?
Kundennummer steht hinten drauf.
Danke, T.
""", cte="7bit")


@mail(43, "N", "de", "internal", "trap: website article draft comparing PKV and GKV with a fictitious sample customer and income")
def m43(n):
    m = new(n, KAY, HOL, "Blogartikel PKV vs. GKV - Entwurf zum Gegenlesen", dt(2026, 4, 20, 18, 2))
    return text(m, f"""Jörg,

hier mein Entwurf für die Website. Kannst du bis Donnerstag drüberschauen? Zahlen
sind gerundet, die Musterkundin ist erfunden.

-----
PKV oder GKV - lohnt sich der Wechsel?

Beispiel: Julia Muster (fiktiv), 32 Jahre, angestellte Ingenieurin, Bruttoeinkommen
82.000 EUR im Jahr, keine Vorerkrankungen, kinderlos.

GKV: Höchstbeitrag Kranken + Pflege 2026 ca. 1.140 EUR im Monat, davon trägt der
Arbeitgeber etwa die Hälfte. Eigenanteil ca. 570 EUR.

PKV: Kompakttarif mit 600 EUR Selbstbeteiligung, Einbettzimmer, Chefarzt, Zahn 80 %:
ca. 520 EUR im Monat inkl. Pflegepflicht und gesetzlichem Zuschlag, Arbeitgeber
zahlt die Hälfte. Eigenanteil ca. 260 EUR.

Aber: Beiträge steigen im Alter, Kinder kosten extra, bei Vorerkrankungen
(z. B. Asthma, Bandscheibenvorfall, Psychotherapie) gibt es Zuschläge oder
Ablehnungen. Ein Zurück in die GKV ist ab 55 praktisch ausgeschlossen.

Fazit: Wechseln nur nach Beratung - sprechen Sie uns an.
-----

D.
""", cte="quoted-printable")


@mail(44, "N", "de", "insurer-to-broker", "event invitation with ICS calendar file")
def m44(n):
    m = new(n, DIT, "j.hollerbach@hollerbach-kaya.example", "Einladung Maklerforum Oberfranken 2026",
            dt(2026, 2, 25, 13, 30), cc="d.kaya@hollerbach-kaya.example, t.wendel@hollerbach-kaya.example")
    text(m, """Hallo zusammen,

herzliche Einladung zu unserem Maklerforum Oberfranken am 23. April in der
Konzert- und Kongresshalle Bamberg. Themen: Gewerbe-Kompakt 2026, Pflegereform,
BU für Handwerker, dazu ein Vortrag zur KI im Maklerbüro. Es gibt 4 IDD-Stunden.

Kalendereintrag hängt an, Anmeldung bitte kurz per Mail an mich.

Viele Grüße
Sven Dittrich
""")
    attach(m, ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Regnitz Versicherungsgruppe//Vertrieb//DE",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:d51-0044-maklerforum-2026@{RV}",
        "DTSTAMP:20260225T123000Z",
        "DTSTART;TZID=Europe/Berlin:20260423T130000",
        "DTEND;TZID=Europe/Berlin:20260423T180000",
        "SUMMARY:Regnitz Maklerforum Oberfranken 2026",
        "LOCATION:Konzert- und Kongresshalle Bamberg\\, Mußstraße 1",
        "DESCRIPTION:Gewerbe-Kompakt 2026\\, Pflegereform\\, BU für Handwerker\\, KI im Maklerbüro.",
        " 4 IDD-Stunden.",
        "END:VEVENT",
        "END:VCALENDAR",
    ]), "d51-Maklerforum_2026.ics")
    return m


@mail(45, "N", "de", "insurer-to-broker", "trap: new blank application form with health questions as PDF, no person")
def m45(n):
    m = new(n, MAKSERV, "info@hollerbach-kaya.example", "Neue Antragsformulare Kranken ab 01.05.2026",
            dt(2026, 4, 16, 10, 0))
    text(m, f"""Sehr geehrte Vertriebspartner,

ab 01.05.2026 gelten neue Antragsformulare für die Krankenzusatztarife. Anträge auf
alten Formularen nehmen wir bis 31.07.2026 an. Die Gesundheitsfragen wurden
vereinfacht; das Muster hängt an.

Ihr Regnitz Maklerservice
{SIG_RV}
""")
    attach(m, pdf([
        "#Antrag Krankenzusatzversicherung - Gesundheitsfragen (Muster)",
        "Formular KZ-A 05/2026",
        "",
        "Zu versichernde Person: ____________________  Geburtsdatum: __________",
        "",
        "1. Bestehen oder bestanden in den letzten 3 Jahren Krankheiten, Beschwerden oder",
        "   Unfallfolgen, die ärztlich untersucht, beraten oder behandelt wurden?   [ ] ja  [ ] nein",
        "2. Wurde in den letzten 5 Jahren eine stationäre Behandlung (Krankenhaus, Reha,",
        "   Kur) durchgeführt oder ist eine solche angeraten?                      [ ] ja  [ ] nein",
        "3. Fehlen Zähne, die noch nicht ersetzt sind (ohne Weisheitszähne)?  Anzahl: ____",
        "4. Ist eine Zahnbehandlung, Parodontosebehandlung oder Kieferorthopädie",
        "   angeraten, geplant oder begonnen?                                     [ ] ja  [ ] nein",
        "5. Besteht eine HIV-Infektion, Suchterkrankung oder Pflegebedürftigkeit? [ ] ja  [ ] nein",
        "",
        "Bei 'ja' bitte Angaben: Diagnose, Zeitraum, Behandler, ausgeheilt ja/nein.",
        "",
        "Hinweis nach § 19 Abs. 5 VVG: Verletzung der vorvertraglichen Anzeigepflicht ...",
    ], title="Muster Gesundheitsfragen KZ-A 05/2026"), "d51-Muster_Antrag_KZ-A_05-2026.pdf")
    return m


@mail(46, "S", "de", "broker-to-insurer", "daily sickness benefit claim with diagnosis M51.1 only in the scanned sick note PDF sent as octet-stream")
def m46(n):
    m = new(n, KAY, LKV, "Krankentagegeld KT 7731 04418 Müller-Hofmann - Unterlagen", dt(2026, 2, 26, 9, 14))
    text(m, f"""Sehr geehrte Damen und Herren,

anbei die Unterlagen zur Leistungsanmeldung unseres Kunden Jürgen Müller-Hofmann,
Krankentagegeld-Vertrag KT 7731 04418 (Leistung ab dem 43. Tag).

Bitte bestätigen Sie uns den Eingang.

{SIG_KAY}
""")
    attach(m, pdf([
        "#Arbeitsunfähigkeitsbescheinigung (Ausdruck für Versicherte / private KV)",
        "Praxis Dr. med. Martin Steinlein, Facharzt für Allgemeinmedizin, Hallstadt",
        "",
        "Versicherter: Müller-Hofmann, Jürgen   geb. 30.04.1978",
        "Anschrift: Fuchsweg 3, 96103 Hallstadt",
        "Private Krankenversicherung: Regnitz KV, KT 7731 04418",
        "",
        "[ ] Erstbescheinigung   [X] Folgebescheinigung",
        "arbeitsunfähig seit: 12.01.2026   voraussichtlich bis: 13.03.2026",
        "festgestellt am: 23.02.2026",
        "",
        "Diagnose(n): M51.1 G  Lumbaler Bandscheibenvorfall mit Radikulopathie L5/S1",
        "             M54.4 G  Lumboischialgie",
        "Weiterbehandlung: Schmerztherapie (PRT-Infiltration) geplant 03.03.2026",
        "",
        "Unterschrift / Stempel des Arztes",
    ], title="Scan 2026-02-26 0911"), "d51-Scan_20260226_0911.pdf", mime="application/octet-stream")
    return m


@mail(47, "C", "de", "broker-to-insurer", "address change of a named household customer with new address and move date, base64 body")
def m47(n):
    m = new(n, ALB, MAKSERV, "Adressänderung / Umzug HR 61 0087 301 + PH 12 7745 190", dt(2026, 5, 4, 10, 37))
    return text(m, f"""Sehr geehrte Damen und Herren,

unser Kunde Herr Kevin Straub zieht zum 01.06.2026 um.

alt: Hauptsmoorstraße 51, 96052 Bamberg
neu: Ludwigstraße 8, 96103 Hallstadt (Wohnfläche neu 62 qm, EG)

Bitte ändern Sie die Anschrift für die Verträge Hausrat HR 61 0087 301 und
Privathaftpflicht PH 12 7745 190 und passen Sie beim Hausrat den Versicherungsort
an. Die Versicherungssumme kann bleiben. Während des Umzugs besteht ja
Versicherungsschutz an beiden Orten.

Vielen Dank!
{SIG_ALB}
""", cte="base64")


@mail(48, "S", "de", "internal", "beneficiary change in a named customer's life policy after divorce (life contract, no medical word)")
def m48(n):
    m = new(n, HOL, KAY, "LV Bergmann - Bezugsrecht nach Scheidung", dt(2026, 3, 19, 19, 12),
            headers=[("X-Mailer", "iPhone Mail (22D63)")])
    return text(m, """Derya, nur damit du Bescheid weißt falls er anruft:

Thomas Bergmann war heute da, Scheidung ist durch. Er will bei seiner
Risiko-LV (LV 55 30 8812, 250k) und der Rentenversicherung das Bezugsrecht von der
Ex (Carina Bergmann) auf die beiden Kinder ändern, je 50 %. Widerrufliches
Bezugsrecht, geht also ohne ihre Zustimmung. Formular hat er unterschrieben, liegt
in meinem Fach, bitte morgen an Regnitz Leben.

Bei der BU-Rente bleibt alles wie es ist.

J.

Von meinem iPhone gesendet
""", cte="quoted-printable")


@mail(49, "N", "de", "insurer-to-broker", "trap: press release on average health premium increase, statistics only")
def m49(n):
    m = new(n, f"Regnitz Presse <presse@{RV}>", "info@hollerbach-kaya.example",
            "Pressemitteilung: Beitragsanpassung Krankenvollversicherung 2026", dt(2026, 1, 12, 11, 0))
    return text(m, """PRESSEMITTEILUNG

Regnitz Krankenversicherung passt Beiträge zum 1. April 2026 an

Bamberg, 12. Januar 2026. Die Regnitz Krankenversicherung AG passt zum 1. April 2026
die Beiträge in einem Teil ihrer Vollversicherungstarife an. Betroffen sind rund
38 % der 61.400 Vollversicherten. Im Durchschnitt steigen die Beiträge der
betroffenen Versicherten um 6,8 %, in Einzelfällen bis zu 19 %.

Grund sind vor allem gestiegene Leistungsausgaben: Die Ausgaben je Versichertem
für stationäre Behandlungen stiegen 2025 um 9,4 %, für Arzneimittel um 7,1 %
(Hauptursachen: onkologische Therapien und GLP-1-Präparate), für Psychotherapie um
12,3 %. Der Treuhänder hat die Anpassung geprüft und zugestimmt.

"Wir setzen 214 Mio. EUR aus den Rückstellungen für Beitragsrückerstattung ein, um
den Anstieg zu dämpfen", sagt Vorstand Bernd Kastl.

Versicherte ab 60 Jahren können einen Tarifwechsel nach § 204 VVG prüfen lassen.

Pressekontakt: Nadine Wolf, presse@regnitz-versicherung.example, 0951 9330-1010
""", cte="quoted-printable")


@mail(50, "C", "en", "customer-to-broker", "sole trader sends business registration data, tax number and her own IBAN for the café policy")
def m50(n):
    m = new(n, "Chloe Barrett <chloe@flatwhite-bamberg.example>", "t.wendel@hollerbach-kaya.example",
            "Re: Quote Flat White - let's do it!", dt(2026, 3, 3, 16, 55))
    return text(m, """Hi Tobias,

thanks for the quote, I'll take the Gewerbe-Kompakt with the glass option. Here's
everything you asked for:

Business registration (Gewerbeanmeldung) dated 20 Feb 2026, Stadt Bamberg
Owner: Chloe Anne Barrett, born 14/05/1990 in Perth
Private address: Austraße 27, 96047 Bamberg
Tax number (Steuernummer): 207/248/51093
Bank account for the direct debit (business account, but in my name):
Chloe Barrett, Sparkasse Bamberg, DE02 7705 0000 0578 1200 35

Start date 1 May please, so the fit-out is covered too.

Cheers,
Chloe
""", flowed=True)


# =========================================================================== mails 51-75

@mail(51, "N", "en", "supplier-to-broker", "trap: software support sends a test import file with fictitious customers and published example IBANs")
def m51(n):
    m = new(n, "Ordnix Support <support@ordnix.example>", "f.albrecht@hollerbach-kaya.example",
            "[Ticket #88213] CSV import drops leading zeros", dt(2026, 1, 28, 14, 12))
    text(m, """Hello Finn,

thanks for reporting this. We could reproduce it: the CSV import in 8.3 treated
policy numbers as numbers. This is fixed in 8.4 (see release notes).

To verify after the update, please import the attached test file into your TEST
client (not production!). It contains only fictitious persons and the published
example IBANs from the ECBS/bank documentation, so it's safe to use.

Expected result: 4 customers, 4 contracts, policy numbers with leading zeros intact.

Best regards,
Nils Andersen
Ordnix Support, 2nd level
""")
    attach(m, csvb([
        ("Kundennr", "Name", "Vorname", "Geburtsdatum", "Vertragsnr", "Sparte", "IBAN"),
        ("T-0001", "Mustermann", "Max", "01.01.1970", "0000123456", "PHV", "DE89370400440532013000"),
        ("T-0002", "Musterfrau", "Erika", "12.08.1964", "0007654321", "Hausrat", "DE89370400440532013000"),
        ("T-0003", "Testkunde", "Tom", "31.12.1999", "0000000042", "Kfz", "GB29NWBK60161331926819"),
        ("T-0004", "Beispiel GmbH", "", "", "0100200300", "Gewerbe", "DE89370400440532013000"),
    ]), "d51-ordnix_testimport_fiktiv.csv")
    return m


@mail(52, "C", "de", "broker-to-insurer", "eVB request for a named young driver with birth date and vehicle data")
def m52(n):
    m = new(n, WEN, MAKSERV, "eVB Neuzulassung - Dorsch, Lukas", dt(2026, 4, 9, 8, 31))
    return text(m, f"""Guten Morgen,

bitte eine eVB für eine Neuzulassung (Portal klemmt gerade):

VN: Lukas Dorsch, geb. 03.02.2007, Lindenanger 2, 96117 Memmelsdorf
Fahrzeug: Renault Clio V, EZ 2021, FIN VF1RJA00867123456
Nutzer: nur VN, Führerschein seit 02/2025 (begleitetes Fahren ab 17)
Haftpflicht + TK 150, SF-Übertragung von der Oma ist in Klärung (Zweitwagen)
Zulassung morgen früh in Bamberg

Danke!
Tobias Wendel
""", cte="quoted-printable")


@mail(53, "N", "en", "broker-to-company", "trap: general information on company health insurance (bKV) budgets for an HR manager, no employee data")
def m53(n):
    m = new(n, HOL, "Laura Becker <l.becker@fenwick-analytics.example>", "Company health insurance (bKV) - overview",
            dt(2026, 4, 22, 11, 5))
    return text(m, f"""Dear Ms Becker,

thank you for your interest. As discussed, here is a short overview of company
health insurance (betriebliche Krankenversicherung, bKV) for your 42 employees in
Erlangen and Bamberg.

How it works
- The employer pays a monthly premium per employee; employees get a budget for
  health services (e.g. glasses, dental cleaning, osteopathy, preventive check-ups).
- No health questions for the employees if at least 10 employees are covered, no
  waiting periods. Family members can join at their own expense.

Typical budgets (Regnitz "Gesundheitsbudget", per employee per year)
- EUR 300: approx. EUR 14 per month
- EUR 600: approx. EUR 27 per month
- EUR 900: approx. EUR 39 per month
The premium counts as a non-cash benefit and can be tax-free up to EUR 50 per month.

Next step
If you send me the number of employees per location (no names needed at this
stage), I'll prepare a comparison of three insurers.

{SIG_HOL_EN}
""")


@mail(54, "C", "en", "insurer-to-customer", "bicycle theft claim of a named customer: claim number, frame number, payment to his account")
def m54(n):
    m = new(n, f"Regnitz Claims Service <schaden-sach@{RV}>", "Gareth Lloyd <gareth.lloyd@lloyd-family.example>",
            "Your claim 26-HR-0007718 - bicycle theft", dt(2026, 4, 28, 15, 40),
            cc="t.wendel@hollerbach-kaya.example")
    return text(m, f"""Dear Mr Lloyd,

thank you for reporting the theft of your bicycle from the basement of Obere
Königstraße 19, Bamberg, on 19 April 2026 (police report no. BA-2026-041933).

Claim no.: 26-HR-0007718, household policy HR 61 0093 412
Stolen item: Cube Kathmandu Hybrid, frame no. WCU22K0481172, purchased 2024
Replacement value: EUR 2,349.00

We will pay EUR 2,349.00 to your account ending in ...8819 within the next five
working days. If the bicycle is found, please inform us immediately.

Kind regards
Regnitz Allgemeine Versicherung AG, Claims Service Property

{SIG_RV}
""")


@mail(55, "S", "de", "insurer-to-broker", "underwriting decision on a named person's disability application (thyroid disease)")
def m55(n):
    m = new(n, RISK, HOL, "AW: Nachreichung BU-Antrag 2026-LB-11842 / Kraus, Simon", dt(2026, 2, 3, 10, 50))
    return text(m, f"""Hallo Herr Hollerbach,

danke für den Arztbericht. Nach Prüfung können wir den Antrag von Herrn Kraus zu
normalen Bedingungen annehmen, ohne Zuschlag und ohne Ausschluss. Die
Hashimoto-Thyreoiditis ist bei stabiler Einstellung und fehlenden
AU-Zeiten für uns kein Annahmehindernis.

Die Police wird heute erstellt, technischer Beginn 01.03.2026.

Viele Grüße
Katrin Mahler
Risikoprüfung Leben/BU, Regnitz Lebensversicherung AG

> Die Schilddrüsenerkrankung ist eine Hashimoto-Thyreoiditis, Erstdiagnose 2019 beim
> Hausarzt, seitdem stabil eingestellt mit L-Thyroxin 75 µg täglich.
""", cte="quoted-printable")


@mail(56, "S", "de", "customer-to-broker", "dental bill (root canal) and prescription only inside a ZIP of PDFs; body just says 'Rechnungen anbei'")
def m56(n):
    m = new(n, "Kevin Straub <kevin.straub@mailo.example>", "info@hollerbach-kaya.example",
            "Rechnungen", dt(2026, 5, 12, 18, 27))
    text(m, """Hallo,
Rechnungen anbei, bitte weiterleiten an die Zusatzversicherung. Danke!
K. Straub""", cte="7bit")
    inv = pdf([
        "#Zahnarztpraxis Dr. Jan Wolfrum - Privatliquidation",
        "Patient: Kevin Straub, geb. 22.07.1994",
        "Rechnungsnr. 2026-1147, Datum 08.05.2026",
        "",
        "21.04.2026  Zahn 46  GOZ 2390 Trepanation                        1x    35,43 EUR",
        "21.04.2026  Zahn 46  GOZ 2410 Aufbereitung Wurzelkanal           3x   150,12 EUR",
        "28.04.2026  Zahn 46  GOZ 2440 Wurzelkanalfüllung                 3x   102,03 EUR",
        "28.04.2026  Zahn 46  GOZ 2420 elektrometr. Längenbestimmung       3x    36,24 EUR",
        "05.05.2026  Zahn 46  GOZ 2120 Kompositfüllung mehrflächig         1x   122,07 EUR",
        "Material / Labor                                                       48,50 EUR",
        "",
        "Rechnungsbetrag: 494,39 EUR",
        "Diagnose: irreversible Pulpitis 46 (K04.0)",
    ], title="Rechnung 2026-1147")
    rx = pdf([
        "#Privatrezept",
        "Dr. Jan Wolfrum, Zahnarzt, Bamberg",
        "für: Kevin Straub, geb. 22.07.1994",
        "Rp. Amoxicillin 1000 mg, 20 Tbl. (N1), 3x tgl. 1",
        "Rp. Ibuprofen 600 mg, 20 Tbl.",
        "Bamberg, 21.04.2026",
    ], title="Rezept")
    attach(m, zipb([("Rechnung_Wolfrum_2026-1147.pdf", inv), ("Rezept_21-04.pdf", rx)]),
           "d51-Rechnungen_Straub.zip")
    return m


@mail(57, "N", "de", "insurer-to-broker", "portal notification: new message waiting, no content")
def m57(n):
    m = new(n, NOREPLY, "d.kaya@hollerbach-kaya.example", "Neue Nachricht in Ihrem Portal-Postfach",
            dt(2026, 3, 9, 6, 45), headers=[("Auto-Submitted", "auto-generated")])
    return text(m, f"""Guten Tag,

in Ihrem Regnitz SecureMail-Portal liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://securemail.regnitz-versicherung.example an, um
die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese Benachrichtigung keine
Inhalte.

Dies ist eine automatisch versendete Benachrichtigung. Bitte antworten Sie nicht
auf diese E-Mail.

Regnitz Versicherungsgruppe
""", cte="quoted-printable")


@mail(58, "S", "mixed", "broker-to-insurer", "broker asks the international desk about birth cover for a named insured's pregnant wife; German and English")
def m58(n):
    m = new(n, KAY, "Regnitz International Health <expat@regnitz-versicherung.example>",
            "KV 7730 20415 Lloyd - Entbindung / maternity cover", dt(2026, 3, 13, 9, 2))
    return text(m, f"""Hallo liebes Expat-Team,

der Kunde schreibt nur Englisch, deshalb antworte ich ihm gern mit Ihrer Aussage
auf Englisch - Sie können also gern direkt auf Englisch antworten.

Versicherungsnehmer: Gareth Lloyd, KV 7730 20415, Tarif Expat Care Premium
Mitversicherte Person: Hannah Lloyd, seit 01.07.2025
Schwangerschaft, errechneter Termin 28.09.2026; Fehlgeburt 2025, daher engmaschige
Kontrollen (alle 2 Wochen) beim Gynäkologen.

Questions from the client:
1. Is the hospital delivery incl. private room and midwife covered? Does the
   8-month waiting period for maternity apply (start of cover 1 July 2025)?
2. Are first-trimester screening and the toxoplasmosis test reimbursed?
3. Newborn: can the baby be added without health questions within two months?

Vielen Dank und viele Grüße
Derya Kaya
Hollerbach & Kaya Versicherungsmakler GmbH
""")


@mail(59, "N", "de", "broker-to-customer", "broker's spring newsletter to all clients: e-bike theft, office hours; no personal data")
def m59(n):
    m = new(n, INFO, "undisclosed-recipients:;", "Frühjahrs-Info 2026: E-Bike, Unwetter, neue Bürozeiten",
            dt(2026, 3, 24, 10, 0), headers=[("Precedence", "bulk")])
    plain = """Liebe Kundinnen und Kunden,

der Frühling ist da - drei kurze Tipps von uns:

1. E-Bike und Fahrrad: Prüfen Sie, ob Ihr Rad in der Hausratversicherung gegen
   Diebstahl mitversichert ist und ob die Summe noch passt. Ein gutes E-Bike kostet
   schnell 4.000 EUR. Nachts im Keller oder in der Garage? Dann muss es meist
   abgeschlossen sein.
2. Unwetter: Starkregen ist nur über die Elementarversicherung gedeckt. Wir prüfen
   gern, ob Ihr Haus oder Ihre Wohnung dagegen versichert ist.
3. Neue Bürozeiten ab 1. April: Mo-Do 8:30-17:30, Fr 8:30-14:00.
   Termine außerhalb dieser Zeiten gern nach Absprache.

Ihr Team von Hollerbach & Kaya
Jörg Hollerbach, Derya Kaya, Tobias Wendel, Marlene Scholz und Finn Albrecht

Sie möchten diese Info nicht mehr erhalten? Kurze Antwort genügt.
"""
    h = """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
<p>Liebe Kundinnen und Kunden,</p>
<p>der Frühling ist da &ndash; drei kurze Tipps von uns:</p>
<ol>
<li><b>E-Bike und Fahrrad:</b> Prüfen Sie, ob Ihr Rad in der Hausratversicherung gegen Diebstahl mitversichert ist und ob die Summe noch passt. Ein gutes E-Bike kostet schnell 4.000&nbsp;&euro;. Nachts im Keller oder in der Garage? Dann muss es meist abgeschlossen sein.</li>
<li><b>Unwetter:</b> Starkregen ist nur über die Elementarversicherung gedeckt. Wir prüfen gern, ob Ihr Haus oder Ihre Wohnung dagegen versichert ist.</li>
<li><b>Neue Bürozeiten ab 1. April:</b> Mo&ndash;Do 8:30&ndash;17:30, Fr 8:30&ndash;14:00.</li>
</ol>
<p>Ihr Team von Hollerbach &amp; Kaya<br>Jörg Hollerbach, Derya Kaya, Tobias Wendel, Marlene Scholz und Finn Albrecht</p>
<p style="font-size:10px">Sie möchten diese Info nicht mehr erhalten? Kurze Antwort genügt.</p>
</body></html>
"""
    return alt(m, plain, h)


@mail(60, "N", "de", "internal", "trap: data-protection training quiz about health data in e-mail, no real person")
def m60(n):
    m = new(n, HOL, TEAM, "Datenschutz-Unterweisung 2026 - Quiz bis 31.03. ausfüllen", dt(2026, 3, 16, 8, 5))
    return text(m, f"""Hallo zusammen,

die jährliche Datenschutz-Unterweisung steht an. Bitte beantwortet die Fragen unten
(einfach in die Antwort schreiben) bis 31.03. Wer alles richtig hat, kriegt ein Eis.

1. Eine Kundin schickt ihren Arztbrief (Diagnose Brustkrebs) unverschlüsselt per
   Mail an info@. Darf Marlene ihn per normaler Mail an den Versicherer weiterleiten?
2. Ist "Herr X hat eine BU-Versicherung bei uns" schon ein Gesundheitsdatum?
3. Was ist an einer Krankentagegeld-Rechnung besonders schützenswert: die IBAN, die
   Diagnose oder beides?
4. Dürfen Gesundheitsfragebögen im Altpapier landen, wenn sie geschwärzt sind?
5. Wie lange bewahren wir Beratungsprotokolle auf?

Auflösung gibt's in der Teambesprechung am 2.4.

Jörg
(Datenschutzkoordinator, zumindest auf dem Papier)
""")


@mail(61, "N", "de", "insurer-to-broker", "trap: aggregated portfolio statistics of the broker firm (counts, loss ratios) as ODS, no customer")
def m61(n):
    m = new(n, DIT, HOL, "Ihre Bestandsauswertung 2025", dt(2026, 2, 18, 16, 20))
    text(m, """Hallo Herr Hollerbach,

wie jedes Jahr die Auswertung Ihres Bestands bei uns zum Jahresgespräch am 4.3.
Alles nur Summen, Details gern im Gespräch.

Kurz: Kranken wächst stark, Kfz-Schadenquote ist leider gestiegen.

Viele Grüße
Sven Dittrich
""")
    attach(m, ods([
        ["Sparte", "Verträge 31.12.2024", "Verträge 31.12.2025", "Beitrag 2025 EUR", "Schadenquote 2025"],
        ["Kfz", 412, 455, 298410, "78,2 %"],
        ["Privathaftpflicht", 688, 702, 49140, "31,5 %"],
        ["Hausrat", 521, 540, 65880, "44,0 %"],
        ["Wohngebäude", 143, 151, 172290, "91,7 %"],
        ["Krankenvoll", 58, 71, 402360, "n. a."],
        ["Kranken Zusatz/Zahn", 284, 352, 118410, "n. a."],
        ["Pflegetagegeld", 46, 63, 31240, "n. a."],
        ["Leben/BU", 197, 214, 388920, "n. a."],
        ["Rechtsschutz", 232, 240, 71280, "58,9 %"],
        ["Gewerbe", 37, 44, 96110, "35,3 %"],
    ], sheet="Bestand 2025"), "d51-Bestandsauswertung_2025_48-1107.ods")
    return m


@mail(62, "S", "de", "broker-to-insurer", "care allowance claim with care level notice for a named insured; notice only in the PDF")
def m62(n):
    m = new(n, KAY, LKV, "Leistungsantrag Pflegetagegeld PT 118 2044", dt(2026, 1, 30, 11, 58))
    text(m, f"""Sehr geehrte Damen und Herren,

im Auftrag unserer Kundin beantragen wir Leistungen aus dem oben genannten
Pflegetagegeldvertrag. Der Bescheid der Pflegekasse liegt bei.

Die Zahlung bitte auf das Konto der Versicherungsnehmerin wie im Vertrag
hinterlegt.

{SIG_KAY}
""")
    attach(m, pdf([
        "#AOK Bayern - Die Gesundheitskasse, Pflegekasse",
        "Direktion Bamberg, Heinrichsdamm 9",
        "",
        "Frau Hildegard Reuther, Wunderburg 14, 96050 Bamberg",
        "",
        "#Bescheid über die Feststellung der Pflegebedürftigkeit",
        "Bamberg, 08.01.2026",
        "",
        "Sehr geehrte Frau Reuther,",
        "aufgrund des Gutachtens des Medizinischen Dienstes Bayern vom 26.11.2025",
        "stellen wir ab dem 01.12.2025 den Pflegegrad 3 fest (Gesamtpunktwert 58,75).",
        "",
        "Ergebnisse nach Modulen: Mobilität 7,5 / Kognitive und kommunikative Fähigkeiten",
        "15 (mittelschwere Demenz vom Alzheimer-Typ) / Selbstversorgung 20 / Umgang mit",
        "krankheitsbedingten Anforderungen 5 / Gestaltung des Alltagslebens 11,25.",
        "",
        "Sie erhalten Pflegegeld in Höhe von 599 EUR monatlich.",
        "Empfehlungen: Rollator, Hausnotruf, Tagespflege zweimal wöchentlich.",
        "",
        "Mit freundlichen Grüßen, Ihre Pflegekasse",
    ], title="Bescheid Pflegegrad"), "d51-Bescheid_Pflegegrad_Reuther.pdf")
    return m


@mail(63, "N", "mixed", "internal", "English translation of the broker's first-information notice, organisational")
def m63(n):
    m = new(n, WEN, HOL, "Erstinformation auf Englisch - passt das so?", dt(2026, 4, 1, 14, 25))
    return text(m, """Jörg,

wir haben inzwischen so viele Expats (Fenwick, Uni, Brose), ich hab die
Erstinformation mal übersetzt. Kannst du den rechtlichen Teil checken? Vor allem
"Beschwerdestellen" bin ich unsicher.

---
Initial information according to Section 15 VersVermV

Hollerbach & Kaya Versicherungsmakler GmbH, Lange Strasse 41, 96047 Bamberg
Managing directors: Jörg Hollerbach, Derya Kaya
Status: insurance broker with permission under Section 34d (1) GewO, issued by
IHK für Oberfranken Bayreuth, Bahnhofstraße 25, 95444 Bayreuth.
Register no.: D-4TQ2-H81ZA-33 (www.vermittlerregister.info)
Shareholdings: we hold no shares in any insurance company and no insurance company
holds shares in our firm.
Complaints: Versicherungsombudsmann e.V., Postfach 08 06 32, 10006 Berlin;
Ombudsmann Private Kranken- und Pflegeversicherung, Postfach 06 02 22, 10052 Berlin.
Remuneration: we are paid by commission included in the premium.
---

Danke!
Tobias
""")


@mail(64, "S", "de", "customer-to-broker", "son's broken arm skiing in Austria, hospital bill for travel health insurance, own words")
def m64(n):
    m = new(n, "Martina Eichhorn <martina.eichhorn@posteingang.example>", "info@hollerbach-kaya.example",
            "Skiunfall Lukas - Rechnung aus Österreich", dt(2026, 2, 22, 20, 14))
    return text(m, """Hallo Frau Scholz,

wir sind seit gestern wieder da. Leider hat sich Lukas (11) am Mittwoch in Saalbach
beim Skifahren den Unterarm gebrochen (beide Knochen, distal), er wurde im
Krankenhaus Zell am See operiert und hat jetzt 2 Drähte drin und einen Gips für
6 Wochen.

Das Krankenhaus hat uns eine Rechnung über 4.870,30 EUR mitgegeben, die e-card
haben sie nicht genommen, weil Privatklinik-Abteilung. Dann noch der
Hubschrauber vom Berg runter, da kommt die Rechnung noch.

Wir haben doch die Auslandsreisekrankenversicherung über Sie (Familientarif,
Regnitz). Und zahlt eigentlich auch die Kinderunfallversicherung was?

Schicke ich die Rechnung im Original an Sie oder an Regnitz?

Viele Grüße
Martina Eichhorn
""", charset="iso-8859-1", cte="quoted-printable")


@mail(65, "S", "de", "insurer-to-customer", "annual statement of a named customer's private pension policy (life line) with values in the PDF")
def m65(n):
    m = new(n, f"Regnitz Lebensversicherung <leben-service@{RV}>", "Thomas Bergmann <t.bergmann@kabelpost.example>",
            "Ihre jährliche Mitteilung zur Rentenversicherung RV 55 41 0277", dt(2026, 1, 16, 5, 30),
            cc="j.hollerbach@hollerbach-kaya.example")
    text(m, """Sehr geehrter Herr Bergmann,

Sie haben der elektronischen Zustellung zugestimmt. Anbei erhalten Sie Ihre
jährliche Mitteilung nach § 155 VVG zum Stand 01.01.2026.

Mit freundlichen Grüßen
Regnitz Lebensversicherung AG
""")
    attach(m, pdf([
        "#Regnitz Lebensversicherung AG",
        "#Jährliche Mitteilung zu Ihrer Rentenversicherung",
        "",
        "Versicherungsnehmer und versicherte Person: Thomas Bergmann, geb. 09.10.1983",
        "Vertrag: RV 55 41 0277, Tarif FlexRente Invest, Beginn 01.12.2014",
        "Rentenbeginn: 01.12.2050",
        "",
        "Gezahlte Beiträge bis 31.12.2025: 16.800,00 EUR",
        "Vertragsguthaben am 01.01.2026: 21.482,17 EUR",
        "Rückkaufswert: 20.911,40 EUR",
        "Garantierte Monatsrente ab 2050: 187,22 EUR",
        "Mögliche Monatsrente bei 3 % Wertentwicklung: 412,80 EUR",
        "",
        "Bezugsberechtigt im Todesfall: Carina Bergmann (Ehefrau), widerruflich",
    ], title="Jaehrliche Mitteilung RV 55 41 0277"), "d51-Mitteilung_2026_RV55410277.pdf")
    return m


@mail(66, "C", "en", "broker-to-customer", "commercial policy of a sole trader issued: policy number, premium, masked IBAN")
def m66(n):
    m = new(n, WEN, "Chloe Barrett <chloe@flatwhite-bamberg.example>", "Your business insurance is in place",
            dt(2026, 3, 20, 12, 12))
    return text(m, """Hi Chloe,

all done - Regnitz has issued your policy:

Policy no.: GK 80 0012 774 (Gewerbe-Kompakt)
Policyholder: Chloe Barrett, trading as Flat White Bamberg, Sandstraße 14
Start: 1 May 2026
Cover: public & product liability EUR 5m, contents EUR 80,000 incl. business
interruption (12 months), glass (shop window) included
Premium: EUR 1,146.32 per year incl. 19% insurance tax, paid quarterly by direct
debit from your account DE02 **** **** **** **00 35

The documents will arrive by post next week. Keep the green "Sicherungsschein" page
for your landlord.

Fingers crossed for the opening!
Tobias
""")


@mail(67, "S", "de", "internal", "accident insurance claim: named customer fell off a ladder and broke his wrist")
def m67(n):
    m = new(n, SCH, WEN, "Unfall Herr Zenk - Unfallversicherung", dt(2026, 4, 14, 10, 40))
    return text(m, """Tobias,

Herr Zenk (der mit der Schreinerei in Strullendorf) hat angerufen: ist am Samstag
beim Dachrinne-Putzen von der Leiter gefallen, Handgelenk links gebrochen
(distale Radiusfraktur), wurde im Klinikum verplattet. Er ist Linkshänder und
fällt in der Werkstatt mindestens 8 Wochen aus.

Er hat bei uns die private Unfall bei Regnitz (UV 90 2231 415, mit Krankenhaustagegeld
und Gipsgeld). Ich hab die Unfallanzeige rausgeschickt. Wegen Invalidität müssen
wir später schauen, das kann ja dauern.

Die Betriebsunterbrechung läuft über die Gewerbeversicherung? Glaube nicht, oder?
Kannst du ihn da anrufen?

Marlene
""")


@mail(68, "C", "de", "insurer-to-broker", "motor premium downgrade after a claim for a named policyholder, new premium")
def m68(n):
    m = new(n, f"Regnitz Kfz-Vertrag <kfz-vertrag@{RV}>", WEN,
            "Rückstufung SF-Klasse KF 40 2219 873 (Eberlein)", dt(2026, 5, 6, 9, 5))
    return text(m, f"""Sehr geehrter Herr Wendel,

aufgrund der Regulierung des Haftpflichtschadens 26-KH-0041187 (Schadenaufwand
2.914,60 EUR) wird der Vertrag Ihres Kunden Markus Eberlein zur nächsten
Hauptfälligkeit zurückgestuft:

KH: SF 9 -> SF 4
Beitrag ab 01.01.2027 voraussichtlich 734,80 EUR statt 521,10 EUR.

Der Kunde kann den Schaden innerhalb von 6 Monaten nach Mitteilung der
Schadenhöhe selbst zurückzahlen (Rückkauf), dann bleibt die Einstufung erhalten.
Eine gesonderte Mitteilung an den Kunden erfolgt.

Mit freundlichen Grüßen
Regnitz Allgemeine Versicherung AG, Vertrag Kfz

{SIG_RV}
""")


@mail(69, "S", "de", "broker-to-customer", "answer to a named customer on cover for her implant (tooth 36) and tariff benefits")
def m69(n):
    m = new(n, KAY, "Brigitte Neubauer <b.neubauer@kabelpost.example>", "AW: Plan vom Zahnarzt",
            dt(2026, 1, 16, 15, 3), headers=[("In-Reply-To", "<d51-0004.20260113100500@kabelpost.example>")])
    return text(m, f"""Liebe Frau Neubauer,

gute Nachricht: Regnitz hat den Heil- und Kostenplan geprüft und sagt für das
Implantat regio 36 mit Krone eine Erstattung von 90 % der erstattungsfähigen
Kosten zu, also rund 2.077 EUR von 2.308,52 EUR. Ihre Zahnzusatz Z90 läuft seit
2019, die Zahnstaffel spielt damit keine Rolle mehr.

Zwei Dinge:
- Die Extraktion vom 09.01. reichen Sie bitte auch ein, die ist mitversichert.
- Die Rechnung des Zahnarztes später einfach fotografieren und mir schicken.

Alles Gute für die Behandlung!

{SIG_KAY}

-----Ursprüngliche Nachricht-----
Von: Brigitte Neubauer <b.neubauer@kabelpost.example>
Gesendet: Dienstag, 13. Januar 2026 10:05
Betreff: Plan vom Zahnarzt

anbei das was mir der Zahnarzt mitgegeben hat. Zahlt das meine Zusatzversicherung
bei Ihnen? Er will im Februar anfangen.
""", cte="quoted-printable")


@mail(70, "N", "de", "supplier-to-broker", "trap: telephone system invoice to the broker GmbH with the company's own IBAN and amounts")
def m70(n):
    m = new(n, "Frankenphone Business <rechnung@frankenphone.example>", "buchhaltung@hollerbach-kaya.example",
            "Ihre Rechnung 2026-02 Kundennr. 7100882", dt(2026, 2, 3, 3, 14),
            headers=[("Auto-Submitted", "auto-generated")])
    return text(m, """Sehr geehrte Damen und Herren,

Ihre Rechnung für Februar 2026 steht im Kundenportal bereit.

Kunde: Hollerbach & Kaya Versicherungsmakler GmbH, Kundennr. 7100882
Rechnungsnummer: R-2026-02-448190
Cloud-Telefonanlage 6 Nebenstellen      89,40 EUR
Glasfaser Business 500                  74,90 EUR
Summe netto                            164,30 EUR
USt 19 %                                31,22 EUR
Rechnungsbetrag                        195,52 EUR

Der Betrag wird am 12.02.2026 vom Konto DE16 7706 0100 0000 6325 08
(Hollerbach & Kaya Versicherungsmakler GmbH) abgebucht.
Gläubiger-ID DE98ZZZ00000912345, Mandatsreferenz FP-7100882-01.

Frankenphone Business GmbH, Nürnberg
""")


@mail(71, "N", "en", "newsletter", "insurtech webinar invitation about cyber cover for small firms, no personal data")
def m71(n):
    m = new(n, "CyberShield Academy <events@cybershield-academy.example>", "t.wendel@hollerbach-kaya.example",
            "Webinar: Selling cyber insurance to small businesses (12 May)", dt(2026, 4, 27, 16, 0),
            headers=[("Precedence", "bulk")])
    return html(m, """<html><body style="font-family:Arial,sans-serif">
<h2>Selling cyber insurance to small businesses</h2>
<p>Live webinar for brokers &middot; Tuesday, 12 May 2026 &middot; 14:00-15:00 CEST &middot; in English</p>
<p>Ransomware, phishing, fake invoices: small firms are targeted every day, but fewer than 20&nbsp;% have cyber cover.
In this session you will learn:</p>
<ul>
<li>the five questions every underwriter asks (MFA, backups, patching, EDR, training)</li>
<li>how to explain first-party vs. third-party cover in two minutes</li>
<li>real (anonymised) claims: a dental practice, a bakery chain, a tax advisor</li>
</ul>
<p><a href="https://cybershield-academy.example/webinar/0512">Register here</a> &ndash; free of charge, certificate for 1 CPD hour.</p>
<p style="font-size:11px;color:#999">CyberShield Academy B.V., Amsterdam. You are receiving this because you attended one of our events.</p>
</body></html>
""")


@mail(72, "C", "en", "customer-to-broker", "bike theft report: police report number, frame number and address of a named customer")
def m72(n):
    m = new(n, "Gareth Lloyd <gareth.lloyd@lloyd-family.example>", "t.wendel@hollerbach-kaya.example",
            "Bike stolen from basement :(", dt(2026, 4, 20, 8, 3))
    return text(m, """Morning Tobias,

someone broke into our basement storage at Obere Königstraße 19 over the weekend
and took my bike, even though it was locked to the pipe with a D-lock (lock cut).
Two other tenants lost bikes too.

Police report done yesterday, reference BA-2026-041933.
Bike: Cube Kathmandu Hybrid, black/grey, frame no. WCU22K0481172, bought in
May 2024 at Zweirad Stenger for EUR 2,349 - I have the receipt.

Is this covered under the household policy? Do you need anything else?

Cheers,
Gareth
""")


@mail(73, "S", "de", "insurer-to-broker", "disability benefit follow-up review of a named customer with depression diagnosis and therapy")
def m73(n):
    m = new(n, f"Dr. Carsten Vogt <carsten.vogt@{RV}>", HOL,
            "BU-Leistungsfall 2023-BU-0418 / Nachprüfung Heinlein", dt(2026, 5, 18, 14, 27))
    return text(m, f"""Sehr geehrter Herr Hollerbach,

im Leistungsfall Ihrer Kundin Frau Carola Heinlein (BU-Rente 1.400 EUR monatlich,
anerkannt seit 01.09.2023 wegen rezidivierender depressiver Störung, ICD-10 F33.2)
leiten wir turnusgemäß das Nachprüfungsverfahren ein.

Wir benötigen:
- aktuellen Befundbericht der behandelnden Psychiaterin Dr. Amrhein
- Angaben zur laufenden Psychotherapie (Stundenzahl, Verfahren)
- Auskunft über eine zwischenzeitliche berufliche Tätigkeit (Wiedereingliederung?)

Die Formulare gehen heute per Post an Frau Heinlein. Die Rentenzahlung läuft
während der Nachprüfung unverändert weiter. Für Rückfragen Ihrer Kundin stehe ich
gern zur Verfügung.

Mit freundlichen Grüßen
Dr. Carsten Vogt
Leistungsprüfung Berufsunfähigkeit, Regnitz Lebensversicherung AG

{SIG_RV}
""", cte="quoted-printable")


@mail(74, "N", "en", "insurer-to-broker", "trap: anonymised KPI report of the expat health portfolio with diagnosis groups and claims ratio")
def m74(n):
    m = new(n, "Regnitz International Health <expat@regnitz-versicherung.example>", "d.kaya@hollerbach-kaya.example",
            "Q1 2026 Expat Care - partner KPI summary", dt(2026, 4, 30, 13, 0))
    return text(m, """Dear partner,

please find below the quarterly KPI summary for Expat Care business placed by your
agency (agency no. 48-1107). All figures are aggregated; groups with fewer than
5 insured persons are shown as "<5".

Insured persons at 31 March 2026: 37 (Q4 2025: 31)
Gross written premium Q1: EUR 26,840
Claims paid Q1: EUR 14,215 (claims ratio 53 %)

Claims by category (share of amount):
- outpatient / GP and specialists: 38 %
- dental: 21 %
- maternity: <5 cases
- hospital: 19 %
- medication: 13 %
- other (physio, vision): 9 %

Average processing time: 4.2 working days.

Best regards,
Regnitz International Health - Partner Management
""")


@mail(75, "S", "de", "customer-to-broker", "elderly customer wants to cancel hospital supplementary insurance because his wife with dementia moves into a care home")
def m75(n):
    m = new(n, "Erich Hümmer <e.huemmer@t-mail.example>", "info@hollerbach-kaya.example",
            "Kündigung Zusatzversicherung meiner Frau", dt(2026, 5, 26, 10, 48))
    return text(m, """Sehr geehrte Damen und Herren,

meine Frau Gerda Hümmer (geb. 1944) kommt ab Juni in das Seniorenheim St. Otto, weil
es mit der Demenz zuhause nicht mehr geht. Sie hat Pflegegrad 4. Ich möchte deshalb
ihre Zusatzversicherung für das Krankenhaus (Zweibettzimmer) bei der Regnitz
kündigen, sie wird ja eh nicht mehr operiert werden, sagt der Hausarzt.

Meine eigene soll bleiben.

Bitte teilen Sie mir mit, was ich unterschreiben muss. Ich habe keinen Drucker, am
besten schicken Sie es mit der Post.

Mit freundlichen Grüßen
Erich Hümmer
Kunigundendamm 40, 96050 Bamberg
""", charset="iso-8859-1", cte="8bit")


# =========================================================================== mails 76-110

@mail(76, "N", "de", "insurer-to-broker", "trap: notice that doctors' bills can be submitted via app, GOÄ/GOZ words, no person")
def m76(n):
    m = new(n, MAKSERV, "info@hollerbach-kaya.example", "Info: Rechnungs-App Regnitz Gesundheit jetzt auch für Zusatztarife",
            dt(2026, 3, 17, 9, 0))
    return text(m, f"""Sehr geehrte Vertriebspartner,

ab sofort können auch Kundinnen und Kunden mit Zusatztarifen (Zahn, Stationär,
Ambulant) Arzt-, Zahnarzt- und Heilpraktikerrechnungen, Rezepte und Heil- und
Kostenpläne über die App "Regnitz Gesundheit" einreichen.

Vorteile für Ihre Kunden: Erstattung im Schnitt in 3 Tagen, Status jederzeit
sichtbar, keine Originale mehr nötig (Aufbewahrung 3 Jahre).

Für Sie als Makler: Eingereichte Rechnungen Ihrer Kunden sehen Sie NICHT im
Maklerportal - Gesundheitsdaten bleiben beim Kunden und bei uns. Die
Leistungsabrechnung erhalten Sie nur mit Schweigepflichtentbindung des Kunden.

Flyer zum Ausdrucken finden Sie im Maklerportal unter Downloads > Kranken.

Ihr Regnitz Maklerservice
""")


@mail(77, "S", "mixed", "customer-to-broker", "customer forwards insurer's German letter on his wife's prenatal screening bill and asks in English")
def m77(n):
    m = new(n, "Gareth Lloyd <gareth.lloyd@lloyd-family.example>", "d.kaya@hollerbach-kaya.example",
            "Fwd: Leistungsabrechnung - what does this mean?", dt(2026, 5, 8, 21, 16))
    return text(m, """Hi Derya,

sorry to bother you again - we got this letter from Regnitz about Hannah's
screening and I don't understand why they only paid part of it. Google Translate
says something about "medically necessary"? Could you explain?

Thanks,
Gareth

---------- Forwarded message ---------
Von: Regnitz Krankenversicherung <leistung-kranken@regnitz-versicherung.example>
Datum: Do., 7. Mai 2026 um 14:02
Betreff: Leistungsabrechnung KV 7730 20415

Sehr geehrter Herr Lloyd,

für die versicherte Person Hannah Lloyd haben wir die Rechnung der
Frauenarztpraxis Dr. Schmitt-Wallner vom 22.04.2026 über 312,44 EUR geprüft.

Erstattet: 198,20 EUR (Ultraschall nach GOÄ 415, Schwangerschaftsvorsorge,
Toxoplasmose-Antikörper GOÄ 4461)
Nicht erstattet: 114,24 EUR für das Ersttrimester-Screening (Nackenfaltenmessung,
PAPP-A/freies beta-hCG), da keine medizinische Indikation angegeben ist. Bei
Vorliegen eines erhöhten Risikos (z. B. nach vorausgegangener Fehlgeburt) prüfen
wir gern erneut, wenn uns die Indikation ärztlich bestätigt wird.

Mit freundlichen Grüßen
Regnitz Krankenversicherung AG
""")


@mail(78, "S", "de", "insurer-to-broker", "premium arrears in a named customer's private health insurance (health contract, no medical word)")
def m78(n):
    m = new(n, f"Regnitz Beitragsservice Kranken <beitrag-kranken@{RV}>", KAY,
            "Beitragsrückstand KV 7730 15530 - Information an Vermittler", dt(2026, 4, 2, 8, 17))
    return text(m, f"""Sehr geehrte Frau Kaya,

zur Information: Für den Krankheitskostenvertrag KV 7730 15530 Ihres Kunden
Herrn Ralf Sperber, selbstständiger Fotograf, besteht ein Beitragsrückstand von
2.184,60 EUR (Beiträge Januar bis März 2026 zzgl. Säumniszuschlag).

Nach § 193 Abs. 6 VVG haben wir den Kunden gemahnt. Wird der Rückstand nicht
innerhalb von zwei Monaten ausgeglichen, ruht der Vertrag und wird im Notlagentarif
fortgeführt.

Vielleicht können Sie mit Herrn Sperber sprechen - eine Ratenzahlung ist möglich.

Mit freundlichen Grüßen
Regnitz Krankenversicherung AG, Beitragsservice

{SIG_RV}
""", charset="windows-1252", cte="quoted-printable")


@mail(79, "N", "de", "internal", "summer holiday planning, names and dates only")
def m79(n):
    m = new(n, SCH, TEAM, "Urlaubsplanung Sommer 2026 - bitte eintragen", dt(2026, 3, 2, 9, 10))
    return text(m, """Hallo zusammen,

die Urlaubsliste für Juni bis September hängt ab heute an der Küchentür (und liegt
im Laufwerk unter Orga/Urlaub_2026.xlsx). Bitte bis 20.03. eintragen.

Regel wie immer: max. 2 Leute gleichzeitig weg, einer aus Kfz/Sach muss da sein,
in den Pfingstferien hat Derya Vorrang (Kinder).

Bisher:
- Jörg: 03.08.-21.08.
- Tobias: 25.05.-05.06.
- ich: 07.09.-18.09.

Marlene
""", charset="iso-8859-1", cte="quoted-printable")


@mail(80, "C", "de", "broker-to-insurer", "glass breakage claim (ceramic hob) of a named customer with policy number and address")
def m80(n):
    m = new(n, SCH, "Ralf Haas <ralf.haas@regnitz-versicherung.example>", "Glasbruch GL 33 0045 519 / Sauer-Lindner",
            dt(2026, 4, 21, 11, 20))
    return text(m, f"""Hallo Herr Haas,

neuer Glasschaden für unsere Kundin Frau Petra Sauer-Lindner, Gartenstadt 19,
96049 Bamberg, Vertrag GL 33 0045 519:

Ceranfeld (Siemens, ca. 6 Jahre alt) ist am 18.04. gesprungen, als ein Topfdeckel
runtergefallen ist. Kostenvoranschlag Elektro Kestler: 689,00 EUR inkl. Einbau.

Können wir den Auftrag freigeben? Fotos hängen im Portal an der Schadenmeldung.

{SIG_SCH}
""")


@mail(81, "C", "en", "broker-to-customer", "additional driver with birth date and licence date added to a named customer's car policy")
def m81(n):
    m = new(n, WEN, "Priya Raman <priya.raman@fenwick-analytics.example>", "Arjun added as driver",
            dt(2026, 5, 11, 10, 2))
    return text(m, """Hi Priya,

done - Regnitz has added Arjun as an additional driver to your car policy
KF 40 2207 431 (Mazda CX-30, BA-PR 808) from today:

Arjun Mehta, born 3 November 1989, driving licence (Indian licence converted)
since 14 January 2026.

Because his German licence is new, the premium goes up by EUR 96.50 per year
(pro rata for 2026: EUR 62.40, charged on the next debit). If he drives only
occasionally, that's still cheaper than the "any driver" option.

Cheers,
Tobias
""")


@mail(82, "C", "de", "customer-to-broker", "tenant's water damage in the flat, household claim, in the customer's own words")
def m82(n):
    m = new(n, "Dominik Wiesner <d.wiesner@netmail.example>", "schaden@hollerbach-kaya.example",
            "Wasserschaden!!", dt(2026, 6, 3, 6, 52), headers=[("X-Mailer", "iPhone Mail (22F76)")])
    return text(m, """Hallo,

bei mir ist heute Nacht der Schlauch von der Spülmaschine geplatzt, die Küche stand
unter Wasser, das Laminat im Flur und Wohnzimmer ist aufgequollen, der Unterschrank
ist hin. Unten beim Nachbarn tropft es von der Decke.

Hausrat und Haftpflicht hab ich bei euch über Regnitz. Die Hausverwaltung
(Wohnbau Hallstadt, ja die schon wieder...) weiß Bescheid und schickt einen
Trocknungsdienst.

Was muss ich machen? Fotos hab ich.

Dominik Wiesner
Emil-Kemmer-Str. 8, Hallstadt

Von meinem iPhone gesendet""")


@mail(83, "N", "de", "internal", "trap: anonymised age-band statistics of dental supplementary customers for an ad campaign")
def m83(n):
    m = new(n, ALB, KAY, "AW: Zahlen für die Zahnzusatz-Aktion", dt(2026, 4, 29, 15, 44))
    return text(m, f"""Hallo Derya,

hier die Auswertung aus dem MVP wie gewünscht, nur Anzahl pro Altersgruppe, keine
Namen (Stand 28.04.):

Zahnzusatz-Verträge gesamt: 352
  unter 20:   41
  20-29:      58
  30-39:      87
  40-49:      79
  50-59:      55
  60+:        32

Durchschnittsbeitrag: 24,60 EUR/Monat
Anteil mit Implantat-Leistung in den letzten 2 Jahren: ca. 11 %
Häufigste Einreichung: professionelle Zahnreinigung

Für den Flyer würde ich schreiben "Über 350 Familien in Bamberg vertrauen uns beim
Zahnschutz". Passt das?

{SIG_ALB}

> Finn, kannst du mir bis Donnerstag zählen, wie viele Zahnzusatz wir haben, nach
> Alter? Nur Zahlen, keine Namen, ist für die Aktion im Mai. D.
""")


@mail(84, "N", "de", "insurer-to-broker", "personnel notice: broker manager on parental leave, substitute named")
def m84(n):
    m = new(n, DIT, "j.hollerbach@hollerbach-kaya.example", "Vertretung ab 1. Juni", dt(2026, 5, 20, 17, 30))
    return text(m, f"""Hallo Herr Hollerbach,

kurze Info in eigener Sache: ich bin vom 1. Juni bis 31. August in Elternzeit.
Meine Vertretung übernimmt Frau Jana Sommer (jana.sommer@regnitz-versicherung.example,
0951 9330-4415), die Sie ja vom Maklerforum kennen. Laufende Themen habe ich
übergeben, auch die Bestandsübertragung Sauer.

Danke für die gute Zusammenarbeit - bis September!

Sven Dittrich
""")


@mail(85, "C", "de", "broker-to-insurer", "legal-expenses request for a named customer's dismissal with salary figure")
def m85(n):
    m = new(n, SCH, BREN, "Deckungsanfrage Arbeitsrecht RS 70 2210 874 / Sauer-Lindner", dt(2026, 5, 5, 13, 13))
    return text(m, f"""Sehr geehrte Frau Brenner,

unsere Kundin Frau Petra Sauer-Lindner hat am 28.04.2026 die ordentliche
Kündigung ihres Arbeitgebers (Autohaus Brehm GmbH, Bamberg, beschäftigt seit
2011 als Buchhalterin, Bruttogehalt 3.850 EUR monatlich) zum 30.09.2026 erhalten,
betriebsbedingt begründet.

Sie möchte Kündigungsschutzklage erheben (Frist 19.05.2026) und hat Rechtsanwalt
Ott (Kanzlei Ott & Mayer) beauftragt. Wir bitten um Deckungszusage für die erste
Instanz aus dem Vertrag RS 70 2210 874 (Privat, Beruf, Verkehr, SB 150 EUR).

Kündigungsschreiben und Arbeitsvertrag reicht die Kanzlei direkt ein.

{SIG_SCH}
""", cte="quoted-printable")


@mail(86, "C", "de", "insurer-to-broker", "motor contract cancelled after sale of a named customer's car, refund")
def m86(n):
    m = new(n, f"Regnitz Kfz-Vertrag <kfz-vertrag@{RV}>", WEN,
            "Vertragsbeendigung KF 40 2112 908 - Veräußerung", dt(2026, 6, 9, 10, 26))
    return text(m, f"""Sehr geehrter Herr Wendel,

der Vertrag KF 40 2112 908 Ihres Kunden Kevin Straub (BMW 118i, BA-KS 94) endet
wegen Veräußerung des Fahrzeugs am 30.05.2026. Der nicht verbrauchte Beitrag von
301,25 EUR wird auf das hinterlegte Konto erstattet.

Die SF-Klasse (SF 7) wird für sieben Jahre vorgemerkt und kann auf ein neues
Fahrzeug übertragen werden.

Mit freundlichen Grüßen
Regnitz Allgemeine Versicherung AG, Vertrag Kfz
""", cte="8bit")


@mail(87, "S", "de", "broker-to-insurer", "child's forearm fracture: foreign hospital bill submitted for travel health and child accident insurance; bill in the PDF")
def m87(n):
    m = new(n, SCH, LKV, "Auslandsreise-KV RK 81 0033 907 / Eichhorn, Lukas - Rechnung Österreich",
            dt(2026, 2, 24, 10, 33), cc="leistung-unfall@regnitz-versicherung.example")
    text(m, f"""Sehr geehrte Damen und Herren,

anbei die Rechnung des Tauernklinikums Zell am See für das mitversicherte Kind
Lukas Eichhorn aus der Familien-Auslandsreisekrankenversicherung RK 81 0033 907
(VN Martina Eichhorn). Die Rechnung der Flugrettung folgt.

Gleichzeitig melden wir den Unfall für die Kinderunfallversicherung KU 90 1120 384
(in Kopie an die Unfallabteilung).

{SIG_SCH}
""")
    attach(m, pdf([
        "#Tauernklinikum Zell am See - Sonderklasse",
        "Paracelsusstraße 8, 5700 Zell am See, Österreich",
        "",
        "Rechnung Nr. TKZ-26-004471  vom 20.02.2026",
        "Patient: Lukas Eichhorn, geb. 14.09.2014, Deutschland",
        "Aufenthalt: 18.02.2026 - 20.02.2026 (2 Belagstage)",
        "Diagnose: S52.6 distale Unterarmfraktur links (Radius und Ulna), Skiunfall",
        "Leistungen: Röntgen, geschlossene Reposition, Kirschnerdraht-Osteosynthese",
        "in Allgemeinanästhesie, Oberarmgips",
        "",
        "Pflegegebühr Sonderklasse 2 Tage                     1.240,00 EUR",
        "Operation / Anästhesie                               2.985,30 EUR",
        "Röntgen / Labor                                         410,00 EUR",
        "Arzthonorar                                             235,00 EUR",
        "Gesamt                                                4.870,30 EUR",
    ], title="Rechnung TKZ-26-004471"), "d51-Rechnung_Tauernklinikum_Eichhorn.pdf")
    return m


@mail(88, "N", "de", "insurer-to-broker", "trap: claims department tips on common mistakes when submitting doctors' bills, no person")
def m88(n):
    m = new(n, f"Regnitz Leistung Kranken <leistung-kranken@{RV}>", "info@hollerbach-kaya.example",
            "Tipps für Ihre Kunden: Rechnungen richtig einreichen", dt(2026, 5, 14, 11, 30))
    return text(m, """Sehr geehrte Vertriebspartner,

viele Rückfragen entstehen durch unvollständige Unterlagen. Bitte weisen Sie Ihre
Kunden auf Folgendes hin:

- Arztrechnungen müssen Diagnose (Klartext oder ICD-10), Datum und GOÄ-Ziffern
  enthalten. Rechnungen ohne Diagnose können wir nicht erstatten.
- Bei Heilmitteln (Physiotherapie, Logopädie) bitte die Verordnung beilegen.
- Bei Hilfsmitteln über 250 EUR (z. B. Hörgeräte, Orthesen) vorher Kostenzusage
  einholen.
- Für Zahnersatz über 2.000 EUR bitte vor Behandlungsbeginn einen Heil- und
  Kostenplan einreichen.
- Rezepte: Name des Medikaments und Pharmazentralnummer müssen lesbar sein.

Danke für Ihre Unterstützung!
Regnitz Krankenversicherung AG
""")


@mail(89, "C", "de", "customer-to-broker", "rent deposit guarantee application with employer, net income and birth date")
def m89(n):
    m = new(n, "Jonas Berger <jonas.berger@studmail.example>", "t.wendel@hollerbach-kaya.example",
            "Mietkautionsbürgschaft", dt(2026, 2, 14, 13, 8))
    return text(m, """Hallo Herr Wendel,

Lea meinte, Sie können auch diese Kautionsbürgschaft machen statt Bargeld. Der
Vermieter will 3 Kaltmieten = 2.340 EUR. Daten:

Jonas Berger, geb. 14.03.1998
jetzt noch: Am Kranen 3, 96047 Bamberg, ab 01.03. Heiliggrabstraße 31
Arbeitgeber: Bosch Bamberg, unbefristet seit 09/2023, Netto ca. 2.780 EUR
Vermieter: Gertrud Hofmann, Schillerplatz 6, Bamberg

Geht das bis Ende Februar noch?

Grüße
Jonas
""", flowed=True)


@mail(90, "C", "de", "internal", "no-claims transfer from grandmother to grandson: names, birth dates, policy numbers")
def m90(n):
    m = new(n, WEN, SCH, "SF-Übertragung Oma -> Lukas Dorsch", dt(2026, 4, 10, 11, 47))
    return text(m, """Marlene, kannst du das Formular vorbereiten?

Abgebende: Irmgard Dorsch, geb. 21.05.1941, Seehofstr. 4a, Memmelsdorf, fährt nicht
mehr, Vertrag KF 40 1655 043 (VW Polo, SF 25) - Fahrzeug wird abgemeldet
Übernehmender: Lukas Dorsch, geb. 03.02.2007 (Enkel), neuer Vertrag für den Clio
(eVB von gestern)

Lukas hat erst seit 02/2025 Führerschein, er kann also max. so viele Jahre übernehmen
wie er Führerschein hat -> SF 1/2 statt 0. Trotzdem besser als nix.

Beide müssen unterschreiben, Oma kommt Montag mit Herbert vorbei.

T.
""")


@mail(91, "C", "de", "broker-to-insurer", "dog liability claim: customer's dog bit another dog, vet bill of the other animal")
def m91(n):
    m = new(n, SCH, "Ralf Haas <ralf.haas@regnitz-versicherung.example>",
            "Hundehalterhaftpflicht TH 14 0081 226 / Kestler - Beißvorfall", dt(2026, 3, 25, 15, 9))
    return text(m, f"""Sehr geehrter Herr Haas,

Schadenmeldung zur Tierhalterhaftpflicht unseres Kunden Herrn Bernd Kestler,
Am Sendelbach 7, 96123 Litzendorf, Vertrag TH 14 0081 226:

Am 21.03.2026 hat sein Rüde "Bruno" (Schäferhund-Mischling) auf der Hundewiese
am Hain den Labrador "Maja" der Geschädigten Frau Simone Rauscher (Heinrichsdamm 20,
Bamberg) gebissen. Menschen wurden nicht verletzt.

Tierarztrechnung der Geschädigten: Tierklinik Bamberg, Wundversorgung unter
Sedierung, 3 Nähte am Hals, Antibiotikum, Nachkontrolle: 486,90 EUR.

Unser Kunde erkennt seine Haftung an. Bitte regulieren Sie direkt mit der
Geschädigten.

{SIG_SCH}
""")


@mail(92, "C", "de", "insurer-to-broker", "burglary claim settlement with the named customer's stolen items and values only in the XLSX")
def m92(n):
    m = new(n, "Ralf Haas <ralf.haas@regnitz-versicherung.example>", SCH,
            "Einbruchdiebstahl 26-HR-0006120 - Entschädigungsberechnung", dt(2026, 3, 31, 16, 2))
    text(m, f"""Hallo Frau Scholz,

anbei die Entschädigungsberechnung zum Einbruch. Bitte besprechen Sie sie mit der
Kundin; wenn sie einverstanden ist, zahlen wir nach Rückmeldung aus.

Viele Grüße
Ralf Haas
Schaden Sach/Haftpflicht
""")
    attach(m, xlsx([("Entschädigung", [
        ("Schaden-Nr.", "26-HR-0006120", "", ""),
        ("VN", "Anita Dorsch, Seehofstr. 4, 96117 Memmelsdorf", "", ""),
        ("Vertrag", "HR 61 0051 228", "Schadentag", "07.03.2026"),
        ("", "", "", ""),
        ("Gegenstand", "Anschaffung", "Neuwert EUR", "Entschädigung EUR"),
        ("Goldkette 585, 50 cm", "2011", 1450, 1450),
        ("Ehering Weißgold (Erbstück)", "1972", 900, 900),
        ("Laptop Lenovo ThinkPad", "2023", 1120, 1120),
        ("Bargeld im Schreibtisch", "", 800, 500),
        ("Reparatur Terrassentür", "", 640, 640),
        ("Summe", "", 4910, 4610),
        ("Hinweis", "Bargeld außerhalb Wertschutzschrank begrenzt auf 500 EUR", "", ""),
    ])], creator="Regnitz Schaden Sach"), "d51-Entschaedigung_26-HR-0006120.xlsx")
    return m


@mail(93, "S", "de", "customer-to-broker", "customer wants higher daily sickness benefit because her income rose (health contract, income)")
def m93(n):
    m = new(n, "Katharina Pfister <k.pfister@kanzlei-pfister.example>", "d.kaya@hollerbach-kaya.example",
            "Krankentagegeld erhöhen?", dt(2026, 6, 15, 12, 55))
    return text(m, """Liebe Frau Kaya,

mein Gewinn 2025 lag laut Steuerberater bei ca. 96.000 EUR (2024: 71.000 EUR),
das Krankentagegeld von 100 EUR am Tag passt also nicht mehr. Können wir das auf
180 EUR erhöhen, ab Tag 22 wie bisher? Brauche ich dafür neue Gesundheitsfragen?
Die Kopie vom Steuerbescheid 2024 kann ich schicken, 2025 kommt erst im Herbst.

Vertrag KT 7731 05120, falls Sie ihn brauchen.

Herzliche Grüße
Katharina Pfister
Rechtsanwältin
""", cte="quoted-printable")


@mail(94, "C", "de", "broker-to-customer", "explains premium increase of a named customer's building insurance with address and sums")
def m94(n):
    m = new(n, WEN, "Herbert Dorsch <h.dorsch@t-mail.example>", "Ihre Gebäudeversicherung - Beitragserhöhung",
            dt(2026, 6, 2, 16, 36))
    return text(m, f"""Hallo Herr Dorsch,

Sie hatten wegen des Schreibens von Regnitz angerufen. Kurz erklärt:

Ihre Wohngebäudeversicherung WG 22 4401 173 (Seehofstr. 4, Memmelsdorf) steigt zum
01.07. von 1.184,30 EUR auf 1.302,70 EUR. Das liegt am Baupreisindex (+4,3 %) und
an der Anpassung des Tarifs (+5,7 %), nicht an Ihrem Schaden vom letzten Jahr.

Alternativen: Selbstbehalt 1.000 EUR statt 500 EUR spart ca. 140 EUR im Jahr.
Ein Wechsel lohnt sich nach meinem Vergleich nicht, weil Sie dann die Elementar-
deckung neu beantragen müssten.

Melden Sie sich, ob wir den Selbstbehalt ändern sollen.

{SIG_WEN}
""", charset="iso-8859-1", cte="quoted-printable")


@mail(95, "S", "en", "broker-to-customer", "answers a named customer on maternity cover for his wife, mentions prior miscarriage")
def m95(n):
    m = new(n, KAY, "Gareth Lloyd <gareth.lloyd@lloyd-family.example>", "RE: Question about health insurance - baby on the way",
            dt(2026, 3, 18, 16, 10), headers=[("In-Reply-To", "<d51-0023.20260312204800@lloyd-family.example>")])
    return text(m, f"""Dear Gareth,

congratulations to you both! Regnitz has replied, here is the summary:

1. Birth: covered in full, incl. private room, midwife and antenatal care. The
   8-month waiting period is over (Hannah has been insured since 1 July 2025).
2. First-trimester screening and toxoplasmosis test: covered if the gynaecologist
   states the medical reason on the invoice. After last year's miscarriage this
   should be no problem - please ask the practice to note it.
3. The baby: register within two months after birth and there are no health
   questions and no waiting periods. Send me the birth certificate and I'll do it.

The bi-weekly check-ups are of course covered.

{SIG_KAY_EN}
""")


@mail(96, "C", "en", "customer-to-broker", "sole trader reports water damage to her espresso machine, commercial contents claim")
def m96(n):
    m = new(n, "Chloe Barrett <chloe@flatwhite-bamberg.example>", "t.wendel@hollerbach-kaya.example",
            "HELP - water everywhere", dt(2026, 6, 21, 7, 31), headers=[("X-Mailer", "iPhone Mail (22F76)")])
    return text(m, """Tobias,

came in this morning and the café is flooded, a pipe behind the counter burst
overnight. The espresso machine (La Marzocco, EUR 18,000) was standing in water,
the technician says the electronics are probably gone. Floor and two fridges too.

I'll have to close today and tomorrow at least. Policy GK 80 0012 774.
What do I do first? Photos attached later.

Chloe

Sent from my iPhone""")


@mail(97, "C", "en", "company-to-broker", "HR sends the list of company-car drivers with birth dates and licence dates for the fleet policy, in XLSX")
def m97(n):
    m = new(n, "Laura Becker <l.becker@fenwick-analytics.example>", HOL, "Fleet insurance - driver list",
            dt(2026, 6, 4, 9, 41))
    text(m, """Dear Mr Hollerbach,

as requested for the fleet quote, attached is the list of our company-car drivers.
We have 6 cars, all leased via Arval. Please treat the list confidentially.

Best regards,
Laura Becker
HR Manager, Fenwick Analytics GmbH, Erlangen
""")
    attach(m, xlsx([("Drivers", [
        ("Name", "Date of birth", "Licence since", "Car", "Plate", "Claims last 5 yrs"),
        ("Dr. Henrik Vos", "1976-02-11", "1994-05-01", "BMW i4", "ER-FA 101", 0),
        ("Priya Raman", "1991-08-30", "2012-03-15", "Mazda CX-30 (private, for info)", "BA-PR 808", 1),
        ("Stefan Kübler", "1984-12-02", "2002-09-20", "VW ID.4", "ER-FA 104", 0),
        ("Mira Osei", "1995-06-17", "2013-07-01", "Skoda Enyaq", "ER-FA 105", 0),
        ("Jan Petersen", "1988-01-25", "2006-11-11", "Tesla Model 3", "ER-FA 106", 2),
        ("Laura Becker", "1982-10-09", "2000-10-12", "VW Golf eHybrid", "ER-FA 108", 0),
    ])], creator="Fenwick HR"), "d51-Fenwick_fleet_drivers.xlsx")
    return m


@mail(98, "S", "de", "customer-to-broker", "body only asks 'was heißt das?'; insurer's reduced dental reimbursement for the named customer only in the forwarded message/rfc822")
def m98(n):
    m = new(n, "Brigitte Neubauer <b.neubauer@kabelpost.example>", "d.kaya@hollerbach-kaya.example",
            "WG: Ihre Erstattung", dt(2026, 4, 13, 9, 20))
    text(m, """Frau Kaya, was heißt das? Sie hatten doch 90 % gesagt?
Gruß B. Neubauer""")
    fw = inner(f"Regnitz Krankenversicherung <leistung-kranken@{RV}>",
               "Brigitte Neubauer <b.neubauer@kabelpost.example>",
               "Ihre Erstattung KZ 5512 40871", dt(2026, 4, 10, 14, 5),
               f"<erst-20260410-5512-40871@{RV}>")
    text(fw, """Sehr geehrte Frau Neubauer,

wir haben die Rechnung von Frau Dr. Fiedler vom 02.04.2026 (Implantat regio 36,
Krone) über 2.512,44 EUR geprüft.

Erstattungsfähig: 2.308,52 EUR laut Heil- und Kostenplan
Erstattung 90 %: 2.077,67 EUR
Nicht erstattungsfähig: 203,92 EUR Mehrkosten Knochenaufbau (GOZ 9100), da im
Heil- und Kostenplan nicht enthalten und keine Begründung zur Notwendigkeit
(Knochendefizit) vorliegt. Bitte reichen Sie einen Befundbericht nach.

Die Erstattung überweisen wir auf Ihr Konto.

Mit freundlichen Grüßen
Regnitz Krankenversicherung AG
""")
    attach_msg(m, fw)
    return m


@mail(99, "C", "de", "broker-to-insurer", "building insurance application with owner's birth date, address, prior claims")
def m99(n):
    m = new(n, WEN, MAKSERV, "Antrag Wohngebäude - Familie Aydın, Strullendorf", dt(2026, 5, 19, 14, 58))
    return text(m, f"""Sehr geehrte Damen und Herren,

bitte Angebot und bei Annahme direkt Policierung:

VN: Emre Aydın, geb. 11.04.1986, und Selin Aydın, geb. 27.12.1988
Risikoort: Am Weiher 12, 96129 Strullendorf (Kauf, Übergabe 01.07.2026)
EFH Baujahr 1994, massiv, Ziegeldach, 148 qm Wohnfläche, kein Keller, Ölheizung
(Umstellung auf Wärmepumpe 2027 geplant)
Bausteine: Feuer, LW, Sturm/Hagel, Elementar (ZÜRS 1), grobe Fahrlässigkeit
Vorschäden des Vorbesitzers: 2021 Leitungswasser 3.400 EUR
Finanzierung: Sparkasse Bamberg, Sicherungsschein erforderlich

Zahlung jährlich per Lastschrift, Mandat folgt.

{SIG_WEN}
""")


@mail(100, "N", "de", "newsletter", "trap: consumer magazine style test of dental supplementary tariffs with prices and treatments")
def m100(n):
    m = new(n, "Finanztest-Radar <redaktion@finanzradar.example>", "d.kaya@hollerbach-kaya.example",
            "Radar 11/2026: 184 Zahnzusatztarife im Test", dt(2026, 6, 5, 7, 0), headers=[("Precedence", "bulk")])
    return html(m, """<html><body style="font-family:Georgia,serif">
<h1>184 Zahnzusatztarife im Test</h1>
<p>Zahnersatz ist teuer: Ein Implantat kostet schnell 3.000 bis 4.000&nbsp;&euro;, die gesetzliche Kasse zahlt nur den Festzuschuss von rund 500&nbsp;&euro;.
Wir haben 184 Tarife anhand von drei Musterfällen geprüft:</p>
<ol>
<li>Musterfall A: Implantat mit Krone im Seitenzahnbereich, Rechnung 3.500 &euro;</li>
<li>Musterfall B: Vier Inlays aus Keramik, Rechnung 2.400 &euro;</li>
<li>Musterfall C: Brücke mit drei Gliedern, Rechnung 2.100 &euro;</li>
</ol>
<table border="1" cellpadding="4">
<tr><th>Note</th><th>Anzahl Tarife</th><th>Beitrag 43-Jährige (Monat)</th></tr>
<tr><td>sehr gut (0,5-1,5)</td><td>61</td><td>28-58 &euro;</td></tr>
<tr><td>gut (1,6-2,5)</td><td>54</td><td>19-41 &euro;</td></tr>
<tr><td>befriedigend</td><td>37</td><td>12-30 &euro;</td></tr>
<tr><td>ausreichend und schlechter</td><td>32</td><td>6-22 &euro;</td></tr>
</table>
<p>Unser Tipp: Achten Sie auf Wartezeiten und Zahnstaffeln in den ersten Jahren. Fehlende Zähne sind meist nicht versicherbar.</p>
<p style="font-size:11px">Finanzradar Verlag GmbH &middot; Abbestellen im Profil</p>
</body></html>
""", charset="windows-1252")


@mail(101, "N", "de", "internal", "organisational: key for the archive room")
def m101(n):
    m = new(n, HOL, SCH, "Schlüssel Archiv", dt(2026, 2, 19, 7, 58))
    return text(m, """Marlene, der Schlüssel fürs Archiv hängt nicht am Brett. Hast du ihn nach der
Aktenvernichtung noch? Die Leute von Aktenwolf kommen um 8:30.
J.
""")


@mail(102, "S", "de", "broker-to-insurer", "grey zone: 'anonymous' disability risk pre-inquiry with initials, birth year, job and detailed diagnoses (pseudonymised, broker can re-identify)")
def m102(n):
    m = new(n, HOL, RISK, "Anonyme Risikovoranfrage BU - M. S., Jg. 1993", dt(2026, 5, 27, 11, 11))
    return text(m, f"""Hallo Frau Mahler,

bitte um anonyme Voranfrage BU, Tarif BU Top, 1.800 EUR Rente, Endalter 67:

Kunde M. S., Jahrgang 1993, Physiotherapeut (angestellt, 100 % Praxis),
Nichtraucher, 1,84 m / 79 kg

Vorerkrankungen:
- 2022 Kniegelenksarthroskopie rechts (Meniskusteilresektion), seitdem
  beschwerdefrei, Sport uneingeschränkt
- 2024 Anpassungsstörung nach Trennung (F43.2), 8 Sitzungen Verhaltenstherapie,
  abgeschlossen 10/2024, keine Medikamente, keine AU
- Heuschnupfen, Cetirizin bei Bedarf

Gibt es eine Chance auf normale Annahme oder nur mit Ausschluss Knie / Psyche?

Beste Grüße
Jörg Hollerbach
""", cte="quoted-printable")


@mail(103, "N", "de", "insurer-to-broker", "trap: general underwriting guidelines for hay fever, glasses and short counselling, answer to a general question")
def m103(n):
    m = new(n, RISK, KAY, "AW: Grundsatzfrage Risikoprüfung Heuschnupfen / Brille", dt(2026, 2, 16, 14, 47))
    return text(m, f"""Hallo Frau Kaya,

gern, allgemein (ohne Gewähr für den Einzelfall):

1. Heuschnupfen ohne Asthma, nur Bedarfsmedikation: BU und KV in der Regel normal.
   Mit allergischem Asthma: KV Zuschlag 10-20 %, BU meist normal.
2. Fehlsichtigkeit bis ±8 dpt ohne weitere Augenerkrankung: normal.
3. Einmalige psychologische Beratung ohne Diagnose > 5 Jahre: nicht anzeigepflichtig
   in unseren Anträgen (Fragezeitraum 5 Jahre ambulant). Bei Diagnose F-Code
   innerhalb 5 Jahren: individuelle Prüfung.

Unsere Annahmerichtlinien für Vertriebspartner dürfen Sie intern verwenden, nicht
an Kunden weitergeben. Ich schicke sie Ihnen als PDF über das Portal.

Viele Grüße
Katrin Mahler

> eine allgemeine Frage, nicht zu einem konkreten Antrag: wie gehen Sie bei BU und
> Krankenvoll aktuell grundsätzlich mit folgenden Angaben um?
""")


@mail(104, "S", "de", "internal", "customer in disability benefit review is afraid of losing her pension; therapy details in a phone note")
def m104(n):
    m = new(n, KAY, HOL, "Frau Heinlein - Anruf wegen Nachprüfung", dt(2026, 5, 21, 16, 2))
    return text(m, """Jörg,

Frau Heinlein hat heute eine halbe Stunde am Telefon geweint. Sie hat den Brief von
Regnitz zur Nachprüfung bekommen und Angst, dass die Rente wegfällt. Sie macht seit
Januar eine Wiedereingliederung, 3 Stunden am Tag in der alten Schule, aber die
Psychiaterin hat die Sertralin-Dosis gerade erst wieder erhöht, weil es im April
schlechter war. Therapie läuft weiter, 1x pro Woche.

Ich hab ihr gesagt, dass die Rente während der Prüfung weiterläuft und dass eine
Wiedereingliederung kein Beweis für Berufsfähigkeit ist. Kannst du mit Dr. Vogt
reden? Vielleicht sollten wir ihr die Kanzlei Ott empfehlen, falls die einstellen.

D.
""")


@mail(105, "C", "de", "insurer-to-broker", "payment reminder for a named customer's motor premium")
def m105(n):
    m = new(n, f"Regnitz Beitragsservice <beitragsservice@{RV}>", WEN, "Mahnung KF 40 2231 055 - Info an Vermittler",
            dt(2026, 1, 23, 8, 0))
    return text(m, """Sehr geehrter Herr Wendel,

für den Vertrag KF 40 2231 055 Ihrer Kundin Frau Sabine Krapp ist der Jahresbeitrag
2026 über 412,60 EUR trotz Lastschriftmandat nicht eingegangen (Lastschrift
mangels Deckung zurückgegeben). Wir haben heute gemäß § 37 VVG qualifiziert gemahnt
(Frist 14 Tage). Bei Nichtzahlung besteht kein Versicherungsschutz.

Mit freundlichen Grüßen
Regnitz Beitragsservice
""")


@mail(106, "S", "de", "customer-to-broker", "accident victim describes his stiff wrist and possible arthrodesis, asks about invalidity benefit")
def m106(n):
    m = new(n, "Alois Zenk <zenk@schreinerei-zenk.example>", WEN, "Hand / Unfallversicherung", dt(2026, 6, 24, 19, 49))
    return text(m, """Hallo Tobias,

kurzer Zwischenstand: die Hand wird nicht richtig. Der Chirurg sagt, das Gelenk ist
arthrotisch geworden, ich kann sie nur halb bewegen und hab Schmerzen beim Greifen.
Im Herbst wollen sie eventuell versteifen. Arbeiten geht nur eingeschränkt, der
Geselle macht das meiste.

Wie ist das mit der Invalidität bei der Unfallversicherung? Die Gliedertaxe für
die Hand, hab ich gelesen, ist doch 55 %? Und wann muss man das anmelden, ich hab
was von 15 Monaten gehört.

Gruß Alois Zenk
""", charset="windows-1252", cte="8bit")


@mail(107, "N", "de", "insurer-to-broker", "portal registration mail with a one-time password for a new broker user (no customer data)")
def m107(n):
    m = new(n, NOREPLY, "f.albrecht@hollerbach-kaya.example", "Ihr Zugang zum Regnitz Maklerportal",
            dt(2026, 1, 12, 9, 33), headers=[("Auto-Submitted", "auto-generated")])
    return text(m, """Guten Tag Herr Albrecht,

Ihr Makleradministrator hat für Sie einen Zugang zum Regnitz Maklerportal
angelegt (Vertragspartner 48-1107, Rolle: Sachbearbeitung, ohne Bestandsrechte
Kranken/Leben).

Benutzername: f.albrecht.481107
Einmal-Passwort: Qv7-mT2x-Lr9p

Das Einmal-Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung vergeben Sie
ein eigenes Passwort und eine Sicherheitsfrage.

Regnitz Versicherungsgruppe - Maklerportal
""")


@mail(108, "C", "de", "customer-to-broker", "customer sends purchase data of a new car: VIN, price, plate request, mobile")
def m108(n):
    m = new(n, "Sabine Krapp <sabine.krapp@netmail.example>", WEN, "neues Auto", dt(2026, 6, 16, 17, 2),
            headers=[("X-Mailer", "Android Mail")])
    return text(m, """Hallo Herr Wendel, ich hab jetzt doch einen neuen gekauft, Hyundai i20, Jahreswagen vom Autohaus Kraus,
FIN NLHB851CAPZ112233, 17.490 EUR, Abholung am 27.6. Der Fabia geht in Zahlung.
Kennzeichen möchte ich behalten (BA-SK 1903). Brauchen Sie noch was?
LG S. Krapp""")


@mail(109, "C", "mixed", "internal", "note on transferring a named expat's UK no-claims years, her English statement quoted; birth date, policy")
def m109(n):
    m = new(n, WEN, SCH, "Raman - SF aus UK anrechnen", dt(2026, 5, 12, 9, 15))
    return text(m, """Marlene,

Priya Raman (geb. 30.08.1991) hat endlich die No-Claims-Bestätigung aus England
geschickt. Bitte an Regnitz Kfz mit Antrag auf SF-Einstufung für KF 40 2207 431.
Ihre Erklärung unten bitte mitschicken.

> Dear Sir or Madam,
> I hereby confirm that I was insured with Admiral Insurance UK under policy
> P77-2019-551203 from 01/09/2016 to 31/07/2024 as the main driver of a Ford
> Fiesta, with 7 years no claims bonus and no accidents.
> Priya Raman, 10 May 2026

Danke! T.
""")


@mail(110, "S", "de", "insurer-to-broker", "death benefit of a named customer's term life policy, cause of death and beneficiaries")
def m110(n):
    m = new(n, f"Regnitz Leben Leistung <leistung-leben@{RV}>", HOL,
            "Todesfallleistung LV 55 28 1190 / verst. Manfred Gebhardt", dt(2026, 6, 29, 11, 4))
    return text(m, f"""Sehr geehrter Herr Hollerbach,

wir bestätigen den Eingang der Sterbeurkunde und der ärztlichen Bescheinigung zur
Todesursache für Ihren Kunden Herrn Manfred Gebhardt, verstorben am 02.06.2026
(akuter Myokardinfarkt, Vorerkrankung koronare Herzkrankheit bekannt seit 2019 und
bei Antragstellung angegeben).

Die Todesfallleistung aus der Risikolebensversicherung LV 55 28 1190 in Höhe von
100.000 EUR zahlen wir an die bezugsberechtigte Ehefrau Frau Elfriede Gebhardt aus,
sobald uns ihre Bankverbindung und eine Kopie ihres Ausweises vorliegen.

Unser herzliches Beileid; bitte richten Sie das auch Frau Gebhardt aus.

Mit freundlichen Grüßen
Regnitz Lebensversicherung AG, Leistung

{SIG_RV}
""", cte="base64")


# =========================================================================== mails 111-150

@mail(111, "S", "de", "broker-to-insurer", "cancellation of a named insured's hospital supplementary cover because she moves into a care home with dementia")
def m111(n):
    m = new(n, KAY, MAKSERV, "Kündigung KH 7735 00912 (Hümmer, Gerda) zum 30.06.", dt(2026, 5, 28, 9, 40))
    return text(m, f"""Sehr geehrte Damen und Herren,

im Auftrag des Versicherungsnehmers Herrn Erich Hümmer kündigen wir für die
versicherte Person Frau Gerda Hümmer den Tarif Stationär Plus (KH 7735 00912) zum
30.06.2026. Frau Hümmer zieht wegen fortgeschrittener Demenz (Pflegegrad 4) in ein
Pflegeheim. Der Vertrag von Herrn Hümmer selbst bleibt bestehen.

Die unterschriebene Kündigung von Herrn Hümmer reichen wir per Post nach. Bitte
senden Sie die Bestätigung an uns.

{SIG_KAY}
""")


@mail(112, "C", "de", "insurer-to-broker", "partial-cover settlement of a named customer's deer collision: workshop, amount, deductible")
def m112(n):
    m = new(n, PFEI, WEN, "Teilkasko 26-TK-0013301 / Dorsch, Felix - Abrechnung", dt(2026, 3, 30, 13, 37))
    return text(m, f"""Hallo Herr Wendel,

der Wildschaden Ihres Kunden Felix Dorsch (KF 40 1983 662, VW Golf BA-FD 316) ist
abgerechnet:

Reparaturrechnung Autohaus Lanig vom 27.03.2026:  3.218,44 EUR
abzgl. Selbstbeteiligung Teilkasko:               -150,00 EUR
Zahlung an Autohaus Lanig (Abtretung):            3.068,44 EUR

Keine Rückstufung, da Teilkasko.

Viele Grüße
Lutz Pfeiffer
""")


@mail(113, "N", "en", "broker-to-company", "trap: broker's info sheet for HR on German sick-leave rules and sick pay, no employee")
def m113(n):
    m = new(n, HOL, "Laura Becker <l.becker@fenwick-analytics.example>", "Sick leave in Germany - the short version for your new hires",
            dt(2026, 5, 6, 13, 3))
    return text(m, f"""Dear Ms Becker,

you asked for something short you can give to new employees from abroad. Feel
free to use this:

Sick leave in Germany - the basics
- If you are ill, tell your manager on the first day before work starts.
- From day 4 (or earlier if your contract says so) you need a doctor's certificate
  (AU). Doctors send it electronically to statutory health insurers; with private
  insurance you get a paper copy for the employer.
- The employer continues to pay your full salary for up to 6 weeks per illness.
- After 6 weeks: statutory insurers pay sick pay (Krankengeld), about 70 % of gross
  pay, max. approx. EUR 135 per day in 2026. Privately insured employees need a
  daily sickness allowance (Krankentagegeld) in their contract - please check!
- The diagnosis is never shown to the employer.

{SIG_HOL_EN}
""")


@mail(114, "S", "en", "insurer-to-broker", "international desk confirms maternity benefits for a named insured woman with prior miscarriage")
def m114(n):
    m = new(n, "Regnitz International Health <expat@regnitz-versicherung.example>", KAY,
            "RE: KV 7730 20415 Lloyd - Entbindung / maternity cover", dt(2026, 3, 17, 15, 22))
    return text(m, """Dear Ms Kaya,

thank you for your enquiry regarding Mrs Hannah Lloyd (co-insured under
KV 7730 20415, Expat Care Premium).

1. Delivery: hospital delivery including private room, obstetrician and midwife
   (before, during and after birth) is covered at 100 %. The 8-month waiting period
   ended on 28 February 2026; expected delivery date 28 September 2026 is covered.
2. First-trimester screening and toxoplasmosis testing are reimbursed where there is
   a medical indication. A previous miscarriage constitutes such an indication;
   the gynaecologist should state it on the invoice (e.g. ICD-10 O26.2 / Z35.1).
3. Newborn: can be added without underwriting if registered within two months of
   birth, provided one parent has been insured for at least three months.

Kind regards
Emily Hartmann
Regnitz International Health
""")


@mail(115, "C", "de", "broker-to-insurer", "household and liability claim for a tenant's burst dishwasher hose, address and policy numbers")
def m115(n):
    m = new(n, SCH, "Ralf Haas <ralf.haas@regnitz-versicherung.example>",
            "Leitungswasser HR 61 0102 551 + PH 12 8120 337 / Wiesner", dt(2026, 6, 3, 9, 2))
    return text(m, f"""Hallo Herr Haas,

Schadenmeldung Leitungswasser für unseren Kunden Herrn Dominik Wiesner,
Emil-Kemmer-Str. 8, 96103 Hallstadt (Mietwohnung, 1. OG):

Hausrat HR 61 0102 551: Zulaufschlauch Spülmaschine in der Nacht 02./03.06.
geplatzt, Küchenunterschrank und Teppich zerstört, Laminat gehört dem Vermieter
(Gebäudeversicherung Wohnbau Hallstadt GmbH).
Haftpflicht PH 12 8120 337: Wasser ist in die Wohnung darunter gelaufen (Mieterin
Frau Olga Winter, Deckenflecken, Schaden an einem Schrank).

Trocknung beauftragt die Hausverwaltung. Fotos folgen per Portal. Bitte
Schadennummern für beide Sparten.

{SIG_SCH}
""")


@mail(116, "S", "de", "broker-to-customer", "broker tells the daughter what is needed for her father's care insurance after his stroke")
def m116(n):
    m = new(n, KAY, "Sandra Lauer <sandra.lauer@t-mail.example>", "AW: Papa - Versicherung", dt(2026, 4, 8, 9, 12))
    return text(m, f"""Liebe Frau Lauer,

das tut mir sehr leid, ich wünsche Ihrem Vater gute Besserung.

Ich habe nachgeschaut: Ihr Vater hat bei Regnitz ein Pflegetagegeld PT-Flex
(Vertrag PT 118 3307, 60 EUR Tagessatz). Geleistet wird, sobald ein Pflegegrad
festgestellt ist - nach dem Schlaganfall beantragen Sie den Pflegegrad am besten
jetzt schon bei seiner Pflegekasse, das geht auch aus dem Krankenhaus heraus
(Sozialdienst der Stroke Unit fragen!). Die Begutachtung ist oft schon in der Reha.

Was ich von Ihnen brauche:
1. Kopie der Vorsorgevollmacht
2. später den Bescheid der Pflegekasse
3. den Entlassbericht aus dem Klinikum bzw. der Reha

Den Rest mache ich mit Regnitz. Rufen Sie mich gern an.

{SIG_KAY}
""")


@mail(117, "C", "de", "insurer-to-broker", "traffic legal expenses for a named customer's speeding fine (administrative offence)")
def m117(n):
    m = new(n, BREN, SCH, "Verkehrs-RS RS 70 2004 118 / Eberlein - Bußgeldverfahren", dt(2026, 6, 10, 10, 10))
    return text(m, f"""Sehr geehrte Frau Scholz,

für das Bußgeldverfahren Ihres Kunden Herrn Markus Eberlein (Vorwurf:
Geschwindigkeitsüberschreitung außerorts um 31 km/h am 14.05.2026 auf der B 22
bei Hallstadt, Bußgeld 150 EUR, 1 Punkt, 1 Monat Fahrverbot) erteilen wir
Deckungszusage für die Verteidigung im Bußgeldverfahren.

Schaden-Nr. 26-RS-01577, Selbstbeteiligung 150 EUR.

Mit freundlichen Grüßen
Olga Brenner
""")


@mail(118, "N", "en", "broker-to-customer", "office closure notice to English-speaking clients")
def m118(n):
    m = new(n, INFO, "undisclosed-recipients:;", "Office closed on 25 May (Whit Monday) and 4 June (Corpus Christi)",
            dt(2026, 5, 18, 8, 30), headers=[("Precedence", "bulk")])
    return text(m, """Dear clients,

please note that our office will be closed on Monday, 25 May (Whit Monday) and on
Thursday, 4 June (Corpus Christi, a public holiday in Bavaria). On Friday, 5 June
we are open from 9:00 to 12:00.

In an emergency (e.g. a car accident or water damage) you can report claims at any
time to schaden@hollerbach-kaya.example; we will get back to you on the next
working day. For breakdowns, please call the assistance number on your insurance
card.

Best wishes,
your team at Hollerbach & Kaya
""", cte="7bit")


@mail(119, "N", "en", "partner-to-broker", "trap: university's international office asks for a talk on health insurance for students with price examples")
def m119(n):
    m = new(n, "Ana Ferreira <international@uni-bamberg.example>", "d.kaya@hollerbach-kaya.example",
            "Info session: health insurance for international students", dt(2026, 6, 18, 11, 20))
    return text(m, """Dear Ms Kaya,

each October we hold an orientation week for about 300 new international students.
Last year many were confused about health insurance (statutory vs private, the
student rate of about EUR 140 per month, travel insurance that is not accepted for
the enrolment, what happens after age 30, dental and eye care, psychotherapy...).

Would you be willing to give a neutral 30-minute talk on Wednesday, 7 October
2026, 14:00, in room U5/0.22? We cannot pay a fee but we can offer a table at the
information fair afterwards. Please no sales pitch - just the facts.

Best regards,
Ana Ferreira
International Office, University of Bamberg (example)
""")


@mail(120, "N", "de", "insurer-to-broker", "trap: new motor type classes with premium effects, statistics only")
def m120(n):
    m = new(n, MAKSERV, "t.wendel@hollerbach-kaya.example", "Typklassen 2026 - Auswirkungen auf Ihren Bestand",
            dt(2026, 8, 14, 10, 0))
    return text(m, """Sehr geehrte Vertriebspartner,

die neuen Typklassen des GDV gelten bei Regnitz zur Hauptfälligkeit 01.01.2027.

Für Ihren Bestand (455 Kfz-Verträge) ergibt sich:
- Haftpflicht: 28 % bessere Einstufung, 19 % schlechtere, Rest unverändert
- Vollkasko: 21 % besser, 26 % schlechter
- Durchschnittliche Beitragswirkung: +2,9 % (vor Beitragsanpassung)

Besonders teurer: viele E-Autos der Kompaktklasse (Reparaturkosten Akku/Sensorik).
Günstiger: ältere Kleinwagen und Kombis.

Eine Liste mit den betroffenen Verträgen finden Sie ab 01.09. in der
elektronischen Vermittlerpost (Dokumenttyp "Bestandsliste Typklassen").

Ihr Regnitz Maklerservice
""")


@mail(121, "N", "de", "internal", "trap: sample disability advice record for a fictitious customer 'Max Mustermann', income and health questions filled with placeholders")
def m121(n):
    m = new(n, HOL, "f.albrecht@hollerbach-kaya.example", "Musterprotokoll BU für deine Projektarbeit",
            dt(2026, 7, 7, 12, 48))
    text(m, """Finn,

für deine Projektarbeit hier unser Muster-Beratungsprotokoll BU mit dem fiktiven
Max Mustermann. Ist komplett ausgedacht, du kannst es so in die Arbeit nehmen.
Echte Protokolle bitte NICHT verwenden, auch nicht geschwärzt.

Jörg
""")
    attach(m, docx([
        ("h", "Beratungsprotokoll Berufsunfähigkeitsversicherung (MUSTER)"),
        ("p", "Kunde: Max Mustermann (fiktiv), geb. 01.01.1990, Musterstraße 1, 12345 Musterstadt"),
        ("p", "Beruf: Industriemechaniker, Bruttoeinkommen 48.000 EUR p.a. (Beispielwert)"),
        ("p", "Wunsch des Kunden: Absicherung der Arbeitskraft bis 67, Rente ca. 70 % des Nettoeinkommens"),
        ("t", [("Frage", "Antwort (Beispiel)"),
               ("Gesundheitsfragen 5 Jahre ambulant", "keine Angaben (Beispiel)"),
               ("Stationäre Aufenthalte 10 Jahre", "Blinddarm-OP 2015 (Beispiel)"),
               ("Psychotherapie 10 Jahre", "nein (Beispiel)"),
               ("Gefährliche Hobbys", "nein")]),
        ("p", "Empfehlung: BU-Rente 1.800 EUR, Endalter 67, Dynamik 3 %, Beitrag ca. 78 EUR/Monat (Beispiel)"),
        ("p", "Hinweis: Dieses Dokument ist ein Schulungsmuster und enthält keine echten Personendaten."),
    ], author="J. Hollerbach"), "d51-Muster_Beratungsprotokoll_BU_Mustermann.docx")
    return m


@mail(122, "N", "de", "supplier-to-broker", "office supplies order confirmation")
def m122(n):
    m = new(n, "Büro Bauer Bamberg <bestellung@buero-bauer.example>", "m.scholz@hollerbach-kaya.example",
            "Bestellbestätigung 55102", dt(2026, 7, 1, 14, 33))
    return text(m, """Guten Tag Frau Scholz,

vielen Dank für Ihre Bestellung:

5x Kopierpapier A4 80 g (Karton à 2.500 Blatt)    à 21,90 EUR
2x Toner HP 59A schwarz                           à 89,00 EUR
10x Hängeregistratur grün                         à 1,20 EUR
1x Tischkalender 2027                             à 7,50 EUR

Lieferung Donnerstag, 02.07.2026. Rechnung liegt der Lieferung bei.

Ihr Büro Bauer Team
""", charset="iso-8859-1", cte="quoted-printable")


@mail(123, "C", "de", "broker-to-insurer", "vehicle change for a named customer: VIN, plate kept, purchase price")
def m123(n):
    m = new(n, WEN, f"Regnitz Kfz-Vertrag <kfz-vertrag@{RV}>", "Fahrzeugwechsel KF 40 2231 055 / Krapp",
            dt(2026, 6, 17, 8, 50))
    return text(m, f"""Guten Morgen,

Fahrzeugwechsel für Frau Sabine Krapp, Vertrag KF 40 2231 055, zum 27.06.2026:

alt: Skoda Fabia, FIN TMBJJ7NJ4KZ061842 (Inzahlungnahme Autohaus Kraus)
neu: Hyundai i20, FIN NLHB851CAPZ112233, EZ 05/2025, Kaufpreis 17.490 EUR
Kennzeichen BA-SK 1903 wird übernommen
Umfang neu: Haftpflicht + Vollkasko SB 300 / TK 150 (Finanzierung über Hyundai
Capital Bank, Sicherungsschein bitte an die Bank)

Bitte neue eVB und geänderten Beitrag an uns.

{SIG_WEN}
""")


@mail(124, "S", "de", "insurer-to-customer", "cost approval for hearing aids of a named customer with audiogram findings; broker in copy")
def m124(n):
    m = new(n, BEER, "Erich Hümmer <e.huemmer@t-mail.example>", "Kostenzusage Hörgeräte - KV 7730 08812",
            dt(2026, 7, 9, 11, 15), cc="d.kaya@hollerbach-kaya.example")
    return text(m, f"""Sehr geehrter Herr Hümmer,

für die beidseitige Hörgeräteversorgung (Kostenvoranschlag Hörakustik Wendler vom
01.07.2026, 2 x Phonak Audéo L70, 3.980 EUR) bestätigen wir Ihnen aus Ihrem Tarif
Ambulant 80 eine Kostenübernahme von 80 %, höchstens 1.500 EUR je Ohr, also
3.000 EUR.

Grundlage ist die ärztliche Verordnung von Dr. Lang (HNO) mit der Diagnose
beidseitige Innenohrschwerhörigkeit (H90.3), Hörverlust rechts 55 dB, links 60 dB.

Bitte reichen Sie nach Anpassung die Rechnung ein.

Mit freundlichen Grüßen
Annika Beer
Leistung Kranken

{SIG_RV}
""", charset="iso-8859-1", cte="quoted-printable")


@mail(125, "C", "de", "customer-to-broker", "travel cancellation because the employer cancelled the leave; booking and contract, no health reason")
def m125(n):
    m = new(n, "Emre Aydın <emre.aydin@netmail.example>", "info@hollerbach-kaya.example",
            "Reiserücktritt - Urlaub gestrichen", dt(2026, 7, 13, 20, 5))
    return text(m, """Hallo,

wir müssen unsere Türkei-Reise (Antalya, 01.-15.08., gebucht bei Sonnenklar-Reisen,
Buchungsnr. SK-7729014, 3.612 EUR für 2 Personen) stornieren, weil mein Chef meinen
Urlaub wegen eines Großauftrags gestrichen hat (Bestätigung vom Arbeitgeber hab ich).
Und der Hauskauf frisst eh gerade alles Geld.

Wir haben doch die Jahres-Reiserücktritt über euch (RR 85 0071 226). Zahlt die
das? Stornokosten wären laut Veranstalter 40 %.

Gruß
Emre Aydın
""", flowed=True)


@mail(126, "S", "de", "customer-to-broker", "travel cancellation because of gall bladder surgery, the customer's own words")
def m126(n):
    m = new(n, "Ingrid Wölfel <ingrid.woelfel@kabelpost.example>", "info@hollerbach-kaya.example",
            "Storno Kreuzfahrt", dt(2026, 8, 20, 9, 17))
    return text(m, """Sehr geehrte Damen und Herren,

leider musste ich gestern notfallmäßig an der Galle operiert werden (Gallenkolik,
Steine, die Gallenblase ist raus). Der Arzt sagt, ich darf die nächsten 4 Wochen
nicht verreisen. Unsere Kreuzfahrt ab 05.09. (Norwegen, AIDA, 4.280 EUR für mich
und meinen Mann) können wir also vergessen.

Wir haben die Reiserücktrittsversicherung bei Ihnen abgeschlossen. Was brauchen Sie
von mir? Das Attest vom Krankenhaus kann ich bringen.

Mit freundlichen Grüßen
Ingrid Wölfel
""", charset="windows-1252", cte="quoted-printable")


@mail(127, "N", "de", "insurer-to-broker", "trap: fraud-prevention circular with anonymised examples of forged doctors' bills")
def m127(n):
    m = new(n, f"Regnitz Compliance <compliance@{RV}>", "info@hollerbach-kaya.example",
            "Rundschreiben 04/2026: Gefälschte Arztrechnungen - Hinweise für Vermittler", dt(2026, 7, 22, 14, 0))
    return text(m, """Sehr geehrte Vertriebspartner,

in den letzten Monaten sind uns vermehrt manipulierte Rechnungen aufgefallen.
Anonymisierte Beispiele:

- Fall 1: Heilpraktikerrechnung über 24 Sitzungen "Akupunktur", die Praxis existiert
  unter der Anschrift nicht.
- Fall 2: Zahnarztrechnung mit nachträglich geänderten Beträgen (Implantate statt
  Füllungen), Schriftart im Betragsfeld abweichend.
- Fall 3: Brillenrechnung eines Online-Optikers, dreimal im Jahr für dieselbe
  Person eingereicht.

Bitte reichen Sie Rechnungen Ihrer Kunden nicht selbst "aufbereitet" ein und
melden Sie Auffälligkeiten an compliance@regnitz-versicherung.example.

Regnitz Versicherungsgruppe, Compliance
""")


@mail(128, "N", "en", "newsletter", "trap: expat newsletter explaining health insurance costs in Germany with sample premiums")
def m128(n):
    m = new(n, "Bamberg Expat Network <news@bamberg-expats.example>", "t.wendel@hollerbach-kaya.example",
            "Expat Newsletter August: health insurance explained, summer events", dt(2026, 8, 3, 18, 0),
            headers=[("Precedence", "bulk")])
    return text(m, """BAMBERG EXPAT NETWORK - AUGUST NEWSLETTER

** Health insurance in Germany - what does it really cost? **
Statutory insurance: 14.6 % of gross salary + average additional contribution 2.9 %,
half paid by the employer, capped at a salary of EUR 5,812.50/month.
Private insurance: depends on age and health, not income. Sample: a healthy
30-year-old pays EUR 350-600/month. Pre-existing conditions like asthma, diabetes or
depression can mean surcharges or rejection.
Dental, glasses and psychotherapy are covered very differently - read the fine print.
Thanks to our sponsor Hollerbach & Kaya for the input.

** Events **
- 15 Aug: Sandkerwa meetup, 18:00, Katzenberg
- 29 Aug: Hike Fränkische Schweiz, meet at the station 9:30

Unsubscribe: reply "stop".
""")


@mail(129, "S", "en", "customer-to-broker", "named customer asks whether psychotherapy for her anxiety is covered")
def m129(n):
    m = new(n, "Priya Raman <priya.raman@fenwick-analytics.example>", "d.kaya@hollerbach-kaya.example",
            "Question - therapy (private please)", dt(2026, 7, 28, 22, 41))
    return text(m, """Hi Derya,

Tobias said I could ask you this directly. Since the accident in February I have
panic attacks when driving and my GP diagnosed an anxiety disorder. She recommends
cognitive behavioural therapy, about 25 sessions. I found a psychologist
(Dipl.-Psych. Kerstin Maar, Bamberg) who has a place from September, EUR 115 per
session.

Does my private health insurance with Regnitz (KV 7730 21877) pay for this? Do I
need approval first? And will this be a problem if I want to apply for the
disability insurance you recommended later?

Please keep this between us, I haven't told my employer.

Thanks,
Priya
""")


@mail(130, "S", "en", "broker-to-insurer", "registration of a named customer's newborn with birth data for private health insurance")
def m130(n):
    m = new(n, KAY, "Regnitz International Health <expat@regnitz-versicherung.example>",
            "Newborn registration - KV 7730 20415 Lloyd", dt(2026, 9, 30, 10, 7))
    return text(m, f"""Dear Ms Hartmann,

please add the newborn of our client Gareth Lloyd to policy KV 7730 20415
(Expat Care Premium) without underwriting, as agreed in your mail of 17 March:

Name: Oliver James Lloyd
Born: 24 September 2026, Klinikum Bamberg (spontaneous delivery at 39+3, 3,420 g,
healthy, U2 examination without findings)
Mother: Hannah Lloyd (co-insured)

The birth certificate is attached in the portal upload. Cover should start on the
date of birth. The hospital bill for mother and child will follow.

{SIG_KAY_EN}
""")


@mail(131, "S", "en", "insurer-to-customer", "pre-authorisation of an MRI of a named insured's knee with suspected meniscus tear; broker in copy")
def m131(n):
    m = new(n, "Regnitz International Health <expat@regnitz-versicherung.example>",
            "Henrik Vos <h.vos@fenwick-analytics.example>", "Pre-authorisation approved - MRI right knee",
            dt(2026, 8, 11, 9, 55), cc="d.kaya@hollerbach-kaya.example")
    return text(m, """Dear Dr Vos,

we have approved the MRI of your right knee requested by Dr. Nadler
(Orthopaedics, Bamberg) on 10 August 2026 for suspected medial meniscus tear
(ICD-10 S83.2) after a running injury.

Authorisation no.: PA-2026-08-3317
Policy: KV 7730 22014, Expat Care Standard
Cover: 100 % of the radiology invoice under the German fee schedule (GOÄ)

If surgery (arthroscopy) is recommended, please ask your doctor to send us the
MRI report for a new pre-authorisation.

Get well soon,
Regnitz International Health
""", cte="quoted-printable")


@mail(132, "N", "de", "internal", "trainee's vocational-school days, organisational")
def m132(n):
    m = new(n, ALB, TEAM, "Berufsschule nächste Woche", dt(2026, 9, 10, 16, 30))
    return text(m, """Hallo zusammen,

zur Info: ich bin nächste Woche Mittwoch bis Freitag im Blockunterricht in der
Berufsschule, Montag und Dienstag ganz normal da. Die Ablage mache ich vorher fertig.

Finn
""")


@mail(133, "S", "de", "broker-to-insurer", "accident insurance invalidity claim; medical report with post-traumatic arthritis only in the DOCX")
def m133(n):
    m = new(n, SCH, f"Regnitz Leistung Unfall <leistung-unfall@{RV}>", "UV 90 2231 415 / Zenk - Invaliditätsanmeldung",
            dt(2026, 7, 2, 14, 1))
    text(m, f"""Sehr geehrte Damen und Herren,

zum Unfall vom 11.04.2026 unseres Kunden Herrn Alois Zenk melden wir vorsorglich
Invalidität an (Frist 15 Monate) und übersenden den ärztlichen Zwischenbericht.

{SIG_SCH}
""")
    attach(m, docx([
        ("h", "Ärztlicher Zwischenbericht"),
        ("p", "Patient: Alois Zenk, geb. 02.03.1969, Schreinermeister, Linkshänder"),
        ("p", "Unfall: 11.04.2026, Sturz von der Leiter aus ca. 2,5 m Höhe"),
        ("p", "Diagnose: distale intraartikuläre Radiusfraktur links (S52.51), Versorgung mit "
              "palmarer Plattenosteosynthese am 12.04.2026; posttraumatische Arthrose des "
              "Radiokarpalgelenks (M19.13)"),
        ("p", "Befund 25.06.2026: Extension/Flexion 30-0-25 Grad (Gegenseite 70-0-80), "
              "Grobkraft links 40 % der Gegenseite, Belastungsschmerz."),
        ("p", "Prognose: Dauerschaden zu erwarten; Teilarthrodese wird erwogen. "
              "Invaliditätsgrad derzeit nicht abschließend bestimmbar, voraussichtlich 3/10 Handwert."),
        ("p", "Dr. med. Peter Nadler, Unfallchirurgie, Bamberg, 26.06.2026"),
    ], author="Praxis Dr. Nadler"), "d51-Zwischenbericht_Zenk.docx")
    return m


@mail(134, "S", "en", "customer-to-broker", "sole trader mentions her asthma and pregnancy when asking about sickness allowance")
def m134(n):
    m = new(n, "Chloe Barrett <chloe@flatwhite-bamberg.example>", "d.kaya@hollerbach-kaya.example",
            "Income if I'm sick?", dt(2026, 9, 2, 21, 30))
    return text(m, """Hi Derya,

Tobias said you do health insurance. I'm self-employed with the café now and I
realised I get nothing if I can't work. Two things you should know: I have asthma
(inhaler daily, Symbicort) and I'm 10 weeks pregnant - not public yet!

Can I still get a daily sickness allowance (Krankentagegeld) or is that impossible
now? And what happens with the café when I'm on maternity leave - there's no
Mutterschaftsgeld for self-employed, right?

Thanks,
Chloe
""")


@mail(135, "C", "en", "broker-to-customer", "assessor appointment and business interruption estimate for a sole trader's water damage")
def m135(n):
    m = new(n, WEN, "Chloe Barrett <chloe@flatwhite-bamberg.example>", "RE: HELP - water everywhere",
            dt(2026, 6, 21, 9, 4))
    return text(m, """Hi Chloe,

so sorry! I've reported it to Regnitz: claim no. 26-GK-0002214.

1. Switch off water and power to the machine, don't try to start it.
2. Assessor Mr Vogel (Sachverständigenbüro Vogel) comes tomorrow, 22 June, at 10:00.
3. Keep all receipts (drying company, emergency plumber).
4. Business interruption: your policy pays your lost gross profit. From your
   figures (approx. EUR 650 turnover/day) I've estimated EUR 420 per closed day -
   the assessor will check your cash records, so please have the last 3 months ready.

I'll drop by at lunchtime.
Tobias
""")


@mail(136, "S", "en", "insurer-to-broker", "underwriting summary for a named disability applicant with BMI, blood pressure and medication")
def m136(n):
    m = new(n, RISK, HOL, "Underwriting result - BU application 2026-LB-13390 (Osei)",
            dt(2026, 7, 15, 15, 48))
    return text(m, """Dear Mr Hollerbach,

as your client Ms Mira Osei prefers English, here is our result in English:

Applicant: Mira Osei, born 17 June 1995, data scientist
Requested: disability pension EUR 2,500/month, to age 67

Medical findings (GP report Dr. Hamm, 02.07.2026): BMI 31.4, blood pressure
148/94 mmHg treated with ramipril 5 mg since 2025, no end-organ damage, HbA1c 5.6 %.

Decision: acceptance with a premium loading of 25 % because of hypertension and
BMI. Review of the loading possible after 3 years on request if BMI < 30 and
blood pressure controlled.

Kind regards
Katrin Mahler
Underwriting Life/Disability
""")


@mail(137, "C", "de", "internal", "decision on buying back a named customer's motor claim to keep the no-claims class, amounts")
def m137(n):
    m = new(n, SCH, WEN, "Eberlein - Rückkauf ja/nein?", dt(2026, 5, 7, 11, 3))
    return text(m, """Tobias,

hab mit Herrn Eberlein telefoniert. Rückkauf 2.914,60 EUR vs. Mehrbeitrag: SF 4
statt SF 9 heißt über die nächsten 5 Jahre ca. 1.900 EUR mehr. Er zahlt also
NICHT zurück, nimmt die Rückstufung. Bitte im MVP vermerken, ich hab's ihm auch
nochmal per Brief bestätigt.

Übrigens: der Bußgeldbescheid wegen Blitzer kommt wohl auch noch, Rechtsschutz
hat er ja.

M.
""", cte="8bit")


@mail(138, "S", "de", "insurer-to-broker", "daily sickness benefit payments started for a named insured, incapacity period")
def m138(n):
    m = new(n, BEER, KAY, "KT 7731 04418 / Müller-Hofmann - Leistungsentscheidung", dt(2026, 3, 4, 10, 38))
    return text(m, f"""Hallo Frau Kaya,

zur Info: wir leisten für Herrn Jürgen Müller-Hofmann Krankentagegeld ab dem
43. Tag der Arbeitsunfähigkeit, also ab 23.02.2026, in Höhe von 120 EUR
kalendertäglich. Die erste Zahlung für 23.02.-04.03. (10 Tage, 1.200 EUR) ist heute
angewiesen.

Für die weitere Zahlung benötigen wir alle 14 Tage eine Folgebescheinigung. Bei
einer AU über 13.03. hinaus werden wir den Fall durch unseren beratenden Arzt prüfen
lassen (Berufsunfähigkeit als Fliesenleger?).

Viele Grüße
Annika Beer
""", cte="quoted-printable")


@mail(139, "C", "de", "customer-to-broker", "widow asks to transfer building and household contracts to her name; husband died, no cause of death")
def m139(n):
    m = new(n, "Elfriede Gebhardt <e.gebhardt@kabelpost.example>", "m.scholz@hollerbach-kaya.example",
            "Versicherungen umschreiben", dt(2026, 7, 6, 10, 12))
    return text(m, """Liebe Frau Scholz,

danke für Ihre Karte, das hat mich sehr gefreut. Wie Sie wissen, ist mein Mann im
Juni gestorben. Die Gebäudeversicherung (WG 22 4017 660) und die Hausrat laufen ja
noch auf ihn. Bitte schreiben Sie alles auf mich um, Bamberger Straße 102,
Stegaurach. Das Geld soll weiter von unserem gemeinsamen Konto bei der Raiffeisenbank
abgehen, das läuft jetzt auf mich allein (DE63 7739 1000 0007 7205 51).

Die Haftpflicht von ihm kann gekündigt werden, oder bin ich da mit drin?

Herzliche Grüße
Elfriede Gebhardt
""", charset="iso-8859-1", cte="quoted-printable")


@mail(140, "S", "de", "broker-to-insurer", "dental supplementary application for a child with orthodontic findings and health answers")
def m140(n):
    m = new(n, ALB, MAKSERV, "Antrag ZahnPlus 100 Kind - Eichhorn, Mia", dt(2026, 7, 20, 10, 41),
            cc="d.kaya@hollerbach-kaya.example")
    return text(m, f"""Sehr geehrte Damen und Herren,

anbei die Angaben zum Antrag ZahnPlus 100 für ein Kind (VN Martina Eichhorn):

Versicherte Person: Mia Eichhorn, geb. 05.02.2017
Beginn: 01.08.2026
Gesundheitsfragen:
1. fehlende Zähne: keine
2. laufende Behandlung: nein
3. KFO: Kieferorthopäde Dr. Ruppert hat im Juni eine Kontrolle gemacht, Befund
   Engstand Unterkiefer, KIG-Einstufung noch offen, Behandlung "evtl. in 1-2 Jahren".
   Eine Behandlung ist bisher NICHT angeraten.

Bitte um Prüfung, ob KFO dann mitversichert ist oder ausgeschlossen wird.

{SIG_ALB}
""")


@mail(141, "S", "de", "customer-to-broker", "private health customer weighs submitting physiotherapy bills against premium refund")
def m141(n):
    m = new(n, "Ralf Sperber <kontakt@sperber-foto.example>", KAY, "Beitragsrückerstattung - lohnt sich das?",
            dt(2026, 11, 18, 23, 2))
    return text(m, """Hallo Frau Kaya,

nachdem das mit dem Rückstand jetzt erledigt ist (danke nochmal für die Ratenzahlung):
ich hab dieses Jahr noch Rechnungen von der Physio wegen meiner Schulter
(Impingement, 2x 6 Termine Krankengymnastik, zusammen 560 EUR) und vom
Orthopäden (180 EUR). Wenn ich nichts einreiche, bekomme ich 3 Monatsbeiträge
zurück, das wären ca. 2.100 EUR. Dann reiche ich nix ein, oder? Gibt es da einen
Haken, z. B. wenn das mit der Schulter operiert werden muss?

Gruß Ralf Sperber
""", flowed=True)


@mail(142, "N", "de", "internal", "trap: generic checklist for daily sickness benefit claims, no person")
def m142(n):
    m = new(n, KAY, TEAM, "Checkliste Leistungsfall Krankentagegeld", dt(2026, 3, 5, 17, 21))
    return text(m, f"""Hallo zusammen,

nach dem Fall letzte Woche hier die Checkliste für KT-Leistungsfälle, bitte im
Ordner "Vorlagen/Kranken" ablegen:

[ ] Leistungsantrag des Versicherers (unterschrieben)
[ ] Erst- und Folgebescheinigungen AU mit Diagnose (lückenlos!)
[ ] Einkommensnachweis (Selbstständige: letzter Steuerbescheid / BWA)
[ ] Schweigepflichtentbindung für den Einzelfall
[ ] Karenzzeit prüfen (Tag 22, 29, 43...) und Tagessatz
[ ] Bei längerer AU: Hinweis auf mögliche BU-Prüfung und Ende der KT-Leistung
[ ] Termin zur Wiedervorlage alle 14 Tage im MVP

Wichtig: Gesundheitsunterlagen nie per normaler Mail weiterleiten, nur über das
Regnitz-Portal oder verschlüsselt.

{SIG_KAY}
""")


@mail(143, "S", "de", "insurer-to-broker", "acceptance of a named applicant's health insurance with a surcharge for hypertension, only in the PDF")
def m143(n):
    m = new(n, f"Regnitz Antragsprüfung Kranken <antrag-kranken@{RV}>", KAY,
            "Annahmeerklärung Antrag 2026-KV-55812", dt(2026, 10, 6, 12, 14))
    text(m, """Sehr geehrte Frau Kaya,

anbei unsere Annahmeerklärung zum o. g. Antrag. Bitte lassen Sie sie vom Kunden
innerhalb von 4 Wochen unterschrieben zurücksenden.

Mit freundlichen Grüßen
Regnitz Krankenversicherung AG, Antragsprüfung
""")
    attach(m, pdf([
        "#Regnitz Krankenversicherung AG - Annahmeerklärung",
        "",
        "Antrag 2026-KV-55812 vom 14.09.2026",
        "Antragsteller und versicherte Person: Markus Eberlein, geb. 19.03.1980",
        "Tarif: Komfort Ambulant/Stationär/Zahn, SB 600 EUR",
        "",
        "Wir nehmen Ihren Antrag mit folgender Besonderheit an:",
        "Risikozuschlag 18 % auf den Tarifbeitrag wegen arterieller Hypertonie (I10.90),",
        "medikamentös behandelt (Candesartan 8 mg), sowie Adipositas Grad I (BMI 32).",
        "Monatsbeitrag inkl. Zuschlag: 612,44 EUR",
        "",
        "Ich bin mit der Annahme zu den genannten Bedingungen einverstanden.",
        "Ort, Datum, Unterschrift: ______________________",
    ], title="Annahmeerklaerung 2026-KV-55812"), "d51-Annahmeerklaerung_2026-KV-55812.pdf")
    return m


@mail(144, "N", "de", "insurer-to-broker", "trap: new commission agreement terms (money, cancellation liability) for the broker firm")
def m144(n):
    m = new(n, "Jana Sommer <jana.sommer@regnitz-versicherung.example>", HOL,
            "Courtagevereinbarung 2027 - bitte bis 30.11. zurück", dt(2026, 10, 20, 15, 1))
    return text(m, """Hallo Herr Hollerbach,

wie angekündigt die Eckpunkte der neuen Courtagevereinbarung ab 01.01.2027:

- Kranken Vollversicherung: 6 Monatsbeiträge (bisher 7), Haftung 5 Jahre
- Zahn/Zusatz: 8 Monatsbeiträge, Haftung 2 Jahre
- BU/Leben: 35 Promille der Beitragssumme, Stornohaftung 60 Monate
- Sach/HUK: laufend 15 %, Kfz 6 %
- Stornoreserve 10 %, Auszahlung nach Ablauf der Haftungszeit

Die Vereinbarung liegt in Ihrer elektronischen Vermittlerpost. Bitte unterschrieben
bis 30.11. zurück, sonst gelten die bisherigen Sätze bis 31.03.2027 weiter.

Viele Grüße
Jana Sommer (i. V. Sven Dittrich)
""")


@mail(145, "N", "mixed", "broker-to-customer", "trap: bilingual tax tip on deductible insurance premiums with example figures")
def m145(n):
    m = new(n, INFO, "undisclosed-recipients:;", "Steuertipp / Tax tip: Versicherungsbeiträge absetzen",
            dt(2026, 2, 26, 10, 0), headers=[("Precedence", "bulk")])
    return text(m, """Liebe Kundinnen und Kunden, dear clients,

DE: Beiträge zur Kranken- und Pflegeversicherung (Basisabsicherung) sind voll als
Sonderausgaben absetzbar. Haftpflicht, Unfall, BU und Risiko-LV zählen zu den
"sonstigen Vorsorgeaufwendungen" (bis 1.900 EUR bzw. 2.800 EUR für Selbstständige),
die aber meist schon ausgeschöpft sind. Die Bescheinigungen für 2025 haben Sie von
den Versicherern bekommen - bitte an den Steuerberater geben.

EN: Health and long-term care premiums (basic cover) are fully tax-deductible.
Liability, accident, disability and term life count as "other insurance expenses"
(up to EUR 1,900, self-employed EUR 2,800), usually already used up by health
premiums. Please pass the 2025 certificates from your insurers to your tax adviser.

Beispiel / example: PKV 520 EUR x 12 = 6.240 EUR, davon Basisanteil ca. 80 % =
4.992 EUR absetzbar / deductible.

Keine Steuerberatung - no tax advice.
Hollerbach & Kaya Versicherungsmakler GmbH
""")


@mail(146, "C", "de", "insurer-to-broker", "hail total loss of a named customer's car: replacement value, payment")
def m146(n):
    m = new(n, PFEI, WEN, "Hagelschaden 26-VK-0009881 / Aydın - wirtschaftlicher Totalschaden",
            dt(2026, 7, 31, 11, 55))
    return text(m, f"""Hallo Herr Wendel,

das Gutachten zum Hagelschaden vom 16.07.2026 am Fahrzeug Ihres Kunden Emre Aydın
(Opel Astra K, BA-EA 861, KF 40 2240 117) liegt vor:

Reparaturkosten: 9.870 EUR brutto
Wiederbeschaffungswert: 8.400 EUR
Restwert (Höchstgebot): 2.150 EUR
-> wirtschaftlicher Totalschaden

Entschädigung: 8.400 - 2.150 - 300 SB = 5.950 EUR
Zahlung nach Abmeldung und Eingang des Fahrzeugbriefs. Das Restwertangebot gilt
bis 14.08.2026.

Viele Grüße
Lutz Pfeiffer
""")


@mail(147, "S", "de", "internal", "broker forwards an accident victim's mail and asks whether his disability policy applies; hand injury details")
def m147(n):
    m = new(n, WEN, KAY, "WG: Hand / Unfallversicherung", dt(2026, 6, 25, 8, 12))
    return text(m, """Derya, Herr Zenk hat doch auch eine BU bei dir, oder? Bei der Hand würde ich
langsam an eine BU-Meldung denken, als Schreiner... Übernimmst du das?
T.

-----Ursprüngliche Nachricht-----
Von: Alois Zenk <zenk@schreinerei-zenk.example>
Gesendet: Mittwoch, 24. Juni 2026 19:49
An: Tobias Wendel
Betreff: Hand / Unfallversicherung

kurzer Zwischenstand: die Hand wird nicht richtig. Der Chirurg sagt, das Gelenk ist
arthrotisch geworden, ich kann sie nur halb bewegen und hab Schmerzen beim Greifen.
Im Herbst wollen sie eventuell versteifen. Arbeiten geht nur eingeschränkt, der
Geselle macht das meiste.
""")


@mail(148, "N", "de", "authority-to-broker", "chamber reminder on mandatory training hours")
def m148(n):
    m = new(n, "IHK für Oberfranken <vermittlerregister@ihk-oberfranken.example>", "j.hollerbach@hollerbach-kaya.example",
            "Erinnerung: Weiterbildungspflicht nach § 34d Abs. 9 GewO", dt(2026, 10, 1, 9, 0))
    return text(m, """Sehr geehrter Herr Hollerbach,

wir erinnern daran, dass Gewerbetreibende nach § 34d GewO und ihre unmittelbar bei
der Vermittlung mitwirkenden Beschäftigten jährlich 15 Stunden Weiterbildung
nachweisen müssen. Die Nachweise sind fünf Jahre aufzubewahren und auf Anforderung
vorzulegen.

Die IHK führt im 4. Quartal Stichproben durch.

Mit freundlichen Grüßen
IHK für Oberfranken Bayreuth, Vermittlerregister
""")


@mail(149, "C", "de", "broker-to-customer", "passes on legal-expenses cover for the named customer's tenancy dispute with claim number")
def m149(n):
    m = new(n, SCH, "Dominik Wiesner <d.wiesner@netmail.example>", "Ihre Rechtsschutz - Zusage liegt vor",
            dt(2026, 3, 3, 15, 40))
    return text(m, f"""Hallo Herr Wiesner,

gute Nachricht: Regnitz Rechtsschutz hat für Ihren Streit mit der Wohnbau Hallstadt
wegen der Mieterhöhung die Kostenübernahme für den Anwalt zugesagt
(Schadennummer 26-RS-00913). Ihre Selbstbeteiligung beträgt 150 EUR.

Geben Sie die Schadennummer bitte Herrn RA Ott, er rechnet dann direkt mit Regnitz
ab. Falls es vor Gericht geht, brauchen wir eine neue Zusage - sagen Sie mir
rechtzeitig Bescheid.

{SIG_SCH}
""")


@mail(150, "N", "de", "insurer-to-broker", "trap: job advert for health claims handlers forwarded to partners, health vocabulary, no person")
def m150(n):
    m = new(n, f"Regnitz Karriere <karriere@{RV}>", "info@hollerbach-kaya.example",
            "Wir suchen: Sachbearbeiter Leistung Kranken (m/w/d) - bitte teilen", dt(2026, 9, 15, 12, 0))
    return text(m, """Liebe Partner,

kennen Sie jemanden? Wir suchen zum nächstmöglichen Zeitpunkt in Bamberg

Sachbearbeiter/in Leistung Krankenversicherung (m/w/d), Vollzeit oder Teilzeit

Ihre Aufgaben: Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ,
Bearbeitung von Heil- und Kostenplänen, Kostenzusagen für Hilfsmittel,
Korrespondenz mit Versicherten und Leistungserbringern.

Ihr Profil: Ausbildung als MFA, ZFA oder Kaufmann/-frau für Versicherungen,
medizinisches Grundwissen (ICD-10, Abrechnung), Sorgfalt und Diskretion.

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, 30 Tage Urlaub, betriebliche
Krankenversicherung, Jobrad.

Bewerbung an karriere@regnitz-versicherung.example, Kennziffer LK-2026-14.
""")


# =========================================================================== mails 151-200

@mail(151, "S", "de", "broker-to-insurer", "health reason (gall bladder surgery) only in the subject; body only asks for a claim number")
def m151(n):
    m = new(n, SCH, f"Regnitz Reiseschaden <reise-schaden@{RV}>",
            "RR 85 0064 310 Wölfel - Storno Kreuzfahrt wg. Gallen-OP, Attest folgt", dt(2026, 8, 20, 11, 2))
    return text(m, f"""Sehr geehrte Damen und Herren,

bitte um Vergabe einer Schadennummer an uns, Unterlagen folgen.

{SIG_SCH}
""")


@mail(152, "N", "de", "internal", "trap: charity run for the cancer aid and hospice, health words, no person")
def m152(n):
    m = new(n, HOL, TEAM, "Benefizlauf für die Krebshilfe - wer läuft mit?", dt(2026, 8, 24, 12, 5))
    return text(m, """Hallo zusammen,

am 19.09. ist wieder der Bamberger Benefizlauf zugunsten der Krebshilfe Oberfranken
und des Hospizvereins. Wir haben letztes Jahr mit 4 Leuten 430 EUR erlaufen, das
Büro legt pro Kilometer 5 EUR drauf.

Wer läuft mit? 5 km oder 10 km, Walken geht auch. Trikots bestelle ich bis 01.09.

Jörg
""")


@mail(153, "S", "de", "insurer-to-broker", "travel cancellation settled for a named customer after cholecystectomy")
def m153(n):
    m = new(n, f"Regnitz Reiseschaden <reise-schaden@{RV}>", SCH,
            "Schaden 26-RR-00488 / Wölfel - Abrechnung", dt(2026, 9, 8, 9, 50))
    return text(m, """Sehr geehrte Frau Scholz,

zum Reiserücktritt Ihrer Kundin Frau Ingrid Wölfel (RR 85 0064 310):

Das Attest des Klinikums Bamberg (laparoskopische Cholezystektomie am 19.08.2026
bei symptomatischer Cholezystolithiasis, Reiseunfähigkeit bis 20.09.2026) belegt
eine unerwartete schwere Erkrankung. Da die Reise für zwei Personen gebucht war,
ist auch der Rücktritt des mitreisenden Ehemanns versichert.

Stornokosten AIDA (85 %): 3.638,00 EUR
abzgl. Selbstbehalt 20 %: -727,60 EUR
Erstattung: 2.910,40 EUR auf das Konto der Versicherungsnehmerin

Mit freundlichen Grüßen
Regnitz Reiseversicherung, Schaden
""", cte="quoted-printable")


@mail(154, "N", "de", "insurer-to-broker", "trap: motor switching season sales mail with premium examples, no customer")
def m154(n):
    m = new(n, NEWS, "t.wendel@hollerbach-kaya.example", "Kfz-Wechselsaison 2026: neue Tarife, bessere Preise",
            dt(2026, 10, 5, 7, 30), headers=[("Precedence", "bulk")])
    return text(m, """Regnitz Makler-News Kfz

Liebe Partner,

zur Wechselsaison senken wir die Beiträge für junge Fahrer und E-Autos:

- Fahranfänger 18-21 mit begleitetem Fahren: -12 %
- E-Autos: Akku-Allgefahrendeckung inklusive, Beispiel VW ID.3, SF 10, Bamberg,
  Vollkasko SB 500: 584 EUR statt 641 EUR im Jahr
- Telematik-Rabatt bis 30 %

Wechselcourtage: 50 EUR je Neuvertrag bis 30.11.2026 zusätzlich.

Ihr Regnitz Vertrieb Kfz
""")


@mail(155, "N", "en", "supplier-to-broker", "phishing warning from the software vendor")
def m155(n):
    m = new(n, "Ordnix Security <security@ordnix.example>", "info@hollerbach-kaya.example",
            "Security notice: phishing mails pretending to be Ordnix", dt(2026, 9, 22, 16, 45))
    return text(m, """Dear customer,

we are currently seeing phishing e-mails that look like Ordnix invoices
("Your Ordnix licence expires - pay now") with a link to a fake login page.

Ordnix will never ask for your password by e-mail. Our invoices come only from
billing@ordnix.example and never contain login links.

If someone in your office entered a password on such a page, change it
immediately and inform us at security@ordnix.example.

Ordnix Security Team
""", cte="7bit")


@mail(156, "S", "mixed", "internal", "broker asks colleague about a named customer's anxiety therapy; her English mail quoted")
def m156(n):
    m = new(n, KAY, HOL, "Raman - Psychotherapie + spätere BU?", dt(2026, 7, 29, 8, 40))
    return text(m, """Jörg, kurze Einschätzung bitte (vertraulich, sie will nicht, dass es rumgeht):

Frau Raman hat nach dem Unfall im Februar eine Angststörung diagnostiziert bekommen
und will 25 Stunden Verhaltenstherapie. PKV zahlt das (Tarif mit Psychotherapie,
Genehmigung vorher). ABER: die BU, die du ihr im Frühjahr angeboten hast, ist dann
für 5 Jahre schwierig. Sollen wir den BU-Antrag jetzt noch schnell stellen? Nein,
oder - sie müsste die Diagnose ja angeben.

> Since the accident in February I have panic attacks when driving and my GP
> diagnosed an anxiety disorder. She recommends cognitive behavioural therapy,
> about 25 sessions.

D.
""")


@mail(157, "N", "de", "insurer-to-broker", "trap: explanation of how the insurer transmits health data by secure mail and consent, no person")
def m157(n):
    m = new(n, MAKSERV, "info@hollerbach-kaya.example", "Neu: E-Mail-Kommunikation mit Gesundheitsdaten - so funktioniert's",
            dt(2026, 9, 1, 10, 0))
    return text(m, """Sehr geehrte Vertriebspartner,

ab 01.10.2026 versenden wir E-Mails mit Gesundheitsdaten (z. B. Leistungsabrechnungen,
Arztberichte, Annahmeerklärungen mit Risikozuschlag) an Sie nur noch verschlüsselt:

- Haben Sie ein S/MIME-Zertifikat oder Domänenzertifikat hinterlegt, kommt die Mail
  direkt verschlüsselt an.
- Sonst erhalten Sie eine Benachrichtigung und lesen die Nachricht im
  SecureMail-Portal.
- Kunden, die schriftlich eingewilligt haben, können solche Mails auch über
  TLS-verschlüsselte Verbindung erhalten.

Bitte hinterlegen Sie Ihr Zertifikat im Maklerportal unter Verwaltung > Sicherheit.

Ihr Regnitz Maklerservice
""")


@mail(158, "C", "de", "broker-to-insurer", "new car for a named customer after total loss with VIN and no-claims class")
def m158(n):
    m = new(n, WEN, f"Regnitz Kfz-Vertrag <kfz-vertrag@{RV}>", "Ersatzfahrzeug Aydın - KF 40 2240 117",
            dt(2026, 8, 19, 10, 15))
    return text(m, f"""Hallo zusammen,

für Herrn Emre Aydın (Totalschaden 26-VK-0009881) bitte Ersatzfahrzeug im
bestehenden Vertrag KF 40 2240 117 ab 22.08.2026:

Skoda Octavia Combi, EZ 03/2022, FIN TMBJR7NX5NY044771, Kz. BA-EA 861 bleibt
SF-Klasse bleibt (Vollkasko-Schaden, keine Rückstufung in KH), VK-Rückstufung wie
mitgeteilt.

Bitte eVB an mich.

{SIG_WEN}
""")


@mail(159, "C", "de", "customer-to-broker", "named customer reports her e-bike stolen, frame number and police report")
def m159(n):
    m = new(n, "Lea Schuster <lea.schuster@posteingang.example>", "schaden@hollerbach-kaya.example",
            "Fahrrad geklaut", dt(2026, 9, 14, 8, 12), headers=[("User-Agent", "Mozilla Thunderbird 140.2")])
    return text(m, """Hallo,

mein E-Bike wurde gestern zwischen 14 und 18 Uhr am Bahnhof Bamberg geklaut, obwohl
es mit einem Faltschloss an den Bügel angeschlossen war. Anzeige ist gemacht
(Bundespolizei, Vorgang BPOL-BA-26-118844).

Rad: Kalkhoff Endeavour 5, Rahmennummer KH5E2207731, gekauft 04/2025 für 3.199 EUR.
Rechnung hab ich.

Wir haben doch die Hausrat mit Fahrrad bei Ihnen (Heiliggrabstraße 31). Reichen
2.000 EUR Fahrradsumme oder kriege ich dann nur die?

Lea Schuster
""", flowed=True)


@mail(160, "N", "de", "internal", "Christmas party planning")
def m160(n):
    m = new(n, SCH, TEAM, "Weihnachtsessen 11.12.", dt(2026, 11, 9, 13, 0))
    return text(m, """Hallo ihr Lieben,

Tisch ist reserviert: Freitag, 11.12., 18:30 im Schlenkerla, Nebenzimmer.
Partner sind herzlich eingeladen. Bitte bis 27.11. sagen, wer mit Begleitung kommt.

Wichtel-Limit 15 EUR, Lose ziehen wir am Montag.

Marlene
""")


@mail(161, "N", "de", "supplier-to-broker", "trap: first-aid kit and defibrillator course offer for the office, medical words, no person")
def m161(n):
    m = new(n, "Sani-Service Franken <angebot@sani-franken.example>", "m.scholz@hollerbach-kaya.example",
            "Angebot Erste Hilfe im Betrieb", dt(2026, 10, 13, 11, 11))
    return text(m, """Sehr geehrte Frau Scholz,

wie gewünscht unser Angebot:

1x Betriebsverbandkasten DIN 13157 inkl. Wandhalterung       49,90 EUR
1x Nachfüllset (Pflaster, Kompressen, Rettungsdecke)          18,50 EUR
Erste-Hilfe-Grundkurs (9 UE) für 2 Ersthelfer, DGUV          0,00 EUR*
AED-Einweisung (Defibrillator) 2 Std. für 5 Personen       180,00 EUR
alle Preise zzgl. MwSt.

* Kostenübernahme durch die Berufsgenossenschaft (VBG) bei Anmeldung über uns.

Mit freundlichen Grüßen
Sani-Service Franken
""")


@mail(162, "N", "mixed", "internal", "planning an English version of the website, mixed German/English, no personal data")
def m162(n):
    m = new(n, HOL, WEN, "Website EN", dt(2026, 10, 21, 17, 34))
    return text(m, """Tobias, die Agentur fragt, welche Seiten wir auf Englisch brauchen. Vorschlag:

- Home: "Independent insurance brokers in Bamberg - in English, too"
- Health insurance for expats (statutory vs private)
- Liability & household ("Haftpflicht explained")
- Car insurance ("registering a car in Germany")
- Contact / Imprint / Privacy Policy

Die Datenschutzerklärung muss der Anwalt übersetzen, nicht DeepL. Passt das?

J.
""")


@mail(163, "S", "de", "customer-to-broker", "income tax assessment for raising a named customer's daily sickness benefit; income only in the PDF")
def m163(n):
    m = new(n, "Katharina Pfister <k.pfister@kanzlei-pfister.example>", "d.kaya@hollerbach-kaya.example",
            "AW: Krankentagegeld erhöhen?", dt(2026, 6, 22, 8, 5))
    text(m, """Guten Morgen Frau Kaya,

anbei wie besprochen der Bescheid.

Herzliche Grüße
K. Pfister
""")
    attach(m, pdf([
        "#Finanzamt Bamberg",
        "#Bescheid für 2024 über Einkommensteuer",
        "Steuernummer 207/215/30771   Datum 12.05.2025",
        "",
        "Frau Katharina Pfister, Luitpoldstraße 19, 96052 Bamberg",
        "Steuer-ID 41 926 883 105",
        "",
        "Einkünfte aus selbständiger Arbeit (Rechtsanwältin):     71.214 EUR",
        "Summe der Einkünfte:                                    71.214 EUR",
        "Sonderausgaben (u. a. Beiträge Kranken- und Pflegeversicherung): -9.880 EUR",
        "zu versteuerndes Einkommen:                             60.102 EUR",
        "festgesetzte Einkommensteuer:                           15.842 EUR",
        "Solidaritätszuschlag:                                        0 EUR",
    ], title="ESt-Bescheid 2024"), "d51-ESt-Bescheid_2024_Pfister.pdf")
    return m


@mail(164, "C", "de", "insurer-to-broker", "household bicycle theft claim of a named customer with limit and payment")
def m164(n):
    m = new(n, HAAS, SCH, "Fahrraddiebstahl 26-HR-0011904 / Schuster", dt(2026, 9, 21, 14, 22))
    return text(m, f"""Hallo Frau Scholz,

zum Fahrraddiebstahl Ihrer Kundin Frau Lea Schuster (HR 61 0099 217): das E-Bike
war ordnungsgemäß angeschlossen, Diebstahl ist gedeckt. Die Entschädigung ist
aber auf die vereinbarte Fahrradsumme von 2.000 EUR begrenzt (Neuwert 3.199 EUR).

Zahlung 2.000 EUR an die Versicherungsnehmerin. Eine Erhöhung der Fahrradsumme für
die Zukunft ist jederzeit möglich.

Viele Grüße
Ralf Haas
""")


@mail(165, "S", "de", "broker-to-insurer", "disability claim for a named carpenter; job activity breakdown and hand injury in the ODS")
def m165(n):
    m = new(n, KAY, f"Regnitz Leben Leistung <leistung-leben@{RV}>", "BU-Leistungsantrag BU 60 1187 220 / Zenk",
            dt(2026, 7, 10, 15, 30))
    text(m, f"""Sehr geehrte Damen und Herren,

für unseren Kunden Herrn Alois Zenk beantragen wir Leistungen aus der
Berufsunfähigkeitsversicherung BU 60 1187 220. Den Leistungsantrag hat er
unterschrieben (Post), die Tätigkeitsbeschreibung hängt als Tabelle an.

{SIG_KAY}
""")
    attach(m, ods([
        ["Tätigkeitsbeschreibung Alois Zenk, Schreinermeister, Inhaber Schreinerei Zenk (3 Mitarbeiter)"],
        ["Tätigkeit", "Anteil vor Unfall %", "heute möglich?", "Bemerkung"],
        ["Maschinenarbeit (Formatkreissäge, Hobel)", 30, "nein", "linke Hand Griffkraft 40 %, Schmerzen"],
        ["Montage beim Kunden (Küchen, Treppen)", 35, "nein", "Überkopfarbeit und Tragen unmöglich"],
        ["Aufmaß, Beratung, Angebote", 15, "ja", ""],
        ["Büro, Buchhaltung", 10, "teilweise", "Schreiben links eingeschränkt (Linkshänder)"],
        ["Ausbildung Lehrling, Anleitung", 10, "ja", ""],
        ["Diagnose: posttraumatische Handgelenksarthrose links nach Radiusfraktur 04/2026, AU seit 11.04.2026"],
    ], sheet="Taetigkeit"), "d51-Taetigkeitsbeschreibung_Zenk.ods")
    return m


@mail(166, "S", "en", "customer-to-broker", "named insured's knee arthroscopy scheduled, asks about hospital allowance")
def m166(n):
    m = new(n, "Henrik Vos <h.vos@fenwick-analytics.example>", "d.kaya@hollerbach-kaya.example",
            "Knee surgery on 2 Sept", dt(2026, 8, 24, 7, 58))
    return text(m, """Dear Ms Kaya,

the MRI confirmed the meniscus tear and Dr. Nadler will do an arthroscopy on
2 September at the Klinikum (one night). Regnitz pre-approved the MRI; do I need a
new approval for the operation? Also, my Expat Care Standard plan has a hospital
daily allowance, I believe - EUR 50 per night if I choose the standard room?

Thanks in advance,
Henrik Vos
""")


@mail(167, "N", "de", "insurer-to-broker", "new upload feature in the broker portal")
def m167(n):
    m = new(n, MAKSERV, "info@hollerbach-kaya.example", "Neu im Maklerportal: Dokumente hochladen per Drag & Drop",
            dt(2026, 11, 3, 10, 0))
    return text(m, """Sehr geehrte Vertriebspartner,

ab sofort können Sie Dokumente zu Anträgen und Schäden per Drag & Drop im
Maklerportal hochladen (bis 25 MB je Datei, PDF/JPG/PNG). Die Dokumente werden
automatisch dem Vorgang zugeordnet; Sie erhalten eine Eingangsbestätigung.

Ihr Regnitz Maklerservice
""")


@mail(168, "N", "de", "insurer-to-broker", "trap: webinar on long-term care statistics with ICS, no person")
def m168(n):
    m = new(n, DIT, "d.kaya@hollerbach-kaya.example", "Webinar Pflege: 5,7 Millionen Pflegebedürftige - und Ihre Kunden?",
            dt(2026, 10, 8, 9, 15))
    text(m, """Hallo Frau Kaya,

Einladung zu unserem Webinar am 05.11.: aktuelle Zahlen (5,7 Mio. Pflegebedürftige,
Ø Eigenanteil im Heim 3.100 EUR im ersten Jahr, 60 % Demenz-Anteil in Heimen),
Verkaufsargumente Pflegetagegeld und die neuen Annahmerichtlinien.

Termin hängt an.

Viele Grüße
Sven Dittrich
""")
    attach(m, ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Regnitz Versicherungsgruppe//Vertrieb//DE",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:d51-0168-webinar-pflege@{RV}",
        "DTSTAMP:20261008T071500Z",
        "DTSTART;TZID=Europe/Berlin:20261105T100000",
        "DTEND;TZID=Europe/Berlin:20261105T113000",
        "SUMMARY:Webinar Pflege - Zahlen\\, Argumente\\, Annahme",
        f"ORGANIZER;CN=Sven Dittrich:mailto:sven.dittrich@{RV}",
        "LOCATION:Online (Link folgt)",
        "END:VEVENT",
        "END:VCALENDAR",
    ]), "d51-Webinar_Pflege.ics")
    return m


@mail(169, "N", "de", "internal", "trap: letter template for benefit rejections with placeholders for diagnosis and amounts")
def m169(n):
    m = new(n, KAY, TEAM, "Vorlage: Kunde informieren bei Leistungsablehnung", dt(2026, 9, 29, 16, 48))
    return text(m, f"""Hallo,

neue Textvorlage für den Serienbrief, wenn der Versicherer eine Leistung ablehnt.
Bitte nur die Platzhalter ersetzen und vor dem Versand mir zeigen:

---
Sehr geehrte/r «Anrede» «Nachname»,

die «Versicherer» hat uns mitgeteilt, dass die Rechnung vom «Rechnungsdatum» über
«Betrag» EUR (Behandlung: «Behandlung/Diagnose») nicht bzw. nur teilweise erstattet
wird. Begründung des Versicherers: «Begründung».

Wir haben die Entscheidung geprüft und «Einschätzung». Wenn Sie einverstanden sind,
legen wir für Sie Widerspruch ein / reichen wir fehlende Unterlagen
(«Unterlagen») nach.
---

{SIG_KAY}
""")


@mail(170, "S", "de", "insurer-to-broker", "disability benefit continues after review for a named customer with depression")
def m170(n):
    m = new(n, f"Dr. Carsten Vogt <carsten.vogt@{RV}>", HOL, "Nachprüfung 2023-BU-0418 Heinlein - Ergebnis",
            dt(2026, 9, 3, 13, 20))
    return text(m, """Sehr geehrter Herr Hollerbach,

die Nachprüfung im Leistungsfall Heinlein ist abgeschlossen. Nach dem
Befundbericht von Frau Dr. Amrhein vom 20.07.2026 (weiterhin mittelgradige
Episode bei rezidivierender depressiver Störung, Medikation erhöht, stufenweise
Wiedereingliederung im Juni abgebrochen) besteht die Berufsunfähigkeit als
Gymnasiallehrerin fort. Die Rente läuft unverändert weiter.

Die nächste Nachprüfung ist frühestens in 24 Monaten vorgesehen. Ein entsprechendes
Schreiben geht an Frau Heinlein.

Mit freundlichen Grüßen
Dr. Carsten Vogt
""", charset="windows-1252", cte="quoted-printable")


@mail(171, "C", "de", "broker-to-insurer", "hit-and-run parking damage to a named customer's car, comprehensive claim")
def m171(n):
    m = new(n, WEN, KFZS, "Vollkasko Parkschaden unbek. Verursacher / Straub, KF 40 2290 604", dt(2026, 10, 26, 9, 48))
    return text(m, f"""Hallo,

Schadenmeldung Vollkasko:
VN Kevin Straub, Ludwigstraße 8, 96103 Hallstadt
Fahrzeug: Cupra Born, BA-KS 2026, KF 40 2290 604
Schadentag 24.10.2026, Parkhaus ERBA, Heckstoßstange und Heckklappe eingedrückt,
Verursacher unbekannt, Anzeige bei der PI Bamberg-Stadt (Az. 26-104417).
Kostenvoranschlag Autohaus Kraus: 2.744,10 EUR. Niemand verletzt.

Bitte Schadennummer und Freigabe der Reparatur.

{SIG_WEN}
""")


@mail(172, "S", "en", "insurer-to-customer", "birth hospital bill for a named mother and newborn settled, HTML-only table with diagnoses")
def m172(n):
    m = new(n, "Regnitz International Health <expat@regnitz-versicherung.example>",
            "Gareth Lloyd <gareth.lloyd@lloyd-family.example>", "Claim settlement KV 7730 20415",
            dt(2026, 10, 19, 14, 5), cc="d.kaya@hollerbach-kaya.example")
    return html(m, """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Mr Lloyd,</p>
<p>we have settled the following invoices:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Insured person</th><th>Provider</th><th>Service</th><th>Amount EUR</th><th>Paid EUR</th></tr>
<tr><td>Hannah Lloyd</td><td>Klinikum Bamberg</td><td>Delivery, DRG O60D, 24-27 Sep 2026, private room</td><td>3,918.40</td><td>3,918.40</td></tr>
<tr><td>Hannah Lloyd</td><td>Hebamme Ines Dütsch</td><td>Postnatal care, 8 home visits</td><td>612.00</td><td>612.00</td></tr>
<tr><td>Oliver Lloyd</td><td>Klinikum Bamberg, Paediatrics</td><td>Neonatal jaundice (P59.9), phototherapy 26-28 Sep</td><td>1,240.70</td><td>1,240.70</td></tr>
<tr><td>Oliver Lloyd</td><td>Dr. Weis</td><td>U2 and hip ultrasound</td><td>98.20</td><td>98.20</td></tr>
</table>
<p>Total paid: EUR 5,869.30 to your account ending ...8819.</p>
<p>Congratulations on the birth of your son!<br>Regnitz International Health</p>
</body></html>
""")


@mail(173, "C", "de", "customer-to-broker", "neighbour's tree fell on a named customer's garage, building claim")
def m173(n):
    m = new(n, "Herbert Dorsch <h.dorsch@t-mail.example>", "schaden@hollerbach-kaya.example",
            "Baum auf Garage", dt(2026, 11, 2, 16, 27), headers=[("X-Mailer", "Samsung Mail")])
    return text(m, """Grüß Gott,
beim Sturm heut Mittag ist die Fichte vom Nachbarn (Herr Wagner, Seehofstr. 6) auf unsere Garage gefallen. Dach eingedrückt, Regenrinne weg, das Auto war zum Glück nicht drin. Verletzt wurde keiner.
Gebäudeversicherung WG 22 4401 173. Der Nachbar sagt der Baum war gesund, also zahlt seine Versicherung nicht?
Fotos schick ich von meinem Sohn aus.
H. Dorsch""", cte="8bit")


@mail(174, "S", "de", "customer-to-broker", "child's ADHD medication named only in the subject; body says only 'siehe Betreff'")
def m174(n):
    m = new(n, "Martina Eichhorn <martina.eichhorn@posteingang.example>", "d.kaya@hollerbach-kaya.example",
            "Lukas ADHS - Rezept Medikinet, zahlt das die Zusatz oder nur Kasse?", dt(2026, 11, 11, 21, 40))
    return text(m, """Hallo Frau Kaya,
siehe Betreff. Danke!
M. Eichhorn

Von meinem iPad gesendet""", cte="7bit")


@mail(175, "S", "de", "broker-to-insurer", "long-term-care application with diabetes and medication of a named applicant")
def m175(n):
    m = new(n, KAY, MAKSERV, "Antrag PT-Flex - Lauer, Sandra (Gesundheitsangaben)", dt(2026, 11, 16, 10, 30))
    return text(m, f"""Sehr geehrte Damen und Herren,

zum Antrag PT-Flex (Tagessatz 50 EUR, Beginn 01.12.2026) für Frau Sandra Lauer,
geb. 12.08.1972, ergänzen wir die Gesundheitsangaben:

- Diabetes mellitus Typ 2 seit 2021, Metformin 1000 mg 2x tgl., HbA1c zuletzt 6,4 %,
  keine Folgeerkrankungen (Augenarzt und Nephrologie unauffällig)
- Schilddrüsenunterfunktion, L-Thyroxin 50 µg
- 2024 Karpaltunnel-OP rechts, ausgeheilt

Frau Lauer hat nach dem Pflegefall ihres Vaters selbst vorsorgen wollen. Bitte um
Prüfung; bei Zuschlag bitte vorab Info an uns.

{SIG_KAY}
""", cte="quoted-printable")


@mail(176, "C", "de", "insurer-to-broker", "legal-expenses cover for court proceedings refused for a named customer's tenancy case")
def m176(n):
    m = new(n, BREN, SCH, "26-RS-00913 Wiesner - Deckungsanfrage gerichtliches Verfahren", dt(2026, 6, 30, 11, 45))
    return text(m, """Sehr geehrte Frau Scholz,

die Deckung für das gerichtliche Verfahren Ihres Kunden Herrn Wiesner gegen die
Wohnbau Hallstadt GmbH (Zustimmungsklage zur Mieterhöhung, Streitwert 1.464 EUR)
können wir derzeit nicht erteilen: nach der vorgelegten Mietspiegel-Einordnung
bestehen keine hinreichenden Erfolgsaussichten (§ 3a ARB). Der Kunde kann ein
Stichentscheidverfahren durch seinen Anwalt beantragen.

Mit freundlichen Grüßen
Olga Brenner
""")


@mail(177, "N", "de", "newsletter", "trap: broker association newsletter on rising care-home co-payments, statistics")
def m177(n):
    m = new(n, "Maklerverband Franken e.V. <rundbrief@maklerverband-franken.example>",
            "info@hollerbach-kaya.example", "Rundbrief 9/2026: Eigenanteile im Pflegeheim, Termine",
            dt(2026, 9, 7, 6, 0), headers=[("Precedence", "list")])
    return text(m, """MAKLERVERBAND FRANKEN e.V. - RUNDBRIEF 9/2026

1. Eigenanteile im Pflegeheim steigen weiter
Durchschnittlich zahlen Heimbewohner in Bayern im ersten Jahr 3.214 EUR im Monat
aus eigener Tasche (Pflege, Unterkunft, Verpflegung, Investitionskosten). Nach drei
Jahren sinkt der pflegebedingte Anteil durch den Leistungszuschlag um 50 %.
Pflegegrad 4 und 5 betreffen rund 30 % der Heimbewohner; Hauptursache ist Demenz.

2. Haftung bei Pflegeberatung
Das OLG Bamberg hat einen Makler zu Schadensersatz verurteilt, der nicht auf die
Wartezeit einer Pflegezusatzversicherung hingewiesen hatte.

3. Termine: 14.10. Stammtisch, 19.11. Jahresabschluss in Forchheim.

Maklerverband Franken e.V.
""", charset="windows-1252", cte="quoted-printable")


@mail(178, "S", "en", "broker-to-customer", "answer to a named customer on sickness allowance given her asthma and pregnancy")
def m178(n):
    m = new(n, KAY, "Chloe Barrett <chloe@flatwhite-bamberg.example>", "RE: Income if I'm sick?",
            dt(2026, 9, 4, 11, 22))
    return text(m, f"""Dear Chloe,

congratulations, and don't worry, it stays between us.

Honest answer:
- Daily sickness allowance: with a current pregnancy, insurers will postpone the
  application until after the birth. Your asthma (daily Symbicort, stable) usually
  means a surcharge of 10-25 % or an exclusion, but it's insurable. We'll apply
  about 3 months after the birth.
- Maternity: as you're privately insured with the self-employed option, you get no
  Mutterschaftsgeld. Some tariffs pay daily allowance during the protection period
  (6 weeks before / 8 weeks after birth) - your current one doesn't.
- For the café: a "Betriebsunterbrechung" cover for the owner's illness exists for
  small businesses; it would pay fixed costs like rent. Tobias can quote that.

Shall we meet in October?

{SIG_KAY_EN}
""")


@mail(179, "C", "de", "broker-to-customer", "new motor policy of a named young driver with no-claims class and premium")
def m179(n):
    m = new(n, WEN, "Lukas Dorsch <lukas.d07@studmail.example>", "Deine Kfz-Versicherung Clio", dt(2026, 4, 24, 15, 5))
    return text(m, """Hi Lukas,

alles durch: dein Clio ist bei Regnitz versichert.

Vertrag: KF 40 2244 809, Renault Clio, BA-LD 703
Haftpflicht SF 1/2 (von der Oma übernommen), Teilkasko SB 150
Beitrag: 1.084,20 EUR im Jahr, monatlich 90,35 EUR vom Konto deines Vaters
(das hat er so unterschrieben)

Tipp: Wenn du 3 Jahre unfallfrei fährst, wird's deutlich billiger. Und die
Telematik-App lohnt sich bei dir wirklich.

Gute Fahrt!
Tobias
""")


@mail(180, "C", "de", "customer-to-broker", "breakdown abroad of a named customer's car, roadside assistance question")
def m180(n):
    m = new(n, "Sabine Krapp <sabine.krapp@netmail.example>", WEN, "Panne in Italien!!", dt(2026, 8, 12, 13, 18),
            headers=[("X-Mailer", "Android Mail")])
    return text(m, """Herr Wendel, ich steh mit dem Hyundai (BA-SK 1903) auf der A22 bei Trento, Motorkontrollleuchte und er fährt nicht mehr. Hab ich einen Schutzbrief? Auf der Karte steht eine Nummer aber da geht keiner ran. Wir sind zu dritt, Hotel ist in Riva. Bitte schnell!!
S. Krapp 0176 5521 098""")


@mail(181, "N", "en", "insurer-to-broker", "notice on domain certificate renewal for encrypted mail, no customer")
def m181(n):
    m = new(n, f"Regnitz SecureMail Team <securemail-admin@{RV}>", "j.hollerbach@hollerbach-kaya.example",
            "Your domain certificate expires on 30 November 2026", dt(2026, 10, 30, 10, 0))
    return text(m, """Dear partner,

the S/MIME domain certificate stored for hollerbach-kaya.example
(serial 4F:1A:22:9C:...:07, issuer "Example Trust CA 2") expires on 30 November 2026.

After expiry we can no longer encrypt mails to your domain directly; you will then
receive notification mails and read the messages in the SecureMail portal instead.

Please upload the renewed certificate (public key only, .cer or .pem) in the broker
portal under Administration > Security > Certificates.

Regnitz SecureMail Team
""", cte="7bit")


@mail(182, "N", "en", "supplier-to-broker", "trap: translation agency quote for certified translation of medical reports, no person")
def m182(n):
    m = new(n, "LinguaFranken <office@linguafranken.example>", "d.kaya@hollerbach-kaya.example",
            "Quote: certified translations EN<>DE", dt(2026, 11, 5, 15, 2))
    return text(m, """Dear Ms Kaya,

thank you for your enquiry. Our rates for certified translations:

- Medical reports, discharge letters, lab results (EN>DE or DE>EN):
  EUR 1.90 per standard line (55 characters), min. EUR 60 per document
- Insurance policies and general terms: EUR 1.60 per line
- Express (24 h): +50 %

All translators are sworn in at the Regional Court and bound to confidentiality;
we sign a data processing agreement (Art. 28 GDPR) before the first order.

Kind regards,
Sophie Brandl, LinguaFranken
""")


@mail(183, "N", "de", "internal", "trainee passed his interim exam, organisational congratulations")
def m183(n):
    m = new(n, HOL, TEAM, "Finn hat die Zwischenprüfung bestanden!", dt(2026, 11, 20, 11, 30))
    return text(m, """Hallo zusammen,

Finn hat die Zwischenprüfung geschafft - Glückwunsch! Freitag gibt's Kuchen,
Finn spendiert, wir spendieren den Sekt.

Jörg
""")


@mail(184, "N", "de", "insurer-to-broker", "trap: sample claim statement for fictitious 'Erika Musterfrau' showing the new layout, PDF")
def m184(n):
    m = new(n, MAKSERV, "info@hollerbach-kaya.example", "Neues Layout Leistungsabrechnung ab 01.12. (Muster)",
            dt(2026, 11, 12, 9, 0))
    text(m, """Sehr geehrte Vertriebspartner,

ab 01.12.2026 erhalten Ihre Kunden die Leistungsabrechnung Kranken in neuem
Layout. Damit Sie Rückfragen beantworten können, anbei ein Muster mit fiktiven
Daten.

Ihr Regnitz Maklerservice
""")
    attach(m, pdf([
        "#MUSTER - Leistungsabrechnung (fiktive Daten)",
        "",
        "Versicherte Person: Erika Musterfrau (fiktiv), Vers.-Nr. KV 0000 00000",
        "",
        "Rechnung Dr. Beispiel vom 01.10.2026, Diagnose: Z00.0 (Beispiel)   120,00 EUR   erstattet 120,00 EUR",
        "Rechnung Physio-Beispiel, 6x KG                                     210,00 EUR   erstattet 180,00 EUR",
        "Apotheke Musterstadt, Beispielpräparat                               24,90 EUR   erstattet  24,90 EUR",
        "",
        "Summe erstattet: 324,90 EUR",
        "Ihr Selbstbehalt 2026: bereits ausgeschöpft 600,00 EUR von 600,00 EUR",
        "",
        "Neu: QR-Code zur App, Ansprechpartner direkt auf Seite 1, Begründungen im Klartext.",
    ], title="Muster Leistungsabrechnung"), "d51-Muster_Leistungsabrechnung_neu.pdf")
    return m


@mail(185, "C", "de", "broker-to-insurer", "commercial water damage of a sole trader's café with business interruption figures")
def m185(n):
    m = new(n, WEN, HAAS, "26-GK-0002214 Barrett / Flat White - Ertragsausfall", dt(2026, 7, 3, 14, 12))
    return text(m, f"""Hallo Herr Haas,

zum Leitungswasserschaden im Café unserer Kundin Frau Chloe Barrett
(Einzelunternehmen Flat White Bamberg, GK 80 0012 774):

- Siebträgermaschine: Totalschaden lt. Gutachter Vogel, Neuwert 18.400 EUR
- 2 Kühlschränke: 3.180 EUR
- Bodenbelag/Trocknung: läuft über Gebäudeversicherung des Vermieters
- Betriebsschließung 21.06.-28.06. (8 Tage); Umsatz laut Kassenbuch Ø 655 EUR/Tag,
  Wareneinsatz 31 %, also Ertragsausfall ca. 3.615 EUR
- Aushilfslöhne liefen weiter: 1.600 EUR/Monat anteilig

Kassenbuchauszüge März-Mai lade ich im Portal hoch. Bitte um Abschlagszahlung
für die Maschine, sie muss neu bestellt werden.

{SIG_WEN}
""")


@mail(186, "S", "de", "insurer-to-broker", "examination appointment by the insurer's medical adviser for a named insured (ICS) and possible end of daily sickness benefit")
def m186(n):
    m = new(n, BEER, KAY, "KT 7731 04418 Müller-Hofmann - Begutachtung", dt(2026, 3, 20, 10, 5))
    text(m, """Hallo Frau Kaya,

wie angekündigt lassen wir die Arbeitsunfähigkeit von Herrn Müller-Hofmann
begutachten. Termin siehe Anhang, der Kunde erhält die Einladung auch per Post.
Sollte der Gutachter Berufsunfähigkeit als Fliesenleger feststellen, endet das
Krankentagegeld nach § 15 MB/KT drei Monate danach.

Viele Grüße
Annika Beer
""")
    attach(m, ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Regnitz Krankenversicherung//Leistung//DE",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:d51-0186-gutachten@{RV}",
        "DTSTAMP:20260320T090500Z",
        "DTSTART;TZID=Europe/Berlin:20260402T090000",
        "DTEND;TZID=Europe/Berlin:20260402T103000",
        "SUMMARY:Orthopädische Begutachtung J. Müller-Hofmann (KT 7731 04418)",
        "DESCRIPTION:Lumbaler Bandscheibenvorfall L5/S1 (M51.1)\\, AU seit 12.01.2026.",
        " Bitte MRT-Bilder und Entlassbericht Schmerzklinik mitbringen.",
        "LOCATION:Praxis Dr. Seuß\\, Gutachterzentrum\\, Schützenstr. 4\\, Bamberg",
        "END:VEVENT",
        "END:VCALENDAR",
    ]), "d51-Termin_Begutachtung.ics")
    return m


@mail(187, "N", "en", "newsletter", "trap: reinsurer conference invitation on mortality and morbidity trends, statistics only")
def m187(n):
    m = new(n, "Nordic Re Events <events@nordicre.example>", "j.hollerbach@hollerbach-kaya.example",
            "Invitation: Life & Health Trends Forum 2027, Munich", dt(2026, 11, 24, 9, 30),
            headers=[("Precedence", "bulk")])
    return text(m, """Life & Health Trends Forum 2027
Munich, 18-19 February 2027

Topics:
- Post-pandemic excess mortality in Europe: where are we now?
- Mental health now causes 35 % of new disability claims - underwriting answers
- GLP-1 drugs and obesity: impact on mortality and critical illness pricing
- Cancer survival rates and the "right to be forgotten" in underwriting

Speakers from reinsurers, insurers and universities. Participation is free for
intermediaries with life business; 8 CPD hours.

Register by 15 January 2027 at nordicre.example/forum
""")


@mail(188, "N", "de", "customer-to-broker", "prospect asks for an appointment, no personal details")
def m188(n):
    m = new(n, "Tim Kröner <tim.kroener@mailo.example>", "info@hollerbach-kaya.example", "Termin",
            dt(2026, 12, 1, 12, 44))
    return text(m, """Hallo,

ein Freund hat Sie empfohlen. Ich würde gern einen Termin für eine allgemeine
Beratung machen, was man so braucht, wenn man ausgelernt hat. Geht auch abends?

Gruß Tim Kröner
""", flowed=True)


@mail(189, "N", "de", "insurer-to-broker", "trap: health service brochure (second opinion, appointment service), no person")
def m189(n):
    m = new(n, NEWS, "d.kaya@hollerbach-kaya.example", "Gesundheitsservices für Ihre Kunden: Zweitmeinung, Facharzttermin, Videoarzt",
            dt(2026, 12, 3, 7, 30), headers=[("Precedence", "bulk")])
    plain = """Regnitz Gesundheitsservices - für alle Vollversicherten inklusive

- Zweitmeinung vor Operationen (Wirbelsäule, Knie, Hüfte, Krebs): Experten an
  Universitätskliniken prüfen die Diagnose und Therapieempfehlung.
- Facharzt-Terminservice: Termin beim Kardiologen, Neurologen oder Psychiater
  innerhalb von 10 Werktagen.
- Videoarzt 24/7: Krankschreibung, Rezept, Beratung bei Fieber, Infekten,
  Hautausschlag.
- Psychologische Soforthilfe: 5 Gespräche ohne Antrag.

Flyer und Textbausteine für Ihre Kundenansprache im Maklerportal.
"""
    h = "<html><body><pre style=\"font-family:Arial\">" + plain + "</pre></body></html>\n"
    return alt(m, plain, h)


@mail(190, "S", "en", "customer-to-broker", "named father reports newborn's jaundice and hospital stay, asks about bills")
def m190(n):
    m = new(n, "Gareth Lloyd <gareth.lloyd@lloyd-family.example>", "d.kaya@hollerbach-kaya.example",
            "Oliver is here!", dt(2026, 9, 28, 19, 2))
    return text(m, """Hi Derya,

Oliver James arrived on 24 September, 3,420 g, all fine at first! Unfortunately he
developed jaundice on day 2 and had to go under the blue lamp in the children's ward
for two days; Hannah had to stay longer with him. We're home since today.

Birth certificate is attached as a scan. Can you add him to the insurance? And will
the children's ward bill go to us or directly to Regnitz?

Exhausted but happy,
Gareth
""")


@mail(191, "S", "de", "broker-to-customer", "advice to a named customer on premium refund vs. submitting bills for his shoulder impingement")
def m191(n):
    m = new(n, KAY, "Ralf Sperber <kontakt@sperber-foto.example>", "AW: Beitragsrückerstattung - lohnt sich das?",
            dt(2026, 11, 19, 9, 27))
    return text(m, f"""Hallo Herr Sperber,

Rechnerisch ja: 740 EUR Rechnungen (Physio 560 + Orthopäde 180) gegen ca. 2.100 EUR
Rückerstattung - dann die Rechnungen dieses Jahr nicht einreichen.

Aber der Haken: Wenn die Schulter (Impingement) Anfang 2027 operiert wird, hat das
mit der BRE 2026 nichts zu tun, die OP-Kosten zahlt Regnitz ganz normal. Sie
verlieren nur die BRE für 2027. Die Rechnungen von 2026 können Sie übrigens noch bis
Ende 2027 einreichen, falls Sie es sich anders überlegen - also gut aufheben.

{SIG_KAY}
""", cte="quoted-printable")


@mail(192, "N", "mixed", "internal", "trap: German-English glossary of health and disability insurance terms for the team")
def m192(n):
    m = new(n, KAY, TEAM, "Glossar DE-EN für die Expat-Kunden", dt(2026, 10, 14, 14, 14))
    return text(m, """Hallo zusammen, weil wir so viele englischsprachige Kunden haben, hier mein Glossar.
Bitte ergänzen!

Krankentagegeld ........... daily sickness allowance
Krankenhaustagegeld ....... hospital daily allowance
Berufsunfähigkeit (BU) .... occupational disability
Pflegegrad ................ care level (1-5)
Heil- und Kostenplan ...... treatment and cost plan (dentist)
Selbstbeteiligung ......... deductible / excess
Wartezeit ................. waiting period
Gesundheitsfragen ......... health questions (underwriting)
Risikozuschlag ............ premium loading
Leistungsausschluss ....... exclusion
Schweigepflichtentbindung . release from medical confidentiality
Arbeitsunfähigkeitsbescheinigung (AU) ... sick note / doctor's certificate

Derya
""")


@mail(193, "N", "de", "internal", "year-end organisation: inventory and archive")
def m193(n):
    m = new(n, HOL, TEAM, "Jahresende - To-dos", dt(2026, 12, 14, 8, 40))
    return text(m, """Moin,

bis 23.12. bitte noch:
- Ablage leer machen, Posteingang MVP auf null
- Inventur Büromaterial (Marlene)
- Weiterbildungsstunden 2026 in die Liste eintragen, jeder mind. 15 h!
- Laptops einmal neu starten wegen Updates (Finn prüft)

Büro ist vom 24.12. bis 06.01. zu, Notfallnummer auf dem AB.

Jörg
""", charset="iso-8859-1", cte="quoted-printable")


@mail(194, "N", "en", "system", "delivery failure notice for a newsletter to an unknown address, no content")
def m194(n):
    m = new(n, "Mail Delivery System <MAILER-DAEMON@mx.hollerbach-kaya.example>", "info@hollerbach-kaya.example",
            "Undelivered Mail Returned to Sender", dt(2026, 3, 24, 10, 1),
            headers=[("Auto-Submitted", "auto-replied")], mid_host="mx.hollerbach-kaya.example")
    return text(m, """This is the mail system at host mx.hollerbach-kaya.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<k.hertlein@altmail.example>: host mx.altmail.example said:
    550 5.1.1 <k.hertlein@altmail.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--- Original message headers ---
From: Hollerbach & Kaya Versicherungsmakler <info@hollerbach-kaya.example>
Subject: =?utf-8?q?Fr=C3=BChjahrs-Info_2026=3A_E-Bike=2C_Unwetter=2C_neue_B=C3=BCrozeiten?=
Date: Tue, 24 Mar 2026 10:00:00 +0100
""", cte="7bit")


@mail(195, "C", "en", "broker-to-customer", "motor renewal of a named expat with premium, no-claims class and additional driver")
def m195(n):
    m = new(n, WEN, "Priya Raman <priya.raman@fenwick-analytics.example>", "Your car insurance 2027",
            dt(2026, 12, 2, 16, 8))
    return text(m, """Hi Priya,

your renewal for 2027 (KF 40 2207 431, Mazda CX-30) is in:

No-claims class: SF 8 (the UK years were recognised)
Premium 2027: EUR 684.30 incl. Arjun as additional driver
(2026: EUR 802.10 - so it's getting cheaper!)

Nothing to do, it renews automatically on 1 January and will be debited from your
account as usual.

Merry Christmas,
Tobias
""")


@mail(196, "N", "de", "insurer-to-broker", "trap: actuarial basis change for pension products (interest, mortality table), no person")
def m196(n):
    m = new(n, NEWS, "j.hollerbach@hollerbach-kaya.example", "Leben 2027: neue Rechnungsgrundlagen",
            dt(2026, 11, 26, 7, 30), headers=[("Precedence", "bulk")])
    return text(m, """Regnitz Makler-News Leben

Zum 01.01.2027 stellen wir die Rentenversicherungen auf neue Rechnungsgrundlagen um:
- Rechnungszins 1,25 % (bisher 1,0 %), Garantieniveau Beitragserhalt 80-100 %
- Sterbetafel DAV 2004 R mit aktualisierten Trendannahmen: die Lebenserwartung
  eines 67-jährigen Mannes steigt rechnerisch um 0,4 Jahre, einer Frau um 0,3 Jahre
- Rentenfaktor FlexRente: 30,40 EUR je 10.000 EUR Guthaben (bisher 29,10 EUR)
- Risikolebensversicherung: Raucher/Nichtraucher-Tarife neu kalkuliert,
  Nichtraucher bis zu 8 % günstiger

Anträge mit Unterschrift bis 30.12.2026 werden noch nach altem Tarif policiert.
""")


@mail(197, "N", "de", "internal", "new password policy for the broker software")
def m197(n):
    m = new(n, ALB, TEAM, "Neue Passwortregeln MVP ab Montag", dt(2026, 9, 24, 15, 15))
    return text(m, """Hallo zusammen,

ab Montag gelten im MVP neue Regeln (Vorgabe von Ordnix):
- mind. 12 Zeichen
- Zwei-Faktor mit der Authenticator-App Pflicht
- kein Passwort mehr auf Post-its am Bildschirm (Jörg... ;-) )

Ich helfe beim Einrichten, einfach Bescheid sagen.

Finn
""")


@mail(198, "N", "de", "insurer-to-broker", "trap: premium adjustment in long-term care tariffs with average figures")
def m198(n):
    m = new(n, MAKSERV, "d.kaya@hollerbach-kaya.example", "Beitragsanpassung Pflegetagegeld zum 01.01.2027",
            dt(2026, 11, 10, 10, 0))
    return text(m, """Sehr geehrte Vertriebspartner,

zum 01.01.2027 passen wir die Beiträge der Pflegetagegeldtarife PT-Flex und PT-Basis
an. Grund sind die gestiegene Zahl der Leistungsfälle (Pflegegrad 2 und 3, vor allem
Demenz) und die längere Leistungsdauer.

Durchschnittliche Erhöhung: PT-Flex +9,2 %, PT-Basis +11,8 %
Beispiel PT-Flex, Tagessatz 50 EUR, Eintrittsalter 45: 35,40 EUR -> 38,65 EUR

Die Kunden erhalten ihr Schreiben Mitte November. Eine Liste der betroffenen
Verträge Ihres Bestands liegt in der elektronischen Vermittlerpost.

Ihr Regnitz Maklerservice
""")


@mail(199, "C", "de", "insurer-to-broker", "motor renewal list with named customers, plates and premiums inside a ZIP (CSV)")
def m199(n):
    m = new(n, f"Regnitz Kfz-Vertrag <kfz-vertrag@{RV}>", WEN, "Beitragsrechnungen Kfz 2027 - Übersicht Vermittler 48-1107",
            dt(2026, 11, 25, 5, 0), headers=[("Auto-Submitted", "auto-generated")])
    text(m, """Sehr geehrter Herr Wendel,

anbei die Übersicht der Beitragsrechnungen 2027 für Ihre Kunden (Auszug,
Änderungen über 10 %).

Regnitz Allgemeine Versicherung AG
""")
    rows = csvb([
        ("Vertrag", "VN", "Kennzeichen", "SF KH", "Beitrag 2026", "Beitrag 2027", "Änderung"),
        ("KF 40 2219 873", "Eberlein, Markus", "BA-ME 412", "SF 4", "521,10", "734,80", "+41,0 %"),
        ("KF 40 2244 809", "Dorsch, Lukas", "BA-LD 703", "SF 1/2", "1.084,20", "1.212,60", "+11,8 %"),
        ("KF 40 2290 604", "Straub, Kevin", "BA-KS 2026", "SF 8", "688,00", "771,40", "+12,1 %"),
        ("KF 40 2207 431", "Raman, Priya", "BA-PR 808", "SF 8", "802,10", "684,30", "-14,7 %"),
        ("KF 40 2240 117", "Aydin, Emre", "BA-EA 861", "SF 11", "612,70", "689,90", "+12,6 %"),
    ], encoding="windows-1252")
    attach(m, zipb([("Beitragsrechnungen_2027_48-1107.csv", rows)]), "d51-Kfz_Beitraege_2027.zip")
    return m


@mail(200, "C", "de", "broker-to-customer", "building claim settlement for a named customer's garage, amounts and payment")
def m200(n):
    m = new(n, SCH, "Herbert Dorsch <h.dorsch@t-mail.example>", "Ihre Garage - Regnitz zahlt", dt(2026, 12, 9, 11, 50))
    return text(m, f"""Sehr geehrter Herr Dorsch,

Regnitz hat den Sturmschaden an Ihrer Garage (Schaden 26-WG-0014420, Vertrag
WG 22 4401 173) abgerechnet:

Dachdecker Rauh: 6.840,00 EUR
Spengler (Dachrinne): 1.120,50 EUR
Baumbeseitigung: 680,00 EUR
abzgl. Selbstbehalt: -500,00 EUR
Zahlung: 8.140,50 EUR auf Ihr Konto bei der VR Bank Bamberg-Forchheim
(DE22 7702 0070 0612 9930 45)

Der Nachbar haftet nicht, weil der Baum gesund war - da hatten Sie recht.

Schöne Feiertage!

{SIG_SCH}
""")


# --------------------------------------------------------------------------- build and check

def build():
    """Return {filename: bytes} for all mails and the labels.tsv bytes."""
    assert sorted(MAILS) == list(range(1, 201)), "need mails 1..200"
    random.seed(NN)
    out = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        label, lang, kind, reason, f = MAILS[n]
        assert "\t" not in reason and "\n" not in reason
        assert lang in ("de", "en", "mixed")
        name = f"d{NN}-{n:04d}.eml"
        out[name] = finish(f(n), n)
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    return out, ("\n".join(rows) + "\n").encode("utf-8")


def write():
    mails, labels = build()
    os.makedirs(MAILDIR, exist_ok=True)
    for name, data in mails.items():
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels)
    print(f"wrote {len(mails)} mails")


def check_attachment(name, data, where):
    """Open one attachment with its library; returns a list of (kind) opened."""
    ext = name.rsplit(".", 1)[-1].lower()
    opened = [ext]
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        txt = "".join(p.extract_text() or "" for p in r.pages)
        assert txt.strip(), f"{where}: PDF {name} has no text layer"
    elif ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(data))
        assert any(ws.max_row >= 1 for ws in wb.worksheets)
    elif ext == "docx":
        import docx as _docx
        d = _docx.Document(io.BytesIO(data))
        assert d.paragraphs or d.tables
    elif ext in ("odt", "ods"):
        from odf.opendocument import load
        from odf import teletype
        from odf.text import P
        doc = load(io.BytesIO(data))
        assert "".join(teletype.extractText(p) for p in doc.getElementsByType(P)).strip()
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        for info in z.infolist():
            opened += check_attachment(info.filename, z.read(info.filename), f"{where}/{name}")
    elif ext == "ics":
        from icalendar import Calendar
        cal = Calendar.from_ical(data)
        assert cal.name == "VCALENDAR"
    elif ext in ("csv", "txt"):
        assert data.strip()
    return opened


def check_message(msg, where, stats):
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype == "message/rfc822":
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if fn:
            stats.extend(check_attachment(fn, payload, where))
            if part.get_content_maintype() == "text":
                payload.decode(part.get_content_charset() or "utf-8")
        elif part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload.decode(cs)  # strict
        if part.get_content_type() == "message/rfc822":
            stats.append("eml")
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            stats.append("eml")


def check():
    a_mails, a_labels = build()
    b_mails, b_labels = build()
    assert a_mails == b_mails and a_labels == b_labels, "build is not deterministic"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        assert fh.read() == a_labels, "labels.tsv differs from the generator"
    on_disk = sorted(os.listdir(MAILDIR))
    assert on_disk == sorted(a_mails), "mails/ holds other files"
    ids = set()
    stats = []
    for name, data in sorted(a_mails.items()):
        with open(os.path.join(MAILDIR, name), "rb") as fh:
            assert fh.read() == data, f"{name} differs from the generator"
        assert re.search(rb"(?<!\r)\n", data) is None, f"{name}: bare LF"
        assert re.search(rb"\r(?!\n)", data) is None, f"{name}: bare CR"
        for line in data.split(b"\r\n"):
            assert len(line) <= 998, f"{name}: line > 998 octets"
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid = msg["Message-ID"]
        assert mid.startswith(f"<d{NN}-{name[4:8]}."), (name, mid)
        assert mid not in ids, f"duplicate Message-ID {mid}"
        ids.add(mid)
        assert parsedate_to_datetime(msg["Date"]).year == 2026
        check_message(msg, name, stats)
    counts = {}
    for line in a_labels.decode("utf-8").splitlines()[1:]:
        f, label, lang, kind, reason = line.split("\t")
        counts[(label, lang)] = counts.get((label, lang), 0) + 1
    for k in sorted(counts):
        print(f"  {k[0]:<22} {k[1]:<6} {counts[k]}")
    att = {}
    for s in stats:
        att[s] = att.get(s, 0) + 1
    print("  attachments opened:", ", ".join(f"{k} {v}" for k, v in sorted(att.items())))
    print("check OK")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
