#!/usr/bin/env python3
"""Generator for the Siegel development corpus dev43 (theme: PKV member service / claims).

Every mail is written out by hand in its own section below (``@section(n, ...)``).
The helpers at the top only build MIME structure and attachment containers; they
never invent content.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds twice, compares byte for byte, validates

Attachment libraries: openpyxl, python-docx, odfpy, fpdf2, pypdf (see README.md).
"""
import argparse
import csv
import datetime as _dt
import email
import hashlib
import io
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from zoneinfo import ZoneInfo

NN = 43
SEED = 43
HERE = os.path.dirname(os.path.abspath(__file__))
BER = ZoneInfo("Europe/Berlin")
SMTP = policy.SMTP
FIXED_ZIP_TIME = (2026, 1, 2, 8, 0, 0)

SECTIONS = {}          # n -> (label, lang, kind, reason, function)
_CUR = {"n": 0}


def section(n, label, lang, kind, reason):
    """Register one hand-written mail."""
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        assert n not in SECTIONS, n
        SECTIONS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco


# ----------------------------------------------------------------- MIME helpers

def date(s):
    """'2026-03-14 09:12' (local time in Germany) -> RFC 5322 date with CET/CEST offset."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BER)
    return format_datetime(d)


def new(frm, to, subject, when, cc=None, mid=None, irt=None, refs=None, extra=(),
        reply_to=None):
    """Start a message with headers in a fixed order."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date(when)
    if mid is None:
        dom = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
        stamp = when.replace("-", "").replace(" ", "").replace(":", "")
        h = hashlib.sha1(f"{NN}-{_CUR['n']}-{subject}".encode()).hexdigest()[:10]
        mid = f"<{stamp}.{h}.d{NN}{_CUR['n']:04d}@{dom}>"
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    for k, v in extra:
        m[k] = v
    return m


def body(m, text, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False):
    if cte == "7bit":
        assert text.isascii(), f"mail {_CUR['n']}: 7bit body is not ASCII"
    m.set_content(text, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        m.set_param("format", "flowed")


def alt(m, html, charset="utf-8", cte="quoted-printable"):
    m.add_alternative(html, subtype="html", charset=charset, cte=cte)


def attach(m, filename, data, mime, charset=None, params=None, disposition="attachment"):
    """Attach bytes (or str for text types) under the given MIME type."""
    maintype, subtype = mime.split("/")
    if isinstance(data, str):
        assert maintype == "text"
        m.add_attachment(data, subtype=subtype, charset=charset or "utf-8",
                         cte="quoted-printable" if (charset or "utf-8") == "utf-8" else "base64",
                         filename=filename, disposition=disposition, params=params or {})
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                         disposition=disposition, params=params or {})


def attach_text_bytes(m, filename, raw, mime, charset):
    """Attach an already encoded text file (e.g. a windows-1252 CSV) as base64."""
    maintype, subtype = mime.split("/")
    m.add_attachment(raw, maintype=maintype, subtype=subtype, filename=filename)
    part = m.get_payload()[-1]
    part.set_param("charset", charset)


def attach_mail(m, inner):
    """Attach a complete message as message/rfc822."""
    m.add_attachment(inner)


def finish(m, n, style):
    """Give every multipart a fixed boundary, in the style of the sending mail program."""
    rng = random.Random(SEED * 100000 + n)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            r = rng.getrandbits(48)
            if style == "outlook":
                b = f"_{i:03d}_KRPKV{n:04d}{r:012X}_"
            elif style == "thunderbird":
                b = f"------------{r:012x}{n:04d}{i:02d}0d43"
            elif style == "apple":
                b = f"Apple-Mail={r:012X}-{n:04d}-{i}"
            elif style == "web":
                b = f"----=_Part_{n}_{i}.{r:015d}"
            else:
                b = f"===============d43{n:04d}{i:02d}{r:012x}=="
            part.set_boundary(b)
            i += 1
    return m


# ------------------------------------------------------------- attachment helpers

