#!/usr/bin/env python3
"""dev54 corpus generator: 200 hand-written, labelled, fictitious mails about
company pensions (bAV) and group business of the invented insurer
"Lindenhof Lebensversicherung AG" (lindenhof-leben.example), Hannover.

Every mail is written by hand in its own function m001 ... m200. The helpers
below only turn that content into MIME (Python `email`, policy=SMTP, CRLF) or
into a file format (PDF, XLSX, DOCX, ODT/ODS, CSV, ICS, ZIP).

Usage:
    python make_corpus.py           # writes mails/ and labels.tsv
    python make_corpus.py --check   # rebuilds twice, compares, validates
"""
import csv
import datetime as _dt
import io
import random
import re
import sys
import zipfile
from email import policy as _policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

NN = 54
random.seed(NN)
HERE = Path(__file__).resolve().parent
SMTP = _policy.SMTP
BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")
FIXED_TS = (2026, 1, 2, 8, 0, 0)  # timestamp inside every ZIP-based file
FIXED_DT = _dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=_dt.timezone.utc)

REGISTRY = []


def mail_fn(fn):
    REGISTRY.append(fn)
    return fn


# ---------------------------------------------------------------- dates

def date_hdr(stamp, tz="de"):
    """'2026-03-12 09:14:05' -> RFC 5322 date with the right offset."""
    zone = {"de": BERLIN, "uk": LONDON}.get(tz, BERLIN)
    d = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M")
    return format_datetime(d.replace(tzinfo=zone))


# ---------------------------------------------------------------- file formats

def _renorm_zip(data, keep_order=True):
    """Rewrite a ZIP container with fixed timestamps and fixed document dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2026-01-02T08:00:00Z\g<2>", txt)
                txt = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)",
                             r"\g<1>2026-01-02T08:00:00\g<2>", txt)
                txt = re.sub(r"(<dc:date>)[^<]*(</dc:date>)",
                             r"\g<1>2026-01-02T08:00:00\g<2>", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def make_pdf(lines, title="Dokument", author="Lindenhof Lebensversicherung AG"):
    """lines: list of str; '# ' prefix = heading, '' = blank line."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("dev54 make_corpus")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for line in lines:
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(4)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_xlsx(sheets):
    """sheets: list of (sheet title, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Lindenhof"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return _renorm_zip(buf.getvalue())


def make_docx(paragraphs, table=None):
    """paragraphs: list of str ('# ' = heading); table: optional list of rows."""
    import docx
    d = docx.Document()
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = "dev54"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = "dev54"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _renorm_zip(buf.getvalue())


def make_odt(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paragraphs:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    buf = io.BytesIO()
    doc.save(buf)
    return _renorm_zip(buf.getvalue())


def make_ods(title, rows):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=title)
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
    buf = io.BytesIO()
    doc.save(buf)
    return _renorm_zip(buf.getvalue())


def _odf_warmup():
    """odfpy registers namespaces globally while documents are built, so the
    very first document of a process would get a shorter namespace list.
    Building one throw-away text and spreadsheet document first makes every
    later document byte-identical."""
    make_odt(["# warm-up", "x"])
    make_ods("warm-up", [["x", 1]])


def make_csv(rows, encoding="utf-8", sep=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def make_ics(uid, summary, start, end, location="", description="", organizer="", attendees=(), tz="Europe/Berlin", method="REQUEST"):
    from icalendar import Calendar, Event, vCalAddress
    cal = Calendar()
    cal.add("prodid", "-//dev54//make_corpus//DE")
    cal.add("version", "2.0")
    cal.add("method", method)
    ev = Event()
    ev.add("uid", uid)
    ev.add("dtstamp", FIXED_DT)
    zone = ZoneInfo(tz)
    ev.add("dtstart", _dt.datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=zone))
    ev.add("dtend", _dt.datetime.strptime(end, "%Y-%m-%d %H:%M").replace(tzinfo=zone))
    ev.add("summary", summary)
    if location:
        ev.add("location", location)
    if description:
        ev.add("description", description)
    if organizer:
        ev["organizer"] = vCalAddress("mailto:" + organizer)
    for a in attendees:
        ev.add("attendee", vCalAddress("mailto:" + a))
    cal.add_component(ev)
    return cal.to_ical()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- MIME

CTYPES = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "zip": ("application", "zip"),
    "txt": ("text", "plain"),
    "bin": ("application", "octet-stream"),
}


def build(n, frm, to, subject, date, body=None, html=None, cc=None, tz="de",
          charset="utf-8", cte=None, html_cte=None, flowed=False, attachments=(),
          reply_to=None, in_reply_to=None, headers=(), domain=None, html_only=False,
          forward=None):
    """Assemble one message. attachments: list of (filename, bytes[, ctype-key or (main, sub)])."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = date_hdr(date, tz)
    if domain is None:
        domain = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
    stamp = re.sub(r"\D", "", date)
    msg["Message-ID"] = f"<d{NN}-{n:04d}.{stamp}@{domain}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in headers:
        msg[k] = v
    params = {"format": "flowed"} if flowed else None
    if html_only:
        msg.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    else:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        if params:
            kw["params"] = params
        msg.set_content(body, **kw)
        if html is not None:
            hk = {"charset": charset}
            if html_cte:
                hk["cte"] = html_cte
            msg.add_alternative(html, subtype="html", **hk)
    if forward is not None:
        msg.add_attachment(forward, cte="8bit" if _has_8bit(forward) else "7bit")
    for att in attachments:
        fname, data = att[0], att[1]
        kind = att[2] if len(att) > 2 else fname.rsplit(".", 1)[-1].lower()
        main, sub = kind if isinstance(kind, tuple) else CTYPES[kind]
        extra = att[3] if len(att) > 3 else {}
        msg.add_attachment(data, maintype=main, subtype=sub, filename=fname, **extra)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"=_d{NN}-{n:04d}-b{i}")
    return msg


def _has_8bit(m):
    return any(b > 127 for b in m.as_bytes(policy=SMTP))


def inner(frm, to, subject, date, body, tz="de", domain=None, cc=None, charset="utf-8", n=None, attachments=()):
    """A mail that gets forwarded as message/rfc822 (no Message-ID of the corpus form needed)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date_hdr(date, tz)
    if domain is None:
        domain = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
    stamp = re.sub(r"\D", "", date)
    msg["Message-ID"] = f"<orig-{stamp}.{n or 0}@{domain}>"
    msg.set_content(body, charset=charset)
    for att in attachments:
        fname, data = att[0], att[1]
        main, sub = CTYPES[fname.rsplit(".", 1)[-1].lower()]
        msg.add_attachment(data, maintype=main, subtype=sub, filename=fname)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"=_inner-{stamp}-b{i}")
    return msg


# ---------------------------------------------------------------- people & signatures (plain constants)

INS = "lindenhof-leben.example"
SIG_OLTMANNS = """-- 
Sabine Oltmanns
Firmenkundenbetreuung bAV
Lindenhof Lebensversicherung AG
Lindenhofallee 12, 30159 Hannover
Tel. +49 511 4720-318
sabine.oltmanns@lindenhof-leben.example"""
SIG_WEHRHAHN = """-- 
Jörg Wehrhahn
Leistung Kollektiv-Leben
Lindenhof Lebensversicherung AG · Lindenhofallee 12 · 30159 Hannover
Telefon 0511 4720-455"""
SIG_NAIR = """-- 
Priya Nair
International Benefits Desk
Lindenhof Lebensversicherung AG, Hannover, Germany
+49 511 4720-610 | priya.nair@lindenhof-leben.example"""
SIG_BRANDES = """Viele Grüße
Kevin Brandes
bKV-Service | Lindenhof Krankenversicherung AG
Tel. 0511 4720-377"""
SIG_DEMIRCI = """Mit freundlichen Grüßen
Aylin Demirci
Schaden Gruppenunfall
Lindenhof Versicherungen | Lindenhofallee 12 | 30159 Hannover
Tel. 0511 4720-492"""
SIG_REINECKE = """Beste Grüße / Best regards
Thomas Reinecke
Key Account Management Firmenkunden
Lindenhof Versicherungen
Mobil +49 171 5530214"""
SIG_MARQUARDT = """Dr. Ines Marquardt
Aktuariat Kollektiv / Pensionsgutachten
Lindenhof Lebensversicherung AG"""
DISCLAIMER = """
Lindenhof Lebensversicherung AG · Sitz Hannover · Amtsgericht Hannover HRB 70412
Vorstand: Dr. Henrike Baltrusch (Vors.), Matthias Oelkers, Sven Gerdau
Aufsichtsratsvorsitzender: Prof. Dr. Gernot Lühr
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""
DISCLAIMER_EN = """
Lindenhof Lebensversicherung AG, registered office Hannover, HRB 70412.
This e-mail may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail."""


# ================================================================ mails 001-025

@mail_fn
def m001():
    body = """Lindenhof bAV-Update 1/2026
================================

Liebe Personalverantwortliche,

zum Jahresbeginn die wichtigsten Werte für die betriebliche Altersversorgung
auf einen Blick:

* Beitragsbemessungsgrenze West/Ost (RV) 2026: 8.450 EUR monatlich
* Steuerfreier Höchstbetrag § 3 Nr. 63 EStG: 8 % der BBG = 676 EUR/Monat
* Sozialversicherungsfrei: 4 % der BBG = 338 EUR/Monat
* Arbeitgeberzuschuss bei Entgeltumwandlung: 15 % (soweit SV-Ersparnis)
* Förderbetrag für Geringverdiener (§ 100 EStG): Einkommensgrenze jetzt
  2.800 EUR brutto/Monat

Was bedeutet das für Ihre Lohnabrechnung? Wenn Beschäftigte bisher den
Höchstbetrag ausgeschöpft haben, kann die Umwandlung ab Januar angepasst
werden. Eine formlose Nachricht an Ihre Betreuerin genügt.

Termine
-------
Online-Sprechstunde "bAV in der Lohnabrechnung": jeden 2. Dienstag, 10 Uhr.
Anmeldung im Firmenkundenportal unter Service > Veranstaltungen.

Sie erhalten diesen Newsletter, weil Ihr Unternehmen einen Kollektivvertrag
bei der Lindenhof Lebensversicherung AG hat. Abmelden:
https://firmenportal.lindenhof-leben.example/newsletter/abmelden

Lindenhof Lebensversicherung AG · Lindenhofallee 12 · 30159 Hannover
"""
    msg = build(1, "Lindenhof Firmenkunden-Newsletter <newsletter@lindenhof-leben.example>",
                "undisclosed-recipients:;", "bAV-Update 1/2026: Rechengrößen, Förderbetrag, Termine",
                "2026-01-08 07:30:00", body, headers=[("List-Unsubscribe", "<https://firmenportal.lindenhof-leben.example/newsletter/abmelden>"), ("Precedence", "bulk")])
    return msg, "NORMAL", "de", "newsletter", "trap: bAV thresholds and salary figures, no person"


@mail_fn
def m002():
    rows = [
        ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Tarif", "Umwandlung mtl. EUR", "AG-Zuschuss EUR", "Bezugsrecht Tod"],
        [10482, "Kaminski", "Robert", "14.07.1991", "01.02.2026", "DV Klassik Plus", 150.00, 22.50, "Ehefrau"],
        [10483, "Yıldız", "Selin", "02.11.1998", "01.02.2026", "DV Klassik Plus", 100.00, 15.00, "gesetzl. Erben"],
        [10486, "Brockmann", "Till", "27.03.1987", "01.02.2026", "DV Fonds Flex", 248.00, 37.20, "Lebensgefährtin Maren Sölter"],
        [10491, "Oyelaran", "Femi", "09.09.1979", "15.02.2026", "DV Klassik Plus", 80.00, 12.00, "Ehefrau"],
    ]
    body = """Hallo Frau Oltmanns,

anbei wie besprochen die Neuzugänge für Februar. Bitte wie immer zum
Monatsersten policieren, die Beiträge ziehen Sie bitte mit dem
Sammelinkasso ein.

Schöne Grüße aus Wolfsburg
Monika Lauterbach
Personalabteilung
Brückner Feinmechanik GmbH
Tel. 05361 88 41-20
"""
    msg = build(2, "Monika Lauterbach <m.lauterbach@brueckner-feinmechanik.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Neuzugänge Februar", "2026-01-21 14:02:11", body,
                attachments=[("d54-0002_Zugaenge_DV_02-2026.xlsx", make_xlsx([("Zugänge", rows)]))])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "harmless body; XLSX of named employees with birth dates, Direktversicherung and salary conversion"


@mail_fn
def m003():
    body = """Hi Priya,

quick one: we received invoice no. 2026-GU-00871 for our group accident
framework contract GU 44 712 00 (EUR 18,420.00 for Q1). Our AP team
says the SEPA mandate on file is still the old one for the Commerzbank
account. Can you confirm that you will collect from the new company
account DE26 1009 0000 8701 7178 60 (Solvaris Technologies GmbH) from
April on?

Headcount has not changed, still 212 FTE in the scheme.

Thanks,
Rachel

Rachel O'Donnell
Head of People Operations DACH
Solvaris Technologies GmbH | Theresienhöhe 28 | 80339 München
"""
    msg = build(3, "Rachel O'Donnell <rachel.odonnell@solvaris.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Group accident invoice Q1 / new SEPA mandate", "2026-01-26 10:41:00", body)
    return msg, "CONFIDENTIAL", "en", "company-to-insurer", "company as policyholder of group accident framework contract with named contact, contract no.; company IBAN, no employee named"


@mail_fn
def m004():
    body = """Sehr geehrte Frau Ahlers,

vielen Dank für Ihre Nachricht und unser herzliches Beileid an die
Kolleginnen und Kollegen von Herrn Albrecht.

Für die Direktversicherung Nr. DV 7714-3320-05 benötigen wir zur
Auszahlung der Todesfallleistung:

1. die Sterbeurkunde (Kopie genügt),
2. eine ärztliche Bescheinigung über die Todesursache (Vordruck anbei
   folgt per Post an die Hinterbliebene),
3. den Versicherungsschein, falls im Original vorhanden.

Bezugsberechtigt ist laut Vertrag die Ehefrau, Frau Dagmar Albrecht. Wir
schreiben sie direkt an, sobald Sie uns die Anschrift bestätigt haben.

Mit freundlichen Grüßen
""" + SIG_WEHRHAHN + """

-----Ursprüngliche Nachricht-----
Von: Katrin Ahlers <k.ahlers@nordhafen-logistik.example>
Gesendet: Montag, 2. Februar 2026 16:20
An: Leistung Kollektiv-Leben <leistung-kollektiv@lindenhof-leben.example>
Betreff: Todesfall Mitarbeiter Jens Albrecht, Pers.-Nr. 3318

Guten Tag,

leider müssen wir mitteilen, dass unser Mitarbeiter Jens Albrecht
(geb. 19.05.1968) am Samstag nach einem Herzinfarkt auf dem Betriebsgelände
verstorben ist. Er hatte über uns eine Direktversicherung bei Ihnen.
Was brauchen Sie von uns?

Katrin Ahlers
Personalwesen, Nordhafen Logistik SE, Bremerhaven
""" + DISCLAIMER
    msg = build(4, "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Katrin Ahlers <k.ahlers@nordhafen-logistik.example>",
                "AW: Todesfall Mitarbeiter Jens Albrecht, Pers.-Nr. 3318", "2026-02-03 09:12:40", body,
                cte="quoted-printable", in_reply_to="<orig-20260202162000.4@nordhafen-logistik.example>")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company", "death of named insured employee, cause of death, Direktversicherung, beneficiary"


@mail_fn
def m005():
    rows = [
        ["employee_id", "last_name", "first_name", "date_of_birth", "gender", "annual_base_salary_EUR", "hours_per_week", "entry_date", "cover_level"],
        ["E-00000", "Mustermann", "Max", "01.01.1980", "m", "55000", "40", "01.01.2026", "2x salary"],
        ["<ID>", "<Surname>", "<First name>", "<DD.MM.YYYY>", "<m/f/d>", "<amount>", "<hours>", "<DD.MM.YYYY>", "<2x / 3x salary>"],
    ]
    body = """Dear Daniel,

as promised in yesterday's call, attached is our standard census template
for the group income protection quote. Please keep the column order; the
first row is a fictitious example (Max Mustermann), please delete it before
you fill in your data. One row per employee, salaries as annual base only,
no bonus.

Do NOT send the completed file by normal e-mail – please upload it in the
employer portal or use our secure mail link, as it will contain personal
data.

Kind regards
""" + SIG_NAIR + DISCLAIMER_EN
    msg = build(5, "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Daniel Okafor <daniel.okafor@meridian-cg.example>",
                "Census template – group income protection quote", "2026-01-27 11:05:00", body,
                attachments=[("d54-0005_census_template_GIP.csv", make_csv(rows, sep=","))])
    return msg, "NORMAL", "en", "insurer-to-company", "trap: census template with fictitious Max Mustermann and placeholders"


@mail_fn
def m006():
    body = """Hallo Herr Hartwig,

danke für Ihre Meldung über das Dienstrad-Portal. Wir haben den Diebstahl
Ihres E-Bikes (Riese & Müller Charger4, Rahmennr. WAV4471933K) unter der
Schadennummer DR-26-004417 angelegt. Versicherungsnehmer ist Ihr
Arbeitgeber, die Voltaro Mobility GmbH, im Rahmen des Dienstrad-
Gruppenvertrags DRG 58 210.

Was wir noch brauchen:
- die Anzeigebestätigung der Polizei Leipzig (Vorgangsnummer reicht
  zunächst),
- Kaufbeleg des Rahmenschlosses (Abus Bordo),
- beide Schlüssel bitte per Post an uns.

Gut, dass Ihnen selbst nichts passiert ist. Sobald die Unterlagen da
sind, rechnen wir direkt mit dem Leasinggeber ab.

Viele Grüße
Marlene Tiedke
Schaden Sach / Dienstrad
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(6, "Marlene Tiedke <marlene.tiedke@lindenhof-leben.example>",
                "Leon Hartwig <leon.hartwig@voltaro.example>",
                "Ihr Schaden DR-26-004417 – Diebstahl Dienstrad", "2026-01-29 15:33:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee, claim number in bike-leasing group property cover, no injury"


@mail_fn
def m007():
    body = """Dear Mr Reinecke,

I need some guidance on our group income protection policy (GIP-2291).

One of our QA specialists, Sophie Brandt, has been off sick since
10 November 2025. Occupational health told us it is burnout / a depressive
episode and that she will not be back before summer at the earliest. Her
continued pay (Entgeltfortzahlung) ended on 21 December.

1) Do we keep paying her premium while she receives Krankengeld?
2) When can we notify a claim under the GIP – is there a deferred period
   of 6 months from the first day of absence?
3) Which medical evidence will you need from her GP and psychiatrist?

She agreed that I contact you. Her date of birth is 3 April 1984, in case
you need it.

Best regards,
Emma Whitfield
HR Business Partner, Kestrel Pharma Deutschland GmbH
"""
    msg = build(7, "Emma Whitfield <emma.whitfield@kestrel-pharma.example>",
                "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "GIP-2291 – employee on long-term sick leave", "2026-01-30 08:47:00", body, tz="de")
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "named employee's depressive episode, long sickness, group income protection claim"


@mail_fn
def m008():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13.02.2026 nicht im Büro und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Team
Firmenkundenbetreuung bAV: bav-firmen@lindenhof-leben.example oder
0511 4720-300.

Thank you for your message. I am out of the office until 13 February 2026.
For urgent matters please contact bav-firmen@lindenhof-leben.example.

Sabine Oltmanns
"""
    msg = build(8, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Monika Lauterbach <m.lauterbach@brueckner-feinmechanik.example>",
                "Automatische Antwort: Neuzugänge Februar", "2026-02-06 07:58:00", body,
                headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return msg, "NORMAL", "mixed", "insurer-to-company", "out-of-office reply, no content"


@mail_fn
def m009():
    body = """Hallo,

ich bin schwanger (ET 18. März) und gehe danach in Elternzeit, bis
voraussichtlich Ende März 2027. Meine Personalabteilung sagt, ich soll
mich wegen meiner Direktversicherung selbst bei Ihnen melden.

Kann ich die Beiträge in der Zeit aussetzen ohne dass der Vertrag
kaputt geht? Oder muss ich privat weiterzahlen? Vertragsnummer ist
DV 7715-0081-22.

Danke und LG
Jasmin Hollweg

Von meinem iPhone gesendet
"""
    msg = build(9, "Jasmin Hollweg <jasmin.hollweg@mailbox.example>",
                "service@lindenhof-leben.example",
                "Elternzeit", "2026-02-09 21:17:00", body, flowed=True)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "employee-to-insurer", "pregnancy and parental leave of named insured employee, Direktversicherung number"


@mail_fn
def m010():
    body = """Hi Martin,

as discussed for the 2026 treaty renewal, attached figures are aggregated
over the whole group income protection portfolio (all schemes, 2021-2025).
No scheme or individual is identifiable; cells below 5 claims are merged.

Incidence per 1,000 insured lives and year:

age band   all causes   F (mental)   M (musculoskeletal)   C (neoplasms)   other
18-34         1.9          0.9            0.4                  0.2          0.4
35-44         3.1          1.4            0.7                  0.4          0.6
45-54         5.6          2.0            1.5                  0.9          1.2
55-67         9.8          2.6            3.1                  1.8          2.3

Mean claim duration 31 months; termination by recovery 44 %, by
retirement 38 %, by death 6 %, other 12 %.

Happy to walk you through it on Thursday.

Regards
Dr. Ines Marquardt
Collective Actuarial, Lindenhof Lebensversicherung AG
"""
    msg = build(10, "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "Martin Vogelsang <m.vogelsang@hanover-re-partner.example>",
                "GIP portfolio experience 2021-2025 for renewal", "2026-02-10 16:02:00", body)
    return msg, "NORMAL", "en", "insurer-to-reinsurer", "trap: disability incidence by ICD chapter, aggregated, small cells merged"


@mail_fn
def m011():
    body = """Sehr geehrter Herr Petersen,

anbei Ihre Provisionsabrechnung für Januar 2026 (Kollektivgeschäft bAV).

Abrechnungszeitraum:        01.01.2026 - 31.01.2026
Abschlussprovision:         4.812,50 EUR
Bestandspflegeprovision:      936,20 EUR
Stornoreserve (10 %):        -574,87 EUR
Auszahlung:                 5.173,83 EUR

Die Überweisung erfolgt zum 15.02.2026 auf Ihr Konto
IBAN DE13 2505 0180 4654 7151 99 (Sparkasse Hannover),
Kontoinhaber: Michael Petersen, Vorsorgekontor Petersen e.K.

Steuerliche Angaben: Steuernummer 25/142/08817, Umsätze nach
§ 4 Nr. 11 UStG steuerfrei.

Mit freundlichen Grüßen
Vermittlerabrechnung
Lindenhof Lebensversicherung AG
""" + DISCLAIMER
    msg = build(11, "Vermittlerabrechnung <vermittlerabrechnung@lindenhof-leben.example>",
                "Michael Petersen <mp@vorsorgekontor-petersen.example>",
                "Provisionsabrechnung 01/2026 – Vermittlernr. 40-7781", "2026-02-11 06:15:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-broker", "sole-trader broker's IBAN, tax number and commission income"


@mail_fn
def m012():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Guten Tag Frau Sander,</p>
<p>wir haben Ihre Rechnung über unser bKV-Portal erhalten und erstattet.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Leistungserbringer</th><th>Leistung</th><th>Rechnungsbetrag</th><th>Erstattung</th></tr>
<tr><td>Zahnarztpraxis Dr. Feldhoff, Bochum</td><td>Implantat regio 36, GOZ 9010, Krone 2200</td><td>2.845,60 EUR</td><td>1.138,24 EUR</td></tr>
<tr><td>Dentallabor Wittkamp</td><td>Material- und Laborkosten</td><td>612,00 EUR</td><td>244,80 EUR</td></tr>
</table>
<p>Der Betrag wird in den nächsten Tagen auf Ihr hinterlegtes Konto überwiesen.
Ihr verbleibendes Jahresbudget Zahn beträgt 0,00 EUR.</p>
<p>Versichert über: Stadtwerke Elmstedt GmbH, Gruppenvertrag bKV 31-7702</p>
<p>Viele Grüße<br>Ihr bKV-Service der Lindenhof Krankenversicherung AG</p>
</body></html>"""
    msg = build(12, "bKV-Service <bkv-service@lindenhof-leben.example>",
                "Carolin Sander <carolin.sander@webpost.example>",
                "Ihre Erstattung aus der betrieblichen Krankenversicherung", "2026-02-12 10:20:00",
                html=html, html_only=True, cte="quoted-printable")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee", "HTML-only table: dental implant treatment of named employee under bKV"


@mail_fn
def m013():
    body = """Sehr geehrter Herr Schaper,

gern beantworte ich die Fragen des Betriebsrats zur geplanten
betrieblichen Krankenversicherung (Budgettarif "Lindenhof bKV Budget
600"):

- Das Budget von 600 EUR je Kalenderjahr steht jedem Beschäftigten zur
  Verfügung, ohne Gesundheitsprüfung und ohne Wartezeit.
- Erstattet werden u. a. Zahnreinigung, Brillen und Kontaktlinsen,
  Heilpraktiker, Vorsorgeuntersuchungen, Arznei- und Verbandmittel.
- Vorerkrankungen sind mitversichert, laufende Behandlungen ebenfalls.
- Der Arbeitgeber erfährt nicht, wer welche Leistungen in Anspruch
  nimmt. Wir melden nur Summen je Gruppenvertrag.
- Der Beitrag ist für Beschäftigte Sachlohn (50-EUR-Grenze beachten);
  Details klärt Ihre Lohnbuchhaltung.

Gern stelle ich das Modell in Ihrer Sitzung am 24.02. vor.

Mit freundlichen Grüßen
""" + SIG_BRANDES
    msg = build(13, "Kevin Brandes <kevin.brandes@lindenhof-leben.example>",
                "Uwe Schaper <betriebsrat@stadtwerke-elmstedt.example>",
                "AW: Fragen des Betriebsrats zur bKV", "2026-02-13 13:44:00", body)
    return msg, "NORMAL", "de", "insurer-to-works-council", "trap: bKV product description with health words, no person"


@mail_fn
def m014():
    body = """Dear Mr Lindqvist,

thank you for reporting the loss of your checked baggage on your business
trip (Frankfurt - Singapore, SQ 325, 19 January 2026). We have registered
the claim under number BT-26-01188 in the business travel policy of
Meridian Consulting Group GmbH (policy GR-RV 90 0412).

The airline's Property Irregularity Report (SIN 44218) is on file. Please
send us the receipts for the emergency purchases (clothing, toiletries)
and the final answer of the airline once you have it. The cover for
delayed baggage is up to EUR 500, for lost baggage up to EUR 2,500.

Kind regards
Business Travel Claims
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(14, "Business Travel Claims <reise-schaden@lindenhof-leben.example>",
                "Erik Lindqvist <erik.lindqvist@meridian-cg.example>",
                "Your claim BT-26-01188 – lost baggage", "2026-02-16 11:27:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-employee", "named employee's baggage claim in business travel policy, no health content"


@mail_fn
def m015():
    fwd = inner("Tomasz Wiśniewski <tomasz.wisniewski@solvaris.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Leaver – Pensionskasse transfer value", "2026-02-16 17:55:00",
                """Hi Priya,

Andreas Keller (staff no. 2210) leaves us on 31 March 2026 and moves to a
competitor in Stuttgart. His new employer asks for the transfer value
(Übertragungswert) of his Pensionskasse entitlement (PK-20931-118) under
§ 4 (3) BetrAVG. Could you prepare the statement? His gross salary until
leaving is EUR 6,240 per month, he converted EUR 338 per month since 2019.

Cheers
Tomasz
Payroll, Solvaris Technologies GmbH
""", n=15)
    body = """Jörg, kannst du das übernehmen? Ist ein Portabilitätsfall, ich bin
ab morgen zwei Tage auf der Messe. Danke! Priya
"""
    msg = build(15, "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "WG: Leaver – Pensionskasse transfer value", "2026-02-17 08:03:00", body, forward=fwd)
    return msg, "STRICTLY_CONFIDENTIAL", "mixed", "internal", "forwarded message/rfc822: named leaver's Pensionskasse entitlement, salary"


@mail_fn
def m016():
    ics = make_ics("d54-0016-workshop@lindenhof-leben.example", "Workshop: bAV und Betriebsrentenstärkungsgesetz II",
                   "2026-03-18 09:30", "2026-03-18 13:00", location="Lindenhof Forum, Lindenhofallee 12, Hannover, Raum Leine",
                   description="Workshop für Personal- und Lohnabteilungen: Opting-out-Modelle, Sozialpartnermodell, Förderbetrag, Abfindungsgrenzen. Kein Teilnahmebeitrag.",
                   organizer="sabine.oltmanns@lindenhof-leben.example", attendees=["m.lauterbach@brueckner-feinmechanik.example"])
    body = """Liebe Frau Lauterbach,

wie telefonisch angekündigt, die Einladung zu unserem Workshop am
18. März. Themen: Opting-out, Sozialpartnermodell, neuer Förderbetrag
bis 2.800 EUR Monatsbrutto und was die Lohnabrechnung künftig melden muss.

Bitte kurz zusagen, wir planen Mittagessen ein (vegetarisch/vegan bitte
angeben).

""" + SIG_OLTMANNS
    msg = build(16, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Monika Lauterbach <m.lauterbach@brueckner-feinmechanik.example>",
                "Einladung: Workshop bAV / BRSG II am 18.03.", "2026-02-17 09:10:00", body,
                attachments=[("d54-0016_workshop.ics", ics, "ics", {"params": {"method": "REQUEST"}})])
    return msg, "NORMAL", "de", "insurer-to-company", "trap: workshop invitation with salary threshold, ICS"


@mail_fn
def m017():
    body = """Hallo Birte,

Neueinstellung zum 01.03.2026 für dein Team:

Name:            Jannik Sörensen
Funktion:        Sachbearbeiter Kollektiv-Leben (Tarifgruppe VI, 3. Jahr)
Gehalt:          4.386 EUR brutto/Monat + 13. Gehalt, VWL 40 EUR
Geb.-Datum:      11.08.1996
Bankverbindung:  DE66 2004 0000 2943 6249 98 (Commerzbank)
Steuer-ID:       47 118 092 356
Arbeitsplatz:    3. OG, Raum 3.14

Bitte Zugänge (AD, SAP-Rolle LEBKOLL) beim IT-Service beantragen, die
Lohnabrechnung hat die Daten schon.

Gruß
Henning
Personalservice Lindenhof
"""
    msg = build(17, "Henning Struve <henning.struve@lindenhof-leben.example>",
                "Birte Janssen <birte.janssen@lindenhof-leben.example>",
                "Neueinstellung 01.03. – Daten für die Einarbeitung", "2026-02-18 12:31:00", body)
    return msg, "CONFIDENTIAL", "de", "internal", "insurer's own new hire: salary, birth date, IBAN, tax ID"


@mail_fn
def m018():
    body = """Guten Morgen Frau Demirci,

hier die Unterlagen zu unserem Unfall von gestern. Lara Wendt
(Auszubildende, 2. Lehrjahr) hat sich am Etagenofen den rechten
Unterarm verbrannt. Sie war gleich beim D-Arzt im Klinikum, Bericht hab
ich eingescannt. Sie ist jetzt bis 6.3. krankgeschrieben.

Ist das über die Gruppenunfall abgedeckt oder nur BG?

Gruß Petra Hoffbauer
Bäckerei Hoffbauer GmbH & Co. KG
"""
    pdf = make_pdf([
        "# Durchgangsarztbericht (Auszug)",
        "Klinikum Celle, Unfallchirurgie - D-Arzt Dr. med. Stefan Ruhnau",
        "",
        "Versicherte: Lara Wendt, geb. 23.06.2007",
        "Arbeitgeber: Baeckerei Hoffbauer GmbH & Co. KG, Celle",
        "Unfalltag: 26.02.2026, 05:40 Uhr",
        "Hergang: Beim Herausziehen eines Backblechs Kontakt mit Ofeninnenwand.",
        "",
        "Befund: Verbrennung Grad 2a rechter Unterarm streckseitig, ca. 2 % KOF.",
        "Diagnose: T22.2 R (Verbrennung 2. Grades Schulter/Arm), Arbeitsunfall.",
        "Therapie: Wundreinigung, Polyhexanid-Gel, Fettgaze, Verbandswechsel alle 2 Tage.",
        "Arbeitsunfaehig bis voraussichtlich 06.03.2026.",
    ], title="D-Arzt-Bericht")
    msg = build(18, "Petra Hoffbauer <info@hoffbauer-backwaren.example>",
                "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Unfall Azubi", "2026-02-27 06:52:00", body,
                attachments=[("d54-0018_Scan_DArzt.pdf", pdf)])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "group accident: named apprentice's burn injury, D-Arzt report with ICD code"


@mail_fn
def m019():
    body = """Hello,

a new document is available in your Lindenhof employer portal.

Document type: Information
Area:          Group contracts

Please log in at https://firmenportal.lindenhof-leben.example to read it.
For security reasons we do not send the content by e-mail.

This is an automatically generated message. Please do not reply.

Lindenhof Lebensversicherung AG
"""
    msg = build(19, "Lindenhof Employer Portal <no-reply@lindenhof-leben.example>",
                "rachel.odonnell@solvaris.example",
                "New document in your employer portal", "2026-03-02 05:01:00", body)
    return msg, "NORMAL", "en", "insurer-to-company", "portal notification without content"


@mail_fn
def m020():
    body = """Sehr geehrte Frau Brandt,

zum Kollektivrahmenvertrag Pensionskasse Nr. PK-KR 7702 der Stadtwerke
Elmstedt GmbH erhalten Sie anbei die Jahresrechnung 2026 für den
arbeitgeberfinanzierten Grundbeitrag:

Anzahl Anwärter lt. Bestand 01.01.2026:   347
Grundbeitrag je Anwärter und Monat:        45,00 EUR
Jahresbeitrag gesamt:                 187.380,00 EUR
Fälligkeit: vierteljährlich, erstmals 01.04.2026

Wie vereinbart buchen wir per Lastschrift vom Geschäftskonto der
Stadtwerke (Mandatsreferenz LH-PK-7702-01) ab.

Ihre Ansprechpartnerin bleibt Frau Oltmanns. Für Rückfragen zur
Rechnung erreichen Sie mich unter 0511 4720-331.

Mit freundlichen Grüßen
Ralf Köhnke
Kollektivinkasso
Lindenhof Lebensversicherung AG
""" + DISCLAIMER
    msg = build(20, "Ralf Köhnke <ralf.koehnke@lindenhof-leben.example>",
                "Heike Brandt <h.brandt@stadtwerke-elmstedt.example>",
                "Jahresrechnung 2026 – Kollektivrahmenvertrag PK-KR 7702", "2026-03-02 10:15:00", body,
                charset="iso-8859-1", cte="quoted-printable")
    return msg, "CONFIDENTIAL", "de", "insurer-to-company", "company policyholder's Pensionskasse framework contract with named contact; headcount only, no employee"


@mail_fn
def m021():
    body = """Hallo Frau Oltmanns,

eine Frage vom Betriebsrat, ich hoffe ich bin bei Ihnen richtig.

Unser Kollege Bernd Lüders aus der Netzleitstelle ist seit Oktober
durchgehend krank, zwei Bandscheibenvorfälle, jetzt soll er noch mal
operiert werden. Er hat über die Stadtwerke die Direktversicherung mit
Berufsunfähigkeitszusatz. Er traut sich nicht selbst zu fragen, weil er
Angst hat, dass der Arbeitgeber dann was erfährt.

Kann er die BU-Rente schon jetzt beantragen oder muss er 6 Monate
warten? Und bekommt die Personalabteilung mit, wenn er einen Antrag
stellt?

Mit freundlichem Gruß
Uwe Schaper
Vorsitzender des Betriebsrats
Stadtwerke Elmstedt GmbH
"""
    msg = build(21, "Uwe Schaper <betriebsrat@stadtwerke-elmstedt.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Frage BR – Kollege lange krank", "2026-03-03 13:02:00", body,
                charset="windows-1252", cte="quoted-printable")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "works-council-to-insurer", "named employee's herniated discs and surgery, disability rider of Direktversicherung"


@mail_fn
def m022():
    docx_data = make_docx([
        "# Musterschreiben T-04: Todesfallleistung Direktversicherung",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer», «PLZ» «Ort»",
        "Versicherungsnummer: «Vertragsnummer»   Versicherte Person: «VP_Name»",
        "«Anrede_Brief»,",
        "wir sprechen Ihnen zum Tod von «VP_Name» unsere aufrichtige Anteilnahme aus.",
        "Aus der Direktversicherung steht Ihnen als Bezugsberechtigte(r) eine Todesfallleistung von «Betrag» EUR zu. "
        "Bitte senden Sie uns die Sterbeurkunde und das ausgefüllte Formular «Formular_Nr» zurück.",
        "Die Auszahlung erfolgt auf das von Ihnen angegebene Konto. Bitte beachten Sie, dass die Leistung "
        "beitragspflichtig in der Kranken- und Pflegeversicherung der Rentner sein kann (§ 229 SGB V).",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ])
    body = """Hallo zusammen,

die Fachabteilung hat Musterschreiben T-04 überarbeitet (Hinweis auf
§ 229 SGB V ergänzt, Textbaustein Anteilnahme gekürzt). Bitte ab
sofort nur noch diese Version aus dem Vorlagenordner verwenden, die
alte T-04 ist gesperrt.

Gruß
Nadine Kurz
Prozessmanagement Leben
"""
    msg = build(22, "Nadine Kurz <nadine.kurz@lindenhof-leben.example>",
                "Team Leistung Kollektiv <leistung-kollektiv@lindenhof-leben.example>",
                "Neue Vorlage T-04 Todesfallleistung", "2026-03-04 08:40:00", body,
                attachments=[("d54-0022_Vorlage_T-04.docx", docx_data)])
    return msg, "NORMAL", "de", "internal", "trap: death benefit letter template with «placeholders»"


@mail_fn
def m023():
    rows = [
        ["Action", "Employee ID", "Surname", "First name", "Date of birth", "Relation", "Effective", "Plan", "Note"],
        ["ADD", "KP-1177", "Moreau", "Élodie", "2026-02-11", "Child", "2026-02-11", "bKV Family Plus", "newborn of employee Julien Moreau"],
        ["ADD", "KP-1302", "Hagedorn", "Ben", "1990-06-30", "Employee", "2026-03-01", "bKV Family Plus", "new joiner"],
        ["ADD", "KP-1302", "Hagedorn", "Miriam", "1991-01-17", "Spouse", "2026-03-01", "bKV Family Plus", ""],
        ["REMOVE", "KP-0940", "Szabo", "Gergely", "1972-12-05", "Employee", "2026-02-28", "bKV Family Plus", "leaver"],
        ["CHANGE", "KP-0811", "Whitcombe", "Laura", "1986-08-22", "Employee", "2026-03-01", "bKV Basic -> Family Plus", "marriage"],
    ]
    body = """Hi Kevin,

please find attached our bKV movements for March. The newborn was added
within the two-month window so no health questions should apply, right?

Thanks!
Lars Jensen
Benefits Manager Germany | Kestrel Pharma Deutschland GmbH
"""
    msg = build(23, "Lars Jensen <lars.jensen@kestrel-pharma.example>",
                "Kevin Brandes <kevin.brandes@lindenhof-leben.example>",
                "bKV movements March 2026", "2026-03-05 15:20:00", body,
                attachments=[("d54-0023_bKV_movements_2026-03.csv", make_csv(rows, sep=","))])
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "CSV: named employees and newborn with birth dates in group health insurance"


@mail_fn
def m024():
    body = """Hello,

my employer (Voltaro Mobility) offers a salary conversion into a company
pension with you. Before I sign anything I would like to know what it
really costs me.

My gross salary is EUR 4,350 a month, tax class 1, no children, no
church tax. If I convert EUR 200 per month, how much less net pay would
I have? I am 29.

I don't have any contract with you yet.

Thanks,
Nikolai Petrov
"""
    msg = build(24, "Nikolai Petrov <nik.petrov@webpost.example>",
                "service@lindenhof-leben.example",
                "Salary conversion – net cost?", "2026-03-06 19:44:00", body)
    return msg, "CONFIDENTIAL", "en", "employee-to-insurer", "named person's salary and tax class; no contract, no health (grey zone)"


@mail_fn
def m025():
    body = """PRESSEMITTEILUNG

Lindenhof Leben hält Überschussbeteiligung für 2026 stabil

Hannover, 10. März 2026 – Die Lindenhof Lebensversicherung AG hat die
laufende Gesamtverzinsung für klassische Rentenversicherungen für 2026
bei 2,6 Prozent festgesetzt. Für Direktversicherungen und die
Lindenhof Pensionskasse gilt eine Gesamtverzinsung von 2,7 Prozent.

"Gerade in der betrieblichen Altersversorgung zählt Verlässlichkeit",
sagt Vorständin Dr. Henrike Baltrusch. Im Kollektivgeschäft betreut
Lindenhof inzwischen rund 4.100 Arbeitgeber mit 186.000 versicherten
Beschäftigten. Die Zahl der Leistungsfälle aus der
Berufsunfähigkeitszusatzversicherung stieg 2025 um 4 Prozent, häufigste
Ursache blieben psychische Erkrankungen (38 %) vor Erkrankungen des
Bewegungsapparats (22 %).

Pressekontakt: Julia Arnsberg, presse@lindenhof-leben.example,
0511 4720-100
"""
    msg = build(25, "Julia Arnsberg <presse@lindenhof-leben.example>",
                "Verteiler Wirtschaftspresse <presseverteiler@lindenhof-leben.example>",
                "PM: Lindenhof Leben hält Überschussbeteiligung 2026 stabil", "2026-03-10 09:00:00", body)
    return msg, "NORMAL", "de", "press-release", "trap: disability causes as portfolio percentages, no person"


# ================================================================ mails 026-050

@mail_fn
def m026():
    rows = [
        ["PersNr", "Name", "Vorname", "Geschlecht", "Geb.-Datum", "Eintritt", "Zusagedatum", "Durchführungsweg", "Gehalt 2025 EUR", "Anwartschaft Rente mtl. EUR", "Status"],
        [1003, "Grevesmühl", "Hinrich", "m", "12.02.1961", "01.04.1984", "01.01.1995", "Direktzusage", 118400, 1480.00, "aktiv"],
        [1017, "Paulsen", "Anke", "w", "30.09.1966", "01.08.1990", "01.01.1995", "Direktzusage", 61250, 612.40, "aktiv"],
        [1029, "Rehder", "Klaus", "m", "07.05.1958", "15.03.1979", "01.01.1995", "Direktzusage", 0, 890.00, "Rentner seit 06/2023"],
        [1044, "Ewert", "Sandra", "w", "21.12.1975", "01.10.2001", "01.10.2001", "Unterstützungskasse", 54800, 305.10, "aktiv"],
        [1058, "Harms", "Detlef", "m", "03.03.1964", "01.01.1996", "01.01.1996", "Direktzusage", 0, 455.00, "ausgeschieden, unverfallbar"],
        [1061, "Harms", "Ingrid", "w", "18.06.1940", "", "", "Direktzusage", 0, 310.00, "Witwenrente seit 2019"],
    ]
    body = """Sehr geehrte Frau Dr. Marquardt,

anbei wie jedes Jahr die Bestandsdaten zum Stichtag 31.12.2025 für das
Pensionsgutachten nach HGB und EStG § 6a. Änderung gegenüber Vorjahr:
Herr Rehder ist seit Juni 2023 Rentner (war im Vorjahr schon drin), neu
ist nichts dazugekommen.

Das Gutachten bräuchten wir bis 20. März für den Abschluss.

Freundliche Grüße
Silke Moorhoff
Buchhaltung / Personal
Autohaus Grevesmühl GmbH
"""
    msg = build(26, "Silke Moorhoff <s.moorhoff@autohaus-grevesmuehl.example>",
                "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "Bestandsdaten Pensionsgutachten 31.12.2025", "2026-01-14 11:18:00", body,
                attachments=[("d54-0026_Bestand_PG_2025.xlsx", make_xlsx([("Bestand", rows)]))])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "XLSX for pension report: named employees, widow, birth dates, salaries, pension entitlements"


@mail_fn
def m027():
    body = """Ticket INC-2026-018822
Status: neu   Priorität: mittel   Kategorie: Hardware / Scanner

Beschreibung (Melder: Kerstin Blum, Poststelle Leistung Kollektiv):
Der Dokumentenscanner im Raum 2.08 (Kodak i4250) zieht seit heute früh
schräg ein. Betroffen sind vor allem dünne Belege wie Sterbeurkunden,
Rentenbescheide und ärztliche Bescheinigungen – die Texterkennung
erkennt dann das Formular nicht und die Dokumente landen im
Klärungskorb. Bitte Techniker schicken, Rollen evtl. verschlissen.

Zugewiesen an: IT-Arbeitsplatzservice, Frank Heitmann
"""
    msg = build(27, "IT-Service <it-service@lindenhof-leben.example>",
                "Frank Heitmann <frank.heitmann@lindenhof-leben.example>",
                "[INC-2026-018822] Scanner Raum 2.08 zieht schräg ein", "2026-01-15 08:22:00", body)
    return msg, "NORMAL", "de", "internal", "trap: IT ticket mentioning death certificates and medical certificates, no person"


@mail_fn
def m028():
    body = """Dear Ms Okafor,

we have registered the accident with your pool car on 12 January 2026
under claim no. KF-26-000931 (fleet policy FL 77 4010, Meridian Consulting
Group GmbH).

Vehicle: BMW 320d Touring, registration F-MC 4471
Driver: Mr Jonas Feldmann (employee)
Location: Frankfurt, Hanauer Landstraße, rear-end collision at traffic
lights, third party vehicle OF-KL 208.

According to the report nobody was injured. Third-party liability is
accepted; for the own damage please let us know the workshop so that
our assessor can inspect the car.

Kind regards
Fleet Claims Team
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(28, "Fleet Claims <kfz-flotte@lindenhof-leben.example>",
                "Grace Okafor <grace.okafor@meridian-cg.example>",
                "Claim KF-26-000931 – pool car F-MC 4471", "2026-01-16 14:09:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-company", "fleet claim with named driver and plates, nobody injured"


@mail_fn
def m029():
    body = """Dear Mr Kowalski,

thank you for your question about your annual statement.

Your Pensionskasse policy PK-20931-207 shows a guaranteed pension of
EUR 188.40 per month from age 67 and a current reserve of EUR 14,902.17.
The projected value including surplus fell from EUR 311.20 to
EUR 296.85 because the surplus rate for 2026 was reduced for contracts
with a guaranteed interest of 0.9 %. Your own contributions are not
affected; nothing has been lost from your reserve.

If you would like to increase your conversion, please talk to Solvaris
payroll – the change would apply from the next month.

Kind regards
""" + SIG_NAIR + DISCLAIMER_EN + """

> From: Pawel Kowalski <pawel.kowalski@solvaris.example>
> Sent: 19 January 2026 08:51
> Subject: Pension statement – why lower?
>
> Hi, my statement for 2025 arrived and the projected pension is lower
> than last year. Did I lose money? Policy PK-20931-207.
> Pawel
"""
    msg = build(29, "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Pawel Kowalski <pawel.kowalski@solvaris.example>",
                "RE: Pension statement – why lower?", "2026-01-19 16:40:00", body,
                in_reply_to="<orig-20260119085100.29@solvaris.example>")
    return msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employee", "named employee's Pensionskasse contract values (life line)"


@mail_fn
def m030():
    html = """<html><body style="font-family:Georgia,serif">
<h2>Group Benefits Insights – February 2026</h2>
<h3>Mental health at work: five numbers HR should know</h3>
<ol>
<li><b>38 %</b> of new disability claims in German group schemes are caused by mental disorders.</li>
<li>Average duration of sick leave with a depression diagnosis: <b>41 days</b> (statutory insurers, 2024).</li>
<li>Employees with access to an employee assistance programme return to work <b>23 days earlier</b> on average.</li>
<li>Only <b>1 in 4</b> employers offers a group income protection scheme.</li>
<li>Back pain (ICD-10 M54) remains the single most frequent reason for short absences.</li>
</ol>
<p>Read the full article and our checklist for return-to-work talks in the employer portal.</p>
<p style="font-size:8pt">Lindenhof Lebensversicherung AG, Lindenhofallee 12, 30159 Hannover, Germany.
You receive this newsletter as HR contact of a Lindenhof group client.
<a href="https://firmenportal.lindenhof-leben.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    text = """Group Benefits Insights – February 2026

Mental health at work: five numbers HR should know

1. 38 % of new disability claims in German group schemes are caused by
   mental disorders.
2. Average duration of sick leave with a depression diagnosis: 41 days
   (statutory insurers, 2024).
3. Employees with access to an employee assistance programme return to
   work 23 days earlier on average.
4. Only 1 in 4 employers offers a group income protection scheme.
5. Back pain (ICD-10 M54) remains the single most frequent reason for
   short absences.

Read the full article in the employer portal.
Unsubscribe: https://firmenportal.lindenhof-leben.example/newsletter/unsubscribe
"""
    msg = build(30, "Lindenhof Group Benefits <newsletter@lindenhof-leben.example>",
                "undisclosed-recipients:;", "Group Benefits Insights: mental health at work in numbers",
                "2026-02-04 07:00:00", text, html=html, html_cte="quoted-printable",
                headers=[("Precedence", "bulk")])
    return msg, "NORMAL", "en", "newsletter", "trap: depression, ICD M54, disability statistics, no person"


@mail_fn
def m031():
    body = """Moin Lindenhof-Vermittlerservice,

bitte ab sofort meine Provisionen auf mein neues Geschäftskonto
überweisen, das alte bei der Volksbank löse ich zum 31.03. auf:

Kontoinhaber: Michael Petersen
IBAN: DE94370400444310410648
BIC: COBADEFFXXX

Vermittlernummer 40-7781. Die neue Steuernummer vom Finanzamt
Hannover-Nord (nach Umzug der Firma) lautet 25/143/22019.

Danke + Gruß
Michael Petersen
Vorsorgekontor Petersen e.K. – unabhängige bAV-Beratung
Podbielskistr. 201, 30177 Hannover
"""
    msg = build(31, "Michael Petersen <mp@vorsorgekontor-petersen.example>",
                "vermittlerservice@lindenhof-leben.example",
                "neue Bankverbindung", "2026-02-05 18:12:00", body)
    return msg, "CONFIDENTIAL", "de", "broker-to-insurer", "sole-trader broker's new IBAN and tax number"


@mail_fn
def m032():
    docx_data = make_docx([
        "# Vereinbarung über Entgeltumwandlung",
        "zwischen der Autohaus Grevesmühl GmbH, Schweriner Str. 40, 23936 Grevesmühlen (Arbeitgeber)",
        "und Frau Melanie Rusch, geb. 05.10.1993, wohnhaft Am Ploggensee 7, 23936 Grevesmühlen (Arbeitnehmerin), Personalnummer 1102.",
        "1. Die Arbeitnehmerin wandelt ab dem 01.03.2026 monatlich 175,00 EUR ihres Bruttogehalts (derzeit 3.120,00 EUR) "
        "in einen Beitrag zu einer Direktversicherung bei der Lindenhof Lebensversicherung AG um.",
        "2. Der Arbeitgeber zahlt einen Zuschuss von 15 % (26,25 EUR) zusätzlich.",
        "3. Versicherungsnummer: DV 7716-4410-09, Tarif DV Klassik Plus, Rentenbeginn 01.10.2060.",
        "4. Bezugsberechtigt im Todesfall: Lebensgefährte Dennis Krull, geb. 14.01.1991.",
        "Grevesmühlen, 18.02.2026",
        "gez. Hinrich Grevesmühl (Geschäftsführer)        gez. Melanie Rusch",
    ])
    body = """Hallo Frau Oltmanns,

anbei die unterschriebene Vereinbarung. Original geht per Post raus.

MfG S. Moorhoff
"""
    msg = build(32, "Silke Moorhoff <s.moorhoff@autohaus-grevesmuehl.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Vereinbarung", "2026-02-18 10:02:00", body,
                attachments=[("d54-0032_EU-Vereinbarung_1102.docx", docx_data)])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "body says only 'Vereinbarung'; DOCX: named employee's salary conversion, birth dates, Direktversicherung, beneficiary"


@mail_fn
def m033():
    body = """Hi zusammen,

die Teamrunde am Donnerstag muss ich auf Freitag 9:30 schieben, ich
sitze Donnerstag den ganzen Tag im Lenkungskreis Portal. Raum bleibt
gleich (3.02). Wer Freitag nicht kann, bitte kurz melden.

Agenda wie gehabt: Rückstände, Urlaubsplanung Ostern, Workshop 18.03.

Danke
Birte
"""
    msg = build(33, "Birte Janssen <birte.janssen@lindenhof-leben.example>",
                "Team bAV Firmenkunden <bav-firmen@lindenhof-leben.example>",
                "Teamrunde verschoben auf Freitag", "2026-02-23 17:05:00", body)
    return msg, "NORMAL", "de", "internal", "organisational, nothing sensitive"


@mail_fn
def m034():
    body = """Sehr geehrte Damen und Herren,

meine Betriebsrente von der Pensionskasse (Rentennummer PKR 30 8841,
früher Stadtwerke Elmstedt) ist im Februar nicht auf meinem Konto
eingegangen. Ich habe im Januar mein Konto bei der Postbank aufgelöst
und Ihnen das auch geschrieben, aber vielleicht ist der Brief nicht
angekommen.

Neue Bankverbindung:
Kontoinhaber Gerhard Vollmer
IBAN DE09 7015 0000 4471 8160 19
Stadtsparkasse München (ich wohne jetzt bei meiner Tochter in München)

Bitte überweisen Sie die 412,77 Euro für Februar nach. Mein
Geburtsdatum ist der 02.08.1949, falls Sie das zum Prüfen brauchen.

Mit freundlichen Grüßen
Gerhard Vollmer
Leopoldstr. 118, 80802 München
"""
    msg = build(34, "Gerhard Vollmer <g.vollmer1949@freenet-mail.example>",
                "rentenservice@lindenhof-leben.example",
                "Betriebsrente Februar fehlt", "2026-02-24 10:33:00", body,
                charset="iso-8859-1", cte="8bit")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "pensioner-to-insurer", "named pensioner's Pensionskasse pension, IBAN, birth date"


@mail_fn
def m035():
    body = """Hallo Herr Tjaden,

willkommen im Mitarbeiter-Rahmenvertrag Kfz Ihres Arbeitgebers
(Nordhafen Logistik SE). Ihr Vertrag ist wie besprochen eingerichtet:

Vertragsnummer:     KR-MA 3390 1127
Fahrzeug:           VW Golf Variant, Kennzeichen HB-TJ 612
Beginn:             01.03.2026
Schadenfreiheitsklasse: SF 14 (von der HUK übernommen)
Beitrag:            38,90 EUR monatlich inkl. Mitarbeiterrabatt 12 %
Zahlung per Lastschrift von IBAN DE74 2519 0001 1273 8463 00

Die Versicherungsbestätigung für die Zulassungsstelle (eVB-Nummer
K7Q2MT9) bleibt gültig.

Viele Grüße
Kundenservice Kraftfahrt
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(35, "Kundenservice Kraftfahrt <kfz-service@lindenhof-leben.example>",
                "Heiko Tjaden <heiko.tjaden@mailbox.example>",
                "Ihr Kfz-Vertrag KR-MA 3390 1127", "2026-02-25 09:48:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's private motor contract in employee group scheme, plate, IBAN"


@mail_fn
def m036():
    pdf = make_pdf([
        "# Salary conversion made simple - example calculation 2026",
        "Lindenhof Direktversicherung DV Klassik Plus",
        "",
        "Example employee (fictitious): 35 years, tax class I, no children, statutory health insurance,",
        "gross salary EUR 3,500 per month, church tax none.",
        "",
        "Conversion per month:                      EUR 200.00",
        "Employer subsidy (15 %):                   EUR  30.00",
        "Total contribution into the policy:         EUR 230.00",
        "Tax and social security saving (approx.):  EUR  94.10",
        "Net cost to the employee:                  EUR 105.90",
        "",
        "Projected guaranteed pension at 67: EUR 214 per month; with current surplus EUR 298 per month.",
        "Pension benefits are subject to income tax and health/care contributions in retirement.",
        "This example is for illustration only and does not replace an individual offer.",
    ], title="Example calculation")
    body = """Hi Jana,

for your onboarding pack: attached is our English one-pager with a
sample calculation for salary conversion (fictitious employee, 2026
values). Feel free to put it on your intranet.

Best
""" + SIG_REINECKE
    msg = build(36, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Jana Kowalczyk <jana.kowalczyk@voltaro.example>",
                "One-pager salary conversion for your onboarding pack", "2026-02-26 12:12:00", body,
                attachments=[("d54-0036_salary_conversion_example.pdf", pdf)])
    return msg, "NORMAL", "en", "insurer-to-company", "trap: example calculation with salary for a fictitious employee"


@mail_fn
def m037():
    body = """Dear Mr Okafor,

please accept our sincere condolences on the death of your colleague
Mr Sebastian Hurtado.

We have opened claim GL-26-0042 under your group life policy GL 61 3380.
From the information you gave us (fatal cycling accident on 27 February
2026 on his way to the office) the accidental death cover may also
apply. To settle the claim we need:

- the death certificate,
- the police report or public prosecutor's file number,
- confirmation of his insured salary at the date of death
  (EUR 94,000 p.a. according to your last census),
- details of the nominated beneficiaries – his nomination form names his
  partner, Ms Claire Dufour.

We will contact Ms Dufour directly once you have confirmed her address.

Kind regards
""" + SIG_NAIR + DISCLAIMER_EN
    msg = build(37, "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Daniel Okafor <daniel.okafor@meridian-cg.example>",
                "Condolences and next steps – claim GL-26-0042", "2026-03-03 10:25:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", "death of named employee in cycling accident, group life claim, salary, beneficiary"


@mail_fn
def m038():
    body = """Hi Travel Management team,

please find my expense claim for the client trip to Munich
(Solvaris, 24-25 Feb):

- DB train Hannover-München return, 1st class (approved): EUR 298.40
- Hotel Motel One München-Garching, 1 night: EUR 109.00
- Client dinner (3 persons, receipt attached in SAP Concur): EUR 146.80

Total: EUR 554.20

Reimbursement to my salary account as usual:
Priya Nair, IBAN DE35 3704 0044 3149 6110 61.

Cost centre 4120 (International Benefits).

Thanks
Priya
"""
    msg = build(38, "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Travel Management <reisekosten@lindenhof-leben.example>",
                "Expense claim Munich 24-25 Feb", "2026-03-03 17:30:00", body)
    return msg, "CONFIDENTIAL", "en", "internal", "insurer staff's own IBAN for expense reimbursement"


@mail_fn
def m039():
    body = """Liebes bKV-Team,

zur Vorbereitung der Datenschutz-Pflichtschulung am 12.03. hier das
Quiz (Auflösung kommt nach der Schulung):

1. Eine Personalleiterin ruft an und fragt, warum Mitarbeiter X so
   viele Rechnungen einreicht. Was antworten Sie?
   a) Wir nennen die Zahl der Rechnungen, aber keine Diagnosen.
   b) Wir geben keinerlei Auskunft zu einzelnen Versicherten.
   c) Wir verweisen an den Betriebsrat.
2. Ein Versicherter schickt einen Arztbrief mit psychiatrischer
   Diagnose an die allgemeine Service-Adresse. Wohin gehört er?
3. Dürfen Summenauswertungen je Gruppenvertrag an den Arbeitgeber
   gehen, wenn die Gruppe nur 4 Versicherte hat?
4. Welche Daten sind nach Art. 9 DSGVO besonders geschützt?

Richtige Antworten: 1b, 2 Leistungsabteilung über sicheren Kanal,
3 nein (Mindestgröße 10), 4 u. a. Gesundheit, Gewerkschaft, Religion,
genetische Daten.

Claudia Vehrs
Datenschutzkoordination
"""
    msg = build(39, "Claudia Vehrs <claudia.vehrs@lindenhof-leben.example>",
                "bKV-Team <bkv-team@lindenhof-leben.example>",
                "Quiz zur Datenschutzschulung 12.03.", "2026-03-04 14:55:00", body)
    return msg, "NORMAL", "de", "internal", "trap: data-protection quiz about diagnoses and employee X, no real person"


@mail_fn
def m040():
    body = """Sehr geehrte Frau Ahlers,

zum Unfall Ihres Mitarbeiters Marek Nowak vom 14.08.2025 (Gruppen-
unfallversicherung GU 30 1187, Schaden GU-25-2274) liegt jetzt das
fachärztliche Gutachten vor.

Nach dem Teilverlust des rechten Zeigefingers (Amputation im Mittel-
gelenk nach Quetschung an der Ladebordwand) beträgt der Invaliditäts-
grad nach Gliedertaxe 5 %. Bei einer Versicherungssumme von 120.000 EUR
und Progression 225 % ergibt sich eine Invaliditätsleistung von
6.000,00 EUR.

Da die Gruppenunfallversicherung als arbeitgeberfinanzierte Versicherung
für fremde Rechnung abgeschlossen ist, überweisen wir den Betrag an
Sie; bitte leiten Sie ihn an Herrn Nowak weiter (§ 45 VVG).

""" + SIG_DEMIRCI
    msg = build(40, "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Katrin Ahlers <k.ahlers@nordhafen-logistik.example>",
                "GU-25-2274 Invaliditätsleistung Nowak", "2026-03-05 11:05:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company", "group accident: named employee's finger amputation, disability degree"


@mail_fn
def m041():
    body = """Sehr geehrte Frau Arnsberg,

vielen Dank für Ihren Auftrag. Hiermit bestätigen wir:

Auftrag 26-0318
Broschüre "Ihre Betriebsrente bei Lindenhof", 16 Seiten, 4/4-farbig,
Bilderdruck 135 g, Rückstichheftung
Auflage 5.000 Stück                      3.420,00 EUR
zzgl. Versand Palette Hannover              85,00 EUR
Nettobetrag                               3.505,00 EUR
zzgl. 19 % USt                              665,95 EUR
Gesamt                                    4.170,95 EUR

Liefertermin: KW 13. Zahlbar innerhalb 14 Tagen ohne Abzug auf unser
Konto bei der Sparkasse Hannover, IBAN DE12 2505 0180 3024 3011 93.

Mit freundlichen Grüßen
Druckhaus Leinebogen GmbH
Auftragsbearbeitung – Nils Wendeborn
"""
    msg = build(41, "Nils Wendeborn <auftrag@druckhaus-leinebogen.example>",
                "Julia Arnsberg <presse@lindenhof-leben.example>",
                "Auftragsbestätigung 26-0318 Broschüre Betriebsrente", "2026-03-06 13:40:00", body)
    return msg, "NORMAL", "de", "supplier-to-insurer", "trap: supplier GmbH's IBAN and amounts"


@mail_fn
def m042():
    body = """Hallo Birte,

anbei zur Info die Bewerbung für die Stelle Sachbearbeitung bAV
(Ausschreibung 2026-07). Ich finde sie interessant, vor allem wegen der
Erfahrung mit Pensionskassen-Portabilität.

Kurzprofil:
Lea Marie Osterkamp, geb. 17.02.1993 in Oldenburg
derzeit Sachbearbeiterin bei einem Versorgungswerk in Bremen
Gehaltsvorstellung: 52.000 EUR brutto p.a.
Kündigungsfrist: 3 Monate zum Quartalsende
Privat: Lister Meile 88, 30161 Hannover, Tel. 0176 22418833

Hättest du Zeit für ein Gespräch am 17. oder 19.03.? Unterlagen liegen
im Bewerberportal.

Gruß
Henning
"""
    msg = build(42, "Henning Struve <henning.struve@lindenhof-leben.example>",
                "Birte Janssen <birte.janssen@lindenhof-leben.example>",
                "Bewerbung 2026-07 Sachbearbeitung bAV", "2026-03-09 09:21:00", body)
    return msg, "CONFIDENTIAL", "de", "internal", "job applicant's birth date, salary expectation, private address"


@mail_fn
def m043():
    body = """Hi,

I'm insured under the Kestrel bKV (employee no. KP-0877). My eye doctor
says my myopia got worse (now -4.25 left and -4.75 right with
astigmatism) and I need new glasses with progressive lenses. Optician
quote is EUR 689.

Does the bKV pay for this, and up to which amount? Do I need a
prescription from the ophthalmologist or is the optician's measurement
enough?

Thanks a lot
Hannah Lowe

Sent from my Galaxy
"""
    msg = build(43, "Hannah Lowe <hannah.lowe@kestrel-pharma.example>",
                "bkv-service@lindenhof-leben.example",
                "Glasses – bKV reimbursement?", "2026-03-10 20:03:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "employee-to-insurer", "named employee's eyesight diagnosis and glasses under group health"


@mail_fn
def m044():
    ics = make_ics("d54-0044-q2planning@lindenhof-leben.example", "Q2 planning – International Benefits Desk",
                   "2026-03-26 14:00", "2026-03-26 15:30", location="Teams / Raum 4.11",
                   description="Agenda: pipeline Q2, renewals Kestrel and Meridian, portal roll-out for English-speaking HR contacts, holiday cover.",
                   organizer="thomas.reinecke@lindenhof-leben.example",
                   attendees=["priya.nair@lindenhof-leben.example", "sabine.oltmanns@lindenhof-leben.example"])
    body = """Hi both,

invite for our Q2 planning. Please bring your renewal list.

Thomas
"""
    msg = build(44, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>, Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Invitation: Q2 planning – International Benefits Desk", "2026-03-11 08:30:00", body,
                attachments=[("d54-0044_invite.ics", ics, "ics", {"params": {"method": "REQUEST"}})])
    return msg, "NORMAL", "en", "internal", "meeting invitation, nothing sensitive"


@mail_fn
def m045():
    ods = make_ods("Opting-out", [
        ["Pers.-Nr.", "Name", "Abteilung", "Brutto mtl.", "automatische Umwandlung ab 01.04.", "Widerspruch eingegangen"],
        [4410, "Dreyer, Matthias", "Netzbetrieb", 3980, "ja (DV 7717-0012-01)", "nein"],
        [4415, "Kuhlmann, Sevgi", "Kundenservice", 2890, "nein", "ja, 12.03.2026"],
        [4419, "Bartels, Oliver", "Wasserwerk", 3410, "ja (DV 7717-0012-04)", "nein"],
        [4423, "Neumann, Gisela", "Buchhaltung", 3250, "nein", "ja, 09.03.2026"],
        [4431, "Lüders, Bernd", "Netzleitstelle", 4120, "ja (DV 7717-0012-07)", "nein"],
    ])
    body = """Hallo Herr Schaper,

wie in der Betriebsvereinbarung zum Opting-out vorgesehen, erhält der
Betriebsrat die Liste der Widersprüche. Anbei der Stand heute (Auszug
Tarifgruppe E5-E8).

Viele Grüße
Heike Brandt
Personalabteilung Stadtwerke Elmstedt

cc: Lindenhof Firmenkundenbetreuung zur Policierung
"""
    msg = build(45, "Heike Brandt <h.brandt@stadtwerke-elmstedt.example>",
                "Uwe Schaper <betriebsrat@stadtwerke-elmstedt.example>",
                "Opting-out Stand 13.03.", "2026-03-13 15:15:00", body,
                cc="Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                attachments=[("d54-0045_OptingOut_Stand.ods", ods)])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-works-council", "ODS: named employees with salaries and their Direktversicherung numbers"


@mail_fn
def m046():
    body = """Hallo liebes Dienstrad-Team,

mir ist am Samstag das Dienstrad (Kalkhoff Endeavour, Vertrag über
Voltaro, Nr. DRG 58 210-0193) auf nassem Laub weggerutscht. Mir ist
zum Glück nichts passiert, aber der Akku hat einen Riss im Gehäuse und
das Display ist kaputt. Werkstatt (Zweirad Kühne, Leipzig) schätzt
1.240 Euro.

Soll ich den Kostenvoranschlag hier schicken oder übers Portal?

LG Mia Gottschalk
"""
    msg = build(46, "Mia Gottschalk <mia.gottschalk@voltaro.example>",
                "dienstrad@lindenhof-leben.example",
                "Akku kaputt nach Sturz", "2026-03-16 07:49:00", body, flowed=True)
    return msg, "CONFIDENTIAL", "de", "employee-to-insurer", "named employee's bike-leasing property claim, explicitly not injured"


@mail_fn
def m047():
    body = """Hallo zusammen,

die Jahresauswertung der Todesfallmeldungen im Kollektivbestand 2025
für den Vorstandsbericht (nur Summen, keine Einzelfälle):

Todesfälle gesamt:                212 (2024: 198)
davon Anwärter:                   131
davon Rentner:                     81
Durchschnittsalter Anwärter:     54,3 Jahre
Todesursachen laut Bescheinigung (Anwärter):
  Herz-Kreislauf                  31 %
  Neubildungen                    29 %
  Unfälle                         12 %
  Suizid                           6 %
  sonstige / unbekannt            22 %
Ausgezahlte Todesfallleistungen:  9,8 Mio. EUR
Mittlere Bearbeitungsdauer:       11 Arbeitstage

Die Excel-Datei liegt im Teamordner unter Berichte/2025.

Gruß
Jörg
"""
    msg = build(47, "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Leitung Leben <leitung-leben@lindenhof-leben.example>",
                "Auswertung Todesfälle Kollektiv 2025", "2026-03-17 12:00:00", body)
    return msg, "NORMAL", "de", "internal", "trap: causes of death as portfolio percentages, no individual"


@mail_fn
def m048():
    body = """Hallo Frau Sander,

ja, die Physiotherapie wird aus Ihrem bKV-Budget erstattet. Wir haben
die zehn Behandlungen (KG-Gerät, je 48,50 EUR) mit 485,00 EUR
übernommen; Ihr Restbudget für 2026 beträgt damit 115,00 EUR.

Die Verordnung Ihres Orthopäden lag bei, mehr brauchen wir nicht.

Gute Besserung weiterhin!
""" + SIG_BRANDES + """

Am 17.03.2026 um 19:12 schrieb Carolin Sander:
> Hallo, nach meiner Kreuzband-OP im Januar (links, Sportunfall) hab
> ich jetzt 10x Physio gehabt, die Kasse zahlt nur 6 davon. Geht der
> Rest über die Betriebs-KV? Rechnungen + Verordnung anbei.
> Carolin Sander, Stadtwerke Elmstedt
"""
    msg = build(48, "Kevin Brandes <kevin.brandes@lindenhof-leben.example>",
                "Carolin Sander <carolin.sander@webpost.example>",
                "Re: Physio nach Kreuzband-OP", "2026-03-18 10:44:00", body,
                in_reply_to="<orig-20260317191200.48@webpost.example>")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee", "named employee's cruciate ligament surgery and physiotherapy under bKV"


@mail_fn
def m049():
    body = """Hi Thomas,

our new CFO, Dr. Miriam Falk, joins on 1 April 2026. Please add her as
insured person under our D&O policy DO-55 1002 from that date and send
me the updated schedule. She replaces Holger Benz, who left the board
on 28 February – please confirm that his run-off cover continues as
agreed.

Many thanks,
Rachel O'Donnell
Head of People Operations DACH, Solvaris Technologies GmbH
"""
    msg = build(49, "Rachel O'Donnell <rachel.odonnell@solvaris.example>",
                "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "D&O – new CFO from 1 April", "2026-03-19 09:36:00", body)
    return msg, "CONFIDENTIAL", "en", "company-to-insurer", "named managers insured under D&O policy (non-personal line)"


@mail_fn
def m050():
    body = """Sehr geehrte Damen und Herren,

zum 1. April 2026 ändert sich die Bankverbindung, auf die Sie die
Beiträge für Ihre Kollektivverträge überweisen (sofern Sie nicht am
Lastschriftverfahren teilnehmen):

Empfänger: Lindenhof Lebensversicherung AG
IBAN: DE76 2507 0024 8817 8536 42
BIC: DEUTDEDBHAN
Verwendungszweck: Kollektivvertragsnummer und Rechnungsnummer

Die bisherige Verbindung bleibt bis 30.06.2026 parallel bestehen.
Bestehende SEPA-Lastschriftmandate bleiben unverändert gültig.

Mit freundlichen Grüßen
Lindenhof Lebensversicherung AG
Kollektivinkasso
"""
    msg = build(50, "Kollektivinkasso <inkasso-kollektiv@lindenhof-leben.example>",
                "undisclosed-recipients:;", "Neue Bankverbindung für Kollektivbeiträge ab 01.04.2026",
                "2026-03-20 08:00:00", body, headers=[("Precedence", "bulk")])
    return msg, "NORMAL", "de", "insurer-to-company", "trap: insurer's own company IBAN in a circular"


# ================================================================ mails 051-075

@mail_fn
def m051():
    rows = [
        ["Employee", "Staff no.", "Gross monthly salary EUR", "Bike", "List price EUR", "Lease start", "Monthly conversion EUR", "Insurance certificate"],
        ["Gottschalk, Mia", "V-118", 4800, "Kalkhoff Endeavour 7.B", 4299, "2025-09-01", 118.22, "DRG 58 210-0193"],
        ["Hartwig, Leon", "V-131", 5250, "Riese & Müller Charger4", 6199, "2025-06-01", 170.47, "DRG 58 210-0177"],
        ["Abdi, Farah", "V-142", 3900, "Cube Kathmandu Hybrid", 3299, "2026-04-01", 90.72, "pending"],
        ["Kraus, Benedikt", "V-155", 6100, "Gazelle Ultimate C380", 3899, "2026-04-01", 107.22, "pending"],
    ]
    body = """Hi Marlene,

here's our bike leasing list for April – two new riders (Farah and
Benedikt), both need insurance certificates before handover on 1 April.
The two existing ones are just for your reference.

Cheers,
Jana

Jana Kowalczyk | People Ops | Voltaro Mobility GmbH | Leipzig
"""
    msg = build(51, "Jana Kowalczyk <jana.kowalczyk@voltaro.example>",
                "Marlene Tiedke <marlene.tiedke@lindenhof-leben.example>",
                "Bike leasing list April", "2026-03-20 11:14:00", body,
                attachments=[("d54-0051_bike_leasing_2026-04.xlsx", make_xlsx([("April", rows)]))])
    return msg, "CONFIDENTIAL", "en", "company-to-insurer", "XLSX only: named employees' salaries and bike-leasing property cover, no health"


@mail_fn
def m052():
    body = """Hi all,

short summary of the DPIA for the new self-service in the employer
portal (release 4.2), as agreed with the DPO:

Processing: HR contacts of group clients upload joiner/leaver lists and
salary-conversion changes; employees can view their own bAV statements.

Data categories: identification data, salary, bank details, contract
data of life insurance; no health data in the employer view (disability
claims stay in the claims system).

Main risks and measures:
- HR sees statements of other employees -> role model per client,
  four-eyes approval for new HR users.
- Uploads of wrong files (e.g. sick-leave lists) -> file type check,
  warning banner, deletion within 30 days.
- Weak passwords -> 2FA mandatory from go-live.

Residual risk: low. No consultation of the supervisory authority needed.

Regards
Claudia Vehrs, Data Protection Coordination
"""
    msg = build(52, "Claudia Vehrs <claudia.vehrs@lindenhof-leben.example>",
                "Portal Project <projekt-portal@lindenhof-leben.example>",
                "DPIA summary employer portal release 4.2", "2026-03-20 16:20:00", body)
    return msg, "NORMAL", "en", "internal", "trap: DPIA mentions salary, bank details, health data in general only"


@mail_fn
def m053():
    body = """Sehr geehrte Damen und Herren,

ich habe im Februar die Diagnose Bauchspeicheldrüsenkrebs bekommen und
mache jetzt Chemotherapie. Meine Ärzte sind nicht sehr optimistisch.

Ich habe über meinen Arbeitgeber Brückner Feinmechanik eine
Direktversicherung bei Ihnen (DV 7714-1190-33). Kann ich mir das Geld
jetzt schon auszahlen lassen, damit ich noch etwas davon habe und
meine Familie versorgt ist? Oder ist es besser, den Vertrag laufen zu
lassen wegen der Todesfallleistung für meine Frau?

Bitte rufen Sie mich nicht auf der Arbeit an, sondern privat unter
05361 472218.

Mit freundlichen Grüßen
Frank Ossenbrügge
"""
    msg = build(53, "Frank Ossenbrügge <f.ossenbruegge@mailbox.example>",
                "service@lindenhof-leben.example",
                "Frage zu meiner Direktversicherung", "2026-03-23 21:40:00", body,
                charset="windows-1252", cte="8bit")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "employee-to-insurer", "named employee's cancer diagnosis and chemotherapy, Direktversicherung"


@mail_fn
def m054():
    body = """Sehr geehrte Damen und Herren,

für die Jahresabschlüsse zum 31.12.2025 legen wir unseren
Pensionsgutachten folgende Rechnungsgrundlagen zugrunde:

- Richttafeln 2018 G (Heubeck), generationenabhängig
- Rechnungszins HGB (§ 253 Abs. 2, 10-Jahres-Durchschnitt): 1,90 %
- Rechnungszins EStG § 6a: 6,0 % (unverändert)
- Gehaltstrend 2,75 %, Rententrend 2,0 %
- Fluktuation nach Altersstufen, Pensionierungsalter Regelaltersgrenze

Gegenüber dem Vorjahr (1,82 %) führt der höhere Zins in typischen
Beständen zu einer Entlastung von etwa 1 bis 1,5 % der Rückstellung.
Auf Basis der neuen Heubeck-Tafeln 2024 (Veröffentlichung erwartet)
würden wir Sie gesondert informieren.

Individuelle Gutachten erhalten Sie wie gewohnt über das Firmenportal.

Mit freundlichen Grüßen
""" + SIG_MARQUARDT
    msg = build(54, "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "Gutachtenkunden <gutachtenkunden@lindenhof-leben.example>",
                "Rechnungsgrundlagen Pensionsgutachten 31.12.2025", "2026-01-12 09:00:00", body)
    return msg, "NORMAL", "de", "insurer-to-company", "trap: mortality tables and discount rates for pension reports, no person"


@mail_fn
def m055():
    body = """Hallo Frau Ritter,

bei Jannik Sörensen (Personalnr. 88214, Kollektiv-Leben) ist in der
Februarabrechnung die Mehrarbeit nicht berücksichtigt worden:
12,5 Stunden à 31,62 EUR = 395,25 EUR brutto. Bitte mit der März-
abrechnung nachzahlen. Seine Teamleiterin hat die Stunden freigegeben.

Außerdem hat er eine neue Steuerklasse (III ab 01.03., Heirat am
20.02.), die ELStAM-Änderung sollte schon bei Ihnen sein.

Gruß
Henning Struve
Personalservice
"""
    msg = build(55, "Henning Struve <henning.struve@lindenhof-leben.example>",
                "Doris Ritter <doris.ritter@lindenhof-leben.example>",
                "Korrektur Abrechnung Februar – Sörensen", "2026-03-24 10:10:00", body)
    return msg, "CONFIDENTIAL", "de", "internal", "insurer's own employee: pay, overtime, tax class, marriage"


@mail_fn
def m056():
    rows = [
        ["Name", "Nationality", "Destination", "Assignment from", "Assignment to", "Family members travelling"],
        ["Dr. Olivia Brennan", "IE", "Boston, USA", "2026-05-01", "2026-10-31", "none"],
        ["Marco Santangelo", "IT", "Singapore", "2026-04-15", "2027-04-14", "spouse + 1 child"],
        ["Yuki Tanabe", "JP", "Basel, CH", "2026-06-01", "2026-08-31", "none"],
    ]
    body = """Dear Priya,

we are sending three colleagues on secondment and would like them to be
covered under our group business travel policy (GR-RV 91 2208) for the
full duration, including the family cover for Marco.

The list is attached. Could you confirm cover and the additional premium
for the long-term assignments?

Best regards
Lars Jensen
Benefits Manager Germany, Kestrel Pharma Deutschland GmbH
"""
    msg = build(56, "Lars Jensen <lars.jensen@kestrel-pharma.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Secondments 2026 – travel cover", "2026-03-24 14:58:00", body,
                attachments=[("d54-0056_secondments_2026.xlsx", make_xlsx([("Secondments", rows)]))])
    return msg, "CONFIDENTIAL", "en", "company-to-insurer", "traveller list of named employees for business travel cover, no health"


@mail_fn
def m057():
    body = """Dear Sir or Madam,

I work for Meridian Consulting Group in Frankfurt and I am covered by
the group income protection scheme through my employer.

In January I was diagnosed with relapsing-remitting multiple sclerosis.
I am currently still working, but my neurologist has suggested I reduce
to 60 % from May because of fatigue and vision problems. Does the
scheme pay a partial benefit if I reduce my hours? And do I have to tell
my employer about the diagnosis for the claim, or can I deal with you
directly?

Kind regards
Rebecca Hollander
Date of birth: 22/09/1988
"""
    msg = build(57, "Rebecca Hollander <rebecca.hollander@inbox-mail.example>",
                "claims-gip@lindenhof-leben.example",
                "Question about income protection", "2026-03-25 22:15:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "employee-to-insurer", "named employee's multiple sclerosis diagnosis, disability benefit question"


@mail_fn
def m058():
    body = """Hello,

your one-time password for the first login to the Lindenhof employer
portal is:

    7K4-Q9M-22T

It is valid for 48 hours. After logging in you will be asked to set your
own password and to register a second factor (authenticator app).

If you did not request access, please contact your Lindenhof account
manager.

Lindenhof Lebensversicherung AG – Employer Portal
This message was generated automatically.
"""
    msg = build(58, "Lindenhof Employer Portal <no-reply@lindenhof-leben.example>",
                "lars.jensen@kestrel-pharma.example",
                "Your access to the Lindenhof employer portal", "2026-03-25 08:02:00", body)
    return msg, "NORMAL", "en", "insurer-to-company", "one-time password mail, no personal data"


@mail_fn
def m059():
    body = """Sehr geehrter Herr Rehm,

wir bestätigen die Kostenübernahme aus dem Gruppen-Rechtsschutzvertrag
Ihres Arbeitgebers (Brückner Feinmechanik GmbH, Vertrag GRS 12 4470)
für Ihre Auseinandersetzung mit Ihrem Vermieter wegen der
Nebenkostenabrechnung 2024 (Forderung 1.872,40 EUR).

Schadennummer: RS-26-07731
Leistungsart: Wohnungs-Rechtsschutz Mieter, Selbstbeteiligung 150 EUR
Ihr Anwalt: Kanzlei Berendsohn & Pape, Wolfsburg

Die Kostenzusage gilt für die außergerichtliche Tätigkeit. Für ein
gerichtliches Verfahren stellen Sie bitte einen neuen Antrag.

Mit freundlichen Grüßen
Lindenhof Rechtsschutz-Service
"""
    msg = build(59, "Rechtsschutz-Service <rechtsschutz@lindenhof-leben.example>",
                "Tobias Rehm <tobias.rehm@webpost.example>",
                "Deckungszusage RS-26-07731", "2026-03-26 13:30:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's legal expenses claim (tenancy), no special category"


@mail_fn
def m060():
    body = """Sehr geehrte Frau Lauterbach,

für Ihre Mitarbeiterin Frau Jasmin Hollweg (Direktversicherung
DV 7715-0081-22) haben wir die Beitragsfreistellung für die Dauer der
Elternzeit vom 01.05.2026 bis 31.03.2027 eingetragen. Die Geburt des
Kindes am 16.03.2026 haben Sie uns mitgeteilt; Mutterschutz läuft bis
30.04.2026, in dieser Zeit laufen die Beiträge aus dem
Arbeitgeberzuschuss zum Mutterschaftsgeld weiter.

Nach der Elternzeit wird der Vertrag automatisch mit dem bisherigen
Beitrag (160 EUR) fortgeführt, ohne erneute Gesundheitsprüfung für die
BU-Zusatzversicherung.

Bitte geben Sie Frau Hollweg diese Information weiter, sie hatte sich
auch direkt bei uns gemeldet.

""" + SIG_OLTMANNS
    msg = build(60, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Monika Lauterbach <m.lauterbach@brueckner-feinmechanik.example>",
                "Beitragsfreistellung Elternzeit – Hollweg", "2026-03-27 11:11:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company", "named employee's childbirth, maternity and parental leave, Direktversicherung"


@mail_fn
def m061():
    pdf = make_pdf([
        "# Checkliste Leistungsfall Tod - Kollektiv-Leben",
        "Stand 03/2026 - interne Arbeitshilfe, keine Kundendaten eintragen",
        "",
        "[ ] Meldung des Arbeitgebers / der Hinterbliebenen erfasst (Datum, Kanal)",
        "[ ] Vertrag und versicherte Person im Bestand gefunden, Status geprueft",
        "[ ] Sterbeurkunde angefordert / eingegangen",
        "[ ] Aerztliche Bescheinigung zur Todesursache (nur bei Vertragsdauer < 3 Jahre oder Unfallzusatz)",
        "[ ] Bezugsrecht geprueft: widerruflich / unwiderruflich / gesetzliche Erben",
        "[ ] Erbschein nur, wenn kein Bezugsberechtigter benannt",
        "[ ] Meldung an Finanzamt (Paragraf 33 ErbStG) bei Leistung ueber 5.000 EUR",
        "[ ] Zahlstellenmeldeverfahren an Krankenkasse (Paragraf 202 SGB V) pruefen",
        "[ ] Auszahlung freigegeben (Vier-Augen-Prinzip ab 50.000 EUR)",
        "[ ] Arbeitgeber ueber Vertragsbeendigung informiert",
    ], title="Checkliste Tod Kollektiv")
    body = """Hallo Team,

die überarbeitete Checkliste für Todesfälle liegt anbei, neu ist der
Punkt Zahlstellenmeldeverfahren. Bitte ausdrucken oder im Vorgang
abhaken.

Nadine
"""
    msg = build(61, "Nadine Kurz <nadine.kurz@lindenhof-leben.example>",
                "Team Leistung Kollektiv <leistung-kollektiv@lindenhof-leben.example>",
                "Checkliste Leistungsfall Tod (neu)", "2026-03-27 15:45:00", body,
                attachments=[("d54-0061_Checkliste_Tod.pdf", pdf)])
    return msg, "NORMAL", "de", "internal", "trap: blank checklist about death claims and causes of death"


@mail_fn
def m062():
    body = """Hi Priya,

Ana Costa (staff no. 2287, Pensionskasse PK-20931-164) takes an unpaid
sabbatical from 1 May to 31 October 2026. During that time there will
be no salary and therefore no conversion.

Do we need to send you a form, or is it enough that the contributions
just stop? She'd like to keep the policy and restart in November with
the same amount (EUR 250/month).

Thanks,
Tomasz
"""
    msg = build(62, "Tomasz Wiśniewski <tomasz.wisniewski@solvaris.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Sabbatical – Ana Costa", "2026-03-30 09:05:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "named employee's Pensionskasse contract and conversion amount, no medical word"


@mail_fn
def m063():
    body = """Hi team,

the aba annual conference (Arbeitsgemeinschaft für betriebliche
Altersversorgung) is on 6-7 May in Berlin this year. We have four
tickets. Sessions I'd recommend:

- Sozialpartnermodell: three years on
- Digital pension tracking (Digitale Rentenübersicht)
- Cross-border pensions: IORP II and seconded employees

Who would like to go? Please reply by Friday, I'll book the hotel
block.

Thomas
"""
    msg = build(63, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Team Key Account <key-account@lindenhof-leben.example>",
                "aba conference Berlin – who's going?", "2026-03-30 12:34:00", body)
    return msg, "NORMAL", "en", "internal", "organisational, conference tickets"


@mail_fn
def m064():
    body = """Hi Henning,

as discussed, my proposals for the 2026 salary review of my team
(effective 1 July):

Priya Nair         current 68,400   proposed 71,800 (+5.0 %)   top performer, portal roll-out
Jonas Aßmann       current 54,900   proposed 56,500 (+2.9 %)
Ewa Lindner        current 49,200   proposed 51,200 (+4.1 %)   new responsibilities Kestrel

Total budget impact EUR 7,000 p.a., within the 3.5 % envelope.

Please keep this between us until the calibration meeting.

Thomas
"""
    msg = build(64, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Henning Struve <henning.struve@lindenhof-leben.example>",
                "Salary review 2026 – proposals", "2026-03-31 18:20:00", body)
    return msg, "CONFIDENTIAL", "en", "internal", "insurer staff salaries named"


@mail_fn
def m065():
    rows = [
        ["Eintrittsalter", "BG 1 (Büro)", "BG 2 (Handwerk leicht)", "BG 3 (Handwerk schwer)", "BG 4 (körperlich sehr schwer)"],
        [20, 0.41, 0.63, 0.97, 1.38],
        [30, 0.55, 0.84, 1.29, 1.84],
        [40, 0.86, 1.31, 2.02, 2.88],
        [50, 1.47, 2.24, 3.45, 4.92],
        [60, 2.61, 3.98, 6.12, 8.74],
        ["Hinweis", "Monatsbeitrag in EUR je 100 EUR versicherter Monatsrente, Gruppen-BU ohne Gesundheitsprüfung bis 1.500 EUR Rente", "", "", ""],
    ]
    body = """Hallo Herr Petersen,

anbei die aktuelle Beitragstabelle für die Gruppen-BU nach Berufsgruppen
(Stand 04/2026). Für Gruppen ab 10 Personen gilt die vereinfachte
Gesundheitsprüfung, ab 50 Personen entfällt sie bis 1.500 EUR Monatsrente.

""" + SIG_OLTMANNS
    msg = build(65, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Michael Petersen <mp@vorsorgekontor-petersen.example>",
                "Beitragstabelle Gruppen-BU 04/2026", "2026-04-01 10:00:00", body,
                attachments=[("d54-0065_Beitragstabelle_GruppenBU.xlsx", make_xlsx([("BU", rows)]))])
    return msg, "NORMAL", "de", "insurer-to-broker", "trap: disability premium table, health-check thresholds, no person"


@mail_fn
def m066():
    body = """Formular folgt heute Nachmittag, er liegt noch auf der Intensiv.
K. Ahlers
"""
    msg = build(66, "Katrin Ahlers <k.ahlers@nordhafen-logistik.example>",
                "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Unfallmeldung Rüdiger Poppe – Sturz Laderampe, Schädel-Hirn-Trauma, Klinikum Bremerhaven",
                "2026-04-02 07:31:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "sensitive content only in the subject: named employee's head injury, intensive care"


@mail_fn
def m067():
    body = """Hallo,

ich arbeite bei der Bäckerei Hoffbauer in Celle als Verkäuferin, 30
Stunden, und verdiene 2.450 Euro brutto. Meine Chefin sagt, es gibt
jetzt so einen Förderbetrag, dann zahlt der Chef was in die Rente und
kriegt das vom Staat wieder. Stimmt das und kriege ich das auch? Ich
habe bisher keine Betriebsrente.

Viele Grüße
Natalia Wróbel
"""
    msg = build(67, "Natalia Wróbel <natalia.wrobel@webpost.example>",
                "service@lindenhof-leben.example",
                "Förderbetrag?", "2026-04-06 16:22:00", body, flowed=True)
    return msg, "CONFIDENTIAL", "de", "employee-to-insurer", "named person's income and employer, no contract yet, no health (grey zone)"


@mail_fn
def m068():
    body = """Sitze im ICE, WLAN bricht dauernd ab. Ich melde mich morgen früh
wegen der Liste, ist nicht eilig.

Gesendet von Outlook für Android
"""
    msg = build(68, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Heike Brandt <h.brandt@stadtwerke-elmstedt.example>",
                "AW: Opting-out Stand 13.03.", "2026-03-13 17:52:00", body)
    return msg, "NORMAL", "de", "insurer-to-company", "short mobile reply without content or quote"


@mail_fn
def m069():
    body = """Dear Mr Jensen,

the medical underwriting for the increased income protection benefit of
Dr. Ravi Menon (staff no. KP-0419, insured salary above the free cover
limit of EUR 120,000) has been completed.

Decision: cover accepted for the full benefit of EUR 8,750 per month,
with an exclusion for disorders of the lumbar spine (M51.-) due to the
disc prolapse treated in 2023. The exclusion will be reviewed on request
after three symptom-free years.

We have informed Dr. Menon directly of the medical reasons. For your
records only the decision above is relevant; please do not ask him for
further details.

Kind regards
Group Underwriting
Lindenhof Lebensversicherung AG
"""
    msg = build(69, "Group Underwriting <underwriting-kollektiv@lindenhof-leben.example>",
                "Lars Jensen <lars.jensen@kestrel-pharma.example>",
                "Underwriting decision – KP-0419", "2026-04-07 14:14:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", "underwriting decision with diagnosis exclusion for named employee"


@mail_fn
def m070():
    docx_data = make_docx([
        "# [Draft] Announcement to all employees: our new company health insurance",
        "Dear colleagues,",
        "from [start date] [Company name] offers every employee a company health insurance (bKV) with Lindenhof "
        "Krankenversicherung AG, fully paid by the employer.",
        "What's included: an annual budget of EUR [600] for glasses and contact lenses, dental cleaning, "
        "alternative practitioners, preventive check-ups and prescribed medicines.",
        "No health questions, no waiting period, pre-existing conditions are covered.",
        "Your employer will never see which treatments you claim for. Claims go directly to Lindenhof via the app.",
        "Questions? Contact [HR contact name], [phone], or join the information session on [date].",
    ])
    body = """Hi Jana,

as promised, a draft for your announcement e-mail – just fill in the
brackets. Happy to review your final version.

Best
""" + SIG_REINECKE
    msg = build(70, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Jana Kowalczyk <jana.kowalczyk@voltaro.example>",
                "Draft announcement bKV", "2026-04-08 09:58:00", body,
                attachments=[("d54-0070_bKV_announcement_draft.docx", docx_data)])
    return msg, "NORMAL", "en", "insurer-to-company", "trap: announcement template with [placeholders], health-benefit words"


@mail_fn
def m071():
    body = """Hi,

following up on claim BT-26-01188 (my lost baggage): I moved last week
and changed banks. Please use these details for the payment:

Erik Lindqvist
Sachsenhäuser Landwehrweg 41, 60599 Frankfurt am Main
IBAN DE10 1203 0000 5086 0741 88

Receipts for the emergency purchases (EUR 312.60) were uploaded
yesterday.

Thanks
Erik
"""
    msg = build(71, "Erik Lindqvist <erik.lindqvist@meridian-cg.example>",
                "Business Travel Claims <reise-schaden@lindenhof-leben.example>",
                "Re: Your claim BT-26-01188 – lost baggage", "2026-04-08 13:17:00", body,
                in_reply_to="<d54-0014.20260216112700@lindenhof-leben.example>")
    return msg, "CONFIDENTIAL", "en", "employee-to-insurer", "named claimant's new address and IBAN in baggage claim"


@mail_fn
def m072():
    body = """Sehr geehrte Frau Oltmanns,

vielen Dank, dass wir Ihren Workshop am 18.03. bewirten durften. Anbei
unsere Rechnung:

Rechnung Nr. 2026-0412
Business-Lunch vegetarisch/klassisch, 34 Personen à 24,50 EUR   833,00 EUR
Kaffee/Tee, Wasser, Säfte pauschal                              180,00 EUR
Netto                                                           1.013,00 EUR
zzgl. 7 % / 19 % USt                                              97,52 EUR
Gesamt                                                          1.110,52 EUR

Bitte überweisen Sie bis 20.04.2026 auf
Leine-Catering GmbH, IBAN DE42 3704 0044 1201 2941 55.

Mit freundlichen Grüßen
Leine-Catering GmbH
"""
    msg = build(72, "Leine-Catering Buchhaltung <rechnung@leine-catering.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Rechnung 2026-0412 Workshop 18.03.", "2026-04-09 11:00:00", body)
    return msg, "NORMAL", "de", "supplier-to-insurer", "trap: supplier GmbH invoice with company IBAN"


@mail_fn
def m073():
    csv_data = make_csv([
        ["PersNr", "Name", "Vorname", "GebDat", "Brutto_Maerz", "PK_Grundbeitrag_AG", "PK_Entgeltumwandlung", "Vertragsnr"],
        ["4410", "Dreyer", "Matthias", "04.06.1981", "3980,00", "45,00", "150,00", "PK-7702-0410"],
        ["4419", "Bartels", "Oliver", "19.11.1990", "3410,00", "45,00", "100,00", "PK-7702-0419"],
        ["4431", "Lüders", "Bernd", "28.01.1970", "4120,00", "45,00", "0,00", "PK-7702-0431"],
        ["4440", "Schwarting", "Imke", "15.05.1985", "3760,00", "45,00", "200,00", "PK-7702-0440"],
        ["4452", "Yilmaz", "Hakan", "02.02.1995", "3020,00", "45,00", "50,00", "PK-7702-0452"],
    ], encoding="windows-1252")
    z = make_zip([("d54-0073_PK_Beitragsliste_2026-03.csv", csv_data),
                  ("d54-0073_liesmich.txt", "Beitragsliste Pensionskasse Stadtwerke Elmstedt, Maerz 2026, Auszug Seite 1 von 7\r\n".encode("ascii"))])
    body = """Guten Tag,

anbei die Beitragsliste März.

Heike Brandt
Personalabteilung Stadtwerke Elmstedt GmbH
"""
    msg = build(73, "Heike Brandt <h.brandt@stadtwerke-elmstedt.example>",
                "Kollektivinkasso <inkasso-kollektiv@lindenhof-leben.example>",
                "Beitragsliste 03/2026", "2026-04-09 15:30:00", body,
                attachments=[("d54-0073_Beitragsliste_03-2026.zip", z)])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "inside ZIP: CSV with named employees, birth dates, salaries, Pensionskasse contracts"


@mail_fn
def m074():
    body = """Hallo Frau Oltmanns,

wir möchten unsere Gruppenunfallversicherung (Rahmenvertrag GU 20 5531)
zum 01.07.2026 anpassen: Versicherungssumme Invalidität für alle
Beschäftigten von 100.000 auf 150.000 EUR, Todesfall bleibt bei
25.000 EUR. Bitte schicken Sie mir ein Angebot mit dem neuen
Jahresbeitrag für 186 Beschäftigte.

Ich bin bis 17.04. im Haus, danach vertritt mich Herr Kölsch aus der
Lohnbuchhaltung.

Viele Grüße
Monika Lauterbach
Personalleiterin, Brückner Feinmechanik GmbH
"""
    msg = build(74, "Monika Lauterbach <m.lauterbach@brueckner-feinmechanik.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Anpassung GU-Rahmenvertrag zum 01.07.", "2026-04-10 08:44:00", body)
    return msg, "CONFIDENTIAL", "de", "company-to-insurer", "company's group accident framework contract with named contact; no employee data"


@mail_fn
def m075():
    body = """Liebe Kolleginnen und Kollegen,

für die Fallkonferenz am Mittwoch der anonymisierte Fall (Name,
Arbeitgeber und Vertragsdaten entfernt, Freigabe Datenschutz liegt vor):

Fall A: männlich, Anfang 50, Dachdecker seit 30 Jahren, Gruppen-BU über
den Arbeitgeber (Handwerksbetrieb, ca. 20 Beschäftigte). Beidseitige
Gonarthrose Grad III, kann nicht mehr auf Leitern arbeiten. Frage: ist
eine Verweisung auf eine Tätigkeit als Bauleiter zumutbar, wenn er
dafür keine Ausbildung hat? Bedingungen ohne abstrakte Verweisung.

Bitte überlegt euch Argumente für beide Seiten.

Dr. Jan-Philipp Roloff
Leistungsprüfung BU
"""
    msg = build(75, "Dr. Jan-Philipp Roloff <jp.roloff@lindenhof-leben.example>",
                "Fallkonferenz BU <fallkonferenz-bu@lindenhof-leben.example>",
                "Fallkonferenz Mittwoch – Fall A (anonymisiert)", "2026-04-13 16:00:00", body)
    return msg, "NORMAL", "de", "internal", "trap: anonymised disability case with diagnosis, no identifiable person"


# ================================================================ mails 076-100

@mail_fn
def m076():
    body = """Hello bKV team,

my daughter Isla (9, co-insured under my Kestrel family plan, employee
no. KP-0652) needs braces. The orthodontist (Dr. Anneliese Korff,
Darmstadt) classified it as KIG 4 – crossbite and 7 mm overjet – so the
statutory insurance pays 80 % of the basic treatment. The treatment plan
also lists extras not covered by the statutory insurance (mini-brackets,
sealing, EUR 1,980 over 3 years).

Can the bKV cover these extras? I can send the treatment plan.

Thanks,
Tom Barrow
"""
    msg = build(76, "Tom Barrow <tom.barrow@kestrel-pharma.example>",
                "bkv-service@lindenhof-leben.example",
                "Orthodontics for my daughter", "2026-04-14 19:30:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "employee-to-insurer", "named child's orthodontic diagnosis under group health family plan"


@mail_fn
def m077():
    pdf = make_pdf([
        "# FAQ fuer Personalabteilungen: Wenn eine Mitarbeiterin oder ein Mitarbeiter verstirbt",
        "",
        "1. Wen muessen wir informieren?",
        "Melden Sie den Todesfall formlos an leistung-kollektiv@lindenhof-leben.example oder ueber das Firmenportal. "
        "Bitte senden Sie keine Sterbeurkunden oder aerztlichen Unterlagen per normaler E-Mail.",
        "2. Welche Vertraege sind betroffen?",
        "Direktversicherung, Pensionskasse, Gruppen-Risikoleben, Gruppenunfall. Wir pruefen alle Vertraege zur Person.",
        "3. Wer bekommt das Geld?",
        "Die im Vertrag genannten Bezugsberechtigten, sonst Ehegatte/eingetragener Lebenspartner, Kinder, Erben - "
        "je nach Durchfuehrungsweg. Bei der Pensionskasse gelten die Hinterbliebenenregeln der Satzung.",
        "4. Muessen wir die Todesursache kennen?",
        "Nein. Die aerztliche Bescheinigung fordern wir bei den Angehoerigen an.",
        "5. Was passiert mit dem Arbeitgeberzuschuss?",
        "Er endet mit dem Monat des Todes. Zu viel gezahlte Beitraege erstatten wir dem Arbeitgeber.",
    ], title="FAQ Todesfall")
    body = """Sehr geehrte Frau Ahlers,

nach unserem Telefonat letzte Woche hier unser FAQ für Personal-
abteilungen zum Thema Todesfall. Vielleicht hilft es Ihnen und Ihren
Kolleginnen künftig.

""" + SIG_WEHRHAHN
    msg = build(77, "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Katrin Ahlers <k.ahlers@nordhafen-logistik.example>",
                "FAQ Todesfall für Personalabteilungen", "2026-04-14 10:15:00", body,
                attachments=[("d54-0077_FAQ_Todesfall.pdf", pdf)])
    return msg, "NORMAL", "de", "insurer-to-company", "trap: generic FAQ about deaths, causes of death, beneficiaries"


@mail_fn
def m078():
    body = """Hi Priya,

new consultant starting 4 May who will travel a lot from day one.
Please add him to our business travel policy GR-RV 90 0412:

Name: Kwame Mensah-Bauer
Date of birth: 11 October 1994
Passport: German, no. C7RX41MT2, valid until 2033
Home address: Kasseler Str. 12, 60486 Frankfurt
First trip: Lagos, 11-22 May 2026

Thanks!
Grace Okafor
Office & Travel, Meridian Consulting Group GmbH
"""
    msg = build(78, "Grace Okafor <grace.okafor@meridian-cg.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "New traveller – business travel policy", "2026-04-15 12:02:00", body)
    return msg, "CONFIDENTIAL", "en", "company-to-insurer", "named traveller with birth date, passport number, address; travel line without health"


@mail_fn
def m079():
    rows = [
        ["Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Austritt", "Vertrag", "Grund", "Fortführung"],
        [10211, "Bergmann", "Nadine", "12.08.1988", "31.01.2026", "DV 7713-8801-12", "Eigenkündigung", "privat fortführen"],
        [10377, "Celik", "Murat", "30.04.1979", "28.02.2026", "DV 7714-0652-40", "Arbeitgeberkündigung", "beitragsfrei stellen"],
        [10402, "Ossenbrügge", "Frank", "06.01.1969", "31.03.2026", "DV 7714-1190-33", "Aufhebungsvertrag", "offen – Mitarbeiter meldet sich"],
        [10450, "Lindner", "Paul", "25.12.1999", "31.03.2026", "DV 7715-3321-08", "Ende Befristung", "Übertragung auf neuen AG"],
    ]
    body = """Hallo Frau Oltmanns,

anbei die Abgänge 1. Quartal. Bei Herrn Ossenbrügge wissen wir noch
nicht, was er möchte, er meldet sich selbst bei Ihnen.

Gruß
Dieter Kölsch
Lohnbuchhaltung Brückner Feinmechanik
"""
    msg = build(79, "Dieter Kölsch <d.koelsch@brueckner-feinmechanik.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Abgänge Q1", "2026-04-16 09:40:00", body,
                attachments=[("d54-0079_Abgaenge_Q1_2026.xlsx", make_xlsx([("Abgänge", rows)]))])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "XLSX only: leavers with birth dates and Direktversicherung numbers"


@mail_fn
def m080():
    body = """LONGEVITY BRIEFING 2026 | Reinsurance Research

Key findings for European pension portfolios:

* Period life expectancy at 65 in Germany rose to 18.3 years (men) and
  21.4 years (women) in 2025, back above pre-pandemic levels.
* Excess mortality in 2025 was close to zero for ages 40-64.
* Cardiovascular mortality continues to fall by about 2 % a year;
  dementia-related deaths now account for 9 % of deaths above 85.
* For typical bAV portfolios we estimate the reserve impact of the next
  Heubeck table generation at +0.8 % to +1.6 %.

Webinar: 20 May 2026, 11:00 CET. Register via your client manager.

This briefing is provided for information only to clients of
Aurelia Re Research. Unsubscribe: research@aurelia-re.example
"""
    msg = build(80, "Aurelia Re Research <research@aurelia-re.example>",
                "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "Longevity Briefing 2026", "2026-04-16 07:15:00", body,
                headers=[("Precedence", "bulk")])
    return msg, "NORMAL", "en", "newsletter", "trap: life expectancy and mortality statistics"


@mail_fn
def m081():
    body = """Sehr geehrte Frau Kuhnert,

wir haben Ihren Einbruchdiebstahl vom 11.04.2026 in Ihrer Wohnung
(Lessingstraße 7, 27570 Bremerhaven) unter der Schadennummer
HR-26-11820 aufgenommen. Versichert sind Sie über den Gruppenvertrag
Hausrat für Mitarbeiter der Nordhafen Logistik SE (HGV 44 0127).

Gemeldete Gegenstände laut Ihrer Stehlgutliste:
- Notebook Lenovo ThinkPad, privat, ca. 1.100 EUR
- Goldkette und zwei Ringe (Erbstücke), Wert laut Gutachten 2.650 EUR
- Bargeld 180 EUR

Die Wohnungstür wird von unserem Regulierer, Herrn Stamer, am
Donnerstag besichtigt. Bitte halten Sie die Rechnung des Schlüssel-
dienstes bereit.

Mit freundlichen Grüßen
Schaden Hausrat
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(81, "Schaden Hausrat <schaden-hausrat@lindenhof-leben.example>",
                "Sonja Kuhnert <sonja.kuhnert@mailbox.example>",
                "Ihr Schaden HR-26-11820", "2026-04-17 10:30:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's household burglary claim with address"


@mail_fn
def m082():
    body = """Hi,

following my divorce (final since March 2026) I want to change the
beneficiary of my group life cover with Meridian (policy GL 61 3380).
Currently it is my ex-wife, Lucy Ashworth. From now on it should be my
two children, Oliver Ashworth (born 14/02/2015) and Grace Ashworth
(born 30/07/2018), in equal shares.

Do you need a form signed by me, and does my employer have to sign too?

Regards
Simon Ashworth
Senior Manager, Meridian Consulting Group GmbH
"""
    msg = build(82, "Simon Ashworth <simon.ashworth@meridian-cg.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Change of beneficiary", "2026-04-20 08:55:00", body, tz="de")
    return msg, "STRICTLY_CONFIDENTIAL", "en", "employee-to-insurer", "beneficiary change in named employee's group life cover, divorce, children's birth dates"


@mail_fn
def m083():
    body = """Guten Tag,

Ihr Upload im Firmenportal wurde verarbeitet.

Vorgang:        U-2026-04-20-0113
Datei:          Zugaenge_Mai.xlsx
Datensätze:     3 übernommen, 0 abgewiesen
Nächster Schritt: Policierung durch Ihre Betreuerin

Details sehen Sie nach Anmeldung unter
https://firmenportal.lindenhof-leben.example/uploads

Diese Nachricht wurde automatisch erstellt.
Lindenhof Lebensversicherung AG
"""
    msg = build(83, "Lindenhof Firmenportal <no-reply@lindenhof-leben.example>",
                "m.lauterbach@brueckner-feinmechanik.example",
                "Upload verarbeitet: U-2026-04-20-0113", "2026-04-20 11:47:00", body)
    return msg, "NORMAL", "de", "insurer-to-company", "portal notification, counts only"


@mail_fn
def m084():
    body = """Hallo Frau Oltmanns,

ein neuer Interessent: die Tischlerei Wübbena GmbH in Aurich (12
Beschäftigte) möchte eine arbeitgeberfinanzierte Gruppen-Risiko-
lebensversicherung anbieten, bisher gibt es dort keine bAV. Der Chef
hat mir die Mitarbeiterliste für das Angebot gegeben:

Name              geb.         Bruttojahresgehalt
Wübbena, Gerd     03.03.1968   72.000 (GF)
Wübbena, Tjark    21.09.1995   48.000
Hinrichs, Karl    14.04.1972   41.500
Saathoff, Meike   09.12.1989   29.600 (Teilzeit)
Janssen, Ole      30.06.2001   36.800
Eilers, Frauke    17.01.1980   38.200
(+6 Azubis/Aushilfen, sollen nicht rein)

Versicherungssumme 1x Jahresgehalt, ohne Gesundheitsfragen wenn
möglich. Können Sie bis Ende nächster Woche rechnen?

Gruß
Michael Petersen
Vorsorgekontor Petersen e.K.
"""
    msg = build(84, "Michael Petersen <mp@vorsorgekontor-petersen.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Angebotsanfrage Gruppen-Risikoleben Tischlerei Wübbena", "2026-04-21 14:05:00", body)
    return msg, "CONFIDENTIAL", "de", "broker-to-insurer", "census of named prospects with birth dates and salaries for a quote; no cover yet, no health (grey zone)"


@mail_fn
def m085():
    body = """An das
Amtsgericht Wolfsburg – Familiengericht
Geschäftszeichen 21 F 318/25 VA

Versorgungsausgleich in der Familiensache Kramer ./. Kramer

Sehr geehrte Damen und Herren,

zur Auskunft vom 04.03.2026 über das Anrecht der Antragsgegnerin,
Frau Sabrina Kramer, geb. Timm, geb. 23.07.1986, aus der Direktversicherung
DV 7714-7720-15 (Arbeitgeber Brückner Feinmechanik GmbH) teilen wir mit:

Ehezeit:                      01.06.2014 - 31.10.2025
Ehezeitanteil (Kapitalwert):  18.442,96 EUR
Ausgleichswert (Hälfte abzgl. Teilungskosten 250 EUR): 9.096,48 EUR
Korrespondierender Kapitalwert: 9.096,48 EUR

Wir schlagen die interne Teilung vor (§ 10 VersAusglG). Die
Berechnungsgrundlagen sind in der Anlage zum Original, das per Post
folgt.

Mit freundlichen Grüßen
Lindenhof Lebensversicherung AG
Versorgungsausgleich Kollektiv
"""
    msg = build(85, "Versorgungsausgleich <versorgungsausgleich@lindenhof-leben.example>",
                "Familiengericht Wolfsburg <familiengericht@ag-wolfsburg.justiz.example>",
                "21 F 318/25 VA – Auskunft Versorgungsausgleich", "2026-04-22 09:20:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-court", "divorce pension equalisation: named person's Direktversicherung values, birth date, maiden name"


@mail_fn
def m086():
    body = """Dear HR contacts,

the Lindenhof employer portal will be unavailable on Saturday,
25 April 2026, from 06:00 to 14:00 CEST due to scheduled maintenance.
Uploads submitted during this window will be processed on Monday.

Thank you for your understanding.

Lindenhof Employer Portal Team
"""
    msg = build(86, "Lindenhof Employer Portal <no-reply@lindenhof-leben.example>",
                "undisclosed-recipients:;", "Scheduled maintenance – employer portal, 25 April",
                "2026-04-22 16:00:00", body, headers=[("Precedence", "bulk")])
    return msg, "NORMAL", "en", "insurer-to-company", "maintenance notice"


@mail_fn
def m087():
    body = """Dear Mr Jensen,

please find below the renewal terms for Kestrel Pharma Deutschland
GmbH's company health insurance contract bKV-G 50 0914 from
1 July 2026:

Insured persons (employees + co-insured family): 412 + 188
Tariff: bKV Family Plus (budget EUR 900) and Basic (EUR 600)
Premium employer-paid, per person and month: Plus EUR 34.80 (+4.2 %),
Basic EUR 21.90 (+3.8 %)
Estimated annual premium: EUR 236,600

The increase reflects the 2025 claims ratio of the contract. Terms are
valid until 31 May. We would be glad to discuss them with you and
Ms Whitfield.

Kind regards
""" + SIG_REINECKE
    msg = build(87, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Lars Jensen <lars.jensen@kestrel-pharma.example>",
                "Renewal bKV-G 50 0914 – terms from 1 July", "2026-04-23 10:05:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-company", "company's group health contract terms with named contacts; no employee data"


@mail_fn
def m088():
    body = """Hallo Frau Dr. Lenz,

bitte um ärztliche Stellungnahme im BU-Leistungsfall:

Versicherter:   Bernd Lüders, geb. 28.01.1970
Vertrag:        DV 7717-0012-07 mit BUZ (Stadtwerke Elmstedt)
Beruf:          Schichtleiter Netzleitstelle, 60 % Bildschirm, 40 %
                Außeneinsätze (Umspannwerke, Leitern, Schächte)
Antrag vom:     02.04.2026, BU seit 10.10.2025 behauptet

Unterlagen in der Akte:
- Entlassungsbericht Reha Bad Bevensen (Diagnosen M51.1, M54.16,
  Z.n. Nukleotomie L4/5 und L5/S1)
- Bericht Neurochirurgie MHH vom 12.02.2026: Re-Prolaps L5/S1,
  erneute OP geplant
- Fragebogen des Versicherten

Frage: Ist eine BU von mind. 50 % für die zuletzt ausgeübte Tätigkeit
medizinisch plausibel, und für welche Dauer?

Danke und Gruß
""" + SIG_WEHRHAHN
    msg = build(88, "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Dr. Karin Lenz <karin.lenz@lindenhof-leben.example>",
                "BU-Prüfung Lüders – Bitte um Stellungnahme", "2026-04-24 13:25:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "internal", "disability claim: named employee's diagnoses with ICD codes and surgery"


@mail_fn
def m089():
    body = """Stellenausschreibung 2026-11

Sachbearbeiter/in Leistungsprüfung Berufsunfähigkeit Kollektiv (m/w/d)
Vollzeit/Teilzeit, Hannover, unbefristet

Ihre Aufgaben:
- Prüfung von BU-Leistungsanträgen aus Direktversicherungen und
  Gruppen-BU
- Auswertung ärztlicher Berichte und Gutachten in Zusammenarbeit mit
  unserem Ärztlichen Dienst
- Kommunikation mit Versicherten, Arbeitgebern und Reha-Diensten

Ihr Profil:
- Ausbildung Kaufmann/-frau für Versicherungen und Finanzen oder
  medizinische Vorkenntnisse (z. B. MFA, Pflege)
- Freude an komplexen Fällen, Empathie im Umgang mit erkrankten Menschen

Wir bieten: Tarifvertrag private Versicherungswirtschaft, 38 Std.,
mobiles Arbeiten, bAV mit 100 % Arbeitgeberfinanzierung.

Bitte bis 15.05. intern im Stellenportal bewerben.
"""
    msg = build(89, "Personalmarketing <karriere@lindenhof-leben.example>",
                "Alle Mitarbeitenden <alle@lindenhof-leben.example>",
                "Interne Stellenausschreibung 2026-11 Leistungsprüfung BU", "2026-04-27 08:00:00", body)
    return msg, "NORMAL", "de", "internal", "trap: job ad about disability claims and medical reports"


@mail_fn
def m090():
    body = """Hallo Doris,

Jonas Aßmann (Personalnr. 87730) geht vom 01.06. bis 31.07.2026 in
Elternzeit. Für die Elterngeldstelle braucht er eine Bescheinigung über
sein Bruttoeinkommen der letzten 12 Monate (laut System 56.420 EUR inkl.
Sonderzahlungen). Kannst du die bitte erstellen und ihm an die
Privatadresse schicken (Gneisenaustr. 5, 30175 Hannover)?

Vertretung in der Zeit übernimmt Ewa Lindner.

Danke
Henning
"""
    msg = build(90, "Henning Struve <henning.struve@lindenhof-leben.example>",
                "Doris Ritter <doris.ritter@lindenhof-leben.example>",
                "Elternzeit Aßmann – Einkommensbescheinigung", "2026-04-27 15:02:00", body)
    return msg, "CONFIDENTIAL", "de", "internal", "insurer's own employee: income and private address (parental leave of father, no health)"


@mail_fn
def m091():
    body = """Dear Ms Whitfield, dear Mr Jensen,

ahead of our meeting, here is the market benchmark you asked for: how
employees use company health insurance across all Lindenhof bKV
clients in 2025 (about 31,000 insured persons in 140 contracts; no
single client can be identified).

Persons with at least one claim:       58 %
Average benefit per claimant:          EUR 412

By category (share of benefits):
  Dental cleaning and dental treatment  39 %
  Glasses and contact lenses            29 %
  Alternative practitioners             10 %
  Preventive check-ups                   9 %
  Medicines and other                   13 %

Average claims ratio of budget tariffs: 96 %.

Kind regards
""" + SIG_REINECKE
    msg = build(91, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Emma Whitfield <emma.whitfield@kestrel-pharma.example>",
                "bKV market benchmark 2025", "2026-04-28 09:10:00", body,
                cc="Lars Jensen <lars.jensen@kestrel-pharma.example>")
    return msg, "NORMAL", "en", "insurer-to-company", "trap: group health usage benchmark across all clients, dental and glasses words"


@mail_fn
def m092():
    body = """Hi Priya,

good news on Rebecca Hollander: after her rehab in Bad Wildungen she
will start a graded return to work on 4 May (2 hours/day for two weeks,
then 4 hours, full time from 15 June if her neurologist agrees).

How does this affect her partial income protection benefit? Should we
report the hours to you weekly?

She has asked that the team is only told she was "on leave".

Thanks
Daniel Okafor
HR Director, Meridian Consulting Group GmbH
"""
    msg = build(92, "Daniel Okafor <daniel.okafor@meridian-cg.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Return to work plan – R. Hollander", "2026-04-29 17:45:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "named employee's rehab, neurologist, graded return, disability benefit"


@mail_fn
def m093():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<h2 style="color:#2a5a3a">Lindenhof Firmenkunden-Newsletter 2/2026</h2>
<h3>Digitale Rentenübersicht: Ihre Beschäftigten sehen jetzt alles auf einen Blick</h3>
<p>Seit diesem Jahr melden wir die Anwartschaften aus Direktversicherung und Pensionskasse an die Zentrale Stelle
für die Digitale Rentenübersicht. Ihre Beschäftigten sehen dort gesetzliche, betriebliche und private Renten zusammen –
zum Beispiel: <i>gesetzliche Rente 1.480 EUR, Betriebsrente 212 EUR, Riester 96 EUR</i> (Beispielwerte).</p>
<h3>Gruppenunfall: Was zahlt die BG, was wir?</h3>
<p>Die Berufsgenossenschaft leistet bei Arbeits- und Wegeunfällen. Unsere Gruppenunfallversicherung gilt weltweit,
24 Stunden am Tag, auch in der Freizeit – etwa beim Sturz vom Fahrrad am Wochenende oder beim Skiunfall.</p>
<h3>Termine</h3>
<ul><li>14.05. Webinar: Opting-out in der Praxis</li><li>11.06. Sprechstunde Lohnabrechnung</li></ul>
<p style="font-size:8pt">Abmelden: https://firmenportal.lindenhof-leben.example/newsletter/abmelden</p>
</body></html>"""
    msg = build(93, "Lindenhof Firmenkunden-Newsletter <newsletter@lindenhof-leben.example>",
                "undisclosed-recipients:;", "Firmenkunden-Newsletter 2/2026: Digitale Rentenübersicht, Gruppenunfall",
                "2026-05-05 07:30:00", html=html, html_only=True, cte="quoted-printable",
                headers=[("Precedence", "bulk")])
    return msg, "NORMAL", "de", "newsletter", "trap: HTML-only newsletter with example pension amounts and accident words"


@mail_fn
def m094():
    body = """Hallo,

mein Arbeitsvertrag bei Voltaro endet zum 31.05. (betriebsbedingte
Kündigung, das ganze Team Hardware wurde abgebaut). Ich habe ein
Dienstrad über Voltaro geleast und bei Ihnen versichert
(Zertifikat DRG 58 210-0177).

Was passiert jetzt mit der Versicherung? Ich würde das Rad gern
übernehmen, der Leasinggeber sagt Restwert 2.890 EUR. Kann ich die
Versicherung privat weiterführen?

Danke
Leon Hartwig
"""
    msg = build(94, "Leon Hartwig <leon.hartwig@webpost.example>",
                "dienstrad@lindenhof-leben.example",
                "Dienstrad nach Kündigung", "2026-05-06 19:10:00", body)
    return msg, "CONFIDENTIAL", "de", "employee-to-insurer", "named employee's dismissal and bike-leasing cover, residual value"


@mail_fn
def m095():
    html = """<html><body>
<p>Sehr geehrte Frau Demirci,</p>
<p>wie im Rahmen des Reha-Managements Ihrer Gruppen-BU vereinbart, melden wir Ihnen die Beschäftigten mit
Arbeitsunfähigkeit über 6 Wochen (Stand 30.04.2026). Die Einwilligungen der Beschäftigten liegen uns vor.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Pers.-Nr.</th><th>Name</th><th>AU seit</th><th>Grund (laut Mitarbeiter)</th><th>Wiedereingliederung geplant</th></tr>
<tr><td>3107</td><td>Kasten, Frank</td><td>02.02.2026</td><td>Herzinfarkt, Reha abgeschlossen</td><td>ja, ab 18.05.</td></tr>
<tr><td>3244</td><td>Özdemir, Leyla</td><td>16.03.2026</td><td>Long COVID / Erschöpfung</td><td>offen</td></tr>
<tr><td>3391</td><td>Poppe, Rüdiger</td><td>01.04.2026</td><td>Arbeitsunfall, Schädel-Hirn-Trauma</td><td>nein</td></tr>
</table>
<p>Mit freundlichen Grüßen<br>Katrin Ahlers<br>Personalwesen, Nordhafen Logistik SE</p>
</body></html>"""
    msg = build(95, "Katrin Ahlers <k.ahlers@nordhafen-logistik.example>",
                "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Reha-Management Meldung April", "2026-05-07 08:30:00",
                html=html, html_only=True, cte="base64")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "HTML-only base64 table: named employees' long sickness with reasons"


@mail_fn
def m096():
    body = """Liebe Kolleginnen und Kollegen,

am Dienstag, 12. Mai, ist der Blutspendedienst des DRK wieder bei uns
im Haus (Lindenhof Forum, 9-15 Uhr). Eine Spende dauert etwa eine
Stunde inkl. Voruntersuchung (Blutdruck, Hämoglobin). Bitte Personal-
ausweis mitbringen; wer in den letzten 4 Monaten eine Tätowierung
bekommen hat oder Antibiotika nimmt, darf leider nicht spenden.

Die Spendezeit gilt als Arbeitszeit. Anmeldung über das Intranet.

Euer Gesundheitsmanagement
"""
    msg = build(96, "Betriebliches Gesundheitsmanagement <bgm@lindenhof-leben.example>",
                "Alle Mitarbeitenden <alle@lindenhof-leben.example>",
                "Blutspende am 12. Mai", "2026-05-04 10:00:00", body)
    return msg, "NORMAL", "de", "internal", "trap: blood donation announcement with health words, no person"


@mail_fn
def m097():
    body = """Hi Ms Abdi,

thanks for sending the vet invoice for Luna under the pet health
benefit your employer offers (group pet policy TK-G 7710, Voltaro
Mobility GmbH).

Treatment: cruciate ligament rupture, right hind leg, TPLO surgery at
Tierklinik Leipzig-Süd on 22 April 2026
Invoice: EUR 2,318.40 (GOT 4x rate for the surgery)
Reimbursed: EUR 1,854.72 (80 %), transferred to your account ending 5942

Luna's annual limit for surgery has EUR 2,145.28 remaining.

Best wishes for her recovery!
Pet Claims Team
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(97, "Pet Claims <tierkranken@lindenhof-leben.example>",
                "Farah Abdi <farah.abdi@voltaro.example>",
                "Your pet claim TK-26-00412", "2026-05-08 14:20:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-employee", "animal health of named employee's dog, pet insurance claim"


@mail_fn
def m098():
    body = """Thank you for your e-mail. I am travelling to client meetings until
15 May with limited access to e-mail. For urgent matters please contact
Priya Nair (priya.nair@lindenhof-leben.example, +49 511 4720-610).

Vielen Dank für Ihre Nachricht. Ich bin bis 15. Mai auf Dienstreise.
In dringenden Fällen wenden Sie sich bitte an Priya Nair.

Thomas Reinecke
"""
    msg = build(98, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Lars Jensen <lars.jensen@kestrel-pharma.example>",
                "Automatic reply: EAP presentation slides", "2026-05-11 09:02:00", body,
                headers=[("Auto-Submitted", "auto-replied")])
    return msg, "NORMAL", "en", "insurer-to-company", "out-of-office reply"


@mail_fn
def m099():
    pdf = make_pdf([
        "# Mitteilung nach Paragraf 22 Nr. 5 Satz 7 EStG fuer das Kalenderjahr 2025",
        "Lindenhof Lebensversicherung AG - Pensionskasse",
        "",
        "Leistungsempfaenger: Gerhard Vollmer, geb. 02.08.1949",
        "Anschrift: Leopoldstr. 118, 80802 Muenchen",
        "Steuer-Identifikationsnummer: 58 204 771 306",
        "Rentennummer: PKR 30 8841 (ehem. Stadtwerke Elmstedt GmbH)",
        "",
        "Zeile 1: Leistungen aus Beitraegen nach Paragraf 3 Nr. 63 EStG: 4.953,24 EUR",
        "Zeile 4: Leistungen aus nicht gefoerderten Beitraegen (Ertragsanteil 17 %): 0,00 EUR",
        "Beginn der Rente: 01.09.2014",
        "Die Leistungen wurden an die Zentrale Zulagenstelle bzw. das Finanzamt gemeldet (Rentenbezugsmitteilung).",
    ], title="Mitteilung 22 Nr. 5 EStG")
    body = """Sehr geehrter Herr Vollmer,

wie telefonisch gewünscht erhalten Sie anbei eine Kopie Ihrer
Bescheinigung für die Steuererklärung.

Mit freundlichen Grüßen
Rentenservice
Lindenhof Lebensversicherung AG
"""
    msg = build(99, "Rentenservice <rentenservice@lindenhof-leben.example>",
                "Gerhard Vollmer <g.vollmer1949@freenet-mail.example>",
                "Ihre angeforderte Bescheinigung", "2026-05-11 11:40:00", body,
                attachments=[("d54-0099_Mitteilung_22Nr5_2025.pdf", pdf)])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-pensioner", "PDF only: named pensioner's Pensionskasse pension, tax ID, birth date"


@mail_fn
def m100():
    odt = make_odt([
        "# Muster-Betriebsvereinbarung Entgeltumwandlung (Stand 2026)",
        "Zwischen [Firma] und dem Betriebsrat der [Firma] wird folgende Betriebsvereinbarung geschlossen:",
        "§ 1 Geltungsbereich: alle Arbeitnehmerinnen und Arbeitnehmer mit Ausnahme von [Ausnahmen].",
        "§ 2 Anspruch: Jede/r Beschäftigte kann bis zu 8 % der BBG der Rentenversicherung in Beiträge zu einer "
        "Direktversicherung bei der Lindenhof Lebensversicherung AG umwandeln.",
        "§ 3 Arbeitgeberzuschuss: Der Arbeitgeber zahlt [15 / 20 / __] % des umgewandelten Betrags zusätzlich.",
        "§ 4 Ruhen des Arbeitsverhältnisses (Elternzeit, Krankengeldbezug, Sabbatical): Der Vertrag kann beitragsfrei "
        "gestellt oder privat fortgeführt werden.",
        "§ 5 Datenschutz: Der Arbeitgeber übermittelt nur Name, Geburtsdatum, Eintrittsdatum und Beitrag. "
        "Gesundheitsdaten (z. B. im Rahmen einer BU-Zusatzversicherung) erhält ausschließlich der Versicherer.",
        "§ 6 Inkrafttreten: [Datum]. Kündigungsfrist [6] Monate zum Jahresende.",
        "[Ort], [Datum]       Geschäftsführung ___________       Betriebsrat ___________",
    ])
    body = """Hallo Herr Schaper,

anbei wie gewünscht unsere Muster-Betriebsvereinbarung als
bearbeitbare Datei (ODT, Sie nutzen ja LibreOffice). Die eckigen
Klammern sind Platzhalter.

""" + SIG_OLTMANNS
    msg = build(100, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Uwe Schaper <betriebsrat@stadtwerke-elmstedt.example>",
                "Muster-Betriebsvereinbarung Entgeltumwandlung", "2026-05-12 10:30:00", body,
                attachments=[("d54-0100_Muster-BV_Entgeltumwandlung.odt", odt)])
    return msg, "NORMAL", "de", "insurer-to-works-council", "trap: template works agreement with [placeholders], mentions health data generally"


# ================================================================ mails 101-125

@mail_fn
def m101():
    body = """Dear Mr Achterberg,

thank you for reporting the damage under the private liability cover
that Meridian Consulting Group provides for its staff (group policy
PH-G 12 0077).

Claim no.: PH-26-03319
Incident: 6 May 2026, client workshop at Bankhaus Seligmann, Frankfurt –
coffee spilled over a client employee's MacBook Pro (owned by the bank)
Claimed amount: EUR 2,149 (replacement, device 14 months old)

Since the laptop belongs to the bank, we will settle directly with
Bankhaus Seligmann at time value (about EUR 1,540). Your deductible of
EUR 150 will be deducted; Meridian has agreed to reimburse you for it.

Kind regards
Liability Claims
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(101, "Liability Claims <haftpflicht-schaden@lindenhof-leben.example>",
                "Felix Achterberg <felix.achterberg@meridian-cg.example>",
                "Your liability claim PH-26-03319", "2026-05-13 11:20:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-employee", "named employee's private liability claim, no injury"


@mail_fn
def m102():
    body = """Hallo Birte,

für den Quartalsbericht die Zahlen zu Beitragsfreistellungen wegen
Elternzeit im Kollektivbestand (nur Summen):

                         2024     2025
Neue Freistellungen       287      312
davon Frauen              81 %     76 %
mittlere Dauer (Monate)   11,4     10,8
Wiederaufnahme nach Ende  88 %     90 %
privat fortgeführt         4 %      3 %

Auffällig: der Anteil Väter steigt weiter. Vielleicht ein Thema für den
Newsletter.

Grüße
Ewa
"""
    msg = build(102, "Ewa Lindner <ewa.lindner@lindenhof-leben.example>",
                "Birte Janssen <birte.janssen@lindenhof-leben.example>",
                "Zahlen Elternzeit-Freistellungen für Q-Bericht", "2026-05-13 15:33:00", body)
    return msg, "NORMAL", "de", "internal", "trap: parental leave statistics, aggregated"


@mail_fn
def m103():
    body = """Sehr geehrter Herr Wehrhahn,

vielen Dank für Ihren Brief. Anbei schicke ich Ihnen die Sterbeurkunde
meines Mannes und die Bescheinigung von Dr. Hesse über die Todesursache
(akuter Myokardinfarkt). Das Original vom Versicherungsschein habe ich
leider nicht gefunden.

Bitte überweisen Sie das Geld auf mein Konto:
Dagmar Albrecht
IBAN DE50 3704 0044 1923 0147 51

Können Sie mir auch sagen, ob es aus der Direktversicherung eine
Witwenrente gibt oder nur das einmalige Kapital? Jens hat sich um
solche Sachen immer gekümmert.

Mit freundlichen Grüßen
Dagmar Albrecht
Wurster Str. 60, 27580 Bremerhaven
"""
    msg = build(103, "Dagmar Albrecht <d.albrecht@freenet-mail.example>",
                "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Unterlagen Direktversicherung Jens Albrecht", "2026-05-14 10:02:00", body,
                charset="iso-8859-1", cte="quoted-printable")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "beneficiary-to-insurer", "widow: cause of death of named insured, IBAN, death benefit"


@mail_fn
def m104():
    rows = [
        ["testcase", "surname", "first_name", "date_of_birth", "iban", "contract", "expected_result"],
        ["TC-01", "Mustermann", "Max", "01.01.1970", "DE89 3704 0044 0532 0130 00", "DV 0000-0000-01", "accepted"],
        ["TC-02", "Musterfrau", "Erika", "12.08.1964", "DE89370400440532013000", "DV 0000-0000-02", "accepted"],
        ["TC-03", "Test", "Tina", "31.02.1990", "DE00 1234 5678 9012 3456 78", "DV 0000-0000-03", "rejected: invalid date, invalid IBAN"],
        ["TC-04", "Beispiel", "Bernd", "", "", "", "rejected: mandatory fields"],
    ]
    body = """Hi Frank,

attached are the synthetic test cases for the new joiner upload
interface (sprint 14). All persons are fictitious, the IBAN is the
published example IBAN from the bank association documentation, and the
contract numbers are from the test range DV 0000-*.

Please load them into INT, not PROD.

Cheers
Jonas
"""
    msg = build(104, "Jonas Aßmann <jonas.assmann@lindenhof-leben.example>",
                "Frank Heitmann <frank.heitmann@lindenhof-leben.example>",
                "Test cases joiner upload (synthetic)", "2026-05-15 09:45:00", body,
                attachments=[("d54-0104_testcases_upload.xlsx", make_xlsx([("Tests", rows)]))])
    return msg, "NORMAL", "en", "internal", "trap: fictitious test persons with published example IBAN"


@mail_fn
def m105():
    body = """Sehr geehrte Damen und Herren,

bitte legen Sie für unsere neue Kollegin einen Zugang zum
Vermittlerportal (Vertragspartner Benefit Partners GmbH, VP-Nr. 40-2290)
an:

Frau Sina Bader
geb. 02.05.1990
Sachkundenachweis IHK vom 14.11.2019, Registernr. D-W-140-TQ8R-22
Rolle: Sachbearbeitung, Bestandsrechte nur Firmenkunden Region Nord

Die Einmal-Passwörter bitte an sina.bader@benefit-partners.example.

Mit freundlichen Grüßen
Carsten Meinders
Geschäftsführer / Makleradministrator
Benefit Partners GmbH, Oldenburg
"""
    msg = build(105, "Carsten Meinders <c.meinders@benefit-partners.example>",
                "vermittlerservice@lindenhof-leben.example",
                "Neuer Portalzugang Sina Bader", "2026-05-18 08:30:00", body)
    return msg, "CONFIDENTIAL", "de", "broker-to-insurer", "broker employee's birth date and registration number"


@mail_fn
def m106():
    pdf = make_pdf([
        "# Psychiatrische Praxis Dr. med. Helena Vossberg",
        "Facharztin fuer Psychiatrie und Psychotherapie, Mainzer Landstrasse 210, Frankfurt",
        "",
        "Aerztlicher Befundbericht zur Vorlage bei der Lindenhof Lebensversicherung AG",
        "Patientin: Sophie Brandt, geb. 03.04.1984",
        "",
        "Diagnosen: F33.2 G Rezidivierende depressive Stoerung, gegenwaertig schwere Episode ohne psychotische Symptome;",
        "F41.1 G Generalisierte Angststoerung.",
        "Behandlung seit 11/2025: Sertralin 150 mg/d, Quetiapin 50 mg zur Nacht, Psychotherapie woechentlich.",
        "Stationaere Behandlung 08.01.-19.02.2026 Klinik am Taunus.",
        "Beurteilung: Arbeitsfaehigkeit als QA-Spezialistin derzeit nicht gegeben; Prognose fuer stufenweise",
        "Wiedereingliederung fruehestens ab 09/2026.",
        "",
        "Frankfurt, 12.05.2026   Dr. med. H. Vossberg",
    ], title="Befundbericht", author="Praxis Dr. Vossberg")
    body = """Dear Mr Reinecke,

as requested, Ms Brandt asked me to forward the attached report from her
psychiatrist for the GIP-2291 claim. She has signed your consent form,
which I will post today.

Kind regards
Emma Whitfield
HR Business Partner, Kestrel Pharma Deutschland GmbH
"""
    msg = build(106, "Emma Whitfield <emma.whitfield@kestrel-pharma.example>",
                "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "GIP-2291 – report", "2026-05-18 13:50:00", body,
                attachments=[("d54-0106_report.pdf", pdf)])
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "PDF: psychiatric report with ICD codes and medication for named employee"


@mail_fn
def m107():
    body = """Liebe alle,

der Umzug des Teams bAV Firmenkunden in den 4. Stock ist für Freitag,
29.05., geplant. Bitte bis Donnerstagabend:

- Schreibtische leer räumen, persönliche Sachen in die Umzugskisten
  (liegen ab Montag im Flur),
- Kisten mit Namen und neuer Raumnummer beschriften,
- Akten in die verschließbaren Rollcontainer, nichts offen liegen lassen.

Telefone ziehen mit, die Durchwahlen bleiben gleich.

Danke!
Facility Management
"""
    msg = build(107, "Facility Management <facility@lindenhof-leben.example>",
                "Team bAV Firmenkunden <bav-firmen@lindenhof-leben.example>",
                "Umzug 4. OG am 29.05.", "2026-05-19 09:00:00", body)
    return msg, "NORMAL", "de", "internal", "organisational"


@mail_fn
def m108():
    body = """Hi Doris,

for my new company car (from 1 June) please set up the payroll
deductions:

Car: VW ID.7 Tourer Pro, gross list price EUR 57,430
As an electric car: 0.25 % rule -> benefit in kind EUR 143.58/month
Commute: 18 km x 0.03 % x 1/4 -> EUR 77.52/month
Own contribution (leasing upgrade): EUR 95.00/month from net salary

Thomas Reinecke, staff no. 81102

Thanks
Thomas
"""
    msg = build(108, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Doris Ritter <doris.ritter@lindenhof-leben.example>",
                "Company car – payroll set-up", "2026-05-19 16:45:00", body)
    return msg, "CONFIDENTIAL", "en", "internal", "insurer staff's benefit in kind and salary deductions"


@mail_fn
def m109():
    body = """Sehr geehrte Frau Hoffbauer,

zum Unfall Ihrer Auszubildenden Frau Lara Wendt (Gruppenunfall
GU 10 2281, Schaden GU-26-0311) können wir den Fall abschließen:

- Die Verbrennung am rechten Unterarm ist laut Abschlussbericht des
  D-Arztes folgenlos abgeheilt, eine dauerhafte Beeinträchtigung
  (Invalidität) liegt nicht vor. Es verbleibt eine Narbe von ca. 6 cm.
- Ein Genesungsgeld ist im Vertrag nicht vereinbart, wohl aber die
  Klausel für kosmetische Operationen. Sollte Frau Wendt eine
  Narbenkorrektur wünschen, übernehmen wir bis 5.000 EUR.

Die Leistungen der BG (Heilbehandlung, Verletztengeld) bleiben davon
unberührt.

""" + SIG_DEMIRCI
    msg = build(109, "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Petra Hoffbauer <info@hoffbauer-backwaren.example>",
                "Abschluss GU-26-0311 Wendt", "2026-05-20 10:12:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company", "group accident claim: named apprentice's healed burn and scar"


@mail_fn
def m110():
    body = """Dear Ms Nair,

please find attached our delivery for order LH-2026-044:

English translation of "Allgemeine Versicherungsbedingungen
Direktversicherung DV Klassik Plus (Stand 01/2026)", 38 pages,
certified. Translation memory and glossary (bAV terms DE-EN) are
included in the package on our portal.

Invoice to follow separately (EUR 2,964.00 net, Lingua Leine GmbH,
payable within 30 days).

Best regards
Fiona MacLeod
Project Manager, Lingua Leine GmbH
"""
    msg = build(110, "Fiona MacLeod <f.macleod@lingua-leine.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Delivery LH-2026-044 – policy conditions EN", "2026-05-20 15:30:00", body)
    return msg, "NORMAL", "en", "supplier-to-insurer", "supplier delivery, nothing sensitive"


@mail_fn
def m111():
    body = """Hallo Herr Tjaden,

nach Ihrem Parkschaden vom 02.05.2026 (Schaden KH-26-20514, Sie sind
beim Ausparken auf dem Betriebshof gegen einen abgestellten Anhänger
gestoßen, niemand verletzt) haben wir den Fremdschaden mit 1.386,20 EUR
reguliert.

Ihr Vertrag KR-MA 3390 1127 wird deshalb zum 01.01.2027 von SF 14 auf
SF 8 zurückgestuft; der Beitrag steigt dann voraussichtlich auf
47,10 EUR monatlich. Sie können den Schaden bis 6 Monate nach Erhalt
dieser Mitteilung selbst erstatten, dann bleibt es bei SF 14.

Viele Grüße
Kundenservice Kraftfahrt
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(111, "Kundenservice Kraftfahrt <kfz-service@lindenhof-leben.example>",
                "Heiko Tjaden <heiko.tjaden@mailbox.example>",
                "Rückstufung nach Schaden KH-26-20514", "2026-05-21 09:00:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's motor claim and no-claims class, nobody hurt"


@mail_fn
def m112():
    body = """Sehr geehrte Damen und Herren,

ab 1. Juli 2026 gelten für neue Direktversicherungen in unserem Tarif
DV Klassik Plus neue Rentenfaktoren. Grundlage ist die aktualisierte
Sterbetafel DAV 2004 R mit unternehmenseigenen Anpassungen.

Rentenfaktor je 10.000 EUR Kapital bei Rentenbeginn 67:
  bisher 29,41 EUR   neu 28,86 EUR (garantiert)

Bestehende Verträge sind nicht betroffen. Für Zugänge, deren
Vereinbarung bis 30.06. bei uns eingeht, gilt noch der bisherige
Rentenfaktor.

Mit freundlichen Grüßen
Produktmanagement Kollektiv-Leben
Lindenhof Lebensversicherung AG
"""
    msg = build(112, "Produktmanagement Kollektiv <produkt-kollektiv@lindenhof-leben.example>",
                "Vertriebspartner bAV <vertriebspartner-bav@lindenhof-leben.example>",
                "Neue Rentenfaktoren ab 01.07.2026", "2026-05-21 12:00:00", body)
    return msg, "NORMAL", "de", "insurer-to-broker", "trap: annuity factors and mortality table, no person"


@mail_fn
def m113():
    body = """Hi Priya,

a question before I put someone forward for the group life scheme:
our new partner, Dr. Helmut Sandvoss (joining 1 June, salary
EUR 210,000), has type 1 diabetes with an insulin pump. His cover
(4x salary) would be above the free cover limit.

Will he have to fill in the full health questionnaire? Is there a risk
he gets excluded or loaded because of the diabetes? He asked me to find
out discreetly before he signs the partnership agreement.

Best
Daniel
"""
    msg = build(113, "Daniel Okafor <daniel.okafor@meridian-cg.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Group life – new partner above FCL", "2026-05-22 08:22:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "named incoming partner's type 1 diabetes, salary, group life underwriting"


@mail_fn
def m114():
    body = """PEOPLE & PENSIONS WEEKLY – Issue 21/2026

* EU: Commission publishes review of the IORP II directive – more
  cross-border schemes expected.
* Germany: second pension strengthening act passed by the Bundesrat;
  opting-out now allowed without collective agreement for SMEs.
* UK: auto-enrolment thresholds frozen for another year.
* Survey: 64 % of employees under 35 do not know whether they have a
  company pension.
* Case study: how a logistics company cut sick days by 18 % with a
  return-to-work programme.

You are receiving this because you subscribed at
peoplepensionsweekly.example. Unsubscribe any time.
"""
    msg = build(114, "People & Pensions Weekly <editor@peoplepensionsweekly.example>",
                "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "People & Pensions Weekly 21/2026", "2026-05-22 06:00:00", body,
                headers=[("Precedence", "bulk"), ("List-Id", "<weekly.peoplepensionsweekly.example>")])
    return msg, "NORMAL", "en", "newsletter", "industry newsletter with statistics"


@mail_fn
def m115():
    body = """Dear Grace,

the speeding notice for your pool car F-MC 4471 (fleet policy FL 77 4010)
arrived at our office because we are registered as the insurer on the
fleet list. The authority (Ordnungsamt Frankfurt) asks for the driver on
28 April 2026, 08:14, Miquelallee, 71 km/h in a 50 zone – fine EUR 150,
1 point.

According to your car booking system extract, the driver was Mr Jonas
Feldmann. Please complete the witness questionnaire yourselves; we have
not passed on any data. Original enclosed by post.

Kind regards
Fleet Service Team
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(115, "Fleet Service <kfz-flotte@lindenhof-leben.example>",
                "Grace Okafor <grace.okafor@meridian-cg.example>",
                "Speeding notice pool car F-MC 4471", "2026-05-26 10:40:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-company", "named driver's administrative speeding fine, fleet policy"


@mail_fn
def m116():
    body = """Hallo Frau Oltmanns,

kurze Frage: unser Mitarbeiter Sven Thießen (Werkstatt, Personalnr.
1088) ist seit 7 Wochen krank und bekommt jetzt Krankengeld von der
AOK, wir zahlen also kein Gehalt mehr. Er hat eine Direktversicherung
über uns (DV 7716-0030-02, 120 EUR Entgeltumwandlung).

Läuft der Vertrag einfach beitragsfrei weiter, oder müssen wir das
melden? Er rechnet damit, noch mindestens drei Monate auszufallen.

MfG
Silke Moorhoff
Autohaus Grevesmühl GmbH
"""
    msg = build(116, "Silke Moorhoff <s.moorhoff@autohaus-grevesmuehl.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Krankengeldbezug – was mit der DV?", "2026-05-26 14:18:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "named employee's long sickness and sickness benefit, Direktversicherung"


@mail_fn
def m117():
    pdf = make_pdf([
        "# Antrag auf Beitragsfreistellung / Ruhen der Beitragszahlung",
        "Direktversicherung / Pensionskasse - Lindenhof Lebensversicherung AG",
        "",
        "Versicherungsnummer: ______________________",
        "Versicherte Person (Name, Vorname): ______________________   Geburtsdatum: ____________",
        "Arbeitgeber: ______________________",
        "",
        "Grund:  [ ] Elternzeit   [ ] Krankengeldbezug   [ ] unbezahlter Urlaub / Sabbatical",
        "        [ ] Kurzarbeit   [ ] Ausscheiden aus dem Unternehmen   [ ] sonstiges: __________",
        "",
        "Beitragsfreistellung ab: ____________   voraussichtlich bis: ____________",
        "Hinweis: Bei Beitragsfreistellung reduziert sich die Leistung aus der BU-Zusatzversicherung.",
        "Eine Wiederinkraftsetzung innerhalb von 36 Monaten ist ohne erneute Gesundheitspruefung moeglich.",
        "",
        "Ort, Datum, Unterschrift versicherte Person: ______________________",
        "Ort, Datum, Unterschrift/Stempel Arbeitgeber: ______________________",
    ], title="Formular Beitragsfreistellung")
    body = """Liebe Frau Moorhoff,

für solche Fälle gibt es unser Formular (anbei, noch leer). Bitte von
Ihnen und dem Mitarbeiter unterschreiben lassen und per Post oder über
das Firmenportal schicken – bitte nicht ausgefüllt per E-Mail.

""" + SIG_OLTMANNS
    msg = build(117, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Silke Moorhoff <s.moorhoff@autohaus-grevesmuehl.example>",
                "Formular Beitragsfreistellung", "2026-05-27 09:05:00", body,
                attachments=[("d54-0117_Formular_Beitragsfreistellung.pdf", pdf)])
    return msg, "NORMAL", "de", "insurer-to-company", "trap: blank form about sickness benefit and parental leave; no person in the mail"


@mail_fn
def m118():
    body = """Sehr geehrter Herr Petersen,

durch die vorzeitige Beitragsfreistellung bzw. Kündigung der folgenden
Verträge innerhalb der Stornohaftungszeit von 60 Monaten belasten wir
Ihr Provisionskonto (Vermittlernr. 40-7781) anteilig:

Firmenkunde Brückner Feinmechanik GmbH, 2 Verträge
  Laufzeit 26 Monate                   412,30 EUR
  Laufzeit 14 Monate                   688,75 EUR
Summe                                1.101,05 EUR

Der Betrag wird mit der Provisionsabrechnung Juni verrechnet. Ihr
Provisionskontostand danach: 3.992,18 EUR Guthaben.

Mit freundlichen Grüßen
Vermittlerabrechnung
Lindenhof Lebensversicherung AG
"""
    msg = build(118, "Vermittlerabrechnung <vermittlerabrechnung@lindenhof-leben.example>",
                "Michael Petersen <mp@vorsorgekontor-petersen.example>",
                "Stornobelastung Provisionskonto 40-7781", "2026-05-28 06:10:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-broker", "sole-trader broker's commission clawback and account balance; no insured person identifiable"


@mail_fn
def m119():
    body = """Dear Martin,

for the group life catastrophe excess of loss renewal, our exposure
figures as at 1 April 2026:

Largest single-site concentration: 1,240 insured lives (logistics hub,
northern Germany), total sum at risk EUR 61.3m
Second largest: 890 lives (pharma plant, Hesse), EUR 88.7m
Event definition unchanged: 3 or more deaths within 72 hours
Retention proposed: EUR 2.5m, limit EUR 40m

No individual data is included; client names are replaced by sector.

Best regards
Dr. Ines Marquardt
"""
    msg = build(119, "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "Martin Vogelsang <m.vogelsang@hanover-re-partner.example>",
                "Cat XL group life – exposure 2026", "2026-05-28 15:10:00", body)
    return msg, "NORMAL", "en", "insurer-to-reinsurer", "trap: death-event exposure aggregates, no person"


@mail_fn
def m120():
    body = """Hallo bKV-Team,

ich hab seit Jahren Migräne mit Aura, 3-4 Anfälle im Monat, und meine
Neurologin hat mir Akupunktur empfohlen. Die Heilpraktikerin (Frau
Brinkmann, Elmstedt) nimmt 75 EUR pro Sitzung, 10 Sitzungen.

Zahlt das die Betriebs-KV von den Stadtwerken? Versichertennummer
bKV 31-7702-0287.

Danke
Imke Schwarting

Von meinem iPhone gesendet
"""
    msg = build(120, "Imke Schwarting <imke.schwarting@mailbox.example>",
                "bkv-service@lindenhof-leben.example",
                "Akupunktur", "2026-05-29 07:12:00", body, flowed=True)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "employee-to-insurer", "named employee's migraine and acupuncture under bKV"


@mail_fn
def m121():
    body = """Dies ist eine Lesebestätigung für die Nachricht an
"Kollektivinkasso" <inkasso-kollektiv@lindenhof-leben.example>.

Die Nachricht wurde am 10.04.2026 um 08:12 angezeigt. Das ist keine
Garantie dafür, dass der Inhalt gelesen oder verstanden wurde.
"""
    msg = build(121, "Kollektivinkasso <inkasso-kollektiv@lindenhof-leben.example>",
                "Heike Brandt <h.brandt@stadtwerke-elmstedt.example>",
                "Gelesen: Beitragsliste 03/2026", "2026-04-10 08:12:00", body)
    return msg, "NORMAL", "de", "insurer-to-company", "read receipt, no content"


@mail_fn
def m122():
    body = """Hi Marlene,

small correction to the April bike list: Benedikt Kraus's gross salary
is EUR 6,400, not 6,100 (his raise was effective 1 April). The monthly
conversion stays at EUR 107.22. Could you update the certificate
DRG 58 210-0201 if it shows the salary?

Thanks!
Jana
"""
    msg = build(122, "Jana Kowalczyk <jana.kowalczyk@voltaro.example>",
                "Marlene Tiedke <marlene.tiedke@lindenhof-leben.example>",
                "Correction bike list – Kraus", "2026-05-29 11:30:00", body)
    return msg, "CONFIDENTIAL", "en", "company-to-insurer", "named employee's salary in bike-leasing cover"


@mail_fn
def m123():
    body = """Liebe Kolleginnen und Kollegen der BU-Leistungsprüfung,

zum 1.1.2026 ist die ICD-10-GM 2026 in Kraft getreten. Für unsere
Prüfpraxis relevant:

- Post-COVID: U09.9! bleibt Sekundärkode, neue Zusatzkodes für ME/CFS
  (G93.3-) präziser unterteilt,
- Long-QT-Syndrom und weitere Kardiomyopathien neu gegliedert,
- psychische Störungen: Anpassungen bei F43.8 (sonstige Reaktionen auf
  schwere Belastung).

Bitte in den Prüfleitfäden die Verweise aktualisieren. Die Schulung
durch den Ärztlichen Dienst findet am 17.06. statt.

Dr. Karin Lenz
Ärztlicher Dienst
"""
    msg = build(123, "Dr. Karin Lenz <karin.lenz@lindenhof-leben.example>",
                "BU-Leistungsprüfung <bu-leistung@lindenhof-leben.example>",
                "ICD-10-GM 2026 – Änderungen für die BU-Prüfung", "2026-06-01 08:50:00", body)
    return msg, "NORMAL", "de", "internal", "trap: ICD-10 codes in a coding update, no person"


@mail_fn
def m124():
    rows = [
        ["Staff no.", "Name", "Date of birth", "Gross May EUR", "PK conversion EUR", "Employer subsidy EUR", "Policy"],
        [2210, "Keller, Andreas", "1985-09-14", 6240.00, 0.00, 0.00, "PK-20931-118 (left 31.03.)"],
        [2215, "Kowalski, Pawel", "1990-02-01", 5480.00, 200.00, 30.00, "PK-20931-207"],
        [2287, "Costa, Ana", "1988-07-25", 0.00, 0.00, 0.00, "PK-20931-164 (sabbatical)"],
        [2301, "Hoang, Minh", "1993-11-08", 4910.00, 338.00, 50.70, "PK-20931-233"],
        [2314, "Fischer-Ndiaye, Lena", "1979-03-19", 7750.00, 676.00, 101.40, "PK-20931-240"],
    ]
    body = """Hi Priya,

May contributions attached, total EUR 1,596.10. Paid by bank transfer
today.

Tomasz
"""
    msg = build(124, "Tomasz Wiśniewski <tomasz.wisniewski@solvaris.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "PK contributions May", "2026-06-01 13:05:00", body,
                attachments=[("d54-0124_PK_contributions_2026-05.xlsx", make_xlsx([("May", rows)]))])
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "XLSX only: named employees' birth dates, salaries, Pensionskasse policies"


@mail_fn
def m125():
    docx_data = make_docx([
        "# Guide: the return-to-work conversation",
        "For line managers and HR. Use this guide after an employee has been absent for more than six weeks.",
        "1. Prepare: check the dates only. Do not ask for the diagnosis - employees are not obliged to tell you.",
        "2. Offer the statutory occupational integration management (BEM, section 167 (2) SGB IX) in writing.",
        "3. Ask what would help: reduced hours, different tasks, workplace adjustments, graded return.",
        "4. Document only what the employee agrees to. Keep notes in a separate BEM file, not in the personnel file.",
        "5. Group income protection: the employee deals with Lindenhof directly; HR only confirms salary and hours.",
        "Example phrases: 'Welcome back - how are you getting on?' / 'Is there anything in your job that is difficult at the moment?'",
    ])
    body = """Hi Emma,

here's the guide we mentioned in the renewal meeting – feel free to
adapt it for Kestrel.

Best
""" + SIG_REINECKE
    msg = build(125, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Emma Whitfield <emma.whitfield@kestrel-pharma.example>",
                "Return-to-work conversation guide", "2026-06-02 10:00:00", body,
                attachments=[("d54-0125_RTW_guide.docx", docx_data)])
    return msg, "NORMAL", "en", "insurer-to-company", "trap: generic guide on sickness absence and diagnoses"


# ================================================================ mails 126-150

@mail_fn
def m126():
    body = """Guten Tag,

zu meinem Schaden HR-26-11820 (Einbruch): der Regulierer war da, die
Rechnung vom Schlüsseldienst (289,00 EUR) hab ich ihm mitgegeben.
Bitte überweisen Sie die Entschädigung auf mein Konto bei der
Sparkasse Bremerhaven:

Sonja Kuhnert
DE62370400440569577415

Die Goldkette ist übrigens doch wieder aufgetaucht (lag beim Nachbarn
im Garten), die können Sie von der Liste streichen.

Gruß S. Kuhnert
"""
    msg = build(126, "Sonja Kuhnert <sonja.kuhnert@mailbox.example>",
                "Schaden Hausrat <schaden-hausrat@lindenhof-leben.example>",
                "AW: Ihr Schaden HR-26-11820", "2026-06-02 18:40:00", body,
                in_reply_to="<d54-0081.20260417103000@lindenhof-leben.example>")
    return msg, "CONFIDENTIAL", "de", "employee-to-insurer", "named claimant's IBAN in household claim (employee group scheme)"


@mail_fn
def m127():
    body = """Hallo zusammen,

die Bearbeitungszeiten in der BU-Leistungsprüfung Kollektiv für Q1
(Median, Arbeitstage ab Vollständigkeit der Unterlagen):

                      Q4/2025   Q1/2026
Erstprüfung           38        31
Nachprüfung           21        19
Widersprüche          44        52
Anerkennungsquote     71 %      68 %

Häufigste Diagnosegruppen bei Neuanträgen: psychische Erkrankungen,
Rücken/Gelenke, Krebs. Die Widerspruchsquote ist wegen der Klinik-
berichte mit langer Wartezeit gestiegen.

Grüße
Jörg
"""
    msg = build(127, "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Leitung Leben <leitung-leben@lindenhof-leben.example>",
                "Kennzahlen BU-Leistung Q1", "2026-06-03 08:15:00", body)
    return msg, "NORMAL", "de", "internal", "trap: disability claims KPIs and diagnosis groups, aggregated"


@mail_fn
def m128():
    body = """Hi there,

I broke my left wrist skiing in Ischgl on 28 February (distal radius
fracture, operated the same day with a plate in Zams hospital). I was
told Voltaro has a group accident insurance with you that also covers
leisure accidents.

The surgeon says I may keep some stiffness. How do I claim, and is
there something for the hospital days (3 nights)?

My employee number is V-176, date of birth 5 July 1992.

Cheers
Oskar Lindgren
"""
    msg = build(128, "Oskar Lindgren <oskar.lindgren@voltaro.example>",
                "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Ski accident – group accident claim", "2026-06-03 12:20:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "employee-to-insurer", "named employee's wrist fracture and surgery, group accident"


@mail_fn
def m129():
    body = """Dear Priya,

please find my invoice for the advisory work on the Kestrel
secondment pensions (cross-border IORP analysis, 12.5 hours at
EUR 180).

Invoice no. FH-2026-019
Amount: EUR 2,250.00 (reverse charge, VAT ID ATU71836420)
Payable to: Mag. Florian Haidinger, Vienna
IBAN AT37 2011 1682 8574 1241

I work as a sole practitioner, so please pay to my personal account as
above.

Kind regards
Florian Haidinger
Independent pensions consultant, Vienna
"""
    msg = build(129, "Florian Haidinger <florian@haidinger-consulting.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Invoice FH-2026-019", "2026-06-04 09:30:00", body, tz="de")
    return msg, "CONFIDENTIAL", "en", "supplier-to-insurer", "sole practitioner's personal IBAN, VAT ID and fee income"


@mail_fn
def m130():
    body = """Hi all,

next Thursday's lunch & learn: "Pensions in the Netherlands – what
happens to German secondees?" with our colleague Ewa. 12:30 in the
Forum, sandwiches provided. Please sign up in the intranet so we order
enough food.

Thomas
"""
    msg = build(130, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Key Account & bAV <key-account@lindenhof-leben.example>",
                "Lunch & learn: pensions in NL", "2026-06-04 14:00:00", body)
    return msg, "NORMAL", "en", "internal", "organisational"


@mail_fn
def m131():
    body = """Sehr geehrter Herr Ossenbrügge,

vielen Dank für das Telefonat gestern. Wie besprochen noch einmal
schriftlich:

Ihre Direktversicherung DV 7714-1190-33 hat derzeit einen Rückkaufswert
von 23.412,66 EUR. Eine Kündigung während des Arbeitsverhältnisses ist
bei einer Direktversicherung aus Entgeltumwandlung nicht möglich
(§ 2 Abs. 2 BetrAVG). Nach Ihrem Ausscheiden zum 31.03. können Sie den
Vertrag beitragsfrei stellen oder privat fortführen; die
Todesfallleistung (Beitragsrückgewähr plus Überschüsse, derzeit
24.108,20 EUR) bleibt für Ihre Frau erhalten.

Ich wünsche Ihnen viel Kraft.

""" + SIG_OLTMANNS + """

> Von: Frank Ossenbrügge
> Gesendet: Montag, 23. März 2026 21:40
> ich habe im Februar die Diagnose Bauchspeicheldrüsenkrebs bekommen
> und mache jetzt Chemotherapie. [...]
"""
    msg = build(131, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Frank Ossenbrügge <f.ossenbruegge@mailbox.example>",
                "AW: Frage zu meiner Direktversicherung", "2026-04-02 11:00:00", body,
                in_reply_to="<d54-0053.20260323214000@mailbox.example>")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee", "named employee's Direktversicherung values; cancer diagnosis in the quote"


@mail_fn
def m132():
    body = """Sehr geehrter Herr Grevesmühl,

zum Schaden an Ihrem Vorführwagen (Skoda Kodiaq, HWI-AG 220) während
der Probefahrt am 19.05.2026 haben wir den Vorgang unter
KF-26-004102 angelegt (Flottenvertrag FL 31 0092, Autohaus Grevesmühl
GmbH).

Fahrer war laut Probefahrtvereinbarung der Kaufinteressent Herr Malte
Rieckhoff, Wismarsche Str. 9, 23936 Grevesmühlen, Führerschein seit
2009. Laut Ihrer Meldung ist er auf regennasser Fahrbahn in den
Straßengraben gerutscht; verletzt wurde niemand.

Der Sachverständige Herr Olf schätzt den Schaden auf 7.850 EUR netto.
Bitte schicken Sie uns noch die unterschriebene Probefahrtvereinbarung
(Haftungsbegrenzung).

Mit freundlichen Grüßen
Kraftfahrt Flotte
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(132, "Kraftfahrt Flotte <kfz-flotte@lindenhof-leben.example>",
                "Hinrich Grevesmühl <h.grevesmuehl@autohaus-grevesmuehl.example>",
                "KF-26-004102 Probefahrtschaden", "2026-06-05 10:15:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-company", "fleet claim naming a private test driver with address, nobody hurt"


@mail_fn
def m133():
    body = """Protokoll Jour fixe Datenschutz Kollektiv, 04.06.2026
Teilnehmer: C. Vehrs, N. Kurz, K. Brandes, J. Wehrhahn

1. Fehlgeleitete AU-Bescheinigungen: Arbeitgeber schicken weiterhin
   gelegentlich Arbeitsunfähigkeitsbescheinigungen und Arztbriefe an
   die allgemeine Service-Adresse. Maßnahme: Autoreply mit Hinweis auf
   den sicheren Upload; Poststelle leitet nur an die Leistung weiter
   und löscht die Kopie.
2. Löschfristen Beitragslisten: 10 Jahre (§ 147 AO) bestätigt.
3. Auskunftsersuchen nach Art. 15 DSGVO: 7 im Mai, alle fristgerecht.
4. Nächster Termin: 02.07.2026.

gez. N. Kurz
"""
    msg = build(133, "Nadine Kurz <nadine.kurz@lindenhof-leben.example>",
                "Jour fixe Datenschutz <jf-datenschutz@lindenhof-leben.example>",
                "Protokoll Jour fixe Datenschutz 04.06.", "2026-06-05 13:30:00", body)
    return msg, "NORMAL", "de", "internal", "trap: minutes about sick notes and doctors' letters in general"


@mail_fn
def m134():
    rows = [
        ["Surname", "First name", "DOB", "Start", "Annual salary EUR", "Multiple", "Sum assured EUR", "Nominated beneficiary"],
        ["Mensah-Bauer", "Kwame", "11/10/1994", "04/05/2026", 78000, 3, 234000, "mother – Abena Mensah"],
        ["Sandvoss", "Helmut", "27/01/1971", "01/06/2026", 210000, 4, 840000, "wife – Dr. Ulrike Sandvoss"],
        ["Ferreira", "Inês", "02/12/1997", "01/06/2026", 61000, 3, 183000, "not yet nominated"],
    ]
    body = """Hi Priya,

joiners for June attached (group life GL 61 3380). Helmut's medical
questionnaire went directly to your underwriters.

Regards
Daniel
"""
    msg = build(134, "Daniel Okafor <daniel.okafor@meridian-cg.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "GL joiners June", "2026-06-08 09:20:00", body,
                attachments=[("d54-0134_GL_joiners_2026-06.xlsx", make_xlsx([("Joiners", rows)]))])
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "XLSX: named joiners in group life with birth dates, salaries, beneficiaries"


@mail_fn
def m135():
    body = """Dear Kevin,

several employees have asked us in the last staff meeting whether the
bKV Family Plus also pays towards fertility treatment (IVF/ICSI), egg
freezing, or contraception. We do not want to know who is affected, we
just need a general answer we can put in our benefits FAQ.

Could you let us know what is covered and up to which amount?

Thanks,
Lars Jensen
Benefits Manager Germany, Kestrel Pharma Deutschland GmbH
"""
    msg = build(135, "Lars Jensen <lars.jensen@kestrel-pharma.example>",
                "Kevin Brandes <kevin.brandes@lindenhof-leben.example>",
                "General question: fertility treatment in bKV", "2026-06-08 15:45:00", body)
    return msg, "NORMAL", "en", "company-to-insurer", "trap: general question about IVF cover, no individual"


@mail_fn
def m136():
    body = """Dear Mr Reinecke,

we hereby notify a potential claim under D&O policy DO-55 1002
(Solvaris Technologies GmbH).

On 2 June 2026 our minority shareholder Vireo Capital Partners sent a
letter before action to our former managing director, Mr Holger Benz
(left 28 February 2026), alleging breach of duty in connection with the
2024 acquisition of Datenwerk Süd GmbH. The claimed damage is
EUR 3.4 million. Mr Benz has instructed Dr. Anja Reuter (Reuter
Rechtsanwälte, Munich) and asks for cover of defence costs.

The letter is attached to the paper notification sent today.

Kind regards
Rachel O'Donnell
on behalf of the management of Solvaris Technologies GmbH
"""
    msg = build(136, "Rachel O'Donnell <rachel.odonnell@solvaris.example>",
                "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "D&O notification – claim against former MD", "2026-06-09 11:11:00", body)
    return msg, "CONFIDENTIAL", "en", "company-to-insurer", "D&O claim against a named former director (non-personal line)"


@mail_fn
def m137():
    body = """Sehr geehrte Damen und Herren,

wir bestätigen Ihre Bestellung Nr. 4500 118 273:

40 x Betriebsverbandkasten DIN 13157, gefüllt        à 34,90 EUR
 6 x Betriebsverbandkasten DIN 13169 (groß)          à 68,50 EUR
12 x Augenspülflasche 500 ml                         à  9,80 EUR
 2 x AED-Ersatzelektroden Erwachsene (Typ HS-2)      à 79,00 EUR
Nettosumme                                         2.080,60 EUR

Lieferung an: Lindenhof Versicherungen, Haustechnik, Lindenhofallee 12,
30159 Hannover, KW 25.

Mit freundlichen Grüßen
MediSafe Betriebsbedarf GmbH
"""
    msg = build(137, "MediSafe Vertrieb <vertrieb@medisafe-betriebsbedarf.example>",
                "Haustechnik <haustechnik@lindenhof-leben.example>",
                "Auftragsbestätigung 4500 118 273 Erste Hilfe", "2026-06-09 15:00:00", body)
    return msg, "NORMAL", "de", "supplier-to-insurer", "trap: order of first-aid kits and AED pads"


@mail_fn
def m138():
    odt = make_odt([
        "# Entwurf Leistungsentscheidung BU - bitte Freigabe",
        "Herrn Bernd Lüders, Am Mühlenteich 14, 38350 Helmstedt",
        "Direktversicherung DV 7717-0012-07 mit Berufsunfähigkeits-Zusatzversicherung, Arbeitgeber Stadtwerke Elmstedt GmbH",
        "Sehr geehrter Herr Lüders,",
        "nach Prüfung der ärztlichen Unterlagen (Neurochirurgie MHH, Reha-Entlassungsbericht, Stellungnahme unseres "
        "Ärztlichen Dienstes) erkennen wir Ihre Berufsunfähigkeit ab 01.10.2025 an.",
        "Aufgrund des erneuten Bandscheibenvorfalls L5/S1 und der geplanten zweiten Operation ist die Anerkennung zunächst "
        "befristet bis 30.09.2027.",
        "Leistungen: BU-Rente 1.050,00 EUR monatlich, Beitragsbefreiung der Direktversicherung (160,00 EUR), "
        "Nachzahlung für 10/2025 bis 05/2026: 8.400,00 EUR.",
        "Mit freundlichen Grüßen",
    ])
    body = """Hallo Frau Dr. Lenz,

danke für Ihre Stellungnahme. Anbei der Entwurf des Anerkenntnisses,
bitte kurz gegenlesen (vor allem die Befristung), dann geht es raus.

Jörg
"""
    msg = build(138, "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Dr. Karin Lenz <karin.lenz@lindenhof-leben.example>",
                "Entwurf Anerkenntnis", "2026-06-10 09:35:00", body,
                attachments=[("d54-0138_Entwurf_Anerkenntnis.odt", odt)])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "internal", "ODT only: disability acknowledgement with diagnosis, surgery, benefits for named person"


@mail_fn
def m139():
    body = """Hallo Herr Bartels,

für Ihren Einspruch gegen den Bußgeldbescheid der Stadt Braunschweig
(Az. 51.3-OW-2026-88172: Benutzung eines Mobiltelefons am Steuer am
14.04.2026, 100 EUR, 1 Punkt) erteilen wir Deckungsschutz aus dem
Gruppen-Rechtsschutzvertrag der Stadtwerke Elmstedt GmbH
(GRS 12 5120), Baustein Verkehrs-Rechtsschutz.

Schadennummer: RS-26-09904
Ihr Anwalt: Rechtsanwältin Nele Hübotter, Helmstedt

Bitte beachten Sie: Wird Ihnen Vorsatz nachgewiesen, müssen Sie die
Kosten ggf. zurückzahlen.

Mit freundlichen Grüßen
Lindenhof Rechtsschutz-Service
"""
    msg = build(139, "Rechtsschutz-Service <rechtsschutz@lindenhof-leben.example>",
                "Oliver Bartels <o.bartels@webpost.example>",
                "Deckungszusage RS-26-09904", "2026-06-10 14:20:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's administrative traffic fine, legal expenses cover"


@mail_fn
def m140():
    body = """PRESSEMITTEILUNG

Lindenhof startet Gruppen-Berufsunfähigkeitsversicherung für
Pflegeeinrichtungen

Hannover, 11. Juni 2026 – Pflegekräfte gehören zu den Berufsgruppen mit
dem höchsten Risiko, vorzeitig aus dem Beruf auszuscheiden. Rücken-
erkrankungen und psychische Belastungen sind die häufigsten Ursachen.
Mit "Lindenhof Care BU" können Pflegeheime und ambulante Dienste ab
zehn Beschäftigten eine Gruppen-BU ohne individuelle Gesundheitsfragen
abschließen. Die versicherte Rente beträgt bis zu 1.200 EUR monatlich,
der Beitrag liegt bei rund 1,9 Prozent des Bruttogehalts.

Pressekontakt: Julia Arnsberg, presse@lindenhof-leben.example
"""
    msg = build(140, "Julia Arnsberg <presse@lindenhof-leben.example>",
                "Verteiler Fachpresse <presseverteiler@lindenhof-leben.example>",
                "PM: Lindenhof Care BU für Pflegeeinrichtungen", "2026-06-11 09:00:00", body)
    return msg, "NORMAL", "de", "press-release", "trap: product press release with health words"


@mail_fn
def m141():
    body = """Sehr geehrte Frau Kuhlmann,

vielen Dank für Ihren Antrag auf Direktversicherung mit Berufs-
unfähigkeits-Zusatzversicherung über die Stadtwerke Elmstedt.

Sie haben die Gesundheitsfrage 3 (Atemwege) mit "ja" beantwortet und
Asthma bronchiale seit der Kindheit angegeben, behandelt mit
Budesonid/Formoterol-Spray. Damit wir entscheiden können, benötigen wir
einen kurzen Bericht Ihres Lungenfacharztes (Vordruck A-12 anbei per
Post): Lungenfunktion der letzten 12 Monate, Anzahl der Anfälle,
Krankenhausaufenthalte.

Die Direktversicherung selbst ist ohne Gesundheitsprüfung bereits
policiert (DV 7717-0012-11).

Mit freundlichen Grüßen
Antragsprüfung Kollektiv-Leben
Lindenhof Lebensversicherung AG
"""
    msg = build(141, "Antragsprüfung Kollektiv <antrag-kollektiv@lindenhof-leben.example>",
                "Sevgi Kuhlmann <sevgi.kuhlmann@webpost.example>",
                "Ihr Antrag BU-Zusatzversicherung", "2026-06-11 11:45:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee", "named applicant's asthma and medication, disability underwriting"


@mail_fn
def m142():
    body = """Thanks, received – will get back to you next week.

Grace
"""
    msg = build(142, "Grace Okafor <grace.okafor@meridian-cg.example>",
                "Fleet Service <kfz-flotte@lindenhof-leben.example>",
                "RE: Speeding notice pool car F-MC 4471", "2026-05-26 11:02:00", body,
                in_reply_to="<d54-0115.20260526104000@lindenhof-leben.example>")
    return msg, "NORMAL", "en", "company-to-insurer", "short acknowledgement, no quoted content"


@mail_fn
def m143():
    body = """Hi Doris,

Ewa Lindner moves from Berlin to Hannover for her new role. Please pay
the relocation allowance with the July salary:

Relocation allowance (flat rate, § 10 BUKG):  EUR 1,020.00 (tax-free)
Removal company invoice, reimbursed:          EUR 2,385.00
Double rent June (approved by Henning):       EUR   780.00

Her new address from 1 July: Voßstraße 27, 30161 Hannover.
Her salary account stays the same (DE09 1009 0000 7693 0481 46).

Thanks
Thomas
"""
    msg = build(143, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Doris Ritter <doris.ritter@lindenhof-leben.example>",
                "Relocation allowance – Ewa Lindner", "2026-06-12 10:05:00", body)
    return msg, "CONFIDENTIAL", "en", "internal", "insurer staff's IBAN, address and allowance"


@mail_fn
def m144():
    body = """Hallo,

bitte buchen Sie den Beitrag für meinen Kfz-Vertrag KR-MA 3390 1127
ab Juli von meinem neuen Konto ab:

Heiko Tjaden
IBAN DE37 4306 0967 7546 7573 89 (GLS Bank)

Ein neues SEPA-Mandat unterschreibe ich gern, wenn Sie mir eins
schicken.

Gruß
Heiko Tjaden
"""
    msg = build(144, "Heiko Tjaden <heiko.tjaden@mailbox.example>",
                "Kundenservice Kraftfahrt <kfz-service@lindenhof-leben.example>",
                "Kontoänderung", "2026-06-12 20:30:00", body)
    return msg, "CONFIDENTIAL", "de", "employee-to-insurer", "named customer's new IBAN for motor contract"


@mail_fn
def m145():
    ics = make_ics("d54-0145-jahresgespraech@lindenhof-leben.example", "Jahresgespräch Stadtwerke Elmstedt / Lindenhof",
                   "2026-07-08 10:00", "2026-07-08 12:00", location="Stadtwerke Elmstedt, Verwaltungsgebäude, Raum 1.12",
                   description="Agenda: Entwicklung Opting-out, bKV-Einführung, Pensionskasse Jahresrechnung, Portal-Zugänge.",
                   organizer="sabine.oltmanns@lindenhof-leben.example",
                   attendees=["h.brandt@stadtwerke-elmstedt.example", "betriebsrat@stadtwerke-elmstedt.example"])
    body = """Liebe Frau Brandt, lieber Herr Schaper,

anbei die Einladung zu unserem Jahresgespräch. Ich bringe Herrn Brandes
vom bKV-Team mit.

""" + SIG_OLTMANNS
    msg = build(145, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Heike Brandt <h.brandt@stadtwerke-elmstedt.example>, Uwe Schaper <betriebsrat@stadtwerke-elmstedt.example>",
                "Einladung Jahresgespräch 08.07.", "2026-06-15 09:00:00", body,
                attachments=[("d54-0145_Jahresgespraech.ics", ics, "ics", {"params": {"method": "REQUEST"}})])
    return msg, "NORMAL", "de", "insurer-to-company", "meeting invitation"


@mail_fn
def m146():
    body = """Hello Priya,

my rheumatoid arthritis has flared up badly since April (both hands and
knees, I'm now on methotrexate and a biologic). I'm working at 50 % on
my doctor's advice.

Does my Solvaris Pensionskasse (PK-20931-240) include any disability
pension? I remember something about "Berufsunfähigkeit" in the
documents but I never understood it. If yes, what do I need to send?

Thank you,
Lena Fischer-Ndiaye
"""
    msg = build(146, "Lena Fischer-Ndiaye <lena.fischer-ndiaye@solvaris.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Disability pension?", "2026-06-15 21:05:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "employee-to-insurer", "named employee's rheumatoid arthritis and medication, Pensionskasse disability question"


@mail_fn
def m147():
    body = """Mental Health First Aid for HR professionals – 2-day course

Learn to recognise signs of depression, anxiety, burnout and substance
misuse in colleagues, how to start a conversation and where to refer.
Certified by MHFA Deutschland.

Dates: 22-23 September 2026 (Hamburg) or 3-4 November 2026 (online)
Fee: EUR 690 per participant

Register at mhfa-training.example/hr

You receive this mail because you attended one of our events in 2025.
"""
    msg = build(147, "MHFA Training <events@mhfa-training.example>",
                "Emma Whitfield <emma.whitfield@kestrel-pharma.example>",
                "Mental Health First Aid for HR – autumn dates", "2026-06-16 07:00:00", body,
                headers=[("Precedence", "bulk")])
    return msg, "NORMAL", "en", "newsletter", "trap: training ad with mental-health words, no person"


@mail_fn
def m148():
    body = """Dear Ms Okafor,

the pool car VW Passat Variant F-MC 4519 (fleet policy FL 77 4010) was
stolen overnight 14/15 June from the car park at Frankfurt Messe, where
Ms Anika Strobel had parked it during a client event.

Claim no.: KF-26-004877. Police reference: FFM-26-0611882.

Ms Strobel also reports the loss of her private belongings in the boot
(suitcase, tablet, approx. EUR 1,400). These are not covered by the
fleet policy; she may claim under her own household insurance.

Please send both keys and the registration certificate part II.

Kind regards
Fleet Claims Team
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(148, "Fleet Claims <kfz-flotte@lindenhof-leben.example>",
                "Grace Okafor <grace.okafor@meridian-cg.example>",
                "Theft of pool car F-MC 4519 – KF-26-004877", "2026-06-16 13:40:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-company", "fleet theft claim naming an employee and her belongings"


@mail_fn
def m149():
    docx_data = make_docx([
        "# Musterbrief L-11: Ablehnung BU-Leistung (Verweisung)",
        "«Anrede» «Vorname» «Nachname»",
        "Versicherungsnummer «Vertragsnummer» / Arbeitgeber «Arbeitgeber»",
        "«Anrede_Brief»,",
        "wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit sorgfältig geprüft. Die vorgelegten Unterlagen "
        "(«Unterlagen_Liste») belegen die Diagnose «Diagnose» (ICD «ICD_Code»).",
        "Nach unserer Prüfung sind Sie jedoch in der Lage, die Tätigkeit als «Verweisungsberuf» auszuüben, die Ihrer "
        "bisherigen Lebensstellung entspricht. Ein Anspruch auf Leistungen besteht daher nicht.",
        "Sie können der Entscheidung innerhalb von «Frist» widersprechen oder sich an den Versicherungsombudsmann wenden.",
        "Mit freundlichen Grüßen «Sachbearbeiter»",
    ])
    body = """Hallo Team,

Vorlage L-11 wurde von der Rechtsabteilung geprüft (Hinweis auf
Ombudsmann ergänzt). Bitte ab 01.07. nur diese Version verwenden.

Nadine
"""
    msg = build(149, "Nadine Kurz <nadine.kurz@lindenhof-leben.example>",
                "BU-Leistungsprüfung <bu-leistung@lindenhof-leben.example>",
                "Vorlage L-11 Ablehnung Verweisung", "2026-06-17 08:30:00", body,
                attachments=[("d54-0149_Vorlage_L-11.docx", docx_data)])
    return msg, "NORMAL", "de", "internal", "trap: rejection letter template with «Diagnose»/«ICD_Code» placeholders"


@mail_fn
def m150():
    body = """Hallo Ines,

siehe unten – bitte für das Gutachten 31.12.2026 vormerken, Witwenrente
statt Altersrente ab Juni.

Sabine

---------- Weitergeleitete Nachricht ----------
Von: Silke Moorhoff <s.moorhoff@autohaus-grevesmuehl.example>
Datum: Di., 16. Juni 2026 um 08:50
Betreff: Todesfall Rentner Rehder
An: Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>

Guten Morgen Frau Oltmanns,

unser Betriebsrentner Klaus Rehder (Pers.-Nr. 1029, geb. 07.05.1958)
ist am 3. Juni nach langer Demenzerkrankung im Pflegeheim verstorben.
Seine Frau Hannelore Rehder (geb. 11.11.1960) bekommt laut Zusage 60 %
Witwenrente, also 534,00 EUR. Ab Juli zahlen wir die über die
Lohnabrechnung aus. Muss für das Gutachten noch was gemeldet werden?

Gruß S. Moorhoff
"""
    msg = build(150, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "WG: Todesfall Rentner Rehder", "2026-06-16 09:30:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "internal", "inline forward: named pensioner's death after dementia, widow's pension, birth dates"


# ================================================================ mails 151-175

@mail_fn
def m151():
    body = """Sehr geehrte Frau Brandt,

zu Ihrer Frage, wie viele Beschäftigte der Stadtwerke in den letzten
fünf Jahren Leistungen aus der Berufsunfähigkeits-Zusatzversicherung
bezogen haben: Die Zahl liegt unter fünf. Nach unseren Datenschutz-
regeln geben wir so kleine Zahlen nicht heraus, weil Rückschlüsse auf
einzelne Personen möglich wären. Auch Diagnosegruppen nennen wir
grundsätzlich nicht.

Für das Gesamtportfolio aller Arbeitgeber finden Sie Kennzahlen in
unserem Geschäftsbericht (BU-Leistungsfälle je 1.000 Versicherte: 2,9).

""" + SIG_OLTMANNS
    msg = build(151, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Heike Brandt <h.brandt@stadtwerke-elmstedt.example>",
                "AW: Anfrage BU-Leistungsfälle", "2026-06-17 11:20:00", body)
    return msg, "NORMAL", "de", "insurer-to-company", "trap: refusal to give small-cell disability numbers, no person"


@mail_fn
def m152():
    csv_data = make_csv([
        ["Personalnr", "Name", "Vorname", "Vertrag", "Versicherungssumme", "Beitrag Juni (Entgeltabzug)"],
        ["3107", "Kasten", "Frank", "HGV 44 0127-018", "65000", "8,12"],
        ["3198", "Kuhnert", "Sonja", "HGV 44 0127-022", "50000", "6,25"],
        ["3244", "Özdemir", "Leyla", "HGV 44 0127-031", "40000", "5,00"],
        ["3318", "Albrecht", "Jens", "HGV 44 0127-009", "beendet 31.01.", "0,00"],
        ["3402", "Tjaden", "Heiko", "HGV 44 0127-040", "55000", "6,88"],
    ], encoding="utf-8")
    body = """Sehr geehrte Frau Ahlers,

anbei die Beitragsliste Juni für den Gruppenvertrag Hausrat Ihrer
Beschäftigten (Einbehalt über die Lohnabrechnung). Summe: 26,25 EUR
für diesen Auszug.

Mit freundlichen Grüßen
Kollektivinkasso Sach
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(152, "Kollektivinkasso Sach <inkasso-sach@lindenhof-leben.example>",
                "Katrin Ahlers <k.ahlers@nordhafen-logistik.example>",
                "Beitragsliste Juni Gruppen-Hausrat HGV 44 0127", "2026-06-18 07:45:00", body,
                attachments=[("d54-0152_Hausrat_Beitragsliste_06.csv", csv_data)])
    return msg, "CONFIDENTIAL", "de", "insurer-to-company", "CSV: named employees in group household cover with salary deductions"


@mail_fn
def m153():
    body = """Dear Ms Whitfield,

we are pleased to confirm that we have accepted the income protection
claim of Ms Sophie Brandt under policy GIP-2291.

Benefit start (after 6-month deferred period): 10 May 2026
Monthly benefit: EUR 3,266.67 (75 % of insured salary EUR 52,266 p.a.,
less statutory benefits offset per policy terms)
Payment: to Kestrel Pharma Deutschland GmbH for payment through payroll
Next review: 31 October 2026

Premium waiver for Ms Brandt applies from the same date. Please keep
her in the census with status "claimant".

Kind regards
""" + SIG_REINECKE
    msg = build(153, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Emma Whitfield <emma.whitfield@kestrel-pharma.example>",
                "GIP-2291 – claim accepted", "2026-06-18 14:00:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", "named employee's accepted income protection claim, benefit, salary"


@mail_fn
def m154():
    body = """Security notice – phishing wave

Since Monday, several group clients have received fake e-mails that
claim to come from "Lindenhof Rentenservice" with the subject "Your
pension statement 2026 – action required". The mails contain a link to
a fake login page (lindenhof-renten-login.example) and ask for bank
details and dates of birth.

What to do:
- Do not click the link, do not open attachments.
- Forward the mail as attachment to phishing@lindenhof-leben.example.
- If a client contact has already entered data, inform the CERT
  immediately (ext. 9111).

IT Security
"""
    msg = build(154, "IT Security <it-security@lindenhof-leben.example>",
                "All staff <alle@lindenhof-leben.example>",
                "Phishing: fake pension statement mails", "2026-06-19 08:00:00", body)
    return msg, "NORMAL", "en", "internal", "trap: warning mentions bank details and birth dates generically"


@mail_fn
def m155():
    body = """Hi Priya,

Kwame needs a confirmation of travel insurance for his business visa
application (Nigeria, trip 11-22 May went fine, now a second trip
7-25 September). Could you issue a certificate in English under our
business travel policy GR-RV 90 0412 with:

Name: Kwame Mensah-Bauer
Date of birth: 11 October 1994
Passport no.: C7RX41MT2
Travel dates: 7-25 September 2026, Lagos and Abuja

Thank you!
Grace
"""
    msg = build(155, "Grace Okafor <grace.okafor@meridian-cg.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Travel insurance certificate for visa", "2026-06-22 10:10:00", body)
    return msg, "CONFIDENTIAL", "en", "company-to-insurer", "named traveller's birth date and passport number, travel cover"


@mail_fn
def m156():
    body = """Sehr geehrte Frau Demirci,

mein Mann Rüdiger Poppe liegt seit dem Unfall am 1. April im Klinikum
Bremerhaven und seit Mai in der neurologischen Frühreha in Hamburg. Er
kann noch nicht richtig sprechen. Frau Ahlers von der Firma sagt, es
gibt aus der Gruppenunfallversicherung Krankenhaustagegeld.

Ich habe eine Vorsorgevollmacht. Was brauchen Sie von mir? Die
Bescheinigungen vom Krankenhaus kann ich besorgen.

Mit freundlichen Grüßen
Birgit Poppe
"""
    msg = build(156, "Birgit Poppe <birgit.poppe@freenet-mail.example>",
                "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Krankenhaustagegeld für meinen Mann", "2026-06-22 19:30:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer", "wife of named insured: hospital stay, neurological rehab, speech impairment"


@mail_fn
def m157():
    rows = [
        ["Personalnummer", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Tarif", "Umwandlung mtl.", "AG-Zuschuss", "Bezugsrecht"],
        ["99999", "Mustermann (fiktiv)", "Max", "01.01.1990", "01.01.2026", "DV Klassik Plus", "100,00", "15,00", "Ehegatte"],
        ["", "", "", "TT.MM.JJJJ", "TT.MM.JJJJ", "DV Klassik Plus / DV Fonds Flex", "EUR", "EUR", "Ehegatte / Kinder / Erben / Name"],
    ]
    body = """Hallo Herr Kölsch,

wie gewünscht die leere Vorlage für Ihre Zugangsmeldungen. Die erste
Zeile ist ein fiktives Beispiel und muss gelöscht werden. Bitte die
ausgefüllte Liste dann über das Firmenportal hochladen, nicht per Mail.

""" + SIG_OLTMANNS
    msg = build(157, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Dieter Kölsch <d.koelsch@brueckner-feinmechanik.example>",
                "Vorlage Zugangsmeldung", "2026-06-23 09:15:00", body,
                attachments=[("d54-0157_Vorlage_Zugaenge.xlsx", make_xlsx([("Vorlage", rows)]))])
    return msg, "NORMAL", "de", "insurer-to-company", "trap: blank joiner template with fictitious Max Mustermann"


@mail_fn
def m158():
    body = """Sehr geehrter Herr Rehm,

vielen Dank für Ihre Schadenmeldung RS-26-11275 zu Ihrem Streit mit
Ihrem Nachbarn über den Rückschnitt der Thujahecke an der Grundstücks-
grenze (Am Steinberg 21, Wolfsburg).

Leider besteht für diesen Fall kein Versicherungsschutz: Der
Gruppen-Rechtsschutzvertrag Ihres Arbeitgebers (GRS 12 4470) umfasst
Verkehrs-, Wohnungs- und Arbeitsrechtsschutz, nicht aber den
Nachbarrechtsschutz als Eigentümer. Ihr Grundstück ist zudem nicht als
selbst genutzte Wohneinheit gemeldet.

Sie können den Baustein Eigentümer-Rechtsschutz privat ergänzen
(Beitrag ca. 9,50 EUR monatlich).

Mit freundlichen Grüßen
Lindenhof Rechtsschutz-Service
"""
    msg = build(158, "Rechtsschutz-Service <rechtsschutz@lindenhof-leben.example>",
                "Tobias Rehm <tobias.rehm@webpost.example>",
                "Ihre Schadenmeldung RS-26-11275", "2026-06-23 14:40:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's legal expenses claim (neighbour dispute) with address"


@mail_fn
def m159():
    body = """Hallo ihr Lieben,

der Betriebsausflug Team Leben findet am Freitag, 10. Juli statt:
Kanutour auf der Leine ab Ricklingen (Start 13 Uhr), danach Grillen im
Biergarten am Maschsee. Wer nicht paddeln möchte, kommt einfach um
16 Uhr dazu.

Bitte bis 30.06. in die Liste im Teamkanal eintragen und angeben, ob
ihr vegetarisch esst.

Liebe Grüße
Nadine (für das Orga-Team)
"""
    msg = build(159, "Nadine Kurz <nadine.kurz@lindenhof-leben.example>",
                "Team Leben <team-leben@lindenhof-leben.example>",
                "Betriebsausflug 10. Juli", "2026-06-24 12:00:00", body)
    return msg, "NORMAL", "de", "internal", "organisational"


@mail_fn
def m160():
    body = """Guten Tag,

wir wollen ein Haus kaufen und die Bank fragt nach Eigenkapital. Ich
habe über meinen Arbeitgeber (Nordhafen Logistik) seit 2012 eine
Direktversicherung bei Ihnen, Nummer DV 7712-4408-17.

Kann ich mir den Wert jetzt auszahlen lassen oder den Vertrag
beleihen? Die Bank meint, man könnte ihn auch abtreten. Was ist der
aktuelle Wert? Ich verdiene 3.950 Euro brutto, das steht vermutlich
auch bei Ihnen.

Viele Grüße
Dennis Carstens
Hafenstraße 81, 27568 Bremerhaven
"""
    msg = build(160, "Dennis Carstens <dennis.carstens@webpost.example>",
                "service@lindenhof-leben.example",
                "Hauskauf – Direktversicherung nutzen?", "2026-06-24 20:50:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "employee-to-insurer", "named employee's Direktversicherung and salary, no medical word"


@mail_fn
def m161():
    rows = [
        ["Field", "Format", "Mandatory", "Description"],
        ["scheme_id", "text(12)", "yes", "Lindenhof group contract number"],
        ["claim_ref", "text(14)", "yes", "Claim reference"],
        ["date_of_birth", "YYYY-MM-DD", "yes", "Date of birth of the insured person"],
        ["gender", "M/F/X", "yes", ""],
        ["date_of_event", "YYYY-MM-DD", "yes", "Death or start of disability"],
        ["cause_icd10", "text(7)", "yes", "ICD-10 code of main diagnosis / cause of death"],
        ["sum_at_risk_EUR", "decimal", "yes", ""],
        ["reinsured_share_EUR", "decimal", "yes", ""],
        ["status", "open/paid/declined", "yes", ""],
    ]
    body = """Hi Martin,

as agreed, here is the field specification for the quarterly claims
bordereau under the new group life and GIP quota share. No data yet –
the first file (Q3) will be sent via the secure SFTP, not by e-mail.

Regards
Ines
"""
    msg = build(161, "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "Martin Vogelsang <m.vogelsang@hanover-re-partner.example>",
                "Claims bordereau – field specification", "2026-06-25 09:40:00", body,
                attachments=[("d54-0161_bordereau_spec.xlsx", make_xlsx([("Spec", rows)]))])
    return msg, "NORMAL", "en", "insurer-to-reinsurer", "trap: empty bordereau spec with date_of_birth and ICD-10 fields"


@mail_fn
def m162():
    body = """Hello,

I'm new at Solvaris (started 1 June) and payroll said I can join the
Pensionskasse via salary conversion. Before I decide: my gross salary is
EUR 5,100/month, tax class 4, one child, no church tax. If I convert
the tax-free maximum (EUR 676), what happens to my net pay?
And is the employer subsidy on top?

I haven't signed anything yet.

Thanks
Ruth Adeyemi
"""
    msg = build(162, "Ruth Adeyemi <ruth.adeyemi@solvaris.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Salary conversion question", "2026-06-25 17:25:00", body)
    return msg, "CONFIDENTIAL", "en", "employee-to-insurer", "named person's salary and tax class, no contract, no health (grey zone)"


@mail_fn
def m163():
    body = """Dear Mr Lindgren,

thank you for your claim under Voltaro's group accident policy
(GU 58 3301, claim GU-26-0544).

For your distal radius fracture and the surgery at Krankenhaus Zams on
28 February 2026 we need:

1. the surgery report and discharge letter from Zams hospital,
2. the report of your treating orthopaedic surgeon in Leipzig about the
   current range of motion of the left wrist,
3. confirmation of the 3 nights in hospital (hospital daily allowance
   EUR 50 per night is included in your cover).

Permanent impairment can only be assessed 12 months after the accident
at the earliest; we will contact you in February 2027.

""" + SIG_DEMIRCI.replace("Mit freundlichen Grüßen", "Kind regards")
    msg = build(163, "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Oskar Lindgren <oskar.lindgren@voltaro.example>",
                "Your group accident claim GU-26-0544", "2026-06-26 10:00:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employee", "named employee's fracture, surgery and hospital stay, accident claim"


@mail_fn
def m164():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 29.06. bis 17.07.2026 im Urlaub. Ihre E-Mail wird nicht
weitergeleitet. Leistungsfälle bearbeitet in dieser Zeit das Team
Leistung Kollektiv-Leben: leistung-kollektiv@lindenhof-leben.example,
Tel. 0511 4720-450.

Jörg Wehrhahn
"""
    msg = build(164, "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Katrin Ahlers <k.ahlers@nordhafen-logistik.example>",
                "Abwesenheitsnotiz: FAQ Todesfall für Personalabteilungen", "2026-06-29 08:01:00", body,
                headers=[("Auto-Submitted", "auto-replied")])
    return msg, "NORMAL", "de", "insurer-to-company", "out-of-office reply without content"


@mail_fn
def m165():
    body = """Sehr geehrte Frau Hoffbauer,

Ihre Gruppenunfallversicherung GU 10 2281 (Bäckerei Hoffbauer GmbH &
Co. KG) verlängert sich zum 01.08.2026 um ein weiteres Jahr. Für
31 versicherte Beschäftigte (Stand Juni) beträgt der Jahresbeitrag
unverändert 2.418,00 EUR zzgl. Versicherungsteuer.

Neu: Auf Wunsch können Sie die Auszubildenden ab dem ersten Tag ohne
Meldung einschließen (Pauschaldeklaration), Mehrbeitrag 4 %.

Bitte geben Sie uns bis 15.07. Bescheid, ob Sie das möchten.

""" + SIG_DEMIRCI
    msg = build(165, "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Petra Hoffbauer <info@hoffbauer-backwaren.example>",
                "Verlängerung GU 10 2281 zum 01.08.", "2026-06-29 11:30:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-company", "company's group accident contract with named owner as contact; no employee data"


@mail_fn
def m166():
    body = """Liebe Kolleginnen und Kollegen aus der Leistung und dem Rentenservice,

viele von euch sprechen täglich mit Angehörigen, die gerade jemanden
verloren haben. Unsere interne Weiterbildung bietet dazu an:

"Gespräche mit Trauernden am Telefon" – halbtägiges Seminar mit der
Trauerbegleiterin Annette Fölsch
Termine: 15.09. und 06.10.2026, jeweils 9-13 Uhr, Raum Leine

Inhalte: Phasen der Trauer, Umgang mit Wut und Schuldgefühlen, was man
besser nicht sagt, Selbstschutz.

Anmeldung über das Weiterbildungsportal.
"""
    msg = build(166, "Personalentwicklung <personalentwicklung@lindenhof-leben.example>",
                "Leistung und Rentenservice <leistung-rente@lindenhof-leben.example>",
                "Seminar: Gespräche mit Trauernden", "2026-06-30 10:00:00", body)
    return msg, "NORMAL", "de", "internal", "trap: seminar about grieving relatives, no person"


@mail_fn
def m167():
    body = """Hallo Frau Schwarting,

gute Nachricht: Akupunktur beim Heilpraktiker ist im bKV-Budget
enthalten. Für Ihre Migränebehandlung erstatten wir je Sitzung bis
60 EUR nach GebüH, also bei 10 Sitzungen bis 600 EUR – das ist genau Ihr
Jahresbudget. Bitte beachten Sie, dass dann für Brille oder
Zahnreinigung in diesem Jahr nichts mehr übrig ist.

Reichen Sie die Rechnungen einfach über die App ein.

""" + SIG_BRANDES
    msg = build(167, "Kevin Brandes <kevin.brandes@lindenhof-leben.example>",
                "Imke Schwarting <imke.schwarting@mailbox.example>",
                "Re: Akupunktur", "2026-06-01 09:20:00", body,
                in_reply_to="<d54-0120.20260529071200@mailbox.example>")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee", "named employee's migraine treatment under bKV"


@mail_fn
def m168():
    body = """PRESS RELEASE

Lindenhof named "Best Group Pension Provider 2026" for SMEs

Hannover, 1 July 2026 – Lindenhof Lebensversicherung AG has won the
"Best Group Pension Provider – SME" award of the trade magazine
Benefits Today for the third time. The jury highlighted the employer
portal with digital joiner/leaver upload and the English-language
service for international companies.

Press contact: Julia Arnsberg, presse@lindenhof-leben.example
"""
    msg = build(168, "Julia Arnsberg <presse@lindenhof-leben.example>",
                "International press list <presseverteiler@lindenhof-leben.example>",
                "Press release: Lindenhof named Best Group Pension Provider 2026", "2026-07-01 09:00:00", body)
    return msg, "NORMAL", "en", "press-release", "press release"


@mail_fn
def m169():
    body = """Dear Mr Patel,

we have registered the theft of your company smartphone (iPhone 15 Pro,
IMEI 35 409211 884417 2) on 27 June 2026 at Frankfurt Hauptbahnhof
under claim EL-26-01932, electronics policy EL 20 7734 of Kestrel
Pharma Deutschland GmbH.

As agreed with Kestrel IT, a replacement device will be sent to your
office. The deductible of EUR 100 is charged to your cost centre, not
to you personally.

Please send us the police report (reference FFM-26-0627-4410) once
you have it.

Kind regards
Electronics Claims
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(169, "Electronics Claims <elektronik-schaden@lindenhof-leben.example>",
                "Raj Patel <raj.patel@kestrel-pharma.example>",
                "Claim EL-26-01932 – stolen smartphone", "2026-07-01 13:15:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-employee", "named employee's electronics theft claim"


@mail_fn
def m170():
    body = """Hallo Priya,

kurzes Update für die Group Life (GL 61 3380) – folgende Kolleginnen
und Kollegen sind in Elternzeit, die Beiträge laufen laut unserer
Policy aber weiter (employer-paid), bitte nur zur Info für euren
Bestand:

- Claire Dufour-Martin, parental leave 01.06.2026 - 30.11.2026
  (baby born 19 May, she's doing well)
- Jonas Feldmann, Elternzeit 01.08. - 30.09.2026
- Inês Ferreira, maternity leave from 15.08.2026 (due date 26.09.)

Let me know if you need anything else for the cover to continue.

Best
Daniel
"""
    msg = build(170, "Daniel Okafor <daniel.okafor@meridian-cg.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Elternzeit / parental leave – GL 61 3380", "2026-07-02 10:30:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "mixed", "company-to-insurer", "named employees' pregnancy, birth and parental leave in group life"


@mail_fn
def m171():
    body = """Hallo Frau Hoffbauer,

für Ihre Azubi-Infoveranstaltung hier die gewünschte Beispielrechnung
zum neuen Förderbetrag (alle Werte gerundet, Beispielperson):

Auszubildende/r, Vergütung 1.150 EUR brutto
Arbeitgeberbeitrag Direktversicherung: 40 EUR/Monat = 480 EUR/Jahr
Förderbetrag vom Finanzamt (30 %): 144 EUR/Jahr – wird mit der
Lohnsteuer-Anmeldung verrechnet
Ihre Nettokosten: 336 EUR/Jahr je Azubi
Für die/den Auszubildende/n: keine Abzüge vom Netto

Gern komme ich zur Veranstaltung am 20.08. dazu.

""" + SIG_OLTMANNS
    msg = build(171, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Petra Hoffbauer <info@hoffbauer-backwaren.example>",
                "Beispielrechnung Förderbetrag für Azubis", "2026-07-02 15:00:00", body)
    return msg, "NORMAL", "de", "insurer-to-company", "trap: example calculation with pay figures, no real person"


@mail_fn
def m172():
    body = """Hallo Doris,

Birte Janssen übernimmt ab 01.08.2026 die Abteilungsleitung
Kollektiv-Leben (Nachfolge Herr Drewes). Bitte in der Abrechnung
umstellen:

- AT-Vertrag statt Tarifgruppe VIII
- Jahresgrundgehalt 96.000 EUR, variable Vergütung Zielwert 12 %
- Dienstwagenberechtigung Kategorie B
- Besitzstand für die Direktzusage aus dem Tarifvertrag wird
  fortgeführt (keine Änderung nötig)

Die Vorstandsvorlage ist unterschrieben, Bekanntgabe intern am 15.07.
Bis dahin bitte vertraulich.

Henning
"""
    msg = build(172, "Henning Struve <henning.struve@lindenhof-leben.example>",
                "Doris Ritter <doris.ritter@lindenhof-leben.example>",
                "Beförderung Janssen – Abrechnung ab 08/2026", "2026-07-03 09:40:00", body)
    return msg, "CONFIDENTIAL", "de", "internal", "insurer's own employee's salary and contract terms"


@mail_fn
def m173():
    body = """Hi Priya,

we received a garnishment order (Pfändungs- und Überweisungsbeschluss,
Amtsgericht München, 1532 M 4471/26) against our employee Minh Hoang.
The creditor is a consumer loan bank, claim EUR 11,840.

Payroll will handle the attachment of his salary. But the order also
lists "claims against the employer from the company pension scheme" –
does that extend to his Pensionskasse policy PK-20931-233 with you?
His conversion is EUR 338 per month.

Thanks
Tomasz
"""
    msg = build(173, "Tomasz Wiśniewski <tomasz.wisniewski@solvaris.example>",
                "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Garnishment order – Pensionskasse?", "2026-07-03 14:55:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "named employee's debt garnishment and Pensionskasse contract"


@mail_fn
def m174():
    body = """Hello,

someone (hopefully you) asked to reset the password of your Lindenhof
employer portal account.

To continue, open the link below and answer your security question:
https://firmenportal.lindenhof-leben.example/reset?token=8f2c1e90a4

The link expires in 30 minutes. If you did not ask for a reset, you can
ignore this message – your password stays unchanged.

Lindenhof Employer Portal
"""
    msg = build(174, "Lindenhof Employer Portal <no-reply@lindenhof-leben.example>",
                "tomasz.wisniewski@solvaris.example",
                "Password reset requested", "2026-07-06 07:44:00", body)
    return msg, "NORMAL", "en", "insurer-to-company", "password reset mail, no personal data"


@mail_fn
def m175():
    body = """Hallo Frau Gottschalk,

die Reparatur Ihres Dienstrads (Akku und Display, Rechnung Zweirad Kühne
vom 08.04.2026, 1.212,40 EUR) ist reguliert. Da Sie den Schaden selbst
vorgestreckt haben, überweisen wir den Betrag abzüglich 50 EUR
Selbstbeteiligung, also 1.162,40 EUR, auf Ihr Konto
DE74 5001 0517 5532 1755 16.

Schadennummer DR-26-006210, Zertifikat DRG 58 210-0193.

Viele Grüße
Marlene Tiedke
Schaden Sach / Dienstrad
"""
    msg = build(175, "Marlene Tiedke <marlene.tiedke@lindenhof-leben.example>",
                "Mia Gottschalk <mia.gottschalk@voltaro.example>",
                "Regulierung DR-26-006210", "2026-04-14 12:00:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's bike claim payout with IBAN"


# ================================================================ mails 176-200

@mail_fn
def m176():
    body = """Hallo Aylin,

für den Halbjahresbericht Reha-Management Gruppen-BU (alle Arbeitgeber,
nur Summen):

Gemeldete Fälle 01-06/2026:           14
davon zurück im Job (voll/teilweise):  9
davon BU-Antrag gestellt:              3
noch offen:                            2
Ø Dauer bis Wiedereingliederung:       13 Wochen
Häufigste Gründe (gruppiert):          Muskel-Skelett, Psyche, Herz-Kreislauf

Kosten Reha-Dienstleister: 41.300 EUR, vermiedene BU-Renten (Schätzung
Aktuariat): ca. 380.000 EUR Barwert.

Gruß
Ines
"""
    msg = build(176, "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Zahlen Reha-Management H1", "2026-07-06 16:10:00", body)
    return msg, "NORMAL", "de", "internal", "trap: rehab management aggregates with diagnosis groups"


@mail_fn
def m177():
    body = """Sehr geehrte Damen und Herren,

ich bin der Fahrer, der am 19. Mai bei der Probefahrt mit dem Skoda
vom Autohaus Grevesmühl im Graben gelandet ist (Ihr Zeichen
KF-26-004102). Mir wurde gesagt, dass ich eventuell mit 1.000 Euro
Selbstbeteiligung haften muss.

In der Probefahrtvereinbarung steht aber, dass ich nur bei grober
Fahrlässigkeit hafte, und ich bin nur 70 gefahren. Können Sie mir
bitte schriftlich bestätigen, dass von mir nichts gefordert wird?

Mit freundlichen Grüßen
Malte Rieckhoff
Wismarsche Str. 9, 23936 Grevesmühlen
Tel. 0170 4418832
"""
    msg = build(177, "Malte Rieckhoff <malte.rieckhoff@mailbox.example>",
                "Kraftfahrt Flotte <kfz-flotte@lindenhof-leben.example>",
                "Probefahrtschaden KF-26-004102", "2026-06-08 18:22:00", body)
    return msg, "CONFIDENTIAL", "de", "third-party-to-insurer", "named private person's involvement in a motor claim, address, no injury"


@mail_fn
def m178():
    d1 = make_docx([
        "# Vereinbarung über Entgeltumwandlung",
        "Arbeitgeber: Bäckerei Hoffbauer GmbH & Co. KG, Celle",
        "Arbeitnehmerin: Natalia Wróbel, geb. 08.03.1997, Verkäuferin, 30 Std./Woche, Bruttogehalt 2.450,00 EUR",
        "Umwandlung ab 01.08.2026: 50,00 EUR monatlich; Arbeitgeberbeitrag nach § 100 EStG: 40,00 EUR monatlich",
        "Direktversicherung DV 7718-2201-03, Tarif DV Klassik Plus. Bezugsrecht im Todesfall: gesetzliche Erben.",
    ])
    d2 = make_docx([
        "# Vereinbarung über Entgeltumwandlung",
        "Arbeitgeber: Bäckerei Hoffbauer GmbH & Co. KG, Celle",
        "Arbeitnehmer: Jannis Kropp, geb. 29.10.2004, Bäckergeselle, Bruttogehalt 2.780,00 EUR",
        "Umwandlung ab 01.08.2026: 100,00 EUR monatlich; Arbeitgeberzuschuss 15 %: 15,00 EUR",
        "Direktversicherung DV 7718-2201-04, Tarif DV Fonds Flex. Bezugsrecht im Todesfall: Mutter, Sabine Kropp.",
    ])
    d3 = make_docx([
        "# Vereinbarung über Entgeltumwandlung",
        "Arbeitgeber: Bäckerei Hoffbauer GmbH & Co. KG, Celle",
        "Arbeitnehmerin: Lara Wendt, geb. 23.06.2007, Auszubildende, Vergütung 1.150,00 EUR",
        "Arbeitgeberfinanziert nach § 100 EStG: 40,00 EUR monatlich ab 01.08.2026, keine Entgeltumwandlung",
        "Direktversicherung DV 7718-2201-05, Tarif DV Klassik Plus. Bezugsrecht im Todesfall: gesetzliche Erben.",
    ])
    z = make_zip([("d54-0178_EU_Wrobel.docx", d1), ("d54-0178_EU_Kropp.docx", d2), ("d54-0178_AG_Wendt.docx", d3)])
    body = """Hallo Frau Oltmanns,

anbei die Unterlagen für August, alles unterschrieben. Die Azubi-
Veranstaltung war super, danke nochmal!

Petra Hoffbauer
"""
    msg = build(178, "Petra Hoffbauer <info@hoffbauer-backwaren.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Unterlagen August", "2026-07-07 06:40:00", body,
                attachments=[("d54-0178_Unterlagen_August.zip", z)])
    return msg, "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer", "inside ZIP: three DOCX salary conversion agreements with birth dates, salaries, Direktversicherung"


@mail_fn
def m179():
    body = """Hi all,

summer holiday cover for the International Benefits Desk:

20 Jul - 7 Aug   Priya away   -> Ewa covers Solvaris, Meridian
10 Aug - 21 Aug  Ewa away     -> Priya covers Kestrel
3 Aug - 14 Aug   Thomas away  -> escalations to Birte Janssen

Please keep your out-of-office messages up to date and add the shared
mailbox international-benefits@lindenhof-leben.example.

Thanks
Thomas
"""
    msg = build(179, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "International Benefits Desk <international-benefits@lindenhof-leben.example>",
                "Summer holiday cover", "2026-07-07 11:00:00", body)
    return msg, "NORMAL", "en", "internal", "organisational"


@mail_fn
def m180():
    body = """Dear Ms Okafor,

regarding Mr Felix Achterberg's business trip to Lisbon on 30 June
2026: his outbound TAP flight was cancelled because of the air traffic
controllers' strike, and he had to rebook on Lufthansa via Munich.

Claim no.: BT-26-02260 (business travel policy GR-RV 90 0412)
Additional ticket costs: EUR 486.30
Hotel no-show charge Lisbon (first night): EUR 142.00

As the airline refunds the unused TAP ticket, we will pay the
difference of EUR 361.90 once the refund confirmation is available.
Please tell us whether to pay Meridian or Mr Achterberg directly.

Kind regards
Business Travel Claims
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(180, "Business Travel Claims <reise-schaden@lindenhof-leben.example>",
                "Grace Okafor <grace.okafor@meridian-cg.example>",
                "BT-26-02260 – cancelled flight Achterberg", "2026-07-08 09:25:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-company", "named employee's travel claim without health content"


@mail_fn
def m181():
    body = """Hallo,

ich bin über die Stadtwerke in der bKV versichert (Nr. bKV 31-7702-0315).
Ich habe seit dem Winter eine Angststörung mit Panikattacken und bin
bei einer Psychotherapeutin auf der Warteliste, die Kasse zahlt erst
ab Herbst. Bis dahin könnte ich bei einer privaten Heilpraktikerin für
Psychotherapie anfangen (90 Euro pro Stunde).

1. Zahlt die bKV das?
2. Erfährt die Personalabteilung davon? Ich möchte auf keinen Fall, dass
   das jemand in der Firma weiß.

Danke
Gisela Neumann
"""
    msg = build(181, "Gisela Neumann <gisela.neumann@freenet-mail.example>",
                "bkv-service@lindenhof-leben.example",
                "Frage vertraulich", "2026-07-08 22:10:00", body,
                charset="iso-8859-1", cte="quoted-printable")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "employee-to-insurer", "named employee's anxiety disorder and psychotherapy, bKV"


@mail_fn
def m182():
    body = """Hallo zusammen,

Kurzfassung der Sterblichkeitsanalyse Pensionskasse (Rentnerbestand,
Beobachtungszeitraum 2021-2025) für den Verantwortlichen Aktuar:

Erwartete Todesfälle (DAV 2004 R, Unternehmensanpassung): 1.184
Beobachtete Todesfälle:                                   1.113
A/E-Verhältnis gesamt:                                    94,0 %
  Männer 91,7 %, Frauen 97,2 %
  Alter 65-74: 88 %, 75-84: 95 %, 85+: 101 %

Die Sicherheitsmargen sind damit ausreichend; für die Frauen ab 85
empfehlen wir eine Beobachtung im nächsten Jahr.

Ines
"""
    msg = build(182, "Dr. Ines Marquardt <ines.marquardt@lindenhof-leben.example>",
                "Verantwortlicher Aktuar <va-leben@lindenhof-leben.example>",
                "Sterblichkeitsanalyse PK 2021-2025", "2026-07-09 10:00:00", body)
    return msg, "NORMAL", "de", "internal", "trap: mortality analysis, aggregated"


@mail_fn
def m183():
    body = """Sehr geehrte Damen und Herren,

für die beantragte Courtagezusage (Kollektivgeschäft bAV) reiche ich
die fehlenden Angaben nach. Ich bin als Einzelunternehmerin tätig:

Ingrid Wessels Versicherungsmaklerin
Inhaberin: Ingrid Wessels, geb. 14.06.1971
Registernummer: D-8KQT-2XBMP-41
Steuer-ID: 62 913 508 447
Bankverbindung für die Courtage: IBAN DE63 3704 0044 8258 5878 50

Die Gewerbeanmeldung und den Nachweis der Vermögensschadenhaftpflicht
lade ich im Vermittlerportal hoch.

Mit freundlichen Grüßen
Ingrid Wessels
Leer (Ostfriesland)
"""
    msg = build(183, "Ingrid Wessels <info@wessels-makler.example>",
                "vermittlerservice@lindenhof-leben.example",
                "Courtagezusage – Angaben", "2026-07-09 14:45:00", body)
    return msg, "CONFIDENTIAL", "de", "broker-to-insurer", "sole-trader broker's birth date, tax ID, IBAN"


@mail_fn
def m184():
    body = """Hi Ms Lowe,

good news: progressive lenses are covered by your Kestrel bKV. With
your prescription (-4.25/-4.75 with astigmatism) we reimburse the
optician's invoice of EUR 689 up to your budget for visual aids, i.e.
EUR 300 every 24 months. A prescription from the ophthalmologist is
not needed; the optician's measurement is enough.

Please upload the invoice in the app.

Kind regards
Kevin Brandes
bKV Service, Lindenhof Krankenversicherung AG

> Hi, I'm insured under the Kestrel bKV (employee no. KP-0877). My eye
> doctor says my myopia got worse [...]
"""
    msg = build(184, "Kevin Brandes <kevin.brandes@lindenhof-leben.example>",
                "Hannah Lowe <hannah.lowe@kestrel-pharma.example>",
                "Re: Glasses – bKV reimbursement?", "2026-03-12 09:30:00", body,
                in_reply_to="<d54-0043.20260310200300@kestrel-pharma.example>")
    return msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employee", "named employee's eyesight values and glasses under group health"


@mail_fn
def m185():
    body = """Guten Tag,

in Ihrem Lindenhof-Firmenportal liegt ein neues Dokument für Sie bereit.

Dokumentart:  Rechnung
Bereich:      Kollektivverträge

Bitte melden Sie sich unter https://firmenportal.lindenhof-leben.example
an, um es abzurufen. Aus Sicherheitsgründen versenden wir Inhalte nicht
per E-Mail.

Diese Nachricht wurde automatisch erstellt. Bitte nicht antworten.
Lindenhof Lebensversicherung AG
"""
    msg = build(185, "Lindenhof Firmenportal <no-reply@lindenhof-leben.example>",
                "h.brandt@stadtwerke-elmstedt.example",
                "Neues Dokument in Ihrem Firmenportal", "2026-07-10 05:00:00", body)
    return msg, "NORMAL", "de", "insurer-to-company", "portal notification without content"


@mail_fn
def m186():
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Dear HR colleagues,</p>
<p><b>Webinar: After a workplace accident – what HR should do in the first 48 hours</b><br>
Tuesday, 15 September 2026, 10:00-11:00 CEST, online</p>
<ul>
<li>First aid, accident book and the statutory accident insurer (BG) notification within 3 days</li>
<li>When the group accident insurance pays on top: permanent impairment, hospital daily allowance, cosmetic surgery</li>
<li>Data protection: why medical reports must not go through HR mailboxes</li>
<li>Case studies (fictitious): a forklift accident, a burn in a bakery, a fall from a loading ramp</li>
</ul>
<p><a href="https://firmenportal.lindenhof-leben.example/events/webinar-accident">Register here</a></p>
<p>Lindenhof Versicherungen – Group Business</p>
</body></html>"""
    text = """Dear HR colleagues,

Webinar: After a workplace accident – what HR should do in the first 48 hours
Tuesday, 15 September 2026, 10:00-11:00 CEST, online

- First aid, accident book and the statutory accident insurer (BG)
  notification within 3 days
- When the group accident insurance pays on top: permanent impairment,
  hospital daily allowance, cosmetic surgery
- Data protection: why medical reports must not go through HR mailboxes
- Case studies (fictitious): a forklift accident, a burn in a bakery,
  a fall from a loading ramp

Register: https://firmenportal.lindenhof-leben.example/events/webinar-accident
"""
    msg = build(186, "Lindenhof Group Business <events@lindenhof-leben.example>",
                "undisclosed-recipients:;", "Webinar: after a workplace accident – the first 48 hours",
                "2026-07-13 08:00:00", text, html=html, headers=[("Precedence", "bulk")])
    return msg, "NORMAL", "en", "newsletter", "trap: accident webinar with injury words and fictitious cases"


@mail_fn
def m187():
    body = """Hallo Reisekostenstelle,

anbei meine Abrechnung für die Dienstreise zu den Stadtwerken Elmstedt
am 08.07.:

Fahrt mit Privat-Pkw Hannover–Elmstedt–Hannover, 196 km à 0,30 EUR
= 58,80 EUR
Parkgebühr 4,00 EUR
Verpflegungspauschale entfällt (unter 8 Stunden)
Summe 62,80 EUR

Bitte auf mein Gehaltskonto überweisen:
Sabine Oltmanns, IBAN DE94 1203 0000 1619 1520 26

Danke!
Sabine Oltmanns
Kostenstelle 4110
"""
    msg = build(187, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Reisekosten <reisekosten@lindenhof-leben.example>",
                "Reisekosten 08.07. Elmstedt", "2026-07-13 16:30:00", body)
    return msg, "CONFIDENTIAL", "de", "internal", "insurer staff's own IBAN for expenses"


@mail_fn
def m188():
    body = """Sehr geehrte Frau Brandt,

zur Information für Ihre Lohnabrechnung: Für Herrn Bernd Lüders
(Pers.-Nr. 4431) haben wir Leistungen aus der Zusatzversicherung zur
Direktversicherung DV 7717-0012-07 anerkannt. Ab sofort und rückwirkend
zum 01.10.2025 ist der Vertrag beitragsfrei gestellt, ohne dass sich
die Leistungen mindern.

Bitte ziehen Sie ab Juli keine Entgeltumwandlung mehr ab. Zu viel
gezahlte Beiträge von Oktober 2025 bis Juni 2026 (9 x 160,00 EUR =
1.440,00 EUR) erstatten wir an die Stadtwerke; bitte geben Sie den
Arbeitnehmeranteil an Herrn Lüders weiter.

Weitere Einzelheiten haben wir Herrn Lüders direkt mitgeteilt.

""" + SIG_WEHRHAHN
    msg = build(188, "Jörg Wehrhahn <joerg.wehrhahn@lindenhof-leben.example>",
                "Heike Brandt <h.brandt@stadtwerke-elmstedt.example>",
                "Beitragsfreistellung DV 7717-0012-07", "2026-07-14 10:20:00", body)
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company", "named employee's accepted disability rider claim, in plain words without diagnosis"


@mail_fn
def m189():
    body = """Hallo Schulungsteam,

für die Einarbeitung der neuen Kolleginnen am 20.07. nutzt bitte die
fiktiven Übungsfälle aus dem Schulungsmandanten (TRAIN):

Fall 1: Erika Musterfrau (fiktiv), geb. 01.01.1975, DV 0000-9999-01,
        BU-Antrag wegen Depression F32.1 – Unterlagen unvollständig
Fall 2: Max Mustermann (fiktiv), geb. 12.12.1968, PK 0000-9999-02,
        Todesfall, Bezugsrecht strittig
Fall 3: Otto Normalverbraucher (fiktiv), geb. 05.05.1980,
        Beitragsfreistellung wegen Elternzeit

Keine Echtdaten in den Schulungsunterlagen verwenden!

Nadine
"""
    msg = build(189, "Nadine Kurz <nadine.kurz@lindenhof-leben.example>",
                "Schulungsteam Leben <schulung-leben@lindenhof-leben.example>",
                "Übungsfälle Einarbeitung 20.07.", "2026-07-14 13:00:00", body)
    return msg, "NORMAL", "de", "internal", "trap: fictitious training cases with ICD code and birth dates"


@mail_fn
def m190():
    body = """Dear Ms O'Donnell,

please find below the annual statement 2025/26 for the Pensionskasse
framework contract PK-KR 2093 of Solvaris Technologies GmbH:

Active members as at 30 June 2026:          187
Contributions received 07/2025-06/2026:     EUR 612,448.20
  of which employee salary conversion:      EUR 471,960.00
  of which employer subsidy:                EUR 140,488.20
Transfers in / out:                         3 / 5
Surplus allocation rate 2026:               2.7 %

The individual member statements will be sent to the employees'
private addresses in August. As contract holder you will receive the
collective documentation via the employer portal.

Kind regards
""" + SIG_NAIR
    msg = build(190, "Priya Nair <priya.nair@lindenhof-leben.example>",
                "Rachel O'Donnell <rachel.odonnell@solvaris.example>",
                "Annual statement PK-KR 2093", "2026-07-15 09:00:00", body)
    return msg, "CONFIDENTIAL", "en", "insurer-to-company", "company's Pensionskasse framework contract with named contact; totals only"


@mail_fn
def m191():
    body = """Hi Emma, hi Lars,

thanks for the good meeting yesterday. Short minutes:

1. Market benchmark for company health insurance discussed; dental
   and glasses remain the largest categories everywhere.
2. Lindenhof to send a proposal for an employee assistance programme
   (EAP): confidential counselling for stress, depression, addiction
   and family crises, price indication EUR 2.10 per employee/month.
3. Joint webinar for line managers on return-to-work talks in
   September.
4. Next meeting: October, Frankfurt.

Best
Thomas
"""
    msg = build(191, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Emma Whitfield <emma.whitfield@kestrel-pharma.example>",
                "Minutes of our meeting 15 July", "2026-07-16 08:45:00", body,
                cc="Lars Jensen <lars.jensen@kestrel-pharma.example>")
    return msg, "NORMAL", "en", "insurer-to-company", "trap: minutes with depression/addiction words and prices, no person, no contract data"


@mail_fn
def m192():
    body = """Hi Aylin, hi Sabine,

very sad news: our colleague Timo Reinholz (staff no. V-088) died on
Saturday in a car accident on the A14 near Halle. He was insured under
our group accident policy and had a Direktversicherung with you.

His partner, Svenja Obst, is the contact for the family. I'll send the
address once she agrees.

What do you need from us?

Jana
People Ops, Voltaro Mobility GmbH
"""
    msg = build(192, "Jana Kowalczyk <jana.kowalczyk@voltaro.example>",
                "Aylin Demirci <aylin.demirci@lindenhof-leben.example>",
                "Death of an employee", "2026-07-20 09:10:00", body,
                cc="Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>")
    return msg, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer", "named employee's death in a car accident, group accident and Direktversicherung"


@mail_fn
def m193():
    body = """Hallo Frau Abdi,

Ihr Leasingvertrag für das Dienstrad (Cube Kathmandu Hybrid) läuft zum
31.03.2029 – Sie fragten, ob das Rad während Ihres unbezahlten
Urlaubs (September bis Dezember) versichert bleibt. Ja: Das Zertifikat
DRG 58 210-0214 bleibt bestehen, solange der Leasingvertrag läuft. In
den vier Monaten zahlen Sie die Rate laut Voltaro privat (90,72 EUR),
die Versicherung läuft unverändert.

Ihre neue Anschrift (Karl-Heine-Str. 44, 04229 Leipzig) haben wir
eingetragen.

Viele Grüße
Marlene Tiedke
Schaden Sach / Dienstrad
"""
    msg = build(193, "Marlene Tiedke <marlene.tiedke@lindenhof-leben.example>",
                "Farah Abdi <farah.abdi@webpost.example>",
                "Ihr Dienstrad-Zertifikat DRG 58 210-0214", "2026-07-20 14:10:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's bike-leasing cover, address, private rate during unpaid leave"


@mail_fn
def m194():
    body = """Liebe Frau Oltmanns, lieber Herr Brandes,

im Namen des Betriebsrats vielen Dank für Ihren Besuch beim
Jahresgespräch. Die Kolleginnen und Kollegen fanden die Erklärungen zur
bKV sehr verständlich. Wir würden die Infoveranstaltung gern im Herbst
für die Schichtdienste wiederholen, am liebsten an zwei Terminen
(früh/spät). Passt Ihnen Oktober?

Mit freundlichen Grüßen
Uwe Schaper
Betriebsratsvorsitzender
"""
    msg = build(194, "Uwe Schaper <betriebsrat@stadtwerke-elmstedt.example>",
                "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Dank und Folgetermin", "2026-07-21 09:30:00", body,
                cc="Kevin Brandes <kevin.brandes@lindenhof-leben.example>")
    return msg, "NORMAL", "de", "works-council-to-insurer", "thank-you note, nothing sensitive"


@mail_fn
def m195():
    body = """Hallo Frau Moorhoff,

zu Herrn Thießen (DV 7716-0030-02): Danke für die Meldung, dass er seit
dem 13.07. wieder arbeitet. Die Beitragsfreistellung während des
Krankengeldbezugs vom 15.04. bis 12.07. haben wir eingetragen; die
Beiträge laufen ab August wieder mit 120 EUR. Eine neue
Gesundheitsprüfung ist nicht nötig.

Schön, dass er die Knie-OP gut überstanden hat.

Viele Grüße
Sabine Oltmanns
"""
    msg = build(195, "Sabine Oltmanns <sabine.oltmanns@lindenhof-leben.example>",
                "Silke Moorhoff <s.moorhoff@autohaus-grevesmuehl.example>",
                "AW: Thießen wieder da", "2026-07-22 10:40:00", body, cte="base64")
    return msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company", "base64 body: named employee's sickness benefit period and knee surgery, Direktversicherung"


@mail_fn
def m196():
    pdf = make_pdf([
        "# Informationen nach Art. 13 und 14 DSGVO fuer Beschaeftigte unserer Firmenkunden",
        "Lindenhof Lebensversicherung AG, Lindenhof Krankenversicherung AG, Lindenhof Allgemeine Versicherung AG",
        "",
        "Welche Daten verarbeiten wir? Name, Geburtsdatum, Anschrift, Gehalt und Beitraege, Bankverbindung; "
        "bei Berufsunfaehigkeits-, Unfall- und Krankenversicherung auch Gesundheitsdaten (Art. 9 DSGVO).",
        "Woher stammen die Daten? Von Ihrem Arbeitgeber (Versicherungsnehmer) und von Ihnen selbst.",
        "Was erfaehrt Ihr Arbeitgeber? Beitraege, Vertragsstand, Beginn und Ende. Gesundheitsdaten und Diagnosen "
        "erhaelt der Arbeitgeber nicht.",
        "Wie lange speichern wir? Bis zum Ende der Verjaehrungsfristen nach Vertragsende, in der Regel 10 Jahre.",
        "Ihre Rechte: Auskunft, Berichtigung, Loeschung, Einschraenkung, Widerspruch, Beschwerde bei der "
        "Landesbeauftragten fuer den Datenschutz Niedersachsen.",
        "Datenschutzbeauftragter: datenschutz@lindenhof-leben.example",
    ], title="Datenschutzinformation Beschaeftigte")
    body = """Hallo Frau Kowalczyk,

für Ihr Onboarding-Paket die Datenschutzinformation für Beschäftigte
auf Deutsch (die englische Version folgt nächste Woche).

Viele Grüße
""" + SIG_REINECKE
    msg = build(196, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Jana Kowalczyk <jana.kowalczyk@voltaro.example>",
                "Datenschutzinformation für Beschäftigte", "2026-07-22 15:00:00", body,
                attachments=[("d54-0196_Datenschutzinformation.pdf", pdf)])
    return msg, "NORMAL", "de", "insurer-to-company", "trap: privacy notice naming health data and salaries generically"


@mail_fn
def m197():
    body = """Hi Henning,

we'd like to make the offer to the candidate for the International
Benefits Desk (vacancy 2026-14):

Candidate: Sofía Márquez Llorente
Start: 1 October 2026
Salary: EUR 58,500 p.a. (tariff group VII + allowance EUR 250/month for
Spanish/English client service)
Probation: 6 months
Relocation from Valencia: lump sum EUR 2,500

Her current notice period ends 30 September. Could you prepare the
contract this week?

Thanks
Thomas
"""
    msg = build(197, "Thomas Reinecke <thomas.reinecke@lindenhof-leben.example>",
                "Henning Struve <henning.struve@lindenhof-leben.example>",
                "Offer – vacancy 2026-14", "2026-07-23 11:30:00", body)
    return msg, "CONFIDENTIAL", "en", "internal", "candidate's salary offer"


@mail_fn
def m198():
    body = """Dear colleagues,

attached to our portal you will find the updated chapter "Diabetes
mellitus" of the Aurelia Re underwriting manual (version 2026.2).

Main changes for group life above free cover limits:
- Type 1, HbA1c < 7.5 %, no complications: +50 % to +75 % (previously
  +75 % to +100 %)
- Type 2 on oral medication only, BMI < 35: standard to +25 %
- Insulin pump therapy is now rated like multiple daily injections
- Diabetic retinopathy or nephropathy: individual assessment

The ratings apply to new business from 1 September 2026.

Aurelia Re – Life & Health Underwriting
"""
    msg = build(198, "Aurelia Re Underwriting <uw-manual@aurelia-re.example>",
                "Group Underwriting <underwriting-kollektiv@lindenhof-leben.example>",
                "Underwriting manual update – diabetes", "2026-07-24 08:00:00", body)
    return msg, "NORMAL", "en", "reinsurer-to-insurer", "trap: diabetes rating guideline, no person"


@mail_fn
def m199():
    body = """Hallo Herr Carstens,

danke für die Meldung über die Schadenhotline. Ihr Wildunfall vom
21.07.2026 (Reh, Landstraße L 120 bei Loxstedt, gegen 22:15 Uhr) ist
unter der Schadennummer KT-26-31577 in Ihrem Vertrag aus dem
Mitarbeiter-Rahmenvertrag Kfz (KR-MA 3390 1311, Kennzeichen
HB-DC 407) angelegt. Zum Glück ist Ihnen nichts passiert.

Bitte schicken Sie uns die Wildunfallbescheinigung des Jagdpächters
bzw. der Polizei und Fotos vom Fahrzeug. Die Teilkasko-Selbst-
beteiligung beträgt 150 EUR, der Schadenfreiheitsrabatt bleibt
unberührt.

Viele Grüße
Kundenservice Kraftfahrt
Lindenhof Allgemeine Versicherung AG
"""
    msg = build(199, "Kundenservice Kraftfahrt <kfz-service@lindenhof-leben.example>",
                "Dennis Carstens <dennis.carstens@webpost.example>",
                "Ihr Wildunfall KT-26-31577", "2026-07-24 10:15:00", body)
    return msg, "CONFIDENTIAL", "de", "insurer-to-employee", "named employee's motor claim, plate, nobody hurt"


@mail_fn
def m200():
    body = """Lindenhof bAV-Update 3/2026
================================

Liebe Personalverantwortliche,

zur Jahresmitte drei Themen:

1. Betriebsrentenstärkungsgesetz II in Kraft
   Opting-out ist jetzt auch ohne Tarifvertrag möglich. Unsere Muster-
   Betriebsvereinbarung erhalten Sie bei Ihrer Betreuerin.

2. Abfindungsgrenze 2026
   Kleinstanwartschaften bis 1 % der Bezugsgröße (39,55 EUR Monatsrente)
   dürfen beim Ausscheiden abgefunden werden.

3. Statistik aus unserem Bestand
   Ø Entgeltumwandlung: 142 EUR/Monat; 31 % der Beschäftigten unter
   30 Jahren nutzen die bAV, bei den über 50-Jährigen sind es 58 %.
   Häufigster Grund für Beitragsfreistellungen: Elternzeit (46 %), vor
   Krankengeldbezug (22 %) und Arbeitgeberwechsel (19 %).

Sie erhalten diesen Newsletter als Personalverantwortliche/r eines
Lindenhof-Firmenkunden. Abmelden:
https://firmenportal.lindenhof-leben.example/newsletter/abmelden
"""
    msg = build(200, "Lindenhof Firmenkunden-Newsletter <newsletter@lindenhof-leben.example>",
                "undisclosed-recipients:;", "bAV-Update 3/2026: BRSG II, Abfindungsgrenze, Zahlen",
                "2026-07-27 07:30:00", body, headers=[("List-Unsubscribe", "<https://firmenportal.lindenhof-leben.example/newsletter/abmelden>"), ("Precedence", "bulk")])
    return msg, "NORMAL", "de", "newsletter", "trap: statistics on salary conversion and sickness-benefit suspensions, no person"


# ---------------------------------------------------------------- build & check

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")


def build_all():
    random.seed(NN)
    _odf_warmup()
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, fn in enumerate(REGISTRY, start=1):
        assert fn.__name__ == f"m{i:03d}", (fn.__name__, i)
        msg, label, lang, kind, reason = fn()
        assert label in LABELS and lang in LANGS, (fn.__name__, label, lang)
        assert "\t" not in reason and "\n" not in reason
        name = f"d{NN}-{i:04d}.eml"
        files[name] = msg.as_bytes(policy=SMTP)
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    labels = ("\n".join(rows) + "\n").encode("utf-8")
    return files, labels


def write_all():
    files, labels = build_all()
    out = HERE / "mails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, data in files.items():
        (out / name).write_bytes(data)
    (HERE / "labels.tsv").write_bytes(labels)
    print(f"wrote {len(files)} mails")


def _check_attachment(fname, data, where):
    ext = fname.rsplit(".", 1)[-1].lower()
    bio = io.BytesIO(data)
    if ext == "pdf":
        from pypdf import PdfReader
        text = "".join(p.extract_text() or "" for p in PdfReader(bio).pages)
        assert len(text.strip()) > 20, f"{where}: PDF {fname} without text layer"
    elif ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(bio)
        assert any(ws.max_row > 0 for ws in wb.worksheets), where
    elif ext == "docx":
        import docx
        d = docx.Document(bio)
        assert d.paragraphs or d.tables, where
    elif ext in ("odt", "ods"):
        from odf.opendocument import load
        load(bio)
    elif ext == "ics":
        from icalendar import Calendar
        Calendar.from_ical(data)
    elif ext == "zip":
        with zipfile.ZipFile(bio) as z:
            assert z.testzip() is None, where
            for info in z.infolist():
                _check_attachment(info.filename, z.read(info.filename), f"{where}/{fname}")
    elif ext in ("csv", "txt"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("windows-1252")
    elif ext == "eml":
        m = BytesParser(policy=_policy.default).parsebytes(data)
        assert m["From"], where
    else:
        raise AssertionError(f"{where}: unknown attachment type {fname}")


def _check_msg(msg, where):
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        ctype = part.get_content_type()
        if part.get_content_maintype() == "multipart":
            continue
        if ctype == "message/rfc822":
            continue
        fname = part.get_filename()
        if fname:
            _check_attachment(fname, part.get_payload(decode=True), where)
        elif part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            part.get_payload(decode=True).decode(cs)
            part.get_content()


def check():
    a_files, a_labels = build_all()
    b_files, b_labels = build_all()
    assert a_files == b_files and a_labels == b_labels, "build is not deterministic"
    disk = {p.name: p.read_bytes() for p in (HERE / "mails").glob("*.eml")}
    assert set(disk) == set(a_files), "mails/ differs from the generator (file set)"
    for name, data in a_files.items():
        assert disk[name] == data, f"{name} differs from mails/"
    assert (HERE / "labels.tsv").read_bytes() == a_labels, "labels.tsv differs"
    assert len(a_files) == 200, len(a_files)
    mids = set()
    counts = {}
    for name, data in sorted(a_files.items()):
        assert re.search(rb"(?<!\r)\n", data) is None, f"{name}: bare LF"
        assert re.search(rb"\r(?!\n)", data) is None, f"{name}: bare CR"
        for line in data.split(b"\r\n"):
            assert len(line) <= 998, f"{name}: line longer than 998 octets"
        msg = BytesParser(policy=_policy.default).parsebytes(data)
        mid = msg["Message-ID"]
        assert mid and mid.startswith(f"<d{NN}-{name[4:8]}."), f"{name}: Message-ID {mid}"
        assert mid not in mids, f"{name}: duplicate Message-ID"
        mids.add(mid)
        for h in ("From", "To", "Subject", "Date"):
            assert msg[h] is not None, f"{name}: missing {h}"
        _check_msg(msg, name)
    rows = a_labels.decode("utf-8").splitlines()
    assert rows[0] == "file\tlabel\tlang\tkind\treason"
    for r in rows[1:]:
        f, label, lang, kind, reason = r.split("\t")
        counts[(label, lang)] = counts.get((label, lang), 0) + 1
    for label in LABELS:
        print(label, {lg: counts.get((label, lg), 0) for lg in LANGS},
              sum(counts.get((label, lg), 0) for lg in LANGS))
    print("check OK")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write_all()