def fixzip(data):
    """Rewrite a ZIP container with fixed timestamps (keeps member order and compression)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-02T08:00:00Z", data)
            dst.writestr(zi, data)
    return out.getvalue()


def zipf(members):
    """members: [(name, bytes)] -> ZIP bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def xlsx(sheets, author="Kranich PKV"):
    """sheets: [(title, rows)] with rows as lists of cell values."""
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    t = _dt.datetime(2026, 1, 2, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = t
    wb.properties.modified = t
    b = io.BytesIO()
    wb.save(b)
    return fixzip(b.getvalue())


def docx_file(paras, author="Kranich PKV", table=None):
    """paras: list of str, or ('h1'|'h2', text); table: rows (first row header) appended at the end."""
    import docx
    d = docx.Document()
    for p in paras:
        if isinstance(p, tuple):
            d.add_heading(p[1], level=1 if p[0] == "h1" else 2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime(2026, 1, 2, 8, 0, 0)
    cp.modified = _dt.datetime(2026, 1, 2, 8, 0, 0)
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    return fixzip(b.getvalue())


def odt_file(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf.element import Element
    Element.namespaces.clear()   # odfpy keeps namespaces in a class attribute; start clean
    doc = OpenDocumentText()
    for p in paras:
        if isinstance(p, tuple):
            doc.text.addElement(H(outlinelevel=1, text=p[1]))
        else:
            doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.write(b)
    return fixzip(b.getvalue())


def ods_file(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    from odf.element import Element
    Element.namespaces.clear()   # odfpy keeps namespaces in a class attribute; start clean
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c = TableCell(valuetype="float", value=v)
                else:
                    c = TableCell(valuetype="string")
                c.addElement(P(text=str(v)))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    b = io.BytesIO()
    doc.write(b)
    return fixzip(b.getvalue())


def pdf_file(lines, title="", size=10):
    """A one- or multi-page PDF with a real text layer; '' = empty line, ('b', s) = bold line."""
    import fpdf
    p = fpdf.FPDF(format="A4")
    p.core_fonts_encoding = "windows-1252"
    p.set_creation_date(_dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=_dt.timezone.utc))
    if title:
        p.set_title(title)
    p.set_author("")
    p.add_page()
    p.set_margins(20, 20, 20)
    p.set_font("helvetica", size=size)
    for ln in lines:
        if isinstance(ln, tuple):
            p.set_font("helvetica", style="B", size=size + 1)
            p.multi_cell(0, 6, text=ln[1], new_x="LMARGIN", new_y="NEXT")
            p.set_font("helvetica", size=size)
        elif ln == "":
            p.ln(4)
        else:
            p.multi_cell(0, 5, text=ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def crlf(s):
    """Text files that are CRLF by their format (ICS, Windows CSV)."""
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# Legal footers as the mail servers of the senders append them.
FOOT_KRANICH = """\
--
Kranich Private Krankenversicherung AG
Am Kranichteich 4, 48149 Münster
Sitz der Gesellschaft: Münster, Amtsgericht Münster HRB 40417
Vorstand: Dr. Helmut Achterberg (Vorsitzender), Sabine Oltmanns, Jörg Weitkamp
Vorsitzender des Aufsichtsrats: Peter Rühl"""

FOOT_KRANICH_EN = """\
--
Kranich Private Krankenversicherung AG
Am Kranichteich 4, 48149 Münster, Germany
Registered office: Münster, Local Court of Münster HRB 40417
Management Board: Dr. Helmut Achterberg (Chair), Sabine Oltmanns, Jörg Weitkamp"""

FOOT_ALLG = """\
--
Kranich Allgemeine Versicherung AG · Am Kranichteich 6 · 48149 Münster
Amtsgericht Münster HRB 40522 · Vorstand: Martina Uphoff, Klaus Determann"""



# =================================================================== mails 0001-0020

@section(1, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "dentist invoice (root canal tooth 36, GOZ) with name and birth date only in the PDF; body just says 'Rechnung vom Zahnarzt'")
def _():
    m = new('"Sabine Kettler" <sabine.kettler@webpost.example>', "leistung@kranich-pkv.example",
            "Rechnung", "2026-01-07 07:42", extra=[("X-Mailer", "iPhone Mail (22C161)")])
    body(m, """\
Guten Morgen,

anbei die Rechnung vom Zahnarzt, bitte wie immer aufs bekannte Konto.
Versicherungsnummer 4 201 77 309

Danke und Gruß
Sabine Kettler

Von meinem iPhone gesendet
""")
    attach(m, "Rechnung_Dr_Lanwehr_12-2025.pdf", pdf_file([
        ("b", "Zahnarztpraxis Dr. med. dent. Frauke Lanwehr"),
        "Ludgeristraße 71, 48143 Münster · Tel. 0251 4470-12",
        "",
        "Frau Sabine Kettler, Sentruper Höhe 9a, 48149 Münster",
        "Patientin: Sabine Kettler, geb. 22.05.1979",
        "",
        ("b", "Rechnung Nr. 2025-3318 vom 29.12.2025"),
        "Behandlungszeitraum 02.12.2025 - 18.12.2025",
        "",
        "Datum      Zahn  GOZ   Leistung                                   Faktor   Betrag",
        "02.12.25   36    0090  Intraorale Infiltrationsanästhesie         2,3      7,76 €",
        "02.12.25   36    2390  Trepanation eines Zahnes                    2,3     14,88 €",
        "02.12.25   36    2410  Aufbereitung Wurzelkanal, je Kanal (3x)    3,5    111,48 €",
        "09.12.25   36    2420  Elektrometrische Längenbestimmung (3x)     2,3     27,15 €",
        "18.12.25   36    2440  Füllung eines Wurzelkanals (3x)            2,3    101,79 €",
        "18.12.25   36    Ä5000 Röntgen, Zahnfilm                          1,8      9,44 €",
        "",
        "Begründung Faktor 3,5 (GOZ 2410): stark gekrümmte, obliterierte Kanäle, erschwerte Aufbereitung.",
        "",
        "Rechnungsbetrag: 272,50 €",
        "Zahlbar innerhalb von 30 Tagen ohne Abzug.",
    ], title="Rechnung 2025-3318"), "application/pdf")
    return m


@section(2, "NORMAL", "de", "internal",
         "trap: monthly claims statistics with ICD chapters, oncology and psychotherapy, aggregated only (XLSX)")
def _():
    m = new('"Rensing, Oliver" <oliver.rensing@kranich-pkv.example>',
            '"Leitungskreis Leistung" <lk-leistung@kranich-pkv.example>',
            "Leistungsstatistik Januar 2026", "2026-02-09 16:05",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

anbei die Leistungsstatistik für Januar 2026 (Bestand Vollversicherung + Zusatz, ohne Pflege).

Kurz die Auffälligkeiten:
- Psychotherapie ambulant +14 % Belege ggü. Jan 2025, Betrag +19 %
- Krankenhaus: weniger Fälle, aber Fallkosten je Fall +8 %, Treiber ist Kapitel II (Neubildungen)
- Zahn: Implantate stabil, KFO saisonal niedrig
- Arzneimittel: GLP-1 jetzt schon bei 2,1 % des Arzneimittelvolumens

Alle Zahlen sind aggregiert, Zellen unter 10 Fällen sind mit "<10" ausgewiesen.
Die Detailauswertung nach Tarifen kommt mit dem Quartalsbericht.

Viele Grüße
Oliver

Oliver Rensing
Leistungscontrolling
Kranich Private Krankenversicherung AG
Tel. 0251 9810-4471
""")
    attach(m, "Leistungsstatistik_2026-01.xlsx", xlsx([
        ("Leistungsarten", [
            ["Leistungsart", "Belege Jan 2026", "Betrag EUR", "Veränd. Belege", "Veränd. Betrag"],
            ["Arzt ambulant", 48211, 6120440.15, "+3,1 %", "+4,4 %"],
            ["Psychotherapie", 3907, 1011210.00, "+14,0 %", "+19,2 %"],
            ["Arzneimittel", 61877, 5409980.37, "+6,8 %", "+9,9 %"],
            ["Heilmittel", 9120, 702338.40, "+2,2 %", "+5,0 %"],
            ["Hilfsmittel", 1488, 391004.12, "-1,0 %", "+1,7 %"],
            ["Zahnbehandlung", 15402, 2980114.55, "+0,4 %", "+2,1 %"],
            ["Zahnersatz/Implantate", 2290, 2417032.90, "+0,9 %", "+3,3 %"],
            ["Kieferorthopädie", 804, 411870.00, "-6,5 %", "-4,0 %"],
            ["Sehhilfen", 2731, 588213.60, "+1,8 %", "+2,9 %"],
            ["Krankenhaus stationär", 2188, 14870233.02, "-2,4 %", "+5,4 %"],
        ]),
        ("Krankenhaus nach ICD-Kapitel", [
            ["ICD-10-GM Kapitel", "Fälle", "Betrag EUR", "Ø je Fall"],
            ["II Neubildungen (C00-D48)", 301, 3566021.80, 11847.25],
            ["IX Kreislaufsystem (I00-I99)", 288, 2270914.44, 7885.12],
            ["XIII Muskel-Skelett-System (M00-M99)", 352, 2412880.10, 6854.77],
            ["XIX Verletzungen (S00-T98)", 219, 1170345.00, 5344.04],
            ["V Psychische Störungen (F00-F99)", 97, 1322108.35, 13630.00],
            ["XV Schwangerschaft, Geburt (O00-O99)", 143, 611002.90, 4272.75],
            ["übrige Kapitel", 788, 3516960.43, 4463.15],
            ["Seltene Kapitel zusammengefasst", "<10", "-", "-"],
        ]),
    ], author="Oliver Rensing"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@section(3, "CONFIDENTIAL", "de", "applicant-to-insurer",
         "job application; birth date, address and salary expectation only in the attached CV (DOCX); no health data")
def _():
    m = new('"Lena Hüsing" <lena.huesing@mailbox-nord.example>', "bewerbung@kranich-pkv.example",
            "Bewerbung als Sachbearbeiterin Leistungsabrechnung (Kennziffer L-2026-04)", "2026-01-12 21:17",
            extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")])
    body(m, """\
Sehr geehrte Frau Kötter,

auf Ihre Stellenanzeige im Karriereportal bewerbe ich mich hiermit als
Sachbearbeiterin in der Leistungsabrechnung (Kennziffer L-2026-04).

Nach meiner Ausbildung zur Medizinischen Fachangestellten arbeite ich seit
sechs Jahren in einer internistischen Gemeinschaftspraxis und betreue dort
unter anderem die Privatabrechnung nach GOÄ. Die Arbeit mit
Abrechnungsfragen macht mir viel Freude, und ich möchte mich jetzt gern auf
die Seite des Versicherers wechseln.

Meinen Lebenslauf und das Anschreiben finden Sie im Anhang. Über eine
Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Lena Hüsing
""", cte="8bit", flowed=True)
    attach(m, "Lebenslauf_Lena_Huesing.docx", docx_file([
        ("h1", "Lebenslauf"),
        "Lena Hüsing",
        "Hammer Straße 212, 48153 Münster",
        "Telefon 0176 2290 4418 · lena.huesing@mailbox-nord.example",
        "Geboren am 17.09.1996 in Rheine, ledig",
        ("h2", "Berufserfahrung"),
        "seit 08/2019  Medizinische Fachangestellte, Internistische Gemeinschaftspraxis Dres. Brüning & Tacke, Münster – Privatabrechnung GOÄ, Praxisorganisation",
        "08/2016 – 07/2019  Ausbildung zur Medizinischen Fachangestellten, Hausarztpraxis Dr. Schwering, Rheine",
        ("h2", "Weiterbildung"),
        "2023  Zertifikat „Privatliquidation nach GOÄ“, Ärztekammer Westfalen-Lippe",
        ("h2", "Sonstiges"),
        "Führerschein Klasse B, Englisch gut, MS Office sicher",
        "Gehaltsvorstellung: 44.000 € brutto jährlich, Eintritt frühestens zum 01.04.2026",
        "Münster, 12.01.2026",
    ], author="Lena Hüsing"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


@section(4, "NORMAL", "de", "internal",
         "IT maintenance notice for the claims system")
def _():
    m = new('"IT-Betrieb Kranich" <it-betrieb@kranich-pkv.example>',
            '"Alle Mitarbeitenden Leistung" <leistung-alle@kranich-pkv.example>',
            "Wartungsfenster KLARA am Samstag, 24.01.2026, 06:00–14:00 Uhr", "2026-01-20 10:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

am Samstag, 24.01.2026, spielen wir zwischen 06:00 und 14:00 Uhr das
Release 26.1 in das Leistungssystem KLARA ein. In dieser Zeit sind
KLARA, die Belegerfassung und die Dunkelverarbeitung nicht verfügbar.
Der Scan-Eingang läuft weiter, die Belege werden ab Samstagnachmittag
nachverarbeitet.

Was sich für euch ändert:
- neue Maske für Heil- und Kostenpläne (Zahn) mit Regionsschema
- GOÄ-Prüfregeln auf Stand 01/2026
- Export der Bearbeitungsliste nach Excel wieder möglich

Bitte meldet Auffälligkeiten ab Montag über das Ticketsystem,
Kategorie "KLARA Release 26.1".

Viele Grüße
Henrik Baumeister
IT-Betrieb / Anwendungsbetreuung Leistung
""")
    return m


@section(5, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
         "international student asks for a proof of her health insurance for enrolment; no medical word, but a named person's health contract")
def _():
    m = new('"Nguyen Thi Lan" <lan.nguyen.ms@unimail-muenster.example>', "international@kranich-pkv.example",
            "Insurance confirmation for university enrolment", "2026-01-08 14:55",
            extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    body(m, """\
Dear Sir or Madam,

I am a Master student (Molecular Biomedicine) and I need a confirmation of my
health insurance for the enrolment office of the university. They told me
private insurance is okay but I must bring a letter from you that says I am
exempt from the statutory insurance ("Befreiung").

My details:
Name: Nguyen Thi Lan
Policy number: KS 7742018 (tariff Campus Start)
Matriculation no.: 519 330 7

Could you please send the letter to this email or upload it in the portal?
The deadline at the university is 23 January.

Thank you very much!
Lan
""", cte="7bit")
    return m


@section(6, "NORMAL", "en", "newsletter",
         "trap: industry newsletter on GLP-1 drug spend, obesity prevalence and cancer-drug trends, no person")
def _():
    m = new('"MedCost Insights" <newsletter@medcost-insights.example>', "marco.lindqvist@kranich-pkv.example",
            "MedCost Weekly #4/2026: GLP-1 spend, oncology pipeline, hospital price index",
            "2026-01-22 06:00",
            extra=[("List-Unsubscribe", "<https://medcost-insights.example/u/8f31c2>"),
                   ("Precedence", "bulk"), ("X-Mailer", "MailerQ 5.12")])
    body(m, """\
MedCost Weekly - issue 4/2026

1) GLP-1 receptor agonists: spend keeps climbing
Across the 14 European payers in our panel, semaglutide and tirzepatide now
account for 3.4 % of outpatient drug spend, up from 1.9 % a year ago. Adult
obesity prevalence in the panel countries ranges from 14 % to 28 %.

2) Oncology pipeline
Eleven new cancer medicines are expected to reach the German market in 2026,
seven of them for lung and breast cancer. Average annual therapy cost at
launch: EUR 96,000.

3) Hospital price index
Base rates in German hospitals rise by 3.2 % on average for 2026.

You receive this newsletter because you subscribed at medcost-insights.example.
Unsubscribe: https://medcost-insights.example/u/8f31c2
MedCost Insights Ltd, 40 Harbour Walk, Dublin 2, Ireland
""", cte="7bit")
    alt(m, """\
<html><body style="font-family:Arial,sans-serif">
<h2>MedCost Weekly &ndash; issue 4/2026</h2>
<h3>1) GLP-1 receptor agonists: spend keeps climbing</h3>
<p>Across the 14 European payers in our panel, semaglutide and tirzepatide now account for
<b>3.4&nbsp;%</b> of outpatient drug spend, up from 1.9&nbsp;% a year ago. Adult obesity prevalence
in the panel countries ranges from 14&nbsp;% to 28&nbsp;%.</p>
<h3>2) Oncology pipeline</h3>
<p>Eleven new cancer medicines are expected to reach the German market in 2026, seven of them
for lung and breast cancer. Average annual therapy cost at launch: EUR&nbsp;96,000.</p>
<h3>3) Hospital price index</h3>
<p>Base rates in German hospitals rise by 3.2&nbsp;% on average for 2026.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed at
medcost-insights.example. <a href="https://medcost-insights.example/u/8f31c2">Unsubscribe</a><br>
MedCost Insights Ltd, 40 Harbour Walk, Dublin 2, Ireland</p>
</body></html>
""")
    return m


@section(7, "CONFIDENTIAL", "de", "doctor-to-insurer",
         "freelance medical expert (natural person) gives new bank account for his fees; no patient")
def _():
    m = new('"Dr. Reinhard Kamp" <praxis@orthopaedie-kamp.example>', "gutachten@kranich-pkv.example",
            "Neue Bankverbindung für Gutachtenhonorare", "2026-01-14 18:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

zum 1. Februar wechsle ich mit meiner Praxis die Bank. Bitte überweisen Sie
die Honorare für meine Gutachten ab sofort nur noch auf folgendes Konto:

Kontoinhaber: Dr. med. Reinhard Kamp
IBAN: DE45 4617 7958 9595 2086 32
Bank: Volksbank Sauerland-Münsterland eG

Das alte Konto bei der Sparkasse wird zum 28.02. aufgelöst. Offene
Rechnungen aus Dezember und Januar können noch dorthin gehen.

Mit freundlichen Grüßen

Dr. med. Reinhard Kamp
Facharzt für Orthopädie und Unfallchirurgie
Praxis am Prinzipalmarkt
Prinzipalmarkt 18, 48143 Münster
Tel. 0251 5390-0
""")
    return m


@section(8, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
         "premium arrears reminder for a named customer's comprehensive health contract (emergency tariff warning); no medical word")
def _():
    m = new('"Kranich PKV Beitragsservice" <beitrag@kranich-pkv.example>', '"Andreas Pelster" <a.pelster@freenet-post.example>',
            "Zahlungserinnerung zu Ihrem Vertrag 3 118 204 55", "2026-01-16 09:12",
            extra=[("X-Mailer", "Kranich Korrespondenz 4.2")])
    body(m, """\
Sehr geehrter Herr Pelster,

leider konnten wir die Beiträge für Ihre Krankheitskostenvollversicherung
(Vertrag 3 118 204 55) für die Monate November und Dezember 2025 sowie
Januar 2026 nicht einziehen. Ihre Bank hat die Lastschriften mangels
Deckung zurückgegeben.

Offener Betrag einschließlich Rücklastschriftgebühren: 1.284,60 €

Bitte überweisen Sie den Betrag bis zum 30.01.2026 auf unser Konto bei der
Münsterländer Bank (IBAN DE62 8519 0422 7083 1090 99), Verwendungszweck
3 118 204 55.

Bitte beachten Sie: Bleibt der Rückstand bestehen, sind wir nach § 193
Abs. 6 VVG verpflichtet, das Mahnverfahren fortzusetzen. Am Ende dieses
Verfahrens ruhen die Leistungen aus Ihrem Vertrag und Sie werden im
Notlagentarif weiterversichert. Das möchten wir gemeinsam mit Ihnen
vermeiden. Wenn Sie vorübergehend in Zahlungsschwierigkeiten sind, rufen
Sie uns an; wir können eine Ratenzahlung vereinbaren.

Freundliche Grüße

Ihr Beitragsservice
Kranich Private Krankenversicherung AG
Telefon 0251 9810-200 (Mo–Fr 8–18 Uhr)

""" + FOOT_KRANICH + "\n")
    return m


@section(9, "NORMAL", "de", "internal",
         "colleague absent this week without a reason; cover arrangement")
def _():
    m = new('"Brinkmann, Tobias" <tobias.brinkmann@kranich-pkv.example>',
            '"Team Ambulant 2" <team-ambulant2@kranich-pkv.example>',
            "Vertretung diese Woche", "2026-01-19 08:03",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Moin zusammen,

Miriam fällt diese Woche aus. Ihre Buchstaben (K–M) übernehmen bitte
Jana (K, L) und Sven (M). Die Wiedervorlagen von Miriam habe ich auf mich
umgehängt, dringende Rückrufe bitte direkt an mich.

Danke euch!
Tobias
""", cte="8bit")
    return m


@section(10, "NORMAL", "de", "internal",
         "trap: blank rejection-letter template for glasses frames with «placeholders» for name, diagnosis and tariff (DOCX)")
def _():
    m = new('"Demir, Aylin" <aylin.demir@kranich-pkv.example>',
            '"Team Zahn/Optik" <team-zahn-optik@kranich-pkv.example>',
            "Neue Textvorlage Sehhilfen – bitte ab Februar verwenden", "2026-01-21 13:44",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo ihr Lieben,

die Rechtsabteilung hat die Vorlage für Teilablehnungen bei Brillengestellen
überarbeitet (neuer Absatz zum Tarifhöchstbetrag, Hinweis auf Ombudsmann).
Bitte ab 01.02. nur noch diese Vorlage nehmen, die alte ist dann aus dem
Textsystem raus.

Die Felder in «» füllt das Textsystem automatisch.

LG Aylin
""")
    attach(m, "Vorlage_SEH_04_Teilablehnung_Gestell.docx", docx_file([
        ("h1", "Vorlage SEH-04 – Teilablehnung Brillengestell"),
        "«Anrede» «Vorname» «Nachname»",
        "«Straße»",
        "«PLZ» «Ort»",
        "Versicherungsnummer: «VSNR»        Tarif: «Tarif»",
        "«Anrede_Brief»,",
        "vielen Dank für die Einreichung der Rechnung von «Optiker» vom «Rechnungsdatum» über «Betrag» €.",
        "Für Brillengläser haben wir «Betrag_Glaeser» € erstattet. Für das Brillengestell sieht Ihr Tarif «Tarif» "
        "keine Leistung vor bzw. ist der Höchstbetrag von «Hoechstbetrag» € innerhalb von «Zeitraum» Jahren "
        "bereits ausgeschöpft.",
        "Die Verordnung wegen «Diagnose_Text» («ICD») haben wir berücksichtigt.",
        "Sind Sie mit unserer Entscheidung nicht einverstanden, können Sie sich an den Ombudsmann Private Kranken- "
        "und Pflegeversicherung wenden.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ], author="Aylin Demir"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


@section(11, "STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
         "hospital requests cost coverage for a planned hip replacement: patient, birth date, ICD M16.1, chief-physician treatment")
def _():
    m = new('"Patientenverwaltung St. Mauritz" <aufnahme@klinikum-stmauritz.example>', "klinik@kranich-pkv.example",
            "Kostenübernahmeantrag – Aufnahme 09.02.2026 – Ihr Versicherter Herr Bernhard Thiemann",
            "2026-01-26 11:38", mid="<20260126113800.KUE-4471@klinikum-stmauritz.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

für Ihren Versicherten bitten wir um Kostenübernahme für die folgende
geplante stationäre Behandlung:

Patient:            Herr Bernhard Thiemann, geb. 03.11.1958
Anschrift:          Kanalstraße 140, 48147 Münster
Vers.-Nr.:          2 904 551 18
Aufnahme:           09.02.2026, Klinik für Orthopädie
Voraussichtl. VD:   7 Tage
Diagnose:           M16.1 Sonstige primäre Koxarthrose, rechts
Geplante OP:        Implantation einer Hüft-Totalendoprothese rechts (OPS 5-820.00)
Wahlleistungen:     Chefarztbehandlung (Prof. Dr. Venhaus), Zweibettzimmer

Die Wahlleistungsvereinbarung liegt unterschrieben vor. Bitte senden Sie
die Kostenübernahmeerklärung an diese Adresse oder per Fax an
0251 933-4410.

Mit freundlichen Grüßen
i. A. Monika Gerdemann
Patientenverwaltung / Kostenträgerkommunikation

Clemenshospital St. Mauritz gGmbH
Mauritz-Lindenweg 61, 48145 Münster
Geschäftsführung: Dipl.-Kfm. Arno Lütkehaus
Amtsgericht Münster HRB 30815
""")
    return m


@section(12, "CONFIDENTIAL", "en", "prospect-to-insurer",
         "prospective international student asks for a quote with name, birth date and nationality; not insured yet, no health data")
def _():
    m = new('"Arjun Raghunathan" <arjun.r2001@quickmail.example>', "international@kranich-pkv.example",
            "Quote for student health insurance - starting October 2026", "2026-01-27 19:02",
            extra=[("User-Agent", "Mozilla/5.0 (Android 14) Webmail")])
    body(m, """\
Hello,

I got admission for the M.Sc. Computer Science at Universität Münster
starting 1 October 2026 and I have to show health insurance for the visa
appointment at the German consulate in Chennai.

Name: Arjun Raghunathan
Date of birth: 03/02/2001
Nationality: Indian
Planned arrival: 15 September 2026

I am not insured in Germany yet. Could you tell me the monthly price of
your student tariff for someone aged 25 and which documents you need? Is
it accepted by the Ausländerbehörde?

Thanks and regards
Arjun
""", cte="8bit")
    return m


@section(13, "NORMAL", "en", "insurer-to-supplier",
         "scheduling a product demo with a document-capture vendor")
def _():
    m = new('"Kuhlmann, Daniel" <daniel.kuhlmann@kranich-pkv.example>', '"Priya Shah" <priya.shah@docusense.example>',
            "RE: DocuSense capture demo - new date", "2026-01-28 15:26",
            irt="<CAF7d2a1.44019@docusense.example>", refs="<CAF7d2a1.44019@docusense.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hi Priya,

thanks for the quick reply. Tuesday 10 February, 10:00-11:30 CET works for
us. We'll be five people: two from claims, two from IT and me from
procurement. Please bring the German invoice samples you mentioned (dummy
documents only, we can't give you real ones before the contract is signed).

Teams link is fine, I'll send the invite.

Best regards
Daniel

Daniel Kuhlmann
Einkauf / Procurement
Kranich Private Krankenversicherung AG

-----Original Message-----
From: Priya Shah <priya.shah@docusense.example>
Sent: Wednesday, January 28, 2026 11:02 AM
To: Kuhlmann, Daniel <daniel.kuhlmann@kranich-pkv.example>
Subject: DocuSense capture demo - new date

Hi Daniel,
unfortunately our product lead is travelling on 3 February. Could we move
the demo to the following week (10 or 11 February)?
Kind regards, Priya
""", cte="7bit")
    return m


@section(14, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "chemotherapy approval for a named customer only in the subject; body 'siehe Betreff'")
def _():
    m = new('"Overbeck, Jens" <jens.overbeck@kranich-pkv.example>', '"Dr. Sandmann, Ulrike" <ulrike.sandmann@kranich-pkv.example>',
            "Fall Brandtner – Chemo Zyklus 4 genehmigt?", "2026-01-29 12:51",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Ulrike,

siehe Betreff – die Klinik ruft schon zum zweiten Mal an. Akte liegt in
deinem Korb.

Danke
Jens
""", cte="8bit")
    return m


@section(15, "NORMAL", "de", "internal",
         "trap: ICD-10-GM 2026 code changes for the claims rule engine, no person")
def _():
    m = new('"Ines Borchert" <ines.borchert@kranich-pkv.example>',
            '"Regelwerk KLARA" <regelwerk@kranich-pkv.example>',
            "ICD-10-GM 2026: Anpassungen Prüfregeln", "2026-01-05 09:40",
            cc='"Baumeister, Henrik" <henrik.baumeister@kranich-pkv.example>',
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

das BfArM hat die ICD-10-GM 2026 veröffentlicht, gültig seit 01.01.2026.
Für unser Regelwerk sind nach erster Durchsicht folgende Punkte relevant:

1. Neue fünfstellige Kodes in einigen Kapiteln – unsere Regeln prüfen
   teilweise auf exakte Vierstelligkeit (z. B. Regel AMB-117 zur
   Psychotherapie-Genehmigung). Bitte auf Präfixprüfung umstellen.
2. Zusatzkennzeichen G/V/Z/A bleiben unverändert; R/L/B (Seitenlokalisation)
   müssen bei Hilfsmitteln weiter ausgewertet werden.
3. Die Mapping-Tabelle ICD -> Leistungsgruppe (Tabelle LG_ICD) braucht
   einen Jahresstand 2026; bis dahin läuft 2025 weiter.

Ich schlage vor, wir gehen die Liste am Donnerstag in der Regelwerksrunde
durch. Testfälle bitte nur mit den synthetischen Testversicherten aus der
Testumgebung.

Viele Grüße
Ines

Ines Borchert
Produkt- und Tarifmanagement / Regelwerk
""")
    return m


@section(16, "CONFIDENTIAL", "de", "internal",
         "HR sends a new trainee's payroll data: birth date, tax ID, IBAN")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', '"Entgeltabrechnung" <entgelt@kranich-pkv.example>',
            "Neueinstellung zum 01.02. – Stammdaten Feldkamp", "2026-01-23 14:10",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Schlattmann,

für den neuen Auszubildenden im Leistungsbereich hier die Stammdaten für
die Entgeltabrechnung:

Name:              Jasper Feldkamp
Geburtsdatum:      11.06.2007
Anschrift:         Am Pulverschuppen 3, 48165 Münster-Hiltrup
Steuer-ID:         57 184 920 336
Steuerklasse:      1
Konfession:        keine Angabe
IBAN:              DE33 3481 8579 1696 1690 48
Eintritt:          01.02.2026, Ausbildungsvergütung 1. Jahr lt. Tarif

Die Mitgliedsbescheinigung der Krankenkasse reicht er nach.

Danke und viele Grüße
Sandra Kötter
Personalservice
""")
    return m


@section(17, "NORMAL", "de", "internal",
         "canteen menu of the week")
def _():
    m = new('"Betriebsrestaurant" <kantine@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Speiseplan KW 6", "2026-01-30 11:00")
    body(m, """\
Speiseplan KW 6 (02.02.–06.02.2026)

Mo  Grünkohl mit Mettwurst / vegetarisch: Grünkohl mit Räuchertofu
Di  Hähnchen-Curry mit Basmatireis / Linsen-Dal
Mi  Pfannkuchen mit Apfelmus (Dessertbuffet entfällt)
Do  Schweinegeschnetzeltes, Spätzle / Käsespätzle
Fr  Backfisch mit Kartoffelsalat / Gemüsebratlinge

Salatbar und Suppe täglich. Allergene hängen wie immer an der Ausgabe aus.

Guten Appetit!
Ihr Team vom Betriebsrestaurant
""", cte="8bit")
    return m


@section(18, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
         "expat claim settlement in Singapore: physiotherapy after shoulder surgery, exchange rate; German reply over English customer mail")
def _():
    m = new('"Lindqvist, Marco" <marco.lindqvist@kranich-pkv.example>', '"Tobias Egbers" <tobias.egbers@sgmail.example>',
            "AW: claim physio Singapore – your reimbursement", "2026-02-03 08:47",
            irt="<SG20260201.7731@sgmail.example>", refs="<SG20260201.7731@sgmail.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Herr Egbers,

da Sie mir auf Englisch geschrieben haben, antworte ich kurz auf Deutsch und
unten noch einmal auf Englisch – wie es Ihnen lieber ist.

Wir haben die 12 Physiotherapie-Termine bei Orchard Physio Clinic nach
Ihrer Schulter-OP (Rekonstruktion der Rotatorenmanschette im November) voll
erstattet. Umgerechnet wurde mit dem Kurs des jeweiligen Rechnungsdatums:
SGD 1,680.00 = EUR 1.176,42. Die Überweisung geht heute raus.

English: We reimbursed all 12 physiotherapy sessions after your rotator cuff
repair in full (SGD 1,680.00 = EUR 1,176.42 at the invoice-date rates).
Payment is on its way today.

Viele Grüße / kind regards
Marco Lindqvist
International Service

-----Ursprüngliche Nachricht-----
Von: Tobias Egbers <tobias.egbers@sgmail.example>
Gesendet: Sonntag, 1. Februar 2026 04:12
An: international@kranich-pkv.example
Betreff: claim physio Singapore

Hi, I uploaded the physio invoices from Orchard Physio (12 sessions) three
weeks ago. My shoulder is much better but I have not seen any money yet.
Policy KG 5530914. Could you check? Thanks, Tobias
""", cte="quoted-printable")
    return m


@section(19, "CONFIDENTIAL", "de", "broker-to-insurer",
         "sole-trader broker sends new tax number and new IBAN for his commission")
def _():
    m = new('"Versicherungsbüro Heuer" <info@vb-heuer.example>', "maklerbetreuung@kranich-pkv.example",
            "Änderung Steuernummer + Bankverbindung Courtage (Vermittler-Nr. 40 2219)", "2026-02-02 17:35",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Pohl,

nach meinem Umzug ins neue Büro in Telgte ist jetzt das Finanzamt Warendorf
zuständig. Meine neue Steuernummer lautet 322/5093/4417.

Bitte zahlen Sie die Courtage ab der Februar-Abrechnung auf mein
Geschäftskonto:
Kontoinhaber: Markus Heuer
IBAN DE63 7972 1953 9823 3133 44

Kleinunternehmer bin ich nicht mehr, die Courtage ist aber ohnehin
umsatzsteuerfrei (§ 4 Nr. 11 UStG).

Besten Dank und Gruß
Markus Heuer

Versicherungsbüro Markus Heuer
Versicherungsmakler nach § 34d Abs. 1 GewO, Reg.-Nr. D-4R7T-KK210-33
Steinstraße 2, 48291 Telgte
""")
    return m


@section(20, "NORMAL", "de", "insurer-to-broker",
         "trap: premium adjustment information for brokers with average changes per tariff and claims drivers (cancer drugs), no person")
def _():
    m = new('"Kranich PKV Maklerservice" <maklerbetreuung@kranich-pkv.example>',
            '"Maklerverteiler Westfalen" <makler-westfalen@kranich-pkv.example>',
            "Beitragsanpassung zum 01.04.2026 – Informationen für Ihre Kundengespräche", "2026-02-05 10:00",
            extra=[("X-Mailer", "Kranich Mailing 2.3")])
    body(m, """\
Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

zum 01.04.2026 passen wir die Beiträge in einigen Tarifen an. Ihre Kunden
erhalten Mitte Februar die Nachträge mit der individuellen Begründung.

Durchschnittliche Veränderung je Tarif (alle Alter):
- Komfort 100 / Komfort 300:        +6,9 %
- Vital Plus (Beihilfe-Ergänzung):   +4,2 %
- Campus Start (Studierende):         unverändert
- Zahn 80 / ZahnPlus 90:             +3,1 %
- Pflegetagegeld PT 50:              -2,0 %

Auslösende Faktoren sind vor allem gestiegene Leistungsausgaben für
Krankenhausbehandlungen, neue Krebstherapien und Psychotherapie sowie der
abgesenkte Rechnungszins. Die Limitierungsmittel aus der RfB setzen wir
vollständig zur Abmilderung für Versicherte ab 60 ein.

Argumentationshilfen und eine FAQ finden Sie im Maklerportal unter
Service > Beitragsanpassung 2026. Bitte beachten Sie, dass Sie keine
Gesundheitsangaben Ihrer Kunden per unverschlüsselter E-Mail an uns senden.

Mit freundlichen Grüßen
Nadine Pohl
Maklerbetreuung

""" + FOOT_KRANICH + "\n")
    return m


# =================================================================== mails 0021-0040

@section(21, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "phone-typed lower-case mail about an eye doctor's invoice (retina examination) with policy number")
def _():
    m = new("kevin.brueggemann@handy-mail.example", "service@kranich-pkv.example",
            "rechnung", "2026-02-06 22:41", extra=[("X-Mailer", "iPhone Mail (22D63)")])
    body(m, """\
hallo, hab die rechnung vom augenarzt gestern über die app hochgeladen (die mit der netzhaut untersuchung und dem laser), wann kommt das geld? brauch es echt dringend, sind über 600 euro und die praxis mahnt schon

vers nr 5 220 914 03

gruß kevin brüggemann
""", cte="8bit")
    return m


@section(22, "NORMAL", "de", "supplier-to-insurer",
         "trap: offer for shredding medical files and doctors' reports (DIN 66399), company bank data of a GmbH")
def _():
    m = new('"Silke Brandes | SecuDoc Aktenvernichtung" <s.brandes@secudoc-nrw.example>',
            "daniel.kuhlmann@kranich-pkv.example",
            "Ihr Angebot 2026-0117: Vernichtung Leistungsakten / Patientenunterlagen", "2026-02-09 09:15",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrter Herr Kuhlmann,

vielen Dank für das freundliche Gespräch. Wie besprochen bieten wir Ihnen
die regelmäßige Vernichtung von Leistungsakten, Arztberichten, Rezepten und
sonstigen Patientenunterlagen an:

- 40 verschließbare Sicherheitsbehälter à 240 l, Leerung 14-tägig
- Vernichtung in unserem zertifizierten Werk in Hamm, Schutzklasse 3,
  Sicherheitsstufe P-4 (Papier) bzw. H-5 (Festplatten), DIN 66399
- Vernichtungsprotokoll je Abholung, Vertrag zur Auftragsverarbeitung
  nach Art. 28 DSGVO liegt bei
- Preis je Leerung und Behälter: 9,80 € netto, Festplatten 6,50 €/Stück

Unsere Bankverbindung für die Stammdatenanlage:
SecuDoc Aktenvernichtung GmbH, Sparkasse Hamm
IBAN DE26 2416 0434 2667 7278 08

Das Angebot gilt bis 31.03.2026.

Mit freundlichen Grüßen
Silke Brandes
Vertrieb

SecuDoc Aktenvernichtung GmbH · Werkstraße 30 · 59067 Hamm
Geschäftsführer: Ralf Iking · AG Hamm HRB 7741 · USt-IdNr. DE 318 442 907
""")
    return m


@section(23, "CONFIDENTIAL", "de", "internal",
         "travel expense claim; employee's IBAN only in the XLSX, body harmless")
def _():
    m = new('"Arslan, Yusuf" <yusuf.arslan@kranich-pkv.example>', '"Reisekostenstelle" <reisekosten@kranich-pkv.example>',
            "Reisekosten Schulung Köln 27.–28.01.", "2026-02-10 16:48",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo,

anbei meine Reisekostenabrechnung für die DRG-Schulung in Köln, Belege
(Bahn, Hotel) gehen per Hauspost an euch.

Danke und Gruß
Yusuf Arslan
Krankenhaus-Team
""")
    attach(m, "Reisekosten_Arslan_2026-01.xlsx", xlsx([
        ("Abrechnung", [
            ["Reisekostenabrechnung", "", "", ""],
            ["Name", "Yusuf Arslan", "Personalnr.", "30418"],
            ["Kostenstelle", "4120 Krankenhaus-Team", "", ""],
            ["Anlass", "Schulung DRG-System 2026, Köln", "", ""],
            ["Beginn", "27.01.2026 06:40", "Ende", "28.01.2026 19:55"],
            ["", "", "", ""],
            ["Position", "Beleg", "Betrag EUR", ""],
            ["Bahnfahrt Münster-Köln und zurück (1. Kl. BC50)", "B1", 71.80, ""],
            ["Hotel Domblick, 1 Nacht ohne Frühstück", "B2", 118.00, ""],
            ["Verpflegungspauschale An-/Abreisetag", "", 28.00, ""],
            ["Summe", "", 217.80, ""],
            ["", "", "", ""],
            ["Auszahlung auf", "IBAN DE16 7851 6980 3479 7195 10", "", ""],
            ["Kontoinhaber", "Yusuf Arslan", "", ""],
        ]),
    ], author="Yusuf Arslan"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@section(24, "CONFIDENTIAL", "en", "supplier-to-insurer",
         "freelance IT consultant (natural person) invoices with personal IBAN and VAT ID")
def _():
    m = new('"Joost van Dijk" <joost@vandijk-consulting.example>', "kreditoren@kranich-pkv.example",
            "Invoice 2026-007 - KLARA interface support January", "2026-02-04 13:20",
            cc="henrik.baumeister@kranich-pkv.example",
            extra=[("X-Mailer", "Apple Mail (2.3826.300)")])
    body(m, """\
Dear accounts payable team,

please find below my invoice for January (PO 4500091277, contact Henrik
Baumeister).

Invoice no.:   2026-007
Date:          4 February 2026
Services:      Support BiPRO/KLARA interface, 11.5 days x EUR 920.00
Net:           EUR 10,580.00
VAT:           reverse charge (Art. 196 VAT Directive)
Total:         EUR 10,580.00

Payment within 14 days to:
Account holder: J. P. van Dijk
IBAN: NL89 RABO 0318 2746 59
BIC: RABONL2U
VAT ID: NL003871265B14

Kind regards,
Joost van Dijk
Independent IT consultant, Enschede
""", cte="7bit")
    return m


@section(25, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-dentist",
         "answer to a dental treatment plan: implant and crown region 46 for a named patient, GOZ positions")
def _():
    m = new('"Demir, Aylin" <aylin.demir@kranich-pkv.example>', '"Zahnärzte am Aasee" <verwaltung@zahnaerzte-aasee.example>',
            "Ihr Heil- und Kostenplan vom 02.02.2026 – Patientin Christiane Wolbeck", "2026-02-12 10:22",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

vielen Dank für den Heil- und Kostenplan für Frau Christiane Wolbeck
(Vers.-Nr. 3 771 402 18) zur Versorgung der Region 46.

Unser Prüfergebnis:
- Implantat regio 46 (GOZ 9010) einschließlich Knochenaufbau (GOZ 9100):
  erstattungsfähig
- Implantatgetragene Vollkeramikkrone 46 (GOZ 2200/2210): erstattungsfähig
- Material- und Laborkosten: Die Position "Titanbasis individuell" liegt mit
  412,00 € über dem üblichen Rahmen; wir berücksichtigen 290,00 €.
- Sinuslift (GOZ 9120): im Oberkiefer nicht nachvollziehbar, da Region 46
  Unterkiefer ist. Bitte prüfen Sie die Position.

Nach Tarif ZahnPlus 90 ergibt sich eine voraussichtliche Erstattung von
3.104,50 € (90 % der erstattungsfähigen Kosten). Die Patientin erhält eine
Kopie dieser Mitteilung.

Mit freundlichen Grüßen
Aylin Demir
Leistungsservice Zahn/Optik

""" + FOOT_KRANICH + "\n")
    return m


@section(26, "NORMAL", "de", "internal",
         "trap: job advert for a dental nurse to check dental treatment plans and invoices")
def _():
    m = new('"Personalmarketing" <karriere@kranich-pkv.example>', '"Intranet-Redaktion" <intranet@kranich-pkv.example>',
            "Stellenanzeige zur Veröffentlichung: ZFA (m/w/d) Leistungsprüfung Zahn", "2026-02-11 08:55",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Intranet-Team,

bitte die folgende Anzeige ab Montag intern und auf der Karriereseite
veröffentlichen (intern 2 Wochen Vorlauf).

---
Zahnmedizinische Fachangestellte (m/w/d) für die Leistungsprüfung Zahn
Münster, Vollzeit oder Teilzeit (ab 30 Std.), unbefristet

Ihre Aufgaben:
- Prüfung von Heil- und Kostenplänen für Zahnersatz, Implantate und
  Kieferorthopädie
- Rechnungsprüfung nach GOZ und GOÄ, Analogberechnungen, Material- und
  Laborkosten (BEB/BEL)
- Rückfragen mit Zahnarztpraxen und Laboren, Zusammenarbeit mit unseren
  beratenden Zahnärzten

Ihr Profil:
- abgeschlossene Ausbildung als ZFA, gern mit Weiterbildung ZMV
- sichere Kenntnisse in der GOZ-Abrechnung
- Freude am Kontakt mit Versicherten und Praxen

Wir bieten: Tarif des privaten Versicherungsgewerbes, 38-Stunden-Woche,
mobiles Arbeiten bis 60 %, betriebliche Krankenversicherung, JobRad.
Kennziffer L-2026-07
---

Danke!
Carina Voss
Personalmarketing
""")
    return m


@section(27, "CONFIDENTIAL", "de", "pharmacy-to-insurer",
         "pharmacy owned by a registered sole trader (e.K.) registers for direct billing: IBAN and tax number, no patient")
def _():
    m = new('"Löwen-Apotheke Gievenbeck" <info@loewen-apotheke-gievenbeck.example>', "direktabrechnung@kranich-pkv.example",
            "Anmeldung Arzneimittel-Direktabrechnung", "2026-02-13 12:06",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

wir möchten am Direktabrechnungsverfahren für hochpreisige Arzneimittel
teilnehmen. Das unterschriebene Teilnahmeformular schicke ich per Post.
Vorab die Daten für Ihre Stammdaten:

Apotheke:       Löwen-Apotheke Gievenbeck
Inhaberin:      Friederike Osthues e.K., Apothekerin
Anschrift:      Rüschhausweg 12, 48161 Münster
IK-Nummer:      30 05 17 442
Steuernummer:   337/5128/0661
Bankverbindung: Friederike Osthues, IBAN DE26 7104 5236 8396 6579 77
                (Deutsche Apotheker- und Ärztebank)

Ansprechpartnerin für Rückfragen bin ich selbst.

Freundliche Grüße
Friederike Osthues
Apothekerin
""")
    return m


@section(28, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
         "short receipt confirmation; the son's ADHD medication is only in the quoted customer message")
def _():
    m = new('"Kranich PKV International Service" <international@kranich-pkv.example>',
            '"Rachel Whitfield" <rachel.whitfield@brightmail.example>',
            "RE: Medication for Oliver - please advise", "2026-02-16 11:03",
            irt="<BM-20260214-55610@brightmail.example>", refs="<BM-20260214-55610@brightmail.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Mrs Whitfield,

thank you for your message. We have received everything and will get back
to you within ten working days.

Kind regards
Marco Lindqvist
International Service

""" + FOOT_KRANICH_EN + """

> From: Rachel Whitfield <rachel.whitfield@brightmail.example>
> Sent: Saturday, 14 February 2026 21:30
> To: international@kranich-pkv.example
> Subject: Medication for Oliver - please advise
>
> Hello,
> our son Oliver (9, co-insured on my policy KG 6120077) was diagnosed with
> ADHD by the child psychiatrist in Münster in January. He now takes
> methylphenidate 10 mg in the morning. The pharmacy says the prescription
> is a special narcotics form and they want us to pay upfront every month.
> Is this covered? I attach the prescription and the first receipt.
> Also, he will have a therapy group once a week from March, do we need to
> apply for that beforehand?
> Many thanks, Rachel Whitfield
""")
    return m


@section(29, "NORMAL", "de", "internal",
         "fire drill announcement")
def _():
    m = new('"Vennemann, Ralf" <ralf.vennemann@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Räumungsübung Haus B am Donnerstag", "2026-02-17 07:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

am Donnerstag, 19.02., findet vormittags eine unangekündigte Räumungsübung
für Haus B statt (genaue Uhrzeit verraten wir nicht).

Bitte beim Alarm:
- PC sperren, Unterlagen liegen lassen
- nicht den Aufzug benutzen
- Sammelplatz 2 am Parkplatz Ost aufsuchen
- bei den Räumungshelfern (gelbe Westen) melden

Kolleginnen und Kollegen, die Hilfe beim Verlassen des Gebäudes brauchen,
melden sich bitte vorab vertraulich bei mir, damit wir das einplanen.

Danke!
Ralf Vennemann
Facility Management / Brandschutzbeauftragter
""")
    return m


@section(30, "NORMAL", "de", "internal",
         "trap: data-protection quiz about health data (Art. 9 GDPR) with invented example cases")
def _():
    m = new('"Datenschutz Kranich" <datenschutz@kranich-pkv.example>', '"Alle Mitarbeitenden Leistung" <leistung-alle@kranich-pkv.example>',
            "Datenschutz-Quiz Februar: Gesundheitsdaten richtig versenden", "2026-02-18 09:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

hier das Quiz des Monats. Auflösung nächste Woche im Intranet.

1. Ein Versicherter bittet per E-Mail um eine Kopie seines Arztberichts.
   Darf ich ihm den Bericht einfach als PDF zurückschicken?
   a) ja, er hat ja selbst geschrieben
   b) nur über den sicheren Versand (Portal/verschlüsselt) oder mit
      dokumentierter Einwilligung
   c) nie

2. Welche dieser Angaben sind Gesundheitsdaten nach Art. 9 DSGVO?
   a) eine Diagnose wie "Bandscheibenvorfall"
   b) die Tatsache, dass jemand eine Brille erstattet bekommt
   c) der Pflegegrad einer Versicherten
   d) alle drei

3. In einer Statistik stehen nur Fallzahlen je ICD-Kapitel, ohne Namen und
   ohne kleine Zellen. Personenbezogen?
   a) ja   b) nein

4. Eine Kollegin schreibt im Teams-Chat "Frau X hat jetzt Krebs, bitte
   Akte priorisieren". Was ist das Problem?

Mitmachen lohnt sich: unter allen richtigen Einsendungen verlosen wir drei
Gutscheine für das Betriebsrestaurant.

Lea Schürmann
Datenschutzkoordination Leistung
""")
    return m


@section(31, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "daughter describes her mother's need for care in everyday words (cannot get up alone, forgets) and the move to a nursing home")
def _():
    m = new('"Heike Lammers" <heike.lammers@t-net.example>', "pflege@kranich-pkv.example",
            "Meine Mutter, Frau Gertrud Lammers, Vers.-Nr. 1 044 873 22", "2026-02-18 20:14",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Gertrud Lammers, die bei Ihnen versichert
ist (Vollmacht liegt Ihnen seit letztem Jahr vor).

Seit dem Sturz im Dezember kann sie nicht mehr allein aufstehen und sich
auch nicht mehr selbst waschen. Nachts ist sie oft unruhig, sie vergisst
inzwischen auch, ob sie gegessen hat, und hat zweimal den Herd angelassen.
Wir haben es zu Hause mit dem Pflegedienst versucht, aber das geht nicht
mehr. Seit dem 2. Februar lebt sie im Haus Marienfrieden in Telgte.

Was müssen wir jetzt tun, damit sie Leistungen aus der Pflegeversicherung
und aus dem Pflegetagegeld bekommt? Muss noch einmal jemand zur Begutachtung
kommen? Die Heimrechnung für Februar liegt schon bei uns.

Mit freundlichen Grüßen
Heike Lammers
Tel. 02504 88 17 30
""")
    return m


@section(32, "CONFIDENTIAL", "en", "applicant-to-insurer",
         "job application; birth date and salary expectation only in the attached CV (PDF)")
def _():
    m = new('"Sofia Marquez" <sofia.marquez.claims@mailhub.example>', "bewerbung@kranich-pkv.example",
            "Application: Claims Specialist International (ref. I-2026-02)", "2026-02-19 07:58",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Ms Kötter,

I would like to apply for the position of Claims Specialist International.
I have worked for four years in the claims team of an international health
insurer in Madrid, handling expatriate claims in English and Spanish, and I
have been learning German (B2) since I moved to Münster last summer.

Please find my CV attached. I am available for an interview at any time.

Kind regards,
Sofia Marquez
""", cte="8bit")
    attach(m, "CV_Sofia_Marquez.pdf", pdf_file([
        ("b", "Sofia Marquez"),
        "Wolbecker Straße 96, 48155 Münster · +49 157 3301 8842 · sofia.marquez.claims@mailhub.example",
        "Born 14 August 1992 in Valladolid, Spain · Spanish citizen",
        "",
        ("b", "Experience"),
        "2021-2025  Claims Handler, Iberia Global Health S.A., Madrid - expatriate and student plans, ",
        "           pre-authorisations, provider invoices in EUR/USD, fraud referrals",
        "2018-2021  Customer Service Agent, Seguros Castellana, Valladolid",
        "",
        ("b", "Education"),
        "2014-2018  B.A. Business Administration, Universidad de Valladolid",
        "",
        ("b", "Languages"),
        "Spanish (native), English (C1), German (B2, Goethe certificate 2025)",
        "",
        ("b", "Salary expectation"),
        "EUR 58,000 gross per year; available from 1 May 2026",
    ], title="CV Sofia Marquez"), "application/pdf")
    return m


@section(33, "NORMAL", "mixed", "system-to-customer",
         "trap: bilingual portal one-time password mail, no person data")
def _():
    m = new('"Kranich Kundenportal" <no-reply@portal.kranich-pkv.example>', "h.d.tiemeyer@webpost.example",
            "Ihr Einmal-Passwort / Your one-time password", "2026-02-20 18:31",
            extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Kranich Portal Notifier 3.1")])
    body(m, """\
Ihr Einmal-Passwort für die Anmeldung im Kranich Kundenportal:

    481 920

Es ist 10 Minuten gültig. Wenn Sie die Anmeldung nicht selbst angestoßen
haben, ignorieren Sie diese Nachricht und ändern Sie Ihr Passwort.

---

Your one-time password for the Kranich customer portal:

    481 920

It is valid for 10 minutes. If you did not try to log in, please ignore
this message and change your password.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""", cte="quoted-printable")
    return m


@section(34, "NORMAL", "en", "insurer-to-reinsurer",
         "trap: aggregated large-loss list for the reinsurer with age bands and diagnosis groups only (CSV)")
def _():
    m = new('"Rensing, Oliver" <oliver.rensing@kranich-pkv.example>', '"Claire Dubois" <c.dubois@nordre-re.example>',
            "Large claims health 2025 - aggregated list for the treaty renewal", "2026-02-23 15:40",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Claire,

as agreed for the renewal of the excess-of-loss treaty, attached is the
list of health claims above EUR 150,000 for underwriting year 2025.

As in previous years the list contains no names, policy or claim numbers:
age is given in 10-year bands, the diagnosis as ICD chapter, and groups
with fewer than five claims are merged into "other".

Let me know if you need the development triangles as well.

Best regards,
Oliver Rensing
Claims Controlling
""", cte="7bit")
    attach(m, "large_claims_2025_aggregated.csv", crlf("""\
age_band;sex;icd_chapter;treatment_setting;claims;total_paid_eur;largest_eur
40-49;m;II neoplasms;inpatient+outpatient;6;1488200;402100
50-59;f;II neoplasms;inpatient+outpatient;9;2391500;512800
50-59;m;IX circulatory;inpatient;5;1002340;288900
60-69;m;II neoplasms;inpatient+outpatient;11;3104750;640300
60-69;f;IX circulatory;inpatient;5;1120880;301450
0-19;all;XVI perinatal;inpatient;7;2211400;733000
all;all;other (merged);mixed;14;3377015;451200
"""), "text/csv")
    return m


@section(35, "STRICTLY_CONFIDENTIAL", "de", "pharmacy-to-insurer",
         "pharmacy asks about direct billing of adalimumab for a named customer (PZN, prescription)")
def _():
    m = new('"Apotheke am Ludgeriplatz" <rezepte@apotheke-ludgeriplatz.example>', "direktabrechnung@kranich-pkv.example",
            "Anfrage Direktabrechnung – Rezept für Herrn Dominik Schulze Temming", "2026-02-24 10:17",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

uns liegt ein Privatrezept für Ihren Versicherten Herrn Dominik Schulze
Temming (Vers.-Nr. 2 118 064 90) vor:

Adalimumab 40 mg Fertigpen, 6 Stück, N2 (PZN 17923311)
verordnet von Dr. Agnes Frerichs, Rheumatologie, am 20.02.2026
Apothekenverkaufspreis: 4.912,37 €

Herr Schulze Temming hat gefragt, ob wir direkt mit Ihnen abrechnen können,
da er den Betrag nicht vorstrecken kann. Können Sie uns eine
Kostenzusage/Direktabrechnung bestätigen? Dann bestellen wir heute noch.

Mit freundlichen Grüßen
Tanja Oelrich, PTA
Apotheke am Ludgeriplatz, Inh. Dr. Stefan Hanning e.K.
Ludgeriplatz 3, 48151 Münster
""")
    return m


@section(36, "CONFIDENTIAL", "de", "customer-to-insurer",
         "household insurance: e-bike theft with claim and contract number at the sister company; no health")
def _():
    m = new('"Merle Austermann" <merle.austermann@web-post.example>', "service@kranich-pkv.example",
            "Fahrraddiebstahl – Schadennummer?", "2026-02-25 19:26",
            extra=[("User-Agent", "Mozilla/5.0 Webmail 9.4")])
    body(m, """\
Hallo,

ich weiß nicht, ob ich hier richtig bin, auf der Website stand diese
Adresse. Mir ist am Samstag (21.02.) mein E-Bike (Kalkhoff, Rahmennummer
WKA2233719) vor der Stadtbücherei gestohlen worden, obwohl es
abgeschlossen war. Anzeige ist bei der Polizei Münster gemacht,
Tagebuchnummer 1288/26/441.

Meine Hausratversicherung läuft bei der Kranich Allgemeinen, Vertrag
HR-7730915, Fahrradklausel ist mit drin. Am Telefon hat man mir eine
Schadennummer genannt, die ich leider nicht mitgeschrieben habe.

Die Rechnung vom Kauf (3.249 €) habe ich noch.

Viele Grüße
Merle Austermann
Hoher Heckenweg 88, 48147 Münster
""")
    return m


@section(37, "CONFIDENTIAL", "de", "internal",
         "employee's new IBAN for payroll only in the subject; body 'siehe Betreff'")
def _():
    m = new('"Arslan, Yusuf" <yusuf.arslan@kranich-pkv.example>', '"Entgeltabrechnung" <entgelt@kranich-pkv.example>',
            "Neue Bankverbindung ab 01.03.: DE70 1833 9266 3867 7740 61 (Arslan, PNr. 30418)", "2026-02-26 08:12",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Schlattmann,

siehe Betreff. Bitte ab der März-Abrechnung. Danke!

Gruß
Yusuf Arslan
""", cte="8bit")
    return m


@section(38, "STRICTLY_CONFIDENTIAL", "de", "billing-centre-to-insurer",
         "billing centre sends open invoices with patient names, GOÄ positions and treatment dates only in a windows-1252 CSV")
def _():
    m = new('"PVS Westmünsterland Abrechnung" <kostentraeger@pvs-wml.example>', "leistung@kranich-pkv.example",
            "Offene Posten Kranich PKV – Stand 27.02.2026", "2026-02-27 14:02",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

anbei die Liste der offenen Posten zu Rechnungen, für die uns Ihre
Versicherten eine Abtretung erteilt haben. Wir bitten um Prüfung und
Zahlung bzw. kurze Nachricht, falls Unterlagen fehlen.

Mit freundlichen Grüßen
Forderungsmanagement
PVS Westmünsterland GmbH
Bahnhofstraße 40, 46395 Bocholt
""")
    attach_text_bytes(m, "OP_Kranich_20260227.csv", crlf("""\
Rechnungsnr;Patient;Geburtsdatum;VersNr;Leistungserbringer;Behandlungsdatum;GOÄ;Betrag;Tage offen
R-26-01187;Jürgen Hövelmann;12.04.1961;2 331 090 47;Kardiologie Dr. Rüter;08.01.2026;651,652,410;412,66;49
R-26-01402;Sevgi Kaya;30.09.1988;4 019 255 10;Dermatologie Dres. Ahlers;13.01.2026;750,1,5;96,54;44
R-26-01733;Hannelore Tüns;02.02.1947;1 207 884 31;Urologie Dr. Kemper;19.01.2026;1785,410,3511;238,19;38
R-26-02010;Bastian Große-Kleimann;17.07.1979;3 604 118 72;Orthopädie Dr. Kamp;22.01.2026;3306,5030,1;301,40;35
""").encode("cp1252"), "application/vnd.ms-excel", "windows-1252")
    return m


@section(39, "NORMAL", "de", "internal",
         "trap: anonymised case study for training (knee replacement, age only, no identifiers)")
def _():
    m = new('"Albers, Gregor" <gregor.albers@kranich-pkv.example>', '"Neue Mitarbeitende Leistung" <einarbeitung-leistung@kranich-pkv.example>',
            "Fallbeispiel für Mittwoch: Knie-TEP mit Chefarztbehandlung", "2026-03-02 16:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

für unsere Einarbeitungsrunde am Mittwoch bitte dieses (anonymisierte)
Fallbeispiel vorbereiten. Alle Angaben sind verändert, der Fall ist aus
mehreren echten Fällen zusammengesetzt.

Versicherte, Mitte 50, Tarif Komfort 300 mit Wahlleistungen. Geplante
Knie-Totalendoprothese links nach langjähriger Gonarthrose. Die Klinik
beantragt Kostenübernahme für allgemeine Krankenhausleistungen (DRG
I44B), Chefarztbehandlung und Einbettzimmer. Die Wahlarztrechnung kommt
später mit Steigerungsfaktor 3,5 für mehrere Positionen.

Fragen:
1. Was prüfen wir bei der Kostenübernahme, was erst bei der Rechnung?
2. Ist der Einbettzimmerzuschlag im Tarif Komfort 300 gedeckt?
3. Wann ist ein Faktor über 2,3 ausreichend begründet?
4. Welche Minderung nach § 6a GOÄ muss die Wahlarztrechnung enthalten?

Bis Mittwoch!
Gregor Albers
Abteilungsleitung Leistung
""")
    return m


@section(40, "CONFIDENTIAL", "de", "insurer-to-applicant",
         "job offer to a named applicant with annual salary and start date")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', '"Lena Hüsing" <lena.huesing@mailbox-nord.example>',
            "Ihre Bewerbung – unser Angebot", "2026-03-03 11:45",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Frau Hüsing,

vielen Dank für das angenehme Gespräch in der vergangenen Woche. Wir freuen
uns, Ihnen die Stelle als Sachbearbeiterin Leistungsabrechnung anbieten zu
können:

- Eintritt: 01.04.2026, unbefristet, Probezeit sechs Monate
- Eingruppierung: Tarifgruppe 5, 2. Berufsjahr,
  Jahresgehalt 45.360 € brutto (13 Gehälter)
- 38 Stunden/Woche, mobiles Arbeiten nach Einarbeitung bis 60 %

Den Arbeitsvertrag schicken wir Ihnen mit der Post. Bitte geben Sie uns
bis zum 13.03. Bescheid, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Sandra Kötter
Personalservice

""" + FOOT_KRANICH + "\n")
    return m


# =================================================================== mails 0041-0060

@section(41, "STRICTLY_CONFIDENTIAL", "de", "therapist-to-insurer",
         "physiotherapist complains that manual therapy for a named Beihilfe patient was cut; treatment and prescription details")
def _():
    m = new('"Physiotherapie Jana Roloff" <praxis@physio-roloff.example>', "leistung@kranich-pkv.example",
            "Kürzung meiner Rechnung – Patientin Frau Margret Hesselmann", "2026-03-04 13:09",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

meine Patientin Frau Margret Hesselmann hat mir Ihre Abrechnung gezeigt.
Sie haben meine Rechnung vom 02.02.2026 (10 x Manuelle Therapie, 10 x
Wärmetherapie, verordnet nach ihrer Schulter-OP) auf die Beihilfesätze
gekürzt und ihr geschrieben, mein Preis sei "nicht angemessen".

Frau Hesselmann ist bei Ihnen im Beihilfe-Ergänzungstarif versichert; die
Beihilfestelle hat ihren Anteil nach Beihilfesätzen gezahlt, das ist klar.
Ihr Tarif erstattet nach meinem Verständnis aber die Differenz bis zum
ortsüblichen Preis. 42 € für 30 Minuten Manuelle Therapie sind in Münster
üblich.

Ich bitte um Überprüfung. Frau Hesselmann ist 81 Jahre alt und hat sich
sehr über das Schreiben aufgeregt.

Mit freundlichen Grüßen
Jana Roloff
Physiotherapeutin, Manualtherapeutin
Praxis für Physiotherapie Jana Roloff, Hansaring 55, 48155 Münster
""")
    return m


@section(42, "NORMAL", "en", "internal",
         "introduction of a new colleague in the international team; no private data")
def _():
    m = new('"Lindqvist, Marco" <marco.lindqvist@kranich-pkv.example>', '"Leistung alle" <leistung-alle@kranich-pkv.example>',
            "Welcome Sofia to the International Service team!", "2026-05-04 09:05",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear all,

please join me in welcoming Sofia Marquez, who started with us today as
Claims Specialist International. Sofia has worked in expatriate claims in
Madrid for several years and speaks Spanish, English and (already very
good) German.

For the next weeks she will sit with Tobias' team on the 2nd floor to learn
KLARA and our German outpatient rules. From June she will take over the
Spanish- and Portuguese-speaking clients.

Her extension is -4488. Coffee with her is highly recommended!

Cheers
Marco
""", cte="7bit")
    return m


@section(43, "NORMAL", "de", "newsletter",
         "trap: association newsletter on the GOÄ reform, multiplying factors and doctors' fees, no person")
def _():
    m = new('"PKV-Forum e.V. – Mitgliederinfo" <info@pkv-forum.example>', "leistung-leitung@kranich-pkv.example",
            "Mitgliederinfo 03/2026: Stand der GOÄ-Novelle", "2026-03-05 07:00",
            extra=[("List-Unsubscribe", "<mailto:abmelden@pkv-forum.example>"), ("Precedence", "bulk")])
    body(m, """\
Mitgliederinfo 03/2026

Stand der GOÄ-Novelle
Der gemeinsame Entwurf von Ärzteschaft und PKV liegt dem Ministerium vor.
Kernpunkte: feste Euro-Beträge statt Steigerungsfaktoren, eine neue
Leistungslegende für die sprechende Medizin (Gespräche, Beratung bei
schweren Erkrankungen) und eigene Ziffern für Telemedizin. Analoge
Bewertungen sollen deutlich seltener nötig sein.

Für die Leistungsbearbeitung bedeutet das: Begründungen für Faktoren über
2,3 entfallen weitgehend; dafür müssen Zuschläge (z. B. für Behandlung bei
Demenz oder Behinderung) neu geprüft werden. Wir rechnen frühestens 2027
mit einem Inkrafttreten.

Weitere Themen
- Arbeitskreis Krankenhausabrechnung: Termin 22.04.2026 in Köln
- Neue Musterbedingungen Pflegezusatz: Entwurf im Mitgliederbereich

PKV-Forum e.V. · Gereonstraße 12 · 50670 Köln
Abmelden: abmelden@pkv-forum.example
""")
    return m


@section(44, "CONFIDENTIAL", "de", "internal",
         "garnishment order against an employee's wages: amounts, creditor, net pay")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', '"Entgeltabrechnung" <entgelt@kranich-pkv.example>',
            "PfÜB – Mitarbeiter PNr. 20771", "2026-03-06 10:40",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Schlattmann,

heute ist beim Personalservice ein Pfändungs- und Überweisungsbeschluss
des Amtsgerichts Münster (Az. 12 M 804/26) eingegangen, Drittschuldner
sind wir.

Schuldner: Herr Thorsten Wiemeler, PNr. 20771, Posteingang
Gläubigerin: Autohaus Rieping GmbH, vertreten durch RA Dr. Hufnagel
Forderung: 6.418,22 € zzgl. Zinsen und Kosten

Herr Wiemeler verdient laut letzter Abrechnung 2.960 € netto, er ist zwei
Kindern gegenüber unterhaltspflichtig. Bitte den pfändbaren Betrag nach
der Tabelle ab März einbehalten und die Drittschuldnererklärung bis zum
20.03. vorbereiten, ich unterschreibe dann.

Herrn Wiemeler habe ich noch nicht angesprochen – das mache ich morgen
persönlich.

Gruß
Sandra Kötter
""")
    return m


@section(45, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
         "tariff-switch offer (§ 204 VVG) to a named customer with current and new premiums; no medical word but a health contract")
def _():
    m = new('"Mitgliederservice Kranich PKV" <service@kranich-pkv.example>', '"Elisabeth Roggenkamp" <e.roggenkamp@posteo-mail.example>',
            "Ihre Anfrage zum Tarifwechsel", "2026-03-09 15:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Frau Roggenkamp,

Sie hatten uns gefragt, wie Sie Ihren Beitrag senken können. Nach § 204
VVG können Sie jederzeit in einen anderen Tarif mit gleichartigem
Versicherungsschutz wechseln; Ihre Alterungsrückstellung wird dabei
angerechnet.

Ihr heutiger Beitrag im Tarif Komfort 100 (Selbstbehalt 300 €) beträgt
monatlich 687,40 €. Zwei Möglichkeiten:

1. Komfort 300 (Selbstbehalt 1.200 €):       monatlich 561,15 €
2. Basis Select (Selbstbehalt 600 €, Zweibettzimmer statt Einbettzimmer,
   Zahnersatz 60 % statt 80 %):                monatlich 498,90 €

Da beide Tarife keine Mehrleistungen enthalten, ist keine neue
Gesundheitsprüfung nötig. Wenn Sie wechseln möchten, genügt eine kurze
Nachricht; der Wechsel ist zum Ersten des übernächsten Monats möglich.

Freundliche Grüße
Felix Nowak
Mitgliederservice

""" + FOOT_KRANICH + "\n")
    return m


@section(46, "NORMAL", "en", "newsletter",
         "trap: conference invitation on health-claims fraud, cancer therapies and mental-health claims, no person")
def _():
    m = new('"International Health Claims Summit" <events@ihcs-conference.example>', "marco.lindqvist@kranich-pkv.example",
            "Last call: IHCS 2026 Amsterdam - early bird ends Friday", "2026-03-10 08:30",
            extra=[("List-Unsubscribe", "<https://ihcs-conference.example/unsub?id=77120>"), ("Precedence", "bulk")])
    body(m, """\
International Health Claims Summit 2026
Amsterdam, 9-10 June 2026

Sessions this year include:
- Fraud patterns in cross-border outpatient claims: upcoding, phantom
  physiotherapy and duplicate invoices from medical tourism clinics
- Paying for CAR-T and other cancer therapies: outcome-based contracts
- Mental health claims after the pandemic: what the data tells us
- Cost containment for maternity and neonatal intensive care abroad

Early bird price EUR 890 until Friday 13 March, afterwards EUR 1,190.

Register: https://ihcs-conference.example/register
Unsubscribe: https://ihcs-conference.example/unsub?id=77120
""", cte="7bit")
    return m


@section(47, "CONFIDENTIAL", "de", "insurer-to-employee",
         "salary certificate for an employee's flat application: gross and net income, start of employment")
def _():
    m = new('"Personalservice Kranich" <personalservice@kranich-pkv.example>', '"Pohl, Nadine" <nadine.pohl@kranich-pkv.example>',
            "Ihre Verdienstbescheinigung für den Vermieter", "2026-03-11 12:15",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Pohl,

wie gewünscht die Verdienstbescheinigung für Ihre Wohnungsbewerbung –
das unterschriebene Original liegt ab morgen im Personalservice zur
Abholung bereit:

Frau Nadine Pohl ist seit dem 01.09.2017 unbefristet und ungekündigt bei
der Kranich Private Krankenversicherung AG als Referentin
Maklerbetreuung beschäftigt.
Monatliches Bruttogehalt: 4.870,00 € (13 Gehälter)
Durchschnittliches Nettogehalt der letzten drei Monate: 3.012,47 €

Viel Erfolg bei der Wohnungssuche!

Freundliche Grüße
Birte Schlattmann
Personalservice / Entgeltabrechnung
""")
    return m


@section(48, "CONFIDENTIAL", "en", "customer-to-insurer",
         "student's private liability claim at the sister company: broken window of the landlord, policy number, nobody hurt")
def _():
    m = new('"Mateus Oliveira" <mateus.oliveira@unimail-muenster.example>', "schaden@kranich-allgemeine.example",
            "Liability claim - broken window in my shared flat", "2026-03-12 23:05",
            extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    body(m, """\
Hello,

I have the student liability insurance with you (policy PH-2209417).
Yesterday evening I opened the big window in the kitchen of our shared flat
and the wind pushed it against the wall, the glass broke completely.
Nobody was hurt.

The landlord (Mr Große-Hüttmann, Coerdestraße 14, 48147 Münster) says the
repair will cost about 480 euro and I should ask my insurance. I attach a
photo later from my phone.

What do I need to do?

Best regards
Mateus Oliveira
Coerdestraße 14, WG 3, 48147 Münster
""", cte="8bit")
    return m


@section(49, "STRICTLY_CONFIDENTIAL", "en", "doctor-to-insurer",
         "radiology report for an expat (herniated disc L4/L5) in a PDF; body names the patient and the MRI")
def _():
    m = new('"Dr. Hannah Lau, Radiology" <reports@harbourside-imaging.example>', "international@kranich-pkv.example",
            "MRI report - Mr Frederik Sandhövel, policy KG 4418820", "2026-03-13 03:44",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear colleagues,

at the request of your insured, Mr Frederik Sandhövel, please find attached
the report of his lumbar spine MRI performed at our centre on 11 March
2026. The invoice will follow separately through our billing office.

Yours sincerely,
Dr. Hannah Lau, FRCR
Consultant Radiologist
Harbourside Imaging Centre, 22 Connaught Road, Hong Kong
""", cte="8bit")
    attach(m, "MRI_LSpine_Sandhoevel_20260311.pdf", pdf_file([
        ("b", "Harbourside Imaging Centre - Radiology Report"),
        "Patient: Frederik Sandhövel    DOB: 04 July 1981    MRN: HIC-0093318",
        "Examination: MRI lumbar spine without contrast    Date: 11 March 2026",
        "Referring physician: Dr. Kenneth Wu, orthopaedic surgeon",
        "",
        "Clinical information: Low back pain radiating to the left leg for 6 weeks, numbness of the left foot.",
        "",
        "Findings: Normal alignment. Disc desiccation at L4/L5 and L5/S1. At L4/L5 there is a left",
        "paracentral disc extrusion measuring 9 mm, compressing the traversing left L5 nerve root.",
        "Mild facet arthropathy L4/L5. No fracture. Conus normal.",
        "",
        "Impression: Left paracentral disc herniation L4/L5 with compression of the left L5 nerve root",
        "(ICD-10: M51.1). Correlation with clinical findings recommended; consider surgical consultation",
        "if symptoms persist after conservative treatment.",
        "",
        "Electronically signed: Dr. Hannah Lau, FRCR, 12 March 2026",
    ], title="MRI report"), "application/pdf")
    return m


@section(50, "NORMAL", "de", "internal",
         "trap: company doctor's flu vaccination dates for staff, no names")
def _():
    m = new('"Betriebsärztlicher Dienst" <betriebsarzt@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Grippeschutzimpfung und Gesundheitscheck im Herbst – jetzt Termine vormerken", "2026-09-01 09:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bieten wir die Grippeschutzimpfung im Haus an:

  Di 06.10., Do 08.10. und Di 13.10.2026, jeweils 8:30–12:00 Uhr
  Raum A 0.14 (neben dem Betriebsrestaurant)

Geimpft wird mit dem tetravalenten Impfstoff nach STIKO-Empfehlung.
Bitte bringen Sie Ihren Impfpass mit, falls vorhanden. Die Impfung ist
freiwillig und kostenlos; wir erfassen nur die Zahl der Impfungen, keine
Namen.

Zusätzlich messen wir auf Wunsch Blutdruck und Blutzucker. Die Ergebnisse
erhalten nur Sie selbst.

Terminbuchung über das Intranet > Gesundheit > Impfaktion.

Ihr Betriebsärztlicher Dienst
Dr. med. Cornelia Stapel, Fachärztin für Arbeitsmedizin
""")
    return m


@section(51, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "claims handler asks the medical adviser about orthodontic treatment for a named 17-year-old (KIG grade, findings)")
def _():
    m = new('"Demir, Aylin" <aylin.demir@kranich-pkv.example>', '"Beratungszahnarzt" <beratungszahnarzt@kranich-pkv.example>',
            "KFO-Plan Lina Tenbrink, 17 J. – medizinisch notwendig?", "2026-03-16 11:27",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Herr Dr. Kortenbrede,

kannst du dir bitte den KFO-Behandlungsplan für Lina Tenbrink (mitversichert
bei ihrem Vater, Vers.-Nr. 2 907 330 41) anschauen? Sie wird im Juni 18.

Die Kieferorthopädin gibt KIG D4 an (Distalbiss, Overjet 7 mm) und plant
eine Multibandbehandlung über 30 Monate, geschätzt 6.840 €. Auf den
Fotos sieht das für mich eher nach D3 aus, und die Modellanalyse fehlt.
Wenn es nur ästhetisch ist, zahlt der Tarif nach Vollendung des 18.
Lebensjahres nicht mehr.

Unterlagen liegen in KLARA unter der Belegnummer 26-0319-4471.

Danke dir!
Aylin
""")
    return m


@section(52, "CONFIDENTIAL", "de", "internal",
         "salary round: named employees with current and new salaries only in the XLSX; body harmless")
def _():
    m = new('"Albers, Gregor" <gregor.albers@kranich-pkv.example>', '"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>',
            "Gehaltsrunde 2026 Abteilung Leistung – meine Vorschläge", "2026-03-17 18:52",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Sandra,

wie besprochen meine Vorschläge für die außertarifliche Anpassung,
Budget ist eingehalten (3,4 % der AT-Summe). Bitte vertraulich behandeln,
die Teamleitungen kennen nur ihre eigenen Zeilen.

Gruß
Gregor
""")
    attach(m, "AT_Anpassung_2026_Leistung.xlsx", xlsx([
        ("Vorschlag", [
            ["PNr", "Name", "Funktion", "Jahresgehalt 2025", "Vorschlag 2026", "Veränderung"],
            [10233, "Tobias Brinkmann", "Teamleitung Ambulant 2", 72400, 75300, "4,0 %"],
            [10871, "Jens Overbeck", "Teamleitung Krankenhaus", 74100, 76400, "3,1 %"],
            [11402, "Katrin Wessels", "Teamleitung Pflege", 70900, 73200, "3,2 %"],
            [12090, "Marco Lindqvist", "Teamleitung International", 73800, 76600, "3,8 %"],
            [13377, "Aylin Demir", "Fachreferentin Zahn/Optik", 64500, 66300, "2,8 %"],
            ["", "", "Summe", 355700, 367800, "3,4 %"],
        ]),
    ], author="Gregor Albers"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@section(53, "NORMAL", "mixed", "internal",
         "bilingual summer party invitation")
def _():
    m = new('"Betriebsrat und Personalservice" <events@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Sommerfest 2026 / Summer party 2026", "2026-05-20 12:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

unser Sommerfest findet am Freitag, 26. Juni 2026, ab 15 Uhr im Innenhof
statt. Es gibt Grillbuffet (auch vegan), die Band "Aasee Brass" und für die
Kinder eine Hüpfburg. Bitte meldet euch bis 12. Juni im Intranet an.

Dear colleagues,

our summer party takes place on Friday, 26 June 2026, from 3 pm in the
courtyard: barbecue (vegan options too), live music by "Aasee Brass" and a
bouncy castle for the kids. Please register on the intranet by 12 June.

Wir freuen uns auf euch! / See you there!
""")
    return m


@section(54, "NORMAL", "de", "insurer-to-broker",
         "trap: blank confidentiality-release form (Schweigepflichtentbindung) as PDF for a broker, no person filled in")
def _():
    m = new('"Pohl, Nadine" <nadine.pohl@kranich-pkv.example>', '"Versicherungskontor Brockhoff" <kontakt@vk-brockhoff.example>',
            "AW: Formular Schweigepflichtentbindung", "2026-03-18 09:48",
            irt="<a1b2c3.20260317@vk-brockhoff.example>", refs="<a1b2c3.20260317@vk-brockhoff.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Herr Brockhoff,

anbei das aktuelle Formular (Stand 01/2026) als leere Vorlage. Bitte von
Ihren Kunden ausfüllen und unterschreiben lassen und uns im Original oder
über das Maklerportal zusenden – nicht ausgefüllt per E-Mail, danke.

Viele Grüße
Nadine Pohl
Maklerbetreuung

-----Ursprüngliche Nachricht-----
Von: Versicherungskontor Brockhoff <kontakt@vk-brockhoff.example>
Gesendet: Dienstag, 17. März 2026 17:02
Betreff: Formular Schweigepflichtentbindung

Hallo Frau Pohl, haben Sie mir das aktuelle Formular? Im Portal finde ich
nur die Version von 2023. Gruß, J. Brockhoff
""")
    attach(m, "Schweigepflichtentbindung_Vorlage_2026-01.pdf", pdf_file([
        ("b", "Einwilligung und Schweigepflichtentbindung"),
        "Kranich Private Krankenversicherung AG · Formular SE-01 · Stand 01/2026",
        "",
        "Versicherte Person: __________________________   Geburtsdatum: ____________",
        "Versicherungsnummer: ________________________",
        "",
        "Ich entbinde die nachfolgend genannten Ärzte, Zahnärzte, Psychotherapeuten, Krankenhäuser",
        "und sonstigen Leistungserbringer von ihrer Schweigepflicht, soweit die Kranich PKV zur",
        "Prüfung der Leistungspflicht Auskünfte über Diagnosen, Behandlungen und Befunde benötigt:",
        "",
        "1. ______________________________________________",
        "2. ______________________________________________",
        "",
        "Die Einwilligung gilt für den Zeitraum der letzten 5 Jahre vor Antragstellung und kann jederzeit",
        "mit Wirkung für die Zukunft widerrufen werden (§ 213 VVG).",
        "",
        "Ort, Datum: _______________   Unterschrift: ______________________________",
    ], title="Formular SE-01"), "application/pdf")
    return m


@section(55, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
         "international student's travel vaccinations (yellow fever, typhoid) and the invoice; German/English reply")
def _():
    m = new('"Kranich PKV International Service" <international@kranich-pkv.example>', '"Chen Yuxin" <chen.yuxin@unimail-muenster.example>',
            "AW: vaccination invoice Tropeninstitut", "2026-03-19 10:31",
            irt="<CY.20260318.3310@unimail-muenster.example>", refs="<CY.20260318.3310@unimail-muenster.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Guten Tag Frau Chen / Dear Ms Chen,

die Rechnung der Reisemedizinischen Ambulanz über die Gelbfieber- und
Typhus-Impfung vor Ihrer Feldforschung in Ghana (189,60 €) haben wir
geprüft. Ihr Tarif Campus Start erstattet Reiseimpfungen leider nicht,
nur die von der STIKO allgemein empfohlenen Impfungen. Die Malaria-
Prophylaxe (Atovaquon/Proguanil) ist ebenfalls nicht versichert.

In short: travel vaccinations (yellow fever, typhoid) and malaria tablets
are not covered by your Campus Start tariff, only standard vaccinations
recommended in Germany. Your university may reimburse them as part of the
field trip - please ask your department.

Mit freundlichen Grüßen / kind regards
Marco Lindqvist
International Service

""" + FOOT_KRANICH_EN + """

> Hello, I uploaded the invoice from the travel clinic (yellow fever and
> typhoid vaccine) and the pharmacy receipt for malaria tablets. I go to
> Ghana for 3 months for my PhD fieldwork. Policy KS 7801563. Thank you!
> Chen Yuxin
""")
    return m


@section(56, "CONFIDENTIAL", "de", "supplier-to-insurer",
         "trap-like but CONFIDENTIAL: freelance GOZ trainer (natural person) invoices with private IBAN and tax number; no patient")
def _():
    m = new('"Dagmar Welp" <dagmar.welp@abrechnungscoaching.example>', "kreditoren@kranich-pkv.example",
            "Rechnung Inhouse-Schulung GOZ (Implantologie, Analogberechnung)", "2026-03-20 16:14",
            cc="aylin.demir@kranich-pkv.example",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

für die Inhouse-Schulung "GOZ-Update: Implantologie, Knochenaufbau,
Analogberechnung nach § 6 Abs. 1 GOZ" am 12. und 13. März 2026 stelle
ich Ihnen in Rechnung:

Rechnung Nr. 26/014, Leistungsdatum 12.–13.03.2026
2 Schulungstage à 1.450,00 €          2.900,00 €
Reisekosten pauschal                     180,00 €
Netto                                  3.080,00 €
zzgl. 19 % USt.                          585,20 €
Gesamt                                 3.665,20 €

Bitte überweisen Sie bis 03.04.2026 auf mein Konto:
Dagmar Welp, IBAN DE63 1724 7435 9846 2885 31
Steuernummer 315/5102/3389

Vielen Dank für die schöne Zusammenarbeit – die Gruppe war toll!

Dagmar Welp
Abrechnungscoaching für Zahnarztpraxen und Versicherer
Klosterstraße 9, 49074 Osnabrück
""")
    return m


@section(57, "NORMAL", "en", "supplier-to-insurer",
         "delivery notice for envelopes and window letters from a print company")
def _():
    m = new('"Order desk | PrintPoint Europe" <orders@printpoint-eu.example>', "daniel.kuhlmann@kranich-pkv.example",
            "Dispatch confirmation - order PP-2026-18840", "2026-03-23 14:22",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """\
Dear customer,

your order PP-2026-18840 has been dispatched today.

  20,000 envelopes C4 with window, printed 1/0 (logo Kranich)
  50,000 envelopes DL with window, self-seal
  5,000 letterheads 90 g, 4/0

Carrier: Rhenus Freight, 3 pallets, delivery expected 25 March 2026
between 08:00 and 12:00 to Am Kranichteich 4, goods receipt gate 2.

Please check the goods on arrival and note any damage on the delivery note.

PrintPoint Europe B.V. - Customer service
""", cte="7bit")
    return m


@section(58, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "Beihilfe customer sends the Beihilfe decision (PDF) listing dermatologist, lab and physiotherapy invoices with amounts")
def _():
    m = new('"Ulrich Dreckmann" <u.dreckmann@beamtenpost.example>', "beihilfe-team@kranich-pkv.example",
            "Beihilfebescheid vom 18.03. – bitte Restbeträge erstatten", "2026-03-23 19:40",
            extra=[("User-Agent", "Mozilla Thunderbird 128.8.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

anbei mein Beihilfebescheid vom 18.03.2026. Die Beihilfe hat ihre 50 %
gezahlt, bitte erstatten Sie die restlichen Anteile aus meinem
Beihilfe-Ergänzungstarif. Die Rechnungen selbst haben Sie über die App
schon bekommen.

Vers.-Nr. 3 440 182 06

Mit freundlichen Grüßen
Ulrich Dreckmann
Studiendirektor
""", cte="8bit", flowed=True)
    attach(m, "Beihilfebescheid_2026-03-18.pdf", pdf_file([
        ("b", "Landesamt für Besoldung und Versorgung NRW - Beihilfefestsetzungsstelle"),
        "Beihilfebescheid vom 18.03.2026 · Personalnummer 7 204 118 · Bemessungssatz 50 %",
        "Herrn Ulrich Dreckmann, Gievenbecker Reihe 31, 48161 Münster",
        "",
        "Lfd  Rechnungsdatum  Leistungserbringer                 Betrag     beihilfefähig  Beihilfe",
        "1    09.02.2026      Dr. Ahlers, Dermatologie           214,87     214,87         107,44",
        "2    11.02.2026      Labor Dr. Wisplinghoff             88,30      88,30          44,15",
        "3    20.02.2026      Physiotherapie Roloff (6x KG)      270,00     187,20         93,60",
        "4    02.03.2026      Apotheke am Ludgeriplatz           61,45      61,45          30,73",
        "",
        "Hinweis zu Pos. 3: Kürzung auf die Höchstbeträge nach Anlage 9 BBhV/BVO NRW.",
        "Summe Beihilfe: 275,92 EUR - Auszahlung auf das bekannte Konto.",
    ], title="Beihilfebescheid"), "application/pdf")
    return m


@section(59, "NORMAL", "en", "internal",
         "trap: fraud-awareness e-learning with invented manipulated invoices (fictitious patients)")
def _():
    m = new('"Compliance Training" <compliance@kranich-pkv.example>', '"International Service" <international-team@kranich-pkv.example>',
            "New e-learning: spotting manipulated medical invoices (30 min)", "2026-03-24 10:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hello International Service team,

the new fraud-awareness module is live in the learning portal. Please
complete it by 30 April 2026.

What you will practise, using invented example invoices (all patients and
providers in the module are fictitious):
- a hospital bill from abroad where the diagnosis (appendicitis) does not
  match the procedures billed (knee arthroscopy)
- 24 physiotherapy sessions billed on days when the clinic was closed
- the same MRI invoice submitted twice with different currencies
- pharmacy receipts for high-priced drugs without a prescription

Red flags, how to escalate (fraud hotline -7777) and what not to say to the
customer are covered at the end.

Compliance Office
""", cte="7bit")
    return m


@section(60, "CONFIDENTIAL", "mixed", "internal",
         "interview invitation; candidate's birth date and salary expectation only in the ICS description")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', '"Lindqvist, Marco" <marco.lindqvist@kranich-pkv.example>',
            "Einladung: Interview Claims Specialist International", "2026-03-25 08:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Marco,

Termin für das zweite Gespräch mit der Kandidatin, Details im Termin.
Interview will be in English, 45 minutes, your office.

Gruß
Sandra
""")
    attach(m, "invite.ics", crlf("""\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D43006000000000000001
DTSTAMP:20260325T072000Z
DTSTART;TZID=Europe/Berlin:20260331T140000
DTEND;TZID=Europe/Berlin:20260331T144500
SUMMARY:Interview Claims Specialist International (I-2026-02)
LOCATION:Haus A\\, Raum 2.17
ORGANIZER;CN="Kötter, Sandra":mailto:sandra.koetter@kranich-pkv.example
ATTENDEE;CN="Lindqvist, Marco";RSVP=TRUE:mailto:marco.lindqvist@kranich-pkv.example
DESCRIPTION:Kandidatin: Sofia Marquez\\, geb. 14.08.1992\\, wohnhaft Wolbeck
 er Straße 96\\, Münster. Gehaltsvorstellung 58.000 EUR\\, Eintritt ab 01.05
 .2026. Erstes Gespräch positiv (Sprachniveau Deutsch B2).
END:VEVENT
END:VCALENDAR
"""), "text/calendar", params={"method": "REQUEST"})
    return m


# =================================================================== mails 0061-0080

@section(61, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
         "request for a medical report on a named patient's daily sickness allowance claim; the signed release (DOCX) names the doctors")
def _():
    m = new('"Wessels, Katrin" <katrin.wessels@kranich-pkv.example>', '"Praxis Dr. Frerichs" <praxis@rheuma-frerichs.example>',
            "Anforderung Befundbericht – Herr Volker Stegemann, geb. 21.10.1970", "2026-03-26 09:14",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Frau Dr. Frerichs,

Herr Volker Stegemann bezieht seit dem 05.01.2026 Krankentagegeld aus
seinem Vertrag bei uns. Die Arbeitsunfähigkeitsbescheinigungen stellen Sie
aus. Zur Prüfung der weiteren Leistungen bitten wir Sie um einen kurzen
Befundbericht:

- Diagnosen und bisheriger Verlauf seit Januar
- aktuelle Therapie und Medikation
- voraussichtliche Dauer der Arbeitsunfähigkeit, ggf. Wiedereingliederung

Die unterschriebene Schweigepflichtentbindung von Herrn Stegemann liegt
bei. Ihren Aufwand vergüten wir nach GOÄ Nr. 75 (ausführlicher Bericht).

Mit freundlichen Grüßen
Katrin Wessels
Leistungsservice Krankentagegeld und Pflege

""" + FOOT_KRANICH + "\n")
    attach(m, "Schweigepflichtentbindung_Stegemann.docx", docx_file([
        ("h1", "Einwilligung und Schweigepflichtentbindung"),
        "Versicherte Person: Volker Stegemann, geb. 21.10.1970",
        "Anschrift: Dingbängerweg 58, 48163 Münster",
        "Versicherungsnummer: 2 560 917 44 (Tarif KT 43 – Krankentagegeld ab 43. Tag)",
        "Ich entbinde die folgenden Ärzte von ihrer Schweigepflicht gegenüber der Kranich Private "
        "Krankenversicherung AG, soweit es um meine Arbeitsunfähigkeit seit dem 05.01.2026 geht:",
        "1. Dr. med. Agnes Frerichs, Fachärztin für Innere Medizin und Rheumatologie, Münster",
        "2. Universitätsklinikum Münster, Klinik für Rheumatologie (stationärer Aufenthalt 12.–19.01.2026)",
        "Münster, 16.03.2026",
        "gez. Volker Stegemann",
    ], author="Kranich PKV"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


@section(62, "NORMAL", "de", "internal",
         "trap: team minutes on the backlog of doctors' invoices and hospital cases, figures only (ODT)")
def _():
    m = new('"Voss, Carina" <carina.voss@kranich-pkv.example>', '"Teamleitungen Leistung" <tl-leistung@kranich-pkv.example>',
            "Protokoll Teamleiterrunde 24.03.", "2026-03-26 15:02",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

anbei das Protokoll der Teamleiterrunde vom Dienstag. Korrekturen bitte
bis Freitag an mich.

Viele Grüße
Carina
""")
    attach(m, "Protokoll_TL-Runde_2026-03-24.odt", odt_file([
        ("h", "Protokoll Teamleiterrunde Leistung – 24.03.2026"),
        "Teilnehmende: G. Albers (Leitung), T. Brinkmann, J. Overbeck, K. Wessels, M. Lindqvist, A. Demir; Protokoll: C. Voss",
        "TOP 1 Rückstände: Im ambulanten Bereich liegen 11.420 unbearbeitete Arztrechnungen (Ziel: unter 8.000). "
        "Durchlaufzeit aktuell 6,8 Arbeitstage, Ziel 5. Ursache: Grippewelle im Team und das KLARA-Release.",
        "TOP 2 Krankenhaus: 212 offene Kostenübernahmeanträge, davon 31 älter als 3 Tage. Kliniken beschweren sich "
        "über Wartezeiten am Telefon. Maßnahme: Rückrufservice ab April.",
        "TOP 3 Pflege: Anstieg der Anträge auf Höherstufung des Pflegegrades um 18 % gegenüber Vorjahr; "
        "Medicproof-Gutachten dauern im Schnitt 27 Tage.",
        "TOP 4 Zahn: neue HKP-Maske läuft, Fehlerquote bei der Regionsangabe noch 4 %.",
        "TOP 5 Verschiedenes: Sommerfest 26.06.; Urlaubsplanung Sommer bis 15.04. einreichen.",
        "Nächster Termin: 28.04.2026, 10:00 Uhr, Raum A 3.02",
    ]), "application/vnd.oasis.opendocument.text")
    return m


@section(63, "CONFIDENTIAL", "de", "landlord-to-insurer",
         "private landlord (natural person) of a branch office gives a new IBAN for the rent")
def _():
    m = new('"Hermann Upmeier" <hermann.upmeier@t-net.example>', "facility@kranich-pkv.example",
            "Miete Büro Bielefeld, Niederwall 22 – neue Bankverbindung", "2026-03-27 10:55",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

ab der Miete für April bitte ich, die Miete für die Büroräume im 2. OG,
Niederwall 22, Bielefeld (Ihr Beihilfe-Servicebüro), auf mein neues Konto
zu überweisen:

Hermann Upmeier
IBAN DE75 2382 1406 8122 0723 86

Das bisherige Konto bei der Volksbank wird aufgelöst. Die Nebenkosten-
abrechnung 2025 bekommen Sie Ende April.

Mit freundlichen Grüßen
Hermann Upmeier
Detmolder Straße 311, 33604 Bielefeld
""")
    return m


@section(64, "NORMAL", "mixed", "internal",
         "bilingual notice that the parking garage is closed")
def _():
    m = new('"Facility Management" <facility@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Tiefgarage gesperrt 30.03.–01.04. / Car park closed", "2026-03-27 13:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Die Tiefgarage unter Haus A ist von Montag, 30.03., bis Mittwoch, 01.04.,
wegen Bodenbeschichtung gesperrt. Bitte nutzt den Parkplatz Ost oder
kommt mit Rad/Bus. Schwerbehindertenparkplätze sind vor Haus C
ausgewiesen.

The car park under building A is closed from Monday 30 March to
Wednesday 1 April (floor coating). Please use car park East or come by
bike/bus. Disabled parking spaces are in front of building C.

Facility Management
""")
    return m


@section(65, "STRICTLY_CONFIDENTIAL", "en", "assistance-to-insurer",
         "assistance company reports a named expat's motorbike accident in Thailand: fractures, surgery, evacuation to Bangkok")
def _():
    m = new('"GlobalAssist Medical Desk" <medical.desk@globalassist.example>', "international@kranich-pkv.example",
            "URGENT case GA-26-08813 / your insured Lukas Timmerbeil / guarantee of payment", "2026-03-29 04:17",
            extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high")])
    body(m, """\
Dear Kranich International Service,

we were contacted by the girlfriend of your insured:

Name:       Lukas Timmerbeil
DOB:        1994-08-27
Policy:     KG 7010384 (Global Care Plus)

Mr Timmerbeil had a motorbike accident on Koh Phangan on 28 March at
approx. 19:00 local time. He was taken to Koh Phangan Hospital and then
by boat to Bangkok Samitivej Hospital. Findings according to the treating
doctor: open fracture of the right tibia and fibula, fracture of the right
wrist, no head injury, conscious and stable. Blood alcohol was NOT tested.

Planned: surgery (external fixation, later intramedullary nail) today.
Estimated cost first 7 days: THB 1,450,000 (approx. EUR 38,500).
The hospital requests a guarantee of payment before surgery.

Please confirm coverage / GOP by reply. Our doctor will send a medical
report after surgery.

Kind regards
Nattaya S., case manager
GlobalAssist Medical Desk, Bangkok - 24/7 +66 2 660 1180
""", cte="7bit")
    return m


@section(66, "NORMAL", "en", "insurer-to-company",
         "trap: product information on the expat health plan for an HR department (maternity, mental health, evacuation), no person")
def _():
    m = new('"Lindqvist, Marco" <marco.lindqvist@kranich-pkv.example>', '"Anke Sommerfeld" <a.sommerfeld@hofmeyer-maschinenbau.example>',
            "Kranich Global Care - overview for your assignees", "2026-03-30 11:11",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Ms Sommerfeld,

thank you for your call. As requested, a short overview of Kranich Global
Care for employees you send abroad for more than six months:

- Worldwide cover, optionally excluding the USA
- Outpatient, inpatient and dental treatment, prescription drugs
- Maternity cover after a 10-month waiting period
- Mental health: up to 50 psychotherapy sessions per year
- Chronic conditions covered, incl. pre-existing conditions if the
  employee joins within 30 days of the assignment (group contract from
  10 assignees, no individual health questions)
- Emergency evacuation and repatriation via our assistance partner 24/7

Premiums depend on the region and the age band; for a group quote we only
need the number of assignees per age band and destination - no names or
health data at this stage.

Kind regards
Marco Lindqvist
International Service
""" + FOOT_KRANICH_EN + "\n", cte="quoted-printable")
    return m


@section(67, "CONFIDENTIAL", "de", "midwife-to-insurer",
         "freelance midwife registers for direct billing: IK number, tax number, private IBAN; no patient")
def _():
    m = new('"Hebamme Johanna Kerkhoff" <hebamme.kerkhoff@mailbox-nord.example>', "direktabrechnung@kranich-pkv.example",
            "Anmeldung Direktabrechnung Hebammenleistungen", "2026-04-01 21:34",
            extra=[("User-Agent", "Mozilla Thunderbird 128.8.0")])
    body(m, """\
Guten Abend,

ich bin freiberufliche Hebamme in Greven und möchte meine Leistungen für
Ihre Versicherten künftig direkt mit Ihnen abrechnen, wie es mir eine
Kollegin empfohlen hat.

Johanna Kerkhoff, Hebamme
Marktstraße 7, 48268 Greven
IK 45 05 38 219
Steuernummer 311/5066/2104 (umsatzsteuerbefreit nach § 4 Nr. 14 UStG)
IBAN DE75 8509 9136 5843 9178 16, Kontoinhaberin Johanna Kerkhoff

Bitte schicken Sie mir die Teilnahmevereinbarung zu.

Viele Grüße
Johanna Kerkhoff
""", cte="8bit", flowed=True)
    return m


@section(68, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
         "lawyer disputes the rejection of IVF costs for a named couple (infertility findings, treatment cycles)")
def _():
    m = new('"Kanzlei Dr. Brüning & Partner" <sekretariat@kanzlei-bruening.example>', "rechtsabteilung@kranich-pkv.example",
            "Unser Zeichen 118/26 KS – Ihre Versicherungsnummer 3 205 611 87 – Kosten künstliche Befruchtung", "2026-04-02 14:48",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Matthias Kersting anwaltlich vertreten.
Vollmacht anbei.

Mit Schreiben vom 11.03.2026 haben Sie die Erstattung der Kosten für drei
ICSI-Zyklen abgelehnt mit der Begründung, die Ursache der Kinderlosigkeit
liege bei der nicht bei Ihnen versicherten Ehefrau.

Das trifft nicht zu. Nach dem Befund des Kinderwunschzentrums Münster vom
14.10.2025 besteht bei unserem Mandanten eine hochgradige
Oligoasthenoteratozoospermie (ICD-10 N46). Die Behandlung ist damit nach
der Rechtsprechung des BGH (Urt. v. 17.12.1986, IVa ZR 78/85) eine
Heilbehandlung unseres Mandanten; die Kosten sind einschließlich der
Maßnahmen am Körper der Ehefrau zu erstatten, soweit die Erfolgsaussicht
je Versuch mindestens 15 % beträgt. Die Ehefrau ist 34 Jahre alt.

Wir fordern Sie auf, die Rechnungen über insgesamt 14.882,30 € bis zum
23.04.2026 zu erstatten.

Mit freundlichen Grüßen
Dr. Kristina Sander
Rechtsanwältin
Kanzlei Dr. Brüning & Partner mbB, Domplatz 40, 48143 Münster
""")
    return m


@section(69, "CONFIDENTIAL", "mixed", "internal",
         "relocation allowance for a named new hire with amount and IBAN; English question, German answer from HR")
def _():
    m = new('"Schlattmann, Birte" <birte.schlattmann@kranich-pkv.example>', '"Lindqvist, Marco" <marco.lindqvist@kranich-pkv.example>',
            "AW: relocation allowance Kwame Mensah", "2026-04-07 10:02",
            irt="<DB7PR02MB4401.kranich.20260406@kranich-pkv.example>",
            refs="<DB7PR02MB4401.kranich.20260406@kranich-pkv.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Marco,

ja, das geht: Umzugskostenzuschuss pauschal 2.500 € brutto mit der
Mai-Abrechnung, steuerfrei bis zur Höhe der Pauschalen nach BUKG, den
Rest versteuern wir. Die IBAN aus seiner Mail habe ich schon in SAP
hinterlegt (DE48 6789 5066 1642 0890 61).

Gruß
Birte

-----Ursprüngliche Nachricht-----
Von: Lindqvist, Marco <marco.lindqvist@kranich-pkv.example>
Gesendet: Montag, 6. April 2026 16:40
An: Schlattmann, Birte <birte.schlattmann@kranich-pkv.example>
Betreff: relocation allowance Kwame Mensah

Hi Birte,
Kwame Mensah (starts 1 May in my team) is moving from Hamburg with his
family. In the offer we promised a relocation allowance of EUR 2,500.
Can you pay it with the first salary? He sent me his bank details, see
below - I hope that's ok.
IBAN DE48 6789 5066 1642 0890 61, account holder Kwame Mensah
Thanks, Marco
""")
    return m


@section(70, "NORMAL", "de", "internal",
         "trap: intranet article with public long-term care statistics (care levels, dementia), no person")
def _():
    m = new('"Intranet-Redaktion" <intranet@kranich-pkv.example>', '"Wessels, Katrin" <katrin.wessels@kranich-pkv.example>',
            "Bitte Freigabe: Artikel \"Pflege in Zahlen\"", "2026-04-08 12:40",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Wessels,

bevor der Artikel am Montag online geht, bitte einmal fachlich drüberlesen:

---
Pflege in Zahlen
Rund 5,7 Millionen Menschen in Deutschland sind pflegebedürftig, gut vier
von fünf werden zu Hause versorgt – meist von Angehörigen, oft mit
Unterstützung eines ambulanten Pflegedienstes. Etwa 1,8 Millionen Menschen
leben mit einer Demenz. Die meisten Pflegebedürftigen haben Pflegegrad 2
(rund 40 %), Pflegegrad 5 haben etwa 4 %.

In unserer privaten Pflegepflichtversicherung ist der Anteil in den
Pflegegraden 4 und 5 höher als im Bundesdurchschnitt, weil unsere
Versicherten im Schnitt älter sind. Das Pflegetagegeld PT 50 zahlt ab
Pflegegrad 2 und hilft, die Eigenanteile im Pflegeheim (durchschnittlich
über 3.000 € im Monat) zu tragen.
---

Quellen: Statistisches Bundesamt, Pflegestatistik; eigene Bestandsdaten
(nur aggregiert).

Danke und viele Grüße
Jörn Wermelt
Intranet-Redaktion
""")
    return m


@section(71, "CONFIDENTIAL", "de", "insurer-to-customer",
         "travel cancellation claim at the sister company because of job loss (no health): named customer, claim number, refund amount")
def _():
    m = new('"Kranich Allgemeine – Reiseschaden" <reise@kranich-allgemeine.example>', '"Nico Fahlbusch" <nico.fahlbusch@freenet-post.example>',
            "Ihr Schaden RR-26-004417 – Reiserücktritt", "2026-04-09 09:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrter Herr Fahlbusch,

vielen Dank für die Unterlagen zu Ihrer stornierten Reise nach Kreta
(Reisezeitraum 18.–29.05.2026, Buchungsnummer TUX-8814520).

Der Verlust Ihres Arbeitsplatzes durch betriebsbedingte Kündigung Ihres
Arbeitgebers ist nach unseren Bedingungen ein versichertes Ereignis. Wir
erstatten die Stornokosten abzüglich des vereinbarten Selbstbehalts:

Stornokosten laut Reiseveranstalter:   1.612,00 €
Selbstbehalt 20 %:                      -322,40 €
Erstattung:                            1.289,60 €

Der Betrag wird in den nächsten Tagen auf Ihr Konto mit der Endung 7704
überwiesen.

Mit freundlichen Grüßen
Team Reiseschaden

""" + FOOT_ALLG + "\n")
    return m


@section(72, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "death of a named customer: contract end, premium refund to heirs; no diagnosis but the death and the health contract")
def _():
    m = new('"Nowak, Felix" <felix.nowak@kranich-pkv.example>', '"Beitragsservice" <beitrag@kranich-pkv.example>',
            "Sterbefall Vertrag 1 903 448 20 – Rückzahlung an Erbin", "2026-04-10 11:16",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

unser Versicherter Herr Werner Hülsbusch ist am 21.03.2026 verstorben,
die Sterbeurkunde liegt jetzt vor (Standesamt Emsdetten). Der Vertrag
endet damit zum 21.03.; die mitversicherte Ehefrau, Frau Ilse Hülsbusch,
führt ihren Teil als eigenen Vertrag fort (Antrag auf Fortsetzung ist da).

Bitte:
1. Beitrag für Herrn Hülsbusch ab 22.03. anteilig zurückrechnen
   (Anteil März + April = 612,38 €)
2. Rückzahlung an die Erbin, Frau Ilse Hülsbusch, auf ihr Konto
3. Die noch offenen Krankenhausrechnungen aus März laufen über das
   Krankenhaus-Team, die sind schon informiert.

Danke
Felix
""")
    return m


@section(73, "NORMAL", "mixed", "auto-reply",
         "bilingual out-of-office reply of a claims handler pointing to the claims mailbox")
def _():
    m = new('"Hölscher, Miriam" <miriam.hoelscher@kranich-pkv.example>', '"Praxis Dr. Kamp" <praxis@orthopaedie-kamp.example>',
            "Automatische Antwort: Rückfrage Rechnung / Automatic reply", "2026-04-13 08:02",
            irt="<PR-KAMP-20260413-0801@orthopaedie-kamp.example>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("X-Mailer", "Microsoft Exchange Server 2019")])
    body(m, """\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17.04.2026
nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

Rechnungen und Leistungsanträge senden Sie bitte an
leistung@kranich-pkv.example, Fragen zu Krankenhausaufenthalten an
klinik@kranich-pkv.example.

Thank you for your message. I am out of the office until 17 April 2026.
For claims please write to leistung@kranich-pkv.example.

Miriam Hölscher
""")
    return m


@section(74, "NORMAL", "de", "supplier-to-insurer",
         "trap: hearing-aid chain offers a framework agreement with prices per hearing-loss grade and device class, no person")
def _():
    m = new('"Kooperationen | Hörwelt Akustik GmbH" <kooperation@hoerwelt-akustik.example>', "einkauf@kranich-pkv.example",
            "Rahmenvereinbarung Hörsysteme für Ihre Versicherten – Preisliste 2026", "2026-04-14 10:45",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

wie am Telefon besprochen, senden wir Ihnen unser Angebot für eine
Rahmenvereinbarung zur Versorgung Ihrer Versicherten mit Hörsystemen.

Festpreise je Ohr, inklusive Anpassung, Nachsorge 6 Jahre, Batterien
bzw. Ladegerät:

Leichte Schwerhörigkeit, Basisklasse:               690 €
Mittelgradige Schwerhörigkeit, Mittelklasse:       1.240 €
Hochgradige Schwerhörigkeit, Premiumklasse:         1.890 €
Tinnitus-Kombigerät, Aufpreis:                      +180 €
Kinderversorgung (bis 18 J.), wasserfest:          1.050 €

Voraussetzung ist eine ohrenärztliche Verordnung mit Tonaudiogramm. Wir
rechnen auf Wunsch direkt mit Ihnen ab und verzichten auf Vorkasse der
Versicherten. 142 Filialen in NRW und Niedersachsen.

Für ein Gespräch stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Benedikt Overkamp
Leiter Kooperationen
Hörwelt Akustik GmbH · Am Stadtgraben 3 · 48143 Münster · AG Münster HRB 18842
""")
    return m


@section(75, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "case-conference invitation; the stroke, the rehab plan and the named customer are only in the ICS description")
def _():
    m = new('"Overbeck, Jens" <jens.overbeck@kranich-pkv.example>', '"Fallmanagement" <fallmanagement@kranich-pkv.example>',
            "Fallkonferenz Donnerstag", "2026-04-14 15:55",
            cc='"Dr. Sandmann, Ulrike" <ulrike.sandmann@kranich-pkv.example>',
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

Einladung für Donnerstag, Details im Termin. Bitte die Akte vorher
ansehen.

Jens
""")
    attach(m, "Fallkonferenz.ics", crlf("""\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D43007500000000000001
DTSTAMP:20260414T135500Z
DTSTART;TZID=Europe/Berlin:20260416T103000
DTEND;TZID=Europe/Berlin:20260416T111500
SUMMARY:Fallkonferenz Reha-Planung Hr. Klaus Venker (VSNR 1 660 204 73)
LOCATION:Teams-Besprechung
ORGANIZER;CN="Overbeck, Jens":mailto:jens.overbeck@kranich-pkv.example
ATTENDEE;CN=Fallmanagement;RSVP=TRUE:mailto:fallmanagement@kranich-pkv.example
ATTENDEE;CN="Dr. Sandmann, Ulrike";RSVP=TRUE:mailto:ulrike.sandmann@kranich-pkv.example
DESCRIPTION:Hr. Venker\\, 67 J.\\, Schlaganfall (Hirninfarkt li.\\, I63.5) am
  28.03.\\, Akutbehandlung UKM Stroke Unit\\, jetzt Frühreha Phase B in Hil
 trup. Themen: Anschluss-Reha Phase C (Klinik Bad Rothenfelde angefragt)\\,
  Hilfsmittel (Rollator\\, Pflegebett)\\, Antrag Pflegegrad\\, Ehefrau bitt
 et um Rückruf.
END:VEVENT
END:VCALENDAR
"""), "text/calendar", params={"method": "REQUEST"})
    return m


@section(76, "CONFIDENTIAL", "en", "travel-agency-to-insurer",
         "team trip booking with names, birth dates and passport numbers of staff (XLSX)")
def _():
    m = new('"Emma Clarke | Corporate Travel" <emma.clarke@northstar-travel.example>', "carina.voss@kranich-pkv.example",
            "Your team trip to London 11-13 June - passenger details to check", "2026-04-15 12:31",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Ms Voss,

the group fare for your International Service team is on hold until 22
April. For the ticketing and the Advance Passenger Information we need the
details exactly as in the passports - please check the attached list and
correct anything that is wrong.

Kind regards
Emma Clarke
Corporate Travel, Northstar Travel Ltd
""", cte="7bit")
    attach(m, "API_list_KRANICH_LON_0611.xlsx", xlsx([
        ("Passengers", [
            ["Surname", "First name", "Date of birth", "Nationality", "Passport no.", "Expiry"],
            ["LINDQVIST", "MARCO", "1983-05-19", "SWE", "91845527", "2031-02-14"],
            ["MARQUEZ", "SOFIA", "1992-08-14", "ESP", "PAF718204", "2029-11-30"],
            ["MENSAH", "KWAME", "1988-12-03", "DEU", "C4JX21T87", "2033-06-01"],
            ["EGBERT", "LISA", "1996-02-27", "DEU", "C7RM09L33", "2030-09-18"],
            ["ÖZDEMIR", "CAN", "1990-10-10", "DEU", "C2KP44W51", "2028-04-07"],
        ]),
    ], author="Northstar Travel"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@section(77, "NORMAL", "en", "internal",
         "IT rollout of a new VPN client")
def _():
    m = new('"IT Service Desk" <servicedesk@kranich-pkv.example>', '"All staff" <alle@kranich-pkv.example>',
            "New VPN client from 20 April - action required", "2026-04-16 09:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear colleagues,

from Monday 20 April we replace the old VPN client with "SecureLink 7".
The new client will be installed automatically on your laptop overnight.

What you need to do:
1. Restart your laptop once on Monday morning while connected to the
   office network or the old VPN.
2. At the first login, confirm the MFA prompt in the authenticator app.
3. Remove the old VPN shortcut from your desktop.

If you work from home only, please make sure to connect at least once
between 20 and 24 April, otherwise the update cannot be installed.

Questions: servicedesk@kranich-pkv.example, ext. -5000

Your IT Service Desk
""", cte="7bit")
    return m


@section(78, "STRICTLY_CONFIDENTIAL", "de", "system-to-customer",
         "HTML-only portal claim confirmation with a table of a named customer's naturopath and osteopathy invoices")
def _():
    m = new('"Kranich Kundenportal" <no-reply@portal.kranich-pkv.example>', '"Bettina Schoppmann" <b.schoppmann@web-post.example>',
            "Eingangsbestätigung Ihrer Belege", "2026-04-17 06:12",
            extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Kranich Portal Notifier 3.1")])
    body(m, """\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Eingangsbestätigung</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Guten Tag Frau Schoppmann,</p>
<p>wir haben die folgenden Belege zu Ihrer Versicherungsnummer <b>4 118 930 25</b> erhalten und bearbeiten sie in den nächsten Tagen:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Beleg-Nr.</th><th>Datum</th><th>Leistungserbringer</th><th>Art</th><th>Betrag</th></tr>
<tr><td>26-0416-22871</td><td>24.03.2026</td><td>Heilpraktikerin Annette Liesner</td><td>Akupunktur (GebüH 21.1), 3 Sitzungen</td><td>165,00 €</td></tr>
<tr><td>26-0416-22872</td><td>02.04.2026</td><td>Osteopathie am Kreuzviertel</td><td>Osteopathische Behandlung, Beckenschiefstand</td><td>110,00 €</td></tr>
<tr><td>26-0416-22873</td><td>09.04.2026</td><td>Apotheke am Dom</td><td>Homöopathische Arzneimittel lt. Rezept</td><td>38,70 €</td></tr>
</table>
<p>Den Stand der Bearbeitung sehen Sie jederzeit im Kundenportal unter „Meine Belege“.</p>
<p>Freundliche Grüße<br>Ihre Kranich Private Krankenversicherung AG</p>
<p style="font-size:11px;color:#777">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.</p>
</body></html>
""", subtype="html")
    return m


@section(79, "NORMAL", "de", "internal",
         "trap: job advert for a medical adviser (psychiatry/psychotherapy, orthopaedics), no person")
def _():
    m = new('"Personalmarketing" <karriere@kranich-pkv.example>', '"Albers, Gregor" <gregor.albers@kranich-pkv.example>',
            "Entwurf Stellenanzeige Beratungsarzt (m/w/d) – bitte Freigabe", "2026-04-20 14:27",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Herr Albers,

hier der Entwurf, bitte Freigabe oder Änderungen bis Mittwoch:

---
Beratungsärztin / Beratungsarzt (m/w/d) in Teilzeit oder auf Honorarbasis
Schwerpunkt Psychiatrie und Psychotherapie oder Orthopädie

Sie beurteilen für unsere Leistungsabteilung die medizinische
Notwendigkeit von Behandlungen: Anträge auf Psychotherapie und deren
Verlängerung, stationäre psychosomatische Behandlungen, Wirbelsäulen- und
Gelenkoperationen, Krankentagegeldfälle mit langer Arbeitsunfähigkeit.
Sie stehen unseren Sachbearbeitenden als Ansprechpartner zur Seite und
sprechen bei Bedarf mit behandelnden Ärztinnen und Ärzten.

Voraussetzung: Facharztanerkennung, mehrjährige klinische Erfahrung,
Interesse an sozialmedizinischen Fragestellungen. Keine Nacht- und
Wochenenddienste.
---

Viele Grüße
Carina Voss
""")
    return m


@section(80, "CONFIDENTIAL", "en", "internal",
         "one-line reply; a colleague's IBAN for travel expenses only in the quoted message")
def _():
    m = new('"Reisekostenstelle" <reisekosten@kranich-pkv.example>', '"Marquez, Sofia" <sofia.marquez@kranich-pkv.example>',
            "RE: travel expenses London - bank account", "2026-06-18 10:05",
            irt="<AM0PR04MB.sm.20260617@kranich-pkv.example>", refs="<AM0PR04MB.sm.20260617@kranich-pkv.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
ok, updated - thanks!

Reisekostenstelle

-----Original Message-----
From: Marquez, Sofia <sofia.marquez@kranich-pkv.example>
Sent: Wednesday, June 17, 2026 4:12 PM
To: Reisekostenstelle <reisekosten@kranich-pkv.example>
Subject: travel expenses London - bank account

Hello,
I have changed my bank. Could you please pay the London travel expenses
(EUR 243.10) to my new account?
Sofia Marquez, IBAN DE48 1956 1055 1098 7709 04
Thank you!
Sofia
""", cte="7bit")
    return m


# =================================================================== mails 0081-0100

@section(81, "STRICTLY_CONFIDENTIAL", "de", "optician-to-insurer",
         "optician's cost estimate for varifocals with a named customer's refraction values")
def _():
    m = new('"Optik Möllers" <info@optik-moellers.example>', "leistung@kranich-pkv.example",
            "Kostenvoranschlag Gleitsichtbrille – Herr Alfons Bußmann", "2026-04-21 10:18",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

Herr Alfons Bußmann (Vers.-Nr. 1 552 067 39) bat uns, Ihnen vorab den
Kostenvoranschlag zu senden, weil er wissen möchte, was Sie übernehmen.

Refraktion vom 17.04.2026 (Augenärztin Dr. Beckmann):
R  sph -3,25  cyl -1,00  Achse 170°  Add +2,50
L  sph -4,00  cyl -0,75  Achse 10°   Add +2,50
Zusätzlich beginnende Linsentrübung beidseits laut Verordnung, daher
Blendschutz empfohlen.

Gleitsichtgläser Premium, Kunststoff 1,67, entspiegelt, Blaufilter
  2 x 498,00 €                               996,00 €
Fassung Titan (Lindberg Air)                 389,00 €
Anpassung und Zentrierung                     45,00 €
Gesamt                                      1.430,00 €

Mit freundlichen Grüßen
Stefanie Möllers
Augenoptikermeisterin
Optik Möllers, Hauptstraße 23, 48231 Warendorf
""")
    return m


@section(82, "NORMAL", "en", "university-to-insurer",
         "trap: university international office asks for a general info session for incoming students; counts only, no person")
def _():
    m = new('"International Office Uni Münster" <welcome@io-uni-muenster.example>', "international@kranich-pkv.example",
            "Info session on health insurance for incoming students - winter term 2026/27", "2026-04-22 13:40",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Mr Lindqvist,

like last year we would like to invite you to our welcome week for
international students. Around 1,400 incoming students are expected, about
a third of them from outside the EU.

The questions we get most often:
- Do I need German statutory insurance or is private insurance enough?
- What happens if I get sick in the first weeks before my insurance
  starts?
- Are dentist visits, glasses and psychotherapy covered?
- Is pregnancy covered for students?

Could you give a 30-minute talk (in English) on 1 October at 14:00 in the
Schloss lecture hall? We will also invite the AOK and the TK for the
statutory side.

Best wishes
Amélie Fontaine
International Office - Welcome Services
""")
    return m


@section(83, "CONFIDENTIAL", "de", "insurer-to-customer",
         "private liability claim at the sister company: child scratched a neighbour's car, nobody hurt; named customer, claim number")
def _():
    m = new('"Kranich Allgemeine – Haftpflichtschaden" <haftpflicht@kranich-allgemeine.example>',
            '"Sandra Lütke-Wöstmann" <s.luetke-woestmann@web-post.example>',
            "Ihr Schaden PH-26-118402 – Kratzer am Fahrzeug Ihres Nachbarn", "2026-04-23 11:05",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Frau Lütke-Wöstmann,

vielen Dank für Ihre Schadenmeldung. Sie schreiben, dass Ihr Sohn
(8 Jahre) am 18.04. mit seinem Tretroller gegen den geparkten Wagen Ihres
Nachbarn, Herrn Demirci (Kennzeichen MS-KD 418), gefahren ist. Verletzt
wurde zum Glück niemand; am Wagen ist die hintere Tür zerkratzt.

Ihre Privathaftpflicht (Vertrag PH-5518207) schließt die Haftung für
deliktunfähige Kinder bis 10 Jahre ausdrücklich ein. Wir werden uns daher
direkt mit Herrn Demirci in Verbindung setzen und den Schaden nach
Vorlage eines Kostenvoranschlags regulieren.

Mit freundlichen Grüßen
Thomas Bröker
Schadenservice Haftpflicht

""" + FOOT_ALLG + "\n")
    return m


@section(84, "NORMAL", "de", "system-to-staff",
         "automatic password-expiry reminder")
def _():
    m = new('"Kranich Active Directory" <noreply-ad@kranich-pkv.example>', "jasper.feldkamp@kranich-pkv.example",
            "Ihr Kennwort läuft in 7 Tagen ab", "2026-04-24 06:00",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """\
Hallo,

Ihr Windows-Kennwort läuft am 01.05.2026 ab. Bitte ändern Sie es
rechtzeitig mit Strg+Alt+Entf > "Kennwort ändern" oder im Self-Service-
Portal https://passwort.kranich-pkv.example.

Das neue Kennwort muss mindestens 14 Zeichen haben und darf keinem der
letzten 10 Kennwörter entsprechen.

Diese Nachricht wurde automatisch erzeugt.
IT Service Desk, Durchwahl -5000
""")
    return m


@section(85, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
         "broker submits an application and lists the applicant's previous illnesses, knee surgery and blood-pressure medication")
def _():
    m = new('"Versicherungskontor Brockhoff" <kontakt@vk-brockhoff.example>', "antrag@kranich-pkv.example",
            "Neuantrag Komfort 300 – Kunde Sebastian Tegeler", "2026-04-27 16:36",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

den unterschriebenen Antrag für Herrn Sebastian Tegeler (geb. 09.12.1986,
selbständiger Architekt) lade ich gleich im Portal hoch. Vorab zur
Risikoprüfung, damit es schneller geht – im Antrag steht es auch:

- Heuschnupfen (Gräser), nur Cetirizin bei Bedarf, keine Hyposensibilisierung
- 2019 Arthroskopie rechtes Knie (Innenmeniskus), seitdem beschwerdefrei
- seit 2024 Bluthochdruck, eingestellt mit Ramipril 5 mg, Werte zuletzt
  135/85, Hausarzt Dr. Tenhagen
- keine Psychotherapie, keine stationären Aufenthalte in den letzten 10 Jahren
- BMI 27

Gewünschter Beginn 01.06.2026. Können Sie mir sagen, ob es auf einen
Zuschlag hinausläuft? Der Kunde möchte keinen Leistungsausschluss fürs Knie.

Beste Grüße
Jan Brockhoff
Versicherungskontor Brockhoff GmbH
""")
    return m


@section(86, "NORMAL", "de", "internal",
         "trap: training note on Beihilfe rules (percentages, care, eligible costs), generic")
def _():
    m = new('"Terhaar, Birgit" <birgit.terhaar@kranich-pkv.example>', '"Beihilfe-Team" <beihilfe-team@kranich-pkv.example>',
            "Schulungsunterlage: Beihilfe-Grundlagen für die neuen Kolleginnen", "2026-04-28 08:45",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

für die Einarbeitung von Frau Hüsing und Herrn Feldkamp hier die
wichtigsten Punkte, bitte gern ergänzen:

1. Bemessungssätze (Bund, die meisten Länder ähnlich):
   Beihilfeberechtigte 50 %, mit zwei oder mehr Kindern 70 %,
   Versorgungsempfänger 70 %, Ehepartner 70 %, Kinder 80 %.
   Unsere Beihilfe-Ergänzungstarife decken den Rest.
2. Beihilfefähig sind nur "angemessene" Aufwendungen: bei Heilmitteln
   gelten Höchstbeträge (Anlage 9 BBhV), bei Zahnersatz Material- und
   Laborkosten teilweise nur zu 60 %.
3. Pflege: Beihilfe zahlt bei Pflegegraden anteilig, die private
   Pflegepflichtversicherung den Rest – wir brauchen immer das Gutachten.
4. Wahlleistungen im Krankenhaus sind in NRW nur gegen monatlichen
   Eigenbeitrag beihilfefähig.
5. Wechsel des Bemessungssatzes (Pensionierung, Kind fällt weg) → Tarif
   muss angepasst werden, Frist 6 Monate ohne neue Gesundheitsprüfung.

Birgit
""")
    return m


@section(87, "CONFIDENTIAL", "de", "internal",
         "working-student contract; birth date, tax ID, IBAN and hourly wage only in the DOCX, body harmless")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', '"Terhaar, Birgit" <birgit.terhaar@kranich-pkv.example>',
            "Werkstudentenvertrag zur Unterschrift", "2026-04-29 14:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Birgit,

anbei der Vertrag für deinen neuen Werkstudenten zum Gegenlesen. Wenn
alles passt, drucke ich ihn aus und du unterschreibst als
Fachvorgesetzte.

Gruß
Sandra
""")
    attach(m, "Werkstudentenvertrag_Rahe.docx", docx_file([
        ("h1", "Arbeitsvertrag für Werkstudierende"),
        "Zwischen der Kranich Private Krankenversicherung AG, Am Kranichteich 4, 48149 Münster, und",
        "Herrn Leon Rahe, geboren am 02.03.2003, wohnhaft Scharnhorststraße 41, 48151 Münster, "
        "immatrikuliert an der Universität Münster (Wirtschaftsinformatik), Matrikelnummer 498 112 4,",
        "wird folgender Vertrag geschlossen:",
        "§ 1 Beginn und Tätigkeit: ab 01.05.2026 als Werkstudent im Beihilfe-Team (Unterstützung Datenqualität).",
        "§ 2 Arbeitszeit: 16 Stunden wöchentlich, in der vorlesungsfreien Zeit bis zu 38 Stunden.",
        "§ 3 Vergütung: 16,80 € brutto je Stunde, Auszahlung zum Monatsende auf das Konto "
        "IBAN DE82 3293 5452 5480 0789 32.",
        "§ 4 Steuer und Sozialversicherung: Steuer-ID 83 402 117 965; Werkstudentenprivileg nach § 6 Abs. 1 Nr. 3 SGB V.",
        "§ 5 Verschwiegenheit: Der Werkstudent verpflichtet sich zur Verschwiegenheit über alle Versichertendaten (§ 203 StGB).",
        "Münster, den ____________",
    ], author="Sandra Kötter"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


@section(88, "NORMAL", "en", "newsletter",
         "vendor webinar invitation on AI in claims handling")
def _():
    m = new('"ClaimFlow AI" <events@claimflow-ai.example>', "henrik.baumeister@kranich-pkv.example",
            "Webinar 12 May: straight-through processing in health claims with LLMs", "2026-04-30 15:00",
            extra=[("List-Unsubscribe", "<https://claimflow-ai.example/unsubscribe/HB2211>"), ("Precedence", "bulk")])
    body(m, """\
Hi Henrik,

join our 45-minute webinar on 12 May at 11:00 CEST:

  "From inbox to payment: straight-through processing with LLMs"

- how a mid-size European insurer reached 62 % automatic processing
- reading scanned invoices in 14 languages
- audit trails and the EU AI Act - what your regulator will ask

Speakers: Dr. Mira Hollander (CTO), Paul Geraghty (Head of Product)

Register: https://claimflow-ai.example/webinar/0512
Unsubscribe: https://claimflow-ai.example/unsubscribe/HB2211
""", cte="7bit")
    return m


@section(89, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
         "underwriting decision for the broker's client: risk surcharge for high blood pressure, knee not excluded")
def _():
    m = new('"Risikoprüfung Kranich PKV" <antrag@kranich-pkv.example>', '"Versicherungskontor Brockhoff" <kontakt@vk-brockhoff.example>',
            "AW: Neuantrag Komfort 300 – Kunde Sebastian Tegeler", "2026-05-05 13:12",
            irt="<VKB-20260427-1636@vk-brockhoff.example>", refs="<VKB-20260427-1636@vk-brockhoff.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Herr Brockhoff,

wir können den Antrag von Herrn Tegeler annehmen:

- Wegen der medikamentös behandelten Hypertonie erheben wir einen
  Risikozuschlag von 15 % auf den Tarif Komfort 300.
- Für das Knie sehen wir keinen Ausschluss vor, da die Arthroskopie
  folgenlos ausgeheilt ist.
- Heuschnupfen: kein Zuschlag.

Beitrag inkl. Zuschlag: 612,84 € monatlich (ohne Pflegepflicht).
Der Versicherungsschein geht mit dem Zuschlagsvermerk an den Kunden; er
kann den Zuschlag nach drei Jahren überprüfen lassen, wenn er stabile
Blutdruckwerte nachweist.

Viele Grüße
Anja Reckmann
Risikoprüfung
""")
    return m


@section(90, "NORMAL", "de", "internal",
         "trap: table of maximum rates for physiotherapy, massage and speech therapy (XLSX), no person")
def _():
    m = new('"Borchert, Ines" <ines.borchert@kranich-pkv.example>', '"Leistung alle" <leistung-alle@kranich-pkv.example>',
            "Heilmittel: neue Höchstsätze ab 01.05.2026 im Regelwerk", "2026-04-30 11:25",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

ab 01.05.2026 gelten im Regelwerk die neuen erstattungsfähigen
Höchstsätze für Heilmittel (Tarife Komfort und Basis Select) und die
angepassten Beihilfe-Höchstbeträge. Die Tabelle hängt an; KLARA prüft ab
Montag automatisch dagegen.

Bei Überschreitungen bitte wie bisher: bis 15 % ohne Rückfrage zahlen,
darüber Rückfrage beim Versicherten bzw. der Praxis.

Ines
""")
    attach(m, "Heilmittel_Hoechstsaetze_2026-05.xlsx", xlsx([
        ("Höchstsätze", [
            ["Pos.", "Heilmittel", "Regelbehandlungszeit", "Komfort EUR", "Basis Select EUR", "Beihilfe BBhV EUR"],
            ["X0501", "Krankengymnastik", "20 Min.", 38.00, 32.00, 31.20],
            ["X1201", "Manuelle Therapie", "20 Min.", 45.00, 38.00, 36.10],
            ["X0301", "Klassische Massage", "20 Min.", 26.00, 22.00, 20.40],
            ["X0701", "Manuelle Lymphdrainage 45", "45 Min.", 58.00, 49.00, 47.90],
            ["X1501", "Wärmetherapie (Heißluft)", "10 Min.", 12.00, 10.00, 9.60],
            ["X3101", "Logopädie Einzelbehandlung", "45 Min.", 72.00, 60.00, 58.50],
            ["X4101", "Ergotherapie motorisch-funktionell", "45 Min.", 60.00, 50.00, 48.70],
        ]),
    ], author="Ines Borchert"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@section(91, "CONFIDENTIAL", "de", "internal",
         "pool-car driving-licence check with staff names, birth dates and licence numbers")
def _():
    m = new('"Vennemann, Ralf" <ralf.vennemann@kranich-pkv.example>', '"Fuhrpark" <fuhrpark@kranich-pkv.example>',
            "Führerscheinkontrolle Poolfahrzeuge Q2", "2026-05-06 09:50",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Beermann,

hier die Ergebnisse der halbjährlichen Führerscheinkontrolle für die
Nutzer der Poolfahrzeuge (Außendienst Krankenhaus-Team und Beihilfe-
Servicebüros). Bei allen drei lag der Führerschein im Original vor:

Name               geb.         Führerschein-Nr.   Klasse   gültig bis
Jens Overbeck      14.02.1977   B072X4R1K51        B, BE    19.01.2033
Yusuf Arslan       03.09.1991   J41205Z9M27        B        07.06.2035
Birgit Terhaar     28.06.1969   F8833L0P214        B        11.11.2032

Nächste Kontrolle im November. Die Kopien habe ich nicht aufbewahrt.

Gruß
Ralf Vennemann
""")
    return m


@section(92, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "elderly customer writes in windows-1252 about a bridge that fell out and the dentist's plan for new dentures")
def _():
    m = new('"Wilhelm Kleinehollenhorst" <w.kleinehollenhorst@t-net.example>', "leistung@kranich-pkv.example",
            "Zahnersatz", "2026-05-07 10:31",
            extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")])
    body(m, """\
Sehr geehrte Damen und Herren,

meine Brücke oben links ist am Sonntag beim Essen herausgefallen. Mein
Zahnarzt, Herr Dr. Wiewel in Ibbenbüren, sagt, die beiden Pfeilerzähne
sind nicht mehr zu retten und ich brauche jetzt eine Teilprothese oben,
eventuell später Implantate. Er schickt Ihnen den Heil- und Kostenplan.

Ich bin 84 Jahre alt und möchte vorher wissen, was Sie bezahlen, weil ich
von meiner Rente keine großen Sprünge machen kann.

Meine Versicherungsnummer ist 0 877 310 52.

Hochachtungsvoll
Wilhelm Kleinehollenhorst
Bahnhofstraße 12
49477 Ibbenbüren
""", charset="windows-1252", cte="quoted-printable")
    return m


@section(93, "NORMAL", "de", "internal",
         "reminder for the staff survey")
def _():
    m = new('"Personalentwicklung" <pe@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Erinnerung: Mitarbeitendenbefragung läuft noch bis Freitag", "2026-05-11 08:15",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

bisher haben 58 % von Ihnen an der Mitarbeitendenbefragung teilgenommen –
vielen Dank! Die Befragung läuft noch bis Freitag, 15. Mai.

Der Fragebogen dauert etwa 15 Minuten und ist anonym; Ergebnisse werden
nur für Gruppen ab 8 Personen ausgewertet.

Zum Fragebogen: https://befragung.kranich-pkv.example

Ihre Personalentwicklung
""")
    return m


@section(94, "NORMAL", "de", "internal",
         "trap: data-protection impact assessment minutes for OCR of medical invoices (DOCX), categories of health data but no person")
def _():
    m = new('"Schürmann, Lea" <lea.schuermann@kranich-pkv.example>', '"Projekt OCR-Belegeingang" <projekt-ocr@kranich-pkv.example>',
            "DSFA Belegerkennung – Protokoll Workshop 2", "2026-05-12 17:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

anbei das Protokoll unseres zweiten DSFA-Workshops. Offene Punkte sind
gelb markiert (im Dokument mit "OFFEN" gekennzeichnet).

Viele Grüße
Lea
""")
    attach(m, "DSFA_OCR_Belegeingang_Workshop2.docx", docx_file([
        ("h1", "Datenschutz-Folgenabschätzung OCR-Belegeingang – Workshop 2"),
        "Datum: 12.05.2026 · Teilnehmende: Datenschutz, IT-Sicherheit, Leistung, Einkauf, Anbieter DocuSense (zeitweise)",
        ("h2", "1. Verarbeitete Datenkategorien"),
        "Arzt-, Zahnarzt-, Krankenhaus- und Apothekenrechnungen, Heil- und Kostenpläne, Verordnungen, Arztberichte. "
        "Enthalten sind Diagnosen (ICD-10), Behandlungen (GOÄ/GOZ), Medikamente sowie Name, Anschrift und Geburtsdatum "
        "der Versicherten – besondere Kategorien nach Art. 9 DSGVO.",
        ("h2", "2. Risiken"),
        "R1 Zugriff des Anbieters auf Klardaten bei der Modellpflege – Maßnahme: Verarbeitung nur in unserem Rechenzentrum.",
        "R2 Fehlerkennung führt zu falscher Zuordnung eines Belegs zu einer anderen versicherten Person – Maßnahme: "
        "Abgleich Name/Geburtsdatum/Versicherungsnummer, sonst manuelle Prüfung.",
        "R3 Trainingsdaten: OFFEN – Anbieter möchte anonymisierte Beispielbelege; Anonymisierungsverfahren noch nicht abgestimmt.",
        ("h2", "3. Ergebnis"),
        "Restrisiko derzeit hoch wegen R3; erneute Bewertung nach Workshop 3 (09.06.2026).",
    ], author="Lea Schürmann"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return m


@section(95, "CONFIDENTIAL", "en", "prospect-to-insurer",
         "prospective student asks about the blocked account and gives passport number and birth date; not insured, no health data")
def _():
    m = new('"Tendai Moyo" <tendai.moyo@freemail-za.example>', "international@kranich-pkv.example",
            "Blocked account + insurance package for visa", "2026-05-13 07:26",
            extra=[("User-Agent", "Mozilla/5.0 (iPhone) Webmail")])
    body(m, """\
Good morning,

on your website I saw that you work together with a bank for the blocked
account (Sperrkonto) that I need for my student visa. I want to open the
account and then take your student insurance from October.

My details for the bank:
Full name: Tendai Blessing Moyo
Date of birth: 22/06/2002
Passport: FN0448217 (Zimbabwe), valid until 2031
Address: 14 Samora Machel Ave, Harare

Is the amount still EUR 11,904? And can I pay the insurance from the
blocked account?

Thank you,
Tendai
""", cte="7bit")
    return m


@section(96, "STRICTLY_CONFIDENTIAL", "en", "internal",
         "colleague forwards a student's mail as message/rfc822; panic attacks and psychotherapy sessions only inside the attached mail")
def _():
    inner = new('"Jonas Albrecht" <jonas.albrecht@unimail-muenster.example>', "international@kranich-pkv.example",
                "therapy sessions - do I need approval?", "2026-05-13 23:51",
                extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    body(inner, """\
Hi,

I'm an exchange student from Toronto (policy KS 7790231). Since March I
have panic attacks, sometimes two a week, and I could not go to my exams
last week. The student counselling sent me to a psychotherapist, Ms
Dr. Weßling, and she says I need around 20 sessions of behavioural
therapy. She also wants me to see a psychiatrist for medication.

Do I need to ask you before I start? I am a bit lost with all this.

Thanks
Jonas
""")
    m = new('"Marquez, Sofia" <sofia.marquez@kranich-pkv.example>', '"Dr. Sandmann, Ulrike" <ulrike.sandmann@kranich-pkv.example>',
            "FW: therapy sessions - do I need approval?", "2026-05-14 09:12",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hi Ulrike,

could you have a look at the attached mail? I'd like to answer him today,
he sounds quite stressed. Campus Start requires approval after the 5th
session, right?

Thanks!
Sofia
""", cte="8bit")
    attach_mail(m, inner)
    return m


@section(97, "CONFIDENTIAL", "mixed", "insurer-to-customer",
         "expat changes the bank account for her household insurance at the sister company; IBAN in the English quote")
def _():
    m = new('"Kranich Allgemeine Kundenservice" <service@kranich-allgemeine.example>', '"Ingrid Halvorsen" <ingrid.halvorsen@nordpost.example>',
            "AW: new bank account for my home contents insurance", "2026-05-15 12:48",
            irt="<NP-26051410220.halvorsen@nordpost.example>", refs="<NP-26051410220.halvorsen@nordpost.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Frau Halvorsen,

vielen Dank, wir haben die neue Bankverbindung für Ihre
Hausratversicherung HR-8014472 zum 01.06.2026 hinterlegt. Das
SEPA-Lastschriftmandat erhalten Sie mit separater Post.

Dear Ms Halvorsen, your new bank account is registered from 1 June 2026.
You will receive the new direct debit mandate by post.

Mit freundlichen Grüßen / kind regards
Kundenservice Kranich Allgemeine

""" + FOOT_ALLG + """

-----Ursprüngliche Nachricht-----
Von: Ingrid Halvorsen <ingrid.halvorsen@nordpost.example>
Gesendet: Donnerstag, 14. Mai 2026 10:22
Betreff: new bank account for my home contents insurance

Hello, I moved my account from DNB Norway to a German bank. Please debit
the premium for policy HR-8014472 from now on from
de70 2602 7966 8864 4213 31 (account holder Ingrid Halvorsen).
Regards, Ingrid Halvorsen, Warendorfer Str. 77, 48145 Münster
""")
    return m


@section(98, "CONFIDENTIAL", "en", "supplier-to-insurer",
         "freelance translator (natural person, UK) invoices translation work with personal bank details; no client content")
def _():
    m = new('"Helen Fairbairn" <helen@fairbairn-translations.example>', "kreditoren@kranich-pkv.example",
            "Invoice HF-2026-031 (German > English, policy wordings)", "2026-05-18 17:03",
            extra=[("X-Mailer", "Apple Mail (2.3826.500)")])
    body(m, """\
Dear Sir or Madam,

please find my invoice for the translation of the general terms and
conditions "Global Care Plus 2026" (PO 4500093310, ordered by Marco
Lindqvist):

  18,400 words x EUR 0.14                      EUR 2,576.00
  VAT: not applicable (UK supplier, reverse charge)

Please transfer the amount to my personal account:
Helen M. Fairbairn
IBAN GB39 LOYD 3096 2184 7305 62
BIC LOYDGB21F09

My UTR for your records: 38820 11763

Many thanks and best wishes,
Helen Fairbairn
Fairbairn Translations, Edinburgh
""", cte="7bit")
    return m


@section(99, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "customer sends a ZIP of pharmacy receipts and a prescription (PDFs) for insulin and test strips; body says only 'Belege März/April'")
def _():
    m = new('"Carsten Vordemfelde" <c.vordemfelde@web-post.example>', "leistung@kranich-pkv.example",
            "Belege März/April", "2026-05-19 20:07",
            extra=[("User-Agent", "Mozilla Thunderbird 128.10.0")])
    body(m, """\
Hallo,

anbei die Belege für März und April als ZIP, die App stürzt bei mir
immer ab.

VN 2 771 905 63

Gruß
C. Vordemfelde
""", cte="8bit")
    z = zipf([
        ("Apotheke_2026-03-12.pdf", pdf_file([
            ("b", "Rosen-Apotheke Roxel · Quittung"),
            "Datum: 12.03.2026 · Kunde: Carsten Vordemfelde",
            "Rezept Dr. Nienaber (Diabetologie) vom 10.03.2026",
            "Insulin glargin 100 E/ml, 5 x 3 ml Pen, N2    PZN 09922714    89,43 EUR",
            "Insulin aspart 100 E/ml, 5 x 3 ml Pen, N2     PZN 02178233    72,15 EUR",
            "Blutzuckerteststreifen, 100 St.               PZN 11230844    39,90 EUR",
            "Summe: 201,48 EUR - bar bezahlt",
        ], title="Quittung")),
        ("Apotheke_2026-04-20.pdf", pdf_file([
            ("b", "Rosen-Apotheke Roxel · Quittung"),
            "Datum: 20.04.2026 · Kunde: Carsten Vordemfelde",
            "Rezept Dr. Nienaber (Diabetologie) vom 17.04.2026",
            "Sensor für kontinuierliche Glukosemessung, 2 St.  PZN 16853279   119,80 EUR",
            "Insulin glargin 100 E/ml, 5 x 3 ml Pen, N2    PZN 09922714    89,43 EUR",
            "Summe: 209,23 EUR - EC-Karte",
        ], title="Quittung")),
        ("Rezept_Sensor.pdf", pdf_file([
            ("b", "Privatrezept"),
            "Dr. med. Henrike Nienaber, Diabetologische Schwerpunktpraxis, Münster",
            "Patient: Carsten Vordemfelde, geb. 30.11.1982",
            "Diagnose: E10.90 Diabetes mellitus Typ 1 ohne Komplikationen",
            "Rp. CGM-Sensor, 2 Stück, Dauerversorgung",
        ], title="Rezept")),
    ])
    attach(m, "Belege_Maerz_April.zip", z, "application/zip")
    return m


@section(100, "NORMAL", "de", "internal",
         "trap: quarterly complaints KPI report with counts by topic (claims rejections, psychotherapy, hospital), no person")
def _():
    m = new('"Mersch, Petra" <petra.mersch@kranich-pkv.example>', '"Leitungskreis Leistung" <lk-leistung@kranich-pkv.example>',
            "Beschwerdebericht Q1/2026", "2026-04-15 16:40",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

die Kurzfassung des Beschwerdeberichts Q1/2026:

Beschwerden gesamt: 412 (Q4/2025: 455)
davon
  Leistungsablehnungen/Kürzungen        171
    - Psychotherapie (Genehmigung)        38
    - Zahnersatz/Implantate               44
    - Hilfsmittel (Hörgeräte, Rollstühle) 21
    - Krankenhaus Wahlleistungen          29
    - sonstige                            39
  Bearbeitungsdauer                       118
  Beitragsanpassung                        77
  Erreichbarkeit Hotline                   46

Ombudsmann-Verfahren: 9 (Q4: 12), davon 2 zugunsten der Versicherten.
BaFin-Beschwerden: 3.

Einzelfälle stelle ich wie immer nur in der Runde mündlich vor.

Viele Grüße
Petra Mersch
Beschwerdemanagement
""")
    return m


# =================================================================== mails 0101-0120

@section(101, "STRICTLY_CONFIDENTIAL", "en", "internal",
         "data-breach report to the group DPO: a letter naming a customer's depression diagnosis went to the wrong address")
def _():
    m = new('"Schürmann, Lea" <lea.schuermann@kranich-pkv.example>', '"Group Data Protection Office" <gdpo@kranich-gruppe.example>',
            "Incident KR-DP-2026-014 - misdirected claims letter (Art. 33 assessment)", "2026-05-20 17:45",
            cc='"Albers, Gregor" <gregor.albers@kranich-pkv.example>',
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear colleagues,

as required by the group policy, here is our initial report.

What happened: On 15 May 2026 a claims letter concerning our customer
Mrs Dorothee Wienke (policy 3 309 512 76) was sent to a former address in
Hamm; the current tenant opened it and called us on 19 May. The letter
partially rejected the costs of her inpatient stay at the psychosomatic
clinic in Bad Bentheim and named the diagnosis (recurrent depressive
disorder, currently severe episode, F33.2) and the length of stay (6 weeks).

Cause: The address change of 02 May was recorded in the portal but not
transferred to the correspondence system (interface error, ticket
INC-44817).

Measures: The tenant has destroyed the letter (written confirmation
requested). Interface fixed on 20 May; 37 other
address changes re-checked, no further cases.

Assessment: special category data (Art. 9 GDPR), disclosed to one private
person. We consider a risk to the data subject likely and intend to notify
the supervisory authority within 72 hours (deadline 22 May, 10:00) and to
inform Mrs Wienke by phone and letter tomorrow.

Best regards
Lea Schürmann
Data Protection Coordination, Kranich PKV
""")
    return m


@section(102, "NORMAL", "en", "supplier-to-insurer",
         "trap: telemedicine vendor pitch (symptom checker, skin photos, e-prescriptions, mental health), no person")
def _():
    m = new('"Oskar Lindahl | MediNow" <oskar.lindahl@medinow-health.example>', "ines.borchert@kranich-pkv.example",
            "Telemedicine for your members - 3 minutes to a doctor", "2026-05-21 10:05",
            extra=[("X-Mailer", "HubSpot")])
    body(m, """\
Hi Ines,

we met briefly at the PKV-Forum conference in Cologne. As promised, a short
summary of what MediNow could do for Kranich members:

- video consultation with German-licensed GPs and paediatricians in under
  3 minutes, 24/7
- dermatology by photo: members upload pictures of rashes or moles and get
  a specialist assessment within 48 hours
- e-prescriptions delivered to the member's pharmacy of choice
- mental health: 8 free sessions with psychologists for mild anxiety and
  stress
- symptom checker trained on 40 million anonymised cases

Pricing is per member per month (EUR 0.90-1.40 depending on volume). We'd
love to show you a live demo - would a 30-minute call next week work?

Best,
Oskar Lindahl
Partnerships DACH, MediNow Health AB, Stockholm
""", cte="7bit")
    return m


@section(103, "CONFIDENTIAL", "de", "dentist-to-insurer",
         "dentist (sole practice) joins the insurer's dental network: tax number and private IBAN, no patient")
def _():
    m = new('"Zahnarztpraxis Dr. Tim Ostendorf" <praxis@zahnarzt-ostendorf.example>', "zahnnetz@kranich-pkv.example",
            "Beitritt Kranich Zahnpartner-Netz", "2026-05-22 13:29",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

hiermit trete ich Ihrem Zahnpartner-Netz zu den Konditionen vom 01.01.2026
bei (Festzuschuss-Vereinbarung Prophylaxe, Direktabrechnung Zahnersatz).
Die unterschriebene Vereinbarung kommt per Post.

Praxisinhaber:   Dr. med. dent. Tim Ostendorf (Einzelpraxis)
Anschrift:       Bahnhofstraße 5, 48291 Telgte
KZV-Nr.:         31 0841 7
Steuernummer:    336/5207/1184
Bankverbindung:  Tim Ostendorf, IBAN DE02 7255 9153 1942 9575 84

Ansprechpartnerin für die Abrechnung ist meine Praxismanagerin, Frau Evers.

Mit freundlichen Grüßen
Dr. Tim Ostendorf
""")
    return m


@section(104, "NORMAL", "de", "internal",
         "training invitation for new Outlook features")
def _():
    m = new('"IT-Schulung" <it-schulung@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Kurzschulung \"Das neue Outlook\" – Termine im Juni", "2026-05-26 10:15",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

ab Juli stellen wir auf das neue Outlook um. In 45 Minuten zeigen wir die
wichtigsten Änderungen: Suchordner, Kategorien, Freigabe von Postfächern,
Abwesenheitsnotizen und den Knopf "Vertraulich senden".

Termine (Teams): 09.06., 11.06., 16.06., 18.06., jeweils 09:00 und 14:00 Uhr.
Anmeldung im Lernportal unter "IT-Kurzschulungen".

Ihr IT-Schulungsteam
""")
    return m


@section(105, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "customer asks about coverage of a BRCA gene test because her sister and mother had breast cancer (genetic and family health data)")
def _():
    m = new('"Annika Beverförden" <annika.beverfoerden@mailbox-nord.example>', "service@kranich-pkv.example",
            "Frage zur Kostenübernahme Gentest", "2026-05-27 21:09",
            extra=[("User-Agent", "Mozilla Thunderbird 128.10.0")])
    body(m, """\
Guten Abend,

meine Mutter ist mit 46 an Brustkrebs erkrankt, und bei meiner Schwester
wurde letztes Jahr ebenfalls Brustkrebs festgestellt und eine
BRCA1-Mutation nachgewiesen. Die Humangenetik im UKM hat mir deshalb eine
Beratung und einen Gentest auf BRCA1/2 empfohlen. Bei positivem Ergebnis
geht es um engmaschige MRT-Vorsorge und eventuell eine vorsorgliche
Operation.

Übernehmen Sie die Kosten für die Beratung und den Test (laut Praxis ca.
3.600 €)? Meine Versicherungsnummer ist 4 302 118 55.

Und noch eine Frage: Muss ich Ihnen das Ergebnis mitteilen? Ich habe Angst,
dass das später Nachteile hat.

Viele Grüße
Annika Beverförden
""", cte="8bit")
    return m


@section(106, "NORMAL", "de", "supplier-to-insurer",
         "trap: medical-supply company offers framework prices for wheelchairs, care beds and walkers, no person")
def _():
    m = new('"Sanitätshaus Reha-Nord GmbH" <vertrieb@reha-nord.example>', "einkauf@kranich-pkv.example",
            "Angebot Rahmenvertrag Hilfsmittel 2026/2027", "2026-05-28 08:40",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

gern bieten wir Ihnen für die Versorgung Ihrer Versicherten folgende
Pauschalen an (inkl. Lieferung, Einweisung, Wartung, Rücknahme):

Leichtgewichtrollstuhl, Versorgungspauschale 24 Monate       498 €
Elektrorollstuhl Innen/Außen, Pauschale 5 Jahre            6.950 €
Pflegebett elektrisch mit Seitengittern, Miete/Monat          39 €
Rollator Leichtgewicht                                        119 €
Antidekubitus-Wechseldruckmatratze, Miete/Monat               45 €
Toilettenstuhl                                                 89 €

Wiedereinsatz aus unserem Pool spart bis zu 40 %. Liefertermin bei
Krankenhausentlassung innerhalb von 24 Stunden.

Mit freundlichen Grüßen
Kirsten Lohoff
Vertrieb Kostenträger
Sanitätshaus Reha-Nord GmbH · Industrieweg 44 · 48155 Münster · HRB 9904
""")
    return m


@section(107, "CONFIDENTIAL", "de", "person-to-insurer",
         "data-subject access request from a newsletter subscriber (not a customer) with birth date and address")
def _():
    m = new('"Rüdiger Pöppelmann" <r.poeppelmann@freenet-post.example>', "datenschutz@kranich-pkv.example",
            "Auskunft nach Art. 15 DSGVO", "2026-05-29 11:14",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

ich habe mich vor zwei Jahren auf einer Messe für Ihren Newsletter
angemeldet und an einem Gewinnspiel teilgenommen, Kunde bin ich nicht.
Seitdem bekomme ich Anrufe von Vermittlern.

Bitte erteilen Sie mir Auskunft nach Art. 15 DSGVO, welche Daten Sie über
mich gespeichert haben, woher Sie sie haben und an wen Sie sie
weitergegeben haben. Zur Identifikation:

Rüdiger Pöppelmann, geb. 07.01.1965
Grevener Straße 233, 48159 Münster

Anschließend bitte ich um Löschung und um Bestätigung.

Mit freundlichen Grüßen
Rüdiger Pöppelmann
""")
    return m


@section(108, "NORMAL", "de", "supplier-to-insurer",
         "trap: scanning service GmbH for incoming claims mail announces new company bank account (company IBAN only)")
def _():
    m = new('"Buchhaltung ScanPort GmbH" <buchhaltung@scanport.example>', "kreditoren@kranich-pkv.example",
            "Wichtig: Neue Bankverbindung ab 01.06.2026", "2026-05-29 14:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

im Zuge der Verschmelzung unserer Hausbanken ändert sich unsere
Bankverbindung. Bitte überweisen Sie Zahlungen für die Digitalisierung
Ihres Posteingangs (Arztrechnungen, Rezepte, Heil- und Kostenpläne) ab
01.06.2026 ausschließlich auf:

ScanPort GmbH
Sparkasse Münsterland Ost
IBAN DE85 4945 3926 3496 4866 15

Zur Sicherheit bestätigen wir die Änderung zusätzlich per Brief mit
Unterschrift der Geschäftsführung. Bitte gleichen Sie die Angaben
telefonisch mit Ihrem bekannten Ansprechpartner ab (Betrugsprävention).

Mit freundlichen Grüßen
Buchhaltung
ScanPort GmbH · Hafenweg 26 · 48155 Münster · AG Münster HRB 15520
""")
    return m


@section(109, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "wife describes her husband's drinking in everyday words and asks about a clinic for withdrawal")
def _():
    m = new("bine.hagedorn@handy-mail.example", "service@kranich-pkv.example",
            "Frage wegen Klinik für meinen Mann", "2026-06-01 23:48",
            extra=[("X-Mailer", "iPhone Mail (23A341)")])
    body(m, """\
Hallo, ich weiß nicht an wen ich mich wenden soll. Mein Mann (Frank Hagedorn, wir sind beide bei Ihnen versichert, VN 3 408 221 90) trinkt seit Jahren zu viel, jetzt schon morgens, und er hat letzte Woche die Kündigung bekommen. Er hat endlich gesagt er will in eine Klinik zum Entgiften und danach eine Therapie machen. Der Hausarzt hat was in Lengerich empfohlen.

Zahlen Sie das? Und muss er das vorher beantragen? Er soll es sich nicht wieder anders überlegen.

Danke
Sabine Hagedorn
""", cte="quoted-printable")
    return m


@section(110, "NORMAL", "de", "internal",
         "trap: HR report with the sickness-absence rate per department, no names")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', '"Albers, Gregor" <gregor.albers@kranich-pkv.example>',
            "Fehlzeitenbericht Q1 – Abteilung Leistung", "2026-06-02 09:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Gregor,

hier die Zahlen für Q1 (Krankheitstage je Vollzeitkraft, ohne
Langzeiterkrankungen über 6 Wochen):

Team                 Krankenstand   Vorjahr
Ambulant 1           6,9 %          5,8 %
Ambulant 2           7,4 %          6,1 %
Krankenhaus          5,2 %          5,0 %
Pflege               4,8 %          6,3 %
International        3,1 %          2,9 %
Zahn/Optik           5,5 %          5,7 %
Abteilung gesamt     6,2 %          5,7 %

Der Anstieg in Q1 geht fast vollständig auf die Grippewelle im Februar
zurück. Teams unter 8 Personen weise ich nicht getrennt aus. Das BEM-
Angebot läuft wie gehabt über mich, Einzelheiten dazu nur im persönlichen
Gespräch.

Gruß
Sandra
""")
    return m


@section(111, "CONFIDENTIAL", "de", "bank-to-insurer",
         "bank asks the employer to confirm a named employee's salary for a loan; figures given by the employee")
def _():
    m = new('"Baufinanzierung Volksbank Münsterland" <baufi@vb-muensterland.example>', "personalservice@kranich-pkv.example",
            "Bestätigung Arbeitsverhältnis – Kreditantrag Jens Overbeck", "2026-06-03 15:07",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

Ihr Mitarbeiter, Herr Jens Overbeck, geb. 14.02.1977, hat bei uns eine
Baufinanzierung über 385.000 € beantragt und uns ermächtigt, bei Ihnen
nachzufragen. Er hat uns folgende Angaben gemacht:

- beschäftigt seit 01.10.2004, unbefristet, ungekündigt
- Bruttojahresgehalt 2025: 74.100 € zzgl. variabler Vergütung 4.200 €
- keine Probezeit, keine Gehaltspfändungen

Bitte bestätigen Sie uns die Angaben kurz schriftlich. Die
Einverständniserklärung von Herrn Overbeck finden Sie in unserem Portal
(Vorgang BF-26-18832).

Mit freundlichen Grüßen
Melanie Tüns
Baufinanzierung
Volksbank Münsterland eG
""")
    return m


@section(112, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "base64-encoded body: customer on sick leave for burnout sends certificates for daily sickness allowance")
def _():
    m = new('"Philipp Wördehoff" <p.woerdehoff@web-post.example>', "krankentagegeld@kranich-pkv.example",
            "AU-Bescheinigungen Mai", "2026-06-04 08:37",
            extra=[("X-Mailer", "WEB.DE Mail")])
    body(m, """\
Sehr geehrte Frau Wessels,

anbei wie besprochen die Folgebescheinigungen für Mai. Ich bin weiterhin
krankgeschrieben, Diagnose ist unverändert die Erschöpfungsdepression
(Burnout, F32.1 laut Bescheinigung). Seit drei Wochen gehe ich zweimal
wöchentlich zur Psychotherapie und nehme seit April Sertralin.

Meine Psychiaterin rechnet damit, dass ich ab Mitte Juli mit der
stufenweisen Wiedereingliederung anfangen kann (erst 4 Stunden täglich).
Wird das Krankentagegeld in der Wiedereingliederung weitergezahlt?

Vertrag 2 902 187 34, Tarif KT 43.

Mit freundlichen Grüßen
Philipp Wördehoff
""", cte="base64")
    return m


@section(113, "NORMAL", "en", "newsletter",
         "software vendor product update newsletter")
def _():
    m = new('"Teamboard Product News" <news@teamboard-app.example>', "henrik.baumeister@kranich-pkv.example",
            "What's new in Teamboard 9.2", "2026-06-04 16:00",
            extra=[("List-Unsubscribe", "<https://teamboard-app.example/prefs>"), ("Precedence", "bulk")])
    body(m, """\
What's new in Teamboard 9.2

* Swimlanes per team with WIP limits
* Dark mode for all boards
* Export to CSV and PDF now includes comments
* SSO via SAML for the on-premises edition

The update will be rolled out to cloud workspaces on 15 June. On-premises
customers can download the package from the customer area.

Manage your e-mail preferences: https://teamboard-app.example/prefs
""", cte="7bit")
    alt(m, """\
<html><body><h1>What's new in Teamboard 9.2</h1><ul>
<li>Swimlanes per team with WIP limits</li><li>Dark mode for all boards</li>
<li>Export to CSV and PDF now includes comments</li><li>SSO via SAML for the on-premises edition</li></ul>
<p>The update will be rolled out to cloud workspaces on 15 June. On-premises customers can download the package from the customer area.</p>
<p><a href="https://teamboard-app.example/prefs">Manage your e-mail preferences</a></p></body></html>
""")
    return m


@section(114, "NORMAL", "de", "internal",
         "trap: synthetic test customer 'Max Mustermann (fiktiv)' with birth date, ICD codes and the published example IBAN for an IT test")
def _():
    m = new('"Baumeister, Henrik" <henrik.baumeister@kranich-pkv.example>', '"Testteam KLARA" <test-klara@kranich-pkv.example>',
            "Testfälle Release 26.3 – Erstattung mit Zahlungsempfänger", "2026-06-08 13:33",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Testteam,

für den Regressionstest der Zahlungsstrecke bitte diese Testfälle in der
T2-Umgebung anlegen. Alles synthetisch, die Testversicherten gibt es nur
in T2:

TF-01  Max Mustermann (fiktiv), geb. 01.01.1970, VSNR 9 999 000 01
       Arztrechnung 250,00 €, Diagnose J06.9, Erstattung 100 %
       Zahlung an IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN aus
       der Bankenliteratur, wird von der Test-Bank akzeptiert)
TF-02  Erika Mustermann (fiktiv), geb. 12.08.1964, VSNR 9 999 000 02
       Zahnrechnung 1.200,00 €, Zahlung an abweichenden Empfänger
       (Zahnarzt) – muss Vier-Augen-Freigabe auslösen
TF-03  Testkind Mustermann (fiktiv), geb. 01.06.2015, mitversichert bei TF-01
       Brille 480,00 €, Tarifhöchstbetrag 300 € – Teilablehnung prüfen

Erwartete Ergebnisse stehen im Testplan (Confluence, Seite "R26.3 Zahlung").

Danke
Henrik
""")
    return m


@section(115, "CONFIDENTIAL", "de", "insurer-to-customer",
         "returned direct debit for household insurance at the sister company: named customer, contract, amount")
def _():
    m = new('"Kranich Allgemeine Beitragsservice" <beitrag@kranich-allgemeine.example>', '"Dennis Schulte-Bisping" <dennis.sb@web-post.example>',
            "Rücklastschrift zu Ihrem Vertrag HR-6610038", "2026-06-09 09:05",
            extra=[("X-Mailer", "Kranich Korrespondenz 4.2")])
    body(m, """\
Sehr geehrter Herr Schulte-Bisping,

Ihre Bank hat die Lastschrift für den Jahresbeitrag Ihrer
Hausratversicherung (Vertrag HR-6610038) über 186,40 € zurückgegeben
(Grund: Konto erloschen). Zusätzlich sind Bankgebühren von 3,50 €
entstanden.

Bitte überweisen Sie 189,90 € bis 23.06.2026 oder teilen Sie uns Ihre
neue Bankverbindung mit, dann ziehen wir den Betrag erneut ein.

Mit freundlichen Grüßen
Beitragsservice Kranich Allgemeine

""" + FOOT_ALLG + "\n")
    return m


@section(116, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
         "expat in Dubai asks about maternity cover: pregnancy in week 14, planned delivery, earlier miscarriage")
def _():
    m = new('"Charlotte Brennecke" <c.brennecke@desertmail.example>', "international@kranich-pkv.example",
            "Maternity cover - policy KG 6902215", "2026-06-10 06:55",
            extra=[("X-Mailer", "iPhone Mail (23A341)")])
    body(m, """\
Dear International Service team,

I'm happy to tell you that I'm pregnant - week 14 now, due date is 4
December. After my miscarriage last year my gynaecologist here at Mediclinic
City Hospital wants to see me every two weeks and recommends the NIPT
blood test.

Questions:
1. Is the delivery in Dubai covered in full, including a private room?
2. Are the fortnightly check-ups and the NIPT test covered?
3. If I decide to give birth in Germany, at my mother's in Osnabrück - is
   that possible under my Global Care Plus plan?

Thanks so much,
Charlotte Brennecke
Sent from my iPhone
""", cte="8bit")
    return m


@section(117, "CONFIDENTIAL", "en", "customer-to-insurer",
         "expat applies for a rent deposit guarantee at the sister company: landlord, deposit amount, net income")
def _():
    m = new('"Rahul Iyer" <rahul.iyer@mailhub.example>', "kaution@kranich-allgemeine.example",
            "Rent deposit guarantee - application", "2026-06-11 19:40",
            extra=[("User-Agent", "Mozilla Thunderbird 128.11.0")])
    body(m, """\
Hello,

I would like to apply for your rent deposit guarantee instead of paying
the deposit in cash.

Tenant: Rahul Iyer, Hammer Str. 120, 48153 Münster (from 1 August)
Landlord: Wohnbau Aasee GmbH
Cold rent: EUR 1,180 per month, deposit EUR 3,540
Employer: Hofmeyer Maschinenbau GmbH, permanent contract since 2024
Net income: approx. EUR 4,650 per month

Could you send me the application form? My German is still basic, so
English would be great.

Best regards
Rahul Iyer
""")
    return m


@section(118, "CONFIDENTIAL", "de", "internal",
         "list of fees paid to freelance medical advisers (natural persons) for the annual tax report, in an ODS")
def _():
    m = new('"Kreditorenbuchhaltung" <kreditoren@kranich-pkv.example>', '"Steuerabteilung" <steuern@kranich-pkv.example>',
            "Honorare Beratungsärzte 2025 für die Meldung", "2026-06-12 11:22",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo,

wie angefordert die Jahressummen 2025 der Honorare an die externen
Beratungsärztinnen und -ärzte und Gutachter (nur natürliche Personen, die
GmbHs sind raus). Bitte nur für die Meldung verwenden.

Gruß
Kreditorenbuchhaltung
""")
    attach(m, "Honorare_Beratungsaerzte_2025.ods", ods_file([
        ("Honorare 2025", [
            ["Kreditor", "Name", "Fachrichtung", "Steuernummer", "Honorar 2025 EUR"],
            ["700118", "Dr. med. Reinhard Kamp", "Orthopädie", "337/5301/2290", 38400.00],
            ["700204", "Dr. med. Sigrid Elfering", "Psychiatrie", "336/5188/4017", 51250.00],
            ["700233", "Dr. med. dent. Paul Kortenbrede", "Zahnmedizin", "337/5092/7751", 44870.00],
            ["700251", "Dr. med. Ayşe Tunç", "Innere Medizin", "315/5440/0982", 19600.00],
        ]),
    ]), "application/vnd.oasis.opendocument.spreadsheet")
    return m


@section(119, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "Beihilfe percentage changes at a named civil servant's retirement; health contract adjustment, no medical word")
def _():
    m = new('"Terhaar, Birgit" <birgit.terhaar@kranich-pkv.example>', '"Vertragsservice" <vertragsservice@kranich-pkv.example>',
            "Umstellung Beihilfetarif – Herr Ludger Schwieters, Ruhestand 01.08.", "2026-06-15 10:48",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Vertragsservice,

Herr Ludger Schwieters (Vers.-Nr. 1 330 457 12), Polizeihauptkommissar,
geht zum 01.08.2026 in den Ruhestand. Sein Beihilfe-Bemessungssatz steigt
damit von 50 % auf 70 %. Die Versorgungsfestsetzung vom LBV liegt vor.

Bitte die Tarife entsprechend umstellen:
- Vital Plus B50 -> Vital Plus B30 (ambulant, stationär, Zahn)
- Beihilfe-Ergänzung Wahlleistungen bleibt unverändert
Neuer Monatsbeitrag laut Vorberechnung: 221,60 € statt 348,95 €.

Die Umstellung erfolgt ohne Gesundheitsprüfung, da innerhalb der
Sechsmonatsfrist beantragt. Bitte Nachtrag an ihn und Kopie an mich.

Danke
Birgit Terhaar
Beihilfe-Team
""")
    return m


@section(120, "NORMAL", "mixed", "internal",
         "room-booking system outage notice, German and English")
def _():
    m = new('"IT Service Desk" <servicedesk@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Störung Raumbuchung / room booking outage", "2026-06-16 08:22",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Die Raumbuchung in Outlook funktioniert seit heute früh nicht. Bereits
gebuchte Räume bleiben bestehen. Neue Buchungen bitte bis auf Weiteres
telefonisch beim Empfang (-1000).

Room booking in Outlook has been down since this morning. Existing
bookings are kept. For new bookings please call reception (-1000).

Wir melden uns, sobald die Störung behoben ist. / We'll let you know when
it's fixed.
IT Service Desk
""")
    return m


# =================================================================== mails 0121-0140

@section(121, "STRICTLY_CONFIDENTIAL", "de", "nursing-home-to-insurer",
         "nursing home sends residents with care levels and care-cost shares only in an ODS; body harmless")
def _():
    m = new('"Verwaltung Haus Marienfrieden" <verwaltung@haus-marienfrieden.example>', "pflege@kranich-pkv.example",
            "Abrechnung Juni 2026 – Ihre Versicherten", "2026-07-02 10:10",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

anbei die Aufstellung für Juni 2026 zu den Bewohnerinnen und Bewohnern,
die bei Ihnen versichert sind und für die Sie direkt an uns zahlen.

Mit freundlichen Grüßen
Ute Brinkhege
Heimverwaltung
Haus Marienfrieden gGmbH, Ritterstraße 18, 48291 Telgte
""")
    attach(m, "Abrechnung_Kranich_2026-06.ods", ods_file([
        ("Juni 2026", [
            ["Bewohner/in", "geb.", "Vers.-Nr.", "Pflegegrad", "Einzug", "Pflegesatz Monat", "Anteil PPV", "Beihilfe-Anteil"],
            ["Gertrud Lammers", "11.04.1938", "1 044 873 22", 4, "02.02.2026", 4218.30, 1777.00, "nein"],
            ["Heinrich Vöcking", "29.09.1935", "1 003 117 80", 3, "15.08.2024", 3904.10, 1497.00, "ja (70 %)"],
            ["Maria Schulze Pellengahr", "03.01.1941", "1 020 566 14", 5, "01.03.2025", 4611.75, 2096.00, "nein"],
        ]),
    ]), "application/vnd.oasis.opendocument.spreadsheet")
    return m


@section(122, "NORMAL", "en", "internal",
         "trap: IT security warning about phishing mails posing as doctors' findings and invoices, fake example text")
def _():
    m = new('"IT Security" <it-security@kranich-pkv.example>', '"All staff" <alle@kranich-pkv.example>',
            "Warning: phishing mails disguised as medical reports", "2026-07-03 11:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high")])
    body(m, """\
Dear colleagues,

since yesterday we see a wave of phishing mails sent to our claims
mailboxes. They look like this (fake example, do not open such mails):

  Subject: Befund und Rechnung Ihres Versicherten
  "Sehr geehrte Damen und Herren, anbei der Befundbericht (MRT Knie) und
  die Rechnung unseres Patienten. Passwort für das ZIP: 2026"

The ZIP contains malware. Real doctors and hospitals do not send
password-protected ZIPs with the password in the same mail.

What to do: do not open the attachment, use the "Report phishing" button in
Outlook, and delete the mail. If you have already opened it, call the
Service Desk immediately (-5000).

IT Security
""")
    return m


@section(123, "CONFIDENTIAL", "de", "broker-to-insurer",
         "lower-case phone mail of a sole-trader broker: new private address and corrected birth date")
def _():
    m = new("thomas.brexel@handy-mail.example", "maklerbetreuung@kranich-pkv.example",
            "adressänderung + geb datum", "2026-07-03 18:02",
            extra=[("X-Mailer", "iPhone Mail (23A341)")])
    body(m, """\
hallo frau pohl,

bin umgezogen, neue adresse: thomas brexel, zum kleinen feld 7, 48268 greven. büro bleibt wie es ist.

und im maklerportal steht mein geb datum falsch (03.07.1917 lol), richtig ist 03.07.1971. bitte ändern sonst meckert die ihk wieder beim abgleich.

vermittlernr 40 3318

danke + gruß
thomas brexel
""", cte="8bit")
    return m


@section(124, "NORMAL", "mixed", "internal",
         "agenda for a team offsite, German and English")
def _():
    m = new('"Lindqvist, Marco" <marco.lindqvist@kranich-pkv.example>', '"International Service" <international-team@kranich-pkv.example>',
            "Offsite 9 July – Agenda", "2026-07-06 09:12",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hi all / Hallo zusammen,

here's the plan for Thursday at the Mühlenhof (we meet at 09:00 at the
entrance, bring walking shoes):

09:30  Rückblick erstes Halbjahr / review H1 (Marco)
10:30  Neue Prozesse Garantieerklärungen Krankenhaus Ausland (Kwame)
11:30  Workshop: Korrespondenz auf Englisch - templates we want to keep
12:30  Lunch
14:00  Guided tour of the open-air museum
16:00  End

Bitte keine Kundenakten mitnehmen, wir arbeiten nur mit Flipcharts.

Marco
""")
    return m


@section(125, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "complaint forwarded inline; the husband's dementia and care situation are only in the forwarded customer text")
def _():
    m = new('"Mersch, Petra" <petra.mersch@kranich-pkv.example>', '"Wessels, Katrin" <katrin.wessels@kranich-pkv.example>',
            "WG: Beschwerde – Bitte um Stellungnahme bis Freitag", "2026-07-07 14:26",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Katrin,

bitte um deine Stellungnahme bis Freitag, die Kundin hat auch schon beim
Ombudsmann angefragt.

Danke
Petra

-------- Weitergeleitete Nachricht --------
Betreff: Beschwerde
Datum: Sun, 5 Jul 2026 20:51:18 +0200
Von: Rosemarie Ostholt <r.ostholt@t-net.example>
An: beschwerde@kranich-pkv.example

Sehr geehrte Damen und Herren,

seit April warte ich auf eine Entscheidung über die Höherstufung meines
Mannes, Bernhard Ostholt, Vers.-Nr. 1 118 009 47. Sein Gedächtnis wird
jeden Monat schlechter, er erkennt unsere Enkel nicht mehr, läuft nachts
im Haus herum und ist zweimal weggelaufen. Der Neurologe hat eine
fortgeschrittene Alzheimer-Demenz festgestellt. Ich bin 79 und schaffe das
nicht mehr allein, der Pflegedienst kommt dreimal täglich.

Ihre Gutachterin war am 12. Mai hier, seitdem höre ich nichts. Ich erwarte
jetzt eine Entscheidung über Pflegegrad 4.

Rosemarie Ostholt
""")
    return m


@section(126, "NORMAL", "de", "insurer-to-hospital",
         "trap: contract negotiation with a hospital company on direct billing and room rates for elective services, no patient")
def _():
    m = new('"Overbeck, Jens" <jens.overbeck@kranich-pkv.example>', '"Geschäftsführung Klinikverbund Emsland" <gf@klinikverbund-emsland.example>',
            "Direktabrechnungsvereinbarung 2027 – unsere Position", "2026-07-08 16:15",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrter Herr Dr. Lammering,

vielen Dank für das konstruktive Gespräch am Montag. Zusammengefasst
unsere Position für die Vereinbarung ab 01.01.2027:

1. Direktabrechnung allgemeiner Krankenhausleistungen (DRG) und
   Wahlleistung Unterkunft für alle Kranich-Versicherten mit Klinikcard.
2. Zuschlag Einbettzimmer: wir bieten 118 € je Berechnungstag (bisher
   109 €), Zweibettzimmer 64 € (bisher 61 €) – Ihre Forderung von 135 € /
   75 € ist für uns nicht darstellbar, solange die Zimmer in Lingen und
   Meppen nicht renoviert sind.
3. Wahlärztliche Leistungen: Rechnungsversand elektronisch über die
   Abrechnungsstelle, Zahlungsziel 30 Tage.
4. Qualitätsdaten: jährlicher Bericht zu Komfortkriterien.

Ich schlage ein weiteres Gespräch in der KW 30 vor.

Mit freundlichen Grüßen
Jens Overbeck
Teamleitung Krankenhaus

""" + FOOT_KRANICH + "\n")
    return m


@section(127, "CONFIDENTIAL", "de", "insurer-to-prize-winner",
         "prize-draw winner (not a customer): payout confirmation with birth date and IBAN in the HTML table and in the plain text")
def _():
    m = new('"Kranich Marketing" <marketing@kranich-pkv.example>', '"Jessica Frieling" <jessica.frieling@web-post.example>',
            "Ihr Gewinn – Auszahlung bestätigt", "2026-07-09 12:00",
            extra=[("X-Mailer", "Kranich Mailing 2.3")])
    body(m, """\
Liebe Frau Frieling,

nochmals herzlichen Glückwunsch zu Ihrem Gewinn beim Gewinnspiel auf dem
Send-Familienfest (E-Bike-Leasing für ein Jahr, Zuschuss 1.200 €)!

Ihr Gewinnerformular ist bei uns angekommen. Wir haben notiert:
Gewinnerin:     Jessica Frieling, geb. 14.05.1990
Anschrift:      Fresnostraße 3, 48159 Münster
Auszahlung an:  DE14 6016 1027 5331 3222 64

Der Zuschuss wird in den nächsten 10 Tagen überwiesen.

Viel Freude beim Radeln!
Ihr Marketing-Team der Kranich PKV
""")
    alt(m, """\
<html><body style="font-family:Verdana,sans-serif">
<p>Liebe Frau Frieling,</p>
<p>nochmals <b>herzlichen Glückwunsch</b> zu Ihrem Gewinn beim Gewinnspiel auf dem Send-Familienfest
(E-Bike-Leasing für ein Jahr, Zuschuss 1.200&nbsp;€)!</p>
<p>Ihr Gewinnerformular ist bei uns angekommen. Wir haben notiert:</p>
<table border="0" cellpadding="4"><tr><td>Gewinnerin:</td><td>Jessica Frieling, geb. 14.05.1990</td></tr>
<tr><td>Anschrift:</td><td>Fresnostraße 3, 48159 Münster</td></tr>
<tr><td>Auszahlung an:</td><td>DE14 6016 1027 5331 3222 64</td></tr></table>
<p>Der Zuschuss wird in den nächsten 10 Tagen überwiesen.</p>
<p>Viel Freude beim Radeln!<br>Ihr Marketing-Team der Kranich PKV</p>
</body></html>
""")
    return m


@section(128, "NORMAL", "de", "internal",
         "25-year service anniversary of a named colleague; organisational mail")
def _():
    m = new('"Voss, Carina" <carina.voss@kranich-pkv.example>', '"Leistung alle" <leistung-alle@kranich-pkv.example>',
            "25 Jahre Birgit – Sektempfang am Freitag", "2026-07-13 10:02",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

Birgit Terhaar ist am 15. Juli seit 25 Jahren bei Kranich – angefangen hat
sie damals als Auszubildende im Posteingang, heute leitet sie unser
Beihilfe-Team.

Am Freitag um 14:30 Uhr stoßen wir in der Cafeteria Haus A mit ihr an.
Für das Geschenk sammle ich bis Donnerstag (Umschlag liegt bei mir,
Raum A 3.11).

Bitte nichts verraten!
Carina
""")
    return m


@section(129, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
         "second-opinion service offered to a named expat before spinal fusion surgery; diagnosis and surgeon named")
def _():
    m = new('"Marquez, Sofia" <sofia.marquez@kranich-pkv.example>', '"Frederik Sandhövel" <f.sandhoevel@hkmail.example>',
            "Your planned spine surgery - free second opinion", "2026-07-14 09:40",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Mr Sandhövel,

thank you for sending the pre-authorisation request from Dr. Kenneth Wu
for the spinal fusion L4/L5 (TLIF) at Harbourside Hospital. As your
symptoms from the disc herniation have not improved after four months of
physiotherapy and two steroid injections, we understand that surgery is
being considered.

Before we decide, we would like to offer you our free second-opinion
service: a spine specialist at the University Hospital Münster reviews
your MRI and reports by video call within 10 days. Many patients with
your findings are offered a less extensive operation (microdiscectomy)
instead of a fusion.

This is optional and does not delay our decision on the request beyond
24 July. Just reply to this mail if you would like to use it.

Kind regards
Sofia Marquez
International Service
""" + FOOT_KRANICH_EN + "\n")
    return m


@section(130, "NORMAL", "de", "internal",
         "office supplies order")
def _():
    m = new('"Feldkamp, Jasper" <jasper.feldkamp@kranich-pkv.example>', '"Materialausgabe" <material@kranich-pkv.example>',
            "Bestellung Büromaterial Team Ambulant 2", "2026-07-15 08:44",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo,

für unser Team bitte:
- 10 Blöcke A4 kariert
- 2 Packungen Post-its gelb 76x76
- 1 Karton Kopierpapier
- 5 Textmarker grün
- 3 Ordner breit, blau

Kostenstelle 4102. Abholung am Donnerstag reicht.

Danke!
Jasper Feldkamp
""")
    return m


@section(131, "CONFIDENTIAL", "de", "insurer-to-person",
         "money wrongly transferred by a non-customer; the insurer asks for the refund account and quotes her IBAN")
def _():
    m = new('"Zahlungsverkehr Kranich PKV" <zahlungsverkehr@kranich-pkv.example>', '"Monika Leifeld" <monika.leifeld@freenet-post.example>',
            "Ihre Überweisung vom 10.07.2026 über 412,00 €", "2026-07-16 13:55",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Frau Leifeld,

am 10.07.2026 ist auf unserem Konto eine Überweisung von Ihnen über
412,00 € eingegangen, Verwendungszweck "Rechnung 2026-118 Malerarbeiten".
Einen Vertrag oder eine offene Forderung unter Ihrem Namen können wir nicht
finden; vermutlich wurde die Zahlung versehentlich an uns statt an Ihren
Handwerksbetrieb angewiesen.

Wir möchten Ihnen den Betrag zurücküberweisen. Bitte bestätigen Sie uns
kurz, dass wir ihn an das Absenderkonto
DE56413994435181834342 (Kontoinhaberin Monika Leifeld)
zurückzahlen sollen.

Mit freundlichen Grüßen
Zahlungsverkehr
Kranich Private Krankenversicherung AG
""")
    return m


@section(132, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
         "reply on HIV pre-exposure prophylaxis (PrEP) costs and lab checks for a named customer (sexual health)")
def _():
    m = new('"Hölscher, Miriam" <miriam.hoelscher@kranich-pkv.example>', '"Kai Voßkötter" <kai.vosskoetter@mailbox-nord.example>',
            "AW: Kosten PrEP und Laborkontrollen", "2026-07-17 11:20",
            irt="<KV.20260715.2212@mailbox-nord.example>", refs="<KV.20260715.2212@mailbox-nord.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Herr Voßkötter,

gern beantworte ich Ihre Frage: Die HIV-Präexpositionsprophylaxe (PrEP)
mit Emtricitabin/Tenofovirdisoproxil ist in Ihrem Tarif Komfort 100
erstattungsfähig, ebenso die ärztliche Beratung und die vierteljährlichen
Kontrolluntersuchungen (HIV-Test, Nierenwerte, Tests auf weitere sexuell
übertragbare Infektionen) in der Schwerpunktpraxis.

Bitte reichen Sie Rezept und Apothekenquittung wie gewohnt ein. Die
Belege zählen zu Ihrem Selbstbehalt von 300 € im Jahr.

Freundliche Grüße
Miriam Hölscher
Leistungsservice ambulant

""" + FOOT_KRANICH + "\n")
    return m


@section(133, "NORMAL", "en", "internal",
         "town-hall invitation from the board")
def _():
    m = new('"Vorstandsbüro" <vorstandsbuero@kranich-pkv.example>', '"All staff" <alle@kranich-pkv.example>',
            "Town hall with the Board - 21 July, 15:00", "2026-07-17 15:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear colleagues,

the Board invites you to our summer town hall on Tuesday 21 July at 15:00
in the auditorium (and on Teams). Topics:

- results for the first half of 2026
- the new strategy "Kranich 2030"
- Q&A - you can already submit questions anonymously via the intranet

The town hall will be held in German with live English subtitles on Teams.

Vorstandsbüro
""")
    return m


@section(134, "CONFIDENTIAL", "de", "applicant-to-insurer",
         "apprenticeship applicant sends a ZIP with CV and school report (birth date, grades) as PDFs")
def _():
    m = new('"Mia Kortmann" <mia.kortmann2009@schuelermail.example>', "ausbildung@kranich-pkv.example",
            "Bewerbung Ausbildung Kauffrau für Versicherungen und Finanzanlagen 2027", "2026-07-20 17:11",
            extra=[("User-Agent", "Mozilla/5.0 Webmail 9.4")])
    body(m, """\
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um einen Ausbildungsplatz als Kauffrau für
Versicherungen und Finanzanlagen ab August 2027. Meine Unterlagen
(Anschreiben, Lebenslauf, letztes Zeugnis) habe ich als ZIP angehängt.

Mit freundlichen Grüßen
Mia Kortmann
""")
    attach(m, "Bewerbung_Mia_Kortmann.zip", zipf([
        ("Lebenslauf.pdf", pdf_file([
            ("b", "Lebenslauf"),
            "Mia Kortmann · Schiffahrter Damm 410 · 48157 Münster",
            "geboren am 05.03.2009 in Münster",
            "",
            "Schulbildung: seit 2019 Pascal-Gymnasium Münster, voraussichtlich Abitur 2027",
            "Praktika: 2024 Sparkasse Münsterland Ost (2 Wochen); 2025 Steuerbüro Hartmann (3 Wochen)",
            "Nebenjob: seit 2025 Aushilfe im Café am Hafen (Minijob, 520 € monatlich)",
            "Sprachen: Englisch (gut), Spanisch (Grundkenntnisse)",
        ], title="Lebenslauf")),
        ("Zeugnis_Halbjahr_Q1.pdf", pdf_file([
            ("b", "Pascal-Gymnasium Münster - Halbjahreszeugnis Q1 2025/26"),
            "Schülerin: Mia Kortmann, geb. 05.03.2009",
            "Deutsch 11 Punkte · Mathematik 12 Punkte · Englisch 10 Punkte · Sozialwissenschaften 13 Punkte",
            "Biologie 9 Punkte · Geschichte 11 Punkte · Sport 14 Punkte",
            "Fehlstunden: 6, davon unentschuldigt: 0",
        ], title="Zeugnis")),
    ]), "application/zip")
    return m


@section(135, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
         "instructions to outside counsel in a daily-sickness-allowance lawsuit: expert opinion on occupational disability, diagnoses")
def _():
    m = new('"Rechtsabteilung Kranich PKV" <rechtsabteilung@kranich-pkv.example>', '"RA Dr. Felix Ahlmann" <ahlmann@kanzlei-ahlmann-roth.example>',
            "Stegemann ./. Kranich PKV – LG Münster 115 O 88/26 – Gutachten Dr. Elfering", "2026-07-21 16:03",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrter Herr Dr. Ahlmann,

anbei zur Vorbereitung der Klageerwiderung die Zusammenfassung des
Gutachtens von Frau Dr. Elfering vom 14.07.2026 (vollständig per beA):

- Diagnosen: rheumatoide Arthritis (M05.80) mit gutem Ansprechen auf
  Adalimumab seit März; zusätzlich leichte depressive Episode (F32.0).
- Die Gutachterin hält den Kläger in seinem zuletzt ausgeübten Beruf als
  Lagerleiter seit dem 01.06.2026 wieder für 50 % arbeitsfähig und ab
  September voraussichtlich vollständig.
- Eine Berufsunfähigkeit im Sinne von § 15 MB/KT liegt nach ihrer
  Einschätzung nicht vor; damit bleibt es bei unserer Leistungspflicht
  aus dem Krankentagegeld bis zur Wiedereingliederung.

Wir halten an der Einstellung der Zahlung zum 31.05. nicht fest, soweit
es um die Zeit bis zum 30.06. geht; ein Vergleichsangebot über 3.420 €
(Juni) halten wir für sinnvoll.

Mit freundlichen Grüßen
Dr. Hanna Sievert
Syndikusrechtsanwältin, Rechtsabteilung
""")
    return m


@section(136, "NORMAL", "mixed", "newsletter",
         "bilingual customer newsletter about portal maintenance and the new app version")
def _():
    m = new('"Kranich PKV" <newsletter@kranich-pkv.example>', "newsletter-empfaenger@kranich-pkv.example",
            "Neue Kranich-App 5.0 / New Kranich app 5.0", "2026-07-22 10:00",
            extra=[("List-Unsubscribe", "<https://kranich-pkv.example/newsletter/abmelden>"), ("Precedence", "bulk")])
    body(m, """\
Liebe Kundinnen und Kunden,

ab sofort steht die Kranich-App 5.0 zum Download bereit: schnellere
Belegeinreichung, Postfach mit Push-Mitteilung und Anmeldung per Face ID.
Am Samstag, 25.07., ist das Kundenportal zwischen 6 und 10 Uhr wegen
Wartung nicht erreichbar.

Dear customers,

the Kranich app 5.0 is now available: faster upload of receipts, a
mailbox with push notifications and login with Face ID. On Saturday 25
July the customer portal will be unavailable from 6 to 10 am due to
maintenance.

Abmelden / unsubscribe: https://kranich-pkv.example/newsletter/abmelden

""" + FOOT_KRANICH + "\n")
    return m


@section(137, "CONFIDENTIAL", "en", "relocation-agency-to-insurer",
         "relocation agency asks the sister company to insure the contents of expats' flats; names, addresses, move-in dates")
def _():
    m = new('"Julia Brandt | MoveRight Relocation" <j.brandt@moveright-relocation.example>', "gewerbe@kranich-allgemeine.example",
            "Home contents cover for three assignees - Hofmeyer Maschinenbau", "2026-07-23 14:18",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Kranich Allgemeine team,

on behalf of Hofmeyer Maschinenbau GmbH we are arranging the moves of
three assignees. The employer wants home contents and personal liability
cover for each of them from the move-in date:

1. Mr Haruto Sato, Von-Esmarch-Str. 60, 48149 Münster, from 1 Aug 2026,
   flat 82 sqm, household goods approx. EUR 45,000
2. Ms Priya Nair, Ludgeriplatz 9, 48151 Münster, from 15 Aug 2026,
   flat 64 sqm, approx. EUR 30,000
3. Mr Diego Herrera Soto, Kolde-Ring 22, 48151 Münster, from 1 Sep 2026,
   flat 95 sqm, approx. EUR 55,000 (incl. a piano)

Premiums will be paid by the employer. Could you send us offers by the
end of next week?

Best regards
Julia Brandt
Senior Relocation Consultant, MoveRight Relocation GmbH, Düsseldorf
""")
    return m


@section(138, "STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
         "hospital social service asks cost coverage for follow-up rehab after a named patient's heart attack and bypass surgery")
def _():
    m = new('"Sozialdienst Herzzentrum Münster" <sozialdienst@herzzentrum-ms.example>', "klinik@kranich-pkv.example",
            "Antrag Anschlussheilbehandlung – Frau Renate Büscher, geb. 17.09.1956", "2026-07-24 09:31",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

Ihre Versicherte, Frau Renate Büscher (Vers.-Nr. 1 776 204 38), wurde am
14.07.2026 mit einem Hinterwandinfarkt aufgenommen und am 17.07. mit drei
Bypässen versorgt (ACVB-OP). Der Verlauf ist komplikationslos, die
Entlassung ist für den 29.07. geplant.

Wir beantragen eine kardiologische Anschlussheilbehandlung über drei
Wochen in der Klinik Teutoburger Wald, Bad Rothenfelde, Aufnahme
nahtlos am 29.07. Der ärztliche AHB-Antrag liegt bei der Klinik vor.

Bitte teilen Sie uns die Kostenzusage bis zum 27.07. mit, damit der
Transport organisiert werden kann.

Mit freundlichen Grüßen
Claudia Henrichmann
Sozialdienst / Überleitungsmanagement
Herzzentrum Münster GmbH
""")
    return m


@section(139, "CONFIDENTIAL", "de", "insurer-to-partner",
         "pool-car accident reported to the fleet insurer: named employee driver, plate, damage, nobody hurt")
def _():
    m = new('"Fuhrpark Kranich" <fuhrpark@kranich-pkv.example>', "flotte@westfalia-kfz-versicherung.example",
            "Schadenmeldung Flottenvertrag FL-220917 – MS-KR 2044", "2026-07-27 15:40",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

wir melden einen Schaden zu unserem Flottenvertrag FL-220917:

Fahrzeug:     VW ID.3, amtl. Kennzeichen MS-KR 2044, FIN WVWZZZE1ZPP031877
Fahrer:       Herr Yusuf Arslan, Mitarbeiter (Führerschein Klasse B seit 2010)
Datum/Ort:    24.07.2026, 11:15 Uhr, Parkplatz Herzzentrum Münster
Hergang:      Beim Ausparken rückwärts gegen einen Betonpoller gefahren.
              Kein anderes Fahrzeug beteiligt, niemand verletzt.
Schaden:      Heckstoßfänger und Heckklappe eingedrückt, fahrbereit

Das Fahrzeug steht in unserer Tiefgarage, Besichtigung nach Absprache.
Fotos reichen wir auf Wunsch nach.

Mit freundlichen Grüßen
Beate Beermann
Fuhrpark / Facility Management
""")
    return m


@section(140, "NORMAL", "en", "internal",
         "reminder to submit timesheets")
def _():
    m = new('"HR Operations" <hr-ops@kranich-pkv.example>', '"International Service" <international-team@kranich-pkv.example>',
            "Reminder: July timesheets due Friday", "2026-07-28 09:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hi everyone,

a friendly reminder that July timesheets must be approved in the time
recording tool by Friday 31 July, 12:00. Please check that your mobile
working days and any overtime are booked correctly.

Thanks!
HR Operations
""", cte="7bit")
    return m


# =================================================================== mails 0141-0160

@section(141, "STRICTLY_CONFIDENTIAL", "de", "care-service-to-insurer",
         "home-care service invoice for a named patient (care level, care tasks) only in the PDF; body says only 'Rechnung Juli'")
def _():
    m = new('"Abrechnung Pflegedienst Emsaue" <abrechnung@pflegedienst-emsaue.example>', "pflege@kranich-pkv.example",
            "Rechnung Juli 2026", "2026-08-03 09:25",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

anbei unsere Rechnung für Juli 2026 (Abtretung liegt Ihnen vor).

Mit freundlichen Grüßen
Abrechnung
Ambulanter Pflegedienst Emsaue GmbH, Emsstraße 2, 48282 Emsdetten
""")
    attach(m, "RE-2026-07-0418.pdf", pdf_file([
        ("b", "Ambulanter Pflegedienst Emsaue GmbH - Rechnung RE-2026-07-0418"),
        "Leistungszeitraum 01.07.2026 - 31.07.2026 · IK 46 05 19 337",
        "Pflegebedürftige: Ilse Hülsbusch, geb. 08.02.1941, Vers.-Nr. 1 903 448 21",
        "Pflegegrad 3 seit 01.05.2026 · Pflegesachleistung nach § 36 SGB XI / Tarif PV",
        "",
        "LK 1  Große Körperpflege (Ganzkörperwäsche, An-/Auskleiden)   31 x 28,40   880,40 EUR",
        "LK 4  Hilfe bei der Nahrungsaufnahme                           62 x 9,85    610,70 EUR",
        "LK 12 Medikamentengabe, Blutzuckermessung, Insulininjektion    62 x 7,10    440,20 EUR",
        "LK 15 Kompressionsstrümpfe an-/ausziehen                       31 x 6,20    192,20 EUR",
        "Hausbesuchspauschale                                           62 x 4,30    266,60 EUR",
        "",
        "Gesamt: 2.390,10 EUR · davon Pflegesachleistung bis 1.497,00 EUR, Rest Eigenanteil",
    ], title="Rechnung RE-2026-07-0418"), "application/pdf")
    return m


@section(142, "NORMAL", "de", "internal",
         "trap: FAQ for claims staff on analogous GOÄ billing (e.g. laser, acupuncture) with typical diagnoses, no person")
def _():
    m = new('"Borchert, Ines" <ines.borchert@kranich-pkv.example>', '"Leistung alle" <leistung-alle@kranich-pkv.example>',
            "FAQ Analogabrechnung GOÄ – Stand August 2026", "2026-08-04 10:50",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

die häufigsten Fragen aus den letzten Wochen, gesammelt für euch:

F: Ein Augenarzt berechnet die Femtosekundenlaser-Katarakt-OP analog nach
   GOÄ 5855. Zahlen wir?
A: Nur den Zuschlag nach Nr. 441 analog, nicht 5855 zusätzlich (BGH-
   Rechtsprechung). Textbaustein KAT-02.

F: Akupunktur bei chronischen Rückenschmerzen (M54.-) mit GOÄ 269a –
   reicht die Diagnose?
A: Ja, bei chronischen LWS-Beschwerden und Gonarthrose; bei anderen
   Diagnosen Rücksprache mit dem Beratungsarzt.

F: Psychotherapeuten rechnen Videositzungen nach GOÄ 870 ab.
A: Zulässig, wenn die Sitzung die Mindestdauer hat. Kein Zuschlag.

F: Dermatologe berechnet Auflichtmikroskopie (GOÄ 750) bei jeder
   Hautkrebsvorsorge.
A: Einmal je Sitzung erstattungsfähig.

Die vollständige FAQ liegt im Wiki unter Leistung > GOÄ > Analog.

Ines
""")
    return m


@section(143, "CONFIDENTIAL", "en", "insurer-to-customer",
         "water damage in an expat's rented flat under household insurance at the sister company: named customer, claim number, address")
def _():
    m = new('"Kranich Allgemeine Claims" <schaden@kranich-allgemeine.example>', '"Haruto Sato" <haruto.sato@mailhub.example>',
            "Your claim HR-26-220911 - water damage at Von-Esmarch-Str. 60", "2026-08-05 14:32",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Mr Sato,

thank you for reporting the water damage in your flat at
Von-Esmarch-Str. 60, 48149 Münster. We have registered the claim under
HR-26-220911 on your home contents policy HR-9120553.

According to your description, the washing machine hose burst on 2 August
and damaged the laminate floor in the hallway (landlord's property) and
your sofa and a rug (your property). For your claim please send us:

- photos of the damaged items
- receipts or an estimate of the value of the sofa and the rug
- the plumber's invoice

The damage to the floor is a matter for the landlord's building insurance;
please forward our letter to him. You can write to us in English at any
time.

Kind regards
Thomas Bröker
Claims Service
""" + FOOT_ALLG + "\n")
    return m


@section(144, "NORMAL", "de", "internal",
         "training room booking request")
def _():
    m = new('"Brinkmann, Tobias" <tobias.brinkmann@kranich-pkv.example>', '"Empfang" <empfang@kranich-pkv.example>',
            "Schulungsraum B 0.05 am 18.08.", "2026-08-06 11:09",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo liebes Empfangsteam,

könnt ihr mir bitte den Schulungsraum B 0.05 für Dienstag, 18.08., von 9
bis 13 Uhr reservieren? Wir sind 12 Personen, bitte mit Beamer und
Flipchart, und wenn möglich Kaffee und Wasser um 10:30.

Danke euch!
Tobias
""")
    return m


@section(145, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
         "a named student's health insurance ends because she took a job with statutory cover; contract end and refund, no medical word")
def _():
    m = new('"Kranich PKV International Service" <international@kranich-pkv.example>', '"Nguyen Thi Lan" <lan.nguyen.ms@unimail-muenster.example>',
            "Termination of your Campus Start policy KS 7742018", "2026-08-07 10:14",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Ms Nguyen,

congratulations on your new job at the research institute! As you are now
an employee with compulsory statutory health insurance (membership
confirmation of Techniker Krankenkasse from 1 August 2026), your Campus
Start policy KS 7742018 ends on 31 July 2026 under our special termination
right.

You paid the premium for August already (EUR 112.40). We will refund it
to your account within the next days.

If you ever want to keep private supplementary cover (e.g. dental or
hospital private room) next to your statutory insurance, we are happy to
help.

Kind regards
Sofia Marquez
International Service
""" + FOOT_KRANICH_EN + "\n")
    return m


@section(146, "NORMAL", "de", "insurer-to-broker",
         "trap: product brochure text for a dental supplementary tariff (implants, orthodontics, cleaning), no person")
def _():
    m = new('"Kranich PKV Produktmanagement" <produkt@kranich-pkv.example>', '"Maklerverteiler Westfalen" <makler-westfalen@kranich-pkv.example>',
            "Neu ab 01.09.: ZahnPlus 90 mit Sofortleistung", "2026-08-10 09:00",
            extra=[("X-Mailer", "Kranich Mailing 2.3")])
    body(m, """\
Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

ab 01.09.2026 bieten wir den überarbeiteten Zahnzusatztarif ZahnPlus 90 an:

- 90 % für Zahnersatz, Implantate und Inlays – auch bei bereits
  angeratenen Behandlungen bis 1.000 € im ersten Jahr (Sofortleistung)
- 100 % für professionelle Zahnreinigung bis 200 € im Jahr
- Kieferorthopädie für Kinder bis 18 Jahre bei KIG 1–2: bis 2.000 €
- Wurzel- und Parodontosebehandlung 90 %
- Keine Wartezeiten, Zahnstaffel nur in den ersten vier Jahren

Monatsbeitrag z. B. 21 Jahre 18,40 €, 45 Jahre 34,90 €, 65 Jahre 52,10 €.

Die Gesundheitsfragen beschränken sich auf fehlende Zähne und laufende
Behandlungen. Flyer und Rechner finden Sie im Maklerportal.

Mit freundlichen Grüßen
Ihr Produktmanagement

""" + FOOT_KRANICH + "\n")
    return m


@section(147, "CONFIDENTIAL", "de", "billing-centre-to-insurer",
         "billing centre reports a sole doctor's assignment of fees and his bank account; no patient")
def _():
    m = new('"Ärztliche Verrechnungsstelle Münsterland" <service@aev-muensterland.example>', "leistung@kranich-pkv.example",
            "Mitteilung: Abrechnung Dr. med. Hubertus Rüter über AEV ab 01.09.2026", "2026-08-11 13:45",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass Herr Dr. med. Hubertus Rüter, Kardiologe in
Münster (Einzelpraxis), seine Privatliquidation ab 01.09.2026 über uns
abwickelt. Zahlungen aus Abtretungen für Rechnungen, die Dr. Rüter bis
zum 31.08.2026 selbst gestellt hat, leisten Sie bitte weiterhin an ihn
persönlich:

Kontoinhaber: Dr. Hubertus Rüter
IBAN: DE25 1723 8096 8593 8826 04

Für alle Rechnungen mit unserem Briefkopf ab 01.09.2026 gilt unsere
bekannte Bankverbindung.

Mit freundlichen Grüßen
Kundenservice Leistungserbringer
Ärztliche Verrechnungsstelle Münsterland GmbH
""")
    return m


@section(148, "NORMAL", "en", "insurer-to-partner",
         "visitor registration for the external auditors")
def _():
    m = new('"Vorstandsbüro" <vorstandsbuero@kranich-pkv.example>', '"Audit team" <audit-kranich@wp-hollmann.example>',
            "Your visit 24-28 August - access and Wi-Fi", "2026-08-12 15:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear audit team,

we are looking forward to your visit from 24 to 28 August. Some practical
information:

- Please report to reception in building A at 08:30 on Monday; visitor
  badges are prepared for five persons.
- Your project room is A 1.09; the guest Wi-Fi key will be on the table.
- Parking: visitor spaces in car park East.
- Lunch in the staff restaurant with the guest cards.

Data requests should go through the audit request list as agreed.

Kind regards
Vorstandsbüro
""", cte="8bit")
    return m


@section(149, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "objection against the refusal of hearing aids with policy number only in the subject; body asks only for confirmation of receipt")
def _():
    m = new('"Karl-Heinz Wendt" <kh.wendt@t-net.example>', "widerspruch@kranich-pkv.example",
            "Widerspruch gg. Ablehnung Hörgeräte – Vers.-Nr. 3 011 784 25", "2026-08-13 08:17",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

bitte bestätigen Sie mir den Eingang. Die ausführliche Begründung folgt
per Post.

Mit freundlichen Grüßen
K.-H. Wendt
""")
    return m


@section(150, "NORMAL", "mixed", "internal",
         "lost-and-found notice, German and English")
def _():
    m = new('"Empfang" <empfang@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Fundsachen / lost and found", "2026-08-14 12:05",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Am Empfang Haus A liegen seit dem Sommerfest:
- ein blauer Regenschirm mit Holzgriff
- ein Schlüsselbund mit Anhänger "Borussia"
- eine graue Strickjacke, Größe M

At the reception desk in building A since the summer party:
a blue umbrella, a key ring ("Borussia"), a grey cardigan (size M).

Abholung bis Ende August, danach geht alles an die Kleiderkammer.
""")
    return m


@section(151, "CONFIDENTIAL", "mixed", "insurer-to-customer",
         "student's phone insurance claim at the sister company (cracked screen): named customer, policy, IBAN for payout")
def _():
    m = new('"Kranich Allgemeine – Elektronik" <elektronik@kranich-allgemeine.example>', '"Mateus Oliveira" <mateus.oliveira@unimail-muenster.example>',
            "AW: broken phone screen / Displaybruch – EL-26-004512", "2026-08-17 10:40",
            irt="<MO.20260814.1901@unimail-muenster.example>", refs="<MO.20260814.1901@unimail-muenster.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Herr Oliveira,

die Reparaturrechnung von "Handyklinik Münster" über 229,00 € für den
Displaybruch Ihres Smartphones (Vertrag EL-7718830) haben wir geprüft.
Wir erstatten 179,00 € (abzüglich 50 € Selbstbeteiligung).

Hello Mr Oliveira, we reimburse EUR 179.00 for the screen repair (EUR
229.00 minus EUR 50.00 excess). The payment goes to the account you gave
us: DE69 2149 1023 7940 4533 59.

Viele Grüße / kind regards
Team Elektronikversicherung

""" + FOOT_ALLG + "\n")
    return m


@section(152, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
         "newborn daughter added to the parents' health contracts without health check; birth, birth date, hospital stay")
def _():
    m = new('"Vertragsservice Kranich PKV" <vertragsservice@kranich-pkv.example>', '"Julia und Sven Terwey" <terwey.familie@web-post.example>',
            "Herzlichen Glückwunsch zur Geburt von Ella!", "2026-08-18 14:03",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Frau Terwey, lieber Herr Terwey,

herzlichen Glückwunsch zur Geburt Ihrer Tochter Ella am 29.07.2026!

Da Sie Ella innerhalb von zwei Monaten nach der Geburt angemeldet haben,
versichern wir sie rückwirkend ab Geburt ohne Gesundheitsprüfung und ohne
Wartezeiten im gleichen Umfang wie Herrn Terwey (Kindernachversicherung
nach § 198 VVG). Damit sind auch die Kosten für die Behandlung auf der
Neugeborenenstation wegen der Neugeborenen-Gelbsucht (Fototherapie, 4
Tage) abgedeckt; die Klinik rechnet direkt mit uns ab.

Ellas Versicherungsnummer: 2 604 771 93, Tarif Komfort 100 (Kindertarif),
Monatsbeitrag 168,20 €. Der Nachtrag kommt mit der Post.

Die Hebammenrechnung von Frau Kerkhoff reichen Sie bitte wie gewohnt ein.

Alles Gute für Sie drei!
Ihr Vertragsservice

""" + FOOT_KRANICH + "\n")
    return m


@section(153, "CONFIDENTIAL", "de", "internal",
         "employee asks HR for a salary advance and states her net salary and debts")
def _():
    m = new('"Hölscher, Miriam" <miriam.hoelscher@kranich-pkv.example>', '"Schlattmann, Birte" <birte.schlattmann@kranich-pkv.example>',
            "Frage Gehaltsvorschuss", "2026-08-19 07:52",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Birte,

ist es möglich, einen Vorschuss von 1.500 € auf mein Septembergehalt zu
bekommen? Mein Auto hat einen Motorschaden und die Werkstatt will 2.800 €,
der Dispo ist schon ziemlich ausgereizt. Ich verdiene ja 2.740 € netto,
1.500 € in drei Raten zurück wäre für mich machbar.

Ich würde das gern diskret halten, Tobias muss davon nichts wissen.

Danke dir!
Miriam
""")
    return m


@section(154, "NORMAL", "en", "insurer-to-university",
         "trap: aggregated statistics on students' use of health insurance (psychotherapy, dental, emergencies) for the university, no person")
def _():
    m = new('"Lindqvist, Marco" <marco.lindqvist@kranich-pkv.example>', '"Amélie Fontaine" <welcome@io-uni-muenster.example>',
            "Figures for your welcome talk - students' use of health insurance", "2026-08-20 11:37",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Ms Fontaine,

as promised, some aggregated figures for the welcome talk on 1 October
(our Campus Start tariff, about 2,300 international students in Münster,
academic year 2025/26; no individual data):

- 71 % submitted at least one invoice during the year
- most frequent: GP visits (58 %), dentist (23 %), pharmacy (49 %)
- 9 % used psychotherapy or psychiatric care - twice as many as five
  years ago; the waiting time for a first appointment is the biggest issue
- 4 % had an emergency room visit, 1.5 % a hospital stay
- pregnancy and birth: fewer than 20 cases, so we do not show a rate

Feel free to use these numbers on your slides.

Best regards
Marco Lindqvist
""")
    return m


@section(155, "CONFIDENTIAL", "de", "internal",
         "trap-like but CONFIDENTIAL: first-aid course registration list with staff birth dates (XLSX)")
def _():
    m = new('"Vennemann, Ralf" <ralf.vennemann@kranich-pkv.example>', "anmeldung@ersthilfe-westfalen.example",
            "Anmeldung Erste-Hilfe-Grundkurs 15.09.2026 – Kranich PKV", "2026-08-21 09:44",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

für den Erste-Hilfe-Grundkurs (9 UE, Abrechnung über die BG) am
15.09.2026 in unserem Haus melden wir die Teilnehmenden aus der
beigefügten Liste an. Die Geburtsdaten brauchen Sie laut Ihrer Mail für
die Teilnahmebescheinigungen.

Mit freundlichen Grüßen
Ralf Vennemann
Facility Management / Ersthelferkoordination
Kranich Private Krankenversicherung AG
""")
    attach(m, "Teilnehmende_EH_2026-09-15.xlsx", xlsx([
        ("Teilnehmende", [
            ["Nachname", "Vorname", "Geburtsdatum", "Abteilung"],
            ["Feldkamp", "Jasper", "11.06.2007", "Leistung"],
            ["Hüsing", "Lena", "17.09.1996", "Leistung"],
            ["Mensah", "Kwame", "03.12.1988", "International Service"],
            ["Rahe", "Leon", "02.03.2003", "Beihilfe-Team"],
            ["Beermann", "Beate", "30.01.1974", "Facility Management"],
            ["Voss", "Carina", "22.10.1985", "Assistenz Leistung"],
        ]),
    ], author="Ralf Vennemann"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@section(156, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
         "customer forwards the hospital discharge letter (PDF) after gallbladder surgery; body only 'Entlassbrief wie gewünscht'")
def _():
    m = new('"Gisela Upmann" <gisela.upmann@web-post.example>', "klinik@kranich-pkv.example",
            "Entlassbrief wie gewünscht", "2026-08-24 16:29",
            extra=[("User-Agent", "Mozilla Thunderbird 128.12.0")])
    body(m, """\
Hallo Herr Arslan,

hier der Entlassbrief, den Sie am Telefon haben wollten.

Gruß
Gisela Upmann
""", cte="8bit", flowed=True)
    attach(m, "Entlassbrief_Upmann.pdf", pdf_file([
        ("b", "St. Franziskus-Hospital Münster - Klinik für Allgemein- und Viszeralchirurgie"),
        "Chefarzt Prof. Dr. med. Lorenz Wiesmann",
        "",
        "Entlassungsbrief",
        "Patientin: Gisela Upmann, geb. 19.04.1963",
        "Stationärer Aufenthalt: 14.08.2026 - 18.08.2026",
        "",
        "Diagnosen: Akute Cholezystitis bei Cholezystolithiasis (K80.00); arterielle Hypertonie (I10.90)",
        "Therapie: Laparoskopische Cholezystektomie am 15.08.2026 (OPS 5-511.11)",
        "Verlauf: komplikationslos, Kostaufbau problemlos, Wunden reizlos.",
        "Medikation bei Entlassung: Ramipril 5 mg 1-0-0, Metamizol 500 mg bei Bedarf bis 4x täglich",
        "Procedere: Fäden ex am 10. postoperativen Tag beim Hausarzt; Arbeitsunfähigkeit bis 01.09.2026.",
    ], title="Entlassungsbrief"), "application/pdf")
    return m


@section(157, "NORMAL", "de", "internal",
         "team meeting moved")
def _():
    m = new('"Wessels, Katrin" <katrin.wessels@kranich-pkv.example>', '"Team Pflege" <team-pflege@kranich-pkv.example>',
            "Teambesprechung verschoben auf Donnerstag", "2026-08-25 13:10",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo ihr,

die Teambesprechung morgen fällt aus, ich bin kurzfristig in einer
Projektsitzung. Neuer Termin: Donnerstag 10 Uhr, gleicher Raum. Themen
bleiben gleich (Urlaubsplanung Herbst, neue Textbausteine).

Katrin
""")
    return m


@section(158, "CONFIDENTIAL", "de", "customer-to-insurer",
         "dog owner sends the vet's surgery invoice to the health insurer by mistake (animal health): policy number at the sister company")
def _():
    m = new('"Stefanie Rölver" <stefanie.roelver@web-post.example>', "leistung@kranich-pkv.example",
            "OP-Rechnung für Bruno", "2026-08-26 20:33",
            extra=[("User-Agent", "Mozilla/5.0 Webmail 9.4")])
    body(m, """\
Hallo,

anbei bzw. hier die Angaben zur OP von unserem Labrador Bruno (7 Jahre).
Er hatte einen Kreuzbandriss hinten links und wurde am 20.08. in der
Tierklinik Hiltrup operiert (TPLO), 2 Nächte stationär. Rechnung nach GOT:
2.864,50 €.

Die OP-Versicherung für Bruno läuft bei der Kranich Allgemeinen, Vertrag
TK-3301874. Ich hoffe, Sie können das weiterleiten.

Liebe Grüße
Stefanie Rölver
""")
    return m


@section(159, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
         "annual premium certificate for an expat's tax return: health-insurance premiums of a named person, no medical word")
def _():
    m = new('"Kranich PKV Beitragsservice" <beitrag@kranich-pkv.example>', '"Ravi Menon" <ravi.menon@mailhub.example>',
            "Premium certificate 2025 for your tax return", "2026-08-27 10:30",
            extra=[("X-Mailer", "Kranich Korrespondenz 4.2")])
    body(m, """\
Dear Mr Menon,

as requested, here is the information from your premium certificate for
2025 (the signed certificate is in your portal mailbox):

Policyholder: Ravi Menon, policy 3 902 117 06
Insured persons: Ravi Menon, Deepa Menon, Anika Menon
Basic cover premiums (deductible under § 10 (1) no. 3 EStG):   EUR 6,912.00
Premiums for supplementary benefits (single room, dental):     EUR 1,188.00
Premium refund paid in 2025:                                   EUR 0.00

The data has been transmitted electronically to the tax office
(§ 10 (2a) EStG), so you do not need to attach the certificate.

Kind regards
Beitragsservice
""" + FOOT_KRANICH_EN + "\n")
    return m


@section(160, "NORMAL", "de", "newsletter",
         "trap: hospital-reform newsletter with case numbers, DRG changes and oncology centres, no person")
def _():
    m = new('"Klinikmarkt kompakt" <redaktion@klinikmarkt-kompakt.example>', "jens.overbeck@kranich-pkv.example",
            "Klinikmarkt kompakt 16/2026: Leistungsgruppen, Vorhaltepauschale, Krebszentren", "2026-08-28 07:00",
            extra=[("List-Unsubscribe", "<https://klinikmarkt-kompakt.example/abmelden>"), ("Precedence", "bulk")])
    body(m, """\
Klinikmarkt kompakt 16/2026

1. Leistungsgruppen: Die Länder haben bis August 61 % der Zuweisungen
   erteilt. Komplexe Eingriffe wie Pankreas- und Speiseröhrenoperationen
   sollen künftig nur noch in Häusern mit Mindestmengen stattfinden.
2. Vorhaltepauschale: Ab 2027 werden 60 % der Erlöse über die
   Vorhaltevergütung gezahlt; die DRG-Fallpauschalen sinken entsprechend.
3. Krebszentren: Die Zahl zertifizierter Brustkrebszentren steigt auf 298;
   Patientinnen, die dort operiert werden, haben nachweislich bessere
   Überlebensraten.
4. Private Kostenträger: Die Regelungen gelten über das KHEntgG auch für
   Privatpatienten, die Wahlleistungen bleiben unberührt.

Abmelden: https://klinikmarkt-kompakt.example/abmelden
""")
    return m


# =================================================================== mails 0161-0180

@section(161, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
         "dormant-cover (Anwartschaft) arrangement for a named customer moving to Canada; health contract, premiums, no medical word")
def _():
    m = new('"Nowak, Felix" <felix.nowak@kranich-pkv.example>', '"Lisa Egbert" <lisa.egbert@nordpost.example>',
            "AW: moving to Canada - what happens to my insurance?", "2026-09-01 11:27",
            irt="<NP-260830-8812.egbert@nordpost.example>", refs="<NP-260830-8812.egbert@nordpost.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Egbert,

Sie hatten auf Englisch geschrieben, ich antworte auf Deutsch, weil die
Vertragsbegriffe sonst missverständlich werden – gern rufe ich Sie an.

Für Ihren Aufenthalt in Vancouver (Oktober 2026 bis voraussichtlich
September 2028) empfehlen wir, Ihre Krankheitskostenversicherung
(Vertrag 2 440 918 66, Tarif Komfort 100) ab 01.10.2026 in eine große
Anwartschaftsversicherung umzuwandeln:

- Sie zahlen statt 498,30 € nur 74,75 € im Monat.
- Bei Rückkehr leben Ihre Versicherung und Ihre Alterungsrückstellung
  ohne neue Gesundheitsprüfung wieder auf.
- In Kanada brauchen Sie eine örtliche Versicherung (provincial plan nach
  der Wartezeit, vorher eine Übergangsversicherung).

Short version in English: we recommend keeping your policy as dormant
cover from 1 October (EUR 74.75 instead of EUR 498.30 per month), so you
can return without new health questions.

Viele Grüße
Felix Nowak
Mitgliederservice
""" + FOOT_KRANICH + "\n")
    return m


@section(162, "NORMAL", "de", "internal",
         "trap: minutes of the benefits committee on rules for professional tooth cleaning and periodontal treatment (ODT), no person")
def _():
    m = new('"Voss, Carina" <carina.voss@kranich-pkv.example>', '"Leistungsausschuss" <leistungsausschuss@kranich-pkv.example>',
            "Protokoll Leistungsausschuss 01.09.2026", "2026-09-02 16:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

anbei das Protokoll der gestrigen Sitzung. Beschlüsse gelten ab 01.10.

Carina
""")
    attach(m, "Protokoll_Leistungsausschuss_2026-09-01.odt", odt_file([
        ("h", "Protokoll Leistungsausschuss – 01.09.2026"),
        "Teilnehmende: G. Albers, I. Borchert, A. Demir, Dr. P. Kortenbrede (Beratungszahnarzt), Dr. U. Sandmann (Beratungsärztin)",
        "TOP 1 Professionelle Zahnreinigung (PZR): Bisher zwei PZR pro Jahr; künftig bis zu vier bei "
        "nachgewiesener Parodontitis (Stadium III/IV) ohne gesonderten Antrag. Beschluss einstimmig.",
        "TOP 2 Parodontitistherapie: Unterstützende Parodontitistherapie (UPT) wird nach GOZ 4070 ff. ohne "
        "Vorabgenehmigung erstattet, wenn ein PAR-Status nicht älter als 6 Monate vorliegt.",
        "TOP 3 Digitale Gesundheitsanwendungen: Kulanzregel für Apps bei Tinnitus, Rückenschmerz und "
        "Depression bis 400 € je Anwendung wird um ein Jahr verlängert.",
        "TOP 4 Verschiedenes: Auswertung der Kulanzfälle erfolgt nur aggregiert.",
        "Nächste Sitzung: 01.12.2026",
    ]), "application/vnd.oasis.opendocument.text")
    return m


@section(163, "CONFIDENTIAL", "de", "doctor-to-insurer",
         "freelance medical adviser (natural person) questions her annual fee statement: income figures, no patient")
def _():
    m = new('"Dr. Sigrid Elfering" <s.elfering@psychiatrie-elfering.example>', "kreditoren@kranich-pkv.example",
            "Honorarbescheinigung 2025 – Abweichung", "2026-09-03 19:30",
            extra=[("X-Mailer", "Apple Mail (2.3826.500)")])
    body(m, """\
Sehr geehrte Damen und Herren,

in Ihrer Jahresbescheinigung für 2025 sind Honorare von 51.250 €
ausgewiesen. Nach meiner Buchhaltung habe ich 2025 aber nur 48.910 €
erhalten; die Rechnung vom 18.12.2025 über 2.340 € wurde erst am
08.01.2026 bezahlt und gehört damit in 2026.

Mein Steuerberater braucht eine korrigierte Bescheinigung bis Ende
September. Steuernummer zur Zuordnung: 336/5188/4017.

Mit freundlichen Grüßen
Dr. med. Sigrid Elfering
Fachärztin für Psychiatrie und Psychotherapie
""")
    return m


@section(164, "NORMAL", "de", "internal",
         "rollout notice for Teams telephony")
def _():
    m = new('"IT-Betrieb Kranich" <it-betrieb@kranich-pkv.example>', '"Leistung alle" <leistung-alle@kranich-pkv.example>',
            "Umstellung auf Teams-Telefonie am 14.09.", "2026-09-04 10:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

am Montag, 14.09., wird die Abteilung Leistung auf Teams-Telefonie
umgestellt. Ihre Durchwahl bleibt gleich. Die Tischtelefone werden am
Freitag nach Dienstschluss abgebaut; bitte Headsets am Montag aus dem
Regal am Empfang abholen (mit Namensschild).

Die Hotline-Warteschleifen für Versicherte und Leistungserbringer laufen
ab Montag über Teams-Anrufwarteschlangen. Eine Kurzanleitung liegt im
Intranet.

IT-Betrieb
""")
    return m


@section(165, "STRICTLY_CONFIDENTIAL", "de", "authority-to-insurer",
         "Beihilfe office asks about a named civil servant's care level and the share paid by the care insurance")
def _():
    m = new('"Beihilfestelle Bezirksregierung Münster" <beihilfe@bezreg-muenster.example>', "beihilfe-team@kranich-pkv.example",
            "Anfrage zu Pflegeleistungen – Beihilfeberechtigter Heinrich Vöcking", "2026-09-07 08:55",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

für den Beihilfeberechtigten Herrn Heinrich Vöcking (Pers.-Nr. 2 118 004,
geb. 29.09.1935), bei Ihnen pflegepflichtversichert unter 1 003 117 80,
liegt uns ein Antrag auf Beihilfe zu den Heimkosten vor.

Bitte teilen Sie uns mit:
1. seit wann welcher Pflegegrad festgestellt ist,
2. in welcher Höhe Sie monatlich Leistungen für die vollstationäre Pflege
   erbringen (Ihr Anteil 30 %),
3. ob eine Höherstufung beantragt ist.

Die Einwilligung von Herrn Vöcking bzw. seiner Betreuerin liegt uns vor
(Kopie anbei per Post).

Mit freundlichen Grüßen
Im Auftrag
Wiebke Thier
Bezirksregierung Münster – Dezernat 23, Beihilfe
""")
    return m


@section(166, "NORMAL", "de", "internal",
         "trap: note on price changes of diabetes and obesity drugs (PZN list), no person")
def _():
    m = new('"Borchert, Ines" <ines.borchert@kranich-pkv.example>', '"Leistung Arzneimittel" <leistung-am@kranich-pkv.example>',
            "Arzneimittel: Preisänderungen GLP-1 und Insuline zum 01.09.", "2026-09-07 14:12",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

zum 01.09. haben sich die Apothekenverkaufspreise einiger Präparate
geändert, die Prüftabelle in KLARA ist aktualisiert:

PZN        Präparat                                   alt        neu
18088428   Semaglutid 1 mg Injektionslösung, 4 Pens   281,43     259,90
18767019   Tirzepatid 5 mg, 4 Pens                    329,68     311,20
09922714   Insulin glargin 100 E/ml, 5x3 ml            89,43      86,97
02178233   Insulin aspart 100 E/ml, 5x3 ml             72,15      70,40

Erinnerung: GLP-1-Präparate nur zur Gewichtsreduktion (ohne Diabetes)
sind in den Tarifen Komfort und Basis Select nicht versichert. Bei
Rezepten ohne Diagnose bitte beim Versicherten die Indikation erfragen –
nicht bei der Apotheke.

Ines
""")
    return m


@section(167, "CONFIDENTIAL", "de", "internal",
         "termination agreement with severance pay for a named employee")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', '"Entgeltabrechnung" <entgelt@kranich-pkv.example>',
            "Aufhebungsvertrag Wiemeler – Abrechnungshinweise", "2026-09-08 12:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Birte,

Herr Thorsten Wiemeler (PNr. 20771) hat den Aufhebungsvertrag gestern
unterschrieben. Für die Abrechnung:

- Beendigung zum 31.12.2026, Freistellung ab 01.10. unter Fortzahlung
  des Gehalts (3.880 € brutto/Monat)
- Abfindung 21.500 € brutto, fällig mit der Dezember-Abrechnung,
  Fünftelregelung anwenden
- Resturlaub 14 Tage wird in der Freistellung eingebracht
- der Pfändungsbeschluss (Az. 12 M 804/26) ist auch auf die Abfindung
  anzuwenden – bitte mit der Rechtsabteilung klären

Bitte vertraulich, das Team weiß noch nichts.

Gruß
Sandra
""")
    return m


@section(168, "NORMAL", "en", "supplier-to-insurer",
         "courier delivery notification")
def _():
    m = new('"ParcelGo Notifications" <noreply@parcelgo.example>', "empfang@kranich-pkv.example",
            "Your parcel 7PG2209913408 will arrive today", "2026-09-09 07:15",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """\
Hello,

your parcel from "Office World GmbH" will be delivered today between 10:00
and 12:00.

Tracking number: 7PG2209913408
Delivery address: Am Kranichteich 4, 48149 Münster, reception building A

Not at home? Change the delivery at https://parcelgo.example/t/7PG2209913408

ParcelGo
""")
    return m


@section(169, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "internal request on an electric wheelchair for a named customer after a stroke, in plain words")
def _():
    m = new('"Wessels, Katrin" <katrin.wessels@kranich-pkv.example>', '"Dr. Sandmann, Ulrike" <ulrike.sandmann@kranich-pkv.example>',
            "Kostenvoranschlag Elektrorollstuhl Venker", "2026-09-10 09:18",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Ulrike,

zu Herrn Klaus Venker (1 660 204 73) liegt jetzt der Kostenvoranschlag von
Reha-Nord für einen Elektrorollstuhl vor, 7.480 € (über der Pauschale aus
dem Rahmenvertrag wegen Sondersteuerung links).

Er kann seit dem Schlaganfall den rechten Arm kaum bewegen und mit dem
Rollator nur ein paar Meter in der Wohnung laufen. Ein Greifreifenrollstuhl
geht deshalb nicht. Die Ehefrau schiebt ihn bisher, sie hat selbst
Rückenprobleme.

Reicht dir die Verordnung des Neurologen oder brauchst du noch den
Reha-Entlassbericht?

Danke
Katrin
""")
    return m


@section(170, "CONFIDENTIAL", "de", "insurer-to-customer",
         "storm damage to a named customer's roof under buildings insurance at the sister company; nobody hurt")
def _():
    m = new('"Kranich Allgemeine – Gebäudeschaden" <gebaeude@kranich-allgemeine.example>', '"Heinz Lütkemeyer" <h.luetkemeyer@t-net.example>',
            "Sturmschaden vom 05.09. – Schadennummer WG-26-031877", "2026-09-11 15:05",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrter Herr Lütkemeyer,

vielen Dank für Ihre Meldung. Beim Sturm am 05.09. wurden an Ihrem
Wohnhaus Am Mühlenbach 14, 48308 Senden, etwa 20 Dachziegel abgedeckt
und die Dachrinne beschädigt. Verletzt wurde niemand.

Der Schaden ist über Ihre Wohngebäudeversicherung WG-4410287 versichert
(Sturm ab Windstärke 8; der Deutsche Wetterdienst hat für Senden 9
gemessen). Bitte beauftragen Sie einen Dachdecker und senden Sie uns die
Rechnung; bis 2.500 € zahlen wir ohne Besichtigung.

Mit freundlichen Grüßen
Team Gebäudeschaden

""" + FOOT_ALLG + "\n")
    return m


@section(171, "CONFIDENTIAL", "de", "prospect-to-insurer",
         "employee considering private health insurance gives birth date, salary and family status; no contract yet, no health data")
def _():
    m = new('"Dominik Hövener" <dominik.hoevener@mailbox-nord.example>', "beratung@kranich-pkv.example",
            "Wechsel in die PKV – lohnt sich das für mich?", "2026-09-14 21:42",
            extra=[("User-Agent", "Mozilla Thunderbird 128.14.0")])
    body(m, """\
Guten Abend,

ich überlege, aus der gesetzlichen Krankenversicherung zu Ihnen zu
wechseln, und hätte gern eine Beratung, bevor ich mich festlege.

Ein paar Eckdaten:
- geboren am 25.06.1990, verheiratet, ein Kind (2 Jahre)
- Softwareentwickler, angestellt, Bruttojahresgehalt 78.500 € (seit
  Januar über der Versicherungspflichtgrenze)
- meine Frau arbeitet in Teilzeit (ca. 28.000 € brutto) und bleibt in der
  gesetzlichen Kasse

Mich interessiert vor allem, was das mit Kind kostet und was im Alter
passiert. Ein Angebot brauche ich noch nicht, erst einmal ein Gespräch –
gern per Video an einem Abend.

Viele Grüße
Dominik Hövener
""", cte="8bit", flowed=True)
    return m


@section(172, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
         "premium refund for a named customer because no claims were submitted; health contract, no medical word")
def _():
    m = new('"Kranich PKV Beitragsservice" <beitrag@kranich-pkv.example>', '"Martin Hemsing" <martin.hemsing@web-post.example>',
            "Gute Nachricht: Beitragsrückerstattung für 2025", "2026-09-15 09:00",
            extra=[("X-Mailer", "Kranich Korrespondenz 4.2")])
    body(m, """\
Sehr geehrter Herr Hemsing,

Sie haben für das Kalenderjahr 2025 keine Rechnungen bei uns eingereicht.
Dafür erhalten Sie eine erfolgsabhängige Beitragsrückerstattung von drei
Monatsbeiträgen aus Ihrem Tarif Komfort 300:

  3 x 402,60 € = 1.207,80 €

Wir überweisen den Betrag bis Ende September auf Ihr Beitragskonto
(IBAN endet auf 3012). Bitte beachten Sie: Die Rückerstattung mindert die
als Sonderausgaben abziehbaren Beiträge für 2026; wir melden sie dem
Finanzamt.

Freundliche Grüße
Ihr Beitragsservice

""" + FOOT_KRANICH + "\n")
    return m


@section(173, "NORMAL", "mixed", "internal",
         "canteen closed for renovation, German and English")
def _():
    m = new('"Betriebsrestaurant" <kantine@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Betriebsrestaurant geschlossen 28.09.–09.10. / Staff restaurant closed", "2026-09-16 11:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Wegen Renovierung der Küche bleibt das Betriebsrestaurant vom 28.09. bis
09.10. geschlossen. In dieser Zeit steht mittags ein Foodtruck im Innenhof,
die Cafeteria in Haus A hat Brötchen und Salate.

Due to kitchen renovation the staff restaurant is closed from 28 Sept to
9 Oct. A food truck will be in the courtyard at lunchtime, and the
cafeteria in building A offers rolls and salads.
""", charset="iso-8859-1", cte="quoted-printable")
    return m


@section(174, "CONFIDENTIAL", "en", "insurer-to-authority",
         "employer's salary confirmation for a new hire's EU Blue Card: birth date, passport, gross salary")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', "auslaenderbehoerde@stadt-muenster.example",
            "Employer declaration - EU Blue Card application Ms Adaeze Okafor", "2026-09-17 13:22",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Sir or Madam,

for the EU Blue Card application of our future employee we confirm:

Name:            Adaeze Chiamaka Okafor
Date of birth:   04 July 1994
Passport:        A09381274 (Nigeria)
Position:        Data Analyst, Claims Controlling, full-time (38 h/week)
Start:           1 November 2026, permanent contract
Gross salary:    EUR 61,200 per year (12 x EUR 4,700 plus 13th salary)

The signed form "Erklärung zum Beschäftigungsverhältnis" is attached to
Ms Okafor's application in the online portal.

Kind regards
Sandra Kötter
Personalservice / HR
""" + FOOT_KRANICH_EN + "\n")
    return m


@section(175, "STRICTLY_CONFIDENTIAL", "de", "therapist-to-insurer",
         "psychotherapist's continuation request as a scanned PDF sent as application/octet-stream; body only 'Anbei der Antrag'")
def _():
    m = new('"Praxis Dr. Weßling" <praxis@psychotherapie-wessling.example>', "leistung@kranich-pkv.example",
            "Antrag", "2026-09-18 12:44",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Anbei der Antrag.

Mit freundlichen Grüßen
Praxis Dr. Weßling
""")
    attach(m, "Scan_20260918_124102.pdf", pdf_file([
        ("b", "Antrag auf Fortführung einer Verhaltenstherapie"),
        "Dipl.-Psych. Dr. Corinna Weßling, Psychologische Psychotherapeutin, Münster",
        "Patient: Jonas Albrecht, geb. 11.11.2003, Vers.-Nr. KS 7790231",
        "",
        "Diagnosen: F41.0 Panikstörung; F33.1 rezidivierende depressive Störung, gegenwärtig mittelgradig",
        "Bisher: 24 Sitzungen Verhaltenstherapie (Kurzzeittherapie 1 und 2) seit 06/2026",
        "Verlauf: Panikattacken von 2/Woche auf ca. 1/Monat reduziert; depressive Symptomatik besteht fort,",
        "Schlafstörungen, sozialer Rückzug. Medikation durch Psychiater: Escitalopram 10 mg.",
        "",
        "Beantragt: Umwandlung in Langzeittherapie, weitere 36 Sitzungen à 50 Minuten (GOÄ 870)",
        "Begründung: Stabilisierung vor Rückkehr nach Kanada, Rückfallprophylaxe.",
        "",
        "Münster, 17.09.2026 - Unterschrift",
    ], title="Scan"), "application/octet-stream")
    return m


@section(176, "NORMAL", "de", "internal",
         "clean-desk reminder")
def _():
    m = new('"Informationssicherheit" <infosec@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Erinnerung Clean Desk vor den Herbstferien", "2026-09-21 08:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

vor den Herbstferien die Bitte: Schreibtische abends leer räumen,
Unterlagen in die abschließbaren Rollcontainer, Papier für die Vernichtung
nur in die grauen Sicherheitsbehälter, nicht in den Altpapierkorb.

Bei der letzten Begehung lagen auf 9 von 60 Tischen Ausdrucke offen.

Danke fürs Mitmachen!
Informationssicherheit
""")
    return m


@section(177, "NORMAL", "en", "internal",
         "printer driver update notice")
def _():
    m = new('"IT Service Desk" <servicedesk@kranich-pkv.example>', '"International Service" <international-team@kranich-pkv.example>',
            "Printer 2.14 - new driver tonight", "2026-09-22 16:45",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hi team,

the multifunction printer in room 2.14 gets a new driver tonight. If
printing fails tomorrow morning, please restart your laptop once. Scanning
to e-mail stays as it is.

IT Service Desk
""", cte="7bit")
    return m


@section(178, "CONFIDENTIAL", "mixed", "internal",
         "employee reports marriage and tax class change to HR, German answer over English question; tax ID and tax class")
def _():
    m = new('"Schlattmann, Birte" <birte.schlattmann@kranich-pkv.example>', '"Mensah, Kwame" <kwame.mensah@kranich-pkv.example>',
            "AW: tax class after wedding", "2026-09-23 10:10",
            irt="<AM9PR.km.20260922@kranich-pkv.example>", refs="<AM9PR.km.20260922@kranich-pkv.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Kwame,

herzlichen Glückwunsch zur Hochzeit! Die Steuerklasse ändert das
Finanzamt automatisch über ELStAM; wir bekommen die Änderung mit der
nächsten Abrechnung. Wenn ihr 3/5 wollt, müsst ihr das beim Finanzamt
beantragen – bei deinem Gehalt und dem Teilzeitjob von Abena lohnt sich
das vermutlich.

Gruß
Birte

-----Original Message-----
From: Mensah, Kwame <kwame.mensah@kranich-pkv.example>
Sent: Tuesday, September 22, 2026 3:02 PM
Subject: tax class after wedding

Hi Birte, Abena and I got married on 12 September. Do I need to tell you
anything for payroll? My tax ID stays 41 772 093 568, right? Currently
tax class 1 - should we change to 3/5?
Thanks, Kwame
""")
    return m


@section(179, "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer",
         "employer asks for the health-insurance premium certificate of a named expat employee for the employer subsidy")
def _():
    m = new('"Anke Sommerfeld" <a.sommerfeld@hofmeyer-maschinenbau.example>', "international@kranich-pkv.example",
            "Employer subsidy - Mr Haruto Sato", "2026-09-24 14:50",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Mr Lindqvist,

our employee Mr Haruto Sato joined Kranich Global Care on 1 August (policy
KG 7300418, single cover). For the employer's contribution under § 257
SGB V we need a confirmation from you showing the monthly premium for the
substitutive health cover and for the compulsory long-term care insurance.

Mr Sato has agreed that you send the confirmation directly to HR. Could you
send it by 5 October so that we can include it in the October payroll?

Kind regards
Anke Sommerfeld
HR Business Partner
Hofmeyer Maschinenbau GmbH, Industriestraße 10, 48432 Rheine
""")
    return m


@section(180, "NORMAL", "de", "internal",
         "internal-mail round times change")
def _():
    m = new('"Poststelle" <poststelle@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Neue Zeiten Hauspost ab 01.10.", "2026-09-25 09:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

ab 01.10. fährt die Hauspost nur noch zweimal täglich: 9:30 und 14:00 Uhr.
Ausgangspost, die heute noch raus soll, bitte bis 13:45 Uhr in die
Postfächer legen. Einschreiben bitte direkt in der Poststelle abgeben.

Ihre Poststelle
""")
    return m


# =================================================================== mails 0181-0200

@section(181, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "case-management list of named high-cost cases with diagnoses and costs only in the XLSX; body 'Liste für Donnerstag'")
def _():
    m = new('"Overbeck, Jens" <jens.overbeck@kranich-pkv.example>', '"Fallmanagement" <fallmanagement@kranich-pkv.example>',
            "Liste für Donnerstag", "2026-09-28 17:05",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

anbei die aktualisierte Liste für Donnerstag. Neu sind die Zeilen 4 und 5.

Gruß
Jens
""")
    attach(m, "Hochkostenfaelle_KW40.xlsx", xlsx([
        ("KW 40", [
            ["Nr", "Versicherte/r", "VSNR", "Alter", "Hauptdiagnose", "Kosten 2026 bisher", "Status", "Zuständig"],
            [1, "Brandtner, Elke", "2 006 318 54", 58, "C50.4 Mammakarzinom, Chemotherapie Zyklus 6/6", 84210.55, "laufend", "Overbeck"],
            [2, "Venker, Klaus", "1 660 204 73", 67, "I63.5 Hirninfarkt, Reha Phase C", 61877.10, "Hilfsmittel offen", "Wessels"],
            [3, "Timmerbeil, Lukas", "KG 7010384", 32, "S82.2 Tibiaschaftfraktur, Ausland (TH)", 52340.00, "Rücktransport erfolgt", "Lindqvist"],
            [4, "Wienke, Dorothee", "3 309 512 76", 49, "F33.2 rez. depressive Störung, stat. Psychosomatik", 38902.40, "Widerspruch", "Overbeck"],
            [5, "Terwey, Ella", "2 604 771 93", 0, "P59.9 Neugeborenenikterus", 6420.00, "abgeschlossen", "Arslan"],
        ]),
    ], author="Jens Overbeck"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return m


@section(182, "NORMAL", "de", "internal",
         "trap: staff health day (back training, blood pressure, skin-cancer screening), no names")
def _():
    m = new('"Betriebliches Gesundheitsmanagement" <bgm@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Gesundheitstag am 22. Oktober", "2026-09-29 10:30",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

am Donnerstag, 22. Oktober, findet unser Gesundheitstag im Foyer Haus A
statt (10–16 Uhr). Angebote:

- Rückenschule und bewegte Pause (alle 30 Minuten)
- Blutdruck-, Blutzucker- und Cholesterinmessung durch den
  Betriebsärztlichen Dienst
- Hautkrebs-Screening mit Auflichtmikroskop (Anmeldung nötig, 40 Plätze)
- Vortrag "Stress, Schlaf und Erschöpfung – was hilft?" um 13 Uhr
- Beratung zur Suchtprävention (vertraulich, ohne Anmeldung)

Alle Ergebnisse erhalten nur Sie selbst. Wir erheben keine Namen und
melden nichts an Vorgesetzte oder den Personalservice.

Ihr BGM-Team
""")
    return m


@section(183, "CONFIDENTIAL", "de", "prospect-to-insurer",
         "civil-service trainee asks for a Beihilfe tariff quote with birth date and pay grade; not insured with the company, no health data")
def _():
    m = new('"Laura Brinkhaus" <laura.brinkhaus@studimail.example>', "beihilfe-team@kranich-pkv.example",
            "Anfrage Beihilfetarif für Beamtenanwärterin", "2026-09-30 18:26",
            extra=[("X-Mailer", "iPhone Mail (23A341)")])
    body(m, """\
Hallo,

ich beginne am 01.11. mein Referendariat (Lehramt Gymnasium) beim Land
NRW und werde Beamtin auf Widerruf. Ich brauche also einen
Beihilfe-Ergänzungstarif.

Geburtsdatum: 16.02.1999
Besoldung: Anwärterbezüge A 13, Grundbetrag ca. 1.650 € brutto
Bisher familienversichert über meinen Vater bei der BARMER.

Was würde der Anwärtertarif ungefähr kosten und was muss ich bis wann
einreichen? Ein Angebot gern per Mail.

Liebe Grüße
Laura Brinkhaus

Von meinem iPhone gesendet
""")
    return m


@section(184, "NORMAL", "de", "system-to-staff",
         "nightly batch job report without findings")
def _():
    m = new('"KLARA Batch" <batch-klara@kranich-pkv.example>', '"Anwendungsbetreuung Leistung" <ab-leistung@kranich-pkv.example>',
            "[OK] Nachtlauf KLARA 01.10.2026 – 14 Jobs erfolgreich", "2026-10-01 05:12",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """\
Nachtlauf KLARA vom 01.10.2026

Start:     00:30:02
Ende:      05:11:47
Status:    OK (14/14 Jobs erfolgreich, 0 Warnungen)

Job                         Dauer     Datensätze
IMPORT_SCAN                 00:41:10  18.402
DUNKELVERARBEITUNG          02:03:55  11.877
ZAHLLAUF_SEPA               00:22:18   9.310
KORRESPONDENZ_DRUCK         00:37:02   7.204
ARCHIV_EXPORT               00:15:44  26.118
(weitere 9 Jobs ohne Befund)

Diese Nachricht wurde automatisch erzeugt.
""", cte="8bit")
    return m


@section(185, "STRICTLY_CONFIDENTIAL", "de", "internal",
         "care-assessment result for a named customer only inside a forwarded message/rfc822; outer body harmless")
def _():
    inner = new('"Medicproof Gutachtenservice" <gutachten@medicproof-service.example>', "pflege@kranich-pkv.example",
                "Gutachtenergebnis 1 118 009 47 – Ostholt, Bernhard", "2026-10-02 07:40",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(inner, """\
Sehr geehrte Damen und Herren,

das Gutachten zur Höherstufung für Herrn Bernhard Ostholt (Besuch am
28.09.2026, Hausbesuch) ist abgeschlossen:

Ergebnis: Pflegegrad 4 (bisher 3), 78,75 gewichtete Punkte
Modul 2/3 (kognitive Fähigkeiten, Verhaltensweisen): schwerste
Beeinträchtigungen, nächtliche Unruhe, Weglauftendenz
Modul 4 (Selbstversorgung): schwere Beeinträchtigungen
Empfehlung: Tagespflege 3x wöchentlich, Entlastung der pflegenden
Ehefrau (79 J.), Pflegehilfsmittel: Bettschutzeinlagen, GPS-Uhr prüfen

Das vollständige Gutachten steht im Portal zum Abruf bereit.

Mit freundlichen Grüßen
Medicproof Gutachtenservice
""")
    m = new('"Wessels, Katrin" <katrin.wessels@kranich-pkv.example>', '"Mersch, Petra" <petra.mersch@kranich-pkv.example>',
            "WG: Gutachtenergebnis – zu deiner Beschwerde vom Juli", "2026-10-02 09:03",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Petra,

zur Info für deinen Beschwerdevorgang – das Ergebnis ist heute gekommen,
der Bescheid geht morgen raus. Damit kannst du den Vorgang beim
Ombudsmann abschließen.

Katrin
""")
    attach_mail(m, inner)
    return m


@section(186, "NORMAL", "en", "insurer-to-company",
         "trap: general newcomer guide to the German health system (GP, specialists, emergency numbers, pregnancy, mental health), no person")
def _():
    m = new('"Kranich PKV International Service" <international@kranich-pkv.example>', '"Anke Sommerfeld" <a.sommerfeld@hofmeyer-maschinenbau.example>',
            "Welcome guide for your assignees: healthcare in Germany", "2026-10-05 11:15",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Dear Ms Sommerfeld,

as discussed, here is the text of our short welcome guide - feel free to
add it to your onboarding pack.

Healthcare in Germany - the essentials
- Family doctor (Hausarzt) first: book by phone or online; bring your
  insurance card and passport.
- Specialists (gynaecologists, dermatologists, psychotherapists) can be
  seen without referral with private insurance; waiting times vary.
- Emergencies: call 112. For urgent but non-life-threatening problems at
  night or on weekends: 116 117 (on-call doctors).
- Pharmacies: prescriptions on pink or blue paper or as e-prescription;
  the on-call pharmacy is listed on every pharmacy door.
- Pregnancy: your gynaecologist issues a Mutterpass; midwife care before
  and after birth is covered.
- Mental health: first appointments via the psychotherapy practices'
  telephone hours; our service team helps to find a therapist.
- Invoices: you pay the doctor and upload the invoice in the Kranich app.

Kind regards
Marco Lindqvist
International Service
""" + FOOT_KRANICH_EN + "\n")
    return m


@section(187, "CONFIDENTIAL", "en", "customer-to-insurer",
         "student reports lost luggage under travel insurance at the sister company: policy, flight, contents, no health")
def _():
    m = new('"Tendai Moyo" <tendai.moyo@unimail-muenster.example>', "reise@kranich-allgemeine.example",
            "Lost suitcase - travel insurance RG-2207731", "2026-10-06 22:04",
            extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    body(m, """\
Dear Sir or Madam,

I have your travel insurance with baggage cover (policy RG-2207731). I
arrived in Düsseldorf from Harare via Addis Ababa on 28 September and my
suitcase did not arrive. The airline (property irregularity report
DUSET41877) has not found it after 8 days.

Contents (approx.): winter jacket and clothes EUR 620, laptop charger EUR
79, textbooks EUR 140, the suitcase itself EUR 110.

What documents do you need from me? I can send the PIR and the flight
tickets.

Thank you
Tendai Moyo
Student, Universität Münster
""")
    return m


@section(188, "NORMAL", "de", "internal",
         "collection of old electrical devices")
def _():
    m = new('"Facility Management" <facility@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Sammlung Elektroaltgeräte am 15.10.", "2026-10-07 08:15",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo zusammen,

am 15.10. holt der Entsorger Elektroaltgeräte ab. Defekte Wasserkocher,
Ventilatoren, Schreibtischlampen usw. bitte bis 14.10. in den Gitterwagen
im Keller Haus B (Raum B -1.03) stellen.

Dienstliche IT-Geräte (Laptops, Handys, Headsets) bitte NICHT dort
abstellen, sondern beim IT Service Desk abgeben – die werden gesondert
datenschutzgerecht gelöscht.

Facility Management
""")
    return m


@section(189, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
         "short German confirmation; the naturopath invoice and the customer's migraine treatment are only in the quoted English mail")
def _():
    m = new('"Marquez, Sofia" <sofia.marquez@kranich-pkv.example>', '"Ingrid Halvorsen" <ingrid.halvorsen@nordpost.example>',
            "AW: naturopath invoice", "2026-10-08 10:20",
            irt="<NP-26100619002.halvorsen@nordpost.example>", refs="<NP-26100619002.halvorsen@nordpost.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Frau Halvorsen,

danke, erledigt – die Erstattung ist heute angewiesen.

Viele Grüße
Sofia Marquez

> -----Original Message-----
> From: Ingrid Halvorsen <ingrid.halvorsen@nordpost.example>
> Sent: Tuesday, October 6, 2026 7:00 PM
> To: international@kranich-pkv.example
> Subject: naturopath invoice
>
> Hello, I have sent the invoice of my Heilpraktikerin (Mrs Liesner) three
> times now. It is for 6 acupuncture sessions against my migraine attacks
> (EUR 330), my neurologist recommended it because the triptans alone do
> not help enough. Policy 4 820 337 19. Please pay it.
> Ingrid Halvorsen
""")
    return m


@section(190, "NORMAL", "mixed", "internal",
         "Christmas party registration, German and English")
def _():
    m = new('"Betriebsrat und Personalservice" <events@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Weihnachtsfeier 2026 – Anmeldung / Christmas party", "2026-10-12 12:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

die Weihnachtsfeier findet am Freitag, 11. Dezember, ab 18 Uhr in der
Halle Münsterland statt. Anmeldung bitte bis 13. November im Intranet,
dort auch Essenswünsche (vegetarisch, vegan, ohne Schwein).

Dear colleagues, our Christmas party is on Friday 11 December from 6 pm at
Halle Münsterland. Please register on the intranet by 13 November.

Euer Orga-Team
""")
    return m


@section(191, "CONFIDENTIAL", "de", "insurer-to-supplier",
         "bonus payments of named employees sent to the external payroll provider in a ZIP with a CSV; body harmless")
def _():
    m = new('"Entgeltabrechnung" <entgelt@kranich-pkv.example>', "kranich@lohnservice-westfalen.example",
            "Einmalzahlungen Oktober – Übergabedatei", "2026-10-14 15:35",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Herr Sundermann,

anbei die Übergabedatei mit den Einmalzahlungen für die Oktober-
Abrechnung (Erfolgsprämie Projekt KLARA). Passwort wie vereinbart
telefonisch.

Viele Grüße
Birte Schlattmann
Entgeltabrechnung
""")
    attach(m, "Einmalzahlungen_2026-10.zip", zipf([
        ("Einmalzahlungen_2026-10.csv", """\
PNr;Name;Vorname;Lohnart;Betrag;Kostenstelle
10233;Brinkmann;Tobias;Praemie;2500,00;4102
30418;Arslan;Yusuf;Praemie;1800,00;4120
12090;Lindqvist;Marco;Praemie;2500,00;4140
31877;Feldkamp;Jasper;Praemie;400,00;4102
20991;Baumeister;Henrik;Praemie;3000,00;7100
""".replace("\n", "\r\n").encode("utf-8")),
        ("Liesmich.txt", "Lohnart 2150 (sonstiger Bezug), Auszahlung mit Oktober-Abrechnung.\r\n".encode("utf-8")),
    ]), "application/zip")
    return m


@section(192, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
         "glasses for a named child: short-sightedness values, amblyopia therapy with eye patch, reimbursement")
def _():
    m = new('"Demir, Aylin" <aylin.demir@kranich-pkv.example>', '"Melanie Kappelhoff" <m.kappelhoff@web-post.example>',
            "Brille für Noah – Ihre Erstattung", "2026-10-15 11:48",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Frau Kappelhoff,

wir haben die Rechnung für Noahs neue Brille geprüft. Da sich die Werte
seit der letzten Brille deutlich verändert haben (rechts jetzt -2,75,
links -1,00 dpt) und die Augenärztin eine Schwachsichtigkeit links mit
Okklusionstherapie (Augenpflaster 3 Stunden täglich) verordnet hat,
erstatten wir die Brille schon nach einem Jahr statt erst nach zwei
Jahren:

Gläser (Kunststoff, entspiegelt)   148,00 €  -> 148,00 €
Kinderfassung                        89,00 €  ->  89,00 €
Augenpflaster, 3 Packungen           27,60 €  ->  27,60 €
Erstattung gesamt                              264,60 €

Gute Besserung für Noah – und viel Geduld mit dem Pflaster!

Freundliche Grüße
Aylin Demir
Leistungsservice Zahn/Optik

""" + FOOT_KRANICH + "\n")
    return m


@section(193, "NORMAL", "de", "internal",
         "public holiday arrangement for All Saints' Day")
def _():
    m = new('"Personalservice Kranich" <personalservice@kranich-pkv.example>', '"Alle Mitarbeitenden" <alle@kranich-pkv.example>',
            "Allerheiligen und Brückentag", "2026-10-19 09:00",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Liebe Kolleginnen und Kollegen,

Allerheiligen fällt dieses Jahr auf einen Sonntag, einen Brückentag gibt
es daher nicht. Der Kundenservice ist am Montag, 02.11., wie gewohnt
besetzt.

Zur Erinnerung: Resturlaub aus 2026 muss bis 31.03.2027 genommen werden.

Ihr Personalservice
""")
    return m


@section(194, "CONFIDENTIAL", "de", "customer-to-insurer",
         "burglary reported under household insurance at the sister company: named customer, contract number, stolen items, nobody hurt")
def _():
    m = new('"Jürgen Tenbusch" <j.tenbusch@t-net.example>', "schaden@kranich-allgemeine.example",
            "Einbruch in unsere Wohnung – Hausrat HR-5509126", "2026-10-20 07:58",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Damen und Herren,

in der Nacht auf Sonntag (18./19.10.) wurde bei uns eingebrochen, während
wir bei unserer Tochter waren. Die Terrassentür wurde aufgehebelt.
Niemand war zu Hause, verletzt wurde also niemand.

Gestohlen wurden nach erster Durchsicht:
- Schmuck meiner Frau (Goldkette, zwei Ringe, Armbanduhr), ca. 4.500 €
- Laptop und Tablet, ca. 1.900 €
- Bargeld aus der Schublade, 350 €

Anzeige ist erstattet: Polizei Münster, Vorgangsnummer 2026-188417.
Versicherungsnehmer: Jürgen Tenbusch, Vertrag HR-5509126,
Anschrift: Mecklenbecker Straße 401, 48163 Münster.

Bitte teilen Sie mir mit, wie es weitergeht und ob ein Gutachter kommt.
Die Tür muss dringend repariert werden.

Mit freundlichen Grüßen
Jürgen Tenbusch
""")
    return m


@section(195, "STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
         "HTML-only mail of a hospital billing office with a table of chief-physician invoices for a named patient (hip replacement)")
def _():
    m = new('"Privatliquidation St. Mauritz" <privatliquidation@klinikum-stmauritz.example>', "klinik@kranich-pkv.example",
            "Wahlarztrechnungen – Aufenthalt 09.02.–16.02.2026", "2026-10-21 13:20",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrem Versicherten <b>Herrn Bernhard Thiemann</b> (Vers.-Nr. 2 904 551 18) sind folgende Wahlarztrechnungen
weiterhin offen. Wir bitten um Ausgleich bzw. Mitteilung, falls Unterlagen fehlen:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th>Rechnung</th><th>Wahlarzt</th><th>Leistung</th><th>Betrag</th></tr>
<tr><td>WL-26-00418</td><td>Prof. Dr. Venhaus, Orthopädie</td><td>Hüft-TEP rechts, GOÄ 2151, 444, 445 (Minderung § 6a GOÄ berücksichtigt)</td><td>2.318,44 €</td></tr>
<tr><td>WL-26-00419</td><td>Dr. Pleister, Anästhesie</td><td>Spinalanästhesie, Überwachung, GOÄ 470, 471, 1</td><td>611,20 €</td></tr>
<tr><td>WL-26-00420</td><td>Dr. Jansing, Radiologie</td><td>Röntgen Becken und Hüfte postoperativ, GOÄ 5030</td><td>84,33 €</td></tr>
</table>
<p>Mit freundlichen Grüßen<br>Privatliquidation<br>Clemenshospital St. Mauritz gGmbH</p>
</body></html>
""", subtype="html")
    return m


@section(196, "NORMAL", "en", "internal",
         "team lunch invitation")
def _():
    m = new('"Mensah, Kwame" <kwame.mensah@kranich-pkv.example>', '"International Service" <international-team@kranich-pkv.example>',
            "Team lunch Friday?", "2026-10-21 15:47",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hi all,

since the canteen is open again: who's in for a team lunch on Friday at
12:15? I'd suggest the Vietnamese place at Hafenweg. Reply by Thursday so
I can book a table.

Kwame
""", cte="7bit")
    return m


@section(197, "NORMAL", "mixed", "auto-reply",
         "out-of-office reply, English and German")
def _():
    m = new('"Lindqvist, Marco" <marco.lindqvist@kranich-pkv.example>', '"Anke Sommerfeld" <a.sommerfeld@hofmeyer-maschinenbau.example>',
            "Automatic reply: Employer subsidy - confirmation", "2026-10-26 09:41",
            irt="<HM-20261026-0940.sommerfeld@hofmeyer-maschinenbau.example>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("X-Mailer", "Microsoft Exchange Server 2019")])
    body(m, """\
Thank you for your e-mail. I am on holiday until 6 November. Your message
will not be forwarded; for urgent matters please contact
international@kranich-pkv.example.

Vielen Dank für Ihre Nachricht. Ich bin bis 6. November im Urlaub. In
dringenden Fällen wenden Sie sich bitte an international@kranich-pkv.example.

Marco Lindqvist
""")
    return m


@section(198, "CONFIDENTIAL", "en", "former-employee-to-insurer",
         "former employee asks HR for payslips and states her salary history for a mortgage abroad")
def _():
    m = new('"Lisa Egbert" <lisa.egbert@nordpost.example>', "personalservice@kranich-pkv.example",
            "Copies of payslips 2024-2025 for mortgage application", "2026-10-27 02:15",
            extra=[("User-Agent", "Mozilla Thunderbird 128.15.0")])
    body(m, """\
Dear HR team,

I left Kranich at the end of September and now live in Vancouver. For a
mortgage application here the bank needs my payslips from January 2024 to
September 2026 and a letter confirming my salary history:

- 2024: EUR 52,400 gross
- 2025: EUR 55,100 gross
- 2026 (Jan-Sep): EUR 43,650 gross incl. holiday pay

My former personnel number was 21453, date of birth 27/02/1996. Could you
send the documents as PDF to this address? A scan is fine.

Many thanks and best wishes to the team,
Lisa Egbert
""")
    return m


@section(199, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
         "cost-coverage declaration for a named patient's hip replacement with elective services")
def _():
    m = new('"Krankenhaus-Team Kranich PKV" <klinik@kranich-pkv.example>', '"Patientenverwaltung St. Mauritz" <aufnahme@klinikum-stmauritz.example>',
            "AW: Kostenübernahmeantrag – Aufnahme 09.02.2026 – Ihr Versicherter Herr Bernhard Thiemann", "2026-01-27 08:36",
            irt="<20260126113800.KUE-4471@klinikum-stmauritz.example>",
            refs="<20260126113800.KUE-4471@klinikum-stmauritz.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Sehr geehrte Frau Gerdemann,

für Herrn Bernhard Thiemann, geb. 03.11.1958, Vers.-Nr. 2 904 551 18,
übernehmen wir die Kosten der stationären Behandlung ab 09.02.2026
(Hüft-TEP rechts bei Koxarthrose) im Rahmen des Tarifs Komfort 100:

- allgemeine Krankenhausleistungen nach KHEntgG (DRG) – Direktabrechnung
- Wahlleistung Unterkunft Zweibettzimmer
- wahlärztliche Leistungen (Prof. Dr. Venhaus und Wahlarztkette)

Die Kostenübernahme gilt zunächst für 10 Tage. Bitte senden Sie die
Rechnungen elektronisch über die Klinikcard-Schnittstelle.

Mit freundlichen Grüßen
Yusuf Arslan
Krankenhaus-Team

""" + FOOT_KRANICH + "\n")
    return m


@section(200, "CONFIDENTIAL", "de", "internal",
         "employee referral bonus for a named colleague with amount and payment with salary")
def _():
    m = new('"Kötter, Sandra" <sandra.koetter@kranich-pkv.example>', '"Entgeltabrechnung" <entgelt@kranich-pkv.example>',
            "Empfehlungsprämie Okafor – Auszahlung an Frau Marquez", "2026-11-03 10:25",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body(m, """\
Hallo Birte,

Frau Adaeze Okafor hat am 01.11. im Leistungscontrolling angefangen.
Empfohlen wurde sie von Sofia Marquez (PNr. 31602), damit ist die
Empfehlungsprämie fällig:

- 1.500 € brutto, als sonstiger Bezug mit der November-Abrechnung
- die zweite Hälfte (1.500 €) nach bestandener Probezeit im Mai 2027

Bitte wie üblich auf das hinterlegte Gehaltskonto von Frau Marquez.

Danke
Sandra
""")
    return m


# =================================================================== build / check

def _style(m):
    ua = (m.get("X-Mailer", "") + " " + m.get("User-Agent", "")).lower()
    if "outlook" in ua or "exchange" in ua:
        return "outlook"
    if "thunderbird" in ua:
        return "thunderbird"
    if "apple" in ua or "iphone" in ua or "ipad" in ua:
        return "apple"
    if "webmail" in ua or "roundcube" in ua or "web" in ua:
        return "web"
    if "kranich-pkv.example" in m.get("From", ""):
        return "outlook"
    return "python"


def build():
    """Return {filename: bytes} and the labels.tsv text."""
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(SECTIONS):
        label, lang, kind, reason, fn = SECTIONS[n]
        _CUR["n"] = n
        m = fn()
        finish(m, n, _style(m))
        name = f"d{NN}-{n:04d}.eml"
        files[name] = m.as_bytes(policy=SMTP)
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    return files, "\n".join(rows) + "\n"


def write():
    files, labels = build()
    out = os.path.join(HERE, "mails")
    os.makedirs(out, exist_ok=True)
    for old in os.listdir(out):
        if old.endswith(".eml") and old not in files:
            os.remove(os.path.join(out, old))
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(labels)
    print(f"wrote {len(files)} mails and labels.tsv")


def _check_attachment(name, charset, data, where, errs):
    import openpyxl
    import docx
    import pypdf
    from odf.opendocument import load as odf_load
    low = (name or "").lower()
    try:
        if low.endswith(".xlsx"):
            wb = openpyxl.load_workbook(io.BytesIO(data))
            assert any(ws.max_row > 0 for ws in wb.worksheets)
        elif low.endswith(".docx"):
            d = docx.Document(io.BytesIO(data))
            assert any(p.text.strip() for p in d.paragraphs) or d.tables
        elif low.endswith(".odt") or low.endswith(".ods"):
            doc = odf_load(io.BytesIO(data))
            assert doc.body is not None
        elif low.endswith(".pdf"):
            r = pypdf.PdfReader(io.BytesIO(data))
            txt = "".join(p.extract_text() or "" for p in r.pages)
            assert txt.strip(), "PDF without text layer"
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for info in z.infolist():
                _check_attachment(info.filename, None, z.read(info.filename),
                                  where + "/" + info.filename, errs)
        elif low.endswith(".ics"):
            s = data.decode("utf-8")
            assert "BEGIN:VCALENDAR" in s and "END:VCALENDAR" in s
        elif low.endswith((".csv", ".txt", ".log", ".pem")):
            data.decode(charset or "utf-8")
        else:
            errs.append(f"{where}: no opener for {name!r}")
    except Exception as e:  # noqa: BLE001 - report every failure
        errs.append(f"{where}: cannot open {name!r}: {e!r}")


def _check_message(msg, where, errs, counts):
    for d in msg.defects:
        errs.append(f"{where}: defect {d!r}")
    for part in msg.walk():
        for d in part.defects:
            errs.append(f"{where}: part defect {d!r}")
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            # walk() descends into the forwarded message and checks its parts as well
            counts["rfc822"] += 1
            inner = part.get_payload()[0]
            if not inner.get("Message-ID") or not inner.get("Date"):
                errs.append(f"{where}: forwarded message without Message-ID/Date")
            continue
        if part.is_multipart():
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs)
            except Exception as e:  # noqa: BLE001
                errs.append(f"{where}: text part {ctype} does not decode as {cs}: {e!r}")
        if fname:
            counts["attachments"] += 1
            _check_attachment(fname, part.get_param("charset"), payload, f"{where}:{fname}", errs)


def check():
    errs = []
    a_files, a_labels = build()
    b_files, b_labels = build()
    if a_files != b_files or a_labels != b_labels:
        errs.append("two builds differ")
    out = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(out) if f.endswith(".eml"))
    if on_disk != sorted(a_files):
        errs.append("mails/ does not hold exactly the generated files")
    for name, data in a_files.items():
        p = os.path.join(out, name)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            errs.append(f"{name}: differs from the file on disk")
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        if f.read() != a_labels:
            errs.append("labels.tsv differs from the generated one")

    counts = {"attachments": 0, "rfc822": 0}
    mids = {}
    for name, data in sorted(a_files.items()):
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errs.append(f"{name}: bare LF or CR")
        for i, line in enumerate(data.split(b"\r\n")):
            if len(line) > 998:
                errs.append(f"{name}: line {i + 1} has {len(line)} octets")
        msg = email.message_from_bytes(data, policy=policy.default)
        mid = msg["Message-ID"]
        if not mid:
            errs.append(f"{name}: no Message-ID")
        elif mid in mids:
            errs.append(f"{name}: Message-ID also used by {mids[mid]}")
        else:
            mids[mid] = name
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errs.append(f"{name}: date not in 2026")
        if d.utcoffset() != d.astimezone(BER).utcoffset():
            errs.append(f"{name}: wrong CET/CEST offset in {msg['Date']}")
        _check_message(msg, name, errs, counts)

    rows = a_labels.strip("\n").split("\n")
    assert rows[0] == "file\tlabel\tlang\tkind\treason"
    per = {}
    for r in rows[1:]:
        cols = r.split("\t")
        if len(cols) != 5 or not all(c.strip() for c in cols):
            errs.append(f"labels.tsv: bad row {r!r}")
        per[cols[1]] = per.get(cols[1], 0) + 1
    want = {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}
    if len(a_files) != 200 or per != want:
        errs.append(f"counts: {len(a_files)} mails, {per}")

    for e in errs:
        print("ERROR", e)
    print(f"{len(a_files)} mails, {per}, attachments opened: {counts['attachments']}, "
          f"forwarded messages: {counts['rfc822']}")
    print("check OK" if not errs else f"check FAILED ({len(errs)} problems)")
    return 0 if not errs else 1


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="build twice, compare with mails/ and labels.tsv, validate every mail")
    args = ap.parse_args()
    sys.exit(check() if args.check else write())
